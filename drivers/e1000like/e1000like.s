	.file	"e1000like.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	e1000like_get_stats, @function
e1000like_get_stats:
# drivers/e1000like/e1000like.c:902: 	netdev->stats.rx_frame_errors = adapter->rx_frame_errors;
	movl	572(%eax), %edx	# MEM[(struct e1000like_adapter *)netdev_3(D) + 320B].rx_frame_errors, MEM[(struct e1000like_adapter *)netdev_3(D) + 320B].rx_frame_errors
# drivers/e1000like/e1000like.c:903: 	return &netdev->stats;
	addl	$48, %eax	#, tmp86
# drivers/e1000like/e1000like.c:902: 	netdev->stats.rx_frame_errors = adapter->rx_frame_errors;
	movl	%edx, 52(%eax)	# MEM[(struct e1000like_adapter *)netdev_3(D) + 320B].rx_frame_errors, netdev_3(D)->stats.rx_frame_errors
# drivers/e1000like/e1000like.c:904: }
	ret	
	.size	e1000like_get_stats, .-e1000like_get_stats
	.p2align 4
	.type	e1000like_set_multi, @function
e1000like_set_multi:
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%eax), %ecx	# MEM[(const struct e1000like_adapter *)netdev_2(D) + 320B].hw_addr, _9
# drivers/e1000like/e1000like.c:350: 	if (netdev->flags & IFF_PROMISC)
	movl	144(%eax), %eax	# MEM[(const struct net_device *)netdev_2(D)].flags, _5
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	256(%ecx), %edx	# MEM[(const volatile u32 *)_9 + 256B], _10
# drivers/e1000like/e1000like.c:944: 	rctl &= ~(E1000_RCTL_UPE | E1000_RCTL_MPE);
	andl	$-25, %edx	#, rctl
# drivers/e1000like/e1000like.c:350: 	if (netdev->flags & IFF_PROMISC)
	testb	$1, %ah	#, _5
	jne	.L5	#,
# drivers/e1000like/e1000like.c:352: 	if (netdev->flags & IFF_ALLMULTI)
	shrl	$5, %eax	#, tmp95
	andl	$16, %eax	#, _8
# drivers/e1000like/e1000like.c:945: 	rctl |= e1000like_rctl_filter(netdev);
	orl	%edx, %eax	# rctl, rctl
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 256(%ecx)	# rctl, MEM[(volatile u32 *)_9 + 256B]
# drivers/e1000like/e1000like.c:947: }
	ret	
	.p2align 4,,10
	.p2align 3
.L5:
# drivers/e1000like/e1000like.c:351: 		return E1000_RCTL_UPE | E1000_RCTL_MPE;
	movl	$24, %eax	#, _8
# drivers/e1000like/e1000like.c:945: 	rctl |= e1000like_rctl_filter(netdev);
	orl	%edx, %eax	# rctl, rctl
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 256(%ecx)	# rctl, MEM[(volatile u32 *)_9 + 256B]
# drivers/e1000like/e1000like.c:947: }
	ret	
	.size	e1000like_set_multi, .-e1000like_set_multi
	.p2align 4
	.type	e1000like_get_regs_len, @function
e1000like_get_regs_len:
# drivers/e1000like/e1000like.c:999: }
	movl	$64, %eax	#,
	ret	
	.size	e1000like_get_regs_len, .-e1000like_get_regs_len
	.p2align 4
	.type	e1000like_get_regs, @function
e1000like_get_regs:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp116, regs
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:1002: {
	movl	%ecx, %edx	# tmp117, p
	movl	%eax, %ebx	# tmp115, netdev
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$16, %ecx	#, ecx_out
	movl	%edx, %edi	# p, edi_out
	xorl	%eax, %eax	# tmp104
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $64, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:1009: 			adapter->pdev->device;
#NO_APP
	movl	400(%ebx), %ecx	# MEM[(struct e1000like_adapter *)netdev_17(D) + 320B].pdev, MEM[(struct e1000like_adapter *)netdev_17(D) + 320B].pdev
# drivers/e1000like/e1000like.c:1008: 	regs->version = (E1000LIKE_REGS_VERSION << 24) | ((u32)adapter->revision_id << 16) |
	movzbl	510(%ebx), %eax	# MEM[(struct e1000like_adapter *)netdev_17(D) + 320B].revision_id, MEM[(struct e1000like_adapter *)netdev_17(D) + 320B].revision_id
# drivers/e1000like/e1000like.c:1009: 			adapter->pdev->device;
	movzwl	26(%ecx), %ecx	# _4->device, _4->device
# drivers/e1000like/e1000like.c:1008: 	regs->version = (E1000LIKE_REGS_VERSION << 24) | ((u32)adapter->revision_id << 16) |
	sall	$16, %eax	#, tmp107
# drivers/e1000like/e1000like.c:1008: 	regs->version = (E1000LIKE_REGS_VERSION << 24) | ((u32)adapter->revision_id << 16) |
	orl	%ecx, %eax	# _4->device, tmp110
	orl	$16777216, %eax	#, tmp111
	movl	%eax, 4(%esi)	# tmp111, regs_19(D)->version
# drivers/e1000like/e1000like.c:1010: 	for (i = 0; i < E1000LIKE_REGS_LEN; i++)
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L8:
# drivers/e1000like/e1000like.c:1011: 		buf[i] = er32(adapter, e1000like_dump_regs[i]);
	movzwl	e1000like_dump_regs(%eax,%eax), %ecx	# MEM[(short unsigned int *)&e1000like_dump_regs + _30 * 2], MEM[(short unsigned int *)&e1000like_dump_regs + _30 * 2]
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%ebx), %esi	# MEM[(const struct e1000like_adapter *)netdev_17(D) + 320B].hw_addr,
	addl	%esi, %ecx	#, _26
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	(%ecx), %ecx	# MEM[(const volatile u32 *)_26], _27
# drivers/e1000like/e1000like.c:1011: 		buf[i] = er32(adapter, e1000like_dump_regs[i]);
	movl	%ecx, (%edx,%eax,4)	# _27, MEM[(u32 *)p_18(D) + _30 * 4]
# drivers/e1000like/e1000like.c:1010: 	for (i = 0; i < E1000LIKE_REGS_LEN; i++)
	incl	%eax	# i
# drivers/e1000like/e1000like.c:1010: 	for (i = 0; i < E1000LIKE_REGS_LEN; i++)
	cmpl	$16, %eax	#, i
	jne	.L8	#,
# drivers/e1000like/e1000like.c:1012: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000like_get_regs, .-e1000like_get_regs
	.p2align 4
	.type	e1000like_get_msglevel, @function
e1000like_get_msglevel:
# drivers/e1000like/e1000like.c:1032: 	return adapter->msg_enable;
	movl	500(%eax), %eax	# MEM[(struct e1000like_adapter *)netdev_2(D) + 320B].msg_enable, MEM[(struct e1000like_adapter *)netdev_2(D) + 320B].msg_enable
# drivers/e1000like/e1000like.c:1033: }
	ret	
	.size	e1000like_get_msglevel, .-e1000like_get_msglevel
	.p2align 4
	.type	e1000like_set_msglevel, @function
e1000like_set_msglevel:
# drivers/e1000like/e1000like.c:1039: 	adapter->msg_enable = level;
	movl	%edx, 500(%eax)	# tmp85, MEM[(struct e1000like_adapter *)netdev_2(D) + 320B].msg_enable
# drivers/e1000like/e1000like.c:1040: }
	ret	
	.size	e1000like_set_msglevel, .-e1000like_set_msglevel
	.p2align 4
	.type	e1000like_get_eeprom_len, @function
e1000like_get_eeprom_len:
# drivers/e1000like/e1000like.c:1054: }
	movl	$128, %eax	#,
	ret	
	.size	e1000like_get_eeprom_len, .-e1000like_get_eeprom_len
	.p2align 4
	.type	e1000like_get_ringparam, @function
e1000like_get_ringparam:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:1091: 	*ring = (struct ethtool_ringparam){
	xorl	%ecx, %ecx	# tmp88
# drivers/e1000like/e1000like.c:1087: {
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:1089: 	u32 cmd = ring->cmd;
	movl	(%edx), %esi	# ring_5(D)->cmd, cmd
# drivers/e1000like/e1000like.c:1095: 		.rx_pending = adapter->rx_ring.count,
	movl	464(%eax), %ebx	# MEM[(struct e1000like_adapter *)netdev_4(D) + 320B].rx_ring.count, _1
# drivers/e1000like/e1000like.c:1096: 		.tx_pending = adapter->tx_ring.count,
	movl	428(%eax), %edi	# MEM[(struct e1000like_adapter *)netdev_4(D) + 320B].tx_ring.count, _2
# drivers/e1000like/e1000like.c:1091: 	*ring = (struct ethtool_ringparam){
	xorl	%eax, %eax	# tmp89
.L15:
	movl	%ecx, (%edx,%eax)	# tmp88, *ring_5(D)
	movl	%ecx, 4(%edx,%eax)	# tmp88, *ring_5(D)
	addl	$8, %eax	#, tmp89
	cmpl	$32, %eax	#, tmp89
	jb	.L15	#,
	movl	$0, (%edx,%eax)	#, *ring_5(D)
	movl	%esi, (%edx)	# cmd, ring_5(D)->cmd
	movl	$4096, 4(%edx)	#, ring_5(D)->rx_max_pending
	movl	$4096, 16(%edx)	#, ring_5(D)->tx_max_pending
	movl	%ebx, 20(%edx)	# _1, ring_5(D)->rx_pending
	movl	%edi, 32(%edx)	# _2, ring_5(D)->tx_pending
# drivers/e1000like/e1000like.c:1098: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_get_ringparam, .-e1000like_get_ringparam
	.p2align 4
	.type	e1000like_get_stats_count, @function
e1000like_get_stats_count:
# drivers/e1000like/e1000like.c:1179: }
	movl	$17, %eax	#,
	ret	
	.size	e1000like_get_stats_count, .-e1000like_get_stats_count
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"<3>%s: invalid MTU %d\n"
	.text
	.p2align 4
	.type	e1000like_change_mtu, @function
e1000like_change_mtu:
# drivers/e1000like/e1000like.c:919: 	if (new_mtu < 68 || max_frame > ETH_FRAME_LEN + ETH_FCS_LEN) {
	leal	-68(%edx), %ecx	#, tmp88
# drivers/e1000like/e1000like.c:919: 	if (new_mtu < 68 || max_frame > ETH_FRAME_LEN + ETH_FCS_LEN) {
	cmpl	$1432, %ecx	#, tmp88
	ja	.L27	#,
# drivers/e1000like/e1000like.c:923: 	netdev->mtu = (unsigned int)new_mtu;
	movl	%edx, 148(%eax)	# new_mtu, netdev_10(D)->mtu
# drivers/e1000like/e1000like.c:924: 	return 0;
	xorl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:925: }
	ret	
.L27:
# drivers/e1000like/e1000like.c:915: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
# drivers/e1000like/e1000like.c:920: 		printk(KERN_ERR "%s: invalid MTU %d\n", netdev->name, new_mtu);
	movl	%edx, 8(%esp)	# new_mtu,
	movl	%eax, 4(%esp)	# netdev,
	movl	$.LC0, (%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:925: }
	movl	%ebp, %esp	#,
# drivers/e1000like/e1000like.c:921: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
# drivers/e1000like/e1000like.c:925: }
	popl	%ebp	#
	ret	
	.size	e1000like_change_mtu, .-e1000like_change_mtu
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC1:
	.string	"<3>%s: device reset timed out\n"
	.text
	.p2align 4
	.type	e1000like_reset_hw, @function
e1000like_reset_hw:
	pushl	%ebp	#
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	xorl	%edx, %edx	#
# drivers/e1000like/e1000like.c:135: {
	movl	%esp, %ebp	#,
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$8, %ecx	#,
# drivers/e1000like/e1000like.c:135: {
	pushl	%esi	#
	movl	%eax, %esi	# tmp103, adapter
	pushl	%ebx	#
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$-1, %ebx	#,
# drivers/e1000like/e1000like.c:135: {
	subl	$8, %esp	#,
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%eax), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _21
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%ebx, 216(%eax)	#, MEM[(volatile u32 *)_21 + 216B]
	movl	$10, %ebx	#, ivtmp_4
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _20
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edx, 256(%eax)	#, MEM[(volatile u32 *)_20 + 256B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _19
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%ecx, 1024(%eax)	#, MEM[(volatile u32 *)_19 + 1024B]
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _17
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	8(%eax), %eax	# MEM[(const volatile u32 *)_17 + 8B], _18
# drivers/e1000like/e1000like.c:143: 	msleep(10);
	movl	$10, %eax	#,
	call	msleep	#
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %edx	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _15
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	(%edx), %eax	# MEM[(const volatile u32 *)_15], _16
# drivers/e1000like/e1000like.c:145: 	ew32(adapter, E1000_CTRL, er32(adapter, E1000_CTRL) | E1000_CTRL_RST);
	orl	$67108864, %eax	#, _1
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, (%edx)	# _1, MEM[(volatile u32 *)_15]
	.p2align 4
	.p2align 3
.L30:
# drivers/e1000like/e1000like.c:147: 		udelay(20);
	movl	$85900, %eax	#,
	call	__const_udelay	#
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _22
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	(%eax), %edx	# MEM[(const volatile u32 *)_22], _23
# drivers/e1000like/e1000like.c:148: 		if (!(er32(adapter, E1000_CTRL) & E1000_CTRL_RST))
	andl	$67108864, %edx	#, _23
	je	.L29	#,
# drivers/e1000like/e1000like.c:146: 	for (i = 0; i < 10; i++) {
	decl	%ebx	# ivtmp_4
	jne	.L30	#,
.L29:
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	(%eax), %edx	# MEM[(const volatile u32 *)_22], _25
# drivers/e1000like/e1000like.c:151: 	if (er32(adapter, E1000_CTRL) & E1000_CTRL_RST) {
	andl	$67108864, %edx	#, _25
	jne	.L38	#,
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$-1, %edx	#,
	movl	%edx, 216(%eax)	#, MEM[(volatile u32 *)_22 + 216B]
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %eax	# MEM[(const struct e1000like_adapter *)adapter_10(D)].hw_addr, _26
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	192(%eax), %eax	# MEM[(const volatile u32 *)_26 + 192B], _27
# drivers/e1000like/e1000like.c:158: 	return 0;
	xorl	%eax, %eax	# <retval>
.L28:
# drivers/e1000like/e1000like.c:159: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
.L38:
# drivers/e1000like/e1000like.c:152: 		printk(KERN_ERR "%s: device reset timed out\n", e1000like_driver_name);
	movl	$.LC1, (%esp)	#,
	movl	$e1000like_driver_name, %ecx	#,
	movl	%ecx, 4(%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:153: 		return -EIO;
	movl	$-5, %eax	#, <retval>
	jmp	.L28	#
	.size	e1000like_reset_hw, .-e1000like_reset_hw
	.p2align 4
	.type	e1000like_remove, @function
e1000like_remove:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp92, pdev
	movl	%edi, -4(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
# drivers/include/linux/device.h:24: 	return dev->driver_data;
	movl	76(%eax), %esi	# MEM[(struct device *)pdev_5(D) + 52B].driver_data, _6
# drivers/e1000like/e1000like.c:1606: 	set_bit(__E1000LIKE_DOWN, &adapter->flags);
	leal	320(%esi), %edi	#, tmp88
# drivers/include/asm/bitops.h:27: 	__asm__ __volatile__(LOCK_PREFIX "btsl %1, %0"
#APP
# 27 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $2, 392(%esi)	#, MEM[(volatile long unsigned int *)_1]
# 0 "" 2
# drivers/e1000like/e1000like.c:1607: 	del_timer_sync(&adapter->watchdog_timer);
#NO_APP
	movl	%edi, %eax	# tmp88,
	call	del_timer_sync	#
# drivers/e1000like/e1000like.c:1608: 	flush_scheduled_work();
	call	flush_scheduled_work	#
# drivers/e1000like/e1000like.c:1610: 	unregister_netdev(netdev);
	movl	%esi, %eax	# _6,
	call	unregister_netdev	#
# drivers/e1000like/e1000like.c:1611: 	e1000like_reset_hw(adapter);
	movl	%edi, %eax	# tmp88,
	call	e1000like_reset_hw	#
# drivers/e1000like/e1000like.c:1612: 	iounmap(adapter->hw_addr);
	movl	404(%esi), %eax	# MEM[(struct e1000like_adapter *)_6 + 320B].hw_addr, MEM[(struct e1000like_adapter *)_6 + 320B].hw_addr
	call	iounmap	#
# drivers/e1000like/e1000like.c:1613: 	pci_release_regions(pdev);
	movl	%ebx, %eax	# pdev,
	call	pci_release_regions	#
# drivers/e1000like/e1000like.c:1615: 	free_netdev(netdev);
	movl	%esi, %eax	# _6,
# drivers/include/linux/device.h:29: 	dev->driver_data = data;
	movl	$0, 76(%ebx)	#, MEM[(struct device *)pdev_5(D) + 52B].driver_data
# drivers/e1000like/e1000like.c:1615: 	free_netdev(netdev);
	call	free_netdev	#
# drivers/e1000like/e1000like.c:1616: 	pci_disable_device(pdev);
	movl	%ebx, %eax	# pdev,
	call	pci_disable_device	#
# drivers/e1000like/e1000like.c:1617: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_remove, .-e1000like_remove
	.section	.rodata.str1.1
.LC2:
	.string	"drivers/e1000like/e1000like.c"
	.text
	.p2align 4
	.type	e1000like_up, @function
e1000like_up:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:380: 	BUG_ON(!adapter->tx_ring.desc || !adapter->rx_ring.desc);
	movl	96(%eax), %edi	# adapter_21(D)->tx_ring.desc,
	testl	%edi, %edi	#
	je	.L42	#,
# drivers/e1000like/e1000like.c:380: 	BUG_ON(!adapter->tx_ring.desc || !adapter->rx_ring.desc);
	movl	132(%eax), %esi	# adapter_21(D)->rx_ring.desc,
	movl	%eax, %ebx	# tmp172, adapter
	testl	%esi, %esi	#
	je	.L42	#,
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%eax), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _29
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	xorl	%edi, %edi	#
# drivers/e1000like/e1000like.c:377: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %esi	# adapter_21(D)->netdev, netdev
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	(%edx), %eax	# MEM[(const volatile u32 *)_29], _30
# drivers/e1000like/e1000like.c:382: 	ew32(adapter, E1000_CTRL, er32(adapter, E1000_CTRL) | E1000_CTRL_SLU | E1000_CTRL_ASDE);
	orl	$96, %eax	#, _9
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, (%edx)	# _9, MEM[(volatile u32 *)_29]
# drivers/e1000like/e1000like.c:121: 	u32 ral = (u32)addr[0] | ((u32)addr[1] << 8) | ((u32)addr[2] << 16) |
	movl	221(%esi), %ecx	# MEM <unsigned int> [(const u8 *)netdev_22 + 221B], ral
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _97
# drivers/e1000like/e1000like.c:123: 	u32 rah = (u32)addr[4] | ((u32)addr[5] << 8) | E1000_RAH_AV;
	movzwl	225(%esi), %eax	# MEM <short unsigned int> [(const u8 *)netdev_22 + 225B], MEM <short unsigned int> [(const u8 *)netdev_22 + 225B]
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%ecx, 21504(%edx)	# ral, MEM[(volatile u32 *)_97 + 21504B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _98
# drivers/e1000like/e1000like.c:123: 	u32 rah = (u32)addr[4] | ((u32)addr[5] << 8) | E1000_RAH_AV;
	orl	$-2147483648, %eax	#, rah
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 21508(%edx)	# rah, MEM[(volatile u32 *)_98 + 21508B]
# drivers/e1000like/e1000like.c:333: 	u64 tdba = tx_ring->dma;
	movl	100(%ebx), %edx	# MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].dma, _61
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _62
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edx, 14336(%eax)	# _61, MEM[(volatile u32 *)_62 + 14336B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _63
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edi, 14340(%eax)	#, MEM[(volatile u32 *)_63 + 14340B]
	movl	$262394, %edi	#,
# drivers/e1000like/e1000like.c:338: 	ew32(adapter, E1000_TDLEN, tx_ring->count * (u32)sizeof(struct e1000like_tx_desc));
	movl	108(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].count, _65
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _66
# drivers/e1000like/e1000like.c:338: 	ew32(adapter, E1000_TDLEN, tx_ring->count * (u32)sizeof(struct e1000like_tx_desc));
	sall	$4, %eax	#, _65
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 14344(%edx)	# _65, MEM[(volatile u32 *)_66 + 14344B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr,
# drivers/e1000like/e1000like.c:339: 	ew32(adapter, tx_ring->tdh, 0);
	movzwl	128(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].tdh, MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].tdh
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	addl	%edx, %eax	#, _70
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_70]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %ecx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr,
# drivers/e1000like/e1000like.c:340: 	ew32(adapter, tx_ring->tdt, 0);
	movzwl	130(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].tdt, MEM[(struct e1000like_tx_ring *)adapter_21(D) + 96B].tdt
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	addl	%ecx, %eax	#, _74
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	xorl	%ecx, %ecx	#
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_74]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _75
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edi, 1024(%eax)	#, MEM[(volatile u32 *)_75 + 1024B]
# drivers/e1000like/e1000like.c:345: 	adapter->txd_cmd = E1000_TXD_CMD_IFCS;
	movl	$2, %eax	#,
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	xorl	%edi, %edi	#
# drivers/e1000like/e1000like.c:345: 	adapter->txd_cmd = E1000_TXD_CMD_IFCS;
	movl	%eax, 176(%ebx)	#, adapter_21(D)->txd_cmd
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _40
# drivers/e1000like/e1000like.c:360: 	u64 rdba = rx_ring->dma;
	movl	136(%ebx), %edx	# MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].dma, _39
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%ecx, 256(%eax)	#, MEM[(volatile u32 *)_40 + 256B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _41
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edx, 10240(%eax)	# _39, MEM[(volatile u32 *)_41 + 10240B]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _42
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edi, 10244(%eax)	#, MEM[(volatile u32 *)_42 + 10244B]
# drivers/e1000like/e1000like.c:366: 	ew32(adapter, E1000_RDLEN, rx_ring->count * (u32)sizeof(struct e1000like_rx_desc));
	movl	144(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].count, _44
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _45
# drivers/e1000like/e1000like.c:366: 	ew32(adapter, E1000_RDLEN, rx_ring->count * (u32)sizeof(struct e1000like_rx_desc));
	sall	$4, %eax	#, _44
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 10248(%edx)	# _44, MEM[(volatile u32 *)_45 + 10248B]
# drivers/e1000like/e1000like.c:367: 	ew32(adapter, rx_ring->rdh, 0);
	movzwl	160(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].rdh, MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].rdh
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr,
	addl	%edx, %eax	#, _49
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_49]
# drivers/e1000like/e1000like.c:368: 	ew32(adapter, rx_ring->rdt, 0);
	movzwl	162(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].rdt, MEM[(struct e1000like_rx_ring *)adapter_21(D) + 132B].rdt
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %ecx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr,
	addl	%ecx, %eax	#, _53
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_53]
# drivers/e1000like/e1000like.c:350: 	if (netdev->flags & IFF_PROMISC)
	movl	76(%ebx), %eax	# adapter_21(D)->netdev, adapter_21(D)->netdev
	movl	144(%eax), %eax	# MEM[(const struct net_device *)_54].flags, _55
# drivers/e1000like/e1000like.c:350: 	if (netdev->flags & IFF_PROMISC)
	testb	$1, %ah	#, _55
	jne	.L46	#,
# drivers/e1000like/e1000like.c:352: 	if (netdev->flags & IFF_ALLMULTI)
	shrl	$5, %eax	#, tmp162
	andl	$16, %eax	#, tmp163
# drivers/e1000like/e1000like.c:370: 	ew32(adapter, E1000_RCTL,
	orl	$32770, %eax	#, prephitmp_8
.L44:
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %edx	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _60
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	xorl	%edi, %edi	# iftmp.1_19
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 256(%edx)	# prephitmp_8, MEM[(volatile u32 *)_60 + 256B]
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	movl	152(%ebx), %edx	# adapter_21(D)->rx_ring.next_to_clean, _12
	movl	148(%ebx), %eax	# adapter_21(D)->rx_ring.next_to_use, _13
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	movl	168(%ebx), %ecx	# adapter_21(D)->alloc_rx_buf, _11
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	cmpl	%edx, %eax	# _12, _13
	jb	.L45	#,
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	movl	144(%ebx), %edi	# adapter_21(D)->rx_ring.count, iftmp.1_19
.L45:
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	decl	%edx	# tmp164
	subl	%eax, %edx	# _13, tmp165
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	movl	%ebx, %eax	# adapter,
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	addl	%edi, %edx	# iftmp.1_19, tmp166
# drivers/e1000like/e1000like.c:386: 	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));
	call	*%ecx	# _11
# drivers/include/asm/bitops.h:35: 	__asm__ __volatile__(LOCK_PREFIX "btrl %1, %0"
#APP
# 35 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btrl $2, 72(%ebx)	#, MEM[(volatile long unsigned int *)_18]
# 0 "" 2
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
#NO_APP
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _32
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$221, %edx	#,
	movl	%edx, 208(%eax)	#, MEM[(volatile u32 *)_32 + 208B]
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _33
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	8(%eax), %eax	# MEM[(const volatile u32 *)_33 + 8B], _34
# drivers/e1000like/e1000like.c:390: 	netif_start_queue(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_start_queue	#
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_21(D)].hw_addr, _31
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$4, %ecx	#,
	movl	%ecx, 200(%eax)	#, MEM[(volatile u32 *)_31 + 200B]
# drivers/e1000like/e1000like.c:394: }
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L42:
# drivers/e1000like/e1000like.c:380: 	BUG_ON(!adapter->tx_ring.desc || !adapter->rx_ring.desc);
#APP
# 380 "drivers/e1000like/e1000like.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b
	.long .LC2	#
	.word 380	#
	.word 0
	.org 2b+12	#
.popsection
# 0 "" 2
	.p2align 4,,10
	.p2align 3
#NO_APP
.L46:
	movl	$32794, %eax	#, prephitmp_8
	jmp	.L44	#
	.size	e1000like_up, .-e1000like_up
	.p2align 4
	.type	e1000like_clean_tx_irq, @function
e1000like_clean_tx_irq:
	pushl	%ebp	#
	movl	%eax, %edx	# tmp200, adapter
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$40, %esp	#,
# drivers/e1000like/e1000like.c:571: {
	movl	%eax, -44(%ebp)	# adapter, %sfp
# drivers/e1000like/e1000like.c:574: 	unsigned int i = tx_ring->next_to_clean;
	movl	116(%edx), %edi	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_clean, i
# drivers/e1000like/e1000like.c:573: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %eax	# adapter_67(D)->netdev, netdev
# drivers/e1000like/e1000like.c:575: 	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	movl	120(%edx), %ebx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info
# drivers/e1000like/e1000like.c:576: 	struct e1000like_tx_desc *eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	movl	96(%edx), %ecx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc
# drivers/e1000like/e1000like.c:575: 	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	leal	0(,%edi,4), %esi	#, tmp196
# drivers/e1000like/e1000like.c:573: 	struct net_device *netdev = adapter->netdev;
	movl	%eax, -48(%ebp)	# netdev, %sfp
# drivers/e1000like/e1000like.c:575: 	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	leal	(%esi,%edi), %eax	#, tmp156
# drivers/e1000like/e1000like.c:575: 	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	movzwl	14(%ebx,%eax,4), %eax	# _3->next_to_watch, eop
# drivers/e1000like/e1000like.c:576: 	struct e1000like_tx_desc *eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	movl	%ecx, -16(%ebp)	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc, %sfp
# drivers/e1000like/e1000like.c:575: 	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	movl	%eax, -20(%ebp)	# eop, %sfp
# drivers/e1000like/e1000like.c:576: 	struct e1000like_tx_desc *eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	sall	$4, %eax	#, tmp159
# drivers/e1000like/e1000like.c:576: 	struct e1000like_tx_desc *eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	addl	%eax, %ecx	# tmp159, eop_desc
# drivers/e1000like/e1000like.c:577: 	unsigned int budget = tx_ring->count;
	movl	%edx, %eax	# adapter, adapter
	movl	108(%edx), %edx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].count, budget
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	cmpl	%edi, 112(%eax)	# i, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_use
# drivers/e1000like/e1000like.c:577: 	unsigned int budget = tx_ring->count;
	movl	%edx, -32(%ebp)	# budget, %sfp
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	je	.L71	#,
# drivers/e1000like/e1000like.c:578: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -40(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	testl	%edx, %edx	# budget
# drivers/e1000like/e1000like.c:578: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -36(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	setne	%al	#, tmp164
	andb	12(%ecx), %al	# eop_desc_72->upper.fields.status, <retval>
	je	.L49	#,
	movl	%esi, %eax	# tmp196, tmp196
	movl	-16(%ebp), %edx	# %sfp, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc
	movl	-44(%ebp), %esi	# %sfp, adapter
	jmp	.L51	#
	.p2align 4,,10
	.p2align 3
