	.text
	.globl f
	.type f, @function
f:
	pushl %ebp
	movl %esp, %ebp
	pushl %edi
	pushl %esi
	pushl %ebx
	movl 8(%ebp), %eax
	movl 12(%ebp), %ecx
	movl 16(%ebp), %edx
	movl 20(%ebp), %esi
	movl 24(%ebp), %edi
	movl 28(%ebp), %ebx
	movl %eax, 4(%edx)
	movl %eax, 8(%edx)
	movl %eax, 12(%edx)
	addl %edi, %eax
	addl %ebx, %eax
	addl %ecx, %eax
	addl %esi, %eax
	addl %edx, %eax
	popl %ebx
	popl %esi
	popl %edi
	popl %ebp
	ret
	.size f, .-f
