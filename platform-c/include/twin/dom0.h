/*
 * twindrivers platform C: dom0's kernel code (platform-c/dom0/): boot facts, the p2m table,
 * the backlog, netback's interface.
 */
#ifndef _TWIN_DOM0_H
#define _TWIN_DOM0_H

#include <twin/abi.h>
#include <linux/skbuff.h>

#define DOM0_MAX_FRAMES 16384 /* 64 MiB of dom0 RAM */

struct dom0_boot {
	u32 mem_map;	/* struct page array */
	u32 first_pfn;	/* machine frame of mem_map[0] */
	u32 frames;
	u32 lowmem;	/* va of frame first_pfn */
	volatile u8 *upcall_mask;
	u32 ram_pfns;	/* machine frames below this are RAM */
	u32 xen;	/* running on the hypervisor: bus addresses through p2m */
};
extern struct dom0_boot kboot;
/* Machine frame of dom0 frame index i (a grant map changes it for netback's pages). */
extern u32 p2m[DOM0_MAX_FRAMES];

struct sk_buff *backlog_dequeue(void);
extern u32 softirq_pending;

#endif /* _TWIN_DOM0_H */
