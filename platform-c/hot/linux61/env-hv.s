	.file	"env-hv.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	hash_put, @function
hash_put:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:48: 	return (key * 2654435761U) >> (32 - 12);
	movl	$4096, %ecx	#, ivtmp_3
# platform-c/hot/linux61/env-hv.c:52: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:52: {
	movl	%eax, %ebx	# tmp97, key
# platform-c/hot/linux61/env-hv.c:48: 	return (key * 2654435761U) >> (32 - 12);
	imull	$-1640531535, %eax, %eax	#, key, tmp91
# platform-c/hot/linux61/env-hv.c:48: 	return (key * 2654435761U) >> (32 - 12);
	shrl	$20, %eax	#, i
	.p2align 4
	.p2align 3
.L5:
# platform-c/hot/linux61/env-hv.c:56: 		if (hash_val[i] && hash_key[i] == key)
	cmpl	$0, hash_val(,%eax,4)	#, hash_val[i_19]
	jne	.L11	#,
# platform-c/hot/linux61/env-hv.c:59: 			hash_key[i] = key;
	movl	%ebx, hash_key(,%eax,4)	# key, hash_key[i_19]
# platform-c/hot/linux61/env-hv.c:65: }
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:60: 			hash_val[i] = val;
	movl	%edx, hash_val(,%eax,4)	# val, hash_val[i_19]
# platform-c/hot/linux61/env-hv.c:61: 			return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:65: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L11:
# platform-c/hot/linux61/env-hv.c:56: 		if (hash_val[i] && hash_key[i] == key)
	cmpl	%ebx, hash_key(,%eax,4)	# key, hash_key[i_19]
	je	.L6	#,
# platform-c/hot/linux61/env-hv.c:55: 	for (n = 0; n < HASH_SIZE; n++, i = (i + 1) & (HASH_SIZE - 1)) {
	incl	%eax	# _4
# platform-c/hot/linux61/env-hv.c:55: 	for (n = 0; n < HASH_SIZE; n++, i = (i + 1) & (HASH_SIZE - 1)) {
	andl	$4095, %eax	#, i
# platform-c/hot/linux61/env-hv.c:55: 	for (n = 0; n < HASH_SIZE; n++, i = (i + 1) & (HASH_SIZE - 1)) {
	decl	%ecx	# ivtmp_3
	jne	.L5	#,
.L6:
# platform-c/hot/linux61/env-hv.c:65: }
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:57: 			return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:65: }
	popl	%ebp	#
	ret	
	.size	hash_put, .-hash_put
	.p2align 4
	.type	hash_get, @function
hash_get:
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp106, key
# platform-c/hot/linux61/env-hv.c:48: 	return (key * 2654435761U) >> (32 - 12);
	imull	$-1640531535, %eax, %eax	#, key, tmp94
# platform-c/hot/linux61/env-hv.c:68: {
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:68: {
	movl	%edx, %ebx	# tmp107, kind
# platform-c/hot/linux61/env-hv.c:48: 	return (key * 2654435761U) >> (32 - 12);
	movl	$4096, %edx	#, ivtmp_7
	shrl	$20, %eax	#, i
	jmp	.L13	#
	.p2align 4,,10
	.p2align 3
.L16:
# platform-c/hot/linux61/env-hv.c:72: 		if (hash_key[i] == key)
	cmpl	%ecx, hash_key(,%eax,4)	# key, hash_key[i_2]
	je	.L20	#,
# platform-c/hot/linux61/env-hv.c:71: 	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
	incl	%eax	# _5
# platform-c/hot/linux61/env-hv.c:71: 	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
	andl	$4095, %eax	#, i
# platform-c/hot/linux61/env-hv.c:71: 	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
	decl	%edx	# ivtmp_7
	je	.L18	#,
.L13:
# platform-c/hot/linux61/env-hv.c:71: 	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
	movl	hash_val(,%eax,4), %esi	# hash_val[i_2], _6
# platform-c/hot/linux61/env-hv.c:71: 	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
	testl	%esi, %esi	# _6
	jne	.L16	#,
.L18:
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	movl	$-1, %eax	#, <retval>
.L12:
# platform-c/hot/linux61/env-hv.c:75: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L20:
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	movl	%esi, %edx	# _6, tmp96
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	shrl	$16, %edx	#, tmp96
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	cmpl	%ebx, %edx	# kind, tmp96
	jne	.L12	#,
# platform-c/hot/linux61/env-hv.c:75: }
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	movzwl	%si, %esi	# _6, _6
# platform-c/hot/linux61/env-hv.c:73: 			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	leal	-1(%esi), %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:75: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	hash_get, .-hash_get
	.p2align 4
	.globl	l61_pool_skb_index
	.type	l61_pool_skb_index, @function
l61_pool_skb_index:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:78: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:80: }
	popl	%ebp	#
	ret	
	.size	l61_pool_skb_index, .-l61_pool_skb_index
	.p2align 4
	.globl	l61_pool_page_index
	.type	l61_pool_page_index, @function
l61_pool_page_index:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:84: 	return hash_get(page, L61_KIND_PAGE);
	movl	$2, %edx	#,
# platform-c/hot/linux61/env-hv.c:83: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:84: 	return hash_get(page, L61_KIND_PAGE);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:85: }
	popl	%ebp	#
	ret	
	.size	l61_pool_page_index, .-l61_pool_page_index
	.p2align 4
	.globl	l61_hv_boot
	.type	l61_hv_boot, @function
l61_hv_boot:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:95: 	l61_place.vmalloc_start = vmalloc_start;
	movl	%eax, l61_place	# tmp95, l61_place.vmalloc_start
# platform-c/hot/linux61/env-hv.c:98: 	l61_place.softnet = softnet;
	movl	8(%ebp), %eax	# softnet, softnet
# platform-c/hot/linux61/env-hv.c:96: 	l61_place.vmalloc_end = vmalloc_end;
	movl	%edx, l61_place+4	# tmp96, l61_place.vmalloc_end
# platform-c/hot/linux61/env-hv.c:97: 	l61_place.jiffies = jiffies;
	movl	%ecx, l61_place+8	# tmp97, l61_place.jiffies
# platform-c/hot/linux61/env-hv.c:98: 	l61_place.softnet = softnet;
	movl	%eax, l61_place+12	# softnet, l61_place.softnet
# platform-c/hot/linux61/env-hv.c:99: 	l61_place.softirq_pending = pending;
	movl	12(%ebp), %eax	# pending, pending
	movl	%eax, l61_place+16	# pending, l61_place.softirq_pending
# platform-c/hot/linux61/env-hv.c:100: 	l61_dom0_backlog_head = backlog_head;
	movl	16(%ebp), %eax	# backlog_head, backlog_head
	movl	%eax, l61_dom0_backlog_head	# backlog_head, l61_dom0_backlog_head
# platform-c/hot/linux61/env-hv.c:101: 	l61_dom0_backlog_tail = backlog_tail;
	movl	20(%ebp), %eax	# backlog_tail, backlog_tail
	movl	%eax, l61_dom0_backlog_tail	# backlog_tail, l61_dom0_backlog_tail
