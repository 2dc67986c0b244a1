# Bit-string instructions: a register bit offset reaches base + 4*(offset >> 5) (signed), an
# immediate one stays within the operand.
	.text
	.globl	f
	.type	f, @function
f:
	btl	%edx, (%eax)
	setc	%cl
	lock btsl	%edx, 8(%eax)
	btrl	$3, 4(%eax)
	btw	%dx, (%eax)
	movzbl	%cl, %eax
	ret
	.size	f, .-f
