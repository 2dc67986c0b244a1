# String instructions: page-bounded chunks over translated %esi/%edi; rep/no rep; repe/repne keep
# their early exit and flags; lods/stos/scas use the accumulator.
	.text
	.globl	f
	.type	f, @function
f:
	pushl	%esi
	pushl	%edi
	movl	%eax, %edi
	movl	%edx, %esi
	rep movsl
	movl	%ecx, %eax
	rep stosb
	movsb
	repe cmpsb
	jne	.L1
	repne scasb
	lodsl
.L1:
	popl	%edi
	popl	%esi
	ret
	.size	f, .-f
