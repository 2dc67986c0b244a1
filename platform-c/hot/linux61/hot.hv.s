	.file	"hot.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
	.p2align 4
	.type	napi_schedule_irqoff, @function
napi_schedule_irqoff:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp155, n
	subl	$8, %esp	#,
# platform-c/hot/linux61/hot.c:158: 	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list;
	movl	l61_place+12, %edx	# l61_place.softnet, head
# platform-c/hot/linux61/hot.c:160: 	u32 prev = *(volatile u32 *)D((void *)(head + 4));
	leal	4(%edx), %edi	#, _1
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %esi	# _1, tmp131
	shrl	$12, %esi	#, tmp131
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %esi	#, _74
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_74].tag, off
	xorl	%edi, %eax	# _1, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L2	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_74].mapped,
	addl	%ecx, %eax	#, _82
.L3:
# platform-c/hot/linux61/hot.c:160: 	u32 prev = *(volatile u32 *)D((void *)(head + 4));
	movl	(%eax), %eax	# MEM[(volatile u32 *)_84], prev
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %ecx	# n, tmp135
	shrl	$12, %ecx	#, tmp135
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _62
# platform-c/hot/linux61/hot.c:160: 	u32 prev = *(volatile u32 *)D((void *)(head + 4));
	movl	%eax, -16(%ebp)	# prev, %sfp
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_62].tag, off
	xorl	%ebx, %eax	# n, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L4	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_62].mapped, _70
.L5:
# platform-c/hot/linux61/hot.c:162: 	*(volatile u32 *)D((void *)entry) = head;
	movl	%edx, (%eax)	# head, MEM[(volatile u32 *)_72]
# platform-c/hot/linux61/hot.c:163: 	*(volatile u32 *)D((void *)(entry + 4)) = prev;
	leal	4(%ebx), %ecx	#, _2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _2, tmp139
	shrl	$12, %edx	#, tmp139
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _50
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].tag, off
	xorl	%ecx, %eax	# _2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L6	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].mapped,
	addl	%ecx, %eax	#, _58
.L7:
# platform-c/hot/linux61/hot.c:163: 	*(volatile u32 *)D((void *)(entry + 4)) = prev;
	movl	-16(%ebp), %ecx	# %sfp, prev
	movl	%ecx, (%eax)	# prev, MEM[(volatile u32 *)_60]
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# prev, tmp143
	shrl	$12, %edx	#, tmp143
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _38
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_38].tag, off
	xorl	%ecx, %eax	# prev, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L8	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_38].mapped,
	addl	%ecx, %eax	#, _46
.L9:
# platform-c/hot/linux61/hot.c:164: 	*(volatile u32 *)D((void *)prev) = entry;
	movl	%ebx, (%eax)	# n, MEM[(volatile u32 *)_48]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_74].tag, off
	xorl	%edi, %eax	# _1, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L10	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_74].mapped,
	addl	%edi, %eax	#, _34
.L11:
# platform-c/hot/linux61/hot.c:165: 	*(volatile u32 *)D((void *)(head + 4)) = entry;
	movl	%ebx, (%eax)	# n, MEM[(volatile u32 *)_36]
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	l61_place+16, %ecx	# l61_place.softirq_pending, _3
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _3, tmp151
	shrl	$12, %edx	#, tmp151
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _16
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_16].tag, off
	xorl	%ecx, %eax	# _3, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L12	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_16].mapped,
	addl	%ecx, %eax	#, _24
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	(%eax), %edx	# MEM[(volatile u32 *)_26], _4
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	orl	$8, %edx	#, _5
	movl	%edx, (%eax)	# _5, MEM[(volatile u32 *)_26]
# platform-c/hot/linux61/hot.c:167: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L2:
	movl	%edx, -16(%ebp)	# head, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# _1,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, head
	jmp	.L3	#
	.p2align 4,,10
	.p2align 3
.L4:
	movl	%edx, -20(%ebp)	# head, %sfp
	movl	%ebx, %eax	# n,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, head
	jmp	.L5	#
	.p2align 4,,10
	.p2align 3
.L6:
	movl	%ecx, %eax	# _2,
	call	svm_slow_hv	#
	.p2align 4,,3
	jmp	.L7	#
	.p2align 4,,10
	.p2align 3
.L8:
	movl	-16(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,5
	jmp	.L9	#
	.p2align 4,,10
	.p2align 3
.L10:
	movl	%edi, %eax	# _1,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L11	#
	.p2align 4,,10
	.p2align 3
.L12:
	movl	%ecx, %eax	# _3,
	call	svm_slow_hv	#
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	movl	(%eax), %edx	# MEM[(volatile u32 *)_26], _4
# platform-c/hot/linux61/hot.c:166: 	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
	orl	$8, %edx	#, _5
	movl	%edx, (%eax)	# _5, MEM[(volatile u32 *)_26]
# platform-c/hot/linux61/hot.c:167: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	napi_schedule_irqoff, .-napi_schedule_irqoff
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
	movl	%ecx, %edi	# tmp149, offset
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp147, dev
	subl	$12, %esp	#,
# platform-c/hot/linux61/hot.c:65: 	l61_hot_calls[H_DMA_MAP_PAGE_ATTRS]++;
	incl	l61_hot_calls+4	# l61_hot_calls[1]
# platform-c/hot/linux61/hot.c:53: 	if (unlikely(dir > L_DMA_FROM_DEVICE))
	cmpl	$2, 12(%ebp)	#, dir
# platform-c/hot/linux61/hot.c:60: {
	movl	%edx, -16(%ebp)	# tmp148, %sfp
	movl	8(%ebp), %esi	# size, size
# platform-c/hot/linux61/hot.c:53: 	if (unlikely(dir > L_DMA_FROM_DEVICE))
	ja	.L44	#,
.L17:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %eax	# dev, tmp126
	shrl	$12, %eax	#, tmp126
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _43
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_43].tag, off
	xorl	%ebx, %edx	# dev, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L18	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_43].mapped,
	addl	%ecx, %edx	#, _51
# platform-c/hot/linux61/hot.c:68: 	mask_p = L32(d, device, dma_mask);
	movl	340(%edx), %ecx	# MEM[(volatile u32 *)_53 + 340B], mask_p
# platform-c/hot/linux61/hot.c:69: 	if (unlikely(!mask_p)) {
	testl	%ecx, %ecx	# mask_p
	je	.L45	#,
.L20:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %ebx	# mask_p, tmp130
	shrl	$12, %ebx	#, tmp130
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ebx	#, _58
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ebx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_58].tag, off
	xorl	%ecx, %eax	# mask_p, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L22	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ebx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_58].mapped,
	addl	%ecx, %eax	#, _66
.L23:
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	movl	4(%eax), %ebx	# MEM[(const u32 *)_68 + 4B],
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	movl	356(%edx), %ecx	# MEM[(const u32 *)_53 + 356B], pretmp_5
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	testl	%ebx, %ebx	#
	jne	.L24	#,
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	testl	%ecx, %ecx	# pretmp_5
# platform-c/hot/linux61/hot.c:75: 	mask = mp[1] ? ~0U : mp[0];
	movl	(%eax), %ebx	# MEM[(const u32 *)_68], mask
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	jne	.L25	#,
	movl	352(%edx), %eax	# MEM[(volatile u32 *)_53 + 352B], iftmp.3_33
# platform-c/hot/linux61/hot.c:77: 	if (limit && limit < mask)
	testl	%eax, %eax	# iftmp.3_33
	je	.L25	#,
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	cmpl	%ebx, %eax	# mask, iftmp.3_33
	cmovbe	%eax, %ebx	# iftmp.3_33,, mask
.L25:
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	-16(%ebp), %eax	# %sfp,
	movl	%edi, %edx	# offset,
	movl	%esi, %ecx	# size,
	call	env_page_to_bus	#
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	testl	%esi, %esi	# size
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	%eax, %edi	# tmp152, <retval>
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	movl	$1, %eax	#, tmp157
	cmovne	%esi, %eax	# size,, tmp138
	leal	-1(%edi,%eax), %eax	#, tmp140
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	cmpl	%eax, %ebx	# tmp140, mask
	jb	.L26	#,
.L29:
# platform-c/hot/linux61/hot.c:80: 	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
	movl	%edi, %eax	# <retval>, tmp158
	addl	%esi, %eax	# size, tmp158
	jc	.L26	#,
# platform-c/hot/linux61/hot.c:84: 	__dbg_dma_map(bus, size, dir, 1);
	movl	$1, (%esp)	#,
	movl	%esi, %edx	# size,
	movl	%edi, %eax	# <retval>,
	movl	12(%ebp), %ecx	# dir,
	call	__dbg_dma_map	#
# platform-c/hot/linux61/hot.c:86: }
	addl	$12, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L24:
# platform-c/hot/linux61/hot.c:76: 	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	testl	%ecx, %ecx	# pretmp_5
	jne	.L33	#,
	movl	352(%edx), %ebx	# MEM[(volatile u32 *)_53 + 352B], mask
# platform-c/hot/linux61/hot.c:77: 	if (limit && limit < mask)
	cmpl	$-1, %ebx	#, mask
	je	.L33	#,
	testl	%ebx, %ebx	# mask
	jne	.L25	#,
	.p2align 4
	.p2align 3
.L33:
# platform-c/hot/linux61/hot.c:79: 	bus = env_page_to_bus(page, offset, size);
	movl	-16(%ebp), %eax	# %sfp,
	movl	%edi, %edx	# offset,
	movl	%esi, %ecx	# size,
	call	env_page_to_bus	#
	movl	%eax, %edi	# tmp154, <retval>
	jmp	.L29	#
	.p2align 4,,10
	.p2align 3
.L26:
# platform-c/hot/linux61/hot.c:81: 		env_warn(WARN_L61_DMA_OVERFLOW, bus);
	movl	%edi, %edx	# <retval>,
	movl	$772, %eax	#,
	call	env_warn	#
.L21:
# platform-c/hot/linux61/hot.c:86: }
	addl	$12, %esp	#,
# platform-c/hot/linux61/hot.c:71: 		return L_DMA_MAPPING_ERROR;
	movl	$-1, %edi	#, <retval>
# platform-c/hot/linux61/hot.c:86: }
	popl	%ebx	#
	movl	%edi, %eax	# <retval>,
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L44:
# platform-c/hot/linux61/hot.c:54: 		env_input_error(BUG_L61_DMA_DIR, dir, "dma: invalid DMA direction");
	movl	12(%ebp), %edx	# dir,
	movl	$.LC0, %ecx	#,
	movl	$513, %eax	#,
	call	env_input_error	#
	jmp	.L17	#
	.p2align 4,,10
	.p2align 3
.L18:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# dev,
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp150, _51
# platform-c/hot/linux61/hot.c:68: 	mask_p = L32(d, device, dma_mask);
	movl	340(%edx), %ecx	# MEM[(volatile u32 *)_53 + 340B], mask_p
# platform-c/hot/linux61/hot.c:69: 	if (unlikely(!mask_p)) {
	testl	%ecx, %ecx	# mask_p
	jne	.L20	#,
	.p2align 4
	.p2align 3
.L45:
# platform-c/hot/linux61/hot.c:70: 		env_warn(WARN_L61_DMA_NO_MASK, dev);
	movl	%ebx, %edx	# dev,
	movl	$771, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/hot.c:71: 		return L_DMA_MAPPING_ERROR;
	jmp	.L21	#
	.p2align 4,,10
	.p2align 3
.L22:
	movl	%edx, -20(%ebp)	# _51, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# mask_p,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, _51
	jmp	.L23	#
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
	ja	.L49	#,
.L47:
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
.L49:
# platform-c/hot/linux61/hot.c:54: 		env_input_error(BUG_L61_DMA_DIR, dir, "dma: invalid DMA direction");
	movl	$.LC0, %ecx	#,
	movl	%edi, %edx	# dir,
	movl	$513, %eax	#,
	call	env_input_error	#
	jmp	.L47	#
	.size	l61_dma_unmap_page_attrs, .-l61_dma_unmap_page_attrs
	.p2align 4
	.globl	l61_is_vmalloc_addr
	.type	l61_is_vmalloc_addr, @function
