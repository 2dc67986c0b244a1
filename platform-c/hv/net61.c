// SPDX-License-Identifier: MIT
/*
 * The guests' paravirtual network interface in the hypervisor for a Linux 6.1 driver (thesis
 * §4.3.3, twin mode), beside the mini API's (net.c, whose ring handling it shares):
 *
 * transmit (HC_NET_TX, in the guest's context): the request and the frame are the guest's; the
 *   hypervisor builds a Linux 6.1 sk_buff around a pooled struct and head fragment
 *   (__build_skb_around, head_frag) as the stack hands one to a driver, honouring the features
 *   the driver advertised in dev->features: with NETIF_F_SG the first NET_TX_HEAD (96) bytes are
 *   copied into the head and the rest is frag 0, a placeholder dom0 page bound to the guest's
 *   own frame (the NIC reads the guest's page, nothing is copied); without it the whole frame is
 *   copied into the head (a linear skb). A request with NETTXF_csum_blank gets its TCP/UDP
 *   checksum as the driver's NETIF_F_IP_CSUM / NETIF_F_HW_CSUM allow (hot.c frame_csum: asked of
 *   the NIC as CHECKSUM_PARTIAL, else filled in software); without it CHECKSUM_NONE (the guest's
 *   frame is complete). Then netdev_ops->ndo_start_xmit, unless the queue
 *   is stopped (the driver's XOFF or BQL's). When the driver frees the skb, the guest gets its
 *   TX response (env-hv.c's struct free).
 *   Before:  guest page [frame]                 After:  skb head [NET_SKB_PAD | 96 bytes]
 *                                                       frag 0 = placeholder page -> guest frame
 * receive: the driver's interrupt handler schedules NAPI (hot __napi_schedule: dom0's poll list,
 *   NET_RX raised); l61_napi_run is net_rx_action for that list, each poll(napi, weight) run as
 *   the hypervisor instance; napi_gro_receive (hot) hands each frame to l61_rx_to_guests, which
 *   queues a reference for the guest its destination MAC names (one for every guest when it is
 *   broadcast); the driver's CHECKSUM_UNNECESSARY (the NIC validated the checksum) reaches the
 *   guest as NETRXF_data_validated on its RX response; the guest's resume (net.c) copies it into its posted buffer and drops the reference
 *   (l61_rx_delivered). Frames for dom0's own address go to dom0's stack.
 *
 * Everything read from dom0 memory (skb fields, the poll list, the net device) is checked before
 * it steers anything; a bad value aborts the driver with a safety event (D(), __hw_abort).
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>
#include <twin/hv.h>
#include <twin/hv-linux61.h>

#define NAPIF(x) (1U << L_NAPI_STATE_##x)
/* SKB_DATA_ALIGN(sizeof(struct skb_shared_info)): the head fragment's tail that __build_skb_around keeps. */
#define SKB_SHINFO_ROOM ((L_SIZEOF_skb_shared_info + L_SMP_CACHE_BYTES - 1) & ~(L_SMP_CACHE_BYTES - 1))
#define QUEUE_XOFF ((1U << L___QUEUE_STATE_DRV_XOFF) | (1U << L___QUEUE_STATE_STACK_XOFF))

u32 l61_tx_sg, l61_tx_linear, l61_tx_csum_nic, l61_tx_csum_sw, l61_napi_polls, l61_rx_dom0;

/* ---- receive ---------------------------------------------------------------------------- */

