	.text
	.globl f
	.type f, @function
f:
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	movl 20(%esp), %edx
	movl 24(%esp), %eax
	addl %edx, %eax
	movl %eax, %ecx
	addl %eax, %ecx
	movl %ecx, %ebx
	addl %ecx, %ebx
	movl %ebx, %esi
	addl %ebx, %esi
	movl %esi, %edi
	addl %esi, %edi
	movl %edi, %ebp
	addl %edi, %ebp
	movl %edi, 336(%edx)
	movl %esi, 344(%edx)
	addl %ecx, %eax
	addl %ebx, %eax
	addl %esi, %eax
	addl %edi, %eax
	addl %edx, %eax
	addl %ebp, %eax
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	ret
	.size f, .-f
