	.file	"net.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	grant_frame, @function
grant_frame:
# platform-c/hv/net.c:102: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	cmpl	$511, %edx	#, gref
	jbe	.L2	#,
# platform-c/hv/net.c:103: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:108: }
	ret	
	.p2align 4,,10
	.p2align 3
.L2:
# platform-c/hv/net.c:99: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp108, gref
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp107, g
	movl	%edi, -4(%ebp)	#,
	movl	%ecx, %edi	# tmp109, write
# platform-c/hv/net.c:102: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	movl	$4096, %ecx	#,
	movl	20(%eax), %edx	# g_13(D)->gnttab, g_13(D)->gnttab
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:102: 	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp110
	je	.L4	#,
# platform-c/hv/net.c:104: 	e = g->gnttab[gref];
	movl	20(%esi), %eax	# g_13(D)->gnttab, g_13(D)->gnttab
	leal	(%eax,%ebx,8), %eax	#, _6
# platform-c/hv/net.c:104: 	e = g->gnttab[gref];
	movzwl	(%eax), %edx	# _6->flags, e$flags
	movl	4(%eax), %eax	# _6->frame, <retval>
# platform-c/hv/net.c:105: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$1, %dl	#, e$flags
	je	.L4	#,
# platform-c/hv/net.c:105: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	%edi, %edi	# write
	je	.L5	#,
# platform-c/hv/net.c:105: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testb	$4, %dl	#, e$flags
	jne	.L4	#,
.L5:
# platform-c/hv/net.c:105: 	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
	testl	$4095, %eax	#, <retval>
	je	.L1	#,
	.p2align 4
	.p2align 3
.L4:
# platform-c/hv/net.c:103: 		return 0;
	xorl	%eax, %eax	# <retval>
.L1:
# platform-c/hv/net.c:108: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	grant_frame, .-grant_frame
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
	movl	%eax, %esi	# tmp117, max_calls
	pushl	%ebx	#
# platform-c/hv/net.c:299: 	u32 calls = 0;
	xorl	%ebx, %ebx	# calls
# platform-c/hv/net.c:297: int hv_softirq(u32 max_calls)
	subl	$4, %esp	#,
	jmp	.L20	#
	.p2align 4,,10
	.p2align 3
.L29:
# platform-c/hv/net.c:304: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	movl	dom0+24, %eax	# dom0.irq,
	call	__hw_irq_line	#
# platform-c/hv/net.c:304: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	testl	%eax, %eax	# tmp120
	je	.L22	#,
# platform-c/hv/net.c:305: 		u8 *mask = svm_try(dom0.upcall_mask);
	movl	dom0+20, %eax	# dom0.upcall_mask,
	call	svm_try	#
# platform-c/hv/net.c:307: 		if (!mask) {
	testl	%eax, %eax	# mask
	je	.L27	#,
# platform-c/hv/net.c:311: 		if (*mask) {
	cmpb	$0, (%eax)	#, *mask_2
	jne	.L28	#,
# platform-c/hv/net.c:317: 		if (driver_irq(&ret))
	leal	-12(%ebp), %eax	#, tmp122
# platform-c/hv/net.c:316: 		calls++;
	incl	%ebx	# calls
# platform-c/hv/net.c:315: 		hv_stats.irq_calls++;
	incl	hv_stats+16	# hv_stats.irq_calls
# platform-c/hv/net.c:317: 		if (driver_irq(&ret))
	call	driver_irq	#
# platform-c/hv/net.c:317: 		if (driver_irq(&ret))
	testl	%eax, %eax	# tmp119
	jne	.L22	#,
.L20:
# platform-c/hv/net.c:304: 	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
	cmpl	%esi, %ebx	# max_calls, calls
	jne	.L29	#,
.L22:
# platform-c/hv/net.c:321: }
	popl	%edx	#
	movl	%ebx, %eax	# calls,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	.p2align 4,,1
	ret	
	.p2align 4,,10
	.p2align 3
.L27:
# platform-c/hv/net.c:308: 			__hw_report(SAFETY_SVM_ACCESS, dom0.upcall_mask, "softirq: dom0's interrupt mask is not dom0 memory");
	movl	dom0+20, %edx	# dom0.upcall_mask,
	movl	$1, %eax	#,
	movl	$.LC0, %ecx	#,
	call	__hw_report	#
# platform-c/hv/net.c:321: }
	movl	%ebx, %eax	# calls,
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L28:
# platform-c/hv/net.c:312: 			hv_stats.irq_deferred++;
	incl	hv_stats+20	# hv_stats.irq_deferred
# platform-c/hv/net.c:321: }
	movl	%ebx, %eax	# calls,
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	hv_softirq.part.0, .-hv_softirq.part.0
	.p2align 4
	.globl	dom0_page_va
	.type	dom0_page_va, @function
dom0_page_va:
# platform-c/hv/net.c:26: 	u32 off = page - dom0.mem_map;
	movl	dom0+4, %edx	# dom0.mem_map, _1
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%edx, %eax	# _1, page
	jb	.L34	#,
# platform-c/hv/net.c:26: 	u32 off = page - dom0.mem_map;
	subl	%edx, %eax	# _1, off
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	movl	dom0+12, %edx	# dom0.frames, tmp94
	sall	$5, %edx	#, tmp94
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%edx, %eax	# tmp94, off
	jnb	.L34	#,
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	testb	$31, %al	#, off
	jne	.L34	#,
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	movl	dom0+16, %edx	# dom0.lowmem,
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %eax	#, tmp97
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %eax	#, tmp98
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	addl	%edx, %eax	#, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L34:
# platform-c/hv/net.c:29: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:31: }
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
# platform-c/hv/net.c:34: {
	movl	%edx, -20(%ebp)	# tmp154, %sfp
	movl	%ecx, -16(%ebp)	# bad, %sfp
# platform-c/hv/net.c:35: 	struct sk_buff *s = svm_try(skb);
	call	svm_try	#
# platform-c/hv/net.c:39: 	*bad = skb;
	movl	%esi, (%edi)	# skb, *bad_31(D)
# platform-c/hv/net.c:40: 	if (!s)
	testl	%eax, %eax	# s
# platform-c/hv/net.c:35: 	struct sk_buff *s = svm_try(skb);
	movl	%eax, %ebx	# tmp156, s
# platform-c/hv/net.c:40: 	if (!s)
	je	.L43	#,
# platform-c/hv/net.c:42: 	d->mac = (u32)s->mac.raw;
	movl	36(%eax), %eax	# s_29->mac.raw, _2
# platform-c/hv/net.c:42: 	d->mac = (u32)s->mac.raw;
	movl	-20(%ebp), %ecx	# %sfp, d
	movl	%eax, (%ecx)	# _2, d_33(D)->mac
# platform-c/hv/net.c:43: 	hdr = (u32)s->data - d->mac;
	movl	136(%ebx), %esi	# s_29->data, _4
# platform-c/hv/net.c:45: 	data_len = s->data_len;
	movl	100(%ebx), %edi	# s_29->data_len, data_len
# platform-c/hv/net.c:44: 	len = s->len;
	movl	96(%ebx), %ecx	# s_29->len, len
# platform-c/hv/net.c:43: 	hdr = (u32)s->data - d->mac;
	movl	%esi, %edx	# _4, hdr
# platform-c/hv/net.c:45: 	data_len = s->data_len;
	movl	%edi, -24(%ebp)	# data_len, %sfp
# platform-c/hv/net.c:43: 	hdr = (u32)s->data - d->mac;
	subl	%eax, %edx	# _2, hdr
