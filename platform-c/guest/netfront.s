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
	subl	%ecx, %edi	# ivtmp.60, tmp108
# platform-c/guest/netfront.c:44: 	nf_mode = mode;
	movl	%ebx, nf_mode	# mode, nf_mode
# platform-c/guest/netfront.c:46: 	nf_rx_area = rx_area;
	movl	%ecx, nf_rx_area	# rx_area, nf_rx_area
	.p2align 4
	.p2align 3
.L3:
# platform-c/guest/netfront.c:49: 		gnttab[i].frame = rx_area + i * PAGE_SIZE;
	movl	%ecx, gnttab+4(,%eax,8)	# ivtmp.60, MEM[(unsigned int *)&gnttab + 4B + i_51 * 8]
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
	addl	$4096, %ecx	#, ivtmp.60
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
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
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
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	%ecx, 4(%esp)	#,
# platform-c/guest/netfront.c:62: 	if (mode == MODE_TWIN)
	je	.L12	#,
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
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
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
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
	movl	%eax, %ebx	# tmp136, id
	subl	$12, %esp	#,
# platform-c/guest/netfront.c:73: 	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME)
	cmpl	$255, %eax	#, id
	ja	.L19	#,
# platform-c/guest/netfront.c:73: 	if (id >= BUFS || nf_tx_busy[id] || len > NET_MAX_FRAME)
	cmpb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_21(D)]
	jne	.L19	#,
	cmpl	$1514, %edx	#, len
	movl	%edx, %eax	# tmp137, len
	ja	.L19	#,
# platform-c/guest/netfront.c:75: 	req.gref = TX_GREF0 + id / 2;
	movl	%ebx, %edx	# id, tmp110
# platform-c/guest/netfront.c:76: 	req.offset = (id & 1) * NET_RX_BUFFER;
	movl	%ebx, %esi	# id, tmp113
# platform-c/guest/netfront.c:75: 	req.gref = TX_GREF0 + id / 2;
	shrl	%edx	# tmp110
# platform-c/guest/netfront.c:76: 	req.offset = (id & 1) * NET_RX_BUFFER;
	andl	$1, %esi	#, tmp113
# platform-c/guest/netfront.c:75: 	req.gref = TX_GREF0 + id / 2;
	subl	$-128, %edx	#, tmp112
# platform-c/guest/netfront.c:78: 	req.size = len;
	movzwl	%ax, %eax	# len, _8
# platform-c/guest/netfront.c:76: 	req.offset = (id & 1) * NET_RX_BUFFER;
	sall	$11, %esi	#, _7
# platform-c/guest/netfront.c:75: 	req.gref = TX_GREF0 + id / 2;
	movzwl	%dx, %edx	# tmp112, _4
# platform-c/guest/netfront.c:80: 	if (nf_mode == MODE_TWIN) {
	cmpl	$1, nf_mode	#, nf_mode
# platform-c/guest/netfront.c:76: 	req.offset = (id & 1) * NET_RX_BUFFER;
	movzwl	%bx, %edi	# id, _5
# platform-c/guest/netfront.c:78: 	req.size = len;
	movl	%eax, -16(%ebp)	# _8, %sfp
# platform-c/guest/netfront.c:79: 	nf_tx_busy[id] = 1;
	movb	$1, nf_tx_busy(%ebx)	#, nf_tx_busy[id_21(D)]
# platform-c/guest/netfront.c:80: 	if (nf_mode == MODE_TWIN) {
	je	.L24	#,
# platform-c/guest/netfront.c:88: 		if (nf_tx_prod - nf_tx_rsp_cons >= BUFS) {
	movl	nf_tx_prod, %ecx	# nf_tx_prod, nf_tx_prod.7_11
	movl	%ecx, %eax	# nf_tx_prod.7_11, tmp123
	subl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, tmp123
# platform-c/guest/netfront.c:88: 		if (nf_tx_prod - nf_tx_rsp_cons >= BUFS) {
	cmpl	$255, %eax	#, tmp123
	ja	.L25	#,
# platform-c/guest/netfront.c:92: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movl	-16(%ebp), %eax	# %sfp, tmp145
# platform-c/guest/netfront.c:92: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movzbl	%cl, %ebx	# nf_tx_prod.7_11, _14
# platform-c/guest/netfront.c:93: 		tx_ring.req_prod = ++nf_tx_prod;
	incl	%ecx	# _15
