	.file	"env-dom0.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.globl	l61_dom0_boot
	.type	l61_dom0_boot, @function
l61_dom0_boot:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:26: 	l61_place.vmalloc_start = vmalloc_start;
	movl	%eax, l61_place	# tmp102, l61_place.vmalloc_start
# platform-c/hot/linux61/env-dom0.c:29: 	l61_place.softnet = softnet;
	movl	8(%ebp), %eax	# softnet, softnet
# platform-c/hot/linux61/env-dom0.c:27: 	l61_place.vmalloc_end = vmalloc_end;
	movl	%edx, l61_place+4	# tmp103, l61_place.vmalloc_end
# platform-c/hot/linux61/env-dom0.c:28: 	l61_place.jiffies = jiffies;
	movl	%ecx, l61_place+8	# tmp104, l61_place.jiffies
# platform-c/hot/linux61/env-dom0.c:29: 	l61_place.softnet = softnet;
	movl	%eax, l61_place+12	# softnet, l61_place.softnet
# platform-c/hot/linux61/env-dom0.c:30: 	l61_place.softirq_pending = pending;
	movl	12(%ebp), %eax	# pending, pending
	movl	%eax, l61_place+16	# pending, l61_place.softirq_pending
# platform-c/hot/linux61/env-dom0.c:31: 	l61_place.frag_cache = frag_cache;
	movl	16(%ebp), %eax	# frag_cache, frag_cache
	movl	%eax, l61_place+20	# frag_cache, l61_place.frag_cache
# platform-c/hot/linux61/env-dom0.c:32: 	l61_place.frag_cache_irq = frag_cache_irq;
	movl	20(%ebp), %eax	# frag_cache_irq, frag_cache_irq
	movl	%eax, l61_place+24	# frag_cache_irq, l61_place.frag_cache_irq
# platform-c/hot/linux61/env-dom0.c:33: 	l61_place.mem_map = mem_map;
	movl	24(%ebp), %eax	# mem_map, mem_map
	movl	%eax, l61_place+28	# mem_map, l61_place.mem_map
# platform-c/hot/linux61/env-dom0.c:34: 	l61_place.lowmem = lowmem;
	movl	28(%ebp), %eax	# lowmem, lowmem
	movl	%eax, l61_place+32	# lowmem, l61_place.lowmem
# platform-c/hot/linux61/env-dom0.c:35: 	l61_place.frames = frames;
	movl	32(%ebp), %eax	# frames, frames
# platform-c/hot/linux61/env-dom0.c:36: }
	popl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:35: 	l61_place.frames = frames;
	movl	%eax, l61_place+36	# frames, l61_place.frames
# platform-c/hot/linux61/env-dom0.c:36: }
	ret	
	.size	l61_dom0_boot, .-l61_dom0_boot
	.p2align 4
	.globl	l61env_irq_save
	.type	l61env_irq_save, @function
l61env_irq_save:
# platform-c/hot/linux61/env-dom0.c:42: 	asm volatile("pushfl; popl %0; cli" : "=r"(flags) : : "memory");
#APP
# 42 "platform-c/hot/linux61/env-dom0.c" 1
	pushfl; popl %eax; cli	# flags
# 0 "" 2
# platform-c/hot/linux61/env-dom0.c:44: }
#NO_APP
	ret	
	.size	l61env_irq_save, .-l61env_irq_save
	.p2align 4
	.globl	l61env_irq_restore
	.type	l61env_irq_restore, @function
l61env_irq_restore:
# platform-c/hot/linux61/env-dom0.c:48: 	if (flags & L_X86_EFLAGS_IF)
	testb	$2, %ah	#, tmp85
	je	.L5	#,
# platform-c/hot/linux61/env-dom0.c:49: 		asm volatile("sti" : : : "memory");
#APP
# 49 "platform-c/hot/linux61/env-dom0.c" 1
	sti	
# 0 "" 2
#NO_APP
.L5:
# platform-c/hot/linux61/env-dom0.c:50: }
	ret	
	.size	l61env_irq_restore, .-l61env_irq_restore
	.p2align 4
	.globl	l61env_skb_free
	.type	l61env_skb_free, @function
