	.text
	.globl f
	.type f, @function
f:
	movl 4(%esp), %eax
	cmpl $1, %eax
	jmp *.Ltab(,%eax,4)
.L0:
	sete %al
	movzbl %al, %eax
	ret
.L1:
	setb %al
	movzbl %al, %eax
	addl $2, %eax
	ret
	.size f, .-f
	.section .rodata
	.align 4
.Ltab:
	.long .L0
	.long .L1
