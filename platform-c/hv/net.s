	.file	"net.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"softirq: dom0's interrupt mask is not dom0 memory"
	.text
	.p2align 4
	.type	hv_softirq.part.0, @function
hv_softirq.part.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp124, max_calls
	pushl	%ebx	#
	subl	$4, %esp	#,
# platform-c/hv/net.c:333: 	if (hv_l61)
	movl	hv_l61, %ebx	# hv_l61,
	testl	%ebx, %ebx	#
	jne	.L15	#,
.L2:
# platform-c/hv/net.c:335: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	testl	%esi, %esi	# max_calls
	je	.L16	#,
	xorl	%ebx, %ebx	# calls
	jmp	.L3	#
	.p2align 4,,10
	.p2align 3
.L8:
	cmpl	%ebx, %esi	# calls, max_calls
	je	.L17	#,
.L3:
# platform-c/hv/net.c:335: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	movl	dom0+24, %eax	# dom0.irq,
	call	__hw_irq_line	#
# platform-c/hv/net.c:335: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	testl	%eax, %eax	# tmp127
	je	.L13	#,
# platform-c/hv/net.c:336: 		u8 *mask = svm_try(dom0.upcall_mask);
	movl	dom0+20, %eax	# dom0.upcall_mask,
	call	svm_try	#
# platform-c/hv/net.c:338: 		if (!mask) {
	testl	%eax, %eax	# mask
	je	.L18	#,
# platform-c/hv/net.c:342: 		if (*mask || svm_vif) {
	movzbl	(%eax), %eax	# *mask_4, *mask_4
	orb	svm_vif, %al	# svm_vif, tmp128
	jne	.L19	#,
# platform-c/hv/net.c:348: 		if (driver_irq(&ret))
	leal	-12(%ebp), %eax	#, tmp130
# platform-c/hv/net.c:347: 		calls++;
	incl	%ebx	# calls
# platform-c/hv/net.c:346: 		hv_stats.irq_calls++;
	incl	hv_stats+16	# hv_stats.irq_calls
# platform-c/hv/net.c:348: 		if (driver_irq(&ret))
	call	driver_irq	#
# platform-c/hv/net.c:348: 		if (driver_irq(&ret))
	testl	%eax, %eax	# tmp126
	jne	.L13	#,
# platform-c/hv/net.c:350: 		if (hv_l61)
	movl	hv_l61, %ecx	# hv_l61,
	testl	%ecx, %ecx	#
	je	.L8	#,
# platform-c/hv/net.c:351: 			l61_napi_run(max_calls);
	movl	%esi, %eax	# max_calls,
	call	l61_napi_run	#
# platform-c/hv/net.c:335: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	cmpl	%ebx, %esi	# calls, max_calls
	jne	.L3	#,
.L17:
# platform-c/hv/net.c:354: }
	popl	%edx	#
# platform-c/hv/net.c:353: 	return calls;
	movl	%esi, %eax	# max_calls, <retval>
# platform-c/hv/net.c:354: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L15:
# platform-c/hv/net.c:334: 		l61_napi_run(max_calls);
	call	l61_napi_run	#
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L13:
# platform-c/hv/net.c:353: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
.L1:
# platform-c/hv/net.c:354: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L19:
# platform-c/hv/net.c:343: 			hv_stats.irq_deferred++;
	incl	hv_stats+20	# hv_stats.irq_deferred
# platform-c/hv/net.c:353: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
# platform-c/hv/net.c:354: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L18:
# platform-c/hv/net.c:339: 			__hw_report(SAFETY_SVM_ACCESS, dom0.upcall_mask, "softirq: dom0's interrupt mask is not dom0 memory");
	movl	dom0+20, %edx	# dom0.upcall_mask,
	movl	$1, %eax	#,
	movl	$.LC0, %ecx	#,
	call	__hw_report	#
# platform-c/hv/net.c:353: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
# platform-c/hv/net.c:354: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
.L16:
# platform-c/hv/net.c:335: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	xorl	%eax, %eax	# <retval>
	jmp	.L1	#
	.size	hv_softirq.part.0, .-hv_softirq.part.0
	.p2align 4
	.globl	dom0_page_va
	.type	dom0_page_va, @function
dom0_page_va:
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	movl	dom0+4, %edx	# dom0.mem_map, _1
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%edx, %eax	# _1, page
	jb	.L24	#,
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	subl	%edx, %eax	# _1, off
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	movl	dom0+12, %edx	# dom0.frames, tmp94
	sall	$5, %edx	#, tmp94
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%edx, %eax	# tmp94, off
	jnb	.L24	#,
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	testb	$31, %al	#, off
	jne	.L24	#,
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	movl	dom0+16, %edx	# dom0.lowmem,
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %eax	#, tmp97
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %eax	#, tmp98
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	addl	%edx, %eax	#, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L24:
# platform-c/hv/net.c:30: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:32: }
	ret	
	.size	dom0_page_va, .-dom0_page_va
	.section	.rodata.str1.4
	.align 4
.LC1:
	.string	"netif_rx: the skb is not dom0 memory"
	.align 4
.LC2:
	.string	"netif_rx: no MAC header in front of the data"
	.align 4
.LC3:
	.string	"netif_rx: data_len larger than len"
	.align 4
.LC4:
	.string	"netif_rx: frame longer than a guest buffer"
	.align 4
.LC5:
	.string	"netif_rx: skb_shinfo is not dom0 memory"
	.align 4
.LC6:
	.string	"netif_rx: nr_frags larger than MAX_SKB_FRAGS"
	.align 4
.LC7:
	.string	"netif_rx: fragment page is not a dom0 struct page"
	.align 4
.LC8:
	.string	"netif_rx: fragment leaves its page"
	.align 4
.LC9:
	.string	"netif_rx: fragments do not hold data_len bytes"
	.text
	.p2align 4
	.globl	rx_describe
	.type	rx_describe, @function
rx_describe:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%ecx, %edi	# tmp155, bad
	pushl	%esi	#
	movl	%eax, %esi	# tmp153, skb
	pushl	%ebx	#
	subl	$16, %esp	#,
# platform-c/hv/net.c:35: {
	movl	%edx, -20(%ebp)	# tmp154, %sfp
	movl	%ecx, -16(%ebp)	# bad, %sfp
# platform-c/hv/net.c:36: 	struct sk_buff *s = svm_try(skb);
	call	svm_try	#
# platform-c/hv/net.c:40: 	*bad = skb;
	movl	%esi, (%edi)	# skb, *bad_31(D)
# platform-c/hv/net.c:41: 	if (!s)
	testl	%eax, %eax	# s
# platform-c/hv/net.c:36: 	struct sk_buff *s = svm_try(skb);
	movl	%eax, %ebx	# tmp156, s
# platform-c/hv/net.c:41: 	if (!s)
	je	.L33	#,
# platform-c/hv/net.c:43: 	d->mac = (u32)s->mac.raw;
	movl	36(%eax), %eax	# s_29->mac.raw, _2
# platform-c/hv/net.c:43: 	d->mac = (u32)s->mac.raw;
	movl	-20(%ebp), %ecx	# %sfp, d
	movl	%eax, (%ecx)	# _2, d_33(D)->mac
# platform-c/hv/net.c:44: 	hdr = (u32)s->data - d->mac;
	movl	136(%ebx), %esi	# s_29->data, _4
# platform-c/hv/net.c:46: 	data_len = s->data_len;
	movl	100(%ebx), %edi	# s_29->data_len, data_len
# platform-c/hv/net.c:45: 	len = s->len;
	movl	96(%ebx), %ecx	# s_29->len, len
# platform-c/hv/net.c:44: 	hdr = (u32)s->data - d->mac;
	movl	%esi, %edx	# _4, hdr
# platform-c/hv/net.c:46: 	data_len = s->data_len;
	movl	%edi, -24(%ebp)	# data_len, %sfp
# platform-c/hv/net.c:44: 	hdr = (u32)s->data - d->mac;
	subl	%eax, %edx	# _2, hdr
# platform-c/hv/net.c:48: 	if (hdr < ETH_HLEN || hdr > 64)
	leal	-14(%edx), %edi	#, tmp126
# platform-c/hv/net.c:48: 	if (hdr < ETH_HLEN || hdr > 64)
	cmpl	$50, %edi	#, tmp126
	ja	.L45	#,
# platform-c/hv/net.c:51: 	if (data_len > len)
	movl	-24(%ebp), %edi	# %sfp, data_len
	cmpl	%edi, %ecx	# data_len, len
	jb	.L46	#,
