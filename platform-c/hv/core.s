	.file	"core.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	dom0_owns
	.type	dom0_owns, @function
dom0_owns:
# platform-c/hv/core.c:33: 	if (pfn < MAX_FRAMES)
	cmpl	$131071, %eax	#, pfn
	jbe	.L6	#,
# platform-c/hv/core.c:35: 	return pfn >= dom0.iomem_lo && pfn < dom0.iomem_hi;
	xorl	%edx, %edx	# <retval>
	cmpl	dom0+36, %eax	# dom0.iomem_lo, pfn
	jb	.L1	#,
# platform-c/hv/core.c:35: 	return pfn >= dom0.iomem_lo && pfn < dom0.iomem_hi;
	xorl	%edx, %edx	# <retval>
	cmpl	dom0+40, %eax	# dom0.iomem_hi, pfn
	setb	%dl	#, <retval>
.L1:
# platform-c/hv/core.c:36: }
	movl	%edx, %eax	# <retval>,
	ret	
	.p2align 4,,10
	.p2align 3
.L6:
# platform-c/hv/core.c:34: 		return frame_owner[pfn] == OWNER_DOM0;
	xorl	%edx, %edx	# <retval>
	cmpb	$0, frame_owner(%eax)	#, frame_owner[pfn_6(D)]
	sete	%dl	#, <retval>
# platform-c/hv/core.c:36: }
	movl	%edx, %eax	# <retval>,
	ret	
	.size	dom0_owns, .-dom0_owns
	.p2align 4
	.globl	guest_owns
	.type	guest_owns, @function
guest_owns:
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	leal	-1(%eax), %ecx	#, tmp92
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	cmpl	$63, %ecx	#, tmp92
	ja	.L9	#,
	cmpl	$131071, %edx	#, pfn
	jbe	.L16	#,
.L9:
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/core.c:41: }
	ret	
	.p2align 4,,10
	.p2align 3
.L16:
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	movzbl	frame_owner(%edx), %edx	# frame_owner[pfn_6(D)], frame_owner[pfn_6(D)]
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	cmpl	%eax, %edx	# domid, frame_owner[pfn_6(D)]
	sete	%al	#, tmp100
	movzbl	%al, %eax	# tmp100, <retval>
	ret	
	.size	guest_owns, .-guest_owns
	.p2align 4
	.globl	hv_set_owner
	.type	hv_set_owner, @function
hv_set_owner:
# platform-c/hv/core.c:47: 	for (p = first; p < first + count && p < MAX_FRAMES; p++)
	addl	%eax, %edx	# first, _16
# platform-c/hv/core.c:47: 	for (p = first; p < first + count && p < MAX_FRAMES; p++)
	cmpl	$131071, %eax	#, first
	ja	.L17	#,
	cmpl	%edx, %eax	# _16, first
	jb	.L20	#,
	jmp	.L17	#
	.p2align 4,,10
	.p2align 3
.L30:
# platform-c/hv/core.c:47: 	for (p = first; p < first + count && p < MAX_FRAMES; p++)
	cmpl	$131071, %eax	#, first
	ja	.L17	#,
.L20:
# platform-c/hv/core.c:48: 		frame_owner[p] = owner;
	movb	%cl, frame_owner(%eax)	# _24, MEM[(unsigned char *)&frame_owner + p_20 * 1]
# platform-c/hv/core.c:47: 	for (p = first; p < first + count && p < MAX_FRAMES; p++)
	incl	%eax	# first
# platform-c/hv/core.c:47: 	for (p = first; p < first + count && p < MAX_FRAMES; p++)
	cmpl	%edx, %eax	# _16, first
	jb	.L30	#,
.L17:
# platform-c/hv/core.c:49: }
	ret	
	.size	hv_set_owner, .-hv_set_owner
	.p2align 4
	.globl	hv_set_dom0
	.type	hv_set_dom0, @function