# platform-c/guest/netfront.c:93: 		tx_ring.req_prod = ++nf_tx_prod;
	movl	%ecx, nf_tx_prod	# _15, nf_tx_prod
# platform-c/guest/netfront.c:92: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	addl	$8, %ebx	#, tmp126
	movw	%dx, tx_ring(,%ebx,8)	# _4, tx_ring.ring[_14].req.gref
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%edx, %edx	#
# platform-c/guest/netfront.c:92: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movw	%si, tx_ring+2(,%ebx,8)	# _7, tx_ring.ring[_14].req.offset
	movw	%ax, tx_ring+6(,%ebx,8)	# tmp145, tx_ring.ring[_14].req.size
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
# platform-c/guest/netfront.c:92: 		tx_ring.ring[nf_tx_prod % BUFS].req = req;
	movw	%di, tx_ring+4(,%ebx,8)	# _5, tx_ring.ring[_14].req.id
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$-1057030144, %ebx	#, tmp134
# platform-c/guest/netfront.c:93: 		tx_ring.req_prod = ++nf_tx_prod;
	movl	%ecx, tx_ring	# _15, tx_ring.req_prod
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
	movl	%eax, 4(%esp)	#,
	movl	$4, %eax	#,
	movl	$0, (%esp)	#,
	call	*%ebx	# tmp134
.L16:
# platform-c/guest/netfront.c:96: 	nf_tx_sent++;
	incl	nf_tx_sent	# nf_tx_sent
# platform-c/guest/netfront.c:97: 	return 0;
	xorl	%eax, %eax	# <retval>
.L13:
# platform-c/guest/netfront.c:98: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L24:
# platform-c/guest/netfront.c:81: 		nf_req = req;
	movw	%dx, nf_req	# _4, nf_req.gref
	movl	-16(%ebp), %eax	# %sfp, tmp146
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%ecx, %ecx	#
# platform-c/guest/netfront.c:81: 		nf_req = req;
	movw	%si, nf_req+2	# _7, nf_req.offset
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$nf_req, %edx	#,
	movl	$-1057030144, %esi	#, tmp121
# platform-c/guest/netfront.c:81: 		nf_req = req;
	movw	%di, nf_req+4	# _5, nf_req.id
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	movl	$0, (%esp)	#,
# platform-c/guest/netfront.c:81: 		nf_req = req;
	movw	%ax, nf_req+6	# tmp146, nf_req.size
# platform-c/include/twin/abi.h:188: 	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
	xorl	%eax, %eax	#
	movl	%eax, 4(%esp)	#,
	movl	$2, %eax	#,
	call	*%esi	# tmp121
# platform-c/guest/netfront.c:83: 		if (r) {
	testl	%eax, %eax	# <retval>
	je	.L16	#,
# platform-c/guest/netfront.c:84: 			nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%ebx)	#, nf_tx_busy[id_21(D)]
# platform-c/guest/netfront.c:98: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L19:
# platform-c/guest/netfront.c:74: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L13	#
.L25:
# platform-c/guest/netfront.c:89: 			nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%ebx)	#, nf_tx_busy[id_21(D)]
# platform-c/guest/netfront.c:90: 			return HC_EBUSY;
	movl	$-16, %eax	#, <retval>
	jmp	.L13	#
	.size	netfront_xmit, .-netfront_xmit
	.p2align 4
	.globl	netfront_irq
	.type	netfront_irq, @function
netfront_irq:
	pushl	%ebp	#
# platform-c/guest/netfront.c:105: 	while (nf_tx_rsp_cons != prod) {
	movl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, nf_tx_rsp_cons.17_67
# platform-c/guest/netfront.c:102: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/guest/netfront.c:103: 	u32 prod = tx_ring.rsp_prod;
	movl	tx_ring+4, %ebx	# tx_ring.rsp_prod, prod
	.p2align 4
	.p2align 3
.L45:
# platform-c/guest/netfront.c:105: 	while (nf_tx_rsp_cons != prod) {
	cmpl	%eax, %ebx	# nf_tx_rsp_cons.17_67, prod
	je	.L46	#,
