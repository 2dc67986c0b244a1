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
# platform-c/dom0/netback61.c:23: {
	movl	%eax, %ebx	# tmp89, skb
# platform-c/dom0/netback61.c:26: 	if (netbk_slot_done(L32(s, sk_buff, cb), skb))
	movl	24(%eax), %eax	# MEM[(volatile u32 *)s_8 + 24B], _1
	movl	%ebx, %edx	# skb,
	call	netbk_slot_done	#
# platform-c/dom0/netback61.c:26: 	if (netbk_slot_done(L32(s, sk_buff, cb), skb))
	testl	%eax, %eax	# tmp90
	je	.L1	#,
# platform-c/dom0/netback61.c:27: 		L8((u8 *)L32(s, sk_buff, end), skb_shared_info, nr_frags) = 0;
	movl	164(%ebx), %eax	# MEM[(volatile u32 *)s_8 + 164B], _3
# platform-c/dom0/netback61.c:27: 		L8((u8 *)L32(s, sk_buff, end), skb_shared_info, nr_frags) = 0;
	movb	$0, 2(%eax)	#, *_5
.L1:
# platform-c/dom0/netback61.c:28: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	tx_done, .-tx_done
	.p2align 4
	.globl	nb61_tx_skb
	.type	nb61_tx_skb, @function
nb61_tx_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$44, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp100, dev
# platform-c/dom0/netback61.c:32: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	movl	8(%ebp), %eax	# head, tmp106
# platform-c/dom0/netback61.c:31: {
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
# platform-c/dom0/netback61.c:31: {
	movl	%ecx, %esi	# tmp102, size
	movl	%edx, -20(%ebp)	# tmp101, %sfp
# platform-c/dom0/netback61.c:33: 	u32 frag = l61env_frag_alloc(fragsz, ~0U), skb;
	movl	$-1, %edx	#,
# platform-c/dom0/netback61.c:32: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	leal	63(%eax), %ebx	#, tmp97
	andl	$-32, %ebx	#, tmp98
# platform-c/dom0/netback61.c:32: 	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	addl	$256, %ebx	#, fragsz
# platform-c/dom0/netback61.c:33: 	u32 frag = l61env_frag_alloc(fragsz, ~0U), skb;
	movl	%ebx, %eax	# fragsz,
	call	l61env_frag_alloc	#
# platform-c/dom0/netback61.c:36: 	if (!frag)
	movl	%eax, -16(%ebp)	# frag, %sfp
	testl	%eax, %eax	# frag
	jne	.L16	#,
# platform-c/dom0/netback61.c:37: 		return 0;
	xorl	%eax, %eax	# <retval>
.L18:
# platform-c/dom0/netback61.c:48: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L16:
# platform-c/dom0/netback61.c:38: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/dom0/netback61.c:39: 	if (!skb) {
	movl	-16(%ebp), %edx	# %sfp, frag
	testl	%eax, %eax	# <retval>
	je	.L17	#,
# platform-c/dom0/netback61.c:43: 	L61(frame_skb)(skb, frag, fragsz, (const u8 *)frame, size, head, page, frag_off, dev);
	movl	%edi, 20(%esp)	# dev,
	movl	16(%ebp), %ecx	# frag_off, frag_off
	movl	%ecx, 16(%esp)	# frag_off,
	movl	12(%ebp), %ecx	# page, page
	movl	%ecx, 12(%esp)	# page,
	movl	%ebx, %ecx	# fragsz,
	movl	8(%ebp), %edi	# head, tmp107
	movl	%esi, 4(%esp)	# size,
	movl	%edi, 8(%esp)	# tmp107,
	movl	-20(%ebp), %esi	# %sfp, frame
	movl	%esi, (%esp)	# frame,
	movl	%eax, -16(%ebp)	# <retval>, %sfp
	call	l61_frame_skb	#
# platform-c/dom0/netback61.c:45: 	L32(s, sk_buff, cb) = slot;
	movl	-16(%ebp), %eax	# %sfp, <retval>
	movl	20(%ebp), %edx	# slot, slot
	movl	%edx, 24(%eax)	# slot, MEM[(volatile u32 *)s_21 + 24B]
# platform-c/dom0/netback61.c:46: 	L32(s, sk_buff, destructor) = (u32)tx_done;
	movl	$tx_done, 76(%eax)	#, MEM[(volatile u32 *)s_21 + 76B]
# platform-c/dom0/netback61.c:48: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L17:
# platform-c/dom0/netback61.c:40: 		l61env_frag_free(frag);
	movl	%edx, %eax	# frag,
	call	l61env_frag_free	#
# platform-c/dom0/netback61.c:37: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L18	#
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
# platform-c/dom0/netback61.c:52: 	u8 *d = (u8 *)dev, *q = (u8 *)L32(d, net_device, _tx);
	movl	576(%edx), %ebx	# MEM[(volatile u32 *)d_14 + 576B], _1