l61env_skb_free:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:54: 	L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hot/linux61/env-dom0.c:55: }
	popl	%ebp	#
	ret	
	.size	l61env_skb_free, .-l61env_skb_free
	.p2align 4
	.globl	l61env_last_ref
	.type	l61env_last_ref, @function
l61env_last_ref:
# platform-c/hot/linux61/env-dom0.c:60: }
	movl	$1, %eax	#,
	ret	
	.size	l61env_last_ref, .-l61env_last_ref
	.p2align 4
	.globl	l61env_skb_built
	.type	l61env_skb_built, @function
l61env_skb_built:
# platform-c/hot/linux61/env-dom0.c:64: }
	ret	
	.size	l61env_skb_built, .-l61env_skb_built
	.p2align 4
	.globl	l61env_skb_struct_alloc
	.type	l61env_skb_struct_alloc, @function
l61env_skb_struct_alloc:
	pushl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:68: 	return (u32)__svc_kmalloc(L_SIZEOF_sk_buff, SVC_SKB);
	movl	$1, %edx	#,
# platform-c/hot/linux61/env-dom0.c:67: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:68: 	return (u32)__svc_kmalloc(L_SIZEOF_sk_buff, SVC_SKB);
	movl	$192, %eax	#,
	call	__svc_kmalloc	#
# platform-c/hot/linux61/env-dom0.c:69: }
	popl	%ebp	#
	ret	
	.size	l61env_skb_struct_alloc, .-l61env_skb_struct_alloc
	.p2align 4
	.globl	l61env_skb_struct_free
	.type	l61env_skb_struct_free, @function
l61env_skb_struct_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:73: 	__svc_kfree((void *)skb, SVC_SKB);
	movl	$1, %edx	#,
# platform-c/hot/linux61/env-dom0.c:72: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:73: 	__svc_kfree((void *)skb, SVC_SKB);
	call	__svc_kfree	#
# platform-c/hot/linux61/env-dom0.c:74: }
	popl	%ebp	#
	ret	
	.size	l61env_skb_struct_free, .-l61env_skb_struct_free
	.p2align 4
	.globl	l61env_head_free
	.type	l61env_head_free, @function
l61env_head_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:78: 	__svc_kfree((void *)va, SVC_SKBDATA);
	movl	$2, %edx	#,
# platform-c/hot/linux61/env-dom0.c:77: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:78: 	__svc_kfree((void *)va, SVC_SKBDATA);
	call	__svc_kfree	#
# platform-c/hot/linux61/env-dom0.c:79: }
	popl	%ebp	#
	ret	
	.size	l61env_head_free, .-l61env_head_free
	.p2align 4
	.globl	l61env_put_page
	.type	l61env_put_page, @function
l61env_put_page:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:83: 	__svc_put_page((void *)page);
	call	__svc_put_page	#
# platform-c/hot/linux61/env-dom0.c:84: }
	popl	%ebp	#
	ret	
	.size	l61env_put_page, .-l61env_put_page
	.p2align 4
	.globl	l61env_frag_free
	.type	l61env_frag_free, @function
l61env_frag_free:
	pushl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	movl	l61_place+32, %edx	# l61_place.lowmem,
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	movl	l61_place+28, %ecx	# l61_place.mem_map,
# platform-c/hot/linux61/env-dom0.c:101: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	subl	%edx, %eax	#, tmp95
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	shrl	$12, %eax	#, tmp96
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	sall	$5, %eax	#, tmp97
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	addl	%ecx, %eax	#, page
# platform-c/hot/linux61/env-dom0.c:94: 	u32 head = L32((u8 *)page, page, compound_head);
	movl	4(%eax), %edx	# *_14, head
# platform-c/hot/linux61/env-dom0.c:96: 	return head & 1 ? head - 1 : page;
	testb	$1, %dl	#, head
	je	.L23	#,
	leal	-1(%edx), %eax	#, page
.L23:
# platform-c/hot/linux61/env-dom0.c:102: 	__svc_put_page((void *)virt_to_head_page(va));
	call	__svc_put_page	#
