	.file	"svm.c"
# GNU C17 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -m32 -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mno-sse -mno-mmx -msoft-float -O2 -freg-struct-return -fno-pic -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls -fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common -fno-delete-null-pointer-checks
	.text
#APP
	.text
.globl __svm_slow
.type __svm_slow, @function
__svm_slow:
	pushfl
	pushl %eax
	pushl %ecx
	pushl %edx
	cld
	movl 20(%esp), %eax
	movl 24(%esp), %edx
	call svm_slow_driver
	movl %eax, 20(%esp)
	popl %edx
	popl %ecx
	popl %eax
	popfl
	ret
.size __svm_slow, .-__svm_slow
.globl __svm_call_xlate
.type __svm_call_xlate, @function
__svm_call_xlate:
	pushfl
	pushl %eax
	pushl %ecx
	pushl %edx
	cld
	movl 20(%esp), %eax
	movl 24(%esp), %edx
	call svm_call_xlate
	movl %eax, 20(%esp)
	popl %edx
	popl %ecx
	popl %eax
	popfl
	ret
.size __svm_call_xlate, .-__svm_call_xlate
.globl __svm_ret_out
.type __svm_ret_out, @function
__svm_ret_out:
	cmpl $0xffffeff0, 8(%esp)
	jne 1f
	addl $8, %esp
	ret
1:	movl 8(%esp), %eax
	movl 4(%esp), %edx
	call svm_bad_return_out
.size __svm_ret_out, .-__svm_ret_out

#NO_APP
	.p2align 4
	.globl	svm_set_stack
	.type	svm_set_stack, @function
svm_set_stack:
# platform-c/include/twin/svm-stack.h:35: 	if ((lo & 0xfff) || (hi & 0xfff) || hi <= lo || (hi - lo) >> 12 > SVM_STACK_MAX_PAGES)
	movl	%eax, %ecx	# lo, tmp92
	orl	%edx, %ecx	# hi, tmp92
# platform-c/include/twin/svm-stack.h:35: 	if ((lo & 0xfff) || (hi & 0xfff) || hi <= lo || (hi - lo) >> 12 > SVM_STACK_MAX_PAGES)
	andl	$4095, %ecx	#, tmp92
	jne	.L4	#,
	cmpl	%edx, %eax	# hi, lo
	jnb	.L4	#,
# platform-c/include/twin/svm-stack.h:35: 	if ((lo & 0xfff) || (hi & 0xfff) || hi <= lo || (hi - lo) >> 12 > SVM_STACK_MAX_PAGES)
	movl	%edx, %ecx	# hi, tmp98
	subl	%eax, %ecx	# lo, tmp98
# platform-c/include/twin/svm-stack.h:35: 	if ((lo & 0xfff) || (hi & 0xfff) || hi <= lo || (hi - lo) >> 12 > SVM_STACK_MAX_PAGES)
	cmpl	$266239, %ecx	#, tmp98
	ja	.L4	#,
# platform-c/include/twin/svm-stack.h:37: 	w->lo = lo;
	movl	%eax, svm_stack	# lo, svm_stack.lo
# platform-c/include/twin/svm-stack.h:39: 	w->open = 0;
	xorl	%eax, %eax	#
# platform-c/include/twin/svm-stack.h:38: 	w->hi = hi;
	movl	%edx, svm_stack+4	# hi, svm_stack.hi
# platform-c/include/twin/svm-stack.h:40: 	w->n = 0;
	xorl	%edx, %edx	#
# platform-c/include/twin/svm-stack.h:39: 	w->open = 0;
	movl	%eax, svm_stack+8	#, svm_stack.open
# platform-c/include/twin/svm-stack.h:41: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/include/twin/svm-stack.h:40: 	w->n = 0;
	movl	%edx, svm_stack+12	#, svm_stack.n
# platform-c/include/twin/svm-stack.h:41: 	return 0;
	ret	
	.p2align 4,,10
	.p2align 3
.L4:
# platform-c/include/twin/svm-stack.h:36: 		return -1;
	movl	$-1, %eax	#, <retval>
# platform-c/hv/svm.c:80: }
	ret	
	.size	svm_set_stack, .-svm_set_stack
	.p2align 4
	.globl	svm_stack_enter
	.type	svm_stack_enter, @function
svm_stack_enter:
# platform-c/include/twin/svm-stack.h:68: 	w->open = w->hi > w->lo;
	movl	svm_stack+4, %eax	# svm_stack.hi, tmp93
	cmpl	%eax, svm_stack	# tmp93, svm_stack.lo
	setb	%al	#, tmp90
	movzbl	%al, %eax	# tmp90, tmp89
# platform-c/include/twin/svm-stack.h:68: 	w->open = w->hi > w->lo;
	movl	%eax, svm_stack+8	# tmp89, svm_stack.open
# platform-c/hv/svm.c:86: }
	ret	
	.size	svm_stack_enter, .-svm_stack_enter
	.p2align 4
	.globl	svm_stack_leave
	.type	svm_stack_leave, @function
svm_stack_leave:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	subl	$8, %esp	#,
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	movl	svm_stack+12, %esi	# svm_stack.n, _25
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	testl	%esi, %esi	# _25
	je	.L8	#,
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	movl	svm_stack, %edi	# svm_stack.lo, _8
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	xorl	%edx, %edx	# k
	movl	%esi, -20(%ebp)	# _25, %sfp
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	movl	svm_stack+4, %ecx	# svm_stack.hi, _11
	subl	%edi, %ecx	# _8, _11
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	movl	%ecx, -16(%ebp)	# _11, %sfp
	.p2align 4
	.p2align 3
.L10:
# platform-c/include/twin/svm-stack.h:77: 		i = w->index[k];
	movl	svm_stack+16(,%edx,4), %eax	# MEM[(unsigned int *)&svm_stack + 16B + k_26 * 4], i
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	movl	-16(%ebp), %esi	# %sfp, _11
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	leal	0(,%eax,8), %ebx	#, _5
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	movl	__svm_stlb(%ebx), %ecx	# *_6, tmp101
	subl	%edi, %ecx	# _8, tmp101
