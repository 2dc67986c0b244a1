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
# platform-c/dom0/netback.c:221: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.71_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.71_14
# platform-c/dom0/netback.c:225: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	nb_area, %esi	# nb_area, nb_area.38_30
# platform-c/dom0/netback.c:221: 	while (dealloc_cons != dealloc_prod) {
	je	.L1	#,
	.p2align 4
	.p2align 3
.L3:
# platform-c/dom0/netback.c:222: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	leal	1(%eax), %edx	#, tmp109
# platform-c/dom0/netback.c:222: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzbl	%al, %eax	# dealloc_cons.71_14, dealloc_cons.71_14
# platform-c/dom0/netback.c:222: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzwl	dealloc(%eax,%eax), %ebx	# dealloc[_2], _3
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	xorl	%ecx, %ecx	#
# platform-c/dom0/netback.c:222: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movl	%edx, dealloc_cons	# tmp109, dealloc_cons
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp162
	movl	%eax, 4(%esp)	#,
	movl	$6, %eax	#,
	movl	$0, (%esp)	#,
# platform-c/dom0/netback.c:225: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	%ebx, %edx	# _3, tmp112
	sall	$12, %edx	#, tmp112
# platform-c/dom0/netback.c:225: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	addl	%esi, %edx	# nb_area.38_30, tmp113
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	call	*%edi	# tmp162
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %esi	# nb_area, nb_area.38_30
	movl	kboot+12, %edx	# kboot.lowmem,
# platform-c/dom0/netback.c:227: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending+2(,%ebx,8), %edi	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].id, _9
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	%esi, %eax	# nb_area.38_30, tmp116
	subl	%edx, %eax	#, tmp116
# platform-c/dom0/netback.c:226: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp122
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp117
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%ebx, %eax	# _3, _34
# platform-c/dom0/netback.c:226: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _34, tmp122
# platform-c/dom0/netback.c:226: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp122, p2m[_34]
# platform-c/dom0/netback.c:227: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending(,%ebx,8), %eax	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].vif, _11
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	sall	$5, %eax	#, tmp127
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp165
	movl	4(%ecx), %ecx	# _20->rsp_prod, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	%ecx, -16(%ebp)	# rsp, %sfp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp166
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	-16(%ebp), %edx	# %sfp, _26
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	leal	(%edx,%edx,2), %edx	#, tmp132
	sall	$2, %edx	#, tmp133
	movw	%di, 64(%ecx,%edx)	# _9, _20->ring[_26].rsp.id
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, %edi	#,
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx,
	addl	%ecx, %edx	#, tmp144
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	-16(%ebp), %ecx	# %sfp, rsp
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$0, 66(%edx)	#, _27->ring[_26].rsp.status
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	vifs+12(%eax), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, _28
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%ecx	# rsp
	movl	%ecx, 4(%edx)	# tmp150, _28->rsp_prod
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	%edi, vifs+28(%eax)	#, MEM <struct vif[64]> [(struct vif *)&vifs][_11].notify
# platform-c/dom0/netback.c:228: 		p->skb = NULL;
	xorl	%eax, %eax	#
	movl	%eax, pending+4(,%ebx,8)	#, MEM <struct pending[256]> [(struct pending *)&pending][slot_19].skb
# platform-c/dom0/netback.c:229: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.69_12
# platform-c/dom0/netback.c:229: 		pending_free[nr_pending_free++] = slot;
	movw	%bx, pending_free(%eax,%eax)	# _3, pending_free[nr_pending_free.69_12]
# platform-c/dom0/netback.c:229: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp156
# platform-c/dom0/netback.c:221: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.71_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.71_14
# platform-c/dom0/netback.c:229: 		pending_free[nr_pending_free++] = slot;
	movl	%edx, nr_pending_free	# tmp156, nr_pending_free
# platform-c/dom0/netback.c:221: 	while (dealloc_cons != dealloc_prod) {
	jne	.L3	#,
.L1:
# platform-c/dom0/netback.c:231: }
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
# platform-c/dom0/netback.c:361: 	softirq_pending = 0;
	xorl	%ecx, %ecx	#
# platform-c/dom0/netback.c:358: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$300, %esp	#,
# platform-c/dom0/netback.c:361: 	softirq_pending = 0;
	movl	%ecx, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:362: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %ebx	# nr_vifs,
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_524
	movl	deferred_tail, %edi	# deferred_tail, prephitmp_527
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	testl	%ebx, %ebx	#
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	%eax, -272(%ebp)	# prephitmp_524, %sfp
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	je	.L47	#,
# platform-c/dom0/netback.c:142: 	    req->size > PAGE_SIZE - req->offset || (req->flags & ~(NETTXF_csum_blank | NETTXF_data_validated)) ||
	movl	%edi, -276(%ebp)	# prephitmp_527, %sfp
	movl	$vifs, %ebx	#, ivtmp.164
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ecx, %ecx	# i
	.p2align 4
	.p2align 3
.L46:
# platform-c/dom0/netback.c:235: 	u32 prod = v->tx->req_prod;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B]
# platform-c/dom0/netback.c:237: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:235: 	u32 prod = v->tx->req_prod;
	movl	(%eax), %edi	# _27->req_prod, prod
	movl	%edi, -280(%ebp)	# prod, %sfp
# platform-c/dom0/netback.c:237: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	%edi, %eax	# prod, tmp346
	subl	%edx, %eax	# _35, tmp346
# platform-c/dom0/netback.c:237: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	cmpl	$256, %eax	#, tmp346
	jbe	.L30	#,
# platform-c/dom0/netback.c:238: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:239: 		v->tx_cons = prod - NET_RING_SIZE;
	leal	-256(%edi), %edx	#, _35
# platform-c/dom0/netback.c:239: 		v->tx_cons = prod - NET_RING_SIZE;
	movl	%edx, 20(%ebx)	# _35, MEM <u32> [(struct vif *)_1 + 20B]
.L31:
	movl	%ecx, -292(%ebp)	# i, %sfp
	jmp	.L33	#
	.p2align 4,,10
	.p2align 3
.L137:
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	movl	-260(%ebp), %edx	# %sfp, req$offset
	cmpl	$4095, %edx	#, req$offset
	ja	.L34	#,
# platform-c/dom0/netback.c:142: 	    req->size > PAGE_SIZE - req->offset || (req->flags & ~(NETTXF_csum_blank | NETTXF_data_validated)) ||
	movl	$4096, %ecx	#, tmp380
	subl	%edx, %ecx	# req$offset, tmp380
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpl	%esi, %ecx	# req$size, tmp380
	jb	.L34	#,
# platform-c/dom0/netback.c:142: 	    req->size > PAGE_SIZE - req->offset || (req->flags & ~(NETTXF_csum_blank | NETTXF_data_validated)) ||
	movl	-264(%ebp), %esi	# %sfp, req$flags
	cmpl	$3, %esi	#, req$flags
	ja	.L34	#,
