	.file	"netback.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	netbk_tx_done, @function
netbk_tx_done:
# platform-c/dom0/netback.c:104: 	u32 slot = *(u32 *)skb->cb;
	movl	48(%eax), %edx	# MEM[(u32 *)skb_8(D) + 48B], slot
# platform-c/dom0/netback.c:106: 	if (slot < MAX_PENDING && pending[slot].skb == skb) {
	cmpl	$255, %edx	#, slot
	ja	.L4	#,
# platform-c/dom0/netback.c:106: 	if (slot < MAX_PENDING && pending[slot].skb == skb) {
	cmpl	%eax, pending+4(,%edx,8)	# skb, pending[slot_10].skb
	je	.L8	#,
.L4:
	ret	
	.p2align 4,,10
	.p2align 3
.L8:
# platform-c/dom0/netback.c:103: {
	pushl	%ebp	#
# platform-c/dom0/netback.c:107: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	dealloc_prod, %ecx	# dealloc_prod, dealloc_prod.28_2
# platform-c/dom0/netback.c:103: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/dom0/netback.c:107: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	leal	1(%ecx), %ebx	#, tmp91
# platform-c/dom0/netback.c:107: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movzbl	%cl, %ecx	# dealloc_prod.28_2, dealloc_prod.28_2
# platform-c/dom0/netback.c:107: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movw	%dx, dealloc(%ecx,%ecx)	# slot, dealloc[_4]
# platform-c/dom0/netback.c:107: 		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
	movl	%ebx, dealloc_prod	# tmp91, dealloc_prod
# platform-c/dom0/netback.c:108: 		skb_shinfo(skb)->nr_frags = 0; /* the page is the guest's: never put_page it */
	movl	144(%eax), %eax	# skb_8(D)->end, _6
# platform-c/dom0/netback.c:108: 		skb_shinfo(skb)->nr_frags = 0; /* the page is the guest's: never put_page it */
	movw	$0, 4(%eax)	#, MEM[(struct skb_shared_info *)_6].nr_frags
# platform-c/dom0/netback.c:109: 		softirq_pending = 1;
	movl	$1, %eax	#,
# platform-c/dom0/netback.c:111: }
	popl	%ebx	#
# platform-c/dom0/netback.c:109: 		softirq_pending = 1;
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:111: }
	popl	%ebp	#
	ret	
	.size	netbk_tx_done, .-netbk_tx_done
	.p2align 4
	.type	tx_dealloc, @function
tx_dealloc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$12, %esp	#,
# platform-c/dom0/netback.c:190: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.49_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.49_14
# platform-c/dom0/netback.c:194: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	nb_area, %esi	# nb_area, nb_area.30_30
# platform-c/dom0/netback.c:190: 	while (dealloc_cons != dealloc_prod) {
	je	.L9	#,
	.p2align 4
	.p2align 3
.L11:
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
# platform-c/dom0/netback.c:191: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	leal	1(%eax), %edx	#, tmp109
# platform-c/dom0/netback.c:191: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzbl	%al, %eax	# dealloc_cons.49_14, dealloc_cons.49_14
# platform-c/dom0/netback.c:191: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movl	%edx, dealloc_cons	# tmp109, dealloc_cons
# platform-c/dom0/netback.c:191: 		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
	movzwl	dealloc(%eax,%eax), %ebx	# dealloc[_2], _3
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$6, %eax	#,
# platform-c/dom0/netback.c:194: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	movl	%ebx, %edx	# _3, tmp112
	sall	$12, %edx	#, tmp112
# platform-c/dom0/netback.c:194: 		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
	addl	%esi, %edx	# nb_area.30_30, tmp113
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %esi	#, tmp152
	call	*%esi	# tmp152
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %esi	# nb_area, nb_area.30_30
	movl	kboot+12, %edx	# kboot.lowmem,
# platform-c/dom0/netback.c:196: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending+2(,%ebx,8), %edi	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].id, _9
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	%esi, %eax	# nb_area.30_30, tmp116
	subl	%edx, %eax	#, tmp116
# platform-c/dom0/netback.c:195: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp122
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp117
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%ebx, %eax	# _3, _34
# platform-c/dom0/netback.c:195: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _34, tmp122
# platform-c/dom0/netback.c:195: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp122, p2m[_34]
# platform-c/dom0/netback.c:196: 		tx_respond(&vifs[p->vif], p->id, 0);
	movzwl	pending(,%ebx,8), %eax	# MEM <struct pending[256]> [(struct pending *)&pending][slot_19].vif, _11
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	sall	$5, %eax	#, tmp127
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp155
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	vifs+12(%eax), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, tmp156
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%ecx), %ecx	# _20->rsp_prod, rsp
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	%ecx, -16(%ebp)	# rsp, %sfp
	movzbl	-16(%ebp), %ecx	# %sfp, _26
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %ecx	#, tmp130
	movw	%di, (%edx,%ecx,8)	# _9, _20->ring[_26].rsp.id
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	-16(%ebp), %edx	# %sfp, rsp
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	vifs+12(%eax), %edi	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, _27
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# rsp
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$0, 2(%edi,%ecx,8)	#, _27->ring[_26].rsp.status
# platform-c/dom0/netback.c:197: 		p->skb = NULL;
	xorl	%edi, %edi	#
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	vifs+12(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][_11].tx, _28
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%ecx)	# tmp140, _28->rsp_prod
# platform-c/dom0/netback.c:98: 	v->notify = 1;
	movl	$1, %ecx	#,
	movl	%ecx, vifs+28(%eax)	#, MEM <struct vif[64]> [(struct vif *)&vifs][_11].notify
# platform-c/dom0/netback.c:198: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.47_12
# platform-c/dom0/netback.c:197: 		p->skb = NULL;
	movl	%edi, pending+4(,%ebx,8)	#, MEM <struct pending[256]> [(struct pending *)&pending][slot_19].skb
# platform-c/dom0/netback.c:198: 		pending_free[nr_pending_free++] = slot;
	movw	%bx, pending_free(%eax,%eax)	# _3, pending_free[nr_pending_free.47_12]
# platform-c/dom0/netback.c:198: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp146
# platform-c/dom0/netback.c:190: 	while (dealloc_cons != dealloc_prod) {
	movl	dealloc_cons, %eax	# dealloc_cons, dealloc_cons.49_14
	cmpl	dealloc_prod, %eax	# dealloc_prod, dealloc_cons.49_14
# platform-c/dom0/netback.c:198: 		pending_free[nr_pending_free++] = slot;
	movl	%edx, nr_pending_free	# tmp146, nr_pending_free
