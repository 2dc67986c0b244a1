/*
 * svm_native.h — shared by the native differential cases (cases/NAME.c) and the i386 runtime
 * (runtime.c): fixed-width types, the runtime services a case's test main may use, and the
 * exit codes the runtime's safety paths use.
 *
 * Each case file is compiled twice from the same source:
 *   -DSVM_MODULE  the "driver" half: compiled with the kernel flags, rewritten (or not), and
 *                 linked as the module object (its .text is the module text, its data lives in
 *                 the dom0 data region; see link.ld);
 *   (no define)   the test main: runtime side, never rewritten; it builds inputs in the region,
 *                 calls the module's functions between rt_enter()/rt_leave(), prints results.
 * Both builds of a case (original / rewritten module) link the SAME main object, so equal
 * stdout means the rewritten module computed exactly what the original computed.
 * Rules for mains: every pointer handed to the module points into the region (module globals or
 * rt_alloc) — a pointer to a main local is translated by the rewritten module and refused (42):
 * module code runs on the driver stack (M() calls it through rt_tramp), and only the running
 * invocation's own stack is addressable besides the region; never print module code addresses
 * (the module text differs between builds; its data layout does not).
 */
#ifndef SVM_NATIVE_H
#define SVM_NATIVE_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;
typedef unsigned int size_t;

#define NULL ((void *)0)
#define noinline __attribute__((noinline))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Exit codes of the runtime's safety paths (each one distinct, asserted by native.test.ts). */
#define SVM_EXIT_SLOW_OUTSIDE 42   /* __svm_slow: address outside the dom0 data region */
#define SVM_EXIT_CALL_XLATE 43     /* __svm_call_xlate: indirect call to a non-allowed routine */
#define SVM_EXIT_BAD_TARGET 44     /* __svm_bad_target: module text, not an indirect target */
#define SVM_EXIT_STACK_FAULT 45    /* __svm_stack_fault: stack-checked access off the stack */
#define SVM_EXIT_GUARD 46          /* module code touched the dom0 view (not translated) */
#define SVM_EXIT_SEGV 47           /* any other SIGSEGV/SIGBUS */
#define SVM_EXIT_BAD_RETURN 48     /* __svm_bad_return: return into module text, not a return site */
#define SVM_EXIT_PORT 49           /* a port-I/O helper: port outside the test device's I/O BAR */

/* The test device's I/O BAR (runtime.c): 64 ports. */
#define RT_PORT_BASE 0xc000u
#define RT_PORT_COUNT 64u
#define SVM_EXIT_CHECK 1           /* a CHECK() in the test main failed */
#define SVM_EXIT_SETUP 3           /* the runtime could not build the region views */

#ifndef SVM_MODULE
/* ---- runtime services for test mains (runtime.c) ---- */

/* Buffered stdout, flushed at exit and before any abort. */
void out_str(const char *s);
void out_hex(u32 v);              /* 8 hex digits */
void out_hex64(u64 v);            /* 16 hex digits */
void out_dec(u32 v);
void out_kv(const char *k, u32 v); /* "k=xxxxxxxx\n" */
void out_nl(void);
/* Unbuffered stderr (diagnostics, not compared). */
void err_str(const char *s);

/* Bump allocator over the region's heap arena (dom0 memory, view A addresses). */
void *rt_alloc(u32 size, u32 align);
u32 rt_heap_left(void);

/*
 * Around every call into the module: in the rewritten build the runtime revokes all access to
 * view A (the dom0 view) between rt_enter() and rt_leave(), so a region access the rewriter left
 * untranslated faults (exit 46) instead of silently succeeding. No-ops for the original build.
 */
void rt_enter(void);
void rt_leave(void);
/*
 * M(f, args...) calls module function f with the guard up and returns its result; MV(f, args...)
 * for void functions; M0/MV0 for no arguments. The arguments are evaluated BEFORE rt_enter(): they
 * usually read region memory through view A (main code, not rewritten), which the guard forbids;
 * the temporaries are volatile so that gcc cannot sink a load (e.g. of a const global) past it.
 */