# platform-c/dom0/netback.c:142: 	    req->size > PAGE_SIZE - req->offset || (req->flags & ~(NETTXF_csum_blank | NETTXF_data_validated)) ||
	movl	%esi, %ecx	# req$flags, _49
	andl	$1, %ecx	#, _49
	movl	%ecx, -288(%ebp)	# _49, %sfp
	je	.L35	#,
# platform-c/dom0/netback.c:143: 	    ((req->flags & NETTXF_csum_blank) && !nb_l61)) {
	movl	nb_l61, %edx	# nb_l61,
	testl	%edx, %edx	#
	je	.L34	#,
.L35:
# platform-c/dom0/netback.c:148: 	slot = pending_free[--nr_pending_free];
	decl	%edi	# _61
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	(%ebx), %edx	# MEM <u32> [(struct vif *)_1], MEM <u32> [(struct vif *)_1]
	movl	$-1057030144, %esi	#, tmp722
# platform-c/dom0/netback.c:148: 	slot = pending_free[--nr_pending_free];
	movl	%edi, nr_pending_free	# _61, nr_pending_free
# platform-c/dom0/netback.c:148: 	slot = pending_free[--nr_pending_free];
	movzwl	pending_free(%edi,%edi), %eax	# pending_free[_61], _62
# platform-c/dom0/netback.c:149: 	va = nb_area + slot * PAGE_SIZE;
	movl	nb_area, %edi	# nb_area,
# platform-c/dom0/netback.c:148: 	slot = pending_free[--nr_pending_free];
	movl	%eax, -272(%ebp)	# _62, %sfp
# platform-c/dom0/netback.c:149: 	va = nb_area + slot * PAGE_SIZE;
	sall	$12, %eax	#, tmp397
# platform-c/dom0/netback.c:149: 	va = nb_area + slot * PAGE_SIZE;
	addl	%edi, %eax	#, tmp397
	movl	%eax, %edi	# tmp397, va
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	$5, %eax	#,
	movl	%edi, (%esp)	# va,
	movl	-284(%ebp), %ecx	# %sfp,
	call	*%esi	# tmp722
# platform-c/dom0/netback.c:151: 	if (mfn <= 0) {
	testl	%eax, %eax	# _70
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, %edx	# tmp650, _70
# platform-c/dom0/netback.c:151: 	if (mfn <= 0) {
	jle	.L135	#,
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %ecx	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
# platform-c/dom0/netback.c:157: 	p2m[area_index(slot)] = mfn;
	movl	-272(%ebp), %esi	# %sfp, _62
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	subl	%ecx, %eax	#, tmp418
# platform-c/dom0/netback.c:158: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	-268(%ebp), %ecx	# %sfp, req$size
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp420
# platform-c/dom0/netback.c:157: 	p2m[area_index(slot)] = mfn;
	addl	%esi, %eax	# _62, tmp421
# platform-c/dom0/netback.c:161: 	if ((req->flags & NETTXF_csum_blank) && nb61_csum_l4(va + req->offset, req->size, head) < 0) {
	movl	-288(%ebp), %esi	# %sfp,
# platform-c/dom0/netback.c:157: 	p2m[area_index(slot)] = mfn;
	movl	%edx, p2m(,%eax,4)	# _70, p2m[_86]
# platform-c/dom0/netback.c:158: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	$64, %eax	#, tmp669
	cmpl	%eax, %ecx	# tmp669, req$size
	cmovbe	%ecx, %eax	# req$size,, tmp669
	movl	%eax, -276(%ebp)	# tmp669, %sfp
# platform-c/dom0/netback.c:161: 	if ((req->flags & NETTXF_csum_blank) && nb61_csum_l4(va + req->offset, req->size, head) < 0) {
	testl	%esi, %esi	#
	jne	.L136	#,
.L38:
# platform-c/dom0/netback.c:164: 	} else if (nb_l61) {
	movl	nb_l61, %edx	# nb_l61,
# platform-c/dom0/netback.c:165: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	nb_netdev, %eax	# nb_netdev, pretmp_558
# platform-c/dom0/netback.c:164: 	} else if (nb_l61) {
	testl	%edx, %edx	#
	je	.L40	#,
# platform-c/dom0/netback.c:165: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	-264(%ebp), %ecx	# %sfp, req$flags
	movl	-260(%ebp), %esi	# %sfp, req$offset
	movl	%ecx, 16(%esp)	# req$flags,
	movl	-272(%ebp), %ecx	# %sfp, _62
	leal	(%esi,%edi), %edx	#, tmp425
	movl	%ecx, 12(%esp)	# _62,
	movl	-276(%ebp), %ecx	# %sfp, head
	addl	%esi, %ecx	# req$offset, tmp426
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %esi	# kboot.lowmem,
# platform-c/dom0/netback.c:165: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	%ecx, 8(%esp)	# tmp426,
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %ecx	# nb_area, nb_area
	subl	%esi, %ecx	#, tmp428
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-272(%ebp), %esi	# %sfp, _62
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %ecx	#, tmp430
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%esi, %ecx	# _62, tmp431
# platform-c/dom0/netback.c:165: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	movl	kboot, %esi	# kboot.mem_map,
# platform-c/dom0/netback.c:166: 						    kboot.mem_map + area_index(slot) * sizeof(struct page), req->offset + head, slot,
	sall	$5, %ecx	#, tmp432
# platform-c/dom0/netback.c:165: 		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
	addl	%esi, %ecx	#, tmp434
	movl	%ecx, 4(%esp)	# tmp434,
	movl	-276(%ebp), %ecx	# %sfp, head
	movl	%ecx, (%esp)	# head,
	movl	-268(%ebp), %ecx	# %sfp,
	call	nb61_tx_skb	#
# platform-c/dom0/netback.c:168: 		if (!skb)
	testl	%eax, %eax	# _120
	jne	.L42	#,
.L130:
# platform-c/dom0/netback.c:173: 			nb_tx_errors++;
	incl	nb_tx_errors	# nb_tx_errors
.L39:
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%edi, %edx	# va,
	movl	%eax, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$6, %eax	#,
	movl	$0, (%esp)	#,
	movl	$-1057030144, %esi	#, tmp436
	call	*%esi	# tmp436
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edx	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-272(%ebp), %edi	# %sfp, _62
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	subl	%edx, %eax	#, tmp438
# platform-c/dom0/netback.c:177: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp445
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp440
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edi, %eax	# _62, _134
# platform-c/dom0/netback.c:177: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _134, tmp445
# platform-c/dom0/netback.c:177: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp445, p2m[_134]
# platform-c/dom0/netback.c:178: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.32_136
# platform-c/dom0/netback.c:178: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp740, pending_free[nr_pending_free.32_136]
# platform-c/dom0/netback.c:178: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp447
	movl	%edx, nr_pending_free	# tmp447, nr_pending_free