# platform-c/dom0/netback.c:190: 	while (dealloc_cons != dealloc_prod) {
	jne	.L11	#,
.L9:
# platform-c/dom0/netback.c:200: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	tx_dealloc, .-tx_dealloc
	.p2align 4
	.globl	netback_init
	.type	netback_init, @function
netback_init:
# platform-c/dom0/netback.c:63: 	nb_netdev = dev;
	movl	%eax, nb_netdev	# tmp91, nb_netdev
# platform-c/dom0/netback.c:66: 		pending_free[i] = MAX_PENDING - 1 - i;
	movl	$255, %ecx	#, tmp90
# platform-c/dom0/netback.c:65: 	for (i = 0; i < MAX_PENDING; i++)
	xorl	%eax, %eax	# i
# platform-c/dom0/netback.c:64: 	nb_area = area;
	movl	%edx, nb_area	# tmp92, nb_area
	.p2align 4
	.p2align 3
.L17:
# platform-c/dom0/netback.c:66: 		pending_free[i] = MAX_PENDING - 1 - i;
	movl	%ecx, %edx	# tmp90, tmp89
	subl	%eax, %edx	# i, tmp89
# platform-c/dom0/netback.c:66: 		pending_free[i] = MAX_PENDING - 1 - i;
	movw	%dx, pending_free(%eax,%eax)	# tmp89, MEM[(short unsigned int *)&pending_free + i_15 * 2]
# platform-c/dom0/netback.c:65: 	for (i = 0; i < MAX_PENDING; i++)
	incl	%eax	# i
# platform-c/dom0/netback.c:65: 	for (i = 0; i < MAX_PENDING; i++)
	cmpl	$256, %eax	#, i
	jne	.L17	#,
# platform-c/dom0/netback.c:67: 	nr_pending_free = MAX_PENDING;
	movl	$256, %eax	#,
	movl	%eax, nr_pending_free	#, nr_pending_free
# platform-c/dom0/netback.c:68: }
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
# platform-c/dom0/netback.c:71: {
	movl	%eax, %ebx	# tmp115, domid
# platform-c/dom0/netback.c:74: 	if (nr_vifs >= MAX_VIFS)
	movl	nr_vifs, %eax	# nr_vifs, nr_vifs.0_1
# platform-c/dom0/netback.c:74: 	if (nr_vifs >= MAX_VIFS)
	cmpl	$63, %eax	#, nr_vifs.0_1
	ja	.L21	#,
# platform-c/dom0/netback.c:76: 	v = &vifs[nr_vifs++];
	leal	1(%eax), %esi	#, tmp96
	movl	%esi, nr_vifs	# tmp96, nr_vifs
# platform-c/dom0/netback.c:77: 	v->domid = domid;
	sall	$5, %eax	#, tmp98
# platform-c/dom0/netback.c:78: 	*(u32 *)v->mac = mac_lo;
	movl	%edx, vifs+4(%eax)	# mac_lo, MEM[(u32 *)_3]
# platform-c/dom0/netback.c:77: 	v->domid = domid;
	leal	vifs(%eax), %esi	#, tmp99
# platform-c/dom0/netback.c:79: 	*(u16 *)(v->mac + 4) = mac_hi;
	movw	%cx, vifs+8(%eax)	# mac_hi, MEM[(u16 *)_3 + 4B]
# platform-c/dom0/netback.c:77: 	v->domid = domid;
	movl	%ebx, vifs(%eax)	# domid, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].domid
# platform-c/dom0/netback.c:80: 	v->tx = (struct netif_tx_ring *)tx;
	movl	8(%ebp), %eax	# tx, tx
# platform-c/dom0/netback.c:82: 	v->connected = 1;
	movw	$1, 10(%esi)	#, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].connected
# platform-c/dom0/netback.c:80: 	v->tx = (struct netif_tx_ring *)tx;
	movl	%eax, 12(%esi)	# tx, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].tx
# platform-c/dom0/netback.c:81: 	v->rx = (struct netif_rx_ring *)rx;
	movl	12(%ebp), %eax	# rx, rx
	movl	%eax, 16(%esi)	# rx, MEM <struct vif[64]> [(struct vif *)&vifs][nr_vifs.0_1].rx
# platform-c/dom0/netback.c:83: 	return 0;
	xorl	%eax, %eax	# <retval>
.L19:
# platform-c/dom0/netback.c:84: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L21:
# platform-c/dom0/netback.c:75: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L19	#
	.size	netback_connect, .-netback_connect
	.p2align 4
	.globl	netback_action
	.type	netback_action, @function
netback_action:
	pushl	%ebp	#
# platform-c/dom0/netback.c:305: 	softirq_pending = 0;
	xorl	%eax, %eax	#
# platform-c/dom0/netback.c:302: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$48, %esp	#,
# platform-c/dom0/netback.c:305: 	softirq_pending = 0;
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:306: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %edx	# nr_vifs,
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_397
	movl	deferred_tail, %edi	# deferred_tail, prephitmp_400
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	testl	%edx, %edx	#
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	%eax, -28(%ebp)	# prephitmp_397, %sfp
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	je	.L37	#,
	movl	$vifs, %ebx	#, ivtmp.127
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ecx, %ecx	# i
	.p2align 4
	.p2align 3
.L36:
# platform-c/dom0/netback.c:204: 	u32 prod = v->tx->req_prod;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B]
# platform-c/dom0/netback.c:206: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:204: 	u32 prod = v->tx->req_prod;
	movl	(%eax), %esi	# _27->req_prod, prod
	movl	%esi, -44(%ebp)	# prod, %sfp
# platform-c/dom0/netback.c:206: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	movl	%esi, %eax	# prod, tmp298
	subl	%edx, %eax	# _35, tmp298
# platform-c/dom0/netback.c:206: 	if (prod - v->tx_cons > NET_RING_SIZE) {
	cmpl	$256, %eax	#, tmp298
	jbe	.L25	#,
# platform-c/dom0/netback.c:207: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:208: 		v->tx_cons = prod - NET_RING_SIZE;
	leal	-256(%esi), %edx	#, _35
# platform-c/dom0/netback.c:208: 		v->tx_cons = prod - NET_RING_SIZE;
	movl	%edx, 20(%ebx)	# _35, MEM <u32> [(struct vif *)_1 + 20B]
.L26:
	movl	%ecx, -52(%ebp)	# i, %sfp
# platform-c/dom0/netback.c:168: 	pending[slot].vif = v - vifs;
	movl	%ebx, %eax	# ivtmp.127, tmp299
	movl	%edi, -20(%ebp)	# prephitmp_400, %sfp
	subl	$vifs, %eax	#, tmp299
	sarl	$5, %eax	#, tmp301
