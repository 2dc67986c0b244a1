	.file	"env-hv.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	l61_hv_boot
	.type	l61_hv_boot, @function
l61_hv_boot:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:32: 	l61_place.vmalloc_start = vmalloc_start;
	movl	%eax, l61_place	# tmp95, l61_place.vmalloc_start
# platform-c/hot/linux61/env-hv.c:35: 	l61_place.softnet = softnet;
	movl	8(%ebp), %eax	# softnet, softnet
# platform-c/hot/linux61/env-hv.c:33: 	l61_place.vmalloc_end = vmalloc_end;
	movl	%edx, l61_place+4	# tmp96, l61_place.vmalloc_end
# platform-c/hot/linux61/env-hv.c:34: 	l61_place.jiffies = jiffies;
	movl	%ecx, l61_place+8	# tmp97, l61_place.jiffies
# platform-c/hot/linux61/env-hv.c:35: 	l61_place.softnet = softnet;
	movl	%eax, l61_place+12	# softnet, l61_place.softnet
# platform-c/hot/linux61/env-hv.c:36: 	l61_place.softirq_pending = pending;
	movl	12(%ebp), %eax	# pending, pending
	movl	%eax, l61_place+16	# pending, l61_place.softirq_pending
# platform-c/hot/linux61/env-hv.c:37: 	l61_dom0_backlog_head = backlog_head;
	movl	16(%ebp), %eax	# backlog_head, backlog_head
	movl	%eax, l61_dom0_backlog_head	# backlog_head, l61_dom0_backlog_head
# platform-c/hot/linux61/env-hv.c:38: 	l61_dom0_backlog_tail = backlog_tail;
	movl	20(%ebp), %eax	# backlog_tail, backlog_tail
	movl	%eax, l61_dom0_backlog_tail	# backlog_tail, l61_dom0_backlog_tail
# platform-c/hot/linux61/env-hv.c:39: 	l61_dom0_backlog_qlen = backlog_qlen;
	movl	24(%ebp), %eax	# backlog_qlen, backlog_qlen
# platform-c/hot/linux61/env-hv.c:40: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:39: 	l61_dom0_backlog_qlen = backlog_qlen;
	movl	%eax, l61_dom0_backlog_qlen	# backlog_qlen, l61_dom0_backlog_qlen
# platform-c/hot/linux61/env-hv.c:40: }
	ret	
	.size	l61_hv_boot, .-l61_hv_boot
	.p2align 4
	.globl	l61_pool_add
	.type	l61_pool_add, @function
l61_pool_add:
# platform-c/hot/linux61/env-hv.c:45: 	if (kind == 0 && l61_pool_nskbs < L61_POOL) {
	testl	%eax, %eax	# kind
	jne	.L5	#,
# platform-c/hot/linux61/env-hv.c:45: 	if (kind == 0 && l61_pool_nskbs < L61_POOL) {
	movl	l61_pool_nskbs, %ecx	# l61_pool_nskbs, l61_pool_nskbs.0_1
# platform-c/hot/linux61/env-hv.c:54: 	return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/env-hv.c:45: 	if (kind == 0 && l61_pool_nskbs < L61_POOL) {
	cmpl	$511, %ecx	#, l61_pool_nskbs.0_1
	jbe	.L17	#,
# platform-c/hot/linux61/env-hv.c:55: }
	ret	
	.p2align 4,,10
	.p2align 3
.L5:
# platform-c/hot/linux61/env-hv.c:49: 	if (kind == 1 && l61_pool_nfrags < L61_POOL) {
	decl	%eax	# kind
	jne	.L10	#,
# platform-c/hot/linux61/env-hv.c:49: 	if (kind == 1 && l61_pool_nfrags < L61_POOL) {
	movl	l61_pool_nfrags, %eax	# l61_pool_nfrags, l61_pool_nfrags.3_4
# platform-c/hot/linux61/env-hv.c:49: 	if (kind == 1 && l61_pool_nfrags < L61_POOL) {
	cmpl	$511, %eax	#, l61_pool_nfrags.3_4
	ja	.L10	#,
# platform-c/hot/linux61/env-hv.c:44: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:50: 		l61_pool_frags[l61_pool_nfrags++] = va;
	leal	1(%eax), %ebx	#, tmp92
	movl	%ebx, l61_pool_nfrags	# tmp92, l61_pool_nfrags