# platform-c/hv/net.c:53: 	*bad = len;
	movl	-16(%ebp), %edi	# %sfp, bad
# platform-c/hv/net.c:54: 	if (len > NET_RX_BUFFER - hdr)
	addl	$2048, %eax	#, tmp127
	subl	%esi, %eax	# _4, tmp127
# platform-c/hv/net.c:53: 	*bad = len;
	movl	%ecx, (%edi)	# len, *bad_31(D)
# platform-c/hv/net.c:54: 	if (len > NET_RX_BUFFER - hdr)
	movl	%eax, %edi	# tmp127, tmp128
# platform-c/hv/net.c:55: 		return "netif_rx: frame longer than a guest buffer";
	movl	$.LC4, %eax	#, <retval>
# platform-c/hv/net.c:54: 	if (len > NET_RX_BUFFER - hdr)
	cmpl	%ecx, %edi	# len, tmp128
	jnb	.L47	#,
.L25:
# platform-c/hv/net.c:85: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L45:
# platform-c/hv/net.c:47: 	*bad = hdr;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%edx, (%eax)	# hdr, *bad_31(D)
# platform-c/hv/net.c:85: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:49: 		return "netif_rx: no MAC header in front of the data";
	movl	$.LC2, %eax	#, <retval>
# platform-c/hv/net.c:85: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L46:
# platform-c/hv/net.c:50: 	*bad = data_len;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%edi, (%eax)	# data_len, *bad_31(D)
# platform-c/hv/net.c:85: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:52: 		return "netif_rx: data_len larger than len";
	movl	$.LC3, %eax	#, <retval>
# platform-c/hv/net.c:85: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L47:
# platform-c/hv/net.c:56: 	d->linear = hdr + len - data_len;
	movl	-24(%ebp), %esi	# %sfp, data_len
# platform-c/hv/net.c:56: 	d->linear = hdr + len - data_len;
	addl	%ecx, %edx	# len, _8
# platform-c/hv/net.c:56: 	d->linear = hdr + len - data_len;
	movl	%edx, %eax	# _8, tmp129
	subl	%esi, %eax	# data_len, tmp129
	movl	-20(%ebp), %esi	# %sfp, d
	movl	%eax, 4(%esi)	# tmp129, d_33(D)->linear
# platform-c/hv/net.c:58: 	d->flags = 0; /* the mini API's drivers validate no checksums */
	xorl	%eax, %eax	#
# platform-c/hv/net.c:57: 	d->total = hdr + len;
	movl	%edx, 156(%esi)	# _8, d_33(D)->total
# platform-c/hv/net.c:58: 	d->flags = 0; /* the mini API's drivers validate no checksums */
	movl	%eax, 160(%esi)	#, d_33(D)->flags
# platform-c/hv/net.c:59: 	sh = svm_try((u32)s->end);
	movl	144(%ebx), %eax	# s_29->end, s_29->end
	call	svm_try	#
# platform-c/hv/net.c:60: 	*bad = (u32)s->end;
	movl	144(%ebx), %edx	# s_29->end, s_29->end
	movl	-16(%ebp), %ecx	# %sfp, bad
	movl	%edx, (%ecx)	# s_29->end, *bad_31(D)
# platform-c/hv/net.c:61: 	if (!sh)
	testl	%eax, %eax	# sh
	je	.L35	#,
# platform-c/hv/net.c:63: 	d->nr_frags = sh->nr_frags;
	movzwl	4(%eax), %edi	# sh_45->nr_frags, sum
# platform-c/hv/net.c:63: 	d->nr_frags = sh->nr_frags;
	movl	%edi, 8(%esi)	# sum, d_33(D)->nr_frags
# platform-c/hv/net.c:65: 	if (d->nr_frags > MAX_SKB_FRAGS)
	cmpl	$18, %edi	#, sum
# platform-c/hv/net.c:63: 	d->nr_frags = sh->nr_frags;
	movl	%edi, -28(%ebp)	# sum, %sfp
# platform-c/hv/net.c:64: 	*bad = d->nr_frags;
	movl	%edi, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:65: 	if (d->nr_frags > MAX_SKB_FRAGS)
	ja	.L36	#,
# platform-c/hv/net.c:67: 	for (i = 0; i < d->nr_frags; i++) {
	testl	%edi, %edi	# sum
	je	.L29	#,
# platform-c/hv/net.c:38: 	u32 hdr, len, data_len, i, sum = 0;
	movl	$0, -28(%ebp)	#, %sfp
	addl	$20, %eax	#, ivtmp.59
# platform-c/hv/net.c:67: 	for (i = 0; i < d->nr_frags; i++) {
	xorl	%ecx, %ecx	# i
	movl	%eax, -20(%ebp)	# ivtmp.59, %sfp
# platform-c/hv/net.c:75: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	%esi, %edi	# d, d
	jmp	.L32	#
	.p2align 4,,10
	.p2align 3
.L48:
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	movl	%esi, %edx	# _17, off
	subl	%eax, %edx	# _59, off
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	movl	dom0+12, %eax	# dom0.frames, tmp134
	sall	$5, %eax	#, tmp134
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%eax, %edx	# tmp134, off
	jnb	.L30	#,
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	testb	$31, %dl	#, off
	jne	.L30	#,
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %edx	#, tmp137
# platform-c/hv/net.c:68: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	4(%ebx), %eax	# MEM[(unsigned int *)_50 + 4B], off
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %edx	#, tmp138
# platform-c/hv/net.c:69: 		u32 size = sh->frags[i].size;
	movl	8(%ebx), %ebx	# MEM[(unsigned int *)_50 + 8B], size
# platform-c/hv/net.c:72: 		if (!va)
	addl	dom0+16, %edx	# dom0.lowmem, _67
	je	.L30	#,
# platform-c/hv/net.c:74: 		*bad = off;
	movl	-16(%ebp), %esi	# %sfp, bad
# platform-c/hv/net.c:75: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	$4095, %eax	#, off
# platform-c/hv/net.c:74: 		*bad = off;
	movl	%eax, (%esi)	# off, *bad_31(D)
# platform-c/hv/net.c:75: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	ja	.L38	#,
# platform-c/hv/net.c:75: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	$4096, %esi	#, tmp141
	subl	%eax, %esi	# off, tmp141
# platform-c/hv/net.c:75: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	%ebx, %esi	# size, tmp141
	jb	.L38	#,
# platform-c/hv/net.c:78: 		d->frag_len[i] = size;
	movl	%ebx, 84(%edi,%ecx,4)	# size, MEM[(unsigned int *)d_33(D) + 84B + i_83 * 4]
# platform-c/hv/net.c:77: 		d->frag_va[i] = va + off;
	addl	%edx, %eax	# _67, tmp143
	movl	%eax, 12(%edi,%ecx,4)	# tmp143, MEM[(unsigned int *)d_33(D) + 12B + i_83 * 4]
# platform-c/hv/net.c:67: 	for (i = 0; i < d->nr_frags; i++) {
	incl	%ecx	# i
# platform-c/hv/net.c:79: 		sum += size;
	addl	%ebx, -28(%ebp)	# size, %sfp
# platform-c/hv/net.c:67: 	for (i = 0; i < d->nr_frags; i++) {
	addl	$12, -20(%ebp)	#, %sfp
	cmpl	8(%edi), %ecx	# d_33(D)->nr_frags, i
	jnb	.L29	#,
.L32:
# platform-c/hv/net.c:68: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	-20(%ebp), %ebx	# %sfp, ivtmp.59
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	movl	dom0+4, %eax	# dom0.mem_map, _59
# platform-c/hv/net.c:68: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	(%ebx), %esi	# MEM[(struct page * *)_50], _17
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%eax, %esi	# _59, _17
	jnb	.L48	#,
.L30:
# platform-c/hv/net.c:71: 		*bad = (u32)sh->frags[i].page;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%esi, (%eax)	# _17, *bad_31(D)
# platform-c/hv/net.c:73: 			return "netif_rx: fragment page is not a dom0 struct page";
	movl	$.LC7, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hv/net.c:85: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:42: 		return "netif_rx: the skb is not dom0 memory";
	movl	$.LC1, %eax	#, <retval>
# platform-c/hv/net.c:85: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L36:
# platform-c/hv/net.c:66: 		return "netif_rx: nr_frags larger than MAX_SKB_FRAGS";
	movl	$.LC6, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L38:
