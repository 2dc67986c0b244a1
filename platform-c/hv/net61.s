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
	movl	%ecx, %edi	# tmp147, bad
	pushl	%esi	#
	movl	%eax, %esi	# tmp145, skb
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp146, d
	subl	$28, %esp	#,
# platform-c/hv/net61.c:46: {
	movl	%ecx, -16(%ebp)	# bad, %sfp
# platform-c/hv/net61.c:47: 	u8 *s = svm_try(skb), *sh;
	call	svm_try	#
# platform-c/hv/net61.c:50: 	*bad = skb;
	movl	%esi, (%edi)	# skb, *bad_33(D)
# platform-c/hv/net61.c:51: 	if (!s)
	testl	%eax, %eax	# s
	je	.L8	#,
# platform-c/hv/net61.c:53: 	head = L32(s, sk_buff, head);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)s_31 + 168B], head
# platform-c/hv/net61.c:54: 	mac = L16(s, sk_buff, mac_header);
	movzwl	158(%eax), %ecx	# MEM[(volatile u16 *)s_31 + 158B],
# platform-c/hv/net61.c:55: 	*bad = mac;
	movl	%ecx, (%edi)	# _1, *bad_33(D)
# platform-c/hv/net61.c:56: 	if (mac == 0xffff)
	cmpl	$65535, %ecx	#, _1
	je	.L9	#,
# platform-c/hv/net61.c:58: 	d->mac = head + mac;
	addl	%ecx, %edx	# _1, _2
# platform-c/hv/net61.c:58: 	d->mac = head + mac;
	movl	%edx, (%ebx)	# _2, d_38(D)->mac
# platform-c/hv/net61.c:59: 	hdr = L32(s, sk_buff, data) - d->mac;
	movl	172(%eax), %esi	# MEM[(volatile u32 *)s_31 + 172B], _3
	movl	%esi, -20(%ebp)	# _3, %sfp
# platform-c/hv/net61.c:59: 	hdr = L32(s, sk_buff, data) - d->mac;
	movl	%esi, %edi	# _3, hdr
# platform-c/hv/net61.c:60: 	len = L32(s, sk_buff, len);
	movl	84(%eax), %esi	# MEM[(volatile u32 *)s_31 + 84B], len
# platform-c/hv/net61.c:61: 	data_len = L32(s, sk_buff, data_len);
	movl	88(%eax), %ecx	# MEM[(volatile u32 *)s_31 + 88B], data_len
# platform-c/hv/net61.c:59: 	hdr = L32(s, sk_buff, data) - d->mac;
	subl	%edx, %edi	# _2, hdr
# platform-c/hv/net61.c:61: 	data_len = L32(s, sk_buff, data_len);
	movl	%ecx, -32(%ebp)	# data_len, %sfp
# platform-c/hv/net61.c:63: 	if (hdr < L_ETH_HLEN || hdr > 64)
	leal	-14(%edi), %ecx	#, tmp124
# platform-c/hv/net61.c:63: 	if (hdr < L_ETH_HLEN || hdr > 64)
	cmpl	$50, %ecx	#, tmp124
	ja	.L22	#,
# platform-c/hv/net61.c:66: 	if (data_len > len)
	movl	-32(%ebp), %ecx	# %sfp, data_len
	cmpl	%ecx, %esi	# data_len, len
	jb	.L23	#,
# platform-c/hv/net61.c:68: 	*bad = len;
	movl	-16(%ebp), %ecx	# %sfp, bad
	movl	%ecx, -24(%ebp)	# bad, %sfp
	movl	%esi, (%ecx)	# len, *bad_33(D)
# platform-c/hv/net61.c:69: 	if (len > NET_RX_BUFFER - hdr)
	movl	-20(%ebp), %ecx	# %sfp, _3
	subl	%ecx, %edx	# _3, tmp125
	addl	$2048, %edx	#, tmp127
# platform-c/hv/net61.c:69: 	if (len > NET_RX_BUFFER - hdr)
	cmpl	%esi, %edx	# len, tmp127
	jb	.L10	#,
# platform-c/hv/net61.c:71: 	d->linear = hdr + len - data_len;
	addl	%esi, %edi	# len, _7
# platform-c/hv/net61.c:71: 	d->linear = hdr + len - data_len;
	movl	-32(%ebp), %esi	# %sfp, data_len
	movl	%edi, %edx	# _7, tmp128
	subl	%esi, %edx	# data_len, tmp128
# platform-c/hv/net61.c:74: 	*bad = L32(s, sk_buff, end);
	movl	-24(%ebp), %esi	# %sfp, bad
# platform-c/hv/net61.c:71: 	d->linear = hdr + len - data_len;
	movl	%edx, 4(%ebx)	# tmp128, d_38(D)->linear
# platform-c/hv/net61.c:72: 	d->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	movzbl	100(%eax), %edx	# MEM[(volatile u8 *)s_31 + 100B],
# platform-c/hv/net61.c:73: 	d->total = hdr + len;
	movl	%edi, 156(%ebx)	# _7, d_38(D)->total
# platform-c/hv/net61.c:72: 	d->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	sarl	$5, %edx	#, tmp130
	andl	$3, %edx	#, tmp131
# platform-c/hv/net61.c:72: 	d->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	decl	%edx	# tmp131
	sete	%dl	#, tmp133
	movzbl	%dl, %edx	# tmp133, tmp132
# platform-c/hv/net61.c:72: 	d->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	movl	%edx, 160(%ebx)	# tmp132, d_38(D)->flags
# platform-c/hv/net61.c:74: 	*bad = L32(s, sk_buff, end);
	movl	164(%eax), %edx	# MEM[(volatile u32 *)s_31 + 164B], _13
# platform-c/hv/net61.c:74: 	*bad = L32(s, sk_buff, end);
	movl	%edx, (%esi)	# _13, *bad_33(D)
# platform-c/hv/net61.c:75: 	sh = svm_try(L32(s, sk_buff, end));
	movl	164(%eax), %eax	# MEM[(volatile u32 *)s_31 + 164B], _14
	call	svm_try	#
# platform-c/hv/net61.c:76: 	if (!sh)
	testl	%eax, %eax	# sh
	je	.L11	#,
# platform-c/hv/net61.c:78: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movzbl	2(%eax), %edx	# MEM[(volatile u8 *)sh_51 + 2B],
# platform-c/hv/net61.c:78: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%edx, 8(%ebx)	# sum, d_38(D)->nr_frags
# platform-c/hv/net61.c:80: 	if (d->nr_frags > MAX_SKB_FRAGS || d->nr_frags > L_MAX_SKB_FRAGS)
	cmpl	$17, %edx	#, sum
# platform-c/hv/net61.c:78: 	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	movl	%edx, -36(%ebp)	# sum, %sfp
# platform-c/hv/net61.c:79: 	*bad = d->nr_frags;
	movl	%edx, (%esi)	# sum, *bad_33(D)
# platform-c/hv/net61.c:80: 	if (d->nr_frags > MAX_SKB_FRAGS || d->nr_frags > L_MAX_SKB_FRAGS)
	ja	.L12	#,
# platform-c/hv/net61.c:82: 	for (i = 0; i < d->nr_frags; i++) {
	testl	%edx, %edx	# sum
	je	.L5	#,
# platform-c/hv/net61.c:48: 	u32 head, hdr, len, data_len, i, sum = 0, mac;
	movl	$0, -36(%ebp)	#, %sfp
	leal	40(%eax), %esi	#, ivtmp.74
# platform-c/hv/net61.c:82: 	for (i = 0; i < d->nr_frags; i++) {
	xorl	%edi, %edi	# i
# platform-c/hv/net61.c:91: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	%ebx, %ecx	# d, d
	jmp	.L7	#
	.p2align 4,,10
	.p2align 3
.L6:
# platform-c/hv/net61.c:90: 		*bad = off;
	movl	%ebx, (%eax)	# off, *bad_33(D)
# platform-c/hv/net61.c:91: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	$4095, %ebx	#, off
	ja	.L14	#,
# platform-c/hv/net61.c:91: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	movl	$4096, %eax	#, tmp134
	subl	%ebx, %eax	# off, tmp134
# platform-c/hv/net61.c:91: 		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
	cmpl	%edx, %eax	# size, tmp134
	jb	.L14	#,
