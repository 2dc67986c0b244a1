	.file	"hot.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	__netdev_alloc_skb
	.type	__netdev_alloc_skb, @function
__netdev_alloc_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp109, dev
	movl	%edx, %eax	# tmp110, length
	movl	%ebx, -12(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/hot/mini/hot.c:54: 	hot_calls[HOT_NETDEV_ALLOC_SKB]++;
	incl	hot_calls+32	# hot_calls[8]
# platform-c/hot/mini/hot.c:55: 	if (unlikely(length > HOT_MAX_SKB)) {
	cmpl	$65536, %edx	#, length
	ja	.L8	#,
# platform-c/hot/mini/hot.c:59: 	skb = env_skb_alloc(length, &head, &size);
	leal	-16(%ebp), %ecx	#, tmp113
	leal	-20(%ebp), %edx	#, tmp114
	call	env_skb_alloc	#
# platform-c/hot/mini/hot.c:60: 	if (!skb)
	testl	%eax, %eax	# <retval>
# platform-c/hot/mini/hot.c:59: 	skb = env_skb_alloc(length, &head, &size);
	movl	%eax, %ebx	# tmp111, <retval>
# platform-c/hot/mini/hot.c:60: 	if (!skb)
	je	.L3	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%eax, %edi	# <retval>, edi_out
	movl	$31, %ecx	#, ecx_out
	xorl	%eax, %eax	# tmp105
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $124, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hot/mini/hot.c:71: 	s->dev = dev;
#NO_APP
	movl	%esi, 20(%ebx)	# dev, skb_18->dev
# platform-c/hot/mini/hot.c:65: 	s->truesize = size + sizeof(struct sk_buff);
	movl	-16(%ebp), %edx	# size, size.0_6
	leal	148(%edx), %eax	#, tmp107
	movl	%eax, 124(%ebx)	# tmp107, skb_18->truesize
# platform-c/hot/mini/hot.c:66: 	s->users.counter = 1;
	movl	$1, %eax	#,
	movl	%eax, 128(%ebx)	#, skb_18->users.counter
# platform-c/hot/mini/hot.c:67: 	s->head = head;
	movl	-20(%ebp), %eax	# head, head.1_8
	movl	%eax, 132(%ebx)	# head.1_8, skb_18->head
# platform-c/hot/mini/hot.c:68: 	s->data = head + NET_SKB_PAD;
	leal	16(%eax), %ecx	#, _10
# platform-c/hot/mini/hot.c:70: 	s->end = head + size;
	addl	%edx, %eax	# size.0_6, _11
# platform-c/hot/mini/hot.c:70: 	s->end = head + size;
	movl	%eax, 144(%ebx)	# _11, skb_18->end
# platform-c/hot/mini/hot.c:80: 	env_skb_ready(skb, s);
	movl	%ebx, %edx	# <retval>,
# platform-c/hot/mini/hot.c:68: 	s->data = head + NET_SKB_PAD;
	movl	%ecx, 136(%ebx)	# _10, skb_18->data
# platform-c/hot/mini/hot.c:69: 	s->tail = head + NET_SKB_PAD;
	movl	%ecx, 140(%ebx)	# _10, skb_18->tail
# platform-c/hot/mini/hot.c:73: 	sh->dataref.counter = 1;
	movl	$1, (%eax)	#, MEM[(struct skb_shared_info *)_11].dataref.counter
# platform-c/hot/mini/hot.c:74: 	sh->nr_frags = 0;
	movl	$0, 4(%eax)	#, MEM <unsigned int> [(short unsigned int *)_11 + 4B]
# platform-c/hot/mini/hot.c:76: 	sh->gso_segs = 0;
	movl	$0, 8(%eax)	#, MEM <unsigned int> [(short unsigned int *)_11 + 8B]
# platform-c/hot/mini/hot.c:78: 	sh->ip6_frag_id = 0;
	movl	$0, 12(%eax)	#, MEM[(struct skb_shared_info *)_11].ip6_frag_id
# platform-c/hot/mini/hot.c:79: 	sh->frag_list = NULL;
	movl	$0, 16(%eax)	#, MEM[(struct skb_shared_info *)_11].frag_list
# platform-c/hot/mini/hot.c:80: 	env_skb_ready(skb, s);
	movl	%ebx, %eax	# <retval>,
	call	env_skb_ready	#
# platform-c/hot/mini/hot.c:82: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L8:
# platform-c/hot/mini/hot.c:56: 		env_warn(WARN_HUGE_SKB, length);
	movl	$259, %eax	#,
	call	env_warn	#
.L3:
# platform-c/hot/mini/hot.c:57: 		return NULL;
	xorl	%ebx, %ebx	# <retval>
# platform-c/hot/mini/hot.c:82: }
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	__netdev_alloc_skb, .-__netdev_alloc_skb
	.p2align 4
	.globl	dev_kfree_skb_any
	.type	dev_kfree_skb_any, @function
dev_kfree_skb_any:
# platform-c/hot/mini/hot.c:86: 	hot_calls[HOT_DEV_KFREE_SKB_ANY]++;
	incl	hot_calls+28	# hot_calls[7]
# platform-c/hot/mini/hot.c:87: 	if (skb)
	testl	%eax, %eax	# skb
	je	.L15	#,
# platform-c/hot/mini/hot.c:85: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/mini/hot.c:88: 		env_skb_free(skb);
	call	env_skb_free	#
# platform-c/hot/mini/hot.c:89: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L15:
	ret	
	.size	dev_kfree_skb_any, .-dev_kfree_skb_any
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"eth_type_trans: skb shorter than an Ethernet header"
	.text
	.p2align 4
	.globl	eth_type_trans
	.type	eth_type_trans, @function
eth_type_trans:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp149, skb
	movl	%edi, -4(%ebp)	#,
	movl	%edx, %edi	# tmp150, dev
	movl	%esi, -8(%ebp)	#,
# platform-c/hot/mini/hot.c:100: 	hdr = D(s->data);
	movl	136(%eax), %esi	# skb_34(D)->data, _3
# platform-c/hot/mini/hot.c:99: 	hot_calls[HOT_ETH_TYPE_TRANS]++;
	incl	hot_calls+24	# hot_calls[6]
# platform-c/hot/mini/hot.c:101: 	s->mac.raw = s->data;
	movl	%esi, 36(%eax)	# _3, skb_34(D)->mac.raw
# platform-c/hot/mini/hot.c:102: 	headlen = s->len - s->data_len;
	movl	96(%eax), %eax	# skb_34(D)->len, _4
# platform-c/hot/mini/hot.c:102: 	headlen = s->len - s->data_len;
	movl	100(%ebx), %edx	# skb_34(D)->data_len, _5
# platform-c/hot/mini/hot.c:102: 	headlen = s->len - s->data_len;
	movl	%eax, %ecx	# _4, headlen
	subl	%edx, %ecx	# _5, headlen
# platform-c/hot/mini/hot.c:103: 	if (unlikely(s->data_len > s->len || headlen < ETH_HLEN)) {
	cmpl	$13, %ecx	#, headlen
	jbe	.L27	#,
	cmpl	%edx, %eax	# _5, _4
	jb	.L27	#,
# platform-c/hot/mini/hot.c:106: 		s->data += ETH_HLEN;
	leal	14(%esi), %edx	#, tmp126
# platform-c/hot/mini/hot.c:107: 		s->len -= ETH_HLEN;
	subl	$14, %eax	#, tmp127
# platform-c/hot/mini/hot.c:106: 		s->data += ETH_HLEN;
	movl	%edx, 136(%ebx)	# tmp126, skb_34(D)->data
# platform-c/hot/mini/hot.c:107: 		s->len -= ETH_HLEN;
	movl	%eax, 96(%ebx)	# tmp127, skb_34(D)->len
.L21:
# platform-c/hot/mini/hot.c:109: 	s->dev = dev;
	movl	%edi, 20(%ebx)	# dev, skb_34(D)->dev
# platform-c/hot/mini/hot.c:110: 	if (hdr[0] & 1) {
	movzbl	(%esi), %eax	# MEM[(const u8 *)_3], _15
# platform-c/hot/mini/hot.c:110: 	if (hdr[0] & 1) {
	movb	%al, %dl	# _15, tmp128
	andb	$1, %dl	#, tmp128
	je	.L22	#,
# platform-c/hot/mini/hot.c:111: 		type = (hdr[0] & hdr[1] & hdr[2] & hdr[3] & hdr[4] & hdr[5]) == 0xff ? PACKET_BROADCAST
	movzbl	1(%esi), %edx	# MEM[(const u8 *)_3 + 1B],
	movzbl	2(%esi), %ecx	# MEM[(const u8 *)_3 + 2B],
	andb	%dl, %al	#, tmp129
	movzbl	3(%esi), %edx	# MEM[(const u8 *)_3 + 3B],
	andb	%cl, %al	#, tmp130
	movzbl	4(%esi), %ecx	# MEM[(const u8 *)_3 + 4B],
	andb	%dl, %al	#, tmp131
	movzbl	5(%esi), %edx	# MEM[(const u8 *)_3 + 5B],
	andb	%cl, %al	#, tmp132
	andb	%dl, %al	#, tmp133
# platform-c/hot/mini/hot.c:111: 		type = (hdr[0] & hdr[1] & hdr[2] & hdr[3] & hdr[4] & hdr[5]) == 0xff ? PACKET_BROADCAST
	incb	%al	# tmp133
	setne	%dl	#, tmp144
	incb	%dl	# prephitmp_10
.L23:
# platform-c/hot/mini/hot.c:118: 	s->pkt_type = type;
	movzbl	117(%ebx), %eax	# skb_34(D)->D.1218.D.1217.pkt_type, tmp140
	andb	$-8, %al	#, tmp140
	orb	%dl, %al	# prephitmp_10, tmp141
	movb	%al, 117(%ebx)	# tmp141, skb_34(D)->D.1218.D.1217.pkt_type
# platform-c/hot/mini/hot.c:119: 	return *(const __be16 *)(hdr + 12);
	movzwl	12(%esi), %eax	# MEM[(const __be16 *)_3 + 12B], MEM[(const __be16 *)_3 + 12B]
# platform-c/hot/mini/hot.c:120: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L22:
# platform-c/hot/mini/hot.c:115: 		type = (*(const u32 *)own == *(const u32 *)hdr &&
	movl	(%esi), %eax	# MEM[(const u32 *)_3], tmp154
	movb	$3, %dl	#, prephitmp_10
	cmpl	%eax, 221(%edi)	# tmp154, MEM[(const u32 *)dev_41(D) + 221B]
	jne	.L23	#,
# platform-c/hot/mini/hot.c:115: 		type = (*(const u32 *)own == *(const u32 *)hdr &&
	movzwl	225(%edi), %eax	# MEM[(const u16 *)dev_41(D) + 225B], tmp155
	cmpw	%ax, 4(%esi)	# tmp155, MEM[(const u16 *)_3 + 4B]
	sete	%dl	#, tmp148
	decb	%dl	# tmp148
	andb	$3, %dl	#, prephitmp_10
	jmp	.L23	#
	.p2align 4,,10
	.p2align 3
.L27:
# platform-c/hot/mini/hot.c:104: 		env_input_error(WARN_SHORT_ETH, (u32)skb, "eth_type_trans: skb shorter than an Ethernet header");
	movl	$.LC0, %ecx	#,
	movl	%ebx, %edx	# skb,
	movl	$258, %eax	#,
	call	env_input_error	#
	jmp	.L21	#
	.size	eth_type_trans, .-eth_type_trans
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC1:
	.string	"netif_rx: NULL skb"
	.text
	.p2align 4
	.globl	netif_rx
	.type	netif_rx, @function
netif_rx:
# platform-c/hot/mini/hot.c:124: 	hot_calls[HOT_NETIF_RX]++;
	incl	hot_calls+36	# hot_calls[9]
# platform-c/hot/mini/hot.c:125: 	if (unlikely(!skb)) {
	testl	%eax, %eax	# skb
# platform-c/hot/mini/hot.c:123: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/mini/hot.c:125: 	if (unlikely(!skb)) {
	je	.L33	#,
# platform-c/hot/mini/hot.c:129: 	return env_rx(skb);
	call	env_rx	#
# platform-c/hot/mini/hot.c:130: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hot/mini/hot.c:126: 		env_input_error(WARN_NOT_AN_SKB, 0, "netif_rx: NULL skb");
	movl	$260, %eax	#,
	movl	$.LC1, %ecx	#,
	xorl	%edx, %edx	#
	call	env_input_error	#
# platform-c/hot/mini/hot.c:127: 		return NET_RX_DROP;
	movl	$1, %eax	#, <retval>
# platform-c/hot/mini/hot.c:130: }
	popl	%ebp	#
	ret	
	.size	netif_rx, .-netif_rx
	.p2align 4
	.globl	dma_map_single
	.type	dma_map_single, @function
dma_map_single:
	pushl	%ebp	#
	movl	%edx, %eax	# tmp97, ptr
	movl	%esp, %ebp	#,
# platform-c/hot/mini/hot.c:137: 	bus = env_virt_to_bus((u32)ptr, size);
	movl	%ecx, %edx	# size,
# platform-c/hot/mini/hot.c:133: {
	subl	$12, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%esi, -4(%ebp)	#,
# platform-c/hot/mini/hot.c:133: {
	movl	%ecx, %esi	# tmp98, size
# platform-c/hot/mini/hot.c:136: 	hot_calls[HOT_DMA_MAP_SINGLE]++;
	incl	hot_calls+20	# hot_calls[5]
# platform-c/hot/mini/hot.c:137: 	bus = env_virt_to_bus((u32)ptr, size);
	call	env_virt_to_bus	#
# platform-c/hot/mini/hot.c:138: 	__dbg_dma_map(bus, size, dir, 0);
	movl	%esi, %edx	# size,
	movl	$0, (%esp)	#,
	movl	8(%ebp), %ecx	# dir,
# platform-c/hot/mini/hot.c:137: 	bus = env_virt_to_bus((u32)ptr, size);
	movl	%eax, %ebx	# tmp99, <retval>
# platform-c/hot/mini/hot.c:138: 	__dbg_dma_map(bus, size, dir, 0);
	call	__dbg_dma_map	#
# platform-c/hot/mini/hot.c:140: }
	movl	-4(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-8(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	dma_map_single, .-dma_map_single
	.p2align 4
	.globl	dma_unmap_single
	.type	dma_unmap_single, @function
dma_unmap_single:
	pushl	%ebp	#
	movl	%edx, %eax	# tmp94, addr
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hot/mini/hot.c:144: 	hot_calls[HOT_DMA_UNMAP_SINGLE]++;
	incl	hot_calls+16	# hot_calls[4]
# platform-c/hot/mini/hot.c:143: {
	movl	%ecx, %edx	# tmp95, size
# platform-c/hot/mini/hot.c:145: 	__dbg_dma_unmap(addr, size, dir, 0);
	movl	$0, (%esp)	#,
	movl	8(%ebp), %ecx	# dir,
	call	__dbg_dma_unmap	#
# platform-c/hot/mini/hot.c:146: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	dma_unmap_single, .-dma_unmap_single
	.p2align 4
	.globl	dma_map_page
	.type	dma_map_page, @function
dma_map_page:
	pushl	%ebp	#
	movl	%edx, %eax	# tmp98, page
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# platform-c/hot/mini/hot.c:150: {
	movl	%ecx, %edx	# tmp99, offset
# platform-c/hot/mini/hot.c:154: 	bus = env_page_to_bus((u32)page, offset, size);
	movl	8(%ebp), %ecx	# size,
# platform-c/hot/mini/hot.c:153: 	hot_calls[HOT_DMA_MAP_PAGE]++;
	incl	hot_calls+12	# hot_calls[3]
# platform-c/hot/mini/hot.c:154: 	bus = env_page_to_bus((u32)page, offset, size);
	call	env_page_to_bus	#
# platform-c/hot/mini/hot.c:155: 	__dbg_dma_map(bus, size, dir, 1);
	movl	$1, (%esp)	#,
	movl	12(%ebp), %ecx	# dir,
	movl	8(%ebp), %edx	# size,
# platform-c/hot/mini/hot.c:154: 	bus = env_page_to_bus((u32)page, offset, size);
	movl	%eax, %ebx	# tmp100, <retval>
# platform-c/hot/mini/hot.c:155: 	__dbg_dma_map(bus, size, dir, 1);
	call	__dbg_dma_map	#
# platform-c/hot/mini/hot.c:157: }
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	dma_map_page, .-dma_map_page
	.p2align 4
	.globl	dma_unmap_page
	.type	dma_unmap_page, @function
dma_unmap_page:
	pushl	%ebp	#
	movl	%edx, %eax	# tmp94, addr
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hot/mini/hot.c:161: 	hot_calls[HOT_DMA_UNMAP_PAGE]++;
	incl	hot_calls+8	# hot_calls[2]
# platform-c/hot/mini/hot.c:160: {
	movl	%ecx, %edx	# tmp95, size
# platform-c/hot/mini/hot.c:162: 	__dbg_dma_unmap(addr, size, dir, 1);
	movl	$1, (%esp)	#,
	movl	8(%ebp), %ecx	# dir,
	call	__dbg_dma_unmap	#
# platform-c/hot/mini/hot.c:163: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	dma_unmap_page, .-dma_unmap_page
	.section	.rodata.str1.4
	.align 4
.LC2:
	.string	"_spin_trylock: spinlock bad magic"
	.text
	.p2align 4
	.globl	_spin_trylock
	.type	_spin_trylock, @function
_spin_trylock:
# platform-c/hot/mini/hot.c:168: 	u32 v = l->slock;
	movl	(%eax), %edx	# lock_7(D)->slock, v
# platform-c/hot/mini/hot.c:170: 	hot_calls[HOT_SPIN_TRYLOCK]++;
	incl	hot_calls+4	# hot_calls[1]
# platform-c/hot/mini/hot.c:171: 	if (v == SPINLOCK_UNLOCKED_VALUE) {
	cmpl	$1, %edx	#, v
	je	.L51	#,
# platform-c/hot/mini/hot.c:175: 	if (v != 0)
	testl	%edx, %edx	# v
	jne	.L52	#,
# platform-c/hot/mini/hot.c:177: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/mini/hot.c:178: }
	ret	
	.p2align 4,,10
	.p2align 3
.L52:
# platform-c/hot/mini/hot.c:166: {
	pushl	%ebp	#
# platform-c/hot/mini/hot.c:176: 		env_input_error(BUG_SPINLOCK_MAGIC, v, "_spin_trylock: spinlock bad magic");
	movl	$1, %eax	#,
# platform-c/hot/mini/hot.c:166: {
	movl	%esp, %ebp	#,
# platform-c/hot/mini/hot.c:176: 		env_input_error(BUG_SPINLOCK_MAGIC, v, "_spin_trylock: spinlock bad magic");
	movl	$.LC2, %ecx	#,
	call	env_input_error	#
# platform-c/hot/mini/hot.c:177: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/mini/hot.c:178: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L51:
# platform-c/hot/mini/hot.c:172: 		l->slock = 0;
	movl	$0, (%eax)	#, lock_7(D)->slock
# platform-c/hot/mini/hot.c:173: 		return 1;
	movl	$1, %eax	#, <retval>
	ret	
	.size	_spin_trylock, .-_spin_trylock
	.p2align 4
	.globl	_spin_unlock_irqrestore
	.type	_spin_unlock_irqrestore, @function
_spin_unlock_irqrestore:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%edx, %ebx	# tmp97, flags
	movl	%esi, -4(%ebp)	#,
# platform-c/hot/mini/hot.c:181: {
	movl	%eax, %esi	# tmp96, lock
# platform-c/hot/mini/hot.c:184: 	hot_calls[HOT_SPIN_UNLOCK_IRQRESTORE]++;
	incl	hot_calls	# hot_calls[0]
# platform-c/hot/mini/hot.c:185: 	if (l->slock != 0)
	movl	(%eax), %eax	# lock_9(D)->slock, _3
# platform-c/hot/mini/hot.c:185: 	if (l->slock != 0)
	testl	%eax, %eax	# _3
	jne	.L59	#,
.L54:
# platform-c/hot/mini/hot.c:187: 	l->slock = SPINLOCK_UNLOCKED_VALUE;
	movl	$1, (%esi)	#, lock_9(D)->slock
# platform-c/hot/mini/hot.c:188: 	*env_irq_mask() = (u8)flags;
	call	env_irq_mask	#
# platform-c/hot/mini/hot.c:188: 	*env_irq_mask() = (u8)flags;
	movb	%bl, (%eax)	# flags, *_5
# platform-c/hot/mini/hot.c:189: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L59:
# platform-c/hot/mini/hot.c:186: 		env_warn(WARN_UNLOCK_NOT_HELD, (u32)lock);
	movl	%esi, %edx	# lock,
	movl	$257, %eax	#,
	call	env_warn	#
	jmp	.L54	#
	.size	_spin_unlock_irqrestore, .-_spin_unlock_irqrestore
	.globl	hot_calls
	.bss
	.align 32
	.type	hot_calls, @object
	.size	hot_calls, 40
hot_calls:
	.zero	40
	.globl	hot_names
	.section	.rodata.str1.1
.LC3:
	.string	"_spin_unlock_irqrestore"
.LC4:
	.string	"_spin_trylock"
.LC5:
	.string	"dma_unmap_page"
.LC6:
	.string	"dma_map_page"
.LC7:
	.string	"dma_unmap_single"
.LC8:
	.string	"dma_map_single"
.LC9:
	.string	"eth_type_trans"
.LC10:
	.string	"dev_kfree_skb_any"
.LC11:
	.string	"__netdev_alloc_skb"
.LC12:
	.string	"netif_rx"
	.section	.rodata
	.align 32
	.type	hot_names, @object
	.size	hot_names, 40
hot_names:
	.long	.LC3
	.long	.LC4
	.long	.LC5
	.long	.LC6
	.long	.LC7
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