const char *l61_rx_describe(u32 skb, struct rx_desc *d, u32 *bad)
{
	u8 *s = svm_try(skb), *sh;
	u32 head, hdr, len, data_len, i, sum = 0, mac;

	*bad = skb;
	if (!s)
		return "netif_receive_skb: the skb is not dom0 memory";
	head = L32(s, sk_buff, head);
	mac = L16(s, sk_buff, mac_header);
	*bad = mac;
	if (mac == 0xffff)
		return "netif_receive_skb: no MAC header set";
	d->mac = head + mac;
	hdr = L32(s, sk_buff, data) - d->mac;
	len = L32(s, sk_buff, len);
	data_len = L32(s, sk_buff, data_len);
	*bad = hdr;
	if (hdr < L_ETH_HLEN || hdr > 64)
		return "netif_receive_skb: no MAC header in front of the data";
	*bad = data_len;
	if (data_len > len)
		return "netif_receive_skb: data_len larger than len";
	*bad = len;
	if (len > NET_RX_BUFFER - hdr)
		return "netif_receive_skb: frame longer than a guest buffer";
	d->linear = hdr + len - data_len;
	d->flags = LBIT(s, sk_buff, ip_summed) == L_CHECKSUM_UNNECESSARY ? NETRXF_data_validated : 0;
	d->total = hdr + len;
	*bad = L32(s, sk_buff, end);
	sh = svm_try(L32(s, sk_buff, end));
	if (!sh)
		return "netif_receive_skb: skb_shinfo is not dom0 memory";
	d->nr_frags = L8(sh, skb_shared_info, nr_frags);
	*bad = d->nr_frags;
	if (d->nr_frags > MAX_SKB_FRAGS || d->nr_frags > L_MAX_SKB_FRAGS)
		return "netif_receive_skb: nr_frags larger than MAX_SKB_FRAGS";
	for (i = 0; i < d->nr_frags; i++) {
		u8 *f = sh + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t;
		u32 page = L32(f, bio_vec, bv_page), off = L32(f, bio_vec, bv_offset), size = L32(f, bio_vec, bv_len);
		u32 va = dom0_page_va(page);

		*bad = page;
		if (!va)
			return "netif_receive_skb: fragment page is not a dom0 struct page";
		*bad = off;
		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
			return "netif_receive_skb: fragment leaves its page";
		d->frag_va[i] = va + off;
		d->frag_len[i] = size;
		sum += size;
	}
	*bad = sum;
	if (sum != data_len)
		return "netif_receive_skb: fragments do not hold data_len bytes";
	return NULL;
}

/* The guest whose MAC is dst, or NULL. */
static struct guest *guest_for(const u8 *dst)
{
	u32 i;

	for (i = 1; i <= MAX_GUESTS; i++) {
		struct guest *g = &guests[i];

		if (g->present && *(const u32 *)g->mac == *(const u32 *)dst &&
		    *(const u16 *)(g->mac + 4) == *(const u16 *)(dst + 4))
			return g;
	}
	return NULL;
}

/* One more reference for another guest's queue. */
static void skb_get(u32 skb)
{
	L32((u8 *)D((void *)skb), sk_buff, users) += 1;
}

void l61_hv_skb_put(u32 skb)
{
	u8 *s = D((void *)skb);
	int users = L32(s, sk_buff, users);

	if (users == l61env_last_ref(skb)) {
		l61env_skb_free(skb);
		return;
	}
	if (users <= 0) {
		env_warn(WARN_L61_SKB_USERS, skb);
		return;
	}
	L32(s, sk_buff, users) = users - 1;
}

static void queued(u32 skb, int delta)
{
	int i = l61_pool_skb_index(skb);

	if (i >= 0)
		l61_skbs[i].queued += delta;
}

int l61_rx_to_guests(u32 skb)
{
	struct rx_desc d;
	struct guest *g;
	const u8 *dst, *own;
	u32 bad, i, n = 0;
	const char *why = l61_rx_describe(skb, &d, &bad);
	u8 *nd;

	if (why)
		__hw_abort(SAFETY_HV_INPUT, bad, 0, why);
	dst = D((void *)d.mac);
	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
		for (i = 1; i <= MAX_GUESTS; i++)
			if (guests[i].present && guests[i].rxq_tail - guests[i].rxq_head < NET_RING_SIZE)
				n++;
		/* The driver's reference goes to the first queue; one more for each other guest. */
		for (i = 1; i < n; i++)
			skb_get(skb);
		for (i = 1; n && i <= MAX_GUESTS; i++)
			if (guests[i].present && !guest_queue_rx(&guests[i], skb))
				queued(skb, 1);
	} else {
		g = guest_for(dst);
		if (!g) {
			nd = dom0.netdev ? svm_try(dom0.netdev) : NULL;
			own = nd ? svm_try(L32(nd, net_device, dev_addr)) : NULL;
			if (own && *(const u32 *)own == *(const u32 *)dst && *(const u16 *)(own + 4) == *(const u16 *)(dst + 4)) {
				l61_rx_dom0++;
				return 0;
			}
		}
		if (g && !guest_queue_rx(g, skb)) {
			queued(skb, 1);
			n = 1;
		}
	}
	if (!n) {
		hv_stats.unknown_mac++;
		l61_hv_skb_put(skb);
		return 1;
	}
	hv_stats.delivered++;
	return 1;
}

