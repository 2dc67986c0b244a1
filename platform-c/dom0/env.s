	.file	"env.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	dom0_boot
	.type	dom0_boot, @function
dom0_boot:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# mem_map, tmp102
	pushl	%ebx	#
# platform-c/dom0/env.c:27: {
	movl	%edx, %ebx	# tmp103, first_pfn
	movl	%ecx, %eax	# tmp104, frames
# platform-c/dom0/env.c:32: 	kboot.frames = frames < DOM0_MAX_FRAMES ? frames : DOM0_MAX_FRAMES;
	movl	$16384, %ecx	#, tmp105
# platform-c/dom0/env.c:31: 	kboot.first_pfn = first_pfn;
	movl	%edx, kboot+4	# first_pfn, kboot.first_pfn
# platform-c/dom0/env.c:33: 	kboot.lowmem = lowmem;
	movl	8(%ebp), %edx	# lowmem, lowmem
# platform-c/dom0/env.c:32: 	kboot.frames = frames < DOM0_MAX_FRAMES ? frames : DOM0_MAX_FRAMES;
	cmpl	%ecx, %eax	# tmp105, frames
# platform-c/dom0/env.c:30: 	kboot.mem_map = mem_map;
	movl	%esi, kboot	# tmp102, kboot.mem_map
# platform-c/dom0/env.c:32: 	kboot.frames = frames < DOM0_MAX_FRAMES ? frames : DOM0_MAX_FRAMES;
	cmovbe	%eax, %ecx	# frames,, _1
# platform-c/dom0/env.c:37: 	for (i = 0; i < kboot.frames; i++)
	testl	%eax, %eax	# frames
# platform-c/dom0/env.c:32: 	kboot.frames = frames < DOM0_MAX_FRAMES ? frames : DOM0_MAX_FRAMES;
	movl	%ecx, kboot+8	# _1, kboot.frames
# platform-c/dom0/env.c:33: 	kboot.lowmem = lowmem;
	movl	%edx, kboot+12	# lowmem, kboot.lowmem
# platform-c/dom0/env.c:34: 	kboot.upcall_mask = (volatile u8 *)upcall_mask;
	movl	12(%ebp), %edx	# upcall_mask, upcall_mask
	movl	%edx, kboot+16	# upcall_mask, kboot.upcall_mask
# platform-c/dom0/env.c:35: 	kboot.ram_pfns = ram_pfns;
	movl	16(%ebp), %edx	# ram_pfns, ram_pfns
	movl	%edx, kboot+20	# ram_pfns, kboot.ram_pfns
# platform-c/dom0/env.c:36: 	kboot.xen = xen;
	movl	20(%ebp), %edx	# xen, xen
	movl	%edx, kboot+24	# xen, kboot.xen
# platform-c/dom0/env.c:37: 	for (i = 0; i < kboot.frames; i++)
	je	.L1	#,
# platform-c/dom0/env.c:37: 	for (i = 0; i < kboot.frames; i++)
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L3:
# platform-c/dom0/env.c:38: 		p2m[i] = first_pfn + i;
	leal	(%ebx,%eax), %edx	#, tmp101
	movl	%edx, p2m(,%eax,4)	# tmp101, MEM[(unsigned int *)&p2m + i_25 * 4]
# platform-c/dom0/env.c:37: 	for (i = 0; i < kboot.frames; i++)
	incl	%eax	# i
# platform-c/dom0/env.c:37: 	for (i = 0; i < kboot.frames; i++)
	cmpl	%ecx, %eax	# _1, i
	jb	.L3	#,
.L1:
# platform-c/dom0/env.c:39: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	dom0_boot, .-dom0_boot
	.p2align 4
	.globl	env_skb_alloc
	.type	env_skb_alloc, @function
env_skb_alloc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
# platform-c/dom0/env.c:43: 	u32 sz = SKB_DATA_ALIGN(length + NET_SKB_PAD);
	leal	47(%eax), %ebx	#, tmp90
# platform-c/dom0/env.c:44: 	struct sk_buff *skb = __svc_kmalloc(sizeof(struct sk_buff), SVC_SKB);
	movl	$148, %eax	#,
