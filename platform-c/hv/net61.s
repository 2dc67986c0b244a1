	.file	"net61.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC0:
	.string	"netif_receive_skb: the skb is not dom0 memory"
	.align 4
.LC1:
	.string	"netif_receive_skb: no MAC header set"
	.align 4
.LC2:
	.string	"netif_receive_skb: no MAC header in front of the data"
	.align 4
.LC3:
	.string	"netif_receive_skb: data_len larger than len"
	.align 4
.LC4:
	.string	"netif_receive_skb: frame longer than a guest buffer"
	.align 4
.LC5:
	.string	"netif_receive_skb: skb_shinfo is not dom0 memory"
	.align 4
.LC6:
	.string	"netif_receive_skb: nr_frags larger than MAX_SKB_FRAGS"
	.align 4
.LC7:
	.string	"netif_receive_skb: fragment page is not a dom0 struct page"
	.align 4
.LC8:
	.string	"netif_receive_skb: fragment leaves its page"
	.align 4
.LC9:
	.string	"netif_receive_skb: fragments do not hold data_len bytes"
	.text
	.p2align 4
	.globl	l61_rx_describe
	.type	l61_rx_describe, @function
l61_rx_describe:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp135, d
	pushl	%esi	#
	movl	%eax, %esi	# tmp134, skb
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp136, bad
	subl	$24, %esp	#,
# platform-c/hv/net61.c:43: {
	movl	%edx, -20(%ebp)	# d, %sfp
# platform-c/hv/net61.c:44: 	u8 *s = svm_try(skb), *sh;
	call	svm_try	#
# platform-c/hv/net61.c:47: 	*bad = skb;
	movl	%esi, (%ebx)	# skb, *bad_28(D)
# platform-c/hv/net61.c:48: 	if (!s)
	testl	%eax, %eax	# s
	je	.L8	#,
# platform-c/hv/net61.c:50: 	head = L32(s, sk_buff, head);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)s_26 + 168B], head
# platform-c/hv/net61.c:51: 	mac = L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %ecx	# MEM[(volatile u16 *)s_26 + 158B],
# platform-c/hv/net61.c:52: 	*bad = mac;
	movl	%ecx, (%ebx)	# _1, *bad_28(D)
# platform-c/hv/net61.c:53: 	if (mac == 0xffff)
	cmpl	$65535, %ecx	#, _1
	je	.L9	#,
# platform-c/hv/net61.c:55: 	d->mac = head + mac;
	addl	%ecx, %edx	# _1, _2
# platform-c/hv/net61.c:55: 	d->mac = head + mac;
	movl	%edx, (%edi)	# _2, d_33(D)->mac
# platform-c/hv/net61.c:56: 	hdr = L32(s, sk_buff, data) - d->mac;
	movl	172(%eax), %edi	# MEM[(volatile u32 *)s_26 + 172B], _3
# platform-c/hv/net61.c:57: 	len = L32(s, sk_buff, len);
	movl	84(%eax), %ecx	# MEM[(volatile u32 *)s_26 + 84B], len
# platform-c/hv/net61.c:58: 	data_len = L32(s, sk_buff, data_len);
	movl	88(%eax), %esi	# MEM[(volatile u32 *)s_26 + 88B], data_len
# platform-c/hv/net61.c:56: 	hdr = L32(s, sk_buff, data) - d->mac;
	movl	%edi, -24(%ebp)	# _3, %sfp
# platform-c/hv/net61.c:56: 	hdr = L32(s, sk_buff, data) - d->mac;
	subl	%edx, %edi	# _2, hdr
# platform-c/hv/net61.c:58: 	data_len = L32(s, sk_buff, data_len);
	movl	%esi, -16(%ebp)	# data_len, %sfp
# platform-c/hv/net61.c:60: 	if (hdr < L_ETH_HLEN || hdr > 64)
	leal	-14(%edi), %esi	#, tmp118
# platform-c/hv/net61.c:60: 	if (hdr < L_ETH_HLEN || hdr > 64)
	cmpl	$50, %esi	#, tmp118
	ja	.L22	#,
# platform-c/hv/net61.c:63: 	if (data_len > len)
	movl	-16(%ebp), %esi	# %sfp, data_len
	cmpl	%esi, %ecx	# data_len, len
	jb	.L23	#,
# platform-c/hv/net61.c:65: 	*bad = len;
	movl	%ecx, (%ebx)	# len, *bad_28(D)
# platform-c/hv/net61.c:66: 	if (len > NET_RX_BUFFER - hdr)
	movl	-24(%ebp), %esi	# %sfp, _3
	subl	%esi, %edx	# _3, tmp119
	leal	2048(%edx), %esi	#, tmp121
# platform-c/hv/net61.c:67: 		return "netif_receive_skb: frame longer than a guest buffer";
	movl	$.LC4, %edx	#, <retval>
# platform-c/hv/net61.c:66: 	if (len > NET_RX_BUFFER - hdr)
	cmpl	%ecx, %esi	# len, tmp121
	jb	.L1	#,
# platform-c/hv/net61.c:68: 	d->linear = hdr + len - data_len;
	leal	(%edi,%ecx), %edx	#, _7
# platform-c/hv/net61.c:68: 	d->linear = hdr + len - data_len;
	movl	-16(%ebp), %edi	# %sfp, data_len
	movl	-20(%ebp), %esi	# %sfp, d
	movl	%edx, %ecx	# _7, tmp122
	subl	%edi, %ecx	# data_len, tmp122
	movl	%ecx, 4(%esi)	# tmp122, d_33(D)->linear
# platform-c/hv/net61.c:69: 	d->total = hdr + len;
	movl	%edx, 156(%esi)	# _7, d_33(D)->total
# platform-c/hv/net61.c:70: 	*bad = L32(s, sk_buff, end);
	movl	164(%eax), %edx	# MEM[(volatile u32 *)s_26 + 164B], _9
# platform-c/hv/net61.c:70: 	*bad = L32(s, sk_buff, end);
	movl	%edx, (%ebx)	# _9, *bad_28(D)
# platform-c/hv/net61.c:71: 	sh = svm_try(L32(s, sk_buff, end));
	movl	164(%eax), %eax	# MEM[(volatile u32 *)s_26 + 164B], _10
	call	svm_try	#
# platform-c/hv/net61.c:72: 	if (!sh)
	testl	%eax, %eax	# sh
	je	.L11	#,
# platform-c/hv/net61.c:74: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movzbl	2(%eax), %edi	# MEM[(volatile u8 *)sh_45 + 2B],
# platform-c/hv/net61.c:74: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%edi, 8(%esi)	# sum, d_33(D)->nr_frags
# platform-c/hv/net61.c:76: 	if (d->nr_frags > MAX_SKB_FRAGS || d->nr_frags > L_MAX_SKB_FRAGS)
	cmpl	$17, %edi	#, sum
# platform-c/hv/net61.c:74: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%edi, -28(%ebp)	# sum, %sfp
# platform-c/hv/net61.c:75: 	*bad = d->nr_frags;
	movl	%edi, (%ebx)	# sum, *bad_28(D)
# platform-c/hv/net61.c:76: 	if (d->nr_frags > MAX_SKB_FRAGS || d->nr_frags > L_MAX_SKB_FRAGS)
	ja	.L12	#,
# platform-c/hv/net61.c:78: 	for (i = 0; i < d->nr_frags; i++) {
	testl	%edi, %edi	# sum
	je	.L5	#,
# platform-c/hv/net61.c:45: 	u32 head, hdr, len, data_len, i, sum = 0, mac;
	movl	$0, -28(%ebp)	#, %sfp
	leal	40(%eax), %edi	#, ivtmp.66
# platform-c/hv/net61.c:78: 	for (i = 0; i < d->nr_frags; i++) {
	xorl	%ecx, %ecx	# i
# platform-c/hv/net61.c:87: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	%esi, -36(%ebp)	# d, %sfp
	movl	%ebx, -32(%ebp)	# bad, %sfp
	jmp	.L7	#
	.p2align 4,,10
	.p2align 3
.L6:
# platform-c/hv/net61.c:86: 		*bad = off;
	movl	-32(%ebp), %esi	# %sfp, bad
# platform-c/hv/net61.c:87: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	$4095, %ebx	#, off
# platform-c/hv/net61.c:86: 		*bad = off;
	movl	%ebx, (%esi)	# off, *bad_28(D)
