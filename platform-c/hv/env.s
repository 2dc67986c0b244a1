	.file	"env.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	dom0_bus, @function
dom0_bus:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$24, %esp	#,
# platform-c/hv/env.c:158: 	if (size > 65536)
	cmpl	$65536, %edx	#, size
# platform-c/hv/env.c:155: {
	movl	%eax, -24(%ebp)	# tmp117, %sfp
	movl	%ecx, -28(%ebp)	# tmp119, %sfp
# platform-c/hv/env.c:158: 	if (size > 65536)
	ja	.L14	#,
# platform-c/hv/env.c:162: 		u32 p = (va & PAGE_MASK) + k * PAGE_SIZE;
	movl	-24(%ebp), %esi	# %sfp, p
	andl	$-4096, %esi	#, p
# platform-c/hv/env.c:163: 		u32 pte = p >= HV_REGION_START ? 0 : __hw_pte(DOMID_DOM0, p);
	cmpl	$-67108865, %esi	#, p
	jbe	.L3	#,
	.p2align 4
	.p2align 3
.L5:
# platform-c/hv/env.c:167: 			__hw_abort(SAFETY_HV_INPUT, va, 0, why);
	movl	-28(%ebp), %eax	# %sfp, why
	xorl	%ecx, %ecx	#
	movl	%eax, (%esp)	# why,
	movl	$2, %eax	#,
	movl	-24(%ebp), %edx	# %sfp,
	call	__hw_abort	#
.L3:
# platform-c/hv/env.c:156: 	u32 pfn0 = 0, k, pages;
	movl	$0, -16(%ebp)	#, %sfp
# platform-c/hv/env.c:160: 	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	movl	-24(%ebp), %ebx	# %sfp, _18
# platform-c/hv/env.c:160: 	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	movl	$1, %eax	#, tmp122
# platform-c/hv/env.c:160: 	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	andl	$4095, %ebx	#, _18
# platform-c/hv/env.c:160: 	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	testl	%edx, %edx	# size
	movl	%ebx, -32(%ebp)	# _18, %sfp
	cmovne	%edx, %eax	# size,, tmp122
# platform-c/hv/env.c:161: 	for (k = 0; k < pages; k++) {
	xorl	%edi, %edi	# k
# platform-c/hv/env.c:160: 	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	leal	-1(%ebx,%eax), %ecx	#, tmp107
	andl	$-4096, %ecx	#, tmp109
	leal	(%ecx,%esi), %eax	#, _5
	movl	%eax, -20(%ebp)	# _5, %sfp
	jmp	.L4	#
	.p2align 4,,10
	.p2align 3
.L16:
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	movl	-16(%ebp), %eax	# %sfp, pfn0
	addl	%edi, %eax	# k, tmp114
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	cmpl	%ebx, %eax	# pfn, tmp114
	jne	.L5	#,
# platform-c/hv/env.c:161: 	for (k = 0; k < pages; k++) {
	incl	%edi	# k
# platform-c/hv/env.c:161: 	for (k = 0; k < pages; k++) {
	cmpl	%esi, -20(%ebp)	# p, %sfp
	je	.L15	#,
.L7:
# platform-c/hv/env.c:162: 		u32 p = (va & PAGE_MASK) + k * PAGE_SIZE;
	addl	$4096, %esi	#, p
# platform-c/hv/env.c:163: 		u32 pte = p >= HV_REGION_START ? 0 : __hw_pte(DOMID_DOM0, p);
	cmpl	$-67108865, %esi	#, p
	ja	.L5	#,
.L4:
# platform-c/hv/env.c:163: 		u32 pte = p >= HV_REGION_START ? 0 : __hw_pte(DOMID_DOM0, p);
	xorl	%eax, %eax	#
	movl	%esi, %edx	# p,
	call	__hw_pte	#
# platform-c/hv/env.c:164: 		u32 pfn = pte >> PAGE_SHIFT;
	movl	%eax, %ebx	# iftmp.10_26, pfn
	shrl	$12, %ebx	#, pfn
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	cmpl	$536870911, %eax	#, iftmp.10_26
	ja	.L5	#,
	testb	$1, %al	#, iftmp.10_26
	je	.L5	#,
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	movl	%ebx, %eax	# pfn,
	call	dom0_owns	#
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	testl	%eax, %eax	# tmp121
	.p2align 4,,2
	je	.L5	#,
# platform-c/hv/env.c:166: 		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
	testl	%edi, %edi	# k
	.p2align 4,,2
	jne	.L16	#,
	movl	%ebx, -16(%ebp)	# pfn, %sfp
