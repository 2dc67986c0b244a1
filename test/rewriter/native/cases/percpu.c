/*
 * cases/percpu.c — %fs-relative (per-cpu) accesses as the i386 kernel's this_cpu_* macros emit
 * them: loads, stores, read-modify-write, xadd/cmpxchg, immediate offsets and register-indexed
 * offsets. The original build reaches the per-cpu area through a real %fs segment (the runtime
 * installs a TLS descriptor with set_thread_area whose base is the area); the rewritten build adds
 * __svm_fs_base (the same area, a dom0 address) and translates through the stlb like any access.
 */
#include "svm_native.h"

struct percpu {
	u32 cpu_number;
	u32 preempt_count;
	u64 rx_bytes;
	u16 irq_count;
	u8 in_irq, pad;
	u32 hist[64];
	u32 last;
};

#define PCPU_OFF(f) __builtin_offsetof(struct percpu, f)

extern struct percpu g_percpu;   /* module data: the per-cpu area lives in the dom0 region */

u32 this_cpu(void);
void preempt_disable(void);
u32 preempt_enable(void);
void account_rx(u32 len);
void irq_enter(u32 vec);
u32 hist_get(u32 idx);
u32 swap_last(u32 v);
u32 cas_last(u32 old, u32 new_);

#ifdef SVM_MODULE

struct percpu g_percpu;

u32 this_cpu(void)
{
	u32 v;
	__asm__ __volatile__("movl %%fs:%c1, %0" : "=r"(v) : "i"(PCPU_OFF(cpu_number)));
	return v;
}

void preempt_disable(void) { __asm__ __volatile__("incl %%fs:%c0" : : "i"(PCPU_OFF(preempt_count)) : "memory", "cc"); }

u32 preempt_enable(void)
{
	u8 zero;
	__asm__ __volatile__("decl %%fs:%c1; sete %0" : "=qm"(zero) : "i"(PCPU_OFF(preempt_count)) : "memory", "cc");
	return zero;
}

void account_rx(u32 len)
{
	/* 64-bit per-cpu add: addl/adcl with the carry live across the second %fs access. */
	__asm__ __volatile__("addl %0, %%fs:%c1\n\tadcl $0, %%fs:%c2"
			     : : "r"(len), "i"(PCPU_OFF(rx_bytes)), "i"(PCPU_OFF(rx_bytes) + 4) : "memory", "cc");
}

void irq_enter(u32 vec)
{
	__asm__ __volatile__("incw %%fs:%c0" : : "i"(PCPU_OFF(irq_count)) : "memory", "cc");
	__asm__ __volatile__("movb $1, %%fs:%c0" : : "i"(PCPU_OFF(in_irq)) : "memory");
	__asm__ __volatile__("addl $1, %%fs:%c0(,%1,4)" : : "i"(PCPU_OFF(hist)), "r"(vec & 63) : "memory", "cc");
	__asm__ __volatile__("movb $0, %%fs:%c0" : : "i"(PCPU_OFF(in_irq)) : "memory");
}

u32 hist_get(u32 idx)
{
	u32 v;
	__asm__ __volatile__("movl %%fs:%c1(,%2,4), %0" : "=r"(v) : "i"(PCPU_OFF(hist)), "r"(idx & 63));
	return v;
}

u32 swap_last(u32 v)
{
	__asm__ __volatile__("xaddl %0, %%fs:%c1" : "+r"(v) : "i"(PCPU_OFF(last)) : "memory", "cc");
	return v;
}

u32 cas_last(u32 old, u32 new_)
{
	u32 prev;
	__asm__ __volatile__("cmpxchgl %2, %%fs:%c3" : "=a"(prev) : "0"(old), "r"(new_), "i"(PCPU_OFF(last)) : "memory", "cc");
	return prev;
}

#else /* test main */

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct percpu *pc = &g_percpu;
	rt_set_fs_base(pc);
	pc->cpu_number = 3;
	CHECK_EQ(M0(this_cpu), 3);
	for (u32 k = 0; k < 20; k++) MV0(preempt_disable);
	CHECK_EQ(pc->preempt_count, 20);
	u32 zeros = 0;
	for (u32 k = 0; k < 20; k++) zeros += M0(preempt_enable);
	CHECK_EQ(zeros, 1);
	u64 e = 0;
	for (u32 k = 0; k < 500; k++) {
		u32 len = k < 10 ? 0xffffffffu - k : rnd();
		MV(account_rx, len);
		e += len;
	}
	CHECK(pc->rx_bytes == e);
	out_hex64(pc->rx_bytes);
	out_nl();
	u32 model[64] = { 0 };
	for (u32 k = 0; k < 2000; k++) {
		u32 vec = rnd();
		MV(irq_enter, vec);
		model[vec & 63]++;
	}
	CHECK_EQ(pc->irq_count, 2000);
	CHECK_EQ(pc->in_irq, 0);
	for (u32 i = 0; i < 64; i++) {
		CHECK_EQ(M(hist_get, i), model[i]);
		CHECK_EQ(pc->hist[i], model[i]);
	}
	for (u32 k = 0; k < 100; k++) {
		u32 v = rnd(), last = pc->last;
		CHECK_EQ(M(swap_last, v), last);
		CHECK_EQ(pc->last, last + v);
		u32 cur = pc->last;
		CHECK_EQ(M(cas_last, (k & 1) ? cur : ~cur, k), cur);
		CHECK_EQ(pc->last, (k & 1) ? k : cur);
		out_kv("last", pc->last);
	}
	return 0;
}
#endif
