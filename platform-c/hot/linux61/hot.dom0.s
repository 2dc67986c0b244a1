	.file	"hot.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"dma: invalid DMA direction"
	.text
	.p2align 4
	.globl	l61_dma_map_page_attrs
	.type	l61_dma_map_page_attrs, @function
l61_dma_map_page_attrs:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp127, dev
	pushl	%ebx	#
	subl	$12, %esp	#,
# platform-c/hot/linux61/hot.c:65: 	l61_hot_calls[H_DMA_MAP_PAGE_ATTRS]++;
	incl	l61_hot_calls+4	# l61_hot_calls[1]
# platform-c/hot/linux61/hot.c:53: 	if (unlikely(dir > L_DMA_FROM_DEVICE))
	cmpl	$2, 12(%ebp)	#, dir
# platform-c/hot/linux61/hot.c:60: {
	movl	%edx, -16(%ebp)	# tmp128, %sfp
	movl	8(%ebp), %ebx	# size, size
	movl	%ecx, -20(%ebp)	# tmp129, %sfp
# platform-c/hot/linux61/hot.c:53: 	if (unlikely(dir > L_DMA_FROM_DEVICE))
	ja	.L26	#,
# platform-c/hot/linux61/hot.c:68: 	mask_p = L32(d, device, dma_mask);
	movl	340(%esi), %eax	# MEM[(volatile u32 *)dev.0_3 + 340B], mask_p
# platform-c/hot/linux61/hot.c:69: 	if (unlikely(!mask_p)) {
	testl	%eax, %eax	# mask_p
	je	.L27	#,
.L3:
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	movl	4(%eax), %ecx	# MEM[(const u32 *)mask_p.1_7 + 4B],
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	movl	356(%esi), %edx	# MEM[(const u32 *)dev.0_3 + 356B], pretmp_5
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	testl	%ecx, %ecx	#
	jne	.L5	#,
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	testl	%edx, %edx	# pretmp_5
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	movl	(%eax), %edi	# MEM[(const u32 *)mask_p.1_7], mask
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	jne	.L6	#,
	movl	352(%esi), %eax	# MEM[(volatile u32 *)dev.0_3 + 352B], iftmp.3_37
# platform-c/hot/linux61/hot.c:77: 	if (limit && limit < mask)
	testl	%eax, %eax	# iftmp.3_37
	je	.L6	#,
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	cmpl	%edi, %eax	# mask, iftmp.3_37
	cmovbe	%eax, %edi	# iftmp.3_37,, mask
.L6:
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	-20(%ebp), %edx	# %sfp,
	movl	%ebx, %ecx	# size,
	movl	-16(%ebp), %eax	# %sfp,
	call	env_page_to_bus	#
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	testl	%ebx, %ebx	# size
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	%eax, %esi	# tmp130, <retval>
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	movl	$1, %eax	#, tmp135
	cmovne	%ebx, %eax	# size,, tmp118
	leal	-1(%esi,%eax), %eax	#, tmp120
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	cmpl	%eax, %edi	# tmp120, mask
	jb	.L7	#,
.L10:
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	movl	%ebx, %eax	# size, tmp136
	addl	%esi, %eax	# <retval>, tmp136
	jc	.L7	#,
# platform-c/hot/linux61/hot.c:84: 	__dbg_dma_map(bus, size, dir, 1);
	movl	$1, (%esp)	#,
	movl	%ebx, %edx	# size,
	movl	%esi, %eax	# <retval>,
	movl	12(%ebp), %ecx	# dir,
	call	__dbg_dma_map	#
# platform-c/hot/linux61/hot.c:86: }
	addl	$12, %esp	#,
	movl	%esi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L5:
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	testl	%edx, %edx	# pretmp_5
	jne	.L14	#,
	movl	352(%esi), %edi	# MEM[(volatile u32 *)dev.0_3 + 352B], mask
# platform-c/hot/linux61/hot.c:77: 	if (limit && limit < mask)
	testl	%edi, %edi	# mask
	je	.L14	#,
	cmpl	$-1, %edi	#, mask
	jne	.L6	#,
	.p2align 4
	.p2align 3
.L14:
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	-20(%ebp), %edx	# %sfp,
	movl	%ebx, %ecx	# size,
	movl	-16(%ebp), %eax	# %sfp,
	call	env_page_to_bus	#
	movl	%eax, %esi	# tmp132, <retval>
	jmp	.L10	#
	.p2align 4,,10
	.p2align 3
.L7:
# platform-c/hot/linux61/hot.c:81: 		env_warn(WARN_L61_DMA_OVERFLOW, bus);
	movl	%esi, %edx	# <retval>,
	movl	$772, %eax	#,
	call	env_warn	#
.L4:
# platform-c/hot/linux61/hot.c:86: }
	addl	$12, %esp	#,
# platform-c/hot/linux61/hot.c:71: 		return L_DMA_MAPPING_ERROR;
	movl	$-1, %esi	#, <retval>
# platform-c/hot/linux61/hot.c:86: }
	popl	%ebx	#
	movl	%esi, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L26:
# platform-c/hot/linux61/hot.c:54: 		env_input_error(BUG_L61_DMA_DIR, dir, "dma: invalid DMA direction");
	movl	12(%ebp), %edx	# dir,
	movl	$513, %eax	#,
	movl	$.LC0, %ecx	#,
	call	env_input_error	#
# platform-c/hot/linux61/hot.c:68: 	mask_p = L32(d, device, dma_mask);
	movl	340(%esi), %eax	# MEM[(volatile u32 *)dev.0_3 + 340B], mask_p
# platform-c/hot/linux61/hot.c:69: 	if (unlikely(!mask_p)) {
	testl	%eax, %eax	# mask_p
	jne	.L3	#,
	.p2align 4
	.p2align 3
.L27:
# platform-c/hot/linux61/hot.c:70: 		env_warn(WARN_L61_DMA_NO_MASK, dev);
	movl	%esi, %edx	# dev,
	movl	$771, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/hot.c:71: 		return L_DMA_MAPPING_ERROR;
	jmp	.L4	#
	.size	l61_dma_map_page_attrs, .-l61_dma_map_page_attrs
	.p2align 4
	.globl	l61_dma_unmap_page_attrs
	.type	l61_dma_unmap_page_attrs, @function
l61_dma_unmap_page_attrs:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	8(%ebp), %edi	# dir, dir
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp95, addr
	movl	%esi, -8(%ebp)	#,
# platform-c/hot/linux61/hot.c:89: {
	movl	%ecx, %esi	# tmp96, size
# platform-c/hot/linux61/hot.c:90: 	l61_hot_calls[H_DMA_UNMAP_PAGE_ATTRS]++;
	incl	l61_hot_calls	# l61_hot_calls[0]
# platform-c/hot/linux61/hot.c:53: 	if (unlikely(dir > L_DMA_FROM_DEVICE))
	cmpl	$2, %edi	#, dir
	ja	.L31	#,
.L29:
# platform-c/hot/linux61/hot.c:92: 	__dbg_dma_unmap(addr, size, dir, 1);
	movl	$1, (%esp)	#,
	movl	%edi, %ecx	# dir,
	movl	%esi, %edx	# size,
	movl	%ebx, %eax	# addr,
	call	__dbg_dma_unmap	#
# platform-c/hot/linux61/hot.c:93: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L31:
# platform-c/hot/linux61/hot.c:54: 		env_input_error(BUG_L61_DMA_DIR, dir, "dma: invalid DMA direction");
	movl	$.LC0, %ecx	#,
	movl	%edi, %edx	# dir,
	movl	$513, %eax	#,
	call	env_input_error	#
	jmp	.L29	#
	.size	l61_dma_unmap_page_attrs, .-l61_dma_unmap_page_attrs
	.p2align 4
	.globl	l61_is_vmalloc_addr
	.type	l61_is_vmalloc_addr, @function
l61_is_vmalloc_addr:
# platform-c/hot/linux61/hot.c:98: 	l61_hot_calls[H_IS_VMALLOC_ADDR]++;
	incl	l61_hot_calls+8	# l61_hot_calls[2]
# platform-c/hot/linux61/hot.c:99: 	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
	cmpl	l61_place, %eax	# l61_place.vmalloc_start, x
	jb	.L34	#,
# platform-c/hot/linux61/hot.c:99: 	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
	cmpl	l61_place+4, %eax	# l61_place.vmalloc_end, x
	setb	%al	#, tmp98
	movzbl	%al, %eax	# tmp98, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L34:
# platform-c/hot/linux61/hot.c:99: 	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:100: }
	ret	
	.size	l61_is_vmalloc_addr, .-l61_is_vmalloc_addr
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC1:
	.string	"dql_completed: more completed than queued"
	.text
	.p2align 4
	.globl	l61_dql_completed
	.type	l61_dql_completed, @function
l61_dql_completed:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%edx, %edi	# tmp207, count
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp206, q
	subl	$24, %esp	#,
# platform-c/hot/linux61/hot.c:109: 	l61_hot_calls[H_DQL_COMPLETED]++;
	incl	l61_hot_calls+12	# l61_hot_calls[3]
# platform-c/hot/linux61/hot.c:110: 	num_queued = L32(d, dql, num_queued);
	movl	(%eax), %esi	# MEM[(volatile u32 *)q.6_1], num_queued
# platform-c/hot/linux61/hot.c:111: 	if (unlikely(count > num_queued - L32(d, dql, num_completed)))
	movl	36(%eax), %edx	# MEM[(volatile u32 *)q.6_1 + 36B], _4
	movl	%esi, %eax	# num_queued, tmp172
	subl	%edx, %eax	# _4, tmp172
# platform-c/hot/linux61/hot.c:111: 	if (unlikely(count > num_queued - L32(d, dql, num_completed)))
	cmpl	%edi, %eax	# count, tmp172
	jb	.L74	#,
.L36:
# platform-c/hot/linux61/hot.c:113: 	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	l61_place+8, %eax	# l61_place.jiffies, _10
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	%esi, %ecx	# num_queued, tmp175
# platform-c/hot/linux61/hot.c:113: 	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	(%eax), %eax	# MEM[(volatile u32 *)_10], jiffies
	movl	%eax, -24(%ebp)	# jiffies, %sfp
# platform-c/hot/linux61/hot.c:114: 	completed = L32(d, dql, num_completed) + count;
	movl	36(%ebx), %eax	# MEM[(volatile u32 *)q.6_1 + 36B], _11