# platform-c/hot/linux61/env-hv.c:102: 	l61_dom0_backlog_qlen = backlog_qlen;
	movl	24(%ebp), %eax	# backlog_qlen, backlog_qlen
# platform-c/hot/linux61/env-hv.c:104: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:102: 	l61_dom0_backlog_qlen = backlog_qlen;
	movl	%eax, l61_dom0_backlog_qlen	# backlog_qlen, l61_dom0_backlog_qlen
# platform-c/hot/linux61/env-hv.c:103: 	hv_l61 = 1;
	movl	$1, %eax	#,
	movl	%eax, hv_l61	#, hv_l61
# platform-c/hot/linux61/env-hv.c:104: }
	ret	
	.size	l61_hv_boot, .-l61_hv_boot
	.p2align 4
	.globl	l61_pool_add
	.type	l61_pool_add, @function
l61_pool_add:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp158, va
	subl	$4, %esp	#,
# platform-c/hot/linux61/env-hv.c:113: 	if (kind == L61_KIND_SKB && l61_pool_nskbs < L61_POOL) {
	testl	%eax, %eax	# kind
	jne	.L28	#,
# platform-c/hot/linux61/env-hv.c:113: 	if (kind == L61_KIND_SKB && l61_pool_nskbs < L61_POOL) {
	movl	l61_pool_nskbs, %edx	# l61_pool_nskbs, l61_pool_nskbs.1_52
# platform-c/hot/linux61/env-hv.c:113: 	if (kind == L61_KIND_SKB && l61_pool_nskbs < L61_POOL) {
	cmpl	$511, %edx	#, l61_pool_nskbs.1_52
	jbe	.L29	#,
.L31:
# platform-c/hot/linux61/env-hv.c:136: }
	popl	%edx	#
# platform-c/hot/linux61/env-hv.c:115: 			return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:136: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L28:
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	cmpl	$1, %eax	#, kind
	jne	.L33	#,
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	testl	%ecx, %ecx	# frag_size
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	movl	l61_pool_nfrags, %esi	# l61_pool_nfrags, l61_pool_nfrags.8_11
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	je	.L31	#,
	cmpl	$511, %esi	#, l61_pool_nfrags.8_11
	ja	.L31	#,
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	movl	%edx, %eax	# va, tmp135
	xorl	%edx, %edx	# tmp134
	divl	%ecx	# frag_size
# platform-c/hot/linux61/env-hv.c:120: 	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	testl	%edx, %edx	# tmp134
	jne	.L31	#,
# platform-c/hot/linux61/env-hv.c:121: 	    (!l61_pool_frag_size || frag_size == l61_pool_frag_size)) {
	movl	l61_pool_frag_size, %eax	# l61_pool_frag_size, l61_pool_frag_size.9_13
# platform-c/hot/linux61/env-hv.c:121: 	    (!l61_pool_frag_size || frag_size == l61_pool_frag_size)) {
	cmpl	%ecx, %eax	# frag_size, l61_pool_frag_size.9_13
	je	.L35	#,
	testl	%eax, %eax	# l61_pool_frag_size.9_13
	jne	.L31	#,
.L35:
	movl	%ecx, -12(%ebp)	# frag_size, %sfp
# platform-c/hot/linux61/env-hv.c:122: 		if (hash_put(va, L61_KIND_FRAG << 16 | (l61_pool_nfrags + 1)))
	leal	1(%esi), %edx	#, tmp140
# platform-c/hot/linux61/env-hv.c:122: 		if (hash_put(va, L61_KIND_FRAG << 16 | (l61_pool_nfrags + 1)))
	movl	%ebx, %eax	# va,
	orl	$65536, %edx	#, tmp141
	call	hash_put	#
# platform-c/hot/linux61/env-hv.c:122: 		if (hash_put(va, L61_KIND_FRAG << 16 | (l61_pool_nfrags + 1)))
	testl	%eax, %eax	# tmp161
	jne	.L31	#,
# platform-c/hot/linux61/env-hv.c:124: 		l61_pool_frags[l61_pool_nfrags] = va;
	movl	l61_pool_nfrags, %eax	# l61_pool_nfrags, l61_pool_nfrags.12_17
# platform-c/hot/linux61/env-hv.c:125: 		l61_pool_frag_size = frag_size;
	movl	-12(%ebp), %ecx	# %sfp, frag_size
# platform-c/hot/linux61/env-hv.c:124: 		l61_pool_frags[l61_pool_nfrags] = va;
	movl	%ebx, l61_pool_frags(,%eax,4)	# va, l61_pool_frags[l61_pool_nfrags.12_17]
# platform-c/hot/linux61/env-hv.c:126: 		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
	leal	1(%eax), %edx	#, tmp143
	movl	%edx, l61_pool_nfrags	# tmp143, l61_pool_nfrags
# platform-c/hot/linux61/env-hv.c:126: 		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
	movl	frag_nfree, %edx	# frag_nfree, frag_nfree.15_19
# platform-c/hot/linux61/env-hv.c:125: 		l61_pool_frag_size = frag_size;
	movl	%ecx, l61_pool_frag_size	# frag_size, l61_pool_frag_size
# platform-c/hot/linux61/env-hv.c:126: 		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
	movw	%ax, frag_free_list(%edx,%edx)	# l61_pool_nfrags.12_17, frag_free_list[frag_nfree.15_19]
# platform-c/hot/linux61/env-hv.c:126: 		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
	leal	1(%edx), %ecx	#, tmp144
# platform-c/hot/linux61/env-hv.c:118: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:126: 		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
	movl	%ecx, frag_nfree	# tmp144, frag_nfree
.L46:
# platform-c/hot/linux61/env-hv.c:136: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hot/linux61/env-hv.c:129: 	if (kind == L61_KIND_PAGE && l61_pool_npages < l61_pool_nskbs) {
	cmpl	$2, %eax	#, kind
	jne	.L31	#,
# platform-c/hot/linux61/env-hv.c:129: 	if (kind == L61_KIND_PAGE && l61_pool_npages < l61_pool_nskbs) {
	movl	l61_pool_npages, %edx	# l61_pool_npages, l61_pool_npages.17_22
# platform-c/hot/linux61/env-hv.c:129: 	if (kind == L61_KIND_PAGE && l61_pool_npages < l61_pool_nskbs) {
	cmpl	l61_pool_nskbs, %edx	# l61_pool_nskbs, l61_pool_npages.17_22
	jnb	.L31	#,
# platform-c/hot/linux61/env-hv.c:130: 		if (hash_put(va, L61_KIND_PAGE << 16 | (l61_pool_npages + 1)))
	incl	%edx	# tmp146
# platform-c/hot/linux61/env-hv.c:130: 		if (hash_put(va, L61_KIND_PAGE << 16 | (l61_pool_npages + 1)))
	movl	%ebx, %eax	# va,
	orl	$131072, %edx	#, tmp147
	call	hash_put	#