#define SVM_NARG(...) SVM_NARG_(__VA_ARGS__, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define SVM_NARG_(a, b, c, d, e, f, g, h, n, ...) n
#define SVM_CAT(a, b) SVM_CAT_(a, b)
#define SVM_CAT_(a, b) a##b
#define SVM_LET1(a) volatile __auto_type _m1 = (a);
#define SVM_LET2(a, b) SVM_LET1(a) volatile __auto_type _m2 = (b);
#define SVM_LET3(a, b, c) SVM_LET2(a, b) volatile __auto_type _m3 = (c);
#define SVM_LET4(a, b, c, d) SVM_LET3(a, b, c) volatile __auto_type _m4 = (d);
#define SVM_LET5(a, b, c, d, e) SVM_LET4(a, b, c, d) volatile __auto_type _m5 = (e);
#define SVM_LET6(a, b, c, d, e, f) SVM_LET5(a, b, c, d, e) volatile __auto_type _m6 = (f);
#define SVM_LET7(a, b, c, d, e, f, g) SVM_LET6(a, b, c, d, e, f) volatile __auto_type _m7 = (g);
#define SVM_LET8(a, b, c, d, e, f, g, h) SVM_LET7(a, b, c, d, e, f, g) volatile __auto_type _m8 = (h);
#define SVM_USE1 _m1
#define SVM_USE2 _m1, _m2
#define SVM_USE3 _m1, _m2, _m3
#define SVM_USE4 _m1, _m2, _m3, _m4
#define SVM_USE5 _m1, _m2, _m3, _m4, _m5
#define SVM_USE6 _m1, _m2, _m3, _m4, _m5, _m6
#define SVM_USE7 _m1, _m2, _m3, _m4, _m5, _m6, _m7
#define SVM_USE8 _m1, _m2, _m3, _m4, _m5, _m6, _m7, _m8
/*
 * The call itself goes through rt_tramp (runtime.S), cast to the function's own type: the module
 * gets exactly the arguments the call sets up, on the driver stack (up to 8 stack words).
 */
extern void *rt_next;
extern void *const rt_tramp_addr;
#define SVM_VIA(f) __auto_type _m_f = (f); rt_next = (void *)_m_f;
#define SVM_TRAMP ((__typeof__(_m_f))rt_tramp_addr)
#define M(f, ...) ({ SVM_CAT(SVM_LET, SVM_NARG(__VA_ARGS__))(__VA_ARGS__) SVM_VIA(f) rt_enter(); \
	__auto_type _m_r = SVM_TRAMP(SVM_CAT(SVM_USE, SVM_NARG(__VA_ARGS__))); rt_leave(); _m_r; })
#define MV(f, ...) do { SVM_CAT(SVM_LET, SVM_NARG(__VA_ARGS__))(__VA_ARGS__) SVM_VIA(f) rt_enter(); \
	SVM_TRAMP(SVM_CAT(SVM_USE, SVM_NARG(__VA_ARGS__))); rt_leave(); } while (0)
#define M0(f) ({ SVM_VIA(f) rt_enter(); __auto_type _m_r = SVM_TRAMP(); rt_leave(); _m_r; })
#define MV0(f) do { SVM_VIA(f) rt_enter(); SVM_TRAMP(); rt_leave(); } while (0)

/* Self-checks: count, report failures (file:line), exit 1 at the end if any failed. */
void rt_check(int ok, const char *what, int line);
#define CHECK(c) rt_check(!!(c), #c, __LINE__)
#define CHECK_EQ(a, b) do { u32 _a = (u32)(a), _b = (u32)(b); \
	if (_a != _b) { err_str("  got "); err_hex(_a); err_str(" expected "); err_hex(_b); err_str("\n"); } \
	rt_check(_a == _b, #a " == " #b, __LINE__); } while (0)
void err_hex(u32 v);

/* Stlb fills so far (0 in the original build); number of allowed external indirect calls. */
u32 rt_fills(void);
u32 rt_xlate_calls(void);
/* Installs a TLS segment with this base in %fs and sets __svm_fs_base to it (per-cpu cases). */
void rt_set_fs_base(void *base);
/* 1 in the rewritten build (the module has a .svm_sites table). */
int rt_rewritten(void);
/* Identity stlb entries made for the driver stack (pointers to module locals; 0 in the original). */
u32 rt_stack_fills(void);
/* One past the top of the driver stack (its unmapped guard starts there). */
u32 rt_stack_hi(void);
/* The module's interrupt flag: rewritten build __svm_vif (1 = masked); original build the trapped
 * cli/sti's (1 = enabled). */
u32 rt_vif(void);
u32 rt_soft_if(void);
/* The test device's checksum of what was written to its data port. */
u32 rt_dev_checksum(void);

/* Routines outside the module that the module may reach through function pointers: the
 * runtime's __svm_call_xlate allows exactly these (like hypervisor routines / upcall stubs). */
u32 rt_ext_mix(u32 a, u32 b);
u32 rt_ext_count(u32 a);
/* A runtime routine NOT on the allow list (calling it through a pointer from the module: 43). */
u32 rt_ext_forbidden(u32 a);

/* A runtime-side global (hypervisor memory: outside the region). */
extern u32 rt_private_word;

static inline u64 rt_rdtsc(void)
{
	u32 lo, hi;
	__asm__ __volatile__("lfence; rdtsc" : "=a"(lo), "=d"(hi));
	return ((u64)hi << 32) | lo;
}

/* Deterministic PRNG (xorshift32) for the mains: fixed seed, same sequence in both builds. */
static u32 prng_state = 0x2545f491u;
static inline u32 rnd(void)
{
	u32 x = prng_state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return prng_state = x;
}
static inline u32 rnd_below(u32 n) { return rnd() % n; }

static inline int str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) a++, b++;
	return *a == *b;
}

int main(int argc, char **argv);
#endif /* !SVM_MODULE */

#endif /* SVM_NATIVE_H */