l61_is_vmalloc_addr:
# platform-c/hot/linux61/hot.c:98: 	l61_hot_calls[H_IS_VMALLOC_ADDR]++;
	incl	l61_hot_calls+8	# l61_hot_calls[2]
# platform-c/hot/linux61/hot.c:99: 	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
	cmpl	l61_place, %eax	# l61_place.vmalloc_start, x
	jb	.L52	#,
# platform-c/hot/linux61/hot.c:99: 	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
	cmpl	l61_place+4, %eax	# l61_place.vmalloc_end, x
	setb	%al	#, tmp98
	movzbl	%al, %eax	# tmp98, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L52:
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
	movl	%edx, %edi	# tmp227, count
	pushl	%esi	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# q, tmp178
# platform-c/hot/linux61/hot.c:104: {
	pushl	%ebx	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %edx	#, tmp178
# platform-c/hot/linux61/hot.c:104: {
	subl	$24, %esp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _113
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_113].tag, off
	xorl	%eax, %ebx	# q, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ebx	#, off
	ja	.L54	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_113].mapped,
	addl	%esi, %ebx	#, _121
.L55:
# platform-c/hot/linux61/hot.c:109: 	l61_hot_calls[H_DQL_COMPLETED]++;
	incl	l61_hot_calls+12	# l61_hot_calls[3]
# platform-c/hot/linux61/hot.c:110: 	num_queued = L32(d, dql, num_queued);
	movl	(%ebx), %esi	# MEM[(volatile u32 *)_123], num_queued
# platform-c/hot/linux61/hot.c:111: 	if (unlikely(count > num_queued - L32(d, dql, num_completed)))
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)_123 + 36B], _4
	movl	%esi, %eax	# num_queued, tmp188
	subl	%edx, %eax	# _4, tmp188
# platform-c/hot/linux61/hot.c:111: 	if (unlikely(count > num_queued - L32(d, dql, num_completed)))
	cmpl	%edi, %eax	# count, tmp188
	jb	.L96	#,
.L56:
# platform-c/hot/linux61/hot.c:113: 	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	l61_place+8, %ecx	# l61_place.jiffies, _9
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _9, tmp190
	shrl	$12, %edx	#, tmp190
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _125
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_125].tag, off
	xorl	%ecx, %eax	# _9, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L57	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_125].mapped,
	addl	%ecx, %eax	#, _133
.L58:
# platform-c/hot/linux61/hot.c:113: 	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	(%eax), %eax	# MEM[(volatile u32 *)_135], jiffies
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	%esi, %ecx	# num_queued, tmp195
# platform-c/hot/linux61/hot.c:113: 	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	movl	%eax, -24(%ebp)	# jiffies, %sfp
# platform-c/hot/linux61/hot.c:114: 	completed = L32(d, dql, num_completed) + count;
	movl	36(%ebx), %eax	# MEM[(volatile u32 *)_123 + 36B], _11
# platform-c/hot/linux61/hot.c:114: 	completed = L32(d, dql, num_completed) + count;
	addl	%eax, %edi	# _11, completed
# platform-c/hot/linux61/hot.c:115: 	limit = L32(d, dql, limit);
	movl	32(%ebx), %eax	# MEM[(volatile u32 *)_123 + 32B], limit
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)_123 + 36B], _12
	addl	%eax, %edx	# limit, tmp194
	subl	%edx, %ecx	# tmp194, tmp195
	testl	%ecx, %ecx	# tmp195
	jle	.L59	#,
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	movl	%esi, %ecx	# num_queued, inprogress
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)_123 + 36B], _16
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	subl	%edi, %ecx	# completed, inprogress
	movl	%ecx, -20(%ebp)	# inprogress, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 44B], _128
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	addl	%eax, %edx	# limit, tmp196
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	%ecx, -28(%ebp)	# _128, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 36B], _129
	movl	%ecx, -32(%ebp)	# _129, %sfp
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 44B], _20
	movl	%ecx, -36(%ebp)	# _20, %sfp
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	%esi, %ecx	# num_queued, ovlimit
	subl	%edx, %ecx	# tmp196, ovlimit
	movl	%ecx, -16(%ebp)	# ovlimit, %sfp
	je	.L81	#,
	movl	-20(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	jne	.L81	#,
.L60:
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 44B], _27
	movl	%edi, %edx	# completed, tmp201
	subl	%ecx, %edx	# _27, tmp201
	xorl	%ecx, %ecx	# iftmp.8_75
	testl	%edx, %edx	# tmp201
	jle	.L64	#,
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	44(%ebx), %edx	# MEM[(volatile u32 *)_123 + 44B], _30
	movl	%edi, %ecx	# completed, iftmp.8_75
	subl	%edx, %ecx	# _30, iftmp.8_75
.L64:
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)_123 + 40B], _31
	addl	%eax, %edx	# limit, _161
# platform-c/hot/linux61/hot.c:122: 		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
	leal	(%ecx,%edx), %eax	#, limit
# platform-c/hot/linux61/hot.c:123: 		L32(d, dql, slack_start_time) = jiffies;
	movl	-24(%ebp), %ecx	# %sfp, jiffies
	movl	%ecx, 56(%ebx)	# jiffies,
# platform-c/hot/linux61/hot.c:124: 		L32(d, dql, lowest_slack) = ~0U;
	movl	$-1, 52(%ebx)	#,
.L65:
# platform-c/hot/linux61/hot.c:140: 	if (limit < L32(d, dql, min_limit))
	movl	64(%ebx), %edx	# MEM[(volatile u32 *)_123 + 64B], _64
# platform-c/hot/linux61/hot.c:140: 	if (limit < L32(d, dql, min_limit))
	cmpl	%edx, %eax	# _64, limit
	jnb	.L74	#,
# platform-c/hot/linux61/hot.c:141: 		limit = L32(d, dql, min_limit);
	movl	64(%ebx), %eax	# MEM[(volatile u32 *)_123 + 64B], limit
.L74:
# platform-c/hot/linux61/hot.c:142: 	if (limit > L32(d, dql, max_limit))
	movl	60(%ebx), %edx	# MEM[(volatile u32 *)_123 + 60B], _65
# platform-c/hot/linux61/hot.c:142: 	if (limit > L32(d, dql, max_limit))
	cmpl	%eax, %edx	# limit, _65
	jnb	.L75	#,
# platform-c/hot/linux61/hot.c:143: 		limit = L32(d, dql, max_limit);
	movl	60(%ebx), %eax	# MEM[(volatile u32 *)_123 + 60B], limit
.L75:
# platform-c/hot/linux61/hot.c:144: 	if (limit != L32(d, dql, limit)) {
	movl	32(%ebx), %edx	# MEM[(volatile u32 *)_123 + 32B], _66
# platform-c/hot/linux61/hot.c:144: 	if (limit != L32(d, dql, limit)) {
	cmpl	%eax, %edx	# limit, _66
	je	.L76	#,
# platform-c/hot/linux61/hot.c:145: 		L32(d, dql, limit) = limit;
	movl	%eax, 32(%ebx)	# limit, MEM[(volatile u32 *)_123 + 32B]
# platform-c/hot/linux61/hot.c:146: 		ovlimit = 0;
	movl	$0, -16(%ebp)	#, %sfp
.L76:
# platform-c/hot/linux61/hot.c:148: 	L32(d, dql, adj_limit) = limit + completed;
	addl	%edi, %eax	# completed, _67
# platform-c/hot/linux61/hot.c:148: 	L32(d, dql, adj_limit) = limit + completed;
	movl	%eax, 4(%ebx)	# _67, MEM[(volatile u32 *)_123 + 4B]
# platform-c/hot/linux61/hot.c:149: 	L32(d, dql, prev_ovlimit) = ovlimit;
	movl	-16(%ebp), %eax	# %sfp, ovlimit
	movl	%eax, 40(%ebx)	# ovlimit, MEM[(volatile u32 *)_123 + 40B]
# platform-c/hot/linux61/hot.c:150: 	L32(d, dql, prev_last_obj_cnt) = L32(d, dql, last_obj_cnt);
	movl	8(%ebx), %eax	# MEM[(volatile u32 *)_123 + 8B], _68
# platform-c/hot/linux61/hot.c:150: 	L32(d, dql, prev_last_obj_cnt) = L32(d, dql, last_obj_cnt);
	movl	%eax, 48(%ebx)	# _68, MEM[(volatile u32 *)_123 + 48B]
# platform-c/hot/linux61/hot.c:151: 	L32(d, dql, num_completed) = completed;
	movl	%edi, 36(%ebx)	# completed, MEM[(volatile u32 *)_123 + 36B]
# platform-c/hot/linux61/hot.c:152: 	L32(d, dql, prev_num_queued) = num_queued;
	movl	%esi, 44(%ebx)	# num_queued, MEM[(volatile u32 *)_123 + 44B]
# platform-c/hot/linux61/hot.c:153: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L59:
# platform-c/hot/linux61/hot.c:116: 	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	movl	$0, -16(%ebp)	#, %sfp
# platform-c/hot/linux61/hot.c:117: 	inprogress = num_queued - completed;
	movl	%esi, %ecx	# num_queued, inprogress
	subl	%edi, %ecx	# completed, inprogress
	movl	%ecx, -20(%ebp)	# inprogress, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	44(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 44B], _128
	movl	%ecx, -28(%ebp)	# _128, %sfp
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 36B], _129
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	44(%ebx), %edx	# MEM[(volatile u32 *)_123 + 44B], _143
# platform-c/hot/linux61/hot.c:118: 	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	movl	%ecx, -32(%ebp)	# _129, %sfp
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	%edi, %ecx	# completed, _141
	subl	%edx, %ecx	# _143, _141
	movl	%ecx, -36(%ebp)	# _141, %sfp
.L77:
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)_123 + 40B], _26
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	testl	%edx, %edx	# _26
	je	.L62	#,
# platform-c/hot/linux61/hot.c:121: 	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
	movl	-36(%ebp), %edx	# %sfp,
	testl	%edx, %edx	#
	jns	.L60	#,
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-20(%ebp), %ecx	# %sfp,
	testl	%ecx, %ecx	#
	je	.L65	#,
	movl	-32(%ebp), %edx	# %sfp, _129
	cmpl	%edx, -28(%ebp)	# _129, %sfp
	je	.L65	#,
.L66:
# platform-c/hot/linux61/hot.c:126: 		u32 slack = POSDIFF(limit + L32(d, dql, prev_ovlimit), 2 * (completed - L32(d, dql, num_completed)));
	movl	40(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 40B], _35
	movl	36(%ebx), %edx	# MEM[(volatile u32 *)_123 + 36B], _37
	addl	%eax, %ecx	# limit, tmp214
	movl	%ecx, -20(%ebp)	# tmp214, %sfp
	movl	%edi, %ecx	# completed, tmp215
	subl	%edx, %ecx	# _37, tmp215
	movl	-20(%ebp), %edx	# %sfp, tmp214
	movl	$0, -20(%ebp)	#, %sfp
	addl	%ecx, %ecx	# tmp216
	subl	%ecx, %edx	# tmp216, tmp214
	testl	%edx, %edx	# tmp217
	jle	.L70	#,
# platform-c/hot/linux61/hot.c:126: 		u32 slack = POSDIFF(limit + L32(d, dql, prev_ovlimit), 2 * (completed - L32(d, dql, num_completed)));
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)_123 + 40B], _42
	movl	36(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 36B], _44
	addl	%eax, %edx	# limit, tmp218
	movl	%edx, -20(%ebp)	# tmp218, %sfp
	movl	%edi, %edx	# completed, tmp219
	subl	%ecx, %edx	# _44, tmp219
	movl	-20(%ebp), %ecx	# %sfp, tmp218
	addl	%edx, %edx	# tmp220
	subl	%edx, %ecx	# tmp220, tmp218
	movl	%ecx, -20(%ebp)	# tmp218, %sfp
.L70:
# platform-c/hot/linux61/hot.c:127: 		u32 slack_last_objs = L32(d, dql, prev_ovlimit) ?
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)_123 + 40B], _47
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	testl	%edx, %edx	# _47
	je	.L71	#,
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	movl	48(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 48B], _48
	movl	40(%ebx), %edx	# MEM[(volatile u32 *)_123 + 40B], _49
	subl	%edx, %ecx	# _49, _48
	testl	%ecx, %ecx	# tmp221
	jle	.L71	#,
