	.file	"e1000_ethtool.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m32 -msoft-float -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mstack-protector-guard-reg=fs -mstack-protector-guard-symbol=__stack_chk_guard -mindirect-branch=thunk-extern -mindirect-branch-register -mindirect-branch-cs-prefix -O2 -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fcf-protection=none -freg-struct-return -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-jump-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fstack-protector-strong -fno-omit-frame-pointer -fno-optimize-sibling-calls -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
	.p2align 4
	.type	e1000_get_pauseparam, @function
e1000_get_pauseparam:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:254: 		(adapter->fc_autoneg ? AUTONEG_ENABLE : AUTONEG_DISABLE);
	xorl	%ecx, %ecx	# tmp88
	cmpb	$0, 2012(%eax)	#, MEM[(struct e1000_adapter *)netdev_7(D) + 1440B].fc_autoneg
	setne	%cl	#, tmp88
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:253: 	pause->autoneg =
	movl	%ecx, 4(%edx)	# tmp88, pause_8(D)->autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:256: 	if (hw->fc == E1000_FC_RX_PAUSE) {
	movl	2420(%eax), %eax	# MEM[(struct e1000_hw *)netdev_7(D) + 2376B].fc, _4
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:256: 	if (hw->fc == E1000_FC_RX_PAUSE) {
	cmpl	$1, %eax	#, _4
	je	.L7	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:258: 	} else if (hw->fc == E1000_FC_TX_PAUSE) {
	cmpl	$2, %eax	#, _4
	je	.L5	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:260: 	} else if (hw->fc == E1000_FC_FULL) {
	cmpl	$3, %eax	#, _4
	je	.L8	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:264: }
	.p2align 4,,5
	ret	
	.p2align 4,,10
	.p2align 3
.L8:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:261: 		pause->rx_pause = 1;
	movl	$1, 8(%edx)	#, pause_8(D)->rx_pause
.L5:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:262: 		pause->tx_pause = 1;
	movl	$1, 12(%edx)	#, pause_8(D)->tx_pause
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:264: }
	ret	
	.p2align 4,,10
	.p2align 3
.L7:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:257: 		pause->rx_pause = 1;
	movl	$1, 8(%edx)	#, pause_8(D)->rx_pause
	ret	
	.size	e1000_get_pauseparam, .-e1000_get_pauseparam
	.p2align 4
	.type	e1000_get_msglevel, @function
e1000_get_msglevel:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:308: 	return adapter->msg_enable;
	movl	3308(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_3(D) + 1440B].msg_enable, MEM[(struct e1000_adapter *)netdev_3(D) + 1440B].msg_enable
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:309: }
	ret	
	.size	e1000_get_msglevel, .-e1000_get_msglevel
	.p2align 4
	.type	e1000_set_msglevel, @function
e1000_set_msglevel:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:315: 	adapter->msg_enable = data;
	movl	%edx, 3308(%eax)	# tmp86, MEM[(struct e1000_adapter *)netdev_3(D) + 1440B].msg_enable
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:316: }
	ret	
	.size	e1000_set_msglevel, .-e1000_set_msglevel
	.p2align 4
	.type	e1000_get_regs_len, @function
e1000_get_regs_len:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:322: }
	movl	$128, %eax	#,
	ret	
	.size	e1000_get_regs_len, .-e1000_get_regs_len
	.p2align 4
	.type	e1000_get_eeprom_len, @function
e1000_get_eeprom_len:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:417: 	return hw->eeprom.word_size * 2;
	movzwl	2440(%eax), %eax	# MEM[(struct e1000_hw *)netdev_4(D) + 2376B].eeprom.word_size, MEM[(struct e1000_hw *)netdev_4(D) + 2376B].eeprom.word_size
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:417: 	return hw->eeprom.word_size * 2;
	addl	%eax, %eax	# tmp86
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:418: }
	ret	
	.size	e1000_get_eeprom_len, .-e1000_get_eeprom_len
	.p2align 4
	.type	e1000_get_ringparam, @function
e1000_get_ringparam:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:558: 	ring->rx_max_pending = (mac_type < e1000_82544) ? E1000_MAX_RXD :
	cmpl	$4, 2388(%eax)	#, MEM[(struct e1000_hw *)netdev_5(D) + 2376B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:556: 	struct e1000_rx_ring *rxdr = adapter->rx_ring;
	movl	2100(%eax), %ebx	# MEM[(struct e1000_adapter *)netdev_5(D) + 1440B].rx_ring, rxdr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:555: 	struct e1000_tx_ring *txdr = adapter->tx_ring;
	movl	2016(%eax), %ecx	# MEM[(struct e1000_adapter *)netdev_5(D) + 1440B].tx_ring, txdr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:558: 	ring->rx_max_pending = (mac_type < e1000_82544) ? E1000_MAX_RXD :
	sbbl	%eax, %eax	# iftmp.114_3
	andl	$-3840, %eax	#, iftmp.114_3
	addl	$4096, %eax	#, iftmp.114_3
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:558: 	ring->rx_max_pending = (mac_type < e1000_82544) ? E1000_MAX_RXD :
	movl	%eax, 4(%edx)	# iftmp.114_3, ring_9(D)->rx_max_pending
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:560: 	ring->tx_max_pending = (mac_type < e1000_82544) ? E1000_MAX_TXD :
	movl	%eax, 16(%edx)	# iftmp.114_3, ring_9(D)->tx_max_pending
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:562: 	ring->rx_pending = rxdr->count;
	movl	12(%ebx), %eax	# rxdr_8->count, _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:564: }
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:562: 	ring->rx_pending = rxdr->count;
	movl	%eax, 20(%edx)	# _1, ring_9(D)->rx_pending
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:563: 	ring->tx_pending = txdr->count;
	movl	12(%ecx), %eax	# txdr_7->count, _2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:564: }
	popl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:563: 	ring->tx_pending = txdr->count;
	movl	%eax, 32(%edx)	# _2, ring_9(D)->tx_pending
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:564: }
	ret	
	.size	e1000_get_ringparam, .-e1000_get_ringparam
	.p2align 4
	.type	e1000_test_intr, @function
e1000_test_intr:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:827: 	adapter->test_icr |= er32(ICR);
	movl	2376(%edx), %eax	# MEM[(struct e1000_hw *)data_5(D) + 2376B].hw_addr, tmp95
	addl	$192, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:827: 	adapter->test_icr |= er32(ICR);
#NO_APP
	orl	%eax, 3228(%edx)	# ret, MEM[(struct e1000_adapter *)data_5(D) + 1440B].test_icr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:830: }
	movl	$1, %eax	#,
	ret	
	.size	e1000_test_intr, .-e1000_test_intr
	.p2align 4
	.type	e1000_get_sset_count, @function
e1000_get_sset_count:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1506: 	switch (sset) {
	testl	%edx, %edx	# sset
	je	.L20	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1512: 		return -EOPNOTSUPP;
	decl	%edx	# sset
	movl	$46, %eax	#, tmp90
	movl	$-95, %edx	#, tmp91
	cmovne	%edx, %eax	# tmp90,, tmp91, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L20:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1508: 		return E1000_TEST_LEN;
	movl	$5, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1514: }
	ret	
	.size	e1000_get_sset_count, .-e1000_get_sset_count
	.p2align 4
	.type	e1000_wol_exclusion, @function