# platform-c/dom0/netback.c:168: 	pending[slot].vif = v - vifs;
	movzwl	%ax, %eax	# tmp301, _144
	movl	%eax, -48(%ebp)	# _144, %sfp
	jmp	.L28	#
	.p2align 4,,10
	.p2align 3
.L97:
# platform-c/dom0/netback.c:127: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpl	$4095, %edi	#, req$offset
	movl	%edi, %edx	# req$offset, req$offset
	ja	.L29	#,
# platform-c/dom0/netback.c:128: 	    req->size > PAGE_SIZE - req->offset) {
	movl	$4096, %edi	#, tmp307
	subl	%edx, %edi	# req$offset, tmp307
# platform-c/dom0/netback.c:127: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpl	%esi, %edi	# req$size, tmp307
	jb	.L29	#,
# platform-c/dom0/netback.c:133: 	slot = pending_free[--nr_pending_free];
	movl	-24(%ebp), %edi	# %sfp, nr_pending_free.11_38
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	(%ebx), %edx	# MEM <u32> [(struct vif *)_1], MEM <u32> [(struct vif *)_1]
# platform-c/dom0/netback.c:133: 	slot = pending_free[--nr_pending_free];
	decl	%edi	# nr_pending_free.11_38
# platform-c/dom0/netback.c:133: 	slot = pending_free[--nr_pending_free];
	movl	%edi, nr_pending_free	# _58, nr_pending_free
# platform-c/dom0/netback.c:133: 	slot = pending_free[--nr_pending_free];
	movzwl	pending_free(%edi,%edi), %edi	# pending_free[_58], slot
# platform-c/dom0/netback.c:134: 	va = nb_area + slot * PAGE_SIZE;
	movl	%edi, -20(%ebp)	# slot, %sfp
	movl	%edi, %esi	# slot, tmp313
# platform-c/dom0/netback.c:134: 	va = nb_area + slot * PAGE_SIZE;
	movl	nb_area, %edi	# nb_area,
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, 4(%esp)	#,
# platform-c/dom0/netback.c:134: 	va = nb_area + slot * PAGE_SIZE;
	sall	$12, %esi	#, tmp313
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$5, %eax	#,
# platform-c/dom0/netback.c:134: 	va = nb_area + slot * PAGE_SIZE;
	addl	%edi, %esi	#, va
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp543
	movl	%esi, (%esp)	# va,
	movl	-36(%ebp), %ecx	# %sfp,
	call	*%edi	# tmp543
# platform-c/dom0/netback.c:136: 	if (mfn <= 0) {
	testl	%eax, %eax	# _67
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, %edx	# tmp490, _67
# platform-c/dom0/netback.c:136: 	if (mfn <= 0) {
	jle	.L95	#,
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %ecx	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
# platform-c/dom0/netback.c:142: 	p2m[area_index(slot)] = mfn;
	movl	-20(%ebp), %edi	# %sfp, slot
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	subl	%ecx, %eax	#, tmp324
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp326
# platform-c/dom0/netback.c:142: 	p2m[area_index(slot)] = mfn;
	addl	%edi, %eax	# slot, tmp327
# platform-c/dom0/netback.c:143: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	-32(%ebp), %edi	# %sfp, req$size
# platform-c/dom0/netback.c:142: 	p2m[area_index(slot)] = mfn;
	movl	%edx, p2m(,%eax,4)	# _67, p2m[_83]
# platform-c/dom0/netback.c:143: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	$64, %eax	#, tmp500
	cmpl	%eax, %edi	# tmp500, req$size
	cmovbe	%edi, %eax	# req$size,, tmp500
# platform-c/dom0/netback.c:145: 	skb = __netdev_alloc_skb(nb_netdev, head, 0);
	xorl	%ecx, %ecx	#
	movl	%eax, -24(%ebp)	# head, %sfp
# platform-c/dom0/netback.c:143: 	head = min_t(u32, req->size, PKT_PROT_LEN);
	movl	%eax, %edx	# tmp500, head
# platform-c/dom0/netback.c:144: 	rest = req->size - head;
	subl	%eax, %edi	# head, rest
	movl	%edi, -28(%ebp)	# rest, %sfp
# platform-c/dom0/netback.c:145: 	skb = __netdev_alloc_skb(nb_netdev, head, 0);
	movl	nb_netdev, %eax	# nb_netdev,
	call	__netdev_alloc_skb	#
# platform-c/dom0/netback.c:146: 	if (!skb) {
	movl	-24(%ebp), %edx	# %sfp, head
	testl	%eax, %eax	# skb
	je	.L96	#,
