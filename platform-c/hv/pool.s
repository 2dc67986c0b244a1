	.file	"pool.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	pool_add
	.type	pool_add, @function
pool_add:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp171, skb
	subl	$12, %esp	#,
# platform-c/hv/pool.c:64: {
	movl	%edx, -20(%ebp)	# tmp172, %sfp
# platform-c/hv/pool.c:67: 	if (pool_count >= POOL_MAX || !skb || !page0 || hash_get(skb) || hash_get(page0))
	movl	pool_count, %eax	# pool_count, pool_count.0_1
# platform-c/hv/pool.c:64: {
	movl	%ecx, -24(%ebp)	# tmp173, %sfp
	movl	8(%ebp), %edi	# page0, page0
# platform-c/hv/pool.c:67: 	if (pool_count >= POOL_MAX || !skb || !page0 || hash_get(skb) || hash_get(page0))
	movl	%eax, -16(%ebp)	# pool_count.0_1, %sfp
# platform-c/hv/pool.c:67: 	if (pool_count >= POOL_MAX || !skb || !page0 || hash_get(skb) || hash_get(page0))
	cmpl	$2047, %eax	#, pool_count.0_1
	ja	.L18	#,
# platform-c/hv/pool.c:67: 	if (pool_count >= POOL_MAX || !skb || !page0 || hash_get(skb) || hash_get(page0))
	testl	%ebx, %ebx	# skb
	je	.L18	#,
	testl	%edi, %edi	# page0
	je	.L18	#,
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	imull	$-1640531535, %ebx, %edx	#, skb, tmp123
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	movl	$16384, %ecx	#, ivtmp_34
	shrl	$18, %edx	#, i
# platform-c/hv/pool.c:54: 	u32 i = hash_slot(key), n;
	movl	%edx, %eax	# i, i
	jmp	.L3	#
	.p2align 4,,10
	.p2align 3
.L5:
# platform-c/hv/pool.c:57: 		if (hash_key[i] == key)
	cmpl	hash_key(,%eax,4), %ebx	# hash_key[i_5], skb
	je	.L18	#,
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	incl	%eax	# _38
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	andl	$16383, %eax	#, i
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	decl	%ecx	# ivtmp_34
	je	.L4	#,
.L3:
	movl	hash_val(,%eax,4), %esi	# hash_val[i_5],
	testl	%esi, %esi	#
	jne	.L5	#,
.L4:
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	imull	$-1640531535, %edi, %ecx	#, page0, tmp170
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	movl	$16384, %esi	#, ivtmp_6
	shrl	$18, %ecx	#, i
# platform-c/hv/pool.c:54: 	u32 i = hash_slot(key), n;
	movl	%ecx, %eax	# i, i
	jmp	.L14	#
	.p2align 4,,10
	.p2align 3
.L7:
# platform-c/hv/pool.c:57: 		if (hash_key[i] == key)
	cmpl	hash_key(,%eax,4), %edi	# hash_key[i_55], page0
	je	.L18	#,
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	incl	%eax	# _49
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	andl	$16383, %eax	#, i
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	decl	%esi	# ivtmp_6
	je	.L6	#,
.L14:
	cmpl	$0, hash_val(,%eax,4)	#, hash_val[i_55]
	jne	.L7	#,
.L6:
# platform-c/hv/pool.c:70: 	e->skb = skb;
	movl	-16(%ebp), %esi	# %sfp, pool_count.0_1
	leal	0(,%esi,8), %eax	#, tmp144
	subl	%esi, %eax	# pool_count.0_1, tmp145
	sall	$2, %eax	#, tmp146
	movl	%ebx, pool(%eax)	# skb, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][pool_count.0_1].skb
	leal	pool(%eax), %esi	#, tmp147
# platform-c/hv/pool.c:71: 	e->head = head;
	movl	-20(%ebp), %eax	# %sfp, head
# platform-c/hv/pool.c:73: 	e->page[0] = page0;
	movl	%edi, 20(%esi)	# page0, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][pool_count.0_1].page[0]
# platform-c/hv/pool.c:71: 	e->head = head;
	movl	%eax, 4(%esi)	# head, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][pool_count.0_1].head
# platform-c/hv/pool.c:72: 	e->size = size;
	movl	-24(%ebp), %eax	# %sfp, size
	movl	%eax, 8(%esi)	# size, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][pool_count.0_1].size