.L52:
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	-16(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	je	.L56	#,
.L54:
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	80(%esi), %eax	# adapter_67(D)->pdev, tmp227
	movzwl	12(%ebx), %ecx	# buffer_info_79->length, _55
	addl	$52, %eax	#, pretmp_160
# drivers/e1000like/e1000like.c:241: 		if (buffer_info->mapped_as_page)
	cmpb	$0, 16(%ebx)	#, buffer_info_79->mapped_as_page
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	$1, (%esp)	#,
	movl	-16(%ebp), %edx	# %sfp,
# drivers/e1000like/e1000like.c:241: 		if (buffer_info->mapped_as_page)
	je	.L57	#,
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	call	dma_unmap_page	#
.L58:
# drivers/e1000like/e1000like.c:247: 		buffer_info->dma = 0;
	movl	$0, 4(%ebx)	#, buffer_info_79->dma
.L56:
# drivers/e1000like/e1000like.c:249: 	if (buffer_info->skb) {
	movl	(%ebx), %eax	# buffer_info_79->skb, _114
# drivers/e1000like/e1000like.c:249: 	if (buffer_info->skb) {
	testl	%eax, %eax	# _114
	je	.L59	#,
.L55:
# drivers/e1000like/e1000like.c:250: 		dev_kfree_skb_any(buffer_info->skb);
	call	dev_kfree_skb_any	#
# drivers/e1000like/e1000like.c:251: 		buffer_info->skb = NULL;
	movl	$0, (%ebx)	#, buffer_info_79->skb
.L59:
# drivers/e1000like/e1000like.c:253: 	buffer_info->mapped_as_page = 0;
	movb	$0, 16(%ebx)	#, buffer_info_79->mapped_as_page
# drivers/e1000like/e1000like.c:593: 			tx_desc->upper.data = 0;
	movl	-24(%ebp), %eax	# %sfp, tx_desc
# drivers/e1000like/e1000like.c:254: 	buffer_info->time_stamp = 0;
	movl	$0, 8(%ebx)	#, buffer_info_79->time_stamp
# drivers/e1000like/e1000like.c:593: 			tx_desc->upper.data = 0;
	movl	$0, 12(%eax)	#, tx_desc_78->upper.data
# drivers/e1000like/e1000like.c:594: 			if (++i == tx_ring->count)
	leal	1(%edi), %eax	#, i
	cmpl	%eax, 108(%esi)	# i, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].count
	je	.L73	#,
.L70:
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	-28(%ebp), %edx	# %sfp, tmp170
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	movl	-20(%ebp), %ebx	# %sfp, eop
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	addl	$20, %edx	#, tmp170
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	decl	-32(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	%edx, -16(%ebp)	# tmp170, %sfp
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	setne	%cl	#, _16
	cmpl	%ebx, %edi	# eop, i
	je	.L68	#,
.L101:
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	testb	%cl, %cl	# _16
	je	.L68	#,
	movl	120(%esi), %ebx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info
	movl	96(%esi), %edx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc
.L61:
# drivers/e1000like/e1000like.c:571: {
	movl	%eax, %edi	# i, i
	leal	0(,%eax,4), %eax	#, tmp196
.L51:
# drivers/e1000like/e1000like.c:585: 			struct e1000like_buffer *buffer_info = &tx_ring->buffer_info[i];
	addl	%edi, %eax	# i, tmp169
# drivers/e1000like/e1000like.c:584: 			struct e1000like_tx_desc *tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	movl	%edi, %ecx	# i, tmp165
# drivers/e1000like/e1000like.c:585: 			struct e1000like_buffer *buffer_info = &tx_ring->buffer_info[i];
	sall	$2, %eax	#, tmp170
	movl	%eax, -28(%ebp)	# tmp170, %sfp
# drivers/e1000like/e1000like.c:584: 			struct e1000like_tx_desc *tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	sall	$4, %ecx	#, tmp165
# drivers/e1000like/e1000like.c:585: 			struct e1000like_buffer *buffer_info = &tx_ring->buffer_info[i];
	addl	%eax, %ebx	# tmp170, buffer_info
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	4(%ebx), %eax	# buffer_info_79->dma, prephitmp_39
# drivers/e1000like/e1000like.c:584: 			struct e1000like_tx_desc *tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	addl	%ecx, %edx	# tmp165, tx_desc
	movl	%edx, -24(%ebp)	# tx_desc, %sfp
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	%eax, -16(%ebp)	# prephitmp_39, %sfp
# drivers/e1000like/e1000like.c:588: 			if (done && buffer_info->skb) {
	movl	-20(%ebp), %eax	# %sfp, eop
	cmpl	%eax, %edi	# eop, i
	jne	.L52	#,
# drivers/e1000like/e1000like.c:588: 			if (done && buffer_info->skb) {
	movl	(%ebx), %eax	# buffer_info_79->skb, _114
# drivers/e1000like/e1000like.c:588: 			if (done && buffer_info->skb) {
	testl	%eax, %eax	# _114
	je	.L53	#,
# drivers/e1000like/e1000like.c:590: 				total_bytes += buffer_info->skb->len;
	movl	96(%eax), %edx	# _11->len, tmp226
	addl	%edx, -40(%ebp)	# tmp226, %sfp
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	-16(%ebp), %edx	# %sfp,
# drivers/e1000like/e1000like.c:589: 				total_packets++;
	incl	-36(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	testl	%edx, %edx	#
	je	.L55	#,
	jmp	.L54	#
	.p2align 4,,10
	.p2align 3
.L73:
	movl	$0, -16(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	movl	-20(%ebp), %ebx	# %sfp, eop
# drivers/e1000like/e1000like.c:595: 				i = 0;
	xorl	%eax, %eax	# i
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	decl	-32(%ebp)	# %sfp
	setne	%cl	#, _16
	cmpl	%ebx, %edi	# eop, i
	jne	.L101	#,
	.p2align 4
	.p2align 3
.L68:
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	-16(%ebp), %edi	# %sfp, prephitmp_39
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	120(%esi), %ebx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].buffer_info
# drivers/e1000like/e1000like.c:597: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movzwl	14(%ebx,%edi), %edx	# _20->next_to_watch, eop
	movl	%edx, -20(%ebp)	# eop, %sfp
# drivers/e1000like/e1000like.c:598: 		eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	movl	%edx, %edi	# eop, tmp180
# drivers/e1000like/e1000like.c:598: 		eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	movl	96(%esi), %edx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc
# drivers/e1000like/e1000like.c:598: 		eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	sall	$4, %edi	#, tmp180
# drivers/e1000like/e1000like.c:598: 		eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	addl	%edx, %edi	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].desc, eop_desc
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	cmpl	%eax, 112(%esi)	# i, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_use
	je	.L63	#,
# drivers/e1000like/e1000like.c:581: 	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	testb	$1, 12(%edi)	#, eop_desc_77->upper.fields.status
	je	.L63	#,
	testb	%cl, %cl	# _16
	je	.L63	#,
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	movl	-32(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L61	#,
.L63:
# drivers/e1000like/e1000like.c:600: 	tx_ring->next_to_clean = i;
	movl	-44(%ebp), %esi	# %sfp, adapter
# drivers/e1000like/e1000like.c:603: 	netdev->stats.tx_bytes += total_bytes;
	movl	-40(%ebp), %edx	# %sfp, total_bytes
# drivers/e1000like/e1000like.c:600: 	tx_ring->next_to_clean = i;
	movl	%eax, 116(%esi)	# i, MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_clean
# drivers/e1000like/e1000like.c:602: 	netdev->stats.tx_packets += total_packets;
	movl	-48(%ebp), %eax	# %sfp, netdev
	movl	-36(%ebp), %esi	# %sfp, total_packets
	addl	%esi, 52(%eax)	# total_packets, netdev_69->stats.tx_packets
# drivers/e1000like/e1000like.c:603: 	netdev->stats.tx_bytes += total_bytes;
	addl	%edx, 60(%eax)	# total_bytes, netdev_69->stats.tx_bytes
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	testl	%esi, %esi	# total_packets
	jne	.L102	#,
.L64:
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	movl	-36(%ebp), %edx	# %sfp,
	testl	%edx, %edx	#
	setne	%al	#, <retval>
.L49:
# drivers/e1000like/e1000like.c:616: }
	addl	$40, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L57:
# drivers/e1000like/e1000like.c:245: 			dma_unmap_single(&adapter->pdev->dev, buffer_info->dma,
	call	dma_unmap_single	#
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L53:
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	-16(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	jne	.L54	#,
# drivers/e1000like/e1000like.c:253: 	buffer_info->mapped_as_page = 0;
	movb	$0, 16(%ebx)	#, buffer_info_79->mapped_as_page
# drivers/e1000like/e1000like.c:593: 			tx_desc->upper.data = 0;
	movl	-24(%ebp), %eax	# %sfp, tx_desc
# drivers/e1000like/e1000like.c:254: 	buffer_info->time_stamp = 0;
	movl	$0, 8(%ebx)	#, buffer_info_79->time_stamp
# drivers/e1000like/e1000like.c:593: 			tx_desc->upper.data = 0;
	movl	$0, 12(%eax)	#, tx_desc_78->upper.data
# drivers/e1000like/e1000like.c:594: 			if (++i == tx_ring->count)
	leal	1(%edi), %eax	#, i
	cmpl	108(%esi), %eax	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].count, i
	jne	.L70	#,
# drivers/e1000like/e1000like.c:583: 		for (done = false; !done && budget; budget--) {
	decl	-32(%ebp)	# %sfp
	setne	%cl	#, _16
# drivers/e1000like/e1000like.c:595: 				i = 0;
	xorl	%eax, %eax	# i
	jmp	.L68	#
.L102:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)netdev_69 + 36B], _98
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	testb	$16, %al	#, _98
	jne	.L64	#,
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	movl	-44(%ebp), %esi	# %sfp, adapter
	xorl	%edx, %edx	# iftmp.25_62
	movl	116(%esi), %eax	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_clean, _36
	movl	112(%esi), %ecx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].next_to_use, _37
	cmpl	%eax, %ecx	# _36, _37
	jb	.L66	#,
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	movl	108(%esi), %edx	# MEM[(struct e1000like_tx_ring *)adapter_67(D) + 96B].count, iftmp.25_62
.L66:
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	decl	%eax	# tmp188
	subl	%ecx, %eax	# _37, tmp189
	addl	%edx, %eax	# iftmp.25_62, tmp190
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	cmpl	$31, %eax	#, tmp190
	jbe	.L64	#,
# drivers/e1000like/e1000like.c:608: 		smp_mb();
#APP
# 608 "drivers/e1000like/e1000like.c" 1
	lock; addl $0, 0(%esp)
# 0 "" 2
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
#NO_APP
	movl	-48(%ebp), %eax	# %sfp, netdev
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)netdev_69 + 36B], _101
# drivers/e1000like/e1000like.c:609: 		if (netif_queue_stopped(netdev) &&
	testb	$1, %al	#, _101
	je	.L64	#,
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	-44(%ebp), %eax	# %sfp, adapter
	movl	72(%eax), %eax	# MEM[(const volatile long unsigned int *)adapter_67(D) + 72B], _95
# drivers/e1000like/e1000like.c:609: 		if (netif_queue_stopped(netdev) &&
	testb	$4, %al	#, _95
	jne	.L64	#,
# drivers/e1000like/e1000like.c:611: 			netif_wake_queue(netdev);
	movl	-48(%ebp), %eax	# %sfp,
	call	netif_wake_queue	#
# drivers/e1000like/e1000like.c:612: 			adapter->restart_queue++;
	movl	-44(%ebp), %eax	# %sfp, adapter
	incl	232(%eax)	# adapter_67(D)->restart_queue
	jmp	.L64	#
	.p2align 4,,10
	.p2align 3
.L71:
# drivers/e1000like/e1000like.c:605: 	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
	xorl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:615: 	return total_packets != 0;
	jmp	.L49	#
	.size	e1000like_clean_tx_irq, .-e1000like_clean_tx_irq
	.p2align 4
	.type	e1000like_tx_timeout, @function
e1000like_tx_timeout:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:910: 	adapter->tx_timeout_count++;
	incl	556(%eax)	# MEM[(struct e1000like_adapter *)netdev_5(D) + 320B].tx_timeout_count
# drivers/e1000like/e1000like.c:907: {
	movl	%esp, %ebp	#,
# drivers/e1000like/e1000like.c:911: 	schedule_work(&adapter->reset_task);
	addl	$344, %eax	#, tmp87
	call	schedule_work	#
# drivers/e1000like/e1000like.c:912: }
	popl	%ebp	#
	ret	
	.size	e1000like_tx_timeout, .-e1000like_tx_timeout
	.p2align 4
	.type	e1000like_intr, @function
e1000like_intr:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$4, %esp	#,
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%edx), %eax	# MEM[(const struct e1000like_adapter *)data_27(D) + 320B].hw_addr, _42
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	192(%eax), %ebx	# MEM[(const volatile u32 *)_42 + 192B], _43
# drivers/e1000like/e1000like.c:771: 	if (unlikely(!icr))
	testl	%ebx, %ebx	# _43
	je	.L111	#,
# drivers/e1000like/e1000like.c:773: 	adapter->irq_count++;
	incl	576(%edx)	# MEM[(struct e1000like_adapter *)data_27(D) + 320B].irq_count
# drivers/e1000like/e1000like.c:775: 	if (unlikely(icr & (E1000_ICR_RXSEQ | E1000_ICR_LSC))) {
	testb	$12, %bl	#, _43
	leal	320(%edx), %edi	#, _44
	movl	%edx, %esi	# tmp113, data
	jne	.L122	#,
.L107:
# drivers/e1000like/e1000like.c:779: 	if (unlikely(icr & E1000_ICR_RXO))
	testb	$64, %bl	#, _43
	jne	.L123	#,
.L108:
# drivers/e1000like/e1000like.c:764: {
	movl	$10, -16(%ebp)	#, %sfp
	.p2align 4
	.p2align 3
.L110:
# drivers/e1000like/e1000like.c:783: 		bool rx = adapter->clean_rx(adapter);
	movl	%edi, %eax	# _44,
	call	*484(%esi)	# MEM[(struct e1000like_adapter *)data_27(D) + 320B].clean_rx
	movb	%al, %bl	# tmp114, rx
# drivers/e1000like/e1000like.c:784: 		bool tx = e1000like_clean_tx_irq(adapter);
	movl	%edi, %eax	# _44,
	call	e1000like_clean_tx_irq	#
# drivers/e1000like/e1000like.c:786: 		if (!rx && !tx)
	testb	%bl, %bl	# rx
	jne	.L113	#,
	testb	%al, %al	# tx
	je	.L112	#,
.L113:
# drivers/e1000like/e1000like.c:782: 	for (i = 0; i < E1000LIKE_MAX_INTR; i++) {
	decl	-16(%ebp)	# %sfp
	.p2align 4,,4
	jne	.L110	#,
.L112:
# drivers/e1000like/e1000like.c:790: }
	popl	%edx	#
# drivers/e1000like/e1000like.c:789: 	return IRQ_HANDLED;
	movl	$1, %eax	#, <retval>
# drivers/e1000like/e1000like.c:790: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L111:
	popl	%edx	#
# drivers/e1000like/e1000like.c:772: 		return IRQ_NONE;
	xorl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:790: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L122:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	392(%edx), %eax	# MEM[(const volatile long unsigned int *)data_27(D) + 392B], _38
# drivers/e1000like/e1000like.c:776: 		if (!test_bit(__E1000LIKE_DOWN, &adapter->flags))
	testb	$4, %al	#, _38
	jne	.L107	#,
# drivers/e1000like/e1000like.c:777: 			mod_timer(&adapter->watchdog_timer, jiffies + 1);
	movl	jiffies, %edx	# jiffies, jiffies.23_10
	movl	%edi, %eax	# _44,
	incl	%edx	# tmp108
	call	mod_timer	#
	jmp	.L107	#
	.p2align 4,,10
	.p2align 3
.L123:
# drivers/e1000like/e1000like.c:780: 		netdev->stats.rx_over_errors++;
	incl	92(%esi)	# MEM[(struct net_device *)data_27(D)].stats.rx_over_errors
	jmp	.L108	#
	.size	e1000like_intr, .-e1000like_intr
	.p2align 4
	.type	e1000like_update_stats, @function
e1000like_update_stats:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:799: 	spin_lock_irqsave(&adapter->stats_lock, flags);
	leal	196(%eax), %ecx	#, _1
# drivers/e1000like/e1000like.c:795: {
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp100, adapter
# drivers/e1000like/e1000like.c:799: 	spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%ecx, %eax	# _1,
# drivers/e1000like/e1000like.c:795: {
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:804: 	adapter->hw_stats.gprc += gprc;
	xorl	%edi, %edi	# _18
# drivers/e1000like/e1000like.c:799: 	spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%ecx, -16(%ebp)	# _1, %sfp
	call	_spin_lock_irqsave	#
	movl	%eax, %edx	# tmp101, flags
# drivers/e1000like/e1000like.c:800: 	adapter->hw_stats_prev = adapter->hw_stats;
	movl	200(%ebx), %eax	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats
	movl	%eax, 216(%ebx)	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats_prev
	movl	204(%ebx), %eax	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats
	movl	%eax, 220(%ebx)	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats_prev
	movl	208(%ebx), %eax	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats
	movl	%eax, 224(%ebx)	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats_prev
	movl	212(%ebx), %eax	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats
	movl	%eax, 228(%ebx)	# adapter_8(D)->hw_stats, adapter_8(D)->hw_stats_prev
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_8(D)].hw_addr, _17
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	16500(%eax), %esi	# MEM[(const volatile u32 *)_17 + 16500B], _18
	movl	16512(%eax), %eax	# MEM[(const volatile u32 *)_17 + 16512B], _16
# drivers/e1000like/e1000like.c:804: 	adapter->hw_stats.gprc += gprc;
	addl	%esi, 200(%ebx)	# _18, adapter_8(D)->hw_stats.gprc
	adcl	%edi, 204(%ebx)	# _18, adapter_8(D)->hw_stats.gprc
# drivers/e1000like/e1000like.c:805: 	adapter->hw_stats.gptc += gptc;
	xorl	%edi, %edi	# _16
	addl	%eax, 208(%ebx)	# _16, adapter_8(D)->hw_stats.gptc
# drivers/e1000like/e1000like.c:806: 	spin_unlock_irqrestore(&adapter->stats_lock, flags);
	movl	-16(%ebp), %eax	# %sfp,
# drivers/e1000like/e1000like.c:805: 	adapter->hw_stats.gptc += gptc;
	adcl	%edi, 212(%ebx)	# _16, adapter_8(D)->hw_stats.gptc
# drivers/e1000like/e1000like.c:806: 	spin_unlock_irqrestore(&adapter->stats_lock, flags);
	call	_spin_unlock_irqrestore	#
# drivers/e1000like/e1000like.c:807: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_update_stats, .-e1000like_update_stats
	.section	.rodata.str1.1
.LC3:
	.string	"full"
.LC4:
	.string	"half"
	.section	.rodata.str1.4
	.align 4
.LC5:
	.string	"<6>%s: link up, %u Mb/s, %s duplex\n"
	.section	.rodata.str1.1
.LC6:
	.string	"<6>%s: link down\n"
	.text
	.p2align 4
	.type	e1000like_watchdog, @function
e1000like_watchdog:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$28, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp148, adapter
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:812: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %esi	# adapter_25->netdev, netdev
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%eax), %eax	# MEM[(const struct e1000like_adapter *)adapter_25].hw_addr, _52
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	8(%eax), %eax	# MEM[(const volatile u32 *)_52 + 8B], _53
# drivers/e1000like/e1000like.c:816: 	if (status & E1000_STATUS_LU) {
	testb	$2, %al	#, _53
	je	.L127	#,
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%esi), %edx	# MEM[(const volatile long unsigned int *)netdev_27 + 36B], _54
# drivers/e1000like/e1000like.c:817: 		if (!netif_carrier_ok(netdev)) {
	testb	$16, %dl	#, _54
	jne	.L142	#,
.L128:
# drivers/e1000like/e1000like.c:832: 	e1000like_update_stats(adapter);
	movl	%ebx, %eax	# adapter,
	call	e1000like_update_stats	#
# drivers/include/asm/percpu.h:46: 	__asm__ __volatile__("incl %%fs:%0" : "+m"(__preempt_count) : : "memory", "cc");
#APP
# 46 "drivers/include/asm/percpu.h" 1
	incl %fs:__preempt_count	# __preempt_count
# 0 "" 2
# drivers/include/asm/percpu.h:38: 	__asm__ __volatile__("movl %%fs:%1, %0" : "=r"(cpu) : "m"(cpu_number));
# 38 "drivers/include/asm/percpu.h" 1
	movl %fs:cpu_number, %eax	# cpu_number, cpu
# 0 "" 2
# drivers/e1000like/e1000like.c:836: 	adapter->watchdog_count++;
#NO_APP
	incl	260(%ebx)	# adapter_25->watchdog_count
# drivers/e1000like/e1000like.c:835: 	adapter->watchdog_cpu = cpu;
	movl	%eax, 264(%ebx)	# cpu, adapter_25->watchdog_cpu
# drivers/include/asm/percpu.h:51: 	__asm__ __volatile__("decl %%fs:%0" : "+m"(__preempt_count) : : "memory", "cc");
#APP
# 51 "drivers/include/asm/percpu.h" 1
	decl %fs:__preempt_count	# __preempt_count
# 0 "" 2
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
#NO_APP
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_27 + 36B], _58
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	shrl	$4, %eax	#, tmp134
	notl	%eax	# tmp135
# drivers/e1000like/e1000like.c:840: 	if (!netif_carrier_ok(netdev) &&
	andl	$1, %eax	#, iftmp.3_21
	jne	.L131	#,
# drivers/e1000like/e1000like.c:841: 	    E1000LIKE_DESC_UNUSED(&adapter->tx_ring) + 1 < adapter->tx_ring.count) {
	movl	116(%ebx), %edx	# adapter_25->tx_ring.next_to_clean, _9
	movl	112(%ebx), %esi	# adapter_25->tx_ring.next_to_use, _10
	movl	108(%ebx), %ecx	# adapter_25->tx_ring.count, pretmp_80
	cmpl	%edx, %esi	# _9, _10
	cmovnb	%ecx, %eax	# iftmp.3_21,, pretmp_80, iftmp.3_21
# drivers/e1000like/e1000like.c:841: 	    E1000LIKE_DESC_UNUSED(&adapter->tx_ring) + 1 < adapter->tx_ring.count) {
	subl	%esi, %edx	# _10, tmp136
	addl	%eax, %edx	# iftmp.3_21, tmp137
# drivers/e1000like/e1000like.c:840: 	if (!netif_carrier_ok(netdev) &&
	cmpl	%ecx, %edx	# pretmp_80, tmp137
	jb	.L143	#,
.L131:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	72(%ebx), %eax	# MEM[(const volatile long unsigned int *)adapter_25 + 72B], _49
# drivers/e1000like/e1000like.c:848: 	if (!test_bit(__E1000LIKE_DOWN, &adapter->flags))
	testb	$4, %al	#, _49
	je	.L144	#,
# drivers/e1000like/e1000like.c:850: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L127:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_27 + 36B], _56
# drivers/e1000like/e1000like.c:824: 	} else if (netif_carrier_ok(netdev)) {
	testb	$16, %al	#, _56
	jne	.L128	#,
# drivers/e1000like/e1000like.c:825: 		adapter->link_speed = 0;
	xorl	%eax, %eax	#
	movl	%eax, 184(%ebx)	#, MEM <unsigned int> [(short unsigned int *)adapter_25 + 184B]
