	.file	"grant.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	granted_frame, @function
granted_frame:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp150, domid
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp151, gref
	movl	%edi, -4(%ebp)	#,
# platform-c/hv/grant.c:36: {
	movl	%ecx, %edi	# tmp152, write
# platform-c/hv/grant.c:37: 	struct guest *g = guest_by_id(domid);
	call	guest_by_id	#
# platform-c/hv/grant.c:41: 	if (!g || !g->gnttab || gref >= NR_GRANTS)
	testl	%eax, %eax	# g
	je	.L4	#,
# platform-c/hv/grant.c:41: 	if (!g || !g->gnttab || gref >= NR_GRANTS)
	movl	20(%eax), %eax	# g_21->gnttab,
	testl	%eax, %eax	#
	je	.L4	#,
	cmpl	$511, %esi	#, gref
	ja	.L4	#,
# platform-c/hv/grant.c:43: 	e = ((struct grant_entry *)(hv_gnt_area + domid * PAGE_SIZE))[gref];
	movl	hv_gnt_area, %edx	# hv_gnt_area, hv_gnt_area
	movl	%ebx, %eax	# domid, tmp121
	sall	$9, %eax	#, tmp121
	addl	%esi, %eax	# gref, tmp122
	leal	(%edx,%eax,8), %eax	#, _7
# platform-c/hv/grant.c:44: 	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	cmpw	$0, 2(%eax)	#, _7->domid
# platform-c/hv/grant.c:43: 	e = ((struct grant_entry *)(hv_gnt_area + domid * PAGE_SIZE))[gref];
	movzwl	(%eax), %ecx	# _7->flags, e$flags
	movl	4(%eax), %edx	# _7->frame, e$frame
# platform-c/hv/grant.c:44: 	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	jne	.L4	#,
# platform-c/hv/grant.c:44: 	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	movb	%cl, %al	# e$flags, tmp129
	notb	%al	# tmp129
	andb	$1, %al	#, tmp130
# platform-c/hv/grant.c:44: 	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	jne	.L4	#,
# platform-c/hv/grant.c:44: 	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	testl	$4095, %edx	#, e$frame
	jne	.L4	#,
	cmpl	$-67108865, %edx	#, e$frame
	ja	.L4	#,
# platform-c/hv/grant.c:45: 	    e.frame >= HV_REGION_START || (write && (e.flags & GTF_readonly)))
	testl	%edi, %edi	# write
	je	.L5	#,
# platform-c/hv/grant.c:45: 	    e.frame >= HV_REGION_START || (write && (e.flags & GTF_readonly)))
	testb	$4, %cl	#, e$flags
	jne	.L4	#,
.L5:
	movl	%ecx, -16(%ebp)	# e$flags, %sfp
# platform-c/hv/grant.c:47: 	pte = __hw_pte(domid, e.frame);
	movl	%ebx, %eax	# domid,
	call	__hw_pte	#
# platform-c/hv/grant.c:48: 	if (!(pte & PTE_P) || !guest_owns(domid, pte >> PAGE_SHIFT))
	testb	$1, %al	#, pte
# platform-c/hv/grant.c:47: 	pte = __hw_pte(domid, e.frame);
	movl	%eax, %edi	# tmp154, pte
# platform-c/hv/grant.c:48: 	if (!(pte & PTE_P) || !guest_owns(domid, pte >> PAGE_SHIFT))
	jne	.L19	#,
	.p2align 4
	.p2align 3
.L4:
# platform-c/hv/grant.c:42: 		return 0;
	xorl	%esi, %esi	# <retval>
.L1:
# platform-c/hv/grant.c:52: }
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L19:
# platform-c/hv/grant.c:48: 	if (!(pte & PTE_P) || !guest_owns(domid, pte >> PAGE_SHIFT))
	movl	%eax, %esi	# pte, <retval>
	movl	%ebx, %eax	# domid,
	shrl	$12, %esi	#, <retval>
	movl	%esi, %edx	# <retval>,
	call	guest_owns	#
# platform-c/hv/grant.c:48: 	if (!(pte & PTE_P) || !guest_owns(domid, pte >> PAGE_SHIFT))
	testl	%eax, %eax	# tmp155
	je	.L4	#,
# platform-c/hv/grant.c:50: 	*readonly = !(e.flags & GTF_readonly) && (pte & PTE_W) ? 0 : 1;
	movl	-16(%ebp), %ecx	# %sfp, e$flags
	movl	$1, %eax	#, iftmp.8_15
	testb	$4, %cl	#, e$flags
	jne	.L6	#,
