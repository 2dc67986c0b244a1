	.file	"netfront.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	netfront_init
	.type	netfront_init, @function
netfront_init:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp122, mode
# platform-c/guest/netfront.c:42: 	if ((mode != MODE_TWIN && mode != MODE_SPLIT) || (tx_area | rx_area) & ~PAGE_MASK)
	decl	%eax	# tmp101
# platform-c/guest/netfront.c:39: {
	subl	$8, %esp	#,
# platform-c/guest/netfront.c:42: 	if ((mode != MODE_TWIN && mode != MODE_SPLIT) || (tx_area | rx_area) & ~PAGE_MASK)
	cmpl	$1, %eax	#, tmp101
	ja	.L7	#,
	movl	%edx, %edi	# tmp123, tx_area
# platform-c/guest/netfront.c:42: 	if ((mode != MODE_TWIN && mode != MODE_SPLIT) || (tx_area | rx_area) & ~PAGE_MASK)
	orl	%ecx, %edx	# rx_area, tmp102
# platform-c/guest/netfront.c:42: 	if ((mode != MODE_TWIN && mode != MODE_SPLIT) || (tx_area | rx_area) & ~PAGE_MASK)
	andl	$4095, %edx	#, i
	jne	.L7	#,
# platform-c/guest/netfront.c:45: 	nf_tx_area = tx_area;
	movl	%edi, nf_tx_area	# tx_area, nf_tx_area
# platform-c/guest/netfront.c:47: 	for (i = 0; i < BUFS / 2; i++) {
	xorl	%eax, %eax	# i
# platform-c/guest/netfront.c:52: 		gnttab[TX_GREF0 + i].frame = tx_area + i * PAGE_SIZE;
	subl	%ecx, %edi	# ivtmp.63, tmp108
# platform-c/guest/netfront.c:44: 	nf_mode = mode;
	movl	%ebx, nf_mode	# mode, nf_mode
# platform-c/guest/netfront.c:46: 	nf_rx_area = rx_area;
	movl	%ecx, nf_rx_area	# rx_area, nf_rx_area
	.p2align 4
	.p2align 3
.L3:
# platform-c/guest/netfront.c:49: 		gnttab[i].frame = rx_area + i * PAGE_SIZE;
	movl	%ecx, gnttab+4(,%eax,8)	# ivtmp.63, MEM[(unsigned int *)&gnttab + 4B + i_51 * 8]
# platform-c/guest/netfront.c:48: 		gnttab[i].domid = DOMID_DOM0;
	xorl	%esi, %esi	#
	movw	%si, gnttab+2(,%eax,8)	#, MEM[(short unsigned int *)&gnttab + 2B + i_51 * 8]
# platform-c/guest/netfront.c:50: 		gnttab[i].flags = GTF_permit_access;
	movl	$1, %esi	#,
	movw	%si, gnttab(,%eax,8)	#, MEM[(short unsigned int *)&gnttab + i_51 * 8]
# platform-c/guest/netfront.c:51: 		gnttab[TX_GREF0 + i].domid = DOMID_DOM0;
	xorl	%esi, %esi	#
	movw	%si, gnttab+1026(,%eax,8)	#, MEM[(short unsigned int *)&gnttab + 1026B + i_51 * 8]
# platform-c/guest/netfront.c:52: 		gnttab[TX_GREF0 + i].frame = tx_area + i * PAGE_SIZE;
	leal	(%edi,%ecx), %esi	#, tmp109
# platform-c/guest/netfront.c:47: 	for (i = 0; i < BUFS / 2; i++) {
	addl	$4096, %ecx	#, ivtmp.63
# platform-c/guest/netfront.c:52: 		gnttab[TX_GREF0 + i].frame = tx_area + i * PAGE_SIZE;
	movl	%esi, gnttab+1028(,%eax,8)	# tmp109, MEM[(unsigned int *)&gnttab + 1028B + i_51 * 8]
# platform-c/guest/netfront.c:53: 		gnttab[TX_GREF0 + i].flags = GTF_permit_access | GTF_readonly;
	movl	$5, %esi	#,
	movw	%si, gnttab+1024(,%eax,8)	#, MEM[(short unsigned int *)&gnttab + 1024B + i_51 * 8]
# platform-c/guest/netfront.c:47: 	for (i = 0; i < BUFS / 2; i++) {
	incl	%eax	# i