# platform-c/hv/net.c:76: 			return "netif_rx: fragment leaves its page";
	movl	$.LC8, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L35:
# platform-c/hv/net.c:62: 		return "netif_rx: skb_shinfo is not dom0 memory";
	movl	$.LC5, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L29:
# platform-c/hv/net.c:81: 	*bad = sum;
	movl	-28(%ebp), %eax	# %sfp, sum
# platform-c/hv/net.c:84: 	return NULL;
	movl	$.LC9, %esi	#, tmp150
# platform-c/hv/net.c:81: 	*bad = sum;
	movl	-16(%ebp), %ecx	# %sfp, bad
# platform-c/hv/net.c:84: 	return NULL;
	cmpl	%eax, -24(%ebp)	# sum, %sfp
# platform-c/hv/net.c:81: 	*bad = sum;
	movl	%eax, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:84: 	return NULL;
	movl	$0, %eax	#, tmp151
	cmovne	%esi, %eax	# tmp150,, tmp151
	jmp	.L25	#
	.size	rx_describe, .-rx_describe
	.p2align 4
	.globl	net_setup
	.type	net_setup, @function
net_setup:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp100, g
	subl	$4, %esp	#,
# platform-c/hv/net.c:89: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	8(%ebp), %eax	# gnttab, tmp96
	orl	%ecx, %eax	# rx, tmp96
	orl	%edx, %eax	# tx, tmp97
# platform-c/hv/net.c:89: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	$4095, %eax	#, tmp97
	jne	.L52	#,
# platform-c/hv/net.c:89: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	$1, (%esp)	#,
	movl	%ecx, %edi	# tmp102, rx
	movl	%ebx, %eax	# g,
	movl	$4096, %ecx	#,
	movl	%edx, %esi	# tmp101, tx
	call	guest_page	#
# platform-c/hv/net.c:89: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp103
	je	.L52	#,
# platform-c/hv/net.c:90: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%edi, %edx	# rx,
	movl	%ebx, %eax	# g,
	call	guest_page	#
# platform-c/hv/net.c:89: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp104
	je	.L52	#,
# platform-c/hv/net.c:90: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$0, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%ebx, %eax	# g,
	movl	8(%ebp), %edx	# gnttab,
	call	guest_page	#
# platform-c/hv/net.c:90: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp105
	je	.L52	#,
# platform-c/hv/net.c:92: 	g->tx = (struct netif_tx_ring *)tx;
	movl	%esi, 12(%ebx)	# tx, g_17(D)->tx
# platform-c/hv/net.c:94: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	8(%ebp), %eax	# gnttab, tmp108
# platform-c/hv/net.c:93: 	g->rx = (struct netif_rx_ring *)rx;
	movl	%edi, 16(%ebx)	# rx, g_17(D)->rx
# platform-c/hv/net.c:95: 	g->rx_cons = 0;
	movl	$0, 24(%ebx)	#, g_17(D)->rx_cons
# platform-c/hv/net.c:94: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	%eax, 20(%ebx)	# tmp108, g_17(D)->gnttab
# platform-c/hv/net.c:96: 	return HC_OK;
	xorl	%eax, %eax	# <retval>
.L49:
# platform-c/hv/net.c:97: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L52:
# platform-c/hv/net.c:91: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L49	#
	.size	net_setup, .-net_setup
	.p2align 4
	.globl	net_grant_frame
	.type	net_grant_frame, @function
net_grant_frame:
# platform-c/hv/net.c:104: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	cmpl	$511, %edx	#, gref
	jbe	.L64	#,
# platform-c/hv/net.c:105: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:110: }
	ret	
	.p2align 4,,10
	.p2align 3
.L64:
# platform-c/hv/net.c:101: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp108, gref
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp107, g
	movl	%edi, -4(%ebp)	#,
	movl	%ecx, %edi	# tmp109, write
# platform-c/hv/net.c:104: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	movl	$4096, %ecx	#,
	movl	20(%eax), %edx	# g_13(D)->gnttab, g_13(D)->gnttab
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:104: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp110
	je	.L66	#,
# platform-c/hv/net.c:106: 	e = g->gnttab[gref];
	movl	20(%esi), %eax	# g_13(D)->gnttab, g_13(D)->gnttab
	leal	(%eax,%ebx,8), %eax	#, _6
# platform-c/hv/net.c:106: 	e = g->gnttab[gref];
	movzwl	(%eax), %edx	# _6->flags, e$flags
	movl	4(%eax), %eax	# _6->frame, <retval>
# platform-c/hv/net.c:107: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$1, %dl	#, e$flags
	je	.L66	#,
# platform-c/hv/net.c:107: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	%edi, %edi	# write
	je	.L67	#,
# platform-c/hv/net.c:107: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$4, %dl	#, e$flags
	jne	.L66	#,
.L67:
# platform-c/hv/net.c:107: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	$4095, %eax	#, <retval>
	je	.L63	#,
	.p2align 4
	.p2align 3
.L66:
# platform-c/hv/net.c:105: 		return 0;
	xorl	%eax, %eax	# <retval>
.L63:
# platform-c/hv/net.c:110: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	net_grant_frame, .-net_grant_frame
	.section	.rodata.str1.4
	.align 4
.LC10:
	.string	"transmit hypercall: the net device is not dom0 memory"
	.align 4
.LC11:
	.string	"transmit hypercall: a pooled skb is no longer dom0 memory"
	.text
	.p2align 4
	.globl	net_tx
	.type	net_tx, @function
net_tx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$40, %esp	#,
# platform-c/hv/net.c:113: {
	movl	%eax, -20(%ebp)	# g, %sfp
# platform-c/hv/net.c:121: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	12(%eax), %ecx	# g_78(D)->tx,
	testl	%ecx, %ecx	#
	je	.L83	#,
# platform-c/hv/net.c:121: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$0, (%esp)	#,
	movl	$12, %ecx	#,
	movl	%edx, %ebx	# tmp298, req_va
	movl	-20(%ebp), %eax	# %sfp,
	call	guest_page	#
# platform-c/hv/net.c:121: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	testl	%eax, %eax	# tmp299
	je	.L83	#,
