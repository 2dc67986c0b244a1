// SPDX-License-Identifier: MIT
/*
 * The SVM runtime's hypervisor side (thesis §4.2.1, src/svm-runtime/abi.ts): the stlb, the slow
 * path that maps dom0 pages into hypervisor windows, the stlb_call translation of kernel routine
 * addresses, and the checked return out of the hypervisor instance.  The hypervisor instance of
 * the driver and the hypervisor's own code (D(), place-hv.h) share this stlb.
 *
 * Slow path: a dom0 page gets a 3-page window [guard][page][next page] in [win_base, win_limit)
 * of the hypervisor region, mapped to the frames dom0's page table gives, when dom0 owns them
 * (frame table).  Anything else is refused: a hypervisor address, an unmapped page, a frame of
 * another domain.  Known pages (stlb collisions) are found again in a hash of the windows made.
 * Windows are reclaimed only between driver invocations (the rewritten code keeps translations
 * in registers across blocks); an invocation that needs more than the free half is aborted.
 *
 * The driver's own stack: while an invocation runs, an address in its stack gets an identity
 * entry (twin/svm-stack.h, shared with the native test runtime), dropped when it returns
 * (driver.c): pointers to locals (&val for a PHY read, memset of a local, va_list) work.
 *
 * The instance's virtual interrupt flag (`__svm_vif`, abi.ts): svm_vif, a byte the rewritten
 * cli/sti/popf write (1 = masked); the hypervisor honours it before it runs the driver's
 * interrupt handler (net.c hv_softirq), as it honours dom0's.
 *
 * Entry stubs (the rewritten code's calling convention, abi.ts):
 *   __svm_slow        [ret][va][site]     -> translation in the va slot, every register kept
 *   __svm_call_xlate  [ret][target][site] -> hypervisor address in the target slot
 *   __svm_ret_out     [ret][site][to]     -> returns to `to` when it is where the invocation came
 *                                            from (CALL_RETURN_VA), else aborts (bad-return)
 */
#include <twin/hv.h>
#include <twin/lib.h>
#include <twin/svm-stack.h>

struct stlb_entry __svm_stlb[STLB_ENTRIES] __aligned(4096);

/* The driver stack's window (identity entries for the running invocation's stack). */
struct svm_stack_window svm_stack;
/* The hypervisor instance's virtual interrupt flag: 1 = masked (the rewritten cli/sti/popf). */
u8 svm_vif;

#define WINDOW_BYTES (3 * PAGE_SIZE)
#define MAX_WINDOWS 4096
#define CHAIN_SLOTS 8192 /* power of two, > 2 * MAX_WINDOWS */

u32 svm_win_base, svm_win_limit, svm_next_window;
u32 svm_invocations;
/* Hash of dom0 page -> window (open addressing; page 1 = empty: never a page address). */
u32 svm_chain_page[CHAIN_SLOTS];
u32 svm_chain_win[CHAIN_SLOTS];
u32 svm_windows, svm_flushes, svm_slow_calls, svm_refusals;
const u32 svm_chain_slots = CHAIN_SLOTS;

/* stlb_call: dom0 kernel routine address -> hypervisor address, sorted by dom0 address. */
#define MAX_XLATE 512
u32 xlate_from[MAX_XLATE], xlate_to[MAX_XLATE];
u32 xlate_count, xlate_calls;

static void stlb_clear(void)
{
	u32 i;

	/* Entry i holds a tag whose index bits differ from i: it never matches. */
	for (i = 0; i < STLB_ENTRIES; i++) {
		__svm_stlb[i].tag = (i ^ 0x800) << PAGE_SHIFT;
		__svm_stlb[i].mapped = 0;
	}
}

static void chain_clear(void)
{
	u32 i;

	for (i = 0; i < CHAIN_SLOTS; i++)
		svm_chain_page[i] = 1;
}

/* The driver stack [lo, hi) (boot: the host's layout); 0 or -1. */
int svm_set_stack(u32 lo, u32 hi)
{
	return svm_stack_setup(&svm_stack, lo, hi);
}

/* An invocation starts / ends on the driver stack (driver.c). */
void svm_stack_enter(void)
{
	svm_stack_open(&svm_stack);
}

void svm_stack_leave(void)
{
	svm_stack_close(&svm_stack, (unsigned int *)__svm_stlb);
}