# platform-c/guest/netfront.c:47: 	for (i = 0; i < BUFS / 2; i++) {
	cmpl	$128, %eax	#, i
	jne	.L3	#,
	.p2align 4
	.p2align 3
.L4:
	movzwl	%dx, %eax	# i, _16
# platform-c/guest/netfront.c:57: 		rx_ring.ring[i].req.gref = i / 2;
	movl	%edx, %ecx	# i, tmp113
# platform-c/guest/netfront.c:56: 		rx_ring.ring[i].req.id = i;
	movw	%ax, rx_ring+64(,%edx,8)	# _16, MEM <u16> [(union netif_rx_entry *)&rx_ring + 64B + i_52 * 8]
# platform-c/guest/netfront.c:57: 		rx_ring.ring[i].req.gref = i / 2;
	shrl	%ecx	# tmp113
# platform-c/guest/netfront.c:58: 		rx_ring.ring[i].req.offset = (i & 1) * NET_RX_BUFFER;
	andl	$1, %eax	#, tmp115
# platform-c/guest/netfront.c:57: 		rx_ring.ring[i].req.gref = i / 2;
	movw	%cx, rx_ring+66(,%edx,8)	# tmp113, MEM <u16> [(union netif_rx_entry *)&rx_ring + 66B + i_52 * 8]
# platform-c/guest/netfront.c:58: 		rx_ring.ring[i].req.offset = (i & 1) * NET_RX_BUFFER;
	sall	$11, %eax	#, tmp117
	movw	%ax, rx_ring+68(,%edx,8)	# tmp117, MEM <u16> [(union netif_rx_entry *)&rx_ring + 68B + i_52 * 8]
# platform-c/guest/netfront.c:55: 	for (i = 0; i < BUFS; i++) {
	incl	%edx	# i
# platform-c/guest/netfront.c:55: 	for (i = 0; i < BUFS; i++) {
	cmpl	$256, %edx	#, i
	jne	.L4	#,
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
# platform-c/guest/netfront.c:60: 	nf_rx_prod = BUFS;
	movl	$256, %eax	#,
	movl	%eax, nf_rx_prod	#, nf_rx_prod
# platform-c/guest/netfront.c:61: 	rx_ring.req_prod = nf_rx_prod;
	movl	$256, %edx	#,
# platform-c/guest/netfront.c:62: 	if (mode == MODE_TWIN)
	decl	%ebx	# mode
# platform-c/guest/netfront.c:61: 	rx_ring.req_prod = nf_rx_prod;
	movl	%edx, rx_ring	#, rx_ring.req_prod
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, 4(%esp)	#,
# platform-c/guest/netfront.c:62: 	if (mode == MODE_TWIN)
	je	.L12	#,
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
	xorl	%ecx, %ecx	#
	movl	$gnttab, %edx	#,
	movl	$9, %eax	#,
	movl	$-1057030144, %ebx	#, tmp120
	call	*%ebx	# tmp120
.L1:
# platform-c/guest/netfront.c:65: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L12:
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$gnttab, (%esp)	#,
	movl	$-1057030144, %ebx	#, tmp119
	movl	$rx_ring, %ecx	#,
	movl	$tx_ring, %edx	#,
	movl	$1, %eax	#,
	call	*%ebx	# tmp119
# platform-c/guest/netfront.c:65: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L7:
# platform-c/guest/netfront.c:43: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L1	#
	.size	netfront_init, .-netfront_init
	.p2align 4
	.globl	netfront_xmit
	.type	netfront_xmit, @function
netfront_xmit:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp174, id
	subl	$16, %esp	#,
# platform-c/guest/netfront.c:77: 	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME || flags > 0xffff)
	cmpl	$255, %eax	#, id
	ja	.L20	#,
# platform-c/guest/netfront.c:77: 	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME || flags > 0xffff)
	cmpb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_25(D)]
	jne	.L20	#,
# platform-c/guest/netfront.c:77: 	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME || flags > 0xffff)
	cmpl	$1514, %edx	#, len
	movl	%edx, %eax	# tmp175, len
	ja	.L20	#,
	cmpl	$65535, %ecx	#, flags
	ja	.L20	#,
# platform-c/guest/netfront.c:79: 	req.gref = TX_GREF0 + id / 2;
	movl	%ebx, %edx	# id, tmp112
# platform-c/guest/netfront.c:80: 	req.offset = (id & 1) * NET_RX_BUFFER;
	movl	%ebx, %edi	# id, tmp115
# platform-c/guest/netfront.c:79: 	req.gref = TX_GREF0 + id / 2;
	shrl	%edx	# tmp112