# platform-c/hot/linux61/hot.c:114: 	completed = L32(d, dql, num_completed) + count;
	addl	%eax, %edi	# _11, completed
# platform-c/hot/linux61/hot.c:115: 	limit = L32(d, dql, limit);
	movl	32(%ebx), %eax	# MEM[(volatile u32 *)q.6_1 + 32B], limit
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 36B], _12
	addl	%eax, %edx	# limit, tmp174
	subl	%edx, %ecx	# tmp174, tmp175
	testl	%ecx, %ecx	# tmp175
	jle	.L37	#,
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	movl	%esi, %ecx	# num_queued, inprogress
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 36B], _16
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	subl	%edi, %ecx	# completed, inprogress
	movl	%ecx, -20(%ebp)	# inprogress, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 44B], _117
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	addl	%eax, %edx	# limit, tmp176
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	%ecx, -28(%ebp)	# _117, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 36B], _118
	movl	%ecx, -32(%ebp)	# _118, %sfp
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 44B], _20
	movl	%ecx, -36(%ebp)	# _20, %sfp
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	%esi, %ecx	# num_queued, ovlimit
	subl	%edx, %ecx	# tmp176, ovlimit
	movl	%ecx, -16(%ebp)	# ovlimit, %sfp
	je	.L59	#,
	movl	-20(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L59	#,
.L38:
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 44B], _28
	movl	%edi, %edx	# completed, tmp181
	subl	%ecx, %edx	# _28, tmp181
	xorl	%ecx, %ecx	# iftmp.8_76
	testl	%edx, %edx	# tmp181
	jle	.L42	#,
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	44(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 44B], _31
	movl	%edi, %ecx	# completed, iftmp.8_76
	subl	%edx, %ecx	# _31, iftmp.8_76
.L42:
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 40B], _32
	addl	%eax, %edx	# limit, _141
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	leal	(%ecx,%edx), %eax	#, limit
# platform-c/hot/linux61/hot.c:123: 		L32(d, dql, slack_start_time) = jiffies;
	movl	-24(%ebp), %ecx	# %sfp, jiffies
	movl	%ecx, 56(%ebx)	# jiffies,
# platform-c/hot/linux61/hot.c:124: 		L32(d, dql, lowest_slack) = ~0U;
	movl	$-1, 52(%ebx)	#,
.L43:
# platform-c/hot/linux61/hot.c:140: 	if (limit < L32(d, dql, min_limit))
	movl	64(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 64B], _65
# platform-c/hot/linux61/hot.c:140: 	if (limit < L32(d, dql, min_limit))
	cmpl	%edx, %eax	# _65, limit
	jnb	.L52	#,
# platform-c/hot/linux61/hot.c:141: 		limit = L32(d, dql, min_limit);
	movl	64(%ebx), %eax	# MEM[(volatile u32 *)q.6_1 + 64B], limit
.L52:
# platform-c/hot/linux61/hot.c:142: 	if (limit > L32(d, dql, max_limit))
	movl	60(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 60B], _66
# platform-c/hot/linux61/hot.c:142: 	if (limit > L32(d, dql, max_limit))
	cmpl	%eax, %edx	# limit, _66
	jnb	.L53	#,
# platform-c/hot/linux61/hot.c:143: 		limit = L32(d, dql, max_limit);
	movl	60(%ebx), %eax	# MEM[(volatile u32 *)q.6_1 + 60B], limit
.L53:
# platform-c/hot/linux61/hot.c:144: 	if (limit != L32(d, dql, limit)) {
	movl	32(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 32B], _67
# platform-c/hot/linux61/hot.c:144: 	if (limit != L32(d, dql, limit)) {
	cmpl	%eax, %edx	# limit, _67
	je	.L54	#,
# platform-c/hot/linux61/hot.c:145: 		L32(d, dql, limit) = limit;
	movl	%eax, 32(%ebx)	# limit, MEM[(volatile u32 *)q.6_1 + 32B]
# platform-c/hot/linux61/hot.c:146: 		ovlimit = 0;
	movl	$0, -16(%ebp)	#, %sfp
.L54:
# platform-c/hot/linux61/hot.c:148: 	L32(d, dql, adj_limit) = limit + completed;
	addl	%edi, %eax	# completed, _68
# platform-c/hot/linux61/hot.c:148: 	L32(d, dql, adj_limit) = limit + completed;
	movl	%eax, 4(%ebx)	# _68, MEM[(volatile u32 *)q.6_1 + 4B]
# platform-c/hot/linux61/hot.c:149: 	L32(d, dql, prev_ovlimit) = ovlimit;
	movl	-16(%ebp), %eax	# %sfp, ovlimit
	movl	%eax, 40(%ebx)	# ovlimit, MEM[(volatile u32 *)q.6_1 + 40B]
# platform-c/hot/linux61/hot.c:150: 	L32(d, dql, prev_last_obj_cnt) = L32(d, dql, last_obj_cnt);
	movl	8(%ebx), %eax	# MEM[(volatile u32 *)q.6_1 + 8B], _69
# platform-c/hot/linux61/hot.c:150: 	L32(d, dql, prev_last_obj_cnt) = L32(d, dql, last_obj_cnt);
	movl	%eax, 48(%ebx)	# _69, MEM[(volatile u32 *)q.6_1 + 48B]
# platform-c/hot/linux61/hot.c:151: 	L32(d, dql, num_completed) = completed;
	movl	%edi, 36(%ebx)	# completed, MEM[(volatile u32 *)q.6_1 + 36B]
# platform-c/hot/linux61/hot.c:152: 	L32(d, dql, prev_num_queued) = num_queued;
	movl	%esi, 44(%ebx)	# num_queued, MEM[(volatile u32 *)q.6_1 + 44B]
# platform-c/hot/linux61/hot.c:153: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L37:
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	$0, -16(%ebp)	#, %sfp
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	movl	%esi, %ecx	# num_queued, inprogress
	subl	%edi, %ecx	# completed, inprogress
	movl	%ecx, -20(%ebp)	# inprogress, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 44B], _117
	movl	%ecx, -28(%ebp)	# _117, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 36B], _118
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	44(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 44B], _115
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	%ecx, -32(%ebp)	# _118, %sfp
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	%edi, %ecx	# completed, _121
	subl	%edx, %ecx	# _115, _121
	movl	%ecx, -36(%ebp)	# _121, %sfp
.L55:
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 40B], _27
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	testl	%edx, %edx	# _27
	je	.L40	#,
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	-36(%ebp), %edx	# %sfp,
	testl	%edx, %edx	#
	jns	.L38	#,
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-32(%ebp), %edx	# %sfp, _118
	cmpl	%edx, -28(%ebp)	# _118, %sfp
	je	.L43	#,
	movl	-20(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	je	.L43	#,
.L44:
# platform-c/hot/linux61/hot.c:126: 		u32 slack = POSDIFF(limit + L32(d, dql, prev_ovlimit), 2 * (completed - L32(d, dql, num_completed)));
	movl	40(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 40B], _36
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 36B], _38
	addl	%eax, %ecx	# limit, tmp194
	movl	%ecx, -20(%ebp)	# tmp194, %sfp
	movl	%edi, %ecx	# completed, tmp195
	subl	%edx, %ecx	# _38, tmp195
	movl	-20(%ebp), %edx	# %sfp, tmp194
	movl	$0, -20(%ebp)	#, %sfp
	addl	%ecx, %ecx	# tmp196
	subl	%ecx, %edx	# tmp196, tmp194
	testl	%edx, %edx	# tmp197
	jle	.L48	#,
# platform-c/hot/linux61/hot.c:126: 		u32 slack = POSDIFF(limit + L32(d, dql, prev_ovlimit), 2 * (completed - L32(d, dql, num_completed)));
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 40B], _43
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 36B], _45
	addl	%eax, %edx	# limit, tmp198
	movl	%edx, -20(%ebp)	# tmp198, %sfp
	movl	%edi, %edx	# completed, tmp199
	subl	%ecx, %edx	# _45, tmp199
	movl	-20(%ebp), %ecx	# %sfp, tmp198
	addl	%edx, %edx	# tmp200
	subl	%edx, %ecx	# tmp200, tmp198
	movl	%ecx, -20(%ebp)	# tmp198, %sfp
.L48:
# platform-c/hot/linux61/hot.c:127: 		u32 slack_last_objs = L32(d, dql, prev_ovlimit) ?
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 40B], _48
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	testl	%edx, %edx	# _48
	je	.L49	#,
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	movl	48(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 48B], _49
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 40B], _50
	subl	%edx, %ecx	# _50, _49
	testl	%ecx, %ecx	# tmp201
	jle	.L49	#,
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	movl	48(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 48B], _53
	movl	40(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 40B], _54
	subl	%ecx, %edx	# _54, tmp202
	movl	-20(%ebp), %ecx	# %sfp, slack
	cmpl	%edx, %ecx	# tmp202, slack
	cmovnb	%ecx, %edx	# slack,, tmp202
	movl	%edx, -20(%ebp)	# tmp202, %sfp
.L49:
# platform-c/hot/linux61/hot.c:132: 		if (slack < L32(d, dql, lowest_slack))
	movl	52(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 52B], _55
# platform-c/hot/linux61/hot.c:132: 		if (slack < L32(d, dql, lowest_slack))
	movl	-20(%ebp), %ecx	# %sfp, slack
	cmpl	%edx, %ecx	# _55, slack
	jnb	.L50	#,
# platform-c/hot/linux61/hot.c:133: 			L32(d, dql, lowest_slack) = slack;
	movl	%ecx, 52(%ebx)	# slack, MEM[(volatile u32 *)q.6_1 + 52B]
.L50:
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	movl	56(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 56B], _56
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	movl	68(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 68B], _57
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	addl	%ecx, %edx	# _56, tmp203
	movl	-24(%ebp), %ecx	# %sfp, tmp204
	subl	%edx, %ecx	# tmp203, tmp204
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	testl	%ecx, %ecx	# tmp204
	jle	.L43	#,
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	movl	52(%ebx), %ecx	# MEM[(volatile u32 *)q.6_1 + 52B], _61
	movl	%eax, %edx	# limit, tmp205
	subl	%ecx, %edx	# _61, tmp205
	testl	%edx, %edx	# tmp205
	jle	.L58	#,
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	movl	52(%ebx), %edx	# MEM[(volatile u32 *)q.6_1 + 52B], _64
	subl	%edx, %eax	# _64, limit
