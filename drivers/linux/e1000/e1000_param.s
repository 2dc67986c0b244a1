	.file	"e1000_param.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mno-sse -mno-mmx -mno-sse2 -mno-3dnow -mno-avx -m32 -msoft-float -mregparm=3 -mpreferred-stack-boundary=2 -march=i686 -mstack-protector-guard-reg=fs -mstack-protector-guard-symbol=__stack_chk_guard -mindirect-branch=thunk-extern -mindirect-branch-register -mindirect-branch-cs-prefix -O2 -std=gnu11 -fno-strict-aliasing -fno-common -fshort-wchar -fcf-protection=none -freg-struct-return -fno-pic -ffreestanding -fno-asynchronous-unwind-tables -fno-jump-tables -fno-delete-null-pointer-checks -fno-allow-store-data-races -fstack-protector-strong -fno-omit-frame-pointer -fno-optimize-sibling-calls -ftrivial-auto-var-init=zero -fno-stack-clash-protection -fno-strict-overflow -fstack-check=no -fconserve-stack -fno-builtin-wcslen
	.text
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC24:
	.string	"%s Enabled\n"
.LC25:
	.string	"%s Disabled\n"
.LC26:
	.string	"%s set to %i\n"
.LC27:
	.string	"%s\n"
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 4
.LC28:
	.string	"drivers/net/ethernet/intel/e1000/e1000_param.c"
	.align 4
.LC29:
	.string	"Invalid %s value specified (%i) %s\n"
	.section	.text.unlikely,"ax",@progbits
.LCOLDB30:
	.text
.LHOTB30:
	.p2align 4
	.type	e1000_validate_option.isra.0, @function