# platform-c/hv/net.c:47: 	if (hdr < ETH_HLEN || hdr > 64)
	leal	-14(%edx), %edi	#, tmp126
# platform-c/hv/net.c:47: 	if (hdr < ETH_HLEN || hdr > 64)
	cmpl	$50, %edi	#, tmp126
	ja	.L55	#,
# platform-c/hv/net.c:50: 	if (data_len > len)
	movl	-24(%ebp), %edi	# %sfp, data_len
	cmpl	%edi, %ecx	# data_len, len
	jb	.L56	#,
# platform-c/hv/net.c:52: 	*bad = len;
	movl	-16(%ebp), %edi	# %sfp, bad
# platform-c/hv/net.c:53: 	if (len > NET_RX_BUFFER - hdr)
	addl	$2048, %eax	#, tmp127
	subl	%esi, %eax	# _4, tmp127
# platform-c/hv/net.c:52: 	*bad = len;
	movl	%ecx, (%edi)	# len, *bad_31(D)
# platform-c/hv/net.c:53: 	if (len > NET_RX_BUFFER - hdr)
	movl	%eax, %edi	# tmp127, tmp128
# platform-c/hv/net.c:54: 		return "netif_rx: frame longer than a guest buffer";
	movl	$.LC4, %eax	#, <retval>
# platform-c/hv/net.c:53: 	if (len > NET_RX_BUFFER - hdr)
	cmpl	%ecx, %edi	# len, tmp128
	jnb	.L57	#,
.L35:
# platform-c/hv/net.c:83: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L55:
# platform-c/hv/net.c:46: 	*bad = hdr;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%edx, (%eax)	# hdr, *bad_31(D)
# platform-c/hv/net.c:83: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:48: 		return "netif_rx: no MAC header in front of the data";
	movl	$.LC2, %eax	#, <retval>
# platform-c/hv/net.c:83: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L56:
# platform-c/hv/net.c:49: 	*bad = data_len;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%edi, (%eax)	# data_len, *bad_31(D)
# platform-c/hv/net.c:83: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:51: 		return "netif_rx: data_len larger than len";
	movl	$.LC3, %eax	#, <retval>
# platform-c/hv/net.c:83: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L57:
# platform-c/hv/net.c:55: 	d->linear = hdr + len - data_len;
	movl	-24(%ebp), %esi	# %sfp, data_len
# platform-c/hv/net.c:55: 	d->linear = hdr + len - data_len;
	addl	%ecx, %edx	# len, _8
# platform-c/hv/net.c:55: 	d->linear = hdr + len - data_len;
	movl	%edx, %eax	# _8, tmp129
	subl	%esi, %eax	# data_len, tmp129
	movl	-20(%ebp), %esi	# %sfp, d
# platform-c/hv/net.c:56: 	d->total = hdr + len;
	movl	%edx, 156(%esi)	# _8, d_33(D)->total
# platform-c/hv/net.c:55: 	d->linear = hdr + len - data_len;
	movl	%eax, 4(%esi)	# tmp129, d_33(D)->linear
# platform-c/hv/net.c:57: 	sh = svm_try((u32)s->end);
	movl	144(%ebx), %eax	# s_29->end, s_29->end
	call	svm_try	#
# platform-c/hv/net.c:58: 	*bad = (u32)s->end;
	movl	144(%ebx), %edx	# s_29->end, s_29->end
	movl	-16(%ebp), %ecx	# %sfp, bad
	movl	%edx, (%ecx)	# s_29->end, *bad_31(D)
# platform-c/hv/net.c:59: 	if (!sh)
	testl	%eax, %eax	# sh
	je	.L45	#,
# platform-c/hv/net.c:61: 	d->nr_frags = sh->nr_frags;
	movzwl	4(%eax), %edi	# sh_44->nr_frags, sum
# platform-c/hv/net.c:61: 	d->nr_frags = sh->nr_frags;
	movl	%edi, 8(%esi)	# sum, d_33(D)->nr_frags
# platform-c/hv/net.c:63: 	if (d->nr_frags > MAX_SKB_FRAGS)
	cmpl	$18, %edi	#, sum
# platform-c/hv/net.c:61: 	d->nr_frags = sh->nr_frags;
	movl	%edi, -28(%ebp)	# sum, %sfp
# platform-c/hv/net.c:62: 	*bad = d->nr_frags;
	movl	%edi, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:63: 	if (d->nr_frags > MAX_SKB_FRAGS)
	ja	.L46	#,
# platform-c/hv/net.c:65: 	for (i = 0; i < d->nr_frags; i++) {
	testl	%edi, %edi	# sum
	je	.L39	#,
# platform-c/hv/net.c:37: 	u32 hdr, len, data_len, i, sum = 0;
	movl	$0, -28(%ebp)	#, %sfp
	addl	$20, %eax	#, ivtmp.48
# platform-c/hv/net.c:65: 	for (i = 0; i < d->nr_frags; i++) {
	xorl	%ecx, %ecx	# i
	movl	%eax, -20(%ebp)	# ivtmp.48, %sfp
# platform-c/hv/net.c:73: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	%esi, %edi	# d, d
	jmp	.L42	#
	.p2align 4,,10
	.p2align 3
.L58:
# platform-c/hv/net.c:26: 	u32 off = page - dom0.mem_map;
	movl	%esi, %edx	# _17, off
	subl	%eax, %edx	# _58, off
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	movl	dom0+12, %eax	# dom0.frames, tmp134
	sall	$5, %eax	#, tmp134
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%eax, %edx	# tmp134, off
	jnb	.L40	#,
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	testb	$31, %dl	#, off
	jne	.L40	#,
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	shrl	$5, %edx	#, tmp137
# platform-c/hv/net.c:66: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	4(%ebx), %eax	# MEM[(unsigned int *)_49 + 4B], off
# platform-c/hv/net.c:30: 	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
	sall	$12, %edx	#, tmp138
# platform-c/hv/net.c:67: 		u32 size = sh->frags[i].size;
	movl	8(%ebx), %ebx	# MEM[(unsigned int *)_49 + 8B], size
# platform-c/hv/net.c:70: 		if (!va)
	addl	dom0+16, %edx	# dom0.lowmem, _66
	je	.L40	#,
# platform-c/hv/net.c:72: 		*bad = off;
	movl	-16(%ebp), %esi	# %sfp, bad
# platform-c/hv/net.c:73: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	$4095, %eax	#, off
# platform-c/hv/net.c:72: 		*bad = off;
	movl	%eax, (%esi)	# off, *bad_31(D)
# platform-c/hv/net.c:73: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	ja	.L48	#,
# platform-c/hv/net.c:73: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	$4096, %esi	#, tmp141
	subl	%eax, %esi	# off, tmp141
# platform-c/hv/net.c:73: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	%ebx, %esi	# size, tmp141
	jb	.L48	#,
# platform-c/hv/net.c:76: 		d->frag_len[i] = size;
	movl	%ebx, 84(%edi,%ecx,4)	# size, MEM[(unsigned int *)d_33(D) + 84B + i_82 * 4]
# platform-c/hv/net.c:75: 		d->frag_va[i] = va + off;
	addl	%edx, %eax	# _66, tmp143
	movl	%eax, 12(%edi,%ecx,4)	# tmp143, MEM[(unsigned int *)d_33(D) + 12B + i_82 * 4]
# platform-c/hv/net.c:65: 	for (i = 0; i < d->nr_frags; i++) {
	incl	%ecx	# i
# platform-c/hv/net.c:77: 		sum += size;
	addl	%ebx, -28(%ebp)	# size, %sfp