e1000_wol_exclusion:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1591: {
	movl	%eax, %ebx	# tmp111, adapter
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1595: 	switch (hw->device_id) {
	movzwl	1138(%eax), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].device_id, _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1595: 	switch (hw->device_id) {
	cmpl	$4218, %eax	#, _1
	je	.L23	#,
	ja	.L24	#,
	subl	$4096, %eax	#, tmp100
	cmpw	$29, %ax	#, tmp100
	movzwl	%ax, %ecx	# tmp100, _30
	ja	.L25	#,
	movl	$1, %eax	#, tmp102
	sall	%cl, %eax	# _30, tmp101
	testl	$537035283, %eax	#, tmp101
	jne	.L26	#,
	cmpl	$18, %ecx	#, _30
	je	.L23	#,
.L25:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1632: 		if (er32(STATUS) & E1000_STATUS_FUNC_1 &&
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, tmp114
	addl	$8, %eax	#, _9
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_9], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1632: 		if (er32(STATUS) & E1000_STATUS_FUNC_1 &&
#NO_APP
	testb	$4, %al	#, ret
	je	.L30	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1632: 		if (er32(STATUS) & E1000_STATUS_FUNC_1 &&
	movl	1880(%ebx), %eax	# adapter_14(D)->eeprom_wol,
	testl	%eax, %eax	#
	je	.L26	#,
.L30:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1616: 		retval = 0;
	xorl	%eax, %eax	# <retval>
.L22:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1642: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L24:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1595: 	switch (hw->device_id) {
	cmpl	$4277, %eax	#, _1
	jne	.L48	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1620: 		if (!adapter->quad_port_a) {
	cmpb	$0, 1874(%ebx)	#, adapter_14(D)->quad_port_a
	je	.L26	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1616: 		retval = 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L22	#
	.p2align 4,,10
	.p2align 3
.L48:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1595: 	switch (hw->device_id) {
	ja	.L25	#,
	cmpl	$4234, %eax	#, _1
	.p2align 4,,4
	je	.L26	#,
	cmpl	$4249, %eax	#, _1
	jne	.L25	#,
.L26:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1642: }
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1593: 	int retval = 1; /* fail by default */
	movl	$1, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1612: 			wol->supported = 0;
	movl	$0, 4(%edx)	#, wol_16(D)->supported
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1642: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1611: 		if (er32(STATUS) & E1000_STATUS_FUNC_1) {
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_4], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1611: 		if (er32(STATUS) & E1000_STATUS_FUNC_1) {
#NO_APP
	testb	$4, %al	#, ret
	jne	.L26	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1616: 		retval = 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L22	#
	.size	e1000_wol_exclusion, .-e1000_wol_exclusion
	.p2align 4
	.type	e1000_get_coalesce, @function
e1000_get_coalesce:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1758: 	if (adapter->hw.mac_type < e1000_82545)
	cmpl	$5, 2388(%eax)	#, MEM[(struct e1000_adapter *)netdev_8(D) + 1440B].hw.mac_type
	jbe	.L53	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1755: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp95, ec
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1761: 	if (adapter->itr_setting <= 4)
	movl	2004(%eax), %ecx	# MEM[(struct e1000_adapter *)netdev_8(D) + 1440B].itr_setting, _2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1761: 	if (adapter->itr_setting <= 4)
	cmpl	$4, %ecx	#, _2
	jbe	.L52	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1764: 		ec->rx_coalesce_usecs = 1000000 / adapter->itr_setting;
	movl	$1000000, %eax	#, tmp92
	xorl	%edx, %edx	# tmp91
	divl	%ecx	# _2
	movl	%eax, %ecx	# tmp92, _2
.L52:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1762: 		ec->rx_coalesce_usecs = adapter->itr_setting;
	movl	%ecx, 4(%ebx)	# _2, ec_9(D)->rx_coalesce_usecs
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1766: 	return 0;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1767: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L53:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1759: 		return -EOPNOTSUPP;
	movl	$-95, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1767: }
	ret	
	.size	e1000_get_coalesce, .-e1000_get_coalesce
	.p2align 4
	.type	e1000_set_coalesce, @function
e1000_set_coalesce:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1777: 	if (hw->mac_type < e1000_82545)
	cmpl	$5, 2388(%eax)	#, MEM[(struct e1000_hw *)netdev_21(D) + 2376B].mac_type
	jbe	.L66	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1773: {
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp124, netdev
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp125, ec
	movl	%ebx, -12(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1780: 	if ((ec->rx_coalesce_usecs > E1000_MAX_ITR_USECS) ||
	movl	4(%edx), %ebx	# ec_23(D)->rx_coalesce_usecs, _24
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1780: 	if ((ec->rx_coalesce_usecs > E1000_MAX_ITR_USECS) ||
	cmpl	$10000, %ebx	#, _24
	seta	%dl	#, tmp103
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1782: 	     (ec->rx_coalesce_usecs < E1000_MIN_ITR_USECS)) ||
	cmpl	$2, %ebx	#, _24
	sete	%al	#, tmp105
	orb	%dl, %al	# tmp103, tmp126
	jne	.L67	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1780: 	if ((ec->rx_coalesce_usecs > E1000_MAX_ITR_USECS) ||
	leal	-5(%ebx), %eax	#, tmp107
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1782: 	     (ec->rx_coalesce_usecs < E1000_MIN_ITR_USECS)) ||
	cmpl	$4, %eax	#, tmp107
	jbe	.L67	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1799: 		ew32(ITR, 0);
	movl	2376(%ecx), %eax	# MEM[(struct e1000_hw *)netdev_21(D) + 2376B].hw_addr, tmp128
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1786: 	if (ec->rx_coalesce_usecs == 4) {
	cmpl	$4, %ebx	#, _24
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1799: 		ew32(ITR, 0);
	leal	196(%eax), %edi	#, _51
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1786: 	if (ec->rx_coalesce_usecs == 4) {
	je	.L74	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1788: 	} else if (ec->rx_coalesce_usecs <= 3) {
	cmpl	$3, %ebx	#, _24
	ja	.L62	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1789: 		adapter->itr = 20000;
	movl	$20000, %eax	#,
	movl	%eax, 2000(%ecx)	#, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1790: 		adapter->itr_setting = ec->rx_coalesce_usecs;
	movl	4(%esi), %eax	# ec_23(D)->rx_coalesce_usecs, _6
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1790: 		adapter->itr_setting = ec->rx_coalesce_usecs;
	movl	%eax, 2004(%ecx)	# _6, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr_setting
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1796: 	if (adapter->itr_setting != 0)
	testl	%eax, %eax	# _6
	jne	.L75	#,
.L63:
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edi)	# prephitmp_42,* _51
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1801: 	return 0;
#NO_APP
	xorl	%eax, %eax	# <retval>
.L58:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1802: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L62:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1792: 		adapter->itr = (1000000 / ec->rx_coalesce_usecs);
	movl	$1000000, %eax	#, tmp113
	xorl	%edx, %edx	# tmp112
	divl	%ebx	# _24
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1792: 		adapter->itr = (1000000 / ec->rx_coalesce_usecs);
	movl	%eax, 2000(%ecx)	# tmp111, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1793: 		adapter->itr_setting = adapter->itr & ~3;
	movl	%eax, %edx	# tmp111, tmp114
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1797: 		ew32(ITR, 1000000000 / (adapter->itr * 256));
	sall	$8, %eax	#, tmp111
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1793: 		adapter->itr_setting = adapter->itr & ~3;
	andl	$-4, %edx	#, tmp114
	movl	%edx, 2004(%ecx)	# tmp114, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr_setting
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1797: 		ew32(ITR, 1000000000 / (adapter->itr * 256));
	movl	%eax, %ecx	# tmp111, tmp115
	xorl	%edx, %edx	# tmp117
	movl	$1000000000, %eax	#, tmp118
	divl	%ecx	# tmp115
	jmp	.L63	#
	.p2align 4,,10
	.p2align 3
.L74:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1787: 		adapter->itr = adapter->itr_setting = 4;
	movl	$4, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1787: 		adapter->itr = adapter->itr_setting = 4;
	movl	$4, %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1787: 		adapter->itr = adapter->itr_setting = 4;
	movl	%edx, 2004(%ecx)	#, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr_setting
	movl	$976562, %eax	#, prephitmp_42
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1787: 		adapter->itr = adapter->itr_setting = 4;
	movl	%ebx, 2000(%ecx)	#, MEM[(struct e1000_adapter *)netdev_21(D) + 1440B].itr
	jmp	.L63	#
	.p2align 4,,10
	.p2align 3
.L67:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1784: 		return -EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L66:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1778: 		return -EOPNOTSUPP;
	movl	$-95, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1802: }
	ret	
.L75:
	movl	$195, %eax	#, prephitmp_42
	jmp	.L63	#
	.size	e1000_set_coalesce, .-e1000_set_coalesce
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"set/check reg %04X test failed: got 0x%08X expected 0x%08X\n"
	.section	.text.unlikely,"ax",@progbits
.LCOLDB1:
	.text
.LHOTB1:
	.p2align 4
	.type	reg_set_and_check, @function
reg_set_and_check:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$32, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%ecx, %ebx	# tmp112, reg
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp110, adapter
	movl	12(%ebp), %eax	# write, write
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:688: {
	movl	%edx, %edi	# tmp111, data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:690: 	u8 __iomem *address = hw->hw_addr + reg;
	movl	936(%esi), %edx	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, address
	addl	%ecx, %edx	# reg, address
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:693: 	writel(write & mask, address);
	movl	8(%ebp), %ecx	# mask, _3
	andl	%eax, %ecx	# write, _3
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# _3, MEM[(volatile unsigned int *)address_16]
# 0 "" 2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)address_16], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:695: 	if ((read & mask) != (write & mask)) {
#NO_APP
	xorl	%edx, %eax	# ret, tmp102
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:695: 	if ((read & mask) != (write & mask)) {
	testl	%eax, 8(%ebp)	# tmp102, mask
	jne	.L85	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:703: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:702: 	return false;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:703: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L85:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:696: 		e_err(drv, "set/check reg %04X test failed: "
	testb	$1, 1868(%esi)	#, adapter_13(D)->msg_enable
	jne	.L83	#,
.L78:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:699: 		*data = reg;
	movl	%ebx, (%edi)	# reg, *data_20(D)
	sarl	$31, %ebx	#, reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:700: 		return true;
	movb	$1, %al	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:699: 		*data = reg;
	movl	%ebx, 4(%edi)	# reg, *data_20(D)
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:703: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	reg_set_and_check.cold, @function
reg_set_and_check.cold:
.L83:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:696: 		e_err(drv, "set/check reg %04X test failed: "
	movl	%ecx, 16(%esp)	# _3,
	movl	8(%ebp), %eax	# mask, ret
	movl	%ebx, 8(%esp)	# reg,
	movl	$.LC0, 4(%esp)	#,
	andl	%edx, %eax	# ret, ret
	movl	%eax, 12(%esp)	# tmp106,
	movl	928(%esi), %eax	# adapter_13(D)->netdev, adapter_13(D)->netdev
	movl	%eax, (%esp)	# adapter_13(D)->netdev,
	call	netdev_err	#
	jmp	.L78	#
	.text
	.size	reg_set_and_check, .-reg_set_and_check
	.section	.text.unlikely
	.size	reg_set_and_check.cold, .-reg_set_and_check.cold
.LCOLDE1:
	.text
.LHOTE1:
	.section	.rodata.str1.4
	.align 4
.LC2:
	.string	"pattern test reg %04X failed: got 0x%08X expected 0x%08X\n"
	.section	.text.unlikely
.LCOLDB3:
	.text
.LHOTB3:
	.p2align 4
	.type	reg_pattern_test, @function
reg_pattern_test:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:663: {
	movl	%edx, -24(%ebp)	# tmp113, %sfp
	movl	12(%ebp), %esi	# write, write
	movl	%eax, -16(%ebp)	# adapter, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:668: 	u8 __iomem *address = hw->hw_addr + reg;
	movl	936(%eax), %edx	# MEM[(struct e1000_hw *)adapter_19(D) + 936B].hw_addr, address
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:672: 	for (i = 0; i < ARRAY_SIZE(test); i++) {
	xorl	%eax, %eax	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:663: {
	movl	%ecx, -20(%ebp)	# reg, %sfp
	movl	8(%ebp), %edi	# mask, _9
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:668: 	u8 __iomem *address = hw->hw_addr + reg;
	addl	%ecx, %edx	# reg, address
	andl	%esi, %edi	# write, _9
.L90:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:673: 		writel(write & test[i], address);
	movl	test.0(,%eax,4), %ecx	# MEM[(unsigned int *)&test + _33 * 4], _4
	andl	%esi, %ecx	# write, _4
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# _4, MEM[(volatile unsigned int *)address_22]
# 0 "" 2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%ecx	# MEM[(volatile unsigned int *)address_22], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:675: 		if (read != (write & test[i] & mask)) {
#NO_APP
	movl	test.0(,%eax,4), %ebx	# MEM[(unsigned int *)&test + _33 * 4], _7
	andl	%edi, %ebx	# _9, _7
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:675: 		if (read != (write & test[i] & mask)) {
	cmpl	%ecx, %ebx	# ret, _7
	jne	.L97	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:672: 	for (i = 0; i < ARRAY_SIZE(test); i++) {
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:672: 	for (i = 0; i < ARRAY_SIZE(test); i++) {
	cmpl	$4, %eax	#, i
	jne	.L90	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:684: }
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:683: 	return false;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:684: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L97:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:676: 			e_err(drv, "pattern test reg %04X failed: "
	movl	-16(%ebp), %eax	# %sfp, adapter
	testb	$1, 1868(%eax)	#, adapter_19(D)->msg_enable
	jne	.L95	#,
.L88:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:679: 			*data = reg;
	movl	-24(%ebp), %eax	# %sfp, data
	movl	-20(%ebp), %esi	# %sfp, reg
	movl	%esi, (%eax)	# reg, *data_28(D)
	sarl	$31, %esi	#, reg
	movl	%esi, 4(%eax)	# reg, *data_28(D)
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:684: }
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:680: 			return true;
	movb	$1, %al	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:684: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	reg_pattern_test.cold, @function
reg_pattern_test.cold:
.L95:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:676: 			e_err(drv, "pattern test reg %04X failed: "
	movl	%ebx, 16(%esp)	# _7,
	movl	%ecx, 12(%esp)	# ret,
	movl	-20(%ebp), %eax	# %sfp, reg
	movl	$.LC2, 4(%esp)	#,
	movl	%eax, 8(%esp)	# reg,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	928(%eax), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
	movl	%eax, (%esp)	# adapter_19(D)->netdev,
	call	netdev_err	#
	jmp	.L88	#
	.text
	.size	reg_pattern_test, .-reg_pattern_test
	.section	.text.unlikely
	.size	reg_pattern_test.cold, .-reg_pattern_test.cold
.LCOLDE3:
	.text
.LHOTE3:
	.section	.rodata.str1.4
	.align 4
.LC4:
	.string	"forcing MDI/MDI-X state is not supported when link speed and/or duplex are forced\n"
	.section	.text.unlikely
.LCOLDB5:
	.text
.LHOTB5:
	.p2align 4
	.type	e1000_set_link_ksettings, @function
e1000_set_link_ksettings:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp130, cmd
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp129, netdev
	subl	$20, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:172: 						cmd->link_modes.advertising);
	addl	$60, %edx	#, tmp110
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:166: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp132
	movl	%eax, -16(%ebp)	# tmp132, D.79481
	xorl	%eax, %eax	# tmp132
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %eax	#, _48
	movl	%eax, -24(%ebp)	# _48, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:171: 	ethtool_convert_link_mode_to_legacy_u32(&advertising,
	leal	-20(%ebp), %eax	#, tmp136
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:169: 	u32 advertising;
	movl	$0, -20(%ebp)	#, advertising
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:171: 	ethtool_convert_link_mode_to_legacy_u32(&advertising,
	call	ethtool_convert_link_mode_to_legacy_u32	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:178: 	if (cmd->base.eth_tp_mdix_ctrl) {
	movzbl	14(%esi), %eax	# cmd_33(D)->base.eth_tp_mdix_ctrl, _3
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:178: 	if (cmd->base.eth_tp_mdix_ctrl) {
	testb	%al, %al	# _3
	je	.L103	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:179: 		if (hw->media_type != e1000_media_type_copper)
	movl	2400(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].media_type,
	testl	%edx, %edx	#
	jne	.L113	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:182: 		if ((cmd->base.eth_tp_mdix_ctrl != ETH_TP_MDI_AUTO) &&
	cmpb	$3, %al	#, _3
	je	.L103	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:182: 		if ((cmd->base.eth_tp_mdix_ctrl != ETH_TP_MDI_AUTO) &&
	cmpb	$1, 11(%esi)	#, cmd_33(D)->base.autoneg
	jne	.L130	#,
.L103:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:189: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
	leal	3316(%ebx), %edi	#, _49
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 3316(%ebx)	#, MEM[(volatile long unsigned int *)_49]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:189: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jnc	.L101	#,
	.p2align 4
	.p2align 3
.L100:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:190: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, (%edi)	#, MEM[(volatile long unsigned int *)_49]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:189: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jc	.L100	#,
.L101:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:192: 	if (cmd->base.autoneg == AUTONEG_ENABLE) {
	cmpb	$1, 11(%esi)	#, cmd_33(D)->base.autoneg
	jne	.L105	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:194: 		if (hw->media_type == e1000_media_type_fiber)
	cmpl	$1, 2400(%ebx)	#, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].media_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:193: 		hw->autoneg = 1;
	movb	$1, 2587(%ebx)	#, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:194: 		if (hw->media_type == e1000_media_type_fiber)
	je	.L131	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:200: 						 ADVERTISED_TP |
	movl	-20(%ebp), %eax	# advertising, tmp120
	orl	$192, %eax	#, tmp120
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:199: 			hw->autoneg_advertised = advertising |
	movw	%ax, 2558(%ebx)	# tmp120, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].autoneg_advertised
.L107:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:212: 	if (cmd->base.eth_tp_mdix_ctrl) {
	movzbl	14(%esi), %eax	# cmd_33(D)->base.eth_tp_mdix_ctrl, _19
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:212: 	if (cmd->base.eth_tp_mdix_ctrl) {
	testb	%al, %al	# _19
	je	.L108	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:214: 			hw->mdix = AUTO_ALL_MODES;
	cmpb	$3, %al	#, _19
	setne	%dl	#, tmp127
	negb	%dl	# tmp128
	andb	%dl, %al	# tmp128, tmp125
	movb	%al, 2588(%ebx)	# tmp125, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].mdix
.L108:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:221: 	if (netif_running(adapter->netdev)) {
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].netdev, _20
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)_20 + 36B], _56
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:221: 	if (netif_running(adapter->netdev)) {
	testb	$1, %al	#, _56
	je	.L110	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:222: 		e1000_down(adapter);
	movl	-24(%ebp), %esi	# %sfp, _48
	movl	%esi, %eax	# _48,
	call	e1000_down	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:223: 		e1000_up(adapter);
	movl	%esi, %eax	# _48,
	call	e1000_up	#
.L111:
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%ebx)	#, MEM[(volatile char *)_49]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:228: 	return 0;
#NO_APP
	xorl	%eax, %eax	# <retval>
.L98:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:229: }
	movl	-16(%ebp), %edx	# D.79481, tmp133
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp133
	jne	.L132	#,
	addl	$20, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L110:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:225: 		e1000_reset(adapter);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_reset	#
	jmp	.L111	#
	.p2align 4,,10
	.p2align 3
.L105:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:205: 		if (e1000_set_spd_dplx(adapter, speed, cmd->base.duplex)) {
	movzbl	8(%esi), %ecx	# cmd_33(D)->base.duplex, cmd_33(D)->base.duplex
	movl	4(%esi), %edx	# cmd_33(D)->base.speed, cmd_33(D)->base.speed
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_set_spd_dplx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:205: 		if (e1000_set_spd_dplx(adapter, speed, cmd->base.duplex)) {
	testl	%eax, %eax	# tmp131
	je	.L107	#,
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%ebx)	#, MEM[(volatile char *)_49]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:207: 			return -EINVAL;
#NO_APP
	jmp	.L104	#
	.p2align 4,,10
	.p2align 3
.L131:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:195: 			hw->autoneg_advertised = ADVERTISED_1000baseT_Full |
	movl	$1120, %eax	#,
	movw	%ax, 2558(%ebx)	#, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].autoneg_advertised
	jmp	.L107	#
.L130:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:184: 			e_err(drv, "forcing MDI/MDI-X state is not supported when link speed and/or duplex are forced\n");
	testb	$1, 3308(%ebx)	#, MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].msg_enable
	jne	.L128	#,
.L104:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:185: 			return -EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L98	#
.L113:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:180: 			return -EOPNOTSUPP;
	movl	$-95, %eax	#, <retval>
	jmp	.L98	#
.L132:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:229: }
	call	__stack_chk_fail	#
	.section	.text.unlikely
	.type	e1000_set_link_ksettings.cold, @function
e1000_set_link_ksettings.cold:
.L128:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:184: 			e_err(drv, "forcing MDI/MDI-X state is not supported when link speed and/or duplex are forced\n");
	movl	$.LC4, 4(%esp)	#,
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L104	#
	.text
	.size	e1000_set_link_ksettings, .-e1000_set_link_ksettings
	.section	.text.unlikely
	.size	e1000_set_link_ksettings.cold, .-e1000_set_link_ksettings.cold
.LCOLDE5:
	.text
.LHOTE5:
	.p2align 4
	.type	e1000_get_link_ksettings, @function
e1000_get_link_ksettings:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp148, netdev
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp149, cmd
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:93: 	if (hw->media_type == e1000_media_type_copper) {
	movl	2400(%eax), %edi	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].media_type,
	testl	%edi, %edi	#
	jne	.L134	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:103: 		if (hw->autoneg == 1) {
	cmpb	$1, 2587(%eax)	#, MEM[(struct e1000_hw *)netdev_34(D) + 2376B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:101: 		advertising = ADVERTISED_TP;
	movl	$128, %edi	#, advertising
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:103: 		if (hw->autoneg == 1) {
	je	.L149	#,
.L135:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:109: 		cmd->base.port = PORT_TP;
	movb	$0, 9(%ebx)	#, cmd_36(D)->base.port
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:94: 		supported = (SUPPORTED_10baseT_Half |
	movl	$239, -16(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:110: 		cmd->base.phy_address = hw->phy_addr;
	movzbl	2484(%esi), %eax	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].phy_addr, tmp153
	movb	%al, 10(%ebx)	# tmp153, cmd_36(D)->base.phy_address
.L136:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:123: 	if (er32(STATUS) & E1000_STATUS_LU) {
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].hw_addr, tmp154
	addl	$8, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:123: 	if (er32(STATUS) & E1000_STATUS_LU) {
#NO_APP
	testb	$2, %al	#, ret
	jne	.L150	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:136: 		cmd->base.speed = SPEED_UNKNOWN;
	movl	$-1, 4(%ebx)	#, cmd_36(D)->base.speed
	movb	$-1, %al	#, _16
.L138:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:134: 			cmd->base.duplex = DUPLEX_HALF;
	movb	%al, 8(%ebx)	# _16, cmd_36(D)->base.duplex
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:141: 			 hw->autoneg) ? AUTONEG_ENABLE : AUTONEG_DISABLE;
	cmpl	$1, 2400(%esi)	#, MEM[(struct e1000_hw *)netdev_34(D) + 2376B].media_type
	je	.L144	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:141: 			 hw->autoneg) ? AUTONEG_ENABLE : AUTONEG_DISABLE;
	cmpb	$0, 2587(%esi)	#, MEM[(struct e1000_hw *)netdev_34(D) + 2376B].autoneg
	setne	%al	#, _60
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:140: 	cmd->base.autoneg = ((hw->media_type == e1000_media_type_fiber) ||
	movb	%al, 11(%ebx)	# _60, cmd_36(D)->base.autoneg
	xorl	%eax, %eax	# iftmp.6_27
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:144: 	if ((hw->media_type == e1000_media_type_copper) &&
	movl	2400(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].media_type,
	testl	%ecx, %ecx	#
	je	.L151	#,
.L140:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:146: 		cmd->base.eth_tp_mdix = (!!adapter->phy_info.mdix_mode ?
	movb	%al, 13(%ebx)	# iftmp.6_27, cmd_36(D)->base.eth_tp_mdix
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:151: 	if (hw->mdix == AUTO_ALL_MODES)
	movzbl	2588(%esi), %eax	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].mdix, _20
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:151: 	if (hw->mdix == AUTO_ALL_MODES)
	testb	%al, %al	# _20
	jne	.L142	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:152: 		cmd->base.eth_tp_mdix_ctrl = ETH_TP_MDI_AUTO;
	movb	$3, %al	#, _20
.L142:
	movb	%al, 14(%ebx)	# _20, cmd_36(D)->base.eth_tp_mdix_ctrl
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:156: 	ethtool_convert_legacy_u32_to_link_mode(cmd->link_modes.supported,
	movl	-16(%ebp), %edx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:156: 	ethtool_convert_legacy_u32_to_link_mode(cmd->link_modes.supported,
	leal	48(%ebx), %eax	#, tmp136
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:156: 	ethtool_convert_legacy_u32_to_link_mode(cmd->link_modes.supported,
	call	ethtool_convert_legacy_u32_to_link_mode	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:158: 	ethtool_convert_legacy_u32_to_link_mode(cmd->link_modes.advertising,
	leal	60(%ebx), %eax	#, tmp137
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:158: 	ethtool_convert_legacy_u32_to_link_mode(cmd->link_modes.advertising,
	movl	%edi, %edx	# advertising,
	call	ethtool_convert_legacy_u32_to_link_mode	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:162: }
	xorl	%eax, %eax	#
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L134:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:120: 		cmd->base.port = PORT_FIBRE;
	movb	$3, 9(%edx)	#, cmd_36(D)->base.port
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:116: 		advertising = (ADVERTISED_1000baseT_Full |
	movl	$1120, %edi	#, advertising
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:112: 		supported   = (SUPPORTED_1000baseT_Full |
	movl	$1120, -16(%ebp)	#, %sfp
	jmp	.L136	#
	.p2align 4,,10
	.p2align 3
.L144:
	movb	$1, %al	#, _60
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:140: 	cmd->base.autoneg = ((hw->media_type == e1000_media_type_fiber) ||
	movb	%al, 11(%ebx)	# _60, cmd_36(D)->base.autoneg
	xorl	%eax, %eax	# iftmp.6_27
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:144: 	if ((hw->media_type == e1000_media_type_copper) &&
	movl	2400(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].media_type,
	testl	%ecx, %ecx	#
	jne	.L140	#,
.L151:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %edx	# MEM[(const volatile long unsigned int *)netdev_34(D) + 36B], _66
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:144: 	if ((hw->media_type == e1000_media_type_copper) &&
	testb	$4, %dl	#, _66
	jne	.L140	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:146: 		cmd->base.eth_tp_mdix = (!!adapter->phy_info.mdix_mode ?
	cmpl	$1, 3208(%esi)	#, MEM[(struct e1000_adapter *)netdev_34(D) + 1440B].phy_info.mdix_mode
	sbbl	%eax, %eax	# iftmp.6_27
	addb	$2, %al	#, iftmp.6_27
	jmp	.L140	#
	.p2align 4,,10
	.p2align 3
.L150:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:124: 		e1000_get_speed_and_duplex(hw, &adapter->link_speed,
	leal	1978(%esi), %ecx	#, tmp125
	leal	1976(%esi), %edx	#, tmp127
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:90: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%esi), %eax	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:124: 		e1000_get_speed_and_duplex(hw, &adapter->link_speed,
	call	e1000_get_speed_and_duplex	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:126: 		cmd->base.speed = adapter->link_speed;
	movzwl	1976(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_34(D) + 1440B].link_speed, MEM[(struct e1000_adapter *)netdev_34(D) + 1440B].link_speed
	movl	%eax, 4(%ebx)	# MEM[(struct e1000_adapter *)netdev_34(D) + 1440B].link_speed, cmd_36(D)->base.speed
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:131: 		if (adapter->link_duplex == FULL_DUPLEX)
	cmpw	$2, 1978(%esi)	#, MEM[(struct e1000_adapter *)netdev_34(D) + 1440B].link_duplex
	sete	%al	#, _16
	jmp	.L138	#
	.p2align 4,,10
	.p2align 3
.L149:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:106: 			advertising |= hw->autoneg_advertised;
	movzwl	2558(%eax), %edi	# MEM[(struct e1000_hw *)netdev_34(D) + 2376B].autoneg_advertised, tmp119
	orl	$192, %edi	#, advertising
	jmp	.L135	#
	.size	e1000_get_link_ksettings, .-e1000_get_link_ksettings
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC6:
	.string	" (unknown)"
.LC7:
	.string	"(unnamed net_device)"
.LC8:
	.string	"%s: unknown reg_state %d\n"
.LC9:
	.string	"include/linux/netdevice.h"
	.section	.rodata.str1.4
	.align 4
.LC10:
	.string	"netdevice: %s%s: Invalid E1000 stat type: %u index %d\n"
	.align 4
.LC11:
	.string	"drivers/net/ethernet/intel/e1000/e1000_ethtool.c"
	.text
	.p2align 4
	.type	e1000_get_ethtool_stats, @function
e1000_get_ethtool_stats:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	xorl	%edi, %edi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1815: {
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1818: 	const struct e1000_stats *stat = e1000_gstrings_stats;
	movl	$e1000_gstrings_stats, %ebx	#, stat
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1815: {
	subl	$40, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1815: {
	movl	%eax, -16(%ebp)	# netdev, %sfp
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, _32
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1815: {
	movl	%ecx, -24(%ebp)	# data, %sfp
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	%eax, -20(%ebp)	# _32, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1820: 	e1000_update_stats(adapter);
	call	e1000_update_stats	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	movl	-24(%ebp), %ecx	# %sfp, data
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L171:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1832: 			netdev_WARN_ONCE(netdev, "Invalid E1000 stat type: %u index %d\n",
	cmpb	$0, __already_done.1	#, __already_done
	je	.L169	#,
.L157:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	addl	$44, %ebx	#, stat
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	incl	%edi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	cmpl	$e1000_gstrings_stats+2024, %ebx	#, stat
	je	.L170	#,
.L165:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1824: 		switch (stat->type) {
	movl	32(%ebx), %esi	# MEM[(int *)stat_63 + 32B], _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1824: 		switch (stat->type) {
	testl	%esi, %esi	# _1
	je	.L153	#,
	cmpl	$1, %esi	#, _1
	jne	.L171	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1829: 			p = (char *)adapter + stat->stat_offset;
	movl	-20(%ebp), %eax	# %sfp, p
	movl	40(%ebx), %edx	# MEM[(int *)stat_63 + 40B],
	addl	%edx, %eax	#, p
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1837: 		if (stat->sizeof_stat == sizeof(u64))
	cmpl	$8, 36(%ebx)	#, MEM[(int *)stat_63 + 36B]
	je	.L172	#,
.L164:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1840: 			data[i] = *(u32 *)p;
	movl	(%eax), %eax	# MEM[(u32 *)p_24], tmp133
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	addl	$44, %ebx	#, stat
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1840: 			data[i] = *(u32 *)p;
	movl	%eax, (%ecx,%edi,8)	# tmp133, MEM[(u64 *)data_36(D) + _18 * 8]
	xorl	%eax, %eax	#
	movl	%eax, 4(%ecx,%edi,8)	#, MEM[(u64 *)data_36(D) + _18 * 8]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	incl	%edi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1821: 	for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++, stat++) {
	cmpl	$e1000_gstrings_stats+2024, %ebx	#, stat
	jne	.L165	#,
.L170:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1843: }
	addl	$40, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L153:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1826: 			p = (char *)netdev + stat->stat_offset;
	movl	-16(%ebp), %eax	# %sfp, p
	movl	40(%ebx), %esi	# MEM[(int *)stat_63 + 40B],
	addl	%esi, %eax	#, p
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1837: 		if (stat->sizeof_stat == sizeof(u64))
	cmpl	$8, 36(%ebx)	#, MEM[(int *)stat_63 + 36B]
	jne	.L164	#,
.L172:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1838: 			data[i] = *(u64 *)p;
	movl	4(%eax), %edx	# MEM[(u64 *)p_24], _16
	movl	(%eax), %eax	# MEM[(u64 *)p_24], _16
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1838: 			data[i] = *(u64 *)p;
	movl	%edx, 4(%ecx,%edi,8)	# _16, MEM[(u64 *)data_36(D) + _23 * 8]
	movl	%eax, (%ecx,%edi,8)	# _16, MEM[(u64 *)data_36(D) + _23 * 8]
	jmp	.L157	#
	.p2align 4,,10
	.p2align 3
.L169:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1832: 			netdev_WARN_ONCE(netdev, "Invalid E1000 stat type: %u index %d\n",
	movb	$1, %al	#,
	movb	%al, __already_done.1	#, __already_done
# ./include/linux/netdevice.h:5179: 	u8 reg_state = READ_ONCE(dev->reg_state);
	movl	-16(%ebp), %eax	# %sfp, netdev
	movzbl	740(%eax), %eax	# MEM[(const volatile unsigned char *)netdev_31(D) + 740B],
	cmpb	$5, %al	#, _50
	ja	.L158	#,
	movl	CSWTCH.194(,%eax,4), %eax	# CSWTCH.194[_50], _53
	movl	%eax, -32(%ebp)	# _53, %sfp
.L159:
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	movl	-16(%ebp), %eax	# %sfp, netdev
	cmpb	$0, (%eax)	#, MEM[(const struct net_device *)netdev_31(D)].name[0]
	je	.L163	#,
	movl	%ecx, -28(%ebp)	# data, %sfp
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	movl	-16(%ebp), %eax	# %sfp, netdev
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	movl	$37, %edx	#,
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	movl	%eax, -24(%ebp)	# netdev, %sfp
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	call	strchr	#
# ./include/linux/netdevice.h:5167: 	if (!dev->name[0] || strchr(dev->name, '%'))
	movl	-28(%ebp), %ecx	# %sfp, data
	testl	%eax, %eax	# tmp117
	je	.L162	#,
.L163:
# ./include/linux/netdevice.h:5168: 		return "(unnamed net_device)";
	movl	$.LC7, -24(%ebp)	#, %sfp
.L162:
	movl	%ecx, -28(%ebp)	# data, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1832: 			netdev_WARN_ONCE(netdev, "Invalid E1000 stat type: %u index %d\n",
	movl	%edi, 16(%esp)	# i,
	movl	%esi, 12(%esp)	# _1,
	movl	-32(%ebp), %eax	# %sfp, _53
	movl	%eax, 8(%esp)	# _53,
	movl	-24(%ebp), %eax	# %sfp, _47
	movl	$.LC10, (%esp)	#,
	movl	%eax, 4(%esp)	# _47,
	call	__warn_printk	#
#APP
# 1832 "drivers/net/ethernet/intel/e1000/e1000_ethtool.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC11	# bug_entry::file	#
	.word 1832	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	movl	-28(%ebp), %ecx	# %sfp, data
	jmp	.L157	#
	.p2align 4,,10
	.p2align 3
.L158:
# ./include/linux/netdevice.h:5190: 	WARN_ONCE(1, "%s: unknown reg_state %d\n", dev->name, reg_state);
	cmpb	$0, __already_done.2	#, __already_done
	je	.L173	#,
.L160:
# ./include/linux/netdevice.h:5191: 	return " (unknown)";
	movl	$.LC6, -32(%ebp)	#, %sfp
	jmp	.L159	#
.L173:
	movl	%ecx, -24(%ebp)	# data, %sfp
# ./include/linux/netdevice.h:5190: 	WARN_ONCE(1, "%s: unknown reg_state %d\n", dev->name, reg_state);
	movb	$1, %dl	#,
# ./include/linux/netdevice.h:5181: 	switch (reg_state) {
	movl	%eax, 8(%esp)	# _50,
# ./include/linux/netdevice.h:5190: 	WARN_ONCE(1, "%s: unknown reg_state %d\n", dev->name, reg_state);
	movb	%dl, __already_done.2	#, __already_done
	movl	-16(%ebp), %eax	# %sfp, netdev
	movl	$.LC8, (%esp)	#,
	movl	%eax, 4(%esp)	# netdev,
	call	__warn_printk	#
#APP
# 5190 "./include/linux/netdevice.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC9	# bug_entry::file	#
	.word 5190	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	movl	-24(%ebp), %ecx	# %sfp, data
	jmp	.L160	#
	.size	e1000_get_ethtool_stats, .-e1000_get_ethtool_stats
	.p2align 4
	.type	e1000_set_phys_id, @function
e1000_set_phys_id:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1729: 	struct e1000_hw *hw = &adapter->hw;
	addl	$2376, %eax	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1731: 	switch (state) {
	cmpl	$2, %edx	#, state
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1727: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1731: 	switch (state) {
	je	.L175	#,
	ja	.L176	#,
	testl	%edx, %edx	# state
	je	.L184	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1733: 		e1000_setup_led(hw);
	.p2align 4,,9
	call	e1000_setup_led	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1734: 		return 2;
	movl	$2, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1749: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L176:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1731: 	switch (state) {
	cmpl	$3, %edx	#, state
	jne	.L181	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1741: 		e1000_led_off(hw);
	call	e1000_led_off	#
.L181:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1734: 		return 2;
	xorl	%eax, %eax	# <retval>
.L185:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1749: }
	popl	%ebp	#
	.p2align 4,,2
	ret	
	.p2align 4,,10
	.p2align 3
.L184:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1745: 		e1000_cleanup_led(hw);
	call	e1000_cleanup_led	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1734: 		return 2;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,4
	jmp	.L185	#
	.p2align 4,,10
	.p2align 3
.L175:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1737: 		e1000_led_on(hw);
	call	e1000_led_on	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1734: 		return 2;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,4
	jmp	.L185	#
	.size	e1000_set_phys_id, .-e1000_set_phys_id
	.p2align 4
	.type	e1000_phy_reset_clk_and_crs, @function
e1000_phy_reset_clk_and_crs:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1123: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %ebx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1122: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp98
	movl	%edx, -8(%ebp)	# tmp98, D.79529
	xorl	%edx, %edx	# tmp98
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1130: 	e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL, &phy_reg);
	leal	-10(%ebp), %ecx	#, tmp101
	movl	$20, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1124: 	u16 phy_reg;
	movw	$0, -10(%ebp)	#, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1130: 	e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL, &phy_reg);
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1131: 	phy_reg |= M88E1000_EPSCR_TX_CLK_25;
	movzwl	-10(%ebp), %ecx	# phy_reg, tmp93
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1132: 	e1000_write_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL, phy_reg);
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1131: 	phy_reg |= M88E1000_EPSCR_TX_CLK_25;
	orl	$112, %ecx	#, _3
	movw	%cx, -10(%ebp)	# _3, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1132: 	e1000_write_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL, phy_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1138: 	e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_reg);
	leal	-10(%ebp), %ecx	#, tmp102
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1139: 	phy_reg |= M88E1000_PSCR_ASSERT_CRS_ON_TX;
	movzwl	-10(%ebp), %ecx	# phy_reg, tmp96
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1140: 	e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_reg);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1139: 	phy_reg |= M88E1000_PSCR_ASSERT_CRS_ON_TX;
	orl	$2048, %ecx	#, _6
	movw	%cx, -10(%ebp)	# _6, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1140: 	e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1141: }
	movl	-8(%ebp), %eax	# D.79529, tmp99
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp99
	jne	.L189	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L189:
	call	__stack_chk_fail	#
	.size	e1000_phy_reset_clk_and_crs, .-e1000_phy_reset_clk_and_crs
	.p2align 4
	.type	e1000_get_regs, @function
e1000_get_regs:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	$128, %edi	#, tmp176
	pushl	%esi	#
	movl	%eax, %esi	# tmp246, netdev
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp248, p
	subl	$24, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:326: {
	movl	%edx, -32(%ebp)	# tmp247, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:332: 	memset(p, 0, E1000_REGS_LEN * sizeof(u32));
	movl	%ecx, %edx	# p, p
	xorl	%ecx, %ecx	# tmp177
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:326: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp250
	movl	%eax, -16(%ebp)	# tmp250, D.79533
	xorl	%eax, %eax	# tmp250
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:328: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%esi), %eax	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:332: 	memset(p, 0, E1000_REGS_LEN * sizeof(u32));
	testb	$1, %bl	#, p
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:328: 	struct e1000_hw *hw = &adapter->hw;
	movl	%eax, -24(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:330: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:332: 	memset(p, 0, E1000_REGS_LEN * sizeof(u32));
	jne	.L236	#,
	testb	$2, %dl	#, p
	jne	.L237	#,
.L192:
	movl	%ebx, -36(%ebp)	# p, %sfp
	movl	%edi, %eax	# tmp176, tmp181
	andl	$-8, %eax	#, tmp181
	movl	%eax, -28(%ebp)	# tmp181, %sfp
	xorl	%eax, %eax	# tmp180
.L193:
	movl	%ecx, (%edx,%eax)	# tmp177,
	movl	%ecx, 4(%edx,%eax)	# tmp177,
	addl	$8, %eax	#, tmp180
	movl	-28(%ebp), %ebx	# %sfp, tmp181
	cmpl	%ebx, %eax	# tmp181, tmp180
	jb	.L193	#,
	addl	%eax, %edx	# tmp180, p
	testl	$4, %edi	#, tmp176
	movl	-36(%ebp), %ebx	# %sfp, p
	je	.L195	#,
	movl	$0, (%edx)	#,* p
	addl	$4, %edx	#, p
.L195:
	testl	$2, %edi	#, tmp176
	je	.L196	#,
	movw	$0, (%edx)	#,* p
	addl	$2, %edx	#, p
.L196:
	andl	$1, %edi	#, tmp176
	je	.L197	#,
	movb	$0, (%edx)	#,* p
.L197:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:334: 	regs->version = (1 << 24) | (hw->revision_id << 16) | hw->device_id;
	movzbl	2586(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].revision_id, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].revision_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:334: 	regs->version = (1 << 24) | (hw->revision_id << 16) | hw->device_id;
	movzwl	2578(%esi), %edx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].device_id, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].device_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:334: 	regs->version = (1 << 24) | (hw->revision_id << 16) | hw->device_id;
	movl	-32(%ebp), %edi	# %sfp, regs
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:334: 	regs->version = (1 << 24) | (hw->revision_id << 16) | hw->device_id;
	sall	$16, %eax	#, tmp186
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:334: 	regs->version = (1 << 24) | (hw->revision_id << 16) | hw->device_id;
	orl	%edx, %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].device_id, tmp188
	orl	$16777216, %eax	#, tmp189
	movl	%eax, 4(%edi)	# tmp189, regs_85(D)->version
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:336: 	regs_buff[0]  = er32(CTRL);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr, _10
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_10], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:336: 	regs_buff[0]  = er32(CTRL);
#NO_APP
	movl	%eax, (%ebx)	# ret, MEM[(u32 *)p_82(D)]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:337: 	regs_buff[1]  = er32(STATUS);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr, tmp262
	addl	$8, %eax	#, _12
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_12], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:337: 	regs_buff[1]  = er32(STATUS);
#NO_APP
	movl	%eax, 4(%ebx)	# ret, MEM[(u32 *)p_82(D) + 4B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:339: 	regs_buff[2]  = er32(RCTL);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr, tmp263
	addl	$256, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:339: 	regs_buff[2]  = er32(RCTL);
#NO_APP
	movl	%eax, 8(%ebx)	# ret, MEM[(u32 *)p_82(D) + 8B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:340: 	regs_buff[3]  = er32(RDLEN);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %edx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.124_68
	andl	$-9968, %eax	#, iftmp.124_68
	addl	$10248, %eax	#, iftmp.124_68
	addl	%edx, %eax	#, _17
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_17], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:340: 	regs_buff[3]  = er32(RDLEN);
#NO_APP
	movl	%eax, 12(%ebx)	# ret, MEM[(u32 *)p_82(D) + 12B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:341: 	regs_buff[4]  = er32(RDH);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.125_69
	andl	$-9968, %eax	#, iftmp.125_69
	addl	$10256, %eax	#, iftmp.125_69
	addl	%ecx, %eax	#, _20
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_20], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:341: 	regs_buff[4]  = er32(RDH);
#NO_APP
	movl	%eax, 16(%ebx)	# ret, MEM[(u32 *)p_82(D) + 16B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:342: 	regs_buff[5]  = er32(RDT);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %edi	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.126_70
	andl	$-9968, %eax	#, iftmp.126_70
	addl	$10264, %eax	#, iftmp.126_70
	addl	%edi, %eax	#, _23
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_23], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:342: 	regs_buff[5]  = er32(RDT);
#NO_APP
	movl	%eax, 20(%ebx)	# ret, MEM[(u32 *)p_82(D) + 20B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:343: 	regs_buff[6]  = er32(RDTR);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %edx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.127_71
	andl	$-10008, %eax	#, iftmp.127_71
	addl	$10272, %eax	#, iftmp.127_71
	addl	%edx, %eax	#, _26
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_26], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:343: 	regs_buff[6]  = er32(RDTR);
#NO_APP
	movl	%eax, 24(%ebx)	# ret, MEM[(u32 *)p_82(D) + 24B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:345: 	regs_buff[7]  = er32(TCTL);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr, tmp264
	addl	$1024, %eax	#, _28
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_28], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:345: 	regs_buff[7]  = er32(TCTL);
#NO_APP
	movl	%eax, 28(%ebx)	# ret, MEM[(u32 *)p_82(D) + 28B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:346: 	regs_buff[8]  = er32(TDLEN);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.128_72
	andl	$-13280, %eax	#, iftmp.128_72
	addl	$14344, %eax	#, iftmp.128_72
	addl	%ecx, %eax	#, _31
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_31], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:346: 	regs_buff[8]  = er32(TDLEN);
#NO_APP
	movl	%eax, 32(%ebx)	# ret, MEM[(u32 *)p_82(D) + 32B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:347: 	regs_buff[9]  = er32(TDH);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %edi	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.129_73
	andl	$-13280, %eax	#, iftmp.129_73
	addl	$14352, %eax	#, iftmp.129_73
	addl	%edi, %eax	#, _34
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_34], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:347: 	regs_buff[9]  = er32(TDH);
#NO_APP
	movl	%eax, 36(%ebx)	# ret, MEM[(u32 *)p_82(D) + 36B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:348: 	regs_buff[10] = er32(TDT);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %edx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.130_74
	andl	$-13280, %eax	#, iftmp.130_74
	addl	$14360, %eax	#, iftmp.130_74
	addl	%edx, %eax	#, _37
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_37], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:348: 	regs_buff[10] = er32(TDT);
#NO_APP
	movl	%eax, 40(%ebx)	# ret, MEM[(u32 *)p_82(D) + 40B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:349: 	regs_buff[11] = er32(TIDV);
	cmpl	$3, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	movl	2376(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.131_75
	andl	$-13280, %eax	#, iftmp.131_75
	addl	$14368, %eax	#, iftmp.131_75
	addl	%ecx, %eax	#, _40
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_40], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:349: 	regs_buff[11] = er32(TIDV);
#NO_APP
	movl	%eax, 44(%ebx)	# ret, MEM[(u32 *)p_82(D) + 44B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:351: 	regs_buff[12] = hw->phy_type;  /* PHY type (IGP=1, M88=0) */
	movl	2392(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].phy_type, _41
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:351: 	regs_buff[12] = hw->phy_type;  /* PHY type (IGP=1, M88=0) */
	movl	%eax, 48(%ebx)	# _41, MEM[(u32 *)p_82(D) + 48B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:352: 	if (hw->phy_type == e1000_phy_igp) {
	decl	%eax	# _41
	je	.L238	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:388: 		e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS, &phy_data);
	movl	-24(%ebp), %eax	# %sfp,
	leal	-18(%ebp), %edi	#, tmp224
	movl	$17, %edx	#,
	movl	%edi, %ecx	# tmp224,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:389: 		regs_buff[13] = (u32)phy_data; /* cable length */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:393: 		e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	$16, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:390: 		regs_buff[14] = 0;  /* Dummy (to align w/ IGP phy reg dump) */
	movl	$0, 56(%ebx)	#, MEM[(u32 *)p_82(D) + 56B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:393: 		e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%edi, %ecx	# tmp224,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:391: 		regs_buff[15] = 0;  /* Dummy (to align w/ IGP phy reg dump) */
	movl	$0, 60(%ebx)	#, MEM[(u32 *)p_82(D) + 60B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:392: 		regs_buff[16] = 0;  /* Dummy (to align w/ IGP phy reg dump) */
	movl	$0, 64(%ebx)	#, MEM[(u32 *)p_82(D) + 64B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:389: 		regs_buff[13] = (u32)phy_data; /* cable length */
	movl	%eax, 52(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 52B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:393: 		e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:394: 		regs_buff[17] = (u32)phy_data; /* extended 10bt distance */
	movzwl	-18(%ebp), %edx	# phy_data, _58
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:396: 		regs_buff[19] = 0;  /* Dummy (to align w/ IGP phy reg dump) */
	movl	$0, 76(%ebx)	#, MEM[(u32 *)p_82(D) + 76B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:395: 		regs_buff[18] = regs_buff[13]; /* cable polarity */
	movl	52(%ebx), %eax	# MEM[(u32 *)p_82(D) + 52B], _59
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:394: 		regs_buff[17] = (u32)phy_data; /* extended 10bt distance */
	movl	%edx, 68(%ebx)	# _58, MEM[(u32 *)p_82(D) + 68B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:395: 		regs_buff[18] = regs_buff[13]; /* cable polarity */
	movl	%eax, 72(%ebx)	# _59, MEM[(u32 *)p_82(D) + 72B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:397: 		regs_buff[20] = regs_buff[17]; /* polarity correction */
	movl	%edx, 80(%ebx)	# _58, MEM[(u32 *)p_82(D) + 80B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:399: 		regs_buff[22] = adapter->phy_stats.receive_errors;
	movl	3224(%esi), %edx	# MEM[(struct e1000_adapter *)netdev_79(D) + 1440B].phy_stats.receive_errors, _60
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:400: 		regs_buff[23] = regs_buff[13]; /* mdix mode */
	movl	%eax, 92(%ebx)	# _59, MEM[(u32 *)p_82(D) + 92B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:399: 		regs_buff[22] = adapter->phy_stats.receive_errors;
	movl	%edx, 88(%ebx)	# _60, MEM[(u32 *)p_82(D) + 88B]
.L207:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:402: 	regs_buff[21] = adapter->phy_stats.idle_errors;  /* phy idle errors */
	movl	3220(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_79(D) + 1440B].phy_stats.idle_errors, _61
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:403: 	e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	movl	%edi, %ecx	# tmp224,
	movl	$10, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:402: 	regs_buff[21] = adapter->phy_stats.idle_errors;  /* phy idle errors */
	movl	%eax, 84(%ebx)	# _61, MEM[(u32 *)p_82(D) + 84B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:403: 	e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:404: 	regs_buff[24] = (u32)phy_data;  /* phy local receiver status */
	movzwl	-18(%ebp), %eax	# phy_data, _63
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:404: 	regs_buff[24] = (u32)phy_data;  /* phy local receiver status */
	movl	%eax, 96(%ebx)	# _63, MEM[(u32 *)p_82(D) + 96B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:405: 	regs_buff[25] = regs_buff[24];  /* phy remote receiver status */
	movl	%eax, 100(%ebx)	# _63, MEM[(u32 *)p_82(D) + 100B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:406: 	if (hw->mac_type >= e1000_82540 &&
	cmpl	$4, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].mac_type
	jbe	.L190	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:406: 	if (hw->mac_type >= e1000_82540 &&
	movl	2400(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].media_type,
	testl	%eax, %eax	#
	jne	.L190	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:408: 		regs_buff[26] = er32(MANC);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_79(D) + 2376B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 22560(%eax),%eax	# MEM[(volatile unsigned int *)_67], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:408: 		regs_buff[26] = er32(MANC);
#NO_APP
	movl	%eax, 104(%ebx)	# ret, MEM[(u32 *)p_82(D) + 104B]
.L190:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:410: }
	movl	-16(%ebp), %eax	# D.79533, tmp251
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp251
	jne	.L239	#,
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L238:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:353: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	-24(%ebp), %eax	# %sfp,
	movl	$4466, %ecx	#,
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:355: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_AGC_A &
	leal	-18(%ebp), %edi	#, tmp224
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:353: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:355: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_AGC_A &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$18, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:357: 		regs_buff[13] = (u32)phy_data; /* cable length */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:358: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	$4722, %ecx	#,
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:357: 		regs_buff[13] = (u32)phy_data; /* cable length */
	movl	%eax, 52(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 52B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:358: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:360: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_AGC_B &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$18, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:362: 		regs_buff[14] = (u32)phy_data; /* cable length */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:363: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	$5234, %ecx	#,
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:362: 		regs_buff[14] = (u32)phy_data; /* cable length */
	movl	%eax, 56(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 56B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:363: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:365: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_AGC_C &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$18, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:367: 		regs_buff[15] = (u32)phy_data; /* cable length */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:368: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	$6258, %ecx	#,
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:367: 		regs_buff[15] = (u32)phy_data; /* cable length */
	movl	%eax, 60(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 60B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:368: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:370: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_AGC_D &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$18, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:372: 		regs_buff[16] = (u32)phy_data; /* cable length */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:374: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:373: 		regs_buff[17] = 0; /* extended 10bt distance (not needed) */
	movl	$0, 68(%ebx)	#, MEM[(u32 *)p_82(D) + 68B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:374: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:372: 		regs_buff[16] = (u32)phy_data; /* cable length */
	movl	%eax, 64(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 64B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:374: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:375: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_STATUS &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$17, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:377: 		regs_buff[18] = (u32)phy_data; /* cable polarity */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:378: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	$180, %ecx	#,
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:377: 		regs_buff[18] = (u32)phy_data; /* cable polarity */
	movl	%eax, 72(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 72B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:378: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:380: 		e1000_read_phy_reg(hw, IGP01E1000_PHY_PCS_INIT_REG &
	movl	-24(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# tmp224,
	movl	$20, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:382: 		regs_buff[19] = (u32)phy_data; /* cable polarity */
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:386: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:383: 		regs_buff[20] = 0; /* polarity correction enabled (always) */
	movl	$0, 80(%ebx)	#, MEM[(u32 *)p_82(D) + 80B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:386: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	movl	$31, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:384: 		regs_buff[22] = 0; /* phy receive errors (unavailable) */
	movl	$0, 88(%ebx)	#, MEM[(u32 *)p_82(D) + 88B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:382: 		regs_buff[19] = (u32)phy_data; /* cable polarity */
	movl	%eax, 76(%ebx)	# phy_data, MEM[(u32 *)p_82(D) + 76B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:385: 		regs_buff[23] = regs_buff[18]; /* mdix mode */
	movl	72(%ebx), %eax	# MEM[(u32 *)p_82(D) + 72B], MEM[(u32 *)p_82(D) + 72B]
	movl	%eax, 92(%ebx)	# MEM[(u32 *)p_82(D) + 72B], MEM[(u32 *)p_82(D) + 92B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:386: 		e1000_write_phy_reg(hw, IGP01E1000_PHY_PAGE_SELECT, 0x0);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
	jmp	.L207	#
	.p2align 4,,10
	.p2align 3
.L236:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:332: 	memset(p, 0, E1000_REGS_LEN * sizeof(u32));
	movb	$0, (%ebx)	#,* p
	leal	1(%ebx), %edx	#, p
	movl	$127, %edi	#, tmp176
	testb	$2, %dl	#, p
	je	.L192	#,
	.p2align 4
	.p2align 3
.L237:
	movw	$0, (%edx)	#,* p
	subl	$2, %edi	#, tmp176
	addl	$2, %edx	#, p
	jmp	.L192	#
.L239:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:410: }
	call	__stack_chk_fail	#
	.size	e1000_get_regs, .-e1000_get_regs
	.p2align 4
	.type	e1000_free_desc_rings, @function
e1000_free_desc_rings:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp142, adapter
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:940: 	if (txdr->desc && txdr->buffer_info) {
	movl	1792(%eax), %ecx	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:937: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%eax), %edi	# adapter_47(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:940: 	if (txdr->desc && txdr->buffer_info) {
	testl	%ecx, %ecx	#
	je	.L241	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:940: 	if (txdr->desc && txdr->buffer_info) {
	movl	1816(%eax), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info, pretmp_86
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:940: 	if (txdr->desc && txdr->buffer_info) {
	testl	%eax, %eax	# pretmp_86
	je	.L242	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	movl	1804(%ebx), %edx	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].count,
	testl	%edx, %edx	#
	je	.L242	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:943: 				dma_unmap_single(&pdev->dev,
	movl	%edi, -20(%ebp)	# pdev, %sfp
	leal	132(%edi), %ecx	#, tmp141
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:943: 				dma_unmap_single(&pdev->dev,
	movl	%ecx, -16(%ebp)	# tmp141, %sfp
	jmp	.L245	#
	.p2align 4,,10
	.p2align 3
.L243:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:947: 			dev_kfree_skb(txdr->buffer_info[i].skb);
	movl	(%eax), %eax	# prephitmp_91->skb, prephitmp_91->skb
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:947: 			dev_kfree_skb(txdr->buffer_info[i].skb);
	call	consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	cmpl	1804(%ebx), %esi	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].count, i
	jnb	.L244	#,
.L277:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:942: 			if (txdr->buffer_info[i].dma)
	movl	1816(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info, pretmp_86
.L245:
	leal	(%esi,%esi,2), %edi	#, tmp123
	sall	$3, %edi	#, tmp124
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:942: 			if (txdr->buffer_info[i].dma)
	addl	%edi, %eax	# tmp124, _5
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:942: 			if (txdr->buffer_info[i].dma)
	movl	4(%eax), %edx	# _5->dma, _6
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:942: 			if (txdr->buffer_info[i].dma)
	testl	%edx, %edx	# _6
	je	.L243	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:943: 				dma_unmap_single(&pdev->dev,
	movzwl	12(%eax), %ecx	# _5->length, _5->length
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	incl	%esi	# i
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	%eax, 4(%esp)	#,
	movl	$1, (%esp)	#,
	movl	-16(%ebp), %eax	# %sfp,
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:947: 			dev_kfree_skb(txdr->buffer_info[i].skb);
	movl	1816(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info, tmp124
	addl	%edi, %eax	# tmp124, tmp124
	movl	(%eax), %eax	# prephitmp_91->skb, prephitmp_91->skb
	call	consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:941: 		for (i = 0; i < txdr->count; i++) {
	cmpl	1804(%ebx), %esi	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].count, i
	jb	.L277	#,
.L244:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	movl	1828(%ebx), %ecx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].desc, _15
	movl	-20(%ebp), %edi	# %sfp, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	testl	%ecx, %ecx	# _15
	je	.L246	#,
.L256:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	movl	1852(%ebx), %eax	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info, pretmp_92
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	testl	%eax, %eax	# pretmp_92
	je	.L247	#,
.L279:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	movl	1840(%ebx), %edx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].count,
	testl	%edx, %edx	#
	je	.L247	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:954: 				dma_unmap_single(&pdev->dev,
	movl	%edi, -20(%ebp)	# pdev, %sfp
	leal	132(%edi), %ecx	#, tmp140
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:954: 				dma_unmap_single(&pdev->dev,
	movl	%ecx, -16(%ebp)	# tmp140, %sfp
	jmp	.L250	#
	.p2align 4,,10
	.p2align 3
.L248:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:958: 			kfree(rxdr->buffer_info[i].rxbuf.data);
	movl	(%eax), %eax	# prephitmp_97->rxbuf.data, prephitmp_97->rxbuf.data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:958: 			kfree(rxdr->buffer_info[i].rxbuf.data);
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	cmpl	1840(%ebx), %esi	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].count, i
	jnb	.L249	#,
.L278:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:953: 			if (rxdr->buffer_info[i].dma)
	movl	1852(%ebx), %eax	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info, pretmp_92
.L250:
	leal	0(,%esi,8), %edi	#, _85
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:953: 			if (rxdr->buffer_info[i].dma)
	addl	%edi, %eax	# _85, _19
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:953: 			if (rxdr->buffer_info[i].dma)
	movl	4(%eax), %edx	# _19->dma, _20
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:953: 			if (rxdr->buffer_info[i].dma)
	testl	%edx, %edx	# _20
	je	.L248	#,
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	$2, (%esp)	#,
	xorl	%eax, %eax	#
	movl	$2048, %ecx	#,
	movl	%eax, 4(%esp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	incl	%esi	# i
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	-16(%ebp), %eax	# %sfp,
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:958: 			kfree(rxdr->buffer_info[i].rxbuf.data);
	movl	1852(%ebx), %eax	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info, _85
	addl	%edi, %eax	# _85, _85
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:958: 			kfree(rxdr->buffer_info[i].rxbuf.data);
	movl	(%eax), %eax	# prephitmp_97->rxbuf.data, prephitmp_97->rxbuf.data
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:952: 		for (i = 0; i < rxdr->count; i++) {
	cmpl	1840(%ebx), %esi	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].count, i
	jb	.L278	#,
.L249:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	movl	1792(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc, _27
	movl	-20(%ebp), %edi	# %sfp, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	testl	%eax, %eax	# _27
	je	.L251	#,
.L254:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	1800(%ebx), %edx	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].size, MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].size
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:963: 		dma_free_coherent(&pdev->dev, txdr->size, txdr->desc,
	leal	132(%edi), %esi	#, tmp133
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%ecx, %ecx	#
	movl	%ecx, 4(%esp)	#,
	movl	1796(%ebx), %ecx	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].dma, MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].dma
	movl	%ecx, (%esp)	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].dma,
	movl	%eax, %ecx	# _27,
	movl	%esi, %eax	# tmp133,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:965: 		txdr->desc = NULL;
	xorl	%esi, %esi	#
	movl	%esi, 1792(%ebx)	#, MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc
.L251:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:967: 	if (rxdr->desc) {
	movl	1828(%ebx), %ecx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].desc, _15
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:967: 	if (rxdr->desc) {
	testl	%ecx, %ecx	# _15
	je	.L253	#,
.L252:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	1836(%ebx), %edx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].size, MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].size
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:968: 		dma_free_coherent(&pdev->dev, rxdr->size, rxdr->desc,
	leal	132(%edi), %eax	#, tmp136
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%esi, %esi	#
	movl	%esi, 4(%esp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:970: 		rxdr->desc = NULL;
	xorl	%edi, %edi	#
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	1832(%ebx), %esi	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].dma, MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].dma
	movl	%esi, (%esp)	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].dma,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:970: 		rxdr->desc = NULL;
	movl	%edi, 1828(%ebx)	#, MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].desc
.L253:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:973: 	kfree(txdr->buffer_info);
	movl	1816(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info, MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:974: 	txdr->buffer_info = NULL;
	xorl	%eax, %eax	#
	movl	%eax, 1816(%ebx)	#, MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:975: 	kfree(rxdr->buffer_info);
	movl	1852(%ebx), %eax	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info, MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:976: 	rxdr->buffer_info = NULL;
	xorl	%edx, %edx	#
	movl	%edx, 1852(%ebx)	#, MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:977: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L242:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	movl	1828(%ebx), %ecx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].desc, _15
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	testl	%ecx, %ecx	# _15
	jne	.L256	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	movl	1792(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc, _27
	jmp	.L254	#
	.p2align 4,,10
	.p2align 3
.L241:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	movl	1828(%eax), %ecx	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].desc, _15
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	testl	%ecx, %ecx	# _15
	je	.L253	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	movl	1852(%ebx), %eax	# MEM[(struct e1000_rx_ring *)adapter_47(D) + 1828B].buffer_info, pretmp_92
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:951: 	if (rxdr->desc && rxdr->buffer_info) {
	testl	%eax, %eax	# pretmp_92
	jne	.L279	#,
.L247:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	movl	1792(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc, _27
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	testl	%eax, %eax	# _27
	jne	.L254	#,
	jmp	.L252	#
	.p2align 4,,10
	.p2align 3
.L246:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	movl	1792(%ebx), %eax	# MEM[(struct e1000_tx_ring *)adapter_47(D) + 1792B].desc, _27
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:962: 	if (txdr->desc) {
	testl	%eax, %eax	# _27
	jne	.L254	#,
	.p2align 4,,3
	jmp	.L253	#
	.size	e1000_free_desc_rings, .-e1000_free_desc_rings
	.p2align 4
	.type	e1000_link_test, @function
e1000_link_test:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp100, adapter
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1475: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %edi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1474: {
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1476: 	*data = 0;
	movl	$0, (%edx)	#, *data_18(D)
	movl	$0, 4(%edx)	#, *data_18(D)
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1477: 	if (hw->media_type == e1000_media_type_internal_serdes) {
	cmpl	$2, 960(%eax)	#, MEM[(struct e1000_hw *)adapter_15(D) + 936B].media_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1474: {
	movl	%edx, -16(%ebp)	# data, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1477: 	if (hw->media_type == e1000_media_type_internal_serdes) {
	jne	.L281	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1480: 		hw->serdes_has_link = false;
	movb	$0, 1177(%eax)	#, MEM[(struct e1000_hw *)adapter_15(D) + 936B].serdes_has_link
	movl	$3751, %ebx	#, ivtmp_33
	jmp	.L284	#
	.p2align 4,,10
	.p2align 3
.L282:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1489: 			msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1490: 		} while (i++ < 3750);
	decl	%ebx	# ivtmp_33
	je	.L287	#,
.L284:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1486: 			e1000_check_for_link(hw);
	movl	%edi, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1487: 			if (hw->serdes_has_link)
	cmpb	$0, 1177(%esi)	#, MEM[(struct e1000_hw *)adapter_15(D) + 936B].serdes_has_link
	je	.L282	#,
.L293:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1501: 	return *data;
	movl	-16(%ebp), %eax	# %sfp, data
	movl	(%eax), %eax	# *data_18(D), <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1502: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L281:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1494: 		e1000_check_for_link(hw);
	movl	%edi, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1495: 		if (hw->autoneg)  /* if auto_neg is set wait for it */
	cmpb	$0, 1147(%esi)	#, MEM[(struct e1000_hw *)adapter_15(D) + 936B].autoneg
	jne	.L294	#,
.L286:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1498: 		if (!(er32(STATUS) & E1000_STATUS_LU))
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_15(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_15(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1498: 		if (!(er32(STATUS) & E1000_STATUS_LU))
#NO_APP
	testb	$2, %al	#, ret
	jne	.L293	#,
.L287:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1492: 		*data = 1;
	movl	-16(%ebp), %eax	# %sfp, data
	movl	$1, (%eax)	#, *data_18(D)
	movl	$0, 4(%eax)	#, *data_18(D)
	movl	$1, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1502: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L294:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1496: 			msleep(4000);
	movl	$4000, %eax	#,
	call	msleep	#
	jmp	.L286	#
	.size	e1000_link_test, .-e1000_link_test
	.p2align 4
	.type	e1000_set_pauseparam, @function
e1000_set_pauseparam:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp114, pause
	pushl	%esi	#
	movl	%eax, %esi	# tmp113, netdev
	pushl	%ebx	#
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:273: 	adapter->fc_autoneg = pause->autoneg;
	movzbl	4(%edx), %eax	# pause_23(D)->autoneg, tmp118
	movb	%al, 2012(%esi)	# tmp118, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].fc_autoneg
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 3316(%esi)	#, MEM[(volatile long unsigned int *)_39]
	/* output condition code c*/

# 0 "" 2
#NO_APP
	leal	3316(%esi), %ebx	#, _39
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:275: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
	jnc	.L299	#,
	.p2align 4
	.p2align 3
.L296:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:276: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, (%ebx)	#, MEM[(volatile long unsigned int *)_39]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:275: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jc	.L296	#,
.L299:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:278: 	if (pause->rx_pause && pause->tx_pause)
	movl	8(%edi), %ecx	# pause_23(D)->rx_pause,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:278: 	if (pause->rx_pause && pause->tx_pause)
	movl	12(%edi), %eax	# pause_23(D)->tx_pause, pretmp_48
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:278: 	if (pause->rx_pause && pause->tx_pause)
	testl	%ecx, %ecx	#
	jne	.L297	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:282: 	else if (!pause->rx_pause && pause->tx_pause)
	testl	%eax, %eax	# pretmp_48
	setne	%al	#, tmp107
	movzbl	%al, %eax	# tmp107, tmp106
	addl	%eax, %eax	# prephitmp_3
.L300:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:289: 	if (adapter->fc_autoneg == AUTONEG_ENABLE) {
	cmpb	$1, 2012(%esi)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:279: 		hw->fc = E1000_FC_FULL;
	movl	%eax, 2420(%esi)	# prephitmp_3, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].fc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:287: 	hw->original_fc = hw->fc;
	movl	%eax, 2488(%esi)	# prephitmp_3, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].original_fc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:289: 	if (adapter->fc_autoneg == AUTONEG_ENABLE) {
	je	.L312	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:298: 			  e1000_setup_link(hw) : e1000_force_mac_fc(hw));
	cmpl	$1, 2400(%esi)	#, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].media_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:270: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%esi), %eax	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:298: 			  e1000_setup_link(hw) : e1000_force_mac_fc(hw));
	je	.L313	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:298: 			  e1000_setup_link(hw) : e1000_force_mac_fc(hw));
	call	e1000_force_mac_fc	#
.L303:
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%esi)	#, MEM[(volatile char *)_39]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:302: }
#NO_APP
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L297:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:278: 	if (pause->rx_pause && pause->tx_pause)
	cmpl	$1, %eax	#, pretmp_48
	sbbl	%eax, %eax	# prephitmp_3
	andl	$-2, %eax	#, prephitmp_3
	addl	$3, %eax	#, prephitmp_3
	jmp	.L300	#
	.p2align 4,,10
	.p2align 3
.L313:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:298: 			  e1000_setup_link(hw) : e1000_force_mac_fc(hw));
	call	e1000_setup_link	#
	jmp	.L303	#
	.p2align 4,,10
	.p2align 3
.L312:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:290: 		if (netif_running(adapter->netdev)) {
	movl	2368(%esi), %edx	# MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].netdev, _12
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%esi), %eax	#, _38
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%edx), %edx	# MEM[(const volatile long unsigned int *)_12 + 36B], _46
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:290: 		if (netif_running(adapter->netdev)) {
	testb	$1, %dl	#, _46
	je	.L302	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:291: 			e1000_down(adapter);
	movl	%eax, -16(%ebp)	# _38, %sfp
	call	e1000_down	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:292: 			e1000_up(adapter);
	movl	-16(%ebp), %eax	# %sfp, _38
	call	e1000_up	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:271: 	int retval = 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L303	#
	.p2align 4,,10
	.p2align 3
.L302:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:294: 			e1000_reset(adapter);
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:271: 	int retval = 0;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,4
	jmp	.L303	#
	.size	e1000_set_pauseparam, .-e1000_set_pauseparam
	.p2align 4
	.type	e1000_set_eeprom, @function
e1000_set_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:471: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%eax), %edi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:469: {
	subl	$24, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:469: {
	movl	%ecx, -32(%ebp)	# tmp194, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:477: 	if (eeprom->len == 0)
	movl	12(%edx), %ecx	# eeprom_61(D)->len, _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:471: 	struct e1000_hw *hw = &adapter->hw;
	movl	%edi, -24(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:477: 	if (eeprom->len == 0)
	testl	%ecx, %ecx	# _1
	je	.L335	#,
	movl	%edx, %esi	# tmp193, eeprom
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:480: 	if (eeprom->magic != (hw->vendor_id | (hw->device_id << 16)))
	movzwl	2578(%eax), %edx	# MEM[(struct e1000_hw *)netdev_57(D) + 2376B].device_id, MEM[(struct e1000_hw *)netdev_57(D) + 2376B].device_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:480: 	if (eeprom->magic != (hw->vendor_id | (hw->device_id << 16)))
	movzwl	2580(%eax), %ebx	# MEM[(struct e1000_hw *)netdev_57(D) + 2376B].vendor_id, MEM[(struct e1000_hw *)netdev_57(D) + 2376B].vendor_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:480: 	if (eeprom->magic != (hw->vendor_id | (hw->device_id << 16)))
	sall	$16, %edx	#, tmp141
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:480: 	if (eeprom->magic != (hw->vendor_id | (hw->device_id << 16)))
	orl	%ebx, %edx	# MEM[(struct e1000_hw *)netdev_57(D) + 2376B].vendor_id, tmp143
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:480: 	if (eeprom->magic != (hw->vendor_id | (hw->device_id << 16)))
	cmpl	%edx, 4(%esi)	# tmp143, eeprom_61(D)->magic
	jne	.L336	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:485: 	first_word = eeprom->offset >> 1;
	movl	8(%esi), %edx	# eeprom_61(D)->offset, _12
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:483: 	max_len = hw->eeprom.word_size * 2;
	movzwl	2440(%eax), %eax	# MEM[(struct e1000_hw *)netdev_57(D) + 2376B].eeprom.word_size, MEM[(struct e1000_hw *)netdev_57(D) + 2376B].eeprom.word_size
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:485: 	first_word = eeprom->offset >> 1;
	movl	%edx, %edi	# _12, _13
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:486: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	leal	-1(%ecx,%edx), %edx	#, tmp145
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:483: 	max_len = hw->eeprom.word_size * 2;
	addl	%eax, %eax	# max_len
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:486: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	shrl	%edx	# tmp145
	movl	%edx, -20(%ebp)	# tmp145, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:485: 	first_word = eeprom->offset >> 1;
	shrl	%edi	# _13
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	$3264, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:485: 	first_word = eeprom->offset >> 1;
	movl	%edi, -16(%ebp)	# _13, %sfp
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:488: 	if (!eeprom_buff)
	testl	%eax, %eax	# _86
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	%eax, %ebx	# tmp195, _86
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:488: 	if (!eeprom_buff)
	je	.L337	#,
	movl	%ebx, -28(%ebp)	# _86, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:493: 	if (eeprom->offset & 1) {
	movl	8(%esi), %eax	# eeprom_61(D)->offset, _19
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:493: 	if (eeprom->offset & 1) {
	testb	$1, %al	#, _19
	jne	.L368	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	movl	12(%esi), %ecx	# eeprom_61(D)->len, _23
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	addl	%ecx, %eax	# _23, tmp151
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	testb	$1, %al	#, tmp151
	jne	.L369	#,
.L318:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:515: 	for (i = 0; i < last_word - first_word + 1; i++)
	movl	-20(%ebp), %eax	# %sfp, tmp157
	movl	-16(%ebp), %edi	# %sfp, _13
	subl	%edi, %eax	# _13, tmp157
	incl	%eax	# _83
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:515: 	for (i = 0; i < last_word - first_word + 1; i++)
	testl	%eax, %eax	# _83
	jle	.L319	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:515: 	for (i = 0; i < last_word - first_word + 1; i++)
	xorl	%edx, %edx	# i
	.p2align 4
	.p2align 3
.L320:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:515: 	for (i = 0; i < last_word - first_word + 1; i++)
	incl	%edx	# tmp159
	movzwl	%dx, %edx	# tmp159, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:515: 	for (i = 0; i < last_word - first_word + 1; i++)
	cmpl	%eax, %edx	# _83, i
	jl	.L320	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:518: 	memcpy(ptr, bytes, eeprom->len);
	cmpl	$8, %ecx	#, _23
	movl	-28(%ebp), %edi	# %sfp, ptr
	movl	-32(%ebp), %esi	# %sfp, bytes
	jnb	.L370	#,
.L327:
	rep movsb
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:520: 	for (i = 0; i < last_word - first_word + 1; i++)
	xorl	%edx, %edx	# i
	.p2align 4
	.p2align 3
.L331:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:520: 	for (i = 0; i < last_word - first_word + 1; i++)
	incl	%edx	# tmp178
	movzwl	%dx, %edx	# tmp178, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:520: 	for (i = 0; i < last_word - first_word + 1; i++)
	cmpl	%eax, %edx	# _83, i
	jl	.L331	#,
.L326:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:524: 				     last_word - first_word + 1, eeprom_buff);
	movl	-16(%ebp), %esi	# %sfp, _13
	movl	-20(%ebp), %eax	# %sfp, _17
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:523: 	ret_val = e1000_write_eeprom(hw, first_word,
	movl	%ebx, (%esp)	# _86,
	movzwl	%si, %edx	# _13, _13
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:524: 				     last_word - first_word + 1, eeprom_buff);
	subl	%esi, %eax	# _13, _17
	leal	1(%eax), %ecx	#, tmp184
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:523: 	ret_val = e1000_write_eeprom(hw, first_word,
	movl	-24(%ebp), %eax	# %sfp,
	movzwl	%cx, %ecx	# tmp184, tmp185
	call	e1000_write_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:527: 	if ((ret_val == 0) && (first_word <= EEPROM_CHECKSUM_REG))
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:523: 	ret_val = e1000_write_eeprom(hw, first_word,
	movl	%eax, %edi	# tmp198, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:527: 	if ((ret_val == 0) && (first_word <= EEPROM_CHECKSUM_REG))
	jne	.L317	#,
	cmpl	$63, %esi	#, _13
	jle	.L371	#,
.L317:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:531: 	kfree(eeprom_buff);
	movl	%ebx, %eax	# _86,
	call	kfree	#
.L314:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:533: }
	addl	$24, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L370:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:518: 	memcpy(ptr, bytes, eeprom->len);
	testl	$1, %edi	#, ptr
	jne	.L372	#,
.L328:
	testl	$2, %edi	#, ptr
	jne	.L373	#,
.L329:
	testl	$4, %edi	#, ptr
	je	.L327	#,
	movl	(%esi), %edx	#* bytes, tmp177
	addl	$4, %edi	#, ptr
	addl	$4, %esi	#, bytes
	subl	$4, %ecx	#, _23
	movl	%edx, -4(%edi)	# tmp177,
	jmp	.L327	#
	.p2align 4,,10
	.p2align 3
.L371:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:528: 		e1000_update_eeprom_checksum(hw);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_update_eeprom_checksum	#
	jmp	.L317	#
	.p2align 4,,10
	.p2align 3
.L368:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:497: 		ret_val = e1000_read_eeprom(hw, first_word, 1,
	movzwl	-16(%ebp), %edx	# %sfp, _13
	movl	$1, %ecx	#,
	movl	%ebx, (%esp)	# _86,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:499: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:497: 		ret_val = e1000_read_eeprom(hw, first_word, 1,
	movl	%eax, %edi	# tmp196, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:499: 		if (ret_val)
	jne	.L317	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:502: 		ptr++;
	leal	1(%ebx), %eax	#, ptr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	movl	12(%esi), %ecx	# eeprom_61(D)->len, _23
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:502: 		ptr++;
	movl	%eax, -28(%ebp)	# ptr, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	movl	8(%esi), %eax	# eeprom_61(D)->offset, _19
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	addl	%ecx, %eax	# _23, tmp151
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:504: 	if ((eeprom->offset + eeprom->len) & 1) {
	testb	$1, %al	#, tmp151
	je	.L318	#,
.L369:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:508: 		ret_val = e1000_read_eeprom(hw, last_word, 1,
	movl	-20(%ebp), %eax	# %sfp, _17
	movl	$1, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:509: 					    &eeprom_buff[last_word - first_word]);
	movl	-16(%ebp), %edi	# %sfp, _13
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:508: 		ret_val = e1000_read_eeprom(hw, last_word, 1,
	movzwl	%ax, %edx	# _17, _17
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:509: 					    &eeprom_buff[last_word - first_word]);
	subl	%edi, %eax	# _13, tmp154
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:508: 		ret_val = e1000_read_eeprom(hw, last_word, 1,
	leal	(%ebx,%eax,2), %eax	#, tmp156
	movl	%eax, (%esp)	# tmp156,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:510: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:508: 		ret_val = e1000_read_eeprom(hw, last_word, 1,
	movl	%eax, %edi	# tmp197, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:510: 		if (ret_val)
	jne	.L317	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:518: 	memcpy(ptr, bytes, eeprom->len);
	movl	12(%esi), %ecx	# eeprom_61(D)->len, _23
	jmp	.L318	#
	.p2align 4,,10
	.p2align 3
.L319:
	cmpl	$8, %ecx	#, _23
	movl	-28(%ebp), %edi	# %sfp, ptr
	movl	-32(%ebp), %esi	# %sfp, bytes
	jnb	.L374	#,
.L322:
	rep movsb
	jmp	.L326	#
.L374:
	testl	$1, %edi	#, ptr
	jne	.L375	#,
.L323:
	testl	$2, %edi	#, ptr
	jne	.L376	#,
.L324:
	testl	$4, %edi	#, ptr
	je	.L322	#,
	movl	(%esi), %eax	#* bytes, tmp168
	addl	$4, %edi	#, ptr
	addl	$4, %esi	#, bytes
	subl	$4, %ecx	#, _23
	movl	%eax, -4(%edi)	# tmp168,
	rep movsb
	jmp	.L326	#
.L372:
	movzbl	(%esi), %edx	#* bytes, tmp220
	incl	%edi	# ptr
	incl	%esi	# bytes
	decl	%ecx	# _23
	movb	%dl, -1(%edi)	# tmp220,
	jmp	.L328	#
.L373:
	movzwl	(%esi), %edx	#* bytes, tmp221
	addl	$2, %edi	#, ptr
	addl	$2, %esi	#, bytes
	subl	$2, %ecx	#, _23
	movw	%dx, -2(%edi)	# tmp221,
	jmp	.L329	#
.L336:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:481: 		return -EFAULT;
	movl	$-14, %edi	#, <retval>
	jmp	.L314	#
.L335:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:478: 		return -EOPNOTSUPP;
	movl	$-95, %edi	#, <retval>
	jmp	.L314	#
.L376:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:518: 	memcpy(ptr, bytes, eeprom->len);
	movzwl	(%esi), %eax	#* bytes, tmp219
	addl	$2, %edi	#, ptr
	addl	$2, %esi	#, bytes
	subl	$2, %ecx	#, _23
	movw	%ax, -2(%edi)	# tmp219,
	jmp	.L324	#
.L375:
	movzbl	(%esi), %eax	#* bytes, tmp218
	incl	%edi	# ptr
	incl	%esi	# bytes
	decl	%ecx	# _23
	movb	%al, -1(%edi)	# tmp218,
	jmp	.L323	#
.L337:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:489: 		return -ENOMEM;
	movl	$-12, %edi	#, <retval>
	jmp	.L314	#
	.size	e1000_set_eeprom, .-e1000_set_eeprom
	.p2align 4
	.type	e1000_nway_reset, @function
e1000_nway_reset:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %edx	# MEM[(const volatile long unsigned int *)netdev_3(D) + 36B], _12
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1808: 	if (netif_running(netdev))
	testb	$1, %dl	#, _12
	jne	.L386	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1811: }
	xorl	%eax, %eax	#
	ret	
	.p2align 4,,10
	.p2align 3
.L386:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1805: {
	pushl	%ebp	#
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, tmp88
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1805: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1809: 		e1000_reinit_locked(adapter);
	call	e1000_reinit_locked	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1811: }
	xorl	%eax, %eax	#
	popl	%ebp	#
	ret	
	.size	e1000_nway_reset, .-e1000_nway_reset
	.section	.rodata.str1.4
	.align 4
.LC12:
	.string	"Interface does not support directed (unicast) frame wake-up packets\n"
	.section	.text.unlikely
.LCOLDB13:
	.text
.LHOTB13:
	.p2align 4
	.type	e1000_set_wol, @function
e1000_set_wol:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1689: 	if (wol->wolopts & (WAKE_PHY | WAKE_ARP | WAKE_MAGICSECURE))
	testb	$81, 8(%edx)	#, wol_41(D)->wolopts
	jne	.L413	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1685: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp134, netdev
	subl	$8, %esp	#,
	addl	$1440, %eax	#, _43
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1692: 	if (e1000_wol_exclusion(adapter, wol) ||
	call	e1000_wol_exclusion	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1692: 	if (e1000_wol_exclusion(adapter, wol) ||
	testl	%eax, %eax	# tmp136
	jne	.L389	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1693: 	    !device_can_wakeup(&adapter->pdev->dev))
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].pdev, _4
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1692: 	if (e1000_wol_exclusion(adapter, wol) ||
	testb	$1, 252(%eax)	#, MEM[(struct device *)_4 + 132B]
	je	.L389	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1696: 	switch (hw->device_id) {
	cmpw	$4277, 2578(%ebx)	#, MEM[(struct e1000_hw *)netdev_39(D) + 2376B].device_id
	je	.L417	#,
.L393:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1709: 	adapter->wol = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, 1964(%ebx)	#, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].wol
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1711: 	if (wol->wolopts & WAKE_UCAST)
	movl	8(%edx), %ecx	# wol_41(D)->wolopts, wol_41(D)->wolopts
	addl	%ecx, %ecx	# wol_41(D)->wolopts, tmp125
	andl	$4, %ecx	#, _33
	movl	%ecx, 1964(%ebx)	# _33, MEM <struct e1000_adapter> [(void *)netdev_39(D) + 1440B].wol
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1713: 	if (wol->wolopts & WAKE_MCAST)
	movl	8(%edx), %esi	# wol_41(D)->wolopts, _14
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1713: 	if (wol->wolopts & WAKE_MCAST)
	testl	$4, %esi	#, _14
	je	.L394	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1714: 		adapter->wol |= E1000_WUFC_MC;
	orl	$8, %ecx	#, _33
	movl	%ecx, 1964(%ebx)	# _33, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].wol
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1715: 	if (wol->wolopts & WAKE_BCAST)
	movl	8(%edx), %esi	# wol_41(D)->wolopts, _14
.L394:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1715: 	if (wol->wolopts & WAKE_BCAST)
	testl	$8, %esi	#, _14
	je	.L395	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1716: 		adapter->wol |= E1000_WUFC_BC;
	orl	$16, %ecx	#, _33
	movl	%ecx, 1964(%ebx)	# _33, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].wol
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1717: 	if (wol->wolopts & WAKE_MAGIC)
	movl	8(%edx), %esi	# wol_41(D)->wolopts, _14
.L395:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1717: 	if (wol->wolopts & WAKE_MAGIC)
	andl	$32, %esi	#, _14
	jne	.L396	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1720: 	device_set_wakeup_enable(&adapter->pdev->dev, adapter->wol);
	xorl	%edx, %edx	# _63
	testl	%ecx, %ecx	# _33
	setne	%dl	#, _63
.L397:
	addl	$132, %eax	#, tmp132
	call	device_set_wakeup_enable	#
.L398:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1694: 		return wol->wolopts ? -EOPNOTSUPP : 0;
	xorl	%eax, %eax	# <retval>
.L387:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1723: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L389:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1694: 		return wol->wolopts ? -EOPNOTSUPP : 0;
	movl	8(%edx), %ebx	# wol_41(D)->wolopts,
	testl	%ebx, %ebx	#
	jne	.L392	#,
	jmp	.L398	#
	.p2align 4,,10
	.p2align 3
.L396:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1718: 		adapter->wol |= E1000_WUFC_MAG;
	orl	$2, %ecx	#, tmp131
	movl	$1, %edx	#, _63
	movl	%ecx, 1964(%ebx)	# tmp131, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].wol
	jmp	.L397	#
	.p2align 4,,10
	.p2align 3
.L417:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1698: 		if (wol->wolopts & WAKE_UCAST) {
	testb	$2, 8(%edx)	#, wol_41(D)->wolopts
	je	.L393	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1699: 			e_err(drv, "Interface does not support directed "
	testb	$1, 3308(%ebx)	#, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].msg_enable
	jne	.L411	#,
.L392:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1690: 		return -EOPNOTSUPP;
	movl	$-95, %eax	#, <retval>
	jmp	.L387	#
.L413:
	movl	$-95, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1723: }
	ret	
	.section	.text.unlikely
	.type	e1000_set_wol.cold, @function
e1000_set_wol.cold:
.L411:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1699: 			e_err(drv, "Interface does not support directed "
	movl	$.LC12, 4(%esp)	#,
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_39(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L392	#
	.text
	.size	e1000_set_wol, .-e1000_set_wol
	.section	.text.unlikely
	.size	e1000_set_wol.cold, .-e1000_set_wol.cold
.LCOLDE13:
	.text
.LHOTE13:
	.p2align 4
	.type	e1000_get_drvinfo, @function
e1000_get_drvinfo:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:540: 	strscpy(drvinfo->driver,  e1000_driver_name,
	movl	$32, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:537: {
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%edx, %ebx	# tmp91, drvinfo
	movl	%esi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:537: {
	movl	%eax, %esi	# tmp90, netdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:540: 	strscpy(drvinfo->driver,  e1000_driver_name,
	leal	4(%edx), %eax	#, tmp88
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:540: 	strscpy(drvinfo->driver,  e1000_driver_name,
	movl	$e1000_driver_name, %edx	#,
	call	strscpy	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:543: 	strscpy(drvinfo->bus_info, pci_name(adapter->pdev),
	movl	2372(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_5(D) + 1440B].pdev, _2
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	176(%eax), %edx	# MEM[(const struct device *)_2 + 132B].init_name, _9
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%edx, %edx	# _9
	jne	.L419	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %edx	# MEM[(const struct kobject *)_2 + 132B].name, _9
.L419:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:543: 	strscpy(drvinfo->bus_info, pci_name(adapter->pdev),
	leal	100(%ebx), %eax	#, tmp89
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:543: 	strscpy(drvinfo->bus_info, pci_name(adapter->pdev),
	movl	$32, %ecx	#,
	call	strscpy	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:545: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_get_drvinfo, .-e1000_get_drvinfo
	.section	.text.unlikely
.LCOLDB14:
	.text
.LHOTB14:
	.p2align 4
	.type	e1000_get_wol, @function
e1000_get_wol:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp123, netdev
	pushl	%ebx	#
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, tmp108
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1646: {
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1646: {
	movl	%edx, %ebx	# tmp124, wol
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1650: 	wol->supported = WAKE_UCAST | WAKE_MCAST | WAKE_BCAST | WAKE_MAGIC;
	movl	$46, 4(%edx)	#, wol_8(D)->supported
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1651: 	wol->wolopts = 0;
	movl	$0, 8(%edx)	#, wol_8(D)->wolopts
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1656: 	if (e1000_wol_exclusion(adapter, wol) ||
	call	e1000_wol_exclusion	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1656: 	if (e1000_wol_exclusion(adapter, wol) ||
	testl	%eax, %eax	# tmp125
	jne	.L421	#,
# ./include/linux/pm_wakeup.h:79: 	return dev->power.can_wakeup;
	movl	2372(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1656: 	if (e1000_wol_exclusion(adapter, wol) ||
	testb	$1, 252(%eax)	#, MEM[(struct device *)_2 + 132B]
	je	.L421	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1661: 	switch (hw->device_id) {
	cmpw	$4277, 2578(%esi)	#, MEM[(struct e1000_hw *)netdev_6(D) + 2376B].device_id
	je	.L447	#,
.L425:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1674: 	if (adapter->wol & E1000_WUFC_EX)
	movl	1964(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].wol, prephitmp_55
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1674: 	if (adapter->wol & E1000_WUFC_EX)
	testb	$4, %al	#, prephitmp_55
	jne	.L428	#,
.L426:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1676: 	if (adapter->wol & E1000_WUFC_MC)
	testb	$8, %al	#, prephitmp_55
	je	.L429	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1677: 		wol->wolopts |= WAKE_MCAST;
	orl	$4, 8(%ebx)	#, wol_8(D)->wolopts
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1678: 	if (adapter->wol & E1000_WUFC_BC)
	movl	1964(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].wol, prephitmp_55
.L429:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1678: 	if (adapter->wol & E1000_WUFC_BC)
	testb	$16, %al	#, prephitmp_55
	je	.L430	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1679: 		wol->wolopts |= WAKE_BCAST;
	orl	$8, 8(%ebx)	#, wol_8(D)->wolopts
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1680: 	if (adapter->wol & E1000_WUFC_MAG)
	movl	1964(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].wol, prephitmp_55
.L430:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1680: 	if (adapter->wol & E1000_WUFC_MAG)
	testb	$2, %al	#, prephitmp_55
	je	.L421	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1681: 		wol->wolopts |= WAKE_MAGIC;
	orl	$32, 8(%ebx)	#, wol_8(D)->wolopts
.L421:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1682: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L447:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1664: 		wol->supported &= ~WAKE_UCAST;
	andl	$-3, 4(%edx)	#, wol_8(D)->supported
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1666: 		if (adapter->wol & E1000_WUFC_EX)
	movl	1964(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].wol, prephitmp_55
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1666: 		if (adapter->wol & E1000_WUFC_EX)
	testb	$4, %al	#, prephitmp_55
	je	.L426	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1667: 			e_err(drv, "Interface does not support directed "
	testb	$1, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].msg_enable
	jne	.L427	#,
.L428:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1675: 		wol->wolopts |= WAKE_UCAST;
	orl	$2, 8(%ebx)	#, wol_8(D)->wolopts
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1676: 	if (adapter->wol & E1000_WUFC_MC)
	movl	1964(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].wol, prephitmp_55
	jmp	.L426	#
	.section	.text.unlikely
	.type	e1000_get_wol.cold, @function
e1000_get_wol.cold:
.L427:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1667: 			e_err(drv, "Interface does not support directed "
	movl	$.LC12, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_6(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L425	#
	.text
	.size	e1000_get_wol, .-e1000_get_wol
	.section	.text.unlikely
	.size	e1000_get_wol.cold, .-e1000_get_wol.cold
.LCOLDE14:
	.text
.LHOTE14:
	.p2align 4
	.type	e1000_get_strings, @function
e1000_get_strings:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp128, data
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1851: 	switch (stringset) {
	testl	%edx, %edx	# stringset
	je	.L449	#,
	decl	%edx	# stringset
	jne	.L448	#,
	movl	$e1000_gstrings_stats, %edi	#, ivtmp.372
	.p2align 4
	.p2align 3
.L465:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1857: 			memcpy(p, e1000_gstrings_stats[i].stat_string,
	testb	$1, %bl	#, data
	movl	%ebx, %edx	# data, data
	movl	%edi, %ecx	# ivtmp.372, ivtmp.372
	movl	$32, %esi	#, tmp111
	jne	.L497	#,
	testb	$2, %dl	#, data
	jne	.L498	#,
.L460:
	movl	%ebx, -20(%ebp)	# data, %sfp
	movl	%esi, %eax	# tmp111, tmp117
	andl	$-4, %eax	#, tmp117
	movl	%eax, -16(%ebp)	# tmp117, %sfp
	xorl	%eax, %eax	# tmp116
.L461:
	movl	(%ecx,%eax), %ebx	#, tmp152
	movl	%ebx, (%edx,%eax)	# tmp152,
	addl	$4, %eax	#, tmp116
	movl	-16(%ebp), %ebx	# %sfp, tmp117
	cmpl	%ebx, %eax	# tmp117, tmp116
	jb	.L461	#,
	addl	%eax, %edx	# tmp116, data
	addl	%eax, %ecx	# tmp116, ivtmp.372
	movl	-20(%ebp), %ebx	# %sfp, data
	xorl	%eax, %eax	# tmp119
	testl	$2, %esi	#, tmp111
	je	.L463	#,
	movzwl	(%ecx), %eax	#* ivtmp.372, tmp154
	movw	%ax, (%edx)	# tmp154,* data
	movl	$2, %eax	#, tmp119
.L463:
	andl	$1, %esi	#, tmp111
	je	.L464	#,
	movzbl	(%ecx,%eax), %ecx	#, tmp155
	movb	%cl, (%edx,%eax)	# tmp155,
.L464:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1856: 		for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++) {
	addl	$44, %edi	#, ivtmp.372
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1859: 			p += ETH_GSTRING_LEN;
	addl	$32, %ebx	#, data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1856: 		for (i = 0; i < E1000_GLOBAL_STATS_LEN; i++) {
	cmpl	$e1000_gstrings_stats+2024, %edi	#, ivtmp.372
	jne	.L465	#,
.L448:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1864: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L497:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1857: 			memcpy(p, e1000_gstrings_stats[i].stat_string,
	movzbl	(%edi), %eax	#* ivtmp.372, tmp149
	leal	1(%ebx), %edx	#, data
	movl	$31, %esi	#, tmp111
	leal	1(%edi), %ecx	#, ivtmp.372
	testb	$2, %dl	#, data
	movb	%al, (%ebx)	# tmp149,* data
	je	.L460	#,
	.p2align 4
	.p2align 3
.L498:
	movzwl	(%ecx), %eax	#* ivtmp.372, tmp150
	addl	$2, %edx	#, data
	addl	$2, %ecx	#, ivtmp.372
	subl	$2, %esi	#, tmp111
	movw	%ax, -2(%edx)	# tmp150,
	jmp	.L460	#
	.p2align 4,,10
	.p2align 3
.L449:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1853: 		memcpy(data, e1000_gstrings_test, sizeof(e1000_gstrings_test));
	testb	$1, %cl	#, data
	movl	$e1000_gstrings_test, %edx	#, tmp90
	movl	$160, %edi	#, tmp91
	jne	.L499	#,
.L452:
	testb	$2, %bl	#, data
	jne	.L500	#,
.L453:
	movl	%edi, %esi	# tmp91, tmp97
	xorl	%eax, %eax	# tmp96
	andl	$-8, %esi	#, tmp97
.L454:
	movl	(%edx,%eax), %ecx	#, tmp98
	movl	%ecx, (%ebx,%eax)	# tmp98,
	movl	4(%edx,%eax), %ecx	#, tmp146
	movl	%ecx, 4(%ebx,%eax)	# tmp146,
	addl	$8, %eax	#, tmp96
	cmpl	%esi, %eax	# tmp97, tmp96
	jb	.L454	#,
	addl	%eax, %ebx	# tmp96, data
	addl	%eax, %edx	# tmp96, tmp90
	xorl	%eax, %eax	# tmp100
	testl	$4, %edi	#, tmp91
	je	.L456	#,
	movl	(%edx), %eax	#, tmp102
	movl	%eax, (%ebx)	# tmp102,* data
	movl	$4, %eax	#, tmp100
.L456:
	testl	$2, %edi	#, tmp91
	je	.L457	#,
	movzwl	(%edx,%eax), %esi	#, tmp147
	movw	%si, (%ebx,%eax)	# tmp147,
	addl	$2, %eax	#, tmp100
.L457:
	andl	$1, %edi	#, tmp91
	je	.L448	#,
	movzbl	(%edx,%eax), %ecx	#, tmp148
	movb	%cl, (%ebx,%eax)	# tmp148,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1864: }
	jmp	.L448	#
.L499:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1853: 		memcpy(data, e1000_gstrings_test, sizeof(e1000_gstrings_test));
	movzbl	e1000_gstrings_test, %eax	#, tmp143
	incl	%ebx	# data
	movl	$e1000_gstrings_test+1, %edx	#, tmp90
	movl	$159, %edi	#, tmp91
	movb	%al, (%ecx)	# tmp143,* data
	jmp	.L452	#
.L500:
	movzwl	(%edx), %eax	#, tmp144
	addl	$2, %ebx	#, data
	addl	$2, %edx	#, tmp90
	subl	$2, %edi	#, tmp91
	movw	%ax, -2(%ebx)	# tmp144,
	jmp	.L453	#
	.size	e1000_get_strings, .-e1000_get_strings
	.p2align 4
	.type	e1000_get_link, @function
e1000_get_link:
	pushl	%ebp	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %ecx	# MEM[(const volatile long unsigned int *)netdev_5(D) + 36B], _19
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%eax), %edx	#, _6
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:232: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:241: 	if (!netif_carrier_ok(netdev))
	testb	$4, %cl	#, _19
	je	.L502	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:242: 		adapter->hw.get_link_status = 1;
	movb	$1, 2616(%eax)	#, MEM[(struct e1000_adapter *)netdev_5(D) + 1440B].hw.get_link_status
.L502:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:244: 	return e1000_has_link(adapter);
	movl	%edx, %eax	# _6,
	call	e1000_has_link	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:245: }
	popl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:244: 	return e1000_has_link(adapter);
	movzbl	%al, %eax	# tmp94, _2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:245: }
	ret	
	.size	e1000_get_link, .-e1000_get_link
	.p2align 4
	.type	e1000_set_phy_loopback, @function
e1000_set_phy_loopback:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp152, adapter
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1268: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%esi), %ebx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1267: {
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1267: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp157
	movl	%eax, -16(%ebp)	# tmp157, D.79674
	xorl	%eax, %eax	# tmp157
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1272: 	switch (hw->mac_type) {
	movl	948(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1269: 	u16 phy_reg = 0;
	movw	$0, -20(%ebp)	#, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1272: 	switch (hw->mac_type) {
	cmpl	$8, %eax	#, _1
	ja	.L508	#,
	cmpl	$3, %eax	#, _1
	ja	.L509	#,
	jne	.L511	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1274: 		if (hw->media_type == e1000_media_type_copper) {
	movl	960(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].media_type,
	testl	%eax, %eax	#
	jne	.L524	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1270: 	u16 count = 0;
	xorl	%edi, %edi	# count
	.p2align 4
	.p2align 3
.L514:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1147: 	u16 phy_reg;
	movw	$0, -18(%ebp)	#, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1151: 	ctrl_reg = er32(CTRL);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, _28
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_28], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1158: 	ew32(CTRL, ctrl_reg);
#NO_APP
	movl	936(%esi), %edx	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, _31
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1152: 	ctrl_reg |= (E1000_CTRL_ILOS |		/* Invert Loss-Of-Signal */
	orl	$6785, %eax	#, ctrl_reg
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl_reg, MEM[(volatile unsigned int *)_31]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1161: 	e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_reg);
#NO_APP
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	leal	-18(%ebp), %ecx	#, tmp163
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1166: 	phy_reg &= ~M88E1000_PSCR_AUTO_X_MODE;
	movzwl	-18(%ebp), %ecx	# phy_reg, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1167: 	e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_reg);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1166: 	phy_reg &= ~M88E1000_PSCR_AUTO_X_MODE;
	andl	$65439, %ecx	#, _33
	movw	%cx, -18(%ebp)	# _33, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1167: 	e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1170: 	e1000_phy_reset(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1173: 	e1000_phy_reset_clk_and_crs(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_phy_reset_clk_and_crs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1175: 	e1000_write_phy_reg(hw, PHY_CTRL, 0x8100);
	xorl	%edx, %edx	#
	movl	$33024, %ecx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1178: 	udelay(500);
	movl	$2147500, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1181: 	e1000_phy_reset_clk_and_crs(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_phy_reset_clk_and_crs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1115: 	e1000_write_phy_reg(hw, 29, 0x001F);
	movl	$31, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1116: 	e1000_write_phy_reg(hw, 30, 0x8FFC);
	movl	$36860, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1117: 	e1000_write_phy_reg(hw, 29, 0x001A);
	movl	$26, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1118: 	e1000_write_phy_reg(hw, 30, 0x8FF0);
	movl	$36848, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1187: 	e1000_read_phy_reg(hw, PHY_CTRL, &phy_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	leal	-18(%ebp), %ecx	#, tmp164
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1188: 	phy_reg |= MII_CR_LOOPBACK;
	movzwl	-18(%ebp), %ecx	# phy_reg, tmp128
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1189: 	e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1188: 	phy_reg |= MII_CR_LOOPBACK;
	orl	$16384, %ecx	#, _36
	movw	%cx, -18(%ebp)	# _36, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1189: 	e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1192: 	e1000_phy_reset_clk_and_crs(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_phy_reset_clk_and_crs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1195: 	e1000_read_phy_reg(hw, PHY_CTRL, &phy_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	leal	-18(%ebp), %ecx	#, tmp165
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1196: 	if (phy_reg != 0x4100)
	cmpw	$16640, -18(%ebp)	#, phy_reg
	jne	.L516	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1199: 	e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL, &phy_reg);
	leal	-18(%ebp), %ecx	#, tmp166
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1200: 	if (phy_reg != 0x0070)
	cmpw	$112, -18(%ebp)	#, phy_reg
	jne	.L516	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1203: 	e1000_read_phy_reg(hw, 29, &phy_reg);
	leal	-18(%ebp), %ecx	#, tmp167
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1204: 	if (phy_reg != 0x001A)
	cmpw	$26, -18(%ebp)	#, phy_reg
	jne	.L516	#,
.L522:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1282: 				return 0;
	xorl	%eax, %eax	# <retval>
.L507:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1308: }
	movl	-16(%ebp), %edx	# D.79674, tmp158
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp158
	jne	.L528	#,
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L508:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1272: 	switch (hw->mac_type) {
	subl	$10, %eax	#, tmp121
	cmpl	$4, %eax	#, tmp121
	ja	.L511	#,
.L509:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1216: 	hw->autoneg = false;
	movb	$0, 1147(%esi)	#, MEM[(struct e1000_hw *)adapter_14(D) + 936B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1218: 	if (hw->phy_type == e1000_phy_m88) {
	movl	952(%esi), %edi	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].phy_type,
	testl	%edi, %edi	#
	je	.L529	#,
.L517:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1228: 	ctrl_reg = er32(CTRL);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, _45
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_45], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1231: 	e1000_write_phy_reg(hw, PHY_CTRL, 0x4140);
#NO_APP
	movl	$16704, %ecx	#,
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1234: 	ctrl_reg = er32(CTRL);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, _47
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_47], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1241: 	if (hw->media_type == e1000_media_type_copper &&
#NO_APP
	movl	960(%esi), %ecx	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].media_type,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1235: 	ctrl_reg &= ~E1000_CTRL_SPD_SEL; /* Clear the speed sel bits */
	andl	$-769, %eax	#, ctrl_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1241: 	if (hw->media_type == e1000_media_type_copper &&
	testl	%ecx, %ecx	#
	jne	.L518	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1241: 	if (hw->media_type == e1000_media_type_copper &&
	movl	952(%esi), %edx	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].phy_type,
	testl	%edx, %edx	#
	jne	.L518	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1243: 		ctrl_reg |= E1000_CTRL_ILOS; /* Invert Loss of Signal */
	orl	$6785, %eax	#, ctrl_reg
	movl	%eax, %edx	# ctrl_reg, ctrl_reg
.L519:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1253: 	ew32(CTRL, ctrl_reg);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, _59
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# ctrl_reg, MEM[(volatile unsigned int *)_59]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1258: 	if (hw->phy_type == e1000_phy_m88)
#NO_APP
	movl	952(%esi), %eax	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].phy_type,
	testl	%eax, %eax	#
	je	.L530	#,
.L521:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1261: 	udelay(500);
	movl	$2147500, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1296: 		return e1000_integrated_phy_loopback(adapter);
	jmp	.L522	#
	.p2align 4,,10
	.p2align 3
.L518:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1248: 		stat_reg = er32(STATUS);
	movl	936(%esi), %edi	# MEM[(struct e1000_hw *)adapter_14(D) + 936B].hw_addr, tmp169
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%edi),%ecx	# MEM[(volatile unsigned int *)_55], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1250: 			ctrl_reg |= (E1000_CTRL_ILOS | E1000_CTRL_SLU);
#NO_APP
	movl	%eax, %edx	# ctrl_reg, ctrl_reg
	orl	$6849, %edx	#, ctrl_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1249: 		if ((stat_reg & E1000_STATUS_FD) == 0)
	testb	$1, %cl	#, ret
	je	.L519	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1236: 	ctrl_reg |= (E1000_CTRL_FRCSPD | /* Set the Force Speed Bit */
	orl	$6657, %eax	#, ctrl_reg
	movl	%eax, %edx	# ctrl_reg, ctrl_reg
	jmp	.L519	#
	.p2align 4,,10
	.p2align 3
.L516:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1280: 			       count++ < 10);
	leal	1(%edi), %eax	#, tmp131
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1279: 			while (e1000_nonintegrated_phy_loopback(adapter) &&
	cmpw	$11, %ax	#, tmp131
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1280: 			       count++ < 10);
	movzwl	%ax, %edi	# tmp131, count
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1279: 			while (e1000_nonintegrated_phy_loopback(adapter) &&
	jne	.L514	#,
.L524:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1307: 	return 8;
	movl	$8, %eax	#, <retval>
	jmp	.L507	#
	.p2align 4,,10
	.p2align 3
.L511:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1301: 		e1000_read_phy_reg(hw, PHY_CTRL, &phy_reg);
	leal	-20(%ebp), %ecx	#, tmp172
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1302: 		phy_reg |= MII_CR_LOOPBACK;
	movzwl	-20(%ebp), %ecx	# phy_reg, tmp143
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1303: 		e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1302: 		phy_reg |= MII_CR_LOOPBACK;
	orl	$16384, %ecx	#, _5
	movw	%cx, -20(%ebp)	# _5, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1303: 		e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1304: 		return 0;
	jmp	.L522	#
	.p2align 4,,10
	.p2align 3
.L529:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1220: 		e1000_write_phy_reg(hw,
	movl	$2056, %ecx	#,
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1223: 		e1000_write_phy_reg(hw, PHY_CTRL, 0x9140);
	xorl	%edx, %edx	#
	movl	$37184, %ecx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1225: 		e1000_write_phy_reg(hw, PHY_CTRL, 0x8140);
	movl	$33088, %ecx	#,
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
	jmp	.L517	#
	.p2align 4,,10
	.p2align 3
.L530:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1115: 	e1000_write_phy_reg(hw, 29, 0x001F);
	movl	$31, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1116: 	e1000_write_phy_reg(hw, 30, 0x8FFC);
	movl	$36860, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1117: 	e1000_write_phy_reg(hw, 29, 0x001A);
	movl	$26, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1118: 	e1000_write_phy_reg(hw, 30, 0x8FF0);
	movl	$36848, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1119: }
	jmp	.L521	#
.L528:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1308: }
	call	__stack_chk_fail	#
	.size	e1000_set_phy_loopback, .-e1000_set_phy_loopback
	.p2align 4
	.type	e1000_get_eeprom, @function
e1000_get_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp174, netdev
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp175, eeprom
	subl	$24, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:424: 	struct e1000_hw *hw = &adapter->hw;
	addl	$2376, %eax	#, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:422: {
	movl	%edx, -24(%ebp)	# eeprom, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:430: 	if (eeprom->len == 0)
	movl	12(%edx), %edx	# eeprom_49(D)->len, _1
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:422: {
	movl	%ecx, -28(%ebp)	# tmp176, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:424: 	struct e1000_hw *hw = &adapter->hw;
	movl	%eax, -16(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:430: 	if (eeprom->len == 0)
	testl	%edx, %edx	# _1
	je	.L547	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:433: 	eeprom->magic = hw->vendor_id | (hw->device_id << 16);
	movzwl	2578(%esi), %eax	# MEM[(struct e1000_hw *)netdev_47(D) + 2376B].device_id, MEM[(struct e1000_hw *)netdev_47(D) + 2376B].device_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:433: 	eeprom->magic = hw->vendor_id | (hw->device_id << 16);
	movzwl	2580(%esi), %ecx	# MEM[(struct e1000_hw *)netdev_47(D) + 2376B].vendor_id, MEM[(struct e1000_hw *)netdev_47(D) + 2376B].vendor_id
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:433: 	eeprom->magic = hw->vendor_id | (hw->device_id << 16);
	sall	$16, %eax	#, tmp135
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:433: 	eeprom->magic = hw->vendor_id | (hw->device_id << 16);
	orl	%ecx, %eax	# MEM[(struct e1000_hw *)netdev_47(D) + 2376B].vendor_id, tmp137
	movl	%eax, 4(%ebx)	# tmp137, eeprom_49(D)->magic
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:435: 	first_word = eeprom->offset >> 1;
	movl	8(%ebx), %eax	# eeprom_49(D)->offset, _9
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:435: 	first_word = eeprom->offset >> 1;
	movl	%eax, %edi	# _9, _10
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:436: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	leal	-1(%edx,%eax), %eax	#, tmp139
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:435: 	first_word = eeprom->offset >> 1;
	shrl	%edi	# _10
	movl	%edi, -32(%ebp)	# _10, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:436: 	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	shrl	%eax	# _13
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:438: 	eeprom_buff = kmalloc_array(last_word - first_word + 1, sizeof(u16),
	subl	%edi, %eax	# _10, tmp140
	leal	1(%eax), %edi	#, _15
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	leal	(%edi,%edi), %eax	#, tmp142
	testl	%edi, %edi	# _15
	js	.L536	#,
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3264, %edx	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:440: 	if (!eeprom_buff)
	testl	%eax, %eax	# _90
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	%eax, %ebx	# tmp177, _90
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:440: 	if (!eeprom_buff)
	je	.L536	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:443: 	if (hw->eeprom.type == e1000_eeprom_spi)
	cmpl	$1, 2436(%esi)	#, MEM[(struct e1000_hw *)netdev_47(D) + 2376B].eeprom.type
	je	.L537	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:448: 		for (i = 0; i < last_word - first_word + 1; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:448: 		for (i = 0; i < last_word - first_word + 1; i++) {
	xorl	%edx, %edx	# <retval>
	testl	%edi, %edi	# _15
	jle	.L539	#,
	movl	%edi, -20(%ebp)	# _15, %sfp
	movl	-32(%ebp), %edi	# %sfp, _10
	jmp	.L538	#
	.p2align 4,,10
	.p2align 3
.L569:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:448: 		for (i = 0; i < last_word - first_word + 1; i++) {
	incl	%esi	# tmp158
	movzwl	%si, %esi	# tmp158, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:448: 		for (i = 0; i < last_word - first_word + 1; i++) {
	cmpl	%esi, -20(%ebp)	# i, %sfp
	jle	.L567	#,
.L538:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:449: 			ret_val = e1000_read_eeprom(hw, first_word + i, 1,
	leal	(%ebx,%esi,2), %eax	#, tmp157
	movl	$1, %ecx	#,
	movl	%eax, (%esp)	# tmp157,
	leal	(%esi,%edi), %edx	#, tmp154
	movl	-16(%ebp), %eax	# %sfp,
	movzwl	%dx, %edx	# tmp154, tmp155
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:451: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	je	.L569	#,
.L567:
	movl	-20(%ebp), %edi	# %sfp, _15
	movl	%eax, %edx	# <retval>, <retval>
.L540:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:448: 		for (i = 0; i < last_word - first_word + 1; i++) {
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L542:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:457: 	for (i = 0; i < last_word - first_word + 1; i++)
	incl	%eax	# tmp159
	movzwl	%ax, %eax	# tmp159, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:457: 	for (i = 0; i < last_word - first_word + 1; i++)
	cmpl	%eax, %edi	# i, _15
	jg	.L542	#,
.L539:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:460: 	memcpy(bytes, (u8 *)eeprom_buff + (eeprom->offset & 1),
	movl	-24(%ebp), %ecx	# %sfp, eeprom
	movl	-28(%ebp), %edi	# %sfp, bytes
	movl	8(%ecx), %eax	# eeprom_49(D)->offset, eeprom_49(D)->offset
	movl	12(%ecx), %ecx	# eeprom_49(D)->len, eeprom_49(D)->len
	movl	%eax, -16(%ebp)	# eeprom_49(D)->offset, %sfp
	andl	$1, %eax	#, eeprom_49(D)->offset
	leal	(%ebx,%eax), %esi	#, tmp166
	cmpl	$8, %ecx	#, eeprom_49(D)->len
	jnb	.L570	#,
.L543:
	movl	%edx, -16(%ebp)	# <retval>, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:462: 	kfree(eeprom_buff);
	movl	%ebx, %eax	# _90,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:460: 	memcpy(bytes, (u8 *)eeprom_buff + (eeprom->offset & 1),
	rep movsb
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:462: 	kfree(eeprom_buff);
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:464: 	return ret_val;
	movl	-16(%ebp), %edx	# %sfp, <retval>
.L531:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:465: }
	addl	$24, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L570:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:460: 	memcpy(bytes, (u8 *)eeprom_buff + (eeprom->offset & 1),
	testl	$1, %edi	#, bytes
	jne	.L571	#,
.L544:
	testl	$2, %edi	#, bytes
	jne	.L572	#,
.L545:
	testl	$4, %edi	#, bytes
	je	.L543	#,
	movl	(%esi), %eax	#, tmp172
	addl	$4, %edi	#, bytes
	addl	$4, %esi	#, tmp166
	subl	$4, %ecx	#, eeprom_49(D)->len
	movl	%eax, -4(%edi)	# tmp172,
	jmp	.L543	#
	.p2align 4,,10
	.p2align 3
.L537:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:444: 		ret_val = e1000_read_eeprom(hw, first_word,
	movzwl	-32(%ebp), %edx	# %sfp, _10
	movzwl	%di, %ecx	# _15, tmp151
	movl	%eax, (%esp)	# _90,
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:457: 	for (i = 0; i < last_word - first_word + 1; i++)
	testl	%edi, %edi	# _15
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:444: 		ret_val = e1000_read_eeprom(hw, first_word,
	movl	%eax, %edx	# tmp178, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:457: 	for (i = 0; i < last_word - first_word + 1; i++)
	jg	.L540	#,
	jmp	.L539	#
.L536:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:441: 		return -ENOMEM;
	movl	$-12, %edx	#, <retval>
	.p2align 4,,2
	jmp	.L531	#
.L571:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:460: 	memcpy(bytes, (u8 *)eeprom_buff + (eeprom->offset & 1),
	movzbl	(%esi), %eax	#, tmp202
	incl	%edi	# bytes
	incl	%esi	# tmp166
	decl	%ecx	# eeprom_49(D)->len
	movb	%al, -1(%edi)	# tmp202,
	jmp	.L544	#
.L572:
	movzwl	(%esi), %eax	#, tmp203
	addl	$2, %edi	#, bytes
	addl	$2, %esi	#, tmp166
	subl	$2, %ecx	#, eeprom_49(D)->len
	movw	%ax, -2(%edi)	# tmp203,
	jmp	.L545	#
.L547:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:431: 		return -EINVAL;
	movl	$-22, %edx	#, <retval>
	jmp	.L531	#
	.size	e1000_get_eeprom, .-e1000_get_eeprom
	.p2align 4
	.type	e1000_set_ringparam, @function
e1000_set_ringparam:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp172, netdev
	subl	$20, %esp	#,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, _87
	movl	%eax, -16(%ebp)	# _87, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:578: 	if ((ring->rx_mini_pending) || (ring->rx_jumbo_pending))
	movl	24(%edx), %ecx	# ring_47(D)->rx_mini_pending,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:573: 	e1000_mac_type mac_type = hw->mac_type;
	movl	2388(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_44(D) + 2376B].mac_type, mac_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:578: 	if ((ring->rx_mini_pending) || (ring->rx_jumbo_pending))
	testl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:573: 	e1000_mac_type mac_type = hw->mac_type;
	movl	%eax, -28(%ebp)	# mac_type, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:578: 	if ((ring->rx_mini_pending) || (ring->rx_jumbo_pending))
	jne	.L600	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:578: 	if ((ring->rx_mini_pending) || (ring->rx_jumbo_pending))
	movl	28(%edx), %eax	# ring_47(D)->rx_jumbo_pending,
	movl	%edx, %edi	# tmp173, ring
	testl	%eax, %eax	#
	jne	.L600	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:581: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
	leal	3316(%ebx), %esi	#, _88
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 3316(%ebx)	#, MEM[(volatile long unsigned int *)_88]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:581: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jnc	.L578	#,
	.p2align 4
	.p2align 3
.L575:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:582: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, (%esi)	#, MEM[(volatile long unsigned int *)_88]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:581: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jc	.L575	#,
.L578:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:584: 	if (netif_running(adapter->netdev))
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].netdev, _4
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)_4 + 36B], _95
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:584: 	if (netif_running(adapter->netdev))
	testb	$1, %al	#, _95
	jne	.L625	#,
.L577:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:587: 	tx_old = adapter->tx_ring;
	movl	2016(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].tx_ring, tx_old
	movl	%eax, -20(%ebp)	# tx_old, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:588: 	rx_old = adapter->rx_ring;
	movl	2100(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].rx_ring, rx_old
	movl	%eax, -24(%ebp)	# rx_old, %sfp
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$36, %eax	#, tmp145
	mull	2316(%ebx)	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].num_tx_queues
	jo	.L583	#,
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3520, %edx	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:593: 	if (!txdr)
	testl	%eax, %eax	# _150
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	%eax, %ecx	# tmp174, _150
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:593: 	if (!txdr)
	je	.L583	#,
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$40, %eax	#, tmp148
	mull	2320(%ebx)	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].num_rx_queues
	jo	.L588	#,
	movl	%ecx, -32(%ebp)	# _150, %sfp
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3520, %edx	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:598: 	if (!rxdr)
	movl	-32(%ebp), %ecx	# %sfp, _150
	testl	%eax, %eax	# _178
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	%eax, %esi	# tmp175, _178
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:598: 	if (!rxdr)
	je	.L588	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:602: 	adapter->rx_ring = rxdr;
	movl	%eax, 2100(%ebx)	# _178, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].rx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:604: 	rxdr->count = max(ring->rx_pending, (u32)E1000_MIN_RXD);
	movl	$48, %eax	#, tmp179
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:601: 	adapter->tx_ring = txdr;
	movl	%ecx, 2016(%ebx)	# _150, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].tx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:604: 	rxdr->count = max(ring->rx_pending, (u32)E1000_MIN_RXD);
	movl	20(%edi), %edx	# ring_47(D)->rx_pending, ring_47(D)->rx_pending
	cmpl	%eax, %edx	# tmp179, ring_47(D)->rx_pending
	cmovnb	%edx, %eax	# ring_47(D)->rx_pending,, _54
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:605: 	rxdr->count = min(rxdr->count, (u32)(mac_type < e1000_82544 ?
	cmpl	$4, -28(%ebp)	#, %sfp
	sbbl	%edx, %edx	# iftmp.110_32
	andl	$-3840, %edx	#, iftmp.110_32
	addl	$4096, %edx	#, iftmp.110_32
	cmpl	%eax, %edx	# _54, iftmp.110_32
	cmovbe	%edx, %eax	# iftmp.110_32,, tmp151
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:607: 	rxdr->count = ALIGN(rxdr->count, REQ_RX_DESCRIPTOR_MULTIPLE);
	addl	$7, %eax	#, tmp152
	andl	$-8, %eax	#, tmp153
	movl	%eax, 12(%esi)	# tmp153, MEM[(struct e1000_rx_ring *)_178].count
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:608: 	txdr->count = max(ring->tx_pending, (u32)E1000_MIN_TXD);
	movl	32(%edi), %eax	# ring_47(D)->tx_pending, ring_47(D)->tx_pending
	movl	$48, %edi	#, tmp180
	cmpl	%edi, %eax	# tmp180, ring_47(D)->tx_pending
	cmovb	%edi, %eax	# ring_47(D)->tx_pending,, tmp180, tmp155
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	2316(%ebx), %edi	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].num_tx_queues, _130
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:609: 	txdr->count = min(txdr->count, (u32)(mac_type < e1000_82544 ?
	cmpl	%edx, %eax	# iftmp.110_32, tmp155
	cmova	%edx, %eax	# tmp155,, iftmp.110_32, tmp154
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:611: 	txdr->count = ALIGN(txdr->count, REQ_TX_DESCRIPTOR_MULTIPLE);
	addl	$7, %eax	#, tmp157
	andl	$-8, %eax	#, tmp158
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	testl	%edi, %edi	# _130
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:611: 	txdr->count = ALIGN(txdr->count, REQ_TX_DESCRIPTOR_MULTIPLE);
	movl	%eax, 12(%ecx)	# tmp158, MEM[(struct e1000_tx_ring *)_150].count
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	jle	.L590	#,
	cmpl	$1, %edi	#, _130
	je	.L590	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	%ebx, -28(%ebp)	# netdev, %sfp
	movl	$1, %eax	#, i
	.p2align 4
	.p2align 3
.L591:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:614: 		txdr[i].count = txdr->count;
	movl	12(%ecx), %ebx	# MEM[(struct e1000_tx_ring *)_150].count, tmp204
	leal	(%eax,%eax,8), %edx	#, tmp161
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	cmpl	%edi, %eax	# _130, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:614: 		txdr[i].count = txdr->count;
	movl	%ebx, 12(%ecx,%edx,4)	# tmp204, MEM[(unsigned int *)_150 + 12B + _194 * 1]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:613: 	for (i = 0; i < adapter->num_tx_queues; i++)
	jl	.L591	#,
	movl	-28(%ebp), %ebx	# %sfp, netdev
.L590:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	2320(%ebx), %edi	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].num_rx_queues, _156
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	xorl	%eax, %eax	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	testl	%edi, %edi	# _156
	jle	.L595	#,
	movl	%ecx, -28(%ebp)	# _150, %sfp
	.p2align 4
	.p2align 3
.L592:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:616: 		rxdr[i].count = rxdr->count;
	movl	12(%esi), %ecx	# MEM[(struct e1000_rx_ring *)_178].count, tmp205
	leal	(%eax,%eax,4), %edx	#, tmp166
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	cmpl	%edi, %eax	# _156, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:616: 		rxdr[i].count = rxdr->count;
	movl	%ecx, 12(%esi,%edx,8)	# tmp205, MEM[(unsigned int *)_178 + 12B + _131 * 1]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:615: 	for (i = 0; i < adapter->num_rx_queues; i++)
	jl	.L592	#,
	movl	-28(%ebp), %ecx	# %sfp, _150
.L595:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:619: 	if (netif_running(adapter->netdev)) {
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].netdev, _23
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:618: 	err = 0;
	xorl	%edi, %edi	# <retval>
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)_23 + 36B], _107
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:619: 	if (netif_running(adapter->netdev)) {
	testb	$1, %al	#, _107
	jne	.L626	#,
.L594:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:640: 	kfree(tx_old);
	movl	-20(%ebp), %eax	# %sfp,
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:641: 	kfree(rx_old);
	movl	-24(%ebp), %eax	# %sfp,
	call	kfree	#
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%ebx)	#,
# 0 "" 2
#NO_APP
.L573:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:659: }
	addl	$20, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L626:
	movl	%ecx, -28(%ebp)	# _150, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:621: 		err = e1000_setup_all_rx_resources(adapter);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_setup_all_rx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:622: 		if (err)
	movl	-28(%ebp), %ecx	# %sfp, _150
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:621: 		err = e1000_setup_all_rx_resources(adapter);
	movl	%eax, %edi	# tmp176, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:622: 		if (err)
	jne	.L596	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:624: 		err = e1000_setup_all_tx_resources(adapter);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_setup_all_tx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:625: 		if (err)
	movl	-28(%ebp), %ecx	# %sfp, _150
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:624: 		err = e1000_setup_all_tx_resources(adapter);
	movl	%eax, %edi	# tmp177, <retval>
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:625: 		if (err)
	jne	.L627	#,
	movl	%ecx, -28(%ebp)	# _150, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:632: 		adapter->rx_ring = rx_old;
	movl	-24(%ebp), %eax	# %sfp, rx_old
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:634: 		e1000_free_all_rx_resources(adapter);
	movl	-16(%ebp), %edi	# %sfp, _87
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:632: 		adapter->rx_ring = rx_old;
	movl	%eax, 2100(%ebx)	# rx_old, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].rx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:633: 		adapter->tx_ring = tx_old;
	movl	-20(%ebp), %eax	# %sfp, tx_old
	movl	%eax, 2016(%ebx)	# tx_old, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].tx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:634: 		e1000_free_all_rx_resources(adapter);
	movl	%edi, %eax	# _87,
	call	e1000_free_all_rx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:635: 		e1000_free_all_tx_resources(adapter);
	movl	%edi, %eax	# _87,
	call	e1000_free_all_tx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:637: 		adapter->tx_ring = txdr;
	movl	-28(%ebp), %ecx	# %sfp, _150
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:638: 		err = e1000_up(adapter);
	movl	%edi, %eax	# _87,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:636: 		adapter->rx_ring = rxdr;
	movl	%esi, 2100(%ebx)	# _178, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].rx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:637: 		adapter->tx_ring = txdr;
	movl	%ecx, 2016(%ebx)	# _150, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].tx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:638: 		err = e1000_up(adapter);
	call	e1000_up	#
	movl	%eax, %edi	# tmp178, <retval>
	jmp	.L594	#
.L627:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:647: 	e1000_free_all_rx_resources(adapter);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_free_all_rx_resources	#
	movl	-28(%ebp), %ecx	# %sfp, _150
.L596:
	movl	%ecx, -28(%ebp)	# _150, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:649: 	adapter->rx_ring = rx_old;
	movl	-24(%ebp), %eax	# %sfp, rx_old
	movl	%eax, 2100(%ebx)	# rx_old, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].rx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:650: 	adapter->tx_ring = tx_old;
	movl	-20(%ebp), %eax	# %sfp, tx_old
	movl	%eax, 2016(%ebx)	# tx_old, MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].tx_ring
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:651: 	kfree(rxdr);
	movl	%esi, %eax	# _178,
	call	kfree	#
	movl	-28(%ebp), %ecx	# %sfp, _150
.L587:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:653: 	kfree(txdr);
	movl	%ecx, %eax	# _150,
	call	kfree	#
.L582:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:655: 	if (netif_running(adapter->netdev))
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_44(D) + 1440B].netdev, _24
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %eax	# MEM[(const volatile long unsigned int *)_24 + 36B], _117
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:655: 	if (netif_running(adapter->netdev))
	testb	$1, %al	#, _117
	jne	.L628	#,
.L598:
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%ebx)	#,
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:659: }
#NO_APP
	addl	$20, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L625:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:585: 		e1000_down(adapter);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_down	#
	jmp	.L577	#
	.p2align 4,,10
	.p2align 3
.L628:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:656: 		e1000_up(adapter);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_up	#
	.p2align 4,,5
	jmp	.L598	#
.L588:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:590: 	err = -ENOMEM;
	movl	$-12, %edi	#, <retval>
	jmp	.L587	#
.L583:
	movl	$-12, %edi	#, <retval>
	jmp	.L582	#
.L600:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:579: 		return -EINVAL;
	movl	$-22, %edi	#, <retval>
	jmp	.L573	#
	.size	e1000_set_ringparam, .-e1000_set_ringparam
	.section	.rodata.str1.1
.LC15:
	.string	"shared"
.LC16:
	.string	"unshared"
.LC17:
	.string	"offline testing starting\n"
	.section	.rodata.str1.4
	.align 4
.LC18:
	.string	"failed STATUS register test got: 0x%08X expected: 0x%08X\n"
	.section	.rodata.str1.1
.LC19:
	.string	"testing %s interrupt\n"
	.section	.rodata.str1.4
	.align 4
.LC20:
	.string	"%s %s: rejecting DMA map of vmalloc memory\n"
	.section	.rodata.str1.1
.LC21:
	.string	"include/linux/dma-mapping.h"
.LC22:
	.string	"online testing starting\n"
	.section	.text.unlikely
.LCOLDB23:
	.text
.LHOTB23:
	.p2align 4
	.type	e1000_diag_test, @function
e1000_diag_test:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp846, netdev
	pushl	%esi	#
	pushl	%ebx	#
	subl	$88, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1518: {
	movl	%edx, -64(%ebp)	# eth_test, %sfp
	movl	%ecx, -48(%ebp)	# tmp848, %sfp
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp919
	movl	%eax, -16(%ebp)	# tmp919, D.79933
	xorl	%eax, %eax	# tmp919
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%edi), %eax	#, _87
	movl	%eax, -56(%ebp)	# _87, %sfp
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%edi), %ebx	# MEM[(const volatile long unsigned int *)netdev_41(D) + 36B], _84
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,3316(%edi)	#, MEM[(volatile char *)_1]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1524: 	if (eth_test->flags == ETH_TEST_FL_OFFLINE) {
#NO_APP
	movl	4(%edx), %esi	# eth_test_42(D)->flags, mask
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1524: 	if (eth_test->flags == ETH_TEST_FL_OFFLINE) {
	cmpl	$1, %esi	#, mask
	je	.L892	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1573: 		e_info(hw, "online testing starting\n");
	testb	$32, 3309(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].msg_enable
	jne	.L885	#,
.L755:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1575: 		if (e1000_link_test(adapter, &data[4]))
	movl	-48(%ebp), %eax	# %sfp, data
	leal	32(%eax), %edx	#, tmp686
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_link_test	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1575: 		if (e1000_link_test(adapter, &data[4]))
	testl	%eax, %eax	# tmp895
	jne	.L893	#,
.L756:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1579: 		data[0] = 0;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$0, (%eax)	#, *data_44(D)
	movl	$0, 4(%eax)	#, *data_44(D)
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1580: 		data[1] = 0;
	movl	$0, 8(%eax)	#, MEM[(u64 *)data_44(D) + 8B]
	movl	$0, 12(%eax)	#, MEM[(u64 *)data_44(D) + 8B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1581: 		data[2] = 0;
	movl	$0, 16(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1582: 		data[3] = 0;
	movl	$0, 24(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
	movl	$0, 28(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-2,3316(%edi)	#, MEM[(volatile char *)_1]
# 0 "" 2
#NO_APP
.L754:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1586: 	msleep_interruptible(4 * 1000);
	movl	$4000, %eax	#,
	call	msleep_interruptible	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1587: }
	movl	-16(%ebp), %eax	# D.79933, tmp924
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp924
	jne	.L894	#,
	addl	$88, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L893:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1576: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
	jmp	.L756	#
.L892:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1528: 		u16 autoneg_advertised = hw->autoneg_advertised;
	movzwl	2558(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].autoneg_advertised, autoneg_advertised
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1532: 		e_info(hw, "offline testing starting\n");
	testb	$32, 3309(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].msg_enable
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1528: 		u16 autoneg_advertised = hw->autoneg_advertised;
	movl	%eax, -76(%ebp)	# autoneg_advertised, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1529: 		u8 forced_speed_duplex = hw->forced_speed_duplex;
	movzbl	2589(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].forced_speed_duplex, forced_speed_duplex
	movb	%al, -77(%ebp)	# forced_speed_duplex, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1530: 		u8 autoneg = hw->autoneg;
	movzbl	2587(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].autoneg, autoneg
	movb	%al, -78(%ebp)	# autoneg, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1532: 		e_info(hw, "offline testing starting\n");
	jne	.L882	#,
.L631:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1537: 		if (e1000_link_test(adapter, &data[4]))
	movl	-48(%ebp), %eax	# %sfp, data
	leal	32(%eax), %edx	#, tmp515
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_link_test	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1537: 		if (e1000_link_test(adapter, &data[4]))
	testl	%eax, %eax	# tmp849
	je	.L632	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1538: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
.L632:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movb	%bl, %al	# _84, _85
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1540: 		if (if_running)
	andb	$1, %al	#, _85
	movb	%al, -79(%ebp)	# _85, %sfp
	jne	.L895	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1544: 			e1000_reset(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_reset	#
.L634:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:736: 	before = er32(STATUS);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp970
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%ebx	# MEM[(volatile unsigned int *)_94], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:737: 	value = (er32(STATUS) & toggle);
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp971
	addl	$8, %eax	#, _97
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_97], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:738: 	ew32(STATUS, toggle);
#NO_APP
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp972
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:737: 	value = (er32(STATUS) & toggle);
	andl	$-1997, %eax	#, value
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:738: 	ew32(STATUS, toggle);
	leal	8(%ecx), %edx	#, _101
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1997, %ecx	#, tmp521
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp521, MEM[(volatile unsigned int *)_101]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:739: 	after = er32(STATUS) & toggle;
#NO_APP
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp973
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ecx),%edx	# MEM[(volatile unsigned int *)_103], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:739: 	after = er32(STATUS) & toggle;
#NO_APP
	andl	$-1997, %edx	#, after
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:740: 	if (value != after) {
	cmpl	%edx, %eax	# after, value
	je	.L635	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:741: 		e_err(drv, "failed STATUS register test got: "
	testb	$1, 3308(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].msg_enable
	jne	.L883	#,
.L636:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:743: 		*data = 1;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$1, (%eax)	#, *data_44(D)
	movl	$0, 4(%eax)	#, *data_44(D)
.L637:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1547: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
.L660:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1549: 		e1000_reset(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:804: 	*data = 0;
	movl	-48(%ebp), %ebx	# %sfp, data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:799: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%edi), %eax	#, hw
	movl	%esi, -32(%ebp)	# mask, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:804: 	*data = 0;
	xorl	%edx, %edx	# ivtmp.449
	movl	%eax, %esi	# hw, hw
	movl	%edi, -36(%ebp)	# netdev, %sfp
	movl	%edx, %edi	# ivtmp.449, ivtmp.449
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:799: 	struct e1000_hw *hw = &adapter->hw;
	movl	%eax, -84(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:804: 	*data = 0;
	movl	$0, 8(%ebx)	#, MEM[(u64 *)data_44(D) + 8B]
	movl	$0, 12(%ebx)	#, MEM[(u64 *)data_44(D) + 8B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:801: 	u16 checksum = 0;
	xorl	%ebx, %ebx	# checksum
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:800: 	u16 temp;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_581]
	jmp	.L663	#
	.p2align 4,,10
	.p2align 3
.L661:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:811: 		checksum += temp;
	movl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_581],
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:806: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	incl	%edi	# ivtmp.449
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:811: 		checksum += temp;
	addw	%cx, %bx	#, tmp531
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:806: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	cmpl	$64, %edi	#, ivtmp.449
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:811: 		checksum += temp;
	movzwl	%bx, %ebx	# tmp531, checksum
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:806: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	je	.L896	#,
.L663:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:807: 		if ((e1000_read_eeprom(hw, i, 1, &temp)) < 0) {
	leal	-20(%ebp), %eax	#, tmp980
	movl	$1, %ecx	#,
	movl	%eax, (%esp)	# tmp980,
	movl	%edi, %edx	# ivtmp.449,
	movl	%esi, %eax	# hw,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:807: 		if ((e1000_read_eeprom(hw, i, 1, &temp)) < 0) {
	testl	%eax, %eax	# tmp878
	jns	.L661	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:808: 			*data = 1;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	-32(%ebp), %esi	# %sfp, mask
	movl	-36(%ebp), %edi	# %sfp, netdev
	movl	$1, 8(%eax)	#, MEM[(u64 *)data_44(D) + 8B]
	movl	$0, 12(%eax)	#, MEM[(u64 *)data_44(D) + 8B]
.L662:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1551: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
.L667:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1553: 		e1000_reset(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:837: 	u32 irq = adapter->pdev->irq;
	movl	2372(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].pdev
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	movl	$e1000_test_intr, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:834: 	struct net_device *netdev = adapter->netdev;
	movl	2368(%edi), %ebx	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:840: 	*data = 0;
	movl	-48(%ebp), %ecx	# %sfp, data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:837: 	u32 irq = adapter->pdev->irq;
	movl	576(%eax), %eax	# _207->irq, irq
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:834: 	struct net_device *netdev = adapter->netdev;
	movl	%ebx, -40(%ebp)	# netdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:840: 	*data = 0;
	movl	$0, 16(%ecx)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%ecx)	#, MEM[(u64 *)data_44(D) + 16B]
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:837: 	u32 irq = adapter->pdev->irq;
	movl	%eax, -44(%ebp)	# irq, %sfp
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	movl	%ebx, 8(%esp)	# netdev,
	movl	%ebx, 4(%esp)	# netdev,
	movl	$256, (%esp)	#,
	call	request_threaded_irq	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:845: 	if (!request_irq(irq, e1000_test_intr, IRQF_PROBE_SHARED, netdev->name,
	testl	%eax, %eax	# tmp879
	jne	.L897	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:853: 	e_info(hw, "testing %s interrupt\n", (shared_int ?
	testb	$32, 3309(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].msg_enable
	jne	.L884	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:847: 		shared_int = false;
	movb	$0, -36(%ebp)	#, %sfp
.L672:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:857: 	ew32(IMC, 0xFFFFFFFF);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp994
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp540
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp540, MEM[(volatile unsigned int *)_218]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:858: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp995
	addl	$8, %eax	#, _220
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_220], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:859: 	msleep(10);
#NO_APP
	movl	$10, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:864: 		mask = 1 << i;
	movl	$1, %ebx	#, _245
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:859: 	msleep(10);
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:866: 		if (!shared_int) {
	cmpb	$0, -36(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:835: 	u32 mask, i = 0;
	movl	$0, -32(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:866: 		if (!shared_int) {
	jne	.L674	#,
.L673:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:873: 			adapter->test_icr = 0;
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:874: 			ew32(IMC, mask);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp997
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:873: 			adapter->test_icr = 0;
	movl	%edx, 3228(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,216(%eax)	# mask, MEM[(volatile unsigned int *)_226]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:875: 			ew32(ICS, mask);
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp998
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,200(%eax)	# mask, MEM[(volatile unsigned int *)_228]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:876: 			E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp999
	addl	$8, %eax	#, _230
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_230], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:877: 			msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:879: 			if (adapter->test_icr & mask) {
	movl	%esi, %eax	# mask, tmp547
	andl	3228(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr, tmp547
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:879: 			if (adapter->test_icr & mask) {
	jne	.L898	#,
.L674:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:891: 		adapter->test_icr = 0;
	xorl	%eax, %eax	#
	movl	%eax, 3228(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:892: 		ew32(IMS, mask);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1002
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,208(%eax)	# mask, MEM[(volatile unsigned int *)_235]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:893: 		ew32(ICS, mask);
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1003
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,200(%eax)	# mask, MEM[(volatile unsigned int *)_237]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:894: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1004
	addl	$8, %eax	#, _239
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_239], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:895: 		msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:897: 		if (!(adapter->test_icr & mask)) {
	andl	3228(%edi), %esi	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr, tmp552
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:897: 		if (!(adapter->test_icr & mask)) {
	je	.L899	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:902: 		if (!shared_int) {
	cmpb	$0, -36(%ebp)	#, %sfp
	je	.L900	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:862: 	for (; i < 10; i++) {
	incl	-32(%ebp)	# %sfp
	movl	-32(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:862: 	for (; i < 10; i++) {
	cmpl	$10, %eax	#, i
	je	.L676	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:864: 		mask = 1 << i;
	movl	$1, %ebx	#, _245
	movb	%al, %cl	# i, tmp1014
	sall	%cl, %ebx	# tmp1014, _245
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:864: 		mask = 1 << i;
	movl	%ebx, %esi	# _245, mask
	jmp	.L674	#
.L895:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1542: 			e1000_close(netdev);
	movl	%edi, %eax	# netdev,
	call	e1000_close	#
	jmp	.L634	#
	.p2align 4,,10
	.p2align 3
.L900:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:909: 			adapter->test_icr = 0;
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:910: 			ew32(IMC, ~mask & 0x00007FFF);
	xorl	$32767, %ebx	#, _246
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:909: 			adapter->test_icr = 0;
	movl	%eax, 3228(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:910: 			ew32(IMC, ~mask & 0x00007FFF);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1007
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,216(%eax)	# _246, MEM[(volatile unsigned int *)_244]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:911: 			ew32(ICS, ~mask & 0x00007FFF);
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1008
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,200(%eax)	# _246, MEM[(volatile unsigned int *)_248]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:912: 			E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1009
	addl	$8, %eax	#, _250
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_250], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:913: 			msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:915: 			if (adapter->test_icr) {
	movl	3228(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].test_icr,
	testl	%eax, %eax	#
	jne	.L901	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:862: 	for (; i < 10; i++) {
	incl	-32(%ebp)	# %sfp
	movl	-32(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:862: 	for (; i < 10; i++) {
	cmpl	$10, %eax	#, i
	je	.L676	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:864: 		mask = 1 << i;
	movl	$1, %ebx	#, tmp558
	movb	%al, %cl	# i, tmp1017
	sall	%cl, %ebx	# tmp1017, _245
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:864: 		mask = 1 << i;
	movl	%ebx, %esi	# _245, mask
	jmp	.L673	#
.L899:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:898: 			*data = 4;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$4, 16(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
.L676:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:923: 	ew32(IMC, 0xFFFFFFFF);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1018
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp560
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp560, MEM[(volatile unsigned int *)_255]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:924: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1019
	addl	$8, %eax	#, _257
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_257], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:925: 	msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:928: 	free_irq(irq, netdev);
	movl	-40(%ebp), %edx	# %sfp,
	movl	-44(%ebp), %eax	# %sfp,
	call	free_irq	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1554: 		if (e1000_intr_test(adapter, &data[2]))
	movl	-48(%ebp), %eax	# %sfp, data
	movl	16(%eax), %eax	# MEM[(u64 *)data_44(D) + 16B],
	testl	%eax, %eax	#
	je	.L680	#,
.L670:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1555: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
.L680:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1557: 		e1000_reset(adapter);
	movl	-56(%ebp), %esi	# %sfp, _87
	movl	%esi, %eax	# _87,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1559: 		e1000_power_up_phy(adapter);
	movl	%esi, %eax	# _87,
	call	e1000_power_up_phy	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:990: 	if (!txdr->count)
	movl	3244(%edi), %edx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, _271
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:984: 	struct pci_dev *pdev = adapter->pdev;
	movl	2372(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:990: 	if (!txdr->count)
	testl	%edx, %edx	# _271
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:984: 	struct pci_dev *pdev = adapter->pdev;
	movl	%eax, -68(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:990: 	if (!txdr->count)
	jne	.L681	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:991: 		txdr->count = E1000_DEFAULT_TXD;
	movl	$256, %eax	#,
	movl	%eax, 3244(%edi)	#, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$6144, %eax	#, _166
.L682:
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3520, %edx	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:993: 	txdr->buffer_info = kcalloc(txdr->count, sizeof(struct e1000_tx_buffer),
	movl	%eax, 3256(%edi)	# tmp565, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:995: 	if (!txdr->buffer_info) {
	testl	%eax, %eax	# tmp565
	je	.L685	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1000: 	txdr->size = txdr->count * sizeof(struct e1000_tx_desc);
	movl	3244(%edi), %edx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, tmp566
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1002: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	leal	3236(%edi), %ecx	#, tmp570
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	xorl	%ebx, %ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1002: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	movl	-68(%ebp), %eax	# %sfp, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1000: 	txdr->size = txdr->count * sizeof(struct e1000_tx_desc);
	sall	$4, %edx	#, tmp566
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1001: 	txdr->size = ALIGN(txdr->size, 4096);
	addl	$4095, %edx	#, tmp568
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1002: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	addl	$132, %eax	#, _279
	movl	%eax, -60(%ebp)	# _279, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1001: 	txdr->size = ALIGN(txdr->size, 4096);
	andl	$-4096, %edx	#, _277
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1001: 	txdr->size = ALIGN(txdr->size, 4096);
	movl	%edx, 3240(%edi)	# _277, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].size
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%ebx, 4(%esp)	#,
	movl	$3264, (%esp)	#,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1002: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	movl	%eax, 3232(%edi)	# _280, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].desc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1004: 	if (!txdr->desc) {
	testl	%eax, %eax	# _280
	je	.L774	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1008: 	txdr->next_to_use = txdr->next_to_clean = 0;
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1008: 	txdr->next_to_use = txdr->next_to_clean = 0;
	xorl	%ebx, %ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1010: 	ew32(TDBAL, ((u64)txdr->dma & 0x00000000FFFFFFFF));
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1008: 	txdr->next_to_use = txdr->next_to_clean = 0;
	movl	%ecx, 3252(%edi)	#, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1010: 	ew32(TDBAL, ((u64)txdr->dma & 0x00000000FFFFFFFF));
	movl	3236(%edi), %edx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].dma, _285
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1008: 	txdr->next_to_use = txdr->next_to_clean = 0;
	movl	%ebx, 3248(%edi)	#, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].next_to_use
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1010: 	ew32(TDBAL, ((u64)txdr->dma & 0x00000000FFFFFFFF));
	sbbl	%eax, %eax	# iftmp.35_283
	andl	$-13280, %eax	#, iftmp.35_283
	addl	$14336, %eax	#, iftmp.35_283
	addl	%esi, %eax	#, _284
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _285, MEM[(volatile unsigned int *)_284]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1011: 	ew32(TDBAH, ((u64)txdr->dma >> 32));
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %edx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.36_288
	andl	$-13280, %eax	#, iftmp.36_288
	addl	$14340, %eax	#, iftmp.36_288
	addl	%edx, %eax	#, _289
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp571
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp571, MEM[(volatile unsigned int *)_289]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1012: 	ew32(TDLEN, txdr->count * sizeof(struct e1000_tx_desc));
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.37_292
	andl	$-13280, %eax	#, iftmp.37_292
	addl	$14344, %eax	#, iftmp.37_292
	addl	%ecx, %eax	#, _293
	movl	3244(%edi), %ecx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, _295
	sall	$4, %ecx	#, _295
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _295, MEM[(volatile unsigned int *)_293]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1013: 	ew32(TDH, 0);
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %ebx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.38_298
	andl	$-13280, %eax	#, iftmp.38_298
	addl	$14352, %eax	#, iftmp.38_298
	addl	%ebx, %eax	#, _299
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp571, MEM[(volatile unsigned int *)_299]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1014: 	ew32(TDT, 0);
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.39_302
	andl	$-13280, %eax	#, iftmp.39_302
	addl	$14360, %eax	#, iftmp.39_302
	addl	%esi, %eax	#, _303
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp571, MEM[(volatile unsigned int *)_303]
# 0 "" 2
#NO_APP
	movl	$258298, %edx	#, tmp576
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1015: 	ew32(TCTL, E1000_TCTL_PSP | E1000_TCTL_EN |
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1028
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1024(%eax)	# tmp576, MEM[(volatile unsigned int *)_305]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
#NO_APP
	movl	3244(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
	testl	%eax, %eax	#
	je	.L699	#,
	movl	%esi, -32(%ebp)	# i, %sfp
	jmp	.L692	#
	.p2align 4,,10
	.p2align 3
.L695:
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	mem_map, %eax	# mem_map,
	movl	%edx, %ecx	# _319, tmp587
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	$1073741824, %edx	#, tmp588
	shrl	$12, %edx	#, tmp589
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	andl	$4095, %ecx	#, tmp587
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	sall	$5, %edx	#, tmp590
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	%eax, %edx	#, tmp591
	xorl	%eax, %eax	#
	movl	%eax, 8(%esp)	#,
	movl	$1, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	-52(%ebp), %eax	# %sfp, _318
	movl	%eax, (%esp)	# _318,
	movl	-60(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
.L698:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1032: 		txdr->buffer_info[i].dma =
	movl	-36(%ebp), %ecx	# %sfp, _321
	movl	%eax, 4(%ecx)	# _448, _321->dma
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1035: 		if (dma_mapping_error(&pdev->dev, txdr->buffer_info[i].dma)) {
	movl	3256(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
	movl	4(%eax,%esi), %eax	# _324->dma, _325
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	cmpl	$-1, %eax	#, _325
	je	.L782	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1039: 		tx_desc->buffer_addr = cpu_to_le64(txdr->buffer_info[i].dma);
	movl	-44(%ebp), %esi	# %sfp, tx_desc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
	incl	-32(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1039: 		tx_desc->buffer_addr = cpu_to_le64(txdr->buffer_info[i].dma);
	movl	%eax, (%esi)	# _325, tx_desc_309->buffer_addr
	movl	$0, 4(%esi)	#, tx_desc_309->buffer_addr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1041: 		tx_desc->lower.data |= cpu_to_le32(E1000_TXD_CMD_EOP |
	movl	84(%ebx), %eax	# _310->len, _310->len
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1044: 		tx_desc->upper.data = 0;
	movl	$0, 12(%esi)	#, tx_desc_309->upper.data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1041: 		tx_desc->lower.data |= cpu_to_le32(E1000_TXD_CMD_EOP |
	orl	$318767104, %eax	#, tmp596
	movl	%eax, 8(%esi)	# tmp596, tx_desc_309->lower.data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
	movl	-32(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1019: 	for (i = 0; i < txdr->count; i++) {
	cmpl	3244(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, i
	jnb	.L699	#,
.L692:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1020: 		struct e1000_tx_desc *tx_desc = E1000_TX_DESC(*txdr, i);
	movl	-32(%ebp), %esi	# %sfp, i
# ./include/linux/skbuff.h:1303: 	return __alloc_skb(size, priority, 0, NUMA_NO_NODE);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1020: 		struct e1000_tx_desc *tx_desc = E1000_TX_DESC(*txdr, i);
	movl	3232(%edi), %edx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].desc,
	movl	%esi, %eax	# i, tmp577
	sall	$4, %eax	#, tmp577
	addl	%edx, %eax	#, tmp577
# ./include/linux/skbuff.h:1303: 	return __alloc_skb(size, priority, 0, NUMA_NO_NODE);
	movl	$3264, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1020: 		struct e1000_tx_desc *tx_desc = E1000_TX_DESC(*txdr, i);
	movl	%eax, -44(%ebp)	# tmp577, %sfp
# ./include/linux/skbuff.h:1303: 	return __alloc_skb(size, priority, 0, NUMA_NO_NODE);
	movl	$1024, %eax	#,
	movl	$-1, (%esp)	#,
	call	__alloc_skb	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1025: 		if (!skb) {
	testl	%eax, %eax	# _310
# ./include/linux/skbuff.h:1303: 	return __alloc_skb(size, priority, 0, NUMA_NO_NODE);
	movl	%eax, %ebx	# tmp883, _310
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1025: 		if (!skb) {
	je	.L781	#,
	leal	(%esi,%esi,2), %esi	#, tmp581
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1029: 		skb_put(skb, size);
	movl	$1024, %edx	#,
	call	skb_put	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1030: 		txdr->buffer_info[i].skb = skb;
	movl	3256(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
	sall	$3, %esi	#, tmp582
	movl	%ebx, (%eax,%esi)	# _310, _313->skb
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1031: 		txdr->buffer_info[i].length = skb->len;
	movl	3256(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
	movl	84(%ebx), %ecx	# _310->len, tmp1032
	movw	%cx, 12(%eax,%esi)	# tmp1032, _316->length
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1033: 			dma_map_single(&pdev->dev, skb->data, skb->len,
	movl	84(%ebx), %eax	# _310->len, _318
	movl	172(%ebx), %edx	# _310->data, _319
	movl	%eax, -52(%ebp)	# _318, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1032: 		txdr->buffer_info[i].dma =
	movl	3256(%edi), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, _321
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	%edx, -40(%ebp)	# _319, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1032: 		txdr->buffer_info[i].dma =
	addl	%esi, %eax	# tmp582, _321
	movl	%eax, -36(%ebp)	# _321, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	%edx, %eax	# _319,
	call	is_vmalloc_addr	#
	movl	-40(%ebp), %edx	# %sfp, _319
	testb	%al, %al	# tmp884
	je	.L695	#,
	cmpb	$0, __already_done.3	#, __already_done
	je	.L902	#,
.L696:
# ./include/linux/dma-mapping.h:334: 		return DMA_MAPPING_ERROR;
	movl	$-1, %eax	#, _448
	jmp	.L698	#
.L681:
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$24, %ebx	#, tmp564
	movl	%edx, %eax	# _271, _271
	xorl	%ecx, %ecx	# _399
	mull	%ebx	# tmp564
	jo	.L903	#,
.L683:
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	testl	%ecx, %ecx	# _399
	je	.L682	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:993: 	txdr->buffer_info = kcalloc(txdr->count, sizeof(struct e1000_tx_buffer),
	xorl	%esi, %esi	#
	movl	%esi, 3256(%edi)	#, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
.L685:
# ./include/linux/dma-mapping.h:334: 		return DMA_MAPPING_ERROR;
	movl	$1, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
	.p2align 4,,10
	.p2align 3
.L902:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movb	$1, %al	#,
	movb	%al, __already_done.3	#, __already_done
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	-68(%ebp), %eax	# %sfp, pdev
	movl	176(%eax), %edx	# MEM[(const struct device *)pdev_270 + 132B].init_name, _437
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%edx, %edx	# _437
	jne	.L697	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %edx	# MEM[(const struct kobject *)pdev_270 + 132B].name, _437
.L697:
	movl	%edx, -40(%ebp)	# _437, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	-60(%ebp), %eax	# %sfp,
	call	dev_driver_string	#
	movl	-40(%ebp), %edx	# %sfp, _437
	movl	%eax, 4(%esp)	# tmp885,
	movl	%edx, 8(%esp)	# _437,
	movl	$.LC20, (%esp)	#,
	call	__warn_printk	#
#APP
# 332 "./include/linux/dma-mapping.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC21	# bug_entry::file	#
	.word 332	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L696	#
.L782:
	movl	$4, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
.L686:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1106: 	e1000_free_desc_rings(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_free_desc_rings	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1458: 	*data = e1000_setup_desc_rings(adapter);
	movl	-48(%ebp), %eax	# %sfp, data
	movl	%ebx, 24(%eax)	# prephitmp_422, MEM[(u64 *)data_44(D) + 24B]
	movl	%esi, 28(%eax)	# prephitmp_422, MEM[(u64 *)data_44(D) + 24B]
.L716:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1561: 			eth_test->flags |= ETH_TEST_FL_FAILED;
	movl	-64(%ebp), %eax	# %sfp, eth_test
	orl	$2, 4(%eax)	#, eth_test_42(D)->flags
.L753:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1564: 		hw->autoneg_advertised = autoneg_advertised;
	movl	-76(%ebp), %eax	# %sfp, tmp1101
	movw	%ax, 2558(%edi)	# tmp1101, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].autoneg_advertised
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1565: 		hw->forced_speed_duplex = forced_speed_duplex;
	movzbl	-77(%ebp), %eax	# %sfp, forced_speed_duplex
	movb	%al, 2589(%edi)	# forced_speed_duplex, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1566: 		hw->autoneg = autoneg;
	movzbl	-78(%ebp), %eax	# %sfp, autoneg
	movb	%al, 2587(%edi)	# autoneg, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1568: 		e1000_reset(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_reset	#
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-2,3316(%edi)	#, MEM[(volatile char *)_1]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1570: 		if (if_running)
#NO_APP
	cmpb	$0, -79(%ebp)	#, %sfp
	je	.L754	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1571: 			e1000_open(netdev);
	movl	%edi, %eax	# netdev,
	call	e1000_open	#
	.p2align 4,,2
	jmp	.L754	#
.L897:
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	movl	-40(%ebp), %eax	# %sfp, netdev
	xorl	%ecx, %ecx	#
	movl	$e1000_test_intr, %edx	#,
	movl	$128, (%esp)	#,
	movl	%eax, 8(%esp)	# netdev,
	movl	%eax, 4(%esp)	# netdev,
	movl	-44(%ebp), %eax	# %sfp,
	call	request_threaded_irq	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:848: 	else if (request_irq(irq, e1000_test_intr, IRQF_SHARED,
	testl	%eax, %eax	# tmp880
	jne	.L904	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:853: 	e_info(hw, "testing %s interrupt\n", (shared_int ?
	testb	$32, 3309(%edi)	#, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].msg_enable
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:836: 	bool shared_int = true;
	movb	$1, -36(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:853: 	e_info(hw, "testing %s interrupt\n", (shared_int ?
	je	.L672	#,
	jmp	.L771	#
	.p2align 4,,10
	.p2align 3
.L635:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:747: 	ew32(STATUS, before);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp975
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,8(%eax)	# ret, MEM[(volatile unsigned int *)_110]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:749: 	REG_PATTERN_TEST(FCAL, 0xFFFFFFFF, 0xFFFFFFFF);
#NO_APP
	movl	$-1, (%esp)	#,
	movl	$-1, %edx	#,
	movl	$40, %ecx	#,
	movl	%edx, 4(%esp)	#,
	movl	-56(%ebp), %ebx	# %sfp, _87
	movl	-48(%ebp), %edx	# %sfp,
	movl	%ebx, %eax	# _87,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp850
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:750: 	REG_PATTERN_TEST(FCAH, 0x0000FFFF, 0xFFFFFFFF);
	movl	$65535, (%esp)	#,
	movl	$-1, %eax	#,
	movl	$44, %ecx	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp851
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:751: 	REG_PATTERN_TEST(FCT, 0x0000FFFF, 0xFFFFFFFF);
	movl	$65535, (%esp)	#,
	movl	$-1, %eax	#,
	movl	$48, %ecx	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp852
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:752: 	REG_PATTERN_TEST(VET, 0x0000FFFF, 0xFFFFFFFF);
	movl	$65535, (%esp)	#,
	movl	$-1, %eax	#,
	movl	$56, %ecx	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp853
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:754: 	REG_PATTERN_TEST(RDTR, 0x0000FFFF, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$-1, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.14_116
	andl	$-10008, %ecx	#, iftmp.14_116
	addl	$10272, %ecx	#, iftmp.14_116
	call	reg_pattern_test	#
	testb	%al, %al	# tmp854
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:755: 	REG_PATTERN_TEST(RDBAH, 0xFFFFFFFF, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$-1, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$-1, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.15_119
	andl	$-9968, %ecx	#, iftmp.15_119
	addl	$10244, %ecx	#, iftmp.15_119
	call	reg_pattern_test	#
	testb	%al, %al	# tmp855
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:756: 	REG_PATTERN_TEST(RDLEN, 0x000FFF80, 0x000FFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$1048575, %edx	#,
	movl	%edx, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$1048448, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.16_122
	andl	$-9968, %ecx	#, iftmp.16_122
	addl	$10248, %ecx	#, iftmp.16_122
	call	reg_pattern_test	#
	testb	%al, %al	# tmp856
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:757: 	REG_PATTERN_TEST(RDH, 0x0000FFFF, 0x0000FFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$65535, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.17_125
	andl	$-9968, %ecx	#, iftmp.17_125
	addl	$10256, %ecx	#, iftmp.17_125
	call	reg_pattern_test	#
	testb	%al, %al	# tmp857
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:758: 	REG_PATTERN_TEST(RDT, 0x0000FFFF, 0x0000FFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$65535, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.18_128
	andl	$-9968, %ecx	#, iftmp.18_128
	addl	$10264, %ecx	#, iftmp.18_128
	call	reg_pattern_test	#
	testb	%al, %al	# tmp858
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:759: 	REG_PATTERN_TEST(FCRTH, 0x0000FFF8, 0x0000FFF8);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$65528, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	$65528, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.19_131
	andl	$-8200, %ecx	#, iftmp.19_131
	addl	$8552, %ecx	#, iftmp.19_131
	call	reg_pattern_test	#
	testb	%al, %al	# tmp859
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:760: 	REG_PATTERN_TEST(FCTTV, 0x0000FFFF, 0x0000FFFF);
	movl	$65535, 4(%esp)	#,
	movl	$368, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp860
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:761: 	REG_PATTERN_TEST(TIPG, 0x3FFFFFFF, 0x3FFFFFFF);
	movl	$1073741823, 4(%esp)	#,
	movl	$1040, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$1073741823, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp861
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:762: 	REG_PATTERN_TEST(TDBAH, 0xFFFFFFFF, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$-1, 4(%esp)	#,
	movl	$-1, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.20_136
	andl	$-13280, %ecx	#, iftmp.20_136
	addl	$14340, %ecx	#, iftmp.20_136
	call	reg_pattern_test	#
	testb	%al, %al	# tmp862
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:763: 	REG_PATTERN_TEST(TDLEN, 0x000FFF80, 0x000FFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$1048575, 4(%esp)	#,
	movl	$1048448, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.21_139
	andl	$-13280, %ecx	#, iftmp.21_139
	addl	$14344, %ecx	#, iftmp.21_139
	call	reg_pattern_test	#
	testb	%al, %al	# tmp863
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:765: 	REG_SET_AND_CHECK(RCTL, 0xFFFFFFFF, 0x00000000);
	movl	$-1, (%esp)	#,
	xorl	%eax, %eax	#
	movl	$256, %ecx	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_set_and_check	#
	testb	%al, %al	# tmp864
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:768: 	REG_SET_AND_CHECK(RCTL, before, 0x003FFFFB);
	movl	$4194299, 4(%esp)	#,
	movl	$256, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$115323902, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_set_and_check	#
	testb	%al, %al	# tmp865
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:769: 	REG_SET_AND_CHECK(TCTL, 0xFFFFFFFF, 0x00000000);
	movl	$-1, (%esp)	#,
	xorl	%eax, %eax	#
	movl	$1024, %ecx	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, %eax	# _87,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_set_and_check	#
	testb	%al, %al	# tmp866
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:771: 	if (hw->mac_type >= e1000_82543) {
	cmpl	$2, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	jbe	.L647	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:772: 		REG_SET_AND_CHECK(RCTL, before, 0xFFFFFFFF);
	movl	$-1, 4(%esp)	#,
	movl	$256, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$115323902, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_set_and_check	#
	testb	%al, %al	# tmp867
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:773: 		REG_PATTERN_TEST(RDBAL, 0xFFFFFFF0, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$-1, 4(%esp)	#,
	movl	$-16, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.22_147
	andl	$-9968, %ecx	#, iftmp.22_147
	addl	$10240, %ecx	#, iftmp.22_147
	call	reg_pattern_test	#
	testb	%al, %al	# tmp868
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:774: 		REG_PATTERN_TEST(TXCW, 0xC000FFFF, 0x0000FFFF);
	movl	$65535, 4(%esp)	#,
	movl	$376, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$-1073676289, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp869
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:775: 		REG_PATTERN_TEST(TDBAL, 0xFFFFFFF0, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$-1, 4(%esp)	#,
	movl	$-16, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.23_151
	andl	$-13280, %ecx	#, iftmp.23_151
	addl	$14336, %ecx	#, iftmp.23_151
	call	reg_pattern_test	#
	testb	%al, %al	# tmp870
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:776: 		REG_PATTERN_TEST(TIDV, 0x0000FFFF, 0x0000FFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$65535, 4(%esp)	#,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.24_154
	andl	$-13280, %ecx	#, iftmp.24_154
	addl	$14368, %ecx	#, iftmp.24_154
	call	reg_pattern_test	#
	testb	%al, %al	# tmp871
	jne	.L637	#,
	movl	$21508, %ebx	#, ivtmp.468
.L653:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:779: 			REG_PATTERN_TEST(RA + (((i << 1) + 1) << 2),
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$-1, 4(%esp)	#,
	leal	-21440(%ebx), %ecx	#, iftmp.25_168
	movl	$-2147221505, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	cmovnb	%ebx, %ecx	# iftmp.25_168,, ivtmp.468, iftmp.25_168
	movl	-56(%ebp), %eax	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp872
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:778: 		for (i = 0; i < value; i++) {
	addl	$8, %ebx	#, ivtmp.468
	cmpl	$21628, %ebx	#, ivtmp.468
	jne	.L653	#,
.L657:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:786: 		REG_PATTERN_TEST(TDBAL, 0xFFFFF000, 0xFFFFFFFF);
	movl	$20992, %ebx	#, ivtmp.460
.L654:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:791: 		REG_PATTERN_TEST(MTA + (i << 2), 0xFFFFFFFF, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	$-1, 4(%esp)	#,
	leal	-20480(%ebx), %ecx	#, iftmp.28_187
	movl	$-1, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	cmovnb	%ebx, %ecx	# iftmp.28_187,, ivtmp.460, iftmp.28_187
	movl	-56(%ebp), %eax	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp877
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:790: 	for (i = 0; i < value; i++)
	addl	$4, %ebx	#, ivtmp.460
	cmpl	$21504, %ebx	#, ivtmp.460
	jne	.L654	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:793: 	*data = 0;
	movl	-48(%ebp), %eax	# %sfp, data
	xorl	%ebx, %ebx	#
	movl	%ebx, (%eax)	#, *data_44(D)
	movl	%ebx, 4(%eax)	#, *data_44(D)
	jmp	.L660	#
	.p2align 4,,10
	.p2align 3
.L896:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:815: 	if ((checksum != (u16)EEPROM_SUM) && !(*data))
	movl	-48(%ebp), %ecx	# %sfp, data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:815: 	if ((checksum != (u16)EEPROM_SUM) && !(*data))
	cmpl	$47802, %ebx	#, checksum
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:815: 	if ((checksum != (u16)EEPROM_SUM) && !(*data))
	movl	-32(%ebp), %esi	# %sfp, mask
	movl	-36(%ebp), %edi	# %sfp, netdev
	movl	8(%ecx), %edx	# MEM[(u64 *)data_44(D) + 8B], pretmp_966
	movl	12(%ecx), %eax	# MEM[(u64 *)data_44(D) + 8B], pretmp_966
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:815: 	if ((checksum != (u16)EEPROM_SUM) && !(*data))
	je	.L666	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:815: 	if ((checksum != (u16)EEPROM_SUM) && !(*data))
	orl	%edx, %eax	# pretmp_966, tmp920
	jne	.L666	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:816: 		*data = 2;
	movl	$2, 8(%ecx)	#, MEM[(u64 *)data_44(D) + 8B]
	movl	$0, 12(%ecx)	#, MEM[(u64 *)data_44(D) + 8B]
	jmp	.L662	#
.L774:
	movl	$2, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L699:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1049: 	if (!rxdr->count)
	movl	3280(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, _335
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1049: 	if (!rxdr->count)
	testl	%eax, %eax	# _335
	je	.L693	#,
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	leal	0(,%eax,8), %ecx	#, _170
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	shrl	$29, %eax	#, tmp922
	jne	.L905	#,
.L700:
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3520, %edx	#,
	movl	%ecx, %eax	# _170,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1052: 	rxdr->buffer_info = kcalloc(rxdr->count, sizeof(struct e1000_rx_buffer),
	movl	%eax, 3292(%edi)	# tmp600, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1054: 	if (!rxdr->buffer_info) {
	testl	%eax, %eax	# tmp600
	je	.L703	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1059: 	rxdr->size = rxdr->count * sizeof(struct e1000_rx_desc);
	movl	3280(%edi), %edx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, _339
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1060: 	rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size, &rxdr->dma,
	leal	3272(%edi), %ecx	#, tmp603
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1059: 	rxdr->size = rxdr->count * sizeof(struct e1000_rx_desc);
	sall	$4, %edx	#, _339
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1059: 	rxdr->size = rxdr->count * sizeof(struct e1000_rx_desc);
	movl	%edx, 3276(%edi)	# _339, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].size
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%eax, 4(%esp)	#,
	movl	$3264, (%esp)	#,
	movl	-60(%ebp), %eax	# %sfp,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1060: 	rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size, &rxdr->dma,
	movl	%eax, 3268(%edi)	# _341, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].desc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1062: 	if (!rxdr->desc) {
	testl	%eax, %eax	# _341
	je	.L783	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1068: 	rctl = er32(RCTL);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1046
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1066: 	rxdr->next_to_use = rxdr->next_to_clean = 0;
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1066: 	rxdr->next_to_use = rxdr->next_to_clean = 0;
	xorl	%ebx, %ebx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1066: 	rxdr->next_to_use = rxdr->next_to_clean = 0;
	movl	%ecx, 3288(%edi)	#, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1066: 	rxdr->next_to_use = rxdr->next_to_clean = 0;
	movl	%ebx, 3284(%edi)	#, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].next_to_use
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1068: 	rctl = er32(RCTL);
	addl	$256, %eax	#, _343
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_343], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1069: 	ew32(RCTL, rctl & ~E1000_RCTL_EN);
#NO_APP
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1047
	andl	$-3, %eax	#, _347
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# _347, MEM[(volatile unsigned int *)_346]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1070: 	ew32(RDBAL, ((u64)rxdr->dma & 0xFFFFFFFF));
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	movl	3272(%edi), %edx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].dma, _352
	sbbl	%eax, %eax	# iftmp.47_350
	andl	$-9968, %eax	#, iftmp.47_350
	addl	$10240, %eax	#, iftmp.47_350
	addl	%esi, %eax	#, _351
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _352, MEM[(volatile unsigned int *)_351]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1071: 	ew32(RDBAH, ((u64)rxdr->dma >> 32));
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %edx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.48_355
	andl	$-9968, %eax	#, iftmp.48_355
	addl	$10244, %eax	#, iftmp.48_355
	addl	%edx, %eax	#, _356
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp607
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp607, MEM[(volatile unsigned int *)_356]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1072: 	ew32(RDLEN, rxdr->size);
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.49_359
	andl	$-9968, %eax	#, iftmp.49_359
	addl	$10248, %eax	#, iftmp.49_359
	addl	%ecx, %eax	#, _360
	movl	3276(%edi), %ecx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].size, _361
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _361, MEM[(volatile unsigned int *)_360]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1073: 	ew32(RDH, 0);
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %ebx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.50_364
	andl	$-9968, %eax	#, iftmp.50_364
	addl	$10256, %eax	#, iftmp.50_364
	addl	%ebx, %eax	#, _365
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp607, MEM[(volatile unsigned int *)_365]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1074: 	ew32(RDT, 0);
#NO_APP
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.51_368
	andl	$-9968, %eax	#, iftmp.51_368
	addl	$10264, %eax	#, iftmp.51_368
	addl	%esi, %eax	#, _369
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp607, MEM[(volatile unsigned int *)_369]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1077: 		(hw->mc_filter_type << E1000_RCTL_MO_SHIFT);
#NO_APP
	movl	2508(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mc_filter_type, tmp610
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1078: 	ew32(RCTL, rctl);
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1049
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1077: 		(hw->mc_filter_type << E1000_RCTL_MO_SHIFT);
	sall	$12, %eax	#, tmp610
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1075: 	rctl = E1000_RCTL_EN | E1000_RCTL_BAM | E1000_RCTL_SZ_2048 |
	orl	$32770, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# rctl, MEM[(volatile unsigned int *)_374]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1080: 	for (i = 0; i < rxdr->count; i++) {
#NO_APP
	movl	3280(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count,
	testl	%eax, %eax	#
	je	.L710	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1080: 	for (i = 0; i < rxdr->count; i++) {
	xorl	%esi, %esi	# i
	jmp	.L715	#
.L711:
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	mem_map, %eax	# mem_map,
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	$1073741856, %edx	#, tmp621
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	andl	$4095, %ecx	#, tmp620
	movl	$2048, (%esp)	#,
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	shrl	$12, %edx	#, tmp622
	sall	$5, %edx	#, tmp623
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	%eax, %edx	#, tmp624
	xorl	%eax, %eax	#
	movl	%eax, 8(%esp)	#,
	movl	$2, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	-60(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
.L714:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1092: 		rxdr->buffer_info[i].dma =
	movl	-32(%ebp), %ecx	# %sfp, _385
	movl	%eax, 4(%ecx)	# _517, _385->dma
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1096: 		if (dma_mapping_error(&pdev->dev, rxdr->buffer_info[i].dma)) {
	movl	3292(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info
	movl	4(%eax,%ebx), %eax	# _388->dma, _389
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	cmpl	$-1, %eax	#, _389
	je	.L790	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1100: 		rx_desc->buffer_addr = cpu_to_le64(rxdr->buffer_info[i].dma);
	movl	-44(%ebp), %ebx	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1080: 	for (i = 0; i < rxdr->count; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1100: 		rx_desc->buffer_addr = cpu_to_le64(rxdr->buffer_info[i].dma);
	movl	%eax, (%ebx)	# _389, rx_desc_378->buffer_addr
	movl	$0, 4(%ebx)	#, rx_desc_378->buffer_addr
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1080: 	for (i = 0; i < rxdr->count; i++) {
	cmpl	3280(%edi), %esi	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, i
	jnb	.L710	#,
.L715:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1081: 		struct e1000_rx_desc *rx_desc = E1000_RX_DESC(*rxdr, i);
	movl	3268(%edi), %edx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].desc,
	movl	%esi, %eax	# i, tmp613
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	$2080, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1081: 		struct e1000_rx_desc *rx_desc = E1000_RX_DESC(*rxdr, i);
	sall	$4, %eax	#, tmp613
	addl	%edx, %eax	#, tmp613
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	$3520, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1081: 		struct e1000_rx_desc *rx_desc = E1000_RX_DESC(*rxdr, i);
	movl	%eax, -44(%ebp)	# tmp613, %sfp
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	kmalloc_caches+48, %eax	# kmalloc_caches[0][12],
	call	kmalloc_trace	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1086: 		if (!buf) {
	testl	%eax, %eax	# tmp617
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	%eax, %edx	# tmp889, tmp617
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1086: 		if (!buf) {
	je	.L789	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1090: 		rxdr->buffer_info[i].rxbuf.data = buf;
	movl	3292(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info
	leal	0(,%esi,8), %ebx	#, _691
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1093: 			dma_map_single(&pdev->dev,
	movl	%edx, -40(%ebp)	# tmp617, %sfp
	leal	32(%edx), %ecx	#, _383
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	%ecx, -36(%ebp)	# _383, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1090: 		rxdr->buffer_info[i].rxbuf.data = buf;
	movl	%edx, (%eax,%ebx)	# tmp617, _382->rxbuf.data
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1092: 		rxdr->buffer_info[i].dma =
	movl	3292(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info, _385
	addl	%ebx, %eax	# _691, _385
	movl	%eax, -32(%ebp)	# _385, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	%ecx, %eax	# _383,
	call	is_vmalloc_addr	#
	movl	-36(%ebp), %ecx	# %sfp, _383
	movl	-40(%ebp), %edx	# %sfp, tmp617
	testb	%al, %al	# tmp890
	je	.L711	#,
	cmpb	$0, __already_done.3	#, __already_done
	je	.L906	#,
.L712:
# ./include/linux/dma-mapping.h:334: 		return DMA_MAPPING_ERROR;
	movl	$-1, %eax	#, _517
	jmp	.L714	#
.L781:
	movl	$3, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L693:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1050: 		rxdr->count = E1000_DEFAULT_RXD;
	movl	$256, %eax	#,
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$2048, %ecx	#, _170
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1050: 		rxdr->count = E1000_DEFAULT_RXD;
	movl	%eax, 3280(%edi)	#, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count
	jmp	.L700	#
.L710:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1458: 	*data = e1000_setup_desc_rings(adapter);
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$0, 24(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
	movl	$0, 28(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1315: 	if (hw->media_type == e1000_media_type_fiber ||
	movl	2400(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].media_type, _519
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1315: 	if (hw->media_type == e1000_media_type_fiber ||
	leal	-1(%eax), %edx	#, tmp627
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1315: 	if (hw->media_type == e1000_media_type_fiber ||
	cmpl	$1, %edx	#, tmp627
	jbe	.L907	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1329: 	} else if (hw->media_type == e1000_media_type_copper) {
	testl	%eax, %eax	# _519
	je	.L723	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1461: 	*data = e1000_setup_loopback_test(adapter);
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$7, 24(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
	movl	$0, 28(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
.L724:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1468: 	e1000_free_desc_rings(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_free_desc_rings	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1560: 		if (e1000_loopback_test(adapter, &data[3]))
	movl	-48(%ebp), %eax	# %sfp, data
	movl	24(%eax), %eax	# MEM[(u64 *)data_44(D) + 24B],
	testl	%eax, %eax	#
	je	.L753	#,
	jmp	.L716	#
.L907:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1317: 		switch (hw->mac_type) {
	movl	2388(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type, _521
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1317: 		switch (hw->mac_type) {
	cmpl	$8, %eax	#, _521
	ja	.L718	#,
	cmpl	$5, %eax	#, _521
	ja	.L723	#,
.L720:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1324: 			rctl = er32(RCTL);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1059
	addl	$256, %eax	#, _524
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_524], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1325: 			rctl |= E1000_RCTL_LBM_TCVR;
#NO_APP
	orl	$192, %eax	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1326: 			ew32(RCTL, rctl);
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1060
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# rctl, MEM[(volatile unsigned int *)_528]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1461: 	*data = e1000_setup_loopback_test(adapter);
#NO_APP
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$0, 24(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
	movl	$0, 28(%eax)	#, MEM[(u64 *)data_44(D) + 24B]
.L722:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1395: 	ew32(RDT, rxdr->count - 1);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	movl	3280(%edi), %esi	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, tmp1064
	sbbl	%eax, %eax	# iftmp.82_546
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1391: 	struct pci_dev *pdev = adapter->pdev;
	movl	2372(%edi), %edx	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1395: 	ew32(RDT, rxdr->count - 1);
	andl	$-9968, %eax	#, iftmp.82_546
	addl	$10264, %eax	#, iftmp.82_546
	addl	%ecx, %eax	#, _547
	leal	-1(%esi), %ecx	#, _549
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _549, MEM[(volatile unsigned int *)_547]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1402: 	if (rxdr->count <= txdr->count)
#NO_APP
	movl	3280(%edi), %eax	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, _550
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1402: 	if (rxdr->count <= txdr->count)
	movl	3244(%edi), %ecx	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, _551
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1402: 	if (rxdr->count <= txdr->count)
	cmpl	%eax, %ecx	# _550, _551
	jb	.L726	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1403: 		lc = ((txdr->count / 64) * 2) + 1;
	shrl	$6, %ecx	#, tmp633
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1403: 		lc = ((txdr->count / 64) * 2) + 1;
	leal	1(%ecx,%ecx), %eax	#, lc
.L727:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1407: 	k = l = 0;
	movl	$0, -68(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1412: 			dma_sync_single_for_device(&pdev->dev,
	leal	132(%edx), %esi	#, pretmp_792
	incl	%eax	# _817
	movl	%esi, -44(%ebp)	# pretmp_792, %sfp
	movl	%edi, %ebx	# netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1366: 	memset(skb->data, 0xFF, frame_size);
	movl	$-1, %esi	#, tmp641
	movl	%eax, -72(%ebp)	# _817, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1407: 	k = l = 0;
	movl	$0, -52(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1408: 	for (j = 0; j <= lc; j++) { /* loop count loop */
	movl	$0, -60(%ebp)	#, %sfp
	.p2align 4
	.p2align 3
.L728:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1395: 	ew32(RDT, rxdr->count - 1);
	xorl	%edi, %edi	# ivtmp.433
	.p2align 4
	.p2align 3
.L744:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1410: 			e1000_create_lbtest_frame(txdr->buffer_info[i].skb,
	movl	3256(%ebx), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1366: 	memset(skb->data, 0xFF, frame_size);
	movl	$1024, %ecx	#, tmp640
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1410: 			e1000_create_lbtest_frame(txdr->buffer_info[i].skb,
	movl	(%eax,%edi), %eax	# _564->skb, _565
	movl	%eax, -36(%ebp)	# _565, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1366: 	memset(skb->data, 0xFF, frame_size);
	movl	172(%eax), %edx	# _565->data, _565->data
	testb	$1, %dl	#, _565->data
	jne	.L908	#,
.L729:
	testb	$2, %dl	#, _565->data
	jne	.L909	#,
.L730:
	movl	%ecx, -40(%ebp)	# tmp640, %sfp
	movl	%ecx, %eax	# tmp640, tmp645
	andl	$-8, %eax	#, tmp645
	movl	%eax, -32(%ebp)	# tmp645, %sfp
	xorl	%eax, %eax	# tmp644
.L731:
	movl	%esi, (%edx,%eax)	# tmp641,
	movl	%esi, 4(%edx,%eax)	# tmp641,
	addl	$8, %eax	#, tmp644
	movl	-32(%ebp), %ecx	# %sfp, tmp645
	cmpl	%ecx, %eax	# tmp645, tmp644
	jb	.L731	#,
	movl	-40(%ebp), %ecx	# %sfp, tmp640
	addl	%eax, %edx	# tmp644, _565->data
	testb	$4, %cl	#, tmp640
	je	.L733	#,
	movl	$-1, (%edx)	#,* _565->data
	addl	$4, %edx	#, _565->data
.L733:
	testb	$2, %cl	#, tmp640
	je	.L734	#,
	movw	$-1, (%edx)	#,* _565->data
	addl	$2, %edx	#, _565->data
.L734:
	testb	$1, %cl	#, tmp640
	je	.L735	#,
	movb	$-1, (%edx)	#,* _565->data
.L735:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1368: 	memset(&skb->data[frame_size / 2], 0xAA, frame_size / 2 - 1);
	movl	$511, -32(%ebp)	#, %sfp
	movl	-36(%ebp), %eax	# %sfp, _565
	movl	172(%eax), %eax	# _565->data, _565->data
	leal	512(%eax), %ecx	#, tmp651
	testb	$1, %al	#, _565->data
	jne	.L910	#,
.L736:
	testb	$2, %cl	#, tmp651
	jne	.L911	#,
.L737:
	movl	-32(%ebp), %edx	# %sfp, tmp657
	xorl	%eax, %eax	# tmp656
	andl	$-8, %edx	#, tmp657
.L738:
	movl	$-1431655766, (%ecx,%eax)	#,
	movl	$-1431655766, 4(%ecx,%eax)	#,
	addl	$8, %eax	#, tmp656
	cmpl	%edx, %eax	# tmp657, tmp656
	jb	.L738	#,
	addl	%eax, %ecx	# tmp656, tmp651
	testb	$4, -32(%ebp)	#, %sfp
	je	.L740	#,
	movl	$-1431655766, (%ecx)	#,
	addl	$4, %ecx	#, tmp651
.L740:
	testb	$2, -32(%ebp)	#, %sfp
	je	.L741	#,
	movw	$-21846, (%ecx)	#,
	addl	$2, %ecx	#, tmp651
.L741:
	testb	$1, -32(%ebp)	#, %sfp
	je	.L742	#,
	movb	$-86, (%ecx)	#,
.L742:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1369: 	skb->data[frame_size / 2 + 10] = 0xBE;
	movl	-36(%ebp), %ecx	# %sfp, _565
	movl	172(%ecx), %eax	# _565->data, _640
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1369: 	skb->data[frame_size / 2 + 10] = 0xBE;
	movb	$-66, 522(%eax)	#, MEM[(unsigned char *)_640 + 522B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1370: 	skb->data[frame_size / 2 + 12] = 0xAF;
	movl	172(%ecx), %eax	# _565->data, _643
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1370: 	skb->data[frame_size / 2 + 12] = 0xAF;
	movb	$-81, 524(%eax)	#, MEM[(unsigned char *)_643 + 524B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1414: 						   txdr->buffer_info[k].length,
	movl	-52(%ebp), %eax	# %sfp, k
	leal	(%eax,%eax,2), %edx	#, tmp663
	movl	3256(%ebx), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info, MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].buffer_info
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1412: 			dma_sync_single_for_device(&pdev->dev,
	movzwl	12(%eax,%edx,8), %ecx	# _570->length, _570->length
	movl	4(%eax,%edx,8), %edx	# _570->dma, _570->dma
	movl	$1, (%esp)	#,
	movl	-44(%ebp), %eax	# %sfp,
	call	dma_sync_single_for_device	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1416: 			if (unlikely(++k == txdr->count))
	incl	-52(%ebp)	# %sfp
	movl	-52(%ebp), %eax	# %sfp, k
	cmpl	3244(%ebx), %eax	# MEM[(struct e1000_tx_ring *)netdev_41(D) + 3232B].count, k
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1416: 			if (unlikely(++k == txdr->count))
	movl	%eax, %edx	# k, prephitmp_423
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1416: 			if (unlikely(++k == txdr->count))
	jne	.L743	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1417: 				k = 0;
	movl	$0, -52(%ebp)	#, %sfp
	xorl	%edx, %edx	# prephitmp_423
.L743:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1409: 		for (i = 0; i < 64; i++) { /* send the packets */
	addl	$24, %edi	#, ivtmp.433
	cmpl	$1536, %edi	#, ivtmp.433
	jne	.L744	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1419: 		ew32(TDT, k);
	cmpl	$3, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr,
	sbbl	%eax, %eax	# iftmp.87_584
	andl	$-13280, %eax	#, iftmp.87_584
	addl	$14360, %eax	#, iftmp.87_584
	addl	%ecx, %eax	#, _585
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# prephitmp_423, MEM[(volatile unsigned int *)_585]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1420: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1082
	addl	$8, %eax	#, _589
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_589], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1421: 		msleep(200);
#NO_APP
	movl	$200, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1422: 		time = jiffies; /* set the start time for the receive */
	movl	jiffies, %eax	# jiffies, time
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1437: 				l = 0;
	movl	%ebx, -32(%ebp)	# netdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1426: 						rxdr->buffer_info[l].dma,
	movl	3292(%ebx), %edx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info, prephitmp_420
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1423: 		good_cnt = 0;
	movl	$0, -36(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1437: 				l = 0;
	movl	-68(%ebp), %ebx	# %sfp, l
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1422: 		time = jiffies; /* set the start time for the receive */
	movl	%eax, -40(%ebp)	# time, %sfp
	jmp	.L750	#
	.p2align 4,,10
	.p2align 3
.L746:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1436: 			if (unlikely(++l == rxdr->count))
	movl	-32(%ebp), %eax	# %sfp, netdev
	cmpl	%ebx, 3280(%eax)	# l, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count
	je	.L912	#,
.L748:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1442: 		} while (good_cnt < 64 && time_after(time + 20, jiffies));
	movl	$0, -24(%ebp)	#, __dummy2
	movl	-40(%ebp), %edi	# %sfp, time
	movl	jiffies, %eax	# jiffies, jiffies.94_614
	subl	$20, %eax	#, tmp671
	cmpl	%edi, %eax	# time, tmp671
	jns	.L913	#,
.L750:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1426: 						rxdr->buffer_info[l].dma,
	leal	0(,%ebx,8), %edi	#, _595
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1425: 			dma_sync_single_for_cpu(&pdev->dev,
	movl	$2048, %ecx	#,
	movl	4(%edx,%edi), %edx	# _596->dma, _596->dma
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1436: 			if (unlikely(++l == rxdr->count))
	incl	%ebx	# l
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1425: 			dma_sync_single_for_cpu(&pdev->dev,
	movl	$2, (%esp)	#,
	movl	-44(%ebp), %eax	# %sfp,
	call	dma_sync_single_for_cpu	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1431: 					rxdr->buffer_info[l].rxbuf.data +
	movl	-32(%ebp), %ecx	# %sfp, netdev
	movl	3292(%ecx), %edx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info, prephitmp_420
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1431: 					rxdr->buffer_info[l].rxbuf.data +
	movl	(%edx,%edi), %eax	# _600->rxbuf.data, _601
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1377: 	if (*(data + 3) == 0xFF) {
	cmpb	$-1, 35(%eax)	#, MEM[(const unsigned char *)_601 + 35B]
	jne	.L746	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1378: 		if ((*(data + frame_size / 2 + 10) == 0xBE) &&
	cmpb	$-66, 554(%eax)	#, MEM[(const unsigned char *)_601 + 554B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1436: 			if (unlikely(++l == rxdr->count))
	movl	3280(%ecx), %ecx	# MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].count, pretmp_81
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1378: 		if ((*(data + frame_size / 2 + 10) == 0xBE) &&
	jne	.L746	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1378: 		if ((*(data + frame_size / 2 + 10) == 0xBE) &&
	cmpb	$-81, 556(%eax)	#, MEM[(const unsigned char *)_601 + 556B]
	jne	.L746	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1435: 				good_cnt++;
	incl	-36(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1437: 				l = 0;
	cmpl	%ebx, %ecx	# l, pretmp_81
	movl	$0, %ecx	#, tmp1087
	cmove	%ecx, %ebx	# l,, tmp1087, l
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1435: 				good_cnt++;
	movl	-36(%ebp), %eax	# %sfp, good_cnt
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1442: 		} while (good_cnt < 64 && time_after(time + 20, jiffies));
	cmpl	$64, %eax	#, good_cnt
	jne	.L748	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1448: 		if (time_after_eq(jiffies, time + 2)) {
	movl	$0, -20(%ebp)	#, MEM[(long unsigned int *)_581]
	movl	-40(%ebp), %edi	# %sfp, time
	movl	%ebx, -68(%ebp)	# l, %sfp
	movl	jiffies, %eax	# jiffies, jiffies.95_620
	movl	-32(%ebp), %ebx	# %sfp, netdev
	subl	$2, %eax	#, tmp673
	cmpl	%edi, %eax	# time, tmp673
	jns	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1408: 	for (j = 0; j <= lc; j++) { /* loop count loop */
	incl	-60(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1408: 	for (j = 0; j <= lc; j++) { /* loop count loop */
	movl	-72(%ebp), %edi	# %sfp, _817
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1408: 	for (j = 0; j <= lc; j++) { /* loop count loop */
	movl	-60(%ebp), %eax	# %sfp, j
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1408: 	for (j = 0; j <= lc; j++) { /* loop count loop */
	cmpl	%edi, %eax	# _817, j
	jne	.L728	#,
	movl	%ebx, %edi	# netdev, netdev
	xorl	%eax, %eax	# prephitmp_421
	xorl	%edx, %edx	# prephitmp_421
.L751:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1340: 	u16 phy_reg;
	movw	$0, -26(%ebp)	#, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1464: 	*data = e1000_run_loopback_test(adapter);
	movl	-48(%ebp), %esi	# %sfp, data
	movl	%eax, 24(%esi)	# prephitmp_421, MEM[(u64 *)data_44(D) + 24B]
	movl	%edx, 28(%esi)	# prephitmp_421, MEM[(u64 *)data_44(D) + 24B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1342: 	rctl = er32(RCTL);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1096
	addl	$256, %eax	#, _534
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_534], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1344: 	ew32(RCTL, rctl);
#NO_APP
	movl	2376(%edi), %esi	# MEM[(struct e1000_hw *)netdev_41(D) + 2376B].hw_addr, tmp1097
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1343: 	rctl &= ~(E1000_RCTL_LBM_TCVR | E1000_RCTL_LBM_MAC);
	andl	$-193, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# rctl, MEM[(volatile unsigned int *)_538]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1353: 		e1000_read_phy_reg(hw, PHY_CTRL, &phy_reg);
#NO_APP
	movl	-84(%ebp), %eax	# %sfp,
	leal	-26(%ebp), %ecx	#, tmp1098
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1352: 		hw->autoneg = true;
	movb	$1, 2587(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1353: 		e1000_read_phy_reg(hw, PHY_CTRL, &phy_reg);
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1354: 		if (phy_reg & MII_CR_LOOPBACK) {
	movzwl	-26(%ebp), %ecx	# phy_reg, phy_reg.96_539
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1354: 		if (phy_reg & MII_CR_LOOPBACK) {
	testb	$64, %ch	#, phy_reg.96_539
	je	.L724	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1356: 			e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	movl	-84(%ebp), %esi	# %sfp, hw
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1355: 			phy_reg &= ~MII_CR_LOOPBACK;
	andl	$49151, %ecx	#, _541
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1356: 			e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1355: 			phy_reg &= ~MII_CR_LOOPBACK;
	movw	%cx, -26(%ebp)	# _541, phy_reg
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1356: 			e1000_write_phy_reg(hw, PHY_CTRL, phy_reg);
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1357: 			e1000_phy_reset(hw);
	movl	%esi, %eax	# hw,
	call	e1000_phy_reset	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1361: }
	jmp	.L724	#
	.p2align 4,,10
	.p2align 3
.L909:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1366: 	memset(skb->data, 0xFF, frame_size);
	movw	$-1, (%edx)	#,* _565->data
	subl	$2, %ecx	#, tmp640
	addl	$2, %edx	#, _565->data
	jmp	.L730	#
	.p2align 4,,10
	.p2align 3
.L908:
	movb	$-1, (%edx)	#,* _565->data
	movl	$1023, %ecx	#, tmp640
	incl	%edx	# _565->data
	jmp	.L729	#
.L913:
	movl	-32(%ebp), %edi	# %sfp, netdev
	movl	$13, %eax	#, prephitmp_421
	xorl	%edx, %edx	# prephitmp_421
	jmp	.L751	#
.L912:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1437: 				l = 0;
	xorl	%ebx, %ebx	# l
	jmp	.L748	#
.L911:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1368: 	memset(&skb->data[frame_size / 2], 0xAA, frame_size / 2 - 1);
	movw	$-21846, (%ecx)	#,
	addl	$2, %ecx	#, tmp651
	subl	$2, -32(%ebp)	#, %sfp
	jmp	.L737	#
.L910:
	movb	$-86, 512(%eax)	#,
	leal	513(%eax), %ecx	#, tmp651
	movl	$510, -32(%ebp)	#, %sfp
	jmp	.L736	#
.L718:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1317: 		switch (hw->mac_type) {
	cmpl	$10, %eax	#, _521
	jne	.L720	#,
.L723:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1330: 		return e1000_set_phy_loopback(adapter);
	movl	-56(%ebp), %eax	# %sfp,
	call	e1000_set_phy_loopback	#
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1461: 	*data = e1000_setup_loopback_test(adapter);
	movl	-48(%ebp), %esi	# %sfp, data
	movl	%eax, 24(%esi)	# _265, MEM[(u64 *)data_44(D) + 24B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1461: 	*data = e1000_setup_loopback_test(adapter);
	cltd
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1330: 		return e1000_set_phy_loopback(adapter);
	movl	%eax, %ecx	# tmp894, _529
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1461: 	*data = e1000_setup_loopback_test(adapter);
	movl	%edx, 28(%esi)	# _265, MEM[(u64 *)data_44(D) + 24B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1462: 	if (*data)
	orl	%edx, %ecx	# _265, tmp923
	jne	.L724	#,
	jmp	.L722	#
.L726:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1405: 		lc = ((rxdr->count / 64) * 2) + 1;
	shrl	$6, %eax	#, tmp635
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1405: 		lc = ((rxdr->count / 64) * 2) + 1;
	leal	1(%eax,%eax), %eax	#, lc
	jmp	.L727	#
.L790:
	movl	$8, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L906:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movb	$1, %al	#,
	movb	%al, __already_done.3	#, __already_done
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	-68(%ebp), %eax	# %sfp, pdev
	movl	176(%eax), %edx	# MEM[(const struct device *)pdev_270 + 132B].init_name, _506
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%edx, %edx	# _506
	jne	.L713	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %edx	# MEM[(const struct kobject *)pdev_270 + 132B].name, _506
.L713:
	movl	%edx, -36(%ebp)	# _506, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	-60(%ebp), %eax	# %sfp,
	call	dev_driver_string	#
	movl	-36(%ebp), %edx	# %sfp, _506
	movl	%eax, 4(%esp)	# tmp891,
	movl	%edx, 8(%esp)	# _506,
	movl	$.LC20, (%esp)	#,
	call	__warn_printk	#
#APP
# 332 "./include/linux/dma-mapping.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC21	# bug_entry::file	#
	.word 332	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L712	#
.L898:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:880: 				*data = 3;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$3, 16(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:881: 				break;
	jmp	.L676	#
.L795:
	movl	%ebx, %edi	# netdev, netdev
	movl	$14, %eax	#, prephitmp_421
	xorl	%edx, %edx	# prephitmp_421
	jmp	.L751	#
.L901:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:916: 				*data = 5;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$5, 16(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:917: 				break;
	jmp	.L676	#
.L783:
	movl	$6, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L905:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1052: 	rxdr->buffer_info = kcalloc(rxdr->count, sizeof(struct e1000_rx_buffer),
	xorl	%eax, %eax	#
	movl	%eax, 3292(%edi)	#, MEM[(struct e1000_rx_ring *)netdev_41(D) + 3268B].buffer_info
.L703:
	movl	$5, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L789:
	movl	$7, %ebx	#, prephitmp_422
	xorl	%esi, %esi	# prephitmp_422
	jmp	.L686	#
.L666:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1550: 		if (e1000_eeprom_test(adapter, &data[1]))
	testl	%edx, %edx	# pretmp_966
	je	.L667	#,
	.p2align 4,,2
	jmp	.L662	#
	.p2align 4,,10
	.p2align 3
.L904:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:850: 		*data = 1;
	movl	-48(%ebp), %eax	# %sfp, data
	movl	$1, 16(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	movl	$0, 20(%eax)	#, MEM[(u64 *)data_44(D) + 16B]
	jmp	.L670	#
.L894:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1587: }
	call	__stack_chk_fail	#
.L903:
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$1, %ecx	#, _399
	jmp	.L683	#
.L647:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:783: 		REG_SET_AND_CHECK(RCTL, 0xFFFFFFFF, 0x01FFFFFF);
	movl	$33554431, 4(%esp)	#,
	movl	$256, %ecx	#,
	movl	$-1, (%esp)	#,
	movl	-56(%ebp), %ebx	# %sfp, _87
	movl	-48(%ebp), %edx	# %sfp,
	movl	%ebx, %eax	# _87,
	call	reg_set_and_check	#
	testb	%al, %al	# tmp873
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:784: 		REG_PATTERN_TEST(RDBAL, 0xFFFFF000, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$-1, 4(%esp)	#,
	movl	$-4096, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.26_173
	andl	$-9968, %ecx	#, iftmp.26_173
	addl	$10240, %ecx	#, iftmp.26_173
	call	reg_pattern_test	#
	testb	%al, %al	# tmp874
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:785: 		REG_PATTERN_TEST(TXCW, 0x0000FFFF, 0x0000FFFF);
	movl	$65535, 4(%esp)	#,
	movl	$376, %ecx	#,
	movl	%ebx, %eax	# _87,
	movl	$65535, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	call	reg_pattern_test	#
	testb	%al, %al	# tmp875
	jne	.L637	#,
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:786: 		REG_PATTERN_TEST(TDBAL, 0xFFFFF000, 0xFFFFFFFF);
	cmpl	$3, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_41(D) + 2376B].mac_type
	movl	%ebx, %eax	# _87,
	movl	$-1, 4(%esp)	#,
	movl	$-4096, (%esp)	#,
	movl	-48(%ebp), %edx	# %sfp,
	sbbl	%ecx, %ecx	# iftmp.27_177
	andl	$-13280, %ecx	#, iftmp.27_177
	addl	$14336, %ecx	#, iftmp.27_177
	call	reg_pattern_test	#
	testb	%al, %al	# tmp876
	je	.L657	#,
	jmp	.L637	#
	.section	.text.unlikely
	.type	e1000_diag_test.cold, @function
e1000_diag_test.cold:
.L884:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:847: 		shared_int = false;
	movb	$0, -36(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:853: 	e_info(hw, "testing %s interrupt\n", (shared_int ?
	movl	$.LC16, %eax	#, iftmp.34_216
.L671:
	movl	%eax, 8(%esp)	# iftmp.34_216,
	movl	$.LC19, 4(%esp)	#,
	movl	2368(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev,
	call	netdev_info	#
	jmp	.L672	#
.L771:
	movl	$.LC15, %eax	#, iftmp.34_216
	jmp	.L671	#
.L883:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:741: 		e_err(drv, "failed STATUS register test got: "
	movl	%edx, 8(%esp)	# after,
	movl	%eax, 12(%esp)	# value,
	movl	$.LC18, 4(%esp)	#,
	movl	2368(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L636	#
.L885:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1573: 		e_info(hw, "online testing starting\n");
	movl	$.LC22, 4(%esp)	#,
	movl	2368(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev,
	call	netdev_info	#
	jmp	.L755	#
.L882:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1532: 		e_info(hw, "offline testing starting\n");
	movl	$.LC17, 4(%esp)	#,
	movl	2368(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_41(D) + 1440B].netdev,
	call	netdev_info	#
	jmp	.L631	#
	.text
	.size	e1000_diag_test, .-e1000_diag_test
	.section	.text.unlikely
	.size	e1000_diag_test.cold, .-e1000_diag_test.cold
.LCOLDE23:
	.text
.LHOTE23:
	.p2align 4
	.globl	e1000_set_ethtool_ops
	.type	e1000_set_ethtool_ops, @function
e1000_set_ethtool_ops:
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1898: 	netdev->ethtool_ops = &e1000_ethtool_ops;
	movl	$e1000_ethtool_ops, %edx	#,
	movl	%edx, 312(%eax)	#, netdev_2(D)->ethtool_ops
# drivers/net/ethernet/intel/e1000/e1000_ethtool.c:1899: }
	ret	
	.size	e1000_set_ethtool_ops, .-e1000_set_ethtool_ops
	.section	.rodata.str1.1
.LC24:
	.string	" (uninitialized)"
.LC25:
	.string	""
.LC26:
	.string	" (unregistering)"
.LC27:
	.string	" (unregistered)"
.LC28:
	.string	" (released)"
.LC29:
	.string	" (dummy)"
	.section	.rodata
	.align 4
	.type	CSWTCH.194, @object
	.size	CSWTCH.194, 24
CSWTCH.194:
	.long	.LC24
	.long	.LC25
	.long	.LC26
	.long	.LC27
	.long	.LC28
	.long	.LC29
	.align 4
	.type	test.0, @object
	.size	test.0, 16
test.0:
	.long	1515870810
	.long	-1515870811
	.long	0
	.long	-1
	.align 32
	.type	e1000_ethtool_ops, @object
	.size	e1000_ethtool_ops, 284
e1000_ethtool_ops:
# supported_coalesce_params:
	.zero	4
	.long	1
# get_drvinfo:
	.zero	4
	.long	e1000_get_drvinfo
# get_regs_len:
	.long	e1000_get_regs_len
# get_regs:
	.long	e1000_get_regs
# get_wol:
	.long	e1000_get_wol
# set_wol:
	.long	e1000_set_wol
# get_msglevel:
	.long	e1000_get_msglevel
# set_msglevel:
	.long	e1000_set_msglevel
# nway_reset:
	.long	e1000_nway_reset
# get_link:
	.long	e1000_get_link
# get_eeprom_len:
	.zero	4
	.long	e1000_get_eeprom_len
# get_eeprom:
	.long	e1000_get_eeprom
# set_eeprom:
	.long	e1000_set_eeprom
# get_coalesce:
	.long	e1000_get_coalesce
# set_coalesce:
	.long	e1000_set_coalesce
# get_ringparam:
	.long	e1000_get_ringparam
# set_ringparam:
	.long	e1000_set_ringparam
# get_pauseparam:
	.zero	4
	.long	e1000_get_pauseparam
# set_pauseparam:
	.long	e1000_set_pauseparam
# self_test:
	.long	e1000_diag_test
# get_strings:
	.long	e1000_get_strings
# set_phys_id:
	.long	e1000_set_phys_id
# get_ethtool_stats:
	.long	e1000_get_ethtool_stats
# get_sset_count:
	.zero	16
	.long	e1000_get_sset_count
# get_ts_info:
	.zero	60
	.long	ethtool_op_get_ts_info
# get_link_ksettings:
	.zero	32
	.long	e1000_get_link_ksettings
# set_link_ksettings:
	.long	e1000_set_link_ksettings
	.zero	52
	.section	.data.once,"aw"
	.type	__already_done.1, @object
	.size	__already_done.1, 1
__already_done.1:
	.zero	1
	.section	.rodata
	.align 32
	.type	e1000_gstrings_test, @object
	.size	e1000_gstrings_test, 160
e1000_gstrings_test:
	.string	"Register test  (offline)"
	.zero	7
	.string	"Eeprom test    (offline)"
	.zero	7
	.string	"Interrupt test (offline)"
	.zero	7
	.string	"Loopback test  (offline)"
	.zero	7
	.string	"Link test   (on/offline)"
	.zero	7
	.align 32
	.type	e1000_gstrings_stats, @object
	.size	e1000_gstrings_stats, 2024
e1000_gstrings_stats:
# stat_string:
	.string	"rx_packets"
	.zero	21
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1412
# stat_string:
	.string	"tx_packets"
	.zero	21
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1436
# stat_string:
	.string	"rx_bytes"
	.zero	23
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1444
# stat_string:
	.string	"tx_bytes"
	.zero	23
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1460
# stat_string:
	.string	"rx_broadcast"
	.zero	19
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1420
# stat_string:
	.string	"tx_broadcast"
	.zero	19
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1652
# stat_string:
	.string	"rx_multicast"
	.zero	19
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1428
# stat_string:
	.string	"tx_multicast"
	.zero	19
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1644
# stat_string:
	.string	"rx_errors"
	.zero	22
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1220
# stat_string:
	.string	"tx_errors"
	.zero	22
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1228
# stat_string:
	.string	"tx_dropped"
	.zero	21
# type:
	.long	0
# sizeof_stat:
	.long	4
# stat_offset:
	.long	236
# stat_string:
	.string	"multicast"
	.zero	22
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1428
# stat_string:
	.string	"collisions"
	.zero	21
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1276
# stat_string:
	.string	"rx_length_errors"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1508
# stat_string:
	.string	"rx_over_errors"
	.zero	17
# type:
	.long	0
# sizeof_stat:
	.long	4
# stat_offset:
	.long	252
# stat_string:
	.string	"rx_crc_errors"
	.zero	18
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1196
# stat_string:
	.string	"rx_frame_errors"
	.zero	16
# type:
	.long	0
# sizeof_stat:
	.long	4
# stat_offset:
	.long	260
# stat_string:
	.string	"rx_no_buffer_count"
	.zero	13
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1476
# stat_string:
	.string	"rx_missed_errors"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1236
# stat_string:
	.string	"tx_aborted_errors"
	.zero	14
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1252
# stat_string:
	.string	"tx_carrier_errors"
	.zero	14
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1292
# stat_string:
	.string	"tx_fifo_errors"
	.zero	17
# type:
	.long	0
# sizeof_stat:
	.long	4
# stat_offset:
	.long	280
# stat_string:
	.string	"tx_heartbeat_errors"
	.zero	12
# type:
	.long	0
# sizeof_stat:
	.long	4
# stat_offset:
	.long	284
# stat_string:
	.string	"tx_window_errors"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1268
# stat_string:
	.string	"tx_abort_late_coll"
	.zero	13
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1268
# stat_string:
	.string	"tx_deferred_ok"
	.zero	17
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1284
# stat_string:
	.string	"tx_single_coll_ok"
	.zero	14
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1244
# stat_string:
	.string	"tx_multi_coll_ok"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1260
# stat_string:
	.string	"tx_timeout_count"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	4
# stat_offset:
	.long	624
# stat_string:
	.string	"tx_restart_queue"
	.zero	15
# type:
	.long	1
# sizeof_stat:
	.long	4
# stat_offset:
	.long	580
# stat_string:
	.string	"rx_long_length_errors"
	.zero	10
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1500
# stat_string:
	.string	"rx_short_length_errors"
	.zero	9
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1484
# stat_string:
	.string	"rx_align_errors"
	.zero	16
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1204
# stat_string:
	.string	"tx_tcp_seg_good"
	.zero	16
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1660
# stat_string:
	.string	"tx_tcp_seg_failed"
	.zero	14
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1668
# stat_string:
	.string	"rx_flow_control_xon"
	.zero	12
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1324
# stat_string:
	.string	"rx_flow_control_xoff"
	.zero	11
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1340
# stat_string:
	.string	"tx_flow_control_xon"
	.zero	12
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1332
# stat_string:
	.string	"tx_flow_control_xoff"
	.zero	11
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1348
# stat_string:
	.string	"rx_long_byte_count"
	.zero	13
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1444
# stat_string:
	.string	"rx_csum_offload_good"
	.zero	11
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	892
# stat_string:
	.string	"rx_csum_offload_errors"
	.zero	9
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	884
# stat_string:
	.string	"alloc_rx_buff_failed"
	.zero	11
# type:
	.long	1
# sizeof_stat:
	.long	4
# stat_offset:
	.long	900
# stat_string:
	.string	"tx_smbus"
	.zero	23
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1540
# stat_string:
	.string	"rx_smbus"
	.zero	23
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1524
# stat_string:
	.string	"dropped_smbus"
	.zero	18
# type:
	.long	1
# sizeof_stat:
	.long	8
# stat_offset:
	.long	1532
	.section	.data.once
	.type	__already_done.2, @object
	.size	__already_done.2, 1
__already_done.2:
	.zero	1
	.type	__already_done.3, @object
	.size	__already_done.3, 1
__already_done.3:
	.zero	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