# platform-c/hot/linux61/env-hv.c:55: }
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:50: 		l61_pool_frags[l61_pool_nfrags++] = va;
	movl	%edx, l61_pool_frags(,%eax,4)	# va, l61_pool_frags[l61_pool_nfrags.3_4]
# platform-c/hot/linux61/env-hv.c:47: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:51: 		l61_pool_frag_size = frag_size;
	movl	%ecx, l61_pool_frag_size	# frag_size, l61_pool_frag_size
# platform-c/hot/linux61/env-hv.c:55: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L17:
# platform-c/hot/linux61/env-hv.c:46: 		l61_pool_skbs[l61_pool_nskbs++] = va;
	movl	%edx, l61_pool_skbs(,%ecx,4)	# va, l61_pool_skbs[l61_pool_nskbs.0_1]
# platform-c/hot/linux61/env-hv.c:46: 		l61_pool_skbs[l61_pool_nskbs++] = va;
	leal	1(%ecx), %eax	#, tmp90
	movl	%eax, l61_pool_nskbs	# tmp90, l61_pool_nskbs
# platform-c/hot/linux61/env-hv.c:47: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:55: }
	ret	
	.p2align 4,,10
	.p2align 3
.L10:
# platform-c/hot/linux61/env-hv.c:54: 	return -1;
	movl	$-1, %eax	#, <retval>
	ret	
	.size	l61_pool_add, .-l61_pool_add
	.p2align 4
	.globl	l61env_irq_save
	.type	l61env_irq_save, @function
l61env_irq_save:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:69: 	volatile u8 *mask = env_irq_mask();
	call	env_irq_mask	#
# platform-c/hot/linux61/env-hv.c:70: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	movzbl	(%eax), %edx	# *mask_5, _1
# platform-c/hot/linux61/env-hv.c:72: 	*mask = 1;
	movb	$1, (%eax)	#, *mask_5
# platform-c/hot/linux61/env-hv.c:70: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	xorl	%eax, %eax	# tmp88
# platform-c/hot/linux61/env-hv.c:74: }
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:70: 	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;
	testb	%dl, %dl	# _1
	sete	%al	#, tmp88
	sall	$9, %eax	#, tmp87
# platform-c/hot/linux61/env-hv.c:74: }
	ret	
	.size	l61env_irq_save, .-l61env_irq_save
	.p2align 4
	.globl	l61env_irq_restore
	.type	l61env_irq_restore, @function
l61env_irq_restore:
# platform-c/hot/linux61/env-hv.c:78: 	if (flags & L_X86_EFLAGS_IF)
	testb	$2, %ah	#, tmp86
	jne	.L29	#,
	ret	
	.p2align 4,,10
	.p2align 3
.L29:
# platform-c/hot/linux61/env-hv.c:77: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:79: 		*env_irq_mask() = 0;
	call	env_irq_mask	#
# platform-c/hot/linux61/env-hv.c:79: 		*env_irq_mask() = 0;
	movb	$0, (%eax)	#, *_2
# platform-c/hot/linux61/env-hv.c:80: }
	popl	%ebp	#
	.p2align 4,,2
	ret	
	.size	l61env_irq_restore, .-l61env_irq_restore
	.p2align 4
	.globl	l61env_skb_struct_alloc
	.type	l61env_skb_struct_alloc, @function
l61env_skb_struct_alloc:
# platform-c/hot/linux61/env-hv.c:86: 	for (i = 0; i < l61_pool_nskbs; i++)
	movl	l61_pool_nskbs, %edx	# l61_pool_nskbs, l61_pool_nskbs.7_14
	testl	%edx, %edx	# l61_pool_nskbs.7_14
	je	.L31	#,
# platform-c/hot/linux61/env-hv.c:86: 	for (i = 0; i < l61_pool_nskbs; i++)
	xorl	%eax, %eax	# i
	jmp	.L34	#
	.p2align 4,,10
	.p2align 3
.L32:
# platform-c/hot/linux61/env-hv.c:86: 	for (i = 0; i < l61_pool_nskbs; i++)
	incl	%eax	# i
