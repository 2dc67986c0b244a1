# Reproducer (design): a stack-indexed store becomes a stack-checked store, and the check only
# bounds the address to [__svm_stack_lo, __svm_stack_hi): the whole driver stack, return
# addresses and saved registers included. `buf[i] = v` with i from dom0 (a ring index, a length)
# overwrites the return address of `fill` or of any caller, and the next `ret` jumps where dom0
# chose. The brief's rules accept a stack-checked access and a return at the entry depth; `verify
# --strict` counts a stack-checked write as a possible write of the return address and rejects.
	.text
	.globl	fill
	.type	fill, @function
fill:
	pushl	%ebp
	movl	%esp, %ebp
	subl	$32, %esp
	movl	%edx, -32(%ebp,%eax,4)
	movl	-32(%ebp), %eax
	leave
	ret
	.size	fill, .-fill