# platform-c/hv/net61.c:94: 		d->frag_len[i] = size;
	movl	%edx, 84(%ecx,%edi,4)	# size, MEM[(unsigned int *)d_38(D) + 84B + i_74 * 4]
# platform-c/hv/net61.c:93: 		d->frag_va[i] = va + off;
	movl	-28(%ebp), %eax	# %sfp, va
# platform-c/hv/net61.c:82: 	for (i = 0; i < d->nr_frags; i++) {
	addl	$12, %esi	#, ivtmp.74
# platform-c/hv/net61.c:95: 		sum += size;
	addl	%edx, -36(%ebp)	# size, %sfp
# platform-c/hv/net61.c:93: 		d->frag_va[i] = va + off;
	addl	%eax, %ebx	# va, tmp136
	movl	%ebx, 12(%ecx,%edi,4)	# tmp136, MEM[(unsigned int *)d_38(D) + 12B + i_74 * 4]
# platform-c/hv/net61.c:82: 	for (i = 0; i < d->nr_frags; i++) {
	incl	%edi	# i
# platform-c/hv/net61.c:82: 	for (i = 0; i < d->nr_frags; i++) {
	cmpl	8(%ecx), %edi	# d_38(D)->nr_frags, i
	jnb	.L5	#,
.L7:
	movl	%ecx, -24(%ebp)	# d, %sfp
# platform-c/hv/net61.c:84: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	(%esi), %eax	# MEM[(volatile u32 *)f_55], page
# platform-c/hv/net61.c:84: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	8(%esi), %ebx	# MEM[(volatile u32 *)f_55 + 8B], off
# platform-c/hv/net61.c:84: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	4(%esi), %edx	# MEM[(volatile u32 *)f_55 + 4B], size
# platform-c/hv/net61.c:84: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	%eax, -40(%ebp)	# page, %sfp
# platform-c/hv/net61.c:84: 		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
	movl	%edx, -20(%ebp)	# size, %sfp
# platform-c/hv/net61.c:85: 		u32 va = dom0_page_va(page);
	call	dom0_page_va	#
# platform-c/hv/net61.c:88: 		if (!va)
	movl	-20(%ebp), %edx	# %sfp, size
	movl	-24(%ebp), %ecx	# %sfp, d
# platform-c/hv/net61.c:85: 		u32 va = dom0_page_va(page);
	movl	%eax, -28(%ebp)	# va, %sfp
# platform-c/hv/net61.c:88: 		if (!va)
	testl	%eax, %eax	# va
# platform-c/hv/net61.c:87: 		*bad = page;
	movl	-16(%ebp), %eax	# %sfp, bad
# platform-c/hv/net61.c:88: 		if (!va)
	jne	.L6	#,
# platform-c/hv/net61.c:87: 		*bad = page;
	movl	-40(%ebp), %ebx	# %sfp, page
	movl	%ebx, (%eax)	# page, *bad_33(D)
# platform-c/hv/net61.c:89: 			return "netif_receive_skb: fragment page is not a dom0 struct page";
	movl	$.LC7, %eax	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L22:
# platform-c/hv/net61.c:62: 	*bad = hdr;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%edi, (%eax)	# hdr, *bad_33(D)
# platform-c/hv/net61.c:64: 		return "netif_receive_skb: no MAC header in front of the data";
	movl	$.LC2, %eax	#, <retval>
.L1:
# platform-c/hv/net61.c:101: }
	addl	$28, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L10:
# platform-c/hv/net61.c:70: 		return "netif_receive_skb: frame longer than a guest buffer";
	movl	$.LC4, %eax	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L8:
# platform-c/hv/net61.c:101: }
	addl	$28, %esp	#,
# platform-c/hv/net61.c:52: 		return "netif_receive_skb: the skb is not dom0 memory";
	movl	$.LC0, %eax	#, <retval>
# platform-c/hv/net61.c:101: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L9:
	addl	$28, %esp	#,
# platform-c/hv/net61.c:57: 		return "netif_receive_skb: no MAC header set";
	movl	$.LC1, %eax	#, <retval>
# platform-c/hv/net61.c:101: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# platform-c/hv/net61.c:65: 	*bad = data_len;
	movl	-16(%ebp), %eax	# %sfp, bad
	movl	%ecx, (%eax)	# data_len, *bad_33(D)
# platform-c/hv/net61.c:101: }
	addl	$28, %esp	#,
# platform-c/hv/net61.c:67: 		return "netif_receive_skb: data_len larger than len";
	movl	$.LC3, %eax	#, <retval>
# platform-c/hv/net61.c:101: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L12:
# platform-c/hv/net61.c:81: 		return "netif_receive_skb: nr_frags larger than MAX_SKB_FRAGS";
	movl	$.LC6, %eax	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L14:
# platform-c/hv/net61.c:92: 			return "netif_receive_skb: fragment leaves its page";
	movl	$.LC8, %eax	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L11:
# platform-c/hv/net61.c:77: 		return "netif_receive_skb: skb_shinfo is not dom0 memory";
	movl	$.LC5, %eax	#, <retval>
	jmp	.L1	#
	.p2align 4,,10
	.p2align 3
.L5:
# platform-c/hv/net61.c:97: 	*bad = sum;
	movl	-36(%ebp), %eax	# %sfp, sum
# platform-c/hv/net61.c:100: 	return NULL;
	movl	$0, %edx	#, tmp143
# platform-c/hv/net61.c:97: 	*bad = sum;
	movl	-16(%ebp), %ebx	# %sfp, bad
# platform-c/hv/net61.c:100: 	return NULL;
	cmpl	%eax, -32(%ebp)	# sum, %sfp
# platform-c/hv/net61.c:97: 	*bad = sum;
	movl	%eax, (%ebx)	# sum, *bad_33(D)
# platform-c/hv/net61.c:100: 	return NULL;
	movl	$.LC9, %eax	#, tmp142
	cmove	%edx, %eax	# tmp142,, tmp143, <retval>
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
# platform-c/hv/net61.c:125: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _14
# platform-c/hv/net61.c:125: {
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
	ja	.L25	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_14].mapped,
	addl	%ecx, %eax	#, off
	movl	%eax, %esi	# off, _22
.L26:
# platform-c/hv/net61.c:129: 	if (users == l61env_last_ref(skb)) {
	movl	%ebx, %eax	# skb,
# platform-c/hv/net61.c:127: 	int users = L32(s, sk_buff, users);
	movl	180(%esi), %edi	# MEM[(volatile u32 *)_24 + 180B], _1
# platform-c/hv/net61.c:129: 	if (users == l61env_last_ref(skb)) {
	call	l61env_last_ref	#
# platform-c/hv/net61.c:129: 	if (users == l61env_last_ref(skb)) {
	cmpl	%edi, %eax	# _1, tmp101
	je	.L31	#,
# platform-c/hv/net61.c:133: 	if (users <= 0) {
	testl	%edi, %edi	# _1
	jle	.L32	#,
# platform-c/hv/net61.c:137: 	L32(s, sk_buff, users) = users - 1;
	decl	%edi	# _4
# platform-c/hv/net61.c:137: 	L32(s, sk_buff, users) = users - 1;
	movl	%edi, 180(%esi)	# _4, MEM[(volatile u32 *)_24 + 180B]
# platform-c/hv/net61.c:138: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L32:
# platform-c/hv/net61.c:134: 		env_warn(WARN_L61_SKB_USERS, skb);
	movl	%ebx, %edx	# skb,
	movl	$769, %eax	#,
	call	env_warn	#
# platform-c/hv/net61.c:138: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L31:
# platform-c/hv/net61.c:130: 		l61env_skb_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_free	#
# platform-c/hv/net61.c:138: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L25:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp100, _22
	jmp	.L26	#
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
# platform-c/hv/net61.c:154: 	const char *why = l61_rx_describe(skb, &d, &bad);
	leal	-180(%ebp), %ecx	#, tmp251
# platform-c/hv/net61.c:149: {
	subl	$176, %esp	#,
# platform-c/hv/net61.c:154: 	const char *why = l61_rx_describe(skb, &d, &bad);
	leal	-176(%ebp), %edx	#, tmp252
	call	l61_rx_describe	#