# platform-c/hot/linux61/hot.c:128: 			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;
	movl	48(%ebx), %edx	# MEM[(volatile u32 *)_123 + 48B], _52
	movl	40(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 40B], _53
	subl	%ecx, %edx	# _53, tmp222
	movl	-20(%ebp), %ecx	# %sfp, slack
	cmpl	%edx, %ecx	# tmp222, slack
	cmovnb	%ecx, %edx	# slack,, tmp222
	movl	%edx, -20(%ebp)	# tmp222, %sfp
.L71:
# platform-c/hot/linux61/hot.c:132: 		if (slack < L32(d, dql, lowest_slack))
	movl	52(%ebx), %edx	# MEM[(volatile u32 *)_123 + 52B], _54
# platform-c/hot/linux61/hot.c:132: 		if (slack < L32(d, dql, lowest_slack))
	movl	-20(%ebp), %ecx	# %sfp, slack
	cmpl	%edx, %ecx	# _54, slack
	jnb	.L72	#,
# platform-c/hot/linux61/hot.c:133: 			L32(d, dql, lowest_slack) = slack;
	movl	%ecx, 52(%ebx)	# slack, MEM[(volatile u32 *)_123 + 52B]
.L72:
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	movl	56(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 56B], _55
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	movl	68(%ebx), %edx	# MEM[(volatile u32 *)_123 + 68B], _56
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	addl	%ecx, %edx	# _55, tmp223
	movl	-24(%ebp), %ecx	# %sfp, tmp224
	subl	%edx, %ecx	# tmp223, tmp224
# platform-c/hot/linux61/hot.c:134: 		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
	testl	%ecx, %ecx	# tmp224
	jle	.L65	#,
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	movl	52(%ebx), %ecx	# MEM[(volatile u32 *)_123 + 52B], _60
	movl	%eax, %edx	# limit, tmp225
	subl	%ecx, %edx	# _60, tmp225
	testl	%edx, %edx	# tmp225
	jle	.L80	#,
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	movl	52(%ebx), %edx	# MEM[(volatile u32 *)_123 + 52B], _63
	subl	%edx, %eax	# _63, limit
.L73:
# platform-c/hot/linux61/hot.c:136: 			L32(d, dql, slack_start_time) = jiffies;
	movl	-24(%ebp), %ecx	# %sfp, jiffies
	movl	%ecx, 56(%ebx)	# jiffies,
# platform-c/hot/linux61/hot.c:137: 			L32(d, dql, lowest_slack) = ~0U;
	movl	$-1, 52(%ebx)	#,
	jmp	.L65	#
	.p2align 4,,10
	.p2align 3
.L62:
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-20(%ebp), %edx	# %sfp,
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	movl	-32(%ebp), %ecx	# %sfp, _129
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	testl	%edx, %edx	#
	setne	-20(%ebp)	#, %sfp
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	cmpl	%ecx, -28(%ebp)	# _129, %sfp
	setne	%dl	#, tmp209
# platform-c/hot/linux61/hot.c:125: 	} else if (inprogress && prev_inprogress && !all_prev_completed) {
	testb	%dl, -20(%ebp)	# tmp209, %sfp
	je	.L65	#,
	movl	-36(%ebp), %ecx	# %sfp, _141
	shrl	$31, %ecx	#, _141
	testb	%cl, %cl	# tmp213
	je	.L65	#,
	jmp	.L66	#
	.p2align 4,,10
	.p2align 3
.L54:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %ebx	# tmp228, _121
	.p2align 4,,6
	jmp	.L55	#
	.p2align 4,,10
	.p2align 3
.L96:
# platform-c/hot/linux61/hot.c:112: 		env_input_error(BUG_L61_DQL, count, "dql_completed: more completed than queued");
	movl	$.LC1, %ecx	#,
	movl	%edi, %edx	# count,
	movl	$518, %eax	#,
	call	env_input_error	#
	jmp	.L56	#
	.p2align 4,,10
	.p2align 3
.L57:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _9,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L81:
# platform-c/hot/linux61/hot.c:119: 	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;
	movl	-36(%ebp), %edx	# %sfp, _20
	movl	%edi, %ecx	# completed, _141
	subl	%edx, %ecx	# _20, _141
	movl	%ecx, -36(%ebp)	# _141, %sfp
	jmp	.L77	#
	.p2align 4,,10
	.p2align 3
.L80:
# platform-c/hot/linux61/hot.c:135: 			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
	xorl	%eax, %eax	# limit
	jmp	.L73	#
	.size	l61_dql_completed, .-l61_dql_completed
	.p2align 4
	.globl	l61_napi_schedule_prep
	.type	l61_napi_schedule_prep, @function
l61_napi_schedule_prep:
	pushl	%ebp	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ecx	# n, tmp101
	shrl	$12, %ecx	#, tmp101
# platform-c/hot/linux61/hot.c:171: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _22
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_22].tag, off
	xorl	%eax, %edx	# n, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L98	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_22].mapped,
	addl	%eax, %edx	#, off
	movl	%edx, %ecx	# off, _30
# platform-c/hot/linux61/hot.c:173: 	u32 val = L32(d, napi_struct, state);
	movl	8(%ecx), %eax	# MEM[(volatile u32 *)_32 + 8B], val
# platform-c/hot/linux61/hot.c:175: 	l61_hot_calls[H_NAPI_SCHEDULE_PREP]++;
	incl	l61_hot_calls+20	# l61_hot_calls[5]
# platform-c/hot/linux61/hot.c:176: 	if (unlikely(val & NAPIF(DISABLE)))
	testb	$4, %al	#, val
	jne	.L101	#,
.L103:
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	leal	(%eax,%eax), %edx	#, tmp112
	andl	$2, %edx	#, tmp113
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	orl	%eax, %edx	# val, tmp114
# platform-c/hot/linux61/hot.c:179: 	return !(val & NAPIF(SCHED));
	notl	%eax	# tmp115
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	orl	$1, %edx	#, _11
# platform-c/hot/linux61/hot.c:179: 	return !(val & NAPIF(SCHED));
	andl	$1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:178: 	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	movl	%edx, 8(%ecx)	# _11, MEM[(volatile u32 *)_32 + 8B]
# platform-c/hot/linux61/hot.c:180: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L98:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %ecx	# tmp118, _30
# platform-c/hot/linux61/hot.c:173: 	u32 val = L32(d, napi_struct, state);
	movl	8(%ecx), %eax	# MEM[(volatile u32 *)_32 + 8B], val
# platform-c/hot/linux61/hot.c:175: 	l61_hot_calls[H_NAPI_SCHEDULE_PREP]++;
	incl	l61_hot_calls+20	# l61_hot_calls[5]
# platform-c/hot/linux61/hot.c:176: 	if (unlikely(val & NAPIF(DISABLE)))
	testb	$4, %al	#, val
	je	.L103	#,
.L101:
# platform-c/hot/linux61/hot.c:180: }
	popl	%ebp	#
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
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%esi, -4(%ebp)	#,
# platform-c/hot/linux61/hot.c:183: {
	movl	%eax, %esi	# tmp92, n
# platform-c/hot/linux61/hot.c:186: 	l61_hot_calls[H___NAPI_SCHEDULE]++;
	incl	l61_hot_calls+24	# l61_hot_calls[6]
# platform-c/hot/linux61/hot.c:187: 	flags = l61env_irq_save();
	call	l61env_irq_save	#
	movl	%eax, %ebx	# tmp93, flags
# platform-c/hot/linux61/hot.c:188: 	napi_schedule_irqoff(n);
	movl	%esi, %eax	# n,
	call	napi_schedule_irqoff	#
# platform-c/hot/linux61/hot.c:189: 	l61env_irq_restore(flags);
	movl	%ebx, %eax	# flags,
	call	l61env_irq_restore	#
# platform-c/hot/linux61/hot.c:190: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	l61___napi_schedule, .-l61___napi_schedule
	.p2align 4
	.globl	l61_napi_complete_done
	.type	l61_napi_complete_done, @function
l61_napi_complete_done:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$32, %esp	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edi	# n, tmp141
# platform-c/hot/linux61/hot.c:194: {
	movl	%esi, -8(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %edi	#, tmp141
# platform-c/hot/linux61/hot.c:194: {
	movl	%eax, %esi	# tmp177, n
	movl	%ebx, -12(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edi	#, _50
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edi,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].tag, off
	xorl	%eax, %ebx	# n, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ebx	#, off
	ja	.L107	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].mapped,
# platform-c/hot/linux61/hot.c:198: 	l61_hot_calls[H_NAPI_COMPLETE_DONE]++;
	incl	l61_hot_calls+16	# l61_hot_calls[4]
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	%eax, %ebx	#, _58
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	movl	8(%ebx), %eax	# MEM[(volatile u32 *)_60 + 8B], _4
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	testb	$72, %al	#, _4
	jne	.L109	#,
.L132:
# platform-c/hot/linux61/hot.c:202: 	next = L32(d, napi_struct, poll_list);
	movl	(%ebx), %edx	# MEM[(volatile u32 *)_60], next
# platform-c/hot/linux61/hot.c:203: 	if (unlikely(next != entry)) {
	cmpl	%edx, %esi	# next, n
	jne	.L129	#,
.L110:
# platform-c/hot/linux61/hot.c:213: 	val = L32(d, napi_struct, state);
	movl	8(%ebx), %edi	# MEM[(volatile u32 *)_60 + 8B], val
# platform-c/hot/linux61/hot.c:214: 	if (unlikely(!(val & NAPIF(SCHED))))
	testl	$1, %edi	#, val
	je	.L130	#,
.L121:
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	movl	%edi, %eax	# val, tmp172
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	movl	%edi, %edx	# val, tmp174
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	shrl	%eax	# tmp172
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	andl	$-644, %edx	#, tmp174
# platform-c/hot/linux61/hot.c:217: 				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	andl	$1, %eax	#, tmp173
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	orl	%edx, %eax	# tmp174, _21
# platform-c/hot/linux61/hot.c:218: 	if (unlikely(val & NAPIF(MISSED))) {
	andl	$2, %edi	#, val
# platform-c/hot/linux61/hot.c:216: 	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
	movl	%eax, 8(%ebx)	# _21, MEM[(volatile u32 *)_60 + 8B]
# platform-c/hot/linux61/hot.c:224: 	return 1;
	movl	$1, %eax	#, <retval>
# platform-c/hot/linux61/hot.c:218: 	if (unlikely(val & NAPIF(MISSED))) {
	jne	.L131	#,
.L106:
# platform-c/hot/linux61/hot.c:225: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L107:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
# platform-c/hot/linux61/hot.c:198: 	l61_hot_calls[H_NAPI_COMPLETE_DONE]++;
	incl	l61_hot_calls+16	# l61_hot_calls[4]
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%eax, %ebx	# tmp178, _58
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	movl	8(%ebx), %eax	# MEM[(volatile u32 *)_60 + 8B], _4
# platform-c/hot/linux61/hot.c:199: 	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
	testb	$72, %al	#, _4
	je	.L132	#,
.L109:
# platform-c/hot/linux61/hot.c:200: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L106	#
	.p2align 4,,10
	.p2align 3
.L129:
	movl	%edx, -24(%ebp)	# next, %sfp
# platform-c/hot/linux61/hot.c:205: 		flags = l61env_irq_save();
	call	l61env_irq_save	#
# platform-c/hot/linux61/hot.c:206: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	leal	4(%esi), %ecx	#, _12
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	movl	-24(%ebp), %edx	# %sfp, next
# platform-c/hot/linux61/hot.c:206: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	movl	%ecx, -20(%ebp)	# _12, %sfp
# platform-c/hot/linux61/hot.c:205: 		flags = l61env_irq_save();
	movl	%eax, -28(%ebp)	# tmp179, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %eax	# _12, tmp152
	shrl	$12, %eax	#, tmp152
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, tmp152
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	%eax, -16(%ebp)	# _106, %sfp
	movl	__svm_stlb(,%eax,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_106].tag, off
	xorl	%ecx, %eax	# _12, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L111	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	-16(%ebp), %ecx	# %sfp, _106
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_106].mapped, _114
.L112:
# platform-c/hot/linux61/hot.c:206: 		prev = *(volatile u32 *)D((void *)(entry + 4));
	movl	(%eax), %eax	# MEM[(volatile u32 *)_116], prev
	movl	%eax, -24(%ebp)	# prev, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ecx	# prev, tmp156
	shrl	$12, %ecx	#, tmp156
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _94
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	xorl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_94].tag, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L113	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_94].mapped, _102
.L114:
# platform-c/hot/linux61/hot.c:207: 		*(volatile u32 *)D((void *)prev) = next;
	movl	%edx, (%eax)	# next, MEM[(volatile u32 *)_104]