.L131:
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	12(%ebx), %ecx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _139
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-256(%ebp), %edi	# %sfp, tmp741
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%ecx), %edx	#, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%dl, %eax	# rsp, _141
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# tmp461
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	leal	(%eax,%eax,2), %eax	#, tmp451
	sall	$2, %eax	#, tmp452
	movw	%di, 64(%ecx,%eax)	# tmp741,
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %edi	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B],
	addl	%edi, %eax	#, tmp459
	movw	$-1, 66(%eax)	#,
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _143
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp461,
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_524
	movl	%eax, -272(%ebp)	# prephitmp_524, %sfp
	movl	deferred_tail, %eax	# deferred_tail, prephitmp_527
	movl	%eax, -276(%ebp)	# prephitmp_527, %sfp
.L36:
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	je	.L124	#,
	.p2align 4
	.p2align 3
.L33:
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	nr_pending_free, %edi	# nr_pending_free, nr_pending_free.13_38
	testl	%edi, %edi	# nr_pending_free.13_38
	je	.L124	#,
# platform-c/dom0/netback.c:242: 	       deferred_tail - deferred_head < MAX_PENDING) {
	movl	-276(%ebp), %eax	# %sfp, tmp499
	movl	-272(%ebp), %ecx	# %sfp, prephitmp_524
	subl	%ecx, %eax	# prephitmp_524, tmp499
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	$255, %eax	#, tmp499
	ja	.L124	#,
# platform-c/dom0/netback.c:243: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _34
# platform-c/dom0/netback.c:243: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movzbl	%dl, %esi	# _35, _36
# platform-c/dom0/netback.c:245: 		v->tx_cons++;
	incl	%edx	# tmp377
# platform-c/dom0/netback.c:243: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	leal	(%esi,%esi,2), %esi	#, tmp349
	movzwl	64(%eax,%esi,4), %ecx	# _34->ring[_36].req.gref, req$gref
	movl	%ecx, -284(%ebp)	# req$gref, %sfp
	movzwl	66(%eax,%esi,4), %ecx	# _34->ring[_36].req.offset, req$offset
	movl	%ecx, -260(%ebp)	# req$offset, %sfp
	movzwl	68(%eax,%esi,4), %ecx	# _34->ring[_36].req.id, req$id
	movl	%ecx, -256(%ebp)	# req$id, %sfp
	movzwl	70(%eax,%esi,4), %ecx	# _34->ring[_36].req.size, req$size
	movzwl	72(%eax,%esi,4), %esi	# _34->ring[_36].req.flags, req$flags
# platform-c/dom0/netback.c:245: 		v->tx_cons++;
	movl	%edx, 20(%ebx)	# tmp377, MEM <u32> [(struct vif *)_1 + 20B]
# platform-c/dom0/netback.c:243: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	%ecx, -268(%ebp)	# req$size, %sfp
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	leal	-14(%ecx), %edx	#, tmp378
# platform-c/dom0/netback.c:243: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	%esi, -264(%ebp)	# req$flags, %sfp
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpw	$1500, %dx	#, tmp378
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	movl	%ecx, %esi	# req$size, req$size
# platform-c/dom0/netback.c:141: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	jbe	.L137	#,
.L34:
# platform-c/dom0/netback.c:99: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%eax), %edx	# _34->rsp_prod, rsp
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-256(%ebp), %edi	# %sfp, tmp718
# platform-c/dom0/netback.c:144: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%dl, %esi	# rsp, _56
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# tmp395
# platform-c/dom0/netback.c:101: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	leal	(%esi,%esi,2), %esi	#, tmp385
	sall	$2, %esi	#, tmp386
	movw	%di, 64(%eax,%esi)	# tmp718, _34->ring[_56].rsp.id
# platform-c/dom0/netback.c:102: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B],
	addl	%eax, %esi	#, tmp393
	movw	$-1, 66(%esi)	#, _57->ring[_56].rsp.status
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _58
# platform-c/dom0/netback.c:103: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp395, _58->rsp_prod
# platform-c/dom0/netback.c:104: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	jne	.L33	#,
.L124:
	movl	-292(%ebp), %ecx	# %sfp, i
.L32:
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	incl	%ecx	# i
# platform-c/dom0/netback.c:363: 	for (i = 0; i < nr_vifs; i++)
	addl	$32, %ebx	#, ivtmp.164
	cmpl	nr_vifs, %ecx	# nr_vifs, i
	jb	.L46	#,
	movl	-276(%ebp), %edi	# %sfp, prephitmp_527
.L47:
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	-272(%ebp), %ecx	# %sfp, prephitmp_524
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	nb_l61, %eax	# nb_l61, pretmp_536
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	cmpl	%edi, %ecx	# prephitmp_527, prephitmp_524
	jne	.L53	#,
	jmp	.L52	#
	.p2align 4,,10
	.p2align 3
.L139:
# platform-c/dom0/netback.c:131: 	return nb_netdev->hard_start_xmit(skb, nb_netdev);
	movl	%ecx, %eax	# skb,
	call	*280(%edx)	# pretmp_556->hard_start_xmit
.L50:
# platform-c/dom0/netback.c:212: 		if (r != NETDEV_TX_OK)
	testl	%eax, %eax	# _225
	.p2align 4,,3
	jne	.L80	#,
# platform-c/dom0/netback.c:214: 		deferred_head++;
	movl	deferred_head, %eax	# deferred_head, tmp766
# platform-c/dom0/netback.c:215: 		nb_tx_packets++;
	incl	nb_tx_packets	# nb_tx_packets
# platform-c/dom0/netback.c:214: 		deferred_head++;
	leal	1(%eax), %ecx	#, prephitmp_524
	movl	nb_l61, %eax	# nb_l61, pretmp_536
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	cmpl	deferred_tail, %ecx	# deferred_tail, prephitmp_524
# platform-c/dom0/netback.c:214: 		deferred_head++;
	movl	%ecx, deferred_head	# prephitmp_524, deferred_head
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	je	.L52	#,
.L53:
# platform-c/dom0/netback.c:209: 		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
	movzbl	%cl, %ecx	# prephitmp_524, prephitmp_524
# platform-c/dom0/netback.c:127: 	if (nb_l61)
	testl	%eax, %eax	# pretmp_536
# platform-c/dom0/netback.c:128: 		return nb61_xmit((u32)skb, (u32)nb_netdev);
	movl	nb_netdev, %edx	# nb_netdev, pretmp_556
# platform-c/dom0/netback.c:209: 		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
	movl	deferred(,%ecx,4), %ecx	# deferred[_208], skb
# platform-c/dom0/netback.c:127: 	if (nb_l61)
	jne	.L138	#,
# platform-c/dom0/netback.c:129: 	if (nb_netdev->state & XOFF)
	testb	$1, 36(%edx)	#, pretmp_556->state
	je	.L139	#,
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	rx_waiting, %edi	# rx_waiting, rx_waiting.52_186
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%edi, %edi	# rx_waiting.52_186
	jne	.L140	#,
	.p2align 4
	.p2align 3
.L54:
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%eax, %eax	# pretmp_536
	je	.L56	#,
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	call	nb61_dequeue	#
	movl	%eax, %edi	# tmp656, rx_waiting.52_186