# platform-c/hv/net61.c:87: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	ja	.L14	#,
# platform-c/hv/net61.c:87: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	$4096, %esi	#, tmp123
	subl	%ebx, %esi	# off, tmp123
# platform-c/hv/net61.c:87: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	%edx, %esi	# size, tmp123
	jb	.L14	#,
# platform-c/hv/net61.c:89: 		d->frag_va[i] = va + off;
	addl	%eax, %ebx	# va, tmp125
	movl	-36(%ebp), %eax	# %sfp, d
# platform-c/hv/net61.c:78: 	for (i = 0; i < d->nr_frags; i++) {
	addl	$12, %edi	#, ivtmp.66
# platform-c/hv/net61.c:91: 		sum += size;
	addl	%edx, -28(%ebp)	# size, %sfp
# platform-c/hv/net61.c:89: 		d->frag_va[i] = va + off;
	movl	%ebx, 12(%eax,%ecx,4)	# tmp125, MEM[(unsigned int *)d_33(D) + 12B + i_61 * 4]
# platform-c/hv/net61.c:90: 		d->frag_len[i] = size;
	movl	%edx, 84(%eax,%ecx,4)	# size, MEM[(unsigned int *)d_33(D) + 84B + i_61 * 4]
# platform-c/hv/net61.c:78: 	for (i = 0; i < d->nr_frags; i++) {
	incl	%ecx	# i
# platform-c/hv/net61.c:78: 	for (i = 0; i < d->nr_frags; i++) {
	cmpl	8(%eax), %ecx	# d_33(D)->nr_frags, i
	jnb	.L24	#,
.L7:
	movl	%ecx, -24(%ebp)	# i, %sfp
# platform-c/hv/net61.c:80: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	(%edi), %eax	# MEM[(volatile u32 *)f_49], page
# platform-c/hv/net61.c:80: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	8(%edi), %ebx	# MEM[(volatile u32 *)f_49 + 8B], off
# platform-c/hv/net61.c:80: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	4(%edi), %edx	# MEM[(volatile u32 *)f_49 + 4B], size
# platform-c/hv/net61.c:80: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	%eax, %esi	# page, page
# platform-c/hv/net61.c:80: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	%edx, -20(%ebp)	# size, %sfp
# platform-c/hv/net61.c:81: 		u32 va = dom0_page_va(page);
	call	dom0_page_va	#
# platform-c/hv/net61.c:84: 		if (!va)
	movl	-20(%ebp), %edx	# %sfp, size
	movl	-24(%ebp), %ecx	# %sfp, i
	testl	%eax, %eax	# va
	jne	.L6	#,
# platform-c/hv/net61.c:83: 		*bad = page;
	movl	-32(%ebp), %ebx	# %sfp, bad
# platform-c/hv/net61.c:85: 			return "netif_receive_skb: fragment page is not a dom0 struct page";
	movl	$.LC7, %edx	#, <retval>
# platform-c/hv/net61.c:83: 		*bad = page;
	movl	%esi, (%ebx)	# page, *bad_28(D)
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L22:
# platform-c/hv/net61.c:59: 	*bad = hdr;
	movl	%edi, (%ebx)	# hdr, *bad_28(D)
# platform-c/hv/net61.c:61: 		return "netif_receive_skb: no MAC header in front of the data";
	movl	$.LC2, %edx	#, <retval>
.L1:
# platform-c/hv/net61.c:97: }
	addl	$24, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L8:
	addl	$24, %esp	#,
# platform-c/hv/net61.c:49: 		return "netif_receive_skb: the skb is not dom0 memory";
	movl	$.LC0, %edx	#, <retval>
# platform-c/hv/net61.c:97: }
	popl	%ebx	#
	movl	%edx, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$24, %esp	#,
# platform-c/hv/net61.c:54: 		return "netif_receive_skb: no MAC header set";
	movl	$.LC1, %edx	#, <retval>
# platform-c/hv/net61.c:97: }
	popl	%ebx	#
	movl	%edx, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# platform-c/hv/net61.c:62: 	*bad = data_len;
	movl	%esi, (%ebx)	# data_len, *bad_28(D)
# platform-c/hv/net61.c:97: }
	addl	$24, %esp	#,
# platform-c/hv/net61.c:64: 		return "netif_receive_skb: data_len larger than len";
	movl	$.LC3, %edx	#, <retval>
# platform-c/hv/net61.c:97: }
	popl	%ebx	#
	movl	%edx, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L12:
# platform-c/hv/net61.c:77: 		return "netif_receive_skb: nr_frags larger than MAX_SKB_FRAGS";
	movl	$.LC6, %edx	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L14:
# platform-c/hv/net61.c:88: 			return "netif_receive_skb: fragment leaves its page";
	movl	$.LC8, %edx	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L11:
# platform-c/hv/net61.c:73: 		return "netif_receive_skb: skb_shinfo is not dom0 memory";
	movl	$.LC5, %edx	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L24:
	movl	-32(%ebp), %ebx	# %sfp, bad
.L5:
# platform-c/hv/net61.c:93: 	*bad = sum;
	movl	-28(%ebp), %eax	# %sfp, sum
# platform-c/hv/net61.c:96: 	return NULL;
	movl	$.LC9, %edx	#, tmp131
	movl	$0, %ecx	#, tmp132
	cmpl	%eax, -16(%ebp)	# sum, %sfp
# platform-c/hv/net61.c:93: 	*bad = sum;
	movl	%eax, (%ebx)	# sum, *bad_28(D)
# platform-c/hv/net61.c:96: 	return NULL;
	cmove	%ecx, %edx	# tmp131,, tmp132, <retval>
	jmp	.L1	#
	.size	l61_rx_describe, .-l61_rx_describe
	.p2align 4
	.globl	l61_hv_skb_put
	.type	l61_hv_skb_put, @function
l61_hv_skb_put:
	pushl	%ebp	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# skb, tmp95
	shrl	$12, %edx	#, tmp95
# platform-c/hv/net61.c:121: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _14
# platform-c/hv/net61.c:121: {
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp99, skb
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_14].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L26	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_14].mapped,
	addl	%ecx, %eax	#, off
	movl	%eax, %esi	# off, _22
.L27:
# platform-c/hv/net61.c:125: 	if (users == l61env_last_ref(skb)) {
	movl	%ebx, %eax	# skb,
# platform-c/hv/net61.c:123: 	int users = L32(s, sk_buff, users);
	movl	180(%esi), %edi	# MEM[(volatile u32 *)_24 + 180B], _1
# platform-c/hv/net61.c:125: 	if (users == l61env_last_ref(skb)) {
	call	l61env_last_ref	#
# platform-c/hv/net61.c:125: 	if (users == l61env_last_ref(skb)) {
	cmpl	%edi, %eax	# _1, tmp101
	je	.L32	#,
# platform-c/hv/net61.c:129: 	if (users <= 0) {
	testl	%edi, %edi	# _1
	jle	.L33	#,
# platform-c/hv/net61.c:133: 	L32(s, sk_buff, users) = users - 1;
	decl	%edi	# _4
# platform-c/hv/net61.c:133: 	L32(s, sk_buff, users) = users - 1;
	movl	%edi, 180(%esi)	# _4, MEM[(volatile u32 *)_24 + 180B]
# platform-c/hv/net61.c:134: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hv/net61.c:130: 		env_warn(WARN_L61_SKB_USERS, skb);
	movl	%ebx, %edx	# skb,
	movl	$769, %eax	#,
	call	env_warn	#
# platform-c/hv/net61.c:134: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L32:
# platform-c/hv/net61.c:126: 		l61env_skb_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_free	#
# platform-c/hv/net61.c:134: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L26:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp100, _22
	jmp	.L27	#
	.size	l61_hv_skb_put, .-l61_hv_skb_put
	.p2align 4
	.globl	l61_rx_to_guests
	.type	l61_rx_to_guests, @function
l61_rx_to_guests:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp240, skb
# platform-c/hv/net61.c:150: 	const char *why = l61_rx_describe(skb, &d, &bad);
	leal	-176(%ebp), %ecx	#, tmp251
# platform-c/hv/net61.c:145: {
	subl	$172, %esp	#,