# drivers/e1000like/e1000like.c:827: 		printk(KERN_INFO "%s: link down\n", netdev->name);
	movl	%esi, 4(%esp)	# netdev,
	movl	$.LC6, (%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:828: 		netif_carrier_off(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_carrier_off	#
# drivers/e1000like/e1000like.c:829: 		netif_stop_queue(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_stop_queue	#
	jmp	.L128	#
	.p2align 4,,10
	.p2align 3
.L144:
# drivers/e1000like/e1000like.c:849: 		mod_timer(&adapter->watchdog_timer, jiffies + E1000LIKE_WATCHDOG_PERIOD);
	movl	jiffies, %edx	# jiffies, jiffies.4_17
	movl	%ebx, %eax	# adapter,
	addl	$500, %edx	#, tmp141
	call	mod_timer	#
# drivers/e1000like/e1000like.c:850: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L142:
# drivers/e1000like/e1000like.c:163: 	switch (status & E1000_STATUS_SPEED_MASK) {
	movl	%eax, %edx	# _53, _64
	andl	$192, %edx	#, _64
	je	.L134	#,
	cmpl	$64, %edx	#, _64
	movl	$1000, %ecx	#, tmp143
	movl	$100, %edx	#, tmp142
	cmovne	%ecx, %edx	# tmp142,, tmp143, _74
	movl	%edx, %ecx	# _74, prephitmp_34
.L129:
# drivers/e1000like/e1000like.c:165: 		adapter->link_speed = 10;
	movw	%dx, 184(%ebx)	# _74, adapter_25->link_speed
# drivers/e1000like/e1000like.c:174: 	adapter->link_duplex = (status & E1000_STATUS_FD) ? 2 : 1;
	andl	$1, %eax	#, tmp129
# drivers/e1000like/e1000like.c:174: 	adapter->link_duplex = (status & E1000_STATUS_FD) ? 2 : 1;
	movl	$.LC3, %edi	#, tmp147
	cmpl	$1, %eax	#, tmp129
	sbbl	%edx, %edx	# cstore_75
	addl	$2, %edx	#, cstore_75
	testl	%eax, %eax	# tmp129
	movw	%dx, 186(%ebx)	# cstore_75, adapter_25->link_duplex
	movl	$.LC4, %eax	#, tmp146
# drivers/e1000like/e1000like.c:819: 			printk(KERN_INFO "%s: link up, %u Mb/s, %s duplex\n", netdev->name,
	movl	%ecx, 8(%esp)	# prephitmp_34,
# drivers/e1000like/e1000like.c:174: 	adapter->link_duplex = (status & E1000_STATUS_FD) ? 2 : 1;
	cmovne	%edi, %eax	# tmp146,, tmp147, iftmp.2_20
# drivers/e1000like/e1000like.c:819: 			printk(KERN_INFO "%s: link up, %u Mb/s, %s duplex\n", netdev->name,
	movl	%eax, 12(%esp)	# iftmp.2_20,
	movl	%esi, 4(%esp)	# netdev,
	movl	$.LC5, (%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:821: 			netif_carrier_on(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_carrier_on	#
# drivers/e1000like/e1000like.c:822: 			netif_wake_queue(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_wake_queue	#
	jmp	.L128	#
	.p2align 4,,10
	.p2align 3
.L143:
# drivers/e1000like/e1000like.c:842: 		adapter->tx_timeout_count++;
	incl	236(%ebx)	# adapter_25->tx_timeout_count
# drivers/e1000like/e1000like.c:843: 		schedule_work(&adapter->reset_task);
	leal	24(%ebx), %eax	#, tmp138
	call	schedule_work	#
# drivers/e1000like/e1000like.c:850: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L134:
# drivers/e1000like/e1000like.c:163: 	switch (status & E1000_STATUS_SPEED_MASK) {
	movl	$10, %edx	#, _74
	movl	$10, %ecx	#, prephitmp_34
	jmp	.L129	#
	.size	e1000like_watchdog, .-e1000like_watchdog
	.p2align 4
	.type	e1000like_get_ethtool_stats, @function
e1000like_get_ethtool_stats:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp108, netdev
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	leal	320(%eax), %edi	#, _15
# drivers/e1000like/e1000like.c:1183: {
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:1187: 	e1000like_update_stats(adapter);
	movl	%edi, %eax	# _15,
# drivers/e1000like/e1000like.c:1183: {
	movl	%ecx, %ebx	# tmp109, data
# drivers/e1000like/e1000like.c:1187: 	e1000like_update_stats(adapter);
	call	e1000like_update_stats	#
	movl	$e1000like_gstrings_stats+32, %eax	#, ivtmp.228
	movl	%ebx, %edx	# data, ivtmp.230
	jmp	.L149	#
	.p2align 4,,10
	.p2align 3
.L147:
# drivers/e1000like/e1000like.c:1194: 		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	movl	(%ecx), %ecx	# MEM[(const u32 *)p_17], iftmp.7_11
	xorl	%ebx, %ebx	# iftmp.7_11
.L148:
# drivers/e1000like/e1000like.c:1194: 		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	movl	%ecx, (%edx)	# iftmp.7_11, MEM[(u64 *)_35]
# drivers/e1000like/e1000like.c:1188: 	for (i = 0; i < E1000LIKE_STATS_LEN; i++) {
	addl	$36, %eax	#, ivtmp.228
	addl	$8, %edx	#, ivtmp.230
# drivers/e1000like/e1000like.c:1194: 		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	movl	%ebx, -4(%edx)	# iftmp.7_11, MEM[(u64 *)_35]
# drivers/e1000like/e1000like.c:1188: 	for (i = 0; i < E1000LIKE_STATS_LEN; i++) {
	cmpl	$e1000like_gstrings_stats+644, %eax	#, ivtmp.228
	je	.L153	#,
.L149:
# drivers/e1000like/e1000like.c:1191: 							      : (const char *)adapter;
	cmpb	$0, (%eax)	#, MEM <const u8> [(const struct e1000like_stat *)_32]
	movl	%esi, %ecx	# netdev, iftmp.6_10
# drivers/e1000like/e1000like.c:1192: 		const char *p = base + stat->offset;
	movzwl	2(%eax), %ebx	# MEM <const u16> [(const struct e1000like_stat *)_32 + 2B], MEM <const u16> [(const struct e1000like_stat *)_32 + 2B]
# drivers/e1000like/e1000like.c:1191: 							      : (const char *)adapter;
	cmovne	%edi, %ecx	# _15,, iftmp.6_10
# drivers/e1000like/e1000like.c:1192: 		const char *p = base + stat->offset;
	addl	%ebx, %ecx	# MEM <const u16> [(const struct e1000like_stat *)_32 + 2B], p
# drivers/e1000like/e1000like.c:1194: 		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	cmpb	$8, 1(%eax)	#, MEM <const u8> [(const struct e1000like_stat *)_32 + 1B]
	jne	.L147	#,
# drivers/e1000like/e1000like.c:1194: 		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	movl	4(%ecx), %ebx	# MEM[(const u64 *)p_17], iftmp.7_11
	movl	(%ecx), %ecx	# MEM[(const u64 *)p_17], iftmp.7_11
	jmp	.L148	#
	.p2align 4,,10
	.p2align 3
.L153:
# drivers/e1000like/e1000like.c:1196: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000like_get_ethtool_stats, .-e1000like_get_ethtool_stats
	.section	.rodata.str1.4
	.align 4
.LC7:
	.string	"<3>%s: no memory for the receive bookkeeping\n"
	.align 4
.LC8:
	.string	"<3>%s: no memory for the receive ring\n"
	.text
	.p2align 4
	.type	e1000like_setup_rx_resources, @function
e1000like_setup_rx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp129, adapter
	subl	$12, %esp	#,
# drivers/e1000like/e1000like.c:211: 	unsigned int size = sizeof(struct e1000like_buffer) * rx_ring->count;
	movl	144(%eax), %eax	# MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].count, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].count
	leal	(%eax,%eax,4), %edx	#, tmp108
	sall	$2, %edx	#, tmp109
# drivers/e1000like/e1000like.c:213: 	rx_ring->buffer_info = vmalloc(size);
	movl	%edx, -16(%ebp)	# tmp109, %sfp
	movl	%edx, %eax	# tmp109,
	call	vmalloc	#
# drivers/e1000like/e1000like.c:214: 	if (!rx_ring->buffer_info) {
	movl	-16(%ebp), %edx	# %sfp, tmp109
# drivers/e1000like/e1000like.c:213: 	rx_ring->buffer_info = vmalloc(size);
	movl	%eax, 156(%ebx)	# _2, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].buffer_info
# drivers/e1000like/e1000like.c:214: 	if (!rx_ring->buffer_info) {
	testl	%eax, %eax	# _2
	je	.L160	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	xorl	%esi, %esi	# tmp113
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# tmp109, tmp114
	shrl	$2, %ecx	#, tmp114
	movl	%eax, %edi	# tmp130, _2
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%esi, %eax	# tmp113, tmp113
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# tmp109
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:221: 	rx_ring->size = ALIGN(rx_ring->count * (unsigned int)sizeof(struct e1000like_rx_desc),
#NO_APP
	movl	144(%ebx), %edx	# MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].count, tmp115
# drivers/e1000like/e1000like.c:223: 	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
	leal	136(%ebx), %ecx	#, tmp119
	movl	80(%ebx), %eax	# adapter_19(D)->pdev, tmp136
# drivers/e1000like/e1000like.c:221: 	rx_ring->size = ALIGN(rx_ring->count * (unsigned int)sizeof(struct e1000like_rx_desc),
	sall	$4, %edx	#, tmp115
	addl	$4095, %edx	#, tmp117
# drivers/e1000like/e1000like.c:223: 	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
	addl	$52, %eax	#, tmp120
# drivers/e1000like/e1000like.c:221: 	rx_ring->size = ALIGN(rx_ring->count * (unsigned int)sizeof(struct e1000like_rx_desc),
	andl	$-4096, %edx	#, _8
# drivers/e1000like/e1000like.c:221: 	rx_ring->size = ALIGN(rx_ring->count * (unsigned int)sizeof(struct e1000like_rx_desc),
	movl	%edx, 140(%ebx)	# _8, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].size
# drivers/e1000like/e1000like.c:223: 	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
	movl	$208, (%esp)	#,
	call	dma_alloc_coherent	#
# drivers/e1000like/e1000like.c:223: 	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
	movl	%eax, 132(%ebx)	# _12, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].desc
# drivers/e1000like/e1000like.c:225: 	if (!rx_ring->desc) {
	testl	%eax, %eax	# _12
# drivers/e1000like/e1000like.c:223: 	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
	movl	%eax, %edi	# tmp131, _12
# drivers/e1000like/e1000like.c:225: 	if (!rx_ring->desc) {
	je	.L161	#,
# drivers/e1000like/e1000like.c:231: 	memset(rx_ring->desc, 0, rx_ring->size);
	movl	140(%ebx), %edx	# MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].size, _16
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%esi, %eax	# tmp113, tmp113
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# _16, tmp127
	shrl	$2, %ecx	#, tmp127
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _16
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:232: 	rx_ring->next_to_use = 0;
#NO_APP
	xorl	%eax, %eax	#
# drivers/e1000like/e1000like.c:233: 	rx_ring->next_to_clean = 0;
	xorl	%edx, %edx	#
# drivers/e1000like/e1000like.c:232: 	rx_ring->next_to_use = 0;
	movl	%eax, 148(%ebx)	#, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].next_to_use
# drivers/e1000like/e1000like.c:234: 	return 0;
	xorl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:233: 	rx_ring->next_to_clean = 0;
	movl	%edx, 152(%ebx)	#, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].next_to_clean
.L154:
# drivers/e1000like/e1000like.c:235: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L160:
# drivers/e1000like/e1000like.c:215: 		printk(KERN_ERR "%s: no memory for the receive bookkeeping\n",
	movl	76(%ebx), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
	movl	$.LC7, (%esp)	#,
	movl	%eax, 4(%esp)	# adapter_19(D)->netdev,
	call	printk	#
.L156:
# drivers/e1000like/e1000like.c:217: 		return -ENOMEM;
	movl	$-12, %eax	#, <retval>
	jmp	.L154	#
.L161:
# drivers/e1000like/e1000like.c:226: 		vfree(rx_ring->buffer_info);
	movl	156(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].buffer_info, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].buffer_info
	call	vfree	#
# drivers/e1000like/e1000like.c:228: 		printk(KERN_ERR "%s: no memory for the receive ring\n", adapter->netdev->name);
	movl	76(%ebx), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
# drivers/e1000like/e1000like.c:227: 		rx_ring->buffer_info = NULL;
	xorl	%ecx, %ecx	#
	movl	%ecx, 156(%ebx)	#, MEM[(struct e1000like_rx_ring *)adapter_19(D) + 132B].buffer_info
# drivers/e1000like/e1000like.c:228: 		printk(KERN_ERR "%s: no memory for the receive ring\n", adapter->netdev->name);
	movl	$.LC8, (%esp)	#,
	movl	%eax, 4(%esp)	# adapter_19(D)->netdev,
	call	printk	#
# drivers/e1000like/e1000like.c:229: 		return -ENOMEM;
	jmp	.L156	#
	.size	e1000like_setup_rx_resources, .-e1000like_setup_rx_resources
	.section	.rodata.str1.4
	.align 4
.LC9:
	.string	"<3>%s: no memory for the transmit bookkeeping\n"
	.align 4
.LC10:
	.string	"<3>%s: no memory for the transmit ring\n"
	.text
	.p2align 4
	.type	e1000like_setup_tx_resources, @function
e1000like_setup_tx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp129, adapter
	subl	$12, %esp	#,
# drivers/e1000like/e1000like.c:182: 	unsigned int size = sizeof(struct e1000like_buffer) * tx_ring->count;
	movl	108(%eax), %eax	# MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].count, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].count
	leal	(%eax,%eax,4), %edx	#, tmp108
	sall	$2, %edx	#, tmp109
# drivers/e1000like/e1000like.c:184: 	tx_ring->buffer_info = vmalloc(size);
	movl	%edx, -16(%ebp)	# tmp109, %sfp
	movl	%edx, %eax	# tmp109,
	call	vmalloc	#
# drivers/e1000like/e1000like.c:185: 	if (!tx_ring->buffer_info) {
	movl	-16(%ebp), %edx	# %sfp, tmp109
# drivers/e1000like/e1000like.c:184: 	tx_ring->buffer_info = vmalloc(size);
	movl	%eax, 120(%ebx)	# _2, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].buffer_info
# drivers/e1000like/e1000like.c:185: 	if (!tx_ring->buffer_info) {
	testl	%eax, %eax	# _2
	je	.L168	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	xorl	%esi, %esi	# tmp113
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# tmp109, tmp114
	shrl	$2, %ecx	#, tmp114
	movl	%eax, %edi	# tmp130, _2
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%esi, %eax	# tmp113, tmp113
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# tmp109
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:192: 	tx_ring->size = ALIGN(tx_ring->count * (unsigned int)sizeof(struct e1000like_tx_desc),
#NO_APP
	movl	108(%ebx), %edx	# MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].count, tmp115
# drivers/e1000like/e1000like.c:194: 	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
	leal	100(%ebx), %ecx	#, tmp119
	movl	80(%ebx), %eax	# adapter_19(D)->pdev, tmp136
# drivers/e1000like/e1000like.c:192: 	tx_ring->size = ALIGN(tx_ring->count * (unsigned int)sizeof(struct e1000like_tx_desc),
	sall	$4, %edx	#, tmp115
	addl	$4095, %edx	#, tmp117
# drivers/e1000like/e1000like.c:194: 	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
	addl	$52, %eax	#, tmp120
# drivers/e1000like/e1000like.c:192: 	tx_ring->size = ALIGN(tx_ring->count * (unsigned int)sizeof(struct e1000like_tx_desc),
	andl	$-4096, %edx	#, _8
# drivers/e1000like/e1000like.c:192: 	tx_ring->size = ALIGN(tx_ring->count * (unsigned int)sizeof(struct e1000like_tx_desc),
	movl	%edx, 104(%ebx)	# _8, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].size
# drivers/e1000like/e1000like.c:194: 	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
	movl	$208, (%esp)	#,
	call	dma_alloc_coherent	#
# drivers/e1000like/e1000like.c:194: 	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
	movl	%eax, 96(%ebx)	# _12, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].desc
# drivers/e1000like/e1000like.c:196: 	if (!tx_ring->desc) {
	testl	%eax, %eax	# _12
# drivers/e1000like/e1000like.c:194: 	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
	movl	%eax, %edi	# tmp131, _12
# drivers/e1000like/e1000like.c:196: 	if (!tx_ring->desc) {
	je	.L169	#,
# drivers/e1000like/e1000like.c:202: 	memset(tx_ring->desc, 0, tx_ring->size);
	movl	104(%ebx), %edx	# MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].size, _16
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%esi, %eax	# tmp113, tmp113
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# _16, tmp127
	shrl	$2, %ecx	#, tmp127
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _16
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:203: 	tx_ring->next_to_use = 0;
#NO_APP
	movl	$0, 112(%ebx)	#, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].next_to_use
# drivers/e1000like/e1000like.c:205: 	return 0;
	xorl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:204: 	tx_ring->next_to_clean = 0;
	movl	$0, 116(%ebx)	#, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].next_to_clean
.L162:
# drivers/e1000like/e1000like.c:206: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L168:
# drivers/e1000like/e1000like.c:186: 		printk(KERN_ERR "%s: no memory for the transmit bookkeeping\n",
	movl	76(%ebx), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
	movl	$.LC9, (%esp)	#,
	movl	%eax, 4(%esp)	# adapter_19(D)->netdev,
	call	printk	#
.L164:
# drivers/e1000like/e1000like.c:188: 		return -ENOMEM;
	movl	$-12, %eax	#, <retval>
	jmp	.L162	#
.L169:
# drivers/e1000like/e1000like.c:197: 		vfree(tx_ring->buffer_info);
	movl	120(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].buffer_info, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].buffer_info
	call	vfree	#
# drivers/e1000like/e1000like.c:199: 		printk(KERN_ERR "%s: no memory for the transmit ring\n", adapter->netdev->name);
	movl	76(%ebx), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
# drivers/e1000like/e1000like.c:198: 		tx_ring->buffer_info = NULL;
	movl	$0, 120(%ebx)	#, MEM[(struct e1000like_tx_ring *)adapter_19(D) + 96B].buffer_info
# drivers/e1000like/e1000like.c:199: 		printk(KERN_ERR "%s: no memory for the transmit ring\n", adapter->netdev->name);
	movl	$.LC10, (%esp)	#,
	movl	%eax, 4(%esp)	# adapter_19(D)->netdev,
	call	printk	#
# drivers/e1000like/e1000like.c:200: 		return -ENOMEM;
	jmp	.L164	#
	.size	e1000like_setup_tx_resources, .-e1000like_setup_tx_resources
	.section	.rodata.str1.1
.LC11:
	.string	"%u.%u-%u"
	.text
	.p2align 4
	.type	e1000like_get_drvinfo, @function
e1000like_get_drvinfo:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:1019: 	strlcpy(info->driver, e1000like_driver_name, sizeof(info->driver));
	movl	$32, %ecx	#,
# drivers/e1000like/e1000like.c:1015: {
	movl	%esp, %ebp	#,
	subl	$32, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp113, info
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp112, netdev
	movl	%esi, -8(%ebp)	#,
# drivers/e1000like/e1000like.c:1017: 	u16 v = adapter->eeprom_version;
	movzwl	512(%eax), %esi	# MEM[(struct e1000like_adapter *)netdev_12(D) + 320B].eeprom_version, v
# drivers/e1000like/e1000like.c:1019: 	strlcpy(info->driver, e1000like_driver_name, sizeof(info->driver));
	leal	4(%edx), %eax	#, tmp98
# drivers/e1000like/e1000like.c:1019: 	strlcpy(info->driver, e1000like_driver_name, sizeof(info->driver));
	movl	$e1000like_driver_name, %edx	#,
	call	strlcpy	#
# drivers/e1000like/e1000like.c:1020: 	strlcpy(info->version, e1000like_driver_version, sizeof(info->version));
	movl	$32, %ecx	#,
	movl	$e1000like_driver_version, %edx	#,
# drivers/e1000like/e1000like.c:1020: 	strlcpy(info->version, e1000like_driver_version, sizeof(info->version));
	leal	36(%ebx), %eax	#, tmp99
# drivers/e1000like/e1000like.c:1020: 	strlcpy(info->version, e1000like_driver_version, sizeof(info->version));
	call	strlcpy	#
# drivers/e1000like/e1000like.c:1021: 	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	movl	%esi, %eax	# v, tmp101
	andl	$15, %eax	#, tmp101
	movl	%eax, 16(%esp)	# tmp101,
	movl	%esi, %eax	# v, tmp102
	shrl	$4, %eax	#, tmp102
	shrl	$12, %esi	#, tmp107
	movzbl	%al, %eax	# tmp102, tmp105
	movl	%eax, 12(%esp)	# tmp105,
	movl	$.LC11, %eax	#,
	movl	%eax, 4(%esp)	#,
# drivers/e1000like/e1000like.c:1021: 	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	leal	68(%ebx), %eax	#, tmp108
# drivers/e1000like/e1000like.c:1021: 	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	movl	%esi, 8(%esp)	# tmp107,
# drivers/e1000like/e1000like.c:1025: 	info->eedump_len = E1000_EEPROM_WORDS * sizeof(u16);
	movl	$128, %esi	#,
# drivers/e1000like/e1000like.c:1021: 	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	movl	%eax, (%esp)	# tmp108,
# drivers/e1000like/e1000like.c:1021: 	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	call	sprintf	#
# drivers/include/linux/pci.h:127: 	return pdev->dev.bus_id;
	movl	400(%edi), %edx	# MEM[(struct e1000like_adapter *)netdev_12(D) + 320B].pdev, MEM[(struct e1000like_adapter *)netdev_12(D) + 320B].pdev
# drivers/e1000like/e1000like.c:1022: 	strlcpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	leal	100(%ebx), %eax	#, tmp111
# drivers/e1000like/e1000like.c:1022: 	strlcpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	movl	$32, %ecx	#,
# drivers/include/linux/pci.h:127: 	return pdev->dev.bus_id;
	addl	$56, %edx	#, tmp109
# drivers/e1000like/e1000like.c:1022: 	strlcpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	call	strlcpy	#
# drivers/e1000like/e1000like.c:1023: 	info->n_stats = E1000LIKE_STATS_LEN;
	movl	$17, %edx	#,
# drivers/e1000like/e1000like.c:1024: 	info->regdump_len = E1000LIKE_REGS_LEN * sizeof(u32);
	movl	$64, %ecx	#,
# drivers/e1000like/e1000like.c:1023: 	info->n_stats = E1000LIKE_STATS_LEN;
	movl	%edx, 180(%ebx)	#, info_15(D)->n_stats
# drivers/e1000like/e1000like.c:1024: 	info->regdump_len = E1000LIKE_REGS_LEN * sizeof(u32);
	movl	%ecx, 192(%ebx)	#, info_15(D)->regdump_len
# drivers/e1000like/e1000like.c:1025: 	info->eedump_len = E1000_EEPROM_WORDS * sizeof(u16);
	movl	%esi, 188(%ebx)	#, info_15(D)->eedump_len
# drivers/e1000like/e1000like.c:1026: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_get_drvinfo, .-e1000like_get_drvinfo
	.p2align 4
	.type	ethtool_set_value, @function
ethtool_set_value:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%ecx, %esi	# tmp93, actor
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:1242: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	movl	$8, %ecx	#,
# drivers/e1000like/e1000like.c:1239: {
	subl	$8, %esp	#,
# drivers/e1000like/e1000like.c:1239: {
	movl	%eax, %ebx	# tmp91, dev
# drivers/e1000like/e1000like.c:1242: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	leal	-16(%ebp), %eax	#, tmp96
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1242: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	testl	%eax, %eax	# tmp94
	jne	.L174	#,
# drivers/e1000like/e1000like.c:1244: 	actor(dev, edata.data);
	movl	%ebx, %eax	# dev,
	movl	-12(%ebp), %edx	# edata.data,
	call	*%esi	# actor
# drivers/e1000like/e1000like.c:1245: 	return 0;
	xorl	%eax, %eax	# <retval>
.L172:
# drivers/e1000like/e1000like.c:1246: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L174:
# drivers/e1000like/e1000like.c:1243: 		return -EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L172	#
	.size	ethtool_set_value, .-ethtool_set_value
	.p2align 4
	.type	ethtool_get_value, @function
ethtool_get_value:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp93, useraddr
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp94, actor
# drivers/e1000like/e1000like.c:1229: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	movl	$8, %ecx	#,
# drivers/e1000like/e1000like.c:1226: {
	movl	%edi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:1226: {
	movl	%eax, %edi	# tmp92, dev
# drivers/e1000like/e1000like.c:1229: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	leal	-20(%ebp), %eax	#, tmp99
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1229: 	if (copy_from_user(&edata, useraddr, sizeof(edata)))
	testl	%eax, %eax	# tmp95
	jne	.L179	#,
# drivers/e1000like/e1000like.c:1231: 	edata.data = actor(dev);
	movl	%edi, %eax	# dev,
	call	*%esi	# actor
# drivers/e1000like/e1000like.c:1232: 	if (copy_to_user(useraddr, &edata, sizeof(edata)))
	leal	-20(%ebp), %edx	#, tmp100
	movl	$8, %ecx	#,
# drivers/e1000like/e1000like.c:1231: 	edata.data = actor(dev);
	movl	%eax, -16(%ebp)	# tmp96, edata.data
# drivers/e1000like/e1000like.c:1232: 	if (copy_to_user(useraddr, &edata, sizeof(edata)))
	movl	%ebx, %eax	# useraddr,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1232: 	if (copy_to_user(useraddr, &edata, sizeof(edata)))
	testl	%eax, %eax	# tmp97
	jne	.L179	#,
.L176:
# drivers/e1000like/e1000like.c:1235: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L179:
# drivers/e1000like/e1000like.c:1230: 		return -EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L176	#
	.size	ethtool_get_value, .-ethtool_get_value
	.p2align 4
	.type	e1000like_ioctl, @function
e1000like_ioctl:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$216, %esp	#,
# drivers/e1000like/e1000like.c:1457: 	switch (cmd) {
	cmpl	$35142, %ecx	#, tmp258
	jne	.L226	#,
	movl	%eax, %ebx	# tmp256, netdev
# drivers/e1000like/e1000like.c:1459: 		return e1000like_ethtool_ioctl(netdev, ifr->ifr_data);
	movl	16(%edx), %eax	# ifr_6(D)->ifr_ifru.ifru_data, _1
# drivers/e1000like/e1000like.c:1422: 	if (copy_from_user(&ethcmd, useraddr, sizeof(ethcmd)))
	movl	$4, %ecx	#,
# drivers/e1000like/e1000like.c:1419: 	const struct ethtool_ops *ops = dev->ethtool_ops;
	movl	308(%ebx), %esi	# netdev_7(D)->ethtool_ops, ops
# drivers/e1000like/e1000like.c:1459: 		return e1000like_ethtool_ioctl(netdev, ifr->ifr_data);
	movl	%eax, -224(%ebp)	# _1, %sfp
# drivers/e1000like/e1000like.c:1422: 	if (copy_from_user(&ethcmd, useraddr, sizeof(ethcmd)))
	movl	%eax, %edx	# _1,
	leal	-220(%ebp), %eax	#, tmp301
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1422: 	if (copy_from_user(&ethcmd, useraddr, sizeof(ethcmd)))
	testl	%eax, %eax	# tmp259
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1425: 	switch (ethcmd) {
	movl	-220(%ebp), %eax	# ethcmd, tmp302
	subl	$3, %eax	#, tmp172
	cmpl	$29, %eax	#, tmp172
	ja	.L226	#,
	jmp	*.L185(,%eax,4)	#
	.section	.rodata
	.align 4
	.align 4
.L185:
	.long	.L196
	.long	.L195
	.long	.L226
	.long	.L226
	.long	.L194
	.long	.L193
	.long	.L192
	.long	.L191
	.long	.L190
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L189
	.long	.L188
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L226
	.long	.L187
	.long	.L226
	.long	.L186
	.long	.L226
	.long	.L226
	.long	.L184
	.text
	.p2align 4,,10
	.p2align 3
.L226:
# drivers/e1000like/e1000like.c:1461: 		return -EOPNOTSUPP;
	movl	$-95, %ebx	#, <retval>
.L181:
# drivers/e1000like/e1000like.c:1463: }
	addl	$216, %esp	#,
	movl	%ebx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L184:
# drivers/e1000like/e1000like.c:1404: 	if (copy_from_user(&epaddr, useraddr, sizeof(epaddr)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-216(%ebp), %eax	#, tmp324
	movl	$8, %ecx	#,
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1404: 	if (copy_from_user(&epaddr, useraddr, sizeof(epaddr)))
	testl	%eax, %eax	# tmp289
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1406: 	ret = dev->ethtool_ops->get_perm_addr(dev, &epaddr, data);
	movl	308(%ebx), %esi	# netdev_7(D)->ethtool_ops, netdev_7(D)->ethtool_ops
# drivers/e1000like/e1000like.c:1406: 	ret = dev->ethtool_ops->get_perm_addr(dev, &epaddr, data);
	leal	-208(%ebp), %ecx	#, tmp325
	movl	%ebx, %eax	# netdev,
	leal	-216(%ebp), %edx	#, tmp326
	call	*56(%esi)	# _111->get_perm_addr
# drivers/e1000like/e1000like.c:1407: 	if (ret)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1406: 	ret = dev->ethtool_ops->get_perm_addr(dev, &epaddr, data);
	movl	%eax, %ebx	# tmp290, <retval>
# drivers/e1000like/e1000like.c:1407: 	if (ret)
	jne	.L181	#,
# drivers/e1000like/e1000like.c:1409: 	if (copy_to_user(useraddr, &epaddr, sizeof(epaddr)))
	movl	-224(%ebp), %edi	# %sfp, _1
	leal	-216(%ebp), %edx	#, tmp327
	movl	$8, %ecx	#,
	movl	%edi, %eax	# _1,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1409: 	if (copy_to_user(useraddr, &epaddr, sizeof(epaddr)))
	testl	%eax, %eax	# tmp291
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1411: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_perm_addr, data), data,
	movl	-212(%ebp), %ecx	# epaddr.size,
	leal	-208(%ebp), %edx	#, tmp329
	movl	%edi, %eax	# _1, _1
	addl	$8, %eax	#, _1
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1411: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_perm_addr, data), data,
	testl	%eax, %eax	# tmp292
	je	.L181	#,
	.p2align 4
	.p2align 3
.L227:
# drivers/e1000like/e1000like.c:1423: 		return -EFAULT;
	movl	$-14, %ebx	#, <retval>
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L196:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$49, %ecx	#, ecx_out
	xorl	%eax, %eax	# tmp178
	leal	-208(%ebp), %edi	#, tmp303
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $196, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:1254: 	dev->ethtool_ops->get_drvinfo(dev, &info);
#NO_APP
	movl	308(%ebx), %ecx	# netdev_7(D)->ethtool_ops, netdev_7(D)->ethtool_ops
# drivers/e1000like/e1000like.c:1253: 	info.cmd = ETHTOOL_GDRVINFO;
	movl	$3, %edx	#,
# drivers/e1000like/e1000like.c:1254: 	dev->ethtool_ops->get_drvinfo(dev, &info);
	movl	%ebx, %eax	# netdev,
# drivers/e1000like/e1000like.c:1253: 	info.cmd = ETHTOOL_GDRVINFO;
	movl	%edx, -208(%ebp)	#, MEM[(struct ethtool_drvinfo *)_121].cmd
# drivers/e1000like/e1000like.c:1254: 	dev->ethtool_ops->get_drvinfo(dev, &info);
	leal	-208(%ebp), %edx	#, tmp304
	call	*(%ecx)	# _32->get_drvinfo
# drivers/e1000like/e1000like.c:1255: 	if (copy_to_user(useraddr, &info, sizeof(info)))
	movl	$196, %ecx	#,
.L244:
# drivers/e1000like/e1000like.c:1326: 	if (copy_to_user(useraddr, &ringparam, sizeof(ringparam)))
	movl	-224(%ebp), %eax	# %sfp,
	leal	-208(%ebp), %edx	#, tmp312
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1328: 	return 0;
	negl	%eax	# tmp296
	sbbl	%ebx, %ebx	# <retval>
# drivers/e1000like/e1000like.c:1463: }
	addl	$216, %esp	#,
# drivers/e1000like/e1000like.c:1328: 	return 0;
	andl	$-14, %ebx	#, <retval>
# drivers/e1000like/e1000like.c:1463: }
	movl	%ebx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L195:
# drivers/e1000like/e1000like.c:1267: 	if (copy_from_user(&regs, useraddr, sizeof(regs)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-208(%ebp), %eax	#, tmp249
	movl	$12, %ecx	#,
	movl	%eax, -228(%ebp)	# tmp249, %sfp
# drivers/e1000like/e1000like.c:1262: 	const struct ethtool_ops *ops = dev->ethtool_ops;
	movl	308(%ebx), %edi	# netdev_7(D)->ethtool_ops, ops
# drivers/e1000like/e1000like.c:1267: 	if (copy_from_user(&regs, useraddr, sizeof(regs)))
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1267: 	if (copy_from_user(&regs, useraddr, sizeof(regs)))
	testl	%eax, %eax	# tmp261
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1269: 	reglen = ops->get_regs_len(dev);
	movl	%ebx, %eax	# netdev,
	call	*4(%edi)	# ops_36->get_regs_len
# drivers/e1000like/e1000like.c:1270: 	if (regs.len > (u32)reglen)
	cmpl	-200(%ebp), %eax	# MEM[(struct ethtool_regs *)_121].len, reglen.12_41
	jb	.L246	#,
.L199:
# drivers/e1000like/e1000like.c:1273: 	regbuf = kzalloc((size_t)reglen, GFP_USER);
	movl	$131280, %edx	#,
	call	kzalloc	#
# drivers/e1000like/e1000like.c:1274: 	if (!regbuf)
	testl	%eax, %eax	# regbuf
# drivers/e1000like/e1000like.c:1273: 	regbuf = kzalloc((size_t)reglen, GFP_USER);
	movl	%eax, %esi	# tmp263, regbuf
# drivers/e1000like/e1000like.c:1274: 	if (!regbuf)
	je	.L240	#,
# drivers/e1000like/e1000like.c:1276: 	ops->get_regs(dev, &regs, regbuf);
	movl	%eax, %ecx	# regbuf,
	movl	-228(%ebp), %edx	# %sfp,
	movl	%ebx, %eax	# netdev,
	call	*8(%edi)	# ops_36->get_regs
# drivers/e1000like/e1000like.c:1279: 	if (copy_to_user(useraddr, &regs, sizeof(regs)))
	movl	-228(%ebp), %edx	# %sfp,
	movl	$12, %ecx	#,
	movl	-224(%ebp), %eax	# %sfp,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1279: 	if (copy_to_user(useraddr, &regs, sizeof(regs)))
	testl	%eax, %eax	# tmp264
	je	.L200	#,
.L222:
# drivers/e1000like/e1000like.c:1386: 	ret = -EFAULT;
	movl	$-14, %ebx	#, <retval>
.L221:
# drivers/e1000like/e1000like.c:1394: 	kfree(data);
	movl	%esi, %eax	# _101,
	call	kfree	#
# drivers/e1000like/e1000like.c:1463: }
	addl	$216, %esp	#,
	movl	%ebx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L201:
	.p2align 4,,10
	.p2align 3
.L194:
# drivers/e1000like/e1000like.c:1431: 		return ethtool_get_value(dev, useraddr, ops->get_msglevel);
	movl	12(%esi), %ecx	# ops_10->get_msglevel, ops_10->get_msglevel
	movl	%ebx, %eax	# netdev,
	movl	-224(%ebp), %edx	# %sfp,
	call	ethtool_get_value	#
	movl	%eax, %ebx	# tmp266, <retval>
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L193:
# drivers/e1000like/e1000like.c:1433: 		return ethtool_set_value(dev, useraddr, ops->set_msglevel);
	movl	16(%esi), %ecx	# ops_10->set_msglevel, ops_10->set_msglevel
	movl	%ebx, %eax	# netdev,
	movl	-224(%ebp), %edx	# %sfp,
	call	ethtool_set_value	#
	movl	%eax, %ebx	# tmp267, <retval>
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L192:
# drivers/e1000like/e1000like.c:1435: 		return ops->nway_reset(dev);
	movl	%ebx, %eax	# netdev,
	call	*20(%esi)	# ops_10->nway_reset
	movl	%eax, %ebx	# tmp268, <retval>
	.p2align 4,,4
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L191:
# drivers/e1000like/e1000like.c:1437: 		return ethtool_get_value(dev, useraddr, ops->get_link);
	movl	24(%esi), %ecx	# ops_10->get_link, ops_10->get_link
	movl	%ebx, %eax	# netdev,
	movl	-224(%ebp), %edx	# %sfp,
	call	ethtool_get_value	#
	movl	%eax, %ebx	# tmp269, <retval>
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L190:
# drivers/e1000like/e1000like.c:1297: 	if (copy_from_user(&eeprom, useraddr, sizeof(eeprom)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-208(%ebp), %eax	#, tmp249
	movl	$16, %ecx	#,
	movl	%eax, -228(%ebp)	# tmp249, %sfp
# drivers/e1000like/e1000like.c:1292: 	const struct ethtool_ops *ops = dev->ethtool_ops;
	movl	308(%ebx), %edi	# netdev_7(D)->ethtool_ops, ops
# drivers/e1000like/e1000like.c:1297: 	if (copy_from_user(&eeprom, useraddr, sizeof(eeprom)))
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1297: 	if (copy_from_user(&eeprom, useraddr, sizeof(eeprom)))
	testl	%eax, %eax	# tmp270
	jne	.L227	#,
	movl	-196(%ebp), %eax	# MEM[(struct ethtool_eeprom *)_121].len, MEM[(struct ethtool_eeprom *)_121].len
	addl	-200(%ebp), %eax	# MEM[(struct ethtool_eeprom *)_121].offset, MEM[(struct ethtool_eeprom *)_121].len
	movl	%eax, %esi	# MEM[(struct ethtool_eeprom *)_121].len, tmp197
	jc	.L207	#,
# drivers/e1000like/e1000like.c:1300: 	    eeprom.offset + eeprom.len > (u32)ops->get_eeprom_len(dev))
	movl	%ebx, %eax	# netdev,
	call	*28(%edi)	# ops_50->get_eeprom_len
# drivers/e1000like/e1000like.c:1299: 	if (eeprom.offset + eeprom.len < eeprom.offset ||
	cmpl	%esi, %eax	# tmp197, tmp271
	jb	.L207	#,
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	-196(%ebp), %eax	# MEM[(struct ethtool_eeprom *)_121].len, MEM[(struct ethtool_eeprom *)_121].len
	movl	$1, %edx	#, tmp294
	testl	%eax, %eax	# MEM[(struct ethtool_eeprom *)_121].len
	cmove	%edx, %eax	# MEM[(struct ethtool_eeprom *)_121].len,, tmp294, tmp201
	movl	$131280, %edx	#,
	call	__kmalloc	#
# drivers/e1000like/e1000like.c:1304: 	if (!data)
	testl	%eax, %eax	# _60
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	%eax, %esi	# tmp272, _60
# drivers/e1000like/e1000like.c:1304: 	if (!data)
	je	.L240	#,
# drivers/e1000like/e1000like.c:1306: 	ret = ops->get_eeprom(dev, &eeprom, data);
	movl	%eax, %ecx	# _60,
	movl	-228(%ebp), %edx	# %sfp,
	movl	%ebx, %eax	# netdev,
	call	*32(%edi)	# ops_50->get_eeprom
# drivers/e1000like/e1000like.c:1307: 	if (ret)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1306: 	ret = ops->get_eeprom(dev, &eeprom, data);
	movl	%eax, %ebx	# tmp273, <retval>
# drivers/e1000like/e1000like.c:1307: 	if (ret)
	jne	.L221	#,
# drivers/e1000like/e1000like.c:1310: 	if (copy_to_user(useraddr, &eeprom, sizeof(eeprom)))
	movl	-228(%ebp), %edx	# %sfp,
	movl	$16, %ecx	#,
	movl	-224(%ebp), %eax	# %sfp,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1310: 	if (copy_to_user(useraddr, &eeprom, sizeof(eeprom)))
	testl	%eax, %eax	# tmp274
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1312: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_eeprom, data), data,
	movl	-224(%ebp), %eax	# %sfp, _1
	movl	%esi, %edx	# _60,
	movl	-196(%ebp), %ecx	# MEM[(struct ethtool_eeprom *)_121].len,
	addl	$16, %eax	#, _1
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1312: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_eeprom, data), data,
	testl	%eax, %eax	# tmp275
	je	.L221	#,
	jmp	.L222	#
.L208:
	.p2align 4,,10
	.p2align 3
.L189:
# drivers/e1000like/e1000like.c:1323: 	struct ethtool_ringparam ringparam = { .cmd = ETHTOOL_GRINGPARAM };
	xorl	%edx, %edx	# tmp209
	xorl	%eax, %eax	# tmp210
.L211:
	movl	%edx, -204(%ebp,%eax)	# tmp209, MEM <char[32]> [(struct ethtool_ringparam *)_121]
	movl	%edx, -200(%ebp,%eax)	# tmp209, MEM <char[32]> [(struct ethtool_ringparam *)_121]
	addl	$8, %eax	#, tmp210
	cmpl	$32, %eax	#, tmp210
	jb	.L211	#,
# drivers/e1000like/e1000like.c:1325: 	dev->ethtool_ops->get_ringparam(dev, &ringparam);
	movl	308(%ebx), %ecx	# netdev_7(D)->ethtool_ops, netdev_7(D)->ethtool_ops
# drivers/e1000like/e1000like.c:1325: 	dev->ethtool_ops->get_ringparam(dev, &ringparam);
	leal	-208(%ebp), %edx	#, tmp311
# drivers/e1000like/e1000like.c:1323: 	struct ethtool_ringparam ringparam = { .cmd = ETHTOOL_GRINGPARAM };
	movl	$16, %eax	#,
	movl	%eax, -208(%ebp)	#, MEM[(struct ethtool_ringparam *)_121].cmd
# drivers/e1000like/e1000like.c:1325: 	dev->ethtool_ops->get_ringparam(dev, &ringparam);
	movl	%ebx, %eax	# netdev,
	call	*36(%ecx)	# _69->get_ringparam
# drivers/e1000like/e1000like.c:1326: 	if (copy_to_user(useraddr, &ringparam, sizeof(ringparam)))
	movl	$36, %ecx	#,
	jmp	.L244	#
	.p2align 4,,10
	.p2align 3
.L188:
# drivers/e1000like/e1000like.c:1335: 	if (copy_from_user(&ringparam, useraddr, sizeof(ringparam)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-208(%ebp), %eax	#, tmp313
	movl	$36, %ecx	#,
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1335: 	if (copy_from_user(&ringparam, useraddr, sizeof(ringparam)))
	testl	%eax, %eax	# tmp277
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1337: 	return dev->ethtool_ops->set_ringparam(dev, &ringparam);
	movl	308(%ebx), %ecx	# netdev_7(D)->ethtool_ops, netdev_7(D)->ethtool_ops
# drivers/e1000like/e1000like.c:1337: 	return dev->ethtool_ops->set_ringparam(dev, &ringparam);
	leal	-208(%ebp), %edx	#, tmp314
	movl	%ebx, %eax	# netdev,
	call	*40(%ecx)	# _74->set_ringparam
	movl	%eax, %ebx	# tmp278, <retval>
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L187:
# drivers/e1000like/e1000like.c:1347: 	if (copy_from_user(&gstrings, useraddr, sizeof(gstrings)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-208(%ebp), %eax	#, tmp315
	movl	$12, %ecx	#,
# drivers/e1000like/e1000like.c:1342: 	const struct ethtool_ops *ops = dev->ethtool_ops;
	movl	308(%ebx), %edi	# netdev_7(D)->ethtool_ops, ops
# drivers/e1000like/e1000like.c:1347: 	if (copy_from_user(&gstrings, useraddr, sizeof(gstrings)))
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1347: 	if (copy_from_user(&gstrings, useraddr, sizeof(gstrings)))
	testl	%eax, %eax	# tmp279
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1349: 	if (gstrings.string_set != ETH_SS_STATS)
	cmpl	$1, -204(%ebp)	#, MEM[(struct ethtool_gstrings *)_121].string_set
	jne	.L226	#,
# drivers/e1000like/e1000like.c:1351: 	gstrings.len = (u32)ops->get_stats_count(dev);
	movl	%ebx, %eax	# netdev,
	call	*48(%edi)	# ops_78->get_stats_count
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	$131280, %edx	#,
# drivers/e1000like/e1000like.c:1351: 	gstrings.len = (u32)ops->get_stats_count(dev);
	movl	%eax, -200(%ebp)	# _82, MEM[(struct ethtool_gstrings *)_121].len
# drivers/e1000like/e1000like.c:1353: 	data = kmalloc(gstrings.len * ETH_GSTRING_LEN, GFP_USER);
	sall	$5, %eax	#, tmp223
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	call	__kmalloc	#
# drivers/e1000like/e1000like.c:1354: 	if (!data)
	testl	%eax, %eax	# _85
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	%eax, %esi	# tmp281, _85
# drivers/e1000like/e1000like.c:1354: 	if (!data)
	je	.L240	#,
# drivers/e1000like/e1000like.c:1356: 	ops->get_strings(dev, gstrings.string_set, data);
	movl	%eax, %ecx	# _85,
	movl	-204(%ebp), %edx	# MEM[(struct ethtool_gstrings *)_121].string_set,
	movl	%ebx, %eax	# netdev,
	call	*44(%edi)	# ops_78->get_strings
# drivers/e1000like/e1000like.c:1359: 	if (copy_to_user(useraddr, &gstrings, sizeof(gstrings)))
	movl	-224(%ebp), %eax	# %sfp,
	leal	-208(%ebp), %edi	#, tmp316
	movl	$12, %ecx	#,
	movl	%edi, %edx	# tmp316,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1359: 	if (copy_to_user(useraddr, &gstrings, sizeof(gstrings)))
	testl	%eax, %eax	# tmp282
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1362: 			 gstrings.len * ETH_GSTRING_LEN))
	movl	-200(%ebp), %ecx	# MEM[(struct ethtool_gstrings *)_121].len, tmp227