# platform-c/hv/env.c:161: 	for (k = 0; k < pages; k++) {
	incl	%edi	# k
# platform-c/hv/env.c:161: 	for (k = 0; k < pages; k++) {
	cmpl	%esi, -20(%ebp)	# p, %sfp
	jne	.L7	#,
.L15:
# platform-c/hv/env.c:171: 	return (pfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	movl	-16(%ebp), %eax	# %sfp, pfn0
	movl	-32(%ebp), %ebx	# %sfp, _18
# platform-c/hv/env.c:172: }
	addl	$24, %esp	#,
# platform-c/hv/env.c:171: 	return (pfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	sall	$12, %eax	#, pfn0
# platform-c/hv/env.c:171: 	return (pfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	orl	%ebx, %eax	# _18, tmp115
# platform-c/hv/env.c:172: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L14:
# platform-c/hv/env.c:159: 		__hw_abort(SAFETY_HV_INPUT, size, 0, why);
	movl	%ecx, (%esp)	# why,
	movl	$2, %eax	#,
	xorl	%ecx, %ecx	#
	call	__hw_abort	#
	.size	dom0_bus, .-dom0_bus
	.p2align 4
	.globl	env_skb_alloc
	.type	env_skb_alloc, @function
env_skb_alloc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%edx, %esi	# tmp106, head
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp107, size
	subl	$4, %esp	#,
# platform-c/hv/env.c:22: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault, %edx	# hv_alloc_fault.kind, _1
# platform-c/hv/env.c:22: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	testl	%edx, %edx	# _1
	je	.L18	#,
# platform-c/hv/env.c:22: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault+12, %ecx	# hv_alloc_fault.fired,
	testl	%ecx, %ecx	#
	je	.L33	#,
.L18:
# platform-c/hv/env.c:30: 		e = pool_take(length);
	call	pool_take	#
# platform-c/hv/env.c:32: 	if (!e)
	testl	%eax, %eax	# e
	je	.L21	#,
.L22:
# platform-c/hv/env.c:34: 	*head = (u8 *)e->head;
	movl	4(%eax), %edx	# e_31->head, e_31->head
	movl	%edx, (%esi)	# e_31->head, *head_25(D)
# platform-c/hv/env.c:35: 	*size = e->size;
	movl	8(%eax), %edx	# e_31->size, _8
# platform-c/hv/env.c:35: 	*size = e->size;
	movl	%edx, (%ebx)	# _8, *size_27(D)
# platform-c/hv/env.c:36: 	return (struct sk_buff *)e->skb;
	movl	(%eax), %eax	# e_31->skb, <retval>
# platform-c/hv/env.c:37: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hv/env.c:22: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault+8, %ecx	# hv_alloc_fault.seen, tmp111
	incl	%ecx	# _4
# platform-c/hv/env.c:22: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	cmpl	hv_alloc_fault+4, %ecx	# hv_alloc_fault.call, _4
	movl	%ecx, hv_alloc_fault+8	# _4, hv_alloc_fault.seen
	jne	.L18	#,
# platform-c/hv/env.c:23: 		f->fired = 1;
	movl	$1, %ecx	#,
# platform-c/hv/env.c:24: 		if (f->kind == 1)
	decl	%edx	# _1
# platform-c/hv/env.c:23: 		f->fired = 1;
	movl	%ecx, hv_alloc_fault+12	#, hv_alloc_fault.fired
# platform-c/hv/env.c:24: 		if (f->kind == 1)
	je	.L21	#,
# platform-c/hv/env.c:26: 		e = pool_take(length);
	call	pool_take	#
# platform-c/hv/env.c:27: 		if (e)
	testl	%eax, %eax	# e
	je	.L21	#,
# platform-c/hv/env.c:28: 			pool_give(e);
	movl	%eax, -12(%ebp)	# e, %sfp
	call	pool_give	#
	movl	-12(%ebp), %eax	# %sfp, e
	jmp	.L22	#
	.p2align 4,,10
	.p2align 3
.L21:
# platform-c/hv/env.c:37: }
	popl	%edx	#
# platform-c/hv/env.c:25: 			return NULL;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/env.c:37: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	env_skb_alloc, .-env_skb_alloc
	.p2align 4
	.globl	env_skb_ready
	.type	env_skb_ready, @function
env_skb_ready:
# platform-c/hv/env.c:41: 	s->users.counter = 2;
	movl	$2, %eax	#,
	movl	%eax, 128(%edx)	#, s_2(D)->users.counter
