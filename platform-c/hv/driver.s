	.file	"driver.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	enter.part.0.constprop.0, @function
enter.part.0.constprop.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$24, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp106, fn
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:25: static u64 enter(u32 kind, u32 fn, u32 a0, u32 a1, u32 a2)
	movl	%ecx, %edi	# tmp107, a0
# platform-c/hv/driver.c:33: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	movl	$1, %ecx	#,
	movl	%ecx, svm_invocations	#, svm_invocations
# platform-c/hv/driver.c:25: static u64 enter(u32 kind, u32 fn, u32 a0, u32 a1, u32 a2)
	movl	%eax, 8(%esp)	# tmp105, %sfp
# platform-c/hv/driver.c:33: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_next_window_used	#
	movl	%eax, %ebx	# tmp108, _1
# platform-c/hv/driver.c:33: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_window_area	#
# platform-c/hv/driver.c:33: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	shrl	%eax	# tmp97
# platform-c/hv/driver.c:33: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	cmpl	%ebx, %eax	# _1, tmp97
	jb	.L9	#,
.L2:
# platform-c/hv/driver.c:35: 	hv_invocations++;
	incl	hv_invocations	# hv_invocations
# platform-c/hv/driver.c:36: 	svm_stack_enter();
	call	svm_stack_enter	#
# platform-c/hv/driver.c:37: 	r = __hw_enter_driver(kind, fn, a0, a1, a2);
	xorl	%edx, %edx	#
	movl	%edi, %ecx	# a0,
	movl	%edx, 4(%esp)	#,
	movl	%esi, %edx	# fn,
	movl	8(%ebp), %eax	# a1, a1
	movl	%eax, (%esp)	# a1,
	movl	8(%esp), %eax	# %sfp,
	call	__hw_enter_driver	#
	movl	%edx, %ebx	# tmp111, <retval>
	movl	%eax, %esi	# tmp110, <retval>
# platform-c/hv/driver.c:38: 	svm_stack_leave();
	call	svm_stack_leave	#
# platform-c/hv/driver.c:39: 	svm_invocations--;
	decl	svm_invocations	# svm_invocations
# platform-c/hv/driver.c:40: 	if (r >> 32) {
	testl	%ebx, %ebx	# <retval>
	je	.L1	#,
# platform-c/hv/driver.c:41: 		hv_aborts++;
	incl	hv_aborts	# hv_aborts
# platform-c/hv/driver.c:42: 		hv_driver_dead = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_driver_dead	#, hv_driver_dead
.L1:
# platform-c/hv/driver.c:45: }
	movl	-4(%ebp), %edi	#,
	movl	%esi, %eax	# <retval>,
	movl	%ebx, %edx	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L9:
# platform-c/hv/driver.c:34: 		svm_flush();
	call	svm_flush	#
	jmp	.L2	#
	.size	enter.part.0.constprop.0, .-enter.part.0.constprop.0
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
	movl	%ecx, %ebx	# tmp111, ret
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp109, skb
# platform-c/hv/driver.c:50: 	struct net_device *d = svm_try((u32)dev);
	movl	%edx, %eax	# dev,