# platform-c/hv/grant.c:50: 	*readonly = !(e.flags & GTF_readonly) && (pte & PTE_W) ? 0 : 1;
	shrl	%edi	# tmp143
	xorl	$1, %edi	#, tmp144
	movl	%edi, %eax	# tmp144, tmp144
	andl	$1, %eax	#, tmp144
.L6:
# platform-c/hv/grant.c:50: 	*readonly = !(e.flags & GTF_readonly) && (pte & PTE_W) ? 0 : 1;
	movl	8(%ebp), %edx	# readonly, readonly
	movl	%eax, (%edx)	# iftmp.8_15, *readonly_29(D)
# platform-c/hv/grant.c:51: 	return pte >> PAGE_SHIFT;
	jmp	.L1	#
	.size	granted_frame, .-granted_frame
	.p2align 4
	.globl	gnt_setup
	.type	gnt_setup, @function
gnt_setup:
# platform-c/hv/grant.c:25: 	if (gnttab & ~PAGE_MASK)
	testl	$4095, %edx	#, gnttab
	jne	.L24	#,
# platform-c/hv/grant.c:22: {
	pushl	%ebp	#
# platform-c/hv/grant.c:27: 	mfn = guest_page(g, gnttab, PAGE_SIZE, 0);
	movl	$4096, %ecx	#,
# platform-c/hv/grant.c:22: {
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp102, g
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp103, gnttab
	subl	$4, %esp	#,
# platform-c/hv/grant.c:27: 	mfn = guest_page(g, gnttab, PAGE_SIZE, 0);
	movl	$0, (%esp)	#,
	call	guest_page	#
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	testl	%eax, %eax	# mfn
	je	.L23	#,
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	sall	$12, %eax	#, tmp95
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	movl	(%esi), %edx	# g_15(D)->id, tmp97
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	orl	$1, %eax	#, tmp95
	movl	%eax, %ecx	# tmp95, tmp96
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	movl	hv_gnt_area, %eax	# hv_gnt_area,
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	sall	$12, %edx	#, tmp97
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	addl	%eax, %edx	#, tmp99
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	movl	$32752, %eax	#,
	call	__hw_set_pte	#
# platform-c/hv/grant.c:28: 	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
	testl	%eax, %eax	# <retval>
	jne	.L23	#,
# platform-c/hv/grant.c:30: 	g->gnttab = (struct grant_entry *)gnttab;
	movl	%ebx, 20(%esi)	# gnttab, g_15(D)->gnttab
.L20:
# platform-c/hv/grant.c:32: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L23:
# platform-c/hv/grant.c:29: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L20	#
	.p2align 4,,10
	.p2align 3
.L24:
# platform-c/hv/grant.c:26: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
# platform-c/hv/grant.c:32: }
	ret	
	.size	gnt_setup, .-gnt_setup
	.p2align 4
	.globl	gnt_map
	.type	gnt_map, @function
gnt_map:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp124, va
	subl	$8, %esp	#,
# platform-c/hv/grant.c:57: 	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE, mfn;
	movl	%ebx, %esi	# va, _2
	movl	hv_gnt_map_base, %ecx	# hv_gnt_map_base, hv_gnt_map_base.2_1
	subl	%ecx, %esi	# hv_gnt_map_base.2_1, _2
# platform-c/hv/grant.c:57: 	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE, mfn;
	movl	%esi, %edi	# _2, slot
	shrl	$12, %edi	#, slot
# platform-c/hv/grant.c:60: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || hv_gnt_orig[slot])
	cmpl	%ecx, %ebx	# hv_gnt_map_base.2_1, va
	jb	.L36	#,
	cmpl	$2097151, %esi	#, _2
	ja	.L36	#,
# platform-c/hv/grant.c:60: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || hv_gnt_orig[slot])
	testl	$4095, %ebx	#, va
	jne	.L36	#,
# platform-c/hv/grant.c:60: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || hv_gnt_orig[slot])
	movl	hv_gnt_orig(,%edi,4), %esi	# hv_gnt_orig[slot_20],
	testl	%esi, %esi	#
	jne	.L36	#,
# platform-c/hv/grant.c:62: 	mfn = granted_frame(domid, gref, 0, &ro);
	leal	-16(%ebp), %ecx	#, tmp112
	movl	%ecx, (%esp)	# tmp112,
	xorl	%ecx, %ecx	#
	call	granted_frame	#
# platform-c/hv/grant.c:63: 	if (!mfn)
	testl	%eax, %eax	# mfn
# platform-c/hv/grant.c:62: 	mfn = granted_frame(domid, gref, 0, &ro);
	movl	%eax, %esi	# tmp125, mfn
