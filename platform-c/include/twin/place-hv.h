/*
 * twindrivers platform C: the hypervisor as a place for the hot routines (twin/hot-env.h).
 *
 * The hypervisor reaches dom0 data only through explicit SVM translation (thesis §4.2.3), with
 * the same stlb as the hypervisor instance of the driver (src/svm-runtime/abi.ts):
 *   entry i = { tag: dom0 page, mapped: hypervisor window mapping [tag, tag + 8 KiB) }.
 * D(p) is the rewritten code's fast path in C: hit when p lies in the entry's page; otherwise
 * the slow path (platform-c/hv/svm.c) maps a window or aborts the driver invocation.
 */
#ifndef _TWIN_PLACE_HV_H
#define _TWIN_PLACE_HV_H

#include <linux/types.h>
#include <linux/compiler.h>

struct stlb_entry {
	u32 tag;
	u32 mapped;
};

#define STLB_ENTRIES 4096
extern struct stlb_entry __svm_stlb[STLB_ENTRIES];

/* Slow path for the hypervisor's own accesses: aborts the invocation on a refused address. */
void *svm_slow_hv(u32 va);

static __always_inline void *D(const void *p)
{
	u32 va = (u32)p;
	const struct stlb_entry *e = &__svm_stlb[(va >> 12) & (STLB_ENTRIES - 1)];
	u32 off = va ^ e->tag;

	if (likely(off <= 0xfff))
		return (void *)(off + e->mapped);
	return svm_slow_hv(va);
}

#endif /* _TWIN_PLACE_HV_H */
