# Reproducer (design): a stack-indexed store becomes a stack-checked store, and the check only
# bounds the address to [__svm_stack_lo, __svm_stack_hi): the whole driver stack, return
# addresses and saved registers included. `buf[i] = v` with i from dom0 (a ring index, a length)
# overwrites the return address of `fill` or of any caller, and the next `ret` jumped where dom0
# chose (or, through a saved %ebp, a frame-pointer caller's exempt disp(%ebp) accesses reached any
# address). The brief's rules accepted a stack-checked access and a return at the entry depth;
# `verify --strict` counted a stack-checked write as a possible write of the return address and
# rejected.
# Fixed: the store may still overwrite any word of the stack, but every `ret` checks the word it
# returns through (a return site of this instance, or the runtime: abi.ts), and a frame-pointer
# function re-checks %ebp against the stack after each call that may return into it. The verifier
# requires both and accepts the rewritten output, under --strict too.
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
