/*
 * Mini kernel API (twindrivers): pages.
 * Owns PAGE_SIZE and struct page (2.6.18 i386 layout, 32 bytes).  Drivers
 * never dereference a struct page: they only pass it to dma_map_page.  The
 * kernel model maps page pointers to page frames (e.g. mem_map + 32 * pfn).
 */
#ifndef _MINI_LINUX_MM_H
#define _MINI_LINUX_MM_H

#include <linux/types.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

struct address_space;

struct page {
	unsigned long flags;
	atomic_t _count;
	atomic_t _mapcount;
	unsigned long private;
	struct address_space *mapping;
	unsigned long index;
	struct list_head lru;
};

_Static_assert(sizeof(struct page) == 32, "struct page is 32 bytes");

#endif /* _MINI_LINUX_MM_H */