# platform-c/hv/grant.c:63: 	if (!mfn)
	je	.L31	#,
# platform-c/hv/grant.c:65: 	hv_gnt_orig[slot] = __hw_pte(DOMID_DOM0, va);
	xorl	%eax, %eax	#
	movl	%ebx, %edx	# va,
	call	__hw_pte	#
# platform-c/hv/grant.c:65: 	hv_gnt_orig[slot] = __hw_pte(DOMID_DOM0, va);
	movl	%eax, hv_gnt_orig(,%edi,4)	# _6, hv_gnt_orig[slot_20]
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	testl	%eax, %eax	# _6
	je	.L33	#,
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	movl	-16(%ebp), %edx	# ro,
	xorl	%eax, %eax	# tmp115
	testl	%edx, %edx	#
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	movl	%ebx, %edx	# va,
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	sete	%al	#, tmp115
	leal	(%eax,%eax), %ecx	#, tmp117
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	movl	%esi, %eax	# mfn, tmp118
	sall	$12, %eax	#, tmp118
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	orl	%eax, %ecx	# tmp118, tmp119
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	xorl	%eax, %eax	#
	orl	$1, %ecx	#, tmp120
	call	__hw_set_pte	#
# platform-c/hv/grant.c:66: 	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
	testl	%eax, %eax	# tmp127
	jne	.L33	#,
# platform-c/hv/grant.c:70: 	gnt_maps++;
	incl	gnt_maps	# gnt_maps
# platform-c/hv/grant.c:71: 	return mfn;
	movl	%esi, %eax	# mfn, <retval>
.L29:
# platform-c/hv/grant.c:72: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L36:
# platform-c/hv/grant.c:61: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L29	#
	.p2align 4,,10
	.p2align 3
.L33:
# platform-c/hv/grant.c:67: 		hv_gnt_orig[slot] = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, hv_gnt_orig(,%edi,4)	#, hv_gnt_orig[slot_20]
.L31:
# platform-c/hv/grant.c:64: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L29	#
	.size	gnt_map, .-gnt_map
	.p2align 4
	.globl	gnt_unmap
	.type	gnt_unmap, @function
gnt_unmap:
	pushl	%ebp	#
# platform-c/hv/grant.c:76: 	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE;
	movl	hv_gnt_map_base, %ecx	# hv_gnt_map_base, hv_gnt_map_base.9_1
# platform-c/hv/grant.c:75: {
	movl	%eax, %edx	# tmp102, va
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/grant.c:76: 	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE;
	subl	%ecx, %eax	# hv_gnt_map_base.9_1, _2
# platform-c/hv/grant.c:76: 	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE;
	movl	%eax, %ebx	# _2, slot
	shrl	$12, %ebx	#, slot
# platform-c/hv/grant.c:78: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || !hv_gnt_orig[slot])
	cmpl	$2097151, %eax	#, _2
	ja	.L45	#,
	cmpl	%ecx, %edx	# hv_gnt_map_base.9_1, va
	jb	.L45	#,
# platform-c/hv/grant.c:78: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || !hv_gnt_orig[slot])
	testl	$4095, %edx	#, va
	jne	.L45	#,
# platform-c/hv/grant.c:78: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || !hv_gnt_orig[slot])
	movl	hv_gnt_orig(,%ebx,4), %ecx	# hv_gnt_orig[slot_11], _4
# platform-c/hv/grant.c:78: 	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || !hv_gnt_orig[slot])
	testl	%ecx, %ecx	# _4
	je	.L45	#,
# platform-c/hv/grant.c:80: 	__hw_set_pte(DOMID_DOM0, va, hv_gnt_orig[slot]);
	xorl	%eax, %eax	#
	call	__hw_set_pte	#
# platform-c/hv/grant.c:81: 	hv_gnt_orig[slot] = 0;
	xorl	%eax, %eax	#
	movl	%eax, hv_gnt_orig(,%ebx,4)	#, hv_gnt_orig[slot_11]
# platform-c/hv/grant.c:82: 	__hw_tlb_flush(DOMID_DOM0);
	xorl	%eax, %eax	#
	call	__hw_tlb_flush	#
# platform-c/hv/grant.c:84: 	return HC_OK;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/grant.c:83: 	gnt_unmaps++;
	incl	gnt_unmaps	# gnt_unmaps
.L41:
# platform-c/hv/grant.c:85: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L45:
# platform-c/hv/grant.c:79: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L41	#
	.size	gnt_unmap, .-gnt_unmap
	.p2align 4
	.globl	gnt_copy
	.type	gnt_copy, @function
