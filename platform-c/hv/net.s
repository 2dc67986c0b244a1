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
# platform-c/hv/net.c:329: 	if (hv_l61)
	movl	hv_l61, %ebx	# hv_l61,
	testl	%ebx, %ebx	#
	jne	.L15	#,
.L2:
# platform-c/hv/net.c:331: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
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
# platform-c/hv/net.c:331: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	movl	dom0+24, %eax	# dom0.irq,
	call	__hw_irq_line	#
# platform-c/hv/net.c:331: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	testl	%eax, %eax	# tmp127
	je	.L13	#,
# platform-c/hv/net.c:332: 		u8 *mask = svm_try(dom0.upcall_mask);
	movl	dom0+20, %eax	# dom0.upcall_mask,
	call	svm_try	#
# platform-c/hv/net.c:334: 		if (!mask) {
	testl	%eax, %eax	# mask
	je	.L18	#,
# platform-c/hv/net.c:338: 		if (*mask || svm_vif) {
	movzbl	(%eax), %eax	# *mask_4, *mask_4
	orb	svm_vif, %al	# svm_vif, tmp128
	jne	.L19	#,
# platform-c/hv/net.c:344: 		if (driver_irq(&ret))
	leal	-12(%ebp), %eax	#, tmp130
# platform-c/hv/net.c:343: 		calls++;
	incl	%ebx	# calls
# platform-c/hv/net.c:342: 		hv_stats.irq_calls++;
	incl	hv_stats+16	# hv_stats.irq_calls
# platform-c/hv/net.c:344: 		if (driver_irq(&ret))
	call	driver_irq	#
# platform-c/hv/net.c:344: 		if (driver_irq(&ret))
	testl	%eax, %eax	# tmp126
	jne	.L13	#,
# platform-c/hv/net.c:346: 		if (hv_l61)
	movl	hv_l61, %ecx	# hv_l61,
	testl	%ecx, %ecx	#
	je	.L8	#,
# platform-c/hv/net.c:347: 			l61_napi_run(max_calls);
	movl	%esi, %eax	# max_calls,
	call	l61_napi_run	#
# platform-c/hv/net.c:331: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	cmpl	%ebx, %esi	# calls, max_calls
	jne	.L3	#,
.L17:
# platform-c/hv/net.c:350: }
	popl	%edx	#
# platform-c/hv/net.c:349: 	return calls;
	movl	%esi, %eax	# max_calls, <retval>
# platform-c/hv/net.c:350: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L15:
# platform-c/hv/net.c:330: 		l61_napi_run(max_calls);
	call	l61_napi_run	#
	jmp	.L2	#
	.p2align 4,,10
	.p2align 3
.L13:
# platform-c/hv/net.c:349: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
.L1:
# platform-c/hv/net.c:350: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L19:
# platform-c/hv/net.c:339: 			hv_stats.irq_deferred++;
	incl	hv_stats+20	# hv_stats.irq_deferred
# platform-c/hv/net.c:349: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
# platform-c/hv/net.c:350: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L18:
# platform-c/hv/net.c:335: 			__hw_report(SAFETY_SVM_ACCESS, dom0.upcall_mask, "softirq: dom0's interrupt mask is not dom0 memory");
	movl	dom0+20, %edx	# dom0.upcall_mask,
	movl	$1, %eax	#,
	movl	$.LC0, %ecx	#,
	call	__hw_report	#
# platform-c/hv/net.c:349: 	return calls;
	movl	%ebx, %eax	# calls, <retval>
# platform-c/hv/net.c:350: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
.L16:
# platform-c/hv/net.c:331: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
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
# platform-c/hv/net.c:84: }
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
# platform-c/hv/net.c:84: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:49: 		return "netif_rx: no MAC header in front of the data";
	movl	$.LC2, %eax	#, <retval>
# platform-c/hv/net.c:84: }
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
# platform-c/hv/net.c:84: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:52: 		return "netif_rx: data_len larger than len";
	movl	$.LC3, %eax	#, <retval>
# platform-c/hv/net.c:84: }
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
# platform-c/hv/net.c:57: 	d->total = hdr + len;
	movl	%edx, 156(%esi)	# _8, d_33(D)->total
# platform-c/hv/net.c:56: 	d->linear = hdr + len - data_len;
	movl	%eax, 4(%esi)	# tmp129, d_33(D)->linear
# platform-c/hv/net.c:58: 	sh = svm_try((u32)s->end);
	movl	144(%ebx), %eax	# s_29->end, s_29->end
	call	svm_try	#
# platform-c/hv/net.c:59: 	*bad = (u32)s->end;
	movl	144(%ebx), %edx	# s_29->end, s_29->end
	movl	-16(%ebp), %ecx	# %sfp, bad
	movl	%edx, (%ecx)	# s_29->end, *bad_31(D)
# platform-c/hv/net.c:60: 	if (!sh)
	testl	%eax, %eax	# sh
	je	.L35	#,
# platform-c/hv/net.c:62: 	d->nr_frags = sh->nr_frags;
	movzwl	4(%eax), %edi	# sh_44->nr_frags, sum
# platform-c/hv/net.c:62: 	d->nr_frags = sh->nr_frags;
	movl	%edi, 8(%esi)	# sum, d_33(D)->nr_frags
# platform-c/hv/net.c:64: 	if (d->nr_frags > MAX_SKB_FRAGS)
	cmpl	$18, %edi	#, sum
# platform-c/hv/net.c:62: 	d->nr_frags = sh->nr_frags;
	movl	%edi, -28(%ebp)	# sum, %sfp
# platform-c/hv/net.c:63: 	*bad = d->nr_frags;
	movl	%edi, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:64: 	if (d->nr_frags > MAX_SKB_FRAGS)
	ja	.L36	#,
# platform-c/hv/net.c:66: 	for (i = 0; i < d->nr_frags; i++) {
	testl	%edi, %edi	# sum
	je	.L29	#,
# platform-c/hv/net.c:38: 	u32 hdr, len, data_len, i, sum = 0;
	movl	$0, -28(%ebp)	#, %sfp
	addl	$20, %eax	#, ivtmp.57
# platform-c/hv/net.c:66: 	for (i = 0; i < d->nr_frags; i++) {
	xorl	%ecx, %ecx	# i
	movl	%eax, -20(%ebp)	# ivtmp.57, %sfp
# platform-c/hv/net.c:74: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	%esi, %edi	# d, d
	jmp	.L32	#
	.p2align 4,,10
	.p2align 3
.L48:
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	movl	%esi, %edx	# _17, off
	subl	%eax, %edx	# _58, off
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
# platform-c/hv/net.c:67: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	4(%ebx), %eax	# MEM[(unsigned int *)_49 + 4B], off
# platform-c/hv/net.c:31: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %edx	#, tmp138
# platform-c/hv/net.c:68: 		u32 size = sh->frags[i].size;
	movl	8(%ebx), %ebx	# MEM[(unsigned int *)_49 + 8B], size
# platform-c/hv/net.c:71: 		if (!va)
	addl	dom0+16, %edx	# dom0.lowmem, _66
	je	.L30	#,
# platform-c/hv/net.c:73: 		*bad = off;
	movl	-16(%ebp), %esi	# %sfp, bad