# platform-c/hot/linux61/hot.c:208: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	leal	4(%edx), %eax	#, _13
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ecx	# _13, tmp160
	shrl	$12, %ecx	#, tmp160
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _82
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_82].tag, off
	xorl	%eax, %edx	# _13, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L115	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_82].mapped,
	addl	%eax, %edx	#, _90
.L116:
# platform-c/hot/linux61/hot.c:208: 		*(volatile u32 *)D((void *)(next + 4)) = prev;
	movl	-24(%ebp), %eax	# %sfp, prev
	movl	%eax, (%edx)	# prev, MEM[(volatile u32 *)_92]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].tag, off
	xorl	%esi, %eax	# n, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L117	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_50].mapped,
	addl	%edx, %eax	#, _78
.L118:
# platform-c/hot/linux61/hot.c:209: 		*(volatile u32 *)D((void *)entry) = entry;
	movl	%esi, (%eax)	# n, MEM[(volatile u32 *)_80]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	-16(%ebp), %ecx	# %sfp, _106
	movl	-20(%ebp), %eax	# %sfp, off
	movl	__svm_stlb(,%ecx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_106].tag,
	xorl	%edi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L119	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_106].mapped,
	addl	%edx, %eax	#, _68
.L120:
# platform-c/hot/linux61/hot.c:210: 		*(volatile u32 *)D((void *)(entry + 4)) = entry;
	movl	%esi, (%eax)	# n, MEM[(volatile u32 *)_70]
# platform-c/hot/linux61/hot.c:211: 		l61env_irq_restore(flags);
	movl	-28(%ebp), %eax	# %sfp,
	call	l61env_irq_restore	#
	jmp	.L110	#
	.p2align 4,,10
	.p2align 3
.L130:
# platform-c/hot/linux61/hot.c:215: 		env_warn(WARN_L61_NAPI_NOT_SCHED, n);
	movl	%esi, %edx	# n,
	movl	$770, %eax	#,
	call	env_warn	#
	jmp	.L121	#
	.p2align 4,,10
	.p2align 3
.L131:
# platform-c/hot/linux61/hot.c:219: 		flags = l61env_irq_save();
	call	l61env_irq_save	#
	movl	%eax, %ebx	# tmp185, flags
# platform-c/hot/linux61/hot.c:220: 		napi_schedule_irqoff(n);
	movl	%esi, %eax	# n,
	call	napi_schedule_irqoff	#
# platform-c/hot/linux61/hot.c:221: 		l61env_irq_restore(flags);
	movl	%ebx, %eax	# flags,
	call	l61env_irq_restore	#
# platform-c/hot/linux61/hot.c:200: 		return 0;
	xorl	%eax, %eax	# <retval>
	jmp	.L106	#
.L111:
	movl	%edx, -24(%ebp)	# next, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-24(%ebp), %edx	# %sfp, next
	jmp	.L112	#
.L119:
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	.p2align 4,,2
	jmp	.L120	#
.L117:
	movl	%esi, %eax	# n,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L118	#
.L115:
	.p2align 4,,6
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp182, _90
	.p2align 4,,6
	jmp	.L116	#
.L113:
	movl	%edx, -32(%ebp)	# next, %sfp
	movl	-24(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	-32(%ebp), %edx	# %sfp, next
	jmp	.L114	#
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
	subl	$16, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp125, skb
	movl	%esi, -8(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %eax	#, tmp105
# platform-c/hot/linux61/hot.c:229: {
	movl	%edx, %esi	# tmp126, len
	movl	%ebx, -12(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _29
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_29].tag, off
	xorl	%edi, %ebx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ebx	#, off
	ja	.L134	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_29].mapped,
	addl	%edx, %ebx	#, _37
.L135:
# platform-c/hot/linux61/hot.c:231: 	u32 tail = L32(s, sk_buff, tail);
	movl	160(%ebx), %eax	# MEM[(volatile u32 *)_39 + 160B], <retval>
# platform-c/hot/linux61/hot.c:233: 	l61_hot_calls[H_SKB_PUT]++;
	incl	l61_hot_calls+28	# l61_hot_calls[7]
# platform-c/hot/linux61/hot.c:231: 	u32 tail = L32(s, sk_buff, tail);
	movl	%eax, -16(%ebp)	# <retval>, %sfp
# platform-c/hot/linux61/hot.c:234: 	if (unlikely(L32(s, sk_buff, data_len)))
	movl	88(%ebx), %eax	# MEM[(volatile u32 *)_39 + 88B], _3
# platform-c/hot/linux61/hot.c:234: 	if (unlikely(L32(s, sk_buff, data_len)))
	testl	%eax, %eax	# _3
	jne	.L149	#,
.L136:
	movl	-16(%ebp), %edx	# %sfp, tmp115
	xorl	%ecx, %ecx	# _11
	addl	%esi, %edx	# len, tmp115
	jc	.L150	#,
.L137:
# platform-c/hot/linux61/hot.c:236: 	L32(s, sk_buff, tail) = tail + len;
	movl	%edx, 160(%ebx)	# tmp115, MEM[(volatile u32 *)_39 + 160B]
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	movl	84(%ebx), %eax	# MEM[(volatile u32 *)_39 + 84B], _8
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	addl	%esi, %eax	# len, _9
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	testl	%ecx, %ecx	# _11
# platform-c/hot/linux61/hot.c:237: 	L32(s, sk_buff, len) += len;
	movl	%eax, 84(%ebx)	# _9, MEM[(volatile u32 *)_39 + 84B]
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	movl	164(%ebx), %eax	# MEM[(volatile u32 *)_39 + 164B], _10
# platform-c/hot/linux61/hot.c:238: 	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
	jne	.L141	#,
	cmpl	%edx, %eax	# tmp115, _10
	jb	.L141	#,
# platform-c/hot/linux61/hot.c:241: }
	movl	-16(%ebp), %eax	# %sfp,
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L141:
# platform-c/hot/linux61/hot.c:239: 		env_input_error(BUG_L61_SKB_OVER, skb, "skb_over_panic: skb_put past the end");
	movl	%edi, %edx	# skb,
	movl	$514, %eax	#,
	movl	$.LC3, %ecx	#,
	call	env_input_error	#
# platform-c/hot/linux61/hot.c:241: }
	movl	-16(%ebp), %eax	# %sfp,
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L134:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %ebx	# tmp127, _37
	jmp	.L135	#
	.p2align 4,,10
	.p2align 3
.L149:
# platform-c/hot/linux61/hot.c:235: 		env_input_error(BUG_L61_SKB_OVER, skb, "skb_put: SKB_LINEAR_ASSERT: a non-linear skb");
	movl	$.LC2, %ecx	#,
	movl	%edi, %edx	# skb,
	movl	$514, %eax	#,
	call	env_input_error	#
	jmp	.L136	#
.L150:
	movl	$1, %ecx	#, _11
	jmp	.L137	#
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
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp191, skb
	pushl	%ebx	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %eax	#, tmp140
# platform-c/hot/linux61/hot.c:245: {
	subl	$8, %esp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _76
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_76].tag, off
	xorl	%esi, %ebx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ebx	#, off
	ja	.L152	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_76].mapped,
	addl	%ecx, %ebx	#, _84
.L153:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# dev, tmp144
	shrl	$12, %eax	#, tmp144
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _63
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_63].tag, off
	xorl	%edx, %ecx	# dev, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L154	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_63].mapped,
	addl	%edi, %ecx	#, off
	movl	%ecx, -16(%ebp)	# off, %sfp
.L155:
# platform-c/hot/linux61/hot.c:247: 	u32 data = L32(s, sk_buff, data), len = L32(s, sk_buff, len);
	movl	172(%ebx), %edi	# MEM[(volatile u32 *)_86 + 172B], data
# platform-c/hot/linux61/hot.c:251: 	l61_hot_calls[H_ETH_TYPE_TRANS]++;
	incl	l61_hot_calls+32	# l61_hot_calls[8]
# platform-c/hot/linux61/hot.c:247: 	u32 data = L32(s, sk_buff, data), len = L32(s, sk_buff, len);
	movl	84(%ebx), %ecx	# MEM[(volatile u32 *)_86 + 84B], len
# platform-c/hot/linux61/hot.c:252: 	L32(s, sk_buff, dev) = dev;
	movl	%edx, 8(%ebx)	# dev, MEM[(volatile u32 *)_86 + 8B]
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movl	168(%ebx), %edx	# MEM[(volatile u32 *)_86 + 168B], _4
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movl	%edi, %eax	# data, tmp156
	subl	%edx, %eax	# _4, tmp156
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	cmpl	$13, %ecx	#, len
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movzwl	%ax, %eax	# tmp156, _6
# platform-c/hot/linux61/hot.c:253: 	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	movw	%ax, 158(%ebx)	# _6, MEM[(volatile u16 *)_86 + 158B]
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	leal	-14(%ecx), %eax	#, _10
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	jbe	.L174	#,
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	movl	%eax, -20(%ebp)	# _10, %sfp
	movl	%eax, %ecx	# _10, _10
	movl	88(%ebx), %eax	# MEM[(volatile u32 *)_86 + 88B], _11
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	cmpl	%eax, %ecx	# _11, _10
	jb	.L157	#,
.L158:
# platform-c/hot/linux61/hot.c:256: 	L32(s, sk_buff, len) = len - L_ETH_HLEN;
	movl	-20(%ebp), %eax	# %sfp, _10
	movl	%eax, 84(%ebx)	# _10, MEM[(volatile u32 *)_86 + 84B]
# platform-c/hot/linux61/hot.c:257: 	L32(s, sk_buff, data) = data + L_ETH_HLEN;
	leal	14(%edi), %eax	#, _16
# platform-c/hot/linux61/hot.c:257: 	L32(s, sk_buff, data) = data + L_ETH_HLEN;
	movl	%eax, 172(%ebx)	# _16, MEM[(volatile u32 *)_86 + 172B]
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %eax	# data, tmp157
	shrl	$12, %eax	#, tmp157
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _100
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_100].tag, off
	xorl	%edi, %esi	# data, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L159	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_100].mapped,
	addl	%edi, %esi	#, _108
.L160:
# platform-c/hot/linux61/hot.c:259: 	own = D((void *)L32(nd, net_device, dev_addr));
	movl	-16(%ebp), %eax	# %sfp, _71
	movl	456(%eax), %ecx	# MEM[(volatile u32 *)_73 + 456B], _17
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _17, tmp161
	shrl	$12, %edx	#, tmp161
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _88
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_88].tag, off
	xorl	%ecx, %eax	# _17, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L161	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_88].mapped,
	addl	%ecx, %eax	#, _96
.L162:
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	movl	(%esi), %edx	# MEM[(const u32 *)_110], _18
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	cmpl	(%eax), %edx	# MEM[(const u32 *)_98], _18
	jne	.L163	#,
# platform-c/hot/linux61/hot.c:260: 	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
	movzwl	4(%esi), %edi	# MEM[(const u16 *)_110 + 4B], tmp227
	cmpw	%di, 4(%eax)	# tmp227, MEM[(const u16 *)_98 + 4B]
	jne	.L163	#,
.L164:
	movzwl	12(%esi), %eax	# MEM[(const u16 *)_110 + 12B], load_dst_79
# platform-c/hot/linux61/hot.c:272: 	if (likely((u16)((proto << 8) | (proto >> 8)) >= L_ETH_P_802_3_MIN))
	movl	%eax, %edx	# load_dst_79, tmp172
	movl	%eax, %ecx	# load_dst_79, tmp174
	sall	$8, %edx	#, tmp172
	shrl	$8, %ecx	#, tmp174
	orl	%ecx, %edx	# tmp174, tmp177
	cmpw	$1535, %dx	#, tmp177
	jbe	.L175	#,