# drivers/e1000like/e1000like.c:1361: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_gstrings, data), data,
	movl	%esi, %edx	# _85,
	movl	-224(%ebp), %eax	# %sfp, _1
# drivers/e1000like/e1000like.c:1362: 			 gstrings.len * ETH_GSTRING_LEN))
	sall	$5, %ecx	#, tmp227
# drivers/e1000like/e1000like.c:1361: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_gstrings, data), data,
	addl	$12, %eax	#, _1
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1361: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_gstrings, data), data,
	testl	%eax, %eax	# tmp283
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1392: 	ret = 0;
	xorl	%ebx, %ebx	# <retval>
	jmp	.L221	#
.L217:
	.p2align 4,,10
	.p2align 3
.L186:
# drivers/e1000like/e1000like.c:1377: 	if (copy_from_user(&stats, useraddr, sizeof(stats)))
	movl	-224(%ebp), %edx	# %sfp,
	leal	-208(%ebp), %eax	#, tmp319
	movl	$8, %ecx	#,
# drivers/e1000like/e1000like.c:1372: 	const struct ethtool_ops *ops = dev->ethtool_ops;
	movl	308(%ebx), %edi	# netdev_7(D)->ethtool_ops, ops
# drivers/e1000like/e1000like.c:1377: 	if (copy_from_user(&stats, useraddr, sizeof(stats)))
	call	copy_from_user	#
# drivers/e1000like/e1000like.c:1377: 	if (copy_from_user(&stats, useraddr, sizeof(stats)))
	testl	%eax, %eax	# tmp284
	jne	.L227	#,
# drivers/e1000like/e1000like.c:1379: 	stats.n_stats = (u32)ops->get_stats_count(dev);
	movl	%ebx, %eax	# netdev,
	call	*48(%edi)	# ops_95->get_stats_count
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	$131280, %edx	#,
# drivers/e1000like/e1000like.c:1379: 	stats.n_stats = (u32)ops->get_stats_count(dev);
	movl	%eax, -204(%ebp)	# _98, MEM[(struct ethtool_stats *)_121].n_stats
# drivers/e1000like/e1000like.c:1381: 	data = kmalloc(stats.n_stats * sizeof(u64), GFP_USER);
	sall	$3, %eax	#, tmp232
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	call	__kmalloc	#
# drivers/e1000like/e1000like.c:1382: 	if (!data)
	testl	%eax, %eax	# _101
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	%eax, %esi	# tmp286, _101
# drivers/e1000like/e1000like.c:1382: 	if (!data)
	je	.L240	#,
# drivers/e1000like/e1000like.c:1384: 	ops->get_ethtool_stats(dev, &stats, data);
	leal	-208(%ebp), %edx	#, tmp320
	movl	%eax, %ecx	# _101,
	movl	%ebx, %eax	# netdev,
	call	*52(%edi)	# ops_95->get_ethtool_stats
# drivers/e1000like/e1000like.c:1387: 	if (copy_to_user(useraddr, &stats, sizeof(stats)))
	movl	-224(%ebp), %eax	# %sfp,
	leal	-208(%ebp), %edi	#, tmp321
	movl	$8, %ecx	#,
	movl	%edi, %edx	# tmp321,
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1387: 	if (copy_to_user(useraddr, &stats, sizeof(stats)))
	testl	%eax, %eax	# tmp287
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1390: 			 stats.n_stats * sizeof(u64)))
	movl	-204(%ebp), %eax	# MEM[(struct ethtool_stats *)_121].n_stats, tmp322
# drivers/e1000like/e1000like.c:1389: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_stats, data), data,
	movl	%esi, %edx	# _101,
# drivers/e1000like/e1000like.c:1390: 			 stats.n_stats * sizeof(u64)))
	leal	0(,%eax,8), %ecx	#, tmp236
# drivers/e1000like/e1000like.c:1389: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_stats, data), data,
	movl	-224(%ebp), %eax	# %sfp, _1
	addl	$8, %eax	#, _1
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1389: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_stats, data), data,
	testl	%eax, %eax	# tmp288
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1392: 	ret = 0;
	xorl	%ebx, %ebx	# <retval>
	jmp	.L221	#
	.p2align 4,,10
	.p2align 3
.L246:
# drivers/e1000like/e1000like.c:1271: 		regs.len = (u32)reglen;
	movl	%eax, -200(%ebp)	# reglen.12_41, MEM[(struct ethtool_regs *)_121].len
	jmp	.L199	#
	.p2align 4,,10
	.p2align 3
.L200:
# drivers/e1000like/e1000like.c:1281: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_regs, data), regbuf,
	movl	-224(%ebp), %eax	# %sfp, _1
	movl	%esi, %edx	# regbuf,
	movl	-200(%ebp), %ecx	# MEM[(struct ethtool_regs *)_121].len,
	addl	$12, %eax	#, _1
	call	copy_to_user	#
# drivers/e1000like/e1000like.c:1281: 	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_regs, data), regbuf,
	testl	%eax, %eax	# tmp265
	jne	.L222	#,
# drivers/e1000like/e1000like.c:1392: 	ret = 0;
	xorl	%ebx, %ebx	# <retval>
	jmp	.L221	#
.L207:
# drivers/e1000like/e1000like.c:1301: 		return -EINVAL;
	movl	$-22, %ebx	#, <retval>
	.p2align 4,,2
	jmp	.L181	#
.L240:
# drivers/e1000like/e1000like.c:1383: 		return -ENOMEM;
	movl	$-12, %ebx	#, <retval>
# drivers/e1000like/e1000like.c:1447: 		return ethtool_get_stats(dev, useraddr);
	jmp	.L181	#
	.size	e1000like_ioctl, .-e1000like_ioctl
	.p2align 4
	.type	e1000like_xmit_frame, @function
e1000like_xmit_frame:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp287, netdev
	pushl	%ebx	#
	subl	$60, %esp	#,
# drivers/e1000like/e1000like.c:520: {
	movl	%eax, -48(%ebp)	# skb, %sfp
	movl	%edx, -20(%ebp)	# netdev, %sfp
# drivers/e1000like/e1000like.c:523: 	struct skb_shared_info *shinfo = skb_shinfo(skb);
	movl	144(%eax), %edx	# skb_52(D)->end, shinfo
# drivers/e1000like/e1000like.c:527: 	if (unlikely(skb->len == 0 || skb->len > netdev->mtu + ETH_HLEN)) {
	movl	96(%eax), %eax	# skb_52(D)->len, _1
# drivers/e1000like/e1000like.c:527: 	if (unlikely(skb->len == 0 || skb->len > netdev->mtu + ETH_HLEN)) {
	testl	%eax, %eax	# _1
	je	.L248	#,
# drivers/e1000like/e1000like.c:527: 	if (unlikely(skb->len == 0 || skb->len > netdev->mtu + ETH_HLEN)) {
	movl	148(%esi), %esi	# netdev_50(D)->mtu, netdev_50(D)->mtu
	movl	%esi, -16(%ebp)	# netdev_50(D)->mtu, %sfp
	leal	14(%esi), %ecx	#, tmp190
# drivers/e1000like/e1000like.c:527: 	if (unlikely(skb->len == 0 || skb->len > netdev->mtu + ETH_HLEN)) {
	cmpl	%eax, %ecx	# _1, tmp190
	jb	.L248	#,
# drivers/e1000like/e1000like.c:533: 	count = TXD_USE_COUNT(skb_headlen(skb));
	leal	4095(%eax), %esi	#, tmp192
	movl	-48(%ebp), %eax	# %sfp, skb
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	movzwl	4(%edx), %ebx	# shinfo_53->nr_frags, _221
# drivers/e1000like/e1000like.c:533: 	count = TXD_USE_COUNT(skb_headlen(skb));
	movl	100(%eax), %ecx	# MEM[(const struct sk_buff *)skb_52(D)].data_len,
	subl	%ecx, %esi	#, tmp193
# drivers/e1000like/e1000like.c:533: 	count = TXD_USE_COUNT(skb_headlen(skb));
	shrl	$12, %esi	#, count
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	testl	%ebx, %ebx	# _221
	je	.L251	#,
	addl	$28, %edx	#, ivtmp.276
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	xorl	%ecx, %ecx	# f
	.p2align 4
	.p2align 3
.L252:
# drivers/e1000like/e1000like.c:535: 		count += TXD_USE_COUNT(shinfo->frags[f].size);
	movl	(%edx), %eax	# MEM[(unsigned int *)_89], tmp342
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	incl	%ecx	# f
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	addl	$12, %edx	#, ivtmp.276
# drivers/e1000like/e1000like.c:535: 		count += TXD_USE_COUNT(shinfo->frags[f].size);
	addl	$4095, %eax	#, tmp194
	shrl	$12, %eax	#, tmp196
# drivers/e1000like/e1000like.c:535: 		count += TXD_USE_COUNT(shinfo->frags[f].size);
	addl	%eax, %esi	# tmp196, count
# drivers/e1000like/e1000like.c:534: 	for (f = 0; f < shinfo->nr_frags; f++)
	cmpl	%ebx, %ecx	# _221, f
	jne	.L252	#,
.L251:
# drivers/e1000like/e1000like.c:537: 	local_irq_save(flags);
	movb	$1, %al	#,
	movzbl	evtchn_upcall_mask, %ebx	# evtchn_upcall_mask, evtchn_upcall_mask.16_19
	movb	%al, evtchn_upcall_mask	#, evtchn_upcall_mask
# drivers/e1000like/e1000like.c:538: 	if (!spin_trylock(&tx_ring->tx_lock)) {
	movl	-20(%ebp), %eax	# %sfp, netdev
	addl	$444, %eax	#, _20
	movl	%eax, -56(%ebp)	# _20, %sfp
	call	_spin_trylock	#
# drivers/e1000like/e1000like.c:538: 	if (!spin_trylock(&tx_ring->tx_lock)) {
	testl	%eax, %eax	# tmp288
	je	.L292	#,
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	movl	-20(%ebp), %edi	# %sfp, netdev
	xorl	%edx, %edx	# iftmp.17_45
	movl	436(%edi), %eax	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].next_to_clean, _22
	movl	432(%edi), %ecx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].next_to_use, _23
	cmpl	%eax, %ecx	# _22, _23
	jb	.L255	#,
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	movl	428(%edi), %edx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].count, iftmp.17_45
.L255:
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	decl	%eax	# tmp198
	addl	$2, %esi	#, tmp201
	subl	%ecx, %eax	# _23, tmp199
# drivers/e1000like/e1000like.c:537: 	local_irq_save(flags);
	movzbl	%bl, %edi	# evtchn_upcall_mask.16_19, flags
	movl	%edi, -60(%ebp)	# flags, %sfp
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	addl	%edx, %eax	# iftmp.17_45, tmp200
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	cmpl	%esi, %eax	# tmp201, tmp200
	jb	.L293	#,
# drivers/e1000like/e1000like.c:444: 	struct device *dmadev = &adapter->pdev->dev;
	movl	-20(%ebp), %eax	# %sfp, netdev
# drivers/e1000like/e1000like.c:445: 	struct skb_shared_info *shinfo = skb_shinfo(skb);
	movl	-48(%ebp), %esi	# %sfp, skb
# drivers/e1000like/e1000like.c:444: 	struct device *dmadev = &adapter->pdev->dev;
	movl	400(%eax), %eax	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].pdev, MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].pdev
# drivers/e1000like/e1000like.c:445: 	struct skb_shared_info *shinfo = skb_shinfo(skb);
	movl	144(%esi), %edx	# skb_52(D)->end, shinfo
# drivers/e1000like/e1000like.c:444: 	struct device *dmadev = &adapter->pdev->dev;
	movl	%eax, -16(%ebp)	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].pdev, %sfp
	addl	$52, %eax	#, dmadev
	movl	%eax, -36(%ebp)	# dmadev, %sfp
# drivers/include/linux/skbuff.h:188: 	return skb->len - skb->data_len;
	movl	96(%esi), %eax	# MEM[(const struct sk_buff *)skb_52(D)].len, MEM[(const struct sk_buff *)skb_52(D)].len
# drivers/e1000like/e1000like.c:451: 	while (len) {
	subl	100(%esi), %eax	# MEM[(const struct sk_buff *)skb_52(D)].data_len, MEM[(const struct sk_buff *)skb_52(D)].len
	movl	%eax, %edi	# MEM[(const struct sk_buff *)skb_52(D)].len, len
	je	.L271	#,
# drivers/e1000like/e1000like.c:448: 	unsigned int offset = 0, size, count = 0, f;
	movl	$0, -32(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	movl	%ecx, %esi	# _23, last
# drivers/e1000like/e1000like.c:448: 	unsigned int offset = 0, size, count = 0, f;
	movl	$0, -16(%ebp)	#, %sfp
	movl	%ecx, -28(%ebp)	# _23, %sfp
	movl	%edx, -40(%ebp)	# shinfo, %sfp
	jmp	.L259	#
	.p2align 4,,10
	.p2align 3
.L272:
	movl	%eax, %esi	# i, last
.L259:
# drivers/e1000like/e1000like.c:452: 		buffer_info = &tx_ring->buffer_info[i];
	movl	-20(%ebp), %ecx	# %sfp, netdev
# drivers/e1000like/e1000like.c:452: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%esi,%esi,4), %eax	#, tmp206
# drivers/e1000like/e1000like.c:452: 		buffer_info = &tx_ring->buffer_info[i];
	movl	440(%ecx), %edx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info
# drivers/e1000like/e1000like.c:453: 		size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
	movl	$4096, %ecx	#, tmp310
	cmpl	%ecx, %edi	# tmp310, len
	cmovbe	%edi, %ecx	# len,, size
# drivers/e1000like/e1000like.c:452: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%edx,%eax,4), %ebx	#, buffer_info
# drivers/e1000like/e1000like.c:456: 		buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.20_123
# drivers/e1000like/e1000like.c:454: 		buffer_info->length = (u16)size;
	movw	%cx, 12(%ebx)	# size, buffer_info_119->length
# drivers/e1000like/e1000like.c:457: 		buffer_info->dma = dma_map_single(dmadev, skb->data + offset, size, DMA_TO_DEVICE);
	movl	-16(%ebp), %edx	# %sfp, tmp209
# drivers/e1000like/e1000like.c:455: 		buffer_info->mapped_as_page = 0;
	movb	$0, 16(%ebx)	#, buffer_info_119->mapped_as_page
# drivers/e1000like/e1000like.c:456: 		buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%ebx)	# jiffies.20_123, buffer_info_119->time_stamp
# drivers/e1000like/e1000like.c:457: 		buffer_info->dma = dma_map_single(dmadev, skb->data + offset, size, DMA_TO_DEVICE);
	movl	-48(%ebp), %eax	# %sfp, skb
	addl	136(%eax), %edx	# skb_52(D)->data, tmp209
# drivers/e1000like/e1000like.c:457: 		buffer_info->dma = dma_map_single(dmadev, skb->data + offset, size, DMA_TO_DEVICE);
	movl	$1, (%esp)	#,
	movl	%ecx, -24(%ebp)	# size, %sfp
	movl	-36(%ebp), %eax	# %sfp,
	call	dma_map_single	#
# drivers/e1000like/e1000like.c:458: 		len -= size;
	movl	-24(%ebp), %ecx	# %sfp, size
# drivers/e1000like/e1000like.c:459: 		offset += size;
	addl	%ecx, -16(%ebp)	# size, %sfp
# drivers/e1000like/e1000like.c:460: 		count++;
	incl	-32(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:458: 		len -= size;
	subl	%ecx, %edi	# size, len
# drivers/e1000like/e1000like.c:462: 		if (++i == tx_ring->count)
	movl	-20(%ebp), %ecx	# %sfp, netdev
# drivers/e1000like/e1000like.c:457: 		buffer_info->dma = dma_map_single(dmadev, skb->data + offset, size, DMA_TO_DEVICE);
	movl	%eax, 4(%ebx)	# tmp289, buffer_info_119->dma
# drivers/e1000like/e1000like.c:462: 		if (++i == tx_ring->count)
	leal	1(%esi), %eax	#, i
	cmpl	428(%ecx), %eax	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].count, i
	jne	.L258	#,
# drivers/e1000like/e1000like.c:463: 			i = 0;
	xorl	%eax, %eax	# i
.L258:
# drivers/e1000like/e1000like.c:451: 	while (len) {
	testl	%edi, %edi	# len
	jne	.L272	#,
	movl	-28(%ebp), %ecx	# %sfp, _23
	movl	-40(%ebp), %edx	# %sfp, shinfo
	movl	%esi, -40(%ebp)	# last, %sfp
	movl	%eax, %esi	# i, i
.L257:
# drivers/e1000like/e1000like.c:466: 	for (f = 0; f < shinfo->nr_frags; f++) {
	movzwl	4(%edx), %eax	# shinfo_112->nr_frags, shinfo_112->nr_frags
	testl	%eax, %eax	# shinfo_112->nr_frags
	je	.L260	#,
# drivers/e1000like/e1000like.c:466: 	for (f = 0; f < shinfo->nr_frags; f++) {
	movl	%ecx, -64(%ebp)	# _23, %sfp
	leal	20(%edx), %edi	#, ivtmp.269
	xorl	%ebx, %ebx	# f
	movl	%edi, -28(%ebp)	# ivtmp.269, %sfp
	movl	%edx, -52(%ebp)	# shinfo, %sfp
	.p2align 4
	.p2align 3
.L264:
# drivers/e1000like/e1000like.c:469: 		len = frag->size;
	movl	-28(%ebp), %ecx	# %sfp, ivtmp.269
	movl	8(%ecx), %edi	# MEM <u32> [(struct skb_frag_t *)_84 + 8B], len
# drivers/e1000like/e1000like.c:470: 		offset = frag->page_offset;
	movl	4(%ecx), %ecx	# MEM <u32> [(struct skb_frag_t *)_84 + 4B], offset
# drivers/e1000like/e1000like.c:469: 		len = frag->size;
	movl	%edi, -16(%ebp)	# len, %sfp
# drivers/e1000like/e1000like.c:471: 		while (len) {
	testl	%edi, %edi	# len
	je	.L261	#,
	movl	%esi, -40(%ebp)	# i, %sfp
	movl	%ebx, -44(%ebp)	# f, %sfp
	jmp	.L263	#
	.p2align 4,,10
	.p2align 3
.L273:
	movl	%esi, -40(%ebp)	# i, %sfp
.L263:
# drivers/e1000like/e1000like.c:472: 			buffer_info = &tx_ring->buffer_info[i];
	movl	-20(%ebp), %eax	# %sfp, netdev
# drivers/e1000like/e1000like.c:472: 			buffer_info = &tx_ring->buffer_info[i];
	leal	(%esi,%esi,4), %edx	#, tmp214
# drivers/e1000like/e1000like.c:473: 			size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
	movl	$4096, %ebx	#, tmp309
# drivers/e1000like/e1000like.c:472: 			buffer_info = &tx_ring->buffer_info[i];
	movl	440(%eax), %eax	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info
	leal	(%eax,%edx,4), %edi	#, buffer_info
# drivers/e1000like/e1000like.c:473: 			size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
	movl	-16(%ebp), %eax	# %sfp, len
# drivers/e1000like/e1000like.c:475: 			buffer_info->mapped_as_page = 1;
	movb	$1, 16(%edi)	#, buffer_info_140->mapped_as_page
# drivers/e1000like/e1000like.c:477: 			buffer_info->dma = dma_map_page(dmadev, frag->page, offset, size,
	movl	-28(%ebp), %edx	# %sfp, ivtmp.269
# drivers/e1000like/e1000like.c:473: 			size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
	cmpl	%ebx, %eax	# tmp309, len
	cmovbe	%eax, %ebx	# len,, size
# drivers/e1000like/e1000like.c:476: 			buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.21_144
# drivers/e1000like/e1000like.c:483: 			if (++i == tx_ring->count)
	incl	%esi	# i
# drivers/e1000like/e1000like.c:474: 			buffer_info->length = (u16)size;
	movw	%bx, 12(%edi)	# size, buffer_info_140->length
# drivers/e1000like/e1000like.c:476: 			buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%edi)	# jiffies.21_144, buffer_info_140->time_stamp
# drivers/e1000like/e1000like.c:477: 			buffer_info->dma = dma_map_page(dmadev, frag->page, offset, size,
	movl	$1, %eax	#,
	movl	(%edx), %edx	# MEM <struct page *> [(struct skb_frag_t *)_84], MEM <struct page *> [(struct skb_frag_t *)_84]
	movl	%eax, 4(%esp)	#,
	movl	%ebx, (%esp)	# size,
	movl	%ecx, -24(%ebp)	# offset, %sfp
	movl	-36(%ebp), %eax	# %sfp,
	call	dma_map_page	#
# drivers/e1000like/e1000like.c:480: 			offset += size;
	movl	-24(%ebp), %ecx	# %sfp, offset
# drivers/e1000like/e1000like.c:479: 			len -= size;
	subl	%ebx, -16(%ebp)	# size, %sfp
# drivers/e1000like/e1000like.c:481: 			count++;
	incl	-32(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:480: 			offset += size;
	addl	%ebx, %ecx	# size, offset
# drivers/e1000like/e1000like.c:477: 			buffer_info->dma = dma_map_page(dmadev, frag->page, offset, size,
	movl	%eax, 4(%edi)	# tmp290, buffer_info_140->dma
# drivers/e1000like/e1000like.c:483: 			if (++i == tx_ring->count)
	movl	-20(%ebp), %eax	# %sfp, netdev
	cmpl	428(%eax), %esi	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].count, i
	jne	.L262	#,
# drivers/e1000like/e1000like.c:484: 				i = 0;
	xorl	%esi, %esi	# i
.L262:
# drivers/e1000like/e1000like.c:471: 		while (len) {
	movl	-16(%ebp), %ebx	# %sfp,
	testl	%ebx, %ebx	#
	jne	.L273	#,
	movl	-52(%ebp), %eax	# %sfp, shinfo
	movl	-44(%ebp), %ebx	# %sfp, f
	movzwl	4(%eax), %eax	# shinfo_112->nr_frags, shinfo_112->nr_frags
.L261:
# drivers/e1000like/e1000like.c:466: 	for (f = 0; f < shinfo->nr_frags; f++) {
	addl	$12, -28(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:466: 	for (f = 0; f < shinfo->nr_frags; f++) {
	incl	%ebx	# f
# drivers/e1000like/e1000like.c:466: 	for (f = 0; f < shinfo->nr_frags; f++) {
	cmpl	%eax, %ebx	# shinfo_112->nr_frags, f
	jb	.L264	#,
	movl	-64(%ebp), %ecx	# %sfp, _23
.L260:
# drivers/e1000like/e1000like.c:488: 	tx_ring->buffer_info[last].skb = skb;
	movl	-20(%ebp), %ebx	# %sfp, netdev
	movl	-40(%ebp), %esi	# %sfp, last
	movl	440(%ebx), %edi	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info,
	leal	(%esi,%esi,4), %eax	#, tmp223
	sall	$2, %eax	#, tmp224
	addl	%edi, %eax	#, tmp225
	movl	-48(%ebp), %edi	# %sfp, skb
	movl	%edi, (%eax)	# skb, _160->skb
# drivers/e1000like/e1000like.c:489: 	tx_ring->buffer_info[first].next_to_watch = (u16)last;
	leal	(%ecx,%ecx,4), %eax	#, tmp230
	movl	440(%ebx), %edx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info,
	leal	(%edx,%eax,4), %eax	#, tmp232
# drivers/e1000like/e1000like.c:489: 	tx_ring->buffer_info[first].next_to_watch = (u16)last;
	movw	%si, 14(%eax)	# tmp383, _163->next_to_watch
# drivers/e1000like/e1000like.c:502: 	while (count--) {
	movl	-32(%ebp), %esi	# %sfp, count
# drivers/e1000like/e1000like.c:499: 	u32 txd_lower = adapter->txd_cmd << 24;
	movl	496(%ebx), %eax	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd, MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd
# drivers/e1000like/e1000like.c:502: 	while (count--) {
	leal	-1(%esi), %ecx	#, count
# drivers/e1000like/e1000like.c:499: 	u32 txd_lower = adapter->txd_cmd << 24;
	movl	%eax, -16(%ebp)	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd, %sfp
	movl	%eax, %edi	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd, MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd
# drivers/e1000like/e1000like.c:500: 	unsigned int i = tx_ring->next_to_use;
	movl	432(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].next_to_use, i
# drivers/e1000like/e1000like.c:499: 	u32 txd_lower = adapter->txd_cmd << 24;
	sall	$24, %edi	#, MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].txd_cmd
# drivers/e1000like/e1000like.c:502: 	while (count--) {
	testl	%esi, %esi	# count
	je	.L274	#,
	movl	%ecx, -16(%ebp)	# count, %sfp
	movl	%edi, -24(%ebp)	# txd_lower, %sfp
	.p2align 4
	.p2align 3
.L267:
# drivers/e1000like/e1000like.c:503: 		buffer_info = &tx_ring->buffer_info[i];
	movl	440(%ebx), %esi	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].buffer_info
# drivers/e1000like/e1000like.c:503: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%eax,%eax,4), %edi	#, tmp236
# drivers/e1000like/e1000like.c:504: 		tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	movl	%eax, %edx	# i, tmp239
# drivers/e1000like/e1000like.c:504: 		tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	movl	416(%ebx), %ecx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].desc,
# drivers/e1000like/e1000like.c:504: 		tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	sall	$4, %edx	#, tmp239
# drivers/e1000like/e1000like.c:508: 		if (++i == tx_ring->count)
	incl	%eax	# i
# drivers/e1000like/e1000like.c:504: 		tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
	addl	%ecx, %edx	#, tx_desc
# drivers/e1000like/e1000like.c:505: 		tx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	4(%esi,%edi,4), %ecx	# buffer_info_109->dma, tmp391
	movl	$0, 4(%edx)	#, tx_desc_101->buffer_addr
	movl	%ecx, (%edx)	# tmp391, tx_desc_101->buffer_addr
# drivers/e1000like/e1000like.c:506: 		tx_desc->lower.data = cpu_to_le32(txd_lower | buffer_info->length);
	movl	-24(%ebp), %ecx	# %sfp, txd_lower
	movzwl	12(%esi,%edi,4), %esi	# buffer_info_109->length, buffer_info_109->length
# drivers/e1000like/e1000like.c:507: 		tx_desc->upper.data = 0;
	movl	$0, 12(%edx)	#, tx_desc_101->upper.data
# drivers/e1000like/e1000like.c:506: 		tx_desc->lower.data = cpu_to_le32(txd_lower | buffer_info->length);
	orl	%ecx, %esi	# txd_lower, tmp242
	movl	%esi, 8(%edx)	# tmp242, tx_desc_101->lower.data
# drivers/e1000like/e1000like.c:508: 		if (++i == tx_ring->count)
	cmpl	%eax, 428(%ebx)	# i, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].count
	jne	.L266	#,
# drivers/e1000like/e1000like.c:509: 			i = 0;
	xorl	%eax, %eax	# i
.L266:
# drivers/e1000like/e1000like.c:502: 	while (count--) {
	decl	-16(%ebp)	# %sfp
	movl	-16(%ebp), %edi	# %sfp, count
# drivers/e1000like/e1000like.c:502: 	while (count--) {
	incl	%edi	# count
	jne	.L267	#,
.L265:
# drivers/e1000like/e1000like.c:511: 	tx_desc->lower.flags.cmd |= E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS;
	orb	$9, 11(%edx)	#, tx_desc_208->lower.flags.cmd
# drivers/e1000like/e1000like.c:514: 	wmb();
# drivers/e1000like/e1000like.c:515: 	tx_ring->next_to_use = i;
	movl	-20(%ebp), %esi	# %sfp, netdev
	movl	%eax, 432(%esi)	# i, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].next_to_use
# drivers/e1000like/e1000like.c:516: 	writel(i, (u8 __iomem *)adapter->hw_addr + tx_ring->tdt);
	movl	404(%esi), %ecx	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].hw_addr,
# drivers/e1000like/e1000like.c:516: 	writel(i, (u8 __iomem *)adapter->hw_addr + tx_ring->tdt);
	movzwl	450(%esi), %edx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].tdt, MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].tdt