e1000_validate_option.isra.0:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	pushl	%esi	#
	movl	%edx, %esi	# tmp133, opt
	pushl	%ebx	#
	movl	%eax, %ebx	# tmp132, value
	subl	$24, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:181: static int e1000_validate_option(unsigned int *value,
	movl	%ecx, -16(%ebp)	# tmp134, %sfp
# drivers/net/ethernet/intel/e1000/e1000_param.c:185: 	if (*value == OPTION_UNSET) {
	movl	(%eax), %ecx	# *value_1(D), _2
# drivers/net/ethernet/intel/e1000/e1000_param.c:185: 	if (*value == OPTION_UNSET) {
	cmpl	$-1, %ecx	#, _2
	je	.L21	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:190: 	switch (opt->type) {
	movl	(%edx), %eax	# opt_3(D)->type, _6
# drivers/net/ethernet/intel/e1000/e1000_param.c:190: 	switch (opt->type) {
	cmpl	$2, %eax	#, _6
	jne	.L22	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:211: 		for (i = 0; i < opt->arg.l.nr; i++) {
	movl	16(%edx), %edi	# opt_3(D)->arg.l.nr, _41
# drivers/net/ethernet/intel/e1000/e1000_param.c:211: 		for (i = 0; i < opt->arg.l.nr; i++) {
	testl	%edi, %edi	# _41
	jle	.L14	#,
	movl	20(%edx), %eax	# opt_3(D)->arg.l.p, ivtmp.60
# drivers/net/ethernet/intel/e1000/e1000_param.c:211: 		for (i = 0; i < opt->arg.l.nr; i++) {
	xorl	%edx, %edx	# i
	jmp	.L12	#
	.p2align 4,,10
	.p2align 3
.L11:
# drivers/net/ethernet/intel/e1000/e1000_param.c:211: 		for (i = 0; i < opt->arg.l.nr; i++) {
	incl	%edx	# i
# drivers/net/ethernet/intel/e1000/e1000_param.c:211: 		for (i = 0; i < opt->arg.l.nr; i++) {
	addl	$8, %eax	#, ivtmp.60
	cmpl	%edi, %edx	# _41, i
	je	.L17	#,
.L12:
# drivers/net/ethernet/intel/e1000/e1000_param.c:213: 			if (*value == ent->i) {
	cmpl	(%eax), %ecx	# MEM[(int *)ent_25], _2
	jne	.L11	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:214: 				if (ent->str[0] != '\0')
	movl	4(%eax), %eax	# ent_25->str, _29
# drivers/net/ethernet/intel/e1000/e1000_param.c:214: 				if (ent->str[0] != '\0')
	cmpb	$0, (%eax)	#, *_29
	jne	.L16	#,
.L1:
# drivers/net/ethernet/intel/e1000/e1000_param.c:229: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L21:
# drivers/net/ethernet/intel/e1000/e1000_param.c:186: 		*value = opt->def;
	movl	12(%edx), %eax	# opt_3(D)->def, opt_3(D)->def
	movl	%eax, (%ebx)	# opt_3(D)->def, *value_1(D)
# drivers/net/ethernet/intel/e1000/e1000_param.c:229: }
	addl	$24, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
.L22:
# drivers/net/ethernet/intel/e1000/e1000_param.c:190: 	switch (opt->type) {
	ja	.L5	#,
	testl	%eax, %eax	# _6
	je	.L23	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:215: 					e_dev_info("%s\n", ent->str);
	movl	-16(%ebp), %eax	# %sfp, adapter
# drivers/net/ethernet/intel/e1000/e1000_param.c:202: 		if (*value >= opt->arg.r.min && *value <= opt->arg.r.max) {
	cmpl	16(%esi), %ecx	# opt_3(D)->arg.r.min, _2
# drivers/net/ethernet/intel/e1000/e1000_param.c:194: 			e_dev_info("%s Enabled\n", opt->name);
	movl	4(%edx), %edx	# opt_3(D)->name, opt_3(D)->name
# drivers/net/ethernet/intel/e1000/e1000_param.c:215: 					e_dev_info("%s\n", ent->str);
	movl	932(%eax), %eax	# adapter_8(D)->pdev, adapter_8(D)->pdev
	leal	132(%eax), %edi	#, pretmp_63
# drivers/net/ethernet/intel/e1000/e1000_param.c:202: 		if (*value >= opt->arg.r.min && *value <= opt->arg.r.max) {
	jb	.L9	#,
	jmp	.L15	#
.L5:
# drivers/net/ethernet/intel/e1000/e1000_param.c:222: 		BUG();
#APP
# 222 "drivers/net/ethernet/intel/e1000/e1000_param.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC28	# bug_entry::file	#
	.word 222	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L23:
	jmp	.L6	#
	.section	.text.unlikely
	.type	e1000_validate_option.isra.0.cold, @function
e1000_validate_option.isra.0.cold:
.L16:
# drivers/net/ethernet/intel/e1000/e1000_param.c:215: 					e_dev_info("%s\n", ent->str);
	movl	%eax, 8(%esp)	# _29,
	movl	$.LC27, 4(%esp)	#,
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	932(%eax), %eax	# adapter_8(D)->pdev, adapter_8(D)->pdev
	addl	$132, %eax	#, tmp121
	movl	%eax, (%esp)	# tmp121,
	call	_dev_info	#
	jmp	.L1	#
.L17:
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	4(%esi), %edx	# opt_3(D)->name, opt_3(D)->name
	movl	932(%eax), %eax	# adapter_8(D)->pdev, adapter_8(D)->pdev
.L9:
# drivers/net/ethernet/intel/e1000/e1000_param.c:225: 	e_dev_info("Invalid %s value specified (%i) %s\n",
	movl	8(%esi), %edi	# opt_3(D)->err, opt_3(D)->err
	addl	$132, %eax	#, tmp127
	movl	%eax, (%esp)	# tmp127,
	movl	%ecx, 12(%esp)	# _2,
	movl	%edx, 8(%esp)	# opt_3(D)->name,
	movl	%edi, 16(%esp)	# opt_3(D)->err,
	movl	$.LC29, 4(%esp)	#,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:227: 	*value = opt->def;
	movl	12(%esi), %eax	# opt_3(D)->def, opt_3(D)->def
	movl	%eax, (%ebx)	# opt_3(D)->def, *value_1(D)
	jmp	.L1	#
.L14:
	movl	-16(%ebp), %eax	# %sfp, adapter
	movl	4(%edx), %edx	# opt_3(D)->name, opt_3(D)->name
	movl	932(%eax), %eax	# adapter_8(D)->pdev, adapter_8(D)->pdev
	jmp	.L9	#
.L15:
# drivers/net/ethernet/intel/e1000/e1000_param.c:202: 		if (*value >= opt->arg.r.min && *value <= opt->arg.r.max) {
	cmpl	%ecx, 20(%esi)	# _2, opt_3(D)->arg.r.max
	jb	.L9	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:203: 			e_dev_info("%s set to %i\n", opt->name, *value);
	movl	%ecx, 12(%esp)	# _2,
	movl	%edx, 8(%esp)	# opt_3(D)->name,
	movl	%edi, (%esp)	# pretmp_63,
	movl	$.LC26, 4(%esp)	#,
	call	_dev_info	#
	jmp	.L1	#
.L6:
# drivers/net/ethernet/intel/e1000/e1000_param.c:215: 					e_dev_info("%s\n", ent->str);
	movl	-16(%ebp), %eax	# %sfp, adapter
	testl	%ecx, %ecx	# _2
# drivers/net/ethernet/intel/e1000/e1000_param.c:194: 			e_dev_info("%s Enabled\n", opt->name);
	movl	4(%edx), %edx	# opt_3(D)->name, opt_3(D)->name
# drivers/net/ethernet/intel/e1000/e1000_param.c:215: 					e_dev_info("%s\n", ent->str);
	movl	932(%eax), %eax	# adapter_8(D)->pdev, adapter_8(D)->pdev
	leal	132(%eax), %edi	#, pretmp_43
	je	.L10	#,
	cmpl	$1, %ecx	#, _2
	jne	.L9	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:194: 			e_dev_info("%s Enabled\n", opt->name);
	movl	%edx, 8(%esp)	# opt_3(D)->name,
	movl	%edi, (%esp)	# pretmp_43,
	movl	$.LC24, 4(%esp)	#,
	call	_dev_info	#
	jmp	.L1	#
.L10:
# drivers/net/ethernet/intel/e1000/e1000_param.c:197: 			e_dev_info("%s Disabled\n", opt->name);
	movl	%edx, 8(%esp)	# opt_3(D)->name,
	movl	%edi, (%esp)	# pretmp_43,
	movl	$.LC25, 4(%esp)	#,
	call	_dev_info	#
	jmp	.L1	#
	.text
	.size	e1000_validate_option.isra.0, .-e1000_validate_option.isra.0
	.section	.text.unlikely
	.size	e1000_validate_option.isra.0.cold, .-e1000_validate_option.isra.0.cold
.LCOLDE30:
	.text
.LHOTE30:
	.section	.rodata.str1.4
	.align 4
.LC31:
	.string	"Warning: no configuration for board #%i using defaults for all values\n"
	.section	.rodata.str1.1
.LC32:
	.string	"Transmit Descriptors"
.LC33:
	.string	"using default of 256"
.LC34:
	.string	"Receive Descriptors"
.LC35:
	.string	"Checksum Offload"
.LC36:
	.string	"defaulting to Enabled"
	.section	.rodata.str1.4
	.align 4
.LC14:
	.string	"Interrupt Throttling Rate (ints/sec)"
	.section	.rodata.str1.1
.LC43:
	.string	"%s turned off\n"
.LC44:
	.string	"%s set to dynamic mode\n"
	.section	.rodata.str1.4
	.align 4
.LC45:
	.string	"%s set to dynamic conservative mode\n"
	.align 4
.LC46:
	.string	"%s set to simplified (2000-8000) ints mode\n"
	.section	.rodata.str1.1
.LC47:
	.string	"PHY Smart Power Down"
.LC48:
	.string	"defaulting to Disabled"
	.section	.rodata.str1.4
	.align 4
.LC49:
	.string	"Speed not valid for fiber adapters, parameter ignored\n"
	.align 4
.LC50:
	.string	"Duplex not valid for fiber adapters, parameter ignored\n"
	.align 4
.LC51:
	.string	"AutoNeg other than 1000/Full is not valid for fiberadapters, parameter ignored\n"
	.align 4
.LC54:
	.string	"AutoNeg specified along with Speed or Duplex, parameter ignored\n"
	.align 4
.LC55:
	.string	"Speed and duplex autonegotiation enabled\n"
	.align 4
.LC56:
	.string	"Half Duplex specified without Speed\n"
	.align 4
.LC57:
	.string	"Using Autonegotiation at Half Duplex only\n"
	.align 4
.LC58:
	.string	"Full Duplex specified without Speed\n"
	.align 4
.LC59:
	.string	"Using Autonegotiation at Full Duplex only\n"
	.align 4
.LC60:
	.string	"10 Mbps Speed specified without Duplex\n"
	.align 4
.LC61:
	.string	"Using Autonegotiation at 10 Mbps only\n"
	.align 4
.LC62:
	.string	"Forcing to 10 Mbps Half Duplex\n"
	.align 4
.LC63:
	.string	"Forcing to 10 Mbps Full Duplex\n"
	.align 4
.LC64:
	.string	"100 Mbps Speed specified without Duplex\n"
	.align 4
.LC65:
	.string	"Using Autonegotiation at 100 Mbps only\n"
	.align 4
.LC66:
	.string	"Forcing to 100 Mbps Half Duplex\n"
	.align 4
.LC67:
	.string	"Forcing to 100 Mbps Full Duplex\n"
	.align 4
.LC68:
	.string	"1000 Mbps Speed specified without Duplex\n"
	.align 4
.LC69:
	.string	"Half Duplex is not supported at 1000 Mbps\n"
	.align 4
.LC70:
	.string	"Using Autonegotiation at 1000 Mbps Full Duplex only\n"
	.align 4
.LC71:
	.string	"Speed, AutoNeg and MDI-X specs are incompatible. Setting MDI-X to a compatible value.\n"
	.section	.rodata.str1.1
.LC0:
	.string	"Flow Control"
	.section	.rodata.str1.4
	.align 4
.LC1:
	.string	"reading default settings from EEPROM"
	.section	.rodata
	.align 4
.LC37:
# type:
	.long	2
# name:
	.long	.LC0
# err:
	.long	.LC1
# def:
	.long	255
# arg:
# l:
# nr:
	.long	5
# p:
	.long	fc_list.0
	.section	.rodata.str1.1
.LC3:
	.string	"Transmit Interrupt Delay"
.LC4:
	.string	"using default of 8"
	.section	.rodata
	.align 4
.LC38:
# type:
	.long	1
# name:
	.long	.LC3
# err:
	.long	.LC4
# def:
	.long	8
# arg:
# r:
# min:
	.long	0
# max:
	.long	65535
	.section	.rodata.str1.4
	.align 4
.LC6:
	.string	"Transmit Absolute Interrupt Delay"
	.section	.rodata.str1.1
.LC7:
	.string	"using default of 32"
	.section	.rodata
	.align 4
.LC39:
# type:
	.long	1
# name:
	.long	.LC6
# err:
	.long	.LC7
# def:
	.long	32
# arg:
# r:
# min:
	.long	0
# max:
	.long	65535
	.section	.rodata.str1.1
.LC9:
	.string	"Receive Interrupt Delay"
.LC10:
	.string	"using default of 0"
	.section	.rodata
	.align 4
.LC40:
# type:
	.long	1
# name:
	.long	.LC9
# err:
	.long	.LC10
# def:
	.long	0
# arg:
# r:
# min:
	.long	0
# max:
	.long	65535
	.section	.rodata.str1.4
	.align 4
.LC12:
	.string	"Receive Absolute Interrupt Delay"
	.section	.rodata
	.align 4
.LC41:
# type:
	.long	1
# name:
	.long	.LC12
# err:
	.long	.LC4
# def:
	.long	8
# arg:
# r:
# min:
	.long	0
# max:
	.long	65535
	.section	.rodata.str1.1
.LC15:
	.string	"using default of 3"
	.section	.rodata
	.align 4
.LC42:
# type:
	.long	1
# name:
	.long	.LC14
# err:
	.long	.LC15
# def:
	.long	3
# arg:
# r:
# min:
	.long	100
# max:
	.long	100000
	.section	.rodata.str1.1
.LC17:
	.string	"Speed"
.LC18:
	.string	"parameter ignored"
	.section	.rodata
	.align 4
.LC52:
# type:
	.long	2
# name:
	.long	.LC17
# err:
	.long	.LC18
# def:
	.long	0
# arg:
# l:
# nr:
	.long	4
# p:
	.long	speed_list.1
	.section	.rodata.str1.1
.LC20:
	.string	"Duplex"
	.section	.rodata
	.align 4
.LC53:
# type:
	.long	2
# name:
	.long	.LC20
# err:
	.long	.LC18
# def:
	.long	0
# arg:
# l:
# nr:
	.long	3
# p:
	.long	dplx_list.2
	.section	.rodata.str1.1
.LC22:
	.string	"AutoNeg"
	.section	.rodata
	.align 4
.LC72:
# type:
	.long	2
# name:
	.long	.LC22
# err:
	.long	.LC18
# def:
	.long	47
# arg:
# l:
# nr:
	.long	31
# p:
	.long	an_list.3
	.section	.text.unlikely
.LCOLDB73:
	.text
.LHOTB73:
	.p2align 4
	.globl	e1000_check_options
	.type	e1000_check_options, @function
e1000_check_options:
	pushl	%ebp	#
	movl	%esp, %ebp	#,
	pushl	%edi	#
	movl	%eax, %edi	# tmp504, adapter
	pushl	%esi	#
	pushl	%ebx	#
	subl	$84, %esp	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:244: {
	movl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp506
	movl	%eax, -16(%ebp)	# tmp506, D.77980
	xorl	%eax, %eax	# tmp506
# drivers/net/ethernet/intel/e1000/e1000_param.c:246: 	int bd = adapter->bd_number;
	movl	516(%edi), %esi	# adapter_95(D)->bd_number, _1
# drivers/net/ethernet/intel/e1000/e1000_param.c:248: 	if (bd >= E1000_MAX_NIC) {
	cmpl	$31, %esi	#, _1
	jg	.L137	#,
.L25:
# drivers/net/ethernet/intel/e1000/e1000_param.c:266: 				.max = mac_type < e1000_82544 ? E1000_MAX_TXD : E1000_MAX_82544_TXD
	cmpl	$4, 948(%edi)	#, adapter_95(D)->hw.mac_type
# drivers/net/ethernet/intel/e1000/e1000_param.c:258: 		opt = (struct e1000_option) {
	movl	$1, -64(%ebp)	#, opt.type
# drivers/net/ethernet/intel/e1000/e1000_param.c:254: 		struct e1000_tx_ring *tx_ring = adapter->tx_ring;
	movl	576(%edi), %ebx	# adapter_95(D)->tx_ring, tx_ring
# drivers/net/ethernet/intel/e1000/e1000_param.c:258: 		opt = (struct e1000_option) {
	movl	$.LC32, -60(%ebp)	#, opt.name
	movl	$.LC33, -56(%ebp)	#, opt.err
# drivers/net/ethernet/intel/e1000/e1000_param.c:266: 				.max = mac_type < e1000_82544 ? E1000_MAX_TXD : E1000_MAX_82544_TXD
	sbbl	%eax, %eax	# iftmp.0_78
# drivers/net/ethernet/intel/e1000/e1000_param.c:258: 		opt = (struct e1000_option) {
	movl	$256, -52(%ebp)	#, opt.def
# drivers/net/ethernet/intel/e1000/e1000_param.c:266: 				.max = mac_type < e1000_82544 ? E1000_MAX_TXD : E1000_MAX_82544_TXD
	andl	$-3840, %eax	#, iftmp.0_78
# drivers/net/ethernet/intel/e1000/e1000_param.c:258: 		opt = (struct e1000_option) {
	movl	$48, -48(%ebp)	#, opt.arg.r.min
# drivers/net/ethernet/intel/e1000/e1000_param.c:266: 				.max = mac_type < e1000_82544 ? E1000_MAX_TXD : E1000_MAX_82544_TXD
	addl	$4096, %eax	#, iftmp.0_78
# drivers/net/ethernet/intel/e1000/e1000_param.c:270: 		if (num_TxDescriptors > bd) {
	cmpl	num_TxDescriptors, %esi	# num_TxDescriptors, _1
# drivers/net/ethernet/intel/e1000/e1000_param.c:258: 		opt = (struct e1000_option) {
	movl	%eax, -44(%ebp)	# iftmp.0_78, opt.arg.r.max
	movl	$256, %eax	#, _10
# drivers/net/ethernet/intel/e1000/e1000_param.c:270: 		if (num_TxDescriptors > bd) {
	jb	.L149	#,
.L27:
# drivers/net/ethernet/intel/e1000/e1000_param.c:276: 			tx_ring->count = opt.def;
	movl	%eax, 12(%ebx)	# _10, tx_ring_98->count
# drivers/net/ethernet/intel/e1000/e1000_param.c:278: 		for (i = 0; i < adapter->num_tx_queues; i++)
	xorl	%eax, %eax	# i
	movl	876(%edi), %edx	# adapter_95(D)->num_tx_queues,
	testl	%edx, %edx	#
	jle	.L30	#,
	.p2align 4
	.p2align 3
.L28:
# drivers/net/ethernet/intel/e1000/e1000_param.c:279: 			tx_ring[i].count = tx_ring->count;
	movl	12(%ebx), %ecx	# tx_ring_98->count, _14
# drivers/net/ethernet/intel/e1000/e1000_param.c:279: 			tx_ring[i].count = tx_ring->count;
	leal	(%eax,%eax,8), %edx	#, tmp250
# drivers/net/ethernet/intel/e1000/e1000_param.c:278: 		for (i = 0; i < adapter->num_tx_queues; i++)
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_param.c:279: 			tx_ring[i].count = tx_ring->count;
	movl	%ecx, 12(%ebx,%edx,4)	# _14, MEM[(unsigned int *)tx_ring_98 + 12B + _116 * 1]
# drivers/net/ethernet/intel/e1000/e1000_param.c:278: 		for (i = 0; i < adapter->num_tx_queues; i++)
	cmpl	%eax, 876(%edi)	# i, adapter_95(D)->num_tx_queues
	jg	.L28	#,
.L30:
# drivers/net/ethernet/intel/e1000/e1000_param.c:294: 				.max = mac_type < e1000_82544 ? E1000_MAX_RXD :
	cmpl	$4, 948(%edi)	#, adapter_95(D)->hw.mac_type
# drivers/net/ethernet/intel/e1000/e1000_param.c:286: 		opt = (struct e1000_option) {
	movl	$.LC34, -60(%ebp)	#, opt.name
# drivers/net/ethernet/intel/e1000/e1000_param.c:282: 		struct e1000_rx_ring *rx_ring = adapter->rx_ring;
	movl	660(%edi), %ebx	# adapter_95(D)->rx_ring, rx_ring
# drivers/net/ethernet/intel/e1000/e1000_param.c:294: 				.max = mac_type < e1000_82544 ? E1000_MAX_RXD :
	sbbl	%eax, %eax	# iftmp.4_79
	andl	$-3840, %eax	#, iftmp.4_79
	addl	$4096, %eax	#, iftmp.4_79
# drivers/net/ethernet/intel/e1000/e1000_param.c:299: 		if (num_RxDescriptors > bd) {
	cmpl	num_RxDescriptors, %esi	# num_RxDescriptors, _1
# drivers/net/ethernet/intel/e1000/e1000_param.c:286: 		opt = (struct e1000_option) {
	movl	%eax, -44(%ebp)	# iftmp.4_79, opt.arg.r.max
	movl	$256, %eax	#, _22
# drivers/net/ethernet/intel/e1000/e1000_param.c:299: 		if (num_RxDescriptors > bd) {
	jb	.L150	#,
.L31:
# drivers/net/ethernet/intel/e1000/e1000_param.c:305: 			rx_ring->count = opt.def;
	movl	%eax, 12(%ebx)	# _22, rx_ring_111->count
# drivers/net/ethernet/intel/e1000/e1000_param.c:307: 		for (i = 0; i < adapter->num_rx_queues; i++)
	xorl	%eax, %eax	# i
	movl	880(%edi), %ecx	# adapter_95(D)->num_rx_queues,
	testl	%ecx, %ecx	#
	jle	.L37	#,
	.p2align 4
	.p2align 3
.L32:
# drivers/net/ethernet/intel/e1000/e1000_param.c:308: 			rx_ring[i].count = rx_ring->count;
	movl	12(%ebx), %ecx	# rx_ring_111->count, _26
# drivers/net/ethernet/intel/e1000/e1000_param.c:308: 			rx_ring[i].count = rx_ring->count;
	leal	(%eax,%eax,4), %edx	#, tmp265
# drivers/net/ethernet/intel/e1000/e1000_param.c:307: 		for (i = 0; i < adapter->num_rx_queues; i++)
	incl	%eax	# i
# drivers/net/ethernet/intel/e1000/e1000_param.c:308: 			rx_ring[i].count = rx_ring->count;
	movl	%ecx, 12(%ebx,%edx,8)	# _26, MEM[(unsigned int *)rx_ring_111 + 12B + _107 * 1]
# drivers/net/ethernet/intel/e1000/e1000_param.c:307: 		for (i = 0; i < adapter->num_rx_queues; i++)
	cmpl	%eax, 880(%edi)	# i, adapter_95(D)->num_rx_queues
	jg	.L32	#,
.L37:
# drivers/net/ethernet/intel/e1000/e1000_param.c:311: 		opt = (struct e1000_option) {
	xorl	%edx, %edx	# tmp259
	xorl	%eax, %eax	# tmp260
.L33:
	movl	%edx, -64(%ebp,%eax)	# tmp259, opt
	movl	%edx, -60(%ebp,%eax)	# tmp259, opt
	addl	$8, %eax	#, tmp260
	cmpl	$24, %eax	#, tmp260
	jb	.L33	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:318: 		if (num_XsumRX > bd) {
	cmpl	num_XsumRX, %esi	# num_XsumRX, _1
# drivers/net/ethernet/intel/e1000/e1000_param.c:311: 		opt = (struct e1000_option) {
	movl	$.LC35, -60(%ebp)	#, opt.name
	movl	$.LC36, -56(%ebp)	#, opt.err
	movl	$1, -52(%ebp)	#, opt.def
# drivers/net/ethernet/intel/e1000/e1000_param.c:318: 		if (num_XsumRX > bd) {
	jb	.L151	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:323: 			adapter->rx_csum = opt.def;
	movb	$1, 912(%edi)	#, adapter_95(D)->rx_csum
.L38:
# drivers/net/ethernet/intel/e1000/e1000_param.c:336: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp274
.L39:
	movl	.LC37(%eax), %edx	#, tmp278
	movl	%edx, -64(%ebp,%eax)	# tmp278, opt
	addl	$4, %eax	#, tmp274
	cmpl	$24, %eax	#, tmp274
	jb	.L39	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:345: 		if (num_FlowControl > bd) {
	cmpl	num_FlowControl, %esi	# num_FlowControl, _1
	jb	.L152	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:350: 			adapter->hw.fc = adapter->hw.original_fc = opt.def;
	movl	$255, %eax	#,
	movl	%eax, 1048(%edi)	#, adapter_95(D)->hw.original_fc
# drivers/net/ethernet/intel/e1000/e1000_param.c:350: 			adapter->hw.fc = adapter->hw.original_fc = opt.def;
	movl	$255, %eax	#,
	movl	%eax, 980(%edi)	#, adapter_95(D)->hw.fc
.L42:
# drivers/net/ethernet/intel/e1000/e1000_param.c:354: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp285
.L43:
	movl	.LC38(%eax), %edx	#, tmp289
	movl	%edx, -64(%ebp,%eax)	# tmp289, opt
	addl	$4, %eax	#, tmp285
	cmpl	$24, %eax	#, tmp285
	jb	.L43	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:363: 		if (num_TxIntDelay > bd) {
	cmpl	num_TxIntDelay, %esi	# num_TxIntDelay, _1
	jb	.L153	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:368: 			adapter->tx_int_delay = opt.def;
	movl	$8, %eax	#,
	movl	%eax, 588(%edi)	#, adapter_95(D)->tx_int_delay
.L46:
# drivers/net/ethernet/intel/e1000/e1000_param.c:372: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp296
.L47:
	movl	.LC39(%eax), %edx	#, tmp300
	movl	%edx, -64(%ebp,%eax)	# tmp300, opt
	addl	$4, %eax	#, tmp296
	cmpl	$24, %eax	#, tmp296
	jb	.L47	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:381: 		if (num_TxAbsIntDelay > bd) {
	cmpl	num_TxAbsIntDelay, %esi	# num_TxAbsIntDelay, _1
	jb	.L154	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:386: 			adapter->tx_abs_int_delay = opt.def;
	movl	$32, %eax	#,
	movl	%eax, 592(%edi)	#, adapter_95(D)->tx_abs_int_delay
.L50:
# drivers/net/ethernet/intel/e1000/e1000_param.c:390: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp307
.L51:
	movl	.LC40(%eax), %edx	#, tmp311
	movl	%edx, -64(%ebp,%eax)	# tmp311, opt
	addl	$4, %eax	#, tmp307
	cmpl	$24, %eax	#, tmp307
	jb	.L51	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:399: 		if (num_RxIntDelay > bd) {
	cmpl	num_RxIntDelay, %esi	# num_RxIntDelay, _1
	jb	.L155	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:404: 			adapter->rx_int_delay = opt.def;
	xorl	%eax, %eax	#
	movl	%eax, 904(%edi)	#, adapter_95(D)->rx_int_delay
.L54:
# drivers/net/ethernet/intel/e1000/e1000_param.c:408: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp318
.L55:
	movl	.LC41(%eax), %edx	#, tmp322
	movl	%edx, -64(%ebp,%eax)	# tmp322, opt
	addl	$4, %eax	#, tmp318
	cmpl	$24, %eax	#, tmp318
	jb	.L55	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:417: 		if (num_RxAbsIntDelay > bd) {
	cmpl	num_RxAbsIntDelay, %esi	# num_RxAbsIntDelay, _1
	jb	.L156	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:422: 			adapter->rx_abs_int_delay = opt.def;
	movl	$8, %ebx	#,
	movl	%ebx, 908(%edi)	#, adapter_95(D)->rx_abs_int_delay
.L58:
# drivers/net/ethernet/intel/e1000/e1000_param.c:426: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp329
.L59:
	movl	.LC42(%eax), %edx	#, tmp333
	movl	%edx, -64(%ebp,%eax)	# tmp333, opt
	addl	$4, %eax	#, tmp329
	cmpl	$24, %eax	#, tmp329
	jb	.L59	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:435: 		if (num_InterruptThrottleRate > bd) {
	cmpl	num_InterruptThrottleRate, %esi	# num_InterruptThrottleRate, _1
	jb	.L157	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:470: 			adapter->itr_setting = opt.def;
	movl	$3, %edx	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:471: 			adapter->itr = 20000;
	movl	$20000, %ecx	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:470: 			adapter->itr_setting = opt.def;
	movl	%edx, 564(%edi)	#, adapter_95(D)->itr_setting
# drivers/net/ethernet/intel/e1000/e1000_param.c:471: 			adapter->itr = 20000;
	movl	%ecx, 560(%edi)	#, adapter_95(D)->itr
.L67:
# drivers/net/ethernet/intel/e1000/e1000_param.c:475: 		opt = (struct e1000_option) {
	xorl	%edx, %edx	# tmp361
	xorl	%eax, %eax	# tmp362
.L68:
	movl	%edx, -64(%ebp,%eax)	# tmp361, opt
	movl	%edx, -60(%ebp,%eax)	# tmp361, opt
	addl	$8, %eax	#, tmp362
	cmpl	$24, %eax	#, tmp362
	jb	.L68	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:482: 		if (num_SmartPowerDownEnable > bd) {
	cmpl	num_SmartPowerDownEnable, %esi	# num_SmartPowerDownEnable, _1
# drivers/net/ethernet/intel/e1000/e1000_param.c:475: 		opt = (struct e1000_option) {
	movl	$.LC47, -60(%ebp)	#, opt.name
	movl	$.LC48, -56(%ebp)	#, opt.err
# drivers/net/ethernet/intel/e1000/e1000_param.c:482: 		if (num_SmartPowerDownEnable > bd) {
	jb	.L158	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:487: 			adapter->smart_power_down = opt.def;
	movb	$0, 1873(%edi)	#, adapter_95(D)->smart_power_down
.L71:
# drivers/net/ethernet/intel/e1000/e1000_param.c:491: 	switch (adapter->hw.media_type) {
	movl	960(%edi), %ebx	# adapter_95(D)->hw.media_type, _75
# drivers/net/ethernet/intel/e1000/e1000_param.c:491: 	switch (adapter->hw.media_type) {
	testl	%ebx, %ebx	# _75
	je	.L72	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:491: 	switch (adapter->hw.media_type) {
	decl	%ebx	# tmp370
	cmpl	$1, %ebx	#, tmp370
	ja	.L73	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:512: 	int bd = adapter->bd_number;
	movl	516(%edi), %ebx	# adapter_95(D)->bd_number, _183
# drivers/net/ethernet/intel/e1000/e1000_param.c:513: 	if (num_Speed > bd) {
	cmpl	num_Speed, %ebx	# num_Speed, _183
	jb	.L138	#,
.L74:
# drivers/net/ethernet/intel/e1000/e1000_param.c:518: 	if (num_Duplex > bd) {
	cmpl	num_Duplex, %ebx	# num_Duplex, _183
	jb	.L139	#,
.L75:
# drivers/net/ethernet/intel/e1000/e1000_param.c:523: 	if ((num_AutoNeg > bd) && (AutoNeg[bd] != 0x20)) {
	cmpl	num_AutoNeg, %ebx	# num_AutoNeg, _183
	jnb	.L24	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:523: 	if ((num_AutoNeg > bd) && (AutoNeg[bd] != 0x20)) {
	cmpl	$32, AutoNeg(,%ebx,4)	#, AutoNeg[bd_184]
	jne	.L140	#,
.L24:
# drivers/net/ethernet/intel/e1000/e1000_param.c:502: }
	movl	-16(%ebp), %eax	# D.77980, tmp509
	subl	%fs:__stack_chk_guard, %eax	# __stack_chk_guard, tmp509
	jne	.L159	#,
	addl	$84, %esp	#,
	popl	%ebx	#
	popl	%esi	#
	popl	%edi	#
	popl	%ebp	#
	ret	
	.p2align 4,,10
	.p2align 3
.L157:
# drivers/net/ethernet/intel/e1000/e1000_param.c:436: 			adapter->itr = InterruptThrottleRate[bd];
	movl	InterruptThrottleRate(,%esi,4), %eax	# InterruptThrottleRate[bd_96], _54
# drivers/net/ethernet/intel/e1000/e1000_param.c:436: 			adapter->itr = InterruptThrottleRate[bd];
	movl	%eax, 560(%edi)	# _54, adapter_95(D)->itr
# drivers/net/ethernet/intel/e1000/e1000_param.c:437: 			switch (adapter->itr) {
	cmpl	$4, %eax	#, _54
	je	.L62	#,
	jg	.L63	#,
	cmpl	$3, %eax	#, _54
	je	.L64	#,
	testl	%eax, %eax	# _54
	.p2align 4,,6
	je	.L65	#,
	decl	%eax	# _54
	.p2align 4,,5
	je	.L160	#,
.L63:
# drivers/net/ethernet/intel/e1000/e1000_param.c:459: 				e1000_validate_option(&adapter->itr, &opt,
	leal	560(%edi), %eax	#, tmp355
# drivers/net/ethernet/intel/e1000/e1000_param.c:459: 				e1000_validate_option(&adapter->itr, &opt,
	movl	%edi, %ecx	# adapter,
	leal	-64(%ebp), %edx	#, tmp574
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:466: 				adapter->itr_setting = adapter->itr & ~3;
	movl	560(%edi), %eax	# adapter_95(D)->itr, tmp358
	andl	$-4, %eax	#, tmp358
# drivers/net/ethernet/intel/e1000/e1000_param.c:466: 				adapter->itr_setting = adapter->itr & ~3;
	movl	%eax, 564(%edi)	# tmp358, adapter_95(D)->itr_setting
# drivers/net/ethernet/intel/e1000/e1000_param.c:467: 				break;
	jmp	.L67	#
	.p2align 4,,10
	.p2align 3
.L156:
# drivers/net/ethernet/intel/e1000/e1000_param.c:418: 			adapter->rx_abs_int_delay = RxAbsIntDelay[bd];
	movl	RxAbsIntDelay(,%esi,4), %eax	# RxAbsIntDelay[bd_96], RxAbsIntDelay[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:419: 			e1000_validate_option(&adapter->rx_abs_int_delay, &opt,
	leal	-64(%ebp), %edx	#, tmp569
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:418: 			adapter->rx_abs_int_delay = RxAbsIntDelay[bd];
	movl	%eax, 908(%edi)	# RxAbsIntDelay[bd_96], adapter_95(D)->rx_abs_int_delay
# drivers/net/ethernet/intel/e1000/e1000_param.c:419: 			e1000_validate_option(&adapter->rx_abs_int_delay, &opt,
	leal	908(%edi), %eax	#, tmp326
# drivers/net/ethernet/intel/e1000/e1000_param.c:419: 			e1000_validate_option(&adapter->rx_abs_int_delay, &opt,
	call	e1000_validate_option.isra.0	#
	jmp	.L58	#
	.p2align 4,,10
	.p2align 3
.L155:
# drivers/net/ethernet/intel/e1000/e1000_param.c:400: 			adapter->rx_int_delay = RxIntDelay[bd];
	movl	RxIntDelay(,%esi,4), %eax	# RxIntDelay[bd_96], RxIntDelay[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:401: 			e1000_validate_option(&adapter->rx_int_delay, &opt,
	leal	-64(%ebp), %edx	#, tmp568
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:400: 			adapter->rx_int_delay = RxIntDelay[bd];
	movl	%eax, 904(%edi)	# RxIntDelay[bd_96], adapter_95(D)->rx_int_delay
# drivers/net/ethernet/intel/e1000/e1000_param.c:401: 			e1000_validate_option(&adapter->rx_int_delay, &opt,
	leal	904(%edi), %eax	#, tmp315
# drivers/net/ethernet/intel/e1000/e1000_param.c:401: 			e1000_validate_option(&adapter->rx_int_delay, &opt,
	call	e1000_validate_option.isra.0	#
	jmp	.L54	#
	.p2align 4,,10
	.p2align 3
.L154:
# drivers/net/ethernet/intel/e1000/e1000_param.c:382: 			adapter->tx_abs_int_delay = TxAbsIntDelay[bd];
	movl	TxAbsIntDelay(,%esi,4), %eax	# TxAbsIntDelay[bd_96], TxAbsIntDelay[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:383: 			e1000_validate_option(&adapter->tx_abs_int_delay, &opt,
	leal	-64(%ebp), %edx	#, tmp567
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:382: 			adapter->tx_abs_int_delay = TxAbsIntDelay[bd];
	movl	%eax, 592(%edi)	# TxAbsIntDelay[bd_96], adapter_95(D)->tx_abs_int_delay
# drivers/net/ethernet/intel/e1000/e1000_param.c:383: 			e1000_validate_option(&adapter->tx_abs_int_delay, &opt,
	leal	592(%edi), %eax	#, tmp304
# drivers/net/ethernet/intel/e1000/e1000_param.c:383: 			e1000_validate_option(&adapter->tx_abs_int_delay, &opt,
	call	e1000_validate_option.isra.0	#
	jmp	.L50	#
	.p2align 4,,10
	.p2align 3
.L153:
# drivers/net/ethernet/intel/e1000/e1000_param.c:364: 			adapter->tx_int_delay = TxIntDelay[bd];
	movl	TxIntDelay(,%esi,4), %eax	# TxIntDelay[bd_96], TxIntDelay[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:365: 			e1000_validate_option(&adapter->tx_int_delay, &opt,
	leal	-64(%ebp), %edx	#, tmp566
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:364: 			adapter->tx_int_delay = TxIntDelay[bd];
	movl	%eax, 588(%edi)	# TxIntDelay[bd_96], adapter_95(D)->tx_int_delay
# drivers/net/ethernet/intel/e1000/e1000_param.c:365: 			e1000_validate_option(&adapter->tx_int_delay, &opt,
	leal	588(%edi), %eax	#, tmp293
# drivers/net/ethernet/intel/e1000/e1000_param.c:365: 			e1000_validate_option(&adapter->tx_int_delay, &opt,
	call	e1000_validate_option.isra.0	#
	jmp	.L46	#
	.p2align 4,,10
	.p2align 3
.L152:
# drivers/net/ethernet/intel/e1000/e1000_param.c:346: 			unsigned int fc = FlowControl[bd];
	movl	FlowControl(,%esi,4), %eax	# FlowControl[bd_96], FlowControl[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:347: 			e1000_validate_option(&fc, &opt, adapter);
	leal	-64(%ebp), %edx	#, tmp564
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:346: 			unsigned int fc = FlowControl[bd];
	movl	%eax, -40(%ebp)	# FlowControl[bd_96], MEM[(unsigned int *)_12]
# drivers/net/ethernet/intel/e1000/e1000_param.c:347: 			e1000_validate_option(&fc, &opt, adapter);
	leal	-40(%ebp), %eax	#, tmp565
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:348: 			adapter->hw.fc = adapter->hw.original_fc = fc;
	movl	-40(%ebp), %eax	# MEM[(unsigned int *)_12], fc.13_36
	movl	%eax, 1048(%edi)	# fc.13_36, adapter_95(D)->hw.original_fc
# drivers/net/ethernet/intel/e1000/e1000_param.c:348: 			adapter->hw.fc = adapter->hw.original_fc = fc;
	movl	%eax, 980(%edi)	# fc.13_36, adapter_95(D)->hw.fc
	jmp	.L42	#
	.p2align 4,,10
	.p2align 3
.L72:
# drivers/net/ethernet/intel/e1000/e1000_param.c:538: 	unsigned int speed, dplx, an;
	movl	$0, -72(%ebp)	#, dplx
# drivers/net/ethernet/intel/e1000/e1000_param.c:539: 	int bd = adapter->bd_number;
	movl	516(%edi), %eax	# adapter_95(D)->bd_number, _197
# drivers/net/ethernet/intel/e1000/e1000_param.c:538: 	unsigned int speed, dplx, an;
	movl	$0, -68(%ebp)	#, an
# drivers/net/ethernet/intel/e1000/e1000_param.c:539: 	int bd = adapter->bd_number;
	movl	%eax, -80(%ebp)	# _197, %sfp
# drivers/net/ethernet/intel/e1000/e1000_param.c:548: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp386
.L77:
	movl	.LC52(%eax), %edx	#, tmp390
	movl	%edx, -40(%ebp,%eax)	# tmp390, MEM[(struct e1000_option *)_12]
	addl	$4, %eax	#, tmp386
	cmpl	$24, %eax	#, tmp386
	jb	.L77	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:557: 		if (num_Speed > bd) {
	movl	-80(%ebp), %eax	# %sfp, _197
	cmpl	num_Speed, %eax	# num_Speed, _197
	jb	.L161	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:561: 			speed = opt.def;
	movl	$0, -76(%ebp)	#, speed
	movl	$0, -84(%ebp)	#, %sfp
.L80:
# drivers/net/ethernet/intel/e1000/e1000_param.c:570: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp397
.L81:
	movl	.LC53(%eax), %edx	#, tmp401
	movl	%edx, -40(%ebp,%eax)	# tmp401, MEM[(struct e1000_option *)_12]
	addl	$4, %eax	#, tmp397
	cmpl	$24, %eax	#, tmp397
	jb	.L81	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:579: 		if (num_Duplex > bd) {
	movl	-80(%ebp), %eax	# %sfp, _197
	cmpl	num_Duplex, %eax	# num_Duplex, _197
	jb	.L162	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:583: 			dplx = opt.def;
	movl	$0, -72(%ebp)	#, dplx
	movl	-84(%ebp), %esi	# %sfp, prephitmp_348
.L84:
# drivers/net/ethernet/intel/e1000/e1000_param.c:587: 	if ((num_AutoNeg > bd) && (speed != 0 || dplx != 0)) {
	movl	-80(%ebp), %eax	# %sfp, _197
	cmpl	num_AutoNeg, %eax	# num_AutoNeg, _197
	jnb	.L85	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:587: 	if ((num_AutoNeg > bd) && (speed != 0 || dplx != 0)) {
	movl	-84(%ebp), %eax	# %sfp, tmp507
	orl	%ebx, %eax	# _75, tmp507
	jne	.L141	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:626: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp483
.L103:
	movl	.LC72(%eax), %edx	#, tmp487
	movl	%edx, -40(%ebp,%eax)	# tmp487, MEM[(struct e1000_option *)_12]
	addl	$4, %eax	#, tmp483
	cmpl	$24, %eax	#, tmp483
	jb	.L103	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:636: 			an = AutoNeg[bd];
	movl	-80(%ebp), %eax	# %sfp, _197
# drivers/net/ethernet/intel/e1000/e1000_param.c:637: 			e1000_validate_option(&an, &opt, adapter);
	leal	-40(%ebp), %edx	#, tmp613
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:636: 			an = AutoNeg[bd];
	movl	AutoNeg(,%eax,4), %eax	# AutoNeg[bd_198], AutoNeg[bd_198]
	movl	%eax, -68(%ebp)	# AutoNeg[bd_198], an
# drivers/net/ethernet/intel/e1000/e1000_param.c:637: 			e1000_validate_option(&an, &opt, adapter);
	leal	-68(%ebp), %eax	#, tmp614
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:641: 		adapter->hw.autoneg_advertised = an;
	movzwl	-68(%ebp), %eax	# an, prephitmp_344
	jmp	.L87	#
	.p2align 4,,10
	.p2align 3
.L85:
# drivers/net/ethernet/intel/e1000/e1000_param.c:626: 		opt = (struct e1000_option) {
	xorl	%eax, %eax	# tmp495
.L106:
	movl	.LC72(%eax), %edx	#, tmp499
	movl	%edx, -40(%ebp,%eax)	# tmp499, MEM[(struct e1000_option *)_12]
	addl	$4, %eax	#, tmp495
	cmpl	$24, %eax	#, tmp495
	jb	.L106	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:639: 			an = opt.def;
	movl	$47, -68(%ebp)	#, an
	movl	$47, %eax	#, prephitmp_344
.L87:
# drivers/net/ethernet/intel/e1000/e1000_param.c:590: 		adapter->hw.autoneg_advertised = AUTONEG_ADV_DEFAULT;
	movw	%ax, 1118(%edi)	# prephitmp_344, adapter_95(D)->hw.autoneg_advertised
# drivers/net/ethernet/intel/e1000/e1000_param.c:644: 	switch (speed + dplx) {
	testl	%esi, %esi	# prephitmp_348
	jne	.L163	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:646: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:647: 		if ((num_Speed > bd) && (speed != 0 || dplx != 0))
	movl	-80(%ebp), %eax	# %sfp, _197
	cmpl	num_Speed, %eax	# num_Speed, _197
# drivers/net/ethernet/intel/e1000/e1000_param.c:646: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:647: 		if ((num_Speed > bd) && (speed != 0 || dplx != 0))
	jnb	.L101	#,
# drivers/net/ethernet/intel/e1000/e1000_param.c:647: 		if ((num_Speed > bd) && (speed != 0 || dplx != 0))
	orl	-84(%ebp), %ebx	# %sfp, tmp508
	jne	.L142	#,
.L101:
# drivers/net/ethernet/intel/e1000/e1000_param.c:722: 	if (e1000_validate_mdi_setting(&(adapter->hw)) < 0) {
	leal	936(%edi), %eax	#, tmp476
	call	e1000_validate_mdi_setting	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:722: 	if (e1000_validate_mdi_setting(&(adapter->hw)) < 0) {
	testl	%eax, %eax	# tmp505
	jns	.L24	#,
	jmp	.L143	#
	.p2align 4,,10
	.p2align 3
.L158:
# drivers/net/ethernet/intel/e1000/e1000_param.c:483: 			unsigned int spd = SmartPowerDownEnable[bd];
	movl	SmartPowerDownEnable(,%esi,4), %eax	# SmartPowerDownEnable[bd_96], SmartPowerDownEnable[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:484: 			e1000_validate_option(&spd, &opt, adapter);
	leal	-64(%ebp), %edx	#, tmp576
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:483: 			unsigned int spd = SmartPowerDownEnable[bd];
	movl	%eax, -40(%ebp)	# SmartPowerDownEnable[bd_96], MEM[(unsigned int *)_12]
# drivers/net/ethernet/intel/e1000/e1000_param.c:484: 			e1000_validate_option(&spd, &opt, adapter);
	leal	-40(%ebp), %eax	#, tmp577
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:485: 			adapter->smart_power_down = spd;
	movl	-40(%ebp), %eax	# MEM[(unsigned int *)_12],
	testl	%eax, %eax	#
	setne	1873(%edi)	#, adapter_95(D)->smart_power_down
	jmp	.L71	#
	.p2align 4,,10
	.p2align 3
.L151:
# drivers/net/ethernet/intel/e1000/e1000_param.c:319: 			unsigned int rx_csum = XsumRX[bd];
	movl	XsumRX(,%esi,4), %eax	# XsumRX[bd_96], XsumRX[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:320: 			e1000_validate_option(&rx_csum, &opt, adapter);
	leal	-64(%ebp), %edx	#, tmp562
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:319: 			unsigned int rx_csum = XsumRX[bd];
	movl	%eax, -40(%ebp)	# XsumRX[bd_96], MEM[(unsigned int *)_12]
# drivers/net/ethernet/intel/e1000/e1000_param.c:320: 			e1000_validate_option(&rx_csum, &opt, adapter);
	leal	-40(%ebp), %eax	#, tmp563
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:321: 			adapter->rx_csum = rx_csum;
	movl	-40(%ebp), %edx	# MEM[(unsigned int *)_12],
	testl	%edx, %edx	#
	setne	912(%edi)	#, adapter_95(D)->rx_csum
	jmp	.L38	#
	.p2align 4,,10
	.p2align 3
.L150:
# drivers/net/ethernet/intel/e1000/e1000_param.c:300: 			rx_ring->count = RxDescriptors[bd];
	movl	RxDescriptors(,%esi,4), %eax	# RxDescriptors[bd_96], RxDescriptors[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:301: 			e1000_validate_option(&rx_ring->count, &opt, adapter);
	leal	-64(%ebp), %edx	#, tmp560
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:300: 			rx_ring->count = RxDescriptors[bd];
	movl	%eax, 12(%ebx)	# RxDescriptors[bd_96], rx_ring_111->count
# drivers/net/ethernet/intel/e1000/e1000_param.c:301: 			e1000_validate_option(&rx_ring->count, &opt, adapter);
	leal	12(%ebx), %eax	#, tmp255
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:302: 			rx_ring->count = ALIGN(rx_ring->count,
	movl	12(%ebx), %eax	# rx_ring_111->count, tmp561
	addl	$7, %eax	#, tmp256
	andl	$-8, %eax	#, _22
	jmp	.L31	#
	.p2align 4,,10
	.p2align 3
.L149:
# drivers/net/ethernet/intel/e1000/e1000_param.c:271: 			tx_ring->count = TxDescriptors[bd];
	movl	TxDescriptors(,%esi,4), %eax	# TxDescriptors[bd_96], TxDescriptors[bd_96]
# drivers/net/ethernet/intel/e1000/e1000_param.c:272: 			e1000_validate_option(&tx_ring->count, &opt, adapter);
	leal	-64(%ebp), %edx	#, tmp558
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:271: 			tx_ring->count = TxDescriptors[bd];
	movl	%eax, 12(%ebx)	# TxDescriptors[bd_96], tx_ring_98->count
# drivers/net/ethernet/intel/e1000/e1000_param.c:272: 			e1000_validate_option(&tx_ring->count, &opt, adapter);
	leal	12(%ebx), %eax	#, tmp245
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:273: 			tx_ring->count = ALIGN(tx_ring->count,
	movl	12(%ebx), %eax	# tx_ring_98->count, tmp559
	addl	$7, %eax	#, tmp246
	andl	$-8, %eax	#, _10
	jmp	.L27	#
.L162:
# drivers/net/ethernet/intel/e1000/e1000_param.c:580: 			dplx = Duplex[bd];
	movl	Duplex(,%eax,4), %eax	# Duplex[bd_198], Duplex[bd_198]
# drivers/net/ethernet/intel/e1000/e1000_param.c:581: 			e1000_validate_option(&dplx, &opt, adapter);
	leal	-40(%ebp), %edx	#, tmp588
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:580: 			dplx = Duplex[bd];
	movl	%eax, -72(%ebp)	# Duplex[bd_198], dplx
# drivers/net/ethernet/intel/e1000/e1000_param.c:581: 			e1000_validate_option(&dplx, &opt, adapter);
	leal	-72(%ebp), %eax	#, tmp589
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:587: 	if ((num_AutoNeg > bd) && (speed != 0 || dplx != 0)) {
	movl	-72(%ebp), %ebx	# dplx, _75
# drivers/net/ethernet/intel/e1000/e1000_param.c:644: 	switch (speed + dplx) {
	movl	-84(%ebp), %eax	# %sfp, prephitmp_352
	leal	(%ebx,%eax), %esi	#, prephitmp_348
	jmp	.L84	#
.L161:
# drivers/net/ethernet/intel/e1000/e1000_param.c:558: 			speed = Speed[bd];
	movl	Speed(,%eax,4), %eax	# Speed[bd_198], Speed[bd_198]
# drivers/net/ethernet/intel/e1000/e1000_param.c:559: 			e1000_validate_option(&speed, &opt, adapter);
	leal	-40(%ebp), %edx	#, tmp583
	movl	%edi, %ecx	# adapter,
# drivers/net/ethernet/intel/e1000/e1000_param.c:558: 			speed = Speed[bd];
	movl	%eax, -76(%ebp)	# Speed[bd_198], speed
# drivers/net/ethernet/intel/e1000/e1000_param.c:559: 			e1000_validate_option(&speed, &opt, adapter);
	leal	-76(%ebp), %eax	#, tmp584
	call	e1000_validate_option.isra.0	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:587: 	if ((num_AutoNeg > bd) && (speed != 0 || dplx != 0)) {
	movl	-76(%ebp), %eax	# speed, prephitmp_352
	movl	%eax, -84(%ebp)	# prephitmp_352, %sfp
	jmp	.L80	#
.L163:
# drivers/net/ethernet/intel/e1000/e1000_param.c:644: 	switch (speed + dplx) {
	cmpl	$1002, %esi	#, prephitmp_348
	je	.L89	#,
	jbe	.L164	#,
.L90:
# drivers/net/ethernet/intel/e1000/e1000_param.c:718: 		BUG();
#APP
# 718 "drivers/net/ethernet/intel/e1000/e1000_param.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC28	# bug_entry::file	#
	.word 718	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
	.p2align 4,,10
	.p2align 3
#NO_APP
.L164:
# drivers/net/ethernet/intel/e1000/e1000_param.c:644: 	switch (speed + dplx) {
	cmpl	$1001, %esi	#, prephitmp_348
	je	.L91	#,
	cmpl	$1000, %esi	#, prephitmp_348
	je	.L92	#,
	cmpl	$102, %esi	#, prephitmp_348
	je	.L93	#,
	.p2align 4,,2
	ja	.L90	#,
	cmpl	$101, %esi	#, prephitmp_348
	.p2align 4,,5
	je	.L94	#,
	cmpl	$100, %esi	#, prephitmp_348
	.p2align 4,,5
	je	.L95	#,
	cmpl	$12, %esi	#, prephitmp_348
	.p2align 4,,2
	je	.L96	#,
	.p2align 4,,5
	ja	.L90	#,
	cmpl	$11, %esi	#, prephitmp_348
	.p2align 4,,5
	je	.L97	#,
	cmpl	$10, %esi	#, prephitmp_348
	.p2align 4,,5
	je	.L98	#,
	cmpl	$1, %esi	#, prephitmp_348
	.p2align 4,,2
	je	.L99	#,
	cmpl	$2, %esi	#, prephitmp_348
	.p2align 4,,2
	jne	.L90	#,
	.p2align 4,,5
	jmp	.L100	#
.L73:
# drivers/net/ethernet/intel/e1000/e1000_param.c:500: 		BUG();
#APP
# 500 "drivers/net/ethernet/intel/e1000/e1000_param.c" 1
	1:	.byte 0x0f, 0x0b
.pushsection __bug_table,"aw"
2:	.long 1b	# bug_entry::bug_addr
	.long .LC28	# bug_entry::file	#
	.word 500	# bug_entry::line	#
	.word 0	# bug_entry::flags	#
	.org 2b+12	#
.popsection

# 0 "" 2
#NO_APP
.L159:
# drivers/net/ethernet/intel/e1000/e1000_param.c:502: }
	.p2align 4,,8
	call	__stack_chk_fail	#
.L160:
	.p2align 4,,8
	jmp	.L66	#
	.section	.text.unlikely
	.type	e1000_check_options.cold, @function
e1000_check_options.cold:
.L99:
# drivers/net/ethernet/intel/e1000/e1000_param.c:652: 		e_dev_info("Half Duplex specified without Speed\n");
	movl	$.LC56, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp597
	addl	$132, %eax	#, tmp418
	movl	%eax, (%esp)	# tmp418,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:653: 		e_dev_info("Using Autonegotiation at Half Duplex only\n");
	movl	$.LC57, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp598
	addl	$132, %eax	#, tmp422
	movl	%eax, (%esp)	# tmp422,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:654: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:654: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:655: 		adapter->hw.autoneg_advertised = ADVERTISE_10_HALF |
	movw	$5, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L98:
# drivers/net/ethernet/intel/e1000/e1000_param.c:667: 		e_dev_info("10 Mbps Speed specified without Duplex\n");
	movl	$.LC60, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp601
	addl	$132, %eax	#, tmp434
	movl	%eax, (%esp)	# tmp434,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:668: 		e_dev_info("Using Autonegotiation at 10 Mbps only\n");
	movl	$.LC61, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp602
	addl	$132, %eax	#, tmp438
	movl	%eax, (%esp)	# tmp438,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:669: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:669: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:670: 		adapter->hw.autoneg_advertised = ADVERTISE_10_HALF |
	movw	$3, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L97:
# drivers/net/ethernet/intel/e1000/e1000_param.c:674: 		e_dev_info("Forcing to 10 Mbps Half Duplex\n");
	movl	$.LC62, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp603
	addl	$132, %eax	#, tmp442
	movl	%eax, (%esp)	# tmp442,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:675: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:675: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:676: 		adapter->hw.forced_speed_duplex = e1000_10_half;
	movb	$0, 1149(%edi)	#, adapter_95(D)->hw.forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_param.c:677: 		adapter->hw.autoneg_advertised = 0;
	movw	$0, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L96:
# drivers/net/ethernet/intel/e1000/e1000_param.c:680: 		e_dev_info("Forcing to 10 Mbps Full Duplex\n");
	movl	$.LC63, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp604
	addl	$132, %eax	#, tmp446
	movl	%eax, (%esp)	# tmp446,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:681: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:681: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:682: 		adapter->hw.forced_speed_duplex = e1000_10_full;
	movb	$1, 1149(%edi)	#, adapter_95(D)->hw.forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_param.c:683: 		adapter->hw.autoneg_advertised = 0;
	movw	$0, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L95:
# drivers/net/ethernet/intel/e1000/e1000_param.c:686: 		e_dev_info("100 Mbps Speed specified without Duplex\n");
	movl	$.LC64, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp605
	addl	$132, %eax	#, tmp450
	movl	%eax, (%esp)	# tmp450,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:687: 		e_dev_info("Using Autonegotiation at 100 Mbps only\n");
	movl	$.LC65, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp606
	addl	$132, %eax	#, tmp454
	movl	%eax, (%esp)	# tmp454,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:688: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:688: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:689: 		adapter->hw.autoneg_advertised = ADVERTISE_100_HALF |
	movw	$12, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L94:
# drivers/net/ethernet/intel/e1000/e1000_param.c:693: 		e_dev_info("Forcing to 100 Mbps Half Duplex\n");
	movl	$.LC66, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp607
	addl	$132, %eax	#, tmp458
	movl	%eax, (%esp)	# tmp458,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:694: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:694: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:695: 		adapter->hw.forced_speed_duplex = e1000_100_half;
	movb	$2, 1149(%edi)	#, adapter_95(D)->hw.forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_param.c:696: 		adapter->hw.autoneg_advertised = 0;
	movw	$0, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L64:
# drivers/net/ethernet/intel/e1000/e1000_param.c:448: 				e_dev_info("%s set to dynamic conservative "
	movl	$.LC14, 8(%esp)	#,
	movl	$.LC45, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp572
	addl	$132, %eax	#, tmp346
	movl	%eax, (%esp)	# tmp346,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:450: 				adapter->itr_setting = adapter->itr;
	movl	560(%edi), %eax	# adapter_95(D)->itr, adapter_95(D)->itr
# drivers/net/ethernet/intel/e1000/e1000_param.c:451: 				adapter->itr = 20000;
	movl	$20000, 560(%edi)	#, adapter_95(D)->itr
# drivers/net/ethernet/intel/e1000/e1000_param.c:450: 				adapter->itr_setting = adapter->itr;
	movl	%eax, 564(%edi)	# adapter_95(D)->itr, adapter_95(D)->itr_setting
# drivers/net/ethernet/intel/e1000/e1000_param.c:451: 				adapter->itr = 20000;
	jmp	.L67	#
.L100:
# drivers/net/ethernet/intel/e1000/e1000_param.c:659: 		e_dev_info("Full Duplex specified without Speed\n");
	movl	$.LC58, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp599
	addl	$132, %eax	#, tmp426
	movl	%eax, (%esp)	# tmp426,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:660: 		e_dev_info("Using Autonegotiation at Full Duplex only\n");
	movl	$.LC59, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp600
	addl	$132, %eax	#, tmp430
	movl	%eax, (%esp)	# tmp430,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:661: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:661: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:662: 		adapter->hw.autoneg_advertised = ADVERTISE_10_FULL |
	movw	$42, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L65:
# drivers/net/ethernet/intel/e1000/e1000_param.c:439: 				e_dev_info("%s turned off\n", opt.name);
	movl	$.LC14, 8(%esp)	#,
	movl	$.LC43, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp570
	addl	$132, %eax	#, tmp337
	movl	%eax, (%esp)	# tmp337,
	call	_dev_info	#
	jmp	.L67	#
.L137:
# drivers/net/ethernet/intel/e1000/e1000_param.c:249: 		e_dev_warn("Warning: no configuration for board #%i "
	movl	%esi, 8(%esp)	# _1,
	movl	$.LC31, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp557
	addl	$132, %eax	#, tmp240
	movl	%eax, (%esp)	# tmp240,
	call	_dev_warn	#
	jmp	.L25	#
.L139:
# drivers/net/ethernet/intel/e1000/e1000_param.c:519: 		e_dev_info("Duplex not valid for fiber adapters, parameter "
	movl	$.LC50, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp579
	addl	$132, %eax	#, tmp377
	movl	%eax, (%esp)	# tmp377,
	call	_dev_info	#
	jmp	.L75	#
.L140:
# drivers/net/ethernet/intel/e1000/e1000_param.c:524: 		e_dev_info("AutoNeg other than 1000/Full is not valid for fiber"
	movl	$.LC51, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, adapter_95(D)->pdev
	addl	$132, %eax	#, tmp382
	movl	%eax, (%esp)	# tmp382,
	call	_dev_info	#
	jmp	.L24	#
.L141:
# drivers/net/ethernet/intel/e1000/e1000_param.c:588: 		e_dev_info("AutoNeg specified along with Speed or Duplex, "
	movl	$.LC54, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp593
	addl	$132, %eax	#, tmp409
	movl	%eax, (%esp)	# tmp409,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:590: 		adapter->hw.autoneg_advertised = AUTONEG_ADV_DEFAULT;
	movl	$47, %eax	#, prephitmp_344
	jmp	.L87	#
.L66:
# drivers/net/ethernet/intel/e1000/e1000_param.c:442: 				e_dev_info("%s set to dynamic mode\n",
	movl	$.LC14, 8(%esp)	#,
	movl	$.LC44, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp571
	addl	$132, %eax	#, tmp341
	movl	%eax, (%esp)	# tmp341,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:444: 				adapter->itr_setting = adapter->itr;
	movl	560(%edi), %eax	# adapter_95(D)->itr, adapter_95(D)->itr
# drivers/net/ethernet/intel/e1000/e1000_param.c:445: 				adapter->itr = 20000;
	movl	$20000, 560(%edi)	#, adapter_95(D)->itr
# drivers/net/ethernet/intel/e1000/e1000_param.c:444: 				adapter->itr_setting = adapter->itr;
	movl	%eax, 564(%edi)	# adapter_95(D)->itr, adapter_95(D)->itr_setting
# drivers/net/ethernet/intel/e1000/e1000_param.c:445: 				adapter->itr = 20000;
	jmp	.L67	#
.L93:
# drivers/net/ethernet/intel/e1000/e1000_param.c:699: 		e_dev_info("Forcing to 100 Mbps Full Duplex\n");
	movl	$.LC67, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp608
	addl	$132, %eax	#, tmp462
	movl	%eax, (%esp)	# tmp462,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:700: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:700: 		adapter->hw.autoneg = adapter->fc_autoneg = 0;
	movb	$0, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:701: 		adapter->hw.forced_speed_duplex = e1000_100_full;
	movb	$3, 1149(%edi)	#, adapter_95(D)->hw.forced_speed_duplex
# drivers/net/ethernet/intel/e1000/e1000_param.c:702: 		adapter->hw.autoneg_advertised = 0;
	movw	$0, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L92:
# drivers/net/ethernet/intel/e1000/e1000_param.c:705: 		e_dev_info("1000 Mbps Speed specified without Duplex\n");
	movl	$.LC68, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp609
	addl	$132, %eax	#, tmp466
	movl	%eax, (%esp)	# tmp466,
	call	_dev_info	#
.L89:
# drivers/net/ethernet/intel/e1000/e1000_param.c:712: 		e_dev_info("Using Autonegotiation at 1000 Mbps Full Duplex "
	movl	$.LC70, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp611
	addl	$132, %eax	#, tmp474
	movl	%eax, (%esp)	# tmp474,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:714: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 572(%edi)	#, adapter_95(D)->fc_autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:714: 		adapter->hw.autoneg = adapter->fc_autoneg = 1;
	movb	$1, 1147(%edi)	#, adapter_95(D)->hw.autoneg
# drivers/net/ethernet/intel/e1000/e1000_param.c:715: 		adapter->hw.autoneg_advertised = ADVERTISE_1000_FULL;
	movw	$32, 1118(%edi)	#, adapter_95(D)->hw.autoneg_advertised
	jmp	.L101	#
.L91:
# drivers/net/ethernet/intel/e1000/e1000_param.c:708: 		e_dev_info("Half Duplex is not supported at 1000 Mbps\n");
	movl	$.LC69, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp610
	addl	$132, %eax	#, tmp470
	movl	%eax, (%esp)	# tmp470,
	call	_dev_info	#
	jmp	.L89	#
.L143:
# drivers/net/ethernet/intel/e1000/e1000_param.c:723: 		e_dev_info("Speed, AutoNeg and MDI-X specs are incompatible. "
	movl	$.LC71, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, adapter_95(D)->pdev
	addl	$132, %eax	#, tmp479
	movl	%eax, (%esp)	# tmp479,
	call	_dev_info	#
	jmp	.L24	#
.L142:
# drivers/net/ethernet/intel/e1000/e1000_param.c:648: 			e_dev_info("Speed and duplex autonegotiation "
	movl	$.LC55, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp596
	addl	$132, %eax	#, tmp414
	movl	%eax, (%esp)	# tmp414,
	call	_dev_info	#
	jmp	.L101	#
.L138:
# drivers/net/ethernet/intel/e1000/e1000_param.c:514: 		e_dev_info("Speed not valid for fiber adapters, parameter "
	movl	$.LC49, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp578
	addl	$132, %eax	#, tmp373
	movl	%eax, (%esp)	# tmp373,
	call	_dev_info	#
	jmp	.L74	#
.L62:
# drivers/net/ethernet/intel/e1000/e1000_param.c:454: 				e_dev_info("%s set to simplified "
	movl	$.LC14, 8(%esp)	#,
	movl	$.LC46, 4(%esp)	#,
	movl	932(%edi), %eax	# adapter_95(D)->pdev, tmp573
	addl	$132, %eax	#, tmp351
	movl	%eax, (%esp)	# tmp351,
	call	_dev_info	#
# drivers/net/ethernet/intel/e1000/e1000_param.c:456: 				adapter->itr_setting = adapter->itr;
	movl	560(%edi), %eax	# adapter_95(D)->itr, adapter_95(D)->itr
	movl	%eax, 564(%edi)	# adapter_95(D)->itr, adapter_95(D)->itr_setting
	jmp	.L67	#
	.text
	.size	e1000_check_options, .-e1000_check_options
	.section	.text.unlikely
	.size	e1000_check_options.cold, .-e1000_check_options.cold
.LCOLDE73:
	.text
.LHOTE73:
	.section	.rodata.str1.1
.LC74:
	.string	""
	.section	.rodata
	.align 32
	.type	speed_list.1, @object
	.size	speed_list.1, 32
speed_list.1:
# i:
	.long	0
# str:
	.long	.LC74
# i:
	.long	10
# str:
	.long	.LC74
# i:
	.long	100
# str:
	.long	.LC74
# i:
	.long	1000
# str:
	.long	.LC74
	.align 4
	.type	dplx_list.2, @object
	.size	dplx_list.2, 24
dplx_list.2:
# i:
	.long	0
# str:
	.long	.LC74
# i:
	.long	1
# str:
	.long	.LC74
# i:
	.long	2
# str:
	.long	.LC74
	.section	.rodata.str1.1
.LC75:
	.string	"AutoNeg advertising 10/HD"
.LC76:
	.string	"AutoNeg advertising 10/FD"
	.section	.rodata.str1.4
	.align 4
.LC77:
	.string	"AutoNeg advertising 10/FD, 10/HD"
	.section	.rodata.str1.1
.LC78:
	.string	"AutoNeg advertising 100/HD"
	.section	.rodata.str1.4
	.align 4
.LC79:
	.string	"AutoNeg advertising 100/HD, 10/HD"
	.align 4
.LC80:
	.string	"AutoNeg advertising 100/HD, 10/FD"
	.align 4
.LC81:
	.string	"AutoNeg advertising 100/HD, 10/FD, 10/HD"
	.section	.rodata.str1.1
.LC82:
	.string	"AutoNeg advertising 100/FD"
	.section	.rodata.str1.4
	.align 4
.LC83:
	.string	"AutoNeg advertising 100/FD, 10/HD"
	.align 4
.LC84:
	.string	"AutoNeg advertising 100/FD, 10/FD"
	.align 4
.LC85:
	.string	"AutoNeg advertising 100/FD, 10/FD, 10/HD"
	.align 4
.LC86:
	.string	"AutoNeg advertising 100/FD, 100/HD"
	.align 4
.LC87:
	.string	"AutoNeg advertising 100/FD, 100/HD, 10/HD"
	.align 4
.LC88:
	.string	"AutoNeg advertising 100/FD, 100/HD, 10/FD"
	.align 4
.LC89:
	.string	"AutoNeg advertising 100/FD, 100/HD, 10/FD, 10/HD"
	.section	.rodata.str1.1
.LC90:
	.string	"AutoNeg advertising 1000/FD"
	.section	.rodata.str1.4
	.align 4
.LC91:
	.string	"AutoNeg advertising 1000/FD, 10/HD"
	.align 4
.LC92:
	.string	"AutoNeg advertising 1000/FD, 10/FD"
	.align 4
.LC93:
	.string	"AutoNeg advertising 1000/FD, 10/FD, 10/HD"
	.align 4
.LC94:
	.string	"AutoNeg advertising 1000/FD, 100/HD"
	.align 4
.LC95:
	.string	"AutoNeg advertising 1000/FD, 100/HD, 10/HD"
	.align 4
.LC96:
	.string	"AutoNeg advertising 1000/FD, 100/HD, 10/FD"
	.align 4
.LC97:
	.string	"AutoNeg advertising 1000/FD, 100/HD, 10/FD, 10/HD"
	.align 4
.LC98:
	.string	"AutoNeg advertising 1000/FD, 100/FD"
	.align 4
.LC99:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 10/HD"
	.align 4
.LC100:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 10/FD"
	.align 4
.LC101:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 10/FD, 10/HD"
	.align 4
.LC102:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 100/HD"
	.align 4
.LC103:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 100/HD, 10/HD"
	.align 4
.LC104:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 100/HD, 10/FD"
	.align 4
.LC105:
	.string	"AutoNeg advertising 1000/FD, 100/FD, 100/HD, 10/FD, 10/HD"
	.section	.rodata
	.align 32
	.type	an_list.3, @object
	.size	an_list.3, 248
an_list.3:
# i:
	.long	1
# str:
	.long	.LC75
# i:
	.long	2
# str:
	.long	.LC76
# i:
	.long	3
# str:
	.long	.LC77
# i:
	.long	4
# str:
	.long	.LC78
# i:
	.long	5
# str:
	.long	.LC79
# i:
	.long	6
# str:
	.long	.LC80
# i:
	.long	7
# str:
	.long	.LC81
# i:
	.long	8
# str:
	.long	.LC82
# i:
	.long	9
# str:
	.long	.LC83
# i:
	.long	10
# str:
	.long	.LC84
# i:
	.long	11
# str:
	.long	.LC85
# i:
	.long	12
# str:
	.long	.LC86
# i:
	.long	13
# str:
	.long	.LC87
# i:
	.long	14
# str:
	.long	.LC88
# i:
	.long	15
# str:
	.long	.LC89
# i:
	.long	32
# str:
	.long	.LC90
# i:
	.long	33
# str:
	.long	.LC91
# i:
	.long	34
# str:
	.long	.LC92
# i:
	.long	35
# str:
	.long	.LC93
# i:
	.long	36
# str:
	.long	.LC94
# i:
	.long	37
# str:
	.long	.LC95
# i:
	.long	38
# str:
	.long	.LC96
# i:
	.long	39
# str:
	.long	.LC97
# i:
	.long	40
# str:
	.long	.LC98
# i:
	.long	41
# str:
	.long	.LC99
# i:
	.long	42
# str:
	.long	.LC100
# i:
	.long	43
# str:
	.long	.LC101
# i:
	.long	44
# str:
	.long	.LC102
# i:
	.long	45
# str:
	.long	.LC103
# i:
	.long	46
# str:
	.long	.LC104
# i:
	.long	47
# str:
	.long	.LC105
	.section	.rodata.str1.1
.LC106:
	.string	"Flow Control Disabled"
.LC107:
	.string	"Flow Control Receive Only"
.LC108:
	.string	"Flow Control Transmit Only"
.LC109:
	.string	"Flow Control Enabled"
.LC110:
	.string	"Flow Control Hardware Default"
	.section	.rodata
	.align 32
	.type	fc_list.0, @object
	.size	fc_list.0, 40
fc_list.0:
# i:
	.long	0
# str:
	.long	.LC106
# i:
	.long	1
# str:
	.long	.LC107
# i:
	.long	2
# str:
	.long	.LC108
# i:
	.long	3
# str:
	.long	.LC109
# i:
	.long	255
# str:
	.long	.LC110
	.section	.modinfo,"a"
	.type	__UNIQUE_ID_SmartPowerDownEnable582, @object
	.size	__UNIQUE_ID_SmartPowerDownEnable582, 60
__UNIQUE_ID_SmartPowerDownEnable582:
	.string	"e1000.parm=SmartPowerDownEnable:Enable PHY smart power down"
	.type	__UNIQUE_ID_SmartPowerDownEnabletype581, @object
	.size	__UNIQUE_ID_SmartPowerDownEnabletype581, 49
__UNIQUE_ID_SmartPowerDownEnabletype581:
	.string	"e1000.parmtype=SmartPowerDownEnable:array of int"
	.section	__param,"a"
	.align 4
	.type	__param_SmartPowerDownEnable, @object
	.size	__param_SmartPowerDownEnable, 20
__param_SmartPowerDownEnable:
# name:
	.long	__param_str_SmartPowerDownEnable
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_SmartPowerDownEnable
	.section	.rodata
	.align 4
	.type	__param_str_SmartPowerDownEnable, @object
	.size	__param_str_SmartPowerDownEnable, 27
__param_str_SmartPowerDownEnable:
	.string	"e1000.SmartPowerDownEnable"
	.align 4
	.type	__param_arr_SmartPowerDownEnable, @object
	.size	__param_arr_SmartPowerDownEnable, 20
__param_arr_SmartPowerDownEnable:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_SmartPowerDownEnable
# ops:
	.long	param_ops_int
# elem:
	.long	SmartPowerDownEnable
	.local	num_SmartPowerDownEnable
	.comm	num_SmartPowerDownEnable,4,4
	.data
	.align 32
	.type	SmartPowerDownEnable, @object
	.size	SmartPowerDownEnable, 132
SmartPowerDownEnable:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_InterruptThrottleRate580, @object
	.size	__UNIQUE_ID_InterruptThrottleRate580, 59
__UNIQUE_ID_InterruptThrottleRate580:
	.string	"e1000.parm=InterruptThrottleRate:Interrupt Throttling Rate"
	.type	__UNIQUE_ID_InterruptThrottleRatetype579, @object
	.size	__UNIQUE_ID_InterruptThrottleRatetype579, 50
__UNIQUE_ID_InterruptThrottleRatetype579:
	.string	"e1000.parmtype=InterruptThrottleRate:array of int"
	.section	__param
	.align 4
	.type	__param_InterruptThrottleRate, @object
	.size	__param_InterruptThrottleRate, 20
__param_InterruptThrottleRate:
# name:
	.long	__param_str_InterruptThrottleRate
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_InterruptThrottleRate
	.section	.rodata
	.align 4
	.type	__param_str_InterruptThrottleRate, @object
	.size	__param_str_InterruptThrottleRate, 28
__param_str_InterruptThrottleRate:
	.string	"e1000.InterruptThrottleRate"
	.align 4
	.type	__param_arr_InterruptThrottleRate, @object
	.size	__param_arr_InterruptThrottleRate, 20
__param_arr_InterruptThrottleRate:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_InterruptThrottleRate
# ops:
	.long	param_ops_int
# elem:
	.long	InterruptThrottleRate
	.local	num_InterruptThrottleRate
	.comm	num_InterruptThrottleRate,4,4
	.data
	.align 32
	.type	InterruptThrottleRate, @object
	.size	InterruptThrottleRate, 132
InterruptThrottleRate:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_RxAbsIntDelay578, @object
	.size	__UNIQUE_ID_RxAbsIntDelay578, 58
__UNIQUE_ID_RxAbsIntDelay578:
	.string	"e1000.parm=RxAbsIntDelay:Receive Absolute Interrupt Delay"
	.type	__UNIQUE_ID_RxAbsIntDelaytype577, @object
	.size	__UNIQUE_ID_RxAbsIntDelaytype577, 42
__UNIQUE_ID_RxAbsIntDelaytype577:
	.string	"e1000.parmtype=RxAbsIntDelay:array of int"
	.section	__param
	.align 4
	.type	__param_RxAbsIntDelay, @object
	.size	__param_RxAbsIntDelay, 20
__param_RxAbsIntDelay:
# name:
	.long	__param_str_RxAbsIntDelay
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_RxAbsIntDelay
	.section	.rodata
	.align 4
	.type	__param_str_RxAbsIntDelay, @object
	.size	__param_str_RxAbsIntDelay, 20
__param_str_RxAbsIntDelay:
	.string	"e1000.RxAbsIntDelay"
	.align 4
	.type	__param_arr_RxAbsIntDelay, @object
	.size	__param_arr_RxAbsIntDelay, 20
__param_arr_RxAbsIntDelay:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_RxAbsIntDelay
# ops:
	.long	param_ops_int
# elem:
	.long	RxAbsIntDelay
	.local	num_RxAbsIntDelay
	.comm	num_RxAbsIntDelay,4,4
	.data
	.align 32
	.type	RxAbsIntDelay, @object
	.size	RxAbsIntDelay, 132
RxAbsIntDelay:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_RxIntDelay576, @object
	.size	__UNIQUE_ID_RxIntDelay576, 46
__UNIQUE_ID_RxIntDelay576:
	.string	"e1000.parm=RxIntDelay:Receive Interrupt Delay"
	.type	__UNIQUE_ID_RxIntDelaytype575, @object
	.size	__UNIQUE_ID_RxIntDelaytype575, 39
__UNIQUE_ID_RxIntDelaytype575:
	.string	"e1000.parmtype=RxIntDelay:array of int"
	.section	__param
	.align 4
	.type	__param_RxIntDelay, @object
	.size	__param_RxIntDelay, 20
__param_RxIntDelay:
# name:
	.long	__param_str_RxIntDelay
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_RxIntDelay
	.section	.rodata
	.align 4
	.type	__param_str_RxIntDelay, @object
	.size	__param_str_RxIntDelay, 17
__param_str_RxIntDelay:
	.string	"e1000.RxIntDelay"
	.align 4
	.type	__param_arr_RxIntDelay, @object
	.size	__param_arr_RxIntDelay, 20
__param_arr_RxIntDelay:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_RxIntDelay
# ops:
	.long	param_ops_int
# elem:
	.long	RxIntDelay
	.local	num_RxIntDelay
	.comm	num_RxIntDelay,4,4
	.data
	.align 32
	.type	RxIntDelay, @object
	.size	RxIntDelay, 132
RxIntDelay:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_TxAbsIntDelay574, @object
	.size	__UNIQUE_ID_TxAbsIntDelay574, 59
__UNIQUE_ID_TxAbsIntDelay574:
	.string	"e1000.parm=TxAbsIntDelay:Transmit Absolute Interrupt Delay"
	.type	__UNIQUE_ID_TxAbsIntDelaytype573, @object
	.size	__UNIQUE_ID_TxAbsIntDelaytype573, 42
__UNIQUE_ID_TxAbsIntDelaytype573:
	.string	"e1000.parmtype=TxAbsIntDelay:array of int"
	.section	__param
	.align 4
	.type	__param_TxAbsIntDelay, @object
	.size	__param_TxAbsIntDelay, 20
__param_TxAbsIntDelay:
# name:
	.long	__param_str_TxAbsIntDelay
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_TxAbsIntDelay
	.section	.rodata
	.align 4
	.type	__param_str_TxAbsIntDelay, @object
	.size	__param_str_TxAbsIntDelay, 20
__param_str_TxAbsIntDelay:
	.string	"e1000.TxAbsIntDelay"
	.align 4
	.type	__param_arr_TxAbsIntDelay, @object
	.size	__param_arr_TxAbsIntDelay, 20
__param_arr_TxAbsIntDelay:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_TxAbsIntDelay
# ops:
	.long	param_ops_int
# elem:
	.long	TxAbsIntDelay
	.local	num_TxAbsIntDelay
	.comm	num_TxAbsIntDelay,4,4
	.data
	.align 32
	.type	TxAbsIntDelay, @object
	.size	TxAbsIntDelay, 132
TxAbsIntDelay:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_TxIntDelay572, @object
	.size	__UNIQUE_ID_TxIntDelay572, 47
__UNIQUE_ID_TxIntDelay572:
	.string	"e1000.parm=TxIntDelay:Transmit Interrupt Delay"
	.type	__UNIQUE_ID_TxIntDelaytype571, @object
	.size	__UNIQUE_ID_TxIntDelaytype571, 39
__UNIQUE_ID_TxIntDelaytype571:
	.string	"e1000.parmtype=TxIntDelay:array of int"
	.section	__param
	.align 4
	.type	__param_TxIntDelay, @object
	.size	__param_TxIntDelay, 20
__param_TxIntDelay:
# name:
	.long	__param_str_TxIntDelay
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_TxIntDelay
	.section	.rodata
	.align 4
	.type	__param_str_TxIntDelay, @object
	.size	__param_str_TxIntDelay, 17
__param_str_TxIntDelay:
	.string	"e1000.TxIntDelay"
	.align 4
	.type	__param_arr_TxIntDelay, @object
	.size	__param_arr_TxIntDelay, 20
__param_arr_TxIntDelay:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_TxIntDelay
# ops:
	.long	param_ops_int
# elem:
	.long	TxIntDelay
	.local	num_TxIntDelay
	.comm	num_TxIntDelay,4,4
	.data
	.align 32
	.type	TxIntDelay, @object
	.size	TxIntDelay, 132
TxIntDelay:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_XsumRX570, @object
	.size	__UNIQUE_ID_XsumRX570, 61
__UNIQUE_ID_XsumRX570:
	.string	"e1000.parm=XsumRX:Disable or enable Receive Checksum offload"
	.type	__UNIQUE_ID_XsumRXtype569, @object
	.size	__UNIQUE_ID_XsumRXtype569, 35
__UNIQUE_ID_XsumRXtype569:
	.string	"e1000.parmtype=XsumRX:array of int"
	.section	__param
	.align 4
	.type	__param_XsumRX, @object
	.size	__param_XsumRX, 20
__param_XsumRX:
# name:
	.long	__param_str_XsumRX
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_XsumRX
	.section	.rodata
	.align 4
	.type	__param_str_XsumRX, @object
	.size	__param_str_XsumRX, 13
__param_str_XsumRX:
	.string	"e1000.XsumRX"
	.align 4
	.type	__param_arr_XsumRX, @object
	.size	__param_arr_XsumRX, 20
__param_arr_XsumRX:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_XsumRX
# ops:
	.long	param_ops_int
# elem:
	.long	XsumRX
	.local	num_XsumRX
	.comm	num_XsumRX,4,4
	.data
	.align 32
	.type	XsumRX, @object
	.size	XsumRX, 132
XsumRX:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_FlowControl568, @object
	.size	__UNIQUE_ID_FlowControl568, 44
__UNIQUE_ID_FlowControl568:
	.string	"e1000.parm=FlowControl:Flow Control setting"
	.type	__UNIQUE_ID_FlowControltype567, @object
	.size	__UNIQUE_ID_FlowControltype567, 40
__UNIQUE_ID_FlowControltype567:
	.string	"e1000.parmtype=FlowControl:array of int"
	.section	__param
	.align 4
	.type	__param_FlowControl, @object
	.size	__param_FlowControl, 20
__param_FlowControl:
# name:
	.long	__param_str_FlowControl
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_FlowControl
	.section	.rodata
	.align 4
	.type	__param_str_FlowControl, @object
	.size	__param_str_FlowControl, 18
__param_str_FlowControl:
	.string	"e1000.FlowControl"
	.align 4
	.type	__param_arr_FlowControl, @object
	.size	__param_arr_FlowControl, 20
__param_arr_FlowControl:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_FlowControl
# ops:
	.long	param_ops_int
# elem:
	.long	FlowControl
	.local	num_FlowControl
	.comm	num_FlowControl,4,4
	.data
	.align 32
	.type	FlowControl, @object
	.size	FlowControl, 132
FlowControl:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_AutoNeg566, @object
	.size	__UNIQUE_ID_AutoNeg566, 55
__UNIQUE_ID_AutoNeg566:
	.string	"e1000.parm=AutoNeg:Advertised auto-negotiation setting"
	.type	__UNIQUE_ID_AutoNegtype565, @object
	.size	__UNIQUE_ID_AutoNegtype565, 36
__UNIQUE_ID_AutoNegtype565:
	.string	"e1000.parmtype=AutoNeg:array of int"
	.section	__param
	.align 4
	.type	__param_AutoNeg, @object
	.size	__param_AutoNeg, 20
__param_AutoNeg:
# name:
	.long	__param_str_AutoNeg
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_AutoNeg
	.section	.rodata
	.align 4
	.type	__param_str_AutoNeg, @object
	.size	__param_str_AutoNeg, 14
__param_str_AutoNeg:
	.string	"e1000.AutoNeg"
	.align 4
	.type	__param_arr_AutoNeg, @object
	.size	__param_arr_AutoNeg, 20
__param_arr_AutoNeg:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_AutoNeg
# ops:
	.long	param_ops_int
# elem:
	.long	AutoNeg
	.local	num_AutoNeg
	.comm	num_AutoNeg,4,4
	.data
	.align 32
	.type	AutoNeg, @object
	.size	AutoNeg, 132
AutoNeg:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_Duplex564, @object
	.size	__UNIQUE_ID_Duplex564, 33
__UNIQUE_ID_Duplex564:
	.string	"e1000.parm=Duplex:Duplex setting"
	.type	__UNIQUE_ID_Duplextype563, @object
	.size	__UNIQUE_ID_Duplextype563, 35
__UNIQUE_ID_Duplextype563:
	.string	"e1000.parmtype=Duplex:array of int"
	.section	__param
	.align 4
	.type	__param_Duplex, @object
	.size	__param_Duplex, 20
__param_Duplex:
# name:
	.long	__param_str_Duplex
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_Duplex
	.section	.rodata
	.align 4
	.type	__param_str_Duplex, @object
	.size	__param_str_Duplex, 13
__param_str_Duplex:
	.string	"e1000.Duplex"
	.align 4
	.type	__param_arr_Duplex, @object
	.size	__param_arr_Duplex, 20
__param_arr_Duplex:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_Duplex
# ops:
	.long	param_ops_int
# elem:
	.long	Duplex
	.local	num_Duplex
	.comm	num_Duplex,4,4
	.data
	.align 32
	.type	Duplex, @object
	.size	Duplex, 132
Duplex:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_Speed562, @object
	.size	__UNIQUE_ID_Speed562, 31
__UNIQUE_ID_Speed562:
	.string	"e1000.parm=Speed:Speed setting"
	.type	__UNIQUE_ID_Speedtype561, @object
	.size	__UNIQUE_ID_Speedtype561, 34
__UNIQUE_ID_Speedtype561:
	.string	"e1000.parmtype=Speed:array of int"
	.section	__param
	.align 4
	.type	__param_Speed, @object
	.size	__param_Speed, 20
__param_Speed:
# name:
	.long	__param_str_Speed
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_Speed
	.section	.rodata
	.align 4
	.type	__param_str_Speed, @object
	.size	__param_str_Speed, 12
__param_str_Speed:
	.string	"e1000.Speed"
	.align 4
	.type	__param_arr_Speed, @object
	.size	__param_arr_Speed, 20
__param_arr_Speed:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_Speed
# ops:
	.long	param_ops_int
# elem:
	.long	Speed
	.local	num_Speed
	.comm	num_Speed,4,4
	.data
	.align 32
	.type	Speed, @object
	.size	Speed, 132
Speed:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_RxDescriptors560, @object
	.size	__UNIQUE_ID_RxDescriptors560, 55
__UNIQUE_ID_RxDescriptors560:
	.string	"e1000.parm=RxDescriptors:Number of receive descriptors"
	.type	__UNIQUE_ID_RxDescriptorstype559, @object
	.size	__UNIQUE_ID_RxDescriptorstype559, 42
__UNIQUE_ID_RxDescriptorstype559:
	.string	"e1000.parmtype=RxDescriptors:array of int"
	.section	__param
	.align 4
	.type	__param_RxDescriptors, @object
	.size	__param_RxDescriptors, 20
__param_RxDescriptors:
# name:
	.long	__param_str_RxDescriptors
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_RxDescriptors
	.section	.rodata
	.align 4
	.type	__param_str_RxDescriptors, @object
	.size	__param_str_RxDescriptors, 20
__param_str_RxDescriptors:
	.string	"e1000.RxDescriptors"
	.align 4
	.type	__param_arr_RxDescriptors, @object
	.size	__param_arr_RxDescriptors, 20
__param_arr_RxDescriptors:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_RxDescriptors
# ops:
	.long	param_ops_int
# elem:
	.long	RxDescriptors
	.local	num_RxDescriptors
	.comm	num_RxDescriptors,4,4
	.data
	.align 32
	.type	RxDescriptors, @object
	.size	RxDescriptors, 132
RxDescriptors:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.section	.modinfo
	.type	__UNIQUE_ID_TxDescriptors558, @object
	.size	__UNIQUE_ID_TxDescriptors558, 56
__UNIQUE_ID_TxDescriptors558:
	.string	"e1000.parm=TxDescriptors:Number of transmit descriptors"
	.type	__UNIQUE_ID_TxDescriptorstype557, @object
	.size	__UNIQUE_ID_TxDescriptorstype557, 42
__UNIQUE_ID_TxDescriptorstype557:
	.string	"e1000.parmtype=TxDescriptors:array of int"
	.section	__param
	.align 4
	.type	__param_TxDescriptors, @object
	.size	__param_TxDescriptors, 20
__param_TxDescriptors:
# name:
	.long	__param_str_TxDescriptors
# mod:
	.long	0
# ops:
	.long	param_array_ops
# perm:
	.value	0
# level:
	.byte	-1
# flags:
	.byte	0
# <anonymous>:
# arr:
	.long	__param_arr_TxDescriptors
	.section	.rodata
	.align 4
	.type	__param_str_TxDescriptors, @object
	.size	__param_str_TxDescriptors, 20
__param_str_TxDescriptors:
	.string	"e1000.TxDescriptors"
	.align 4
	.type	__param_arr_TxDescriptors, @object
	.size	__param_arr_TxDescriptors, 20
__param_arr_TxDescriptors:
# max:
	.long	33
# elemsize:
	.long	4
# num:
	.long	num_TxDescriptors
# ops:
	.long	param_ops_int
# elem:
	.long	TxDescriptors
	.local	num_TxDescriptors
	.comm	num_TxDescriptors,4,4
	.data
	.align 32
	.type	TxDescriptors, @object
	.size	TxDescriptors, 132
TxDescriptors:
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.long	-1
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