# platform-c/dom0/netback.c:154: 	copy(skb->tail, (void *)(va + req->offset), head);
	movl	-40(%ebp), %edi	# %sfp, req$offset
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# head, tmp362
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp362
# platform-c/dom0/netback.c:154: 	copy(skb->tail, (void *)(va + req->offset), head);
	addl	%edi, %esi	# req$offset, tmp363
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	140(%eax), %edi	# skb_91->tail, edi_out
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# head
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/dom0/netback.c:157: 	if (rest) {
#NO_APP
	movl	-28(%ebp), %edi	# %sfp, rest
# platform-c/dom0/netback.c:156: 	skb->len = req->size;
	movl	-32(%ebp), %esi	# %sfp, req$size
# platform-c/dom0/netback.c:155: 	skb->tail += head;
	addl	%edx, 140(%eax)	# head, skb_91->tail
# platform-c/dom0/netback.c:157: 	if (rest) {
	testl	%edi, %edi	# rest
# platform-c/dom0/netback.c:156: 	skb->len = req->size;
	movl	%esi, 96(%eax)	# req$size, skb_91->len
# platform-c/dom0/netback.c:157: 	if (rest) {
	je	.L34	#,
# platform-c/dom0/netback.c:158: 		sh = skb_shinfo(skb);
	movl	144(%eax), %esi	# skb_91->end, sh
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	nb_area, %ecx	# nb_area, nb_area
# platform-c/dom0/netback.c:159: 		sh->nr_frags = 1;
	movw	$1, 4(%esi)	#, sh_127->nr_frags
	movl	%esi, -24(%ebp)	# sh, %sfp
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %esi	# kboot.lowmem,
	subl	%esi, %ecx	#, tmp365
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-20(%ebp), %esi	# %sfp, slot
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %ecx	#, tmp367
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%esi, %ecx	# slot, tmp368
# platform-c/dom0/netback.c:160: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	kboot, %esi	# kboot.mem_map,
# platform-c/dom0/netback.c:160: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	sall	$5, %ecx	#, tmp369
# platform-c/dom0/netback.c:160: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	addl	%esi, %ecx	#, tmp373
# platform-c/dom0/netback.c:160: 		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
	movl	-24(%ebp), %esi	# %sfp, sh
	movl	%ecx, 20(%esi)	# tmp373, sh_127->frags[0].page
# platform-c/dom0/netback.c:161: 		sh->frags[0].page_offset = req->offset + head;
	movl	-40(%ebp), %ecx	# %sfp, req$offset
# platform-c/dom0/netback.c:162: 		sh->frags[0].size = rest;
	movl	%edi, 28(%esi)	# rest, sh_127->frags[0].size
# platform-c/dom0/netback.c:161: 		sh->frags[0].page_offset = req->offset + head;
	addl	%edx, %ecx	# head, req$offset
	movl	%ecx, 24(%esi)	# tmp375, sh_127->frags[0].page_offset
# platform-c/dom0/netback.c:164: 		skb->truesize += rest;
	addl	%edi, 124(%eax)	# rest, skb_91->truesize
# platform-c/dom0/netback.c:163: 		skb->data_len = rest;
	movl	%edi, 100(%eax)	# rest, skb_91->data_len
.L34:
# platform-c/dom0/netback.c:167: 	skb->destructor = netbk_tx_done;
	movl	$netbk_tx_done, 120(%eax)	#, skb_91->destructor
# platform-c/dom0/netback.c:166: 	*(u32 *)skb->cb = slot;
	movl	-20(%ebp), %edi	# %sfp, slot
# platform-c/dom0/netback.c:168: 	pending[slot].vif = v - vifs;
	movl	-48(%ebp), %ecx	# %sfp, tmp569
# platform-c/dom0/netback.c:171: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	deferred_tail, %edx	# deferred_tail, deferred_tail.26_146
# platform-c/dom0/netback.c:166: 	*(u32 *)skb->cb = slot;
	movl	%edi, 48(%eax)	# slot, MEM[(u32 *)skb_91 + 48B]
# platform-c/dom0/netback.c:168: 	pending[slot].vif = v - vifs;
	movw	%cx, pending(,%edi,8)	# tmp569, pending[slot_60].vif
# platform-c/dom0/netback.c:169: 	pending[slot].id = req->id;
	movl	-16(%ebp), %ecx	# %sfp, tmp571
# platform-c/dom0/netback.c:170: 	pending[slot].skb = skb;
	movl	%eax, pending+4(,%edi,8)	# skb, pending[slot_60].skb
# platform-c/dom0/netback.c:169: 	pending[slot].id = req->id;
	movw	%cx, pending+2(,%edi,8)	# tmp571, pending[slot_60].id
# platform-c/dom0/netback.c:171: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	leal	1(%edx), %ecx	#, prephitmp_400
# platform-c/dom0/netback.c:171: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movzbl	%dl, %edx	# deferred_tail.26_146, deferred_tail.26_146
# platform-c/dom0/netback.c:171: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%eax, deferred(,%edx,4)	# skb, deferred[_148]
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_397
# platform-c/dom0/netback.c:171: 	deferred[deferred_tail++ % MAX_PENDING] = skb;
	movl	%ecx, -20(%ebp)	# prephitmp_400, %sfp
	movl	%ecx, deferred_tail	# prephitmp_400, deferred_tail
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	%eax, -28(%ebp)	# prephitmp_397, %sfp
.L31:
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -44(%ebp)	# _35, %sfp
	je	.L87	#,
.L28:
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.11_38
	movl	%eax, -24(%ebp)	# nr_pending_free.11_38, %sfp
	testl	%eax, %eax	# nr_pending_free.11_38
	je	.L87	#,
# platform-c/dom0/netback.c:211: 	       deferred_tail - deferred_head < MAX_PENDING) {
	movl	-20(%ebp), %eax	# %sfp, tmp381
	movl	-28(%ebp), %ecx	# %sfp, prephitmp_397
	subl	%ecx, %eax	# prephitmp_397, tmp381
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	$255, %eax	#, tmp381
	ja	.L87	#,
# platform-c/dom0/netback.c:212: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _34
# platform-c/dom0/netback.c:212: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movzbl	%dl, %esi	# _35, _35
# platform-c/dom0/netback.c:214: 		v->tx_cons++;
	incl	%edx	# tmp304
# platform-c/dom0/netback.c:212: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_261 + 64B], req$gref
	movl	%ecx, -36(%ebp)	# req$gref, %sfp
	movzwl	66(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_261 + 66B], req$offset
	movl	%ecx, -40(%ebp)	# req$offset, %sfp
	movl	%ecx, %edi	# req$offset, req$offset
	movzwl	68(%eax,%esi,8), %ecx	# MEM <const u16> [(struct netif_tx_ring *)_261 + 68B], req$id
	movzwl	70(%eax,%esi,8), %esi	# MEM <const u16> [(struct netif_tx_ring *)_261 + 70B], req$size
# platform-c/dom0/netback.c:214: 		v->tx_cons++;
	movl	%edx, 20(%ebx)	# tmp304, MEM <u32> [(struct vif *)_1 + 20B]
# platform-c/dom0/netback.c:212: 		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;
	movl	%ecx, -16(%ebp)	# req$id, %sfp
	movl	%esi, -32(%ebp)	# req$size, %sfp
# platform-c/dom0/netback.c:127: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	leal	-14(%esi), %edx	#, tmp305
# platform-c/dom0/netback.c:127: 	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	cmpw	$1500, %dx	#, tmp305
	jbe	.L97	#,
.L29:
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%eax), %edx	# _34->rsp_prod, rsp
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-16(%ebp), %edi	# %sfp, tmp540
# platform-c/dom0/netback.c:129: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%dl, %esi	# rsp, _53
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	incl	%edx	# tmp311
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %esi	#, tmp309
	movw	%di, (%eax,%esi,8)	# tmp540, _34->ring[_53].rsp.id
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _54
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 2(%eax,%esi,8)	#, _54->ring[_53].rsp.status
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %eax	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _55
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp311, _55->rsp_prod
# platform-c/dom0/netback.c:98: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	movl	20(%ebx), %edx	# MEM <u32> [(struct vif *)_1 + 20B], _35
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -44(%ebp)	# _35, %sfp
	jne	.L28	#,
.L87:
	movl	-20(%ebp), %edi	# %sfp, prephitmp_400
	movl	-52(%ebp), %ecx	# %sfp, i