hv_set_dom0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hv/core.c:53: 	dom0.mem_map = mem_map;
	movl	%eax, dom0+4	# tmp96, dom0.mem_map
# platform-c/hv/core.c:56: 	dom0.lowmem = lowmem;
	movl	8(%ebp), %eax	# lowmem, lowmem
# platform-c/hv/core.c:54: 	dom0.first_pfn = first_pfn;
	movl	%edx, dom0+8	# tmp97, dom0.first_pfn
# platform-c/hv/core.c:55: 	dom0.frames = frames;
	movl	%ecx, dom0+12	# tmp98, dom0.frames
# platform-c/hv/core.c:56: 	dom0.lowmem = lowmem;
	movl	%eax, dom0+16	# lowmem, dom0.lowmem
# platform-c/hv/core.c:57: 	dom0.upcall_mask = upcall_mask;
	movl	12(%ebp), %eax	# upcall_mask, upcall_mask
	movl	%eax, dom0+20	# upcall_mask, dom0.upcall_mask
# platform-c/hv/core.c:58: 	dom0.iomem_lo = iomem_lo;
	movl	16(%ebp), %eax	# iomem_lo, iomem_lo
	movl	%eax, dom0+36	# iomem_lo, dom0.iomem_lo
# platform-c/hv/core.c:59: 	dom0.iomem_hi = iomem_hi;
	movl	20(%ebp), %eax	# iomem_hi, iomem_hi
# platform-c/hv/core.c:60: }
	popl	%ebp	#
# platform-c/hv/core.c:59: 	dom0.iomem_hi = iomem_hi;
	movl	%eax, dom0+40	# iomem_hi, dom0.iomem_hi
# platform-c/hv/core.c:60: }
	ret	
	.size	hv_set_dom0, .-hv_set_dom0
	.p2align 4
	.globl	hv_set_dom0_p2m
	.type	hv_set_dom0_p2m, @function
hv_set_dom0_p2m:
# platform-c/hv/core.c:64: 	dom0.p2m = p2m;
	movl	%eax, dom0+44	# tmp84, dom0.p2m
# platform-c/hv/core.c:65: }
	ret	
	.size	hv_set_dom0_p2m, .-hv_set_dom0_p2m
	.p2align 4
	.globl	hv_set_areas
	.type	hv_set_areas, @function
hv_set_areas:
# platform-c/hv/core.c:69: 	hv_gnt_area = gnt_area;
	movl	%eax, hv_gnt_area	# tmp85, hv_gnt_area
# platform-c/hv/core.c:70: 	hv_mapcache = mapcache;
	movl	%edx, hv_mapcache	# tmp86, hv_mapcache
# platform-c/hv/core.c:71: 	hv_gnt_map_base = gnt_map_base;
	movl	%ecx, hv_gnt_map_base	# tmp87, hv_gnt_map_base
# platform-c/hv/core.c:72: }
	ret	
	.size	hv_set_areas, .-hv_set_areas
	.p2align 4
	.globl	hv_set_netdev
	.type	hv_set_netdev, @function
hv_set_netdev:
# platform-c/hv/core.c:76: 	dom0.netdev = netdev;
	movl	%eax, dom0	# tmp84, dom0.netdev
# platform-c/hv/core.c:77: }
	ret	
	.size	hv_set_netdev, .-hv_set_netdev
	.p2align 4
	.globl	hv_set_irq
	.type	hv_set_irq, @function
hv_set_irq:
# platform-c/hv/core.c:81: 	dom0.irq = irq;
	movl	%eax, dom0+24	# tmp88, dom0.irq
# platform-c/hv/core.c:82: 	dom0.irq_handler = handler;
	movl	%edx, dom0+28	# tmp89, dom0.irq_handler
# platform-c/hv/core.c:83: 	dom0.irq_dev = dev;
	movl	%ecx, dom0+32	# tmp90, dom0.irq_dev
# platform-c/hv/core.c:84: }
	ret	
	.size	hv_set_irq, .-hv_set_irq
	.p2align 4
	.globl	hv_add_guest
	.type	hv_add_guest, @function