# platform-c/hv/net.c:74: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	$4095, %eax	#, off
# platform-c/hv/net.c:73: 		*bad = off;
	movl	%eax, (%esi)	# off, *bad_31(D)
# platform-c/hv/net.c:74: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	ja	.L38	#,
# platform-c/hv/net.c:74: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	$4096, %esi	#, tmp141
	subl	%eax, %esi	# off, tmp141
# platform-c/hv/net.c:74: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	%ebx, %esi	# size, tmp141
	jb	.L38	#,
# platform-c/hv/net.c:77: 		d->frag_len[i] = size;
	movl	%ebx, 84(%edi,%ecx,4)	# size, MEM[(unsigned int *)d_33(D) + 84B + i_82 * 4]
# platform-c/hv/net.c:76: 		d->frag_va[i] = va + off;
	addl	%edx, %eax	# _66, tmp143
	movl	%eax, 12(%edi,%ecx,4)	# tmp143, MEM[(unsigned int *)d_33(D) + 12B + i_82 * 4]
# platform-c/hv/net.c:66: 	for (i = 0; i < d->nr_frags; i++) {
	incl	%ecx	# i
# platform-c/hv/net.c:78: 		sum += size;
	addl	%ebx, -28(%ebp)	# size, %sfp
# platform-c/hv/net.c:66: 	for (i = 0; i < d->nr_frags; i++) {
	addl	$12, -20(%ebp)	#, %sfp
	cmpl	8(%edi), %ecx	# d_33(D)->nr_frags, i
	jnb	.L29	#,
.L32:
# platform-c/hv/net.c:67: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	-20(%ebp), %ebx	# %sfp, ivtmp.57
# platform-c/hv/net.c:27: 	u32 off = page - dom0.mem_map;
	movl	dom0+4, %eax	# dom0.mem_map, _58
# platform-c/hv/net.c:67: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	(%ebx), %esi	# MEM[(struct page * *)_49], _17
# platform-c/hv/net.c:29: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%eax, %esi	# _58, _17
	jnb	.L48	#,
.L30:
# platform-c/hv/net.c:70: 		*bad = (u32)sh->frags[i].page;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%esi, (%eax)	# _17, *bad_31(D)
# platform-c/hv/net.c:72: 			return "netif_rx: fragment page is not a dom0 struct page";
	movl	$.LC7, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hv/net.c:84: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:42: 		return "netif_rx: the skb is not dom0 memory";
	movl	$.LC1, %eax	#, <retval>
# platform-c/hv/net.c:84: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L36:
# platform-c/hv/net.c:65: 		return "netif_rx: nr_frags larger than MAX_SKB_FRAGS";
	movl	$.LC6, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L38:
# platform-c/hv/net.c:75: 			return "netif_rx: fragment leaves its page";
	movl	$.LC8, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L35:
# platform-c/hv/net.c:61: 		return "netif_rx: skb_shinfo is not dom0 memory";
	movl	$.LC5, %eax	#, <retval>
	jmp	.L25	#
	.p2align 4,,10
	.p2align 3
.L29:
# platform-c/hv/net.c:80: 	*bad = sum;
	movl	-28(%ebp), %eax	# %sfp, sum
# platform-c/hv/net.c:83: 	return NULL;
	movl	$.LC9, %esi	#, tmp150
# platform-c/hv/net.c:80: 	*bad = sum;
	movl	-16(%ebp), %ecx	# %sfp, bad
# platform-c/hv/net.c:83: 	return NULL;
	cmpl	%eax, -24(%ebp)	# sum, %sfp
# platform-c/hv/net.c:80: 	*bad = sum;
	movl	%eax, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:83: 	return NULL;
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
# platform-c/hv/net.c:88: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	8(%ebp), %eax	# gnttab, tmp96
	orl	%ecx, %eax	# rx, tmp96
	orl	%edx, %eax	# tx, tmp97
# platform-c/hv/net.c:88: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	$4095, %eax	#, tmp97
	jne	.L52	#,
# platform-c/hv/net.c:88: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	$1, (%esp)	#,
	movl	%ecx, %edi	# tmp102, rx
	movl	%ebx, %eax	# g,
	movl	$4096, %ecx	#,
	movl	%edx, %esi	# tmp101, tx
	call	guest_page	#
# platform-c/hv/net.c:88: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp103
	je	.L52	#,
# platform-c/hv/net.c:89: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%edi, %edx	# rx,
	movl	%ebx, %eax	# g,
	call	guest_page	#
# platform-c/hv/net.c:88: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp104
	je	.L52	#,
# platform-c/hv/net.c:89: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$0, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%ebx, %eax	# g,
	movl	8(%ebp), %edx	# gnttab,
	call	guest_page	#
# platform-c/hv/net.c:89: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp105
	je	.L52	#,
# platform-c/hv/net.c:91: 	g->tx = (struct netif_tx_ring *)tx;
	movl	%esi, 12(%ebx)	# tx, g_17(D)->tx
# platform-c/hv/net.c:93: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	8(%ebp), %eax	# gnttab, tmp108
# platform-c/hv/net.c:92: 	g->rx = (struct netif_rx_ring *)rx;
	movl	%edi, 16(%ebx)	# rx, g_17(D)->rx
# platform-c/hv/net.c:94: 	g->rx_cons = 0;
	movl	$0, 24(%ebx)	#, g_17(D)->rx_cons
# platform-c/hv/net.c:93: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	%eax, 20(%ebx)	# tmp108, g_17(D)->gnttab
# platform-c/hv/net.c:95: 	return HC_OK;
	xorl	%eax, %eax	# <retval>
.L49:
# platform-c/hv/net.c:96: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L52:
# platform-c/hv/net.c:90: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L49	#
	.size	net_setup, .-net_setup
	.p2align 4
	.globl	net_grant_frame
	.type	net_grant_frame, @function
net_grant_frame:
# platform-c/hv/net.c:103: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	cmpl	$511, %edx	#, gref
	jbe	.L64	#,
# platform-c/hv/net.c:104: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:109: }
	ret	
	.p2align 4,,10
	.p2align 3
.L64:
# platform-c/hv/net.c:100: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp108, gref
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp107, g
	movl	%edi, -4(%ebp)	#,
	movl	%ecx, %edi	# tmp109, write
# platform-c/hv/net.c:103: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	movl	$4096, %ecx	#,
	movl	20(%eax), %edx	# g_13(D)->gnttab, g_13(D)->gnttab
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:103: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp110
	je	.L66	#,
# platform-c/hv/net.c:105: 	e = g->gnttab[gref];
	movl	20(%esi), %eax	# g_13(D)->gnttab, g_13(D)->gnttab
	leal	(%eax,%ebx,8), %eax	#, _6
# platform-c/hv/net.c:105: 	e = g->gnttab[gref];
	movzwl	(%eax), %edx	# _6->flags, e$flags
	movl	4(%eax), %eax	# _6->frame, <retval>
# platform-c/hv/net.c:106: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$1, %dl	#, e$flags
	je	.L66	#,
# platform-c/hv/net.c:106: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	%edi, %edi	# write
	je	.L67	#,
# platform-c/hv/net.c:106: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$4, %dl	#, e$flags
	jne	.L66	#,
.L67:
# platform-c/hv/net.c:106: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	$4095, %eax	#, <retval>
	je	.L63	#,
	.p2align 4
	.p2align 3