.L27:
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	incl	%ecx	# i
# platform-c/dom0/netback.c:307: 	for (i = 0; i < nr_vifs; i++)
	addl	$32, %ebx	#, ivtmp.127
	cmpl	nr_vifs, %ecx	# nr_vifs, i
	jb	.L36	#,
.L37:
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	-28(%ebp), %eax	# %sfp, prephitmp_397
	cmpl	%edi, %eax	# prephitmp_400, prephitmp_397
	jne	.L38	#,
	jmp	.L39	#
	.p2align 4,,10
	.p2align 3
.L98:
# platform-c/dom0/netback.c:178: 		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
	movzbl	%al, %eax	# prephitmp_397, prephitmp_397
# platform-c/dom0/netback.c:117: 	return nb_netdev->hard_start_xmit(skb, nb_netdev);
	movl	deferred(,%eax,4), %eax	# deferred[_161], deferred[_161]
	call	*280(%edx)	# nb_netdev.36_169->hard_start_xmit
# platform-c/dom0/netback.c:181: 		if (r != NETDEV_TX_OK)
	testl	%eax, %eax	# tmp492
	jne	.L39	#,
# platform-c/dom0/netback.c:183: 		deferred_head++;
	movl	deferred_head, %eax	# deferred_head, tmp579
# platform-c/dom0/netback.c:184: 		nb_tx_packets++;
	incl	nb_tx_packets	# nb_tx_packets
# platform-c/dom0/netback.c:183: 		deferred_head++;
	incl	%eax	# prephitmp_397
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	cmpl	deferred_tail, %eax	# deferred_tail, prephitmp_397
# platform-c/dom0/netback.c:183: 		deferred_head++;
	movl	%eax, deferred_head	# prephitmp_397, deferred_head
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	je	.L39	#,
.L38:
# platform-c/dom0/netback.c:115: 	if (nb_netdev->state & XOFF)
	movl	nb_netdev, %edx	# nb_netdev, nb_netdev.36_169
# platform-c/dom0/netback.c:115: 	if (nb_netdev->state & XOFF)
	testb	$1, 36(%edx)	#, nb_netdev.36_169->state
	je	.L98	#,
.L39:
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	movl	rx_waiting, %esi	# rx_waiting, rx_waiting.40_149
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	testl	%esi, %esi	# rx_waiting.40_149
	je	.L41	#,
.L101:
# platform-c/dom0/netback.c:279: 		rx_waiting = NULL;
	xorl	%eax, %eax	#
	movl	%eax, rx_waiting	#, rx_waiting
.L42:
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	movl	nr_vifs, %ecx	# nr_vifs, nr_vifs.43_337
# platform-c/dom0/netback.c:282: 		v = vif_for(skb->mac.raw);
	movl	36(%esi), %edx	# iftmp.39_153->mac.raw, _152
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	testl	%ecx, %ecx	# nr_vifs.43_337
	je	.L44	#,
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	movl	%esi, -16(%ebp)	# rx_waiting.40_149, %sfp
# platform-c/dom0/netback.c:224: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	(%edx), %edi	# MEM[(const u32 *)_152], _178
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	xorl	%ebx, %ebx	# i
	jmp	.L48	#
	.p2align 4,,10
	.p2align 3
.L45:
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	incl	%ebx	# i
# platform-c/dom0/netback.c:223: 	for (i = 0; i < nr_vifs; i++)
	cmpl	%ecx, %ebx	# nr_vifs.43_337, i
	je	.L99	#,
.L48:
	movl	%ebx, %eax	# i, _376
	sall	$5, %eax	#, _376
# platform-c/dom0/netback.c:224: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	cmpl	%edi, vifs+4(%eax)	# _178, MEM[(const u32 *)&vifs + 4B + _376 * 1]
	jne	.L45	#,
# platform-c/dom0/netback.c:224: 		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
	movl	vifs+8(%eax), %esi	# MEM[(const u16 *)&vifs + 8B + _376 * 1], tmp581
	cmpw	%si, 4(%edx)	# tmp581, MEM[(const u16 *)_152 + 4B]
	jne	.L45	#,
# platform-c/dom0/netback.c:234: 	struct skb_shared_info *sh = skb_shinfo(skb);
	movl	-16(%ebp), %esi	# %sfp, rx_waiting.40_149
	movl	%ebx, -16(%ebp)	# i, %sfp
# platform-c/dom0/netback.c:235: 	u32 prod = v->rx->req_prod, hdr = skb->data - skb->mac.raw, linear, at, i, rsp;
	movl	vifs+16(%eax), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _187
	addl	$vifs, %eax	#, tmp395
# platform-c/dom0/netback.c:238: 	if (v->rx_cons == prod)
	movl	24(%eax), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx_cons, _193
# platform-c/dom0/netback.c:234: 	struct skb_shared_info *sh = skb_shinfo(skb);
	movl	144(%esi), %ebx	# iftmp.39_153->end, sh
# platform-c/dom0/netback.c:235: 	u32 prod = v->rx->req_prod, hdr = skb->data - skb->mac.raw, linear, at, i, rsp;
	movl	(%ecx), %edi	# _187->req_prod, prod
# platform-c/dom0/netback.c:234: 	struct skb_shared_info *sh = skb_shinfo(skb);
	movl	%ebx, -32(%ebp)	# sh, %sfp
# platform-c/dom0/netback.c:235: 	u32 prod = v->rx->req_prod, hdr = skb->data - skb->mac.raw, linear, at, i, rsp;
	movl	136(%esi), %ebx	# iftmp.39_153->data, hdr
	subl	%edx, %ebx	# _152, hdr
# platform-c/dom0/netback.c:238: 	if (v->rx_cons == prod)
	cmpl	%eax, %edi	# _193, prod
# platform-c/dom0/netback.c:235: 	u32 prod = v->rx->req_prod, hdr = skb->data - skb->mac.raw, linear, at, i, rsp;
	movl	%ebx, -24(%ebp)	# hdr, %sfp
# platform-c/dom0/netback.c:238: 	if (v->rx_cons == prod)
	je	.L100	#,
# platform-c/dom0/netback.c:240: 	if (prod - v->rx_cons > NET_RING_SIZE)
	movl	%edi, %edx	# prod, tmp402
	subl	%eax, %edx	# _193, tmp402
# platform-c/dom0/netback.c:240: 	if (prod - v->rx_cons > NET_RING_SIZE)
	cmpl	$256, %edx	#, tmp402
	jbe	.L50	#,