# platform-c/hv/pool.c:74: 	hash_put(skb, pool_count + 1);
	movl	-16(%ebp), %esi	# %sfp, pool_count.0_1
	leal	1(%esi), %eax	#, _7
# platform-c/hv/pool.c:46: 	while (hash_val[i] && hash_key[i] != key)
	movl	hash_val(,%edx,4), %esi	#,
	testl	%esi, %esi	#
	jne	.L13	#,
	jmp	.L8	#
	.p2align 4,,10
	.p2align 3
.L9:
# platform-c/hv/pool.c:47: 		i = (i + 1) & (POOL_HASH - 1);
	incl	%edx	# _65
# platform-c/hv/pool.c:47: 		i = (i + 1) & (POOL_HASH - 1);
	andl	$16383, %edx	#, i
# platform-c/hv/pool.c:46: 	while (hash_val[i] && hash_key[i] != key)
	movl	hash_val(,%edx,4), %esi	#,
	testl	%esi, %esi	#
	je	.L8	#,
.L13:
	cmpl	hash_key(,%edx,4), %ebx	# hash_key[i_8], skb
	jne	.L9	#,
.L8:
# platform-c/hv/pool.c:49: 	hash_val[i] = val;
	movl	%eax, hash_val(,%edx,4)	# _7, hash_val[i_27]
# platform-c/hv/pool.c:75: 	hash_put(page0, PAGE_TAG | pool_count << 2 | 0);
	movl	-16(%ebp), %esi	# %sfp, pool_count.0_1
# platform-c/hv/pool.c:48: 	hash_key[i] = key;
	movl	%ebx, hash_key(,%edx,4)	# skb, hash_key[i_27]
# platform-c/hv/pool.c:75: 	hash_put(page0, PAGE_TAG | pool_count << 2 | 0);
	leal	0(,%esi,4), %edx	#, tmp132
# platform-c/hv/pool.c:46: 	while (hash_val[i] && hash_key[i] != key)
	movl	hash_val(,%ecx,4), %esi	#,
# platform-c/hv/pool.c:75: 	hash_put(page0, PAGE_TAG | pool_count << 2 | 0);
	orl	$-2147483648, %edx	#, _10
# platform-c/hv/pool.c:46: 	while (hash_val[i] && hash_key[i] != key)
	testl	%esi, %esi	#
	jne	.L10	#,
	jmp	.L11	#
	.p2align 4,,10
	.p2align 3
.L12:
# platform-c/hv/pool.c:47: 		i = (i + 1) & (POOL_HASH - 1);
	incl	%ecx	# _57
# platform-c/hv/pool.c:47: 		i = (i + 1) & (POOL_HASH - 1);
	andl	$16383, %ecx	#, i
# platform-c/hv/pool.c:46: 	while (hash_val[i] && hash_key[i] != key)
	movl	hash_val(,%ecx,4), %ebx	#,
	testl	%ebx, %ebx	#
	je	.L11	#,
.L10:
	cmpl	hash_key(,%ecx,4), %edi	# hash_key[i_15], page0
	jne	.L12	#,
.L11:
# platform-c/hv/pool.c:49: 	hash_val[i] = val;
	movl	%edx, hash_val(,%ecx,4)	# _10, hash_val[i_54]
# platform-c/hv/pool.c:76: 	pool_free_list[pool_nfree++] = pool_count;
	movl	pool_nfree, %edx	# pool_nfree, pool_nfree.5_12
# platform-c/hv/pool.c:48: 	hash_key[i] = key;
	movl	%edi, hash_key(,%ecx,4)	# page0, hash_key[i_54]
# platform-c/hv/pool.c:76: 	pool_free_list[pool_nfree++] = pool_count;
	movl	-16(%ebp), %esi	# %sfp, tmp198
# platform-c/hv/pool.c:77: 	pool_count++;
	movl	%eax, pool_count	# _7, pool_count
# platform-c/hv/pool.c:78: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/pool.c:76: 	pool_free_list[pool_nfree++] = pool_count;
	leal	1(%edx), %ecx	#, tmp138
# platform-c/hv/pool.c:76: 	pool_free_list[pool_nfree++] = pool_count;
	movw	%si, pool_free_list(%edx,%edx)	# tmp198, pool_free_list[pool_nfree.5_12]
# platform-c/hv/pool.c:76: 	pool_free_list[pool_nfree++] = pool_count;
	movl	%ecx, pool_nfree	# tmp138, pool_nfree