# platform-c/hot/linux61/env-hv.c:130: 		if (hash_put(va, L61_KIND_PAGE << 16 | (l61_pool_npages + 1)))
	testl	%eax, %eax	# tmp162
	jne	.L31	#,
# platform-c/hot/linux61/env-hv.c:132: 		l61_skbs[l61_pool_npages++].page = va;
	movl	l61_pool_npages, %eax	# l61_pool_npages, l61_pool_npages.20_27
	leal	1(%eax), %edx	#, tmp148
	movl	%edx, l61_pool_npages	# tmp148, l61_pool_npages
# platform-c/hot/linux61/env-hv.c:132: 		l61_skbs[l61_pool_npages++].page = va;
	leal	(%eax,%eax,4), %eax	#, tmp152
	movl	%ebx, l61_skbs+4(,%eax,4)	# va, l61_skbs[l61_pool_npages.20_27].page
# platform-c/hot/linux61/env-hv.c:118: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L46	#
	.p2align 4,,10
	.p2align 3
.L29:
# platform-c/hot/linux61/env-hv.c:114: 		if (hash_put(va, L61_KIND_SKB << 16 | (l61_pool_nskbs + 1)))
	incl	%edx	# tmp118
	movl	%ebx, %eax	# va,
	call	hash_put	#
# platform-c/hot/linux61/env-hv.c:114: 		if (hash_put(va, L61_KIND_SKB << 16 | (l61_pool_nskbs + 1)))
	testl	%eax, %eax	# tmp160
	jne	.L31	#,
# platform-c/hot/linux61/env-hv.c:116: 		l61_skbs[l61_pool_nskbs].skb = va;
	movl	l61_pool_nskbs, %eax	# l61_pool_nskbs, l61_pool_nskbs.3_5
# platform-c/hot/linux61/env-hv.c:116: 		l61_skbs[l61_pool_nskbs].skb = va;
	leal	(%eax,%eax,4), %edx	#, tmp123
	movl	%ebx, l61_skbs(,%edx,4)	# va, l61_skbs[l61_pool_nskbs.3_5].skb
# platform-c/hot/linux61/env-hv.c:117: 		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
	leal	1(%eax), %edx	#, tmp126
	movl	%edx, l61_pool_nskbs	# tmp126, l61_pool_nskbs
# platform-c/hot/linux61/env-hv.c:117: 		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
	movl	skb_nfree, %edx	# skb_nfree, skb_nfree.6_8
# platform-c/hot/linux61/env-hv.c:117: 		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
	movw	%ax, skb_free_list(%edx,%edx)	# l61_pool_nskbs.3_5, skb_free_list[skb_nfree.6_8]
# platform-c/hot/linux61/env-hv.c:117: 		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
	leal	1(%edx), %ecx	#, tmp127
# platform-c/hot/linux61/env-hv.c:118: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:117: 		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
	movl	%ecx, skb_nfree	# tmp127, skb_nfree
	jmp	.L46	#
	.size	l61_pool_add, .-l61_pool_add
	.p2align 4
	.globl	l61env_irq_save
	.type	l61env_irq_save, @function
l61env_irq_save:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:140: 	volatile u8 *mask = env_irq_mask();
	call	env_irq_mask	#
# platform-c/hot/linux61/env-hv.c:141: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	movzbl	(%eax), %edx	# *mask_5, _1
# platform-c/hot/linux61/env-hv.c:143: 	*mask = 1;
	movb	$1, (%eax)	#, *mask_5
# platform-c/hot/linux61/env-hv.c:141: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	xorl	%eax, %eax	# tmp88
# platform-c/hot/linux61/env-hv.c:145: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:141: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	testb	%dl, %dl	# _1
	sete	%al	#, tmp88
	sall	$9, %eax	#, tmp87
# platform-c/hot/linux61/env-hv.c:145: }
	ret	
	.size	l61env_irq_save, .-l61env_irq_save
	.p2align 4
	.globl	l61env_irq_restore
	.type	l61env_irq_restore, @function
l61env_irq_restore:
# platform-c/hot/linux61/env-hv.c:149: 	if (flags & L_X86_EFLAGS_IF)
	testb	$2, %ah	#, tmp86
	jne	.L58	#,
	ret	
	.p2align 4,,10
	.p2align 3
.L58:
# platform-c/hot/linux61/env-hv.c:148: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:150: 		*env_irq_mask() = 0;
	call	env_irq_mask	#
# platform-c/hot/linux61/env-hv.c:150: 		*env_irq_mask() = 0;
	movb	$0, (%eax)	#, *_2
# platform-c/hot/linux61/env-hv.c:151: }
	popl	%ebp	#
	.p2align 4,,2
	ret	
	.size	l61env_irq_restore, .-l61env_irq_restore
	.p2align 4
	.globl	l61env_skb_built
	.type	l61env_skb_built, @function
l61env_skb_built:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:182: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:182: {
	movl	%eax, %ebx	# tmp103, skb
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:185: 	if (i >= 0 && l61_skbs[i].out)
	testl	%eax, %eax	# _18
	js	.L59	#,
# platform-c/hot/linux61/env-hv.c:185: 	if (i >= 0 && l61_skbs[i].out)
	leal	(%eax,%eax,4), %eax	#, tmp95
# platform-c/hot/linux61/env-hv.c:185: 	if (i >= 0 && l61_skbs[i].out)
	cmpb	$0, l61_skbs+12(,%eax,4)	#, l61_skbs[_18].out
	je	.L59	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %edx	# skb, tmp99
	shrl	$12, %edx	#, tmp99
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _7
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_7].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L61	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_7].mapped,
	addl	%ecx, %eax	#, _15
.L62:
# platform-c/hot/linux61/env-hv.c:186: 		L32((u8 *)D((void *)skb), sk_buff, users) = 2;
	movl	$2, %edx	#,
	movl	%edx, 180(%eax)	#, MEM[(volatile u32 *)_17 + 180B]
.L59:
# platform-c/hot/linux61/env-hv.c:187: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L61:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	jmp	.L62	#
	.size	l61env_skb_built, .-l61env_skb_built
	.p2align 4
	.globl	l61env_last_ref
	.type	l61env_last_ref, @function
l61env_last_ref:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:191: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:194: 	return i >= 0 && l61_skbs[i].out ? 2 : 1;
	testl	%eax, %eax	# _5
	js	.L66	#,
# platform-c/hot/linux61/env-hv.c:194: 	return i >= 0 && l61_skbs[i].out ? 2 : 1;
	leal	(%eax,%eax,4), %eax	#, tmp89
	leal	l61_skbs(,%eax,4), %eax	#, tmp91
# platform-c/hot/linux61/env-hv.c:194: 	return i >= 0 && l61_skbs[i].out ? 2 : 1;
	cmpb	$1, 12(%eax)	#, l61_skbs[_5].out