# platform-c/hv/net61.c:150: 	const char *why = l61_rx_describe(skb, &d, &bad);
	leal	-172(%ebp), %edx	#, tmp252
	call	l61_rx_describe	#
# platform-c/hv/net61.c:153: 	if (why)
	testl	%eax, %eax	# why
	jne	.L82	#,
# platform-c/hv/net61.c:155: 	dst = D((void *)d.mac);
	movl	-172(%ebp), %edx	# d.mac, _2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _2, tmp160
	shrl	$12, %eax	#, tmp160
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _79
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_79].tag, off
	xorl	%edx, %esi	# _2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L36	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_79].mapped,
	addl	%edx, %esi	#, _87
.L37:
# platform-c/hv/net61.c:156: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
	movzbl	1(%esi), %eax	# MEM[(const u8 *)_89 + 1B],
	movzbl	(%esi), %edx	# MEM[(const u8 *)_89], MEM[(const u8 *)_89]
	andb	%al, %dl	#, tmp164
	movzbl	2(%esi), %eax	# MEM[(const u8 *)_89 + 2B],
	andb	%al, %dl	#, tmp166
	movzbl	3(%esi), %eax	# MEM[(const u8 *)_89 + 3B],
	andb	%al, %dl	#, tmp167
	movzbl	4(%esi), %eax	# MEM[(const u8 *)_89 + 4B],
	andb	%al, %dl	#, tmp168
	movzbl	5(%esi), %eax	# MEM[(const u8 *)_89 + 5B],
	andb	%al, %dl	#, tmp169
	movl	$1596, %eax	#, ivtmp.115
# platform-c/hv/net61.c:156: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
	incb	%dl	# tmp169
	jne	.L38	#,
	jmp	.L83	#
	.p2align 4,,10
	.p2align 3
.L52:
# platform-c/hv/net61.c:104: 	for (i = 1; i <= MAX_GUESTS; i++) {
	addl	$1596, %eax	#, ivtmp.115
	cmpl	$103740, %eax	#, ivtmp.115
	je	.L84	#,
.L38:
# platform-c/hv/net61.c:107: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	cmpw	$0, guests+10(%eax)	#, MEM <u16> [(struct guest *)&guests + 10B + ivtmp.115_139 * 1]
	je	.L52	#,
# platform-c/hv/net61.c:107: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	(%esi), %edi	# MEM[(const u32 *)_89], tmp257
	cmpl	%edi, guests+4(%eax)	# tmp257, MEM[(const u32 *)&guests + 4B + ivtmp.115_139 * 1]
	jne	.L52	#,
# platform-c/hv/net61.c:107: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	guests+8(%eax), %ecx	# MEM[(const u16 *)&guests + 8B + ivtmp.115_139 * 1], tmp258
	cmpw	%cx, 4(%esi)	# tmp258, MEM[(const u16 *)_89 + 4B]
	jne	.L52	#,
# platform-c/hv/net61.c:105: 		struct guest *g = &guests[i];
	addl	$guests, %eax	#, g
# platform-c/hv/net61.c:176: 		if (g && !guest_queue_rx(g, skb)) {
	movl	%ebx, %edx	# skb,
	call	guest_queue_rx	#
# platform-c/hv/net61.c:176: 		if (g && !guest_queue_rx(g, skb)) {
	testl	%eax, %eax	# tmp246
	je	.L85	#,
.L43:
# platform-c/hv/net61.c:182: 		hv_stats.unknown_mac++;
	incl	hv_stats+28	# hv_stats.unknown_mac
# platform-c/hv/net61.c:183: 		l61_hv_skb_put(skb);
	movl	%ebx, %eax	# skb,
	call	l61_hv_skb_put	#
.L58:
# platform-c/hv/net61.c:184: 		return 1;
	movl	$1, %eax	#, <retval>
.L34:
# platform-c/hv/net61.c:188: }
	addl	$172, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L83:
	movl	$guests+1606, %eax	#, ivtmp.104
	movl	$guests+103750, %ecx	#, _140
# platform-c/hv/net61.c:149: 	u32 bad, i, n = 0;
	xorl	%esi, %esi	# n
	.p2align 4
	.p2align 3
.L40:
# platform-c/hv/net61.c:158: 			if (guests[i].present && guests[i].rxq_tail - guests[i].rxq_head < NET_RING_SIZE)
	cmpw	$0, (%eax)	#, MEM[(short unsigned int *)_68]
	je	.L39	#,
# platform-c/hv/net61.c:158: 			if (guests[i].present && guests[i].rxq_tail - guests[i].rxq_head < NET_RING_SIZE)
	movl	1046(%eax), %edx	# MEM[(unsigned int *)_68 + 1046B], MEM[(unsigned int *)_68 + 1046B]
	movl	1042(%eax), %edi	# MEM[(unsigned int *)_68 + 1042B],
	subl	%edi, %edx	#, tmp171
# platform-c/hv/net61.c:159: 				n++;
	cmpl	$256, %edx	#, tmp171
	adcl	$0, %esi	#, n
.L39:
# platform-c/hv/net61.c:157: 		for (i = 1; i <= MAX_GUESTS; i++)
	addl	$1596, %eax	#, ivtmp.104
	cmpl	%eax, %ecx	# ivtmp.104, _140
	jne	.L40	#,
# platform-c/hv/net61.c:161: 		for (i = 1; i < n; i++)
	cmpl	$1, %esi	#, n
	jbe	.L86	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %edx	# skb, tmp173
# platform-c/hv/net61.c:161: 		for (i = 1; i < n; i++)
	movl	$1, %edi	#, i
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %edx	#, tmp173
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _93
	.p2align 4
	.p2align 3
.L46:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_93].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L44	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_93].mapped,
	addl	%ecx, %eax	#, _101
.L45:
# platform-c/hv/net61.c:117: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	movl	180(%eax), %ecx	# MEM[(volatile u32 *)_103 + 180B], _104
# platform-c/hv/net61.c:161: 		for (i = 1; i < n; i++)
	incl	%edi	# i
# platform-c/hv/net61.c:117: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	incl	%ecx	# _105
# platform-c/hv/net61.c:161: 		for (i = 1; i < n; i++)
	cmpl	%esi, %edi	# n, i
# platform-c/hv/net61.c:117: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	movl	%ecx, 180(%eax)	# _105, MEM[(volatile u32 *)_103 + 180B]
# platform-c/hv/net61.c:161: 		for (i = 1; i < n; i++)
	jne	.L46	#,
.L42:
	movl	$guests+1596, %esi	#, ivtmp.93
	movl	$guests+103740, %edi	#, _18
	jmp	.L50	#
	.p2align 4,,10
	.p2align 3
.L48:
# platform-c/hv/net61.c:163: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	addl	$1596, %esi	#, ivtmp.93
	cmpl	%esi, %edi	# ivtmp.93, _18
	je	.L57	#,
.L50:
# platform-c/hv/net61.c:164: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	cmpw	$0, 10(%esi)	#, MEM[(short unsigned int *)_16 + 10B]
	je	.L48	#,
# platform-c/hv/net61.c:164: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	movl	%ebx, %edx	# skb,
	movl	%esi, %eax	# ivtmp.93,
	call	guest_queue_rx	#
# platform-c/hv/net61.c:164: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	testl	%eax, %eax	# tmp244
	jne	.L48	#,
# platform-c/hv/net61.c:138: 	int i = l61_pool_skb_index(skb);
	movl	%ebx, %eax	# skb,
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:140: 	if (i >= 0)
	testl	%eax, %eax	# i
	.p2align 4,,2
	js	.L48	#,
# platform-c/hv/net61.c:141: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp181
# platform-c/hv/net61.c:163: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	addl	$1596, %esi	#, ivtmp.93
# platform-c/hv/net61.c:141: 		l61_skbs[i].queued += delta;
	incb	l61_skbs+13(,%eax,4)	# l61_skbs[i_106].queued
# platform-c/hv/net61.c:163: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	cmpl	%esi, %edi	# ivtmp.93, _18
	jne	.L50	#,
	.p2align 4
	.p2align 3
.L57:
# platform-c/hv/net61.c:186: 	hv_stats.delivered++;
	incl	hv_stats+24	# hv_stats.delivered
# platform-c/hv/net61.c:187: 	return 1;
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L84:
# platform-c/hv/net61.c:169: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	movl	dom0, %eax	# dom0.netdev, _26
# platform-c/hv/net61.c:169: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	testl	%eax, %eax	# _26
	je	.L43	#,
