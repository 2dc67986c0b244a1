	.file	"netback.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	tx_dealloc, @function
tx_dealloc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$12, %esp	#,
# platform-c/dom0/netback.c:211: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.67_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.67_14
# platform-c/dom0/netback.c:215: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	nb_area, %esi	# nb_area, nb_area.35_30
# platform-c/dom0/netback.c:211: 	while (dealloc_cons != dealloc_prod) {
	je	.L1	#,
	.p2align 4
	.p2align 3
.L3:
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
# platform-c/dom0/netback.c:212: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	leal	1(%eax), %edx	#, tmp109
# platform-c/dom0/netback.c:212: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzbl	%al, %eax	# dealloc_cons.67_14, dealloc_cons.67_14
# platform-c/dom0/netback.c:212: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movl	%edx, dealloc_cons	# tmp109, dealloc_cons
# platform-c/dom0/netback.c:212: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzwl	dealloc(%eax,%eax), %ebx	# dealloc[_2], _3
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$6, %eax	#,
# platform-c/dom0/netback.c:215: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	%ebx, %edx	# _3, tmp112
	sall	$12, %edx	#, tmp112
# platform-c/dom0/netback.c:215: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	addl	%esi, %edx	# nb_area.35_30, tmp113
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %esi	#, tmp152
	call	*%esi	# tmp152
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %esi	# nb_area, nb_area.35_30
	movl	kboot+12, %edx	# kboot.lowmem,
# platform-c/dom0/netback.c:217: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending+2(,%ebx,8), %edi	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].id, _9
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	%esi, %eax	# nb_area.35_30, tmp116
	subl	%edx, %eax	#, tmp116
# platform-c/dom0/netback.c:216: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp122
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp117
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%ebx, %eax	# _3, _34
# platform-c/dom0/netback.c:216: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _34, tmp122
# platform-c/dom0/netback.c:216: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp122, p2m[_34]
# platform-c/dom0/netback.c:217: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending(,%ebx,8), %eax	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].vif, _11
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	sall	$5, %eax	#, tmp127
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp155
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	vifs+12(%eax), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp156
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%ecx), %ecx	# _20->rsp_prod, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	%ecx, -16(%ebp)	# rsp, %sfp
	movzbl	-16(%ebp), %ecx	# %sfp, _26
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %ecx	#, tmp130
	movw	%di, (%edx,%ecx,8)	# _9, _20->ring[_26].rsp.id
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	-16(%ebp), %edx	# %sfp, rsp
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	vifs+12(%eax), %edi	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, _27
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# rsp
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$0, 2(%edi,%ecx,8)	#, _27->ring[_26].rsp.status
# platform-c/dom0/netback.c:218: 		p->skb = NULL;
	xorl	%edi, %edi	#
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, _28
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%ecx)	# tmp140, _28->rsp_prod
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, %ecx	#,
	movl	%ecx, vifs+28(%eax)	#, MEM <struct vif[64]> [(struct vif *)&vifs][_11].notify
# platform-c/dom0/netback.c:219: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.65_12
# platform-c/dom0/netback.c:218: 		p->skb = NULL;
	movl	%edi, pending+4(,%ebx,8)	#, MEM <struct pending[256]> [(struct pending *)&pending][slot_19].skb
# platform-c/dom0/netback.c:219: 		pending_free[nr_pending_free++] = slot;
	movw	%bx, pending_free(%eax,%eax)	# _3, pending_free[nr_pending_free.65_12]
# platform-c/dom0/netback.c:219: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp146
# platform-c/dom0/netback.c:211: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.67_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.67_14
# platform-c/dom0/netback.c:219: 		pending_free[nr_pending_free++] = slot;
	movl	%edx, nr_pending_free	# tmp146, nr_pending_free
# platform-c/dom0/netback.c:211: 	while (dealloc_cons != dealloc_prod) {
	jne	.L3	#,
.L1:
# platform-c/dom0/netback.c:221: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	tx_dealloc, .-tx_dealloc
	.p2align 4
	.type	netbk_tx_done, @function
netbk_tx_done:
# platform-c/dom0/netback.c:121: 	if (netbk_slot_done(*(u32 *)skb->cb, (u32)skb))
	movl	48(%eax), %edx	# MEM[(u32 *)skb_6(D) + 48B], _2
# platform-c/dom0/netback.c:110: 	if (slot < MAX_PENDING && (u32)pending[slot].skb == skb) {
	cmpl	$255, %edx	#, _2
	ja	.L12	#,
# platform-c/dom0/netback.c:110: 	if (slot < MAX_PENDING && (u32)pending[slot].skb == skb) {
	cmpl	pending+4(,%edx,8), %eax	# pending[_2].skb, skb
	je	.L15	#,
.L12:
	ret	
	.p2align 4,,10
	.p2align 3
.L15:
# platform-c/dom0/netback.c:120: {
	pushl	%ebp	#
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	dealloc_prod, %ecx	# dealloc_prod, dealloc_prod.5_14
# platform-c/dom0/netback.c:120: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	leal	1(%ecx), %ebx	#, tmp93
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movzbl	%cl, %ecx	# dealloc_prod.5_14, dealloc_prod.5_14
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movw	%dx, dealloc(%ecx,%ecx)	# _2, dealloc[_16]
# platform-c/dom0/netback.c:112: 		softirq_pending = 1;
	movl	$1, %edx	#,
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	%ebx, dealloc_prod	# tmp93, dealloc_prod
# platform-c/dom0/netback.c:122: 		skb_shinfo(skb)->nr_frags = 0; /* the page is the guest's: never put_page it */
	movl	144(%eax), %eax	# skb_6(D)->end, _4
# platform-c/dom0/netback.c:112: 		softirq_pending = 1;
	movl	%edx, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:122: 		skb_shinfo(skb)->nr_frags = 0; /* the page is the guest's: never put_page it */
	movw	$0, 4(%eax)	#, MEM[(struct skb_shared_info *)_4].nr_frags
# platform-c/dom0/netback.c:123: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	netbk_tx_done, .-netbk_tx_done
	.p2align 4
	.globl	netback_init
	.type	netback_init, @function
netback_init:
# platform-c/dom0/netback.c:68: 	nb_netdev = dev;
	movl	%eax, nb_netdev	# tmp92, nb_netdev
# platform-c/dom0/netback.c:71: 	for (i = 0; i < MAX_PENDING; i++)
	xorl	%eax, %eax	# i
# platform-c/dom0/netback.c:70: 	nb_l61 = l61;
	movl	%ecx, nb_l61	# tmp94, nb_l61
# platform-c/dom0/netback.c:72: 		pending_free[i] = MAX_PENDING - 1 - i;
	movl	$255, %ecx	#, tmp91
# platform-c/dom0/netback.c:69: 	nb_area = area;
	movl	%edx, nb_area	# tmp93, nb_area
	.p2align 4
	.p2align 3
.L17:
# platform-c/dom0/netback.c:72: 		pending_free[i] = MAX_PENDING - 1 - i;
	movl	%ecx, %edx	# tmp91, tmp90
	subl	%eax, %edx	# i, tmp90
# platform-c/dom0/netback.c:72: 		pending_free[i] = MAX_PENDING - 1 - i;
	movw	%dx, pending_free(%eax,%eax)	# tmp90, MEM[(short unsigned int *)&pending_free + i_17 * 2]
# platform-c/dom0/netback.c:71: 	for (i = 0; i < MAX_PENDING; i++)
	incl	%eax	# i
# platform-c/dom0/netback.c:71: 	for (i = 0; i < MAX_PENDING; i++)
	cmpl	$256, %eax	#, i
	jne	.L17	#,
# platform-c/dom0/netback.c:73: 	nr_pending_free = MAX_PENDING;
	movl	$256, %eax	#,
	movl	%eax, nr_pending_free	#, nr_pending_free
