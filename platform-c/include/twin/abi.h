/*
 * twindrivers platform C: the ABI between the emulated platform code and the host.
 *
 * Owns what the hypervisor, dom0's kernel code and the guests' netfront agree on: domain ids,
 * hypercall numbers, the shared ring and grant-table layouts of the paravirtual network
 * interface (after Xen's io/netif.h and grant_table.h, simplified), safety-event codes, and the
 * host primitives: privileged "hardware" operations the emulated machine offers as host hooks
 * (__hw_*), modeled kernel services of a place that are not on the measured path (__svc_*), and
 * instrumentation that costs nothing (__dbg_*).  Every primitive is named here and nowhere else;
 * the host binds each name to a hook address at load time (src/platform/pv/primitives.ts).
 *
 * Invariant: everything a place reads from another domain's memory (a guest's rings and grants,
 * dom0's sk_buffs) is untrusted input, validated before use (bounds, ownership, page containment).
 */
#ifndef _TWIN_ABI_H
#define _TWIN_ABI_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/mm.h>

/* ---- domains ---- */
#define DOMID_DOM0 0
#define DOMID_XEN 0x7ff0
#define MAX_GUESTS 64

/* ---- hypercalls: hypercall(nr, a1, a2, a3, a4) through the hypercall page ---- */
#define HC_NET_SETUP 1   /* guest: (tx ring va, rx ring va, grant table va): twin mode          */
#define HC_NET_TX 2      /* guest: (tx request va): transmit one packet through the hypervisor   */
#define HC_NET_POLL 3    /* guest: (): deliver queued packets and completions now               */
#define HC_EVTCHN_SEND 4 /* any: (remote domid): notify the peer of the split interface         */
#define HC_GNT_MAP 5     /* dom0: (domid, gref, dom0 va): map a granted guest page at dom0 va    */
#define HC_GNT_UNMAP 6   /* dom0: (dom0 va): unmap it again (TLB flush)                          */
#define HC_GNT_COPY 7    /* dom0: (domid, gref | offset << 16, dom0 src va, len): copy to guest  */
#define HC_IRQ_EOI 8     /* dom0: (irq): end of a physical interrupt delivered as an event       */
#define HC_GNT_SETUP 9   /* guest: (grant table va): split mode                                  */

#define HC_OK 0
#define HC_EINVAL (-22)
#define HC_EBUSY (-16)
#define HC_EAGAIN (-11)
#define HC_ENODEV (-19)
#define HC_EFAULT (-14)

/* ---- grants (a guest's grant table: one page of entries in the guest's memory) ---- */
#define NR_GRANTS 512
#define GTF_permit_access 1
#define GTF_readonly 4

struct grant_entry {
	u16 flags;
	u16 domid; /* the domain the frame is granted to */
	u32 frame; /* guest page: virtual page address in the guest's space */
};

/* ---- the paravirtual network interface (one TX and one RX ring per guest) ---- */
#define NET_RING_SIZE 256
#define NET_TX_HEAD 96     /* twin: bytes the hypervisor copies into the skb (thesis §4.3.3) */
#define NET_MAX_FRAME 1514 /* largest frame without FCS */

struct netif_tx_request {
	u16 gref;   /* grant of the page holding the frame */
	u16 offset; /* of the frame in that page */
	u16 id;
	u16 size;  /* frame bytes */
	u16 flags; /* NETTXF_* */
	u16 pad;
};

/*
 * Offload flags, Xen's public io/netif.h values. NETTXF_csum_blank: the frame is an IPv4 TCP/UDP
 * datagram whose L4 checksum field holds only the pseudo-header sum (Linux's CHECKSUM_PARTIAL);
 * whoever sends it fills the checksum in, the NIC (when the driver offers NETIF_F_IP_CSUM or
 * NETIF_F_HW_CSUM) or software. NETRXF_data_validated: the NIC validated the frame's checksum
 * (the driver said CHECKSUM_UNNECESSARY).
 */
#define NETTXF_csum_blank (1U << 0)
#define NETTXF_data_validated (1U << 1)
#define NETRXF_data_validated (1U << 0)
#define NETRXF_csum_blank (1U << 1)

struct netif_tx_response {
	u16 id;
	s16 status;
};

struct netif_rx_request {
	u16 id;
	u16 gref;   /* grant of the page holding the buffer */
	u16 offset; /* of the buffer in that page; it ends at the page's end or after 2048 bytes */
	u16 pad;
};

struct netif_rx_response {
	u16 id;
	u16 offset;
	s16 status; /* bytes received, or < 0: error */
	u16 flags;
};

union netif_tx_entry {
	struct netif_tx_request req;
	struct netif_tx_response rsp;
};

#define NET_RX_BUFFER 2048

union netif_rx_entry {
	struct netif_rx_request req;
	struct netif_rx_response rsp;
};

/* A ring shares one page: producer/consumer indices (free-running) and 256 entries. */
struct netif_tx_ring {
	u32 req_prod;
	u32 rsp_prod;
	u32 pad[14];
	union netif_tx_entry ring[NET_RING_SIZE];
};

struct netif_rx_ring {
	u32 req_prod;
	u32 rsp_prod;
	u32 pad[14];
	union netif_rx_entry ring[NET_RING_SIZE];
};