# platform-c/hv/net61.c:169: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	call	svm_try	#
# platform-c/hv/net61.c:170: 			own = nd ? svm_try(L32(nd, net_device, dev_addr)) : NULL;
	testl	%eax, %eax	# iftmp.2_58
	je	.L43	#,
# platform-c/hv/net61.c:170: 			own = nd ? svm_try(L32(nd, net_device, dev_addr)) : NULL;
	movl	456(%eax), %eax	# MEM[(volatile u32 *)iftmp.2_58 + 456B], _27
	call	svm_try	#
# platform-c/hv/net61.c:171: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	testl	%eax, %eax	# iftmp.3_61
	je	.L43	#,
# platform-c/hv/net61.c:171: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	movl	(%esi), %edi	# MEM[(const u32 *)_89], tmp259
	cmpl	%edi, (%eax)	# tmp259, MEM[(const u32 *)iftmp.3_61]
	jne	.L43	#,
# platform-c/hv/net61.c:171: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	movzwl	4(%eax), %eax	# MEM[(const u16 *)iftmp.3_61 + 4B], tmp260
	cmpw	%ax, 4(%esi)	# tmp260, MEM[(const u16 *)_89 + 4B]
	jne	.L43	#,
# platform-c/hv/net61.c:172: 				l61_rx_dom0++;
	incl	l61_rx_dom0	# l61_rx_dom0
# platform-c/hv/net61.c:173: 				return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L34	#
	.p2align 4,,10
	.p2align 3
.L44:
	movl	%edx, -180(%ebp)	# _93, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	-180(%ebp), %edx	# %sfp, _93
	jmp	.L45	#
.L85:
# platform-c/hv/net61.c:138: 	int i = l61_pool_skb_index(skb);
	movl	%ebx, %eax	# skb,
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:140: 	if (i >= 0)
	testl	%eax, %eax	# i
	js	.L57	#,
# platform-c/hv/net61.c:141: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp211
	incb	l61_skbs+13(,%eax,4)	# l61_skbs[i_121].queued
# platform-c/hv/net61.c:186: 	hv_stats.delivered++;
	incl	hv_stats+24	# hv_stats.delivered
	jmp	.L58	#
.L36:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# _2,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp242, _87
	jmp	.L37	#
.L86:
# platform-c/hv/net61.c:163: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	testl	%esi, %esi	# n
	.p2align 4,,2
	jne	.L42	#,
	.p2align 4,,7
	jmp	.L43	#
.L82:
# platform-c/hv/net61.c:154: 		__hw_abort(SAFETY_HV_INPUT, bad, 0, why);
	movl	%eax, (%esp)	# why,
	xorl	%ecx, %ecx	#
	movl	$2, %eax	#,
	movl	-176(%ebp), %edx	# bad,
	call	__hw_abort	#
	.size	l61_rx_to_guests, .-l61_rx_to_guests
	.p2align 4
	.globl	l61_rx_delivered
	.type	l61_rx_delivered, @function
l61_rx_delivered:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/net61.c:191: {
	movl	%eax, %ebx	# tmp104, skb
# platform-c/hv/net61.c:138: 	int i = l61_pool_skb_index(skb);
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:140: 	if (i >= 0)
	testl	%eax, %eax	# i
	js	.L88	#,
# platform-c/hv/net61.c:141: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp89
	decb	l61_skbs+13(,%eax,4)	# l61_skbs[i_5].queued
.L88:
# platform-c/hv/net61.c:193: 	l61_hv_skb_put(skb);
	movl	%ebx, %eax	# skb,
	call	l61_hv_skb_put	#
# platform-c/hv/net61.c:194: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61_rx_delivered, .-l61_rx_delivered
	.p2align 4
	.globl	l61_napi_run
	.type	l61_napi_run, @function
l61_napi_run:
	pushl	%ebp	#
	movl	%eax, %edx	# tmp295, max_polls
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$36, %esp	#,
# platform-c/hv/net61.c:204: {
	movl	%eax, -40(%ebp)	# max_polls, %sfp
# platform-c/hv/net61.c:205: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	l61_place+12, %esi	# l61_place.softnet, head
# platform-c/hv/net61.c:205: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	$0, -32(%ebp)	#, %sfp
# platform-c/hv/net61.c:205: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	%esi, -20(%ebp)	# head, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %esi	#, tmp216
	movl	%esi, %eax	# tmp216, tmp216
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, tmp216
# platform-c/hv/net61.c:207: 	while (polls < max_polls && !hv_driver_dead) {
	testl	%edx, %edx	# max_polls
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, -36(%ebp)	# tmp216, %sfp
# platform-c/hv/net61.c:207: 	while (polls < max_polls && !hv_driver_dead) {
	jne	.L91	#,
	jmp	.L92	#
	.p2align 4,,10
	.p2align 3
.L149:
# platform-c/hv/net61.c:235: 			hv_stats.warnings++;
	incl	hv_stats+36	# hv_stats.warnings
# platform-c/hv/net61.c:236: 		if (work < 0 || (u32)work < weight)
	testl	%eax, %eax	# work.13_16
	js	.L114	#,
.L113:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L116	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%ecx, %eax	#, _169
.L117:
# platform-c/hv/net61.c:239: 		if (L32(d, napi_struct, state) & NAPIF(DISABLE)) {
	movl	8(%eax), %edx	# MEM[(volatile u32 *)_171 + 8B], _20
# platform-c/hv/net61.c:239: 		if (L32(d, napi_struct, state) & NAPIF(DISABLE)) {
	testb	$4, %dl	#, _20
	jne	.L146	#,
# platform-c/hv/net61.c:241: 		} else if (L32(d, napi_struct, poll_list) == entry) {
	movl	(%eax), %eax	# MEM[(volatile u32 *)_171], _23
# platform-c/hv/net61.c:241: 		} else if (L32(d, napi_struct, poll_list) == entry) {
	cmpl	%ebx, %eax	# first, _23
	je	.L147	#,
.L114:
# platform-c/hv/net61.c:207: 	while (polls < max_polls && !hv_driver_dead) {
	movl	-40(%ebp), %esi	# %sfp, max_polls
	cmpl	%esi, -32(%ebp)	# max_polls, %sfp
	jnb	.L92	#,
.L91:
# platform-c/hv/net61.c:207: 	while (polls < max_polls && !hv_driver_dead) {
	movl	hv_driver_dead, %edi	# hv_driver_dead,
	testl	%edi, %edi	#
	jne	.L92	#,
# platform-c/hv/net61.c:208: 		u8 *mask = svm_try(dom0.upcall_mask), *d;
	movl	dom0+20, %eax	# dom0.upcall_mask,
	call	svm_try	#
# platform-c/hv/net61.c:210: 		int work = 0;
	movl	$0, -16(%ebp)	#, work
# platform-c/hv/net61.c:212: 		if (!mask || *mask || svm_vif)
	testl	%eax, %eax	# mask
	je	.L90	#,
# platform-c/hv/net61.c:212: 		if (!mask || *mask || svm_vif)
	movzbl	(%eax), %eax	# *mask_45, *mask_45
	orb	svm_vif, %al	# svm_vif, tmp314
	jne	.L90	#,
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-36(%ebp), %ebx	# %sfp, _165
	movl	-20(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%ebx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].tag,
	xorl	%edi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L94	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ebx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].mapped,
	addl	%esi, %eax	#, _79
.L95:
# platform-c/hv/net61.c:214: 		first = *(volatile u32 *)D((void *)head);
	movl	(%eax), %ebx	# MEM[(volatile u32 *)_81], first
# platform-c/hv/net61.c:215: 		if (first == head)
	cmpl	%ebx, -20(%ebp)	# first, %sfp
	je	.L92	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %esi	# first, tmp224
	shrl	$12, %esi	#, tmp224
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %esi	#, _151
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L97	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%ecx, %eax	#, _159
.L98:
# platform-c/hv/net61.c:221: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	leal	4(%ebx), %edx	#, _6
# platform-c/hv/net61.c:220: 		next = *(volatile u32 *)D((void *)entry);
	movl	(%eax), %edi	# MEM[(volatile u32 *)_161], next