# platform-c/dom0/netback.c:74: }
	ret	
	.size	netback_init, .-netback_init
	.p2align 4
	.globl	netback_connect
	.type	netback_connect, @function
netback_connect:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/dom0/netback.c:77: {
	movl	%eax, %ebx	# tmp115, domid
# platform-c/dom0/netback.c:80: 	if (nr_vifs >= MAX_VIFS)
	movl	nr_vifs, %eax	# nr_vifs, nr_vifs.0_1
# platform-c/dom0/netback.c:80: 	if (nr_vifs >= MAX_VIFS)
	cmpl	$63, %eax	#, nr_vifs.0_1
	ja	.L21	#,
# platform-c/dom0/netback.c:82: 	v = &vifs[nr_vifs++];
	leal	1(%eax), %esi	#, tmp96
	movl	%esi, nr_vifs	# tmp96, nr_vifs
# platform-c/dom0/netback.c:83: 	v->domid = domid;
	sall	$5, %eax	#, tmp98
# platform-c/dom0/netback.c:84: 	*(u32 *)v->mac = mac_lo;
	movl	%edx, vifs+4(%eax)	# mac_lo, MEM[(u32 *)_3]
# platform-c/dom0/netback.c:83: 	v->domid = domid;
	leal	vifs(%eax), %esi	#, tmp99
# platform-c/dom0/netback.c:85: 	*(u16 *)(v->mac + 4) = mac_hi;
	movw	%cx, vifs+8(%eax)	# mac_hi, MEM[(u16 *)_3 + 4B]
# platform-c/dom0/netback.c:83: 	v->domid = domid;
	movl	%ebx, vifs(%eax)	# domid, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].domid
# platform-c/dom0/netback.c:86: 	v->tx = (struct netif_tx_ring *)tx;
	movl	8(%ebp), %eax	# tx, tx
# platform-c/dom0/netback.c:88: 	v->connected = 1;
	movw	$1, 10(%esi)	#, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].connected
# platform-c/dom0/netback.c:86: 	v->tx = (struct netif_tx_ring *)tx;
	movl	%eax, 12(%esi)	# tx, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].tx
# platform-c/dom0/netback.c:87: 	v->rx = (struct netif_rx_ring *)rx;
	movl	12(%ebp), %eax	# rx, rx
	movl	%eax, 16(%esi)	# rx, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].rx
# platform-c/dom0/netback.c:89: 	return 0;
	xorl	%eax, %eax	# <retval>
.L19:
# platform-c/dom0/netback.c:90: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L21:
# platform-c/dom0/netback.c:81: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L19	#
	.size	netback_connect, .-netback_connect
	.p2align 4
	.globl	netbk_slot_done
	.type	netbk_slot_done, @function
netbk_slot_done:
# platform-c/dom0/netback.c:115: 	return 0;
	xorl	%ecx, %ecx	# <retval>
# platform-c/dom0/netback.c:110: 	if (slot < MAX_PENDING && (u32)pending[slot].skb == skb) {
	cmpl	$255, %eax	#, slot
	ja	.L23	#,
# platform-c/dom0/netback.c:110: 	if (slot < MAX_PENDING && (u32)pending[slot].skb == skb) {
	cmpl	%edx, pending+4(,%eax,8)	# skb, pending[slot_5(D)].skb
	je	.L27	#,
.L23:
# platform-c/dom0/netback.c:116: }
	movl	%ecx, %eax	# <retval>,
	ret	
	.p2align 4,,10
	.p2align 3
.L27:
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	dealloc_prod, %edx	# dealloc_prod, dealloc_prod.5_10
	leal	1(%edx), %ecx	#, tmp92
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movzbl	%dl, %edx	# dealloc_prod.5_10, dealloc_prod.5_10
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	%ecx, dealloc_prod	# tmp92, dealloc_prod
# platform-c/dom0/netback.c:112: 		softirq_pending = 1;
	movl	$1, %ecx	#, <retval>
# platform-c/dom0/netback.c:111: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movw	%ax, dealloc(%edx,%edx)	# slot, dealloc[_12]
# platform-c/dom0/netback.c:112: 		softirq_pending = 1;
	movl	$1, %eax	#,
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:116: }
	movl	%ecx, %eax	# <retval>,
	ret	
	.size	netbk_slot_done, .-netbk_slot_done
	.p2align 4
	.globl	netback_action
	.type	netback_action, @function
netback_action:
	pushl	%ebp	#
# platform-c/dom0/netback.c:350: 	softirq_pending = 0;
	xorl	%eax, %eax	#
# platform-c/dom0/netback.c:347: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$292, %esp	#,
# platform-c/dom0/netback.c:350: 	softirq_pending = 0;
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:351: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:352: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %eax	# nr_vifs,
	testl	%eax, %eax	#
	je	.L29	#,
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_474
	movl	$vifs, %ebx	#, ivtmp.159
# platform-c/dom0/netback.c:352: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ecx, %ecx	# i
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	deferred_tail, %edi	# deferred_tail, prephitmp_477
	movl	%eax, -272(%ebp)	# prephitmp_474, %sfp
	.p2align 4
	.p2align 3
.L44:
# platform-c/dom0/netback.c:225: 	u32 prod = v->tx->req_prod;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B]
# platform-c/dom0/netback.c:227: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:225: 	u32 prod = v->tx->req_prod;
	movl	(%eax), %esi	# _27->req_prod, prod
	movl	%esi, -280(%ebp)	# prod, %sfp
# platform-c/dom0/netback.c:227: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	%esi, %eax	# prod, tmp330
	subl	%edx, %eax	# _35, tmp330
# platform-c/dom0/netback.c:227: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	cmpl	$256, %eax	#, tmp330
	jbe	.L30	#,
# platform-c/dom0/netback.c:228: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:229: 		v->tx_cons = prod - NET_RING_SIZE;
	leal	-256(%esi), %edx	#, _35
# platform-c/dom0/netback.c:229: 		v->tx_cons = prod - NET_RING_SIZE;
	movl	%edx, 20(%ebx)	# _35, MEM <u32> [(struct vif *)_1 + 20B]
.L31:
	movl	%ecx, -288(%ebp)	# i, %sfp
# platform-c/dom0/netback.c:189: 	pending[slot].vif = v - vifs;
	movl	%ebx, %eax	# ivtmp.159, tmp331
	movl	%edi, -260(%ebp)	# prephitmp_477, %sfp
	subl	$vifs, %eax	#, tmp331
	sarl	$5, %eax	#, tmp333
# platform-c/dom0/netback.c:189: 	pending[slot].vif = v - vifs;
	movzwl	%ax, %eax	# tmp333, _158
	movl	%eax, -284(%ebp)	# _158, %sfp
	jmp	.L33	#
	.p2align 4,,10
	.p2align 3
.L129:
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpl	$4095, %edi	#, req$offset
	movl	%edi, %edx	# req$offset, req$offset
	ja	.L34	#,
# platform-c/dom0/netback.c:142: 	    req->size > PAGE_SIZE - req->offset) {
	movl	$4096, %edi	#, tmp339
	subl	%edx, %edi	# req$offset, tmp339
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpl	%esi, %edi	# req$size, tmp339
	jb	.L34	#,
# platform-c/dom0/netback.c:147: 	slot = pending_free[--nr_pending_free];
	movl	-268(%ebp), %edi	# %sfp, nr_pending_free.13_38
# platform-c/dom0/netback.c:148: 	va = nb_area + slot * PAGE_SIZE;
	movl	nb_area, %ecx	# nb_area,
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	(%ebx), %edx	# MEM <u32> [(struct vif *)_1], MEM <u32> [(struct vif *)_1]
# platform-c/dom0/netback.c:147: 	slot = pending_free[--nr_pending_free];
	decl	%edi	# nr_pending_free.13_38