# platform-c/guest/netfront.c:80: 	req.offset = (id & 1) * NET_RX_BUFFER;
	andl	$1, %edi	#, tmp115
# platform-c/guest/netfront.c:79: 	req.gref = TX_GREF0 + id / 2;
	subl	$-128, %edx	#, tmp114
# platform-c/guest/netfront.c:82: 	req.size = len;
	movzwl	%ax, %eax	# len, _11
# platform-c/guest/netfront.c:80: 	req.offset = (id & 1) * NET_RX_BUFFER;
	sall	$11, %edi	#, _10
# platform-c/guest/netfront.c:83: 	req.flags = flags;
	movzwl	%cx, %ecx	# flags, _12
# platform-c/guest/netfront.c:86: 	if (nf_mode == MODE_TWIN) {
	cmpl	$1, nf_mode	#, nf_mode
# platform-c/guest/netfront.c:79: 	req.gref = TX_GREF0 + id / 2;
	movzwl	%dx, %edx	# tmp114, _7
# platform-c/guest/netfront.c:82: 	req.size = len;
	movl	%eax, -16(%ebp)	# _11, %sfp
# platform-c/guest/netfront.c:80: 	req.offset = (id & 1) * NET_RX_BUFFER;
	movzwl	%bx, %esi	# id, _8
# platform-c/guest/netfront.c:83: 	req.flags = flags;
	movl	%ecx, -20(%ebp)	# _12, %sfp
# platform-c/guest/netfront.c:85: 	nf_tx_busy[id] = 1;
	movb	$1, nf_tx_busy(%ebx)	#, nf_tx_busy[id_25(D)]
# platform-c/guest/netfront.c:86: 	if (nf_mode == MODE_TWIN) {
	je	.L25	#,
# platform-c/guest/netfront.c:94: 		if (nf_tx_prod - nf_tx_rsp_cons >= BUFS) {
	movl	nf_tx_prod, %ecx	# nf_tx_prod, nf_tx_prod.7_15
	movl	%ecx, %eax	# nf_tx_prod.7_15, tmp127
	subl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, tmp127
# platform-c/guest/netfront.c:94: 		if (nf_tx_prod - nf_tx_rsp_cons >= BUFS) {
	cmpl	$255, %eax	#, tmp127
	ja	.L26	#,
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movl	-16(%ebp), %eax	# %sfp, tmp187
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movzbl	%cl, %ebx	# nf_tx_prod.7_15, _18
# platform-c/guest/netfront.c:99: 		tx_ring.req_prod = ++nf_tx_prod;
	incl	%ecx	# _19
# platform-c/guest/netfront.c:99: 		tx_ring.req_prod = ++nf_tx_prod;
	movl	%ecx, nf_tx_prod	# _19, nf_tx_prod
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	leal	(%ebx,%ebx,2), %ebx	#, tmp132
# platform-c/guest/netfront.c:99: 		tx_ring.req_prod = ++nf_tx_prod;
	movl	%ecx, tx_ring	# _19, tx_ring.req_prod
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	leal	tx_ring(,%ebx,4), %ebx	#, tmp134
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movw	%dx, 64(%ebx)	# _7, tx_ring.ring[_18].req.gref
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%edx, %edx	#
# platform-c/guest/netfront.c:98: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movw	%ax, 70(%ebx)	# tmp187, tx_ring.ring[_18].req.size
	movl	-20(%ebp), %eax	# %sfp, tmp185
	movw	%di, 66(%ebx)	# _10, tx_ring.ring[_18].req.offset
	movw	%si, 68(%ebx)	# _8, tx_ring.ring[_18].req.id
	movw	$0, 74(%ebx)	#, tx_ring.ring[_18].req.pad
	movw	%ax, 72(%ebx)	# tmp185, tx_ring.ring[_18].req.flags
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	$-1057030144, %ebx	#, tmp172
	movl	%eax, 4(%esp)	#,
	movl	$4, %eax	#,
	movl	$0, (%esp)	#,
	call	*%ebx	# tmp172
.L16:
# platform-c/guest/netfront.c:102: 	nf_tx_sent++;
	incl	nf_tx_sent	# nf_tx_sent
# platform-c/guest/netfront.c:103: 	return 0;
	xorl	%eax, %eax	# <retval>