# platform-c/hot/linux61/env-hv.c:86: 	for (i = 0; i < l61_pool_nskbs; i++)
	cmpl	%edx, %eax	# l61_pool_nskbs.7_14, i
	je	.L31	#,
.L34:
# platform-c/hot/linux61/env-hv.c:87: 		if (!l61_skb_out[i]) {
	cmpb	$0, l61_skb_out(%eax)	#, MEM[(unsigned char *)&l61_skb_out + i_15 * 1]
	jne	.L32	#,
# platform-c/hot/linux61/env-hv.c:88: 			l61_skb_out[i] = 1;
	movb	$1, l61_skb_out(%eax)	#, l61_skb_out[i_15]
# platform-c/hot/linux61/env-hv.c:89: 			return l61_pool_skbs[i];
	movl	l61_pool_skbs(,%eax,4), %eax	# l61_pool_skbs[i_15], <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L31:
# platform-c/hot/linux61/env-hv.c:91: 	l61_pool_exhausted++;
	incl	l61_pool_exhausted	# l61_pool_exhausted
# platform-c/hot/linux61/env-hv.c:92: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:93: }
	ret	
	.size	l61env_skb_struct_alloc, .-l61env_skb_struct_alloc
	.p2align 4
	.globl	l61env_skb_struct_free
	.type	l61env_skb_struct_free, @function
l61env_skb_struct_free:
# platform-c/hot/linux61/env-hv.c:97: 	int i = find(l61_pool_skbs, l61_pool_nskbs, skb);
	movl	l61_pool_nskbs, %ecx	# l61_pool_nskbs, l61_pool_nskbs.9_1
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	testl	%ecx, %ecx	# l61_pool_nskbs.9_1
	je	.L40	#,
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	xorl	%edx, %edx	# i
	jmp	.L43	#
	.p2align 4,,10
	.p2align 3
.L41:
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	incl	%edx	# i
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	cmpl	%edx, %ecx	# i, l61_pool_nskbs.9_1
	je	.L40	#,
.L43:
# platform-c/hot/linux61/env-hv.c:62: 		if (v[i] == va)
	cmpl	l61_pool_skbs(,%edx,4), %eax	# MEM[(const u32 *)&l61_pool_skbs + i_16 * 4], skb
	jne	.L41	#,
# platform-c/hot/linux61/env-hv.c:100: 		l61_skb_out[i] = 0;
	movb	$0, l61_skb_out(%edx)	#, l61_skb_out[_13]
	ret	
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/hot/linux61/env-hv.c:102: 		l61_foreign_frees++;
	incl	l61_foreign_frees	# l61_foreign_frees
# platform-c/hot/linux61/env-hv.c:103: }
	ret	
	.size	l61env_skb_struct_free, .-l61env_skb_struct_free
	.p2align 4
	.globl	l61env_skb_free
	.type	l61env_skb_free, @function