# platform-c/hv/net.c:65: 	for (i = 0; i < d->nr_frags; i++) {
	addl	$12, -20(%ebp)	#, %sfp
	cmpl	8(%edi), %ecx	# d_33(D)->nr_frags, i
	jnb	.L39	#,
.L42:
# platform-c/hv/net.c:66: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	-20(%ebp), %ebx	# %sfp, ivtmp.48
# platform-c/hv/net.c:26: 	u32 off = page - dom0.mem_map;
	movl	dom0+4, %eax	# dom0.mem_map, _58
# platform-c/hv/net.c:66: 		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
	movl	(%ebx), %esi	# MEM[(struct page * *)_49], _17
# platform-c/hv/net.c:28: 	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%eax, %esi	# _58, _17
	jnb	.L58	#,
.L40:
# platform-c/hv/net.c:69: 		*bad = (u32)sh->frags[i].page;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%esi, (%eax)	# _17, *bad_31(D)
# platform-c/hv/net.c:71: 			return "netif_rx: fragment page is not a dom0 struct page";
	movl	$.LC7, %eax	#, <retval>
	jmp	.L35	#
	.p2align 4,,10
	.p2align 3
.L43:
# platform-c/hv/net.c:83: }
	addl	$16, %esp	#,
# platform-c/hv/net.c:41: 		return "netif_rx: the skb is not dom0 memory";
	movl	$.LC1, %eax	#, <retval>
# platform-c/hv/net.c:83: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L46:
# platform-c/hv/net.c:64: 		return "netif_rx: nr_frags larger than MAX_SKB_FRAGS";
	movl	$.LC6, %eax	#, <retval>
	jmp	.L35	#
	.p2align 4,,10
	.p2align 3
.L48:
# platform-c/hv/net.c:74: 			return "netif_rx: fragment leaves its page";
	movl	$.LC8, %eax	#, <retval>
	jmp	.L35	#
	.p2align 4,,10
	.p2align 3
.L45:
# platform-c/hv/net.c:60: 		return "netif_rx: skb_shinfo is not dom0 memory";
	movl	$.LC5, %eax	#, <retval>
	jmp	.L35	#
	.p2align 4,,10
	.p2align 3
.L39:
# platform-c/hv/net.c:79: 	*bad = sum;
	movl	-28(%ebp), %eax	# %sfp, sum
# platform-c/hv/net.c:82: 	return NULL;
	movl	$.LC9, %esi	#, tmp150
# platform-c/hv/net.c:79: 	*bad = sum;
	movl	-16(%ebp), %ecx	# %sfp, bad
# platform-c/hv/net.c:82: 	return NULL;
	cmpl	%eax, -24(%ebp)	# sum, %sfp
# platform-c/hv/net.c:79: 	*bad = sum;
	movl	%eax, (%ecx)	# sum, *bad_31(D)
# platform-c/hv/net.c:82: 	return NULL;
	movl	$0, %eax	#, tmp151
	cmovne	%esi, %eax	# tmp150,, tmp151
	jmp	.L35	#
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
# platform-c/hv/net.c:87: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	8(%ebp), %eax	# gnttab, tmp96
	orl	%ecx, %eax	# rx, tmp96
	orl	%edx, %eax	# tx, tmp97
# platform-c/hv/net.c:87: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	$4095, %eax	#, tmp97
	jne	.L62	#,
# platform-c/hv/net.c:87: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	movl	$1, (%esp)	#,
	movl	%ecx, %edi	# tmp102, rx
	movl	%ebx, %eax	# g,
	movl	$4096, %ecx	#,
	movl	%edx, %esi	# tmp101, tx
	call	guest_page	#
# platform-c/hv/net.c:87: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp103
	je	.L62	#,
# platform-c/hv/net.c:88: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%edi, %edx	# rx,
	movl	%ebx, %eax	# g,
	call	guest_page	#
# platform-c/hv/net.c:87: 	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	testl	%eax, %eax	# tmp104
	je	.L62	#,
# platform-c/hv/net.c:88: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	movl	$0, (%esp)	#,
	movl	$4096, %ecx	#,
	movl	%ebx, %eax	# g,
	movl	8(%ebp), %edx	# gnttab,
	call	guest_page	#
# platform-c/hv/net.c:88: 	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
	testl	%eax, %eax	# tmp105
	je	.L62	#,
# platform-c/hv/net.c:90: 	g->tx = (struct netif_tx_ring *)tx;
	movl	%esi, 12(%ebx)	# tx, g_17(D)->tx
# platform-c/hv/net.c:92: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	8(%ebp), %eax	# gnttab, tmp108
# platform-c/hv/net.c:91: 	g->rx = (struct netif_rx_ring *)rx;
	movl	%edi, 16(%ebx)	# rx, g_17(D)->rx
# platform-c/hv/net.c:93: 	g->rx_cons = 0;
	movl	$0, 24(%ebx)	#, g_17(D)->rx_cons
# platform-c/hv/net.c:92: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	%eax, 20(%ebx)	# tmp108, g_17(D)->gnttab
# platform-c/hv/net.c:94: 	return HC_OK;
	xorl	%eax, %eax	# <retval>
.L59:
# platform-c/hv/net.c:95: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L62:
# platform-c/hv/net.c:89: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L59	#
	.size	net_setup, .-net_setup
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
# platform-c/hv/net.c:111: {
	movl	%eax, -32(%ebp)	# g, %sfp
# platform-c/hv/net.c:119: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	12(%eax), %ecx	# g_69(D)->tx,
	testl	%ecx, %ecx	#
	je	.L76	#,
# platform-c/hv/net.c:119: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$0, (%esp)	#,
	movl	$8, %ecx	#,
	movl	%edx, %ebx	# tmp287, req_va
	movl	-32(%ebp), %edi	# %sfp, g
	movl	%edi, %eax	# g,
	call	guest_page	#
# platform-c/hv/net.c:119: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	testl	%eax, %eax	# tmp288
	je	.L76	#,
# platform-c/hv/net.c:121: 	req = *(struct netif_tx_request *)req_va;
	movzwl	4(%ebx), %eax	# req_va.3_3->id, req$id
	movzwl	6(%ebx), %esi	# req_va.3_3->size, req$size
	movzwl	2(%ebx), %ecx	# req_va.3_3->offset, req$offset
	movzwl	(%ebx), %edx	# req_va.3_3->gref, req$gref
	movl	%eax, -36(%ebp)	# req$id, %sfp
