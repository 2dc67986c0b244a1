	.text
	.globl f
	.type f, @function
f:
	movl 4(%esp), %edx
	movl 8(%esp), %ecx
	movl 12(%esp), %eax
	andb $2, %cl
	movl %eax, 16(%esp)
	movl 4(%edx), %eax
	je 1f
	movl %ecx, %eax
1:
	ret
	.size f, .-f