# platform-c/dom0/netback.c:147: 	slot = pending_free[--nr_pending_free];
	movl	%edi, nr_pending_free	# _58, nr_pending_free
# platform-c/dom0/netback.c:147: 	slot = pending_free[--nr_pending_free];
	movzwl	pending_free(%edi,%edi), %eax	# pending_free[_58], _59
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%edi, %edi	#
# platform-c/dom0/netback.c:147: 	slot = pending_free[--nr_pending_free];
	movl	%eax, -260(%ebp)	# _59, %sfp
# platform-c/dom0/netback.c:148: 	va = nb_area + slot * PAGE_SIZE;
	movl	%eax, %esi	# _59, tmp345
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$5, %eax	#,
	movl	%edi, 4(%esp)	#,
# platform-c/dom0/netback.c:148: 	va = nb_area + slot * PAGE_SIZE;
	sall	$12, %esi	#, tmp345
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp612
# platform-c/dom0/netback.c:148: 	va = nb_area + slot * PAGE_SIZE;
	addl	%ecx, %esi	#, va
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%esi, (%esp)	# va,
	movl	-276(%ebp), %ecx	# %sfp,
	call	*%edi	# tmp612
# platform-c/dom0/netback.c:150: 	if (mfn <= 0) {
	testl	%eax, %eax	# _67
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, %edx	# tmp544, _67
# platform-c/dom0/netback.c:150: 	if (mfn <= 0) {
	jle	.L127	#,
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edi	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
	subl	%edi, %eax	#, tmp355
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-260(%ebp), %edi	# %sfp, _59
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp357
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edi, %eax	# _59, _83
# platform-c/dom0/netback.c:157: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	-256(%ebp), %edi	# %sfp, req$size
# platform-c/dom0/netback.c:156: 	p2m[area_index(slot)] = mfn;
	movl	%edx, p2m(,%eax,4)	# _67, p2m[_83]
# platform-c/dom0/netback.c:157: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	$64, %edx	#, tmp558
	cmpl	%edx, %edi	# tmp558, req$size
	cmovbe	%edi, %edx	# req$size,, tmp558
# platform-c/dom0/netback.c:160: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	nb_netdev, %edi	# nb_netdev, pretmp_514
# platform-c/dom0/netback.c:157: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	%edx, -268(%ebp)	# head, %sfp
	movl	%edx, %ecx	# tmp558, head
# platform-c/dom0/netback.c:159: 	if (nb_l61)
	movl	nb_l61, %edx	# nb_l61,
	testl	%edx, %edx	#
	je	.L38	#,
# platform-c/dom0/netback.c:160: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	-264(%ebp), %edx	# %sfp, req$offset
# platform-c/dom0/netback.c:161: 						    kboot.mem_map + area_index(slot) * sizeof(struct page), req->offset + head, slot);
	sall	$5, %eax	#, tmp364
# platform-c/dom0/netback.c:160: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	addl	%esi, %edx	# va, tmp361
	movl	%edx, -272(%ebp)	# tmp361, %sfp
	movl	-260(%ebp), %edx	# %sfp, _59
	movl	%edx, 12(%esp)	# _59,
	movl	-264(%ebp), %edx	# %sfp, req$offset
	addl	%edx, %ecx	# req$offset, tmp362
	movl	%ecx, 8(%esp)	# tmp362,
	movl	kboot, %ecx	# kboot.mem_map,
	addl	%ecx, %eax	#, tmp365
	movl	%eax, 4(%esp)	# tmp365,
	movl	-268(%ebp), %eax	# %sfp, head
	movl	%eax, (%esp)	# head,
	movl	%edi, %eax	# pretmp_514,
	movl	-256(%ebp), %ecx	# %sfp,
	movl	-272(%ebp), %edx	# %sfp,
	call	nb61_tx_skb	#
# platform-c/dom0/netback.c:164: 	if (!skb) {
	testl	%eax, %eax	# skb
	je	.L128	#,
.L40:
# platform-c/dom0/netback.c:172: 	if (nb_l61)
	movl	nb_l61, %edi	# nb_l61,
	testl	%edi, %edi	#
	jne	.L41	#,
# platform-c/dom0/netback.c:158: 	rest = req->size - head;
	movl	-268(%ebp), %edi	# %sfp, head
	movl	-256(%ebp), %edx	# %sfp, rest
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edi, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edi, %ecx	# head, tmp398
	shrl	$2, %ecx	#, tmp398
# platform-c/dom0/netback.c:158: 	rest = req->size - head;
	subl	%edi, %edx	# head, rest
	movl	%edx, -268(%ebp)	# rest, %sfp
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edi, %edx	# head, head
# platform-c/dom0/netback.c:174: 	copy(skb->tail, (void *)(va + req->offset), head);
	movl	-264(%ebp), %edi	# %sfp, req$offset
	addl	%edi, %esi	# req$offset, tmp399
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	140(%eax), %edi	# skb_104->tail, edi_out
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# head
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/dom0/netback.c:176: 	skb->len = req->size;
#NO_APP
	movl	-256(%ebp), %ecx	# %sfp, req$size
# platform-c/dom0/netback.c:175: 	skb->tail += head;
	movl	%edx, %edi	# head, head
	addl	%edx, 140(%eax)	# head, skb_104->tail
# platform-c/dom0/netback.c:176: 	skb->len = req->size;
	movl	%ecx, 96(%eax)	# req$size, skb_104->len