.L151:
# platform-c/hot/linux61/hot.c:278: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L174:
# platform-c/hot/linux61/hot.c:254: 	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
	movl	%eax, -20(%ebp)	# _10, %sfp
.L157:
# platform-c/hot/linux61/hot.c:255: 		env_input_error(BUG_L61_SHORT_ETH, skb, "eth_type_trans: the Ethernet header is not in the linear part");
	movl	$.LC4, %ecx	#,
	movl	%esi, %edx	# skb,
	movl	$515, %eax	#,
	call	env_input_error	#
	jmp	.L158	#
	.p2align 4,,10
	.p2align 3
.L163:
# platform-c/hot/linux61/hot.c:264: 		if (eth[0] & 1)
	movzbl	(%esi), %ecx	# MEM[(const u8 *)_110], prephitmp_25
	andb	$1, %cl	#, prephitmp_25
	je	.L168	#,
# platform-c/hot/linux61/hot.c:266: 				L_PACKET_BROADCAST : L_PACKET_MULTICAST;
	movl	-16(%ebp), %eax	# %sfp, _71
	cmpl	508(%eax), %edx	# MEM[(const u32 *)_73 + 508B], _18
	je	.L176	#,
.L170:
	movb	$2, %cl	#, prephitmp_25
.L165:
# platform-c/hot/linux61/hot.c:269: 		LBIT_SET(s, sk_buff, pkt_type, type);
	movzbl	100(%ebx), %eax	# MEM[(volatile u8 *)_86 + 100B], _32
	andb	$-8, %al	#, tmp170
	orb	%cl, %al	# prephitmp_25, _35
	movb	%al, 100(%ebx)	# _35, MEM[(volatile u8 *)_86 + 100B]
	jmp	.L164	#
	.p2align 4,,10
	.p2align 3
.L161:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ecx, %eax	# _17,
	call	svm_slow_hv	#
	jmp	.L162	#
	.p2align 4,,10
	.p2align 3
.L175:
# platform-c/hot/linux61/hot.c:275: 	if (len - L_ETH_HLEN >= 2 && *(const u16 *)(eth + L_ETH_HLEN) == 0xFFFF)
	cmpl	$1, -20(%ebp)	#, %sfp
	jbe	.L171	#,
# platform-c/hot/linux61/hot.c:275: 	if (len - L_ETH_HLEN >= 2 && *(const u16 *)(eth + L_ETH_HLEN) == 0xFFFF)
	movzwl	14(%esi), %eax	# MEM[(const u16 *)_110 + 14B], MEM[(const u16 *)_110 + 14B]
# platform-c/hot/linux61/hot.c:276: 		return 0x0100;	/* htons(ETH_P_802_3) */
	movl	$256, %edx	#, tmp188
	cmpl	$65535, %eax	#, MEM[(const u16 *)_110 + 14B]
	movl	$1024, %eax	#, tmp187
	cmove	%edx, %eax	# tmp187,, tmp188, <retval>
	jmp	.L151	#
	.p2align 4,,10
	.p2align 3
.L159:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edi, %eax	# data,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp195, _108
	jmp	.L160	#
	.p2align 4,,10
	.p2align 3
.L154:
	movl	%edx, -20(%ebp)	# dev, %sfp
	movl	%edx, %eax	# dev,
	call	svm_slow_hv	#
	movl	-20(%ebp), %edx	# %sfp, dev
	movl	%eax, -16(%ebp)	# tmp194, %sfp
	jmp	.L155	#
	.p2align 4,,10
	.p2align 3
.L152:
	movl	%edx, -16(%ebp)	# dev, %sfp
	movl	%esi, %eax	# skb,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, dev
	movl	%eax, %ebx	# tmp193, _84
	jmp	.L153	#
	.p2align 4,,10
	.p2align 3
.L168:
	movb	$3, %cl	#, prephitmp_25
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L176:
# platform-c/hot/linux61/hot.c:265: 			type = (*(const u32 *)eth == *(const u32 *)bc && *(const u16 *)(eth + 4) == *(const u16 *)(bc + 4)) ?
	movzwl	4(%esi), %edi	# MEM[(const u16 *)_110 + 4B], tmp231
	cmpw	%di, 512(%eax)	# tmp231, MEM[(const u16 *)_73 + 512B]
	jne	.L170	#,
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L171:
# platform-c/hot/linux61/hot.c:277: 	return ((L_ETH_P_802_2 & 0xff) << 8) | (L_ETH_P_802_2 >> 8);
	movl	$1024, %eax	#, <retval>
	jmp	.L151	#
	.size	l61_eth_type_trans, .-l61_eth_type_trans
	.p2align 4
	.globl	l61_free_head
	.type	l61_free_head, @function
l61_free_head:
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ecx	# skb, tmp93
# platform-c/hot/linux61/hot.c:282: {
	movl	%eax, %edx	# tmp98, skb
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %ecx	#, tmp93
# platform-c/hot/linux61/hot.c:282: {
	pushl	%ebp	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _10
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	xorl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_10].tag, off
# platform-c/hot/linux61/hot.c:282: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L178	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_10].mapped,
	addl	%edx, %eax	#, _18
.L179:
# platform-c/hot/linux61/hot.c:284: 	u32 head = L32(s, sk_buff, head);
	movl	168(%eax), %edx	# MEM[(volatile u32 *)_20 + 168B], head
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	movzbl	98(%eax), %eax	# MEM[(volatile u8 *)_20 + 98B], _1
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	andb	$32, %al	#, tmp97
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	movl	%edx, %eax	# head,
# platform-c/hot/linux61/hot.c:286: 	if (LBIT(s, sk_buff, head_frag))
	je	.L180	#,
# platform-c/hot/linux61/hot.c:287: 		l61env_frag_free(head);
	call	l61env_frag_free	#
# platform-c/hot/linux61/hot.c:290: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L180:
# platform-c/hot/linux61/hot.c:289: 		l61env_head_free(head);
	call	l61env_head_free	#
# platform-c/hot/linux61/hot.c:290: }
	popl	%ebp	#
	.p2align 4,,7
	ret	
	.p2align 4,,10
	.p2align 3
.L178:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%edx, %eax	# skb,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L179	#
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
	movl	%eax, %ecx	# tmp119, skb
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$8, %esp	#,
# platform-c/hot/linux61/hot.c:294: {
	movl	%eax, -20(%ebp)	# skb, %sfp
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %eax	#, tmp110
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _47
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_47].tag,
	xorl	%ebx, %ecx	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L184	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_47].mapped, off
	addl	%ecx, %ebx	# off, off
.L185:
# platform-c/hot/linux61/hot.c:295: 	u8 *s = D((void *)skb), *shi = D((void *)L32(s, sk_buff, end));
	movl	164(%ebx), %edx	# MEM[(volatile u32 *)_57 + 164B], _2
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edx, %eax	# _2, tmp114
	shrl	$12, %eax	#, tmp114
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _34
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_34].tag, off
	xorl	%edx, %esi	# _2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L186	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_34].mapped,
	addl	%edx, %esi	#, off
	movl	%esi, -16(%ebp)	# off, %sfp
.L187:
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	movzbl	98(%ebx), %eax	# MEM[(volatile u8 *)_57 + 98B], _4
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	andb	$1, %al	#, tmp118
	je	.L192	#,
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	movl	-16(%ebp), %edx	# %sfp, _42
# platform-c/hot/linux61/hot.c:298: 	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
	decl	28(%edx)	# MEM[(volatile u32 *)_44 + 28B]
	jne	.L183	#,
.L192:
# platform-c/hot/linux61/hot.c:300: 	nr = L8(shi, skb_shared_info, nr_frags);
	movl	-16(%ebp), %eax	# %sfp, _42
	movzbl	2(%eax), %ebx	# MEM[(volatile u8 *)_44 + 2B],
# platform-c/hot/linux61/hot.c:301: 	if (unlikely(nr > L_MAX_SKB_FRAGS))
	cmpb	$17, %bl	#, _7
	ja	.L206	#,
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	testl	%ebx, %ebx	# nr
	je	.L194	#,
.L193:
	movl	-16(%ebp), %eax	# %sfp, _42
# platform-c/hot/linux61/hot.c:294: {
	xorl	%edi, %edi	# i
	leal	40(%eax), %esi	#, ivtmp.105
	.p2align 4
	.p2align 3
.L195:
# platform-c/hot/linux61/hot.c:304: 		l61env_put_page(L32(shi + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t, bio_vec, bv_page));
	movl	(%esi), %eax	# MEM[(volatile u32 *)_13], _14
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	incl	%edi	# i
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	addl	$12, %esi	#, ivtmp.105
# platform-c/hot/linux61/hot.c:304: 		l61env_put_page(L32(shi + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t, bio_vec, bv_page));
	call	l61env_put_page	#
# platform-c/hot/linux61/hot.c:303: 	for (i = 0; i < nr; i++)
	cmpl	%ebx, %edi	# nr, i
	jb	.L195	#,
.L194:
# platform-c/hot/linux61/hot.c:305: 	if (unlikely(L32(shi, skb_shared_info, frag_list)))
	movl	-16(%ebp), %eax	# %sfp, _42
	movl	8(%eax), %eax	# MEM[(volatile u32 *)_44 + 8B], _15
# platform-c/hot/linux61/hot.c:305: 	if (unlikely(L32(shi, skb_shared_info, frag_list)))
	testl	%eax, %eax	# _15
	jne	.L207	#,
.L196:
# platform-c/hot/linux61/hot.c:307: 	L61(free_head)(skb);
	movl	-20(%ebp), %eax	# %sfp,
	call	l61_free_head	#
.L183:
# platform-c/hot/linux61/hot.c:308: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L184:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	-20(%ebp), %eax	# %sfp,
	call	svm_slow_hv	#
	movl	%eax, %ebx	# tmp120, _55
	jmp	.L185	#
	.p2align 4,,10
	.p2align 3
.L186:
	movl	%edx, %eax	# _2,
	call	svm_slow_hv	#
	movl	%eax, -16(%ebp)	# tmp121, %sfp
	jmp	.L187	#
	.p2align 4,,10
	.p2align 3
.L206:
# platform-c/hot/linux61/hot.c:302: 		env_input_error(BUG_L61_NR_FRAGS, nr, "kfree_skb: nr_frags > MAX_SKB_FRAGS");
	movl	$.LC5, %ecx	#,
	movl	%ebx, %edx	# nr,
	movl	$516, %eax	#,
	call	env_input_error	#
	jmp	.L193	#
	.p2align 4,,10
	.p2align 3
.L207:
# platform-c/hot/linux61/hot.c:306: 		env_input_error(BUG_L61_NOT_SKB, skb, "kfree_skb: a frag_list, which no stack here builds");
	movl	-20(%ebp), %edx	# %sfp,
	movl	$.LC6, %ecx	#,
	movl	$517, %eax	#,
	call	env_input_error	#
	jmp	.L196	#
	.size	l61_release_data, .-l61_release_data
	.p2align 4
	.globl	l61_free_skb
	.type	l61_free_skb, @function
l61_free_skb:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$8, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp96, skb
	movl	%esi, -4(%ebp)	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	shrl	$12, %eax	#, tmp92
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _11
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_11].tag, off
	xorl	%ebx, %esi	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %esi	#, off
	ja	.L209	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_11].mapped,
	addl	%edx, %esi	#, _19
.L210:
# platform-c/hot/linux61/hot.c:316: 	u32 fn = L32(s, sk_buff, destructor);
	movl	76(%esi), %eax	# MEM[(volatile u32 *)_21 + 76B], fn
# platform-c/hot/linux61/hot.c:318: 	if (fn)
	testl	%eax, %eax	# fn
	jne	.L220	#,
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	movl	168(%esi), %eax	# MEM[(volatile u32 *)_21 + 168B], _1
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	testl	%eax, %eax	# _1
	jne	.L221	#,
