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
	subl	$28, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:28: static u64 enter(u32 kind, u32 fn, u32 a0, u32 a1, u32 a2)
	movl	%eax, 12(%esp)	# tmp108, %sfp
# platform-c/hv/driver.c:32: 	if (svm_invocations) {
	movl	svm_invocations, %eax	# svm_invocations,
	testl	%eax, %eax	#
	jne	.L11	#,
# platform-c/hv/driver.c:36: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	movl	$1, %eax	#,
	movl	%edx, %esi	# tmp109, fn
	movl	%eax, svm_invocations	#, svm_invocations
	movl	%ecx, %edi	# tmp110, a0
# platform-c/hv/driver.c:36: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_next_window_used	#
	movl	%eax, %ebx	# tmp111, _14
# platform-c/hv/driver.c:36: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	call	svm_window_area	#
# platform-c/hv/driver.c:36: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	shrl	%eax	# tmp100
# platform-c/hv/driver.c:36: 	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
	cmpl	%ebx, %eax	# _14, tmp100
	jb	.L12	#,
.L4:
# platform-c/hv/driver.c:38: 	hv_invocations++;
	incl	hv_invocations	# hv_invocations
# platform-c/hv/driver.c:40: 	r = __hw_enter_driver(kind, fn, a0, a1, a2);
	xorl	%ebx, %ebx	#
# platform-c/hv/driver.c:39: 	svm_stack_enter();
	call	svm_stack_enter	#
# platform-c/hv/driver.c:40: 	r = __hw_enter_driver(kind, fn, a0, a1, a2);
	movl	%edi, %ecx	# a0,
	movl	%esi, %edx	# fn,
	movl	%ebx, 4(%esp)	#,
	movl	8(%ebp), %eax	# a1, a1
	movl	%eax, (%esp)	# a1,
	movl	12(%esp), %eax	# %sfp,
	call	__hw_enter_driver	#
	movl	%eax, 8(%esp)	# <retval>, %sfp
	movl	%edx, 12(%esp)	# <retval>, %sfp
# platform-c/hv/driver.c:41: 	svm_stack_leave();
	call	svm_stack_leave	#
# platform-c/hv/driver.c:43: 	if (r >> 32) {
	movl	12(%esp), %edx	# %sfp, <retval>
# platform-c/hv/driver.c:42: 	svm_invocations--;
	decl	svm_invocations	# svm_invocations
# platform-c/hv/driver.c:43: 	if (r >> 32) {
	movl	8(%esp), %eax	# %sfp, <retval>
	testl	%edx, %edx	# <retval>
	je	.L1	#,
# platform-c/hv/driver.c:44: 		hv_aborts++;
	incl	hv_aborts	# hv_aborts
# platform-c/hv/driver.c:45: 		hv_driver_dead = 1;
	movl	$1, %ecx	#,
	movl	%ecx, hv_driver_dead	#, hv_driver_dead
.L1:
# platform-c/hv/driver.c:48: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L12:
# platform-c/hv/driver.c:37: 		svm_flush();
	call	svm_flush	#
	jmp	.L4	#
	.p2align 4,,10
	.p2align 3
.L11:
# platform-c/hv/driver.c:33: 		hv_nested_refused++;
	incl	hv_nested_refused	# hv_nested_refused
# platform-c/hv/driver.c:34: 		return 1ULL << 32;
	xorl	%eax, %eax	# <retval>
	movl	$1, %edx	#, <retval>
# platform-c/hv/driver.c:48: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
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
# platform-c/hv/driver.c:52: {
	movl	%eax, %edi	# tmp107, skb
# platform-c/hv/driver.c:53: 	struct net_device *d = svm_try((u32)dev);
	movl	%edx, %eax	# dev,
	call	svm_try	#
# platform-c/hv/driver.c:56: 	if (!d) {
	testl	%eax, %eax	# d
	je	.L17	#,
# platform-c/hv/driver.c:61: 	r = enter(ENTRY_XMIT, (u32)d->hard_start_xmit, (u32)skb, (u32)dev, 0);
	movl	280(%eax), %edx	# d_13->hard_start_xmit, d_13->hard_start_xmit
	movl	%edi, %ecx	# skb,
	movl	$1, %eax	#,
	movl	%ebx, (%esp)	# dev,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:62: 	*ret = (int)(u32)r;
	movl	%eax, (%esi)	# tmp111, *ret_17(D)
# platform-c/hv/driver.c:63: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp113
	sbbl	%eax, %eax	# <retval>
.L13:
# platform-c/hv/driver.c:64: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L17:
# platform-c/hv/driver.c:57: 		__hw_report(SAFETY_SVM_ACCESS, (u32)dev, "xmit: the net device is not dom0 memory");
	movl	$1, %eax	#,
	movl	$.LC0, %ecx	#,
	movl	%ebx, %edx	# dev,
	call	__hw_report	#
# platform-c/hv/driver.c:58: 		hv_driver_dead = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_driver_dead	#, hv_driver_dead
# platform-c/hv/driver.c:59: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L13	#
	.size	driver_xmit, .-driver_xmit
	.p2align 4
	.globl	driver_irq
	.type	driver_irq, @function
driver_irq:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# platform-c/hv/driver.c:67: {
	movl	%eax, %ebx	# tmp108, ret