# platform-c/hv/net.c:123: 	req = *(struct netif_tx_request *)req_va;
	movzwl	4(%ebx), %esi	# req_va.3_3->id, req$id
	movzwl	2(%ebx), %edi	# req_va.3_3->offset, req$offset
	movzwl	(%ebx), %edx	# req_va.3_3->gref, req$gref
	movzwl	8(%ebx), %ecx	# req_va.3_3->flags, req$flags
	movl	%esi, -36(%ebp)	# req$id, %sfp
	movzwl	6(%ebx), %esi	# req_va.3_3->size, req$size
	movl	%edi, -44(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:125: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	leal	-14(%esi), %eax	#, tmp194
# platform-c/hv/net.c:125: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpw	$1500, %ax	#, tmp194
	ja	.L105	#,
	cmpl	$4095, %edi	#, req$offset
	movl	%edi, %ebx	# req$offset, req$offset
	ja	.L105	#,
# platform-c/hv/net.c:126: 	    req.size > PAGE_SIZE - req.offset || (req.flags & ~NETTXF_data_validated))
	movl	$4096, %eax	#, tmp201
	subl	%edi, %eax	# req$offset, tmp200
# platform-c/hv/net.c:125: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpl	%esi, %eax	# req$size, tmp200
	jb	.L105	#,
# platform-c/hv/net.c:126: 	    req.size > PAGE_SIZE - req.offset || (req.flags & ~NETTXF_data_validated))
	andl	$65533, %ecx	#, req$flags
	jne	.L105	#,
# platform-c/hv/net.c:128: 	page = net_grant_frame(g, req.gref, 0);
	movl	-20(%ebp), %edi	# %sfp, g
	xorl	%ecx, %ecx	#
	movl	%edi, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net.c:129: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	testl	%eax, %eax	# page
	je	.L83	#,
# platform-c/hv/net.c:129: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	addl	%ebx, %eax	# req$offset, _14
	movl	%esi, %ecx	# req$size,
	movl	%eax, -40(%ebp)	# _14, %sfp
	movl	%eax, %edx	# _14,
	movl	%edi, %eax	# g,
	movl	$0, (%esp)	#,
	call	guest_page	#
	movl	%eax, -48(%ebp)	# iftmp.4_84, %sfp
# platform-c/hv/net.c:130: 	if (!mfn)
	testl	%eax, %eax	# iftmp.4_84
	je	.L83	#,
# platform-c/hv/net.c:132: 	if (!dom0.netdev || hv_driver_dead)
	movl	dom0, %eax	# dom0.netdev, _15
# platform-c/hv/net.c:132: 	if (!dom0.netdev || hv_driver_dead)
	testl	%eax, %eax	# _15
	je	.L85	#,
# platform-c/hv/net.c:132: 	if (!dom0.netdev || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L85	#,
# platform-c/hv/net.c:134: 	nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net.c:135: 	if (!nd) {
	testl	%eax, %eax	# nd
	je	.L125	#,
# platform-c/hv/net.c:139: 	if (nd->state & XOFF) {
	testb	$1, 36(%eax)	#, nd_87->state
	.p2align 4,,2
	jne	.L88	#,
.L92:
# platform-c/hv/net.c:145: 	head = min_t(u32, req.size, NET_TX_HEAD);
	movl	$96, %eax	#, tmp309
# platform-c/hv/net.c:146: 	rest = req.size - head;
	movl	%esi, %ecx	# req$size, rest
# platform-c/hv/net.c:145: 	head = min_t(u32, req.size, NET_TX_HEAD);
	cmpl	%eax, %esi	# tmp309, req$size
	cmovbe	%esi, %eax	# req$size,, tmp309
	movl	%eax, -24(%ebp)	# head, %sfp
# platform-c/hv/net.c:146: 	rest = req.size - head;
	subl	%eax, %ecx	# head, rest
	movl	%ecx, -28(%ebp)	# rest, %sfp
# platform-c/hv/net.c:147: 	e = pool_take(head);
	call	pool_take	#
# platform-c/hv/net.c:148: 	if (!e)
	testl	%eax, %eax	# e
# platform-c/hv/net.c:147: 	e = pool_take(head);
	movl	%eax, %ebx	# tmp303, e
# platform-c/hv/net.c:148: 	if (!e)
	je	.L126	#,
# platform-c/hv/net.c:150: 	s = svm_try(e->skb);
	movl	(%eax), %eax	# e_94->skb, e_94->skb
	call	svm_try	#
	movl	%eax, -32(%ebp)	# s, %sfp
# platform-c/hv/net.c:151: 	if (!s) {
	testl	%eax, %eax	# s
	je	.L127	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	-32(%ebp), %edx	# %sfp, s
	movl	$31, %ecx	#, ecx_out
	xorl	%eax, %eax	# tmp219
	movl	%edx, %edi	# s, edi_out
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $124, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:157: 	s->truesize = e->size + sizeof(struct sk_buff);
#NO_APP
	movl	8(%ebx), %eax	# e_94->size, tmp326
# platform-c/hv/net.c:157: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%edx, %edi	# s, s
# platform-c/hv/net.c:161: 	s->tail = s->data + head;
	movl	-24(%ebp), %ecx	# %sfp, head
# platform-c/hv/net.c:157: 	s->truesize = e->size + sizeof(struct sk_buff);
	addl	$148, %eax	#, tmp223
# platform-c/hv/net.c:157: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%eax, 124(%edx)	# tmp223, s_96->truesize
# platform-c/hv/net.c:158: 	s->users.counter = 2;
	movl	$2, %eax	#,
	movl	%eax, 128(%edx)	#, s_96->users.counter
# platform-c/hv/net.c:159: 	s->head = (u8 *)e->head;
	movl	4(%ebx), %eax	# e_94->head, e_94->head
	movl	%eax, 132(%edx)	# e_94->head, s_96->head
# platform-c/hv/net.c:160: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	4(%ebx), %eax	# e_94->head, tmp330
	addl	$16, %eax	#, _31
# platform-c/hv/net.c:160: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	%eax, 136(%edx)	# _31, s_96->data
# platform-c/hv/net.c:161: 	s->tail = s->data + head;
	leal	(%eax,%ecx), %edx	#, tmp227
	movl	%edx, 140(%edi)	# tmp227, s_96->tail
# platform-c/hv/net.c:162: 	s->end = (u8 *)e->head + e->size;
	movl	4(%ebx), %edx	# e_94->head, e_94->head
	movl	8(%ebx), %ecx	# e_94->size,
# platform-c/hv/net.c:164: 	s->len = req.size;
	movl	%esi, 96(%edi)	# req$size, s_96->len
# platform-c/hv/net.c:165: 	s->data_len = rest;
	movl	-28(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:162: 	s->end = (u8 *)e->head + e->size;
	addl	%ecx, %edx	#, tmp231
# platform-c/hv/net.c:162: 	s->end = (u8 *)e->head + e->size;
	movl	%edx, 144(%edi)	# tmp231, s_96->end
# platform-c/hv/net.c:163: 	s->dev = (struct net_device *)dom0.netdev;
	movl	dom0, %edx	# dom0.netdev, dom0.netdev
# platform-c/hv/net.c:165: 	s->data_len = rest;
	movl	%esi, 100(%edi)	# rest, s_96->data_len
# platform-c/hv/net.c:163: 	s->dev = (struct net_device *)dom0.netdev;
	movl	%edx, 20(%edi)	# dom0.netdev, s_96->dev
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# _31, tmp236
	shrl	$12, %edx	#, tmp236
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _153
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_153].tag, off
	xorl	%eax, %edi	# _31, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edi	#, off
	ja	.L94	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_153].mapped,
	addl	%eax, %edi	#, _161
.L95:
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	-24(%ebp), %eax	# %sfp, head
	addl	%eax, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-40(%ebp), %esi	# %sfp, esi_out
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# head, tmp255
	shrl	$2, %ecx	#, tmp255
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %eax, %ecx	# head
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/include/twin/place-hv.h:29: 	u32 va = (u32)p;
#NO_APP
	movl	-32(%ebp), %eax	# %sfp, s
	movl	144(%eax), %edx	# s_96->end, va
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# va, tmp256
	shrl	$12, %eax	#, tmp256
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _133
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_133].tag, off
	xorl	%edx, %ecx	# va, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L96	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_133].mapped,
	addl	%esi, %ecx	#, off
	movl	%ecx, %edx	# off, _141
.L97:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$5, %ecx	#, ecx_out
	movl	%edx, %edi	# _141, edi_out
	xorl	%eax, %eax	# tmp262
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $20, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:171: 		sh->dataref.counter = 1;
#NO_APP
	movl	$1, (%edx)	#, MEM[(struct skb_shared_info *)_143].dataref.counter