# platform-c/hv/net61.c:221: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	movl	%edx, -24(%ebp)	# _6, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _6, tmp228
	shrl	$12, %eax	#, tmp228
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, tmp228
	movl	%eax, -28(%ebp)	# _139, %sfp
	movl	%eax, %ecx	# tmp228, _139
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].tag, off
	xorl	%edx, %eax	# _6, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L99	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _147
.L100:
# platform-c/hv/net61.c:221: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	movl	(%eax), %edx	# MEM[(volatile u32 *)_149], prev
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %ecx	# prev, tmp232
	shrl	$12, %ecx	#, tmp232
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _127
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_127].tag, off
	xorl	%edx, %eax	# prev, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L101	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_127].mapped, _135
.L102:
# platform-c/hv/net61.c:222: 		*(volatile u32 *)D((void *)prev) = next;
	movl	%edi, (%eax)	# next, MEM[(volatile u32 *)_137]
# platform-c/hv/net61.c:223: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	leal	4(%edi), %eax	#, _8
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edi	# _8, tmp236
	shrl	$12, %edi	#, tmp236
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edi	#, _115
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_115].tag, off
	xorl	%eax, %ecx	# _8, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L103	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_115].mapped,
	addl	%eax, %ecx	#, _123
.L104:
# platform-c/hv/net61.c:223: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	movl	%edx, (%ecx)	# prev, MEM[(volatile u32 *)_125]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L105	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edi, %eax	#, _111
.L106:
# platform-c/hv/net61.c:224: 		*(volatile u32 *)D((void *)entry) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_113]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-28(%ebp), %edi	# %sfp, _139
	movl	-24(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%edi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].tag,
	xorl	%ecx, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L107	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _100
.L108:
# platform-c/hv/net61.c:225: 		*(volatile u32 *)D((void *)(entry + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_102]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L109	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edi, %eax	#, _89
.L110:
# platform-c/hv/net61.c:227: 		weight = L32(d, napi_struct, weight);
	movl	12(%eax), %edi	# MEM[(volatile u32 *)_91 + 12B], weight
# platform-c/hv/net61.c:228: 		if (L32(d, napi_struct, state) & NAPIF(SCHED)) {
	movl	8(%eax), %eax	# MEM[(volatile u32 *)_91 + 8B], _11
# platform-c/hv/net61.c:228: 		if (L32(d, napi_struct, state) & NAPIF(SCHED)) {
	testb	$1, %al	#, _11
	jne	.L148	#,
.L111:
# platform-c/hv/net61.c:234: 		if ((u32)work > weight)
	movl	-16(%ebp), %eax	# work, work.13_16
# platform-c/hv/net61.c:234: 		if ((u32)work > weight)
	cmpl	%eax, %edi	# work.13_16, weight
	jb	.L149	#,
# platform-c/hv/net61.c:236: 		if (work < 0 || (u32)work < weight)
	cmpl	%edi, %eax	# weight, work.13_16
	jb	.L114	#,
	shrl	$31, %eax	#, tmp261
	testb	%al, %al	# tmp261
	je	.L113	#,
# platform-c/hv/net61.c:207: 	while (polls < max_polls && !hv_driver_dead) {
	movl	-40(%ebp), %esi	# %sfp, max_polls
	cmpl	%esi, -32(%ebp)	# max_polls, %sfp
	jb	.L91	#,
	.p2align 4
	.p2align 3
.L92:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-36(%ebp), %edx	# %sfp, _165
	movl	-20(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L131	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].mapped,
	addl	%ebx, %eax	#, _235
.L132:
# platform-c/hv/net61.c:250: 	if (*(volatile u32 *)D((void *)head) == head)
	movl	(%eax), %eax	# MEM[(volatile u32 *)_237], _26
# platform-c/hv/net61.c:250: 	if (*(volatile u32 *)D((void *)head) == head)
	movl	-20(%ebp), %esi	# %sfp, head
	cmpl	%esi, %eax	# head, _26
	je	.L150	#,
.L90:
# platform-c/hv/net61.c:253: }
	movl	-32(%ebp), %eax	# %sfp,
	addl	$36, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/hv/net61.c:231: 			if (driver_poll(n, weight, &work))
	leal	-16(%ebp), %ecx	#, tmp342
	movl	%edi, %edx	# weight,
# platform-c/hv/net61.c:229: 			polls++;
	incl	-32(%ebp)	# %sfp
# platform-c/hv/net61.c:231: 			if (driver_poll(n, weight, &work))
	movl	%ebx, %eax	# first,
# platform-c/hv/net61.c:230: 			l61_napi_polls++;
	incl	l61_napi_polls	# l61_napi_polls
# platform-c/hv/net61.c:231: 			if (driver_poll(n, weight, &work))
	call	driver_poll	#
# platform-c/hv/net61.c:231: 			if (driver_poll(n, weight, &work))
	testl	%eax, %eax	# tmp305
	je	.L111	#,
	jmp	.L90	#
	.p2align 4,,10
	.p2align 3
.L146:
# platform-c/hv/net61.c:240: 			L61(napi_complete_done)(n, work);
	movl	-16(%ebp), %edx	# work,
	movl	%ebx, %eax	# first,
	call	l61_napi_complete_done	#
	.p2align 4,,3
	jmp	.L114	#
	.p2align 4,,10
	.p2align 3
.L147:
# platform-c/hv/net61.c:243: 			prev = *(volatile u32 *)D((void *)(head + 4));
	movl	-20(%ebp), %eax	# %sfp, head
	leal	4(%eax), %edi	#, _24
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %eax	# _24, tmp267
	shrl	$12, %eax	#, tmp267
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, tmp267
	movl	%eax, %ecx	# tmp267, _215
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].tag, off
	xorl	%edi, %eax	# _24, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L119	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].mapped,
	addl	%edx, %eax	#, _223
.L120:
# platform-c/hv/net61.c:243: 			prev = *(volatile u32 *)D((void *)(head + 4));
	movl	(%eax), %eax	# MEM[(volatile u32 *)_225], prev
	movl	%eax, -44(%ebp)	# prev, %sfp
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L121	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edx, %eax	#, _211
.L122:
# platform-c/hv/net61.c:244: 			*(volatile u32 *)D((void *)entry) = head;
	movl	-20(%ebp), %edx	# %sfp, head
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-28(%ebp), %esi	# %sfp, _139
# platform-c/hv/net61.c:244: 			*(volatile u32 *)D((void *)entry) = head;
	movl	%edx, (%eax)	# head, MEM[(volatile u32 *)_213]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-24(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].tag,
	xorl	%edx, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L123	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _201
.L124:
# platform-c/hv/net61.c:245: 			*(volatile u32 *)D((void *)(entry + 4)) = prev;
	movl	-44(%ebp), %edx	# %sfp, prev
	movl	%edx, (%eax)	# prev, MEM[(volatile u32 *)_203]
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# prev, prev
	shrl	$12, %edx	#, tmp277
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _183
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_183].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L125	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_183].mapped,
	addl	%esi, %eax	#, _191
.L126:
# platform-c/hv/net61.c:246: 			*(volatile u32 *)D((void *)prev) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_193]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].tag, off
	xorl	%edi, %eax	# _24, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L127	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].mapped,
	addl	%edx, %eax	#, _179
# platform-c/hv/net61.c:247: 			*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_181]
	jmp	.L114	#
	.p2align 4,,10
	.p2align 3
.L94:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	jmp	.L95	#
	.p2align 4,,10
	.p2align 3
.L109:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L110	#
	.p2align 4,,10
	.p2align 3
.L107:
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,5
	jmp	.L108	#
	.p2align 4,,10
	.p2align 3
.L105:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L106	#
	.p2align 4,,10
	.p2align 3
.L103:
	movl	%edx, -44(%ebp)	# prev, %sfp
	call	svm_slow_hv	#
	movl	-44(%ebp), %edx	# %sfp, prev
	movl	%eax, %ecx	# tmp301, _123
	jmp	.L104	#
	.p2align 4,,10
	.p2align 3
.L101:
	movl	%edx, -44(%ebp)	# prev, %sfp
	movl	%edx, %eax	# prev,
	call	svm_slow_hv	#
	movl	-44(%ebp), %edx	# %sfp, prev
	jmp	.L102	#
	.p2align 4,,10
	.p2align 3