.L27:
# platform-c/guest/netfront.c:106: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	leal	1(%eax), %edx	#, _2
# platform-c/guest/netfront.c:106: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movzbl	%al, %eax	# nf_tx_rsp_cons.17_67, nf_tx_rsp_cons.17_67
# platform-c/guest/netfront.c:106: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movl	%edx, nf_tx_rsp_cons	# _2, nf_tx_rsp_cons
# platform-c/guest/netfront.c:106: 		u32 id = tx_ring.ring[nf_tx_rsp_cons++ % BUFS].rsp.id;
	movzwl	tx_ring+64(,%eax,8), %eax	# tx_ring.ring[_3].rsp.id, id
# platform-c/guest/netfront.c:108: 		if (id >= BUFS || !nf_tx_busy[id]) {
	cmpl	$255, %eax	#, id
	ja	.L30	#,
# platform-c/guest/netfront.c:108: 		if (id >= BUFS || !nf_tx_busy[id]) {
	cmpb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_57]
	je	.L30	#,
# platform-c/guest/netfront.c:113: 		nf_tx_done++;
	incl	nf_tx_done	# nf_tx_done
# platform-c/guest/netfront.c:112: 		nf_tx_busy[id] = 0;
	movb	$0, nf_tx_busy(%eax)	#, nf_tx_busy[id_57]
# platform-c/guest/netfront.c:114: 		__svc_guest_tx_done(id);
	call	__svc_guest_tx_done	#
# platform-c/guest/netfront.c:105: 	while (nf_tx_rsp_cons != prod) {
	movl	nf_tx_rsp_cons, %eax	# nf_tx_rsp_cons, nf_tx_rsp_cons.17_67
	cmpl	%eax, %ebx	# nf_tx_rsp_cons.17_67, prod
	jne	.L27	#,
.L46:
# platform-c/guest/netfront.c:116: 	prod = rx_ring.rsp_prod;
	movl	rx_ring+4, %esi	# rx_ring.rsp_prod, prod
# platform-c/guest/netfront.c:117: 	while (nf_rx_rsp_cons != prod) {
	movl	nf_rx_rsp_cons, %eax	# nf_rx_rsp_cons, nf_rx_rsp_cons.28_62
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_62, prod
	jne	.L28	#,
	jmp	.L29	#
	.p2align 4,,10
	.p2align 3
.L34:
# platform-c/guest/netfront.c:125: 		if (rsp.status > 0 && rsp.status <= NET_RX_BUFFER) {
	leal	-1(%ecx), %eax	#, tmp134
# platform-c/guest/netfront.c:125: 		if (rsp.status > 0 && rsp.status <= NET_RX_BUFFER) {
	cmpw	$2047, %ax	#, tmp134
	jbe	.L47	#,
# platform-c/guest/netfront.c:129: 			nf_rx_errors++;
	incl	nf_rx_errors	# nf_rx_errors
	movl	%edx, %eax	# _13, nf_rx_rsp_cons.28_62
.L37:
# platform-c/guest/netfront.c:132: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	movl	nf_rx_prod, %edx	# nf_rx_prod, nf_rx_prod.24_28
# platform-c/guest/netfront.c:133: 		rx_ring.ring[nf_rx_prod % BUFS].req.gref = id / 2;
	movl	%ebx, %edi	# rsp$id, tmp143
	shrl	%edi	# tmp143
# platform-c/guest/netfront.c:132: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	movzbl	%dl, %ecx	# nf_rx_prod.24_28, _29
# platform-c/guest/netfront.c:135: 		nf_rx_prod++;
	incl	%edx	# tmp149
	movl	%edx, nf_rx_prod	# tmp149, nf_rx_prod
# platform-c/guest/netfront.c:132: 		rx_ring.ring[nf_rx_prod % BUFS].req.id = id;
	addl	$8, %ecx	#, tmp140
	movw	%bx, rx_ring(,%ecx,8)	# rsp$id, rx_ring.ring[_29].req.id
# platform-c/guest/netfront.c:134: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	andl	$1, %ebx	#, tmp146
# platform-c/guest/netfront.c:133: 		rx_ring.ring[nf_rx_prod % BUFS].req.gref = id / 2;
	movw	%di, rx_ring+2(,%ecx,8)	# tmp143, rx_ring.ring[_29].req.gref
