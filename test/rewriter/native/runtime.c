/*
 * runtime.c — the C half of the native SVM test runtime: a freestanding i386 Linux program
 * (raw `int $0x80` syscalls through svm_syscall in runtime.S, no libc). Owns:
 *   - the per-instance SVM symbols of src/svm-runtime/abi.ts SYM that are data: __svm_stlb,
 *     __svm_fs_base/__svm_gs_base, __svm_targets (built from the module's .svm_targets table),
 *     __svm_returns (built from its .svm_returns table),
 *     __svm_stack_lo/__svm_stack_hi (the text symbols come from link.ld);
 *   - the dom0 data region: one memfd mapped twice, view A at __svm_region_start (where the
 *     module's data was linked: "dom0's mapping") and view B at __svm_view_b ("the hypervisor's
 *     mapping of the same pages"); stlb fills point into view B, so every translated access really
 *     uses a different virtual address backed by the same memory;
 *   - the policy behind the SVM entry points in runtime.S (what is dom0 memory, which external
 *     routines an indirect call may reach) and their distinct exit codes (svm_native.h);
 *   - services for test mains: buffered output, a heap arena in the region, the view-A guard;
 *   - the driver stack (its own mapping with 64 KiB unmapped guards, as the hypervisor's) that
 *     module code runs on (rt_tramp in runtime.S), and the stack window of the running
 *     invocation: the hypervisor's own rule, from platform-c/include/twin/svm-stack.h;
 *   - the instance's virtual interrupt flag __svm_vif, and the test device behind the port-I/O
 *     helpers (svm_io); in the original build the same device is reached by trapping the in/out
 *     (and cli/sti) the CPU refuses in user mode and emulating them (on_fault).
 *   - the tag-free translation (abi.ts "Tag-free translation", --svm table): __svm_delta, one word
 *     per page, guard deltas landing in 3 PROT_NONE pages; the miss is the SIGSEGV of a table
 *     site the verifier proved (build.ts links its list as .svm_table_sites): the handler fills
 *     the base's entry (a constant-page site's: the page of its constant, D + anchor, D the
 *     instruction's displacement read from the text) (view B's delta for the region, 0 for the running stack: dropped when the
 *     invocation ends), writes it into the delta register and returns to restart the access;
 *     anything else exits 42 as the slow path does;
 * Everything of the runtime (this file's data, the stlb) is linked OUTSIDE the region: it is
 * "hypervisor memory", which the slow path refuses to translate.
 */
#include "svm_native.h"
#include <twin/svm-stack.h>

/* ---- syscalls ---- */

#define NR_exit_group 252
#define NR_write 4
#define NR_mprotect 125
#define NR_rt_sigaction 174
#define NR_mmap2 192
#define NR_ftruncate64 194
#define NR_set_thread_area 243
#define NR_memfd_create 356

#define PROT_NONE 0
#define PROT_RW 3
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define MAP_FIXED_NOREPLACE 0x100000

__attribute__((regparm(0))) long svm_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
#define SYS(nr, a, b, c, d, e, f) svm_syscall((nr), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* ---- link.ld symbols (their addresses are the values) ---- */

extern char __svm_region_start[], __svm_region_size[], __svm_view_b[];
extern char __svm_region_loaded_end[], __svm_heap_start[];
extern char __svm_vm_text[], __svm_text_size[];
extern const u32 __svm_target_list_start[], __svm_target_list_end[];
extern const u32 __svm_return_list_start[], __svm_return_list_end[];
extern const u32 __svm_site_list_start[], __svm_site_list_end[];

#define REGION_A ((u32)__svm_region_start)
#define REGION_N ((u32)__svm_region_size)
#define VIEW_B ((u32)__svm_view_b)
#define TEXT ((u32)__svm_vm_text)
#define TEXT_SIZE ((u32)__svm_text_size)

/* ---- the SVM per-instance data symbols ---- */

struct stlb_entry { u32 tag, mapped; };
struct stlb_entry __svm_stlb[4096] __attribute__((aligned(8)));
u32 __svm_fs_base, __svm_gs_base;
u32 __svm_stack_lo, __svm_stack_hi;
/* One bit per byte of module text (btl %off, __svm_targets): enough for 1 MiB of text. */
#define MAX_TEXT (1u << 20)
u32 __svm_targets[MAX_TEXT / 32];
/* One bit per byte of module text (btl %off, __svm_returns): 1 at a return site. */
u32 __svm_returns[MAX_TEXT / 32];