# platform-c/dom0/netback.c:241: 		v->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%edi), %eax	#, _193
.L50:
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movl	-16(%ebp), %ebx	# %sfp, tmp404
	leal	1(%eax), %edx	#, tmp407
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzbl	%al, %eax	# _193, _198
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	sall	$5, %ebx	#, tmp404
	movl	%edx, vifs+24(%ebx)	# tmp407, MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx_cons
	movl	%ebx, -36(%ebp)	# tmp404, %sfp
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	66(%ecx,%eax,8), %edi	# MEM <u16> [(struct netif_rx_ring *)_342 + 66B], req$gref
	movzwl	64(%ecx,%eax,8), %ebx	# MEM <u16> [(struct netif_rx_ring *)_342 + 64B], req$id
# platform-c/dom0/netback.c:243: 	linear = hdr + skb->len - skb->data_len;
	movl	96(%esi), %edx	# iftmp.39_153->len, _202
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movl	%edi, -40(%ebp)	# req$gref, %sfp
# platform-c/dom0/netback.c:243: 	linear = hdr + skb->len - skb->data_len;
	movl	-24(%ebp), %edi	# %sfp, hdr
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movl	%ebx, -28(%ebp)	# req$id, %sfp
# platform-c/dom0/netback.c:246: 	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, (u32)skb->mac.raw, linear)) {
	movl	66(%ecx,%eax,8), %ebx	# MEM <unsigned int> [(union netif_rx_entry *)_224 + 2B], _213
# platform-c/dom0/netback.c:242: 	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	movzwl	68(%ecx,%eax,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_342 + 68B], req$offset
	movl	%eax, -20(%ebp)	# req$offset, %sfp
# platform-c/dom0/netback.c:243: 	linear = hdr + skb->len - skb->data_len;
	leal	(%edi,%edx), %eax	#, _203
	movl	%eax, -24(%ebp)	# _203, %sfp
# platform-c/dom0/netback.c:243: 	linear = hdr + skb->len - skb->data_len;
	movl	100(%esi), %eax	# iftmp.39_153->data_len, _204
# platform-c/dom0/netback.c:245: 	if (hdr > 64 || skb->data_len > skb->len || status > NET_RX_BUFFER || sh->nr_frags > MAX_SKB_FRAGS ||
	cmpl	%eax, %edx	# _204, _202
	setb	%dl	#, tmp411
# platform-c/dom0/netback.c:245: 	if (hdr > 64 || skb->data_len > skb->len || status > NET_RX_BUFFER || sh->nr_frags > MAX_SKB_FRAGS ||
	cmpl	$64, %edi	#, hdr
	seta	%cl	#, tmp413
# platform-c/dom0/netback.c:245: 	if (hdr > 64 || skb->data_len > skb->len || status > NET_RX_BUFFER || sh->nr_frags > MAX_SKB_FRAGS ||
	orb	%dl, %cl	# tmp411, tmp501
	jne	.L54	#,
	cmpl	$2048, -24(%ebp)	#, %sfp
	jle	.L51	#,
.L54:
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	movl	$-1, -24(%ebp)	#, %sfp
.L53:
# platform-c/dom0/netback.c:261: 	rsp = v->rx->rsp_prod;
	movl	-16(%ebp), %ebx	# %sfp, i
# platform-c/dom0/netback.c:262: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-28(%ebp), %ecx	# %sfp, tmp607
# platform-c/dom0/netback.c:292: 		nb_rx_packets++;
	incl	nb_rx_packets	# nb_rx_packets
# platform-c/dom0/netback.c:261: 	rsp = v->rx->rsp_prod;
	sall	$5, %ebx	#, i
	movl	vifs+16(%ebx), %edi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _239
# platform-c/dom0/netback.c:261: 	rsp = v->rx->rsp_prod;
	movl	4(%edi), %edx	# _239->rsp_prod, rsp
# platform-c/dom0/netback.c:262: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%dl, %eax	# rsp, _241
# platform-c/dom0/netback.c:266: 	v->rx->rsp_prod = rsp + 1;
	incl	%edx	# tmp472
# platform-c/dom0/netback.c:262: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp452
	movw	%cx, (%edi,%eax,8)	# tmp607, _239->ring[_241].rsp.id
# platform-c/dom0/netback.c:263: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-20(%ebp), %ecx	# %sfp, tmp608
# platform-c/dom0/netback.c:263: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	vifs+16(%ebx), %edi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _242
# platform-c/dom0/netback.c:263: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%cx, 2(%edi,%eax,8)	# tmp608, _242->ring[_241].rsp.offset
# platform-c/dom0/netback.c:264: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	-24(%ebp), %ecx	# %sfp, tmp638
# platform-c/dom0/netback.c:264: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	vifs+16(%ebx), %edi	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _243
# platform-c/dom0/netback.c:264: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	%cx, 4(%edi,%eax,8)	# tmp638, _243->ring[_241].rsp.status
# platform-c/dom0/netback.c:265: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movl	vifs+16(%ebx), %ecx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _246
# platform-c/dom0/netback.c:265: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movw	$0, 6(%ecx,%eax,8)	#, _246->ring[_241].rsp.flags
# platform-c/dom0/netback.c:266: 	v->rx->rsp_prod = rsp + 1;
	movl	vifs+16(%ebx), %eax	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].rx, _247
# platform-c/dom0/netback.c:266: 	v->rx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# tmp472, _247->rsp_prod
# platform-c/dom0/netback.c:267: 	v->notify = 1;
	movl	$1, %eax	#,
	movl	%eax, vifs+28(%ebx)	#, MEM <struct vif[64]> [(struct vif *)&vifs][i_345].notify
# platform-c/dom0/netback.c:293: 		dev_kfree_skb_any(skb);
	movl	%esi, %eax	# rx_waiting.40_149,
	call	dev_kfree_skb_any	#
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	movl	rx_waiting, %esi	# rx_waiting, rx_waiting.40_149
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	testl	%esi, %esi	# rx_waiting.40_149
	jne	.L101	#,
.L41:
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	call	backlog_dequeue	#
# platform-c/dom0/netback.c:279: 		rx_waiting = NULL;
	xorl	%edi, %edi	#
	movl	%edi, rx_waiting	#, rx_waiting
# platform-c/dom0/netback.c:280: 		if (!skb)
	testl	%eax, %eax	# rx_waiting.40_149
# platform-c/dom0/netback.c:276: 		struct sk_buff *skb = rx_waiting ? rx_waiting : backlog_dequeue();
	movl	%eax, %esi	# tmp493, rx_waiting.40_149
# platform-c/dom0/netback.c:280: 		if (!skb)
	jne	.L42	#,
	.p2align 4
	.p2align 3
.L43:
# platform-c/dom0/netback.c:311: 	tx_dealloc();
	call	tx_dealloc	#