# platform-c/hv/pool.c:79: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L18:
	addl	$12, %esp	#,
# platform-c/hv/pool.c:68: 		return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hv/pool.c:79: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	pool_add, .-pool_add
	.p2align 4
	.globl	pool_skb_at
	.type	pool_skb_at, @function
pool_skb_at:
# platform-c/hv/pool.c:84: 	return i < pool_count ? pool[i].skb : 0;
	cmpl	pool_count, %eax	# pool_count, i
	jnb	.L37	#,
# platform-c/hv/pool.c:84: 	return i < pool_count ? pool[i].skb : 0;
	leal	0(,%eax,8), %edx	#, tmp88
	subl	%eax, %edx	# i, tmp89
	movl	pool(,%edx,4), %eax	# pool[i_4(D)].skb, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L37:
# platform-c/hv/pool.c:84: 	return i < pool_count ? pool[i].skb : 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/pool.c:85: }
	ret	
	.size	pool_skb_at, .-pool_skb_at
	.p2align 4
	.globl	pool_find
	.type	pool_find, @function
pool_find:
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	imull	$-1640531535, %eax, %edx	#, skb, tmp93
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	movl	$16384, %ecx	#, ivtmp_6
# platform-c/hv/pool.c:88: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	shrl	$18, %edx	#, i
	jmp	.L39	#
	.p2align 4,,10
	.p2align 3
.L43:
# platform-c/hv/pool.c:57: 		if (hash_key[i] == key)
	cmpl	hash_key(,%edx,4), %eax	# hash_key[i_18], skb
	je	.L46	#,
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	incl	%edx	# _14
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	andl	$16383, %edx	#, i
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	decl	%ecx	# ivtmp_6
	je	.L44	#,
.L39:
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	movl	hash_val(,%edx,4), %ebx	# hash_val[i_18], _16
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	testl	%ebx, %ebx	# _16
	jne	.L43	#,
.L44:
# platform-c/hv/pool.c:92: }
	popl	%ebx	#
# platform-c/hv/pool.c:91: 	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/pool.c:92: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L46:
# platform-c/hv/pool.c:91: 	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
	testl	%ebx, %ebx	# _16
	jle	.L44	#,
# platform-c/hv/pool.c:91: 	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
	decl	%ebx	# tmp96
# platform-c/hv/pool.c:91: 	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
	leal	0(,%ebx,8), %eax	#, tmp98
	subl	%ebx, %eax	# tmp96, tmp99
# platform-c/hv/pool.c:92: }
	popl	%ebx	#
# platform-c/hv/pool.c:91: 	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
	leal	pool(,%eax,4), %eax	#, <retval>
# platform-c/hv/pool.c:92: }
	popl	%ebp	#
	ret	
	.size	pool_find, .-pool_find
	.p2align 4
	.globl	pool_p2m_bind
	.type	pool_p2m_bind, @function
pool_p2m_bind:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%esi, -4(%ebp)	#,
	movl	%edx, %esi	# tmp109, mfn
	movl	%ebx, -8(%ebp)	#,
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	movl	dom0+4, %edx	# dom0.mem_map, _1
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	movl	dom0+44, %ecx	# dom0.p2m, _3
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	cmpl	%edx, %eax	# _1, page
	jb	.L47	#,
	testl	%ecx, %ecx	# _3
	je	.L47	#,
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	subl	%edx, %eax	# _1, tmp102
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	shrl	$5, %eax	#, tmp102
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	cmpl	dom0+12, %eax	# dom0.frames, idx
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	movl	%eax, %ebx	# tmp102, idx
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	jnb	.L47	#,
# platform-c/hv/pool.c:102: 	slot = svm_try(dom0.p2m + idx * 4);
	leal	(%ecx,%eax,4), %eax	#, tmp105
	call	svm_try	#
# platform-c/hv/pool.c:103: 	if (slot)
	testl	%eax, %eax	# slot
	je	.L47	#,
# platform-c/hv/pool.c:104: 		*slot = mfn ? mfn : dom0.first_pfn + idx;
	testl	%esi, %esi	# mfn
	jne	.L52	#,
# platform-c/hv/pool.c:104: 		*slot = mfn ? mfn : dom0.first_pfn + idx;
	movl	dom0+8, %edx	# dom0.first_pfn,
	addl	%edx, %ebx	#, idx
	movl	%ebx, %esi	# idx, mfn