# platform-c/hv/net.c:122: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	leal	-14(%esi), %eax	#, tmp186
# platform-c/hv/net.c:121: 	req = *(struct netif_tx_request *)req_va;
	movl	%ecx, -44(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:122: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpw	$1500, %ax	#, tmp186
	ja	.L96	#,
	cmpl	$4095, %ecx	#, req$offset
	movl	%ecx, %ebx	# req$offset, req$offset
	ja	.L96	#,
# platform-c/hv/net.c:123: 	    req.size > PAGE_SIZE - req.offset)
	movl	$4096, %eax	#, tmp193
	subl	%ecx, %eax	# req$offset, tmp192
# platform-c/hv/net.c:122: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpl	%esi, %eax	# req$size, tmp192
	jb	.L96	#,
# platform-c/hv/net.c:125: 	page = grant_frame(g, req.gref, 0);
	xorl	%ecx, %ecx	#
	movl	%edi, %eax	# g,
	call	grant_frame	#
# platform-c/hv/net.c:126: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	testl	%eax, %eax	# page
	je	.L76	#,
# platform-c/hv/net.c:126: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	addl	%ebx, %eax	# req$offset, _11
	movl	%esi, %ecx	# req$size,
	movl	%eax, -40(%ebp)	# _11, %sfp
	movl	%eax, %edx	# _11,
	movl	%edi, %eax	# g,
	movl	$0, (%esp)	#,
	call	guest_page	#
	movl	%eax, -48(%ebp)	# iftmp.4_75, %sfp
# platform-c/hv/net.c:127: 	if (!mfn)
	testl	%eax, %eax	# iftmp.4_75
	je	.L76	#,
# platform-c/hv/net.c:129: 	if (!dom0.netdev || hv_driver_dead)
	movl	dom0, %eax	# dom0.netdev, _12
# platform-c/hv/net.c:129: 	if (!dom0.netdev || hv_driver_dead)
	testl	%eax, %eax	# _12
	je	.L78	#,
# platform-c/hv/net.c:129: 	if (!dom0.netdev || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L78	#,
# platform-c/hv/net.c:131: 	nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net.c:132: 	if (!nd) {
	testl	%eax, %eax	# nd
	je	.L116	#,
# platform-c/hv/net.c:136: 	if (nd->state & XOFF) {
	testb	$1, 36(%eax)	#, nd_78->state
	.p2align 4,,2
	jne	.L81	#,
.L85:
# platform-c/hv/net.c:142: 	head = min_t(u32, req.size, NET_TX_HEAD);
	movl	$96, %eax	#, tmp298
# platform-c/hv/net.c:143: 	rest = req.size - head;
	movl	%esi, %ebx	# req$size, rest
# platform-c/hv/net.c:142: 	head = min_t(u32, req.size, NET_TX_HEAD);
	cmpl	%eax, %esi	# tmp298, req$size
	cmovbe	%esi, %eax	# req$size,, tmp298
	movl	%eax, -20(%ebp)	# head, %sfp
# platform-c/hv/net.c:143: 	rest = req.size - head;
	subl	%eax, %ebx	# head, rest
	movl	%ebx, -24(%ebp)	# rest, %sfp
# platform-c/hv/net.c:144: 	e = pool_take(head);
	call	pool_take	#
# platform-c/hv/net.c:145: 	if (!e)
	testl	%eax, %eax	# e
# platform-c/hv/net.c:144: 	e = pool_take(head);
	movl	%eax, %ebx	# tmp292, e
# platform-c/hv/net.c:145: 	if (!e)
	je	.L117	#,
# platform-c/hv/net.c:147: 	s = svm_try(e->skb);
	movl	(%eax), %eax	# e_85->skb, e_85->skb
	call	svm_try	#
	movl	%eax, -28(%ebp)	# s, %sfp
# platform-c/hv/net.c:148: 	if (!s) {
	testl	%eax, %eax	# s
	je	.L118	#,
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	-28(%ebp), %edx	# %sfp, s
	movl	$31, %ecx	#, ecx_out
	xorl	%eax, %eax	# tmp210
	movl	%edx, %edi	# s, edi_out
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $124, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:154: 	s->truesize = e->size + sizeof(struct sk_buff);
#NO_APP
	movl	8(%ebx), %eax	# e_85->size, tmp315
# platform-c/hv/net.c:154: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%edx, %edi	# s, s
# platform-c/hv/net.c:154: 	s->truesize = e->size + sizeof(struct sk_buff);
	addl	$148, %eax	#, tmp214
# platform-c/hv/net.c:154: 	s->truesize = e->size + sizeof(struct sk_buff);
	movl	%eax, 124(%edx)	# tmp214, s_87->truesize
# platform-c/hv/net.c:155: 	s->users.counter = 2;
	movl	$2, %eax	#,
	movl	%eax, 128(%edx)	#, s_87->users.counter
# platform-c/hv/net.c:156: 	s->head = (u8 *)e->head;
	movl	4(%ebx), %eax	# e_85->head, e_85->head
	movl	%eax, 132(%edx)	# e_85->head, s_87->head
# platform-c/hv/net.c:157: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	4(%ebx), %eax	# e_85->head, tmp319
	addl	$16, %eax	#, _28
# platform-c/hv/net.c:157: 	s->data = (u8 *)e->head + NET_SKB_PAD;
	movl	%eax, 136(%edx)	# _28, s_87->data
# platform-c/hv/net.c:158: 	s->tail = s->data + head;
	movl	-20(%ebp), %edx	# %sfp, head
	addl	%eax, %edx	# _28, tmp218
	movl	%edx, 140(%edi)	# tmp218, s_87->tail
# platform-c/hv/net.c:159: 	s->end = (u8 *)e->head + e->size;
	movl	4(%ebx), %edx	# e_85->head, e_85->head
	movl	8(%ebx), %ecx	# e_85->size,
# platform-c/hv/net.c:161: 	s->len = req.size;
	movl	%esi, 96(%edi)	# req$size, s_87->len
# platform-c/hv/net.c:162: 	s->data_len = rest;
	movl	-24(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:159: 	s->end = (u8 *)e->head + e->size;
	addl	%ecx, %edx	#, tmp222
# platform-c/hv/net.c:159: 	s->end = (u8 *)e->head + e->size;
	movl	%edx, 144(%edi)	# tmp222, s_87->end
# platform-c/hv/net.c:160: 	s->dev = (struct net_device *)dom0.netdev;
	movl	dom0, %edx	# dom0.netdev, dom0.netdev
# platform-c/hv/net.c:162: 	s->data_len = rest;
	movl	%esi, 100(%edi)	# rest, s_87->data_len
# platform-c/hv/net.c:160: 	s->dev = (struct net_device *)dom0.netdev;
	movl	%edx, 20(%edi)	# dom0.netdev, s_87->dev
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# _28, tmp227
	shrl	$12, %edx	#, tmp227
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _140
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_140].tag, off
	xorl	%eax, %edi	# _28, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edi	#, off
	ja	.L87	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_140].mapped,
	addl	%eax, %edi	#, _148
.L88:
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	-20(%ebp), %eax	# %sfp, head
	addl	%eax, place_stats	# head, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-40(%ebp), %esi	# %sfp, esi_out
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# head, tmp246
	shrl	$2, %ecx	#, tmp246
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
	movl	-28(%ebp), %eax	# %sfp, s
	movl	144(%eax), %edx	# s_87->end, va
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# va, tmp247
	shrl	$12, %eax	#, tmp247
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _120
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_120].tag, off
	xorl	%edx, %ecx	# va, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L89	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_120].mapped,
	addl	%esi, %ecx	#, off
	movl	%ecx, %edx	# off, _128
.L90:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$5, %ecx	#, ecx_out
	movl	%edx, %edi	# _128, edi_out
	xorl	%eax, %eax	# tmp253
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $20, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hv/net.c:168: 		sh->dataref.counter = 1;
#NO_APP
	movl	$1, (%edx)	#, MEM[(struct skb_shared_info *)_130].dataref.counter