.L99:
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,2
	jmp	.L100	#
	.p2align 4,,10
	.p2align 3
.L97:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L98	#
	.p2align 4,,10
	.p2align 3
.L116:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L117	#
	.p2align 4,,10
	.p2align 3
.L150:
# platform-c/hv/net61.c:251: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	movl	l61_place+16, %ecx	# l61_place.softirq_pending, _27
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _27, tmp288
	shrl	$12, %edx	#, tmp288
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _239
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_239].tag, off
	xorl	%ecx, %eax	# _27, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L134	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_239].mapped,
	addl	%ecx, %eax	#, _247
.L135:
# platform-c/hv/net61.c:251: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	movl	(%eax), %edx	# MEM[(volatile u32 *)_249], _28
# platform-c/hv/net61.c:251: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	andl	$-9, %edx	#, _29
	movl	%edx, (%eax)	# _29, MEM[(volatile u32 *)_249]
# platform-c/hv/net61.c:253: }
	movl	-32(%ebp), %eax	# %sfp,
	addl	$36, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L121:
	movl	%ecx, -48(%ebp)	# _215, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	movl	-48(%ebp), %ecx	# %sfp, _215
	jmp	.L122	#
	.p2align 4,,10
	.p2align 3
.L123:
	movl	%ecx, -28(%ebp)	# _215, %sfp
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-28(%ebp), %ecx	# %sfp, _215
	jmp	.L124	#
	.p2align 4,,10
	.p2align 3
.L125:
	movl	%ecx, -24(%ebp)	# _215, %sfp
	movl	-44(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-24(%ebp), %ecx	# %sfp, _215
	jmp	.L126	#
	.p2align 4,,10
	.p2align 3
.L127:
	movl	%edi, %eax	# _24,
	call	svm_slow_hv	#
# platform-c/hv/net61.c:247: 			*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_181]
	jmp	.L114	#
	.p2align 4,,10
	.p2align 3
.L119:
	movl	%ecx, -44(%ebp)	# _215, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# _24,
	call	svm_slow_hv	#
	movl	-44(%ebp), %ecx	# %sfp, _215
	jmp	.L120	#
.L131:
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,2
	jmp	.L132	#
.L134:
	movl	%ecx, %eax	# _27,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L135	#
	.size	l61_napi_run, .-l61_napi_run
	.p2align 4
	.globl	l61_placeholder_bus
	.type	l61_placeholder_bus, @function
l61_placeholder_bus:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%edx, %esi	# tmp111, offset
	pushl	%ebx	#
# platform-c/hv/net61.c:258: {
	movl	%ecx, %ebx	# tmp112, size
# platform-c/hv/net61.c:259: 	int i = l61_pool_page_index(page);
	call	l61_pool_page_index	#
# platform-c/hv/net61.c:260: 	u32 mfn = i >= 0 ? l61_skbs[i].frag_mfn : 0;
	testl	%eax, %eax	# i
	js	.L155	#,
# platform-c/hv/net61.c:260: 	u32 mfn = i >= 0 ? l61_skbs[i].frag_mfn : 0;
	leal	(%eax,%eax,4), %eax	#, tmp96
	movl	l61_skbs+8(,%eax,4), %eax	# l61_skbs[i_11].frag_mfn, iftmp.24_12
# platform-c/hv/net61.c:262: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	testl	%eax, %eax	# iftmp.24_12
	je	.L155	#,
	cmpl	$4095, %esi	#, offset
	ja	.L155	#,
# platform-c/hv/net61.c:262: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	movl	$4096, %edx	#, tmp105
	subl	%esi, %edx	# offset, tmp104
# platform-c/hv/net61.c:262: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	cmpl	%ebx, %edx	# size, tmp104
	jb	.L155	#,
# platform-c/hv/net61.c:265: }
	popl	%ebx	#
# platform-c/hv/net61.c:264: 	return (mfn << PAGE_SHIFT) + offset;
	sall	$12, %eax	#, tmp106
# platform-c/hv/net61.c:264: 	return (mfn << PAGE_SHIFT) + offset;
	addl	%esi, %eax	# offset, <retval>
# platform-c/hv/net61.c:265: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L155:
	popl	%ebx	#
# platform-c/hv/net61.c:263: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net61.c:265: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	l61_placeholder_bus, .-l61_placeholder_bus
	.section	.rodata.str1.4
	.align 4
.LC10:
	.string	"transmit hypercall: the net device is not dom0 memory"
	.text
	.p2align 4
	.globl	l61_net_tx
	.type	l61_net_tx, @function
l61_net_tx:
# platform-c/hv/net61.c:307: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	12(%eax), %ecx	# g_69(D)->tx,
	testl	%ecx, %ecx	#
	je	.L226	#,
# platform-c/hv/net61.c:300: {
	pushl	%ebp	#
# platform-c/hv/net61.c:307: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$8, %ecx	#,
# platform-c/hv/net61.c:300: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp296, req_va
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp295, g
	subl	$64, %esp	#,
# platform-c/hv/net61.c:307: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net61.c:307: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	testl	%eax, %eax	# tmp297
	je	.L160	#,
# platform-c/hv/net61.c:309: 	req = *(struct netif_tx_request *)req_va;
	movzwl	4(%esi), %eax	# req_va.25_3->id, req$id
	movzwl	2(%esi), %ecx	# req_va.25_3->offset, req$offset
	movzwl	(%esi), %edx	# req_va.25_3->gref, req$gref
	movzwl	6(%esi), %esi	# req_va.25_3->size, req$size
	movl	%eax, -32(%ebp)	# req$id, %sfp
	movl	%ecx, -24(%ebp)	# req$offset, %sfp
# platform-c/hv/net61.c:310: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	leal	-14(%esi), %eax	#, tmp179
# platform-c/hv/net61.c:310: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpw	$1500, %ax	#, tmp179
	ja	.L163	#,
	cmpl	$4095, %ecx	#, req$offset
	ja	.L163	#,
# platform-c/hv/net61.c:311: 	    req.size > PAGE_SIZE - req.offset)
	movl	-24(%ebp), %edi	# %sfp, req$offset
	movl	$4096, %eax	#, tmp186
	subl	%edi, %eax	# req$offset, tmp185
# platform-c/hv/net61.c:310: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpl	%esi, %eax	# req$size, tmp185
	jb	.L163	#,
# platform-c/hv/net61.c:313: 	page = net_grant_frame(g, req.gref, 0);
	xorl	%ecx, %ecx	#
	movl	%ebx, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net61.c:314: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	testl	%eax, %eax	# page
	je	.L160	#,
# platform-c/hv/net61.c:314: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	addl	%edi, %eax	# req$offset, _9
	movl	%esi, %ecx	# req$size,
	movl	%eax, -44(%ebp)	# _9, %sfp
	movl	%eax, %edx	# _9,
	movl	%ebx, %eax	# g,
	movl	$0, (%esp)	#,
	call	guest_page	#
	movl	%eax, -48(%ebp)	# iftmp.26_76, %sfp
# platform-c/hv/net61.c:315: 	if (!mfn)
	testl	%eax, %eax	# iftmp.26_76
	je	.L160	#,
# platform-c/hv/net61.c:317: 	if (!dom0.netdev || hv_driver_dead)
	movl	dom0, %eax	# dom0.netdev, _10
# platform-c/hv/net61.c:317: 	if (!dom0.netdev || hv_driver_dead)
	testl	%eax, %eax	# _10
	je	.L165	#,
# platform-c/hv/net61.c:317: 	if (!dom0.netdev || hv_driver_dead)
	movl	hv_driver_dead, %edi	# hv_driver_dead,
	testl	%edi, %edi	#
	jne	.L165	#,
# platform-c/hv/net61.c:319: 	nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net61.c:320: 	if (!nd) {
	testl	%eax, %eax	# nd
# platform-c/hv/net61.c:319: 	nd = svm_try(dom0.netdev);
	movl	%eax, %edi	# tmp300, nd
# platform-c/hv/net61.c:320: 	if (!nd) {
	je	.L227	#,
# platform-c/hv/net61.c:324: 	if (!(L32(nd, net_device, state) & (1U << L___LINK_STATE_START)))
	movl	36(%eax), %eax	# MEM[(volatile u32 *)nd_79 + 36B], _14
# platform-c/hv/net61.c:324: 	if (!(L32(nd, net_device, state) & (1U << L___LINK_STATE_START)))
	andl	$1, %eax	#, _14
	movl	%eax, -36(%ebp)	# _14, %sfp
	je	.L165	#,
# platform-c/hv/net61.c:269: 	u8 *q = svm_try(L32(nd, net_device, _tx));
	movl	576(%edi), %eax	# MEM[(volatile u32 *)nd_79 + 576B], _142
	call	svm_try	#
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testl	%eax, %eax	# q
	je	.L168	#,
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	movl	76(%eax), %eax	# MEM[(volatile u32 *)q_143 + 76B], _144
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testb	$3, %al	#, _144
	je	.L169	#,
.L168:
# platform-c/hv/net61.c:327: 		hv_softirq_run();
	call	hv_softirq_run	#
# platform-c/hv/net61.c:328: 		nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
	call	svm_try	#
# platform-c/hv/net61.c:329: 		if (!nd || tx_stopped(nd))
	testl	%eax, %eax	# nd
# platform-c/hv/net61.c:328: 		nd = svm_try(dom0.netdev);
	movl	%eax, %edi	# tmp302, nd
# platform-c/hv/net61.c:329: 		if (!nd || tx_stopped(nd))
	je	.L171	#,
# platform-c/hv/net61.c:269: 	u8 *q = svm_try(L32(nd, net_device, _tx));
	movl	576(%eax), %eax	# MEM[(volatile u32 *)nd_83 + 576B], _147
	call	svm_try	#
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testl	%eax, %eax	# q
	je	.L171	#,
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	movl	76(%eax), %eax	# MEM[(volatile u32 *)q_148 + 76B], _149
# platform-c/hv/net61.c:271: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testb	$3, %al	#, _149
	je	.L169	#,
	.p2align 4
	.p2align 3
.L171:
# platform-c/hv/net61.c:330: 			return HC_EBUSY;
	movl	$-16, %edx	#, <retval>
.L157:
# platform-c/hv/net61.c:369: }
	addl	$64, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L169:
	movl	%esi, -20(%ebp)	# req$size, %sfp
# platform-c/hv/net61.c:333: 	sg = (L32(nd, net_device, features) >> L_NETIF_F_SG_BIT) & 1;
	movl	136(%edi), %eax	# MEM[(volatile u32 *)nd_52 + 136B], _20
# platform-c/hv/net61.c:334: 	head = sg ? min_t(u32, req.size, NET_TX_HEAD) : req.size;
	andl	$1, %eax	#, _20
	movl	%eax, -40(%ebp)	# _20, %sfp
	jne	.L228	#,
.L173:
# platform-c/hv/net61.c:335: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	movl	-20(%ebp), %ecx	# %sfp, iftmp.28_56
# platform-c/hv/net61.c:335: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	movl	l61_pool_frag_size, %eax	# l61_pool_frag_size, l61_pool_frag_size.29_24
# platform-c/hv/net61.c:335: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	leal	288(%ecx), %edx	#, tmp196
# platform-c/hv/net61.c:335: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	cmpl	%edx, %eax	# tmp196, l61_pool_frag_size.29_24
	jb	.L163	#,
# platform-c/hv/net61.c:280: 	frag = l61env_frag_alloc(l61_pool_frag_size, ~0U);
	movl	$-1, %edx	#,
	call	l61env_frag_alloc	#
# platform-c/hv/net61.c:281: 	if (!frag)
	movl	%eax, -28(%ebp)	# frag, %sfp
	testl	%eax, %eax	# frag
	jne	.L229	#,
# platform-c/hv/net61.c:339: 		return HC_EAGAIN;
	movl	$-11, %edx	#, <retval>
.L233:
# platform-c/hv/net61.c:369: }
	addl	$64, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L228:
# platform-c/hv/net61.c:334: 	head = sg ? min_t(u32, req.size, NET_TX_HEAD) : req.size;
	movl	$96, %eax	#, tmp316
	cmpl	%eax, %esi	# tmp316, req$size
	cmovbe	%esi, %eax	# req$size,, tmp316
	movl	%eax, -20(%ebp)	# tmp316, %sfp
	jmp	.L173	#
	.p2align 4,,10
	.p2align 3
.L229:
# platform-c/hv/net61.c:283: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/hv/net61.c:284: 	i = skb ? l61_pool_skb_index(skb) : -1;
	movl	-28(%ebp), %edx	# %sfp, frag
	testl	%eax, %eax	# skb
# platform-c/hv/net61.c:283: 	skb = l61env_skb_struct_alloc();
	movl	%eax, %edi	# tmp305, skb
# platform-c/hv/net61.c:284: 	i = skb ? l61_pool_skb_index(skb) : -1;
	je	.L176	#,
	movl	%edx, -52(%ebp)	# frag, %sfp
# platform-c/hv/net61.c:284: 	i = skb ? l61_pool_skb_index(skb) : -1;
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:285: 	if (i < 0) {
	movl	-52(%ebp), %edx	# %sfp, frag
	movl	%eax, -28(%ebp)	# iftmp.40_155, %sfp
	testl	%eax, %eax	# iftmp.40_155
	js	.L176	#,
# platform-c/hv/net61.c:290: 	L61(frame_skb)(skb, frag, l61_pool_frag_size, (const u8 *)frame, size, head, (*slot)->page, frame_off + head, dom0.netdev);
	movl	dom0, %eax	# dom0.netdev, dom0.netdev
	movl	%eax, 20(%esp)	# dom0.netdev,
	movl	-24(%ebp), %eax	# %sfp, req$offset
	movl	-20(%ebp), %ecx	# %sfp, iftmp.28_56
	addl	%ecx, %eax	# iftmp.28_56, req$offset
	movl	%eax, 16(%esp)	# tmp200,
	movl	-28(%ebp), %eax	# %sfp, iftmp.40_155
	leal	0(,%eax,4), %ecx	#, tmp286
	movl	%ecx, -24(%ebp)	# tmp286, %sfp
	addl	%ecx, %eax	# tmp286, tmp204
	movl	l61_skbs+4(,%eax,4), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].page, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].page
	movl	%eax, 12(%esp)	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].page,
	movl	-20(%ebp), %ecx	# %sfp, iftmp.28_56
	movl	%esi, 4(%esp)	# req$size,
	movl	%ecx, 8(%esp)	# iftmp.28_56,
	movl	l61_pool_frag_size, %ecx	# l61_pool_frag_size,
	movl	-44(%ebp), %eax	# %sfp, _9
	movl	%eax, (%esp)	# _9,
	movl	%edi, %eax	# skb,
	call	l61_frame_skb	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %edx	# skb, tmp209
	shrl	$12, %edx	#, tmp209
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _163
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_163].tag, off
	xorl	%edi, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L177	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_163].mapped,
	addl	%ecx, %eax	#, _171
