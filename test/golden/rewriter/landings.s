# Jump landings of a frame-pointer function: the indirect-target bitmap is one set, so any checked
# call or jump may enter a case of the switch with any %ebp. Where the case reads %ebp before it
# redefines it (-8(%ebp), leave), %ebp is checked against the stack at the landing itself (the
# table keeps naming the label, now the check); .L3 only pops %ebp (no check), .L6 is a plain jump
# target (not address-taken: no check), and the function entry sets %ebp up itself.
	.text
	.globl	sw
	.type	sw, @function
sw:
	pushl	%ebp
	movl	%esp, %ebp
	subl	$8, %esp
	movl	%edx, -8(%ebp)
	cmpl	$2, %eax
	ja	.L6
	jmp	*.L4(,%eax,4)
	.section	.rodata
	.align 4
.L4:
	.long	.L3
	.long	.L5
	.long	.L5
	.text
.L5:
	movl	-8(%ebp), %eax
	movl	(%eax), %eax
	leave
	ret
.L3:
	movl	$1, %eax
	addl	$8, %esp
	popl	%ebp
	ret
.L6:
	xorl	%eax, %eax
	cmpl	$0, -8(%ebp)
	je	.L7
	movl	$2, %eax
.L7:
	leave
	ret
	.size	sw, .-sw
