# Several accesses off one base register in a block: one translation, later accesses reuse it at
# a non-negative offset within the 2-page window; a write to the base ends the reuse.
	.text
	.globl	f
	.type	f, @function
f:
	movl	4(%eax), %ecx
	movl	8(%eax), %edx
	addl	%edx, %ecx
	movl	%ecx, 12(%eax)
	movl	(%eax), %eax
	movl	4(%eax), %eax
	ret
	.size	f, .-f