.L13:
# platform-c/guest/netfront.c:104: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L25:
# platform-c/guest/netfront.c:87: 		nf_req = req;
	movw	%dx, nf_req	# _7, nf_req.gref
	movl	-16(%ebp), %eax	# %sfp, tmp188
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%edx, %edx	#
# platform-c/guest/netfront.c:87: 		nf_req = req;
	movw	%si, nf_req+4	# _8, nf_req.id
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
	movl	$-1057030144, %esi	#, tmp125
# platform-c/guest/netfront.c:87: 		nf_req = req;
	movw	%di, nf_req+2	# _10, nf_req.offset
	movw	%ax, nf_req+6	# tmp188, nf_req.size
	movl	-20(%ebp), %eax	# %sfp, tmp182
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%edx, 4(%esp)	#,
	movl	$nf_req, %edx	#,
	movl	$0, (%esp)	#,
# platform-c/guest/netfront.c:87: 		nf_req = req;
	movw	%ax, nf_req+8	# tmp182, nf_req.flags
	xorl	%eax, %eax	#
	movw	%ax, nf_req+10	#, nf_req.pad
# platform-c/include/twin/abi.h:202: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$2, %eax	#,
	call	*%esi	# tmp125
# platform-c/guest/netfront.c:89: 		if (r) {
	testl	%eax, %eax	# <retval>
	je	.L16	#,
# platform-c/guest/netfront.c:90: 			nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%ebx)	#, nf_tx_busy[id_25(D)]
# platform-c/guest/netfront.c:104: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L20:
# platform-c/guest/netfront.c:78: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L13	#
.L26:
# platform-c/guest/netfront.c:95: 			nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%ebx)	#, nf_tx_busy[id_25(D)]
# platform-c/guest/netfront.c:96: 			return HC_EBUSY;
	movl	$-16, %eax	#, <retval>
	jmp	.L13	#
	.size	netfront_xmit, .-netfront_xmit
	.p2align 4
	.globl	netfront_irq
	.type	netfront_irq, @function
netfront_irq:
	pushl	%ebp	#
# platform-c/guest/netfront.c:111: 	while (nf_tx_rsp_cons != prod) {
	movl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, nf_tx_rsp_cons.17_70
# platform-c/guest/netfront.c:108: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/guest/netfront.c:109: 	u32 prod = tx_ring.rsp_prod;
	movl	tx_ring+4, %ebx	# tx_ring.rsp_prod, prod
	.p2align 4
	.p2align 3
.L46:
# platform-c/guest/netfront.c:111: 	while (nf_tx_rsp_cons != prod) {
	cmpl	%eax, %ebx	# nf_tx_rsp_cons.17_70, prod
	je	.L47	#,
.L28:
# platform-c/guest/netfront.c:112: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	leal	1(%eax), %edx	#, _2
# platform-c/guest/netfront.c:112: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movzbl	%al, %eax	# nf_tx_rsp_cons.17_70, nf_tx_rsp_cons.17_70
# platform-c/guest/netfront.c:112: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movl	%edx, nf_tx_rsp_cons	# _2, nf_tx_rsp_cons
# platform-c/guest/netfront.c:112: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	leal	(%eax,%eax,2), %eax	#, tmp128
# platform-c/guest/netfront.c:112: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movzwl	tx_ring+64(,%eax,4), %eax	# tx_ring.ring[_3].rsp.id, id
# platform-c/guest/netfront.c:114: 		if (id >= BUFS || !nf_tx_busy[id]) {
	cmpl	$255, %eax	#, id
	ja	.L31	#,
# platform-c/guest/netfront.c:114: 		if (id >= BUFS || !nf_tx_busy[id]) {
	cmpb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_58]
	je	.L31	#,
# platform-c/guest/netfront.c:119: 		nf_tx_done++;
	incl	nf_tx_done	# nf_tx_done
# platform-c/guest/netfront.c:118: 		nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_58]
# platform-c/guest/netfront.c:120: 		__svc_guest_tx_done(id);
	call	__svc_guest_tx_done	#
# platform-c/guest/netfront.c:111: 	while (nf_tx_rsp_cons != prod) {
	movl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, nf_tx_rsp_cons.17_70
	cmpl	%eax, %ebx	# nf_tx_rsp_cons.17_70, prod
	jne	.L28	#,
.L47:
# platform-c/guest/netfront.c:122: 	prod = rx_ring.rsp_prod;
	movl	rx_ring+4, %esi	# rx_ring.rsp_prod, prod