.L66:
# platform-c/hv/net.c:104: 		return 0;
	xorl	%eax, %eax	# <retval>
.L63:
# platform-c/hv/net.c:109: }
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
# platform-c/hv/net.c:112: {
	movl	%eax, -20(%ebp)	# g, %sfp
# platform-c/hv/net.c:120: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	12(%eax), %ecx	# g_76(D)->tx,
	testl	%ecx, %ecx	#
	je	.L83	#,
# platform-c/hv/net.c:120: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$0, (%esp)	#,
	movl	$8, %ecx	#,
	movl	%edx, %ebx	# tmp294, req_va
	movl	-20(%ebp), %edi	# %sfp, g
	movl	%edi, %eax	# g,
	call	guest_page	#
# platform-c/hv/net.c:120: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	testl	%eax, %eax	# tmp295
	je	.L83	#,
# platform-c/hv/net.c:122: 	req = *(struct netif_tx_request *)req_va;
	movzwl	4(%ebx), %eax	# req_va.3_3->id, req$id
	movzwl	6(%ebx), %esi	# req_va.3_3->size, req$size
	movzwl	2(%ebx), %ecx	# req_va.3_3->offset, req$offset
	movzwl	(%ebx), %edx	# req_va.3_3->gref, req$gref
	movl	%eax, -36(%ebp)	# req$id, %sfp
# platform-c/hv/net.c:123: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	leal	-14(%esi), %eax	#, tmp191
# platform-c/hv/net.c:122: 	req = *(struct netif_tx_request *)req_va;
	movl	%ecx, -44(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:123: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpw	$1500, %ax	#, tmp191
	ja	.L104	#,
	cmpl	$4095, %ecx	#, req$offset
	movl	%ecx, %ebx	# req$offset, req$offset
	ja	.L104	#,
# platform-c/hv/net.c:124: 	    req.size > PAGE_SIZE - req.offset)
	movl	$4096, %eax	#, tmp198
	subl	%ecx, %eax	# req$offset, tmp197
# platform-c/hv/net.c:123: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpl	%esi, %eax	# req$size, tmp197
	jb	.L104	#,
# platform-c/hv/net.c:126: 	page = net_grant_frame(g, req.gref, 0);
	xorl	%ecx, %ecx	#
	movl	%edi, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net.c:127: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	testl	%eax, %eax	# page
	je	.L83	#,
# platform-c/hv/net.c:127: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	addl	%ebx, %eax	# req$offset, _12
	movl	%esi, %ecx	# req$size,
	movl	%eax, -40(%ebp)	# _12, %sfp
	movl	%eax, %edx	# _12,
	movl	%edi, %eax	# g,
	movl	$0, (%esp)	#,
	call	guest_page	#
	movl	%eax, -48(%ebp)	# iftmp.4_82, %sfp
# platform-c/hv/net.c:128: 	if (!mfn)
	testl	%eax, %eax	# iftmp.4_82
	je	.L83	#,
# platform-c/hv/net.c:130: 	if (!dom0.netdev || hv_driver_dead)
	movl	dom0, %eax	# dom0.netdev, _13
# platform-c/hv/net.c:130: 	if (!dom0.netdev || hv_driver_dead)
	testl	%eax, %eax	# _13
	je	.L85	#,
# platform-c/hv/net.c:130: 	if (!dom0.netdev || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L85	#,
# platform-c/hv/net.c:132: 	nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net.c:133: 	if (!nd) {
	testl	%eax, %eax	# nd
	je	.L124	#,
# platform-c/hv/net.c:137: 	if (nd->state & XOFF) {
	testb	$1, 36(%eax)	#, nd_85->state
	.p2align 4,,2
	jne	.L88	#,
.L92:
# platform-c/hv/net.c:143: 	head = min_t(u32, req.size, NET_TX_HEAD);
	movl	$96, %eax	#, tmp305
# platform-c/hv/net.c:144: 	rest = req.size - head;
	movl	%esi, %ebx	# req$size, rest
# platform-c/hv/net.c:143: 	head = min_t(u32, req.size, NET_TX_HEAD);
	cmpl	%eax, %esi	# tmp305, req$size
	cmovbe	%esi, %eax	# req$size,, tmp305
	movl	%eax, -24(%ebp)	# head, %sfp
# platform-c/hv/net.c:144: 	rest = req.size - head;
	subl	%eax, %ebx	# head, rest
	movl	%ebx, -28(%ebp)	# rest, %sfp
# platform-c/hv/net.c:145: 	e = pool_take(head);
	call	pool_take	#
# platform-c/hv/net.c:146: 	if (!e)
	testl	%eax, %eax	# e
# platform-c/hv/net.c:145: 	e = pool_take(head);
	movl	%eax, %ebx	# tmp299, e
# platform-c/hv/net.c:146: 	if (!e)
	je	.L125	#,
# platform-c/hv/net.c:148: 	s = svm_try(e->skb);
	movl	(%eax), %eax	# e_92->skb, e_92->skb
	call	svm_try	#
	movl	%eax, -32(%ebp)	# s, %sfp
# platform-c/hv/net.c:149: 	if (!s) {
	testl	%eax, %eax	# s
	je	.L126	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	-32(%ebp), %edx	# %sfp, s
	movl	$31, %ecx	#, ecx_out
	xorl	%eax, %eax	# tmp215
	movl	%edx, %edi	# s, edi_out
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $124, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:155: 	s->truesize = e->size + sizeof(struct sk_buff);
#NO_APP
	movl	8(%ebx), %eax	# e_92->size, tmp322
# platform-c/hv/net.c:155: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%edx, %edi	# s, s
# platform-c/hv/net.c:155: 	s->truesize = e->size + sizeof(struct sk_buff);
	addl	$148, %eax	#, tmp219
# platform-c/hv/net.c:155: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%eax, 124(%edx)	# tmp219, s_94->truesize
# platform-c/hv/net.c:156: 	s->users.counter = 2;
	movl	$2, %eax	#,
	movl	%eax, 128(%edx)	#, s_94->users.counter
# platform-c/hv/net.c:157: 	s->head = (u8 *)e->head;
	movl	4(%ebx), %eax	# e_92->head, e_92->head
	movl	%eax, 132(%edx)	# e_92->head, s_94->head
# platform-c/hv/net.c:158: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	4(%ebx), %eax	# e_92->head, tmp326
	addl	$16, %eax	#, _29
# platform-c/hv/net.c:158: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	%eax, 136(%edx)	# _29, s_94->data
# platform-c/hv/net.c:159: 	s->tail = s->data + head;
	movl	-24(%ebp), %edx	# %sfp, head
	addl	%eax, %edx	# _29, tmp223
	movl	%edx, 140(%edi)	# tmp223, s_94->tail
# platform-c/hv/net.c:160: 	s->end = (u8 *)e->head + e->size;
	movl	4(%ebx), %edx	# e_92->head, e_92->head
	movl	8(%ebx), %ecx	# e_92->size,
# platform-c/hv/net.c:162: 	s->len = req.size;
	movl	%esi, 96(%edi)	# req$size, s_94->len
# platform-c/hv/net.c:163: 	s->data_len = rest;
	movl	-28(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:160: 	s->end = (u8 *)e->head + e->size;
	addl	%ecx, %edx	#, tmp227
# platform-c/hv/net.c:160: 	s->end = (u8 *)e->head + e->size;
	movl	%edx, 144(%edi)	# tmp227, s_94->end
# platform-c/hv/net.c:161: 	s->dev = (struct net_device *)dom0.netdev;
	movl	dom0, %edx	# dom0.netdev, dom0.netdev
# platform-c/hv/net.c:163: 	s->data_len = rest;
	movl	%esi, 100(%edi)	# rest, s_94->data_len
# platform-c/hv/net.c:161: 	s->dev = (struct net_device *)dom0.netdev;
	movl	%edx, 20(%edi)	# dom0.netdev, s_94->dev
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# _29, tmp232
	shrl	$12, %edx	#, tmp232
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _150
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_150].tag, off
	xorl	%eax, %edi	# _29, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edi	#, off
	ja	.L94	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_150].mapped,
	addl	%eax, %edi	#, _158