hv_add_guest:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/core.c:87: {
	movl	%edx, %ebx	# tmp103, mac_lo
# platform-c/hv/core.c:90: 	if (id < 1 || id > MAX_GUESTS)
	leal	-1(%eax), %edx	#, tmp91
# platform-c/hv/core.c:90: 	if (id < 1 || id > MAX_GUESTS)
	cmpl	$63, %edx	#, tmp91
	ja	.L39	#,
# platform-c/hv/core.c:93: 	g->id = id;
	imull	$1596, %eax, %edx	#, id, tmp93
	movl	%eax, guests(%edx)	# id, MEM <struct guest[65]> [(struct guest *)&guests][id_6(D)].id
# platform-c/hv/core.c:96: 	g->present = 1;
	movl	$1, %eax	#,
	movw	%ax, guests+10(%edx)	#, MEM <struct guest[65]> [(struct guest *)&guests][id_6(D)].present
# platform-c/hv/core.c:97: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/core.c:94: 	*(u32 *)g->mac = mac_lo;
	movl	%ebx, guests+4(%edx)	# mac_lo, MEM[(u32 *)_2]
# platform-c/hv/core.c:95: 	*(u16 *)(g->mac + 4) = mac_hi;
	movw	%cx, guests+8(%edx)	# mac_hi, MEM[(u16 *)_2 + 4B]
.L37:
# platform-c/hv/core.c:98: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L39:
# platform-c/hv/core.c:91: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L37	#
	.size	hv_add_guest, .-hv_add_guest
	.p2align 4
	.globl	guest_by_id
	.type	guest_by_id, @function
guest_by_id:
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	leal	-1(%eax), %edx	#, tmp87
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	cmpl	$63, %edx	#, tmp87
	ja	.L43	#,
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	imull	$1596, %eax, %eax	#, id, tmp89
# platform-c/hv/core.c:104: 	return &guests[id];
	cmpw	$0, guests+10(%eax)	#, guests[id_4(D)].present
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	leal	guests(%eax), %edx	#, tmp90
# platform-c/hv/core.c:104: 	return &guests[id];
	movl	$0, %eax	#, tmp95
	cmovne	%edx, %eax	# tmp90,, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L43:
# platform-c/hv/core.c:103: 		return NULL;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/core.c:105: }
	ret	
	.size	guest_by_id, .-guest_by_id
	.p2align 4
	.globl	guest_page
	.type	guest_page, @function
guest_page:
# platform-c/hv/core.c:115: 	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
	testl	%ecx, %ecx	# len
	je	.L68	#,
# platform-c/hv/core.c:112: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%esi, -4(%ebp)	#,
# platform-c/hv/core.c:115: 	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
	movl	%edx, %esi	# va, tmp103
# platform-c/hv/core.c:112: {
	movl	%ebx, -8(%ebp)	#,
# platform-c/hv/core.c:115: 	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
	andl	$4095, %esi	#, tmp103
	movl	%eax, %ebx	# tmp121, g
# platform-c/hv/core.c:115: 	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
	movl	$4096, %eax	#, tmp105
	subl	%esi, %eax	# tmp103, tmp104
# platform-c/hv/core.c:115: 	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
	cmpl	%ecx, %eax	# len, tmp104
	jb	.L46	#,
	cmpl	$-67108865, %edx	#, va
	ja	.L46	#,
# platform-c/hv/core.c:117: 	pte = __hw_pte(g->id, va);
	movl	(%ebx), %eax	# g_13(D)->id, g_13(D)->id
	call	__hw_pte	#
# platform-c/hv/core.c:118: 	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
	testb	$1, %al	#, pte
	je	.L46	#,
# platform-c/hv/core.c:118: 	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
	movl	8(%ebp), %edx	# write,
	testl	%edx, %edx	#
	je	.L47	#,
# platform-c/hv/core.c:118: 	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
	testb	$2, %al	#, pte
	.p2align 4,,2
	je	.L46	#,
.L47:
# platform-c/hv/core.c:118: 	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
	movl	(%ebx), %edx	# g_13(D)->id, _7
# platform-c/hv/core.c:118: 	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
	shrl	$12, %eax	#, <retval>
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	leal	-1(%edx), %ecx	#, tmp113
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	cmpl	$63, %ecx	#, tmp113
	ja	.L46	#,
	cmpl	$131071, %eax	#, <retval>
	jbe	.L72	#,
	.p2align 4
	.p2align 3
.L46:
# platform-c/hv/core.c:116: 		return 0;
	xorl	%eax, %eax	# <retval>
.L45:
# platform-c/hv/core.c:121: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L68:
# platform-c/hv/core.c:116: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/core.c:121: }
	ret	
	.p2align 4,,10
	.p2align 3
.L72:
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	movzbl	frame_owner(%eax), %ecx	# frame_owner[_6], frame_owner[_6]
# platform-c/hv/core.c:40: 	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
	cmpl	%ecx, %edx	# frame_owner[_6], _7
	jne	.L46	#,
	jmp	.L45	#
	.size	guest_page, .-guest_page
	.p2align 4
	.globl	hv_do_irq
	.type	hv_do_irq, @function
hv_do_irq:
	pushl	%ebp	#
# platform-c/hv/core.c:127: 	__hw_notify(DOMID_DOM0);
	xorl	%eax, %eax	#
# platform-c/hv/core.c:126: 	hv_stats.irq_calls++;
	incl	hv_stats+16	# hv_stats.irq_calls
# platform-c/hv/core.c:125: {
	movl	%esp, %ebp	#,
# platform-c/hv/core.c:127: 	__hw_notify(DOMID_DOM0);
	call	__hw_notify	#
# platform-c/hv/core.c:128: }
	popl	%ebp	#
	ret	
	.size	hv_do_irq, .-hv_do_irq
	.p2align 4
	.globl	hv_hypercall
	.type	hv_hypercall, @function
hv_hypercall:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp125, caller
	movl	%edx, %eax	# tmp126, nr
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp127, a1
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/core.c:141: 	struct guest *g = caller ? guest_by_id(caller) : NULL;
	leal	-1(%ebx), %ecx	#, tmp101
# platform-c/hv/core.c:143: 	hv_stats.hypercalls++;
	movl	hv_stats, %edi	# hv_stats.hypercalls, tmp136
# platform-c/hv/core.c:141: 	struct guest *g = caller ? guest_by_id(caller) : NULL;
	cmpl	$63, %ecx	#, tmp101
# platform-c/hv/core.c:143: 	hv_stats.hypercalls++;
	leal	1(%edi), %edx	#, _7
# platform-c/hv/core.c:141: 	struct guest *g = caller ? guest_by_id(caller) : NULL;
	ja	.L76	#,
# platform-c/hv/core.c:143: 	hv_stats.hypercalls++;
	movl	%edx, hv_stats	# _7, hv_stats.hypercalls
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	imull	$1596, %ebx, %ecx	#, caller, tmp103
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	cmpw	$0, guests+10(%ecx)	#, guests[caller_9(D)].present
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	leal	guests(%ecx), %edi	#, tmp104
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	je	.L77	#,
# platform-c/hv/core.c:144: 	switch (nr) {
	cmpl	$9, %eax	#, nr
	ja	.L97	#,
	jmp	*.L80(,%eax,4)	#
	.section	.rodata
	.align 4
	.align 4
.L80:
	.long	.L97
	.long	.L85
	.long	.L84
	.long	.L83
	.long	.L82
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L79
	.text
	.p2align 4,,10
	.p2align 3
.L76:
# platform-c/hv/core.c:143: 	hv_stats.hypercalls++;
	movl	%edx, hv_stats	# _7, hv_stats.hypercalls
# platform-c/hv/core.c:144: 	switch (nr) {
	cmpl	$8, %eax	#, nr
	ja	.L97	#,
	jmp	*.L98(,%eax,4)	#
	.section	.rodata
	.align 4
	.align 4
.L98:
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L91
	.long	.L93
	.long	.L94
	.long	.L95
	.long	.L96
	.text
	.p2align 4,,10
	.p2align 3
.L91:
# platform-c/hv/core.c:157: 		if (caller == DOMID_DOM0 ? !guest_by_id(a1) : a1 != DOMID_DOM0)
	testl	%ebx, %ebx	# caller
	jne	.L82	#,
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	leal	-1(%esi), %eax	#, tmp111
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	cmpl	$63, %eax	#, tmp111
	.p2align 4,,3
	ja	.L97	#,
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	imull	$1596, %esi, %eax	#, a1, tmp113
# platform-c/hv/core.c:102: 	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
	cmpw	$0, guests+10(%eax)	#, guests[a1_14(D)].present
	jne	.L92	#,
	.p2align 4
	.p2align 3
.L97:
# platform-c/hv/core.c:146: 		return g ? net_setup(g, a1, a2, a3) : HC_EINVAL;
	movl	$-22, %eax	#, <retval>
.L75:
# platform-c/hv/core.c:171: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L77:
# platform-c/hv/core.c:144: 	switch (nr) {
	cmpl	$8, %eax	#, nr
	ja	.L97	#,
	jmp	*.L99(,%eax,4)	#
	.section	.rodata
	.align 4
	.align 4
.L99:
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L82
	.long	.L97
	.long	.L97
	.long	.L97
	.long	.L97
	.text
	.p2align 4,,10
	.p2align 3
.L83:
# platform-c/hv/core.c:152: 		hv_guest_resume(caller);
	movl	%ebx, %eax	# caller,
	call	hv_guest_resume	#
# platform-c/hv/core.c:153: 		return HC_OK;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,4
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L84:
# platform-c/hv/core.c:148: 		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	movl	hv_l61, %ecx	# hv_l61,
# platform-c/hv/core.c:148: 		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	movl	%esi, %edx	# a1,
	movl	%edi, %eax	# tmp104,
# platform-c/hv/core.c:148: 		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	testl	%ecx, %ecx	#
	je	.L88	#,
# platform-c/hv/core.c:148: 		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	call	l61_net_tx	#
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L85:
# platform-c/hv/core.c:146: 		return g ? net_setup(g, a1, a2, a3) : HC_EINVAL;
	movl	12(%ebp), %eax	# a3, tmp137
	movl	%esi, %edx	# a1,
	movl	%eax, (%esp)	# tmp137,
	movl	%edi, %eax	# tmp104,
	movl	8(%ebp), %ecx	# a2,
	call	net_setup	#
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L79:
# platform-c/hv/core.c:155: 		return g ? gnt_setup(g, a1) : HC_EINVAL;
	movl	%esi, %edx	# a1,
	movl	%edi, %eax	# tmp104,
	call	gnt_setup	#
	.p2align 4,,4
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L82:
# platform-c/hv/core.c:157: 		if (caller == DOMID_DOM0 ? !guest_by_id(a1) : a1 != DOMID_DOM0)
	testl	%esi, %esi	# a1
	jne	.L97	#,
.L92:
# platform-c/hv/core.c:159: 		__hw_notify(a1);
	movl	%esi, %eax	# a1,
	.p2align 4,,7
	call	__hw_notify	#
# platform-c/hv/core.c:153: 		return HC_OK;
	xorl	%eax, %eax	# <retval>
	.p2align 4,,2
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/hv/core.c:168: 		return caller == DOMID_DOM0 && a1 == dom0.irq ? HC_OK : HC_EINVAL;
	testl	%ebx, %ebx	# caller
	jne	.L97	#,
# platform-c/hv/core.c:168: 		return caller == DOMID_DOM0 && a1 == dom0.irq ? HC_OK : HC_EINVAL;
	cmpl	%esi, dom0+24	# a1, dom0.irq
	jne	.L97	#,
# platform-c/hv/core.c:153: 		return HC_OK;
	xorl	%eax, %eax	# <retval>
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L95:
# platform-c/hv/core.c:166: 		return caller == DOMID_DOM0 ? gnt_copy(a1, a2, a3, a4) : HC_EINVAL;
	testl	%ebx, %ebx	# caller
	jne	.L97	#,
# platform-c/hv/core.c:166: 		return caller == DOMID_DOM0 ? gnt_copy(a1, a2, a3, a4) : HC_EINVAL;
	movl	16(%ebp), %eax	# a4, a4
	movl	%eax, (%esp)	# a4,
	movl	%esi, %eax	# a1,
	movl	12(%ebp), %ecx	# a3,
	movl	8(%ebp), %edx	# a2,
	call	gnt_copy	#
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L94:
# platform-c/hv/core.c:164: 		return caller == DOMID_DOM0 ? gnt_unmap(a1) : HC_EINVAL;
	testl	%ebx, %ebx	# caller
	jne	.L97	#,
# platform-c/hv/core.c:164: 		return caller == DOMID_DOM0 ? gnt_unmap(a1) : HC_EINVAL;
	movl	%esi, %eax	# a1,
	.p2align 4,,7
	call	gnt_unmap	#
	.p2align 4,,4
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L93:
# platform-c/hv/core.c:162: 		return caller == DOMID_DOM0 ? gnt_map(a1, a2, a3) : HC_EINVAL;
	testl	%ebx, %ebx	# caller
	jne	.L97	#,
# platform-c/hv/core.c:162: 		return caller == DOMID_DOM0 ? gnt_map(a1, a2, a3) : HC_EINVAL;
	movl	12(%ebp), %ecx	# a3,
	movl	%esi, %eax	# a1,
	movl	8(%ebp), %edx	# a2,
	call	gnt_map	#
	jmp	.L75	#
	.p2align 4,,10
	.p2align 3
.L88:
# platform-c/hv/core.c:148: 		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	call	net_tx	#
	.p2align 4,,8
	jmp	.L75	#
	.size	hv_hypercall, .-hv_hypercall
	.globl	hv_gnt_orig
	.bss
	.align 32
	.type	hv_gnt_orig, @object
	.size	hv_gnt_orig, 2048
hv_gnt_orig:
	.zero	2048
	.globl	hv_gnt_map_base
	.align 4
	.type	hv_gnt_map_base, @object
	.size	hv_gnt_map_base, 4
hv_gnt_map_base:
	.zero	4
	.globl	hv_mapcache
	.align 4
	.type	hv_mapcache, @object
	.size	hv_mapcache, 4
hv_mapcache:
	.zero	4
	.globl	hv_gnt_area
	.align 4
	.type	hv_gnt_area, @object
	.size	hv_gnt_area, 4
hv_gnt_area:
	.zero	4
	.globl	hv_guest_work
	.align 32
	.type	hv_guest_work, @object
	.size	hv_guest_work, 65
hv_guest_work:
	.zero	65
	.globl	hv_driver_dead
	.align 4
	.type	hv_driver_dead, @object
	.size	hv_driver_dead, 4
hv_driver_dead:
	.zero	4
	.globl	guests
	.align 32
	.type	guests, @object
	.size	guests, 103740
guests:
	.zero	103740
	.globl	dom0
	.align 32
	.type	dom0, @object
	.size	dom0, 48
dom0:
	.zero	48
	.globl	frame_owner
	.align 32
	.type	frame_owner, @object
	.size	frame_owner, 131072
frame_owner:
	.zero	131072
	.globl	hv_stats
	.align 32
	.type	hv_stats, @object
	.size	hv_stats, 40
hv_stats:
	.zero	40
	.globl	place_stats
	.align 4
	.type	place_stats, @object
	.size	place_stats, 8
place_stats:
	.zero	8
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
