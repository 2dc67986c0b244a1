	.file	"driver.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	enter.constprop.0, @function
enter.constprop.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp108, kind
	subl	$16, %esp	#,
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	movl	svm_invocations, %eax	# svm_invocations, svm_invocations.5_1
	leal	1(%eax), %esi	#, tmp99
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	testl	%eax, %eax	# svm_invocations.5_1
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	movl	%esi, svm_invocations	# tmp99, svm_invocations
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	je	.L11	#,
.L3:
# platform-c/hv/driver.c:25: 	hv_invocations++;
	incl	hv_invocations	# hv_invocations
# platform-c/hv/driver.c:26: 	r = __hw_enter_driver(kind, fn, a0, a1, a2);
	xorl	%esi, %esi	#
	movl	%esi, 4(%esp)	#,
	movl	8(%ebp), %eax	# a1, a1
	movl	%eax, (%esp)	# a1,
	movl	%ebx, %eax	# kind,
	call	__hw_enter_driver	#
# platform-c/hv/driver.c:27: 	svm_invocations--;
	decl	svm_invocations	# svm_invocations
# platform-c/hv/driver.c:28: 	if (r >> 32) {
	testl	%edx, %edx	# <retval>
	je	.L1	#,
# platform-c/hv/driver.c:29: 		hv_aborts++;
	incl	hv_aborts	# hv_aborts
# platform-c/hv/driver.c:30: 		hv_driver_dead = 1;
	movl	$1, %ecx	#,
	movl	%ecx, hv_driver_dead	#, hv_driver_dead
.L1:
# platform-c/hv/driver.c:33: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L11:
	movl	%ecx, 8(%esp)	# a0, %sfp
	movl	%edx, 12(%esp)	# fn, %sfp
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_next_window_used	#
	movl	%eax, %esi	# tmp111, _3
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_window_area	#
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	movl	12(%esp), %edx	# %sfp, fn
	movl	8(%esp), %ecx	# %sfp, a0
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	shrl	%eax	# tmp100
# platform-c/hv/driver.c:23: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	cmpl	%esi, %eax	# _3, tmp100
	jnb	.L3	#,
# platform-c/hv/driver.c:24: 		svm_flush();
	call	svm_flush	#
	movl	8(%esp), %ecx	# %sfp, a0
	movl	12(%esp), %edx	# %sfp, fn
	jmp	.L3	#
	.size	enter.constprop.0, .-enter.constprop.0
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"xmit: the net device is not dom0 memory"
	.text
	.p2align 4
	.globl	driver_xmit
	.type	driver_xmit, @function
driver_xmit:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp108, dev
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp109, ret
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:37: {
	movl	%eax, %edi	# tmp107, skb
# platform-c/hv/driver.c:38: 	struct net_device *d = svm_try((u32)dev);
	movl	%edx, %eax	# dev,
	call	svm_try	#
# platform-c/hv/driver.c:41: 	if (!d) {
	testl	%eax, %eax	# d
	je	.L16	#,
# platform-c/hv/driver.c:46: 	r = enter(ENTRY_XMIT, (u32)d->hard_start_xmit, (u32)skb, (u32)dev, 0);
	movl	280(%eax), %edx	# d_13->hard_start_xmit, d_13->hard_start_xmit
	movl	%edi, %ecx	# skb,
	movl	$1, %eax	#,
	movl	%ebx, (%esp)	# dev,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:47: 	*ret = (int)(u32)r;
	movl	%eax, (%esi)	# tmp111, *ret_17(D)
# platform-c/hv/driver.c:48: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp113
	sbbl	%eax, %eax	# <retval>
.L12:
# platform-c/hv/driver.c:49: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L16:
# platform-c/hv/driver.c:42: 		__hw_report(SAFETY_SVM_ACCESS, (u32)dev, "xmit: the net device is not dom0 memory");
	movl	$1, %eax	#,
	movl	$.LC0, %ecx	#,
	movl	%ebx, %edx	# dev,
	call	__hw_report	#
# platform-c/hv/driver.c:43: 		hv_driver_dead = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_driver_dead	#, hv_driver_dead
# platform-c/hv/driver.c:44: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L12	#
	.size	driver_xmit, .-driver_xmit
	.p2align 4
	.globl	driver_irq
	.type	driver_irq, @function
driver_irq:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# platform-c/hv/driver.c:52: {
	movl	%eax, %ebx	# tmp108, ret
# platform-c/hv/driver.c:53: 	u64 r = enter(ENTRY_IRQ, dom0.irq_handler, dom0.irq, dom0.irq_dev, 0);
	movl	dom0+32, %eax	# dom0.irq_dev, dom0.irq_dev
	movl	%eax, (%esp)	# dom0.irq_dev,
	movl	$2, %eax	#,
	movl	dom0+24, %ecx	# dom0.irq,
	movl	dom0+28, %edx	# dom0.irq_handler,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:55: 	*ret = (int)(u32)r;
	movl	%eax, (%ebx)	# tmp109, *ret_10(D)
# platform-c/hv/driver.c:56: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp111
# platform-c/hv/driver.c:57: }
	movl	-4(%ebp), %ebx	#,
# platform-c/hv/driver.c:56: 	return r >> 32 ? -1 : 0;
	sbbl	%eax, %eax	# tmp98
# platform-c/hv/driver.c:57: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	driver_irq, .-driver_irq
	.globl	hv_aborts
	.bss
	.align 4
	.type	hv_aborts, @object
	.size	hv_aborts, 4
hv_aborts:
	.zero	4
	.globl	hv_invocations
	.align 4
	.type	hv_invocations, @object
	.size	hv_invocations, 4
hv_invocations:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