# platform-c/hv/env.c:42: }
	ret	
	.size	env_skb_ready, .-env_skb_ready
	.p2align 4
	.globl	env_skb_free
	.type	env_skb_free, @function
env_skb_free:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/env.c:45: {
	movl	%eax, %ebx	# tmp103, skb
# platform-c/hv/env.c:46: 	struct pool_skb *e = pool_find((u32)skb);
	call	pool_find	#
# platform-c/hv/env.c:48: 	if (!e) {
	testl	%eax, %eax	# e
	je	.L40	#,
# platform-c/hv/env.c:54: 	if (e->rx_refs) {
	cmpw	$0, 14(%eax)	#, e_9->rx_refs
	je	.L38	#,
# platform-c/hv/env.c:55: 		hv_stats.warnings++;
	incl	hv_stats+36	# hv_stats.warnings
.L35:
# platform-c/hv/env.c:59: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L38:
# platform-c/hv/env.c:58: 	pool_give(e);
	call	pool_give	#
# platform-c/hv/env.c:59: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/hv/env.c:49: 		hv_stats.handed_back++;
	incl	hv_stats+32	# hv_stats.handed_back
# platform-c/hv/env.c:50: 		__hw_hand_back((u32)skb);
	movl	%ebx, %eax	# skb,
	call	__hw_hand_back	#
# platform-c/hv/env.c:51: 		return;
	jmp	.L35	#
	.size	env_skb_free, .-env_skb_free
	.p2align 4
	.globl	env_rx
	.type	env_rx, @function
env_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hv/env.c:122: 	const char *why = rx_describe((u32)skb, &d, &bad);
	leal	-180(%ebp), %ecx	#, tmp426
# platform-c/hv/env.c:116: {
	subl	$196, %esp	#,
# platform-c/hv/env.c:116: {
	movl	%eax, -184(%ebp)	# skb, %sfp
# platform-c/hv/env.c:122: 	const char *why = rx_describe((u32)skb, &d, &bad);
	leal	-176(%ebp), %edx	#, tmp427
	call	rx_describe	#
# platform-c/hv/env.c:124: 	if (why)
	testl	%eax, %eax	# why
	jne	.L107	#,
# platform-c/hv/env.c:126: 	e = pool_find((u32)skb);
	movl	-184(%ebp), %eax	# %sfp,
	call	pool_find	#
# platform-c/hv/env.c:127: 	dst = D((void *)d.mac);
	movl	-176(%ebp), %edx	# d.mac, _4
# platform-c/hv/env.c:126: 	e = pool_find((u32)skb);
	movl	%eax, %ebx	# tmp403, e
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _4, tmp239
	shrl	$12, %eax	#, tmp239
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _77
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_77].tag, off
	xorl	%edx, %ecx	# _4, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L43	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_77].mapped,
	addl	%edx, %ecx	#, _85
.L44:
# platform-c/hv/env.c:128: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
	movzbl	1(%ecx), %eax	# MEM[(const u8 *)_87 + 1B],
	movzbl	(%ecx), %edx	# MEM[(const u8 *)_87], MEM[(const u8 *)_87]
	andb	%al, %dl	#, tmp243
	movzbl	2(%ecx), %eax	# MEM[(const u8 *)_87 + 2B],
	andb	%al, %dl	#, tmp245
	movzbl	3(%ecx), %eax	# MEM[(const u8 *)_87 + 3B],
	andb	%al, %dl	#, tmp246
	movzbl	4(%ecx), %eax	# MEM[(const u8 *)_87 + 4B],
	andb	%al, %dl	#, tmp247
	movzbl	5(%ecx), %eax	# MEM[(const u8 *)_87 + 5B],
	andb	%al, %dl	#, tmp248
	movl	$1596, %eax	#, ivtmp.75
# platform-c/hv/env.c:128: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
	incb	%dl	# tmp248
	jne	.L45	#,
	jmp	.L108	#
	.p2align 4,,10
	.p2align 3
.L69:
# platform-c/hv/env.c:99: 	for (i = 1; i <= MAX_GUESTS; i++) {
	addl	$1596, %eax	#, ivtmp.75
	cmpl	$103740, %eax	#, ivtmp.75
	je	.L106	#,
.L45:
# platform-c/hv/env.c:102: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	cmpw	$0, guests+10(%eax)	#, MEM <u16> [(struct guest *)&guests + 10B + ivtmp.75_325 * 1]
	je	.L69	#,
