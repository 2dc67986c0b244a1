/*
 * runtime.S — the assembly half of the native SVM test runtime (freestanding i386 Linux, raw
 * `int $0x80` only). Owns: the entry point, the SVM ABI entry points whose contract is about
 * registers (src/svm-runtime/abi.ts: __svm_slow, __svm_call_xlate, __svm_bad_target,
 * __svm_stack_fault, __svm_ret_out, __svm_bad_return), and the raw syscall gate. Policy (what is dom0, what is allowed, what to
 * print) lives in runtime.c; everything here only moves registers to and from it.
 *
 * Calling convention into runtime.c: -mregparm=3 (args in %eax, %edx, %ecx; callee saves %ebx,
 * %esi, %edi, %ebp). The SVM entry points are called from rewritten code at arbitrary points where
 * every register may be live, so each one saves the three caller-saved registers itself; EFLAGS may
 * change (the rewriter saves flags around inserted code where they are live).
 */

	.text

/* _start: the kernel leaves argc at (%esp); svm_start(initial %esp) never returns. */
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp
	movl	%esp, %eax
	call	svm_start
	hlt
	.size	_start, .-_start

/*
 * __svm_slow: stack [esp+4] = dom0 va, [esp+8] = site label. Fills stlb entry
 * ((va >> 12) & 0xfff) with tag = va & ~0xfff, mapped = view B + (tag - region start) (the hypervisor
 * view of the same memfd page; view B is contiguous, so mapped starts a window covering
 * [tag, tag + 8 KiB) as abi.ts requires, with a PROT_NONE page after the region's last page), and
 * replaces [esp+4] by the translation mapped + (va & 0xfff). Preserves every general register.
 * A va outside [__svm_region_start, +__svm_region_size) never gets an entry: svm_die_slow prints it
 * and exits 42.
 */
	.globl	__svm_slow
	.type	__svm_slow, @function
__svm_slow:
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	movl	16(%esp), %eax			/* va */
	movl	%eax, %edx
	subl	$__svm_region_start, %edx	/* offset in the region (unsigned) */
	cmpl	$__svm_region_size, %edx
	jae	1f
	andl	$0xfffff000, %edx
	addl	$__svm_view_b, %edx		/* mapped: start of the page in view B */
	andl	$0xfffff000, %eax		/* tag */
	movl	%eax, %ecx
	shrl	$9, %ecx
	andl	$0x7ff8, %ecx			/* entry offset, as the fast path computes it */
	movl	%eax, __svm_stlb(%ecx)
	movl	%edx, __svm_stlb+4(%ecx)
	movl	16(%esp), %eax
	andl	$0xfff, %eax
	addl	%edx, %eax
	movl	%eax, 16(%esp)			/* the translation replaces va in the caller's slot */
	incl	svm_fill_count
	popl	%edx
	popl	%ecx
	popl	%eax
	ret
1:	movl	16(%esp), %eax
	movl	20(%esp), %edx
	call	svm_die_slow			/* (va, site): never returns */
	hlt
	.size	__svm_slow, .-__svm_slow

/*
 * __svm_call_xlate: [esp+4] = target (outside the module text), [esp+8] = site. Returns with the
 * routine to call in [esp+4]: natively the allowed routines are called where they are, so an
 * allowed target is left unchanged; anything else exits 43 (in svm_xlate).
 */
	.globl	__svm_call_xlate
	.type	__svm_call_xlate, @function
__svm_call_xlate:
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	movl	16(%esp), %eax
	movl	20(%esp), %edx
	call	svm_xlate			/* returns the routine address in %eax */
	movl	%eax, 16(%esp)
	popl	%edx
	popl	%ecx
	popl	%eax
	ret
	.size	__svm_call_xlate, .-__svm_call_xlate

/* __svm_bad_target: (target, site), module text at a non-target offset: exit 44. */
	.globl	__svm_bad_target
	.type	__svm_bad_target, @function
__svm_bad_target:
	movl	4(%esp), %eax
	movl	8(%esp), %edx
	call	svm_die_bad_target
	hlt
	.size	__svm_bad_target, .-__svm_bad_target

/* __svm_stack_fault: (address, site), stack-checked access outside [lo, hi): exit 45. */
	.globl	__svm_stack_fault
	.type	__svm_stack_fault, @function
__svm_stack_fault:
	movl	4(%esp), %eax
	movl	8(%esp), %edx
	call	svm_die_stack
	hlt
	.size	__svm_stack_fault, .-__svm_stack_fault

/*
 * __svm_ret_out: a checked `ret` whose return address leaves the module text: [esp+4] = site,
 * [esp+8] = that return address. Natively the module is entered only from the test main (never-
 * rewritten code outside the module text), so every such return goes back to it: drop the stub's
 * return address and the site, and return. Registers (%eax/%edx results) are untouched; EFLAGS
 * are dead at a return.
 */
	.globl	__svm_ret_out
	.type	__svm_ret_out, @function
__svm_ret_out:
	leal	8(%esp), %esp
	ret
	.size	__svm_ret_out, .-__svm_ret_out

/* __svm_bad_return: (address, site), a return into module text that is not a return site: exit 48. */
	.globl	__svm_bad_return
	.type	__svm_bad_return, @function
__svm_bad_return:
	movl	4(%esp), %eax
	movl	8(%esp), %edx
	call	svm_die_bad_return
	hlt
	.size	__svm_bad_return, .-__svm_bad_return

/*
 * long svm_syscall(long nr, long a1, ..., long a6), all arguments on the stack (declared
 * regparm(0) in runtime.c): the i386 Linux convention is %eax = nr, %ebx %ecx %edx %esi %edi %ebp =
 * arguments, result (or -errno) in %eax.
 */
	.globl	svm_syscall
	.type	svm_syscall, @function
svm_syscall:
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	%ebp
	movl	20(%esp), %eax
	movl	24(%esp), %ebx
	movl	28(%esp), %ecx
	movl	32(%esp), %edx
	movl	36(%esp), %esi
	movl	40(%esp), %edi
	movl	44(%esp), %ebp
	int	$0x80
	popl	%ebp
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
	.size	svm_syscall, .-svm_syscall

/* Signal return trampoline (SA_RESTORER): rt_sigreturn. Our handlers exit, but the ABI wants one. */
	.globl	svm_sigreturn
	.type	svm_sigreturn, @function
svm_sigreturn:
	movl	$173, %eax
	int	$0x80
	hlt
	.size	svm_sigreturn, .-svm_sigreturn

	.section	.note.GNU-stack, "", @progbits