# platform-c/dom0/netback.c:177: 	if (rest) {
	movl	-268(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	je	.L42	#,
# platform-c/dom0/netback.c:178: 		sh = skb_shinfo(skb);
	movl	144(%eax), %esi	# skb_104->end, sh
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %ecx	# nb_area, nb_area
# platform-c/dom0/netback.c:179: 		sh->nr_frags = 1;
	movw	$1, 4(%esi)	#, sh_141->nr_frags
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edx	# kboot.lowmem,
	subl	%edx, %ecx	#, tmp401
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-260(%ebp), %edx	# %sfp, _59
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %ecx	#, tmp403
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edx, %ecx	# _59, tmp404
# platform-c/dom0/netback.c:180: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	kboot, %edx	# kboot.mem_map,
# platform-c/dom0/netback.c:180: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	sall	$5, %ecx	#, tmp405
# platform-c/dom0/netback.c:180: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	addl	%edx, %ecx	#, tmp409
# platform-c/dom0/netback.c:180: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	%ecx, 20(%esi)	# tmp409, sh_141->frags[0].page
# platform-c/dom0/netback.c:181: 		sh->frags[0].page_offset = req->offset + head;
	movl	-264(%ebp), %ecx	# %sfp, req$offset
	addl	%edi, %ecx	# head, req$offset
# platform-c/dom0/netback.c:182: 		sh->frags[0].size = rest;
	movl	-268(%ebp), %edi	# %sfp, rest
# platform-c/dom0/netback.c:181: 		sh->frags[0].page_offset = req->offset + head;
	movl	%ecx, 24(%esi)	# tmp411, sh_141->frags[0].page_offset
# platform-c/dom0/netback.c:182: 		sh->frags[0].size = rest;
	movl	%edi, 28(%esi)	# rest, sh_141->frags[0].size
# platform-c/dom0/netback.c:184: 		skb->truesize += rest;
	addl	%edi, 124(%eax)	# rest, skb_104->truesize
# platform-c/dom0/netback.c:183: 		skb->data_len = rest;
	movl	%edi, 100(%eax)	# rest, skb_104->data_len
.L42:
# platform-c/dom0/netback.c:187: 	skb->destructor = netbk_tx_done;
	movl	$netbk_tx_done, 120(%eax)	#, skb_104->destructor
# platform-c/dom0/netback.c:186: 	*(u32 *)skb->cb = slot;
	movl	-260(%ebp), %edi	# %sfp, _59
	movl	%edi, 48(%eax)	# _59, MEM[(u32 *)skb_104 + 48B]
.L41:
# platform-c/dom0/netback.c:189: 	pending[slot].vif = v - vifs;
	movl	-260(%ebp), %edi	# %sfp, _59
	movl	-284(%ebp), %ecx	# %sfp, tmp643
# platform-c/dom0/netback.c:192: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	deferred_tail, %edx	# deferred_tail, deferred_tail.32_160
# platform-c/dom0/netback.c:191: 	pending[slot].skb = skb;
	movl	%eax, pending+4(,%edi,8)	# skb, pending[slot_60].skb
# platform-c/dom0/netback.c:189: 	pending[slot].vif = v - vifs;
	movw	%cx, pending(,%edi,8)	# tmp643, pending[slot_60].vif
# platform-c/dom0/netback.c:190: 	pending[slot].id = req->id;
	movl	-252(%ebp), %ecx	# %sfp, tmp645
	movw	%cx, pending+2(,%edi,8)	# tmp645, pending[slot_60].id
# platform-c/dom0/netback.c:192: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	leal	1(%edx), %edi	#, prephitmp_477
# platform-c/dom0/netback.c:192: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movzbl	%dl, %edx	# deferred_tail.32_160, deferred_tail.32_160
# platform-c/dom0/netback.c:192: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%eax, deferred(,%edx,4)	# skb, deferred[_162]
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_474
# platform-c/dom0/netback.c:192: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%edi, -260(%ebp)	# prephitmp_477, %sfp
	movl	%edi, deferred_tail	# prephitmp_477, deferred_tail
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	%eax, -272(%ebp)	# prephitmp_474, %sfp
.L36:
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	je	.L114	#,
.L33:
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.13_38
	movl	%eax, -268(%ebp)	# nr_pending_free.13_38, %sfp
	testl	%eax, %eax	# nr_pending_free.13_38
	je	.L114	#,
# platform-c/dom0/netback.c:232: 	       deferred_tail - deferred_head < MAX_PENDING) {
	movl	-260(%ebp), %eax	# %sfp, tmp417
	movl	-272(%ebp), %ecx	# %sfp, prephitmp_474
	subl	%ecx, %eax	# prephitmp_474, tmp417
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	$255, %eax	#, tmp417
	ja	.L114	#,
# platform-c/dom0/netback.c:233: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _34
# platform-c/dom0/netback.c:233: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movzbl	%dl, %esi	# _35, _35
# platform-c/dom0/netback.c:235: 		v->tx_cons++;
	incl	%edx	# tmp336
# platform-c/dom0/netback.c:233: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_306 + 64B], req$gref
	movl	%ecx, -276(%ebp)	# req$gref, %sfp
	movzwl	66(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_306 + 66B], req$offset
	movl	%ecx, -264(%ebp)	# req$offset, %sfp
	movl	%ecx, %edi	# req$offset, req$offset
	movzwl	68(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_306 + 68B], req$id
	movzwl	70(%eax,%esi,8), %esi	# MEM <const u16> [(struct netif_tx_ring *)_306 + 70B], req$size
# platform-c/dom0/netback.c:235: 		v->tx_cons++;
	movl	%edx, 20(%ebx)	# tmp336, MEM <u32> [(struct vif *)_1 + 20B]
# platform-c/dom0/netback.c:233: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	%ecx, -252(%ebp)	# req$id, %sfp
	movl	%esi, -256(%ebp)	# req$size, %sfp
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	leal	-14(%esi), %edx	#, tmp337
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpw	$1500, %dx	#, tmp337
	jbe	.L129	#,
.L34:
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%eax), %edx	# _34->rsp_prod, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-252(%ebp), %edi	# %sfp, tmp609
# platform-c/dom0/netback.c:143: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%dl, %esi	# rsp, _53
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# tmp343
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %esi	#, tmp341
	movw	%di, (%eax,%esi,8)	# tmp609, _34->ring[_53].rsp.id
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _54
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 2(%eax,%esi,8)	#, _54->ring[_53].rsp.status
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _55
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp343, _55->rsp_prod
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	jne	.L33	#,
.L114:
	movl	-260(%ebp), %edi	# %sfp, prephitmp_477
	movl	-288(%ebp), %ecx	# %sfp, i
.L32:
# platform-c/dom0/netback.c:352: 	for (i = 0; i < nr_vifs; i++)
	incl	%ecx	# i
# platform-c/dom0/netback.c:352: 	for (i = 0; i < nr_vifs; i++)
	addl	$32, %ebx	#, ivtmp.159
	cmpl	nr_vifs, %ecx	# nr_vifs, i
	jb	.L44	#,
.L45:
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	-272(%ebp), %ecx	# %sfp, prephitmp_474
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	nb_l61, %eax	# nb_l61, pretmp_492
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	cmpl	%ecx, %edi	# prephitmp_474, prephitmp_477
	jne	.L51	#,
	jmp	.L50	#
	.p2align 4,,10
	.p2align 3
.L131:
# platform-c/dom0/netback.c:131: 	return nb_netdev->hard_start_xmit(skb, nb_netdev);
	movl	%ecx, %eax	# skb,
	call	*280(%edx)	# pretmp_512->hard_start_xmit
.L48:
# platform-c/dom0/netback.c:202: 		if (r != NETDEV_TX_OK)
	testl	%eax, %eax	# _202
	.p2align 4,,3
	jne	.L78	#,
# platform-c/dom0/netback.c:204: 		deferred_head++;
	movl	deferred_head, %eax	# deferred_head, tmp653
# platform-c/dom0/netback.c:205: 		nb_tx_packets++;
	incl	nb_tx_packets	# nb_tx_packets
# platform-c/dom0/netback.c:204: 		deferred_head++;
	leal	1(%eax), %ecx	#, prephitmp_474
	movl	nb_l61, %eax	# nb_l61, pretmp_492
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	cmpl	deferred_tail, %ecx	# deferred_tail, prephitmp_474
# platform-c/dom0/netback.c:204: 		deferred_head++;
	movl	%ecx, deferred_head	# prephitmp_474, deferred_head
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	je	.L50	#,
.L51:
# platform-c/dom0/netback.c:199: 		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
	movzbl	%cl, %ecx	# prephitmp_474, prephitmp_474
# platform-c/dom0/netback.c:127: 	if (nb_l61)
	testl	%eax, %eax	# pretmp_492
# platform-c/dom0/netback.c:128: 		return nb61_xmit((u32)skb, (u32)nb_netdev);
	movl	nb_netdev, %edx	# nb_netdev, pretmp_512
# platform-c/dom0/netback.c:199: 		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
	movl	deferred(,%ecx,4), %ecx	# deferred[_185], skb
# platform-c/dom0/netback.c:127: 	if (nb_l61)
	jne	.L130	#,
# platform-c/dom0/netback.c:129: 	if (nb_netdev->state & XOFF)
	testb	$1, 36(%edx)	#, pretmp_512->state
	je	.L131	#,
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	rx_waiting, %edi	# rx_waiting, rx_waiting.49_163
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%edi, %edi	# rx_waiting.49_163
	jne	.L132	#,
	.p2align 4
	.p2align 3
.L52:
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%eax, %eax	# pretmp_492
	je	.L54	#,
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	call	nb61_dequeue	#
	movl	%eax, %edi	# tmp549, rx_waiting.49_163
.L55:
# platform-c/dom0/netback.c:323: 		rx_waiting = NULL;
	xorl	%ebx, %ebx	#
# platform-c/dom0/netback.c:324: 		if (!skb)
	testl	%edi, %edi	# rx_waiting.49_163