# platform-c/hv/env.c:102: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	(%ecx), %edi	# MEM[(const u32 *)_87], tmp470
	cmpl	%edi, guests+4(%eax)	# tmp470, MEM[(const u32 *)&guests + 4B + ivtmp.75_325 * 1]
	jne	.L69	#,
# platform-c/hv/env.c:102: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	guests+8(%eax), %esi	# MEM[(const u16 *)&guests + 8B + ivtmp.75_325 * 1], tmp471
	cmpw	%si, 4(%ecx)	# tmp471, MEM[(const u16 *)_87 + 4B]
	jne	.L69	#,
# platform-c/hv/env.c:100: 		struct guest *g = &guests[i];
	addl	$guests, %eax	#, g
# platform-c/hv/env.c:138: 		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
	testl	%ebx, %ebx	# e
	je	.L109	#,
# platform-c/hv/env.c:138: 		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
	subl	$pool, %ebx	#, e
	movl	%ebx, %edx	# e, tmp369
	sarl	$2, %edx	#, tmp371
	imull	$-1227133513, %edx, %edx	#, tmp371, tmp372
	addl	%edx, %edx	# iftmp.6_46
.L75:
# platform-c/hv/env.c:138: 		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
	call	guest_queue_rx	#
# platform-c/hv/env.c:138: 		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
	testl	%eax, %eax	# tmp413
	je	.L76	#,
.L106:
# platform-c/hv/env.c:142: 		hv_stats.unknown_mac++;
	incl	hv_stats+28	# hv_stats.unknown_mac
.L74:
# platform-c/hv/env.c:146: 			env_skb_free(skb);
	movl	-184(%ebp), %eax	# %sfp,
	call	env_skb_free	#
.L48:
# platform-c/hv/env.c:151: }
	addl	$196, %esp	#,
# platform-c/hv/env.c:147: 		return NET_RX_DROP;
	movl	$1, %eax	#, <retval>
# platform-c/hv/env.c:151: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L112:
# platform-c/hv/env.c:141: 	if (!queued) {
	testl	%edi, %edi	# queued
	movl	-192(%ebp), %ebx	# %sfp, e
	je	.L110	#,
.L76:
# platform-c/hv/env.c:149: 	hv_stats.delivered++;
	incl	hv_stats+24	# hv_stats.delivered
# platform-c/hv/env.c:151: }
	addl	$196, %esp	#,
	popl	%ebx	#
# platform-c/hv/env.c:150: 	return NET_RX_SUCCESS;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/env.c:151: }
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L108:
# platform-c/hv/env.c:121: 	u32 bad, i, queued = 0, adopted = 0;
	xorl	%eax, %eax	#
# platform-c/hv/env.c:129: 		if (!e) {
	testl	%ebx, %ebx	# e
# platform-c/hv/env.c:121: 	u32 bad, i, queued = 0, adopted = 0;
	movl	%eax, -196(%ebp)	#, %sfp
# platform-c/hv/env.c:129: 		if (!e) {
	je	.L111	#,
.L46:
# platform-c/hv/env.c:133: 		for (i = 1; e && i <= MAX_GUESTS; i++)
	movl	%ebx, -192(%ebp)	# e, %sfp
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	movl	%ebx, %edi	# e, tmp351
# platform-c/hv/env.c:133: 		for (i = 1; e && i <= MAX_GUESTS; i++)
	movl	$1, %ecx	#, i
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	subl	$pool, %edi	#, tmp351
	movl	$guests+1596, %esi	#, ivtmp.59
	sarl	$2, %edi	#, tmp353
# platform-c/hv/env.c:133: 		for (i = 1; e && i <= MAX_GUESTS; i++)
	movl	%ecx, %ebx	# i, i
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	imull	$-1227133513, %edi, %edi	#, tmp353, tmp354
	leal	(%edi,%edi), %eax	#, _21
# platform-c/hv/env.c:121: 	u32 bad, i, queued = 0, adopted = 0;
	xorl	%edi, %edi	# queued
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	movl	%eax, -188(%ebp)	# _21, %sfp
	jmp	.L67	#
	.p2align 4,,10
	.p2align 3
.L66:
# platform-c/hv/env.c:133: 		for (i = 1; e && i <= MAX_GUESTS; i++)
	incl	%ebx	# i
# platform-c/hv/env.c:133: 		for (i = 1; e && i <= MAX_GUESTS; i++)
	addl	$1596, %esi	#, ivtmp.59
	cmpl	$64, %ebx	#, i
	ja	.L112	#,