# drivers/e1000like/e1000like.c:516: 	writel(i, (u8 __iomem *)adapter->hw_addr + tx_ring->tdt);
	addl	%ecx, %edx	#, _105
# drivers/e1000like/e1000like.c:557: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
	xorl	%ecx, %ecx	# iftmp.19_46
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, (%edx)	# i, MEM[(volatile u32 *)_105]
# drivers/e1000like/e1000like.c:554: 	netdev->trans_start = jiffies;
	movl	jiffies, %edx	# jiffies, jiffies.18_33
	movl	%edx, 260(%esi)	# jiffies.18_33, netdev_50(D)->trans_start
# drivers/e1000like/e1000like.c:557: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
	movl	436(%esi), %edx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].next_to_clean, _34
	cmpl	%edx, %eax	# _34, i
	jb	.L268	#,
# drivers/e1000like/e1000like.c:557: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
	movl	428(%esi), %ecx	# MEM[(struct e1000like_tx_ring *)netdev_50(D) + 416B].count, iftmp.19_46
.L268:
# drivers/e1000like/e1000like.c:557: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
	decl	%edx	# tmp245
	subl	%eax, %edx	# i, tmp246
	leal	(%edx,%ecx), %eax	#, tmp247
# drivers/e1000like/e1000like.c:557: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
	cmpl	$19, %eax	#, tmp247
	jbe	.L294	#,
.L269:
# drivers/e1000like/e1000like.c:560: 	spin_unlock_irqrestore(&tx_ring->tx_lock, flags);
	movl	-60(%ebp), %edx	# %sfp,
	movl	-56(%ebp), %eax	# %sfp,
	call	_spin_unlock_irqrestore	#
.L250:
# drivers/e1000like/e1000like.c:530: 		return NETDEV_TX_OK;
	xorl	%eax, %eax	# <retval>
.L247:
# drivers/e1000like/e1000like.c:562: }
	addl	$60, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L292:
# drivers/e1000like/e1000like.c:540: 		local_irq_restore(flags);
	movb	%bl, evtchn_upcall_mask	# evtchn_upcall_mask.16_19, evtchn_upcall_mask
# drivers/e1000like/e1000like.c:562: }
	addl	$60, %esp	#,
# drivers/e1000like/e1000like.c:541: 		return NETDEV_TX_LOCKED;
	movl	$-1, %eax	#, <retval>
# drivers/e1000like/e1000like.c:562: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L293:
# drivers/e1000like/e1000like.c:546: 		netif_stop_queue(netdev);
	movl	-20(%ebp), %esi	# %sfp, netdev
	movl	%esi, %eax	# netdev,
	call	netif_stop_queue	#
# drivers/e1000like/e1000like.c:548: 		spin_unlock_irqrestore(&tx_ring->tx_lock, flags);
	movl	-56(%ebp), %eax	# %sfp,
# drivers/e1000like/e1000like.c:547: 		adapter->tx_busy++;
	incl	560(%esi)	# MEM[(struct e1000like_adapter *)netdev_50(D) + 320B].tx_busy
# drivers/e1000like/e1000like.c:548: 		spin_unlock_irqrestore(&tx_ring->tx_lock, flags);
	movl	-60(%ebp), %edx	# %sfp,
	call	_spin_unlock_irqrestore	#
# drivers/e1000like/e1000like.c:549: 		return NETDEV_TX_BUSY;
	movl	$1, %eax	#, <retval>
	jmp	.L247	#
.L248:
# drivers/e1000like/e1000like.c:528: 		dev_kfree_skb_any(skb);
	movl	-48(%ebp), %eax	# %sfp,
	call	dev_kfree_skb_any	#
# drivers/e1000like/e1000like.c:529: 		netdev->stats.tx_dropped++;
	movl	-20(%ebp), %eax	# %sfp, netdev
	incl	76(%eax)	# netdev_50(D)->stats.tx_dropped
# drivers/e1000like/e1000like.c:530: 		return NETDEV_TX_OK;
	jmp	.L250	#
.L271:
# drivers/e1000like/e1000like.c:545: 	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
	movl	%ecx, -40(%ebp)	# _23, %sfp
	movl	%ecx, %esi	# _23, i
# drivers/e1000like/e1000like.c:448: 	unsigned int offset = 0, size, count = 0, f;
	movl	$0, -32(%ebp)	#, %sfp
	jmp	.L257	#
.L274:
# drivers/e1000like/e1000like.c:497: 	struct e1000like_tx_desc *tx_desc = NULL;
	xorl	%edx, %edx	# tx_desc
	jmp	.L265	#
.L294:
# drivers/e1000like/e1000like.c:558: 		netif_stop_queue(netdev);
	movl	-20(%ebp), %eax	# %sfp,
	call	netif_stop_queue	#
	.p2align 4,,3
	jmp	.L269	#
	.size	e1000like_xmit_frame, .-e1000like_xmit_frame
	.p2align 4
	.type	e1000like_alloc_rx_buffers, @function
e1000like_alloc_rx_buffers:
	pushl	%ebp	#
	xorl	%ecx, %ecx	# iftmp.26_35
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp151, adapter
	pushl	%esi	#
	movl	%edx, %esi	# tmp152, cleaned_count
	pushl	%ebx	#
	subl	$24, %esp	#,
# drivers/e1000like/e1000like.c:627: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %eax	# adapter_41(D)->netdev, netdev
# drivers/e1000like/e1000like.c:631: 	unsigned int i = rx_ring->next_to_use;
	movl	148(%edi), %ebx	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].next_to_use, i
# drivers/e1000like/e1000like.c:632: 	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	movl	152(%edi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].next_to_clean, _2
# drivers/e1000like/e1000like.c:627: 	struct net_device *netdev = adapter->netdev;
	movl	%eax, -28(%ebp)	# netdev, %sfp
# drivers/e1000like/e1000like.c:629: 	struct device *dmadev = &adapter->pdev->dev;
	movl	80(%edi), %eax	# adapter_41(D)->pdev, tmp173
	addl	$52, %eax	#, dmadev
# drivers/e1000like/e1000like.c:632: 	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	cmpl	%edx, %ebx	# _2, i
# drivers/e1000like/e1000like.c:629: 	struct device *dmadev = &adapter->pdev->dev;
	movl	%eax, -24(%ebp)	# dmadev, %sfp
# drivers/e1000like/e1000like.c:630: 	unsigned int bufsz = adapter->rx_buffer_len;
	movl	172(%edi), %eax	# adapter_41(D)->rx_buffer_len, bufsz
	movl	%eax, -20(%ebp)	# bufsz, %sfp
# drivers/e1000like/e1000like.c:632: 	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	jb	.L296	#,
# drivers/e1000like/e1000like.c:632: 	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	movl	144(%edi), %ecx	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].count, iftmp.26_35
.L296:
# drivers/e1000like/e1000like.c:632: 	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	decl	%edx	# tmp123
	subl	%ebx, %edx	# i, tmp124
	addl	%ecx, %edx	# iftmp.26_35, unused
	cmpl	%esi, %edx	# cleaned_count, unused
	cmovg	%esi, %edx	# unused,, cleaned_count, _3
# drivers/e1000like/e1000like.c:637: 	while (cleaned_count-- > 0) {
	leal	-1(%edx), %eax	#, cleaned_count
	movl	%eax, -16(%ebp)	# cleaned_count, %sfp
# drivers/e1000like/e1000like.c:645: 			skb = netdev_alloc_skb(netdev, bufsz + NET_IP_ALIGN);
	movl	-20(%ebp), %eax	# %sfp, bufsz
	addl	$2, %eax	#, tmp150
# drivers/e1000like/e1000like.c:637: 	while (cleaned_count-- > 0) {
	testl	%edx, %edx	# _3
# drivers/e1000like/e1000like.c:645: 			skb = netdev_alloc_skb(netdev, bufsz + NET_IP_ALIGN);
	movl	%eax, -32(%ebp)	# tmp150, %sfp
# drivers/e1000like/e1000like.c:637: 	while (cleaned_count-- > 0) {
	jg	.L297	#,
	jmp	.L295	#
	.p2align 4,,10
	.p2align 3
.L310:
# drivers/include/linux/skbuff.h:201: 	skb->len = 0;
	movl	$0, 96(%eax)	#, skb_52->len
# drivers/include/linux/skbuff.h:202: 	skb->tail = skb->data;
	movl	136(%eax), %edx	# skb_52->data, skb_52->data
	movl	%edx, 140(%eax)	# skb_52->data, skb_52->tail
.L300:
# drivers/e1000like/e1000like.c:655: 		buffer_info->mapped_as_page = 0;
	movb	$0, 16(%esi)	#, buffer_info_51->mapped_as_page
# drivers/e1000like/e1000like.c:654: 		buffer_info->length = (u16)bufsz;
	movl	-20(%ebp), %ecx	# %sfp, bufsz
	movw	%cx, 12(%esi)	# tmp178, buffer_info_51->length
# drivers/e1000like/e1000like.c:656: 		buffer_info->dma = dma_map_single(dmadev, skb->data, bufsz, DMA_FROM_DEVICE);
	movl	136(%eax), %edx	# skb_34->data, skb_34->data
	movl	$2, (%esp)	#,
	movl	-24(%ebp), %eax	# %sfp,
	call	dma_map_single	#
# drivers/e1000like/e1000like.c:658: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%ebx, %edx	# i, tmp134
# drivers/e1000like/e1000like.c:661: 		if (++i == rx_ring->count)
	incl	%ebx	# i
# drivers/e1000like/e1000like.c:658: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	sall	$4, %edx	#, tmp134
# drivers/e1000like/e1000like.c:656: 		buffer_info->dma = dma_map_single(dmadev, skb->data, bufsz, DMA_FROM_DEVICE);
	movl	%eax, 4(%esi)	# _17, buffer_info_51->dma
# drivers/e1000like/e1000like.c:658: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	132(%edi), %ecx	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].desc,
	addl	%ecx, %edx	#, rx_desc
# drivers/e1000like/e1000like.c:659: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	%eax, (%edx)	# _17, rx_desc_59->buffer_addr
	movl	$0, 4(%edx)	#, rx_desc_59->buffer_addr
# drivers/e1000like/e1000like.c:660: 		rx_desc->status = 0;
	movb	$0, 12(%edx)	#, rx_desc_59->status
# drivers/e1000like/e1000like.c:661: 		if (++i == rx_ring->count)
	cmpl	%ebx, 144(%edi)	# i, MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].count
	jne	.L303	#,
# drivers/e1000like/e1000like.c:662: 			i = 0;
	xorl	%ebx, %ebx	# i
.L303:
# drivers/e1000like/e1000like.c:637: 	while (cleaned_count-- > 0) {
	decl	-16(%ebp)	# %sfp
	movl	-16(%ebp), %eax	# %sfp, cleaned_count
# drivers/e1000like/e1000like.c:637: 	while (cleaned_count-- > 0) {
	incl	%eax	# cleaned_count
	je	.L302	#,
.L297:
# drivers/e1000like/e1000like.c:638: 		struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	movl	156(%edi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].buffer_info, MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].buffer_info
# drivers/e1000like/e1000like.c:638: 		struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	leal	(%ebx,%ebx,4), %eax	#, tmp128
# drivers/e1000like/e1000like.c:638: 		struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	leal	(%edx,%eax,4), %esi	#, buffer_info
# drivers/e1000like/e1000like.c:640: 		struct sk_buff *skb = buffer_info->skb;
	movl	(%esi), %eax	# buffer_info_51->skb, skb
# drivers/e1000like/e1000like.c:642: 		if (skb) {
	testl	%eax, %eax	# skb
	jne	.L310	#,
# drivers/include/linux/skbuff.h:160: 	return __netdev_alloc_skb(dev, length, GFP_ATOMIC);
	movl	-32(%ebp), %edx	# %sfp,
	movl	$32, %ecx	#,
	movl	-28(%ebp), %eax	# %sfp,
	call	__netdev_alloc_skb	#
# drivers/e1000like/e1000like.c:646: 			if (unlikely(!skb)) {
	testl	%eax, %eax	# skb
	je	.L311	#,
# drivers/include/linux/skbuff.h:194: 	skb->data += len;
	addl	$2, 136(%eax)	#, _67->data
# drivers/include/linux/skbuff.h:195: 	skb->tail += len;
	addl	$2, 140(%eax)	#, _67->tail
# drivers/e1000like/e1000like.c:652: 			buffer_info->skb = skb;
	movl	%eax, (%esi)	# skb, buffer_info_51->skb
	jmp	.L300	#
	.p2align 4,,10
	.p2align 3
.L311:
# drivers/e1000like/e1000like.c:647: 				adapter->alloc_rx_buff_failed++;
	incl	244(%edi)	# adapter_41(D)->alloc_rx_buff_failed
.L302:
# drivers/e1000like/e1000like.c:665: 	if (likely(rx_ring->next_to_use != i)) {
	cmpl	%ebx, 148(%edi)	# i, MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].next_to_use
	je	.L295	#,
# drivers/e1000like/e1000like.c:666: 		rx_ring->next_to_use = i;
	movl	%ebx, 148(%edi)	# i, MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].next_to_use
# drivers/e1000like/e1000like.c:667: 		wmb();
# drivers/e1000like/e1000like.c:668: 		writel(i, (u8 __iomem *)adapter->hw_addr + rx_ring->rdt);
	movzwl	162(%edi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].rdt, MEM[(struct e1000like_rx_ring *)adapter_41(D) + 132B].rdt
# drivers/e1000like/e1000like.c:668: 		writel(i, (u8 __iomem *)adapter->hw_addr + rx_ring->rdt);
	movl	84(%edi), %edx	# adapter_41(D)->hw_addr,
	addl	%edx, %eax	#, _31
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%ebx, (%eax)	# i, MEM[(volatile u32 *)_31]
.L295:
# drivers/e1000like/e1000like.c:670: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000like_alloc_rx_buffers, .-e1000like_alloc_rx_buffers
	.p2align 4
	.type	e1000like_get_strings, @function
e1000like_get_strings:
# drivers/e1000like/e1000like.c:1169: 	if (stringset != ETH_SS_STATS)
	decl	%edx	# tmp97
	jne	.L317	#,
# drivers/e1000like/e1000like.c:1166: {
	pushl	%ebp	#
	movl	%ecx, %edx	# data, ivtmp.297
	movl	%esp, %ebp	#,
	movl	$e1000like_gstrings_stats, %eax	#, ivtmp.298
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	$8, %ebx	#, tmp96
	.p2align 4
	.p2align 3
.L314:
	movl	%ebx, %ecx	# tmp96, ecx_out
	movl	%edx, %edi	# ivtmp.297, edi_out
	movl	%eax, %esi	# ivtmp.298, esi_out
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl $32, %ecx	#
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# drivers/e1000like/e1000like.c:1171: 	for (i = 0; i < E1000LIKE_STATS_LEN; i++)
#NO_APP
	addl	$36, %eax	#, ivtmp.298
	addl	$32, %edx	#, ivtmp.297
	cmpl	$e1000like_gstrings_stats+612, %eax	#, ivtmp.298
	jne	.L314	#,
# drivers/e1000like/e1000like.c:1174: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L317:
	ret	
	.size	e1000like_get_strings, .-e1000like_get_strings
	.p2align 4
	.type	e1000like_clean_rx_ring.part.0, @function
e1000like_clean_rx_ring.part.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp135, adapter
	pushl	%ebx	#
	subl	$4, %esp	#,
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	movl	144(%eax), %edx	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].count, _58
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	testl	%edx, %edx	# _58
	je	.L325	#,
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	xorl	%ebx, %ebx	# i
	jmp	.L324	#
	.p2align 4,,10
	.p2align 3
.L322:
# drivers/e1000like/e1000like.c:291: 		if (buffer_info->skb) {
	movl	(%edi), %eax	# buffer_info_5->skb, _11
# drivers/e1000like/e1000like.c:291: 		if (buffer_info->skb) {
	testl	%eax, %eax	# _11
	je	.L323	#,
# drivers/e1000like/e1000like.c:292: 			dev_kfree_skb_any(buffer_info->skb);
	.p2align 4,,5
	call	dev_kfree_skb_any	#
# drivers/e1000like/e1000like.c:293: 			buffer_info->skb = NULL;
	movl	$0, (%edi)	#, buffer_info_5->skb
.L323:
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	movl	144(%esi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].count, _13
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	incl	%ebx	# i
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	cmpl	%eax, %ebx	# _13, i
	jnb	.L334	#,
.L324:
# drivers/e1000like/e1000like.c:285: 		buffer_info = &rx_ring->buffer_info[i];
	movl	156(%esi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].buffer_info, MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].buffer_info
	leal	(%ebx,%ebx,4), %eax	#, tmp112
	leal	(%edx,%eax,4), %edi	#, buffer_info
# drivers/e1000like/e1000like.c:286: 		if (buffer_info->dma) {
	movl	4(%edi), %edx	# buffer_info_5->dma, _6
# drivers/e1000like/e1000like.c:286: 		if (buffer_info->dma) {
	testl	%edx, %edx	# _6
	je	.L322	#,
# drivers/e1000like/e1000like.c:287: 			dma_unmap_single(&adapter->pdev->dev, buffer_info->dma,
	movl	80(%esi), %eax	# adapter_1(D)->pdev, tmp138
	movzwl	12(%edi), %ecx	# buffer_info_5->length, buffer_info_5->length
	movl	$2, (%esp)	#,
	addl	$52, %eax	#, tmp116
	call	dma_unmap_single	#
# drivers/e1000like/e1000like.c:289: 			buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_5->dma
	jmp	.L322	#
	.p2align 4,,10
	.p2align 3
.L334:
# drivers/e1000like/e1000like.c:296: 	memset(rx_ring->buffer_info, 0, sizeof(struct e1000like_buffer) * rx_ring->count);
	leal	(%eax,%eax,4), %ecx	#, tmp120
	leal	0(,%ecx,4), %edx	#, _58
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	andl	$1073741823, %ecx	#, ecx_out
.L321:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	156(%esi), %edi	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].buffer_info, edi_out
	xorl	%eax, %eax	# tmp124
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _58
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:297: 	memset(rx_ring->desc, 0, rx_ring->size);
#NO_APP
	movl	140(%esi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].size, _20
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	132(%esi), %edi	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].desc, edi_out
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# _20, tmp129
	shrl	$2, %ecx	#, tmp129
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _20
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:298: 	rx_ring->next_to_use = 0;
#NO_APP
	xorl	%eax, %eax	#
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %ecx	# MEM[(const struct e1000like_adapter *)adapter_1(D)].hw_addr,
# drivers/e1000like/e1000like.c:299: 	rx_ring->next_to_clean = 0;
	xorl	%edx, %edx	#
# drivers/e1000like/e1000like.c:298: 	rx_ring->next_to_use = 0;
	movl	%eax, 148(%esi)	#, MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].next_to_use
# drivers/e1000like/e1000like.c:300: 	ew32(adapter, rx_ring->rdh, 0);
	movzwl	160(%esi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].rdh, MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].rdh
# drivers/e1000like/e1000like.c:299: 	rx_ring->next_to_clean = 0;
	movl	%edx, 152(%esi)	#, MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].next_to_clean
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	addl	%ecx, %eax	#, _28
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_28]
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %ebx	# MEM[(const struct e1000like_adapter *)adapter_1(D)].hw_addr,
# drivers/e1000like/e1000like.c:301: 	ew32(adapter, rx_ring->rdt, 0);
	movzwl	162(%esi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].rdt, MEM[(struct e1000like_rx_ring *)adapter_1(D) + 132B].rdt
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	addl	%ebx, %eax	#, _32
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_32]
# drivers/e1000like/e1000like.c:302: }
	popl	%esi	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L325:
# drivers/e1000like/e1000like.c:284: 	for (i = 0; i < rx_ring->count; i++) {
	xorl	%ecx, %ecx	# ecx_out
	jmp	.L321	#
	.size	e1000like_clean_rx_ring.part.0, .-e1000like_clean_rx_ring.part.0
	.p2align 4
	.type	e1000like_free_rx_resources, @function
e1000like_free_rx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp93, adapter
	movl	%esi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:282: 	if (!rx_ring->buffer_info)
	movl	156(%eax), %eax	# MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].buffer_info, pretmp_17
# drivers/e1000like/e1000like.c:282: 	if (!rx_ring->buffer_info)
	testl	%eax, %eax	# pretmp_17
	je	.L336	#,
	movl	%ebx, %eax	# adapter,
	call	e1000like_clean_rx_ring.part.0	#
# drivers/e1000like/e1000like.c:321: 	vfree(rx_ring->buffer_info);
	movl	156(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].buffer_info, pretmp_17
.L336:
# drivers/e1000like/e1000like.c:321: 	vfree(rx_ring->buffer_info);
	call	vfree	#
# drivers/e1000like/e1000like.c:323: 	if (rx_ring->desc)
	movl	132(%ebx), %ecx	# MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].desc, _2
# drivers/e1000like/e1000like.c:322: 	rx_ring->buffer_info = NULL;
	xorl	%edx, %edx	#
	movl	%edx, 156(%ebx)	#, MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].buffer_info
# drivers/e1000like/e1000like.c:323: 	if (rx_ring->desc)
	testl	%ecx, %ecx	# _2
	je	.L337	#,
# drivers/e1000like/e1000like.c:324: 		dma_free_coherent(&adapter->pdev->dev, rx_ring->size, rx_ring->desc, rx_ring->dma);
	movl	80(%ebx), %eax	# adapter_8(D)->pdev, tmp95
	movl	136(%ebx), %esi	# MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].dma, tmp96
	movl	140(%ebx), %edx	# MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].size, MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].size
	addl	$52, %eax	#, tmp90
	movl	%esi, (%esp)	# tmp96,
	call	dma_free_coherent	#
.L337:
# drivers/e1000like/e1000like.c:325: 	rx_ring->desc = NULL;
	xorl	%eax, %eax	#
	movl	%eax, 132(%ebx)	#, MEM[(struct e1000like_rx_ring *)adapter_8(D) + 132B].desc
# drivers/e1000like/e1000like.c:326: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_free_rx_resources, .-e1000like_free_rx_resources
	.p2align 4
	.type	e1000like_clean_rx_irq, @function
e1000like_clean_rx_irq:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp210, adapter
	pushl	%esi	#
	pushl	%ebx	#
	subl	$56, %esp	#,
# drivers/e1000like/e1000like.c:680: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %eax	# adapter_74(D)->netdev, netdev
# drivers/e1000like/e1000like.c:683: 	unsigned int i = rx_ring->next_to_clean;
	movl	152(%edi), %ecx	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].next_to_clean, i
# drivers/e1000like/e1000like.c:688: 	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	132(%edi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].desc,
# drivers/e1000like/e1000like.c:684: 	unsigned int budget = rx_ring->count;
	movl	144(%edi), %esi	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].count, budget
# drivers/e1000like/e1000like.c:680: 	struct net_device *netdev = adapter->netdev;
	movl	%eax, -44(%ebp)	# netdev, %sfp
# drivers/e1000like/e1000like.c:682: 	struct device *dmadev = &adapter->pdev->dev;
	movl	80(%edi), %eax	# adapter_74(D)->pdev, tmp218
# drivers/e1000like/e1000like.c:683: 	unsigned int i = rx_ring->next_to_clean;
	movl	%ecx, -16(%ebp)	# i, %sfp
# drivers/e1000like/e1000like.c:684: 	unsigned int budget = rx_ring->count;
	movl	%esi, -40(%ebp)	# budget, %sfp
# drivers/e1000like/e1000like.c:682: 	struct device *dmadev = &adapter->pdev->dev;
	addl	$52, %eax	#, dmadev
	movl	%eax, -48(%ebp)	# dmadev, %sfp
# drivers/e1000like/e1000like.c:688: 	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%ecx, %eax	# i, tmp161
	sall	$4, %eax	#, tmp161
# drivers/e1000like/e1000like.c:688: 	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	addl	%edx, %eax	#, tmp161
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	testl	%esi, %esi	# budget
# drivers/e1000like/e1000like.c:688: 	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%eax, -24(%ebp)	# rx_desc, %sfp
# drivers/e1000like/e1000like.c:689: 	struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	leal	(%ecx,%ecx,4), %edx	#, tmp165
# drivers/e1000like/e1000like.c:688: 	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%eax, %ebx	# tmp161, rx_desc
# drivers/e1000like/e1000like.c:689: 	struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	movl	156(%edi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].buffer_info, MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].buffer_info
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	movzbl	12(%ebx), %ebx	# rx_desc_83->status, _22
# drivers/e1000like/e1000like.c:689: 	struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
	leal	(%eax,%edx,4), %eax	#, buffer_info
	movl	%eax, -32(%ebp)	# buffer_info, %sfp
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	setne	%al	#, tmp169
	andb	%bl, %al	# _22, tmp169
	movb	%al, -61(%ebp)	# tmp169, %sfp
	je	.L361	#,