# platform-c/hv/net61.c:157: 	if (why)
	testl	%eax, %eax	# why
	jne	.L81	#,
# platform-c/hv/net61.c:159: 	dst = D((void *)d.mac);
	movl	-176(%ebp), %edx	# d.mac, _2
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
	ja	.L35	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_79].mapped,
	addl	%edx, %esi	#, _87
.L36:
# platform-c/hv/net61.c:160: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
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
	movl	$1596, %eax	#, ivtmp.123
# platform-c/hv/net61.c:160: 	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
	incb	%dl	# tmp169
	jne	.L37	#,
	jmp	.L82	#
	.p2align 4,,10
	.p2align 3
.L51:
# platform-c/hv/net61.c:108: 	for (i = 1; i <= MAX_GUESTS; i++) {
	addl	$1596, %eax	#, ivtmp.123
	cmpl	$103740, %eax	#, ivtmp.123
	je	.L83	#,
.L37:
# platform-c/hv/net61.c:111: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	cmpw	$0, guests+10(%eax)	#, MEM <u16> [(struct guest *)&guests + 10B + ivtmp.123_139 * 1]
	je	.L51	#,
# platform-c/hv/net61.c:111: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	(%esi), %edi	# MEM[(const u32 *)_89], tmp257
	cmpl	%edi, guests+4(%eax)	# tmp257, MEM[(const u32 *)&guests + 4B + ivtmp.123_139 * 1]
	jne	.L51	#,
# platform-c/hv/net61.c:111: 		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
	movl	guests+8(%eax), %ecx	# MEM[(const u16 *)&guests + 8B + ivtmp.123_139 * 1], tmp258
	cmpw	%cx, 4(%esi)	# tmp258, MEM[(const u16 *)_89 + 4B]
	jne	.L51	#,
# platform-c/hv/net61.c:109: 		struct guest *g = &guests[i];
	addl	$guests, %eax	#, g
# platform-c/hv/net61.c:180: 		if (g && !guest_queue_rx(g, skb)) {
	movl	%ebx, %edx	# skb,
	call	guest_queue_rx	#
# platform-c/hv/net61.c:180: 		if (g && !guest_queue_rx(g, skb)) {
	testl	%eax, %eax	# tmp246
	je	.L84	#,
.L42:
# platform-c/hv/net61.c:186: 		hv_stats.unknown_mac++;
	incl	hv_stats+28	# hv_stats.unknown_mac
# platform-c/hv/net61.c:187: 		l61_hv_skb_put(skb);
	movl	%ebx, %eax	# skb,
	call	l61_hv_skb_put	#
.L57:
# platform-c/hv/net61.c:188: 		return 1;
	movl	$1, %eax	#, <retval>
.L33:
# platform-c/hv/net61.c:192: }
	addl	$176, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L82:
	movl	$guests+1606, %eax	#, ivtmp.112
	movl	$guests+103750, %ecx	#, _140
# platform-c/hv/net61.c:153: 	u32 bad, i, n = 0;
	xorl	%esi, %esi	# n
	.p2align 4
	.p2align 3
.L39:
# platform-c/hv/net61.c:162: 			if (guests[i].present && guests[i].rxq_tail - guests[i].rxq_head < NET_RING_SIZE)
	cmpw	$0, (%eax)	#, MEM[(short unsigned int *)_68]
	je	.L38	#,
# platform-c/hv/net61.c:162: 			if (guests[i].present && guests[i].rxq_tail - guests[i].rxq_head < NET_RING_SIZE)
	movl	1046(%eax), %edx	# MEM[(unsigned int *)_68 + 1046B], MEM[(unsigned int *)_68 + 1046B]
	movl	1042(%eax), %edi	# MEM[(unsigned int *)_68 + 1042B],
	subl	%edi, %edx	#, tmp171
# platform-c/hv/net61.c:163: 				n++;
	cmpl	$256, %edx	#, tmp171
	adcl	$0, %esi	#, n
.L38:
# platform-c/hv/net61.c:161: 		for (i = 1; i <= MAX_GUESTS; i++)
	addl	$1596, %eax	#, ivtmp.112
	cmpl	%eax, %ecx	# ivtmp.112, _140
	jne	.L39	#,
# platform-c/hv/net61.c:165: 		for (i = 1; i < n; i++)
	cmpl	$1, %esi	#, n
	jbe	.L85	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %edx	# skb, tmp173
# platform-c/hv/net61.c:165: 		for (i = 1; i < n; i++)
	movl	$1, %edi	#, i
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %edx	#, tmp173
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _93
	.p2align 4
	.p2align 3
.L45:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_93].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L43	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_93].mapped,
	addl	%ecx, %eax	#, _101
.L44:
# platform-c/hv/net61.c:121: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	movl	180(%eax), %ecx	# MEM[(volatile u32 *)_103 + 180B], _104
# platform-c/hv/net61.c:165: 		for (i = 1; i < n; i++)
	incl	%edi	# i
# platform-c/hv/net61.c:121: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	incl	%ecx	# _105
# platform-c/hv/net61.c:165: 		for (i = 1; i < n; i++)
	cmpl	%esi, %edi	# n, i
# platform-c/hv/net61.c:121: 	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
	movl	%ecx, 180(%eax)	# _105, MEM[(volatile u32 *)_103 + 180B]
# platform-c/hv/net61.c:165: 		for (i = 1; i < n; i++)
	jne	.L45	#,
.L41:
	movl	$guests+1596, %esi	#, ivtmp.101
	movl	$guests+103740, %edi	#, _18
	jmp	.L49	#
	.p2align 4,,10
	.p2align 3
.L47:
# platform-c/hv/net61.c:167: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	addl	$1596, %esi	#, ivtmp.101
	cmpl	%esi, %edi	# ivtmp.101, _18
	je	.L56	#,
.L49:
# platform-c/hv/net61.c:168: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	cmpw	$0, 10(%esi)	#, MEM[(short unsigned int *)_16 + 10B]
	je	.L47	#,
# platform-c/hv/net61.c:168: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	movl	%ebx, %edx	# skb,
	movl	%esi, %eax	# ivtmp.101,
	call	guest_queue_rx	#
# platform-c/hv/net61.c:168: 			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
	testl	%eax, %eax	# tmp244
	jne	.L47	#,
# platform-c/hv/net61.c:142: 	int i = l61_pool_skb_index(skb);
	movl	%ebx, %eax	# skb,
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:144: 	if (i >= 0)
	testl	%eax, %eax	# i
	.p2align 4,,2
	js	.L47	#,
# platform-c/hv/net61.c:145: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp181
# platform-c/hv/net61.c:167: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	addl	$1596, %esi	#, ivtmp.101
# platform-c/hv/net61.c:145: 		l61_skbs[i].queued += delta;
	incb	l61_skbs+13(,%eax,4)	# l61_skbs[i_106].queued
# platform-c/hv/net61.c:167: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	cmpl	%esi, %edi	# ivtmp.101, _18
	jne	.L49	#,
	.p2align 4
	.p2align 3
.L56:
# platform-c/hv/net61.c:190: 	hv_stats.delivered++;
	incl	hv_stats+24	# hv_stats.delivered
# platform-c/hv/net61.c:191: 	return 1;
	jmp	.L57	#
	.p2align 4,,10
	.p2align 3
.L83:
# platform-c/hv/net61.c:173: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	movl	dom0, %eax	# dom0.netdev, _26
# platform-c/hv/net61.c:173: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	testl	%eax, %eax	# _26
	je	.L42	#,
# platform-c/hv/net61.c:173: 			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
	call	svm_try	#
# platform-c/hv/net61.c:174: 			own = nd ? svm_try(L32(nd, net_device, dev_addr)) : NULL;
	testl	%eax, %eax	# iftmp.3_58
	je	.L42	#,
# platform-c/hv/net61.c:174: 			own = nd ? svm_try(L32(nd, net_device, dev_addr)) : NULL;
	movl	456(%eax), %eax	# MEM[(volatile u32 *)iftmp.3_58 + 456B], _27
	call	svm_try	#
# platform-c/hv/net61.c:175: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	testl	%eax, %eax	# iftmp.4_61
	je	.L42	#,