# platform-c/dom0/env.c:42: {
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp95, size
# platform-c/dom0/env.c:43: 	u32 sz = SKB_DATA_ALIGN(length + NET_SKB_PAD);
	andl	$-32, %ebx	#, sz
# platform-c/dom0/env.c:42: {
	movl	%edi, -4(%ebp)	#,
# platform-c/dom0/env.c:42: {
	movl	%edx, %edi	# tmp94, head
# platform-c/dom0/env.c:44: 	struct sk_buff *skb = __svc_kmalloc(sizeof(struct sk_buff), SVC_SKB);
	movl	$1, %edx	#,
	call	__svc_kmalloc	#
# platform-c/dom0/env.c:47: 	if (!skb)
	movl	%eax, -16(%ebp)	# <retval>, %sfp
	testl	%eax, %eax	# <retval>
	je	.L11	#,
# platform-c/dom0/env.c:49: 	data = __svc_kmalloc(sz + sizeof(struct skb_shared_info), SVC_SKBDATA);
	leal	236(%ebx), %eax	#, tmp91
	movl	$2, %edx	#,
	call	__svc_kmalloc	#
# platform-c/dom0/env.c:50: 	if (!data) {
	movl	-16(%ebp), %ecx	# %sfp, <retval>
	testl	%eax, %eax	# data
	je	.L18	#,
# platform-c/dom0/env.c:54: 	*head = data;
	movl	%eax, (%edi)	# data, *head_12(D)
# platform-c/dom0/env.c:55: 	*size = sz;
	movl	%ebx, (%esi)	# sz, *size_14(D)
.L10:
# platform-c/dom0/env.c:57: }
	movl	-12(%ebp), %ebx	#,
	movl	%ecx, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L18:
# platform-c/dom0/env.c:51: 		__svc_kfree(skb, SVC_SKB);
	movl	$1, %edx	#,
	movl	%ecx, %eax	# <retval>,
	call	__svc_kfree	#
	.p2align 4
	.p2align 3
.L11:
# platform-c/dom0/env.c:48: 		return NULL;
	xorl	%ecx, %ecx	# <retval>
	jmp	.L10	#
	.size	env_skb_alloc, .-env_skb_alloc
	.p2align 4
	.globl	env_skb_ready
	.type	env_skb_ready, @function
env_skb_ready:
# platform-c/dom0/env.c:61: }
	ret	
	.size	env_skb_ready, .-env_skb_ready
	.p2align 4
	.globl	env_skb_free
	.type	env_skb_free, @function
env_skb_free:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp103, skb
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
# platform-c/dom0/env.c:68: 	int users = skb->users.counter;
	movl	128(%eax), %eax	# skb_6(D)->users.counter, users
# platform-c/dom0/env.c:71: 	if (users > 1) {
	cmpl	$1, %eax	#, users
	jg	.L35	#,
# platform-c/dom0/env.c:75: 	if (users <= 0) {
	jne	.L36	#,
# platform-c/dom0/env.c:79: 	if (skb->destructor)
	movl	120(%edi), %edx	# skb_6(D)->destructor, _10
# platform-c/dom0/env.c:79: 	if (skb->destructor)
	testl	%edx, %edx	# _10
	je	.L24	#,
# platform-c/dom0/env.c:80: 		skb->destructor(skb);
	movl	%edi, %eax	# skb,
	.p2align 4,,4
	call	*%edx	# _10
.L24:
# platform-c/dom0/env.c:81: 	sh = skb_shinfo(skb);
	movl	144(%edi), %esi	# skb_6(D)->end, sh
# platform-c/dom0/env.c:82: 	if (sh->nr_frags > MAX_SKB_FRAGS)
	movzwl	4(%esi), %edx	# sh_11->nr_frags, _12
# platform-c/dom0/env.c:82: 	if (sh->nr_frags > MAX_SKB_FRAGS)
	cmpl	$18, %edx	#, _12
	ja	.L25	#,
# platform-c/dom0/env.c:84: 	for (i = 0; i < sh->nr_frags; i++)
	xorl	%ebx, %ebx	# i
# platform-c/dom0/env.c:84: 	for (i = 0; i < sh->nr_frags; i++)
	testl	%edx, %edx	# _12
	je	.L27	#,
	.p2align 4
	.p2align 3