# platform-c/include/twin/svm-stack.h:78: 		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
	cmpl	%esi, %ecx	# _11, tmp101
	jnb	.L9	#,
# platform-c/include/twin/svm-stack.h:80: 			stlb[2 * i] = (i ^ 0x800U) << 12;
	sall	$12, %eax	#, tmp103
# platform-c/include/twin/svm-stack.h:81: 			stlb[2 * i + 1] = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, __svm_stlb+4(%ebx)	#, *_15
# platform-c/include/twin/svm-stack.h:80: 			stlb[2 * i] = (i ^ 0x800U) << 12;
	xorl	$8388608, %eax	#, tmp104
	movl	%eax, __svm_stlb(%ebx)	# tmp104, *_6
.L9:
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	movl	-20(%ebp), %eax	# %sfp, _25
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	incl	%edx	# k
# platform-c/include/twin/svm-stack.h:76: 	for (k = 0; k < w->n; k++) {
	cmpl	%eax, %edx	# _25, k
	jne	.L10	#,
.L8:
# platform-c/include/twin/svm-stack.h:84: 	w->n = 0;
	xorl	%eax, %eax	#
# platform-c/include/twin/svm-stack.h:85: 	w->open = 0;
	xorl	%edx, %edx	#
# platform-c/include/twin/svm-stack.h:84: 	w->n = 0;
	movl	%eax, svm_stack+12	#, svm_stack.n
# platform-c/include/twin/svm-stack.h:85: 	w->open = 0;
	movl	%edx, svm_stack+8	#, svm_stack.open
# platform-c/hv/svm.c:91: }
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	svm_stack_leave, .-svm_stack_leave
	.p2align 4
	.globl	svm_init
	.type	svm_init, @function
svm_init:
# platform-c/hv/svm.c:95: 	svm_win_base = win_base;
	movl	%eax, svm_win_base	# win_base, svm_win_base
# platform-c/hv/svm.c:97: 	svm_next_window = win_base;
	movl	%eax, svm_next_window	# win_base, svm_next_window
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	xorl	%eax, %eax	# i
# platform-c/hv/svm.c:96: 	svm_win_limit = win_limit;
	movl	%edx, svm_win_limit	# tmp94, svm_win_limit
	.p2align 4
	.p2align 3
.L17:
# platform-c/hv/svm.c:63: 		__svm_stlb[i].tag = (i ^ 0x800) << PAGE_SHIFT;
	movl	%eax, %edx	# i, tmp89
# platform-c/hv/svm.c:64: 		__svm_stlb[i].mapped = 0;
	xorl	%ecx, %ecx	#
	movl	%ecx, __svm_stlb+4(,%eax,8)	#, MEM[(unsigned int *)&__svm_stlb + 4B + i_25 * 8]
# platform-c/hv/svm.c:63: 		__svm_stlb[i].tag = (i ^ 0x800) << PAGE_SHIFT;
	sall	$12, %edx	#, tmp89
	xorl	$8388608, %edx	#, tmp90
	movl	%edx, __svm_stlb(,%eax,8)	# tmp90, MEM[(unsigned int *)&__svm_stlb + i_25 * 8]
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	incl	%eax	# i
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	cmpl	$4096, %eax	#, i
	jne	.L17	#,
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L18:
# platform-c/hv/svm.c:73: 		svm_chain_page[i] = 1;
	movl	$1, %edx	#,
	movl	%edx, svm_chain_page(,%eax,4)	#, MEM[(unsigned int *)&svm_chain_page + i_22 * 4]
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	incl	%eax	# i
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	cmpl	$8192, %eax	#, i
	jne	.L18	#,
# platform-c/hv/svm.c:100: }
	ret	
	.size	svm_init, .-svm_init
	.p2align 4
	.globl	svm_next_window_used
	.type	svm_next_window_used, @function
svm_next_window_used:
# platform-c/hv/svm.c:134: 	return svm_next_window - svm_win_base;
	movl	svm_next_window, %eax	# svm_next_window, svm_next_window
	movl	svm_win_base, %edx	# svm_win_base,
	subl	%edx, %eax	#, tmp85
# platform-c/hv/svm.c:135: }
	ret	
	.size	svm_next_window_used, .-svm_next_window_used
	.p2align 4
	.globl	svm_window_area
	.type	svm_window_area, @function
svm_window_area:
# platform-c/hv/svm.c:139: 	return svm_win_limit - svm_win_base;
	movl	svm_win_limit, %eax	# svm_win_limit, svm_win_limit
	movl	svm_win_base, %edx	# svm_win_base,
	subl	%edx, %eax	#, tmp85
# platform-c/hv/svm.c:140: }
	ret	
	.size	svm_window_area, .-svm_window_area
	.p2align 4
	.globl	svm_flush
	.type	svm_flush, @function
svm_flush:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# platform-c/hv/svm.c:146: 	for (w = svm_win_base; w < svm_next_window; w += WINDOW_BYTES) {
	movl	svm_win_base, %ebx	# svm_win_base, w
# platform-c/hv/svm.c:146: 	for (w = svm_win_base; w < svm_next_window; w += WINDOW_BYTES) {
	cmpl	svm_next_window, %ebx	# svm_next_window, w
	jnb	.L24	#,
	.p2align 4
	.p2align 3
.L25:
# platform-c/hv/svm.c:147: 		__hw_set_pte(DOMID_XEN, w + PAGE_SIZE, 0);
	leal	4096(%ebx), %edx	#, tmp93
# platform-c/hv/svm.c:147: 		__hw_set_pte(DOMID_XEN, w + PAGE_SIZE, 0);
	xorl	%ecx, %ecx	#
	movl	$32752, %eax	#,
	call	__hw_set_pte	#