# platform-c/hot/linux61/env-hv.c:195: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:194: 	return i >= 0 && l61_skbs[i].out ? 2 : 1;
	sbbl	%eax, %eax	# <retval>
	addl	$2, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:195: }
	ret	
	.p2align 4,,10
	.p2align 3
.L66:
# platform-c/hot/linux61/env-hv.c:195: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:194: 	return i >= 0 && l61_skbs[i].out ? 2 : 1;
	movl	$1, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:195: }
	ret	
	.size	l61env_last_ref, .-l61env_last_ref
	.p2align 4
	.globl	l61env_skb_struct_free
	.type	l61env_skb_struct_free, @function
l61env_skb_struct_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:199: {
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:203: 	if (i < 0) {
	testl	%eax, %eax	# _18
	js	.L78	#,
# platform-c/hot/linux61/env-hv.c:208: 	if (!e->out)
	leal	0(,%eax,4), %esi	#, tmp156
	movl	%eax, %ebx	# tmp158, _18
	leal	(%esi,%eax), %eax	#, tmp99
# platform-c/hot/linux61/env-hv.c:208: 	if (!e->out)
	cmpb	$0, l61_skbs+12(,%eax,4)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].out
# platform-c/hot/linux61/env-hv.c:208: 	if (!e->out)
	leal	l61_skbs(,%eax,4), %edx	#, tmp101
# platform-c/hot/linux61/env-hv.c:208: 	if (!e->out)
	je	.L69	#,
# platform-c/hot/linux61/env-hv.c:210: 	if (e->tx_guest)
	movzwl	14(%edx), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].tx_guest, _4
# platform-c/hot/linux61/env-hv.c:210: 	if (e->tx_guest)
	testl	%eax, %eax	# _4
	jne	.L79	#,
.L72:
# platform-c/hot/linux61/env-hv.c:212: 	e->tx_guest = 0;
	leal	(%esi,%ebx), %eax	#, tmp121
	leal	l61_skbs(,%eax,4), %eax	#, tmp123
	movw	$0, 14(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].tx_guest
# platform-c/hot/linux61/env-hv.c:213: 	if (e->frag_mfn)
	movl	8(%eax), %edx	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].frag_mfn,
	testl	%edx, %edx	#
	jne	.L80	#,
.L73:
# platform-c/hot/linux61/env-hv.c:215: 	e->frag_mfn = 0;
	addl	%ebx, %esi	# _18, tmp143
	leal	l61_skbs(,%esi,4), %eax	#, tmp145
	movl	$0, 8(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].frag_mfn
# platform-c/hot/linux61/env-hv.c:216: 	e->out = 0;
	movb	$0, 12(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].out
# platform-c/hot/linux61/env-hv.c:217: 	skb_free_list[skb_nfree++] = i;
	movl	skb_nfree, %eax	# skb_nfree, skb_nfree.33_10
# platform-c/hot/linux61/env-hv.c:217: 	skb_free_list[skb_nfree++] = i;
	movw	%bx, skb_free_list(%eax,%eax)	# _18, skb_free_list[skb_nfree.33_10]
# platform-c/hot/linux61/env-hv.c:217: 	skb_free_list[skb_nfree++] = i;
	leal	1(%eax), %edx	#, tmp154
	movl	%edx, skb_nfree	# tmp154, skb_nfree
.L69:
# platform-c/hot/linux61/env-hv.c:218: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L78:
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:204: 		l61_foreign_frees++;
	incl	l61_foreign_frees	# l61_foreign_frees
# platform-c/hot/linux61/env-hv.c:218: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L79:
# platform-c/hot/linux61/env-hv.c:211: 		guest_tx_complete(e->tx_guest, e->tx_id);
	movzwl	16(%edx), %edx	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].tx_id, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].tx_id
	call	guest_tx_complete	#
	jmp	.L72	#
	.p2align 4,,10
	.p2align 3
.L80:
# platform-c/hot/linux61/env-hv.c:214: 		pool_p2m_bind(e->page, 0);
	movl	4(%eax), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].page, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_18].page
	xorl	%edx, %edx	#
	call	pool_p2m_bind	#
	.p2align 4,,3
	jmp	.L73	#
	.size	l61env_skb_struct_free, .-l61env_skb_struct_free
	.p2align 4
	.globl	l61env_frag_free
	.type	l61env_frag_free, @function
