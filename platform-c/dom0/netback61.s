	.file	"netback61.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	tx_done, @function
tx_done:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/dom0/netback61.c:25: {
	movl	%eax, %ebx	# tmp89, skb
# platform-c/dom0/netback61.c:28: 	if (netbk_slot_done(L32(s, sk_buff, cb), skb))
	movl	24(%eax), %eax	# MEM[(volatile u32 *)s_8 + 24B], _1
	movl	%ebx, %edx	# skb,
	call	netbk_slot_done	#
# platform-c/dom0/netback61.c:28: 	if (netbk_slot_done(L32(s, sk_buff, cb), skb))
	testl	%eax, %eax	# tmp90
	je	.L1	#,
# platform-c/dom0/netback61.c:29: 		L8((u8 *)L32(s, sk_buff, end), skb_shared_info, nr_frags) = 0;
	movl	164(%ebx), %eax	# MEM[(volatile u32 *)s_8 + 164B], _3
# platform-c/dom0/netback61.c:29: 		L8((u8 *)L32(s, sk_buff, end), skb_shared_info, nr_frags) = 0;
	movb	$0, 2(%eax)	#, *_5
.L1:
# platform-c/dom0/netback61.c:30: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	tx_done, .-tx_done
	.p2align 4
	.globl	nb61_csum_l4
	.type	nb61_csum_l4, @function
nb61_csum_l4:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/dom0/netback61.c:36: 	return L61(csum_l4)((const u8 *)frame, size, head);
	call	l61_csum_l4	#
# platform-c/dom0/netback61.c:37: }
	popl	%ebp	#
	ret	
	.size	nb61_csum_l4, .-nb61_csum_l4
	.p2align 4
	.globl	nb61_tx_skb
	.type	nb61_tx_skb, @function
nb61_tx_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$48, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp111, dev
# platform-c/dom0/netback61.c:41: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	movl	8(%ebp), %eax	# head, tmp118
# platform-c/dom0/netback61.c:40: {
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, -20(%ebp)	# tmp112, %sfp
# platform-c/dom0/netback61.c:42: 	u32 frag = l61env_frag_alloc(fragsz, ~0U), skb;
	movl	$-1, %edx	#,
# platform-c/dom0/netback61.c:40: {
	movl	%esi, -8(%ebp)	#,
# platform-c/dom0/netback61.c:40: {
	movl	%ecx, -24(%ebp)	# tmp113, %sfp
# platform-c/dom0/netback61.c:41: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	leal	63(%eax), %ebx	#, tmp107
	andl	$-32, %ebx	#, tmp108
# platform-c/dom0/netback61.c:41: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	addl	$256, %ebx	#, fragsz
# platform-c/dom0/netback61.c:42: 	u32 frag = l61env_frag_alloc(fragsz, ~0U), skb;
	movl	%ebx, %eax	# fragsz,
	call	l61env_frag_alloc	#
# platform-c/dom0/netback61.c:45: 	if (!frag)
	movl	%eax, -16(%ebp)	# frag, %sfp
	testl	%eax, %eax	# frag
	jne	.L23	#,
# platform-c/dom0/netback61.c:46: 		return 0;
	xorl	%esi, %esi	# <retval>
.L26:
# platform-c/dom0/netback61.c:64: }
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# platform-c/dom0/netback61.c:47: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/dom0/netback61.c:48: 	if (!skb) {
	movl	-16(%ebp), %edx	# %sfp, frag
	testl	%eax, %eax	# <retval>
# platform-c/dom0/netback61.c:47: 	skb = l61env_skb_struct_alloc();
	movl	%eax, %esi	# tmp115, <retval>
# platform-c/dom0/netback61.c:48: 	if (!skb) {
	je	.L24	#,
# platform-c/dom0/netback61.c:52: 	L61(frame_skb)(skb, frag, fragsz, (const u8 *)frame, size, head, page, frag_off, dev);
	movl	%edi, 20(%esp)	# dev,
	movl	%ebx, %ecx	# fragsz,
	movl	16(%ebp), %eax	# frag_off, frag_off
	movl	%eax, 16(%esp)	# frag_off,
	movl	12(%ebp), %eax	# page, page
	movl	%eax, 12(%esp)	# page,
	movl	8(%ebp), %eax	# head, tmp119
	movl	%eax, 8(%esp)	# tmp119,
	movl	-24(%ebp), %eax	# %sfp, size
	movl	%eax, 4(%esp)	# size,
	movl	-20(%ebp), %eax	# %sfp, frame
	movl	%eax, (%esp)	# frame,
	movl	%esi, %eax	# <retval>,
	call	l61_frame_skb	#
# platform-c/dom0/netback61.c:53: 	if (flags & NETTXF_csum_blank) {
	testb	$1, 24(%ebp)	#, flags
	jne	.L25	#,
.L14:
# platform-c/dom0/netback61.c:61: 	L32(s, sk_buff, cb) = slot;
	movl	20(%ebp), %eax	# slot, slot
	movl	%eax, 24(%esi)	# slot, MEM[(volatile u32 *)s_35 + 24B]
# platform-c/dom0/netback61.c:64: }
	movl	%esi, %eax	# <retval>,
# platform-c/dom0/netback61.c:62: 	L32(s, sk_buff, destructor) = (u32)tx_done;
	movl	$tx_done, 76(%esi)	#, MEM[(volatile u32 *)s_35 + 76B]
# platform-c/dom0/netback61.c:64: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L24:
# platform-c/dom0/netback61.c:49: 		l61env_frag_free(frag);
	movl	%edx, %eax	# frag,
# platform-c/dom0/netback61.c:46: 		return 0;
	xorl	%esi, %esi	# <retval>
# platform-c/dom0/netback61.c:49: 		l61env_frag_free(frag);
	call	l61env_frag_free	#
	jmp	.L26	#
	.p2align 4,,10
	.p2align 3
.L25:
# platform-c/dom0/netback61.c:55: 		if (L61(frame_csum)(skb, (const u8 *)frame, size, L32((u8 *)dev, net_device, features)))
	movl	136(%edi), %eax	# *_6, _7
	movl	%eax, (%esp)	# _7,
	movl	%esi, %eax	# <retval>,
	movl	-24(%ebp), %ecx	# %sfp,
	movl	-20(%ebp), %edx	# %sfp,
	call	l61_frame_csum	#
# platform-c/dom0/netback61.c:55: 		if (L61(frame_csum)(skb, (const u8 *)frame, size, L32((u8 *)dev, net_device, features)))
	testl	%eax, %eax	# tmp116
	je	.L15	#,
# platform-c/dom0/netback61.c:56: 			nb61_tx_csum_nic++;
	incl	nb61_tx_csum_nic	# nb61_tx_csum_nic
	jmp	.L14	#
	.p2align 4,,10
	.p2align 3
.L15:
# platform-c/dom0/netback61.c:58: 			nb61_tx_csum_sw++;
	incl	nb61_tx_csum_sw	# nb61_tx_csum_sw
	jmp	.L14	#
	.size	nb61_tx_skb, .-nb61_tx_skb
	.p2align 4
	.globl	nb61_xmit
	.type	nb61_xmit, @function
nb61_xmit:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%esi, -4(%ebp)	#,
# platform-c/dom0/netback61.c:68: 	u8 *d = (u8 *)dev, *q = (u8 *)L32(d, net_device, _tx);
	movl	576(%edx), %ebx	# MEM[(volatile u32 *)d_14 + 576B], _1
# platform-c/dom0/netback61.c:69: 	int (*xmit)(u32, u32) = *(int (**)(u32, u32))(L32(d, net_device, netdev_ops) + L_OFF_net_device_ops_ndo_start_xmit);
	movl	116(%edx), %ecx	# MEM[(volatile u32 *)d_14 + 116B], _2
# platform-c/dom0/netback61.c:72: 	if (L32(q, netdev_queue, state) & QUEUE_XOFF)
	movl	76(%ebx), %esi	# MEM[(volatile u32 *)q_16 + 76B], _5
# platform-c/dom0/netback61.c:72: 	if (L32(q, netdev_queue, state) & QUEUE_XOFF)
	andl	$3, %esi	#, _5
	jne	.L29	#,
# platform-c/dom0/netback61.c:74: 	r = xmit(skb, dev);
	call	*16(%ecx)	# *_4
# platform-c/dom0/netback61.c:75: 	if (r == L_NETDEV_TX_OK)
	testl	%eax, %eax	# <retval>
	jne	.L27	#,
# platform-c/dom0/netback61.c:76: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	l61_place+8, %edx	# l61_place.jiffies, _8
# platform-c/dom0/netback61.c:76: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	(%edx), %edx	# *_8, _9
# platform-c/dom0/netback61.c:76: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	%edx, 72(%ebx)	# _9, MEM[(volatile u32 *)q_16 + 72B]
.L27:
# platform-c/dom0/netback61.c:78: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L29:
	movl	-8(%ebp), %ebx	#,
# platform-c/dom0/netback61.c:73: 		return 0x10; /* NETDEV_TX_BUSY */
	movl	$16, %eax	#, <retval>
# platform-c/dom0/netback61.c:78: }
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	nb61_xmit, .-nb61_xmit
	.p2align 4
	.globl	nb61_dequeue
	.type	nb61_dequeue, @function
nb61_dequeue:
# platform-c/dom0/netback61.c:82: 	u32 skb = l61_backlog_head;
	movl	l61_backlog_head, %eax	# l61_backlog_head, <retval>
# platform-c/dom0/netback61.c:84: 	if (!skb)
	testl	%eax, %eax	# <retval>
	je	.L31	#,
# platform-c/dom0/netback61.c:86: 	l61_backlog_head = L32((u8 *)skb, sk_buff, next);
	movl	(%eax), %edx	# *skb.6_1, _2
# platform-c/dom0/netback61.c:86: 	l61_backlog_head = L32((u8 *)skb, sk_buff, next);
	movl	%edx, l61_backlog_head	# _2, l61_backlog_head
# platform-c/dom0/netback61.c:87: 	if (!l61_backlog_head)
	testl	%edx, %edx	# _2
	jne	.L33	#,
# platform-c/dom0/netback61.c:88: 		l61_backlog_tail = 0;
	xorl	%edx, %edx	#
	movl	%edx, l61_backlog_tail	#, l61_backlog_tail
.L33:
# platform-c/dom0/netback61.c:89: 	l61_backlog_qlen--;
	decl	l61_backlog_qlen	# l61_backlog_qlen
.L31:
# platform-c/dom0/netback61.c:91: }
	ret	
	.size	nb61_dequeue, .-nb61_dequeue
	.p2align 4
	.globl	nb61_mac
	.type	nb61_mac, @function
nb61_mac:
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)s_5 + 168B], _1
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %eax	# MEM[(volatile u16 *)s_5 + 158B],
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	addl	%edx, %eax	# _1, tmp90
# platform-c/dom0/netback61.c:98: }
	ret	
	.size	nb61_mac, .-nb61_mac
	.p2align 4
	.globl	nb61_describe
	.type	nb61_describe, @function