# platform-c/hv/svm.c:148: 		__hw_set_pte(DOMID_XEN, w + 2 * PAGE_SIZE, 0);
	leal	8192(%ebx), %edx	#, tmp94
# platform-c/hv/svm.c:148: 		__hw_set_pte(DOMID_XEN, w + 2 * PAGE_SIZE, 0);
	xorl	%ecx, %ecx	#
	movl	$32752, %eax	#,
# platform-c/hv/svm.c:146: 	for (w = svm_win_base; w < svm_next_window; w += WINDOW_BYTES) {
	addl	$12288, %ebx	#, w
# platform-c/hv/svm.c:148: 		__hw_set_pte(DOMID_XEN, w + 2 * PAGE_SIZE, 0);
	call	__hw_set_pte	#
# platform-c/hv/svm.c:146: 	for (w = svm_win_base; w < svm_next_window; w += WINDOW_BYTES) {
	cmpl	svm_next_window, %ebx	# svm_next_window, w
	jb	.L25	#,
# platform-c/hv/svm.c:150: 	svm_next_window = svm_win_base;
	movl	svm_win_base, %ebx	# svm_win_base, w
.L24:
	movl	%ebx, svm_next_window	# w, svm_next_window
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L26:
# platform-c/hv/svm.c:73: 		svm_chain_page[i] = 1;
	movl	$1, %ecx	#,
	movl	%ecx, svm_chain_page(,%eax,4)	#, MEM[(unsigned int *)&svm_chain_page + i_37 * 4]
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	incl	%eax	# i
# platform-c/hv/svm.c:72: 	for (i = 0; i < CHAIN_SLOTS; i++)
	cmpl	$8192, %eax	#, i
	jne	.L26	#,
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	xorl	%eax, %eax	# i
	.p2align 4
	.p2align 3
.L27:
# platform-c/hv/svm.c:63: 		__svm_stlb[i].tag = (i ^ 0x800) << PAGE_SHIFT;
	movl	%eax, %edx	# i, tmp97
	sall	$12, %edx	#, tmp97
	xorl	$8388608, %edx	#, tmp98
	movl	%edx, __svm_stlb(,%eax,8)	# tmp98, MEM[(unsigned int *)&__svm_stlb + i_40 * 8]
# platform-c/hv/svm.c:64: 		__svm_stlb[i].mapped = 0;
	xorl	%edx, %edx	#
	movl	%edx, __svm_stlb+4(,%eax,8)	#, MEM[(unsigned int *)&__svm_stlb + 4B + i_40 * 8]
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	incl	%eax	# i
# platform-c/hv/svm.c:62: 	for (i = 0; i < STLB_ENTRIES; i++) {
	cmpl	$4096, %eax	#, i
	jne	.L27	#,
# platform-c/hv/svm.c:154: }
	popl	%ebx	#
# platform-c/hv/svm.c:153: 	svm_flushes++;
	incl	svm_flushes	# svm_flushes
# platform-c/hv/svm.c:154: }
	popl	%ebp	#
	ret	
	.size	svm_flush, .-svm_flush
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"is not mapped in dom0"
.LC1:
	.string	"is hypervisor memory"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC2:
	.string	"exhausts the window area within one driver invocation"
	.align 4
.LC3:
	.string	"maps a frame dom0 does not own"
	.text
	.p2align 4
	.globl	svm_translate
	.type	svm_translate, @function
svm_translate:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp192, va
	pushl	%ebx	#
# platform-c/hv/svm.c:167: 	u32 page = va & PAGE_MASK, win, pte, next;
	movl	%eax, %ebx	# va, page
# platform-c/hv/svm.c:166: {
	subl	$16, %esp	#,
# platform-c/hv/svm.c:167: 	u32 page = va & PAGE_MASK, win, pte, next;
	andl	$-4096, %ebx	#, page
# platform-c/hv/svm.c:166: {
	movl	%edx, -16(%ebp)	# tmp193, %sfp
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	movl	svm_stack+8, %ecx	# svm_stack.open,
# platform-c/hv/svm.c:169: 	svm_slow_calls++;
	incl	svm_slow_calls	# svm_slow_calls
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	testl	%ecx, %ecx	#
	je	.L33	#,
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	movl	svm_stack, %edx	# svm_stack.lo, _61
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	movl	%eax, %ecx	# va, tmp147
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	movl	svm_stack+4, %eax	# svm_stack.hi, tmp149
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	subl	%edx, %ecx	# _61, tmp147
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	subl	%edx, %eax	# _61, tmp149
# platform-c/include/twin/svm-stack.h:47: 	return w->open && va - w->lo < w->hi - w->lo;
	cmpl	%eax, %ecx	# tmp149, tmp147
	jb	.L79	#,
.L33:
# platform-c/hv/svm.c:104: 	u32 h = (page >> PAGE_SHIFT) * 2654435761U;
	movl	%ebx, %eax	# page, _86
# platform-c/hv/svm.c:106: 	return h >> (32 - 13);
	movl	$8192, %ecx	#, ivtmp_100
# platform-c/hv/svm.c:104: 	u32 h = (page >> PAGE_SHIFT) * 2654435761U;
	shrl	$12, %eax	#, _86
	movl	%eax, -20(%ebp)	# _86, %sfp
# platform-c/hv/svm.c:104: 	u32 h = (page >> PAGE_SHIFT) * 2654435761U;
	imull	$-1640531535, %eax, %edi	#, _86, h
# platform-c/hv/svm.c:106: 	return h >> (32 - 13);
	shrl	$19, %edi	#, i
# platform-c/hv/svm.c:111: 	u32 i = chain_slot(page), n;
	movl	%edi, %eax	# i, i
	jmp	.L43	#
	.p2align 4,,10
	.p2align 3