.L67:
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	cmpw	$0, 10(%esi)	#, MEM[(short unsigned int *)_324 + 10B]
	je	.L66	#,
# platform-c/hv/env.c:134: 			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
	movl	-188(%ebp), %edx	# %sfp,
	movl	%esi, %eax	# ivtmp.59,
	call	guest_queue_rx	#
# platform-c/hv/env.c:135: 				queued++;
	cmpl	$1, %eax	#, tmp412
	adcl	$0, %edi	# queued
	jmp	.L66	#
.L109:
# platform-c/hv/env.c:138: 		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
	movl	-184(%ebp), %edx	# %sfp, iftmp.6_46
	orl	$1, %edx	#, iftmp.6_46
	jmp	.L75	#
.L43:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# _4,
	call	svm_slow_hv	#
	movl	%eax, %ecx	# tmp404, _85
	jmp	.L44	#
.L111:
# platform-c/hv/env.c:64: 	struct pool_skb *e = pool_take(d->total);
	movl	-20(%ebp), %eax	# d.total,
	call	pool_take	#
# platform-c/hv/env.c:69: 	if (!e)
	testl	%eax, %eax	# e
# platform-c/hv/env.c:64: 	struct pool_skb *e = pool_take(d->total);
	movl	%eax, %ebx	# tmp405, e
# platform-c/hv/env.c:69: 	if (!e)
	je	.L113	#,
# platform-c/hv/env.c:71: 	s = D((void *)e->skb);
	movl	(%eax), %edx	# e_91->skb, _92
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _92, tmp256
	shrl	$12, %eax	#, tmp256
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _94
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_94].tag, off
	xorl	%edx, %ecx	# _92, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L49	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_94].mapped,
	addl	%edi, %ecx	#, off
	movl	%ecx, -196(%ebp)	# off, %sfp
.L50:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	-184(%ebp), %eax	# %sfp, skb
	movl	%eax, %edx	# skb, tmp260
	shrl	$12, %edx	#, tmp260
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _105
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_105].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L51	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_105].mapped,
	addl	%ecx, %eax	#, _113
.L52:
# platform-c/hv/env.c:72: 	hdr = ((struct sk_buff *)D((void *)skb))->data - (u8 *)d->mac;
	movl	136(%eax), %edx	# MEM[(struct sk_buff *)_115].data, MEM[(struct sk_buff *)_115].data
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$31, %ecx	#, ecx_out
# platform-c/hv/env.c:72: 	hdr = ((struct sk_buff *)D((void *)skb))->data - (u8 *)d->mac;
	movl	-176(%ebp), %eax	# d.mac,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	-196(%ebp), %esi	# %sfp, _102
# platform-c/hv/env.c:72: 	hdr = ((struct sk_buff *)D((void *)skb))->data - (u8 *)d->mac;
	subl	%eax, %edx	#, hdr
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	xorl	%eax, %eax	# tmp267
	movl	%esi, %edi	# _102, edi_out
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $124, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/env.c:74: 	s->truesize = e->size + sizeof(struct sk_buff);
#NO_APP
	movl	8(%ebx), %eax	# e_91->size, tmp435
	addl	$148, %eax	#, tmp271
# platform-c/hv/env.c:74: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%eax, 124(%esi)	# tmp271, MEM[(struct sk_buff *)_123].truesize
# platform-c/hv/env.c:75: 	s->users.counter = 2;
	movl	$2, %eax	#,
	movl	%eax, 128(%esi)	#, MEM[(struct sk_buff *)_123].users.counter
# platform-c/hv/env.c:76: 	s->head = (u8 *)e->head;
	movl	4(%ebx), %eax	# e_91->head, e_91->head
	movl	%eax, 132(%esi)	# e_91->head, MEM[(struct sk_buff *)_123].head
# platform-c/hv/env.c:77: 	s->mac.raw = (u8 *)e->head + NET_SKB_PAD;
	movl	4(%ebx), %eax	# e_91->head, tmp439
	addl	$16, %eax	#, _129
# platform-c/hv/env.c:77: 	s->mac.raw = (u8 *)e->head + NET_SKB_PAD;
	movl	%eax, 36(%esi)	# _129, MEM[(struct sk_buff *)_123].mac.raw
# platform-c/hv/env.c:78: 	s->data = s->mac.raw + hdr;
	leal	(%eax,%edx), %ecx	#, tmp275
	movl	%ecx, 136(%esi)	# tmp275, MEM[(struct sk_buff *)_123].data