.L26:
# platform-c/dom0/env.c:85: 		__svc_put_page(sh->frags[i].page);
	leal	(%ebx,%ebx,2), %eax	#, tmp98
# platform-c/dom0/env.c:84: 	for (i = 0; i < sh->nr_frags; i++)
	incl	%ebx	# i
# platform-c/dom0/env.c:85: 		__svc_put_page(sh->frags[i].page);
	movl	20(%esi,%eax,4), %eax	# MEM[(struct page * *)sh_11 + 20B + _32 * 1], MEM[(struct page * *)sh_11 + 20B + _32 * 1]
	call	__svc_put_page	#
# platform-c/dom0/env.c:84: 	for (i = 0; i < sh->nr_frags; i++)
	movzwl	4(%esi), %eax	# sh_11->nr_frags, sh_11->nr_frags
# platform-c/dom0/env.c:84: 	for (i = 0; i < sh->nr_frags; i++)
	cmpl	%eax, %ebx	# sh_11->nr_frags, i
	jb	.L26	#,
.L27:
# platform-c/dom0/env.c:86: 	__svc_kfree(skb->head, SVC_SKBDATA);
	movl	132(%edi), %eax	# skb_6(D)->head, skb_6(D)->head
	movl	$2, %edx	#,
	call	__svc_kfree	#
# platform-c/dom0/env.c:87: 	__svc_kfree(skb, SVC_SKB);
	movl	%edi, %eax	# skb,
	movl	$1, %edx	#,
	call	__svc_kfree	#
# platform-c/dom0/env.c:88: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L35:
# platform-c/dom0/env.c:72: 		skb->users.counter = users - 1;
	decl	%eax	# _1
# platform-c/dom0/env.c:72: 		skb->users.counter = users - 1;
	movl	%eax, 128(%edi)	# _1, skb_6(D)->users.counter
# platform-c/dom0/env.c:88: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L36:
# platform-c/dom0/env.c:76: 		__svc_warn(WARN_SKB_USERS, (u32)skb);
	movl	%edi, %edx	# skb,
	movl	$261, %eax	#,
	call	__svc_warn	#
# platform-c/dom0/env.c:88: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L25:
# platform-c/dom0/env.c:83: 		__svc_bug(BUG_NR_FRAGS, sh->nr_frags);
	movl	$4, %eax	#,
	call	__svc_bug	#
	.size	env_skb_free, .-env_skb_free
	.p2align 4
	.globl	env_rx
	.type	env_rx, @function
env_rx:
# platform-c/dom0/env.c:92: 	if (backlog_qlen >= backlog_max) {
	movl	backlog_max, %ecx	# backlog_max, tmp97
	cmpl	%ecx, backlog_qlen	# tmp97, backlog_qlen
	jnb	.L46	#,
# platform-c/dom0/env.c:97: 	skb->next = NULL;
	movl	$0, (%eax)	#, skb_14(D)->next
# platform-c/dom0/env.c:98: 	if (backlog_tail)
	movl	backlog_tail, %edx	# backlog_tail, backlog_tail.5_5
# platform-c/dom0/env.c:98: 	if (backlog_tail)
	testl	%edx, %edx	# backlog_tail.5_5
	je	.L40	#,
# platform-c/dom0/env.c:99: 		backlog_tail->next = skb;
	movl	%eax, (%edx)	# skb, backlog_tail.5_5->next
.L41:
# platform-c/dom0/env.c:102: 	backlog_tail = skb;
	movl	%eax, backlog_tail	# skb, backlog_tail
# platform-c/dom0/env.c:105: 	softirq_pending = 1;
	movl	$1, %eax	#,
	movl	%eax, softirq_pending	#, softirq_pending
# platform-c/dom0/env.c:106: 	return NET_RX_SUCCESS;
	xorl	%eax, %eax	# <retval>
# platform-c/dom0/env.c:103: 	backlog_qlen++;
	incl	backlog_qlen	# backlog_qlen
# platform-c/dom0/env.c:104: 	backlog_queued++;
	incl	backlog_queued	# backlog_queued