.L40:
# platform-c/hv/svm.c:116: 		if (svm_chain_page[i] == 1)
	decl	%edx	# _90
	je	.L42	#,
# platform-c/hv/svm.c:113: 	for (n = 0; n < CHAIN_SLOTS; n++, i = (i + 1) & (CHAIN_SLOTS - 1)) {
	incl	%eax	# _95
# platform-c/hv/svm.c:113: 	for (n = 0; n < CHAIN_SLOTS; n++, i = (i + 1) & (CHAIN_SLOTS - 1)) {
	andl	$8191, %eax	#, i
# platform-c/hv/svm.c:113: 	for (n = 0; n < CHAIN_SLOTS; n++, i = (i + 1) & (CHAIN_SLOTS - 1)) {
	decl	%ecx	# ivtmp_100
	je	.L42	#,
.L43:
# platform-c/hv/svm.c:114: 		if (svm_chain_page[i] == page)
	movl	svm_chain_page(,%eax,4), %edx	# svm_chain_page[i_123], _90
# platform-c/hv/svm.c:114: 		if (svm_chain_page[i] == page)
	cmpl	%edx, %ebx	# _90, page
	jne	.L40	#,
# platform-c/hv/svm.c:115: 			return svm_chain_win[i];
	movl	svm_chain_win(,%eax,4), %eax	# svm_chain_win[i_123], _92
# platform-c/hv/svm.c:174: 	if (win)
	testl	%eax, %eax	# _92
	je	.L42	#,
# platform-c/hv/svm.c:158: 	struct stlb_entry *e = &__svm_stlb[(page >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	movl	-20(%ebp), %edx	# %sfp, _86
# platform-c/hv/svm.c:162: 	return win + (va & ~PAGE_MASK);
	andl	$4095, %esi	#, tmp174
# platform-c/hv/svm.c:158: 	struct stlb_entry *e = &__svm_stlb[(page >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _86
# platform-c/hv/svm.c:161: 	e->mapped = win;
	movl	%eax, __svm_stlb+4(,%edx,8)	# _92, MEM <struct stlb_entry[4096]> [(struct stlb_entry *)&__svm_stlb][_31].mapped
# platform-c/hv/svm.c:162: 	return win + (va & ~PAGE_MASK);
	addl	%esi, %eax	# tmp174, <retval>
# platform-c/hv/svm.c:160: 	e->tag = page;
	movl	%ebx, __svm_stlb(,%edx,8)	# page, MEM <struct stlb_entry[4096]> [(struct stlb_entry *)&__svm_stlb][_31].tag
.L32:
# platform-c/hv/svm.c:210: }
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L79:
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	movl	svm_stack+12, %ecx	# svm_stack.n, _33
# platform-c/include/twin/svm-stack.h:53: 	unsigned int page = va & ~0xfffU, i = (va >> 12) & 0xfffU, k;
	movl	%esi, %edx	# va, tmp151
	shrl	$12, %edx	#, tmp151
# platform-c/include/twin/svm-stack.h:53: 	unsigned int page = va & ~0xfffU, i = (va >> 12) & 0xfffU, k;
	andl	$4095, %edx	#, i
# platform-c/include/twin/svm-stack.h:55: 	stlb[2 * i] = page;
	leal	0(,%edx,8), %eax	#, _73
# platform-c/include/twin/svm-stack.h:55: 	stlb[2 * i] = page;
	movl	%ebx, __svm_stlb(%eax)	# page, *_74
# platform-c/include/twin/svm-stack.h:56: 	stlb[2 * i + 1] = page;
	movl	%ebx, __svm_stlb+4(%eax)	# page, *_76
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	xorl	%eax, %eax	# k
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	testl	%ecx, %ecx	# _33
	jne	.L34	#,
	jmp	.L80	#
	.p2align 4,,10
	.p2align 3
.L37:
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	incl	%eax	# k
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	cmpl	%eax, %ecx	# k, _33
	je	.L36	#,
.L34:
	cmpl	svm_stack+16(,%eax,4), %edx	# MEM[(unsigned int *)&svm_stack + 16B + k_53 * 4], i
	jne	.L37	#,
.L36:
# platform-c/include/twin/svm-stack.h:59: 	if (k == w->n && w->n < SVM_STACK_MAX_PAGES)
	cmpl	$64, %ecx	#, _33
	je	.L38	#,
	cmpl	%eax, %ecx	# k, _33
	je	.L81	#,
.L38:
# platform-c/include/twin/svm-stack.h:61: 	w->fills++;
	incl	svm_stack+272	# svm_stack.fills
# platform-c/hv/svm.c:210: }
	addl	$16, %esp	#,
	popl	%ebx	#
# platform-c/hv/svm.c:172: 		return svm_stack_fill(&svm_stack, (unsigned int *)__svm_stlb, va);
	movl	%esi, %eax	# va, <retval>
# platform-c/hv/svm.c:210: }
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L42:
# platform-c/hv/svm.c:176: 	if (va >= HV_REGION_START) {
	cmpl	$-67108865, %esi	#, va
	movl	$.LC1, %eax	#, _97
	jbe	.L82	#,
.L44:
# platform-c/hv/svm.c:182: 		*why = "is not mapped in dom0";
	movl	-16(%ebp), %edi	# %sfp, why
	movl	%eax, (%edi)	# _97, *why_38(D)
# platform-c/hv/svm.c:210: }
	addl	$16, %esp	#,
# platform-c/hv/svm.c:178: 		return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/svm.c:210: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L82:
# platform-c/hv/svm.c:180: 	pte = __hw_pte(DOMID_DOM0, va);
	movl	%esi, %edx	# va,
	xorl	%eax, %eax	#
	call	__hw_pte	#
	movl	%eax, %edx	# tmp194, pte
	movl	$.LC0, %eax	#, _97
# platform-c/hv/svm.c:181: 	if (!(pte & PTE_P)) {
	testb	$1, %dl	#, pte
	je	.L44	#,