# platform-c/dom0/netback.c:312: 	for (i = 0; i < nr_vifs; i++) {
	movl	nr_vifs, %eax	# nr_vifs,
# platform-c/dom0/netback.c:312: 	for (i = 0; i < nr_vifs; i++) {
	xorl	%esi, %esi	# i
	movl	$vifs+28, %ebx	#, ivtmp.112
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %edi	#, tmp484
# platform-c/dom0/netback.c:312: 	for (i = 0; i < nr_vifs; i++) {
	testl	%eax, %eax	#
	je	.L62	#,
	.p2align 4
	.p2align 3
.L61:
# platform-c/dom0/netback.c:313: 		if (vifs[i].notify) {
	movl	(%ebx), %eax	# MEM[(unsigned int *)_387],
	testl	%eax, %eax	#
	je	.L60	#,
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
	movl	-28(%ebx), %edx	# MEM[(unsigned int *)_387 + 4294967268B], MEM[(unsigned int *)_387 + 4294967268B]
	movl	$4, %eax	#,
# platform-c/dom0/netback.c:314: 			vifs[i].notify = 0;
	movl	$0, (%ebx)	#, MEM[(unsigned int *)_387]
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	call	*%edi	# tmp484
.L60:
# platform-c/dom0/netback.c:312: 	for (i = 0; i < nr_vifs; i++) {
	incl	%esi	# i
# platform-c/dom0/netback.c:312: 	for (i = 0; i < nr_vifs; i++) {
	addl	$32, %ebx	#, ivtmp.112
	cmpl	nr_vifs, %esi	# nr_vifs, i
	jb	.L61	#,
.L62:
# platform-c/dom0/netback.c:319: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	rx_waiting, %eax	# rx_waiting,
	testl	%eax, %eax	#
	je	.L102	#,
.L58:
# platform-c/dom0/netback.c:320: 		softirq_pending = 1;
	movl	$1, %eax	#,
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/netback.c:321: }
	addl	$48, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L95:
# platform-c/dom0/netback.c:137: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.18_68
# platform-c/dom0/netback.c:137: 		pending_free[nr_pending_free++] = slot;
	movl	-20(%ebp), %edi	# %sfp, tmp544
# platform-c/dom0/netback.c:138: 		nb_bad_requests++;
	incl	nb_bad_requests	# nb_bad_requests
# platform-c/dom0/netback.c:137: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp317
	movl	%edx, nr_pending_free	# tmp317, nr_pending_free
# platform-c/dom0/netback.c:137: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp544, pending_free[nr_pending_free.18_68]
.L92:
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	movl	12(%ebx), %ecx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _104
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movl	-16(%ebp), %edi	# %sfp, tmp556
# platform-c/dom0/netback.c:93: 	u32 rsp = v->tx->rsp_prod;
	movl	4(%ecx), %eax	#, rsp
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	movzbl	%al, %edx	# rsp, _106
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	incl	%eax	# tmp346
# platform-c/dom0/netback.c:95: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	addl	$8, %edx	#, tmp344
	movw	%di, (%ecx,%edx,8)	# tmp556,* _104
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	12(%ebx), %ecx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _107
# platform-c/dom0/netback.c:96: 	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movw	$-1, 2(%ecx,%edx,8)	#,
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	12(%ebx), %edx	# MEM <struct netif_tx_ring *> [(struct vif *)_1 + 12B], _108
# platform-c/dom0/netback.c:97: 	v->tx->rsp_prod = rsp + 1;
	movl	%eax, 4(%edx)	# tmp346,
# platform-c/dom0/netback.c:98: 	v->notify = 1;
	movl	$1, 28(%ebx)	#, MEM <u32> [(struct vif *)_1 + 28B]
# platform-c/dom0/netback.c:177: 	while (deferred_head != deferred_tail) {
	movl	deferred_head, %eax	# deferred_head, prephitmp_397
	movl	%eax, -28(%ebp)	# prephitmp_397, %sfp
	movl	deferred_tail, %eax	# deferred_tail, prephitmp_400
	movl	%eax, -20(%ebp)	# prephitmp_400, %sfp
# platform-c/dom0/netback.c:152: 		return;
	jmp	.L31	#
	.p2align 4,,10
	.p2align 3
.L99:
	movl	-16(%ebp), %esi	# %sfp, rx_waiting.40_149
.L44:
# platform-c/dom0/netback.c:284: 			nb_rx_dropped++;
	incl	nb_rx_dropped	# nb_rx_dropped
# platform-c/dom0/netback.c:285: 			dev_kfree_skb_any(skb);
	movl	%esi, %eax	# rx_waiting.40_149,
	call	dev_kfree_skb_any	#
# platform-c/dom0/netback.c:286: 			continue;
	jmp	.L39	#
	.p2align 4,,10
	.p2align 3
.L25:
# platform-c/dom0/netback.c:210: 	while (v->tx_cons != prod && nr_pending_free &&
	cmpl	%edx, -44(%ebp)	# _35, %sfp
	jne	.L26	#,
	.p2align 4,,8
	jmp	.L27	#
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
	xorl	%edi, %edi	#
	movl	%esi, %edx	# va,
	movl	%edi, 4(%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$-1057030144, %edi	#, tmp552
	movl	$6, %eax	#,
	call	*%edi	# tmp552
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	kboot+12, %edx	# kboot.lowmem,
	movl	nb_area, %eax	# nb_area, nb_area
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	movl	-20(%ebp), %edi	# %sfp, slot
# platform-c/dom0/netback.c:150: 		nb_tx_errors++;
	incl	nb_tx_errors	# nb_tx_errors
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	subl	%edx, %eax	#, tmp333
# platform-c/dom0/netback.c:148: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	kboot+4, %edx	# kboot.first_pfn, tmp340
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	shrl	$12, %eax	#, tmp335
# platform-c/dom0/netback.c:88: 	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
	addl	%edi, %eax	# slot, _97
# platform-c/dom0/netback.c:148: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	addl	%eax, %edx	# _97, tmp340
# platform-c/dom0/netback.c:148: 		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
	movl	%edx, p2m(,%eax,4)	# tmp340, p2m[_97]
# platform-c/dom0/netback.c:149: 		pending_free[nr_pending_free++] = slot;
	movl	nr_pending_free, %eax	# nr_pending_free, nr_pending_free.23_99
# platform-c/dom0/netback.c:149: 		pending_free[nr_pending_free++] = slot;
	movw	%di, pending_free(%eax,%eax)	# tmp555, pending_free[nr_pending_free.23_99]
# platform-c/dom0/netback.c:149: 		pending_free[nr_pending_free++] = slot;
	leal	1(%eax), %edx	#, tmp342
	movl	%edx, nr_pending_free	# tmp342, nr_pending_free
	jmp	.L92	#
	.p2align 4,,10
	.p2align 3
.L100:
# platform-c/dom0/netback.c:289: 			rx_waiting = skb;
	movl	%esi, rx_waiting	# rx_waiting.40_149, rx_waiting
# platform-c/dom0/netback.c:290: 			return;
	jmp	.L43	#
.L51:
# platform-c/dom0/netback.c:245: 	if (hdr > 64 || skb->data_len > skb->len || status > NET_RX_BUFFER || sh->nr_frags > MAX_SKB_FRAGS ||
	movl	-32(%ebp), %edi	# %sfp, sh
	cmpw	$18, 4(%edi)	#, sh_186->nr_frags
	ja	.L54	#,
# platform-c/dom0/netback.c:243: 	linear = hdr + skb->len - skb->data_len;
	movl	-24(%ebp), %ecx	# %sfp, linear
	subl	%eax, %ecx	# _204, linear
	movl	%ecx, -48(%ebp)	# linear, %sfp
	movl	%ecx, %eax	# linear, linear
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	-36(%ebp), %ecx	# %sfp, tmp404
	movl	%eax, 4(%esp)	# linear,
	movl	36(%esi), %eax	# iftmp.39_153->mac.raw, iftmp.39_153->mac.raw
	movl	vifs(%ecx), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].domid, MEM <struct vif[64]> [(struct vif *)&vifs][i_345].domid
	movl	%ebx, %ecx	# _213,
	movl	$-1057030144, %ebx	#, tmp423
	movl	%eax, (%esp)	# iftmp.39_153->mac.raw,
	movl	$7, %eax	#,
	call	*%ebx	# tmp423
