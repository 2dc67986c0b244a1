# Several accesses off one base register: one translation (kept in a register the access does not
# write), later accesses reuse it at a non-negative offset within the 2-page window; a write to
# the base ends the reuse (f).
# Across blocks (g): along a conditional jump's fall-through and into a forward join where every
# incoming edge holds the same translation; not where one path wrote the base (.L3), not at a loop
# head reached by a back edge (.L5), not after a call.
# Lowest displacement first (k): 144(%eax) is translated at 96(%eax), which the next instruction
# accesses anyway, and used at 48 past it; symbols and base+index*scale addresses reuse alike.
	.text
	.globl	f
	.type	f, @function
f:
	movl	4(%eax), %ecx
	movl	8(%eax), %edx
	addl	%edx, %ecx
	movl	%ecx, 12(%eax)
	movl	(%eax), %eax
	movl	4(%eax), %eax
	ret
	.size	f, .-f
	.globl	g
	.type	g, @function
g:
	movl	4(%eax), %ecx
	testl	%ecx, %ecx
	je	.L2
	movl	8(%eax), %edx
	addl	%edx, %ecx
.L2:
	movl	%ecx, 12(%eax)
	cmpl	$1, %ecx
	jne	.L3
	movl	16(%eax), %eax
.L3:
	movl	20(%eax), %edx
.L5:
	movl	(%edx), %ecx
	addl	24(%edx), %ecx
	decl	%ecx
	jne	.L5
	call	h
	movl	28(%edx), %eax
	ret
	.size	g, .-g
	.globl	k
	.type	k, @function
k:
	movl	144(%eax), %edx
	movl	96(%eax), %ecx
	addl	%ecx, %edx
	movl	jiffies, %ecx
	movl	%ecx, jiffies+4
	movl	4(%ecx,%edx,4), %eax
	movl	12(%ecx,%edx,4), %edx
	ret
	.size	k, .-k