l61env_frag_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	movl	l61_pool_frag_size, %ecx	# l61_pool_frag_size, l61_pool_frag_size.39_13
# platform-c/hot/linux61/env-hv.c:266: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:266: {
	movl	%eax, %ebx	# tmp103, va
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	testl	%ecx, %ecx	# l61_pool_frag_size.39_13
	je	.L82	#,
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	xorl	%edx, %edx	# tmp95
	divl	%ecx	# l61_pool_frag_size.39_13
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	movl	%ebx, %eax	# va, tmp97
	subl	%edx, %eax	# tmp95, tmp97
	movl	$1, %edx	#,
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:269: 	if (i < 0) {
	testl	%eax, %eax	# iftmp.38_16
	js	.L82	#,
# platform-c/hot/linux61/env-hv.c:274: 	if (!l61_frag_out[i])
	cmpb	$0, l61_frag_out(%eax)	#, l61_frag_out[iftmp.38_16]
	je	.L81	#,
# platform-c/hot/linux61/env-hv.c:276: 	l61_frag_out[i] = 0;
	movb	$0, l61_frag_out(%eax)	#, l61_frag_out[iftmp.38_16]
# platform-c/hot/linux61/env-hv.c:277: 	frag_free_list[frag_nfree++] = i;
	movl	frag_nfree, %edx	# frag_nfree, frag_nfree.48_2
# platform-c/hot/linux61/env-hv.c:277: 	frag_free_list[frag_nfree++] = i;
	movw	%ax, frag_free_list(%edx,%edx)	# iftmp.38_16, frag_free_list[frag_nfree.48_2]
# platform-c/hot/linux61/env-hv.c:277: 	frag_free_list[frag_nfree++] = i;
	leal	1(%edx), %ecx	#, tmp101
	movl	%ecx, frag_nfree	# tmp101, frag_nfree
.L81:
# platform-c/hot/linux61/env-hv.c:278: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L82:
# platform-c/hot/linux61/env-hv.c:270: 		l61_handed_back++;
	incl	l61_handed_back	# l61_handed_back
# platform-c/hot/linux61/env-hv.c:271: 		__hw_hand_back(va | HAND_BACK_FRAG);
	movl	%ebx, %eax	# va, va
	orl	$1, %eax	#, va
	call	__hw_hand_back	#
# platform-c/hot/linux61/env-hv.c:278: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61env_frag_free, .-l61env_frag_free
	.p2align 4
	.globl	l61env_skb_free
	.type	l61env_skb_free, @function
l61env_skb_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:226: {
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp122, skb
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/hot/linux61/env-hv.c:79: 	return hash_get(skb, L61_KIND_SKB);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:231: 	if (l61_pool_skb_index(skb) >= 0) {
	testl	%eax, %eax	# tmp123
# platform-c/hot/linux61/env-hv.c:232: 		L61(free_skb)(skb);
	movl	%ebx, %eax	# skb,
# platform-c/hot/linux61/env-hv.c:231: 	if (l61_pool_skb_index(skb) >= 0) {
	jns	.L106	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %eax	#, tmp109
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _18
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_18].tag, off
	xorl	%ebx, %edx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L92	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_18].mapped, off
	addl	%edx, %esi	# off, off
.L93:
# platform-c/hot/linux61/env-hv.c:236: 	head = L32(s, sk_buff, head);
	movl	168(%esi), %edi	# MEM[(volatile u32 *)_28 + 168B], head
# platform-c/hot/linux61/env-hv.c:237: 	f = head && LBIT(s, sk_buff, head_frag) ? frag_index(head) : -1;
	testl	%edi, %edi	# head
	jne	.L107	#,
.L95:
# platform-c/hot/linux61/env-hv.c:242: 	l61_handed_back++;
	incl	l61_handed_back	# l61_handed_back
# platform-c/hot/linux61/env-hv.c:243: 	__hw_hand_back(skb | HAND_BACK_SKB);
	movl	%ebx, %eax	# skb,
	call	__hw_hand_back	#
# platform-c/hot/linux61/env-hv.c:244: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L107:
# platform-c/hot/linux61/env-hv.c:237: 	f = head && LBIT(s, sk_buff, head_frag) ? frag_index(head) : -1;
	movzbl	98(%esi), %eax	# MEM[(volatile u8 *)_28 + 98B], _1
# platform-c/hot/linux61/env-hv.c:237: 	f = head && LBIT(s, sk_buff, head_frag) ? frag_index(head) : -1;
	andb	$32, %al	#, tmp113
	je	.L95	#,
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	movl	l61_pool_frag_size, %ecx	# l61_pool_frag_size, l61_pool_frag_size.39_47
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	testl	%ecx, %ecx	# l61_pool_frag_size.39_47
	je	.L95	#,
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	xorl	%edx, %edx	# tmp115
	movl	%edi, %eax	# head, tmp116
	divl	%ecx	# l61_pool_frag_size.39_47
# platform-c/hot/linux61/env-hv.c:89: 	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
	movl	%edi, %eax	# head, tmp117
	subl	%edx, %eax	# tmp115, tmp117
	movl	$1, %edx	#,
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:238: 	if (f >= 0 && !L8((u8 *)D((void *)L32(s, sk_buff, end)), skb_shared_info, nr_frags)) {
	testl	%eax, %eax	# tmp125
	js	.L95	#,
# platform-c/hot/linux61/env-hv.c:238: 	if (f >= 0 && !L8((u8 *)D((void *)L32(s, sk_buff, end)), skb_shared_info, nr_frags)) {
	movl	164(%esi), %ecx	# MEM[(volatile u32 *)_28 + 164B], _2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _2, tmp118
	shrl	$12, %edx	#, tmp118
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _30
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_30].tag, off
	xorl	%ecx, %eax	# _2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L97	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_30].mapped,
	addl	%ecx, %eax	#, _38
.L98:
# platform-c/hot/linux61/env-hv.c:238: 	if (f >= 0 && !L8((u8 *)D((void *)L32(s, sk_buff, end)), skb_shared_info, nr_frags)) {
	movzbl	2(%eax), %eax	# MEM[(volatile u8 *)_40 + 2B], _3
# platform-c/hot/linux61/env-hv.c:238: 	if (f >= 0 && !L8((u8 *)D((void *)L32(s, sk_buff, end)), skb_shared_info, nr_frags)) {
	testb	%al, %al	# _3
	jne	.L95	#,
# platform-c/hot/linux61/env-hv.c:239: 		l61env_frag_free(head);
	movl	%edi, %eax	# head,
	call	l61env_frag_free	#
# platform-c/hot/linux61/env-hv.c:240: 		L32(s, sk_buff, head) = 0;
	xorl	%eax, %eax	#
	movl	%eax, 168(%esi)	#, MEM[(volatile u32 *)_28 + 168B]
	jmp	.L95	#
	.p2align 4,,10
	.p2align 3
.L106:
# platform-c/hot/linux61/env-hv.c:232: 		L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hot/linux61/env-hv.c:244: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L92:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp124, _26
	jmp	.L93	#
	.p2align 4,,10
	.p2align 3
.L97:
	movl	%ecx, %eax	# _2,
	call	svm_slow_hv	#
	.p2align 4,,4
	jmp	.L98	#
	.size	l61env_skb_free, .-l61env_skb_free
	.p2align 4
	.globl	l61env_head_free
	.type	l61env_head_free, @function
l61env_head_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:284: 	__hw_hand_back(va | HAND_BACK_HEAD);
	orl	$2, %eax	#, tmp86
# platform-c/hot/linux61/env-hv.c:283: 	l61_handed_back++;
	incl	l61_handed_back	# l61_handed_back
# platform-c/hot/linux61/env-hv.c:282: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:284: 	__hw_hand_back(va | HAND_BACK_HEAD);
	call	__hw_hand_back	#
# platform-c/hot/linux61/env-hv.c:285: }
	popl	%ebp	#
	ret	
	.size	l61env_head_free, .-l61env_head_free
	.p2align 4
	.globl	l61env_put_page
	.type	l61env_put_page, @function
l61env_put_page:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:84: 	return hash_get(page, L61_KIND_PAGE);
	movl	$2, %edx	#,
# platform-c/hot/linux61/env-hv.c:289: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:289: {
	movl	%eax, %ebx	# tmp88, page
# platform-c/hot/linux61/env-hv.c:84: 	return hash_get(page, L61_KIND_PAGE);
	call	hash_get	#
# platform-c/hot/linux61/env-hv.c:290: 	if (l61_pool_page_index(page) >= 0)
	testl	%eax, %eax	# tmp89
	jns	.L110	#,
# platform-c/hot/linux61/env-hv.c:292: 	l61_handed_back++;
	incl	l61_handed_back	# l61_handed_back
# platform-c/hot/linux61/env-hv.c:293: 	__hw_hand_back(page | HAND_BACK_PAGE);
	movl	%ebx, %eax	# page, page
	orl	$3, %eax	#, page
	call	__hw_hand_back	#
.L110:
# platform-c/hot/linux61/env-hv.c:294: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61env_put_page, .-l61env_put_page
	.p2align 4
	.globl	l61env_destructor
	.type	l61env_destructor, @function
l61env_destructor:
	pushl	%ebp	#
	movl	%eax, %edx	# tmp84, fn
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:298: 	env_warn(WARN_L61_DESTRUCTOR, fn);
	movl	$773, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/env-hv.c:299: }
	popl	%ebp	#
	ret	
	.size	l61env_destructor, .-l61env_destructor
	.p2align 4
	.globl	l61_pool_reclaim
	.type	l61_pool_reclaim, @function