# platform-c/dom0/netback.c:323: 		rx_waiting = NULL;
	movl	%ebx, rx_waiting	#, rx_waiting
# platform-c/dom0/netback.c:324: 		if (!skb)
	je	.L56	#,
# platform-c/dom0/netback.c:326: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	movl	nb_l61, %eax	# nb_l61, pretmp_492
# platform-c/dom0/netback.c:326: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	testl	%eax, %eax	# pretmp_492
	je	.L57	#,
.L134:
# platform-c/dom0/netback.c:326: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	movl	%edi, %eax	# rx_waiting.49_163,
	call	nb61_mac	#
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L136:
# platform-c/dom0/netback.c:245: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	vifs+8(%edx), %edi	# MEM[(const u16 *)&vifs + 8B + _459 * 1], tmp655
	cmpw	%di, 4(%eax)	# tmp655, MEM[(const u16 *)iftmp.52_174 + 4B]
	jne	.L60	#,
# platform-c/dom0/netback.c:274: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	vifs+16(%edx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _215
# platform-c/dom0/netback.c:277: 	if (v->rx_cons == prod)
	movl	vifs+24(%edx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx_cons, _217
# platform-c/dom0/netback.c:274: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	-252(%ebp), %edi	# %sfp, rx_waiting.49_163
# platform-c/dom0/netback.c:274: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	(%ecx), %esi	# _215->req_prod, prod
# platform-c/dom0/netback.c:277: 	if (v->rx_cons == prod)
	cmpl	%eax, %esi	# _217, prod
	je	.L133	#,
# platform-c/dom0/netback.c:279: 	if (prod - v->rx_cons > NET_RING_SIZE)
	movl	%esi, %edx	# prod, tmp436
	subl	%eax, %edx	# _217, tmp436
# platform-c/dom0/netback.c:279: 	if (prod - v->rx_cons > NET_RING_SIZE)
	cmpl	$256, %edx	#, tmp436
	jbe	.L64	#,
# platform-c/dom0/netback.c:280: 		v->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%esi), %eax	#, _217
.L64:
# platform-c/dom0/netback.c:281: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	leal	1(%eax), %esi	#, tmp441
	movl	%ebx, %edx	# i, tmp438
	sall	$5, %edx	#, tmp438
# platform-c/dom0/netback.c:281: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzbl	%al, %eax	# _217, _222
# platform-c/dom0/netback.c:281: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movl	%esi, vifs+24(%edx)	# tmp441, MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx_cons
# platform-c/dom0/netback.c:281: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	64(%ecx,%eax,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_433 + 64B], req$id
	movl	%esi, -260(%ebp)	# req$id, %sfp
# platform-c/dom0/netback.c:290: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	movl	66(%ecx,%eax,8), %esi	# MEM <unsigned int> [(union netif_rx_entry *)_249 + 2B], _239
	movl	%esi, -276(%ebp)	# _239, %sfp
# platform-c/dom0/netback.c:281: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	66(%ecx,%eax,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_433 + 66B], req$gref
	movzwl	68(%ecx,%eax,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_433 + 68B], req$offset
	movl	%esi, -272(%ebp)	# req$gref, %sfp
	movl	%eax, -252(%ebp)	# req$offset, %sfp
# platform-c/dom0/netback.c:282: 	if (nb_l61)
	movl	nb_l61, %eax	# nb_l61, i
# platform-c/dom0/netback.c:282: 	if (nb_l61)
	testl	%eax, %eax	# i
	je	.L65	#,
# platform-c/dom0/netback.c:283: 		nb61_describe((u32)skb, &f);
	leal	-248(%ebp), %esi	#, tmp532
	movl	%edi, %eax	# rx_waiting.49_163,
	movl	%esi, %edx	# tmp532,
	call	nb61_describe	#
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-240(%ebp), %eax	# f.len, _281
	movl	%eax, -268(%ebp)	# _281, %sfp
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-236(%ebp), %eax	# f.data_len, _282
	movl	%eax, -256(%ebp)	# _282, %sfp
# platform-c/dom0/netback.c:286: 	hdr = f.hdr;
	movl	-244(%ebp), %eax	# f.hdr, _280
	movl	%eax, -264(%ebp)	# _280, %sfp
.L66:
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-268(%ebp), %eax	# %sfp, _281
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	movl	-256(%ebp), %edx	# %sfp, _282
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-264(%ebp), %ecx	# %sfp, _280
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	%edx, %eax	# _282, _281
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	leal	(%eax,%ecx), %esi	#, _230
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	setb	%al	#, tmp455
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	%esi, -264(%ebp)	# _230, %sfp
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	$64, %ecx	#, _280
	seta	%dl	#, tmp457
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	orb	%al, %dl	# tmp455, tmp559
	jne	.L73	#,
	cmpl	$2048, %esi	#, _230
	jle	.L70	#,
.L73:
# platform-c/dom0/netback.c:293: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	movl	$-1, %ecx	#,
	movl	%ecx, -256(%ebp)	#, %sfp
.L72:
# platform-c/dom0/netback.c:305: 	rsp = v->rx->rsp_prod;
	sall	$5, %ebx	#, tmp494
# platform-c/dom0/netback.c:306: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-260(%ebp), %ecx	# %sfp, tmp691
# platform-c/dom0/netback.c:305: 	rsp = v->rx->rsp_prod;
	movl	vifs+16(%ebx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _263
# platform-c/dom0/netback.c:332: 			nb_rx_packets++;
	incl	nb_rx_packets	# nb_rx_packets
# platform-c/dom0/netback.c:305: 	rsp = v->rx->rsp_prod;
	movl	4(%esi), %edx	# _263->rsp_prod, rsp
# platform-c/dom0/netback.c:306: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%dl, %eax	# rsp, _265
# platform-c/dom0/netback.c:310: 	v->rx->rsp_prod = rsp + 1;
	incl	%edx	# tmp517
# platform-c/dom0/netback.c:306: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp497
	movw	%cx, (%esi,%eax,8)	# tmp691, _263->ring[_265].rsp.id
# platform-c/dom0/netback.c:307: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-252(%ebp), %ecx	# %sfp, tmp692
# platform-c/dom0/netback.c:307: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	vifs+16(%ebx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _266
# platform-c/dom0/netback.c:307: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%cx, 2(%esi,%eax,8)	# tmp692, _266->ring[_265].rsp.offset
# platform-c/dom0/netback.c:308: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	-256(%ebp), %ecx	# %sfp, tmp737
# platform-c/dom0/netback.c:308: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	vifs+16(%ebx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _267
# platform-c/dom0/netback.c:308: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	%cx, 4(%esi,%eax,8)	# tmp737, _267->ring[_265].rsp.status
# platform-c/dom0/netback.c:309: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movl	vifs+16(%ebx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _270
# platform-c/dom0/netback.c:309: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movw	$0, 6(%ecx,%eax,8)	#, _270->ring[_265].rsp.flags
# platform-c/dom0/netback.c:311: 	v->notify = 1;
	movl	$1, %ecx	#,
# platform-c/dom0/netback.c:310: 	v->rx->rsp_prod = rsp + 1;
	movl	vifs+16(%ebx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].rx, _271
# platform-c/dom0/netback.c:310: 	v->rx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp517, _271->rsp_prod
# platform-c/dom0/netback.c:335: 		if (nb_l61)
	movl	nb_l61, %edx	# nb_l61,
# platform-c/dom0/netback.c:336: 			nb61_free((u32)skb);
	movl	%edi, %eax	# rx_waiting.49_163,
# platform-c/dom0/netback.c:311: 	v->notify = 1;
	movl	%ecx, vifs+28(%ebx)	#, MEM <struct vif[64]> [(struct vif *)&vifs][i_416].notify
# platform-c/dom0/netback.c:335: 		if (nb_l61)
	testl	%edx, %edx	#
	je	.L77	#,
.L137:
# platform-c/dom0/netback.c:336: 			nb61_free((u32)skb);
	call	nb61_free	#
.L78:
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	nb_l61, %eax	# nb_l61, pretmp_492
.L50:
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	rx_waiting, %edi	# rx_waiting, rx_waiting.49_163
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%edi, %edi	# rx_waiting.49_163
	je	.L52	#,
.L132:
# platform-c/dom0/netback.c:323: 		rx_waiting = NULL;
	xorl	%esi, %esi	#
# platform-c/dom0/netback.c:326: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	testl	%eax, %eax	# pretmp_492
# platform-c/dom0/netback.c:323: 		rx_waiting = NULL;
	movl	%esi, rx_waiting	#, rx_waiting
# platform-c/dom0/netback.c:326: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	jne	.L134	#,
.L57:
	movl	36(%edi), %eax	# iftmp.48_175->mac.raw, iftmp.52_173
.L58:
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %ecx	# nr_vifs, nr_vifs.59_311
	testl	%ecx, %ecx	# nr_vifs.59_311
	je	.L59	#,
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	movl	%edi, -252(%ebp)	# rx_waiting.49_163, %sfp
# platform-c/dom0/netback.c:245: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	(%eax), %esi	# MEM[(const u32 *)iftmp.52_174], _207
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ebx, %ebx	# i
	jmp	.L63	#
	.p2align 4,,10
	.p2align 3
.L60:
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	incl	%ebx	# i
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	cmpl	%ecx, %ebx	# nr_vifs.59_311, i
	je	.L135	#,
.L63:
	movl	%ebx, %edx	# i, _459
	sall	$5, %edx	#, _459
# platform-c/dom0/netback.c:245: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	cmpl	%esi, vifs+4(%edx)	# _207, MEM[(const u32 *)&vifs + 4B + _459 * 1]
	je	.L136	#,
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	incl	%ebx	# i
# platform-c/dom0/netback.c:244: 	for (i = 0; i < nr_vifs; i++)
	cmpl	%ecx, %ebx	# nr_vifs.59_311, i
	jne	.L63	#,
.L135:
	movl	-252(%ebp), %edi	# %sfp, rx_waiting.49_163
.L59:
# platform-c/dom0/netback.c:335: 		if (nb_l61)
	movl	nb_l61, %edx	# nb_l61,
# platform-c/dom0/netback.c:336: 			nb61_free((u32)skb);
	movl	%edi, %eax	# rx_waiting.49_163,
# platform-c/dom0/netback.c:334: 			nb_rx_dropped++;
	incl	nb_rx_dropped	# nb_rx_dropped
# platform-c/dom0/netback.c:335: 		if (nb_l61)
	testl	%edx, %edx	#
	jne	.L137	#,
.L77:
# platform-c/dom0/netback.c:338: 			dev_kfree_skb_any(skb);
	call	dev_kfree_skb_any	#
	jmp	.L78	#
	.p2align 4,,10
	.p2align 3
.L38:
# platform-c/dom0/netback.c:163: 		skb = __netdev_alloc_skb(nb_netdev, head, 0);
	movl	-268(%ebp), %edx	# %sfp,
	xorl	%ecx, %ecx	#
	movl	%edi, %eax	# pretmp_514,
	call	__netdev_alloc_skb	#
# platform-c/dom0/netback.c:164: 	if (!skb) {
	testl	%eax, %eax	# skb
	jne	.L40	#,
.L128:
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
	xorl	%eax, %eax	#
	movl	%esi, %edx	# va,
	movl	%eax, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$6, %eax	#,
	movl	$-1057030144, %esi	#, tmp367
	call	*%esi	# tmp367
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edx	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-260(%ebp), %edi	# %sfp, _59
# platform-c/dom0/netback.c:168: 		nb_tx_errors++;
	incl	nb_tx_errors	# nb_tx_errors
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	subl	%edx, %eax	#, tmp369
# platform-c/dom0/netback.c:166: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp376
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp371
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edi, %eax	# _59, _110
# platform-c/dom0/netback.c:166: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _110, tmp376
# platform-c/dom0/netback.c:166: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp376, p2m[_110]
# platform-c/dom0/netback.c:167: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.28_112
# platform-c/dom0/netback.c:167: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp627, pending_free[nr_pending_free.28_112]
# platform-c/dom0/netback.c:167: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp378
	movl	%edx, nr_pending_free	# tmp378, nr_pending_free
	jmp	.L122	#
	.p2align 4,,10
	.p2align 3
.L127:
# platform-c/dom0/netback.c:151: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.20_68
# platform-c/dom0/netback.c:151: 		pending_free[nr_pending_free++] = slot;
	movl	-260(%ebp), %edi	# %sfp, tmp613
# platform-c/dom0/netback.c:152: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:151: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp349
	movl	%edx, nr_pending_free	# tmp349, nr_pending_free
# platform-c/dom0/netback.c:151: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp613, pending_free[nr_pending_free.20_68]
.L122:
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	12(%ebx), %ecx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _117
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-252(%ebp), %edi	# %sfp, tmp628
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%ecx), %eax	#, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%al, %edx	# rsp, _119
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%eax	# tmp382
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %edx	#, tmp380
	movw	%di, (%ecx,%edx,8)	# tmp628,* _117
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %ecx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _120
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 2(%ecx,%edx,8)	#,
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %edx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _121
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	%eax, 4(%edx)	# tmp382,
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_474
	movl	%eax, -272(%ebp)	# prephitmp_474, %sfp
	movl	deferred_tail, %eax	# deferred_tail, prephitmp_477
	movl	%eax, -260(%ebp)	# prephitmp_477, %sfp
# platform-c/dom0/netback.c:170: 		return;
	jmp	.L36	#
	.p2align 4,,10
	.p2align 3
.L30:
# platform-c/dom0/netback.c:231: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	jne	.L31	#,
	jmp	.L32	#
	.p2align 4,,10
	.p2align 3
.L65:
# platform-c/dom0/netback.c:257: 	f->mac = (u32)skb->mac.raw;
	movl	36(%edi), %ecx	# iftmp.48_175->mac.raw, _275
# platform-c/dom0/netback.c:258: 	f->hdr = skb->data - skb->mac.raw;
	movl	136(%edi), %esi	# iftmp.48_175->data, _280
# platform-c/dom0/netback.c:254: 	struct skb_shared_info *sh = skb_shinfo(skb);
	movl	144(%edi), %edx	# iftmp.48_175->end, sh
# platform-c/dom0/netback.c:257: 	f->mac = (u32)skb->mac.raw;
	movl	%ecx, -248(%ebp)	# _275, f.mac
# platform-c/dom0/netback.c:258: 	f->hdr = skb->data - skb->mac.raw;
	subl	%ecx, %esi	# _275, _280
# platform-c/dom0/netback.c:259: 	f->len = skb->len;
	movl	96(%edi), %ecx	# iftmp.48_175->len, _281
# platform-c/dom0/netback.c:258: 	f->hdr = skb->data - skb->mac.raw;
	movl	%esi, -244(%ebp)	# _280, f.hdr
# platform-c/dom0/netback.c:258: 	f->hdr = skb->data - skb->mac.raw;
	movl	%esi, -264(%ebp)	# _280, %sfp
# platform-c/dom0/netback.c:259: 	f->len = skb->len;
	movl	%ecx, -240(%ebp)	# _281, f.len
# platform-c/dom0/netback.c:259: 	f->len = skb->len;
	movl	%ecx, -268(%ebp)	# _281, %sfp
# platform-c/dom0/netback.c:260: 	f->data_len = skb->data_len;
	movl	100(%edi), %ecx	# iftmp.48_175->data_len, _282
# platform-c/dom0/netback.c:260: 	f->data_len = skb->data_len;
	movl	%ecx, -236(%ebp)	# _282, f.data_len
# platform-c/dom0/netback.c:260: 	f->data_len = skb->data_len;
	movl	%ecx, -256(%ebp)	# _282, %sfp
# platform-c/dom0/netback.c:261: 	f->nr_frags = sh->nr_frags;
	movzwl	4(%edx), %ecx	# sh_274->nr_frags, _284
# platform-c/dom0/netback.c:261: 	f->nr_frags = sh->nr_frags;
	movl	%ecx, -232(%ebp)	# _284, f.nr_frags
# platform-c/dom0/netback.c:262: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	testl	%ecx, %ecx	# _284
	je	.L67	#,
	movl	%ebx, -280(%ebp)	# i, %sfp
	leal	-248(%ebp), %esi	#, tmp532
	addl	$20, %edx	#, ivtmp.145
	jmp	.L68	#
	.p2align 4,,10
	.p2align 3
.L138:
	cmpl	%ecx, %eax	# _284, i
	jnb	.L117	#,
.L68:
# platform-c/dom0/netback.c:263: 		f->frag_page[i] = (u32)sh->frags[i].page;
	movl	(%edx), %ebx	# MEM[(struct page * *)_462], tmp671
# platform-c/dom0/netback.c:262: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	addl	$12, %edx	#, ivtmp.145
# platform-c/dom0/netback.c:263: 		f->frag_page[i] = (u32)sh->frags[i].page;
	movl	%ebx, 20(%esi,%eax,4)	# tmp671, MEM[(unsigned int *)&f + 20B + i_419 * 4]
# platform-c/dom0/netback.c:264: 		f->frag_off[i] = sh->frags[i].page_offset;
	movl	-8(%edx), %ebx	# MEM[(unsigned int *)_462 + 4B], tmp672
	movl	%ebx, 92(%esi,%eax,4)	# tmp672, MEM[(unsigned int *)&f + 92B + i_419 * 4]
# platform-c/dom0/netback.c:265: 		f->frag_size[i] = sh->frags[i].size;
	movl	-4(%edx), %ebx	# MEM[(unsigned int *)_462 + 8B], tmp673
	movl	%ebx, 164(%esi,%eax,4)	# tmp673, MEM[(unsigned int *)&f + 164B + i_419 * 4]
# platform-c/dom0/netback.c:262: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	incl	%eax	# i
# platform-c/dom0/netback.c:262: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	$18, %eax	#, i
	jne	.L138	#,
.L117:
	movl	-280(%ebp), %ebx	# %sfp, i
	jmp	.L66	#
	.p2align 4,,10
	.p2align 3
.L54:
# platform-c/dom0/netback.c:320: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	call	backlog_dequeue	#
	movl	%eax, %edi	# tmp550, rx_waiting.49_163
	jmp	.L55	#
	.p2align 4,,10
	.p2align 3
.L130:
# platform-c/dom0/netback.c:128: 		return nb61_xmit((u32)skb, (u32)nb_netdev);
	movl	%ecx, %eax	# skb,
	call	nb61_xmit	#
	.p2align 4,,4
	jmp	.L48	#
.L133:
# platform-c/dom0/netback.c:328: 			rx_waiting = skb;
	movl	%edi, rx_waiting	# rx_waiting.49_163, rx_waiting
.L56:
# platform-c/dom0/netback.c:356: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:357: 	for (i = 0; i < nr_vifs; i++) {
	movl	nr_vifs, %eax	# nr_vifs,
# platform-c/dom0/netback.c:357: 	for (i = 0; i < nr_vifs; i++) {
	xorl	%esi, %esi	# i
	movl	$vifs+28, %ebx	#, ivtmp.136
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp538
# platform-c/dom0/netback.c:357: 	for (i = 0; i < nr_vifs; i++) {
	testl	%eax, %eax	#
	je	.L84	#,
	.p2align 4
	.p2align 3
.L83:
# platform-c/dom0/netback.c:358: 		if (vifs[i].notify) {
	movl	(%ebx), %eax	# MEM[(unsigned int *)_468],
	testl	%eax, %eax	#
	je	.L82	#,
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
	movl	-28(%ebx), %edx	# MEM[(unsigned int *)_468 + 4294967268B], MEM[(unsigned int *)_468 + 4294967268B]
	movl	$4, %eax	#,
# platform-c/dom0/netback.c:359: 			vifs[i].notify = 0;
	movl	$0, (%ebx)	#, MEM[(unsigned int *)_468]
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	call	*%edi	# tmp538
.L82:
# platform-c/dom0/netback.c:357: 	for (i = 0; i < nr_vifs; i++) {
	incl	%esi	# i
# platform-c/dom0/netback.c:357: 	for (i = 0; i < nr_vifs; i++) {
	addl	$32, %ebx	#, ivtmp.136
	cmpl	nr_vifs, %esi	# nr_vifs, i
	jb	.L83	#,
.L84:
# platform-c/dom0/netback.c:364: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	rx_waiting, %eax	# rx_waiting,
	testl	%eax, %eax	#
	je	.L139	#,
.L80:
# platform-c/dom0/netback.c:365: 		softirq_pending = 1;
	movl	$1, %eax	#,
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:366: }
	addl	$292, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L70:
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	$18, -232(%ebp)	#, f.nr_frags
	ja	.L73	#,