# platform-c/dom0/netback.c:245: 	if (hdr > 64 || skb->data_len > skb->len || status > NET_RX_BUFFER || sh->nr_frags > MAX_SKB_FRAGS ||
	testl	%eax, %eax	# tmp494
	jne	.L54	#,
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	movl	$0, -44(%ebp)	#, %sfp
	movl	%edi, %eax	# sh, sh
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	cmpw	$0, 4(%eax)	#, sh_186->nr_frags
	leal	20(%edi), %edi	#, ivtmp.116
	je	.L93	#,
	movl	%esi, -52(%ebp)	# rx_waiting.40_149, %sfp
	movl	-48(%ebp), %ebx	# %sfp, linear
	jmp	.L56	#
	.p2align 4,,10
	.p2align 3
.L104:
# platform-c/dom0/netback.c:258: 			at += sh->frags[i].size;
	movl	8(%edi), %eax	# MEM[(unsigned int *)_380 + 8B],
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	addl	$12, %edi	#, ivtmp.116
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	incl	-44(%ebp)	# %sfp
# platform-c/dom0/netback.c:258: 			at += sh->frags[i].size;
	addl	%eax, %ebx	#, linear
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	movl	-32(%ebp), %eax	# %sfp, sh
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	movl	-44(%ebp), %ecx	# %sfp, i
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	movzwl	4(%eax), %eax	# sh_186->nr_frags, sh_186->nr_frags
# platform-c/dom0/netback.c:249: 		for (i = 0, at = linear; i < sh->nr_frags; i++) {
	cmpl	%eax, %ecx	# sh_186->nr_frags, i
	jnb	.L103	#,
.L56:
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-20(%ebp), %eax	# %sfp, req$offset
# platform-c/dom0/netback.c:251: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	kboot, %edx	# kboot.mem_map,
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	kboot+12, %esi	# kboot.lowmem,
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	leal	(%eax,%ebx), %ecx	#, tmp425
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	-40(%ebp), %eax	# %sfp, req$gref
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	sall	$16, %ecx	#, tmp426
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	orl	%eax, %ecx	# req$gref, tmp427
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	8(%edi), %eax	# MEM[(unsigned int *)_380 + 8B], MEM[(unsigned int *)_380 + 8B]
	movl	%eax, 4(%esp)	# MEM[(unsigned int *)_380 + 8B],
# platform-c/dom0/netback.c:251: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	movl	(%edi), %eax	# MEM[(struct page * *)_380], MEM[(struct page * *)_380]
	subl	%edx, %eax	#, tmp434
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	movl	4(%edi), %edx	# MEM[(unsigned int *)_380 + 4B], MEM[(unsigned int *)_380 + 4B]
# platform-c/dom0/netback.c:251: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %eax	#, tmp436
# platform-c/dom0/netback.c:251: 			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %eax	#, tmp437
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%esi, %edx	#, tmp439
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %esi	#, tmp602
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	addl	%edx, %eax	# tmp439, tmp442
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%eax, (%esp)	# tmp442,
	movl	-36(%ebp), %eax	# %sfp, tmp404
	movl	vifs(%eax), %edx	# MEM <struct vif[64]> [(struct vif *)&vifs][i_345].domid,
	movl	$7, %eax	#,
	call	*%esi	# tmp602
# platform-c/dom0/netback.c:253: 			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
	testl	%eax, %eax	# tmp495
	je	.L104	#,
	movl	-52(%ebp), %esi	# %sfp, rx_waiting.40_149
	jmp	.L54	#
.L102:
# platform-c/dom0/netback.c:319: 	if (rx_waiting || deferred_head != deferred_tail)
	movl	deferred_tail, %eax	# deferred_tail, tmp609
	cmpl	%eax, deferred_head	# tmp609, deferred_head
	jne	.L58	#,
# platform-c/dom0/netback.c:321: }
	addl	$48, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L103:
# platform-c/dom0/netback.c:264: 	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	movl	-52(%ebp), %esi	# %sfp, rx_waiting.40_149
.L93:
	movswl	-24(%ebp), %eax	# %sfp, _406
	movl	%eax, -24(%ebp)	# _406, %sfp
	jmp	.L53	#
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
# platform-c/dom0/netback.c:325: {
	movl	%eax, %esi	# handler, tmp91
# platform-c/dom0/netback.c:327: 	int r = h(irq, (void *)dev_id);
	movl	%ebx, %eax	# irq,
	call	*%esi	# tmp91
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ebx, %edx	# irq,
	xorl	%ecx, %ecx	#
	movl	$0, (%esp)	#,
	movl	$-1057030144, %ebx	#, tmp89
# platform-c/dom0/netback.c:327: 	int r = h(irq, (void *)dev_id);
	movl	%eax, %esi	# tmp94, <retval>
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	$8, %eax	#,
	call	*%ebx	# tmp89
# platform-c/dom0/netback.c:331: }
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
