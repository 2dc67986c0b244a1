// SPDX-License-Identifier: MIT
/*
 * dom0's netback for a Linux 6.1 driver (split configuration): the Linux 6.1 skbs of netback.c's
 * transmit and receive. A guest's frame becomes an skb as __netdev_alloc_skb builds one (a page
 * fragment head, __build_skb_around, head_frag) with the first PKT_PROT_LEN bytes copied and the
 * rest frag 0 of netback's page that maps the guest's (netback.c tx_one); it goes to
 * netdev_ops->ndo_start_xmit unless the queue is stopped (the driver's XOFF or BQL's), as
 * dev_hard_start_xmit would, with the queue's trans_start updated; a NETTXF_csum_blank request's
 * checksum is asked of the NIC or filled in software as the driver's features allow (hot.c
 * frame_csum), and the driver's CHECKSUM_UNNECESSARY on receive is the guest's NETRXF_data_validated. Its destructor gives the slot
 * back (netbk_slot_done) and clears nr_frags: the page is the guest's, never put. Received frames
 * are the ones the driver's NAPI handed to the stack (env-dom0.c's queue, l61_backlog_*).
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>
#include <twin/dom0.h>
#include <twin/netback.h>

extern u32 l61_backlog_head, l61_backlog_tail, l61_backlog_qlen;

#define SKB_DATA_ALIGN(x) (((x) + L_SMP_CACHE_BYTES - 1) & ~(L_SMP_CACHE_BYTES - 1))
#define QUEUE_XOFF ((1U << L___QUEUE_STATE_DRV_XOFF) | (1U << L___QUEUE_STATE_STACK_XOFF))

static void tx_done(u32 skb)
{
	u8 *s = (u8 *)skb;

	if (netbk_slot_done(L32(s, sk_buff, cb), skb))
		L8((u8 *)L32(s, sk_buff, end), skb_shared_info, nr_frags) = 0;
}

u32 nb61_tx_csum_nic, nb61_tx_csum_sw;

int nb61_csum_l4(u32 frame, u32 size, u32 head)
{
	return L61(csum_l4)((const u8 *)frame, size, head);
}

u32 nb61_tx_skb(u32 dev, u32 frame, u32 size, u32 head, u32 page, u32 frag_off, u32 slot, u32 flags)
{
	u32 fragsz = SKB_DATA_ALIGN(L_NET_SKB_PAD + head) + SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info);
	u32 frag = l61env_frag_alloc(fragsz, ~0U), skb;
	u8 *s;

	if (!frag)
		return 0;
	skb = l61env_skb_struct_alloc();
	if (!skb) {
		l61env_frag_free(frag);
		return 0;
	}
	L61(frame_skb)(skb, frag, fragsz, (const u8 *)frame, size, head, page, frag_off, dev);
	if (flags & NETTXF_csum_blank) {
		/* netback.c checked the frame (nb61_csum_l4): the checksum lies in the head. */
		if (L61(frame_csum)(skb, (const u8 *)frame, size, L32((u8 *)dev, net_device, features)))
			nb61_tx_csum_nic++;
		else
			nb61_tx_csum_sw++;
	}
	s = (u8 *)skb;
	L32(s, sk_buff, cb) = slot;
	L32(s, sk_buff, destructor) = (u32)tx_done;
	return skb;
}

int nb61_xmit(u32 skb, u32 dev)
{
	u8 *d = (u8 *)dev, *q = (u8 *)L32(d, net_device, _tx);
	int (*xmit)(u32, u32) = *(int (**)(u32, u32))(L32(d, net_device, netdev_ops) + L_OFF_net_device_ops_ndo_start_xmit);
	int r;

	if (L32(q, netdev_queue, state) & QUEUE_XOFF)
		return 0x10; /* NETDEV_TX_BUSY */
	r = xmit(skb, dev);
	if (r == L_NETDEV_TX_OK)
		L32(q, netdev_queue, trans_start) = *(volatile u32 *)l61_place.jiffies;
	return r;
}

u32 nb61_dequeue(void)
{
	u32 skb = l61_backlog_head;

	if (!skb)
		return 0;
	l61_backlog_head = L32((u8 *)skb, sk_buff, next);
	if (!l61_backlog_head)
		l61_backlog_tail = 0;
	l61_backlog_qlen--;
	return skb;
}

u32 nb61_mac(u32 skb)
{
	u8 *s = (u8 *)skb;

	return L32(s, sk_buff, head) + L16(s, sk_buff, mac_header);
}

void nb61_describe(u32 skb, struct nb_frame *f)
{
	u8 *s = (u8 *)skb, *sh = (u8 *)L32(s, sk_buff, end);
	u32 i;

	f->mac = nb61_mac(skb);
	f->hdr = L32(s, sk_buff, data) - f->mac;
	f->len = L32(s, sk_buff, len);
	f->data_len = L32(s, sk_buff, data_len);
	f->nr_frags = L8(sh, skb_shared_info, nr_frags);
	f->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
		u8 *fr = sh + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t;

		f->frag_page[i] = L32(fr, bio_vec, bv_page);
		f->frag_off[i] = L32(fr, bio_vec, bv_offset);
		f->frag_size[i] = L32(fr, bio_vec, bv_len);
	}
}

/* consume_skb: the last reference frees it. */
void nb61_free(u32 skb)
{
	u8 *s = (u8 *)skb;
	int users = L32(s, sk_buff, users);

	if (users == 1)
		L61(free_skb)(skb);
	else if (users > 1)
		L32(s, sk_buff, users) = users - 1;
}
