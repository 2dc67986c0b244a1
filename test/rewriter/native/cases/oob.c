/*
 * cases/oob.c — what the rewritten module must NOT be able to do, one scenario per run (argv[1]):
 *   global   read a runtime (hypervisor) global           -> __svm_slow refuses: exit 42
 *   wglobal  write a runtime global                        -> exit 42, the write never happens
 *   stack    dereference a pointer to the test main's local -> exit 42 (the main's stack is neither
 *            dom0 nor the running invocation's driver stack)
 *   above    dereference a pointer just above the driver stack (its guard) -> exit 42
 *   local    a pointer to the module's own local, passed to a callee -> runs (exit 0): the running
 *            invocation's stack is addressable (an identity stlb entry, dropped when it returns)
 *   null     dereference NULL + 0x1000                     -> exit 42 (original: SIGSEGV, 47)
 *   viewb    dereference a hypervisor-view (view B) address -> exit 42
 *   text     read module code through a data pointer       -> exit 42
 *   stackidx stack-indexed access that lands off the stack -> __svm_stack_fault: exit 45
 *   midfn    call a pointer into the middle of a function  -> __svm_bad_target: exit 44
 *   forbid   call a pointer to a non-allowed runtime routine -> __svm_call_xlate: exit 43
 *   allowed  call a pointer to an allowed runtime routine  -> runs (exit 0)
 * The original build runs every scenario to completion (except null), which shows each one is a
 * containment decision of the rewritten code, not a bug of the scenario.
 */
#include "svm_native.h"

u32 peek(const u32 *p);
void poke(u32 *p, u32 v);
u32 via_local(u32 seed);
u32 stack_peek(const u8 *p);
u32 call_ptr(u32 (*fn)(u32), u32 v);
u32 twin_entry(u32 v);
extern u32 g_word;
extern u32 (*const twin_ptr)(u32);

#ifdef SVM_MODULE

u32 g_word = 0x600dd00d;

u32 peek(const u32 *p) { return *p; }
void poke(u32 *p, u32 v) { *p = v; }

static noinline u32 sum_through(const u32 *p, u32 n)
{
	u32 s = 0;
	for (u32 i = 0; i < n; i++) s += p[i];
	return s;
}

/* A pointer to a local, passed to a non-inlined function: its accesses are translated. */
u32 via_local(u32 seed)
{
	u32 local[4] = { seed, seed * 3, seed ^ 0xff, 7 };
	__asm__ __volatile__("" : : "r"(local) : "memory");
	return sum_through(local, 4);
}

/* buf[p - buf]: an %ebp-indexed access (stack-checked, not translated) that reaches *p. */
u32 stack_peek(const u8 *p)
{
	volatile u8 buf[16];
	u32 i = (u32)p, b = (u32)buf;
	buf[0] = 1;
	buf[15] = 2;
	__asm__("" : "+r"(i));
	__asm__("" : "+r"(b));
	return buf[0] + buf[15] + buf[i - b];
}

u32 call_ptr(u32 (*fn)(u32), u32 v) { return fn(v) + 1; }

/* A function whose byte 1 starts a valid instruction sequence: entering at +1 works natively. */
__asm__(".text\n"
	"\t.globl\ttwin_entry\n"
	"\t.type\ttwin_entry, @function\n"
	"twin_entry:\n"
	"\tnop\n"
	"\tleal\t0x55(%eax), %eax\n"
	"\tret\n"
	"\t.size\ttwin_entry, .-twin_entry\n");

/* Taking its address in the module makes twin_entry (not twin_entry+1) an indirect target. */
u32 (*const twin_ptr)(u32) = twin_entry;

#else /* test main */

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	u32 r = 0;
	out_str("before\n");
	if (str_eq(what, "global")) r = M(peek, &rt_private_word);
	else if (str_eq(what, "wglobal")) { MV(poke, &rt_private_word, 0xbad); r = rt_private_word; }
	else if (str_eq(what, "stack")) { u32 mine = 0x5eed; r = M(peek, &mine); }
	else if (str_eq(what, "above")) r = M(peek, (const u32 *)(rt_stack_hi() + 16));
	else if (str_eq(what, "local")) r = M(via_local, 5);
	else if (str_eq(what, "null")) r = M(peek, (const u32 *)0x1000);
	else if (str_eq(what, "viewb")) r = M(peek, (const u32 *)(0x40000000 + ((u32)&g_word - 0x20000000)));
	else if (str_eq(what, "text")) r = M(peek, (const u32 *)peek);
	else if (str_eq(what, "stackidx")) r = M(stack_peek, (const u8 *)&g_word);
	else if (str_eq(what, "midfn")) r = M(call_ptr, (u32 (*)(u32))((char *)twin_ptr + 1), 1);
	else if (str_eq(what, "forbid")) r = M(call_ptr, rt_ext_forbidden, 0x1234);
	else if (str_eq(what, "allowed")) r = M(call_ptr, rt_ext_count, 0x1234);
	else {
		/* No scenario: the same functions on legitimate data. */
		u32 *w = rt_alloc(4, 4);
		*w = 0x11;
		r = M(peek, w) + M(peek, &g_word);
		MV(poke, w, 0x22);
		CHECK_EQ(*w, 0x22);
		r += M(call_ptr, twin_ptr, 1);
	}
	out_kv("after", r);
	return 0;
}
#endif