.L95:
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	-24(%ebp), %eax	# %sfp, head
	addl	%eax, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-40(%ebp), %esi	# %sfp, esi_out
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# head, tmp251
	shrl	$2, %ecx	#, tmp251
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
	movl	144(%eax), %edx	# s_94->end, va
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# va, tmp252
	shrl	$12, %eax	#, tmp252
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _130
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_130].tag, off
	xorl	%edx, %ecx	# va, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L96	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_130].mapped,
	addl	%esi, %ecx	#, off
	movl	%ecx, %edx	# off, _138
.L97:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$5, %ecx	#, ecx_out
	movl	%edx, %edi	# _138, edi_out
	xorl	%eax, %eax	# tmp258
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $20, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:169: 		sh->dataref.counter = 1;
#NO_APP
	movl	$1, (%edx)	#, MEM[(struct skb_shared_info *)_140].dataref.counter
# platform-c/hv/net.c:170: 		if (rest) {
	movl	-28(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L127	#,
.L98:
# platform-c/hv/net.c:179: 	e->tx_guest = g->id;
	movl	-20(%ebp), %esi	# %sfp, g
	movl	(%esi), %eax	# g_76(D)->id, g_76(D)->id
	movl	%eax, -24(%ebp)	# g_76(D)->id, %sfp
	movl	-24(%ebp), %eax	# %sfp, tmp352
	movw	%ax, 16(%ebx)	# tmp352, e_92->tx_guest
# platform-c/hv/net.c:180: 	e->tx_id = req.id;
	movl	-36(%ebp), %eax	# %sfp, tmp353
	movw	%ax, 18(%ebx)	# tmp353, e_92->tx_id
# platform-c/hv/net.c:181: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	1592(%esi), %eax	# g_76(D)->tx_inflight, g_76(D)->tx_inflight
	movl	%eax, -24(%ebp)	# g_76(D)->tx_inflight, %sfp
	incl	%eax	# _49
# platform-c/hv/net.c:181: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	%eax, 1592(%esi)	# _49, g_76(D)->tx_inflight
	cmpl	$128, %eax	#, _49
	ja	.L128	#,
.L99:
	movl	$2, %esi	#, ivtmp_192
.L102:
# platform-c/hv/net.c:184: 		hv_stats.xmit_calls++;
	incl	hv_stats+4	# hv_stats.xmit_calls
# platform-c/hv/net.c:185: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	movl	dom0, %edx	# dom0.netdev,
	leal	-16(%ebp), %ecx	#, tmp359
	movl	(%ebx), %eax	# e_92->skb, e_92->skb
	call	driver_xmit	#
# platform-c/hv/net.c:185: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	testl	%eax, %eax	# tmp304
	jne	.L85	#,
# platform-c/hv/net.c:187: 		if (ret == NETDEV_TX_OK) {
	movl	-16(%ebp), %eax	# ret, <retval>
# platform-c/hv/net.c:187: 		if (ret == NETDEV_TX_OK) {
	testl	%eax, %eax	# <retval>
	je	.L129	#,
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
# platform-c/hv/net.c:191: 		hv_stats.xmit_busy++;
	incl	hv_stats+12	# hv_stats.xmit_busy
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	testl	%edx, %edx	#
	je	.L101	#,
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L101	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L101:
# platform-c/hv/net.c:183: 	for (attempt = 0; attempt < 2; attempt++) {
	decl	%esi	# ivtmp_192
	je	.L130	#,
	movl	$1, %esi	#, ivtmp_192
	jmp	.L102	#
	.p2align 4,,10
	.p2align 3
.L130:
# platform-c/hv/net.c:195: 	e->tx_guest = 0;
	movw	$0, 16(%ebx)	#, e_92->tx_guest
# platform-c/hv/net.c:196: 	g->tx_inflight--;
	movl	-20(%ebp), %eax	# %sfp, g
	decl	1592(%eax)	# g_76(D)->tx_inflight
# platform-c/hv/net.c:197: 	pool_give(e);
	movl	%ebx, %eax	# e,
	call	pool_give	#
.L91:
# platform-c/hv/net.c:141: 			return HC_EBUSY;
	movl	$-16, %eax	#, <retval>
.L80:
# platform-c/hv/net.c:199: }
	addl	$40, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L88:
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edi	# dom0.irq_handler,
	testl	%edi, %edi	#
	je	.L90	#,
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %ebx	# hv_driver_dead,
	testl	%ebx, %ebx	#
	jne	.L90	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L90:
# platform-c/hv/net.c:139: 		nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
	call	svm_try	#
# platform-c/hv/net.c:140: 		if (!nd || (nd->state & XOFF))
	testl	%eax, %eax	# nd
	je	.L91	#,
# platform-c/hv/net.c:140: 		if (!nd || (nd->state & XOFF))
	testb	$1, 36(%eax)	#, nd_87->state
	je	.L92	#,
	.p2align 4,,5
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L128:
# platform-c/hv/net.c:182: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movl	(%esi), %eax	# g_76(D)->id, _50
# platform-c/hv/net.c:182: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_50]
	jmp	.L99	#
	.p2align 4,,10
	.p2align 3
.L127:
# platform-c/hv/net.c:171: 			sh->nr_frags = 1;
	movw	$1, 4(%edx)	#, MEM[(struct skb_shared_info *)_140].nr_frags
# platform-c/hv/net.c:173: 			sh->frags[0].page_offset = req.offset + head;
	movl	-24(%ebp), %esi	# %sfp, head
# platform-c/hv/net.c:172: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	20(%ebx), %eax	# e_92->page[0], e_92->page[0]
# platform-c/hv/net.c:175: 			pool_bind_frag(e, 0, mfn);
	movl	-48(%ebp), %ecx	# %sfp,
# platform-c/hv/net.c:172: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	%eax, 20(%edx)	# e_92->page[0], MEM[(struct skb_shared_info *)_140].frags[0].page
# platform-c/hv/net.c:173: 			sh->frags[0].page_offset = req.offset + head;
	movl	-44(%ebp), %eax	# %sfp, req$offset
	addl	%esi, %eax	# head, req$offset
# platform-c/hv/net.c:174: 			sh->frags[0].size = rest;
	movl	-28(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:173: 			sh->frags[0].page_offset = req.offset + head;
	movl	%eax, 24(%edx)	# tmp261, MEM[(struct skb_shared_info *)_140].frags[0].page_offset
# platform-c/hv/net.c:175: 			pool_bind_frag(e, 0, mfn);
	movl	%ebx, %eax	# e,
# platform-c/hv/net.c:174: 			sh->frags[0].size = rest;
	movl	%esi, 28(%edx)	# rest, MEM[(struct skb_shared_info *)_140].frags[0].size
# platform-c/hv/net.c:175: 			pool_bind_frag(e, 0, mfn);
	xorl	%edx, %edx	#
	call	pool_bind_frag	#
# platform-c/hv/net.c:176: 			s->truesize += rest;
	movl	-32(%ebp), %eax	# %sfp, s
	addl	%esi, 124(%eax)	# rest, s_94->truesize
	jmp	.L98	#
	.p2align 4,,10
	.p2align 3
.L94:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %edi	# tmp302, _158
	jmp	.L95	#
	.p2align 4,,10
	.p2align 3
.L96:
	movl	%edx, %eax	# va,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp303, _138
	.p2align 4,,2
	jmp	.L97	#
	.p2align 4,,10
	.p2align 3
.L129:
# platform-c/hv/net.c:188: 			hv_stats.xmit_ok++;
	incl	hv_stats+8	# hv_stats.xmit_ok
# platform-c/hv/net.c:189: 			return HC_OK;
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L83:
# platform-c/hv/net.c:121: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L104:
# platform-c/hv/net.c:125: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L80	#
.L125:
# platform-c/hv/net.c:147: 		return HC_EAGAIN;
	movl	$-11, %eax	#, <retval>
	jmp	.L80	#
.L124:
# platform-c/hv/net.c:134: 		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
	movl	dom0, %edx	# dom0.netdev,
	movl	$.LC10, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
	.p2align 4
	.p2align 3
.L85:
# platform-c/hv/net.c:131: 		return HC_ENODEV;
	movl	$-19, %eax	#, <retval>
	jmp	.L80	#
.L126:
# platform-c/hv/net.c:150: 		__hw_report(SAFETY_SVM_ACCESS, e->skb, "transmit hypercall: a pooled skb is no longer dom0 memory");
	movl	(%ebx), %edx	# e_92->skb, e_92->skb
	movl	$.LC11, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
# platform-c/hv/net.c:151: 		return HC_ENODEV;
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
# platform-c/hv/net.c:202: {
	movl	%edx, %esi	# tmp101, tx_id
# platform-c/hv/net.c:203: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
# platform-c/hv/net.c:205: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	testl	%eax, %eax	# g
	je	.L131	#,
# platform-c/hv/net.c:205: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	1576(%eax), %edx	# g_14->txc_tail, _1
# platform-c/hv/net.c:205: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	%edx, %ecx	# _1, tmp93
	subl	1572(%eax), %ecx	# g_14->txc_head, tmp93
# platform-c/hv/net.c:205: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	cmpl	$255, %ecx	#, tmp93
	ja	.L131	#,
# platform-c/hv/net.c:207: 	if (g->tx_inflight)
	movl	1592(%eax), %ecx	# g_14->tx_inflight, _4
# platform-c/hv/net.c:207: 	if (g->tx_inflight)
	testl	%ecx, %ecx	# _4
	jne	.L141	#,
.L133:
# platform-c/hv/net.c:209: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	leal	1(%edx), %ecx	#, tmp95
# platform-c/hv/net.c:209: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movzbl	%dl, %edx	# _1, _1
# platform-c/hv/net.c:209: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movl	%ecx, 1576(%eax)	# tmp95, g_14->txc_tail
# platform-c/hv/net.c:209: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movw	%si, 1060(%eax,%edx,2)	# tx_id, g_14->txc[_7]
# platform-c/hv/net.c:210: 	hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_12(D)]
.L131:
# platform-c/hv/net.c:211: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L141:
# platform-c/hv/net.c:208: 		g->tx_inflight--;
	decl	%ecx	# tmp94
	movl	%ecx, 1592(%eax)	# tmp94, g_14->tx_inflight
	jmp	.L133	#
	.size	guest_tx_complete, .-guest_tx_complete
	.p2align 4
	.globl	guest_queue_rx
	.type	guest_queue_rx, @function
guest_queue_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/net.c:215: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	1056(%eax), %ecx	# g_18(D)->rxq_tail, _1
# platform-c/hv/net.c:215: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	%ecx, %ebx	# _1, tmp99
	subl	1052(%eax), %ebx	# g_18(D)->rxq_head, tmp99
# platform-c/hv/net.c:215: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	cmpl	$255, %ebx	#, tmp99
	ja	.L147	#,
# platform-c/hv/net.c:219: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	leal	1(%ecx), %ebx	#, tmp100
# platform-c/hv/net.c:219: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movzbl	%cl, %ecx	# _1, _1
# platform-c/hv/net.c:219: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movl	%ebx, 1056(%eax)	# tmp100, g_18(D)->rxq_tail
# platform-c/hv/net.c:219: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	movl	%edx, 28(%eax,%ecx,4)	# ref, g_18(D)->rxq[_7]
# platform-c/hv/net.c:220: 	if (!hv_l61 && !(ref & 1))
	movl	%edx, %ecx	# ref, tmp103
	andl	$1, %ecx	#, tmp103
# platform-c/hv/net.c:220: 	if (!hv_l61 && !(ref & 1))
	orl	hv_l61, %ecx	# hv_l61, tmp125
	je	.L148	#,
.L145:
# platform-c/hv/net.c:222: 	hv_guest_work[g->id] = 1;
	movl	(%eax), %eax	# g_18(D)->id, _13
# platform-c/hv/net.c:222: 	hv_guest_work[g->id] = 1;
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_13]
# platform-c/hv/net.c:223: 	return 0;
	xorl	%eax, %eax	# <retval>
.L142:
# platform-c/hv/net.c:224: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/hv/net.c:221: 		pool[ref >> 1].rx_refs++;
	shrl	%edx	# _10
# platform-c/hv/net.c:221: 		pool[ref >> 1].rx_refs++;
	leal	0(,%edx,8), %ecx	#, tmp107
	subl	%edx, %ecx	# _10, tmp108
	incw	pool+14(,%ecx,4)	# pool[_10].rx_refs
	jmp	.L145	#
	.p2align 4,,10
	.p2align 3
.L147:
# platform-c/hv/net.c:216: 		g->dropped++;
	incl	1584(%eax)	# g_18(D)->dropped
# platform-c/hv/net.c:217: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L142	#
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
	movl	%eax, %ebx	# tmp310, id
	subl	$220, %esp	#,
# platform-c/hv/net.c:257: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
	movl	%eax, -220(%ebp)	# g, %sfp
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# g
	je	.L149	#,
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	16(%eax), %edx	# g_75->rx, _1
	movl	%eax, %edi	# g, g
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%edx, %edx	# _1
	je	.L149	#,
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	call	guest_page	#
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp312
	jne	.L210	#,
.L149:
# platform-c/hv/net.c:313: }
	addl	$220, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L210:
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	12(%edi), %edx	# g_75->tx, g_75->tx
	movl	%edi, %eax	# g, g
	movl	$4096, %ecx	#,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:260: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp313
	je	.L149	#,
# platform-c/hv/net.c:262: 	hv_guest_work[id] = 0;
	movb	$0, hv_guest_work(%ebx)	#, hv_guest_work[id_73(D)]
# platform-c/hv/net.c:264: 	if (g->tx_inflight > NET_RING_SIZE / 2) {
	cmpl	$128, 1592(%edi)	#, g_75->tx_inflight
	jbe	.L153	#,
# platform-c/hv/net.c:265: 		if (hv_l61)
	movl	hv_l61, %esi	# hv_l61,
	testl	%esi, %esi	#
	je	.L154	#,
# platform-c/hv/net.c:266: 			l61_pool_reclaim();
	call	l61_pool_reclaim	#
.L153:
# platform-c/hv/net.c:270: 	prod = g->rx->req_prod;
	movl	-220(%ebp), %edi	# %sfp, g
	movl	16(%edi), %eax	# g_75->rx, g_75->rx
# platform-c/hv/net.c:272: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	24(%edi), %ecx	# g_75->rx_cons,
# platform-c/hv/net.c:270: 	prod = g->rx->req_prod;
	movl	(%eax), %edx	# _10->req_prod, prod
	movl	%edx, -224(%ebp)	# prod, %sfp
# platform-c/hv/net.c:272: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	%edx, %eax	# prod, tmp207
	subl	%ecx, %eax	#, tmp207
# platform-c/hv/net.c:272: 	if (prod - g->rx_cons > NET_RING_SIZE)
	cmpl	$256, %eax	#, tmp207
	jbe	.L155	#,
# platform-c/hv/net.c:273: 		g->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%edx), %eax	#, tmp208
	movl	%eax, 24(%edi)	# tmp208, g_75->rx_cons
.L155:
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-220(%ebp), %eax	# %sfp, g
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	xorl	%esi, %esi	#
	movl	%esi, -216(%ebp)	#, %sfp
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1052(%eax), %edx	# g_75->rxq_head, _46
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%eax), %ecx	# g_75->rxq_tail, _47
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	cmpl	%edx, %ecx	# _46, _47
	je	.L211	#,
	movl	%ebx, -228(%ebp)	# id, %sfp
	movl	-220(%ebp), %ebx	# %sfp, g
	movl	%ecx, %eax	# _47, _47
	.p2align 4
	.p2align 3