# platform-c/hot/linux61/env-dom0.c:103: }
	popl	%ebp	#
	ret	
	.size	l61env_frag_free, .-l61env_frag_free
	.p2align 4
	.globl	l61_page_frag_alloc
	.type	l61_page_frag_alloc, @function
l61_page_frag_alloc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp153, nc
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp154, fragsz
	movl	%edi, -4(%ebp)	#,
# platform-c/hot/linux61/env-dom0.c:108: {
	movl	%ecx, %edi	# tmp155, align_mask
# platform-c/hot/linux61/env-dom0.c:113: 	if (!L32(c, page_frag_cache, va)) {
	movl	(%eax), %eax	# MEM[(volatile u32 *)c_44], _1
# platform-c/hot/linux61/env-dom0.c:113: 	if (!L32(c, page_frag_cache, va)) {
	testl	%eax, %eax	# _1
	je	.L30	#,
.L29:
# platform-c/hot/linux61/env-dom0.c:128: 	offset = L16(c, page_frag_cache, offset) - fragsz;
	movzwl	4(%ebx), %eax	# MEM[(volatile u16 *)c_44 + 4B],
# platform-c/hot/linux61/env-dom0.c:129: 	if (unlikely(offset < 0)) {
	subl	%esi, %eax	# fragsz, _10
	js	.L41	#,
.L34:
# platform-c/hot/linux61/env-dom0.c:141: 	L32(c, page_frag_cache, pagecnt_bias)--;
	movl	8(%ebx), %edx	# MEM[(volatile u32 *)c_44 + 8B], _28
# platform-c/hot/linux61/env-dom0.c:142: 	offset &= align_mask;
	andl	%edi, %eax	# align_mask, _31
# platform-c/hot/linux61/env-dom0.c:141: 	L32(c, page_frag_cache, pagecnt_bias)--;
	decl	%edx	# _29
	movl	%edx, 8(%ebx)	# _29, MEM[(volatile u32 *)c_44 + 8B]
# platform-c/hot/linux61/env-dom0.c:143: 	L16(c, page_frag_cache, offset) = offset;
	movzwl	%ax, %edx	# _31, _32
	movw	%dx, 4(%ebx)	# _32, MEM[(volatile u16 *)c_44 + 4B]
# platform-c/hot/linux61/env-dom0.c:144: 	return L32(c, page_frag_cache, va) + offset;
	movl	(%ebx), %edx	# MEM[(volatile u32 *)c_44], _33
# platform-c/hot/linux61/env-dom0.c:144: 	return L32(c, page_frag_cache, va) + offset;
	addl	%edx, %eax	# _33, <retval>
.L28:
# platform-c/hot/linux61/env-dom0.c:145: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L30:
# platform-c/hot/linux61/env-dom0.c:115: 		page = __svc_alloc_pages(L_PAGE_FRAG_CACHE_MAX_ORDER,
	movl	$862752, %edx	#,
	movl	$3, %eax	#,
	call	__svc_alloc_pages	#
# platform-c/hot/linux61/env-dom0.c:117: 		L16(c, page_frag_cache, size) = page ? L_PAGE_FRAG_CACHE_MAX_SIZE : PAGE_SIZE;
	testl	%eax, %eax	# page
	je	.L31	#,
	movw	$-32768, 6(%ebx)	#, MEM[(volatile u16 *)c_44 + 6B]
.L32:
# platform-c/hot/linux61/env-dom0.c:88: 	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
	movl	l61_place+28, %ecx	# l61_place.mem_map,
	movl	%eax, %edx	# page, tmp130
	subl	%ecx, %edx	#, tmp130
# platform-c/hot/linux61/env-dom0.c:88: 	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
	movl	l61_place+32, %ecx	# l61_place.lowmem,
# platform-c/hot/linux61/env-dom0.c:88: 	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
	shrl	$5, %edx	#, tmp131
# platform-c/hot/linux61/env-dom0.c:88: 	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
	sall	$12, %edx	#, tmp132
# platform-c/hot/linux61/env-dom0.c:88: 	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
	addl	%ecx, %edx	#, _75
