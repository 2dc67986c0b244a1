/*
 * Mini kernel API (twindrivers): spinlocks (Linux 2.6.18 i386 flavour).
 * Owns spinlock_t and the out-of-line lock routines the driver calls by their
 * real 2.6.18 names: _spin_trylock, _spin_lock_irqsave,
 * _spin_unlock_irqrestore.
 * Invariant: spinlock_t is one 32-bit word; 1 = unlocked, 0 = held (the 2.6.18
 * raw_spinlock_t encoding).  Irq flags are the previous virtual interrupt
 * mask (see asm/percpu.h).
 */
#ifndef _MINI_LINUX_SPINLOCK_H
#define _MINI_LINUX_SPINLOCK_H

#include <linux/types.h>
#include <asm/percpu.h>

typedef struct {
	volatile unsigned int slock;
} spinlock_t;

#define SPINLOCK_UNLOCKED_VALUE 1

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->slock = SPINLOCK_UNLOCKED_VALUE;
}

/* Atomically takes the lock if it is free; returns 1 if taken, 0 if busy. */
int _spin_trylock(spinlock_t *lock);
/* Masks virtual interrupts, spins for the lock; returns the previous mask. */
unsigned long _spin_lock_irqsave(spinlock_t *lock);
/* Releases the lock, then sets the virtual interrupt mask to flags. */
void _spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);

#define spin_trylock(lock) _spin_trylock(lock)
#define spin_lock_irqsave(lock, flags) \
	do {                             \
		(flags) = _spin_lock_irqsave(lock); \
	} while (0)
#define spin_unlock_irqrestore(lock, flags) _spin_unlock_irqrestore((lock), (flags))

#endif /* _MINI_LINUX_SPINLOCK_H */