# platform-c/hv/net61.c:175: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	movl	(%esi), %edi	# MEM[(const u32 *)_89], tmp259
	cmpl	%edi, (%eax)	# tmp259, MEM[(const u32 *)iftmp.4_61]
	jne	.L42	#,
# platform-c/hv/net61.c:175: 			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
	movzwl	4(%eax), %eax	# MEM[(const u16 *)iftmp.4_61 + 4B], tmp260
	cmpw	%ax, 4(%esi)	# tmp260, MEM[(const u16 *)_89 + 4B]
	jne	.L42	#,
# platform-c/hv/net61.c:176: 				l61_rx_dom0++;
	incl	l61_rx_dom0	# l61_rx_dom0
# platform-c/hv/net61.c:177: 				return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L33	#
	.p2align 4,,10
	.p2align 3
.L43:
	movl	%edx, -184(%ebp)	# _93, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	-184(%ebp), %edx	# %sfp, _93
	jmp	.L44	#
.L84:
# platform-c/hv/net61.c:142: 	int i = l61_pool_skb_index(skb);
	movl	%ebx, %eax	# skb,
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:144: 	if (i >= 0)
	testl	%eax, %eax	# i
	js	.L56	#,
# platform-c/hv/net61.c:145: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp211
	incb	l61_skbs+13(,%eax,4)	# l61_skbs[i_121].queued
# platform-c/hv/net61.c:190: 	hv_stats.delivered++;
	incl	hv_stats+24	# hv_stats.delivered
	jmp	.L57	#
.L35:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# _2,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp242, _87
	jmp	.L36	#
.L85:
# platform-c/hv/net61.c:167: 		for (i = 1; n && i <= MAX_GUESTS; i++)
	testl	%esi, %esi	# n
	.p2align 4,,2
	jne	.L41	#,
	.p2align 4,,7
	jmp	.L42	#
.L81:
# platform-c/hv/net61.c:158: 		__hw_abort(SAFETY_HV_INPUT, bad, 0, why);
	movl	%eax, (%esp)	# why,
	xorl	%ecx, %ecx	#
	movl	$2, %eax	#,
	movl	-180(%ebp), %edx	# bad,
	call	__hw_abort	#
	.size	l61_rx_to_guests, .-l61_rx_to_guests
	.p2align 4
	.globl	l61_rx_delivered
	.type	l61_rx_delivered, @function
l61_rx_delivered:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/net61.c:195: {
	movl	%eax, %ebx	# tmp104, skb
# platform-c/hv/net61.c:142: 	int i = l61_pool_skb_index(skb);
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:144: 	if (i >= 0)
	testl	%eax, %eax	# i
	js	.L87	#,
# platform-c/hv/net61.c:145: 		l61_skbs[i].queued += delta;
	leal	(%eax,%eax,4), %eax	#, tmp89
	decb	l61_skbs+13(,%eax,4)	# l61_skbs[i_5].queued
.L87:
# platform-c/hv/net61.c:197: 	l61_hv_skb_put(skb);
	movl	%ebx, %eax	# skb,
	call	l61_hv_skb_put	#
# platform-c/hv/net61.c:198: }
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
# platform-c/hv/net61.c:208: {
	movl	%eax, -40(%ebp)	# max_polls, %sfp
# platform-c/hv/net61.c:209: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	l61_place+12, %esi	# l61_place.softnet, head
# platform-c/hv/net61.c:209: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	$0, -32(%ebp)	#, %sfp
# platform-c/hv/net61.c:209: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;
	movl	%esi, -20(%ebp)	# head, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %esi	#, tmp216
	movl	%esi, %eax	# tmp216, tmp216
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, tmp216
# platform-c/hv/net61.c:211: 	while (polls < max_polls && !hv_driver_dead) {
	testl	%edx, %edx	# max_polls
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, -36(%ebp)	# tmp216, %sfp
# platform-c/hv/net61.c:211: 	while (polls < max_polls && !hv_driver_dead) {
	jne	.L90	#,
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/hv/net61.c:239: 			hv_stats.warnings++;
	incl	hv_stats+36	# hv_stats.warnings
# platform-c/hv/net61.c:240: 		if (work < 0 || (u32)work < weight)
	testl	%eax, %eax	# work.14_16
	js	.L113	#,
.L112:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L115	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%ecx, %eax	#, _169
.L116:
# platform-c/hv/net61.c:243: 		if (L32(d, napi_struct, state) & NAPIF(DISABLE)) {
	movl	8(%eax), %edx	# MEM[(volatile u32 *)_171 + 8B], _20
# platform-c/hv/net61.c:243: 		if (L32(d, napi_struct, state) & NAPIF(DISABLE)) {
	testb	$4, %dl	#, _20
	jne	.L145	#,
# platform-c/hv/net61.c:245: 		} else if (L32(d, napi_struct, poll_list) == entry) {
	movl	(%eax), %eax	# MEM[(volatile u32 *)_171], _23
# platform-c/hv/net61.c:245: 		} else if (L32(d, napi_struct, poll_list) == entry) {
	cmpl	%ebx, %eax	# first, _23
	je	.L146	#,
.L113:
# platform-c/hv/net61.c:211: 	while (polls < max_polls && !hv_driver_dead) {
	movl	-40(%ebp), %esi	# %sfp, max_polls
	cmpl	%esi, -32(%ebp)	# max_polls, %sfp
	jnb	.L91	#,
.L90:
# platform-c/hv/net61.c:211: 	while (polls < max_polls && !hv_driver_dead) {
	movl	hv_driver_dead, %edi	# hv_driver_dead,
	testl	%edi, %edi	#
	jne	.L91	#,
# platform-c/hv/net61.c:212: 		u8 *mask = svm_try(dom0.upcall_mask), *d;
	movl	dom0+20, %eax	# dom0.upcall_mask,
	call	svm_try	#
# platform-c/hv/net61.c:214: 		int work = 0;
	movl	$0, -16(%ebp)	#, work
# platform-c/hv/net61.c:216: 		if (!mask || *mask || svm_vif)
	testl	%eax, %eax	# mask
	je	.L89	#,
# platform-c/hv/net61.c:216: 		if (!mask || *mask || svm_vif)
	movzbl	(%eax), %eax	# *mask_45, *mask_45
	orb	svm_vif, %al	# svm_vif, tmp314
	jne	.L89	#,
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-36(%ebp), %ebx	# %sfp, _165
	movl	-20(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%ebx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].tag,
	xorl	%edi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L93	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ebx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].mapped,
	addl	%esi, %eax	#, _79
.L94:
# platform-c/hv/net61.c:218: 		first = *(volatile u32 *)D((void *)head);
	movl	(%eax), %ebx	# MEM[(volatile u32 *)_81], first
# platform-c/hv/net61.c:219: 		if (first == head)
	cmpl	%ebx, -20(%ebp)	# first, %sfp
	je	.L91	#,
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
	ja	.L96	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%ecx, %eax	#, _159
.L97:
# platform-c/hv/net61.c:225: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	leal	4(%ebx), %edx	#, _6
# platform-c/hv/net61.c:224: 		next = *(volatile u32 *)D((void *)entry);
	movl	(%eax), %edi	# MEM[(volatile u32 *)_161], next
# platform-c/hv/net61.c:225: 		prev = *(volatile u32 *)D((void *)(entry + 4));
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
	ja	.L98	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _147
.L99:
# platform-c/hv/net61.c:225: 		prev = *(volatile u32 *)D((void *)(entry + 4));
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
	ja	.L100	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_127].mapped, _135
.L101:
# platform-c/hv/net61.c:226: 		*(volatile u32 *)D((void *)prev) = next;
	movl	%edi, (%eax)	# next, MEM[(volatile u32 *)_137]
# platform-c/hv/net61.c:227: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
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
	ja	.L102	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_115].mapped,
	addl	%eax, %ecx	#, _123
.L103:
# platform-c/hv/net61.c:227: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	movl	%edx, (%ecx)	# prev, MEM[(volatile u32 *)_125]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L104	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edi, %eax	#, _111
.L105:
# platform-c/hv/net61.c:228: 		*(volatile u32 *)D((void *)entry) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_113]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-28(%ebp), %edi	# %sfp, _139
	movl	-24(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%edi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].tag,
	xorl	%ecx, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L106	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _100