u32 svm_fill_count;            /* incremented by __svm_slow */
/* The tag-free table: 1M page deltas (4 MiB of "hypervisor memory"), its guard, its misses. */
u32 __svm_delta[1u << 20] __attribute__((aligned(4096)));
static u32 table_guard, table_misses, table_const_misses, table_stack_fills, table_stack_pages[64], table_stack_n;
/* base 0xffffffff: a constant-page site (abi.ts "Constant pages"): D read at dispat (-1: disp), page of D + anchor. */
struct table_site { u32 offset, base, delta; int disp, anchor, dispat; };
extern const struct table_site __svm_table_site_start[], __svm_table_site_end[];
u8 __svm_vif;                  /* the instance's virtual interrupt flag: 1 = masked */
/* rt_tramp's state (runtime.S): the function to call, the caller's %esp and argument registers. */
void *rt_next;
void rt_tramp(void);
void *const rt_tramp_addr = (void *)rt_tramp;
u32 rt_saved_esp, rt_sv_eax, rt_sv_ecx, rt_sv_edx;
static struct svm_stack_window stack_window;
static u32 invocations;
/* The driver stack: 256 KiB between two 64 KiB unmapped guards. */
#define DRIVER_STACK (256u << 10)
#define STACK_GUARD (64u << 10)
static u32 xlate_count, checks, check_failures, guard_on, guard_forced, in_module;
u32 rt_private_word = 0x5eed1234;

/* ---- output ---- */

static char obuf[1 << 16];
static u32 olen;

static void write_all(int fd, const char *p, u32 n)
{
	while (n) {
		long r = SYS(NR_write, fd, p, n, 0, 0, 0);
		if (r <= 0) return;
		p += r;
		n -= (u32)r;
	}
}

static void flush_out(void)
{
	write_all(1, obuf, olen);
	olen = 0;
}

static void put_char(char c)
{
	if (olen == sizeof(obuf)) flush_out();
	obuf[olen++] = c;
}

void out_str(const char *s) { while (*s) put_char(*s++); }
void out_nl(void) { put_char('\n'); }

static void hex_digits(char *d, u64 v, int n)
{
	for (int i = n - 1; i >= 0; i--, v >>= 4) d[i] = "0123456789abcdef"[v & 15];
}

void out_hex(u32 v) { char d[8]; hex_digits(d, v, 8); for (int i = 0; i < 8; i++) put_char(d[i]); }
void out_hex64(u64 v) { char d[16]; hex_digits(d, v, 16); for (int i = 0; i < 16; i++) put_char(d[i]); }

static int dec_digits(char *d, u32 v)
{
	char t[10];
	int n = 0, k = 0;
	do t[n++] = (char)('0' + v % 10); while ((v /= 10));
	while (n) d[k++] = t[--n];
	return k;
}

void out_dec(u32 v) { char d[10]; int n = dec_digits(d, v); for (int i = 0; i < n; i++) put_char(d[i]); }
void out_kv(const char *k, u32 v) { out_str(k); put_char('='); out_hex(v); out_nl(); }

static u32 slen(const char *s) { u32 n = 0; while (s[n]) n++; return n; }
void err_str(const char *s) { write_all(2, s, slen(s)); }
void err_hex(u32 v) { char d[8]; hex_digits(d, v, 8); write_all(2, d, 8); }
static void err_dec(u32 v) { char d[10]; write_all(2, d, (u32)dec_digits(d, v)); }

/* ---- exit ---- */

static __attribute__((noreturn)) void svm_exit(int status)
{
	flush_out();
	err_str("svm: fills=");
	err_dec(svm_fill_count);
	err_str(" xlate=");
	err_dec(xlate_count);
	err_str(" checks=");
	err_dec(checks);
	err_str(" failed=");
	err_dec(check_failures);
	err_str(rt_rewritten() ? " build=rewritten" : " build=original");
	err_str(guard_on ? " guard=on" : " guard=off");
	err_str(" sfills=");
	err_dec(stack_window.fills);
	err_str(" tmiss=");
	err_dec(table_misses);
	err_str(" tcmiss=");
	err_dec(table_const_misses);
	err_str("\n");
	for (;;) SYS(NR_exit_group, status, 0, 0, 0, 0, 0);
}