# platform-c/dom0/netback61.c:53: 	int (*xmit)(u32, u32) = *(int (**)(u32, u32))(L32(d, net_device, netdev_ops) + L_OFF_net_device_ops_ndo_start_xmit);
	movl	116(%edx), %ecx	# MEM[(volatile u32 *)d_14 + 116B], _2
# platform-c/dom0/netback61.c:56: 	if (L32(q, netdev_queue, state) & QUEUE_XOFF)
	movl	76(%ebx), %esi	# MEM[(volatile u32 *)q_16 + 76B], _5
# platform-c/dom0/netback61.c:56: 	if (L32(q, netdev_queue, state) & QUEUE_XOFF)
	andl	$3, %esi	#, _5
	jne	.L21	#,
# platform-c/dom0/netback61.c:58: 	r = xmit(skb, dev);
	call	*16(%ecx)	# *_4
# platform-c/dom0/netback61.c:59: 	if (r == L_NETDEV_TX_OK)
	testl	%eax, %eax	# <retval>
	jne	.L19	#,
# platform-c/dom0/netback61.c:60: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	l61_place+8, %edx	# l61_place.jiffies, _8
# platform-c/dom0/netback61.c:60: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	(%edx), %edx	# *_8, _9
# platform-c/dom0/netback61.c:60: 		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	movl	%edx, 72(%ebx)	# _9, MEM[(volatile u32 *)q_16 + 72B]
.L19:
# platform-c/dom0/netback61.c:62: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L21:
	movl	-8(%ebp), %ebx	#,
# platform-c/dom0/netback61.c:57: 		return 0x10; /* NETDEV_TX_BUSY */
	movl	$16, %eax	#, <retval>
# platform-c/dom0/netback61.c:62: }
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	nb61_xmit, .-nb61_xmit
	.p2align 4
	.globl	nb61_dequeue
	.type	nb61_dequeue, @function
nb61_dequeue:
# platform-c/dom0/netback61.c:66: 	u32 skb = l61_backlog_head;
	movl	l61_backlog_head, %eax	# l61_backlog_head, <retval>
# platform-c/dom0/netback61.c:68: 	if (!skb)
	testl	%eax, %eax	# <retval>
	je	.L23	#,
# platform-c/dom0/netback61.c:70: 	l61_backlog_head = L32((u8 *)skb, sk_buff, next);
	movl	(%eax), %edx	# *skb.2_1, _2
# platform-c/dom0/netback61.c:70: 	l61_backlog_head = L32((u8 *)skb, sk_buff, next);
	movl	%edx, l61_backlog_head	# _2, l61_backlog_head
# platform-c/dom0/netback61.c:71: 	if (!l61_backlog_head)
	testl	%edx, %edx	# _2
	jne	.L25	#,
# platform-c/dom0/netback61.c:72: 		l61_backlog_tail = 0;
	xorl	%edx, %edx	#
	movl	%edx, l61_backlog_tail	#, l61_backlog_tail
.L25:
# platform-c/dom0/netback61.c:73: 	l61_backlog_qlen--;
	decl	l61_backlog_qlen	# l61_backlog_qlen
.L23:
# platform-c/dom0/netback61.c:75: }
	ret	
	.size	nb61_dequeue, .-nb61_dequeue
	.p2align 4
	.globl	nb61_mac
	.type	nb61_mac, @function
nb61_mac:
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)s_5 + 168B], _1
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %eax	# MEM[(volatile u16 *)s_5 + 158B],
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	addl	%edx, %eax	# _1, tmp90
# platform-c/dom0/netback61.c:82: }
	ret	
	.size	nb61_mac, .-nb61_mac
	.p2align 4
	.globl	nb61_describe
	.type	nb61_describe, @function
nb61_describe:
	pushl	%ebp	#
	movl	%edx, %ecx	# tmp114, f
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/dom0/netback61.c:86: 	u8 *s = (u8 *)skb, *sh = (u8 *)L32(s, sk_buff, end);
	movl	164(%eax), %edx	# MEM[(volatile u32 *)s_16 + 164B], _1
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movl	168(%eax), %esi	# MEM[(volatile u32 *)s_16 + 168B], _30
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %ebx	# MEM[(volatile u16 *)s_16 + 158B],
# platform-c/dom0/netback61.c:81: 	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
	addl	%esi, %ebx	# _30, _33
# platform-c/dom0/netback61.c:89: 	f->mac = nb61_mac(skb);
	movl	%ebx, (%ecx)	# _33, f_19(D)->mac
# platform-c/dom0/netback61.c:90: 	f->hdr = L32(s, sk_buff, data) - f->mac;
	movl	172(%eax), %esi	# MEM[(volatile u32 *)s_16 + 172B], _2
