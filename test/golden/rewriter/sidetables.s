# Kernel side tables: .smp_locks and __ex_table name the accessing instruction itself (the label
# moves onto it); .altinstructions names the region (its padding expression stays valid);
# __bug_table names the trap.
	.text
	.globl	f
	.type	f, @function
f:
	.pushsection .smp_locks,"a"
	.balign 4
	.long 671f - .
	.popsection
671:
	lock; orb $1,76(%eax)
661:
	lock; addl $0,-4(%esp)
662:
	.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
	.pushsection .altinstructions,"a"
	.long 661b - .
	.long 6641f - .
	.word ( 0*32+26)
	.byte 663b-661b
	.byte 6651f-6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:
	sfence
6651:
	.popsection
1:	movl (%edx), %ecx
	.pushsection __ex_table,"a"
	.balign 4
	.long (1b) - .
	.long (2f) - .
	.popsection
	testl %ecx, %ecx
	jne 2f
	1:	.byte 0x0f, 0x0b
	.pushsection __bug_table,"aw"
3:	.long 1b - .
	.word 100
	.popsection
2:	ret
	.size	f, .-f