# platform-c/hot/linux61/env-dom0.c:120: 		L32(c, page_frag_cache, va) = page ? page_address(page) : 0;
	movl	%edx, (%ebx)	# _75, MEM[(volatile u32 *)c_44]
# platform-c/hot/linux61/env-dom0.c:123: 		L32((u8 *)page, page, _refcount) += L_PAGE_FRAG_CACHE_MAX_SIZE;
	movl	28(%eax), %edx	# *_3, _4
# platform-c/hot/linux61/env-dom0.c:123: 		L32((u8 *)page, page, _refcount) += L_PAGE_FRAG_CACHE_MAX_SIZE;
	addl	$32768, %edx	#, _5
	movl	%edx, 28(%eax)	# _5, *_3
# platform-c/hot/linux61/env-dom0.c:124: 		L8(c, page_frag_cache, pfmemalloc) = 0;
	movb	$0, 12(%ebx)	#, MEM[(volatile u8 *)c_44 + 12B]
# platform-c/hot/linux61/env-dom0.c:125: 		L32(c, page_frag_cache, pagecnt_bias) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
	movl	$32769, 8(%ebx)	#, MEM[(volatile u32 *)c_44 + 8B]
# platform-c/hot/linux61/env-dom0.c:126: 		L16(c, page_frag_cache, offset) = L16(c, page_frag_cache, size);
	movzwl	6(%ebx), %eax	# MEM[(volatile u16 *)c_44 + 6B], MEM[(volatile u16 *)c_44 + 6B]
# platform-c/hot/linux61/env-dom0.c:126: 		L16(c, page_frag_cache, offset) = L16(c, page_frag_cache, size);
	movw	%ax, 4(%ebx)	# MEM[(volatile u16 *)c_44 + 6B], MEM[(volatile u16 *)c_44 + 4B]
	jmp	.L29	#
	.p2align 4,,10
	.p2align 3
.L31:
# platform-c/hot/linux61/env-dom0.c:117: 		L16(c, page_frag_cache, size) = page ? L_PAGE_FRAG_CACHE_MAX_SIZE : PAGE_SIZE;
	movw	$4096, 6(%ebx)	#, MEM[(volatile u16 *)c_44 + 6B]
# platform-c/hot/linux61/env-dom0.c:119: 			page = __svc_alloc_pages(0, L_GFP_ATOMIC);
	xorl	%eax, %eax	#
	movl	$2592, %edx	#,
	call	__svc_alloc_pages	#
# platform-c/hot/linux61/env-dom0.c:120: 		L32(c, page_frag_cache, va) = page ? page_address(page) : 0;
	testl	%eax, %eax	# page
	jne	.L32	#,
# platform-c/hot/linux61/env-dom0.c:120: 		L32(c, page_frag_cache, va) = page ? page_address(page) : 0;
	movl	$0, (%ebx)	#, MEM[(volatile u32 *)c_44]
# platform-c/hot/linux61/env-dom0.c:122: 			return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L28	#
	.p2align 4,,10
	.p2align 3
.L41:
# platform-c/hot/linux61/env-dom0.c:130: 		page = virt_to_head_page(L32(c, page_frag_cache, va));
	movl	(%ebx), %edx	# MEM[(volatile u32 *)c_44], _14
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	movl	l61_place+32, %eax	# l61_place.lowmem,
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	movl	l61_place+28, %ecx	# l61_place.mem_map,
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	subl	%eax, %edx	#, tmp140
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	shrl	$12, %edx	#, tmp141
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	sall	$5, %edx	#, tmp142
# platform-c/hot/linux61/env-dom0.c:93: 	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	addl	%ecx, %edx	#, page
# platform-c/hot/linux61/env-dom0.c:94: 	u32 head = L32((u8 *)page, page, compound_head);
	movl	4(%edx), %eax	# *_83, head
# platform-c/hot/linux61/env-dom0.c:96: 	return head & 1 ? head - 1 : page;
	testb	$1, %al	#, head
	jne	.L42	#,