gnt_copy:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp140, gref_off
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hv/grant.c:90: 	u32 gref = gref_off & 0xffff, off = gref_off >> 16, mfn;
	shrl	$16, %edi	#, off
# platform-c/hv/grant.c:89: {
	subl	$12, %esp	#,
# platform-c/hv/grant.c:89: {
	movl	8(%ebp), %ebx	# len, len
# platform-c/hv/grant.c:94: 	if (len == 0 || off >= PAGE_SIZE || len > PAGE_SIZE - off)
	testl	%ebx, %ebx	# len
	je	.L52	#,
	cmpl	$4095, %edi	#, off
	ja	.L52	#,
	movl	%ecx, %esi	# tmp141, src
# platform-c/hv/grant.c:94: 	if (len == 0 || off >= PAGE_SIZE || len > PAGE_SIZE - off)
	movl	$4096, %ecx	#, tmp116
	subl	%edi, %ecx	# off, tmp115
# platform-c/hv/grant.c:94: 	if (len == 0 || off >= PAGE_SIZE || len > PAGE_SIZE - off)
	cmpl	%ebx, %ecx	# len, tmp115
	jb	.L52	#,
# platform-c/hv/grant.c:96: 	mfn = granted_frame(domid, gref, 1, &ro);
	leal	-16(%ebp), %ecx	#, tmp117
	movzwl	%dx, %edx	# gref_off, gref
	movl	%ecx, (%esp)	# tmp117,
	movl	$1, %ecx	#,
	call	granted_frame	#
# platform-c/hv/grant.c:97: 	if (!mfn || ro)
	testl	%eax, %eax	# mfn
	je	.L50	#,
	movl	%eax, -20(%ebp)	# mfn, %sfp
# platform-c/hv/grant.c:97: 	if (!mfn || ro)
	movl	-16(%ebp), %ecx	# ro,
	testl	%ecx, %ecx	#
	jne	.L50	#,
# platform-c/hv/grant.c:99: 	from = svm_try(src);
	movl	%esi, %eax	# src,
	call	svm_try	#
# platform-c/hv/grant.c:100: 	if (!from)
	testl	%eax, %eax	# from
# platform-c/hv/grant.c:99: 	from = svm_try(src);
	movl	%eax, %esi	# tmp143, from
# platform-c/hv/grant.c:100: 	if (!from)
	je	.L50	#,
# platform-c/hv/grant.c:102: 	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
	movl	-20(%ebp), %ecx	# %sfp, mfn
# platform-c/hv/grant.c:102: 	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
	movl	$32752, %eax	#,
	movl	hv_mapcache, %edx	# hv_mapcache,
# platform-c/hv/grant.c:102: 	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
	sall	$12, %ecx	#, tmp118
# platform-c/hv/grant.c:102: 	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
	orl	$3, %ecx	#, tmp119
	call	__hw_set_pte	#
# platform-c/hv/grant.c:102: 	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
	testl	%eax, %eax	# <retval>
	jne	.L50	#,
# platform-c/hv/grant.c:104: 	copy((void *)(hv_mapcache + off), from, len);
	movl	hv_mapcache, %edx	# hv_mapcache,
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%ebx, %ecx	# len, tmp137
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	addl	%ebx, place_stats	# len, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	shrl	$2, %ecx	#, tmp137
# platform-c/hv/grant.c:104: 	copy((void *)(hv_mapcache + off), from, len);
	addl	%edx, %edi	#, _12
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %ebx, %ecx	# len
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hv/grant.c:105: 	gnt_copies++;
#NO_APP
	incl	gnt_copies	# gnt_copies
.L47:
# platform-c/hv/grant.c:107: }
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L50:
# platform-c/hv/grant.c:98: 		return HC_EFAULT;
	movl	$-14, %eax	#, <retval>
	jmp	.L47	#
	.p2align 4,,10
	.p2align 3
.L52:
# platform-c/hv/grant.c:95: 		return HC_EINVAL;
	movl	$-22, %eax	#, <retval>
	jmp	.L47	#
	.size	gnt_copy, .-gnt_copy
	.globl	gnt_copies
	.bss
	.align 4
	.type	gnt_copies, @object
	.size	gnt_copies, 4
gnt_copies:
	.zero	4
	.globl	gnt_unmaps
	.align 4
	.type	gnt_unmaps, @object
	.size	gnt_unmaps, 4
gnt_unmaps:
	.zero	4
	.globl	gnt_maps
	.align 4
	.type	gnt_maps, @object
	.size	gnt_maps, 4
gnt_maps:
	.zero	4
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