.L86:
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-256(%ebp), %ecx	# %sfp, _282
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %esi	#, tmp466
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-264(%ebp), %eax	# %sfp, linear
	subl	%ecx, %eax	# _282, linear
# platform-c/dom0/netback.c:290: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	movl	%ebx, %ecx	# i, tmp462
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	%eax, -256(%ebp)	# linear, %sfp
# platform-c/dom0/netback.c:290: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	sall	$5, %ecx	#, tmp462
	movl	%ecx, -280(%ebp)	# tmp462, %sfp
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	vifs(%ecx), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].domid, MEM <struct vif[64]> [(struct vif *)&vifs][i_416].domid
	movl	%eax, 4(%esp)	# linear,
	movl	-248(%ebp), %eax	# f.mac, f.mac
	movl	%eax, (%esp)	# f.mac,
	movl	$7, %eax	#,
	movl	-276(%ebp), %ecx	# %sfp,
	call	*%esi	# tmp466
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	testl	%eax, %eax	# tmp552
	jne	.L73	#,
# platform-c/dom0/netback.c:293: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	movl	-232(%ebp), %edx	# f.nr_frags,
	leal	-248(%ebp), %esi	#, tmp532
	testl	%edx, %edx	#
	je	.L123	#,
	movl	%ebx, -284(%ebp)	# i, %sfp
	movl	%eax, %ebx	# i, i
	movl	%edi, -276(%ebp)	# rx_waiting.49_163, %sfp
	jmp	.L75	#