/* Source line of a rewriter site label (from .svm_sites: `.long label, line`), or 0. */
static u32 site_line(u32 site)
{
	for (const u32 *p = __svm_site_list_start; p + 1 < __svm_site_list_end; p += 2)
		if (p[0] == site) return p[1];
	return 0;
}

static __attribute__((noreturn)) void die(int code, const char *what, u32 addr, u32 site)
{
	flush_out();
	err_str("svm: ");
	err_str(what);
	err_str(" ");
	err_hex(addr);
	if (site) {
		err_str(" at site ");
		err_hex(site);
		err_str(" (text+");
		err_hex(site - TEXT);
		err_str(", line ");
		err_dec(site_line(site));
		err_str(")");
	}
	err_str("\n");
	svm_exit(code);
}

__attribute__((noreturn)) void svm_die_slow(u32 va, u32 site) { die(SVM_EXIT_SLOW_OUTSIDE, "slow path: address outside the dom0 region:", va, site); }

/* __svm_slow's policy (runtime.S): the dom0 region through view B; the running invocation's stack
 * with an identity entry (twin/svm-stack.h); anything else refused (exit 42). */
u32 svm_slow_c(u32 va, u32 site)
{
	if (va - REGION_A < REGION_N) {
		u32 tag = va & ~0xfffu, mapped = VIEW_B + (tag - REGION_A);
		struct stlb_entry *e = &__svm_stlb[(va >> 12) & 0xfff];
		e->tag = tag;
		e->mapped = mapped;
		svm_fill_count++;
		return mapped + (va & 0xfff);
	}
	if (svm_stack_covers(&stack_window, va)) {
		svm_fill_count++;
		return svm_stack_fill(&stack_window, (unsigned int *)__svm_stlb, va);
	}
	svm_die_slow(va, site);
}

/* rt_tramp enters module code on the driver stack / returns from it (one invocation at a time). */
void svm_invoke_begin(void)
{
	if (invocations++) die(SVM_EXIT_SETUP, "nested module invocation through rt_tramp", invocations, 0);
	svm_stack_open(&stack_window);
}

static u32 guard_delta(u32 p) { return table_guard + 4096 - (p << 12); }

void svm_invoke_end(void)
{
	/* The running stack's identity entries end with the invocation. */
	for (u32 i = 0; i < table_stack_n; i++) __svm_delta[table_stack_pages[i]] = guard_delta(table_stack_pages[i]);
	table_stack_n = 0;
	svm_stack_close(&stack_window, (unsigned int *)__svm_stlb);
	invocations--;
	rt_saved_esp = 0;
}

/* Entries made for the running stack: the stlb's stack window and the table's identity entries. */
u32 rt_stack_fills(void) { return stack_window.fills + table_stack_fills; }
u32 rt_stack_hi(void) { return __svm_stack_hi; }
u32 rt_vif(void) { return __svm_vif; }

/* ---- the test device (port I/O) ---- */

/*
 * 64 ports at RT_PORT_BASE: ports 0..31 a byte register file (16/32-bit accesses little-endian
 * over it); 32 a data FIFO (reads: a deterministic sequence, writes: folded into a checksum);
 * 36 the checksum (32-bit read). The same device behind the helpers (rewritten build) and behind
 * the trapped in/out (original build), so both builds see the same values.
 */
static u8 dev_regs[32];
static u32 dev_seq = 0x1234567u, dev_sum;

static u32 dev_in(u32 port, u32 size)
{
	u32 off = port - RT_PORT_BASE, v = 0;
	if (off < 32) {
		for (u32 i = 0; i < size && off + i < 32; i++) v |= (u32)dev_regs[off + i] << (8 * i);
		return v;
	}
	if (off == 32) {
		dev_seq = dev_seq * 1103515245u + 12345u;
		v = dev_seq >> 8;
		return size == 4 ? v : v & ((1u << (8 * size)) - 1);
	}
	if (off == 36) return dev_sum;
	return 0xffffffffu & (size == 4 ? ~0u : (1u << (8 * size)) - 1);
}

