/*
 * Mini kernel API (twindrivers): memory-mapped I/O.
 * Owns readb/readw/readl/writeb/writew/writel (volatile loads/stores through a
 * `void __iomem *` obtained from ioremap) and the ioremap/iounmap routines.
 * Invariant: each accessor is exactly one naturally sized, naturally aligned
 * access to the device; the compiler may not merge, split or drop it.
 */
#ifndef _MINI_ASM_IO_H
#define _MINI_ASM_IO_H

#include <linux/types.h>
#include <linux/compiler.h>

static inline u8 readb(const volatile void __iomem *addr)
{
	return *(const volatile u8 *)addr;
}

static inline u16 readw(const volatile void __iomem *addr)
{
	return *(const volatile u16 *)addr;
}

static inline u32 readl(const volatile void __iomem *addr)
{
	return *(const volatile u32 *)addr;
}

static inline void writeb(u8 value, volatile void __iomem *addr)
{
	*(volatile u8 *)addr = value;
}

static inline void writew(u16 value, volatile void __iomem *addr)
{
	*(volatile u16 *)addr = value;
}

static inline void writel(u32 value, volatile void __iomem *addr)
{
	*(volatile u32 *)addr = value;
}

/*
 * Maps size bytes of bus/physical address space at phys_addr uncached into
 * kernel virtual space; returns NULL on failure.  flags is a page-attribute
 * word (0 = default uncached MMIO).
 */
void __iomem *__ioremap(unsigned long phys_addr, unsigned long size, unsigned long flags);
/* Undoes __ioremap (addr is the value it returned). */
void iounmap(volatile void __iomem *addr);

static inline void __iomem *ioremap(unsigned long phys_addr, unsigned long size)
{
	return __ioremap(phys_addr, size, 0);
}

#endif /* _MINI_ASM_IO_H */