l61env_skb_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-hv.c:108: 	if (find(l61_pool_skbs, l61_pool_nskbs, skb) < 0) {
	movl	l61_pool_nskbs, %ecx	# l61_pool_nskbs, l61_pool_nskbs.11_1
# platform-c/hot/linux61/env-hv.c:107: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	testl	%ecx, %ecx	# l61_pool_nskbs.11_1
	je	.L49	#,
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	xorl	%edx, %edx	# i
	jmp	.L52	#
	.p2align 4,,10
	.p2align 3
.L50:
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	incl	%edx	# i
# platform-c/hot/linux61/env-hv.c:61: 	for (i = 0; i < n; i++)
	cmpl	%edx, %ecx	# i, l61_pool_nskbs.11_1
	je	.L49	#,
.L52:
# platform-c/hot/linux61/env-hv.c:62: 		if (v[i] == va)
	cmpl	l61_pool_skbs(,%edx,4), %eax	# MEM[(const u32 *)&l61_pool_skbs + i_16 * 4], skb
	jne	.L50	#,
# platform-c/hot/linux61/env-hv.c:113: 	L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hot/linux61/env-hv.c:114: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L49:
# platform-c/hot/linux61/env-hv.c:109: 		l61_handed_back++;
	incl	l61_handed_back	# l61_handed_back
# platform-c/hot/linux61/env-hv.c:110: 		__hw_hand_back(skb);
	call	__hw_hand_back	#
# platform-c/hot/linux61/env-hv.c:114: }
	popl	%ebp	#
	ret	
	.size	l61env_skb_free, .-l61env_skb_free
	.p2align 4
	.globl	l61env_frag_alloc
	.type	l61env_frag_alloc, @function
l61env_frag_alloc:
# platform-c/hot/linux61/env-hv.c:120: 	if (fragsz > l61_pool_frag_size)
	cmpl	%eax, l61_pool_frag_size	# tmp96, l61_pool_frag_size
	jb	.L69	#,
# platform-c/hot/linux61/env-hv.c:117: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:122: 	for (i = 0; i < l61_pool_nfrags; i++)
	movl	l61_pool_nfrags, %ebx	# l61_pool_nfrags, l61_pool_nfrags.14_12
	testl	%ebx, %ebx	# l61_pool_nfrags.14_12
	je	.L60	#,
# platform-c/hot/linux61/env-hv.c:122: 	for (i = 0; i < l61_pool_nfrags; i++)
	xorl	%ecx, %ecx	# i
	jmp	.L63	#
	.p2align 4,,10
	.p2align 3
.L61:
# platform-c/hot/linux61/env-hv.c:122: 	for (i = 0; i < l61_pool_nfrags; i++)
	incl	%ecx	# i
# platform-c/hot/linux61/env-hv.c:122: 	for (i = 0; i < l61_pool_nfrags; i++)
	cmpl	%ecx, %ebx	# i, l61_pool_nfrags.14_12
	je	.L60	#,
.L63:
# platform-c/hot/linux61/env-hv.c:123: 		if (!l61_frag_out[i]) {
	cmpb	$0, l61_frag_out(%ecx)	#, MEM[(unsigned char *)&l61_frag_out + i_19 * 1]
	jne	.L61	#,
# platform-c/hot/linux61/env-hv.c:124: 			l61_frag_out[i] = 1;
	movb	$1, l61_frag_out(%ecx)	#, l61_frag_out[i_19]
# platform-c/hot/linux61/env-hv.c:125: 			return l61_pool_frags[i] & align_mask;
	movl	l61_pool_frags(,%ecx,4), %eax	# l61_pool_frags[i_19], align_mask
# platform-c/hot/linux61/env-hv.c:129: }
	popl	%ebx	#
	popl	%ebp	#
# platform-c/hot/linux61/env-hv.c:125: 			return l61_pool_frags[i] & align_mask;
	andl	%edx, %eax	# align_mask, align_mask
# platform-c/hot/linux61/env-hv.c:129: }
	ret	
	.p2align 4,,10
	.p2align 3
.L60:
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:121: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:127: 	l61_pool_exhausted++;
	incl	l61_pool_exhausted	# l61_pool_exhausted
# platform-c/hot/linux61/env-hv.c:129: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L69:
# platform-c/hot/linux61/env-hv.c:121: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/env-hv.c:129: }
	ret	
	.size	l61env_frag_alloc, .-l61env_frag_alloc
	.p2align 4
	.globl	l61env_frag_free
	.type	l61env_frag_free, @function
l61env_frag_free:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/env-hv.c:135: 	for (i = 0; i < l61_pool_nfrags; i++)
	movl	l61_pool_nfrags, %ebx	# l61_pool_nfrags, l61_pool_nfrags.17_15
	testl	%ebx, %ebx	# l61_pool_nfrags.17_15
	je	.L74	#,
# platform-c/hot/linux61/env-hv.c:136: 		if (va - l61_pool_frags[i] < l61_pool_frag_size) {
	movl	l61_pool_frag_size, %esi	# l61_pool_frag_size, l61_pool_frag_size.16_3
# platform-c/hot/linux61/env-hv.c:135: 	for (i = 0; i < l61_pool_nfrags; i++)
	xorl	%edx, %edx	# i
	jmp	.L77	#
	.p2align 4,,10
	.p2align 3
.L75:
# platform-c/hot/linux61/env-hv.c:135: 	for (i = 0; i < l61_pool_nfrags; i++)
	incl	%edx	# i
# platform-c/hot/linux61/env-hv.c:135: 	for (i = 0; i < l61_pool_nfrags; i++)
	cmpl	%ebx, %edx	# l61_pool_nfrags.17_15, i
	je	.L74	#,
.L77:
# platform-c/hot/linux61/env-hv.c:136: 		if (va - l61_pool_frags[i] < l61_pool_frag_size) {
	movl	%eax, %ecx	# va, tmp91
	subl	l61_pool_frags(,%edx,4), %ecx	# MEM[(unsigned int *)&l61_pool_frags + i_16 * 4], tmp91
# platform-c/hot/linux61/env-hv.c:136: 		if (va - l61_pool_frags[i] < l61_pool_frag_size) {
	cmpl	%esi, %ecx	# l61_pool_frag_size.16_3, tmp91
	jnb	.L75	#,
# platform-c/hot/linux61/env-hv.c:141: }
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:137: 			l61_frag_out[i] = 0;
	movb	$0, l61_frag_out(%edx)	#, l61_frag_out[i_16]
# platform-c/hot/linux61/env-hv.c:141: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L74:
	popl	%ebx	#
# platform-c/hot/linux61/env-hv.c:140: 	l61_foreign_frees++;
	incl	l61_foreign_frees	# l61_foreign_frees
# platform-c/hot/linux61/env-hv.c:141: }
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	l61env_frag_free, .-l61env_frag_free
	.p2align 4
	.globl	l61env_head_free
	.type	l61env_head_free, @function
l61env_head_free:
# platform-c/hot/linux61/env-hv.c:146: 	l61_foreign_frees++;
	incl	l61_foreign_frees	# l61_foreign_frees
# platform-c/hot/linux61/env-hv.c:147: }
	ret	
	.size	l61env_head_free, .-l61env_head_free
	.p2align 4
	.globl	l61env_put_page
	.type	l61env_put_page, @function
l61env_put_page:
	incl	l61_foreign_frees	# l61_foreign_frees
	ret	
	.size	l61env_put_page, .-l61env_put_page
	.p2align 4
	.globl	l61env_destructor
	.type	l61env_destructor, @function
l61env_destructor:
	pushl	%ebp	#
	movl	%eax, %edx	# tmp84, fn
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-hv.c:156: 	env_warn(WARN_L61_DESTRUCTOR, fn);
	movl	$773, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/env-hv.c:157: }
	popl	%ebp	#
	ret	
	.size	l61env_destructor, .-l61env_destructor
	.p2align 4
	.globl	l61env_rx
	.type	l61env_rx, @function