# platform-c/hv/net.c:169: 		if (rest) {
	movl	-24(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L119	#,
.L91:
# platform-c/hv/net.c:178: 	e->tx_guest = g->id;
	movl	-32(%ebp), %eax	# %sfp, g
# platform-c/hv/net.c:179: 	e->tx_id = req.id;
	movl	$2, %esi	#, ivtmp_183
# platform-c/hv/net.c:178: 	e->tx_guest = g->id;
	movl	(%eax), %eax	# g_69(D)->id, g_69(D)->id
	movw	%ax, 16(%ebx)	# g_69(D)->id, e_85->tx_guest
# platform-c/hv/net.c:179: 	e->tx_id = req.id;
	movl	-36(%ebp), %eax	# %sfp, tmp344
	movw	%ax, 18(%ebx)	# tmp344, e_85->tx_id
.L94:
# platform-c/hv/net.c:181: 		hv_stats.xmit_calls++;
	incl	hv_stats+4	# hv_stats.xmit_calls
# platform-c/hv/net.c:182: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	movl	dom0, %edx	# dom0.netdev,
	leal	-16(%ebp), %ecx	#, tmp345
	movl	(%ebx), %eax	# e_85->skb, e_85->skb
	call	driver_xmit	#
# platform-c/hv/net.c:182: 		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
	testl	%eax, %eax	# tmp297
	jne	.L78	#,
# platform-c/hv/net.c:184: 		if (ret == NETDEV_TX_OK) {
	movl	-16(%ebp), %eax	# ret, <retval>
# platform-c/hv/net.c:184: 		if (ret == NETDEV_TX_OK) {
	testl	%eax, %eax	# <retval>
	je	.L120	#,
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
# platform-c/hv/net.c:188: 		hv_stats.xmit_busy++;
	incl	hv_stats+12	# hv_stats.xmit_busy
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	testl	%edx, %edx	#
	je	.L93	#,
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L93	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L93:
# platform-c/hv/net.c:180: 	for (attempt = 0; attempt < 2; attempt++) {
	decl	%esi	# ivtmp_183
	je	.L121	#,
	movl	$1, %esi	#, ivtmp_183
	jmp	.L94	#
	.p2align 4,,10
	.p2align 3
.L121:
# platform-c/hv/net.c:192: 	e->tx_guest = 0;
	movw	$0, 16(%ebx)	#, e_85->tx_guest
# platform-c/hv/net.c:193: 	pool_give(e);
	movl	%ebx, %eax	# e,
	call	pool_give	#
.L84:
# platform-c/hv/net.c:140: 			return HC_EBUSY;
	movl	$-16, %eax	#, <retval>
.L73:
# platform-c/hv/net.c:195: }
	addl	$40, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L81:
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edi	# dom0.irq_handler,
	testl	%edi, %edi	#
	je	.L83	#,
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %ebx	# hv_driver_dead,
	testl	%ebx, %ebx	#
	jne	.L83	#,
	movl	$64, %eax	#,
	call	hv_softirq.part.0	#
.L83:
# platform-c/hv/net.c:138: 		nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
	call	svm_try	#
# platform-c/hv/net.c:139: 		if (!nd || (nd->state & XOFF))
	testl	%eax, %eax	# nd
	je	.L84	#,
# platform-c/hv/net.c:139: 		if (!nd || (nd->state & XOFF))
	testb	$1, 36(%eax)	#, nd_80->state
	je	.L85	#,
	.p2align 4,,5
	jmp	.L84	#
	.p2align 4,,10
	.p2align 3
.L119:
# platform-c/hv/net.c:170: 			sh->nr_frags = 1;
	movw	$1, 4(%edx)	#, MEM[(struct skb_shared_info *)_130].nr_frags
# platform-c/hv/net.c:172: 			sh->frags[0].page_offset = req.offset + head;
	movl	-20(%ebp), %esi	# %sfp, head
# platform-c/hv/net.c:171: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	20(%ebx), %eax	# e_85->page[0], e_85->page[0]
# platform-c/hv/net.c:174: 			pool_bind_frag(e, 0, mfn);
	movl	-48(%ebp), %ecx	# %sfp,
# platform-c/hv/net.c:171: 			sh->frags[0].page = (struct page *)e->page[0];
	movl	%eax, 20(%edx)	# e_85->page[0], MEM[(struct skb_shared_info *)_130].frags[0].page
# platform-c/hv/net.c:172: 			sh->frags[0].page_offset = req.offset + head;
	movl	-44(%ebp), %eax	# %sfp, req$offset
	addl	%esi, %eax	# head, req$offset
# platform-c/hv/net.c:173: 			sh->frags[0].size = rest;
	movl	-24(%ebp), %esi	# %sfp, rest
# platform-c/hv/net.c:172: 			sh->frags[0].page_offset = req.offset + head;
	movl	%eax, 24(%edx)	# tmp256, MEM[(struct skb_shared_info *)_130].frags[0].page_offset
# platform-c/hv/net.c:174: 			pool_bind_frag(e, 0, mfn);
	movl	%ebx, %eax	# e,
# platform-c/hv/net.c:173: 			sh->frags[0].size = rest;
	movl	%esi, 28(%edx)	# rest, MEM[(struct skb_shared_info *)_130].frags[0].size
# platform-c/hv/net.c:174: 			pool_bind_frag(e, 0, mfn);
	xorl	%edx, %edx	#
	call	pool_bind_frag	#
# platform-c/hv/net.c:175: 			s->truesize += rest;
	movl	-28(%ebp), %eax	# %sfp, s
	addl	%esi, 124(%eax)	# rest, s_87->truesize
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L87:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %edi	# tmp295, _148
	jmp	.L88	#
	.p2align 4,,10
	.p2align 3
.L89:
	movl	%edx, %eax	# va,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp296, _128
	.p2align 4,,2
	jmp	.L90	#
	.p2align 4,,10
	.p2align 3
.L120:
# platform-c/hv/net.c:185: 			hv_stats.xmit_ok++;
	incl	hv_stats+8	# hv_stats.xmit_ok
# platform-c/hv/net.c:186: 			return HC_OK;
	jmp	.L73	#
	.p2align 4,,10
	.p2align 3
.L76:
# platform-c/hv/net.c:120: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L73	#
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/hv/net.c:124: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L73	#
.L117:
# platform-c/hv/net.c:146: 		return HC_EAGAIN;
	movl	$-11, %eax	#, <retval>
	jmp	.L73	#
.L116:
# platform-c/hv/net.c:133: 		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
	movl	dom0, %edx	# dom0.netdev,
	movl	$.LC10, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
	.p2align 4
	.p2align 3
.L78:
# platform-c/hv/net.c:130: 		return HC_ENODEV;
	movl	$-19, %eax	#, <retval>
	jmp	.L73	#
.L118:
# platform-c/hv/net.c:149: 		__hw_report(SAFETY_SVM_ACCESS, e->skb, "transmit hypercall: a pooled skb is no longer dom0 memory");
	movl	(%ebx), %edx	# e_85->skb, e_85->skb
	movl	$.LC11, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
# platform-c/hv/net.c:150: 		return HC_ENODEV;
	jmp	.L78	#
	.size	net_tx, .-net_tx
	.p2align 4
	.globl	guest_tx_complete
	.type	guest_tx_complete, @function
guest_tx_complete:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp96, id
	movl	%esi, -4(%ebp)	#,
# platform-c/hv/net.c:198: {
	movl	%edx, %esi	# tmp97, tx_id
# platform-c/hv/net.c:199: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
# platform-c/hv/net.c:201: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	testl	%eax, %eax	# g
	je	.L122	#,
# platform-c/hv/net.c:201: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	1576(%eax), %edx	# g_11->txc_tail, _1
# platform-c/hv/net.c:201: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	movl	%edx, %ecx	# _1, tmp91
	subl	1572(%eax), %ecx	# g_11->txc_head, tmp91
# platform-c/hv/net.c:201: 	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
	cmpl	$255, %ecx	#, tmp91
	ja	.L122	#,
# platform-c/hv/net.c:203: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	leal	1(%edx), %ecx	#, tmp92
# platform-c/hv/net.c:203: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movzbl	%dl, %edx	# _1, _1
# platform-c/hv/net.c:203: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movl	%ecx, 1576(%eax)	# tmp92, g_11->txc_tail
# platform-c/hv/net.c:203: 	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	movw	%si, 1060(%eax,%edx,2)	# tx_id, g_11->txc[_5]
# platform-c/hv/net.c:204: 	hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_9(D)]
.L122:
# platform-c/hv/net.c:205: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	guest_tx_complete, .-guest_tx_complete
	.p2align 4
	.globl	guest_queue_rx
	.type	guest_queue_rx, @function
guest_queue_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/net.c:209: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	1056(%eax), %ecx	# g_17(D)->rxq_tail, _1
# platform-c/hv/net.c:209: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	movl	%ecx, %ebx	# _1, tmp98
	subl	1052(%eax), %ebx	# g_17(D)->rxq_head, tmp98
# platform-c/hv/net.c:209: 	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
	cmpl	$255, %ebx	#, tmp98
	ja	.L132	#,
# platform-c/hv/net.c:213: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = e - pool;
	leal	1(%ecx), %ebx	#, tmp99
# platform-c/hv/net.c:213: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = e - pool;
	movzbl	%cl, %ecx	# _1, _1
# platform-c/hv/net.c:213: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = e - pool;
	movl	%ebx, 1056(%eax)	# tmp99, g_17(D)->rxq_tail
# platform-c/hv/net.c:213: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = e - pool;
	movl	%edx, %ebx	# e, tmp102
	subl	$pool, %ebx	#, tmp102
	sarl	$2, %ebx	#, tmp103
	imull	$-1227133513, %ebx, %ebx	#, tmp103, tmp104
# platform-c/hv/net.c:213: 	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = e - pool;
	movl	%ebx, 28(%eax,%ecx,4)	# tmp104, g_17(D)->rxq[_9]
# platform-c/hv/net.c:214: 	e->rx_refs++;
	incw	14(%edx)	# e_18(D)->rx_refs
# platform-c/hv/net.c:215: 	hv_guest_work[g->id] = 1;
	movl	(%eax), %eax	# g_17(D)->id, _13
# platform-c/hv/net.c:215: 	hv_guest_work[g->id] = 1;
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_13]
# platform-c/hv/net.c:216: 	return 0;
	xorl	%eax, %eax	# <retval>
