# push and pop with memory operands; pop computes its address after %esp moves. In g every
# register is live at the push, so the spill variant keeps the pushed slot in place.
	.text
	.globl	f
	.type	f, @function
f:
	pushl	8(%eax)
	popl	12(%edx)
	ret
	.size	f, .-f
	.globl	g
	.type	g, @function
g:
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	4(%eax)
	call	h
	addl	$4, %esp
	addl	%ebx, %eax
	addl	%esi, %eax
	addl	%edi, %eax
	addl	%ecx, %eax
	addl	%edx, %eax
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
	.size	g, .-g