.L212:
# platform-c/hot/linux61/hot.c:322: 	l61env_skb_struct_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_struct_free	#
# platform-c/hot/linux61/hot.c:323: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L220:
# platform-c/hot/linux61/hot.c:319: 		l61env_destructor(fn, skb);
	movl	%ebx, %edx	# skb,
	call	l61env_destructor	#
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	movl	168(%esi), %eax	# MEM[(volatile u32 *)_21 + 168B], _1
# platform-c/hot/linux61/hot.c:320: 	if (L32(s, sk_buff, head))
	testl	%eax, %eax	# _1
	je	.L212	#,
.L221:
# platform-c/hot/linux61/hot.c:321: 		L61(release_data)(skb);
	movl	%ebx, %eax	# skb,
	call	l61_release_data	#
	jmp	.L212	#
	.p2align 4,,10
	.p2align 3
.L209:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp97, _19
	.p2align 4,,4
	jmp	.L210	#
	.size	l61_free_skb, .-l61_free_skb
	.p2align 4
	.globl	l61_napi_consume_skb
	.type	l61_napi_consume_skb, @function
l61_napi_consume_skb:
# platform-c/hot/linux61/hot.c:331: 	l61_hot_calls[H_NAPI_CONSUME_SKB]++;
	incl	l61_hot_calls+36	# l61_hot_calls[9]
# platform-c/hot/linux61/hot.c:332: 	if (unlikely(!skb))
	testl	%eax, %eax	# skb
	je	.L232	#,
# platform-c/hot/linux61/hot.c:327: {
	pushl	%ebp	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# skb, tmp104
	shrl	$12, %edx	#, tmp104
# platform-c/hot/linux61/hot.c:327: {
	movl	%esp, %ebp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _23
# platform-c/hot/linux61/hot.c:327: {
	subl	$12, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp108, skb
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_23].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L224	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_23].mapped,
	addl	%ecx, %eax	#, off
	movl	%eax, %esi	# off, _31
.L225:
# platform-c/hot/linux61/hot.c:336: 	if (users != l61env_last_ref(skb)) {
	movl	%ebx, %eax	# skb,
# platform-c/hot/linux61/hot.c:335: 	users = L32(s, sk_buff, users);
	movl	180(%esi), %edi	# MEM[(volatile u32 *)_33 + 180B], _6
# platform-c/hot/linux61/hot.c:336: 	if (users != l61env_last_ref(skb)) {
	call	l61env_last_ref	#
# platform-c/hot/linux61/hot.c:336: 	if (users != l61env_last_ref(skb)) {
	cmpl	%edi, %eax	# _6, tmp110
	je	.L226	#,
# platform-c/hot/linux61/hot.c:337: 		if (unlikely(users <= 0)) {
	testl	%edi, %edi	# _6
	jle	.L235	#,
# platform-c/hot/linux61/hot.c:341: 		L32(s, sk_buff, users) = users - 1;
	decl	%edi	# _12
# platform-c/hot/linux61/hot.c:341: 		L32(s, sk_buff, users) = users - 1;
	movl	%edi, 180(%esi)	# _12, MEM[(volatile u32 *)_33 + 180B]
.L222:
# platform-c/hot/linux61/hot.c:345: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L226:
# platform-c/hot/linux61/hot.c:344: 	l61env_skb_free(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_skb_free	#
# platform-c/hot/linux61/hot.c:345: }
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L232:
	ret	
	.p2align 4,,10
	.p2align 3
.L224:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %esi	# tmp109, _31
	.p2align 4,,5
	jmp	.L225	#
	.p2align 4,,10
	.p2align 3
.L235:
# platform-c/hot/linux61/hot.c:338: 			env_warn(WARN_L61_SKB_USERS, skb);
	movl	%ebx, %edx	# skb,
	movl	$769, %eax	#,
	call	env_warn	#
# platform-c/hot/linux61/hot.c:339: 			return;
	jmp	.L222	#
	.size	l61_napi_consume_skb, .-l61_napi_consume_skb
	.p2align 4
	.globl	l61_build_skb_around
	.type	l61_build_skb_around, @function
l61_build_skb_around:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%ecx, %esi	# tmp122, frag_size
	pushl	%ebx	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ecx	# skb, tmp107
	shrl	$12, %ecx	#, tmp107
# platform-c/hot/linux61/hot.c:350: {
	movl	%edx, %ebx	# tmp121, data
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _38
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_38].tag, off
	xorl	%eax, %edx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L237	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_38].mapped,
	addl	%eax, %edx	#, _46
.L238:
# drivers/include/asm/string.h:36: 	__asm__ __volatile__("rep ; stosl\n\t"
	movl	$40, %ecx	#, ecx_out
	movl	%edx, %edi	# _46, edi_out
	xorl	%eax, %eax	# tmp113
#APP
# 36 "drivers/include/asm/string.h" 1
	rep ; stosl
	movl $160, %ecx	#
	andl $3, %ecx
	rep ; stosb
# 0 "" 2
# platform-c/hot/linux61/hot.c:356: 	L32(s, sk_buff, truesize) = SKB_TRUESIZE(size);
#NO_APP
	leal	192(%esi), %eax	#, _1
# platform-c/hot/linux61/hot.c:357: 	L32(s, sk_buff, users) = 1;
	movl	$1, %edi	#,
# platform-c/hot/linux61/hot.c:356: 	L32(s, sk_buff, truesize) = SKB_TRUESIZE(size);
	movl	%eax, 176(%edx)	# _1, MEM[(volatile u32 *)_48 + 176B]
# platform-c/hot/linux61/hot.c:361: 	L32(s, sk_buff, end) = data + size;
	leal	-256(%ebx,%esi), %ecx	#, _2
# platform-c/hot/linux61/hot.c:362: 	L16(s, sk_buff, mac_header) = 0xffff;
	movl	$-1, %eax	#,
# platform-c/hot/linux61/hot.c:357: 	L32(s, sk_buff, users) = 1;
	movl	%edi, 180(%edx)	#, MEM[(volatile u32 *)_48 + 180B]
# platform-c/hot/linux61/hot.c:358: 	L32(s, sk_buff, head) = data;
	movl	%ebx, 168(%edx)	# data, MEM[(volatile u32 *)_48 + 168B]
# platform-c/hot/linux61/hot.c:359: 	L32(s, sk_buff, data) = data;
	movl	%ebx, 172(%edx)	# data, MEM[(volatile u32 *)_48 + 172B]
# platform-c/hot/linux61/hot.c:360: 	L32(s, sk_buff, tail) = data;
	movl	%ebx, 160(%edx)	# data, MEM[(volatile u32 *)_48 + 160B]
# platform-c/hot/linux61/hot.c:361: 	L32(s, sk_buff, end) = data + size;
	movl	%ecx, 164(%edx)	# _2, MEM[(volatile u32 *)_48 + 164B]
# platform-c/hot/linux61/hot.c:362: 	L16(s, sk_buff, mac_header) = 0xffff;
	movw	%ax, 158(%edx)	#, MEM[(volatile u16 *)_48 + 158B]
# platform-c/hot/linux61/hot.c:363: 	L16(s, sk_buff, transport_header) = 0xffff;
	movl	$-1, %eax	#,
	movw	%ax, 154(%edx)	#, MEM[(volatile u16 *)_48 + 154B]
# platform-c/hot/linux61/hot.c:364: 	L32(s, sk_buff, alloc_cpu) = 0;
	xorl	%eax, %eax	#
	movl	%eax, 132(%edx)	#, MEM[(volatile u32 *)_48 + 132B]
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ecx, %edx	# _2, tmp116
	shrl	$12, %edx	#, tmp116
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _24
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_24].tag, off
	xorl	%ecx, %eax	# _2, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L239	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_24].mapped,
	addl	%ecx, %eax	#, _32
.L240:
	leal	28(%eax), %ecx	#, _55
	movl	%eax, %edx	# _32, ivtmp.125
	.p2align 4
	.p2align 3
.L241:
# platform-c/hot/linux61/hot.c:367: 		*(u32 *)(sh + i) = 0;
	movl	$0, (%edx)	#, MEM[(u32 *)_29]
# platform-c/hot/linux61/hot.c:366: 	for (i = 0; i < L_OFF_skb_shared_info_dataref; i += 4)
	addl	$4, %edx	#, ivtmp.125
	cmpl	%ecx, %edx	# _55, ivtmp.125
	jne	.L241	#,
# platform-c/hot/linux61/hot.c:368: 	L32(sh, skb_shared_info, dataref) = 1;
	movl	$1, 28(%eax)	#, MEM[(volatile u32 *)_34 + 28B]
# platform-c/hot/linux61/hot.c:369: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L237:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, %edx	# tmp123, _46
	jmp	.L238	#
	.p2align 4,,10
	.p2align 3
.L239:
	movl	%ecx, %eax	# _2,
	call	svm_slow_hv	#
	.p2align 4,,4
	jmp	.L240	#
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
	movl	%eax, %ebx	# tmp156, skb
# platform-c/hot/linux61/hot.c:381: 	u32 data = frag + L_NET_SKB_PAD;
	leal	32(%edx), %edi	#, data
# platform-c/hot/linux61/hot.c:379: {
	subl	$4, %esp	#,
# platform-c/hot/linux61/hot.c:379: {
	movl	8(%ebp), %esi	# frame, frame
# platform-c/hot/linux61/hot.c:383: 	L61(build_skb_around)(skb, frag, frag_size);
	call	l61_build_skb_around	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %eax	# skb, tmp128
	shrl	$12, %eax	#, tmp128
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _57
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%eax,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_57].tag, off
	xorl	%ebx, %edx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %edx	#, off
	ja	.L245	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%eax,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_57].mapped, off
	addl	%edx, %ebx	# off, off
.L246:
# platform-c/hot/linux61/hot.c:385: 	LBIT_SET(s, sk_buff, head_frag, 1);
	movzbl	98(%ebx), %eax	# MEM[(volatile u8 *)_67 + 98B], _1
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%edi, %ecx	# data, tmp132
	shrl	$12, %ecx	#, tmp132
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _45
# platform-c/hot/linux61/hot.c:385: 	LBIT_SET(s, sk_buff, head_frag, 1);
	orb	$32, %al	#, _2
	movb	%al, 98(%ebx)	# _2, MEM[(volatile u8 *)_67 + 98B]
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	movl	16(%ebp), %eax	# head, _3
# platform-c/hot/linux61/hot.c:386: 	L32(s, sk_buff, data) = data;
	movl	%edi, 172(%ebx)	# data, MEM[(volatile u32 *)_67 + 172B]
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	addl	%edi, %eax	# data, _3
# platform-c/hot/linux61/hot.c:387: 	L32(s, sk_buff, tail) = data + head;
	movl	%eax, 160(%ebx)	# _3, MEM[(volatile u32 *)_67 + 160B]
# platform-c/hot/linux61/hot.c:388: 	L32(s, sk_buff, len) = size;
	movl	12(%ebp), %eax	# size, tmp167
	movl	%eax, 84(%ebx)	# tmp167, MEM[(volatile u32 *)_67 + 84B]
# platform-c/hot/linux61/hot.c:389: 	L32(s, sk_buff, data_len) = size - head;
	movl	%eax, %edx	# tmp167, _4
	movl	16(%ebp), %eax	# head,
	subl	%eax, %edx	#, _4
# platform-c/hot/linux61/hot.c:390: 	L32(s, sk_buff, dev) = dev;
	movl	28(%ebp), %eax	# dev, dev
# platform-c/hot/linux61/hot.c:389: 	L32(s, sk_buff, data_len) = size - head;
	movl	%edx, 88(%ebx)	# _4, MEM[(volatile u32 *)_67 + 88B]
# platform-c/hot/linux61/hot.c:390: 	L32(s, sk_buff, dev) = dev;
	movl	%eax, 8(%ebx)	# dev, MEM[(volatile u32 *)_67 + 8B]
# platform-c/hot/linux61/hot.c:391: 	L16(s, sk_buff, mac_header) = L_NET_SKB_PAD;
	movl	$32, %eax	#,
	movw	%ax, 158(%ebx)	#, MEM[(volatile u16 *)_67 + 158B]