l61env_rx:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp145, skb
	subl	$4, %esp	#,
# platform-c/hot/linux61/env-hv.c:162: 	volatile u32 *head = D((void *)l61_dom0_backlog_head), *tail = D((void *)l61_dom0_backlog_tail);
	movl	l61_dom0_backlog_head, %ecx	# l61_dom0_backlog_head, l61_dom0_backlog_head.21_1
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_head.21_1, tmp125
	shrl	$12, %eax	#, tmp125
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _53
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_53].tag, off
	xorl	%ecx, %edx	# l61_dom0_backlog_head.21_1, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L88	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_53].mapped,
	addl	%ecx, %edx	#, _61
.L89:
# platform-c/hot/linux61/env-hv.c:162: 	volatile u32 *head = D((void *)l61_dom0_backlog_head), *tail = D((void *)l61_dom0_backlog_tail);
	movl	l61_dom0_backlog_tail, %ecx	# l61_dom0_backlog_tail, l61_dom0_backlog_tail.23_2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_tail.23_2, tmp129
	shrl	$12, %eax	#, tmp129
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _41
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_41].tag, off
	xorl	%ecx, %esi	# l61_dom0_backlog_tail.23_2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L90	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_41].mapped,
	addl	%edi, %esi	#, _49
.L91:
# platform-c/hot/linux61/env-hv.c:163: 	volatile u32 *qlen = D((void *)l61_dom0_backlog_qlen);
	movl	l61_dom0_backlog_qlen, %ecx	# l61_dom0_backlog_qlen, l61_dom0_backlog_qlen.25_3
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# l61_dom0_backlog_qlen.25_3, tmp133
	shrl	$12, %eax	#, tmp133
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _29
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_29].tag, off
	xorl	%ecx, %edi	# l61_dom0_backlog_qlen.25_3, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edi	#, off
	ja	.L92	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_29].mapped,
	addl	%ecx, %edi	#, _37