.L178:
# platform-c/hv/net61.c:292: 	if (size > head) {
	cmpl	%esi, -20(%ebp)	# req$size, %sfp
# platform-c/hv/net61.c:291: 	L32((u8 *)D((void *)skb), sk_buff, users) = 2; /* the driver's reference and the pool's */
	movl	$2, %edx	#,
	movl	%edx, 180(%eax)	#, MEM[(volatile u32 *)_173 + 180B]
# platform-c/hv/net61.c:292: 	if (size > head) {
	jb	.L230	#,
.L179:
# platform-c/hv/net61.c:340: 	if (sg)
	movl	-40(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	je	.L180	#,
# platform-c/hv/net61.c:341: 		l61_tx_sg++;
	incl	l61_tx_sg	# l61_tx_sg
.L181:
# platform-c/hv/net61.c:344: 	slot->tx_guest = g->id;
	movl	-28(%ebp), %esi	# %sfp, iftmp.40_155
	movl	-24(%ebp), %eax	# %sfp, tmp286
	movl	(%ebx), %ecx	# g_69(D)->id, tmp351
	addl	%esi, %eax	# iftmp.40_155, tmp231
# platform-c/hv/net61.c:345: 	slot->tx_id = req.id;
	movl	-32(%ebp), %esi	# %sfp, tmp352
# platform-c/hv/net61.c:344: 	slot->tx_guest = g->id;
	leal	l61_skbs(,%eax,4), %eax	#, tmp233
	movw	%cx, 14(%eax)	# tmp351, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].tx_guest
# platform-c/hv/net61.c:345: 	slot->tx_id = req.id;
	movw	%si, 16(%eax)	# tmp352, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].tx_id
# platform-c/hv/net61.c:346: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	1592(%ebx), %eax	# g_69(D)->tx_inflight, tmp353
	incl	%eax	# _33
# platform-c/hv/net61.c:346: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	%eax, 1592(%ebx)	# _33, g_69(D)->tx_inflight
	cmpl	$128, %eax	#, _33
	jbe	.L182	#,
# platform-c/hv/net61.c:347: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movl	(%ebx), %eax	# g_69(D)->id, _34
# platform-c/hv/net61.c:347: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_34]
.L182:
	movl	$2, %esi	#, ivtmp_181
.L189:
# platform-c/hv/net61.c:350: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	movl	dom0, %edx	# dom0.netdev,
	leal	-16(%ebp), %ecx	#, tmp354
	movl	%edi, %eax	# skb,
# platform-c/hv/net61.c:349: 		hv_stats.xmit_calls++;
	incl	hv_stats+4	# hv_stats.xmit_calls
# platform-c/hv/net61.c:350: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	call	driver_xmit_l61	#
# platform-c/hv/net61.c:350: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	testl	%eax, %eax	# tmp308
	jne	.L165	#,
# platform-c/hv/net61.c:352: 		if (ret == L_NETDEV_TX_OK) {
	movl	-16(%ebp), %edx	# ret, <retval>
# platform-c/hv/net61.c:352: 		if (ret == L_NETDEV_TX_OK) {
	testl	%edx, %edx	# <retval>
	je	.L231	#,
# platform-c/hv/net61.c:361: 		hv_stats.xmit_busy++;
	incl	hv_stats+12	# hv_stats.xmit_busy
# platform-c/hv/net61.c:362: 		hv_softirq_run();
	call	hv_softirq_run	#
# platform-c/hv/net61.c:348: 	for (attempt = 0; attempt < 2; attempt++) {
	decl	%esi	# ivtmp_181
	je	.L232	#,
	movl	-36(%ebp), %esi	# %sfp, ivtmp_181
	jmp	.L189	#
	.p2align 4,,10
	.p2align 3
.L176:
# platform-c/hv/net61.c:286: 		l61env_frag_free(frag);
	movl	%edx, %eax	# frag,
	call	l61env_frag_free	#
# platform-c/hv/net61.c:339: 		return HC_EAGAIN;
	movl	$-11, %edx	#, <retval>
	jmp	.L233	#
	.p2align 4,,10
	.p2align 3
.L232:
# platform-c/hv/net61.c:365: 	slot->tx_guest = 0;
	movl	-24(%ebp), %eax	# %sfp, tmp286
	xorl	%edx, %edx	#
	movl	-28(%ebp), %ecx	# %sfp, iftmp.40_155
	addl	%ecx, %eax	# iftmp.40_155, tmp286
	movw	%dx, l61_skbs+14(,%eax,4)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].tx_guest