l61_pool_reclaim:
# platform-c/hot/linux61/env-hv.c:306: 	for (i = 0; i < l61_pool_nskbs; i++) {
	movl	l61_pool_nskbs, %eax	# l61_pool_nskbs,
	testl	%eax, %eax	#
	je	.L126	#,
# platform-c/hot/linux61/env-hv.c:303: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
# platform-c/hot/linux61/env-hv.c:306: 	for (i = 0; i < l61_pool_nskbs; i++) {
	xorl	%esi, %esi	# i
# platform-c/hot/linux61/env-hv.c:303: {
	pushl	%ebx	#
	movl	$l61_skbs, %ebx	#, ivtmp.151
	.p2align 4
	.p2align 3
.L120:
# platform-c/hot/linux61/env-hv.c:310: 		if (!e->out || e->queued)
	cmpb	$0, 12(%ebx)	#, MEM <u8> [(struct l61_skb_slot *)_26 + 12B]
	je	.L118	#,
# platform-c/hot/linux61/env-hv.c:310: 		if (!e->out || e->queued)
	cmpb	$0, 13(%ebx)	#, MEM <u8> [(struct l61_skb_slot *)_26 + 13B]
	jne	.L118	#,
# platform-c/hot/linux61/env-hv.c:312: 		s = svm_try(e->skb);
	movl	(%ebx), %eax	# MEM <u32> [(struct l61_skb_slot *)_26], MEM <u32> [(struct l61_skb_slot *)_26]
	call	svm_try	#
# platform-c/hot/linux61/env-hv.c:313: 		if (s && L32(s, sk_buff, users) == 1) {
	testl	%eax, %eax	# s
	je	.L118	#,
# platform-c/hot/linux61/env-hv.c:313: 		if (s && L32(s, sk_buff, users) == 1) {
	movl	180(%eax), %eax	# MEM[(volatile u32 *)s_14 + 180B], _4
# platform-c/hot/linux61/env-hv.c:313: 		if (s && L32(s, sk_buff, users) == 1) {
	decl	%eax	# _4
	je	.L129	#,
	.p2align 4
	.p2align 3
.L118:
# platform-c/hot/linux61/env-hv.c:306: 	for (i = 0; i < l61_pool_nskbs; i++) {
	incl	%esi	# i
# platform-c/hot/linux61/env-hv.c:306: 	for (i = 0; i < l61_pool_nskbs; i++) {
	addl	$20, %ebx	#, ivtmp.151
	cmpl	l61_pool_nskbs, %esi	# l61_pool_nskbs, i
	jb	.L120	#,
# platform-c/hot/linux61/env-hv.c:318: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L129:
# platform-c/hot/linux61/env-hv.c:314: 			L61(free_skb)(e->skb);
	movl	(%ebx), %eax	# MEM <u32> [(struct l61_skb_slot *)_26], MEM <u32> [(struct l61_skb_slot *)_26]
	call	l61_free_skb	#
# platform-c/hot/linux61/env-hv.c:315: 			l61_reclaimed++;
	incl	l61_reclaimed	# l61_reclaimed
	jmp	.L118	#
	.p2align 4,,10
	.p2align 3
.L126:
	ret	
	.size	l61_pool_reclaim, .-l61_pool_reclaim
	.p2align 4
	.globl	l61env_skb_struct_alloc
	.type	l61env_skb_struct_alloc, @function
l61env_skb_struct_alloc:
# platform-c/hot/linux61/env-hv.c:159: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault, %eax	# hv_alloc_fault.kind, _1
# platform-c/hot/linux61/env-hv.c:159: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	testl	%eax, %eax	# _1
	je	.L131	#,
# platform-c/hot/linux61/env-hv.c:159: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault+12, %edx	# hv_alloc_fault.fired,
	testl	%edx, %edx	#
	je	.L148	#,
.L131:
# platform-c/hot/linux61/env-hv.c:155: {
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:168: 	if (!skb_nfree)
	movl	skb_nfree, %eax	# skb_nfree, skb_nfree.25_10
# platform-c/hot/linux61/env-hv.c:155: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:168: 	if (!skb_nfree)
	testl	%eax, %eax	# skb_nfree.25_10
	je	.L149	#,
.L134:
# platform-c/hot/linux61/env-hv.c:174: 	e = &l61_skbs[skb_free_list[--skb_nfree]];
	decl	%eax	# _14
# platform-c/hot/linux61/env-hv.c:176: 	e->tx_guest = 0;
	xorl	%edx, %edx	#
# platform-c/hot/linux61/env-hv.c:174: 	e = &l61_skbs[skb_free_list[--skb_nfree]];
	movl	%eax, skb_nfree	# _14, skb_nfree
# platform-c/hot/linux61/env-hv.c:174: 	e = &l61_skbs[skb_free_list[--skb_nfree]];
	movzwl	skb_free_list(%eax,%eax), %eax	# skb_free_list[_14], _16
# platform-c/hot/linux61/env-hv.c:178: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:175: 	e->out = 1;
	leal	(%eax,%eax,4), %eax	#, tmp119
	sall	$2, %eax	#, tmp120
	movb	$1, l61_skbs+12(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_16].out
# platform-c/hot/linux61/env-hv.c:176: 	e->tx_guest = 0;
	movw	%dx, l61_skbs+14(%eax)	#, MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_16].tx_guest
# platform-c/hot/linux61/env-hv.c:177: 	return e->skb;
	movl	l61_skbs(%eax), %eax	# MEM <struct l61_skb_slot[512]> [(struct l61_skb_slot *)&l61_skbs][_16].skb, <retval>
# platform-c/hot/linux61/env-hv.c:178: }
	ret	
	.p2align 4,,10
	.p2align 3
.L148:
# platform-c/hot/linux61/env-hv.c:159: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	movl	hv_alloc_fault+8, %ecx	# hv_alloc_fault.seen, tmp139
	leal	1(%ecx), %edx	#, _4
# platform-c/hot/linux61/env-hv.c:159: 	if (f->kind && !f->fired && ++f->seen == f->call) {
	cmpl	hv_alloc_fault+4, %edx	# hv_alloc_fault.call, _4
	movl	%edx, hv_alloc_fault+8	# _4, hv_alloc_fault.seen
	jne	.L131	#,
# platform-c/hot/linux61/env-hv.c:160: 		f->fired = 1;
	movl	$1, %ecx	#,
# platform-c/hot/linux61/env-hv.c:161: 		if (f->kind == 1)
	decl	%eax	# _1
# platform-c/hot/linux61/env-hv.c:160: 		f->fired = 1;
	movl	%ecx, hv_alloc_fault+12	#, hv_alloc_fault.fired
# platform-c/hot/linux61/env-hv.c:161: 		if (f->kind == 1)
	je	.L145	#,
# platform-c/hot/linux61/env-hv.c:164: 		if (!skb_nfree)
	movl	skb_nfree, %eax	# skb_nfree, skb_nfree.23_6
# platform-c/hot/linux61/env-hv.c:164: 		if (!skb_nfree)
	testl	%eax, %eax	# skb_nfree.23_6
	jne	.L150	#,
