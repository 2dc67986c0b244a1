# Accesses that must not change: %esp-relative, frame-pointer %ebp-relative (the function sets
# it up), lea (no access), nop forms, prefetch hints. A variable offset on the stack is checked
# against the stack bounds instead of translated.
	.text
	.globl	f
	.type	f, @function
f:
	pushl	%ebp
	movl	%esp, %ebp
	subl	$48, %esp
	movl	8(%ebp), %eax
	movl	%eax, -4(%ebp)
	movl	%ecx, 4(%esp)
	leal	12(%eax,%ecx,4), %edx
	nop
	nopl	0(%eax)
	prefetcht0	64(%eax)
	movl	-40(%ebp,%ecx,4), %eax
	leave
	ret
	.size	f, .-f