# platform-c/hv/net.c:172: 		if (rest) {
	movl	-28(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L128	#,
.L98:
# platform-c/hv/net.c:181: 	e->tx_guest = g->id;
	movl	-20(%ebp), %esi	# %sfp, g
	movl	(%esi), %eax	# g_78(D)->id, g_78(D)->id
	movl	%eax, -24(%ebp)	# g_78(D)->id, %sfp
	movl	-24(%ebp), %eax	# %sfp, tmp356
	movw	%ax, 16(%ebx)	# tmp356, e_94->tx_guest
# platform-c/hv/net.c:182: 	e->tx_id = req.id;
	movl	-36(%ebp), %eax	# %sfp, tmp357
	movw	%ax, 18(%ebx)	# tmp357, e_94->tx_id
# platform-c/hv/net.c:183: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	1592(%esi), %eax	# g_78(D)->tx_inflight, g_78(D)->tx_inflight
	movl	%eax, -24(%ebp)	# g_78(D)->tx_inflight, %sfp
	incl	%eax	# _51
# platform-c/hv/net.c:183: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	%eax, 1592(%esi)	# _51, g_78(D)->tx_inflight
	cmpl	$128, %eax	#, _51
	ja	.L129	#,
.L99:
	movl	$2, %esi	#, ivtmp_196
.L102:
# platform-c/hv/net.c:186: 		hv_stats.xmit_calls++;
	incl	hv_stats+4	# hv_stats.xmit_calls
# platform-c/hv/net.c:187: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	movl	dom0, %edx	# dom0.netdev,
	leal	-16(%ebp), %ecx	#, tmp363
	movl	(%ebx), %eax	# e_94->skb, e_94->skb
	call	driver_xmit	#
# platform-c/hv/net.c:187: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	testl	%eax, %eax	# tmp308
	jne	.L85	#,
# platform-c/hv/net.c:189: 		if (ret == NETDEV_TX_OK) {
	movl	-16(%ebp), %eax	# ret, <retval>
# platform-c/hv/net.c:189: 		if (ret == NETDEV_TX_OK) {
	testl	%eax, %eax	# <retval>
	je	.L130	#,
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
# platform-c/hv/net.c:193: 		hv_stats.xmit_busy++;
	incl	hv_stats+12	# hv_stats.xmit_busy
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	testl	%edx, %edx	#
	je	.L101	#,
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L101	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L101:
# platform-c/hv/net.c:185: 	for (attempt = 0; attempt < 2; attempt++) {
	decl	%esi	# ivtmp_196
	je	.L131	#,
	movl	$1, %esi	#, ivtmp_196
	jmp	.L102	#
	.p2align 4,,10
	.p2align 3
.L131:
# platform-c/hv/net.c:197: 	e->tx_guest = 0;
	movw	$0, 16(%ebx)	#, e_94->tx_guest
# platform-c/hv/net.c:198: 	g->tx_inflight--;
	movl	-20(%ebp), %eax	# %sfp, g
	decl	1592(%eax)	# g_78(D)->tx_inflight
# platform-c/hv/net.c:199: 	pool_give(e);
	movl	%ebx, %eax	# e,
	call	pool_give	#
.L91:
# platform-c/hv/net.c:143: 			return HC_EBUSY;
	movl	$-16, %eax	#, <retval>
.L80:
# platform-c/hv/net.c:201: }
	addl	$40, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L88:
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edi	# dom0.irq_handler,
	testl	%edi, %edi	#
	je	.L90	#,
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %ebx	# hv_driver_dead,
	testl	%ebx, %ebx	#
	jne	.L90	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L90:
# platform-c/hv/net.c:141: 		nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
	call	svm_try	#
# platform-c/hv/net.c:142: 		if (!nd || (nd->state & XOFF))
	testl	%eax, %eax	# nd
	je	.L91	#,
# platform-c/hv/net.c:142: 		if (!nd || (nd->state & XOFF))
	testb	$1, 36(%eax)	#, nd_89->state
	je	.L92	#,
	.p2align 4,,5
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L129:
# platform-c/hv/net.c:184: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movl	(%esi), %eax	# g_78(D)->id, _52
# platform-c/hv/net.c:184: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_52]
	jmp	.L99	#
	.p2align 4,,10
	.p2align 3
.L128:
# platform-c/hv/net.c:173: 			sh->nr_frags = 1;
	movw	$1, 4(%edx)	#, MEM[(struct skb_shared_info *)_143].nr_frags
# platform-c/hv/net.c:175: 			sh->frags[0].page_offset = req.offset + head;
	movl	-24(%ebp), %ecx	# %sfp, head
# platform-c/hv/net.c:174: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	20(%ebx), %eax	# e_94->page[0], e_94->page[0]
# platform-c/hv/net.c:176: 			sh->frags[0].size = rest;
	movl	-28(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:174: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	%eax, 20(%edx)	# e_94->page[0], MEM[(struct skb_shared_info *)_143].frags[0].page
# platform-c/hv/net.c:175: 			sh->frags[0].page_offset = req.offset + head;
	movl	-44(%ebp), %eax	# %sfp, req$offset
# platform-c/hv/net.c:176: 			sh->frags[0].size = rest;
	movl	%esi, 28(%edx)	# rest, MEM[(struct skb_shared_info *)_143].frags[0].size
# platform-c/hv/net.c:175: 			sh->frags[0].page_offset = req.offset + head;
	addl	%ecx, %eax	# head, req$offset
# platform-c/hv/net.c:177: 			pool_bind_frag(e, 0, mfn);
	movl	-48(%ebp), %ecx	# %sfp,
# platform-c/hv/net.c:175: 			sh->frags[0].page_offset = req.offset + head;
	movl	%eax, 24(%edx)	# tmp265, MEM[(struct skb_shared_info *)_143].frags[0].page_offset
# platform-c/hv/net.c:177: 			pool_bind_frag(e, 0, mfn);
	movl	%ebx, %eax	# e,
	xorl	%edx, %edx	#
	call	pool_bind_frag	#
# platform-c/hv/net.c:178: 			s->truesize += rest;
	movl	-32(%ebp), %eax	# %sfp, s
	addl	%esi, 124(%eax)	# rest, s_96->truesize
	jmp	.L98	#
	.p2align 4,,10
	.p2align 3
.L94:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %edi	# tmp306, _161
	jmp	.L95	#
	.p2align 4,,10
	.p2align 3
.L96:
	movl	%edx, %eax	# va,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp307, _141
	.p2align 4,,2
	jmp	.L97	#
	.p2align 4,,10
	.p2align 3
.L130:
# platform-c/hv/net.c:190: 			hv_stats.xmit_ok++;
	incl	hv_stats+8	# hv_stats.xmit_ok
# platform-c/hv/net.c:191: 			return HC_OK;
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L105:
# platform-c/hv/net.c:127: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L83:
# platform-c/hv/net.c:122: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L80	#
.L126:
# platform-c/hv/net.c:149: 		return HC_EAGAIN;
	movl	$-11, %eax	#, <retval>
	jmp	.L80	#
.L125:
# platform-c/hv/net.c:136: 		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
	movl	dom0, %edx	# dom0.netdev,
	movl	$.LC10, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
	.p2align 4
	.p2align 3
.L85:
# platform-c/hv/net.c:133: 		return HC_ENODEV;
	movl	$-19, %eax	#, <retval>
	jmp	.L80	#
.L127:
# platform-c/hv/net.c:152: 		__hw_report(SAFETY_SVM_ACCESS, e->skb, "transmit hypercall: a pooled skb is no longer dom0 memory");
	movl	(%ebx), %edx	# e_94->skb, e_94->skb
	movl	$.LC11, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
# platform-c/hv/net.c:153: 		return HC_ENODEV;
	jmp	.L85	#
	.size	net_tx, .-net_tx
	.p2align 4
	.globl	guest_tx_complete
	.type	guest_tx_complete, @function
guest_tx_complete:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp100, id
	movl	%esi, -4(%ebp)	#,
# platform-c/hv/net.c:204: {
	movl	%edx, %esi	# tmp101, tx_id
# platform-c/hv/net.c:205: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
# platform-c/hv/net.c:207: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	testl	%eax, %eax	# g
	je	.L132	#,
# platform-c/hv/net.c:207: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	1576(%eax), %edx	# g_14->txc_tail, _1
# platform-c/hv/net.c:207: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	%edx, %ecx	# _1, tmp93
	subl	1572(%eax), %ecx	# g_14->txc_head, tmp93
# platform-c/hv/net.c:207: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	cmpl	$255, %ecx	#, tmp93
	ja	.L132	#,
# platform-c/hv/net.c:209: 	if (g->tx_inflight)
	movl	1592(%eax), %ecx	# g_14->tx_inflight, _4
# platform-c/hv/net.c:209: 	if (g->tx_inflight)
	testl	%ecx, %ecx	# _4
	jne	.L142	#,
.L134:
# platform-c/hv/net.c:211: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	leal	1(%edx), %ecx	#, tmp95
# platform-c/hv/net.c:211: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movzbl	%dl, %edx	# _1, _1
# platform-c/hv/net.c:211: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movl	%ecx, 1576(%eax)	# tmp95, g_14->txc_tail
# platform-c/hv/net.c:211: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movw	%si, 1060(%eax,%edx,2)	# tx_id, g_14->txc[_7]
# platform-c/hv/net.c:212: 	hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_12(D)]
.L132:
# platform-c/hv/net.c:213: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L142:
# platform-c/hv/net.c:210: 		g->tx_inflight--;
	decl	%ecx	# tmp94
	movl	%ecx, 1592(%eax)	# tmp94, g_14->tx_inflight
	jmp	.L134	#
	.size	guest_tx_complete, .-guest_tx_complete
	.p2align 4
	.globl	guest_queue_rx
	.type	guest_queue_rx, @function
guest_queue_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/net.c:217: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	1056(%eax), %ecx	# g_18(D)->rxq_tail, _1
# platform-c/hv/net.c:217: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	%ecx, %ebx	# _1, tmp99
	subl	1052(%eax), %ebx	# g_18(D)->rxq_head, tmp99
# platform-c/hv/net.c:217: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	cmpl	$255, %ebx	#, tmp99
	ja	.L148	#,
# platform-c/hv/net.c:221: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	leal	1(%ecx), %ebx	#, tmp100
# platform-c/hv/net.c:221: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movzbl	%cl, %ecx	# _1, _1
# platform-c/hv/net.c:221: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movl	%ebx, 1056(%eax)	# tmp100, g_18(D)->rxq_tail
# platform-c/hv/net.c:221: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movl	%edx, 28(%eax,%ecx,4)	# ref, g_18(D)->rxq[_7]
# platform-c/hv/net.c:222: 	if (!hv_l61 && !(ref & 1))
	movl	%edx, %ecx	# ref, tmp103
	andl	$1, %ecx	#, tmp103
# platform-c/hv/net.c:222: 	if (!hv_l61 && !(ref & 1))
	orl	hv_l61, %ecx	# hv_l61, tmp125
	je	.L149	#,
.L146:
# platform-c/hv/net.c:224: 	hv_guest_work[g->id] = 1;
	movl	(%eax), %eax	# g_18(D)->id, _13
# platform-c/hv/net.c:224: 	hv_guest_work[g->id] = 1;
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_13]
# platform-c/hv/net.c:225: 	return 0;
	xorl	%eax, %eax	# <retval>
.L143:
# platform-c/hv/net.c:226: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L149:
# platform-c/hv/net.c:223: 		pool[ref >> 1].rx_refs++;
	shrl	%edx	# _10
# platform-c/hv/net.c:223: 		pool[ref >> 1].rx_refs++;
	leal	0(,%edx,8), %ecx	#, tmp107
	subl	%edx, %ecx	# _10, tmp108
	incw	pool+14(,%ecx,4)	# pool[_10].rx_refs
	jmp	.L146	#
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/hv/net.c:218: 		g->dropped++;
	incl	1584(%eax)	# g_18(D)->dropped
# platform-c/hv/net.c:219: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L143	#
	.size	guest_queue_rx, .-guest_queue_rx
	.p2align 4
	.globl	hv_guest_resume
	.type	hv_guest_resume, @function
hv_guest_resume:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp334, id
	subl	$228, %esp	#,
# platform-c/hv/net.c:260: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
	movl	%eax, -228(%ebp)	# g, %sfp
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# g
	je	.L150	#,
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	16(%eax), %edx	# g_76->rx, _1
	movl	%eax, %edi	# g, g
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%edx, %edx	# _1
	je	.L150	#,
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	call	guest_page	#
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp336
	jne	.L213	#,
.L150:
# platform-c/hv/net.c:317: }
	addl	$228, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L213:
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	12(%edi), %edx	# g_76->tx, g_76->tx
	movl	%edi, %eax	# g, g
	movl	$4096, %ecx	#,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:263: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp337
	je	.L150	#,
# platform-c/hv/net.c:265: 	hv_guest_work[id] = 0;
	movb	$0, hv_guest_work(%ebx)	#, hv_guest_work[id_74(D)]
# platform-c/hv/net.c:267: 	if (g->tx_inflight > NET_RING_SIZE / 2) {
	cmpl	$128, 1592(%edi)	#, g_76->tx_inflight
	jbe	.L154	#,
# platform-c/hv/net.c:268: 		if (hv_l61)
	movl	hv_l61, %esi	# hv_l61,
	testl	%esi, %esi	#
	je	.L155	#,
# platform-c/hv/net.c:269: 			l61_pool_reclaim();
	call	l61_pool_reclaim	#
.L154:
# platform-c/hv/net.c:273: 	prod = g->rx->req_prod;
	movl	-228(%ebp), %edi	# %sfp, g
	movl	16(%edi), %eax	# g_76->rx, g_76->rx
# platform-c/hv/net.c:275: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	24(%edi), %ecx	# g_76->rx_cons,
# platform-c/hv/net.c:273: 	prod = g->rx->req_prod;
	movl	(%eax), %edx	# _10->req_prod, prod
	movl	%edx, -232(%ebp)	# prod, %sfp
# platform-c/hv/net.c:275: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	%edx, %eax	# prod, tmp217
	subl	%ecx, %eax	#, tmp217
# platform-c/hv/net.c:275: 	if (prod - g->rx_cons > NET_RING_SIZE)
	cmpl	$256, %eax	#, tmp217
	jbe	.L156	#,
# platform-c/hv/net.c:276: 		g->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%edx), %eax	#, tmp218
	movl	%eax, 24(%edi)	# tmp218, g_76->rx_cons
.L156:
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-228(%ebp), %eax	# %sfp, g
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	xorl	%esi, %esi	#
	movl	%esi, -224(%ebp)	#, %sfp
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1052(%eax), %edx	# g_76->rxq_head, _46
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%eax), %ecx	# g_76->rxq_tail, _47
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	cmpl	%edx, %ecx	# _46, _47
	je	.L214	#,
	movl	%ebx, -236(%ebp)	# id, %sfp
	movl	-228(%ebp), %ebx	# %sfp, g
	movl	%edx, %eax	# _46, _46
	.p2align 4
	.p2align 3