# drivers/e1000like/e1000like.c:686: 	int cleaned_count = 0;
	movl	$0, -20(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:685: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -56(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:685: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -52(%ebp)	#, %sfp
	movl	%edi, -28(%ebp)	# adapter, %sfp
	.p2align 4
	.p2align 3
.L357:
# drivers/e1000like/e1000like.c:692: 		struct sk_buff *skb = buffer_info->skb;
	movl	-32(%ebp), %edi	# %sfp, buffer_info
# drivers/e1000like/e1000like.c:696: 		budget--;
	decl	-40(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:692: 		struct sk_buff *skb = buffer_info->skb;
	movl	(%edi), %esi	# buffer_info_152->skb, skb
# drivers/e1000like/e1000like.c:699: 		rmb();
# drivers/e1000like/e1000like.c:700: 		buffer_info->skb = NULL;
	movl	$0, (%edi)	#, buffer_info_152->skb
# drivers/e1000like/e1000like.c:701: 		dma_unmap_single(dmadev, buffer_info->dma, buffer_info->length, DMA_FROM_DEVICE);
	movzwl	12(%edi), %ecx	# buffer_info_152->length, buffer_info_152->length
	movl	4(%edi), %edx	# buffer_info_152->dma, buffer_info_152->dma
	movl	$2, (%esp)	#,
	movl	-48(%ebp), %eax	# %sfp,
	call	dma_unmap_single	#
# drivers/e1000like/e1000like.c:703: 		length = le16_to_cpu(rx_desc->length);
	movl	-24(%ebp), %ecx	# %sfp, rx_desc
# drivers/e1000like/e1000like.c:705: 		if (unlikely(!(status & E1000_RXD_STAT_EOP) ||
	andb	$2, %bl	#, tmp173
# drivers/e1000like/e1000like.c:702: 		buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_152->dma
# drivers/e1000like/e1000like.c:703: 		length = le16_to_cpu(rx_desc->length);
	movzwl	8(%ecx), %eax	# rx_desc_150->length, length
# drivers/e1000like/e1000like.c:705: 		if (unlikely(!(status & E1000_RXD_STAT_EOP) ||
	je	.L347	#,
# drivers/e1000like/e1000like.c:705: 		if (unlikely(!(status & E1000_RXD_STAT_EOP) ||
	testb	$-105, 13(%ecx)	#, rx_desc_150->errors
	jne	.L347	#,
# drivers/e1000like/e1000like.c:705: 		if (unlikely(!(status & E1000_RXD_STAT_EOP) ||
	cmpl	$4, %eax	#, length
	jbe	.L347	#,
	testl	%esi, %esi	# skb
	.p2align 4,,2
	je	.L347	#,
# drivers/e1000like/e1000like.c:714: 		length -= ETH_FCS_LEN;
	leal	-4(%eax), %edx	#, length
	movl	%edx, -36(%ebp)	# length, %sfp
# drivers/e1000like/e1000like.c:716: 		if (length < E1000LIKE_COPYBREAK) {
	cmpl	$255, %edx	#, length
	jbe	.L376	#,
.L351:
# drivers/e1000like/e1000like.c:685: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	%esi, %ebx	# skb, skb
.L353:
# drivers/include/linux/skbuff.h:179: 	skb->tail += len;
	movl	-36(%ebp), %esi	# %sfp, length
	movl	140(%ebx), %eax	# skb_66->tail, _135
# drivers/include/linux/skbuff.h:180: 	skb->len += len;
	addl	%esi, 96(%ebx)	# length, skb_66->len
# drivers/include/linux/skbuff.h:179: 	skb->tail += len;
	addl	%esi, %eax	# length, _135
# drivers/include/linux/skbuff.h:181: 	if (unlikely(skb->tail > skb->end))
	cmpl	%eax, 144(%ebx)	# _135, skb_66->end
# drivers/include/linux/skbuff.h:179: 	skb->tail += len;
	movl	%eax, 140(%ebx)	# _135, skb_66->tail
# drivers/include/linux/skbuff.h:181: 	if (unlikely(skb->tail > skb->end))
	jb	.L377	#,
.L354:
# drivers/e1000like/e1000like.c:731: 		skb->protocol = eth_type_trans(skb, netdev);
	movl	-44(%ebp), %esi	# %sfp, netdev
	movl	%ebx, %eax	# skb,
# drivers/e1000like/e1000like.c:730: 		skb->ip_summed = CHECKSUM_NONE;
	andb	$-13, 116(%ebx)	#, skb_66->D.1131.D.1130.ip_summed
# drivers/e1000like/e1000like.c:731: 		skb->protocol = eth_type_trans(skb, netdev);
	movl	%esi, %edx	# netdev,
	call	eth_type_trans	#
# drivers/e1000like/e1000like.c:733: 		total_bytes += length;
	movl	-36(%ebp), %ecx	# %sfp, length
# drivers/e1000like/e1000like.c:732: 		total_packets++;
	incl	-52(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:733: 		total_bytes += length;
	addl	%ecx, -56(%ebp)	# length, %sfp
# drivers/e1000like/e1000like.c:731: 		skb->protocol = eth_type_trans(skb, netdev);
	movw	%ax, 118(%ebx)	# tmp212, skb_66->protocol
# drivers/e1000like/e1000like.c:734: 		netif_rx(skb);
	movl	%ebx, %eax	# skb,
	call	netif_rx	#
# drivers/e1000like/e1000like.c:735: 		netdev->last_rx = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.31_34
	movl	%eax, 256(%esi)	# jiffies.31_34, netdev_75->last_rx
.L350:
# drivers/e1000like/e1000like.c:738: 		rx_desc->status = 0;
	movl	-24(%ebp), %eax	# %sfp, rx_desc
# drivers/e1000like/e1000like.c:739: 		if (++i == rx_ring->count)
	incl	-16(%ebp)	# %sfp
	movl	-28(%ebp), %ecx	# %sfp, adapter
# drivers/e1000like/e1000like.c:738: 		rx_desc->status = 0;
	movb	$0, 12(%eax)	#, rx_desc_150->status
# drivers/e1000like/e1000like.c:739: 		if (++i == rx_ring->count)
	movl	-16(%ebp), %eax	# %sfp, i
	cmpl	%eax, 144(%ecx)	# i, MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].count
	je	.L362	#,
# drivers/e1000like/e1000like.c:742: 		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
	incl	-20(%ebp)	# %sfp
# drivers/e1000like/e1000like.c:747: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%eax, %esi	# i, _176
# drivers/e1000like/e1000like.c:748: 		buffer_info = &rx_ring->buffer_info[i];
	leal	(%eax,%eax,4), %ebx	#, tmp197
# drivers/e1000like/e1000like.c:747: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	sall	$4, %esi	#, _176
# drivers/e1000like/e1000like.c:742: 		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
	movl	-20(%ebp), %eax	# %sfp, cleaned_count
# drivers/e1000like/e1000like.c:748: 		buffer_info = &rx_ring->buffer_info[i];
	sall	$2, %ebx	#, _178
# drivers/e1000like/e1000like.c:742: 		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
	cmpl	$16, %eax	#, cleaned_count
	je	.L378	#,
.L356:
# drivers/e1000like/e1000like.c:747: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	-28(%ebp), %edx	# %sfp, adapter
	movl	132(%edx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].desc, _176
# drivers/e1000like/e1000like.c:748: 		buffer_info = &rx_ring->buffer_info[i];
	movl	156(%edx), %ecx	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].buffer_info,
# drivers/e1000like/e1000like.c:747: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	addl	%esi, %eax	# _176, _176
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	movl	-40(%ebp), %esi	# %sfp,
# drivers/e1000like/e1000like.c:747: 		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	movl	%eax, -24(%ebp)	# rx_desc, %sfp
# drivers/e1000like/e1000like.c:748: 		buffer_info = &rx_ring->buffer_info[i];
	addl	%ecx, %ebx	#, _178
	movl	%ebx, -32(%ebp)	# _178, %sfp
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	movzbl	12(%eax), %ebx	# rx_desc_113->status, _22
# drivers/e1000like/e1000like.c:691: 	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
	testl	%esi, %esi	#
	je	.L374	#,
	movb	%bl, %al	# _22, tmp204
	andb	$1, %al	#, tmp204
	jne	.L357	#,
	movl	%edx, %edi	# adapter, adapter
.L346:
# drivers/e1000like/e1000like.c:750: 	rx_ring->next_to_clean = i;
	movl	-16(%ebp), %ebx	# %sfp, i
# drivers/e1000like/e1000like.c:752: 	cleaned_count = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	xorl	%edx, %edx	# iftmp.32_67
	movl	148(%edi), %eax	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].next_to_use, _45
# drivers/e1000like/e1000like.c:750: 	rx_ring->next_to_clean = i;
	movl	%ebx, 152(%edi)	# i, MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].next_to_clean
# drivers/e1000like/e1000like.c:752: 	cleaned_count = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	cmpl	%ebx, %eax	# i, _45
	jb	.L359	#,
# drivers/e1000like/e1000like.c:752: 	cleaned_count = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	movl	144(%edi), %edx	# MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].count, iftmp.32_67
.L359:
# drivers/e1000like/e1000like.c:752: 	cleaned_count = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	movl	-16(%ebp), %ecx	# %sfp, i
	subl	%eax, %ecx	# _45, i
	leal	-1(%edx,%ecx), %edx	#, cleaned_count
# drivers/e1000like/e1000like.c:753: 	if (cleaned_count)
	testl	%edx, %edx	# cleaned_count
	je	.L360	#,
# drivers/e1000like/e1000like.c:754: 		adapter->alloc_rx_buf(adapter, cleaned_count);
	movl	%edi, %eax	# adapter,
	call	*168(%edi)	# adapter_74(D)->alloc_rx_buf
.L360:
# drivers/e1000like/e1000like.c:756: 	netdev->stats.rx_packets += total_packets;
	movl	-44(%ebp), %eax	# %sfp, netdev
	movl	-52(%ebp), %edx	# %sfp, total_packets
	addl	%edx, 48(%eax)	# total_packets, netdev_75->stats.rx_packets
# drivers/e1000like/e1000like.c:757: 	netdev->stats.rx_bytes += total_bytes;
	movl	-56(%ebp), %edx	# %sfp, total_bytes
	addl	%edx, 56(%eax)	# total_bytes, netdev_75->stats.rx_bytes
# drivers/e1000like/e1000like.c:759: }
	movzbl	-61(%ebp), %eax	# %sfp,
	addl	$56, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L376:
# drivers/e1000like/e1000like.c:717: 			struct sk_buff *copy = netdev_alloc_skb(netdev, length + NET_IP_ALIGN);
	leal	-2(%eax), %edx	#, _27
# drivers/include/linux/skbuff.h:160: 	return __netdev_alloc_skb(dev, length, GFP_ATOMIC);
	movl	-44(%ebp), %eax	# %sfp,
	movl	$32, %ecx	#,
	movl	%edx, -60(%ebp)	# _27, %sfp
	call	__netdev_alloc_skb	#
# drivers/e1000like/e1000like.c:719: 			if (copy) {
	movl	-60(%ebp), %edx	# %sfp, _27
	testl	%eax, %eax	# skb
# drivers/include/linux/skbuff.h:160: 	return __netdev_alloc_skb(dev, length, GFP_ATOMIC);
	movl	%eax, %ebx	# tmp211, skb
# drivers/e1000like/e1000like.c:719: 			if (copy) {
	je	.L351	#,
# drivers/include/linux/skbuff.h:194: 	skb->data += len;
	movl	136(%eax), %edi	# _125->data, _126
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _27, tmp184
# drivers/include/linux/skbuff.h:195: 	skb->tail += len;
	addl	$2, 140(%ebx)	#, _125->tail
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp184
# drivers/include/linux/skbuff.h:194: 	skb->data += len;
	leal	2(%edi), %eax	#, tmp180
	movl	%eax, 136(%ebx)	# tmp180, _125->data
# drivers/e1000like/e1000like.c:721: 				memcpy(copy->data - NET_IP_ALIGN, skb->data - NET_IP_ALIGN,
	movl	%esi, %eax	# skb, skb
	movl	136(%esi), %esi	# skb_85->data, skb_85->data
	movl	%esi, -60(%ebp)	# skb_85->data, %sfp
	subl	$2, %esi	#, tmp185
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _27
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# drivers/e1000like/e1000like.c:723: 				buffer_info->skb = skb;
#NO_APP
	movl	-32(%ebp), %edx	# %sfp, buffer_info
	movl	%eax, (%edx)	# skb, buffer_info_152->skb
# drivers/e1000like/e1000like.c:725: 				adapter->rx_copybreak++;
	movl	-28(%ebp), %eax	# %sfp, adapter
	incl	248(%eax)	# adapter_74(D)->rx_copybreak
	jmp	.L353	#
	.p2align 4,,10
	.p2align 3
.L362:
# drivers/e1000like/e1000like.c:742: 		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
	incl	-20(%ebp)	# %sfp
	xorl	%ebx, %ebx	# _178
	xorl	%esi, %esi	# _176
# drivers/e1000like/e1000like.c:740: 			i = 0;
	movl	$0, -16(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:742: 		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
	movl	-20(%ebp), %eax	# %sfp, cleaned_count
	cmpl	$16, %eax	#, cleaned_count
	jne	.L356	#,
.L378:
# drivers/e1000like/e1000like.c:743: 			rx_ring->next_to_clean = i;
	movl	-16(%ebp), %edx	# %sfp, i
	movl	-28(%ebp), %eax	# %sfp, adapter
	movl	%edx, 152(%eax)	# i, MEM[(struct e1000like_rx_ring *)adapter_74(D) + 132B].next_to_clean
# drivers/e1000like/e1000like.c:744: 			adapter->alloc_rx_buf(adapter, cleaned_count);
	movl	$16, %edx	#,
	call	*168(%eax)	# adapter_74(D)->alloc_rx_buf
# drivers/e1000like/e1000like.c:745: 			cleaned_count = 0;
	movl	$0, -20(%ebp)	#, %sfp
	jmp	.L356	#
	.p2align 4,,10
	.p2align 3
.L347:
# drivers/e1000like/e1000like.c:709: 			adapter->rx_frame_errors++;
	movl	-28(%ebp), %eax	# %sfp, adapter
	incl	252(%eax)	# adapter_74(D)->rx_frame_errors
# drivers/e1000like/e1000like.c:710: 			netdev->stats.rx_errors++;
	movl	-44(%ebp), %eax	# %sfp, netdev
	incl	64(%eax)	# netdev_75->stats.rx_errors
# drivers/e1000like/e1000like.c:711: 			buffer_info->skb = skb;
	movl	-32(%ebp), %eax	# %sfp, buffer_info
	movl	%esi, (%eax)	# skb, buffer_info_152->skb
# drivers/e1000like/e1000like.c:712: 			goto next_desc;
	jmp	.L350	#
	.p2align 4,,10
	.p2align 3
.L377:
# drivers/include/linux/skbuff.h:182: 		skb_over_panic(skb, (int)len, current_text_addr());
	movl	%esi, %edx	# length,
	movl	%ebx, %eax	# skb,
# drivers/include/linux/skbuff.h:182: 		skb_over_panic(skb, (int)len, current_text_addr());
#APP
# 182 "drivers/include/linux/skbuff.h" 1
	movl $1f, %ecx	# pc
1:
# 0 "" 2
# drivers/include/linux/skbuff.h:182: 		skb_over_panic(skb, (int)len, current_text_addr());
#NO_APP
	call	skb_over_panic	#
	jmp	.L354	#
	.p2align 4,,10
	.p2align 3
.L374:
	movl	-28(%ebp), %edi	# %sfp, adapter
	jmp	.L346	#
	.p2align 4,,10
	.p2align 3
.L361:
# drivers/e1000like/e1000like.c:685: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -56(%ebp)	#, %sfp
# drivers/e1000like/e1000like.c:685: 	unsigned int total_packets = 0, total_bytes = 0;
	movl	$0, -52(%ebp)	#, %sfp
	jmp	.L346	#
	.size	e1000like_clean_rx_irq, .-e1000like_clean_rx_irq
	.p2align 4
	.type	e1000like_set_mac, @function
e1000like_set_mac:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp124, p
	pushl	%esi	#
# drivers/e1000like/e1000like.c:932: 	if (!is_valid_ether_addr((const u8 *)addr->sa_data))
	leal	2(%edx), %esi	#, _1
# drivers/include/linux/netdevice.h:216: 	return addr[0] & 0x01;
	movzbl	2(%edx), %edx	# MEM[(const u8 *)p_11(D) + 2B], _18
# drivers/include/linux/netdevice.h:221: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	movb	%dl, %cl	# _18, tmp110
	andb	$1, %cl	#, tmp110
# drivers/e1000like/e1000like.c:933: 		return -EINVAL;
	movl	$-22, %ecx	#, <retval>
# drivers/include/linux/netdevice.h:221: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	jne	.L379	#,
# drivers/include/linux/netdevice.h:211: 	return !(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]);
	movzbl	3(%edi), %ecx	# MEM[(const u8 *)p_11(D) + 3B],
	orb	%cl, %dl	#, tmp111
	movzbl	4(%edi), %ecx	# MEM[(const u8 *)p_11(D) + 4B],
	orb	%cl, %dl	#, tmp112
	movzbl	5(%edi), %ecx	# MEM[(const u8 *)p_11(D) + 5B],
	orb	%cl, %dl	#, tmp113
	movzbl	6(%edi), %ecx	# MEM[(const u8 *)p_11(D) + 6B],
	orb	%cl, %dl	#, tmp114
# drivers/e1000like/e1000like.c:933: 		return -EINVAL;
	movl	$-22, %ecx	#, <retval>
# drivers/include/linux/netdevice.h:221: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	orb	7(%edi), %dl	# MEM[(const u8 *)p_11(D) + 7B], tmp125
	je	.L379	#,
# drivers/e1000like/e1000like.c:934: 	memcpy(netdev->dev_addr, addr->sa_data, netdev->addr_len);
	movzbl	156(%eax), %edx	# netdev_9(D)->addr_len, _4
	leal	221(%eax), %edi	#, tmp120
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _4, tmp119
	shrl	$2, %ecx	#, tmp119
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _4
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
#NO_APP
	movl	404(%eax), %ecx	# MEM[(const struct e1000like_adapter *)netdev_9(D) + 320B].hw_addr, _52
# drivers/e1000like/e1000like.c:121: 	u32 ral = (u32)addr[0] | ((u32)addr[1] << 8) | ((u32)addr[2] << 16) |
	movl	221(%eax), %esi	# MEM <unsigned int> [(const u8 *)netdev_9(D) + 221B], ral
# drivers/e1000like/e1000like.c:123: 	u32 rah = (u32)addr[4] | ((u32)addr[5] << 8) | E1000_RAH_AV;
	movzwl	225(%eax), %edx	# MEM <short unsigned int> [(const u8 *)netdev_9(D) + 225B], MEM <short unsigned int> [(const u8 *)netdev_9(D) + 225B]
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%esi, 21504(%ecx)	# ral, MEM[(volatile u32 *)_52 + 21504B]
# drivers/e1000like/e1000like.c:936: 	return 0;
	xorl	%ecx, %ecx	# <retval>
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%eax), %eax	# MEM[(const struct e1000like_adapter *)netdev_9(D) + 320B].hw_addr, _53
# drivers/e1000like/e1000like.c:123: 	u32 rah = (u32)addr[4] | ((u32)addr[5] << 8) | E1000_RAH_AV;
	orl	$-2147483648, %edx	#, rah
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%edx, 21508(%eax)	# rah, MEM[(volatile u32 *)_53 + 21508B]
.L379:
# drivers/e1000like/e1000like.c:937: }
	popl	%esi	#
	movl	%ecx, %eax	# <retval>,
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000like_set_mac, .-e1000like_set_mac
	.p2align 4
	.type	e1000like_get_eeprom, @function
e1000like_get_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$20, %esp	#,
# drivers/e1000like/e1000like.c:1058: {
	movl	%edx, -28(%ebp)	# eeprom, %sfp
	movl	%ecx, -32(%ebp)	# tmp140, %sfp
# drivers/e1000like/e1000like.c:1064: 	if (eeprom->len == 0)
	movl	%edx, %ecx	# eeprom, eeprom
	movl	12(%edx), %edx	# eeprom_35(D)->len, _1
# drivers/e1000like/e1000like.c:1064: 	if (eeprom->len == 0)
	testl	%edx, %edx	# _1
	je	.L393	#,
	movl	%eax, %edi	# tmp138, netdev
# drivers/e1000like/e1000like.c:1066: 	first_word = eeprom->offset >> 1;
	movl	8(%ecx), %eax	# eeprom_35(D)->offset, _2
# drivers/e1000like/e1000like.c:1066: 	first_word = eeprom->offset >> 1;
	movl	%eax, %ebx	# _2, first_word
# drivers/e1000like/e1000like.c:1067: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	leal	-1(%edx,%eax), %eax	#, tmp120
# drivers/e1000like/e1000like.c:1066: 	first_word = eeprom->offset >> 1;
	shrl	%ebx	# first_word
# drivers/e1000like/e1000like.c:1067: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	movl	%eax, %edx	# tmp120, last_word
	shrl	%edx	# last_word
# drivers/e1000like/e1000like.c:1068: 	if (last_word >= E1000_EEPROM_WORDS)
	cmpl	$127, %eax	#, tmp120
	ja	.L393	#,
# drivers/e1000like/e1000like.c:1070: 	eeprom->magic = adapter->pdev->vendor | ((u32)adapter->pdev->device << 16);
	movl	400(%edi), %eax	# MEM[(struct e1000like_adapter *)netdev_33(D) + 320B].pdev, MEM[(struct e1000like_adapter *)netdev_33(D) + 320B].pdev
# drivers/e1000like/e1000like.c:1072: 	words = kmalloc(sizeof(u16) * (last_word - first_word + 1), GFP_KERNEL);
	subl	%ebx, %edx	# first_word, last_word
	movl	%edx, -24(%ebp)	# _12, %sfp
# drivers/e1000like/e1000like.c:1070: 	eeprom->magic = adapter->pdev->vendor | ((u32)adapter->pdev->device << 16);
	movl	24(%eax), %eax	# MEM <unsigned int> [(short unsigned int *)_5 + 24B], _11
# drivers/e1000like/e1000like.c:1070: 	eeprom->magic = adapter->pdev->vendor | ((u32)adapter->pdev->device << 16);
	movl	%eax, 4(%ecx)	# _11, eeprom_35(D)->magic
# drivers/e1000like/e1000like.c:1072: 	words = kmalloc(sizeof(u16) * (last_word - first_word + 1), GFP_KERNEL);
	leal	2(%edx,%edx), %eax	#, tmp123
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	$208, %edx	#,
	call	__kmalloc	#
# drivers/e1000like/e1000like.c:1073: 	if (!words)
	testl	%eax, %eax	# _48
# drivers/include/linux/slab.h:33: 	return __kmalloc(size, flags);
	movl	%eax, %edx	# tmp141, _48
# drivers/e1000like/e1000like.c:1073: 	if (!words)
	je	.L394	#,
# drivers/e1000like/e1000like.c:1075: 	for (i = 0; i <= last_word - first_word; i++) {
	movl	%edx, -16(%ebp)	# _48, %sfp
# drivers/e1000like/e1000like.c:1076: 		ret = e1000like_read_eeprom(adapter, (u16)(first_word + i), &words[i]);
	movzwl	%bx, %eax	# first_word, _73
# drivers/e1000like/e1000like.c:1075: 	for (i = 0; i <= last_word - first_word; i++) {
	xorl	%esi, %esi	# i
# drivers/e1000like/e1000like.c:1076: 		ret = e1000like_read_eeprom(adapter, (u16)(first_word + i), &words[i]);
	movl	%eax, -20(%ebp)	# _73, %sfp
	.p2align 4
	.p2align 3
.L388:
	movl	-20(%ebp), %eax	# %sfp, _73
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%edi), %ebx	# MEM[(const struct e1000like_adapter *)netdev_33(D) + 320B].hw_addr, _55
# drivers/e1000like/e1000like.c:1076: 		ret = e1000like_read_eeprom(adapter, (u16)(first_word + i), &words[i]);
	addl	%esi, %eax	# i, tmp125
# drivers/e1000like/e1000like.c:93: 	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	movzwl	%ax, %eax	# tmp125, tmp126
# drivers/e1000like/e1000like.c:93: 	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	sall	$8, %eax	#, tmp127
# drivers/e1000like/e1000like.c:93: 	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	orl	$1, %eax	#, _54
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 20(%ebx)	# _54, MEM[(volatile u32 *)_55 + 20B]
	movl	$100, %ebx	#, ivtmp_7
	jmp	.L390	#
	.p2align 4,,10
	.p2align 3
.L387:
# drivers/e1000like/e1000like.c:100: 		udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/e1000like/e1000like.c:94: 	for (i = 0; i < E1000_EERD_POLLS; i++) {
	decl	%ebx	# ivtmp_7
	je	.L399	#,
.L390:
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%edi), %eax	# MEM[(const struct e1000like_adapter *)netdev_33(D) + 320B].hw_addr, _56
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	20(%eax), %eax	# MEM[(const volatile u32 *)_56 + 20B], _57
# drivers/e1000like/e1000like.c:96: 		if (eerd & E1000_EERD_DONE) {
	testb	$16, %al	#, _57
	je	.L387	#,
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	movl	-16(%ebp), %ecx	# %sfp, _48
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	shrl	$16, %eax	#, tmp129
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	movw	%ax, (%ecx,%esi,2)	# tmp129, MEM[(u16 *)_48 + i_59 * 2]
# drivers/e1000like/e1000like.c:1075: 	for (i = 0; i <= last_word - first_word; i++) {
	incl	%esi	# i
# drivers/e1000like/e1000like.c:1075: 	for (i = 0; i <= last_word - first_word; i++) {
	cmpl	%esi, -24(%ebp)	# i, %sfp
	jnb	.L388	#,
# drivers/e1000like/e1000like.c:1081: 		memcpy(bytes, (u8 *)words + (eeprom->offset & 1), eeprom->len);
	movl	-28(%ebp), %esi	# %sfp, eeprom
	movl	%ecx, %edx	# _48, _48
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-32(%ebp), %edi	# %sfp, edi_out
# drivers/e1000like/e1000like.c:1081: 		memcpy(bytes, (u8 *)words + (eeprom->offset & 1), eeprom->len);
	movl	12(%esi), %eax	# eeprom_35(D)->len, _21
	movl	8(%esi), %esi	# eeprom_35(D)->offset, eeprom_35(D)->offset
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# _21, tmp134
	shrl	$2, %ecx	#, tmp134
# drivers/e1000like/e1000like.c:1081: 		memcpy(bytes, (u8 *)words + (eeprom->offset & 1), eeprom->len);
	andl	$1, %esi	#, tmp135
	addl	%edx, %esi	# _48, tmp137
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %eax, %ecx	# _21
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# drivers/include/asm/string.h:29: 	return dst;
#NO_APP
	xorl	%esi, %esi	# <retval>
	jmp	.L391	#
.L399:
	movl	-16(%ebp), %edx	# %sfp, _48
	movl	$-110, %esi	#, <retval>
.L391:
# drivers/e1000like/e1000like.c:1082: 	kfree(words);
	movl	%edx, %eax	# _48,
	call	kfree	#
.L385:
# drivers/e1000like/e1000like.c:1084: }
	addl	$20, %esp	#,
	movl	%esi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L393:
# drivers/e1000like/e1000like.c:1065: 		return -EINVAL;
	movl	$-22, %esi	#, <retval>
	jmp	.L385	#
.L394:
# drivers/e1000like/e1000like.c:1074: 		return -ENOMEM;
	movl	$-12, %esi	#, <retval>
	jmp	.L385	#
	.size	e1000like_get_eeprom, .-e1000like_get_eeprom
	.section	.rodata.str1.4
	.align 4
.LC12:
	.string	"<3>%s: no usable DMA configuration\n"
	.align 4
.LC13:
	.string	"<3>%s: invalid MAC address in the EEPROM\n"
	.align 4
.LC14:
	.string	"<6>%s: %s (%04x:%04x rev %u) at 0x%08lx, irq %u, MAC %02x:%02x:%02x:%02x:%02x:%02x\n"
	.text
	.p2align 4
	.type	e1000like_probe, @function
e1000like_probe:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$80, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp219, pdev
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:1492: 	err = pci_enable_device(pdev);
	call	pci_enable_device	#
# drivers/e1000like/e1000like.c:1493: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1492: 	err = pci_enable_device(pdev);
	movl	%eax, %esi	# tmp220, <retval>
# drivers/e1000like/e1000like.c:1493: 	if (err)
	je	.L434	#,
.L400:
# drivers/e1000like/e1000like.c:1598: }
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L434:
# drivers/e1000like/e1000like.c:1496: 	err = pci_set_dma_mask(pdev, DMA_32BIT_MASK);
	xorl	%ecx, %ecx	#
	movl	$-1, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_set_dma_mask	#
# drivers/e1000like/e1000like.c:1497: 	if (!err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1496: 	err = pci_set_dma_mask(pdev, DMA_32BIT_MASK);
	movl	%eax, %esi	# tmp221, <retval>
# drivers/e1000like/e1000like.c:1497: 	if (!err)
	jne	.L402	#,
# drivers/e1000like/e1000like.c:1498: 		err = pci_set_consistent_dma_mask(pdev, DMA_32BIT_MASK);
	xorl	%ecx, %ecx	#
	movl	$-1, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_set_consistent_dma_mask	#
# drivers/e1000like/e1000like.c:1499: 	if (err) {
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1498: 		err = pci_set_consistent_dma_mask(pdev, DMA_32BIT_MASK);
	movl	%eax, %esi	# tmp222, <retval>
# drivers/e1000like/e1000like.c:1499: 	if (err) {
	je	.L403	#,
.L402:
# drivers/e1000like/e1000like.c:1500: 		printk(KERN_ERR "%s: no usable DMA configuration\n", e1000like_driver_name);
	movl	$.LC12, (%esp)	#,
	movl	$e1000like_driver_name, %eax	#,
	movl	%eax, 4(%esp)	#,
	call	printk	#
.L404:
.L419:
# drivers/e1000like/e1000like.c:1596: 	pci_disable_device(pdev);
	movl	%ebx, %eax	# pdev,
	call	pci_disable_device	#