# platform-c/hv/env.c:79: 	s->tail = s->mac.raw + d->total;
	movl	-20(%ebp), %ecx	# d.total, tmp278
	addl	%eax, %ecx	# _129, tmp278
# platform-c/hv/env.c:79: 	s->tail = s->mac.raw + d->total;
	movl	%ecx, 140(%esi)	# tmp278, MEM[(struct sk_buff *)_123].tail
# platform-c/hv/env.c:80: 	s->end = (u8 *)e->head + e->size;
	movl	4(%ebx), %ecx	# e_91->head, e_91->head
	movl	8(%ebx), %edi	# e_91->size,
	addl	%edi, %ecx	#, tmp283
# platform-c/hv/env.c:80: 	s->end = (u8 *)e->head + e->size;
	movl	%ecx, 144(%esi)	# tmp283, MEM[(struct sk_buff *)_123].end
# platform-c/hv/env.c:81: 	s->len = d->total - hdr;
	movl	-20(%ebp), %ecx	# d.total, tmp288
	subl	%edx, %ecx	# hdr, tmp288
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# _129, tmp290
# platform-c/hv/env.c:81: 	s->len = d->total - hdr;
	movl	%ecx, 96(%esi)	# tmp288, MEM[(struct sk_buff *)_123].len
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %edx	#, tmp290
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _141
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_141].tag, off
	xorl	%eax, %ecx	# _129, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L53	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_141].mapped,
	addl	%eax, %ecx	#, off
	movl	%ecx, -192(%ebp)	# off, %sfp
.L54:
# platform-c/hv/env.c:83: 	copy(to, D((void *)d->mac), d->linear);
	movl	-176(%ebp), %edx	# d.mac, _152
# platform-c/hv/env.c:83: 	copy(to, D((void *)d->mac), d->linear);
	movl	-172(%ebp), %edi	# d.linear, _151
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _152, tmp294
	shrl	$12, %eax	#, tmp294
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _154
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_154].tag, off
	xorl	%edx, %ecx	# _152, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L55	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_154].mapped, off
	addl	%ecx, %esi	# off, off
.L56:
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edi, %eax	# _151, tmp313
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	%edi, %edx	# _151, _151
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %eax	#, tmp313
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edi, place_stats	# _151, place_stats.copy_bytes
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	%eax, %ecx	# tmp313, ecx_out
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-192(%ebp), %edi	# %sfp, edi_out
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _151
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
#NO_APP
	movl	-172(%ebp), %eax	# d.linear, at
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	xorl	%edx, %edx	# i
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	movl	%eax, -188(%ebp)	# at, %sfp
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	movl	-168(%ebp), %eax	# d.nr_frags,
	testl	%eax, %eax	#
	je	.L62	#,
	movl	%ebx, -200(%ebp)	# e, %sfp
	movl	%edx, %ebx	# i, i
	.p2align 4
	.p2align 3
.L57:
# platform-c/hv/env.c:85: 		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
	movl	-164(%ebp,%ebx,4), %ecx	# MEM[(unsigned int *)&d + 12B + i_144 * 4], _177
# platform-c/hv/env.c:85: 		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
	movl	-92(%ebp,%ebx,4), %edx	# MEM[(unsigned int *)&d + 84B + i_144 * 4], _176
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _177, tmp318
	shrl	$12, %eax	#, tmp318
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _179
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_179].tag, off
	xorl	%ecx, %esi	# _177, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L60	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_179].mapped,
	addl	%edi, %esi	#, _187
.L61:
# platform-c/hv/env.c:85: 		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
	movl	-192(%ebp), %edi	# %sfp, _149
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _176, tmp337
# platform-c/hv/env.c:85: 		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
	movl	-188(%ebp), %eax	# %sfp, at
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp337
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _176, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/hv/env.c:85: 		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
	addl	%eax, %edi	# at, tmp338
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _176
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/env.c:86: 		at += d->frag_len[i];
#NO_APP
	movl	-92(%ebp,%ebx,4), %esi	# MEM[(unsigned int *)&d + 84B + i_144 * 4], tmp467
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	incl	%ebx	# i
# platform-c/hv/env.c:86: 		at += d->frag_len[i];
	addl	%esi, %eax	# tmp467, at
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	cmpl	-168(%ebp), %ebx	# d.nr_frags, i
# platform-c/hv/env.c:86: 		at += d->frag_len[i];
	movl	%eax, -188(%ebp)	# at, %sfp