.L157:
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	24(%ebx), %edx	# g_76->rx_cons, _48
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-232(%ebp), %edi	# %sfp, prod
	cmpl	%edi, %edx	# prod, _48
	je	.L215	#,
# platform-c/hv/net.c:278: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	leal	1(%eax), %ecx	#, tmp219
# platform-c/hv/net.c:278: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movzbl	%al, %eax	# _46, _46
# platform-c/hv/net.c:278: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	%ecx, 1052(%ebx)	# tmp219, g_76->rxq_head
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	hv_l61, %ecx	# hv_l61,
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzbl	%dl, %edx	# _48, _291
# platform-c/hv/net.c:278: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	28(%ebx,%eax,4), %edi	# g_76->rxq[_16], ref
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	16(%ebx), %eax	# g_76->rx, pretmp_290
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	testl	%ecx, %ecx	#
# platform-c/hv/net.c:278: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	%edi, -208(%ebp)	# ref, %sfp
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	je	.L159	#,
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%edx,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_220 + 64B], req$id
# platform-c/hv/net.c:233: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-180(%ebp), %ecx	#, tmp377
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	%esi, -204(%ebp)	# req$id, %sfp
	movzwl	66(%eax,%edx,8), %esi	# MEM <const u16> [(struct netif_rx_ring *)_220 + 66B], req$gref
	movzwl	68(%eax,%edx,8), %edx	# MEM <u16> [(struct netif_rx_ring *)_220 + 68B], req$offset
# platform-c/hv/net.c:282: 		u32 rsp = g->rx->rsp_prod;
	movl	4(%eax), %eax	# pretmp_290->rsp_prod, rsp
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	%edx, -192(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:233: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-176(%ebp), %edx	#, tmp378
# platform-c/hv/net.c:282: 		u32 rsp = g->rx->rsp_prod;
	movl	%eax, -200(%ebp)	# rsp, %sfp
# platform-c/hv/net.c:284: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req, &flags);
	movl	%edi, %eax	# ref, tmp225
	andl	$-2, %eax	#, tmp225
# platform-c/hv/net.c:233: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	call	l61_rx_describe	#
	xorl	%edx, %edx	#
	movl	%edx, -196(%ebp)	#, %sfp
.L160:
# platform-c/hv/net.c:236: 	if (why) {
	testl	%eax, %eax	# iftmp.14_122
	jne	.L216	#,
# platform-c/hv/net.c:240: 	page = net_grant_frame(g, req->gref, 1);
	movl	$1, %ecx	#,
	movl	%esi, %edx	# req$gref,
	movl	%ebx, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	testl	%eax, %eax	# page
	je	.L165	#,
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-192(%ebp), %edi	# %sfp, req$offset
	cmpl	$4095, %edi	#, req$offset
	ja	.L165	#,
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-20(%ebp), %ecx	# d.total, _130
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$4096, %edx	#, tmp243
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$2048, %esi	#, tmp348
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	subl	%edi, %edx	# req$offset, tmp242
# platform-c/hv/net.c:241: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	cmpl	%esi, %edx	# tmp348, tmp242
	cmova	%esi, %edx	# tmp242,, tmp348, tmp242
	cmpl	%ecx, %edx	# _130, tmp242
	jb	.L165	#,
# platform-c/hv/net.c:243: 	mfn = guest_page(g, page + req->offset, d.total, 1);
	addl	%edi, %eax	# req$offset, _133
	movl	%eax, -188(%ebp)	# _133, %sfp
	movl	%eax, %edx	# _133,
	movl	%ebx, %eax	# g,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:244: 	if (!mfn)
	testl	%eax, %eax	# tmp341
	je	.L165	#,
# platform-c/hv/net.c:247: 	*flags = d.flags;
	movl	-16(%ebp), %eax	# d.flags, _139
# platform-c/hv/net.c:248: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-176(%ebp), %ecx	# d.mac, _142
# platform-c/hv/net.c:248: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-172(%ebp), %edx	# d.linear, _141
# platform-c/hv/net.c:247: 	*flags = d.flags;
	movl	%eax, -216(%ebp)	# _139, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _142, tmp244
	shrl	$12, %eax	#, tmp244
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _144
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_144].tag, off
	xorl	%ecx, %esi	# _142, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L166	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_144].mapped,
	addl	%edi, %esi	#, _152