void l61_rx_delivered(u32 skb)
{
	queued(skb, -1);
	l61_hv_skb_put(skb);
}

/*
 * net_rx_action on dom0's poll list (net/core/dev.c): each scheduled context's poll(napi, weight)
 * run as the hypervisor instance's; a context that used its whole weight stays listed (polled
 * again), one being disabled is completed. Runs until the list is empty (or max_polls): NET_RX is
 * then cleared, so that dom0 never polls the VM instance for frames that are the guests'. Waits,
 * like the interrupt, while dom0 or the instance has its virtual interrupts masked.
 */
u32 l61_napi_run(u32 max_polls)
{
	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list, polls = 0;

	while (polls < max_polls && !hv_driver_dead) {
		u8 *mask = svm_try(dom0.upcall_mask), *d;
		u32 first, n, weight, entry, next, prev;
		int work = 0;

		if (!mask || *mask || svm_vif)
			return polls;
		first = *(volatile u32 *)D((void *)head);
		if (first == head)
			break;
		entry = first;
		n = entry - L_OFF_napi_struct_poll_list;
		/* list_del_init(&n->poll_list) */
		next = *(volatile u32 *)D((void *)entry);
		prev = *(volatile u32 *)D((void *)(entry + 4));
		*(volatile u32 *)D((void *)prev) = next;
		*(volatile u32 *)D((void *)(next + 4)) = prev;
		*(volatile u32 *)D((void *)entry) = entry;
		*(volatile u32 *)D((void *)(entry + 4)) = entry;
		d = D((void *)n);
		weight = L32(d, napi_struct, weight);
		if (L32(d, napi_struct, state) & NAPIF(SCHED)) {
			polls++;
			l61_napi_polls++;
			if (driver_poll(n, weight, &work))
				return polls;
		}
		if ((u32)work > weight)
			hv_stats.warnings++;
		if (work < 0 || (u32)work < weight)
			continue;
		d = D((void *)n);
		if (L32(d, napi_struct, state) & NAPIF(DISABLE)) {
			L61(napi_complete_done)(n, work);
		} else if (L32(d, napi_struct, poll_list) == entry) {
			/* list_add_tail(&n->poll_list, &sd->poll_list): polled again */
			prev = *(volatile u32 *)D((void *)(head + 4));
			*(volatile u32 *)D((void *)entry) = head;
			*(volatile u32 *)D((void *)(entry + 4)) = prev;
			*(volatile u32 *)D((void *)prev) = entry;
			*(volatile u32 *)D((void *)(head + 4)) = entry;
		}
	}
	if (*(volatile u32 *)D((void *)head) == head)
		*(volatile u32 *)D((void *)l61_place.softirq_pending) &= ~(1U << L_NET_RX_SOFTIRQ);
	return polls;
}

/* ---- transmit --------------------------------------------------------------------------- */

u32 l61_placeholder_bus(u32 page, u32 offset, u32 size)
{
	int i = l61_pool_page_index(page);
	u32 mfn = i >= 0 ? l61_skbs[i].frag_mfn : 0;

	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
		return 0;
	return (mfn << PAGE_SHIFT) + offset;
}

static int tx_stopped(u8 *nd)
{
	u8 *q = svm_try(L32(nd, net_device, _tx));

	return !q || (L32(q, netdev_queue, state) & QUEUE_XOFF);
}