.L107:
# platform-c/hv/net61.c:229: 		*(volatile u32 *)D((void *)(entry + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_102]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L108	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edi, %eax	#, _89
.L109:
# platform-c/hv/net61.c:231: 		weight = L32(d, napi_struct, weight);
	movl	12(%eax), %edi	# MEM[(volatile u32 *)_91 + 12B], weight
# platform-c/hv/net61.c:232: 		if (L32(d, napi_struct, state) & NAPIF(SCHED)) {
	movl	8(%eax), %eax	# MEM[(volatile u32 *)_91 + 8B], _11
# platform-c/hv/net61.c:232: 		if (L32(d, napi_struct, state) & NAPIF(SCHED)) {
	testb	$1, %al	#, _11
	jne	.L147	#,
.L110:
# platform-c/hv/net61.c:238: 		if ((u32)work > weight)
	movl	-16(%ebp), %eax	# work, work.14_16
# platform-c/hv/net61.c:238: 		if ((u32)work > weight)
	cmpl	%eax, %edi	# work.14_16, weight
	jb	.L148	#,
# platform-c/hv/net61.c:240: 		if (work < 0 || (u32)work < weight)
	cmpl	%edi, %eax	# weight, work.14_16
	jb	.L113	#,
	shrl	$31, %eax	#, tmp261
	testb	%al, %al	# tmp261
	je	.L112	#,
# platform-c/hv/net61.c:211: 	while (polls < max_polls && !hv_driver_dead) {
	movl	-40(%ebp), %esi	# %sfp, max_polls
	cmpl	%esi, -32(%ebp)	# max_polls, %sfp
	jb	.L90	#,
	.p2align 4
	.p2align 3
.L91:
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-36(%ebp), %edx	# %sfp, _165
	movl	-20(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L130	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_165].mapped,
	addl	%ebx, %eax	#, _235
.L131:
# platform-c/hv/net61.c:254: 	if (*(volatile u32 *)D((void *)head) == head)
	movl	(%eax), %eax	# MEM[(volatile u32 *)_237], _26
# platform-c/hv/net61.c:254: 	if (*(volatile u32 *)D((void *)head) == head)
	movl	-20(%ebp), %esi	# %sfp, head
	cmpl	%esi, %eax	# head, _26
	je	.L149	#,
.L89:
# platform-c/hv/net61.c:257: }
	movl	-32(%ebp), %eax	# %sfp,
	addl	$36, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L147:
# platform-c/hv/net61.c:235: 			if (driver_poll(n, weight, &work))
	leal	-16(%ebp), %ecx	#, tmp342
	movl	%edi, %edx	# weight,
# platform-c/hv/net61.c:233: 			polls++;
	incl	-32(%ebp)	# %sfp
# platform-c/hv/net61.c:235: 			if (driver_poll(n, weight, &work))
	movl	%ebx, %eax	# first,
# platform-c/hv/net61.c:234: 			l61_napi_polls++;
	incl	l61_napi_polls	# l61_napi_polls
# platform-c/hv/net61.c:235: 			if (driver_poll(n, weight, &work))
	call	driver_poll	#
# platform-c/hv/net61.c:235: 			if (driver_poll(n, weight, &work))
	testl	%eax, %eax	# tmp305
	je	.L110	#,
	jmp	.L89	#
	.p2align 4,,10
	.p2align 3
.L145:
# platform-c/hv/net61.c:244: 			L61(napi_complete_done)(n, work);
	movl	-16(%ebp), %edx	# work,
	movl	%ebx, %eax	# first,
	call	l61_napi_complete_done	#
	.p2align 4,,3
	jmp	.L113	#
	.p2align 4,,10
	.p2align 3
.L146:
# platform-c/hv/net61.c:247: 			prev = *(volatile u32 *)D((void *)(head + 4));
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
	ja	.L118	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].mapped,
	addl	%edx, %eax	#, _223
.L119:
# platform-c/hv/net61.c:247: 			prev = *(volatile u32 *)D((void *)(head + 4));
	movl	(%eax), %eax	# MEM[(volatile u32 *)_225], prev
	movl	%eax, -44(%ebp)	# prev, %sfp
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].tag, off
	xorl	%ebx, %eax	# first, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L120	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_151].mapped,
	addl	%edx, %eax	#, _211
.L121:
# platform-c/hv/net61.c:248: 			*(volatile u32 *)D((void *)entry) = head;
	movl	-20(%ebp), %edx	# %sfp, head
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-28(%ebp), %esi	# %sfp, _139
# platform-c/hv/net61.c:248: 			*(volatile u32 *)D((void *)entry) = head;
	movl	%edx, (%eax)	# head, MEM[(volatile u32 *)_213]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-24(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].tag,
	xorl	%edx, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L122	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_139].mapped,
	addl	%edx, %eax	#, _201
.L123:
# platform-c/hv/net61.c:249: 			*(volatile u32 *)D((void *)(entry + 4)) = prev;
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
	ja	.L124	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_183].mapped,
	addl	%esi, %eax	#, _191
.L125:
# platform-c/hv/net61.c:250: 			*(volatile u32 *)D((void *)prev) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_193]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].tag, off
	xorl	%edi, %eax	# _24, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L126	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_215].mapped,
	addl	%edx, %eax	#, _179
# platform-c/hv/net61.c:251: 			*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_181]
	jmp	.L113	#
	.p2align 4,,10
	.p2align 3
.L93:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	jmp	.L94	#
	.p2align 4,,10
	.p2align 3
.L108:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L109	#
	.p2align 4,,10
	.p2align 3
.L106:
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,5
	jmp	.L107	#
	.p2align 4,,10
	.p2align 3
.L104:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L105	#
	.p2align 4,,10
	.p2align 3
.L102:
	movl	%edx, -44(%ebp)	# prev, %sfp
	call	svm_slow_hv	#
	movl	-44(%ebp), %edx	# %sfp, prev
	movl	%eax, %ecx	# tmp301, _123
	jmp	.L103	#
	.p2align 4,,10
	.p2align 3
.L100:
	movl	%edx, -44(%ebp)	# prev, %sfp
	movl	%edx, %eax	# prev,
	call	svm_slow_hv	#
	movl	-44(%ebp), %edx	# %sfp, prev
	jmp	.L101	#
	.p2align 4,,10
	.p2align 3
.L98:
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,2
	jmp	.L99	#
	.p2align 4,,10
	.p2align 3
.L96:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L97	#
	.p2align 4,,10
	.p2align 3
.L115:
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L116	#
	.p2align 4,,10
	.p2align 3
.L149:
# platform-c/hv/net61.c:255: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
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
	ja	.L133	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_239].mapped,
	addl	%ecx, %eax	#, _247
.L134:
# platform-c/hv/net61.c:255: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	movl	(%eax), %edx	# MEM[(volatile u32 *)_249], _28
# platform-c/hv/net61.c:255: 		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	andl	$-9, %edx	#, _29
	movl	%edx, (%eax)	# _29, MEM[(volatile u32 *)_249]
# platform-c/hv/net61.c:257: }
	movl	-32(%ebp), %eax	# %sfp,
	addl	$36, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L120:
	movl	%ecx, -48(%ebp)	# _215, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# first,
	call	svm_slow_hv	#
	movl	-48(%ebp), %ecx	# %sfp, _215
	jmp	.L121	#
	.p2align 4,,10
	.p2align 3
.L122:
	movl	%ecx, -28(%ebp)	# _215, %sfp
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-28(%ebp), %ecx	# %sfp, _215
	jmp	.L123	#
	.p2align 4,,10
	.p2align 3