.L167:
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _141, tmp263
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-188(%ebp), %edi	# %sfp, edi_out
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _141, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp263
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _141
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
#NO_APP
	movl	-168(%ebp), %esi	# d.nr_frags,
# platform-c/hv/net.c:249: 	at = d.linear;
	movl	-172(%ebp), %eax	# d.linear, at
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	testl	%esi, %esi	#
# platform-c/hv/net.c:249: 	at = d.linear;
	movl	%eax, -184(%ebp)	# at, %sfp
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	je	.L168	#,
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	movl	%ebx, -212(%ebp)	# g, %sfp
	xorl	%edx, %edx	# i
	movl	%edx, %ebx	# i, i
	.p2align 4
	.p2align 3
.L171:
# platform-c/hv/net.c:251: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-164(%ebp,%ebx,4), %ecx	# MEM[(unsigned int *)&d + 12B + i_229 * 4], _166
# platform-c/hv/net.c:251: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-92(%ebp,%ebx,4), %edx	# MEM[(unsigned int *)&d + 84B + i_229 * 4], _165
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _166, tmp266
	shrl	$12, %eax	#, tmp266
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _168
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_168].tag, off
	xorl	%ecx, %esi	# _166, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L169	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_168].mapped,
	addl	%ecx, %esi	#, _176
.L170:
# platform-c/hv/net.c:251: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-188(%ebp), %edi	# %sfp, _133
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _165, tmp285
# platform-c/hv/net.c:251: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-184(%ebp), %eax	# %sfp, at
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp285
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _165, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/hv/net.c:251: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	addl	%eax, %edi	# at, tmp286
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _165
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:252: 		at += d.frag_len[i];
#NO_APP
	movl	-92(%ebp,%ebx,4), %edi	# MEM[(unsigned int *)&d + 84B + i_229 * 4], tmp402
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	incl	%ebx	# i
# platform-c/hv/net.c:252: 		at += d.frag_len[i];
	addl	%edi, %eax	# tmp402, at
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	cmpl	-168(%ebp), %ebx	# d.nr_frags, i
# platform-c/hv/net.c:252: 		at += d.frag_len[i];
	movl	%eax, -184(%ebp)	# at, %sfp
# platform-c/hv/net.c:250: 	for (i = 0; i < d.nr_frags; i++) {
	jb	.L171	#,
	movl	-212(%ebp), %ebx	# %sfp, g
.L168:
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-200(%ebp), %ecx	# %sfp, rsp
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	16(%ebx), %edx	# g_76->rx, _26
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-204(%ebp), %edi	# %sfp, tmp403
# platform-c/hv/net.c:286: 		g->rx_cons++;
	incl	24(%ebx)	# g_76->rx_cons
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	%cl, %eax	# rsp, _27
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp326
	movw	%di, (%edx,%eax,8)	# tmp403, _26->ring[_27].rsp.id
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-192(%ebp), %edi	# %sfp, tmp404
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	16(%ebx), %edx	# g_76->rx, _29
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%di, 2(%edx,%eax,8)	# tmp404, _29->ring[_27].rsp.offset
# platform-c/hv/net.c:289: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movl	-184(%ebp), %edi	# %sfp, at
# platform-c/hv/net.c:289: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movl	16(%ebx), %edx	# g_76->rx, _32
# platform-c/hv/net.c:289: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movw	%di, 4(%edx,%eax,8)	# tmp405, _32->ring[_27].rsp.status
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	%ecx, %edx	# rsp, rsp
	incl	%edx	# rsp
# platform-c/hv/net.c:290: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = n > 0 ? flags : 0;
	testl	%edi, %edi	# at
	jle	.L184	#,
# platform-c/hv/net.c:290: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = n > 0 ? flags : 0;
	movl	16(%ebx), %ecx	# g_76->rx, _221
# platform-c/hv/net.c:247: 	*flags = d.flags;
	movl	-216(%ebp), %edi	# %sfp, tmp408
	movw	%di, 6(%ecx,%eax,8)	# tmp408, _221->ring[_27].rsp.flags
# platform-c/hv/net.c:294: 		if (hv_l61) {
	movl	hv_l61, %edi	# hv_l61,
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	16(%ebx), %eax	# g_76->rx, _93
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# _92, _93->rsp_prod
# platform-c/hv/net.c:293: 			g->delivered++;
	incl	1580(%ebx)	# g_76->delivered
# platform-c/hv/net.c:294: 		if (hv_l61) {
	testl	%edi, %edi	#
	jne	.L217	#,
.L174:
# platform-c/hv/net.c:296: 		} else if (!e) {
	movl	-196(%ebp), %esi	# %sfp,
	testl	%esi, %esi	#
	je	.L218	#,
# platform-c/hv/net.c:299: 		} else if (--e->rx_refs == 0) {
	movl	-196(%ebp), %edx	# %sfp, iftmp.9_86
	movzwl	14(%edx), %eax	# iftmp.9_269->rx_refs, iftmp.9_269->rx_refs
	decl	%eax	# tmp304
	movzwl	%ax, %eax	# tmp304, _45
# platform-c/hv/net.c:299: 		} else if (--e->rx_refs == 0) {
	movw	%ax, 14(%edx)	# _45, iftmp.9_269->rx_refs
	testl	%eax, %eax	# _45
	je	.L219	#,
.L175:
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1052(%ebx), %eax	# g_76->rxq_head, _46
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%ebx), %ecx	# g_76->rxq_tail, _47
# platform-c/hv/net.c:302: 		posted++;
	incl	-224(%ebp)	# %sfp
# platform-c/hv/net.c:277: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	cmpl	%ecx, %eax	# _47, _46
	jne	.L157	#,
	movl	-236(%ebp), %ebx	# %sfp, id