.L52:
# platform-c/hv/pool.c:104: 		*slot = mfn ? mfn : dom0.first_pfn + idx;
	movl	%esi, (%eax)	# mfn, *slot_14
.L47:
# platform-c/hv/pool.c:105: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	pool_p2m_bind, .-pool_p2m_bind
	.p2align 4
	.globl	pool_give
	.type	pool_give, @function
pool_give:
# platform-c/hv/pool.c:111: 	if (!e->out)
	cmpw	$0, 12(%eax)	#, e_9(D)->out
	je	.L68	#,
# platform-c/hv/pool.c:108: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp106, e
# platform-c/hv/pool.c:113: 	if (e->tx_guest)
	movzwl	16(%eax), %eax	# e_9(D)->tx_guest, _2
# platform-c/hv/pool.c:113: 	if (e->tx_guest)
	testl	%eax, %eax	# _2
	jne	.L71	#,
# platform-c/hv/pool.c:115: 	e->tx_guest = 0;
	movw	$0, 16(%ebx)	#, e_9(D)->tx_guest
# platform-c/hv/pool.c:117: 		if (e->frag_mfn[i])
	movl	24(%ebx), %eax	# e_9(D)->frag_mfn[0],
	testl	%eax, %eax	#
	jne	.L72	#,
.L60:
# platform-c/hv/pool.c:119: 		e->frag_mfn[i] = 0;
	movl	$0, 24(%ebx)	#, e_9(D)->frag_mfn[0]
# platform-c/hv/pool.c:123: 	pool_free_list[pool_nfree++] = e - pool;
	movl	pool_nfree, %eax	# pool_nfree, pool_nfree.13_17
# platform-c/hv/pool.c:121: 	e->out = 0;
	movl	$0, 12(%ebx)	#, MEM <unsigned int> [(short unsigned int *)e_9(D) + 12B]
# platform-c/hv/pool.c:123: 	pool_free_list[pool_nfree++] = e - pool;
	subl	$pool, %ebx	#, tmp102
	sarl	$2, %ebx	#, tmp104
	imull	$-1227133513, %ebx, %ebx	#, tmp104, tmp105
# platform-c/hv/pool.c:123: 	pool_free_list[pool_nfree++] = e - pool;
	leal	1(%eax), %edx	#, tmp100
# platform-c/hv/pool.c:124: 	pool_returned++;
	incl	pool_returned	# pool_returned
# platform-c/hv/pool.c:123: 	pool_free_list[pool_nfree++] = e - pool;
	movw	%bx, pool_free_list(%eax,%eax)	# tmp105, pool_free_list[pool_nfree.13_17]
# platform-c/hv/pool.c:125: }
	popl	%ebx	#
# platform-c/hv/pool.c:123: 	pool_free_list[pool_nfree++] = e - pool;
	movl	%edx, pool_nfree	# tmp100, pool_nfree
# platform-c/hv/pool.c:125: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L72:
# platform-c/hv/pool.c:118: 			pool_p2m_bind(e->page[i], 0);
	movl	20(%ebx), %eax	# e_9(D)->page[0], e_9(D)->page[0]
	xorl	%edx, %edx	#
	call	pool_p2m_bind	#
	jmp	.L60	#
	.p2align 4,,10
	.p2align 3
.L71:
# platform-c/hv/pool.c:114: 		guest_tx_complete(e->tx_guest, e->tx_id);
	movzwl	18(%ebx), %edx	# e_9(D)->tx_id, e_9(D)->tx_id
	call	guest_tx_complete	#
# platform-c/hv/pool.c:117: 		if (e->frag_mfn[i])
	movl	24(%ebx), %eax	# e_9(D)->frag_mfn[0],
# platform-c/hv/pool.c:115: 	e->tx_guest = 0;
	movw	$0, 16(%ebx)	#, e_9(D)->tx_guest
# platform-c/hv/pool.c:117: 		if (e->frag_mfn[i])
	testl	%eax, %eax	#
	je	.L60	#,
	jmp	.L72	#
	.p2align 4,,10
	.p2align 3
.L68:
	ret	
	.size	pool_give, .-pool_give
	.p2align 4
	.globl	pool_reclaim
	.type	pool_reclaim, @function