.L128:
# platform-c/hv/net.c:217: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L132:
# platform-c/hv/net.c:210: 		g->dropped++;
	incl	1584(%eax)	# g_17(D)->dropped
# platform-c/hv/net.c:211: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L128	#
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
	movl	%eax, %ebx	# tmp296, id
	subl	$224, %esp	#,
# platform-c/hv/net.c:250: 	struct guest *g = guest_by_id(id);
	call	guest_by_id	#
	movl	%eax, -228(%ebp)	# g, %sfp
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# g
	je	.L133	#,
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	16(%eax), %edx	# g_64->rx, _1
	movl	%eax, %edi	# g, g
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%edx, %edx	# _1
	je	.L133	#,
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	$1, (%esp)	#,
	movl	$4096, %ecx	#,
	call	guest_page	#
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp298
	jne	.L183	#,
.L133:
# platform-c/hv/net.c:291: }
	addl	$224, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L183:
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	movl	12(%edi), %edx	# g_64->tx, g_64->tx
	movl	%edi, %eax	# g, g
	movl	$4096, %ecx	#,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:253: 	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
	testl	%eax, %eax	# tmp299
	je	.L133	#,
# platform-c/hv/net.c:255: 	hv_guest_work[id] = 0;
	movb	$0, hv_guest_work(%ebx)	#, hv_guest_work[id_62(D)]
# platform-c/hv/net.c:256: 	prod = g->rx->req_prod;
	movl	16(%edi), %eax	# g_64->rx, g_64->rx
# platform-c/hv/net.c:258: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	24(%edi), %ecx	# g_64->rx_cons,
# platform-c/hv/net.c:256: 	prod = g->rx->req_prod;
	movl	(%eax), %esi	# _8->req_prod, prod
	movl	%esi, -224(%ebp)	# prod, %sfp
# platform-c/hv/net.c:258: 	if (prod - g->rx_cons > NET_RING_SIZE)
	movl	%esi, %eax	# prod, tmp195
	subl	%ecx, %eax	#, tmp195
# platform-c/hv/net.c:258: 	if (prod - g->rx_cons > NET_RING_SIZE)
	cmpl	$256, %eax	#, tmp195
	jbe	.L137	#,
# platform-c/hv/net.c:259: 		g->rx_cons = prod - NET_RING_SIZE;
	leal	-256(%esi), %eax	#, tmp196
	movl	%eax, 24(%edi)	# tmp196, g_64->rx_cons
.L137:
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-228(%ebp), %eax	# %sfp, g
	movl	1052(%eax), %edx	# g_64->rxq_head, _38
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%eax), %ecx	# g_64->rxq_tail, _39
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	xorl	%eax, %eax	#
	movl	%eax, -216(%ebp)	#, %sfp
	cmpl	%edx, %ecx	# _38, _39
	je	.L184	#,
	movl	%ebx, -232(%ebp)	# id, %sfp
	movl	-228(%ebp), %ebx	# %sfp, g
	.p2align 4
	.p2align 3
.L138:
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	24(%ebx), %eax	# g_64->rx_cons, _40
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	-224(%ebp), %edi	# %sfp, prod
	cmpl	%edi, %eax	# prod, _40
	je	.L185	#,
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	leal	1(%edx), %ecx	#, tmp197
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	movzbl	%dl, %edx	# _38, _38
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	movl	%ecx, 1052(%ebx)	# tmp197, g_64->rxq_head
# platform-c/hv/net.c:262: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movl	16(%ebx), %ecx	# g_64->rx, _16
# platform-c/hv/net.c:262: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzbl	%al, %eax	# _40, _40
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	movl	28(%ebx,%edx,4), %edi	# g_64->rxq[_14], _15
# platform-c/hv/net.c:262: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	66(%ecx,%eax,8), %esi	# MEM <const u16> [(struct netif_rx_ring *)_223 + 66B], req$gref
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	movl	%edi, -196(%ebp)	# _15, %sfp
# platform-c/hv/net.c:261: 		struct pool_skb *e = &pool[g->rxq[g->rxq_head++ % NET_RING_SIZE]];
	leal	0(,%edi,8), %edx	#, tmp289
	movl	%edx, -204(%ebp)	# tmp289, %sfp
	subl	%edi, %edx	# _15, tmp202
	sall	$2, %edx	#, tmp203
	leal	pool(%edx), %edi	#, e
	movl	%edi, -220(%ebp)	# e, %sfp
# platform-c/hv/net.c:262: 		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
	movzwl	64(%ecx,%eax,8), %edi	# MEM <u16> [(struct netif_rx_ring *)_223 + 64B], req$id
	movzwl	68(%ecx,%eax,8), %eax	# MEM <u16> [(struct netif_rx_ring *)_223 + 68B], req$offset
	movl	%edi, -200(%ebp)	# req$id, %sfp
	movl	%eax, -192(%ebp)	# req$offset, %sfp
# platform-c/hv/net.c:263: 		u32 rsp = g->rx->rsp_prod;
	movl	4(%ecx), %eax	# _16->rsp_prod, rsp
# platform-c/hv/net.c:224: 	const char *why = rx_describe(e->skb, &d, &bad);
	leal	-176(%ebp), %ecx	#, tmp341
# platform-c/hv/net.c:263: 		u32 rsp = g->rx->rsp_prod;
	movl	%eax, -188(%ebp)	# rsp, %sfp