# platform-c/hv/env.c:84: 	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
	jb	.L57	#,
	movl	-200(%ebp), %ebx	# %sfp, e
.L62:
# platform-c/include/twin/place-hv.h:29: 	u32 va = (u32)p;
	movl	-196(%ebp), %eax	# %sfp, _102
	movl	144(%eax), %ecx	# MEM[(struct sk_buff *)_123].end, va
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# va, tmp314
	shrl	$12, %edx	#, tmp314
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _207
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_207].tag, off
	xorl	%ecx, %eax	# va, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L114	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_207].mapped,
	addl	%ecx, %eax	#, _215
.L63:
# platform-c/hv/env.c:88: 	((struct skb_shared_info *)D(s->end))->nr_frags = 0;
	movw	$0, 4(%eax)	#, MEM[(struct skb_shared_info *)_217].nr_frags
# platform-c/hv/env.c:90: 	__hw_hand_back(skb);
	movl	-184(%ebp), %eax	# %sfp,
# platform-c/hv/env.c:89: 	hv_stats.handed_back++;
	incl	hv_stats+32	# hv_stats.handed_back
# platform-c/hv/env.c:90: 	__hw_hand_back(skb);
	call	__hw_hand_back	#
# platform-c/hv/env.c:131: 			adopted = 1;
	movl	$1, %eax	#,
	movl	%eax, -196(%ebp)	#, %sfp
	jmp	.L46	#
.L49:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# _92,
	call	svm_slow_hv	#
	movl	%eax, -196(%ebp)	# tmp406, %sfp
	jmp	.L50	#
.L110:
# platform-c/hv/env.c:143: 		if (adopted && e)
	movzbl	-196(%ebp), %eax	# %sfp, tmp385
# platform-c/hv/env.c:142: 		hv_stats.unknown_mac++;
	incl	hv_stats+28	# hv_stats.unknown_mac
# platform-c/hv/env.c:143: 		if (adopted && e)
	andb	$1, %al	#, tmp385
# platform-c/hv/env.c:143: 		if (adopted && e)
	je	.L74	#,
# platform-c/hv/env.c:144: 			pool_give(e); /* dom0's skb went back in adopt() */
	movl	%ebx, %eax	# e,
	call	pool_give	#
	jmp	.L48	#
.L60:
	movl	%edx, -204(%ebp)	# _176, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _177,
	call	svm_slow_hv	#
	movl	-204(%ebp), %edx	# %sfp, _176
	movl	%eax, %esi	# tmp410, _187
	jmp	.L61	#
.L113:
# platform-c/hv/env.c:142: 		hv_stats.unknown_mac++;
	incl	hv_stats+28	# hv_stats.unknown_mac
	jmp	.L48	#
.L55:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# _152,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp409, _162
	jmp	.L56	#
.L114:
	movl	%ecx, %eax	# va,
	call	svm_slow_hv	#
	.p2align 4,,4
	jmp	.L63	#
.L53:
	.p2align 4,,6
	call	svm_slow_hv	#
	movl	%eax, -192(%ebp)	# tmp408, %sfp
	.p2align 4,,2
	jmp	.L54	#