.L141:
# platform-c/dom0/netback.c:302: 			at += f.frag_size[i];
	movl	164(%esi,%ebx,4), %edi	# MEM[(unsigned int *)&f + 164B + i_417 * 4], tmp740
# platform-c/dom0/netback.c:293: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	incl	%ebx	# i
# platform-c/dom0/netback.c:302: 			at += f.frag_size[i];
	addl	%edi, -256(%ebp)	# tmp740, %sfp
# platform-c/dom0/netback.c:293: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	cmpl	-232(%ebp), %ebx	# f.nr_frags, i
	jnb	.L140	#,
.L75:
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-252(%ebp), %eax	# %sfp, req$offset
	movl	-256(%ebp), %edi	# %sfp, linear
	leal	(%eax,%edi), %ecx	#, tmp467
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-272(%ebp), %eax	# %sfp, req$gref
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	sall	$16, %ecx	#, tmp468
# platform-c/dom0/netback.c:295: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	kboot, %edi	# kboot.mem_map,
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	orl	%eax, %ecx	# req$gref, tmp469
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	-280(%ebp), %eax	# %sfp, tmp462
	movl	vifs(%eax), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].domid, MEM <struct vif[64]> [(struct vif *)&vifs][i_416].domid
	movl	%eax, -268(%ebp)	# MEM <struct vif[64]> [(struct vif *)&vifs][i_416].domid, %sfp
	movl	164(%esi,%ebx,4), %eax	# MEM[(unsigned int *)&f + 164B + i_417 * 4], MEM[(unsigned int *)&f + 164B + i_417 * 4]
	movl	%eax, 4(%esp)	# MEM[(unsigned int *)&f + 164B + i_417 * 4],
