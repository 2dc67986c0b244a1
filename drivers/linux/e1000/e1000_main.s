	.file	"e1000_main.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m32 -msoft-float -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mstack-protector-guard-reg=fs -mstack-protector-guard-symbol=__stack_chk_guard -mindirect-branch=thunk-extern -mindirect-branch-register -mindirect-branch-cs-prefix -O2 -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fcf-protection=none -freg-struct-return -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-jump-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fstack-protector-strong -fno-omit-frame-pointer -fno-optimize-sibling-calls -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
#APP
	.section	".initcall6.init", "a"		
__initcall__kmod_e1000__597_238_e1000_init_module6:			
.long	e1000_init_module - .	
.previous					

#NO_APP
	.p2align 4
	.type	e1000_alloc_dummy_rx_buffers, @function
e1000_alloc_dummy_rx_buffers:
# drivers/net/ethernet/intel/e1000/e1000_main.c:123: }
	ret	
	.size	e1000_alloc_dummy_rx_buffers, .-e1000_alloc_dummy_rx_buffers
	.p2align 4
	.type	e1000_fix_features, @function
e1000_fix_features:
	pushl	%ebp	#
	movl	%edx, %eax	# features, tmp89
	movl	%ecx, %edx	# features,
# drivers/net/ethernet/intel/e1000/e1000_main.c:796: 	if (features & NETIF_F_HW_VLAN_CTAG_RX)
	movl	%eax, %ecx	# features, tmp90
	andl	$256, %ecx	#, tmp90
# drivers/net/ethernet/intel/e1000/e1000_main.c:792: {
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:796: 	if (features & NETIF_F_HW_VLAN_CTAG_RX)
	orl	$0, %ecx	#, tmp92
# drivers/net/ethernet/intel/e1000/e1000_main.c:792: {
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:796: 	if (features & NETIF_F_HW_VLAN_CTAG_RX)
	je	.L4	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:797: 		features |= NETIF_F_HW_VLAN_CTAG_TX;
	orl	$128, %eax	#, features
	movl	%edx, %edi	# features, <retval>
	movl	%eax, %esi	# features, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:802: }
	movl	%edi, %edx	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L4:
# drivers/net/ethernet/intel/e1000/e1000_main.c:799: 		features &= ~NETIF_F_HW_VLAN_CTAG_TX;
	movl	%eax, %ecx	# features, tmp96
	movl	%edx, %edi	# features, <retval>
	andl	$-129, %ecx	#, tmp96
# drivers/net/ethernet/intel/e1000/e1000_main.c:802: }
	movl	%edi, %edx	# <retval>,
	movl	-4(%ebp), %edi	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:799: 		features &= ~NETIF_F_HW_VLAN_CTAG_TX;
	movl	%ecx, %esi	# tmp96, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:802: }
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_fix_features, .-e1000_fix_features
	.p2align 4
	.type	e1000_setup_rctl, @function
e1000_setup_rctl:
	pushl	%ebp	#
	movl	%eax, %edx	# tmp132, adapter
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1788: 	rctl = er32(RCTL);
	movl	936(%eax), %eax	# MEM[(struct e1000_hw *)adapter_18(D) + 936B].hw_addr, tmp148
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 256(%eax),%ecx	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1794: 		(hw->mc_filter_type << E1000_RCTL_MO_SHIFT);
#NO_APP
	movl	1068(%edx), %eax	# MEM[(struct e1000_hw *)adapter_18(D) + 936B].mc_filter_type, tmp106
# drivers/net/ethernet/intel/e1000/e1000_main.c:1790: 	rctl &= ~(3 << E1000_RCTL_MO_SHIFT);
	andl	$-12289, %ecx	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1794: 		(hw->mc_filter_type << E1000_RCTL_MO_SHIFT);
	sall	$12, %eax	#, tmp106
# drivers/net/ethernet/intel/e1000/e1000_main.c:1792: 	rctl |= E1000_RCTL_BAM | E1000_RCTL_LBM_NO |
	orl	%ecx, %eax	# rctl, _5
# drivers/net/ethernet/intel/e1000/e1000_main.c:1796: 	if (hw->tbi_compatibility_on == 1)
	cmpb	$0, 1179(%edx)	#, MEM[(struct e1000_hw *)adapter_18(D) + 936B].tbi_compatibility_on
	je	.L8	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1797: 		rctl |= E1000_RCTL_SBP;
	orl	$32772, %eax	#, rctl
.L9:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1801: 	if (adapter->netdev->mtu <= ETH_DATA_LEN)
	movl	928(%edx), %ebx	# adapter_18(D)->netdev, _7
# drivers/net/ethernet/intel/e1000/e1000_main.c:1804: 		rctl |= E1000_RCTL_LPE;
	movl	%eax, %esi	# rctl, rctl
	orl	$32, %esi	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1801: 	if (adapter->netdev->mtu <= ETH_DATA_LEN)
	cmpl	$1500, 128(%ebx)	#, _7->mtu
	ja	.L11	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1802: 		rctl &= ~E1000_RCTL_LPE;
	andl	$-33, %eax	#, rctl
	movl	%eax, %esi	# rctl, rctl
.L11:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1809: 	switch (adapter->rx_buffer_len) {
	movl	520(%edx), %eax	# adapter_18(D)->rx_buffer_len, _9
# drivers/net/ethernet/intel/e1000/e1000_main.c:1807: 	rctl &= ~E1000_RCTL_SZ_4096;
	movl	%esi, %ecx	# rctl, rctl
	andl	$-196609, %ecx	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1809: 	switch (adapter->rx_buffer_len) {
	cmpl	$8192, %eax	#, _9
	je	.L12	#,
	cmpl	$16384, %eax	#, _9
	je	.L13	#,
	cmpl	$4096, %eax	#, _9
	je	.L14	#,
	andl	$-33751041, %esi	#, rctl
	movl	%esi, %ecx	# rctl, rctl
.L15:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1827: 	if (adapter->netdev->features & NETIF_F_RXALL) {
	movl	140(%ebx), %eax	# _7->features, _7->features
	andl	$4096, %eax	#, tmp144
# drivers/net/ethernet/intel/e1000/e1000_main.c:1827: 	if (adapter->netdev->features & NETIF_F_RXALL) {
	orl	$0, %eax	#, tmp112
	je	.L16	#,
	andl	$-4980737, %ecx	#, _31
# drivers/net/ethernet/intel/e1000/e1000_main.c:1835: 		rctl &= ~(E1000_RCTL_VFE | /* Disable VLAN filter */
	orl	$8421380, %ecx	#, rctl
.L16:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1843: 	ew32(RCTL, rctl);
	movl	936(%edx), %eax	# MEM[(struct e1000_hw *)adapter_18(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_18(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,256(%eax)	# rctl, MEM[(volatile unsigned int *)_13]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1844: }
#NO_APP
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L8:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1799: 		rctl &= ~E1000_RCTL_SBP;
	andl	$-5, %eax	#, tmp109
	orl	$32768, %eax	#, rctl
	jmp	.L9	#
	.p2align 4,,10
	.p2align 3
.L12:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1819: 		rctl |= E1000_RCTL_SZ_8192;
	orl	$33685504, %ecx	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1820: 		break;
	jmp	.L15	#
	.p2align 4,,10
	.p2align 3
.L14:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1816: 		rctl |= E1000_RCTL_SZ_4096;
	orl	$33751040, %ecx	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1817: 		break;
	jmp	.L15	#
	.p2align 4,,10
	.p2align 3
.L13:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1822: 		rctl |= E1000_RCTL_SZ_16384;
	orl	$33619968, %ecx	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1823: 		break;
	jmp	.L15	#
	.size	e1000_setup_rctl, .-e1000_setup_rctl
	.p2align 4
	.type	e1000_configure_rx, @function
e1000_configure_rx:
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp204, adapter
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1867: 		adapter->alloc_rx_buf = e1000_alloc_rx_buffers;
	movl	$e1000_alloc_jumbo_rx_buffers, %edx	#, tmp170
# drivers/net/ethernet/intel/e1000/e1000_main.c:1853: {
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1867: 		adapter->alloc_rx_buf = e1000_alloc_rx_buffers;
	movl	$e1000_clean_rx_irq, %ebx	#, tmp173
# drivers/net/ethernet/intel/e1000/e1000_main.c:1853: {
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1859: 		rdlen = adapter->rx_ring[0].count *
	movl	660(%eax), %eax	# adapter_69(D)->rx_ring, adapter_69(D)->rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1859: 		rdlen = adapter->rx_ring[0].count *
	movl	12(%eax), %esi	# pretmp_104->count, pretmp_104->count
# drivers/net/ethernet/intel/e1000/e1000_main.c:1858: 	if (adapter->netdev->mtu > ETH_DATA_LEN) {
	movl	928(%ecx), %eax	# adapter_69(D)->netdev, adapter_69(D)->netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1859: 		rdlen = adapter->rx_ring[0].count *
	sall	$4, %esi	#, _106
# drivers/net/ethernet/intel/e1000/e1000_main.c:1867: 		adapter->alloc_rx_buf = e1000_alloc_rx_buffers;
	cmpl	$1500, 128(%eax)	#, _1->mtu
	movl	$e1000_alloc_rx_buffers, %eax	#, tmp171
	cmovbe	%eax, %edx	# tmp170,, tmp171, cstore_97
	movl	$e1000_clean_jumbo_rx_irq, %eax	#, tmp172
	movl	%edx, 656(%ecx)	# cstore_97, adapter_69(D)->alloc_rx_buf
	cmovbe	%ebx, %eax	# tmp172,, tmp173, cstore_96
	movl	%eax, 652(%ecx)	# cstore_96, adapter_69(D)->clean_rx
# drivers/net/ethernet/intel/e1000/e1000_main.c:1871: 	rctl = er32(RCTL);
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp210
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 256(%eax),%ebx	# MEM[(volatile unsigned int *)_8], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1872: 	ew32(RCTL, rctl & ~E1000_RCTL_EN);
#NO_APP
	movl	%ebx, %edx	# ret, _11
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp211
	andl	$-3, %edx	#, _11
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,256(%eax)	# _11, MEM[(volatile unsigned int *)_10]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1875: 	ew32(RDTR, adapter->rx_int_delay);
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	movl	936(%ecx), %edx	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.57_58
	andl	$-10008, %eax	#, iftmp.57_58
	addl	$10272, %eax	#, iftmp.57_58
	addl	%edx, %eax	#, _14
	movl	904(%ecx), %edx	# adapter_69(D)->rx_int_delay, _15
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _15, MEM[(volatile unsigned int *)_14]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1877: 	if (hw->mac_type >= e1000_82540) {
#NO_APP
	movl	948(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type, _16
# drivers/net/ethernet/intel/e1000/e1000_main.c:1877: 	if (hw->mac_type >= e1000_82540) {
	cmpl	$4, %eax	#, _16
	jbe	.L24	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1878: 		ew32(RADV, adapter->rx_abs_int_delay);
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp213
	movl	908(%ecx), %edx	# adapter_69(D)->rx_abs_int_delay, _19
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,10284(%eax)	# _19, MEM[(volatile unsigned int *)_18]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1879: 		if (adapter->itr_setting != 0)
#NO_APP
	movl	564(%ecx), %edi	# adapter_69(D)->itr_setting,
	testl	%edi, %edi	#
	jne	.L25	#,
.L46:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1890: 		ew32(RDLEN, rdlen);
	movl	948(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type, _16
.L24:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1889: 		rdba = adapter->rx_ring[0].dma;
	movl	660(%ecx), %edx	# adapter_69(D)->rx_ring, adapter_69(D)->rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1890: 		ew32(RDLEN, rdlen);
	cmpl	$3, %eax	#, _16
	sbbl	%eax, %eax	# iftmp.58_59
	andl	$-9968, %eax	#, iftmp.58_59
	addl	$10248, %eax	#, iftmp.58_59
# drivers/net/ethernet/intel/e1000/e1000_main.c:1889: 		rdba = adapter->rx_ring[0].dma;
	movl	4(%edx), %edi	# _26->dma, _27
# drivers/net/ethernet/intel/e1000/e1000_main.c:1890: 		ew32(RDLEN, rdlen);
	movl	936(%ecx), %edx	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	addl	%edx, %eax	#, _30
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# _106, MEM[(volatile unsigned int *)_30]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1891: 		ew32(RDBAH, (rdba >> 32));
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	movl	936(%ecx), %esi	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.59_60
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp163
# drivers/net/ethernet/intel/e1000/e1000_main.c:1891: 		ew32(RDBAH, (rdba >> 32));
	andl	$-9968, %eax	#, iftmp.59_60
	addl	$10244, %eax	#, iftmp.59_60
	addl	%esi, %eax	#, _33
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp163, MEM[(volatile unsigned int *)_33]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1892: 		ew32(RDBAL, (rdba & 0x00000000ffffffffULL));
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	movl	936(%ecx), %esi	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.60_61
	andl	$-9968, %eax	#, iftmp.60_61
	addl	$10240, %eax	#, iftmp.60_61
	addl	%esi, %eax	#, _36
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,(%eax)	# _27, MEM[(volatile unsigned int *)_36]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1893: 		ew32(RDT, 0);
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	movl	936(%ecx), %edi	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.61_62
	andl	$-9968, %eax	#, iftmp.61_62
	addl	$10264, %eax	#, iftmp.61_62
	addl	%edi, %eax	#, _39
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp163, MEM[(volatile unsigned int *)_39]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1894: 		ew32(RDH, 0);
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	movl	936(%ecx), %esi	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.62_63
	andl	$-9968, %eax	#, iftmp.62_63
	addl	$10256, %eax	#, iftmp.62_63
	addl	%esi, %eax	#, _42
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp163, MEM[(volatile unsigned int *)_42]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1895: 		adapter->rx_ring[0].rdh = ((hw->mac_type >= e1000_82543) ?
#NO_APP
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:1895: 		adapter->rx_ring[0].rdh = ((hw->mac_type >= e1000_82543) ?
	movl	660(%ecx), %edx	# adapter_69(D)->rx_ring, _44
# drivers/net/ethernet/intel/e1000/e1000_main.c:1895: 		adapter->rx_ring[0].rdh = ((hw->mac_type >= e1000_82543) ?
	sbbl	%eax, %eax	# iftmp.63_64
	andl	$-9968, %eax	#, iftmp.63_64
	addl	$10256, %eax	#, iftmp.63_64
	movw	%ax, 36(%edx)	# iftmp.63_64, _44->rdh
# drivers/net/ethernet/intel/e1000/e1000_main.c:1897: 		adapter->rx_ring[0].rdt = ((hw->mac_type >= e1000_82543) ?
	cmpl	$3, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:1897: 		adapter->rx_ring[0].rdt = ((hw->mac_type >= e1000_82543) ?
	movl	660(%ecx), %edx	# adapter_69(D)->rx_ring, _46
# drivers/net/ethernet/intel/e1000/e1000_main.c:1897: 		adapter->rx_ring[0].rdt = ((hw->mac_type >= e1000_82543) ?
	sbbl	%eax, %eax	# iftmp.64_65
	andl	$-9968, %eax	#, iftmp.64_65
	addl	$10264, %eax	#, iftmp.64_65
	movw	%ax, 38(%edx)	# iftmp.64_65, _46->rdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:1903: 	if (hw->mac_type >= e1000_82543) {
	cmpl	$2, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_69(D) + 936B].mac_type
	jbe	.L33	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1904: 		rxcsum = er32(RXCSUM);
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp217
	addl	$20480, %eax	#, _49
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_49], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1909: 			rxcsum &= ~E1000_RXCSUM_TUOFL;
#NO_APP
	movl	%eax, %edx	# ret, rxcsum
	andl	$-513, %edx	#, rxcsum
# drivers/net/ethernet/intel/e1000/e1000_main.c:1905: 		if (adapter->rx_csum)
	cmpb	$0, 912(%ecx)	#, adapter_69(D)->rx_csum
	jne	.L47	#,
.L35:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1910: 		ew32(RXCSUM, rxcsum);
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp220
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,20480(%eax)	# rxcsum, MEM[(volatile unsigned int *)_52]
# 0 "" 2
#NO_APP
.L33:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1914: 	ew32(RCTL, rctl | E1000_RCTL_EN);
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr
	orl	$2, %ebx	#, _55
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,256(%eax)	# _55, MEM[(volatile unsigned int *)_54]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1915: }
#NO_APP
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L47:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1906: 			rxcsum |= E1000_RXCSUM_TUOFL;
	orl	$512, %eax	#, ret
	movl	%eax, %edx	# ret, rxcsum
	jmp	.L35	#
	.p2align 4,,10
	.p2align 3
.L25:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1880: 			ew32(ITR, 1000000000 / (adapter->itr * 256));
	movl	560(%ecx), %edx	# adapter_69(D)->itr, tmp157
	movl	936(%ecx), %eax	# MEM[(struct e1000_hw *)adapter_69(D) + 936B].hw_addr, tmp214
	sall	$8, %edx	#, tmp157
	movl	%edx, -16(%ebp)	# tmp157, %sfp
	leal	196(%eax), %edi	#, _22
	xorl	%edx, %edx	# tmp160
	movl	$1000000000, %eax	#, tmp161
	divl	-16(%ebp)	# %sfp
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edi)	# tmp159, MEM[(volatile unsigned int *)_22]
# 0 "" 2
#NO_APP
	jmp	.L46	#
	.size	e1000_configure_rx, .-e1000_configure_rx
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"\0016e1000: Register dump\n"
.LC1:
	.string	"\0016e1000: %-15s  %08x\n"
	.section	.text.unlikely,"ax",@progbits
.LCOLDB2:
	.text
.LHOTB2:
	.p2align 4
	.type	e1000_regdump, @function
e1000_regdump:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3287: 	u32 regs[NUM_REGS];
	xorl	%ecx, %ecx	# tmp230
# drivers/net/ethernet/intel/e1000/e1000_main.c:3285: {
	movl	%esp, %ebp	#,
	subl	$172, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3285: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp329
	movl	%edx, -8(%ebp)	# tmp329, D.87201
	xorl	%edx, %edx	# tmp329
.L49:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3287: 	u32 regs[NUM_REGS];
	movl	%ecx, -160(%ebp,%edx)	# tmp230, MEM <char[1:152]> [(void *)&regs]
	movl	%ecx, -156(%ebp,%edx)	# tmp230, MEM <char[1:152]> [(void *)&regs]
	addl	$8, %edx	#, tmp231
	cmpl	$152, %edx	#, tmp231
	jb	.L49	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3303: 	regs_buff[0]  = er32(CTRL);
	movl	936(%eax), %edx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, _1
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_1], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3303: 	regs_buff[0]  = er32(CTRL);
#NO_APP
	movl	%edx, -160(%ebp)	# ret, MEM[(u32 *)&regs]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3304: 	regs_buff[1]  = er32(STATUS);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp332
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ebx),%edx	# MEM[(volatile unsigned int *)_3], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3304: 	regs_buff[1]  = er32(STATUS);
#NO_APP
	movl	%edx, -156(%ebp)	# ret, MEM[(u32 *)&regs + 4B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3306: 	regs_buff[2]  = er32(RCTL);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp333
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 256(%ebx),%edx	# MEM[(volatile unsigned int *)_5], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3307: 	regs_buff[3]  = er32(RDLEN);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3306: 	regs_buff[2]  = er32(RCTL);
	movl	%edx, -152(%ebp)	# ret, MEM[(u32 *)&regs + 8B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3307: 	regs_buff[3]  = er32(RDLEN);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.158_96
	andl	$-9968, %edx	#, iftmp.158_96
	addl	$10248, %edx	#, iftmp.158_96
	addl	%ecx, %edx	#, _8
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_8], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3308: 	regs_buff[4]  = er32(RDH);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3307: 	regs_buff[3]  = er32(RDLEN);
	movl	%edx, -148(%ebp)	# ret, MEM[(u32 *)&regs + 12B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3308: 	regs_buff[4]  = er32(RDH);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.159_97
	andl	$-9968, %edx	#, iftmp.159_97
	addl	$10256, %edx	#, iftmp.159_97
	addl	%ebx, %edx	#, _11
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_11], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3309: 	regs_buff[5]  = er32(RDT);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3308: 	regs_buff[4]  = er32(RDH);
	movl	%edx, -144(%ebp)	# ret, MEM[(u32 *)&regs + 16B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3309: 	regs_buff[5]  = er32(RDT);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.160_98
	andl	$-9968, %edx	#, iftmp.160_98
	addl	$10264, %edx	#, iftmp.160_98
	addl	%ecx, %edx	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3310: 	regs_buff[6]  = er32(RDTR);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3309: 	regs_buff[5]  = er32(RDT);
	movl	%edx, -140(%ebp)	# ret, MEM[(u32 *)&regs + 20B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3310: 	regs_buff[6]  = er32(RDTR);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.161_99
	andl	$-10008, %edx	#, iftmp.161_99
	addl	$10272, %edx	#, iftmp.161_99
	addl	%ebx, %edx	#, _17
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_17], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3310: 	regs_buff[6]  = er32(RDTR);
#NO_APP
	movl	%edx, -136(%ebp)	# ret, MEM[(u32 *)&regs + 24B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3312: 	regs_buff[7]  = er32(TCTL);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp334
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 1024(%ebx),%edx	# MEM[(volatile unsigned int *)_19], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3313: 	regs_buff[8]  = er32(TDBAL);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3312: 	regs_buff[7]  = er32(TCTL);
	movl	%edx, -132(%ebp)	# ret, MEM[(u32 *)&regs + 28B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3313: 	regs_buff[8]  = er32(TDBAL);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.162_100
	andl	$-13280, %edx	#, iftmp.162_100
	addl	$14336, %edx	#, iftmp.162_100
	addl	%ecx, %edx	#, _22
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_22], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3314: 	regs_buff[9]  = er32(TDBAH);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3313: 	regs_buff[8]  = er32(TDBAL);
	movl	%edx, -128(%ebp)	# ret, MEM[(u32 *)&regs + 32B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3314: 	regs_buff[9]  = er32(TDBAH);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.163_101
	andl	$-13280, %edx	#, iftmp.163_101
	addl	$14340, %edx	#, iftmp.163_101
	addl	%ebx, %edx	#, _25
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_25], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3315: 	regs_buff[10] = er32(TDLEN);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3314: 	regs_buff[9]  = er32(TDBAH);
	movl	%edx, -124(%ebp)	# ret, MEM[(u32 *)&regs + 36B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3315: 	regs_buff[10] = er32(TDLEN);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.164_102
	andl	$-13280, %edx	#, iftmp.164_102
	addl	$14344, %edx	#, iftmp.164_102
	addl	%ecx, %edx	#, _28
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_28], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3316: 	regs_buff[11] = er32(TDH);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3315: 	regs_buff[10] = er32(TDLEN);
	movl	%edx, -120(%ebp)	# ret, MEM[(u32 *)&regs + 40B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3316: 	regs_buff[11] = er32(TDH);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.165_103
	andl	$-13280, %edx	#, iftmp.165_103
	addl	$14352, %edx	#, iftmp.165_103
	addl	%ebx, %edx	#, _31
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_31], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3317: 	regs_buff[12] = er32(TDT);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3316: 	regs_buff[11] = er32(TDH);
	movl	%edx, -116(%ebp)	# ret, MEM[(u32 *)&regs + 44B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3317: 	regs_buff[12] = er32(TDT);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.166_104
	andl	$-13280, %edx	#, iftmp.166_104
	addl	$14360, %edx	#, iftmp.166_104
	addl	%ecx, %edx	#, _34
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_34], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3318: 	regs_buff[13] = er32(TIDV);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3317: 	regs_buff[12] = er32(TDT);
	movl	%edx, -112(%ebp)	# ret, MEM[(u32 *)&regs + 48B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3318: 	regs_buff[13] = er32(TIDV);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.167_105
	andl	$-13280, %edx	#, iftmp.167_105
	addl	$14368, %edx	#, iftmp.167_105
	addl	%ebx, %edx	#, _37
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_37], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3318: 	regs_buff[13] = er32(TIDV);
#NO_APP
	movl	%edx, -108(%ebp)	# ret, MEM[(u32 *)&regs + 52B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3319: 	regs_buff[14] = er32(TXDCTL);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp335
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14376(%ebx),%edx	# MEM[(volatile unsigned int *)_39], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3319: 	regs_buff[14] = er32(TXDCTL);
#NO_APP
	movl	%edx, -104(%ebp)	# ret, MEM[(u32 *)&regs + 56B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3320: 	regs_buff[15] = er32(TADV);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp336
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14380(%ebx),%edx	# MEM[(volatile unsigned int *)_41], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3320: 	regs_buff[15] = er32(TADV);
#NO_APP
	movl	%edx, -100(%ebp)	# ret, MEM[(u32 *)&regs + 60B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3321: 	regs_buff[16] = er32(TARC0);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp337
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14400(%ebx),%edx	# MEM[(volatile unsigned int *)_43], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3321: 	regs_buff[16] = er32(TARC0);
#NO_APP
	movl	%edx, -96(%ebp)	# ret, MEM[(u32 *)&regs + 64B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3323: 	regs_buff[17] = er32(TDBAL1);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp338
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14592(%ebx),%edx	# MEM[(volatile unsigned int *)_45], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3323: 	regs_buff[17] = er32(TDBAL1);
#NO_APP
	movl	%edx, -92(%ebp)	# ret, MEM[(u32 *)&regs + 68B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3324: 	regs_buff[18] = er32(TDBAH1);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp339
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14596(%ebx),%edx	# MEM[(volatile unsigned int *)_47], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3324: 	regs_buff[18] = er32(TDBAH1);
#NO_APP
	movl	%edx, -88(%ebp)	# ret, MEM[(u32 *)&regs + 72B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3325: 	regs_buff[19] = er32(TDLEN1);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp340
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14600(%ebx),%edx	# MEM[(volatile unsigned int *)_49], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3325: 	regs_buff[19] = er32(TDLEN1);
#NO_APP
	movl	%edx, -84(%ebp)	# ret, MEM[(u32 *)&regs + 76B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3326: 	regs_buff[20] = er32(TDH1);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp341
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14608(%ebx),%edx	# MEM[(volatile unsigned int *)_51], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3326: 	regs_buff[20] = er32(TDH1);
#NO_APP
	movl	%edx, -80(%ebp)	# ret, MEM[(u32 *)&regs + 80B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3327: 	regs_buff[21] = er32(TDT1);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp342
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14616(%ecx),%edx	# MEM[(volatile unsigned int *)_53], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3327: 	regs_buff[21] = er32(TDT1);
#NO_APP
	movl	%edx, -76(%ebp)	# ret, MEM[(u32 *)&regs + 84B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3328: 	regs_buff[22] = er32(TXDCTL1);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp343
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14632(%ebx),%edx	# MEM[(volatile unsigned int *)_55], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3328: 	regs_buff[22] = er32(TXDCTL1);
#NO_APP
	movl	%edx, -72(%ebp)	# ret, MEM[(u32 *)&regs + 88B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3329: 	regs_buff[23] = er32(TARC1);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp344
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14656(%ecx),%edx	# MEM[(volatile unsigned int *)_57], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3329: 	regs_buff[23] = er32(TARC1);
#NO_APP
	movl	%edx, -68(%ebp)	# ret, MEM[(u32 *)&regs + 92B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3330: 	regs_buff[24] = er32(CTRL_EXT);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp345
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 24(%ebx),%edx	# MEM[(volatile unsigned int *)_59], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3330: 	regs_buff[24] = er32(CTRL_EXT);
#NO_APP
	movl	%edx, -64(%ebp)	# ret, MEM[(u32 *)&regs + 96B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3331: 	regs_buff[25] = er32(ERT);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp346
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8200(%ecx),%edx	# MEM[(volatile unsigned int *)_61], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3332: 	regs_buff[26] = er32(RDBAL0);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3331: 	regs_buff[25] = er32(ERT);
	movl	%edx, -60(%ebp)	# ret, MEM[(u32 *)&regs + 100B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3332: 	regs_buff[26] = er32(RDBAL0);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.168_106
	andl	$-9968, %edx	#, iftmp.168_106
	addl	$10240, %edx	#, iftmp.168_106
	addl	%ecx, %edx	#, _64
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_64], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3333: 	regs_buff[27] = er32(RDBAH0);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3332: 	regs_buff[26] = er32(RDBAL0);
	movl	%edx, -56(%ebp)	# ret, MEM[(u32 *)&regs + 104B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3333: 	regs_buff[27] = er32(RDBAH0);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.169_107
	andl	$-9968, %edx	#, iftmp.169_107
	addl	$10244, %edx	#, iftmp.169_107
	addl	%ebx, %edx	#, _67
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_67], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3334: 	regs_buff[28] = er32(TDFH);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3333: 	regs_buff[27] = er32(RDBAH0);
	movl	%edx, -52(%ebp)	# ret, MEM[(u32 *)&regs + 108B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3334: 	regs_buff[28] = er32(TDFH);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.170_108
	andl	$19456, %edx	#, iftmp.170_108
	addl	$13328, %edx	#, iftmp.170_108
	addl	%ecx, %edx	#, _70
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_70], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3335: 	regs_buff[29] = er32(TDFT);
#NO_APP
	cmpl	$3, 948(%eax)	#, MEM[(struct e1000_hw *)adapter_111(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:3334: 	regs_buff[28] = er32(TDFH);
	movl	%edx, -48(%ebp)	# ret, MEM[(u32 *)&regs + 112B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3335: 	regs_buff[29] = er32(TDFT);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr,
	sbbl	%edx, %edx	# iftmp.171_109
	andl	$19456, %edx	#, iftmp.171_109
	addl	$13336, %edx	#, iftmp.171_109
	addl	%ebx, %edx	#, _73
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_73], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3335: 	regs_buff[29] = er32(TDFT);
#NO_APP
	movl	%edx, -44(%ebp)	# ret, MEM[(u32 *)&regs + 116B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3336: 	regs_buff[30] = er32(TDFHS);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp347
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 13344(%ebx),%edx	# MEM[(volatile unsigned int *)_75], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3336: 	regs_buff[30] = er32(TDFHS);
#NO_APP
	movl	%edx, -40(%ebp)	# ret, MEM[(u32 *)&regs + 120B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3337: 	regs_buff[31] = er32(TDFTS);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp348
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 13352(%ecx),%edx	# MEM[(volatile unsigned int *)_77], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3337: 	regs_buff[31] = er32(TDFTS);
#NO_APP
	movl	%edx, -36(%ebp)	# ret, MEM[(u32 *)&regs + 124B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3338: 	regs_buff[32] = er32(TDFPC);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp349
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 13360(%ebx),%edx	# MEM[(volatile unsigned int *)_79], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3338: 	regs_buff[32] = er32(TDFPC);
#NO_APP
	movl	%edx, -32(%ebp)	# ret, MEM[(u32 *)&regs + 128B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3339: 	regs_buff[33] = er32(RDFH);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp350
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 9232(%ecx),%edx	# MEM[(volatile unsigned int *)_81], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3339: 	regs_buff[33] = er32(RDFH);
#NO_APP
	movl	%edx, -28(%ebp)	# ret, MEM[(u32 *)&regs + 132B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3340: 	regs_buff[34] = er32(RDFT);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp351
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 9240(%ebx),%edx	# MEM[(volatile unsigned int *)_83], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3340: 	regs_buff[34] = er32(RDFT);
#NO_APP
	movl	%edx, -24(%ebp)	# ret, MEM[(u32 *)&regs + 136B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3341: 	regs_buff[35] = er32(RDFHS);
	movl	936(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp352
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 9248(%ecx),%edx	# MEM[(volatile unsigned int *)_85], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3341: 	regs_buff[35] = er32(RDFHS);
#NO_APP
	movl	%edx, -20(%ebp)	# ret, MEM[(u32 *)&regs + 140B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3342: 	regs_buff[36] = er32(RDFTS);
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, tmp353
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 9256(%ebx),%edx	# MEM[(volatile unsigned int *)_87], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3342: 	regs_buff[36] = er32(RDFTS);
#NO_APP
	movl	%edx, -16(%ebp)	# ret, MEM[(u32 *)&regs + 144B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3343: 	regs_buff[37] = er32(RDFPC);
	movl	936(%eax), %eax	# MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_111(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 9264(%eax),%eax	# MEM[(volatile unsigned int *)_89], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3343: 	regs_buff[37] = er32(RDFPC);
#NO_APP
	movl	%eax, -12(%ebp)	# ret, MEM[(u32 *)&regs + 148B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3346: 	for (i = 0; i < NUM_REGS; i++)
	xorl	%ebx, %ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3345: 	pr_info("Register dump\n");
	movl	$.LC0, (%esp)	#,
	call	_printk	#
.L65:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3347: 		pr_info("%-15s  %08x\n", reg_name[i], regs_buff[i]);
	movl	-160(%ebp,%ebx,4), %eax	# MEM[(u32 *)&regs + _95 * 4], MEM[(u32 *)&regs + _95 * 4]
	movl	$.LC1, (%esp)	#,
	movl	%eax, 8(%esp)	# MEM[(u32 *)&regs + _95 * 4],
	movl	reg_name.0(,%ebx,4), %eax	# MEM[(const char * *)&reg_name + _95 * 4], MEM[(const char * *)&reg_name + _95 * 4]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3346: 	for (i = 0; i < NUM_REGS; i++)
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3347: 		pr_info("%-15s  %08x\n", reg_name[i], regs_buff[i]);
	movl	%eax, 4(%esp)	# MEM[(const char * *)&reg_name + _95 * 4],
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3346: 	for (i = 0; i < NUM_REGS; i++)
	cmpl	$38, %ebx	#, i
	je	.L83	#,
	jmp	.L65	#
	.section	.text.unlikely
	.type	e1000_regdump.cold, @function
e1000_regdump.cold:
.L83:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3348: }
	movl	-8(%ebp), %eax	# D.87201, tmp330
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp330
	.p2align 4,,3
	jne	.L85	#,
	movl	-4(%ebp), %ebx	#,
	leave	
	.p2align 4,,2
	ret	
.L85:
	call	__stack_chk_fail	#
	.text
	.size	e1000_regdump, .-e1000_regdump
	.section	.text.unlikely
	.size	e1000_regdump.cold, .-e1000_regdump.cold
.LCOLDE2:
	.text
.LHOTE2:
	.section	.rodata.str1.1
.LC3:
	.string	"\0016e1000: %s\n"
.LC4:
	.string	"e1000"
.LC5:
	.string	"\0016e1000: copybreak disabled\n"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC6:
	.string	"\0016e1000: copybreak enabled for packets <= %u bytes\n"
	.section	.init.text,"ax",@progbits
	.type	e1000_init_module, @function
e1000_init_module:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:223: 	pr_info("%s\n", e1000_driver_string);
	pushl	$e1000_driver_string	#
	pushl	$.LC3	#
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:225: 	pr_info("%s\n", e1000_copyright);
	pushl	$e1000_copyright	#
	pushl	$.LC3	#
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:227: 	ret = pci_register_driver(&e1000_driver);
	xorl	%edx, %edx	#
	movl	$.LC4, %ecx	#,
	movl	$e1000_driver, %eax	#,
	call	__pci_register_driver	#
	movl	%eax, %ebx	# tmp85, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:228: 	if (copybreak != COPYBREAK_DEFAULT) {
	movl	copybreak, %eax	# copybreak, copybreak.0_1
# drivers/net/ethernet/intel/e1000/e1000_main.c:228: 	if (copybreak != COPYBREAK_DEFAULT) {
	addl	$16, %esp	#,
	cmpl	$256, %eax	#, copybreak.0_1
	je	.L86	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:229: 		if (copybreak == 0)
	testl	%eax, %eax	# copybreak.0_1
	jne	.L88	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:230: 			pr_info("copybreak disabled\n");
	pushl	$.LC5	#
	call	_printk	#
	popl	%ecx	#
	jmp	.L86	#
.L88:
# drivers/net/ethernet/intel/e1000/e1000_main.c:232: 			pr_info("copybreak enabled for "
	pushl	%eax	# copybreak.0_1
	pushl	$.LC6	#
	call	_printk	#
	popl	%eax	#
	popl	%edx	#
.L86:
# drivers/net/ethernet/intel/e1000/e1000_main.c:236: }
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %ebx	#,
	leave	
	ret	
	.size	e1000_init_module, .-e1000_init_module
	.text
	.p2align 4
	.type	e1000_tbi_should_accept, @function
e1000_tbi_should_accept:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$32, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	8(%ebp), %esi	# length, length
	movl	%ebx, -12(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4095: 	if (unlikely(!length))
	testl	%esi, %esi	# length
	je	.L111	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4098: 	if (unlikely(length > adapter->rx_buffer_len))
	cmpl	%esi, 520(%eax)	# length, adapter_21(D)->rx_buffer_len
	movl	%eax, %ebx	# tmp182, adapter
	jb	.L111	#,
	movb	%dl, %al	# tmp183, status
	movb	%cl, %dl	# tmp184, errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	movzbl	1179(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_21(D) + 936B].tbi_compatibility_on, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	testb	%cl, %cl	# <retval>
	je	.L93	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	movl	12(%ebp), %ecx	# data, tmp195
# drivers/net/ethernet/intel/e1000/e1000_main.c:4100: 	last_byte = *(data + length - 1);
	leal	-1(%esi), %edi	#, _8
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	cmpb	$15, -1(%ecx,%esi)	#, *_9
	sete	%cl	#, tmp154
	andb	$-105, %dl	#, tmp155
	decb	%dl	# tmp155
	sete	%dl	#, tmp157
	andb	%dl, %cl	# tmp157, <retval>
	jne	.L128	#,
.L93:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4113: }
	movl	-12(%ebp), %ebx	#,
	movb	%cl, %al	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L95:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	cmpl	%esi, %edx	# length, pretmp_36
	jnb	.L111	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	movl	1060(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_21(D) + 936B].max_frame_size, tmp197
	addl	$5, %eax	#, tmp162
	cmpl	%esi, %eax	# length, tmp162
	jnb	.L96	#,
.L111:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4113: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4096: 		return false;
	xorl	%ecx, %ecx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:4113: }
	movl	-8(%ebp), %esi	#,
	movb	%cl, %al	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L128:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	andb	$8, %al	#, tmp158
	movl	1064(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_21(D) + 936B].min_frame_size, pretmp_36
	je	.L95	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	subl	$4, %edx	#, tmp159
	cmpl	%esi, %edx	# length, tmp159
	jnb	.L111	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4102: 	if (TBI_ACCEPT(hw, status, errors, length, last_byte)) {
	movl	1060(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_21(D) + 936B].max_frame_size, tmp196
	incl	%eax	# tmp160
	cmpl	%esi, %eax	# length, tmp160
	jb	.L111	#,
.L96:
	movb	%cl, -29(%ebp)	# <retval>, %sfp
# ./include/linux/spinlock.h:326: 	return &lock->rlock;
	leal	540(%ebx), %eax	#, _34
	movl	%eax, -28(%ebp)	# _34, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4105: 		spin_lock_irqsave(&adapter->stats_lock, irq_flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	movl	1448(%ebx), %edx	# MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorcl, _41
# drivers/net/ethernet/intel/e1000/e1000_main.c:4031: 	stats->crcerrs--;
	addl	$-1, 1196(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].crcerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:4045: 	if (carry_bit && ((stats->gorcl & 0x80000000) == 0))
	movzbl	-29(%ebp), %ecx	# %sfp, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:4031: 	stats->crcerrs--;
	adcl	$-1, 1200(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].crcerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:4033: 	stats->gprc++;
	addl	$1, 1412(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4105: 		spin_lock_irqsave(&adapter->stats_lock, irq_flags);
	movl	%eax, -24(%ebp)	# tmp185, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	movl	1444(%ebx), %eax	# MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorcl, _41
# drivers/net/ethernet/intel/e1000/e1000_main.c:4033: 	stats->gprc++;
	adcl	$0, 1416(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	movl	%edx, -16(%ebp)	# _41, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4037: 	stats->gorcl += frame_len;
	xorl	%edx, %edx	# _8
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	movl	%eax, -20(%ebp)	# _41, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4037: 	stats->gorcl += frame_len;
	movl	%edi, %eax	# _8, _8
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	movl	-20(%ebp), %esi	# %sfp, carry_bit
# drivers/net/ethernet/intel/e1000/e1000_main.c:4037: 	stats->gorcl += frame_len;
	addl	-20(%ebp), %eax	# %sfp, _44
	adcl	-16(%ebp), %edx	# %sfp, _44
	movl	%eax, 1444(%ebx)	# _44, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4036: 	carry_bit = 0x80000000 & stats->gorcl;
	andl	$-2147483648, %esi	#, carry_bit
# drivers/net/ethernet/intel/e1000/e1000_main.c:4045: 	if (carry_bit && ((stats->gorcl & 0x80000000) == 0))
	orl	$0, %esi	#, tmp191
# drivers/net/ethernet/intel/e1000/e1000_main.c:4037: 	stats->gorcl += frame_len;
	movl	%edx, 1448(%ebx)	# _44, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4045: 	if (carry_bit && ((stats->gorcl & 0x80000000) == 0))
	je	.L97	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4045: 	if (carry_bit && ((stats->gorcl & 0x80000000) == 0))
	andl	$-2147483648, %eax	#, tmp189
# drivers/net/ethernet/intel/e1000/e1000_main.c:4045: 	if (carry_bit && ((stats->gorcl & 0x80000000) == 0))
	orl	$0, %eax	#, tmp192
	jne	.L97	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4046: 		stats->gorch++;
	addl	$1, 1452(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorch
	adcl	$0, 1456(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].gorch
.L97:
# ./include/linux/etherdevice.h:173: 		*(const u16 *)(addr + 4)) == 0xffff;
	movl	12(%ebp), %eax	# data, tmp201
	movl	12(%ebp), %esi	# data, tmp203
	movzwl	(%eax), %edx	# MEM[(const u16 *)data_25(D)], MEM[(const u16 *)data_25(D)]
	movzwl	2(%eax), %eax	# MEM[(const u16 *)data_25(D) + 2B], MEM[(const u16 *)data_25(D) + 2B]
	andl	%edx, %eax	# MEM[(const u16 *)data_25(D)], tmp171
	movzwl	4(%esi), %edx	# MEM[(const u16 *)data_25(D) + 4B], MEM[(const u16 *)data_25(D) + 4B]
	andl	%edx, %eax	# MEM[(const u16 *)data_25(D) + 4B], tmp174
# drivers/net/ethernet/intel/e1000/e1000_main.c:4051: 	if (is_broadcast_ether_addr(mac_addr))
	movzwl	%ax, %eax	# tmp174, tmp175
	cmpl	$65535, %eax	#, tmp175
	je	.L129	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4053: 	else if (is_multicast_ether_addr(mac_addr))
	movl	12(%ebp), %eax	# data, tmp204
	testb	$1, (%eax)	#, MEM[(const u32 *)data_25(D)]
	je	.L99	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4054: 		stats->mprc++;
	addl	$1, 1428(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].mprc
	adcl	$0, 1432(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].mprc
.L99:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4056: 	if (frame_len == hw->max_frame_size) {
	cmpl	1060(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_21(D) + 936B].max_frame_size, _8
	je	.L130	#,
.L100:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4067: 	if (frame_len == 64) {
	cmpl	$64, %edi	#, _8
	je	.L131	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4070: 	} else if (frame_len == 127) {
	cmpl	$127, %edi	#, _8
	je	.L132	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4073: 	} else if (frame_len == 255) {
	cmpl	$255, %edi	#, _8
	je	.L133	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4076: 	} else if (frame_len == 511) {
	cmpl	$511, %edi	#, _8
	je	.L134	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4079: 	} else if (frame_len == 1023) {
	cmpl	$1023, %edi	#, _8
	je	.L135	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4082: 	} else if (frame_len == 1522) {
	cmpl	$1522, %edi	#, _8
	jne	.L102	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4083: 		stats->prc1522++;
	addl	$1, 1404(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1522
	adcl	$0, 1408(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1522
.L102:
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-24(%ebp), %edx	# %sfp,
	movb	%cl, -20(%ebp)	# <retval>, %sfp
	movl	-28(%ebp), %eax	# %sfp,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4109: 		return true;
	movzbl	-20(%ebp), %ecx	# %sfp, <retval>
	jmp	.L93	#
.L129:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4052: 		stats->bprc++;
	addl	$1, 1420(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].bprc
	adcl	$0, 1424(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].bprc
	jmp	.L99	#
.L131:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4068: 		stats->prc64++;
	addl	$1, 1364(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc64
	adcl	$0, 1368(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc64
# drivers/net/ethernet/intel/e1000/e1000_main.c:4069: 		stats->prc127--;
	addl	$-1, 1372(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc127
	adcl	$-1, 1376(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc127
	jmp	.L102	#
.L130:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4060: 		if (stats->roc > 0)
	movl	1504(%ebx), %edx	# MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].roc, _60
	movl	1500(%ebx), %eax	# MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].roc, _60
# drivers/net/ethernet/intel/e1000/e1000_main.c:4060: 		if (stats->roc > 0)
	movl	%edx, %esi	# _60, tmp193
	orl	%eax, %esi	# _60, tmp193
	je	.L100	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4061: 			stats->roc--;
	addl	$-1, %eax	#, tmp179
	movl	%eax, 1500(%ebx)	# tmp179, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].roc
	adcl	$-1, %edx	#,
	movl	%edx, 1504(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].roc
	jmp	.L100	#
.L132:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4071: 		stats->prc127++;
	addl	$1, 1372(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc127
	adcl	$0, 1376(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc127
# drivers/net/ethernet/intel/e1000/e1000_main.c:4072: 		stats->prc255--;
	addl	$-1, 1380(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc255
	adcl	$-1, 1384(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc255
	jmp	.L102	#
.L133:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4074: 		stats->prc255++;
	addl	$1, 1380(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc255
	adcl	$0, 1384(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc255
# drivers/net/ethernet/intel/e1000/e1000_main.c:4075: 		stats->prc511--;
	addl	$-1, 1388(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc511
	adcl	$-1, 1392(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc511
	jmp	.L102	#
.L134:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4077: 		stats->prc511++;
	addl	$1, 1388(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc511
	adcl	$0, 1392(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc511
# drivers/net/ethernet/intel/e1000/e1000_main.c:4078: 		stats->prc1023--;
	addl	$-1, 1396(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1023
	adcl	$-1, 1400(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1023
	jmp	.L102	#
.L135:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4080: 		stats->prc1023++;
	addl	$1, 1396(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1023
	adcl	$0, 1400(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1023
# drivers/net/ethernet/intel/e1000/e1000_main.c:4081: 		stats->prc1522--;
	addl	$-1, 1404(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1522
	adcl	$-1, 1408(%ebx)	#, MEM[(struct e1000_hw_stats *)adapter_21(D) + 1196B].prc1522
	jmp	.L102	#
	.size	e1000_tbi_should_accept, .-e1000_tbi_should_accept
	.p2align 4
	.type	e1000_update_itr, @function
e1000_update_itr:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2579: {
	movl	%eax, %ebx	# adapter, tmp134
# drivers/net/ethernet/intel/e1000/e1000_main.c:2586: 	if (packets == 0)
	cmpl	$4, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_17(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:2579: {
	movzwl	%dx, %eax	# tmp135, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:2586: 	if (packets == 0)
	jbe	.L136	#,
	testl	%ecx, %ecx	# packets
	je	.L136	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2589: 	switch (itr_setting) {
	cmpl	$1, %eax	#, <retval>
	je	.L138	#,
	cmpl	$2, %eax	#, <retval>
	.p2align 4,,3
	je	.L139	#,
	testl	%eax, %eax	# <retval>
	.p2align 4,,3
	je	.L148	#,
.L137:
.L136:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2623: }
	popl	%ebx	#
	popl	%ebp	#
	.p2align 4,,4
	ret	
	.p2align 4,,10
	.p2align 3
.L148:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2592: 		if (bytes/packets > 8000)
	movl	8(%ebp), %eax	# bytes, tmp110
	cltd
	idivl	%ecx	# packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:2592: 		if (bytes/packets > 8000)
	cmpl	$8000, %eax	#, tmp110
	jg	.L144	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2594: 		else if ((packets < 5) && (bytes > 512))
	cmpl	$4, %ecx	#, packets
	setle	%al	#, tmp113
# drivers/net/ethernet/intel/e1000/e1000_main.c:2594: 		else if ((packets < 5) && (bytes > 512))
	cmpl	$512, 8(%ebp)	#, bytes
	setg	%dl	#, tmp115
# drivers/net/ethernet/intel/e1000/e1000_main.c:2594: 		else if ((packets < 5) && (bytes > 512))
	andb	%dl, %al	# tmp115, tmp116
# drivers/net/ethernet/intel/e1000/e1000_main.c:2594: 		else if ((packets < 5) && (bytes > 512))
	movzbl	%al, %eax	# tmp116, <retval>
	jmp	.L136	#
	.p2align 4,,10
	.p2align 3
.L139:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2612: 		if (bytes > 25000) {
	cmpl	$25000, 8(%ebp)	#, bytes
	jle	.L141	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2595: 			retval = low_latency;
	cmpl	$36, %ecx	#, packets
	movl	$1, %edx	#, tmp132
	cmovge	%edx, %eax	# <retval>,, tmp132, <retval>
	jmp	.L136	#
	.p2align 4,,10
	.p2align 3
.L138:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2592: 		if (bytes/packets > 8000)
	movl	8(%ebp), %eax	# bytes, tmp117
	cltd
	idivl	%ecx	# packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:2598: 		if (bytes > 10000) {
	cmpl	$10000, 8(%ebp)	#, bytes
	jle	.L140	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2602: 			else if ((packets < 10) || ((bytes/packets) > 1200))
	cmpl	$9, %ecx	#, packets
	jle	.L144	#,
	cmpl	$1200, %eax	#, tmp117
	jg	.L144	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2604: 			else if ((packets > 35))
	xorl	%eax, %eax	# <retval>
	cmpl	$35, %ecx	#, packets
	setle	%al	#, <retval>
	jmp	.L136	#
	.p2align 4,,10
	.p2align 3
.L140:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2606: 		} else if (bytes/packets > 2000)
	cmpl	$2000, %eax	#, tmp117
	jle	.L149	#,
.L144:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2623: }
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2607: 			retval = bulk_latency;
	movl	$2, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:2623: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L141:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2595: 			retval = low_latency;
	cmpl	$5999, 8(%ebp)	#, bytes
	movl	$1, %edx	#, tmp133
	cmovle	%edx, %eax	# <retval>,, tmp133, <retval>
	jmp	.L136	#
	.p2align 4,,10
	.p2align 3
.L149:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2608: 		else if (packets <= 2 && bytes < 512)
	cmpl	$2, %ecx	#, packets
	setle	%al	#, tmp126
# drivers/net/ethernet/intel/e1000/e1000_main.c:2608: 		else if (packets <= 2 && bytes < 512)
	cmpl	$511, 8(%ebp)	#, bytes
	setle	%dl	#, tmp128
# drivers/net/ethernet/intel/e1000/e1000_main.c:2608: 		else if (packets <= 2 && bytes < 512)
	andb	%dl, %al	# tmp128, tmp129
# drivers/net/ethernet/intel/e1000/e1000_main.c:2608: 		else if (packets <= 2 && bytes < 512)
	xorb	$1, %al	#, tmp130
	movzbl	%al, %eax	# tmp130, <retval>
	jmp	.L136	#
	.size	e1000_update_itr, .-e1000_update_itr
	.section	.rodata.str1.4
	.align 4
.LC7:
	.string	"Unable to allocate interrupt Error: %d\n"
	.section	.text.unlikely
.LCOLDB8:
	.text
.LHOTB8:
	.p2align 4
	.type	e1000_request_irq, @function
e1000_request_irq:
	pushl	%ebp	#
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:254: {
	movl	%esp, %ebp	#,
	subl	$24, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp97, adapter
	movl	%esi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:260: 	err = request_irq(adapter->pdev->irq, handler, irq_flags, netdev->name,
	movl	932(%ebx), %edx	# adapter_8(D)->pdev, adapter_8(D)->pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:255: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %eax	# adapter_8(D)->netdev, netdev
# ./include/linux/interrupt.h:168: 	return request_threaded_irq(irq, handler, NULL, flags, name, dev);
	movl	576(%edx), %esi	# _2->irq, _2->irq
	movl	$e1000_intr, %edx	#,
	movl	%eax, 8(%esp)	# netdev,
	movl	%eax, 4(%esp)	# netdev,
	movl	$128, (%esp)	#,
	movl	%esi, %eax	# _2->irq,
	call	request_threaded_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:262: 	if (err) {
	testl	%eax, %eax	# <retval>
	je	.L150	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:263: 		e_err(probe, "Unable to allocate interrupt Error: %d\n", err);
	testb	$2, 1868(%ebx)	#, adapter_8(D)->msg_enable
	jne	.L158	#,
.L150:
# drivers/net/ethernet/intel/e1000/e1000_main.c:267: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	e1000_request_irq.cold, @function
e1000_request_irq.cold:
.L158:
# drivers/net/ethernet/intel/e1000/e1000_main.c:263: 		e_err(probe, "Unable to allocate interrupt Error: %d\n", err);
	movl	%eax, 8(%esp)	# <retval>,
	movl	%eax, -12(%ebp)	# <retval>, %sfp
	movl	$.LC7, 4(%esp)	#,
	movl	928(%ebx), %edx	# adapter_8(D)->netdev, adapter_8(D)->netdev
	movl	%edx, (%esp)	# adapter_8(D)->netdev,
	call	netdev_err	#
	movl	-12(%ebp), %eax	# %sfp, <retval>
	jmp	.L150	#
	.text
	.size	e1000_request_irq, .-e1000_request_irq
	.section	.text.unlikely
	.size	e1000_request_irq.cold, .-e1000_request_irq.cold
.LCOLDE8:
	.text
.LHOTE8:
	.p2align 4
	.type	e1000_down_and_stop, @function
e1000_down_and_stop:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:470: {
	movl	%eax, %ebx	# tmp97, adapter
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,1876(%eax)	#, MEM[(volatile char *)_1]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:473: 	cancel_delayed_work_sync(&adapter->watchdog_task);
#NO_APP
	addl	$1912, %eax	#, tmp91
	call	cancel_delayed_work_sync	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:481: 	cancel_delayed_work_sync(&adapter->phy_info_task);
	leal	2000(%ebx), %eax	#, tmp92
	call	cancel_delayed_work_sync	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:482: 	cancel_delayed_work_sync(&adapter->fifo_stall_task);
	leal	1956(%ebx), %eax	#, tmp93
	call	cancel_delayed_work_sync	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	1876(%ebx), %eax	# MEM[(const volatile long unsigned int *)adapter_13(D) + 1876B], _22
# drivers/net/ethernet/intel/e1000/e1000_main.c:485: 	if (!test_bit(__E1000_RESETTING, &adapter->flags))
	testb	$2, %al	#, _22
	je	.L163	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:487: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L163:
# drivers/net/ethernet/intel/e1000/e1000_main.c:486: 		cancel_work_sync(&adapter->reset_task);
	leal	1896(%ebx), %eax	#, tmp96
	call	cancel_work_sync	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:487: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	e1000_down_and_stop, .-e1000_down_and_stop
	.p2align 4
	.type	e1000_update_phy_info_task, @function
e1000_update_phy_info_task:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2347: 	e1000_phy_get_info(&adapter->hw, &adapter->phy_info);
	leal	-252(%eax), %edx	#, tmp86
# drivers/net/ethernet/intel/e1000/e1000_main.c:2342: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2347: 	e1000_phy_get_info(&adapter->hw, &adapter->phy_info);
	subl	$1064, %eax	#, tmp88
	call	e1000_phy_get_info	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2348: }
	popl	%ebp	#
	ret	
	.size	e1000_update_phy_info_task, .-e1000_update_phy_info_task
	.p2align 4
	.type	e1000_unmap_and_free_tx_resource, @function
e1000_unmap_and_free_tx_resource:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%ecx, %esi	# tmp96, budget
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp95, buffer_info
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1959: 	if (buffer_info->dma) {
	movl	4(%edx), %edx	# buffer_info_16(D)->dma, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:1959: 	if (buffer_info->dma) {
	testl	%edx, %edx	# _1
	je	.L167	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1961: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	932(%eax), %eax	# adapter_17(D)->pdev, adapter_17(D)->pdev
	movzwl	12(%ebx), %ecx	# buffer_info_16(D)->length, buffer_info_16(D)->length
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	$0, 4(%esp)	#,
	movl	$1, (%esp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1961: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	addl	$132, %eax	#, tmp92
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1967: 		buffer_info->dma = 0;
	movl	$0, 4(%ebx)	#, buffer_info_16(D)->dma
.L167:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1969: 	if (buffer_info->skb) {
	movl	(%ebx), %eax	# buffer_info_16(D)->skb, _11
# drivers/net/ethernet/intel/e1000/e1000_main.c:1969: 	if (buffer_info->skb) {
	testl	%eax, %eax	# _11
	je	.L168	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1970: 		napi_consume_skb(buffer_info->skb, budget);
	movl	%esi, %edx	# budget,
	call	napi_consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1971: 		buffer_info->skb = NULL;
	movl	$0, (%ebx)	#, buffer_info_16(D)->skb
.L168:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1973: 	buffer_info->time_stamp = 0;
	movl	$0, 8(%ebx)	#, buffer_info_16(D)->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1975: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000_unmap_and_free_tx_resource, .-e1000_unmap_and_free_tx_resource
	.p2align 4
	.type	e1000_power_down_phy, @function
e1000_power_down_phy:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:430: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp103
	movl	%edx, -8(%ebp)	# tmp103, D.87292
	xorl	%edx, %edx	# tmp103
# drivers/net/ethernet/intel/e1000/e1000_main.c:439: 	if (!adapter->wol && hw->mac_type >= e1000_82540 &&
	movl	524(%eax), %ebx	# adapter_12(D)->wol,
	testl	%ebx, %ebx	#
	jne	.L176	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:439: 	if (!adapter->wol && hw->mac_type >= e1000_82540 &&
	movl	948(%eax), %edx	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].mac_type, _2
# drivers/net/ethernet/intel/e1000/e1000_main.c:439: 	if (!adapter->wol && hw->mac_type >= e1000_82540 &&
	cmpl	$4, %edx	#, _2
	ja	.L181	#,
.L177:
.L176:
# drivers/net/ethernet/intel/e1000/e1000_main.c:467: }
	movl	-8(%ebp), %eax	# D.87292, tmp104
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp104
	jne	.L182	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L181:
# drivers/net/ethernet/intel/e1000/e1000_main.c:439: 	if (!adapter->wol && hw->mac_type >= e1000_82540 &&
	movl	960(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].media_type,
	testl	%ecx, %ecx	#
	jne	.L176	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:441: 		u16 mii_reg = 0;
	movw	$0, -10(%ebp)	#, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:443: 		switch (hw->mac_type) {
	subl	$5, %edx	#, tmp95
	cmpl	$9, %edx	#, tmp95
	ja	.L176	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:454: 			if (er32(MANC) & E1000_MANC_SMBUS_EN)
	movl	936(%eax), %ebx	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].hw_addr, tmp106
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 22560(%ebx),%edx	# MEM[(volatile unsigned int *)_5], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:454: 			if (er32(MANC) & E1000_MANC_SMBUS_EN)
#NO_APP
	testb	$1, %dl	#, ret
	jne	.L176	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:431: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %ebx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:460: 		e1000_read_phy_reg(hw, PHY_CTRL, &mii_reg);
	xorl	%edx, %edx	#
	leal	-10(%ebp), %ecx	#, tmp107
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:461: 		mii_reg |= MII_CR_POWER_DOWN;
	movzwl	-10(%ebp), %ecx	# mii_reg, tmp101
# drivers/net/ethernet/intel/e1000/e1000_main.c:462: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:461: 		mii_reg |= MII_CR_POWER_DOWN;
	orl	$2048, %ecx	#, _8
	movw	%cx, -10(%ebp)	# _8, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:462: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:463: 		msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
	jmp	.L176	#
.L182:
# drivers/net/ethernet/intel/e1000/e1000_main.c:467: }
	call	__stack_chk_fail	#
	.size	e1000_power_down_phy, .-e1000_power_down_phy
	.section	.exit.text,"ax",@progbits
	.type	e1000_exit_module, @function
e1000_exit_module:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:248: 	pci_unregister_driver(&e1000_driver);
	movl	$e1000_driver, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:247: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:248: 	pci_unregister_driver(&e1000_driver);
	call	pci_unregister_driver	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:249: }
	popl	%ebp	#
	ret	
	.size	e1000_exit_module, .-e1000_exit_module
	.text
	.p2align 4
	.type	e1000_alloc_jumbo_rx_buffers, @function
e1000_alloc_jumbo_rx_buffers:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$24, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4507: {
	movl	%eax, -20(%ebp)	# adapter, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4508: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%eax), %eax	# adapter_54(D)->pdev, pdev
	movl	%ecx, -16(%ebp)	# ivtmp.623, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4513: 	i = rx_ring->next_to_use;
	movl	16(%edx), %esi	# rx_ring_56(D)->next_to_use, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4508: 	struct pci_dev *pdev = adapter->pdev;
	movl	%eax, -24(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4514: 	buffer_info = &rx_ring->buffer_info[i];
	movl	24(%edx), %eax	# rx_ring_56(D)->buffer_info, rx_ring_56(D)->buffer_info
	leal	(%eax,%esi,8), %ebx	#, buffer_info
	movl	%ecx, %eax	# tmp142, ivtmp.623
# drivers/net/ethernet/intel/e1000/e1000_main.c:4527: 			buffer_info->dma = dma_map_page(&pdev->dev,
	movl	-24(%ebp), %ecx	# %sfp, pdev
	addl	$132, %ecx	#, tmp139
# drivers/net/ethernet/intel/e1000/e1000_main.c:4516: 	while (cleaned_count--) {
	testl	%eax, %eax	# ivtmp.623
	je	.L185	#,
	movl	%ecx, -24(%ebp)	# tmp139, %sfp
	movl	%edx, %edi	# tmp141, rx_ring
	jmp	.L194	#
	.p2align 4,,10
	.p2align 3
.L190:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4541: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	(%edi), %ecx	# rx_ring_56(D)->desc,
	movl	%esi, %edx	# i, tmp129
# drivers/net/ethernet/intel/e1000/e1000_main.c:4543: 		if (unlikely(++i == rx_ring->count))
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4541: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	sall	$4, %edx	#, tmp129
	addl	%ecx, %edx	#, tmp130
# drivers/net/ethernet/intel/e1000/e1000_main.c:4541: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	%eax, (%edx)	# prephitmp_4, rx_desc_70->buffer_addr
	movl	$0, 4(%edx)	#, rx_desc_70->buffer_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:4543: 		if (unlikely(++i == rx_ring->count))
	cmpl	%esi, 12(%edi)	# i, rx_ring_56(D)->count
	je	.L197	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4545: 		buffer_info = &rx_ring->buffer_info[i];
	leal	0(,%esi,8), %ebx	#, prephitmp_7
.L193:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4545: 		buffer_info = &rx_ring->buffer_info[i];
	movl	24(%edi), %eax	# rx_ring_56(D)->buffer_info,
	addl	%eax, %ebx	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4516: 	while (cleaned_count--) {
	decl	-16(%ebp)	# %sfp
	je	.L189	#,
.L194:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4518: 		if (!buffer_info->rxbuf.page) {
	movl	(%ebx), %eax	# buffer_info_6->rxbuf.page,
	testl	%eax, %eax	#
	je	.L208	#,
.L188:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4526: 		if (!buffer_info->dma) {
	movl	4(%ebx), %eax	# buffer_info_6->dma, prephitmp_4
# drivers/net/ethernet/intel/e1000/e1000_main.c:4526: 		if (!buffer_info->dma) {
	testl	%eax, %eax	# prephitmp_4
	jne	.L190	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4527: 			buffer_info->dma = dma_map_page(&pdev->dev,
	xorl	%eax, %eax	#
	movl	(%ebx), %edx	# buffer_info_6->rxbuf.page, buffer_info_6->rxbuf.page
	xorl	%ecx, %ecx	#
	movl	%eax, 8(%esp)	#,
	movl	$2, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %eax	# adapter_54(D)->rx_buffer_len, adapter_54(D)->rx_buffer_len
	movl	%eax, (%esp)	# adapter_54(D)->rx_buffer_len,
	movl	-24(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4527: 			buffer_info->dma = dma_map_page(&pdev->dev,
	movl	%eax, 4(%ebx)	# prephitmp_4, buffer_info_6->dma
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	cmpl	$-1, %eax	#, prephitmp_4
	jne	.L190	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4532: 				put_page(buffer_info->rxbuf.page);
	movl	(%ebx), %eax	# buffer_info_6->rxbuf.page, _17
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%eax), %edx	# MEM[(const volatile long unsigned int *)_17 + 4B], _86
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testb	$1, %dl	#, _86
	jne	.L209	#,
.L191:
# ./arch/x86/include/asm/atomic.h:123: 	return GEN_UNARY_RMWcc(LOCK_PREFIX "decl", v->counter, e);
#APP
# 123 "./arch/x86/include/asm/atomic.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; decl 28(%eax)	# _94->counter
	/* output condition code e*/

# 0 "" 2
# ./include/linux/mm.h:1181: 	if (folio_put_testzero(folio))
#NO_APP
	je	.L210	#,
.L192:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4533: 				buffer_info->rxbuf.page = NULL;
	movl	$0, (%ebx)	#, buffer_info_6->rxbuf.page
# drivers/net/ethernet/intel/e1000/e1000_main.c:4534: 				buffer_info->dma = 0;
	movl	$0, 4(%ebx)	#, buffer_info_6->dma
.L207:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4535: 				adapter->alloc_rx_buff_failed++;
	movl	-20(%ebp), %eax	# %sfp, adapter
	incl	900(%eax)	# adapter_54(D)->alloc_rx_buff_failed
.L189:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4548: 	if (likely(rx_ring->next_to_use != i)) {
	cmpl	%esi, 16(%edi)	# i, rx_ring_56(D)->next_to_use
	je	.L185	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4549: 		rx_ring->next_to_use = i;
	movl	%esi, 16(%edi)	# i, rx_ring_56(D)->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:4550: 		if (unlikely(i-- == 0))
	leal	-1(%esi), %edx	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4550: 		if (unlikely(i-- == 0))
	testl	%esi, %esi	# i
	je	.L211	#,
.L196:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4558: 		dma_wmb();
# drivers/net/ethernet/intel/e1000/e1000_main.c:4559: 		writel(i, adapter->hw.hw_addr + rx_ring->rdt);
	movl	-20(%ebp), %ecx	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4559: 		writel(i, adapter->hw.hw_addr + rx_ring->rdt);
	movzwl	38(%edi), %eax	# rx_ring_56(D)->rdt, rx_ring_56(D)->rdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:4559: 		writel(i, adapter->hw.hw_addr + rx_ring->rdt);
	movl	936(%ecx), %ebx	# adapter_54(D)->hw.hw_addr,
	addl	%ebx, %eax	#, _42
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# i, MEM[(volatile unsigned int *)_42]
# 0 "" 2
#NO_APP
.L185:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4561: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L208:
# ./include/linux/gfp.h:237: 	return __alloc_pages(gfp_mask, order, nid, NULL);
	movl	$0, (%esp)	#,
	xorl	%ecx, %ecx	#
	xorl	%edx, %edx	#
	movl	$2592, %eax	#,
	call	__alloc_pages	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4519: 			buffer_info->rxbuf.page = alloc_page(GFP_ATOMIC);
	movl	%eax, (%ebx)	# _83, buffer_info_6->rxbuf.page
# drivers/net/ethernet/intel/e1000/e1000_main.c:4520: 			if (unlikely(!buffer_info->rxbuf.page)) {
	testl	%eax, %eax	# _83
	jne	.L188	#,
	jmp	.L207	#
	.p2align 4,,10
	.p2align 3
.L197:
	xorl	%ebx, %ebx	# prephitmp_7
# drivers/net/ethernet/intel/e1000/e1000_main.c:4544: 			i = 0;
	xorl	%esi, %esi	# i
	jmp	.L193	#
	.p2align 4,,10
	.p2align 3
.L210:
# ./include/linux/mm.h:1182: 		__folio_put(folio);
	call	__folio_put	#
	jmp	.L192	#
.L211:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4551: 			i = (rx_ring->count - 1);
	movl	12(%edi), %eax	# rx_ring_56(D)->count, tmp163
	leal	-1(%eax), %edx	#, i
	.p2align 4,,2
	jmp	.L196	#
.L209:
# ./include/linux/page-flags.h:256: 		return head - 1;
	leal	-1(%edx), %eax	#, _17
	.p2align 4,,2
	jmp	.L191	#
	.size	e1000_alloc_jumbo_rx_buffers, .-e1000_alloc_jumbo_rx_buffers
	.p2align 4
	.type	e1000_tx_timeout, @function
e1000_tx_timeout:
	pushl	%ebp	#
# ./include/linux/workqueue.h:515: 	return queue_work_on(WORK_CPU_UNBOUND, wq, work);
	movl	system_wq, %edx	# system_wq,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3498: 	adapter->tx_timeout_count++;
	incl	2064(%eax)	# MEM[(struct e1000_adapter *)netdev_5(D) + 1440B].tx_timeout_count
# drivers/net/ethernet/intel/e1000/e1000_main.c:3494: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3499: 	schedule_work(&adapter->reset_task);
	leal	3336(%eax), %ecx	#, tmp89
# ./include/linux/workqueue.h:515: 	return queue_work_on(WORK_CPU_UNBOUND, wq, work);
	movl	$8, %eax	#,
	call	queue_work_on	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3500: }
	popl	%ebp	#
	ret	
	.size	e1000_tx_timeout, .-e1000_tx_timeout
	.p2align 4
	.type	e1000_clean_rx_ring, @function
e1000_clean_rx_ring:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp168, rx_ring
	pushl	%ebx	#
	xorl	%ebx, %ebx	# i
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2086: {
	movl	%eax, -16(%ebp)	# adapter, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2089: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%eax), %eax	# adapter_30(D)->pdev, pdev
	movl	%eax, -20(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2094: 	for (i = 0; i < rx_ring->count; i++) {
	movl	12(%edx), %eax	# rx_ring_33(D)->count,
	testl	%eax, %eax	#
	jne	.L215	#,
	jmp	.L238	#
	.p2align 4,,10
	.p2align 3
.L230:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2105: 		} else if (adapter->clean_rx == e1000_clean_jumbo_rx_irq) {
	cmpl	$e1000_clean_jumbo_rx_irq, %eax	#, _3
	je	.L297	#,
.L233:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2116: 		buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_40->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:2094: 	for (i = 0; i < rx_ring->count; i++) {
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2094: 	for (i = 0; i < rx_ring->count; i++) {
	cmpl	12(%esi), %ebx	# rx_ring_33(D)->count, i
	jnb	.L238	#,
.L215:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2095: 		buffer_info = &rx_ring->buffer_info[i];
	movl	24(%esi), %eax	# rx_ring_33(D)->buffer_info, rx_ring_33(D)->buffer_info
	leal	(%eax,%ebx,8), %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2096: 		if (adapter->clean_rx == e1000_clean_rx_irq) {
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	652(%eax), %eax	# adapter_30(D)->clean_rx, _3
# drivers/net/ethernet/intel/e1000/e1000_main.c:2096: 		if (adapter->clean_rx == e1000_clean_rx_irq) {
	cmpl	$e1000_clean_rx_irq, %eax	#, _3
	jne	.L230	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2097: 			if (buffer_info->dma)
	movl	4(%edi), %edx	# buffer_info_40->dma, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:2097: 			if (buffer_info->dma)
	testl	%edx, %edx	# _4
	jne	.L298	#,
.L231:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2101: 			if (buffer_info->rxbuf.data) {
	movl	(%edi), %eax	# buffer_info_40->rxbuf.data, _7
# drivers/net/ethernet/intel/e1000/e1000_main.c:2101: 			if (buffer_info->rxbuf.data) {
	testl	%eax, %eax	# _7
	je	.L233	#,
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	call	page_frag_free	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2094: 	for (i = 0; i < rx_ring->count; i++) {
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2103: 				buffer_info->rxbuf.data = NULL;
	movl	$0, (%edi)	#,* buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2116: 		buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_40->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:2094: 	for (i = 0; i < rx_ring->count; i++) {
	cmpl	12(%esi), %ebx	# rx_ring_33(D)->count, i
	jb	.L215	#,
	.p2align 4
	.p2align 3
.L238:
# ./include/linux/skbuff.h:1252: 	kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
	movl	-16(%ebp), %ebx	# %sfp, adapter
# ./include/linux/netdevice.h:3893: 	napi->skb = NULL;
	xorl	%edi, %edi	#
# ./include/linux/skbuff.h:1252: 	kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
	movl	$1, %edx	#,
	movl	796(%ebx), %eax	# MEM[(struct napi_struct *)adapter_30(D) + 664B].skb, MEM[(struct napi_struct *)adapter_30(D) + 664B].skb
	call	kfree_skb_reason	#
# ./include/linux/netdevice.h:3893: 	napi->skb = NULL;
	movl	%edi, 796(%ebx)	#, MEM[(struct napi_struct *)adapter_30(D) + 664B].skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2121: 	rx_ring->rx_skb_top = NULL;
	movl	$0, 28(%esi)	#, rx_ring_33(D)->rx_skb_top
# drivers/net/ethernet/intel/e1000/e1000_main.c:2123: 	size = sizeof(struct e1000_rx_buffer) * rx_ring->count;
	movl	12(%esi), %eax	# rx_ring_33(D)->count, rx_ring_33(D)->count
# drivers/net/ethernet/intel/e1000/e1000_main.c:2124: 	memset(rx_ring->buffer_info, 0, size);
	movl	24(%esi), %edi	# rx_ring_33(D)->buffer_info, rx_ring_33(D)->buffer_info
	leal	0(,%eax,8), %edx	#, size
	cmpl	$8, %edx	#, size
	jnb	.L299	#,
.L216:
	testb	$4, %dl	#, size
	je	.L220	#,
	movl	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
	addl	$4, %edi	#, rx_ring_33(D)->buffer_info
.L220:
	testb	$2, %dl	#, size
	je	.L221	#,
	movw	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
	addl	$2, %edi	#, rx_ring_33(D)->buffer_info
.L221:
	testb	$1, %dl	#, size
	je	.L222	#,
	movb	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
.L222:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2127: 	memset(rx_ring->desc, 0, rx_ring->size);
	movl	8(%esi), %edx	# rx_ring_33(D)->size, rx_ring_33(D)->size
	movl	(%esi), %edi	# rx_ring_33(D)->desc, rx_ring_33(D)->desc
	cmpl	$8, %edx	#, rx_ring_33(D)->size
	jnb	.L300	#,
.L223:
	testb	$4, %dl	#, rx_ring_33(D)->size
	je	.L227	#,
	movl	$0, (%edi)	#,* rx_ring_33(D)->desc
	addl	$4, %edi	#, rx_ring_33(D)->desc
.L227:
	testb	$2, %dl	#, rx_ring_33(D)->size
	je	.L228	#,
	movw	$0, (%edi)	#,* rx_ring_33(D)->desc
	addl	$2, %edi	#, rx_ring_33(D)->desc
.L228:
	testb	$1, %dl	#, rx_ring_33(D)->size
	je	.L229	#,
	movb	$0, (%edi)	#,* rx_ring_33(D)->desc
.L229:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2129: 	rx_ring->next_to_clean = 0;
	movl	$0, 20(%esi)	#, rx_ring_33(D)->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:2132: 	writel(0, hw->hw_addr + rx_ring->rdh);
	movl	-16(%ebp), %ecx	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:2130: 	rx_ring->next_to_use = 0;
	movl	$0, 16(%esi)	#, rx_ring_33(D)->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:2132: 	writel(0, hw->hw_addr + rx_ring->rdh);
	movzwl	36(%esi), %eax	# rx_ring_33(D)->rdh, rx_ring_33(D)->rdh
# drivers/net/ethernet/intel/e1000/e1000_main.c:2132: 	writel(0, hw->hw_addr + rx_ring->rdh);
	movl	936(%ecx), %edx	# MEM[(struct e1000_hw *)adapter_30(D) + 936B].hw_addr,
	addl	%edx, %eax	#, _20
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp147
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp147, MEM[(volatile unsigned int *)_20]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2133: 	writel(0, hw->hw_addr + rx_ring->rdt);
#NO_APP
	movzwl	38(%esi), %eax	# rx_ring_33(D)->rdt, rx_ring_33(D)->rdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:2133: 	writel(0, hw->hw_addr + rx_ring->rdt);
	movl	936(%ecx), %ebx	# MEM[(struct e1000_hw *)adapter_30(D) + 936B].hw_addr,
	addl	%ebx, %eax	#, _24
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp147, MEM[(volatile unsigned int *)_24]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2134: }
#NO_APP
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L297:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2106: 			if (buffer_info->dma)
	movl	4(%edi), %edx	# buffer_info_40->dma, _8
# drivers/net/ethernet/intel/e1000/e1000_main.c:2106: 			if (buffer_info->dma)
	testl	%edx, %edx	# _8
	jne	.L301	#,
.L235:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2110: 			if (buffer_info->rxbuf.page) {
	movl	(%edi), %eax	# buffer_info_40->rxbuf.page, _11
# drivers/net/ethernet/intel/e1000/e1000_main.c:2110: 			if (buffer_info->rxbuf.page) {
	testl	%eax, %eax	# _11
	je	.L233	#,
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%eax), %edx	# MEM[(const volatile long unsigned int *)_11 + 4B], _54
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testb	$1, %dl	#, _54
	jne	.L302	#,
.L236:
# ./arch/x86/include/asm/atomic.h:123: 	return GEN_UNARY_RMWcc(LOCK_PREFIX "decl", v->counter, e);
#APP
# 123 "./arch/x86/include/asm/atomic.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; decl 28(%eax)	# _62->counter
	/* output condition code e*/

# 0 "" 2
# ./include/linux/mm.h:1181: 	if (folio_put_testzero(folio))
#NO_APP
	je	.L303	#,
.L237:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2112: 				buffer_info->rxbuf.page = NULL;
	movl	$0, (%edi)	#,* buffer_info
	jmp	.L233	#
	.p2align 4,,10
	.p2align 3
.L298:
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %ecx	# adapter_30(D)->rx_buffer_len, adapter_30(D)->rx_buffer_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2098: 				dma_unmap_single(&pdev->dev, buffer_info->dma,
	movl	-20(%ebp), %eax	# %sfp, pdev
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	$0, 4(%esp)	#,
	movl	$2, (%esp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2098: 				dma_unmap_single(&pdev->dev, buffer_info->dma,
	addl	$132, %eax	#, tmp154
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	call	dma_unmap_page_attrs	#
	jmp	.L231	#
	.p2align 4,,10
	.p2align 3
.L301:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2107: 				dma_unmap_page(&pdev->dev, buffer_info->dma,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %ecx	# adapter_30(D)->rx_buffer_len, adapter_30(D)->rx_buffer_len
	movl	-20(%ebp), %eax	# %sfp, pdev
	movl	$0, 4(%esp)	#,
	movl	$2, (%esp)	#,
	addl	$132, %eax	#, tmp156
	call	dma_unmap_page_attrs	#
	jmp	.L235	#
	.p2align 4,,10
	.p2align 3
.L299:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2124: 	memset(rx_ring->buffer_info, 0, size);
	testl	$1, %edi	#, rx_ring_33(D)->buffer_info
	jne	.L304	#,
.L217:
	testl	$2, %edi	#, rx_ring_33(D)->buffer_info
	jne	.L305	#,
.L218:
	testl	$4, %edi	#, rx_ring_33(D)->buffer_info
	jne	.L306	#,
.L219:
	movl	%edx, %ecx	# size, tmp129
	xorl	%eax, %eax	# tmp125
	shrl	$2, %ecx	#, tmp129
	andl	$3, %edx	#, size
	rep stosl
	jmp	.L216	#
	.p2align 4,,10
	.p2align 3
.L300:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2127: 	memset(rx_ring->desc, 0, rx_ring->size);
	testl	$1, %edi	#, rx_ring_33(D)->desc
	jne	.L307	#,
.L224:
	testl	$2, %edi	#, rx_ring_33(D)->desc
	jne	.L308	#,
.L225:
	testl	$4, %edi	#, rx_ring_33(D)->desc
	jne	.L309	#,
.L226:
	movl	%edx, %ecx	# rx_ring_33(D)->size, tmp141
	xorl	%eax, %eax	# tmp137
	shrl	$2, %ecx	#, tmp141
	andl	$3, %edx	#, rx_ring_33(D)->size
	rep stosl
	jmp	.L223	#
	.p2align 4,,10
	.p2align 3
.L303:
# ./include/linux/mm.h:1182: 		__folio_put(folio);
	call	__folio_put	#
	jmp	.L237	#
.L302:
# ./include/linux/page-flags.h:256: 		return head - 1;
	leal	-1(%edx), %eax	#, _11
	.p2align 4,,5
	jmp	.L236	#
.L309:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2127: 	memset(rx_ring->desc, 0, rx_ring->size);
	movl	$0, (%edi)	#,* rx_ring_33(D)->desc
	subl	$4, %edx	#, rx_ring_33(D)->size
	addl	$4, %edi	#, rx_ring_33(D)->desc
	jmp	.L226	#
.L304:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2124: 	memset(rx_ring->buffer_info, 0, size);
	movb	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
	decl	%edx	# size
	incl	%edi	# rx_ring_33(D)->buffer_info
	jmp	.L217	#
.L305:
	movw	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
	subl	$2, %edx	#, size
	addl	$2, %edi	#, rx_ring_33(D)->buffer_info
	jmp	.L218	#
.L306:
	movl	$0, (%edi)	#,* rx_ring_33(D)->buffer_info
	subl	$4, %edx	#, size
	addl	$4, %edi	#, rx_ring_33(D)->buffer_info
	jmp	.L219	#
.L307:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2127: 	memset(rx_ring->desc, 0, rx_ring->size);
	movb	$0, (%edi)	#,* rx_ring_33(D)->desc
	decl	%edx	# rx_ring_33(D)->size
	incl	%edi	# rx_ring_33(D)->desc
	jmp	.L224	#
.L308:
	movw	$0, (%edi)	#,* rx_ring_33(D)->desc
	subl	$2, %edx	#, rx_ring_33(D)->size
	addl	$2, %edi	#, rx_ring_33(D)->desc
	jmp	.L225	#
	.size	e1000_clean_rx_ring, .-e1000_clean_rx_ring
	.p2align 4
	.type	e1000_enter_82542_rst, @function
e1000_enter_82542_rst:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2152: {
	movl	%eax, %ebx	# tmp118, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:2154: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %esi	# adapter_8(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4865: 	pci_clear_mwi(adapter->pdev);
	movl	964(%eax), %eax	# MEM[(struct e1000_hw *)adapter_8(D) + 936B].back, MEM[(struct e1000_hw *)adapter_8(D) + 936B].back
	movl	932(%eax), %eax	# adapter_26->pdev, adapter_26->pdev
	call	pci_clear_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2159: 	rctl = er32(RCTL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_8(D) + 936B].hw_addr, tmp120
	addl	$256, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2161: 	ew32(RCTL, rctl);
#NO_APP
	movl	936(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_8(D) + 936B].hw_addr, tmp121
# drivers/net/ethernet/intel/e1000/e1000_main.c:2160: 	rctl |= E1000_RCTL_RST;
	orl	$1, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%ecx)	# rctl, MEM[(volatile unsigned int *)_4]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2162: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_8(D) + 936B].hw_addr, tmp122
	addl	$8, %eax	#, _6
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2163: 	mdelay(5);
#NO_APP
	movl	$21475000, %eax	#,
	call	__const_udelay	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_10 + 36B], _21
# drivers/net/ethernet/intel/e1000/e1000_main.c:2165: 	if (netif_running(netdev))
	testb	$1, %al	#, _21
	jne	.L318	#,
.L310:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2167: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L318:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	880(%ebx), %eax	# adapter_8(D)->num_rx_queues,
	testl	%eax, %eax	#
	jle	.L310	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	xorl	%esi, %esi	# i
	.p2align 4
	.p2align 3
.L312:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2145: 		e1000_clean_rx_ring(adapter, &adapter->rx_ring[i]);
	movl	660(%ebx), %eax	# adapter_8(D)->rx_ring, adapter_8(D)->rx_ring
	leal	(%esi,%esi,4), %edx	#, tmp114
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2145: 		e1000_clean_rx_ring(adapter, &adapter->rx_ring[i]);
	leal	(%eax,%edx,8), %edx	#, tmp116
	movl	%ebx, %eax	# adapter,
	call	e1000_clean_rx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	cmpl	880(%ebx), %esi	# adapter_8(D)->num_rx_queues, i
	jl	.L312	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2167: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000_enter_82542_rst, .-e1000_enter_82542_rst
	.p2align 4
	.type	e1000_remove, @function
e1000_remove:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp114, pdev
	pushl	%esi	#
	pushl	%ebx	#
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	196(%eax), %esi	# MEM[(const struct device *)pdev_14(D) + 132B].driver_data, _30
# drivers/net/ethernet/intel/e1000/e1000_main.c:1262: 	struct e1000_hw *hw = &adapter->hw;
	leal	1440(%esi), %eax	#, tmp102
# drivers/net/ethernet/intel/e1000/e1000_main.c:1265: 	e1000_down_and_stop(adapter);
	call	e1000_down_and_stop	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:347: 	if (adapter->en_mng_pt) {
	movl	1972(%esi), %eax	# MEM[(struct e1000_adapter *)_30 + 1440B].en_mng_pt,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1262: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%esi), %ebx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:347: 	if (adapter->en_mng_pt) {
	testl	%eax, %eax	#
	je	.L320	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:348: 		u32 manc = er32(MANC);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)_30 + 2376B].hw_addr, tmp116
	addl	$22560, %eax	#, _35
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_35], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:351: 		manc |= E1000_MANC_ARP_EN;
#NO_APP
	orl	$8192, %eax	#, manc
# drivers/net/ethernet/intel/e1000/e1000_main.c:353: 		ew32(MANC, manc);
	movl	2376(%esi), %ecx	# MEM[(struct e1000_hw *)_30 + 2376B].hw_addr, tmp117
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%ecx)	# manc, MEM[(volatile unsigned int *)_39]
# 0 "" 2
#NO_APP
.L320:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1268: 	unregister_netdev(netdev);
	movl	%esi, %eax	# _30,
	call	unregister_netdev	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1270: 	e1000_phy_hw_reset(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_hw_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1272: 	kfree(adapter->tx_ring);
	movl	2016(%esi), %eax	# MEM[(struct e1000_adapter *)_30 + 1440B].tx_ring, MEM[(struct e1000_adapter *)_30 + 1440B].tx_ring
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1273: 	kfree(adapter->rx_ring);
	movl	2100(%esi), %eax	# MEM[(struct e1000_adapter *)_30 + 1440B].rx_ring, MEM[(struct e1000_adapter *)_30 + 1440B].rx_ring
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1275: 	if (hw->mac_type == e1000_ce4100)
	cmpl	$9, 2388(%esi)	#, MEM[(struct e1000_hw *)_30 + 2376B].mac_type
	je	.L328	#,
.L321:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1277: 	iounmap(hw->hw_addr);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)_30 + 2376B].hw_addr, MEM[(struct e1000_hw *)_30 + 2376B].hw_addr
	call	iounmap	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1278: 	if (hw->flash_address)
	movl	2380(%esi), %eax	# MEM[(struct e1000_hw *)_30 + 2376B].flash_address, _6
# drivers/net/ethernet/intel/e1000/e1000_main.c:1278: 	if (hw->flash_address)
	testl	%eax, %eax	# _6
	je	.L322	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1279: 		iounmap(hw->flash_address);
	call	iounmap	#
.L322:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1280: 	pci_release_selected_regions(pdev, adapter->bars);
	movl	3324(%esi), %edx	# MEM[(struct e1000_adapter *)_30 + 1440B].bars, MEM[(struct e1000_adapter *)_30 + 1440B].bars
	movl	%edi, %eax	# pdev,
	call	pci_release_selected_regions	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $3, 3316(%esi)	#, MEM[(volatile long unsigned int *)_8]
	/* output condition code c*/

# 0 "" 2
#NO_APP
	setc	%bl	#, c
# drivers/net/ethernet/intel/e1000/e1000_main.c:1283: 	free_netdev(netdev);
	movl	%esi, %eax	# _30,
	call	free_netdev	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1285: 	if (disable_dev)
	testb	%bl, %bl	# c
	je	.L329	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1287: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L329:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1286: 		pci_disable_device(pdev);
	movl	%edi, %eax	# pdev,
	call	pci_disable_device	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1287: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L328:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1276: 		iounmap(hw->ce4100_gbe_mdio_base_virt);
	movl	2384(%esi), %eax	# MEM[(struct e1000_hw *)_30 + 2376B].ce4100_gbe_mdio_base_virt, MEM[(struct e1000_hw *)_30 + 2376B].ce4100_gbe_mdio_base_virt
	call	iounmap	#
	jmp	.L321	#
	.size	e1000_remove, .-e1000_remove
	.p2align 4
	.type	e1000_maybe_stop_tx, @function
e1000_maybe_stop_tx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp115, netdev
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3090: 	if (likely(E1000_DESC_UNUSED(tx_ring) >= size))
	movl	20(%edx), %eax	# MEM[(const volatile unsigned int *)tx_ring_10(D) + 20B], _12
	movl	16(%edx), %esi	# MEM[(const volatile unsigned int *)tx_ring_10(D) + 16B], _14
	xorl	%edi, %edi	# iftmp.212_7
	cmpl	%eax, %esi	# _12, _14
	jb	.L331	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3090: 	if (likely(E1000_DESC_UNUSED(tx_ring) >= size))
	movl	12(%edx), %edi	# tx_ring_10(D)->count, iftmp.212_7
.L331:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3090: 	if (likely(E1000_DESC_UNUSED(tx_ring) >= size))
	decl	%eax	# tmp107
	subl	%esi, %eax	# _14, tmp108
	addl	%edi, %eax	# iftmp.212_7, tmp109
# drivers/net/ethernet/intel/e1000/e1000_main.c:3090: 	if (likely(E1000_DESC_UNUSED(tx_ring) >= size))
	cmpl	%ecx, %eax	# size, tmp109
	jb	.L332	#,
.L335:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3091: 		return 0;
	xorl	%eax, %eax	# <retval>
.L330:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3093: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L332:
	movl	576(%ebx), %eax	# MEM[(struct netdev_queue * *)netdev_18(D) + 576B], _38
# ./include/linux/netdevice.h:3312: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	jiffies, %esi	# jiffies, jiffies.173_40
# drivers/net/ethernet/intel/e1000/e1000_main.c:3066: 	struct e1000_tx_ring *tx_ring = adapter->tx_ring;
	movl	2016(%ebx), %edx	# MEM[(struct e1000_adapter *)netdev_18(D) + 1440B].tx_ring, tx_ring
# ./include/linux/netdevice.h:3312: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	%esi, 72(%eax)	# jiffies.173_40, MEM[(volatile long unsigned int *)_38 + 72B]
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,76(%eax)	#, MEM[(volatile char *)_41]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3073: 	smp_mb();
# 3073 "drivers/net/ethernet/intel/e1000/e1000_main.c" 1
	lock; addl $0,-4(%esp)
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3078: 	if (likely(E1000_DESC_UNUSED(tx_ring) < size))
#NO_APP
	movl	20(%edx), %eax	# MEM[(const volatile unsigned int *)tx_ring_21 + 20B], _22
	movl	16(%edx), %esi	# MEM[(const volatile unsigned int *)tx_ring_21 + 16B], _23
	xorl	%edi, %edi	# iftmp.214_24
	cmpl	%eax, %esi	# _22, _23
	jb	.L334	#,
	movl	12(%edx), %edi	# tx_ring_21->count, iftmp.214_24
.L334:
	decl	%eax	# tmp110
	subl	%esi, %eax	# _23, tmp111
	leal	(%eax,%edi), %edx	#, tmp112
# drivers/net/ethernet/intel/e1000/e1000_main.c:3079: 		return -EBUSY;
	movl	$-16, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:3078: 	if (likely(E1000_DESC_UNUSED(tx_ring) < size))
	cmpl	%ecx, %edx	# size, tmp112
	jb	.L330	#,
# ./include/linux/netdevice.h:3261: 	clear_bit(__QUEUE_STATE_DRV_XOFF, &dev_queue->state);
	movl	576(%ebx), %eax	# MEM[(const struct net_device *)netdev_18(D)]._tx, tmp119
	addl	$76, %eax	#, _34
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-2,(%eax)	#, MEM[(volatile char *)_34]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3083: 	++adapter->restart_queue;
#NO_APP
	incl	2020(%ebx)	# MEM[(struct e1000_adapter *)netdev_18(D) + 1440B].restart_queue
# drivers/net/ethernet/intel/e1000/e1000_main.c:3084: 	return 0;
	jmp	.L335	#
	.size	e1000_maybe_stop_tx, .-e1000_maybe_stop_tx
	.p2align 4
	.type	e1000_clean_rx_irq, @function
e1000_clean_rx_irq:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp261, adapter
	subl	$72, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4359: {
	movl	%edx, %eax	# tmp262, rx_ring
	movl	%ecx, -64(%ebp)	# tmp263, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4360: 	struct net_device *netdev = adapter->netdev;
	movl	928(%ebx), %esi	# adapter_97(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4370: 	i = rx_ring->next_to_clean;
	movl	%eax, %ecx	# rx_ring, rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:4359: {
	movl	%edx, -40(%ebp)	# rx_ring, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4371: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	movl	(%ecx), %edi	# rx_ring_106(D)->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4368: 	unsigned int total_rx_bytes = 0, total_rx_packets = 0;
	movl	$0, -72(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4361: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%ebx), %edx	# adapter_97(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4368: 	unsigned int total_rx_bytes = 0, total_rx_packets = 0;
	movl	$0, -52(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4360: 	struct net_device *netdev = adapter->netdev;
	movl	%esi, -68(%ebp)	# netdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4370: 	i = rx_ring->next_to_clean;
	movl	20(%eax), %esi	# rx_ring_106(D)->next_to_clean, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4367: 	bool cleaned = false;
	movb	$0, -26(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4370: 	i = rx_ring->next_to_clean;
	movl	%esi, -32(%ebp)	# i, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4371: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	movl	%esi, %eax	# i, tmp188
	sall	$4, %eax	#, tmp188
# drivers/net/ethernet/intel/e1000/e1000_main.c:4371: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	addl	%edi, %eax	#, tmp188
	movl	%eax, -16(%ebp)	# rx_desc, %sfp
	movl	%eax, %edi	# tmp188, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4372: 	buffer_info = &rx_ring->buffer_info[i];
	movl	24(%ecx), %eax	# rx_ring_106(D)->buffer_info, rx_ring_106(D)->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4374: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	testb	$1, 12(%edi)	#, rx_desc_108->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4372: 	buffer_info = &rx_ring->buffer_info[i];
	leal	(%eax,%esi,8), %eax	#, buffer_info
	movl	%eax, -24(%ebp)	# buffer_info, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4374: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	je	.L342	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4366: 	int cleaned_count = 0;
	movl	$0, -44(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4379: 		if (*work_done >= work_to_do)
	movl	-64(%ebp), %ecx	# %sfp, work_done
# drivers/net/ethernet/intel/e1000/e1000_main.c:4400: 			dma_unmap_single(&pdev->dev, buffer_info->dma,
	leal	132(%edx), %eax	#, tmp259
	movl	%eax, -76(%ebp)	# tmp259, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4118: 	struct sk_buff *skb = napi_alloc_skb(&adapter->napi, bufsz);
	leal	664(%ebx), %eax	#, tmp260
	movl	%eax, -56(%ebp)	# tmp260, %sfp
	movl	%ebx, -20(%ebp)	# adapter, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4379: 		if (*work_done >= work_to_do)
	movl	(%ecx), %eax	# *work_done_112(D), _5
# drivers/net/ethernet/intel/e1000/e1000_main.c:4379: 		if (*work_done >= work_to_do)
	cmpl	8(%ebp), %eax	# work_to_do, _5
	jge	.L391	#,
	.p2align 4
	.p2align 3
.L400:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4381: 		(*work_done)++;
	incl	%eax	# tmp194
	movl	%eax, (%ecx)	# tmp194, *work_done_112(D)
# drivers/net/ethernet/intel/e1000/e1000_main.c:4382: 		dma_rmb(); /* read descriptor and rx_buffer_info after status DD */
# drivers/net/ethernet/intel/e1000/e1000_main.c:4384: 		status = rx_desc->status;
	movl	-16(%ebp), %ebx	# %sfp, rx_desc
	movzbl	12(%ebx), %eax	# rx_desc_180->status, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4385: 		length = le16_to_cpu(rx_desc->length);
	movzwl	8(%ebx), %edi	# rx_desc_180->length, length
# drivers/net/ethernet/intel/e1000/e1000_main.c:4384: 		status = rx_desc->status;
	movb	%al, -25(%ebp)	# status, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4387: 		data = buffer_info->rxbuf.data;
	movl	-24(%ebp), %eax	# %sfp, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4385: 		length = le16_to_cpu(rx_desc->length);
	movl	%edi, -36(%ebp)	# length, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4387: 		data = buffer_info->rxbuf.data;
	movl	(%eax), %esi	# buffer_info_181->rxbuf.data, data
	movl	%esi, -60(%ebp)	# data, %sfp
# ./arch/x86/include/asm/processor.h:729: 	alternative_input(BASE_PREFETCH, "prefetchnta %P1",
#APP
# 729 "./arch/x86/include/asm/processor.h" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 0*32+25)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	prefetchnta (%esi)	# MEM[(const char *)data_118]
6651:
.popsection

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4334: 	if (length > copybreak)
#NO_APP
	cmpl	%edi, copybreak	# length, copybreak
	jb	.L343	#,
# ./include/linux/skbuff.h:3326: 	return __napi_alloc_skb(napi, length, GFP_ATOMIC);
	movl	-56(%ebp), %eax	# %sfp,
	movl	$2592, %ecx	#,
	movl	%edi, %edx	# length,
	call	__napi_alloc_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4120: 	if (unlikely(!skb))
	testl	%eax, %eax	# skb
# ./include/linux/skbuff.h:3326: 	return __napi_alloc_skb(napi, length, GFP_ATOMIC);
	movl	%eax, %ebx	# tmp264, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4120: 	if (unlikely(!skb))
	je	.L344	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4341: 	dma_sync_single_for_cpu(&adapter->pdev->dev, buffer_info->dma,
	movl	-24(%ebp), %eax	# %sfp, buffer_info
	movl	%edi, %ecx	# length,
	movl	4(%eax), %edx	# buffer_info_181->dma, buffer_info_181->dma
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	932(%eax), %eax	# adapter_97(D)->pdev, adapter_97(D)->pdev
	movl	%eax, -48(%ebp)	# adapter_97(D)->pdev, %sfp
	addl	$132, %eax	#, tmp197
	movl	$2, (%esp)	#,
	call	dma_sync_single_for_cpu	#
# ./include/linux/skbuff.h:2631: 	void *tmp = skb_put(skb, len);
	movl	%edi, %edx	# length,
	movl	%ebx, %eax	# skb,
	call	skb_put	#
# ./include/linux/skbuff.h:2633: 	memcpy(tmp, data, len);
	movl	%edi, %edx	# length, length
	movl	%edi, %ecx	# length, length
	cmpl	$8, %edx	#, length
	movl	%eax, %edi	# tmp, tmp
	jnb	.L393	#,
.L345:
	rep movsb
.L349:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4407: 		if (++i == rx_ring->count)
	incl	-32(%ebp)	# %sfp
	movl	-40(%ebp), %esi	# %sfp, rx_ring
	movl	-32(%ebp), %eax	# %sfp, i
	cmpl	%eax, 12(%esi)	# i, rx_ring_106(D)->count
	je	.L370	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4410: 		next_rxd = E1000_RX_DESC(*rx_ring, i);
	movl	%eax, %esi	# i, _203
	sall	$4, %esi	#, _203
# drivers/net/ethernet/intel/e1000/e1000_main.c:4413: 		next_buffer = &rx_ring->buffer_info[i];
	sall	$3, %eax	#, _53
.L351:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4410: 		next_rxd = E1000_RX_DESC(*rx_ring, i);
	movl	-40(%ebp), %edx	# %sfp, rx_ring
	movl	(%edx), %ecx	# rx_ring_106(D)->desc,
	addl	%ecx, %esi	#, next_rxd
# ./arch/x86/include/asm/processor.h:729: 	alternative_input(BASE_PREFETCH, "prefetchnta %P1",
#APP
# 729 "./arch/x86/include/asm/processor.h" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 0*32+25)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	prefetchnta (%esi)	# MEM[(const char *)next_rxd_132]
6651:
.popsection

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4413: 		next_buffer = &rx_ring->buffer_info[i];
#NO_APP
	movl	24(%edx), %edi	# rx_ring_106(D)->buffer_info,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4416: 		cleaned_count++;
	incl	-44(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4413: 		next_buffer = &rx_ring->buffer_info[i];
	addl	%edi, %eax	#, _53
	movl	%eax, -48(%ebp)	# _53, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4424: 		if (unlikely(!(status & E1000_RXD_STAT_EOP)))
	movzbl	-25(%ebp), %eax	# %sfp, tmp218
	andb	$2, %al	#, tmp218
# drivers/net/ethernet/intel/e1000/e1000_main.c:4425: 			adapter->discarding = true;
	movl	-20(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4424: 		if (unlikely(!(status & E1000_RXD_STAT_EOP)))
	je	.L394	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4427: 		if (adapter->discarding) {
	cmpb	$0, 1892(%eax)	#, adapter_97(D)->discarding
	jne	.L395	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4436: 		if (unlikely(rx_desc->errors & E1000_RXD_ERR_FRAME_ERR_MASK)) {
	movl	-16(%ebp), %eax	# %sfp, rx_desc
	movzbl	13(%eax), %ecx	# rx_desc_180->errors,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4436: 		if (unlikely(rx_desc->errors & E1000_RXD_ERR_FRAME_ERR_MASK)) {
	testb	$-105, %cl	#, _27
	jne	.L396	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4453: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	movl	-68(%ebp), %eax	# %sfp, netdev
	movzbl	-25(%ebp), %edi	# %sfp, status
	movl	140(%eax), %eax	# netdev_98->features, pretmp_119
.L357:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4450: 		total_rx_bytes += (length - 4); /* don't count FCS */
	movl	-52(%ebp), %edx	# %sfp, total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4453: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	andl	$2048, %eax	#, tmp276
# drivers/net/ethernet/intel/e1000/e1000_main.c:4450: 		total_rx_bytes += (length - 4); /* don't count FCS */
	movl	-36(%ebp), %ecx	# %sfp, length
# drivers/net/ethernet/intel/e1000/e1000_main.c:4451: 		total_rx_packets++;
	incl	-72(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4453: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	orl	$0, %eax	#, tmp225
# drivers/net/ethernet/intel/e1000/e1000_main.c:4450: 		total_rx_bytes += (length - 4); /* don't count FCS */
	leal	-4(%edx,%ecx), %edx	#, total_rx_bytes
	movl	%edx, -52(%ebp)	# total_rx_bytes, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4453: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	jne	.L359	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4457: 			length -= 4;
	subl	$4, %ecx	#, length
	movl	%ecx, -36(%ebp)	# length, %sfp
.L359:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4459: 		if (buffer_info->rxbuf.data == NULL)
	movl	-24(%ebp), %eax	# %sfp, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4460: 			skb_put(skb, length);
	movl	-36(%ebp), %edx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4459: 		if (buffer_info->rxbuf.data == NULL)
	movl	(%eax), %eax	# buffer_info_181->rxbuf.data,
	testl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4460: 			skb_put(skb, length);
	movl	%ebx, %eax	# skb,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4459: 		if (buffer_info->rxbuf.data == NULL)
	je	.L397	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4462: 			skb_trim(skb, length);
	call	skb_trim	#
.L361:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4467: 				  ((u32)(rx_desc->errors) << 24),
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	movl	-20(%ebp), %ecx	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4467: 				  ((u32)(rx_desc->errors) << 24),
	movzbl	13(%eax), %eax	# rx_desc_180->errors, rx_desc_180->errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:4467: 				  ((u32)(rx_desc->errors) << 24),
	sall	$24, %eax	#, tmp227
# drivers/net/ethernet/intel/e1000/e1000_main.c:4465: 		e1000_rx_checksum(adapter,
	orl	%eax, %edi	# tmp227, _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:3946: 	u8 errors = (u8)(status_err >> 24);
	shrl	$24, %eax	#, _193
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	cmpl	$2, 948(%ecx)	#, MEM[(struct e1000_hw *)adapter_97(D) + 936B].mac_type
	jbe	.L362	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3954: 	if (unlikely(status & E1000_RXD_STAT_IXSM))
	testl	$4, %edi	#, _51
	jne	.L362	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3957: 	if (unlikely(errors & E1000_RXD_ERR_TCPE)) {
	testb	$32, %al	#, _193
	jne	.L398	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3963: 	if (!(status & E1000_RXD_STAT_TCPCS))
	andl	$32, %edi	#, _51
	je	.L362	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3969: 		skb->ip_summed = CHECKSUM_UNNECESSARY;
	movzbl	100(%ebx), %eax	# skb_85->D.49725.D.49655.ip_summed, tmp235
	andb	$-97, %al	#, tmp235
	orb	$32, %al	#, tmp236
	movb	%al, 100(%ebx)	# tmp236, skb_85->D.49725.D.49655.ip_summed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3971: 	adapter->hw_csum_good++;
	movl	-20(%ebp), %eax	# %sfp, adapter
	addl	$1, 892(%eax)	#, adapter_97(D)->hw_csum_good
	adcl	$0, 896(%eax)	#, adapter_97(D)->hw_csum_good
.L362:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4470: 		e1000_receive_skb(adapter, status, rx_desc->special, skb);
	movl	-16(%ebp), %eax	# %sfp, rx_desc
	movzwl	14(%eax), %edi	# rx_desc_180->special, _52
# drivers/net/ethernet/intel/e1000/e1000_main.c:3999: 	skb->protocol = eth_type_trans(skb, adapter->netdev);
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	928(%eax), %edx	# adapter_97(D)->netdev, adapter_97(D)->netdev
	movl	%ebx, %eax	# skb,
	call	eth_type_trans	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3999: 	skb->protocol = eth_type_trans(skb, adapter->netdev);
	movw	%ax, 152(%ebx)	# tmp268, skb_85->D.49725.D.49655.protocol
# drivers/net/ethernet/intel/e1000/e1000_main.c:4001: 	if (status & E1000_RXD_STAT_VP) {
	movzbl	-25(%ebp), %eax	# %sfp, status
	andb	$8, %al	#, status
	je	.L364	#,
# ./include/linux/if_vlan.h:533: 	skb->vlan_present = 1;
	orb	$1, 102(%ebx)	#, skb_85->D.49725.D.49655.vlan_present
# drivers/net/ethernet/intel/e1000/e1000_main.c:4002: 		u16 vid = le16_to_cpu(vlan) & E1000_RXD_SPC_VLAN_MASK;
	andl	$4095, %edi	#, tmp241
# ./include/linux/if_vlan.h:531: 	skb->vlan_proto = vlan_proto;
	movw	$129, 124(%ebx)	#, skb_85->D.49725.D.49655.vlan_proto
# ./include/linux/if_vlan.h:532: 	skb->vlan_tci = vlan_tci;
	movw	%di, 126(%ebx)	# tmp241, skb_85->D.49725.D.49655.vlan_tci
.L364:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4006: 	napi_gro_receive(&adapter->napi, skb);
	movl	-56(%ebp), %eax	# %sfp,
	movl	%ebx, %edx	# skb,
	call	napi_gro_receive	#
.L358:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4473: 		rx_desc->status = 0;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4476: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	cmpl	$16, -44(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4473: 		rx_desc->status = 0;
	movb	$0, 12(%eax)	#, rx_desc_180->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4476: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	je	.L399	#,
.L365:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4374: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	testb	$1, 12(%esi)	#, next_rxd_132->status
	movb	$1, -26(%ebp)	#, %sfp
	je	.L391	#,
	movl	%esi, -16(%ebp)	# next_rxd, %sfp
	movl	-48(%ebp), %eax	# %sfp, next_buffer
# drivers/net/ethernet/intel/e1000/e1000_main.c:4379: 		if (*work_done >= work_to_do)
	movl	-64(%ebp), %ecx	# %sfp, work_done
	movl	%eax, -24(%ebp)	# next_buffer, %sfp
	movl	(%ecx), %eax	# *work_done_112(D), _5
# drivers/net/ethernet/intel/e1000/e1000_main.c:4379: 		if (*work_done >= work_to_do)
	cmpl	8(%ebp), %eax	# work_to_do, _5
	jl	.L400	#,
.L391:
	movl	-20(%ebp), %ebx	# %sfp, adapter
.L342:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4485: 	rx_ring->next_to_clean = i;
	movl	-40(%ebp), %edi	# %sfp, rx_ring
	movl	-32(%ebp), %eax	# %sfp, i
	movl	%eax, 20(%edi)	# i, rx_ring_106(D)->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:4487: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	movl	20(%edi), %ecx	# MEM[(const volatile unsigned int *)rx_ring_106(D) + 20B], _151
	movl	16(%edi), %edx	# MEM[(const volatile unsigned int *)rx_ring_106(D) + 16B], _153
	xorl	%eax, %eax	# iftmp.50_86
	cmpl	%ecx, %edx	# _151, _153
	jb	.L367	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4487: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	movl	12(%edi), %eax	# rx_ring_106(D)->count, iftmp.50_86
.L367:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4487: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	decl	%ecx	# tmp250
	subl	%edx, %ecx	# _153, tmp251
# drivers/net/ethernet/intel/e1000/e1000_main.c:4488: 	if (cleaned_count)
	addl	%eax, %ecx	# iftmp.50_86, cleaned_count
	je	.L368	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4489: 		adapter->alloc_rx_buf(adapter, rx_ring, cleaned_count);
	movl	656(%ebx), %esi	# adapter_97(D)->alloc_rx_buf, adapter_97(D)->alloc_rx_buf
	movl	%ebx, %eax	# adapter,
	movl	-40(%ebp), %edx	# %sfp,
	call	__x86_indirect_thunk_esi
.L368:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4491: 	adapter->total_rx_packets += total_rx_packets;
	movl	-72(%ebp), %eax	# %sfp, total_rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4492: 	adapter->total_rx_bytes += total_rx_bytes;
	movl	-52(%ebp), %ecx	# %sfp, total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4491: 	adapter->total_rx_packets += total_rx_packets;
	addl	%eax, 556(%ebx)	# total_rx_packets, adapter_97(D)->total_rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4492: 	adapter->total_rx_bytes += total_rx_bytes;
	addl	%ecx, 552(%ebx)	# total_rx_bytes, adapter_97(D)->total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4493: 	netdev->stats.rx_bytes += total_rx_bytes;
	movl	-68(%ebp), %ebx	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4494: 	netdev->stats.rx_packets += total_rx_packets;
	addl	%eax, 208(%ebx)	# total_rx_packets, netdev_98->stats.D.57903.rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4493: 	netdev->stats.rx_bytes += total_rx_bytes;
	addl	%ecx, 216(%ebx)	# total_rx_bytes, netdev_98->stats.D.57911.rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4496: }
	movzbl	-26(%ebp), %eax	# %sfp,
	addl	$72, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L393:
# ./include/linux/skbuff.h:2633: 	memcpy(tmp, data, len);
	testb	$1, %al	#, tmp
	jne	.L401	#,
.L346:
	testl	$2, %edi	#, tmp
	jne	.L402	#,
.L347:
	testl	$4, %edi	#, tmp
	je	.L345	#,
	movl	(%esi), %eax	#* data, tmp207
	addl	$4, %edi	#, tmp
	addl	$4, %esi	#, data
	subl	$4, %ecx	#, length
	movl	%eax, -4(%edi)	# tmp207,
	jmp	.L345	#
	.p2align 4,,10
	.p2align 3
.L370:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4408: 			i = 0;
	movl	$0, -32(%ebp)	#, %sfp
	xorl	%eax, %eax	# _53
	xorl	%esi, %esi	# _203
	jmp	.L351	#
	.p2align 4,,10
	.p2align 3
.L397:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4460: 			skb_put(skb, length);
	call	skb_put	#
	jmp	.L361	#
	.p2align 4,,10
	.p2align 3
.L395:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4430: 			dev_kfree_skb(skb);
	movl	%ebx, %eax	# skb,
	call	consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4432: 				adapter->discarding = false;
	movl	-20(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4476: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	cmpl	$16, -44(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4432: 				adapter->discarding = false;
	movb	$0, 1892(%eax)	#, adapter_97(D)->discarding
# drivers/net/ethernet/intel/e1000/e1000_main.c:4473: 		rx_desc->status = 0;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
	movb	$0, 12(%eax)	#, rx_desc_180->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4476: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	jne	.L365	#,
	.p2align 4
	.p2align 3
.L399:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4477: 			adapter->alloc_rx_buf(adapter, rx_ring, cleaned_count);
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	$16, %ecx	#,
	movl	-40(%ebp), %edx	# %sfp,
	movl	656(%eax), %ebx	# adapter_97(D)->alloc_rx_buf, adapter_97(D)->alloc_rx_buf
	call	__x86_indirect_thunk_ebx
# drivers/net/ethernet/intel/e1000/e1000_main.c:4478: 			cleaned_count = 0;
	movl	$0, -44(%ebp)	#, %sfp
	jmp	.L365	#
	.p2align 4,,10
	.p2align 3
.L344:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4121: 		adapter->alloc_rx_buff_failed++;
	movl	-20(%ebp), %eax	# %sfp, adapter
	incl	900(%eax)	# adapter_97(D)->alloc_rx_buff_failed
	.p2align 4
	.p2align 3
.L343:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %eax	# MEM[(const struct e1000_adapter *)adapter_97(D)].rx_buffer_len, MEM[(const struct e1000_adapter *)adapter_97(D)].rx_buffer_len
	movl	%eax, -48(%ebp)	# MEM[(const struct e1000_adapter *)adapter_97(D)].rx_buffer_len, %sfp
	leal	63(%eax), %edx	#, tmp208
# drivers/net/ethernet/intel/e1000/e1000_main.c:4393: 			skb = napi_build_skb(data - E1000_HEADROOM, frag_len);
	movl	-60(%ebp), %eax	# %sfp, data
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	andl	$-32, %edx	#, tmp210
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	addl	$256, %edx	#, tmp211
# drivers/net/ethernet/intel/e1000/e1000_main.c:4393: 			skb = napi_build_skb(data - E1000_HEADROOM, frag_len);
	subl	$32, %eax	#, tmp212
# drivers/net/ethernet/intel/e1000/e1000_main.c:4393: 			skb = napi_build_skb(data - E1000_HEADROOM, frag_len);
	call	napi_build_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4394: 			if (!skb) {
	testl	%eax, %eax	# skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4393: 			skb = napi_build_skb(data - E1000_HEADROOM, frag_len);
	movl	%eax, %ebx	# tmp266, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4394: 			if (!skb) {
	je	.L403	#,
# ./include/linux/skbuff.h:2759: 	skb->data += len;
	addl	$32, 172(%eax)	#, skb_123->data
# ./include/linux/skbuff.h:2760: 	skb->tail += len;
	addl	$32, 160(%eax)	#, skb_123->tail
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	-24(%ebp), %esi	# %sfp, buffer_info
	movl	520(%eax), %ecx	# adapter_97(D)->rx_buffer_len, adapter_97(D)->rx_buffer_len
	xorl	%eax, %eax	#
	movl	4(%esi), %edx	# buffer_info_181->dma, buffer_info_181->dma
	movl	%eax, 4(%esp)	#,
	movl	$2, (%esp)	#,
	movl	-76(%ebp), %eax	# %sfp,
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4403: 			buffer_info->dma = 0;
	movl	$0, 4(%esi)	#, buffer_info_181->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:4404: 			buffer_info->rxbuf.data = NULL;
	movl	$0, (%esi)	#, buffer_info_181->rxbuf.data
	jmp	.L349	#
	.p2align 4,,10
	.p2align 3
.L394:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4425: 			adapter->discarding = true;
	movb	$1, 1892(%eax)	#, adapter_97(D)->discarding
# drivers/net/ethernet/intel/e1000/e1000_main.c:4430: 			dev_kfree_skb(skb);
	movl	%ebx, %eax	# skb,
	call	consume_skb	#
	jmp	.L358	#
	.p2align 4,,10
	.p2align 3
.L396:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4437: 			if (e1000_tbi_should_accept(adapter, status,
	movl	-60(%ebp), %eax	# %sfp, data
# drivers/net/ethernet/intel/e1000/e1000_main.c:4424: 		if (unlikely(!(status & E1000_RXD_STAT_EOP)))
	movzbl	-25(%ebp), %edi	# %sfp, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4437: 			if (e1000_tbi_should_accept(adapter, status,
	movl	%eax, 4(%esp)	# data,
	movl	-36(%ebp), %eax	# %sfp, length
	movl	%edi, %edx	# status,
	movl	%eax, (%esp)	# length,
	movl	-20(%ebp), %eax	# %sfp,
	call	e1000_tbi_should_accept	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4437: 			if (e1000_tbi_should_accept(adapter, status,
	testb	%al, %al	# tmp267
	je	.L356	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4441: 			} else if (netdev->features & NETIF_F_RXALL) {
	movl	-68(%ebp), %eax	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4440: 				length--;
	decl	-36(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4441: 			} else if (netdev->features & NETIF_F_RXALL) {
	movl	140(%eax), %eax	# netdev_98->features, pretmp_119
	jmp	.L357	#
	.p2align 4,,10
	.p2align 3
.L398:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3959: 		adapter->hw_csum_err++;
	addl	$1, 884(%ecx)	#, adapter_97(D)->hw_csum_err
	adcl	$0, 888(%ecx)	#, adapter_97(D)->hw_csum_err
# drivers/net/ethernet/intel/e1000/e1000_main.c:3960: 		return;
	jmp	.L362	#
	.p2align 4,,10
	.p2align 3
.L356:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4441: 			} else if (netdev->features & NETIF_F_RXALL) {
	movl	-68(%ebp), %eax	# %sfp, netdev
	movl	140(%eax), %eax	# netdev_98->features, pretmp_119
# drivers/net/ethernet/intel/e1000/e1000_main.c:4441: 			} else if (netdev->features & NETIF_F_RXALL) {
	movl	%eax, %edx	# pretmp_119, tmp274
	andl	$4096, %edx	#, tmp274
# drivers/net/ethernet/intel/e1000/e1000_main.c:4441: 			} else if (netdev->features & NETIF_F_RXALL) {
	orl	$0, %edx	#, tmp223
	jne	.L357	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4444: 				dev_kfree_skb(skb);
	movl	%ebx, %eax	# skb,
	call	consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4445: 				goto next_desc;
	jmp	.L358	#
	.p2align 4,,10
	.p2align 3
.L402:
# ./include/linux/skbuff.h:2633: 	memcpy(tmp, data, len);
	movzwl	(%esi), %eax	#* data, tmp312
	addl	$2, %edi	#, tmp
	addl	$2, %esi	#, data
	subl	$2, %ecx	#, length
	movw	%ax, -2(%edi)	# tmp312,
	jmp	.L347	#
	.p2align 4,,10
	.p2align 3
.L401:
	movl	-60(%ebp), %esi	# %sfp, data
	incl	%edi	# tmp
	movzbl	(%esi), %ecx	#* data, tmp203
	incl	%esi	# data
	movb	%cl, -48(%ebp)	# tmp203, %sfp
	movb	%cl, (%eax)	# tmp203,* tmp
	movl	-36(%ebp), %eax	# %sfp, length
	leal	-1(%eax), %ecx	#, length
	jmp	.L346	#
.L403:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4395: 				adapter->alloc_rx_buff_failed++;
	movl	-20(%ebp), %ebx	# %sfp, adapter
	incl	900(%ebx)	# adapter_97(D)->alloc_rx_buff_failed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4396: 				break;
	jmp	.L342	#
	.size	e1000_clean_rx_irq, .-e1000_clean_rx_irq
	.p2align 4
	.type	e1000_82547_tx_fifo_stall_task, @function
e1000_82547_tx_fifo_stall_task:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2360: 	struct net_device *netdev = adapter->netdev;
	movl	-1028(%eax), %edx	# MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2355: {
	movl	%eax, %ecx	# tmp178, work
# ./arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	-1312(%eax), %eax	# MEM[(const volatile int *)work_56(D) + 4294965984B], _60
# drivers/net/ethernet/intel/e1000/e1000_main.c:2363: 	if (atomic_read(&adapter->tx_fifo_stall)) {
	testl	%eax, %eax	# _60
	je	.L422	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2355: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%esi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2364: 		if ((er32(TDT) == er32(TDH)) &&
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %ebx	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.96_47
	andl	$-13280, %eax	#, iftmp.96_47
	addl	$14360, %eax	#, iftmp.96_47
	addl	%ebx, %eax	#, _3
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ebx	# MEM[(volatile unsigned int *)_3], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2364: 		if ((er32(TDT) == er32(TDH)) &&
#NO_APP
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %esi	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.97_48
	andl	$-13280, %eax	#, iftmp.97_48
	addl	$14352, %eax	#, iftmp.97_48
	addl	%esi, %eax	#, _6
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2364: 		if ((er32(TDT) == er32(TDH)) &&
#NO_APP
	cmpl	%eax, %ebx	# ret, ret
	je	.L425	#,
.L409:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-80(%ecx), %eax	# MEM[(const volatile long unsigned int *)work_56(D) + 4294967216B], _65
# drivers/net/ethernet/intel/e1000/e1000_main.c:2379: 		} else if (!test_bit(__E1000_DOWN, &adapter->flags)) {
	testb	$4, %al	#, _65
	je	.L426	#,
.L404:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2383: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L422:
	ret	
	.p2align 4,,10
	.p2align 3
.L425:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2365: 		   (er32(TDFT) == er32(TDFH)) &&
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %ebx	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.98_49
	andl	$19456, %eax	#, iftmp.98_49
	addl	$13336, %eax	#, iftmp.98_49
	addl	%ebx, %eax	#, _9
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ebx	# MEM[(volatile unsigned int *)_9], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2365: 		   (er32(TDFT) == er32(TDFH)) &&
#NO_APP
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %esi	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.99_50
	andl	$19456, %eax	#, iftmp.99_50
	addl	$13328, %eax	#, iftmp.99_50
	addl	%esi, %eax	#, _12
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_12], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2364: 		if ((er32(TDT) == er32(TDH)) &&
#NO_APP
	cmpl	%eax, %ebx	# ret, ret
	jne	.L409	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2366: 		   (er32(TDFTS) == er32(TDFHS))) {
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp180
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 13352(%eax),%ebx	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2366: 		   (er32(TDFTS) == er32(TDFHS))) {
#NO_APP
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp181
	addl	$13344, %eax	#, _16
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_16], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2365: 		   (er32(TDFT) == er32(TDFH)) &&
#NO_APP
	cmpl	%ebx, %eax	# ret, ret
	jne	.L409	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2367: 			tctl = er32(TCTL);
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp182
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 1024(%eax),%ebx	# MEM[(volatile unsigned int *)_18], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2368: 			ew32(TCTL, tctl & ~E1000_TCTL_EN);
#NO_APP
	movl	%ebx, %esi	# ret, _21
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp183
	andl	$-3, %esi	#, _21
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,1024(%eax)	# _21, MEM[(volatile unsigned int *)_20]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2369: 			ew32(TDFT, adapter->tx_head_addr);
#NO_APP
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %esi	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.100_51
	andl	$19456, %eax	#, iftmp.100_51
	addl	$13336, %eax	#, iftmp.100_51
	addl	%esi, %eax	#, _24
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-1324(%ecx), %esi	# MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].tx_head_addr, tmp185
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# tmp185, MEM[(volatile unsigned int *)_24]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2370: 			ew32(TDFH, adapter->tx_head_addr);
#NO_APP
	cmpl	$3, -1008(%ecx)	#, MEM[(struct e1000_hw *)work_56(D) + 4294966276B].mac_type
	movl	-1020(%ecx), %esi	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr,
	sbbl	%eax, %eax	# iftmp.101_52
	andl	$19456, %eax	#, iftmp.101_52
	addl	$13328, %eax	#, iftmp.101_52
	addl	%esi, %eax	#, _28
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-1324(%ecx), %esi	# MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].tx_head_addr, tmp186
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# tmp186, MEM[(volatile unsigned int *)_28]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2371: 			ew32(TDFTS, adapter->tx_head_addr);
#NO_APP
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp187
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-1324(%ecx), %esi	# MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].tx_head_addr, tmp188
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,13352(%eax)	# tmp188, MEM[(volatile unsigned int *)_31]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2372: 			ew32(TDFHS, adapter->tx_head_addr);
#NO_APP
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp189
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-1324(%ecx), %esi	# MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].tx_head_addr, tmp190
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,13344(%eax)	# tmp190, MEM[(volatile unsigned int *)_34]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2373: 			ew32(TCTL, tctl);
#NO_APP
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp191
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,1024(%eax)	# ret, MEM[(volatile unsigned int *)_37]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2374: 			E1000_WRITE_FLUSH();
#NO_APP
	movl	-1020(%ecx), %eax	# MEM[(struct e1000_hw *)work_56(D) + 4294966276B].hw_addr, tmp192
	addl	$8, %eax	#, _39
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_39], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2376: 			adapter->tx_fifo_head = 0;
#NO_APP
	xorl	%eax, %eax	#
	movl	%eax, -1328(%ecx)	#, MEM[(struct e1000_adapter *)work_56(D) + 4294965340B].tx_fifo_head
# ./arch/x86/include/asm/atomic.h:41: 	__WRITE_ONCE(v->counter, i);
	xorl	%eax, %eax	#
	movl	%eax, -1312(%ecx)	#, MEM[(volatile int *)work_56(D) + 4294965984B]
# ./include/linux/netdevice.h:3296: 	netif_tx_wake_queue(netdev_get_tx_queue(dev, 0));
	movl	576(%edx), %eax	# MEM[(const struct net_device *)netdev_58]._tx, MEM[(const struct net_device *)netdev_58]._tx
	call	netif_tx_wake_queue	#
# ./include/linux/netdevice.h:3297: }
	jmp	.L404	#
	.p2align 4,,10
	.p2align 3
.L426:
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	$1, (%esp)	#,
	movl	$8, %eax	#,
	movl	system_wq, %edx	# system_wq,
	call	queue_delayed_work_on	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2383: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_82547_tx_fifo_stall_task, .-e1000_82547_tx_fifo_stall_task
	.p2align 4
	.type	e1000_clean_jumbo_rx_irq, @function
e1000_clean_jumbo_rx_irq:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp474, rx_ring
	subl	$80, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4138: {
	movl	%eax, -32(%ebp)	# adapter, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4139: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %edi	# adapter_131(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4138: {
	movl	%ecx, -52(%ebp)	# tmp475, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4140: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%eax), %eax	# adapter_131(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4147: 	unsigned int total_rx_bytes = 0, total_rx_packets = 0;
	movl	$0, -76(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4150: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	movl	(%edx), %ecx	# rx_ring_144(D)->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4147: 	unsigned int total_rx_bytes = 0, total_rx_packets = 0;
	movl	$0, -68(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4139: 	struct net_device *netdev = adapter->netdev;
	movl	%edi, -72(%ebp)	# netdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4149: 	i = rx_ring->next_to_clean;
	movl	20(%edx), %edi	# rx_ring_144(D)->next_to_clean, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4140: 	struct pci_dev *pdev = adapter->pdev;
	movl	%eax, -56(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4149: 	i = rx_ring->next_to_clean;
	movl	%edi, -24(%ebp)	# i, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4150: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	movl	%edi, %eax	# i, tmp289
	sall	$4, %eax	#, tmp289
# drivers/net/ethernet/intel/e1000/e1000_main.c:4150: 	rx_desc = E1000_RX_DESC(*rx_ring, i);
	addl	%ecx, %eax	#, tmp289
	movl	%eax, -16(%ebp)	# rx_desc, %sfp
	movl	%eax, %ecx	# tmp289, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4151: 	buffer_info = &rx_ring->buffer_info[i];
	movl	24(%edx), %eax	# rx_ring_144(D)->buffer_info, rx_ring_144(D)->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4153: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	testb	$1, 12(%ecx)	#, rx_desc_146->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4151: 	buffer_info = &rx_ring->buffer_info[i];
	leal	(%eax,%edi,8), %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4153: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	je	.L471	#,
# ./arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
#APP
# 15 "./arch/x86/include/asm/current.h" 1
	movl %fs:current_task, %eax	#, pfo_val__
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4145: 	int cleaned_count = 0;
#NO_APP
	movl	$0, -40(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4146: 	bool cleaned = false;
	xorl	%edx, %edx	# <retval>
# ./arch/x86/include/asm/current.h:15: 	return this_cpu_read_stable(current_task);
	movl	%eax, -84(%ebp)	# pfo_val__, %sfp
	jmp	.L468	#
	.p2align 4,,10
	.p2align 3
.L435:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4217: 				    skb_shinfo(rxtop)->nr_frags,
	movl	164(%eax), %esi	# MEM[(const struct sk_buff *)_36].end, tmp551
# drivers/net/ethernet/intel/e1000/e1000_main.c:4216: 				skb_fill_page_desc(rxtop,
	movl	(%edi), %ecx	# buffer_info_391->rxbuf.page, _42
# drivers/net/ethernet/intel/e1000/e1000_main.c:4217: 				    skb_shinfo(rxtop)->nr_frags,
	movzbl	2(%esi), %esi	# MEM[(struct skb_shared_info *)_215].nr_frags,
	movl	%esi, %edx	#,
	movb	%dl, -33(%ebp)	# _43, %sfp
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	movl	164(%eax), %edx	# MEM[(const struct sk_buff *)_36].end, tmp552
	leal	(%esi,%esi,2), %esi	#, tmp318
	leal	(%edx,%esi,4), %esi	#, tmp320
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	-20(%ebp), %edx	# %sfp, length
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	movl	%ecx, 40(%esi)	# _42, MEM <struct skb_shared_info> [(struct skb_frag_t *)_215].frags[_44].bv_page
# ./include/linux/skbuff.h:2452: 	frag->bv_offset		  = off;
	movl	$0, 48(%esi)	#, MEM <struct skb_shared_info> [(struct skb_frag_t *)_215].frags[_44].bv_offset
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	%edx, 44(%esi)	# length, MEM <struct skb_shared_info> [(struct skb_frag_t *)_215].frags[_44].bv_len
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%ecx), %esi	# MEM[(const volatile long unsigned int *)_42 + 4B], _284
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testl	$1, %esi	#, _284
	jne	.L538	#,
.L439:
# ./include/linux/skbuff.h:2486: 	if (page_is_pfmemalloc(page))
	testb	$2, 4(%ecx)	#, MEM[(const struct page *)prephitmp_376].D.13997.D.13957.D.13953.lru.next
	je	.L440	#,
# ./include/linux/skbuff.h:2487: 		skb->pfmemalloc	= true;
	orb	$64, 98(%eax)	#, _36->pfmemalloc
.L440:
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	movzbl	-33(%ebp), %edx	# %sfp, _43
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)_36].end, _213
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	incb	%dl	# _43
	movb	%dl, 2(%eax)	# tmp341, MEM[(struct skb_shared_info *)_213].nr_frags
.L438:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4220: 			e1000_consume_page(buffer_info, rxtop, length);
	movl	28(%ebx), %eax	# rx_ring_144(D)->rx_skb_top, _45
# drivers/net/ethernet/intel/e1000/e1000_main.c:3983: 	bi->rxbuf.page = NULL;
	movl	$0, (%edi)	#, buffer_info_391->rxbuf.page
# drivers/net/ethernet/intel/e1000/e1000_main.c:3984: 	skb->len += length;
	movl	-20(%ebp), %edi	# %sfp, length
	addl	%edi, 84(%eax)	# length, _45->len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3985: 	skb->data_len += length;
	addl	%edi, 88(%eax)	# length, _45->data_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3986: 	skb->truesize += PAGE_SIZE;
	addl	$4096, 176(%eax)	#, _45->truesize
.L441:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4300: 		rx_desc->status = 0;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4303: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	cmpl	$16, -40(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4300: 		rx_desc->status = 0;
	movb	$0, 12(%eax)	#, rx_desc_331->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4303: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	je	.L539	#,
.L467:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4153: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	movl	-28(%ebp), %eax	# %sfp, next_rxd
	movb	$1, %dl	#, <retval>
	testb	$1, 12(%eax)	#, next_rxd_157->status
	je	.L533	#,
.L474:
	movl	-28(%ebp), %eax	# %sfp, next_rxd
	movl	-44(%ebp), %edi	# %sfp, buffer_info
	movl	%eax, -16(%ebp)	# next_rxd, %sfp
.L468:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4157: 		if (*work_done >= work_to_do)
	movl	-52(%ebp), %esi	# %sfp, work_done
	movl	(%esi), %eax	# *work_done_150(D), _5
# drivers/net/ethernet/intel/e1000/e1000_main.c:4157: 		if (*work_done >= work_to_do)
	cmpl	8(%ebp), %eax	# work_to_do, _5
	jge	.L533	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4159: 		(*work_done)++;
	incl	%eax	# tmp295
	movl	%eax, (%esi)	# tmp295, *work_done_150(D)
# drivers/net/ethernet/intel/e1000/e1000_main.c:4160: 		dma_rmb(); /* read descriptor and rx_buffer_info after status DD */
# drivers/net/ethernet/intel/e1000/e1000_main.c:4162: 		status = rx_desc->status;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4164: 		if (++i == rx_ring->count)
	incl	-24(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4162: 		status = rx_desc->status;
	movzbl	12(%eax), %eax	# rx_desc_331->status, status
	movb	%al, -33(%ebp)	# status, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4164: 		if (++i == rx_ring->count)
	movl	-24(%ebp), %eax	# %sfp, i
	cmpl	%eax, 12(%ebx)	# i, rx_ring_144(D)->count
	je	.L472	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4167: 		next_rxd = E1000_RX_DESC(*rx_ring, i);
	movl	%eax, %edx	# i, prephitmp_71
	sall	$4, %edx	#, prephitmp_71
# drivers/net/ethernet/intel/e1000/e1000_main.c:4170: 		next_buffer = &rx_ring->buffer_info[i];
	sall	$3, %eax	#, _72
.L429:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4167: 		next_rxd = E1000_RX_DESC(*rx_ring, i);
	movl	(%ebx), %esi	# rx_ring_144(D)->desc,
	addl	%esi, %edx	#, prephitmp_71
	movl	%edx, -28(%ebp)	# next_rxd, %sfp
# ./arch/x86/include/asm/processor.h:729: 	alternative_input(BASE_PREFETCH, "prefetchnta %P1",
#APP
# 729 "./arch/x86/include/asm/processor.h" 1
	# ALT: oldnstr
661:
	
662:
# ALT: padding
.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90
663:
.pushsection .altinstructions,"a"
 .long 661b - .
 .long 6641f - .
 .word ( 0*32+25)
 .byte 663b-661b
 .byte 6651f-6641f
.popsection
.pushsection .altinstr_replacement, "ax"
# ALT: replacement 1
6641:
	prefetchnta (%edx)	# MEM[(const char *)next_rxd_157]
6651:
.popsection

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4170: 		next_buffer = &rx_ring->buffer_info[i];
#NO_APP
	movl	24(%ebx), %edx	# rx_ring_144(D)->buffer_info,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4174: 		dma_unmap_page(&pdev->dev, buffer_info->dma,
	xorl	%esi, %esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4173: 		cleaned_count++;
	incl	-40(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4170: 		next_buffer = &rx_ring->buffer_info[i];
	addl	%edx, %eax	#, _72
# drivers/net/ethernet/intel/e1000/e1000_main.c:4174: 		dma_unmap_page(&pdev->dev, buffer_info->dma,
	movl	4(%edi), %edx	# buffer_info_391->dma, buffer_info_391->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:4170: 		next_buffer = &rx_ring->buffer_info[i];
	movl	%eax, -44(%ebp)	# _72, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4174: 		dma_unmap_page(&pdev->dev, buffer_info->dma,
	movl	-32(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %ecx	# adapter_131(D)->rx_buffer_len, adapter_131(D)->rx_buffer_len
	movl	-56(%ebp), %eax	# %sfp, pdev
	movl	%esi, 4(%esp)	#,
	movl	$2, (%esp)	#,
	addl	$132, %eax	#, tmp300
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4178: 		length = le16_to_cpu(rx_desc->length);
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4176: 		buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_391->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:4178: 		length = le16_to_cpu(rx_desc->length);
	movzwl	8(%eax), %eax	# rx_desc_331->length, length
	movl	%eax, -20(%ebp)	# length, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4181: 		if (unlikely((status & E1000_RXD_STAT_EOP) &&
	movzbl	-33(%ebp), %eax	# %sfp, tmp301
	andb	$2, %al	#, tmp301
	jne	.L540	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4205: 			if (!rxtop) {
	movl	28(%ebx), %eax	# rx_ring_144(D)->rx_skb_top, _36
# drivers/net/ethernet/intel/e1000/e1000_main.c:4205: 			if (!rxtop) {
	testl	%eax, %eax	# _36
	jne	.L435	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4207: 				rxtop = napi_get_frags(&adapter->napi);
	movl	-32(%ebp), %eax	# %sfp, adapter
	addl	$664, %eax	#, tmp308
	call	napi_get_frags	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4207: 				rxtop = napi_get_frags(&adapter->napi);
	movl	%eax, 28(%ebx)	# _38, rx_ring_144(D)->rx_skb_top
# drivers/net/ethernet/intel/e1000/e1000_main.c:4208: 				if (!rxtop)
	testl	%eax, %eax	# _38
	je	.L473	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4211: 				skb_fill_page_desc(rxtop, 0,
	movl	(%edi), %edx	# buffer_info_391->rxbuf.page, _40
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %ecx	# MEM[(const struct sk_buff *)_38].end, _267
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	-20(%ebp), %esi	# %sfp, length
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	movl	%edx, 40(%ecx)	# _40, MEM <struct skb_shared_info> [(struct skb_frag_t *)_267].frags[0].bv_page
# ./include/linux/skbuff.h:2452: 	frag->bv_offset		  = off;
	movl	$0, 48(%ecx)	#, MEM <struct skb_shared_info> [(struct skb_frag_t *)_267].frags[0].bv_offset
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	%esi, 44(%ecx)	# length, MEM <struct skb_shared_info> [(struct skb_frag_t *)_267].frags[0].bv_len
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%edx), %ecx	# MEM[(const volatile long unsigned int *)_40 + 4B], _270
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testb	$1, %cl	#, _270
	jne	.L541	#,
.L436:
# ./include/linux/skbuff.h:2486: 	if (page_is_pfmemalloc(page))
	testb	$2, 4(%edx)	#, MEM[(const struct page *)prephitmp_380].D.13997.D.13957.D.13953.lru.next
	je	.L437	#,
# ./include/linux/skbuff.h:2487: 		skb->pfmemalloc	= true;
	orb	$64, 98(%eax)	#, _38->pfmemalloc
.L437:
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)_38].end, _194
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	movb	$1, 2(%eax)	#, MEM[(struct skb_shared_info *)_194].nr_frags
# ./include/linux/skbuff.h:2509: }
	jmp	.L438	#
	.p2align 4,,10
	.p2align 3
.L472:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4165: 			i = 0;
	movl	$0, -24(%ebp)	#, %sfp
	xorl	%eax, %eax	# _72
	xorl	%edx, %edx	# prephitmp_71
	jmp	.L429	#
	.p2align 4,,10
	.p2align 3
.L540:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4181: 		if (unlikely((status & E1000_RXD_STAT_EOP) &&
	movzbl	-33(%ebp), %eax	# %sfp, status
	movl	%eax, -80(%ebp)	# status, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4183: 			u8 *mapped = page_address(buffer_info->rxbuf.page);
	movl	(%edi), %eax	# buffer_info_391->rxbuf.page, prephitmp_87
	movl	%eax, -60(%ebp)	# prephitmp_87, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4181: 		if (unlikely((status & E1000_RXD_STAT_EOP) &&
	movl	-16(%ebp), %eax	# %sfp, rx_desc
	testb	$-105, 13(%eax)	#, rx_desc_331->errors
	jne	.L531	#,
.L535:
	movl	28(%ebx), %eax	# rx_ring_144(D)->rx_skb_top, _46
	movl	%eax, -64(%ebp)	# _46, %sfp
.L433:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4118: 	struct sk_buff *skb = napi_alloc_skb(&adapter->napi, bufsz);
	movl	-32(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4225: 				skb_fill_page_desc(rxtop,
	movl	-60(%ebp), %edx	# %sfp, prephitmp_87
# drivers/net/ethernet/intel/e1000/e1000_main.c:4118: 	struct sk_buff *skb = napi_alloc_skb(&adapter->napi, bufsz);
	addl	$664, %eax	#, pretmp_422
	movl	%eax, -48(%ebp)	# pretmp_422, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4223: 			if (rxtop) {
	movl	-64(%ebp), %eax	# %sfp, _46
	testl	%eax, %eax	# _46
	je	.L442	#,
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %ecx	# MEM[(const struct sk_buff *)_46].end, _232
# drivers/net/ethernet/intel/e1000/e1000_main.c:4226: 				    skb_shinfo(rxtop)->nr_frags,
	movzbl	2(%ecx), %esi	# MEM[(struct skb_shared_info *)_232].nr_frags,
	movl	%esi, %eax	#,
	movb	%al, -34(%ebp)	# _49, %sfp
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	leal	(%esi,%esi,2), %esi	#, tmp344
	leal	(%ecx,%esi,4), %ecx	#, tmp346
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	-20(%ebp), %esi	# %sfp, length
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	movl	%edx, 40(%ecx)	# prephitmp_87, MEM <struct skb_shared_info> [(struct skb_frag_t *)_232].frags[_50].bv_page
# ./include/linux/skbuff.h:2452: 	frag->bv_offset		  = off;
	movl	$0, 48(%ecx)	#, MEM <struct skb_shared_info> [(struct skb_frag_t *)_232].frags[_50].bv_offset
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	%esi, 44(%ecx)	# length, MEM <struct skb_shared_info> [(struct skb_frag_t *)_232].frags[_50].bv_len
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%edx), %ecx	# MEM[(const volatile long unsigned int *)pretmp_177 + 4B], _298
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testb	$1, %cl	#, _298
	jne	.L542	#,
.L443:
# ./include/linux/skbuff.h:2486: 	if (page_is_pfmemalloc(page))
	testb	$2, 4(%edx)	#, MEM[(const struct page *)prephitmp_87].D.13997.D.13957.D.13953.lru.next
	je	.L444	#,
# ./include/linux/skbuff.h:2487: 		skb->pfmemalloc	= true;
	movl	-64(%ebp), %eax	# %sfp, _46
	orb	$64, 98(%eax)	#, _46->pfmemalloc
.L444:
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-64(%ebp), %eax	# %sfp, _46
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	movzbl	-34(%ebp), %edx	# %sfp, _49
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)_46].end, _230
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	incb	%dl	# _49
	movb	%dl, 2(%eax)	# tmp367, MEM[(struct skb_shared_info *)_230].nr_frags
# drivers/net/ethernet/intel/e1000/e1000_main.c:4228: 				skb = rxtop;
	movl	28(%ebx), %esi	# rx_ring_144(D)->rx_skb_top, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4229: 				rxtop = NULL;
	movl	$0, 28(%ebx)	#, rx_ring_144(D)->rx_skb_top
.L536:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3983: 	bi->rxbuf.page = NULL;
	movl	$0, (%edi)	#, buffer_info_391->rxbuf.page
	movzwl	-20(%ebp), %eax	# %sfp, _156
# drivers/net/ethernet/intel/e1000/e1000_main.c:3986: 	skb->truesize += PAGE_SIZE;
	addl	$4096, 176(%esi)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3984: 	skb->len += length;
	addl	%eax, 84(%esi)	# _156,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3985: 	skb->data_len += length;
	addl	%eax, 88(%esi)	# _156,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4282: 				  ((u32)(rx_desc->errors) << 24),
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4280: 		e1000_rx_checksum(adapter,
	movl	-80(%ebp), %edx	# %sfp, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	movl	-32(%ebp), %edi	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4282: 				  ((u32)(rx_desc->errors) << 24),
	movzbl	13(%eax), %eax	# rx_desc_331->errors, rx_desc_331->errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:4282: 				  ((u32)(rx_desc->errors) << 24),
	sall	$24, %eax	#, tmp416
# drivers/net/ethernet/intel/e1000/e1000_main.c:4280: 		e1000_rx_checksum(adapter,
	orl	%eax, %edx	# tmp416, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:3946: 	u8 errors = (u8)(status_err >> 24);
	shrl	$24, %eax	#, _370
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	cmpl	$2, 948(%edi)	#, MEM[(struct e1000_hw *)adapter_131(D) + 936B].mac_type
	jbe	.L460	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3954: 	if (unlikely(status & E1000_RXD_STAT_IXSM))
	testb	$4, %dl	#, _77
	jne	.L460	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3957: 	if (unlikely(errors & E1000_RXD_ERR_TCPE)) {
	testb	$32, %al	#, _370
	jne	.L543	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3963: 	if (!(status & E1000_RXD_STAT_TCPCS))
	testb	$32, %dl	#, _77
	.p2align 4,,3
	je	.L460	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3969: 		skb->ip_summed = CHECKSUM_UNNECESSARY;
	movzbl	100(%esi), %eax	# skb_119->D.49725.D.49655.ip_summed, tmp424
	andb	$-97, %al	#, tmp424
	orb	$32, %al	#, tmp425
	movb	%al, 100(%esi)	# tmp425, skb_119->D.49725.D.49655.ip_summed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3971: 	adapter->hw_csum_good++;
	movl	-32(%ebp), %eax	# %sfp, adapter
	addl	$1, 892(%eax)	#, adapter_131(D)->hw_csum_good
	adcl	$0, 896(%eax)	#, adapter_131(D)->hw_csum_good
.L460:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4285: 		total_rx_bytes += (skb->len - 4); /* don't count FCS */
	movl	-68(%ebp), %eax	# %sfp, total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4285: 		total_rx_bytes += (skb->len - 4); /* don't count FCS */
	movl	84(%esi), %edx	# skb_119->len, _78
# drivers/net/ethernet/intel/e1000/e1000_main.c:4285: 		total_rx_bytes += (skb->len - 4); /* don't count FCS */
	leal	-4(%edx,%eax), %eax	#, total_rx_bytes
	movl	%eax, -68(%ebp)	# total_rx_bytes, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4286: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	movl	-72(%ebp), %eax	# %sfp, netdev
	movl	140(%eax), %eax	# netdev_132->features, netdev_132->features
	movl	%eax, -20(%ebp)	# netdev_132->features, %sfp
	andl	$2048, %eax	#, netdev_132->features
# drivers/net/ethernet/intel/e1000/e1000_main.c:4286: 		if (likely(!(netdev->features & NETIF_F_RXFCS)))
	orl	$0, %eax	#, tmp428
	jne	.L462	#,
	addl	$-4, %edx	#, tmp429
	jc	.L544	#,
.L462:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4290: 		if (status & E1000_RXD_STAT_VP) {
	movzbl	-33(%ebp), %eax	# %sfp, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4288: 		total_rx_packets++;
	incl	-76(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4290: 		if (status & E1000_RXD_STAT_VP) {
	andb	$8, %al	#, status
	je	.L466	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4292: 			u16 vid = le16_to_cpu(vlan) & E1000_RXD_SPC_VLAN_MASK;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
	movzwl	14(%eax), %eax	# rx_desc_331->special, rx_desc_331->special
# ./include/linux/if_vlan.h:533: 	skb->vlan_present = 1;
	orb	$1, 102(%esi)	#, skb_119->D.49725.D.49655.vlan_present
# ./include/linux/if_vlan.h:531: 	skb->vlan_proto = vlan_proto;
	movw	$129, 124(%esi)	#, skb_119->D.49725.D.49655.vlan_proto
# drivers/net/ethernet/intel/e1000/e1000_main.c:4292: 			u16 vid = le16_to_cpu(vlan) & E1000_RXD_SPC_VLAN_MASK;
	andl	$4095, %eax	#, vid
# ./include/linux/if_vlan.h:532: 	skb->vlan_tci = vlan_tci;
	movw	%ax, 126(%esi)	# vid, skb_119->D.49725.D.49655.vlan_tci
.L466:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4297: 		napi_gro_frags(&adapter->napi);
	movl	-48(%ebp), %eax	# %sfp,
	call	napi_gro_frags	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4300: 		rx_desc->status = 0;
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4303: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	cmpl	$16, -40(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4300: 		rx_desc->status = 0;
	movb	$0, 12(%eax)	#, rx_desc_331->status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4303: 		if (unlikely(cleaned_count >= E1000_RX_BUFFER_WRITE)) {
	jne	.L467	#,
.L539:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4304: 			adapter->alloc_rx_buf(adapter, rx_ring, cleaned_count);
	movl	-32(%ebp), %eax	# %sfp, adapter
	movl	%ebx, %edx	# rx_ring,
	movl	$16, %ecx	#,
	movl	656(%eax), %esi	# adapter_131(D)->alloc_rx_buf, adapter_131(D)->alloc_rx_buf
	call	__x86_indirect_thunk_esi
# drivers/net/ethernet/intel/e1000/e1000_main.c:4153: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	movl	-28(%ebp), %eax	# %sfp, next_rxd
	movb	$1, %dl	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:4305: 			cleaned_count = 0;
	movl	$0, -40(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4153: 	while (rx_desc->status & E1000_RXD_STAT_DD) {
	testb	$1, 12(%eax)	#, next_rxd_157->status
	jne	.L474	#,
	.p2align 4
	.p2align 3
.L533:
	movb	%dl, -16(%ebp)	# <retval>, %sfp
.L428:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4312: 	rx_ring->next_to_clean = i;
	movl	-24(%ebp), %eax	# %sfp, i
	movl	%eax, 20(%ebx)	# i, rx_ring_144(D)->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:4314: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	movl	20(%ebx), %ecx	# MEM[(const volatile unsigned int *)rx_ring_144(D) + 20B], _200
	movl	16(%ebx), %edx	# MEM[(const volatile unsigned int *)rx_ring_144(D) + 16B], _202
	xorl	%eax, %eax	# iftmp.35_120
	cmpl	%ecx, %edx	# _200, _202
	jb	.L469	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4314: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	movl	12(%ebx), %eax	# rx_ring_144(D)->count, iftmp.35_120
.L469:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4314: 	cleaned_count = E1000_DESC_UNUSED(rx_ring);
	decl	%ecx	# tmp444
	subl	%edx, %ecx	# _202, tmp445
# drivers/net/ethernet/intel/e1000/e1000_main.c:4315: 	if (cleaned_count)
	addl	%eax, %ecx	# iftmp.35_120, cleaned_count
	je	.L470	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4316: 		adapter->alloc_rx_buf(adapter, rx_ring, cleaned_count);
	movl	-32(%ebp), %eax	# %sfp, adapter
	movl	%ebx, %edx	# rx_ring,
	movl	656(%eax), %esi	# adapter_131(D)->alloc_rx_buf, adapter_131(D)->alloc_rx_buf
	call	__x86_indirect_thunk_esi
.L470:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4318: 	adapter->total_rx_packets += total_rx_packets;
	movl	-32(%ebp), %eax	# %sfp, adapter
	movl	-76(%ebp), %ebx	# %sfp, total_rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4319: 	adapter->total_rx_bytes += total_rx_bytes;
	movl	-68(%ebp), %edi	# %sfp, total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4318: 	adapter->total_rx_packets += total_rx_packets;
	addl	%ebx, 556(%eax)	# total_rx_packets, adapter_131(D)->total_rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4319: 	adapter->total_rx_bytes += total_rx_bytes;
	addl	%edi, 552(%eax)	# total_rx_bytes, adapter_131(D)->total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4320: 	netdev->stats.rx_bytes += total_rx_bytes;
	movl	-72(%ebp), %eax	# %sfp, netdev
	addl	%edi, 216(%eax)	# total_rx_bytes, netdev_132->stats.D.57911.rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:4321: 	netdev->stats.rx_packets += total_rx_packets;
	addl	%ebx, 208(%eax)	# total_rx_packets, netdev_132->stats.D.57903.rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:4323: }
	movzbl	-16(%ebp), %eax	# %sfp,
	addl	$80, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L442:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4237: 				if (length <= copybreak) {
	movl	-20(%ebp), %ecx	# %sfp, length
	cmpl	%ecx, copybreak	# length, copybreak
	jb	.L446	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4240: 					if (likely(!(netdev->features & NETIF_F_RXFCS)))
	movl	-72(%ebp), %eax	# %sfp, netdev
	movl	140(%eax), %eax	# netdev_132->features, netdev_132->features
	andl	$2048, %eax	#, netdev_132->features
# drivers/net/ethernet/intel/e1000/e1000_main.c:4240: 					if (likely(!(netdev->features & NETIF_F_RXFCS)))
	orl	$0, %eax	#, tmp370
	jne	.L447	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4241: 						length -= 4;
	subl	$4, %ecx	#, length
	movl	%ecx, -20(%ebp)	# length, %sfp
.L447:
# ./include/linux/skbuff.h:3326: 	return __napi_alloc_skb(napi, length, GFP_ATOMIC);
	movl	-20(%ebp), %edx	# %sfp,
	movl	$2592, %ecx	#,
	movl	-48(%ebp), %eax	# %sfp,
	call	__napi_alloc_skb	#
	movl	%eax, -64(%ebp)	# _310, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4120: 	if (unlikely(!skb))
	testl	%eax, %eax	# _310
	je	.L537	#,
# ./include/linux/highmem-internal.h:110: 	return kmap_atomic_prot(page, kmap_prot);
	movl	__default_kernel_pte_mask, %edx	# __default_kernel_pte_mask, tmp371
# ./arch/x86/include/asm/preempt.h:80: 	raw_cpu_add_4(__preempt_count, val);
#APP
# 80 "./arch/x86/include/asm/preempt.h" 1
	incl %fs:__preempt_count	# __preempt_count
# 0 "" 2
# ./include/linux/highmem-internal.h:110: 	return kmap_atomic_prot(page, kmap_prot);
#NO_APP
	andl	$355, %edx	#, tmp371
# ./include/linux/highmem-internal.h:102: 		preempt_disable();
# ./include/linux/uaccess.h:188: 	current->pagefault_disabled++;
	movl	-84(%ebp), %eax	# %sfp, pfo_val__
	incl	1816(%eax)	# _352->pagefault_disabled
# ./include/linux/uaccess.h:210: 	barrier();
# ./include/linux/highmem-internal.h:105: 	return __kmap_local_page_prot(page, prot);
	movl	-60(%ebp), %eax	# %sfp,
	call	__kmap_local_page_prot	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4248: 					memcpy(skb_tail_pointer(skb), vaddr,
	movl	-64(%ebp), %edi	# %sfp, _310
	movl	-20(%ebp), %ecx	# %sfp, length
	movl	160(%edi), %edx	# MEM[(const struct sk_buff *)_310].tail, MEM[(const struct sk_buff *)_310].tail
	cmpl	$8, %ecx	#,
	movl	%eax, %esi	# _355, _355
	movl	%edx, %edi	# MEM[(const struct sk_buff *)_310].tail, MEM[(const struct sk_buff *)_310].tail
	jnb	.L545	#,
.L449:
	rep movsb
# ./include/linux/highmem-internal.h:126: 	kunmap_local_indexed(addr);
	call	kunmap_local_indexed	#
# ./include/linux/uaccess.h:219: 	barrier();
# ./include/linux/uaccess.h:193: 	current->pagefault_disabled--;
	movl	-84(%ebp), %eax	# %sfp, pfo_val__
	decl	1816(%eax)	# _342->pagefault_disabled
# ./include/linux/highmem-internal.h:131: 		preempt_enable();
# ./arch/x86/include/asm/preempt.h:95: 	return GEN_UNARY_RMWcc("decl", __preempt_count, e, __percpu_arg([var]));
#APP
# 95 "./arch/x86/include/asm/preempt.h" 1
	decl %fs:__preempt_count	# __preempt_count
	/* output condition code e*/

# 0 "" 2
# ./include/linux/highmem-internal.h:131: 		preempt_enable();
#NO_APP
	je	.L546	#,
.L453:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4254: 					skb_put(skb, length);
	movl	-20(%ebp), %edx	# %sfp,
	movl	-64(%ebp), %eax	# %sfp,
	call	skb_put	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4256: 							  status | rx_desc->errors << 24,
	movl	-16(%ebp), %eax	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4256: 							  status | rx_desc->errors << 24,
	movl	-80(%ebp), %edx	# %sfp, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	movl	-32(%ebp), %edi	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4256: 							  status | rx_desc->errors << 24,
	movzbl	13(%eax), %eax	# rx_desc_331->errors, rx_desc_331->errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:4256: 							  status | rx_desc->errors << 24,
	sall	$24, %eax	#, tmp387
# drivers/net/ethernet/intel/e1000/e1000_main.c:4256: 							  status | rx_desc->errors << 24,
	orl	%eax, %edx	# tmp387, status
# drivers/net/ethernet/intel/e1000/e1000_main.c:3946: 	u8 errors = (u8)(status_err >> 24);
	shrl	$24, %eax	#, _323
# drivers/net/ethernet/intel/e1000/e1000_main.c:3951: 	if (unlikely(hw->mac_type < e1000_82543))
	cmpl	$2, 948(%edi)	#, MEM[(struct e1000_hw *)adapter_131(D) + 936B].mac_type
	jbe	.L454	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3954: 	if (unlikely(status & E1000_RXD_STAT_IXSM))
	testb	$4, %dl	#, _62
	jne	.L454	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3957: 	if (unlikely(errors & E1000_RXD_ERR_TCPE)) {
	testb	$32, %al	#, _323
	jne	.L547	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3963: 	if (!(status & E1000_RXD_STAT_TCPCS))
	testb	$32, %dl	#, _62
	.p2align 4,,3
	je	.L454	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3969: 		skb->ip_summed = CHECKSUM_UNNECESSARY;
	movl	-64(%ebp), %ecx	# %sfp, _310
	movzbl	100(%ecx), %eax	# _310->D.49725.D.49655.ip_summed, _310->D.49725.D.49655.ip_summed
	movb	%al, -20(%ebp)	# _310->D.49725.D.49655.ip_summed, %sfp
	andb	$-97, %al	#, _310->D.49725.D.49655.ip_summed
	orb	$32, %al	#, tmp395
	movb	%al, 100(%ecx)	# tmp395, _310->D.49725.D.49655.ip_summed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3971: 	adapter->hw_csum_good++;
	movl	-32(%ebp), %eax	# %sfp, adapter
	addl	$1, 892(%eax)	#, adapter_131(D)->hw_csum_good
	adcl	$0, 896(%eax)	#, adapter_131(D)->hw_csum_good
.L454:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4263: 							  rx_desc->special, skb);
	movl	-16(%ebp), %ecx	# %sfp, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:4259: 					total_rx_bytes += skb->len;
	movl	-64(%ebp), %eax	# %sfp, _310
# drivers/net/ethernet/intel/e1000/e1000_main.c:4260: 					total_rx_packets++;
	incl	-76(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4263: 							  rx_desc->special, skb);
	movzwl	14(%ecx), %esi	# rx_desc_331->special, _65
# drivers/net/ethernet/intel/e1000/e1000_main.c:3999: 	skb->protocol = eth_type_trans(skb, adapter->netdev);
	movl	-32(%ebp), %ecx	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4259: 					total_rx_bytes += skb->len;
	movl	84(%eax), %edi	# _310->len, tmp589
	addl	%edi, -68(%ebp)	# tmp589, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3999: 	skb->protocol = eth_type_trans(skb, adapter->netdev);
	movl	%eax, %edi	# _310, _310
	movl	928(%ecx), %edx	# adapter_131(D)->netdev, adapter_131(D)->netdev
	call	eth_type_trans	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3999: 	skb->protocol = eth_type_trans(skb, adapter->netdev);
	movw	%ax, 152(%edi)	# tmp481, _310->D.49725.D.49655.protocol
# drivers/net/ethernet/intel/e1000/e1000_main.c:4001: 	if (status & E1000_RXD_STAT_VP) {
	movzbl	-33(%ebp), %eax	# %sfp, status
	andb	$8, %al	#, status
	je	.L456	#,
# ./include/linux/if_vlan.h:533: 	skb->vlan_present = 1;
	orb	$1, 102(%edi)	#, _310->D.49725.D.49655.vlan_present
# drivers/net/ethernet/intel/e1000/e1000_main.c:4002: 		u16 vid = le16_to_cpu(vlan) & E1000_RXD_SPC_VLAN_MASK;
	andl	$4095, %esi	#, tmp403
# ./include/linux/if_vlan.h:531: 	skb->vlan_proto = vlan_proto;
	movw	$129, 124(%edi)	#, _310->D.49725.D.49655.vlan_proto
# ./include/linux/if_vlan.h:532: 	skb->vlan_tci = vlan_tci;
	movw	%si, 126(%edi)	# tmp403, _310->D.49725.D.49655.vlan_tci
.L456:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4006: 	napi_gro_receive(&adapter->napi, skb);
	movl	-64(%ebp), %edx	# %sfp,
	movl	-48(%ebp), %eax	# %sfp,
	call	napi_gro_receive	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4264: 					goto next_desc;
	jmp	.L441	#
	.p2align 4,,10
	.p2align 3
.L446:
	movl	%edx, -60(%ebp)	# prephitmp_87, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4266: 					skb = napi_get_frags(&adapter->napi);
	movl	-48(%ebp), %eax	# %sfp,
	call	napi_get_frags	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4267: 					if (!skb) {
	movl	-60(%ebp), %edx	# %sfp, prephitmp_87
	testl	%eax, %eax	# skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4266: 					skb = napi_get_frags(&adapter->napi);
	movl	%eax, %esi	# tmp482, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:4267: 					if (!skb) {
	je	.L537	#,
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_171].end, _356
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	-20(%ebp), %ecx	# %sfp, length
# ./include/linux/skbuff.h:2451: 	frag->bv_page		  = page;
	movl	%edx, 40(%eax)	# prephitmp_87, MEM <struct skb_shared_info> [(struct skb_frag_t *)_356].frags[0].bv_page
# ./include/linux/skbuff.h:2452: 	frag->bv_offset		  = off;
	movl	$0, 48(%eax)	#, MEM <struct skb_shared_info> [(struct skb_frag_t *)_356].frags[0].bv_offset
# ./include/linux/skbuff.h:387: 	frag->bv_len = size;
	movl	%ecx, 44(%eax)	# length, MEM <struct skb_shared_info> [(struct skb_frag_t *)_356].frags[0].bv_len
# ./include/linux/page-flags.h:253: 	unsigned long head = READ_ONCE(page->compound_head);
	movl	4(%edx), %eax	# MEM[(const volatile long unsigned int *)pretmp_177 + 4B], _359
# ./include/linux/page-flags.h:255: 	if (unlikely(head & 1))
	testb	$1, %al	#, _359
	jne	.L548	#,
.L458:
# ./include/linux/skbuff.h:2486: 	if (page_is_pfmemalloc(page))
	testb	$2, 4(%edx)	#, MEM[(const struct page *)prephitmp_82].D.13997.D.13957.D.13953.lru.next
	je	.L459	#,
# ./include/linux/skbuff.h:2487: 		skb->pfmemalloc	= true;
	orb	$64, 98(%esi)	#, skb_171->pfmemalloc
.L459:
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%esi), %eax	# MEM[(const struct sk_buff *)skb_171].end, _242
# ./include/linux/skbuff.h:2508: 	skb_shinfo(skb)->nr_frags = i + 1;
	movb	$1, 2(%eax)	#, MEM[(struct skb_shared_info *)_242].nr_frags
	jmp	.L536	#
	.p2align 4,,10
	.p2align 3
.L545:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4248: 					memcpy(skb_tail_pointer(skb), vaddr,
	testb	$1, %dl	#, MEM[(const struct sk_buff *)_310].tail
	jne	.L549	#,
	testl	$2, %edi	#, MEM[(const struct sk_buff *)_310].tail
	jne	.L550	#,
.L451:
	testl	$4, %edi	#, MEM[(const struct sk_buff *)_310].tail
	je	.L449	#,
	movl	(%esi), %edx	#* _355, tmp383
	addl	$4, %edi	#, MEM[(const struct sk_buff *)_310].tail
	addl	$4, %esi	#, _355
	subl	$4, %ecx	#, length
	movl	%edx, -4(%edi)	# tmp383,
	jmp	.L449	#
	.p2align 4,,10
	.p2align 3
.L543:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3959: 		adapter->hw_csum_err++;
	addl	$1, 884(%edi)	#, adapter_131(D)->hw_csum_err
	adcl	$0, 888(%edi)	#, adapter_131(D)->hw_csum_err
# drivers/net/ethernet/intel/e1000/e1000_main.c:3960: 		return;
	jmp	.L460	#
	.p2align 4,,10
	.p2align 3
.L538:
# ./include/linux/page-flags.h:256: 		return head - 1;
	leal	-1(%esi), %ecx	#, _42
	jmp	.L439	#
	.p2align 4,,10
	.p2align 3
.L542:
	leal	-1(%ecx), %edx	#, prephitmp_87
	jmp	.L443	#
	.p2align 4,,10
	.p2align 3
.L541:
	leal	-1(%ecx), %edx	#, _40
	jmp	.L436	#
	.p2align 4,,10
	.p2align 3
.L537:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4172: 		cleaned = true;
	movb	$1, -16(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4268: 						adapter->alloc_rx_buff_failed++;
	movl	-32(%ebp), %eax	# %sfp, adapter
	incl	900(%eax)	# adapter_131(D)->alloc_rx_buff_failed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4269: 						break;
	jmp	.L428	#
	.p2align 4,,10
	.p2align 3
.L546:
# ./include/linux/highmem-internal.h:131: 		preempt_enable();
#APP
# 131 "./include/linux/highmem-internal.h" 1
	call __SCT__preempt_schedule
# 0 "" 2
#NO_APP
	jmp	.L453	#
	.p2align 4,,10
	.p2align 3
.L547:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3959: 		adapter->hw_csum_err++;
	addl	$1, 884(%edi)	#, adapter_131(D)->hw_csum_err
	adcl	$0, 888(%edi)	#, adapter_131(D)->hw_csum_err
# drivers/net/ethernet/intel/e1000/e1000_main.c:3960: 		return;
	jmp	.L454	#
.L531:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4183: 			u8 *mapped = page_address(buffer_info->rxbuf.page);
	movl	-60(%ebp), %eax	# %sfp,
	call	page_address	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4185: 			if (e1000_tbi_should_accept(adapter, status,
	movl	-16(%ebp), %ecx	# %sfp, rx_desc
	movzbl	13(%ecx), %ecx	# rx_desc_331->errors, rx_desc_331->errors
	movl	%eax, 4(%esp)	# tmp476,
	movl	-20(%ebp), %esi	# %sfp, length
	movl	%esi, (%esp)	# length,
	movl	-80(%ebp), %edx	# %sfp,
	movl	-32(%ebp), %eax	# %sfp,
	call	e1000_tbi_should_accept	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4185: 			if (e1000_tbi_should_accept(adapter, status,
	testb	%al, %al	# tmp477
	je	.L432	#,
	movl	(%edi), %eax	# buffer_info_391->rxbuf.page, prephitmp_87
# drivers/net/ethernet/intel/e1000/e1000_main.c:4188: 				length--;
	decl	%esi	# length
	movl	%esi, -20(%ebp)	# length, %sfp
	movl	%eax, -60(%ebp)	# prephitmp_87, %sfp
	jmp	.L535	#
.L548:
# ./include/linux/page-flags.h:256: 		return head - 1;
	leal	-1(%eax), %edx	#, prephitmp_87
	jmp	.L458	#
.L549:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4248: 					memcpy(skb_tail_pointer(skb), vaddr,
	movzbl	(%eax), %ecx	#* _355, tmp574
	leal	1(%eax), %esi	#, _355
	incl	%edi	# MEM[(const struct sk_buff *)_310].tail
	movb	%cl, (%edx)	# tmp574,* MEM[(const struct sk_buff *)_310].tail
	movl	-20(%ebp), %ecx	# %sfp, length
	decl	%ecx	# length
	testl	$2, %edi	#, MEM[(const struct sk_buff *)_310].tail
	je	.L451	#,
.L550:
	movzwl	(%esi), %edx	#* _355, tmp576
	addl	$2, %edi	#, MEM[(const struct sk_buff *)_310].tail
	addl	$2, %esi	#, _355
	subl	$2, %ecx	#, length
	movw	%dx, -2(%edi)	# tmp576,
	jmp	.L451	#
.L473:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4172: 		cleaned = true;
	movb	$1, -16(%ebp)	#, %sfp
	jmp	.L428	#
.L432:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4195: 				dev_kfree_skb(rx_ring->rx_skb_top);
	movl	28(%ebx), %eax	# rx_ring_144(D)->rx_skb_top, _46
	movl	%eax, -64(%ebp)	# _46, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4189: 			} else if (netdev->features & NETIF_F_RXALL) {
	movl	-72(%ebp), %eax	# %sfp, netdev
	movl	140(%eax), %eax	# netdev_132->features, netdev_132->features
	movl	%eax, -48(%ebp)	# netdev_132->features, %sfp
	movl	%eax, %edx	# netdev_132->features, netdev_132->features
	andl	$4096, %edx	#, netdev_132->features
# drivers/net/ethernet/intel/e1000/e1000_main.c:4189: 			} else if (netdev->features & NETIF_F_RXALL) {
	orl	$0, %edx	#, tmp307
	je	.L532	#,
	movl	(%edi), %eax	# buffer_info_391->rxbuf.page, prephitmp_87
	movl	%eax, -60(%ebp)	# prephitmp_87, %sfp
	jmp	.L433	#
.L532:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4195: 				dev_kfree_skb(rx_ring->rx_skb_top);
	movl	-64(%ebp), %eax	# %sfp,
	call	consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4196: 				rx_ring->rx_skb_top = NULL;
	movl	$0, 28(%ebx)	#, rx_ring_144(D)->rx_skb_top
# drivers/net/ethernet/intel/e1000/e1000_main.c:4197: 				goto next_desc;
	jmp	.L441	#
.L471:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4146: 	bool cleaned = false;
	movb	$0, -16(%ebp)	#, %sfp
	jmp	.L428	#
.L544:
# ./include/linux/skbuff.h:3126: 	if (skb->data_len)
	movl	88(%esi), %ecx	# skb_119->data_len,
	testl	%ecx, %ecx	#
	jne	.L551	#,
# ./include/linux/skbuff.h:3113: 	skb->len = len;
	movl	%edx, 84(%esi)	# tmp429, skb_119->len
# ./include/linux/skbuff.h:2570: 	skb->tail = skb->data + offset;
	movl	172(%esi), %eax	# skb_119->data,
	addl	%eax, %edx	#, tmp432
# ./include/linux/skbuff.h:2570: 	skb->tail = skb->data + offset;
	movl	%edx, 160(%esi)	# tmp432, skb_119->tail
# ./include/linux/skbuff.h:3129: 	return 0;
	jmp	.L462	#
.L551:
# ./include/linux/skbuff.h:3127: 		return ___pskb_trim(skb, len);
	movl	%esi, %eax	# skb,
	call	___pskb_trim	#
	jmp	.L462	#
	.size	e1000_clean_jumbo_rx_irq, .-e1000_clean_jumbo_rx_irq
	.p2align 4
	.type	e1000_clean_tx_ring, @function
e1000_clean_tx_ring:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp162, tx_ring
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1984: {
	movl	%eax, -20(%ebp)	# tmp161, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1992: 	for (i = 0; i < tx_ring->count; i++) {
	movl	12(%edx), %esi	# tx_ring_21(D)->count,
	testl	%esi, %esi	#
	je	.L570	#,
	xorl	%esi, %esi	# i
	.p2align 4
	.p2align 3
.L553:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1993: 		buffer_info = &tx_ring->buffer_info[i];
	movl	24(%ebx), %edx	# tx_ring_21(D)->buffer_info, tx_ring_21(D)->buffer_info
	leal	(%esi,%esi,2), %eax	#, tmp151
	leal	(%edx,%eax,8), %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:1959: 	if (buffer_info->dma) {
	movl	4(%edi), %edx	# buffer_info_28->dma, _35
# drivers/net/ethernet/intel/e1000/e1000_main.c:1959: 	if (buffer_info->dma) {
	testl	%edx, %edx	# _35
	je	.L568	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1961: 			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
	movl	-20(%ebp), %eax	# %sfp, adapter
	movzwl	12(%edi), %ecx	# buffer_info_28->length, buffer_info_28->length
	movl	932(%eax), %eax	# adapter_19(D)->pdev, adapter_19(D)->pdev
	movl	%eax, -16(%ebp)	# adapter_19(D)->pdev, %sfp
	addl	$132, %eax	#, tmp155
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	$0, 4(%esp)	#,
	movl	$1, (%esp)	#,
	call	dma_unmap_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1967: 		buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_28->dma
.L568:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1969: 	if (buffer_info->skb) {
	movl	(%edi), %eax	# buffer_info_28->skb, _45
# drivers/net/ethernet/intel/e1000/e1000_main.c:1969: 	if (buffer_info->skb) {
	testl	%eax, %eax	# _45
	je	.L569	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1970: 		napi_consume_skb(buffer_info->skb, budget);
	xorl	%edx, %edx	#
	call	napi_consume_skb	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1971: 		buffer_info->skb = NULL;
	movl	$0, (%edi)	#, buffer_info_28->skb
.L569:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1973: 	buffer_info->time_stamp = 0;
	movl	$0, 8(%edi)	#, buffer_info_28->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1992: 	for (i = 0; i < tx_ring->count; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1992: 	for (i = 0; i < tx_ring->count; i++) {
	cmpl	12(%ebx), %esi	# tx_ring_21(D)->count, i
	jb	.L553	#,
.L570:
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
	movl	-20(%ebp), %eax	# %sfp, adapter
	movl	928(%eax), %eax	# adapter_19(D)->netdev, adapter_19(D)->netdev
	movl	576(%eax), %eax	# MEM[(const struct net_device *)_4]._tx, _31
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,76(%eax)	#, MEM[(volatile char *)_46]
# 0 "" 2
# ./include/linux/netdevice.h:3550: 	dql_reset(&q->dql);
#NO_APP
	addl	$96, %eax	#, tmp114
	call	dql_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1998: 	size = sizeof(struct e1000_tx_buffer) * tx_ring->count;
	movl	12(%ebx), %eax	# tx_ring_21(D)->count, tx_ring_21(D)->count
# drivers/net/ethernet/intel/e1000/e1000_main.c:1999: 	memset(tx_ring->buffer_info, 0, size);
	movl	24(%ebx), %edi	# tx_ring_21(D)->buffer_info, tx_ring_21(D)->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:1998: 	size = sizeof(struct e1000_tx_buffer) * tx_ring->count;
	leal	(%eax,%eax,2), %eax	#, size
# drivers/net/ethernet/intel/e1000/e1000_main.c:1999: 	memset(tx_ring->buffer_info, 0, size);
	leal	0(,%eax,8), %edx	#, size
	cmpl	$8, %edx	#, size
	jnb	.L620	#,
.L554:
	testb	$4, %dl	#, size
	je	.L558	#,
	movl	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
	addl	$4, %edi	#, tx_ring_21(D)->buffer_info
.L558:
	testb	$2, %dl	#, size
	je	.L559	#,
	movw	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
	addl	$2, %edi	#, tx_ring_21(D)->buffer_info
.L559:
	testb	$1, %dl	#, size
	je	.L560	#,
	movb	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
.L560:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2003: 	memset(tx_ring->desc, 0, tx_ring->size);
	movl	8(%ebx), %edx	# tx_ring_21(D)->size, tx_ring_21(D)->size
	movl	(%ebx), %edi	# tx_ring_21(D)->desc, tx_ring_21(D)->desc
	cmpl	$8, %edx	#, tx_ring_21(D)->size
	jnb	.L621	#,
.L561:
	testb	$4, %dl	#, tx_ring_21(D)->size
	je	.L565	#,
	movl	$0, (%edi)	#,* tx_ring_21(D)->desc
	addl	$4, %edi	#, tx_ring_21(D)->desc
.L565:
	testb	$2, %dl	#, tx_ring_21(D)->size
	je	.L566	#,
	movw	$0, (%edi)	#,* tx_ring_21(D)->desc
	addl	$2, %edi	#, tx_ring_21(D)->desc
.L566:
	testb	$1, %dl	#, tx_ring_21(D)->size
	je	.L567	#,
	movb	$0, (%edi)	#,* tx_ring_21(D)->desc
.L567:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2005: 	tx_ring->next_to_use = 0;
	movl	$0, 16(%ebx)	#, tx_ring_21(D)->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:2009: 	writel(0, hw->hw_addr + tx_ring->tdh);
	movl	-20(%ebp), %ecx	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:2006: 	tx_ring->next_to_clean = 0;
	movl	$0, 20(%ebx)	#, tx_ring_21(D)->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:2009: 	writel(0, hw->hw_addr + tx_ring->tdh);
	movzwl	28(%ebx), %eax	# tx_ring_21(D)->tdh, tx_ring_21(D)->tdh
# drivers/net/ethernet/intel/e1000/e1000_main.c:2007: 	tx_ring->last_tx_tso = false;
	movb	$0, 32(%ebx)	#, tx_ring_21(D)->last_tx_tso
# drivers/net/ethernet/intel/e1000/e1000_main.c:2009: 	writel(0, hw->hw_addr + tx_ring->tdh);
	movl	936(%ecx), %edx	# MEM[(struct e1000_hw *)adapter_19(D) + 936B].hw_addr,
	addl	%edx, %eax	#, _12
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp145
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp145, MEM[(volatile unsigned int *)_12]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2010: 	writel(0, hw->hw_addr + tx_ring->tdt);
#NO_APP
	movzwl	30(%ebx), %eax	# tx_ring_21(D)->tdt, tx_ring_21(D)->tdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:2010: 	writel(0, hw->hw_addr + tx_ring->tdt);
	movl	936(%ecx), %ebx	# MEM[(struct e1000_hw *)adapter_19(D) + 936B].hw_addr,
	addl	%ebx, %eax	#, _16
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# tmp145, MEM[(volatile unsigned int *)_16]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2011: }
#NO_APP
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L620:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1999: 	memset(tx_ring->buffer_info, 0, size);
	testl	$1, %edi	#, tx_ring_21(D)->buffer_info
	jne	.L622	#,
.L555:
	testl	$2, %edi	#, tx_ring_21(D)->buffer_info
	jne	.L623	#,
.L556:
	testl	$4, %edi	#, tx_ring_21(D)->buffer_info
	jne	.L624	#,
.L557:
	movl	%edx, %ecx	# size, tmp127
	xorl	%eax, %eax	# tmp123
	shrl	$2, %ecx	#, tmp127
	andl	$3, %edx	#, size
	rep stosl
	jmp	.L554	#
	.p2align 4,,10
	.p2align 3
.L621:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2003: 	memset(tx_ring->desc, 0, tx_ring->size);
	testl	$1, %edi	#, tx_ring_21(D)->desc
	jne	.L625	#,
.L562:
	testl	$2, %edi	#, tx_ring_21(D)->desc
	jne	.L626	#,
.L563:
	testl	$4, %edi	#, tx_ring_21(D)->desc
	jne	.L627	#,
.L564:
	movl	%edx, %ecx	# tx_ring_21(D)->size, tmp139
	xorl	%eax, %eax	# tmp135
	shrl	$2, %ecx	#, tmp139
	andl	$3, %edx	#, tx_ring_21(D)->size
	rep stosl
	jmp	.L561	#
.L622:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1999: 	memset(tx_ring->buffer_info, 0, size);
	movb	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
	decl	%edx	# size
	incl	%edi	# tx_ring_21(D)->buffer_info
	jmp	.L555	#
.L623:
	movw	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
	subl	$2, %edx	#, size
	addl	$2, %edi	#, tx_ring_21(D)->buffer_info
	jmp	.L556	#
.L624:
	movl	$0, (%edi)	#,* tx_ring_21(D)->buffer_info
	subl	$4, %edx	#, size
	addl	$4, %edi	#, tx_ring_21(D)->buffer_info
	jmp	.L557	#
.L625:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2003: 	memset(tx_ring->desc, 0, tx_ring->size);
	movb	$0, (%edi)	#,* tx_ring_21(D)->desc
	decl	%edx	# tx_ring_21(D)->size
	incl	%edi	# tx_ring_21(D)->desc
	jmp	.L562	#
.L626:
	movw	$0, (%edi)	#,* tx_ring_21(D)->desc
	subl	$2, %edx	#, tx_ring_21(D)->size
	addl	$2, %edi	#, tx_ring_21(D)->desc
	jmp	.L563	#
.L627:
	movl	$0, (%edi)	#,* tx_ring_21(D)->desc
	subl	$4, %edx	#, tx_ring_21(D)->size
	addl	$4, %edi	#, tx_ring_21(D)->desc
	jmp	.L564	#
	.size	e1000_clean_tx_ring, .-e1000_clean_tx_ring
	.p2align 4
	.type	e1000_intr, @function
e1000_intr:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3748: 	u32 icr = er32(ICR);
	movl	2376(%edx), %eax	# MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr, tmp136
	addl	$192, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3750: 	if (unlikely((!icr)))
#NO_APP
	testl	%eax, %eax	# ret
	je	.L640	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3744: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp133, data
	subl	$4, %esp	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%edx), %edx	# MEM[(const volatile long unsigned int *)data_36(D) + 3316B], _54
# drivers/net/ethernet/intel/e1000/e1000_main.c:3757: 	if (unlikely(test_bit(__E1000_DOWN, &adapter->flags)))
	testb	$4, %dl	#, _54
	jne	.L631	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3760: 	if (unlikely(icr & (E1000_ICR_RXSEQ | E1000_ICR_LSC))) {
	testb	$12, %al	#, ret
	jne	.L645	#,
.L633:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3768: 	ew32(IMC, ~0);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr, tmp137
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp122
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp122, MEM[(volatile unsigned int *)_21]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3769: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr, tmp138
	addl	$8, %eax	#, _23
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_23], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3771: 	if (likely(napi_schedule_prep(&adapter->napi))) {
#NO_APP
	leal	2104(%ebx), %esi	#, _24
	movl	%esi, %eax	# _24,
	call	napi_schedule_prep	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3771: 	if (likely(napi_schedule_prep(&adapter->napi))) {
	testb	%al, %al	# tmp134
	je	.L635	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3773: 		adapter->total_tx_packets = 0;
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3772: 		adapter->total_tx_bytes = 0;
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3773: 		adapter->total_tx_packets = 0;
	movl	%eax, 1988(%ebx)	#, MEM[(struct e1000_adapter *)data_36(D) + 1440B].total_tx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:3774: 		adapter->total_rx_bytes = 0;
	xorl	%eax, %eax	#
	movl	%eax, 1992(%ebx)	#, MEM[(struct e1000_adapter *)data_36(D) + 1440B].total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:3775: 		adapter->total_rx_packets = 0;
	xorl	%eax, %eax	#
	movl	%eax, 1996(%ebx)	#, MEM[(struct e1000_adapter *)data_36(D) + 1440B].total_rx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:3776: 		__napi_schedule(&adapter->napi);
	movl	%esi, %eax	# _24,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3772: 		adapter->total_tx_bytes = 0;
	movl	%ecx, 1984(%ebx)	#, MEM[(struct e1000_adapter *)data_36(D) + 1440B].total_tx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:3776: 		__napi_schedule(&adapter->napi);
	call	__napi_schedule	#
.L631:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3786: }
	popl	%edx	#
	movl	$1, %eax	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L640:
	ret	
	.p2align 4,,10
	.p2align 3
.L645:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3761: 		hw->get_link_status = 1;
	movb	$1, 2616(%ebx)	#, MEM[(struct e1000_hw *)data_36(D) + 2376B].get_link_status
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)data_36(D) + 3316B], _57
# drivers/net/ethernet/intel/e1000/e1000_main.c:3763: 		if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _57
	jne	.L633	#,
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	system_wq, %edx	# system_wq,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3764: 			schedule_delayed_work(&adapter->watchdog_task, 1);
	leal	3352(%ebx), %ecx	#, tmp119
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	$8, %eax	#,
	movl	$1, (%esp)	#,
	call	queue_delayed_work_on	#
# ./include/linux/workqueue.h:682: 	return queue_delayed_work(system_wq, dwork, delay);
	jmp	.L633	#
	.p2align 4,,10
	.p2align 3
.L635:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)data_36(D) + 3316B], _61
# drivers/net/ethernet/intel/e1000/e1000_main.c:3781: 		if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _61
	jne	.L631	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr, tmp139
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp129
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp129, MEM[(volatile unsigned int *)_68]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)data_36(D) + 2376B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_70], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:299: }
#NO_APP
	jmp	.L631	#
	.size	e1000_intr, .-e1000_intr
	.p2align 4
	.type	e1000_netpoll, @function
e1000_netpoll:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5222: {
	movl	%eax, %ebx	# tmp97, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:5225: 	if (disable_hardirq(adapter->pdev->irq))
	movl	2372(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev
	movl	576(%eax), %eax	# _1->irq, _1->irq
	call	disable_hardirq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5225: 	if (disable_hardirq(adapter->pdev->irq))
	testb	%al, %al	# tmp98
	jne	.L652	#,
.L647:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5227: 	enable_irq(adapter->pdev->irq);
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev
	movl	576(%eax), %eax	# _7->irq, _7->irq
	call	enable_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5228: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L652:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5226: 		e1000_intr(adapter->pdev->irq, netdev);
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:5226: 		e1000_intr(adapter->pdev->irq, netdev);
	movl	%ebx, %edx	# netdev,
	movl	576(%eax), %eax	# _4->irq, _4->irq
	call	e1000_intr	#
	jmp	.L647	#
	.size	e1000_netpoll, .-e1000_netpoll
	.section	.rodata.str1.1
.LC9:
	.string	"Error in setting MWI\n"
	.section	.text.unlikely
.LCOLDB10:
	.text
.LHOTB10:
	.p2align 4
	.type	e1000_leave_82542_rst, @function
e1000_leave_82542_rst:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp129, adapter
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2172: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %esi	# adapter_15(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2175: 	rctl = er32(RCTL);
	movl	936(%eax), %eax	# MEM[(struct e1000_hw *)adapter_15(D) + 936B].hw_addr, tmp132
	addl	$256, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2177: 	ew32(RCTL, rctl);
#NO_APP
	movl	936(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_15(D) + 936B].hw_addr, tmp133
# drivers/net/ethernet/intel/e1000/e1000_main.c:2176: 	rctl &= ~E1000_RCTL_RST;
	andl	$-2, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%edi)	# rctl, MEM[(volatile unsigned int *)_4]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2178: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_15(D) + 936B].hw_addr, tmp134
	addl	$8, %eax	#, _6
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2179: 	mdelay(5);
#NO_APP
	movl	$21475000, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2181: 	if (hw->pci_cmd_word & PCI_COMMAND_INVALIDATE)
	testb	$16, 1120(%ebx)	#, MEM[(struct e1000_hw *)adapter_15(D) + 936B].pci_cmd_word
	jne	.L671	#,
.L655:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_18 + 36B], _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:2184: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _39
	jne	.L672	#,
.L653:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2190: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L671:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4854: 	struct e1000_adapter *adapter = hw->back;
	movl	964(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_15(D) + 936B].back, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4855: 	int ret_val = pci_set_mwi(adapter->pdev);
	movl	932(%edi), %eax	# adapter_46->pdev, adapter_46->pdev
	call	pci_set_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4857: 	if (ret_val)
	testl	%eax, %eax	# tmp130
	je	.L655	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4858: 		e_err(probe, "Error in setting MWI\n");
	testb	$2, 1868(%edi)	#, adapter_46->msg_enable
	jne	.L669	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_18 + 36B], _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:2184: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _39
	je	.L653	#,
	.p2align 4
	.p2align 3
.L672:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2186: 		struct e1000_rx_ring *ring = &adapter->rx_ring[0];
	movl	660(%ebx), %edi	# adapter_15(D)->rx_ring, ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2187: 		e1000_configure_rx(adapter);
	movl	%ebx, %eax	# adapter,
	call	e1000_configure_rx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	movl	656(%ebx), %esi	# adapter_15(D)->alloc_rx_buf, _8
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	movl	20(%edi), %ecx	# MEM[(const volatile unsigned int *)ring_22 + 20B], _24
	movl	16(%edi), %eax	# MEM[(const volatile unsigned int *)ring_22 + 16B], _26
	xorl	%edx, %edx	# iftmp.56_12
	cmpl	%ecx, %eax	# _24, _26
	jb	.L658	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	movl	12(%edi), %edx	# ring_22->count, iftmp.56_12
.L658:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	decl	%ecx	# tmp126
	subl	%eax, %ecx	# _26, tmp127
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	movl	%ebx, %eax	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	addl	%edx, %ecx	# iftmp.56_12, tmp128
# drivers/net/ethernet/intel/e1000/e1000_main.c:2188: 		adapter->alloc_rx_buf(adapter, ring, E1000_DESC_UNUSED(ring));
	movl	%edi, %edx	# ring,
	call	__x86_indirect_thunk_esi
# drivers/net/ethernet/intel/e1000/e1000_main.c:2190: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	e1000_leave_82542_rst.cold, @function
e1000_leave_82542_rst.cold:
.L669:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4858: 		e_err(probe, "Error in setting MWI\n");
	movl	$.LC9, 4(%esp)	#,
	movl	928(%edi), %eax	# adapter_46->netdev, adapter_46->netdev
	movl	%eax, (%esp)	# adapter_46->netdev,
	call	netdev_err	#
	jmp	.L655	#
	.text
	.size	e1000_leave_82542_rst, .-e1000_leave_82542_rst
	.section	.text.unlikely
	.size	e1000_leave_82542_rst.cold, .-e1000_leave_82542_rst.cold
.LCOLDE10:
	.text
.LHOTE10:
	.p2align 4
	.type	e1000_set_rx_mode, @function
e1000_set_rx_mode:
	pushl	%ebp	#
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	$512, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2234: {
	movl	%esp, %ebp	#,
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	$2848, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2234: {
	pushl	%edi	#
	movl	%eax, %edi	# tmp231, netdev
	pushl	%esi	#
	pushl	%ebx	#
	subl	$20, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2234: {
	movl	%eax, -24(%ebp)	# netdev, %sfp
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, tmp206
	movl	%eax, -32(%ebp)	# tmp206, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2236: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%edi), %eax	#, hw
	movl	%eax, -16(%ebp)	# hw, %sfp
# ./include/linux/slab.h:563: 		return kmalloc_trace(
	movl	kmalloc_caches+36, %eax	# kmalloc_caches[0][9],
	call	kmalloc_trace	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2245: 	if (!mcarray)
	testl	%eax, %eax	# _152
	je	.L673	#,
	movl	%eax, %esi	# tmp232, _152
# drivers/net/ethernet/intel/e1000/e1000_main.c:2250: 	rctl = er32(RCTL);
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr
	movl	%edi, %ecx	# netdev, netdev
	movl	%eax, -20(%ebp)	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, %sfp
	addl	$256, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2252: 	if (netdev->flags & IFF_PROMISC) {
#NO_APP
	movl	104(%edi), %edx	# netdev_85(D)->flags, _3
# drivers/net/ethernet/intel/e1000/e1000_main.c:2252: 	if (netdev->flags & IFF_PROMISC) {
	testb	$1, %dh	#, _3
	jne	.L726	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2259: 			rctl &= ~E1000_RCTL_MPE;
	movl	%eax, %edi	# ret, rctl
	andl	$-17, %edi	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:2256: 		if (netdev->flags & IFF_ALLMULTI)
	testb	$2, %dh	#, _3
	je	.L679	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2257: 			rctl |= E1000_RCTL_MPE;
	orl	$16, %eax	#, ret
	movl	%eax, %edi	# ret, rctl
.L679:
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movl	-32(%ebp), %eax	# %sfp,
	xorl	%ecx, %ecx	#
	movl	$4096, %edx	#,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp233
	ja	.L680	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2262: 			rctl |= E1000_RCTL_VFE;
	orl	$262144, %edi	#, rctl
.L680:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2265: 	if (netdev_uc_count(netdev) > rar_entries - 1) {
	movl	-24(%ebp), %eax	# %sfp, netdev
	cmpl	$14, 388(%eax)	#, netdev_85(D)->uc.count
	jle	.L681	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2266: 		rctl |= E1000_RCTL_UPE;
	orl	$8, %edi	#, rctl
.L676:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2272: 	ew32(RCTL, rctl);
	movl	-24(%ebp), %ecx	# %sfp, netdev
	movl	2376(%ecx), %eax	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr
	movl	%eax, -20(%ebp)	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, %sfp
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,256(%eax)	# rctl, MEM[(volatile unsigned int *)_135]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2276: 	if (hw->mac_type == e1000_82542_rev2_0)
#NO_APP
	movl	2388(%ecx), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type, prephitmp_205
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	leal	396(%ecx), %ebx	#, prephitmp_133
	movl	%ebx, -20(%ebp)	# prephitmp_133, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2276: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, %edx	#, prephitmp_205
	je	.L687	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	396(%ecx), %edi	# netdev_85(D)->mc.list.next, ha
# drivers/net/ethernet/intel/e1000/e1000_main.c:2286: 	i = 1;
	movl	$1, %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	cmpl	%ebx, %edi	# prephitmp_133, ha
	je	.L684	#,
.L683:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2301: 			mta = (1 << hash_bit);
	movl	%esi, -28(%ebp)	# _152, %sfp
	movl	%eax, %ebx	# i, i
	movl	-20(%ebp), %esi	# %sfp, prephitmp_133
	jmp	.L694	#
	.p2align 4,,10
	.p2align 3
.L692:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2304: 			e1000_rar_set(hw, ha->addr, i++);
	leal	1(%ebx), %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2304: 			e1000_rar_set(hw, ha->addr, i++);
	movl	%ebx, %ecx	# i,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2304: 			e1000_rar_set(hw, ha->addr, i++);
	movl	%eax, -20(%ebp)	# i, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2304: 			e1000_rar_set(hw, ha->addr, i++);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_rar_set	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	(%edi), %edi	# ha_164->list.next, ha
# drivers/net/ethernet/intel/e1000/e1000_main.c:2304: 			e1000_rar_set(hw, ha->addr, i++);
	movl	-20(%ebp), %ebx	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	cmpl	%esi, %edi	# prephitmp_133, ha
	je	.L727	#,
.L694:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2298: 			hash_value = e1000_hash_mc_addr(hw, ha->addr);
	leal	20(%edi), %edx	#, pretmp_223
# drivers/net/ethernet/intel/e1000/e1000_main.c:2295: 		if (i == rar_entries) {
	cmpl	$15, %ebx	#, i
	jne	.L692	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2298: 			hash_value = e1000_hash_mc_addr(hw, ha->addr);
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_hash_mc_addr	#
	movl	%eax, %ecx	# tmp234, hash_value
# drivers/net/ethernet/intel/e1000/e1000_main.c:2299: 			hash_reg = (hash_value >> 5) & 0x7F;
	movl	%eax, %edx	# hash_value, hash_reg
	shrl	$3, %edx	#, hash_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:2301: 			mta = (1 << hash_bit);
	movl	$1, %eax	#, mta
	sall	%cl, %eax	# hash_value, mta
# drivers/net/ethernet/intel/e1000/e1000_main.c:2302: 			mcarray[hash_reg] |= mta;
	movl	-28(%ebp), %ecx	# %sfp, _152
# drivers/net/ethernet/intel/e1000/e1000_main.c:2302: 			mcarray[hash_reg] |= mta;
	andl	$508, %edx	#, tmp190
# drivers/net/ethernet/intel/e1000/e1000_main.c:2302: 			mcarray[hash_reg] |= mta;
	orl	%eax, (%ecx,%edx)	# mta, *_21
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	(%edi), %edi	# ha_164->list.next, ha
	cmpl	%esi, %edi	# prephitmp_133, ha
	jne	.L694	#,
.L727:
	movl	-28(%ebp), %esi	# %sfp, _152
	movl	%ebx, %eax	# i, i
.L691:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2324: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, mcarray[i]);
	movl	-24(%ebp), %edi	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2308: 	for (; i < rar_entries; i++) {
	cmpl	$14, %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2324: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, mcarray[i]);
	movl	2388(%edi), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type, prephitmp_205
# drivers/net/ethernet/intel/e1000/e1000_main.c:2308: 	for (; i < rar_entries; i++) {
	jg	.L695	#,
.L684:
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-24(%ebp), %ebx	# %sfp, netdev
	xorl	%ecx, %ecx	# tmp195
	jmp	.L698	#
	.p2align 4,,10
	.p2align 3
.L728:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2324: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, mcarray[i]);
	movl	2388(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type, prephitmp_205
.L698:
	leal	0(,%eax,8), %edi	#, _172
# drivers/net/ethernet/intel/e1000/e1000_main.c:2309: 		E1000_WRITE_REG_ARRAY(hw, RA, i << 1, 0);
	cmpl	$3, %edx	#, prephitmp_205
	sbbl	%edx, %edx	# iftmp.20_71
	andl	$-21440, %edx	#, iftmp.20_71
	leal	21504(%edx,%edi), %edx	#, tmp194
	addl	2376(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, _33
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp195, MEM[(volatile unsigned int *)_33]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2310: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, tmp308
	addl	$8, %edx	#, _35
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_35], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2311: 		E1000_WRITE_REG_ARRAY(hw, RA, (i << 1) + 1, 0);
#NO_APP
	cmpl	$3, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type
	sbbl	%edx, %edx	# iftmp.21_72
	andl	$-21440, %edx	#, iftmp.21_72
	leal	21508(%edx,%edi), %edx	#, tmp199
	movl	2376(%ebx), %edi	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr,
	addl	%edi, %edx	#, _43
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp195, MEM[(volatile unsigned int *)_43]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2312: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %edi	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, tmp309
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%edi),%edx	# MEM[(volatile unsigned int *)_45], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2308: 	for (; i < rar_entries; i++) {
#NO_APP
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2308: 	for (; i < rar_entries; i++) {
	cmpl	$15, %eax	#, i
	jne	.L728	#,
.L695:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2311: 		E1000_WRITE_REG_ARRAY(hw, RA, (i << 1) + 1, 0);
	movl	-24(%ebp), %ecx	# %sfp, netdev
	movl	$508, %eax	#, ivtmp.689
	.p2align 4
	.p2align 3
.L700:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2324: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, mcarray[i]);
	cmpl	$3, 2388(%ecx)	#, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type
	movl	2376(%ecx), %ebx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr,
	sbbl	%edx, %edx	# iftmp.22_73
	andl	$-20480, %edx	#, iftmp.22_73
	leal	20992(%edx,%eax), %edx	#, tmp203
	addl	%ebx, %edx	#, _51
	movl	(%esi,%eax), %ebx	# MEM[(u32 *)_152 + ivtmp.689_183 * 1], _55
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,(%edx)	# _55, MEM[(volatile unsigned int *)_51]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2318: 	for (i = mta_reg_count - 1; i >= 0 ; i--) {
#NO_APP
	subl	$4, %eax	#, ivtmp.689
	cmpl	$-4, %eax	#, ivtmp.689
	jne	.L700	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2326: 	E1000_WRITE_FLUSH();
	movl	-24(%ebp), %edi	# %sfp, netdev
	movl	2376(%edi), %eax	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr
	movl	%eax, -16(%ebp)	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, %sfp
	addl	$8, %eax	#, _57
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_57], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2328: 	if (hw->mac_type == e1000_82542_rev2_0)
#NO_APP
	cmpl	$1, 2388(%edi)	#, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type
	je	.L729	#,
.L701:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2331: 	kfree(mcarray);
	movl	%esi, %eax	# _152,
	call	kfree	#
.L673:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2332: }
	addl	$20, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L726:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2254: 		rctl &= ~E1000_RCTL_VFE;
	andl	$-262145, %eax	#, tmp178
	orl	$24, %eax	#, tmp178
# drivers/net/ethernet/intel/e1000/e1000_main.c:2265: 	if (netdev_uc_count(netdev) > rar_entries - 1) {
	cmpl	$14, 388(%ecx)	#, netdev_85(D)->uc.count
# drivers/net/ethernet/intel/e1000/e1000_main.c:2254: 		rctl &= ~E1000_RCTL_VFE;
	movl	%eax, %edi	# tmp178, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:2265: 	if (netdev_uc_count(netdev) > rar_entries - 1) {
	jg	.L676	#,
	movl	2376(%ecx), %eax	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr
.L677:
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,256(%eax)	# rctl, MEM[(volatile unsigned int *)_166]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2276: 	if (hw->mac_type == e1000_82542_rev2_0)
#NO_APP
	movl	-24(%ebp), %eax	# %sfp, netdev
	movl	2388(%eax), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type, prephitmp_205
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	leal	396(%eax), %ecx	#, prephitmp_133
	movl	%ecx, -20(%ebp)	# prephitmp_133, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2276: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, %edx	#, prephitmp_205
	je	.L687	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	396(%eax), %edi	# netdev_85(D)->mc.list.next, ha
# drivers/net/ethernet/intel/e1000/e1000_main.c:2286: 	i = 1;
	movl	$1, %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	cmpl	%ecx, %edi	# prephitmp_133, ha
	jne	.L683	#,
	jmp	.L684	#
	.p2align 4,,10
	.p2align 3
.L681:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2272: 	ew32(RCTL, rctl);
	movl	-24(%ebp), %ecx	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2267: 	} else if (!(netdev->flags & IFF_PROMISC)) {
	testb	$1, 105(%ecx)	#, netdev_85(D)->flags
# drivers/net/ethernet/intel/e1000/e1000_main.c:2272: 	ew32(RCTL, rctl);
	movl	2376(%ecx), %eax	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].hw_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2267: 	} else if (!(netdev->flags & IFF_PROMISC)) {
	jne	.L677	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2268: 		rctl &= ~E1000_RCTL_UPE;
	andl	$-9, %edi	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,256(%eax)	# rctl, MEM[(volatile unsigned int *)_228]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2276: 	if (hw->mac_type == e1000_82542_rev2_0)
#NO_APP
	cmpl	$1, 2388(%ecx)	#, MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type
	je	.L730	#,
.L686:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2288: 		netdev_for_each_uc_addr(ha, netdev) {
	movl	-24(%ebp), %eax	# %sfp, netdev
	movl	380(%eax), %edi	# netdev_85(D)->uc.list.next, __mptr
	leal	380(%eax), %ebx	#, _139
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	addl	$396, %eax	#, prephitmp_133
	movl	%eax, -20(%ebp)	# prephitmp_133, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2286: 	i = 1;
	movl	$1, %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2288: 		netdev_for_each_uc_addr(ha, netdev) {
	cmpl	%ebx, %edi	# _139, __mptr
	je	.L731	#,
	movl	%esi, -28(%ebp)	# _152, %sfp
	movl	%eax, %esi	# i, i
	.p2align 4
	.p2align 3
.L688:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2291: 			e1000_rar_set(hw, ha->addr, i++);
	movl	-16(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2291: 			e1000_rar_set(hw, ha->addr, i++);
	leal	20(%edi), %edx	#, tmp187
	movl	%esi, %ecx	# i, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2291: 			e1000_rar_set(hw, ha->addr, i++);
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2291: 			e1000_rar_set(hw, ha->addr, i++);
	call	e1000_rar_set	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2288: 		netdev_for_each_uc_addr(ha, netdev) {
	movl	(%edi), %edi	# ha_167->list.next, __mptr
	cmpl	%ebx, %edi	# _139, __mptr
	je	.L732	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2289: 			if (i == rar_entries)
	cmpl	$15, %esi	#, i
	jne	.L688	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	-24(%ebp), %edi	# %sfp, netdev
	movl	%esi, %eax	# i, i
	movl	-20(%ebp), %ecx	# %sfp, prephitmp_133
	movl	-28(%ebp), %esi	# %sfp, _152
	movl	396(%edi), %edi	# netdev_85(D)->mc.list.next, ha
	cmpl	%ecx, %edi	# prephitmp_133, ha
	jne	.L683	#,
	jmp	.L695	#
.L729:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2329: 		e1000_leave_82542_rst(adapter);
	movl	-32(%ebp), %eax	# %sfp,
	call	e1000_leave_82542_rst	#
	.p2align 4,,5
	jmp	.L701	#
.L687:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2277: 		e1000_enter_82542_rst(adapter);
	movl	-32(%ebp), %eax	# %sfp,
	call	e1000_enter_82542_rst	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	-24(%ebp), %eax	# %sfp, netdev
	movl	-20(%ebp), %ecx	# %sfp, prephitmp_133
	movl	396(%eax), %edi	# netdev_85(D)->mc.list.next, ha
# drivers/net/ethernet/intel/e1000/e1000_main.c:2286: 	i = 1;
	movl	$1, %eax	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	cmpl	%ecx, %edi	# prephitmp_133, ha
	jne	.L683	#,
.L724:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2309: 		E1000_WRITE_REG_ARRAY(hw, RA, i << 1, 0);
	movl	-24(%ebp), %edi	# %sfp, netdev
	movl	2388(%edi), %edx	# MEM[(struct e1000_hw *)netdev_85(D) + 2376B].mac_type, prephitmp_205
	jmp	.L684	#
.L730:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2277: 		e1000_enter_82542_rst(adapter);
	movl	-32(%ebp), %eax	# %sfp,
	call	e1000_enter_82542_rst	#
	jmp	.L686	#
.L731:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2294: 	netdev_for_each_mc_addr(ha, netdev) {
	movl	-24(%ebp), %edi	# %sfp, netdev
	movl	-20(%ebp), %ecx	# %sfp, prephitmp_133
	movl	396(%edi), %edi	# netdev_85(D)->mc.list.next, ha
	cmpl	%ecx, %edi	# prephitmp_133, ha
	jne	.L683	#,
	jmp	.L724	#
	.p2align 4,,10
	.p2align 3
.L732:
	movl	-24(%ebp), %edi	# %sfp, netdev
	movl	%esi, %eax	# i, i
	movl	-20(%ebp), %ecx	# %sfp, prephitmp_133
	movl	-28(%ebp), %esi	# %sfp, _152
	movl	396(%edi), %edi	# netdev_85(D)->mc.list.next, ha
	cmpl	%ecx, %edi	# prephitmp_133, ha
	jne	.L683	#,
	jmp	.L691	#
	.size	e1000_set_rx_mode, .-e1000_set_rx_mode
	.p2align 4
	.type	e1000_set_mac, @function
e1000_set_mac:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp122, p
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp121, netdev
	subl	$20, %esp	#,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, _25
	movl	%eax, -24(%ebp)	# _25, %sfp
# ./include/linux/etherdevice.h:126: 	u32 a = *(const u32 *)addr;
	movl	2(%edx), %edx	# MEM[(const u32 *)p_14(D) + 2B], a
# drivers/net/ethernet/intel/e1000/e1000_main.c:2202: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%ebx), %eax	#, hw
	movl	%eax, -16(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2206: 		return -EADDRNOTAVAIL;
	movl	$-99, %eax	#, <retval>
# ./include/linux/etherdevice.h:202: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	testb	$1, %dl	#, a
	jne	.L733	#,
# ./include/linux/etherdevice.h:108: 	return ((*(const u32 *)addr) | (*(const u16 *)(addr + 4))) == 0;
	movzwl	6(%edi), %ecx	# MEM[(const u16 *)p_14(D) + 6B], MEM[(const u16 *)p_14(D) + 6B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:2206: 		return -EADDRNOTAVAIL;
	movl	$-99, %eax	#, <retval>
# ./include/linux/etherdevice.h:202: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	orl	%edx, %ecx	# a, tmp123
	je	.L733	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2210: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_11(D) + 2376B].mac_type
	je	.L762	#,
.L735:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2213: 	eth_hw_addr_set(netdev, addr->sa_data);
	leal	2(%edi), %esi	#, _2
# ./include/linux/netdevice.h:4576: 	dev_addr_mod(dev, 0, addr, len);
	xorl	%edx, %edx	#
	movl	$6, (%esp)	#,
	movl	%esi, %ecx	# _2,
	movl	%ebx, %eax	# netdev,
	call	dev_addr_mod	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2214: 	memcpy(hw->mac_addr, addr->sa_data, netdev->addr_len);
	movzbl	361(%ebx), %edx	# netdev_11(D)->addr_len, netdev_11(D)->addr_len
	leal	2592(%ebx), %eax	#, _5
	movl	%eax, -20(%ebp)	# _5, %sfp
	movl	%eax, %ecx	# _5, _5
	cmpl	$4, %edx	#, netdev_11(D)->addr_len
	jnb	.L763	#,
.L736:
	xorl	%eax, %eax	# tmp114
	testb	$2, %dl	#, netdev_11(D)->addr_len
	jne	.L764	#,
	testb	$1, %dl	#, netdev_11(D)->addr_len
	jne	.L765	#,
.L742:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2216: 	e1000_rar_set(hw, hw->mac_addr, 0);
	movl	-20(%ebp), %edx	# %sfp,
	xorl	%ecx, %ecx	#
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_rar_set	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2218: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_11(D) + 2376B].mac_type
	je	.L743	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2221: 	return 0;
	xorl	%eax, %eax	# <retval>
.L733:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2222: }
	addl	$20, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L765:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2214: 	memcpy(hw->mac_addr, addr->sa_data, netdev->addr_len);
	movzbl	(%esi,%eax), %edx	#, tmp140
	movb	%dl, (%ecx,%eax)	# tmp140,
	jmp	.L742	#
	.p2align 4,,10
	.p2align 3
.L764:
	movzwl	(%esi), %eax	#* _2, tmp139
	testb	$1, %dl	#, netdev_11(D)->addr_len
	movw	%ax, (%ecx)	# tmp139,* _5
	movl	$2, %eax	#, tmp114
	je	.L742	#,
	jmp	.L765	#
	.p2align 4,,10
	.p2align 3
.L743:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2219: 		e1000_leave_82542_rst(adapter);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_leave_82542_rst	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2221: 	return 0;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,3
	jmp	.L733	#
	.p2align 4,,10
	.p2align 3
.L763:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2214: 	memcpy(hw->mac_addr, addr->sa_data, netdev->addr_len);
	testb	$1, %al	#, _5
	jne	.L766	#,
.L737:
	testb	$2, %cl	#, _5
	.p2align 4,,4
	jne	.L767	#,
.L738:
	cmpl	$4, %edx	#, netdev_11(D)->addr_len
	.p2align 4,,3
	jb	.L736	#,
	movl	%edx, -28(%ebp)	# netdev_11(D)->addr_len, %sfp
	movl	%edx, %edi	# netdev_11(D)->addr_len, tmp112
	xorl	%eax, %eax	# tmp111
	andl	$-4, %edi	#, tmp112
.L739:
	movl	(%esi,%eax), %edx	#, tmp138
	movl	%edx, (%ecx,%eax)	# tmp138,
	addl	$4, %eax	#, tmp111
	cmpl	%edi, %eax	# tmp112, tmp111
	jb	.L739	#,
	movl	-28(%ebp), %edx	# %sfp, netdev_11(D)->addr_len
	addl	%eax, %ecx	# tmp111, _5
	addl	%eax, %esi	# tmp111, _2
	jmp	.L736	#
	.p2align 4,,10
	.p2align 3
.L762:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2211: 		e1000_enter_82542_rst(adapter);
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_enter_82542_rst	#
	jmp	.L735	#
	.p2align 4,,10
	.p2align 3
.L767:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2214: 	memcpy(hw->mac_addr, addr->sa_data, netdev->addr_len);
	movzwl	(%esi), %eax	#* _2, tmp136
	addl	$2, %ecx	#, _5
	addl	$2, %esi	#, _2
	subl	$2, %edx	#, netdev_11(D)->addr_len
	movw	%ax, -2(%ecx)	# tmp136,
	jmp	.L738	#
	.p2align 4,,10
	.p2align 3
.L766:
	movzbl	2(%edi), %eax	#, tmp135
	leal	2593(%ebx), %ecx	#, _5
	decl	%edx	# netdev_11(D)->addr_len
	leal	3(%edi), %esi	#, _2
	movb	%al, 2592(%ebx)	# tmp135,
	jmp	.L737	#
	.size	e1000_set_mac, .-e1000_set_mac
	.section	.rodata.str1.1
.LC11:
	.string	"NTC/U"
.LC12:
	.string	"NTU"
.LC13:
	.string	"NTC"
.LC14:
	.string	""
	.section	.rodata.str1.4
	.align 4
.LC15:
	.ascii	"Detected Tx Unit Hang\n  Tx Queue             <%l"
	.string	"u>\n  TDH                  <%x>\n  TDT                  <%x>\n  next_to_use          <%x>\n  next_to_clean        <%x>\nbuffer_info[next_to_clean]\n  time_stamp           <%lx>\n  next_to_watch        <%x>\n  jiffies              <%lx>\n  next_to_watch.status <%x>\n"
	.section	.rodata.str1.1
.LC16:
	.string	"\0016e1000: TX Desc ring0 dump\n"
	.section	.rodata.str1.4
	.align 4
.LC17:
	.string	"\0016e1000: Tc[desc]     [Ce CoCsIpceCoS] [MssHlRSCm0Plen] [bi->dma       ] leng  ntw timestmp         bi->skb\n"
	.align 4
.LC18:
	.string	"\0016e1000: Td[desc]     [address 63:0  ] [VlaPoRSCm1Dlen] [bi->dma       ] leng  ntw timestmp         bi->skb\n"
	.section	.rodata.str1.1
.LC19:
	.string	"\0016e1000: \nRX Desc ring dump\n"
	.section	.rodata.str1.4
	.align 4
.LC20:
	.string	"\0016e1000: R[desc]      [address 63:0  ] [vl er S cks ln] [bi->dma       ] [bi->skb]\n"
	.align 4
.LC21:
	.string	"\0016e1000: T%c[0x%03X]    %016llX %016llX %016llX %04X  %3X %016llX %p %s\n"
	.align 4
.LC22:
	.string	"\0016e1000: R[0x%03X]     %016llX %016llX %016llX %p %s\n"
	.align 4
.LC23:
	.string	"\0016e1000: Rx descriptor cache in 64bit format\n"
	.align 4
.LC24:
	.string	"\0016e1000: R%04X: %08X|%08X %08X|%08X\n"
	.align 4
.LC25:
	.string	"\0016e1000: Tx descriptor cache in 64bit format\n"
	.align 4
.LC26:
	.string	"\0016e1000: T%04X: %08X|%08X %08X|%08X\n"
	.section	.text.unlikely
.LCOLDB27:
	.text
.LHOTB27:
	.p2align 4
	.type	e1000_clean, @function
e1000_clean:
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp510, napi
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$144, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3794: {
	movl	%edx, -68(%ebp)	# tmp511, %sfp
	movl	%eax, -60(%ebp)	# napi, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3795: 	struct e1000_adapter *adapter = container_of(napi, struct e1000_adapter,
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, napi
	movl	%eax, -16(%ebp)	# napi, D.87715
	movl	%ecx, %eax	# napi, napi
	subl	$664, %ecx	#, _26
	movl	%ecx, -44(%ebp)	# _26, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3797: 	int tx_clean_complete = 0, work_done = 0;
	movl	$0, -24(%ebp)	#, work_done
# drivers/net/ethernet/intel/e1000/e1000_main.c:3833: 	unsigned int total_tx_bytes = 0, total_tx_packets = 0;
	movl	$0, -48(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3833: 	unsigned int total_tx_bytes = 0, total_tx_packets = 0;
	movl	$0, -52(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3799: 	tx_clean_complete = e1000_clean_tx_irq(adapter, &adapter->tx_ring[0]);
	movl	-88(%eax), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_ring, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:3828: 	struct net_device *netdev = adapter->netdev;
	movl	264(%eax), %edi	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3836: 	i = tx_ring->next_to_clean;
	movl	20(%ecx), %ebx	# _1->next_to_clean, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3799: 	tx_clean_complete = e1000_clean_tx_irq(adapter, &adapter->tx_ring[0]);
	movl	%ecx, -64(%ebp)	# _1, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3837: 	eop = tx_ring->buffer_info[i].next_to_watch;
	movl	24(%ecx), %edx	# _1->buffer_info,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3838: 	eop_desc = E1000_TX_DESC(*tx_ring, eop);
	movl	(%ecx), %esi	# _1->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3834: 	unsigned int bytes_compl = 0, pkts_compl = 0;
	xorl	%ecx, %ecx	# bytes_compl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3837: 	eop = tx_ring->buffer_info[i].next_to_watch;
	leal	(%ebx,%ebx,2), %eax	#, tmp345
	leal	(%edx,%eax,8), %eax	#, tmp347
# drivers/net/ethernet/intel/e1000/e1000_main.c:3837: 	eop = tx_ring->buffer_info[i].next_to_watch;
	movzwl	14(%eax), %eax	# _53->next_to_watch, eop
	movl	%eax, -28(%ebp)	# eop, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3838: 	eop_desc = E1000_TX_DESC(*tx_ring, eop);
	sall	$4, %eax	#, tmp348
# drivers/net/ethernet/intel/e1000/e1000_main.c:3838: 	eop_desc = E1000_TX_DESC(*tx_ring, eop);
	addl	%esi, %eax	#, tmp348
	movl	%eax, %esi	# tmp348, eop_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3840: 	while ((eop_desc->upper.data & cpu_to_le32(E1000_TXD_STAT_DD)) &&
	movl	12(%eax), %eax	# eop_desc_58->upper.data, count
	andl	$1, %eax	#, count
	movl	%eax, -36(%ebp)	# count, %sfp
	je	.L770	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3832: 	unsigned int count = 0;
	movl	%edi, -76(%ebp)	# netdev, %sfp
	movl	-64(%ebp), %edi	# %sfp, _1
	movl	$0, -36(%ebp)	#, %sfp
	movl	%ecx, -56(%ebp)	# bytes_compl, %sfp
	.p2align 4
	.p2align 3
.L769:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3840: 	while ((eop_desc->upper.data & cpu_to_le32(E1000_TXD_STAT_DD)) &&
	movl	-36(%ebp), %eax	# %sfp, count
	cmpl	12(%edi), %eax	# _1->count, count
	jnb	.L884	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3843: 		dma_rmb();	/* read buffer_info after eop_desc */
	.p2align 4
	.p2align 3
.L775:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3845: 			tx_desc = E1000_TX_DESC(*tx_ring, i);
	movl	(%edi), %esi	# _1->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3845: 			tx_desc = E1000_TX_DESC(*tx_ring, i);
	movl	%ebx, %eax	# i, tmp351
	sall	$4, %eax	#, tmp351
# drivers/net/ethernet/intel/e1000/e1000_main.c:3846: 			buffer_info = &tx_ring->buffer_info[i];
	movl	24(%edi), %edx	# _1->buffer_info, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3845: 			tx_desc = E1000_TX_DESC(*tx_ring, i);
	addl	%esi, %eax	#, tmp351
	movl	%eax, -32(%ebp)	# tmp351, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3846: 			buffer_info = &tx_ring->buffer_info[i];
	leal	(%ebx,%ebx,2), %eax	#, tmp355
	sall	$3, %eax	#, tmp356
	movl	%eax, -40(%ebp)	# tmp356, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3862: 			if (unlikely(++i == tx_ring->count))
	leal	1(%ebx), %esi	#, _220
# drivers/net/ethernet/intel/e1000/e1000_main.c:3846: 			buffer_info = &tx_ring->buffer_info[i];
	addl	%eax, %edx	# tmp356, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3849: 			if (cleaned) {
	movl	-28(%ebp), %eax	# %sfp, eop
	cmpl	%eax, %ebx	# eop, i
	je	.L885	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3858: 			e1000_unmap_and_free_tx_resource(adapter, buffer_info,
	movl	-44(%ebp), %eax	# %sfp,
	movl	$64, %ecx	#,
	call	e1000_unmap_and_free_tx_resource	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3860: 			tx_desc->upper.data = 0;
	movl	-32(%ebp), %eax	# %sfp, tx_desc
	movl	$0, 12(%eax)	#, tx_desc_62->upper.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:3862: 			if (unlikely(++i == tx_ring->count))
	cmpl	%esi, 12(%edi)	# _220, _1->count
	je	.L773	#,
.L820:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3844: 		for ( ; !cleaned; count++) {
	movl	-28(%ebp), %eax	# %sfp, eop
# drivers/net/ethernet/intel/e1000/e1000_main.c:3844: 		for ( ; !cleaned; count++) {
	incl	-36(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3844: 		for ( ; !cleaned; count++) {
	cmpl	%eax, %ebx	# eop, i
	je	.L774	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3794: {
	movl	%esi, %ebx	# _220, i
	jmp	.L775	#
	.p2align 4,,10
	.p2align 3
.L774:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3866: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	-40(%ebp), %eax	# %sfp, tmp356
	movl	%esi, %ebx	# _220, i
	addl	$24, %eax	#, tmp356
.L818:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3866: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movl	24(%edi), %edx	# _1->buffer_info, _1->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3867: 		eop_desc = E1000_TX_DESC(*tx_ring, eop);
	movl	(%edi), %ecx	# _1->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3866: 		eop = tx_ring->buffer_info[i].next_to_watch;
	movzwl	14(%edx,%eax), %eax	# _92->next_to_watch, eop
	movl	%eax, -28(%ebp)	# eop, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3867: 		eop_desc = E1000_TX_DESC(*tx_ring, eop);
	movl	%eax, %esi	# eop, tmp366
	sall	$4, %esi	#, tmp366
# drivers/net/ethernet/intel/e1000/e1000_main.c:3867: 		eop_desc = E1000_TX_DESC(*tx_ring, eop);
	addl	%ecx, %esi	#, eop_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3840: 	while ((eop_desc->upper.data & cpu_to_le32(E1000_TXD_STAT_DD)) &&
	testb	$1, 12(%esi)	#, eop_desc_97->upper.data
	jne	.L769	#,
.L884:
	movl	-76(%ebp), %edi	# %sfp, netdev
	movl	-56(%ebp), %ecx	# %sfp, bytes_compl
.L770:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3873: 	smp_store_release(&tx_ring->next_to_clean, i);
	movl	-64(%ebp), %eax	# %sfp, _1
# ./include/linux/netdevice.h:3510: 	if (unlikely(!bytes))
	testl	%ecx, %ecx	# bytes_compl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3873: 	smp_store_release(&tx_ring->next_to_clean, i);
	movl	%ebx, 20(%eax)	# i, MEM[(volatile unsigned int *)_1 + 20B]
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
	movl	576(%edi), %ebx	# MEM[(const struct net_device *)netdev_49]._tx, _104
# ./include/linux/netdevice.h:3510: 	if (unlikely(!bytes))
	je	.L778	#,
# ./include/linux/netdevice.h:3513: 	dql_completed(&dev_queue->dql, bytes);
	leal	96(%ebx), %eax	#, tmp370
	movl	%ecx, %edx	# bytes_compl,
	call	dql_completed	#
# ./include/linux/netdevice.h:3520: 	smp_mb();
#APP
# 3520 "./include/linux/netdevice.h" 1
	lock; addl $0,-4(%esp)
# 0 "" 2
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
#NO_APP
	movl	100(%ebx), %edx	# MEM[(const volatile unsigned int *)_104 + 100B], _227
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
	movl	96(%ebx), %eax	# MEM[(const volatile unsigned int *)_104 + 96B], _228
# ./include/linux/netdevice.h:3522: 	if (unlikely(dql_avail(&dev_queue->dql) < 0))
	cmpl	%eax, %edx	# _228, _227
	js	.L778	#,
# ./arch/x86/include/asm/bitops.h:162: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(btr), *addr, c, "Ir", nr);
#APP
# 162 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btrl  $1, 76(%ebx)	#, MEM[(volatile long unsigned int *)_234]
	/* output condition code c*/

# 0 "" 2
# ./include/linux/netdevice.h:3525: 	if (test_and_clear_bit(__QUEUE_STATE_STACK_XOFF, &dev_queue->state))
#NO_APP
	jc	.L886	#,
.L778:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3878: 	if (unlikely(count && netif_carrier_ok(netdev) &&
	movl	-36(%ebp), %edx	# %sfp,
	testl	%edx, %edx	#
	jne	.L887	#,
.L781:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3892: 	if (adapter->detect_tx_hung) {
	movl	-60(%ebp), %ecx	# %sfp, napi
	cmpb	$0, -15(%ecx)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].detect_tx_hung
	je	.L785	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3896: 		adapter->detect_tx_hung = false;
	movb	$0, -15(%ecx)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].detect_tx_hung
# drivers/net/ethernet/intel/e1000/e1000_main.c:3897: 		if (tx_ring->buffer_info[eop].time_stamp &&
	movl	-28(%ebp), %ebx	# %sfp, eop
# drivers/net/ethernet/intel/e1000/e1000_main.c:3897: 		if (tx_ring->buffer_info[eop].time_stamp &&
	movl	-64(%ebp), %edx	# %sfp, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:3897: 		if (tx_ring->buffer_info[eop].time_stamp &&
	leal	(%ebx,%ebx,2), %eax	#, tmp383
	leal	0(,%eax,8), %ebx	#, tmp384
# drivers/net/ethernet/intel/e1000/e1000_main.c:3897: 		if (tx_ring->buffer_info[eop].time_stamp &&
	movl	24(%edx), %eax	# _1->buffer_info, _1->buffer_info
	movl	8(%eax,%ebx), %edx	# _154->time_stamp, _155
# drivers/net/ethernet/intel/e1000/e1000_main.c:3897: 		if (tx_ring->buffer_info[eop].time_stamp &&
	testl	%edx, %edx	# _155
	jne	.L888	#,
.L785:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3927: 	adapter->total_tx_bytes += total_tx_bytes;
	movl	-60(%ebp), %eax	# %sfp, napi
	movl	-52(%ebp), %ecx	# %sfp, total_tx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:3928: 	adapter->total_tx_packets += total_tx_packets;
	movl	-48(%ebp), %esi	# %sfp, total_tx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:3927: 	adapter->total_tx_bytes += total_tx_bytes;
	addl	%ecx, -120(%eax)	# total_tx_bytes, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:3928: 	adapter->total_tx_packets += total_tx_packets;
	addl	%esi, -116(%eax)	# total_tx_packets, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:3929: 	netdev->stats.tx_bytes += total_tx_bytes;
	addl	%ecx, 220(%edi)	# total_tx_bytes, netdev_49->stats.D.57915.tx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:3931: 	return count < tx_ring->count;
	movl	-64(%ebp), %ecx	# %sfp, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:3930: 	netdev->stats.tx_packets += total_tx_packets;
	addl	%esi, 212(%edi)	# total_tx_packets, netdev_49->stats.D.57907.tx_packets
# drivers/net/ethernet/intel/e1000/e1000_main.c:3801: 	adapter->clean_rx(adapter, &adapter->rx_ring[0], &work_done, budget);
	movl	%eax, %edi	# napi, napi
# drivers/net/ethernet/intel/e1000/e1000_main.c:3931: 	return count < tx_ring->count;
	movl	12(%ecx), %ebx	# _1->count, _205
# drivers/net/ethernet/intel/e1000/e1000_main.c:3801: 	adapter->clean_rx(adapter, &adapter->rx_ring[0], &work_done, budget);
	movl	-68(%ebp), %ecx	# %sfp, budget
	movl	-4(%eax), %edx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_ring, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_ring
	movl	%ecx, (%esp)	# budget,
	movl	-12(%eax), %esi	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].clean_rx, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].clean_rx
	leal	-24(%ebp), %eax	#, tmp647
	movl	%eax, %ecx	# tmp647,
	movl	-44(%ebp), %eax	# %sfp,
	call	__x86_indirect_thunk_esi
# drivers/net/ethernet/intel/e1000/e1000_main.c:3803: 	if (!tx_clean_complete || work_done == budget)
	cmpl	%ebx, -36(%ebp)	# _205, %sfp
	jnb	.L802	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3803: 	if (!tx_clean_complete || work_done == budget)
	movl	-24(%ebp), %edx	# work_done, work_done.128_5
# drivers/net/ethernet/intel/e1000/e1000_main.c:3803: 	if (!tx_clean_complete || work_done == budget)
	movl	-68(%ebp), %ecx	# %sfp, budget
	cmpl	%ecx, %edx	# budget, work_done.128_5
	je	.L802	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3809: 	if (likely(napi_complete_done(napi, work_done))) {
	movl	%edi, %eax	# napi,
	call	napi_complete_done	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3809: 	if (likely(napi_complete_done(napi, work_done))) {
	testb	%al, %al	# tmp512
	je	.L804	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3810: 		if (likely(adapter->itr_setting & 3))
	movl	-100(%edi), %esi	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].itr_setting, _9
# drivers/net/ethernet/intel/e1000/e1000_main.c:3810: 		if (likely(adapter->itr_setting & 3))
	testl	$3, %esi	#, _9
	je	.L806	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2629: 	u32 new_itr = adapter->itr;
	movl	-104(%edi), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].itr, new_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2631: 	if (unlikely(hw->mac_type < e1000_82540))
	cmpl	$4, 284(%edi)	#, MEM[(struct e1000_hw *)napi_25(D) + 272B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:2629: 	u32 new_itr = adapter->itr;
	movl	%ecx, -32(%ebp)	# new_itr, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2631: 	if (unlikely(hw->mac_type < e1000_82540))
	jbe	.L806	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2635: 	if (unlikely(adapter->link_speed != SPEED_1000)) {
	cmpw	$1000, -128(%edi)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].link_speed
	jne	.L808	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2640: 	adapter->tx_itr = e1000_update_itr(adapter, adapter->tx_itr,
	movl	-120(%edi), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_bytes, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_bytes
	movzwl	-96(%edi), %edx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_itr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_itr
	movl	-116(%edi), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_packets, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_packets
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_tx_bytes,
	movl	-44(%ebp), %eax	# %sfp,
	call	e1000_update_itr	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2644: 	if (adapter->itr_setting == 3 && adapter->tx_itr == lowest_latency)
	cmpl	$3, %esi	#, _9
	sete	-28(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2640: 	adapter->tx_itr = e1000_update_itr(adapter, adapter->tx_itr,
	movzwl	%ax, %ebx	# tmp513, _357
# drivers/net/ethernet/intel/e1000/e1000_main.c:2644: 	if (adapter->itr_setting == 3 && adapter->tx_itr == lowest_latency)
	movzbl	-28(%ebp), %eax	# %sfp, tmp452
# drivers/net/ethernet/intel/e1000/e1000_main.c:2640: 	adapter->tx_itr = e1000_update_itr(adapter, adapter->tx_itr,
	movw	%bx, -96(%edi)	# _357, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2644: 	if (adapter->itr_setting == 3 && adapter->tx_itr == lowest_latency)
	testl	%ebx, %ebx	# _357
# drivers/net/ethernet/intel/e1000/e1000_main.c:2645: 		adapter->tx_itr = low_latency;
	movl	-60(%ebp), %edi	# %sfp, napi
# drivers/net/ethernet/intel/e1000/e1000_main.c:2644: 	if (adapter->itr_setting == 3 && adapter->tx_itr == lowest_latency)
	jne	.L809	#,
	testb	%al, %al	# tmp452
	jne	.L889	#,
.L809:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2647: 	adapter->rx_itr = e1000_update_itr(adapter, adapter->rx_itr,
	movl	-112(%edi), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes
	movzwl	-94(%edi), %edx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
	movl	-108(%edi), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_packets, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_packets
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes,
	movl	-44(%ebp), %eax	# %sfp,
	call	e1000_update_itr	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2647: 	adapter->rx_itr = e1000_update_itr(adapter, adapter->rx_itr,
	movzwl	%ax, %eax	# tmp515, _366
	movw	%ax, -94(%edi)	# _366, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2651: 	if (adapter->itr_setting == 3 && adapter->rx_itr == lowest_latency)
	testl	%eax, %eax	# _366
	jne	.L811	#,
	cmpb	$0, -28(%ebp)	#, %sfp
	jne	.L890	#,
.L811:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2654: 	current_itr = max(adapter->rx_itr, adapter->tx_itr);
	cmpl	%ebx, %eax	# _357, _366
	cmovb	%ebx, %eax	# _366,, _357, _105
# drivers/net/ethernet/intel/e1000/e1000_main.c:2656: 	switch (current_itr) {
	cmpl	$1, %eax	#, _105
	je	.L812	#,
	cmpl	$2, %eax	#, _105
	je	.L808	#,
	testl	%eax, %eax	# _105
	je	.L891	#,
.L806:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-60(%ebp), %ecx	# %sfp, napi
	movl	1212(%ecx), %eax	# MEM[(const volatile long unsigned int *)napi_25(D) + 1212B], _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:3812: 		if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _39
	jne	.L804	#,
.L894:
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	272(%ecx), %eax	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp476
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	%eax, -28(%ebp)	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, %sfp
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp476, MEM[(volatile unsigned int *)_43]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	272(%ecx), %eax	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_45], ret
# 0 "" 2
#NO_APP
.L804:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3816: 	return work_done;
	movl	-24(%ebp), %eax	# work_done, budget
	movl	%eax, -68(%ebp)	# budget, %sfp
.L802:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3817: }
	movl	-16(%ebp), %eax	# D.87715, tmp522
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp522
	jne	.L892	#,
	movl	-68(%ebp), %eax	# %sfp,
	addl	$144, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L885:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3850: 				total_tx_packets += buffer_info->segs;
	movzwl	18(%edx), %eax	# buffer_info_65->segs, buffer_info_65->segs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3851: 				total_tx_bytes += buffer_info->bytecount;
	movl	20(%edx), %ecx	# buffer_info_65->bytecount, tmp564
	addl	%ecx, -52(%ebp)	# tmp564, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3850: 				total_tx_packets += buffer_info->segs;
	addl	%eax, -48(%ebp)	# buffer_info_65->segs, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3852: 				if (buffer_info->skb) {
	movl	(%edx), %eax	# buffer_info_65->skb, _75
# drivers/net/ethernet/intel/e1000/e1000_main.c:3852: 				if (buffer_info->skb) {
	testl	%eax, %eax	# _75
	je	.L772	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3853: 					bytes_compl += buffer_info->skb->len;
	movl	84(%eax), %eax	# _75->len, tmp566
	addl	%eax, -56(%ebp)	# tmp566, %sfp
.L772:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3858: 			e1000_unmap_and_free_tx_resource(adapter, buffer_info,
	movl	-44(%ebp), %eax	# %sfp,
	movl	$64, %ecx	#,
	call	e1000_unmap_and_free_tx_resource	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3860: 			tx_desc->upper.data = 0;
	movl	-32(%ebp), %eax	# %sfp, tx_desc
	movl	$0, 12(%eax)	#, tx_desc_62->upper.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:3862: 			if (unlikely(++i == tx_ring->count))
	cmpl	12(%edi), %esi	# _1->count, _220
	jne	.L820	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3844: 		for ( ; !cleaned; count++) {
	incl	-36(%ebp)	# %sfp
	xorl	%eax, %eax	# prephitmp_452
# drivers/net/ethernet/intel/e1000/e1000_main.c:3863: 				i = 0;
	xorl	%ebx, %ebx	# i
	jmp	.L818	#
	.p2align 4,,10
	.p2align 3
.L773:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3844: 		for ( ; !cleaned; count++) {
	incl	-36(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3863: 				i = 0;
	xorl	%esi, %esi	# _220
# drivers/net/ethernet/intel/e1000/e1000_main.c:3794: {
	movl	%esi, %ebx	# _220, i
	jmp	.L775	#
.L888:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3898: 		    time_after(jiffies, tx_ring->buffer_info[eop].time_stamp +
	movl	$0, -20(%ebp)	#, __dummy2
	movl	-60(%ebp), %eax	# %sfp, napi
	movl	jiffies, %ecx	# jiffies, jiffies.134_162
	movzbl	-24(%eax), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_timeout_factor, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_timeout_factor
	imull	$1000, %eax, %eax	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_timeout_factor, tmp387
	subl	%ecx, %eax	# jiffies.134_162, tmp388
	addl	%edx, %eax	# _155, tmp521
	jns	.L785	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3900: 		    !(er32(STATUS) & E1000_STATUS_TXOFF)) {
	movl	-60(%ebp), %ecx	# %sfp, napi
	movl	272(%ecx), %eax	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr
	movl	%eax, -32(%ebp)	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, %sfp
	addl	$8, %eax	#, _166
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_166], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3899: 			       (adapter->tx_timeout_factor * HZ)) &&
#NO_APP
	testb	$16, %al	#, ret
	jne	.L785	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3903: 			e_err(drv, "Detected Tx Unit Hang\n"
	movl	1204(%ecx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].msg_enable, _169
	testb	$1, %al	#, _169
	jne	.L893	#,
.L787:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3360: 	if (!netif_msg_hw(adapter))
	testb	$32, %ah	#, _169
	jne	.L788	#,
.L790:
	movl	576(%edi), %eax	# MEM[(struct netdev_queue * *)netdev_49 + 576B], _222
# ./include/linux/netdevice.h:3312: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	jiffies, %edx	# jiffies, jiffies.173_250
	movl	%edx, 72(%eax)	# jiffies.173_250, MEM[(volatile long unsigned int *)_222 + 72B]
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,76(%eax)	#, MEM[(volatile char *)_251]
# 0 "" 2
# ./include/linux/netdevice.h:3331: }
#NO_APP
	jmp	.L785	#
.L886:
# ./include/linux/netdevice.h:3526: 		netif_schedule_queue(dev_queue);
	movl	%ebx, %eax	# _104,
	call	netif_schedule_queue	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3878: 	if (unlikely(count && netif_carrier_ok(netdev) &&
	movl	-36(%ebp), %edx	# %sfp,
	testl	%edx, %edx	#
	je	.L781	#,
.L887:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%edi), %eax	# MEM[(const volatile long unsigned int *)netdev_49 + 36B], _244
# drivers/net/ethernet/intel/e1000/e1000_main.c:3878: 	if (unlikely(count && netif_carrier_ok(netdev) &&
	testb	$4, %al	#, _244
	jne	.L781	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3878: 	if (unlikely(count && netif_carrier_ok(netdev) &&
	movl	-64(%ebp), %ebx	# %sfp, _1
	movl	20(%ebx), %eax	# MEM[(const volatile unsigned int *)_1 + 20B], _114
	movl	16(%ebx), %edx	# MEM[(const volatile unsigned int *)_1 + 16B], _115
	xorl	%ecx, %ecx	# iftmp.132_117
	cmpl	%eax, %edx	# _114, _115
	jb	.L783	#,
	movl	12(%ebx), %ecx	# _1->count, iftmp.132_117
.L783:
	decl	%eax	# tmp375
	subl	%edx, %eax	# _115, tmp376
	addl	%ecx, %eax	# iftmp.132_117, tmp377
# drivers/net/ethernet/intel/e1000/e1000_main.c:3878: 	if (unlikely(count && netif_carrier_ok(netdev) &&
	cmpl	$31, %eax	#, tmp377
	jbe	.L781	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3883: 		smp_mb();
#APP
# 3883 "drivers/net/ethernet/intel/e1000/e1000_main.c" 1
	lock; addl $0,-4(%esp)
# 0 "" 2
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
#NO_APP
	movl	576(%edi), %edx	# MEM[(const struct net_device *)netdev_49]._tx, _124
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	76(%edx), %eax	# MEM[(const volatile long unsigned int *)_124 + 76B], _132
# drivers/net/ethernet/intel/e1000/e1000_main.c:3885: 		if (netif_queue_stopped(netdev) &&
	testb	$1, %al	#, _132
	je	.L781	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-60(%ebp), %eax	# %sfp, napi
	movl	1212(%eax), %eax	# MEM[(const volatile long unsigned int *)napi_25(D) + 1212B], _143
# drivers/net/ethernet/intel/e1000/e1000_main.c:3885: 		if (netif_queue_stopped(netdev) &&
	testb	$4, %al	#, _143
	jne	.L781	#,
# ./include/linux/netdevice.h:3296: 	netif_tx_wake_queue(netdev_get_tx_queue(dev, 0));
	movl	%edx, %eax	# _124,
	call	netif_tx_wake_queue	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3888: 			++adapter->restart_queue;
	movl	-60(%ebp), %eax	# %sfp, napi
	incl	-84(%eax)	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].restart_queue
	jmp	.L781	#
	.p2align 4,,10
	.p2align 3
.L891:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2656: 	switch (current_itr) {
	movl	$70000, %eax	#, new_itr
.L814:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2672: 	if (new_itr != adapter->itr) {
	movl	-32(%ebp), %ecx	# %sfp, new_itr
	cmpl	%eax, %ecx	# new_itr, new_itr
	je	.L806	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2678: 			  min(adapter->itr + (new_itr >> 2), new_itr) :
	jnb	.L815	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2678: 			  min(adapter->itr + (new_itr >> 2), new_itr) :
	movl	%eax, %edx	# new_itr, tmp463
	shrl	$2, %edx	#, tmp463
	addl	%ecx, %edx	# new_itr, __UNIQUE_ID_x_620
	cmpl	%edx, %eax	# __UNIQUE_ID_x_620, new_itr
	cmova	%edx, %eax	# new_itr,, __UNIQUE_ID_x_620, new_itr
.L815:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2680: 		adapter->itr = new_itr;
	movl	-60(%ebp), %ecx	# %sfp, napi
# drivers/net/ethernet/intel/e1000/e1000_main.c:2681: 		ew32(ITR, 1000000000 / (new_itr * 256));
	xorl	%edx, %edx	# tmp468
# drivers/net/ethernet/intel/e1000/e1000_main.c:2680: 		adapter->itr = new_itr;
	movl	%eax, -104(%ecx)	# new_itr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2681: 		ew32(ITR, 1000000000 / (new_itr * 256));
	movl	272(%ecx), %ecx	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr
	sall	$8, %eax	#, new_itr
	movl	%ecx, -28(%ebp)	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, %sfp
	leal	196(%ecx), %ebx	#, _376
	movl	%eax, %ecx	# new_itr, tmp466
	movl	$1000000000, %eax	#, tmp469
	divl	%ecx	# tmp466
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ebx)	# tmp467, MEM[(volatile unsigned int *)_376]
# 0 "" 2
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
#NO_APP
	movl	-60(%ebp), %ecx	# %sfp, napi
	movl	1212(%ecx), %eax	# MEM[(const volatile long unsigned int *)napi_25(D) + 1212B], _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:3812: 		if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _39
	jne	.L804	#,
	jmp	.L894	#
.L890:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2652: 		adapter->rx_itr = low_latency;
	movw	$1, -94(%edi)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2656: 	switch (current_itr) {
	cmpl	$1, %ebx	#, _357
	jbe	.L812	#,
	cmpl	$2, %ebx	#, _357
	jne	.L806	#,
.L808:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2636: 		new_itr = 4000;
	movl	$4000, %eax	#, new_itr
	jmp	.L814	#
.L810:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2652: 		adapter->rx_itr = low_latency;
	movl	-60(%ebp), %eax	# %sfp, napi
	movw	$1, -94(%eax)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
.L812:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2662: 		new_itr = 20000; /* aka hwitr = ~200 */
	movl	$20000, %eax	#, new_itr
	jmp	.L814	#
.L889:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2647: 	adapter->rx_itr = e1000_update_itr(adapter, adapter->rx_itr,
	movl	-112(%edi), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes
# drivers/net/ethernet/intel/e1000/e1000_main.c:2645: 		adapter->tx_itr = low_latency;
	movw	$1, -96(%edi)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2647: 	adapter->rx_itr = e1000_update_itr(adapter, adapter->rx_itr,
	movzwl	-94(%edi), %edx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
	movl	-108(%edi), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_packets, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_packets
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].total_rx_bytes,
	movl	-44(%ebp), %eax	# %sfp,
	call	e1000_update_itr	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2647: 	adapter->rx_itr = e1000_update_itr(adapter, adapter->rx_itr,
	movzwl	%ax, %eax	# tmp514, _366
	movw	%ax, -94(%edi)	# _366, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_itr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2651: 	if (adapter->itr_setting == 3 && adapter->rx_itr == lowest_latency)
	testl	%eax, %eax	# _366
	je	.L810	#,
	movl	$1, %ebx	#, _357
	jmp	.L811	#
.L893:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3903: 			e_err(drv, "Detected Tx Unit Hang\n"
	movl	jiffies, %eax	# jiffies, jiffies.135_174
	movzbl	12(%esi), %edx	# eop_desc_347->upper.fields.status, _173
	movl	-64(%ebp), %esi	# %sfp, _1
	movl	%eax, -32(%ebp)	# jiffies.135_174, %sfp
	movl	24(%esi), %eax	# _1->buffer_info, _1->buffer_info
	movl	8(%eax,%ebx), %ebx	# _176->time_stamp, _177
	movl	%esi, %eax	# _1, _1
	movl	16(%eax), %ecx	# _1->next_to_use, _179
	movzwl	30(%eax), %eax	# _1->tdt, _1->tdt
	movl	20(%esi), %esi	# _1->next_to_clean, _178
	movl	%ecx, -40(%ebp)	# _179, %sfp
	movl	-60(%ebp), %ecx	# %sfp, napi
	addl	272(%ecx), %eax	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, _183
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_183], ret
# 0 "" 2
#NO_APP
	movl	%eax, -56(%ebp)	# ret, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3903: 			e_err(drv, "Detected Tx Unit Hang\n"
	movl	-64(%ebp), %eax	# %sfp, _1
	movzwl	28(%eax), %eax	# _1->tdh, _1->tdh
	addl	272(%ecx), %eax	# MEM[(struct e1000_hw *)napi_25(D) + 272B].hw_addr, _188
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_188], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3903: 			e_err(drv, "Detected Tx Unit Hang\n"
#NO_APP
	movl	%edx, 40(%esp)	# _173,
	movl	-32(%ebp), %edx	# %sfp, jiffies.135_174
	movl	%edx, 36(%esp)	# jiffies.135_174,
	movl	-28(%ebp), %edx	# %sfp, eop
	movl	%ebx, 28(%esp)	# _177,
	movl	%esi, 24(%esp)	# _178,
	movl	%edx, 32(%esp)	# eop,
	movl	-40(%ebp), %esi	# %sfp, _179
	movl	%esi, 20(%esp)	# _179,
	movl	-56(%ebp), %esi	# %sfp, ret
	movl	%eax, 12(%esp)	# ret,
	movl	%esi, 16(%esp)	# ret,
	movl	%ecx, %esi	# napi, napi
	movl	-64(%ebp), %eax	# %sfp, tmp401
	subl	-88(%ecx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_ring, tmp401
	movl	$.LC15, 4(%esp)	#,
	sarl	$2, %eax	#, tmp403
	imull	$954437177, %eax, %eax	#, tmp403, tmp404
	movl	%eax, 8(%esp)	# tmp404,
	movl	264(%ecx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].netdev, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].netdev,
	call	netdev_err	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3360: 	if (!netif_msg_hw(adapter))
	movl	1204(%esi), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].msg_enable, _169
	jmp	.L787	#
.L892:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3817: }
	call	__stack_chk_fail	#
.L788:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3356: 	struct e1000_tx_ring *tx_ring = adapter->tx_ring;
	movl	-60(%ebp), %ebx	# %sfp, napi
# drivers/net/ethernet/intel/e1000/e1000_main.c:3364: 	e1000_regdump(adapter);
	movl	-44(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3356: 	struct e1000_tx_ring *tx_ring = adapter->tx_ring;
	movl	-88(%ebx), %ecx	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].tx_ring, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:3357: 	struct e1000_rx_ring *rx_ring = adapter->rx_ring;
	movl	-4(%ebx), %esi	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].rx_ring, rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:3356: 	struct e1000_tx_ring *tx_ring = adapter->tx_ring;
	movl	%ecx, -28(%ebp)	# tx_ring, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3364: 	e1000_regdump(adapter);
	call	e1000_regdump	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3367: 	pr_info("TX Desc ring0 dump\n");
	movl	$.LC16, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3396: 	pr_info("Tc[desc]     [Ce CoCsIpceCoS] [MssHlRSCm0Plen] [bi->dma       ] leng  ntw timestmp         bi->skb\n");
	movl	$.LC17, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3397: 	pr_info("Td[desc]     [address 63:0  ] [VlaPoRSCm1Dlen] [bi->dma       ] leng  ntw timestmp         bi->skb\n");
	movl	$.LC18, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3399: 	if (!netif_msg_tx_done(adapter))
	testb	$4, 1205(%ebx)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].msg_enable
	jne	.L825	#,
	jmp	.L795	#
	.section	.text.unlikely
	.type	e1000_clean.cold, @function
e1000_clean.cold:
.L825:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3414: 			type = "NTC";
	movl	%esi, -40(%ebp)	# rx_ring, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3402: 	for (i = 0; tx_ring->desc && (i < tx_ring->count); i++) {
	xorl	%ebx, %ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3414: 			type = "NTC";
	movl	%edi, -32(%ebp)	# netdev, %sfp
	movl	%ebx, %esi	# i, i
	movl	-28(%ebp), %ebx	# %sfp, tx_ring
.L789:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3402: 	for (i = 0; tx_ring->desc && (i < tx_ring->count); i++) {
	movl	(%ebx), %edi	# tx_ring_252->desc, _260
# drivers/net/ethernet/intel/e1000/e1000_main.c:3402: 	for (i = 0; tx_ring->desc && (i < tx_ring->count); i++) {
	testl	%edi, %edi	# _260
	je	.L881	#,
	cmpl	12(%ebx), %esi	# tx_ring_252->count, i
	jnb	.L882	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3403: 		struct e1000_tx_desc *tx_desc = E1000_TX_DESC(*tx_ring, i);
	movl	%esi, %eax	# i, tmp411
# drivers/net/ethernet/intel/e1000/e1000_main.c:3409: 		if (i == tx_ring->next_to_use && i == tx_ring->next_to_clean)
	movl	20(%ebx), %edx	# tx_ring_252->next_to_clean, pretmp_111
# drivers/net/ethernet/intel/e1000/e1000_main.c:3403: 		struct e1000_tx_desc *tx_desc = E1000_TX_DESC(*tx_ring, i);
	sall	$4, %eax	#, tmp411
	addl	%eax, %edi	# tmp411, tx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3404: 		struct e1000_tx_buffer *buffer_info = &tx_ring->buffer_info[i];
	imull	$24, %esi, %eax	#, i, tmp412
	addl	24(%ebx), %eax	# tx_ring_252->buffer_info, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3409: 		if (i == tx_ring->next_to_use && i == tx_ring->next_to_clean)
	cmpl	16(%ebx), %esi	# tx_ring_252->next_to_use, i
	jne	.L792	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3410: 			type = "NTC/U";
	cmpl	%edx, %esi	# pretmp_111, i
	movl	$.LC12, %ecx	#, tmp486
	movl	$.LC11, %edx	#, tmp487
	cmovne	%ecx, %edx	# tmp486,, tmp487
	movl	%edx, -28(%ebp)	# tmp487, %sfp
.L793:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3418: 		pr_info("T%c[0x%03X]    %016llX %016llX %016llX %04X  %3X %016llX %p %s\n",
	movl	8(%eax), %edx	# buffer_info_264->time_stamp, _270
	movl	(%eax), %ecx	# buffer_info_264->skb, _268
	movl	%edx, -76(%ebp)	# _270, %sfp
	movzwl	12(%eax), %edx	# buffer_info_264->length, _274
	movl	%ecx, -56(%ebp)	# _268, %sfp
	xorl	%ecx, %ecx	# _270
	movl	%ecx, -72(%ebp)	# _270, %sfp
	movzwl	14(%eax), %ecx	# buffer_info_264->next_to_watch, _272
	movl	%edx, -84(%ebp)	# _274, %sfp
	movl	4(%eax), %edx	# buffer_info_264->dma, _276
	movl	12(%edi), %eax	# MEM[(struct my_u *)tx_desc_261].b, _277
	movl	%ecx, -80(%ebp)	# _272, %sfp
	xorl	%ecx, %ecx	# _276
	movl	%ecx, -88(%ebp)	# _276, %sfp
	movl	8(%edi), %ecx	# MEM[(struct my_u *)tx_desc_261].b, _277
	movl	%edx, -92(%ebp)	# _276, %sfp
	movl	4(%edi), %edx	# MEM[(struct my_u *)tx_desc_261].a,
	movl	%eax, -96(%ebp)	# _277, %sfp
	movl	(%edi), %eax	# MEM[(struct my_u *)tx_desc_261].a, tmp620
	movl	%ecx, %edi	# _277, tmp518
	movl	%edx, 16(%esp)	#,
	andl	$1048576, %edi	#, tmp518
	movl	%eax, 12(%esp)	# tmp620,
	movl	%ecx, %eax	# _277, _277
	orl	$0, %edi	#, tmp415
	movl	-28(%ebp), %ecx	# %sfp, type
	cmpl	$1, %edi	#, tmp415
	sbbl	%edi, %edi	# iftmp.143_280
	addl	$100, %edi	#, iftmp.143_280
	movl	%ecx, 56(%esp)	# type,
	movl	-56(%ebp), %ecx	# %sfp, _268
	movl	%ecx, 52(%esp)	# _268,
	movl	-76(%ebp), %edx	# %sfp, _270
	movl	-72(%ebp), %ecx	# %sfp, _270
	movl	%edx, 44(%esp)	# _270,
	movl	%ecx, 48(%esp)	# _270,
	movl	-80(%ebp), %ecx	# %sfp, _272
	movl	%ecx, 40(%esp)	# _272,
	movl	-84(%ebp), %edx	# %sfp, _274
	movl	%edx, 36(%esp)	# _274,
	movl	-92(%ebp), %edx	# %sfp, _276
	movl	-88(%ebp), %ecx	# %sfp, _276
	movl	%eax, 20(%esp)	# _277,
	movl	%edx, 28(%esp)	# _276,
	movl	%ecx, 32(%esp)	# _276,
	movl	-96(%ebp), %eax	# %sfp, _277
	movl	%esi, 8(%esp)	# i,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3402: 	for (i = 0; tx_ring->desc && (i < tx_ring->count); i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3418: 		pr_info("T%c[0x%03X]    %016llX %016llX %016llX %04X  %3X %016llX %p %s\n",
	movl	%edi, 4(%esp)	# iftmp.143_280,
	movl	$.LC21, (%esp)	#,
	movl	%eax, 24(%esp)	# _277,
	call	_printk	#
	jmp	.L789	#
.L882:
	movl	-32(%ebp), %edi	# %sfp, netdev
	movl	-40(%ebp), %esi	# %sfp, rx_ring
.L795:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3428: 	pr_info("\nRX Desc ring dump\n");
	movl	$.LC19, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3439: 	pr_info("R[desc]      [address 63:0  ] [vl er S cks ln] [bi->dma       ] [bi->skb]\n");
	movl	$.LC20, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3441: 	if (!netif_msg_rx_status(adapter))
	movl	-60(%ebp), %eax	# %sfp, napi
	testb	$8, 1205(%eax)	#, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].msg_enable
	je	.L790	#,
	movl	%edi, -28(%ebp)	# netdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3444: 	for (i = 0; rx_ring->desc && (i < rx_ring->count); i++) {
	xorl	%ebx, %ebx	# i
.L791:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3444: 	for (i = 0; rx_ring->desc && (i < rx_ring->count); i++) {
	movl	(%esi), %eax	# rx_ring_253->desc, _289
# drivers/net/ethernet/intel/e1000/e1000_main.c:3444: 	for (i = 0; rx_ring->desc && (i < rx_ring->count); i++) {
	testl	%eax, %eax	# _289
	je	.L798	#,
	cmpl	12(%esi), %ebx	# rx_ring_253->count, i
	jnb	.L798	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3445: 		struct e1000_rx_desc *rx_desc = E1000_RX_DESC(*rx_ring, i);
	movl	%ebx, %edx	# i, tmp416
	sall	$4, %edx	#, tmp416
	leal	(%eax,%edx), %ecx	#, rx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3446: 		struct e1000_rx_buffer *buffer_info = &rx_ring->buffer_info[i];
	movl	24(%esi), %eax	# rx_ring_253->buffer_info, rx_ring_253->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3451: 		if (i == rx_ring->next_to_use)
	cmpl	16(%esi), %ebx	# rx_ring_253->next_to_use, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3446: 		struct e1000_rx_buffer *buffer_info = &rx_ring->buffer_info[i];
	leal	(%eax,%ebx,8), %edx	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3451: 		if (i == rx_ring->next_to_use)
	jne	.L895	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3452: 			type = "NTU";
	movl	$.LC12, %eax	#, type
.L797:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3458: 		pr_info("R[0x%03X]     %016llX %016llX %016llX %p %s\n",
	movl	%eax, 36(%esp)	# type,
	movl	(%edx), %eax	# buffer_info_293->rxbuf.data, buffer_info_293->rxbuf.data
	movl	%eax, 32(%esp)	# buffer_info_293->rxbuf.data,
	movl	4(%edx), %eax	# buffer_info_293->dma, tmp630
	movl	%eax, 24(%esp)	# tmp630,
	xorl	%eax, %eax	#
	movl	%eax, 28(%esp)	#,
	movl	8(%ecx), %eax	# MEM[(struct my_u *)rx_desc_290].b, MEM[(struct my_u *)rx_desc_290].b
	movl	12(%ecx), %edx	# MEM[(struct my_u *)rx_desc_290].b, MEM[(struct my_u *)rx_desc_290].b
	movl	%eax, 16(%esp)	# MEM[(struct my_u *)rx_desc_290].b,
	movl	%edx, 20(%esp)	# MEM[(struct my_u *)rx_desc_290].b,
	movl	(%ecx), %eax	# MEM[(struct my_u *)rx_desc_290].a, MEM[(struct my_u *)rx_desc_290].a
	movl	4(%ecx), %edx	# MEM[(struct my_u *)rx_desc_290].a, MEM[(struct my_u *)rx_desc_290].a
	movl	%ebx, 4(%esp)	# i,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3444: 	for (i = 0; rx_ring->desc && (i < rx_ring->count); i++) {
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3458: 		pr_info("R[0x%03X]     %016llX %016llX %016llX %p %s\n",
	movl	$.LC22, (%esp)	#,
	movl	%eax, 8(%esp)	# MEM[(struct my_u *)rx_desc_290].a,
	movl	%edx, 12(%esp)	# MEM[(struct my_u *)rx_desc_290].a,
	call	_printk	#
	jmp	.L791	#
.L881:
	movl	-32(%ebp), %edi	# %sfp, netdev
	movl	-40(%ebp), %esi	# %sfp, rx_ring
	jmp	.L795	#
.L798:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3465: 	pr_info("Rx descriptor cache in 64bit format\n");
	movl	-28(%ebp), %edi	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3466: 	for (i = 0x6000; i <= 0x63FF ; i += 0x10) {
	movl	$24576, %esi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3465: 	pr_info("Rx descriptor cache in 64bit format\n");
	movl	$.LC23, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3466: 	for (i = 0x6000; i <= 0x63FF ; i += 0x10) {
	movl	-60(%ebp), %ebx	# %sfp, napi
.L800:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	8(%eax,%esi), %eax	#, _309
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ecx	# MEM[(volatile unsigned int *)_309], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	12(%eax,%esi), %eax	#, _313
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%edx	# MEM[(volatile unsigned int *)_313], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, _316
	addl	%esi, %eax	# i, _316
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_316], ret
# 0 "" 2
#NO_APP
	movl	%eax, -28(%ebp)	# ret, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	4(%eax,%esi), %eax	#, _320
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_320], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	%ecx, 20(%esp)	# ret,
	movl	%edx, 16(%esp)	# ret,
	movl	-28(%ebp), %ecx	# %sfp, ret
	movl	%esi, 4(%esp)	# i,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3466: 	for (i = 0x6000; i <= 0x63FF ; i += 0x10) {
	addl	$16, %esi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3467: 		pr_info("R%04X: %08X|%08X %08X|%08X\n",
	movl	%eax, 8(%esp)	# ret,
	movl	$.LC24, (%esp)	#,
	movl	%ecx, 12(%esp)	# ret,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3466: 	for (i = 0x6000; i <= 0x63FF ; i += 0x10) {
	cmpl	$25600, %esi	#, i
	jne	.L800	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3475: 	pr_info("Tx descriptor cache in 64bit format\n");
	movl	$.LC25, (%esp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3476: 	for (i = 0x7000; i <= 0x73FF ; i += 0x10) {
	movl	$28672, %esi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3475: 	pr_info("Tx descriptor cache in 64bit format\n");
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3476: 	for (i = 0x7000; i <= 0x73FF ; i += 0x10) {
	movl	-60(%ebp), %ebx	# %sfp, napi
.L801:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	8(%eax,%esi), %eax	#, _327
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ecx	# MEM[(volatile unsigned int *)_327], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	12(%eax,%esi), %eax	#, _331
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%edx	# MEM[(volatile unsigned int *)_331], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, _334
	addl	%esi, %eax	# i, _334
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_334], ret
# 0 "" 2
#NO_APP
	movl	%eax, -28(%ebp)	# ret, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
	movl	272(%ebx), %eax	# MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr, MEM[(struct e1000_adapter *)napi_25(D) + 4294966632B].hw.hw_addr
	leal	4(%eax,%esi), %eax	#, _338
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_338], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
#NO_APP
	movl	%ecx, 20(%esp)	# ret,
	movl	%edx, 16(%esp)	# ret,
	movl	-28(%ebp), %ecx	# %sfp, ret
	movl	%esi, 4(%esp)	# i,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3476: 	for (i = 0x7000; i <= 0x73FF ; i += 0x10) {
	addl	$16, %esi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3477: 		pr_info("T%04X: %08X|%08X %08X|%08X\n",
	movl	%eax, 8(%esp)	# ret,
	movl	$.LC26, (%esp)	#,
	movl	%ecx, 12(%esp)	# ret,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3476: 	for (i = 0x7000; i <= 0x73FF ; i += 0x10) {
	cmpl	$29696, %esi	#, i
	jne	.L801	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3484: exit:
	jmp	.L790	#
.L895:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3454: 			type = "NTC";
	cmpl	20(%esi), %ebx	# rx_ring_253->next_to_clean, i
	movl	$.LC13, %eax	#, tmp500
	movl	$.LC14, %edi	#, tmp629
	cmovne	%edi, %eax	# tmp629,, type
	jmp	.L797	#
.L792:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3414: 			type = "NTC";
	cmpl	%edx, %esi	# pretmp_111, i
	movl	$.LC13, %ecx	#, type
	movl	$.LC14, %edx	#, tmp613
	cmovne	%edx, %ecx	# tmp613,, type
	movl	%ecx, -28(%ebp)	# type, %sfp
	jmp	.L793	#
	.text
	.size	e1000_clean, .-e1000_clean
	.section	.text.unlikely
	.size	e1000_clean.cold, .-e1000_clean.cold
.LCOLDE27:
	.text
.LHOTE27:
	.section	.rodata.str1.4
	.align 4
.LC28:
	.string	"skb align check failed: %u bytes at %p\n"
	.align 4
.LC29:
	.string	"%s %s: rejecting DMA map of vmalloc memory\n"
	.section	.rodata.str1.1
.LC30:
	.string	"include/linux/dma-mapping.h"
	.section	.rodata.str1.4
	.align 4
.LC31:
	.string	"dma align check failed: %u bytes at %p\n"
	.section	.text.unlikely
.LCOLDB32:
	.text
.LHOTB32:
	.p2align 4
	.type	e1000_alloc_rx_buffers, @function
e1000_alloc_rx_buffers:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp236, rx_ring
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp235, adapter
	subl	$48, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4572: {
	movl	%eax, -16(%ebp)	# adapter, %sfp
	movl	%ecx, %eax	# tmp237, cleaned_count
# drivers/net/ethernet/intel/e1000/e1000_main.c:4574: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%ebx), %ecx	# adapter_73(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4578: 	unsigned int bufsz = adapter->rx_buffer_len;
	movl	520(%ebx), %ebx	# adapter_73(D)->rx_buffer_len, bufsz
# drivers/net/ethernet/intel/e1000/e1000_main.c:4583: 	while (cleaned_count--) {
	testl	%eax, %eax	# cleaned_count
# drivers/net/ethernet/intel/e1000/e1000_main.c:4574: 	struct pci_dev *pdev = adapter->pdev;
	movl	%ecx, -44(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4578: 	unsigned int bufsz = adapter->rx_buffer_len;
	movl	%ebx, -40(%ebp)	# bufsz, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4580: 	i = rx_ring->next_to_use;
	movl	16(%edx), %ebx	# rx_ring_78(D)->next_to_use, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4581: 	buffer_info = &rx_ring->buffer_info[i];
	movl	24(%edx), %edx	# rx_ring_78(D)->buffer_info, rx_ring_78(D)->buffer_info
	leal	(%edx,%ebx,8), %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4583: 	while (cleaned_count--) {
	je	.L896	#,
	movl	%eax, -24(%ebp)	# cleaned_count, %sfp
	movl	-40(%ebp), %eax	# %sfp, bufsz
# drivers/net/ethernet/intel/e1000/e1000_main.c:4621: 		buffer_info->dma = dma_map_single(&pdev->dev,
	addl	$132, %ecx	#, _15
	movl	%ecx, -32(%ebp)	# _15, %sfp
	decl	%eax	# _137
	movl	%eax, -36(%ebp)	# _137, %sfp
	jmp	.L920	#
	.p2align 4,,10
	.p2align 3
.L967:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4658: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	4(%edi), %edx	# buffer_info_33->dma, prephitmp_99
.L900:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4658: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	(%esi), %ecx	# rx_ring_78(D)->desc,
	movl	%ebx, %eax	# i, tmp227
# drivers/net/ethernet/intel/e1000/e1000_main.c:4660: 		if (unlikely(++i == rx_ring->count))
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4658: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	sall	$4, %eax	#, tmp227
	addl	%ecx, %eax	#, tmp228
# drivers/net/ethernet/intel/e1000/e1000_main.c:4658: 		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	%edx, (%eax)	# prephitmp_99, rx_desc_107->buffer_addr
	movl	$0, 4(%eax)	#, rx_desc_107->buffer_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:4660: 		if (unlikely(++i == rx_ring->count))
	cmpl	%ebx, 12(%esi)	# i, rx_ring_78(D)->count
	je	.L923	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4662: 		buffer_info = &rx_ring->buffer_info[i];
	leal	0(,%ebx,8), %edi	#, prephitmp_28
.L919:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4662: 		buffer_info = &rx_ring->buffer_info[i];
	movl	24(%esi), %eax	# rx_ring_78(D)->buffer_info,
	addl	%eax, %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:4583: 	while (cleaned_count--) {
	decl	-24(%ebp)	# %sfp
	je	.L903	#,
.L920:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4586: 		if (buffer_info->rxbuf.data)
	movl	(%edi), %edx	# buffer_info_33->rxbuf.data,
	testl	%edx, %edx	#
	jne	.L967	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	movl	-16(%ebp), %eax	# %sfp, adapter
# ./include/linux/skbuff.h:3240: 	return __netdev_alloc_frag_align(fragsz, ~0u);
	movl	$-1, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	movl	520(%eax), %eax	# MEM[(unsigned int *)adapter_73(D) + 520B], MEM[(unsigned int *)adapter_73(D) + 520B]
	movl	%eax, -20(%ebp)	# MEM[(unsigned int *)adapter_73(D) + 520B], %sfp
	addl	$63, %eax	#, tmp181
	andl	$-32, %eax	#, tmp183
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	addl	$256, %eax	#, tmp184
# ./include/linux/skbuff.h:3240: 	return __netdev_alloc_frag_align(fragsz, ~0u);
	call	__netdev_alloc_frag_align	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2074: 	if (likely(data))
	testl	%eax, %eax	# _132
	je	.L966	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4590: 		if (!data) {
	addl	$32, %eax	#, _132
	movl	%eax, -20(%ebp)	# _132, %sfp
	je	.L966	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	948(%eax), %eax	# MEM[(struct e1000_hw *)adapter_73(D) + 936B].mac_type, _140
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %edx	#, tmp185
	cmpl	$1, %edx	#, tmp185
	jbe	.L924	#,
	cmpl	$6, %eax	#, _140
	je	.L924	#,
.L904:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4621: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %eax	# adapter_73(D)->rx_buffer_len, _14
	movl	%eax, -28(%ebp)	# _14, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	-20(%ebp), %eax	# %sfp,
	call	is_vmalloc_addr	#
	testb	%al, %al	# tmp240
	jne	.L968	#,
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	-20(%ebp), %eax	# %sfp, data
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	leal	1073741824(%eax), %edx	#, tmp209
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	%eax, %ecx	# data, tmp208
	movl	mem_map, %eax	# mem_map,
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	shrl	$12, %edx	#, tmp210
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	andl	$4095, %ecx	#, tmp208
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	sall	$5, %edx	#, tmp211
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	%eax, %edx	#, tmp212
	xorl	%eax, %eax	#
	movl	%eax, 8(%esp)	#,
	movl	$2, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %eax	# %sfp, _14
	movl	%eax, (%esp)	# _14,
	movl	-32(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4621: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	%eax, 4(%edi)	# prephitmp_99, buffer_info_33->dma
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	cmpl	$-1, %eax	#, prephitmp_99
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	%eax, %edx	# tmp242, prephitmp_99
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	je	.L914	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4639: 					adapter->rx_buffer_len)) {
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	520(%eax), %ecx	# adapter_73(D)->rx_buffer_len, _22
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	948(%eax), %eax	# MEM[(struct e1000_hw *)adapter_73(D) + 936B].mac_type, _195
# drivers/net/ethernet/intel/e1000/e1000_main.c:4639: 					adapter->rx_buffer_len)) {
	movl	%ecx, -28(%ebp)	# _22, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %ecx	#, tmp214
	cmpl	$1, %ecx	#, tmp214
	jbe	.L926	#,
	cmpl	$6, %eax	#, _195
	je	.L926	#,
.L915:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4655: 		buffer_info->rxbuf.data = data;
	movl	-20(%ebp), %eax	# %sfp, data
	movl	%eax, (%edi)	# data, buffer_info_33->rxbuf.data
	jmp	.L900	#
	.p2align 4,,10
	.p2align 3
.L924:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	movl	-20(%ebp), %ecx	# %sfp, data
	movl	-36(%ebp), %eax	# %sfp, _137
	addl	%ecx, %eax	# data, tmp190
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%ecx, %eax	# data, tmp191
# drivers/net/ethernet/intel/e1000/e1000_main.c:4597: 		if (!e1000_check_64k_bound(adapter, data, bufsz)) {
	shrl	$16, %eax	#, tmp243
	je	.L904	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4599: 			e_err(rx_err, "skb align check failed: %u bytes at "
	movl	-16(%ebp), %eax	# %sfp, adapter
	testb	$64, 1868(%eax)	#, adapter_73(D)->msg_enable
	jne	.L961	#,
.L906:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	movl	-16(%ebp), %eax	# %sfp, adapter
# ./include/linux/skbuff.h:3240: 	return __netdev_alloc_frag_align(fragsz, ~0u);
	movl	$-1, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	movl	520(%eax), %eax	# MEM[(unsigned int *)adapter_73(D) + 520B], MEM[(unsigned int *)adapter_73(D) + 520B]
	movl	%eax, -28(%ebp)	# MEM[(unsigned int *)adapter_73(D) + 520B], %sfp
	addl	$63, %eax	#, tmp196
	andl	$-32, %eax	#, tmp198
# drivers/net/ethernet/intel/e1000/e1000_main.c:2065: 	return SKB_DATA_ALIGN(a->rx_buffer_len + E1000_HEADROOM) +
	addl	$256, %eax	#, tmp199
# ./include/linux/skbuff.h:3240: 	return __netdev_alloc_frag_align(fragsz, ~0u);
	call	__netdev_alloc_frag_align	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2074: 	if (likely(data))
	testl	%eax, %eax	# _153
	je	.L907	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4604: 			if (!data) {
	addl	$32, %eax	#, _153
	movl	%eax, %ecx	# _153, data
	je	.L907	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	948(%eax), %eax	# MEM[(struct e1000_hw *)adapter_73(D) + 936B].mac_type, _161
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %edx	#, tmp200
	cmpl	$1, %edx	#, tmp200
	jbe	.L925	#,
	cmpl	$6, %eax	#, _161
	je	.L925	#,
.L909:
	movl	%ecx, -28(%ebp)	# data, %sfp
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	movl	-20(%ebp), %eax	# %sfp,
	call	page_frag_free	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2075: 		data += E1000_HEADROOM;
	movl	-28(%ebp), %ecx	# %sfp, data
	movl	%ecx, -20(%ebp)	# data, %sfp
# ./include/linux/skbuff.h:3305: }
	jmp	.L904	#
	.p2align 4,,10
	.p2align 3
.L926:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	movl	-28(%ebp), %eax	# %sfp, _22
	leal	-1(%eax,%edx), %eax	#, tmp220
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%edx, %eax	# prephitmp_99, tmp221
# drivers/net/ethernet/intel/e1000/e1000_main.c:4637: 		if (!e1000_check_64k_bound(adapter,
	shrl	$16, %eax	#, tmp245
	je	.L915	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4640: 			e_err(rx_err, "dma align check failed: %u bytes at "
	movl	-16(%ebp), %eax	# %sfp, adapter
	testb	$64, 1868(%eax)	#, adapter_73(D)->msg_enable
	jne	.L962	#,
.L918:
# ./include/linux/dma-mapping.h:343: 	return dma_unmap_page_attrs(dev, addr, size, dir, attrs);
	movl	$2, (%esp)	#,
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %ecx	# %sfp,
	movl	-32(%ebp), %eax	# %sfp,
	call	dma_unmap_page_attrs	#
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	movl	-20(%ebp), %eax	# %sfp,
	call	page_frag_free	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4652: 			adapter->alloc_rx_buff_failed++;
	movl	-16(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4649: 			buffer_info->rxbuf.data = NULL;
	movl	$0, (%edi)	#, buffer_info_33->rxbuf.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:4650: 			buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_33->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:4652: 			adapter->alloc_rx_buff_failed++;
	incl	900(%eax)	# adapter_73(D)->alloc_rx_buff_failed
	.p2align 4
	.p2align 3
.L903:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4665: 	if (likely(rx_ring->next_to_use != i)) {
	cmpl	%ebx, 16(%esi)	# i, rx_ring_78(D)->next_to_use
	je	.L896	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4666: 		rx_ring->next_to_use = i;
	movl	%ebx, 16(%esi)	# i, rx_ring_78(D)->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:4667: 		if (unlikely(i-- == 0))
	leal	-1(%ebx), %edx	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:4667: 		if (unlikely(i-- == 0))
	testl	%ebx, %ebx	# i
	je	.L969	#,
.L922:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4675: 		dma_wmb();
# drivers/net/ethernet/intel/e1000/e1000_main.c:4676: 		writel(i, hw->hw_addr + rx_ring->rdt);
	movzwl	38(%esi), %eax	# rx_ring_78(D)->rdt, rx_ring_78(D)->rdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:4676: 		writel(i, hw->hw_addr + rx_ring->rdt);
	movl	-16(%ebp), %esi	# %sfp, adapter
	movl	936(%esi), %ecx	# MEM[(struct e1000_hw *)adapter_73(D) + 936B].hw_addr,
	addl	%ecx, %eax	#, _59
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# i, MEM[(volatile unsigned int *)_59]
# 0 "" 2
#NO_APP
.L896:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4678: }
	addl	$48, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L923:
	xorl	%edi, %edi	# prephitmp_28
# drivers/net/ethernet/intel/e1000/e1000_main.c:4661: 			i = 0;
	xorl	%ebx, %ebx	# i
	jmp	.L919	#
	.p2align 4,,10
	.p2align 3
.L925:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	movl	-36(%ebp), %eax	# %sfp, _137
	addl	%ecx, %eax	# data, tmp205
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%ecx, %eax	# data, tmp206
# drivers/net/ethernet/intel/e1000/e1000_main.c:4610: 			if (!e1000_check_64k_bound(adapter, data, bufsz)) {
	shrl	$16, %eax	#, tmp244
	je	.L909	#,
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	movl	%ecx, %eax	# data,
	call	page_frag_free	#
	movl	-20(%ebp), %eax	# %sfp,
	call	page_frag_free	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4614: 				adapter->alloc_rx_buff_failed++;
	movl	-16(%ebp), %eax	# %sfp, adapter
	incl	900(%eax)	# adapter_73(D)->alloc_rx_buff_failed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4615: 				break;
	jmp	.L903	#
	.p2align 4,,10
	.p2align 3
.L968:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	cmpb	$0, __already_done.3	#, __already_done
	je	.L970	#,
.L912:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4621: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	$-1, 4(%edi)	#, buffer_info_33->dma
.L914:
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	movl	-20(%ebp), %eax	# %sfp,
	call	page_frag_free	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4628: 			adapter->alloc_rx_buff_failed++;
	movl	-16(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4627: 			buffer_info->dma = 0;
	movl	$0, 4(%edi)	#, buffer_info_33->dma
# drivers/net/ethernet/intel/e1000/e1000_main.c:4628: 			adapter->alloc_rx_buff_failed++;
	incl	900(%eax)	# adapter_73(D)->alloc_rx_buff_failed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4629: 			break;
	jmp	.L903	#
.L970:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movb	$1, %al	#,
	movb	%al, __already_done.3	#, __already_done
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	-44(%ebp), %eax	# %sfp, pdev
	movl	176(%eax), %edx	# MEM[(const struct device *)pdev_76 + 132B].init_name, _180
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%edx, %edx	# _180
	jne	.L913	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %edx	# MEM[(const struct kobject *)pdev_76 + 132B].name, _180
.L913:
	movl	%edx, -24(%ebp)	# _180, %sfp
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	-32(%ebp), %eax	# %sfp,
	call	dev_driver_string	#
	movl	-24(%ebp), %edx	# %sfp, _180
	movl	%eax, 4(%esp)	# tmp241,
	movl	%edx, 8(%esp)	# _180,
	movl	$.LC29, (%esp)	#,
	call	__warn_printk	#
#APP
# 332 "./include/linux/dma-mapping.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC30	# bug_entry::file	#
	.word 332	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L912	#
	.p2align 4,,10
	.p2align 3
.L907:
# ./include/linux/skbuff.h:3304: 	page_frag_free(addr);
	movl	-20(%ebp), %eax	# %sfp,
	call	page_frag_free	#
	.p2align 4
	.p2align 3
.L966:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4606: 				adapter->alloc_rx_buff_failed++;
	movl	-16(%ebp), %eax	# %sfp, adapter
	incl	900(%eax)	# adapter_73(D)->alloc_rx_buff_failed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4607: 				break;
	jmp	.L903	#
.L969:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4668: 			i = (rx_ring->count - 1);
	movl	12(%esi), %eax	# rx_ring_78(D)->count, tmp302
	leal	-1(%eax), %edx	#, i
	jmp	.L922	#
	.section	.text.unlikely
	.type	e1000_alloc_rx_buffers.cold, @function
e1000_alloc_rx_buffers.cold:
.L962:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4640: 			e_err(rx_err, "dma align check failed: %u bytes at "
	movl	%edx, 12(%esp)	# prephitmp_99,
	movl	-28(%ebp), %eax	# %sfp, _22
	movl	$.LC31, 4(%esp)	#,
	movl	%eax, 8(%esp)	# _22,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	928(%eax), %eax	# adapter_73(D)->netdev, adapter_73(D)->netdev
	movl	%eax, (%esp)	# adapter_73(D)->netdev,
	call	netdev_err	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4644: 			dma_unmap_single(&pdev->dev, buffer_info->dma,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	4(%edi), %edx	# buffer_info_33->dma, prephitmp_99
	movl	520(%eax), %eax	# adapter_73(D)->rx_buffer_len, _22
	movl	%eax, -28(%ebp)	# _22, %sfp
	jmp	.L918	#
.L961:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4599: 			e_err(rx_err, "skb align check failed: %u bytes at "
	movl	-20(%ebp), %eax	# %sfp, data
	movl	%eax, 12(%esp)	# data,
	movl	-40(%ebp), %eax	# %sfp, bufsz
	movl	$.LC28, 4(%esp)	#,
	movl	%eax, 8(%esp)	# bufsz,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	928(%eax), %eax	# adapter_73(D)->netdev, adapter_73(D)->netdev
	movl	%eax, (%esp)	# adapter_73(D)->netdev,
	call	netdev_err	#
	jmp	.L906	#
	.text
	.size	e1000_alloc_rx_buffers, .-e1000_alloc_rx_buffers
	.section	.text.unlikely
	.size	e1000_alloc_rx_buffers.cold, .-e1000_alloc_rx_buffers.cold
.LCOLDE32:
	.text
.LHOTE32:
	.p2align 4
	.type	e1000_vlan_rx_kill_vid, @function
e1000_vlan_rx_kill_vid:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp160, netdev
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4981: {
	movzwl	%cx, %eax	# tmp161, vid
	movl	%eax, -16(%ebp)	# vid, %sfp
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_29(D) + 3316B], _43
# drivers/net/ethernet/intel/e1000/e1000_main.c:4983: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%ebx), %esi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:4986: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _43
	je	.L978	#,
.L972:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_29(D) + 3316B], _47
# drivers/net/ethernet/intel/e1000/e1000_main.c:4988: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _47
	jne	.L973	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].hw_addr, tmp168
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp140
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp140, MEM[(volatile unsigned int *)_60]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].hw_addr, tmp169
	addl	$8, %eax	#, _62
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_62], ret
# 0 "" 2
#NO_APP
.L973:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4992: 	index = (vid >> 5) & 0x7F;
	movl	-16(%ebp), %ecx	# %sfp, vid
# drivers/net/ethernet/intel/e1000/e1000_main.c:4993: 	vfta = E1000_READ_REG_ARRAY(hw, VFTA, index);
	movl	2376(%ebx), %edi	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].hw_addr,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4992: 	index = (vid >> 5) & 0x7F;
	movl	%ecx, %edx	# vid, tmp143
	shrl	$5, %edx	#, tmp143
# drivers/net/ethernet/intel/e1000/e1000_main.c:4992: 	index = (vid >> 5) & 0x7F;
	andl	$127, %edx	#, index
# drivers/net/ethernet/intel/e1000/e1000_main.c:4993: 	vfta = E1000_READ_REG_ARRAY(hw, VFTA, index);
	cmpl	$3, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_29(D) + 2376B].mac_type
	sbbl	%eax, %eax	# iftmp.179_24
	andl	$-20480, %eax	#, iftmp.179_24
	leal	22016(%eax,%edx,4), %eax	#, tmp147
	addl	%edi, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%edi	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4994: 	vfta &= ~(1 << (vid & 0x1F));
#NO_APP
	movl	%ecx, -16(%ebp)	# vid, %sfp
	movl	$1, %eax	#, tmp152
# drivers/net/ethernet/intel/e1000/e1000_main.c:4997: 	clear_bit(vid, adapter->active_vlans);
	addl	$1440, %ebx	#, _20
# drivers/net/ethernet/intel/e1000/e1000_main.c:4994: 	vfta &= ~(1 << (vid & 0x1F));
	sall	%cl, %eax	# tmp172, tmp152
	movl	%eax, %ecx	# tmp152, tmp151
# drivers/net/ethernet/intel/e1000/e1000_main.c:4995: 	e1000_write_vfta(hw, index, vfta);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4994: 	vfta &= ~(1 << (vid & 0x1F));
	notl	%ecx	# tmp153
# drivers/net/ethernet/intel/e1000/e1000_main.c:4994: 	vfta &= ~(1 << (vid & 0x1F));
	andl	%edi, %ecx	# ret, vfta
# drivers/net/ethernet/intel/e1000/e1000_main.c:4995: 	e1000_write_vfta(hw, index, vfta);
	call	e1000_write_vfta	#
# ./arch/x86/include/asm/bitops.h:79: 		asm volatile(LOCK_PREFIX __ASM_SIZE(btr) " %1,%0"
	movl	-16(%ebp), %ecx	# %sfp, vid
#APP
# 79 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btrl  %ecx,(%ebx)	# vid, MEM[(volatile long int *)_20]
# 0 "" 2
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
#NO_APP
	xorl	%ecx, %ecx	#
	movl	$4096, %edx	#,
	movl	%ebx, %eax	# _20,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp162
	jbe	.L975	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5000: 		e1000_vlan_filter_on_off(adapter, false);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# _20,
	call	e1000_vlan_filter_on_off	#
.L975:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5003: }
	popl	%edx	#
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L978:
# drivers/net/ethernet/intel/e1000/e1000_main.c:284: 	ew32(IMC, ~0);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].hw_addr, tmp166
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp132
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp132, MEM[(volatile unsigned int *)_74]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:285: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_29(D) + 2376B].hw_addr, tmp167
	addl	$8, %eax	#, _76
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_76], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:286: 	synchronize_irq(adapter->pdev->irq);
#NO_APP
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_29(D) + 1440B].pdev
	movl	576(%eax), %eax	# _78->irq, _78->irq
	call	synchronize_irq	#
	jmp	.L972	#
	.size	e1000_vlan_rx_kill_vid, .-e1000_vlan_rx_kill_vid
	.p2align 4
	.type	e1000_update_mng_vlan, @function
e1000_update_mng_vlan:
	pushl	%ebp	#
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:302: {
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp108, adapter
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movl	$4096, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:302: {
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:304: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %eax	# adapter_36(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:305: 	u16 vid = hw->mng_cookie.vlan_id;
	movzwl	1106(%ebx), %esi	# MEM[(struct e1000_hw *)adapter_36(D) + 936B].mng_cookie.vlan_id, vid
# drivers/net/ethernet/intel/e1000/e1000_main.c:306: 	u16 old_vid = adapter->mng_vlan_id;
	movzwl	512(%ebx), %edi	# adapter_36(D)->mng_vlan_id, old_vid
# drivers/net/ethernet/intel/e1000/e1000_main.c:304: 	struct net_device *netdev = adapter->netdev;
	movl	%eax, -16(%ebp)	# netdev, %sfp
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movl	%ebx, %eax	# adapter,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp109
	ja	.L979	#,
# ./arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "./arch/x86/include/asm/bitops.h" 1
	 btl  %esi,(%ebx)	# vid, MEM[(long unsigned int *)_94]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:311: 	if (!test_bit(vid, adapter->active_vlans)) {
#NO_APP
	jc	.L982	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:312: 		if (hw->mng_cookie.status &
	testb	$2, 1104(%ebx)	#, MEM[(struct e1000_hw *)adapter_36(D) + 936B].mng_cookie.status
	movl	$65535, %eax	#, _29
	jne	.L994	#,
.L983:
# drivers/net/ethernet/intel/e1000/e1000_main.c:315: 			adapter->mng_vlan_id = vid;
	movw	%ax, 512(%ebx)	# _29, adapter_36(D)->mng_vlan_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:319: 		if ((old_vid != (u16)E1000_MNG_VLAN_NONE) &&
	cmpl	$65535, %edi	#, old_vid
	je	.L979	#,
	cmpl	%edi, %esi	# old_vid, vid
	je	.L979	#,
# ./arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "./arch/x86/include/asm/bitops.h" 1
	 btl  %edi,(%ebx)	# old_vid, MEM[(long unsigned int *)_94]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:320: 		    (vid != old_vid) &&
#NO_APP
	jc	.L979	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:322: 			e1000_vlan_rx_kill_vid(netdev, htons(ETH_P_8021Q),
	movl	-16(%ebp), %eax	# %sfp,
	movl	%edi, %ecx	# old_vid,
	movl	$129, %edx	#,
	call	e1000_vlan_rx_kill_vid	#
.L979:
# drivers/net/ethernet/intel/e1000/e1000_main.c:327: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L982:
# drivers/net/ethernet/intel/e1000/e1000_main.c:325: 		adapter->mng_vlan_id = vid;
	movw	%si, 512(%ebx)	# vid, adapter_36(D)->mng_vlan_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:327: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L994:
# drivers/net/ethernet/intel/e1000/e1000_main.c:314: 			e1000_vlan_rx_add_vid(netdev, htons(ETH_P_8021Q), vid);
	movl	-16(%ebp), %eax	# %sfp,
	movl	%esi, %ecx	# vid,
	movl	$129, %edx	#,
	call	e1000_vlan_rx_add_vid	#
	movl	%esi, %eax	# vid, _29
	jmp	.L983	#
	.size	e1000_update_mng_vlan, .-e1000_update_mng_vlan
	.p2align 4
	.type	e1000_vlan_filter_on_off, @function
e1000_vlan_filter_on_off:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp162, adapter
	subl	$4, %esp	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	1876(%eax), %eax	# MEM[(const volatile long unsigned int *)adapter_28(D) + 1876B], _41
# drivers/net/ethernet/intel/e1000/e1000_main.c:4916: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _41
	je	.L1005	#,
.L996:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4919: 	__e1000_vlan_mode(adapter, adapter->netdev->features);
	movl	928(%ebx), %eax	# adapter_28(D)->netdev, adapter_28(D)->netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4900: 	ctrl = er32(CTRL);
	movl	936(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, _48
# drivers/net/ethernet/intel/e1000/e1000_main.c:4919: 	__e1000_vlan_mode(adapter, adapter->netdev->features);
	movl	136(%eax), %eax	# _7->features, _8
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%ecx),%ecx	# MEM[(volatile unsigned int *)_48], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4901: 	if (features & NETIF_F_HW_VLAN_CTAG_RX) {
#NO_APP
	andl	$256, %eax	#, tmp172
# drivers/net/ethernet/intel/e1000/e1000_main.c:4906: 		ctrl &= ~E1000_CTRL_VME;
	movl	%ecx, %esi	# ret, ctrl
	andl	$-1073741825, %esi	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4901: 	if (features & NETIF_F_HW_VLAN_CTAG_RX) {
	orl	$0, %eax	#, tmp174
	je	.L998	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4903: 		ctrl |= E1000_CTRL_VME;
	orl	$1073741824, %ecx	#, ret
	movl	%ecx, %esi	# ret, ctrl
.L998:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4908: 	ew32(CTRL, ctrl);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, _53
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# ctrl, MEM[(volatile unsigned int *)_53]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4922: 		rctl = er32(RCTL);
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp180
	addl	$256, %eax	#, _10
# drivers/net/ethernet/intel/e1000/e1000_main.c:4920: 	if (filter_on) {
	testb	%dl, %dl	# filter_on
	je	.L999	#,
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _10, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4924: 		if (!(adapter->netdev->flags & IFF_PROMISC))
#NO_APP
	movl	928(%ebx), %edx	# adapter_28(D)->netdev, adapter_28(D)->netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:4923: 		rctl &= ~E1000_RCTL_CFIEN;
	andl	$-524289, %eax	#, rctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4924: 		if (!(adapter->netdev->flags & IFF_PROMISC))
	testb	$1, 105(%edx)	#, _11->flags
	je	.L1006	#,
.L1000:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4926: 		ew32(RCTL, rctl);
	movl	936(%ebx), %esi	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp181
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# rctl, MEM[(volatile unsigned int *)_15]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4927: 		e1000_update_mng_vlan(adapter);
#NO_APP
	movl	%ebx, %eax	# adapter,
	call	e1000_update_mng_vlan	#
.L1001:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	1876(%ebx), %eax	# MEM[(const volatile long unsigned int *)adapter_28(D) + 1876B], _45
# drivers/net/ethernet/intel/e1000/e1000_main.c:4935: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _45
	jne	.L995	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp184
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp149
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp149, MEM[(volatile unsigned int *)_58]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_60], ret
# 0 "" 2
#NO_APP
.L995:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4937: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L999:
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _17, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4932: 		ew32(RCTL, rctl);
#NO_APP
	movl	936(%ebx), %esi	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp183
# drivers/net/ethernet/intel/e1000/e1000_main.c:4931: 		rctl &= ~E1000_RCTL_VFE;
	andl	$-262145, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# rctl, MEM[(volatile unsigned int *)_19]
# 0 "" 2
#NO_APP
	jmp	.L1001	#
	.p2align 4,,10
	.p2align 3
.L1006:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4925: 			rctl |= E1000_RCTL_VFE;
	orl	$262144, %eax	#, rctl
	jmp	.L1000	#
	.p2align 4,,10
	.p2align 3
.L1005:
	movb	%dl, -9(%ebp)	# filter_on, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:284: 	ew32(IMC, ~0);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp176
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %ecx	#, tmp128
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,216(%eax)	# tmp128, MEM[(volatile unsigned int *)_71]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:285: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_28(D) + 936B].hw_addr, tmp177
	addl	$8, %eax	#, _73
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_73], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:286: 	synchronize_irq(adapter->pdev->irq);
#NO_APP
	movl	932(%ebx), %eax	# adapter_28(D)->pdev, adapter_28(D)->pdev
	movl	576(%eax), %eax	# _75->irq, _75->irq
	call	synchronize_irq	#
	movzbl	-9(%ebp), %edx	# %sfp, filter_on
# drivers/net/ethernet/intel/e1000/e1000_main.c:287: }
	jmp	.L996	#
	.size	e1000_vlan_filter_on_off, .-e1000_vlan_filter_on_off
	.p2align 4
	.type	e1000_vlan_rx_add_vid, @function
e1000_vlan_rx_add_vid:
	pushl	%ebp	#
	movzwl	%cx, %edx	# tmp133, vid
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp132, netdev
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4957: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%eax), %edi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:4955: {
	movl	%esi, -8(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4960: 	if ((hw->mng_cookie.status &
	testb	$2, 2544(%eax)	#, MEM[(struct e1000_hw *)netdev_19(D) + 2376B].mng_cookie.status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4955: {
	movl	%edx, -16(%ebp)	# vid, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4960: 	if ((hw->mng_cookie.status &
	je	.L1008	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4961: 	     E1000_MNG_DHCP_COOKIE_STATUS_VLAN_SUPPORT) &&
	movzwl	1952(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_19(D) + 1440B].mng_vlan_id, MEM[(struct e1000_adapter *)netdev_19(D) + 1440B].mng_vlan_id
	cmpl	%edx, %eax	# vid, MEM[(struct e1000_adapter *)netdev_19(D) + 1440B].mng_vlan_id
	je	.L1009	#,
.L1008:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	leal	1440(%ebx), %esi	#, _42
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	xorl	%ecx, %ecx	#
	movl	$4096, %edx	#,
	movl	%esi, %eax	# _42,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp134
	ja	.L1017	#,
.L1010:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4969: 	index = (vid >> 5) & 0x7F;
	movl	-16(%ebp), %ecx	# %sfp, vid
	movl	%ecx, %edx	# vid, tmp118
	shrl	$5, %edx	#, tmp118
# drivers/net/ethernet/intel/e1000/e1000_main.c:4969: 	index = (vid >> 5) & 0x7F;
	andl	$127, %edx	#, index
# drivers/net/ethernet/intel/e1000/e1000_main.c:4970: 	vfta = E1000_READ_REG_ARRAY(hw, VFTA, index);
	cmpl	$3, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_19(D) + 2376B].mac_type
	sbbl	%eax, %eax	# iftmp.180_15
	andl	$-20480, %eax	#, iftmp.180_15
	leal	22016(%eax,%edx,4), %eax	#, tmp122
	addl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_19(D) + 2376B].hw_addr, _9
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ebx	# MEM[(volatile unsigned int *)_9], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4971: 	vfta |= (1 << (vid & 0x1F));
#NO_APP
	movl	%ecx, -16(%ebp)	# vid, %sfp
	movl	$1, %eax	#, tmp127
	sall	%cl, %eax	# tmp140, tmp127
	movl	%eax, %ecx	# tmp127, tmp126
# drivers/net/ethernet/intel/e1000/e1000_main.c:4972: 	e1000_write_vfta(hw, index, vfta);
	movl	%edi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4971: 	vfta |= (1 << (vid & 0x1F));
	orl	%ebx, %ecx	# ret, vfta
# drivers/net/ethernet/intel/e1000/e1000_main.c:4972: 	e1000_write_vfta(hw, index, vfta);
	call	e1000_write_vfta	#
# ./arch/x86/include/asm/bitops.h:60: 		asm volatile(LOCK_PREFIX __ASM_SIZE(bts) " %1,%0"
	movl	-16(%ebp), %ecx	# %sfp, vid
#APP
# 60 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  %ecx,(%esi)	# vid, MEM[(volatile long int *)_42]
# 0 "" 2
#NO_APP
.L1009:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4977: }
	movl	-12(%ebp), %ebx	#,
	xorl	%eax, %eax	#
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1017:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4966: 		e1000_vlan_filter_on_off(adapter, true);
	movl	$1, %edx	#,
	movl	%esi, %eax	# _42,
	call	e1000_vlan_filter_on_off	#
	jmp	.L1010	#
	.size	e1000_vlan_rx_add_vid, .-e1000_vlan_rx_add_vid
	.p2align 4
	.type	e1000_configure, @function
e1000_configure:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp247, adapter
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:366: 	e1000_set_rx_mode(netdev);
	movl	928(%eax), %eax	# adapter_13(D)->netdev, adapter_13(D)->netdev
	call	e1000_set_rx_mode	#
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	xorl	%ecx, %ecx	#
	movl	$4096, %edx	#,
	movl	%ebx, %eax	# adapter,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4889: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp248
	ja	.L1024	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5012: 	e1000_vlan_filter_on_off(adapter, true);
	movl	$1, %edx	#,
	movl	%ebx, %eax	# adapter,
	call	e1000_vlan_filter_on_off	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5013: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	xorl	%ecx, %ecx	# vid
	jmp	.L1022	#
	.p2align 4,,10
	.p2align 3
.L1023:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5014: 		e1000_vlan_rx_add_vid(adapter->netdev, htons(ETH_P_8021Q), vid);
	movl	928(%ebx), %eax	# adapter_13(D)->netdev, adapter_13(D)->netdev
	movl	%esi, %ecx	# vid,
	movl	$129, %edx	#,
	call	e1000_vlan_rx_add_vid	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5013: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	leal	1(%esi), %ecx	#, tmp181
	movzwl	%cx, %ecx	# tmp181, vid
.L1022:
# ./include/linux/find.h:62: 	return _find_next_bit(addr, size, offset);
	movl	$4096, %edx	#,
	movl	%ebx, %eax	# adapter,
	call	_find_next_bit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5013: 	for_each_set_bit(vid, adapter->active_vlans, VLAN_N_VID)
	cmpw	$4095, %ax	#, tmp249
	movzwl	%ax, %esi	# tmp249, vid
	jbe	.L1023	#,
.L1024:
# drivers/net/ethernet/intel/e1000/e1000_main.c:333: 	if (adapter->en_mng_pt) {
	movl	532(%ebx), %eax	# adapter_13(D)->en_mng_pt,
	testl	%eax, %eax	#
	je	.L1021	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:334: 		u32 manc = er32(MANC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp261
	addl	$22560, %eax	#, _46
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_46], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:337: 		manc &= ~(E1000_MANC_ARP_EN);
#NO_APP
	andl	$-8193, %eax	#, manc
# drivers/net/ethernet/intel/e1000/e1000_main.c:339: 		ew32(MANC, manc);
	movl	936(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp262
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%edi)	# manc, MEM[(volatile unsigned int *)_50]
# 0 "" 2
#NO_APP
.L1021:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1605: 		tdba = adapter->tx_ring[0].dma;
	movl	576(%ebx), %eax	# adapter_13(D)->tx_ring, _52
# drivers/net/ethernet/intel/e1000/e1000_main.c:1596: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%ebx), %edx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:1608: 		ew32(TDLEN, tdlen);
	movl	936(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1606: 		tdlen = adapter->tx_ring[0].count *
	movl	12(%eax), %ecx	# _52->count, _52->count
# drivers/net/ethernet/intel/e1000/e1000_main.c:1605: 		tdba = adapter->tx_ring[0].dma;
	movl	4(%eax), %esi	# _52->dma, _53
# drivers/net/ethernet/intel/e1000/e1000_main.c:1606: 		tdlen = adapter->tx_ring[0].count *
	sall	$4, %ecx	#, tdlen
# drivers/net/ethernet/intel/e1000/e1000_main.c:1608: 		ew32(TDLEN, tdlen);
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	sbbl	%eax, %eax	# iftmp.229_58
	andl	$-13280, %eax	#, iftmp.229_58
	addl	$14344, %eax	#, iftmp.229_58
	addl	%edi, %eax	#, _59
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# tdlen, MEM[(volatile unsigned int *)_59]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1609: 		ew32(TDBAH, (tdba >> 32));
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	movl	936(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.230_62
	andl	$-13280, %eax	#, iftmp.230_62
	addl	$14340, %eax	#, iftmp.230_62
	addl	%ecx, %eax	#, _63
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%ecx, %ecx	# tmp186
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# tmp186, MEM[(volatile unsigned int *)_63]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1610: 		ew32(TDBAL, (tdba & 0x00000000ffffffffULL));
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	movl	936(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.231_66
	andl	$-13280, %eax	#, iftmp.231_66
	addl	$14336, %eax	#, iftmp.231_66
	addl	%edi, %eax	#, _67
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# _53, MEM[(volatile unsigned int *)_67]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1611: 		ew32(TDT, 0);
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	movl	936(%ebx), %esi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.232_70
	andl	$-13280, %eax	#, iftmp.232_70
	addl	$14360, %eax	#, iftmp.232_70
	addl	%esi, %eax	#, _71
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# tmp186, MEM[(volatile unsigned int *)_71]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1612: 		ew32(TDH, 0);
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	movl	936(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.233_74
	andl	$-13280, %eax	#, iftmp.233_74
	addl	$14352, %eax	#, iftmp.233_74
	addl	%edi, %eax	#, _75
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# tmp186, MEM[(volatile unsigned int *)_75]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1613: 		adapter->tx_ring[0].tdh = ((hw->mac_type >= e1000_82543) ?
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:1627: 	switch (hw->mac_type) {
	movl	$10487818, %esi	#, _158
# drivers/net/ethernet/intel/e1000/e1000_main.c:1613: 		adapter->tx_ring[0].tdh = ((hw->mac_type >= e1000_82543) ?
	movl	576(%ebx), %ecx	# adapter_13(D)->tx_ring, _77
# drivers/net/ethernet/intel/e1000/e1000_main.c:1613: 		adapter->tx_ring[0].tdh = ((hw->mac_type >= e1000_82543) ?
	sbbl	%eax, %eax	# iftmp.234_78
	andl	$-13280, %eax	#, iftmp.234_78
	addl	$14352, %eax	#, iftmp.234_78
	movw	%ax, 28(%ecx)	# iftmp.234_78, _77->tdh
# drivers/net/ethernet/intel/e1000/e1000_main.c:1615: 		adapter->tx_ring[0].tdt = ((hw->mac_type >= e1000_82543) ?
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:1615: 		adapter->tx_ring[0].tdt = ((hw->mac_type >= e1000_82543) ?
	movl	576(%ebx), %ecx	# adapter_13(D)->tx_ring, _80
# drivers/net/ethernet/intel/e1000/e1000_main.c:1615: 		adapter->tx_ring[0].tdt = ((hw->mac_type >= e1000_82543) ?
	sbbl	%eax, %eax	# iftmp.235_81
	andl	$-13280, %eax	#, iftmp.235_81
	addl	$14360, %eax	#, iftmp.235_81
	movw	%ax, 30(%ecx)	# iftmp.235_81, _80->tdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:1621: 	if ((hw->media_type == e1000_media_type_fiber ||
	movl	960(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].media_type, tmp263
# drivers/net/ethernet/intel/e1000/e1000_main.c:1627: 	switch (hw->mac_type) {
	movl	948(%ebx), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type, tmp264
# drivers/net/ethernet/intel/e1000/e1000_main.c:1621: 	if ((hw->media_type == e1000_media_type_fiber ||
	decl	%eax	# tmp189
# drivers/net/ethernet/intel/e1000/e1000_main.c:1627: 	switch (hw->mac_type) {
	leal	-1(%edi), %ecx	#, tmp191
# drivers/net/ethernet/intel/e1000/e1000_main.c:1623: 		tipg = DEFAULT_82543_TIPG_IPGT_FIBER;
	cmpl	$2, %eax	#, tmp189
	setb	%al	#, tmp239
	movzbl	%al, %eax	# tmp239, tipg
	addl	$8, %eax	#, tipg
# drivers/net/ethernet/intel/e1000/e1000_main.c:1627: 	switch (hw->mac_type) {
	cmpl	$1, %ecx	#, tmp191
	jbe	.L1033	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1640: 	tipg |= ipgr2 << E1000_TIPG_IPGR2_SHIFT;
	orl	$6299648, %eax	#, tipg
	movl	%eax, %esi	# tipg, _158
.L1033:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1641: 	ew32(TIPG, tipg);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp266
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,1040(%eax)	# _158, MEM[(volatile unsigned int *)_94]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1645: 	ew32(TIDV, adapter->tx_int_delay);
#NO_APP
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	movl	936(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr,
	sbbl	%eax, %eax	# iftmp.236_97
	andl	$-13280, %eax	#, iftmp.236_97
	addl	$14368, %eax	#, iftmp.236_97
	addl	%ecx, %eax	#, _98
	movl	588(%ebx), %ecx	# adapter_13(D)->tx_int_delay, _99
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _99, MEM[(volatile unsigned int *)_98]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1646: 	if (hw->mac_type >= e1000_82540)
#NO_APP
	cmpl	$4, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type
	jbe	.L1035	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1647: 		ew32(TADV, adapter->tx_abs_int_delay);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp267
	movl	592(%ebx), %ecx	# adapter_13(D)->tx_abs_int_delay, _103
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,14380(%eax)	# _103, MEM[(volatile unsigned int *)_102]
# 0 "" 2
#NO_APP
.L1035:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1651: 	tctl = er32(TCTL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp268
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 1024(%eax),%esi	# MEM[(volatile unsigned int *)_105], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1656: 	e1000_config_collision_dist(hw);
#NO_APP
	movl	%edx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1652: 	tctl &= ~E1000_TCTL_CT;
	andl	$-4081, %esi	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1656: 	e1000_config_collision_dist(hw);
	call	e1000_config_collision_dist	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1653: 	tctl |= E1000_TCTL_PSP | E1000_TCTL_RTLC |
	orl	$16777464, %esi	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_main.c:1665: 	if (hw->mac_type < e1000_82543)
	movl	948(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].mac_type, _110
# drivers/net/ethernet/intel/e1000/e1000_main.c:1663: 		adapter->txd_cmd |= E1000_TXD_CMD_IDE;
	cmpl	$1, 588(%ebx)	#, adapter_13(D)->tx_int_delay
	sbbl	%eax, %eax	# cstore_126
	andl	$-2147483648, %eax	#, cstore_126
	subl	$2097152000, %eax	#, cstore_126
# drivers/net/ethernet/intel/e1000/e1000_main.c:1665: 	if (hw->mac_type < e1000_82543)
	cmpl	$2, %edx	#, _110
	ja	.L1037	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1666: 		adapter->txd_cmd |= E1000_TXD_CMD_RPS;
	orl	$268435456, %eax	#, tmp197
	movl	%eax, 584(%ebx)	# tmp197, adapter_13(D)->txd_cmd
.L1038:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1677: 	ew32(TCTL, tctl);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp269
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,1024(%eax)	# tctl, MEM[(volatile unsigned int *)_117]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:372: 	e1000_setup_rctl(adapter);
#NO_APP
	movl	%ebx, %eax	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_main.c:378: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:372: 	e1000_setup_rctl(adapter);
	call	e1000_setup_rctl	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:373: 	e1000_configure_rx(adapter);
	movl	%ebx, %eax	# adapter,
	call	e1000_configure_rx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:378: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	movl	880(%ebx), %edx	# adapter_13(D)->num_rx_queues,
	testl	%edx, %edx	#
	jle	.L1018	#,
	.p2align 4
	.p2align 3
.L1039:
# drivers/net/ethernet/intel/e1000/e1000_main.c:379: 		struct e1000_rx_ring *ring = &adapter->rx_ring[i];
	movl	660(%ebx), %edx	# adapter_13(D)->rx_ring, adapter_13(D)->rx_ring
	leal	(%esi,%esi,4), %eax	#, tmp202
	leal	(%edx,%eax,8), %edx	#, ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:380: 		adapter->alloc_rx_buf(adapter, ring,
	movl	656(%ebx), %eax	# adapter_13(D)->alloc_rx_buf, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	movl	20(%edx), %ecx	# MEM[(const volatile unsigned int *)ring_20 + 20B], _21
# drivers/net/ethernet/intel/e1000/e1000_main.c:380: 		adapter->alloc_rx_buf(adapter, ring,
	movl	%eax, -16(%ebp)	# _4, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	movl	16(%edx), %eax	# MEM[(const volatile unsigned int *)ring_20 + 16B], _23
	xorl	%edi, %edi	# iftmp.227_10
	cmpl	%ecx, %eax	# _21, _23
	jb	.L1040	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	movl	12(%edx), %edi	# ring_20->count, iftmp.227_10
.L1040:
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	decl	%ecx	# tmp205
# drivers/net/ethernet/intel/e1000/e1000_main.c:378: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	subl	%eax, %ecx	# _23, tmp206
# drivers/net/ethernet/intel/e1000/e1000_main.c:380: 		adapter->alloc_rx_buf(adapter, ring,
	movl	%ebx, %eax	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_main.c:381: 				      E1000_DESC_UNUSED(ring));
	addl	%edi, %ecx	# iftmp.227_10, tmp207
# drivers/net/ethernet/intel/e1000/e1000_main.c:380: 		adapter->alloc_rx_buf(adapter, ring,
	movl	-16(%ebp), %edi	# %sfp, _4
	call	__x86_indirect_thunk_edi
# drivers/net/ethernet/intel/e1000/e1000_main.c:378: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	cmpl	%esi, 880(%ebx)	# i, adapter_13(D)->num_rx_queues
	jg	.L1039	#,
.L1018:
# drivers/net/ethernet/intel/e1000/e1000_main.c:383: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1037:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1668: 		adapter->txd_cmd |= E1000_TXD_CMD_RS;
	orl	$134217728, %eax	#, tmp198
# drivers/net/ethernet/intel/e1000/e1000_main.c:1673: 	if (hw->mac_type == e1000_82544 &&
	cmpl	$4, %edx	#, _110
# drivers/net/ethernet/intel/e1000/e1000_main.c:1668: 		adapter->txd_cmd |= E1000_TXD_CMD_RS;
	movl	%eax, 584(%ebx)	# tmp198, adapter_13(D)->txd_cmd
# drivers/net/ethernet/intel/e1000/e1000_main.c:1673: 	if (hw->mac_type == e1000_82544 &&
	jne	.L1038	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1673: 	if (hw->mac_type == e1000_82544 &&
	cmpl	$2, 992(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].bus_type
	jne	.L1038	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1675: 		adapter->pcix_82544 = true;
	movb	$1, 648(%ebx)	#, adapter_13(D)->pcix_82544
	jmp	.L1038	#
	.size	e1000_configure, .-e1000_configure
	.section	.rodata.str1.1
.LC33:
	.string	"include/linux/if_vlan.h"
.LC34:
	.string	"include/linux/skbuff.h"
.LC35:
	.string	"__pskb_pull_tail failed.\n"
.LC36:
	.string	"checksum_partial proto=%x!\n"
.LC37:
	.string	"TX DMA map failed\n"
	.section	.rodata.str1.4
	.align 4
.LC38:
	.string	"include/linux/dynamic_queue_limits.h"
	.section	.text.unlikely
.LCOLDB39:
	.text
.LHOTB39:
	.p2align 4
	.type	e1000_xmit_frame, @function
e1000_xmit_frame:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp882, skb
	pushl	%ebx	#
	subl	$84, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3098: {
	movl	%eax, -60(%ebp)	# skb, %sfp
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	84(%esi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].len, prephitmp_996
# drivers/net/ethernet/intel/e1000/e1000_main.c:3098: {
	movl	%edx, -40(%ebp)	# tmp883, %sfp
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, skb
	movl	%eax, -16(%ebp)	# skb, D.88164
	movl	%esi, %eax	# skb, skb
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	88(%esi), %esi	# MEM[(const struct sk_buff *)skb_116(D)].data_len, _171
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%ecx, -36(%ebp)	# prephitmp_996, %sfp
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%esi, -32(%ebp)	# _171, %sfp
# ./include/linux/if_vlan.h:652: 	return __vlan_get_protocol(skb, skb->protocol, NULL);
	movzwl	152(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.protocol, type
	movl	%eax, -28(%ebp)	# type, %sfp
# ./include/linux/if_vlan.h:317: 	switch (ethertype) {
	cmpl	$129, %eax	#, type
	je	.L1059	#,
	cmpl	$43144, %eax	#, type
	movl	%ecx, %esi	# prephitmp_996, prephitmp_996
	je	.L1059	#,
.L1060:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3118: 	tx_ring = adapter->tx_ring;
	movl	-40(%ebp), %eax	# %sfp, netdev
# ./include/linux/skbuff.h:3736: 	if (unlikely(size < len)) {
	cmpl	$59, %esi	#, prephitmp_996
# drivers/net/ethernet/intel/e1000/e1000_main.c:3118: 	tx_ring = adapter->tx_ring;
	movl	2016(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].tx_ring, tx_ring
	movl	%eax, -24(%ebp)	# tx_ring, %sfp
# ./include/linux/skbuff.h:3736: 	if (unlikely(size < len)) {
	jbe	.L1069	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3141: 		if (skb->data_len && hdr_len == len) {
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	88(%eax), %edi	# skb_116(D)->data_len, pretmp_997
.L1070:
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	-36(%ebp), %edx	# %sfp, _170
	movl	-32(%ebp), %eax	# %sfp, _171
	subl	%eax, %edx	# _171, _170
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	%eax, -36(%ebp)	# skb, %sfp
	movl	164(%eax), %ebx	# MEM[(const struct sk_buff *)skb_116(D)].end, _174
# drivers/net/ethernet/intel/e1000/e1000_main.c:3127: 	mss = skb_shinfo(skb)->gso_size;
	movzwl	4(%ebx), %eax	# MEM[(struct skb_shared_info *)_174].gso_size, mss
	movl	%eax, -56(%ebp)	# mss, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3135: 	if (mss) {
	testl	%eax, %eax	# mss
	jne	.L1298	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3174: 	if ((mss) || (skb->ip_summed == CHECKSUM_PARTIAL))
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:3174: 	if ((mss) || (skb->ip_summed == CHECKSUM_PARTIAL))
	xorl	%ecx, %ecx	# count
	movl	$4096, %esi	#, prephitmp_963
# drivers/net/ethernet/intel/e1000/e1000_main.c:3103: 	unsigned int max_txd_pwr = E1000_MAX_TXD_PWR;
	movl	$12, -32(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3102: 	unsigned int first, max_per_txd = E1000_MAX_DATA_PER_TXD;
	movl	$4096, -48(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3174: 	if ((mss) || (skb->ip_summed == CHECKSUM_PARTIAL))
	movzbl	100(%eax), %eax	# *skb_116(D), *skb_116(D)
	andb	$96, %al	#, *skb_116(D)
# drivers/net/ethernet/intel/e1000/e1000_main.c:3174: 	if ((mss) || (skb->ip_summed == CHECKSUM_PARTIAL))
	cmpb	$96, %al	#, tmp526
	sete	%cl	#, count
# drivers/net/ethernet/intel/e1000/e1000_main.c:3176: 	count++;
	leal	1(%ecx), %eax	#, _1000
.L1080:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3179: 	if (!skb->data_len && tx_ring->last_tx_tso && !skb_is_gso(skb))
	testl	%edi, %edi	# pretmp_997
	je	.L1081	#,
.L1155:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movl	%eax, %edi	# _1000, _1019
.L1082:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movzbl	-32(%ebp), %ecx	# %sfp, tmp1036
	leal	-1(%edx,%esi), %eax	#, tmp532
	shrl	%cl, %eax	# tmp1036, tmp533
# drivers/net/ethernet/intel/e1000/e1000_main.c:3184: 	if (adapter->pcix_82544)
	movl	-40(%ebp), %ecx	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	addl	%eax, %edi	# tmp533, count
# drivers/net/ethernet/intel/e1000/e1000_main.c:3184: 	if (adapter->pcix_82544)
	movzbl	2088(%ecx), %eax	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].pcix_82544, _22
# drivers/net/ethernet/intel/e1000/e1000_main.c:3185: 		count++;
	cmpb	$1, %al	#, _22
	sbbl	$-1, %edi	#, count
# drivers/net/ethernet/intel/e1000/e1000_main.c:3190: 	if (unlikely((hw->bus_type == e1000_bus_type_pcix) &&
	cmpl	$2, 2432(%ecx)	#, MEM[(struct e1000_hw *)netdev_115(D) + 2376B].bus_type
	jne	.L1086	#,
	cmpl	$2015, %edx	#, len
	seta	%dl	#, tmp537
# drivers/net/ethernet/intel/e1000/e1000_main.c:3192: 		count++;
	cmpb	$1, %dl	#, tmp537
	sbbl	$-1, %edi	#, count
.L1086:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3194: 	nr_frags = skb_shinfo(skb)->nr_frags;
	movzbl	2(%ebx), %edx	# MEM[(struct skb_shared_info *)prephitmp_1022].nr_frags, nr_frags
	movl	%edx, -68(%ebp)	# nr_frags, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3195: 	for (f = 0; f < nr_frags; f++)
	testl	%edx, %edx	# nr_frags
	je	.L1087	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3195: 	for (f = 0; f < nr_frags; f++)
	movl	-32(%ebp), %ecx	# %sfp, max_txd_pwr
	decl	%esi	# _1023
	addl	$44, %ebx	#, ivtmp.812
	movb	%al, -36(%ebp)	# _22, %sfp
	xorl	%edx, %edx	# f
	.p2align 4
	.p2align 3
.L1088:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3196: 		count += TXD_USE_COUNT(skb_frag_size(&skb_shinfo(skb)->frags[f]),
	movl	(%ebx), %eax	# MEM <const unsigned int> [(const struct skb_frag_t *)_732], tmp538
# drivers/net/ethernet/intel/e1000/e1000_main.c:3195: 	for (f = 0; f < nr_frags; f++)
	incl	%edx	# f
# drivers/net/ethernet/intel/e1000/e1000_main.c:3195: 	for (f = 0; f < nr_frags; f++)
	addl	$12, %ebx	#, ivtmp.812
# drivers/net/ethernet/intel/e1000/e1000_main.c:3196: 		count += TXD_USE_COUNT(skb_frag_size(&skb_shinfo(skb)->frags[f]),
	addl	%esi, %eax	# _1023, tmp538
	shrl	%cl, %eax	# max_txd_pwr, tmp540
# drivers/net/ethernet/intel/e1000/e1000_main.c:3196: 		count += TXD_USE_COUNT(skb_frag_size(&skb_shinfo(skb)->frags[f]),
	addl	%eax, %edi	# tmp540, count
# drivers/net/ethernet/intel/e1000/e1000_main.c:3195: 	for (f = 0; f < nr_frags; f++)
	cmpl	%edx, -68(%ebp)	# f, %sfp
	jne	.L1088	#,
	movzbl	-36(%ebp), %eax	# %sfp, _22
.L1087:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3198: 	if (adapter->pcix_82544)
	testb	%al, %al	# _22
	je	.L1089	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3199: 		count += nr_frags;
	movl	-68(%ebp), %eax	# %sfp, nr_frags
	addl	%eax, %edi	# nr_frags, count
.L1089:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3204: 	if (unlikely(e1000_maybe_stop_tx(netdev, tx_ring, count + 2)))
	movl	-40(%ebp), %esi	# %sfp, netdev
	leal	2(%edi), %ecx	#, tmp541
	movl	-24(%ebp), %edx	# %sfp,
	movl	%esi, %eax	# netdev,
	call	e1000_maybe_stop_tx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3204: 	if (unlikely(e1000_maybe_stop_tx(netdev, tx_ring, count + 2)))
	testl	%eax, %eax	# tmp887
	jne	.L1091	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3207: 	if (unlikely((hw->mac_type == e1000_82547) &&
	cmpl	$13, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_115(D) + 2376B].mac_type
	je	.L1299	#,
.L1096:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3104: 	unsigned int tx_flags = 0;
	movl	$0, -80(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3215: 	if (skb_vlan_tag_present(skb)) {
	movl	-60(%ebp), %eax	# %sfp, skb
	testb	$1, 102(%eax)	#, *skb_116(D)
	je	.L1098	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3217: 		tx_flags |= (skb_vlan_tag_get(skb) <<
	movzwl	126(%eax), %eax	# skb_116(D)->D.49725.D.49655.vlan_tci, skb_116(D)->D.49725.D.49655.vlan_tci
	sall	$16, %eax	#, tmp556
# drivers/net/ethernet/intel/e1000/e1000_main.c:3217: 		tx_flags |= (skb_vlan_tag_get(skb) <<
	orl	$2, %eax	#, tmp556
	movl	%eax, -80(%ebp)	# tmp556, %sfp
.L1098:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3221: 	first = tx_ring->next_to_use;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
	movl	16(%eax), %eax	# tx_ring_121->next_to_use, first
	movl	%eax, -84(%ebp)	# first, %sfp
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, _293
# ./include/linux/skbuff.h:5020: 	return skb_shinfo(skb)->gso_size;
	movzwl	4(%eax), %esi	# MEM[(struct skb_shared_info *)_293].gso_size, _294
# drivers/net/ethernet/intel/e1000/e1000_main.c:2704: 	if (skb_is_gso(skb)) {
	testl	%esi, %esi	# _294
	jne	.L1300	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2773: 	if (skb->ip_summed != CHECKSUM_PARTIAL)
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	-84(%ebp), %esi	# %sfp, i
	movzbl	100(%eax), %eax	# *skb_116(D), *skb_116(D)
	movb	%al, -32(%ebp)	# *skb_116(D), %sfp
	andb	$96, %al	#, *skb_116(D)
# drivers/net/ethernet/intel/e1000/e1000_main.c:2773: 	if (skb->ip_summed != CHECKSUM_PARTIAL)
	cmpb	$96, %al	#, tmp616
	jne	.L1106	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2776: 	switch (protocol) {
	movl	-28(%ebp), %eax	# %sfp, type
	cmpl	$8, %eax	#, type
	je	.L1108	#,
	cmpl	$56710, %eax	#, type
	je	.L1109	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2787: 		if (unlikely(net_ratelimit()))
	call	net_ratelimit	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2787: 		if (unlikely(net_ratelimit()))
	testl	%eax, %eax	# tmp889
	jne	.L1112	#,
.L1297:
# ./include/linux/skbuff.h:2720: 	return skb->data - skb->head;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2771: 	u32 cmd_len = E1000_TXD_CMD_DEXT;
	movl	$536870912, %esi	#, cmd_len
# ./include/linux/skbuff.h:2720: 	return skb->data - skb->head;
	movl	168(%eax), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _431
# drivers/net/ethernet/intel/e1000/e1000_main.c:2795: 	i = tx_ring->next_to_use;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
	movl	16(%eax), %ebx	# tx_ring_121->next_to_use, pretmp_1030
.L1111:
# ./include/linux/skbuff.h:3021: 	return skb->csum_start - skb_headroom(skb);
	movl	-60(%ebp), %edi	# %sfp, skb
# ./include/linux/skbuff.h:2720: 	return skb->data - skb->head;
	movl	172(%edi), %edx	# MEM[(const struct sk_buff *)skb_116(D)].data,
# ./include/linux/skbuff.h:3021: 	return skb->csum_start - skb_headroom(skb);
	movzwl	108(%edi), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.D.49626.D.49625.csum_start, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.D.49626.D.49625.csum_start
# drivers/net/ethernet/intel/e1000/e1000_main.c:2796: 	buffer_info = &tx_ring->buffer_info[i];
	movl	-24(%ebp), %edi	# %sfp, tx_ring
# ./include/linux/skbuff.h:2720: 	return skb->data - skb->head;
	subl	%edx, %ecx	#, tmp625
# ./include/linux/skbuff.h:3021: 	return skb->csum_start - skb_headroom(skb);
	addl	%ecx, %eax	# tmp625, tmp627
# drivers/net/ethernet/intel/e1000/e1000_main.c:2793: 	css = skb_checksum_start_offset(skb);
	movb	%al, -32(%ebp)	# tmp627, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2796: 	buffer_info = &tx_ring->buffer_info[i];
	movl	24(%edi), %edx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2796: 	buffer_info = &tx_ring->buffer_info[i];
	leal	(%ebx,%ebx,2), %ecx	#, tmp630
# drivers/net/ethernet/intel/e1000/e1000_main.c:2796: 	buffer_info = &tx_ring->buffer_info[i];
	leal	(%edx,%ecx,8), %ecx	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2797: 	context_desc = E1000_CONTEXT_DESC(*tx_ring, i);
	movl	%ebx, %edx	# pretmp_1030, tmp633
	sall	$4, %edx	#, tmp633
# drivers/net/ethernet/intel/e1000/e1000_main.c:2797: 	context_desc = E1000_CONTEXT_DESC(*tx_ring, i);
	addl	(%edi), %edx	# tx_ring_121->desc, context_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2802: 		css + skb->csum_offset;
	movl	-60(%ebp), %edi	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2799: 	context_desc->lower_setup.ip_config = 0;
	movl	$0, (%edx)	#, context_desc_464->lower_setup.ip_config
# drivers/net/ethernet/intel/e1000/e1000_main.c:2800: 	context_desc->upper_setup.tcp_fields.tucss = css;
	movb	%al, 4(%edx)	# tmp627, context_desc_464->upper_setup.tcp_fields.tucss
# drivers/net/ethernet/intel/e1000/e1000_main.c:2802: 		css + skb->csum_offset;
	addb	110(%edi), %al	# skb_116(D)->D.49725.D.49655.D.49626.D.49625.csum_offset, css
# drivers/net/ethernet/intel/e1000/e1000_main.c:2805: 	context_desc->cmd_and_length = cpu_to_le32(cmd_len);
	movl	%esi, 8(%edx)	# cmd_len, context_desc_464->cmd_and_length
# drivers/net/ethernet/intel/e1000/e1000_main.c:2810: 	if (unlikely(++i == tx_ring->count))
	movl	-24(%ebp), %edi	# %sfp, tx_ring
	leal	1(%ebx), %esi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2803: 	context_desc->upper_setup.tcp_fields.tucse = 0;
	movw	$0, 6(%edx)	#, context_desc_464->upper_setup.tcp_fields.tucse
# drivers/net/ethernet/intel/e1000/e1000_main.c:2802: 		css + skb->csum_offset;
	movb	%al, 5(%edx)	# tmp636, context_desc_464->upper_setup.tcp_fields.tucso
# drivers/net/ethernet/intel/e1000/e1000_main.c:2807: 	buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.200_469
# drivers/net/ethernet/intel/e1000/e1000_main.c:2804: 	context_desc->tcp_seg_setup.data = 0;
	movl	$0, 12(%edx)	#, context_desc_464->tcp_seg_setup.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:2808: 	buffer_info->next_to_watch = i;
	movw	%bx, 14(%ecx)	# pretmp_1030, buffer_info_461->next_to_watch
# drivers/net/ethernet/intel/e1000/e1000_main.c:2807: 	buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%ecx)	# jiffies.200_469, buffer_info_461->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2810: 	if (unlikely(++i == tx_ring->count))
	cmpl	12(%edi), %esi	# tx_ring_121->count, i
	je	.L1301	#,
.L1114:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2813: 	tx_ring->next_to_use = i;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:3234: 		tx_flags |= E1000_TX_FLAGS_CSUM;
	orl	$1, -80(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2813: 	tx_ring->next_to_use = i;
	movl	%esi, 16(%eax)	# i, tx_ring_121->next_to_use
	.p2align 4
	.p2align 3
.L1106:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3236: 	if (protocol == htons(ETH_P_IP))
	cmpl	$8, -28(%ebp)	#, %sfp
	jne	.L1115	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3237: 		tx_flags |= E1000_TX_FLAGS_IPV4;
	orl	$8, -80(%ebp)	#, %sfp
.L1115:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3239: 	if (unlikely(skb->no_fcs))
	movl	-60(%ebp), %eax	# %sfp, skb
	testb	$16, 101(%eax)	#, *skb_116(D)
	jne	.L1302	#,
.L1116:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2828: 	struct pci_dev *pdev = adapter->pdev;
	movl	-40(%ebp), %eax	# %sfp, netdev
	movl	2372(%eax), %edi	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].pdev, pdev
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2828: 	struct pci_dev *pdev = adapter->pdev;
	movl	%edi, -76(%ebp)	# pdev, %sfp
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	88(%eax), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].data_len, pretmp_1049
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	84(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].len, MEM[(const struct sk_buff *)skb_116(D)].len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2836: 	while (len) {
	subl	%ecx, %eax	# pretmp_1049, MEM[(const struct sk_buff *)skb_116(D)].len
	movl	%eax, -28(%ebp)	# MEM[(const struct sk_buff *)skb_116(D)].len, %sfp
	je	.L1166	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2831: 	unsigned int offset = 0, size, count = 0, i;
	movl	$0, -36(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2853: 		if (unlikely(mss && !nr_frags && size == len && size > 8))
	movl	-56(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2831: 	unsigned int offset = 0, size, count = 0, i;
	movl	$0, -44(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2853: 		if (unlikely(mss && !nr_frags && size == len && size > 8))
	testl	%eax, %eax	#
	movl	-68(%ebp), %eax	# %sfp,
	setne	%dl	#, tmp641
	testl	%eax, %eax	#
	sete	%al	#, tmp643
	andb	%al, %dl	# tmp643, tmp641
	movb	%dl, -52(%ebp)	# tmp641, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2928: 			buffer_info->dma = skb_frag_dma_map(&pdev->dev, frag,
	leal	132(%edi), %eax	#, pretmp_1054
	movl	%eax, -72(%ebp)	# pretmp_1054, %sfp
	.p2align 4
	.p2align 3
.L1127:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2837: 		buffer_info = &tx_ring->buffer_info[i];
	movl	-24(%ebp), %edx	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2837: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%esi,%esi,2), %eax	#, tmp646
# drivers/net/ethernet/intel/e1000/e1000_main.c:2838: 		size = min(len, max_per_txd);
	movl	-48(%ebp), %ebx	# %sfp, max_per_txd
# drivers/net/ethernet/intel/e1000/e1000_main.c:2837: 		buffer_info = &tx_ring->buffer_info[i];
	movl	24(%edx), %edx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
	leal	(%edx,%eax,8), %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2838: 		size = min(len, max_per_txd);
	movl	-28(%ebp), %eax	# %sfp, len
	cmpl	%ebx, %eax	# max_per_txd, len
	cmovbe	%eax, %ebx	# len,, size
# drivers/net/ethernet/intel/e1000/e1000_main.c:2844: 		if (!skb->data_len && tx_ring->last_tx_tso &&
	testl	%ecx, %ecx	# pretmp_1049
	jne	.L1118	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2844: 		if (!skb->data_len && tx_ring->last_tx_tso &&
	movl	-24(%ebp), %edx	# %sfp, tx_ring
	cmpb	$0, 32(%edx)	#, tx_ring_121->last_tx_tso
	je	.L1118	#,
# ./include/linux/skbuff.h:5020: 	return skb_shinfo(skb)->gso_size;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, MEM[(const struct sk_buff *)skb_116(D)].end
# drivers/net/ethernet/intel/e1000/e1000_main.c:2844: 		if (!skb->data_len && tx_ring->last_tx_tso &&
	cmpw	$0, 4(%eax)	#, MEM[(struct skb_shared_info *)_491].gso_size
	jne	.L1118	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2846: 			tx_ring->last_tx_tso = false;
	movb	$0, 32(%edx)	#, tx_ring_121->last_tx_tso
# drivers/net/ethernet/intel/e1000/e1000_main.c:2847: 			size -= 4;
	subl	$4, %ebx	#, size
	.p2align 4
	.p2align 3
.L1118:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2853: 		if (unlikely(mss && !nr_frags && size == len && size > 8))
	cmpb	$0, -52(%ebp)	#, %sfp
	jne	.L1303	#,
.L1119:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2860: 		if (unlikely((hw->bus_type == e1000_bus_type_pcix) &&
	movl	-40(%ebp), %eax	# %sfp, netdev
	cmpl	$2, 2432(%eax)	#, MEM[(struct e1000_hw *)netdev_115(D) + 2376B].bus_type
	je	.L1304	#,
.L1120:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2867: 		if (unlikely(adapter->pcix_82544 &&
	movl	-40(%ebp), %eax	# %sfp, netdev
	cmpb	$0, 2088(%eax)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].pcix_82544
	jne	.L1305	#,
.L1121:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2872: 		buffer_info->length = size;
	movw	%bx, 12(%edi)	# size, buffer_info_486->length
# drivers/net/ethernet/intel/e1000/e1000_main.c:2874: 		buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.202_537
# drivers/net/ethernet/intel/e1000/e1000_main.c:2875: 		buffer_info->mapped_as_page = false;
	movb	$0, 16(%edi)	#, buffer_info_486->mapped_as_page
# drivers/net/ethernet/intel/e1000/e1000_main.c:2876: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	-36(%ebp), %edx	# %sfp, _539
# drivers/net/ethernet/intel/e1000/e1000_main.c:2874: 		buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%edi)	# jiffies.202_537, buffer_info_486->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2876: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	172(%eax), %ecx	# skb_116(D)->data,
	addl	%ecx, %edx	#, _539
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	%edx, -32(%ebp)	# _539, %sfp
	movl	%edx, %eax	# _539,
	call	is_vmalloc_addr	#
	movl	-32(%ebp), %edx	# %sfp, _539
	testb	%al, %al	# tmp890
	jne	.L1306	#,
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	movl	%ebx, (%esp)	# size,
	movl	mem_map, %eax	# mem_map,
	movl	%edx, %ecx	# _539, tmp669
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	$1073741824, %edx	#, tmp670
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	andl	$4095, %ecx	#, tmp669
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	shrl	$12, %edx	#, tmp671
	sall	$5, %edx	#, tmp672
# ./include/linux/dma-mapping.h:336: 	return dma_map_page_attrs(dev, virt_to_page(ptr), offset_in_page(ptr),
	addl	%eax, %edx	#, tmp673
	xorl	%eax, %eax	#
	movl	%eax, 8(%esp)	#,
	movl	$1, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	-72(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2876: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	%eax, 4(%edi)	# _696, buffer_info_486->dma
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	incl	%eax	# _696
	je	.L1125	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2885: 		count++;
	incl	-44(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2886: 		if (len) {
	subl	%ebx, -28(%ebp)	# size, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2881: 		buffer_info->next_to_watch = i;
	movw	%si, 14(%edi)	# i, buffer_info_486->next_to_watch
# drivers/net/ethernet/intel/e1000/e1000_main.c:2886: 		if (len) {
	jne	.L1307	#,
.L1117:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	movl	-68(%ebp), %edi	# %sfp, nr_frags
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	testl	%edi, %edi	# nr_frags
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, prephitmp_1061
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	je	.L1128	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	movl	$0, -64(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2928: 			buffer_info->dma = skb_frag_dma_map(&pdev->dev, frag,
	movl	-76(%ebp), %edx	# %sfp, pdev
	addl	$132, %edx	#, pdev
	movl	%edx, -52(%ebp)	# pdev, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2910: 			if (unlikely(mss && f == (nr_frags-1) &&
	leal	-1(%edi), %edx	#, tmp881
	movl	%edx, -76(%ebp)	# tmp881, %sfp
	.p2align 4
	.p2align 3
.L1134:
# ./include/linux/skbuff.h:377: 	return frag->bv_len;
	movl	-64(%ebp), %edi	# %sfp, f
	leal	(%edi,%edi,2), %ecx	#, tmp677
	leal	(%eax,%ecx,4), %edx	#, tmp679
	movl	%edx, -36(%ebp)	# tmp679, %sfp
	movl	44(%edx), %edx	# MEM <struct skb_shared_info> [(const struct skb_frag_t *)prephitmp_1069].frags[f_268].bv_len, len
	movl	%edx, -32(%ebp)	# len, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2899: 		while (len) {
	testl	%edx, %edx	# len
	je	.L1129	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2897: 		offset = 0;
	movl	$0, -28(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2928: 			buffer_info->dma = skb_frag_dma_map(&pdev->dev, frag,
	movl	-52(%ebp), %eax	# %sfp, pretmp_1054
	movl	%eax, -72(%ebp)	# pretmp_1054, %sfp
	.p2align 4
	.p2align 3
.L1133:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2902: 			if (unlikely(i == tx_ring->count))
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2901: 			i++;
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2902: 			if (unlikely(i == tx_ring->count))
	cmpl	12(%eax), %esi	# tx_ring_121->count, i
	je	.L1168	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2905: 			buffer_info = &tx_ring->buffer_info[i];
	leal	(%esi,%esi,2), %edi	#, tmp683
	sall	$3, %edi	#, _1058
.L1130:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2905: 			buffer_info = &tx_ring->buffer_info[i];
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2906: 			size = min(len, max_per_txd);
	movl	-32(%ebp), %ebx	# %sfp, len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2910: 			if (unlikely(mss && f == (nr_frags-1) &&
	movl	-56(%ebp), %ecx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2905: 			buffer_info = &tx_ring->buffer_info[i];
	movl	24(%eax), %edx	# tx_ring_121->buffer_info,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2906: 			size = min(len, max_per_txd);
	movl	-48(%ebp), %eax	# %sfp, max_per_txd
# drivers/net/ethernet/intel/e1000/e1000_main.c:2905: 			buffer_info = &tx_ring->buffer_info[i];
	addl	%edx, %edi	#, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2906: 			size = min(len, max_per_txd);
	cmpl	%ebx, %eax	# len, max_per_txd
	cmovbe	%eax, %ebx	# max_per_txd,, _568
# drivers/net/ethernet/intel/e1000/e1000_main.c:2910: 			if (unlikely(mss && f == (nr_frags-1) &&
	testl	%ecx, %ecx	#
	jne	.L1308	#,
.L1131:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2920: 			if (unlikely(adapter->pcix_82544 &&
	movl	-40(%ebp), %ecx	# %sfp, netdev
# ./include/linux/skbuff.h:3457: 	return frag->bv_page;
	movl	-36(%ebp), %eax	# %sfp, tmp679
# drivers/net/ethernet/intel/e1000/e1000_main.c:2918: 				page_to_phys(skb_frag_page(frag));
	movl	mem_map, %edx	# mem_map, mem_map.204_583
# drivers/net/ethernet/intel/e1000/e1000_main.c:2920: 			if (unlikely(adapter->pcix_82544 &&
	cmpb	$0, 2088(%ecx)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].pcix_82544
# ./include/linux/skbuff.h:3457: 	return frag->bv_page;
	movl	40(%eax), %eax	# MEM <struct skb_shared_info> [(const struct skb_frag_t *)prephitmp_1069].frags[f_268].bv_page, _582
# drivers/net/ethernet/intel/e1000/e1000_main.c:2920: 			if (unlikely(adapter->pcix_82544 &&
	jne	.L1309	#,
.L1132:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2925: 			buffer_info->length = size;
	movw	%bx, 12(%edi)	# _568, buffer_info_566->length
# drivers/net/ethernet/intel/e1000/e1000_main.c:2926: 			buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.206_606
# drivers/net/ethernet/intel/e1000/e1000_main.c:2927: 			buffer_info->mapped_as_page = true;
	movb	$1, 16(%edi)	#, buffer_info_566->mapped_as_page
# ./include/linux/skbuff.h:3616: 	return dma_map_page(dev, skb_frag_page(frag),
	movl	-28(%ebp), %ecx	# %sfp, tmp714
# drivers/net/ethernet/intel/e1000/e1000_main.c:2926: 			buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%edi)	# jiffies.206_606, buffer_info_566->time_stamp
# ./include/linux/skbuff.h:3616: 	return dma_map_page(dev, skb_frag_page(frag),
	movl	-36(%ebp), %eax	# %sfp, tmp679
	movl	48(%eax), %edx	# MEM <struct skb_shared_info> [(const struct skb_frag_t *)prephitmp_1069].frags[f_268].bv_offset,
	addl	%edx, %ecx	#, tmp714
	movl	40(%eax), %edx	# MEM <struct skb_shared_info> [(const struct skb_frag_t *)prephitmp_1069].frags[f_268].bv_page, MEM <struct skb_shared_info> [(const struct skb_frag_t *)prephitmp_1069].frags[f_268].bv_page
	xorl	%eax, %eax	#
	movl	%eax, 8(%esp)	#,
	movl	$1, %eax	#,
	movl	%eax, 4(%esp)	#,
	movl	%ebx, (%esp)	# _568,
	movl	-52(%ebp), %eax	# %sfp,
	call	dma_map_page_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2928: 			buffer_info->dma = skb_frag_dma_map(&pdev->dev, frag,
	movl	%eax, 4(%edi)	# _611, buffer_info_566->dma
# ./include/linux/dma-mapping.h:99: 	if (unlikely(dma_addr == DMA_MAPPING_ERROR))
	incl	%eax	# _611
	je	.L1125	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2935: 			offset += size;
	addl	%ebx, -28(%ebp)	# _568, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2936: 			count++;
	incl	-44(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2899: 		while (len) {
	subl	%ebx, -32(%ebp)	# _568, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2932: 			buffer_info->next_to_watch = i;
	movw	%si, 14(%edi)	# i, buffer_info_566->next_to_watch
# drivers/net/ethernet/intel/e1000/e1000_main.c:2899: 		while (len) {
	jne	.L1133	#,
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, prephitmp_1061
.L1129:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	incl	-64(%ebp)	# %sfp
	movl	-64(%ebp), %edx	# %sfp, f
# drivers/net/ethernet/intel/e1000/e1000_main.c:2893: 	for (f = 0; f < nr_frags; f++) {
	cmpl	%edx, -68(%ebp)	# f, %sfp
	jne	.L1134	#,
.L1128:
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	-60(%ebp), %edx	# %sfp, skb
	movl	$1, %ecx	#, tmp940
	movzwl	6(%eax), %eax	# MEM[(struct skb_shared_info *)prephitmp_1063].gso_segs, MEM[(struct skb_shared_info *)prephitmp_1063].gso_segs
# drivers/net/ethernet/intel/e1000/e1000_main.c:2944: 	tx_ring->buffer_info[i].skb = skb;
	movl	-24(%ebp), %edi	# %sfp, tx_ring
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	84(%edx), %ebx	# MEM[(const struct sk_buff *)skb_116(D)].len, _626
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	88(%edx), %edx	# MEM[(const struct sk_buff *)skb_116(D)].data_len,
	testl	%eax, %eax	# MEM[(struct skb_shared_info *)prephitmp_1063].gso_segs
	cmovne	%eax, %ecx	# MEM[(struct skb_shared_info *)prephitmp_1063].gso_segs,, tmp940
# drivers/net/ethernet/intel/e1000/e1000_main.c:2942: 	bytecount = ((segs - 1) * skb_headlen(skb)) + skb->len;
	movl	%ecx, -28(%ebp)	# _623, %sfp
	decl	%ecx	# tmp727
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%ebx, %eax	# _626, tmp726
	subl	%edx, %eax	#, tmp726
	movl	%eax, %edx	# tmp726, tmp726
# drivers/net/ethernet/intel/e1000/e1000_main.c:2944: 	tx_ring->buffer_info[i].skb = skb;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2942: 	bytecount = ((segs - 1) * skb_headlen(skb)) + skb->len;
	imull	%ecx, %edx	# tmp727, tmp728
# drivers/net/ethernet/intel/e1000/e1000_main.c:2944: 	tx_ring->buffer_info[i].skb = skb;
	movl	24(%edi), %ecx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2942: 	bytecount = ((segs - 1) * skb_headlen(skb)) + skb->len;
	addl	%edx, %ebx	# tmp728, bytecount
# drivers/net/ethernet/intel/e1000/e1000_main.c:2944: 	tx_ring->buffer_info[i].skb = skb;
	leal	(%esi,%esi,2), %edx	#, tmp731
	sall	$3, %edx	#, tmp732
# drivers/net/ethernet/intel/e1000/e1000_main.c:2944: 	tx_ring->buffer_info[i].skb = skb;
	movl	%eax, (%ecx,%edx)	# skb, _634->skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2945: 	tx_ring->buffer_info[i].segs = segs;
	movl	-28(%ebp), %eax	# %sfp, tmp1376
	movl	24(%edi), %ecx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
	movw	%ax, 18(%ecx,%edx)	# tmp1376, _636->segs
# drivers/net/ethernet/intel/e1000/e1000_main.c:2946: 	tx_ring->buffer_info[i].bytecount = bytecount;
	movl	24(%edi), %eax	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
	movl	%ebx, 20(%eax,%edx)	# bytecount, _639->bytecount
# drivers/net/ethernet/intel/e1000/e1000_main.c:2947: 	tx_ring->buffer_info[first].next_to_watch = i;
	movl	-84(%ebp), %eax	# %sfp, first
	movl	24(%edi), %ecx	# tx_ring_121->buffer_info,
	leal	(%eax,%eax), %ebx	#, tmp784
	addl	%ebx, %eax	# tmp784, tmp740
	leal	(%ecx,%eax,8), %eax	#, tmp742
	movw	%si, 14(%eax)	# i, _642->next_to_watch
# drivers/net/ethernet/intel/e1000/e1000_main.c:3245: 	if (count) {
	movl	-44(%ebp), %esi	# %sfp,
	testl	%esi, %esi	#
	je	.L1136	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3255: 		netdev_sent_queue(netdev, skb->len);
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	84(%eax), %edx	# skb_116(D)->len, _78
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
	movl	-40(%ebp), %eax	# %sfp, netdev
# ./include/linux/dynamic_queue_limits.h:77: 	BUG_ON(count > DQL_MAX_OBJECT);
	cmpl	$268435455, %edx	#, _78
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
	movl	576(%eax), %eax	# MEM[(const struct net_device *)netdev_115(D)]._tx, _195
# ./include/linux/dynamic_queue_limits.h:77: 	BUG_ON(count > DQL_MAX_OBJECT);
	ja	.L1310	#,
# ./include/linux/dynamic_queue_limits.h:79: 	dql->last_obj_cnt = count;
	movl	%edx, 104(%eax)	# _78, MEM[(struct dql *)_195 + 96B].last_obj_cnt
# ./include/linux/dynamic_queue_limits.h:86: 	barrier();
# ./include/linux/dynamic_queue_limits.h:88: 	dql->num_queued += count;
	addl	%edx, 96(%eax)	# _78, MEM[(struct dql *)_195 + 96B].num_queued
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
	movl	100(%eax), %ecx	# MEM[(const volatile unsigned int *)_195 + 100B], _769
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
	movl	96(%eax), %edx	# MEM[(const volatile unsigned int *)_195 + 96B], _770
# ./include/linux/netdevice.h:3430: 	if (likely(dql_avail(&dev_queue->dql) >= 0))
	cmpl	%edx, %ecx	# _770, _769
	js	.L1311	#,
.L1142:
# ./include/linux/skbuff.h:4440: 	if (skb_shinfo(skb)->tx_flags & SKBTX_SW_TSTAMP)
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, MEM[(const struct sk_buff *)skb_116(D)].end
# ./include/linux/skbuff.h:4440: 	if (skb_shinfo(skb)->tx_flags & SKBTX_SW_TSTAMP)
	testb	$2, 3(%eax)	#, MEM[(struct skb_shared_info *)_761].tx_flags
	jne	.L1312	#,
.L1144:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2975: 	if (likely(tx_flags & E1000_TX_FLAGS_TSO)) {
	movl	-80(%ebp), %eax	# %sfp, tx_flags
	movl	%eax, %edi	# tx_flags, txd_upper
	andl	$4, %edi	#, txd_upper
	je	.L1169	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2976: 		txd_lower |= E1000_TXD_CMD_DEXT | E1000_TXD_DTYP_D |
	movl	$638582784, -32(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2980: 		if (likely(tx_flags & E1000_TX_FLAGS_IPV4))
	andl	$8, %eax	#, tmp751
# drivers/net/ethernet/intel/e1000/e1000_main.c:2976: 		txd_lower |= E1000_TXD_CMD_DEXT | E1000_TXD_DTYP_D |
	cmpl	$1, %eax	#, tmp751
	sbbl	%edi, %edi	# txd_upper
	andl	$-256, %edi	#, txd_upper
	addl	$768, %edi	#, txd_upper
.L1145:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2984: 	if (likely(tx_flags & E1000_TX_FLAGS_CSUM)) {
	testb	$1, -80(%ebp)	#, %sfp
	je	.L1146	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2985: 		txd_lower |= E1000_TXD_CMD_DEXT | E1000_TXD_DTYP_D;
	orl	$537919488, -32(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2986: 		txd_upper |= E1000_TXD_POPTS_TXSM << 8;
	orl	$512, %edi	#, txd_upper
.L1146:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2989: 	if (unlikely(tx_flags & E1000_TX_FLAGS_VLAN)) {
	testb	$2, -80(%ebp)	#, %sfp
	jne	.L1313	#,
.L1147:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2994: 	if (unlikely(tx_flags & E1000_TX_FLAGS_NO_FCS))
	movl	-80(%ebp), %esi	# %sfp, tx_flags
	andl	$16, %esi	#, tx_flags
	jne	.L1314	#,
.L1148:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2999: 	while (count--) {
	movl	%edi, -36(%ebp)	# txd_upper, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2997: 	i = tx_ring->next_to_use;
	movl	-24(%ebp), %edx	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2999: 	while (count--) {
	movl	-44(%ebp), %ecx	# %sfp, ivtmp.800
	movl	%esi, -44(%ebp)	# _820, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2997: 	i = tx_ring->next_to_use;
	movl	16(%edx), %eax	# tx_ring_121->next_to_use, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2999: 	while (count--) {
	movl	%edx, %esi	# tx_ring, tx_ring
	decl	%ecx	# ivtmp.800
	movl	%ecx, -28(%ebp)	# count, %sfp
	.p2align 4
	.p2align 3
.L1150:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3000: 		buffer_info = &tx_ring->buffer_info[i];
	movl	24(%esi), %ebx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:3000: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%eax,%eax,2), %edi	#, tmp757
# drivers/net/ethernet/intel/e1000/e1000_main.c:3001: 		tx_desc = E1000_TX_DESC(*tx_ring, i);
	movl	%eax, %edx	# i, tmp760
# drivers/net/ethernet/intel/e1000/e1000_main.c:3001: 		tx_desc = E1000_TX_DESC(*tx_ring, i);
	movl	(%esi), %ecx	# tx_ring_121->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3001: 		tx_desc = E1000_TX_DESC(*tx_ring, i);
	sall	$4, %edx	#, tmp760
# drivers/net/ethernet/intel/e1000/e1000_main.c:3006: 		if (unlikely(++i == tx_ring->count))
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:3001: 		tx_desc = E1000_TX_DESC(*tx_ring, i);
	addl	%ecx, %edx	#, tx_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3002: 		tx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
	movl	4(%ebx,%edi,8), %ecx	# buffer_info_953->dma, tmp1256
	movl	$0, 4(%edx)	#, tx_desc_950->buffer_addr
	movl	%ecx, (%edx)	# tmp1256, tx_desc_950->buffer_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:3004: 			cpu_to_le32(txd_lower | buffer_info->length);
	movzwl	12(%ebx,%edi,8), %ebx	# buffer_info_953->length, buffer_info_953->length
	movl	-32(%ebp), %edi	# %sfp, txd_lower
	orl	%edi, %ebx	# txd_lower, _944
# drivers/net/ethernet/intel/e1000/e1000_main.c:3005: 		tx_desc->upper.data = cpu_to_le32(txd_upper);
	movl	-36(%ebp), %edi	# %sfp, txd_upper
# drivers/net/ethernet/intel/e1000/e1000_main.c:3003: 		tx_desc->lower.data =
	movl	%ebx, 8(%edx)	# _944, tx_desc_950->lower.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:3005: 		tx_desc->upper.data = cpu_to_le32(txd_upper);
	movl	%edi, 12(%edx)	# txd_upper, tx_desc_950->upper.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:3006: 		if (unlikely(++i == tx_ring->count))
	cmpl	%eax, 12(%esi)	# i, tx_ring_121->count
	je	.L1315	#,
.L1149:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2999: 	while (count--) {
	decl	-28(%ebp)	# %sfp
	movl	-28(%ebp), %ecx	# %sfp, count
# drivers/net/ethernet/intel/e1000/e1000_main.c:2999: 	while (count--) {
	incl	%ecx	# count
	jne	.L1150	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3010: 	tx_desc->lower.data |= cpu_to_le32(adapter->txd_cmd);
	movl	-40(%ebp), %edi	# %sfp, netdev
	movl	-44(%ebp), %esi	# %sfp, _820
	movl	2024(%edi), %ecx	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].txd_cmd,
	orl	%ecx, %ebx	#, _754
# drivers/net/ethernet/intel/e1000/e1000_main.c:3013: 	if (unlikely(tx_flags & E1000_TX_FLAGS_NO_FCS))
	testl	%esi, %esi	# _820
# drivers/net/ethernet/intel/e1000/e1000_main.c:3010: 	tx_desc->lower.data |= cpu_to_le32(adapter->txd_cmd);
	movl	%ebx, 8(%edx)	# _754, tx_desc_950->lower.data
# drivers/net/ethernet/intel/e1000/e1000_main.c:3013: 	if (unlikely(tx_flags & E1000_TX_FLAGS_NO_FCS))
	jne	.L1316	#,
.L1151:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3021: 	dma_wmb();
# drivers/net/ethernet/intel/e1000/e1000_main.c:3023: 	tx_ring->next_to_use = i;
	movl	-24(%ebp), %edx	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:3253: 		int desc_needed = MAX_SKB_FRAGS + 7;
	movl	-40(%ebp), %esi	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3023: 	tx_ring->next_to_use = i;
	movl	%eax, 16(%edx)	# i, tx_ring_121->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:3253: 		int desc_needed = MAX_SKB_FRAGS + 7;
	cmpb	$1, 2088(%esi)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].pcix_82544
	movl	%esi, %eax	# netdev, netdev
	sbbl	%ecx, %ecx	# desc_needed
	andl	$-18, %ecx	#, desc_needed
	addl	$42, %ecx	#, desc_needed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3268: 		e1000_maybe_stop_tx(netdev, tx_ring, desc_needed);
	call	e1000_maybe_stop_tx	#
# ./include/linux/netdevice.h:4903: 	return __this_cpu_read(softnet_data.xmit.more);
#APP
# 4903 "./include/linux/netdevice.h" 1
	movb %fs:softnet_data+58, %al	# softnet_data.xmit.more, pfo_val__
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3270: 		if (!netdev_xmit_more() ||
#NO_APP
	testb	%al, %al	# pfo_val__
	jne	.L1317	#,
.L1153:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	movl	-24(%ebp), %esi	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	movl	-40(%ebp), %edi	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	movzwl	30(%esi), %eax	# tx_ring_121->tdt, tx_ring_121->tdt
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	movl	2376(%edi), %ecx	# MEM[(struct e1000_hw *)netdev_115(D) + 2376B].hw_addr,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	movl	16(%esi), %edx	# tx_ring_121->next_to_use, _85
# drivers/net/ethernet/intel/e1000/e1000_main.c:3272: 			writel(tx_ring->next_to_use, hw->hw_addr + tx_ring->tdt);
	addl	%ecx, %eax	#, _84
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _85, MEM[(volatile unsigned int *)_84]
# 0 "" 2
#NO_APP
.L1072:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3125: 		return NETDEV_TX_OK;
	xorl	%eax, %eax	# <retval>
.L1058:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3281: }
	movl	-16(%ebp), %edx	# D.88164, tmp944
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp944
	jne	.L1318	#,
	addl	$84, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1059:
# ./include/linux/if_vlan.h:604: 	unsigned int vlan_depth = skb->mac_len, parse_depth = VLAN_MAX_DEPTH;
	movl	-60(%ebp), %eax	# %sfp, skb
	movzwl	92(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].mac_len, vlan_depth
# ./include/linux/if_vlan.h:611: 		if (vlan_depth) {
	testl	%eax, %eax	# vlan_depth
	jne	.L1319	#,
# ./include/linux/if_vlan.h:616: 			vlan_depth = ETH_HLEN;
	movl	$14, %ebx	#, vlan_depth
.L1061:
	movl	-32(%ebp), %edi	# %sfp, pretmp_990
	leal	28(%ebx), %eax	#, _241
	movl	%ecx, %esi	# prephitmp_996, prephitmp_996
	movl	%eax, -24(%ebp)	# _241, %sfp
.L1068:
# ./include/linux/if_vlan.h:619: 			struct vlan_hdr vhdr, *vh;
	movl	$0, -20(%ebp)	#, MEM <char[1:4]> [(void *)&vhdr]
# ./include/linux/skbuff.h:4130: 	return __skb_header_pointer(skb, offset, len, skb->data,
	movl	-60(%ebp), %eax	# %sfp, skb
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%ecx, %edx	# prephitmp_996, tmp501
	subl	%edi, %edx	# pretmp_990, tmp501
# ./include/linux/skbuff.h:4118: 	if (likely(hlen - offset >= len))
	subl	%ebx, %edx	# vlan_depth, tmp502
# ./include/linux/skbuff.h:4118: 	if (likely(hlen - offset >= len))
	cmpl	$3, %edx	#, tmp502
# ./include/linux/skbuff.h:4130: 	return __skb_header_pointer(skb, offset, len, skb->data,
	movl	172(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].data, _262
# ./include/linux/skbuff.h:4118: 	if (likely(hlen - offset >= len))
	jle	.L1063	#,
# ./include/linux/if_vlan.h:623: 			if (unlikely(!vh || !--parse_depth))
	addl	%ebx, %eax	# vlan_depth, _269
	je	.L1064	#,
.L1065:
	movl	-24(%ebp), %esi	# %sfp, _241
	cmpl	%esi, %ebx	# _241, vlan_depth
	je	.L1320	#,
# ./include/linux/if_vlan.h:626: 			type = vh->h_vlan_encapsulated_proto;
	movzwl	2(%eax), %eax	# MEM[(struct vlan_hdr *)_316].h_vlan_encapsulated_proto, type
# ./include/linux/skbuff.h:3734: 	unsigned int size = skb->len;
	movl	%ecx, %esi	# prephitmp_996, prephitmp_996
# ./include/linux/if_vlan.h:317: 	switch (ethertype) {
	cmpl	$129, %eax	#, type
	je	.L1067	#,
	cmpl	$43144, %eax	#, type
	je	.L1067	#,
	movl	%eax, -28(%ebp)	# type, %sfp
	jmp	.L1060	#
.L1298:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3137: 		max_per_txd = min(mss << 2, max_per_txd);
	leal	0(,%eax,4), %ecx	#, max_per_txd
	movl	$4096, %eax	#, tmp942
	cmpl	%eax, %ecx	# tmp942, max_per_txd
	cmovbe	%ecx, %eax	# max_per_txd,, tmp942
	movl	%eax, -48(%ebp)	# max_per_txd, %sfp
	movl	%eax, %ecx	# tmp942, max_per_txd
# ./arch/x86/include/asm/bitops.h:377: 	asm("bsrl %1,%0\n\t"
	movl	$-1, %eax	#, tmp507
#APP
# 377 "./arch/x86/include/asm/bitops.h" 1
	bsrl %ecx,%esi	# max_per_txd, r
	cmovzl %eax,%esi	# tmp507, r
# 0 "" 2
#NO_APP
	movl	%esi, -44(%ebp)	# r, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3138: 		max_txd_pwr = fls(max_per_txd) - 1;
	movl	%esi, -32(%ebp)	# r, %sfp
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movl	-36(%ebp), %esi	# %sfp, skb
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movl	168(%esi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head,
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movzwl	154(%esi), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	movl	172(%esi), %esi	# MEM[(const struct sk_buff *)skb_116(D)].data, _179
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	addl	%ecx, %eax	#, _178
# ./include/linux/tcp.h:31: 	return th->doff * 4;
	movzbl	12(%eax), %ecx	# MEM[(const struct tcphdr *)_178], _182
	shrb	$4, %cl	#, _182
# drivers/net/ethernet/intel/e1000/e1000_main.c:3141: 		if (skb->data_len && hdr_len == len) {
	testl	%edi, %edi	# pretmp_997
	je	.L1075	#,
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	subl	%esi, %eax	# _179, tmp512
# ./include/linux/tcp.h:31: 	return th->doff * 4;
	movzbl	%cl, %esi	# _182, _182
# ./include/linux/tcp.h:61: 	return skb_transport_offset(skb) + tcp_hdrlen(skb);
	leal	(%eax,%esi,4), %eax	#, tmp515
# drivers/net/ethernet/intel/e1000/e1000_main.c:3141: 		if (skb->data_len && hdr_len == len) {
	movzbl	%al, %eax	# tmp515, tmp516
	cmpl	%eax, %edx	# tmp516, len
	je	.L1321	#,
.L1076:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movzbl	-44(%ebp), %ecx	# %sfp, tmp1369
	movl	$1, %eax	#, tmp779
	movl	$2, %edi	#, _1019
	sall	%cl, %eax	# tmp1369, tmp779
	movl	%eax, %esi	# tmp779, prephitmp_963
	jmp	.L1082	#
.L1319:
# ./include/linux/if_vlan.h:614: 			vlan_depth -= VLAN_HLEN;
	leal	-4(%eax), %ebx	#, vlan_depth
# ./include/linux/if_vlan.h:612: 			if (WARN_ON(vlan_depth < VLAN_HLEN))
	cmpl	$3, %eax	#, vlan_depth
	ja	.L1061	#,
#APP
# 612 "./include/linux/if_vlan.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC33	# bug_entry::file	#
	.word 612	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
# ./include/linux/if_vlan.h:613: 				return 0;
#NO_APP
	movl	$0, -28(%ebp)	#, %sfp
# ./include/linux/if_vlan.h:612: 			if (WARN_ON(vlan_depth < VLAN_HLEN))
	movl	%ecx, %esi	# prephitmp_996, prephitmp_996
	jmp	.L1060	#
	.p2align 4,,10
	.p2align 3
.L1168:
	xorl	%edi, %edi	# _1058
# drivers/net/ethernet/intel/e1000/e1000_main.c:2903: 				i = 0;
	xorl	%esi, %esi	# i
	jmp	.L1130	#
	.p2align 4,,10
	.p2align 3
.L1309:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2918: 				page_to_phys(skb_frag_page(frag));
	subl	%edx, %eax	# mem_map.204_583, tmp697
	movl	-28(%ebp), %edx	# %sfp, offset
	sarl	$5, %eax	#, tmp699
# drivers/net/ethernet/intel/e1000/e1000_main.c:2917: 			bufend = (unsigned long)
	sall	$12, %eax	#, bufend
	leal	-1(%edx,%eax), %eax	#, _805
# drivers/net/ethernet/intel/e1000/e1000_main.c:2919: 			bufend += offset + size - 1;
	addl	%ebx, %eax	# _568, bufend
# drivers/net/ethernet/intel/e1000/e1000_main.c:2920: 			if (unlikely(adapter->pcix_82544 &&
	testb	$4, %al	#, bufend
	jne	.L1132	#,
	cmpl	$4, %ebx	#, _568
	jbe	.L1132	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2923: 				size -= 4;
	subl	$4, %ebx	#, _568
	jmp	.L1132	#
	.p2align 4,,10
	.p2align 3
.L1308:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2910: 			if (unlikely(mss && f == (nr_frags-1) &&
	movl	-76(%ebp), %edx	# %sfp, tmp881
	cmpl	%edx, -64(%ebp)	# tmp881, %sfp
	jne	.L1131	#,
	movl	-32(%ebp), %edx	# %sfp, len
	cmpl	%edx, %eax	# len,
	jb	.L1131	#,
	cmpl	$8, %ebx	#, _568
	jbe	.L1131	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2912: 				size -= 4;
	subl	$4, %ebx	#, _568
	jmp	.L1131	#
	.p2align 4,,10
	.p2align 3
.L1307:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2888: 			if (unlikely(i == tx_ring->count))
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2887: 			i++;
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2888: 			if (unlikely(i == tx_ring->count))
	cmpl	12(%eax), %esi	# tx_ring_121->count, i
	je	.L1322	#,
.L1126:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2844: 		if (!skb->data_len && tx_ring->last_tx_tso &&
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2884: 		offset += size;
	addl	%ebx, -36(%ebp)	# size, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2844: 		if (!skb->data_len && tx_ring->last_tx_tso &&
	movl	88(%eax), %ecx	# skb_116(D)->data_len, pretmp_1049
	jmp	.L1127	#
	.p2align 4,,10
	.p2align 3
.L1067:
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	-60(%ebp), %eax	# %sfp, skb
# ./include/linux/if_vlan.h:627: 			vlan_depth += VLAN_HLEN;
	addl	$4, %ebx	#, vlan_depth
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	88(%eax), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data_len, pretmp_990
	jmp	.L1068	#
.L1320:
# ./include/linux/skbuff.h:3734: 	unsigned int size = skb->len;
	movl	%ecx, %esi	# prephitmp_996, prephitmp_996
.L1064:
# ./include/linux/if_vlan.h:613: 				return 0;
	movl	$0, -28(%ebp)	#, %sfp
	jmp	.L1060	#
	.p2align 4,,10
	.p2align 3
.L1306:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	cmpb	$0, __already_done.3	#, __already_done
	je	.L1323	#,
.L1123:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2876: 		buffer_info->dma = dma_map_single(&pdev->dev,
	movl	$-1, 4(%edi)	#, buffer_info_486->dma
.L1125:
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	-40(%ebp), %ebx	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2952: 	dev_err(&pdev->dev, "TX DMA map failed\n");
	movl	$.LC37, 4(%esp)	#,
	movl	-72(%ebp), %eax	# %sfp, pretmp_1054
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %ebx	#, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2952: 	dev_err(&pdev->dev, "TX DMA map failed\n");
	movl	%eax, (%esp)	# pretmp_1054,
	call	_dev_err	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2953: 	buffer_info->dma = 0;
	xorl	%eax, %eax	#
	movl	%eax, 4(%edi)	#, buffer_info_647->dma
	movl	-44(%ebp), %edi	# %sfp, ivtmp.800
	jmp	.L1137	#
	.p2align 4,,10
	.p2align 3
.L1305:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2867: 		if (unlikely(adapter->pcix_82544 &&
	movl	-60(%ebp), %edx	# %sfp, skb
	movl	-36(%ebp), %eax	# %sfp, offset
	movl	172(%edx), %ecx	# skb_116(D)->data,
	leal	-1(%eax,%ebx), %eax	#, tmp660
	addl	%ecx, %eax	#, tmp661
# drivers/net/ethernet/intel/e1000/e1000_main.c:2867: 		if (unlikely(adapter->pcix_82544 &&
	testb	$4, %al	#, tmp661
	jne	.L1121	#,
	cmpl	$4, %ebx	#, size
	jbe	.L1121	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2870: 			size -= 4;
	subl	$4, %ebx	#, size
	jmp	.L1121	#
	.p2align 4,,10
	.p2align 3
.L1304:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2860: 		if (unlikely((hw->bus_type == e1000_bus_type_pcix) &&
	cmpl	$2015, %ebx	#, size
	jbe	.L1120	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2862: 			size = 2015;
	movl	-44(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	movl	$2015, %eax	#, tmp811
	cmove	%eax, %ebx	# size,, tmp811, size
	jmp	.L1120	#
	.p2align 4,,10
	.p2align 3
.L1303:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2853: 		if (unlikely(mss && !nr_frags && size == len && size > 8))
	cmpl	%ebx, -28(%ebp)	# size, %sfp
	jne	.L1119	#,
	cmpl	$8, %ebx	#, size
	jbe	.L1119	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2854: 			size -= 4;
	subl	$4, %ebx	#, size
	.p2align 4,,2
	jmp	.L1119	#
	.p2align 4,,10
	.p2align 3
.L1323:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movb	$1, %al	#,
	movb	%al, __already_done.3	#, __already_done
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	-76(%ebp), %eax	# %sfp, pdev
	movl	176(%eax), %ebx	# MEM[(const struct device *)pdev_478 + 132B].init_name, _685
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%ebx, %ebx	# _685
	jne	.L1124	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %ebx	# MEM[(const struct kobject *)pdev_478 + 132B].name, _685
.L1124:
# ./include/linux/dma-mapping.h:332: 	if (dev_WARN_ONCE(dev, is_vmalloc_addr(ptr),
	movl	-72(%ebp), %eax	# %sfp,
	call	dev_driver_string	#
	movl	%ebx, 8(%esp)	# _685,
	movl	%eax, 4(%esp)	# tmp891,
	movl	$.LC29, (%esp)	#,
	call	__warn_printk	#
#APP
# 332 "./include/linux/dma-mapping.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC30	# bug_entry::file	#
	.word 332	# bug_entry::line	#
	.word 2313	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L1123	#
.L1136:
# ./include/linux/netdevice.h:3863: 	__dev_kfree_skb_any(skb, SKB_REASON_DROPPED);
	movl	-60(%ebp), %eax	# %sfp,
	movl	$1, %edx	#,
	call	__dev_kfree_skb_any	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3276: 		tx_ring->buffer_info[first].time_stamp = 0;
	movl	-24(%ebp), %edi	# %sfp, tx_ring
	movl	-84(%ebp), %esi	# %sfp, first
	movl	24(%edi), %edx	# tx_ring_121->buffer_info,
	leal	(%ebx,%esi), %eax	#, tmp775
	sall	$3, %eax	#, tmp776
	addl	%edx, %eax	#, tmp777
	movl	$0, 8(%eax)	#, _88->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3277: 		tx_ring->next_to_use = first;
	movl	%esi, 16(%edi)	# first, tx_ring_121->next_to_use
	jmp	.L1072	#
.L1063:
# ./include/linux/skbuff.h:4121: 	if (!skb || unlikely(skb_copy_bits(skb, offset, buffer, len) < 0))
	movl	-60(%ebp), %eax	# %sfp, skb
	testl	%eax, %eax	# skb
	je	.L1064	#,
# ./include/linux/skbuff.h:4121: 	if (!skb || unlikely(skb_copy_bits(skb, offset, buffer, len) < 0))
	movl	$4, (%esp)	#,
	leal	-20(%ebp), %ecx	#, tmp988
	movl	%ebx, %edx	# vlan_depth,
	call	skb_copy_bits	#
# ./include/linux/skbuff.h:4121: 	if (!skb || unlikely(skb_copy_bits(skb, offset, buffer, len) < 0))
	testl	%eax, %eax	# tmp884
	js	.L1324	#,
	movl	-60(%ebp), %esi	# %sfp, skb
# ./include/linux/skbuff.h:4124: 	return buffer;
	leal	-20(%ebp), %eax	#, tmp990
	movl	84(%esi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].len, prephitmp_996
	jmp	.L1065	#
.L1075:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movzbl	-32(%ebp), %ecx	# %sfp, tmp1272
	movl	$1, %eax	#, tmp780
	sall	%cl, %eax	# tmp1272, tmp780
	movl	%eax, %esi	# tmp780, prephitmp_963
# drivers/net/ethernet/intel/e1000/e1000_main.c:3176: 	count++;
	movl	$2, %eax	#, _1000
	jmp	.L1155	#
.L1081:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3179: 	if (!skb->data_len && tx_ring->last_tx_tso && !skb_is_gso(skb))
	movl	-24(%ebp), %edi	# %sfp, tx_ring
	cmpb	$0, 32(%edi)	#, tx_ring_121->last_tx_tso
	je	.L1155	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3179: 	if (!skb->data_len && tx_ring->last_tx_tso && !skb_is_gso(skb))
	cmpw	$0, 4(%ebx)	#, MEM[(struct skb_shared_info *)prephitmp_1007].gso_size
	jne	.L1155	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3180: 		count++;
	leal	2(%ecx), %edi	#, _1019
	jmp	.L1082	#
.L1317:
# ./include/linux/netdevice.h:3353: 	return dev_queue->state & QUEUE_STATE_ANY_XOFF;
	movl	576(%esi), %eax	# MEM[(const struct net_device *)netdev_115(D)]._tx, MEM[(const struct net_device *)netdev_115(D)]._tx
# drivers/net/ethernet/intel/e1000/e1000_main.c:3270: 		if (!netdev_xmit_more() ||
	testb	$3, 76(%eax)	#, MEM[(const struct netdev_queue *)_199].state
	je	.L1072	#,
	jmp	.L1153	#
.L1312:
# ./include/linux/skbuff.h:4441: 		skb_tstamp_tx(skb, NULL);
	movl	-60(%ebp), %eax	# %sfp,
	xorl	%edx, %edx	#
	call	skb_tstamp_tx	#
	.p2align 4,,3
	jmp	.L1144	#
.L1322:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2889: 				i = 0;
	xorl	%esi, %esi	# i
	jmp	.L1126	#
.L1300:
# ./include/linux/skbuff.h:1962: 	if (!skb->cloned)
	movl	-60(%ebp), %edi	# %sfp, skb
	testb	$1, 98(%edi)	#, MEM[(const struct sk_buff *)skb_116(D)]
	.p2align 4,,2
	je	.L1100	#,
# ./arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	28(%eax), %edx	# MEM[(const volatile int *)_293 + 28B], _377
# ./include/linux/skbuff.h:1966: 	dataref = (dataref & SKB_DATAREF_MASK) - (dataref >> SKB_DATAREF_SHIFT);
	movzwl	%dx, %ecx	# _377, _377
# ./include/linux/skbuff.h:1966: 	dataref = (dataref & SKB_DATAREF_MASK) - (dataref >> SKB_DATAREF_SHIFT);
	sarl	$16, %edx	#, tmp560
# ./include/linux/skbuff.h:1966: 	dataref = (dataref & SKB_DATAREF_MASK) - (dataref >> SKB_DATAREF_SHIFT);
	subl	%edx, %ecx	# tmp560, dataref
# ./include/linux/skbuff.h:3663: 	if (delta || cloned)
	decl	%ecx	# dataref
	jne	.L1325	#,
.L1100:
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movl	-60(%ebp), %edi	# %sfp, skb
	movl	168(%edi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _296
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movzwl	154(%edi), %edx	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	movl	172(%edi), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data, _300
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	leal	(%ecx,%edx), %ebx	#, _299
	movl	%ebx, -32(%ebp)	# _299, %sfp
	movl	%ebx, %edx	# _299, _299
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	subl	%edi, %ebx	# _300, _301
	movl	%ebx, -44(%ebp)	# _301, %sfp
# ./include/linux/tcp.h:31: 	return th->doff * 4;
	movzbl	12(%edx), %edx	# MEM[(const struct tcphdr *)_299], MEM[(const struct tcphdr *)_299]
	movb	%dl, -36(%ebp)	# MEM[(const struct tcphdr *)_299], %sfp
	shrb	$4, %dl	#, MEM[(const struct tcphdr *)_299]
	movzbl	%dl, %edx	# tmp565, tmp567
# ./include/linux/tcp.h:61: 	return skb_transport_offset(skb) + tcp_hdrlen(skb);
	leal	(%ebx,%edx,4), %edx	#, _307
	movl	%edx, -52(%ebp)	# _307, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2711: 		hdr_len = skb_tcp_all_headers(skb);
	movb	%dl, -64(%ebp)	# tmp1399, %sfp
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	-60(%ebp), %edx	# %sfp, skb
	movzwl	156(%edx), %edx	# MEM <const __u16> [(union  *)skb_116(D) + 156B], MEM <const __u16> [(union  *)skb_116(D) + 156B]
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	addl	%ecx, %edx	# _296, _1076
# drivers/net/ethernet/intel/e1000/e1000_main.c:2713: 		if (protocol == htons(ETH_P_IP)) {
	cmpl	$8, -28(%ebp)	#, %sfp
	je	.L1326	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2701: 	u16 ipcse = 0, tucse, mss;
	movl	$0, -72(%ebp)	#, %sfp
# ./include/linux/skbuff.h:5026: 	return skb_shinfo(skb)->gso_type & SKB_GSO_TCPV6;
	movl	20(%eax), %eax	# MEM[(struct skb_shared_info *)prephitmp_1033].gso_type, MEM[(struct skb_shared_info *)prephitmp_1033].gso_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:2723: 		} else if (skb_is_gso_v6(skb)) {
	andl	$16, %eax	#, MEM[(struct skb_shared_info *)prephitmp_1033].gso_type
	movl	%eax, %ebx	# MEM[(struct skb_shared_info *)prephitmp_1033].gso_type, _332
	jne	.L1327	#,
.L1102:
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	-60(%ebp), %edx	# %sfp, skb
	movzwl	156(%edx), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header
# drivers/net/ethernet/intel/e1000/e1000_main.c:2734: 			       E1000_TXD_CMD_TCP | (skb->len - (hdr_len)));
	movl	84(%edx), %edx	# skb_116(D)->len, skb_116(D)->len
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	addl	%ecx, %eax	# _296, _336
# drivers/net/ethernet/intel/e1000/e1000_main.c:2733: 		cmd_length |= (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_TSE |
	movl	%ebx, %ecx	# _332, _332
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	%eax, -36(%ebp)	# _336, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2734: 			       E1000_TXD_CMD_TCP | (skb->len - (hdr_len)));
	movzbl	-52(%ebp), %eax	# %sfp, _307
	subl	%eax, %edx	# _307, skb_116(D)->len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2733: 		cmd_length |= (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_TSE |
	orl	%edx, %ecx	# tmp601, _332
# drivers/net/ethernet/intel/e1000/e1000_main.c:2736: 		i = tx_ring->next_to_use;
	movl	-24(%ebp), %edx	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2733: 		cmd_length |= (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_TSE |
	movl	%ecx, -52(%ebp)	# _332, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2736: 		i = tx_ring->next_to_use;
	movl	16(%edx), %ebx	# tx_ring_121->next_to_use, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2737: 		context_desc = E1000_CONTEXT_DESC(*tx_ring, i);
	movl	(%edx), %ecx	# tx_ring_121->desc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2738: 		buffer_info = &tx_ring->buffer_info[i];
	movl	24(%edx), %edx	# tx_ring_121->buffer_info, tx_ring_121->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2737: 		context_desc = E1000_CONTEXT_DESC(*tx_ring, i);
	movl	%ebx, %eax	# i, tmp603
	sall	$4, %eax	#, tmp603
# drivers/net/ethernet/intel/e1000/e1000_main.c:2737: 		context_desc = E1000_CONTEXT_DESC(*tx_ring, i);
	addl	%ecx, %eax	#, context_desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2746: 		context_desc->tcp_seg_setup.fields.mss     = cpu_to_le16(mss);
	movw	%si, 14(%eax)	# _294, context_desc_360->tcp_seg_setup.fields.mss
# drivers/net/ethernet/intel/e1000/e1000_main.c:2738: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%ebx,%ebx,2), %ecx	#, tmp607
# drivers/net/ethernet/intel/e1000/e1000_main.c:2733: 		cmd_length |= (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_TSE |
	movl	-52(%ebp), %esi	# %sfp, _355
# drivers/net/ethernet/intel/e1000/e1000_main.c:2745: 		context_desc->upper_setup.tcp_fields.tucse = cpu_to_le16(tucse);
	movw	$0, 6(%eax)	#, context_desc_360->upper_setup.tcp_fields.tucse
# drivers/net/ethernet/intel/e1000/e1000_main.c:2738: 		buffer_info = &tx_ring->buffer_info[i];
	leal	(%edx,%ecx,8), %ecx	#, buffer_info
# ./include/linux/skbuff.h:3046: 	return skb_network_header(skb) - skb->data;
	movl	-36(%ebp), %edx	# %sfp, tmp610
# drivers/net/ethernet/intel/e1000/e1000_main.c:2733: 		cmd_length |= (E1000_TXD_CMD_DEXT | E1000_TXD_CMD_TSE |
	orl	$620756992, %esi	#, _355
	movl	%esi, 8(%eax)	# tmp615, context_desc_360->cmd_and_length
# drivers/net/ethernet/intel/e1000/e1000_main.c:2753: 		if (++i == tx_ring->count)
	leal	1(%ebx), %esi	#, i
# ./include/linux/skbuff.h:3046: 	return skb_network_header(skb) - skb->data;
	subl	%edi, %edx	# _300, tmp610
# drivers/net/ethernet/intel/e1000/e1000_main.c:2727: 		ipcss = skb_network_offset(skb);
	movb	%dl, (%eax)	# tmp610, context_desc_360->lower_setup.ip_fields.ipcss
# drivers/net/ethernet/intel/e1000/e1000_main.c:2728: 		ipcso = (void *)&(ip_hdr(skb)->check) - (void *)skb->data;
	movl	-36(%ebp), %edx	# %sfp, _336
	addl	$10, %edx	#, tmp611
# drivers/net/ethernet/intel/e1000/e1000_main.c:2728: 		ipcso = (void *)&(ip_hdr(skb)->check) - (void *)skb->data;
	subl	%edi, %edx	# _300, tmp612
# drivers/net/ethernet/intel/e1000/e1000_main.c:2728: 		ipcso = (void *)&(ip_hdr(skb)->check) - (void *)skb->data;
	movb	%dl, 1(%eax)	# tmp612, context_desc_360->lower_setup.ip_fields.ipcso
# drivers/net/ethernet/intel/e1000/e1000_main.c:2742: 		context_desc->lower_setup.ip_fields.ipcse  = cpu_to_le16(ipcse);
	movl	-72(%ebp), %edx	# %sfp, tmp1110
	movw	%dx, 2(%eax)	# tmp1110, context_desc_360->lower_setup.ip_fields.ipcse
# drivers/net/ethernet/intel/e1000/e1000_main.c:2729: 		tucss = skb_transport_offset(skb);
	movzbl	-44(%ebp), %edx	# %sfp, tmp1111
	movb	%dl, 4(%eax)	# tmp1111, context_desc_360->upper_setup.tcp_fields.tucss
# drivers/net/ethernet/intel/e1000/e1000_main.c:2730: 		tucso = (void *)&(tcp_hdr(skb)->check) - (void *)skb->data;
	movl	-32(%ebp), %edx	# %sfp, _299
	addl	$16, %edx	#, _299
# drivers/net/ethernet/intel/e1000/e1000_main.c:2730: 		tucso = (void *)&(tcp_hdr(skb)->check) - (void *)skb->data;
	subl	%edi, %edx	# _300, tmp614
# drivers/net/ethernet/intel/e1000/e1000_main.c:2730: 		tucso = (void *)&(tcp_hdr(skb)->check) - (void *)skb->data;
	movb	%dl, 5(%eax)	# tmp614, context_desc_360->upper_setup.tcp_fields.tucso
# drivers/net/ethernet/intel/e1000/e1000_main.c:2747: 		context_desc->tcp_seg_setup.fields.hdr_len = hdr_len;
	movzbl	-64(%ebp), %edx	# %sfp, hdr_len
	movb	%dl, 13(%eax)	# hdr_len, context_desc_360->tcp_seg_setup.fields.hdr_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2750: 		buffer_info->time_stamp = jiffies;
	movl	jiffies, %eax	# jiffies, jiffies.194_365
# drivers/net/ethernet/intel/e1000/e1000_main.c:2751: 		buffer_info->next_to_watch = i;
	movw	%bx, 14(%ecx)	# i, buffer_info_363->next_to_watch
# drivers/net/ethernet/intel/e1000/e1000_main.c:2753: 		if (++i == tx_ring->count)
	movl	-24(%ebp), %edx	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2750: 		buffer_info->time_stamp = jiffies;
	movl	%eax, 8(%ecx)	# jiffies.194_365, buffer_info_363->time_stamp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2753: 		if (++i == tx_ring->count)
	cmpl	12(%edx), %esi	# tx_ring_121->count, i
	jne	.L1103	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2754: 			i = 0;
	xorl	%esi, %esi	# i
.L1103:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2756: 		tx_ring->next_to_use = i;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
	movl	%esi, 16(%eax)	# i, tx_ring_121->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:3230: 		if (likely(hw->mac_type != e1000_82544))
	movl	-40(%ebp), %eax	# %sfp, netdev
	cmpl	$4, 2388(%eax)	#, MEM[(struct e1000_hw *)netdev_115(D) + 2376B].mac_type
	je	.L1105	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3231: 			tx_ring->last_tx_tso = true;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
	movb	$1, 32(%eax)	#, tx_ring_121->last_tx_tso
.L1105:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3232: 		tx_flags |= E1000_TX_FLAGS_TSO;
	orl	$4, -80(%ebp)	#, %sfp
	jmp	.L1106	#
.L1315:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3007: 			i = 0;
	xorl	%eax, %eax	# i
	jmp	.L1149	#
.L1069:
# ./include/linux/skbuff.h:3737: 		len -= size;
	movl	$60, %eax	#, tmp504
# ./include/linux/skbuff.h:3738: 		if (__skb_pad(skb, len, free_on_error))
	movl	$1, %ecx	#,
# ./include/linux/skbuff.h:3737: 		len -= size;
	subl	%esi, %eax	# prephitmp_996, tmp504
# ./include/linux/skbuff.h:3738: 		if (__skb_pad(skb, len, free_on_error))
	movl	-60(%ebp), %esi	# %sfp, skb
	movl	%eax, %edx	# len,
# ./include/linux/skbuff.h:3737: 		len -= size;
	movl	%eax, %ebx	# tmp504, len
# ./include/linux/skbuff.h:3738: 		if (__skb_pad(skb, len, free_on_error))
	movl	%esi, %eax	# skb,
	call	__skb_pad	#
# ./include/linux/skbuff.h:3738: 		if (__skb_pad(skb, len, free_on_error))
	testl	%eax, %eax	# tmp885
	jne	.L1072	#,
# ./include/linux/skbuff.h:2418: 	return skb->data_len;
	movl	88(%esi), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data_len, pretmp_997
# ./include/linux/skbuff.h:2560: 	return skb->tail;
	movl	160(%esi), %eax	# MEM[(const struct sk_buff *)skb_116(D)].tail, _217
# ./include/linux/skbuff.h:2591: 	SKB_LINEAR_ASSERT(skb);
	testl	%edi, %edi	# pretmp_997
	jne	.L1328	#,
# ./include/linux/skbuff.h:2592: 	skb->tail += len;
	movl	-60(%ebp), %esi	# %sfp, skb
	addl	%ebx, %eax	# len, tmp505
# ./include/linux/skbuff.h:2593: 	skb->len  += len;
	addl	%ebx, 84(%esi)	# len, skb_116(D)->len
# ./include/linux/skbuff.h:2592: 	skb->tail += len;
	movl	%eax, 160(%esi)	# tmp505, skb_116(D)->tail
	jmp	.L1070	#
.L1299:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3043: 	skb_fifo_len = ALIGN(skb_fifo_len, E1000_FIFO_HDR);
	movl	-60(%ebp), %edi	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:3040: 	u32 fifo_space = adapter->tx_fifo_size - adapter->tx_fifo_head;
	movl	-40(%ebp), %esi	# %sfp, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3043: 	skb_fifo_len = ALIGN(skb_fifo_len, E1000_FIFO_HDR);
	movl	84(%edi), %edi	# MEM[(unsigned int *)skb_116(D) + 84B], MEM[(unsigned int *)skb_116(D) + 84B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:3040: 	u32 fifo_space = adapter->tx_fifo_size - adapter->tx_fifo_head;
	movl	2076(%esi), %edx	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].tx_fifo_size, _275
# drivers/net/ethernet/intel/e1000/e1000_main.c:3040: 	u32 fifo_space = adapter->tx_fifo_size - adapter->tx_fifo_head;
	movl	2068(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].tx_fifo_head, _276
# drivers/net/ethernet/intel/e1000/e1000_main.c:3043: 	skb_fifo_len = ALIGN(skb_fifo_len, E1000_FIFO_HDR);
	movl	%edi, -32(%ebp)	# MEM[(unsigned int *)skb_116(D) + 84B], %sfp
	leal	31(%edi), %ecx	#, tmp542
# drivers/net/ethernet/intel/e1000/e1000_main.c:3043: 	skb_fifo_len = ALIGN(skb_fifo_len, E1000_FIFO_HDR);
	andl	$-16, %ecx	#, tmp542
# drivers/net/ethernet/intel/e1000/e1000_main.c:3045: 	if (adapter->link_duplex != HALF_DUPLEX)
	cmpw	$1, 1978(%esi)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].link_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:3043: 	skb_fifo_len = ALIGN(skb_fifo_len, E1000_FIFO_HDR);
	movl	%ecx, %ebx	# tmp542, skb_fifo_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3045: 	if (adapter->link_duplex != HALF_DUPLEX)
	jne	.L1093	#,
# ./arch/x86/include/asm/atomic.h:29: 	return __READ_ONCE((v)->counter);
	movl	2084(%esi), %ecx	# MEM[(const volatile int *)netdev_115(D) + 2084B], _282
# drivers/net/ethernet/intel/e1000/e1000_main.c:3048: 	if (atomic_read(&adapter->tx_fifo_stall))
	testl	%ecx, %ecx	# _282
	jne	.L1094	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3051: 	if (skb_fifo_len >= (E1000_82547_PAD_LEN + fifo_space)) {
	leal	992(%edx), %ecx	#, tmp545
	subl	%eax, %ecx	# _276, tmp546
# drivers/net/ethernet/intel/e1000/e1000_main.c:3051: 	if (skb_fifo_len >= (E1000_82547_PAD_LEN + fifo_space)) {
	cmpl	%ecx, %ebx	# tmp546, skb_fifo_len
	jb	.L1093	#,
# ./arch/x86/include/asm/atomic.h:41: 	__WRITE_ONCE(v->counter, i);
	movl	$1, %ebx	#,
	movl	%ebx, 2084(%esi)	#, MEM[(volatile int *)netdev_115(D) + 2084B]
.L1094:
	movl	-40(%ebp), %esi	# %sfp, netdev
# ./include/linux/netdevice.h:3312: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	jiffies, %edx	# jiffies, jiffies.173_288
	movl	576(%esi), %eax	# MEM[(struct netdev_queue * *)netdev_115(D) + 576B], _207
	movl	%edx, 72(%eax)	# jiffies.173_288, MEM[(volatile long unsigned int *)_207 + 72B]
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,76(%eax)	#, MEM[(volatile char *)_289]
# 0 "" 2
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
#NO_APP
	movl	3316(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_115(D) + 3316B], _165
# drivers/net/ethernet/intel/e1000/e1000_main.c:3210: 		if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _165
	je	.L1329	#,
.L1091:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3205: 		return NETDEV_TX_BUSY;
	movl	$16, %eax	#, <retval>
	jmp	.L1058	#
	.p2align 4,,10
	.p2align 3
.L1321:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3142: 			switch (hw->mac_type) {
	movl	-40(%ebp), %eax	# %sfp, netdev
	cmpl	$4, 2388(%eax)	#, MEM[(struct e1000_hw *)netdev_115(D) + 2376B].mac_type
	jne	.L1076	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3153: 				if ((unsigned long)(skb_tail_pointer(skb) - 1)
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	160(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].tail, MEM[(const struct sk_buff *)skb_116(D)].tail
	movl	%eax, -36(%ebp)	# MEM[(const struct sk_buff *)skb_116(D)].tail, %sfp
	decl	%eax	# tmp517
# drivers/net/ethernet/intel/e1000/e1000_main.c:3153: 				if ((unsigned long)(skb_tail_pointer(skb) - 1)
	testb	$4, %al	#, tmp517
	jne	.L1076	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3156: 				pull_size = min((unsigned int)4, skb->data_len);
	movl	$4, %eax	#, tmp941
	cmpl	%eax, %edi	# tmp941, pretmp_997
	cmovbe	%edi, %eax	# pretmp_997,, tmp941
	movl	%eax, %edx	# tmp941, tmp520
# drivers/net/ethernet/intel/e1000/e1000_main.c:3157: 				if (!__pskb_pull_tail(skb, pull_size)) {
	movl	-60(%ebp), %eax	# %sfp,
	call	__pskb_pull_tail	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3157: 				if (!__pskb_pull_tail(skb, pull_size)) {
	testl	%eax, %eax	# tmp886
	je	.L1330	#,
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	-60(%ebp), %ebx	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movzbl	-32(%ebp), %ecx	# %sfp, tmp1030
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	84(%ebx), %eax	# MEM[(const struct sk_buff *)skb_116(D)].len, MEM[(const struct sk_buff *)skb_116(D)].len
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	88(%ebx), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data_len, pretmp_997
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	164(%ebx), %ebx	# MEM[(const struct sk_buff *)skb_116(D)].end, _174
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	movl	%eax, -36(%ebp)	# MEM[(const struct sk_buff *)skb_116(D)].len, %sfp
	movl	%eax, %edx	# MEM[(const struct sk_buff *)skb_116(D)].len, MEM[(const struct sk_buff *)skb_116(D)].len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movl	$1, %eax	#, tmp525
	sall	%cl, %eax	# tmp1030, tmp525
# ./include/linux/skbuff.h:2423: 	return skb->len - skb->data_len;
	subl	%edi, %edx	# pretmp_997, MEM[(const struct sk_buff *)skb_116(D)].len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3182: 	count += TXD_USE_COUNT(len, max_txd_pwr);
	movl	%eax, %esi	# tmp525, prephitmp_963
# drivers/net/ethernet/intel/e1000/e1000_main.c:3175: 		count++;
	movl	$1, %ecx	#, count
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	$2, %eax	#, _1000
	jmp	.L1080	#
	.p2align 4,,10
	.p2align 3
.L1166:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2831: 	unsigned int offset = 0, size, count = 0, i;
	movl	$0, -44(%ebp)	#, %sfp
	jmp	.L1117	#
.L1093:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3057: 	adapter->tx_fifo_head += skb_fifo_len;
	addl	%ebx, %eax	# skb_fifo_len, _284
# drivers/net/ethernet/intel/e1000/e1000_main.c:3058: 	if (adapter->tx_fifo_head >= adapter->tx_fifo_size)
	cmpl	%edx, %eax	# _275, _284
	jb	.L1296	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3059: 		adapter->tx_fifo_head -= adapter->tx_fifo_size;
	subl	%edx, %eax	# _275, tmp547
.L1296:
	movl	-40(%ebp), %esi	# %sfp, netdev
	movl	%eax, 2068(%esi)	# tmp547, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].tx_fifo_head
	jmp	.L1096	#
.L1302:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3240: 		tx_flags |= E1000_TX_FLAGS_NO_FCS;
	orl	$16, -80(%ebp)	#, %sfp
	jmp	.L1116	#
.L1325:
# ./include/linux/skbuff.h:3664: 		return pskb_expand_head(skb, ALIGN(delta, NET_SKB_PAD), 0,
	movl	$2592, (%esp)	#,
	xorl	%ecx, %ecx	#
	xorl	%edx, %edx	#
	movl	%edi, %eax	# skb,
	call	pskb_expand_head	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2708: 		if (err < 0)
	testl	%eax, %eax	# tmp888
	jns	.L1331	#,
.L1078:
# ./include/linux/netdevice.h:3863: 	__dev_kfree_skb_any(skb, SKB_REASON_DROPPED);
	movl	-60(%ebp), %eax	# %sfp,
	movl	$1, %edx	#,
	call	__dev_kfree_skb_any	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3161: 					return NETDEV_TX_OK;
	jmp	.L1072	#
.L1326:
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movl	-60(%ebp), %edi	# %sfp, skb
# ./arch/x86/include/asm/checksum_32.h:113: 	asm("addl %1, %0	;\n"
	xorl	%eax, %eax	# sum
# drivers/net/ethernet/intel/e1000/e1000_main.c:2721: 			cmd_length = E1000_TXD_CMD_IP;
	movl	$33554432, %ebx	#, _332
# drivers/net/ethernet/intel/e1000/e1000_main.c:2715: 			iph->tot_len = 0;
	movw	$0, 2(%edx)	#, MEM[(struct iphdr *)_1076].tot_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2716: 			iph->check = 0;
	movw	$0, 10(%edx)	#, MEM[(struct iphdr *)_1076].check
# ./arch/x86/include/asm/checksum_32.h:113: 	asm("addl %1, %0	;\n"
#APP
# 113 "./arch/x86/include/asm/checksum_32.h" 1
	addl 16(%edx), %eax	;	# MEM[(struct iphdr *)_1076].D.62982.D.62977.daddr, sum
adcl 12(%edx), %eax	;	# MEM[(struct iphdr *)_1076].D.62982.D.62977.saddr, sum
adcl $1536, %eax	;	#, sum
adcl $0, %eax	;	# sum

# 0 "" 2
# ./arch/x86/include/asm/checksum_32.h:104: 	    : "r" ((__force u32)sum << 16),
#NO_APP
	movl	%eax, %edx	# sum, tmp573
# drivers/net/ethernet/intel/e1000/e1000_main.c:2717: 			tcp_hdr(skb)->check = ~csum_tcpudp_magic(iph->saddr,
	movl	168(%edi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, MEM[(const struct sk_buff *)skb_116(D)].head
# ./arch/x86/include/asm/checksum_32.h:105: 	      "0" ((__force u32)sum & 0xffff0000));
	andl	$-65536, %eax	#, tmp574
# ./arch/x86/include/asm/checksum_32.h:104: 	    : "r" ((__force u32)sum << 16),
	sall	$16, %edx	#, tmp573
# ./arch/x86/include/asm/checksum_32.h:101: 	asm("addl %1, %0		;\n"
#APP
# 101 "./arch/x86/include/asm/checksum_32.h" 1
	addl %edx, %eax		;	# tmp573, sum
adcl $0xffff, %eax	;	# sum

# 0 "" 2
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
#NO_APP
	movzwl	154(%edi), %edx	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header
# ./arch/x86/include/asm/checksum_32.h:106: 	return (__force __sum16)(~(__force u32)sum >> 16);
	shrl	$16, %eax	#, tmp578
# drivers/net/ethernet/intel/e1000/e1000_main.c:2717: 			tcp_hdr(skb)->check = ~csum_tcpudp_magic(iph->saddr,
	movw	%ax, 16(%ecx,%edx)	# tmp578, MEM[(struct tcphdr *)_320].check
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movl	168(%edi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _296
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movzwl	154(%edi), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	movl	172(%edi), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data, _300
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	addl	%ecx, %eax	# _296, _299
	movl	%eax, -32(%ebp)	# _299, %sfp
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	subl	%edi, %eax	# _300, _301
	movl	%eax, -44(%ebp)	# _301, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2722: 			ipcse = skb_transport_offset(skb) - 1;
	decl	%eax	# tmp583
# drivers/net/ethernet/intel/e1000/e1000_main.c:2722: 			ipcse = skb_transport_offset(skb) - 1;
	movzwl	%ax, %eax	# tmp583, ipcse
	movl	%eax, -72(%ebp)	# ipcse, %sfp
	jmp	.L1102	#
.L1310:
# ./include/linux/dynamic_queue_limits.h:77: 	BUG_ON(count > DQL_MAX_OBJECT);
#APP
# 77 "./include/linux/dynamic_queue_limits.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC38	# bug_entry::file	#
	.word 77	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L1327:
# ./include/net/ip6_checksum.h:70: 	ipv6h->payload_len = 0;
	movw	$0, 4(%edx)	#, MEM[(struct ipv6hdr *)_1076].payload_len
# ./arch/x86/include/asm/checksum_32.h:149: 	asm("addl 0(%1), %0	;\n"
	xorl	%ebx, %ebx	# ipcse
	movl	$100663296, %eax	#, tmp589
# ./include/net/ip6_checksum.h:71: 	th->check = ~tcp_v6_check(0, &ipv6h->saddr, &ipv6h->daddr, 0);
	leal	8(%edx), %edi	#, tmp586
# ./arch/x86/include/asm/checksum_32.h:149: 	asm("addl 0(%1), %0	;\n"
	movl	%ebx, %ecx	# ipcse, sum
# ./include/net/ip6_checksum.h:71: 	th->check = ~tcp_v6_check(0, &ipv6h->saddr, &ipv6h->daddr, 0);
	addl	$24, %edx	#, tmp587
# ./arch/x86/include/asm/checksum_32.h:149: 	asm("addl 0(%1), %0	;\n"
#APP
# 149 "./arch/x86/include/asm/checksum_32.h" 1
	addl 0(%edi), %ecx	;	# tmp586, sum
adcl 4(%edi), %ecx	;	# tmp586, sum
adcl 8(%edi), %ecx	;	# tmp586, sum
adcl 12(%edi), %ecx	;	# tmp586, sum
adcl 0(%edx), %ecx	;	# tmp587, sum
adcl 4(%edx), %ecx	;	# tmp587, sum
adcl 8(%edx), %ecx	;	# tmp587, sum
adcl 12(%edx), %ecx	;	# tmp587, sum
adcl %ebx, %ecx	;	# ipcse, sum
adcl %eax, %ecx	;	# tmp589, sum
adcl $0, %ecx	;	# sum

# 0 "" 2
# ./include/net/ip6_checksum.h:71: 	th->check = ~tcp_v6_check(0, &ipv6h->saddr, &ipv6h->daddr, 0);
#NO_APP
	movl	-32(%ebp), %edi	# %sfp, _299
# ./arch/x86/include/asm/checksum_32.h:104: 	    : "r" ((__force u32)sum << 16),
	movl	%ecx, %edx	# sum, tmp592
# ./arch/x86/include/asm/checksum_32.h:105: 	      "0" ((__force u32)sum & 0xffff0000));
	movl	%ecx, %eax	# sum, sum
# ./arch/x86/include/asm/checksum_32.h:104: 	    : "r" ((__force u32)sum << 16),
	sall	$16, %edx	#, tmp592
# ./arch/x86/include/asm/checksum_32.h:105: 	      "0" ((__force u32)sum & 0xffff0000));
	andl	$-65536, %eax	#, sum
# ./arch/x86/include/asm/checksum_32.h:101: 	asm("addl %1, %0		;\n"
#APP
# 101 "./arch/x86/include/asm/checksum_32.h" 1
	addl %edx, %eax		;	# tmp592, sum
adcl $0xffff, %eax	;	# sum

# 0 "" 2
# ./arch/x86/include/asm/checksum_32.h:106: 	return (__force __sum16)(~(__force u32)sum >> 16);
#NO_APP
	shrl	$16, %eax	#, tmp595
# ./include/net/ip6_checksum.h:71: 	th->check = ~tcp_v6_check(0, &ipv6h->saddr, &ipv6h->daddr, 0);
	movw	%ax, 16(%edi)	# tmp595, MEM[(struct tcphdr *)_299].check
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	168(%eax), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _296
# ./include/linux/skbuff.h:3046: 	return skb_network_header(skb) - skb->data;
	movl	172(%eax), %edi	# MEM[(const struct sk_buff *)skb_116(D)].data, _300
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	movzwl	154(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.transport_header
# ./include/linux/skbuff.h:2885: 	return skb->head + skb->transport_header;
	addl	%ecx, %eax	# _296, _299
	movl	%eax, -32(%ebp)	# _299, %sfp
# ./include/linux/skbuff.h:3031: 	return skb_transport_header(skb) - skb->data;
	subl	%edi, %eax	# _300, _301
	movl	%eax, -44(%ebp)	# _301, %sfp
# ./include/net/ip6_checksum.h:72: }
	jmp	.L1102	#
.L1311:
# ./include/linux/netdevice.h:3434: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	jiffies, %edx	# jiffies, jiffies.209_776
	movl	%edx, 72(%eax)	# jiffies.209_776, MEM[(volatile long unsigned int *)_195 + 72B]
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $2,76(%eax)	#, MEM[(volatile char *)_777]
# 0 "" 2
# ./include/linux/netdevice.h:3446: 	smp_mb();
# 3446 "./include/linux/netdevice.h" 1
	lock; addl $0,-4(%esp)
# 0 "" 2
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
#NO_APP
	movl	100(%eax), %ecx	# MEM[(const volatile unsigned int *)_195 + 100B], _778
# ./include/linux/dynamic_queue_limits.h:94: 	return READ_ONCE(dql->adj_limit) - READ_ONCE(dql->num_queued);
	movl	96(%eax), %edx	# MEM[(const volatile unsigned int *)_195 + 96B], _779
# ./include/linux/netdevice.h:3449: 	if (unlikely(dql_avail(&dev_queue->dql) >= 0))
	cmpl	%edx, %ecx	# _779, _778
	js	.L1142	#,
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,76(%eax)	#, MEM[(volatile char *)_777]
# 0 "" 2
# ./include/asm-generic/bitops/instrumented-atomic.h:43: }
#NO_APP
	jmp	.L1142	#
	.p2align 4,,10
	.p2align 3
.L1313:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2991: 		txd_upper |= (tx_flags & E1000_TX_FLAGS_VLAN_MASK);
	movl	-80(%ebp), %eax	# %sfp, tmp754
# drivers/net/ethernet/intel/e1000/e1000_main.c:2990: 		txd_lower |= E1000_TXD_CMD_VLE;
	orl	$1073741824, -32(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2991: 		txd_upper |= (tx_flags & E1000_TX_FLAGS_VLAN_MASK);
	andl	$-65536, %eax	#, tmp754
	orl	%eax, %edi	# tmp754, txd_upper
	jmp	.L1147	#
.L1314:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2995: 		txd_lower &= ~(E1000_TXD_CMD_IFCS);
	andl	$-33554433, -32(%ebp)	#, %sfp
	jmp	.L1148	#
.L1316:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3014: 		tx_desc->lower.data &= ~(cpu_to_le32(E1000_TXD_CMD_IFCS));
	andl	$-33554433, %ebx	#, tmp763
	movl	%ebx, 8(%edx)	# tmp763, tx_desc_950->lower.data
	jmp	.L1151	#
.L1169:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2972: 	u32 txd_upper = 0, txd_lower = E1000_TXD_CMD_IFCS;
	movl	$33554432, -32(%ebp)	#, %sfp
	jmp	.L1145	#
.L1324:
# ./include/linux/skbuff.h:3734: 	unsigned int size = skb->len;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	84(%eax), %esi	# skb_116(D)->len, prephitmp_996
	jmp	.L1064	#
.L1331:
# ./include/linux/skbuff.h:1649: 	return skb->end;
	movl	-60(%ebp), %eax	# %sfp, skb
	movl	164(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].end, _293
# drivers/net/ethernet/intel/e1000/e1000_main.c:2712: 		mss = skb_shinfo(skb)->gso_size;
	movzwl	4(%eax), %esi	# MEM[(struct skb_shared_info *)pretmp_1032].gso_size, _294
	jmp	.L1100	#
.L1328:
# ./include/linux/skbuff.h:2591: 	SKB_LINEAR_ASSERT(skb);
#APP
# 2591 "./include/linux/skbuff.h" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC34	# bug_entry::file	#
	.word 2591	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L1109:
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2783: 		if (ipv6_hdr(skb)->nexthdr == IPPROTO_TCP)
	movl	$536870912, %edx	#, tmp797
	movl	-84(%ebp), %ebx	# %sfp, pretmp_1030
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	168(%eax), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _431
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movzwl	156(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header
# drivers/net/ethernet/intel/e1000/e1000_main.c:2783: 		if (ipv6_hdr(skb)->nexthdr == IPPROTO_TCP)
	cmpb	$6, 6(%ecx,%eax)	#, MEM[(struct ipv6hdr *)_439].nexthdr
	movl	$553648128, %eax	#, tmp798
	cmovne	%edx, %eax	# tmp797,, tmp798
	movl	%eax, %esi	# tmp798, cmd_len
	jmp	.L1111	#
.L1108:
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	-60(%ebp), %eax	# %sfp, skb
# drivers/net/ethernet/intel/e1000/e1000_main.c:2778: 		if (ip_hdr(skb)->protocol == IPPROTO_TCP)
	movl	$536870912, %edx	#, tmp795
	movl	-84(%ebp), %ebx	# %sfp, pretmp_1030
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movl	168(%eax), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _431
# ./include/linux/skbuff.h:2925: 	return skb->head + skb->network_header;
	movzwl	156(%eax), %eax	# MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header, MEM[(const struct sk_buff *)skb_116(D)].D.49725.D.49655.network_header
# drivers/net/ethernet/intel/e1000/e1000_main.c:2778: 		if (ip_hdr(skb)->protocol == IPPROTO_TCP)
	cmpb	$6, 9(%ecx,%eax)	#, MEM[(struct iphdr *)_434].protocol
	movl	$553648128, %eax	#, tmp796
	cmovne	%edx, %eax	# tmp795,, tmp796
	movl	%eax, %esi	# tmp796, cmd_len
	jmp	.L1111	#
.L1301:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2811: 		i = 0;
	xorl	%esi, %esi	# i
	jmp	.L1114	#
.L1329:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3211: 			schedule_delayed_work(&adapter->fifo_stall_task, 1);
	movl	-40(%ebp), %ecx	# %sfp, netdev
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	$8, %eax	#,
	movl	$1, (%esp)	#,
	movl	system_wq, %edx	# system_wq,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3211: 			schedule_delayed_work(&adapter->fifo_stall_task, 1);
	addl	$3396, %ecx	#, netdev
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	call	queue_delayed_work_on	#
# ./include/linux/workqueue.h:682: 	return queue_delayed_work(system_wq, dwork, delay);
	jmp	.L1091	#
.L1112:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2788: 			e_warn(drv, "checksum_partial proto=%x!\n",
	movl	-40(%ebp), %eax	# %sfp, netdev
	testb	$1, 3308(%eax)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].msg_enable
	je	.L1297	#,
	jmp	.L1113	#
.L1318:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3281: }
	call	__stack_chk_fail	#
.L1330:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3158: 					e_err(drv, "__pskb_pull_tail "
	movl	-40(%ebp), %eax	# %sfp, netdev
	testb	$1, 3308(%eax)	#, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].msg_enable
	je	.L1078	#,
	jmp	.L1287	#
	.section	.text.unlikely
	.type	e1000_xmit_frame.cold, @function
e1000_xmit_frame.cold:
.L1139:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2956: 		if (i == 0)
	testl	%esi, %esi	# i
	je	.L1332	#,
.L1138:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2959: 		buffer_info = &tx_ring->buffer_info[i];
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2958: 		i--;
	decl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2960: 		e1000_unmap_and_free_tx_resource(adapter, buffer_info, 0);
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2959: 		buffer_info = &tx_ring->buffer_info[i];
	imull	$24, %esi, %edx	#, i, tmp743
	decl	%edi	# ivtmp.800
# drivers/net/ethernet/intel/e1000/e1000_main.c:2959: 		buffer_info = &tx_ring->buffer_info[i];
	addl	24(%eax), %edx	# tx_ring_121->buffer_info, buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:2960: 		e1000_unmap_and_free_tx_resource(adapter, buffer_info, 0);
	movl	%ebx, %eax	# _173,
	call	e1000_unmap_and_free_tx_resource	#
.L1137:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2955: 	while (count--) {
	testl	%edi, %edi	# ivtmp.800
	jne	.L1139	#,
	movl	-84(%ebp), %eax	# %sfp, first
	leal	(%eax,%eax), %ebx	#, tmp784
	jmp	.L1136	#
.L1113:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2788: 			e_warn(drv, "checksum_partial proto=%x!\n",
	movl	-60(%ebp), %esi	# %sfp, skb
	movzwl	152(%esi), %eax	# skb_116(D)->D.49725.D.49655.protocol, skb_116(D)->D.49725.D.49655.protocol
	movl	$.LC36, 4(%esp)	#,
	movl	%eax, 8(%esp)	# skb_116(D)->D.49725.D.49655.protocol,
	movl	-40(%ebp), %eax	# %sfp, netdev
	movl	2368(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev,
	call	netdev_warn	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2795: 	i = tx_ring->next_to_use;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
# ./include/linux/skbuff.h:2720: 	return skb->data - skb->head;
	movl	168(%esi), %ecx	# MEM[(const struct sk_buff *)skb_116(D)].head, _431
# drivers/net/ethernet/intel/e1000/e1000_main.c:2771: 	u32 cmd_len = E1000_TXD_CMD_DEXT;
	movl	$536870912, %esi	#, cmd_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:2795: 	i = tx_ring->next_to_use;
	movl	16(%eax), %ebx	# tx_ring_121->next_to_use, pretmp_1030
# drivers/net/ethernet/intel/e1000/e1000_main.c:2771: 	u32 cmd_len = E1000_TXD_CMD_DEXT;
	jmp	.L1111	#
.L1287:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3158: 					e_err(drv, "__pskb_pull_tail "
	movl	$.LC35, 4(%esp)	#,
	movl	-40(%ebp), %eax	# %sfp, netdev
	movl	2368(%eax), %eax	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_115(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1078	#
.L1332:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2957: 			i += tx_ring->count;
	movl	-24(%ebp), %eax	# %sfp, tx_ring
	movl	12(%eax), %esi	# tx_ring_121->count, i
	jmp	.L1138	#
	.text
	.size	e1000_xmit_frame, .-e1000_xmit_frame
	.section	.text.unlikely
	.size	e1000_xmit_frame.cold, .-e1000_xmit_frame.cold
.LCOLDE39:
	.text
.LHOTE39:
	.p2align 4
	.globl	e1000_get_hw_dev
	.type	e1000_get_hw_dev, @function
e1000_get_hw_dev:
# drivers/net/ethernet/intel/e1000/e1000_main.c:211: 	return adapter->netdev;
	movl	28(%eax), %eax	# hw_2(D)->back, hw_2(D)->back
	movl	928(%eax), %eax	# adapter_3->netdev, adapter_3->netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:212: }
	ret	
	.size	e1000_get_hw_dev, .-e1000_get_hw_dev
	.p2align 4
	.globl	e1000_up
	.type	e1000_up, @function
e1000_up:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:386: {
	movl	%eax, %ebx	# tmp105, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:390: 	e1000_configure(adapter);
	call	e1000_configure	#
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-5,1876(%ebx)	#, MEM[(volatile char *)_1]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:394: 	napi_enable(&adapter->napi);
#NO_APP
	leal	664(%ebx), %eax	#, tmp95
	call	napi_enable	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_6(D) + 936B].hw_addr, tmp107
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp97
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp97, MEM[(volatile unsigned int *)_12]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_6(D) + 936B].hw_addr, tmp108
	addl	$8, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
#NO_APP
	movl	928(%ebx), %eax	# adapter_6(D)->netdev, adapter_6(D)->netdev
# ./include/linux/netdevice.h:3296: 	netif_tx_wake_queue(netdev_get_tx_queue(dev, 0));
	movl	576(%eax), %eax	# MEM[(const struct net_device *)_3]._tx, MEM[(const struct net_device *)_3]._tx
	call	netif_tx_wake_queue	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:401: 	ew32(ICS, E1000_ICS_LSC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_6(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_6(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$4, %edx	#, tmp103
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,200(%eax)	# tmp103, MEM[(volatile unsigned int *)_5]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:403: }
#NO_APP
	popl	%ebx	#
	xorl	%eax, %eax	#
	popl	%ebp	#
	ret	
	.size	e1000_up, .-e1000_up
	.section	.rodata.str1.4
	.align 4
.LC40:
	.string	"\0016e1000: can't bring device back up after reset\n"
	.section	.text.unlikely
.LCOLDB41:
	.text
.LHOTB41:
	.p2align 4
	.type	e1000_io_resume, @function
e1000_io_resume:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	196(%eax), %ebx	# MEM[(const struct device *)pdev_5(D) + 132B].driver_data, _21
# drivers/net/ethernet/intel/e1000/e1000_main.c:333: 	if (adapter->en_mng_pt) {
	movl	1972(%ebx), %eax	# MEM[(struct e1000_adapter *)_21 + 1440B].en_mng_pt,
	testl	%eax, %eax	#
	je	.L1337	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:334: 		u32 manc = er32(MANC);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_21 + 2376B].hw_addr, tmp103
	addl	$22560, %eax	#, _25
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_25], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:337: 		manc &= ~(E1000_MANC_ARP_EN);
#NO_APP
	andl	$-8193, %eax	#, manc
# drivers/net/ethernet/intel/e1000/e1000_main.c:339: 		ew32(MANC, manc);
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)_21 + 2376B].hw_addr, tmp104
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%ecx)	# manc, MEM[(volatile unsigned int *)_29]
# 0 "" 2
#NO_APP
.L1337:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_21 + 36B], _16
# drivers/net/ethernet/intel/e1000/e1000_main.c:5312: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _16
	je	.L1338	#,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %eax	#, tmp99
# drivers/net/ethernet/intel/e1000/e1000_main.c:5313: 		if (e1000_up(adapter)) {
	call	e1000_up	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5313: 		if (e1000_up(adapter)) {
	testl	%eax, %eax	# tmp101
	jne	.L1346	#,
.L1338:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5319: 	netif_device_attach(netdev);
	movl	%ebx, %eax	# _21,
	call	netif_device_attach	#
.L1336:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5320: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	e1000_io_resume.cold, @function
e1000_io_resume.cold:
.L1346:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5314: 			pr_info("can't bring device back up after reset\n");
	movl	$.LC40, (%esp)	#,
	call	_printk	#
	jmp	.L1336	#
	.text
	.size	e1000_io_resume, .-e1000_io_resume
	.section	.text.unlikely
	.size	e1000_io_resume.cold, .-e1000_io_resume.cold
.LCOLDE41:
	.text
.LHOTE41:
	.p2align 4
	.globl	e1000_power_up_phy
	.type	e1000_power_up_phy, @function
e1000_power_up_phy:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:414: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp92
	movl	%edx, -8(%ebp)	# tmp92, D.88203
	xorl	%edx, %edx	# tmp92
# drivers/net/ethernet/intel/e1000/e1000_main.c:419: 	if (hw->media_type == e1000_media_type_copper) {
	movl	960(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_6(D) + 936B].media_type,
# drivers/net/ethernet/intel/e1000/e1000_main.c:416: 	u16 mii_reg = 0;
	movw	$0, -10(%ebp)	#, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:419: 	if (hw->media_type == e1000_media_type_copper) {
	testl	%ecx, %ecx	#
	je	.L1352	#,
.L1348:
# drivers/net/ethernet/intel/e1000/e1000_main.c:427: }
	movl	-8(%ebp), %eax	# D.88203, tmp93
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp93
	jne	.L1353	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1352:
# drivers/net/ethernet/intel/e1000/e1000_main.c:415: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %ebx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:423: 		e1000_read_phy_reg(hw, PHY_CTRL, &mii_reg);
	leal	-10(%ebp), %ecx	#, tmp95
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	movzwl	-10(%ebp), %ecx	# mii_reg, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	andl	$63487, %ecx	#, _3
	movw	%cx, -10(%ebp)	# _3, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:427: }
	jmp	.L1348	#
.L1353:
	call	__stack_chk_fail	#
	.size	e1000_power_up_phy, .-e1000_power_up_phy
	.section	.rodata.str1.1
.LC42:
	.string	"Hardware Error\n"
	.section	.text.unlikely
.LCOLDB43:
	.text
.LHOTB43:
	.p2align 4
	.globl	e1000_reset
	.type	e1000_reset, @function
e1000_reset:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp227, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:553: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %esi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:552: {
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:562: 	switch (hw->mac_type) {
	movl	948(%eax), %ecx	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:591: 		if (hw->max_frame_size > E1000_RXBUFFER_8192)
	movl	1060(%eax), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].max_frame_size, pretmp_144
# drivers/net/ethernet/intel/e1000/e1000_main.c:562: 	switch (hw->mac_type) {
	cmpl	$12, %ecx	#, _1
	ja	.L1355	#,
	cmpl	$10, %ecx	#, _1
	ja	.L1356	#,
	cmpl	$5, %ecx	#, _1
	jbe	.L1382	#,
	movl	$48, %ecx	#, _1
.L1357:
# drivers/net/ethernet/intel/e1000/e1000_main.c:601: 	} else if (hw->max_frame_size >  ETH_FRAME_LEN + ETH_FCS_LEN) {
	cmpl	$1518, %eax	#, pretmp_144
	ja	.L1363	#,
.L1381:
# drivers/net/ethernet/intel/e1000/e1000_main.c:666: 	hwm = min(((pba << 10) * 9 / 10),
	leal	(%ecx,%ecx,8), %edx	#, tmp197
	movl	%ecx, %edi	# _1, _130
	sall	$10, %edi	#, _130
	movl	%edx, %eax	# tmp197, tmp197
	sall	$10, %eax	#, tmp197
	movl	$-858993459, %edx	#, tmp200
	mull	%edx	# tmp200
	shrl	$3, %edx	#, _135
.L1359:
# drivers/net/ethernet/intel/e1000/e1000_main.c:655: 	ew32(PBA, pba);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp252
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,4096(%eax)	# _1, MEM[(volatile unsigned int *)_19]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:672: 	hw->fc_send_xon = 1;
#NO_APP
	movb	$1, 1183(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].fc_send_xon
# drivers/net/ethernet/intel/e1000/e1000_main.c:666: 	hwm = min(((pba << 10) * 9 / 10),
	movl	1060(%ebx), %ecx	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].max_frame_size,
# drivers/net/ethernet/intel/e1000/e1000_main.c:673: 	hw->fc = hw->original_fc;
	movl	1048(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].original_fc, MEM[(struct e1000_hw *)adapter_49(D) + 936B].original_fc
# drivers/net/ethernet/intel/e1000/e1000_main.c:666: 	hwm = min(((pba << 10) * 9 / 10),
	subl	%ecx, %edi	#, __UNIQUE_ID_y_603
# drivers/net/ethernet/intel/e1000/e1000_main.c:673: 	hw->fc = hw->original_fc;
	movl	%eax, 980(%ebx)	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].original_fc, MEM[(struct e1000_hw *)adapter_49(D) + 936B].fc
# drivers/net/ethernet/intel/e1000/e1000_main.c:666: 	hwm = min(((pba << 10) * 9 / 10),
	cmpl	%edx, %edi	# _135, __UNIQUE_ID_y_603
# drivers/net/ethernet/intel/e1000/e1000_main.c:676: 	e1000_reset_hw(hw);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:666: 	hwm = min(((pba << 10) * 9 / 10),
	cmova	%edx, %edi	# __UNIQUE_ID_y_603,, _135, tmp202
# drivers/net/ethernet/intel/e1000/e1000_main.c:669: 	hw->fc_high_water = hwm & 0xFFF8;	/* 8-byte granularity */
	andl	$65528, %edi	#, _23
# drivers/net/ethernet/intel/e1000/e1000_main.c:669: 	hw->fc_high_water = hwm & 0xFFF8;	/* 8-byte granularity */
	movw	%di, 1122(%ebx)	# _23, MEM[(struct e1000_hw *)adapter_49(D) + 936B].fc_high_water
# drivers/net/ethernet/intel/e1000/e1000_main.c:670: 	hw->fc_low_water = hw->fc_high_water - 8;
	subl	$8, %edi	#, tmp207
# drivers/net/ethernet/intel/e1000/e1000_main.c:670: 	hw->fc_low_water = hw->fc_high_water - 8;
	movw	%di, 1124(%ebx)	# tmp207, MEM[(struct e1000_hw *)adapter_49(D) + 936B].fc_low_water
# drivers/net/ethernet/intel/e1000/e1000_main.c:671: 	hw->fc_pause_time = E1000_FC_PAUSE_TIME;
	movl	$-1, %edi	#,
	movw	%di, 1126(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].fc_pause_time
# drivers/net/ethernet/intel/e1000/e1000_main.c:676: 	e1000_reset_hw(hw);
	call	e1000_reset_hw	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:677: 	if (hw->mac_type >= e1000_82544)
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].mac_type
	jbe	.L1367	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:678: 		ew32(WUC, 0);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp253
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp210
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,22528(%eax)	# tmp210, MEM[(volatile unsigned int *)_30]
# 0 "" 2
#NO_APP
.L1367:
# drivers/net/ethernet/intel/e1000/e1000_main.c:680: 	if (e1000_init_hw(hw))
	movl	%esi, %eax	# hw,
	call	e1000_init_hw	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:680: 	if (e1000_init_hw(hw))
	testl	%eax, %eax	# tmp228
	jne	.L1378	#,
.L1368:
# drivers/net/ethernet/intel/e1000/e1000_main.c:682: 	e1000_update_mng_vlan(adapter);
	movl	%ebx, %eax	# adapter,
	call	e1000_update_mng_vlan	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:685: 	if (hw->mac_type >= e1000_82544 &&
	cmpl	$3, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].mac_type
	jbe	.L1369	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:685: 	if (hw->mac_type >= e1000_82544 &&
	cmpb	$1, 1147(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].autoneg
	je	.L1383	#,
.L1369:
# drivers/net/ethernet/intel/e1000/e1000_main.c:698: 	ew32(VET, ETHERNET_IEEE_VLAN_TYPE);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp255
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$33024, %edx	#, tmp218
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,56(%eax)	# tmp218, MEM[(volatile unsigned int *)_40]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:700: 	e1000_reset_adaptive(hw);
#NO_APP
	movl	%esi, %eax	# hw,
	call	e1000_reset_adaptive	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:701: 	e1000_phy_get_info(hw, &adapter->phy_info);
	leal	1748(%ebx), %edx	#, tmp219
	movl	%esi, %eax	# hw,
	call	e1000_phy_get_info	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:347: 	if (adapter->en_mng_pt) {
	movl	532(%ebx), %eax	# adapter_49(D)->en_mng_pt,
	testl	%eax, %eax	#
	je	.L1354	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:348: 		u32 manc = er32(MANC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp256
	addl	$22560, %eax	#, _98
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_98], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:351: 		manc |= E1000_MANC_ARP_EN;
#NO_APP
	orl	$8192, %eax	#, manc
# drivers/net/ethernet/intel/e1000/e1000_main.c:353: 		ew32(MANC, manc);
	movl	936(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%edx)	# manc, MEM[(volatile unsigned int *)_102]
# 0 "" 2
#NO_APP
.L1354:
# drivers/net/ethernet/intel/e1000/e1000_main.c:704: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1382:
# drivers/net/ethernet/intel/e1000/e1000_main.c:562: 	switch (hw->mac_type) {
	testl	%ecx, %ecx	# _1
	je	.L1357	#,
.L1356:
# drivers/net/ethernet/intel/e1000/e1000_main.c:591: 		if (hw->max_frame_size > E1000_RXBUFFER_8192)
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%edx, %edx	# _135
	andl	$7372, %edx	#, _135
	addl	$36864, %edx	#, _135
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%edi, %edi	# _130
	andl	$8192, %edi	#, _130
	addl	$40960, %edi	#, _130
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%ecx, %ecx	# _1
	andl	$8, %ecx	#, _1
	addl	$40, %ecx	#, _1
	jmp	.L1359	#
	.p2align 4,,10
	.p2align 3
.L1355:
# drivers/net/ethernet/intel/e1000/e1000_main.c:562: 	switch (hw->mac_type) {
	leal	-13(%ecx), %edx	#, tmp149
	cmpl	$1, %edx	#, tmp149
	ja	.L1384	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:591: 		if (hw->max_frame_size > E1000_RXBUFFER_8192)
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%edi, %edi	# _130
	andl	$8192, %edi	#, _130
	addl	$22528, %edi	#, _130
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%edx, %edx	# _135
	andl	$7373, %edx	#, _135
	addl	$20275, %edx	#, _135
	cmpl	$8193, %eax	#, pretmp_144
	sbbl	%eax, %eax	# pba
	andl	$8, %eax	#, pba
	addl	$22, %eax	#, pba
# drivers/net/ethernet/intel/e1000/e1000_main.c:594: 		if (hw->mac_type == e1000_82547) {
	cmpl	$13, %ecx	#, _1
	jne	.L1362	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:595: 			adapter->tx_fifo_head = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, 628(%ebx)	#, adapter_49(D)->tx_fifo_head
# drivers/net/ethernet/intel/e1000/e1000_main.c:596: 			adapter->tx_head_addr = pba << E1000_TX_HEAD_ADDR_SHIFT;
	movl	%eax, %ecx	# pba, tmp150
	sall	$7, %ecx	#, tmp150
	movl	%ecx, 632(%ebx)	# tmp150, adapter_49(D)->tx_head_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:598: 				(E1000_PBA_40K - pba) << E1000_PBA_BYTES_SHIFT;
	movl	$40, %ecx	#, tmp152
	subl	%eax, %ecx	# pba, tmp151
# drivers/net/ethernet/intel/e1000/e1000_main.c:598: 				(E1000_PBA_40K - pba) << E1000_PBA_BYTES_SHIFT;
	sall	$10, %ecx	#, tmp153
	movl	%ecx, 636(%ebx)	# tmp153, adapter_49(D)->tx_fifo_size
# ./arch/x86/include/asm/atomic.h:41: 	__WRITE_ONCE(v->counter, i);
	xorl	%ecx, %ecx	#
	movl	%ecx, 644(%ebx)	#, MEM[(volatile int *)adapter_49(D) + 644B]
.L1362:
# drivers/net/ethernet/intel/e1000/e1000_main.c:554: 	u32 pba = 0, tx_space, min_tx_space, min_rx_space;
	movl	%eax, %ecx	# pba, _1
	jmp	.L1359	#
	.p2align 4,,10
	.p2align 3
.L1363:
# drivers/net/ethernet/intel/e1000/e1000_main.c:603: 		ew32(PBA, pba);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp239
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,4096(%eax)	# _1, MEM[(volatile unsigned int *)_143]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:612: 		pba = er32(PBA);
#NO_APP
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, tmp240
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 4096(%eax),%ecx	# MEM[(volatile unsigned int *)_10], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:620: 		min_tx_space = (hw->max_frame_size +
#NO_APP
	movl	1060(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].max_frame_size, _11
# drivers/net/ethernet/intel/e1000/e1000_main.c:614: 		tx_space = pba >> 16;
	movl	%ecx, %edx	# ret, tx_space
# drivers/net/ethernet/intel/e1000/e1000_main.c:616: 		pba &= 0xffff;
	movzwl	%cx, %ecx	# ret, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:614: 		tx_space = pba >> 16;
	shrl	$16, %edx	#, tx_space
# drivers/net/ethernet/intel/e1000/e1000_main.c:620: 		min_tx_space = (hw->max_frame_size +
	movl	%eax, -16(%ebp)	# _11, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:623: 		min_tx_space = ALIGN(min_tx_space, 1024);
	leal	1047(%eax,%eax), %eax	#, tmp169
	shrl	$10, %eax	#, _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:634: 		if (tx_space < min_tx_space &&
	cmpl	%eax, %edx	# _51, tx_space
	jnb	.L1381	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:635: 		    ((min_tx_space - tx_space) < pba)) {
	movl	%eax, %edi	# _51, tmp180
	subl	%edx, %edi	# tx_space, tmp180
# drivers/net/ethernet/intel/e1000/e1000_main.c:634: 		if (tx_space < min_tx_space &&
	cmpl	%ecx, %edi	# _1, tmp180
	jnb	.L1381	#,
	addl	%ecx, %edx	# _1, _112
# drivers/net/ethernet/intel/e1000/e1000_main.c:636: 			pba = pba - (min_tx_space - tx_space);
	subl	%eax, %edx	# _51, pba
# drivers/net/ethernet/intel/e1000/e1000_main.c:639: 			switch (hw->mac_type) {
	movl	948(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].mac_type, tmp248
	subl	$6, %eax	#, tmp191
	cmpl	$4, %eax	#, tmp191
	jbe	.L1385	#,
.L1366:
# drivers/net/ethernet/intel/e1000/e1000_main.c:627: 		min_rx_space = ALIGN(min_rx_space, 1024);
	movl	-16(%ebp), %edi	# %sfp, _11
	movl	%edx, %ecx	# pba, pba
	addl	$1023, %edi	#, _11
	shrl	$10, %edi	#, tmp194
	cmpl	%edx, %edi	# pba, tmp194
	cmovnb	%edi, %ecx	# tmp194,, pba
	jmp	.L1381	#
	.p2align 4,,10
	.p2align 3
.L1384:
# drivers/net/ethernet/intel/e1000/e1000_main.c:554: 	u32 pba = 0, tx_space, min_tx_space, min_rx_space;
	xorl	%ecx, %ecx	# _1
	jmp	.L1357	#
	.p2align 4,,10
	.p2align 3
.L1383:
# drivers/net/ethernet/intel/e1000/e1000_main.c:686: 	    hw->autoneg == 1 &&
	cmpw	$32, 1118(%ebx)	#, MEM[(struct e1000_hw *)adapter_49(D) + 936B].autoneg_advertised
	jne	.L1369	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:688: 		u32 ctrl = er32(CTRL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, pretmp_141
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)pretmp_141], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:694: 		ew32(CTRL, ctrl);
#NO_APP
	movl	936(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_49(D) + 936B].hw_addr, _38
# drivers/net/ethernet/intel/e1000/e1000_main.c:693: 		ctrl &= ~E1000_CTRL_SWDPIN3;
	andl	$-2097153, %eax	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl, MEM[(volatile unsigned int *)_38]
# 0 "" 2
#NO_APP
	jmp	.L1369	#
	.p2align 4,,10
	.p2align 3
.L1385:
# drivers/net/ethernet/intel/e1000/e1000_main.c:641: 				pba &= ~(E1000_PBA_8K - 1);
	andl	$-8, %edx	#, pba
# drivers/net/ethernet/intel/e1000/e1000_main.c:642: 				break;
	jmp	.L1366	#
	.section	.text.unlikely
	.type	e1000_reset.cold, @function
e1000_reset.cold:
.L1378:
# drivers/net/ethernet/intel/e1000/e1000_main.c:681: 		e_dev_err("Hardware Error\n");
	movl	$.LC42, 4(%esp)	#,
	movl	932(%ebx), %eax	# adapter_49(D)->pdev, tmp254
	addl	$132, %eax	#, tmp213
	movl	%eax, (%esp)	# tmp213,
	call	_dev_err	#
	jmp	.L1368	#
	.text
	.size	e1000_reset, .-e1000_reset
	.section	.text.unlikely
	.size	e1000_reset.cold, .-e1000_reset.cold
.LCOLDE43:
	.text
.LHOTE43:
	.section	.rodata.str1.4
	.align 4
.LC44:
	.string	"\0013e1000: Cannot re-enable PCI device after reset.\n"
	.section	.text.unlikely
.LCOLDB45:
	.text
.LHOTB45:
	.p2align 4
	.type	e1000_io_slot_reset, @function
e1000_io_slot_reset:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp95, pdev
	movl	%edi, -4(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	196(%eax), %esi	# MEM[(const struct device *)pdev_10(D) + 132B].driver_data, _21
# drivers/net/ethernet/intel/e1000/e1000_main.c:5274: 	if (adapter->need_ioport)
	movl	3328(%esi), %edx	# MEM[(struct e1000_adapter *)_21 + 1440B].need_ioport,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%esi), %edi	#, _20
# drivers/net/ethernet/intel/e1000/e1000_main.c:5274: 	if (adapter->need_ioport)
	testl	%edx, %edx	#
	je	.L1387	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5275: 		err = pci_enable_device(pdev);
	call	pci_enable_device	#
.L1388:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5278: 	if (err) {
	testl	%eax, %eax	# err
	jne	.L1391	#,
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-9,3316(%esi)	#, MEM[(volatile char *)_2]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5286: 	pci_set_master(pdev);
#NO_APP
	movl	%ebx, %eax	# pdev,
	call	pci_set_master	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5288: 	pci_enable_wake(pdev, PCI_D3hot, 0);
	xorl	%ecx, %ecx	#
	movl	$3, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_enable_wake	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5289: 	pci_enable_wake(pdev, PCI_D3cold, 0);
	xorl	%ecx, %ecx	#
	movl	$4, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_enable_wake	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5291: 	e1000_reset(adapter);
	movl	%edi, %eax	# _20,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5292: 	ew32(WUS, ~0);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)_21 + 2376B].hw_addr, MEM[(struct e1000_hw *)_21 + 2376B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp93
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,22544(%eax)	# tmp93, MEM[(volatile unsigned int *)_4]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5294: 	return PCI_ERS_RESULT_RECOVERED;
#NO_APP
	movl	$5, %eax	#, <retval>
.L1386:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5295: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1387:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5277: 		err = pci_enable_device_mem(pdev);
	call	pci_enable_device_mem	#
	jmp	.L1388	#
	.section	.text.unlikely
	.type	e1000_io_slot_reset.cold, @function
e1000_io_slot_reset.cold:
.L1391:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5279: 		pr_err("Cannot re-enable PCI device after reset.\n");
	movl	$.LC44, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5280: 		return PCI_ERS_RESULT_DISCONNECT;
	movl	$4, %eax	#, <retval>
	jmp	.L1386	#
	.text
	.size	e1000_io_slot_reset, .-e1000_io_slot_reset
	.section	.text.unlikely
	.size	e1000_io_slot_reset.cold, .-e1000_io_slot_reset.cold
.LCOLDE45:
	.text
.LHOTE45:
	.section	.rodata.str1.1
.LC46:
	.string	"-X"
.LC47:
	.string	"Unknown MAC Type\n"
	.section	.rodata.str1.4
	.align 4
.LC48:
	.string	"\0013e1000: No usable DMA config, aborting\n"
	.align 4
.LC49:
	.string	"Unable to allocate memory for queues\n"
	.section	.rodata.str1.1
.LC50:
	.string	"EEPROM initialization failed\n"
	.section	.rodata.str1.4
	.align 4
.LC51:
	.string	"The EEPROM Checksum Is Not Valid\n"
	.align 4
.LC52:
	.string	"\0013e1000: /*********************/\n"
	.align 4
.LC53:
	.string	"\0013e1000: Current EEPROM Checksum : 0x%04x\n"
	.align 4
.LC54:
	.string	"\0013e1000: Calculated              : 0x%04x\n"
	.section	.rodata.str1.1
.LC55:
	.string	"\0013e1000: Offset    Values\n"
.LC56:
	.string	"\0013e1000: ========  ======\n"
.LC57:
	.string	"\0013"
	.section	.rodata.str1.4
	.align 4
.LC58:
	.string	"\0013e1000: Include this output when contacting your support provider.\n"
	.align 4
.LC59:
	.string	"\0013e1000: This is not a software error! Something bad happened to\n"
	.align 4
.LC60:
	.string	"\0013e1000: your hardware or EEPROM image. Ignoring this problem could\n"
	.align 4
.LC61:
	.string	"\0013e1000: result in further problems, possibly loss of data,\n"
	.align 4
.LC62:
	.string	"\0013e1000: corruption or system hangs!\n"
	.align 4
.LC63:
	.string	"\0013e1000: The MAC Address will be reset to 00:00:00:00:00:00,\n"
	.align 4
.LC64:
	.string	"\0013e1000: which is invalid and requires you to set the proper MAC\n"
	.align 4
.LC65:
	.string	"\0013e1000: address manually before continuing to enable this network\n"
	.align 4
.LC66:
	.string	"\0013e1000: device. Please inspect the EEPROM dump and report the\n"
	.align 4
.LC67:
	.string	"\0013e1000: issue to your hardware vendor or Intel Customer Support.\n"
	.section	.rodata.str1.1
.LC68:
	.string	"EEPROM Read Error\n"
.LC69:
	.string	"Invalid MAC Address\n"
.LC70:
	.string	"eth%d"
.LC71:
	.string	"(PCI%s:%dMHz:%d-bit) %pM\n"
	.section	.rodata.str1.4
	.align 4
.LC72:
	.string	"Intel(R) PRO/1000 Network Connection\n"
	.section	.text.unlikely
.LCOLDB73:
	.text
.LHOTB73:
	.p2align 4
	.type	e1000_probe, @function
e1000_probe:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp468, pdev
	pushl	%ebx	#
	subl	$84, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:922: {
	movl	%eax, -40(%ebp)	# pdev, %sfp
	movzwl	34(%esi), %ecx	# MEM[(short unsigned int *)pdev_171(D) + 34B], _329
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp499
	movl	%eax, -16(%ebp)	# tmp499, D.88336
	xorl	%eax, %eax	# tmp499
# drivers/net/ethernet/intel/e1000/e1000_main.c:930: 	u16 eeprom_data = 0;
	movw	$0, -36(%ebp)	#, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_main.c:931: 	u16 tmp = 0;
	movw	$0, -34(%ebp)	#, tmp
# drivers/net/ethernet/intel/e1000/e1000_main.c:762: 	switch (pdev->device) {
	cmpl	$4126, %ecx	#, _329
	ja	.L1394	#,
	cmpl	$4103, %ecx	#, _329
	ja	.L1579	#,
.L1395:
# drivers/net/ethernet/intel/e1000/e1000_main.c:942: 		bars = pci_select_bars(pdev, IORESOURCE_MEM);
	movl	-40(%ebp), %edi	# %sfp, pdev
	movl	$512, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:786: 		return false;
	xorl	%ebx, %ebx	# _470
# drivers/net/ethernet/intel/e1000/e1000_main.c:942: 		bars = pci_select_bars(pdev, IORESOURCE_MEM);
	movl	%edi, %eax	# pdev,
	call	pci_select_bars	#
	movl	%eax, -44(%ebp)	# tmp471, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:943: 		err = pci_enable_device_mem(pdev);
	movl	%edi, %eax	# pdev,
	call	pci_enable_device_mem	#
	movl	%eax, %edi	# tmp472, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:945: 	if (err)
	testl	%edi, %edi	# <retval>
	je	.L1580	#,
.L1393:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1247: }
	movl	-16(%ebp), %eax	# D.88336, tmp502
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp502
	jne	.L1581	#,
	addl	$84, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1394:
# drivers/net/ethernet/intel/e1000/e1000_main.c:762: 	switch (pdev->device) {
	cmpl	$4216, %ecx	#, _329
	ja	.L1397	#,
	cmpl	$4213, %ecx	#, _329
	jbe	.L1395	#,
.L1396:
# drivers/net/ethernet/intel/e1000/e1000_main.c:939: 		bars = pci_select_bars(pdev, IORESOURCE_MEM | IORESOURCE_IO);
	movl	-40(%ebp), %ebx	# %sfp, pdev
	movl	$768, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_select_bars	#
	movl	%eax, -44(%ebp)	# tmp469, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:940: 		err = pci_enable_device(pdev);
	movl	%ebx, %eax	# pdev,
# drivers/net/ethernet/intel/e1000/e1000_main.c:784: 		return true;
	movl	$1, %ebx	#, _470
# drivers/net/ethernet/intel/e1000/e1000_main.c:940: 		err = pci_enable_device(pdev);
	call	pci_enable_device	#
	movl	%eax, %edi	# tmp470, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:945: 	if (err)
	testl	%edi, %edi	# <retval>
	jne	.L1393	#,
.L1580:
# drivers/net/ethernet/intel/e1000/e1000_main.c:948: 	err = pci_request_selected_regions(pdev, bars, e1000_driver_name);
	movl	-40(%ebp), %esi	# %sfp, pdev
	movl	$e1000_driver_name, %ecx	#,
	movl	-44(%ebp), %edx	# %sfp,
	movl	%esi, %eax	# pdev,
	call	pci_request_selected_regions	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:949: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:948: 	err = pci_request_selected_regions(pdev, bars, e1000_driver_name);
	movl	%eax, %edi	# tmp473, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:949: 	if (err)
	je	.L1582	#,
.L1400:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1245: 		pci_disable_device(pdev);
	movl	-40(%ebp), %eax	# %sfp,
	call	pci_disable_device	#
	jmp	.L1393	#
	.p2align 4,,10
	.p2align 3
.L1397:
# drivers/net/ethernet/intel/e1000/e1000_main.c:762: 	switch (pdev->device) {
	cmpl	$4220, %ecx	#, _329
	jne	.L1395	#,
	.p2align 4,,5
	jmp	.L1396	#
	.p2align 4,,10
	.p2align 3
.L1579:
	subl	$4104, %ecx	#, tmp289
	movl	$6422515, %eax	#, tmp292
	shrl	%cl, %eax	# tmp289, tmp291
	testb	$1, %al	#, tmp291
	jne	.L1396	#,
	jmp	.L1395	#
	.p2align 4,,10
	.p2align 3
.L1582:
# drivers/net/ethernet/intel/e1000/e1000_main.c:952: 	pci_set_master(pdev);
	movl	%esi, %eax	# pdev,
	call	pci_set_master	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:953: 	err = pci_save_state(pdev);
	movl	%esi, %eax	# pdev,
	movl	%esi, -40(%ebp)	# pdev, %sfp
	call	pci_save_state	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:954: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:953: 	err = pci_save_state(pdev);
	movl	%eax, %edi	# tmp474, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:954: 	if (err)
	je	.L1583	#,
.L1401:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1242: 	pci_release_selected_regions(pdev, bars);
	movl	-44(%ebp), %edx	# %sfp,
	movl	-40(%ebp), %eax	# %sfp,
	call	pci_release_selected_regions	#
	jmp	.L1400	#
	.p2align 4,,10
	.p2align 3
.L1583:
# drivers/net/ethernet/intel/e1000/e1000_main.c:958: 	netdev = alloc_etherdev(sizeof(struct e1000_adapter));
	movl	$1, %ecx	#,
	movl	$1, %edx	#,
	movl	$2044, %eax	#,
	call	alloc_etherdev_mqs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:959: 	if (!netdev)
	testl	%eax, %eax	# netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:958: 	netdev = alloc_etherdev(sizeof(struct e1000_adapter));
	movl	%eax, %esi	# tmp475, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:959: 	if (!netdev)
	je	.L1474	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:962: 	SET_NETDEV_DEV(netdev, &pdev->dev);
	movl	-40(%ebp), %eax	# %sfp, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:968: 	adapter->msg_enable = netif_msg_init(debug, DEFAULT_MSG_ENABLE);
	movl	debug, %ecx	# debug, debug.79_2
# drivers/net/ethernet/intel/e1000/e1000_main.c:962: 	SET_NETDEV_DEV(netdev, &pdev->dev);
	leal	132(%eax), %edx	#, _1
	movl	%edx, 812(%esi)	# _1, netdev_188->dev.parent
# ./include/linux/netdevice.h:4339: 	if (debug_value < 0 || debug_value >= (sizeof(u32) * 8))
	cmpl	$31, %ecx	#, debug.79_2
# drivers/net/ethernet/intel/e1000/e1000_main.c:962: 	SET_NETDEV_DEV(netdev, &pdev->dev);
	movl	%edx, -60(%ebp)	# _1, %sfp
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%esi), %edx	#, _215
# ./include/linux/device.h:813: 	dev->driver_data = data;
	movl	%esi, 196(%eax)	# netdev, MEM[(struct device *)pdev_171(D) + 132B].driver_data
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	%edx, -48(%ebp)	# _215, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:966: 	adapter->netdev = netdev;
	movl	%esi, 2368(%esi)	# netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:967: 	adapter->pdev = pdev;
	movl	%eax, 2372(%esi)	# pdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].pdev
# ./include/linux/netdevice.h:4339: 	if (debug_value < 0 || debug_value >= (sizeof(u32) * 8))
	ja	.L1475	#,
# ./include/linux/netdevice.h:4341: 	if (debug_value == 0)	/* no output */
	testl	%ecx, %ecx	# debug.79_2
	je	.L1402	#,
# ./include/linux/netdevice.h:4344: 	return (1U << debug_value) - 1;
	movl	$1, %eax	#, tmp295
	sall	%cl, %eax	# debug.79_2, tmp294
# ./include/linux/netdevice.h:4344: 	return (1U << debug_value) - 1;
	leal	-1(%eax), %ecx	#, debug.79_2
.L1402:
# drivers/net/ethernet/intel/e1000/e1000_main.c:970: 	adapter->need_ioport = need_ioport;
	movl	%ebx, 3328(%esi)	# _470, MEM[(struct e1000_adapter *)netdev_188 + 1440B].need_ioport
# drivers/net/ethernet/intel/e1000/e1000_main.c:969: 	adapter->bars = bars;
	movl	-44(%ebp), %eax	# %sfp, bars
# drivers/net/ethernet/intel/e1000/e1000_main.c:976: 	hw->hw_addr = pci_ioremap_bar(pdev, BAR_0);
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:968: 	adapter->msg_enable = netif_msg_init(debug, DEFAULT_MSG_ENABLE);
	movl	%ecx, 3308(%esi)	# debug.79_2, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
# drivers/net/ethernet/intel/e1000/e1000_main.c:976: 	hw->hw_addr = pci_ioremap_bar(pdev, BAR_0);
	movl	-40(%ebp), %ebx	# %sfp, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:969: 	adapter->bars = bars;
	movl	%eax, 3324(%esi)	# bars, MEM[(struct e1000_adapter *)netdev_188 + 1440B].bars
# drivers/net/ethernet/intel/e1000/e1000_main.c:972: 	hw = &adapter->hw;
	leal	2376(%esi), %eax	#, hw
	movl	%eax, -52(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:973: 	hw->back = adapter;
	movl	-48(%ebp), %eax	# %sfp, _215
	movl	%eax, 2404(%esi)	# _215, MEM[(struct e1000_hw *)netdev_188 + 2376B].back
# drivers/net/ethernet/intel/e1000/e1000_main.c:976: 	hw->hw_addr = pci_ioremap_bar(pdev, BAR_0);
	movl	%ebx, %eax	# pdev,
	call	pci_ioremap_bar	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:976: 	hw->hw_addr = pci_ioremap_bar(pdev, BAR_0);
	movl	%eax, 2376(%esi)	# _4, MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:977: 	if (!hw->hw_addr)
	testl	%eax, %eax	# _4
	je	.L1476	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:980: 	if (adapter->need_ioport) {
	movl	3328(%esi), %ecx	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].need_ioport,
	testl	%ecx, %ecx	#
	je	.L1404	#,
	leal	612(%ebx), %eax	#, ivtmp.867
	addl	$772, %ebx	#, _465
.L1406:
# drivers/net/ethernet/intel/e1000/e1000_main.c:982: 			if (pci_resource_len(pdev, i) == 0)
	movl	4(%eax), %edx	# MEM[(unsigned int *)_489 + 4B], _7
# drivers/net/ethernet/intel/e1000/e1000_main.c:982: 			if (pci_resource_len(pdev, i) == 0)
	testl	%edx, %edx	# _7
	je	.L1405	#,
# ./include/linux/ioport.h:253: 	return res->end - res->start + 1;
	movl	(%eax), %ecx	# MEM <const resource_size_t> [(const struct resource *)_489], _194
# ./include/linux/ioport.h:253: 	return res->end - res->start + 1;
	subl	%ecx, %edx	# _194, tmp298
# drivers/net/ethernet/intel/e1000/e1000_main.c:982: 			if (pci_resource_len(pdev, i) == 0)
	incl	%edx	# tmp298
	je	.L1405	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:984: 			if (pci_resource_flags(pdev, i) & IORESOURCE_IO) {
	testb	$1, 13(%eax)	#, MEM[(long unsigned int *)_489 + 12B]
	jne	.L1584	#,
.L1405:
# drivers/net/ethernet/intel/e1000/e1000_main.c:981: 		for (i = BAR_1; i < PCI_STD_NUM_BARS; i++) {
	addl	$32, %eax	#, ivtmp.867
	cmpl	%eax, %ebx	# ivtmp.867, _465
	jne	.L1406	#,
.L1404:
# drivers/net/ethernet/intel/e1000/e1000_main.c:860: 	struct pci_dev *pdev = adapter->pdev;
	movl	2372(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:869: 	pci_read_config_word(pdev, PCI_COMMAND, &hw->pci_cmd_word);
	leal	2560(%esi), %ecx	#, tmp302
# drivers/net/ethernet/intel/e1000/e1000_main.c:863: 	hw->vendor_id = pdev->vendor;
	movzwl	32(%eax), %edx	# pdev_332->vendor, _333
# drivers/net/ethernet/intel/e1000/e1000_main.c:863: 	hw->vendor_id = pdev->vendor;
	movw	%dx, 2580(%esi)	# _333, MEM[(struct e1000_hw *)netdev_188 + 2376B].vendor_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:864: 	hw->device_id = pdev->device;
	movzwl	34(%eax), %edx	# pdev_332->device, _334
# drivers/net/ethernet/intel/e1000/e1000_main.c:864: 	hw->device_id = pdev->device;
	movw	%dx, 2578(%esi)	# _334, MEM[(struct e1000_hw *)netdev_188 + 2376B].device_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:865: 	hw->subsystem_vendor_id = pdev->subsystem_vendor;
	movzwl	36(%eax), %edx	# pdev_332->subsystem_vendor, _335
# drivers/net/ethernet/intel/e1000/e1000_main.c:865: 	hw->subsystem_vendor_id = pdev->subsystem_vendor;
	movw	%dx, 2584(%esi)	# _335, MEM[(struct e1000_hw *)netdev_188 + 2376B].subsystem_vendor_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:866: 	hw->subsystem_id = pdev->subsystem_device;
	movzwl	38(%eax), %edx	# pdev_332->subsystem_device, _336
# drivers/net/ethernet/intel/e1000/e1000_main.c:866: 	hw->subsystem_id = pdev->subsystem_device;
	movw	%dx, 2582(%esi)	# _336, MEM[(struct e1000_hw *)netdev_188 + 2376B].subsystem_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:869: 	pci_read_config_word(pdev, PCI_COMMAND, &hw->pci_cmd_word);
	movl	$4, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:867: 	hw->revision_id = pdev->revision;
	movzbl	44(%eax), %ebx	# pdev_332->revision, tmp528
	movb	%bl, 2586(%esi)	# tmp528, MEM[(struct e1000_hw *)netdev_188 + 2376B].revision_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:869: 	pci_read_config_word(pdev, PCI_COMMAND, &hw->pci_cmd_word);
	call	pci_read_config_word	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:871: 	hw->max_frame_size = adapter->netdev->mtu +
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:873: 	hw->min_frame_size = MINIMUM_ETHERNET_FRAME_SIZE;
	movl	$64, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:872: 			     ENET_HEADER_SIZE + ETHERNET_FCS_SIZE;
	movl	128(%eax), %eax	# _339->mtu, _339->mtu
# drivers/net/ethernet/intel/e1000/e1000_main.c:873: 	hw->min_frame_size = MINIMUM_ETHERNET_FRAME_SIZE;
	movl	%edx, 2504(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].min_frame_size
# drivers/net/ethernet/intel/e1000/e1000_main.c:872: 			     ENET_HEADER_SIZE + ETHERNET_FCS_SIZE;
	addl	$18, %eax	#, tmp306
# drivers/net/ethernet/intel/e1000/e1000_main.c:871: 	hw->max_frame_size = adapter->netdev->mtu +
	movl	%eax, 2500(%esi)	# tmp306, MEM[(struct e1000_hw *)netdev_188 + 2376B].max_frame_size
# drivers/net/ethernet/intel/e1000/e1000_main.c:876: 	if (e1000_set_mac_type(hw)) {
	movl	-52(%ebp), %eax	# %sfp,
	call	e1000_set_mac_type	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:876: 	if (e1000_set_mac_type(hw)) {
	testl	%eax, %eax	# tmp477
	jne	.L1585	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:881: 	switch (hw->mac_type) {
	movl	2388(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].mac_type, tmp529
	subl	$11, %eax	#, tmp311
	cmpl	$3, %eax	#, tmp311
	jbe	.L1586	#,
.L1410:
# drivers/net/ethernet/intel/e1000/e1000_main.c:892: 	e1000_set_media_type(hw);
	movl	-52(%ebp), %edi	# %sfp, hw
	movl	%edi, %eax	# hw,
	call	e1000_set_media_type	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:893: 	e1000_get_bus_info(hw);
	movl	%edi, %eax	# hw,
	call	e1000_get_bus_info	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:901: 	if (hw->media_type == e1000_media_type_copper) {
	movl	2400(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].media_type,
# drivers/net/ethernet/intel/e1000/e1000_main.c:895: 	hw->wait_autoneg_complete = false;
	movb	$0, 2590(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].wait_autoneg_complete
# drivers/net/ethernet/intel/e1000/e1000_main.c:896: 	hw->tbi_compatibility_en = true;
	movb	$1, 2618(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].tbi_compatibility_en
# drivers/net/ethernet/intel/e1000/e1000_main.c:897: 	hw->adaptive_ifs = true;
	movb	$1, 2626(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].adaptive_ifs
# drivers/net/ethernet/intel/e1000/e1000_main.c:901: 	if (hw->media_type == e1000_media_type_copper) {
	testl	%eax, %eax	#
	jne	.L1411	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:902: 		hw->mdix = AUTO_ALL_MODES;
	movb	$0, 2588(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].mdix
# drivers/net/ethernet/intel/e1000/e1000_main.c:904: 		hw->master_slave = E1000_MASTER_SLAVE;
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:903: 		hw->disable_polarity_correction = false;
	movb	$0, 2604(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].disable_polarity_correction
# drivers/net/ethernet/intel/e1000/e1000_main.c:904: 		hw->master_slave = E1000_MASTER_SLAVE;
	movl	%eax, 2452(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].master_slave
.L1411:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1001: 	if ((hw->bus_type == e1000_bus_type_pcix) &&
	cmpl	$2, 2432(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].bus_type
	je	.L1587	#,
.L1412:
# ./include/linux/dma-mapping.h:450: 	int rc = dma_set_mask(dev, mask);
	movl	-60(%ebp), %eax	# %sfp,
	xorl	%ecx, %ecx	#
	movl	$-1, %edx	#,
	call	dma_set_mask	#
# ./include/linux/dma-mapping.h:451: 	if (rc == 0)
	testl	%eax, %eax	# <retval>
# ./include/linux/dma-mapping.h:450: 	int rc = dma_set_mask(dev, mask);
	movl	%eax, %edi	# tmp479, <retval>
# ./include/linux/dma-mapping.h:451: 	if (rc == 0)
	jne	.L1414	#,
# ./include/linux/dma-mapping.h:452: 		dma_set_coherent_mask(dev, mask);
	movl	-60(%ebp), %eax	# %sfp,
	movl	$-1, %edx	#,
	xorl	%ecx, %ecx	#
	call	dma_set_coherent_mask	#
.L1413:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1012: 	netdev->netdev_ops = &e1000_netdev_ops;
	movl	$e1000_netdev_ops, 116(%esi)	#, netdev_188->netdev_ops
# drivers/net/ethernet/intel/e1000/e1000_main.c:1013: 	e1000_set_ethtool_ops(netdev);
	movl	%esi, %eax	# netdev,
	call	e1000_set_ethtool_ops	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1014: 	netdev->watchdog_timeo = 5 * HZ;
	movl	$5000, %eax	#,
# ./include/linux/netdevice.h:2605: 	netif_napi_add_weight(dev, napi, poll, NAPI_POLL_WEIGHT);
	movl	$e1000_clean, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1014: 	netdev->watchdog_timeo = 5 * HZ;
	movl	%eax, 704(%esi)	#, netdev_188->watchdog_timeo
# drivers/net/ethernet/intel/e1000/e1000_main.c:1015: 	netif_napi_add(netdev, &adapter->napi, e1000_clean);
	leal	2104(%esi), %edx	#, tmp314
# ./include/linux/netdevice.h:2605: 	netif_napi_add_weight(dev, napi, poll, NAPI_POLL_WEIGHT);
	movl	%esi, %eax	# netdev,
	movl	$64, (%esp)	#,
	call	netif_napi_add_weight	#
# ./include/linux/device.h:751: 	if (dev->init_name)
	movl	-40(%ebp), %eax	# %sfp, pdev
	movl	176(%eax), %edx	# MEM[(const struct device *)pdev_171(D) + 132B].init_name, _253
# ./include/linux/device.h:751: 	if (dev->init_name)
	testl	%edx, %edx	# _253
	jne	.L1415	#,
# ./include/linux/kobject.h:90: 	return kobj->name;
	movl	132(%eax), %edx	# MEM[(const struct kobject *)pdev_171(D) + 132B].name, _253
.L1415:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1017: 	strncpy(netdev->name, pci_name(pdev), sizeof(netdev->name) - 1);
	movl	$15, %ecx	#,
	movl	%esi, %eax	# netdev,
	call	strncpy	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1019: 	adapter->bd_number = cards_found;
	movl	cards_found.2, %eax	# cards_found, cards_found
# drivers/net/ethernet/intel/e1000/e1000_main.c:1298: 	adapter->rx_buffer_len = MAXIMUM_ETHERNET_VLAN_SIZE;
	movl	$1522, %ecx	#,
	movl	%ecx, 1960(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].rx_buffer_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:1300: 	adapter->num_tx_queues = 1;
	movl	$1, %ebx	#,
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	$3520, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1300: 	adapter->num_tx_queues = 1;
	movl	%ebx, 2316(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].num_tx_queues
# drivers/net/ethernet/intel/e1000/e1000_main.c:1019: 	adapter->bd_number = cards_found;
	movl	%eax, 1956(%esi)	# cards_found, MEM[(struct e1000_adapter *)netdev_188 + 1440B].bd_number
# drivers/net/ethernet/intel/e1000/e1000_main.c:1301: 	adapter->num_rx_queues = 1;
	movl	$1, %eax	#,
	movl	%eax, 2320(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].num_rx_queues
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	$36, %eax	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1327: 	adapter->tx_ring = kcalloc(adapter->num_tx_queues,
	movl	%eax, 2016(%esi)	# _390, MEM[(struct e1000_adapter *)netdev_188 + 1440B].tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1329: 	if (!adapter->tx_ring)
	testl	%eax, %eax	# _390
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	%eax, %ecx	# tmp480, _390
# drivers/net/ethernet/intel/e1000/e1000_main.c:1329: 	if (!adapter->tx_ring)
	je	.L1416	#,
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$40, %eax	#, tmp318
	xorl	%ebx, %ebx	# _394
	mull	2320(%esi)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].num_rx_queues
	jo	.L1588	#,
.L1417:
	movl	%ebx, -72(%ebp)	# pretmp_600, %sfp
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	testl	%ebx, %ebx	# pretmp_600
	jne	.L1589	#,
# ./include/linux/slab.h:615: 	return __kmalloc(bytes, flags);
	movl	$3520, %edx	#,
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1332: 	adapter->rx_ring = kcalloc(adapter->num_rx_queues,
	movl	%eax, 2100(%esi)	# tmp319, MEM[(struct e1000_adapter *)netdev_188 + 1440B].rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1334: 	if (!adapter->rx_ring) {
	testl	%eax, %eax	# tmp319
	je	.L1421	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:284: 	ew32(IMC, ~0);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr, tmp534
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp321
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp321, MEM[(volatile unsigned int *)_423]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:285: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr, tmp535
	addl	$8, %eax	#, _425
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_425], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:286: 	synchronize_irq(adapter->pdev->irq);
#NO_APP
	movl	2372(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].pdev
	movl	576(%eax), %eax	# _427->irq, _427->irq
	call	synchronize_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1311: 	spin_lock_init(&adapter->stats_lock);
	xorl	%eax, %eax	#
	movl	%eax, 1980(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].stats_lock.D.10210.rlock.raw_lock.D.1412.val.counter
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,3316(%esi)	#, MEM[(volatile char *)pretmp_572]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1028: 	if (hw->mac_type == e1000_ce4100) {
#NO_APP
	movl	2388(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].mac_type, _16
# drivers/net/ethernet/intel/e1000/e1000_main.c:1028: 	if (hw->mac_type == e1000_ce4100) {
	cmpl	$9, %eax	#, _16
	je	.L1590	#,
.L1423:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1037: 	if (hw->mac_type >= e1000_82543) {
	cmpl	$2, %eax	#, _16
	ja	.L1428	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1051: 	netdev->features |= netdev->hw_features;
	movl	148(%esi), %edx	# netdev_188->hw_features, pretmp_360
	movl	144(%esi), %eax	# netdev_188->hw_features, pretmp_360
# drivers/net/ethernet/intel/e1000/e1000_main.c:1051: 	netdev->features |= netdev->hw_features;
	movl	%edx, %ebx	# pretmp_360, _147
# drivers/net/ethernet/intel/e1000/e1000_main.c:1052: 	netdev->hw_features |= (NETIF_F_RXCSUM |
	orl	$6400, %edx	#, pretmp_360
# drivers/net/ethernet/intel/e1000/e1000_main.c:1051: 	netdev->features |= netdev->hw_features;
	orl	140(%esi), %ebx	# netdev_188->features, _147
	movl	%eax, %ecx	# pretmp_360, _147
	orl	136(%esi), %ecx	# netdev_188->features, _147
	movl	%ebx, -56(%ebp)	# _147, %sfp
	movl	%ecx, -60(%ebp)	# _147, %sfp
.L1429:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1052: 	netdev->hw_features |= (NETIF_F_RXCSUM |
	movl	%eax, 144(%esi)	# prephitmp_614, netdev_188->hw_features
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	108(%esi), %ecx	# netdev_188->priv_flags, _26
# drivers/net/ethernet/intel/e1000/e1000_main.c:1052: 	netdev->hw_features |= (NETIF_F_RXCSUM |
	movl	%edx, 148(%esi)	# prephitmp_614, netdev_188->hw_features
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	112(%esi), %ebx	# netdev_188->priv_flags, _26
# drivers/net/ethernet/intel/e1000/e1000_main.c:1061: 	netdev->vlan_features |= (NETIF_F_TSO |
	movl	160(%esi), %eax	# netdev_188->vlan_features, pretmp_482
	movl	164(%esi), %edx	# netdev_188->vlan_features, pretmp_482
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	%ecx, -68(%ebp)	# _26, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	orl	$16384, %ecx	#, tmp334
# drivers/net/ethernet/intel/e1000/e1000_main.c:1056: 	if (pci_using_dac) {
	testl	%edi, %edi	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	%ebx, -64(%ebp)	# _26, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	%ecx, 108(%esi)	# tmp334, netdev_188->priv_flags
# drivers/net/ethernet/intel/e1000/e1000_main.c:1051: 	netdev->features |= netdev->hw_features;
	movl	-60(%ebp), %ecx	# %sfp, _147
# drivers/net/ethernet/intel/e1000/e1000_main.c:1049: 	netdev->priv_flags |= IFF_SUPP_NOFCS;
	movl	%ebx, 112(%esi)	#, netdev_188->priv_flags
# drivers/net/ethernet/intel/e1000/e1000_main.c:1051: 	netdev->features |= netdev->hw_features;
	movl	-56(%ebp), %ebx	# %sfp, _147
	movl	%ecx, 136(%esi)	# _147, netdev_188->features
	movl	%ebx, 140(%esi)	# _147, netdev_188->features
# drivers/net/ethernet/intel/e1000/e1000_main.c:1056: 	if (pci_using_dac) {
	je	.L1430	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1057: 		netdev->features |= NETIF_F_HIGHDMA;
	movl	%ebx, 140(%esi)	#, netdev_188->features
	orl	$32, %ecx	#, _147
# drivers/net/ethernet/intel/e1000/e1000_main.c:1058: 		netdev->vlan_features |= NETIF_F_HIGHDMA;
	orl	$32, %eax	#, pretmp_482
# drivers/net/ethernet/intel/e1000/e1000_main.c:1057: 		netdev->features |= NETIF_F_HIGHDMA;
	movl	%ecx, 136(%esi)	# tmp335, netdev_188->features
.L1430:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1061: 	netdev->vlan_features |= (NETIF_F_TSO |
	movl	%edx, 164(%esi)	# tmp3, netdev_188->vlan_features
	movl	%eax, %ecx	# pretmp_482, pretmp_482
	orl	$65545, %ecx	#, pretmp_482
# drivers/net/ethernet/intel/e1000/e1000_main.c:1066: 	if (hw->device_id != E1000_DEV_ID_82545EM_COPPER ||
	cmpw	$4111, 2578(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].device_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:1061: 	netdev->vlan_features |= (NETIF_F_TSO |
	movl	%ecx, 160(%esi)	# tmp336, netdev_188->vlan_features
# drivers/net/ethernet/intel/e1000/e1000_main.c:1066: 	if (hw->device_id != E1000_DEV_ID_82545EM_COPPER ||
	je	.L1591	#,
.L1431:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1068: 		netdev->priv_flags |= IFF_UNICAST_FLT;
	movl	-68(%ebp), %eax	# %sfp, _26
	movl	-64(%ebp), %edx	# %sfp, _26
	orl	$20480, %eax	#, _26
	movl	%eax, 108(%esi)	# tmp339, netdev_188->priv_flags
	movl	%edx, 112(%esi)	#, netdev_188->priv_flags
.L1432:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1074: 	adapter->en_mng_pt = e1000_enable_mng_pass_thru(hw);
	movl	-52(%ebp), %edi	# %sfp, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:1071: 	netdev->min_mtu = ETH_ZLEN - ETH_HLEN;
	movl	$46, %eax	#,
	movl	%eax, 192(%esi)	#, netdev_188->min_mtu
# drivers/net/ethernet/intel/e1000/e1000_main.c:1072: 	netdev->max_mtu = MAX_JUMBO_FRAME_SIZE - (ETH_HLEN + ETH_FCS_LEN);
	movl	$16110, %eax	#,
	movl	%eax, 196(%esi)	#, netdev_188->max_mtu
# drivers/net/ethernet/intel/e1000/e1000_main.c:1074: 	adapter->en_mng_pt = e1000_enable_mng_pass_thru(hw);
	movl	%edi, %eax	# hw,
	call	e1000_enable_mng_pass_thru	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1074: 	adapter->en_mng_pt = e1000_enable_mng_pass_thru(hw);
	movl	%eax, 1972(%esi)	# tmp483, MEM[(struct e1000_adapter *)netdev_188 + 1440B].en_mng_pt
# drivers/net/ethernet/intel/e1000/e1000_main.c:1077: 	if (e1000_init_eeprom_params(hw)) {
	movl	%edi, %eax	# hw,
	call	e1000_init_eeprom_params	#
	movl	%eax, -60(%ebp)	# i, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1077: 	if (e1000_init_eeprom_params(hw)) {
	testl	%eax, %eax	# i
	je	.L1433	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1078: 		e_err(probe, "EEPROM initialization failed\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1567	#,
.L1435:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1027: 	err = -EIO;
	movl	$-5, %edi	#, <retval>
.L1461:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1227: 	e1000_phy_hw_reset(hw);
	movl	-52(%ebp), %eax	# %sfp,
	call	e1000_phy_hw_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1229: 	if (hw->flash_address)
	movl	2380(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].flash_address, _98
# drivers/net/ethernet/intel/e1000/e1000_main.c:1229: 	if (hw->flash_address)
	testl	%eax, %eax	# _98
	je	.L1427	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1230: 		iounmap(hw->flash_address);
	call	iounmap	#
.L1427:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1232: 	kfree(adapter->tx_ring);
	movl	2016(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].tx_ring, MEM[(struct e1000_adapter *)netdev_188 + 1440B].tx_ring
	call	kfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1233: 	kfree(adapter->rx_ring);
	movl	2100(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].rx_ring, MEM[(struct e1000_adapter *)netdev_188 + 1440B].rx_ring
	call	kfree	#
.L1409:
.L1471:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1236: 	iounmap(hw->ce4100_gbe_mdio_base_virt);
	movl	2384(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].ce4100_gbe_mdio_base_virt, MEM[(struct e1000_hw *)netdev_188 + 2376B].ce4100_gbe_mdio_base_virt
	call	iounmap	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1237: 	iounmap(hw->hw_addr);
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr
	call	iounmap	#
.L1403:
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $3, 3316(%esi)	#, MEM[(volatile long unsigned int *)pretmp_572]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1240: 	free_netdev(netdev);
#NO_APP
	movl	%esi, %eax	# netdev,
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
	setc	%bl	#, c
# drivers/net/ethernet/intel/e1000/e1000_main.c:1240: 	free_netdev(netdev);
	call	free_netdev	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1242: 	pci_release_selected_regions(pdev, bars);
	movl	-44(%ebp), %edx	# %sfp,
	movl	-40(%ebp), %eax	# %sfp,
	call	pci_release_selected_regions	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1244: 	if (!adapter || disable_dev)
	testb	%bl, %bl	# c
	je	.L1400	#,
	movl	-48(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	jne	.L1393	#,
	.p2align 4,,4
	jmp	.L1400	#
	.p2align 4,,10
	.p2align 3
.L1586:
# drivers/net/ethernet/intel/e1000/e1000_main.c:888: 		hw->phy_init_script = 1;
	movl	$1, %eax	#,
	movl	%eax, 2396(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].phy_init_script
# drivers/net/ethernet/intel/e1000/e1000_main.c:889: 		break;
	jmp	.L1410	#
	.p2align 4,,10
	.p2align 3
.L1587:
# ./include/linux/dma-mapping.h:450: 	int rc = dma_set_mask(dev, mask);
	movl	-60(%ebp), %eax	# %sfp,
	movl	$-1, %edx	#,
	movl	$-1, %ecx	#,
	call	dma_set_mask	#
# ./include/linux/dma-mapping.h:451: 	if (rc == 0)
	testl	%eax, %eax	# tmp478
	jne	.L1412	#,
# ./include/linux/dma-mapping.h:452: 		dma_set_coherent_mask(dev, mask);
	movl	-60(%ebp), %eax	# %sfp,
	movl	$-1, %edx	#,
	movl	$-1, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1003: 		pci_using_dac = 1;
	movl	$1, %edi	#, <retval>
# ./include/linux/dma-mapping.h:452: 		dma_set_coherent_mask(dev, mask);
	call	dma_set_coherent_mask	#
	jmp	.L1413	#
	.p2align 4,,10
	.p2align 3
.L1475:
	movl	$7, %ecx	#, debug.79_2
	jmp	.L1402	#
	.p2align 4,,10
	.p2align 3
.L1474:
# drivers/net/ethernet/intel/e1000/e1000_main.c:957: 	err = -ENOMEM;
	movl	$-12, %edi	#, <retval>
	jmp	.L1401	#
	.p2align 4,,10
	.p2align 3
.L1476:
# drivers/net/ethernet/intel/e1000/e1000_main.c:975: 	err = -EIO;
	movl	$-5, %edi	#, <retval>
	jmp	.L1403	#
	.p2align 4,,10
	.p2align 3
.L1428:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1045: 	if ((hw->mac_type >= e1000_82544) &&
	cmpl	$3, %eax	#, _16
	jbe	.L1478	#,
	cmpl	$13, %eax	#, _16
	je	.L1478	#,
	movl	$66441, -60(%ebp)	#, %sfp
	movl	$65801, %eax	#, prephitmp_614
	movl	$6400, %edx	#, prephitmp_614
	movl	$0, -56(%ebp)	#, %sfp
	jmp	.L1429	#
	.p2align 4,,10
	.p2align 3
.L1433:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1086: 	e1000_reset_hw(hw);
	movl	-52(%ebp), %ebx	# %sfp, hw
	movl	%ebx, %eax	# hw,
	call	e1000_reset_hw	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1089: 	if (e1000_validate_eeprom_checksum(hw) < 0) {
	movl	%ebx, %eax	# hw,
	call	e1000_validate_eeprom_checksum	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1089: 	if (e1000_validate_eeprom_checksum(hw) < 0) {
	testl	%eax, %eax	# tmp485
	jns	.L1436	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1090: 		e_err(probe, "The EEPROM Checksum Is Not Valid\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1568	#,
.L1437:
# drivers/net/ethernet/intel/e1000/e1000_main.c:710: 	struct ethtool_eeprom eeprom;
	movl	$0, -32(%ebp)	#, MEM <char[1:16]> [(void *)&eeprom]
	movl	2368(%esi), %edi	# MEM[(struct net_device * *)netdev_188 + 2368B], _328
	movl	$0, -28(%ebp)	#, MEM <char[1:16]> [(void *)&eeprom]
	movl	$0, -24(%ebp)	#, MEM <char[1:16]> [(void *)&eeprom]
	movl	$0, -20(%ebp)	#, MEM <char[1:16]> [(void *)&eeprom]
# drivers/net/ethernet/intel/e1000/e1000_main.c:711: 	const struct ethtool_ops *ops = netdev->ethtool_ops;
	movl	312(%edi), %ebx	# _328->ethtool_ops, ops
# drivers/net/ethernet/intel/e1000/e1000_main.c:716: 	eeprom.len = ops->get_eeprom_len(netdev);
	movl	%edi, %eax	# _328,
	movl	52(%ebx), %edx	# ops_430->get_eeprom_len, ops_430->get_eeprom_len
	call	__x86_indirect_thunk_edx
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	movl	$3264, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:717: 	eeprom.offset = 0;
	movl	$0, -24(%ebp)	#, eeprom.offset
# drivers/net/ethernet/intel/e1000/e1000_main.c:716: 	eeprom.len = ops->get_eeprom_len(netdev);
	movl	%eax, -20(%ebp)	# _432, eeprom.len
# ./include/linux/slab.h:568: 	return __kmalloc(size, flags);
	call	__kmalloc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:720: 	if (!data)
	testl	%eax, %eax	# _441
	je	.L1438	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:723: 	ops->get_eeprom(netdev, &eeprom, data);
	movl	%eax, -68(%ebp)	# _441, %sfp
	movl	%eax, %ecx	# _441,
	movl	56(%ebx), %ebx	# ops_430->get_eeprom, ops_430->get_eeprom
	leal	-32(%ebp), %edx	#, tmp549
	movl	%edi, %eax	# _328,
	call	__x86_indirect_thunk_ebx
	movl	-68(%ebp), %eax	# %sfp, _441
# drivers/net/ethernet/intel/e1000/e1000_main.c:714: 	u16 csum_old, csum_new = 0;
	xorl	%edx, %edx	# csum_new
	leal	126(%eax), %edi	#, _531
	movl	%eax, %ecx	# _441, ivtmp.859
	.p2align 4
	.p2align 3
.L1439:
# drivers/net/ethernet/intel/e1000/e1000_main.c:728: 		csum_new += data[i] + (data[i + 1] << 8);
	movzbl	1(%ecx), %eax	# MEM[(u8 *)_536 + 1B], MEM[(u8 *)_536 + 1B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:727: 	for (i = 0; i < EEPROM_CHECKSUM_REG * 2; i += 2)
	addl	$2, %ecx	#, ivtmp.859
# drivers/net/ethernet/intel/e1000/e1000_main.c:728: 		csum_new += data[i] + (data[i + 1] << 8);
	movzbl	-2(%ecx), %ebx	# MEM[(u8 *)_536], MEM[(u8 *)_536]
# drivers/net/ethernet/intel/e1000/e1000_main.c:728: 		csum_new += data[i] + (data[i + 1] << 8);
	sall	$8, %eax	#, tmp352
# drivers/net/ethernet/intel/e1000/e1000_main.c:728: 		csum_new += data[i] + (data[i + 1] << 8);
	addl	%ebx, %eax	# MEM[(u8 *)_536], tmp355
	addl	%edx, %eax	# csum_new, tmp358
# drivers/net/ethernet/intel/e1000/e1000_main.c:727: 	for (i = 0; i < EEPROM_CHECKSUM_REG * 2; i += 2)
	cmpl	%ecx, %edi	# ivtmp.859, _531
# drivers/net/ethernet/intel/e1000/e1000_main.c:728: 		csum_new += data[i] + (data[i + 1] << 8);
	movswl	%ax, %ebx	# tmp358, _467
	movzwl	%ax, %edx	# tmp358, csum_new
# drivers/net/ethernet/intel/e1000/e1000_main.c:727: 	for (i = 0; i < EEPROM_CHECKSUM_REG * 2; i += 2)
	jne	.L1439	#,
	jmp	.L1569	#
	.p2align 4,,10
	.p2align 3
.L1590:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1031: 						pci_resource_len(pdev, BAR_1));
	movl	-40(%ebp), %eax	# %sfp, pdev
	movl	616(%eax), %edx	# pdev_171(D)->resource[1].end, _17
# ./include/linux/ioport.h:253: 	return res->end - res->start + 1;
	movl	612(%eax), %eax	# MEM[(const struct resource *)pdev_171(D) + 612B].start, pretmp_108
# drivers/net/ethernet/intel/e1000/e1000_main.c:1030: 					ioremap(pci_resource_start(pdev, BAR_1),
	testl	%edx, %edx	# _17
	je	.L1426	#,
# ./include/linux/ioport.h:253: 	return res->end - res->start + 1;
	incl	%edx	# tmp329
	subl	%eax, %edx	# pretmp_108, _17
.L1426:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1030: 					ioremap(pci_resource_start(pdev, BAR_1),
	call	ioremap	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1029: 		hw->ce4100_gbe_mdio_base_virt =
	movl	%eax, 2384(%esi)	# _19, MEM[(struct e1000_hw *)netdev_188 + 2376B].ce4100_gbe_mdio_base_virt
# drivers/net/ethernet/intel/e1000/e1000_main.c:1033: 		if (!hw->ce4100_gbe_mdio_base_virt)
	testl	%eax, %eax	# _19
	je	.L1477	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1037: 	if (hw->mac_type >= e1000_82543) {
	movl	2388(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].mac_type, _16
	jmp	.L1423	#
	.p2align 4,,10
	.p2align 3
.L1591:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1066: 	if (hw->device_id != E1000_DEV_ID_82545EM_COPPER ||
	cmpw	$5549, 2584(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].subsystem_vendor_id
	jne	.L1431	#,
	jmp	.L1432	#
.L1436:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1102: 		if (e1000_read_mac_addr(hw))
	movl	-52(%ebp), %eax	# %sfp,
	leal	2592(%esi), %ebx	#, tmp435
	call	e1000_read_mac_addr	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1102: 		if (e1000_read_mac_addr(hw))
	testl	%eax, %eax	# tmp488
	je	.L1440	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1103: 			e_err(probe, "EEPROM Read Error\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1570	#,
.L1440:
# ./include/linux/netdevice.h:4576: 	dev_addr_mod(dev, 0, addr, len);
	movl	$6, (%esp)	#,
	xorl	%edx, %edx	#
	movl	%esi, %eax	# netdev,
	movl	%ebx, %ecx	# tmp435,
	call	dev_addr_mod	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1108: 	if (!is_valid_ether_addr(netdev->dev_addr))
	movl	456(%esi), %edx	# netdev_188->dev_addr, _54
# ./include/linux/etherdevice.h:126: 	u32 a = *(const u32 *)addr;
	movl	(%edx), %eax	# MEM[(const u32 *)_54], a
# ./include/linux/etherdevice.h:202: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	testb	$1, %al	#, a
	jne	.L1441	#,
# ./include/linux/etherdevice.h:108: 	return ((*(const u32 *)addr) | (*(const u16 *)(addr + 4))) == 0;
	movzwl	4(%edx), %edx	# MEM[(const u16 *)_54 + 4B], MEM[(const u16 *)_54 + 4B]
# ./include/linux/etherdevice.h:202: 	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
	orl	%eax, %edx	# a, tmp501
	jne	.L1442	#,
.L1441:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1109: 		e_err(probe, "Invalid MAC Address\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1571	#,
.L1442:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1112: 	INIT_DELAYED_WORK(&adapter->watchdog_task, e1000_watchdog);
	leal	3356(%esi), %eax	#, _57
	xorl	%edx, %edx	#
# ./include/linux/list.h:37: 	WRITE_ONCE(list->next, list);
	movl	%eax, 3356(%esi)	# _57, MEM[(struct list_head * volatile *)netdev_188 + 3356B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1112: 	INIT_DELAYED_WORK(&adapter->watchdog_task, e1000_watchdog);
	movl	$-32, %edi	#,
	movl	$2097152, %ecx	#,
# ./include/linux/list.h:38: 	WRITE_ONCE(list->prev, list);
	movl	%eax, 3360(%esi)	# _57, MEM[(struct list_head * volatile *)netdev_188 + 3360B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1112: 	INIT_DELAYED_WORK(&adapter->watchdog_task, e1000_watchdog);
	movl	$e1000_watchdog, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	movl	$e1000_82547_tx_fifo_stall_task, %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1112: 	INIT_DELAYED_WORK(&adapter->watchdog_task, e1000_watchdog);
	movl	%edi, 3352(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].watchdog_task.work.data.counter
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	xorl	%edi, %edi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1112: 	INIT_DELAYED_WORK(&adapter->watchdog_task, e1000_watchdog);
	movl	%eax, 3364(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].watchdog_task.work.func
	leal	3368(%esi), %eax	#, tmp382
	movl	%edx, 4(%esp)	#,
	movl	$delayed_work_timer_fn, %edx	#,
	movl	$0, (%esp)	#,
	call	init_timer_key	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	leal	3400(%esi), %eax	#, _59
	movl	$-32, %ecx	#,
# ./include/linux/list.h:37: 	WRITE_ONCE(list->next, list);
	movl	%eax, 3400(%esi)	# _59, MEM[(struct list_head * volatile *)netdev_188 + 3400B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	movl	$delayed_work_timer_fn, %edx	#,
	movl	%ecx, 3396(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].fifo_stall_task.work.data.counter
	movl	$2097152, %ecx	#,
# ./include/linux/list.h:38: 	WRITE_ONCE(list->prev, list);
	movl	%eax, 3404(%esi)	# _59, MEM[(struct list_head * volatile *)netdev_188 + 3404B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	leal	3412(%esi), %eax	#, tmp385
	movl	%ebx, 3408(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].fifo_stall_task.work.func
# drivers/net/ethernet/intel/e1000/e1000_main.c:1116: 	INIT_WORK(&adapter->reset_task, e1000_reset_task);
	movl	$e1000_reset_task, %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1113: 	INIT_DELAYED_WORK(&adapter->fifo_stall_task,
	movl	%edi, 4(%esp)	#,
	movl	$0, (%esp)	#,
	call	init_timer_key	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1115: 	INIT_DELAYED_WORK(&adapter->phy_info_task, e1000_update_phy_info_task);
	movl	$-32, %eax	#,
	xorl	%edx, %edx	#
	movl	%eax, 3440(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].phy_info_task.work.data.counter
	leal	3444(%esi), %eax	#, _61
	movl	$2097152, %ecx	#,
# ./include/linux/list.h:37: 	WRITE_ONCE(list->next, list);
	movl	%eax, 3444(%esi)	# _61, MEM[(struct list_head * volatile *)netdev_188 + 3444B]
# ./include/linux/list.h:38: 	WRITE_ONCE(list->prev, list);
	movl	%eax, 3448(%esi)	# _61, MEM[(struct list_head * volatile *)netdev_188 + 3448B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1115: 	INIT_DELAYED_WORK(&adapter->phy_info_task, e1000_update_phy_info_task);
	movl	$e1000_update_phy_info_task, %eax	#,
	movl	%eax, 3452(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].phy_info_task.work.func
	leal	3456(%esi), %eax	#, tmp388
	movl	%edx, 4(%esp)	#,
	movl	$delayed_work_timer_fn, %edx	#,
	movl	$0, (%esp)	#,
	call	init_timer_key	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1116: 	INIT_WORK(&adapter->reset_task, e1000_reset_task);
	leal	3340(%esi), %eax	#, _63
	movl	$-32, %ecx	#,
# ./include/linux/list.h:37: 	WRITE_ONCE(list->next, list);
	movl	%eax, 3340(%esi)	# _63, MEM[(struct list_head * volatile *)netdev_188 + 3340B]
# ./include/linux/list.h:38: 	WRITE_ONCE(list->prev, list);
	movl	%eax, 3344(%esi)	# _63, MEM[(struct list_head * volatile *)netdev_188 + 3344B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:1118: 	e1000_check_options(adapter);
	movl	-48(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1116: 	INIT_WORK(&adapter->reset_task, e1000_reset_task);
	movl	%ecx, 3336(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].reset_task.data.counter
	movl	%ebx, 3348(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].reset_task.func
# drivers/net/ethernet/intel/e1000/e1000_main.c:1118: 	e1000_check_options(adapter);
	call	e1000_check_options	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1125: 	switch (hw->mac_type) {
	movl	2388(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].mac_type, _64
# drivers/net/ethernet/intel/e1000/e1000_main.c:1125: 	switch (hw->mac_type) {
	cmpl	$4, %eax	#, _64
	je	.L1443	#,
	ja	.L1444	#,
	decl	%eax	# tmp390
	cmpl	$2, %eax	#, tmp390
	ja	.L1445	#,
.L1446:
# drivers/net/ethernet/intel/e1000/e1000_main.c:932: 	u16 eeprom_apme_mask = E1000_EEPROM_APME;
	movl	$1024, %edx	#, eeprom_apme_mask
.L1448:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1148: 	if (eeprom_data & eeprom_apme_mask)
	movl	-36(%ebp), %eax	# eeprom_data, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_main.c:1148: 	if (eeprom_data & eeprom_apme_mask)
	testl	%eax, %edx	# eeprom_data, eeprom_apme_mask
	je	.L1449	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1149: 		adapter->eeprom_wol |= E1000_WUFC_MAG;
	orl	$2, 3320(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].eeprom_wol
.L1449:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1155: 	switch (pdev->device) {
	movl	-40(%ebp), %eax	# %sfp, pdev
	movzwl	34(%eax), %eax	# pdev_171(D)->device, _72
# drivers/net/ethernet/intel/e1000/e1000_main.c:1155: 	switch (pdev->device) {
	cmpl	$4234, %eax	#, _72
	je	.L1450	#,
	ja	.L1451	#,
	cmpl	$4114, %eax	#, _72
	je	.L1452	#,
	cmpl	$4218, %eax	#, _72
	jne	.L1578	#,
.L1452:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1164: 		if (er32(STATUS) & E1000_STATUS_FUNC_1)
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr, tmp558
	addl	$8, %eax	#, _74
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_74], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1164: 		if (er32(STATUS) & E1000_STATUS_FUNC_1)
#NO_APP
	testb	$4, %al	#, ret
	je	.L1578	#,
.L1450:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1157: 		adapter->eeprom_wol = 0;
	xorl	%ebx, %ebx	#
	movl	%ebx, 3320(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].eeprom_wol
.L1457:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1133: 		eeprom_apme_mask = E1000_EEPROM_82544_APM;
	xorl	%edx, %edx	# _596
.L1455:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1180: 	adapter->wol = adapter->eeprom_wol;
	movl	-72(%ebp), %eax	# %sfp, pretmp_600
	movl	%eax, 1964(%esi)	# pretmp_600, MEM[(struct e1000_adapter *)netdev_188 + 1440B].wol
# drivers/net/ethernet/intel/e1000/e1000_main.c:1181: 	device_set_wakeup_enable(&adapter->pdev->dev, adapter->wol);
	movl	2372(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].pdev, tmp564
	addl	$132, %eax	#, tmp411
	call	device_set_wakeup_enable	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1184: 	if (hw->mac_type == e1000_ce4100) {
	cmpl	$9, 2388(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].mac_type
	jne	.L1463	#,
	movl	-52(%ebp), %edi	# %sfp, hw
	movl	-60(%ebp), %ebx	# %sfp, i
	jmp	.L1460	#
	.p2align 4,,10
	.p2align 3
.L1483:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1185: 		for (i = 0; i < 32; i++) {
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1185: 		for (i = 0; i < 32; i++) {
	cmpl	$32, %ebx	#, i
	je	.L1435	#,
.L1460:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1186: 			hw->phy_addr = i;
	movl	%ebx, 2484(%esi)	# i, MEM[(struct e1000_hw *)netdev_188 + 2376B].phy_addr
# drivers/net/ethernet/intel/e1000/e1000_main.c:1187: 			e1000_read_phy_reg(hw, PHY_ID2, &tmp);
	leal	-34(%ebp), %ecx	#, tmp565
	movl	$3, %edx	#,
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1189: 			if (tmp != 0 && tmp != 0xFF)
	movzwl	-34(%ebp), %eax	# tmp, tmp.88_279
# drivers/net/ethernet/intel/e1000/e1000_main.c:1189: 			if (tmp != 0 && tmp != 0xFF)
	testl	%eax, %eax	# tmp.88_279
	je	.L1483	#,
	cmpl	$255, %eax	#, tmp.88_279
	je	.L1483	#,
.L1463:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1198: 	e1000_reset(adapter);
	movl	-48(%ebp), %eax	# %sfp,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1200: 	strcpy(netdev->name, "eth%d");
	movl	$.LC70, %edx	#,
	movl	%esi, %eax	# netdev,
	call	strcpy	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1201: 	err = register_netdev(netdev);
	movl	%esi, %eax	# netdev,
	call	register_netdev	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1202: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1201: 	err = register_netdev(netdev);
	movl	%eax, %edi	# tmp489, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1202: 	if (err)
	jne	.L1461	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1205: 	e1000_vlan_filter_on_off(adapter, false);
	movl	-48(%ebp), %eax	# %sfp,
	xorl	%edx, %edx	#
	call	e1000_vlan_filter_on_off	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1208: 	e_info(probe, "(PCI%s:%dMHz:%d-bit) %pM\n",
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1572	#,
.L1465:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1218: 	netif_carrier_off(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_carrier_off	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1220: 	e_info(probe, "Intel(R) PRO/1000 Network Connection\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1573	#,
.L1469:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1222: 	cards_found++;
	incl	cards_found.2	# cards_found
# drivers/net/ethernet/intel/e1000/e1000_main.c:1223: 	return 0;
	jmp	.L1393	#
.L1451:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1155: 	switch (pdev->device) {
	cmpl	$4277, %eax	#, _72
	jne	.L1578	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1169: 		if (global_quad_port_a != 0)
	movl	global_quad_port_a.1, %edx	# global_quad_port_a, global_quad_port_a.84_76
# drivers/net/ethernet/intel/e1000/e1000_main.c:1169: 		if (global_quad_port_a != 0)
	testl	%edx, %edx	# global_quad_port_a.84_76
	je	.L1458	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1174: 		if (++global_quad_port_a == 4)
	leal	1(%edx), %eax	#, _77
# drivers/net/ethernet/intel/e1000/e1000_main.c:1170: 			adapter->eeprom_wol = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, 3320(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].eeprom_wol
# drivers/net/ethernet/intel/e1000/e1000_main.c:1174: 		if (++global_quad_port_a == 4)
	cmpl	$3, %edx	#, global_quad_port_a.84_76
	movl	$0, %edx	#, tmp446
	cmove	%edx, %eax	# _77,, tmp446, tmp445
	movl	%eax, global_quad_port_a.1	# tmp445, global_quad_port_a
	jmp	.L1457	#
.L1444:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1125: 	switch (hw->mac_type) {
	andl	$-3, %eax	#, tmp391
	cmpl	$8, %eax	#, tmp391
	je	.L1592	#,
.L1445:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1144: 		e1000_read_eeprom(hw,
	leal	-36(%ebp), %eax	#, tmp397
	movl	$1, %ecx	#,
	movl	%eax, (%esp)	# tmp397,
	movl	$36, %edx	#,
	movl	-52(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1146: 		break;
	jmp	.L1446	#
.L1589:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1332: 	adapter->rx_ring = kcalloc(adapter->num_rx_queues,
	xorl	%edx, %edx	#
	movl	%edx, 2100(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].rx_ring
.L1420:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1335: 		kfree(adapter->tx_ring);
	movl	%ecx, %eax	# _390,
	call	kfree	#
.L1416:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1304: 		e_err(probe, "Unable to allocate memory for queues\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1424	#,
.L1425:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1305: 		return -ENOMEM;
	movl	$-12, %edi	#, <retval>
	jmp	.L1471	#
.L1584:
# drivers/net/ethernet/intel/e1000/e1000_main.c:985: 				hw->io_base = pci_resource_start(pdev, i);
	movl	%ecx, 2472(%esi)	# _194, MEM[(struct e1000_hw *)netdev_188 + 2376B].io_base
# drivers/net/ethernet/intel/e1000/e1000_main.c:986: 				break;
	jmp	.L1404	#
.L1458:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1172: 			adapter->quad_port_a = true;
	movb	$1, 3314(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].quad_port_a
# drivers/net/ethernet/intel/e1000/e1000_main.c:1174: 		if (++global_quad_port_a == 4)
	movl	$1, global_quad_port_a.1	#, global_quad_port_a
.L1578:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1180: 	adapter->wol = adapter->eeprom_wol;
	movl	3320(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].eeprom_wol, pretmp_600
# drivers/net/ethernet/intel/e1000/e1000_main.c:1181: 	device_set_wakeup_enable(&adapter->pdev->dev, adapter->wol);
	xorl	%edx, %edx	# _596
# drivers/net/ethernet/intel/e1000/e1000_main.c:1180: 	adapter->wol = adapter->eeprom_wol;
	movl	%eax, -72(%ebp)	# pretmp_600, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1181: 	device_set_wakeup_enable(&adapter->pdev->dev, adapter->wol);
	testl	%eax, %eax	# pretmp_600
	setne	%dl	#, _596
	jmp	.L1455	#
.L1478:
	movl	$905, -60(%ebp)	#, %sfp
	movl	$265, %eax	#, prephitmp_614
	movl	$6400, %edx	#, prephitmp_614
	movl	$0, -56(%ebp)	#, %sfp
	jmp	.L1429	#
.L1477:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1027: 	err = -EIO;
	movl	$-5, %edi	#, <retval>
	jmp	.L1427	#
.L1592:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1137: 		if (er32(STATUS) & E1000_STATUS_FUNC_1) {
	movl	2376(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].hw_addr, tmp554
	addl	$8, %eax	#, _66
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_66], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1137: 		if (er32(STATUS) & E1000_STATUS_FUNC_1) {
#NO_APP
	testb	$4, %al	#, ret
	je	.L1445	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1138: 			e1000_read_eeprom(hw,
	leal	-36(%ebp), %eax	#, tmp396
	movl	$1, %ecx	#,
	movl	%eax, (%esp)	# tmp396,
	movl	$20, %edx	#,
	movl	-52(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1140: 			break;
	jmp	.L1446	#
.L1443:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1131: 		e1000_read_eeprom(hw,
	leal	-36(%ebp), %eax	#, tmp392
	movl	$15, %edx	#,
	movl	%eax, (%esp)	# tmp392,
	movl	$1, %ecx	#,
	movl	-52(%ebp), %eax	# %sfp,
	call	e1000_read_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1133: 		eeprom_apme_mask = E1000_EEPROM_82544_APM;
	movl	$4, %edx	#, eeprom_apme_mask
# drivers/net/ethernet/intel/e1000/e1000_main.c:1134: 		break;
	jmp	.L1448	#
.L1585:
# drivers/net/ethernet/intel/e1000/e1000_main.c:877: 		e_err(probe, "Unknown MAC Type\n");
	testb	$2, 3308(%esi)	#, MEM[(struct e1000_adapter *)netdev_188 + 1440B].msg_enable
	jne	.L1566	#,
.L1408:
# drivers/net/ethernet/intel/e1000/e1000_main.c:878: 		return -EIO;
	movl	$-5, %edi	#, <retval>
	jmp	.L1471	#
.L1581:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1247: }
	call	__stack_chk_fail	#
.L1438:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1099: 		memset(hw->mac_addr, 0, netdev->addr_len);
	movzbl	361(%esi), %ecx	# netdev_188->addr_len, netdev_188->addr_len
	leal	2592(%esi), %ebx	#, tmp435
	xorl	%eax, %eax	# tmp368
	movl	%ebx, %edi	# tmp435, D.88360
	rep stosb
	jmp	.L1440	#
.L1588:
# ./include/linux/slab.h:611: 	if (unlikely(check_mul_overflow(n, size, &bytes)))
	movl	$1, %ebx	#, _394
	jmp	.L1417	#
.L1421:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1335: 		kfree(adapter->tx_ring);
	movl	2016(%esi), %ecx	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].tx_ring, _390
	jmp	.L1420	#
	.section	.text.unlikely
	.type	e1000_probe.cold, @function
e1000_probe.cold:
.L1570:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1103: 			e_err(probe, "EEPROM Read Error\n");
	movl	$.LC68, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1440	#
.L1571:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1109: 		e_err(probe, "Invalid MAC Address\n");
	movl	$.LC69, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1442	#
.L1424:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1304: 		e_err(probe, "Unable to allocate memory for queues\n");
	movl	$.LC49, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1425	#
.L1569:
	movl	-68(%ebp), %eax	# %sfp, _441
	movzwl	126(%eax), %edi	# MEM <short unsigned int> [(u8 *)_441 + 126B], load_dst_471
# drivers/net/ethernet/intel/e1000/e1000_main.c:731: 	pr_err("/*********************/\n");
	movl	$.LC52, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:732: 	pr_err("Current EEPROM Checksum : 0x%04x\n", csum_old);
	movl	%edi, 4(%esp)	# load_dst_471,
# drivers/net/ethernet/intel/e1000/e1000_main.c:737: 	print_hex_dump(KERN_ERR, "", DUMP_PREFIX_OFFSET, 16, 1, data, 128, 0);
	xorl	%edi, %edi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:732: 	pr_err("Current EEPROM Checksum : 0x%04x\n", csum_old);
	movl	$.LC53, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:729: 	csum_new = EEPROM_SUM - csum_new;
	movl	$-17734, %eax	#, tmp360
	subl	%ebx, %eax	# _467, tmp359
# drivers/net/ethernet/intel/e1000/e1000_main.c:733: 	pr_err("Calculated              : 0x%04x\n", csum_new);
	movzwl	%ax, %eax	# tmp359, tmp361
	movl	%eax, 4(%esp)	# tmp361,
	movl	$.LC54, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:735: 	pr_err("Offset    Values\n");
	movl	$.LC55, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:736: 	pr_err("========  ======\n");
	movl	$.LC56, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:737: 	print_hex_dump(KERN_ERR, "", DUMP_PREFIX_OFFSET, 16, 1, data, 128, 0);
	movl	$2, %ecx	#,
	movl	$.LC14, %edx	#,
	movl	$.LC57, %eax	#,
	movl	%edi, 16(%esp)	#,
	movl	$128, 12(%esp)	#,
	movl	-68(%ebp), %ebx	# %sfp, _441
	movl	$1, 4(%esp)	#,
	movl	$16, (%esp)	#,
	movl	%ebx, 8(%esp)	# _441,
	call	print_hex_dump	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:739: 	pr_err("Include this output when contacting your support provider.\n");
	movl	$.LC58, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:740: 	pr_err("This is not a software error! Something bad happened to\n");
	movl	$.LC59, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:741: 	pr_err("your hardware or EEPROM image. Ignoring this problem could\n");
	movl	$.LC60, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:742: 	pr_err("result in further problems, possibly loss of data,\n");
	movl	$.LC61, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:743: 	pr_err("corruption or system hangs!\n");
	movl	$.LC62, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:744: 	pr_err("The MAC Address will be reset to 00:00:00:00:00:00,\n");
	movl	$.LC63, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:745: 	pr_err("which is invalid and requires you to set the proper MAC\n");
	movl	$.LC64, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:746: 	pr_err("address manually before continuing to enable this network\n");
	movl	$.LC65, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:747: 	pr_err("device. Please inspect the EEPROM dump and report the\n");
	movl	$.LC66, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:748: 	pr_err("issue to your hardware vendor or Intel Customer Support.\n");
	movl	$.LC67, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:749: 	pr_err("/*********************/\n");
	movl	$.LC52, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:751: 	kfree(data);
	movl	%ebx, %eax	# _441,
	call	kfree	#
	jmp	.L1438	#
.L1568:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1090: 		e_err(probe, "The EEPROM Checksum Is Not Valid\n");
	movl	$.LC51, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1437	#
.L1566:
# drivers/net/ethernet/intel/e1000/e1000_main.c:877: 		e_err(probe, "Unknown MAC Type\n");
	movl	$.LC47, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1408	#
.L1573:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1220: 	e_info(probe, "Intel(R) PRO/1000 Network Connection\n");
	movl	$.LC72, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_info	#
	jmp	.L1469	#
.L1572:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1208: 	e_info(probe, "(PCI%s:%dMHz:%d-bit) %pM\n",
	cmpl	$2, 2428(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].bus_width
	movl	$32, %ecx	#, tmp451
	movl	$64, %eax	#, tmp452
	movl	456(%esi), %ebx	# netdev_188->dev_addr, _89
	cmovne	%ecx, %eax	# tmp451,, tmp452
	movl	%eax, -40(%ebp)	# tmp452, %sfp
	movl	2424(%esi), %eax	# MEM[(struct e1000_hw *)netdev_188 + 2376B].bus_speed, _91
	cmpl	$5, %eax	#, _91
	je	.L1480	#,
	subl	$2, %eax	#, _129
	cmpl	$2, %eax	#, _129
	jbe	.L1593	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1208: 	e_info(probe, "(PCI%s:%dMHz:%d-bit) %pM\n",
	movl	$33, %edx	#, iftmp.90_126
.L1467:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1208: 	e_info(probe, "(PCI%s:%dMHz:%d-bit) %pM\n",
	cmpl	$2, 2432(%esi)	#, MEM[(struct e1000_hw *)netdev_188 + 2376B].bus_type
	movl	$.LC46, %ecx	#, tmp566
	movl	%ebx, 20(%esp)	# _89,
	movl	$.LC14, %eax	#, tmp457
	movl	-40(%ebp), %ebx	# %sfp, iftmp.89_125
	movl	%edx, 12(%esp)	# iftmp.90_126,
	cmove	%ecx, %eax	# tmp457,, tmp566, iftmp.94_127
	movl	%eax, 8(%esp)	# iftmp.94_127,
	movl	$.LC71, 4(%esp)	#,
	movl	%ebx, 16(%esp)	# iftmp.89_125,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_info	#
	jmp	.L1465	#
.L1567:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1078: 		e_err(probe, "EEPROM initialization failed\n");
	movl	$.LC50, 4(%esp)	#,
	movl	2368(%esi), %eax	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_188 + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1435	#
.L1414:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1007: 			pr_err("No usable DMA config, aborting\n");
	movl	$.LC48, (%esp)	#,
	call	_printk	#
	jmp	.L1471	#
.L1480:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1208: 	e_info(probe, "(PCI%s:%dMHz:%d-bit) %pM\n",
	movl	$133, %edx	#, iftmp.90_126
	jmp	.L1467	#
.L1593:
	movl	CSWTCH.529(,%eax,4), %edx	# CSWTCH.529[_129], iftmp.90_126
	jmp	.L1467	#
	.text
	.size	e1000_probe, .-e1000_probe
	.section	.text.unlikely
	.size	e1000_probe.cold, .-e1000_probe.cold
.LCOLDE73:
	.text
.LHOTE73:
	.p2align 4
	.globl	e1000_down
	.type	e1000_down, @function
e1000_down:
.L1595:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp167, adapter
	pushl	%ebx	#
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:492: 	struct net_device *netdev = adapter->netdev;
	movl	928(%eax), %ecx	# adapter_13(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:496: 	rctl = er32(RCTL);
	movl	936(%eax), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp177
	addl	$256, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:497: 	ew32(RCTL, rctl & ~E1000_RCTL_EN);
#NO_APP
	movl	936(%esi), %edi	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp178
	andl	$-3, %eax	#, _5
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%edi)	# _5, MEM[(volatile unsigned int *)_4]
# 0 "" 2
# ./arch/x86/include/asm/preempt.h:80: 	raw_cpu_add_4(__preempt_count, val);
# 80 "./arch/x86/include/asm/preempt.h" 1
	addl $512, %fs:__preempt_count	#, __preempt_count
# 0 "" 2
# ./include/linux/bottom_half.h:14: 	barrier();
# ./include/linux/spinlock.h:351: 	raw_spin_lock(&lock->rlock);
#NO_APP
	movl	%ecx, -16(%ebp)	# netdev, %sfp
	leal	596(%ecx), %ebx	#, _59
# ./include/linux/netdevice.h:4471: 	cpu = smp_processor_id();
#APP
# 4471 "./include/linux/netdevice.h" 1
	movl %fs:cpu_number, %eax	# cpu_number, pfo_val__
# 0 "" 2
#NO_APP
	movl	%eax, -20(%ebp)	# pfo_val__, %sfp
# ./include/linux/spinlock.h:351: 	raw_spin_lock(&lock->rlock);
	movl	%ebx, %eax	# _59,
	call	_raw_spin_lock	#
# ./include/linux/netdevice.h:4473: 	for (i = 0; i < dev->num_tx_queues; i++) {
	movl	-16(%ebp), %ecx	# %sfp, netdev
	movl	580(%ecx), %eax	# netdev_15->num_tx_queues,
	testl	%eax, %eax	#
	je	.L1596	#,
# ./include/linux/netdevice.h:4473: 	for (i = 0; i < dev->num_tx_queues; i++) {
	movl	%esi, -28(%ebp)	# adapter, %sfp
	xorl	%edi, %edi	# i
	movl	%ecx, %esi	# netdev, netdev
	movl	%ebx, -24(%ebp)	# _59, %sfp
	.p2align 4
	.p2align 3
.L1597:
# ./include/linux/netdevice.h:2456: 	return &dev->_tx[index];
	movl	576(%esi), %eax	# MEM[(const struct net_device *)netdev_15]._tx,
	leal	(%edi,%edi,2), %ebx	#, tmp140
	sall	$6, %ebx	#, tmp141
	addl	%eax, %ebx	#, _63
# ./include/linux/spinlock.h:351: 	raw_spin_lock(&lock->rlock);
	leal	64(%ebx), %eax	#, _64
	movl	%eax, -16(%ebp)	# _64, %sfp
	call	_raw_spin_lock	#
# ./include/linux/netdevice.h:4351: 	WRITE_ONCE(txq->xmit_lock_owner, cpu);
	movl	-20(%ebp), %eax	# %sfp, pfo_val__
	movl	%eax, 68(%ebx)	# pfo_val__, MEM[(volatile int *)_63 + 68B]
# ./include/linux/netdevice.h:3312: 	WRITE_ONCE(dev_queue->trans_start, jiffies);
	movl	jiffies, %edx	# jiffies, jiffies.173_65
	movl	%edx, 72(%ebx)	# jiffies.173_65, MEM[(volatile long unsigned int *)_63 + 72B]
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $1,76(%ebx)	#, MEM[(volatile char *)_66]
# 0 "" 2
# ./include/linux/netdevice.h:4386: 	WRITE_ONCE(txq->xmit_lock_owner, -1);
#NO_APP
	movl	$-1, 68(%ebx)	#, MEM[(volatile int *)_63 + 68B]
# ./include/linux/spinlock.h:391: 	raw_spin_unlock(&lock->rlock);
	movl	-16(%ebp), %eax	# %sfp, _64
# ./include/linux/netdevice.h:4473: 	for (i = 0; i < dev->num_tx_queues; i++) {
	incl	%edi	# i
# ./include/linux/spinlock.h:391: 	raw_spin_unlock(&lock->rlock);
	call	_raw_spin_unlock	#
# ./include/linux/netdevice.h:4473: 	for (i = 0; i < dev->num_tx_queues; i++) {
	cmpl	580(%esi), %edi	# netdev_15->num_tx_queues, i
	jb	.L1597	#,
	movl	%esi, %ecx	# netdev, netdev
	movl	-24(%ebp), %ebx	# %sfp, _59
	movl	-28(%ebp), %esi	# %sfp, adapter
.L1596:
.L1598:
	movl	%ecx, -16(%ebp)	# netdev, %sfp
# ./include/linux/spinlock.h:391: 	raw_spin_unlock(&lock->rlock);
	movl	%ebx, %eax	# _59,
	call	_raw_spin_unlock	#
# ./include/linux/bottom_half.h:33: 	__local_bh_enable_ip(_THIS_IP_, SOFTIRQ_DISABLE_OFFSET);
	movl	$512, %edx	#,
	movl	$.L1598, %eax	#,
	call	__local_bh_enable_ip	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:503: 	tctl = er32(TCTL);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp181
	addl	$1024, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:505: 	ew32(TCTL, tctl);
#NO_APP
	movl	936(%esi), %ecx	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp182
# drivers/net/ethernet/intel/e1000/e1000_main.c:504: 	tctl &= ~E1000_TCTL_EN;
	andl	$-3, %eax	#, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_9]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:507: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp183
	addl	$8, %eax	#, _11
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_11], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:508: 	msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:517: 	netif_carrier_off(netdev);
	movl	-16(%ebp), %eax	# %sfp,
	call	netif_carrier_off	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:519: 	napi_disable(&adapter->napi);
	leal	664(%esi), %eax	#, tmp148
	call	napi_disable	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:284: 	ew32(IMC, ~0);
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp184
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp150
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp150, MEM[(volatile unsigned int *)_51]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:285: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	936(%esi), %eax	# MEM[(struct e1000_hw *)adapter_13(D) + 936B].hw_addr, tmp185
	addl	$8, %eax	#, _53
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_53], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:286: 	synchronize_irq(adapter->pdev->irq);
#NO_APP
	movl	932(%esi), %eax	# adapter_13(D)->pdev, adapter_13(D)->pdev
	movl	576(%eax), %eax	# _55->irq, _55->irq
	call	synchronize_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:527: 	e1000_down_and_stop(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_down_and_stop	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:529: 	adapter->link_speed = 0;
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:532: 	e1000_reset(adapter);
	movl	%esi, %eax	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_main.c:529: 	adapter->link_speed = 0;
	movl	%edx, 536(%esi)	#, MEM <unsigned int> [(short unsigned int *)adapter_13(D) + 536B]
# drivers/net/ethernet/intel/e1000/e1000_main.c:532: 	e1000_reset(adapter);
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2021: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	876(%esi), %ecx	# adapter_13(D)->num_tx_queues,
	testl	%ecx, %ecx	#
	jle	.L1599	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2021: 	for (i = 0; i < adapter->num_tx_queues; i++)
	xorl	%ebx, %ebx	# i
	.p2align 4
	.p2align 3
.L1600:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2022: 		e1000_clean_tx_ring(adapter, &adapter->tx_ring[i]);
	movl	576(%esi), %eax	# adapter_13(D)->tx_ring, adapter_13(D)->tx_ring
	leal	(%ebx,%ebx,8), %edx	#, tmp157
# drivers/net/ethernet/intel/e1000/e1000_main.c:2021: 	for (i = 0; i < adapter->num_tx_queues; i++)
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2022: 		e1000_clean_tx_ring(adapter, &adapter->tx_ring[i]);
	leal	(%eax,%edx,4), %edx	#, tmp159
	movl	%esi, %eax	# adapter,
	call	e1000_clean_tx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2021: 	for (i = 0; i < adapter->num_tx_queues; i++)
	cmpl	876(%esi), %ebx	# adapter_13(D)->num_tx_queues, i
	jl	.L1600	#,
.L1599:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	880(%esi), %eax	# adapter_13(D)->num_rx_queues,
	testl	%eax, %eax	#
	jle	.L1594	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	xorl	%ebx, %ebx	# i
	.p2align 4
	.p2align 3
.L1602:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2145: 		e1000_clean_rx_ring(adapter, &adapter->rx_ring[i]);
	movl	660(%esi), %eax	# adapter_13(D)->rx_ring, adapter_13(D)->rx_ring
	leal	(%ebx,%ebx,4), %edx	#, tmp163
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2145: 		e1000_clean_rx_ring(adapter, &adapter->rx_ring[i]);
	leal	(%eax,%edx,8), %edx	#, tmp165
	movl	%esi, %eax	# adapter,
	call	e1000_clean_rx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2144: 	for (i = 0; i < adapter->num_rx_queues; i++)
	cmpl	880(%esi), %ebx	# adapter_13(D)->num_rx_queues, i
	jl	.L1602	#,
.L1594:
# drivers/net/ethernet/intel/e1000/e1000_main.c:535: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000_down, .-e1000_down
	.p2align 4
	.type	e1000_io_error_detected, @function
e1000_io_error_detected:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp96, pdev
	movl	%edi, -4(%ebp)	#,
	movl	%edx, %edi	# tmp97, state
	movl	%ebx, -12(%ebp)	#,
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	196(%eax), %ebx	# MEM[(const struct device *)pdev_7(D) + 132B].driver_data, _14
# drivers/net/ethernet/intel/e1000/e1000_main.c:5245: 	netif_device_detach(netdev);
	movl	%ebx, %eax	# _14,
	call	netif_device_detach	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5247: 	if (state == pci_channel_io_perm_failure)
	cmpl	$3, %edi	#, state
	je	.L1612	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_14 + 36B], _22
# drivers/net/ethernet/intel/e1000/e1000_main.c:5250: 	if (netif_running(netdev))
	testb	$1, %al	#, _22
	jne	.L1617	#,
.L1609:
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $3, 3316(%ebx)	#, MEM[(volatile long unsigned int *)_1]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5253: 	if (!test_and_set_bit(__E1000_DISABLED, &adapter->flags))
#NO_APP
	.p2align 4,,3
	jnc	.L1610	#,
.L1611:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5258: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5257: 	return PCI_ERS_RESULT_NEED_RESET;
	movl	$3, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:5258: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1617:
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %eax	#, tmp92
# drivers/net/ethernet/intel/e1000/e1000_main.c:5251: 		e1000_down(adapter);
	call	e1000_down	#
	jmp	.L1609	#
	.p2align 4,,10
	.p2align 3
.L1610:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5254: 		pci_disable_device(pdev);
	movl	%esi, %eax	# pdev,
	call	pci_disable_device	#
	.p2align 4,,6
	jmp	.L1611	#
	.p2align 4,,10
	.p2align 3
.L1612:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5258: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5248: 		return PCI_ERS_RESULT_DISCONNECT;
	movl	$4, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:5258: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_io_error_detected, .-e1000_io_error_detected
	.section	.rodata.str1.4
	.align 4
.LC74:
	.string	"drivers/net/ethernet/intel/e1000/e1000_main.c"
	.text
	.p2align 4
	.type	__e1000_shutdown, @function
__e1000_shutdown:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5068: {
	movl	%eax, -24(%ebp)	# pdev, %sfp
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	196(%eax), %ebx	# MEM[(const struct device *)pdev_55(D) + 132B].driver_data, _92
# drivers/net/ethernet/intel/e1000/e1000_main.c:5068: {
	movl	%edx, -16(%ebp)	# tmp203, %sfp
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %eax	#, _91
# drivers/net/ethernet/intel/e1000/e1000_main.c:5073: 	u32 wufc = adapter->wol;
	movl	1964(%ebx), %edi	# MEM[(struct e1000_adapter *)_92 + 1440B].wol, wufc
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	%eax, -20(%ebp)	# _91, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:5075: 	netif_device_detach(netdev);
	movl	%ebx, %eax	# _92,
	call	netif_device_detach	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_92 + 36B], _88
# drivers/net/ethernet/intel/e1000/e1000_main.c:5077: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _88
	je	.L1619	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %ecx	# MEM[(const volatile long unsigned int *)_92 + 3316B], _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:5080: 		while (test_bit(__E1000_RESETTING, &adapter->flags) && count--)
	movl	$50, %esi	#, ivtmp_60
	testb	$2, %cl	#, _1
	jne	.L1620	#,
	.p2align 4
	.p2align 3
.L1623:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)_92 + 3316B], _78
# drivers/net/ethernet/intel/e1000/e1000_main.c:5083: 		WARN_ON(test_bit(__E1000_RESETTING, &adapter->flags));
	testb	$2, %al	#, _78
	jne	.L1656	#,
.L1622:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5084: 		e1000_down(adapter);
	movl	-20(%ebp), %eax	# %sfp,
	call	e1000_down	#
.L1619:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5087: 	status = er32(STATUS);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp216
	addl	$8, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5088: 	if (status & E1000_STATUS_LU)
#NO_APP
	testb	$2, %al	#, ret
	je	.L1624	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5089: 		wufc &= ~E1000_WUFC_LNKC;
	andl	$-2, %edi	#, wufc
.L1624:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5091: 	if (wufc) {
	testl	%edi, %edi	# wufc
	jne	.L1657	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5126: 		ew32(WUC, 0);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp224
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,22528(%eax)	# wufc, MEM[(volatile unsigned int *)_36]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5127: 		ew32(WUFC, 0);
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp225
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,22536(%eax)	# wufc,
# 0 "" 2
#NO_APP
.L1629:
# drivers/net/ethernet/intel/e1000/e1000_main.c:347: 	if (adapter->en_mng_pt) {
	movl	1972(%ebx), %ecx	# MEM[(struct e1000_adapter *)_92 + 1440B].en_mng_pt,
	testl	%ecx, %ecx	#
	je	.L1630	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:348: 		u32 manc = er32(MANC);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp226
	addl	$22560, %eax	#, _125
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_125], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:351: 		manc |= E1000_MANC_ARP_EN;
#NO_APP
	orl	$8192, %eax	#, manc
# drivers/net/ethernet/intel/e1000/e1000_main.c:353: 		ew32(MANC, manc);
	movl	2376(%ebx), %esi	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp227
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%esi)	# manc, MEM[(volatile unsigned int *)_129]
# 0 "" 2
#NO_APP
.L1630:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5132: 	*enable_wake = !!wufc;
	testl	%edi, %edi	# wufc
# drivers/net/ethernet/intel/e1000/e1000_main.c:5132: 	*enable_wake = !!wufc;
	movl	-16(%ebp), %edi	# %sfp, enable_wake
# drivers/net/ethernet/intel/e1000/e1000_main.c:5132: 	*enable_wake = !!wufc;
	setne	%al	#, _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:5132: 	*enable_wake = !!wufc;
	movb	%al, (%edi)	# _39, *enable_wake_68(D)
# drivers/net/ethernet/intel/e1000/e1000_main.c:5135: 	if (adapter->en_mng_pt)
	movl	1972(%ebx), %edx	# MEM[(struct e1000_adapter *)_92 + 1440B].en_mng_pt,
	testl	%edx, %edx	#
	je	.L1631	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5136: 		*enable_wake = true;
	movb	$1, %al	#, _39
.L1631:
	movl	-16(%ebp), %edi	# %sfp, enable_wake
	movb	%al, (%edi)	# _39, MEM <bool> [(void *)enable_wake_68(D)]
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_92 + 36B], _101
# drivers/net/ethernet/intel/e1000/e1000_main.c:5138: 	if (netif_running(netdev))
	testb	$1, %al	#, _101
	jne	.L1658	#,
.L1632:
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $3, 3316(%ebx)	#, MEM[(volatile long unsigned int *)_41]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5141: 	if (!test_and_set_bit(__E1000_DISABLED, &adapter->flags))
#NO_APP
	jnc	.L1659	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5145: }
	addl	$12, %esp	#,
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1660:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5080: 		while (test_bit(__E1000_RESETTING, &adapter->flags) && count--)
	decl	%esi	# ivtmp_60
	je	.L1623	#,
.L1620:
# ./include/linux/delay.h:67: 	usleep_range_state(min, max, TASK_UNINTERRUPTIBLE);
	movl	$10000, %eax	#,
	movl	$2, %ecx	#,
	movl	$20000, %edx	#,
	call	usleep_range_state	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)_92 + 3316B], _73
# drivers/net/ethernet/intel/e1000/e1000_main.c:5080: 		while (test_bit(__E1000_RESETTING, &adapter->flags) && count--)
	testb	$2, %al	#, _73
	jne	.L1660	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)_92 + 3316B], _78
# drivers/net/ethernet/intel/e1000/e1000_main.c:5083: 		WARN_ON(test_bit(__E1000_RESETTING, &adapter->flags));
	testb	$2, %al	#, _78
	je	.L1622	#,
	jmp	.L1656	#
	.p2align 4,,10
	.p2align 3
.L1659:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5142: 		pci_disable_device(pdev);
	movl	-24(%ebp), %eax	# %sfp,
	call	pci_disable_device	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5145: }
	xorl	%eax, %eax	#
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1658:
# drivers/net/ethernet/intel/e1000/e1000_main.c:273: 	free_irq(adapter->pdev->irq, netdev);
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)_92 + 1440B].pdev, MEM[(struct e1000_adapter *)_92 + 1440B].pdev
	movl	2368(%ebx), %edx	# MEM[(struct e1000_adapter *)_92 + 1440B].netdev, MEM[(struct e1000_adapter *)_92 + 1440B].netdev
	movl	576(%eax), %eax	# _105->irq, _105->irq
	call	free_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:274: }
	jmp	.L1632	#
	.p2align 4,,10
	.p2align 3
.L1657:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5092: 		e1000_setup_rctl(adapter);
	movl	-20(%ebp), %eax	# %sfp,
	call	e1000_setup_rctl	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5093: 		e1000_set_rx_mode(netdev);
	movl	%ebx, %eax	# _92,
	call	e1000_set_rx_mode	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5095: 		rctl = er32(RCTL);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp217
	addl	$256, %eax	#, _17
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_17], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5098: 		if (wufc & E1000_WUFC_MC)
#NO_APP
	testl	$8, %edi	#, wufc
	je	.L1626	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5099: 			rctl |= E1000_RCTL_MPE;
	orl	$16, %eax	#, ret
.L1626:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5102: 		ew32(RCTL, rctl | E1000_RCTL_EN);
	movl	2376(%ebx), %esi	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp218
	orl	$2, %eax	#, _21
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%esi)	# _21, MEM[(volatile unsigned int *)_20]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5104: 		if (hw->mac_type >= e1000_82540) {
#NO_APP
	cmpl	$4, 2388(%ebx)	#, MEM[(struct e1000_hw *)_92 + 2376B].mac_type
	jbe	.L1627	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5105: 			ctrl = er32(CTRL);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, _23
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_23], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5110: 			ctrl |= E1000_CTRL_ADVD3WUC |
#NO_APP
	orl	$3145728, %eax	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:5112: 			ew32(CTRL, ctrl);
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, _24
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# ctrl, MEM[(volatile unsigned int *)_24]
# 0 "" 2
#NO_APP
.L1627:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5115: 		if (hw->media_type == e1000_media_type_fiber ||
	movl	2400(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].media_type, tmp219
	decl	%eax	# tmp163
# drivers/net/ethernet/intel/e1000/e1000_main.c:5115: 		if (hw->media_type == e1000_media_type_fiber ||
	cmpl	$1, %eax	#, tmp163
	jbe	.L1661	#,
.L1628:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5123: 		ew32(WUC, E1000_WUC_PME_EN);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp222
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$2, %ecx	#, tmp169
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,22528(%eax)	# tmp169, MEM[(volatile unsigned int *)_32]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5124: 		ew32(WUFC, wufc);
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp223
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,22536(%eax)	# wufc,
# 0 "" 2
#NO_APP
	jmp	.L1629	#
	.p2align 4,,10
	.p2align 3
.L1661:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5118: 			ctrl_ext = er32(CTRL_EXT);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp220
	addl	$24, %eax	#, _28
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_28], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5120: 			ew32(CTRL_EXT, ctrl_ext);
#NO_APP
	movl	2376(%ebx), %esi	# MEM[(struct e1000_hw *)_92 + 2376B].hw_addr, tmp221
# drivers/net/ethernet/intel/e1000/e1000_main.c:5119: 			ctrl_ext |= E1000_CTRL_EXT_SDP7_DATA;
	orl	$128, %eax	#, ctrl_ext
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,24(%esi)	# ctrl_ext, MEM[(volatile unsigned int *)_30]
# 0 "" 2
#NO_APP
	jmp	.L1628	#
.L1656:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5083: 		WARN_ON(test_bit(__E1000_RESETTING, &adapter->flags));
#APP
# 5083 "drivers/net/ethernet/intel/e1000/e1000_main.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC74	# bug_entry::file	#
	.word 5083	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L1622	#
	.size	__e1000_shutdown, .-__e1000_shutdown
	.p2align 4
	.type	e1000_suspend, @function
e1000_suspend:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -8(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5153: 	retval = __e1000_shutdown(pdev, &wake);
	leal	-13(%ebp), %edx	#, tmp97
# drivers/net/ethernet/intel/e1000/e1000_main.c:5148: {
	movl	%eax, %ebx	# tmp92, dev
	movl	%esi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5148: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp94
	movl	%eax, -12(%ebp)	# tmp94, D.88427
	xorl	%eax, %eax	# tmp94
# drivers/net/ethernet/intel/e1000/e1000_main.c:5150: 	struct pci_dev *pdev = to_pci_dev(dev);
	leal	-132(%ebx), %eax	#, tmp89
# drivers/net/ethernet/intel/e1000/e1000_main.c:5151: 	bool wake;
	movb	$0, -13(%ebp)	#, wake
# drivers/net/ethernet/intel/e1000/e1000_main.c:5153: 	retval = __e1000_shutdown(pdev, &wake);
	call	__e1000_shutdown	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5154: 	device_set_wakeup_enable(dev, wake);
	movzbl	-13(%ebp), %edx	# wake, wake
# drivers/net/ethernet/intel/e1000/e1000_main.c:5153: 	retval = __e1000_shutdown(pdev, &wake);
	movl	%eax, %esi	# tmp93, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:5154: 	device_set_wakeup_enable(dev, wake);
	movl	%ebx, %eax	# dev,
	call	device_set_wakeup_enable	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5157: }
	movl	-12(%ebp), %eax	# D.88427, tmp95
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp95
	jne	.L1665	#,
	movl	-8(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L1665:
	call	__stack_chk_fail	#
	.size	e1000_suspend, .-e1000_suspend
	.p2align 4
	.type	e1000_shutdown, @function
e1000_shutdown:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5208: 	__e1000_shutdown(pdev, &wake);
	leal	-9(%ebp), %edx	#, tmp93
# drivers/net/ethernet/intel/e1000/e1000_main.c:5205: {
	movl	%eax, %ebx	# tmp89, pdev
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp90
	movl	%eax, -8(%ebp)	# tmp90, D.88431
	xorl	%eax, %eax	# tmp90
# drivers/net/ethernet/intel/e1000/e1000_main.c:5208: 	__e1000_shutdown(pdev, &wake);
	movl	%ebx, %eax	# pdev,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5206: 	bool wake;
	movb	$0, -9(%ebp)	#, wake
# drivers/net/ethernet/intel/e1000/e1000_main.c:5208: 	__e1000_shutdown(pdev, &wake);
	call	__e1000_shutdown	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5210: 	if (system_state == SYSTEM_POWER_OFF) {
	cmpl	$5, system_state	#, system_state
	je	.L1670	#,
.L1666:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5214: }
	movl	-8(%ebp), %eax	# D.88431, tmp91
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp91
	jne	.L1671	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1670:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5211: 		pci_wake_from_d3(pdev, wake);
	movzbl	-9(%ebp), %edx	# wake, wake
	movl	%ebx, %eax	# pdev,
	call	pci_wake_from_d3	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5212: 		pci_set_power_state(pdev, PCI_D3hot);
	movl	$3, %edx	#,
	movl	%ebx, %eax	# pdev,
	call	pci_set_power_state	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5214: }
	jmp	.L1666	#
.L1671:
	call	__stack_chk_fail	#
	.size	e1000_shutdown, .-e1000_shutdown
	.p2align 4
	.globl	e1000_reinit_locked
	.type	e1000_reinit_locked, @function
e1000_reinit_locked:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp93, adapter
	pushl	%ebx	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 1876(%eax)	#, MEM[(volatile long unsigned int *)_3]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:539: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jnc	.L1673	#,
	leal	1876(%eax), %ebx	#, _3
	.p2align 4
	.p2align 3
.L1674:
# drivers/net/ethernet/intel/e1000/e1000_main.c:540: 		msleep(1);
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
	lock;  btsl  $1, (%ebx)	#, MEM[(volatile long unsigned int *)_3]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:539: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jc	.L1674	#,
.L1673:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	1876(%esi), %eax	# MEM[(const volatile long unsigned int *)adapter_12(D) + 1876B], _20
# drivers/net/ethernet/intel/e1000/e1000_main.c:543: 	if (!test_bit(__E1000_DOWN, &adapter->flags)) {
	testb	$4, %al	#, _20
	je	.L1681	#,
.L1675:
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,1876(%esi)	#, MEM[(volatile char *)_3]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:549: }
#NO_APP
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1681:
# drivers/net/ethernet/intel/e1000/e1000_main.c:544: 		e1000_down(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_down	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:545: 		e1000_up(adapter);
	movl	%esi, %eax	# adapter,
	call	e1000_up	#
	jmp	.L1675	#
	.size	e1000_reinit_locked, .-e1000_reinit_locked
	.section	.rodata.str1.1
.LC75:
	.string	"Reset adapter\n"
	.section	.text.unlikely
.LCOLDB76:
	.text
.LHOTB76:
	.p2align 4
	.type	e1000_reset_task, @function
e1000_reset_task:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3505: 		container_of(work, struct e1000_adapter, reset_task);
	leal	-1896(%eax), %ebx	#, _6
# drivers/net/ethernet/intel/e1000/e1000_main.c:3507: 	e_err(drv, "Reset adapter\n");
	testb	$1, -28(%eax)	#, MEM[(struct e1000_adapter *)work_4(D) + 4294965400B].msg_enable
	jne	.L1687	#,
.L1683:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3508: 	e1000_reinit_locked(adapter);
	movl	%ebx, %eax	# _6,
	call	e1000_reinit_locked	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3509: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	e1000_reset_task.cold, @function
e1000_reset_task.cold:
.L1687:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3507: 	e_err(drv, "Reset adapter\n");
	movl	$.LC75, 4(%esp)	#,
	movl	-968(%eax), %eax	# MEM[(struct e1000_adapter *)work_4(D) + 4294965400B].netdev, MEM[(struct e1000_adapter *)work_4(D) + 4294965400B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)work_4(D) + 4294965400B].netdev,
	call	netdev_err	#
	jmp	.L1683	#
	.text
	.size	e1000_reset_task, .-e1000_reset_task
	.section	.text.unlikely
	.size	e1000_reset_task.cold, .-e1000_reset_task.cold
.LCOLDE76:
	.text
.LHOTE76:
	.section	.rodata.str1.4
	.align 4
.LC77:
	.string	"\0013e1000: Cannot enable PCI device from suspend\n"
	.section	.text.unlikely
.LCOLDB78:
	.text
.LHOTB78:
	.p2align 4
	.type	e1000_resume, @function
e1000_resume:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5161: 	struct pci_dev *pdev = to_pci_dev(dev);
	leal	-132(%eax), %edi	#, _15
# drivers/net/ethernet/intel/e1000/e1000_main.c:5160: {
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5160: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp127
	movl	%edx, -16(%ebp)	# tmp127, D.88453
	xorl	%edx, %edx	# tmp127
# ./include/linux/device.h:808: 	return dev->driver_data;
	movl	64(%eax), %ebx	# MEM[(const struct device *)dev_14(D)].driver_data, _32
# drivers/net/ethernet/intel/e1000/e1000_main.c:5168: 		err = pci_enable_device(pdev);
	movl	%edi, %eax	# _15,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5167: 	if (adapter->need_ioport)
	movl	3328(%ebx), %ecx	# MEM[(struct e1000_adapter *)_32 + 1440B].need_ioport,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %esi	#, _31
# drivers/net/ethernet/intel/e1000/e1000_main.c:5167: 	if (adapter->need_ioport)
	testl	%ecx, %ecx	#
	je	.L1690	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5168: 		err = pci_enable_device(pdev);
	call	pci_enable_device	#
	movl	%eax, %edx	# tmp124, err
.L1691:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5171: 	if (err) {
	testl	%edx, %edx	# err
	jne	.L1704	#,
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-9,3316(%ebx)	#, MEM[(volatile char *)_4]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:5179: 	pci_set_master(pdev);
#NO_APP
	movl	%edi, %eax	# _15,
	call	pci_set_master	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5181: 	pci_enable_wake(pdev, PCI_D3hot, 0);
	xorl	%ecx, %ecx	#
	movl	$3, %edx	#,
	movl	%edi, %eax	# _15,
	call	pci_enable_wake	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5182: 	pci_enable_wake(pdev, PCI_D3cold, 0);
	xorl	%ecx, %ecx	#
	movl	$4, %edx	#,
	movl	%edi, %eax	# _15,
	call	pci_enable_wake	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_32 + 36B], _40
# drivers/net/ethernet/intel/e1000/e1000_main.c:5184: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _40
	je	.L1697	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5185: 		err = e1000_request_irq(adapter);
	movl	%esi, %eax	# _31,
	call	e1000_request_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5186: 		if (err)
	testl	%eax, %eax	# <retval>
	jne	.L1689	#,
.L1697:
# drivers/net/ethernet/intel/e1000/e1000_main.c:416: 	u16 mii_reg = 0;
	movw	$0, -18(%ebp)	#, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:419: 	if (hw->media_type == e1000_media_type_copper) {
	movl	2400(%ebx), %edx	# MEM[(struct e1000_hw *)_32 + 2376B].media_type,
	testl	%edx, %edx	#
	je	.L1706	#,
.L1696:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5191: 	e1000_reset(adapter);
	movl	%esi, %eax	# _31,
	call	e1000_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5192: 	ew32(WUS, ~0);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_32 + 2376B].hw_addr, tmp131
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp117
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,22544(%eax)	# tmp117, MEM[(volatile unsigned int *)_7]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:333: 	if (adapter->en_mng_pt) {
#NO_APP
	movl	1972(%ebx), %eax	# MEM[(struct e1000_adapter *)_32 + 1440B].en_mng_pt,
	testl	%eax, %eax	#
	jne	.L1707	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_32 + 36B], _46
# drivers/net/ethernet/intel/e1000/e1000_main.c:5196: 	if (netif_running(netdev))
	testb	$1, %al	#, _46
	jne	.L1708	#,
.L1699:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5199: 	netif_device_attach(netdev);
	movl	%ebx, %eax	# _32,
	call	netif_device_attach	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5201: 	return 0;
	xorl	%eax, %eax	# <retval>
.L1689:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5202: }
	movl	-16(%ebp), %edx	# D.88453, tmp128
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp128
	jne	.L1709	#,
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1707:
# drivers/net/ethernet/intel/e1000/e1000_main.c:334: 		u32 manc = er32(MANC);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)_32 + 2376B].hw_addr, tmp132
	addl	$22560, %eax	#, _60
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_60], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:339: 		ew32(MANC, manc);
#NO_APP
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)_32 + 2376B].hw_addr, tmp133
# drivers/net/ethernet/intel/e1000/e1000_main.c:337: 		manc &= ~(E1000_MANC_ARP_EN);
	andl	$-8193, %eax	#, manc
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%ecx)	# manc, MEM[(volatile unsigned int *)_64]
# 0 "" 2
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
#NO_APP
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)_32 + 36B], _46
# drivers/net/ethernet/intel/e1000/e1000_main.c:5196: 	if (netif_running(netdev))
	testb	$1, %al	#, _46
	je	.L1699	#,
.L1708:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5197: 		e1000_up(adapter);
	movl	%esi, %eax	# _31,
	call	e1000_up	#
	jmp	.L1699	#
	.p2align 4,,10
	.p2align 3
.L1690:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5170: 		err = pci_enable_device_mem(pdev);
	call	pci_enable_device_mem	#
	movl	%eax, %edx	# tmp125, err
	.p2align 4,,6
	jmp	.L1691	#
	.p2align 4,,10
	.p2align 3
.L1706:
# drivers/net/ethernet/intel/e1000/e1000_main.c:415: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%ebx), %edi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:423: 		e1000_read_phy_reg(hw, PHY_CTRL, &mii_reg);
	xorl	%edx, %edx	#
	leal	-18(%ebp), %ecx	#, tmp130
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	movzwl	-18(%ebp), %ecx	# mii_reg, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	xorl	%edx, %edx	#
	movl	%edi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	andl	$63487, %ecx	#, _57
	movw	%cx, -18(%ebp)	# _57, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	call	e1000_write_phy_reg	#
	jmp	.L1696	#
.L1709:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5202: }
	call	__stack_chk_fail	#
	.section	.text.unlikely
	.type	e1000_resume.cold, @function
e1000_resume.cold:
.L1704:
	movl	%edx, -24(%ebp)	# err, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:5172: 		pr_err("Cannot enable PCI device from suspend\n");
	movl	$.LC77, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:5173: 		return err;
	movl	-24(%ebp), %eax	# %sfp, <retval>
	jmp	.L1689	#
	.text
	.size	e1000_resume, .-e1000_resume
	.section	.text.unlikely
	.size	e1000_resume.cold, .-e1000_resume.cold
.LCOLDE78:
	.text
.LHOTE78:
	.section	.rodata.str1.1
.LC79:
	.string	"Jumbo Frames not supported.\n"
	.section	.text.unlikely
.LCOLDB80:
	.text
.LHOTB80:
	.p2align 4
	.type	e1000_change_mtu, @function
e1000_change_mtu:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp123, new_mtu
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp122, netdev
	subl	$16, %esp	#,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, _36
# drivers/net/ethernet/intel/e1000/e1000_main.c:3527: 		if (max_frame > (ETH_FRAME_LEN + ETH_FCS_LEN)) {
	cmpl	$2, 2388(%ebx)	#, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].mac_type
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	%eax, -20(%ebp)	# _36, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3522: 	int max_frame = new_mtu + ETH_HLEN + ETH_FCS_LEN;
	leal	18(%edx), %eax	#, max_frame
	movl	%eax, -16(%ebp)	# max_frame, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3527: 		if (max_frame > (ETH_FRAME_LEN + ETH_FCS_LEN)) {
	ja	.L1724	#,
	cmpl	$1518, %eax	#, max_frame
	jg	.L1711	#,
.L1724:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3537: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
	leal	3316(%ebx), %edi	#, _37
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 3316(%ebx)	#, MEM[(volatile long unsigned int *)_37]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3537: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jnc	.L1718	#,
	.p2align 4
	.p2align 3
.L1713:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3538: 		msleep(1);
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
	lock;  btsl  $1, (%edi)	#, MEM[(volatile long unsigned int *)_37]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3537: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags))
#NO_APP
	jc	.L1713	#,
.L1718:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3540: 	hw->max_frame_size = max_frame;
	movl	-16(%ebp), %eax	# %sfp, max_frame
	movl	%eax, 2500(%ebx)	# max_frame, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].max_frame_size
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_20(D) + 36B], _44
# drivers/net/ethernet/intel/e1000/e1000_main.c:3541: 	if (netif_running(netdev)) {
	testb	$1, %al	#, _44
	jne	.L1736	#,
.L1715:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3555: 	if (max_frame <= E1000_RXBUFFER_2048)
	cmpl	$2048, -16(%ebp)	#, %sfp
	jle	.L1737	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3561: 		adapter->rx_buffer_len = PAGE_SIZE;
	movl	$4096, %edx	#,
	movl	%edx, 1960(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].rx_buffer_len
.L1720:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3572: 	netdev->mtu = new_mtu;
	movl	%esi, 128(%ebx)	# new_mtu, netdev_20(D)->mtu
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_20(D) + 36B], _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:3574: 	if (netif_running(netdev))
	testb	$1, %al	#, _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:3575: 		e1000_up(adapter);
	movl	-20(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3574: 	if (netif_running(netdev))
	je	.L1722	#,
.L1738:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3575: 		e1000_up(adapter);
	call	e1000_up	#
.L1723:
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%ebx)	#, MEM[(volatile char *)_37]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3581: 	return 0;
#NO_APP
	xorl	%eax, %eax	# <retval>
.L1710:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3582: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1737:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3565: 	if (!hw->tbi_compatibility_on &&
	cmpb	$0, 2619(%ebx)	#, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].tbi_compatibility_on
# drivers/net/ethernet/intel/e1000/e1000_main.c:3556: 		adapter->rx_buffer_len = E1000_RXBUFFER_2048;
	movl	$2048, %ecx	#,
	movl	%ecx, 1960(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].rx_buffer_len
# drivers/net/ethernet/intel/e1000/e1000_main.c:3565: 	if (!hw->tbi_compatibility_on &&
	jne	.L1720	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3566: 	    ((max_frame == (ETH_FRAME_LEN + ETH_FCS_LEN)) ||
	leal	-1500(%esi), %eax	#, tmp117
# drivers/net/ethernet/intel/e1000/e1000_main.c:3565: 	if (!hw->tbi_compatibility_on &&
	andl	$-5, %eax	#, tmp117
	jne	.L1720	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3572: 	netdev->mtu = new_mtu;
	movl	%esi, 128(%ebx)	# new_mtu, netdev_20(D)->mtu
# drivers/net/ethernet/intel/e1000/e1000_main.c:3568: 		adapter->rx_buffer_len = MAXIMUM_ETHERNET_VLAN_SIZE;
	movl	$1522, %eax	#,
	movl	%eax, 1960(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].rx_buffer_len
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_20(D) + 36B], _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:3574: 	if (netif_running(netdev))
	testb	$1, %al	#, _51
# drivers/net/ethernet/intel/e1000/e1000_main.c:3575: 		e1000_up(adapter);
	movl	-20(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3574: 	if (netif_running(netdev))
	jne	.L1738	#,
.L1722:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3577: 		e1000_reset(adapter);
	call	e1000_reset	#
	jmp	.L1723	#
	.p2align 4,,10
	.p2align 3
.L1736:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3544: 		e1000_down(adapter);
	movl	-20(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3543: 		adapter->alloc_rx_buf = e1000_alloc_dummy_rx_buffers;
	movl	$e1000_alloc_dummy_rx_buffers, %edi	#,
	movl	%edi, 2096(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].alloc_rx_buf
# drivers/net/ethernet/intel/e1000/e1000_main.c:3544: 		e1000_down(adapter);
	call	e1000_down	#
	jmp	.L1715	#
.L1711:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3528: 			e_err(probe, "Jumbo Frames not supported.\n");
	testb	$2, 3308(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].msg_enable
	jne	.L1733	#,
.L1716:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3529: 			return -EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L1710	#
	.section	.text.unlikely
	.type	e1000_change_mtu.cold, @function
e1000_change_mtu.cold:
.L1733:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3528: 			e_err(probe, "Jumbo Frames not supported.\n");
	movl	$.LC79, 4(%esp)	#,
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].netdev
	movl	%eax, (%esp)	# MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].netdev,
	call	netdev_err	#
	jmp	.L1716	#
	.text
	.size	e1000_change_mtu, .-e1000_change_mtu
	.section	.text.unlikely
	.size	e1000_change_mtu.cold, .-e1000_change_mtu.cold
.LCOLDE80:
	.text
.LHOTE80:
	.p2align 4
	.type	e1000_set_features, @function
e1000_set_features:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp146, netdev
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# features, tmp147
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:806: {
	movl	%ecx, %edi	# features,
# drivers/net/ethernet/intel/e1000/e1000_main.c:808: 	netdev_features_t changed = features ^ netdev->features;
	xorl	136(%eax), %edx	# netdev_11(D)->features, changed
	xorl	140(%eax), %ecx	# netdev_11(D)->features, changed
	movl	%edx, -20(%ebp)	# changed, %sfp
	movl	%edx, %eax	# changed, changed
	movl	%ecx, -16(%ebp)	# changed, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:810: 	if (changed & NETIF_F_HW_VLAN_CTAG_RX)
	andl	$256, %eax	#, tmp148
# drivers/net/ethernet/intel/e1000/e1000_main.c:810: 	if (changed & NETIF_F_HW_VLAN_CTAG_RX)
	orl	$0, %eax	#, tmp154
	jne	.L1751	#,
.L1741:
# drivers/net/ethernet/intel/e1000/e1000_main.c:813: 	if (!(changed & (NETIF_F_RXCSUM | NETIF_F_RXALL)))
	movl	-16(%ebp), %eax	# %sfp, tmp153
	andl	$4352, %eax	#, tmp153
# drivers/net/ethernet/intel/e1000/e1000_main.c:813: 	if (!(changed & (NETIF_F_RXCSUM | NETIF_F_RXALL)))
	orl	$0, %eax	#, tmp139
	je	.L1749	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:816: 	netdev->features = features;
	movl	%esi, 136(%ebx)	# features, netdev_11(D)->features
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	leal	1440(%ebx), %edx	#, _12
# drivers/net/ethernet/intel/e1000/e1000_main.c:817: 	adapter->rx_csum = !!(features & NETIF_F_RXCSUM);
	movl	%edi, %eax	# features, tmp144
# drivers/net/ethernet/intel/e1000/e1000_main.c:816: 	netdev->features = features;
	movl	%edi, 140(%ebx)	# features, netdev_11(D)->features
# drivers/net/ethernet/intel/e1000/e1000_main.c:817: 	adapter->rx_csum = !!(features & NETIF_F_RXCSUM);
	shrl	$8, %eax	#, tmp144
	andb	$1, %al	#, tmp141
	movb	%al, 2352(%ebx)	# tmp141, MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].rx_csum
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_11(D) + 36B], _27
# drivers/net/ethernet/intel/e1000/e1000_main.c:819: 	if (netif_running(netdev))
	testb	$1, %al	#, _27
# drivers/net/ethernet/intel/e1000/e1000_main.c:820: 		e1000_reinit_locked(adapter);
	movl	%edx, %eax	# _12,
# drivers/net/ethernet/intel/e1000/e1000_main.c:819: 	if (netif_running(netdev))
	jne	.L1752	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:822: 		e1000_reset(adapter);
	call	e1000_reset	#
.L1748:
# drivers/net/ethernet/intel/e1000/e1000_main.c:825: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:824: 	return 1;
	movl	$1, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:825: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1752:
# drivers/net/ethernet/intel/e1000/e1000_main.c:820: 		e1000_reinit_locked(adapter);
	call	e1000_reinit_locked	#
	jmp	.L1748	#
	.p2align 4,,10
	.p2align 3
.L1749:
# drivers/net/ethernet/intel/e1000/e1000_main.c:825: }
	movl	-12(%ebp), %ebx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:814: 		return 0;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:825: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1751:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_11(D) + 3316B], _39
# drivers/net/ethernet/intel/e1000/e1000_main.c:4944: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _39
	je	.L1753	#,
.L1742:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4900: 	ctrl = er32(CTRL);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, _44
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ecx	# MEM[(volatile unsigned int *)_44], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4901: 	if (features & NETIF_F_HW_VLAN_CTAG_RX) {
#NO_APP
	movl	%esi, %eax	# features, tmp150
	andl	$256, %eax	#, tmp150
# drivers/net/ethernet/intel/e1000/e1000_main.c:4901: 	if (features & NETIF_F_HW_VLAN_CTAG_RX) {
	orl	$0, %eax	#, tmp150
# drivers/net/ethernet/intel/e1000/e1000_main.c:4903: 		ctrl |= E1000_CTRL_VME;
	movl	%ecx, %eax	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:4901: 	if (features & NETIF_F_HW_VLAN_CTAG_RX) {
	jne	.L1754	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4906: 		ctrl &= ~E1000_CTRL_VME;
	andl	$-1073741825, %eax	#, ret
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp165
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# ctrl,
# 0 "" 2
#NO_APP
.L1744:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_11(D) + 3316B], _55
# drivers/net/ethernet/intel/e1000/e1000_main.c:4949: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _55
	jne	.L1741	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp166
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %ecx	#, tmp167
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,208(%eax)	# tmp167, MEM[(volatile unsigned int *)_61]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp168
	addl	$8, %eax	#, _63
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_63], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:299: }
#NO_APP
	jmp	.L1741	#
	.p2align 4,,10
	.p2align 3
.L1754:
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	2376(%ebx), %ecx	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp164
# drivers/net/ethernet/intel/e1000/e1000_main.c:4903: 		ctrl |= E1000_CTRL_VME;
	orl	$1073741824, %eax	#, ret
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# ctrl,
# 0 "" 2
#NO_APP
	jmp	.L1744	#
	.p2align 4,,10
	.p2align 3
.L1753:
# drivers/net/ethernet/intel/e1000/e1000_main.c:284: 	ew32(IMC, ~0);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp159
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %ecx	#, tmp160
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,216(%eax)	# tmp160, MEM[(volatile unsigned int *)_66]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:285: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_11(D) + 2376B].hw_addr, tmp161
	addl	$8, %eax	#, _68
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_68], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:286: 	synchronize_irq(adapter->pdev->irq);
#NO_APP
	movl	2372(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_11(D) + 1440B].pdev
	movl	576(%eax), %eax	# _70->irq, _70->irq
	call	synchronize_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:287: }
	jmp	.L1742	#
	.size	e1000_set_features, .-e1000_set_features
	.section	.rodata.str1.4
	.align 4
.LC81:
	.string	"txdr align check failed: %u bytes at %p\n"
	.align 4
.LC82:
	.string	"Unable to allocate aligned memory for the transmit descriptor ring\n"
	.align 4
.LC83:
	.string	"Allocation for Tx Queue %u failed\n"
	.section	.text.unlikely
.LCOLDB84:
	.text
.LHOTB84:
	.p2align 4
	.globl	e1000_setup_all_tx_resources
	.type	e1000_setup_all_tx_resources, @function
e1000_setup_all_tx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp220, adapter
	pushl	%ebx	#
	subl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	movl	$0, -16(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	movl	876(%eax), %edx	# adapter_22(D)->num_tx_queues,
	testl	%edx, %edx	#
	jg	.L1756	#,
	jmp	.L1775	#
	.p2align 4,,10
	.p2align 3
.L1768:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1554: 	memset(txdr->desc, 0, txdr->size);
	testb	$4, %dl	#, _43
	je	.L1772	#,
	movl	$0, (%edi)	#,* _41
	addl	$4, %edi	#, _41
.L1772:
	testb	$2, %dl	#, _43
	je	.L1773	#,
	movw	$0, (%edi)	#,* _41
	addl	$2, %edi	#, _41
.L1773:
	testb	$1, %dl	#, _43
	je	.L1774	#,
	movb	$0, (%edi)	#,* _41
.L1774:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	incl	-16(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1556: 	txdr->next_to_use = 0;
	movl	$0, 16(%ebx)	#, _4->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:1557: 	txdr->next_to_clean = 0;
	movl	$0, 20(%ebx)	#, _4->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	cmpl	%eax, 876(%esi)	# i, adapter_22(D)->num_tx_queues
	jle	.L1775	#,
.L1756:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1574: 		err = e1000_setup_tx_resources(adapter, &adapter->tx_ring[i]);
	movl	-16(%ebp), %eax	# %sfp, i
	movl	576(%esi), %edx	# adapter_22(D)->tx_ring, adapter_22(D)->tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1501: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%esi), %edi	# adapter_22(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1574: 		err = e1000_setup_tx_resources(adapter, &adapter->tx_ring[i]);
	leal	(%eax,%eax,8), %eax	#, tmp153
	leal	(%edx,%eax,4), %ebx	#, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:1504: 	size = sizeof(struct e1000_tx_buffer) * txdr->count;
	movl	12(%ebx), %eax	# _4->count, _4->count
	leal	(%eax,%eax,2), %eax	#, tmp159
	sall	$3, %eax	#, tmp160
# drivers/net/ethernet/intel/e1000/e1000_main.c:1505: 	txdr->buffer_info = vzalloc(size);
	call	vzalloc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1505: 	txdr->buffer_info = vzalloc(size);
	movl	%eax, 24(%ebx)	# tmp161, _4->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:1506: 	if (!txdr->buffer_info)
	testl	%eax, %eax	# tmp161
	je	.L1758	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1511: 	txdr->size = txdr->count * sizeof(struct e1000_tx_desc);
	movl	12(%ebx), %edx	# _4->count, tmp162
# drivers/net/ethernet/intel/e1000/e1000_main.c:1514: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	leal	132(%edi), %eax	#, _40
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	xorl	%edi, %edi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1514: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	movl	%eax, -20(%ebp)	# _40, %sfp
	leal	4(%ebx), %ecx	#, _39
	movl	%ecx, -24(%ebp)	# _39, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1511: 	txdr->size = txdr->count * sizeof(struct e1000_tx_desc);
	sall	$4, %edx	#, tmp162
# drivers/net/ethernet/intel/e1000/e1000_main.c:1512: 	txdr->size = ALIGN(txdr->size, 4096);
	addl	$4095, %edx	#, tmp164
	andl	$-4096, %edx	#, _38
# drivers/net/ethernet/intel/e1000/e1000_main.c:1512: 	txdr->size = ALIGN(txdr->size, 4096);
	movl	%edx, 8(%ebx)	# _38, _4->size
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%edi, 4(%esp)	#,
	movl	$3264, (%esp)	#,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1514: 	txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size, &txdr->dma,
	movl	%eax, (%ebx)	# _41, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1516: 	if (!txdr->desc) {
	testl	%eax, %eax	# _41
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%eax, %edi	# tmp222, _41
# drivers/net/ethernet/intel/e1000/e1000_main.c:1516: 	if (!txdr->desc) {
	je	.L1767	#,
.L1760:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	948(%esi), %eax	# MEM[(struct e1000_hw *)adapter_22(D) + 936B].mac_type, _65
# drivers/net/ethernet/intel/e1000/e1000_main.c:1523: 	if (!e1000_check_64k_bound(adapter, txdr->desc, txdr->size)) {
	movl	8(%ebx), %edx	# _4->size, _43
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %ecx	#, tmp166
	cmpl	$1, %ecx	#, tmp166
	jbe	.L1780	#,
	cmpl	$6, %eax	#, _65
	je	.L1780	#,
.L1761:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1554: 	memset(txdr->desc, 0, txdr->size);
	cmpl	$8, %edx	#, _43
	jb	.L1768	#,
	testl	$1, %edi	#, _41
	jne	.L1836	#,
.L1769:
	testl	$2, %edi	#, _41
	jne	.L1837	#,
.L1770:
	testl	$4, %edi	#, _41
	jne	.L1838	#,
.L1771:
	movl	%edx, %ecx	# _43, tmp200
	xorl	%eax, %eax	# tmp196
	shrl	$2, %ecx	#, tmp200
	andl	$3, %edx	#, _43
	rep stosl
	jmp	.L1768	#
	.p2align 4,,10
	.p2align 3
.L1780:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	leal	-1(%edi,%edx), %eax	#, tmp172
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%edi, %eax	# _41, tmp173
# drivers/net/ethernet/intel/e1000/e1000_main.c:1523: 	if (!e1000_check_64k_bound(adapter, txdr->desc, txdr->size)) {
	shrl	$16, %eax	#, tmp225
	je	.L1761	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1525: 		dma_addr_t olddma = txdr->dma;
	movl	4(%ebx), %eax	# _4->dma, olddma
# drivers/net/ethernet/intel/e1000/e1000_main.c:1526: 		e_err(tx_err, "txdr align check failed: %u bytes at %p\n",
	testb	$-128, 1868(%esi)	#, adapter_22(D)->msg_enable
# drivers/net/ethernet/intel/e1000/e1000_main.c:1525: 		dma_addr_t olddma = txdr->dma;
	movl	%eax, -28(%ebp)	# olddma, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1526: 		e_err(tx_err, "txdr align check failed: %u bytes at %p\n",
	jne	.L1828	#,
.L1763:
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	$3264, (%esp)	#,
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	-24(%ebp), %ecx	# %sfp,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1529: 		txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size,
	movl	%eax, (%ebx)	# _50, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1532: 		if (!txdr->desc) {
	testl	%eax, %eax	# _50
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%eax, %ecx	# tmp223, _50
# drivers/net/ethernet/intel/e1000/e1000_main.c:1532: 		if (!txdr->desc) {
	je	.L1839	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1538: 		if (!e1000_check_64k_bound(adapter, txdr->desc, txdr->size)) {
	movl	8(%ebx), %eax	# _4->size, _52
	movl	%eax, -24(%ebp)	# _52, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	948(%esi), %eax	# MEM[(struct e1000_hw *)adapter_22(D) + 936B].mac_type, _76
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %edx	#, tmp179
	cmpl	$1, %edx	#, tmp179
	jbe	.L1781	#,
	cmpl	$6, %eax	#, _76
	je	.L1781	#,
.L1765:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	%edi, %ecx	# _41,
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %eax	# %sfp, olddma
	movl	%eax, (%esp)	# olddma,
	movl	-24(%ebp), %edx	# %sfp,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1554: 	memset(txdr->desc, 0, txdr->size);
	movl	8(%ebx), %edx	# _4->size, _43
	movl	(%ebx), %edi	# _4->desc, _41
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	jmp	.L1761	#
	.p2align 4,,10
	.p2align 3
.L1781:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	movl	-24(%ebp), %eax	# %sfp, _52
	leal	-1(%ecx,%eax), %eax	#, tmp185
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%ecx, %eax	# _50, tmp186
# drivers/net/ethernet/intel/e1000/e1000_main.c:1538: 		if (!e1000_check_64k_bound(adapter, txdr->desc, txdr->size)) {
	shrl	$16, %eax	#, tmp226
	je	.L1765	#,
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	-24(%ebp), %edx	# %sfp, _52
	movl	%eax, 4(%esp)	#,
	movl	4(%ebx), %eax	# _4->dma, _4->dma
	movl	%eax, (%esp)	# _4->dma,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
	xorl	%eax, %eax	#
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %ecx	# %sfp, olddma
	movl	%ecx, (%esp)	# olddma,
	movl	%edi, %ecx	# _41,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1544: 			e_err(probe, "Unable to allocate aligned memory "
	testb	$2, 1868(%esi)	#, adapter_22(D)->msg_enable
	jne	.L1829	#,
.L1767:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1546: 			vfree(txdr->buffer_info);
	movl	24(%ebx), %eax	# _4->buffer_info, _4->buffer_info
	call	vfree	#
.L1758:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1576: 			e_err(probe, "Allocation for Tx Queue %u failed\n", i);
	testb	$2, 1868(%esi)	#, adapter_22(D)->msg_enable
	jne	.L1830	#,
.L1776:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1577: 			for (i-- ; i >= 0; i--)
	movl	-16(%ebp), %eax	# %sfp, i
	decl	%eax	# i
	js	.L1778	#,
	movl	%esi, -16(%ebp)	# adapter, %sfp
	movl	%eax, %edi	# i, i
	.p2align 4
	.p2align 3
.L1777:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1578: 				e1000_free_tx_resources(adapter,
	movl	-16(%ebp), %ecx	# %sfp, adapter
	leal	(%edi,%edi,8), %edx	#, tmp209
	movl	576(%ecx), %eax	# adapter_22(D)->tx_ring, adapter_22(D)->tx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1927: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%ecx), %esi	# adapter_22(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1578: 				e1000_free_tx_resources(adapter,
	leal	(%eax,%edx,4), %ebx	#, _10
# drivers/net/ethernet/intel/e1000/e1000_main.c:1929: 	e1000_clean_tx_ring(adapter, tx_ring);
	movl	%ecx, %eax	# adapter,
	movl	%ebx, %edx	# _10,
	call	e1000_clean_tx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1931: 	vfree(tx_ring->buffer_info);
	movl	24(%ebx), %eax	# _10->buffer_info, _10->buffer_info
	call	vfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1934: 	dma_free_coherent(&pdev->dev, tx_ring->size, tx_ring->desc,
	movl	%esi, %eax	# pdev, pdev
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%esi, %esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1932: 	tx_ring->buffer_info = NULL;
	movl	$0, 24(%ebx)	#, _10->buffer_info
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	(%ebx), %ecx	# _10->desc, _10->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1934: 	dma_free_coherent(&pdev->dev, tx_ring->size, tx_ring->desc,
	addl	$132, %eax	#, tmp215
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	8(%ebx), %edx	# _10->size, _10->size
	movl	%esi, 4(%esp)	#,
	movl	4(%ebx), %esi	# _10->dma, tmp253
	movl	%esi, (%esp)	# tmp253,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1577: 			for (i-- ; i >= 0; i--)
	subl	$1, %edi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1937: 	tx_ring->desc = NULL;
	movl	$0, (%ebx)	#, _10->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1577: 			for (i-- ; i >= 0; i--)
	jnb	.L1777	#,
.L1778:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1585: }
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	movl	$-12, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1585: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1775:
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1573: 	for (i = 0; i < adapter->num_tx_queues; i++) {
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1585: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1838:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1554: 	memset(txdr->desc, 0, txdr->size);
	movl	$0, (%edi)	#,* _41
	subl	$4, %edx	#, _43
	addl	$4, %edi	#, _41
	jmp	.L1771	#
	.p2align 4,,10
	.p2align 3
.L1837:
	movw	$0, (%edi)	#,* _41
	subl	$2, %edx	#, _43
	addl	$2, %edi	#, _41
	jmp	.L1770	#
	.p2align 4,,10
	.p2align 3
.L1836:
	movb	$0, (%edi)	#,* _41
	decl	%edx	# _43
	incl	%edi	# _41
	jmp	.L1769	#
.L1839:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%edi, %ecx	# _41,
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %eax	# %sfp, olddma
	movl	%eax, (%esp)	# olddma,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1535: 			goto setup_tx_desc_die;
	jmp	.L1767	#
	.section	.text.unlikely
	.type	e1000_setup_all_tx_resources.cold, @function
e1000_setup_all_tx_resources.cold:
.L1829:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1544: 			e_err(probe, "Unable to allocate aligned memory "
	movl	$.LC82, 4(%esp)	#,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
	jmp	.L1767	#
.L1828:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1526: 		e_err(tx_err, "txdr align check failed: %u bytes at %p\n",
	movl	%edx, 8(%esp)	# _43,
	movl	%edi, 12(%esp)	# _41,
	movl	$.LC81, 4(%esp)	#,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1529: 		txdr->desc = dma_alloc_coherent(&pdev->dev, txdr->size,
	movl	8(%ebx), %edx	# _4->size, _43
	jmp	.L1763	#
.L1830:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1576: 			e_err(probe, "Allocation for Tx Queue %u failed\n", i);
	movl	-16(%ebp), %eax	# %sfp, i
	movl	$.LC83, 4(%esp)	#,
	movl	%eax, 8(%esp)	# i,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
	jmp	.L1776	#
	.text
	.size	e1000_setup_all_tx_resources, .-e1000_setup_all_tx_resources
	.section	.text.unlikely
	.size	e1000_setup_all_tx_resources.cold, .-e1000_setup_all_tx_resources.cold
.LCOLDE84:
	.text
.LHOTE84:
	.section	.rodata.str1.4
	.align 4
.LC85:
	.string	"rxdr align check failed: %u bytes at %p\n"
	.align 4
.LC86:
	.string	"Unable to allocate aligned memory for the Rx descriptor ring\n"
	.align 4
.LC87:
	.string	"Allocation for Rx Queue %u failed\n"
	.section	.text.unlikely
.LCOLDB88:
	.text
.LHOTB88:
	.p2align 4
	.globl	e1000_setup_all_rx_resources
	.type	e1000_setup_all_rx_resources, @function
e1000_setup_all_rx_resources:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp215, adapter
	pushl	%ebx	#
	subl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	movl	$0, -16(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	movl	880(%eax), %edx	# adapter_22(D)->num_rx_queues,
	testl	%edx, %edx	#
	jg	.L1841	#,
	jmp	.L1860	#
	.p2align 4,,10
	.p2align 3
.L1853:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1745: 	memset(rxdr->desc, 0, rxdr->size);
	testb	$4, %dl	#, _43
	je	.L1857	#,
	movl	$0, (%edi)	#,* _41
	addl	$4, %edi	#, _41
.L1857:
	testb	$2, %dl	#, _43
	je	.L1858	#,
	movw	$0, (%edi)	#,* _41
	addl	$2, %edi	#, _41
.L1858:
	testb	$1, %dl	#, _43
	je	.L1859	#,
	movb	$0, (%edi)	#,* _41
.L1859:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	incl	-16(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1747: 	rxdr->next_to_clean = 0;
	movl	$0, 20(%ebx)	#, _4->next_to_clean
# drivers/net/ethernet/intel/e1000/e1000_main.c:1748: 	rxdr->next_to_use = 0;
	movl	$0, 16(%ebx)	#, _4->next_to_use
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1749: 	rxdr->rx_skb_top = NULL;
	movl	$0, 28(%ebx)	#, _4->rx_skb_top
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	cmpl	%eax, 880(%esi)	# i, adapter_22(D)->num_rx_queues
	jle	.L1860	#,
.L1841:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1766: 		err = e1000_setup_rx_resources(adapter, &adapter->rx_ring[i]);
	movl	-16(%ebp), %eax	# %sfp, i
	movl	660(%esi), %edx	# adapter_22(D)->rx_ring, adapter_22(D)->rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:1691: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%esi), %edi	# adapter_22(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1766: 		err = e1000_setup_rx_resources(adapter, &adapter->rx_ring[i]);
	leal	(%eax,%eax,4), %eax	#, tmp152
	leal	(%edx,%eax,8), %ebx	#, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:1694: 	size = sizeof(struct e1000_rx_buffer) * rxdr->count;
	movl	12(%ebx), %eax	# _4->count, tmp232
	sall	$3, %eax	#, tmp155
# drivers/net/ethernet/intel/e1000/e1000_main.c:1695: 	rxdr->buffer_info = vzalloc(size);
	call	vzalloc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1695: 	rxdr->buffer_info = vzalloc(size);
	movl	%eax, 24(%ebx)	# tmp157, _4->buffer_info
# drivers/net/ethernet/intel/e1000/e1000_main.c:1696: 	if (!rxdr->buffer_info)
	testl	%eax, %eax	# tmp157
	je	.L1843	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1703: 	rxdr->size = rxdr->count * desc_len;
	movl	12(%ebx), %edx	# _4->count, tmp158
# drivers/net/ethernet/intel/e1000/e1000_main.c:1706: 	rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size, &rxdr->dma,
	leal	132(%edi), %eax	#, _40
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	xorl	%edi, %edi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1706: 	rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size, &rxdr->dma,
	movl	%eax, -20(%ebp)	# _40, %sfp
	leal	4(%ebx), %ecx	#, _39
	movl	%ecx, -24(%ebp)	# _39, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1703: 	rxdr->size = rxdr->count * desc_len;
	sall	$4, %edx	#, tmp158
# drivers/net/ethernet/intel/e1000/e1000_main.c:1704: 	rxdr->size = ALIGN(rxdr->size, 4096);
	addl	$4095, %edx	#, tmp160
	andl	$-4096, %edx	#, _38
# drivers/net/ethernet/intel/e1000/e1000_main.c:1704: 	rxdr->size = ALIGN(rxdr->size, 4096);
	movl	%edx, 8(%ebx)	# _38, _4->size
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%edi, 4(%esp)	#,
	movl	$3264, (%esp)	#,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1706: 	rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size, &rxdr->dma,
	movl	%eax, (%ebx)	# _41, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1708: 	if (!rxdr->desc) {
	testl	%eax, %eax	# _41
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%eax, %edi	# tmp217, _41
# drivers/net/ethernet/intel/e1000/e1000_main.c:1708: 	if (!rxdr->desc) {
	je	.L1845	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	948(%esi), %eax	# MEM[(struct e1000_hw *)adapter_22(D) + 936B].mac_type, _64
# drivers/net/ethernet/intel/e1000/e1000_main.c:1715: 	if (!e1000_check_64k_bound(adapter, rxdr->desc, rxdr->size)) {
	movl	8(%ebx), %edx	# _4->size, _43
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %ecx	#, tmp162
	cmpl	$1, %ecx	#, tmp162
	jbe	.L1865	#,
	cmpl	$6, %eax	#, _64
	je	.L1865	#,
.L1846:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1745: 	memset(rxdr->desc, 0, rxdr->size);
	cmpl	$8, %edx	#, _43
	jb	.L1853	#,
	testl	$1, %edi	#, _41
	jne	.L1921	#,
.L1854:
	testl	$2, %edi	#, _41
	jne	.L1922	#,
.L1855:
	testl	$4, %edi	#, _41
	jne	.L1923	#,
.L1856:
	movl	%edx, %ecx	# _43, tmp195
	xorl	%eax, %eax	# tmp191
	shrl	$2, %ecx	#, tmp195
	andl	$3, %edx	#, _43
	rep stosl
	jmp	.L1853	#
	.p2align 4,,10
	.p2align 3
.L1865:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	leal	-1(%edi,%edx), %eax	#, tmp168
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%edi, %eax	# _41, tmp169
# drivers/net/ethernet/intel/e1000/e1000_main.c:1715: 	if (!e1000_check_64k_bound(adapter, rxdr->desc, rxdr->size)) {
	shrl	$16, %eax	#, tmp220
	je	.L1846	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1717: 		dma_addr_t olddma = rxdr->dma;
	movl	4(%ebx), %eax	# _4->dma, olddma
# drivers/net/ethernet/intel/e1000/e1000_main.c:1718: 		e_err(rx_err, "rxdr align check failed: %u bytes at %p\n",
	testb	$64, 1868(%esi)	#, adapter_22(D)->msg_enable
# drivers/net/ethernet/intel/e1000/e1000_main.c:1717: 		dma_addr_t olddma = rxdr->dma;
	movl	%eax, -28(%ebp)	# olddma, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1718: 		e_err(rx_err, "rxdr align check failed: %u bytes at %p\n",
	jne	.L1913	#,
.L1848:
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	$3264, (%esp)	#,
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	-24(%ebp), %ecx	# %sfp,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_alloc_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1721: 		rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size,
	movl	%eax, (%ebx)	# _50, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1724: 		if (!rxdr->desc) {
	testl	%eax, %eax	# _50
# ./include/linux/dma-mapping.h:424: 	return dma_alloc_attrs(dev, size, dma_handle, gfp,
	movl	%eax, %ecx	# tmp218, _50
# drivers/net/ethernet/intel/e1000/e1000_main.c:1724: 		if (!rxdr->desc) {
	je	.L1924	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1730: 		if (!e1000_check_64k_bound(adapter, rxdr->desc, rxdr->size)) {
	movl	8(%ebx), %eax	# _4->size, _52
	movl	%eax, -24(%ebp)	# _52, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1482: 	if (hw->mac_type == e1000_82545 ||
	movl	948(%esi), %eax	# MEM[(struct e1000_hw *)adapter_22(D) + 936B].mac_type, _75
# drivers/net/ethernet/intel/e1000/e1000_main.c:1483: 	    hw->mac_type == e1000_ce4100 ||
	leal	-8(%eax), %edx	#, tmp175
	cmpl	$1, %edx	#, tmp175
	jbe	.L1866	#,
	cmpl	$6, %eax	#, _75
	je	.L1866	#,
.L1850:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	%edi, %ecx	# _41,
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %eax	# %sfp, olddma
	movl	%eax, (%esp)	# olddma,
	movl	-24(%ebp), %edx	# %sfp,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1745: 	memset(rxdr->desc, 0, rxdr->size);
	movl	8(%ebx), %edx	# _4->size, _43
	movl	(%ebx), %edi	# _4->desc, _41
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	jmp	.L1846	#
	.p2align 4,,10
	.p2align 3
.L1866:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	movl	-24(%ebp), %eax	# %sfp, _52
	leal	-1(%ecx,%eax), %eax	#, tmp181
# drivers/net/ethernet/intel/e1000/e1000_main.c:1485: 		return ((begin ^ (end - 1)) >> 16) == 0;
	xorl	%ecx, %eax	# _50, tmp182
# drivers/net/ethernet/intel/e1000/e1000_main.c:1730: 		if (!e1000_check_64k_bound(adapter, rxdr->desc, rxdr->size)) {
	shrl	$16, %eax	#, tmp221
	je	.L1850	#,
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	-24(%ebp), %edx	# %sfp, _52
	movl	%eax, 4(%esp)	#,
	movl	4(%ebx), %eax	# _4->dma, _4->dma
	movl	%eax, (%esp)	# _4->dma,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
	xorl	%eax, %eax	#
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %ecx	# %sfp, olddma
	movl	%ecx, (%esp)	# olddma,
	movl	%edi, %ecx	# _41,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1736: 			e_err(probe, "Unable to allocate aligned memory for "
	testb	$2, 1868(%esi)	#, adapter_22(D)->msg_enable
	jne	.L1914	#,
.L1845:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1710: 		vfree(rxdr->buffer_info);
	movl	24(%ebx), %eax	# _4->buffer_info, _4->buffer_info
	call	vfree	#
.L1843:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1768: 			e_err(probe, "Allocation for Rx Queue %u failed\n", i);
	testb	$2, 1868(%esi)	#, adapter_22(D)->msg_enable
	jne	.L1915	#,
.L1861:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1769: 			for (i-- ; i >= 0; i--)
	movl	-16(%ebp), %eax	# %sfp, i
	decl	%eax	# i
	js	.L1863	#,
	movl	%esi, -16(%ebp)	# adapter, %sfp
	movl	%eax, %edi	# i, i
	.p2align 4
	.p2align 3
.L1862:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1770: 				e1000_free_rx_resources(adapter,
	movl	-16(%ebp), %ecx	# %sfp, adapter
	leal	(%edi,%edi,4), %edx	#, tmp204
	movl	660(%ecx), %eax	# adapter_22(D)->rx_ring, adapter_22(D)->rx_ring
# drivers/net/ethernet/intel/e1000/e1000_main.c:2035: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%ecx), %esi	# adapter_22(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1770: 				e1000_free_rx_resources(adapter,
	leal	(%eax,%edx,8), %ebx	#, _10
# drivers/net/ethernet/intel/e1000/e1000_main.c:2037: 	e1000_clean_rx_ring(adapter, rx_ring);
	movl	%ecx, %eax	# adapter,
	movl	%ebx, %edx	# _10,
	call	e1000_clean_rx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2039: 	vfree(rx_ring->buffer_info);
	movl	24(%ebx), %eax	# _10->buffer_info, _10->buffer_info
	call	vfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2042: 	dma_free_coherent(&pdev->dev, rx_ring->size, rx_ring->desc,
	movl	%esi, %eax	# pdev, pdev
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%esi, %esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2040: 	rx_ring->buffer_info = NULL;
	movl	$0, 24(%ebx)	#, _10->buffer_info
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	(%ebx), %ecx	# _10->desc, _10->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2042: 	dma_free_coherent(&pdev->dev, rx_ring->size, rx_ring->desc,
	addl	$132, %eax	#, tmp210
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	8(%ebx), %edx	# _10->size, _10->size
	movl	%esi, 4(%esp)	#,
	movl	4(%ebx), %esi	# _10->dma, tmp249
	movl	%esi, (%esp)	# tmp249,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1769: 			for (i-- ; i >= 0; i--)
	subl	$1, %edi	#, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2045: 	rx_ring->desc = NULL;
	movl	$0, (%ebx)	#, _10->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1769: 			for (i-- ; i >= 0; i--)
	jnb	.L1862	#,
.L1863:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1777: }
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	movl	$-12, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1777: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1860:
	addl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1765: 	for (i = 0; i < adapter->num_rx_queues; i++) {
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1777: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1923:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1745: 	memset(rxdr->desc, 0, rxdr->size);
	movl	$0, (%edi)	#,* _41
	subl	$4, %edx	#, _43
	addl	$4, %edi	#, _41
	jmp	.L1856	#
	.p2align 4,,10
	.p2align 3
.L1922:
	movw	$0, (%edi)	#,* _41
	subl	$2, %edx	#, _43
	addl	$2, %edi	#, _41
	jmp	.L1855	#
	.p2align 4,,10
	.p2align 3
.L1921:
	movb	$0, (%edi)	#,* _41
	decl	%edx	# _43
	incl	%edi	# _41
	jmp	.L1854	#
.L1924:
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%eax, %eax	#
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%edi, %ecx	# _41,
	movl	%eax, 4(%esp)	#,
	movl	-28(%ebp), %eax	# %sfp, olddma
	movl	%eax, (%esp)	# olddma,
	movl	-20(%ebp), %eax	# %sfp,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1727: 			goto setup_rx_desc_die;
	jmp	.L1845	#
	.section	.text.unlikely
	.type	e1000_setup_all_rx_resources.cold, @function
e1000_setup_all_rx_resources.cold:
.L1913:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1718: 		e_err(rx_err, "rxdr align check failed: %u bytes at %p\n",
	movl	%edx, 8(%esp)	# _43,
	movl	%edi, 12(%esp)	# _41,
	movl	$.LC85, 4(%esp)	#,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1721: 		rxdr->desc = dma_alloc_coherent(&pdev->dev, rxdr->size,
	movl	8(%ebx), %edx	# _4->size, _43
	jmp	.L1848	#
.L1915:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1768: 			e_err(probe, "Allocation for Rx Queue %u failed\n", i);
	movl	-16(%ebp), %eax	# %sfp, i
	movl	$.LC87, 4(%esp)	#,
	movl	%eax, 8(%esp)	# i,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
	jmp	.L1861	#
.L1914:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1736: 			e_err(probe, "Unable to allocate aligned memory for "
	movl	$.LC86, 4(%esp)	#,
	movl	928(%esi), %eax	# adapter_22(D)->netdev, adapter_22(D)->netdev
	movl	%eax, (%esp)	# adapter_22(D)->netdev,
	call	netdev_err	#
	jmp	.L1845	#
	.text
	.size	e1000_setup_all_rx_resources, .-e1000_setup_all_rx_resources
	.section	.text.unlikely
	.size	e1000_setup_all_rx_resources.cold, .-e1000_setup_all_rx_resources.cold
.LCOLDE88:
	.text
.LHOTE88:
	.p2align 4
	.globl	e1000_free_all_tx_resources
	.type	e1000_free_all_tx_resources, @function
e1000_free_all_tx_resources:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	876(%eax), %edx	# adapter_9(D)->num_tx_queues,
	testl	%edx, %edx	#
	jle	.L1930	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1947: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp106, adapter
	pushl	%esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1947: {
	pushl	%ebx	#
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	%esi, -16(%ebp)	# i, %sfp
	.p2align 4
	.p2align 3
.L1927:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1951: 		e1000_free_tx_resources(adapter, &adapter->tx_ring[i]);
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1927: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%edi), %esi	# adapter_9(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:1951: 		e1000_free_tx_resources(adapter, &adapter->tx_ring[i]);
	leal	(%eax,%eax,8), %edx	#, tmp98
	movl	576(%edi), %eax	# adapter_9(D)->tx_ring, adapter_9(D)->tx_ring
	leal	(%eax,%edx,4), %ebx	#, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:1929: 	e1000_clean_tx_ring(adapter, tx_ring);
	movl	%edi, %eax	# adapter,
	movl	%ebx, %edx	# _4,
	call	e1000_clean_tx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1931: 	vfree(tx_ring->buffer_info);
	movl	24(%ebx), %eax	# _4->buffer_info, _4->buffer_info
	call	vfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1934: 	dma_free_coherent(&pdev->dev, tx_ring->size, tx_ring->desc,
	movl	%esi, %eax	# pdev, pdev
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%esi, %esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1932: 	tx_ring->buffer_info = NULL;
	movl	$0, 24(%ebx)	#, _4->buffer_info
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	(%ebx), %ecx	# _4->desc, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1934: 	dma_free_coherent(&pdev->dev, tx_ring->size, tx_ring->desc,
	addl	$132, %eax	#, tmp104
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%esi, 4(%esp)	#,
	movl	4(%ebx), %esi	# _4->dma, tmp112
	movl	%esi, (%esp)	# tmp112,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	incl	-16(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:1937: 	tx_ring->desc = NULL;
	movl	$0, (%ebx)	#, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:1950: 	for (i = 0; i < adapter->num_tx_queues; i++)
	cmpl	%eax, 876(%edi)	# i, adapter_9(D)->num_tx_queues
	jg	.L1927	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1952: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1930:
	ret	
	.size	e1000_free_all_tx_resources, .-e1000_free_all_tx_resources
	.p2align 4
	.globl	e1000_free_all_rx_resources
	.type	e1000_free_all_rx_resources, @function
e1000_free_all_rx_resources:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	880(%eax), %edx	# adapter_9(D)->num_rx_queues,
	testl	%edx, %edx	#
	jle	.L1938	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2055: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp106, adapter
	pushl	%esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2055: {
	pushl	%ebx	#
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	%esi, -16(%ebp)	# i, %sfp
	.p2align 4
	.p2align 3
.L1935:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2059: 		e1000_free_rx_resources(adapter, &adapter->rx_ring[i]);
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2035: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%edi), %esi	# adapter_9(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2059: 		e1000_free_rx_resources(adapter, &adapter->rx_ring[i]);
	leal	(%eax,%eax,4), %edx	#, tmp98
	movl	660(%edi), %eax	# adapter_9(D)->rx_ring, adapter_9(D)->rx_ring
	leal	(%eax,%edx,8), %ebx	#, _4
# drivers/net/ethernet/intel/e1000/e1000_main.c:2037: 	e1000_clean_rx_ring(adapter, rx_ring);
	movl	%edi, %eax	# adapter,
	movl	%ebx, %edx	# _4,
	call	e1000_clean_rx_ring	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2039: 	vfree(rx_ring->buffer_info);
	movl	24(%ebx), %eax	# _4->buffer_info, _4->buffer_info
	call	vfree	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2042: 	dma_free_coherent(&pdev->dev, rx_ring->size, rx_ring->desc,
	movl	%esi, %eax	# pdev, pdev
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	xorl	%esi, %esi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2040: 	rx_ring->buffer_info = NULL;
	movl	$0, 24(%ebx)	#, _4->buffer_info
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	(%ebx), %ecx	# _4->desc, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2042: 	dma_free_coherent(&pdev->dev, rx_ring->size, rx_ring->desc,
	addl	$132, %eax	#, tmp104
# ./include/linux/dma-mapping.h:431: 	return dma_free_attrs(dev, size, cpu_addr, dma_handle, 0);
	movl	8(%ebx), %edx	# _4->size, _4->size
	movl	%esi, 4(%esp)	#,
	movl	4(%ebx), %esi	# _4->dma, tmp112
	movl	%esi, (%esp)	# tmp112,
	call	dma_free_attrs	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	incl	-16(%ebp)	# %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2045: 	rx_ring->desc = NULL;
	movl	$0, (%ebx)	#, _4->desc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	movl	-16(%ebp), %eax	# %sfp, i
# drivers/net/ethernet/intel/e1000/e1000_main.c:2058: 	for (i = 0; i < adapter->num_rx_queues; i++)
	cmpl	%eax, 880(%edi)	# i, adapter_9(D)->num_rx_queues
	jg	.L1935	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2060: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1938:
	ret	
	.size	e1000_free_all_rx_resources, .-e1000_free_all_rx_resources
	.p2align 4
	.globl	e1000_close
	.type	e1000_close, @function
e1000_close:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp112, netdev
	pushl	%esi	#
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	addl	$1440, %eax	#, _56
# drivers/net/ethernet/intel/e1000/e1000_main.c:1432: {
	pushl	%ebx	#
	subl	$4, %esp	#,
# ./include/linux/netdevice.h:2570: 	return (char *)dev + ALIGN(sizeof(struct net_device), NETDEV_ALIGN);
	movl	%eax, -16(%ebp)	# _56, %sfp
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, 3316(%edi)	#, MEM[(volatile long unsigned int *)_29]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1437: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags) && count--)
#NO_APP
	jnc	.L1945	#,
	leal	3316(%edi), %ebx	#, _29
# drivers/net/ethernet/intel/e1000/e1000_main.c:1437: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags) && count--)
	movl	$49, %esi	#, count
	jmp	.L1943	#
	.p2align 4,,10
	.p2align 3
.L1959:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1437: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags) && count--)
	subl	$1, %esi	#, count
	jb	.L1958	#,
.L1943:
# ./include/linux/delay.h:67: 	usleep_range_state(min, max, TASK_UNINTERRUPTIBLE);
	movl	$2, %ecx	#,
	movl	$20000, %edx	#,
	movl	$10000, %eax	#,
	call	usleep_range_state	#
# ./arch/x86/include/asm/bitops.h:138: 	return GEN_BINARY_RMWcc(LOCK_PREFIX __ASM_SIZE(bts), *addr, c, "Ir", nr);
#APP
# 138 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock;  btsl  $1, (%ebx)	#, MEM[(volatile long unsigned int *)_29]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1437: 	while (test_and_set_bit(__E1000_RESETTING, &adapter->flags) && count--)
#NO_APP
	jc	.L1959	#,
.L1945:
# ./arch/x86/include/asm/bitops.h:55: 		asm volatile(LOCK_PREFIX "orb %b1,%0"
#APP
# 55 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; orb $4,3316(%edi)	#, MEM[(volatile char *)_29]
# 0 "" 2
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-3,3316(%edi)	#, MEM[(volatile char *)_29]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1446: 	e1000_down(adapter);
#NO_APP
	movl	-16(%ebp), %ebx	# %sfp, _56
	movl	%ebx, %eax	# _56,
	call	e1000_down	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1447: 	e1000_power_down_phy(adapter);
	movl	%ebx, %eax	# _56,
	call	e1000_power_down_phy	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:273: 	free_irq(adapter->pdev->irq, netdev);
	movl	2372(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].pdev, MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].pdev
	movl	2368(%edi), %edx	# MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].netdev, MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].netdev
	movl	576(%eax), %eax	# _58->irq, _58->irq
	call	free_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1450: 	e1000_free_all_tx_resources(adapter);
	movl	%ebx, %eax	# _56,
	call	e1000_free_all_tx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1451: 	e1000_free_all_rx_resources(adapter);
	movl	%ebx, %eax	# _56,
	call	e1000_free_all_rx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1456: 	if ((hw->mng_cookie.status &
	testb	$2, 2544(%edi)	#, MEM[(struct e1000_hw *)netdev_27(D) + 2376B].mng_cookie.status
	je	.L1947	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:1458: 	    !test_bit(adapter->mng_vlan_id, adapter->active_vlans)) {
	movzwl	1952(%edi), %eax	# MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].mng_vlan_id, MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].mng_vlan_id
# ./arch/x86/include/asm/bitops.h:228: 	asm volatile(__ASM_SIZE(bt) " %2,%1"
#APP
# 228 "./arch/x86/include/asm/bitops.h" 1
	 btl  %eax,1440(%edi)	# MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].mng_vlan_id, MEM[(long unsigned int *)_16]
	/* output condition code c*/

# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1457: 	     E1000_MNG_DHCP_COOKIE_STATUS_VLAN_SUPPORT) &&
#NO_APP
	jnc	.L1960	#,
.L1947:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1464: }
	popl	%edx	#
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1958:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1440: 	WARN_ON(count < 0);
#APP
# 1440 "drivers/net/ethernet/intel/e1000/e1000_main.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC74	# bug_entry::file	#
	.word 1440	# bug_entry::line	#
	.word 2305	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
	jmp	.L1945	#
	.p2align 4,,10
	.p2align 3
.L1960:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1459: 		e1000_vlan_rx_kill_vid(netdev, htons(ETH_P_8021Q),
	movzwl	1952(%edi), %ecx	# MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].mng_vlan_id, MEM[(struct e1000_adapter *)netdev_27(D) + 1440B].mng_vlan_id
	movl	$129, %edx	#,
	movl	%edi, %eax	# netdev,
	call	e1000_vlan_rx_kill_vid	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1464: }
	xorl	%eax, %eax	#
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000_close, .-e1000_close
	.p2align 4
	.globl	e1000_open
	.type	e1000_open, @function
e1000_open:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp123, netdev
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, _38
	movl	%eax, -16(%ebp)	# _38, D.88596
	movl	3316(%ebx), %eax	# MEM[(const volatile long unsigned int *)netdev_20(D) + 3316B], _38
# drivers/net/ethernet/intel/e1000/e1000_main.c:1361: 	if (test_bit(__E1000_TESTING, &adapter->flags))
	testb	$1, %al	#, _38
	jne	.L1969	#,
	leal	1440(%ebx), %edi	#, _40
# drivers/net/ethernet/intel/e1000/e1000_main.c:1364: 	netif_carrier_off(netdev);
	movl	%ebx, %eax	# netdev,
	call	netif_carrier_off	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1367: 	err = e1000_setup_all_tx_resources(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_setup_all_tx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1368: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1367: 	err = e1000_setup_all_tx_resources(adapter);
	movl	%eax, %esi	# tmp124, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1368: 	if (err)
	je	.L1974	#,
.L1963:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1415: 	e1000_reset(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_reset	#
.L1961:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1418: }
	movl	-16(%ebp), %eax	# D.88596, tmp128
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp128
	jne	.L1975	#,
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1974:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1372: 	err = e1000_setup_all_rx_resources(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_setup_all_rx_resources	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1373: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1372: 	err = e1000_setup_all_rx_resources(adapter);
	movl	%eax, %esi	# tmp125, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1373: 	if (err)
	jne	.L1964	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:416: 	u16 mii_reg = 0;
	movw	$0, -18(%ebp)	#, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:419: 	if (hw->media_type == e1000_media_type_copper) {
	movl	2400(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_20(D) + 2376B].media_type,
	testl	%edx, %edx	#
	je	.L1976	#,
.L1965:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1379: 	if ((hw->mng_cookie.status &
	testb	$2, 2544(%ebx)	#, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].mng_cookie.status
# drivers/net/ethernet/intel/e1000/e1000_main.c:1378: 	adapter->mng_vlan_id = E1000_MNG_VLAN_NONE;
	movl	$-1, %eax	#,
	movw	%ax, 1952(%ebx)	#, MEM[(struct e1000_adapter *)netdev_20(D) + 1440B].mng_vlan_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:1379: 	if ((hw->mng_cookie.status &
	jne	.L1977	#,
.L1966:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1389: 	e1000_configure(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_configure	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1391: 	err = e1000_request_irq(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_request_irq	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1392: 	if (err)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1391: 	err = e1000_request_irq(adapter);
	movl	%eax, %esi	# tmp126, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:1392: 	if (err)
	jne	.L1978	#,
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-5,3316(%ebx)	#, MEM[(volatile char *)_1]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1398: 	napi_enable(&adapter->napi);
#NO_APP
	leal	2104(%ebx), %eax	#, tmp114
	call	napi_enable	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:297: 	ew32(IMS, IMS_ENABLE_MASK);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_20(D) + 2376B].hw_addr, tmp131
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$157, %edx	#, tmp116
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp116, MEM[(volatile unsigned int *)_44]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:298: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_20(D) + 2376B].hw_addr, tmp132
	addl	$8, %eax	#, _46
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_46], ret
# 0 "" 2
# ./include/linux/netdevice.h:3261: 	clear_bit(__QUEUE_STATE_DRV_XOFF, &dev_queue->state);
#NO_APP
	movl	576(%ebx), %eax	# MEM[(const struct net_device *)netdev_20(D)]._tx, tmp133
	addl	$76, %eax	#, _42
# ./arch/x86/include/asm/bitops.h:75: 		asm volatile(LOCK_PREFIX "andb %b1,%0"
#APP
# 75 "./arch/x86/include/asm/bitops.h" 1
	.pushsection .smp_locks,"a"
.balign 4
.long 671f - .
.popsection
671:
	lock; andb $-2,(%eax)	#, MEM[(volatile char *)_42]
# 0 "" 2
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#NO_APP
	movl	$4, %edx	#, tmp121
# drivers/net/ethernet/intel/e1000/e1000_main.c:1405: 	ew32(ICS, E1000_ICS_LSC);
	movl	2376(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_20(D) + 2376B].hw_addr, MEM[(struct e1000_hw *)netdev_20(D) + 2376B].hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,200(%eax)	# tmp121, MEM[(volatile unsigned int *)_10]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:1407: 	return E1000_SUCCESS;
#NO_APP
	jmp	.L1961	#
	.p2align 4,,10
	.p2align 3
.L1978:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1410: 	e1000_power_down_phy(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_power_down_phy	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:1411: 	e1000_free_all_rx_resources(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_free_all_rx_resources	#
.L1964:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1413: 	e1000_free_all_tx_resources(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_free_all_tx_resources	#
	jmp	.L1963	#
	.p2align 4,,10
	.p2align 3
.L1977:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1381: 		e1000_update_mng_vlan(adapter);
	movl	%edi, %eax	# _40,
	call	e1000_update_mng_vlan	#
	.p2align 4,,6
	jmp	.L1966	#
	.p2align 4,,10
	.p2align 3
.L1976:
# drivers/net/ethernet/intel/e1000/e1000_main.c:415: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%ebx), %esi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:423: 		e1000_read_phy_reg(hw, PHY_CTRL, &mii_reg);
	xorl	%edx, %edx	#
	leal	-18(%ebp), %ecx	#, tmp130
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	movzwl	-18(%ebp), %ecx	# mii_reg, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	xorl	%edx, %edx	#
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_main.c:424: 		mii_reg &= ~MII_CR_POWER_DOWN;
	andl	$63487, %ecx	#, _57
	movw	%cx, -18(%ebp)	# _57, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:425: 		e1000_write_phy_reg(hw, PHY_CTRL, mii_reg);
	call	e1000_write_phy_reg	#
	jmp	.L1965	#
	.p2align 4,,10
	.p2align 3
.L1969:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1362: 		return -EBUSY;
	movl	$-16, %esi	#, <retval>
	jmp	.L1961	#
.L1975:
# drivers/net/ethernet/intel/e1000/e1000_main.c:1418: }
	.p2align 4,,6
	call	__stack_chk_fail	#
	.size	e1000_open, .-e1000_open
	.p2align 4
	.globl	e1000_has_link
	.type	e1000_has_link, @function
e1000_has_link:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2387: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%eax), %ecx	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:2386: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2386: {
	movl	%eax, %ebx	# tmp98, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:2396: 	switch (hw->media_type) {
	movl	960(%eax), %eax	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].media_type, _1
# drivers/net/ethernet/intel/e1000/e1000_main.c:2396: 	switch (hw->media_type) {
	cmpl	$1, %eax	#, _1
	je	.L1980	#,
	cmpl	$2, %eax	#, _1
	je	.L1981	#,
	xorl	%edx, %edx	# <retval>
	testl	%eax, %eax	# _1
	je	.L1988	#,
.L1979:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
	popl	%ebx	#
	movb	%dl, %al	# <retval>,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1980:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2408: 		e1000_check_for_link(hw);
	movl	%ecx, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2409: 		link_active = !!(er32(STATUS) & E1000_STATUS_LU);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].hw_addr, MEM[(struct e1000_hw *)adapter_12(D) + 936B].hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%edx	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
#NO_APP
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2409: 		link_active = !!(er32(STATUS) & E1000_STATUS_LU);
	shrl	%edx	# tmp96
	andb	$1, %dl	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
	popl	%ebp	#
	movb	%dl, %al	# <retval>,
	ret	
	.p2align 4,,10
	.p2align 3
.L1988:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2398: 		if (hw->mac_type == e1000_ce4100)
	cmpl	$9, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_12(D) + 936B].mac_type
	je	.L1989	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2400: 		if (hw->get_link_status) {
	cmpb	$0, 1176(%ebx)	#, MEM[(struct e1000_hw *)adapter_12(D) + 936B].get_link_status
	jne	.L1984	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2404: 			link_active = true;
	movb	$1, %dl	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
	movb	%dl, %al	# <retval>,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1981:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2412: 		e1000_check_for_link(hw);
	movl	%ecx, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2413: 		link_active = hw->serdes_has_link;
	movzbl	1177(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].serdes_has_link, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:2420: }
	movb	%dl, %al	# <retval>,
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1989:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2399: 			hw->get_link_status = 1;
	movb	$1, 1176(%ebx)	#, MEM[(struct e1000_hw *)adapter_12(D) + 936B].get_link_status
.L1984:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2401: 			e1000_check_for_link(hw);
	movl	%ecx, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2402: 			link_active = !hw->get_link_status;
	movzbl	1176(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_12(D) + 936B].get_link_status, MEM[(struct e1000_hw *)adapter_12(D) + 936B].get_link_status
	xorb	$1, %dl	#, <retval>
	jmp	.L1979	#
	.size	e1000_has_link, .-e1000_has_link
	.p2align 4
	.globl	e1000_update_stats
	.type	e1000_update_stats, @function
e1000_update_stats:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp706, adapter
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3589: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp710
	movl	%eax, -16(%ebp)	# tmp710, D.88606
	xorl	%eax, %eax	# tmp710
# drivers/net/ethernet/intel/e1000/e1000_main.c:3590: 	struct net_device *netdev = adapter->netdev;
	movl	928(%ebx), %esi	# adapter_360(D)->netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3601: 	if (adapter->link_speed == 0)
	cmpw	$0, 536(%ebx)	#, adapter_360(D)->link_speed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3594: 	u16 phy_tmp;
	movw	$0, -18(%ebp)	#, phy_tmp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3592: 	struct pci_dev *pdev = adapter->pdev;
	movl	932(%ebx), %eax	# adapter_360(D)->pdev, pdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:3601: 	if (adapter->link_speed == 0)
	je	.L1990	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3603: 	if (pci_channel_offline(pdev))
	cmpl	$1, 128(%eax)	#, pdev_363->error_state
	je	.L2006	#,
.L1990:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3736: }
	movl	-16(%ebp), %eax	# D.88606, tmp711
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp711
	jne	.L2007	#,
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2006:
# ./include/linux/spinlock.h:326: 	return &lock->rlock;
	leal	540(%ebx), %edi	#, _365
# drivers/net/ethernet/intel/e1000/e1000_main.c:3606: 	spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%edi, %eax	# _365,
	call	_raw_spin_lock_irqsave	#
	movl	%eax, -24(%ebp)	# tmp707, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:3613: 	adapter->stats.crcerrs += er32(CRCERRS);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp713
	addl	$16384, %eax	#, _4
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_4], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3613: 	adapter->stats.crcerrs += er32(CRCERRS);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3613: 	adapter->stats.crcerrs += er32(CRCERRS);
	addl	%eax, 1196(%ebx)	# ret, adapter_360(D)->stats.crcerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3614: 	adapter->stats.gprc += er32(GPRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp714
# drivers/net/ethernet/intel/e1000/e1000_main.c:3613: 	adapter->stats.crcerrs += er32(CRCERRS);
	adcl	%edx, 1200(%ebx)	# ret, adapter_360(D)->stats.crcerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3614: 	adapter->stats.gprc += er32(GPRC);
	addl	$16500, %eax	#, _9
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_9], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3614: 	adapter->stats.gprc += er32(GPRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3614: 	adapter->stats.gprc += er32(GPRC);
	addl	%eax, 1412(%ebx)	# ret, adapter_360(D)->stats.gprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3615: 	adapter->stats.gorcl += er32(GORCL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp715
# drivers/net/ethernet/intel/e1000/e1000_main.c:3614: 	adapter->stats.gprc += er32(GPRC);
	adcl	%edx, 1416(%ebx)	# ret, adapter_360(D)->stats.gprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3615: 	adapter->stats.gorcl += er32(GORCL);
	addl	$16520, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3615: 	adapter->stats.gorcl += er32(GORCL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3615: 	adapter->stats.gorcl += er32(GORCL);
	addl	%eax, 1444(%ebx)	# ret, adapter_360(D)->stats.gorcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3616: 	adapter->stats.gorch += er32(GORCH);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp716
# drivers/net/ethernet/intel/e1000/e1000_main.c:3615: 	adapter->stats.gorcl += er32(GORCL);
	adcl	%edx, 1448(%ebx)	# ret, adapter_360(D)->stats.gorcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3616: 	adapter->stats.gorch += er32(GORCH);
	addl	$16524, %eax	#, _19
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_19], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3616: 	adapter->stats.gorch += er32(GORCH);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3616: 	adapter->stats.gorch += er32(GORCH);
	addl	%eax, 1452(%ebx)	# ret, adapter_360(D)->stats.gorch
# drivers/net/ethernet/intel/e1000/e1000_main.c:3617: 	adapter->stats.bprc += er32(BPRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp717
# drivers/net/ethernet/intel/e1000/e1000_main.c:3616: 	adapter->stats.gorch += er32(GORCH);
	adcl	%edx, 1456(%ebx)	# ret, adapter_360(D)->stats.gorch
# drivers/net/ethernet/intel/e1000/e1000_main.c:3617: 	adapter->stats.bprc += er32(BPRC);
	addl	$16504, %eax	#, _24
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_24], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3617: 	adapter->stats.bprc += er32(BPRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3617: 	adapter->stats.bprc += er32(BPRC);
	addl	%eax, 1420(%ebx)	# ret, adapter_360(D)->stats.bprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3618: 	adapter->stats.mprc += er32(MPRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp718
# drivers/net/ethernet/intel/e1000/e1000_main.c:3617: 	adapter->stats.bprc += er32(BPRC);
	adcl	%edx, 1424(%ebx)	# ret, adapter_360(D)->stats.bprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3618: 	adapter->stats.mprc += er32(MPRC);
	addl	$16508, %eax	#, _29
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_29], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3618: 	adapter->stats.mprc += er32(MPRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3618: 	adapter->stats.mprc += er32(MPRC);
	addl	%eax, 1428(%ebx)	# ret, adapter_360(D)->stats.mprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3619: 	adapter->stats.roc += er32(ROC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp719
# drivers/net/ethernet/intel/e1000/e1000_main.c:3618: 	adapter->stats.mprc += er32(MPRC);
	adcl	%edx, 1432(%ebx)	# ret, adapter_360(D)->stats.mprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3619: 	adapter->stats.roc += er32(ROC);
	addl	$16556, %eax	#, _34
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_34], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3619: 	adapter->stats.roc += er32(ROC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3619: 	adapter->stats.roc += er32(ROC);
	addl	%eax, 1500(%ebx)	# ret, adapter_360(D)->stats.roc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3621: 	adapter->stats.prc64 += er32(PRC64);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp720
# drivers/net/ethernet/intel/e1000/e1000_main.c:3619: 	adapter->stats.roc += er32(ROC);
	adcl	%edx, 1504(%ebx)	# ret, adapter_360(D)->stats.roc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3621: 	adapter->stats.prc64 += er32(PRC64);
	addl	$16476, %eax	#, _39
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_39], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3621: 	adapter->stats.prc64 += er32(PRC64);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3621: 	adapter->stats.prc64 += er32(PRC64);
	addl	%eax, 1364(%ebx)	# ret, adapter_360(D)->stats.prc64
# drivers/net/ethernet/intel/e1000/e1000_main.c:3622: 	adapter->stats.prc127 += er32(PRC127);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp721
# drivers/net/ethernet/intel/e1000/e1000_main.c:3621: 	adapter->stats.prc64 += er32(PRC64);
	adcl	%edx, 1368(%ebx)	# ret, adapter_360(D)->stats.prc64
# drivers/net/ethernet/intel/e1000/e1000_main.c:3622: 	adapter->stats.prc127 += er32(PRC127);
	addl	$16480, %eax	#, _44
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_44], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3622: 	adapter->stats.prc127 += er32(PRC127);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3622: 	adapter->stats.prc127 += er32(PRC127);
	addl	%eax, 1372(%ebx)	# ret, adapter_360(D)->stats.prc127
# drivers/net/ethernet/intel/e1000/e1000_main.c:3623: 	adapter->stats.prc255 += er32(PRC255);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp722
# drivers/net/ethernet/intel/e1000/e1000_main.c:3622: 	adapter->stats.prc127 += er32(PRC127);
	adcl	%edx, 1376(%ebx)	# ret, adapter_360(D)->stats.prc127
# drivers/net/ethernet/intel/e1000/e1000_main.c:3623: 	adapter->stats.prc255 += er32(PRC255);
	addl	$16484, %eax	#, _49
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_49], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3623: 	adapter->stats.prc255 += er32(PRC255);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3623: 	adapter->stats.prc255 += er32(PRC255);
	addl	%eax, 1380(%ebx)	# ret, adapter_360(D)->stats.prc255
# drivers/net/ethernet/intel/e1000/e1000_main.c:3624: 	adapter->stats.prc511 += er32(PRC511);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp723
# drivers/net/ethernet/intel/e1000/e1000_main.c:3623: 	adapter->stats.prc255 += er32(PRC255);
	adcl	%edx, 1384(%ebx)	# ret, adapter_360(D)->stats.prc255
# drivers/net/ethernet/intel/e1000/e1000_main.c:3624: 	adapter->stats.prc511 += er32(PRC511);
	addl	$16488, %eax	#, _54
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_54], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3624: 	adapter->stats.prc511 += er32(PRC511);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3624: 	adapter->stats.prc511 += er32(PRC511);
	addl	%eax, 1388(%ebx)	# ret, adapter_360(D)->stats.prc511
# drivers/net/ethernet/intel/e1000/e1000_main.c:3625: 	adapter->stats.prc1023 += er32(PRC1023);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp724
# drivers/net/ethernet/intel/e1000/e1000_main.c:3624: 	adapter->stats.prc511 += er32(PRC511);
	adcl	%edx, 1392(%ebx)	# ret, adapter_360(D)->stats.prc511
# drivers/net/ethernet/intel/e1000/e1000_main.c:3625: 	adapter->stats.prc1023 += er32(PRC1023);
	addl	$16492, %eax	#, _59
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_59], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3625: 	adapter->stats.prc1023 += er32(PRC1023);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3625: 	adapter->stats.prc1023 += er32(PRC1023);
	addl	%eax, 1396(%ebx)	# ret, adapter_360(D)->stats.prc1023
# drivers/net/ethernet/intel/e1000/e1000_main.c:3626: 	adapter->stats.prc1522 += er32(PRC1522);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp725
# drivers/net/ethernet/intel/e1000/e1000_main.c:3625: 	adapter->stats.prc1023 += er32(PRC1023);
	adcl	%edx, 1400(%ebx)	# ret, adapter_360(D)->stats.prc1023
# drivers/net/ethernet/intel/e1000/e1000_main.c:3626: 	adapter->stats.prc1522 += er32(PRC1522);
	addl	$16496, %eax	#, _64
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_64], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3626: 	adapter->stats.prc1522 += er32(PRC1522);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3626: 	adapter->stats.prc1522 += er32(PRC1522);
	addl	%eax, 1404(%ebx)	# ret, adapter_360(D)->stats.prc1522
# drivers/net/ethernet/intel/e1000/e1000_main.c:3628: 	adapter->stats.symerrs += er32(SYMERRS);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp726
# drivers/net/ethernet/intel/e1000/e1000_main.c:3626: 	adapter->stats.prc1522 += er32(PRC1522);
	adcl	%edx, 1408(%ebx)	# ret, adapter_360(D)->stats.prc1522
# drivers/net/ethernet/intel/e1000/e1000_main.c:3628: 	adapter->stats.symerrs += er32(SYMERRS);
	addl	$16392, %eax	#, _69
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_69], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3628: 	adapter->stats.symerrs += er32(SYMERRS);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3628: 	adapter->stats.symerrs += er32(SYMERRS);
	addl	%eax, 1212(%ebx)	# ret, adapter_360(D)->stats.symerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3629: 	adapter->stats.mpc += er32(MPC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp727
# drivers/net/ethernet/intel/e1000/e1000_main.c:3628: 	adapter->stats.symerrs += er32(SYMERRS);
	adcl	%edx, 1216(%ebx)	# ret, adapter_360(D)->stats.symerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3629: 	adapter->stats.mpc += er32(MPC);
	addl	$16400, %eax	#, _74
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_74], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3629: 	adapter->stats.mpc += er32(MPC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3629: 	adapter->stats.mpc += er32(MPC);
	addl	%eax, 1236(%ebx)	# ret, adapter_360(D)->stats.mpc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3630: 	adapter->stats.scc += er32(SCC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp728
# drivers/net/ethernet/intel/e1000/e1000_main.c:3629: 	adapter->stats.mpc += er32(MPC);
	adcl	%edx, 1240(%ebx)	# ret, adapter_360(D)->stats.mpc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3630: 	adapter->stats.scc += er32(SCC);
	addl	$16404, %eax	#, _79
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_79], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3630: 	adapter->stats.scc += er32(SCC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3630: 	adapter->stats.scc += er32(SCC);
	addl	%eax, 1244(%ebx)	# ret, adapter_360(D)->stats.scc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3631: 	adapter->stats.ecol += er32(ECOL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp729
# drivers/net/ethernet/intel/e1000/e1000_main.c:3630: 	adapter->stats.scc += er32(SCC);
	adcl	%edx, 1248(%ebx)	# ret, adapter_360(D)->stats.scc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3631: 	adapter->stats.ecol += er32(ECOL);
	addl	$16408, %eax	#, _84
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_84], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3631: 	adapter->stats.ecol += er32(ECOL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3631: 	adapter->stats.ecol += er32(ECOL);
	addl	%eax, 1252(%ebx)	# ret, adapter_360(D)->stats.ecol
# drivers/net/ethernet/intel/e1000/e1000_main.c:3632: 	adapter->stats.mcc += er32(MCC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp730
# drivers/net/ethernet/intel/e1000/e1000_main.c:3631: 	adapter->stats.ecol += er32(ECOL);
	adcl	%edx, 1256(%ebx)	# ret, adapter_360(D)->stats.ecol
# drivers/net/ethernet/intel/e1000/e1000_main.c:3632: 	adapter->stats.mcc += er32(MCC);
	addl	$16412, %eax	#, _89
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_89], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3632: 	adapter->stats.mcc += er32(MCC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3632: 	adapter->stats.mcc += er32(MCC);
	addl	%eax, 1260(%ebx)	# ret, adapter_360(D)->stats.mcc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3633: 	adapter->stats.latecol += er32(LATECOL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp731
# drivers/net/ethernet/intel/e1000/e1000_main.c:3632: 	adapter->stats.mcc += er32(MCC);
	adcl	%edx, 1264(%ebx)	# ret, adapter_360(D)->stats.mcc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3633: 	adapter->stats.latecol += er32(LATECOL);
	addl	$16416, %eax	#, _94
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_94], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3633: 	adapter->stats.latecol += er32(LATECOL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3633: 	adapter->stats.latecol += er32(LATECOL);
	addl	%eax, 1268(%ebx)	# ret, adapter_360(D)->stats.latecol
# drivers/net/ethernet/intel/e1000/e1000_main.c:3634: 	adapter->stats.dc += er32(DC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp732
# drivers/net/ethernet/intel/e1000/e1000_main.c:3633: 	adapter->stats.latecol += er32(LATECOL);
	adcl	%edx, 1272(%ebx)	# ret, adapter_360(D)->stats.latecol
# drivers/net/ethernet/intel/e1000/e1000_main.c:3634: 	adapter->stats.dc += er32(DC);
	addl	$16432, %eax	#, _99
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_99], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3634: 	adapter->stats.dc += er32(DC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3634: 	adapter->stats.dc += er32(DC);
	addl	%eax, 1284(%ebx)	# ret, adapter_360(D)->stats.dc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3635: 	adapter->stats.sec += er32(SEC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp733
# drivers/net/ethernet/intel/e1000/e1000_main.c:3634: 	adapter->stats.dc += er32(DC);
	adcl	%edx, 1288(%ebx)	# ret, adapter_360(D)->stats.dc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3635: 	adapter->stats.sec += er32(SEC);
	addl	$16440, %eax	#, _104
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_104], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3635: 	adapter->stats.sec += er32(SEC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3635: 	adapter->stats.sec += er32(SEC);
	addl	%eax, 1300(%ebx)	# ret, adapter_360(D)->stats.sec
# drivers/net/ethernet/intel/e1000/e1000_main.c:3636: 	adapter->stats.rlec += er32(RLEC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp734
# drivers/net/ethernet/intel/e1000/e1000_main.c:3635: 	adapter->stats.sec += er32(SEC);
	adcl	%edx, 1304(%ebx)	# ret, adapter_360(D)->stats.sec
# drivers/net/ethernet/intel/e1000/e1000_main.c:3636: 	adapter->stats.rlec += er32(RLEC);
	addl	$16448, %eax	#, _109
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_109], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3636: 	adapter->stats.rlec += er32(RLEC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3636: 	adapter->stats.rlec += er32(RLEC);
	addl	%eax, 1316(%ebx)	# ret, adapter_360(D)->stats.rlec
# drivers/net/ethernet/intel/e1000/e1000_main.c:3637: 	adapter->stats.xonrxc += er32(XONRXC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp735
# drivers/net/ethernet/intel/e1000/e1000_main.c:3636: 	adapter->stats.rlec += er32(RLEC);
	adcl	%edx, 1320(%ebx)	# ret, adapter_360(D)->stats.rlec
# drivers/net/ethernet/intel/e1000/e1000_main.c:3637: 	adapter->stats.xonrxc += er32(XONRXC);
	addl	$16456, %eax	#, _114
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_114], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3637: 	adapter->stats.xonrxc += er32(XONRXC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3637: 	adapter->stats.xonrxc += er32(XONRXC);
	addl	%eax, 1324(%ebx)	# ret, adapter_360(D)->stats.xonrxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3638: 	adapter->stats.xontxc += er32(XONTXC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp736
# drivers/net/ethernet/intel/e1000/e1000_main.c:3637: 	adapter->stats.xonrxc += er32(XONRXC);
	adcl	%edx, 1328(%ebx)	# ret, adapter_360(D)->stats.xonrxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3638: 	adapter->stats.xontxc += er32(XONTXC);
	addl	$16460, %eax	#, _119
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_119], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3638: 	adapter->stats.xontxc += er32(XONTXC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3638: 	adapter->stats.xontxc += er32(XONTXC);
	addl	%eax, 1332(%ebx)	# ret, adapter_360(D)->stats.xontxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3639: 	adapter->stats.xoffrxc += er32(XOFFRXC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp737
# drivers/net/ethernet/intel/e1000/e1000_main.c:3638: 	adapter->stats.xontxc += er32(XONTXC);
	adcl	%edx, 1336(%ebx)	# ret, adapter_360(D)->stats.xontxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3639: 	adapter->stats.xoffrxc += er32(XOFFRXC);
	addl	$16464, %eax	#, _124
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_124], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3639: 	adapter->stats.xoffrxc += er32(XOFFRXC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3639: 	adapter->stats.xoffrxc += er32(XOFFRXC);
	addl	%eax, 1340(%ebx)	# ret, adapter_360(D)->stats.xoffrxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3640: 	adapter->stats.xofftxc += er32(XOFFTXC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp738
# drivers/net/ethernet/intel/e1000/e1000_main.c:3639: 	adapter->stats.xoffrxc += er32(XOFFRXC);
	adcl	%edx, 1344(%ebx)	# ret, adapter_360(D)->stats.xoffrxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3640: 	adapter->stats.xofftxc += er32(XOFFTXC);
	addl	$16468, %eax	#, _129
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_129], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3640: 	adapter->stats.xofftxc += er32(XOFFTXC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3640: 	adapter->stats.xofftxc += er32(XOFFTXC);
	addl	%eax, 1348(%ebx)	# ret, adapter_360(D)->stats.xofftxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3641: 	adapter->stats.fcruc += er32(FCRUC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp739
# drivers/net/ethernet/intel/e1000/e1000_main.c:3640: 	adapter->stats.xofftxc += er32(XOFFTXC);
	adcl	%edx, 1352(%ebx)	# ret, adapter_360(D)->stats.xofftxc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3641: 	adapter->stats.fcruc += er32(FCRUC);
	addl	$16472, %eax	#, _134
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_134], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3641: 	adapter->stats.fcruc += er32(FCRUC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3641: 	adapter->stats.fcruc += er32(FCRUC);
	addl	%eax, 1356(%ebx)	# ret, adapter_360(D)->stats.fcruc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3642: 	adapter->stats.gptc += er32(GPTC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp740
# drivers/net/ethernet/intel/e1000/e1000_main.c:3641: 	adapter->stats.fcruc += er32(FCRUC);
	adcl	%edx, 1360(%ebx)	# ret, adapter_360(D)->stats.fcruc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3642: 	adapter->stats.gptc += er32(GPTC);
	addl	$16512, %eax	#, _139
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_139], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3642: 	adapter->stats.gptc += er32(GPTC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3642: 	adapter->stats.gptc += er32(GPTC);
	addl	%eax, 1436(%ebx)	# ret, adapter_360(D)->stats.gptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3643: 	adapter->stats.gotcl += er32(GOTCL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp741
# drivers/net/ethernet/intel/e1000/e1000_main.c:3642: 	adapter->stats.gptc += er32(GPTC);
	adcl	%edx, 1440(%ebx)	# ret, adapter_360(D)->stats.gptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3643: 	adapter->stats.gotcl += er32(GOTCL);
	addl	$16528, %eax	#, _144
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_144], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3643: 	adapter->stats.gotcl += er32(GOTCL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3643: 	adapter->stats.gotcl += er32(GOTCL);
	addl	%eax, 1460(%ebx)	# ret, adapter_360(D)->stats.gotcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3644: 	adapter->stats.gotch += er32(GOTCH);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp742
# drivers/net/ethernet/intel/e1000/e1000_main.c:3643: 	adapter->stats.gotcl += er32(GOTCL);
	adcl	%edx, 1464(%ebx)	# ret, adapter_360(D)->stats.gotcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3644: 	adapter->stats.gotch += er32(GOTCH);
	addl	$16532, %eax	#, _149
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_149], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3644: 	adapter->stats.gotch += er32(GOTCH);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3644: 	adapter->stats.gotch += er32(GOTCH);
	addl	%eax, 1468(%ebx)	# ret, adapter_360(D)->stats.gotch
# drivers/net/ethernet/intel/e1000/e1000_main.c:3645: 	adapter->stats.rnbc += er32(RNBC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp743
# drivers/net/ethernet/intel/e1000/e1000_main.c:3644: 	adapter->stats.gotch += er32(GOTCH);
	adcl	%edx, 1472(%ebx)	# ret, adapter_360(D)->stats.gotch
# drivers/net/ethernet/intel/e1000/e1000_main.c:3645: 	adapter->stats.rnbc += er32(RNBC);
	addl	$16544, %eax	#, _154
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_154], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3645: 	adapter->stats.rnbc += er32(RNBC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3645: 	adapter->stats.rnbc += er32(RNBC);
	addl	%eax, 1476(%ebx)	# ret, adapter_360(D)->stats.rnbc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3646: 	adapter->stats.ruc += er32(RUC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp744
# drivers/net/ethernet/intel/e1000/e1000_main.c:3645: 	adapter->stats.rnbc += er32(RNBC);
	adcl	%edx, 1480(%ebx)	# ret, adapter_360(D)->stats.rnbc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3646: 	adapter->stats.ruc += er32(RUC);
	addl	$16548, %eax	#, _159
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_159], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3646: 	adapter->stats.ruc += er32(RUC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3646: 	adapter->stats.ruc += er32(RUC);
	addl	%eax, 1484(%ebx)	# ret, adapter_360(D)->stats.ruc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3647: 	adapter->stats.rfc += er32(RFC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp745
# drivers/net/ethernet/intel/e1000/e1000_main.c:3646: 	adapter->stats.ruc += er32(RUC);
	adcl	%edx, 1488(%ebx)	# ret, adapter_360(D)->stats.ruc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3647: 	adapter->stats.rfc += er32(RFC);
	addl	$16552, %eax	#, _164
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_164], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3647: 	adapter->stats.rfc += er32(RFC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3647: 	adapter->stats.rfc += er32(RFC);
	addl	%eax, 1492(%ebx)	# ret, adapter_360(D)->stats.rfc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3648: 	adapter->stats.rjc += er32(RJC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp746
# drivers/net/ethernet/intel/e1000/e1000_main.c:3647: 	adapter->stats.rfc += er32(RFC);
	adcl	%edx, 1496(%ebx)	# ret, adapter_360(D)->stats.rfc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3648: 	adapter->stats.rjc += er32(RJC);
	addl	$16560, %eax	#, _169
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_169], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3648: 	adapter->stats.rjc += er32(RJC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3648: 	adapter->stats.rjc += er32(RJC);
	addl	%eax, 1516(%ebx)	# ret, adapter_360(D)->stats.rjc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3649: 	adapter->stats.torl += er32(TORL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp747
# drivers/net/ethernet/intel/e1000/e1000_main.c:3648: 	adapter->stats.rjc += er32(RJC);
	adcl	%edx, 1520(%ebx)	# ret, adapter_360(D)->stats.rjc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3649: 	adapter->stats.torl += er32(TORL);
	addl	$16576, %eax	#, _174
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_174], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3649: 	adapter->stats.torl += er32(TORL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3649: 	adapter->stats.torl += er32(TORL);
	addl	%eax, 1548(%ebx)	# ret, adapter_360(D)->stats.torl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3650: 	adapter->stats.torh += er32(TORH);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp748
# drivers/net/ethernet/intel/e1000/e1000_main.c:3649: 	adapter->stats.torl += er32(TORL);
	adcl	%edx, 1552(%ebx)	# ret, adapter_360(D)->stats.torl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3650: 	adapter->stats.torh += er32(TORH);
	addl	$16580, %eax	#, _179
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_179], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3650: 	adapter->stats.torh += er32(TORH);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3650: 	adapter->stats.torh += er32(TORH);
	addl	%eax, 1556(%ebx)	# ret, adapter_360(D)->stats.torh
# drivers/net/ethernet/intel/e1000/e1000_main.c:3651: 	adapter->stats.totl += er32(TOTL);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp749
# drivers/net/ethernet/intel/e1000/e1000_main.c:3650: 	adapter->stats.torh += er32(TORH);
	adcl	%edx, 1560(%ebx)	# ret, adapter_360(D)->stats.torh
# drivers/net/ethernet/intel/e1000/e1000_main.c:3651: 	adapter->stats.totl += er32(TOTL);
	addl	$16584, %eax	#, _184
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_184], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3651: 	adapter->stats.totl += er32(TOTL);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3651: 	adapter->stats.totl += er32(TOTL);
	addl	%eax, 1564(%ebx)	# ret, adapter_360(D)->stats.totl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3652: 	adapter->stats.toth += er32(TOTH);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp750
# drivers/net/ethernet/intel/e1000/e1000_main.c:3651: 	adapter->stats.totl += er32(TOTL);
	adcl	%edx, 1568(%ebx)	# ret, adapter_360(D)->stats.totl
# drivers/net/ethernet/intel/e1000/e1000_main.c:3652: 	adapter->stats.toth += er32(TOTH);
	addl	$16588, %eax	#, _189
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_189], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3652: 	adapter->stats.toth += er32(TOTH);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3652: 	adapter->stats.toth += er32(TOTH);
	addl	%eax, 1572(%ebx)	# ret, adapter_360(D)->stats.toth
# drivers/net/ethernet/intel/e1000/e1000_main.c:3653: 	adapter->stats.tpr += er32(TPR);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp751
# drivers/net/ethernet/intel/e1000/e1000_main.c:3652: 	adapter->stats.toth += er32(TOTH);
	adcl	%edx, 1576(%ebx)	# ret, adapter_360(D)->stats.toth
# drivers/net/ethernet/intel/e1000/e1000_main.c:3653: 	adapter->stats.tpr += er32(TPR);
	addl	$16592, %eax	#, _194
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_194], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3653: 	adapter->stats.tpr += er32(TPR);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3653: 	adapter->stats.tpr += er32(TPR);
	addl	%eax, 1580(%ebx)	# ret, adapter_360(D)->stats.tpr
# drivers/net/ethernet/intel/e1000/e1000_main.c:3655: 	adapter->stats.ptc64 += er32(PTC64);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp752
# drivers/net/ethernet/intel/e1000/e1000_main.c:3653: 	adapter->stats.tpr += er32(TPR);
	adcl	%edx, 1584(%ebx)	# ret, adapter_360(D)->stats.tpr
# drivers/net/ethernet/intel/e1000/e1000_main.c:3655: 	adapter->stats.ptc64 += er32(PTC64);
	addl	$16600, %eax	#, _199
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_199], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3655: 	adapter->stats.ptc64 += er32(PTC64);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3655: 	adapter->stats.ptc64 += er32(PTC64);
	addl	%eax, 1596(%ebx)	# ret, adapter_360(D)->stats.ptc64
# drivers/net/ethernet/intel/e1000/e1000_main.c:3656: 	adapter->stats.ptc127 += er32(PTC127);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp753
# drivers/net/ethernet/intel/e1000/e1000_main.c:3655: 	adapter->stats.ptc64 += er32(PTC64);
	adcl	%edx, 1600(%ebx)	# ret, adapter_360(D)->stats.ptc64
# drivers/net/ethernet/intel/e1000/e1000_main.c:3656: 	adapter->stats.ptc127 += er32(PTC127);
	addl	$16604, %eax	#, _204
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_204], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3656: 	adapter->stats.ptc127 += er32(PTC127);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3656: 	adapter->stats.ptc127 += er32(PTC127);
	addl	%eax, 1604(%ebx)	# ret, adapter_360(D)->stats.ptc127
# drivers/net/ethernet/intel/e1000/e1000_main.c:3657: 	adapter->stats.ptc255 += er32(PTC255);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp754
# drivers/net/ethernet/intel/e1000/e1000_main.c:3656: 	adapter->stats.ptc127 += er32(PTC127);
	adcl	%edx, 1608(%ebx)	# ret, adapter_360(D)->stats.ptc127
# drivers/net/ethernet/intel/e1000/e1000_main.c:3657: 	adapter->stats.ptc255 += er32(PTC255);
	addl	$16608, %eax	#, _209
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_209], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3657: 	adapter->stats.ptc255 += er32(PTC255);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3657: 	adapter->stats.ptc255 += er32(PTC255);
	addl	%eax, 1612(%ebx)	# ret, adapter_360(D)->stats.ptc255
# drivers/net/ethernet/intel/e1000/e1000_main.c:3658: 	adapter->stats.ptc511 += er32(PTC511);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp755
# drivers/net/ethernet/intel/e1000/e1000_main.c:3657: 	adapter->stats.ptc255 += er32(PTC255);
	adcl	%edx, 1616(%ebx)	# ret, adapter_360(D)->stats.ptc255
# drivers/net/ethernet/intel/e1000/e1000_main.c:3658: 	adapter->stats.ptc511 += er32(PTC511);
	addl	$16612, %eax	#, _214
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_214], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3658: 	adapter->stats.ptc511 += er32(PTC511);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3658: 	adapter->stats.ptc511 += er32(PTC511);
	addl	%eax, 1620(%ebx)	# ret, adapter_360(D)->stats.ptc511
# drivers/net/ethernet/intel/e1000/e1000_main.c:3659: 	adapter->stats.ptc1023 += er32(PTC1023);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp756
# drivers/net/ethernet/intel/e1000/e1000_main.c:3658: 	adapter->stats.ptc511 += er32(PTC511);
	adcl	%edx, 1624(%ebx)	# ret, adapter_360(D)->stats.ptc511
# drivers/net/ethernet/intel/e1000/e1000_main.c:3659: 	adapter->stats.ptc1023 += er32(PTC1023);
	addl	$16616, %eax	#, _219
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_219], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3659: 	adapter->stats.ptc1023 += er32(PTC1023);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3659: 	adapter->stats.ptc1023 += er32(PTC1023);
	addl	%eax, 1628(%ebx)	# ret, adapter_360(D)->stats.ptc1023
# drivers/net/ethernet/intel/e1000/e1000_main.c:3660: 	adapter->stats.ptc1522 += er32(PTC1522);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp757
# drivers/net/ethernet/intel/e1000/e1000_main.c:3659: 	adapter->stats.ptc1023 += er32(PTC1023);
	adcl	%edx, 1632(%ebx)	# ret, adapter_360(D)->stats.ptc1023
# drivers/net/ethernet/intel/e1000/e1000_main.c:3660: 	adapter->stats.ptc1522 += er32(PTC1522);
	addl	$16620, %eax	#, _224
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_224], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3660: 	adapter->stats.ptc1522 += er32(PTC1522);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3660: 	adapter->stats.ptc1522 += er32(PTC1522);
	addl	%eax, 1636(%ebx)	# ret, adapter_360(D)->stats.ptc1522
# drivers/net/ethernet/intel/e1000/e1000_main.c:3662: 	adapter->stats.mptc += er32(MPTC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp758
# drivers/net/ethernet/intel/e1000/e1000_main.c:3660: 	adapter->stats.ptc1522 += er32(PTC1522);
	adcl	%edx, 1640(%ebx)	# ret, adapter_360(D)->stats.ptc1522
# drivers/net/ethernet/intel/e1000/e1000_main.c:3662: 	adapter->stats.mptc += er32(MPTC);
	addl	$16624, %eax	#, _229
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_229], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3662: 	adapter->stats.mptc += er32(MPTC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3662: 	adapter->stats.mptc += er32(MPTC);
	addl	%eax, 1644(%ebx)	# ret, adapter_360(D)->stats.mptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3663: 	adapter->stats.bptc += er32(BPTC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp759
# drivers/net/ethernet/intel/e1000/e1000_main.c:3662: 	adapter->stats.mptc += er32(MPTC);
	adcl	%edx, 1648(%ebx)	# ret, adapter_360(D)->stats.mptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3663: 	adapter->stats.bptc += er32(BPTC);
	addl	$16628, %eax	#, _234
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_234], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3663: 	adapter->stats.bptc += er32(BPTC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3663: 	adapter->stats.bptc += er32(BPTC);
	addl	%eax, 1652(%ebx)	# ret, adapter_360(D)->stats.bptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3667: 	hw->tx_packet_delta = er32(TPT);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp760
# drivers/net/ethernet/intel/e1000/e1000_main.c:3663: 	adapter->stats.bptc += er32(BPTC);
	adcl	%edx, 1656(%ebx)	# ret, adapter_360(D)->stats.bptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3667: 	hw->tx_packet_delta = er32(TPT);
	addl	$16596, %eax	#, _239
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_239], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3667: 	hw->tx_packet_delta = er32(TPT);
#NO_APP
	movl	%eax, 1080(%ebx)	# ret, MEM[(struct e1000_hw *)adapter_360(D) + 936B].tx_packet_delta
# drivers/net/ethernet/intel/e1000/e1000_main.c:3668: 	adapter->stats.tpt += hw->tx_packet_delta;
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3668: 	adapter->stats.tpt += hw->tx_packet_delta;
	addl	%eax, 1588(%ebx)	# ret, adapter_360(D)->stats.tpt
# drivers/net/ethernet/intel/e1000/e1000_main.c:3669: 	hw->collision_delta = er32(COLC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp761
# drivers/net/ethernet/intel/e1000/e1000_main.c:3668: 	adapter->stats.tpt += hw->tx_packet_delta;
	adcl	%edx, 1592(%ebx)	# ret, adapter_360(D)->stats.tpt
# drivers/net/ethernet/intel/e1000/e1000_main.c:3669: 	hw->collision_delta = er32(COLC);
	addl	$16424, %eax	#, _244
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_244], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3669: 	hw->collision_delta = er32(COLC);
#NO_APP
	movl	%eax, 1076(%ebx)	# ret, MEM[(struct e1000_hw *)adapter_360(D) + 936B].collision_delta
# drivers/net/ethernet/intel/e1000/e1000_main.c:3670: 	adapter->stats.colc += hw->collision_delta;
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3670: 	adapter->stats.colc += hw->collision_delta;
	addl	%eax, 1276(%ebx)	# ret, adapter_360(D)->stats.colc
	adcl	%edx, 1280(%ebx)	# ret, adapter_360(D)->stats.colc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3672: 	if (hw->mac_type >= e1000_82543) {
	cmpl	$2, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_360(D) + 936B].mac_type
	jbe	.L1992	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3673: 		adapter->stats.algnerrc += er32(ALGNERRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp762
	addl	$16388, %eax	#, _250
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_250], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3673: 		adapter->stats.algnerrc += er32(ALGNERRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3673: 		adapter->stats.algnerrc += er32(ALGNERRC);
	addl	%eax, 1204(%ebx)	# ret, adapter_360(D)->stats.algnerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3674: 		adapter->stats.rxerrc += er32(RXERRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp763
# drivers/net/ethernet/intel/e1000/e1000_main.c:3673: 		adapter->stats.algnerrc += er32(ALGNERRC);
	adcl	%edx, 1208(%ebx)	# ret, adapter_360(D)->stats.algnerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3674: 		adapter->stats.rxerrc += er32(RXERRC);
	addl	$16396, %eax	#, _255
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_255], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3674: 		adapter->stats.rxerrc += er32(RXERRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3674: 		adapter->stats.rxerrc += er32(RXERRC);
	addl	%eax, 1220(%ebx)	# ret, adapter_360(D)->stats.rxerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3675: 		adapter->stats.tncrs += er32(TNCRS);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp764
# drivers/net/ethernet/intel/e1000/e1000_main.c:3674: 		adapter->stats.rxerrc += er32(RXERRC);
	adcl	%edx, 1224(%ebx)	# ret, adapter_360(D)->stats.rxerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3675: 		adapter->stats.tncrs += er32(TNCRS);
	addl	$16436, %eax	#, _260
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_260], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3675: 		adapter->stats.tncrs += er32(TNCRS);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3675: 		adapter->stats.tncrs += er32(TNCRS);
	addl	%eax, 1292(%ebx)	# ret, adapter_360(D)->stats.tncrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3676: 		adapter->stats.cexterr += er32(CEXTERR);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp765
# drivers/net/ethernet/intel/e1000/e1000_main.c:3675: 		adapter->stats.tncrs += er32(TNCRS);
	adcl	%edx, 1296(%ebx)	# ret, adapter_360(D)->stats.tncrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3676: 		adapter->stats.cexterr += er32(CEXTERR);
	addl	$16444, %eax	#, _265
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_265], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3676: 		adapter->stats.cexterr += er32(CEXTERR);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3676: 		adapter->stats.cexterr += er32(CEXTERR);
	addl	%eax, 1308(%ebx)	# ret, adapter_360(D)->stats.cexterr
# drivers/net/ethernet/intel/e1000/e1000_main.c:3677: 		adapter->stats.tsctc += er32(TSCTC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp766
# drivers/net/ethernet/intel/e1000/e1000_main.c:3676: 		adapter->stats.cexterr += er32(CEXTERR);
	adcl	%edx, 1312(%ebx)	# ret, adapter_360(D)->stats.cexterr
# drivers/net/ethernet/intel/e1000/e1000_main.c:3677: 		adapter->stats.tsctc += er32(TSCTC);
	addl	$16632, %eax	#, _270
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_270], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3677: 		adapter->stats.tsctc += er32(TSCTC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3677: 		adapter->stats.tsctc += er32(TSCTC);
	addl	%eax, 1660(%ebx)	# ret, adapter_360(D)->stats.tsctc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3678: 		adapter->stats.tsctfc += er32(TSCTFC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp767
# drivers/net/ethernet/intel/e1000/e1000_main.c:3677: 		adapter->stats.tsctc += er32(TSCTC);
	adcl	%edx, 1664(%ebx)	# ret, adapter_360(D)->stats.tsctc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3678: 		adapter->stats.tsctfc += er32(TSCTFC);
	addl	$16636, %eax	#, _275
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_275], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3678: 		adapter->stats.tsctfc += er32(TSCTFC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3678: 		adapter->stats.tsctfc += er32(TSCTFC);
	addl	%eax, 1668(%ebx)	# ret, adapter_360(D)->stats.tsctfc
	adcl	%edx, 1672(%ebx)	# ret, adapter_360(D)->stats.tsctfc
.L1992:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3682: 	netdev->stats.multicast = adapter->stats.mprc;
	movl	1428(%ebx), %eax	# adapter_360(D)->stats.mprc, adapter_360(D)->stats.mprc
	movl	%eax, 240(%esi)	# adapter_360(D)->stats.mprc, netdev_361->stats.D.57935.multicast
# drivers/net/ethernet/intel/e1000/e1000_main.c:3683: 	netdev->stats.collisions = adapter->stats.colc;
	movl	1276(%ebx), %eax	# adapter_360(D)->stats.colc, adapter_360(D)->stats.colc
	movl	%eax, 244(%esi)	# adapter_360(D)->stats.colc, netdev_361->stats.D.57939.collisions
# drivers/net/ethernet/intel/e1000/e1000_main.c:3690: 	netdev->stats.rx_errors = adapter->stats.rxerrc +
	movl	1220(%ebx), %edx	# adapter_360(D)->stats.rxerrc,
	movl	1196(%ebx), %eax	# adapter_360(D)->stats.crcerrs, adapter_360(D)->stats.crcerrs
# drivers/net/ethernet/intel/e1000/e1000_main.c:3691: 		adapter->stats.crcerrs + adapter->stats.algnerrc +
	movl	1204(%ebx), %ecx	# adapter_360(D)->stats.algnerrc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3690: 	netdev->stats.rx_errors = adapter->stats.rxerrc +
	addl	%edx, %eax	#, tmp667
# drivers/net/ethernet/intel/e1000/e1000_main.c:3691: 		adapter->stats.crcerrs + adapter->stats.algnerrc +
	movl	1484(%ebx), %edx	# adapter_360(D)->stats.ruc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3691: 		adapter->stats.crcerrs + adapter->stats.algnerrc +
	addl	%ecx, %eax	#, tmp670
# drivers/net/ethernet/intel/e1000/e1000_main.c:3692: 		adapter->stats.ruc + adapter->stats.roc +
	movl	1500(%ebx), %ecx	# adapter_360(D)->stats.roc,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3691: 		adapter->stats.crcerrs + adapter->stats.algnerrc +
	addl	%edx, %eax	#, tmp672
# drivers/net/ethernet/intel/e1000/e1000_main.c:3692: 		adapter->stats.ruc + adapter->stats.roc +
	movl	1308(%ebx), %edx	# adapter_360(D)->stats.cexterr,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3692: 		adapter->stats.ruc + adapter->stats.roc +
	addl	%ecx, %eax	#, tmp674
# drivers/net/ethernet/intel/e1000/e1000_main.c:3692: 		adapter->stats.ruc + adapter->stats.roc +
	addl	%edx, %eax	#, tmp678
# drivers/net/ethernet/intel/e1000/e1000_main.c:3690: 	netdev->stats.rx_errors = adapter->stats.rxerrc +
	movl	%eax, 224(%esi)	# tmp678, netdev_361->stats.D.57919.rx_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3694: 	adapter->stats.rlerrc = adapter->stats.ruc + adapter->stats.roc;
	movl	1500(%ebx), %eax	# adapter_360(D)->stats.roc, adapter_360(D)->stats.roc
	addl	1484(%ebx), %eax	# adapter_360(D)->stats.ruc, _302
	movl	1504(%ebx), %edx	# adapter_360(D)->stats.roc, adapter_360(D)->stats.roc
	adcl	1488(%ebx), %edx	# adapter_360(D)->stats.ruc, _302
# drivers/net/ethernet/intel/e1000/e1000_main.c:3694: 	adapter->stats.rlerrc = adapter->stats.ruc + adapter->stats.roc;
	movl	%eax, 1508(%ebx)	# _302, adapter_360(D)->stats.rlerrc
	movl	%edx, 1512(%ebx)	# _302, adapter_360(D)->stats.rlerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3695: 	netdev->stats.rx_length_errors = adapter->stats.rlerrc;
	movl	%eax, 248(%esi)	# _302, netdev_361->stats.D.57943.rx_length_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3696: 	netdev->stats.rx_crc_errors = adapter->stats.crcerrs;
	movl	1196(%ebx), %eax	# adapter_360(D)->stats.crcerrs, adapter_360(D)->stats.crcerrs
	movl	%eax, 256(%esi)	# adapter_360(D)->stats.crcerrs, netdev_361->stats.D.57951.rx_crc_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3697: 	netdev->stats.rx_frame_errors = adapter->stats.algnerrc;
	movl	1204(%ebx), %eax	# adapter_360(D)->stats.algnerrc, adapter_360(D)->stats.algnerrc
	movl	%eax, 260(%esi)	# adapter_360(D)->stats.algnerrc, netdev_361->stats.D.57955.rx_frame_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3698: 	netdev->stats.rx_missed_errors = adapter->stats.mpc;
	movl	1236(%ebx), %eax	# adapter_360(D)->stats.mpc, adapter_360(D)->stats.mpc
	movl	%eax, 268(%esi)	# adapter_360(D)->stats.mpc, netdev_361->stats.D.57963.rx_missed_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3701: 	adapter->stats.txerrc = adapter->stats.ecol + adapter->stats.latecol;
	movl	1268(%ebx), %eax	# adapter_360(D)->stats.latecol, adapter_360(D)->stats.latecol
	addl	1252(%ebx), %eax	# adapter_360(D)->stats.ecol, _312
	movl	1272(%ebx), %edx	# adapter_360(D)->stats.latecol, adapter_360(D)->stats.latecol
	adcl	1256(%ebx), %edx	# adapter_360(D)->stats.ecol, _312
# drivers/net/ethernet/intel/e1000/e1000_main.c:3701: 	adapter->stats.txerrc = adapter->stats.ecol + adapter->stats.latecol;
	movl	%eax, 1228(%ebx)	# _312, adapter_360(D)->stats.txerrc
	movl	%edx, 1232(%ebx)	# _312, adapter_360(D)->stats.txerrc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3702: 	netdev->stats.tx_errors = adapter->stats.txerrc;
	movl	%eax, 228(%esi)	# _312, netdev_361->stats.D.57923.tx_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3703: 	netdev->stats.tx_aborted_errors = adapter->stats.ecol;
	movl	1252(%ebx), %eax	# adapter_360(D)->stats.ecol, adapter_360(D)->stats.ecol
	movl	%eax, 272(%esi)	# adapter_360(D)->stats.ecol, netdev_361->stats.D.57967.tx_aborted_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3704: 	netdev->stats.tx_window_errors = adapter->stats.latecol;
	movl	1268(%ebx), %eax	# adapter_360(D)->stats.latecol, adapter_360(D)->stats.latecol
	movl	%eax, 288(%esi)	# adapter_360(D)->stats.latecol, netdev_361->stats.D.57983.tx_window_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3705: 	netdev->stats.tx_carrier_errors = adapter->stats.tncrs;
	movl	1292(%ebx), %eax	# adapter_360(D)->stats.tncrs, adapter_360(D)->stats.tncrs
	movl	%eax, 276(%esi)	# adapter_360(D)->stats.tncrs, netdev_361->stats.D.57971.tx_carrier_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3706: 	if (hw->bad_tx_carr_stats_fd &&
	cmpb	$0, 1191(%ebx)	#, MEM[(struct e1000_hw *)adapter_360(D) + 936B].bad_tx_carr_stats_fd
	je	.L1993	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3706: 	if (hw->bad_tx_carr_stats_fd &&
	cmpw	$2, 538(%ebx)	#, adapter_360(D)->link_duplex
	je	.L2008	#,
.L1993:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3715: 	if (hw->media_type == e1000_media_type_copper) {
	movl	960(%ebx), %edx	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].media_type,
	testl	%edx, %edx	#
	jne	.L1995	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3716: 		if ((adapter->link_speed == SPEED_1000) &&
	cmpw	$1000, 536(%ebx)	#, adapter_360(D)->link_speed
# drivers/net/ethernet/intel/e1000/e1000_main.c:3591: 	struct e1000_hw *hw = &adapter->hw;
	leal	936(%ebx), %esi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:3716: 		if ((adapter->link_speed == SPEED_1000) &&
	je	.L2009	#,
.L1997:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3722: 		if ((hw->mac_type <= e1000_82546) &&
	cmpl	$8, 948(%ebx)	#, MEM[(struct e1000_hw *)adapter_360(D) + 936B].mac_type
	ja	.L1995	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3722: 		if ((hw->mac_type <= e1000_82546) &&
	movl	952(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].phy_type,
	testl	%eax, %eax	#
	je	.L2010	#,
	.p2align 4
	.p2align 3
.L1995:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3729: 	if (hw->has_smbus) {
	cmpb	$0, 1192(%ebx)	#, MEM[(struct e1000_hw *)adapter_360(D) + 936B].has_smbus
	je	.L2000	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3730: 		adapter->stats.mgptc += er32(MGTPTC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp770
	addl	$16572, %eax	#, _339
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_339], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3730: 		adapter->stats.mgptc += er32(MGTPTC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3730: 		adapter->stats.mgptc += er32(MGTPTC);
	addl	%eax, 1540(%ebx)	# ret, adapter_360(D)->stats.mgptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3731: 		adapter->stats.mgprc += er32(MGTPRC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp771
# drivers/net/ethernet/intel/e1000/e1000_main.c:3730: 		adapter->stats.mgptc += er32(MGTPTC);
	adcl	%edx, 1544(%ebx)	# ret, adapter_360(D)->stats.mgptc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3731: 		adapter->stats.mgprc += er32(MGTPRC);
	addl	$16564, %eax	#, _344
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_344], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3731: 		adapter->stats.mgprc += er32(MGTPRC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3731: 		adapter->stats.mgprc += er32(MGTPRC);
	addl	%eax, 1524(%ebx)	# ret, adapter_360(D)->stats.mgprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3732: 		adapter->stats.mgpdc += er32(MGTPDC);
	movl	936(%ebx), %eax	# MEM[(struct e1000_hw *)adapter_360(D) + 936B].hw_addr, tmp772
# drivers/net/ethernet/intel/e1000/e1000_main.c:3731: 		adapter->stats.mgprc += er32(MGTPRC);
	adcl	%edx, 1528(%ebx)	# ret, adapter_360(D)->stats.mgprc
# drivers/net/ethernet/intel/e1000/e1000_main.c:3732: 		adapter->stats.mgpdc += er32(MGTPDC);
	addl	$16568, %eax	#, _349
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_349], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:3732: 		adapter->stats.mgpdc += er32(MGTPDC);
#NO_APP
	xorl	%edx, %edx	# ret
# drivers/net/ethernet/intel/e1000/e1000_main.c:3732: 		adapter->stats.mgpdc += er32(MGTPDC);
	addl	%eax, 1532(%ebx)	# ret, adapter_360(D)->stats.mgpdc
	adcl	%edx, 1536(%ebx)	# ret, adapter_360(D)->stats.mgpdc
.L2000:
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-24(%ebp), %edx	# %sfp,
	movl	%edi, %eax	# _365,
	call	_raw_spin_unlock_irqrestore	#
	jmp	.L1990	#
	.p2align 4,,10
	.p2align 3
.L2008:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3708: 		netdev->stats.tx_carrier_errors = 0;
	xorl	%ecx, %ecx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3709: 		adapter->stats.tncrs = 0;
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3708: 		netdev->stats.tx_carrier_errors = 0;
	movl	%ecx, 276(%esi)	#, netdev_361->stats.D.57971.tx_carrier_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3709: 		adapter->stats.tncrs = 0;
	xorl	%esi, %esi	#
	movl	%esi, 1292(%ebx)	#, adapter_360(D)->stats.tncrs
	movl	%eax, 1296(%ebx)	#, adapter_360(D)->stats.tncrs
	jmp	.L1993	#
	.p2align 4,,10
	.p2align 3
.L2010:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3724: 		   !e1000_read_phy_reg(hw, M88E1000_RX_ERR_CNTR, &phy_tmp))
	leal	-18(%ebp), %ecx	#, tmp769
	movl	$21, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3723: 		   (hw->phy_type == e1000_phy_m88) &&
	testl	%eax, %eax	# tmp709
	jne	.L1995	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3725: 			adapter->phy_stats.receive_errors += phy_tmp;
	movzwl	-18(%ebp), %eax	# phy_tmp, phy_tmp
	addl	%eax, 1784(%ebx)	# phy_tmp, adapter_360(D)->phy_stats.receive_errors
	jmp	.L1995	#
	.p2align 4,,10
	.p2align 3
.L2009:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3717: 		   (!e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_tmp))) {
	leal	-18(%ebp), %ecx	#, tmp768
	movl	$10, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:3716: 		if ((adapter->link_speed == SPEED_1000) &&
	testl	%eax, %eax	# tmp708
	jne	.L1997	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:3718: 			phy_tmp &= PHY_IDLE_ERROR_COUNT_MASK;
	movzbl	-18(%ebp), %eax	# phy_tmp, _326
# drivers/net/ethernet/intel/e1000/e1000_main.c:3719: 			adapter->phy_stats.idle_errors += phy_tmp;
	addl	%eax, 1780(%ebx)	# _326, adapter_360(D)->phy_stats.idle_errors
# drivers/net/ethernet/intel/e1000/e1000_main.c:3718: 			phy_tmp &= PHY_IDLE_ERROR_COUNT_MASK;
	movw	%ax, -18(%ebp)	# _326, phy_tmp
	jmp	.L1997	#
.L2007:
# drivers/net/ethernet/intel/e1000/e1000_main.c:3736: }
	call	__stack_chk_fail	#
	.size	e1000_update_stats, .-e1000_update_stats
	.section	.rodata.str1.1
.LC89:
	.string	"RX"
.LC90:
	.string	"RX/TX"
.LC91:
	.string	"None"
.LC92:
	.string	"TX"
.LC93:
	.string	"Full Duplex"
.LC94:
	.string	"Half Duplex"
	.section	.rodata.str1.4
	.align 4
.LC95:
	.string	"\0016e1000: %s NIC Link is Up %d Mbps %s, Flow Control: %s\n"
	.section	.rodata.str1.1
.LC96:
	.string	"\0016e1000: %s NIC Link is Down\n"
	.section	.text.unlikely
.LCOLDB97:
	.text
.LHOTB97:
	.p2align 4
	.type	e1000_watchdog, @function
e1000_watchdog:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp344, work
# drivers/net/ethernet/intel/e1000/e1000_main.c:2431: 	struct e1000_hw *hw = &adapter->hw;
	leal	-976(%ebx), %edi	#, hw
# drivers/net/ethernet/intel/e1000/e1000_main.c:2427: {
	subl	$36, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2427: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp354
	movl	%eax, -16(%ebp)	# tmp354, D.88691
	xorl	%eax, %eax	# tmp354
# drivers/net/ethernet/intel/e1000/e1000_main.c:2432: 	struct net_device *netdev = adapter->netdev;
	movl	-984(%ebx), %esi	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].netdev, netdev
# drivers/net/ethernet/intel/e1000/e1000_main.c:2428: 	struct e1000_adapter *adapter = container_of(work,
	leal	-1912(%ebx), %eax	#, _100
# drivers/net/ethernet/intel/e1000/e1000_main.c:2431: 	struct e1000_hw *hw = &adapter->hw;
	movl	%edi, -24(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2433: 	struct e1000_tx_ring *txdr = adapter->tx_ring;
	movl	-1336(%ebx), %edi	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].tx_ring, txdr
# drivers/net/ethernet/intel/e1000/e1000_main.c:2428: 	struct e1000_adapter *adapter = container_of(work,
	movl	%eax, -28(%ebp)	# _100, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:2436: 	link = e1000_has_link(adapter);
	call	e1000_has_link	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %edx	# MEM[(const volatile long unsigned int *)netdev_103 + 36B], _179
# drivers/net/ethernet/intel/e1000/e1000_main.c:2437: 	if ((netif_carrier_ok(netdev)) && link)
	testb	$4, %dl	#, _179
	jne	.L2012	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2437: 	if ((netif_carrier_ok(netdev)) && link)
	testb	%al, %al	# _1
	jne	.L2013	#,
.L2014:
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_103 + 36B], _207
# drivers/net/ethernet/intel/e1000/e1000_main.c:2483: 		if (netif_carrier_ok(netdev)) {
	testb	$4, %al	#, _207
	je	.L2019	#,
.L2020:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4690: 	if ((hw->phy_type != e1000_phy_igp) || !hw->autoneg ||
	cmpl	$1, -960(%ebx)	#, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].phy_type
# drivers/net/ethernet/intel/e1000/e1000_main.c:4687: 	u16 phy_status;
	movw	$0, -20(%ebp)	#, phy_status
# drivers/net/ethernet/intel/e1000/e1000_main.c:4688: 	u16 phy_ctrl;
	movw	$0, -18(%ebp)	#, phy_ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4690: 	if ((hw->phy_type != e1000_phy_igp) || !hw->autoneg ||
	jne	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4690: 	if ((hw->phy_type != e1000_phy_igp) || !hw->autoneg ||
	cmpb	$0, -765(%ebx)	#, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].autoneg
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4690: 	if ((hw->phy_type != e1000_phy_igp) || !hw->autoneg ||
	testb	$32, -794(%ebx)	#, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].autoneg_advertised
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4694: 	if (adapter->smartspeed == 0) {
	movl	-1384(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].smartspeed, prephitmp_20
# drivers/net/ethernet/intel/e1000/e1000_main.c:4694: 	if (adapter->smartspeed == 0) {
	testl	%eax, %eax	# prephitmp_20
	je	.L2063	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4720: 	} else if (adapter->smartspeed == E1000_SMARTSPEED_DOWNSHIFT) {
	cmpl	$3, %eax	#, prephitmp_20
	je	.L2064	#,
.L2025:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4733: 	if (adapter->smartspeed++ == E1000_SMARTSPEED_MAX)
	cmpl	$15, %eax	#, prephitmp_20
	je	.L2043	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4733: 	if (adapter->smartspeed++ == E1000_SMARTSPEED_MAX)
	incl	%eax	# _246
.L2028:
	movl	%eax, -1384(%ebx)	# _246, MEM <struct e1000_adapter> [(void *)work_99(D) + 4294965384B].smartspeed
	.p2align 4
	.p2align 3
.L2013:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2499: 	e1000_update_stats(adapter);
	movl	-28(%ebp), %eax	# %sfp,
	call	e1000_update_stats	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2501: 	hw->tx_packet_delta = adapter->stats.tpt - adapter->tpt_old;
	movl	-324(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.tpt, _35
	movl	-320(%ebx), %edx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.tpt, _35
# drivers/net/ethernet/intel/e1000/e1000_main.c:2501: 	hw->tx_packet_delta = adapter->stats.tpt - adapter->tpt_old;
	movl	%eax, %ecx	# _35, tmp268
	subl	-1304(%ebx), %ecx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].tpt_old, tmp268
# drivers/net/ethernet/intel/e1000/e1000_main.c:2502: 	adapter->tpt_old = adapter->stats.tpt;
	movl	%eax, -1304(%ebx)	# _35, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].tpt_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2503: 	hw->collision_delta = adapter->stats.colc - adapter->colc_old;
	movl	-636(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.colc, _40
# drivers/net/ethernet/intel/e1000/e1000_main.c:2502: 	adapter->tpt_old = adapter->stats.tpt;
	movl	%edx, -1300(%ebx)	# _35, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].tpt_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2503: 	hw->collision_delta = adapter->stats.colc - adapter->colc_old;
	movl	-632(%ebx), %edx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.colc, _40
# drivers/net/ethernet/intel/e1000/e1000_main.c:2501: 	hw->tx_packet_delta = adapter->stats.tpt - adapter->tpt_old;
	movl	%ecx, -832(%ebx)	# tmp268, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].tx_packet_delta
# drivers/net/ethernet/intel/e1000/e1000_main.c:2503: 	hw->collision_delta = adapter->stats.colc - adapter->colc_old;
	movl	%eax, %ecx	# _40, tmp270
	subl	-1296(%ebx), %ecx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].colc_old, tmp270
# drivers/net/ethernet/intel/e1000/e1000_main.c:2504: 	adapter->colc_old = adapter->stats.colc;
	movl	%eax, -1296(%ebx)	# _40, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].colc_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2506: 	adapter->gorcl = adapter->stats.gorcl - adapter->gorcl_old;
	movl	-468(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.gorcl, _45
# drivers/net/ethernet/intel/e1000/e1000_main.c:2504: 	adapter->colc_old = adapter->stats.colc;
	movl	%edx, -1292(%ebx)	# _40, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].colc_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2506: 	adapter->gorcl = adapter->stats.gorcl - adapter->gorcl_old;
	movl	-464(%ebx), %edx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.gorcl, _45
# drivers/net/ethernet/intel/e1000/e1000_main.c:2503: 	hw->collision_delta = adapter->stats.colc - adapter->colc_old;
	movl	%ecx, -836(%ebx)	# tmp270, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].collision_delta
# drivers/net/ethernet/intel/e1000/e1000_main.c:2506: 	adapter->gorcl = adapter->stats.gorcl - adapter->gorcl_old;
	movl	%eax, %ecx	# _45, tmp272
	subl	-992(%ebx), %ecx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gorcl_old, tmp272
# drivers/net/ethernet/intel/e1000/e1000_main.c:2507: 	adapter->gorcl_old = adapter->stats.gorcl;
	movl	%eax, -992(%ebx)	# _45, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gorcl_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2508: 	adapter->gotcl = adapter->stats.gotcl - adapter->gotcl_old;
	movl	-452(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.gotcl, _50
# drivers/net/ethernet/intel/e1000/e1000_main.c:2507: 	adapter->gorcl_old = adapter->stats.gorcl;
	movl	%edx, -988(%ebx)	# _45, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gorcl_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2508: 	adapter->gotcl = adapter->stats.gotcl - adapter->gotcl_old;
	movl	-448(%ebx), %edx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].stats.gotcl, _50
# drivers/net/ethernet/intel/e1000/e1000_main.c:2506: 	adapter->gorcl = adapter->stats.gorcl - adapter->gorcl_old;
	movl	%ecx, -996(%ebx)	# tmp272, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gorcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:2508: 	adapter->gotcl = adapter->stats.gotcl - adapter->gotcl_old;
	movl	%eax, %ecx	# _50, tmp274
	subl	-1312(%ebx), %ecx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gotcl_old, tmp274
# drivers/net/ethernet/intel/e1000/e1000_main.c:2509: 	adapter->gotcl_old = adapter->stats.gotcl;
	movl	%eax, -1312(%ebx)	# _50, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gotcl_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2511: 	e1000_update_adaptive(hw);
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2509: 	adapter->gotcl_old = adapter->stats.gotcl;
	movl	%edx, -1308(%ebx)	# _50, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gotcl_old
# drivers/net/ethernet/intel/e1000/e1000_main.c:2508: 	adapter->gotcl = adapter->stats.gotcl - adapter->gotcl_old;
	movl	%ecx, -1316(%ebx)	# tmp274, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gotcl
# drivers/net/ethernet/intel/e1000/e1000_main.c:2511: 	e1000_update_adaptive(hw);
	call	e1000_update_adaptive	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_103 + 36B], _255
# drivers/net/ethernet/intel/e1000/e1000_main.c:2513: 	if (!netif_carrier_ok(netdev)) {
	testb	$4, %al	#, _255
	je	.L2029	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2514: 		if (E1000_DESC_UNUSED(txdr) + 1 < txdr->count) {
	movl	20(%edi), %eax	# MEM[(const volatile unsigned int *)txdr_104 + 20B], _138
	movl	16(%edi), %edx	# MEM[(const volatile unsigned int *)txdr_104 + 16B], _140
	cmpl	%eax, %edx	# _138, _140
	jnb	.L2030	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2514: 		if (E1000_DESC_UNUSED(txdr) + 1 < txdr->count) {
	movl	12(%edi), %ecx	# txdr_104->count, pretmp_21
	xorl	%esi, %esi	# iftmp.109_88
	subl	%edx, %eax	# _140, tmp277
	addl	%esi, %eax	# iftmp.109_88, tmp278
# drivers/net/ethernet/intel/e1000/e1000_main.c:2514: 		if (E1000_DESC_UNUSED(txdr) + 1 < txdr->count) {
	cmpl	%ecx, %eax	# pretmp_21, tmp278
	jb	.L2065	#,
.L2029:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2528: 	if (hw->mac_type >= e1000_82540 && adapter->itr_setting == 4) {
	cmpl	$4, -964(%ebx)	#, MEM[(struct e1000_hw *)work_99(D) + 4294966320B].mac_type
	ja	.L2066	#,
.L2033:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2543: 	ew32(ICS, E1000_ICS_RXDMT0);
	movl	-976(%ebx), %eax	# MEM[(struct e1000_hw *)work_99(D) + 4294966320B].hw_addr, tmp381
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$16, %edx	#, tmp302
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,200(%eax)	# tmp302, MEM[(volatile unsigned int *)_76]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2546: 	adapter->detect_tx_hung = true;
#NO_APP
	movb	$1, -1263(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].detect_tx_hung
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-36(%ebx), %eax	# MEM[(const volatile long unsigned int *)work_99(D) + 4294967260B], _161
# drivers/net/ethernet/intel/e1000/e1000_main.c:2549: 	if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _161
	je	.L2067	#,
.L2011:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2551: }
	movl	-16(%ebp), %eax	# D.88691, tmp358
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp358
	jne	.L2068	#,
	addl	$36, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2066:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2528: 	if (hw->mac_type >= e1000_82540 && adapter->itr_setting == 4) {
	cmpl	$4, -1348(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].itr_setting
	jne	.L2033	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	movl	-1316(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gotcl, _64
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	movl	-996(%ebx), %ecx	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].gorcl, _65
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	leal	(%eax,%ecx), %esi	#, _66
# drivers/net/ethernet/intel/e1000/e1000_main.c:2536: 			    adapter->gorcl - adapter->gotcl) / 10000;
	cmpl	%eax, %ecx	# _64, _65
	jnb	.L2034	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2535: 			    adapter->gotcl - adapter->gorcl :
	subl	%ecx, %eax	# _65, tmp282
# drivers/net/ethernet/intel/e1000/e1000_main.c:2536: 			    adapter->gorcl - adapter->gotcl) / 10000;
	movl	$-776530087, %edx	#, tmp284
	mull	%edx	# tmp284
	shrl	$13, %edx	#, iftmp.110_89
.L2035:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	cmpl	$9999, %esi	#, _66
	movl	$488, %eax	#, _77
	jbe	.L2036	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	imull	$6000, %edx, %ecx	#, iftmp.110_89, tmp288
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	movl	$-776530087, %eax	#, _66
	mull	%esi	# _66
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	movl	%ecx, %eax	# tmp288, tmp288
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	movl	%edx, %esi	# tmp290, tmp290
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	xorl	%edx, %edx	# tmp294
# drivers/net/ethernet/intel/e1000/e1000_main.c:2533: 		u32 goc = (adapter->gotcl + adapter->gorcl) / 10000;
	shrl	$13, %esi	#, goc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	divl	%esi	# goc
# drivers/net/ethernet/intel/e1000/e1000_main.c:2539: 		ew32(ITR, 1000000000 / (itr * 256));
	xorl	%edx, %edx	# tmp298
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	movl	%eax, %ecx	# tmp288, tmp293
# drivers/net/ethernet/intel/e1000/e1000_main.c:2539: 		ew32(ITR, 1000000000 / (itr * 256));
	movl	$1000000000, %eax	#, tmp299
# drivers/net/ethernet/intel/e1000/e1000_main.c:2537: 		u32 itr = goc > 0 ? (dif * 6000 / goc + 2000) : 8000;
	addl	$2000, %ecx	#, tmp295
# drivers/net/ethernet/intel/e1000/e1000_main.c:2539: 		ew32(ITR, 1000000000 / (itr * 256));
	sall	$8, %ecx	#, tmp296
	divl	%ecx	# tmp296
.L2036:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2539: 		ew32(ITR, 1000000000 / (itr * 256));
	movl	-976(%ebx), %edi	# MEM[(struct e1000_hw *)work_99(D) + 4294966320B].hw_addr, tmp380
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,196(%edi)	# _77, MEM[(volatile unsigned int *)_72]
# 0 "" 2
#NO_APP
	jmp	.L2033	#
	.p2align 4,,10
	.p2align 3
.L2012:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2440: 	if (link) {
	testb	%al, %al	# _1
	je	.L2014	#,
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%esi), %eax	# MEM[(const volatile long unsigned int *)netdev_103 + 36B], _192
# drivers/net/ethernet/intel/e1000/e1000_main.c:2441: 		if (!netif_carrier_ok(netdev)) {
	testb	$4, %al	#, _192
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2444: 			e1000_get_speed_and_duplex(hw,
	movl	-24(%ebp), %eax	# %sfp,
	leal	-1374(%ebx), %ecx	#, tmp222
	leal	-1376(%ebx), %edx	#, tmp224
	call	e1000_get_speed_and_duplex	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2448: 			ctrl = er32(CTRL);
	movl	-976(%ebx), %eax	# MEM[(struct e1000_hw *)work_99(D) + 4294966320B].hw_addr, _6
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
#NO_APP
	movl	%eax, %edx	# ret, tmp226
	andl	$402653184, %edx	#, tmp226
	cmpl	$402653184, %edx	#, tmp226
	je	.L2038	#,
	jmp	.L2060	#
	.p2align 4,,10
	.p2align 3
.L2067:
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	system_wq, %edx	# system_wq,
	movl	%ebx, %ecx	# work,
	movl	$8, %eax	#,
	movl	$2000, (%esp)	#,
	call	queue_delayed_work_on	#
# ./include/linux/workqueue.h:682: 	return queue_delayed_work(system_wq, dwork, delay);
	jmp	.L2011	#
	.p2align 4,,10
	.p2align 3
.L2030:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2514: 		if (E1000_DESC_UNUSED(txdr) + 1 < txdr->count) {
	movl	12(%edi), %esi	# txdr_104->count, iftmp.109_88
	subl	%edx, %eax	# _140, tmp277
	movl	%esi, %ecx	# iftmp.109_88, pretmp_21
	addl	%esi, %eax	# iftmp.109_88, tmp278
# drivers/net/ethernet/intel/e1000/e1000_main.c:2514: 		if (E1000_DESC_UNUSED(txdr) + 1 < txdr->count) {
	cmpl	%ecx, %eax	# pretmp_21, tmp278
	jnb	.L2029	#,
.L2065:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2520: 			adapter->tx_timeout_count++;
	incl	-1288(%ebx)	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].tx_timeout_count
# ./include/linux/workqueue.h:515: 	return queue_work_on(WORK_CPU_UNBOUND, wq, work);
	movl	$8, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2521: 			schedule_work(&adapter->reset_task);
	leal	-16(%ebx), %ecx	#, tmp280
# ./include/linux/workqueue.h:515: 	return queue_work_on(WORK_CPU_UNBOUND, wq, work);
	movl	system_wq, %edx	# system_wq,
	call	queue_work_on	#
# ./include/linux/workqueue.h:576: 	return queue_work(system_wq, work);
	jmp	.L2011	#
	.p2align 4,,10
	.p2align 3
.L2034:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2536: 			    adapter->gorcl - adapter->gotcl) / 10000;
	subl	%eax, %ecx	# _64, tmp285
# drivers/net/ethernet/intel/e1000/e1000_main.c:2536: 			    adapter->gorcl - adapter->gotcl) / 10000;
	movl	$-776530087, %eax	#, tmp285
	mull	%ecx	# tmp285
	shrl	$13, %edx	#, iftmp.110_89
	jmp	.L2035	#
	.p2align 4,,10
	.p2align 3
.L2063:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4698: 		e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_status);
	movl	-24(%ebp), %eax	# %sfp,
	leal	-20(%ebp), %ecx	#, tmp365
	movl	$10, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4699: 		if (!(phy_status & SR_1000T_MS_CONFIG_FAULT))
	testb	$-128, -19(%ebp)	#, phy_status
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4701: 		e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_status);
	movl	-24(%ebp), %eax	# %sfp,
	leal	-20(%ebp), %ecx	#, tmp366
	movl	$10, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4702: 		if (!(phy_status & SR_1000T_MS_CONFIG_FAULT))
	testb	$-128, -19(%ebp)	#, phy_status
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4704: 		e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_ctrl);
	movl	-24(%ebp), %eax	# %sfp,
	leal	-18(%ebp), %ecx	#, tmp367
	movl	$9, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4705: 		if (phy_ctrl & CR_1000T_MS_ENABLE) {
	movzwl	-18(%ebp), %eax	# phy_ctrl, phy_ctrl.117_226
# drivers/net/ethernet/intel/e1000/e1000_main.c:4705: 		if (phy_ctrl & CR_1000T_MS_ENABLE) {
	testb	$16, %ah	#, phy_ctrl.117_226
	je	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4706: 			phy_ctrl &= ~CR_1000T_MS_ENABLE;
	andl	$61439, %eax	#, phy_ctrl.117_226
# drivers/net/ethernet/intel/e1000/e1000_main.c:4707: 			e1000_write_phy_reg(hw, PHY_1000T_CTRL,
	movl	$9, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4706: 			phy_ctrl &= ~CR_1000T_MS_ENABLE;
	movw	%ax, -18(%ebp)	# _228, phy_ctrl
	movl	%eax, %ecx	# phy_ctrl.117_226, _228
# drivers/net/ethernet/intel/e1000/e1000_main.c:4707: 			e1000_write_phy_reg(hw, PHY_1000T_CTRL,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4710: 			if (!e1000_phy_setup_autoneg(hw) &&
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4709: 			adapter->smartspeed++;
	incl	-1384(%ebx)	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].smartspeed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4710: 			if (!e1000_phy_setup_autoneg(hw) &&
	call	e1000_phy_setup_autoneg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4710: 			if (!e1000_phy_setup_autoneg(hw) &&
	testl	%eax, %eax	# tmp346
	jne	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4711: 			   !e1000_read_phy_reg(hw, PHY_CTRL,
	movl	-24(%ebp), %eax	# %sfp,
	leal	-18(%ebp), %ecx	#, tmp369
	xorl	%edx, %edx	#
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4710: 			if (!e1000_phy_setup_autoneg(hw) &&
	testl	%eax, %eax	# tmp347
	jne	.L2013	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4713: 				phy_ctrl |= (MII_CR_AUTO_NEG_EN |
	movzwl	-18(%ebp), %ecx	# phy_ctrl, tmp260
# drivers/net/ethernet/intel/e1000/e1000_main.c:4715: 				e1000_write_phy_reg(hw, PHY_CTRL,
	xorl	%edx, %edx	#
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4713: 				phy_ctrl |= (MII_CR_AUTO_NEG_EN |
	orl	$4608, %ecx	#, _235
	movw	%cx, -18(%ebp)	# _235, phy_ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4715: 				e1000_write_phy_reg(hw, PHY_CTRL,
	call	e1000_write_phy_reg	#
	jmp	.L2013	#
	.p2align 4,,10
	.p2align 3
.L2043:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4734: 		adapter->smartspeed = 0;
	xorl	%eax, %eax	# _246
	jmp	.L2028	#
	.p2align 4,,10
	.p2align 3
.L2064:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4722: 		e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_ctrl);
	movl	-24(%ebp), %eax	# %sfp,
	leal	-18(%ebp), %ecx	#, tmp370
	movl	$9, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4723: 		phy_ctrl |= CR_1000T_MS_ENABLE;
	movzwl	-18(%ebp), %ecx	# phy_ctrl, tmp263
# drivers/net/ethernet/intel/e1000/e1000_main.c:4724: 		e1000_write_phy_reg(hw, PHY_1000T_CTRL, phy_ctrl);
	movl	$9, %edx	#,
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4723: 		phy_ctrl |= CR_1000T_MS_ENABLE;
	orl	$4096, %ecx	#, _238
	movw	%cx, -18(%ebp)	# _238, phy_ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4724: 		e1000_write_phy_reg(hw, PHY_1000T_CTRL, phy_ctrl);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4725: 		if (!e1000_phy_setup_autoneg(hw) &&
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_phy_setup_autoneg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4725: 		if (!e1000_phy_setup_autoneg(hw) &&
	testl	%eax, %eax	# tmp348
	je	.L2026	#,
.L2062:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4733: 	if (adapter->smartspeed++ == E1000_SMARTSPEED_MAX)
	movl	-1384(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].smartspeed, prephitmp_20
	jmp	.L2025	#
.L2026:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4726: 		   !e1000_read_phy_reg(hw, PHY_CTRL, &phy_ctrl)) {
	movl	-24(%ebp), %eax	# %sfp,
	leal	-18(%ebp), %ecx	#, tmp371
	xorl	%edx, %edx	#
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4725: 		if (!e1000_phy_setup_autoneg(hw) &&
	testl	%eax, %eax	# tmp349
	jne	.L2062	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4727: 			phy_ctrl |= (MII_CR_AUTO_NEG_EN |
	movzwl	-18(%ebp), %ecx	# phy_ctrl, tmp266
# drivers/net/ethernet/intel/e1000/e1000_main.c:4729: 			e1000_write_phy_reg(hw, PHY_CTRL, phy_ctrl);
	xorl	%edx, %edx	#
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4727: 			phy_ctrl |= (MII_CR_AUTO_NEG_EN |
	orl	$4608, %ecx	#, _243
	movw	%cx, -18(%ebp)	# _243, phy_ctrl
# drivers/net/ethernet/intel/e1000/e1000_main.c:4729: 			e1000_write_phy_reg(hw, PHY_CTRL, phy_ctrl);
	call	e1000_write_phy_reg	#
	jmp	.L2062	#
.L2068:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2551: }
	call	__stack_chk_fail	#
	.section	.text.unlikely
	.type	e1000_watchdog.cold, @function
e1000_watchdog.cold:
.L2019:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2484: 			adapter->link_speed = 0;
	movw	$0, -1376(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_speed
# drivers/net/ethernet/intel/e1000/e1000_main.c:2485: 			adapter->link_duplex = 0;
	movw	$0, -1374(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:2486: 			pr_info("%s NIC Link is Down\n",
	movl	%esi, 4(%esp)	# netdev,
	movl	$.LC96, (%esp)	#,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2488: 			netif_carrier_off(netdev);
	movl	%esi, %eax	# netdev,
	call	netif_carrier_off	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-36(%ebx), %eax	# MEM[(const volatile long unsigned int *)work_99(D) + 4294967260B], _157
# drivers/net/ethernet/intel/e1000/e1000_main.c:2490: 			if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _157
	jne	.L2020	#,
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	system_wq, %edx	# system_wq,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2491: 				schedule_delayed_work(&adapter->phy_info_task,
	leal	88(%ebx), %ecx	#, tmp244
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	$8, %eax	#,
	movl	$2000, (%esp)	#,
	call	queue_delayed_work_on	#
	jmp	.L2020	#
.L2038:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
	movl	$.LC90, %eax	#, iftmp.103_84
.L2015:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
	cmpw	$2, -1374(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_duplex
	movl	$.LC93, %ecx	#, tmp327
	movl	%eax, 16(%esp)	# iftmp.103_84,
	movl	$.LC94, %edx	#, tmp326
	cmove	%ecx, %edx	# tmp326,, tmp327, iftmp.106_85
	movl	%edx, 12(%esp)	# iftmp.106_85,
	movzwl	-1376(%ebx), %eax	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_speed, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_speed
	movl	%esi, 4(%esp)	# netdev,
	movl	$.LC95, (%esp)	#,
	movl	%eax, 8(%esp)	# MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_speed,
	call	_printk	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:2464: 				adapter->tx_timeout_factor = 16;
	cmpw	$10, -1376(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].link_speed
	sete	%al	#, tmp335
	decb	%al	# tmp335
	andb	$-15, %al	#, tmp335
	addb	$16, %al	#, tmp335
	movb	%al, -1272(%ebx)	# tmp335, MEM <struct e1000_adapter> [(void *)work_99(D) + 4294965384B].tx_timeout_factor
# drivers/net/ethernet/intel/e1000/e1000_main.c:2472: 			tctl = er32(TCTL);
	movl	-976(%ebx), %eax	# MEM[(struct e1000_hw *)work_99(D) + 4294966320B].hw_addr, tmp363
	addl	$1024, %eax	#, _16
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_16], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2474: 			ew32(TCTL, tctl);
#NO_APP
	movl	-976(%ebx), %edx	# MEM[(struct e1000_hw *)work_99(D) + 4294966320B].hw_addr, tmp364
# drivers/net/ethernet/intel/e1000/e1000_main.c:2473: 			tctl |= E1000_TCTL_EN;
	orl	$2, %eax	#, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%edx)	# tctl, MEM[(volatile unsigned int *)_18]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:2476: 			netif_carrier_on(netdev);
#NO_APP
	movl	%esi, %eax	# netdev,
	call	netif_carrier_on	#
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	-36(%ebx), %eax	# MEM[(const volatile long unsigned int *)work_99(D) + 4294967260B], _153
# drivers/net/ethernet/intel/e1000/e1000_main.c:2477: 			if (!test_bit(__E1000_DOWN, &adapter->flags))
	testb	$4, %al	#, _153
	jne	.L2018	#,
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	system_wq, %edx	# system_wq,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2478: 				schedule_delayed_work(&adapter->phy_info_task,
	leal	88(%ebx), %ecx	#, tmp238
# ./include/linux/workqueue.h:530: 	return queue_delayed_work_on(WORK_CPU_UNBOUND, wq, dwork, delay);
	movl	$8, %eax	#,
	movl	$2000, (%esp)	#,
	call	queue_delayed_work_on	#
.L2018:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2480: 			adapter->smartspeed = 0;
	xorl	%eax, %eax	#
	movl	%eax, -1384(%ebx)	#, MEM[(struct e1000_adapter *)work_99(D) + 4294965384B].smartspeed
	jmp	.L2013	#
.L2060:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
	testl	$134217728, %eax	#, ret
	jne	.L2039	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
	testl	$268435456, %eax	#, ret
	movl	$.LC92, %edx	#, tmp321
	movl	$.LC91, %eax	#, tmp320
	cmovne	%edx, %eax	# tmp320,, tmp321, iftmp.103_84
	jmp	.L2015	#
.L2039:
# drivers/net/ethernet/intel/e1000/e1000_main.c:2449: 			pr_info("%s NIC Link is Up %d Mbps %s, "
	movl	$.LC89, %eax	#, iftmp.103_84
	jmp	.L2015	#
	.text
	.size	e1000_watchdog, .-e1000_watchdog
	.section	.text.unlikely
	.size	e1000_watchdog.cold, .-e1000_watchdog.cold
.LCOLDE97:
	.text
.LHOTE97:
	.section	.text.unlikely
.LCOLDB98:
	.text
.LHOTB98:
	.p2align 4
	.globl	e1000_pci_set_mwi
	.type	e1000_pci_set_mwi, @function
e1000_pci_set_mwi:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4854: 	struct e1000_adapter *adapter = hw->back;
	movl	28(%eax), %ebx	# hw_6(D)->back, adapter
# drivers/net/ethernet/intel/e1000/e1000_main.c:4855: 	int ret_val = pci_set_mwi(adapter->pdev);
	movl	932(%ebx), %eax	# adapter_7->pdev, adapter_7->pdev
	call	pci_set_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4857: 	if (ret_val)
	testl	%eax, %eax	# tmp94
	je	.L2069	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4858: 		e_err(probe, "Error in setting MWI\n");
	testb	$2, 1868(%ebx)	#, adapter_7->msg_enable
	jne	.L2077	#,
.L2069:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4859: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.section	.text.unlikely
	.type	e1000_pci_set_mwi.cold, @function
e1000_pci_set_mwi.cold:
.L2077:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4858: 		e_err(probe, "Error in setting MWI\n");
	movl	$.LC9, 4(%esp)	#,
	movl	928(%ebx), %eax	# adapter_7->netdev, adapter_7->netdev
	movl	%eax, (%esp)	# adapter_7->netdev,
	call	netdev_err	#
	jmp	.L2069	#
	.text
	.size	e1000_pci_set_mwi, .-e1000_pci_set_mwi
	.section	.text.unlikely
	.size	e1000_pci_set_mwi.cold, .-e1000_pci_set_mwi.cold
.LCOLDE98:
	.text
.LHOTE98:
	.p2align 4
	.globl	e1000_pci_clear_mwi
	.type	e1000_pci_clear_mwi, @function
e1000_pci_clear_mwi:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4865: 	pci_clear_mwi(adapter->pdev);
	movl	28(%eax), %eax	# hw_3(D)->back, hw_3(D)->back
# drivers/net/ethernet/intel/e1000/e1000_main.c:4862: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4865: 	pci_clear_mwi(adapter->pdev);
	movl	932(%eax), %eax	# adapter_4->pdev, adapter_4->pdev
	call	pci_clear_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4866: }
	popl	%ebp	#
	ret	
	.size	e1000_pci_clear_mwi, .-e1000_pci_clear_mwi
	.p2align 4
	.globl	e1000_pcix_get_mmrbc
	.type	e1000_pcix_get_mmrbc, @function
e1000_pcix_get_mmrbc:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4871: 	return pcix_get_mmrbc(adapter->pdev);
	movl	28(%eax), %eax	# hw_3(D)->back, hw_3(D)->back
# drivers/net/ethernet/intel/e1000/e1000_main.c:4869: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4871: 	return pcix_get_mmrbc(adapter->pdev);
	movl	932(%eax), %eax	# adapter_4->pdev, adapter_4->pdev
	call	pcix_get_mmrbc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4872: }
	popl	%ebp	#
	ret	
	.size	e1000_pcix_get_mmrbc, .-e1000_pcix_get_mmrbc
	.p2align 4
	.globl	e1000_pcix_set_mmrbc
	.type	e1000_pcix_set_mmrbc, @function
e1000_pcix_set_mmrbc:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4877: 	pcix_set_mmrbc(adapter->pdev, mmrbc);
	movl	28(%eax), %eax	# hw_3(D)->back, hw_3(D)->back
# drivers/net/ethernet/intel/e1000/e1000_main.c:4875: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4877: 	pcix_set_mmrbc(adapter->pdev, mmrbc);
	movl	932(%eax), %eax	# adapter_4->pdev, adapter_4->pdev
	call	pcix_set_mmrbc	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4878: }
	popl	%ebp	#
	ret	
	.size	e1000_pcix_set_mmrbc, .-e1000_pcix_set_mmrbc
	.p2align 4
	.globl	e1000_io_write
	.type	e1000_io_write, @function
e1000_io_write:
# ./arch/x86/include/asm/shared/io.h:24: BUILDIO(l,  , u32)
	movl	%ecx, %eax	# tmp87, tmp87
#APP
# 24 "./arch/x86/include/asm/shared/io.h" 1
	outl %eax, %dx	# tmp87, tmp86
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_main.c:4883: }
#NO_APP
	ret	
	.size	e1000_io_write, .-e1000_io_write
	.section	.rodata.str1.4
	.align 4
.LC99:
	.string	"Unsupported Speed/Duplex configuration\n"
	.section	.text.unlikely
.LCOLDB100:
	.text
.LHOTB100:
	.p2align 4
	.globl	e1000_set_spd_dplx
	.type	e1000_set_spd_dplx, @function
e1000_set_spd_dplx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5018: {
	movl	%eax, %ebx	# tmp112, adapter
	movzbl	%cl, %eax	# tmp114,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5021: 	hw->autoneg = 0;
	movb	$0, 1147(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_main.c:5026: 	if ((spd & 1) || (dplx & ~1))
	cmpb	$1, %al	#, dplx
	ja	.L2087	#,
	testb	$1, %dl	#, spd
	jne	.L2087	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5030: 	if ((hw->media_type == e1000_media_type_fiber) &&
	cmpl	$1, 960(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].media_type
	je	.L2104	#,
.L2088:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5035: 	switch (spd + dplx) {
	addl	%edx, %eax	# spd, _7
# drivers/net/ethernet/intel/e1000/e1000_main.c:5035: 	switch (spd + dplx) {
	cmpl	$100, %eax	#, _7
	je	.L2090	#,
	jbe	.L2105	#,
	cmpl	$101, %eax	#, _7
	.p2align 4,,3
	je	.L2094	#,
	cmpl	$1001, %eax	#, _7
	.p2align 4,,3
	jne	.L2087	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5049: 		hw->autoneg = 1;
	movb	$1, 1147(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_main.c:5050: 		hw->autoneg_advertised = ADVERTISE_1000_FULL;
	movl	$32, %eax	#,
	movw	%ax, 1118(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].autoneg_advertised
.L2096:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5058: 	hw->mdix = AUTO_ALL_MODES;
	movb	$0, 1148(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].mdix
# drivers/net/ethernet/intel/e1000/e1000_main.c:5060: 	return 0;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:5065: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2105:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5035: 	switch (spd + dplx) {
	cmpl	$10, %eax	#, _7
	je	.L2092	#,
	cmpl	$11, %eax	#, _7
	jne	.L2087	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5040: 		hw->forced_speed_duplex = e1000_10_full;
	movb	$1, 1149(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:5041: 		break;
	jmp	.L2096	#
	.p2align 4,,10
	.p2align 3
.L2104:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5031: 	    spd != SPEED_1000 &&
	cmpl	$1000, %edx	#, spd
	je	.L2088	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5032: 	    dplx != DUPLEX_FULL)
	movb	%al, %cl	# dplx, tmp105
	xorb	$1, %cl	#, tmp105
	andb	$1, %cl	#, tmp106
# drivers/net/ethernet/intel/e1000/e1000_main.c:5031: 	    spd != SPEED_1000 &&
	je	.L2088	#,
	.p2align 4
	.p2align 3
.L2087:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5063: 	e_err(probe, "Unsupported Speed/Duplex configuration\n");
	testb	$2, 1868(%ebx)	#, adapter_13(D)->msg_enable
	jne	.L2098	#,
.L2099:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5065: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:5064: 	return -EINVAL;
	movl	$-22, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_main.c:5065: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2092:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5037: 		hw->forced_speed_duplex = e1000_10_half;
	movb	$0, 1149(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:5038: 		break;
	jmp	.L2096	#
	.p2align 4,,10
	.p2align 3
.L2090:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5043: 		hw->forced_speed_duplex = e1000_100_half;
	movb	$2, 1149(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:5044: 		break;
	jmp	.L2096	#
	.p2align 4,,10
	.p2align 3
.L2094:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5046: 		hw->forced_speed_duplex = e1000_100_full;
	movb	$3, 1149(%ebx)	#, MEM[(struct e1000_hw *)adapter_13(D) + 936B].forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_main.c:5047: 		break;
	jmp	.L2096	#
	.section	.text.unlikely
	.type	e1000_set_spd_dplx.cold, @function
e1000_set_spd_dplx.cold:
.L2098:
# drivers/net/ethernet/intel/e1000/e1000_main.c:5063: 	e_err(probe, "Unsupported Speed/Duplex configuration\n");
	movl	$.LC99, 4(%esp)	#,
	movl	928(%ebx), %eax	# adapter_13(D)->netdev, adapter_13(D)->netdev
	movl	%eax, (%esp)	# adapter_13(D)->netdev,
	call	netdev_err	#
	jmp	.L2099	#
	.text
	.size	e1000_set_spd_dplx, .-e1000_set_spd_dplx
	.section	.text.unlikely
	.size	e1000_set_spd_dplx.cold, .-e1000_set_spd_dplx.cold
.LCOLDE100:
	.text
.LHOTE100:
	.p2align 4
	.type	e1000_ioctl, @function
e1000_ioctl:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$28, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp162, netdev
	movl	%esi, -8(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4745: 	switch (cmd) {
	leal	-35143(%ecx), %eax	#, tmp127
# drivers/net/ethernet/intel/e1000/e1000_main.c:4744: {
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4745: 	switch (cmd) {
	cmpl	$2, %eax	#, tmp127
	ja	.L2124	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4771: 	if (hw->media_type != e1000_media_type_copper)
	movl	2400(%ebx), %esi	# MEM[(struct e1000_hw *)netdev_7(D) + 2376B].media_type,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4765: 	struct e1000_hw *hw = &adapter->hw;
	leal	2376(%ebx), %eax	#, hw
	movl	%eax, -16(%ebp)	# hw, %sfp
	leal	1440(%ebx), %edi	#, tmp128
# drivers/net/ethernet/intel/e1000/e1000_main.c:4771: 	if (hw->media_type != e1000_media_type_copper)
	testl	%esi, %esi	#
	jne	.L2124	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4774: 	switch (cmd) {
	cmpl	$35144, %ecx	#, cmd
	movl	%edx, %esi	# tmp163, ifr
	je	.L2108	#,
	cmpl	$35145, %ecx	#, cmd
	jne	.L2133	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4788: 		if (data->reg_num & ~(0x1F))
	cmpw	$31, 18(%edx)	#, MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num
	ja	.L2125	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4790: 		mii_reg = data->val_in;
	movzwl	20(%edx), %eax	# MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].val_in, mii_reg
# ./include/linux/spinlock.h:326: 	return &lock->rlock;
	leal	1980(%ebx), %edx	#, _25
	movl	%edx, -24(%ebp)	# _25, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4790: 		mii_reg = data->val_in;
	movl	%eax, -20(%ebp)	# mii_reg, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4791: 		spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%edx, %eax	# _25,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4792: 		if (e1000_write_phy_reg(hw, data->reg_num,
	movzwl	18(%esi), %edx	# MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num, MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num
	movl	-20(%ebp), %ecx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4791: 		spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%eax, -28(%ebp)	# tmp167, %sfp
# drivers/net/ethernet/intel/e1000/e1000_main.c:4792: 		if (e1000_write_phy_reg(hw, data->reg_num,
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_write_phy_reg	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-28(%ebp), %edx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4792: 		if (e1000_write_phy_reg(hw, data->reg_num,
	testl	%eax, %eax	# tmp168
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-24(%ebp), %eax	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4792: 		if (e1000_write_phy_reg(hw, data->reg_num,
	jne	.L2132	#,
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4798: 		if (hw->media_type == e1000_media_type_copper) {
	movl	2400(%ebx), %edx	# MEM[(struct e1000_hw *)netdev_7(D) + 2376B].media_type,
	testl	%edx, %edx	#
	jne	.L2114	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4799: 			switch (data->reg_num) {
	movzwl	18(%esi), %eax	# MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num, _32
	movl	%eax, %edx	# _32, tmp138
	andl	$65531, %edx	#, tmp138
	cmpl	$16, %edx	#, tmp138
	je	.L2115	#,
	testl	%eax, %eax	# _32
	je	.L2116	#,
	.p2align 4
	.p2align 3
.L2110:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4813: 						speed = SPEED_10;
	xorl	%eax, %eax	# <retval>
.L2106:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4753: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2133:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4776: 		data->phy_id = hw->phy_addr;
	movl	2484(%ebx), %eax	# MEM[(struct e1000_hw *)netdev_7(D) + 2376B].phy_addr, MEM[(struct e1000_hw *)netdev_7(D) + 2376B].phy_addr
	movw	%ax, 16(%edx)	# MEM[(struct e1000_hw *)netdev_7(D) + 2376B].phy_addr, MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].phy_id
# drivers/net/ethernet/intel/e1000/e1000_main.c:4777: 		break;
	jmp	.L2110	#
	.p2align 4,,10
	.p2align 3
.L2108:
# ./include/linux/spinlock.h:326: 	return &lock->rlock;
	addl	$1980, %ebx	#, _16
# drivers/net/ethernet/intel/e1000/e1000_main.c:4779: 		spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%ebx, %eax	# _16,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4780: 		if (e1000_read_phy_reg(hw, data->reg_num & 0x1F,
	movzwl	18(%esi), %edx	# MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num, MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num
# drivers/net/ethernet/intel/e1000/e1000_main.c:4781: 				   &data->val_out)) {
	leal	22(%esi), %ecx	#, tmp131
# drivers/net/ethernet/intel/e1000/e1000_main.c:4780: 		if (e1000_read_phy_reg(hw, data->reg_num & 0x1F,
	andl	$31, %edx	#, tmp134
# drivers/net/ethernet/intel/e1000/e1000_main.c:4779: 		spin_lock_irqsave(&adapter->stats_lock, flags);
	movl	%eax, %edi	# tmp165, flags
# drivers/net/ethernet/intel/e1000/e1000_main.c:4780: 		if (e1000_read_phy_reg(hw, data->reg_num & 0x1F,
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_read_phy_reg	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%edi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4780: 		if (e1000_read_phy_reg(hw, data->reg_num & 0x1F,
	testl	%eax, %eax	# tmp166
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%ebx, %eax	# _16,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4780: 		if (e1000_read_phy_reg(hw, data->reg_num & 0x1F,
	jne	.L2132	#,
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	call	_raw_spin_unlock_irqrestore	#
# ./include/linux/spinlock.h:407: }
	.p2align 4,,2
	jmp	.L2110	#
	.p2align 4,,10
	.p2align 3
.L2114:
	cmpw	$0, 18(%esi)	#, MEM[(struct mii_ioctl_data *)ifr_8(D) + 16B].reg_num
	jne	.L2110	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4836: 				if (mii_reg & MII_CR_POWER_DOWN)
	testl	$2048, -20(%ebp)	#, %sfp
	jne	.L2110	#,
	jmp	.L2131	#
	.p2align 4,,10
	.p2align 3
.L2116:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4801: 				if (mii_reg & MII_CR_POWER_DOWN)
	movl	-20(%ebp), %eax	# %sfp, mii_reg
	testb	$8, %ah	#, mii_reg
	jne	.L2110	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4803: 				if (mii_reg & MII_CR_AUTO_NEG_EN) {
	testb	$16, %ah	#, mii_reg
	.p2align 4,,4
	je	.L2118	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4804: 					hw->autoneg = 1;
	movb	$1, 2587(%ebx)	#, MEM[(struct e1000_hw *)netdev_7(D) + 2376B].autoneg
# drivers/net/ethernet/intel/e1000/e1000_main.c:4805: 					hw->autoneg_advertised = 0x2F;
	movl	$47, %eax	#,
	movw	%ax, 2558(%ebx)	#, MEM[(struct e1000_hw *)netdev_7(D) + 2376B].autoneg_advertised
.L2131:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4838: 				if (netif_running(adapter->netdev))
	movl	2368(%ebx), %eax	# MEM[(struct e1000_adapter *)netdev_7(D) + 1440B].netdev, _55
# ./arch/x86/include/asm/bitops.h:207: 		(addr[nr >> _BITOPS_LONG_SHIFT])) != 0;
	movl	36(%eax), %eax	#, _63
# drivers/net/ethernet/intel/e1000/e1000_main.c:4838: 				if (netif_running(adapter->netdev))
	testb	$1, %al	#, _63
# drivers/net/ethernet/intel/e1000/e1000_main.c:4839: 					e1000_reinit_locked(adapter);
	movl	%edi, %eax	# tmp128,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4838: 				if (netif_running(adapter->netdev))
	je	.L2122	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4839: 					e1000_reinit_locked(adapter);
	call	e1000_reinit_locked	#
	jmp	.L2110	#
.L2125:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4789: 			return -EFAULT;
	movl	$-14, %eax	#, <retval>
	.p2align 4,,3
	jmp	.L2106	#
	.p2align 4,,10
	.p2align 3
.L2124:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4751: 		return -EOPNOTSUPP;
	movl	$-95, %eax	#, <retval>
	jmp	.L2106	#
	.p2align 4,,10
	.p2align 3
.L2115:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4829: 				if (e1000_phy_reset(hw))
	movl	-16(%ebp), %eax	# %sfp,
	call	e1000_phy_reset	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4829: 				if (e1000_phy_reset(hw))
	testl	%eax, %eax	# tmp170
	je	.L2110	#,
.L2112:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4783: 			return -EIO;
	movl	$-5, %eax	#, <retval>
	jmp	.L2106	#
	.p2align 4,,10
	.p2align 3
.L2122:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4841: 					e1000_reset(adapter);
	call	e1000_reset	#
	jmp	.L2110	#
.L2118:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4808: 					if (mii_reg & 0x40)
	movl	-20(%ebp), %eax	# %sfp, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:4809: 						speed = SPEED_1000;
	movl	$1000, %edx	#, speed
# drivers/net/ethernet/intel/e1000/e1000_main.c:4808: 					if (mii_reg & 0x40)
	testb	$64, %al	#, mii_reg
	jne	.L2120	#,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4810: 					else if (mii_reg & 0x2000)
	andl	$8192, %eax	#, tmp150
# drivers/net/ethernet/intel/e1000/e1000_main.c:4811: 						speed = SPEED_100;
	cmpl	$1, %eax	#, tmp150
	sbbl	%edx, %edx	# speed
	andl	$-90, %edx	#, speed
	addl	$100, %edx	#, speed
.L2120:
# drivers/net/ethernet/intel/e1000/e1000_main.c:4817: 						 ? DUPLEX_FULL :
	movl	-20(%ebp), %ecx	# %sfp, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:4814: 					retval = e1000_set_spd_dplx(
	movl	%edi, %eax	# tmp128,
# drivers/net/ethernet/intel/e1000/e1000_main.c:4817: 						 ? DUPLEX_FULL :
	sarl	$8, %ecx	#, mii_reg
# drivers/net/ethernet/intel/e1000/e1000_main.c:4814: 					retval = e1000_set_spd_dplx(
	andl	$1, %ecx	#, tmp152
	call	e1000_set_spd_dplx	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4819: 					if (retval)
	testl	%eax, %eax	# <retval>
	je	.L2131	#,
	jmp	.L2106	#
.L2132:
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	.p2align 4,,9
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_main.c:4795: 			return -EIO;
	.p2align 4,,8
	jmp	.L2112	#
	.size	e1000_ioctl, .-e1000_ioctl
	.section	.rodata
	.align 4
	.type	CSWTCH.529, @object
	.size	CSWTCH.529, 12
CSWTCH.529:
	.long	66
	.long	100
	.long	120
	.section	.rodata.str1.1
.LC101:
	.string	"CTRL"
.LC102:
	.string	"STATUS"
.LC103:
	.string	"RCTL"
.LC104:
	.string	"RDLEN"
.LC105:
	.string	"RDH"
.LC106:
	.string	"RDT"
.LC107:
	.string	"RDTR"
.LC108:
	.string	"TCTL"
.LC109:
	.string	"TDBAL"
.LC110:
	.string	"TDBAH"
.LC111:
	.string	"TDLEN"
.LC112:
	.string	"TDH"
.LC113:
	.string	"TDT"
.LC114:
	.string	"TIDV"
.LC115:
	.string	"TXDCTL"
.LC116:
	.string	"TADV"
.LC117:
	.string	"TARC0"
.LC118:
	.string	"TDBAL1"
.LC119:
	.string	"TDBAH1"
.LC120:
	.string	"TDLEN1"
.LC121:
	.string	"TDH1"
.LC122:
	.string	"TDT1"
.LC123:
	.string	"TXDCTL1"
.LC124:
	.string	"TARC1"
.LC125:
	.string	"CTRL_EXT"
.LC126:
	.string	"ERT"
.LC127:
	.string	"RDBAL"
.LC128:
	.string	"RDBAH"
.LC129:
	.string	"TDFH"
.LC130:
	.string	"TDFT"
.LC131:
	.string	"TDFHS"
.LC132:
	.string	"TDFTS"
.LC133:
	.string	"TDFPC"
.LC134:
	.string	"RDFH"
.LC135:
	.string	"RDFT"
.LC136:
	.string	"RDFHS"
.LC137:
	.string	"RDFTS"
.LC138:
	.string	"RDFPC"
	.section	.rodata
	.align 32
	.type	reg_name.0, @object
	.size	reg_name.0, 152
reg_name.0:
	.long	.LC101
	.long	.LC102
	.long	.LC103
	.long	.LC104
	.long	.LC105
	.long	.LC106
	.long	.LC107
	.long	.LC108
	.long	.LC109
	.long	.LC110
	.long	.LC111
	.long	.LC112
	.long	.LC113
	.long	.LC114
	.long	.LC115
	.long	.LC116
	.long	.LC117
	.long	.LC118
	.long	.LC119
	.long	.LC120
	.long	.LC121
	.long	.LC122
	.long	.LC123
	.long	.LC124
	.long	.LC125
	.long	.LC126
	.long	.LC127
	.long	.LC128
	.long	.LC129
	.long	.LC130
	.long	.LC131
	.long	.LC132
	.long	.LC133
	.long	.LC134
	.long	.LC135
	.long	.LC136
	.long	.LC137
	.long	.LC138
	.local	global_quad_port_a.1
	.comm	global_quad_port_a.1,4,4
	.local	cards_found.2
	.comm	cards_found.2,4,4
	.align 32
	.type	e1000_netdev_ops, @object
	.size	e1000_netdev_ops, 316
e1000_netdev_ops:
# ndo_open:
	.zero	8
	.long	e1000_open
# ndo_stop:
	.long	e1000_close
# ndo_start_xmit:
	.long	e1000_xmit_frame
# ndo_set_rx_mode:
	.zero	12
	.long	e1000_set_rx_mode
# ndo_set_mac_address:
	.long	e1000_set_mac
# ndo_validate_addr:
	.long	eth_validate_addr
# ndo_eth_ioctl:
	.zero	4
	.long	e1000_ioctl
# ndo_change_mtu:
	.zero	16
	.long	e1000_change_mtu
# ndo_tx_timeout:
	.zero	4
	.long	e1000_tx_timeout
# ndo_vlan_rx_add_vid:
	.zero	16
	.long	e1000_vlan_rx_add_vid
# ndo_vlan_rx_kill_vid:
	.long	e1000_vlan_rx_kill_vid
# ndo_poll_controller:
	.long	e1000_netpoll
# ndo_fix_features:
	.zero	84
	.long	e1000_fix_features
# ndo_set_features:
	.long	e1000_set_features
	.zero	116
	.section	.exitcall.exit,"aw"
	.align 4
	.type	__exitcall_e1000_exit_module, @object
	.size	__exitcall_e1000_exit_module, 4
__exitcall_e1000_exit_module:
	.long	e1000_exit_module
	.section	.discard.addressable,"aw"
	.align 4
	.type	__UNIQUE_ID___addressable_e1000_init_module598, @object
	.size	__UNIQUE_ID___addressable_e1000_init_module598, 4
__UNIQUE_ID___addressable_e1000_init_module598:
	.long	e1000_init_module
	.section	.modinfo,"a"
	.type	__UNIQUE_ID_debug596, @object
	.size	__UNIQUE_ID_debug596, 49
__UNIQUE_ID_debug596:
	.string	"e1000.parm=debug:Debug level (0=none,...,16=all)"
	.type	__UNIQUE_ID_debugtype595, @object
	.size	__UNIQUE_ID_debugtype595, 25
__UNIQUE_ID_debugtype595:
	.string	"e1000.parmtype=debug:int"
	.section	__param,"a"
	.align 4
	.type	__param_debug, @object
	.size	__param_debug, 20
__param_debug:
# name:
	.long	__param_str_debug
# mod:
	.long	0
# ops:
	.long	param_ops_int
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arg:
	.long	debug
	.section	.rodata
	.align 4
	.type	__param_str_debug, @object
	.size	__param_str_debug, 12
__param_str_debug:
	.string	"e1000.debug"
	.data
	.align 4
	.type	debug, @object
	.size	debug, 4
debug:
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_license594, @object
	.size	__UNIQUE_ID_license594, 21
__UNIQUE_ID_license594:
	.string	"e1000.license=GPL v2"
	.type	__UNIQUE_ID_file593, @object
	.size	__UNIQUE_ID_file593, 50
__UNIQUE_ID_file593:
	.string	"e1000.file=drivers/net/ethernet/intel/e1000/e1000"
	.type	__UNIQUE_ID_description592, @object
	.size	__UNIQUE_ID_description592, 51
__UNIQUE_ID_description592:
	.string	"e1000.description=Intel(R) PRO/1000 Network Driver"
	.type	__UNIQUE_ID_author591, @object
	.size	__UNIQUE_ID_author591, 55
__UNIQUE_ID_author591:
	.string	"e1000.author=Intel Corporation, <linux.nics@intel.com>"
	.data
	.align 32
	.type	e1000_driver, @object
	.size	e1000_driver, 152
e1000_driver:
# name:
	.zero	8
	.long	e1000_driver_name
# id_table:
	.long	e1000_pci_tbl
# probe:
	.long	e1000_probe
# remove:
	.long	e1000_remove
# shutdown:
	.zero	8
	.long	e1000_shutdown
# err_handler:
	.zero	12
	.long	e1000_err_handler
# driver:
	.zero	8
# pm:
	.zero	64
	.long	e1000_pm_ops
	.zero	8
	.zero	16
	.section	.rodata
	.align 32
	.type	e1000_pm_ops, @object
	.size	e1000_pm_ops, 92
e1000_pm_ops:
# suspend:
	.zero	8
	.long	e1000_suspend
# resume:
	.long	e1000_resume
# freeze:
	.long	e1000_suspend
# thaw:
	.long	e1000_resume
# poweroff:
	.long	e1000_suspend
# restore:
	.long	e1000_resume
	.zero	60
	.align 4
	.type	e1000_err_handler, @object
	.size	e1000_err_handler, 24
e1000_err_handler:
# error_detected:
	.long	e1000_io_error_detected
# slot_reset:
	.zero	4
	.long	e1000_io_slot_reset
# resume:
	.zero	8
	.long	e1000_io_resume
	.section	.modinfo
	.type	__UNIQUE_ID_copybreak590, @object
	.size	__UNIQUE_ID_copybreak590, 86
__UNIQUE_ID_copybreak590:
	.string	"e1000.parm=copybreak:Maximum size of packet that is copied to a new buffer on receive"
	.type	__UNIQUE_ID_copybreaktype589, @object
	.size	__UNIQUE_ID_copybreaktype589, 30
__UNIQUE_ID_copybreaktype589:
	.string	"e1000.parmtype=copybreak:uint"
	.section	__param
	.align 4
	.type	__param_copybreak, @object
	.size	__param_copybreak, 20
__param_copybreak:
# name:
	.long	__param_str_copybreak
# mod:
	.long	0
# ops:
	.long	param_ops_uint
# perm:
	.value	420
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arg:
	.long	copybreak
	.section	.rodata
	.align 4
	.type	__param_str_copybreak, @object
	.size	__param_str_copybreak, 16
__param_str_copybreak:
	.string	"e1000.copybreak"
	.section	.data..read_mostly,"aw"
	.align 4
	.type	copybreak, @object
	.size	copybreak, 4
copybreak:
	.long	256
	.section	.rodata
	.align 32
	.type	e1000_pci_tbl, @object
	.size	e1000_pci_tbl, 1216
e1000_pci_tbl:
# vendor:
	.long	32902
# device:
	.long	4096
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4097
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4100
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4104
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4105
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4108
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4109
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4110
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4111
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4112
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4113
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4114
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4115
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4116
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4117
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4118
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4119
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4120
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4121
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4122
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4125
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4126
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4134
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4135
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4136
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4213
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4214
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4215
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4216
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4217
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4218
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4219
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4220
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4234
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4249
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	4277
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	32902
# device:
	.long	11886
# subvendor:
	.long	-1
# subdevice:
	.long	-1
	.zero	16
# vendor:
	.long	0
	.zero	28
	.align 32
	.type	e1000_copyright, @object
	.size	e1000_copyright, 43
e1000_copyright:
	.string	"Copyright (c) 1999-2006 Intel Corporation."
	.data
	.align 32
	.type	e1000_driver_string, @object
	.size	e1000_driver_string, 33
e1000_driver_string:
	.string	"Intel(R) PRO/1000 Network Driver"
	.globl	e1000_driver_name
	.align 4
	.type	e1000_driver_name, @object
	.size	e1000_driver_name, 6
e1000_driver_name:
	.string	"e1000"
	.section	.data.once,"aw"
	.type	__already_done.3, @object
	.size	__already_done.3, 1
__already_done.3:
	.zero	1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