# platform-c/hv/svm.c:185: 	if (!dom0_owns(pte >> PAGE_SHIFT)) {
	movl	%edx, -24(%ebp)	# pte, %sfp
	movl	%edx, %eax	# pte, tmp176
	shrl	$12, %eax	#, tmp176
	call	dom0_owns	#
# platform-c/hv/svm.c:185: 	if (!dom0_owns(pte >> PAGE_SHIFT)) {
	testl	%eax, %eax	# tmp195
	je	.L55	#,
# platform-c/hv/svm.c:189: 	if (svm_next_window + WINDOW_BYTES > svm_win_limit) {
	movl	svm_next_window, %eax	# svm_next_window, svm_next_window.8_6
# platform-c/hv/svm.c:189: 	if (svm_next_window + WINDOW_BYTES > svm_win_limit) {
	movl	-24(%ebp), %edx	# %sfp, pte
# platform-c/hv/svm.c:189: 	if (svm_next_window + WINDOW_BYTES > svm_win_limit) {
	movl	%eax, -28(%ebp)	# svm_next_window.8_6, %sfp
	addl	$12288, %eax	#, _7
# platform-c/hv/svm.c:189: 	if (svm_next_window + WINDOW_BYTES > svm_win_limit) {
	cmpl	%eax, svm_win_limit	# _7, svm_win_limit
	jnb	.L46	#,
# platform-c/hv/svm.c:192: 		if (svm_invocations) {
	movl	svm_invocations, %edx	# svm_invocations,
	movl	$.LC2, %eax	#, _97
	testl	%edx, %edx	#
	jne	.L44	#,
# platform-c/hv/svm.c:196: 		svm_flush();
	call	svm_flush	#
# platform-c/hv/svm.c:198: 	win = svm_next_window + PAGE_SIZE;
	movl	svm_next_window, %eax	# svm_next_window, svm_next_window.8_6
# platform-c/hv/svm.c:199: 	svm_next_window += WINDOW_BYTES;
	movl	-24(%ebp), %edx	# %sfp, pte
# platform-c/hv/svm.c:198: 	win = svm_next_window + PAGE_SIZE;
	movl	%eax, -28(%ebp)	# svm_next_window.8_6, %sfp
# platform-c/hv/svm.c:199: 	svm_next_window += WINDOW_BYTES;
	addl	$12288, %eax	#, _7
.L46:
	movl	%eax, svm_next_window	# _7, svm_next_window
# platform-c/hv/svm.c:198: 	win = svm_next_window + PAGE_SIZE;
	movl	-28(%ebp), %ecx	# %sfp, svm_next_window.8_6
# platform-c/hv/svm.c:200: 	__hw_set_pte(DOMID_XEN, win, (pte & PAGE_MASK) | (pte & PTE_W) | PTE_P);
	andl	$-4094, %edx	#, tmp177
# platform-c/hv/svm.c:200: 	__hw_set_pte(DOMID_XEN, win, (pte & PAGE_MASK) | (pte & PTE_W) | PTE_P);
	movl	%edx, %eax	# tmp177, tmp177
	orl	$1, %eax	#, tmp177
# platform-c/hv/svm.c:198: 	win = svm_next_window + PAGE_SIZE;
	addl	$4096, %ecx	#, win
	movl	%ecx, -16(%ebp)	# win, %sfp
# platform-c/hv/svm.c:200: 	__hw_set_pte(DOMID_XEN, win, (pte & PAGE_MASK) | (pte & PTE_W) | PTE_P);
	movl	%eax, %ecx	# tmp177, tmp178
# platform-c/hv/svm.c:200: 	__hw_set_pte(DOMID_XEN, win, (pte & PAGE_MASK) | (pte & PTE_W) | PTE_P);
	movl	$32752, %eax	#,
	movl	-16(%ebp), %edx	# %sfp,
	call	__hw_set_pte	#
# platform-c/hv/svm.c:202: 	if (page + PAGE_SIZE < HV_REGION_START) {
	leal	4096(%ebx), %edx	#, _14
# platform-c/hv/svm.c:202: 	if (page + PAGE_SIZE < HV_REGION_START) {
	cmpl	$-67112960, %ebx	#, page
	je	.L78	#,
# platform-c/hv/svm.c:203: 		next = __hw_pte(DOMID_DOM0, page + PAGE_SIZE);
	xorl	%eax, %eax	#
	call	__hw_pte	#
# platform-c/hv/svm.c:204: 		if ((next & PTE_P) && dom0_owns(next >> PAGE_SHIFT))
	testb	$1, %al	#, next
	je	.L78	#,
# platform-c/hv/svm.c:204: 		if ((next & PTE_P) && dom0_owns(next >> PAGE_SHIFT))
	movl	%eax, -24(%ebp)	# next, %sfp
	shrl	$12, %eax	#, tmp180
	call	dom0_owns	#
# platform-c/hv/svm.c:204: 		if ((next & PTE_P) && dom0_owns(next >> PAGE_SHIFT))
	movl	-24(%ebp), %edx	# %sfp, next
	testl	%eax, %eax	# tmp197
	je	.L78	#,
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	andl	$-4094, %edx	#, tmp181
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	movl	$32752, %eax	#,
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	movl	%edx, %ecx	# tmp181, tmp181
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	movl	-28(%ebp), %edx	# %sfp, svm_next_window.8_6
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	orl	$1, %ecx	#, tmp181
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	addl	$8192, %edx	#, svm_next_window.8_6
# platform-c/hv/svm.c:205: 			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	call	__hw_set_pte	#
	jmp	.L78	#
	.p2align 4,,10
	.p2align 3
.L51:
# platform-c/hv/svm.c:127: 		i = (i + 1) & (CHAIN_SLOTS - 1);
	incl	%edi	# _102