static void dev_out(u32 port, u32 size, u32 v)
{
	u32 off = port - RT_PORT_BASE;
	if (off < 32) {
		for (u32 i = 0; i < size && off + i < 32; i++) dev_regs[off + i] = (u8)(v >> (8 * i));
	} else if (off == 32) {
		dev_sum = (dev_sum << 5 | dev_sum >> 27) ^ v ^ size;
	}
}

static int port_ok(u32 port, u32 size) { return port >= RT_PORT_BASE && port + size <= RT_PORT_BASE + RT_PORT_COUNT; }

/* A module address for the helpers' string forms: the region through view B, the driver stack itself. */
static u32 io_translate(u32 va, u32 size)
{
	if (va - REGION_A < REGION_N && va + size - REGION_A <= REGION_N) return VIEW_B + (va - REGION_A);
	if (svm_stack_covers(&stack_window, va) && svm_stack_covers(&stack_window, va + size - 1)) return va;
	svm_die_slow(va, 0);
}

/* The helpers' C half: op = size | 32 out | 64 string | 128 rep; f = the registers as pushal left them. */
enum { F_EDI = 0, F_ESI = 1, F_EDX = 5, F_ECX = 6, F_EAX = 7 };
void svm_io(u32 op, u32 *f)
{
	u32 size = op & 7, port = f[F_EDX] & 0xffff;
	int out = (op & 32) != 0, str = (op & 64) != 0, rep = (op & 128) != 0;
	if (!port_ok(port, size)) die(SVM_EXIT_PORT, "port I/O outside the device's I/O BAR: port", port, 0);
	u32 mask = size == 4 ? ~0u : (1u << (8 * size)) - 1;
	if (!str) {
		if (out) dev_out(port, size, f[F_EAX] & mask);
		else f[F_EAX] = (f[F_EAX] & ~mask) | (dev_in(port, size) & mask);
		return;
	}
	u32 n = rep ? f[F_ECX] : 1;
	for (; n; n--) {
		if (out) {
			u32 a = io_translate(f[F_ESI], size), v = size == 1 ? *(u8 *)a : size == 2 ? *(u16 *)a : *(u32 *)a;
			dev_out(port, size, v);
			f[F_ESI] += size;
		} else {
			u32 a = io_translate(f[F_EDI], size), v = dev_in(port, size);
			if (size == 1) *(u8 *)a = (u8)v; else if (size == 2) *(u16 *)a = (u16)v; else *(u32 *)a = v;
			f[F_EDI] += size;
		}
		if (rep) f[F_ECX]--;
	}
}

/*
 * The original build runs in/out/cli/sti, which the CPU refuses in user mode (#GP): decoded here
 * and emulated on the same device (cli/sti on a flag of their own: pushf cannot see it). Returns
 * 1 when the instruction at eip was emulated (the context then resumes after it).
 */
static u32 soft_if = 1;
static int emulate_insn(u32 *g)
{
	enum { G_EDI = 4, G_ESI = 5, G_EDX = 9, G_ECX = 10, G_EAX = 11, G_EIP = 14 };
	const u8 *p = (const u8 *)g[G_EIP];
	u32 len = 0, size = 4, rep = 0;
	for (;; len++) {
		if (p[len] == 0x66) size = 2;
		else if (p[len] == 0xf3) rep = 1;
		else break;
	}
	u8 opc = p[len++];
	if (opc == 0xfa || opc == 0xfb) { soft_if = opc == 0xfb; g[G_EIP] += len; return 1; }
	u32 port, width = (opc & 1) ? size : 1, mask = width == 4 ? ~0u : (1u << (8 * width)) - 1;
	switch (opc) {
	case 0xe4: case 0xe5: case 0xe6: case 0xe7: port = p[len++]; break;
	case 0xec: case 0xed: case 0xee: case 0xef: case 0x6c: case 0x6d: case 0x6e: case 0x6f: port = g[G_EDX] & 0xffff; break;
	default: return 0;
	}
	if (!port_ok(port, width)) return 0;
	if (opc >= 0x6c && opc <= 0x6f) {
		u32 n = rep ? g[G_ECX] : 1, isout = opc >= 0x6e;
		for (; n; n--) {
			if (isout) { const u8 *a = (const u8 *)g[G_ESI]; dev_out(port, width, width == 1 ? *a : width == 2 ? *(const u16 *)a : *(const u32 *)a); g[G_ESI] += width; }
			else { u8 *a = (u8 *)g[G_EDI]; u32 v = dev_in(port, width); if (width == 1) *a = (u8)v; else if (width == 2) *(u16 *)a = (u16)v; else *(u32 *)a = v; g[G_EDI] += width; }
			if (rep) g[G_ECX]--;
		}
	} else if (opc == 0xe6 || opc == 0xe7 || opc == 0xee || opc == 0xef) dev_out(port, width, g[G_EAX] & mask);
	else g[G_EAX] = (g[G_EAX] & ~mask) | (dev_in(port, width) & mask);
	g[G_EIP] += len;
	return 1;
}
u32 rt_soft_if(void) { return soft_if; }
u32 rt_dev_checksum(void) { return dev_sum; }
void svm_die_bad_target(u32 target, u32 site) { die(SVM_EXIT_BAD_TARGET, "indirect transfer to a non-target in module text:", target, site); }
void svm_die_stack(u32 addr, u32 site) { die(SVM_EXIT_STACK_FAULT, "stack-checked access outside the stack:", addr, site); }
void svm_die_bad_return(u32 addr, u32 site) { die(SVM_EXIT_BAD_RETURN, "return into module text that is not a return site:", addr, site); }

