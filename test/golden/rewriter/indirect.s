# Indirect transfers: through a register, through memory, a jump table; targets are checked and
# moved to this instance's text (or given to the runtime). In g no register is free at the call.
	.text
	.globl	f
	.type	f, @function
f:
	pushl	%ebx
	movl	%eax, %ebx
	call	*%edx
	call	*8(%ebx)
	cmpl	$2, %ecx
	ja	.L9
	jmp	*.L4(,%ecx,4)
	.section	.rodata
	.align 4
.L4:
	.long	.L5
	.long	.L6
	.long	.L9
	.text
.L5:
	movl	$1, %eax
	popl	%ebx
	ret
.L6:
	movl	$2, %eax
.L9:
	popl	%ebx
	ret
	.size	f, .-f
	.globl	g
	.type	g, @function
g:
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	call	*4(%ebx)
	addl	%ebx, %eax
	addl	%esi, %eax
	addl	%edi, %eax
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
	.size	g, .-g
	.section	.rodata
	.align 4
ops:
	.long	f
	.long	g