_Static_assert(sizeof(struct netif_tx_ring) <= 4096, "tx ring fits a page");
_Static_assert(sizeof(struct netif_rx_ring) <= 4096, "rx ring fits a page");

/* ---- safety events a place reports through __hw_abort (src/svm-runtime SafetyKind) ---- */
#define SAFETY_SVM_ACCESS 1   /* a translation refused: not a dom0 address */
#define SAFETY_HV_INPUT 2     /* a value read from dom0 memory failed validation */
#define SAFETY_INDIRECT 3     /* indirect transfer to neither module code nor a kernel routine */
#define SAFETY_BAD_RETURN 4   /* a checked ret leaving the instance elsewhere than to its caller */
#define SAFETY_WINDOWS 5      /* the SVM window area is exhausted within one driver invocation */

/* ---- hypervisor primitives (host hooks, hypervisor region) ---- */

/* Page-table entry (frame << 12 | flags, 0: not present) of va in a domain's address space. */
u32 __hw_pte(u32 domid, u32 va);
/* Sets the PTE of va in a domain's space (hypervisor: its window and mapcache areas only; dom0:
 * its grant-mapping area only); pte 0 unmaps.  0 or -1 (refused). */
int __hw_set_pte(u32 domid, u32 va, u32 pte);
/* A TLB flush after unmapping a page another domain may have cached (counted event). */
void __hw_tlb_flush(u32 domid);
/* Level of the physical interrupt line (the interrupt controller). */
u32 __hw_irq_line(u32 irq);
/* Marks an event pending for a domain; the scheduler delivers it (counted event). */
void __hw_notify(u32 domid);
/* Aborts the current driver invocation with a safety event; never returns.  why: C string. */
void __hw_abort(u32 kind, u32 addr, u32 site, const char *why) __attribute__((noreturn));
/*
 * THE choke point into the hypervisor instance of the driver: runs the VM-instance code address
 * fn (a pointer taken from dom0 memory) as entry `kind` with regparm arguments.  Returns the
 * driver's %eax in the low half and 0 (returned) or 1 (aborted: safety event logged, the driver
 * is dead) in the high half.
 */
u64 __hw_enter_driver(u32 kind, u32 fn, u32 a0, u32 a1, u32 a2);
#define ENTRY_XMIT 1
#define ENTRY_IRQ 2
#define ENTRY_POLL 3 /* a NAPI context's poll(napi, weight) (Linux 6.1) */
/* Records a safety event and marks the driver dead without aborting anything (the hypervisor's
 * own code found dom0 data it cannot use outside a driver invocation). */
void __hw_report(u32 kind, u32 addr, const char *why);
/* An skb dom0 allocated that the hypervisor is done with, back to dom0's allocator. */
void __hw_hand_back(u32 skb);

/* ---- instrumentation (uncharged): streaming-DMA bookkeeping shared by dom0 and the hypervisor ---- */
int __dbg_dma_map(u32 bus, u32 size, u32 dir, u32 kind_page);
void __dbg_dma_unmap(u32 bus, u32 size, u32 dir, u32 kind_page);

/* ---- dom0 kernel services (modeled, charged by the host; src/platform/dom0/routines.ts costs) ---- */
void *__svc_kmalloc(u32 size, u32 kind); /* kind: SVC_SKB / SVC_SKBDATA / SVC_PAGE */
void __svc_kfree(void *p, u32 kind);
void __svc_put_page(void *page);
void __svc_bug(u32 code, u32 value) __attribute__((noreturn)); /* kernel BUG(): oops */
void __svc_warn(u32 code, u32 value);                          /* survivable misuse */
#define SVC_SKB 1
#define SVC_SKBDATA 2
/* BUG codes oops; WARN codes (bit 8 set) are survivable misuse dom0 logs. */
#define BUG_SPINLOCK_MAGIC 1
#define BUG_DMA_NOT_RAM 2
#define BUG_NOT_A_PAGE 3
#define BUG_NR_FRAGS 4
#define WARN_UNLOCK_NOT_HELD 0x101
#define WARN_SHORT_ETH 0x102
#define WARN_HUGE_SKB 0x103
#define WARN_NOT_AN_SKB 0x104
#define WARN_SKB_USERS 0x105
#define IS_WARN(code) ((code) & 0x100)

/* ---- guest services (modeled): the guest's network stack beyond netfront ---- */
void __svc_guest_rx(u32 va, u32 len, u32 flags); /* flags: NETRXF_* */
void __svc_guest_tx_done(u32 id);

/* ---- hypercalls, as a PV kernel makes them (hypercall page at HYPERCALL_PAGE) ---- */
#define HYPERCALL_PAGE 0xc0ff0000
typedef int (*hypercall_fn)(u32 nr, u32 a1, u32 a2, u32 a3, u32 a4);
static __always_inline int hypercall(u32 nr, u32 a1, u32 a2, u32 a3, u32 a4)
{
	return ((hypercall_fn)HYPERCALL_PAGE)(nr, a1, a2, a3, a4);
}

/* Per-place counters the host reads by symbol (bytes moved by string copies; calls). */
struct place_stats {
	u32 copy_bytes;
	u32 copies;
};

#endif /* _TWIN_ABI_H */