pool_reclaim:
# platform-c/hv/pool.c:132: 	for (i = 0; i < pool_count; i++) {
	movl	pool_count, %eax	# pool_count,
	testl	%eax, %eax	#
	je	.L84	#,
# platform-c/hv/pool.c:129: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
# platform-c/hv/pool.c:132: 	for (i = 0; i < pool_count; i++) {
	xorl	%esi, %esi	# i
# platform-c/hv/pool.c:129: {
	pushl	%ebx	#
	movl	$pool, %ebx	#, ivtmp.76
	.p2align 4
	.p2align 3
.L78:
# platform-c/hv/pool.c:136: 		if (!e->out || e->rx_refs)
	cmpw	$0, 12(%ebx)	#, MEM <u16> [(struct pool_skb *)_26 + 12B]
	je	.L76	#,
# platform-c/hv/pool.c:136: 		if (!e->out || e->rx_refs)
	cmpw	$0, 14(%ebx)	#, MEM <u16> [(struct pool_skb *)_26 + 14B]
	jne	.L76	#,
# platform-c/hv/pool.c:138: 		s = svm_try(e->skb);
	movl	(%ebx), %eax	# MEM <u32> [(struct pool_skb *)_26], MEM <u32> [(struct pool_skb *)_26]
	call	svm_try	#
# platform-c/hv/pool.c:139: 		if (s && s->users.counter == 1) {
	testl	%eax, %eax	# s
	je	.L76	#,
# platform-c/hv/pool.c:139: 		if (s && s->users.counter == 1) {
	movl	128(%eax), %eax	# s_14->users.counter, _4
# platform-c/hv/pool.c:139: 		if (s && s->users.counter == 1) {
	decl	%eax	# _4
	je	.L87	#,
	.p2align 4
	.p2align 3
.L76:
# platform-c/hv/pool.c:132: 	for (i = 0; i < pool_count; i++) {
	incl	%esi	# i
# platform-c/hv/pool.c:132: 	for (i = 0; i < pool_count; i++) {
	addl	$28, %ebx	#, ivtmp.76
	cmpl	pool_count, %esi	# pool_count, i
	jb	.L78	#,
# platform-c/hv/pool.c:144: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L87:
# platform-c/hv/pool.c:140: 			pool_give(e);
	movl	%ebx, %eax	# ivtmp.76,
	call	pool_give	#
# platform-c/hv/pool.c:141: 			pool_reclaimed++;
	incl	pool_reclaimed	# pool_reclaimed
	jmp	.L76	#
	.p2align 4,,10
	.p2align 3
.L84:
	ret	
	.size	pool_reclaim, .-pool_reclaim
	.p2align 4
	.globl	pool_take
	.type	pool_take, @function
pool_take:
# platform-c/hv/pool.c:150: 	if (len > pool_length)
	cmpl	%eax, pool_length	# tmp118, pool_length
	jb	.L93	#,
# platform-c/hv/pool.c:147: {
	pushl	%ebp	#
# platform-c/hv/pool.c:152: 	if (!pool_nfree)
	movl	pool_nfree, %eax	# pool_nfree, pool_nfree.19_2
# platform-c/hv/pool.c:147: {
	movl	%esp, %ebp	#,
# platform-c/hv/pool.c:152: 	if (!pool_nfree)
	testl	%eax, %eax	# pool_nfree.19_2
	je	.L96	#,
.L90:
# platform-c/hv/pool.c:162: 	pool_taken++;
	incl	pool_taken	# pool_taken
# platform-c/hv/pool.c:158: 	e = &pool[pool_free_list[--pool_nfree]];
	decl	%eax	# _7
# platform-c/hv/pool.c:158: 	e = &pool[pool_free_list[--pool_nfree]];
	movzwl	pool_free_list(%eax,%eax), %edx	# pool_free_list[_7], _8
# platform-c/hv/pool.c:158: 	e = &pool[pool_free_list[--pool_nfree]];
	movl	%eax, pool_nfree	# _7, pool_nfree
	leal	0(,%edx,8), %eax	#, tmp100
	subl	%edx, %eax	# _8, tmp101
	leal	pool(,%eax,4), %eax	#, <retval>
# platform-c/hv/pool.c:159: 	e->out = 1;
	movl	$1, 12(%eax)	#, MEM <unsigned int> [(struct pool_skb *)_36 + 12B]
# platform-c/hv/pool.c:161: 	e->tx_guest = 0;
	movw	$0, 16(%eax)	#, MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_9].tx_guest