/* ---- external routines reachable from the module through pointers ---- */

u32 rt_ext_mix(u32 a, u32 b) { return (a * 0x9e3779b1u) ^ (b + 0x7f4a7c15u); }
u32 rt_ext_count(u32 a) { return a + 1; }
u32 rt_ext_forbidden(u32 a) { return ~a; }

/* __svm_call_xlate policy: the allow list (natively, the routine is called where it is). */
u32 svm_xlate(u32 target, u32 site)
{
	const u32 allowed[] = { (u32)rt_ext_mix, (u32)rt_ext_count };
	for (u32 i = 0; i < ARRAY_SIZE(allowed); i++)
		if (target == allowed[i]) { xlate_count++; return target; }
	die(SVM_EXIT_CALL_XLATE, "indirect call to a routine outside the module that is not allowed:", target, site);
}

/* ---- services for mains ---- */

static u32 heap_next;

void *rt_alloc(u32 size, u32 align)
{
	u32 p = (heap_next + align - 1) & ~(align - 1);
	if (p + size > REGION_A + REGION_N || p + size < p) die(SVM_EXIT_SETUP, "heap arena exhausted, request", size, 0);
	heap_next = p + size;
	return (void *)p;
}

u32 rt_heap_left(void) { return REGION_A + REGION_N - heap_next; }
u32 rt_fills(void) { return svm_fill_count; }
u32 rt_xlate_calls(void) { return xlate_count; }
int rt_rewritten(void) { return (u32)&__svm_site_list_end[0] != (u32)&__svm_site_list_start[0]; }

void rt_enter(void)
{
	in_module = 1;
	if (guard_on && SYS(NR_mprotect, REGION_A, REGION_N, PROT_NONE, 0, 0, 0) != 0)
		die(SVM_EXIT_SETUP, "mprotect failed", 0, 0);
}

void rt_leave(void)
{
	if (guard_on && SYS(NR_mprotect, REGION_A, REGION_N, PROT_RW, 0, 0, 0) != 0)
		die(SVM_EXIT_SETUP, "mprotect failed", 0, 0);
	in_module = 0;
}

void rt_check(int ok, const char *what, int line)
{
	checks++;
	if (ok) return;
	check_failures++;
	err_str("CHECK failed, line ");
	err_dec((u32)line);
	err_str(": ");
	err_str(what);
	err_str("\n");
}

/* %fs base for per-cpu style accesses: a TLS descriptor (set_thread_area) loaded into %fs for the
 * original code; the rewritten code adds __svm_fs_base instead of using the segment. */
struct user_desc { u32 entry_number, base_addr, limit, flags; };

void rt_set_fs_base(void *base)
{
	struct user_desc d = { 0xffffffffu, (u32)base, 0xfffff, 0x51 /* 32-bit, 4K limit, usable */ };
	if (SYS(NR_set_thread_area, &d, 0, 0, 0, 0, 0) != 0) die(SVM_EXIT_SETUP, "set_thread_area failed", 0, 0);
	u32 sel = (d.entry_number << 3) | 3;
	__asm__ __volatile__("movl %0, %%fs" : : "r"(sel));
	__svm_fs_base = (u32)base;
}

