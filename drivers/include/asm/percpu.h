/*
 * Mini kernel API (twindrivers): per-cpu data and the virtual interrupt flag.
 * Owns smp_processor_id, preempt_disable/enable, get_cpu/put_cpu and
 * local_irq_save/local_irq_restore.
 *
 * Per-cpu variables are kernel data symbols addressed relative to %fs, as in
 * the i386 kernel since 2.6.20 (`movl %fs:cpu_number, %eax`,
 * `incl %fs:__preempt_count`): the linear address is FS.base + &symbol.
 * The dom0 kernel model defines cpu_number and __preempt_count and sets FS
 * accordingly (one CPU: FS.base = 0 and the symbols are plain addresses).
 * The driver only touches %fs in dom0-only paths (watchdog), never in the
 * transmit/interrupt paths that the hypervisor instance runs.
 *
 * Interrupt disabling is paravirtual, as in a Xen dom0: no cli/sti.  The
 * kernel data byte evtchn_upcall_mask is dom0's virtual interrupt mask
 * (0 = virtual interrupts enabled, 1 = masked).  An irq "flags" word is the
 * previous mask value; _spin_lock_irqsave returns one and
 * _spin_unlock_irqrestore writes it back.  The inline local_irq_restore does
 * not deliver pending virtual interrupts itself: the platform delivers them
 * when the driver returns.
 */
#ifndef _MINI_ASM_PERCPU_H
#define _MINI_ASM_PERCPU_H

#include <linux/compiler.h>

/* Per-cpu kernel data symbols (use only through %fs). */
extern int cpu_number;
extern int __preempt_count;

/* Kernel data symbol: dom0's virtual interrupt mask byte. */
extern volatile unsigned char evtchn_upcall_mask;

static __always_inline int raw_smp_processor_id(void)
{
	int cpu;

	__asm__ __volatile__("movl %%fs:%1, %0" : "=r"(cpu) : "m"(cpu_number));
	return cpu;
}

#define smp_processor_id() raw_smp_processor_id()

static __always_inline void preempt_disable(void)
{
	__asm__ __volatile__("incl %%fs:%0" : "+m"(__preempt_count) : : "memory", "cc");
}

static __always_inline void preempt_enable(void)
{
	__asm__ __volatile__("decl %%fs:%0" : "+m"(__preempt_count) : : "memory", "cc");
}

#define get_cpu() ({ preempt_disable(); smp_processor_id(); })
#define put_cpu() preempt_enable()

#define local_irq_save(flags)                          \
	do {                                           \
		(flags) = evtchn_upcall_mask;          \
		evtchn_upcall_mask = 1;                \
		barrier();                             \
	} while (0)

#define local_irq_restore(flags)                               \
	do {                                                   \
		barrier();                                     \
		evtchn_upcall_mask = (unsigned char)(flags);   \
	} while (0)

#endif /* _MINI_ASM_PERCPU_H */