# platform-c/guest/netfront.c:134: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	sall	$11, %ebx	#, tmp148
# platform-c/guest/netfront.c:117: 	while (nf_rx_rsp_cons != prod) {
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_62, prod
# platform-c/guest/netfront.c:134: 		rx_ring.ring[nf_rx_prod % BUFS].req.offset = (id & 1) * NET_RX_BUFFER;
	movw	%bx, rx_ring+4(,%ecx,8)	# tmp148, rx_ring.ring[_29].req.offset
# platform-c/guest/netfront.c:117: 	while (nf_rx_rsp_cons != prod) {
	je	.L29	#,
.L28:
# platform-c/guest/netfront.c:118: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	leal	1(%eax), %edx	#, _13
# platform-c/guest/netfront.c:118: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movzbl	%al, %eax	# nf_rx_rsp_cons.28_62, _14
# platform-c/guest/netfront.c:118: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movl	%edx, nf_rx_rsp_cons	# _13, nf_rx_rsp_cons
# platform-c/guest/netfront.c:118: 		struct netif_rx_response rsp = rx_ring.ring[nf_rx_rsp_cons++ % BUFS].rsp;
	movzwl	rx_ring+64(,%eax,8), %ebx	# rx_ring.ring[_14].rsp.id, rsp$id
	movswl	rx_ring+68(,%eax,8), %ecx	# rx_ring.ring[_14].rsp.status, rsp$status
# platform-c/guest/netfront.c:121: 		if (id >= BUFS) {
	cmpl	$255, %ebx	#, rsp$id
	jbe	.L34	#,
# platform-c/guest/netfront.c:122: 			nf_bad_responses++;
	incl	nf_bad_responses	# nf_bad_responses
	movl	%edx, %eax	# _13, nf_rx_rsp_cons.28_62
# platform-c/guest/netfront.c:117: 	while (nf_rx_rsp_cons != prod) {
	cmpl	%eax, %esi	# nf_rx_rsp_cons.28_62, prod
	jne	.L28	#,
.L29:
# platform-c/guest/netfront.c:138: }
	popl	%ebx	#
# platform-c/guest/netfront.c:137: 	rx_ring.req_prod = nf_rx_prod;
	movl	nf_rx_prod, %eax	# nf_rx_prod, nf_rx_prod
# platform-c/guest/netfront.c:138: }
	popl	%esi	#
# platform-c/guest/netfront.c:137: 	rx_ring.req_prod = nf_rx_prod;
	movl	%eax, rx_ring	# nf_rx_prod, rx_ring.req_prod
# platform-c/guest/netfront.c:138: }
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L30:
# platform-c/guest/netfront.c:109: 			nf_bad_responses++;
	incl	nf_bad_responses	# nf_bad_responses
# platform-c/guest/netfront.c:110: 			continue;
	movl	%edx, %eax	# _2, nf_tx_rsp_cons.17_67
	jmp	.L45	#
	.p2align 4,,10
	.p2align 3
.L47:
# platform-c/guest/netfront.c:127: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status);
	movl	nf_rx_area, %edx	# nf_rx_area,
# platform-c/guest/netfront.c:127: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status);
	movl	%ebx, %eax	# rsp$id, tmp136
	sall	$11, %eax	#, tmp136
# platform-c/guest/netfront.c:126: 			nf_rx_received++;
	incl	nf_rx_received	# nf_rx_received
# platform-c/guest/netfront.c:127: 			__svc_guest_rx(nf_rx_area + id * NET_RX_BUFFER, rsp.status);
	addl	%edx, %eax	#, tmp137
	movl	%ecx, %edx	# rsp$status,
	call	__svc_guest_rx	#
# platform-c/guest/netfront.c:117: 	while (nf_rx_rsp_cons != prod) {
	movl	nf_rx_rsp_cons, %eax	# nf_rx_rsp_cons, nf_rx_rsp_cons.28_62
	jmp	.L37	#
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
	.size	nf_req, 8
nf_req:
	.zero	8
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
	.size	tx_ring, 2112
tx_ring:
	.zero	2112
	.globl	place_stats
	.align 4
	.type	place_stats, @object
	.size	place_stats, 8
place_stats:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