void svm_init(u32 win_base, u32 win_limit)
{
	svm_win_base = win_base;
	svm_win_limit = win_limit;
	svm_next_window = win_base;
	stlb_clear();
	chain_clear();
}

static u32 chain_slot(u32 page)
{
	u32 h = (page >> PAGE_SHIFT) * 2654435761U;

	return h >> (32 - 13);
}

static u32 chain_find(u32 page)
{
	u32 i = chain_slot(page), n;

	for (n = 0; n < CHAIN_SLOTS; n++, i = (i + 1) & (CHAIN_SLOTS - 1)) {
		if (svm_chain_page[i] == page)
			return svm_chain_win[i];
		if (svm_chain_page[i] == 1)
			return 0;
	}
	return 0;
}

static void chain_add(u32 page, u32 win)
{
	u32 i = chain_slot(page);

	while (svm_chain_page[i] != 1)
		i = (i + 1) & (CHAIN_SLOTS - 1);
	svm_chain_page[i] = page;
	svm_chain_win[i] = win;
}

u32 svm_next_window_used(void)
{
	return svm_next_window - svm_win_base;
}

u32 svm_window_area(void)
{
	return svm_win_limit - svm_win_base;
}

void svm_flush(void)
{
	u32 w;

	for (w = svm_win_base; w < svm_next_window; w += WINDOW_BYTES) {
		__hw_set_pte(DOMID_XEN, w + PAGE_SIZE, 0);
		__hw_set_pte(DOMID_XEN, w + 2 * PAGE_SIZE, 0);
	}
	svm_next_window = svm_win_base;
	chain_clear();
	stlb_clear();
	svm_flushes++;
}