/* ---- faults ---- */

struct k_sigaction { void *handler; u32 flags; void *restorer; u32 mask[2]; };
void svm_sigreturn(void);

/* gregs index of register r (abi numbering eax=0 ... edi=7): EAX is gregs[11] down to EDI gregs[4]. */
#define GREG(r) (11 - (r))

/* The miss of a verified table site at text offset `off` (1: filled, restart), or 0: not a site. */
static int table_miss(u32 off, u32 *gregs)
{
	const struct table_site *s;
	for (s = __svm_table_site_start; s < __svm_table_site_end; s++)
		if (s->offset == off) break;
	if (s == __svm_table_site_end) return 0;
	u32 b, va, p, d;
	if (s->base == 0xffffffffu) {
		va = s->dispat >= 0 ? *(const u32 *)(TEXT + off + (u32)s->dispat) : (u32)s->disp;
		b = va + (u32)s->anchor;
		table_const_misses++;
	} else {
		b = gregs[GREG(s->base)];
		va = b + (u32)s->disp;
	}
	p = b >> 12;
	if (b - REGION_A < REGION_N && va - REGION_A < REGION_N) {
		d = VIEW_B - REGION_A;
	} else if (svm_stack_covers(&stack_window, b) && svm_stack_covers(&stack_window, va) && table_stack_n < 64) {
		d = 0;
		table_stack_pages[table_stack_n++] = p;
		table_stack_fills++;
	} else {
		die(SVM_EXIT_SLOW_OUTSIDE, "table miss: address outside the dom0 region:", va, TEXT + off);
	}
	__svm_delta[p] = d;
	gregs[GREG(s->delta)] = d;
	table_misses++;
	return 1;
}

static __attribute__((regparm(0))) void on_fault(int sig, u32 *info, u32 *uc)
{
	u32 addr = info[3];          /* siginfo.si_addr */
	u32 eip = uc[5 + 14];        /* ucontext.uc_mcontext.gregs[REG_EIP] */
	if (sig == 11 && eip - TEXT < TEXT_SIZE && table_miss(eip - TEXT, uc + 5)) return;
	/* The original build's port I/O and cli/sti (only while module code runs: view A is ours). */
	if (sig == 11 && !rt_rewritten() && emulate_insn(uc + 5)) return;
	int guard = in_module && guard_on && addr - REGION_A < REGION_N;
	flush_out();
	err_str(guard ? "svm: untranslated access to the dom0 view from module code, address "
		      : sig == 11 ? "svm: SIGSEGV, address " : "svm: SIGBUS, address ");
	err_hex(addr);
	err_str(" eip ");
	err_hex(eip);
	if (eip - TEXT < TEXT_SIZE) {
		err_str(" (text+");
		err_hex(eip - TEXT);
		err_str(")");
	}
	err_str("\n");
	svm_exit(guard ? SVM_EXIT_GUARD : SVM_EXIT_SEGV);
}

/* ---- startup ---- */

static int env_is(char **envp, const char *kv)
{
	for (; *envp; envp++)
		if (str_eq(*envp, kv)) return 1;
	return 0;
}

