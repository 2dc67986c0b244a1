/*
 * twindrivers platform C: the hypervisor's packet path for a Linux 6.1 driver (platform-c/hv/net61.c,
 * the pools of platform-c/hot/linux61/env-hv.c), beside the mini API's (hv/net.c, hv/pool.c).
 * Which one runs is hv_l61 (set when the host boots the Linux 6.1 place: l61_hv_boot).
 */
#ifndef _TWIN_HV_LINUX61_H
#define _TWIN_HV_LINUX61_H

#include <twin/hv.h>

extern u32 hv_l61;

/* ---- the pools (env-hv.c) ---- */
#define L61_POOL 512
#define L61_KIND_SKB 0  /* a struct sk_buff */
#define L61_KIND_FRAG 1 /* a receive/transmit head fragment */
#define L61_KIND_PAGE 2 /* a placeholder struct page for a guest's transmitted bytes */

struct l61_skb_slot {
	u32 skb;      /* dom0 address of the struct */
	u32 page;     /* its placeholder struct page (0: none) */
	u32 frag_mfn; /* the guest frame the placeholder stands for now (0: none) */
	u8 out;	      /* handed out */
	u8 queued;    /* guests' receive queues holding it */
	u16 tx_guest; /* a guest's transmit: the guest (0: none) */
	u16 tx_id;    /* its request id */
};
extern struct l61_skb_slot l61_skbs[L61_POOL];
extern u32 l61_pool_nskbs, l61_pool_frag_size;

int l61_pool_skb_index(u32 skb);
int l61_pool_page_index(u32 page);
void l61_pool_reclaim(void);
/* The hypervisor's own put of an skb reference (a delivered frame, a completed transmit). */
void l61_hv_skb_put(u32 skb);

/* What __hw_hand_back gives back to dom0 (the low bits of the address say what it is). */
#define HAND_BACK_SKB 0	 /* an skb, freed by dom0 (kfree_skb) */
#define HAND_BACK_FRAG 1 /* a head fragment (page_frag_free) */
#define HAND_BACK_HEAD 2 /* a kmalloc'ed head (kfree) */
#define HAND_BACK_PAGE 3 /* a fragment's page (put_page) */

/* ---- the packet path (net61.c) ---- */
/* netif_receive_skb in the hypervisor: 1 when the frame was the guests' (queued or dropped), 0: dom0's. */
int l61_rx_to_guests(u32 skb);
/* A frame the guest's queue held was delivered (or failed): the queue's reference dropped. */
void l61_rx_delivered(u32 skb);
/* HC_NET_TX of a guest. */
int l61_net_tx(struct guest *g, u32 req_va);
/* net_rx_action on dom0's poll list, the polls run as the hypervisor instance's; polls run. */
u32 l61_napi_run(u32 max_polls);
/* Bus address of a placeholder page bound to a guest frame, 0 if page is no such placeholder. */
u32 l61_placeholder_bus(u32 page, u32 offset, u32 size);
/* A queued frame as the hypervisor checked it (twin/hv.h struct rx_desc). */
const char *l61_rx_describe(u32 skb, struct rx_desc *d, u32 *bad);

/* dom0's p2m entry of a placeholder page: the guest frame it stands for, or its own frame (mfn 0). */
void pool_p2m_bind(u32 page, u32 mfn);
/* The guest page a grant names, checked in the guest's own table (hv/net.c). */
u32 net_grant_frame(struct guest *g, u32 gref, int write);

#endif /* _TWIN_HV_LINUX61_H */