.L51:
# platform-c/hot/linux61/hot.c:136: 			L32(d, dql, slack_start_time) = jiffies;
	movl	-24(%ebp), %ecx	# %sfp, jiffies
	movl	%ecx, 56(%ebx)	# jiffies,
# platform-c/hot/linux61/hot.c:137: 			L32(d, dql, lowest_slack) = ~0U;
	movl	$-1, 52(%ebx)	#,
	jmp	.L43	#
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-20(%ebp), %edx	# %sfp,
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-32(%ebp), %ecx	# %sfp, _118
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	testl	%edx, %edx	#
	setne	-20(%ebp)	#, %sfp
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	cmpl	%ecx, -28(%ebp)	# _118, %sfp
	setne	%dl	#, tmp189
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	testb	%dl, -20(%ebp)	# tmp189, %sfp
	je	.L43	#,
	movl	-36(%ebp), %ecx	# %sfp, _121
	shrl	$31, %ecx	#, _121
	testb	%cl, %cl	# tmp193
	je	.L43	#,
	jmp	.L44	#
	.p2align 4,,10
	.p2align 3
.L74:
# platform-c/hot/linux61/hot.c:112: 		env_input_error(BUG_L61_DQL, count, "dql_completed: more completed than queued");
	movl	$.LC1, %ecx	#,
	movl	%edi, %edx	# count,
	movl	$518, %eax	#,
	call	env_input_error	#
	jmp	.L36	#
	.p2align 4,,10
	.p2align 3
.L59:
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	-36(%ebp), %edx	# %sfp, _20
	movl	%edi, %ecx	# completed, _121
	subl	%edx, %ecx	# _20, _121
	movl	%ecx, -36(%ebp)	# _121, %sfp
	jmp	.L55	#
	.p2align 4,,10
	.p2align 3
.L58:
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	xorl	%eax, %eax	# limit
	jmp	.L51	#
	.size	l61_dql_completed, .-l61_dql_completed
	.p2align 4
	.globl	l61_napi_schedule_prep
	.type	l61_napi_schedule_prep, @function
l61_napi_schedule_prep:
# platform-c/hot/linux61/hot.c:173: 	u32 val = L32(d, napi_struct, state);
	movl	8(%eax), %edx	# MEM[(volatile u32 *)n.13_1 + 8B], val
# platform-c/hot/linux61/hot.c:175: 	l61_hot_calls[H_NAPI_SCHEDULE_PREP]++;
	incl	l61_hot_calls+20	# l61_hot_calls[5]
# platform-c/hot/linux61/hot.c:176: 	if (unlikely(val & NAPIF(DISABLE)))
	testb	$4, %dl	#, val
	jne	.L77	#,
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	leal	(%edx,%edx), %ecx	#, tmp102
	andl	$2, %ecx	#, tmp103
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	orl	%edx, %ecx	# val, tmp104
	orl	$1, %ecx	#, _12
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	movl	%ecx, 8(%eax)	# _12, MEM[(volatile u32 *)n.13_1 + 8B]
# platform-c/hot/linux61/hot.c:179: 	return !(val & NAPIF(SCHED));
	movl	%edx, %eax	# val, val
	notl	%eax	# val
	andl	$1, %eax	#, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L77:
# platform-c/hot/linux61/hot.c:177: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:180: }
	ret	
	.size	l61_napi_schedule_prep, .-l61_napi_schedule_prep
	.p2align 4
	.globl	l61___napi_schedule
	.type	l61___napi_schedule, @function
l61___napi_schedule:
	pushl	%ebp	#
# platform-c/hot/linux61/hot.c:186: 	l61_hot_calls[H___NAPI_SCHEDULE]++;
	incl	l61_hot_calls+24	# l61_hot_calls[6]