.L93:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %ecx	# skb, tmp137
	shrl	$12, %ecx	#, tmp137
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _17
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_17].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L94	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_17].mapped, _25
.L95:
# platform-c/hot/linux61/env-hv.c:165: 	L32((u8 *)D((void *)skb), sk_buff, next) = 0;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)_27]
# platform-c/hot/linux61/env-hv.c:166: 	if (*tail)
	movl	(%esi), %eax	# MEM[(volatile u32 *)_51], _4
# platform-c/hot/linux61/env-hv.c:166: 	if (*tail)
	testl	%eax, %eax	# _4
	je	.L96	#,
# platform-c/hot/linux61/env-hv.c:167: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	(%esi), %ecx	# MEM[(volatile u32 *)_51], _5
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _5, tmp141
	shrl	$12, %edx	#, tmp141
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _65
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_65].tag, off
	xorl	%ecx, %eax	# _5, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L97	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_65].mapped,
	addl	%ecx, %eax	#, _73
# platform-c/hot/linux61/env-hv.c:167: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	%ebx, (%eax)	# skb, MEM[(volatile u32 *)_75]
.L101:
# platform-c/hot/linux61/env-hv.c:170: 	*tail = skb;
	movl	%ebx, (%esi)	# skb, MEM[(volatile u32 *)_51]
# platform-c/hot/linux61/env-hv.c:171: 	(*qlen)++;
	movl	(%edi), %eax	# MEM[(volatile u32 *)_39], _6
# platform-c/hot/linux61/env-hv.c:171: 	(*qlen)++;
	incl	%eax	# _7
	movl	%eax, (%edi)	# _7, MEM[(volatile u32 *)_39]
# platform-c/hot/linux61/env-hv.c:172: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/hot/linux61/env-hv.c:169: 		*head = skb;
	movl	%ebx, (%edx)	# skb, MEM[(volatile u32 *)_63]
# platform-c/hot/linux61/env-hv.c:170: 	*tail = skb;
	movl	%ebx, (%esi)	# skb, MEM[(volatile u32 *)_51]
# platform-c/hot/linux61/env-hv.c:171: 	(*qlen)++;
	movl	(%edi), %eax	# MEM[(volatile u32 *)_39], _6
# platform-c/hot/linux61/env-hv.c:171: 	(*qlen)++;
	incl	%eax	# _7
	movl	%eax, (%edi)	# _7, MEM[(volatile u32 *)_39]
# platform-c/hot/linux61/env-hv.c:172: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L97:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _5,
	call	svm_slow_hv	#
# platform-c/hot/linux61/env-hv.c:167: 		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	movl	%ebx, (%eax)	# skb, MEM[(volatile u32 *)_75]
	jmp	.L101	#
	.p2align 4,,10
	.p2align 3
.L90:
	movl	%edx, -16(%ebp)	# _61, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# l61_dom0_backlog_tail.23_2,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _61
	movl	%eax, %esi	# tmp147, _49
	jmp	.L91	#
	.p2align 4,,10
	.p2align 3
.L92:
	movl	%edx, -16(%ebp)	# _61, %sfp
	movl	%ecx, %eax	# l61_dom0_backlog_qlen.25_3,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _61
	movl	%eax, %edi	# tmp148, _37
	jmp	.L93	#
	.p2align 4,,10
	.p2align 3
.L88:
	movl	%ecx, %eax	# l61_dom0_backlog_head.21_1,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp146, _61
	jmp	.L89	#
	.p2align 4,,10
	.p2align 3
.L94:
	movl	%edx, -16(%ebp)	# _61, %sfp
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _61
	jmp	.L95	#
	.size	l61env_rx, .-l61env_rx
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
	.globl	l61_skb_out
	.align 32
	.type	l61_skb_out, @object
	.size	l61_skb_out, 512
l61_skb_out:
	.zero	512
	.globl	l61_pool_frags
	.align 32
	.type	l61_pool_frags, @object
	.size	l61_pool_frags, 2048
l61_pool_frags:
	.zero	2048
	.globl	l61_pool_skbs
	.align 32
	.type	l61_pool_skbs, @object
	.size	l61_pool_skbs, 2048
l61_pool_skbs:
	.zero	2048
	.globl	l61_place
	.align 32
	.type	l61_place, @object
	.size	l61_place, 40
l61_place:
	.zero	40
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
