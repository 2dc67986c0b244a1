/*
 * runtime.S — the assembly half of the native SVM test runtime (freestanding i386 Linux, raw
 * `int $0x80` only). Owns: the entry point, the SVM ABI entry points whose contract is about
 * registers (src/svm-runtime/abi.ts: __svm_slow, __svm_call_xlate, __svm_bad_target,
 * __svm_stack_fault, __svm_ret_out, __svm_bad_return, the port-I/O helpers __svm_io_*), the
 * trampoline that runs module code on the driver stack (rt_tramp), and the raw syscall gate. Policy (what is dom0, what is allowed, what to
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
 * __svm_slow: stack [esp+4] = dom0 va, [esp+8] = site label. The policy is svm_slow_c's
 * (runtime.c): a region address gets the entry ((va >> 12) & 0xfff) with tag = va & ~0xfff,
 * mapped = view B + (tag - region start) (the hypervisor view of the same memfd page; view B is
 * contiguous, so mapped starts a window covering [tag, tag + 8 KiB) as abi.ts requires, with a
 * PROT_NONE page after the region's last page); an address in the running invocation's driver
 * stack gets an identity entry (platform-c/include/twin/svm-stack.h, the hypervisor's own rule);
 * anything else never gets an entry: svm_die_slow prints it and exits 42. The translation
 * replaces [esp+4]. Preserves every general register and EFLAGS (the C runs with DF clear).
 */
	.globl	__svm_slow
	.type	__svm_slow, @function
__svm_slow:
	pushfl
	pushl	%eax
	pushl	%ecx
	pushl	%edx
	cld
	movl	20(%esp), %eax			/* va */
	movl	24(%esp), %edx			/* site */
	call	svm_slow_c			/* the translation, or exits */
	movl	%eax, 20(%esp)			/* replaces va in the caller's slot */
	popl	%edx
	popl	%ecx
	popl	%eax
	popfl
	ret
	.size	__svm_slow, .-__svm_slow

/*
 * rt_tramp: how a test main calls a module function (M()/MV() in svm_native.h): with the
 * module's own arguments (%eax, %edx, %ecx and up to 8 stack words, copied), on the DRIVER stack
 * [__svm_stack_lo, __svm_stack_hi) — its own mapping with 64 KiB unmapped guards, as the
 * hypervisor gives its instance — and with the stack window of the invocation open in between
 * (svm_invoke_begin/end in runtime.c). The function to call is in rt_next. Returns %eax:%edx.
 */
	.globl	rt_tramp
	.type	rt_tramp, @function
rt_tramp:
	movl	%eax, rt_sv_eax
	movl	%ecx, rt_sv_ecx
	movl	%edx, rt_sv_edx
	movl	%esp, rt_saved_esp
	call	svm_invoke_begin
	movl	rt_saved_esp, %eax
	movl	__svm_stack_hi, %esp
	pushl	32(%eax)
	pushl	28(%eax)
	pushl	24(%eax)
	pushl	20(%eax)
	pushl	16(%eax)
	pushl	12(%eax)
	pushl	8(%eax)
	pushl	4(%eax)
	movl	rt_sv_eax, %eax
	movl	rt_sv_ecx, %ecx
	movl	rt_sv_edx, %edx
	call	*rt_next
	movl	rt_saved_esp, %esp
	pushl	%eax
	pushl	%edx
	call	svm_invoke_end
	popl	%edx
	popl	%eax
	ret
	.size	rt_tramp, .-rt_tramp

/*
 * Port I/O helpers (__svm_io_*, src/rewriter/sites/portio.ts): the instruction's semantics
 * (registers in and out as the instruction uses them, EFLAGS kept) after the runtime checks the
 * port is the test device's (runtime.c svm_io; any other port: exit 49). Each saves what the C
 * may change and passes (op, frame) to svm_io: op = size | 32 for out | 64 for a string form |
 * 128 for rep; the frame holds the registers as pushal pushed them.
 */
#define IO_HELPER(name, op)		\
	.globl	name;			\
	.type	name, @function;	\
name:					\
	pushfl;				\
	pushal;				\
	cld;				\
	movl	$op, %eax;		\
	movl	%esp, %edx;		\
	call	svm_io;			\
	popal;				\
	popfl;				\
	ret;				\
	.size	name, .-name

IO_HELPER(__svm_io_inb, 1)
IO_HELPER(__svm_io_inw, 2)
IO_HELPER(__svm_io_inl, 4)
IO_HELPER(__svm_io_outb, 1 | 32)
IO_HELPER(__svm_io_outw, 2 | 32)
IO_HELPER(__svm_io_outl, 4 | 32)
IO_HELPER(__svm_io_insb, 1 | 64)
IO_HELPER(__svm_io_insw, 2 | 64)
IO_HELPER(__svm_io_insl, 4 | 64)
IO_HELPER(__svm_io_outsb, 1 | 32 | 64)
IO_HELPER(__svm_io_outsw, 2 | 32 | 64)
IO_HELPER(__svm_io_outsl, 4 | 32 | 64)
IO_HELPER(__svm_io_rep_insb, 1 | 64 | 128)
IO_HELPER(__svm_io_rep_insw, 2 | 64 | 128)
IO_HELPER(__svm_io_rep_insl, 4 | 64 | 128)
IO_HELPER(__svm_io_rep_outsb, 1 | 32 | 64 | 128)
IO_HELPER(__svm_io_rep_outsw, 2 | 32 | 64 | 128)
IO_HELPER(__svm_io_rep_outsl, 4 | 32 | 64 | 128)

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