nb61_describe:
	pushl	%ebp	#
	movl	%edx, %ecx	# tmp125, f
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/dom0/netback61.c:102: 	u8 *s = (u8 *)skb, *sh = (u8 *)L32(s, sk_buff, end);
	movl	164(%eax), %edx	# MEM[(volatile u32 *)s_21 + 164B], _1
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movl	168(%eax), %esi	# MEM[(volatile u32 *)s_21 + 168B], _36
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %ebx	# MEM[(volatile u16 *)s_21 + 158B],
# platform-c/dom0/netback61.c:97: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	addl	%esi, %ebx	# _36, _39
# platform-c/dom0/netback61.c:105: 	f->mac = nb61_mac(skb);
	movl	%ebx, (%ecx)	# _39, f_24(D)->mac
# platform-c/dom0/netback61.c:106: 	f->hdr = L32(s, sk_buff, data) - f->mac;
	movl	172(%eax), %esi	# MEM[(volatile u32 *)s_21 + 172B], _2
# platform-c/dom0/netback61.c:106: 	f->hdr = L32(s, sk_buff, data) - f->mac;
	subl	%ebx, %esi	# _39, tmp114
	movl	%esi, 4(%ecx)	# tmp114, f_24(D)->hdr
# platform-c/dom0/netback61.c:107: 	f->len = L32(s, sk_buff, len);
	movl	84(%eax), %ebx	# MEM[(volatile u32 *)s_21 + 84B], _4