/* Called by _start with the initial %esp (argc, argv..., 0, envp..., 0). */
__attribute__((noreturn)) void svm_start(u32 *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;

	/* The driver stack: a mapping of its own between two unmapped 64 KiB guards. */
	long st = SYS(NR_mmap2, 0, DRIVER_STACK + 2 * STACK_GUARD, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if ((u32)st > 0xfffff000u) die(SVM_EXIT_SETUP, "mmap2 of the driver stack failed:", (u32)st, 0);
	if (SYS(NR_mprotect, (u32)st + STACK_GUARD, DRIVER_STACK, PROT_RW, 0, 0, 0) != 0) die(SVM_EXIT_SETUP, "mprotect of the driver stack failed", 0, 0);
	__svm_stack_lo = (u32)st + STACK_GUARD;
	__svm_stack_hi = __svm_stack_lo + DRIVER_STACK;
	if (svm_stack_setup(&stack_window, __svm_stack_lo, __svm_stack_hi)) die(SVM_EXIT_SETUP, "driver stack window", 0, 0);
	(void)sp;

	/* Region: memfd of N bytes; view B first, the linked contents copied in, then view A
	 * replaces the ELF's private mapping at the same address with the shared one. */
	long fd = SYS(NR_memfd_create, "svm-dom0-region", 0, 0, 0, 0, 0);
	if (fd < 0) die(SVM_EXIT_SETUP, "memfd_create failed:", (u32)fd, 0);
	if (SYS(NR_ftruncate64, fd, REGION_N, 0, 0, 0, 0) != 0) die(SVM_EXIT_SETUP, "ftruncate64 failed", 0, 0);
	long b = SYS(NR_mmap2, VIEW_B, REGION_N, PROT_RW, MAP_SHARED | MAP_FIXED_NOREPLACE, fd, 0);
	if ((u32)b != VIEW_B) die(SVM_EXIT_SETUP, "mmap2 of view B failed:", (u32)b, 0);
	/* Past the last page of view B: nothing, so a 2-page window of the last page faults. */
	long g = SYS(NR_mmap2, VIEW_B + REGION_N, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if ((u32)g != VIEW_B + REGION_N) die(SVM_EXIT_SETUP, "mmap2 of the guard page failed:", (u32)g, 0);
	for (u32 *s = (u32 *)REGION_A, *d = (u32 *)VIEW_B; (u32)s < (u32)__svm_region_loaded_end; s++, d++) *d = *s;
	long a = SYS(NR_mmap2, REGION_A, REGION_N, PROT_RW, MAP_SHARED | MAP_FIXED, fd, 0);
	if ((u32)a != REGION_A) die(SVM_EXIT_SETUP, "mmap2 of view A failed:", (u32)a, 0);
	/* The two views alias. */
	volatile u32 *pa = (u32 *)(REGION_A + REGION_N - 4), *pb = (u32 *)(VIEW_B + REGION_N - 4);
	*pa = 0xa11a5ed;
	if (*pb != 0xa11a5ed) die(SVM_EXIT_SETUP, "views do not alias", 0, 0);
	*pa = 0;
	heap_next = (u32)__svm_heap_start;

	/* Empty stlb: entry i holds a tag whose index bits are not i, so it never matches. */
	for (u32 i = 0; i < 4096; i++) {
		__svm_stlb[i].tag = (i ^ 0x800) << 12;
		__svm_stlb[i].mapped = 0;
	}
	/* The table: every entry a guard delta into 3 PROT_NONE pages. */
	long tg = SYS(NR_mmap2, 0, 3 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if ((u32)tg > 0xfffff000u) die(SVM_EXIT_SETUP, "mmap2 of the table guard failed:", (u32)tg, 0);
	table_guard = (u32)tg;
	for (u32 p = 0; p < (1u << 20); p++) __svm_delta[p] = guard_delta(p);
	if (TEXT_SIZE > MAX_TEXT) die(SVM_EXIT_SETUP, "module text too large for __svm_targets:", TEXT_SIZE, 0);
	for (const u32 *t = __svm_target_list_start; t < __svm_target_list_end; t++) {
		u32 off = *t - TEXT;
		if (off >= TEXT_SIZE) die(SVM_EXIT_SETUP, ".svm_targets entry outside the module text:", *t, 0);
		__svm_targets[off >> 5] |= 1u << (off & 31);
	}
	for (const u32 *t = __svm_return_list_start; t < __svm_return_list_end; t++) {
		u32 off = *t - TEXT;
		if (off >= TEXT_SIZE) die(SVM_EXIT_SETUP, ".svm_returns entry outside the module text:", *t, 0);
		__svm_returns[off >> 5] |= 1u << (off & 31);
	}

	struct k_sigaction act = { (void *)on_fault, 0x04000004 /* SA_RESTORER | SA_SIGINFO */, (void *)svm_sigreturn, { 0, 0 } };
	SYS(NR_rt_sigaction, 11, &act, 0, 8, 0, 0);
	SYS(NR_rt_sigaction, 7, &act, 0, 8, 0, 0);

	guard_forced = env_is(envp, "SVM_FORCE_GUARD=1");
	guard_on = rt_rewritten() || guard_forced;

	int status = main(argc, argv);
	if (status == 0 && check_failures) status = SVM_EXIT_CHECK;
	svm_exit(status);
}