# platform-c/guest/netfront.c:123: 	while (nf_rx_rsp_cons != prod) {
	movl	nf_rx_rsp_cons, %eax	# nf_rx_rsp_cons, nf_rx_rsp_cons.28_65
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_65, prod
	jne	.L29	#,
	jmp	.L30	#
	.p2align 4,,10
	.p2align 3
.L35:
# platform-c/guest/netfront.c:131: 		if (rsp.status > 0 && rsp.status <= NET_RX_BUFFER) {
	leal	-1(%edi), %eax	#, tmp143
# platform-c/guest/netfront.c:131: 		if (rsp.status > 0 && rsp.status <= NET_RX_BUFFER) {
	cmpw	$2047, %ax	#, tmp143
	jbe	.L48	#,
# platform-c/guest/netfront.c:135: 			nf_rx_errors++;
	incl	nf_rx_errors	# nf_rx_errors
	movl	%edx, %eax	# _13, nf_rx_rsp_cons.28_65
.L38:
# platform-c/guest/netfront.c:138: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	movl	nf_rx_prod, %edx	# nf_rx_prod, nf_rx_prod.24_29
# platform-c/guest/netfront.c:139: 		rx_ring.ring[nf_rx_prod % BUFS].req.gref = id / 2;
	movl	%ebx, %edi	# rsp$id, tmp152
	shrl	%edi	# tmp152
# platform-c/guest/netfront.c:138: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	movzbl	%dl, %ecx	# nf_rx_prod.24_29, _30
# platform-c/guest/netfront.c:141: 		nf_rx_prod++;
	incl	%edx	# tmp158
	movl	%edx, nf_rx_prod	# tmp158, nf_rx_prod
# platform-c/guest/netfront.c:138: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	addl	$8, %ecx	#, tmp149
	movw	%bx, rx_ring(,%ecx,8)	# rsp$id, rx_ring.ring[_30].req.id
# platform-c/guest/netfront.c:140: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	andl	$1, %ebx	#, tmp155
# platform-c/guest/netfront.c:139: 		rx_ring.ring[nf_rx_prod % BUFS].req.gref = id / 2;
	movw	%di, rx_ring+2(,%ecx,8)	# tmp152, rx_ring.ring[_30].req.gref
# platform-c/guest/netfront.c:140: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	sall	$11, %ebx	#, tmp157
# platform-c/guest/netfront.c:123: 	while (nf_rx_rsp_cons != prod) {
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_65, prod
# platform-c/guest/netfront.c:140: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	movw	%bx, rx_ring+4(,%ecx,8)	# tmp157, rx_ring.ring[_30].req.offset
# platform-c/guest/netfront.c:123: 	while (nf_rx_rsp_cons != prod) {
	je	.L30	#,
.L29:
# platform-c/guest/netfront.c:124: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	leal	1(%eax), %edx	#, _13
# platform-c/guest/netfront.c:124: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movzbl	%al, %eax	# nf_rx_rsp_cons.28_65, _14
# platform-c/guest/netfront.c:124: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movzwl	rx_ring+64(,%eax,8), %ebx	# rx_ring.ring[_14].rsp.id, rsp$id
# platform-c/guest/netfront.c:124: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movl	%edx, nf_rx_rsp_cons	# _13, nf_rx_rsp_cons
# platform-c/guest/netfront.c:124: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movswl	rx_ring+68(,%eax,8), %edi	# rx_ring.ring[_14].rsp.status, rsp$status
	movzwl	rx_ring+70(,%eax,8), %ecx	# rx_ring.ring[_14].rsp.flags, rsp$flags
# platform-c/guest/netfront.c:127: 		if (id >= BUFS) {
	cmpl	$255, %ebx	#, rsp$id
	jbe	.L35	#,
# platform-c/guest/netfront.c:128: 			nf_bad_responses++;
	incl	nf_bad_responses	# nf_bad_responses
	movl	%edx, %eax	# _13, nf_rx_rsp_cons.28_65
# platform-c/guest/netfront.c:123: 	while (nf_rx_rsp_cons != prod) {
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_65, prod
	jne	.L29	#,
.L30:
# platform-c/guest/netfront.c:144: }
	popl	%ebx	#
# platform-c/guest/netfront.c:143: 	rx_ring.req_prod = nf_rx_prod;
	movl	nf_rx_prod, %eax	# nf_rx_prod, nf_rx_prod
# platform-c/guest/netfront.c:144: }
	popl	%esi	#