# platform-c/dom0/netback.c:295: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	20(%esi,%ebx,4), %eax	# MEM[(unsigned int *)&f + 20B + i_417 * 4], MEM[(unsigned int *)&f + 20B + i_417 * 4]
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	92(%esi,%ebx,4), %edx	# MEM[(unsigned int *)&f + 92B + i_417 * 4], MEM[(unsigned int *)&f + 92B + i_417 * 4]
# platform-c/dom0/netback.c:295: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	subl	%edi, %eax	#, tmp478
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	kboot+12, %edi	# kboot.lowmem,
# platform-c/dom0/netback.c:295: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %eax	#, tmp480
# platform-c/dom0/netback.c:295: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %eax	#, tmp481
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%edi, %edx	#, tmp484
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp690
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%edx, %eax	# tmp484, tmp487
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, (%esp)	# tmp487,
	movl	$7, %eax	#,
	movl	-268(%ebp), %edx	# %sfp,
	call	*%edi	# tmp690
# platform-c/dom0/netback.c:297: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	testl	%eax, %eax	# tmp553
	je	.L141	#,
	movl	-276(%ebp), %edi	# %sfp, rx_waiting.49_163
	movl	-284(%ebp), %ebx	# %sfp, i
	jmp	.L73	#
.L139:
# platform-c/dom0/netback.c:364: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	deferred_tail, %eax	# deferred_tail, tmp693
	cmpl	%eax, deferred_head	# tmp693, deferred_head
	jne	.L80	#,
# platform-c/dom0/netback.c:366: }
	addl	$292, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L67:
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-268(%ebp), %eax	# %sfp, _281
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	movl	-256(%ebp), %edx	# %sfp, _282
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	-264(%ebp), %esi	# %sfp, _280
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	%edx, %eax	# _282, _281
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	leal	(%esi,%eax), %ecx	#, _230
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	setb	%al	#, tmp526
# platform-c/dom0/netback.c:287: 	linear = hdr + f.len - f.data_len;
	movl	%ecx, -264(%ebp)	# _230, %sfp
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	$64, %esi	#, _280
	seta	%dl	#, tmp528
# platform-c/dom0/netback.c:289: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	orb	%al, %dl	# tmp526, tmp560
	jne	.L73	#,
	cmpl	$2048, %ecx	#, _230
	jg	.L73	#,
	jmp	.L86	#
.L29:
# platform-c/dom0/netback.c:198: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_474
	movl	deferred_tail, %edi	# deferred_tail, prephitmp_477
	movl	%eax, -272(%ebp)	# prephitmp_474, %sfp
	jmp	.L45	#
.L140:
# platform-c/dom0/netback.c:308: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	-276(%ebp), %edi	# %sfp, rx_waiting.49_163
	movl	-284(%ebp), %ebx	# %sfp, i
.L123:
	movswl	-264(%ebp), %eax	# %sfp, _503
	movl	%eax, -256(%ebp)	# _503, %sfp
	jmp	.L72	#
	.size	netback_action, .-netback_action
	.p2align 4
	.globl	dom0_irq_event
	.type	dom0_irq_event, @function
dom0_irq_event:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%edx, %ebx	# tmp92, irq
	movl	%ecx, %edx	# tmp93, dev_id
	movl	%esi, -4(%ebp)	#,
# platform-c/dom0/netback.c:370: {
	movl	%eax, %esi	# handler, tmp91
# platform-c/dom0/netback.c:372: 	int r = h(irq, (void *)dev_id);
	movl	%ebx, %eax	# irq,
	call	*%esi	# tmp91
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ebx, %edx	# irq,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	movl	$-1057030144, %ebx	#, tmp89
# platform-c/dom0/netback.c:372: 	int r = h(irq, (void *)dev_id);
	movl	%eax, %esi	# tmp94, <retval>
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	$8, %eax	#,
	call	*%ebx	# tmp89
# platform-c/dom0/netback.c:376: }
	movl	-8(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	dom0_irq_event, .-dom0_irq_event
	.globl	rx_waiting
	.bss
	.align 4
	.type	rx_waiting, @object
	.size	rx_waiting, 4
rx_waiting:
	.zero	4
	.globl	nb_l61
	.align 4
	.type	nb_l61, @object
	.size	nb_l61, 4
nb_l61:
	.zero	4
	.globl	nb_bad_requests
	.align 4
	.type	nb_bad_requests, @object
	.size	nb_bad_requests, 4
nb_bad_requests:
	.zero	4
	.globl	nb_rx_dropped
	.align 4
	.type	nb_rx_dropped, @object
	.size	nb_rx_dropped, 4
nb_rx_dropped:
	.zero	4
	.globl	nb_tx_errors
	.align 4
	.type	nb_tx_errors, @object
	.size	nb_tx_errors, 4
nb_tx_errors:
	.zero	4
	.globl	nb_rx_packets
	.align 4
	.type	nb_rx_packets, @object
	.size	nb_rx_packets, 4
nb_rx_packets:
	.zero	4
	.globl	nb_tx_packets
	.align 4
	.type	nb_tx_packets, @object
	.size	nb_tx_packets, 4
nb_tx_packets:
	.zero	4
	.globl	deferred_tail
	.align 4
	.type	deferred_tail, @object
	.size	deferred_tail, 4
deferred_tail:
	.zero	4
	.globl	deferred_head
	.align 4
	.type	deferred_head, @object
	.size	deferred_head, 4
deferred_head:
	.zero	4
	.globl	deferred
	.align 32
	.type	deferred, @object
	.size	deferred, 1024
deferred:
	.zero	1024
	.globl	dealloc_cons
	.align 4
	.type	dealloc_cons, @object
	.size	dealloc_cons, 4
dealloc_cons:
	.zero	4
	.globl	dealloc_prod
	.align 4
	.type	dealloc_prod, @object
	.size	dealloc_prod, 4
dealloc_prod:
	.zero	4
	.globl	dealloc
	.align 32
	.type	dealloc, @object
	.size	dealloc, 512
dealloc:
	.zero	512
	.globl	nr_pending_free
	.align 4
	.type	nr_pending_free, @object
	.size	nr_pending_free, 4
nr_pending_free:
	.zero	4
	.globl	pending_free
	.align 32
	.type	pending_free, @object
	.size	pending_free, 512
pending_free:
	.zero	512
	.globl	pending
	.align 32
	.type	pending, @object
	.size	pending, 2048
pending:
	.zero	2048
	.globl	nb_area
	.align 4
	.type	nb_area, @object
	.size	nb_area, 4
nb_area:
	.zero	4
	.globl	nb_netdev
	.align 4
	.type	nb_netdev, @object
	.size	nb_netdev, 4
nb_netdev:
	.zero	4
	.globl	nr_vifs
	.align 4
	.type	nr_vifs, @object
	.size	nr_vifs, 4
nr_vifs:
	.zero	4
	.globl	vifs
	.align 32
	.type	vifs, @object
	.size	vifs, 2048
vifs:
	.zero	2048
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