# platform-c/hv/driver.c:68: 	u64 r = enter(ENTRY_IRQ, dom0.irq_handler, dom0.irq, dom0.irq_dev, 0);
	movl	dom0+32, %eax	# dom0.irq_dev, dom0.irq_dev
	movl	%eax, (%esp)	# dom0.irq_dev,
	movl	$2, %eax	#,
	movl	dom0+24, %ecx	# dom0.irq,
	movl	dom0+28, %edx	# dom0.irq_handler,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:70: 	*ret = (int)(u32)r;
	movl	%eax, (%ebx)	# tmp109, *ret_10(D)
# platform-c/hv/driver.c:71: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp111
# platform-c/hv/driver.c:72: }
	movl	-4(%ebp), %ebx	#,
# platform-c/hv/driver.c:71: 	return r >> 32 ? -1 : 0;
	sbbl	%eax, %eax	# tmp98
# platform-c/hv/driver.c:72: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	driver_irq, .-driver_irq
	.section	.rodata.str1.4
	.align 4
.LC1:
	.string	"xmit: the net device or its netdev_ops is not dom0 memory"
	.text
	.p2align 4
	.globl	driver_xmit_l61
	.type	driver_xmit_l61, @function
driver_xmit_l61:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp108, dev
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp109, ret
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:76: {
	movl	%eax, %edi	# tmp107, skb
# platform-c/hv/driver.c:77: 	u8 *d = svm_try(dev), *ops;
	movl	%edx, %eax	# dev,
	call	svm_try	#
# platform-c/hv/driver.c:80: 	ops = d ? svm_try(*(u32 *)(d + L_OFF_net_device_netdev_ops)) : NULL;
	testl	%eax, %eax	# d
	je	.L23	#,
# platform-c/hv/driver.c:80: 	ops = d ? svm_try(*(u32 *)(d + L_OFF_net_device_netdev_ops)) : NULL;
	movl	116(%eax), %eax	# MEM[(u32 *)d_11 + 116B], MEM[(u32 *)d_11 + 116B]
	call	svm_try	#
# platform-c/hv/driver.c:81: 	if (!ops) {
	testl	%eax, %eax	# iftmp.13_14
	je	.L23	#,
# platform-c/hv/driver.c:86: 	r = enter(ENTRY_XMIT, *(u32 *)(ops + L_OFF_net_device_ops_ndo_start_xmit), skb, dev, 0);
	movl	16(%eax), %edx	# MEM[(u32 *)iftmp.13_14 + 16B], MEM[(u32 *)iftmp.13_14 + 16B]
	movl	%edi, %ecx	# skb,
	movl	$1, %eax	#,
	movl	%ebx, (%esp)	# dev,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:87: 	*ret = (int)(u32)r;
	movl	%eax, (%esi)	# tmp112, *ret_18(D)
# platform-c/hv/driver.c:88: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp114
	sbbl	%eax, %eax	# <retval>
.L20:
# platform-c/hv/driver.c:89: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# platform-c/hv/driver.c:82: 		__hw_report(SAFETY_SVM_ACCESS, dev, "xmit: the net device or its netdev_ops is not dom0 memory");
	movl	$1, %eax	#,
	movl	$.LC1, %ecx	#,
	movl	%ebx, %edx	# dev,
	call	__hw_report	#
# platform-c/hv/driver.c:83: 		hv_driver_dead = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_driver_dead	#, hv_driver_dead
# platform-c/hv/driver.c:84: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L20	#
	.size	driver_xmit_l61, .-driver_xmit_l61
	.section	.rodata.str1.4
	.align 4
.LC2:
	.string	"NAPI poll: the napi_struct is not dom0 memory"
	.text
	.p2align 4
	.globl	driver_poll
	.type	driver_poll, @function
driver_poll:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp104, napi
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp106, ret
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/driver.c:93: {
	movl	%edx, %edi	# tmp105, weight
# platform-c/hv/driver.c:94: 	u8 *n = svm_try(napi);
	call	svm_try	#
# platform-c/hv/driver.c:97: 	if (!n) {
	testl	%eax, %eax	# n
	je	.L32	#,
# platform-c/hv/driver.c:102: 	r = enter(ENTRY_POLL, *(u32 *)(n + L_OFF_napi_struct_poll), napi, weight, 0);
	movl	24(%eax), %edx	# MEM[(u32 *)n_10 + 24B], MEM[(u32 *)n_10 + 24B]
	movl	%ebx, %ecx	# napi,
	movl	$3, %eax	#,
	movl	%edi, (%esp)	# weight,
	call	enter.constprop.0	#
# platform-c/hv/driver.c:103: 	*ret = (int)(u32)r;
	movl	%eax, (%esi)	# tmp108, *ret_14(D)
# platform-c/hv/driver.c:104: 	return r >> 32 ? -1 : 0;
	negl	%edx	# tmp110
	sbbl	%eax, %eax	# <retval>
.L28:
# platform-c/hv/driver.c:105: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L32:
# platform-c/hv/driver.c:98: 		__hw_report(SAFETY_SVM_ACCESS, napi, "NAPI poll: the napi_struct is not dom0 memory");
	movl	$1, %eax	#,
	movl	$.LC2, %ecx	#,
	movl	%ebx, %edx	# napi,
	call	__hw_report	#
# platform-c/hv/driver.c:99: 		hv_driver_dead = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_driver_dead	#, hv_driver_dead
# platform-c/hv/driver.c:100: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L28	#
	.size	driver_poll, .-driver_poll
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
