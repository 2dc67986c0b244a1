	.file	"e1000_hw.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m32 -msoft-float -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mstack-protector-guard-reg=fs -mstack-protector-guard-symbol=__stack_chk_guard -mindirect-branch=thunk-extern -mindirect-branch-register -mindirect-branch-cs-prefix -O2 -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fcf-protection=none -freg-struct-return -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-jump-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fstack-protector-strong -fno-omit-frame-pointer -fno-optimize-sibling-calls -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
	.p2align 4
	.type	e1000_acquire_eeprom, @function
e1000_acquire_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp130, hw
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3666: 	eecd = er32(EECD);
	movl	(%eax), %eax	# hw_31(D)->hw_addr, tmp132
	addl	$16, %eax	#, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3669: 	if (hw->mac_type > e1000_82544) {
#NO_APP
	cmpl	$4, 12(%esi)	#, hw_31(D)->mac_type
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%eax, %edx	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3669: 	if (hw->mac_type > e1000_82544) {
	jbe	.L2	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3671: 		ew32(EECD, eecd);
	movl	(%esi), %ecx	# hw_31(D)->hw_addr, tmp133
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3670: 		eecd |= E1000_EECD_REQ;
	orl	$64, %eax	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,16(%ecx)	# eecd, MEM[(volatile unsigned int *)_5]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3672: 		eecd = er32(EECD);
#NO_APP
	movl	(%esi), %eax	# hw_31(D)->hw_addr, tmp134
	addl	$16, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3673: 		while ((!(eecd & E1000_EECD_GNT)) &&
#NO_APP
	testb	$-128, %al	#, ret
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%eax, %edx	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3673: 		while ((!(eecd & E1000_EECD_GNT)) &&
	jne	.L2	#,
	movl	$1000, %ebx	#, ivtmp_32
	jmp	.L3	#
	.p2align 4,,10
	.p2align 3
.L13:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3673: 		while ((!(eecd & E1000_EECD_GNT)) &&
	decl	%ebx	# ivtmp_32
	je	.L12	#,
.L3:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3676: 			udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3677: 			eecd = er32(EECD);
	movl	(%esi), %eax	# hw_31(D)->hw_addr, tmp135
	addl	$16, %eax	#, _9
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_9], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3673: 		while ((!(eecd & E1000_EECD_GNT)) &&
#NO_APP
	testb	$-128, %al	#, ret
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%eax, %edx	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3673: 		while ((!(eecd & E1000_EECD_GNT)) &&
	je	.L13	#,
.L2:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3689: 	if (eeprom->type == e1000_eeprom_microwire) {
	movl	60(%esi), %eax	# MEM[(struct e1000_eeprom_info *)hw_31(D) + 60B].type, _15
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3689: 	if (eeprom->type == e1000_eeprom_microwire) {
	cmpl	$2, %eax	#, _15
	je	.L14	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3697: 	} else if (eeprom->type == e1000_eeprom_spi) {
	decl	%eax	# _15
	je	.L15	#,
.L7:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3705: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L1:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3706: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L14:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3692: 		ew32(EECD, eecd);
	movl	(%esi), %eax	# hw_31(D)->hw_addr, tmp136
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3691: 		eecd &= ~(E1000_EECD_DI | E1000_EECD_SK);
	andl	$-6, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_17]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3696: 		ew32(EECD, eecd);
#NO_APP
	movl	(%esi), %eax	# hw_31(D)->hw_addr, hw_31(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3695: 		eecd |= E1000_EECD_CS;
	orl	$2, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_19]
# 0 "" 2
#NO_APP
	jmp	.L7	#
	.p2align 4,,10
	.p2align 3
.L15:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3700: 		ew32(EECD, eecd);
	movl	(%esi), %eax	# hw_31(D)->hw_addr, tmp137
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3699: 		eecd &= ~(E1000_EECD_CS | E1000_EECD_SK);
	andl	$-4, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_22]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3701: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%esi), %eax	# hw_31(D)->hw_addr, hw_31(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_24], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3702: 		udelay(1);
#NO_APP
	movl	$4295, %eax	#,
	call	__const_udelay	#
	jmp	.L7	#
.L12:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3681: 			ew32(EECD, eecd);
	movl	(%esi), %edx	# hw_31(D)->hw_addr, hw_31(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3680: 			eecd &= ~E1000_EECD_REQ;
	andl	$-65, %eax	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,16(%edx)	# eecd, MEM[(volatile unsigned int *)_13]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3683: 			return -E1000_ERR_EEPROM;
#NO_APP
	movl	$-1, %eax	#, <retval>
	jmp	.L1	#
	.size	e1000_acquire_eeprom, .-e1000_acquire_eeprom
	.p2align 4
	.type	e1000_shift_out_ee_bits, @function
e1000_shift_out_ee_bits:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3579: 	mask = 0x01 << (count - 1);
	decb	%cl	# tmp123
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3570: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp145, hw
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3570: {
	movzwl	%dx, %eax	# tmp146, data
	movl	%eax, -20(%ebp)	# data, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3579: 	mask = 0x01 << (count - 1);
	movl	$1, %edx	#, tmp124
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3580: 	eecd = er32(EECD);
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp154
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3579: 	mask = 0x01 << (count - 1);
	sall	%cl, %edx	# tmp123, mask
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%ecx	# MEM[(volatile unsigned int *)_6], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3581: 	if (eeprom->type == e1000_eeprom_microwire)
#NO_APP
	movl	60(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_34(D) + 60B].type, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%ecx, %edi	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3581: 	if (eeprom->type == e1000_eeprom_microwire)
	cmpl	$2, %eax	#, _7
	je	.L26	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3583: 	else if (eeprom->type == e1000_eeprom_spi)
	decl	%eax	# _7
	je	.L27	#,
	.p2align 4
	.p2align 3
.L20:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3593: 		eecd &= ~E1000_EECD_DI;
	andl	$-5, %edi	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3595: 		if (data & mask)
	testl	%edx, -20(%ebp)	# mask, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3593: 		eecd &= ~E1000_EECD_DI;
	movl	%edi, %esi	# ret, _11
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3595: 		if (data & mask)
	je	.L19	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3596: 			eecd |= E1000_EECD_DI;
	orl	$4, %esi	#, _11
.L19:
	movl	%edx, -16(%ebp)	# mask, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3598: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp157
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# _11, MEM[(volatile unsigned int *)_16]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3599: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp158
	addl	$8, %eax	#, _19
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_19], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3601: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_34(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_34(D) + 60B].delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3541: 	*eecd = *eecd | E1000_EECD_SK;
	movl	%esi, %ecx	# _11, _75
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3542: 	ew32(EECD, *eecd);
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp160
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3541: 	*eecd = *eecd | E1000_EECD_SK;
	orl	$1, %ecx	#, _75
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,16(%eax)	# _75, MEM[(volatile unsigned int *)_77]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3543: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp161
	addl	$8, %eax	#, _79
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_79], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3544: 	udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# hw_34(D)->eeprom.delay_usec, hw_34(D)->eeprom.delay_usec
	movl	%esi, %edi	# _11, ret
	andl	$-2, %edi	#, ret
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3558: 	ew32(EECD, *eecd);
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp163
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,16(%eax)	# ret, MEM[(volatile unsigned int *)_64]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3559: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, tmp164
	addl	$8, %eax	#, _66
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_66], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3560: 	udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# hw_34(D)->eeprom.delay_usec, hw_34(D)->eeprom.delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3608: 	} while (mask);
	movl	-16(%ebp), %edx	# %sfp, mask
	shrl	%edx	# mask
	jne	.L20	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3612: 	ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_34(D)->hw_addr, hw_34(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3611: 	eecd &= ~E1000_EECD_DI;
	andl	$-6, %esi	#, _27
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# _27, MEM[(volatile unsigned int *)_29]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3613: }
#NO_APP
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L27:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3584: 		eecd |= E1000_EECD_DO;
	orl	$8, %edi	#, ret
	jmp	.L20	#
	.p2align 4,,10
	.p2align 3
.L26:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3582: 		eecd &= ~E1000_EECD_DO;
	andl	$-9, %edi	#, ret
	jmp	.L20	#
	.size	e1000_shift_out_ee_bits, .-e1000_shift_out_ee_bits
	.p2align 4
	.type	e1000_standby_eeprom, @function
e1000_standby_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3713: {
	movl	%eax, %ebx	# tmp161, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3717: 	eecd = er32(EECD);
	movl	(%eax), %eax	# hw_69(D)->hw_addr, tmp163
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%esi	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3719: 	if (eeprom->type == e1000_eeprom_microwire) {
#NO_APP
	movl	60(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].type, _3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3719: 	if (eeprom->type == e1000_eeprom_microwire) {
	cmpl	$2, %eax	#, _3
	je	.L33	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3742: 	} else if (eeprom->type == e1000_eeprom_spi) {
	decl	%eax	# _3
	je	.L34	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3753: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L34:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3744: 		eecd |= E1000_EECD_CS;
	movl	%esi, %edx	# ret, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3745: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp176
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3744: 		eecd |= E1000_EECD_CS;
	orl	$2, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_45]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3746: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp177
	addl	$8, %eax	#, _47
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_47], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3747: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec
	andl	$-3, %esi	#, _102
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3749: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp178
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# _102, MEM[(volatile unsigned int *)_55]
# 0 "" 2
#NO_APP
.L32:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3750: 		E1000_WRITE_FLUSH();
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp179
	addl	$8, %eax	#, _57
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _57, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3751: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3753: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L33:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3721: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp164
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3720: 		eecd &= ~(E1000_EECD_CS | E1000_EECD_SK);
	andl	$-4, %esi	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# eecd, MEM[(volatile unsigned int *)_5]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3722: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp165
	addl	$8, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3723: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3726: 		eecd |= E1000_EECD_SK;
	movl	%esi, %edx	# eecd, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3727: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp167
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3726: 		eecd |= E1000_EECD_SK;
	orl	$1, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_15]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3728: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp168
	addl	$8, %eax	#, _17
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_17], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3729: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3732: 		eecd |= E1000_EECD_CS;
	movl	%esi, %edx	# eecd, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3733: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp170
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3732: 		eecd |= E1000_EECD_CS;
	orl	$3, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_25]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3734: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_69(D)->hw_addr, tmp171
	addl	$8, %eax	#, _27
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_27], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3735: 		udelay(eeprom->delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec, MEM[(struct e1000_eeprom_info *)hw_69(D) + 60B].delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3738: 		eecd &= ~E1000_EECD_SK;
	movl	%esi, %eax	# eecd, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3739: 		ew32(EECD, eecd);
	movl	(%ebx), %ecx	# hw_69(D)->hw_addr, tmp173
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3738: 		eecd &= ~E1000_EECD_SK;
	orl	$2, %eax	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,16(%ecx)	# eecd, MEM[(volatile unsigned int *)_35]
# 0 "" 2
#NO_APP
	jmp	.L32	#
	.size	e1000_standby_eeprom, .-e1000_standby_eeprom
	.p2align 4
	.type	e1000_release_eeprom, @function
e1000_release_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3762: {
	movl	%eax, %ebx	# tmp134, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3765: 	eecd = er32(EECD);
	movl	(%eax), %eax	# hw_45(D)->hw_addr, tmp136
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%esi	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3767: 	if (hw->eeprom.type == e1000_eeprom_spi) {
#NO_APP
	movl	60(%ebx), %eax	# hw_45(D)->eeprom.type, _3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3767: 	if (hw->eeprom.type == e1000_eeprom_spi) {
	cmpl	$1, %eax	#, _3
	je	.L41	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3775: 	} else if (hw->eeprom.type == e1000_eeprom_microwire) {
	cmpl	$2, %eax	#, _3
	je	.L42	#,
.L37:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3797: 	if (hw->mac_type > e1000_82544) {
	cmpl	$4, 12(%ebx)	#, hw_45(D)->mac_type
	jbe	.L35	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3798: 		eecd &= ~E1000_EECD_REQ;
	andl	$-65, %esi	#, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3799: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_45(D)->hw_addr, hw_45(D)->hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# eecd, MEM[(volatile unsigned int *)_38]
# 0 "" 2
#NO_APP
.L35:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3801: }
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L42:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3779: 		eecd &= ~(E1000_EECD_CS | E1000_EECD_DI);
	movl	%esi, %eax	# ret, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3781: 		ew32(EECD, eecd);
	movl	(%ebx), %ecx	# hw_45(D)->hw_addr, tmp140
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3779: 		eecd &= ~(E1000_EECD_CS | E1000_EECD_DI);
	andl	$-7, %eax	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,16(%ecx)	# eecd, MEM[(volatile unsigned int *)_15]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3784: 		eecd |= E1000_EECD_SK;
#NO_APP
	orl	$1, %eax	#, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3785: 		ew32(EECD, eecd);
	movl	(%ebx), %ecx	# hw_45(D)->hw_addr, tmp141
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,16(%ecx)	# eecd, MEM[(volatile unsigned int *)_17]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3786: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_45(D)->hw_addr, tmp142
	addl	$8, %eax	#, _19
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_19], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3787: 		udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# hw_45(D)->eeprom.delay_usec, hw_45(D)->eeprom.delay_usec
	andl	$-8, %esi	#, ret
	call	__udelay	#
.L40:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3791: 		ew32(EECD, eecd);
	movl	(%ebx), %eax	# hw_45(D)->hw_addr, tmp143
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,16(%eax)	# ret,
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3792: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_45(D)->hw_addr, tmp144
	addl	$8, %eax	#, _29
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _29, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3793: 		udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%ebx), %eax	# hw_45(D)->eeprom.delay_usec, hw_45(D)->eeprom.delay_usec
	call	__udelay	#
	jmp	.L37	#
	.p2align 4,,10
	.p2align 3
.L41:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3769: 		eecd &= ~E1000_EECD_SK;	/* Lower SCK */
	andl	$-2, %esi	#, tmp119
	orl	$2, %esi	#, ret
	jmp	.L40	#
	.size	e1000_release_eeprom, .-e1000_release_eeprom
	.p2align 4
	.type	e1000_shift_out_mdi_bits, @function
e1000_shift_out_mdi_bits:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2692: 	mask <<= (count - 1);
	decb	%cl	# tmp107
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2683: {
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp119, hw
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2683: {
	movl	%edx, -16(%ebp)	# tmp120, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2692: 	mask <<= (count - 1);
	movl	$1, %edx	#, tmp108
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2694: 	ctrl = er32(CTRL);
	movl	(%eax), %eax	# hw_22(D)->hw_addr, _60
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2692: 	mask <<= (count - 1);
	sall	%cl, %edx	# tmp107, tmp108
	movl	%edx, %edi	# tmp108, mask
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_60], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2697: 	ctrl |= (E1000_CTRL_MDIO_DIR | E1000_CTRL_MDC_DIR);
#NO_APP
	orl	$50331648, %esi	#, ctrl
	jmp	.L46	#
	.p2align 4,,10
	.p2align 3
.L50:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2706: 			ctrl |= E1000_CTRL_MDIO;
	orl	$1048576, %esi	#, ctrl
.L45:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2710: 		ew32(CTRL, ctrl);
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, _11
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# ctrl, MEM[(volatile unsigned int *)_11]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2711: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp127
	addl	$8, %eax	#, _14
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2713: 		udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2654: 	ew32(CTRL, (*ctrl | E1000_CTRL_MDC));
	movl	%esi, %eax	# ctrl, _47
	movl	(%ebx), %ecx	# hw_22(D)->hw_addr, _45
	orl	$2097152, %eax	#, _47
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# _47, MEM[(volatile unsigned int *)_45]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2655: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp129
	addl	$8, %eax	#, _49
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_49], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2656: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2669: 	ew32(CTRL, (*ctrl & ~E1000_CTRL_MDC));
	movl	%esi, %eax	# ctrl, _41
	movl	(%ebx), %ecx	# hw_22(D)->hw_addr, _39
	andl	$-2097153, %eax	#, _41
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# _41, MEM[(volatile unsigned int *)_39]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2670: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp131
	addl	$8, %eax	#, _43
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_43], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2699: 	while (mask) {
	shrl	%edi	# mask
	je	.L49	#,
.L46:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2705: 		if (data & mask)
	testl	%edi, -16(%ebp)	# mask, %sfp
	jne	.L50	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2708: 			ctrl &= ~E1000_CTRL_MDIO;
	andl	$-1048577, %esi	#, ctrl
	jmp	.L45	#
	.p2align 4,,10
	.p2align 3
.L49:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2720: }
	popl	%eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000_shift_out_mdi_bits, .-e1000_shift_out_mdi_bits
	.p2align 4
	.type	e1000_write_phy_reg_ex, @function
e1000_write_phy_reg_ex:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movzwl	%cx, %edi	# tmp135, phy_data
	pushl	%esi	#
	movl	%eax, %esi	# tmp133, hw
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2947: {
	movl	%edx, %ebx	# tmp134, reg_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2950: 	const u32 phy_addr = (hw->mac_type == e1000_ce4100) ? hw->phy_addr : 1;
	movl	12(%eax), %eax	# hw_44(D)->mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2950: 	const u32 phy_addr = (hw->mac_type == e1000_ce4100) ? hw->phy_addr : 1;
	cmpl	$9, %eax	#, _1
	je	.L65	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2957: 	if (hw->mac_type > e1000_82543) {
	cmpl	$3, %eax	#, _1
	ja	.L66	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3013: 		e1000_shift_out_mdi_bits(hw, PHY_PREAMBLE, PHY_PREAMBLE_SIZE);
	movl	$32, %ecx	#,
	movl	$-1, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_shift_out_mdi_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3024: 		mdic |= (u32)phy_data;
	movl	%ebx, %edx	# reg_addr, reg_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3026: 		e1000_shift_out_mdi_bits(hw, mdic, 32);
	movl	$32, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3024: 		mdic |= (u32)phy_data;
	sall	$18, %edx	#, reg_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3026: 		e1000_shift_out_mdi_bits(hw, mdic, 32);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3024: 		mdic |= (u32)phy_data;
	orl	%edi, %edx	# phy_data, tmp130
	orl	$1350696960, %edx	#, mdic
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3026: 		e1000_shift_out_mdi_bits(hw, mdic, 32);
	call	e1000_shift_out_mdi_bits	#
.L60:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3029: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L51:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3030: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L66:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2987: 				(reg_addr << E1000_MDIC_REG_SHIFT) |
	sall	$16, %ebx	#, tmp123
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2991: 			ew32(MDIC, mdic);
	movl	(%esi), %eax	# hw_44(D)->hw_addr, tmp140
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2986: 			mdic = (((u32)phy_data) |
	orl	%edi, %ebx	# phy_data, tmp124
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2986: 			mdic = (((u32)phy_data) |
	orl	$69206016, %ebx	#, mdic
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,32(%eax)	# mdic, MEM[(volatile unsigned int *)_21]
# 0 "" 2
#NO_APP
	movl	$641, %ebx	#, ivtmp_70
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L67:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2996: 			for (i = 0; i < 641; i++) {
	decl	%ebx	# ivtmp_70
	je	.L59	#,
.L58:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2997: 				udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2998: 				mdic = er32(MDIC);
	movl	(%esi), %eax	# hw_44(D)->hw_addr, tmp141
	addl	$32, %eax	#, _23
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_23], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2999: 				if (mdic & E1000_MDIC_READY)
#NO_APP
	testl	$268435456, %eax	#, ret
	je	.L67	#,
	jmp	.L60	#
	.p2align 4,,10
	.p2align 3
.L65:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2966: 				(phy_addr << E1000_MDIC_PHY_SHIFT) |
	movl	108(%esi), %eax	# hw_44(D)->phy_addr, tmp115
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2965: 				(reg_addr << E1000_MDIC_REG_SHIFT) |
	sall	$16, %ebx	#, tmp118
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2966: 				(phy_addr << E1000_MDIC_PHY_SHIFT) |
	sall	$21, %eax	#, tmp115
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2965: 				(reg_addr << E1000_MDIC_REG_SHIFT) |
	orl	%edi, %eax	# phy_data, tmp117
	orl	%eax, %ebx	# tmp117, tmp119
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2970: 			writel(mdic, E1000_MDIO_CMD);
	movl	8(%esi), %eax	# hw_44(D)->ce4100_gbe_mdio_base_virt, tmp138
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2964: 			mdic = (((u32)phy_data) |
	orl	$-2080374784, %ebx	#, mdic
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,4(%eax)	# mdic, MEM[(volatile unsigned int *)_9]
# 0 "" 2
#NO_APP
	movl	$640, %ebx	#, ivtmp_14
	jmp	.L53	#
	.p2align 4,,10
	.p2align 3
.L68:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2975: 			for (i = 0; i < 640; i++) {
	decl	%ebx	# ivtmp_14
	je	.L59	#,
.L53:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2976: 				udelay(5);
	movl	$21475, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2977: 				mdic = readl(E1000_MDIO_CMD);
	movl	8(%esi), %eax	# hw_44(D)->ce4100_gbe_mdio_base_virt, tmp139
	addl	$4, %eax	#, _11
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_11], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2978: 				if (!(mdic & INTEL_CE_GBE_MDIC_GO))
#NO_APP
	testl	%eax, %eax	# ret
	js	.L68	#,
	jmp	.L60	#
	.p2align 4,,10
	.p2align 3
.L59:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2983: 				return -E1000_ERR_PHY;
	movl	$-2, %eax	#, <retval>
	jmp	.L51	#
	.size	e1000_write_phy_reg_ex, .-e1000_write_phy_reg_ex
	.p2align 4
	.type	e1000_shift_in_ee_bits, @function
e1000_shift_in_ee_bits:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp132, hw
	pushl	%esi	#
	movzwl	%dx, %eax	# tmp133, count
	pushl	%ebx	#
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3621: {
	movl	%eax, -20(%ebp)	# count, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3633: 	eecd = er32(EECD);
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp138
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%edx	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3636: 	data = 0;
#NO_APP
	xorl	%ebx, %ebx	# data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3635: 	eecd &= ~(E1000_EECD_DO | E1000_EECD_DI);
	andl	$-13, %edx	#, eecd
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3638: 	for (i = 0; i < count; i++) {
	xorl	%esi, %esi	# i
	.p2align 4
	.p2align 3
.L71:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3639: 		data = data << 1;
	addl	%ebx, %ebx	# tmp114
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3542: 	ew32(EECD, *eecd);
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp139
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3541: 	*eecd = *eecd | E1000_EECD_SK;
	orl	$1, %edx	#, _32
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3639: 		data = data << 1;
	movzwl	%bx, %ebx	# tmp114, data
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# _32, MEM[(volatile unsigned int *)_34]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3543: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp140
	addl	$8, %eax	#, _36
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_36], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3544: 	udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%edi), %eax	# hw_17(D)->eeprom.delay_usec, hw_17(D)->eeprom.delay_usec
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3642: 		eecd = er32(EECD);
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp141
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%edx	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3645: 		if (eecd & E1000_EECD_DO)
#NO_APP
	testb	$8, %dl	#, ret
	je	.L70	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3646: 			data |= 1;
	orl	$1, %ebx	#, data
.L70:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3558: 	ew32(EECD, *eecd);
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp142
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3557: 	*eecd = *eecd & ~E1000_EECD_SK;
	andl	$-6, %edx	#, eecd
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,16(%eax)	# eecd, MEM[(volatile unsigned int *)_47]
# 0 "" 2
#NO_APP
	movl	%edx, -16(%ebp)	# eecd, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3559: 	E1000_WRITE_FLUSH();
	movl	(%edi), %eax	# hw_17(D)->hw_addr, tmp143
	addl	$8, %eax	#, _49
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_49], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3560: 	udelay(hw->eeprom.delay_usec);
#NO_APP
	movzwl	70(%edi), %eax	# hw_17(D)->eeprom.delay_usec, hw_17(D)->eeprom.delay_usec
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3638: 	for (i = 0; i < count; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3560: 	udelay(hw->eeprom.delay_usec);
	call	__udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3638: 	for (i = 0; i < count; i++) {
	movl	-20(%ebp), %eax	# %sfp, count
	movl	-16(%ebp), %edx	# %sfp, eecd
	cmpl	%eax, %esi	# count, i
	jne	.L71	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3652: }
	addl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3651: 	return data;
	movl	%ebx, %eax	# data, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3652: }
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.size	e1000_shift_in_ee_bits, .-e1000_shift_in_ee_bits
	.p2align 4
	.type	e1000_spi_eeprom_ready, @function
e1000_spi_eeprom_ready:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%eax, %esi	# tmp96, hw
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3817: 	retry_count = 0;
	xorl	%ebx, %ebx	# retry_count
	jmp	.L79	#
	.p2align 4,,10
	.p2align 3
.L84:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3825: 		udelay(5);
	movl	$21475, %eax	#,
	addl	$5, %ebx	#, tmp94
	call	__const_udelay	#
	movzwl	%bx, %ebx	# tmp94, retry_count
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3828: 		e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3829: 	} while (retry_count < EEPROM_MAX_RETRY_SPI);
	cmpl	$5000, %ebx	#, retry_count
	je	.L83	#,
.L79:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3819: 		e1000_shift_out_ee_bits(hw, EEPROM_RDSR_OPCODE_SPI,
	movzwl	66(%esi), %ecx	# hw_13(D)->eeprom.opcode_bits, hw_13(D)->eeprom.opcode_bits
	movl	$5, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3821: 		spi_stat_reg = (u8)e1000_shift_in_ee_bits(hw, 8);
	movl	$8, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_shift_in_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3822: 		if (!(spi_stat_reg & EEPROM_STATUS_RDY_SPI))
	testb	$1, %al	#, tmp97
	jne	.L84	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3840: }
	popl	%ebx	#
	xorl	%eax, %eax	# <retval>
	popl	%esi	#
	popl	%ebp	#
	ret	
.L83:
	popl	%ebx	#
	movl	$-1, %eax	#, <retval>
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000_spi_eeprom_ready, .-e1000_spi_eeprom_ready
	.p2align 4
	.type	e1000_do_write_eeprom, @function
e1000_do_write_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp231, hw
	pushl	%ebx	#
	movzwl	%dx, %eax	# tmp232, offset
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4038: 	if (hw->mac_type == e1000_ce4100) {
	cmpl	$9, 12(%esi)	#, hw_17(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4034: {
	movl	%eax, -16(%ebp)	# offset, %sfp
	movzwl	%cx, %eax	# tmp233, words
	movl	%eax, -20(%ebp)	# words, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4038: 	if (hw->mac_type == e1000_ce4100) {
	je	.L117	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4047: 	if ((offset >= eeprom->word_size) ||
	movzwl	64(%esi), %eax	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].word_size, _5
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4047: 	if ((offset >= eeprom->word_size) ||
	cmpl	%eax, -16(%ebp)	# _5, %sfp
	jnb	.L89	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4048: 	    (words > eeprom->word_size - offset) ||
	movl	-16(%ebp), %edi	# %sfp, offset
	subl	%edi, %eax	# offset, tmp168
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4048: 	    (words > eeprom->word_size - offset) ||
	movl	-20(%ebp), %edi	# %sfp, words
	cmpl	%eax, %edi	# tmp168, words
	jg	.L89	#,
	testl	%edi, %edi	# words
	je	.L89	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4055: 	if (e1000_acquire_eeprom(hw) != E1000_SUCCESS)
	movl	%esi, %eax	# hw,
	call	e1000_acquire_eeprom	#
	movl	%eax, -24(%ebp)	# <retval>, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4055: 	if (e1000_acquire_eeprom(hw) != E1000_SUCCESS)
	testl	%eax, %eax	# <retval>
	jne	.L89	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4082: 	u16 widx = 0;
	xorl	%ebx, %ebx	# widx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4058: 	if (eeprom->type == e1000_eeprom_microwire) {
	cmpl	$2, 60(%esi)	#, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].type
	je	.L118	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4087: 		if (e1000_spi_eeprom_ready(hw))
	movl	%esi, %eax	# hw,
	call	e1000_spi_eeprom_ready	#
	movl	%eax, -24(%ebp)	# <retval>, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4087: 		if (e1000_spi_eeprom_ready(hw))
	testl	%eax, %eax	# <retval>
	jne	.L101	#,
.L120:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4090: 		e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
# ./include/linux/sched.h:2093: 	return static_call_mod(cond_resched)();
	call	__SCT__cond_resched	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4094: 		e1000_shift_out_ee_bits(hw, EEPROM_WREN_OPCODE_SPI,
	movzwl	66(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits
	movl	$6, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4097: 		e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4102: 		if ((eeprom->address_bits == 8) && (offset >= 128))
	cmpw	$8, 68(%esi)	#, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits
	jne	.L102	#,
	cmpl	$127, -16(%ebp)	#, %sfp
	jbe	.L102	#,
	movl	$10, %edx	#, prephitmp_117
.L96:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4106: 		e1000_shift_out_ee_bits(hw, write_opcode, eeprom->opcode_bits);
	movzwl	66(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits
	movl	%esi, %eax	# hw,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	movl	-16(%ebp), %eax	# %sfp, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	movzwl	68(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	leal	(%eax,%ebx), %edx	#, tmp204
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	addl	%edx, %edx	# tmp206
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4108: 		e1000_shift_out_ee_bits(hw, (u16)((offset + widx) * 2),
	movzwl	%dx, %edx	# tmp206, tmp207
	call	e1000_shift_out_ee_bits	#
	movl	8(%ebp), %eax	# data, tmp262
	leal	(%eax,%ebx,2), %edi	#, ivtmp.421
	.p2align 4
	.p2align 3
.L99:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4120: 			e1000_shift_out_ee_bits(hw, word_out, 16);
	movzwl	(%edi), %eax	# MEM[(u16 *)_58],
	movl	$16, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4121: 			widx++;
	incl	%ebx	# tmp217
	movzwl	%bx, %ebx	# tmp217, widx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	addl	$2, %edi	#, ivtmp.421
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4120: 			e1000_shift_out_ee_bits(hw, word_out, 16);
	movl	%eax, %edx	# MEM[(u16 *)_58], tmp210
	sall	$8, %edx	#, tmp210
	shrl	$8, %eax	#, tmp212
	orl	%eax, %edx	# tmp212, tmp215
	movl	%esi, %eax	# hw,
	movzwl	%dx, %edx	# tmp215, tmp216
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	movl	-16(%ebp), %eax	# %sfp, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	movzwl	72(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].page_size, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].page_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	addl	%ebx, %eax	# widx, tmp218
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	addl	%eax, %eax	# tmp219
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	cltd
	idivl	%ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].page_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4128: 			if ((((offset + widx) * 2) % eeprom->page_size) == 0) {
	testl	%edx, %edx	# tmp225
	je	.L119	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4116: 		while (widx < words) {
	cmpl	%ebx, -20(%ebp)	# widx, %sfp
	jne	.L99	#,
.L95:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4062: 		msleep(10);
	movl	$10, %eax	#,
	call	msleep	#
.L93:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4066: 	e1000_release_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_release_eeprom	#
.L85:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4069: }
	movl	-24(%ebp), %eax	# %sfp,
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L119:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4129: 				e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4084: 	while (widx < words) {
	movl	-20(%ebp), %eax	# %sfp, words
	cmpl	%eax, %ebx	# words, widx
	jnb	.L95	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4087: 		if (e1000_spi_eeprom_ready(hw))
	movl	%esi, %eax	# hw,
	call	e1000_spi_eeprom_ready	#
	movl	%eax, -24(%ebp)	# <retval>, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4087: 		if (e1000_spi_eeprom_ready(hw))
	testl	%eax, %eax	# <retval>
	je	.L120	#,
.L101:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4088: 			return -E1000_ERR_EEPROM;
	movl	$-1, -24(%ebp)	#, %sfp
	jmp	.L95	#
	.p2align 4,,10
	.p2align 3
.L102:
	movl	$2, %edx	#, prephitmp_117
	jmp	.L96	#
.L118:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4160: 				(u16)(eeprom->opcode_bits + 2));
	movzwl	66(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4159: 	e1000_shift_out_ee_bits(hw, EEPROM_EWEN_OPCODE_MICROWIRE,
	movl	$19, %edx	#,
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4165: 	e1000_standby_eeprom(hw);
	xorl	%edi, %edi	# ivtmp.412
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4160: 				(u16)(eeprom->opcode_bits + 2));
	addl	$2, %ecx	#, tmp174
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4159: 	e1000_shift_out_ee_bits(hw, EEPROM_EWEN_OPCODE_MICROWIRE,
	movzwl	%cx, %ecx	# tmp174, tmp175
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4162: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	movl	68(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4162: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	xorl	%edx, %edx	#
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4162: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	subl	$2, %ecx	#, tmp177
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4162: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	movzwl	%cx, %ecx	# tmp177, tmp178
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4165: 	e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
	.p2align 4
	.p2align 3
.L94:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4169: 		e1000_shift_out_ee_bits(hw, EEPROM_WRITE_OPCODE_MICROWIRE,
	movzwl	66(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits
	movl	$5, %edx	#,
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4188: 		for (i = 0; i < 200; i++) {
	xorl	%ebx, %ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4169: 		e1000_shift_out_ee_bits(hw, EEPROM_WRITE_OPCODE_MICROWIRE,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4172: 		e1000_shift_out_ee_bits(hw, (u16)(offset + words_written),
	movl	-16(%ebp), %eax	# %sfp, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4172: 		e1000_shift_out_ee_bits(hw, (u16)(offset + words_written),
	movzwl	68(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4172: 		e1000_shift_out_ee_bits(hw, (u16)(offset + words_written),
	leal	(%eax,%edi), %edx	#, tmp182
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4172: 		e1000_shift_out_ee_bits(hw, (u16)(offset + words_written),
	movl	%esi, %eax	# hw,
	movzwl	%dx, %edx	# tmp182, tmp183
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4176: 		e1000_shift_out_ee_bits(hw, data[words_written], 16);
	movl	8(%ebp), %eax	# data, tmp256
	movl	$16, %ecx	#,
	movzwl	(%eax,%edi,2), %edx	# MEM[(u16 *)data_22(D) + ivtmp.412_97 * 2], MEM[(u16 *)data_22(D) + ivtmp.412_97 * 2]
	movl	%esi, %eax	# hw,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4181: 		e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
	call	e1000_standby_eeprom	#
	jmp	.L92	#
	.p2align 4,,10
	.p2align 3
.L122:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4192: 			udelay(50);
	movl	$214750, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4188: 		for (i = 0; i < 200; i++) {
	leal	1(%ebx), %eax	#, tmp188
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4188: 		for (i = 0; i < 200; i++) {
	cmpw	$200, %ax	#, tmp188
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4188: 		for (i = 0; i < 200; i++) {
	movzwl	%ax, %ebx	# tmp188, i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4188: 		for (i = 0; i < 200; i++) {
	je	.L121	#,
.L92:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4189: 			eecd = er32(EECD);
	movl	(%esi), %eax	# hw_17(D)->hw_addr, tmp257
	addl	$16, %eax	#, _55
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_55], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4190: 			if (eecd & E1000_EECD_DO)
#NO_APP
	testb	$8, %al	#, ret
	je	.L122	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4200: 		e1000_standby_eeprom(hw);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4167: 	while (words_written < words) {
	incl	%edi	# ivtmp.412
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4200: 		e1000_standby_eeprom(hw);
	call	e1000_standby_eeprom	#
# ./include/linux/sched.h:2093: 	return static_call_mod(cond_resched)();
	call	__SCT__cond_resched	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4167: 	while (words_written < words) {
	movl	-20(%ebp), %ecx	# %sfp, words
	movzwl	%di, %eax	# ivtmp.412, ivtmp.412
	cmpl	%ecx, %eax	# words, ivtmp.412
	jb	.L94	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4213: 				(u16)(eeprom->opcode_bits + 2));
	movzwl	66(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].opcode_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4212: 	e1000_shift_out_ee_bits(hw, EEPROM_EWDS_OPCODE_MICROWIRE,
	movl	%esi, %eax	# hw,
	movl	$16, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4213: 				(u16)(eeprom->opcode_bits + 2));
	addl	$2, %ecx	#, tmp191
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4212: 	e1000_shift_out_ee_bits(hw, EEPROM_EWDS_OPCODE_MICROWIRE,
	movzwl	%cx, %ecx	# tmp191, tmp192
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4215: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	movl	68(%esi), %ecx	# MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_17(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4215: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	xorl	%edx, %edx	#
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4215: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	subl	$2, %ecx	#, tmp194
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4215: 	e1000_shift_out_ee_bits(hw, 0, (u16)(eeprom->address_bits - 2));
	movzwl	%cx, %ecx	# tmp194, tmp195
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4217: 	return E1000_SUCCESS;
	jmp	.L93	#
.L121:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4196: 			return -E1000_ERR_EEPROM;
	movl	$-1, -24(%ebp)	#, %sfp
	jmp	.L93	#
.L117:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4039: 		GBE_CONFIG_FLASH_WRITE(GBE_CONFIG_BASE_VIRT, offset, words,
	movl	-16(%ebp), %eax	# %sfp, offset
	movl	-20(%ebp), %ecx	# %sfp,
	movl	8(%ebp), %edx	# data,
	subl	$1073348608, %eax	#, offset
	call	iowrite16_rep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4041: 		return E1000_SUCCESS;
	movl	$0, -24(%ebp)	#, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4069: }
	movl	-24(%ebp), %eax	# %sfp,
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L89:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4051: 		return -E1000_ERR_EEPROM;
	movl	$-1, -24(%ebp)	#, %sfp
	jmp	.L85	#
	.size	e1000_do_write_eeprom, .-e1000_do_write_eeprom
	.p2align 4
	.type	e1000_do_read_eeprom, @function
e1000_do_read_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movzwl	%cx, %edi	# tmp165, words
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp163, hw
	subl	$4, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3861: {
	movzwl	%dx, %eax	# tmp164, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3865: 	if (hw->mac_type == e1000_ce4100) {
	cmpl	$9, 12(%ebx)	#, hw_49(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3861: {
	movl	%eax, -16(%ebp)	# offset, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3865: 	if (hw->mac_type == e1000_ce4100) {
	je	.L146	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3874: 	if ((offset >= eeprom->word_size) ||
	movzwl	64(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].word_size, _6
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3874: 	if ((offset >= eeprom->word_size) ||
	cmpl	%eax, -16(%ebp)	# _6, %sfp
	jnb	.L131	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3875: 	    (words > eeprom->word_size - offset) ||
	movl	-16(%ebp), %esi	# %sfp, offset
	subl	%esi, %eax	# offset, tmp132
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3875: 	    (words > eeprom->word_size - offset) ||
	cmpl	%eax, %edi	# tmp132, words
	jg	.L131	#,
	testl	%edi, %edi	# words
	je	.L131	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3887: 	if (e1000_acquire_eeprom(hw) != E1000_SUCCESS)
	movl	%ebx, %eax	# hw,
	call	e1000_acquire_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3887: 	if (e1000_acquire_eeprom(hw) != E1000_SUCCESS)
	testl	%eax, %eax	# tmp166
	.p2align 4,,2
	jne	.L131	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3893: 	if (eeprom->type == e1000_eeprom_spi) {
	movl	60(%ebx), %eax	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].type, _16
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3893: 	if (eeprom->type == e1000_eeprom_spi) {
	cmpl	$1, %eax	#, _16
	je	.L147	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3926: 	} else if (eeprom->type == e1000_eeprom_microwire) {
	cmpl	$2, %eax	#, _16
	je	.L148	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3945: 	e1000_release_eeprom(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_release_eeprom	#
.L125:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3868: 		return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L123:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3948: }
	popl	%edx	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L148:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3927: 		for (i = 0; i < words; i++) {
	xorl	%esi, %esi	# i
	.p2align 4
	.p2align 3
.L135:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3929: 			e1000_shift_out_ee_bits(hw,
	movzwl	66(%ebx), %ecx	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].opcode_bits
	movl	$6, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3932: 			e1000_shift_out_ee_bits(hw, (u16)(offset + i),
	movl	-16(%ebp), %eax	# %sfp, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3932: 			e1000_shift_out_ee_bits(hw, (u16)(offset + i),
	movzwl	68(%ebx), %ecx	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3932: 			e1000_shift_out_ee_bits(hw, (u16)(offset + i),
	leal	(%eax,%esi), %edx	#, tmp158
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3932: 			e1000_shift_out_ee_bits(hw, (u16)(offset + i),
	movl	%ebx, %eax	# hw,
	movzwl	%dx, %edx	# tmp158, tmp159
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3938: 			data[i] = e1000_shift_in_ee_bits(hw, 16);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_shift_in_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3938: 			data[i] = e1000_shift_in_ee_bits(hw, 16);
	movl	8(%ebp), %ecx	# data, tmp186
	movw	%ax, (%ecx,%esi,2)	# tmp169, MEM[(u16 *)data_57(D) + i_86 * 2]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3939: 			e1000_standby_eeprom(hw);
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3927: 		for (i = 0; i < words; i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3939: 			e1000_standby_eeprom(hw);
	call	e1000_standby_eeprom	#
# ./include/linux/sched.h:2093: 	return static_call_mod(cond_resched)();
	call	__SCT__cond_resched	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3927: 		for (i = 0; i < words; i++) {
	cmpl	%edi, %esi	# words, i
	jb	.L135	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3945: 	e1000_release_eeprom(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_release_eeprom	#
	.p2align 4,,4
	jmp	.L125	#
	.p2align 4,,10
	.p2align 3
.L147:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3897: 		if (e1000_spi_eeprom_ready(hw)) {
	movl	%ebx, %eax	# hw,
	call	e1000_spi_eeprom_ready	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3897: 		if (e1000_spi_eeprom_ready(hw)) {
	testl	%eax, %eax	# tmp167
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3898: 			e1000_release_eeprom(hw);
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3897: 		if (e1000_spi_eeprom_ready(hw)) {
	.p2align 4,,2
	jne	.L149	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3902: 		e1000_standby_eeprom(hw);
	call	e1000_standby_eeprom	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3907: 		if ((eeprom->address_bits == 8) && (offset >= 128))
	cmpw	$8, 68(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].address_bits
	jne	.L136	#,
	cmpl	$127, -16(%ebp)	#, %sfp
	jbe	.L136	#,
	movl	$11, %edx	#, prephitmp_11
.L132:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3911: 		e1000_shift_out_ee_bits(hw, read_opcode, eeprom->opcode_bits);
	movzwl	66(%ebx), %ecx	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].opcode_bits, MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].opcode_bits
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3922: 		for (i = 0; i < words; i++) {
	xorl	%esi, %esi	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3911: 		e1000_shift_out_ee_bits(hw, read_opcode, eeprom->opcode_bits);
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3912: 		e1000_shift_out_ee_bits(hw, (u16)(offset * 2),
	movl	-16(%ebp), %edx	# %sfp, offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3912: 		e1000_shift_out_ee_bits(hw, (u16)(offset * 2),
	movl	%ebx, %eax	# hw,
	movzwl	68(%ebx), %ecx	# MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].address_bits, MEM[(struct e1000_eeprom_info *)hw_49(D) + 60B].address_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3912: 		e1000_shift_out_ee_bits(hw, (u16)(offset * 2),
	addl	%edx, %edx	# offset
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3912: 		e1000_shift_out_ee_bits(hw, (u16)(offset * 2),
	movzwl	%dx, %edx	# tmp144, tmp145
	call	e1000_shift_out_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3922: 		for (i = 0; i < words; i++) {
	movl	%ebx, -16(%ebp)	# hw, %sfp
	movl	%esi, %ebx	# i, i
	movl	8(%ebp), %esi	# data, data
	.p2align 4
	.p2align 3
.L133:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3923: 			word_in = e1000_shift_in_ee_bits(hw, 16);
	movl	-16(%ebp), %eax	# %sfp,
	movl	$16, %edx	#,
	call	e1000_shift_in_ee_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3924: 			data[i] = (word_in >> 8) | (word_in << 8);
	movl	%eax, %edx	# tmp146, tmp149
	movzwl	%ax, %eax	# tmp146, word_in
	sall	$8, %edx	#, tmp149
	shrl	$8, %eax	#, tmp151
	orl	%eax, %edx	# tmp151, tmp154
	movw	%dx, (%esi,%ebx,2)	# tmp154, MEM[(u16 *)data_57(D) + i_85 * 2]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3922: 		for (i = 0; i < words; i++) {
	incl	%ebx	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3922: 		for (i = 0; i < words; i++) {
	cmpl	%edi, %ebx	# words, i
	jb	.L133	#,
	movl	-16(%ebp), %ebx	# %sfp, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3945: 	e1000_release_eeprom(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_release_eeprom	#
	jmp	.L125	#
	.p2align 4,,10
	.p2align 3
.L146:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3866: 		GBE_CONFIG_FLASH_READ(GBE_CONFIG_BASE_VIRT, offset, words,
	movl	8(%ebp), %edx	# data,
	leal	-1073348608(%eax,%eax), %eax	#, tmp131
	movl	%edi, %ecx	# words,
	call	ioread16_rep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3868: 		return E1000_SUCCESS;
	jmp	.L125	#
.L149:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3898: 			e1000_release_eeprom(hw);
	call	e1000_release_eeprom	#
	.p2align 4
	.p2align 3
.L131:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3879: 		return -E1000_ERR_EEPROM;
	movl	$-1, %eax	#, <retval>
	jmp	.L123	#
	.p2align 4,,10
	.p2align 3
.L136:
	movl	$3, %edx	#, prephitmp_11
	jmp	.L132	#
	.size	e1000_do_read_eeprom, .-e1000_do_read_eeprom
	.p2align 4
	.globl	e1000_set_mac_type
	.type	e1000_set_mac_type, @function
e1000_set_mac_type:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:225: {
	movl	%eax, %edx	# tmp93, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	movzwl	202(%eax), %eax	# hw_11(D)->device_id, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4122, %eax	#, _1
	ja	.L151	#,
	cmpl	$4120, %eax	#, _1
	ja	.L181	#,
	cmpl	$4110, %eax	#, _1
	je	.L166	#,
	jbe	.L196	#,
	cmpl	$4114, %eax	#, _1
	je	.L162	#,
	.p2align 4,,6
	jbe	.L197	#,
	cmpl	$4120, %eax	#, _1
	je	.L183	#,
	cmpl	$4116, %eax	#, _1
	ja	.L166	#,
.L183:
	movl	$11, %ecx	#, _34
.L152:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:295: 		hw->mac_type = e1000_82547_rev_2;
	movl	%ecx, 12(%edx)	# _34, hw_11(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:310: 		hw->asf_firmware_present = true;
	movl	$1, 88(%edx)	#, hw_11(D)->asf_firmware_present
# drivers/net/ethernet/intel/e1000/e1000_hw.c:323: 		hw->has_smbus = true;
	movb	$1, 256(%edx)	#, hw_11(D)->has_smbus
.L180:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:325: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:326: }
	ret	
	.p2align 4,,10
	.p2align 3
.L197:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	cmpl	$4112, %eax	#, _1
	sete	%al	#, tmp92
	movzbl	%al, %eax	# tmp92, tmp91
	leal	6(%eax,%eax), %eax	#, tmp91
	movl	%eax, 12(%edx)	# tmp91, hw_11(D)->mac_type
.L165:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:323: 		hw->has_smbus = true;
	movb	$1, 256(%edx)	#, hw_11(D)->has_smbus
	jmp	.L180	#
	.p2align 4,,10
	.p2align 3
.L196:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4100, %eax	#, _1
	je	.L155	#,
	jbe	.L198	#,
	cmpl	$4105, %eax	#, _1
	jbe	.L199	#,
	subl	$4108, %eax	#, tmp88
	cmpw	$1, %ax	#, tmp88
	ja	.L182	#,
.L194:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$4, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L180	#
	.p2align 4,,10
	.p2align 3
.L151:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4216, %eax	#, _1
	ja	.L167	#,
	cmpl	$4213, %eax	#, _1
	ja	.L186	#,
	cmpl	$4136, %eax	#, _1
	ja	.L168	#,
	cmpl	$4133, %eax	#, _1
	ja	.L169	#,
	cmpl	$4125, %eax	#, _1
	je	.L162	#,
	cmpl	$4126, %eax	#, _1
	jne	.L182	#,
.L166:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$5, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L199:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4103, %eax	#, _1
	ja	.L194	#,
.L182:
	movl	$-5, %eax	#, <retval>
	ret	
.L198:
	cmpl	$4096, %eax	#, _1
	jne	.L200	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:228: 		switch (hw->revision_id) {
	movzbl	210(%edx), %eax	# hw_11(D)->revision_id, _3
	cmpb	$2, %al	#, _3
	je	.L178	#,
	cmpb	$3, %al	#, _3
	jne	.L182	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$2, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L180	#
	.p2align 4,,10
	.p2align 3
.L168:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4213, %eax	#, _1
	movl	$14, %ecx	#, _34
	je	.L152	#,
	movl	$-5, %eax	#, <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L167:
	cmpl	$4277, %eax	#, _1
	je	.L172	#,
	jbe	.L201	#,
	cmpl	$11886, %eax	#, _1
	jne	.L182	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$9, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L200:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4097, %eax	#, _1
	jne	.L182	#,
.L155:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:242: 		hw->mac_type = e1000_82543;
	movl	$3, 12(%edx)	#, hw_11(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:320: 		hw->bad_tx_carr_stats_fd = true;
	movb	$1, 255(%edx)	#, hw_11(D)->bad_tx_carr_stats_fd
	jmp	.L180	#
	.p2align 4,,10
	.p2align 3
.L201:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	cmpl	$4220, %eax	#, _1
	je	.L186	#,
	jbe	.L172	#,
	cmpl	$4234, %eax	#, _1
	je	.L172	#,
	cmpl	$4249, %eax	#, _1
	jne	.L182	#,
.L172:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$10, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L165	#
	.p2align 4,,10
	.p2align 3
.L186:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:226: 	switch (hw->device_id) {
	movl	$12, %ecx	#, _34
	jmp	.L152	#
	.p2align 4,,10
	.p2align 3
.L181:
	movl	$13, %ecx	#, _34
	jmp	.L152	#
.L178:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:230: 			hw->mac_type = e1000_82542_rev2_0;
	movl	$1, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L180	#
.L169:
	movl	$7, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L165	#
.L162:
	movl	$8, 12(%edx)	#, hw_11(D)->mac_type
	jmp	.L165	#
	.size	e1000_set_mac_type, .-e1000_set_mac_type
	.p2align 4
	.globl	e1000_set_media_type
	.type	e1000_set_media_type, @function
e1000_set_media_type:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:336: 	if (hw->mac_type != e1000_82543) {
	movl	12(%eax), %ecx	# hw_7(D)->mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:341: 	switch (hw->device_id) {
	movzwl	202(%eax), %edx	# hw_7(D)->device_id, pretmp_16
# drivers/net/ethernet/intel/e1000/e1000_hw.c:336: 	if (hw->mac_type != e1000_82543) {
	cmpl	$3, %ecx	#, _1
	je	.L220	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:338: 		hw->tbi_compatibility_en = false;
	movb	$0, 242(%eax)	#, hw_7(D)->tbi_compatibility_en
# drivers/net/ethernet/intel/e1000/e1000_hw.c:341: 	switch (hw->device_id) {
	cmpl	$4136, %edx	#, pretmp_16
	je	.L204	#,
	cmpl	$4219, %edx	#, pretmp_16
	je	.L204	#,
	cmpl	$2, %ecx	#, _1
	jbe	.L221	#,
	cmpl	$9, %ecx	#, _1
	jne	.L205	#,
.L210:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:362: 				hw->media_type = e1000_media_type_copper;
	movl	$0, 24(%eax)	#, hw_7(D)->media_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:367: }
	ret	
	.p2align 4,,10
	.p2align 3
.L220:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:341: 	switch (hw->device_id) {
	cmpl	$4136, %edx	#, pretmp_16
	je	.L204	#,
	cmpl	$4219, %edx	#, pretmp_16
	jne	.L205	#,
.L204:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:344: 		hw->media_type = e1000_media_type_internal_serdes;
	movl	$2, 24(%eax)	#, hw_7(D)->media_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:345: 		break;
	ret	
	.p2align 4,,10
	.p2align 3
.L221:
	testl	%ecx, %ecx	# _1
	jne	.L222	#,
.L205:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:356: 			status = er32(STATUS);
	movl	(%eax), %ecx	# hw_7(D)->hw_addr, tmp94
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ecx),%edx	# MEM[(volatile unsigned int *)_13], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:357: 			if (status & E1000_STATUS_TBIMODE) {
#NO_APP
	testb	$32, %dl	#, ret
	je	.L210	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:358: 				hw->media_type = e1000_media_type_fiber;
	movl	$1, 24(%eax)	#, hw_7(D)->media_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:360: 				hw->tbi_compatibility_en = false;
	movb	$0, 242(%eax)	#, hw_7(D)->tbi_compatibility_en
	ret	
	.p2align 4,,10
	.p2align 3
.L222:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:350: 			hw->media_type = e1000_media_type_fiber;
	movl	$1, 24(%eax)	#, hw_7(D)->media_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:351: 			break;
	ret	
	.size	e1000_set_media_type, .-e1000_set_media_type
	.p2align 4
	.globl	e1000_config_collision_dist
	.type	e1000_config_collision_dist, @function
e1000_config_collision_dist:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	cmpl	$3, 12(%eax)	#, hw_11(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%eax), %edx	# hw_11(D)->hw_addr, tmp104
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	sbbl	%ecx, %ecx	# prephitmp_19
	andl	$4096, %ecx	#, prephitmp_19
	addl	$258048, %ecx	#, prephitmp_19
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	addl	$1024, %edx	#, _3
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_3], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %edx	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	%ecx, %edx	# prephitmp_19, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%eax), %ecx	# hw_11(D)->hw_addr, tmp105
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_6]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %eax	# hw_11(D)->hw_addr, hw_11(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_8], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1894: }
#NO_APP
	ret	
	.size	e1000_config_collision_dist, .-e1000_config_collision_dist
	.p2align 4
	.globl	e1000_force_mac_fc
	.type	e1000_force_mac_fc, @function
e1000_force_mac_fc:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1988: 	ctrl = er32(CTRL);
	movl	(%eax), %edx	# hw_10(D)->hw_addr, _1
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%edx	# MEM[(volatile unsigned int *)_1], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
#NO_APP
	movl	44(%eax), %ecx	# hw_10(D)->fc, _2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
	cmpl	$2, %ecx	#, _2
	je	.L227	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2010: 		ctrl &= (~(E1000_CTRL_TFCE | E1000_CTRL_RFCE));
	movl	%edx, %ebx	# ret, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
	ja	.L228	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2010: 		ctrl &= (~(E1000_CTRL_TFCE | E1000_CTRL_RFCE));
	andl	$-402653185, %ebx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
	testl	%ecx, %ecx	# _2
	je	.L233	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2013: 		ctrl &= (~E1000_CTRL_TFCE);
	andl	$-268435457, %edx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2014: 		ctrl |= E1000_CTRL_RFCE;
	orl	$134217728, %edx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2029: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, 12(%eax)	#, hw_10(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2014: 		ctrl |= E1000_CTRL_RFCE;
	movl	%edx, %ebx	# ctrl, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2029: 	if (hw->mac_type == e1000_82542_rev2_0)
	je	.L239	#,
.L234:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2032: 	ew32(CTRL, ctrl);
	movl	(%eax), %eax	# hw_10(D)->hw_addr, _5
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ebx,(%eax)	# ctrl, MEM[(volatile unsigned int *)_5]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2034: }
#NO_APP
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2033: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2034: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L228:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2021: 		ctrl |= (E1000_CTRL_TFCE | E1000_CTRL_RFCE);
	orl	$402653184, %ebx	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
	cmpl	$3, %ecx	#, _2
	jne	.L240	#,
.L233:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2029: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, 12(%eax)	#, hw_10(D)->mac_type
	jne	.L234	#,
.L239:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2030: 		ctrl &= (~E1000_CTRL_TFCE);
	andl	$-268435457, %ebx	#, ctrl
	jmp	.L234	#
	.p2align 4,,10
	.p2align 3
.L240:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2034: }
	popl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2008: 	switch (hw->fc) {
	movl	$-3, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2034: }
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L227:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2017: 		ctrl &= (~E1000_CTRL_RFCE);
	andl	$-134217729, %edx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2018: 		ctrl |= E1000_CTRL_TFCE;
	orl	$268435456, %edx	#, ctrl
	movl	%edx, %ebx	# ctrl, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2019: 		break;
	jmp	.L233	#
	.size	e1000_force_mac_fc, .-e1000_force_mac_fc
	.p2align 4
	.globl	e1000_read_phy_reg
	.type	e1000_read_phy_reg, @function
e1000_read_phy_reg:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp206, reg_addr
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp205, hw
	subl	$20, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2789: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2785: {
	movl	%ecx, -32(%ebp)	# tmp207, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2789: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2791: 	if ((hw->phy_type == e1000_phy_igp) &&
	cmpl	$1, 16(%ebx)	#, hw_13(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2789: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, -28(%ebp)	# tmp208, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2791: 	if ((hw->phy_type == e1000_phy_igp) &&
	jne	.L247	#,
	cmpl	$15, %esi	#, reg_addr
	ja	.L242	#,
.L247:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2812: 	const u32 phy_addr = (hw->mac_type == e1000_ce4100) ? hw->phy_addr : 1;
	movl	12(%ebx), %eax	# hw_13(D)->mac_type, _22
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2799: 	ret_val = e1000_read_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	andl	$31, %esi	#, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2812: 	const u32 phy_addr = (hw->mac_type == e1000_ce4100) ? hw->phy_addr : 1;
	cmpl	$9, %eax	#, _22
	je	.L272	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2819: 	if (hw->mac_type > e1000_82543) {
	cmpl	$3, %eax	#, _22
	ja	.L273	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2884: 		e1000_shift_out_mdi_bits(hw, PHY_PREAMBLE, PHY_PREAMBLE_SIZE);
	movl	%ebx, %eax	# hw,
	movl	$32, %ecx	#,
	movl	$-1, %edx	#,
	call	e1000_shift_out_mdi_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2898: 		mdic = ((reg_addr) | (phy_addr << 5) |
	movl	%esi, %edx	# _4, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2901: 		e1000_shift_out_mdi_bits(hw, mdic, 14);
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2898: 		mdic = ((reg_addr) | (phy_addr << 5) |
	orl	$6176, %edx	#, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2901: 		e1000_shift_out_mdi_bits(hw, mdic, 14);
	movl	$14, %ecx	#,
	call	e1000_shift_out_mdi_bits	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2741: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _67
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_67], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2747: 	ctrl &= ~E1000_CTRL_MDIO;
#NO_APP
	movl	%esi, %edx	# ret, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2749: 	ew32(CTRL, ctrl);
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _70
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2747: 	ctrl &= ~E1000_CTRL_MDIO;
	andl	$-17825793, %edx	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# ctrl, MEM[(volatile unsigned int *)_70]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2750: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp230
	addl	$8, %eax	#, _72
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_72], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2654: 	ew32(CTRL, (*ctrl | E1000_CTRL_MDC));
#NO_APP
	movl	%edx, -16(%ebp)	# ctrl, %sfp
	movl	%edx, %eax	# ctrl, _98
	movl	(%ebx), %ecx	# hw_13(D)->hw_addr, _96
	orl	$2097152, %eax	#, _98
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%ecx)	# _98, MEM[(volatile unsigned int *)_96]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2655: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp232
	addl	$8, %eax	#, _100
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_100], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2656: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2669: 	ew32(CTRL, (*ctrl & ~E1000_CTRL_MDC));
	andl	$-19922945, %esi	#, _92
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2656: 	udelay(10);
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2669: 	ew32(CTRL, (*ctrl & ~E1000_CTRL_MDC));
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _90
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# _92, MEM[(volatile unsigned int *)_90]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2670: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp233
	addl	$8, %eax	#, _94
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_94], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2759: 	for (data = 0, i = 0; i < 16; i++) {
	xorl	%esi, %esi	# data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2759: 	for (data = 0, i = 0; i < 16; i++) {
	movl	-16(%ebp), %edi	# %sfp, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
	movb	$16, -17(%ebp)	#, %sfp
	.p2align 4
	.p2align 3
.L258:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2760: 		data = data << 1;
	addl	%esi, %esi	# tmp188
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2654: 	ew32(CTRL, (*ctrl | E1000_CTRL_MDC));
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _102
	orl	$2097152, %edi	#, _104
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2760: 		data = data << 1;
	movzwl	%si, %esi	# tmp188, data
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,(%eax)	# _104, MEM[(volatile unsigned int *)_102]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2655: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp234
	addl	$8, %eax	#, _106
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_106], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2656: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2762: 		ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _76
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%ecx	# MEM[(volatile unsigned int *)_76], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2764: 		if (ctrl & E1000_CTRL_MDIO)
#NO_APP
	testl	$1048576, %ecx	#, ctrl
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%ecx, %edi	# ret, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2764: 		if (ctrl & E1000_CTRL_MDIO)
	je	.L257	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2765: 			data |= 1;
	orl	$1, %esi	#, data
.L257:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2669: 	ew32(CTRL, (*ctrl & ~E1000_CTRL_MDC));
	movl	%ecx, -16(%ebp)	# ret, %sfp
	movl	%ecx, %edx	# ret, _110
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _108
	andl	$-2097153, %edx	#, _110
	movl	%edx, -24(%ebp)	# _110, %sfp
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _110, MEM[(volatile unsigned int *)_108]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2670: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp237
	addl	$8, %eax	#, _112
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_112], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2759: 	for (data = 0, i = 0; i < 16; i++) {
	movl	-16(%ebp), %ecx	# %sfp, ret
	decb	-17(%ebp)	# %sfp
	jne	.L258	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2654: 	ew32(CTRL, (*ctrl | E1000_CTRL_MDC));
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _120
	orl	$2097152, %ecx	#, ret
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _122, MEM[(volatile unsigned int *)_120]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2655: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp240
	addl	$8, %eax	#, _124
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_124], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2656: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2669: 	ew32(CTRL, (*ctrl & ~E1000_CTRL_MDC));
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, _114
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	-24(%ebp), %ecx	# %sfp, _110
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# _110, MEM[(volatile unsigned int *)_114]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2670: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, hw_13(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_118], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2671: 	udelay(10);
#NO_APP
	movl	$42950, %eax	#,
	call	__const_udelay	#
.L254:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2877: 			*phy_data = (u16)mdic;
	movl	-32(%ebp), %eax	# %sfp, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2909: 	return E1000_SUCCESS;
	xorl	%edi, %edi	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2877: 			*phy_data = (u16)mdic;
	movw	%si, (%eax)	# data, *phy_data_17(D)
.L246:
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-28(%ebp), %edx	# %sfp,
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2805: }
	movl	%edi, %eax	# <retval>,
	addl	$20, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L273:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2854: 			mdic = ((reg_addr << E1000_MDIC_REG_SHIFT) |
	sall	$16, %esi	#, tmp174
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2858: 			ew32(MDIC, mdic);
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp225
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2854: 			mdic = ((reg_addr << E1000_MDIC_REG_SHIFT) |
	orl	$136314880, %esi	#, mdic
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,32(%eax)	# mdic, MEM[(volatile unsigned int *)_48]
# 0 "" 2
#NO_APP
	movl	$64, %edi	#, ivtmp_5
	jmp	.L256	#
	.p2align 4,,10
	.p2align 3
.L274:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2863: 			for (i = 0; i < 64; i++) {
	decl	%edi	# ivtmp_5
	je	.L253	#,
.L256:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2864: 				udelay(50);
	movl	$214750, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2865: 				mdic = er32(MDIC);
	movl	(%ebx), %eax	# hw_13(D)->hw_addr, tmp226
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 32(%eax),%esi	# MEM[(volatile unsigned int *)_50], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2866: 				if (mdic & E1000_MDIC_READY)
#NO_APP
	testl	$268435456, %esi	#, ret
	je	.L274	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2873: 			if (mdic & E1000_MDIC_ERROR) {
	testl	$1073741824, %esi	#, ret
	jne	.L253	#,
.L271:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2877: 			*phy_data = (u16)mdic;
	movzwl	%si, %esi	# ret, data
	jmp	.L254	#
	.p2align 4,,10
	.p2align 3
.L272:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2826: 				(phy_addr << E1000_MDIC_PHY_SHIFT) |
	movl	108(%ebx), %eax	# hw_13(D)->phy_addr, tmp166
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2825: 			mdic = ((reg_addr << E1000_MDIC_REG_SHIFT) |
	sall	$16, %esi	#, tmp168
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2826: 				(phy_addr << E1000_MDIC_PHY_SHIFT) |
	sall	$21, %eax	#, tmp166
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2826: 				(phy_addr << E1000_MDIC_PHY_SHIFT) |
	orl	%eax, %esi	# tmp166, tmp169
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2830: 			writel(mdic, E1000_MDIO_CMD);
	movl	8(%ebx), %eax	# hw_13(D)->ce4100_gbe_mdio_base_virt, tmp223
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2825: 			mdic = ((reg_addr << E1000_MDIC_REG_SHIFT) |
	orl	$-2147483648, %esi	#, mdic
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,4(%eax)	# mdic, MEM[(volatile unsigned int *)_30]
# 0 "" 2
#NO_APP
	movl	$64, %esi	#, ivtmp_74
	jmp	.L248	#
	.p2align 4,,10
	.p2align 3
.L275:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2835: 			for (i = 0; i < 64; i++) {
	decl	%esi	# ivtmp_74
	je	.L253	#,
.L248:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2836: 				udelay(50);
	movl	$214750, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2837: 				mdic = readl(E1000_MDIO_CMD);
	movl	8(%ebx), %eax	# hw_13(D)->ce4100_gbe_mdio_base_virt, tmp224
	addl	$4, %eax	#, _32
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_32], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2838: 				if (!(mdic & INTEL_CE_GBE_MDIC_GO))
#NO_APP
	testl	%eax, %eax	# ret
	js	.L275	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2847: 			mdic = readl(E1000_MDIO_STS);
	movl	8(%ebx), %eax	# hw_13(D)->ce4100_gbe_mdio_base_virt, _39
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_39], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2848: 			if (mdic & INTEL_CE_GBE_MDIC_READ_ERROR) {
#NO_APP
	testl	%esi, %esi	# ret
	jns	.L271	#,
	.p2align 4
	.p2align 3
.L253:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2844: 				return -E1000_ERR_PHY;
	movl	$-2, %edi	#, <retval>
	jmp	.L246	#
	.p2align 4,,10
	.p2align 3
.L242:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2793: 		ret_val = e1000_write_phy_reg_ex(hw, IGP01E1000_PHY_PAGE_SELECT,
	movzwl	%si, %ecx	# reg_addr, reg_addr
	movl	$31, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2795: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2793: 		ret_val = e1000_write_phy_reg_ex(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	%eax, %edi	# tmp209, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2795: 		if (ret_val)
	je	.L247	#,
	jmp	.L246	#
	.size	e1000_read_phy_reg, .-e1000_read_phy_reg
	.p2align 4
	.type	e1000_config_mac_to_phy, @function
e1000_config_mac_to_phy:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp173, hw
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1905: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp182
	movl	%eax, -16(%ebp)	# tmp182, D.81261
	xorl	%eax, %eax	# tmp182
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1913: 	if ((hw->mac_type >= e1000_82544) && (hw->mac_type != e1000_ce4100))
	movl	12(%ebx), %eax	# hw_22(D)->mac_type, _23
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1908: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1913: 	if ((hw->mac_type >= e1000_82544) && (hw->mac_type != e1000_ce4100))
	cmpl	$3, %eax	#, _23
	jbe	.L292	#,
	cmpl	$9, %eax	#, _23
	je	.L292	#,
.L277:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1914: 		return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L276:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1970: }
	movl	-16(%ebp), %edx	# D.81261, tmp183
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp183
	jne	.L297	#,
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L292:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1919: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, _5
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_5], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1945: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
#NO_APP
	leal	-18(%ebp), %ecx	#, tmp191
	movl	%esi, %edi	# ret, _13
	andl	$-897, %edi	#, _13
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1923: 	switch (hw->phy_type) {
	cmpl	$3, 16(%ebx)	#, hw_22(D)->phy_type
	je	.L298	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1945: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
	movl	$17, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1947: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L276	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1950: 		if (phy_data & M88E1000_PSSR_DPLX)
	testb	$32, -17(%ebp)	#, phy_data
	jne	.L299	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1953: 			ctrl &= ~E1000_CTRL_FD;
	andl	$-898, %esi	#, tmp148
	orl	$6144, %esi	#, ctrl
.L286:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	cmpl	$3, 12(%ebx)	#, hw_22(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp193
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	sbbl	%edx, %edx	# prephitmp_76
	andl	$4096, %edx	#, prephitmp_76
	addl	$258048, %edx	#, prephitmp_76
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	addl	$1024, %eax	#, _59
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_59], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %eax	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_22(D)->hw_addr, tmp194
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	%edx, %eax	# prephitmp_76, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_66]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp195
	addl	$8, %eax	#, _68
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_68], ret
# 0 "" 2
#NO_APP
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
	andl	$49152, %eax	#, _31
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1960: 		if ((phy_data & M88E1000_PSSR_SPEED) == M88E1000_PSSR_1000MBS)
	cmpl	$32768, %eax	#, _31
	je	.L300	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1962: 		else if ((phy_data & M88E1000_PSSR_SPEED) ==
	cmpl	$16384, %eax	#, _31
	jne	.L284	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1964: 			ctrl |= E1000_CTRL_SPD_100;
	orl	$256, %esi	#, ctrl
	jmp	.L284	#
	.p2align 4,,10
	.p2align 3
.L298:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1925: 		ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &phy_data);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1926: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L276	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1929: 		if (phy_data & RTL_PHY_CTRL_FD)
	testb	$1, -17(%ebp)	#, phy_data
	je	.L281	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1930: 			ctrl |= E1000_CTRL_FD;
	movl	%edi, %esi	# _13, _13
	orl	$6145, %esi	#, _13
.L282:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	cmpl	$3, 12(%ebx)	#, hw_22(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %ecx	# hw_22(D)->hw_addr, tmp188
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	sbbl	%eax, %eax	# prephitmp_30
	andl	$4096, %eax	#, prephitmp_30
	addl	$258048, %eax	#, prephitmp_30
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 1024(%ecx),%edx	# MEM[(volatile unsigned int *)_46], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %edx	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_22(D)->hw_addr, tmp189
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	%edx, %eax	# tctl, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_53]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, tmp190
	addl	$8, %eax	#, _55
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_55], ret
# 0 "" 2
#NO_APP
.L284:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1968: 	ew32(CTRL, ctrl);
	movl	(%ebx), %eax	# hw_22(D)->hw_addr, _11
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# ctrl, MEM[(volatile unsigned int *)_11]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1969: 	return E1000_SUCCESS;
#NO_APP
	jmp	.L277	#
	.p2align 4,,10
	.p2align 3
.L299:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1951: 			ctrl |= E1000_CTRL_FD;
	orl	$6145, %edi	#, _13
	movl	%edi, %esi	# _13, ctrl
	jmp	.L286	#
	.p2align 4,,10
	.p2align 3
.L300:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1961: 			ctrl |= E1000_CTRL_SPD_1000;
	orl	$512, %esi	#, ctrl
	jmp	.L284	#
	.p2align 4,,10
	.p2align 3
.L281:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1932: 			ctrl &= ~E1000_CTRL_FD;
	andl	$-898, %esi	#, tmp137
	orl	$6144, %esi	#, ctrl
	jmp	.L282	#
.L297:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1970: }
	call	__stack_chk_fail	#
	.size	e1000_config_mac_to_phy, .-e1000_config_mac_to_phy
	.p2align 4
	.type	e1000_get_cable_length, @function
e1000_get_cable_length:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp142, min_length
	pushl	%ebx	#
	movl	%ecx, %ebx	# tmp143, max_length
	subl	$20, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4880: {
	movl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp153
	movl	%edx, -16(%ebp)	# tmp153, D.81283
	xorl	%edx, %edx	# tmp153
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4886: 	*min_length = *max_length = 0;
	movw	$0, (%ecx)	#, *max_length_36(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4886: 	*min_length = *max_length = 0;
	movw	$0, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4883: 	u16 i, phy_data;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4889: 	if (hw->phy_type == e1000_phy_m88) {
	movl	16(%eax), %edx	# hw_40(D)->phy_type, _3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4889: 	if (hw->phy_type == e1000_phy_m88) {
	testl	%edx, %edx	# _3
	je	.L320	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4922: 	} else if (hw->phy_type == e1000_phy_igp) {	/* For IGP PHY */
	decl	%edx	# _3
	je	.L321	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
	.p2align 4
	.p2align 3
.L301:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4975: }
	movl	-16(%ebp), %eax	# D.81283, tmp155
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp155
	jne	.L322	#,
	addl	$20, %esp	#,
	movl	%edx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L321:
	movl	%esi, -28(%ebp)	# min_length, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4924: 		u16 min_agc_value = IGP01E1000_AGC_LENGTH_TABLE_SIZE;
	movl	$128, %edx	#, min_agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4882: 	u16 agc_value = 0;
	xorl	%ecx, %ecx	# agc_value
	movl	%ebx, -32(%ebp)	# max_length, %sfp
	movl	$agc_reg_array.0, %edi	#, ivtmp.477
	movl	%ecx, %esi	# agc_value, agc_value
	movl	%eax, -24(%ebp)	# hw, %sfp
	movl	%edx, %ebx	# min_agc_value, min_agc_value
.L312:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4934: 			    e1000_read_phy_reg(hw, agc_reg_array[i], &phy_data);
	movzwl	(%edi), %edx	# MEM[(short unsigned int *)_32], MEM[(short unsigned int *)_32]
	leal	-18(%ebp), %ecx	#, tmp165
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4935: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L318	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4938: 			cur_agc_value = phy_data >> IGP01E1000_AGC_LENGTH_SHIFT;
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
	shrl	$7, %eax	#, cur_agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4942: 			     IGP01E1000_AGC_LENGTH_TABLE_SIZE - 1) ||
	leal	-1(%eax), %edx	#, tmp123
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4941: 			if ((cur_agc_value >=
	cmpw	$125, %dx	#, tmp123
	ja	.L310	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4946: 			agc_value += cur_agc_value;
	leal	(%eax,%esi), %edx	#, tmp125
	cmpl	%eax, %ebx	# cur_agc_value, min_agc_value
	cmova	%eax, %ebx	# min_agc_value,, cur_agc_value, min_agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4932: 		for (i = 0; i < IGP01E1000_PHY_CHANNEL_NUM; i++) {
	addl	$2, %edi	#, ivtmp.477
	movl	$agc_reg_array.0+8, %eax	#, tmp166
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4946: 			agc_value += cur_agc_value;
	movzwl	%dx, %esi	# tmp125, agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4932: 		for (i = 0; i < IGP01E1000_PHY_CHANNEL_NUM; i++) {
	cmpl	%edi, %eax	# ivtmp.477, tmp166
	jne	.L312	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4962: 			agc_value /= IGP01E1000_PHY_CHANNEL_NUM;
	movl	%esi, %edx	# agc_value, agc_value
	movl	%ebx, %edi	# min_agc_value, min_agc_value
	movl	-28(%ebp), %esi	# %sfp, min_length
	movl	%edx, %eax	# agc_value, agc_value
	movl	-32(%ebp), %ebx	# %sfp, max_length
	shrl	$2, %eax	#, agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4954: 		if (agc_value <
	cmpl	$199, %edx	#, agc_value
	ja	.L314	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4956: 			agc_value -= min_agc_value;
	subl	%edi, %edx	# min_agc_value, agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4959: 			agc_value /= (IGP01E1000_PHY_CHANNEL_NUM - 1);
	movl	$-1431655765, %eax	#, agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4956: 			agc_value -= min_agc_value;
	movzwl	%dx, %edx	# tmp128, agc_value
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4959: 			agc_value /= (IGP01E1000_PHY_CHANNEL_NUM - 1);
	mull	%edx	# agc_value
	shrl	%edx	# tmp129
	movzwl	%dx, %eax	# tmp129, agc_value
.L314:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4966: 		*min_length = ((e1000_igp_cable_length_table[agc_value] -
	movzwl	e1000_igp_cable_length_table(%eax,%eax), %eax	# e1000_igp_cable_length_table[_14], _15
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4969: 		     IGP01E1000_AGC_RANGE) : 0;
	xorl	%ecx, %ecx	# tmp152
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4966: 		*min_length = ((e1000_igp_cable_length_table[agc_value] -
	leal	-10(%eax), %edx	#, tmp134
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4969: 		     IGP01E1000_AGC_RANGE) : 0;
	testl	%edx, %edx	# tmp134
	cmovs	%ecx, %edx	# tmp134,, tmp152, tmp134
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4970: 		*max_length = e1000_igp_cable_length_table[agc_value] +
	addl	$10, %eax	#, tmp136
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4966: 		*min_length = ((e1000_igp_cable_length_table[agc_value] -
	movw	%dx, (%esi)	# tmp134, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4970: 		*max_length = e1000_igp_cable_length_table[agc_value] +
	movw	%ax, (%ebx)	# tmp136, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L320:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4890: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
	leal	-18(%ebp), %ecx	#, tmp164
	movl	$17, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4892: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4890: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
	movl	%eax, %edx	# tmp144, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4892: 		if (ret_val)
	jne	.L301	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4894: 		cable_length = (phy_data & M88E1000_PSSR_CABLE_LENGTH) >>
	movzwl	-18(%ebp), %eax	# phy_data, phy_data
	sarl	$7, %eax	#, tmp116
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4894: 		cable_length = (phy_data & M88E1000_PSSR_CABLE_LENGTH) >>
	andl	$7, %eax	#, cable_length
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4898: 		switch (cable_length) {
	cmpl	$2, %eax	#, cable_length
	je	.L304	#,
	ja	.L305	#,
	testl	%eax, %eax	# cable_length
	je	.L323	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4904: 			*min_length = e1000_igp_cable_length_50;
	movw	$50, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4905: 			*max_length = e1000_igp_cable_length_80;
	movw	$80, (%ebx)	#, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L305:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4898: 		switch (cable_length) {
	cmpl	$3, %eax	#, cable_length
	je	.L308	#,
	cmpl	$4, %eax	#, cable_length
	jne	.L310	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4916: 			*min_length = e1000_igp_cable_length_140;
	movw	$140, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4917: 			*max_length = e1000_igp_cable_length_170;
	movw	$170, (%ebx)	#, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L304:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4908: 			*min_length = e1000_igp_cable_length_80;
	movw	$80, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4909: 			*max_length = e1000_igp_cable_length_110;
	movw	$110, (%ebx)	#, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L323:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4900: 			*min_length = 0;
	movw	$0, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4901: 			*max_length = e1000_igp_cable_length_50;
	movw	$50, (%ebx)	#, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L308:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4912: 			*min_length = e1000_igp_cable_length_110;
	movw	$110, (%esi)	#, *min_length_38(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4974: 	return E1000_SUCCESS;
	xorl	%edx, %edx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4913: 			*max_length = e1000_igp_cable_length_140;
	movw	$140, (%ebx)	#, *max_length_36(D)
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L318:
	movl	%eax, %edx	# <retval>, <retval>
	jmp	.L301	#
	.p2align 4,,10
	.p2align 3
.L310:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4920: 			return -E1000_ERR_PHY;
	movl	$-2, %edx	#, <retval>
	jmp	.L301	#
.L322:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4975: }
	call	__stack_chk_fail	#
	.size	e1000_get_cable_length, .-e1000_get_cable_length
	.p2align 4
	.globl	e1000_get_speed_and_duplex
	.type	e1000_get_speed_and_duplex, @function
e1000_get_speed_and_duplex:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp127, hw
	movl	%esi, -8(%ebp)	#,
	movl	%ecx, %esi	# tmp129, duplex
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2553: {
	movl	%edx, %edi	# tmp128, speed
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp132
	movl	%eax, -16(%ebp)	# tmp132, D.81287
	xorl	%eax, %eax	# tmp132
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2558: 	if (hw->mac_type >= e1000_82543) {
	cmpl	$2, 12(%ebx)	#, hw_21(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2556: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2558: 	if (hw->mac_type >= e1000_82543) {
	jbe	.L325	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2559: 		status = er32(STATUS);
	movl	(%ebx), %eax	# hw_21(D)->hw_addr, tmp135
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%edx	# MEM[(volatile unsigned int *)_4], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2560: 		if (status & E1000_STATUS_SPEED_1000) {
#NO_APP
	testb	$-128, %dl	#, ret
	movl	$1000, %eax	#, _43
	je	.L346	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2561: 			*speed = SPEED_1000;
	movw	%ax, (%edi)	# _43, *speed_22(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2571: 		if (status & E1000_STATUS_FD) {
	testb	$1, %dl	#, ret
	movl	$1, %eax	#, _36
	jne	.L327	#,
.L328:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2575: 			*duplex = HALF_DUPLEX;
	movw	%ax, (%esi)	# _36, *duplex_24(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2588: 	if (hw->phy_type == e1000_phy_igp && hw->speed_downgraded) {
	cmpl	$1, 16(%ebx)	#, hw_21(D)->phy_type
	je	.L347	#,
.L330:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2608: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L324:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2609: }
	movl	-16(%ebp), %edx	# D.81287, tmp133
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp133
	jne	.L348	#,
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L325:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2580: 		*speed = SPEED_1000;
	movw	$1000, (%edx)	#, *speed_22(D)
.L327:
	movl	$2, %eax	#, _36
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2575: 			*duplex = HALF_DUPLEX;
	movw	%ax, (%esi)	# _36, *duplex_24(D)
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2588: 	if (hw->phy_type == e1000_phy_igp && hw->speed_downgraded) {
	cmpl	$1, 16(%ebx)	#, hw_21(D)->phy_type
	jne	.L330	#,
.L347:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2588: 	if (hw->phy_type == e1000_phy_igp && hw->speed_downgraded) {
	cmpb	$0, 229(%ebx)	#, hw_21(D)->speed_downgraded
	je	.L330	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2589: 		ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_EXP, &phy_data);
	leal	-18(%ebp), %ecx	#, tmp137
	movl	$6, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2590: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L324	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2593: 		if (!(phy_data & NWAY_ER_LP_NWAY_CAPS))
	testb	$1, -18(%ebp)	#, phy_data
	jne	.L333	#,
.L335:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2594: 			*duplex = HALF_DUPLEX;
	movw	$1, (%esi)	#, *duplex_24(D)
	jmp	.L330	#
	.p2align 4,,10
	.p2align 3
.L346:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2563: 		} else if (status & E1000_STATUS_SPEED_100) {
	movl	%edx, %eax	# ret, tmp108
	andl	$64, %eax	#, tmp108
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2563: 		} else if (status & E1000_STATUS_SPEED_100) {
	cmpl	$1, %eax	#, tmp108
	sbbl	%eax, %eax	# _43
	andl	$-90, %eax	#, _43
	addl	$100, %eax	#, _43
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2571: 		if (status & E1000_STATUS_FD) {
	testb	$1, %dl	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2561: 			*speed = SPEED_1000;
	movw	%ax, (%edi)	# _43, *speed_22(D)
	movl	$1, %eax	#, _36
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2571: 		if (status & E1000_STATUS_FD) {
	je	.L328	#,
	jmp	.L327	#
	.p2align 4,,10
	.p2align 3
.L333:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2597: 			    e1000_read_phy_reg(hw, PHY_LP_ABILITY, &phy_data);
	leal	-18(%ebp), %ecx	#, tmp138
	movl	$5, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2598: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L324	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2600: 			if ((*speed == SPEED_100 &&
	movzwl	(%edi), %eax	# *speed_22(D), _16
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2600: 			if ((*speed == SPEED_100 &&
	cmpl	$100, %eax	#, _16
	je	.L349	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2601: 			     !(phy_data & NWAY_LPAR_100TX_FD_CAPS)) ||
	cmpl	$10, %eax	#, _16
	jne	.L330	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2602: 			    (*speed == SPEED_10 &&
	testb	$64, -18(%ebp)	#, phy_data
	je	.L335	#,
	.p2align 4,,4
	jmp	.L330	#
.L349:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2600: 			if ((*speed == SPEED_100 &&
	testb	$1, -17(%ebp)	#, phy_data
	.p2align 4,,3
	je	.L335	#,
	.p2align 4,,7
	jmp	.L330	#
.L348:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2609: }
	.p2align 4,,7
	call	__stack_chk_fail	#
	.size	e1000_get_speed_and_duplex, .-e1000_get_speed_and_duplex
	.p2align 4
	.type	e1000_config_fc_after_link_up, @function
e1000_config_fc_after_link_up:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2048: {
	movl	%eax, %ebx	# tmp144, hw
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp153
	movl	%eax, -8(%ebp)	# tmp153, D.81292
	xorl	%eax, %eax	# tmp153
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2060: 	if (((hw->media_type == e1000_media_type_fiber) &&
	movl	24(%ebx), %eax	# hw_35(D)->media_type, _6
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2050: 	u16 mii_status_reg;
	movw	$0, -18(%ebp)	#, mii_status_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2051: 	u16 mii_nway_adv_reg;
	movw	$0, -16(%ebp)	#, mii_nway_adv_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2052: 	u16 mii_nway_lp_ability_reg;
	movw	$0, -14(%ebp)	#, mii_nway_lp_ability_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2053: 	u16 speed;
	movw	$0, -12(%ebp)	#, speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2061: 	     (hw->autoneg_failed)) ||
	leal	-1(%eax), %edx	#, tmp111
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2054: 	u16 duplex;
	movw	$0, -10(%ebp)	#, duplex
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2060: 	if (((hw->media_type == e1000_media_type_fiber) &&
	cmpl	$1, %edx	#, tmp111
	jbe	.L378	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2063: 	     (hw->autoneg_failed)) ||
	testl	%eax, %eax	# _6
	jne	.L354	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2064: 	    ((hw->media_type == e1000_media_type_copper) &&
	cmpb	$0, 211(%ebx)	#, hw_35(D)->autoneg
	jne	.L355	#,
.L352:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2066: 		ret_val = e1000_force_mac_fc(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_force_mac_fc	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2067: 		if (ret_val) {
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2078: 	if ((hw->media_type == e1000_media_type_copper) && hw->autoneg) {
	movl	24(%ebx), %eax	# hw_35(D)->media_type,
	testl	%eax, %eax	#
	jne	.L354	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2078: 	if ((hw->media_type == e1000_media_type_copper) && hw->autoneg) {
	cmpb	$0, 211(%ebx)	#, hw_35(D)->autoneg
	jne	.L355	#,
.L354:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2253: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L350:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2254: }
	movl	-8(%ebp), %edx	# D.81292, tmp154
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp154
	jne	.L379	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L378:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2061: 	     (hw->autoneg_failed)) ||
	movl	120(%ebx), %edx	# hw_35(D)->autoneg_failed,
	testl	%edx, %edx	#
	jne	.L352	#,
	jmp	.L354	#
	.p2align 4,,10
	.p2align 3
.L355:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2083: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp156
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2084: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2086: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp157
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2087: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2090: 		if (mii_status_reg & MII_SR_AUTONEG_COMPLETE) {
	testb	$32, -18(%ebp)	#, mii_status_reg
	je	.L354	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2097: 			ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV,
	leal	-16(%ebp), %ecx	#, tmp158
	movl	$4, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2099: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2101: 			ret_val = e1000_read_phy_reg(hw, PHY_LP_ABILITY,
	leal	-14(%ebp), %ecx	#, tmp159
	movl	$5, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2103: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2141: 			if ((mii_nway_adv_reg & NWAY_AR_PAUSE) &&
	movzwl	-16(%ebp), %eax	# mii_nway_adv_reg, mii_nway_adv_reg.119_14
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2141: 			if ((mii_nway_adv_reg & NWAY_AR_PAUSE) &&
	testb	$4, %ah	#, mii_nway_adv_reg.119_14
	je	.L356	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2141: 			if ((mii_nway_adv_reg & NWAY_AR_PAUSE) &&
	testb	$4, -13(%ebp)	#, mii_nway_lp_ability_reg
	je	.L356	#,
	xorl	%eax, %eax	# _52
	cmpl	$3, 112(%ebx)	#, hw_35(D)->original_fc
	sete	%al	#, _52
	leal	1(%eax,%eax), %eax	#, _52
.L357:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2154: 					hw->fc = E1000_FC_RX_PAUSE;
	movl	%eax, 44(%ebx)	# _52, hw_35(D)->fc
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2229: 			    e1000_get_speed_and_duplex(hw, &speed, &duplex);
	leal	-10(%ebp), %ecx	#, tmp162
	movl	%ebx, %eax	# hw,
	leal	-12(%ebp), %edx	#, tmp163
	call	e1000_get_speed_and_duplex	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2230: 			if (ret_val) {
	testl	%eax, %eax	# <retval>
	jne	.L350	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2236: 			if (duplex == HALF_DUPLEX)
	cmpw	$1, -10(%ebp)	#, duplex
	jne	.L360	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2237: 				hw->fc = E1000_FC_NONE;
	movl	$0, 44(%ebx)	#, hw_35(D)->fc
.L360:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2242: 			ret_val = e1000_force_mac_fc(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_force_mac_fc	#
	jmp	.L350	#
.L356:
	andl	$3072, %eax	#, _61
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2167: 			else if (!(mii_nway_adv_reg & NWAY_AR_PAUSE) &&
	cmpl	$2048, %eax	#, _61
	je	.L380	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2183: 			else if ((mii_nway_adv_reg & NWAY_AR_PAUSE) &&
	cmpl	$3072, %eax	#, _61
	jne	.L359	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2185: 				 !(mii_nway_lp_ability_reg & NWAY_LPAR_PAUSE) &&
	movzwl	-14(%ebp), %eax	# mii_nway_lp_ability_reg, mii_nway_lp_ability_reg
	andl	$3072, %eax	#, tmp133
	cmpl	$2048, %eax	#, tmp133
	je	.L364	#,
.L359:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2213: 			else if ((hw->original_fc == E1000_FC_NONE ||
	movl	112(%ebx), %eax	# hw_35(D)->original_fc, _52
	andl	$-3, %eax	#, _52
	je	.L357	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2214: 				  hw->original_fc == E1000_FC_TX_PAUSE) ||
	movzbl	248(%ebx), %eax	# hw_35(D)->fc_strict_ieee, tmp135
	xorb	$1, %al	#, tmp135
	movzbl	%al, %eax	# tmp135, _52
	jmp	.L357	#
.L380:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2169: 				 (mii_nway_lp_ability_reg & NWAY_LPAR_PAUSE) &&
	movzwl	-14(%ebp), %eax	# mii_nway_lp_ability_reg, mii_nway_lp_ability_reg
	andl	$3072, %eax	#, tmp130
	cmpl	$3072, %eax	#, tmp130
	jne	.L359	#,
	movl	$2, %eax	#, _52
	jmp	.L357	#
.L379:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2254: }
	call	__stack_chk_fail	#
.L364:
	movl	$1, %eax	#, _52
	jmp	.L357	#
	.size	e1000_config_fc_after_link_up, .-e1000_config_fc_after_link_up
	.p2align 4
	.type	e1000_check_polarity, @function
e1000_check_polarity:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	movl	%edx, %esi	# tmp119, polarity
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp118, hw
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4994: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp123
	movl	%eax, -12(%ebp)	# tmp123, D.81296
	xorl	%eax, %eax	# tmp123
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4998: 	if (hw->phy_type == e1000_phy_m88) {
	movl	16(%ebx), %eax	# hw_21(D)->phy_type, _2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4996: 	u16 phy_data;
	movw	$0, -14(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4998: 	if (hw->phy_type == e1000_phy_m88) {
	testl	%eax, %eax	# _2
	je	.L389	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5008: 	} else if (hw->phy_type == e1000_phy_igp) {
	decl	%eax	# _2
	je	.L390	#,
.L384:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5041: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L381:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5042: }
	movl	-12(%ebp), %edx	# D.81296, tmp124
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp124
	jne	.L391	#,
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L389:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5000: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
	leal	-14(%ebp), %ecx	#, tmp126
	movl	$17, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5002: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L381	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5006: 		    e1000_rev_polarity_reversed : e1000_rev_polarity_normal;
	movzwl	-14(%ebp), %eax	# phy_data, phy_data
.L388:
	sarl	%eax	# tmp104
	andl	$1, %eax	#, tmp105
	movl	%eax, (%esi)	# tmp105, *polarity_24(D)
	jmp	.L384	#
	.p2align 4,,10
	.p2align 3
.L390:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5010: 		ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_STATUS,
	leal	-14(%ebp), %ecx	#, tmp127
	movl	$17, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5012: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L381	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5018: 		if ((phy_data & IGP01E1000_PSSR_SPEED_MASK) ==
	movzwl	-14(%ebp), %eax	# phy_data, phy_data.202_8
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5018: 		if ((phy_data & IGP01E1000_PSSR_SPEED_MASK) ==
	movl	%eax, %edx	# phy_data.202_8, tmp108
	andl	$49152, %edx	#, tmp108
	cmpl	$49152, %edx	#, tmp108
	jne	.L388	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5022: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PCS_INIT_REG,
	leal	-14(%ebp), %ecx	#, tmp129
	movl	$180, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5024: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L381	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5029: 			    e1000_rev_polarity_reversed :
	movzwl	-14(%ebp), %eax	# phy_data, phy_data
	testb	$120, %al	#, phy_data
	setne	%al	#, tmp114
	movzbl	%al, %eax	# tmp114, tmp112
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5028: 			*polarity = (phy_data & IGP01E1000_PHY_POLARITY_MASK) ?
	movl	%eax, (%esi)	# tmp112, *polarity_24(D)
	jmp	.L384	#
.L391:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5042: }
	call	__stack_chk_fail	#
	.size	e1000_check_polarity, .-e1000_check_polarity
	.p2align 4
	.globl	e1000_phy_setup_autoneg
	.type	e1000_phy_setup_autoneg, @function
e1000_phy_setup_autoneg:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1501: 	ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV, &mii_autoneg_adv_reg);
	movl	$4, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1495: {
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%ebx, -12(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1501: 	ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV, &mii_autoneg_adv_reg);
	leal	-20(%ebp), %ecx	#, tmp168
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1495: {
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp156, hw
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1495: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp165
	movl	%eax, -16(%ebp)	# tmp165, D.81315
	xorl	%eax, %eax	# tmp165
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1501: 	ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV, &mii_autoneg_adv_reg);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1497: 	u16 mii_autoneg_adv_reg;
	movw	$0, -20(%ebp)	#, mii_autoneg_adv_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1498: 	u16 mii_1000t_ctrl_reg;
	movw	$0, -18(%ebp)	#, mii_1000t_ctrl_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1501: 	ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV, &mii_autoneg_adv_reg);
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1502: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1501: 	ret_val = e1000_read_phy_reg(hw, PHY_AUTONEG_ADV, &mii_autoneg_adv_reg);
	movl	%eax, %ebx	# tmp157, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1502: 	if (ret_val)
	je	.L424	#,
.L392:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1634: }
	movl	-16(%ebp), %eax	# D.81315, tmp166
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp166
	jne	.L425	#,
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-12(%ebp), %ebx	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L424:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1506: 	ret_val = e1000_read_phy_reg(hw, PHY_1000T_CTRL, &mii_1000t_ctrl_reg);
	leal	-18(%ebp), %ecx	#, tmp169
	movl	$9, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1507: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1506: 	ret_val = e1000_read_phy_reg(hw, PHY_1000T_CTRL, &mii_1000t_ctrl_reg);
	movl	%eax, %ebx	# tmp158, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1507: 	if (ret_val)
	jne	.L392	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1510: 		mii_1000t_ctrl_reg &= ~REG9_SPEED_MASK;
	movzwl	-18(%ebp), %eax	# mii_1000t_ctrl_reg, mii_1000t_ctrl_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1529: 	if (hw->autoneg_advertised & ADVERTISE_10_HALF) {
	movzwl	182(%esi), %edx	# hw_46(D)->autoneg_advertised, _13
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1510: 		mii_1000t_ctrl_reg &= ~REG9_SPEED_MASK;
	movl	%eax, %ecx	# mii_1000t_ctrl_reg, _86
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1523: 	mii_autoneg_adv_reg &= ~REG4_SPEED_MASK;
	movl	-20(%ebp), %eax	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1510: 		mii_1000t_ctrl_reg &= ~REG9_SPEED_MASK;
	andl	$64767, %ecx	#, _86
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1524: 	mii_1000t_ctrl_reg &= ~REG9_SPEED_MASK;
	movw	%cx, -18(%ebp)	# _86, mii_1000t_ctrl_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1523: 	mii_autoneg_adv_reg &= ~REG4_SPEED_MASK;
	andl	$65055, %eax	#, _7
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1529: 	if (hw->autoneg_advertised & ADVERTISE_10_HALF) {
	testb	$1, %dl	#, _13
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1523: 	mii_autoneg_adv_reg &= ~REG4_SPEED_MASK;
	movw	%ax, -20(%ebp)	# _7, mii_autoneg_adv_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1529: 	if (hw->autoneg_advertised & ADVERTISE_10_HALF) {
	je	.L394	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1531: 		mii_autoneg_adv_reg |= NWAY_AR_10T_HD_CAPS;
	orl	$32, %eax	#, tmp125
	movw	%ax, -20(%ebp)	# tmp125, mii_autoneg_adv_reg
.L394:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1535: 	if (hw->autoneg_advertised & ADVERTISE_10_FULL) {
	testb	$2, %dl	#, _13
	je	.L395	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1537: 		mii_autoneg_adv_reg |= NWAY_AR_10T_FD_CAPS;
	movl	-20(%ebp), %eax	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
	orl	$64, %eax	#, tmp130
	movw	%ax, -20(%ebp)	# tmp130, mii_autoneg_adv_reg
.L395:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1541: 	if (hw->autoneg_advertised & ADVERTISE_100_HALF) {
	testb	$4, %dl	#, _13
	je	.L396	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1543: 		mii_autoneg_adv_reg |= NWAY_AR_100TX_HD_CAPS;
	movl	-20(%ebp), %eax	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
	orl	$128, %eax	#, tmp135
	movw	%ax, -20(%ebp)	# tmp135, mii_autoneg_adv_reg
.L396:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1547: 	if (hw->autoneg_advertised & ADVERTISE_100_FULL) {
	testb	$8, %dl	#, _13
	je	.L397	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1549: 		mii_autoneg_adv_reg |= NWAY_AR_100TX_FD_CAPS;
	movl	-20(%ebp), %eax	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
	orl	$256, %eax	#, tmp140
	movw	%ax, -20(%ebp)	# tmp140, mii_autoneg_adv_reg
.L397:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1559: 	if (hw->autoneg_advertised & ADVERTISE_1000_FULL) {
	testb	$32, %dl	#, _13
	jne	.L426	#,
.L398:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1581: 	switch (hw->fc) {
	movl	44(%esi), %eax	# hw_46(D)->fc, _27
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1581: 	switch (hw->fc) {
	cmpl	$2, %eax	#, _27
	je	.L399	#,
	ja	.L400	#,
	testl	%eax, %eax	# _27
	.p2align 4,,3
	jne	.L402	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1586: 		mii_autoneg_adv_reg &= ~(NWAY_AR_ASM_DIR | NWAY_AR_PAUSE);
	movl	-20(%ebp), %ebx	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
	andl	$62463, %ebx	#, _31
.L403:
	movw	%bx, -20(%ebp)	# _31, mii_autoneg_adv_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %ecx	# _31,
	movl	$4, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %edi	# tmp159, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%edi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %ebx	# tmp160, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1619: 	if (ret_val)
	testl	%ebx, %ebx	# <retval>
	jne	.L392	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1624: 	if (hw->phy_type == e1000_phy_8201) {
	cmpl	$3, 16(%esi)	#, hw_46(D)->phy_type
	je	.L392	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1627: 		ret_val = e1000_write_phy_reg(hw, PHY_1000T_CTRL,
	movzwl	-18(%ebp), %ebx	# mii_1000t_ctrl_reg, _44
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$9, %edx	#,
	movl	%ebx, %ecx	# _44,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %edi	# tmp161, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%edi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %ebx	# tmp162, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
	jmp	.L392	#
	.p2align 4,,10
	.p2align 3
.L400:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1581: 	switch (hw->fc) {
	cmpl	$3, %eax	#, _27
	movl	$-3, %ebx	#, <retval>
	jne	.L392	#,
.L402:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1598: 		mii_autoneg_adv_reg |= (NWAY_AR_ASM_DIR | NWAY_AR_PAUSE);
	movzwl	-20(%ebp), %ebx	# mii_autoneg_adv_reg, tmp148
	orl	$3072, %ebx	#, _31
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1599: 		break;
	jmp	.L403	#
	.p2align 4,,10
	.p2align 3
.L426:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1561: 		mii_1000t_ctrl_reg |= CR_1000T_FD_CAPS;
	movl	%ecx, %eax	# _86, _86
	orl	$512, %eax	#, _86
	movw	%ax, -18(%ebp)	# tmp144, mii_1000t_ctrl_reg
	jmp	.L398	#
	.p2align 4,,10
	.p2align 3
.L399:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1605: 		mii_autoneg_adv_reg &= ~NWAY_AR_PAUSE;
	movl	-20(%ebp), %ebx	# mii_autoneg_adv_reg, mii_autoneg_adv_reg
	andl	$64511, %ebx	#, tmp152
	orl	$2048, %ebx	#, _31
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1606: 		break;
	jmp	.L403	#
.L425:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1634: }
	call	__stack_chk_fail	#
	.size	e1000_phy_setup_autoneg, .-e1000_phy_setup_autoneg
	.p2align 4
	.globl	e1000_write_phy_reg
	.type	e1000_write_phy_reg, @function
e1000_write_phy_reg:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp103, hw
	movzwl	%cx, %eax	# tmp105, phy_data
	movl	%ebx, -12(%ebp)	#,
	movl	%edx, %ebx	# tmp104, reg_addr
	movl	%eax, -20(%ebp)	# phy_data, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2922: {
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2928: 	if ((hw->phy_type == e1000_phy_igp) &&
	cmpl	$1, 16(%esi)	#, hw_14(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, -16(%ebp)	# tmp106, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2928: 	if ((hw->phy_type == e1000_phy_igp) &&
	jne	.L428	#,
	cmpl	$15, %ebx	#, reg_addr
	ja	.L441	#,
.L428:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	-20(%ebp), %ecx	# %sfp,
	andl	$31, %ebx	#, reg_addr
	movl	%esi, %eax	# hw,
	movl	%ebx, %edx	# reg_addr, tmp101
	call	e1000_write_phy_reg_ex	#
	movl	%eax, %edi	# tmp108, <retval>
.L440:
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-16(%ebp), %edx	# %sfp,
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2943: }
	movl	-12(%ebp), %ebx	#,
	movl	%edi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L441:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2930: 		ret_val = e1000_write_phy_reg_ex(hw, IGP01E1000_PHY_PAGE_SELECT,
	movzwl	%bx, %ecx	# reg_addr, reg_addr
	movl	$31, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2932: 		if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2930: 		ret_val = e1000_write_phy_reg_ex(hw, IGP01E1000_PHY_PAGE_SELECT,
	movl	%eax, %edi	# tmp107, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2932: 		if (ret_val) {
	je	.L428	#,
	jmp	.L440	#
	.size	e1000_write_phy_reg, .-e1000_write_phy_reg
	.p2align 4
	.type	e1000_phy_init_script, @function
e1000_phy_init_script:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp137, hw
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:131: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp140
	movl	%eax, -12(%ebp)	# tmp140, D.81345
	xorl	%eax, %eax	# tmp140
# drivers/net/ethernet/intel/e1000/e1000_hw.c:134: 	if (hw->phy_init_script) {
	movl	20(%ebx), %eax	# hw_24(D)->phy_init_script,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:132: 	u16 phy_saved_data;
	movw	$0, -16(%ebp)	#, phy_saved_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:134: 	if (hw->phy_init_script) {
	testl	%eax, %eax	#
	jne	.L467	#,
.L442:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:218: }
	movl	-12(%ebp), %eax	# D.81345, tmp141
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp141
	jne	.L468	#,
	addl	$8, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L467:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:135: 		msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:140: 		e1000_read_phy_reg(hw, 0x2F5B, &phy_saved_data);
	leal	-16(%ebp), %ecx	#, tmp143
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:143: 		e1000_write_phy_reg(hw, 0x2F5B, 0x0003);
	movl	$3, %ecx	#,
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:144: 		msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$320, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp138, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:147: 		msleep(5);
	movl	$5, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:149: 		switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_24(D)->mac_type, _3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:149: 		switch (hw->mac_type) {
	cmpl	$13, %eax	#, _3
	je	.L445	#,
	ja	.L446	#,
	cmpl	$11, %eax	#, _3
	.p2align 4,,2
	je	.L445	#,
	cmpl	$12, %eax	#, _3
	.p2align 4,,5
	jne	.L448	#,
.L447:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:165: 			e1000_write_phy_reg(hw, 0x1F73, 0x0099);
	movl	$153, %ecx	#,
	movl	$8051, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
.L448:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$13056, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp139, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:172: 		msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:175: 		e1000_write_phy_reg(hw, 0x2F5B, phy_saved_data);
	movzwl	-16(%ebp), %ecx	# phy_saved_data, phy_saved_data
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:177: 		if (hw->mac_type == e1000_82547) {
	cmpl	$13, 12(%ebx)	#, hw_24(D)->mac_type
	jne	.L442	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:181: 			e1000_read_phy_reg(hw,
	leal	-14(%ebp), %ecx	#, tmp144
	movl	$8401, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:178: 			u16 fused, fine, coarse;
	movw	$0, -14(%ebp)	#, fused
# drivers/net/ethernet/intel/e1000/e1000_hw.c:181: 			e1000_read_phy_reg(hw,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:185: 			if (!(fused & IGP01E1000_ANALOG_SPARE_FUSE_ENABLED)) {
	testb	$1, -13(%ebp)	#, fused
	jne	.L442	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:186: 				e1000_read_phy_reg(hw,
	leal	-14(%ebp), %ecx	#, tmp145
	movl	$8400, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:190: 				fine = fused & IGP01E1000_ANALOG_FUSE_FINE_MASK;
	movzwl	-14(%ebp), %eax	# fused, fused.2_9
# drivers/net/ethernet/intel/e1000/e1000_hw.c:191: 				coarse =
	movl	%eax, %ecx	# fused.2_9, coarse
# drivers/net/ethernet/intel/e1000/e1000_hw.c:190: 				fine = fused & IGP01E1000_ANALOG_FUSE_FINE_MASK;
	movl	%eax, %edx	# fused.2_9, fine
# drivers/net/ethernet/intel/e1000/e1000_hw.c:191: 				coarse =
	andl	$112, %ecx	#, coarse
# drivers/net/ethernet/intel/e1000/e1000_hw.c:190: 				fine = fused & IGP01E1000_ANALOG_FUSE_FINE_MASK;
	andl	$3968, %edx	#, fine
# drivers/net/ethernet/intel/e1000/e1000_hw.c:194: 				if (coarse >
	cmpl	$64, %ecx	#, coarse
	jbe	.L451	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:196: 					coarse -=
	subl	$16, %ecx	#, tmp120
# drivers/net/ethernet/intel/e1000/e1000_hw.c:198: 					fine -= IGP01E1000_ANALOG_FUSE_FINE_1;
	addl	$-128, %edx	#, tmp122
# drivers/net/ethernet/intel/e1000/e1000_hw.c:196: 					coarse -=
	andl	$65520, %ecx	#, coarse
	andl	$3968, %edx	#, fine
.L452:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:209: 				e1000_write_phy_reg(hw,
	andl	$-4096, %eax	#, tmp130
	orl	%edx, %ecx	# fine, tmp133
	orl	%eax, %ecx	# tmp130, tmp134
	movl	$8412, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:212: 				e1000_write_phy_reg(hw,
	movl	$2, %ecx	#,
	movl	$8414, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:218: }
	jmp	.L442	#
	.p2align 4,,10
	.p2align 3
.L446:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:149: 		switch (hw->mac_type) {
	cmpl	$14, %eax	#, _3
	je	.L447	#,
	.p2align 4,,8
	jmp	.L448	#
	.p2align 4,,10
	.p2align 3
.L445:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:152: 			e1000_write_phy_reg(hw, 0x1F95, 0x0001);
	movl	$1, %ecx	#,
	movl	$8085, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:153: 			e1000_write_phy_reg(hw, 0x1F71, 0xBD21);
	movl	$48417, %ecx	#,
	movl	$8049, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:154: 			e1000_write_phy_reg(hw, 0x1F79, 0x0018);
	movl	$24, %ecx	#,
	movl	$8057, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:155: 			e1000_write_phy_reg(hw, 0x1F30, 0x1600);
	movl	$5632, %ecx	#,
	movl	$7984, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:156: 			e1000_write_phy_reg(hw, 0x1F31, 0x0014);
	movl	$20, %ecx	#,
	movl	$7985, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:157: 			e1000_write_phy_reg(hw, 0x1F32, 0x161C);
	movl	$5660, %ecx	#,
	movl	$7986, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:158: 			e1000_write_phy_reg(hw, 0x1F94, 0x0003);
	movl	$3, %ecx	#,
	movl	$8084, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:159: 			e1000_write_phy_reg(hw, 0x1F96, 0x003F);
	movl	$63, %ecx	#,
	movl	$8086, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:160: 			e1000_write_phy_reg(hw, 0x2010, 0x0008);
	movl	$8, %ecx	#,
	movl	$8208, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:161: 			break;
	jmp	.L448	#
	.p2align 4,,10
	.p2align 3
.L451:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:199: 				} else if (coarse ==
	jne	.L452	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:201: 					fine -= IGP01E1000_ANALOG_FUSE_FINE_10;
	subl	$1280, %edx	#, tmp126
	andl	$3968, %edx	#, fine
	jmp	.L452	#
.L468:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:218: }
	call	__stack_chk_fail	#
	.size	e1000_phy_init_script, .-e1000_phy_init_script
	.p2align 4
	.globl	e1000_reset_hw
	.type	e1000_reset_hw, @function
e1000_reset_hw:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:376: {
	movl	%eax, %ebx	# tmp191, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:384: 	if (hw->mac_type == e1000_82542_rev2_0) {
	cmpl	$1, 12(%eax)	#, hw_59(D)->mac_type
	je	.L488	#,
.L470:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:391: 	ew32(IMC, 0xffffffff);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp193
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp150
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp150, MEM[(volatile unsigned int *)_5]
# 0 "" 2
#NO_APP
	xorl	%edx, %edx	# tmp152
# drivers/net/ethernet/intel/e1000/e1000_hw.c:397: 	ew32(RCTL, 0);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp194
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,256(%eax)	# tmp152, MEM[(volatile unsigned int *)_7]
# 0 "" 2
#NO_APP
	movl	$8, %edx	#, tmp154
# drivers/net/ethernet/intel/e1000/e1000_hw.c:398: 	ew32(TCTL, E1000_TCTL_PSP);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp195
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1024(%eax)	# tmp154, MEM[(volatile unsigned int *)_9]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:399: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp196
	addl	$8, %eax	#, _11
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_11], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:402: 	hw->tbi_compatibility_on = false;
#NO_APP
	movb	$0, 243(%ebx)	#, hw_59(D)->tbi_compatibility_on
# drivers/net/ethernet/intel/e1000/e1000_hw.c:407: 	msleep(10);
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:409: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, _12
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_12], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:412: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
#NO_APP
	movl	12(%ebx), %ecx	# hw_59(D)->mac_type, _63
# drivers/net/ethernet/intel/e1000/e1000_hw.c:412: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	leal	-11(%ecx), %eax	#, tmp158
# drivers/net/ethernet/intel/e1000/e1000_hw.c:412: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	andl	$-3, %eax	#, tmp158
	je	.L489	#,
.L471:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:435: 		E1000_WRITE_REG_IO(hw, CTRL, (ctrl | E1000_CTRL_RST));
	orl	$67108864, %esi	#, _119
# drivers/net/ethernet/intel/e1000/e1000_hw.c:425: 	switch (hw->mac_type) {
	cmpl	$12, %ecx	#, _63
	ja	.L472	#,
	movl	$1, %eax	#, tmp162
	sall	%cl, %eax	# _63, _108
	testl	$6512, %eax	#, _108
	je	.L490	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4857: 	unsigned long io_addr = hw->io_base;
	movl	96(%ebx), %edi	# hw_59(D)->io_base, io_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4860: 	e1000_io_write(hw, io_addr, offset);
	xorl	%ecx, %ecx	#
	movl	%ebx, %eax	# hw,
	movl	%edi, %edx	# io_addr,
	call	e1000_io_write	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4858: 	unsigned long io_data = hw->io_base + 4;
	leal	4(%edi), %edx	#, io_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4861: 	e1000_io_write(hw, io_data, value);
	movl	%esi, %ecx	# _119,
	movl	%ebx, %eax	# hw,
	call	e1000_io_write	#
.L475:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:452: 	switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_59(D)->mac_type, _28
# drivers/net/ethernet/intel/e1000/e1000_hw.c:452: 	switch (hw->mac_type) {
	cmpl	$4, %eax	#, _28
	jbe	.L491	#,
	subl	$11, %eax	#, tmp167
	cmpl	$3, %eax	#, tmp167
	ja	.L478	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:471: 		msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
.L480:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:482: 	if (hw->mac_type >= e1000_82540) {
	cmpl	$4, 12(%ebx)	#, hw_59(D)->mac_type
	jbe	.L481	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:483: 		manc = er32(MANC);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp203
	addl	$22560, %eax	#, _37
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_37], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:485: 		ew32(MANC, manc);
#NO_APP
	movl	(%ebx), %edi	# hw_59(D)->hw_addr, tmp204
# drivers/net/ethernet/intel/e1000/e1000_hw.c:484: 		manc &= ~(E1000_MANC_ARP_EN);
	andl	$-8193, %eax	#, manc
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,22560(%edi)	# manc, MEM[(volatile unsigned int *)_39]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:488: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
#NO_APP
	movl	12(%ebx), %eax	# hw_59(D)->mac_type, tmp205
	subl	$11, %eax	#, tmp176
# drivers/net/ethernet/intel/e1000/e1000_hw.c:488: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	andl	$-3, %eax	#, tmp176
	jne	.L481	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:489: 		e1000_phy_init_script(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_init_script	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:492: 		led_ctrl = er32(LEDCTL);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp206
	addl	$3584, %eax	#, _44
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_44], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:493: 		led_ctrl &= IGP_ACTIVITY_LED_MASK;
#NO_APP
	andl	$-3841, %eax	#, led_ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:495: 		ew32(LEDCTL, led_ctrl);
	movl	(%ebx), %edi	# hw_59(D)->hw_addr, tmp207
# drivers/net/ethernet/intel/e1000/e1000_hw.c:494: 		led_ctrl |= (IGP_ACTIVITY_LED_ENABLE | IGP_LED3_MODE);
	orl	$117441280, %eax	#, led_ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%edi)	# led_ctrl, MEM[(volatile unsigned int *)_46]
# 0 "" 2
#NO_APP
.L481:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:500: 	ew32(IMC, 0xffffffff);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp208
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp183
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp183, MEM[(volatile unsigned int *)_48]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:503: 	er32(ICR);
#NO_APP
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp209
	addl	$192, %eax	#, _50
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_50], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:506: 	if (hw->mac_type == e1000_82542_rev2_0) {
#NO_APP
	cmpl	$1, 12(%ebx)	#, hw_59(D)->mac_type
	je	.L492	#,
.L482:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:512: }
	popl	%ebx	#
	xorl	%eax, %eax	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L491:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:452: 	switch (hw->mac_type) {
	testl	%eax, %eax	# _28
	jne	.L493	#,
.L478:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5620: 	msleep(5);
	movl	$5, %eax	#,
	call	msleep	#
	jmp	.L480	#
	.p2align 4,,10
	.p2align 3
.L492:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:507: 		if (hw->pci_cmd_word & PCI_COMMAND_INVALIDATE)
	testb	$16, 184(%ebx)	#, hw_59(D)->pci_cmd_word
	je	.L482	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:508: 			e1000_pci_set_mwi(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_pci_set_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:512: }
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L490:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:425: 	switch (hw->mac_type) {
	testl	$1152, %eax	#, _108
	jne	.L474	#,
.L472:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:444: 		ew32(CTRL, (ctrl | E1000_CTRL_RST));
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, _26
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# _119, MEM[(volatile unsigned int *)_26]
# 0 "" 2
#NO_APP
	jmp	.L475	#
	.p2align 4,,10
	.p2align 3
.L493:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:458: 		udelay(10);
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:459: 		ctrl_ext = er32(CTRL_EXT);
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp200
	addl	$24, %eax	#, _30
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_30], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:461: 		ew32(CTRL_EXT, ctrl_ext);
#NO_APP
	movl	(%ebx), %edi	# hw_59(D)->hw_addr, tmp201
# drivers/net/ethernet/intel/e1000/e1000_hw.c:460: 		ctrl_ext |= E1000_CTRL_EXT_EE_RST;
	orl	$8192, %eax	#, ctrl_ext
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,24(%edi)	# ctrl_ext, MEM[(volatile unsigned int *)_32]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:462: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp202
	addl	$8, %eax	#, _34
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_34], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:464: 		msleep(2);
#NO_APP
	movl	$2, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:465: 		break;
	jmp	.L480	#
	.p2align 4,,10
	.p2align 3
.L489:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:413: 		ew32(CTRL, (ctrl | E1000_CTRL_PHY_RST));
	movl	%esi, %eax	# ret, _17
	movl	(%ebx), %edx	# hw_59(D)->hw_addr, _16
	orl	$-2147483648, %eax	#, _17
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# _17, MEM[(volatile unsigned int *)_16]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:414: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp198
	addl	$8, %eax	#, _19
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_19], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:415: 		msleep(5);
#NO_APP
	movl	$5, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:425: 	switch (hw->mac_type) {
	movl	12(%ebx), %ecx	# hw_59(D)->mac_type, _63
	jmp	.L471	#
	.p2align 4,,10
	.p2align 3
.L474:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:440: 		ew32(CTRL_DUP, (ctrl | E1000_CTRL_RST));
	movl	(%ebx), %eax	# hw_59(D)->hw_addr, tmp199
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,4(%eax)	# _119, MEM[(volatile unsigned int *)_24]
# 0 "" 2
#NO_APP
	jmp	.L475	#
	.p2align 4,,10
	.p2align 3
.L488:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:386: 		e1000_pci_clear_mwi(hw);
	call	e1000_pci_clear_mwi	#
	.p2align 4,,6
	jmp	.L470	#
	.size	e1000_reset_hw, .-e1000_reset_hw
	.p2align 4
	.type	e1000_polarity_reversal_workaround, @function
e1000_polarity_reversal_workaround:
	pushl	%ebp	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5534: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	$25, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5525: {
	movl	%esp, %ebp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5534: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	$29, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5525: {
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp106, hw
	pushl	%ebx	#
	subl	$8, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5525: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp119
	movl	%eax, -16(%ebp)	# tmp119, D.81382
	xorl	%eax, %eax	# tmp119
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5534: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5527: 	u16 mii_status_reg;
	movw	$0, -18(%ebp)	#, mii_status_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5534: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5535: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5534: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	%eax, %ebx	# tmp107, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5535: 	if (ret_val)
	je	.L508	#,
.L494:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5608: }
	movl	-16(%ebp), %eax	# D.81382, tmp120
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp120
	jne	.L509	#,
	addl	$8, %esp	#,
	movl	%ebx, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L508:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5537: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFFFF);
	movl	$65535, %ecx	#,
	movl	$30, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5538: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5537: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFFFF);
	movl	%eax, %ebx	# tmp108, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5538: 	if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5541: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0000);
	xorl	%ecx, %ecx	#
	movl	$29, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5542: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5541: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0000);
	movl	%eax, %ebx	# tmp109, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5542: 	if (ret_val)
	jne	.L494	#,
	movl	$20, %edi	#, ivtmp_9
	.p2align 4
	.p2align 3
.L497:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5551: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp122
	movl	$1, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5552: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5551: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%eax, %ebx	# tmp110, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5552: 		if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5555: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp123
	movl	$1, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5556: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5555: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%eax, %ebx	# tmp111, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5556: 		if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5559: 		if ((mii_status_reg & ~MII_SR_LINK_STATUS) == 0)
	movzwl	-18(%ebp), %eax	# mii_status_reg, mii_status_reg
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5559: 		if ((mii_status_reg & ~MII_SR_LINK_STATUS) == 0)
	testl	$65531, %eax	#, mii_status_reg
	je	.L496	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5561: 		msleep(100);
	movl	$100, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5546: 	for (i = PHY_FORCE_TIME; i > 0; i--) {
	leal	-1(%edi), %eax	#, tmp96
	andl	$65535, %eax	#, tmp96
	movl	%eax, %edi	# tmp96, ivtmp_9
	jne	.L497	#,
.L496:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5565: 	msleep(1000);
	movl	$1000, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5569: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	$25, %ecx	#,
	movl	$29, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5570: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5569: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0019);
	movl	%eax, %ebx	# tmp112, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5570: 	if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5572: 	msleep(50);
	movl	$50, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5573: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFFF0);
	movl	$65520, %ecx	#,
	movl	$30, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5574: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5573: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFFF0);
	movl	%eax, %ebx	# tmp113, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5574: 	if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5576: 	msleep(50);
	movl	$50, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5577: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFF00);
	movl	$65280, %ecx	#,
	movl	$30, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5578: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5577: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0xFF00);
	movl	%eax, %ebx	# tmp114, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5578: 	if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5580: 	msleep(50);
	movl	$50, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5581: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0x0000);
	xorl	%ecx, %ecx	#
	movl	$30, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5582: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5581: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, 0x0000);
	movl	%eax, %ebx	# tmp115, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5582: 	if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5585: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0000);
	xorl	%ecx, %ecx	#
	movl	$29, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5586: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5585: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0000);
	movl	%eax, %ebx	# tmp116, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5586: 	if (ret_val)
	jne	.L494	#,
	movl	$20, %edi	#, ivtmp_12
	.p2align 4
	.p2align 3
.L499:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5595: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp125
	movl	$1, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5596: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5595: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%eax, %ebx	# tmp117, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5596: 		if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5599: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	leal	-18(%ebp), %ecx	#, tmp126
	movl	$1, %edx	#,
	movl	%esi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5600: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5599: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%eax, %ebx	# tmp118, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5600: 		if (ret_val)
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5603: 		if (mii_status_reg & MII_SR_LINK_STATUS)
	testb	$4, -18(%ebp)	#, mii_status_reg
	jne	.L494	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5605: 		msleep(100);
	movl	$100, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5590: 	for (i = PHY_FORCE_TIME; i > 0; i--) {
	leal	-1(%edi), %eax	#, tmp103
	andl	$65535, %eax	#, tmp103
	movl	%eax, %edi	# tmp103, ivtmp_12
	jne	.L499	#,
	jmp	.L494	#
.L509:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5608: }
	call	__stack_chk_fail	#
	.size	e1000_polarity_reversal_workaround, .-e1000_polarity_reversal_workaround
	.p2align 4
	.type	e1000_config_dsp_after_link_change, @function
e1000_config_dsp_after_link_change:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$40, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp158, hw
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5167: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp185
	movl	%eax, -16(%ebp)	# tmp185, D.81439
	xorl	%eax, %eax	# tmp185
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5171: 	if (hw->phy_type != e1000_phy_igp)
	cmpl	$1, 16(%ebx)	#, hw_33(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5169: 	u16 phy_data, phy_saved_data, speed, duplex, i;
	movw	$0, -30(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5169: 	u16 phy_data, phy_saved_data, speed, duplex, i;
	movw	$0, -28(%ebp)	#, phy_saved_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5169: 	u16 phy_data, phy_saved_data, speed, duplex, i;
	movw	$0, -26(%ebp)	#, speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5169: 	u16 phy_data, phy_saved_data, speed, duplex, i;
	movw	$0, -24(%ebp)	#, duplex
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5171: 	if (hw->phy_type != e1000_phy_igp)
	jne	.L517	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5174: 	if (link_up) {
	testb	%dl, %dl	# link_up
	jne	.L545	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5187: 		if (hw->dsp_config_state == e1000_dsp_config_activated) {
	cmpl	$2, 236(%ebx)	#, hw_33(D)->dsp_config_state
	je	.L546	#,
.L525:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5243: 		if (hw->ffe_config_state == e1000_ffe_config_active) {
	cmpl	$1, 84(%ebx)	#, hw_33(D)->ffe_config_state
	je	.L547	#,
.L517:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5172: 		return E1000_SUCCESS;
	xorl	%ecx, %ecx	# <retval>
.L510:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5289: }
	movl	-16(%ebp), %eax	# D.81439, tmp186
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp186
	jne	.L548	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ecx, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L545:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5175: 		ret_val = e1000_get_speed_and_duplex(hw, &speed, &duplex);
	leal	-24(%ebp), %ecx	#, tmp201
	movl	%ebx, %eax	# hw,
	leal	-26(%ebp), %edx	#, tmp202
	call	e1000_get_speed_and_duplex	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5176: 		if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5175: 		ret_val = e1000_get_speed_and_duplex(hw, &speed, &duplex);
	movl	%eax, %ecx	# tmp160, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5176: 		if (ret_val) {
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5181: 		if (speed == SPEED_1000) {
	cmpw	$1000, -26(%ebp)	#, speed
	jne	.L517	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5095: 	ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	leal	-20(%ebp), %ecx	#, tmp203
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5092: 	u16 phy_data, i;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5095: 	ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	leal	-22(%ebp), %edx	#, tmp204
	call	e1000_get_cable_length	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5096: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5095: 	ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	movl	%eax, %ecx	# tmp161, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5096: 	if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5099: 	if (hw->dsp_config_state != e1000_dsp_config_enabled)
	cmpl	$1, 236(%ebx)	#, hw_33(D)->dsp_config_state
	jne	.L517	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5102: 	if (min_length >= e1000_igp_cable_length_50) {
	cmpw	$49, -22(%ebp)	#, min_length
	jbe	.L518	#,
	leal	-18(%ebp), %edi	#, tmp152
	movl	$dsp_reg_array, %esi	#, ivtmp.524
	movl	%edi, -36(%ebp)	# tmp152, %sfp
.L520:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5104: 			ret_val = e1000_read_phy_reg(hw, dsp_reg_array[i],
	movzwl	(%esi), %edi	# MEM[(short unsigned int *)_81], _84
	movl	%ebx, %eax	# hw,
	movl	-36(%ebp), %ecx	# %sfp,
	movl	%edi, %edx	# _84,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5106: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L543	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5109: 			phy_data &= ~IGP01E1000_PHY_EDAC_MU_INDEX;
	movzwl	-18(%ebp), %ecx	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5111: 			ret_val = e1000_write_phy_reg(hw, dsp_reg_array[i],
	movl	%edi, %edx	# _84,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5109: 			phy_data &= ~IGP01E1000_PHY_EDAC_MU_INDEX;
	andl	$16383, %ecx	#, _87
	movw	%cx, -18(%ebp)	# _87, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5111: 			ret_val = e1000_write_phy_reg(hw, dsp_reg_array[i],
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5113: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L543	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5103: 		for (i = 0; i < IGP01E1000_PHY_CHANNEL_NUM; i++) {
	addl	$2, %esi	#, ivtmp.524
	cmpl	$dsp_reg_array+8, %esi	#, ivtmp.524
	jne	.L520	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5116: 		hw->dsp_config_state = e1000_dsp_config_activated;
	movl	$2, %edx	#,
	movl	%edx, 236(%ebx)	#, hw_33(D)->dsp_config_state
	jmp	.L517	#
	.p2align 4,,10
	.p2align 3
.L547:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5248: 			    e1000_read_phy_reg(hw, 0x2F5B, &phy_saved_data);
	leal	-28(%ebp), %ecx	#, tmp208
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5250: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5248: 			    e1000_read_phy_reg(hw, 0x2F5B, &phy_saved_data);
	movl	%eax, %ecx	# tmp176, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5250: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5254: 			ret_val = e1000_write_phy_reg(hw, 0x2F5B, 0x0003);
	movl	$3, %ecx	#,
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5256: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5254: 			ret_val = e1000_write_phy_reg(hw, 0x2F5B, 0x0003);
	movl	%eax, %ecx	# tmp177, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5256: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5259: 			msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$320, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp178, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, -36(%ebp)	# <retval>, %sfp
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5263: 			if (ret_val)
	movl	-36(%ebp), %ecx	# %sfp, <retval>
	testl	%ecx, %ecx	# <retval>
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5266: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_DSP_FFE,
	movl	$42, %ecx	#,
	movl	$7989, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5268: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5266: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_DSP_FFE,
	movl	%eax, %ecx	# tmp180, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5268: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$13056, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp181, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, -36(%ebp)	# <retval>, %sfp
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5273: 			if (ret_val)
	movl	-36(%ebp), %ecx	# %sfp, <retval>
	testl	%ecx, %ecx	# <retval>
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5276: 			msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5280: 			    e1000_write_phy_reg(hw, 0x2F5B, phy_saved_data);
	movzwl	-28(%ebp), %ecx	# phy_saved_data, phy_saved_data
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5282: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5280: 			    e1000_write_phy_reg(hw, 0x2F5B, phy_saved_data);
	movl	%eax, %ecx	# tmp183, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5282: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5285: 			hw->ffe_config_state = e1000_ffe_config_enabled;
	movl	$0, 84(%ebx)	#, hw_33(D)->ffe_config_state
	jmp	.L510	#
	.p2align 4,,10
	.p2align 3
.L546:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5192: 			    e1000_read_phy_reg(hw, 0x2F5B, &phy_saved_data);
	leal	-28(%ebp), %ecx	#, tmp206
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5194: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5192: 			    e1000_read_phy_reg(hw, 0x2F5B, &phy_saved_data);
	movl	%eax, %ecx	# tmp167, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5194: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5198: 			ret_val = e1000_write_phy_reg(hw, 0x2F5B, 0x0003);
	movl	$3, %ecx	#,
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5200: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5198: 			ret_val = e1000_write_phy_reg(hw, 0x2F5B, 0x0003);
	movl	%eax, %ecx	# tmp168, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5200: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5203: 			msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$320, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp169, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, -36(%ebp)	# <retval>, %sfp
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5207: 			if (ret_val)
	movl	-36(%ebp), %ecx	# %sfp, <retval>
	testl	%ecx, %ecx	# <retval>
	jne	.L510	#,
	movl	$dsp_reg_array, %esi	#, ivtmp.534
.L526:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5211: 				    e1000_read_phy_reg(hw, dsp_reg_array[i],
	movzwl	(%esi), %edi	# MEM[(short unsigned int *)_111], _11
	leal	-30(%ebp), %ecx	#, tmp207
	movl	%ebx, %eax	# hw,
	movl	%edi, %edx	# _11,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5213: 				if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L543	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5216: 				phy_data &= ~IGP01E1000_PHY_EDAC_MU_INDEX;
	movzwl	-30(%ebp), %ecx	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5220: 				    e1000_write_phy_reg(hw, dsp_reg_array[i],
	movl	%edi, %edx	# _11,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5216: 				phy_data &= ~IGP01E1000_PHY_EDAC_MU_INDEX;
	andl	$16383, %ecx	#, tmp145
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5217: 				phy_data |= IGP01E1000_PHY_EDAC_SIGN_EXT_9_BITS;
	orl	$32768, %ecx	#, _15
	movw	%cx, -30(%ebp)	# _15, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5220: 				    e1000_write_phy_reg(hw, dsp_reg_array[i],
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5222: 				if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L543	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5209: 			for (i = 0; i < IGP01E1000_PHY_CHANNEL_NUM; i++) {
	addl	$2, %esi	#, ivtmp.534
	cmpl	$dsp_reg_array+8, %esi	#, ivtmp.534
	jne	.L526	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	$13056, %ecx	#,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp173, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, -36(%ebp)	# <retval>, %sfp
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5228: 			if (ret_val)
	movl	-36(%ebp), %ecx	# %sfp, <retval>
	testl	%ecx, %ecx	# <retval>
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5231: 			msleep(20);
	movl	$20, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5235: 			    e1000_write_phy_reg(hw, 0x2F5B, phy_saved_data);
	movzwl	-28(%ebp), %ecx	# phy_saved_data, phy_saved_data
	movl	$12123, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5237: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5235: 			    e1000_write_phy_reg(hw, 0x2F5B, phy_saved_data);
	movl	%eax, %ecx	# tmp175, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5237: 			if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5240: 			hw->dsp_config_state = e1000_dsp_config_enabled;
	movl	$1, %eax	#,
	movl	%eax, 236(%ebx)	#, hw_33(D)->dsp_config_state
	jmp	.L525	#
.L518:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5122: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	leal	-18(%ebp), %edi	#, tmp152
	movl	$10, %edx	#,
	movl	%edi, %ecx	# tmp152,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5123: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5122: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	movl	%eax, %ecx	# tmp164, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5123: 		if (ret_val)
	jne	.L510	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5146: 				ffe_idle_err_timeout =
	movl	%ebx, -36(%ebp)	# hw, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5118: 		u16 ffe_idle_err_timeout = FFE_IDLE_ERR_COUNT_TIMEOUT_20;
	movl	$20, %ecx	#, ffe_idle_err_timeout
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5126: 		for (i = 0; i < ffe_idle_err_timeout; i++) {
	xorl	%eax, %eax	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5146: 				ffe_idle_err_timeout =
	movl	%edi, -40(%ebp)	# tmp152, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5119: 		u32 idle_errs = 0;
	xorl	%esi, %esi	# idle_errs
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5146: 				ffe_idle_err_timeout =
	movl	%eax, %ebx	# i, i
	movl	%ecx, %edi	# ffe_idle_err_timeout, ffe_idle_err_timeout
	jmp	.L521	#
	.p2align 4,,10
	.p2align 3
.L550:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5133: 			idle_errs += (phy_data & SR_1000T_IDLE_ERROR_CNT);
	movzbl	-18(%ebp), %edx	# phy_data, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5133: 			idle_errs += (phy_data & SR_1000T_IDLE_ERROR_CNT);
	addl	%edx, %esi	# phy_data, idle_errs
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5134: 			if (idle_errs > SR_1000T_PHY_EXCESSIVE_IDLE_ERR_COUNT) {
	cmpl	$5, %esi	#, idle_errs
	ja	.L549	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5146: 				ffe_idle_err_timeout =
	testl	%esi, %esi	# idle_errs
	movl	$100, %ecx	#, tmp205
	cmovne	%ecx, %edi	# ffe_idle_err_timeout,, tmp205, ffe_idle_err_timeout
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5126: 		for (i = 0; i < ffe_idle_err_timeout; i++) {
	incl	%ebx	# tmp141
	movzwl	%bx, %ebx	# tmp141, i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5126: 		for (i = 0; i < ffe_idle_err_timeout; i++) {
	cmpl	%edi, %ebx	# ffe_idle_err_timeout, i
	jnb	.L543	#,
.L521:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5127: 			udelay(1000);
	movl	$4295000, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5128: 			ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS,
	movl	-40(%ebp), %ecx	# %sfp,
	movl	$10, %edx	#,
	movl	-36(%ebp), %eax	# %sfp,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5130: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	je	.L550	#,
.L543:
	movl	%eax, %ecx	# <retval>, <retval>
	jmp	.L510	#
.L549:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5135: 				hw->ffe_config_state = e1000_ffe_config_active;
	movl	-36(%ebp), %ebx	# %sfp, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5137: 				ret_val = e1000_write_phy_reg(hw,
	movl	$105, %ecx	#,
	movl	$7989, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5135: 				hw->ffe_config_state = e1000_ffe_config_active;
	movl	$1, 84(%ebx)	#, hw_33(D)->ffe_config_state
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5137: 				ret_val = e1000_write_phy_reg(hw,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5140: 				if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5137: 				ret_val = e1000_write_phy_reg(hw,
	movl	%eax, %ecx	# tmp166, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5140: 				if (ret_val)
	je	.L517	#,
	jmp	.L510	#
.L548:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5289: }
	.p2align 4,,7
	call	__stack_chk_fail	#
	.size	e1000_config_dsp_after_link_change, .-e1000_config_dsp_after_link_change
	.p2align 4
	.globl	e1000_check_for_link
	.type	e1000_check_for_link, @function
e1000_check_for_link:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2370: {
	movl	%eax, %ebx	# tmp288, hw
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp299
	movl	%eax, -8(%ebp)	# tmp299, D.81495
	xorl	%eax, %eax	# tmp299
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2377: 	er32(CTRL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, _2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2375: 	u16 phy_data;
	movw	$0, -14(%ebp)	#, phy_data
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2378: 	status = er32(STATUS);
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp302
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%ecx	# MEM[(volatile unsigned int *)_4], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2384: 	if ((hw->media_type == e1000_media_type_fiber) ||
#NO_APP
	movl	24(%ebx), %eax	# hw_57(D)->media_type, _5
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2384: 	if ((hw->media_type == e1000_media_type_fiber) ||
	leal	-1(%eax), %edx	#, tmp210
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2384: 	if ((hw->media_type == e1000_media_type_fiber) ||
	cmpl	$1, %edx	#, tmp210
	jbe	.L614	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2400: 	if ((hw->media_type == e1000_media_type_copper) && hw->get_link_status) {
	testl	%eax, %eax	# _5
	jne	.L569	#,
.L587:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2400: 	if ((hw->media_type == e1000_media_type_copper) && hw->get_link_status) {
	cmpb	$0, 240(%ebx)	#, hw_57(D)->get_link_status
	jne	.L556	#,
.L569:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2445: 			return 0;
	xorl	%eax, %eax	# <retval>
.L551:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2542: }
	movl	-8(%ebp), %edx	# D.81495, tmp300
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp300
	jne	.L615	#,
	movl	-4(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L614:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2386: 		er32(RXCW);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp303
	addl	$384, %eax	#, _8
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_8], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2388: 		if (hw->media_type == e1000_media_type_fiber) {
#NO_APP
	movl	24(%ebx), %eax	# hw_57(D)->media_type, _9
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2388: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, %eax	#, _9
	je	.L616	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2400: 	if ((hw->media_type == e1000_media_type_copper) && hw->get_link_status) {
	testl	%eax, %eax	# _9
	je	.L587	#,
.L555:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2537: 	if ((hw->media_type == e1000_media_type_fiber) ||
	decl	%eax	# tmp253
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2537: 	if ((hw->media_type == e1000_media_type_fiber) ||
	cmpl	$1, %eax	#, tmp253
	ja	.L569	#,
.L554:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2270: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, _131
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%edx	# MEM[(volatile unsigned int *)_131], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2271: 	status = er32(STATUS);
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp322
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%ecx	# MEM[(volatile unsigned int *)_134], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2272: 	rxcw = er32(RXCW);
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp323
	addl	$384, %eax	#, _137
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_137], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2281: 	if ((!(status & E1000_STATUS_LU)) && (!(rxcw & E1000_RXCW_C))) {
#NO_APP
	testb	$2, %cl	#, ret
	jne	.L578	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2281: 	if ((!(status & E1000_STATUS_LU)) && (!(rxcw & E1000_RXCW_C))) {
	testl	$536870912, %eax	#, ret
	jne	.L579	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2282: 		if (hw->autoneg_failed == 0) {
	movl	120(%ebx), %eax	# hw_57(D)->autoneg_failed,
	testl	%eax, %eax	#
	jne	.L580	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2283: 			hw->autoneg_failed = 1;
	movl	$1, 120(%ebx)	#, hw_57(D)->autoneg_failed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2284: 			goto out;
	jmp	.L569	#
	.p2align 4,,10
	.p2align 3
.L556:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2406: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	leal	-14(%ebp), %ecx	#, tmp304
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2407: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L551	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2409: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	leal	-14(%ebp), %ecx	#, tmp305
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2410: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L551	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2413: 		if (phy_data & MII_SR_LINK_STATUS) {
	testb	$4, -14(%ebp)	#, phy_data
	je	.L558	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2414: 			hw->get_link_status = false;
	movb	$0, 240(%ebx)	#, hw_57(D)->get_link_status
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5061: 	if (hw->phy_type == e1000_phy_igp) {
	movl	16(%ebx), %eax	# hw_57(D)->phy_type, _107
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5059: 	u16 phy_data;
	movw	$0, -10(%ebp)	#, MEM[(short unsigned int *)_227]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5061: 	if (hw->phy_type == e1000_phy_igp) {
	cmpl	$1, %eax	#, _107
	je	.L617	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5069: 	} else if (hw->phy_type == e1000_phy_m88) {
	testl	%eax, %eax	# _107
	je	.L618	#,
.L561:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2429: 			if ((hw->mac_type == e1000_82544 ||
	movl	12(%ebx), %eax	# hw_57(D)->mac_type, tmp308
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2431: 			    (!hw->autoneg) &&
	movzbl	211(%ebx), %edx	# hw_57(D)->autoneg, pretmp_54
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2429: 			if ((hw->mac_type == e1000_82544 ||
	subl	$3, %eax	#, tmp226
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2429: 			if ((hw->mac_type == e1000_82544 ||
	cmpl	$1, %eax	#, tmp226
	jbe	.L619	#,
.L563:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2451: 		if (!hw->autoneg)
	cmpb	$0, 211(%ebx)	#, hw_57(D)->autoneg
	je	.L570	#,
.L571:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2455: 		e1000_config_dsp_after_link_change(hw, true);
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_config_dsp_after_link_change	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2465: 		if ((hw->mac_type >= e1000_82544) &&
	movl	12(%ebx), %eax	# hw_57(D)->mac_type, _68
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2465: 		if ((hw->mac_type >= e1000_82544) &&
	cmpl	$3, %eax	#, _68
	jbe	.L567	#,
	cmpl	$9, %eax	#, _68
	je	.L567	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp313
	addl	$1024, %eax	#, _120
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_120], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %eax	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp314
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	$258048, %eax	#, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_127]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp315
	addl	$8, %eax	#, _129
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_129], ret
# 0 "" 2
#NO_APP
.L572:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2482: 		ret_val = e1000_config_fc_after_link_up(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_config_fc_after_link_up	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2483: 		if (ret_val) {
	testl	%eax, %eax	# <retval>
	jne	.L551	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2496: 		if (hw->tbi_compatibility_en) {
	cmpb	$0, 242(%ebx)	#, hw_57(D)->tbi_compatibility_en
	jne	.L573	#,
.L576:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2537: 	if ((hw->media_type == e1000_media_type_fiber) ||
	movl	24(%ebx), %eax	# hw_57(D)->media_type, _9
	jmp	.L555	#
	.p2align 4,,10
	.p2align 3
.L616:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2389: 			if (status & E1000_STATUS_LU)
	testb	$2, %cl	#, ret
	je	.L554	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2390: 				hw->get_link_status = false;
	movb	$0, 240(%ebx)	#, hw_57(D)->get_link_status
	jmp	.L554	#
	.p2align 4,,10
	.p2align 3
.L578:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2302: 	} else if ((ctrl & E1000_CTRL_SLU) && (rxcw & E1000_RXCW_C)) {
	testb	$64, %dl	#, ret
	je	.L582	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2302: 	} else if ((ctrl & E1000_CTRL_SLU) && (rxcw & E1000_RXCW_C)) {
	testl	$536870912, %eax	#, ret
	jne	.L586	#,
.L582:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2313: 	} else if (!(E1000_TXCW_ANE & er32(TXCW))) {
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp327
	addl	$376, %eax	#, _159
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_159], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2313: 	} else if (!(E1000_TXCW_ANE & er32(TXCW))) {
#NO_APP
	testl	%eax, %eax	# ret
	jns	.L620	#,
.L581:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2332: 	if (E1000_TXCW_ANE & er32(TXCW)) {
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp329
	addl	$376, %eax	#, _168
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_168], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2332: 	if (E1000_TXCW_ANE & er32(TXCW)) {
#NO_APP
	testl	%eax, %eax	# ret
	jns	.L569	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2333: 		status = er32(STATUS);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp330
	addl	$8, %eax	#, _172
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_172], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2334: 		if (status & E1000_STATUS_LU) {
#NO_APP
	testb	$2, %al	#, ret
	jne	.L621	#,
.L585:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2344: 					hw->serdes_has_link = false;
	movb	$0, 241(%ebx)	#, hw_57(D)->serdes_has_link
	jmp	.L569	#
	.p2align 4,,10
	.p2align 3
.L579:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2302: 	} else if ((ctrl & E1000_CTRL_SLU) && (rxcw & E1000_RXCW_C)) {
	testb	$64, %dl	#, ret
	je	.L582	#,
.L586:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2309: 		ew32(TXCW, hw->txcw);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp326
	movl	116(%ebx), %ecx	# hw_57(D)->txcw, _155
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,376(%eax)	# _155, MEM[(volatile unsigned int *)_154]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2310: 		ew32(CTRL, (ctrl & ~E1000_CTRL_SLU));
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, _156
	andl	$-65, %edx	#, _157
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _157, MEM[(volatile unsigned int *)_156]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2312: 		hw->serdes_has_link = true;
#NO_APP
	movb	$1, 241(%ebx)	#, hw_57(D)->serdes_has_link
	jmp	.L581	#
	.p2align 4,,10
	.p2align 3
.L620:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2319: 		udelay(10);
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2320: 		rxcw = er32(RXCW);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp328
	addl	$384, %eax	#, _163
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_163], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2321: 		if (rxcw & E1000_RXCW_SYNCH) {
#NO_APP
	testl	$1073741824, %eax	#, ret
	je	.L584	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2322: 			if (!(rxcw & E1000_RXCW_IV)) {
	testl	$134217728, %eax	#, ret
	jne	.L581	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2323: 				hw->serdes_has_link = true;
	movb	$1, 241(%ebx)	#, hw_57(D)->serdes_has_link
	jmp	.L581	#
	.p2align 4,,10
	.p2align 3
.L580:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2289: 		ew32(TXCW, (hw->txcw & ~E1000_TXCW_ANE));
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp324
	leal	376(%eax), %edx	#, _143
	movl	116(%ebx), %eax	# hw_57(D)->txcw, _145
	andl	$2147483647, %eax	#, _145
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# _145, MEM[(volatile unsigned int *)_143]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2292: 		ctrl = er32(CTRL);
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, _146
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_146], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2294: 		ew32(CTRL, ctrl);
#NO_APP
	movl	(%ebx), %edx	# hw_57(D)->hw_addr, _149
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2293: 		ctrl |= (E1000_CTRL_SLU | E1000_CTRL_FD);
	orl	$65, %eax	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl, MEM[(volatile unsigned int *)_149]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2297: 		ret_val = e1000_config_fc_after_link_up(hw);
#NO_APP
	movl	%ebx, %eax	# hw,
	call	e1000_config_fc_after_link_up	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2298: 		if (ret_val) {
	testl	%eax, %eax	# tmp296
	je	.L581	#,
	jmp	.L569	#
	.p2align 4,,10
	.p2align 3
.L584:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2327: 			hw->serdes_has_link = false;
	movb	$0, 241(%ebx)	#, hw_57(D)->serdes_has_link
	jmp	.L581	#
	.p2align 4,,10
	.p2align 3
.L621:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2336: 			udelay(10);
	movl	$42950, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2337: 			rxcw = er32(RXCW);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp331
	addl	$384, %eax	#, _176
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_176], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2338: 			if (rxcw & E1000_RXCW_SYNCH) {
#NO_APP
	testl	$1073741824, %eax	#, ret
	je	.L585	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2339: 				if (!(rxcw & E1000_RXCW_IV)) {
	testl	$134217728, %eax	#, ret
	jne	.L585	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2340: 					hw->serdes_has_link = true;
	movb	$1, 241(%ebx)	#, hw_57(D)->serdes_has_link
	jmp	.L569	#
	.p2align 4,,10
	.p2align 3
.L558:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2444: 			e1000_config_dsp_after_link_change(hw, false);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	call	e1000_config_dsp_after_link_change	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2445: 			return 0;
	jmp	.L569	#
	.p2align 4,,10
	.p2align 3
.L567:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2469: 			ret_val = e1000_config_mac_to_phy(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_config_mac_to_phy	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2470: 			if (ret_val) {
	testl	%eax, %eax	# <retval>
	.p2align 4,,4
	je	.L572	#,
	.p2align 4,,4
	jmp	.L551	#
	.p2align 4,,10
	.p2align 3
.L619:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2430: 			     hw->mac_type == e1000_82543) &&
	testb	%dl, %dl	# pretmp_54
	jne	.L571	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2431: 			    (!hw->autoneg) &&
	cmpb	$1, 213(%ebx)	#, hw_57(D)->forced_speed_duplex
	.p2align 4,,2
	jbe	.L568	#,
.L570:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2452: 			return -E1000_ERR_CONFIG;
	movl	$-3, %eax	#, <retval>
	jmp	.L551	#
.L618:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5070: 		ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS,
	leal	-10(%ebp), %ecx	#, tmp307
	movl	$17, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5072: 		if (ret_val)
	testl	%eax, %eax	# tmp292
	jne	.L561	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5075: 		hw->speed_downgraded = (phy_data & M88E1000_PSSR_DOWNSHIFT) >>
	movzwl	-10(%ebp), %eax	# MEM[(short unsigned int *)_227], MEM[(short unsigned int *)_227]
	sarl	$5, %eax	#, tmp225
	movb	%al, 229(%ebx)	# tmp225, hw_57(D)->speed_downgraded
	andb	$1, 229(%ebx)	#, hw_57(D)->speed_downgraded
	jmp	.L561	#
.L617:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5062: 		ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_LINK_HEALTH,
	leal	-10(%ebp), %ecx	#, tmp306
	movl	$19, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5064: 		if (ret_val)
	testl	%eax, %eax	# tmp291
	jne	.L561	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5068: 		    (phy_data & IGP01E1000_PLHR_SS_DOWNGRADE) ? 1 : 0;
	movzwl	-10(%ebp), %eax	# MEM[(short unsigned int *)_227], MEM[(short unsigned int *)_227]
	shrl	$15, %eax	#, tmp222
	movb	%al, 229(%ebx)	# tmp222, hw_57(D)->speed_downgraded
	andb	$1, 229(%ebx)	#, hw_57(D)->speed_downgraded
	jmp	.L561	#
.L573:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2497: 			u16 speed, duplex;
	movw	$0, -10(%ebp)	#, MEM[(short unsigned int *)_227]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2500: 			    e1000_get_speed_and_duplex(hw, &speed, &duplex);
	leal	-10(%ebp), %ecx	#, tmp316
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2497: 			u16 speed, duplex;
	movw	$0, -12(%ebp)	#, speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2500: 			    e1000_get_speed_and_duplex(hw, &speed, &duplex);
	leal	-12(%ebp), %edx	#, tmp317
	call	e1000_get_speed_and_duplex	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2502: 			if (ret_val) {
	testl	%eax, %eax	# <retval>
	jne	.L551	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2507: 			if (speed != SPEED_1000) {
	cmpw	$1000, -12(%ebp)	#, speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2511: 				if (hw->tbi_compatibility_on) {
	movzbl	243(%ebx), %eax	# hw_57(D)->tbi_compatibility_on, pretmp_181
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2507: 			if (speed != SPEED_1000) {
	je	.L575	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2511: 				if (hw->tbi_compatibility_on) {
	testb	%al, %al	# pretmp_181
	je	.L576	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2515: 					rctl = er32(RCTL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp318
	addl	$256, %eax	#, _40
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_40], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2517: 					ew32(RCTL, rctl);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp319
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2516: 					rctl &= ~E1000_RCTL_SBP;
	andl	$-5, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%ecx)	# rctl, MEM[(volatile unsigned int *)_42]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2518: 					hw->tbi_compatibility_on = false;
#NO_APP
	movb	$0, 243(%ebx)	#, hw_57(D)->tbi_compatibility_on
	jmp	.L576	#
.L568:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2434: 				ew32(IMC, 0xffffffff);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp309
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$-1, %edx	#, tmp233
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,216(%eax)	# tmp233, MEM[(volatile unsigned int *)_19]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2436: 				    e1000_polarity_reversal_workaround(hw);
#NO_APP
	movl	%ebx, %eax	# hw,
	call	e1000_polarity_reversal_workaround	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2437: 				icr = er32(ICR);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp310
	addl	$192, %eax	#, _21
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_21], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2438: 				ew32(ICS, (icr & ~E1000_ICS_LSC));
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp311
	andl	$-5, %eax	#, _24
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,200(%ecx)	# _24, MEM[(volatile unsigned int *)_23]
# 0 "" 2
#NO_APP
	movl	$157, %edx	#, tmp238
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2439: 				ew32(IMS, IMS_ENABLE_MASK);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp312
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,208(%eax)	# tmp238, MEM[(volatile unsigned int *)_26]
# 0 "" 2
#NO_APP
	jmp	.L563	#
.L575:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2527: 				if (!hw->tbi_compatibility_on) {
	testb	%al, %al	# pretmp_181
	jne	.L576	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2528: 					hw->tbi_compatibility_on = true;
	movb	$1, 243(%ebx)	#, hw_57(D)->tbi_compatibility_on
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2529: 					rctl = er32(RCTL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp320
	addl	$256, %eax	#, _45
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_45], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2531: 					ew32(RCTL, rctl);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp321
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2530: 					rctl |= E1000_RCTL_SBP;
	orl	$4, %eax	#, rctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,256(%ecx)	# rctl, MEM[(volatile unsigned int *)_47]
# 0 "" 2
#NO_APP
	jmp	.L576	#
.L615:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2542: }
	call	__stack_chk_fail	#
	.size	e1000_check_for_link, .-e1000_check_for_link
	.p2align 4
	.globl	e1000_phy_hw_reset
	.type	e1000_phy_hw_reset, @function
e1000_phy_hw_reset:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3039: {
	movl	%eax, %ebx	# tmp140, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3045: 	if (hw->mac_type > e1000_82543) {
	cmpl	$3, 12(%ebx)	#, hw_30(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3051: 		ctrl = er32(CTRL);
	movl	(%eax), %eax	# hw_30(D)->hw_addr, pretmp_23
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3045: 	if (hw->mac_type > e1000_82543) {
	jbe	.L623	#,
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)pretmp_23], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3052: 		ew32(CTRL, ctrl | E1000_CTRL_PHY_RST);
#NO_APP
	movl	%esi, %eax	# ret, _5
	movl	(%ebx), %edx	# hw_30(D)->hw_addr, _4
	orl	$-2147483648, %eax	#, _5
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# _5, MEM[(volatile unsigned int *)_4]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3053: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp143
	addl	$8, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3055: 		msleep(10);
#NO_APP
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3057: 		ew32(CTRL, ctrl);
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, _8
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%eax)	# ret, MEM[(volatile unsigned int *)_8]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3058: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp144
	addl	$8, %eax	#, _10
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _10, ret
# 0 "" 2
#NO_APP
.L624:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3075: 	udelay(150);
	movl	$644250, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3077: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	movl	12(%ebx), %eax	# hw_30(D)->mac_type, tmp150
	subl	$11, %eax	#, tmp133
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3077: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	andl	$-3, %eax	#, tmp133
	jne	.L625	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3079: 		led_ctrl = er32(LEDCTL);
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp151
	addl	$3584, %eax	#, _25
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_25], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3080: 		led_ctrl &= IGP_ACTIVITY_LED_MASK;
#NO_APP
	andl	$-3841, %eax	#, led_ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3082: 		ew32(LEDCTL, led_ctrl);
	movl	(%ebx), %edx	# hw_30(D)->hw_addr, hw_30(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3081: 		led_ctrl |= (IGP_ACTIVITY_LED_ENABLE | IGP_LED3_MODE);
	orl	$117441280, %eax	#, led_ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%edx)	# led_ctrl, MEM[(volatile unsigned int *)_27]
# 0 "" 2
#NO_APP
.L625:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5634: 	msleep(10);
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3087: }
	xorl	%eax, %eax	#
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L623:
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 24(%eax),%esi	# MEM[(volatile unsigned int *)_12], ret
# 0 "" 2
#NO_APP
	andl	$-17, %esi	#, _47
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3068: 		ew32(CTRL_EXT, ctrl_ext);
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp146
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3067: 		ctrl_ext &= ~E1000_CTRL_EXT_SDP4_DATA;
	movl	%esi, %edx	# _47, ctrl_ext
	orl	$256, %edx	#, ctrl_ext
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,24(%eax)	# ctrl_ext, MEM[(volatile unsigned int *)_14]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3069: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp147
	addl	$8, %eax	#, _16
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_16], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3070: 		msleep(10);
#NO_APP
	movl	$10, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3071: 		ctrl_ext |= E1000_CTRL_EXT_SDP4_DATA;
	orl	$272, %esi	#, ctrl_ext
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3070: 		msleep(10);
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3072: 		ew32(CTRL_EXT, ctrl_ext);
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp148
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,24(%eax)	# ctrl_ext, MEM[(volatile unsigned int *)_18]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3073: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp149
	addl	$8, %eax	#, _20
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	#* _20, ret
# 0 "" 2
#NO_APP
	jmp	.L624	#
	.size	e1000_phy_hw_reset, .-e1000_phy_hw_reset
	.p2align 4
	.globl	e1000_phy_reset
	.type	e1000_phy_reset, @function
e1000_phy_reset:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$20, %esp	#,
	movl	%esi, -8(%ebp)	#,
	movl	%eax, %esi	# tmp95, hw
	movl	%ebx, -12(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3097: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp100
	movl	%eax, -16(%ebp)	# tmp100, D.81532
	xorl	%eax, %eax	# tmp100
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3101: 	switch (hw->phy_type) {
	cmpl	$1, 16(%esi)	#, hw_13(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3099: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3101: 	switch (hw->phy_type) {
	je	.L635	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3108: 		ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &phy_data);
	xorl	%edx, %edx	#
	movl	%esi, %eax	# hw,
	leal	-18(%ebp), %ecx	#, tmp103
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3109: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3108: 		ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &phy_data);
	movl	%eax, %ebx	# tmp97, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3109: 		if (ret_val)
	je	.L636	#,
.L627:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3125: }
	movl	-16(%ebp), %eax	# D.81532, tmp101
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp101
	jne	.L637	#,
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-12(%ebp), %ebx	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L636:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3112: 		phy_data |= MII_CR_RESET;
	movzwl	-18(%ebp), %ebx	# phy_data, tmp93
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3112: 		phy_data |= MII_CR_RESET;
	orl	$32768, %ebx	#, _4
	movw	%bx, -18(%ebp)	# _4, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %ecx	# _4,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %edi	# tmp98, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%esi, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%edi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %ebx	# tmp99, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3114: 		if (ret_val)
	testl	%ebx, %ebx	# <retval>
	jne	.L627	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3117: 		udelay(1);
	movl	$4295, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3121: 	if (hw->phy_type == e1000_phy_igp)
	cmpl	$1, 16(%esi)	#, hw_13(D)->phy_type
	je	.L631	#,
.L632:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3124: 	return E1000_SUCCESS;
	xorl	%ebx, %ebx	# <retval>
	jmp	.L627	#
	.p2align 4,,10
	.p2align 3
.L635:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3103: 		ret_val = e1000_phy_hw_reset(hw);
	movl	%esi, %eax	# hw,
	call	e1000_phy_hw_reset	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3104: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3103: 		ret_val = e1000_phy_hw_reset(hw);
	movl	%eax, %ebx	# tmp96, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3104: 		if (ret_val)
	jne	.L627	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3121: 	if (hw->phy_type == e1000_phy_igp)
	cmpl	$1, 16(%esi)	#, hw_13(D)->phy_type
	jne	.L632	#,
.L631:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3122: 		e1000_phy_init_script(hw);
	movl	%esi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3124: 	return E1000_SUCCESS;
	xorl	%ebx, %ebx	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3122: 		e1000_phy_init_script(hw);
	call	e1000_phy_init_script	#
	jmp	.L627	#
.L637:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3125: }
	call	__stack_chk_fail	#
	.size	e1000_phy_reset, .-e1000_phy_reset
	.p2align 4
	.globl	e1000_setup_link
	.type	e1000_setup_link, @function
e1000_setup_link:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp692, hw
	subl	$32, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:686: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp781
	movl	%eax, -16(%ebp)	# tmp781, D.81804
	xorl	%eax, %eax	# tmp781
# drivers/net/ethernet/intel/e1000/e1000_hw.c:699: 	if (hw->fc == E1000_FC_DEFAULT) {
	movl	44(%ebx), %eax	# hw_75(D)->fc, _2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:689: 	u16 eeprom_data;
	movw	$0, -26(%ebp)	#, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:699: 	if (hw->fc == E1000_FC_DEFAULT) {
	cmpl	$255, %eax	#, _2
	je	.L980	#,
.L639:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:719: 	if (hw->mac_type == e1000_82542_rev2_0)
	movl	12(%ebx), %edx	# hw_75(D)->mac_type, _5
# drivers/net/ethernet/intel/e1000/e1000_hw.c:719: 	if (hw->mac_type == e1000_82542_rev2_0)
	cmpl	$1, %edx	#, _5
	je	.L981	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:722: 	if ((hw->mac_type < e1000_82543) && (hw->report_tx_early == 1))
	cmpl	$2, %edx	#, _5
	jbe	.L645	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:725: 	hw->original_fc = hw->fc;
	movl	%eax, 112(%ebx)	# _2, hw_75(D)->original_fc
# drivers/net/ethernet/intel/e1000/e1000_hw.c:736: 	if (hw->mac_type == e1000_82543) {
	cmpl	$3, %edx	#, _5
	jne	.L648	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-26(%ebp), %eax	#, tmp418
	movl	$1, %ecx	#,
	movl	$15, %edx	#,
	movl	%eax, (%esp)	# tmp418,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %esi	# tmp694, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:739: 		if (ret_val) {
	testl	%esi, %esi	# ret
	jne	.L649	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:743: 		ctrl_ext = ((eeprom_data & EEPROM_WORD0F_SWPDIO_EXT) <<
	movzwl	-26(%ebp), %eax	# eeprom_data, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:745: 		ew32(CTRL_EXT, ctrl_ext);
	movl	(%ebx), %edi	# hw_75(D)->hw_addr, tmp803
# drivers/net/ethernet/intel/e1000/e1000_hw.c:743: 		ctrl_ext = ((eeprom_data & EEPROM_WORD0F_SWPDIO_EXT) <<
	sall	$4, %eax	#, tmp420
# drivers/net/ethernet/intel/e1000/e1000_hw.c:743: 		ctrl_ext = ((eeprom_data & EEPROM_WORD0F_SWPDIO_EXT) <<
	andl	$3840, %eax	#, ctrl_ext
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,24(%edi)	# ctrl_ext, MEM[(volatile unsigned int *)_19]
# 0 "" 2
#NO_APP
.L648:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	movl	24(%ebx), %esi	# hw_75(D)->media_type,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1007: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, pretmp_1035
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	testl	%esi, %esi	#
	jne	.L650	#,
.L988:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1419: 	u16 phy_data;
	movw	$0, -24(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1005: 	u16 phy_data;
	movw	$0, -22(%ebp)	#, MEM[(short unsigned int *)_745]
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)pretmp_1035], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1012: 	if (hw->mac_type > e1000_82543) {
#NO_APP
	cmpl	$3, 12(%ebx)	#, hw_75(D)->mac_type
	jbe	.L651	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1014: 		ctrl &= ~(E1000_CTRL_FRCSPD | E1000_CTRL_FRCDPX);
	andl	$-6145, %eax	#, tmp423
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1015: 		ew32(CTRL, ctrl);
	movl	(%ebx), %edx	# hw_75(D)->hw_addr, _136
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1014: 		ctrl &= ~(E1000_CTRL_FRCSPD | E1000_CTRL_FRCDPX);
	orl	$64, %eax	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl, MEM[(volatile unsigned int *)_136]
# 0 "" 2
#NO_APP
.L652:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3136: 	u16 phy_id_high, phy_id_low;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3139: 	if (hw->phy_id != 0)
	movl	100(%ebx), %esi	# hw_75(D)->phy_id, _156
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3136: 	u16 phy_id_high, phy_id_low;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3139: 	if (hw->phy_id != 0)
	testl	%esi, %esi	# _156
	je	.L654	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5304: 	if ((hw->mac_type == e1000_82545_rev_3) &&
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_978
.L655:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5302: 	u16 eeprom_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5304: 	if ((hw->mac_type == e1000_82545_rev_3) &&
	cmpl	$7, %eax	#, prephitmp_978
	je	.L982	#,
.L933:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1038: 	if ((hw->mac_type == e1000_82545_rev_3) ||
	cmpl	$10, %eax	#, prephitmp_978
	je	.L672	#,
.L958:
	leal	-11(%eax), %esi	#, tmp646
.L666:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1049: 	    hw->mac_type == e1000_82541_rev_2 ||
	cmpl	$3, %esi	#, tmp646
	jbe	.L856	#,
	cmpl	$3, %eax	#, prephitmp_978
	ja	.L691	#,
.L856:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1051: 		hw->phy_reset_disable = false;
	movb	$0, 245(%ebx)	#, hw_75(D)->phy_reset_disable
.L691:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1426: 	if (hw->phy_type == e1000_phy_igp) {
	movl	16(%ebx), %esi	# hw_75(D)->phy_type, _112
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1426: 	if (hw->phy_type == e1000_phy_igp) {
	cmpl	$1, %esi	#, _112
	je	.L983	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1430: 	} else if (hw->phy_type == e1000_phy_m88) {
	testl	%esi, %esi	# _112
	jne	.L729	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1207: 	if (hw->phy_reset_disable)
	cmpb	$0, 245(%ebx)	#, hw_75(D)->phy_reset_disable
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1205: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1207: 	if (hw->phy_reset_disable)
	jne	.L696	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1211: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	leal	-18(%ebp), %eax	#, tmp649
	movl	$16, %edx	#,
	movl	%eax, -32(%ebp)	# tmp649, %sfp
	movl	%eax, %ecx	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1212: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1211: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%eax, %edi	# tmp718, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1212: 	if (ret_val)
	jne	.L795	#,
	movzwl	-18(%ebp), %eax	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1226: 	switch (hw->mdix) {
	movzbl	212(%ebx), %edx	# hw_75(D)->mdix, _322
	andl	$65439, %eax	#, _320
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1226: 	switch (hw->mdix) {
	cmpb	$2, %dl	#, _322
	je	.L732	#,
	cmpb	$3, %dl	#, _322
	je	.L733	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1238: 		phy_data |= M88E1000_PSCR_AUTO_X_MODE;
	movl	%eax, %ecx	# _320, _321
	orl	$2144, %ecx	#, _321
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1226: 	switch (hw->mdix) {
	decb	%dl	# _322
	jne	.L735	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1224: 	phy_data &= ~M88E1000_PSCR_AUTO_X_MODE;
	orl	$2048, %eax	#, _320
	movl	%eax, %ecx	# _320, _321
.L735:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1248: 	phy_data &= ~M88E1000_PSCR_POLARITY_REVERSAL;
	andl	$65533, %ecx	#, _327
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1249: 	if (hw->disable_polarity_correction == 1)
	cmpb	$0, 228(%ebx)	#, hw_75(D)->disable_polarity_correction
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1248: 	phy_data &= ~M88E1000_PSCR_POLARITY_REVERSAL;
	movw	%cx, -18(%ebp)	# _327, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1249: 	if (hw->disable_polarity_correction == 1)
	je	.L736	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1250: 		phy_data |= M88E1000_PSCR_POLARITY_REVERSAL;
	orl	$2, %ecx	#, _327
	movw	%cx, -18(%ebp)	# _327, MEM[(short unsigned int *)_1013]
.L736:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1251: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1252: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1251: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	%eax, %edi	# tmp719, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1252: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1255: 	if (hw->phy_revision < M88E1011_I_REV_4) {
	cmpl	$3, 104(%ebx)	#, hw_75(D)->phy_revision
	ja	.L960	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1260: 		    e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	-32(%ebp), %ecx	# %sfp,
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1262: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1260: 		    e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	%eax, %edi	# tmp721, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1262: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1267: 		if ((hw->phy_revision == E1000_REVISION_2) &&
	cmpl	$2, 104(%ebx)	#, hw_75(D)->phy_revision
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1265: 		phy_data |= M88E1000_EPSCR_TX_CLK_25;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], phy_data.75_335
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1267: 		if ((hw->phy_revision == E1000_REVISION_2) &&
	jne	.L742	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1267: 		if ((hw->phy_revision == E1000_REVISION_2) &&
	cmpl	$21040320, 100(%ebx)	#, hw_75(D)->phy_id
	je	.L984	#,
.L742:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1281: 			phy_data |= (M88E1000_EPSCR_MASTER_DOWNSHIFT_1X |
	andl	$-3841, %ecx	#, tmp512
	orl	$368, %ecx	#, _343
.L976:
	movw	%cx, -18(%ebp)	# _343, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1283: 			ret_val = e1000_write_phy_reg(hw,
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1286: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1283: 			ret_val = e1000_write_phy_reg(hw,
	movl	%eax, %edi	# tmp723, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1286: 			if (ret_val)
	jne	.L795	#,
	.p2align 4
	.p2align 3
.L960:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:945: 	ret_val = e1000_phy_reset(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_reset	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:982: 		if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:945: 	ret_val = e1000_phy_reset(hw);
	movl	%eax, %edi	# tmp725, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:982: 		if (ret_val) {
	jne	.L795	#,
.L696:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1442: 	if (hw->autoneg) {
	cmpb	$0, 211(%ebx)	#, hw_75(D)->autoneg
	je	.L728	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1311: 	u16 phy_data;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1316: 	hw->autoneg_advertised &= AUTONEG_ADVERTISE_SPEED_DEFAULT;
	movzwl	182(%ebx), %eax	# hw_75(D)->autoneg_advertised, hw_75(D)->autoneg_advertised
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1322: 		hw->autoneg_advertised = AUTONEG_ADVERTISE_SPEED_DEFAULT;
	movl	$47, %edx	#, tmp659
	andl	$47, %eax	#, _373
	cmove	%edx, %eax	# _373,, tmp659, _373
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1325: 	if (hw->phy_type == e1000_phy_8201)
	cmpl	$3, 16(%ebx)	#, hw_75(D)->phy_type
	movw	%ax, 182(%ebx)	# _373, MEM <struct e1000_hw> [(void *)hw_75(D)].autoneg_advertised
	jne	.L750	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1326: 		hw->autoneg_advertised &= AUTONEG_ADVERTISE_10_100_ALL;
	andl	$15, %eax	#, tmp528
	movw	%ax, 182(%ebx)	# tmp528, hw_75(D)->autoneg_advertised
.L750:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1329: 	ret_val = e1000_phy_setup_autoneg(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_setup_autoneg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1330: 	if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1329: 	ret_val = e1000_phy_setup_autoneg(hw);
	movl	%eax, %edi	# tmp726, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1330: 	if (ret_val) {
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1339: 	ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &phy_data);
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	leal	-20(%ebp), %ecx	#, tmp838
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1340: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1339: 	ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &phy_data);
	movl	%eax, %edi	# tmp727, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1340: 	if (ret_val)
	je	.L985	#,
	.p2align 4
	.p2align 3
.L795:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:759: 	ew32(FCT, FLOW_CONTROL_TYPE);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp870
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$34824, %edx	#, tmp632
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,48(%eax)	# tmp632, MEM[(volatile unsigned int *)_23]
# 0 "" 2
#NO_APP
	movl	$256, %edx	#, tmp634
# drivers/net/ethernet/intel/e1000/e1000_hw.c:760: 	ew32(FCAH, FLOW_CONTROL_ADDRESS_HIGH);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp871
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,44(%eax)	# tmp634, MEM[(volatile unsigned int *)_25]
# 0 "" 2
#NO_APP
	movl	$12746753, %edx	#, tmp636
# drivers/net/ethernet/intel/e1000/e1000_hw.c:761: 	ew32(FCAL, FLOW_CONTROL_ADDRESS_LOW);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp872
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,40(%eax)	# tmp636, MEM[(volatile unsigned int *)_27]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:763: 	ew32(FCTTV, hw->fc_pause_time);
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp873
	movzwl	190(%ebx), %edx	# hw_75(D)->fc_pause_time, _31
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,368(%eax)	# _31, MEM[(volatile unsigned int *)_29]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:771: 	if (!(hw->fc & E1000_FC_TX_PAUSE)) {
#NO_APP
	movl	44(%ebx), %eax	# hw_75(D)->fc, tmp638
	andl	$2, %eax	#, tmp638
	jne	.L823	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:772: 		ew32(FCRTL, 0);
	cmpl	$3, 12(%ebx)	#, hw_75(D)->mac_type
	movl	(%ebx), %ecx	# hw_75(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.23_12
	andl	$-8184, %edx	#, iftmp.23_12
	addl	$8544, %edx	#, iftmp.23_12
	addl	%ecx, %edx	#, _36
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# tmp638, MEM[(volatile unsigned int *)_36]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:773: 		ew32(FCRTH, 0);
#NO_APP
	cmpl	$3, 12(%ebx)	#, hw_75(D)->mac_type
	movl	(%ebx), %esi	# hw_75(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.24_13
	andl	$-8200, %edx	#, iftmp.24_13
	addl	$8552, %edx	#, iftmp.24_13
	addl	%esi, %edx	#, _39
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# tmp638, MEM[(volatile unsigned int *)_39]
# 0 "" 2
#NO_APP
.L638:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:788: }
	movl	-16(%ebp), %eax	# D.81804, tmp782
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp782
	jne	.L986	#,
	addl	$32, %esp	#,
	movl	%edi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L650:
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)pretmp_1035], ret
# 0 "" 2
#NO_APP
	movl	%eax, -32(%ebp)	# ret, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:814: 	if (hw->media_type == e1000_media_type_fiber)
	movl	24(%ebx), %edx	# hw_75(D)->media_type, _541
# drivers/net/ethernet/intel/e1000/e1000_hw.c:814: 	if (hw->media_type == e1000_media_type_fiber)
	cmpl	$1, %edx	#, _541
	je	.L987	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:644: 	u16 eeprom_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:647: 	if (hw->media_type != e1000_media_type_internal_serdes)
	cmpl	$2, %edx	#, _541
# drivers/net/ethernet/intel/e1000/e1000_hw.c:815: 		signal = (hw->mac_type > e1000_82544) ? E1000_CTRL_SWDPIN1 : 0;
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_409
# drivers/net/ethernet/intel/e1000/e1000_hw.c:647: 	if (hw->media_type != e1000_media_type_internal_serdes)
	jne	.L963	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:650: 	switch (hw->mac_type) {
	cmpl	$7, %eax	#, prephitmp_409
	je	.L800	#,
	cmpl	$10, %eax	#, prephitmp_409
	je	.L800	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:804: 	u32 signal = 0;
	xorl	%esi, %esi	# signal
.L806:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	cmpl	$3, %eax	#, prephitmp_409
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp863
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	sbbl	%edx, %edx	# prephitmp_1047
	andl	$4096, %edx	#, prephitmp_1047
	addl	$258048, %edx	#, prephitmp_1047
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	addl	$1024, %eax	#, _603
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_603], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %eax	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_75(D)->hw_addr, tmp864
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	%edx, %eax	# prephitmp_1047, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_610]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp865
	addl	$8, %eax	#, _612
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_612], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:847: 	switch (hw->fc) {
#NO_APP
	movl	44(%ebx), %eax	# hw_75(D)->fc, _546
	cmpl	$3, %eax	#, _546
	ja	.L848	#,
	movl	CSWTCH.329(,%eax,4), %edx	# CSWTCH.329[_546], txcw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:887: 	ew32(TXCW, txcw);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp866
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,376(%eax)	# txcw, MEM[(volatile unsigned int *)_550]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:822: 	ctrl &= ~(E1000_CTRL_LRST);
#NO_APP
	movl	-32(%ebp), %edi	# %sfp, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:888: 	ew32(CTRL, ctrl);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, _551
# drivers/net/ethernet/intel/e1000/e1000_hw.c:822: 	ctrl &= ~(E1000_CTRL_LRST);
	andl	$-9, %edi	#, ret
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,(%eax)	# ctrl, MEM[(volatile unsigned int *)_551]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:889: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp868
	addl	$8, %eax	#, _553
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_553], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:891: 	hw->txcw = txcw;
#NO_APP
	movl	%edx, 116(%ebx)	# txcw, hw_75(D)->txcw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:892: 	msleep(1);
	movl	$1, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:901: 	if (hw->media_type == e1000_media_type_internal_serdes ||
	cmpl	$2, 24(%ebx)	#, hw_75(D)->media_type
	je	.L818	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:902: 	    (er32(CTRL) & E1000_CTRL_SWDPIN1) == signal) {
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, _556
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_556], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:902: 	    (er32(CTRL) & E1000_CTRL_SWDPIN1) == signal) {
#NO_APP
	andl	$524288, %eax	#, tmp627
# drivers/net/ethernet/intel/e1000/e1000_hw.c:901: 	if (hw->media_type == e1000_media_type_internal_serdes ||
	cmpl	%eax, %esi	# tmp627, signal
	je	.L818	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:931: 	return E1000_SUCCESS;
	xorl	%edi, %edi	# <retval>
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L981:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:720: 		hw->fc &= (~E1000_FC_TX_PAUSE);
	andl	$-3, %eax	#, _2
	movl	%eax, 44(%ebx)	# _2, hw_75(D)->fc
.L645:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:722: 	if ((hw->mac_type < e1000_82543) && (hw->report_tx_early == 1))
	cmpb	$0, 249(%ebx)	#, hw_75(D)->report_tx_early
	je	.L647	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	movl	24(%ebx), %esi	# hw_75(D)->media_type,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:723: 		hw->fc &= (~E1000_FC_RX_PAUSE);
	andl	$-2, %eax	#, _10
	movl	%eax, 44(%ebx)	# _10, hw_75(D)->fc
# drivers/net/ethernet/intel/e1000/e1000_hw.c:725: 	hw->original_fc = hw->fc;
	movl	%eax, 112(%ebx)	# _10, hw_75(D)->original_fc
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1007: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, pretmp_1035
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	testl	%esi, %esi	#
	jne	.L650	#,
	jmp	.L988	#
	.p2align 4,,10
	.p2align 3
.L647:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:725: 	hw->original_fc = hw->fc;
	movl	%eax, 112(%ebx)	# _2, hw_75(D)->original_fc
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	movl	24(%ebx), %esi	# hw_75(D)->media_type,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1007: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, pretmp_1035
# drivers/net/ethernet/intel/e1000/e1000_hw.c:750: 	    e1000_setup_copper_link(hw) : e1000_setup_fiber_serdes_link(hw);
	testl	%esi, %esi	#
	jne	.L650	#,
	jmp	.L988	#
	.p2align 4,,10
	.p2align 3
.L654:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3143: 	ret_val = e1000_read_phy_reg(hw, PHY_ID1, &phy_id_high);
	leal	-20(%ebp), %eax	#, tmp648
	movl	$2, %edx	#,
	movl	%eax, %ecx	# tmp648,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3144: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3143: 	ret_val = e1000_read_phy_reg(hw, PHY_ID1, &phy_id_high);
	movl	%eax, %edi	# tmp696, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3144: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3147: 	hw->phy_id = (u32)(phy_id_high << 16);
	movzwl	-20(%ebp), %eax	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3147: 	hw->phy_id = (u32)(phy_id_high << 16);
	sall	$16, %eax	#, tmp426
	movl	%eax, 100(%ebx)	# tmp426, hw_75(D)->phy_id
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3148: 	udelay(20);
	movl	$85900, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3149: 	ret_val = e1000_read_phy_reg(hw, PHY_ID2, &phy_id_low);
	leal	-18(%ebp), %eax	#, tmp649
	movl	$3, %edx	#,
	movl	%eax, %ecx	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3150: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3149: 	ret_val = e1000_read_phy_reg(hw, PHY_ID2, &phy_id_low);
	movl	%eax, %edi	# tmp697, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3150: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3153: 	hw->phy_id |= (u32)(phy_id_low & PHY_REVISION_MASK);
	movzwl	-18(%ebp), %eax	# MEM[(short unsigned int *)_1013], phy_id_low.34_163
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3153: 	hw->phy_id |= (u32)(phy_id_low & PHY_REVISION_MASK);
	movl	100(%ebx), %ecx	# hw_75(D)->phy_id,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3153: 	hw->phy_id |= (u32)(phy_id_low & PHY_REVISION_MASK);
	movl	%eax, %edx	# phy_id_low.34_163, tmp428
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3154: 	hw->phy_revision = (u32)phy_id_low & ~PHY_REVISION_MASK;
	andl	$15, %eax	#, tmp430
	movl	%eax, 104(%ebx)	# tmp430, hw_75(D)->phy_revision
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3156: 	switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_978
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3153: 	hw->phy_id |= (u32)(phy_id_low & PHY_REVISION_MASK);
	andl	$-16, %edx	#, tmp428
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3153: 	hw->phy_id |= (u32)(phy_id_low & PHY_REVISION_MASK);
	orl	%ecx, %edx	#, _166
	movl	%edx, 100(%ebx)	# _166, hw_75(D)->phy_id
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3156: 	switch (hw->mac_type) {
	cmpl	$9, %eax	#, prephitmp_978
	je	.L657	#,
	ja	.L658	#,
	cmpl	$4, %eax	#, prephitmp_978
	je	.L659	#,
	.p2align 4,,8
	jbe	.L660	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3170: 		if (hw->phy_id == M88E1011_I_PHY_ID)
	cmpl	$21040160, %edx	#, _166
	.p2align 4,,2
	je	.L661	#,
.L934:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	je	.L835	#,
	jbe	.L965	#,
	cmpl	$44565376, %edx	#, _166
	je	.L680	#,
.L678:
	cmpl	$44565376, %edx	#, _166
	jbe	.L989	#,
	.p2align 4
	.p2align 3
.L676:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:119: 		hw->phy_type = e1000_phy_undefined;
	movl	$255, 16(%ebx)	#, hw_75(D)->phy_type
	jmp	.L680	#
	.p2align 4,,10
	.p2align 3
.L823:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:772: 		ew32(FCRTL, 0);
	movl	12(%ebx), %edx	# hw_75(D)->mac_type, pretmp_966
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, pretmp_919
# drivers/net/ethernet/intel/e1000/e1000_hw.c:780: 			ew32(FCRTL, (hw->fc_low_water | E1000_FCRTL_XONE));
	cmpl	$3, %edx	#, pretmp_966
	sbbl	%edx, %edx	# iftmp.25_3
	andl	$-8184, %edx	#, iftmp.25_3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:779: 		if (hw->fc_send_xon) {
	cmpb	$0, 247(%ebx)	#, hw_75(D)->fc_send_xon
# drivers/net/ethernet/intel/e1000/e1000_hw.c:780: 			ew32(FCRTL, (hw->fc_low_water | E1000_FCRTL_XONE));
	leal	8544(%eax,%edx), %edx	#, _43
	movzwl	188(%ebx), %eax	# hw_75(D)->fc_low_water, hw_75(D)->fc_low_water
# drivers/net/ethernet/intel/e1000/e1000_hw.c:779: 		if (hw->fc_send_xon) {
	je	.L827	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:780: 			ew32(FCRTL, (hw->fc_low_water | E1000_FCRTL_XONE));
	orl	$-2147483648, %eax	#, _46
.L827:
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# _56,* _54
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:784: 			ew32(FCRTH, hw->fc_high_water);
#NO_APP
	cmpl	$3, 12(%ebx)	#, hw_75(D)->mac_type
	movl	(%ebx), %edx	# hw_75(D)->hw_addr,
	sbbl	%eax, %eax	# iftmp.28_64
	andl	$-8200, %eax	#, iftmp.28_64
	addl	$8552, %eax	#, iftmp.28_64
	addl	%edx, %eax	#, _59
	movzwl	186(%ebx), %edx	# hw_75(D)->fc_high_water, _61
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# _61,* _59
# 0 "" 2
#NO_APP
	jmp	.L638	#
	.p2align 4,,10
	.p2align 3
.L980:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-26(%ebp), %eax	#, tmp415
	movl	$1, %ecx	#,
	movl	$15, %edx	#,
	movl	%eax, (%esp)	# tmp415,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %esi	# tmp693, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:702: 		if (ret_val) {
	testl	%esi, %esi	# ret
	jne	.L649	#,
	movzwl	-26(%ebp), %eax	# eeprom_data, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:706: 		if ((eeprom_data & EEPROM_WORD0F_PAUSE_MASK) == 0)
	andl	$12288, %eax	#, _81
	je	.L990	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:708: 		else if ((eeprom_data & EEPROM_WORD0F_PAUSE_MASK) ==
	cmpl	$8192, %eax	#, _81
	je	.L991	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:712: 			hw->fc = E1000_FC_FULL;
	movl	$3, 44(%ebx)	#, hw_75(D)->fc
	movl	$3, %eax	#, _2
	jmp	.L639	#
	.p2align 4,,10
	.p2align 3
.L990:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:707: 			hw->fc = E1000_FC_NONE;
	movl	$0, 44(%ebx)	#, hw_75(D)->fc
	xorl	%eax, %eax	# _2
	jmp	.L639	#
	.p2align 4,,10
	.p2align 3
.L982:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5304: 	if ((hw->mac_type == e1000_82545_rev_3) &&
	movl	24(%ebx), %eax	# hw_75(D)->media_type,
	testl	%eax, %eax	#
	je	.L992	#,
.L672:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1041: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	leal	-22(%ebp), %ecx	#, tmp809
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1042: 		phy_data |= 0x00000008;
	movzwl	-22(%ebp), %ecx	# MEM[(short unsigned int *)_745], tmp447
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1044: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1042: 		phy_data |= 0x00000008;
	orl	$8, %ecx	#, _147
	movw	%cx, -22(%ebp)	# _147, MEM[(short unsigned int *)_745]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1044: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1047: 	if (hw->mac_type <= e1000_82543 ||
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_978
	jmp	.L958	#
	.p2align 4,,10
	.p2align 3
.L800:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp607
	movl	$1, %ecx	#,
	movl	$6, %edx	#,
	movl	%eax, (%esp)	# tmp607,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %edi	# tmp756, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:660: 	if (ret_val)
	testl	%edi, %edi	# <retval>
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:663: 	if (eeprom_data != EEPROM_RESERVED_WORD) {
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], eeprom_data.143_574
# drivers/net/ethernet/intel/e1000/e1000_hw.c:663: 	if (eeprom_data != EEPROM_RESERVED_WORD) {
	cmpl	$65535, %ecx	#, eeprom_data.143_574
	jne	.L803	#,
.L962:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5450: 	switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_409
.L963:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:804: 	u32 signal = 0;
	xorl	%esi, %esi	# signal
	jmp	.L799	#
	.p2align 4,,10
	.p2align 3
.L818:
	xorl	%esi, %esi	# i
	jmp	.L817	#
	.p2align 4,,10
	.p2align 3
.L994:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:904: 		for (i = 0; i < (LINK_UP_TIMEOUT / 10); i++) {
	incl	%esi	# i
# drivers/net/ethernet/intel/e1000/e1000_hw.c:904: 		for (i = 0; i < (LINK_UP_TIMEOUT / 10); i++) {
	cmpl	$50, %esi	#, i
	je	.L993	#,
.L817:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:905: 			msleep(10);
	movl	$10, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:906: 			status = er32(STATUS);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp869
	addl	$8, %eax	#, _561
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_561], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:907: 			if (status & E1000_STATUS_LU)
#NO_APP
	testb	$2, %al	#, ret
	je	.L994	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:925: 			hw->autoneg_failed = 0;
	movl	$0, 120(%ebx)	#, hw_75(D)->autoneg_failed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:931: 	return E1000_SUCCESS;
	xorl	%edi, %edi	# <retval>
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L658:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3156: 	switch (hw->mac_type) {
	cmpl	$10, %eax	#, prephitmp_978
	je	.L664	#,
	leal	-11(%eax), %esi	#, tmp646
	movl	$-3, %edi	#, <retval>
	cmpl	$3, %esi	#, tmp646
	ja	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3183: 		if (hw->phy_id == IGP01E1000_I_PHY_ID)
	cmpl	$44565376, %edx	#, _166
	je	.L995	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	je	.L835	#,
	ja	.L678	#,
.L965:
	cmpl	$33280, %edx	#, _166
	jne	.L676	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:115: 		hw->phy_type = e1000_phy_8201;
	movl	$3, 16(%ebx)	#, hw_75(D)->phy_type
.L680:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	movl	$-2, %edi	#, <retval>
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L987:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:815: 		signal = (hw->mac_type > e1000_82544) ? E1000_CTRL_SWDPIN1 : 0;
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_409
# drivers/net/ethernet/intel/e1000/e1000_hw.c:815: 		signal = (hw->mac_type > e1000_82544) ? E1000_CTRL_SWDPIN1 : 0;
	cmpl	$4, %eax	#, prephitmp_409
	seta	%dl	#, tmp606
	movzbl	%dl, %esi	# tmp606, tmp605
	sall	$19, %esi	#, signal
.L799:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5447: 	u16 default_page = 0;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5450: 	switch (hw->mac_type) {
	cmpl	$7, %eax	#, prephitmp_409
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5448: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5450: 	switch (hw->mac_type) {
	je	.L805	#,
	cmpl	$10, %eax	#, prephitmp_409
	jne	.L806	#,
.L805:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5461: 	    e1000_read_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, &default_page);
	leal	-20(%ebp), %ecx	#, tmp860
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5462: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5461: 	    e1000_read_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, &default_page);
	movl	%eax, %edi	# tmp758, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5462: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5465: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0005);
	movl	$5, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5466: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5465: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0005);
	movl	%eax, %edi	# tmp759, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5466: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5469: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, &phy_data);
	leal	-18(%ebp), %ecx	#, tmp861
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5470: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5469: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, &phy_data);
	movl	%eax, %edi	# tmp760, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5470: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5473: 	phy_data &= ~M88E1000_PHY_VCO_REG_BIT8;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5474: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5473: 	phy_data &= ~M88E1000_PHY_VCO_REG_BIT8;
	andl	$65279, %ecx	#, _588
	movw	%cx, -18(%ebp)	# _588, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5474: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5475: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5474: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	movl	%eax, %edi	# tmp761, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5475: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5480: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0004);
	movl	$4, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5481: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5480: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, 0x0004);
	movl	%eax, %edi	# tmp762, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5481: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5484: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, &phy_data);
	leal	-18(%ebp), %ecx	#, tmp862
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5485: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5484: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, &phy_data);
	movl	%eax, %edi	# tmp763, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5485: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5488: 	phy_data |= M88E1000_PHY_VCO_REG_BIT11;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], tmp615
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5489: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5488: 	phy_data |= M88E1000_PHY_VCO_REG_BIT11;
	orl	$2048, %ecx	#, _594
	movw	%cx, -18(%ebp)	# _594, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5489: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5490: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5489: 	ret_val = e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL, phy_data);
	movl	%eax, %edi	# tmp764, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5490: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5494: 	    e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, default_page);
	movzwl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5495: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5494: 	    e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT, default_page);
	movl	%eax, %edi	# tmp765, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5495: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_409
	jmp	.L806	#
	.p2align 4,,10
	.p2align 3
.L651:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1019: 		ew32(CTRL, ctrl);
	movl	(%ebx), %edx	# hw_75(D)->hw_addr, _138
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1017: 		ctrl |=
	orl	$6208, %eax	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl, MEM[(volatile unsigned int *)_138]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1020: 		ret_val = e1000_phy_hw_reset(hw);
#NO_APP
	movl	%ebx, %eax	# hw,
	call	e1000_phy_hw_reset	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1021: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1020: 		ret_val = e1000_phy_hw_reset(hw);
	movl	%eax, %edi	# tmp695, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1021: 		if (ret_val)
	je	.L652	#,
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L729:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:959: 	switch (hw->phy_type) {
	cmpl	$2, %esi	#, _112
	je	.L960	#,
	cmpl	$3, %esi	#, _112
	movl	$6, %edi	#, <retval>
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:969: 		ctrl_aux = er32(CTL_AUX);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp832
	addl	$224, %eax	#, _351
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_351], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:971: 		ew32(CTL_AUX, ctrl_aux);
#NO_APP
	movl	(%ebx), %edi	# hw_75(D)->hw_addr, tmp833
# drivers/net/ethernet/intel/e1000/e1000_hw.c:970: 		ctrl_aux |= E1000_CTL_AUX_RMII;
	orl	$1, %eax	#, ctrl_aux
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,224(%edi)	# ctrl_aux, MEM[(volatile unsigned int *)_355]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:972: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp834
	addl	$8, %eax	#, _357
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_357], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:975: 		ctrl_aux = er32(CTL_AUX);
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp835
	addl	$224, %eax	#, _360
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_360], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:977: 		ctrl_aux &= ~0x2;
#NO_APP
	andl	$-3, %eax	#, tmp522
# drivers/net/ethernet/intel/e1000/e1000_hw.c:978: 		ew32(CTL_AUX, ctrl_aux);
	movl	(%ebx), %edi	# hw_75(D)->hw_addr, tmp836
# drivers/net/ethernet/intel/e1000/e1000_hw.c:977: 		ctrl_aux &= ~0x2;
	orl	$4, %eax	#, ctrl_aux
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,224(%edi)	# ctrl_aux, MEM[(volatile unsigned int *)_365]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:979: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp837
	addl	$8, %eax	#, _367
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_367], ret
# 0 "" 2
#NO_APP
	jmp	.L960	#
	.p2align 4,,10
	.p2align 3
.L728:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1646: 	u16 mii_ctrl_reg;
	movw	$0, -22(%ebp)	#, MEM[(short unsigned int *)_745]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1657: 	ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, _410
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1647: 	u16 mii_status_reg;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1648: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1652: 	hw->fc = E1000_FC_NONE;
	movl	$0, 44(%ebx)	#, hw_75(D)->fc
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%esi	# MEM[(volatile unsigned int *)_410], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1667: 	ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &mii_ctrl_reg);
#NO_APP
	xorl	%edx, %edx	#
	movl	%ebx, %eax	# hw,
	leal	-22(%ebp), %ecx	#, tmp840
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1668: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1667: 	ret_val = e1000_read_phy_reg(hw, PHY_CTRL, &mii_ctrl_reg);
	movl	%eax, %edi	# tmp732, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1668: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1676: 	if (hw->forced_speed_duplex == e1000_100_full ||
	movzbl	213(%ebx), %ecx	# hw_75(D)->forced_speed_duplex, _416
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1673: 	mii_ctrl_reg &= ~MII_CR_AUTO_NEG_EN;
	movzwl	-22(%ebp), %edx	# MEM[(short unsigned int *)_745], mii_ctrl_reg.86_414
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1676: 	if (hw->forced_speed_duplex == e1000_100_full ||
	movb	%cl, %al	# _416, tmp541
	andb	$-3, %al	#, tmp541
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1676: 	if (hw->forced_speed_duplex == e1000_100_full ||
	decb	%al	# tmp541
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1681: 		ctrl |= E1000_CTRL_FD;
	movl	%esi, %eax	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1676: 	if (hw->forced_speed_duplex == e1000_100_full ||
	je	.L996	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1688: 		ctrl &= ~E1000_CTRL_FD;
	andl	$-802, %eax	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1689: 		mii_ctrl_reg &= ~MII_CR_FULL_DUPLEX;
	andl	$61183, %edx	#, cstore_67
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1688: 		ctrl &= ~E1000_CTRL_FD;
	orl	$6144, %eax	#, ctrl
.L763:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1694: 	if (hw->forced_speed_duplex == e1000_100_full ||
	subb	$2, %cl	#, tmp548
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1705: 		mii_ctrl_reg &= ~(MII_CR_SPEED_1000 | MII_CR_SPEED_100);
	movl	%edx, %esi	# cstore_67, cstore_66
	andl	$53183, %esi	#, cstore_66
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1694: 	if (hw->forced_speed_duplex == e1000_100_full ||
	cmpb	$1, %cl	#, tmp548
	ja	.L765	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1699: 		mii_ctrl_reg &= ~(MII_CR_SPEED_1000 | MII_CR_SPEED_10);
	andl	$-65, %edx	#, tmp549
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1697: 		ctrl |= E1000_CTRL_SPD_100;
	orl	$256, %eax	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1699: 		mii_ctrl_reg &= ~(MII_CR_SPEED_1000 | MII_CR_SPEED_10);
	movl	%edx, %esi	# tmp549, tmp549
	orl	$8192, %esi	#, tmp549
.L765:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	cmpl	$3, 12(%ebx)	#, hw_75(D)->mac_type
	movw	%si, -22(%ebp)	# cstore_66, MEM[(short unsigned int *)_745]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %edi	# hw_75(D)->hw_addr, tmp846
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1882: 	if (hw->mac_type < e1000_82543)
	sbbl	%ecx, %ecx	# prephitmp_836
	andl	$4096, %ecx	#, prephitmp_836
	addl	$258048, %ecx	#, prephitmp_836
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 1024(%edi),%edx	# MEM[(volatile unsigned int *)_491], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %edx	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	%ecx, %edx	# prephitmp_836, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_75(D)->hw_addr, tmp847
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_498]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %ecx	# hw_75(D)->hw_addr, tmp848
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ecx),%edx	# MEM[(volatile unsigned int *)_500], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1712: 	ew32(CTRL, ctrl);
#NO_APP
	movl	(%ebx), %edx	# hw_75(D)->hw_addr, _433
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# ctrl, MEM[(volatile unsigned int *)_433]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1714: 	if (hw->phy_type == e1000_phy_m88) {
#NO_APP
	movl	16(%ebx), %edx	# hw_75(D)->phy_type,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1716: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	leal	-18(%ebp), %eax	#, tmp649
	movl	%eax, -32(%ebp)	# tmp649, %sfp
	movl	%eax, %ecx	# tmp649,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1714: 	if (hw->phy_type == e1000_phy_m88) {
	testl	%edx, %edx	#
	jne	.L767	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1716: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1717: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1716: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%eax, %edi	# tmp733, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1717: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1723: 		phy_data &= ~M88E1000_PSCR_AUTO_X_MODE;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1725: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1723: 		phy_data &= ~M88E1000_PSCR_AUTO_X_MODE;
	andl	$65439, %ecx	#, _438
	movw	%cx, -18(%ebp)	# _438, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1725: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1726: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1725: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	%eax, %edi	# tmp734, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1726: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1732: 		mii_ctrl_reg |= MII_CR_RESET;
	movzwl	-22(%ebp), %ecx	# MEM[(short unsigned int *)_745], tmp562
	movl	%ecx, %edi	# tmp562, tmp562
	orl	$32768, %edi	#, tmp562
	movw	%di, -22(%ebp)	# prephitmp_282, MEM[(short unsigned int *)_745]
.L770:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%edi, %ecx	# prephitmp_282,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp737, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %edi	# tmp738, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1755: 	if (ret_val)
	testl	%edi, %edi	# <retval>
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1758: 	udelay(1);
	movl	$4295, %eax	#,
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1767: 	if (hw->wait_autoneg_complete) {
	cmpb	$0, 214(%ebx)	#, hw_75(D)->wait_autoneg_complete
	je	.L783	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1770: 		mii_status_reg = 0;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
	leal	-20(%ebp), %edi	#, tmp648
	movl	$20, %esi	#, ivtmp_1078
	movl	%edi, -36(%ebp)	# tmp648, %sfp
	.p2align 4
	.p2align 3
.L779:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1778: 			    e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%edi, %ecx	# tmp648,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1779: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1783: 			    e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%edi, %ecx	# tmp648,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1784: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1787: 			if (mii_status_reg & MII_SR_LINK_STATUS)
	movl	-20(%ebp), %eax	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
	testb	$4, %al	#, MEM[(short unsigned int *)_965]
	jne	.L778	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1789: 			msleep(100);
	movl	$100, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1773: 		for (i = PHY_FORCE_TIME; i > 0; i--) {
	decl	%esi	# tmp572
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1789: 			msleep(100);
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1773: 		for (i = PHY_FORCE_TIME; i > 0; i--) {
	andl	$65535, %esi	#, ivtmp_1078
	jne	.L779	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1791: 		if ((i == 0) && (hw->phy_type == e1000_phy_m88)) {
	movl	16(%ebx), %eax	# hw_75(D)->phy_type,
	testl	%eax, %eax	#
	je	.L840	#,
.L961:
	movl	-20(%ebp), %eax	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
.L778:
	movl	-36(%ebp), %edi	# %sfp, tmp648
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1770: 		mii_status_reg = 0;
	movl	$20, %esi	#, ivtmp_494
	jmp	.L781	#
	.p2align 4,,10
	.p2align 3
.L997:
	movl	-20(%ebp), %eax	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
.L781:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1805: 			if (mii_status_reg & MII_SR_LINK_STATUS)
	testb	$4, %al	#, MEM[(short unsigned int *)_965]
	jne	.L783	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1807: 			msleep(100);
	movl	$100, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1812: 			    e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%edi, %ecx	# tmp648,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1813: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1817: 			    e1000_read_phy_reg(hw, PHY_STATUS, &mii_status_reg);
	movl	%edi, %ecx	# tmp648,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1818: 			if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1804: 		for (i = PHY_FORCE_TIME; i > 0; i--) {
	decl	%esi	# tmp579
	andl	$65535, %esi	#, ivtmp_494
	jne	.L997	#,
.L783:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1823: 	if (hw->phy_type == e1000_phy_m88) {
	movl	16(%ebx), %edi	# hw_75(D)->phy_type,
	testl	%edi, %edi	#
	jne	.L755	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1830: 		    e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	-32(%ebp), %esi	# %sfp, tmp649
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	movl	%esi, %ecx	# tmp649,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1832: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1830: 		    e1000_read_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	%eax, %edi	# tmp746, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1832: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1835: 		phy_data |= M88E1000_EPSCR_TX_CLK_25;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], tmp582
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1837: 		    e1000_write_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1835: 		phy_data |= M88E1000_EPSCR_TX_CLK_25;
	orl	$112, %ecx	#, _470
	movw	%cx, -18(%ebp)	# _470, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1837: 		    e1000_write_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1839: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1837: 		    e1000_write_phy_reg(hw, M88E1000_EXT_PHY_SPEC_CTRL,
	movl	%eax, %edi	# tmp747, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1839: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1847: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%esi, %ecx	# tmp649,
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1848: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1847: 		    e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%eax, %edi	# tmp748, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1848: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1851: 		phy_data |= M88E1000_PSCR_ASSERT_CRS_ON_TX;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], tmp585
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1853: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1851: 		phy_data |= M88E1000_PSCR_ASSERT_CRS_ON_TX;
	orl	$2048, %ecx	#, _475
	movw	%cx, -18(%ebp)	# _475, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1853: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1854: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1853: 		    e1000_write_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, phy_data);
	movl	%eax, %edi	# tmp749, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1854: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1857: 		if ((hw->mac_type == e1000_82544 ||
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, tmp853
	subl	$3, %eax	#, tmp586
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1857: 		if ((hw->mac_type == e1000_82544 ||
	cmpl	$1, %eax	#, tmp586
	ja	.L755	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1858: 		     hw->mac_type == e1000_82543) &&
	cmpb	$0, 211(%ebx)	#, hw_75(D)->autoneg
	jne	.L755	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1859: 		    (!hw->autoneg) &&
	cmpb	$1, 213(%ebx)	#, hw_75(D)->forced_speed_duplex
	ja	.L755	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1862: 			ret_val = e1000_polarity_reversal_workaround(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_polarity_reversal_workaround	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1863: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1862: 			ret_val = e1000_polarity_reversal_workaround(hw);
	movl	%eax, %edi	# tmp750, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1863: 			if (ret_val)
	je	.L755	#,
	.p2align 4,,2
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L983:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1066: 	if (hw->phy_reset_disable)
	cmpb	$0, 245(%ebx)	#, hw_75(D)->phy_reset_disable
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1064: 	u16 phy_data;
	movw	$0, -20(%ebp)	#, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1066: 	if (hw->phy_reset_disable)
	jne	.L696	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1069: 	ret_val = e1000_phy_reset(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_phy_reset	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1070: 	if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1069: 	ret_val = e1000_phy_reset(hw);
	movl	%eax, %edi	# tmp701, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1070: 	if (ret_val) {
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1076: 	msleep(15);
	movl	$15, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1078: 	led_ctrl = er32(LEDCTL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp810
	addl	$3584, %eax	#, _198
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_198], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1079: 	led_ctrl &= IGP_ACTIVITY_LED_MASK;
#NO_APP
	andl	$-3841, %eax	#, led_ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1081: 	ew32(LEDCTL, led_ctrl);
	movl	(%ebx), %edi	# hw_75(D)->hw_addr, tmp811
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1080: 	led_ctrl |= (IGP_ACTIVITY_LED_ENABLE | IGP_LED3_MODE);
	orl	$117441280, %eax	#, led_ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%edi)	# led_ctrl, MEM[(volatile unsigned int *)_203]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1084: 	if (hw->phy_type == e1000_phy_igp) {
#NO_APP
	cmpl	$1, 16(%ebx)	#, hw_75(D)->phy_type
	je	.L998	#,
.L698:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1094: 	ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, &phy_data);
	leal	-20(%ebp), %eax	#, tmp648
	movl	$18, %edx	#,
	movl	%eax, -36(%ebp)	# tmp648, %sfp
	movl	%eax, %ecx	# tmp648,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1095: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1094: 	ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, &phy_data);
	movl	%eax, %edi	# tmp708, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1095: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1098: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, tmp818
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1101: 		phy_data &=
	movzwl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_965], pretmp_984
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1098: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	subl	$11, %eax	#, tmp472
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1098: 	if ((hw->mac_type == e1000_82541) || (hw->mac_type == e1000_82547)) {
	andl	$-3, %eax	#, tmp472
	jne	.L706	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1104: 		hw->mdix = 1;
	movb	$1, 212(%ebx)	#, hw_75(D)->mdix
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1099: 		hw->dsp_config_state = e1000_dsp_config_disabled;
	xorl	%eax, %eax	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1101: 		phy_data &=
	andl	$53247, %ecx	#, _212
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1099: 		hw->dsp_config_state = e1000_dsp_config_disabled;
	movl	%eax, 236(%ebx)	#, hw_75(D)->dsp_config_state
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1101: 		phy_data &=
	movw	%cx, -20(%ebp)	# _212, MEM[(short unsigned int *)_965]
.L707:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1123: 	ret_val = e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, phy_data);
	movl	$18, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1124: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1123: 	ret_val = e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, phy_data);
	movl	%eax, %edi	# tmp709, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1124: 	if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1128: 	if (hw->autoneg) {
	cmpb	$0, 211(%ebx)	#, hw_75(D)->autoneg
	je	.L728	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1129: 		e1000_ms_type phy_ms_setting = hw->master_slave;
	movl	76(%ebx), %eax	# hw_75(D)->master_slave, phy_ms_setting
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1131: 		if (hw->ffe_config_state == e1000_ffe_config_active)
	cmpl	$1, 84(%ebx)	#, hw_75(D)->ffe_config_state
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1129: 		e1000_ms_type phy_ms_setting = hw->master_slave;
	movl	%eax, -32(%ebp)	# phy_ms_setting, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1131: 		if (hw->ffe_config_state == e1000_ffe_config_active)
	jne	.L713	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1132: 			hw->ffe_config_state = e1000_ffe_config_enabled;
	movl	$0, 84(%ebx)	#, hw_75(D)->ffe_config_state
.L713:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1134: 		if (hw->dsp_config_state == e1000_dsp_config_activated)
	cmpl	$2, 236(%ebx)	#, hw_75(D)->dsp_config_state
	jne	.L714	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1135: 			hw->dsp_config_state = e1000_dsp_config_enabled;
	movl	$1, %ecx	#,
	movl	%ecx, 236(%ebx)	#, hw_75(D)->dsp_config_state
.L714:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1141: 		if (hw->autoneg_advertised == ADVERTISE_1000_FULL) {
	cmpw	$32, 182(%ebx)	#, hw_75(D)->autoneg_advertised
	je	.L715	#,
.L722:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1166: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_data);
	movl	-36(%ebp), %ecx	# %sfp,
	movl	$9, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1167: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1166: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_data);
	movl	%eax, %edi	# tmp710, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1167: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1171: 		hw->original_master_slave = (phy_data & CR_1000T_MS_ENABLE) ?
	movzwl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_965], _247
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1174: 		     e1000_ms_force_slave) : e1000_ms_auto;
	testb	$16, %ch	#, _247
	je	.L843	#,
	testb	$8, %ch	#, _247
	movl	$2, %eax	#, tmp656
	cmove	%eax, %esi	# _112,, tmp656, _112
.L723:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1171: 		hw->original_master_slave = (phy_data & CR_1000T_MS_ENABLE) ?
	movl	%esi, 80(%ebx)	# _112, hw_75(D)->original_master_slave
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1176: 		switch (phy_ms_setting) {
	movl	-32(%ebp), %eax	# %sfp, phy_ms_setting
	cmpl	$2, %eax	#, phy_ms_setting
	je	.L724	#,
	cmpl	$3, %eax	#, phy_ms_setting
	je	.L725	#,
	decl	%eax	# phy_ms_setting
	je	.L999	#,
.L726:
	movl	%ecx, -32(%ebp)	# _247, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	-32(%ebp), %ecx	# %sfp, _247
	movl	$9, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp716, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %edi	# tmp717, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1191: 		if (ret_val)
	testl	%edi, %edi	# <retval>
	je	.L696	#,
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L996:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1681: 		ctrl |= E1000_CTRL_FD;
	andl	$-801, %eax	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1673: 	mii_ctrl_reg &= ~MII_CR_AUTO_NEG_EN;
	andl	$-4097, %edx	#, tmp543
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1681: 		ctrl |= E1000_CTRL_FD;
	orl	$6145, %eax	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1682: 		mii_ctrl_reg |= MII_CR_FULL_DUPLEX;
	orl	$256, %edx	#, cstore_67
	jmp	.L763	#
	.p2align 4,,10
	.p2align 3
.L803:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:665: 		eeprom_data &= EEPROM_SERDES_AMPLITUDE_MASK;
	andl	$15, %ecx	#, _575
# drivers/net/ethernet/intel/e1000/e1000_hw.c:667: 		    e1000_write_phy_reg(hw, M88E1000_PHY_EXT_CTRL, eeprom_data);
	movl	$26, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:665: 		eeprom_data &= EEPROM_SERDES_AMPLITUDE_MASK;
	movw	%cx, -18(%ebp)	# _575, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:667: 		    e1000_write_phy_reg(hw, M88E1000_PHY_EXT_CTRL, eeprom_data);
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:668: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:667: 		    e1000_write_phy_reg(hw, M88E1000_PHY_EXT_CTRL, eeprom_data);
	movl	%eax, %edi	# tmp757, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:668: 		if (ret_val)
	je	.L962	#,
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L985:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1343: 	phy_data |= (MII_CR_AUTO_NEG_EN | MII_CR_RESTART_AUTO_NEG);
	movzwl	-20(%ebp), %edi	# MEM[(short unsigned int *)_965], tmp531
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1343: 	phy_data |= (MII_CR_AUTO_NEG_EN | MII_CR_RESTART_AUTO_NEG);
	orl	$4608, %edi	#, _380
	movw	%di, -20(%ebp)	# _380, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%edi, %ecx	# _380,
	xorl	%edx, %edx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, %esi	# tmp728, flags
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	%esi, %edx	# flags,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %edi	# tmp729, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1345: 	if (ret_val)
	testl	%edi, %edi	# <retval>
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1351: 	if (hw->wait_autoneg_complete) {
	cmpb	$0, 214(%ebx)	#, hw_75(D)->wait_autoneg_complete
	jne	.L754	#,
.L758:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1360: 	hw->get_link_status = true;
	movb	$1, 240(%ebx)	#, hw_75(D)->get_link_status
.L755:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1770: 		mii_status_reg = 0;
	movl	$10, %esi	#, ivtmp_779
	.p2align 4
	.p2align 3
.L793:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1465: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	leal	-24(%ebp), %ecx	#, tmp854
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1466: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1465: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%eax, %edi	# tmp751, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1466: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1468: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	leal	-24(%ebp), %ecx	#, tmp855
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1469: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1468: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%eax, %edi	# tmp752, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1469: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1472: 		if (phy_data & MII_SR_LINK_STATUS) {
	testb	$4, -24(%ebp)	#, phy_data
	jne	.L1000	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1481: 		udelay(10);
	movl	$42950, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1464: 	for (i = 0; i < 10; i++) {
	decl	%esi	# tmp603
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1481: 		udelay(10);
	call	__const_udelay	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1464: 	for (i = 0; i < 10; i++) {
	andl	$65535, %esi	#, ivtmp_779
	jne	.L793	#,
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L992:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp649
	movl	$1, %ecx	#,
	movl	$7, %edx	#,
	movl	%eax, (%esp)	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %edi	# tmp698, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5309: 		if (ret_val)
	testl	%edi, %edi	# <retval>
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5312: 		if ((eeprom_data != EEPROM_RESERVED_WORD) &&
	movzwl	-18(%ebp), %eax	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
	subl	$32768, %eax	#, tmp439
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5312: 		if ((eeprom_data != EEPROM_RESERVED_WORD) &&
	cmpw	$32766, %ax	#, tmp439
	jbe	.L688	#,
.L957:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1038: 	if ((hw->mac_type == e1000_82545_rev_3) ||
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, prephitmp_978
.L689:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1038: 	if ((hw->mac_type == e1000_82545_rev_3) ||
	cmpl	$7, %eax	#, prephitmp_978
	jne	.L933	#,
	jmp	.L672	#
	.p2align 4,,10
	.p2align 3
.L649:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:704: 			return -E1000_ERR_EEPROM;
	movl	$-1, %edi	#, <retval>
	jmp	.L638	#
	.p2align 4,,10
	.p2align 3
.L660:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3156: 	switch (hw->mac_type) {
	cmpl	$3, %eax	#, prephitmp_978
	jne	.L848	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3158: 		if (hw->phy_id == M88E1000_E_PHY_ID)
	cmpl	$21040208, %edx	#, _166
	je	.L1001	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	je	.L835	#,
	jbe	.L965	#,
	cmpl	$44565376, %edx	#, _166
	je	.L680	#,
	.p2align 4,,5
	ja	.L676	#,
	.p2align 4
	.p2align 3
.L837:
	cmpl	$21040208, %edx	#, _166
.L978:
	jbe	.L1002	#,
	cmpl	$21040320, %edx	#, _166
	je	.L838	#,
	cmpl	$21040704, %edx	#, _166
	jne	.L676	#,
.L838:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:102: 		hw->phy_type = e1000_phy_m88;
	xorl	%eax, %eax	#
	movl	%eax, 16(%ebx)	#, hw_75(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:103: 		break;
	jmp	.L680	#
	.p2align 4,,10
	.p2align 3
.L1002:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	andl	$-17, %edx	#, tmp644
	cmpl	$21040160, %edx	#, tmp644
	jne	.L676	#,
	jmp	.L838	#
	.p2align 4,,10
	.p2align 3
.L767:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1740: 		    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, &phy_data);
	movl	$18, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1741: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1740: 		    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, &phy_data);
	movl	%eax, %edi	# tmp735, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1741: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1745: 		phy_data &= ~IGP01E1000_PSCR_FORCE_MDI_MDIX;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1748: 		    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, phy_data);
	movl	$18, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1745: 		phy_data &= ~IGP01E1000_PSCR_FORCE_MDI_MDIX;
	andl	$53247, %ecx	#, _445
	movw	%cx, -18(%ebp)	# _445, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1748: 		    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, phy_data);
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1749: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1748: 		    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CTRL, phy_data);
	movl	%eax, %edi	# tmp736, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1749: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1754: 	ret_val = e1000_write_phy_reg(hw, PHY_CTRL, mii_ctrl_reg);
	movzwl	-22(%ebp), %edi	# MEM[(short unsigned int *)_745], prephitmp_282
	jmp	.L770	#
	.p2align 4,,10
	.p2align 3
.L991:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:710: 			hw->fc = E1000_FC_TX_PAUSE;
	movl	$2, 44(%ebx)	#, hw_75(D)->fc
	movl	$2, %eax	#, _2
	jmp	.L639	#
.L673:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	je	.L855	#,
	movl	$3, %esi	#, _156
.L661:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:115: 		hw->phy_type = e1000_phy_8201;
	movl	%esi, 16(%ebx)	# _156, hw_75(D)->phy_type
	jmp	.L655	#
	.p2align 4,,10
	.p2align 3
.L1000:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1382: 	if ((hw->mac_type >= e1000_82544) && (hw->mac_type != e1000_ce4100)) {
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, _517
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1382: 	if ((hw->mac_type >= e1000_82544) && (hw->mac_type != e1000_ce4100)) {
	cmpl	$3, %eax	#, _517
	jbe	.L790	#,
	cmpl	$9, %eax	#, _517
	je	.L790	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1887: 	tctl = er32(TCTL);
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp856
	addl	$1024, %eax	#, _528
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_528], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1889: 	tctl &= ~E1000_TCTL_COLD;
#NO_APP
	andl	$-4190209, %eax	#, tctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1892: 	ew32(TCTL, tctl);
	movl	(%ebx), %ecx	# hw_75(D)->hw_addr, tmp857
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1890: 	tctl |= coll_dist << E1000_COLD_SHIFT;
	orl	$258048, %eax	#, tctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,1024(%ecx)	# tctl, MEM[(volatile unsigned int *)_535]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1893: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_75(D)->hw_addr, tmp858
	addl	$8, %eax	#, _537
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_537], ret
# 0 "" 2
#NO_APP
.L791:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1391: 	ret_val = e1000_config_fc_after_link_up(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_config_fc_after_link_up	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1392: 	if (ret_val) {
	testl	%eax, %eax	# ret_val
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1398: 	if (hw->phy_type == e1000_phy_igp) {
	cmpl	$1, 16(%ebx)	#, hw_75(D)->phy_type
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1399: 		ret_val = e1000_config_dsp_after_link_change(hw, true);
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_config_dsp_after_link_change	#
	movl	%eax, %edi	# tmp755, <retval>
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L848:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:876: 		return -E1000_ERR_CONFIG;
	movl	$-3, %edi	#, <retval>
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L790:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1385: 		ret_val = e1000_config_mac_to_phy(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_config_mac_to_phy	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1386: 		if (ret_val) {
	testl	%eax, %eax	# ret_val
	je	.L791	#,
.L949:
	movl	%eax, %edi	# <retval>, <retval>
	.p2align 4,,2
	jmp	.L795	#
.L989:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$21040208, %edx	#, _166
	jne	.L978	#,
	.p2align 4,,3
	jmp	.L838	#
	.p2align 4,,10
	.p2align 3
.L993:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:912: 			hw->autoneg_failed = 1;
	movl	$1, 120(%ebx)	#, hw_75(D)->autoneg_failed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:918: 			ret_val = e1000_check_for_link(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_check_for_link	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:919: 			if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:918: 			ret_val = e1000_check_for_link(hw);
	movl	%eax, %edi	# tmp766, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:919: 			if (ret_val) {
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:923: 			hw->autoneg_failed = 0;
	movl	$0, 120(%ebx)	#, hw_75(D)->autoneg_failed
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L664:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3170: 		if (hw->phy_id == M88E1011_I_PHY_ID)
	cmpl	$21040160, %edx	#, _166
	jne	.L934	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:102: 		hw->phy_type = e1000_phy_m88;
	movl	$0, 16(%ebx)	#, hw_75(D)->phy_type
	jmp	.L672	#
	.p2align 4,,10
	.p2align 3
.L657:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3174: 		if ((hw->phy_id == RTL8211B_PHY_ID) ||
	cmpl	$1886480, %edx	#, _166
	je	.L855	#,
	cmpl	$33280, %edx	#, _166
	je	.L673	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3175: 		    (hw->phy_id == RTL8201N_PHY_ID) ||
	cmpl	$21040704, %edx	#, _166
	je	.L674	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	jbe	.L676	#,
.L675:
	cmpl	$44565376, %edx	#, _166
	je	.L680	#,
	cmpl	$44565376, %edx	#, _166
	ja	.L676	#,
	cmpl	$21040208, %edx	#, _166
	jne	.L837	#,
	jmp	.L838	#
	.p2align 4,,10
	.p2align 3
.L733:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1234: 		phy_data |= M88E1000_PSCR_AUTO_X_1000T;
	orl	$2112, %eax	#, _320
	movl	%eax, %ecx	# _320, _321
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1235: 		break;
	jmp	.L735	#
	.p2align 4,,10
	.p2align 3
.L732:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1231: 		phy_data |= M88E1000_PSCR_MDIX_MANUAL_MODE;
	orl	$2080, %eax	#, _320
	movl	%eax, %ecx	# _320, _321
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1232: 		break;
	jmp	.L735	#
.L835:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:112: 		hw->phy_type = e1000_phy_8211;
	movl	$2, 16(%ebx)	#, hw_75(D)->phy_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:113: 		break;
	jmp	.L680	#
	.p2align 4,,10
	.p2align 3
.L995:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:109: 			hw->phy_type = e1000_phy_igp;
	movl	$1, 16(%ebx)	#, hw_75(D)->phy_type
	jmp	.L666	#
.L754:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2621: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
	leal	-18(%ebp), %edi	#, tmp649
	movl	$45, %esi	#, ivtmp_781
	jmp	.L759	#
	.p2align 4,,10
	.p2align 3
.L1003:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2633: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%edi, %ecx	# tmp649,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2634: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L949	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2636: 		if (phy_data & MII_SR_AUTONEG_COMPLETE)
	testb	$32, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
	jne	.L758	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2639: 		msleep(100);
	movl	$100, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2626: 	for (i = PHY_AUTO_NEG_TIME; i > 0; i--) {
	decl	%esi	# tmp538
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2639: 		msleep(100);
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2626: 	for (i = PHY_AUTO_NEG_TIME; i > 0; i--) {
	andl	$65535, %esi	#, ivtmp_781
	je	.L758	#,
.L759:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2630: 		ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%edi, %ecx	# tmp649,
	movl	$1, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2631: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	je	.L1003	#,
	movl	%eax, %edi	# <retval>, <retval>
	jmp	.L795	#
.L998:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5348: 	u16 phy_data;
	movw	$0, -18(%ebp)	#, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5357: 	if (hw->mac_type == e1000_82541_rev_2 ||
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, tmp456
	andl	$-3, %eax	#, tmp456
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5357: 	if (hw->mac_type == e1000_82541_rev_2 ||
	cmpl	$12, %eax	#, tmp456
	je	.L699	#,
.L703:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5381: 		if (hw->smart_speed == e1000_smart_speed_on) {
	movl	232(%ebx), %eax	# hw_75(D)->smart_speed, _265
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5381: 		if (hw->smart_speed == e1000_smart_speed_on) {
	cmpl	$1, %eax	#, _265
	je	.L1004	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5394: 		} else if (hw->smart_speed == e1000_smart_speed_off) {
	cmpl	$2, %eax	#, _265
	jne	.L698	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5396: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	leal	-18(%ebp), %eax	#, tmp649
	movl	$16, %edx	#,
	movl	%eax, %ecx	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5398: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5396: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	%eax, %edi	# tmp706, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5398: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5401: 			phy_data &= ~IGP01E1000_PSCFR_SMART_SPEED;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5403: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	andl	$65407, %ecx	#, tmp470
.L959:
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5405: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5403: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	%eax, %edi	# tmp707, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5405: 			if (ret_val)
	je	.L698	#,
	jmp	.L795	#
	.p2align 4,,10
	.p2align 3
.L688:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5315: 			    e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT,
	movl	$11, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5317: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5315: 			    e1000_write_phy_reg(hw, M88E1000_PHY_PAGE_SELECT,
	movl	%eax, %edi	# tmp699, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5317: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5320: 			    e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL,
	movl	$33028, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5322: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5320: 			    e1000_write_phy_reg(hw, M88E1000_PHY_GEN_CONTROL,
	movl	%eax, %edi	# tmp700, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5322: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5325: 			hw->phy_reset_disable = false;
	movb	$0, 245(%ebx)	#, hw_75(D)->phy_reset_disable
	jmp	.L957	#
.L706:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1110: 		switch (hw->mdix) {
	movzbl	212(%ebx), %eax	# hw_75(D)->mdix, _215
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1108: 		phy_data &= ~IGP01E1000_PSCR_AUTO_MDIX;
	movl	%ecx, %edx	# pretmp_984, _214
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1107: 		hw->dsp_config_state = e1000_dsp_config_enabled;
	movl	$1, %edi	#,
	movl	%edi, 236(%ebx)	#, hw_75(D)->dsp_config_state
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1108: 		phy_data &= ~IGP01E1000_PSCR_AUTO_MDIX;
	andl	$61439, %edx	#, _214
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1110: 		switch (hw->mdix) {
	cmpb	$1, %al	#, _215
	je	.L708	#,
	cmpb	$2, %al	#, _215
	je	.L709	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1119: 			phy_data |= IGP01E1000_PSCR_AUTO_MDIX;
	movl	%edx, %ecx	# _214, _214
	orl	$4096, %ecx	#, _214
	movw	%cx, -20(%ebp)	# _212, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1120: 			break;
	jmp	.L707	#
.L1001:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:102: 		hw->phy_type = e1000_phy_m88;
	movl	$0, 16(%ebx)	#, hw_75(D)->phy_type
	movl	$-8, %esi	#, tmp646
	jmp	.L666	#
.L855:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	movl	$2, %esi	#, _156
.L674:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:102: 		hw->phy_type = e1000_phy_m88;
	movl	%esi, 16(%ebx)	# _156, hw_75(D)->phy_type
	jmp	.L689	#
	.p2align 4,,10
	.p2align 3
.L709:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1115: 			phy_data |= IGP01E1000_PSCR_FORCE_MDI_MDIX;
	movl	%edx, %ecx	# _214, _214
	orl	$8192, %ecx	#, _214
	movw	%cx, -20(%ebp)	# _212, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1116: 			break;
	jmp	.L707	#
.L708:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1112: 			phy_data &= ~IGP01E1000_PSCR_FORCE_MDI_MDIX;
	andl	$53247, %ecx	#, _212
	movw	%cx, -20(%ebp)	# _212, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1113: 			break;
	jmp	.L707	#
.L984:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1271: 			phy_data |= M88EC018_EPSCR_DOWNSHIFT_COUNTER_5X;
	andl	$-3585, %ecx	#, tmp509
	orl	$2160, %ecx	#, _339
	jmp	.L976	#
.L715:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1144: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	-36(%ebp), %ecx	# %sfp,
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1146: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1144: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	%eax, %edi	# tmp711, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1146: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1148: 			phy_data &= ~IGP01E1000_PSCFR_SMART_SPEED;
	movl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1150: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	$16, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1148: 			phy_data &= ~IGP01E1000_PSCFR_SMART_SPEED;
	andl	$65407, %ecx	#, _229
	movw	%cx, -20(%ebp)	# _229, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1150: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1152: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1150: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	%eax, %edi	# tmp712, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1152: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1156: 			    e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_data);
	movl	-36(%ebp), %ecx	# %sfp,
	movl	$9, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1157: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1156: 			    e1000_read_phy_reg(hw, PHY_1000T_CTRL, &phy_data);
	movl	%eax, %edi	# tmp713, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1157: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1159: 			phy_data &= ~CR_1000T_MS_ENABLE;
	movl	-20(%ebp), %ecx	# MEM[(short unsigned int *)_965], MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	$e1000_phy_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1159: 			phy_data &= ~CR_1000T_MS_ENABLE;
	movl	%ecx, %edi	# MEM[(short unsigned int *)_965], _234
	andl	$61439, %edi	#, _234
	movw	%di, -20(%ebp)	# _234, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	call	_raw_spin_lock_irqsave	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%edi, %ecx	# _234,
	movl	$9, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2926: 	spin_lock_irqsave(&e1000_phy_lock, flags);
	movl	%eax, -40(%ebp)	# tmp714, %sfp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg_ex	#
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	-40(%ebp), %edx	# %sfp,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:2938: 	ret_val = e1000_write_phy_reg_ex(hw, MAX_PHY_REG_ADDRESS & reg_addr,
	movl	%eax, %edi	# tmp715, <retval>
# ./include/linux/spinlock.h:406: 	raw_spin_unlock_irqrestore(&lock->rlock, flags);
	movl	$e1000_phy_lock, %eax	#,
	call	_raw_spin_unlock_irqrestore	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1162: 			if (ret_val)
	testl	%edi, %edi	# <retval>
	je	.L722	#,
	jmp	.L795	#
.L699:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5360: 		    e1000_read_phy_reg(hw, IGP01E1000_GMII_FIFO, &phy_data);
	leal	-18(%ebp), %eax	#, tmp649
	movl	$20, %edx	#,
	movl	%eax, %ecx	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5361: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5360: 		    e1000_read_phy_reg(hw, IGP01E1000_GMII_FIFO, &phy_data);
	movl	%eax, %edi	# tmp702, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5361: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5366: 		if (hw->mac_type == e1000_82541_rev_2 ||
	movl	12(%ebx), %eax	# hw_75(D)->mac_type, tmp459
	andl	$-3, %eax	#, tmp459
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5366: 		if (hw->mac_type == e1000_82541_rev_2 ||
	cmpl	$12, %eax	#, tmp459
	jne	.L703	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5368: 			phy_data &= ~IGP01E1000_GMII_FLEX_SPD;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5370: 			    e1000_write_phy_reg(hw, IGP01E1000_GMII_FIFO,
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5368: 			phy_data &= ~IGP01E1000_GMII_FLEX_SPD;
	andl	$65519, %ecx	#, _262
	movw	%cx, -18(%ebp)	# _262, MEM[(short unsigned int *)_1013]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5370: 			    e1000_write_phy_reg(hw, IGP01E1000_GMII_FIFO,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5372: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5370: 			    e1000_write_phy_reg(hw, IGP01E1000_GMII_FIFO,
	movl	%eax, %edi	# tmp703, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5372: 			if (ret_val)
	je	.L703	#,
	jmp	.L795	#
.L843:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1174: 		     e1000_ms_force_slave) : e1000_ms_auto;
	movl	$3, %esi	#, _112
	.p2align 4,,2
	jmp	.L723	#
.L840:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3211: 		ret_val = e1000_write_phy_reg(hw, 29, 0x001d);
	movl	$29, %ecx	#,
	movl	$29, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3212: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3211: 		ret_val = e1000_write_phy_reg(hw, 29, 0x001d);
	movl	%eax, %edi	# tmp741, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3212: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3214: 		ret_val = e1000_write_phy_reg(hw, 30, 0x00c1);
	movl	$193, %ecx	#,
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3215: 		if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3214: 		ret_val = e1000_write_phy_reg(hw, 30, 0x00c1);
	movl	%eax, %edi	# tmp742, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3215: 		if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3217: 		ret_val = e1000_write_phy_reg(hw, 30, 0x0000);
	xorl	%ecx, %ecx	#
	movl	$30, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1796: 			if (ret_val) {
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3217: 		ret_val = e1000_write_phy_reg(hw, 30, 0x0000);
	movl	%eax, %edi	# tmp743, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1796: 			if (ret_val) {
	je	.L961	#,
	jmp	.L795	#
.L1004:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5383: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	leal	-18(%ebp), %eax	#, tmp649
	movl	$16, %edx	#,
	movl	%eax, %ecx	# tmp649,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5385: 			if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5383: 			    e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	movl	%eax, %edi	# tmp704, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5385: 			if (ret_val)
	jne	.L795	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5388: 			phy_data |= IGP01E1000_PSCFR_SMART_SPEED;
	movzwl	-18(%ebp), %ecx	# MEM[(short unsigned int *)_1013], tmp465
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5390: 			    e1000_write_phy_reg(hw, IGP01E1000_PHY_PORT_CONFIG,
	orl	$128, %ecx	#, tmp466
	jmp	.L959	#
.L986:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:788: }
	call	__stack_chk_fail	#
.L999:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1178: 			phy_data |= (CR_1000T_MS_ENABLE | CR_1000T_MS_VALUE);
	orl	$6144, %ecx	#, tmp494
	movw	%cx, -20(%ebp)	# tmp494, MEM[(short unsigned int *)_965]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1179: 			break;
	jmp	.L726	#
.L725:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1185: 			phy_data &= ~CR_1000T_MS_ENABLE;
	andl	$-4097, %ecx	#, tmp498
	movw	%cx, -20(%ebp)	# tmp498, MEM[(short unsigned int *)_965]
	andl	$61439, %ecx	#, _247
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1186: 			break;
	jmp	.L726	#
.L724:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1182: 			phy_data &= ~(CR_1000T_MS_VALUE);
	andl	$-2049, %ecx	#, tmp495
	orl	$4096, %ecx	#, tmp497
	movw	%cx, -20(%ebp)	# tmp497, MEM[(short unsigned int *)_965]
	andl	$63487, %ecx	#, _247
# drivers/net/ethernet/intel/e1000/e1000_hw.c:1183: 			break;
	jmp	.L726	#
.L659:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3162: 		if (hw->phy_id == M88E1000_I_PHY_ID)
	cmpl	$21040176, %edx	#, _166
	je	.L1005	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:96: 	switch (hw->phy_id) {
	cmpl	$1886480, %edx	#, _166
	je	.L835	#,
	ja	.L675	#,
	.p2align 4,,5
	jmp	.L965	#
.L1005:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:102: 		hw->phy_type = e1000_phy_m88;
	xorl	%edx, %edx	#
	movl	%edx, 16(%ebx)	#, hw_75(D)->phy_type
	.p2align 4,,6
	jmp	.L689	#
	.size	e1000_setup_link, .-e1000_setup_link
	.p2align 4
	.globl	e1000_phy_get_info
	.type	e1000_phy_get_info, @function
e1000_phy_get_info:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$28, %esp	#,
	movl	%edi, -4(%ebp)	#,
	movl	%eax, %edi	# tmp201, hw
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3385: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp218
	movl	%eax, -16(%ebp)	# tmp218, D.81840
	xorl	%eax, %eax	# tmp218
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3389: 	phy_info->cable_length = e1000_cable_length_undefined;
	movl	$255, (%edx)	#, phy_info_11(D)->cable_length
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3390: 	phy_info->extended_10bt_distance = e1000_10bt_ext_dist_enable_undefined;
	movl	$255, 4(%edx)	#, phy_info_11(D)->extended_10bt_distance
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3391: 	phy_info->cable_polarity = e1000_rev_polarity_undefined;
	movl	$255, 8(%edx)	#, phy_info_11(D)->cable_polarity
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3392: 	phy_info->downshift = e1000_downshift_undefined;
	movl	$255, 12(%edx)	#, phy_info_11(D)->downshift
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3393: 	phy_info->polarity_correction = e1000_polarity_reversal_undefined;
	movl	$255, 16(%edx)	#, phy_info_11(D)->polarity_correction
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3394: 	phy_info->mdix_mode = e1000_auto_x_mode_undefined;
	movl	$255, 20(%edx)	#, phy_info_11(D)->mdix_mode
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3395: 	phy_info->local_rx = e1000_1000t_rx_status_undefined;
	movl	$255, 24(%edx)	#, phy_info_11(D)->local_rx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3396: 	phy_info->remote_rx = e1000_1000t_rx_status_undefined;
	movl	$255, 28(%edx)	#, phy_info_11(D)->remote_rx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3387: 	u16 phy_data;
	movw	$0, -28(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3398: 	if (hw->media_type != e1000_media_type_copper) {
	movl	24(%edi), %ecx	# hw_20(D)->media_type,
	testl	%ecx, %ecx	#
	jne	.L1009	#,
	movl	%edx, %ebx	# tmp202, phy_info
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3403: 	ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%edi, %eax	# hw,
	leal	-28(%ebp), %ecx	#, tmp221
	movl	$1, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3404: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3403: 	ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%eax, %esi	# tmp203, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3404: 	if (ret_val)
	je	.L1027	#,
.L1006:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3423: }
	movl	-16(%ebp), %eax	# D.81840, tmp219
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp219
	jne	.L1028	#,
	movl	-12(%ebp), %ebx	#,
	movl	%esi, %eax	# <retval>,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1027:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3407: 	ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	leal	-28(%ebp), %ecx	#, tmp222
	movl	$1, %edx	#,
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3408: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3407: 	ret_val = e1000_read_phy_reg(hw, PHY_STATUS, &phy_data);
	movl	%eax, %esi	# tmp204, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3408: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3411: 	if ((phy_data & MII_SR_LINK_STATUS) != MII_SR_LINK_STATUS) {
	testb	$4, -28(%ebp)	#, phy_data
	je	.L1009	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3416: 	if (hw->phy_type == e1000_phy_igp)
	movl	16(%edi), %eax	# hw_20(D)->phy_type, _6
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3416: 	if (hw->phy_type == e1000_phy_igp)
	cmpl	$1, %eax	#, _6
	je	.L1029	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3418: 	else if ((hw->phy_type == e1000_phy_8211) ||
	subl	$2, %eax	#, tmp173
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3418: 	else if ((hw->phy_type == e1000_phy_8211) ||
	cmpl	$1, %eax	#, tmp173
	jbe	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3322: 	phy_info->downshift = (e1000_downshift) hw->speed_downgraded;
	movzbl	229(%edi), %eax	# hw_20(D)->speed_downgraded, hw_20(D)->speed_downgraded
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3324: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	leal	-22(%ebp), %ecx	#, tmp231
	movl	$16, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3316: 	u16 phy_data;
	movw	$0, -22(%ebp)	#, MEM[(short unsigned int *)_155]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3317: 	e1000_rev_polarity polarity;
	movl	$0, -20(%ebp)	#, MEM[(<unnamed type> *)_156]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3322: 	phy_info->downshift = (e1000_downshift) hw->speed_downgraded;
	movl	%eax, 12(%ebx)	# hw_20(D)->speed_downgraded, phy_info_11(D)->downshift
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3324: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3325: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3324: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_CTRL, &phy_data);
	movl	%eax, %esi	# tmp209, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3325: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3331: 	    e1000_10bt_ext_dist_enable_lower :
	movzwl	-22(%ebp), %eax	# MEM[(short unsigned int *)_155], _69
	movl	%eax, %edx	# _69, tmp176
	sarl	$7, %edx	#, tmp176
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3337: 	    e1000_polarity_reversal_disabled : e1000_polarity_reversal_enabled;
	sarl	%eax	# tmp178
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3331: 	    e1000_10bt_ext_dist_enable_lower :
	andl	$1, %edx	#, tmp177
	movl	%edx, 4(%ebx)	# tmp177, phy_info_11(D)->extended_10bt_distance
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3340: 	ret_val = e1000_check_polarity(hw, &polarity);
	leal	-20(%ebp), %edx	#, tmp233
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3337: 	    e1000_polarity_reversal_disabled : e1000_polarity_reversal_enabled;
	andl	$1, %eax	#, tmp179
	movl	%eax, 16(%ebx)	# tmp179, phy_info_11(D)->polarity_correction
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3340: 	ret_val = e1000_check_polarity(hw, &polarity);
	movl	%edi, %eax	# hw,
	call	e1000_check_polarity	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3341: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3340: 	ret_val = e1000_check_polarity(hw, &polarity);
	movl	%eax, %esi	# tmp210, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3341: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3343: 	phy_info->cable_polarity = polarity;
	movl	-20(%ebp), %eax	# MEM[(<unnamed type> *)_156], MEM[(<unnamed type> *)_156]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3345: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS, &phy_data);
	leal	-22(%ebp), %ecx	#, tmp234
	movl	$17, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3343: 	phy_info->cable_polarity = polarity;
	movl	%eax, 8(%ebx)	# MEM[(<unnamed type> *)_156], phy_info_11(D)->cable_polarity
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3345: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS, &phy_data);
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3346: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3345: 	ret_val = e1000_read_phy_reg(hw, M88E1000_PHY_SPEC_STATUS, &phy_data);
	movl	%eax, %esi	# tmp211, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3346: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3350: 	    (e1000_auto_x_mode) ((phy_data & M88E1000_PSSR_MDIX) >>
	movzwl	-22(%ebp), %edx	# MEM[(short unsigned int *)_155], _80
	movl	%edx, %eax	# _80, tmp183
	sarl	$6, %eax	#, tmp183
	andl	$1, %eax	#, tmp184
	movl	%eax, 20(%ebx)	# tmp184, phy_info_11(D)->mdix_mode
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3353: 	if ((phy_data & M88E1000_PSSR_SPEED) == M88E1000_PSSR_1000MBS) {
	movl	%edx, %eax	# _80, tmp186
	andl	$49152, %eax	#, tmp186
	cmpl	$32768, %eax	#, tmp186
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3359: 					   M88E1000_PSSR_CABLE_LENGTH) >>
	sarl	$7, %edx	#, tmp187
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3362: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	movl	%edi, %eax	# hw,
	leal	-22(%ebp), %ecx	#, tmp237
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3359: 					   M88E1000_PSSR_CABLE_LENGTH) >>
	andl	$7, %edx	#, tmp188
	movl	%edx, (%ebx)	# tmp188, phy_info_11(D)->cable_length
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3362: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	movl	$10, %edx	#,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3363: 		if (ret_val)
	testl	%eax, %eax	# ret_val
	jne	.L1022	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3368: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	movzwl	-22(%ebp), %eax	# MEM[(short unsigned int *)_155], _90
	movl	%eax, %edx	# _90, tmp190
	sarl	$13, %edx	#, tmp190
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3371: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	sarl	$12, %eax	#, tmp192
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3368: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	andl	$1, %edx	#, tmp191
	movl	%edx, 24(%ebx)	# tmp191, phy_info_11(D)->local_rx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3371: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	andl	$1, %eax	#, tmp193
	movl	%eax, 28(%ebx)	# tmp193, phy_info_11(D)->remote_rx
	jmp	.L1006	#
	.p2align 4,,10
	.p2align 3
.L1029:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3237: 	u16 phy_data, min_length, max_length, average;
	movw	$0, -22(%ebp)	#, MEM[(short unsigned int *)_155]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3243: 	phy_info->downshift = (e1000_downshift) hw->speed_downgraded;
	movzbl	229(%edi), %eax	# hw_20(D)->speed_downgraded, hw_20(D)->speed_downgraded
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3252: 	ret_val = e1000_check_polarity(hw, &polarity);
	leal	-20(%ebp), %edx	#, tmp223
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3238: 	e1000_rev_polarity polarity;
	movl	$0, -20(%ebp)	#, MEM[(<unnamed type> *)_156]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3246: 	phy_info->extended_10bt_distance = e1000_10bt_ext_dist_enable_normal;
	movl	$0, 4(%ebx)	#, phy_info_11(D)->extended_10bt_distance
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3249: 	phy_info->polarity_correction = e1000_polarity_reversal_enabled;
	movl	$0, 16(%ebx)	#, phy_info_11(D)->polarity_correction
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3243: 	phy_info->downshift = (e1000_downshift) hw->speed_downgraded;
	movl	%eax, 12(%ebx)	# hw_20(D)->speed_downgraded, phy_info_11(D)->downshift
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3252: 	ret_val = e1000_check_polarity(hw, &polarity);
	movl	%edi, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3237: 	u16 phy_data, min_length, max_length, average;
	movw	$0, -26(%ebp)	#, phy_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3237: 	u16 phy_data, min_length, max_length, average;
	movw	$0, -24(%ebp)	#, min_length
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3252: 	ret_val = e1000_check_polarity(hw, &polarity);
	call	e1000_check_polarity	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3253: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3252: 	ret_val = e1000_check_polarity(hw, &polarity);
	movl	%eax, %esi	# tmp205, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3253: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3256: 	phy_info->cable_polarity = polarity;
	movl	-20(%ebp), %eax	# MEM[(<unnamed type> *)_156], MEM[(<unnamed type> *)_156]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3258: 	ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_STATUS, &phy_data);
	leal	-26(%ebp), %ecx	#, tmp224
	movl	$17, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3256: 	phy_info->cable_polarity = polarity;
	movl	%eax, 8(%ebx)	# MEM[(<unnamed type> *)_156], phy_info_11(D)->cable_polarity
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3258: 	ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_STATUS, &phy_data);
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3259: 	if (ret_val)
	testl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3258: 	ret_val = e1000_read_phy_reg(hw, IGP01E1000_PHY_PORT_STATUS, &phy_data);
	movl	%eax, %esi	# tmp206, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3259: 	if (ret_val)
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3263: 	    (e1000_auto_x_mode) ((phy_data & IGP01E1000_PSSR_MDIX) >>
	movzwl	-26(%ebp), %eax	# phy_data, phy_data.195_40
	movl	%eax, %edx	# phy_data.195_40, tmp159
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3266: 	if ((phy_data & IGP01E1000_PSSR_SPEED_MASK) ==
	andl	$49152, %eax	#, tmp162
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3263: 	    (e1000_auto_x_mode) ((phy_data & IGP01E1000_PSSR_MDIX) >>
	sarl	$11, %edx	#, tmp159
	andl	$1, %edx	#, tmp160
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3266: 	if ((phy_data & IGP01E1000_PSSR_SPEED_MASK) ==
	cmpl	$49152, %eax	#, tmp162
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3263: 	    (e1000_auto_x_mode) ((phy_data & IGP01E1000_PSSR_MDIX) >>
	movl	%edx, 20(%ebx)	# tmp160, phy_info_11(D)->mdix_mode
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3266: 	if ((phy_data & IGP01E1000_PSSR_SPEED_MASK) ==
	jne	.L1006	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3271: 		ret_val = e1000_read_phy_reg(hw, PHY_1000T_STATUS, &phy_data);
	leal	-26(%ebp), %ecx	#, tmp226
	movl	$10, %edx	#,
	movl	%edi, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3272: 		if (ret_val)
	testl	%eax, %eax	# ret_val
	jne	.L1022	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3277: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	movzwl	-26(%ebp), %eax	# phy_data, _48
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3283: 		ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	leal	-22(%ebp), %ecx	#, tmp228
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3277: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	movl	%eax, %edx	# _48, tmp164
	sarl	$13, %edx	#, tmp164
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3280: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	sarl	$12, %eax	#, tmp166
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3277: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	andl	$1, %edx	#, tmp165
	movl	%edx, 24(%ebx)	# tmp165, phy_info_11(D)->local_rx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3283: 		ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	leal	-24(%ebp), %edx	#, tmp229
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3280: 		    e1000_1000t_rx_status_ok : e1000_1000t_rx_status_not_ok;
	andl	$1, %eax	#, tmp167
	movl	%eax, 28(%ebx)	# tmp167, phy_info_11(D)->remote_rx
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3283: 		ret_val = e1000_get_cable_length(hw, &min_length, &max_length);
	movl	%edi, %eax	# hw,
	call	e1000_get_cable_length	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3284: 		if (ret_val)
	testl	%eax, %eax	# ret_val
	jne	.L1022	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3288: 		average = (max_length + min_length) / 2;
	movzwl	-24(%ebp), %edx	# min_length, min_length
	movzwl	-22(%ebp), %eax	# MEM[(short unsigned int *)_155], MEM[(short unsigned int *)_155]
	addl	%edx, %eax	# min_length, tmp172
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3288: 		average = (max_length + min_length) / 2;
	movl	%eax, %edx	# tmp172, _61
	sarl	%edx	# _61
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3290: 		if (average <= e1000_igp_cable_length_50)
	cmpl	$101, %eax	#, tmp172
	ja	.L1013	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3291: 			phy_info->cable_length = e1000_cable_length_50;
	xorl	%eax, %eax	#
	movl	%eax, (%ebx)	#, phy_info_11(D)->cable_length
	jmp	.L1006	#
	.p2align 4,,10
	.p2align 3
.L1009:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3400: 		return -E1000_ERR_CONFIG;
	movl	$-3, %esi	#, <retval>
	jmp	.L1006	#
.L1022:
	movl	%eax, %esi	# ret_val, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3422: 		return e1000_phy_m88_get_info(hw, phy_info);
	jmp	.L1006	#
.L1028:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3423: }
	call	__stack_chk_fail	#
.L1013:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3292: 		else if (average <= e1000_igp_cable_length_80)
	cmpl	$80, %edx	#, _61
	.p2align 4,,3
	jg	.L1014	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3293: 			phy_info->cable_length = e1000_cable_length_50_80;
	movl	$1, (%ebx)	#, phy_info_11(D)->cable_length
	jmp	.L1006	#
.L1014:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3294: 		else if (average <= e1000_igp_cable_length_110)
	cmpl	$110, %edx	#, _61
	jg	.L1015	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3295: 			phy_info->cable_length = e1000_cable_length_80_110;
	movl	$2, (%ebx)	#, phy_info_11(D)->cable_length
	jmp	.L1006	#
.L1015:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3296: 		else if (average <= e1000_igp_cable_length_140)
	cmpl	$140, %edx	#, _61
	jg	.L1016	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3297: 			phy_info->cable_length = e1000_cable_length_110_140;
	movl	$3, (%ebx)	#, phy_info_11(D)->cable_length
	jmp	.L1006	#
.L1016:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3299: 			phy_info->cable_length = e1000_cable_length_140;
	movl	$4, (%ebx)	#, phy_info_11(D)->cable_length
	jmp	.L1006	#
	.size	e1000_phy_get_info, .-e1000_phy_get_info
	.p2align 4
	.globl	e1000_validate_mdi_setting
	.type	e1000_validate_mdi_setting, @function
e1000_validate_mdi_setting:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3427: 	if (!hw->autoneg && (hw->mdix == 0 || hw->mdix == 3)) {
	cmpb	$0, 211(%eax)	#, hw_8(D)->autoneg
	jne	.L1034	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3427: 	if (!hw->autoneg && (hw->mdix == 0 || hw->mdix == 3)) {
	movzbl	212(%eax), %edx	# hw_8(D)->mdix, _9
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3427: 	if (!hw->autoneg && (hw->mdix == 0 || hw->mdix == 3)) {
	testb	%dl, %dl	# _9
	je	.L1035	#,
	cmpb	$3, %dl	#, _9
	je	.L1035	#,
.L1034:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3432: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3433: }
	ret	
.L1035:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3429: 		hw->mdix = 1;
	movb	$1, 212(%eax)	#, hw_8(D)->mdix
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3430: 		return -E1000_ERR_CONFIG;
	movl	$-3, %eax	#, <retval>
	ret	
	.size	e1000_validate_mdi_setting, .-e1000_validate_mdi_setting
	.p2align 4
	.globl	e1000_init_eeprom_params
	.type	e1000_init_eeprom_params, @function
e1000_init_eeprom_params:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp121, hw
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3445: 	u32 eecd = er32(EECD);
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp129
	movl	%eax, -12(%ebp)	# tmp129, D.81853
	movl	(%ebx), %eax	# hw_25(D)->hw_addr, tmp129
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16(%eax),%edx	# MEM[(volatile unsigned int *)_2], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3447: 	u16 eeprom_size;
#NO_APP
	movw	$0, -14(%ebp)	#, eeprom_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3449: 	switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_25(D)->mac_type, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3449: 	switch (hw->mac_type) {
	cmpl	$10, %eax	#, _4
	je	.L1037	#,
	ja	.L1038	#,
	cmpl	$4, %eax	#, _4
	ja	.L1039	#,
	testl	%eax, %eax	# _4
	.p2align 4,,6
	je	.L1041	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3454: 		eeprom->type = e1000_eeprom_microwire;
	movl	$2, 60(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3455: 		eeprom->word_size = 64;
	movl	$196672, 64(%ebx)	#, MEM <unsigned int> [(short unsigned int *)hw_25(D) + 64B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3457: 		eeprom->address_bits = 6;
	movl	$3276806, 68(%ebx)	#, MEM <unsigned int> [(short unsigned int *)hw_25(D) + 68B]
.L1050:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3528: 	return ret_val;
	xorl	%esi, %esi	# <retval>
.L1036:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3529: }
	movl	-12(%ebp), %eax	# D.81853, tmp127
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp127
	jne	.L1069	#,
	addl	$12, %esp	#,
	movl	%esi, %eax	# <retval>,
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1039:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3449: 	switch (hw->mac_type) {
	cmpl	$9, %eax	#, _4
	je	.L1041	#,
.L1037:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3465: 		eeprom->type = e1000_eeprom_microwire;
	movl	$2, 60(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3468: 		if (eecd & E1000_EECD_SIZE) {
	testb	$2, %dh	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3466: 		eeprom->opcode_bits = 3;
	movw	$3, 66(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].opcode_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3467: 		eeprom->delay_usec = 50;
	movw	$50, 70(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].delay_usec
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3468: 		if (eecd & E1000_EECD_SIZE) {
	je	.L1044	#,
.L1048:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3469: 			eeprom->word_size = 256;
	movw	$256, 64(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].word_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3470: 			eeprom->address_bits = 8;
	movw	$8, 68(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].address_bits
	jmp	.L1050	#
	.p2align 4,,10
	.p2align 3
.L1038:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3449: 	switch (hw->mac_type) {
	subl	$11, %eax	#, tmp105
	cmpl	$3, %eax	#, tmp105
	ja	.L1041	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3484: 			if (eecd & E1000_EECD_ADDR_BITS) {
	movl	%edx, %eax	# ret, _74
	andl	$1024, %eax	#, _74
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3480: 		if (eecd & E1000_EECD_TYPE) {
	testb	$32, %dh	#, ret
	je	.L1045	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3481: 			eeprom->type = e1000_eeprom_spi;
	movl	$1, 60(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3484: 			if (eecd & E1000_EECD_ADDR_BITS) {
	testl	%eax, %eax	# _74
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3482: 			eeprom->opcode_bits = 8;
	movw	$8, 66(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].opcode_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3483: 			eeprom->delay_usec = 1;
	movw	$1, 70(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].delay_usec
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3484: 			if (eecd & E1000_EECD_ADDR_BITS) {
	je	.L1046	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3485: 				eeprom->page_size = 32;
	movw	$32, 72(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].page_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3486: 				eeprom->address_bits = 16;
	movw	$16, 68(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].address_bits
.L1047:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3513: 		eeprom->word_size = 64;
	movw	$64, 64(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].word_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-14(%ebp), %eax	#, tmp118
	movl	$1, %ecx	#,
	movl	$18, %edx	#,
	movl	%eax, (%esp)	# tmp118,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %esi	# tmp122, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3515: 		if (ret_val)
	testl	%esi, %esi	# <retval>
	jne	.L1036	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3518: 		    (eeprom_size & EEPROM_SIZE_MASK) >> EEPROM_SIZE_SHIFT;
	movzwl	-14(%ebp), %eax	# eeprom_size, eeprom_size
	sarl	$10, %eax	#, tmp109
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3523: 		if (eeprom_size)
	andl	$7, %eax	#, _14
	je	.L1049	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3524: 			eeprom_size++;
	incl	%eax	# _14
.L1049:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3526: 		eeprom->word_size = 1 << (eeprom_size + EEPROM_WORD_SIZE_SHIFT);
	leal	6(%eax), %ecx	#, tmp114
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3526: 		eeprom->word_size = 1 << (eeprom_size + EEPROM_WORD_SIZE_SHIFT);
	movl	$1, %eax	#, tmp116
	sall	%cl, %eax	# tmp114, tmp115
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3526: 		eeprom->word_size = 1 << (eeprom_size + EEPROM_WORD_SIZE_SHIFT);
	movw	%ax, 64(%ebx)	# tmp115, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].word_size
	jmp	.L1050	#
	.p2align 4,,10
	.p2align 3
.L1041:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3508: 	if (eeprom->type == e1000_eeprom_spi) {
	cmpl	$1, 60(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].type
	jne	.L1050	#,
	jmp	.L1047	#
	.p2align 4,,10
	.p2align 3
.L1045:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3492: 			eeprom->type = e1000_eeprom_microwire;
	movl	$2, 60(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3495: 			if (eecd & E1000_EECD_ADDR_BITS) {
	testl	%eax, %eax	# _74
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3493: 			eeprom->opcode_bits = 3;
	movw	$3, 66(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].opcode_bits
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3494: 			eeprom->delay_usec = 50;
	movw	$50, 70(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].delay_usec
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3495: 			if (eecd & E1000_EECD_ADDR_BITS) {
	jne	.L1048	#,
.L1044:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3472: 			eeprom->word_size = 64;
	movw	$64, 64(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].word_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3473: 			eeprom->address_bits = 6;
	movw	$6, 68(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].address_bits
	jmp	.L1050	#
	.p2align 4,,10
	.p2align 3
.L1046:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3488: 				eeprom->page_size = 8;
	movw	$8, 72(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].page_size
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3489: 				eeprom->address_bits = 8;
	movw	$8, 68(%ebx)	#, MEM[(struct e1000_eeprom_info *)hw_25(D) + 60B].address_bits
	jmp	.L1047	#
.L1069:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3529: }
	call	__stack_chk_fail	#
	.size	e1000_init_eeprom_params, .-e1000_init_eeprom_params
	.p2align 4
	.globl	e1000_read_eeprom
	.type	e1000_read_eeprom, @function
e1000_read_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp92, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3850: {
	movl	%esi, -8(%ebp)	#,
	movzwl	%dx, %esi	# tmp93, offset
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3850: {
	movzwl	%cx, %edi	# tmp94, words
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	movl	8(%ebp), %eax	# data, data
	movl	%edi, %ecx	# words,
	movl	%esi, %edx	# offset,
	movl	%eax, (%esp)	# data,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %ebx	# tmp95, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3857: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_read_eeprom, .-e1000_read_eeprom
	.p2align 4
	.globl	e1000_validate_eeprom_checksum
	.type	e1000_validate_eeprom_checksum, @function
e1000_validate_eeprom_checksum:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3960: 	u16 checksum = 0;
	xorl	%esi, %esi	# checksum
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3959: {
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3961: 	u16 i, eeprom_data;
	xorl	%ebx, %ebx	# ivtmp.589
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3959: {
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3959: {
	movl	%eax, -24(%ebp)	# tmp99, %sfp
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp101
	movl	%eax, -16(%ebp)	# tmp101, D.81884
	xorl	%eax, %eax	# tmp101
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3961: 	u16 i, eeprom_data;
	movw	$0, -18(%ebp)	#, eeprom_data
	jmp	.L1074	#
	.p2align 4,,10
	.p2align 3
.L1080:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3968: 		checksum += eeprom_data;
	movzwl	-18(%ebp), %eax	# eeprom_data,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3963: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	incl	%ebx	# ivtmp.589
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3968: 		checksum += eeprom_data;
	addw	%ax, %si	#, tmp94
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3963: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	cmpl	$64, %ebx	#, ivtmp.589
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3968: 		checksum += eeprom_data;
	movzwl	%si, %esi	# tmp94, checksum
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3963: 	for (i = 0; i < (EEPROM_CHECKSUM_REG + 1); i++) {
	je	.L1079	#,
.L1074:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp106
	movl	$1, %ecx	#,
	movl	%ebx, %edx	# ivtmp.589,
	movl	%eax, (%esp)	# tmp106,
	movl	-24(%ebp), %eax	# %sfp,
	call	e1000_do_read_eeprom	#
	movl	%eax, %edi	# tmp100, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3964: 		if (e1000_read_eeprom(hw, i, 1, &eeprom_data) < 0) {
	testl	%edi, %edi	# ret
	jns	.L1080	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3966: 			return -E1000_ERR_EEPROM;
	movl	$-1, %eax	#, <retval>
.L1072:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3983: }
	movl	-16(%ebp), %edx	# D.81884, tmp102
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp102
	jne	.L1081	#,
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1079:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3977: 	if (checksum == (u16)EEPROM_SUM)
	xorl	%eax, %eax	# tmp95
	cmpl	$47802, %esi	#, checksum
	setne	%al	#, tmp95
	negl	%eax	# <retval>
	jmp	.L1072	#
.L1081:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3983: }
	call	__stack_chk_fail	#
	.size	e1000_validate_eeprom_checksum, .-e1000_validate_eeprom_checksum
	.p2align 4
	.globl	e1000_update_eeprom_checksum
	.type	e1000_update_eeprom_checksum, @function
e1000_update_eeprom_checksum:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%eax, %esi	# tmp108, hw
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3995: 	u16 i, eeprom_data;
	xorl	%ebx, %ebx	# ivtmp.599
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3993: {
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3993: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp111
	movl	%eax, -16(%ebp)	# tmp111, D.81907
	xorl	%eax, %eax	# tmp111
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3994: 	u16 checksum = 0;
	movw	$0, -20(%ebp)	#, checksum
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3995: 	u16 i, eeprom_data;
	movw	$0, -18(%ebp)	#, eeprom_data
	jmp	.L1084	#
	.p2align 4,,10
	.p2align 3
.L1090:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4002: 		checksum += eeprom_data;
	movl	-20(%ebp), %edx	# checksum,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3997: 	for (i = 0; i < EEPROM_CHECKSUM_REG; i++) {
	incl	%ebx	# ivtmp.599
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4002: 		checksum += eeprom_data;
	movzwl	-18(%ebp), %eax	# eeprom_data, eeprom_data
	addw	%dx, %ax	#, tmp100
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3997: 	for (i = 0; i < EEPROM_CHECKSUM_REG; i++) {
	cmpl	$63, %ebx	#, ivtmp.599
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4002: 		checksum += eeprom_data;
	movzwl	%ax, %eax	# tmp100, _7
	movw	%ax, -20(%ebp)	# _7, checksum
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3997: 	for (i = 0; i < EEPROM_CHECKSUM_REG; i++) {
	je	.L1089	#,
.L1084:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp114
	movl	$1, %ecx	#,
	movl	%ebx, %edx	# ivtmp.599,
	movl	%eax, (%esp)	# tmp114,
	movl	%esi, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %edi	# tmp109, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3998: 		if (e1000_read_eeprom(hw, i, 1, &eeprom_data) < 0) {
	testl	%edi, %edi	# ret
	jns	.L1090	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4000: 			return -E1000_ERR_EEPROM;
	movl	$-1, %eax	#, <retval>
.L1082:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4010: }
	movl	-16(%ebp), %edx	# D.81907, tmp112
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp112
	jne	.L1091	#,
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1089:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4004: 	checksum = (u16)EEPROM_SUM - checksum;
	movl	$-17734, %edx	#, tmp103
	subl	%eax, %edx	# _7, tmp102
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4026: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4004: 	checksum = (u16)EEPROM_SUM - checksum;
	movw	%dx, -20(%ebp)	# tmp102, checksum
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4026: 	mutex_lock(&e1000_eeprom_lock);
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4027: 	ret = e1000_do_write_eeprom(hw, offset, words, data);
	leal	-20(%ebp), %eax	#, tmp104
	movl	$1, %ecx	#,
	movl	$63, %edx	#,
	movl	%eax, (%esp)	# tmp104,
	movl	%esi, %eax	# hw,
	call	e1000_do_write_eeprom	#
	movl	%eax, %ebx	# tmp110, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4028: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4005: 	if (e1000_write_eeprom(hw, EEPROM_CHECKSUM_REG, 1, &checksum) < 0) {
	movl	%ebx, %eax	# ret, ret
	sarl	$31, %eax	#, ret
	jmp	.L1082	#
.L1091:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4010: }
	call	__stack_chk_fail	#
	.size	e1000_update_eeprom_checksum, .-e1000_update_eeprom_checksum
	.p2align 4
	.globl	e1000_write_eeprom
	.type	e1000_write_eeprom, @function
e1000_write_eeprom:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%eax, %ebx	# tmp92, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4026: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4023: {
	movl	%esi, -8(%ebp)	#,
	movzwl	%dx, %esi	# tmp93, offset
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4023: {
	movzwl	%cx, %edi	# tmp94, words
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4026: 	mutex_lock(&e1000_eeprom_lock);
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4027: 	ret = e1000_do_write_eeprom(hw, offset, words, data);
	movl	8(%ebp), %eax	# data, data
	movl	%edi, %ecx	# words,
	movl	%esi, %edx	# offset,
	movl	%eax, (%esp)	# data,
	movl	%ebx, %eax	# hw,
	call	e1000_do_write_eeprom	#
	movl	%eax, %ebx	# tmp95, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4028: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4030: }
	movl	-8(%ebp), %esi	#,
	movl	%ebx, %eax	# <retval>,
	movl	-4(%ebp), %edi	#,
	movl	-12(%ebp), %ebx	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.size	e1000_write_eeprom, .-e1000_write_eeprom
	.p2align 4
	.globl	e1000_read_mac_addr
	.type	e1000_read_mac_addr, @function
e1000_read_mac_addr:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4230: 	u16 eeprom_data, i;
	xorl	%esi, %esi	# ivtmp.623
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4228: {
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp121, hw
	subl	$12, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4228: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp123
	movl	%eax, -16(%ebp)	# tmp123, D.81947
	xorl	%eax, %eax	# tmp123
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4230: 	u16 eeprom_data, i;
	movw	$0, -18(%ebp)	#, eeprom_data
.L1096:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp126
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4233: 		offset = i >> 1;
	movzwl	%si, %edx	# ivtmp.623, ivtmp.623
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4234: 		if (e1000_read_eeprom(hw, offset, 1, &eeprom_data) < 0) {
	shrl	%edx	# tmp110
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	movl	$1, %ecx	#,
	movl	%eax, (%esp)	# tmp126,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %edi	# tmp122, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4234: 		if (e1000_read_eeprom(hw, offset, 1, &eeprom_data) < 0) {
	testl	%edi, %edi	# ret
	js	.L1100	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4238: 		hw->perm_mac_addr[i] = (u8)(eeprom_data & 0x00FF);
	movzwl	-18(%ebp), %eax	# eeprom_data, eeprom_data.239_5
	movb	%al, 222(%ebx,%esi)	# eeprom_data.239_5, MEM[(unsigned char *)hw_30(D) + 222B + ivtmp.623_55 * 1]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4239: 		hw->perm_mac_addr[i + 1] = (u8)(eeprom_data >> 8);
	movb	%ah, 223(%ebx,%esi)	# eeprom_data.239_5, MEM[(unsigned char *)hw_30(D) + 223B + ivtmp.623_55 * 1]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4232: 	for (i = 0; i < NODE_ADDRESS_SIZE; i += 2) {
	addl	$2, %esi	#, ivtmp.623
	cmpl	$6, %esi	#, ivtmp.623
	jne	.L1096	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4242: 	switch (hw->mac_type) {
	movl	12(%ebx), %eax	# hw_30(D)->mac_type, tmp113
	andl	$-3, %eax	#, tmp113
	cmpl	$8, %eax	#, tmp113
	je	.L1107	#,
.L1097:
	leal	216(%ebx), %eax	#, ivtmp.619
	addl	$222, %ebx	#, _53
	.p2align 4
	.p2align 3
.L1098:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4253: 		hw->mac_addr[i] = hw->perm_mac_addr[i];
	movzbl	6(%eax), %ecx	# MEM[(unsigned char *)_54 + 6B], tmp129
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4252: 	for (i = 0; i < NODE_ADDRESS_SIZE; i++)
	incl	%eax	# ivtmp.619
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4253: 		hw->mac_addr[i] = hw->perm_mac_addr[i];
	movb	%cl, -1(%eax)	# tmp129, MEM[(unsigned char *)_54]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4252: 	for (i = 0; i < NODE_ADDRESS_SIZE; i++)
	cmpl	%ebx, %eax	# _53, ivtmp.619
	jne	.L1098	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4254: 	return E1000_SUCCESS;
	xorl	%eax, %eax	# <retval>
.L1094:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4255: }
	movl	-16(%ebp), %edx	# D.81947, tmp124
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp124
	jne	.L1108	#,
	addl	$12, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1107:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4247: 		if (er32(STATUS) & E1000_STATUS_FUNC_1)
	movl	(%ebx), %eax	# hw_30(D)->hw_addr, tmp128
	addl	$8, %eax	#, _15
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_15], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4247: 		if (er32(STATUS) & E1000_STATUS_FUNC_1)
#NO_APP
	testb	$4, %al	#, ret
	je	.L1097	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4248: 			hw->perm_mac_addr[5] ^= 0x01;
	xorb	$1, 227(%ebx)	#, hw_30(D)->perm_mac_addr[5]
	jmp	.L1097	#
	.p2align 4,,10
	.p2align 3
.L1100:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4236: 			return -E1000_ERR_EEPROM;
	movl	$-1, %eax	#, <retval>
	jmp	.L1094	#
.L1108:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4255: }
	call	__stack_chk_fail	#
	.size	e1000_read_mac_addr, .-e1000_read_mac_addr
	.p2align 4
	.globl	e1000_hash_mc_addr
	.type	e1000_hash_mc_addr, @function
e1000_hash_mc_addr:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4301: 	switch (hw->mc_filter_type) {
	movl	132(%eax), %eax	# hw_31(D)->mc_filter_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4301: 	switch (hw->mc_filter_type) {
	cmpl	$2, %eax	#, _1
	je	.L1110	#,
	ja	.L1111	#,
	testl	%eax, %eax	# _1
	je	.L1117	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	movzbl	4(%edx), %eax	# MEM[(u8 *)mc_addr_32(D) + 4B], tmp116
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	movzbl	5(%edx), %edx	# MEM[(u8 *)mc_addr_32(D) + 5B], MEM[(u8 *)mc_addr_32(D) + 5B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	shrb	$3, %al	#, tmp116
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	sall	$5, %edx	#, tmp120
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	movzbl	%al, %eax	# tmp116, tmp118
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4312: 		hash_value = ((mc_addr[4] >> 3) | (((u16)mc_addr[5]) << 5));
	orl	%edx, %eax	# tmp120, tmp121
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4324: 	hash_value &= 0xFFF;
	andl	$4095, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4313: 		break;
	ret	
	.p2align 4,,10
	.p2align 3
.L1111:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4301: 	switch (hw->mc_filter_type) {
	cmpl	$3, %eax	#, _1
	jne	.L1118	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4324: 	hash_value &= 0xFFF;
	movzwl	4(%edx), %eax	# MEM <short unsigned int> [(u8 *)mc_addr_32(D) + 4B], MEM <short unsigned int> [(u8 *)mc_addr_32(D) + 4B]
	andl	$4095, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4326: }
	ret	
	.p2align 4,,10
	.p2align 3
.L1118:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4301: 	switch (hw->mc_filter_type) {
	xorl	%eax, %eax	# <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L1110:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	movzbl	4(%edx), %eax	# MEM[(u8 *)mc_addr_32(D) + 4B], tmp122
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	movzbl	5(%edx), %edx	# MEM[(u8 *)mc_addr_32(D) + 5B], MEM[(u8 *)mc_addr_32(D) + 5B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	shrb	$2, %al	#, tmp122
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	sall	$6, %edx	#, tmp126
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	movzbl	%al, %eax	# tmp122, tmp124
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4316: 		hash_value = ((mc_addr[4] >> 2) | (((u16)mc_addr[5]) << 6));
	orl	%edx, %eax	# tmp126, tmp127
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4324: 	hash_value &= 0xFFF;
	andl	$4095, %eax	#, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4317: 		break;
	ret	
	.p2align 4,,10
	.p2align 3
.L1117:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	movzbl	4(%edx), %eax	# MEM[(u8 *)mc_addr_32(D) + 4B], tmp111
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	movzbl	5(%edx), %edx	# MEM[(u8 *)mc_addr_32(D) + 5B], MEM[(u8 *)mc_addr_32(D) + 5B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	shrb	$4, %al	#, tmp111
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	sall	$4, %edx	#, tmp115
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	movzbl	%al, %eax	# tmp111, tmp113
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4308: 		hash_value = ((mc_addr[4] >> 4) | (((u16)mc_addr[5]) << 4));
	orl	%edx, %eax	# tmp115, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4309: 		break;
	ret	
	.size	e1000_hash_mc_addr, .-e1000_hash_mc_addr
	.p2align 4
	.globl	e1000_rar_set
	.type	e1000_rar_set, @function
e1000_rar_set:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%esi	#
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4341: 	rar_low = ((u32)addr[0] | ((u32)addr[1] << 8) |
	movl	(%edx), %esi	# MEM <unsigned int> [(u8 *)addr_38(D)], rar_low
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4343: 	rar_high = ((u32)addr[4] | ((u32)addr[5] << 8));
	movzwl	4(%edx), %edx	# MEM <short unsigned int> [(u8 *)addr_38(D) + 4B], rar_high
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4366: 		rar_high |= E1000_RAH_AV;
	orl	$-2147483648, %edx	#, rar_high
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4370: 	E1000_WRITE_REG_ARRAY(hw, RA, (index << 1), rar_low);
	cmpl	$3, 12(%eax)	#, hw_41(D)->mac_type
	sbbl	%ebx, %ebx	# iftmp.243_35
	andl	$-21440, %ebx	#, iftmp.243_35
	leal	21504(%ebx,%ecx,8), %ebx	#, tmp110
	addl	(%eax), %ebx	# hw_41(D)->hw_addr, _23
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %esi,(%ebx)	# rar_low, MEM[(volatile unsigned int *)_23]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4371: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %esi	# hw_41(D)->hw_addr, tmp127
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%esi),%ebx	# MEM[(volatile unsigned int *)_25], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4372: 	E1000_WRITE_REG_ARRAY(hw, RA, ((index << 1) + 1), rar_high);
#NO_APP
	cmpl	$3, 12(%eax)	#, hw_41(D)->mac_type
	sbbl	%ebx, %ebx	# iftmp.244_36
	andl	$-21440, %ebx	#, iftmp.244_36
	leal	21508(%ebx,%ecx,8), %ecx	#, tmp116
	movl	(%eax), %ebx	# hw_41(D)->hw_addr,
	addl	%ebx, %ecx	#, _32
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%ecx)	# rar_high, MEM[(volatile unsigned int *)_32]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4373: 	E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %eax	# hw_41(D)->hw_addr, hw_41(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	# MEM[(volatile unsigned int *)_34], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4374: }
#NO_APP
	popl	%ebx	#
	popl	%esi	#
	popl	%ebp	#
	ret	
	.size	e1000_rar_set, .-e1000_rar_set
	.p2align 4
	.globl	e1000_init_hw
	.type	e1000_init_hw, @function
e1000_init_hw:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp607, hw
	subl	$16, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:525: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp611
	movl	%eax, -16(%ebp)	# tmp611, D.82102
	xorl	%eax, %eax	# tmp611
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4421: 	if (hw->mac_type < e1000_82540) {
	cmpl	$4, 12(%ebx)	#, hw_57(D)->mac_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4418: 	u16 eeprom_data, i, temp;
	movw	$0, -18(%ebp)	#, eeprom_data
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4421: 	if (hw->mac_type < e1000_82540) {
	ja	.L1126	#,
.L1139:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:540: 	e1000_set_media_type(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_set_media_type	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:544: 	if (hw->mac_type < e1000_82545_rev_3)
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _3
# drivers/net/ethernet/intel/e1000/e1000_hw.c:544: 	if (hw->mac_type < e1000_82545_rev_3)
	cmpl	$6, %edx	#, _3
	jbe	.L1127	#,
.L1128:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4436: 	if ((eeprom_data == ID_LED_RESERVED_0000) ||
	xorl	%eax, %eax	# ivtmp.676
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%ecx, %ecx	# tmp436
	jmp	.L1142	#
	.p2align 4,,10
	.p2align 3
.L1180:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:549: 	if (hw->mac_type == e1000_82542_rev2_0) {
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _3
.L1142:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4407: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, 0);
	cmpl	$3, %edx	#, _3
	movl	(%ebx), %edi	# hw_57(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.16_150
	andl	$-20480, %edx	#, iftmp.16_150
	leal	22016(%edx,%eax), %edx	#, tmp435
	addl	%edi, %edx	#, _152
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp436, MEM[(volatile unsigned int *)_152]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4408: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp637
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%edi),%edx	# MEM[(volatile unsigned int *)_154], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4406: 	for (offset = 0; offset < E1000_VLAN_FILTER_TBL_SIZE; offset++) {
#NO_APP
	addl	$4, %eax	#, ivtmp.676
	cmpl	$512, %eax	#, ivtmp.676
	jne	.L1180	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:549: 	if (hw->mac_type == e1000_82542_rev2_0) {
	cmpl	$1, 12(%ebx)	#, hw_57(D)->mac_type
	je	.L1181	#,
.L1143:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4273: 	e1000_rar_set(hw, hw->mac_addr, 0);
	xorl	%ecx, %ecx	#
	movl	%ebx, %eax	# hw,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4273: 	e1000_rar_set(hw, hw->mac_addr, 0);
	leal	216(%ebx), %edx	#, tmp443
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4273: 	e1000_rar_set(hw, hw->mac_addr, 0);
	call	e1000_rar_set	#
	movl	$12, %eax	#, ivtmp.663
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%ecx, %ecx	# tmp446
	.p2align 4
	.p2align 3
.L1146:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4282: 		E1000_WRITE_REG_ARRAY(hw, RA, (i << 1), 0);
	cmpl	$3, 12(%ebx)	#, hw_57(D)->mac_type
	movl	(%ebx), %edi	# hw_57(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.17_162
	andl	$-21440, %edx	#, iftmp.17_162
	leal	21500(%edx,%eax), %edx	#, tmp445
	addl	%edi, %edx	#, _164
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp446, MEM[(volatile unsigned int *)_164]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4283: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp640
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%edi),%edx	# MEM[(volatile unsigned int *)_166], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4284: 		E1000_WRITE_REG_ARRAY(hw, RA, ((i << 1) + 1), 0);
#NO_APP
	cmpl	$3, 12(%ebx)	#, hw_57(D)->mac_type
	movl	(%ebx), %esi	# hw_57(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.18_173
	andl	$-21440, %edx	#, iftmp.18_173
	leal	21504(%edx,%eax), %edx	#, tmp449
	addl	%esi, %edx	#, _175
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp446, MEM[(volatile unsigned int *)_175]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4285: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp641
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%esi),%edx	# MEM[(volatile unsigned int *)_177], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4281: 	for (i = 1; i < rar_num; i++) {
#NO_APP
	addl	$8, %eax	#, ivtmp.663
	cmpl	$124, %eax	#, ivtmp.663
	jne	.L1146	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:563: 	if (hw->mac_type == e1000_82542_rev2_0) {
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _12
# drivers/net/ethernet/intel/e1000/e1000_hw.c:563: 	if (hw->mac_type == e1000_82542_rev2_0) {
	cmpl	$1, %edx	#, _12
	je	.L1182	#,
.L1147:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4284: 		E1000_WRITE_REG_ARRAY(hw, RA, ((i << 1) + 1), 0);
	xorl	%eax, %eax	# ivtmp.655
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%ecx, %ecx	# tmp462
	jmp	.L1151	#
	.p2align 4,,10
	.p2align 3
.L1183:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:587: 	if (hw->dma_fairness && hw->mac_type <= e1000_82543) {
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _12
.L1151:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:575: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, 0);
	cmpl	$3, %edx	#, _12
	movl	(%ebx), %esi	# hw_57(D)->hw_addr,
	sbbl	%edx, %edx	# iftmp.12_2
	andl	$-20480, %edx	#, iftmp.12_2
	leal	20992(%edx,%eax), %edx	#, tmp461
	addl	%esi, %edx	#, _23
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# tmp462, MEM[(volatile unsigned int *)_23]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:579: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp644
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%esi),%edx	# MEM[(volatile unsigned int *)_25], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:574: 	for (i = 0; i < mta_size; i++) {
#NO_APP
	addl	$4, %eax	#, ivtmp.655
	cmpl	$512, %eax	#, ivtmp.655
	jne	.L1183	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:587: 	if (hw->dma_fairness && hw->mac_type <= e1000_82543) {
	cmpb	$0, 215(%ebx)	#, hw_57(D)->dma_fairness
# drivers/net/ethernet/intel/e1000/e1000_hw.c:587: 	if (hw->dma_fairness && hw->mac_type <= e1000_82543) {
	movl	12(%ebx), %eax	# hw_57(D)->mac_type, prephitmp_474
# drivers/net/ethernet/intel/e1000/e1000_hw.c:587: 	if (hw->dma_fairness && hw->mac_type <= e1000_82543) {
	je	.L1152	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:587: 	if (hw->dma_fairness && hw->mac_type <= e1000_82543) {
	cmpl	$3, %eax	#, prephitmp_474
	jbe	.L1184	#,
.L1152:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:592: 	switch (hw->mac_type) {
	cmpl	$7, %eax	#, prephitmp_474
	je	.L1153	#,
	cmpl	$10, %eax	#, prephitmp_474
	.p2align 4,,2
	je	.L1153	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:600: 		if (hw->bus_type == e1000_bus_type_pcix &&
	cmpl	$2, 56(%ebx)	#, hw_57(D)->bus_type
	je	.L1185	#,
.L1153:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:607: 	ret_val = e1000_setup_link(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_setup_link	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:610: 	if (hw->mac_type > e1000_82544) {
	cmpl	$4, 12(%ebx)	#, hw_57(D)->mac_type
	jbe	.L1156	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:611: 		ctrl = er32(TXDCTL);
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp645
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 14376(%esi),%edx	# MEM[(volatile unsigned int *)_36], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:613: 		    (ctrl & ~E1000_TXDCTL_WTHRESH) |
#NO_APP
	andl	$-20905985, %edx	#, tmp468
# drivers/net/ethernet/intel/e1000/e1000_hw.c:615: 		ew32(TXDCTL, ctrl);
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp646
# drivers/net/ethernet/intel/e1000/e1000_hw.c:612: 		ctrl =
	orl	$16842752, %edx	#, ctrl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,14376(%edi)	# ctrl, MEM[(volatile unsigned int *)_39]
# 0 "" 2
#NO_APP
.L1156:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4662: 	er32(CRCERRS);
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp647
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16384(%edi),%edx	# MEM[(volatile unsigned int *)_181], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4663: 	er32(SYMERRS);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp648
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16392(%edi),%edx	# MEM[(volatile unsigned int *)_184], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4664: 	er32(MPC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp649
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16400(%edi),%edx	# MEM[(volatile unsigned int *)_187], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4665: 	er32(SCC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp650
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16404(%edi),%edx	# MEM[(volatile unsigned int *)_190], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4666: 	er32(ECOL);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp651
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16408(%edi),%edx	# MEM[(volatile unsigned int *)_193], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4667: 	er32(MCC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp652
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16412(%edi),%edx	# MEM[(volatile unsigned int *)_196], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4668: 	er32(LATECOL);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp653
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16416(%edi),%edx	# MEM[(volatile unsigned int *)_199], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4669: 	er32(COLC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp654
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16424(%edi),%edx	# MEM[(volatile unsigned int *)_202], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4670: 	er32(DC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp655
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16432(%edi),%edx	# MEM[(volatile unsigned int *)_205], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4671: 	er32(SEC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp656
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16440(%edi),%edx	# MEM[(volatile unsigned int *)_208], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4672: 	er32(RLEC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp657
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16448(%edi),%edx	# MEM[(volatile unsigned int *)_211], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4673: 	er32(XONRXC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp658
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16456(%edi),%edx	# MEM[(volatile unsigned int *)_214], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4674: 	er32(XONTXC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp659
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16460(%edi),%edx	# MEM[(volatile unsigned int *)_217], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4675: 	er32(XOFFRXC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp660
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16464(%edi),%edx	# MEM[(volatile unsigned int *)_220], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4676: 	er32(XOFFTXC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp661
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16468(%edi),%edx	# MEM[(volatile unsigned int *)_223], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4677: 	er32(FCRUC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp662
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16472(%edi),%edx	# MEM[(volatile unsigned int *)_226], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4679: 	er32(PRC64);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp663
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16476(%edi),%edx	# MEM[(volatile unsigned int *)_229], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4680: 	er32(PRC127);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp664
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16480(%edi),%edx	# MEM[(volatile unsigned int *)_232], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4681: 	er32(PRC255);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp665
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16484(%edi),%edx	# MEM[(volatile unsigned int *)_235], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4682: 	er32(PRC511);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp666
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16488(%edi),%edx	# MEM[(volatile unsigned int *)_238], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4683: 	er32(PRC1023);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp667
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16492(%esi),%edx	# MEM[(volatile unsigned int *)_241], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4684: 	er32(PRC1522);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp668
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16496(%edi),%edx	# MEM[(volatile unsigned int *)_244], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4686: 	er32(GPRC);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp669
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16500(%esi),%edx	# MEM[(volatile unsigned int *)_247], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4687: 	er32(BPRC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp670
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16504(%edi),%edx	# MEM[(volatile unsigned int *)_250], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4688: 	er32(MPRC);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp671
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16508(%esi),%edx	# MEM[(volatile unsigned int *)_253], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4689: 	er32(GPTC);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp672
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16512(%ecx),%edx	# MEM[(volatile unsigned int *)_256], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4690: 	er32(GORCL);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp673
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16520(%edi),%edx	# MEM[(volatile unsigned int *)_259], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4691: 	er32(GORCH);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp674
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16524(%esi),%edx	# MEM[(volatile unsigned int *)_262], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4692: 	er32(GOTCL);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp675
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16528(%ecx),%edx	# MEM[(volatile unsigned int *)_265], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4693: 	er32(GOTCH);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp676
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16532(%edi),%edx	# MEM[(volatile unsigned int *)_268], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4694: 	er32(RNBC);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp677
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16544(%esi),%edx	# MEM[(volatile unsigned int *)_271], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4695: 	er32(RUC);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp678
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16548(%ecx),%edx	# MEM[(volatile unsigned int *)_274], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4696: 	er32(RFC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp679
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16552(%edi),%edx	# MEM[(volatile unsigned int *)_277], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4697: 	er32(ROC);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp680
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16556(%esi),%edx	# MEM[(volatile unsigned int *)_280], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4698: 	er32(RJC);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp681
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16560(%ecx),%edx	# MEM[(volatile unsigned int *)_283], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4699: 	er32(TORL);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp682
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16576(%edi),%edx	# MEM[(volatile unsigned int *)_286], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4700: 	er32(TORH);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp683
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16580(%esi),%edx	# MEM[(volatile unsigned int *)_289], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4701: 	er32(TOTL);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp684
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16584(%ecx),%edx	# MEM[(volatile unsigned int *)_292], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4702: 	er32(TOTH);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp685
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16588(%edi),%edx	# MEM[(volatile unsigned int *)_295], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4703: 	er32(TPR);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp686
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16592(%esi),%edx	# MEM[(volatile unsigned int *)_298], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4704: 	er32(TPT);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp687
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16596(%ecx),%edx	# MEM[(volatile unsigned int *)_301], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4706: 	er32(PTC64);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp688
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16600(%edi),%edx	# MEM[(volatile unsigned int *)_304], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4707: 	er32(PTC127);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp689
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16604(%esi),%edx	# MEM[(volatile unsigned int *)_307], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4708: 	er32(PTC255);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp690
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16608(%ecx),%edx	# MEM[(volatile unsigned int *)_310], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4709: 	er32(PTC511);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp691
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16612(%edi),%edx	# MEM[(volatile unsigned int *)_313], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4710: 	er32(PTC1023);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp692
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16616(%esi),%edx	# MEM[(volatile unsigned int *)_316], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4711: 	er32(PTC1522);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp693
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16620(%ecx),%edx	# MEM[(volatile unsigned int *)_319], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4713: 	er32(MPTC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp694
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16624(%edi),%edx	# MEM[(volatile unsigned int *)_322], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4714: 	er32(BPTC);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp695
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16628(%esi),%edx	# MEM[(volatile unsigned int *)_325], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4716: 	if (hw->mac_type < e1000_82543)
#NO_APP
	cmpl	$2, 12(%ebx)	#, hw_57(D)->mac_type
	jbe	.L1158	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4719: 	er32(ALGNERRC);
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp696
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16388(%ecx),%edx	# MEM[(volatile unsigned int *)_329], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4720: 	er32(RXERRC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp697
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16396(%edi),%edx	# MEM[(volatile unsigned int *)_332], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4721: 	er32(TNCRS);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp698
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16436(%ecx),%edx	# MEM[(volatile unsigned int *)_335], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4722: 	er32(CEXTERR);
#NO_APP
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp699
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16444(%esi),%edx	# MEM[(volatile unsigned int *)_338], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4723: 	er32(TSCTC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp700
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16632(%edi),%edx	# MEM[(volatile unsigned int *)_341], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4724: 	er32(TSCTFC);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp701
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16636(%ecx),%edx	# MEM[(volatile unsigned int *)_344], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4726: 	if (hw->mac_type <= e1000_82544)
#NO_APP
	cmpl	$4, 12(%ebx)	#, hw_57(D)->mac_type
	jbe	.L1158	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4729: 	er32(MGTPRC);
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp702
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16564(%ecx),%edx	# MEM[(volatile unsigned int *)_348], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4730: 	er32(MGTPDC);
#NO_APP
	movl	(%ebx), %edi	# hw_57(D)->hw_addr, tmp703
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16568(%edi),%edx	# MEM[(volatile unsigned int *)_351], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4731: 	er32(MGTPTC);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, tmp704
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 16572(%ecx),%edx	# MEM[(volatile unsigned int *)_354], ret
# 0 "" 2
#NO_APP
.L1158:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:625: 	if (hw->device_id == E1000_DEV_ID_82546GB_QUAD_COPPER ||
	movzwl	202(%ebx), %edx	# hw_57(D)->device_id, _74
# drivers/net/ethernet/intel/e1000/e1000_hw.c:625: 	if (hw->device_id == E1000_DEV_ID_82546GB_QUAD_COPPER ||
	cmpl	$4249, %edx	#, _74
	je	.L1160	#,
	cmpl	$4277, %edx	#, _74
	je	.L1160	#,
.L1125:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:636: }
	movl	-16(%ebp), %edx	# D.82102, tmp612
	subl	%fs:__stack_chk_guard, %edx	# __stack_chk_guard, tmp612
	jne	.L1186	#,
	addl	$16, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1127:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:545: 		ew32(VET, 0);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp636
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp434
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,56(%eax)	# tmp434, MEM[(volatile unsigned int *)_5]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4407: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, 0);
#NO_APP
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _3
	jmp	.L1128	#
.L1126:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4426: 	ledctl = er32(LEDCTL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp625
	addl	$3584, %eax	#, _99
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_99], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4427: 	hw->ledctl_default = ledctl;
#NO_APP
	movl	%eax, 148(%ebx)	# ret, hw_57(D)->ledctl_default
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4428: 	hw->ledctl_mode1 = hw->ledctl_default;
	movl	%eax, 152(%ebx)	# ret, hw_57(D)->ledctl_mode1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4429: 	hw->ledctl_mode2 = hw->ledctl_default;
	movl	%eax, 156(%ebx)	# ret, hw_57(D)->ledctl_mode2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3853: 	mutex_lock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_lock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3854: 	ret = e1000_do_read_eeprom(hw, offset, words, data);
	leal	-18(%ebp), %eax	#, tmp392
	movl	$1, %ecx	#,
	movl	$4, %edx	#,
	movl	%eax, (%esp)	# tmp392,
	movl	%ebx, %eax	# hw,
	call	e1000_do_read_eeprom	#
	movl	%eax, %esi	# tmp608, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:3855: 	mutex_unlock(&e1000_eeprom_lock);
	movl	$e1000_eeprom_lock, %eax	#,
	call	mutex_unlock	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4431: 	if (e1000_read_eeprom(hw, EEPROM_ID_LED_SETTINGS, 1, &eeprom_data) < 0) {
	testl	%esi, %esi	# ret
	js	.L1187	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4436: 	if ((eeprom_data == ID_LED_RESERVED_0000) ||
	movzwl	-18(%ebp), %edi	# eeprom_data, _76
	leal	-1(%edi), %eax	#, tmp393
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4436: 	if ((eeprom_data == ID_LED_RESERVED_0000) ||
	cmpw	$-3, %ax	#, tmp393
	movl	$35089, %eax	#, tmp596
	cmova	%eax, %edi	# _76,, tmp596, _76
	xorl	%edx, %edx	# ivtmp.684
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4454: 			hw->ledctl_mode1 |= ledctl_off << (i << 3);
	movl	%edi, -24(%ebp)	# _76, %sfp
.L1138:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4442: 		temp = (eeprom_data >> (i << 2)) & led_mask;
	movl	-24(%ebp), %eax	# %sfp, tmp395
	movb	%dl, %cl	# ivtmp.684, tmp627
	sarl	%cl, %eax	# tmp627, tmp395
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4442: 		temp = (eeprom_data >> (i << 2)) & led_mask;
	movzwl	%ax, %ecx	# tmp395, _110
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4442: 		temp = (eeprom_data >> (i << 2)) & led_mask;
	andl	$15, %eax	#, temp
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4443: 		switch (temp) {
	cmpl	$6, %eax	#, temp
	ja	.L1132	#,
	testb	$12, %cl	#, _110
	je	.L1134	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4447: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	movl	152(%ebx), %edi	# hw_57(D)->ledctl_mode1,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4447: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	leal	(%edx,%edx), %ecx	#, _113
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4447: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	movl	$255, %esi	#, tmp402
	sall	%cl, %esi	# _113, tmp402
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4447: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	notl	%esi	# tmp404
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4447: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	andl	%edi, %esi	#, tmp405
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4448: 			hw->ledctl_mode1 |= ledctl_on << (i << 3);
	movl	$14, %edi	#, tmp407
	sall	%cl, %edi	# _113, tmp406
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4448: 			hw->ledctl_mode1 |= ledctl_on << (i << 3);
	orl	%edi, %esi	# tmp406, tmp408
	movl	%esi, 152(%ebx)	# tmp408, hw_57(D)->ledctl_mode1
.L1134:
	movb	%al, %cl	# temp, tmp632
	movl	$1, %esi	#, tmp416
	sall	%cl, %esi	# tmp632, tmp416
	movl	%esi, %eax	# tmp416, _455
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4460: 		switch (temp) {
	testl	$584, %eax	#, _455
	jne	.L1136	#,
	testl	$292, %eax	#, _455
	je	.L1137	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4464: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	movl	156(%ebx), %edi	# hw_57(D)->ledctl_mode2,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4464: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	leal	(%edx,%edx), %ecx	#, _127
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4464: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	movl	$255, %eax	#, tmp419
	sall	%cl, %eax	# _127, tmp419
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4465: 			hw->ledctl_mode2 |= ledctl_on << (i << 3);
	movl	$14, %esi	#, tmp424
	sall	%cl, %esi	# _127, tmp423
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4464: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	notl	%eax	# tmp421
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4464: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	andl	%edi, %eax	#, tmp422
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4465: 			hw->ledctl_mode2 |= ledctl_on << (i << 3);
	orl	%esi, %eax	# tmp423, tmp425
	movl	%eax, 156(%ebx)	# tmp425, hw_57(D)->ledctl_mode2
.L1137:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4441: 	for (i = 0; i < 4; i++) {
	addl	$4, %edx	#, ivtmp.684
	cmpl	$16, %edx	#, ivtmp.684
	jne	.L1138	#,
	jmp	.L1139	#
	.p2align 4,,10
	.p2align 3
.L1132:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4443: 		switch (temp) {
	leal	-7(%eax), %ecx	#, tmp400
	cmpw	$2, %cx	#, tmp400
	ja	.L1134	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4453: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	movl	152(%ebx), %edi	# hw_57(D)->ledctl_mode1,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4453: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	leal	(%edx,%edx), %ecx	#, _120
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4453: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	movl	$255, %esi	#, tmp409
	sall	%cl, %esi	# _120, tmp409
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4453: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	notl	%esi	# tmp411
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4453: 			hw->ledctl_mode1 &= ~(ledctl_mask << (i << 3));
	andl	%edi, %esi	#, tmp412
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4454: 			hw->ledctl_mode1 |= ledctl_off << (i << 3);
	movl	$15, %edi	#, tmp413
	sall	%cl, %edi	# _120, tmp413
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4454: 			hw->ledctl_mode1 |= ledctl_off << (i << 3);
	orl	%edi, %esi	# tmp413, tmp415
	movl	%esi, 152(%ebx)	# tmp415, hw_57(D)->ledctl_mode1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4455: 			break;
	jmp	.L1134	#
	.p2align 4,,10
	.p2align 3
.L1136:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4470: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	movl	156(%ebx), %esi	# hw_57(D)->ledctl_mode2,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4470: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	leal	(%edx,%edx), %ecx	#, _134
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4470: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	movl	$255, %eax	#, tmp426
	sall	%cl, %eax	# _134, tmp426
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4471: 			hw->ledctl_mode2 |= ledctl_off << (i << 3);
	movl	$15, %edi	#, tmp430
	sall	%cl, %edi	# _134, tmp430
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4470: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	notl	%eax	# tmp428
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4470: 			hw->ledctl_mode2 &= ~(ledctl_mask << (i << 3));
	andl	%esi, %eax	#, tmp429
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4471: 			hw->ledctl_mode2 |= ledctl_off << (i << 3);
	orl	%edi, %eax	# tmp430, tmp432
	movl	%eax, 156(%ebx)	# tmp432, hw_57(D)->ledctl_mode2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4472: 			break;
	jmp	.L1137	#
.L1160:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:627: 		ctrl_ext = er32(CTRL_EXT);
	movl	(%ebx), %esi	# hw_57(D)->hw_addr, tmp705
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 24(%esi),%edx	# MEM[(volatile unsigned int *)_44], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:632: 		ew32(CTRL_EXT, ctrl_ext);
#NO_APP
	movl	(%ebx), %ecx	# hw_57(D)->hw_addr, hw_57(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:631: 		ctrl_ext |= E1000_CTRL_EXT_RO_DIS;
	orl	$131072, %edx	#, ctrl_ext
# drivers/net/ethernet/intel/e1000/e1000_hw.c:632: 		ew32(CTRL_EXT, ctrl_ext);
	addl	$24, %ecx	#, _46
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%ecx)	# ctrl_ext, MEM[(volatile unsigned int *)_46]
# 0 "" 2
#NO_APP
	jmp	.L1125	#
.L1184:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:588: 		ctrl = er32(CTRL);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, _28
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_28], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:589: 		ew32(CTRL, ctrl | E1000_CTRL_PRIOR);
#NO_APP
	movl	(%ebx), %edx	# hw_57(D)->hw_addr, _29
	orl	$4, %eax	#, _30
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,(%edx)	# _30, MEM[(volatile unsigned int *)_29]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:592: 	switch (hw->mac_type) {
#NO_APP
	movl	12(%ebx), %eax	# hw_57(D)->mac_type, prephitmp_474
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	jmp	.L1152	#
.L1182:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:564: 		ew32(RCTL, 0);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp642
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,256(%eax)	# tmp446, MEM[(volatile unsigned int *)_14]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:565: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp643
	addl	$8, %eax	#, _16
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_16], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:566: 		msleep(1);
#NO_APP
	movl	$1, %eax	#,
	call	msleep	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:567: 		if (hw->pci_cmd_word & PCI_COMMAND_INVALIDATE)
	testb	$16, 184(%ebx)	#, hw_57(D)->pci_cmd_word
	jne	.L1188	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:575: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, 0);
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _12
	jmp	.L1147	#
.L1181:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:551: 		e1000_pci_clear_mwi(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_pci_clear_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:552: 		ew32(RCTL, E1000_RCTL_RST);
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp638
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	movl	$1, %edx	#, tmp440
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,256(%eax)	# tmp440, MEM[(volatile unsigned int *)_9]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:553: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%ebx), %eax	# hw_57(D)->hw_addr, tmp639
	addl	$8, %eax	#, _11
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_11], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:554: 		msleep(5);
#NO_APP
	movl	$5, %eax	#,
	call	msleep	#
	jmp	.L1143	#
.L1185:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:601: 		    e1000_pcix_get_mmrbc(hw) > 2048)
	movl	%ebx, %eax	# hw,
	call	e1000_pcix_get_mmrbc	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:600: 		if (hw->bus_type == e1000_bus_type_pcix &&
	cmpl	$2048, %eax	#, tmp609
	jle	.L1153	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:602: 			e1000_pcix_set_mmrbc(hw, 2048);
	movl	$2048, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_pcix_set_mmrbc	#
	jmp	.L1153	#
.L1188:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:568: 			e1000_pci_set_mwi(hw);
	movl	%ebx, %eax	# hw,
	call	e1000_pci_set_mwi	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:575: 		E1000_WRITE_REG_ARRAY(hw, MTA, i, 0);
	movl	12(%ebx), %edx	# hw_57(D)->mac_type, _12
	.p2align 4,,3
	jmp	.L1147	#
.L1187:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4433: 		return -E1000_ERR_EEPROM;
	movl	$-1, %eax	#, <retval>
	jmp	.L1125	#
.L1186:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:636: }
	call	__stack_chk_fail	#
	.size	e1000_init_hw, .-e1000_init_hw
	.p2align 4
	.globl	e1000_write_vfta
	.type	e1000_write_vfta, @function
e1000_write_vfta:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	subl	$16, %esp	#,
	movl	%ebx, -12(%ebp)	#,
	movl	%esi, -8(%ebp)	#,
	movl	%edi, -4(%ebp)	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4386: 	if ((hw->mac_type == e1000_82544) && ((offset & 0x1) == 1)) {
	movl	12(%eax), %esi	# hw_32(D)->mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4387: 		temp = E1000_READ_REG_ARRAY(hw, VFTA, (offset - 1));
	movl	(%eax), %ebx	# hw_32(D)->hw_addr, pretmp_56
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4386: 	if ((hw->mac_type == e1000_82544) && ((offset & 0x1) == 1)) {
	cmpl	$4, %esi	#, _1
	je	.L1199	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4393: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, value);
	cmpl	$3, %esi	#, _1
	sbbl	%esi, %esi	# iftmp.248_29
	andl	$-20480, %esi	#, iftmp.248_29
	addl	$22016, %esi	#, iftmp.248_29
.L1191:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4393: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, value);
	leal	(%esi,%edx,4), %edx	#, tmp125
	addl	%edx, %ebx	# tmp125, _24
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%ebx)	# value, MEM[(volatile unsigned int *)_24]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4394: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %eax	# hw_32(D)->hw_addr, hw_32(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	#, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4396: }
#NO_APP
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1199:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4386: 	if ((hw->mac_type == e1000_82544) && ((offset & 0x1) == 1)) {
	testb	$1, %dl	#, offset
	je	.L1195	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4387: 		temp = E1000_READ_REG_ARRAY(hw, VFTA, (offset - 1));
	leal	-4(,%edx,4), %esi	#, _5
	leal	22016(%esi), %edi	#, _6
	movl	%edi, -16(%ebp)	# _6, %sfp
	leal	22016(%ebx,%esi), %ebx	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%ebx),%edi	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4388: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, value);
#NO_APP
	cmpl	$3, 12(%eax)	#, hw_32(D)->mac_type
	sbbl	%ebx, %ebx	# iftmp.246_27
	andl	$-20480, %ebx	#, iftmp.246_27
	leal	22016(%ebx,%edx,4), %edx	#, tmp119
	movl	(%eax), %ebx	# hw_32(D)->hw_addr,
	addl	%ebx, %edx	#, _12
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%edx)	# value, MEM[(volatile unsigned int *)_12]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4389: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %ebx	# hw_32(D)->hw_addr, tmp145
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ebx),%edx	# MEM[(volatile unsigned int *)_14], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4390: 		E1000_WRITE_REG_ARRAY(hw, VFTA, (offset - 1), temp);
#NO_APP
	cmpl	$2, 12(%eax)	#, hw_32(D)->mac_type
	movl	(%eax), %edx	# hw_32(D)->hw_addr, _15
	ja	.L1193	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4390: 		E1000_WRITE_REG_ARRAY(hw, VFTA, (offset - 1), temp);
	leal	1536(%esi), %ecx	#, _6
	movl	%ecx, -16(%ebp)	# _6, %sfp
.L1193:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4390: 		E1000_WRITE_REG_ARRAY(hw, VFTA, (offset - 1), temp);
	movl	-16(%ebp), %ebx	# %sfp, _6
	addl	%ebx, %edx	# _6, _18
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edi,(%edx)	# ret, MEM[(volatile unsigned int *)_18]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4391: 		E1000_WRITE_FLUSH();
#NO_APP
	movl	(%eax), %eax	# hw_32(D)->hw_addr, hw_32(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%eax),%eax	#, ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4396: }
#NO_APP
	movl	-12(%ebp), %ebx	#,
	movl	-8(%ebp), %esi	#,
	movl	-4(%ebp), %edi	#,
	movl	%ebp, %esp	#,
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1195:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4393: 		E1000_WRITE_REG_ARRAY(hw, VFTA, offset, value);
	movl	$22016, %esi	#, iftmp.248_29
	jmp	.L1191	#
	.size	e1000_write_vfta, .-e1000_write_vfta
	.p2align 4
	.globl	e1000_setup_led
	.type	e1000_setup_led, @function
e1000_setup_led:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4488: {
	movl	%eax, %ebx	# tmp111, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4492: 	switch (hw->mac_type) {
	movl	12(%eax), %eax	# hw_19(D)->mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4492: 	switch (hw->mac_type) {
	cmpl	$4, %eax	#, _1
	jbe	.L1210	#,
	subl	$11, %eax	#, tmp101
	cmpl	$3, %eax	#, tmp101
	ja	.L1202	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4504: 		ret_val = e1000_read_phy_reg(hw, IGP01E1000_GMII_FIFO,
	leal	180(%ebx), %ecx	#, tmp102
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_read_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4506: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	je	.L1211	#,
.L1200:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4532: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1210:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4492: 	switch (hw->mac_type) {
	testl	%eax, %eax	# _1
	jne	.L1205	#,
.L1202:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4515: 		if (hw->media_type == e1000_media_type_fiber) {
	movl	24(%ebx), %eax	# hw_19(D)->media_type, _5
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4515: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, %eax	#, _5
	.p2align 4,,2
	je	.L1212	#,
.L1204:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4526: 		} else if (hw->media_type == e1000_media_type_copper)
	testl	%eax, %eax	# _5
	jne	.L1205	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4527: 			ew32(LEDCTL, hw->ledctl_mode1);
	movl	(%ebx), %eax	# hw_19(D)->hw_addr, tmp116
	movl	152(%ebx), %edx	# hw_19(D)->ledctl_mode1, _12
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,3584(%eax)	# _12, MEM[(volatile unsigned int *)_11]
# 0 "" 2
#NO_APP
.L1205:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4488: {
	xorl	%eax, %eax	# <retval>
.L1213:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4532: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1211:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4508: 		ret_val = e1000_write_phy_reg(hw, IGP01E1000_GMII_FIFO,
	movl	180(%ebx), %ecx	# hw_19(D)->phy_spd_default, hw_19(D)->phy_spd_default
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	andl	$65503, %ecx	#, tmp105
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4511: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L1200	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4515: 		if (hw->media_type == e1000_media_type_fiber) {
	movl	24(%ebx), %eax	# hw_19(D)->media_type, _5
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4515: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, %eax	#, _5
	jne	.L1204	#,
.L1212:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4516: 			ledctl = er32(LEDCTL);
	movl	(%ebx), %eax	# hw_19(D)->hw_addr, tmp115
	addl	$3584, %eax	#, _7
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%eax),%eax	# MEM[(volatile unsigned int *)_7], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4518: 			hw->ledctl_default = ledctl;
#NO_APP
	movl	%eax, 148(%ebx)	# ret, hw_19(D)->ledctl_default
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4520: 			ledctl &= ~(E1000_LEDCTL_LED0_IVRT |
	andl	$-208, %eax	#, ledctl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4525: 			ew32(LEDCTL, ledctl);
	movl	(%ebx), %edx	# hw_19(D)->hw_addr, hw_19(D)->hw_addr
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4523: 			ledctl |= (E1000_LEDCTL_MODE_LED_OFF <<
	orl	$15, %eax	#, ledctl
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%edx)	# ledctl, MEM[(volatile unsigned int *)_9]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4488: {
#NO_APP
	xorl	%eax, %eax	# <retval>
	jmp	.L1213	#
	.size	e1000_setup_led, .-e1000_setup_led
	.p2align 4
	.globl	e1000_cleanup_led
	.type	e1000_cleanup_led, @function
e1000_cleanup_led:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4539: {
	movl	%eax, %ebx	# tmp95, hw
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4542: 	switch (hw->mac_type) {
	movl	12(%eax), %eax	# hw_12(D)->mac_type, _1
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4542: 	switch (hw->mac_type) {
	cmpl	$4, %eax	#, _1
	jbe	.L1223	#,
	subl	$11, %eax	#, tmp91
	cmpl	$3, %eax	#, tmp91
	ja	.L1216	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4554: 		ret_val = e1000_write_phy_reg(hw, IGP01E1000_GMII_FIFO,
	movzwl	180(%ebx), %ecx	# hw_12(D)->phy_spd_default, hw_12(D)->phy_spd_default
	movl	$20, %edx	#,
	movl	%ebx, %eax	# hw,
	call	e1000_write_phy_reg	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4556: 		if (ret_val)
	testl	%eax, %eax	# <retval>
	jne	.L1214	#,
	.p2align 4
	.p2align 3
.L1216:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4561: 		ew32(LEDCTL, hw->ledctl_default);
	movl	(%ebx), %eax	# hw_12(D)->hw_addr, tmp98
	movl	148(%ebx), %edx	# hw_12(D)->ledctl_default, _6
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,3584(%eax)	# _6, MEM[(volatile unsigned int *)_5]
# 0 "" 2
#NO_APP
.L1218:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4539: {
	xorl	%eax, %eax	# <retval>
.L1214:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4566: }
	popl	%ebx	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1223:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4542: 	switch (hw->mac_type) {
	testl	%eax, %eax	# _1
	je	.L1216	#,
	jmp	.L1218	#
	.size	e1000_cleanup_led, .-e1000_cleanup_led
	.p2align 4
	.globl	e1000_led_on
	.type	e1000_led_on, @function
e1000_led_on:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4574: 	u32 ctrl = er32(CTRL);
	movl	(%eax), %edx	# hw_12(D)->hw_addr, _1
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%ebx	# MEM[(volatile unsigned int *)_1], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4576: 	switch (hw->mac_type) {
#NO_APP
	movl	12(%eax), %edx	# hw_12(D)->mac_type, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%ebx, %ecx	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4576: 	switch (hw->mac_type) {
	cmpl	$3, %edx	#, _2
	jbe	.L1235	#,
	cmpl	$4, %edx	#, _2
	jne	.L1227	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4585: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, 24(%eax)	#, hw_12(D)->media_type
	je	.L1234	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4591: 			ctrl &= ~E1000_CTRL_SWDPIN0;
	andl	$-262145, %ecx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4592: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4194304, %ecx	#, ret
.L1229:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4607: 	ew32(CTRL, ctrl);
	movl	(%eax), %eax	# hw_12(D)->hw_addr, _8
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %ecx,(%eax)	# ret, MEM[(volatile unsigned int *)_8]
# 0 "" 2
#NO_APP
.L1232:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4610: }
	popl	%ebx	#
	xorl	%eax, %eax	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1235:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4576: 	switch (hw->mac_type) {
	testl	%edx, %edx	# _2
	jne	.L1234	#,
.L1227:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4596: 		if (hw->media_type == e1000_media_type_fiber) {
	movl	24(%eax), %edx	# hw_12(D)->media_type, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4596: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, %edx	#, _4
	je	.L1236	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4600: 		} else if (hw->media_type == e1000_media_type_copper) {
	testl	%edx, %edx	# _4
	jne	.L1229	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4601: 			ew32(LEDCTL, hw->ledctl_mode2);
	movl	(%eax), %ebx	# hw_12(D)->hw_addr, tmp105
	movl	156(%eax), %eax	# hw_12(D)->ledctl_mode2, _7
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%ebx)	# _7, MEM[(volatile unsigned int *)_6]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4602: 			return E1000_SUCCESS;
#NO_APP
	jmp	.L1232	#
	.p2align 4,,10
	.p2align 3
.L1234:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4588: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4456448, %ecx	#, ret
	jmp	.L1229	#
	.p2align 4,,10
	.p2align 3
.L1236:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4598: 			ctrl &= ~E1000_CTRL_SWDPIN0;
	andl	$-262145, %ebx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4599: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4194304, %ebx	#, ctrl
	movl	%ebx, %ecx	# ctrl, ret
	jmp	.L1229	#
	.size	e1000_led_on, .-e1000_led_on
	.p2align 4
	.globl	e1000_led_off
	.type	e1000_led_off, @function
e1000_led_off:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%ebx	#
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4618: 	u32 ctrl = er32(CTRL);
	movl	(%eax), %edx	# hw_12(D)->hw_addr, _1
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl (%edx),%ebx	# MEM[(volatile unsigned int *)_1], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4620: 	switch (hw->mac_type) {
#NO_APP
	movl	12(%eax), %ecx	# hw_12(D)->mac_type, _2
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
	movl	%ebx, %edx	# ret, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4620: 	switch (hw->mac_type) {
	cmpl	$3, %ecx	#, _2
	jbe	.L1247	#,
	cmpl	$4, %ecx	#, _2
	jne	.L1240	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4636: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4456448, %edx	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4629: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, 24(%eax)	#, hw_12(D)->media_type
	je	.L1248	#,
.L1242:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4651: 	ew32(CTRL, ctrl);
	movl	(%eax), %eax	# hw_12(D)->hw_addr, _8
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,(%eax)	# ret, MEM[(volatile unsigned int *)_8]
# 0 "" 2
#NO_APP
.L1245:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4654: }
	popl	%ebx	#
	xorl	%eax, %eax	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L1247:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4620: 	switch (hw->mac_type) {
	testl	%ecx, %ecx	# _2
	jne	.L1249	#,
.L1240:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4640: 		if (hw->media_type == e1000_media_type_fiber) {
	movl	24(%eax), %ecx	# hw_12(D)->media_type, _4
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4640: 		if (hw->media_type == e1000_media_type_fiber) {
	cmpl	$1, %ecx	#, _4
	je	.L1250	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4644: 		} else if (hw->media_type == e1000_media_type_copper) {
	testl	%ecx, %ecx	# _4
	jne	.L1242	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4645: 			ew32(LEDCTL, hw->ledctl_mode1);
	movl	(%eax), %ebx	# hw_12(D)->hw_addr, tmp110
	movl	152(%eax), %eax	# hw_12(D)->ledctl_mode1, _7
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %eax,3584(%ebx)	# _7, MEM[(volatile unsigned int *)_6]
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4646: 			return E1000_SUCCESS;
#NO_APP
	jmp	.L1245	#
	.p2align 4,,10
	.p2align 3
.L1249:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4625: 		ctrl &= ~E1000_CTRL_SWDPIN0;
	andl	$-262145, %edx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4626: 		ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4194304, %edx	#, ret
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4627: 		break;
	jmp	.L1242	#
	.p2align 4,,10
	.p2align 3
.L1250:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4643: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4456448, %ebx	#, ret
	movl	%ebx, %edx	# ret, ret
	jmp	.L1242	#
	.p2align 4,,10
	.p2align 3
.L1248:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4631: 			ctrl &= ~E1000_CTRL_SWDPIN0;
	andl	$-262145, %ebx	#, ctrl
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4632: 			ctrl |= E1000_CTRL_SWDPIO0;
	orl	$4194304, %ebx	#, ctrl
	movl	%ebx, %edx	# ctrl, ret
	jmp	.L1242	#
	.size	e1000_led_off, .-e1000_led_off
	.p2align 4
	.globl	e1000_reset_adaptive
	.type	e1000_reset_adaptive, @function
e1000_reset_adaptive:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4745: 	if (hw->adaptive_ifs) {
	cmpb	$0, 250(%eax)	#, hw_8(D)->adaptive_ifs
	je	.L1251	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4746: 		if (!hw->ifs_params_forced) {
	cmpb	$0, 251(%eax)	#, hw_8(D)->ifs_params_forced
	jne	.L1253	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4747: 			hw->current_ifs_val = 0;
	movl	$2621440, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4749: 			hw->ifs_max_val = IFS_MAX;
	movl	$655440, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4747: 			hw->current_ifs_val = 0;
	movl	%edx, 192(%eax)	#, MEM <unsigned int> [(short unsigned int *)hw_8(D) + 192B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4751: 			hw->ifs_ratio = IFS_RATIO;
	movl	$4, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4749: 			hw->ifs_max_val = IFS_MAX;
	movl	%ecx, 196(%eax)	#, MEM <unsigned int> [(short unsigned int *)hw_8(D) + 196B]
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4751: 			hw->ifs_ratio = IFS_RATIO;
	movw	%dx, 200(%eax)	#, hw_8(D)->ifs_ratio
.L1253:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4753: 		hw->in_ifs_mode = false;
	movb	$0, 252(%eax)	#, hw_8(D)->in_ifs_mode
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp88
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4754: 		ew32(AIT, 0);
	movl	(%eax), %eax	# hw_8(D)->hw_addr, hw_8(D)->hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1112(%eax)	# tmp88, MEM[(volatile unsigned int *)_4]
# 0 "" 2
#NO_APP
.L1251:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4758: }
	ret	
	.size	e1000_reset_adaptive, .-e1000_reset_adaptive
	.p2align 4
	.globl	e1000_update_adaptive
	.type	e1000_update_adaptive, @function
e1000_update_adaptive:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4769: 	if (hw->adaptive_ifs) {
	cmpb	$0, 250(%eax)	#, hw_22(D)->adaptive_ifs
	je	.L1254	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4770: 		if ((hw->collision_delta * hw->ifs_ratio) > hw->tx_packet_delta) {
	movzwl	200(%eax), %edx	# hw_22(D)->ifs_ratio, hw_22(D)->ifs_ratio
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4770: 		if ((hw->collision_delta * hw->ifs_ratio) > hw->tx_packet_delta) {
	movl	144(%eax), %ecx	# hw_22(D)->tx_packet_delta, _6
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4770: 		if ((hw->collision_delta * hw->ifs_ratio) > hw->tx_packet_delta) {
	imull	140(%eax), %edx	# hw_22(D)->collision_delta, tmp102
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4770: 		if ((hw->collision_delta * hw->ifs_ratio) > hw->tx_packet_delta) {
	cmpl	%edx, %ecx	# tmp102, _6
	jnb	.L1257	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4771: 			if (hw->tx_packet_delta > MIN_NUM_XMITS) {
	cmpl	$1000, %ecx	#, _6
	jbe	.L1254	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4772: 				hw->in_ifs_mode = true;
	movb	$1, 252(%eax)	#, hw_22(D)->in_ifs_mode
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4773: 				if (hw->current_ifs_val < hw->ifs_max_val) {
	movzwl	192(%eax), %edx	# hw_22(D)->current_ifs_val, _7
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4773: 				if (hw->current_ifs_val < hw->ifs_max_val) {
	movzwl	196(%eax), %ecx	# hw_22(D)->ifs_max_val, hw_22(D)->ifs_max_val
	cmpl	%ecx, %edx	# hw_22(D)->ifs_max_val, _7
	jnb	.L1254	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4774: 					if (hw->current_ifs_val == 0)
	testl	%edx, %edx	# _7
	je	.L1264	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4778: 						hw->current_ifs_val +=
	movzwl	198(%eax), %ecx	# hw_22(D)->ifs_step_size,
	addw	%cx, %dx	#, tmp105
	movzwl	%dx, %edx	# tmp105, _9
.L1260:
	movw	%dx, 192(%eax)	# _9, hw_22(D)->current_ifs_val
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4780: 					ew32(AIT, hw->current_ifs_val);
	movl	(%eax), %eax	# hw_22(D)->hw_addr, hw_22(D)->hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1112(%eax)	# _9,
# 0 "" 2
#NO_APP
	ret	
	.p2align 4,,10
	.p2align 3
.L1257:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4784: 			if (hw->in_ifs_mode &&
	cmpb	$0, 252(%eax)	#, hw_22(D)->in_ifs_mode
	jne	.L1265	#,
.L1254:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4794: }
	ret	
	.p2align 4,,10
	.p2align 3
.L1265:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4784: 			if (hw->in_ifs_mode &&
	cmpl	$1000, %ecx	#, _6
	ja	.L1254	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4787: 				hw->in_ifs_mode = false;
	movb	$0, 252(%eax)	#, hw_22(D)->in_ifs_mode
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4786: 				hw->current_ifs_val = 0;
	xorl	%edx, %edx	#
	movw	%dx, 192(%eax)	#, hw_22(D)->current_ifs_val
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4788: 				ew32(AIT, 0);
	movl	(%eax), %eax	# hw_22(D)->hw_addr, hw_22(D)->hw_addr
# ./arch/x86/include/asm/io.h:69: build_mmio_write(writel, "l", unsigned int, "r", :"memory")
	xorl	%edx, %edx	# tmp110
#APP
# 69 "./arch/x86/include/asm/io.h" 1
	movl %edx,1112(%eax)	# tmp110,
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4794: }
#NO_APP
	ret	
	.p2align 4,,10
	.p2align 3
.L1264:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4776: 						    hw->ifs_min_val;
	movzwl	194(%eax), %edx	# hw_22(D)->ifs_min_val, _9
	jmp	.L1260	#
	.size	e1000_update_adaptive, .-e1000_update_adaptive
	.p2align 4
	.globl	e1000_get_bus_info
	.type	e1000_get_bus_info, @function
e1000_get_bus_info:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4806: 	switch (hw->mac_type) {
	movl	12(%eax), %ecx	# hw_16(D)->mac_type, tmp111
	leal	-1(%ecx), %edx	#, tmp96
	cmpl	$1, %edx	#, tmp96
	jbe	.L1283	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4814: 		status = er32(STATUS);
	movl	(%eax), %ecx	# hw_16(D)->hw_addr, tmp112
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 8(%ecx),%edx	# MEM[(volatile unsigned int *)_3], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4816: 		    e1000_bus_type_pcix : e1000_bus_type_pci;
#NO_APP
	testb	$32, %dh	#, ret
	je	.L1269	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4818: 		if (hw->device_id == E1000_DEV_ID_82546EB_QUAD_COPPER) {
	cmpw	$4125, 202(%eax)	#, hw_16(D)->device_id
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4815: 		hw->bus_type = (status & E1000_STATUS_PCIX_MODE) ?
	movl	$2, 56(%eax)	#, hw_16(D)->bus_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4818: 		if (hw->device_id == E1000_DEV_ID_82546EB_QUAD_COPPER) {
	je	.L1284	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4825: 			switch (status & E1000_STATUS_PCIX_SPEED) {
	movl	%edx, %ecx	# ret, _7
	andl	$49152, %ecx	#, _7
	cmpl	$16384, %ecx	#, _7
	je	.L1278	#,
	cmpl	$32768, %ecx	#, _7
	je	.L1279	#,
	cmpl	$1, %ecx	#, _7
	sbbl	%ecx, %ecx	# _25
	andl	$-4, %ecx	#, _25
	addl	$6, %ecx	#, _25
.L1273:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4810: 		hw->bus_speed = e1000_bus_speed_unknown;
	movl	%ecx, 48(%eax)	# _25, hw_16(D)->bus_speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4841: 		    e1000_bus_width_64 : e1000_bus_width_32;
	shrl	$12, %edx	#, tmp108
	andl	$1, %edx	#, iftmp.252_12
	incl	%edx	# iftmp.252_12
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4811: 		hw->bus_width = e1000_bus_width_unknown;
	movl	%edx, 52(%eax)	# iftmp.252_12, hw_16(D)->bus_width
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4844: }
	ret	
	.p2align 4,,10
	.p2align 3
.L1269:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4818: 		if (hw->device_id == E1000_DEV_ID_82546EB_QUAD_COPPER) {
	cmpw	$4125, 202(%eax)	#, hw_16(D)->device_id
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4820: 			    e1000_bus_speed_66 : e1000_bus_speed_120;
	movl	$2, %ecx	#, _25
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4815: 		hw->bus_type = (status & E1000_STATUS_PCIX_MODE) ?
	movl	$1, 56(%eax)	#, hw_16(D)->bus_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4818: 		if (hw->device_id == E1000_DEV_ID_82546EB_QUAD_COPPER) {
	je	.L1273	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4823: 			    e1000_bus_speed_66 : e1000_bus_speed_33;
	movl	%edx, %ecx	# ret, tmp105
	shrl	$11, %ecx	#, tmp105
	andl	$1, %ecx	#, _25
	incl	%ecx	# _25
	jmp	.L1273	#
	.p2align 4,,10
	.p2align 3
.L1283:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4809: 		hw->bus_type = e1000_bus_type_pci;
	movl	$1, 56(%eax)	#, hw_16(D)->bus_type
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4812: 		break;
	xorl	%ecx, %ecx	# _25
	xorl	%edx, %edx	# iftmp.252_12
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4810: 		hw->bus_speed = e1000_bus_speed_unknown;
	movl	%ecx, 48(%eax)	# _25, hw_16(D)->bus_speed
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4811: 		hw->bus_width = e1000_bus_width_unknown;
	movl	%edx, 52(%eax)	# iftmp.252_12, hw_16(D)->bus_width
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4844: }
	ret	
	.p2align 4,,10
	.p2align 3
.L1284:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:4820: 			    e1000_bus_speed_66 : e1000_bus_speed_120;
	movl	$4, %ecx	#, _25
	jmp	.L1273	#
	.p2align 4,,10
	.p2align 3
.L1279:
	movl	$5, %ecx	#, _25
	jmp	.L1273	#
	.p2align 4,,10
	.p2align 3
.L1278:
	movl	$3, %ecx	#, _25
	jmp	.L1273	#
	.size	e1000_get_bus_info, .-e1000_get_bus_info
	.p2align 4
	.globl	e1000_enable_mng_pass_thru
	.type	e1000_enable_mng_pass_thru, @function
e1000_enable_mng_pass_thru:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5512: 	if (hw->asf_firmware_present) {
	movl	88(%eax), %edx	# hw_10(D)->asf_firmware_present,
	testl	%edx, %edx	#
	je	.L1288	#,
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5513: 		manc = er32(MANC);
	movl	(%eax), %eax	# hw_10(D)->hw_addr, hw_10(D)->hw_addr
# ./arch/x86/include/asm/io.h:61: build_mmio_read(readl, "l", unsigned int, "=r", :"memory")
#APP
# 61 "./arch/x86/include/asm/io.h" 1
	movl 22560(%eax),%eax	# MEM[(volatile unsigned int *)_3], ret
# 0 "" 2
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5515: 		if (!(manc & E1000_MANC_RCV_TCO_EN) ||
#NO_APP
	movl	%eax, %edx	# ret, tmp93
	andl	$1179648, %edx	#, tmp93
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5515: 		if (!(manc & E1000_MANC_RCV_TCO_EN) ||
	cmpl	$1179648, %edx	#, tmp93
	je	.L1289	#,
.L1288:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5517: 			return false;
	xorl	%eax, %eax	# <retval>
	ret	
	.p2align 4,,10
	.p2align 3
.L1289:
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5518: 		if ((manc & E1000_MANC_SMBUS_EN) && !(manc & E1000_MANC_ASF_EN))
	andl	$3, %eax	#, tmp94
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5518: 		if ((manc & E1000_MANC_SMBUS_EN) && !(manc & E1000_MANC_ASF_EN))
	decl	%eax	# tmp94
	sete	%al	#, tmp96
	movzbl	%al, %eax	# tmp96, <retval>
# drivers/net/ethernet/intel/e1000/e1000_hw.c:5522: }
	ret	
	.size	e1000_enable_mng_pass_thru, .-e1000_enable_mng_pass_thru
	.section	.rodata
	.align 4
	.type	CSWTCH.329, @object
	.size	CSWTCH.329, 16
CSWTCH.329:
	.long	-2147483616
	.long	-2147483232
	.long	-2147483360
	.long	-2147483232
	.align 4
	.type	agc_reg_array.0, @object
	.size	agc_reg_array.0, 8
agc_reg_array.0:
	.value	4466
	.value	4722
	.value	5234
	.value	6258
	.align 4
	.type	dsp_reg_array, @object
	.size	dsp_reg_array, 8
dsp_reg_array:
	.value	4465
	.value	4721
	.value	5233
	.value	6257
	.local	e1000_phy_lock
	.comm	e1000_phy_lock,4,4
	.data
	.align 4
	.type	e1000_eeprom_lock, @object
	.size	e1000_eeprom_lock, 20
e1000_eeprom_lock:
# owner:
# counter:
	.long	0
# wait_lock:
# raw_lock:
# <anonymous>:
# val:
# counter:
	.long	0
# wait_list:
	.zero	4
# next:
	.long	e1000_eeprom_lock+12
# prev:
	.long	e1000_eeprom_lock+12
	.section	.rodata
	.align 32
	.type	e1000_igp_cable_length_table, @object
	.size	e1000_igp_cable_length_table, 256
e1000_igp_cable_length_table:
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	5
	.value	10
	.value	10
	.value	10
	.value	10
	.value	10
	.value	10
	.value	10
	.value	20
	.value	20
	.value	20
	.value	20
	.value	20
	.value	25
	.value	25
	.value	25
	.value	25
	.value	25
	.value	25
	.value	25
	.value	30
	.value	30
	.value	30
	.value	30
	.value	40
	.value	40
	.value	40
	.value	40
	.value	40
	.value	40
	.value	40
	.value	40
	.value	40
	.value	50
	.value	50
	.value	50
	.value	50
	.value	50
	.value	50
	.value	50
	.value	60
	.value	60
	.value	60
	.value	60
	.value	60
	.value	60
	.value	60
	.value	60
	.value	60
	.value	70
	.value	70
	.value	70
	.value	70
	.value	70
	.value	70
	.value	80
	.value	80
	.value	80
	.value	80
	.value	80
	.value	80
	.value	90
	.value	90
	.value	90
	.value	90
	.value	90
	.value	90
	.value	90
	.value	90
	.value	90
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	100
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	110
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.value	120
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
