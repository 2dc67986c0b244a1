# EFLAGS live across a memory access (test; load; je): the inserted code saves and restores them.
# A shift by %cl may leave flags unchanged, so flags set before it stay live.
	.text
	.globl	f
	.type	f, @function
f:
	testl	%eax, %eax
	movl	(%edx), %ecx
	je	.L2
	cmpl	$1, %ecx
	sall	%cl, 4(%eax)
	adcl	8(%edx), %eax
.L2:
	ret
	.size	f, .-f
