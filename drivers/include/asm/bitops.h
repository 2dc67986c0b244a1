/*
 * Mini kernel API (twindrivers): atomic bit operations on unsigned long words.
 * Owns set_bit/clear_bit/test_and_set_bit/test_and_clear_bit (SMP-safe:
 * `lock`-prefixed btsl/btrl) and the plain test_bit read.
 * Every locked instruction is preceded by the kernel's LOCK_PREFIX side-table
 * entry: a `.long 671f - .` in section .smp_locks pointing at the `lock`
 * byte, so a uniprocessor kernel could patch the prefix out.  The label 671
 * names the locked instruction; a rewriter must keep it naming it.
 * Invariant: callers only use bit numbers 0..31 of a single word.
 */
#ifndef _MINI_ASM_BITOPS_H
#define _MINI_ASM_BITOPS_H

#include <linux/compiler.h>

#define LOCK_PREFIX                        \
	".pushsection .smp_locks,\"a\"\n"  \
	".balign 4\n"                      \
	".long 671f - .\n"                 \
	".popsection\n"                    \
	"671:\n\tlock; "

#define BITOP_WORD(addr) (*(volatile unsigned long *)(addr))

static __always_inline void set_bit(int nr, volatile unsigned long *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btsl %1, %0"
			     : "+m"(BITOP_WORD(addr))
			     : "Ir"(nr)
			     : "memory");
}

static __always_inline void clear_bit(int nr, volatile unsigned long *addr)
{
	__asm__ __volatile__(LOCK_PREFIX "btrl %1, %0"
			     : "+m"(BITOP_WORD(addr))
			     : "Ir"(nr)
			     : "memory");
}

/* Returns the old value of the bit (0 or -1 as int, i.e. non-zero if set). */
static __always_inline int test_and_set_bit(int nr, volatile unsigned long *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btsl %2, %1\n\t"
			     "sbbl %0, %0"
			     : "=r"(oldbit), "+m"(BITOP_WORD(addr))
			     : "Ir"(nr)
			     : "memory");
	return oldbit;
}

static __always_inline int test_and_clear_bit(int nr, volatile unsigned long *addr)
{
	int oldbit;

	__asm__ __volatile__(LOCK_PREFIX "btrl %2, %1\n\t"
			     "sbbl %0, %0"
			     : "=r"(oldbit), "+m"(BITOP_WORD(addr))
			     : "Ir"(nr)
			     : "memory");
	return oldbit;
}

static __always_inline int test_bit(int nr, const volatile unsigned long *addr)
{
	return (int)((addr[nr >> 5] >> (nr & 31)) & 1UL);
}

/* Full barrier: a locked no-op on the stack, as the i386 kernel's mb(). */
#define smp_mb() __asm__ __volatile__("lock; addl $0, 0(%%esp)" : : : "memory", "cc")
/* x86 keeps stores ordered with respect to stores and to MMIO writes. */
#define wmb() barrier()
#define rmb() barrier()

#endif /* _MINI_ASM_BITOPS_H */