# platform-c/hot/linux61/hot.c:392: 	L16(s, sk_buff, network_header) = L_NET_SKB_PAD + L_ETH_HLEN;
	movl	$46, %eax	#,
	movw	%ax, 156(%ebx)	#, MEM[(volatile u16 *)_67 + 156B]
# platform-c/hot/linux61/hot.c:393: 	L16(s, sk_buff, protocol) = *(const u16 *)(frame + 12);
	movzwl	12(%esi), %eax	# MEM[(const u16 *)frame_27(D) + 12B], _5
# platform-c/hot/linux61/hot.c:393: 	L16(s, sk_buff, protocol) = *(const u16 *)(frame + 12);
	movw	%ax, 152(%ebx)	# _5, MEM[(volatile u16 *)_67 + 152B]
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_45].tag, off
	xorl	%edi, %eax	# data, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L247	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_45].mapped,
	addl	%edi, %eax	#, off
	movl	%eax, %edi	# off, _53
.L248:
# platform-c/include/twin/lib.h:19: 	place_stats.copy_bytes += n;
	movl	16(%ebp), %eax	# head, tmp172
	addl	%eax, place_stats	# tmp172, place_stats.copy_bytes
# platform-c/include/twin/lib.h:20: 	place_stats.copies++;
	incl	place_stats+4	# place_stats.copies
# drivers/include/asm/string.h:27: 			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
	movl	%eax, %ecx	# tmp172, tmp151
	shrl	$2, %ecx	#, tmp151
# drivers/include/asm/string.h:22: 	__asm__ __volatile__("rep ; movsl\n\t"
#APP
# 22 "drivers/include/asm/string.h" 1
	rep ; movsl
	movl %eax, %ecx	#
	andl $3, %ecx
	rep ; movsb
# 0 "" 2
# platform-c/hot/linux61/hot.c:395: 	if (size > head) {
#NO_APP
	movl	12(%ebp), %eax	# size, tmp174
	cmpl	%eax, 16(%ebp)	# tmp174, head
	jnb	.L244	#,
# platform-c/hot/linux61/hot.c:396: 		sh = D((void *)L32(s, sk_buff, end));
	movl	164(%ebx), %esi	# MEM[(volatile u32 *)_67 + 164B], _6
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%esi, %ecx	# _6, tmp152
	shrl	$12, %ecx	#, tmp152
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ecx	#, _69
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ecx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_69].tag, off
	xorl	%esi, %eax	# _6, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L250	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ecx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_69].mapped,
	addl	%esi, %eax	#, _77
.L251:
# platform-c/hot/linux61/hot.c:398: 		L8(sh, skb_shared_info, nr_frags) = 1;
	movb	$1, 2(%eax)	#, MEM[(volatile u8 *)_79 + 2B]
# platform-c/hot/linux61/hot.c:399: 		L32(f, bio_vec, bv_page) = page;
	movl	20(%ebp), %ecx	# page, page
	movl	%ecx, 40(%eax)	# page, MEM[(volatile u32 *)_79 + 40B]
# platform-c/hot/linux61/hot.c:400: 		L32(f, bio_vec, bv_offset) = frag_off;
	movl	24(%ebp), %ecx	# frag_off, frag_off
	movl	%ecx, 48(%eax)	# frag_off, MEM[(volatile u32 *)_79 + 48B]
# platform-c/hot/linux61/hot.c:401: 		L32(f, bio_vec, bv_len) = size - head;
	movl	%edx, 44(%eax)	# _4, MEM[(volatile u32 *)_79 + 44B]
# platform-c/hot/linux61/hot.c:402: 		L32(s, sk_buff, truesize) += size - head;
	movl	176(%ebx), %eax	# MEM[(volatile u32 *)_67 + 176B], _7
# platform-c/hot/linux61/hot.c:402: 		L32(s, sk_buff, truesize) += size - head;
	addl	%eax, %edx	# _7, _8
	movl	%edx, 176(%ebx)	# _8, MEM[(volatile u32 *)_67 + 176B]
.L244:
# platform-c/hot/linux61/hot.c:404: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L250:
	movl	%edx, -16(%ebp)	# _4, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%esi, %eax	# _6,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _4
	jmp	.L251	#
	.p2align 4,,10
	.p2align 3
.L245:
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	movl	%eax, %ebx	# tmp159, _65
	jmp	.L246	#
	.p2align 4,,10
	.p2align 3
.L247:
	movl	%edx, -16(%ebp)	# _4, %sfp
	movl	%edi, %eax	# data,
	call	svm_slow_hv	#
	movl	-16(%ebp), %edx	# %sfp, _4
	movl	%eax, %edi	# tmp160, _53
	jmp	.L248	#
	.size	l61_frame_skb, .-l61_frame_skb
	.p2align 4
	.globl	l61_csum_l4
	.type	l61_csum_l4, @function
l61_csum_l4:
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpl	$33, %edx	#, size
	jbe	.L258	#,
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpb	$8, 12(%eax)	#, MEM[(const u8 *)frame_33(D) + 12B]
	jne	.L258	#,
# platform-c/hot/linux61/hot.c:427: 	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
	cmpb	$0, 13(%eax)	#, MEM[(const u8 *)frame_33(D) + 13B]
	jne	.L258	#,
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
	jne	.L266	#,
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
	jbe	.L266	#,
	cmpl	%edx, %ecx	# ihl, total
	jb	.L266	#,
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	subl	$14, %ebx	#, tmp126
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	cmpl	%ecx, %ebx	# total, tmp126
	jb	.L266	#,
# platform-c/hot/linux61/hot.c:431: 	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
	movzwl	20(%eax), %ebx	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 20B],
	movl	%ebx, %edi	# MEM <short unsigned int> [(const u8 *)frame_33(D) + 20B], tmp128
	sall	$8, %edi	#, tmp128
	shrl	$8, %ebx	#, tmp130
	orl	%ebx, %edi	# tmp130, tmp133
	andl	$16383, %edi	#, tmp133
	jne	.L266	#,
# platform-c/hot/linux61/hot.c:433: 	if (frame[23] == 6)
	movzbl	23(%eax), %eax	# MEM[(const u8 *)frame_33(D) + 23B], _24
# platform-c/hot/linux61/hot.c:433: 	if (frame[23] == 6)
	cmpb	$6, %al	#, _24
	je	.L263	#,
# platform-c/hot/linux61/hot.c:435: 	else if (frame[23] == 17)
	cmpb	$17, %al	#, _24
	jne	.L266	#,
# platform-c/hot/linux61/hot.c:436: 		off = 6;
	movl	$6, %ebx	#, off
.L255:
# platform-c/hot/linux61/hot.c:439: 	start = L_ETH_HLEN + ihl;
	leal	14(%edx), %eax	#, start
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	leal	16(%ebx,%edx), %edx	#, _26
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	cmpl	%edx, %esi	# _26, head
	jb	.L266	#,
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	addl	$14, %ecx	#, tmp139
# platform-c/hot/linux61/hot.c:440: 	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
	cmpl	%edx, %ecx	# _26, tmp139
	jb	.L266	#,
# platform-c/hot/linux61/hot.c:442: 	return (start << 8) | off;
	sall	$8, %eax	#, tmp140
# platform-c/hot/linux61/hot.c:442: 	return (start << 8) | off;
	orl	%ebx, %eax	# off, <retval>
.L253:
# platform-c/hot/linux61/hot.c:443: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L263:
# platform-c/hot/linux61/hot.c:434: 		off = 16;
	movl	$16, %ebx	#, off
	jmp	.L255	#
	.p2align 4,,10
	.p2align 3
.L266:
# platform-c/hot/linux61/hot.c:428: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L253	#
	.p2align 4,,10
	.p2align 3
.L258:
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
	movl	%ecx, %edi	# tmp194, size
	pushl	%esi	#
	movl	%edx, %esi	# tmp193, frame
	pushl	%ebx	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# skb, tmp158
	shrl	$12, %edx	#, tmp158
# platform-c/hot/linux61/hot.c:458: {
	subl	$20, %esp	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _47
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %ebx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_47].tag, off
	xorl	%eax, %ebx	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ebx	#, off
	ja	.L272	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_47].mapped,
	addl	%eax, %ebx	#, off
	movl	%ebx, -16(%ebp)	# off, %sfp
.L273:
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	-16(%ebp), %eax	# %sfp, _55
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	%edi, %edx	# size,
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	160(%eax), %ecx	# MEM[(volatile u32 *)_57 + 160B], _1
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	movl	172(%eax), %eax	# MEM[(volatile u32 *)_57 + 172B], _2
# platform-c/hot/linux61/hot.c:460: 	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	subl	%eax, %ecx	# _2, tmp162
	movl	%esi, %eax	# frame,
	call	l61_csum_l4	#
# platform-c/hot/linux61/hot.c:463: 	if (where < 0)
	testl	%eax, %eax	# where
	js	.L287	#,
# platform-c/hot/linux61/hot.c:461: 	u32 start = (u32)where >> 8, off = where & 0xff, sum, at;
	movl	%eax, %ebx	# where, start
	movzbl	%al, %eax	# where, _36
	movl	%eax, -24(%ebp)	# _36, %sfp
# platform-c/hot/linux61/hot.c:465: 	if (features & ((1U << L_NETIF_F_IP_CSUM_BIT) | (1U << L_NETIF_F_HW_CSUM_BIT))) {
	movl	8(%ebp), %eax	# features, sum
# platform-c/hot/linux61/hot.c:461: 	u32 start = (u32)where >> 8, off = where & 0xff, sum, at;
	shrl	$8, %ebx	#, start
	movl	%ebx, -20(%ebp)	# start, %sfp
# platform-c/hot/linux61/hot.c:465: 	if (features & ((1U << L_NETIF_F_IP_CSUM_BIT) | (1U << L_NETIF_F_HW_CSUM_BIT))) {
	andl	$10, %eax	#, sum
	jne	.L300	#,
# platform-c/hot/linux61/hot.c:472: 	sum = csum_bytes(frame + start, size - start, 0); /* to skb->len, as the NIC with TUCSE 0 */
	movl	-20(%ebp), %ebx	# %sfp, start
	subl	%ebx, %edi	# start, size
	addl	%ebx, %esi	# start, _13
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	cmpl	$1, %edi	#, _12
# platform-c/hot/linux61/hot.c:472: 	sum = csum_bytes(frame + start, size - start, 0); /* to skb->len, as the NIC with TUCSE 0 */
	movl	%edi, %edx	# size, _12
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	jbe	.L276	#,
	movl	%edx, -32(%ebp)	# _12, %sfp
	leal	-2(%edi), %edi	#, _99
	movl	%esi, %ecx	# _13, ivtmp.142
	movl	%edi, -28(%ebp)	# _99, %sfp
	movl	%edi, %ebx	# _99, tmp166
	andl	$-2, %ebx	#, tmp166
	leal	2(%esi,%ebx), %edi	#, _116
	.p2align 4
	.p2align 3
.L277:
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	movzbl	(%ecx), %edx	# MEM[(const u8 *)_88], MEM[(const u8 *)_88]
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	addl	$2, %ecx	#, ivtmp.142
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	movzbl	-1(%ecx), %ebx	# MEM[(const u8 *)_88 + 1B], MEM[(const u8 *)_88 + 1B]
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	sall	$8, %edx	#, tmp169
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	orl	%ebx, %edx	# MEM[(const u8 *)_88 + 1B], tmp171
# platform-c/hot/linux61/hot.c:412: 		sum += (b[i] << 8) | b[i + 1];
	addl	%edx, %eax	# tmp171, sum
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	cmpl	%edi, %ecx	# _116, ivtmp.142
	jne	.L277	#,
# platform-c/hot/linux61/hot.c:411: 	for (i = 0; i + 1 < len; i += 2)
	movl	-28(%ebp), %ecx	# %sfp, _99
	movl	-32(%ebp), %edx	# %sfp, _12
	andl	$-2, %ecx	#, _99
	addl	$2, %ecx	#, i