# platform-c/dom0/netback61.c:107: 	f->len = L32(s, sk_buff, len);
	movl	%ebx, 8(%ecx)	# _4, f_24(D)->len
# platform-c/dom0/netback61.c:108: 	f->data_len = L32(s, sk_buff, data_len);
	movl	88(%eax), %ebx	# MEM[(volatile u32 *)s_21 + 88B], _5
# platform-c/dom0/netback61.c:108: 	f->data_len = L32(s, sk_buff, data_len);
	movl	%ebx, 12(%ecx)	# _5, f_24(D)->data_len
# platform-c/dom0/netback61.c:109: 	f->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movzbl	2(%edx), %esi	# MEM[(volatile u8 *)sh_23 + 2B],
# platform-c/dom0/netback61.c:109: 	f->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%esi, 16(%ecx)	# _7, f_24(D)->nr_frags
# platform-c/dom0/netback61.c:110: 	f->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	movzbl	100(%eax), %eax	# MEM[(volatile u8 *)s_21 + 100B],
	sarl	$5, %eax	#, tmp116
	andl	$3, %eax	#, tmp117
# platform-c/dom0/netback61.c:110: 	f->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	decl	%eax	# tmp117
	sete	%al	#, tmp119
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	testl	%esi, %esi	# _7
# platform-c/dom0/netback61.c:110: 	f->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	movzbl	%al, %eax	# tmp119, tmp118
# platform-c/dom0/netback61.c:110: 	f->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	movl	%eax, 236(%ecx)	# tmp118, f_24(D)->flags
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	je	.L38	#,
	addl	$40, %edx	#, ivtmp.41
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	xorl	%eax, %eax	# i
	jmp	.L40	#
	.p2align 4,,10
	.p2align 3
