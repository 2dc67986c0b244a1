/*
 * Mini kernel API (twindrivers): interrupt lines.
 * Owns irqreturn_t, the handler type (2.6.19+ two-argument form) and the
 * routines that attach a handler to a line.  The kernel model calls
 * handler(irq, dev_id) (%eax, %edx) while the line is asserted, with virtual
 * interrupts masked, and never re-enters it.
 */
#ifndef _MINI_LINUX_INTERRUPT_H
#define _MINI_LINUX_INTERRUPT_H

#include <linux/types.h>

typedef int irqreturn_t;
#define IRQ_NONE 0
#define IRQ_HANDLED 1

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

/* The line may be shared: the handler must return IRQ_NONE if not its device. */
#define IRQF_SHARED 0x00000080UL

/* Attaches handler to irq; 0 or -errno.  devname names the line owner. */
int request_irq(unsigned int irq, irq_handler_t handler, unsigned long irqflags,
		const char *devname, void *dev_id);
/* Detaches the handler registered with this dev_id; waits for it to finish. */
void free_irq(unsigned int irq, void *dev_id);
/* Waits until no handler for irq is running. */
void synchronize_irq(unsigned int irq);

#endif /* _MINI_LINUX_INTERRUPT_H */