# drivers/e1000like/e1000like.c:1598: }
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	-8(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L403:
# drivers/e1000like/e1000like.c:1504: 	err = pci_request_regions(pdev, e1000like_driver_name);
	movl	$e1000like_driver_name, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_request_regions	#
# drivers/e1000like/e1000like.c:1505: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1504: 	err = pci_request_regions(pdev, e1000like_driver_name);
	movl	%eax, %esi	# tmp223, <retval>
# drivers/e1000like/e1000like.c:1505: 	if (err)
	jne	.L419	#,
# drivers/e1000like/e1000like.c:1507: 	pci_set_master(pdev);
	movl	%ebx, %eax	# pdev,
	call	pci_set_master	#
# drivers/e1000like/e1000like.c:1510: 	netdev = alloc_etherdev(sizeof(struct e1000like_adapter));
	movl	$268, %eax	#,
	call	alloc_etherdev	#
	movl	%eax, -16(%ebp)	# netdev, %sfp
# drivers/e1000like/e1000like.c:1511: 	if (!netdev)
	testl	%eax, %eax	# netdev
# drivers/e1000like/e1000like.c:1510: 	netdev = alloc_etherdev(sizeof(struct e1000like_adapter));
	movl	%eax, %edi	# tmp224, netdev
# drivers/e1000like/e1000like.c:1511: 	if (!netdev)
	je	.L421	#,
# drivers/e1000like/e1000like.c:1513: 	SET_NETDEV_DEV(netdev, &pdev->dev);
	leal	52(%ebx), %eax	#, tmp168
# drivers/e1000like/e1000like.c:1519: 	adapter->mmio_start = pci_resource_start(pdev, 0);
	xorl	%edx, %edx	#
# drivers/e1000like/e1000like.c:1513: 	SET_NETDEV_DEV(netdev, &pdev->dev);
	movl	%eax, 312(%edi)	# tmp168, netdev_13->dev_parent
# drivers/e1000like/e1000like.c:1519: 	adapter->mmio_start = pci_resource_start(pdev, 0);
	movl	%ebx, %eax	# pdev,
# drivers/include/linux/device.h:29: 	dev->driver_data = data;
	movl	%edi, 76(%ebx)	# netdev, MEM[(struct device *)pdev_4(D) + 52B].driver_data
# drivers/e1000like/e1000like.c:1517: 	adapter->netdev = netdev;
	movl	%edi, 396(%edi)	# netdev, MEM[(struct e1000like_adapter *)netdev_13 + 320B].netdev
# drivers/e1000like/e1000like.c:1518: 	adapter->pdev = pdev;
	movl	%ebx, 400(%edi)	# pdev, MEM[(struct e1000like_adapter *)netdev_13 + 320B].pdev
# drivers/e1000like/e1000like.c:1519: 	adapter->mmio_start = pci_resource_start(pdev, 0);
	call	pci_resource_start	#
# drivers/e1000like/e1000like.c:1520: 	adapter->mmio_len = pci_resource_len(pdev, 0);
	xorl	%edx, %edx	#
# drivers/e1000like/e1000like.c:1519: 	adapter->mmio_start = pci_resource_start(pdev, 0);
	movl	%eax, 408(%edi)	# tmp225, MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start
# drivers/e1000like/e1000like.c:1520: 	adapter->mmio_len = pci_resource_len(pdev, 0);
	movl	%ebx, %eax	# pdev,
	call	pci_resource_len	#
# drivers/e1000like/e1000like.c:1520: 	adapter->mmio_len = pci_resource_len(pdev, 0);
	movl	%eax, 412(%edi)	# _17, MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_len
# drivers/e1000like/e1000like.c:1523: 	if (adapter->mmio_len < E1000LIKE_BAR0_LEN)
	cmpl	$131071, %eax	#, _17
	ja	.L406	#,
.L408:
# drivers/e1000like/e1000like.c:1522: 	err = -EIO;
	movl	$-5, %esi	#, <retval>
.L407:
# drivers/include/linux/device.h:29: 	dev->driver_data = data;
	movl	$0, 76(%ebx)	#, MEM[(struct device *)pdev_4(D) + 52B].driver_data
# drivers/e1000like/e1000like.c:1591: 	free_netdev(netdev);
	movl	-16(%ebp), %eax	# %sfp,
	call	free_netdev	#
.L405:
# drivers/e1000like/e1000like.c:1593: 	pci_release_regions(pdev);
	movl	%ebx, %eax	# pdev,
	call	pci_release_regions	#
	jmp	.L419	#
	.p2align 4,,10
	.p2align 3
.L406:
# drivers/include/asm/io.h:55: 	return __ioremap(phys_addr, size, 0);
	movl	-16(%ebp), %edi	# %sfp, netdev
	xorl	%ecx, %ecx	#
	movl	408(%edi), %edx	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start, MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start
	movl	%edx, -20(%ebp)	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start, %sfp
	movl	%eax, %edx	# _17,
	movl	-20(%ebp), %eax	# %sfp,
	call	__ioremap	#
# drivers/e1000like/e1000like.c:1525: 	adapter->hw_addr = ioremap(adapter->mmio_start, adapter->mmio_len);
	movl	%eax, 404(%edi)	# _19, MEM[(struct e1000like_adapter *)netdev_13 + 320B].hw_addr
# drivers/e1000like/e1000like.c:1526: 	if (!adapter->hw_addr)
	testl	%eax, %eax	# _19
	je	.L408	#,
# drivers/include/linux/pci.h:112: 	return pci_bus_read_config_word(dev->bus, dev->devfn, where, val);
	movl	20(%ebx), %edx	# pdev_4(D)->devfn, pdev_4(D)->devfn
# drivers/e1000like/e1000like.c:1529: 	pci_read_config_word(pdev, PCI_COMMAND, &adapter->pci_cmd_word);
	leal	508(%edi), %ecx	#, tmp173
# drivers/include/linux/pci.h:112: 	return pci_bus_read_config_word(dev->bus, dev->devfn, where, val);
	movl	16(%ebx), %eax	# pdev_4(D)->bus, pdev_4(D)->bus
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	leal	320(%edi), %esi	#, tmp218
	movl	%esi, -20(%ebp)	# tmp218, %sfp
# drivers/e1000like/e1000like.c:1529: 	pci_read_config_word(pdev, PCI_COMMAND, &adapter->pci_cmd_word);
	movl	%ecx, (%esp)	# tmp173,
# drivers/include/linux/pci.h:112: 	return pci_bus_read_config_word(dev->bus, dev->devfn, where, val);
	movl	$4, %ecx	#,
	call	pci_bus_read_config_word	#
# drivers/include/linux/pci.h:107: 	return pci_bus_read_config_byte(dev->bus, dev->devfn, where, val);
	movl	20(%ebx), %edx	# pdev_4(D)->devfn, pdev_4(D)->devfn
# drivers/e1000like/e1000like.c:1530: 	pci_read_config_byte(pdev, PCI_REVISION_ID, &adapter->revision_id);
	leal	510(%edi), %ecx	#, tmp177
# drivers/include/linux/pci.h:107: 	return pci_bus_read_config_byte(dev->bus, dev->devfn, where, val);
	movl	16(%ebx), %eax	# pdev_4(D)->bus, pdev_4(D)->bus
# drivers/e1000like/e1000like.c:1530: 	pci_read_config_byte(pdev, PCI_REVISION_ID, &adapter->revision_id);
	movl	%ecx, (%esp)	# tmp177,
# drivers/include/linux/pci.h:107: 	return pci_bus_read_config_byte(dev->bus, dev->devfn, where, val);
	movl	$8, %ecx	#,
	call	pci_bus_read_config_byte	#
# drivers/e1000like/e1000like.c:1532: 	netdev->open = e1000like_open;
	movl	$e1000like_open, %eax	#,
# drivers/e1000like/e1000like.c:1537: 	netdev->do_ioctl = e1000like_ioctl;
	movl	$e1000like_ioctl, %edx	#,
# drivers/e1000like/e1000like.c:1532: 	netdev->open = e1000like_open;
	movl	%eax, 272(%edi)	#, netdev_13->open
# drivers/e1000like/e1000like.c:1533: 	netdev->stop = e1000like_close;
	movl	$e1000like_close, %eax	#,
# drivers/e1000like/e1000like.c:1538: 	netdev->change_mtu = e1000like_change_mtu;
	movl	$e1000like_change_mtu, %ecx	#,
# drivers/e1000like/e1000like.c:1533: 	netdev->stop = e1000like_close;
	movl	%eax, 276(%edi)	#, netdev_13->stop
# drivers/e1000like/e1000like.c:1534: 	netdev->hard_start_xmit = e1000like_xmit_frame;
	movl	$e1000like_xmit_frame, %eax	#,
	movl	%eax, 280(%edi)	#, netdev_13->hard_start_xmit
# drivers/e1000like/e1000like.c:1535: 	netdev->get_stats = e1000like_get_stats;
	movl	$e1000like_get_stats, %eax	#,
	movl	%eax, 284(%edi)	#, netdev_13->get_stats
# drivers/e1000like/e1000like.c:1536: 	netdev->tx_timeout = e1000like_tx_timeout;
	movl	$e1000like_tx_timeout, %eax	#,
	movl	%eax, 288(%edi)	#, netdev_13->tx_timeout
# drivers/e1000like/e1000like.c:1539: 	netdev->set_mac_address = e1000like_set_mac;
	movl	$e1000like_set_mac, %eax	#,
	movl	%eax, 300(%edi)	#, netdev_13->set_mac_address
# drivers/e1000like/e1000like.c:1540: 	netdev->set_multicast_list = e1000like_set_multi;
	movl	$e1000like_set_multi, %eax	#,
	movl	%eax, 304(%edi)	#, netdev_13->set_multicast_list
# drivers/e1000like/e1000like.c:1541: 	netdev->ethtool_ops = &e1000like_ethtool_ops;
	movl	$e1000like_ethtool_ops, %eax	#,
	movl	%eax, 308(%edi)	#, netdev_13->ethtool_ops
# drivers/e1000like/e1000like.c:1542: 	netdev->watchdog_timeo = E1000LIKE_TX_TIMEOUT;
	movl	$1250, %eax	#,
# drivers/e1000like/e1000like.c:1537: 	netdev->do_ioctl = e1000like_ioctl;
	movl	%edx, 292(%edi)	#, netdev_13->do_ioctl
# drivers/e1000like/e1000like.c:1544: 	netdev->mem_end = adapter->mmio_start + adapter->mmio_len;
	movl	412(%edi), %edx	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_len, tmp180
# drivers/e1000like/e1000like.c:1542: 	netdev->watchdog_timeo = E1000LIKE_TX_TIMEOUT;
	movl	%eax, 264(%edi)	#, netdev_13->watchdog_timeo
# drivers/e1000like/e1000like.c:1543: 	netdev->mem_start = adapter->mmio_start;
	movl	408(%edi), %eax	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start, _26
# drivers/e1000like/e1000like.c:1538: 	netdev->change_mtu = e1000like_change_mtu;
	movl	%ecx, 296(%edi)	#, netdev_13->change_mtu
# drivers/e1000like/e1000like.c:1543: 	netdev->mem_start = adapter->mmio_start;
	movl	%eax, 20(%edi)	# _26, netdev_13->mem_start
# drivers/e1000like/e1000like.c:1544: 	netdev->mem_end = adapter->mmio_start + adapter->mmio_len;
	addl	%eax, %edx	# _26, tmp180
# drivers/e1000like/e1000like.c:1544: 	netdev->mem_end = adapter->mmio_start + adapter->mmio_len;
	movl	%edx, 16(%edi)	# tmp180, netdev_13->mem_end
# drivers/e1000like/e1000like.c:1469: 	adapter->rx_buffer_len = E1000LIKE_RXBUFFER_2048;
	movl	$2048, %edx	#,
# drivers/e1000like/e1000like.c:1545: 	netdev->base_addr = adapter->mmio_start;
	movl	%eax, 24(%edi)	# _26, netdev_13->base_addr
# drivers/e1000like/e1000like.c:1546: 	netdev->irq = pdev->irq;
	movl	96(%ebx), %eax	# pdev_4(D)->irq, _29
# drivers/e1000like/e1000like.c:1469: 	adapter->rx_buffer_len = E1000LIKE_RXBUFFER_2048;
	movl	%edx, 492(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].rx_buffer_len
# drivers/e1000like/e1000like.c:1477: 	adapter->msg_enable = E1000LIKE_MSG_DEFAULT;
	movl	$7, %edx	#,
	movl	%edx, 500(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].msg_enable
# drivers/e1000like/e1000like.c:1546: 	netdev->irq = pdev->irq;
	movl	%eax, 28(%edi)	# _29, netdev_13->irq
# drivers/e1000like/e1000like.c:1547: 	netdev->features = NETIF_F_SG | NETIF_F_LLTX;
	movl	$4097, %eax	#,
	movl	%eax, 140(%edi)	#, netdev_13->features
# drivers/e1000like/e1000like.c:1470: 	adapter->tx_ring.count = E1000LIKE_DEFAULT_TXD;
	movl	$256, %eax	#,
	movl	%eax, 428(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].tx_ring.count
# drivers/e1000like/e1000like.c:1471: 	adapter->rx_ring.count = E1000LIKE_DEFAULT_RXD;
	movl	$256, %eax	#,
	movl	%eax, 464(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].rx_ring.count
# drivers/e1000like/e1000like.c:1472: 	adapter->tx_ring.tdh = E1000_TDH;
	movl	$941111312, %eax	#,
	movl	%eax, 448(%edi)	#, MEM <unsigned int> [(short unsigned int *)netdev_13 + 448B]
# drivers/e1000like/e1000like.c:1474: 	adapter->rx_ring.rdh = E1000_RDH;
	movl	$672671760, %eax	#,
	movl	%eax, 480(%edi)	#, MEM <unsigned int> [(short unsigned int *)netdev_13 + 480B]
# drivers/e1000like/e1000like.c:1476: 	adapter->txd_cmd = E1000_TXD_CMD_IFCS;
	movl	$2, %eax	#,
	movl	%eax, 496(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].txd_cmd
# drivers/e1000like/e1000like.c:1478: 	adapter->clean_rx = e1000like_clean_rx_irq;
	movl	$e1000like_clean_rx_irq, %eax	#,
	movl	%eax, 484(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].clean_rx
# drivers/e1000like/e1000like.c:1479: 	adapter->alloc_rx_buf = e1000like_alloc_rx_buffers;
	movl	$e1000like_alloc_rx_buffers, %eax	#,
	movl	%eax, 488(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].alloc_rx_buf
# drivers/include/linux/spinlock.h:24: 	lock->slock = SPINLOCK_UNLOCKED_VALUE;
	movl	$1, %eax	#,
	movl	%eax, 444(%edi)	#, MEM[(struct spinlock_t *)netdev_13 + 444B].slock
	movl	$1, %eax	#,
	movl	%eax, 516(%edi)	#, MEM[(struct spinlock_t *)netdev_13 + 516B].slock
# drivers/include/asm/bitops.h:27: 	__asm__ __volatile__(LOCK_PREFIX "btsl %1, %0"
#APP
# 27 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $2, 392(%edi)	#, MEM[(volatile long unsigned int *)_76]
# 0 "" 2
# drivers/e1000like/e1000like.c:1551: 	err = e1000like_reset_hw(adapter);
#NO_APP
	movl	%esi, %eax	# tmp218,
	call	e1000like_reset_hw	#
# drivers/e1000like/e1000like.c:1552: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1551: 	err = e1000like_reset_hw(adapter);
	movl	%eax, %esi	# tmp228, <retval>
# drivers/e1000like/e1000like.c:1552: 	if (err)
	jne	.L418	#,
	movl	%ebx, -24(%ebp)	# pdev, %sfp
	movl	%edi, %ebx	# netdev, netdev
.L411:
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%ebx), %ecx	# MEM[(const struct e1000like_adapter *)netdev_13 + 320B].hw_addr, _95
# drivers/e1000like/e1000like.c:93: 	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	movl	%esi, %eax	# <retval>, tmp183
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$100, %edi	#, ivtmp_102
# drivers/e1000like/e1000like.c:93: 	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	sall	$8, %eax	#, tmp183
	orl	$1, %eax	#, _94
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	%eax, 20(%ecx)	# _94, MEM[(volatile u32 *)_95 + 20B]
	jmp	.L413	#
	.p2align 4,,10
	.p2align 3
.L410:
# drivers/e1000like/e1000like.c:100: 		udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/e1000like/e1000like.c:94: 	for (i = 0; i < E1000_EERD_POLLS; i++) {
	decl	%edi	# ivtmp_102
	je	.L435	#,
.L413:
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%ebx), %eax	# MEM[(const struct e1000like_adapter *)netdev_13 + 320B].hw_addr, _96
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	20(%eax), %eax	# MEM[(const volatile u32 *)_96 + 20B], _97
# drivers/e1000like/e1000like.c:96: 		if (eerd & E1000_EERD_DONE) {
	testb	$16, %al	#, _97
	je	.L410	#,
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	shrl	$16, %eax	#, _100
# drivers/e1000like/e1000like.c:113: 		mac[2 * i] = (u8)(word & 0xff);
	movb	%al, 221(%ebx,%esi,2)	# _100, MEM[(u8 *)netdev_13 + 221B + _229 * 2]
# drivers/e1000like/e1000like.c:114: 		mac[2 * i + 1] = (u8)(word >> 8);
	movb	%ah, 222(%ebx,%esi,2)	# _100, MEM[(u8 *)netdev_13 + 222B + _229 * 2]
# drivers/e1000like/e1000like.c:110: 	for (i = 0; i < ETH_ALEN / 2; i++) {
	incl	%esi	# <retval>
# drivers/e1000like/e1000like.c:110: 	for (i = 0; i < ETH_ALEN / 2; i++) {
	cmpl	$3, %esi	#, <retval>
	jne	.L411	#,
# drivers/include/linux/netdevice.h:216: 	return addr[0] & 0x01;
	movl	-16(%ebp), %eax	# %sfp, netdev
	movl	-24(%ebp), %ebx	# %sfp, pdev
	movzbl	221(%eax), %eax	# MEM[(const u8 *)netdev_13 + 221B], _105
# drivers/include/linux/netdevice.h:221: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	movb	%al, %dl	# _105, tmp217
	andb	$1, %dl	#, tmp217
	jne	.L414	#,
# drivers/include/linux/netdevice.h:211: 	return !(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]);
	movl	-16(%ebp), %edx	# %sfp, netdev
	movzbl	222(%edx), %ecx	# MEM[(const u8 *)netdev_13 + 222B],
	orb	%cl, %al	#, tmp187
	movzbl	223(%edx), %ecx	# MEM[(const u8 *)netdev_13 + 223B],
	orb	%cl, %al	#, tmp188
	movzbl	224(%edx), %ecx	# MEM[(const u8 *)netdev_13 + 224B],
	orb	%cl, %al	#, tmp189
	movzbl	225(%edx), %ecx	# MEM[(const u8 *)netdev_13 + 225B],
	orb	%cl, %al	#, tmp190
# drivers/include/linux/netdevice.h:221: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	orb	226(%edx), %al	# MEM[(const u8 *)netdev_13 + 226B], tmp230
	je	.L414	#,
# drivers/e1000like/e1000like.c:1561: 	memcpy(netdev->perm_addr, netdev->dev_addr, netdev->addr_len);
	movzbl	156(%edx), %eax	# netdev_13->addr_len, _35
	leal	157(%edx), %edi	#, tmp196
# drivers/e1000like/e1000like.c:1555: 	if (e1000like_read_mac_addr(adapter, netdev->dev_addr) ||
	leal	221(%edx), %esi	#, tmp197
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# _35, tmp195
	shrl	$2, %ecx	#, tmp195
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %eax, %ecx	# _35
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
#NO_APP
	movl	404(%edx), %eax	# MEM[(const struct e1000like_adapter *)netdev_13 + 320B].hw_addr, _121
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$100, %esi	#, ivtmp_78
	movl	%edx, %edi	# netdev, netdev
	movl	$1281, 20(%eax)	#, MEM[(volatile u32 *)_121 + 20B]
	jmp	.L415	#
	.p2align 4,,10
	.p2align 3
.L416:
# drivers/e1000like/e1000like.c:100: 		udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/e1000like/e1000like.c:94: 	for (i = 0; i < E1000_EERD_POLLS; i++) {
	decl	%esi	# ivtmp_78
	je	.L436	#,
.L415:
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	404(%edi), %eax	# MEM[(const struct e1000like_adapter *)netdev_13 + 320B].hw_addr, _122
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	20(%eax), %eax	# MEM[(const volatile u32 *)_122 + 20B], _123
# drivers/e1000like/e1000like.c:96: 		if (eerd & E1000_EERD_DONE) {
	testb	$16, %al	#, _123
	je	.L416	#,
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	movl	-16(%ebp), %edx	# %sfp, netdev
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	shrl	$16, %eax	#, tmp199
# drivers/e1000like/e1000like.c:97: 			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
	movw	%ax, 512(%edx)	# tmp199, MEM[(u16 *)netdev_13 + 512B]
.L417:
# drivers/e1000like/e1000like.c:1565: 	init_timer(&adapter->watchdog_timer);
	movl	-20(%ebp), %edi	# %sfp, tmp218
# drivers/e1000like/e1000like.c:1568: 	INIT_WORK(&adapter->reset_task, e1000like_reset_task, adapter);
	xorl	%esi, %esi	#
# drivers/e1000like/e1000like.c:1565: 	init_timer(&adapter->watchdog_timer);
	movl	%edi, %eax	# tmp218,
	call	init_timer	#
# drivers/e1000like/e1000like.c:1566: 	adapter->watchdog_timer.function = e1000like_watchdog;
	movl	-16(%ebp), %edx	# %sfp, netdev
	movl	$e1000like_watchdog, %ecx	#,
	movl	%ecx, 332(%edx)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].watchdog_timer.function
# drivers/e1000like/e1000like.c:1568: 	INIT_WORK(&adapter->reset_task, e1000like_reset_task, adapter);
	leal	348(%edx), %eax	#, _45
# drivers/e1000like/e1000like.c:1567: 	adapter->watchdog_timer.data = (unsigned long)adapter;
	movl	%edi, %ecx	# tmp218, tmp218
	movl	%edi, 336(%edx)	# tmp218, MEM[(struct e1000like_adapter *)netdev_13 + 320B].watchdog_timer.data
# drivers/e1000like/e1000like.c:1568: 	INIT_WORK(&adapter->reset_task, e1000like_reset_task, adapter);
	movl	%edx, %edi	# netdev, netdev
	movl	%esi, 344(%edx)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].reset_task.pending
	movl	%eax, 348(%edx)	# _45, MEM[(struct e1000like_adapter *)netdev_13 + 320B].reset_task.entry.next
	movl	%eax, 352(%edx)	# _45, MEM[(struct e1000like_adapter *)netdev_13 + 320B].reset_task.entry.prev
	leal	368(%edi), %eax	#, tmp203
	movl	$e1000like_reset_task, %edx	#,
	movl	%edx, 356(%edi)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].reset_task.func
	movl	%ecx, 360(%edi)	# tmp218, MEM[(struct e1000like_adapter *)netdev_13 + 320B].reset_task.data
	call	init_timer	#
# drivers/e1000like/e1000like.c:1570: 	netif_carrier_off(netdev);
	movl	%edi, %eax	# netdev,
	call	netif_carrier_off	#
# drivers/e1000like/e1000like.c:1571: 	netif_stop_queue(netdev);
	movl	%edi, %eax	# netdev,
	call	netif_stop_queue	#
# drivers/e1000like/e1000like.c:1573: 	err = register_netdev(netdev);
	movl	%edi, %eax	# netdev,
	call	register_netdev	#
# drivers/e1000like/e1000like.c:1574: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1573: 	err = register_netdev(netdev);
	movl	%eax, %esi	# tmp229, <retval>
# drivers/e1000like/e1000like.c:1574: 	if (err)
	jne	.L418	#,
# drivers/e1000like/e1000like.c:1578: 	printk(KERN_INFO "%s: %s (%04x:%04x rev %u) at 0x%08lx, irq %u, "
	movzbl	226(%edi), %eax	# MEM[(const u8 *)netdev_13 + 226B], MEM[(const u8 *)netdev_13 + 226B]
	movl	%eax, 52(%esp)	# MEM[(const u8 *)netdev_13 + 226B],
	movzbl	225(%edi), %eax	# MEM[(const u8 *)netdev_13 + 225B], MEM[(const u8 *)netdev_13 + 225B]
	movl	%eax, 48(%esp)	# MEM[(const u8 *)netdev_13 + 225B],
	movzbl	224(%edi), %eax	# MEM[(const u8 *)netdev_13 + 224B], MEM[(const u8 *)netdev_13 + 224B]
	movl	%eax, 44(%esp)	# MEM[(const u8 *)netdev_13 + 224B],
	movzbl	223(%edi), %eax	# MEM[(const u8 *)netdev_13 + 223B], MEM[(const u8 *)netdev_13 + 223B]
	movl	%eax, 40(%esp)	# MEM[(const u8 *)netdev_13 + 223B],
	movzbl	222(%edi), %eax	# MEM[(const u8 *)netdev_13 + 222B], MEM[(const u8 *)netdev_13 + 222B]
	movl	%eax, 36(%esp)	# MEM[(const u8 *)netdev_13 + 222B],
	movzbl	221(%edi), %eax	# MEM[(const u8 *)netdev_13 + 221B], MEM[(const u8 *)netdev_13 + 221B]
	movl	%eax, 32(%esp)	# MEM[(const u8 *)netdev_13 + 221B],
	movl	28(%edi), %eax	# netdev_13->irq, netdev_13->irq
	movl	%eax, 28(%esp)	# netdev_13->irq,
	movl	408(%edi), %eax	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start, MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start
	movl	%eax, 24(%esp)	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].mmio_start,
	movzbl	510(%edi), %eax	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].revision_id, MEM[(struct e1000like_adapter *)netdev_13 + 320B].revision_id
	movl	%eax, 20(%esp)	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].revision_id,
	movzwl	26(%ebx), %eax	# pdev_4(D)->device, pdev_4(D)->device
	movl	%eax, 16(%esp)	# pdev_4(D)->device,
	movzwl	24(%ebx), %eax	# pdev_4(D)->vendor, pdev_4(D)->vendor
	movl	%edi, 4(%esp)	# netdev,
	movl	$.LC14, (%esp)	#,
	movl	%eax, 12(%esp)	# pdev_4(D)->vendor,
	movl	$e1000like_driver_string, %eax	#,
	movl	%eax, 8(%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:1583: 	return 0;
	jmp	.L400	#
	.p2align 4,,10
	.p2align 3
.L421:
# drivers/e1000like/e1000like.c:1509: 	err = -ENOMEM;
	movl	$-12, %esi	#, <retval>
	jmp	.L405	#
.L435:
	movl	-24(%ebp), %ebx	# %sfp, pdev
.L414:
# drivers/e1000like/e1000like.c:1557: 		printk(KERN_ERR "%s: invalid MAC address in the EEPROM\n", e1000like_driver_name);
	movl	$.LC13, (%esp)	#,
	movl	$e1000like_driver_name, %esi	#,
	movl	%esi, 4(%esp)	#,
# drivers/e1000like/e1000like.c:1558: 		err = -EIO;
	movl	$-5, %esi	#, <retval>
# drivers/e1000like/e1000like.c:1557: 		printk(KERN_ERR "%s: invalid MAC address in the EEPROM\n", e1000like_driver_name);
	call	printk	#
.L409:
.L418:
# drivers/e1000like/e1000like.c:1588: 	iounmap(adapter->hw_addr);
	movl	-16(%ebp), %eax	# %sfp, netdev
	movl	404(%eax), %eax	# MEM[(struct e1000like_adapter *)netdev_13 + 320B].hw_addr, MEM[(struct e1000like_adapter *)netdev_13 + 320B].hw_addr
	call	iounmap	#
	jmp	.L407	#
.L436:
# drivers/e1000like/e1000like.c:1563: 		adapter->eeprom_version = 0;
	movl	-16(%ebp), %eax	# %sfp, netdev
	xorl	%ecx, %ecx	#
	movw	%cx, 512(%eax)	#, MEM[(struct e1000like_adapter *)netdev_13 + 320B].eeprom_version
	jmp	.L417	#
	.size	e1000like_probe, .-e1000like_probe
	.p2align 4
	.type	e1000like_clean_tx_ring.part.0, @function
e1000like_clean_tx_ring.part.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp134, adapter
	pushl	%ebx	#
	subl	$4, %esp	#,
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	movl	108(%eax), %edx	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].count, _63
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	testl	%edx, %edx	# _63
	je	.L444	#,
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	xorl	%edi, %edi	# i
	jmp	.L443	#
	.p2align 4,,10
	.p2align 3
.L454:
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	call	dma_unmap_page	#
.L441:
# drivers/e1000like/e1000like.c:247: 		buffer_info->dma = 0;
	movl	$0, 4(%ebx)	#, _5->dma
.L439:
# drivers/e1000like/e1000like.c:249: 	if (buffer_info->skb) {
	movl	(%ebx), %eax	# _5->skb, _46
# drivers/e1000like/e1000like.c:249: 	if (buffer_info->skb) {
	testl	%eax, %eax	# _46
	je	.L442	#,
# drivers/e1000like/e1000like.c:250: 		dev_kfree_skb_any(buffer_info->skb);
	call	dev_kfree_skb_any	#
# drivers/e1000like/e1000like.c:251: 		buffer_info->skb = NULL;
	movl	$0, (%ebx)	#, _5->skb
.L442:
# drivers/e1000like/e1000like.c:253: 	buffer_info->mapped_as_page = 0;
	movb	$0, 16(%ebx)	#, _5->mapped_as_page
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	incl	%edi	# i
# drivers/e1000like/e1000like.c:254: 	buffer_info->time_stamp = 0;
	movl	$0, 8(%ebx)	#, _5->time_stamp
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	movl	108(%esi), %eax	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].count, _7
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	cmpl	%eax, %edi	# _7, i
	jnb	.L453	#,
.L443:
# drivers/e1000like/e1000like.c:266: 		e1000like_unmap_and_free_tx_resource(adapter, &tx_ring->buffer_info[i]);
	movl	120(%esi), %edx	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].buffer_info, MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].buffer_info
	leal	(%edi,%edi,4), %eax	#, tmp113
	leal	(%edx,%eax,4), %ebx	#, _5
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	movl	4(%ebx), %edx	# _5->dma, _36
# drivers/e1000like/e1000like.c:240: 	if (buffer_info->dma) {
	testl	%edx, %edx	# _36
	je	.L439	#,
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	80(%esi), %eax	# adapter_1(D)->pdev, tmp137
	movzwl	12(%ebx), %ecx	# _5->length, _68
	addl	$52, %eax	#, pretmp_70
# drivers/e1000like/e1000like.c:241: 		if (buffer_info->mapped_as_page)
	cmpb	$0, 16(%ebx)	#, _5->mapped_as_page
# drivers/e1000like/e1000like.c:242: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	$1, (%esp)	#,
# drivers/e1000like/e1000like.c:241: 		if (buffer_info->mapped_as_page)
	jne	.L454	#,
# drivers/e1000like/e1000like.c:245: 			dma_unmap_single(&adapter->pdev->dev, buffer_info->dma,
	call	dma_unmap_single	#
	jmp	.L441	#
	.p2align 4,,10
	.p2align 3
.L453:
# drivers/e1000like/e1000like.c:267: 	memset(tx_ring->buffer_info, 0, sizeof(struct e1000like_buffer) * tx_ring->count);
	leal	(%eax,%eax,4), %ecx	#, tmp119
	leal	0(,%ecx,4), %edx	#, _63
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	andl	$1073741823, %ecx	#, ecx_out
.L438:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	120(%esi), %edi	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].buffer_info, edi_out
	xorl	%eax, %eax	# tmp123
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _63
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:268: 	memset(tx_ring->desc, 0, tx_ring->size);
#NO_APP
	movl	104(%esi), %edx	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].size, _14
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	96(%esi), %edi	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].desc, edi_out
# drivers/include/asm/string.h:41: 			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
	movl	%edx, %ecx	# _14, tmp128
	shrl	$2, %ecx	#, tmp128
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl %edx, %ecx	# _14
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# drivers/e1000like/e1000like.c:269: 	tx_ring->next_to_use = 0;
#NO_APP
	movl	$0, 112(%esi)	#, MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].next_to_use
# drivers/e1000like/e1000like.c:271: 	ew32(adapter, tx_ring->tdh, 0);
	movzwl	128(%esi), %eax	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].tdh, MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].tdh
# drivers/e1000like/e1000like.c:270: 	tx_ring->next_to_clean = 0;
	movl	$0, 116(%esi)	#, MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].next_to_clean
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %edx	# MEM[(const struct e1000like_adapter *)adapter_1(D)].hw_addr,
	addl	%edx, %eax	#, _22
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_22]
# drivers/e1000like/e1000like.c:272: 	ew32(adapter, tx_ring->tdt, 0);
	movzwl	130(%esi), %eax	# MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].tdt, MEM[(struct e1000like_tx_ring *)adapter_1(D) + 96B].tdt
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%esi), %ecx	# MEM[(const struct e1000like_adapter *)adapter_1(D)].hw_addr,
	addl	%ecx, %eax	#, _26
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_26]
# drivers/e1000like/e1000like.c:273: }
	popl	%ebx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L444:
# drivers/e1000like/e1000like.c:265: 	for (i = 0; i < tx_ring->count; i++)
	xorl	%ecx, %ecx	# ecx_out
	jmp	.L438	#
	.size	e1000like_clean_tx_ring.part.0, .-e1000like_clean_tx_ring.part.0
	.p2align 4
	.type	e1000like_down, @function