# platform-c/hot/linux61/hot.c:413: 	if (i < len)
	cmpl	%edx, %ecx	# _12, i
	jnb	.L281	#,
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	movzbl	(%esi,%ecx), %edx	# *_129, *_129
	sall	$8, %edx	#, tmp175
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	addl	%edx, %eax	# tmp175, sum
.L281:
# platform-c/hot/linux61/hot.c:473: 	while (sum >> 16)
	movl	%eax, %edx	# sum, _102
	shrl	$16, %edx	#, _102
	je	.L282	#,
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	movzwl	%ax, %eax	# sum, _14
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	addl	%edx, %eax	# _102, sum
# platform-c/hot/linux61/hot.c:473: 	while (sum >> 16)
	movl	%eax, %edi	# sum, tmp201
	shrl	$16, %edi	#, tmp201
	je	.L282	#,
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	movzwl	%ax, %eax	# sum, _93
# platform-c/hot/linux61/hot.c:474: 		sum = (sum & 0xffff) + (sum >> 16);
	incl	%eax	# sum
.L282:
# platform-c/hot/linux61/hot.c:476: 	if (!sum)
	cmpl	$65535, %eax	#, sum
	jne	.L280	#,
.L289:
	movb	$-1, %dl	#, _135
	movb	$-1, %cl	#, _133
.L279:
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	-16(%ebp), %eax	# %sfp, _55
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	-24(%ebp), %ebx	# %sfp, _36
	movl	-20(%ebp), %edi	# %sfp, start
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	movl	172(%eax), %eax	# MEM[(volatile u32 *)_57 + 172B], _17
# platform-c/hot/linux61/hot.c:478: 	at = L32(s, sk_buff, data) + start + off;
	addl	%edi, %ebx	# start, _36
	addl	%eax, %ebx	# _17, at
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %esi	# at, tmp179
	shrl	$12, %esi	#, tmp179
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %esi	#, _71
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_71].tag, off
	xorl	%ebx, %eax	# at, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L283	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_71].mapped,
	addl	%edi, %eax	#, _79
.L284:
# platform-c/hot/linux61/hot.c:479: 	*(u8 *)D((void *)at) = sum >> 8; /* D() per byte: the field may straddle a page */
	movb	%cl, (%eax)	# _133, MEM[(u8 *)_81]
# platform-c/hot/linux61/hot.c:480: 	*(u8 *)D((void *)(at + 1)) = sum & 0xff;
	leal	1(%ebx), %eax	#, _21
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %ebx	# _21, tmp183
	shrl	$12, %ebx	#, tmp183
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %ebx	#, _59
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%ebx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_59].tag, off
	xorl	%eax, %ecx	# _21, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %ecx	#, off
	ja	.L285	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%ebx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_59].mapped,
	addl	%eax, %ecx	#, _67
.L286:
# platform-c/hot/linux61/hot.c:480: 	*(u8 *)D((void *)(at + 1)) = sum & 0xff;
	movb	%dl, (%ecx)	# _135, MEM[(u8 *)_69]
# platform-c/hot/linux61/hot.c:482: }
	addl	$20, %esp	#,
# platform-c/hot/linux61/hot.c:481: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:482: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L300:
# platform-c/hot/linux61/hot.c:466: 		LBIT_SET(s, sk_buff, ip_summed, L_CHECKSUM_PARTIAL);
	movl	-16(%ebp), %esi	# %sfp, _55
# platform-c/hot/linux61/hot.c:468: 		L16(s, sk_buff, csum_offset) = off;
	movzwl	-24(%ebp), %edx	# %sfp, _11
# platform-c/hot/linux61/hot.c:466: 		LBIT_SET(s, sk_buff, ip_summed, L_CHECKSUM_PARTIAL);
	movzbl	100(%esi), %eax	# MEM[(volatile u8 *)_57 + 100B], _7
	orb	$96, %al	#, _8
	movb	%al, 100(%esi)	# _8, MEM[(volatile u8 *)_57 + 100B]
# platform-c/hot/linux61/hot.c:467: 		L16(s, sk_buff, csum_start) = L_NET_SKB_PAD + start;
	movl	%ebx, %eax	# start, start
	addl	$32, %eax	#, start
	movzwl	%ax, %eax	# tmp164, _10
# platform-c/hot/linux61/hot.c:467: 		L16(s, sk_buff, csum_start) = L_NET_SKB_PAD + start;
	movw	%ax, 108(%esi)	# _10, MEM[(volatile u16 *)_57 + 108B]
# platform-c/hot/linux61/hot.c:468: 		L16(s, sk_buff, csum_offset) = off;
	movw	%dx, 110(%esi)	# _11, MEM[(volatile u16 *)_57 + 110B]
# platform-c/hot/linux61/hot.c:469: 		L16(s, sk_buff, transport_header) = L_NET_SKB_PAD + start;
	movw	%ax, 154(%esi)	# _10, MEM[(volatile u16 *)_57 + 154B]
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
.L287:
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
.L276:
# platform-c/hot/linux61/hot.c:413: 	if (i < len)
	testl	%edi, %edi	# _12
	je	.L289	#,
# platform-c/hot/linux61/hot.c:414: 		sum += b[i] << 8;
	movzbl	(%esi), %eax	# *_13, *_13
	sall	$8, %eax	#, sum
	.p2align 4
	.p2align 3
.L280:
# platform-c/hot/linux61/hot.c:475: 	sum = ~sum & 0xffff;
	xorl	$65535, %eax	#, sum
# platform-c/hot/linux61/hot.c:479: 	*(u8 *)D((void *)at) = sum >> 8; /* D() per byte: the field may straddle a page */
	movzbl	%ah, %ecx	# sum, _133
# platform-c/hot/linux61/hot.c:480: 	*(u8 *)D((void *)(at + 1)) = sum & 0xff;
	movb	%al, %dl	# sum, _135
	jmp	.L279	#
	.p2align 4,,10
	.p2align 3
.L272:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	call	svm_slow_hv	#
	movl	%eax, -16(%ebp)	# tmp195, %sfp
	jmp	.L273	#
	.p2align 4,,10
	.p2align 3
.L283:
	movb	%dl, -20(%ebp)	# _135, %sfp
	movl	%ebx, %eax	# at,
	movb	%cl, -16(%ebp)	# _133, %sfp
	call	svm_slow_hv	#
	movzbl	-20(%ebp), %edx	# %sfp, _135
	movzbl	-16(%ebp), %ecx	# %sfp, _133
	jmp	.L284	#
	.p2align 4,,10
	.p2align 3
.L285:
	movb	%dl, -16(%ebp)	# _135, %sfp
	call	svm_slow_hv	#
	movzbl	-16(%ebp), %edx	# %sfp, _135
	movl	%eax, %ecx	# tmp198, _67
	jmp	.L286	#
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
	subl	$16, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edx, %esi	# tmp116, frag_size
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp115, data
	movl	%ebx, -12(%ebp)	#,
# platform-c/hot/linux61/hot.c:489: 	l61_hot_calls[H_NAPI_BUILD_SKB]++;
	incl	l61_hot_calls+40	# l61_hot_calls[10]
# platform-c/hot/linux61/hot.c:490: 	if (unlikely(!frag_size))
	testl	%edx, %edx	# frag_size
	je	.L312	#,
.L302:
# platform-c/hot/linux61/hot.c:492: 	skb = l61env_skb_struct_alloc();
	call	l61env_skb_struct_alloc	#
# platform-c/hot/linux61/hot.c:493: 	if (!skb)
	testl	%eax, %eax	# <retval>
# platform-c/hot/linux61/hot.c:492: 	skb = l61env_skb_struct_alloc();
	movl	%eax, %ebx	# tmp117, <retval>
# platform-c/hot/linux61/hot.c:493: 	if (!skb)
	jne	.L313	#,
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
.L313:
# platform-c/hot/linux61/hot.c:495: 	L61(build_skb_around)(skb, data, frag_size);
	movl	%esi, %ecx	# frag_size,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %esi	# <retval>, tmp107
	shrl	$12, %esi	#, tmp107
# platform-c/hot/linux61/hot.c:495: 	L61(build_skb_around)(skb, data, frag_size);
	movl	%edi, %edx	# data,
	call	l61_build_skb_around	#
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %esi	#, _32
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].tag, off
	xorl	%ebx, %eax	# <retval>, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L304	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%esi,8), %edx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].mapped,
	addl	%edx, %eax	#, _40
# platform-c/hot/linux61/hot.c:496: 	LBIT_SET((u8 *)D((void *)skb), sk_buff, head_frag, 1);
	movzbl	98(%eax), %edx	# MEM[(volatile u8 *)_40 + 98B], _24
.L307:
	orb	$32, %dl	#, _7
	movb	%dl, 98(%eax)	# _7, MEM[(volatile u8 *)_30 + 98B]
# platform-c/hot/linux61/hot.c:497: 	l61env_skb_built(skb);
	movl	%ebx, %eax	# <retval>,
	call	l61env_skb_built	#
# platform-c/hot/linux61/hot.c:499: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L312:
# platform-c/hot/linux61/hot.c:491: 		env_input_error(BUG_L61_FRAG, data, "napi_build_skb: frag_size 0");
	movl	%eax, %edx	# data,
	movl	$.LC7, %ecx	#,
	movl	$519, %eax	#,
	call	env_input_error	#
	jmp	.L302	#
	.p2align 4,,10
	.p2align 3
.L304:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# <retval>,
	call	svm_slow_hv	#
# platform-c/hot/linux61/hot.c:496: 	LBIT_SET((u8 *)D((void *)skb), sk_buff, head_frag, 1);
	movzbl	98(%eax), %edx	# MEM[(volatile u8 *)_41 + 98B], _24
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].tag, off
	xorl	%ebx, %eax	# <retval>, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	jbe	.L314	#,
	movb	%dl, -13(%ebp)	# _24, %sfp
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# <retval>,
	call	svm_slow_hv	#
	movzbl	-13(%ebp), %edx	# %sfp, _24
	jmp	.L307	#
.L314:
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	addl	__svm_stlb+4(,%esi,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_32].mapped, _40
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	jmp	.L307	#
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
	movl	%eax, %ecx	# tmp117, napi
# platform-c/hot/linux61/hot.c:514: 	l61_hot_calls[H_NAPI_GRO_RECEIVE]++;
	incl	l61_hot_calls+48	# l61_hot_calls[12]
# platform-c/hot/linux61/hot.c:511: {
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hot/linux61/hot.c:511: {
	movl	%edx, %ebx	# tmp118, skb
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# napi, tmp108
	shrl	$12, %edx	#, tmp108
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _12
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_12].tag,
	xorl	%esi, %eax	#, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L318	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %esi	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_12].mapped,
	addl	%esi, %eax	#, _20
.L319:
# platform-c/hot/linux61/hot.c:515: 	id = L32((u8 *)D((void *)napi), napi_struct, napi_id);
	movl	204(%eax), %esi	# MEM[(volatile u32 *)_22 + 204B], id
# platform-c/hot/linux61/hot.c:516: 	if (id >= L_NR_CPUS + 1)
	cmpl	$8, %esi	#, id
	jbe	.L320	#,
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	movl	%ebx, %edx	# skb, tmp112
	shrl	$12, %edx	#, tmp112
# platform-c/include/twin/place-hv.h:30: 	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _24
# platform-c/include/twin/place-hv.h:31: 	u32 off = va ^ e->tag;
	movl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_24].tag, off
	xorl	%ebx, %eax	# skb, off
# platform-c/include/twin/place-hv.h:33: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L321	#,
# platform-c/include/twin/place-hv.h:34: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_24].mapped,
	addl	%ecx, %eax	#, _32
.L322:
# platform-c/hot/linux61/hot.c:517: 		L32((u8 *)D((void *)skb), sk_buff, napi_id) = id;
	movl	%esi, 128(%eax)	# id, MEM[(volatile u32 *)_34 + 128B]
.L320:
# platform-c/hot/linux61/hot.c:518: 	l61env_rx(skb);
	movl	%ebx, %eax	# skb,
	call	l61env_rx	#
# platform-c/hot/linux61/hot.c:520: }
	movl	$3, %eax	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L321:
# platform-c/include/twin/place-hv.h:35: 	return svm_slow_hv(va);
	movl	%ebx, %eax	# skb,
	call	svm_slow_hv	#
	jmp	.L322	#
	.p2align 4,,10
	.p2align 3
.L318:
	movl	%ecx, %eax	# napi,
	call	svm_slow_hv	#
	.p2align 4,,6
	jmp	.L319	#
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