.L35:
# platform-c/hot/linux61/env-dom0.c:131: 		L32((u8 *)page, page, _refcount) -= L32(c, page_frag_cache, pagecnt_bias);
	movl	8(%ebx), %ecx	# MEM[(volatile u32 *)c_44 + 8B], _61
# platform-c/hot/linux61/env-dom0.c:131: 		L32((u8 *)page, page, _refcount) -= L32(c, page_frag_cache, pagecnt_bias);
	movl	28(%edx), %eax	# *_17, _18
# platform-c/hot/linux61/env-dom0.c:131: 		L32((u8 *)page, page, _refcount) -= L32(c, page_frag_cache, pagecnt_bias);
	subl	%ecx, %eax	# _61, _19
	movl	%eax, 28(%edx)	# _19, *_17
# platform-c/hot/linux61/env-dom0.c:132: 		if (L32((u8 *)page, page, _refcount))
	movl	28(%edx), %eax	# *_17, _20
# platform-c/hot/linux61/env-dom0.c:132: 		if (L32((u8 *)page, page, _refcount))
	testl	%eax, %eax	# _20
	jne	.L30	#,
# platform-c/hot/linux61/env-dom0.c:134: 		size = L16(c, page_frag_cache, size);
	movzwl	6(%ebx), %eax	# MEM[(volatile u16 *)c_44 + 6B],
# platform-c/hot/linux61/env-dom0.c:135: 		L32((u8 *)page, page, _refcount) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
	movl	$32769, 28(%edx)	#, *_17
# platform-c/hot/linux61/env-dom0.c:136: 		L32(c, page_frag_cache, pagecnt_bias) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
	movl	$32769, 8(%ebx)	#, MEM[(volatile u32 *)c_44 + 8B]
# platform-c/hot/linux61/env-dom0.c:138: 		if (unlikely(offset < 0))
	subl	%esi, %eax	# fragsz, _10
	jns	.L34	#,
# platform-c/hot/linux61/env-dom0.c:122: 			return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L28	#
	.p2align 4,,10
	.p2align 3
.L42:
# platform-c/hot/linux61/env-dom0.c:96: 	return head & 1 ? head - 1 : page;
	leal	-1(%eax), %edx	#, page
	jmp	.L35	#
	.size	l61_page_frag_alloc, .-l61_page_frag_alloc
	.p2align 4
	.globl	l61env_frag_alloc
	.type	l61env_frag_alloc, @function