.L50:
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	$18, %eax	#, i
	je	.L38	#,
.L40:
# platform-c/dom0/netback61.c:114: 		f->frag_page[i] = L32(fr, bio_vec, bv_page);
	movl	(%edx), %ebx	# MEM[(volatile u32 *)fr_31], _14
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	addl	$12, %edx	#, ivtmp.41
# platform-c/dom0/netback61.c:114: 		f->frag_page[i] = L32(fr, bio_vec, bv_page);
	movl	%ebx, 20(%ecx,%eax,4)	# _14, MEM[(unsigned int *)f_24(D) + 20B + i_49 * 4]
# platform-c/dom0/netback61.c:115: 		f->frag_off[i] = L32(fr, bio_vec, bv_offset);
	movl	-4(%edx), %ebx	# MEM[(volatile u32 *)fr_31 + 8B], _15
# platform-c/dom0/netback61.c:115: 		f->frag_off[i] = L32(fr, bio_vec, bv_offset);
	movl	%ebx, 92(%ecx,%eax,4)	# _15, MEM[(unsigned int *)f_24(D) + 92B + i_49 * 4]
# platform-c/dom0/netback61.c:116: 		f->frag_size[i] = L32(fr, bio_vec, bv_len);
	movl	-8(%edx), %ebx	# MEM[(volatile u32 *)fr_31 + 4B], _16
# platform-c/dom0/netback61.c:116: 		f->frag_size[i] = L32(fr, bio_vec, bv_len);
	movl	%ebx, 164(%ecx,%eax,4)	# _16, MEM[(unsigned int *)f_24(D) + 164B + i_49 * 4]
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	incl	%eax	# i
# platform-c/dom0/netback61.c:111: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	%esi, %eax	# _7, i
	jb	.L50	#,
.L38:
# platform-c/dom0/netback61.c:118: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	nb61_describe, .-nb61_describe
	.p2align 4
	.globl	nb61_free
	.type	nb61_free, @function
nb61_free:
# platform-c/dom0/netback61.c:124: 	int users = L32(s, sk_buff, users);
	movl	180(%eax), %edx	# MEM[(volatile u32 *)s_6 + 180B], _1
# platform-c/dom0/netback61.c:126: 	if (users == 1)
	cmpl	$1, %edx	#, _1
	je	.L58	#,
# platform-c/dom0/netback61.c:128: 	else if (users > 1)
	jle	.L55	#,
# platform-c/dom0/netback61.c:129: 		L32(s, sk_buff, users) = users - 1;
	decl	%edx	# _3
# platform-c/dom0/netback61.c:129: 		L32(s, sk_buff, users) = users - 1;
	movl	%edx, 180(%eax)	# _3, MEM[(volatile u32 *)s_6 + 180B]
# platform-c/dom0/netback61.c:130: }
	ret	
	.p2align 4,,10
	.p2align 3
.L55:
	ret	
	.p2align 4,,10
	.p2align 3
.L58:
# platform-c/dom0/netback61.c:122: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/dom0/netback61.c:127: 		L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/dom0/netback61.c:130: }
	popl	%ebp	#
	.p2align 4,,5
	ret	
	.size	nb61_free, .-nb61_free
	.globl	nb61_tx_csum_sw
	.bss
	.align 4
	.type	nb61_tx_csum_sw, @object
	.size	nb61_tx_csum_sw, 4
nb61_tx_csum_sw:
	.zero	4
	.globl	nb61_tx_csum_nic
	.align 4
	.type	nb61_tx_csum_nic, @object
	.size	nb61_tx_csum_nic, 4
nb61_tx_csum_nic:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