# platform-c/dom0/env.c:107: }
	ret	
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/dom0/env.c:101: 		backlog_head = skb;
	movl	%eax, backlog_head	# skb, backlog_head
	jmp	.L41	#
	.p2align 4,,10
	.p2align 3
.L46:
# platform-c/dom0/env.c:91: {
	pushl	%ebp	#
# platform-c/dom0/env.c:93: 		backlog_dropped++;
	incl	backlog_dropped	# backlog_dropped
# platform-c/dom0/env.c:91: {
	movl	%esp, %ebp	#,
# platform-c/dom0/env.c:94: 		env_skb_free(skb);
	call	env_skb_free	#
# platform-c/dom0/env.c:95: 		return NET_RX_DROP;
	movl	$1, %eax	#, <retval>
# platform-c/dom0/env.c:107: }
	popl	%ebp	#
	ret	
	.size	env_rx, .-env_rx
	.p2align 4
	.globl	backlog_dequeue
	.type	backlog_dequeue, @function
backlog_dequeue:
# platform-c/dom0/env.c:111: 	struct sk_buff *skb = backlog_head;
	movl	backlog_head, %eax	# backlog_head, <retval>
# platform-c/dom0/env.c:113: 	if (!skb)
	testl	%eax, %eax	# <retval>
	je	.L47	#,
# platform-c/dom0/env.c:115: 	backlog_head = skb->next;
	movl	(%eax), %edx	# skb_8->next, _1
# platform-c/dom0/env.c:115: 	backlog_head = skb->next;
	movl	%edx, backlog_head	# _1, backlog_head
# platform-c/dom0/env.c:116: 	if (!backlog_head)
	testl	%edx, %edx	# _1
	je	.L53	#,
.L49:
# platform-c/dom0/env.c:118: 	backlog_qlen--;
	decl	backlog_qlen	# backlog_qlen
# platform-c/dom0/env.c:119: 	skb->next = NULL;
	movl	$0, (%eax)	#, skb_8->next
.L47:
# platform-c/dom0/env.c:121: }
	ret	
	.p2align 4,,10
	.p2align 3
.L53:
# platform-c/dom0/env.c:117: 		backlog_tail = NULL;
	xorl	%edx, %edx	#
	movl	%edx, backlog_tail	#, backlog_tail
	jmp	.L49	#
	.size	backlog_dequeue, .-backlog_dequeue
	.p2align 4
	.globl	env_virt_to_bus
	.type	env_virt_to_bus, @function
env_virt_to_bus:
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp147, va
	movl	%esp, %ebp	#,
	movl	$1, %eax	#, tmp150
	pushl	%edi	#
	pushl	%esi	#
# platform-c/dom0/env.c:133: 	pages = ((va & ~PAGE_MASK) + n - 1) / PAGE_SIZE + 1;
	movl	%ecx, %esi	# va, _1
# platform-c/dom0/env.c:130: {
	pushl	%ebx	#
	subl	$16, %esp	#,
	testl	%edx, %edx	# tmp148
	cmovne	%edx, %eax	# tmp148,, _11
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	movl	kboot+12, %edx	# kboot.lowmem, _5
# platform-c/dom0/env.c:133: 	pages = ((va & ~PAGE_MASK) + n - 1) / PAGE_SIZE + 1;
	andl	$4095, %esi	#, _1
	movl	%esi, -20(%ebp)	# _1, %sfp
# platform-c/dom0/env.c:133: 	pages = ((va & ~PAGE_MASK) + n - 1) / PAGE_SIZE + 1;
	leal	-1(%esi,%eax), %ebx	#, tmp121
# platform-c/dom0/env.c:133: 	pages = ((va & ~PAGE_MASK) + n - 1) / PAGE_SIZE + 1;
	shrl	$12, %ebx	#, tmp121
	movl	%ebx, -16(%ebp)	# tmp121, %sfp
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	cmpl	%edx, %ecx	# _5, va
	jb	.L55	#,
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	movl	kboot+8, %esi	# kboot.frames, _9
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	movl	%ecx, %edi	# va, _7
	subl	%edx, %edi	# _5, _7
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	sall	$12, %esi	#, _9
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	cmpl	%esi, %edi	# _9, _7
	jb	.L80	#,