# platform-c/hot/linux61/hot.c:183: {
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:183: {
	movl	%eax, %ebx	# tmp106, n
# platform-c/hot/linux61/hot.c:187: 	flags = l61env_irq_save();
	call	l61env_irq_save	#
# platform-c/hot/linux61/hot.c:158: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list;
	movl	l61_place+12, %edx	# l61_place.softnet, head
# platform-c/hot/linux61/hot.c:160: 	u32 prev = *(volatile u32 *)D((void *)(head + 4));
	movl	4(%edx), %ecx	# MEM[(volatile u32 *)_12], prev
# platform-c/hot/linux61/hot.c:162: 	*(volatile u32 *)D((void *)entry) = head;
	movl	%edx, (%ebx)	# head, MEM[(volatile u32 *)entry.14_14]
# platform-c/hot/linux61/hot.c:163: 	*(volatile u32 *)D((void *)(entry + 4)) = prev;
	movl	%ecx, 4(%ebx)	# prev, MEM[(volatile u32 *)_16]
# platform-c/hot/linux61/hot.c:164: 	*(volatile u32 *)D((void *)prev) = entry;
	movl	%ebx, (%ecx)	# n, MEM[(volatile u32 *)prev.15_17]
# platform-c/hot/linux61/hot.c:165: 	*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, 4(%edx)	# n, MEM[(volatile u32 *)_12]
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	l61_place+16, %ecx	# l61_place.softirq_pending, _19
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	(%ecx), %edx	# MEM[(volatile u32 *)_19], _20
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	orl	$8, %edx	#, _21
	movl	%edx, (%ecx)	# _21, MEM[(volatile u32 *)_19]
# platform-c/hot/linux61/hot.c:189: 	l61env_irq_restore(flags);
	call	l61env_irq_restore	#
# platform-c/hot/linux61/hot.c:190: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61___napi_schedule, .-l61___napi_schedule
	.p2align 4
	.globl	l61_napi_complete_done
	.type	l61_napi_complete_done, @function
l61_napi_complete_done:
	pushl	%ebp	#
# platform-c/hot/linux61/hot.c:198: 	l61_hot_calls[H_NAPI_COMPLETE_DONE]++;
	incl	l61_hot_calls+16	# l61_hot_calls[4]
# platform-c/hot/linux61/hot.c:194: {
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:194: {
	movl	%eax, %ebx	# tmp134, n
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	movl	8(%eax), %eax	# MEM[(volatile u32 *)n.16_1 + 8B], _4
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	testb	$72, %al	#, _4
	jne	.L81	#,
# platform-c/hot/linux61/hot.c:202: 	next = L32(d, napi_struct, poll_list);
	movl	(%ebx), %esi	# MEM[(volatile u32 *)n.16_1], next
# platform-c/hot/linux61/hot.c:203: 	if (unlikely(next != entry)) {
	cmpl	%esi, %ebx	# next, n
	jne	.L91	#,
.L82:
# platform-c/hot/linux61/hot.c:213: 	val = L32(d, napi_struct, state);
	movl	8(%ebx), %esi	# MEM[(volatile u32 *)n.16_1 + 8B], val
# platform-c/hot/linux61/hot.c:214: 	if (unlikely(!(val & NAPIF(SCHED))))
	testl	$1, %esi	#, val
	je	.L92	#,
.L83:
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	movl	%esi, %eax	# val, tmp127
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	movl	%esi, %edx	# val, tmp129
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	shrl	%eax	# tmp127
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	andl	$-644, %edx	#, tmp129
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	andl	$1, %eax	#, tmp128
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	orl	%edx, %eax	# tmp129, _25
# platform-c/hot/linux61/hot.c:218: 	if (unlikely(val & NAPIF(MISSED))) {
	andl	$2, %esi	#, val
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	movl	%eax, 8(%ebx)	# _25, MEM[(volatile u32 *)n.16_1 + 8B]
# platform-c/hot/linux61/hot.c:224: 	return 1;
	movl	$1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:218: 	if (unlikely(val & NAPIF(MISSED))) {
	jne	.L93	#,
.L80:
# platform-c/hot/linux61/hot.c:225: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L93:
# platform-c/hot/linux61/hot.c:219: 		flags = l61env_irq_save();
	call	l61env_irq_save	#
# platform-c/hot/linux61/hot.c:158: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list;
	movl	l61_place+12, %edx	# l61_place.softnet, head
# platform-c/hot/linux61/hot.c:160: 	u32 prev = *(volatile u32 *)D((void *)(head + 4));
	movl	4(%edx), %ecx	# MEM[(volatile u32 *)_55], prev
# platform-c/hot/linux61/hot.c:162: 	*(volatile u32 *)D((void *)entry) = head;
	movl	%edx, (%ebx)	# head, MEM[(volatile u32 *)n.16_1]
# platform-c/hot/linux61/hot.c:163: 	*(volatile u32 *)D((void *)(entry + 4)) = prev;
	movl	%ecx, 4(%ebx)	# prev, MEM[(volatile u32 *)_59]
# platform-c/hot/linux61/hot.c:164: 	*(volatile u32 *)D((void *)prev) = entry;
	movl	%ebx, (%ecx)	# n, MEM[(volatile u32 *)prev.15_60]
# platform-c/hot/linux61/hot.c:165: 	*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, 4(%edx)	# n, MEM[(volatile u32 *)_55]
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	l61_place+16, %ecx	# l61_place.softirq_pending, _62
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	(%ecx), %edx	# MEM[(volatile u32 *)_62], _63
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	orl	$8, %edx	#, _64
	movl	%edx, (%ecx)	# _64, MEM[(volatile u32 *)_62]
# platform-c/hot/linux61/hot.c:221: 		l61env_irq_restore(flags);
	call	l61env_irq_restore	#
.L81:
# platform-c/hot/linux61/hot.c:200: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L91:
# platform-c/hot/linux61/hot.c:205: 		flags = l61env_irq_save();
	call	l61env_irq_save	#
# platform-c/hot/linux61/hot.c:206: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	movl	4(%ebx), %edx	# MEM[(volatile u32 *)_13], prev
# platform-c/hot/linux61/hot.c:207: 		*(volatile u32 *)D((void *)prev) = next;
	movl	%esi, (%edx)	# next, MEM[(volatile u32 *)prev.17_14]
# platform-c/hot/linux61/hot.c:208: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	movl	%edx, 4(%esi)	# prev, MEM[(volatile u32 *)_16]
# platform-c/hot/linux61/hot.c:209: 		*(volatile u32 *)D((void *)entry) = entry;
	movl	%ebx, (%ebx)	# n, MEM[(volatile u32 *)n.16_1]
# platform-c/hot/linux61/hot.c:210: 		*(volatile u32 *)D((void *)(entry + 4)) = entry;
	movl	%ebx, 4(%ebx)	# n, MEM[(volatile u32 *)_13]
# platform-c/hot/linux61/hot.c:211: 		l61env_irq_restore(flags);
	call	l61env_irq_restore	#
	jmp	.L82	#
	.p2align 4,,10
	.p2align 3
.L92:
# platform-c/hot/linux61/hot.c:215: 		env_warn(WARN_L61_NAPI_NOT_SCHED, n);
	movl	%ebx, %edx	# n,
	movl	$770, %eax	#,
	call	env_warn	#
	jmp	.L83	#
	.size	l61_napi_complete_done, .-l61_napi_complete_done
	.section	.rodata.str1.4
	.align 4
.LC2:
	.string	"skb_put: SKB_LINEAR_ASSERT: a non-linear skb"
	.align 4
.LC3:
	.string	"skb_over_panic: skb_put past the end"
	.text
	.p2align 4
	.globl	l61_skb_put
	.type	l61_skb_put, @function
l61_skb_put:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp115, skb
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp116, len
	movl	%edi, -4(%ebp)	#,
# platform-c/hot/linux61/hot.c:231: 	u32 tail = L32(s, sk_buff, tail);
	movl	160(%eax), %edi	# MEM[(volatile u32 *)skb.19_1 + 160B], <retval>
# platform-c/hot/linux61/hot.c:234: 	if (unlikely(L32(s, sk_buff, data_len)))
	movl	88(%eax), %eax	# MEM[(volatile u32 *)skb.19_1 + 88B], _4
# platform-c/hot/linux61/hot.c:233: 	l61_hot_calls[H_SKB_PUT]++;
	incl	l61_hot_calls+28	# l61_hot_calls[7]
# platform-c/hot/linux61/hot.c:234: 	if (unlikely(L32(s, sk_buff, data_len)))
	testl	%eax, %eax	# _4
	jne	.L108	#,
.L95:
	movl	%edi, %edx	# <retval>, tmp105
	xorl	%ecx, %ecx	# _13
	addl	%esi, %edx	# len, tmp105
	jc	.L109	#,
.L96:
# platform-c/hot/linux61/hot.c:236: 	L32(s, sk_buff, tail) = tail + len;
	movl	%edx, 160(%ebx)	# tmp105, MEM[(volatile u32 *)skb.19_1 + 160B]
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	movl	84(%ebx), %eax	# MEM[(volatile u32 *)skb.19_1 + 84B], _9
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	addl	%esi, %eax	# len, _10
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	testl	%ecx, %ecx	# _13
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	movl	%eax, 84(%ebx)	# _10, MEM[(volatile u32 *)skb.19_1 + 84B]
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	movl	164(%ebx), %eax	# MEM[(volatile u32 *)skb.19_1 + 164B], _11
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	jne	.L100	#,
	cmpl	%edx, %eax	# tmp105, _11
	jb	.L100	#,
# platform-c/hot/linux61/hot.c:241: }
	movl	-12(%ebp), %ebx	#,
	movl	%edi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L100:
# platform-c/hot/linux61/hot.c:239: 		env_input_error(BUG_L61_SKB_OVER, skb, "skb_over_panic: skb_put past the end");
	movl	%ebx, %edx	# skb,
	movl	$514, %eax	#,
	movl	$.LC3, %ecx	#,
	call	env_input_error	#
# platform-c/hot/linux61/hot.c:241: }
	movl	-12(%ebp), %ebx	#,
	movl	%edi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L108:
# platform-c/hot/linux61/hot.c:235: 		env_input_error(BUG_L61_SKB_OVER, skb, "skb_put: SKB_LINEAR_ASSERT: a non-linear skb");
	movl	$.LC2, %ecx	#,
	movl	%ebx, %edx	# skb,
	movl	$514, %eax	#,
	call	env_input_error	#
	jmp	.L95	#
.L109:
	movl	$1, %ecx	#, _13
	jmp	.L96	#
	.size	l61_skb_put, .-l61_skb_put
	.section	.rodata.str1.4
	.align 4
.LC4:
	.string	"eth_type_trans: the Ethernet header is not in the linear part"
	.text
	.p2align 4
	.globl	l61_eth_type_trans
	.type	l61_eth_type_trans, @function
l61_eth_type_trans:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp151, skb
	movl	%edi, -4(%ebp)	#,
	movl	%edx, %edi	# tmp152, dev
	movl	%esi, -8(%ebp)	#,
# platform-c/hot/linux61/hot.c:247: 	u32 data = L32(s, sk_buff, data), len = L32(s, sk_buff, len);
	movl	172(%eax), %esi	# MEM[(volatile u32 *)skb.20_1 + 172B], data
# platform-c/hot/linux61/hot.c:251: 	l61_hot_calls[H_ETH_TYPE_TRANS]++;
	incl	l61_hot_calls+32	# l61_hot_calls[8]
# platform-c/hot/linux61/hot.c:247: 	u32 data = L32(s, sk_buff, data), len = L32(s, sk_buff, len);
	movl	84(%eax), %edx	# MEM[(volatile u32 *)skb.20_1 + 84B], len
# platform-c/hot/linux61/hot.c:252: 	L32(s, sk_buff, dev) = dev;
	movl	%edi, 8(%eax)	# dev, MEM[(volatile u32 *)skb.20_1 + 8B]
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movl	168(%eax), %ecx	# MEM[(volatile u32 *)skb.20_1 + 168B], _6
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movl	%esi, %eax	# data, tmp124
	subl	%ecx, %eax	# _6, tmp124
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	cmpl	$13, %edx	#, len
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movzwl	%ax, %eax	# tmp124, _8
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movw	%ax, 158(%ebx)	# _8, MEM[(volatile u16 *)skb.20_1 + 158B]
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	leal	-14(%edx), %eax	#, _12
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	jbe	.L125	#,
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	movl	%eax, -16(%ebp)	# _12, %sfp
	movl	%eax, %ecx	# _12, _12
	movl	88(%ebx), %eax	# MEM[(volatile u32 *)skb.20_1 + 88B], _13
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	cmpl	%eax, %ecx	# _13, _12
	jb	.L112	#,
.L113:
# platform-c/hot/linux61/hot.c:256: 	L32(s, sk_buff, len) = len - L_ETH_HLEN;
	movl	-16(%ebp), %eax	# %sfp, _12
	movl	%eax, 84(%ebx)	# _12, MEM[(volatile u32 *)skb.20_1 + 84B]
# platform-c/hot/linux61/hot.c:257: 	L32(s, sk_buff, data) = data + L_ETH_HLEN;
	leal	14(%esi), %eax	#, _18
# platform-c/hot/linux61/hot.c:257: 	L32(s, sk_buff, data) = data + L_ETH_HLEN;
	movl	%eax, 172(%ebx)	# _18, MEM[(volatile u32 *)skb.20_1 + 172B]
# platform-c/hot/linux61/hot.c:259: 	own = D((void *)L32(nd, net_device, dev_addr));
	movl	456(%edi), %eax	# MEM[(volatile u32 *)dev.21_2 + 456B], _20
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	movl	(%esi), %edx	# MEM[(const u32 *)data.22_19], _22
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	cmpl	(%eax), %edx	# MEM[(const u32 *)_21], _22
	jne	.L114	#,
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	movzwl	4(%esi), %ecx	# MEM[(const u16 *)data.22_19 + 4B], tmp173
	cmpw	%cx, 4(%eax)	# tmp173, MEM[(const u16 *)_21 + 4B]
	jne	.L114	#,
.L115:
	movzwl	12(%esi), %eax	# MEM[(const u16 *)data.22_19 + 12B], load_dst_9
# platform-c/hot/linux61/hot.c:272: 	if (likely((u16)((proto << 8) | (proto >> 8)) >= L_ETH_P_802_3_MIN))
	movl	%eax, %edx	# load_dst_9, tmp132
	movl	%eax, %ecx	# load_dst_9, tmp134
	sall	$8, %edx	#, tmp132
	shrl	$8, %ecx	#, tmp134
	orl	%ecx, %edx	# tmp134, tmp137
	cmpw	$1535, %dx	#, tmp137
	jbe	.L126	#,
.L110:
# platform-c/hot/linux61/hot.c:278: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L125:
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	movl	%eax, -16(%ebp)	# _12, %sfp
.L112:
# platform-c/hot/linux61/hot.c:255: 		env_input_error(BUG_L61_SHORT_ETH, skb, "eth_type_trans: the Ethernet header is not in the linear part");
	movl	$.LC4, %ecx	#,
	movl	%ebx, %edx	# skb,
	movl	$515, %eax	#,
	call	env_input_error	#
	jmp	.L113	#
	.p2align 4,,10
	.p2align 3
.L114:
# platform-c/hot/linux61/hot.c:264: 		if (eth[0] & 1)
	movzbl	(%esi), %ecx	# MEM[(const u8 *)data.22_19], prephitmp_11
	andb	$1, %cl	#, prephitmp_11
	je	.L119	#,
# platform-c/hot/linux61/hot.c:266: 				L_PACKET_BROADCAST : L_PACKET_MULTICAST;
	cmpl	508(%edi), %edx	# MEM[(const u32 *)dev.21_2 + 508B], _22
	je	.L127	#,
.L121:
	movb	$2, %cl	#, prephitmp_11
.L116:
# platform-c/hot/linux61/hot.c:269: 		LBIT_SET(s, sk_buff, pkt_type, type);
	movzbl	100(%ebx), %eax	# MEM[(volatile u8 *)skb.20_1 + 100B], _36
	andb	$-8, %al	#, tmp130
	orb	%cl, %al	# prephitmp_11, _39
	movb	%al, 100(%ebx)	# _39, MEM[(volatile u8 *)skb.20_1 + 100B]
	jmp	.L115	#
	.p2align 4,,10
	.p2align 3
.L126:
# platform-c/hot/linux61/hot.c:275: 	if (len - L_ETH_HLEN >= 2 && *(const u16 *)(eth + L_ETH_HLEN) == 0xFFFF)
	cmpl	$1, -16(%ebp)	#, %sfp
	jbe	.L122	#,
# platform-c/hot/linux61/hot.c:275: 	if (len - L_ETH_HLEN >= 2 && *(const u16 *)(eth + L_ETH_HLEN) == 0xFFFF)
	movzwl	14(%esi), %eax	# MEM[(const u16 *)data.22_19 + 14B], MEM[(const u16 *)data.22_19 + 14B]
# platform-c/hot/linux61/hot.c:276: 		return 0x0100;	/* htons(ETH_P_802_3) */
	movl	$256, %edx	#, tmp148
	cmpl	$65535, %eax	#, MEM[(const u16 *)data.22_19 + 14B]
	movl	$1024, %eax	#, tmp147
	cmove	%edx, %eax	# tmp147,, tmp148, <retval>
	jmp	.L110	#
	.p2align 4,,10
	.p2align 3
.L119:
	movb	$3, %cl	#, prephitmp_11
	jmp	.L116	#
	.p2align 4,,10
	.p2align 3
.L127:
# platform-c/hot/linux61/hot.c:265: 			type = (*(const u32 *)eth == *(const u32 *)bc && *(const u16 *)(eth + 4) == *(const u16 *)(bc + 4)) ?
	movzwl	4(%esi), %eax	# MEM[(const u16 *)data.22_19 + 4B], tmp175
	cmpw	%ax, 512(%edi)	# tmp175, MEM[(const u16 *)dev.21_2 + 512B]
	jne	.L121	#,
	jmp	.L116	#
	.p2align 4,,10
	.p2align 3
.L122:
# platform-c/hot/linux61/hot.c:277: 	return ((L_ETH_P_802_2 & 0xff) << 8) | (L_ETH_P_802_2 >> 8);
	movl	$1024, %eax	#, <retval>
	jmp	.L110	#
	.size	l61_eth_type_trans, .-l61_eth_type_trans
	.p2align 4
	.globl	l61_free_head
	.type	l61_free_head, @function
l61_free_head:
	pushl	%ebp	#
# platform-c/hot/linux61/hot.c:284: 	u32 head = L32(s, sk_buff, head);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)skb.24_1 + 168B], head
# platform-c/hot/linux61/hot.c:282: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	movzbl	98(%eax), %eax	# MEM[(volatile u8 *)skb.24_1 + 98B], _2
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	andb	$32, %al	#, tmp87
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	movl	%edx, %eax	# head,
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	je	.L129	#,
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	call	l61env_frag_free	#
# platform-c/hot/linux61/hot.c:290: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L129:
# platform-c/hot/linux61/hot.c:289: 		l61env_head_free(head);
	call	l61env_head_free	#
# platform-c/hot/linux61/hot.c:290: }
	popl	%ebp	#
	.p2align 4,,7
	ret	
	.size	l61_free_head, .-l61_free_head
	.section	.rodata.str1.4
	.align 4
.LC5:
	.string	"kfree_skb: nr_frags > MAX_SKB_FRAGS"
	.align 4
.LC6:
	.string	"kfree_skb: a frag_list, which no stack here builds"
	.text
	.p2align 4
	.globl	l61_release_data
	.type	l61_release_data, @function
l61_release_data:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$8, %esp	#,
# platform-c/hot/linux61/hot.c:294: {
	movl	%eax, -20(%ebp)	# skb, %sfp
# platform-c/hot/linux61/hot.c:295: 	u8 *s = D((void *)skb), *shi = D((void *)L32(s, sk_buff, end));
	movl	164(%eax), %ecx	# MEM[(volatile u32 *)skb.25_1 + 164B], _2
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	movzbl	98(%eax), %eax	# MEM[(volatile u8 *)skb.25_1 + 98B], _4
# platform-c/hot/linux61/hot.c:295: 	u8 *s = D((void *)skb), *shi = D((void *)L32(s, sk_buff, end));
	movl	%ecx, -16(%ebp)	# _2, %sfp
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	andb	$1, %al	#, tmp100
	je	.L137	#,
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	movl	-16(%ebp), %edx	# %sfp, _2
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	decl	28(%edx)	# MEM[(volatile u32 *)_3 + 28B]
	jne	.L132	#,
.L137:
# platform-c/hot/linux61/hot.c:300: 	nr = L8(shi, skb_shared_info, nr_frags);
	movl	-16(%ebp), %eax	# %sfp, _2
	movzbl	2(%eax), %ebx	# MEM[(volatile u8 *)_3 + 2B],
# platform-c/hot/linux61/hot.c:301: 	if (unlikely(nr > L_MAX_SKB_FRAGS))
	cmpb	$17, %bl	#, _9
	ja	.L152	#,
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	testl	%ebx, %ebx	# nr
	je	.L139	#,
.L138:
	movl	-16(%ebp), %eax	# %sfp, _2
# platform-c/hot/linux61/hot.c:294: {
	xorl	%edi, %edi	# i
	leal	40(%eax), %esi	#, ivtmp.102
	.p2align 4
	.p2align 3
.L140:
# platform-c/hot/linux61/hot.c:304: 		l61env_put_page(L32(shi + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t, bio_vec, bv_page));
	movl	(%esi), %eax	# MEM[(volatile u32 *)_15], _16
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	incl	%edi	# i
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	addl	$12, %esi	#, ivtmp.102
# platform-c/hot/linux61/hot.c:304: 		l61env_put_page(L32(shi + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t, bio_vec, bv_page));
	call	l61env_put_page	#
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	cmpl	%ebx, %edi	# nr, i
	jb	.L140	#,
.L139:
# platform-c/hot/linux61/hot.c:305: 	if (unlikely(L32(shi, skb_shared_info, frag_list)))
	movl	-16(%ebp), %eax	# %sfp, _2
	movl	8(%eax), %eax	# MEM[(volatile u32 *)_3 + 8B], _17
# platform-c/hot/linux61/hot.c:305: 	if (unlikely(L32(shi, skb_shared_info, frag_list)))
	testl	%eax, %eax	# _17
	jne	.L153	#,
.L141:
# platform-c/hot/linux61/hot.c:284: 	u32 head = L32(s, sk_buff, head);
	movl	-20(%ebp), %eax	# %sfp, skb
	movl	168(%eax), %edx	# MEM[(volatile u32 *)skb.25_1 + 168B], head
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	movzbl	98(%eax), %eax	# MEM[(volatile u8 *)skb.25_1 + 98B], _38
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	andb	$32, %al	#, tmp101
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	movl	%edx, %eax	# head,
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	je	.L142	#,
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	call	l61env_frag_free	#
.L132:
# platform-c/hot/linux61/hot.c:308: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L142:
# platform-c/hot/linux61/hot.c:289: 		l61env_head_free(head);
	call	l61env_head_free	#
# platform-c/hot/linux61/hot.c:308: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L153:
# platform-c/hot/linux61/hot.c:306: 		env_input_error(BUG_L61_NOT_SKB, skb, "kfree_skb: a frag_list, which no stack here builds");
	movl	-20(%ebp), %edx	# %sfp,
	movl	$.LC6, %ecx	#,
	movl	$517, %eax	#,
	call	env_input_error	#
	jmp	.L141	#
	.p2align 4,,10
	.p2align 3
.L152:
# platform-c/hot/linux61/hot.c:302: 		env_input_error(BUG_L61_NR_FRAGS, nr, "kfree_skb: nr_frags > MAX_SKB_FRAGS");
	movl	$.LC5, %ecx	#,
	movl	%ebx, %edx	# nr,
	movl	$516, %eax	#,
	call	env_input_error	#
	jmp	.L138	#
	.size	l61_release_data, .-l61_release_data
	.p2align 4
	.globl	l61_free_skb
	.type	l61_free_skb, @function
l61_free_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:314: {
	movl	%eax, %ebx	# tmp86, skb
# platform-c/hot/linux61/hot.c:316: 	u32 fn = L32(s, sk_buff, destructor);
	movl	76(%eax), %eax	# MEM[(volatile u32 *)skb.26_1 + 76B], fn
# platform-c/hot/linux61/hot.c:318: 	if (fn)
	testl	%eax, %eax	# fn
	jne	.L164	#,
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	movl	168(%ebx), %eax	# MEM[(volatile u32 *)skb.26_1 + 168B], _2
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	testl	%eax, %eax	# _2
	jne	.L165	#,
.L156:
# platform-c/hot/linux61/hot.c:322: 	l61env_skb_struct_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_struct_free	#
# platform-c/hot/linux61/hot.c:323: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L164:
# platform-c/hot/linux61/hot.c:319: 		l61env_destructor(fn, skb);
	movl	%ebx, %edx	# skb,
	call	l61env_destructor	#
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	movl	168(%ebx), %eax	# MEM[(volatile u32 *)skb.26_1 + 168B], _2
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	testl	%eax, %eax	# _2
	je	.L156	#,
.L165:
# platform-c/hot/linux61/hot.c:321: 		L61(release_data)(skb);
	movl	%ebx, %eax	# skb,
	call	l61_release_data	#
# platform-c/hot/linux61/hot.c:322: 	l61env_skb_struct_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_struct_free	#
# platform-c/hot/linux61/hot.c:323: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.size	l61_free_skb, .-l61_free_skb
	.p2align 4
	.globl	l61_napi_consume_skb
	.type	l61_napi_consume_skb, @function
l61_napi_consume_skb:
# platform-c/hot/linux61/hot.c:331: 	l61_hot_calls[H_NAPI_CONSUME_SKB]++;
	incl	l61_hot_calls+36	# l61_hot_calls[9]
# platform-c/hot/linux61/hot.c:332: 	if (unlikely(!skb))
	testl	%eax, %eax	# skb
	je	.L174	#,
# platform-c/hot/linux61/hot.c:327: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp98, skb
	movl	%esi, -4(%ebp)	#,
# platform-c/hot/linux61/hot.c:335: 	users = L32(s, sk_buff, users);
	movl	180(%eax), %esi	# MEM[(volatile u32 *)skb.27_6 + 180B], _7
# platform-c/hot/linux61/hot.c:336: 	if (users != l61env_last_ref(skb)) {
	call	l61env_last_ref	#
# platform-c/hot/linux61/hot.c:336: 	if (users != l61env_last_ref(skb)) {
	cmpl	%esi, %eax	# _7, tmp99
	je	.L168	#,
# platform-c/hot/linux61/hot.c:337: 		if (unlikely(users <= 0)) {
	testl	%esi, %esi	# _7
	jle	.L177	#,
# platform-c/hot/linux61/hot.c:341: 		L32(s, sk_buff, users) = users - 1;
	decl	%esi	# _13
# platform-c/hot/linux61/hot.c:341: 		L32(s, sk_buff, users) = users - 1;
	movl	%esi, 180(%ebx)	# _13, MEM[(volatile u32 *)skb.27_6 + 180B]
.L166:
# platform-c/hot/linux61/hot.c:345: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L168:
# platform-c/hot/linux61/hot.c:344: 	l61env_skb_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_free	#
# platform-c/hot/linux61/hot.c:345: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L174:
	ret	
	.p2align 4,,10
	.p2align 3
.L177:
# platform-c/hot/linux61/hot.c:338: 			env_warn(WARN_L61_SKB_USERS, skb);
	movl	%ebx, %edx	# skb,
	movl	$769, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/hot.c:339: 			return;
	.p2align 4,,2
	jmp	.L166	#
	.size	l61_napi_consume_skb, .-l61_napi_consume_skb
	.p2align 4
	.globl	l61_build_skb_around
	.type	l61_build_skb_around, @function
l61_build_skb_around:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	%eax, %edi	# skb, edi_out
# platform-c/hot/linux61/hot.c:350: {
	pushl	%esi	#
	movl	%ecx, %esi	# tmp101, frag_size
	pushl	%ebx	#
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$40, %ecx	#, ecx_out
# platform-c/hot/linux61/hot.c:350: {
	movl	%eax, %ebx	# tmp99, skb
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	xorl	%eax, %eax	# tmp96
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $160, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hot/linux61/hot.c:356: 	L32(s, sk_buff, truesize) = SKB_TRUESIZE(size);
#NO_APP
	leal	192(%esi), %eax	#, _2
# platform-c/hot/linux61/hot.c:363: 	L16(s, sk_buff, transport_header) = 0xffff;
	movl	$-1, %ecx	#,
# platform-c/hot/linux61/hot.c:356: 	L32(s, sk_buff, truesize) = SKB_TRUESIZE(size);
	movl	%eax, 176(%ebx)	# _2, MEM[(volatile u32 *)skb.28_1 + 176B]
# platform-c/hot/linux61/hot.c:357: 	L32(s, sk_buff, users) = 1;
	movl	$1, %eax	#,
	movl	%eax, 180(%ebx)	#, MEM[(volatile u32 *)skb.28_1 + 180B]
# platform-c/hot/linux61/hot.c:361: 	L32(s, sk_buff, end) = data + size;
	leal	-256(%edx,%esi), %eax	#, ivtmp.121
# platform-c/hot/linux61/hot.c:364: 	L32(s, sk_buff, alloc_cpu) = 0;
	xorl	%esi, %esi	#
# platform-c/hot/linux61/hot.c:358: 	L32(s, sk_buff, head) = data;
	movl	%edx, 168(%ebx)	# data, MEM[(volatile u32 *)skb.28_1 + 168B]
# platform-c/hot/linux61/hot.c:359: 	L32(s, sk_buff, data) = data;
	movl	%edx, 172(%ebx)	# data, MEM[(volatile u32 *)skb.28_1 + 172B]
# platform-c/hot/linux61/hot.c:360: 	L32(s, sk_buff, tail) = data;
	movl	%edx, 160(%ebx)	# data, MEM[(volatile u32 *)skb.28_1 + 160B]
# platform-c/hot/linux61/hot.c:362: 	L16(s, sk_buff, mac_header) = 0xffff;
	movl	$-1, %edx	#,
# platform-c/hot/linux61/hot.c:361: 	L32(s, sk_buff, end) = data + size;
	movl	%eax, 164(%ebx)	# ivtmp.121, MEM[(volatile u32 *)skb.28_1 + 164B]
# platform-c/hot/linux61/hot.c:362: 	L16(s, sk_buff, mac_header) = 0xffff;
	movw	%dx, 158(%ebx)	#, MEM[(volatile u16 *)skb.28_1 + 158B]
	leal	28(%eax), %edx	#, _33
# platform-c/hot/linux61/hot.c:363: 	L16(s, sk_buff, transport_header) = 0xffff;
	movw	%cx, 154(%ebx)	#, MEM[(volatile u16 *)skb.28_1 + 154B]
# platform-c/hot/linux61/hot.c:365: 	sh = D((void *)(data + size));
	movl	%eax, %ecx	# ivtmp.121, _4
# platform-c/hot/linux61/hot.c:364: 	L32(s, sk_buff, alloc_cpu) = 0;
	movl	%esi, 132(%ebx)	#, MEM[(volatile u32 *)skb.28_1 + 132B]
	.p2align 4
	.p2align 3
.L179:
# platform-c/hot/linux61/hot.c:367: 		*(u32 *)(sh + i) = 0;
	movl	$0, (%eax)	#, MEM[(u32 *)_5]
# platform-c/hot/linux61/hot.c:366: 	for (i = 0; i < L_OFF_skb_shared_info_dataref; i += 4)
	addl	$4, %eax	#, ivtmp.121
	cmpl	%edx, %eax	# _33, ivtmp.121
	jne	.L179	#,
# platform-c/hot/linux61/hot.c:368: 	L32(sh, skb_shared_info, dataref) = 1;
	movl	$1, 28(%ecx)	#, MEM[(volatile u32 *)_4 + 28B]
# platform-c/hot/linux61/hot.c:369: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	l61_build_skb_around, .-l61_build_skb_around
	.p2align 4
	.globl	l61_frame_skb
	.type	l61_frame_skb, @function
l61_frame_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:379: {
	movl	%eax, %ebx	# tmp126, skb
# platform-c/hot/linux61/hot.c:381: 	u32 data = frag + L_NET_SKB_PAD;
	leal	32(%edx), %edi	#, data
# platform-c/hot/linux61/hot.c:379: {
	movl	8(%ebp), %esi	# frame, frame
# platform-c/hot/linux61/hot.c:383: 	L61(build_skb_around)(skb, frag, frag_size);
	call	l61_build_skb_around	#
# platform-c/hot/linux61/hot.c:385: 	LBIT_SET(s, sk_buff, head_frag, 1);
	movzbl	98(%ebx), %eax	# MEM[(volatile u8 *)skb.29_1 + 98B], _2
# platform-c/hot/linux61/hot.c:391: 	L16(s, sk_buff, mac_header) = L_NET_SKB_PAD;
	movl	$32, %ecx	#,
# platform-c/hot/linux61/hot.c:389: 	L32(s, sk_buff, data_len) = size - head;
	movl	16(%ebp), %edx	# head,
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# platform-c/hot/linux61/hot.c:385: 	LBIT_SET(s, sk_buff, head_frag, 1);
	orb	$32, %al	#, _3
	movb	%al, 98(%ebx)	# _3, MEM[(volatile u8 *)skb.29_1 + 98B]
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	movl	16(%ebp), %eax	# head, _4
# platform-c/hot/linux61/hot.c:386: 	L32(s, sk_buff, data) = data;
	movl	%edi, 172(%ebx)	# data, MEM[(volatile u32 *)skb.29_1 + 172B]
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	addl	%edi, %eax	# data, _4
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	movl	%eax, 160(%ebx)	# _4, MEM[(volatile u32 *)skb.29_1 + 160B]
# platform-c/hot/linux61/hot.c:388: 	L32(s, sk_buff, len) = size;
	movl	12(%ebp), %eax	# size, tmp131
	movl	%eax, 84(%ebx)	# tmp131, MEM[(volatile u32 *)skb.29_1 + 84B]
# platform-c/hot/linux61/hot.c:389: 	L32(s, sk_buff, data_len) = size - head;
	subl	%edx, %eax	#, _5
# platform-c/hot/linux61/hot.c:390: 	L32(s, sk_buff, dev) = dev;
	movl	28(%ebp), %edx	# dev, dev
# platform-c/hot/linux61/hot.c:389: 	L32(s, sk_buff, data_len) = size - head;
	movl	%eax, 88(%ebx)	# _5, MEM[(volatile u32 *)skb.29_1 + 88B]
# platform-c/hot/linux61/hot.c:390: 	L32(s, sk_buff, dev) = dev;
	movl	%edx, 8(%ebx)	# dev, MEM[(volatile u32 *)skb.29_1 + 8B]
# platform-c/hot/linux61/hot.c:392: 	L16(s, sk_buff, network_header) = L_NET_SKB_PAD + L_ETH_HLEN;
	movl	$46, %edx	#,
# platform-c/hot/linux61/hot.c:391: 	L16(s, sk_buff, mac_header) = L_NET_SKB_PAD;
	movw	%cx, 158(%ebx)	#, MEM[(volatile u16 *)skb.29_1 + 158B]
# platform-c/hot/linux61/hot.c:392: 	L16(s, sk_buff, network_header) = L_NET_SKB_PAD + L_ETH_HLEN;
	movw	%dx, 156(%ebx)	#, MEM[(volatile u16 *)skb.29_1 + 156B]
# platform-c/hot/linux61/hot.c:393: 	L16(s, sk_buff, protocol) = *(const u16 *)(frame + 12);
	movzwl	12(%esi), %edx	# MEM[(const u16 *)frame_31(D) + 12B], _6
# platform-c/hot/linux61/hot.c:393: 	L16(s, sk_buff, protocol) = *(const u16 *)(frame + 12);
	movw	%dx, 152(%ebx)	# _6, MEM[(volatile u16 *)skb.29_1 + 152B]
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	16(%ebp), %edx	# head, tmp133
	addl	%edx, place_stats	# tmp133, place_stats.copy_bytes
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%edx, %ecx	# tmp133, tmp125
	shrl	$2, %ecx	#, tmp125
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %edx, %ecx	#
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hot/linux61/hot.c:395: 	if (size > head) {
#NO_APP
	movl	12(%ebp), %esi	# size, tmp135
	cmpl	%esi, 16(%ebp)	# tmp135, head
	jnb	.L182	#,
# platform-c/hot/linux61/hot.c:396: 		sh = D((void *)L32(s, sk_buff, end));
	movl	164(%ebx), %edx	# MEM[(volatile u32 *)skb.29_1 + 164B], _8
# platform-c/hot/linux61/hot.c:399: 		L32(f, bio_vec, bv_page) = page;
	movl	20(%ebp), %ecx	# page, page
# platform-c/hot/linux61/hot.c:398: 		L8(sh, skb_shared_info, nr_frags) = 1;
	movb	$1, 2(%edx)	#, MEM[(volatile u8 *)_9 + 2B]
# platform-c/hot/linux61/hot.c:399: 		L32(f, bio_vec, bv_page) = page;
	movl	%ecx, 40(%edx)	# page, MEM[(volatile u32 *)_9 + 40B]
# platform-c/hot/linux61/hot.c:400: 		L32(f, bio_vec, bv_offset) = frag_off;
	movl	24(%ebp), %ecx	# frag_off, frag_off
	movl	%ecx, 48(%edx)	# frag_off, MEM[(volatile u32 *)_9 + 48B]
# platform-c/hot/linux61/hot.c:401: 		L32(f, bio_vec, bv_len) = size - head;
	movl	%eax, 44(%edx)	# _5, MEM[(volatile u32 *)_9 + 44B]
# platform-c/hot/linux61/hot.c:402: 		L32(s, sk_buff, truesize) += size - head;
	movl	176(%ebx), %edx	# MEM[(volatile u32 *)skb.29_1 + 176B], _10
# platform-c/hot/linux61/hot.c:402: 		L32(s, sk_buff, truesize) += size - head;
	addl	%edx, %eax	# _10, _11
	movl	%eax, 176(%ebx)	# _11, MEM[(volatile u32 *)skb.29_1 + 176B]
.L182:
# platform-c/hot/linux61/hot.c:404: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	l61_frame_skb, .-l61_frame_skb
	.p2align 4
	.globl	l61_csum_l4
	.type	l61_csum_l4, @function
l61_csum_l4:
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpl	$33, %edx	#, size
	jbe	.L190	#,
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpb	$8, 12(%eax)	#, MEM[(const u8 *)frame_33(D) + 12B]
	jne	.L190	#,
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpb	$0, 13(%eax)	#, MEM[(const u8 *)frame_33(D) + 13B]
	jne	.L190	#,
# platform-c/hot/linux61/hot.c:424: {
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%ecx, %esi	# tmp146, head
	pushl	%ebx	#
	movl	%edx, %ebx	# tmp145, size
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	movzbl	14(%eax), %edx	# MEM[(const u8 *)frame_33(D) + 14B], _3
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	movb	%dl, %cl	# _3, tmp112
	shrb	$4, %cl	#, tmp112
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpb	$4, %cl	#, tmp112
	jne	.L198	#,
# platform-c/hot/linux61/hot.c:430: 	total = (frame[16] << 8) | frame[17];
	movzwl	16(%eax), %edi	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 16B],
# platform-c/hot/linux61/hot.c:429: 	ihl = (frame[14] & 0xf) * 4;
	andb	$15, %dl	#, tmp113
	movzbl	%dl, %edx	# tmp113, tmp114
# platform-c/hot/linux61/hot.c:429: 	ihl = (frame[14] & 0xf) * 4;
	sall	$2, %edx	#, ihl
# platform-c/hot/linux61/hot.c:430: 	total = (frame[16] << 8) | frame[17];
	movl	%edi, %ecx	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 16B], tmp116
	sall	$8, %ecx	#, tmp116
	shrl	$8, %edi	#, tmp118
	orl	%edi, %ecx	# tmp118, tmp121
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	cmpl	$19, %edx	#, ihl
# platform-c/hot/linux61/hot.c:430: 	total = (frame[16] << 8) | frame[17];
	movzwl	%cx, %ecx	# tmp121, total
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	jbe	.L198	#,
	cmpl	%edx, %ecx	# ihl, total
	jb	.L198	#,
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	subl	$14, %ebx	#, tmp126
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	cmpl	%ecx, %ebx	# total, tmp126
	jb	.L198	#,
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	movzwl	20(%eax), %ebx	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 20B],
	movl	%ebx, %edi	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 20B], tmp128
	sall	$8, %edi	#, tmp128
	shrl	$8, %ebx	#, tmp130
	orl	%ebx, %edi	# tmp130, tmp133
	andl	$16383, %edi	#, tmp133
	jne	.L198	#,
# platform-c/hot/linux61/hot.c:433: 	if (frame[23] == 6)
	movzbl	23(%eax), %eax	# MEM[(const u8 *)frame_33(D) + 23B], _24
# platform-c/hot/linux61/hot.c:433: 	if (frame[23] == 6)
	cmpb	$6, %al	#, _24
	je	.L195	#,
# platform-c/hot/linux61/hot.c:435: 	else if (frame[23] == 17)
	cmpb	$17, %al	#, _24
	jne	.L198	#,
# platform-c/hot/linux61/hot.c:436: 		off = 6;
	movl	$6, %ebx	#, off
.L187:
# platform-c/hot/linux61/hot.c:439: 	start = L_ETH_HLEN + ihl;
	leal	14(%edx), %eax	#, start
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	leal	16(%ebx,%edx), %edx	#, _26
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	cmpl	%edx, %esi	# _26, head
	jb	.L198	#,
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	addl	$14, %ecx	#, tmp139
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	cmpl	%edx, %ecx	# _26, tmp139
	jb	.L198	#,
# platform-c/hot/linux61/hot.c:442: 	return (start << 8) | off;
	sall	$8, %eax	#, tmp140
# platform-c/hot/linux61/hot.c:442: 	return (start << 8) | off;
	orl	%ebx, %eax	# off, <retval>
.L185:
# platform-c/hot/linux61/hot.c:443: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L195:
# platform-c/hot/linux61/hot.c:434: 		off = 16;
	movl	$16, %ebx	#, off
	jmp	.L187	#
	.p2align 4,,10
	.p2align 3
.L198:
# platform-c/hot/linux61/hot.c:428: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L185	#
	.p2align 4,,10
	.p2align 3
.L190:
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:443: }
	ret	
	.size	l61_csum_l4, .-l61_csum_l4
	.p2align 4
	.globl	l61_frame_csum
	.type	l61_frame_csum, @function
l61_frame_csum:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%ecx, %edi	# tmp164, size
	pushl	%esi	#
	movl	%edx, %esi	# tmp163, frame
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	%edi, %edx	# size,
# platform-c/hot/linux61/hot.c:458: {
	subl	$20, %esp	#,
# platform-c/hot/linux61/hot.c:458: {
	movl	%eax, -20(%ebp)	# skb, %sfp
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	160(%eax), %ecx	# MEM[(volatile u32 *)skb.31_1 + 160B], _2
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	172(%eax), %eax	# MEM[(volatile u32 *)skb.31_1 + 172B], _3
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	subl	%eax, %ecx	# _3, tmp140
	movl	%esi, %eax	# frame,
	call	l61_csum_l4	#
# platform-c/hot/linux61/hot.c:463: 	if (where < 0)
	testl	%eax, %eax	# where
	js	.L213	#,
# platform-c/hot/linux61/hot.c:461: 	u32 start = (u32)where >> 8, off = where & 0xff, sum, at;
	movl	%eax, %ebx	# where, start
	movzbl	%al, %eax	# where, _42
	movl	%eax, -24(%ebp)	# _42, %sfp
# platform-c/hot/linux61/hot.c:465: 	if (features & ((1U << L_NETIF_F_IP_CSUM_BIT) | (1U << L_NETIF_F_HW_CSUM_BIT))) {
	movl	8(%ebp), %eax	# features, sum
# platform-c/hot/linux61/hot.c:461: 	u32 start = (u32)where >> 8, off = where & 0xff, sum, at;
	shrl	$8, %ebx	#, start
	movl	%ebx, -16(%ebp)	# start, %sfp
# platform-c/hot/linux61/hot.c:465: 	if (features & ((1U << L_NETIF_F_IP_CSUM_BIT) | (1U << L_NETIF_F_HW_CSUM_BIT))) {
	andl	$10, %eax	#, sum
	jne	.L226	#,
# platform-c/hot/linux61/hot.c:472: 	sum = csum_bytes(frame + start, size - start, 0); /* to skb->len, as the NIC with TUCSE 0 */
	movl	-16(%ebp), %ebx	# %sfp, start
	subl	%ebx, %edi	# start, size
	addl	%ebx, %esi	# start, _14
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	cmpl	$1, %edi	#, _13
# platform-c/hot/linux61/hot.c:472: 	sum = csum_bytes(frame + start, size - start, 0); /* to skb->len, as the NIC with TUCSE 0 */
	movl	%edi, %edx	# size, _13
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	jbe	.L206	#,
	movl	%edx, -32(%ebp)	# _13, %sfp
	leal	-2(%edi), %edi	#, _81
	movl	%esi, %ecx	# _14, ivtmp.138
	movl	%edi, -28(%ebp)	# _81, %sfp
	movl	%edi, %ebx	# _81, tmp144
	andl	$-2, %ebx	#, tmp144
	leal	2(%esi,%ebx), %edi	#, _86
	.p2align 4
	.p2align 3
.L207:
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	movzbl	(%ecx), %edx	# MEM[(const u8 *)_80], MEM[(const u8 *)_80]
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	addl	$2, %ecx	#, ivtmp.138
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	movzbl	-1(%ecx), %ebx	# MEM[(const u8 *)_80 + 1B], MEM[(const u8 *)_80 + 1B]
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	sall	$8, %edx	#, tmp147
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	orl	%ebx, %edx	# MEM[(const u8 *)_80 + 1B], tmp149
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	addl	%edx, %eax	# tmp149, sum
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	cmpl	%edi, %ecx	# _86, ivtmp.138
	jne	.L207	#,
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	movl	-28(%ebp), %ecx	# %sfp, _81
	movl	-32(%ebp), %edx	# %sfp, _13
	andl	$-2, %ecx	#, _81
	addl	$2, %ecx	#, i
# platform-c/hot/linux61/hot.c:413: 	if (i < len)
	cmpl	%edx, %ecx	# _13, i
	jnb	.L211	#,
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	movzbl	(%esi,%ecx), %edx	# *_99, *_99
	sall	$8, %edx	#, tmp153
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	addl	%edx, %eax	# tmp153, sum
.L211:
# platform-c/hot/linux61/hot.c:473: 	while (sum >> 16)
	movl	%eax, %edx	# sum, _71
	shrl	$16, %edx	#, _71
	je	.L212	#,
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	movzwl	%ax, %eax	# sum, _15
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	addl	%edx, %eax	# _71, sum
# platform-c/hot/linux61/hot.c:473: 	while (sum >> 16)
	movl	%eax, %esi	# sum, tmp168
	shrl	$16, %esi	#, tmp168
	je	.L212	#,
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	movzwl	%ax, %eax	# sum, _54
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	incl	%eax	# sum
.L212:
# platform-c/hot/linux61/hot.c:476: 	if (!sum)
	cmpl	$65535, %eax	#, sum
	jne	.L210	#,
.L215:
	movb	$-1, %al	#, _105
	movb	$-1, %dl	#, _103
.L209:
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	-20(%ebp), %esi	# %sfp, skb
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	-16(%ebp), %edi	# %sfp, start
	movl	-24(%ebp), %ecx	# %sfp, _42
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	172(%esi), %ebx	# MEM[(volatile u32 *)skb.31_1 + 172B], _18
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	addl	%edi, %ecx	# start, _42
	addl	%ebx, %ecx	# _18, at
# platform-c/hot/linux61/hot.c:480: 	*(u8 *)D((void *)(at + 1)) = sum & 0xff;
	movb	%al, 1(%ecx)	# _105, MEM[(u8 *)_24]
# platform-c/hot/linux61/hot.c:481: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:479: 	*(u8 *)D((void *)at) = sum >> 8; /* D() per byte: the field may straddle a page */
	movb	%dl, (%ecx)	# _103, MEM[(u8 *)at.34_21]
# platform-c/hot/linux61/hot.c:482: }
	addl	$20, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L226:
# platform-c/hot/linux61/hot.c:466: 		LBIT_SET(s, sk_buff, ip_summed, L_CHECKSUM_PARTIAL);
	movl	-20(%ebp), %esi	# %sfp, skb
# platform-c/hot/linux61/hot.c:468: 		L16(s, sk_buff, csum_offset) = off;
	movzwl	-24(%ebp), %edx	# %sfp, _12
# platform-c/hot/linux61/hot.c:466: 		LBIT_SET(s, sk_buff, ip_summed, L_CHECKSUM_PARTIAL);
	movzbl	100(%esi), %eax	# MEM[(volatile u8 *)skb.31_1 + 100B], _8
	orb	$96, %al	#, _9
	movb	%al, 100(%esi)	# _9, MEM[(volatile u8 *)skb.31_1 + 100B]
# platform-c/hot/linux61/hot.c:467: 		L16(s, sk_buff, csum_start) = L_NET_SKB_PAD + start;
	movl	%ebx, %eax	# start, start
	addl	$32, %eax	#, start
	movzwl	%ax, %eax	# tmp142, _11
# platform-c/hot/linux61/hot.c:467: 		L16(s, sk_buff, csum_start) = L_NET_SKB_PAD + start;
	movw	%ax, 108(%esi)	# _11, MEM[(volatile u16 *)skb.31_1 + 108B]
# platform-c/hot/linux61/hot.c:468: 		L16(s, sk_buff, csum_offset) = off;
	movw	%dx, 110(%esi)	# _12, MEM[(volatile u16 *)skb.31_1 + 110B]
# platform-c/hot/linux61/hot.c:469: 		L16(s, sk_buff, transport_header) = L_NET_SKB_PAD + start;
	movw	%ax, 154(%esi)	# _11, MEM[(volatile u16 *)skb.31_1 + 154B]
# platform-c/hot/linux61/hot.c:482: }
	addl	$20, %esp	#,
# platform-c/hot/linux61/hot.c:470: 		return 1;
	movl	$1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:482: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L213:
	addl	$20, %esp	#,
# platform-c/hot/linux61/hot.c:464: 		return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:482: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L206:
# platform-c/hot/linux61/hot.c:413: 	if (i < len)
	testl	%edi, %edi	# _13
	je	.L215	#,
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	movzbl	(%esi), %eax	# *_14, *_14
	sall	$8, %eax	#, sum
	.p2align 4
	.p2align 3
.L210:
# platform-c/hot/linux61/hot.c:475: 	sum = ~sum & 0xffff;
	xorl	$65535, %eax	#, sum
# platform-c/hot/linux61/hot.c:479: 	*(u8 *)D((void *)at) = sum >> 8; /* D() per byte: the field may straddle a page */
	movzbl	%ah, %edx	# sum, _103
	jmp	.L209	#
	.size	l61_frame_csum, .-l61_frame_csum
	.section	.rodata.str1.1
.LC7:
	.string	"napi_build_skb: frag_size 0"
	.text
	.p2align 4
	.globl	l61_napi_build_skb
	.type	l61_napi_build_skb, @function
l61_napi_build_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp98, frag_size
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp97, data
	movl	%ebx, -12(%ebp)	#,
# platform-c/hot/linux61/hot.c:489: 	l61_hot_calls[H_NAPI_BUILD_SKB]++;
	incl	l61_hot_calls+40	# l61_hot_calls[10]
# platform-c/hot/linux61/hot.c:490: 	if (unlikely(!frag_size))
	testl	%edx, %edx	# frag_size
	je	.L234	#,
.L228:
# platform-c/hot/linux61/hot.c:492: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/hot/linux61/hot.c:493: 	if (!skb)
	testl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:492: 	skb = l61env_skb_struct_alloc();
	movl	%eax, %ebx	# tmp99, <retval>
# platform-c/hot/linux61/hot.c:493: 	if (!skb)
	je	.L227	#,
# platform-c/hot/linux61/hot.c:495: 	L61(build_skb_around)(skb, data, frag_size);
	movl	%esi, %ecx	# frag_size,
	movl	%edi, %edx	# data,
	call	l61_build_skb_around	#
# platform-c/hot/linux61/hot.c:496: 	LBIT_SET((u8 *)D((void *)skb), sk_buff, head_frag, 1);
	movzbl	98(%ebx), %eax	# MEM[(volatile u8 *)skb.35_6 + 98B], _7
	orb	$32, %al	#, _8
	movb	%al, 98(%ebx)	# _8, MEM[(volatile u8 *)skb.35_6 + 98B]
# platform-c/hot/linux61/hot.c:497: 	l61env_skb_built(skb);
	movl	%ebx, %eax	# <retval>,
	call	l61env_skb_built	#
.L227:
# platform-c/hot/linux61/hot.c:499: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-12(%ebp), %ebx	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L234:
# platform-c/hot/linux61/hot.c:491: 		env_input_error(BUG_L61_FRAG, data, "napi_build_skb: frag_size 0");
	movl	%eax, %edx	# data,
	movl	$.LC7, %ecx	#,
	movl	$519, %eax	#,
	call	env_input_error	#
	jmp	.L228	#
	.size	l61_napi_build_skb, .-l61_napi_build_skb
	.p2align 4
	.globl	l61___netdev_alloc_frag_align
	.type	l61___netdev_alloc_frag_align, @function
l61___netdev_alloc_frag_align:
	pushl	%ebp	#
# platform-c/hot/linux61/hot.c:505: 	return l61env_frag_alloc(SKB_DATA_ALIGN(fragsz), align_mask);
	addl	$31, %eax	#, tmp95
# platform-c/hot/linux61/hot.c:503: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/hot.c:505: 	return l61env_frag_alloc(SKB_DATA_ALIGN(fragsz), align_mask);
	andl	$-32, %eax	#, tmp96
# platform-c/hot/linux61/hot.c:504: 	l61_hot_calls[H___NETDEV_ALLOC_FRAG_ALIGN]++;
	incl	l61_hot_calls+44	# l61_hot_calls[11]
# platform-c/hot/linux61/hot.c:505: 	return l61env_frag_alloc(SKB_DATA_ALIGN(fragsz), align_mask);
	call	l61env_frag_alloc	#
# platform-c/hot/linux61/hot.c:506: }
	popl	%ebp	#
	ret	
	.size	l61___netdev_alloc_frag_align, .-l61___netdev_alloc_frag_align
	.p2align 4
	.globl	l61_napi_gro_receive
	.type	l61_napi_gro_receive, @function
l61_napi_gro_receive:
	pushl	%ebp	#
	movl	%eax, %ecx	# tmp97, napi
	movl	%edx, %eax	# tmp98, skb
# platform-c/hot/linux61/hot.c:515: 	id = L32((u8 *)D((void *)napi), napi_struct, napi_id);
	movl	204(%ecx), %edx	# MEM[(volatile u32 *)napi.37_3 + 204B], id
# platform-c/hot/linux61/hot.c:511: {
	movl	%esp, %ebp	#,
# platform-c/hot/linux61/hot.c:514: 	l61_hot_calls[H_NAPI_GRO_RECEIVE]++;
	incl	l61_hot_calls+48	# l61_hot_calls[12]
# platform-c/hot/linux61/hot.c:516: 	if (id >= L_NR_CPUS + 1)
	cmpl	$8, %edx	#, id
	jbe	.L238	#,
# platform-c/hot/linux61/hot.c:517: 		L32((u8 *)D((void *)skb), sk_buff, napi_id) = id;
	movl	%edx, 128(%eax)	# id, MEM[(volatile u32 *)skb.38_4 + 128B]
.L238:
# platform-c/hot/linux61/hot.c:518: 	l61env_rx(skb);
	call	l61env_rx	#
# platform-c/hot/linux61/hot.c:520: }
	movl	$3, %eax	#,
	popl	%ebp	#
	ret	
	.size	l61_napi_gro_receive, .-l61_napi_gro_receive
	.globl	l61_hot_calls
	.bss
	.align 32
	.type	l61_hot_calls, @object
	.size	l61_hot_calls, 52
l61_hot_calls:
	.zero	52
	.globl	l61_hot_names
	.section	.rodata.str1.1
.LC8:
	.string	"dma_unmap_page_attrs"
.LC9:
	.string	"dma_map_page_attrs"
.LC10:
	.string	"is_vmalloc_addr"
.LC11:
	.string	"dql_completed"
.LC12:
	.string	"napi_complete_done"
.LC13:
	.string	"napi_schedule_prep"
.LC14:
	.string	"__napi_schedule"
.LC15:
	.string	"skb_put"
.LC16:
	.string	"eth_type_trans"
.LC17:
	.string	"napi_consume_skb"
.LC18:
	.string	"napi_build_skb"
.LC19:
	.string	"__netdev_alloc_frag_align"
.LC20:
	.string	"napi_gro_receive"
	.section	.rodata
	.align 32
	.type	l61_hot_names, @object
	.size	l61_hot_names, 52
l61_hot_names:
	.long	.LC8
	.long	.LC9
	.long	.LC10
	.long	.LC11
	.long	.LC12
	.long	.LC13
	.long	.LC14
	.long	.LC15
	.long	.LC16
	.long	.LC17
	.long	.LC18
	.long	.LC19
	.long	.LC20
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