.L156:
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	24(%ebx), %ecx	# g_75->rx_cons, _48
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-224(%ebp), %edi	# %sfp, prod
	cmpl	%edi, %ecx	# prod, _48
	je	.L212	#,
# platform-c/hv/net.c:275: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	leal	1(%edx), %eax	#, tmp209
# platform-c/hv/net.c:275: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movzbl	%dl, %edx	# _46, _46
# platform-c/hv/net.c:275: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	%eax, 1052(%ebx)	# tmp209, g_75->rxq_head
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	16(%ebx), %eax	# g_75->rx, pretmp_280
# platform-c/hv/net.c:275: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	28(%ebx,%edx,4), %edi	# g_75->rxq[_16], ref
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzbl	%cl, %edx	# _48, _281
# platform-c/hv/net.c:277: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	hv_l61, %ecx	# hv_l61,
# platform-c/hv/net.c:275: 		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
	movl	%edi, -204(%ebp)	# ref, %sfp
# platform-c/hv/net.c:277: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	testl	%ecx, %ecx	#
	je	.L158	#,
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%edx,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_63 + 64B], req$id
# platform-c/hv/net.c:231: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-176(%ebp), %ecx	#, tmp353
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	%esi, -200(%ebp)	# req$id, %sfp
	movzwl	66(%eax,%edx,8), %esi	# MEM <const u16> [(struct netif_rx_ring *)_63 + 66B], req$gref
	movzwl	68(%eax,%edx,8), %edx	# MEM <u16> [(struct netif_rx_ring *)_63 + 68B], req$offset