.L57:
# platform-c/dom0/netback.c:334: 		rx_waiting = NULL;
	xorl	%ecx, %ecx	#
# platform-c/dom0/netback.c:335: 		if (!skb)
	testl	%edi, %edi	# rx_waiting.52_186
# platform-c/dom0/netback.c:334: 		rx_waiting = NULL;
	movl	%ecx, rx_waiting	#, rx_waiting
# platform-c/dom0/netback.c:335: 		if (!skb)
	je	.L58	#,
# platform-c/dom0/netback.c:337: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	movl	nb_l61, %eax	# nb_l61, pretmp_536
# platform-c/dom0/netback.c:337: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	testl	%eax, %eax	# pretmp_536
	je	.L59	#,
.L143:
# platform-c/dom0/netback.c:337: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	movl	%edi, %eax	# rx_waiting.52_186,
	call	nb61_mac	#
	jmp	.L60	#
	.p2align 4,,10
	.p2align 3
.L145:
# platform-c/dom0/netback.c:255: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	vifs+8(%edx), %edi	# MEM[(const u16 *)&vifs + 8B + _504 * 1], tmp768
	cmpw	%di, 4(%eax)	# tmp768, MEM[(const u16 *)iftmp.55_197 + 4B]
	jne	.L62	#,
# platform-c/dom0/netback.c:285: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	vifs+16(%edx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _238
# platform-c/dom0/netback.c:288: 	if (v->rx_cons == prod)
	movl	vifs+24(%edx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx_cons, _240
# platform-c/dom0/netback.c:285: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	-256(%ebp), %edi	# %sfp, rx_waiting.52_186
# platform-c/dom0/netback.c:285: 	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	movl	(%ecx), %esi	# _238->req_prod, prod
# platform-c/dom0/netback.c:288: 	if (v->rx_cons == prod)
	cmpl	%eax, %esi	# _240, prod
	je	.L141	#,
# platform-c/dom0/netback.c:290: 	if (prod - v->rx_cons > NET_RING_SIZE)
	movl	%esi, %edx	# prod, tmp518
	subl	%eax, %edx	# _240, tmp518
# platform-c/dom0/netback.c:290: 	if (prod - v->rx_cons > NET_RING_SIZE)
	cmpl	$256, %edx	#, tmp518
	jbe	.L66	#,
# platform-c/dom0/netback.c:291: 		v->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%esi), %eax	#, _240
.L66:
# platform-c/dom0/netback.c:292: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	leal	1(%eax), %esi	#, tmp523
	movl	%ebx, %edx	# i, tmp520
	sall	$5, %edx	#, tmp520
# platform-c/dom0/netback.c:292: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzbl	%al, %eax	# _240, _245
# platform-c/dom0/netback.c:292: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movl	%esi, vifs+24(%edx)	# tmp523, MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx_cons
# platform-c/dom0/netback.c:292: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	64(%ecx,%eax,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_336 + 64B], req$id
	movl	%esi, -264(%ebp)	# req$id, %sfp
# platform-c/dom0/netback.c:301: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	movl	66(%ecx,%eax,8), %esi	# MEM <unsigned int> [(union netif_rx_entry *)_382 + 2B], _262
	movl	%esi, -280(%ebp)	# _262, %sfp
# platform-c/dom0/netback.c:292: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	66(%ecx,%eax,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_336 + 66B], req$gref
	movzwl	68(%ecx,%eax,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_336 + 68B], req$offset
	movl	%esi, -276(%ebp)	# req$gref, %sfp
	movl	%eax, -256(%ebp)	# req$offset, %sfp
# platform-c/dom0/netback.c:293: 	if (nb_l61)
	movl	nb_l61, %eax	# nb_l61, i
# platform-c/dom0/netback.c:293: 	if (nb_l61)
	testl	%eax, %eax	# i
	je	.L67	#,
# platform-c/dom0/netback.c:294: 		nb61_describe((u32)skb, &f);
	leal	-252(%ebp), %esi	#, tmp638
	movl	%edi, %eax	# rx_waiting.52_186,
	movl	%esi, %edx	# tmp638,
	call	nb61_describe	#
# platform-c/dom0/netback.c:297: 	hdr = f.hdr;
	movl	-248(%ebp), %eax	# f.hdr, pretmp_541
	movl	%eax, -268(%ebp)	# pretmp_541, %sfp
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	-244(%ebp), %eax	# f.len, pretmp_543
	movl	%eax, -272(%ebp)	# pretmp_543, %sfp
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	-240(%ebp), %eax	# f.data_len, pretmp_545
	movl	%eax, -260(%ebp)	# pretmp_545, %sfp
.L68:
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	-268(%ebp), %eax	# %sfp, pretmp_541
	movl	-272(%ebp), %esi	# %sfp, pretmp_543
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	movl	-260(%ebp), %edx	# %sfp, pretmp_545
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	$64, %eax	#, pretmp_541
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	leal	(%eax,%esi), %ecx	#, _253
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	seta	%al	#, tmp537
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	%ecx, -268(%ebp)	# _253, %sfp
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	%edx, %esi	# pretmp_545, pretmp_543
	setb	%dl	#, tmp539
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	orb	%al, %dl	# tmp537, tmp670
	jne	.L72	#,
	cmpl	$2048, %ecx	#, _253
	jle	.L142	#,
.L72:
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	%ebx, %ecx	# i, tmp609
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-264(%ebp), %edx	# %sfp, tmp815
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	sall	$5, %ecx	#, tmp609
	movl	vifs+16(%ecx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _11
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	4(%esi), %eax	# _11->rsp_prod, rsp
	movl	%eax, -260(%ebp)	# rsp, %sfp
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%al, %eax	# rsp, _18
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp639
	movw	%dx, (%esi,%eax,8)	# tmp815, _11->ring[_18].rsp.id
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-256(%ebp), %edx	# %sfp, tmp816
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	vifs+16(%ecx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _436
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	addl	$vifs, %ecx	#, tmp610
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%dx, 2(%esi,%eax,8)	# tmp816, _436->ring[_18].rsp.offset
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	16(%ecx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _437
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 4(%ecx,%eax,8)	#,
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	xorl	%ecx, %ecx	# iftmp.65_294
.L77:
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	sall	$5, %ebx	#, tmp592
# platform-c/dom0/netback.c:321: 	v->rx->rsp_prod = rsp + 1;
	movl	-260(%ebp), %edx	# %sfp, rsp
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	movl	vifs+16(%ebx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _295
# platform-c/dom0/netback.c:343: 			nb_rx_packets++;
	incl	nb_rx_packets	# nb_rx_packets
# platform-c/dom0/netback.c:321: 	v->rx->rsp_prod = rsp + 1;
	incl	%edx	# rsp
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	movw	%cx, 6(%esi,%eax,8)	# iftmp.65_294, _295->ring[_445].rsp.flags
# platform-c/dom0/netback.c:322: 	v->notify = 1;
	movl	$1, %ecx	#,
# platform-c/dom0/netback.c:321: 	v->rx->rsp_prod = rsp + 1;
	movl	vifs+16(%ebx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _297
# platform-c/dom0/netback.c:321: 	v->rx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp600, _297->rsp_prod
# platform-c/dom0/netback.c:346: 		if (nb_l61)
	movl	nb_l61, %edx	# nb_l61,
# platform-c/dom0/netback.c:347: 			nb61_free((u32)skb);
	movl	%edi, %eax	# rx_waiting.52_186,
# platform-c/dom0/netback.c:322: 	v->notify = 1;
	movl	%ecx, vifs+28(%ebx)	#, MEM <struct vif[64]> [(struct vif *)&vifs][i_341].notify
# platform-c/dom0/netback.c:346: 		if (nb_l61)
	testl	%edx, %edx	#
	je	.L79	#,
.L146:
# platform-c/dom0/netback.c:347: 			nb61_free((u32)skb);
	call	nb61_free	#
.L80:
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	nb_l61, %eax	# nb_l61, pretmp_536
.L52:
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	movl	rx_waiting, %edi	# rx_waiting, rx_waiting.52_186
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	testl	%edi, %edi	# rx_waiting.52_186
	je	.L54	#,
.L140:
# platform-c/dom0/netback.c:334: 		rx_waiting = NULL;
	xorl	%ebx, %ebx	#
# platform-c/dom0/netback.c:337: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	testl	%eax, %eax	# pretmp_536
# platform-c/dom0/netback.c:334: 		rx_waiting = NULL;
	movl	%ebx, rx_waiting	#, rx_waiting
# platform-c/dom0/netback.c:337: 		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
	jne	.L143	#,
.L59:
	movl	36(%edi), %eax	# iftmp.51_233->mac.raw, iftmp.55_196
.L60:
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %ecx	# nr_vifs, nr_vifs.62_439
	testl	%ecx, %ecx	# nr_vifs.62_439
	je	.L61	#,
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	movl	%edi, -256(%ebp)	# rx_waiting.52_186, %sfp
# platform-c/dom0/netback.c:255: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	(%eax), %esi	# MEM[(const u32 *)iftmp.55_197], _230
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ebx, %ebx	# i
	jmp	.L65	#
	.p2align 4,,10
	.p2align 3
.L62:
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	incl	%ebx	# i
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	cmpl	%ecx, %ebx	# nr_vifs.62_439, i
	je	.L144	#,
.L65:
	movl	%ebx, %edx	# i, _504
	sall	$5, %edx	#, _504
# platform-c/dom0/netback.c:255: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	cmpl	%esi, vifs+4(%edx)	# _230, MEM[(const u32 *)&vifs + 4B + _504 * 1]
	je	.L145	#,
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	incl	%ebx	# i
# platform-c/dom0/netback.c:254: 	for (i = 0; i < nr_vifs; i++)
	cmpl	%ecx, %ebx	# nr_vifs.62_439, i
	jne	.L65	#,
.L144:
	movl	-256(%ebp), %edi	# %sfp, rx_waiting.52_186
.L61:
# platform-c/dom0/netback.c:346: 		if (nb_l61)
	movl	nb_l61, %edx	# nb_l61,
# platform-c/dom0/netback.c:347: 			nb61_free((u32)skb);
	movl	%edi, %eax	# rx_waiting.52_186,
# platform-c/dom0/netback.c:345: 			nb_rx_dropped++;
	incl	nb_rx_dropped	# nb_rx_dropped
# platform-c/dom0/netback.c:346: 		if (nb_l61)
	testl	%edx, %edx	#
	jne	.L146	#,
.L79:
# platform-c/dom0/netback.c:349: 			dev_kfree_skb_any(skb);
	call	dev_kfree_skb_any	#
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/dom0/netback.c:171: 		skb = __netdev_alloc_skb(nb_netdev, head, 0);
	movl	-276(%ebp), %edx	# %sfp,
	xorl	%ecx, %ecx	#
	call	__netdev_alloc_skb	#
# platform-c/dom0/netback.c:172: 		if (!skb)
	testl	%eax, %eax	# skb
	je	.L130	#,
.L42:
# platform-c/dom0/netback.c:182: 	if (nb_l61)
	movl	nb_l61, %esi	# nb_l61,
	testl	%esi, %esi	#
	jne	.L43	#,
# platform-c/dom0/netback.c:159: 	rest = req->size - head;
	movl	-276(%ebp), %ecx	# %sfp, head
	movl	-268(%ebp), %edx	# %sfp, rest
# platform-c/dom0/netback.c:184: 	copy(skb->tail, (void *)(va + req->offset), head);
	movl	-260(%ebp), %esi	# %sfp, req$offset
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%ecx, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/dom0/netback.c:159: 	rest = req->size - head;
	subl	%ecx, %edx	# head, rest
	movl	%edx, -264(%ebp)	# rest, %sfp
# platform-c/dom0/netback.c:184: 	copy(skb->tail, (void *)(va + req->offset), head);
	addl	%edi, %esi	# va, tmp478
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%ecx, %edx	# head, head
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	140(%eax), %edi	# skb_150->tail, edi_out
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp477
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# head
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/dom0/netback.c:187: 	if (rest) {
#NO_APP
	movl	-264(%ebp), %ecx	# %sfp,
# platform-c/dom0/netback.c:185: 	skb->tail += head;
	movl	%edx, %edi	# head, head
# platform-c/dom0/netback.c:186: 	skb->len = req->size;
	movl	-268(%ebp), %esi	# %sfp, req$size
# platform-c/dom0/netback.c:185: 	skb->tail += head;
	addl	%edx, 140(%eax)	# head, skb_150->tail
# platform-c/dom0/netback.c:187: 	if (rest) {
	testl	%ecx, %ecx	#
# platform-c/dom0/netback.c:186: 	skb->len = req->size;
	movl	%esi, 96(%eax)	# req$size, skb_150->len
# platform-c/dom0/netback.c:187: 	if (rest) {
	je	.L44	#,
# platform-c/dom0/netback.c:188: 		sh = skb_shinfo(skb);
	movl	144(%eax), %esi	# skb_150->end, sh
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %ecx	# nb_area, nb_area
# platform-c/dom0/netback.c:189: 		sh->nr_frags = 1;
	movw	$1, 4(%esi)	#, sh_164->nr_frags
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edx	# kboot.lowmem,
	subl	%edx, %ecx	#, tmp480
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-272(%ebp), %edx	# %sfp, _62
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %ecx	#, tmp482
# platform-c/dom0/netback.c:94: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edx, %ecx	# _62, tmp483
# platform-c/dom0/netback.c:190: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	kboot, %edx	# kboot.mem_map,
# platform-c/dom0/netback.c:190: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	sall	$5, %ecx	#, tmp484
# platform-c/dom0/netback.c:190: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	addl	%edx, %ecx	#, tmp488
# platform-c/dom0/netback.c:190: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	%ecx, 20(%esi)	# tmp488, sh_164->frags[0].page
# platform-c/dom0/netback.c:191: 		sh->frags[0].page_offset = req->offset + head;
	movl	-260(%ebp), %ecx	# %sfp, req$offset
	addl	%edi, %ecx	# head, req$offset
# platform-c/dom0/netback.c:192: 		sh->frags[0].size = rest;
	movl	-264(%ebp), %edi	# %sfp, rest
# platform-c/dom0/netback.c:191: 		sh->frags[0].page_offset = req->offset + head;
	movl	%ecx, 24(%esi)	# tmp490, sh_164->frags[0].page_offset
# platform-c/dom0/netback.c:192: 		sh->frags[0].size = rest;
	movl	%edi, 28(%esi)	# rest, sh_164->frags[0].size
# platform-c/dom0/netback.c:194: 		skb->truesize += rest;
	addl	%edi, 124(%eax)	# rest, skb_150->truesize
# platform-c/dom0/netback.c:193: 		skb->data_len = rest;
	movl	%edi, 100(%eax)	# rest, skb_150->data_len
.L44:
# platform-c/dom0/netback.c:197: 	skb->destructor = netbk_tx_done;
	movl	$netbk_tx_done, 120(%eax)	#, skb_150->destructor
# platform-c/dom0/netback.c:196: 	*(u32 *)skb->cb = slot;
	movl	-272(%ebp), %edi	# %sfp, _62
	movl	%edi, 48(%eax)	# _62, MEM[(u32 *)skb_150 + 48B]
.L43:
# platform-c/dom0/netback.c:199: 	pending[slot].vif = v - vifs;
	movl	-272(%ebp), %edi	# %sfp, _62
# platform-c/dom0/netback.c:199: 	pending[slot].vif = v - vifs;
	movl	%ebx, %edx	# ivtmp.164, tmp492
	subl	$vifs, %edx	#, tmp492
# platform-c/dom0/netback.c:200: 	pending[slot].id = req->id;
	movl	-256(%ebp), %esi	# %sfp, tmp758
# platform-c/dom0/netback.c:199: 	pending[slot].vif = v - vifs;
	sarl	$5, %edx	#, tmp494
# platform-c/dom0/netback.c:199: 	pending[slot].vif = v - vifs;
	movw	%dx, pending(,%edi,8)	# tmp494, pending[slot_63].vif
# platform-c/dom0/netback.c:202: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	deferred_tail, %edx	# deferred_tail, deferred_tail.35_183
# platform-c/dom0/netback.c:201: 	pending[slot].skb = skb;
	movl	%eax, pending+4(,%edi,8)	# skb, pending[slot_63].skb
# platform-c/dom0/netback.c:200: 	pending[slot].id = req->id;
	movw	%si, pending+2(,%edi,8)	# tmp758, pending[slot_63].id
# platform-c/dom0/netback.c:202: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	leal	1(%edx), %edi	#, prephitmp_527
# platform-c/dom0/netback.c:202: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movzbl	%dl, %edx	# deferred_tail.35_183, deferred_tail.35_183
# platform-c/dom0/netback.c:202: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%eax, deferred(,%edx,4)	# skb, deferred[_185]
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_524
# platform-c/dom0/netback.c:202: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%edi, -276(%ebp)	# prephitmp_527, %sfp
	movl	%edi, deferred_tail	# prephitmp_527, deferred_tail
# platform-c/dom0/netback.c:208: 	while (deferred_head != deferred_tail) {
	movl	%eax, -272(%ebp)	# prephitmp_524, %sfp
	jmp	.L36	#
	.p2align 4,,10
	.p2align 3
.L30:
# platform-c/dom0/netback.c:241: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -280(%ebp)	# _35, %sfp
	jne	.L31	#,
	jmp	.L32	#
	.p2align 4,,10
	.p2align 3
.L135:
# platform-c/dom0/netback.c:152: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.21_71
# platform-c/dom0/netback.c:152: 		pending_free[nr_pending_free++] = slot;
	movl	-272(%ebp), %edi	# %sfp, tmp723
# platform-c/dom0/netback.c:153: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:152: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp401
	movl	%edx, nr_pending_free	# tmp401, nr_pending_free
# platform-c/dom0/netback.c:152: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp723, pending_free[nr_pending_free.21_71]
	jmp	.L131	#
	.p2align 4,,10
	.p2align 3
.L136:
# platform-c/dom0/netback.c:161: 	if ((req->flags & NETTXF_csum_blank) && nb61_csum_l4(va + req->offset, req->size, head) < 0) {
	movl	-260(%ebp), %eax	# %sfp, req$offset
	movl	-276(%ebp), %ecx	# %sfp,
	movl	-268(%ebp), %edx	# %sfp,
	addl	%edi, %eax	# va, tmp424
	call	nb61_csum_l4	#
# platform-c/dom0/netback.c:161: 	if ((req->flags & NETTXF_csum_blank) && nb61_csum_l4(va + req->offset, req->size, head) < 0) {
	testl	%eax, %eax	# tmp651
	jns	.L38	#,
# platform-c/dom0/netback.c:162: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
	jmp	.L39	#
	.p2align 4,,10
	.p2align 3
.L67:
# platform-c/dom0/netback.c:267: 	f->mac = (u32)skb->mac.raw;
	movl	36(%edi), %ecx	# iftmp.51_233->mac.raw, _301
# platform-c/dom0/netback.c:268: 	f->hdr = skb->data - skb->mac.raw;
	movl	136(%edi), %esi	# iftmp.51_233->data, pretmp_541
# platform-c/dom0/netback.c:264: 	struct skb_shared_info *sh = skb_shinfo(skb);
	movl	144(%edi), %edx	# iftmp.51_233->end, sh
# platform-c/dom0/netback.c:267: 	f->mac = (u32)skb->mac.raw;
	movl	%ecx, -252(%ebp)	# _301, f.mac
# platform-c/dom0/netback.c:268: 	f->hdr = skb->data - skb->mac.raw;
	subl	%ecx, %esi	# _301, pretmp_541
# platform-c/dom0/netback.c:268: 	f->hdr = skb->data - skb->mac.raw;
	movl	%esi, -248(%ebp)	# pretmp_541, f.hdr
# platform-c/dom0/netback.c:268: 	f->hdr = skb->data - skb->mac.raw;
	movl	%esi, -268(%ebp)	# pretmp_541, %sfp
# platform-c/dom0/netback.c:269: 	f->len = skb->len;
	movl	96(%edi), %esi	# iftmp.51_233->len, pretmp_543
# platform-c/dom0/netback.c:269: 	f->len = skb->len;
	movl	%esi, -244(%ebp)	# pretmp_543, f.len
# platform-c/dom0/netback.c:269: 	f->len = skb->len;
	movl	%esi, -272(%ebp)	# pretmp_543, %sfp
# platform-c/dom0/netback.c:270: 	f->data_len = skb->data_len;
	movl	100(%edi), %esi	# iftmp.51_233->data_len, pretmp_545
# platform-c/dom0/netback.c:270: 	f->data_len = skb->data_len;
	movl	%esi, -240(%ebp)	# pretmp_545, f.data_len
# platform-c/dom0/netback.c:270: 	f->data_len = skb->data_len;
	movl	%esi, -260(%ebp)	# pretmp_545, %sfp
# platform-c/dom0/netback.c:271: 	f->nr_frags = sh->nr_frags;
	movzwl	4(%edx), %ecx	# sh_300->nr_frags, _310
# platform-c/dom0/netback.c:272: 	f->flags = 0; /* the mini API's drivers validate no checksums */
	movl	$0, -16(%ebp)	#, f.flags
# platform-c/dom0/netback.c:271: 	f->nr_frags = sh->nr_frags;
	movl	%ecx, -236(%ebp)	# _310, f.nr_frags
# platform-c/dom0/netback.c:273: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	testl	%ecx, %ecx	# _310
	je	.L68	#,
	movl	%ebx, -284(%ebp)	# i, %sfp
	leal	-252(%ebp), %esi	#, tmp638
	addl	$20, %edx	#, ivtmp.150
	jmp	.L70	#
	.p2align 4,,10
	.p2align 3
.L147:
	cmpl	$18, %eax	#, i
	je	.L127	#,
.L70:
# platform-c/dom0/netback.c:274: 		f->frag_page[i] = (u32)sh->frags[i].page;
	movl	(%edx), %ebx	# MEM[(struct page * *)_507], tmp784
# platform-c/dom0/netback.c:273: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	addl	$12, %edx	#, ivtmp.150
# platform-c/dom0/netback.c:274: 		f->frag_page[i] = (u32)sh->frags[i].page;
	movl	%ebx, 20(%esi,%eax,4)	# tmp784, MEM[(unsigned int *)&f + 20B + i_95 * 4]
# platform-c/dom0/netback.c:275: 		f->frag_off[i] = sh->frags[i].page_offset;
	movl	-8(%edx), %ebx	# MEM[(unsigned int *)_507 + 4B], tmp785
	movl	%ebx, 92(%esi,%eax,4)	# tmp785, MEM[(unsigned int *)&f + 92B + i_95 * 4]
# platform-c/dom0/netback.c:276: 		f->frag_size[i] = sh->frags[i].size;
	movl	-4(%edx), %ebx	# MEM[(unsigned int *)_507 + 8B], tmp786
	movl	%ebx, 164(%esi,%eax,4)	# tmp786, MEM[(unsigned int *)&f + 164B + i_95 * 4]
# platform-c/dom0/netback.c:273: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	incl	%eax	# i
# platform-c/dom0/netback.c:273: 	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
	cmpl	%ecx, %eax	# _310, i
	jb	.L147	#,
.L127:
	movl	-284(%ebp), %ebx	# %sfp, i
	jmp	.L68	#
	.p2align 4,,10
	.p2align 3
.L56:
# platform-c/dom0/netback.c:331: 		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
	call	backlog_dequeue	#
	movl	%eax, %edi	# tmp657, rx_waiting.52_186
	jmp	.L57	#
	.p2align 4,,10
	.p2align 3
.L138:
# platform-c/dom0/netback.c:128: 		return nb61_xmit((u32)skb, (u32)nb_netdev);
	movl	%ecx, %eax	# skb,
	call	nb61_xmit	#
	.p2align 4,,4
	jmp	.L50	#
.L141:
# platform-c/dom0/netback.c:339: 			rx_waiting = skb;
	movl	%edi, rx_waiting	# rx_waiting.52_186, rx_waiting
.L58:
# platform-c/dom0/netback.c:367: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:368: 	for (i = 0; i < nr_vifs; i++) {
	movl	nr_vifs, %eax	# nr_vifs,
# platform-c/dom0/netback.c:368: 	for (i = 0; i < nr_vifs; i++) {
	xorl	%esi, %esi	# i
	movl	$vifs+28, %ebx	#, ivtmp.141
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp645
# platform-c/dom0/netback.c:368: 	for (i = 0; i < nr_vifs; i++) {
	testl	%eax, %eax	#
	je	.L86	#,
	.p2align 4
	.p2align 3
.L85:
# platform-c/dom0/netback.c:369: 		if (vifs[i].notify) {
	movl	(%ebx), %eax	# MEM[(unsigned int *)_514],
	testl	%eax, %eax	#
	je	.L84	#,
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
	movl	-28(%ebx), %edx	# MEM[(unsigned int *)_514 + 4294967268B], MEM[(unsigned int *)_514 + 4294967268B]
	movl	$4, %eax	#,
# platform-c/dom0/netback.c:370: 			vifs[i].notify = 0;
	movl	$0, (%ebx)	#, MEM[(unsigned int *)_514]
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	call	*%edi	# tmp645
.L84:
# platform-c/dom0/netback.c:368: 	for (i = 0; i < nr_vifs; i++) {
	incl	%esi	# i
# platform-c/dom0/netback.c:368: 	for (i = 0; i < nr_vifs; i++) {
	addl	$32, %ebx	#, ivtmp.141
	cmpl	nr_vifs, %esi	# nr_vifs, i
	jb	.L85	#,
.L86:
# platform-c/dom0/netback.c:375: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	rx_waiting, %eax	# rx_waiting,
	testl	%eax, %eax	#
	je	.L148	#,
.L82:
# platform-c/dom0/netback.c:376: 		softirq_pending = 1;
	movl	$1, %eax	#,
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:377: }
	addl	$300, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L142:
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	cmpl	$18, -236(%ebp)	#, f.nr_frags
	ja	.L72	#,
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	%ecx, %eax	# _253, linear
	movl	-260(%ebp), %ecx	# %sfp, pretmp_545
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %esi	#, tmp548
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	subl	%ecx, %eax	# pretmp_545, linear
# platform-c/dom0/netback.c:301: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	movl	%ebx, %ecx	# i, tmp544
# platform-c/dom0/netback.c:298: 	linear = hdr + f.len - f.data_len;
	movl	%eax, -260(%ebp)	# linear, %sfp
# platform-c/dom0/netback.c:301: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
	sall	$5, %ecx	#, tmp544
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, -272(%ebp)	# tmp544, %sfp
	movl	vifs(%ecx), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].domid, MEM <struct vif[64]> [(struct vif *)&vifs][i_341].domid
	movl	%eax, 4(%esp)	# linear,
	movl	-252(%ebp), %eax	# f.mac, f.mac
	movl	%eax, (%esp)	# f.mac,
	movl	$7, %eax	#,
	movl	-280(%ebp), %ecx	# %sfp,
	call	*%esi	# tmp548
# platform-c/dom0/netback.c:300: 	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	testl	%eax, %eax	# tmp659
	jne	.L72	#,
# platform-c/dom0/netback.c:304: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	movl	-236(%ebp), %edx	# f.nr_frags,
	testl	%edx, %edx	#
	je	.L73	#,
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ebx, -288(%ebp)	# i, %sfp
	leal	-252(%ebp), %esi	#, tmp638
	movl	%eax, %ebx	# i, i
	movl	%edi, -284(%ebp)	# rx_waiting.52_186, %sfp
	jmp	.L75	#
.L150:
# platform-c/dom0/netback.c:313: 			at += f.frag_size[i];
	movl	164(%esi,%ebx,4), %edi	# MEM[(unsigned int *)&f + 164B + i_374 * 4], tmp805
# platform-c/dom0/netback.c:304: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	incl	%ebx	# i
# platform-c/dom0/netback.c:313: 			at += f.frag_size[i];
	addl	%edi, -260(%ebp)	# tmp805, %sfp
# platform-c/dom0/netback.c:304: 		for (i = 0, at = linear; i < f.nr_frags; i++) {
	cmpl	-236(%ebp), %ebx	# f.nr_frags, i
	jnb	.L149	#,
.L75:
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-260(%ebp), %eax	# %sfp, linear
	movl	-256(%ebp), %ecx	# %sfp, req$offset
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-272(%ebp), %edi	# %sfp, tmp544
	movl	-276(%ebp), %edx	# %sfp, req$gref
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%eax, %ecx	# linear, tmp549
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	164(%esi,%ebx,4), %eax	# MEM[(unsigned int *)&f + 164B + i_374 * 4], MEM[(unsigned int *)&f + 164B + i_374 * 4]
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	sall	$16, %ecx	#, tmp550
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	orl	%edx, %ecx	# req$gref, tmp551
	leal	vifs(%edi), %edx	#, tmp554
	movl	%edx, -280(%ebp)	# tmp554, %sfp
# platform-c/dom0/netback.c:306: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	kboot, %edx	# kboot.mem_map,
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, 4(%esp)	# MEM[(unsigned int *)&f + 164B + i_374 * 4],
# platform-c/dom0/netback.c:306: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	20(%esi,%ebx,4), %eax	# MEM[(unsigned int *)&f + 20B + i_374 * 4], MEM[(unsigned int *)&f + 20B + i_374 * 4]
	subl	%edx, %eax	#, tmp560
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	92(%esi,%ebx,4), %edx	# MEM[(unsigned int *)&f + 92B + i_374 * 4], MEM[(unsigned int *)&f + 92B + i_374 * 4]
	addl	kboot+12, %edx	# kboot.lowmem, tmp566
# platform-c/dom0/netback.c:306: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %eax	#, tmp562
# platform-c/dom0/netback.c:306: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %eax	#, tmp563
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%edx, %eax	# tmp566, tmp569
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	vifs(%edi), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].domid,
	movl	$-1057030144, %edi	#, tmp803
	movl	%eax, (%esp)	# tmp569,
	movl	$7, %eax	#,
	call	*%edi	# tmp803
# platform-c/dom0/netback.c:308: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	testl	%eax, %eax	# tmp660
	je	.L150	#,
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	-280(%ebp), %esi	# %sfp, tmp554
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-264(%ebp), %edx	# %sfp, tmp818
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	-284(%ebp), %edi	# %sfp, rx_waiting.52_186
	movl	-288(%ebp), %ebx	# %sfp, i
	movl	16(%esi), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _490
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	4(%ecx), %eax	# _490->rsp_prod, rsp
	movl	%eax, -260(%ebp)	# rsp, %sfp
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%al, %eax	# rsp, _18
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp639
	movw	%dx, (%ecx,%eax,8)	# tmp818, _490->ring[_499].rsp.id
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-256(%ebp), %edx	# %sfp, tmp820
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	16(%esi), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _492
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%dx, 2(%ecx,%eax,8)	# tmp820, _492->ring[_499].rsp.offset
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	16(%esi), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _482
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 4(%ecx,%eax,8)	#,
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	xorl	%ecx, %ecx	# iftmp.65_294
	jmp	.L77	#
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/dom0/netback.c:375: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	deferred_tail, %eax	# deferred_tail, tmp813
	cmpl	%eax, deferred_head	# tmp813, deferred_head
	jne	.L82	#,
# platform-c/dom0/netback.c:377: }
	addl	$300, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L149:
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movswl	-268(%ebp), %eax	# %sfp, _547
	movl	-284(%ebp), %edi	# %sfp, rx_waiting.52_186
	movl	-288(%ebp), %ebx	# %sfp, i
	movl	%eax, -272(%ebp)	# _547, %sfp
.L76:
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	%ebx, %ecx	# i, tmp576
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-264(%ebp), %esi	# %sfp, tmp809
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	sall	$5, %ecx	#, tmp576
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	vifs+16(%ecx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, tmp807
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	vifs+16(%ecx), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, tmp808
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	movl	4(%eax), %eax	# _286->rsp_prod, rsp
	movl	%eax, -260(%ebp)	# rsp, %sfp
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%al, %eax	# rsp, _18
# platform-c/dom0/netback.c:317: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp639
	movw	%si, (%edx,%eax,8)	# tmp809, _286->ring[_288].rsp.id
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-256(%ebp), %edx	# %sfp, tmp811
	movl	vifs+16(%ecx), %esi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, tmp810
# platform-c/dom0/netback.c:316: 	rsp = v->rx->rsp_prod;
	addl	$vifs, %ecx	#, tmp577
# platform-c/dom0/netback.c:318: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%dx, 2(%esi,%eax,8)	# tmp811, _289->ring[_288].rsp.offset
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	-272(%ebp), %esi	# %sfp, tmp862
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	16(%ecx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_341].rx, _290
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	%si, 4(%ecx,%eax,8)	# tmp862, _290->ring[_288].rsp.status
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	movl	-268(%ebp), %esi	# %sfp,
	testl	%esi, %esi	#
	jle	.L88	#,
	movzwl	-16(%ebp), %ecx	# f.flags, iftmp.65_294
	jmp	.L77	#
.L73:
# platform-c/dom0/netback.c:319: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movswl	-268(%ebp), %eax	# %sfp, _547
	movl	%eax, -272(%ebp)	# _547, %sfp
	jmp	.L76	#
.L88:
# platform-c/dom0/netback.c:320: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	xorl	%ecx, %ecx	# iftmp.65_294
	jmp	.L77	#
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
# platform-c/dom0/netback.c:381: {
	movl	%eax, %esi	# handler, tmp91
# platform-c/dom0/netback.c:383: 	int r = h(irq, (void *)dev_id);
	movl	%ebx, %eax	# irq,
	call	*%esi	# tmp91
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ebx, %edx	# irq,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	movl	$-1057030144, %ebx	#, tmp89
# platform-c/dom0/netback.c:383: 	int r = h(irq, (void *)dev_id);
	movl	%eax, %esi	# tmp94, <retval>
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	$8, %eax	#,
	call	*%ebx	# tmp89
# platform-c/dom0/netback.c:387: }
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