# platform-c/hv/driver.c:49: {
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:49: {
	movl	%edx, %edi	# tmp110, dev
# platform-c/hv/driver.c:50: 	struct net_device *d = svm_try((u32)dev);
	call	svm_try	#
# platform-c/hv/driver.c:53: 	if (!d) {
	testl	%eax, %eax	# d
	je	.L16	#,
# platform-c/hv/driver.c:58: 	r = enter(ENTRY_XMIT, (u32)d->hard_start_xmit, (u32)skb, (u32)dev, 0);
	movl	280(%eax), %edx	# d_13->hard_start_xmit, _3
# platform-c/hv/driver.c:29: 	if (svm_invocations) {
	movl	svm_invocations, %eax	# svm_invocations,
	testl	%eax, %eax	#
	jne	.L17	#,
	movl	%edi, (%esp)	# dev,
	movl	%esi, %ecx	# skb,
	movl	$1, %eax	#,
	call	enter.part.0.constprop.0	#
# platform-c/hv/driver.c:59: 	*ret = (int)(u32)r;
	movl	%eax, (%ebx)	# tmp113, *ret_17(D)
# platform-c/hv/driver.c:60: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp115
# platform-c/hv/driver.c:61: }
	movl	-12(%ebp), %ebx	#,
# platform-c/hv/driver.c:60: 	return r >> 32 ? -1 : 0;
	sbbl	%eax, %eax	# <retval>
# platform-c/hv/driver.c:61: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L17:
# platform-c/hv/driver.c:30: 		hv_nested_refused++;
	incl	hv_nested_refused	# hv_nested_refused
# platform-c/hv/driver.c:59: 	*ret = (int)(u32)r;
	movl	$0, (%ebx)	#, *ret_17(D)
.L12:
# platform-c/hv/driver.c:61: }
	movl	-12(%ebp), %ebx	#,
# platform-c/hv/driver.c:56: 		return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hv/driver.c:61: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L16:
# platform-c/hv/driver.c:54: 		__hw_report(SAFETY_SVM_ACCESS, (u32)dev, "xmit: the net device is not dom0 memory");
	movl	%edi, %edx	# dev,
	movl	$.LC0, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
# platform-c/hv/driver.c:55: 		hv_driver_dead = 1;
	movl	$1, %edx	#,
	movl	%edx, hv_driver_dead	#, hv_driver_dead
# platform-c/hv/driver.c:56: 		return -1;
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
# platform-c/hv/driver.c:64: {
	movl	%eax, %ebx	# tmp108, ret
# platform-c/hv/driver.c:29: 	if (svm_invocations) {
	cmpl	$0, svm_invocations	#, svm_invocations
# platform-c/hv/driver.c:65: 	u64 r = enter(ENTRY_IRQ, dom0.irq_handler, dom0.irq, dom0.irq_dev, 0);
	movl	dom0+32, %eax	# dom0.irq_dev, _1
	movl	dom0+24, %ecx	# dom0.irq, _2
	movl	dom0+28, %edx	# dom0.irq_handler, _3
# platform-c/hv/driver.c:29: 	if (svm_invocations) {
	jne	.L22	#,
	movl	%eax, (%esp)	# _1,
	movl	$2, %eax	#,
	call	enter.part.0.constprop.0	#
# platform-c/hv/driver.c:67: 	*ret = (int)(u32)r;
	movl	%eax, (%ebx)	# _4, *ret_10(D)
# platform-c/hv/driver.c:68: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp111
# platform-c/hv/driver.c:69: }
	movl	-4(%ebp), %ebx	#,
# platform-c/hv/driver.c:68: 	return r >> 32 ? -1 : 0;
	sbbl	%edx, %edx	# <retval>
# platform-c/hv/driver.c:69: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	movl	%edx, %eax	# <retval>,
	ret	
	.p2align 4,,10
	.p2align 3
.L22:
# platform-c/hv/driver.c:30: 		hv_nested_refused++;
	incl	hv_nested_refused	# hv_nested_refused
	xorl	%eax, %eax	# _4
# platform-c/hv/driver.c:68: 	return r >> 32 ? -1 : 0;
	movl	$-1, %edx	#, <retval>
# platform-c/hv/driver.c:67: 	*ret = (int)(u32)r;
	movl	%eax, (%ebx)	# _4, *ret_10(D)
# platform-c/hv/driver.c:69: }
	movl	%edx, %eax	# <retval>,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	driver_irq, .-driver_irq
	.globl	hv_nested_refused
	.bss
	.align 4
	.type	hv_nested_refused, @object
	.size	hv_nested_refused, 4
hv_nested_refused:
	.zero	4
	.globl	hv_aborts
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
