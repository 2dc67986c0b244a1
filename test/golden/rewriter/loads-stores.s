# Plain loads and stores of every size, absolute and symbol+offset addresses, %fs per-cpu data.
	.text
	.globl	f
	.type	f, @function
f:
	movl	(%eax), %ecx
	movw	%cx, 2(%edx)
	movb	$7, -1(%edx,%ecx,4)
	movzbl	3(%eax), %ecx
	movswl	table+6(,%ecx,2), %ecx
	movl	counter, %eax
	movl	%eax, counter+4
	movl	%fs:cpu_number, %eax
	addl	$512, %fs:__preempt_count
	ret
	.size	f, .-f
	.comm	counter,8,4
