# Reproducer (design): one bitmap of indirect targets for calls and jumps. `.svm_targets` holds
# the function `pick` (its address is taken: a function pointer) and the cases of its switch
# (jump-table entries). The check before `call *%r` only asks "is the target's bit set", so a
# function pointer dom0 overwrites with the address of `.L3` passes it: `.L3` then runs as if
# called, with the return address where it expects its saved %ebx; `popl %ebx; ret` returns
# through the caller's next stack word. The verifier's default model (the brief's) lets a jump
# landing be reached from its own function's `jmp *` only; `verify --strict` treats every landing
# as a possible call target and rejected the rewritten output (a return at depth 4, through a
# word that is no return address).
# Fixed: every `ret` checks the word it returns through (abi.ts, return-site CFI): a module address
# must be a return site (right after a call), anything else leaves through the runtime, which lets
# the hypervisor instance return only to its caller. `.L3`'s `ret` at depth 4 then reaches a return
# site or aborts; `verify --strict` (each landing analysed as an entry of its own) accepts it.
# Still true: the bitmap is one set, so a call may land on `.L3` — see the report on landings in
# frame-pointer functions, whose %ebp is then the caller's.
	.text
	.globl	pick
	.type	pick, @function
pick:
	pushl	%ebx
	movl	%edx, %ebx
	cmpl	$2, %eax
	ja	.L2
	jmp	*.L4(,%eax,4)
	.section	.rodata
	.align 4
.L4:
	.long	.L2
	.long	.L3
	.long	.L5
	.text
.L3:
	movl	(%ebx), %eax
	popl	%ebx
	ret
.L5:
	movl	4(%ebx), %eax
	popl	%ebx
	ret
.L2:
	xorl	%eax, %eax
	popl	%ebx
	ret
	.size	pick, .-pick
	.globl	call_it
	.type	call_it, @function
call_it:
	movl	ops, %ecx
	jmp	*%ecx
	.size	call_it, .-call_it
	.data
	.align 4
ops:
	.long	pick