.L177:
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	movl	-228(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_76->txc_head, _59
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_76->txc_tail, _59
	je	.L181	#,
	movl	%ebx, -184(%ebp)	# id, %sfp
	movl	-228(%ebp), %edx	# %sfp, g
	movl	-224(%ebp), %edi	# %sfp, posted
	.p2align 4
	.p2align 3
.L183:
# platform-c/hv/net.c:307: 		u32 rsp = g->tx->rsp_prod;
	movl	12(%edx), %ebx	# g_76->tx, _49
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	leal	1(%eax), %esi	#, tmp306
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%al, %eax	# _59, _59
# platform-c/hv/net.c:313: 		posted++;
	incl	%edi	# posted
# platform-c/hv/net.c:307: 		u32 rsp = g->tx->rsp_prod;
	movl	4(%ebx), %ecx	# _49->rsp_prod, rsp
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movl	%esi, 1572(%edx)	# tmp306, g_76->txc_head
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzwl	1060(%edx,%eax,2), %eax	# g_76->txc[_51], _53
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%cl, %esi	# rsp, _52
# platform-c/hv/net.c:311: 		g->tx->rsp_prod = rsp + 1;
	incl	%ecx	# tmp321
# platform-c/hv/net.c:309: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	leal	(%esi,%esi,2), %esi	#, tmp311
	sall	$2, %esi	#, tmp312
	movw	%ax, 64(%ebx,%esi)	# _53, _49->ring[_52].rsp.id
# platform-c/hv/net.c:310: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
	movl	12(%edx), %ebx	# g_76->tx,
	addl	%ebx, %esi	#, tmp319
	movw	$0, 66(%esi)	#, _54->ring[_52].rsp.status
# platform-c/hv/net.c:311: 		g->tx->rsp_prod = rsp + 1;
	movl	12(%edx), %eax	# g_76->tx, _55
# platform-c/hv/net.c:311: 		g->tx->rsp_prod = rsp + 1;
	movl	%ecx, 4(%eax)	# tmp321, _55->rsp_prod
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	movl	1572(%edx), %eax	# g_76->txc_head, _59
# platform-c/hv/net.c:312: 		g->tx_done++;
	incl	1588(%edx)	# g_76->tx_done
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_76->txc_tail, _59
	jne	.L183	#,
	movl	%edi, -224(%ebp)	# posted, %sfp
	movl	-184(%ebp), %ebx	# %sfp, id
.L181:
# platform-c/hv/net.c:315: 	if (posted)
	movl	-224(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	je	.L150	#,
# platform-c/hv/net.c:316: 		__hw_notify(id);
	movl	%ebx, %eax	# id,
	call	__hw_notify	#
	jmp	.L150	#
	.p2align 4,,10
	.p2align 3
.L169:
	movl	%edx, -220(%ebp)	# _165, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _166,
	call	svm_slow_hv	#
	movl	-220(%ebp), %edx	# %sfp, _165
	movl	%eax, %esi	# tmp343, _176
	jmp	.L170	#
	.p2align 4,,10
	.p2align 3
.L159:
# platform-c/hv/net.c:282: 		u32 rsp = g->rx->rsp_prod;
	movl	4(%eax), %edi	# pretmp_290->rsp_prod, rsp
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	66(%eax,%edx,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_274 + 66B], req$gref
# platform-c/hv/net.c:282: 		u32 rsp = g->rx->rsp_prod;
	movl	%edi, -200(%ebp)	# rsp, %sfp
# platform-c/hv/net.c:281: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%edx,8), %edi	# MEM <u16> [(struct netif_rx_ring *)_274 + 64B], req$id
	movzwl	68(%eax,%edx,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_274 + 68B], req$offset
	movl	%edi, -204(%ebp)	# req$id, %sfp
	movl	%eax, -192(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	-208(%ebp), %eax	# %sfp, ref
	testb	$1, %al	#, ref
	je	.L220	#,
.L161:
# platform-c/hv/net.c:284: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req, &flags);
	movl	-208(%ebp), %eax	# %sfp, iftmp.11_91
	xorl	%edx, %edx	#
	movl	%edx, -196(%ebp)	#, %sfp
	andl	$-2, %eax	#, iftmp.11_91
	.p2align 4
	.p2align 3
.L185:
# platform-c/hv/net.c:233: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-180(%ebp), %ecx	#, tmp385
	leal	-176(%ebp), %edx	#, tmp386
	call	rx_describe	#
	jmp	.L160	#
.L165:
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	movl	$-2, %ecx	#, prephitmp_228
.L163:
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	-200(%ebp), %eax	# %sfp, _27
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	16(%ebx), %edx	# g_76->rx, _129
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-204(%ebp), %edi	# %sfp, tmp420
# platform-c/hv/net.c:286: 		g->rx_cons++;
	incl	24(%ebx)	# g_76->rx_cons
# platform-c/hv/net.c:287: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp326
	movw	%di, (%edx,%eax,8)	# tmp420, _129->ring[_126].rsp.id
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-192(%ebp), %edi	# %sfp, tmp421
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	16(%ebx), %edx	# g_76->rx, _119
# platform-c/hv/net.c:288: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%di, 2(%edx,%eax,8)	# tmp421, _119->ring[_126].rsp.offset
# platform-c/hv/net.c:289: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movl	16(%ebx), %edx	# g_76->rx, _89
# platform-c/hv/net.c:289: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movw	%cx, 4(%edx,%eax,8)	# prephitmp_228, _89->ring[_126].rsp.status
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	-200(%ebp), %edx	# %sfp, rsp
	incl	%edx	# rsp
.L184:
# platform-c/hv/net.c:290: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = n > 0 ? flags : 0;
	movl	16(%ebx), %ecx	# g_76->rx, _23
# platform-c/hv/net.c:294: 		if (hv_l61) {
	movl	hv_l61, %edi	# hv_l61,
# platform-c/hv/net.c:290: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = n > 0 ? flags : 0;
	movw	$0, 6(%ecx,%eax,8)	#, _23->ring[_178].rsp.flags
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	16(%ebx), %eax	# g_76->rx, _193
# platform-c/hv/net.c:294: 		if (hv_l61) {
	testl	%edi, %edi	#
# platform-c/hv/net.c:291: 		g->rx->rsp_prod = rsp + 1;
	movl	%edx, 4(%eax)	# _92, _193->rsp_prod
# platform-c/hv/net.c:294: 		if (hv_l61) {
	je	.L174	#,
.L217:
# platform-c/hv/net.c:295: 			l61_rx_delivered(ref);
	movl	-208(%ebp), %eax	# %sfp,
	call	l61_rx_delivered	#
	jmp	.L175	#
	.p2align 4,,10
	.p2align 3
.L220:
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	%eax, %edx	# ref, _19
	shrl	%edx	# _19
# platform-c/hv/net.c:280: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	leal	0(,%edx,8), %eax	#, tmp229
	subl	%edx, %eax	# _19, tmp230
	sall	$2, %eax	#, tmp231
# platform-c/hv/net.c:284: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req, &flags);
	movl	%eax, %edx	# tmp231, iftmp.9_86
	addl	$pool, %edx	#, iftmp.9_86
	movl	%edx, -196(%ebp)	# iftmp.9_86, %sfp
	je	.L161	#,
# platform-c/hv/net.c:284: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req, &flags);
	movl	pool(%eax), %eax	# MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_19].skb, iftmp.11_91
	jmp	.L185	#
	.p2align 4,,10
	.p2align 3
.L219:
# platform-c/hv/net.c:300: 			pool_give(e);
	movl	%edx, %eax	# iftmp.9_86,
	call	pool_give	#
	jmp	.L175	#
	.p2align 4,,10
	.p2align 3
.L218:
# platform-c/hv/net.c:298: 			__hw_hand_back(ref & ~1U);
	movl	-208(%ebp), %eax	# %sfp, ref
# platform-c/hv/net.c:297: 			hv_stats.handed_back++;
	incl	hv_stats+32	# hv_stats.handed_back
# platform-c/hv/net.c:298: 			__hw_hand_back(ref & ~1U);
	andl	$-2, %eax	#, ref
	call	__hw_hand_back	#
	jmp	.L175	#
	.p2align 4,,10
	.p2align 3
.L166:
	movl	%edx, -184(%ebp)	# _141, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _142,
	call	svm_slow_hv	#
	movl	-184(%ebp), %edx	# %sfp, _141
	movl	%eax, %esi	# tmp342, _152
	jmp	.L167	#
.L215:
# platform-c/hv/net.c:304: 	if (g->rxq_head != g->rxq_tail)
	cmpl	%eax, %ecx	# _46, _47
	movl	-236(%ebp), %ebx	# %sfp, id
	je	.L177	#,
# platform-c/hv/net.c:305: 		hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_74(D)]
	jmp	.L177	#
.L155:
# platform-c/hv/net.c:271: 			pool_reclaim();
	call	pool_reclaim	#
	jmp	.L154	#
.L216:
# platform-c/hv/net.c:237: 		__hw_report(SAFETY_HV_INPUT, bad, why);
	movl	-180(%ebp), %edx	# bad,
	movl	%eax, %ecx	# iftmp.14_122,
	movl	$2, %eax	#,
	call	__hw_report	#
# platform-c/hv/net.c:238: 		return -1;
	movl	$-1, %ecx	#, prephitmp_228
	jmp	.L163	#
.L214:
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	movl	-228(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_76->txc_head, _59
# platform-c/hv/net.c:306: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_76->txc_tail, _59
	je	.L150	#,
	movl	%ebx, -184(%ebp)	# id, %sfp
	xorl	%edi, %edi	# posted
	jmp	.L183	#
	.size	hv_guest_resume, .-hv_guest_resume
	.p2align 4
	.globl	hv_softirq
	.type	hv_softirq, @function
hv_softirq:
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %ecx	# dom0.irq_handler,
	testl	%ecx, %ecx	#
	je	.L224	#,
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L224	#,
# platform-c/hv/net.c:326: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:354: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L224:
# platform-c/hv/net.c:331: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:354: }
	ret	
	.size	hv_softirq, .-hv_softirq
	.p2align 4
	.globl	hv_softirq_run
	.type	hv_softirq_run, @function
hv_softirq_run:
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
	testl	%edx, %edx	#
	je	.L232	#,
# platform-c/hv/net.c:330: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L232	#,
# platform-c/hv/net.c:357: {
	pushl	%ebp	#
	movl	$64, %eax	#,
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:359: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L232:
	ret	
	.size	hv_softirq_run, .-hv_softirq_run
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