.L55:
# platform-c/dom0/env.c:148: 		u32 pte = __hw_pte(DOMID_DOM0, (va & PAGE_MASK) + k * PAGE_SIZE);
	movl	%ecx, %ebx	# va, ivtmp.70
	xorl	%edi, %edi	# k
	movl	%ecx, -24(%ebp)	# va, %sfp
	andl	$-4096, %ebx	#, ivtmp.70
	xorl	%esi, %esi	# mfn0
	jmp	.L65	#
	.p2align 4,,10
	.p2align 3
.L82:
# platform-c/dom0/env.c:151: 		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
	leal	(%edi,%esi), %eax	#, tmp143
# platform-c/dom0/env.c:151: 		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
	cmpl	%ecx, %eax	# pfn, tmp143
	jne	.L78	#,
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	leal	1(%edi), %eax	#, k
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	addl	$4096, %ebx	#, ivtmp.70
	cmpl	%edi, -16(%ebp)	# k, %sfp
	je	.L81	#,
.L68:
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	movl	%eax, %edi	# k, k
.L65:
# platform-c/dom0/env.c:148: 		u32 pte = __hw_pte(DOMID_DOM0, (va & PAGE_MASK) + k * PAGE_SIZE);
	xorl	%eax, %eax	#
	movl	%ebx, %edx	# ivtmp.70,
	call	__hw_pte	#
# platform-c/dom0/env.c:149: 		u32 pfn = pte >> PAGE_SHIFT;
	movl	%eax, %ecx	# pte, pfn
	shrl	$12, %ecx	#, pfn
# platform-c/dom0/env.c:151: 		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
	testb	$1, %al	#, pte
	je	.L78	#,
# platform-c/dom0/env.c:151: 		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
	cmpl	kboot+20, %ecx	# kboot.ram_pfns, pfn
	jnb	.L78	#,
# platform-c/dom0/env.c:151: 		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
	testl	%edi, %edi	# k
	jne	.L82	#,
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	addl	$4096, %ebx	#, ivtmp.70
	movl	%ecx, %esi	# pfn, mfn0
	cmpl	%edi, -16(%ebp)	# k, %sfp
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	leal	1(%edi), %eax	#, k
# platform-c/dom0/env.c:147: 	for (k = 0; k < pages; k++) {
	jne	.L68	#,
.L81:
# platform-c/dom0/env.c:156: 	return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	movl	-20(%ebp), %eax	# %sfp, _1
# platform-c/dom0/env.c:156: 	return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	sall	$12, %esi	#, tmp144
# platform-c/dom0/env.c:157: }
	addl	$16, %esp	#,
	popl	%ebx	#
# platform-c/dom0/env.c:156: 	return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	orl	%esi, %eax	# tmp144, _1
# platform-c/dom0/env.c:157: }
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L80:
# platform-c/dom0/env.c:135: 	    n <= kboot.frames * PAGE_SIZE - (va - kboot.lowmem)) {
	addl	%esi, %edx	# _9, tmp125
	subl	%ecx, %edx	# va, tmp126
# platform-c/dom0/env.c:134: 	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	cmpl	%eax, %edx	# _11, tmp126
	jb	.L55	#,
# platform-c/dom0/env.c:126: 	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
	movl	kboot+24, %esi	# kboot.xen, _40
# platform-c/dom0/env.c:137: 		u32 i = (va - kboot.lowmem) / PAGE_SIZE;
	movl	%edi, %edx	# _7, _7
	shrl	$12, %edx	#, _7
# platform-c/dom0/env.c:126: 	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
	testl	%esi, %esi	# _40
	je	.L56	#,
	movl	p2m(,%edx,4), %eax	# p2m[i_37], iftmp.12_38
	movl	%eax, -24(%ebp)	# iftmp.12_38, %sfp
.L57:
# platform-c/dom0/env.c:140: 		for (k = 1; k < pages; k++)
	movl	-16(%ebp), %ebx	# %sfp, _4
	testl	%ebx, %ebx	# _4
	je	.L58	#,
# platform-c/dom0/env.c:126: 	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
	movl	kboot+4, %edi	# kboot.first_pfn, _53
	leal	1(%edx,%edi), %eax	#, ivtmp.62
	addl	%edi, %edx	# _53, tmp146
	addl	%eax, %ebx	# ivtmp.62, _4
	movl	%ebx, -28(%ebp)	# _4, %sfp
	movl	%edi, %ebx	# _53, tmp134