# platform-c/hv/svm.c:127: 		i = (i + 1) & (CHAIN_SLOTS - 1);
	andl	$8191, %edi	#, i
.L78:
# platform-c/hv/svm.c:126: 	while (svm_chain_page[i] != 1)
	cmpl	$1, svm_chain_page(,%edi,4)	#,
	jne	.L51	#,
# platform-c/hv/svm.c:158: 	struct stlb_entry *e = &__svm_stlb[(page >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	movl	-20(%ebp), %eax	# %sfp, _86
# platform-c/hv/svm.c:162: 	return win + (va & ~PAGE_MASK);
	andl	$4095, %esi	#, tmp190
# platform-c/hv/svm.c:128: 	svm_chain_page[i] = page;
	movl	%ebx, svm_chain_page(,%edi,4)	# page, svm_chain_page[i_91]
# platform-c/hv/svm.c:129: 	svm_chain_win[i] = win;
	movl	-16(%ebp), %ecx	# %sfp, win
# platform-c/hv/svm.c:208: 	svm_windows++;
	incl	svm_windows	# svm_windows
# platform-c/hv/svm.c:158: 	struct stlb_entry *e = &__svm_stlb[(page >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	andl	$4095, %eax	#, _86
# platform-c/hv/svm.c:160: 	e->tag = page;
	movl	%ebx, __svm_stlb(,%eax,8)	# page, MEM <struct stlb_entry[4096]> [(struct stlb_entry *)&__svm_stlb][_57].tag
# platform-c/hv/svm.c:161: 	e->mapped = win;
	movl	%ecx, __svm_stlb+4(,%eax,8)	# win, MEM <struct stlb_entry[4096]> [(struct stlb_entry *)&__svm_stlb][_57].mapped
# platform-c/hv/svm.c:162: 	return win + (va & ~PAGE_MASK);
	leal	(%esi,%ecx), %eax	#, <retval>
# platform-c/hv/svm.c:129: 	svm_chain_win[i] = win;
	movl	%ecx, svm_chain_win(,%edi,4)	# win, svm_chain_win[i_91]
# platform-c/hv/svm.c:209: 	return stlb_fill(page, win, va);
	jmp	.L32	#
.L81:
# platform-c/include/twin/svm-stack.h:60: 		w->index[w->n++] = i;
	leal	1(%ecx), %eax	#, _126
.L35:
	movl	%eax, svm_stack+12	# _126, svm_stack.n
# platform-c/include/twin/svm-stack.h:60: 		w->index[w->n++] = i;
	movl	%edx, svm_stack+16(,%ecx,4)	# i, svm_stack.index[_77]
	jmp	.L38	#
.L55:
	movl	$.LC3, %eax	#, _97
	jmp	.L44	#
.L80:
# platform-c/include/twin/svm-stack.h:57: 	for (k = 0; k < w->n && w->index[k] != i; k++)
	movl	$1, %eax	#, _126
	jmp	.L35	#
	.size	svm_translate, .-svm_translate
	.p2align 4
	.globl	svm_try
	.type	svm_try, @function
svm_try:
# platform-c/hv/svm.c:214: 	const struct stlb_entry *e = &__svm_stlb[(va >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	movl	%eax, %edx	# va, tmp91
# platform-c/hv/svm.c:213: {
	movl	%eax, %ecx	# tmp97, va
# platform-c/hv/svm.c:214: 	const struct stlb_entry *e = &__svm_stlb[(va >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	shrl	$12, %edx	#, tmp91
# platform-c/hv/svm.c:214: 	const struct stlb_entry *e = &__svm_stlb[(va >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	andl	$4095, %edx	#, _2
# platform-c/hv/svm.c:216: 	u32 off = va ^ e->tag;
	xorl	__svm_stlb(,%edx,8), %eax	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_2].tag, off
# platform-c/hv/svm.c:218: 	if (likely(off <= 0xfff))
	cmpl	$4095, %eax	#, off
	ja	.L84	#,
# platform-c/hv/svm.c:219: 		return (void *)(off + e->mapped);
	movl	__svm_stlb+4(,%edx,8), %ecx	# MEM <struct stlb_entry[4096]> [(const struct stlb_entry *)&__svm_stlb][_2].mapped,
	addl	%ecx, %eax	#, <retval>
# platform-c/hv/svm.c:221: }
	ret	
	.p2align 4,,10
	.p2align 3
.L84:
# platform-c/hv/svm.c:213: {
	pushl	%ebp	#
# platform-c/hv/svm.c:220: 	return (void *)svm_translate(va, &why);
	movl	%ecx, %eax	# va,
# platform-c/hv/svm.c:213: {
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hv/svm.c:220: 	return (void *)svm_translate(va, &why);
	leal	-4(%ebp), %edx	#, tmp102
	call	svm_translate	#
# platform-c/hv/svm.c:221: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	svm_try, .-svm_try
	.p2align 4
	.globl	svm_translate_host
	.type	svm_translate_host, @function
svm_translate_host:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hv/svm.c:228: 	return svm_translate(va, &why);
	leal	-4(%ebp), %edx	#, tmp89
	call	svm_translate	#
# platform-c/hv/svm.c:229: }
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	svm_translate_host, .-svm_translate_host
	.section	.rodata.str1.1
.LC4:
	.string	""
	.text
	.p2align 4
	.globl	svm_slow_hv
	.type	svm_slow_hv, @function
svm_slow_hv:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$12, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# platform-c/hv/svm.c:241: 	u32 t = svm_translate(va, &why);
	leal	-8(%ebp), %edx	#, tmp93
# platform-c/hv/svm.c:239: {
	movl	%eax, %ebx	# tmp90, va
# platform-c/hv/svm.c:240: 	const char *why = "";
	movl	$.LC4, -8(%ebp)	#, why
# platform-c/hv/svm.c:241: 	u32 t = svm_translate(va, &why);
	call	svm_translate	#
