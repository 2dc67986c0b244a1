# Return-site control-flow integrity: every `ret` checks its return address (a return site of this
# instance, or out through the runtime). Calls that may return through a module `ret`
# (to a module label, indirect) get a return site listed in .svm_returns; calls to external
# routines do not. In the frame-pointer function fp, %ebp is checked against the stack after the
# calls where it is read again (-8(%ebp), leave), not after the one followed by `popl %ebp` only.
	.text
	.type	leaf, @function
leaf:
	leal	1(%eax), %eax
	ret
	.size	leaf, .-leaf
	.globl	fp
	.type	fp, @function
fp:
	pushl	%ebp
	movl	%esp, %ebp
	subl	$8, %esp
	movl	%eax, -8(%ebp)
	call	leaf
	addl	-8(%ebp), %eax
	call	*%edx
	call	kernel_routine
	movl	%eax, -4(%ebp)
	testl	%eax, %eax
	je	.L2
	call	leaf
	leave
	ret
.L2:
	call	leaf
	addl	$8, %esp
	popl	%ebp
	ret
	.size	fp, .-fp