# platform-c/dom0/netback61.c:90: 	f->hdr = L32(s, sk_buff, data) - f->mac;
	subl	%ebx, %esi	# _33, tmp108
	movl	%esi, 4(%ecx)	# tmp108, f_19(D)->hdr
# platform-c/dom0/netback61.c:91: 	f->len = L32(s, sk_buff, len);
	movl	84(%eax), %ebx	# MEM[(volatile u32 *)s_16 + 84B], _4
# platform-c/dom0/netback61.c:91: 	f->len = L32(s, sk_buff, len);
	movl	%ebx, 8(%ecx)	# _4, f_19(D)->len
# platform-c/dom0/netback61.c:92: 	f->data_len = L32(s, sk_buff, data_len);
	movl	88(%eax), %eax	# MEM[(volatile u32 *)s_16 + 88B], _5
# platform-c/dom0/netback61.c:92: 	f->data_len = L32(s, sk_buff, data_len);
	movl	%eax, 12(%ecx)	# _5, f_19(D)->data_len
# platform-c/dom0/netback61.c:93: 	f->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movzbl	2(%edx), %esi	# MEM[(volatile u8 *)sh_18 + 2B],
# platform-c/dom0/netback61.c:93: 	f->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%esi, 16(%ecx)	# _7, f_19(D)->nr_frags
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	testl	%esi, %esi	# _7
	je	.L30	#,
	addl	$40, %edx	#, ivtmp.32
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	xorl	%eax, %eax	# i
	jmp	.L32	#
	.p2align 4,,10
	.p2align 3
.L42:
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	$18, %eax	#, i
	je	.L30	#,
.L32:
# platform-c/dom0/netback61.c:97: 		f->frag_page[i] = L32(fr, bio_vec, bv_page);
	movl	(%edx), %ebx	# MEM[(volatile u32 *)fr_25], _10
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	addl	$12, %edx	#, ivtmp.32
# platform-c/dom0/netback61.c:97: 		f->frag_page[i] = L32(fr, bio_vec, bv_page);
	movl	%ebx, 20(%ecx,%eax,4)	# _10, MEM[(unsigned int *)f_19(D) + 20B + i_42 * 4]
# platform-c/dom0/netback61.c:98: 		f->frag_off[i] = L32(fr, bio_vec, bv_offset);
	movl	-4(%edx), %ebx	# MEM[(volatile u32 *)fr_25 + 8B], _11
# platform-c/dom0/netback61.c:98: 		f->frag_off[i] = L32(fr, bio_vec, bv_offset);
	movl	%ebx, 92(%ecx,%eax,4)	# _11, MEM[(unsigned int *)f_19(D) + 92B + i_42 * 4]
# platform-c/dom0/netback61.c:99: 		f->frag_size[i] = L32(fr, bio_vec, bv_len);
	movl	-8(%edx), %ebx	# MEM[(volatile u32 *)fr_25 + 4B], _12
# platform-c/dom0/netback61.c:99: 		f->frag_size[i] = L32(fr, bio_vec, bv_len);
	movl	%ebx, 164(%ecx,%eax,4)	# _12, MEM[(unsigned int *)f_19(D) + 164B + i_42 * 4]
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	incl	%eax	# i
# platform-c/dom0/netback61.c:94: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	%esi, %eax	# _7, i
	jb	.L42	#,
.L30:
# platform-c/dom0/netback61.c:101: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	nb61_describe, .-nb61_describe
	.p2align 4
	.globl	nb61_free
	.type	nb61_free, @function
nb61_free:
# platform-c/dom0/netback61.c:107: 	int users = L32(s, sk_buff, users);
	movl	180(%eax), %edx	# MEM[(volatile u32 *)s_6 + 180B], _1
# platform-c/dom0/netback61.c:109: 	if (users == 1)
	cmpl	$1, %edx	#, _1
	je	.L50	#,
# platform-c/dom0/netback61.c:111: 	else if (users > 1)
	jle	.L47	#,
# platform-c/dom0/netback61.c:112: 		L32(s, sk_buff, users) = users - 1;
	decl	%edx	# _3
# platform-c/dom0/netback61.c:112: 		L32(s, sk_buff, users) = users - 1;
	movl	%edx, 180(%eax)	# _3, MEM[(volatile u32 *)s_6 + 180B]
# platform-c/dom0/netback61.c:113: }
	ret	
	.p2align 4,,10
	.p2align 3
.L47:
	ret	
	.p2align 4,,10
	.p2align 3
.L50:
# platform-c/dom0/netback61.c:105: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/dom0/netback61.c:110: 		L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/dom0/netback61.c:113: }
	popl	%ebp	#
	.p2align 4,,5
	ret	
	.size	nb61_free, .-nb61_free
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