l61env_frag_alloc:
	pushl	%ebp	#
	movl	%edx, %ecx	# tmp97, align_mask
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/env-dom0.c:149: {
	movl	%eax, %ebx	# tmp96, fragsz
# platform-c/hot/linux61/env-dom0.c:152: 	asm volatile("pushfl; popl %0" : "=r"(flags));
#APP
# 152 "platform-c/hot/linux61/env-dom0.c" 1
	pushfl; popl %edx	# flags
# 0 "" 2
# platform-c/hot/linux61/env-dom0.c:153: 	return L61(page_frag_alloc)(flags & L_X86_EFLAGS_IF ? l61_place.frag_cache : l61_place.frag_cache_irq, fragsz, align_mask);
#NO_APP
	movl	l61_place+24, %eax	# l61_place.frag_cache_irq, iftmp.8_2
	testb	$2, %dh	#, flags
	movl	%ebx, %edx	# fragsz,
	cmovne	l61_place+20, %eax	# iftmp.8_2,, l61_place.frag_cache, iftmp.8_2
	call	l61_page_frag_alloc	#
# platform-c/hot/linux61/env-dom0.c:154: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61env_frag_alloc, .-l61env_frag_alloc
	.p2align 4
	.globl	l61env_destructor
	.type	l61env_destructor, @function
l61env_destructor:
	pushl	%ebp	#
	movl	%eax, %ecx	# fn, tmp85
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:157: {
	movl	%edx, %eax	# tmp86, skb
# platform-c/hot/linux61/env-dom0.c:158: 	((void (*)(u32))fn)(skb);
	call	*%ecx	# tmp85
# platform-c/hot/linux61/env-dom0.c:159: }
	popl	%ebp	#
	ret	
	.size	l61env_destructor, .-l61env_destructor
	.p2align 4
	.globl	l61env_rx
	.type	l61env_rx, @function
l61env_rx:
# platform-c/hot/linux61/env-dom0.c:166: 	if (l61_backlog_qlen >= l61_backlog_max) {
	movl	l61_backlog_max, %ecx	# l61_backlog_max, tmp95
	cmpl	%ecx, l61_backlog_qlen	# tmp95, l61_backlog_qlen
	jnb	.L59	#,
# platform-c/hot/linux61/env-dom0.c:171: 	L32(s, sk_buff, next) = 0;
	movl	$0, (%eax)	#, MEM[(volatile u32 *)s_12]
# platform-c/hot/linux61/env-dom0.c:172: 	if (l61_backlog_tail)
	movl	l61_backlog_tail, %edx	# l61_backlog_tail, l61_backlog_tail.13_5
# platform-c/hot/linux61/env-dom0.c:172: 	if (l61_backlog_tail)
	testl	%edx, %edx	# l61_backlog_tail.13_5
	jne	.L60	#,
# platform-c/hot/linux61/env-dom0.c:175: 		l61_backlog_head = skb;
	movl	%eax, l61_backlog_head	# skb, l61_backlog_head
.L54:
# platform-c/hot/linux61/env-dom0.c:176: 	l61_backlog_tail = skb;
	movl	%eax, l61_backlog_tail	# skb, l61_backlog_tail
# platform-c/hot/linux61/env-dom0.c:178: 	softirq_pending = 1; /* netback's work (split), as the mini API's backlog raises it */
	movl	$1, %eax	#,
# platform-c/hot/linux61/env-dom0.c:177: 	l61_backlog_qlen++;
	incl	l61_backlog_qlen	# l61_backlog_qlen
# platform-c/hot/linux61/env-dom0.c:178: 	softirq_pending = 1; /* netback's work (split), as the mini API's backlog raises it */
	movl	%eax, softirq_pending	#, softirq_pending
	ret	
	.p2align 4,,10
	.p2align 3
.L60:
# platform-c/hot/linux61/env-dom0.c:173: 		L32((u8 *)l61_backlog_tail, sk_buff, next) = skb;
	movl	%eax, (%edx)	# skb, *l61_backlog_tail.15_6
	jmp	.L54	#
	.p2align 4,,10
	.p2align 3
.L59:
# platform-c/hot/linux61/env-dom0.c:163: {
	pushl	%ebp	#
# platform-c/hot/linux61/env-dom0.c:167: 		l61_backlog_dropped++;
	incl	l61_backlog_dropped	# l61_backlog_dropped
# platform-c/hot/linux61/env-dom0.c:163: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/env-dom0.c:168: 		L61(free_skb)(skb);
	call	l61_free_skb	#
# platform-c/hot/linux61/env-dom0.c:179: }
	popl	%ebp	#
	ret	
	.size	l61env_rx, .-l61env_rx
	.globl	l61_backlog_dropped
	.bss
	.align 4
	.type	l61_backlog_dropped, @object
	.size	l61_backlog_dropped, 4
l61_backlog_dropped:
	.zero	4
	.globl	l61_backlog_max
	.data
	.align 4
	.type	l61_backlog_max, @object
	.size	l61_backlog_max, 4
l61_backlog_max:
	.long	1000
	.globl	l61_backlog_qlen
	.bss
	.align 4
	.type	l61_backlog_qlen, @object
	.size	l61_backlog_qlen, 4
l61_backlog_qlen:
	.zero	4
	.globl	l61_backlog_tail
	.align 4
	.type	l61_backlog_tail, @object
	.size	l61_backlog_tail, 4
l61_backlog_tail:
	.zero	4
	.globl	l61_backlog_head
	.align 4
	.type	l61_backlog_head, @object
	.size	l61_backlog_head, 4
l61_backlog_head:
	.zero	4
	.globl	l61_place
	.align 32
	.type	l61_place, @object
	.size	l61_place, 40
l61_place:
	.zero	40
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