/* A pooled skb and head fragment for a guest's frame of `size` bytes: head bytes in the head, the rest frag 0. */
static u32 tx_build(struct l61_skb_slot **slot, u32 frame, u32 size, u32 head, u32 mfn, u32 frame_off)
{
	u32 skb, frag;
	int i;

	frag = l61env_frag_alloc(l61_pool_frag_size, ~0U);
	if (!frag)
		return 0;
	skb = l61env_skb_struct_alloc();
	i = skb ? l61_pool_skb_index(skb) : -1;
	if (i < 0) {
		l61env_frag_free(frag);
		return 0;
	}
	*slot = &l61_skbs[i];
	L61(frame_skb)(skb, frag, l61_pool_frag_size, (const u8 *)frame, size, head, (*slot)->page, frame_off + head, dom0.netdev);
	L32((u8 *)D((void *)skb), sk_buff, users) = 2; /* the driver's reference and the pool's */
	if (size > head) {
		(*slot)->frag_mfn = mfn;
		pool_p2m_bind((*slot)->page, mfn);
	}
	return skb;
}

int l61_net_tx(struct guest *g, u32 req_va)
{
	struct netif_tx_request req;
	struct l61_skb_slot *slot = NULL;
	u8 *nd;
	u32 page, mfn, head, skb, q, features;
	int ret, attempt, sg;

	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
		return HC_EFAULT;
	req = *(struct netif_tx_request *)req_va;
	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	    req.size > PAGE_SIZE - req.offset || (req.flags & ~(NETTXF_csum_blank | NETTXF_data_validated)))
		return HC_EINVAL;
	page = net_grant_frame(g, req.gref, 0);
	mfn = page ? guest_page(g, page + req.offset, req.size, 0) : 0;
	if (!mfn)
		return HC_EFAULT;
	if (!dom0.netdev || hv_driver_dead)
		return HC_ENODEV;
	nd = svm_try(dom0.netdev);
	if (!nd) {
		__hw_report(SAFETY_SVM_ACCESS, dom0.netdev, "transmit hypercall: the net device is not dom0 memory");
		return HC_ENODEV;
	}
	if (!(L32(nd, net_device, state) & (1U << L___LINK_STATE_START)))
		return HC_ENODEV;
	if (tx_stopped(nd)) {
		hv_softirq_run();
		nd = svm_try(dom0.netdev);
		if (!nd || tx_stopped(nd))
			return HC_EBUSY;
	}
	/* The driver's features (netdev_features_t: its low word holds SG and the checksum bits). */
	features = L32(nd, net_device, features);
	sg = (features >> L_NETIF_F_SG_BIT) & 1;
	head = sg ? min_t(u32, req.size, NET_TX_HEAD) : req.size;
	if (head + L_NET_SKB_PAD + SKB_SHINFO_ROOM > l61_pool_frag_size)
		return HC_EINVAL;
	skb = tx_build(&slot, page + req.offset, req.size, head, mfn, req.offset);
	if (!skb)
		return HC_EAGAIN;
	if (req.flags & NETTXF_csum_blank) {
		ret = L61(frame_csum)(skb, (const u8 *)(page + req.offset), req.size, features);
		if (ret < 0) {
			slot->tx_guest = 0;
			L61(free_skb)(skb);
			return HC_EINVAL;
		}
		if (ret)
			l61_tx_csum_nic++;
		else
			l61_tx_csum_sw++;
	}
	if (sg)
		l61_tx_sg++;
	else
		l61_tx_linear++;
	slot->tx_guest = g->id;
	slot->tx_id = req.id;
	if (++g->tx_inflight > NET_RING_SIZE / 2)
		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	for (attempt = 0; attempt < 2; attempt++) {
		hv_stats.xmit_calls++;
		if (driver_xmit_l61(skb, dom0.netdev, &ret))
			return HC_ENODEV;
		if (ret == L_NETDEV_TX_OK) {
			hv_stats.xmit_ok++;
			/* txq_trans_cond_update: dom0's watchdog sees the queue moving. */
			nd = svm_try(dom0.netdev);
			q = nd ? L32(nd, net_device, _tx) : 0;
			if (q)
				L32((u8 *)D((void *)q), netdev_queue, trans_start) = *(volatile u32 *)D((void *)l61_place.jiffies);
			return HC_OK;
		}
		hv_stats.xmit_busy++;
		hv_softirq_run();
	}
	/* Not sent: the guest keeps its buffer (no response), the skb goes back. */
	slot->tx_guest = 0;
	g->tx_inflight--;
	L61(free_skb)(skb);
	return HC_EBUSY;
}
