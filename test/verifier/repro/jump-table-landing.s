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
# Then (the bitmap is still one set): in the frame-pointer function `pick_fp`, a call (or another
# function's jump table) landing on `.L13` ran `movl -8(%ebp), %eax` and `leave` with the caller's
# %ebp — a write through it could reach any memory, guest memory included; the default verifier
# did not see it (landings only from their own function), `verify --strict` rejected the output.
# Fixed: a landing of a frame-pointer function that reads %ebp checks it against the stack first
# (rewrite.ts landingCheck), and strict — each landing also an entry of its own, %ebp unchecked
# there — is the verifier's default and the loader gate's.
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
	.globl	pick_fp
	.type	pick_fp, @function
pick_fp:
	pushl	%ebp
	movl	%esp, %ebp
	subl	$8, %esp
	movl	%edx, -8(%ebp)
	cmpl	$1, %eax
	ja	.L12
	jmp	*.L14(,%eax,4)
	.section	.rodata
	.align 4
.L14:
	.long	.L12
	.long	.L13
	.text
.L13:
	movl	-8(%ebp), %eax
	movl	(%eax), %eax
	leave
	ret
.L12:
	xorl	%eax, %eax
	leave
	ret
	.size	pick_fp, .-pick_fp
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