# platform-c/hv/pool.c:164: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/hv/pool.c:153: 		pool_reclaim();
	call	pool_reclaim	#
# platform-c/hv/pool.c:154: 	if (!pool_nfree) {
	movl	pool_nfree, %eax	# pool_nfree, pool_nfree.19_2
# platform-c/hv/pool.c:154: 	if (!pool_nfree) {
	testl	%eax, %eax	# pool_nfree.19_2
	jne	.L90	#,
# platform-c/hv/pool.c:155: 		pool_exhausted++;
	incl	pool_exhausted	# pool_exhausted
# platform-c/hv/pool.c:151: 		return NULL;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/pool.c:164: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L93:
# platform-c/hv/pool.c:151: 		return NULL;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/pool.c:164: }
	ret	
	.size	pool_take, .-pool_take
	.p2align 4
	.globl	pool_frag_bus
	.type	pool_frag_bus, @function
pool_frag_bus:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	movl	$16384, %esi	#, ivtmp_28
# platform-c/hv/pool.c:167: {
	pushl	%ebx	#
# platform-c/hv/pool.c:167: {
	movl	%eax, %ebx	# tmp123, page
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	imull	$-1640531535, %eax, %eax	#, page, tmp101
# platform-c/hv/pool.c:39: 	return (key * 2654435761U) >> (32 - 14);
	shrl	$18, %eax	#, i
	jmp	.L98	#
	.p2align 4,,10
	.p2align 3
.L102:
# platform-c/hv/pool.c:57: 		if (hash_key[i] == key)
	cmpl	hash_key(,%eax,4), %ebx	# hash_key[i_32], page
	je	.L109	#,
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	incl	%eax	# _24
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	andl	$16383, %eax	#, i
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	decl	%esi	# ivtmp_28
	je	.L106	#,
.L98:
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	movl	hash_val(,%eax,4), %edi	# hash_val[i_32], <retval>
# platform-c/hv/pool.c:56: 	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
	testl	%edi, %edi	# <retval>
	jne	.L102	#,
# platform-c/hv/pool.c:179: }
	popl	%ebx	#
	movl	%edi, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L109:
# platform-c/hv/pool.c:172: 	if (!(v & PAGE_TAG))
	testl	%edi, %edi	# <retval>
	jns	.L106	#,
# platform-c/hv/pool.c:174: 	e = &pool[(v & ~PAGE_TAG) >> 2];
	movl	%edi, %eax	# <retval>, tmp105
# platform-c/hv/pool.c:175: 	mfn = e->frag_mfn[v & 3];
	andl	$3, %edi	#, tmp107
# platform-c/hv/pool.c:174: 	e = &pool[(v & ~PAGE_TAG) >> 2];
	shrl	$2, %eax	#, tmp105
	movl	%eax, %ebx	# tmp105, tmp106
# platform-c/hv/pool.c:175: 	mfn = e->frag_mfn[v & 3];
	leal	0(,%eax,8), %eax	#, tmp109
# platform-c/hv/pool.c:174: 	e = &pool[(v & ~PAGE_TAG) >> 2];
	andl	$536870911, %ebx	#, tmp106
# platform-c/hv/pool.c:175: 	mfn = e->frag_mfn[v & 3];
	subl	%ebx, %eax	# tmp106, tmp110
	leal	4(%edi,%eax), %eax	#, tmp112
	movl	pool+8(,%eax,4), %edi	# MEM <struct pool_skb[2048]> [(struct pool_skb *)&pool][_3].frag_mfn[_4], mfn
# platform-c/hv/pool.c:176: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	testl	%edi, %edi	# mfn
	je	.L106	#,
	cmpl	$4095, %edx	#, offset
	ja	.L106	#,
# platform-c/hv/pool.c:176: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	movl	$4096, %eax	#, tmp118
	subl	%edx, %eax	# offset, tmp117
# platform-c/hv/pool.c:176: 	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
	cmpl	%ecx, %eax	# size, tmp117
	jb	.L106	#,
# platform-c/hv/pool.c:179: }
	popl	%ebx	#
# platform-c/hv/pool.c:178: 	return (mfn << PAGE_SHIFT) + offset;
	sall	$12, %edi	#, tmp119
# platform-c/hv/pool.c:178: 	return (mfn << PAGE_SHIFT) + offset;
	addl	%edx, %edi	# offset, <retval>