.L124:
	movl	%ecx, -24(%ebp)	# _215, %sfp
	movl	-44(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-24(%ebp), %ecx	# %sfp, _215
	jmp	.L125	#
	.p2align 4,,10
	.p2align 3
.L126:
	movl	%edi, %eax	# _24,
	call	svm_slow_hv	#
# platform-c/hv/net61.c:251: 			*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, (%eax)	# first, MEM[(volatile u32 *)_181]
	jmp	.L113	#
	.p2align 4,,10
	.p2align 3
.L118:
	movl	%ecx, -44(%ebp)	# _215, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# _24,
	call	svm_slow_hv	#
	movl	-44(%ebp), %ecx	# %sfp, _215
	jmp	.L119	#
.L130:
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,2
	jmp	.L131	#
.L133:
	movl	%ecx, %eax	# _27,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L134	#
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
# platform-c/hv/net61.c:262: {
	movl	%ecx, %ebx	# tmp112, size
# platform-c/hv/net61.c:263: 	int i = l61_pool_page_index(page);
	call	l61_pool_page_index	#
# platform-c/hv/net61.c:264: 	u32 mfn = i >= 0 ? l61_skbs[i].frag_mfn : 0;
	testl	%eax, %eax	# i
	js	.L154	#,
# platform-c/hv/net61.c:264: 	u32 mfn = i >= 0 ? l61_skbs[i].frag_mfn : 0;
	leal	(%eax,%eax,4), %eax	#, tmp96
	movl	l61_skbs+8(,%eax,4), %eax	# l61_skbs[i_11].frag_mfn, iftmp.25_12
# platform-c/hv/net61.c:266: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	testl	%eax, %eax	# iftmp.25_12
	je	.L154	#,
	cmpl	$4095, %esi	#, offset
	ja	.L154	#,
# platform-c/hv/net61.c:266: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	movl	$4096, %edx	#, tmp105
	subl	%esi, %edx	# offset, tmp104
# platform-c/hv/net61.c:266: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	cmpl	%ebx, %edx	# size, tmp104
	jb	.L154	#,
# platform-c/hv/net61.c:269: }
	popl	%ebx	#
# platform-c/hv/net61.c:268: 	return (mfn << PAGE_SHIFT) + offset;
	sall	$12, %eax	#, tmp106
# platform-c/hv/net61.c:268: 	return (mfn << PAGE_SHIFT) + offset;
	addl	%esi, %eax	# offset, <retval>
# platform-c/hv/net61.c:269: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L154:
	popl	%ebx	#
# platform-c/hv/net61.c:267: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/net61.c:269: }
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
# platform-c/hv/net61.c:311: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	12(%eax), %ecx	# g_76(D)->tx,
	testl	%ecx, %ecx	#
	je	.L230	#,
# platform-c/hv/net61.c:304: {
	pushl	%ebp	#
# platform-c/hv/net61.c:311: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$12, %ecx	#,
# platform-c/hv/net61.c:304: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp317, req_va
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp316, g
	subl	$72, %esp	#,
# platform-c/hv/net61.c:311: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/net61.c:311: 	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
	testl	%eax, %eax	# tmp318
	je	.L159	#,
# platform-c/hv/net61.c:313: 	req = *(struct netif_tx_request *)req_va;
	movzwl	4(%edi), %eax	# req_va.26_3->id, req$id
	movzwl	6(%edi), %esi	# req_va.26_3->size, req$size
	movzwl	2(%edi), %ecx	# req_va.26_3->offset, req$offset
	movzwl	(%edi), %edx	# req_va.26_3->gref, req$gref
	movl	%eax, -32(%ebp)	# req$id, %sfp
	movzwl	8(%edi), %eax	# req_va.26_3->flags, req$flags
	movl	%ecx, -40(%ebp)	# req$offset, %sfp
	movl	%eax, -20(%ebp)	# req$flags, %sfp
# platform-c/hv/net61.c:314: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	leal	-14(%esi), %eax	#, tmp189
# platform-c/hv/net61.c:314: 	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	cmpw	$1500, %ax	#, tmp189
	ja	.L162	#,
	cmpl	$4095, %ecx	#, req$offset
	movl	%ecx, %edi	# req$offset, req$offset
	ja	.L162	#,
# platform-c/hv/net61.c:315: 	    req.size > PAGE_SIZE - req.offset || (req.flags & ~(NETTXF_csum_blank | NETTXF_data_validated)))
	movl	$4096, %eax	#, tmp196
	subl	%ecx, %eax	# req$offset, tmp195
# platform-c/hv/net61.c:315: 	    req.size > PAGE_SIZE - req.offset || (req.flags & ~(NETTXF_csum_blank | NETTXF_data_validated)))
	cmpl	%esi, %eax	# req$size, tmp195
	jb	.L162	#,
	cmpl	$3, -20(%ebp)	#, %sfp
	ja	.L162	#,
# platform-c/hv/net61.c:317: 	page = net_grant_frame(g, req.gref, 0);
	xorl	%ecx, %ecx	#
	movl	%ebx, %eax	# g,
	call	net_grant_frame	#
# platform-c/hv/net61.c:318: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	testl	%eax, %eax	# page
	je	.L159	#,
# platform-c/hv/net61.c:318: 	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	addl	%edi, %eax	# req$offset, _9
	movl	%esi, %ecx	# req$size,
	movl	%eax, -48(%ebp)	# _9, %sfp
	movl	%eax, %edx	# _9,
	movl	%ebx, %eax	# g,
	movl	$0, (%esp)	#,
	call	guest_page	#
	movl	%eax, -56(%ebp)	# iftmp.27_83, %sfp
# platform-c/hv/net61.c:319: 	if (!mfn)
	testl	%eax, %eax	# iftmp.27_83
	je	.L159	#,
# platform-c/hv/net61.c:321: 	if (!dom0.netdev || hv_driver_dead)
	movl	dom0, %eax	# dom0.netdev, _10
# platform-c/hv/net61.c:321: 	if (!dom0.netdev || hv_driver_dead)
	testl	%eax, %eax	# _10
	je	.L165	#,
# platform-c/hv/net61.c:321: 	if (!dom0.netdev || hv_driver_dead)
	movl	hv_driver_dead, %edi	# hv_driver_dead,
	testl	%edi, %edi	#
	jne	.L165	#,
# platform-c/hv/net61.c:323: 	nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net61.c:324: 	if (!nd) {
	testl	%eax, %eax	# nd
# platform-c/hv/net61.c:323: 	nd = svm_try(dom0.netdev);
	movl	%eax, %edi	# tmp321, nd
# platform-c/hv/net61.c:324: 	if (!nd) {
	je	.L231	#,
# platform-c/hv/net61.c:328: 	if (!(L32(nd, net_device, state) & (1U << L___LINK_STATE_START)))
	movl	36(%eax), %eax	# MEM[(volatile u32 *)nd_86 + 36B], _14
# platform-c/hv/net61.c:328: 	if (!(L32(nd, net_device, state) & (1U << L___LINK_STATE_START)))
	andl	$1, %eax	#, _14
	movl	%eax, -36(%ebp)	# _14, %sfp
	je	.L165	#,
# platform-c/hv/net61.c:273: 	u8 *q = svm_try(L32(nd, net_device, _tx));
	movl	576(%edi), %eax	# MEM[(volatile u32 *)nd_86 + 576B], _159
	call	svm_try	#
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testl	%eax, %eax	# q
	je	.L168	#,
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	movl	76(%eax), %eax	# MEM[(volatile u32 *)q_160 + 76B], _161
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testb	$3, %al	#, _161
	je	.L169	#,
.L168:
# platform-c/hv/net61.c:331: 		hv_softirq_run();
	call	hv_softirq_run	#
# platform-c/hv/net61.c:332: 		nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
	call	svm_try	#
# platform-c/hv/net61.c:333: 		if (!nd || tx_stopped(nd))
	testl	%eax, %eax	# nd
# platform-c/hv/net61.c:332: 		nd = svm_try(dom0.netdev);
	movl	%eax, %edi	# tmp323, nd
# platform-c/hv/net61.c:333: 		if (!nd || tx_stopped(nd))
	je	.L171	#,
# platform-c/hv/net61.c:273: 	u8 *q = svm_try(L32(nd, net_device, _tx));
	movl	576(%eax), %eax	# MEM[(volatile u32 *)nd_90 + 576B], _164
	call	svm_try	#
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testl	%eax, %eax	# q
	je	.L171	#,
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	movl	76(%eax), %eax	# MEM[(volatile u32 *)q_165 + 76B], _166
# platform-c/hv/net61.c:275: 	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
	testb	$3, %al	#, _166
	je	.L169	#,
	.p2align 4
	.p2align 3
.L171:
# platform-c/hv/net61.c:334: 			return HC_EBUSY;
	movl	$-16, %edx	#, <retval>
.L156:
# platform-c/hv/net61.c:386: }
	addl	$72, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L169:
	movl	%esi, -24(%ebp)	# req$size, %sfp
# platform-c/hv/net61.c:337: 	features = L32(nd, net_device, features);
	movl	136(%edi), %eax	# MEM[(volatile u32 *)nd_59 + 136B], features
	movl	%eax, -52(%ebp)	# features, %sfp
# platform-c/hv/net61.c:339: 	head = sg ? min_t(u32, req.size, NET_TX_HEAD) : req.size;
	andl	$1, %eax	#, _81
	movl	%eax, -44(%ebp)	# _81, %sfp
	jne	.L232	#,
.L173:
# platform-c/hv/net61.c:340: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	movl	-24(%ebp), %ecx	# %sfp, iftmp.30_63
# platform-c/hv/net61.c:340: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	movl	l61_pool_frag_size, %eax	# l61_pool_frag_size, l61_pool_frag_size.31_23
# platform-c/hv/net61.c:340: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	leal	288(%ecx), %edx	#, tmp210
# platform-c/hv/net61.c:340: 	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
	cmpl	%edx, %eax	# tmp210, l61_pool_frag_size.31_23
	jb	.L162	#,
# platform-c/hv/net61.c:284: 	frag = l61env_frag_alloc(l61_pool_frag_size, ~0U);
	movl	$-1, %edx	#,
	call	l61env_frag_alloc	#
# platform-c/hv/net61.c:285: 	if (!frag)
	testl	%eax, %eax	# frag
	jne	.L174	#,
# platform-c/hv/net61.c:344: 		return HC_EAGAIN;
	movl	$-11, %edx	#, <retval>
.L237:
# platform-c/hv/net61.c:386: }
	addl	$72, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L232:
# platform-c/hv/net61.c:339: 	head = sg ? min_t(u32, req.size, NET_TX_HEAD) : req.size;
	movl	$96, %eax	#, tmp338
	cmpl	%eax, %esi	# tmp338, req$size
	cmovbe	%esi, %eax	# req$size,, tmp338
	movl	%eax, -24(%ebp)	# tmp338, %sfp
	jmp	.L173	#
	.p2align 4,,10
	.p2align 3
.L174:
	movl	%eax, -28(%ebp)	# frag, %sfp
# platform-c/hv/net61.c:287: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/hv/net61.c:288: 	i = skb ? l61_pool_skb_index(skb) : -1;
	movl	-28(%ebp), %edx	# %sfp, frag
	testl	%eax, %eax	# skb
# platform-c/hv/net61.c:287: 	skb = l61env_skb_struct_alloc();
	movl	%eax, %edi	# tmp326, skb
# platform-c/hv/net61.c:288: 	i = skb ? l61_pool_skb_index(skb) : -1;
	je	.L177	#,
	movl	%edx, -60(%ebp)	# frag, %sfp
# platform-c/hv/net61.c:288: 	i = skb ? l61_pool_skb_index(skb) : -1;
	call	l61_pool_skb_index	#
# platform-c/hv/net61.c:289: 	if (i < 0) {
	movl	-60(%ebp), %edx	# %sfp, frag
	movl	%eax, -28(%ebp)	# iftmp.47_172, %sfp
	testl	%eax, %eax	# iftmp.47_172
	js	.L177	#,
# platform-c/hv/net61.c:294: 	L61(frame_skb)(skb, frag, l61_pool_frag_size, (const u8 *)frame, size, head, (*slot)->page, frame_off + head, dom0.netdev);
	movl	dom0, %eax	# dom0.netdev, dom0.netdev
	movl	%eax, 20(%esp)	# dom0.netdev,
	movl	-40(%ebp), %eax	# %sfp, req$offset
	movl	-24(%ebp), %ecx	# %sfp, iftmp.30_63
	addl	%ecx, %eax	# iftmp.30_63, req$offset
	movl	%eax, 16(%esp)	# tmp214,
	movl	-28(%ebp), %eax	# %sfp, iftmp.47_172
	leal	0(,%eax,4), %ecx	#, tmp306
	movl	%ecx, -40(%ebp)	# tmp306, %sfp
	addl	%ecx, %eax	# tmp306, tmp218
	movl	l61_skbs+4(,%eax,4), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].page, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].page
	movl	%eax, 12(%esp)	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].page,
	movl	-24(%ebp), %ecx	# %sfp, iftmp.30_63
	movl	%esi, 4(%esp)	# req$size,
	movl	%ecx, 8(%esp)	# iftmp.30_63,
	movl	l61_pool_frag_size, %ecx	# l61_pool_frag_size,
	movl	-48(%ebp), %eax	# %sfp, _9
	movl	%eax, (%esp)	# _9,
	movl	%edi, %eax	# skb,
	call	l61_frame_skb	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %edx	# skb, tmp223
	shrl	$12, %edx	#, tmp223
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _180
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_180].tag, off
	xorl	%edi, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L178	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_180].mapped,
	addl	%ecx, %eax	#, _188
