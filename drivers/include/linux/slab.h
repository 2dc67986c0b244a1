/*
 * Mini kernel API (twindrivers): memory allocation.
 * Owns GFP flags (2.6.18 values), kmalloc/kzalloc/kfree and vmalloc/vfree.
 * All allocations are dom0 kernel virtual memory; NULL on failure.
 */
#ifndef _MINI_LINUX_SLAB_H
#define _MINI_LINUX_SLAB_H

#include <linux/types.h>

#define __GFP_WAIT 0x10u
#define __GFP_HIGH 0x20u
#define __GFP_IO 0x40u
#define __GFP_FS 0x80u
#define __GFP_HARDWALL 0x20000u
#define GFP_ATOMIC (__GFP_HIGH)
#define GFP_KERNEL (__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_USER (GFP_KERNEL | __GFP_HARDWALL)

/* size bytes, at least 4-byte aligned, uninitialised. */
void *__kmalloc(size_t size, gfp_t flags);
/* size bytes, zeroed. */
void *kzalloc(size_t size, gfp_t flags);
/* Frees a __kmalloc/kzalloc block; NULL is a no-op. */
void kfree(const void *block);
/* size bytes of virtually contiguous, page-aligned memory, uninitialised. */
void *vmalloc(unsigned long size);
/* Frees a vmalloc block; NULL is a no-op. */
void vfree(void *addr);

static inline void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}

#endif /* _MINI_LINUX_SLAB_H */