# platform-c/hv/svm.c:243: 	if (!t)
	testl	%eax, %eax	# t
	je	.L94	#,
# platform-c/hv/svm.c:246: }
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L94:
# platform-c/hv/svm.c:234: 	__hw_abort(SAFETY_SVM_ACCESS, va, site, why);
	movl	-8(%ebp), %eax	# why, why.15_1
	xorl	%ecx, %ecx	#
	movl	%ebx, %edx	# va,
# platform-c/hv/svm.c:233: 	svm_refusals++;
	incl	svm_refusals	# svm_refusals
# platform-c/hv/svm.c:234: 	__hw_abort(SAFETY_SVM_ACCESS, va, site, why);
	movl	%eax, (%esp)	# why.15_1,
	movl	$1, %eax	#,
	call	__hw_abort	#
	.size	svm_slow_hv, .-svm_slow_hv
	.p2align 4
	.globl	svm_slow_driver
	.type	svm_slow_driver, @function
svm_slow_driver:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -8(%ebp)	#,
	movl	%eax, %ebx	# tmp90, va
	movl	%esi, -4(%ebp)	#,
# platform-c/hv/svm.c:250: {
	movl	%edx, %esi	# tmp91, site
# platform-c/hv/svm.c:251: 	const char *why = "";
	movl	$.LC4, -12(%ebp)	#, why
# platform-c/hv/svm.c:252: 	u32 t = svm_translate(va, &why);
	leal	-12(%ebp), %edx	#, tmp94
	call	svm_translate	#
# platform-c/hv/svm.c:254: 	if (!t)
	testl	%eax, %eax	# <retval>
	je	.L98	#,
# platform-c/hv/svm.c:257: }
	movl	-8(%ebp), %ebx	#,
	movl	-4(%ebp), %esi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
.L98:
# platform-c/hv/svm.c:234: 	__hw_abort(SAFETY_SVM_ACCESS, va, site, why);
	movl	-12(%ebp), %eax	# why, why.17_1
	movl	%esi, %ecx	# site,
	movl	%ebx, %edx	# va,
# platform-c/hv/svm.c:233: 	svm_refusals++;
	incl	svm_refusals	# svm_refusals
# platform-c/hv/svm.c:234: 	__hw_abort(SAFETY_SVM_ACCESS, va, site, why);
	movl	%eax, (%esp)	# why.17_1,
	movl	$1, %eax	#,
	call	__hw_abort	#
	.size	svm_slow_driver, .-svm_slow_driver
	.section	.rodata.str1.4
	.align 4
.LC5:
	.string	"indirect transfer: not module code and not a kernel routine"
	.text
	.p2align 4
	.globl	svm_call_xlate
	.type	svm_call_xlate, @function
svm_call_xlate:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
# platform-c/hv/svm.c:262: 	u32 lo = 0, hi = xlate_count;
	xorl	%esi, %esi	# lo
# platform-c/hv/svm.c:261: {
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp97, target
	subl	$4, %esp	#,
# platform-c/hv/svm.c:262: 	u32 lo = 0, hi = xlate_count;
	movl	xlate_count, %ecx	# xlate_count, hi
# platform-c/hv/svm.c:264: 	xlate_calls++;
	incl	xlate_calls	# xlate_calls
# platform-c/hv/svm.c:265: 	while (lo < hi) {
	jmp	.L102	#
	.p2align 4,,10
	.p2align 3
.L110:
# platform-c/hv/svm.c:270: 		if (xlate_from[mid] < target)
	jb	.L108	#,
# platform-c/hv/svm.c:266: 		u32 mid = (lo + hi) / 2;
	movl	%eax, %ecx	# mid, hi
.L102:
# platform-c/hv/svm.c:265: 	while (lo < hi) {
	cmpl	%ecx, %esi	# hi, lo
	jnb	.L109	#,
# platform-c/hv/svm.c:266: 		u32 mid = (lo + hi) / 2;
	leal	(%esi,%ecx), %eax	#, tmp92
# platform-c/hv/svm.c:266: 		u32 mid = (lo + hi) / 2;
	shrl	%eax	# mid
# platform-c/hv/svm.c:268: 		if (xlate_from[mid] == target)
	cmpl	%ebx, xlate_from(,%eax,4)	# target, xlate_from[mid_15]
	jne	.L110	#,
# platform-c/hv/svm.c:269: 			return xlate_to[mid];
	movl	xlate_to(,%eax,4), %eax	# xlate_to[mid_15], xlate_to[mid_15]
# platform-c/hv/svm.c:276: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L108:
# platform-c/hv/svm.c:271: 			lo = mid + 1;
	leal	1(%eax), %esi	#, lo
	jmp	.L102	#
.L109:
# platform-c/hv/svm.c:275: 	__hw_abort(SAFETY_INDIRECT, target, site, "indirect transfer: not module code and not a kernel routine");
	movl	$.LC5, (%esp)	#,
	movl	%edx, %ecx	# site,
	movl	$3, %eax	#,
	movl	%ebx, %edx	# target,
	call	__hw_abort	#
	.size	svm_call_xlate, .-svm_call_xlate
	.p2align 4
	.globl	svm_xlate_add
	.type	svm_xlate_add, @function
svm_xlate_add:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# platform-c/hv/svm.c:283: 	if (xlate_count >= MAX_XLATE)
	movl	xlate_count, %ebx	# xlate_count, xlate_count.19_1
# platform-c/hv/svm.c:283: 	if (xlate_count >= MAX_XLATE)
	cmpl	$511, %ebx	#, xlate_count.19_1
	ja	.L117	#,
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	testl	%ebx, %ebx	# xlate_count.19_1
	movl	%eax, %ecx	# tmp99, from
	movl	%edx, %esi	# tmp100, to
	movl	%ebx, %eax	# xlate_count.19_1, _3
	jne	.L113	#,
	jmp	.L115	#
	.p2align 4,,10
	.p2align 3