static __always_inline u32 stlb_fill(u32 page, u32 win, u32 va)
{
	struct stlb_entry *e = &__svm_stlb[(page >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];

	e->tag = page;
	e->mapped = win;
	return win + (va & ~PAGE_MASK);
}

u32 svm_translate(u32 va, const char **why)
{
	u32 page = va & PAGE_MASK, win, pte, next;

	svm_slow_calls++;
	/* The running invocation's own stack: an identity entry (twin/svm-stack.h). */
	if (svm_stack_covers(&svm_stack, va))
		return svm_stack_fill(&svm_stack, (unsigned int *)__svm_stlb, va);
	win = chain_find(page);
	if (win)
		return stlb_fill(page, win, va);
	if (va >= HV_REGION_START) {
		*why = "is hypervisor memory";
		return 0;
	}
	pte = __hw_pte(DOMID_DOM0, va);
	if (!(pte & PTE_P)) {
		*why = "is not mapped in dom0";
		return 0;
	}
	if (!dom0_owns(pte >> PAGE_SHIFT)) {
		*why = "maps a frame dom0 does not own";
		return 0;
	}
	if (svm_next_window + WINDOW_BYTES > svm_win_limit) {
		/* Inside an invocation the driver may hold translations: refuse rather than move
		 * windows under it.  Outside one (hypercall paths) nothing holds them. */
		if (svm_invocations) {
			*why = "exhausts the window area within one driver invocation";
			return 0;
		}
		svm_flush();
	}
	win = svm_next_window + PAGE_SIZE;
	svm_next_window += WINDOW_BYTES;
	__hw_set_pte(DOMID_XEN, win, (pte & PAGE_MASK) | (pte & PTE_W) | PTE_P);
	/* The next page too (accesses may straddle) when it is dom0's; else it stays unmapped. */
	if (page + PAGE_SIZE < HV_REGION_START) {
		next = __hw_pte(DOMID_DOM0, page + PAGE_SIZE);
		if ((next & PTE_P) && dom0_owns(next >> PAGE_SHIFT))
			__hw_set_pte(DOMID_XEN, win + PAGE_SIZE, (next & PAGE_MASK) | (next & PTE_W) | PTE_P);
	}
	chain_add(page, win);
	svm_windows++;
	return stlb_fill(page, win, va);
}

void *svm_try(u32 va)
{
	const struct stlb_entry *e = &__svm_stlb[(va >> PAGE_SHIFT) & (STLB_ENTRIES - 1)];
	const char *why = "";
	u32 off = va ^ e->tag;

	if (likely(off <= 0xfff))
		return (void *)(off + e->mapped);
	return (void *)svm_translate(va, &why);
}

/* The host's view of a translation (tests, port-I/O helpers): the translation or 0. */
u32 svm_translate_host(u32 va)
{
	const char *why = "";

	return svm_translate(va, &why);
}

static void __attribute__((noreturn)) refuse(u32 va, u32 site, const char *why)
{
	svm_refusals++;
	__hw_abort(SAFETY_SVM_ACCESS, va, site, why);
}

/* D()'s slow path (the hypervisor's own accesses on behalf of the driver). */
void *svm_slow_hv(u32 va)
{
	const char *why = "";
	u32 t = svm_translate(va, &why);

	if (!t)
		refuse(va, 0, why);
	return (void *)t;
}

/* __svm_slow's C half (regparm: va in %eax, site in %edx). */
u32 svm_slow_driver(u32 va, u32 site)
{
	const char *why = "";
	u32 t = svm_translate(va, &why);

	if (!t)
		refuse(va, site, why);
	return t;
}

/* __svm_call_xlate's C half: a dom0 kernel routine's address -> hot routine or upcall stub. */
u32 svm_call_xlate(u32 target, u32 site)
{
	u32 lo = 0, hi = xlate_count;

	xlate_calls++;
	while (lo < hi) {
		u32 mid = (lo + hi) / 2;

		if (xlate_from[mid] == target)
			return xlate_to[mid];
		if (xlate_from[mid] < target)
			lo = mid + 1;
		else
			hi = mid;
	}
	__hw_abort(SAFETY_INDIRECT, target, site, "indirect transfer: not module code and not a kernel routine");
}

/* Adds a stlb_call translation (boot; entries come in any order). */
int svm_xlate_add(u32 from, u32 to)
{
	u32 i;

	if (xlate_count >= MAX_XLATE)
		return -1;
	for (i = xlate_count; i > 0 && xlate_from[i - 1] > from; i--) {
		xlate_from[i] = xlate_from[i - 1];
		xlate_to[i] = xlate_to[i - 1];
	}
	xlate_from[i] = from;
	xlate_to[i] = to;
	xlate_count++;
	return 0;
}

void __attribute__((noreturn)) svm_bad_return_out(u32 to, u32 site)
{
	__hw_abort(SAFETY_BAD_RETURN, to, site, "return out of the hypervisor instance's text, not where the invocation came from");
}

/* Where every driver invocation returns to (src/emulator/machine.ts CALL_RETURN_VA). */
#define CALL_RETURN_VA 0xffffeff0
#define __str(x) #x
#define str(x) __str(x)

/*
 * The stubs keep every register (the rewritten code relies on it) and DF: the C halves run with
 * DF clear whatever the driver set.
 *   __svm_slow / __svm_call_xlate:  [edx][ecx][eax][eflags][ret][va|target][site]
 */
/* An entry stub that calls C half `fn` (regparm: first word in %eax, second in %edx) and puts
 * its result in the first word's slot. */
#define SVM_STUB(name, fn)                    \
	".globl " #name "\n"                 \
	".type " #name ", @function\n"        \
	#name ":\n"                          \
	"\tpushfl\n"                          \
	"\tpushl %eax\n"                      \
	"\tpushl %ecx\n"                      \
	"\tpushl %edx\n"                      \
	"\tcld\n"                             \
	"\tmovl 20(%esp), %eax\n"             \
	"\tmovl 24(%esp), %edx\n"             \
	"\tcall " #fn "\n"                    \
	"\tmovl %eax, 20(%esp)\n"             \
	"\tpopl %edx\n"                       \
	"\tpopl %ecx\n"                       \
	"\tpopl %eax\n"                       \
	"\tpopfl\n"                           \
	"\tret\n"                             \
	".size " #name ", .-" #name "\n"

asm(".text\n"
    SVM_STUB(__svm_slow, svm_slow_driver)
    SVM_STUB(__svm_call_xlate, svm_call_xlate)
    ".globl __svm_ret_out\n"
    ".type __svm_ret_out, @function\n"
    "__svm_ret_out:\n"
    "\tcmpl $" str(CALL_RETURN_VA) ", 8(%esp)\n"
    "\tjne 1f\n"
    "\taddl $8, %esp\n"
    "\tret\n"
    "1:\tmovl 8(%esp), %eax\n"
    "\tmovl 4(%esp), %edx\n"
    "\tcall svm_bad_return_out\n"
    ".size __svm_ret_out, .-__svm_ret_out\n");
