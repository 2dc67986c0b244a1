/*
 * twindrivers platform C: the hypervisor's internal interfaces (platform-c/hv/).
 * Owns the hypervisor's memory map constants (shared with src/platform/hypervisor/layout.ts),
 * the frame table, the SVM runtime's hypervisor side, the skb pool and per-guest state.
 */
#ifndef _TWIN_HV_H
#define _TWIN_HV_H

#include <twin/abi.h>
#include <twin/place-hv.h>
#include <linux/skbuff.h>
#include <linux/netdevice.h>

/* Everything at or above this address is the hypervisor's (mapped in every domain's space). */
#define HV_REGION_START 0xfc000000U
#define PTE_P 1U
#define PTE_W 2U
#define PTE_U 4U

/* ---- frame table: who owns each machine frame (dom0 unless told otherwise) ---- */
#define MAX_FRAMES 0x20000 /* machine frames the frame table covers (1 GiB of RAM above 1 MiB) */
#define OWNER_DOM0 0
#define OWNER_XEN 0xff
extern u8 frame_owner[MAX_FRAMES];
int dom0_owns(u32 pfn);
int guest_owns(u32 domid, u32 pfn);

/* ---- SVM (svm.c) ---- */
/* dom0 va -> hypervisor address (window), 0 when refused; *why says why. */
u32 svm_translate(u32 va, const char **why);
/* The hypervisor's own access to dom0 memory, tolerant: NULL when refused (no abort). */
void *svm_try(u32 va);
extern u32 svm_invocations;
extern u8 svm_vif;
void svm_flush(void);
/* The running invocation's stack window (twin/svm-stack.h): opened and closed by driver.c. */
int svm_set_stack(u32 lo, u32 hi);
void svm_stack_enter(void);
void svm_stack_leave(void);
/* Bytes of the window area in use, and its size. */
u32 svm_next_window_used(void);
u32 svm_window_area(void);

/* ---- the driver-facing ABI (driver.c): the only ways the hypervisor runs driver code ---- */
int driver_xmit(struct sk_buff *skb, struct net_device *dev, int *ret);
int driver_irq(int *ret);
/* Linux 6.1 (driver.c): ndo_start_xmit through netdev_ops, a NAPI context's poll. */
int driver_xmit_l61(u32 skb, u32 dev, int *ret);
int driver_poll(u32 napi, u32 weight, int *ret);

/* ---- dom0 facts the host told the hypervisor at boot (core.c) ---- */
struct dom0_info {
	u32 netdev;	   /* the net device the driver registered */
	u32 mem_map;	   /* dom0's struct page array */
	u32 first_pfn;	   /* machine frame of mem_map[0] */
	u32 frames;	   /* entries of mem_map */
	u32 lowmem;	   /* dom0 va of frame first_pfn */
	u32 upcall_mask;   /* dom0 va of evtchn_upcall_mask */
	u32 irq;	   /* the NIC's interrupt line */
	u32 irq_handler;   /* VM-instance address of the driver's handler (request_irq) */
	u32 irq_dev;	   /* its dev_id */
	u32 iomem_lo;	   /* frames [iomem_lo, iomem_hi) are dom0's device memory */
	u32 iomem_hi;
	u32 p2m;	   /* dom0 va of its p2m table (machine frame per frame index of mem_map) */
};
extern struct dom0_info dom0;

/* ---- the skb pool (pool.c) ---- */
#define POOL_MAX 2048
#define POOL_PAGES_PER_SKB 1
struct pool_skb {
	u32 skb;	  /* dom0 address of the struct */
	u32 head;	  /* its buffer (trusted copy: dom0 memory may say otherwise) */
	u32 size;	  /* linear bytes */
	u16 out;	  /* handed out */
	u16 rx_refs;	  /* guests this received skb is still queued for */
	u16 tx_guest;	  /* twin TX: the guest whose request this is (0: none) */
	u16 tx_id;	  /* its request id */
	u32 page[POOL_PAGES_PER_SKB]; /* placeholder struct pages for the guest's fragments */
	u32 frag_mfn[POOL_PAGES_PER_SKB]; /* machine frame each placeholder stands for (0: none) */
};
extern struct pool_skb pool[POOL_MAX];
struct pool_skb *pool_take(u32 len);
struct pool_skb *pool_find(u32 skb);
void pool_give(struct pool_skb *e);
/* Bus address for a placeholder page bound to a guest frame, 0 if page is no such placeholder. */
u32 pool_frag_bus(u32 page, u32 offset, u32 size);
void pool_bind_frag(struct pool_skb *e, u32 slot, u32 mfn);
void pool_reclaim(void);
extern u32 pool_length;

/* ---- guests (core.c) ---- */
struct guest {
	u32 id;
	u8 mac[6];
	u16 present;
	struct netif_tx_ring *tx;	/* guest va (twin mode) */
	struct netif_rx_ring *rx;
	struct grant_entry *gnttab;
	u32 rx_cons;			/* requests consumed from rx */
	u32 rxq[NET_RING_SIZE];		/* frames queued for this guest: RXQ_POOL(i) or RXQ_DOM0(skb) */
	u32 rxq_head, rxq_tail;
	u16 txc[NET_RING_SIZE];		/* TX completions to post */
	u32 txc_head, txc_tail;
	u32 delivered, dropped, tx_done;
	u32 tx_inflight;		/* transmitted frames not completed yet */
};
extern struct guest guests[MAX_GUESTS + 1];
struct guest *guest_by_id(u32 id);
void guest_tx_complete(u32 id, u32 tx_id);
/* A queued frame: a pooled skb (even) or, delivered to one guest only, one of dom0's (odd). */
#define RXQ_POOL(i) ((i) << 1)
#define RXQ_DOM0(skb) ((skb) | 1)
int guest_queue_rx(struct guest *g, u32 ref);

/* A received frame as the hypervisor checked it (net.c): MAC header + linear part, fragments. */
struct rx_desc {
	u32 mac;	/* dom0 va of the MAC header */
	u32 linear;	/* bytes from mac to the end of the linear data */
	u32 nr_frags;
	u32 frag_va[MAX_SKB_FRAGS];
	u32 frag_len[MAX_SKB_FRAGS];
	u32 total;
	u32 flags;	/* NETRXF_* for the guest's response */
};
/* NULL when skb describes a frame the hypervisor can deliver, else why not (*bad: the value). */
const char *rx_describe(u32 skb, struct rx_desc *d, u32 *bad);
/* dom0 va of a struct page of dom0's mem_map, 0 if it is none. */
u32 dom0_page_va(u32 page);
u32 guest_page(const struct guest *g, u32 va, u32 len, int write);
void hv_softirq_run(void);
extern u32 hv_driver_dead;
extern u8 hv_guest_work[MAX_GUESTS + 1];

/*
 * A run-time allocation fault (fault-injection campaigns, src/inject): the `call`-th allocation
 * after it is armed returns NULL (kind 1, Rio's ALLOC) or an skb that is at once back in the pool
 * while the driver keeps using it (kind 2, Rio's FREE: the next taker shares it). hv/env.c.
 */
struct alloc_fault {
	u32 kind;
	u32 call;
	u32 seen;
	u32 fired;
};
extern struct alloc_fault hv_alloc_fault;

/* Counters of the hypervisor's own work, read by the host by symbol. */
struct hv_stats {
	u32 hypercalls;
	u32 xmit_calls, xmit_ok, xmit_busy;
	u32 irq_calls, irq_deferred;
	u32 delivered, unknown_mac, handed_back;
	u32 warnings;
};
extern struct hv_stats hv_stats;

#endif /* _TWIN_HV_H */