# platform-c/dom0/env.c:141: 			if (frame_of(i + k) != mfn0 + k)
	movl	-24(%ebp), %edi	# %sfp, tmp138
	negl	%ebx	# tmp134
	sall	$2, %ebx	#, tmp135
	movl	%ebx, -16(%ebp)	# tmp135, %sfp
	movl	-28(%ebp), %ebx	# %sfp, _17
	movl	%ecx, -28(%ebp)	# va, %sfp
	subl	%edx, %edi	# tmp146, tmp138
	.p2align 4
	.p2align 3
.L61:
# platform-c/dom0/env.c:126: 	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
	testl	%esi, %esi	# _40
	movl	%eax, %edx	# ivtmp.62, iftmp.12_52
	je	.L59	#,
	movl	-16(%ebp), %edx	# %sfp, tmp135
	movl	p2m(%edx,%eax,4), %edx	# MEM[(unsigned int *)&p2m + _57 + ivtmp.62_30 * 4], iftmp.12_52
.L59:
# platform-c/dom0/env.c:141: 			if (frame_of(i + k) != mfn0 + k)
	leal	(%edi,%eax), %ecx	#, tmp139
	cmpl	%edx, %ecx	# iftmp.12_52, tmp139
	jne	.L83	#,
# platform-c/dom0/env.c:140: 		for (k = 1; k < pages; k++)
	incl	%eax	# ivtmp.62
	cmpl	%eax, %ebx	# ivtmp.62, _17
	jne	.L61	#,
.L58:
# platform-c/dom0/env.c:143: 		return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	movl	-24(%ebp), %eax	# %sfp, iftmp.12_38
# platform-c/dom0/env.c:143: 		return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	movl	-20(%ebp), %esi	# %sfp, _1
# platform-c/dom0/env.c:157: }
	addl	$16, %esp	#,
	popl	%ebx	#
# platform-c/dom0/env.c:143: 		return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	sall	$12, %eax	#, iftmp.12_38
# platform-c/dom0/env.c:143: 		return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	orl	%esi, %eax	# _1, <retval>
# platform-c/dom0/env.c:157: }
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L56:
# platform-c/dom0/env.c:126: 	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
	movl	kboot+4, %eax	# kboot.first_pfn, iftmp.12_38
	addl	%edx, %eax	# i, iftmp.12_38
	movl	%eax, -24(%ebp)	# iftmp.12_38, %sfp
	jmp	.L57	#
.L78:
	movl	-24(%ebp), %ecx	# %sfp, va
.L63:
# platform-c/dom0/env.c:142: 				__svc_bug(BUG_DMA_NOT_RAM, va);
	movl	%ecx, %edx	# va,
	movl	$2, %eax	#,
	call	__svc_bug	#
.L83:
	movl	-28(%ebp), %ecx	# %sfp, va
	jmp	.L63	#
	.size	env_virt_to_bus, .-env_virt_to_bus
	.p2align 4
	.globl	env_page_to_bus
	.type	env_page_to_bus, @function
env_page_to_bus:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
# platform-c/dom0/env.c:161: 	u32 off = page - kboot.mem_map;
	movl	kboot, %esi	# kboot.mem_map, _1
# platform-c/dom0/env.c:160: {
	pushl	%ebx	#
# platform-c/dom0/env.c:160: {
	movl	%eax, %ebx	# tmp108, page
# platform-c/dom0/env.c:161: 	u32 off = page - kboot.mem_map;
	subl	%esi, %eax	# _1, off
# platform-c/dom0/env.c:163: 	if (page < kboot.mem_map || off >= kboot.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%esi, %ebx	# _1, page
	jb	.L85	#,
# platform-c/dom0/env.c:163: 	if (page < kboot.mem_map || off >= kboot.frames * sizeof(struct page) || off % sizeof(struct page))
	movl	kboot+8, %esi	# kboot.frames, tmp98
	sall	$5, %esi	#, tmp98
