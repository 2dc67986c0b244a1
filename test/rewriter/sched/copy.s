	.text
	.globl f
	.type f, @function
f:
	pushl %esi
	movl 8(%esp), %edx
	movl 4(%edx), %ecx
	movl %edx, %esi
	xorl %edx, %edx
	movl 8(%esi), %eax
	addl %ecx, %eax
	popl %esi
	ret
	.size f, .-f