.L179:
# platform-c/hv/net61.c:296: 	if (size > head) {
	cmpl	%esi, -24(%ebp)	# req$size, %sfp
# platform-c/hv/net61.c:295: 	L32((u8 *)D((void *)skb), sk_buff, users) = 2; /* the driver's reference and the pool's */
	movl	$2, %edx	#,
	movl	%edx, 180(%eax)	#, MEM[(volatile u32 *)_190 + 180B]
# platform-c/hv/net61.c:296: 	if (size > head) {
	jb	.L233	#,
.L180:
# platform-c/hv/net61.c:345: 	if (req.flags & NETTXF_csum_blank) {
	testb	$1, -20(%ebp)	#, %sfp
	jne	.L234	#,
.L181:
# platform-c/hv/net61.c:357: 	if (sg)
	movl	-44(%ebp), %eax	# %sfp,
	testl	%eax, %eax	#
	je	.L184	#,
# platform-c/hv/net61.c:358: 		l61_tx_sg++;
	incl	l61_tx_sg	# l61_tx_sg
.L185:
# platform-c/hv/net61.c:361: 	slot->tx_guest = g->id;
	movl	-28(%ebp), %esi	# %sfp, iftmp.47_172
	movl	-40(%ebp), %eax	# %sfp, tmp306
	addl	%esi, %eax	# iftmp.47_172, tmp252
	movl	(%ebx), %esi	# g_76(D)->id, tmp379
	leal	l61_skbs(,%eax,4), %eax	#, tmp254
	movw	%si, 14(%eax)	# tmp379, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].tx_guest
# platform-c/hv/net61.c:362: 	slot->tx_id = req.id;
	movl	-32(%ebp), %esi	# %sfp, tmp380
	movw	%si, 16(%eax)	# tmp380, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].tx_id
# platform-c/hv/net61.c:363: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	1592(%ebx), %eax	# g_76(D)->tx_inflight, tmp381
	incl	%eax	# _41
# platform-c/hv/net61.c:363: 	if (++g->tx_inflight > NET_RING_SIZE / 2)
	movl	%eax, 1592(%ebx)	# _41, g_76(D)->tx_inflight
	cmpl	$128, %eax	#, _41
	jbe	.L186	#,
# platform-c/hv/net61.c:364: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movl	(%ebx), %eax	# g_76(D)->id, _42
# platform-c/hv/net61.c:364: 		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	movb	$1, hv_guest_work(%eax)	#, hv_guest_work[_42]
.L186:
	movl	$2, %esi	#, ivtmp_183
.L193:
# platform-c/hv/net61.c:367: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	movl	dom0, %edx	# dom0.netdev,
	leal	-16(%ebp), %ecx	#, tmp382
	movl	%edi, %eax	# skb,
# platform-c/hv/net61.c:366: 		hv_stats.xmit_calls++;
	incl	hv_stats+4	# hv_stats.xmit_calls
# platform-c/hv/net61.c:367: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	call	driver_xmit_l61	#
# platform-c/hv/net61.c:367: 		if (driver_xmit_l61(skb, dom0.netdev, &ret))
	testl	%eax, %eax	# tmp330
	jne	.L165	#,
# platform-c/hv/net61.c:369: 		if (ret == L_NETDEV_TX_OK) {
	movl	-16(%ebp), %edx	# ret, <retval>
# platform-c/hv/net61.c:369: 		if (ret == L_NETDEV_TX_OK) {
	testl	%edx, %edx	# <retval>
	je	.L235	#,