# platform-c/dom0/env.c:163: 	if (page < kboot.mem_map || off >= kboot.frames * sizeof(struct page) || off % sizeof(struct page))
	cmpl	%esi, %eax	# tmp98, off
	jnb	.L85	#,
# platform-c/dom0/env.c:163: 	if (page < kboot.mem_map || off >= kboot.frames * sizeof(struct page) || off % sizeof(struct page))
	testb	$31, %al	#, off
	jne	.L85	#,
# platform-c/dom0/env.c:165: 	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
	movl	kboot+12, %ebx	# kboot.lowmem,
# platform-c/dom0/env.c:165: 	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
	shrl	$5, %eax	#, tmp101
# platform-c/dom0/env.c:165: 	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
	sall	$12, %eax	#, tmp102
# platform-c/dom0/env.c:165: 	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
	addl	%ebx, %edx	#, tmp104
	addl	%edx, %eax	# tmp104, tmp106
# platform-c/dom0/env.c:165: 	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
	movl	%ecx, %edx	# size,
	call	env_virt_to_bus	#
# platform-c/dom0/env.c:166: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
.L85:
# platform-c/dom0/env.c:164: 		__svc_bug(BUG_NOT_A_PAGE, page);
	movl	%ebx, %edx	# page,
	movl	$3, %eax	#,
	call	__svc_bug	#
	.size	env_page_to_bus, .-env_page_to_bus
	.p2align 4
	.globl	env_irq_mask
	.type	env_irq_mask, @function
env_irq_mask:
# platform-c/dom0/env.c:171: }
	movl	kboot+16, %eax	# kboot.upcall_mask,
	ret	
	.size	env_irq_mask, .-env_irq_mask
	.p2align 4
	.globl	env_input_error
	.type	env_input_error, @function
env_input_error:
	pushl	%ebp	#
# platform-c/dom0/env.c:175: 	if (IS_WARN(code))
	testb	$1, %ah	#, code
# platform-c/dom0/env.c:174: {
	movl	%esp, %ebp	#,
# platform-c/dom0/env.c:175: 	if (IS_WARN(code))
	je	.L90	#,
# platform-c/dom0/env.c:176: 		__svc_warn(code, value);
	call	__svc_warn	#
# platform-c/dom0/env.c:179: }
	popl	%ebp	#
	ret	
.L90:
# platform-c/dom0/env.c:178: 		__svc_bug(code, value);
	.p2align 4,,8
	call	__svc_bug	#
	.size	env_input_error, .-env_input_error
	.p2align 4
	.globl	env_warn
	.type	env_warn, @function
env_warn:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/dom0/env.c:183: 	__svc_warn(code, value);
	call	__svc_warn	#
# platform-c/dom0/env.c:184: }
	popl	%ebp	#
	ret	
	.size	env_warn, .-env_warn
	.globl	softirq_pending
	.bss
	.align 4
	.type	softirq_pending, @object
	.size	softirq_pending, 4
softirq_pending:
	.zero	4
	.globl	backlog_dropped
	.align 4
	.type	backlog_dropped, @object
	.size	backlog_dropped, 4
backlog_dropped:
	.zero	4
	.globl	backlog_queued
	.align 4
	.type	backlog_queued, @object
	.size	backlog_queued, 4
backlog_queued:
	.zero	4
	.globl	backlog_max
	.data
	.align 4
	.type	backlog_max, @object
	.size	backlog_max, 4
backlog_max:
	.long	1000
	.globl	backlog_qlen
	.bss
	.align 4
	.type	backlog_qlen, @object
	.size	backlog_qlen, 4
backlog_qlen:
	.zero	4
	.globl	backlog_tail
	.align 4
	.type	backlog_tail, @object
	.size	backlog_tail, 4
backlog_tail:
	.zero	4
	.globl	backlog_head
	.align 4
	.type	backlog_head, @object
	.size	backlog_head, 4
backlog_head:
	.zero	4
	.globl	p2m
	.align 32
	.type	p2m, @object
	.size	p2m, 65536
p2m:
	.zero	65536
	.globl	kboot
	.align 4
	.type	kboot, @object
	.size	kboot, 28
kboot:
	.zero	28
	.globl	place_stats
	.align 4
	.type	place_stats, @object
	.size	place_stats, 8
place_stats:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