# platform-c/hv/net.c:279: 		u32 rsp = g->rx->rsp_prod;
	movl	4(%eax), %eax	# pretmp_280->rsp_prod, rsp
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	%edx, -192(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:231: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-172(%ebp), %edx	#, tmp354
# platform-c/hv/net.c:279: 		u32 rsp = g->rx->rsp_prod;
	movl	%eax, -188(%ebp)	# rsp, %sfp
# platform-c/hv/net.c:280: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req);
	movl	%edi, %eax	# ref, tmp215
	andl	$-2, %eax	#, tmp215
# platform-c/hv/net.c:231: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	call	l61_rx_describe	#
	xorl	%edx, %edx	#
	movl	%edx, -196(%ebp)	#, %sfp
.L159:
# platform-c/hv/net.c:234: 	if (why) {
	testl	%eax, %eax	# iftmp.13_118
	jne	.L213	#,
# platform-c/hv/net.c:238: 	page = net_grant_frame(g, req->gref, 1);
	movl	$1, %ecx	#,
	movl	%esi, %edx	# req$gref,
	movl	%ebx, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	testl	%eax, %eax	# page
	je	.L164	#,
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-192(%ebp), %edi	# %sfp, req$offset
	cmpl	$4095, %edi	#, req$offset
	ja	.L164	#,
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-16(%ebp), %ecx	# d.total, _126
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$4096, %edx	#, tmp233
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$2048, %esi	#, tmp324
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	subl	%edi, %edx	# req$offset, tmp232
# platform-c/hv/net.c:239: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	cmpl	%esi, %edx	# tmp324, tmp232
	cmova	%esi, %edx	# tmp232,, tmp324, tmp232
	cmpl	%ecx, %edx	# _126, tmp232
	jb	.L164	#,
# platform-c/hv/net.c:241: 	mfn = guest_page(g, page + req->offset, d.total, 1);
	addl	%edi, %eax	# req$offset, _129
	movl	%eax, -184(%ebp)	# _129, %sfp
	movl	%eax, %edx	# _129,
	movl	%ebx, %eax	# g,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:242: 	if (!mfn)
	testl	%eax, %eax	# tmp317
	je	.L164	#,
# platform-c/hv/net.c:245: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-172(%ebp), %ecx	# d.mac, _136
# platform-c/hv/net.c:245: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-168(%ebp), %edx	# d.linear, _135
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _136, tmp234
	shrl	$12, %eax	#, tmp234
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _138
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_138].tag, off
	xorl	%ecx, %esi	# _136, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L165	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_138].mapped,
	addl	%edi, %esi	#, _146
.L166:
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _135, tmp253
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-184(%ebp), %edi	# %sfp, edi_out
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _135, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp253
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _135
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
#NO_APP
	movl	-164(%ebp), %esi	# d.nr_frags,
# platform-c/hv/net.c:246: 	at = d.linear;
	movl	-168(%ebp), %eax	# d.linear, at
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	testl	%esi, %esi	#
# platform-c/hv/net.c:246: 	at = d.linear;
	movl	%eax, -180(%ebp)	# at, %sfp
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	je	.L167	#,
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	movl	%ebx, -208(%ebp)	# g, %sfp
	xorl	%edx, %edx	# i
	movl	%edx, %ebx	# i, i
	.p2align 4
	.p2align 3