.L145:
# platform-c/hot/linux61/env-hv.c:162: 			return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:178: }
	ret	
	.p2align 4,,10
	.p2align 3
.L149:
# platform-c/hot/linux61/env-hv.c:169: 		l61_pool_reclaim();
	call	l61_pool_reclaim	#
# platform-c/hot/linux61/env-hv.c:170: 	if (!skb_nfree) {
	movl	skb_nfree, %eax	# skb_nfree, skb_nfree.25_10
# platform-c/hot/linux61/env-hv.c:170: 	if (!skb_nfree) {
	testl	%eax, %eax	# skb_nfree.25_10
	jne	.L134	#,
# platform-c/hot/linux61/env-hv.c:171: 		l61_pool_exhausted++;
	incl	l61_pool_exhausted	# l61_pool_exhausted
# platform-c/hot/linux61/env-hv.c:162: 			return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:178: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L150:
# platform-c/hot/linux61/env-hv.c:166: 		return l61_skbs[skb_free_list[skb_nfree - 1]].skb;
	movzwl	skb_free_list-2(%eax,%eax), %eax	# skb_free_list[_7], skb_free_list[_7]
# platform-c/hot/linux61/env-hv.c:166: 		return l61_skbs[skb_free_list[skb_nfree - 1]].skb;
	leal	(%eax,%eax,4), %eax	#, tmp112
	movl	l61_skbs(,%eax,4), %eax	# l61_skbs[_9].skb, <retval>
	ret	
	.size	l61env_skb_struct_alloc, .-l61env_skb_struct_alloc
	.p2align 4
	.globl	l61env_frag_alloc
	.type	l61env_frag_alloc, @function
l61env_frag_alloc:
# platform-c/hot/linux61/env-hv.c:250: 	if (fragsz > l61_pool_frag_size)
	cmpl	%eax, l61_pool_frag_size	# tmp97, l61_pool_frag_size
	jb	.L156	#,
# platform-c/hot/linux61/env-hv.c:247: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hot/linux61/env-hv.c:252: 	if (!frag_nfree) {
	movl	frag_nfree, %eax	# frag_nfree, frag_nfree.42_2
# platform-c/hot/linux61/env-hv.c:252: 	if (!frag_nfree) {
	testl	%eax, %eax	# frag_nfree.42_2
	je	.L159	#,
.L153:
# platform-c/hot/linux61/env-hv.c:259: 	i = frag_free_list[--frag_nfree];
	decl	%eax	# _7
# platform-c/hot/linux61/env-hv.c:259: 	i = frag_free_list[--frag_nfree];
	movl	%eax, frag_nfree	# _7, frag_nfree
	movzwl	frag_free_list(%eax,%eax), %eax	# frag_free_list[_7], i
# platform-c/hot/linux61/env-hv.c:260: 	l61_frag_out[i] = 1;
	movb	$1, l61_frag_out(%eax)	#, l61_frag_out[i_19]
# platform-c/hot/linux61/env-hv.c:261: 	return l61_pool_frags[i] & align_mask;
	movl	l61_pool_frags(,%eax,4), %ecx	# l61_pool_frags[i_19],
	andl	%ecx, %edx	#, align_mask
	movl	%edx, %eax	# align_mask, <retval>
.L151:
# platform-c/hot/linux61/env-hv.c:262: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L159:
	movl	%edx, -4(%ebp)	# align_mask, %sfp
# platform-c/hot/linux61/env-hv.c:253: 		l61_pool_reclaim();
	call	l61_pool_reclaim	#
# platform-c/hot/linux61/env-hv.c:254: 		if (!frag_nfree) {
	movl	frag_nfree, %eax	# frag_nfree, frag_nfree.42_2
# platform-c/hot/linux61/env-hv.c:254: 		if (!frag_nfree) {
	movl	-4(%ebp), %edx	# %sfp, align_mask
	testl	%eax, %eax	# frag_nfree.42_2
	jne	.L153	#,
# platform-c/hot/linux61/env-hv.c:255: 			l61_pool_exhausted++;
	incl	l61_pool_exhausted	# l61_pool_exhausted
# platform-c/hot/linux61/env-hv.c:251: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L151	#
	.p2align 4,,10
	.p2align 3
.L156:
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:262: }
	ret	
	.size	l61env_frag_alloc, .-l61env_frag_alloc
	.p2align 4
	.globl	l61_pool_available
	.type	l61_pool_available, @function
l61_pool_available:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:323: 	l61_pool_reclaim();
	call	l61_pool_reclaim	#
# platform-c/hot/linux61/env-hv.c:324: 	return skb_nfree + frag_nfree;
	movl	frag_nfree, %eax	# frag_nfree, frag_nfree
	movl	skb_nfree, %edx	# skb_nfree,
# platform-c/hot/linux61/env-hv.c:325: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:324: 	return skb_nfree + frag_nfree;
	addl	%edx, %eax	#, tmp85
# platform-c/hot/linux61/env-hv.c:325: }
	ret	
	.size	l61_pool_available, .-l61_pool_available
	.p2align 4
	.globl	l61env_rx
	.type	l61env_rx, @function
l61env_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp146, skb
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/hot/linux61/env-hv.c:332: 	if (l61_rx_to_guests(skb))
	call	l61_rx_to_guests	#
# platform-c/hot/linux61/env-hv.c:332: 	if (l61_rx_to_guests(skb))
	testl	%eax, %eax	# tmp147
	jne	.L162	#,
# platform-c/hot/linux61/env-hv.c:334: 	head = D((void *)l61_dom0_backlog_head);
	movl	l61_dom0_backlog_head, %ecx	# l61_dom0_backlog_head, l61_dom0_backlog_head.56_2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_head.56_2, tmp126
	shrl	$12, %eax	#, tmp126
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _56
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_56].tag, off
	xorl	%ecx, %edx	# l61_dom0_backlog_head.56_2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L164	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_56].mapped,
	addl	%ecx, %edx	#, _64
.L165:
# platform-c/hot/linux61/env-hv.c:335: 	tail = D((void *)l61_dom0_backlog_tail);
	movl	l61_dom0_backlog_tail, %ecx	# l61_dom0_backlog_tail, l61_dom0_backlog_tail.58_3
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_tail.58_3, tmp130
	shrl	$12, %eax	#, tmp130
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _44
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_44].tag, off
	xorl	%ecx, %esi	# l61_dom0_backlog_tail.58_3, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L166	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_44].mapped,
	addl	%edi, %esi	#, _52
.L167:
# platform-c/hot/linux61/env-hv.c:336: 	qlen = D((void *)l61_dom0_backlog_qlen);
	movl	l61_dom0_backlog_qlen, %ecx	# l61_dom0_backlog_qlen, l61_dom0_backlog_qlen.60_4
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_qlen.60_4, tmp134
	shrl	$12, %eax	#, tmp134
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _32
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].tag, off
	xorl	%ecx, %edi	# l61_dom0_backlog_qlen.60_4, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edi	#, off
	ja	.L168	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].mapped,
	addl	%ecx, %edi	#, _40