# platform-c/guest/netfront.c:143: 	rx_ring.req_prod = nf_rx_prod;
	movl	%eax, rx_ring	# nf_rx_prod, rx_ring.req_prod
# platform-c/guest/netfront.c:144: }
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L31:
# platform-c/guest/netfront.c:115: 			nf_bad_responses++;
	incl	nf_bad_responses	# nf_bad_responses
# platform-c/guest/netfront.c:116: 			continue;
	movl	%edx, %eax	# _2, nf_tx_rsp_cons.17_70
	jmp	.L46	#
	.p2align 4,,10
	.p2align 3
.L48:
# platform-c/guest/netfront.c:133: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status, rsp.flags);
	movl	nf_rx_area, %edx	# nf_rx_area,
# platform-c/guest/netfront.c:133: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status, rsp.flags);
	movl	%ebx, %eax	# rsp$id, tmp145
	sall	$11, %eax	#, tmp145
# platform-c/guest/netfront.c:132: 			nf_rx_received++;
	incl	nf_rx_received	# nf_rx_received
# platform-c/guest/netfront.c:133: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status, rsp.flags);
	addl	%edx, %eax	#, tmp146
	movl	%edi, %edx	# rsp$status,
	call	__svc_guest_rx	#
# platform-c/guest/netfront.c:123: 	while (nf_rx_rsp_cons != prod) {
	movl	nf_rx_rsp_cons, %eax	# nf_rx_rsp_cons, nf_rx_rsp_cons.28_65
	jmp	.L38	#
	.size	netfront_irq, .-netfront_irq
	.globl	nf_bad_responses
	.bss
	.align 4
	.type	nf_bad_responses, @object
	.size	nf_bad_responses, 4
nf_bad_responses:
	.zero	4
	.globl	nf_rx_errors
	.align 4
	.type	nf_rx_errors, @object
	.size	nf_rx_errors, 4
nf_rx_errors:
	.zero	4
	.globl	nf_rx_received
	.align 4
	.type	nf_rx_received, @object
	.size	nf_rx_received, 4
nf_rx_received:
	.zero	4
	.globl	nf_tx_done
	.align 4
	.type	nf_tx_done, @object
	.size	nf_tx_done, 4
nf_tx_done:
	.zero	4
	.globl	nf_tx_sent
	.align 4
	.type	nf_tx_sent, @object
	.size	nf_tx_sent, 4
nf_tx_sent:
	.zero	4
	.globl	nf_req
	.align 4
	.type	nf_req, @object
	.size	nf_req, 12
nf_req:
	.zero	12
	.globl	nf_tx_prod
	.align 4
	.type	nf_tx_prod, @object
	.size	nf_tx_prod, 4
nf_tx_prod:
	.zero	4
	.globl	nf_rx_prod
	.align 4
	.type	nf_rx_prod, @object
	.size	nf_rx_prod, 4
nf_rx_prod:
	.zero	4
	.globl	nf_rx_rsp_cons
	.align 4
	.type	nf_rx_rsp_cons, @object
	.size	nf_rx_rsp_cons, 4
nf_rx_rsp_cons:
	.zero	4
	.globl	nf_tx_rsp_cons
	.align 4
	.type	nf_tx_rsp_cons, @object
	.size	nf_tx_rsp_cons, 4
nf_tx_rsp_cons:
	.zero	4
	.globl	nf_tx_busy
	.align 32
	.type	nf_tx_busy, @object
	.size	nf_tx_busy, 256
nf_tx_busy:
	.zero	256
	.globl	nf_rx_area
	.align 4
	.type	nf_rx_area, @object
	.size	nf_rx_area, 4
nf_rx_area:
	.zero	4
	.globl	nf_tx_area
	.align 4
	.type	nf_tx_area, @object
	.size	nf_tx_area, 4
nf_tx_area:
	.zero	4
	.globl	nf_mode
	.align 4
	.type	nf_mode, @object
	.size	nf_mode, 4
nf_mode:
	.zero	4
	.globl	gnttab
	.align 4096
	.type	gnttab, @object
	.size	gnttab, 4096
gnttab:
	.zero	4096
	.globl	rx_ring
	.align 4096
	.type	rx_ring, @object
	.size	rx_ring, 2112
rx_ring:
	.zero	2112
	.globl	tx_ring
	.align 4096
	.type	tx_ring, @object
	.size	tx_ring, 3136
tx_ring:
	.zero	3136
	.globl	place_stats
	.align 4
	.type	place_stats, @object
	.size	place_stats, 8
place_stats:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