# platform-c/hv/net61.c:367: 	L61(free_skb)(skb);
	movl	%edi, %eax	# skb,
# platform-c/hv/net61.c:366: 	g->tx_inflight--;
	decl	1592(%ebx)	# g_69(D)->tx_inflight
# platform-c/hv/net61.c:367: 	L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hv/net61.c:368: 	return HC_EBUSY;
	jmp	.L171	#
	.p2align 4,,10
	.p2align 3
.L180:
# platform-c/hv/net61.c:343: 		l61_tx_linear++;
	incl	l61_tx_linear	# l61_tx_linear
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L163:
# platform-c/hv/net61.c:312: 		return HC_EINVAL;
	movl	$-22, %edx	#, <retval>
	jmp	.L157	#
	.p2align 4,,10
	.p2align 3
.L230:
# platform-c/hv/net61.c:293: 		(*slot)->frag_mfn = mfn;
	movl	-24(%ebp), %eax	# %sfp, tmp286
	movl	-28(%ebp), %esi	# %sfp, iftmp.40_155
	movl	-48(%ebp), %edx	# %sfp, iftmp.26_76
	addl	%esi, %eax	# iftmp.40_155, tmp216
	leal	l61_skbs(,%eax,4), %eax	#, tmp218
	movl	%edx, 8(%eax)	# iftmp.26_76, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].frag_mfn
# platform-c/hv/net61.c:294: 		pool_p2m_bind((*slot)->page, mfn);
	movl	4(%eax), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].page, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.40_155].page
	call	pool_p2m_bind	#
	jmp	.L179	#
	.p2align 4,,10
	.p2align 3
.L231:
# platform-c/hv/net61.c:353: 			hv_stats.xmit_ok++;
	movl	%edx, -20(%ebp)	# <retval>, %sfp
# platform-c/hv/net61.c:355: 			nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
# platform-c/hv/net61.c:353: 			hv_stats.xmit_ok++;
	incl	hv_stats+8	# hv_stats.xmit_ok
# platform-c/hv/net61.c:355: 			nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net61.c:356: 			q = nd ? L32(nd, net_device, _tx) : 0;
	movl	-20(%ebp), %edx	# %sfp, <retval>
	testl	%eax, %eax	# nd
	je	.L157	#,
# platform-c/hv/net61.c:356: 			q = nd ? L32(nd, net_device, _tx) : 0;
	movl	576(%eax), %ebx	# MEM[(volatile u32 *)nd_108 + 576B], iftmp.35_109
# platform-c/hv/net61.c:357: 			if (q)
	testl	%ebx, %ebx	# iftmp.35_109
	je	.L157	#,
# platform-c/hv/net61.c:358: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	l61_place+8, %ecx	# l61_place.jiffies, _43
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _43, tmp263
	shrl	$12, %eax	#, tmp263
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _127
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_127].tag, off
	xorl	%ecx, %esi	# _43, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L185	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_127].mapped,
	addl	%edi, %esi	#, _135
.L186:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %ecx	# iftmp.35_109, tmp267
	shrl	$12, %ecx	#, tmp267
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _115
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_115].tag, off
	xorl	%ebx, %eax	# iftmp.35_109, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L187	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_115].mapped,
	addl	%ebx, %eax	#, _123
.L188:
# platform-c/hv/net61.c:358: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	(%esi), %ecx	# MEM[(volatile u32 *)_137], _47
# platform-c/hv/net61.c:358: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	%ecx, 72(%eax)	# _47, MEM[(volatile u32 *)_125 + 72B]
	jmp	.L157	#
	.p2align 4,,10
	.p2align 3
.L160:
# platform-c/hv/net61.c:308: 		return HC_EFAULT;
	movl	$-14, %edx	#, <retval>
	jmp	.L157	#
.L177:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# skb,
	call	svm_slow_hv	#
	jmp	.L178	#
.L227:
# platform-c/hv/net61.c:321: 		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
	movl	dom0, %edx	# dom0.netdev,
	movl	$.LC10, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
	.p2align 4
	.p2align 3
.L165:
# platform-c/hv/net61.c:318: 		return HC_ENODEV;
	movl	$-19, %edx	#, <retval>
	jmp	.L157	#
.L187:
	movl	%edx, -20(%ebp)	# <retval>, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# iftmp.35_109,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, <retval>
	jmp	.L188	#
.L185:
	movl	%edx, -20(%ebp)	# <retval>, %sfp
	movl	%ecx, %eax	# _43,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, <retval>
	movl	%eax, %esi	# tmp310, _135
	jmp	.L186	#
.L226:
# platform-c/hv/net61.c:369: }
	movl	$-14, %eax	#,
	ret	
	.size	l61_net_tx, .-l61_net_tx
	.globl	l61_rx_dom0
	.bss
	.align 4
	.type	l61_rx_dom0, @object
	.size	l61_rx_dom0, 4
l61_rx_dom0:
	.zero	4
	.globl	l61_napi_polls
	.align 4
	.type	l61_napi_polls, @object
	.size	l61_napi_polls, 4
l61_napi_polls:
	.zero	4
	.globl	l61_tx_linear
	.align 4
	.type	l61_tx_linear, @object
	.size	l61_tx_linear, 4
l61_tx_linear:
	.zero	4
	.globl	l61_tx_sg
	.align 4
	.type	l61_tx_sg, @object
	.size	l61_tx_sg, 4
l61_tx_sg:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