.L169:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %ecx	# skb, tmp138
	shrl	$12, %ecx	#, tmp138
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _20
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_20].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L170	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_20].mapped, _28
.L171:
# platform-c/hot/linux61/env-hv.c:337: 	L32((u8 *)D((void *)skb), sk_buff, next) = 0;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_30]
# platform-c/hot/linux61/env-hv.c:338: 	if (*tail)
	movl	(%esi), %eax	# MEM[(volatile u32 *)_54], _5
# platform-c/hot/linux61/env-hv.c:338: 	if (*tail)
	testl	%eax, %eax	# _5
	je	.L172	#,
# platform-c/hot/linux61/env-hv.c:339: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	(%esi), %ecx	# MEM[(volatile u32 *)_54], _6
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _6, tmp142
	shrl	$12, %edx	#, tmp142
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _68
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_68].tag, off
	xorl	%ecx, %eax	# _6, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L173	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_68].mapped,
	addl	%ecx, %eax	#, _76
# platform-c/hot/linux61/env-hv.c:339: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	%ebx, (%eax)	# skb, MEM[(volatile u32 *)_78]
.L177:
# platform-c/hot/linux61/env-hv.c:342: 	*tail = skb;
	movl	%ebx, (%esi)	# skb, MEM[(volatile u32 *)_54]
# platform-c/hot/linux61/env-hv.c:343: 	(*qlen)++;
	movl	(%edi), %eax	# MEM[(volatile u32 *)_42], _7
# platform-c/hot/linux61/env-hv.c:343: 	(*qlen)++;
	incl	%eax	# _8
	movl	%eax, (%edi)	# _8, MEM[(volatile u32 *)_42]
.L162:
# platform-c/hot/linux61/env-hv.c:344: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L172:
# platform-c/hot/linux61/env-hv.c:341: 		*head = skb;
	movl	%ebx, (%edx)	# skb, MEM[(volatile u32 *)_66]
# platform-c/hot/linux61/env-hv.c:342: 	*tail = skb;
	movl	%ebx, (%esi)	# skb, MEM[(volatile u32 *)_54]
# platform-c/hot/linux61/env-hv.c:343: 	(*qlen)++;
	movl	(%edi), %eax	# MEM[(volatile u32 *)_42], _7
# platform-c/hot/linux61/env-hv.c:343: 	(*qlen)++;
	incl	%eax	# _8
	movl	%eax, (%edi)	# _8, MEM[(volatile u32 *)_42]
# platform-c/hot/linux61/env-hv.c:344: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L170:
	movl	%edx, -16(%ebp)	# _64, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _64
	jmp	.L171	#
	.p2align 4,,10
	.p2align 3
.L164:
	movl	%ecx, %eax	# l61_dom0_backlog_head.56_2,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp148, _64
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L166:
	movl	%edx, -16(%ebp)	# _64, %sfp
	movl	%ecx, %eax	# l61_dom0_backlog_tail.58_3,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _64
	movl	%eax, %esi	# tmp149, _52
	jmp	.L167	#
	.p2align 4,,10
	.p2align 3
.L168:
	movl	%edx, -16(%ebp)	# _64, %sfp
	movl	%ecx, %eax	# l61_dom0_backlog_qlen.60_4,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _64
	movl	%eax, %edi	# tmp150, _40
	jmp	.L169	#
	.p2align 4,,10
	.p2align 3
.L173:
	movl	%ecx, %eax	# _6,
	call	svm_slow_hv	#
# platform-c/hot/linux61/env-hv.c:339: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	%ebx, (%eax)	# skb, MEM[(volatile u32 *)_78]
	jmp	.L177	#
	.size	l61env_rx, .-l61env_rx
	.local	hash_val
	.comm	hash_val,16384,32
	.local	hash_key
	.comm	hash_key,16384,32
	.globl	l61_dom0_backlog_qlen
	.bss
	.align 4
	.type	l61_dom0_backlog_qlen, @object
	.size	l61_dom0_backlog_qlen, 4
l61_dom0_backlog_qlen:
	.zero	4
	.globl	l61_dom0_backlog_tail
	.align 4
	.type	l61_dom0_backlog_tail, @object
	.size	l61_dom0_backlog_tail, 4
l61_dom0_backlog_tail:
	.zero	4
	.globl	l61_dom0_backlog_head
	.align 4
	.type	l61_dom0_backlog_head, @object
	.size	l61_dom0_backlog_head, 4
l61_dom0_backlog_head:
	.zero	4
	.local	frag_nfree
	.comm	frag_nfree,4,4
	.local	skb_nfree
	.comm	skb_nfree,4,4
	.local	frag_free_list
	.comm	frag_free_list,1024,32
	.local	skb_free_list
	.comm	skb_free_list,1024,32
	.globl	l61_reclaimed
	.align 4
	.type	l61_reclaimed, @object
	.size	l61_reclaimed, 4
l61_reclaimed:
	.zero	4
	.globl	l61_foreign_frees
	.align 4
	.type	l61_foreign_frees, @object
	.size	l61_foreign_frees, 4
l61_foreign_frees:
	.zero	4
	.globl	l61_handed_back
	.align 4
	.type	l61_handed_back, @object
	.size	l61_handed_back, 4
l61_handed_back:
	.zero	4
	.globl	l61_pool_exhausted
	.align 4
	.type	l61_pool_exhausted, @object
	.size	l61_pool_exhausted, 4
l61_pool_exhausted:
	.zero	4
	.globl	l61_pool_frag_size
	.align 4
	.type	l61_pool_frag_size, @object
	.size	l61_pool_frag_size, 4
l61_pool_frag_size:
	.zero	4
	.globl	l61_pool_npages
	.align 4
	.type	l61_pool_npages, @object
	.size	l61_pool_npages, 4
l61_pool_npages:
	.zero	4
	.globl	l61_pool_nfrags
	.align 4
	.type	l61_pool_nfrags, @object
	.size	l61_pool_nfrags, 4
l61_pool_nfrags:
	.zero	4
	.globl	l61_pool_nskbs
	.align 4
	.type	l61_pool_nskbs, @object
	.size	l61_pool_nskbs, 4
l61_pool_nskbs:
	.zero	4
	.globl	l61_frag_out
	.align 32
	.type	l61_frag_out, @object
	.size	l61_frag_out, 512
l61_frag_out:
	.zero	512
	.globl	l61_pool_frags
	.align 32
	.type	l61_pool_frags, @object
	.size	l61_pool_frags, 2048
l61_pool_frags:
	.zero	2048
	.globl	l61_skbs
	.align 32
	.type	l61_skbs, @object
	.size	l61_skbs, 10240
l61_skbs:
	.zero	10240
	.globl	hv_l61
	.align 4
	.type	hv_l61, @object
	.size	hv_l61, 4
hv_l61:
	.zero	4
	.globl	l61_place
	.align 32
	.type	l61_place, @object
	.size	l61_place, 40
l61_place:
	.zero	40
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
