# A leaf whose argument registers are all live and which never touches %ebx/%esi/%edi: a
# callee-saved register is reserved (pushed at entry, popped before ret) and every
# %esp-relative displacement moves by 4.
	.text
	.globl	f
	.type	f, @function
f:
	movl	%ecx, (%eax)
	movl	4(%esp), %ecx
	movl	%ecx, 4(%eax)
	movl	%edx, 8(%eax)
	ret
	.size	f, .-f