# platform-c/hv/pool.c:179: }
	popl	%esi	#
	movl	%edi, %eax	# <retval>,
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L106:
	popl	%ebx	#
# platform-c/hv/pool.c:173: 		return 0;
	xorl	%edi, %edi	# <retval>
# platform-c/hv/pool.c:179: }
	movl	%edi, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	pool_frag_bus, .-pool_frag_bus
	.p2align 4
	.globl	pool_bind_frag
	.type	pool_bind_frag, @function
pool_bind_frag:
	pushl	%ebp	#
# platform-c/hv/pool.c:184: 	e->frag_mfn[slot] = mfn;
	addl	$4, %edx	#, tmp98
# platform-c/hv/pool.c:183: {
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%ecx, %ebx	# tmp114, mfn
	movl	%esi, -4(%ebp)	#,
# platform-c/hv/pool.c:184: 	e->frag_mfn[slot] = mfn;
	movl	%ecx, 8(%eax,%edx,4)	# mfn, e_3(D)->frag_mfn[slot_4(D)]
# platform-c/hv/pool.c:185: 	pool_p2m_bind(e->page[slot], mfn);
	movl	4(%eax,%edx,4), %eax	# e_3(D)->page[slot_4(D)], _1
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	movl	dom0+4, %edx	# dom0.mem_map, _8
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	movl	dom0+44, %ecx	# dom0.p2m, _11
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	cmpl	%edx, %eax	# _8, _1
	jb	.L110	#,
	testl	%ecx, %ecx	# _11
	je	.L110	#,
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	subl	%edx, %eax	# _8, tmp106
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	shrl	$5, %eax	#, tmp106
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	cmpl	dom0+12, %eax	# dom0.frames, idx
# platform-c/hv/pool.c:97: 	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	movl	%eax, %esi	# tmp106, idx
# platform-c/hv/pool.c:100: 	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
	jnb	.L110	#,
# platform-c/hv/pool.c:102: 	slot = svm_try(dom0.p2m + idx * 4);
	leal	(%ecx,%eax,4), %eax	#, tmp109
	call	svm_try	#
# platform-c/hv/pool.c:103: 	if (slot)
	testl	%eax, %eax	# slot
	je	.L110	#,
# platform-c/hv/pool.c:104: 		*slot = mfn ? mfn : dom0.first_pfn + idx;
	testl	%ebx, %ebx	# mfn
	jne	.L115	#,
	movl	dom0+8, %edx	# dom0.first_pfn,
	addl	%edx, %esi	#, idx
	movl	%esi, %ebx	# idx, mfn
.L115:
# platform-c/hv/pool.c:104: 		*slot = mfn ? mfn : dom0.first_pfn + idx;
	movl	%ebx, (%eax)	# mfn, *slot_15
.L110:
# platform-c/hv/pool.c:186: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	pool_bind_frag, .-pool_bind_frag
	.local	hash_val
	.comm	hash_val,65536,32
	.local	hash_key
	.comm	hash_key,65536,32
	.globl	pool_exhausted
	.bss
	.align 4
	.type	pool_exhausted, @object
	.size	pool_exhausted, 4
pool_exhausted:
	.zero	4
	.globl	pool_reclaimed
	.align 4
	.type	pool_reclaimed, @object
	.size	pool_reclaimed, 4
pool_reclaimed:
	.zero	4
	.globl	pool_returned
	.align 4
	.type	pool_returned, @object
	.size	pool_returned, 4
pool_returned:
	.zero	4
	.globl	pool_taken
	.align 4
	.type	pool_taken, @object
	.size	pool_taken, 4
pool_taken:
	.zero	4
	.globl	pool_nfree
	.align 4
	.type	pool_nfree, @object
	.size	pool_nfree, 4
pool_nfree:
	.zero	4
	.globl	pool_free_list
	.align 32
	.type	pool_free_list, @object
	.size	pool_free_list, 4096
pool_free_list:
	.zero	4096
	.globl	pool_length
	.align 4
	.type	pool_length, @object
	.size	pool_length, 4
pool_length:
	.zero	4
	.globl	pool_count
	.align 4
	.type	pool_count, @object
	.size	pool_count, 4
pool_count:
	.zero	4
	.globl	pool
	.align 32
	.type	pool, @object
	.size	pool, 57344
pool:
	.zero	57344
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