.L170:
# platform-c/hv/net.c:248: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-160(%ebp,%ebx,4), %ecx	# MEM[(unsigned int *)&d + 12B + i_217 * 4], _160
# platform-c/hv/net.c:248: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-88(%ebp,%ebx,4), %edx	# MEM[(unsigned int *)&d + 84B + i_217 * 4], _159
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _160, tmp256
	shrl	$12, %eax	#, tmp256
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _162
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_162].tag, off
	xorl	%ecx, %esi	# _160, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L168	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_162].mapped,
	addl	%ecx, %esi	#, _170
.L169:
# platform-c/hv/net.c:248: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-184(%ebp), %edi	# %sfp, _129
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _159, tmp275
# platform-c/hv/net.c:248: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-180(%ebp), %eax	# %sfp, at
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp275
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _159, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/hv/net.c:248: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	addl	%eax, %edi	# at, tmp276
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _159
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:249: 		at += d.frag_len[i];
#NO_APP
	movl	-88(%ebp,%ebx,4), %edi	# MEM[(unsigned int *)&d + 84B + i_217 * 4], tmp377
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	incl	%ebx	# i
# platform-c/hv/net.c:249: 		at += d.frag_len[i];
	addl	%edi, %eax	# tmp377, at
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	cmpl	-164(%ebp), %ebx	# d.nr_frags, i
# platform-c/hv/net.c:249: 		at += d.frag_len[i];
	movl	%eax, -180(%ebp)	# at, %sfp
# platform-c/hv/net.c:247: 	for (i = 0; i < d.nr_frags; i++) {
	jb	.L170	#,
	movl	-208(%ebp), %ebx	# %sfp, g
.L167:
# platform-c/hv/net.c:251: 	return at;
	movl	-180(%ebp), %edx	# %sfp, _188
# platform-c/hv/net.c:285: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movswl	%dx, %esi	# _188, _272
.L162:
# platform-c/hv/net.c:283: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	-188(%ebp), %eax	# %sfp, _27
# platform-c/hv/net.c:283: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	16(%ebx), %ecx	# g_75->rx, _26
# platform-c/hv/net.c:283: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-200(%ebp), %edi	# %sfp, tmp378
# platform-c/hv/net.c:282: 		g->rx_cons++;
	incl	24(%ebx)	# g_75->rx_cons
# platform-c/hv/net.c:283: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp281
	movw	%di, (%ecx,%eax,8)	# tmp378, _26->ring[_27].rsp.id
# platform-c/hv/net.c:284: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-192(%ebp), %edi	# %sfp, tmp379
# platform-c/hv/net.c:284: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	16(%ebx), %ecx	# g_75->rx, _29
# platform-c/hv/net.c:284: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%di, 2(%ecx,%eax,8)	# tmp379, _29->ring[_27].rsp.offset
# platform-c/hv/net.c:285: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movl	16(%ebx), %ecx	# g_75->rx, _32
# platform-c/hv/net.c:285: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movw	%si, 4(%ecx,%eax,8)	# _272, _32->ring[_27].rsp.status
# platform-c/hv/net.c:286: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movl	16(%ebx), %ecx	# g_75->rx, _35
# platform-c/hv/net.c:286: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movw	$0, 6(%ecx,%eax,8)	#, _35->ring[_27].rsp.flags
# platform-c/hv/net.c:287: 		g->rx->rsp_prod = rsp + 1;
	movl	-188(%ebp), %ecx	# %sfp, rsp
# platform-c/hv/net.c:287: 		g->rx->rsp_prod = rsp + 1;
	movl	16(%ebx), %eax	# g_75->rx, _36
# platform-c/hv/net.c:287: 		g->rx->rsp_prod = rsp + 1;
	incl	%ecx	# rsp
# platform-c/hv/net.c:288: 		if (n > 0)
	testl	%edx, %edx	# _188
# platform-c/hv/net.c:287: 		g->rx->rsp_prod = rsp + 1;
	movl	%ecx, 4(%eax)	# tmp285, _36->rsp_prod
# platform-c/hv/net.c:288: 		if (n > 0)
	jle	.L171	#,
# platform-c/hv/net.c:289: 			g->delivered++;
	incl	1580(%ebx)	# g_75->delivered
.L171:
# platform-c/hv/net.c:290: 		if (hv_l61) {
	movl	hv_l61, %edi	# hv_l61,
	testl	%edi, %edi	#
	jne	.L214	#,
# platform-c/hv/net.c:292: 		} else if (!e) {
	movl	-196(%ebp), %esi	# %sfp,
	testl	%esi, %esi	#
	je	.L215	#,
# platform-c/hv/net.c:295: 		} else if (--e->rx_refs == 0) {
	movl	-196(%ebp), %edx	# %sfp, iftmp.9_85
	movzwl	14(%edx), %eax	# iftmp.9_261->rx_refs, iftmp.9_261->rx_refs
	decl	%eax	# tmp294
	movzwl	%ax, %eax	# tmp294, _45
# platform-c/hv/net.c:295: 		} else if (--e->rx_refs == 0) {
	movw	%ax, 14(%edx)	# _45, iftmp.9_261->rx_refs
	testl	%eax, %eax	# _45
	je	.L216	#,
.L173:
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1052(%ebx), %edx	# g_75->rxq_head, _46
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%ebx), %eax	# g_75->rxq_tail, _47
# platform-c/hv/net.c:298: 		posted++;
	incl	-216(%ebp)	# %sfp
# platform-c/hv/net.c:274: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	cmpl	%eax, %edx	# _47, _46
	jne	.L156	#,
	movl	-228(%ebp), %ebx	# %sfp, id