.L51:
	movl	-184(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	jmp	.L52	#
.L107:
# platform-c/hv/env.c:125: 		__hw_abort(SAFETY_HV_INPUT, bad, 0, why);
	movl	%eax, (%esp)	# why,
	xorl	%ecx, %ecx	#
	movl	$2, %eax	#,
	movl	-180(%ebp), %edx	# bad,
	call	__hw_abort	#
	.size	env_rx, .-env_rx
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"dma_map_single: not contiguous dom0 RAM"
	.text
	.p2align 4
	.globl	env_virt_to_bus
	.type	env_virt_to_bus, @function
env_virt_to_bus:
	pushl	%ebp	#
# platform-c/hv/env.c:176: 	return dom0_bus(va, size, "dma_map_single: not contiguous dom0 RAM");
	movl	$.LC0, %ecx	#,
# platform-c/hv/env.c:175: {
	movl	%esp, %ebp	#,
# platform-c/hv/env.c:176: 	return dom0_bus(va, size, "dma_map_single: not contiguous dom0 RAM");
	call	dom0_bus	#
# platform-c/hv/env.c:177: }
	popl	%ebp	#
	ret	
	.size	env_virt_to_bus, .-env_virt_to_bus
	.section	.rodata.str1.4
	.align 4
.LC1:
	.string	"dma_map_page: not a dom0 struct page"
	.align 4
.LC2:
	.string	"dma_map_page: not contiguous dom0 RAM"
	.text
	.p2align 4
	.globl	env_page_to_bus
	.type	env_page_to_bus, @function
env_page_to_bus:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp99, offset
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp98, page
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/env.c:180: {
	movl	%ecx, %edi	# tmp100, size
# platform-c/hv/env.c:181: 	u32 bus = hv_l61 ? l61_placeholder_bus(page, offset, size) : pool_frag_bus(page, offset, size);
	cmpl	$0, hv_l61	#, hv_l61
	je	.L118	#,
# platform-c/hv/env.c:181: 	u32 bus = hv_l61 ? l61_placeholder_bus(page, offset, size) : pool_frag_bus(page, offset, size);
	call	l61_placeholder_bus	#
# platform-c/hv/env.c:184: 	if (bus)
	testl	%eax, %eax	# <retval>
	je	.L125	#,
.L117:
# platform-c/hv/env.c:190: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L118:
# platform-c/hv/env.c:181: 	u32 bus = hv_l61 ? l61_placeholder_bus(page, offset, size) : pool_frag_bus(page, offset, size);
	call	pool_frag_bus	#
# platform-c/hv/env.c:184: 	if (bus)
	testl	%eax, %eax	# <retval>
	jne	.L117	#,
.L125:
# platform-c/hv/env.c:186: 	va = dom0_page_va(page);
	movl	%esi, %eax	# page,
	call	dom0_page_va	#
# platform-c/hv/env.c:187: 	if (!va || offset >= PAGE_SIZE)
	testl	%eax, %eax	# va
	.p2align 4,,2
	je	.L123	#,
	cmpl	$4095, %ebx	#, offset
	ja	.L123	#,
# platform-c/hv/env.c:189: 	return dom0_bus(va + offset, size, "dma_map_page: not contiguous dom0 RAM");
	addl	%ebx, %eax	# offset, tmp96
	movl	%edi, %edx	# size,
	movl	$.LC2, %ecx	#,
	call	dom0_bus	#
# platform-c/hv/env.c:190: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L123:
# platform-c/hv/env.c:188: 		__hw_abort(SAFETY_HV_INPUT, page, 0, "dma_map_page: not a dom0 struct page");
	movl	$.LC1, (%esp)	#,
	xorl	%ecx, %ecx	#
	movl	%esi, %edx	# page,
	movl	$2, %eax	#,
	call	__hw_abort	#
	.size	env_page_to_bus, .-env_page_to_bus
	.p2align 4
	.globl	env_irq_mask
	.type	env_irq_mask, @function
env_irq_mask:
# platform-c/hv/env.c:194: 	return D((void *)dom0.upcall_mask);
	movl	dom0+20, %ecx	# dom0.upcall_mask, _1
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _1, tmp91
	shrl	$12, %edx	#, tmp91
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _4
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_4].tag, off
	xorl	%ecx, %eax	# _1, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L127	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_4].mapped,
	addl	%ecx, %eax	#, <retval>
# platform-c/hv/env.c:195: }
	ret	
	.p2align 4,,10
	.p2align 3
.L127:
# platform-c/hv/env.c:193: {
	pushl	%ebp	#
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _1,
# platform-c/hv/env.c:193: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
# platform-c/hv/env.c:195: }
	popl	%ebp	#
	ret	
	.size	env_irq_mask, .-env_irq_mask
	.p2align 4
	.globl	env_input_error
	.type	env_input_error, @function
env_input_error:
	pushl	%ebp	#
# platform-c/hv/env.c:199: 	__hw_abort(SAFETY_HV_INPUT, value, 0, why);
	movl	$2, %eax	#,
# platform-c/hv/env.c:198: {
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hv/env.c:199: 	__hw_abort(SAFETY_HV_INPUT, value, 0, why);
	movl	%ecx, (%esp)	# tmp86,
	xorl	%ecx, %ecx	#
	call	__hw_abort	#
	.size	env_input_error, .-env_input_error
	.p2align 4
	.globl	env_warn
	.type	env_warn, @function
env_warn:
# platform-c/hv/env.c:204: 	hv_stats.warnings++;
	incl	hv_stats+36	# hv_stats.warnings
# platform-c/hv/env.c:205: }
	ret	
	.size	env_warn, .-env_warn
	.globl	hv_alloc_fault
	.bss
	.align 4
	.type	hv_alloc_fault, @object
	.size	hv_alloc_fault, 16
hv_alloc_fault:
	.zero	16
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
