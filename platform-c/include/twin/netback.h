/*
 * twindrivers platform C: dom0's netback (platform-c/dom0/netback.c) and its Linux 6.1 skb side
 * (platform-c/dom0/netback61.c): what the rings' code needs of an skb, whichever ABI built it.
 */
#ifndef _TWIN_NETBACK_H
#define _TWIN_NETBACK_H

#include <twin/abi.h>
#include <linux/skbuff.h>

/* A received frame as netback copies it to a guest: MAC header + linear part, then fragments. */
struct nb_frame {
	u32 mac;	/* dom0 va of the MAC header */
	u32 hdr;	/* bytes from it to skb->data */
	u32 len, data_len, nr_frags;
	u32 frag_page[MAX_SKB_FRAGS], frag_off[MAX_SKB_FRAGS], frag_size[MAX_SKB_FRAGS];
	u32 flags;	/* NETRXF_* for the guest's response */
};

/* The driver is done with pending slot's skb (its destructor): 1 when skb is that slot's. */
int netbk_slot_done(u32 slot, u32 skb);

/* Linux 6.1 (netback61.c). */
u32 nb61_tx_skb(u32 dev, u32 frame, u32 size, u32 head, u32 page, u32 frag_off, u32 slot, u32 flags);
/* L61(csum_l4) of a NETTXF_csum_blank frame (hot.c): >= 0 when its checksum can be filled. */
int nb61_csum_l4(u32 frame, u32 size, u32 head);
int nb61_xmit(u32 skb, u32 dev);
u32 nb61_dequeue(void);
u32 nb61_mac(u32 skb);
void nb61_describe(u32 skb, struct nb_frame *f);
void nb61_free(u32 skb);

#endif /* _TWIN_NETBACK_H */