.L175:
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	movl	-220(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_75->txc_head, _59
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_75->txc_tail, _59
	je	.L179	#,
	movl	%ebx, -180(%ebp)	# id, %sfp
	movl	-220(%ebp), %edx	# %sfp, g
	movl	-216(%ebp), %edi	# %sfp, posted
	.p2align 4
	.p2align 3
.L181:
# platform-c/hv/net.c:303: 		u32 rsp = g->tx->rsp_prod;
	movl	12(%edx), %esi	# g_75->tx, _49
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	leal	1(%eax), %ebx	#, tmp296
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%al, %eax	# _59, _59
# platform-c/hv/net.c:309: 		posted++;
	incl	%edi	# posted
# platform-c/hv/net.c:303: 		u32 rsp = g->tx->rsp_prod;
	movl	4(%esi), %ecx	# _49->rsp_prod, rsp
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movl	%ebx, 1572(%edx)	# tmp296, g_75->txc_head
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzwl	1060(%edx,%eax,2), %eax	# g_75->txc[_51], _53
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%cl, %ebx	# rsp, _52
# platform-c/hv/net.c:307: 		g->tx->rsp_prod = rsp + 1;
	incl	%ecx	# tmp301
# platform-c/hv/net.c:305: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	addl	$8, %ebx	#, tmp299
	movw	%ax, (%esi,%ebx,8)	# _53, _49->ring[_52].rsp.id
# platform-c/hv/net.c:306: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
	movl	12(%edx), %eax	# g_75->tx, _54
# platform-c/hv/net.c:306: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
	movw	$0, 2(%eax,%ebx,8)	#, _54->ring[_52].rsp.status
# platform-c/hv/net.c:307: 		g->tx->rsp_prod = rsp + 1;
	movl	12(%edx), %eax	# g_75->tx, _55
# platform-c/hv/net.c:307: 		g->tx->rsp_prod = rsp + 1;
	movl	%ecx, 4(%eax)	# tmp301, _55->rsp_prod
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	movl	1572(%edx), %eax	# g_75->txc_head, _59
# platform-c/hv/net.c:308: 		g->tx_done++;
	incl	1588(%edx)	# g_75->tx_done
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_75->txc_tail, _59
	jne	.L181	#,
	movl	%edi, -216(%ebp)	# posted, %sfp
	movl	-180(%ebp), %ebx	# %sfp, id
.L179:
# platform-c/hv/net.c:311: 	if (posted)
	movl	-216(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	je	.L149	#,
# platform-c/hv/net.c:312: 		__hw_notify(id);
	movl	%ebx, %eax	# id,
	call	__hw_notify	#
	jmp	.L149	#
	.p2align 4,,10
	.p2align 3
.L168:
	movl	%edx, -212(%ebp)	# _159, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _160,
	call	svm_slow_hv	#
	movl	-212(%ebp), %edx	# %sfp, _159
	movl	%eax, %esi	# tmp319, _170
	jmp	.L169	#
	.p2align 4,,10
	.p2align 3
.L158:
# platform-c/hv/net.c:279: 		u32 rsp = g->rx->rsp_prod;
	movl	4(%eax), %edi	# pretmp_280->rsp_prod, rsp
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	66(%eax,%edx,8), %esi	# MEM <u16> [(struct netif_rx_ring *)_265 + 66B], req$gref
# platform-c/hv/net.c:279: 		u32 rsp = g->rx->rsp_prod;
	movl	%edi, -188(%ebp)	# rsp, %sfp
# platform-c/hv/net.c:278: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	64(%eax,%edx,8), %edi	# MEM <u16> [(struct netif_rx_ring *)_265 + 64B], req$id
	movzwl	68(%eax,%edx,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_265 + 68B], req$offset
	movl	%edi, -200(%ebp)	# req$id, %sfp
	movl	%eax, -192(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:277: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	-204(%ebp), %eax	# %sfp, ref
	testb	$1, %al	#, ref
	je	.L217	#,
.L160:
# platform-c/hv/net.c:280: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req);
	movl	-204(%ebp), %eax	# %sfp, iftmp.11_89
	xorl	%edx, %edx	#
	movl	%edx, -196(%ebp)	#, %sfp
	andl	$-2, %eax	#, iftmp.11_89
	.p2align 4
	.p2align 3
.L182:
# platform-c/hv/net.c:231: 	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	leal	-176(%ebp), %ecx	#, tmp361
	leal	-172(%ebp), %edx	#, tmp362
	call	rx_describe	#
	jmp	.L159	#
	.p2align 4,,10
	.p2align 3
.L214:
# platform-c/hv/net.c:291: 			l61_rx_delivered(ref);
	movl	-204(%ebp), %eax	# %sfp,
	call	l61_rx_delivered	#
	.p2align 4,,2
	jmp	.L173	#
	.p2align 4,,10
	.p2align 3
.L217:
# platform-c/hv/net.c:277: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	movl	%eax, %edx	# ref, _19
	shrl	%edx	# _19
# platform-c/hv/net.c:277: 		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
	leal	0(,%edx,8), %eax	#, tmp219
	subl	%edx, %eax	# _19, tmp220
	sall	$2, %eax	#, tmp221
# platform-c/hv/net.c:280: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req);
	movl	%eax, %edx	# tmp221, iftmp.9_85
	addl	$pool, %edx	#, iftmp.9_85
	movl	%edx, -196(%ebp)	# iftmp.9_85, %sfp
	je	.L160	#,
# platform-c/hv/net.c:280: 		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req);
	movl	pool(%eax), %eax	# MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_19].skb, iftmp.11_89
	jmp	.L182	#
	.p2align 4,,10
	.p2align 3
.L216:
# platform-c/hv/net.c:296: 			pool_give(e);
	movl	%edx, %eax	# iftmp.9_85,
	call	pool_give	#
	jmp	.L173	#
	.p2align 4,,10
	.p2align 3
.L215:
# platform-c/hv/net.c:294: 			__hw_hand_back(ref & ~1U);
	movl	-204(%ebp), %eax	# %sfp, ref
# platform-c/hv/net.c:293: 			hv_stats.handed_back++;
	incl	hv_stats+32	# hv_stats.handed_back
# platform-c/hv/net.c:294: 			__hw_hand_back(ref & ~1U);
	andl	$-2, %eax	#, ref
	call	__hw_hand_back	#
	jmp	.L173	#
	.p2align 4,,10
	.p2align 3
.L165:
	movl	%edx, -180(%ebp)	# _135, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _136,
	call	svm_slow_hv	#
	movl	-180(%ebp), %edx	# %sfp, _135
	movl	%eax, %esi	# tmp318, _146
	jmp	.L166	#
.L212:
# platform-c/hv/net.c:300: 	if (g->rxq_head != g->rxq_tail)
	cmpl	%edx, %eax	# _46, _47
	movl	-228(%ebp), %ebx	# %sfp, id
	je	.L175	#,
# platform-c/hv/net.c:301: 		hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_73(D)]
	jmp	.L175	#
.L164:
# platform-c/hv/net.c:236: 		return -1;
	movl	$-2, %esi	#, _272
# platform-c/hv/net.c:240: 		return -2;
	movl	$-2, %edx	#, _188
	jmp	.L162	#
.L154:
# platform-c/hv/net.c:268: 			pool_reclaim();
	call	pool_reclaim	#
	jmp	.L153	#
.L213:
# platform-c/hv/net.c:235: 		__hw_report(SAFETY_HV_INPUT, bad, why);
	movl	-176(%ebp), %edx	# bad,
	movl	%eax, %ecx	# iftmp.13_118,
	movl	$2, %eax	#,
# platform-c/hv/net.c:236: 		return -1;
	movl	$-1, %esi	#, _272
# platform-c/hv/net.c:235: 		__hw_report(SAFETY_HV_INPUT, bad, why);
	call	__hw_report	#
# platform-c/hv/net.c:236: 		return -1;
	movl	$-1, %edx	#, _188
	jmp	.L162	#
.L211:
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	movl	-220(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_75->txc_head, _59
# platform-c/hv/net.c:302: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_75->txc_tail, _59
	je	.L149	#,
	movl	%ebx, -180(%ebp)	# id, %sfp
	xorl	%edi, %edi	# posted
	jmp	.L181	#
	.size	hv_guest_resume, .-hv_guest_resume
	.p2align 4
	.globl	hv_softirq
	.type	hv_softirq, @function
hv_softirq:
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %ecx	# dom0.irq_handler,
	testl	%ecx, %ecx	#
	je	.L221	#,
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L221	#,
# platform-c/hv/net.c:322: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:350: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L221:
# platform-c/hv/net.c:327: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:350: }
	ret	
	.size	hv_softirq, .-hv_softirq
	.p2align 4
	.globl	hv_softirq_run
	.type	hv_softirq_run, @function
hv_softirq_run:
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
	testl	%edx, %edx	#
	je	.L229	#,
# platform-c/hv/net.c:326: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L229	#,
# platform-c/hv/net.c:353: {
	pushl	%ebp	#
	movl	$64, %eax	#,
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:355: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L229:
	ret	
	.size	hv_softirq_run, .-hv_softirq_run
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