# platform-c/hv/net.c:224: 	const char *why = rx_describe(e->skb, &d, &bad);
	movl	pool(%edx), %eax	# MEM[(unsigned int *)e_71], MEM[(unsigned int *)e_71]
	leal	-172(%ebp), %edx	#, tmp342
	call	rx_describe	#
# platform-c/hv/net.c:227: 	if (why) {
	testl	%eax, %eax	# why
	jne	.L186	#,
# platform-c/hv/net.c:231: 	page = grant_frame(g, req->gref, 1);
	movl	$1, %ecx	#,
	movl	%esi, %edx	# req$gref,
	movl	%ebx, %eax	# g,
	call	grant_frame	#
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	testl	%eax, %eax	# page
	je	.L143	#,
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-192(%ebp), %edi	# %sfp, req$offset
	cmpl	$4095, %edi	#, req$offset
	ja	.L143	#,
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	-16(%ebp), %ecx	# d.total, _106
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$4096, %edx	#, tmp211
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	movl	$2048, %esi	#, tmp309
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	subl	%edi, %edx	# req$offset, tmp210
# platform-c/hv/net.c:232: 	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
	cmpl	%esi, %edx	# tmp309, tmp210
	cmova	%esi, %edx	# tmp210,, tmp309, tmp210
	cmpl	%ecx, %edx	# _106, tmp210
	jb	.L143	#,
# platform-c/hv/net.c:234: 	mfn = guest_page(g, page + req->offset, d.total, 1);
	addl	%edi, %eax	# req$offset, _109
	movl	%eax, -184(%ebp)	# _109, %sfp
	movl	%eax, %edx	# _109,
	movl	%ebx, %eax	# g,
	movl	$1, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net.c:235: 	if (!mfn)
	testl	%eax, %eax	# tmp302
	je	.L143	#,
# platform-c/hv/net.c:238: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-172(%ebp), %ecx	# d.mac, _116
# platform-c/hv/net.c:238: 	copy(buf, D((void *)d.mac), d.linear);
	movl	-168(%ebp), %edx	# d.linear, _115
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _116, tmp212
	shrl	$12, %eax	#, tmp212
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _118
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_118].tag, off
	xorl	%ecx, %esi	# _116, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L144	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_118].mapped,
	addl	%edi, %esi	#, _126
.L145:
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _115, tmp231
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
	movl	-184(%ebp), %edi	# %sfp, edi_out
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _115, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp231
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _115
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
#NO_APP
	movl	-164(%ebp), %esi	# d.nr_frags,
# platform-c/hv/net.c:239: 	at = d.linear;
	movl	-168(%ebp), %eax	# d.linear, at
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	testl	%esi, %esi	#
# platform-c/hv/net.c:239: 	at = d.linear;
	movl	%eax, -180(%ebp)	# at, %sfp
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	je	.L146	#,
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	movl	%ebx, -208(%ebp)	# g, %sfp
	xorl	%edx, %edx	# i
	movl	%edx, %ebx	# i, i
	.p2align 4
	.p2align 3
.L149:
# platform-c/hv/net.c:241: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-160(%ebp,%ebx,4), %ecx	# MEM[(unsigned int *)&d + 12B + i_198 * 4], _140
# platform-c/hv/net.c:241: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-88(%ebp,%ebx,4), %edx	# MEM[(unsigned int *)&d + 84B + i_198 * 4], _139
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _140, tmp234
	shrl	$12, %eax	#, tmp234
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _142
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_142].tag, off
	xorl	%ecx, %esi	# _140, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L147	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_142].mapped,
	addl	%ecx, %esi	#, _150
.L148:
# platform-c/hv/net.c:241: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-184(%ebp), %edi	# %sfp, _109
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# _139, tmp253
# platform-c/hv/net.c:241: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	movl	-180(%ebp), %eax	# %sfp, at
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp253
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%edx, place_stats	# _139, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/hv/net.c:241: 		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
	addl	%eax, %edi	# at, tmp254
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	# _139
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/net.c:242: 		at += d.frag_len[i];
#NO_APP
	movl	-88(%ebp,%ebx,4), %edi	# MEM[(unsigned int *)&d + 84B + i_198 * 4], tmp357
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	incl	%ebx	# i
# platform-c/hv/net.c:242: 		at += d.frag_len[i];
	addl	%edi, %eax	# tmp357, at
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	cmpl	-164(%ebp), %ebx	# d.nr_frags, i
# platform-c/hv/net.c:242: 		at += d.frag_len[i];
	movl	%eax, -180(%ebp)	# at, %sfp
# platform-c/hv/net.c:240: 	for (i = 0; i < d.nr_frags; i++) {
	jb	.L149	#,
	movl	-208(%ebp), %ebx	# %sfp, g
.L146:
# platform-c/hv/net.c:244: 	return at;
	movl	-180(%ebp), %edx	# %sfp, _168
# platform-c/hv/net.c:269: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movswl	%dx, %esi	# _168, _224
.L141:
# platform-c/hv/net.c:267: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movzbl	-188(%ebp), %eax	# %sfp, _23
# platform-c/hv/net.c:267: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	16(%ebx), %ecx	# g_64->rx, _22
# platform-c/hv/net.c:267: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	movl	-200(%ebp), %edi	# %sfp, tmp358
# platform-c/hv/net.c:266: 		g->rx_cons++;
	incl	24(%ebx)	# g_64->rx_cons
# platform-c/hv/net.c:267: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	addl	$8, %eax	#, tmp259
	movw	%di, (%ecx,%eax,8)	# tmp358, _22->ring[_23].rsp.id
# platform-c/hv/net.c:268: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	-192(%ebp), %edi	# %sfp, tmp359
# platform-c/hv/net.c:268: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movl	16(%ebx), %ecx	# g_64->rx, _25
# platform-c/hv/net.c:268: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	movw	%di, 2(%ecx,%eax,8)	# tmp359, _25->ring[_23].rsp.offset
# platform-c/hv/net.c:269: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movl	16(%ebx), %ecx	# g_64->rx, _28
# platform-c/hv/net.c:269: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
	movw	%si, 4(%ecx,%eax,8)	# _224, _28->ring[_23].rsp.status
# platform-c/hv/net.c:270: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movl	16(%ebx), %ecx	# g_64->rx, _31
# platform-c/hv/net.c:270: 		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = 0;
	movw	$0, 6(%ecx,%eax,8)	#, _31->ring[_23].rsp.flags
# platform-c/hv/net.c:271: 		g->rx->rsp_prod = rsp + 1;
	movl	-188(%ebp), %eax	# %sfp, rsp
# platform-c/hv/net.c:271: 		g->rx->rsp_prod = rsp + 1;
	movl	16(%ebx), %ecx	# g_64->rx, _32
# platform-c/hv/net.c:271: 		g->rx->rsp_prod = rsp + 1;
	incl	%eax	# rsp
# platform-c/hv/net.c:272: 		if (n > 0)
	testl	%edx, %edx	# _168
# platform-c/hv/net.c:271: 		g->rx->rsp_prod = rsp + 1;
	movl	%eax, 4(%ecx)	# tmp263, _32->rsp_prod
# platform-c/hv/net.c:272: 		if (n > 0)
	jle	.L150	#,
# platform-c/hv/net.c:273: 			g->delivered++;
	incl	1580(%ebx)	# g_64->delivered
.L150:
# platform-c/hv/net.c:274: 		if (--e->rx_refs == 0)
	movl	-196(%ebp), %edx	# %sfp, _15
	movl	-204(%ebp), %eax	# %sfp, tmp289
	subl	%edx, %eax	# _15, tmp289
	leal	pool(,%eax,4), %edx	#, tmp269