.L116:
# platform-c/hv/svm.c:286: 		xlate_from[i] = xlate_from[i - 1];
	movl	%edx, xlate_from+4(,%eax,4)	# _4, MEM[(unsigned int *)&xlate_from + 4B + _3 * 4]
# platform-c/hv/svm.c:287: 		xlate_to[i] = xlate_to[i - 1];
	movl	xlate_to(,%eax,4), %edx	# MEM[(unsigned int *)&xlate_to + _3 * 4], _2
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	testl	%eax, %eax	# _3
# platform-c/hv/svm.c:287: 		xlate_to[i] = xlate_to[i - 1];
	movl	%edx, xlate_to+4(,%eax,4)	# _2, MEM[(unsigned int *)&xlate_to + 4B + _3 * 4]
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	je	.L115	#,
.L113:
	movl	%eax, %edi	# _3, i
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	decl	%eax	# _3
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	movl	xlate_from(,%eax,4), %edx	# MEM[(unsigned int *)&xlate_from + _3 * 4], _4
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	cmpl	%edx, %ecx	# _4, from
	jb	.L116	#,
.L114:
# platform-c/hv/svm.c:289: 	xlate_from[i] = from;
	movl	%ecx, xlate_from(,%edi,4)	# from, xlate_from[i_11]
# platform-c/hv/svm.c:291: 	xlate_count++;
	incl	%ebx	# tmp97
# platform-c/hv/svm.c:292: 	return 0;
	xorl	%eax, %eax	# <retval>
# platform-c/hv/svm.c:290: 	xlate_to[i] = to;
	movl	%esi, xlate_to(,%edi,4)	# to, xlate_to[i_11]
# platform-c/hv/svm.c:291: 	xlate_count++;
	movl	%ebx, xlate_count	# tmp97, xlate_count
.L111:
# platform-c/hv/svm.c:293: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L115:
# platform-c/hv/svm.c:285: 	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
	xorl	%edi, %edi	# i
	jmp	.L114	#
.L117:
# platform-c/hv/svm.c:284: 		return -1;
	movl	$-1, %eax	#, <retval>
	jmp	.L111	#
	.size	svm_xlate_add, .-svm_xlate_add
	.section	.rodata.str1.4
	.align 4
.LC6:
	.string	"return out of the hypervisor instance's text, not where the invocation came from"
	.text
	.p2align 4
	.globl	svm_bad_return_out
	.type	svm_bad_return_out, @function
svm_bad_return_out:
	pushl	%ebp	#
	movl	%edx, %ecx	# tmp85, site
	movl	%esp, %ebp	#,
	subl	$4, %esp	#,
# platform-c/hv/svm.c:297: 	__hw_abort(SAFETY_BAD_RETURN, to, site, "return out of the hypervisor instance's text, not where the invocation came from");
	movl	$.LC6, (%esp)	#,
	movl	%eax, %edx	# to,
	movl	$4, %eax	#,
	call	__hw_abort	#
	.size	svm_bad_return_out, .-svm_bad_return_out
	.globl	xlate_calls
	.bss
	.align 4
	.type	xlate_calls, @object
	.size	xlate_calls, 4
xlate_calls:
	.zero	4
	.globl	xlate_count
	.align 4
	.type	xlate_count, @object
	.size	xlate_count, 4
xlate_count:
	.zero	4
	.globl	xlate_to
	.align 32
	.type	xlate_to, @object
	.size	xlate_to, 2048
xlate_to:
	.zero	2048
	.globl	xlate_from
	.align 32
	.type	xlate_from, @object
	.size	xlate_from, 2048
xlate_from:
	.zero	2048
	.globl	svm_chain_slots
	.section	.rodata
	.align 4
	.type	svm_chain_slots, @object
	.size	svm_chain_slots, 4
svm_chain_slots:
	.long	8192
	.globl	svm_refusals
	.bss
	.align 4
	.type	svm_refusals, @object
	.size	svm_refusals, 4
svm_refusals:
	.zero	4
	.globl	svm_slow_calls
	.align 4
	.type	svm_slow_calls, @object
	.size	svm_slow_calls, 4
svm_slow_calls:
	.zero	4
	.globl	svm_flushes
	.align 4
	.type	svm_flushes, @object
	.size	svm_flushes, 4
svm_flushes:
	.zero	4
	.globl	svm_windows
	.align 4
	.type	svm_windows, @object
	.size	svm_windows, 4
svm_windows:
	.zero	4
	.globl	svm_chain_win
	.align 32
	.type	svm_chain_win, @object
	.size	svm_chain_win, 32768
svm_chain_win:
	.zero	32768
	.globl	svm_chain_page
	.align 32
	.type	svm_chain_page, @object
	.size	svm_chain_page, 32768
svm_chain_page:
	.zero	32768
	.globl	svm_invocations
	.align 4
	.type	svm_invocations, @object
	.size	svm_invocations, 4
svm_invocations:
	.zero	4
	.globl	svm_next_window
	.align 4
	.type	svm_next_window, @object
	.size	svm_next_window, 4
svm_next_window:
	.zero	4
	.globl	svm_win_limit
	.align 4
	.type	svm_win_limit, @object
	.size	svm_win_limit, 4
svm_win_limit:
	.zero	4
	.globl	svm_win_base
	.align 4
	.type	svm_win_base, @object
	.size	svm_win_base, 4
svm_win_base:
	.zero	4
	.globl	svm_vif
	.type	svm_vif, @object
	.size	svm_vif, 1
svm_vif:
	.zero	1
	.globl	svm_stack
	.align 32
	.type	svm_stack, @object
	.size	svm_stack, 276
svm_stack:
	.zero	276
	.globl	__svm_stlb
	.align 4096
	.type	__svm_stlb, @object
	.size	__svm_stlb, 32768
__svm_stlb:
	.zero	32768
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