# platform-c/hv/net61.c:378: 		hv_stats.xmit_busy++;
	incl	hv_stats+12	# hv_stats.xmit_busy
# platform-c/hv/net61.c:379: 		hv_softirq_run();
	call	hv_softirq_run	#
# platform-c/hv/net61.c:365: 	for (attempt = 0; attempt < 2; attempt++) {
	decl	%esi	# ivtmp_183
	je	.L236	#,
	movl	-36(%ebp), %esi	# %sfp, ivtmp_183
	jmp	.L193	#
	.p2align 4,,10
	.p2align 3
.L177:
# platform-c/hv/net61.c:290: 		l61env_frag_free(frag);
	movl	%edx, %eax	# frag,
	call	l61env_frag_free	#
# platform-c/hv/net61.c:344: 		return HC_EAGAIN;
	movl	$-11, %edx	#, <retval>
	jmp	.L237	#
	.p2align 4,,10
	.p2align 3
.L236:
# platform-c/hv/net61.c:382: 	slot->tx_guest = 0;
	movl	-40(%ebp), %eax	# %sfp, tmp306
	xorl	%edx, %edx	#
	movl	-28(%ebp), %esi	# %sfp, iftmp.47_172
	addl	%esi, %eax	# iftmp.47_172, tmp306
	movw	%dx, l61_skbs+14(,%eax,4)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].tx_guest
# platform-c/hv/net61.c:384: 	L61(free_skb)(skb);
	movl	%edi, %eax	# skb,
# platform-c/hv/net61.c:383: 	g->tx_inflight--;
	decl	1592(%ebx)	# g_76(D)->tx_inflight
# platform-c/hv/net61.c:384: 	L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hv/net61.c:385: 	return HC_EBUSY;
	jmp	.L171	#
	.p2align 4,,10
	.p2align 3
.L184:
# platform-c/hv/net61.c:360: 		l61_tx_linear++;
	incl	l61_tx_linear	# l61_tx_linear
	jmp	.L185	#
	.p2align 4,,10
	.p2align 3
.L234:
# platform-c/hv/net61.c:346: 		ret = L61(frame_csum)(skb, (const u8 *)(page + req.offset), req.size, features);
	movl	-52(%ebp), %eax	# %sfp, features
	movl	%esi, %ecx	# req$size,
	movl	%eax, (%esp)	# features,
	movl	%edi, %eax	# skb,
	movl	-48(%ebp), %edx	# %sfp,
	call	l61_frame_csum	#
# platform-c/hv/net61.c:346: 		ret = L61(frame_csum)(skb, (const u8 *)(page + req.offset), req.size, features);
	movl	%eax, -16(%ebp)	# _27, ret
# platform-c/hv/net61.c:347: 		if (ret < 0) {
	testl	%eax, %eax	# _27
	js	.L238	#,
# platform-c/hv/net61.c:352: 		if (ret)
	je	.L183	#,
# platform-c/hv/net61.c:353: 			l61_tx_csum_nic++;
	incl	l61_tx_csum_nic	# l61_tx_csum_nic
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L183:
# platform-c/hv/net61.c:355: 			l61_tx_csum_sw++;
	incl	l61_tx_csum_sw	# l61_tx_csum_sw
	jmp	.L181	#
	.p2align 4,,10
	.p2align 3
.L233:
# platform-c/hv/net61.c:297: 		(*slot)->frag_mfn = mfn;
	movl	-40(%ebp), %eax	# %sfp, tmp306
	movl	-28(%ebp), %ecx	# %sfp, iftmp.47_172
	movl	-56(%ebp), %edx	# %sfp, iftmp.27_83
	addl	%ecx, %eax	# iftmp.47_172, tmp230
	leal	l61_skbs(,%eax,4), %eax	#, tmp232
	movl	%edx, 8(%eax)	# iftmp.27_83, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].frag_mfn
# platform-c/hv/net61.c:298: 		pool_p2m_bind((*slot)->page, mfn);
	movl	4(%eax), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].page, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].page
	call	pool_p2m_bind	#
	jmp	.L180	#
	.p2align 4,,10
	.p2align 3
.L235:
# platform-c/hv/net61.c:370: 			hv_stats.xmit_ok++;
	movl	%edx, -20(%ebp)	# <retval>, %sfp
# platform-c/hv/net61.c:372: 			nd = svm_try(dom0.netdev);
	movl	dom0, %eax	# dom0.netdev,
# platform-c/hv/net61.c:370: 			hv_stats.xmit_ok++;
	incl	hv_stats+8	# hv_stats.xmit_ok
# platform-c/hv/net61.c:372: 			nd = svm_try(dom0.netdev);
	call	svm_try	#
# platform-c/hv/net61.c:373: 			q = nd ? L32(nd, net_device, _tx) : 0;
	movl	-20(%ebp), %edx	# %sfp, <retval>
	testl	%eax, %eax	# nd
	je	.L156	#,
# platform-c/hv/net61.c:373: 			q = nd ? L32(nd, net_device, _tx) : 0;
	movl	576(%eax), %ebx	# MEM[(volatile u32 *)nd_123 + 576B], iftmp.42_125
# platform-c/hv/net61.c:374: 			if (q)
	testl	%ebx, %ebx	# iftmp.42_125
	je	.L156	#,
# platform-c/hv/net61.c:375: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	l61_place+8, %ecx	# l61_place.jiffies, _51
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _51, tmp284
	shrl	$12, %eax	#, tmp284
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _144
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_144].tag, off
	xorl	%ecx, %esi	# _51, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L189	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_144].mapped,
	addl	%edi, %esi	#, _152
.L190:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %ecx	# iftmp.42_125, tmp288
	shrl	$12, %ecx	#, tmp288
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _132
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_132].tag, off
	xorl	%ebx, %eax	# iftmp.42_125, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L191	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_132].mapped,
	addl	%ebx, %eax	#, _140
.L192:
# platform-c/hv/net61.c:375: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	(%esi), %ecx	# MEM[(volatile u32 *)_154], _54
# platform-c/hv/net61.c:375: 				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	%ecx, 72(%eax)	# _54, MEM[(volatile u32 *)_142 + 72B]
	jmp	.L156	#
	.p2align 4,,10
	.p2align 3
.L159:
# platform-c/hv/net61.c:312: 		return HC_EFAULT;
	movl	$-14, %edx	#, <retval>
	jmp	.L156	#
.L178:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# skb,
	call	svm_slow_hv	#
	jmp	.L179	#
.L231:
# platform-c/hv/net61.c:325: 		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
	movl	dom0, %edx	# dom0.netdev,
	movl	$.LC10, %ecx	#,
	movl	$1, %eax	#,
	call	__hw_report	#
	.p2align 4
	.p2align 3
.L165:
# platform-c/hv/net61.c:322: 		return HC_ENODEV;
	movl	$-19, %edx	#, <retval>
	jmp	.L156	#
.L191:
	movl	%edx, -20(%ebp)	# <retval>, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# iftmp.42_125,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, <retval>
	jmp	.L192	#
.L189:
	movl	%edx, -20(%ebp)	# <retval>, %sfp
	movl	%ecx, %eax	# _51,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, <retval>
	movl	%eax, %esi	# tmp332, _152
	jmp	.L190	#
.L238:
# platform-c/hv/net61.c:348: 			slot->tx_guest = 0;
	imull	$20, -28(%ebp), %eax	#, %sfp, tmp246
	movw	$0, l61_skbs+14(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][iftmp.47_172].tx_guest
# platform-c/hv/net61.c:349: 			L61(free_skb)(skb);
	movl	%edi, %eax	# skb,
	call	l61_free_skb	#
.L162:
# platform-c/hv/net61.c:316: 		return HC_EINVAL;
	movl	$-22, %edx	#, <retval>
	jmp	.L156	#
.L230:
# platform-c/hv/net61.c:386: }
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
	.globl	l61_tx_csum_sw
	.align 4
	.type	l61_tx_csum_sw, @object
	.size	l61_tx_csum_sw, 4
l61_tx_csum_sw:
	.zero	4
	.globl	l61_tx_csum_nic
	.align 4
	.type	l61_tx_csum_nic, @object
	.size	l61_tx_csum_nic, 4
l61_tx_csum_nic:
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
