# Read-modify-write, lock-prefixed RMW (one instruction on the translated address), xchg, xadd,
# cmpxchg and cmpxchg8b (which uses %eax, %ebx, %ecx, %edx implicitly).
	.text
	.globl	f
	.type	f, @function
f:
	pushl	%ebx
	pushl	%esi
	addl	%eax, (%edx)
	incl	4(%ecx)
	negl	8(%ecx)
	lock incl	12(%edx)
	lock; cmpxchgl	%ecx, 16(%edx)
	xchgl	%eax, 20(%edx)
	lock xaddl	%eax, 24(%edx)
	movl	%edx, %esi
	lock cmpxchg8b	32(%esi)
	popl	%esi
	popl	%ebx
	ret
	.size	f, .-f
