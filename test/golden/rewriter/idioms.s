# Real kernel idioms (issue 14): irqsave with inlined pushf/cli/popf, a backward memmove
# (std; rep movsb; cld), a VLA (subl %reg,%esp), a retpoline call, port I/O through the checked
# helpers (the default), and a call of a dom0 routine that never returns.
	.text
	.globl	f
	.type	f, @function
f:
	pushl	%ebp
	movl	%esp, %ebp
	pushl	%esi
	pushl	%edi
	pushfl
	popl	%ecx
	cli
	incl	(%eax)
	pushl	%ecx
	popfl
	leal	15(%edx), %ecx
	std
	rep movsb
	cld
	subl	%edx, %esp
	movl	%esp, %edi
	movl	%edi, %eax
	call	__x86_indirect_thunk_esi
	inb	$0x60, %al
	testl	%eax, %eax
	jne	1f
	call	__stack_chk_fail
1:
	leal	-8(%ebp), %esp
	popl	%edi
	popl	%esi
	popl	%ebp
	ret
	.size	f, .-f