e1000like_down:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:397: {
	movl	%eax, %ebx	# tmp95, adapter
# drivers/e1000like/e1000like.c:398: 	struct net_device *netdev = adapter->netdev;
	movl	76(%eax), %esi	# adapter_4(D)->netdev, netdev
# drivers/include/asm/bitops.h:27: 	__asm__ __volatile__(LOCK_PREFIX "btsl %1, %0"
#APP
# 27 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $2, 72(%eax)	#, MEM[(volatile long unsigned int *)_1]
# 0 "" 2
# drivers/e1000like/e1000like.c:66: 	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
#NO_APP
	movl	84(%eax), %eax	# MEM[(const struct e1000like_adapter *)adapter_4(D)].hw_addr, _20
# drivers/include/asm/io.h:41: 	*(volatile u32 *)addr = value;
	movl	$-1, %edx	#,
	movl	%edx, 216(%eax)	#, MEM[(volatile u32 *)_20 + 216B]
# drivers/e1000like/e1000like.c:61: 	return readl((u8 __iomem *)adapter->hw_addr + reg);
	movl	84(%ebx), %eax	# MEM[(const struct e1000like_adapter *)adapter_4(D)].hw_addr, _21
# drivers/include/asm/io.h:26: 	return *(const volatile u32 *)addr;
	movl	8(%eax), %eax	# MEM[(const volatile u32 *)_21 + 8B], _22
# drivers/e1000like/e1000like.c:79: 	synchronize_irq(adapter->netdev->irq);
	movl	76(%ebx), %eax	# adapter_4(D)->netdev, adapter_4(D)->netdev
	movl	28(%eax), %eax	# _23->irq, _23->irq
	call	synchronize_irq	#
# drivers/e1000like/e1000like.c:403: 	del_timer_sync(&adapter->watchdog_timer);
	movl	%ebx, %eax	# adapter,
	call	del_timer_sync	#
# drivers/e1000like/e1000like.c:405: 	netif_carrier_off(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_carrier_off	#
# drivers/e1000like/e1000like.c:406: 	netif_stop_queue(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_stop_queue	#
# drivers/e1000like/e1000like.c:407: 	adapter->link_speed = 0;
	xorl	%ecx, %ecx	#
# drivers/e1000like/e1000like.c:410: 	e1000like_reset_hw(adapter);
	movl	%ebx, %eax	# adapter,
# drivers/e1000like/e1000like.c:407: 	adapter->link_speed = 0;
	movl	%ecx, 184(%ebx)	#, MEM <unsigned int> [(short unsigned int *)adapter_4(D) + 184B]
# drivers/e1000like/e1000like.c:410: 	e1000like_reset_hw(adapter);
	call	e1000like_reset_hw	#
# drivers/e1000like/e1000like.c:263: 	if (!tx_ring->buffer_info)
	movl	120(%ebx), %esi	# MEM[(struct e1000like_tx_ring *)adapter_4(D) + 96B].buffer_info,
	testl	%esi, %esi	#
	je	.L456	#,
	movl	%ebx, %eax	# adapter,
	call	e1000like_clean_tx_ring.part.0	#
.L456:
# drivers/e1000like/e1000like.c:282: 	if (!rx_ring->buffer_info)
	movl	156(%ebx), %eax	# MEM[(struct e1000like_rx_ring *)adapter_4(D) + 132B].buffer_info,
	testl	%eax, %eax	#
	je	.L455	#,
	movl	%ebx, %eax	# adapter,
	call	e1000like_clean_rx_ring.part.0	#
.L455:
# drivers/e1000like/e1000like.c:413: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000like_down, .-e1000like_down
	.p2align 4
	.type	e1000like_reinit_locked, @function
e1000like_reinit_locked:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp88, adapter
	pushl	%ebx	#
# drivers/e1000like/e1000like.c:417: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
	leal	72(%eax), %ebx	#, _12
# drivers/include/asm/bitops.h:46: 	__asm__ __volatile__(LOCK_PREFIX "btsl %2, %1\n\t"
#APP
# 46 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $1, 72(%eax)	#, MEM[(volatile long unsigned int *)_12]
	sbbl %eax, %eax	# oldbit
# 0 "" 2
# drivers/e1000like/e1000like.c:417: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
#NO_APP
	testl	%eax, %eax	# oldbit
	je	.L460	#,
	.p2align 4
	.p2align 3
.L461:
# drivers/e1000like/e1000like.c:418: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# drivers/include/asm/bitops.h:46: 	__asm__ __volatile__(LOCK_PREFIX "btsl %2, %1\n\t"
#APP
# 46 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $1, (%ebx)	#, MEM[(volatile long unsigned int *)_12]
	sbbl %eax, %eax	# oldbit
# 0 "" 2
# drivers/e1000like/e1000like.c:417: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
#NO_APP
	testl	%eax, %eax	# oldbit
	jne	.L461	#,
.L460:
# drivers/e1000like/e1000like.c:419: 	e1000like_down(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000like_down	#
# drivers/e1000like/e1000like.c:420: 	e1000like_up(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000like_up	#
# drivers/include/asm/bitops.h:35: 	__asm__ __volatile__(LOCK_PREFIX "btrl %1, %0"
#APP
# 35 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btrl $1, 72(%esi)	#, MEM[(volatile long unsigned int *)_12]
# 0 "" 2
# drivers/e1000like/e1000like.c:422: }
#NO_APP
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000like_reinit_locked, .-e1000like_reinit_locked
	.p2align 4
	.type	e1000like_reset_task, @function
e1000like_reset_task:
# drivers/e1000like/e1000like.c:428: 	if (netif_running(adapter->netdev))
	movl	76(%eax), %edx	# MEM[(struct e1000like_adapter *)data_3(D)].netdev, _1
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%edx), %edx	# MEM[(const volatile long unsigned int *)_1 + 36B], _6
# drivers/e1000like/e1000like.c:428: 	if (netif_running(adapter->netdev))
	testb	$2, %dl	#, _6
	jne	.L476	#,
	ret	
	.p2align 4,,10
	.p2align 3
.L476:
# drivers/e1000like/e1000like.c:425: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# drivers/e1000like/e1000like.c:429: 		e1000like_reinit_locked(adapter);
	call	e1000like_reinit_locked	#
# drivers/e1000like/e1000like.c:430: }
	popl	%ebp	#
	.p2align 4,,5
	ret	
	.size	e1000like_reset_task, .-e1000like_reset_task
	.p2align 4
	.type	e1000like_nway_reset, @function
e1000like_nway_reset:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%eax), %edx	# MEM[(const volatile long unsigned int *)netdev_3(D) + 36B], _4
# drivers/e1000like/e1000like.c:1046: 	if (netif_running(netdev))
	testb	$2, %dl	#, _4
	jne	.L486	#,
# drivers/e1000like/e1000like.c:1049: }
	xorl	%eax, %eax	#
	ret	
	.p2align 4,,10
	.p2align 3
.L486:
# drivers/e1000like/e1000like.c:1043: {
	pushl	%ebp	#
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	addl	$320, %eax	#, tmp90
# drivers/e1000like/e1000like.c:1043: {
	movl	%esp, %ebp	#,
# drivers/e1000like/e1000like.c:1047: 		e1000like_reinit_locked(adapter);
	call	e1000like_reinit_locked	#
# drivers/e1000like/e1000like.c:1049: }
	xorl	%eax, %eax	#
	popl	%ebp	#
	ret	
	.size	e1000like_nway_reset, .-e1000like_nway_reset
	.p2align 4
	.type	e1000like_free_tx_resources, @function
e1000like_free_tx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp93, adapter
	movl	%esi, -4(%ebp)	#,
# drivers/e1000like/e1000like.c:263: 	if (!tx_ring->buffer_info)
	movl	120(%eax), %eax	# MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].buffer_info, pretmp_17
# drivers/e1000like/e1000like.c:263: 	if (!tx_ring->buffer_info)
	testl	%eax, %eax	# pretmp_17
	je	.L488	#,
	movl	%ebx, %eax	# adapter,
	call	e1000like_clean_tx_ring.part.0	#
# drivers/e1000like/e1000like.c:309: 	vfree(tx_ring->buffer_info);
	movl	120(%ebx), %eax	# MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].buffer_info, pretmp_17
.L488:
# drivers/e1000like/e1000like.c:309: 	vfree(tx_ring->buffer_info);
	call	vfree	#
# drivers/e1000like/e1000like.c:311: 	if (tx_ring->desc)
	movl	96(%ebx), %ecx	# MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].desc, _2
# drivers/e1000like/e1000like.c:310: 	tx_ring->buffer_info = NULL;
	movl	$0, 120(%ebx)	#, MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].buffer_info
# drivers/e1000like/e1000like.c:311: 	if (tx_ring->desc)
	testl	%ecx, %ecx	# _2
	je	.L489	#,
# drivers/e1000like/e1000like.c:312: 		dma_free_coherent(&adapter->pdev->dev, tx_ring->size, tx_ring->desc, tx_ring->dma);
	movl	80(%ebx), %eax	# adapter_8(D)->pdev, tmp95
	movl	100(%ebx), %esi	# MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].dma, tmp96
	movl	104(%ebx), %edx	# MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].size, MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].size
	addl	$52, %eax	#, tmp90
	movl	%esi, (%esp)	# tmp96,
	call	dma_free_coherent	#
.L489:
# drivers/e1000like/e1000like.c:313: 	tx_ring->desc = NULL;
	movl	$0, 96(%ebx)	#, MEM[(struct e1000like_tx_ring *)adapter_8(D) + 96B].desc
# drivers/e1000like/e1000like.c:314: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_free_tx_resources, .-e1000like_free_tx_resources
	.p2align 4
	.type	e1000like_set_ringparam, @function
e1000like_set_ringparam:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$136, %esp	#,
# drivers/e1000like/e1000like.c:1118: 	if (ring->rx_mini_pending || ring->rx_jumbo_pending)
	movl	24(%edx), %ecx	# ring_18(D)->rx_mini_pending,
	testl	%ecx, %ecx	#
	jne	.L526	#,
	movl	%edx, %edi	# tmp197, ring
# drivers/e1000like/e1000like.c:1118: 	if (ring->rx_mini_pending || ring->rx_jumbo_pending)
	movl	28(%edx), %edx	# ring_18(D)->rx_jumbo_pending,
	testl	%edx, %edx	#
	jne	.L526	#,
# drivers/e1000like/e1000like.c:1121: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
	leal	392(%eax), %ebx	#, _63
	movl	%eax, %esi	# tmp196, netdev
# drivers/include/asm/bitops.h:46: 	__asm__ __volatile__(LOCK_PREFIX "btsl %2, %1\n\t"
#APP
# 46 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $1, 392(%eax)	#, MEM[(volatile long unsigned int *)_63]
	sbbl %eax, %eax	# oldbit
# 0 "" 2
# drivers/e1000like/e1000like.c:1121: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
#NO_APP
	testl	%eax, %eax	# oldbit
	je	.L499	#,
	.p2align 4
	.p2align 3
.L500:
# drivers/e1000like/e1000like.c:1122: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# drivers/include/asm/bitops.h:46: 	__asm__ __volatile__(LOCK_PREFIX "btsl %2, %1\n\t"
#APP
# 46 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btsl $1, (%ebx)	#, MEM[(volatile long unsigned int *)_63]
	sbbl %eax, %eax	# oldbit
# 0 "" 2
# drivers/e1000like/e1000like.c:1121: 	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
#NO_APP
	testl	%eax, %eax	# oldbit
	jne	.L500	#,
.L499:
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_16(D) + 36B], _17
# drivers/e1000like/e1000like.c:1125: 	if (running)
	testb	$2, %al	#, _17
	jne	.L545	#,
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	32(%edi), %eax	# ring_18(D)->tx_pending, ring_18(D)->tx_pending
	movl	$4096, %edx	#, tmp201
	cmpl	%edx, %eax	# tmp201, ring_18(D)->tx_pending
	cmova	%edx, %eax	# ring_18(D)->tx_pending,, tmp201, tmp188
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	movl	$80, %edx	#, tmp202
	cmpl	%edx, %eax	# tmp202, tmp188
	cmovb	%edx, %eax	# tmp188,, tmp202, tmp188
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	$4096, %edx	#, tmp203
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	addl	$7, %eax	#, tmp190
	andl	$-8, %eax	#, tmp191
	movl	%eax, 428(%esi)	# tmp191, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring.count
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	20(%edi), %eax	# ring_18(D)->rx_pending, ring_18(D)->rx_pending
	cmpl	%edx, %eax	# tmp203, ring_18(D)->rx_pending
	cmova	%edx, %eax	# ring_18(D)->rx_pending,, tmp203, tmp192
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	movl	$80, %edx	#, tmp204
	cmpl	%edx, %eax	# tmp204, tmp192
	cmovb	%edx, %eax	# tmp192,, tmp204, tmp192
# drivers/e1000like/e1000like.c:1116: 	int running, err = 0;
	xorl	%edi, %edi	# <retval>
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	addl	$7, %eax	#, tmp194
	andl	$-8, %eax	#, tmp195
	movl	%eax, 464(%esi)	# tmp195, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring.count
.L544:
# drivers/include/asm/bitops.h:35: 	__asm__ __volatile__(LOCK_PREFIX "btrl %1, %0"
#APP
# 35 "drivers/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; btrl $1, 392(%esi)	#,
# 0 "" 2
#NO_APP
.L497:
# drivers/e1000like/e1000like.c:1163: }
	addl	$136, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L545:
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	leal	320(%esi), %ebx	#, _22
# drivers/e1000like/e1000like.c:1126: 		e1000like_down(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_down	#
# drivers/e1000like/e1000like.c:1128: 	tx_old = adapter->tx_ring;
	xorl	%eax, %eax	# tmp121
.L502:
	movl	416(%esi,%eax), %edx	# MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring, tmp124
	movl	%edx, -84(%ebp,%eax)	# tmp124, tx_old
	addl	$4, %eax	#, tmp121
	cmpl	$36, %eax	#, tmp121
	jb	.L502	#,
# drivers/e1000like/e1000like.c:1129: 	rx_old = adapter->rx_ring;
	xorl	%eax, %eax	# tmp127
.L504:
	movl	452(%esi,%eax), %edx	# MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring, tmp130
	movl	%edx, -148(%ebp,%eax)	# tmp130, rx_old
	addl	$4, %eax	#, tmp127
	cmpl	$32, %eax	#, tmp127
	jb	.L504	#,
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	32(%edi), %eax	# ring_18(D)->tx_pending, ring_18(D)->tx_pending
	movl	$4096, %edx	#, tmp205
	cmpl	%edx, %eax	# tmp205, ring_18(D)->tx_pending
	cmova	%edx, %eax	# ring_18(D)->tx_pending,, tmp205, tmp131
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	movl	$80, %edx	#, tmp206
	cmpl	%edx, %eax	# tmp206, tmp131
	cmovb	%edx, %eax	# tmp131,, tmp206, tmp131
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	$4096, %edx	#, tmp207
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	addl	$7, %eax	#, tmp133
	andl	$-8, %eax	#, tmp134
	movl	%eax, 428(%esi)	# tmp134, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring.count
# drivers/e1000like/e1000like.c:1106: 	if (count > E1000LIKE_MAX_DESC)
	movl	20(%edi), %eax	# ring_18(D)->rx_pending, ring_18(D)->rx_pending
	cmpl	%edx, %eax	# tmp207, ring_18(D)->rx_pending
	cmova	%edx, %eax	# ring_18(D)->rx_pending,, tmp207, tmp135
# drivers/e1000like/e1000like.c:1108: 	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
	movl	$80, %edx	#, tmp208
	cmpl	%edx, %eax	# tmp208, tmp135
	cmovb	%edx, %eax	# tmp135,, tmp208, tmp135
	addl	$7, %eax	#, tmp137
	andl	$-8, %eax	#, tmp138
	movl	%eax, 464(%esi)	# tmp138, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring.count
# drivers/e1000like/e1000like.c:1134: 		err = e1000like_setup_rx_resources(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_setup_rx_resources	#
# drivers/e1000like/e1000like.c:1135: 		if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:1134: 		err = e1000like_setup_rx_resources(adapter);
	movl	%eax, %edi	# tmp198, <retval>
# drivers/e1000like/e1000like.c:1135: 		if (err)
	jne	.L506	#,
# drivers/e1000like/e1000like.c:1137: 		err = e1000like_setup_tx_resources(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_setup_tx_resources	#
	movl	%eax, %edi	# tmp199, <retval>
# drivers/e1000like/e1000like.c:1142: 		rx_new = adapter->rx_ring;
	xorl	%eax, %eax	# tmp141
# drivers/e1000like/e1000like.c:1138: 		if (err)
	testl	%edi, %edi	# <retval>
	jne	.L546	#,
.L508:
# drivers/e1000like/e1000like.c:1142: 		rx_new = adapter->rx_ring;
	movl	452(%esi,%eax), %edx	# MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring, tmp144
	movl	%edx, -116(%ebp,%eax)	# tmp144, rx_new
	addl	$4, %eax	#, tmp141
	cmpl	$32, %eax	#, tmp141
	jb	.L508	#,
# drivers/e1000like/e1000like.c:1143: 		tx_new = adapter->tx_ring;
	xorl	%eax, %eax	# tmp147
.L510:
	movl	416(%esi,%eax), %edx	# MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring, tmp150
	movl	%edx, -48(%ebp,%eax)	# tmp150, tx_new
	addl	$4, %eax	#, tmp147
	cmpl	$36, %eax	#, tmp147
	jb	.L510	#,
# drivers/e1000like/e1000like.c:1144: 		adapter->rx_ring = rx_old;
	xorl	%eax, %eax	# tmp153
.L512:
	movl	-148(%ebp,%eax), %edx	# rx_old, tmp156
	movl	%edx, 452(%esi,%eax)	# tmp156, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring
	addl	$4, %eax	#, tmp153
	cmpl	$32, %eax	#, tmp153
	jb	.L512	#,
# drivers/e1000like/e1000like.c:1145: 		adapter->tx_ring = tx_old;
	xorl	%eax, %eax	# tmp159
.L514:
	movl	-84(%ebp,%eax), %edx	# tx_old, tmp162
	movl	%edx, 416(%esi,%eax)	# tmp162, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring
	addl	$4, %eax	#, tmp159
	cmpl	$36, %eax	#, tmp159
	jb	.L514	#,
# drivers/e1000like/e1000like.c:1146: 		e1000like_free_rx_resources(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_free_rx_resources	#
# drivers/e1000like/e1000like.c:1147: 		e1000like_free_tx_resources(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_free_tx_resources	#
# drivers/e1000like/e1000like.c:1148: 		adapter->rx_ring = rx_new;
	xorl	%eax, %eax	# tmp165
.L516:
	movl	-116(%ebp,%eax), %edx	# rx_new, tmp168
	movl	%edx, 452(%esi,%eax)	# tmp168, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring
	addl	$4, %eax	#, tmp165
	cmpl	$32, %eax	#, tmp165
	jb	.L516	#,
# drivers/e1000like/e1000like.c:1149: 		adapter->tx_ring = tx_new;
	xorl	%eax, %eax	# tmp171
.L518:
	movl	-48(%ebp,%eax), %edx	# tx_new, tmp174
	movl	%edx, 416(%esi,%eax)	# tmp174, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring
	addl	$4, %eax	#, tmp171
	cmpl	$36, %eax	#, tmp171
	jb	.L518	#,
# drivers/e1000like/e1000like.c:1150: 		err = e1000like_up(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_up	#
	movl	%eax, %edi	# tmp200, <retval>
	jmp	.L544	#
	.p2align 4,,10
	.p2align 3
.L546:
# drivers/e1000like/e1000like.c:1156: 	e1000like_free_rx_resources(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_free_rx_resources	#
.L506:
# drivers/e1000like/e1000like.c:1158: 	adapter->rx_ring = rx_old;
	xorl	%eax, %eax	# tmp177
.L520:
	movl	-148(%ebp,%eax), %edx	# rx_old, tmp180
	movl	%edx, 452(%esi,%eax)	# tmp180, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].rx_ring
	addl	$4, %eax	#, tmp177
	cmpl	$32, %eax	#, tmp177
	jb	.L520	#,
# drivers/e1000like/e1000like.c:1159: 	adapter->tx_ring = tx_old;
	xorl	%eax, %eax	# tmp183
.L522:
	movl	-84(%ebp,%eax), %edx	# tx_old, tmp186
	movl	%edx, 416(%esi,%eax)	# tmp186, MEM[(struct e1000like_adapter *)netdev_16(D) + 320B].tx_ring
	addl	$4, %eax	#, tmp183
	cmpl	$36, %eax	#, tmp183
	jb	.L522	#,
# drivers/e1000like/e1000like.c:1160: 	e1000like_up(adapter);
	movl	%ebx, %eax	# _22,
	call	e1000like_up	#
	jmp	.L544	#
.L526:
# drivers/e1000like/e1000like.c:1119: 		return -EINVAL;
	movl	$-22, %edi	#, <retval>
	jmp	.L497	#
	.size	e1000like_set_ringparam, .-e1000like_set_ringparam
	.p2align 4
	.type	e1000like_close, @function
e1000like_close:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%esi, -4(%ebp)	#,
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	leal	320(%eax), %esi	#, _4
# drivers/e1000like/e1000like.c:888: {
	movl	%ebx, -8(%ebp)	#,
# drivers/e1000like/e1000like.c:888: {
	movl	%eax, %ebx	# tmp88, netdev
# drivers/e1000like/e1000like.c:891: 	e1000like_down(adapter);
	movl	%esi, %eax	# _4,
	call	e1000like_down	#
# drivers/e1000like/e1000like.c:892: 	free_irq(netdev->irq, netdev);
	movl	28(%ebx), %eax	# netdev_3(D)->irq, netdev_3(D)->irq
	movl	%ebx, %edx	# netdev,
	call	free_irq	#
# drivers/e1000like/e1000like.c:893: 	e1000like_free_tx_resources(adapter);
	movl	%esi, %eax	# _4,
	call	e1000like_free_tx_resources	#
# drivers/e1000like/e1000like.c:894: 	e1000like_free_rx_resources(adapter);
	movl	%esi, %eax	# _4,
	call	e1000like_free_rx_resources	#
# drivers/e1000like/e1000like.c:896: }
	movl	-8(%ebp), %ebx	#,
	xorl	%eax, %eax	#
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_close, .-e1000like_close
	.p2align 4
	.type	e1000like_open, @function
e1000like_open:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp94, netdev
	movl	%edi, -4(%ebp)	#,
# drivers/include/linux/netdevice.h:156: 	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
	leal	320(%eax), %edi	#, _28
# drivers/e1000like/e1000like.c:855: {
	movl	%ebx, -12(%ebp)	#,
# drivers/include/asm/bitops.h:68: 	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
	movl	392(%eax), %eax	# MEM[(const volatile long unsigned int *)netdev_13(D) + 392B], _26
# drivers/e1000like/e1000like.c:859: 	if (test_bit(__E1000LIKE_TESTING, &adapter->flags))
	testb	$1, %al	#, _26
	jne	.L554	#,
# drivers/e1000like/e1000like.c:862: 	err = e1000like_setup_tx_resources(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_setup_tx_resources	#
# drivers/e1000like/e1000like.c:863: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:862: 	err = e1000like_setup_tx_resources(adapter);
	movl	%eax, %ebx	# tmp95, <retval>
# drivers/e1000like/e1000like.c:863: 	if (err)
	je	.L559	#,
.L551:
# drivers/e1000like/e1000like.c:883: 	e1000like_reset_hw(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_reset_hw	#
.L549:
# drivers/e1000like/e1000like.c:885: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-12(%ebp), %ebx	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L559:
# drivers/e1000like/e1000like.c:865: 	err = e1000like_setup_rx_resources(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_setup_rx_resources	#
# drivers/e1000like/e1000like.c:866: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:865: 	err = e1000like_setup_rx_resources(adapter);
	movl	%eax, %ebx	# tmp96, <retval>
# drivers/e1000like/e1000like.c:866: 	if (err)
	jne	.L552	#,
# drivers/e1000like/e1000like.c:868: 	err = request_irq(netdev->irq, e1000like_intr, IRQF_SHARED, netdev->name, netdev);
	movl	28(%esi), %eax	# netdev_13(D)->irq, netdev_13(D)->irq
	movl	$128, %ecx	#,
	movl	$e1000like_intr, %edx	#,
	movl	%esi, 4(%esp)	# netdev,
	movl	%esi, (%esp)	# netdev,
	call	request_irq	#
# drivers/e1000like/e1000like.c:869: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:868: 	err = request_irq(netdev->irq, e1000like_intr, IRQF_SHARED, netdev->name, netdev);
	movl	%eax, %ebx	# tmp97, <retval>
# drivers/e1000like/e1000like.c:869: 	if (err)
	je	.L560	#,
.L553:
# drivers/e1000like/e1000like.c:879: 	e1000like_free_rx_resources(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_free_rx_resources	#
.L552:
# drivers/e1000like/e1000like.c:881: 	e1000like_free_tx_resources(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_free_tx_resources	#
	jmp	.L551	#
	.p2align 4,,10
	.p2align 3
.L560:
# drivers/e1000like/e1000like.c:871: 	err = e1000like_up(adapter);
	movl	%edi, %eax	# _28,
	call	e1000like_up	#
# drivers/e1000like/e1000like.c:872: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/e1000like/e1000like.c:871: 	err = e1000like_up(adapter);
	movl	%eax, %ebx	# tmp98, <retval>
# drivers/e1000like/e1000like.c:872: 	if (err)
	.p2align 4,,2
	je	.L549	#,
# drivers/e1000like/e1000like.c:877: 	free_irq(netdev->irq, netdev);
	movl	28(%esi), %eax	# netdev_13(D)->irq, netdev_13(D)->irq
	movl	%esi, %edx	# netdev,
	call	free_irq	#
	jmp	.L553	#
	.p2align 4,,10
	.p2align 3
.L554:
# drivers/e1000like/e1000like.c:860: 		return -EBUSY;
	movl	$-16, %ebx	#, <retval>
	jmp	.L549	#
	.size	e1000like_open, .-e1000like_open
	.section	.rodata.str1.1
.LC15:
	.string	"<6>%s - version %s\n"
	.text
	.p2align 4
	.type	e1000like_init_module, @function
e1000like_init_module:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:1628: 	printk(KERN_INFO "%s - version %s\n", e1000like_driver_string, e1000like_driver_version);
	movl	$e1000like_driver_string, %edx	#,
# drivers/e1000like/e1000like.c:1627: {
	movl	%esp, %ebp	#,
# drivers/e1000like/e1000like.c:1628: 	printk(KERN_INFO "%s - version %s\n", e1000like_driver_string, e1000like_driver_version);
	movl	$e1000like_driver_version, %eax	#,
# drivers/e1000like/e1000like.c:1627: {
	subl	$12, %esp	#,
# drivers/e1000like/e1000like.c:1628: 	printk(KERN_INFO "%s - version %s\n", e1000like_driver_string, e1000like_driver_version);
	movl	%edx, 4(%esp)	#,
	movl	%eax, 8(%esp)	#,
	movl	$.LC15, (%esp)	#,
	call	printk	#
# drivers/e1000like/e1000like.c:1629: 	return pci_register_driver(&e1000like_driver);
	xorl	%edx, %edx	#
	movl	$e1000like_driver, %eax	#,
	call	__pci_register_driver	#
# drivers/e1000like/e1000like.c:1630: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000like_init_module, .-e1000like_init_module
	.globl	init_module
	.set	init_module,e1000like_init_module
	.p2align 4
	.type	e1000like_exit_module, @function
e1000like_exit_module:
	pushl	%ebp	#
# drivers/e1000like/e1000like.c:1635: 	pci_unregister_driver(&e1000like_driver);
	movl	$e1000like_driver, %eax	#,
# drivers/e1000like/e1000like.c:1634: {
	movl	%esp, %ebp	#,
# drivers/e1000like/e1000like.c:1635: 	pci_unregister_driver(&e1000like_driver);
	call	pci_unregister_driver	#
# drivers/e1000like/e1000like.c:1636: }
	popl	%ebp	#
	ret	
	.size	e1000like_exit_module, .-e1000like_exit_module
	.globl	cleanup_module
	.set	cleanup_module,e1000like_exit_module
	.data
	.align 32
	.type	e1000like_driver, @object
	.size	e1000like_driver, 36
e1000like_driver:
# name:
	.zero	8
	.long	e1000like_driver_name
# id_table:
	.long	e1000like_pci_tbl
# probe:
	.long	e1000like_probe
# remove:
	.long	e1000like_remove
	.zero	12
	.section	.rodata
	.align 32
	.type	e1000like_dump_regs, @object
	.size	e1000like_dump_regs, 32
e1000like_dump_regs:
	.value	0
	.value	8
	.value	256
	.value	10240
	.value	10248
	.value	10256
	.value	10264
	.value	1024
	.value	14336
	.value	14344
	.value	14352
	.value	14360
	.value	208
	.value	21504
	.value	21508
	.value	20
	.align 32
	.type	e1000like_gstrings_stats, @object
	.size	e1000like_gstrings_stats, 612
e1000like_gstrings_stats:
# name:
	.string	"rx_packets"
	.zero	21
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	48
# name:
	.string	"tx_packets"
	.zero	21
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	52
# name:
	.string	"rx_bytes"
	.zero	23
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	56
# name:
	.string	"tx_bytes"
	.zero	23
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	60
# name:
	.string	"rx_errors"
	.zero	22
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	64
# name:
	.string	"tx_dropped"
	.zero	21
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	76
# name:
	.string	"rx_over_errors"
	.zero	17
# base:
	.byte	0
# size:
	.byte	4
# offset:
	.value	92
# name:
	.string	"hw_good_rx_packets"
	.zero	13
# base:
	.byte	1
# size:
	.byte	8
# offset:
	.value	200
# name:
	.string	"hw_good_tx_packets"
	.zero	13
# base:
	.byte	1
# size:
	.byte	8
# offset:
	.value	208
# name:
	.string	"rx_frame_errors"
	.zero	16
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	252
# name:
	.string	"tx_restart_queue"
	.zero	15
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	232
# name:
	.string	"tx_timeout_count"
	.zero	15
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	236
# name:
	.string	"tx_busy"
	.zero	24
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	240
# name:
	.string	"alloc_rx_buff_failed"
	.zero	11
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	244
# name:
	.string	"rx_copybreak"
	.zero	19
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	248
# name:
	.string	"irq_count"
	.zero	22
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	256
# name:
	.string	"watchdog_count"
	.zero	17
# base:
	.byte	1
# size:
	.byte	4
# offset:
	.value	260
	.align 32
	.type	e1000like_ethtool_ops, @object
	.size	e1000like_ethtool_ops, 60
e1000like_ethtool_ops:
# get_drvinfo:
	.long	e1000like_get_drvinfo
# get_regs_len:
	.long	e1000like_get_regs_len
# get_regs:
	.long	e1000like_get_regs
# get_msglevel:
	.long	e1000like_get_msglevel
# set_msglevel:
	.long	e1000like_set_msglevel
# nway_reset:
	.long	e1000like_nway_reset
# get_link:
	.long	ethtool_op_get_link
# get_eeprom_len:
	.long	e1000like_get_eeprom_len
# get_eeprom:
	.long	e1000like_get_eeprom
# get_ringparam:
	.long	e1000like_get_ringparam
# set_ringparam:
	.long	e1000like_set_ringparam
# get_strings:
	.long	e1000like_get_strings
# get_stats_count:
	.long	e1000like_get_stats_count
# get_ethtool_stats:
	.long	e1000like_get_ethtool_stats
# get_perm_addr:
	.long	ethtool_op_get_perm_addr
	.align 32
	.type	e1000like_pci_tbl, @object
	.size	e1000like_pci_tbl, 56
e1000like_pci_tbl:
# vendor:
	.long	32902
# device:
	.long	4110
# subvendor:
	.long	-1
# subdevice:
	.long	-1
# class:
	.long	0
# class_mask:
	.long	0
# driver_data:
	.long	0
# vendor:
	.long	0
# device:
	.long	0
# subvendor:
	.long	0
# subdevice:
	.long	0
# class:
	.long	0
# class_mask:
	.long	0
# driver_data:
	.long	0
	.align 4
	.type	e1000like_driver_version, @object
	.size	e1000like_driver_version, 6
e1000like_driver_version:
	.string	"0.1.0"
	.align 32
	.type	e1000like_driver_string, @object
	.size	e1000like_driver_string, 33
e1000like_driver_string:
	.string	"e1000-like sample network driver"
	.align 4
	.type	e1000like_driver_name, @object
	.size	e1000like_driver_name, 10
e1000like_driver_name:
	.string	"e1000like"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