# platform-c/hv/net.c:274: 		if (--e->rx_refs == 0)
	movzwl	14(%edx), %eax	# MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_15].rx_refs, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_15].rx_refs
	decl	%eax	# tmp272
	movzwl	%ax, %eax	# tmp272, _37
# platform-c/hv/net.c:274: 		if (--e->rx_refs == 0)
	movw	%ax, 14(%edx)	# _37, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_15].rx_refs
	testl	%eax, %eax	# _37
	je	.L187	#,
.L151:
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1052(%ebx), %edx	# g_64->rxq_head, _38
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	movl	1056(%ebx), %ecx	# g_64->rxq_tail, _39
# platform-c/hv/net.c:276: 		posted++;
	incl	-216(%ebp)	# %sfp
# platform-c/hv/net.c:260: 	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
	cmpl	%ecx, %edx	# _39, _38
	jne	.L138	#,
	movl	-232(%ebp), %ebx	# %sfp, id
.L152:
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	movl	-228(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_64->txc_head, _12
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_64->txc_tail, _12
	je	.L156	#,
	movl	%ebx, -180(%ebp)	# id, %sfp
	movl	-216(%ebp), %edi	# %sfp, posted
	movl	-228(%ebp), %edx	# %sfp, g
	.p2align 4
	.p2align 3
.L158:
# platform-c/hv/net.c:281: 		u32 rsp = g->tx->rsp_prod;
	movl	12(%edx), %esi	# g_64->tx, _41
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	leal	1(%eax), %ebx	#, tmp281
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%al, %eax	# _12, _12
# platform-c/hv/net.c:287: 		posted++;
	incl	%edi	# posted
# platform-c/hv/net.c:281: 		u32 rsp = g->tx->rsp_prod;
	movl	4(%esi), %ecx	# _41->rsp_prod, rsp
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movl	%ebx, 1572(%edx)	# tmp281, g_64->txc_head
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzwl	1060(%edx,%eax,2), %eax	# g_64->txc[_43], _45
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	movzbl	%cl, %ebx	# rsp, _44
# platform-c/hv/net.c:285: 		g->tx->rsp_prod = rsp + 1;
	incl	%ecx	# tmp286
# platform-c/hv/net.c:283: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
	addl	$8, %ebx	#, tmp284
	movw	%ax, (%esi,%ebx,8)	# _45, _41->ring[_44].rsp.id
# platform-c/hv/net.c:284: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
	movl	12(%edx), %eax	# g_64->tx, _46
# platform-c/hv/net.c:284: 		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
	movw	$0, 2(%eax,%ebx,8)	#, _46->ring[_44].rsp.status
# platform-c/hv/net.c:285: 		g->tx->rsp_prod = rsp + 1;
	movl	12(%edx), %eax	# g_64->tx, _47
# platform-c/hv/net.c:285: 		g->tx->rsp_prod = rsp + 1;
	movl	%ecx, 4(%eax)	# tmp286, _47->rsp_prod
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	movl	1572(%edx), %eax	# g_64->txc_head, _12
# platform-c/hv/net.c:286: 		g->tx_done++;
	incl	1588(%edx)	# g_64->tx_done
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	cmpl	1576(%edx), %eax	# g_64->txc_tail, _12
	jne	.L158	#,
	movl	%edi, -216(%ebp)	# posted, %sfp
	movl	-180(%ebp), %ebx	# %sfp, id
.L156:
# platform-c/hv/net.c:289: 	if (posted)
	movl	-216(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	je	.L133	#,
# platform-c/hv/net.c:290: 		__hw_notify(id);
	movl	%ebx, %eax	# id,
	call	__hw_notify	#
	jmp	.L133	#
	.p2align 4,,10
	.p2align 3
.L147:
	movl	%edx, -212(%ebp)	# _139, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _140,
	call	svm_slow_hv	#
	movl	-212(%ebp), %edx	# %sfp, _139
	movl	%eax, %esi	# tmp304, _150
	jmp	.L148	#
	.p2align 4,,10
	.p2align 3
.L187:
# platform-c/hv/net.c:275: 			pool_give(e);
	movl	-220(%ebp), %eax	# %sfp,
	call	pool_give	#
	jmp	.L151	#
	.p2align 4,,10
	.p2align 3
.L144:
	movl	%edx, -180(%ebp)	# _115, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _116,
	call	svm_slow_hv	#
	movl	-180(%ebp), %edx	# %sfp, _115
	movl	%eax, %esi	# tmp303, _126
	jmp	.L145	#
.L185:
# platform-c/hv/net.c:278: 	if (g->rxq_head != g->rxq_tail)
	cmpl	%edx, %ecx	# _38, _39
	movl	-232(%ebp), %ebx	# %sfp, id
	je	.L152	#,
# platform-c/hv/net.c:279: 		hv_guest_work[id] = 1;
	movb	$1, hv_guest_work(%ebx)	#, hv_guest_work[id_62(D)]
	jmp	.L152	#
.L143:
# platform-c/hv/net.c:229: 		return -1;
	movl	$-2, %esi	#, _224
# platform-c/hv/net.c:233: 		return -2;
	movl	$-2, %edx	#, _168
	jmp	.L141	#
.L186:
# platform-c/hv/net.c:228: 		__hw_report(SAFETY_HV_INPUT, bad, why);
	movl	-176(%ebp), %edx	# bad,
	movl	%eax, %ecx	# why,
	movl	$2, %eax	#,
# platform-c/hv/net.c:229: 		return -1;
	movl	$-1, %esi	#, _224
# platform-c/hv/net.c:228: 		__hw_report(SAFETY_HV_INPUT, bad, why);
	call	__hw_report	#
# platform-c/hv/net.c:229: 		return -1;
	movl	$-1, %edx	#, _168
	jmp	.L141	#
.L184:
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	movl	-228(%ebp), %edx	# %sfp, g
	movl	1572(%edx), %eax	# g_64->txc_head, _12
# platform-c/hv/net.c:280: 	while (g->txc_head != g->txc_tail) {
	cmpl	%eax, 1576(%edx)	# _12, g_64->txc_tail
	je	.L133	#,
	movl	%ebx, -180(%ebp)	# id, %sfp
	xorl	%edi, %edi	# posted
	jmp	.L158	#
	.size	hv_guest_resume, .-hv_guest_resume
	.p2align 4
	.globl	hv_softirq
	.type	hv_softirq, @function
hv_softirq:
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %ecx	# dom0.irq_handler,
	testl	%ecx, %ecx	#
	je	.L191	#,
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %edx	# hv_driver_dead,
	testl	%edx, %edx	#
	jne	.L191	#,
# platform-c/hv/net.c:298: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:321: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L191:
# platform-c/hv/net.c:303: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net.c:321: }
	ret	
	.size	hv_softirq, .-hv_softirq
	.p2align 4
	.globl	hv_softirq_run
	.type	hv_softirq_run, @function
hv_softirq_run:
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	dom0+28, %edx	# dom0.irq_handler,
	testl	%edx, %edx	#
	je	.L199	#,
# platform-c/hv/net.c:302: 	if (!dom0.irq_handler || hv_driver_dead)
	movl	hv_driver_dead, %eax	# hv_driver_dead,
	testl	%eax, %eax	#
	jne	.L199	#,
# platform-c/hv/net.c:324: {
	pushl	%ebp	#
	movl	$64, %eax	#,
	movl	%esp, %ebp	#,
	call	hv_softirq.part.0	#
# platform-c/hv/net.c:326: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L199:
	ret	
	.size	hv_softirq_run, .-hv_softirq_run
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
