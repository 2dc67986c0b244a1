// SPDX-License-Identifier: MIT
/*
 * dom0's netback for the split configuration (after Linux 2.6.18-xen drivers/xen/netback, much
 * simplified), and dom0's half of Xen's physical-interrupt delivery.
 *
 * transmit (a guest's event): for each request on the guest's TX ring, the granted page is
 *   mapped into one of netback's pages (HC_GNT_MAP; the p2m then names the guest frame, so the
 *   NIC reads the guest's page), the first PKT_PROT_LEN bytes are copied into a fresh skb and the
 *   rest becomes a fragment of the mapped page; the skb goes to the driver's hard_start_xmit.
 *   When the driver frees it, the destructor queues the page for unmapping; netback_action()
 *   unmaps (HC_GNT_UNMAP: a TLB flush), posts the TX response and notifies the guest.
 * receive: frames the driver passed to netif_rx wait on the backlog; netback_action() takes each,
 *   finds the guest by destination MAC (the bridge), copies it into a buffer the guest posted
 *   (HC_GNT_COPY: the hypervisor copies), posts the RX response and notifies the guest.
 *
 * The guests' rings are mapped into dom0 when a guest connects (netback_connect); every index,
 * size, offset and id read from them is checked before use.
 *
 * The skbs are the mini API's, or Linux 6.1's when dom0 speaks it (nb_l61: netback61.c builds,
 * transmits, describes and frees those; the rings, grants and guests are the same).
 */
#include <twin/hot-env.h>
#include <twin/lib.h>
#include <twin/dom0.h>
#include <twin/netback.h>

#define PKT_PROT_LEN 64
#define MAX_PENDING 256
#define MAX_VIFS 64
#define XOFF (1U << __LINK_STATE_XOFF)

struct vif {
	u32 domid;
	u8 mac[6];
	u16 connected;
	struct netif_tx_ring *tx; /* the guest's ring pages, mapped into dom0 */
	struct netif_rx_ring *rx;
	u32 tx_cons, rx_cons;
	u32 notify;
};

struct pending {
	u16 vif;
	u16 id;
	struct sk_buff *skb;
};

struct vif vifs[MAX_VIFS];
u32 nr_vifs;
struct net_device *nb_netdev;
/* Netback's pages: pending slot i maps its guest page at nb_area + i pages. */
u32 nb_area;
struct pending pending[MAX_PENDING];
u16 pending_free[MAX_PENDING];
u32 nr_pending_free;
u16 dealloc[MAX_PENDING];
u32 dealloc_prod, dealloc_cons;
/* skbs the driver could not take yet (busy ring), retried first. */
struct sk_buff *deferred[MAX_PENDING];
u32 deferred_head, deferred_tail;
u32 nb_tx_packets, nb_rx_packets, nb_tx_errors, nb_rx_dropped, nb_bad_requests;
u32 nb_l61;

void netback_init(struct net_device *dev, u32 area, u32 l61)
{
	u32 i;

	nb_netdev = dev;
	nb_area = area;
	nb_l61 = l61;
	for (i = 0; i < MAX_PENDING; i++)
		pending_free[i] = MAX_PENDING - 1 - i;
	nr_pending_free = MAX_PENDING;
}

int netback_connect(u32 domid, u32 mac_lo, u32 mac_hi, u32 tx, u32 rx)
{
	struct vif *v;

	if (nr_vifs >= MAX_VIFS)
		return -1;
	v = &vifs[nr_vifs++];
	v->domid = domid;
	*(u32 *)v->mac = mac_lo;
	*(u16 *)(v->mac + 4) = mac_hi;
	v->tx = (struct netif_tx_ring *)tx;
	v->rx = (struct netif_rx_ring *)rx;
	v->connected = 1;
	return 0;
}

static u32 area_index(u32 slot)
{
	return (nb_area - kboot.lowmem) / PAGE_SIZE + slot;
}

static void tx_respond(struct vif *v, u32 id, s16 status)
{
	u32 rsp = v->tx->rsp_prod;

	v->tx->ring[rsp % NET_RING_SIZE].rsp.id = id;
	v->tx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	v->tx->rsp_prod = rsp + 1;
	v->notify = 1;
}

/* The driver is done with pending slot's skb: its guest page is unmapped in netback_action. 1 if it was. */
int netbk_slot_done(u32 slot, u32 skb)
{
	if (slot < MAX_PENDING && (u32)pending[slot].skb == skb) {
		dealloc[dealloc_prod++ % MAX_PENDING] = slot;
		softirq_pending = 1;
		return 1;
	}
	return 0;
}

/* skb destructor: the driver is done with the guest's page; unmap it in netback_action. */
static void netbk_tx_done(struct sk_buff *skb)
{
	if (netbk_slot_done(*(u32 *)skb->cb, (u32)skb))
		skb_shinfo(skb)->nr_frags = 0; /* the page is the guest's: never put_page it */
}

static int xmit(struct sk_buff *skb)
{
	if (nb_l61)
		return nb61_xmit((u32)skb, (u32)nb_netdev);
	if (nb_netdev->state & XOFF)
		return NETDEV_TX_BUSY;
	return nb_netdev->hard_start_xmit(skb, nb_netdev);
}

static void tx_one(struct vif *v, const struct netif_tx_request *req)
{
	struct sk_buff *skb;
	struct skb_shared_info *sh;
	u32 slot, va, head, rest;
	int mfn;

	if (req->size < ETH_HLEN || req->size > NET_MAX_FRAME || req->offset >= PAGE_SIZE ||
	    req->size > PAGE_SIZE - req->offset || (req->flags & ~(NETTXF_csum_blank | NETTXF_data_validated)) ||
	    ((req->flags & NETTXF_csum_blank) && !nb_l61)) {
		nb_bad_requests++;
		tx_respond(v, req->id, -1);
		return;
	}
	slot = pending_free[--nr_pending_free];
	va = nb_area + slot * PAGE_SIZE;
	mfn = hypercall(HC_GNT_MAP, v->domid, req->gref, va, 0);
	if (mfn <= 0) {
		pending_free[nr_pending_free++] = slot;
		nb_bad_requests++;
		tx_respond(v, req->id, -1);
		return;
	}
	p2m[area_index(slot)] = mfn;
	head = min_t(u32, req->size, PKT_PROT_LEN);
	rest = req->size - head;
	/* A checksum to fill must be one the frame has (the guest's page, mapped now). */
	if ((req->flags & NETTXF_csum_blank) && nb61_csum_l4(va + req->offset, req->size, head) < 0) {
		nb_bad_requests++;
		skb = NULL;
	} else if (nb_l61) {
		skb = (struct sk_buff *)nb61_tx_skb((u32)nb_netdev, va + req->offset, req->size, head,
						    kboot.mem_map + area_index(slot) * sizeof(struct page), req->offset + head, slot,
						    req->flags);
		if (!skb)
			nb_tx_errors++;
	} else {
		skb = __netdev_alloc_skb(nb_netdev, head, 0);
		if (!skb)
			nb_tx_errors++;
	}
	if (!skb) {
		hypercall(HC_GNT_UNMAP, va, 0, 0, 0);
		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
		pending_free[nr_pending_free++] = slot;
		tx_respond(v, req->id, -1);
		return;
	}
	if (nb_l61)
		goto pend;
	copy(skb->tail, (void *)(va + req->offset), head);
	skb->tail += head;
	skb->len = req->size;
	if (rest) {
		sh = skb_shinfo(skb);
		sh->nr_frags = 1;
		sh->frags[0].page = (struct page *)(kboot.mem_map + area_index(slot) * sizeof(struct page));
		sh->frags[0].page_offset = req->offset + head;
		sh->frags[0].size = rest;
		skb->data_len = rest;
		skb->truesize += rest;
	}
	*(u32 *)skb->cb = slot;
	skb->destructor = netbk_tx_done;
pend:
	pending[slot].vif = v - vifs;
	pending[slot].id = req->id;
	pending[slot].skb = skb;
	deferred[deferred_tail++ % MAX_PENDING] = skb;
}

/* Hands deferred skbs to the driver in order; stops at the first it cannot take. */
static void tx_push(void)
{
	while (deferred_head != deferred_tail) {
		struct sk_buff *skb = deferred[deferred_head % MAX_PENDING];
		int r = xmit(skb);

		if (r != NETDEV_TX_OK)
			break;
		deferred_head++;
		nb_tx_packets++;
	}
}

static void tx_dealloc(void)
{
	while (dealloc_cons != dealloc_prod) {
		u32 slot = dealloc[dealloc_cons++ % MAX_PENDING];
		struct pending *p = &pending[slot];

		hypercall(HC_GNT_UNMAP, nb_area + slot * PAGE_SIZE, 0, 0, 0);
		p2m[area_index(slot)] = kboot.first_pfn + area_index(slot);
		tx_respond(&vifs[p->vif], p->id, 0);
		p->skb = NULL;
		pending_free[nr_pending_free++] = slot;
	}
}

static void tx_action(struct vif *v)
{
	u32 prod = v->tx->req_prod;

	if (prod - v->tx_cons > NET_RING_SIZE) {
		nb_bad_requests++;
		v->tx_cons = prod - NET_RING_SIZE;
	}
	while (v->tx_cons != prod && nr_pending_free &&
	       deferred_tail - deferred_head < MAX_PENDING) {
		struct netif_tx_request req = v->tx->ring[v->tx_cons % NET_RING_SIZE].req;

		v->tx_cons++;
		tx_one(v, &req);
	}
}

static struct vif *vif_for(const u8 *dst)
{
	u32 i;

	for (i = 0; i < nr_vifs; i++)
		if (*(const u32 *)vifs[i].mac == *(const u32 *)dst &&
		    *(const u16 *)(vifs[i].mac + 4) == *(const u16 *)(dst + 4))
			return &vifs[i];
	return NULL;
}

/* A mini API skb as netback copies it. */
static void describe(struct sk_buff *skb, struct nb_frame *f)
{
	struct skb_shared_info *sh = skb_shinfo(skb);
	u32 i;

	f->mac = (u32)skb->mac.raw;
	f->hdr = skb->data - skb->mac.raw;
	f->len = skb->len;
	f->data_len = skb->data_len;
	f->nr_frags = sh->nr_frags;
	f->flags = 0; /* the mini API's drivers validate no checksums */
	for (i = 0; i < f->nr_frags && i < MAX_SKB_FRAGS; i++) {
		f->frag_page[i] = (u32)sh->frags[i].page;
		f->frag_off[i] = sh->frags[i].page_offset;
		f->frag_size[i] = sh->frags[i].size;
	}
}

/* Copies one received frame into the guest's next posted buffer; 0 when it has none. */
static int rx_one(struct vif *v, struct sk_buff *skb)
{
	struct netif_rx_request req;
	struct nb_frame f;
	u32 prod = v->rx->req_prod, hdr, linear, at, i, rsp;
	int status;

	if (v->rx_cons == prod)
		return 0;
	if (prod - v->rx_cons > NET_RING_SIZE)
		v->rx_cons = prod - NET_RING_SIZE;
	req = v->rx->ring[v->rx_cons++ % NET_RING_SIZE].req;
	if (nb_l61)
		nb61_describe((u32)skb, &f);
	else
		describe(skb, &f);
	hdr = f.hdr;
	linear = hdr + f.len - f.data_len;
	status = hdr + f.len;
	if (hdr > 64 || f.data_len > f.len || status > NET_RX_BUFFER || f.nr_frags > MAX_SKB_FRAGS ||
	    hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)req.offset << 16, f.mac, linear)) {
		status = -1;
	} else {
		for (i = 0, at = linear; i < f.nr_frags; i++) {
			u32 page = f.frag_page[i];
			u32 va = kboot.lowmem + (page - kboot.mem_map) / sizeof(struct page) * PAGE_SIZE;

			if (hypercall(HC_GNT_COPY, v->domid, req.gref | (u32)(req.offset + at) << 16,
				      va + f.frag_off[i], f.frag_size[i])) {
				status = -1;
				break;
			}
			at += f.frag_size[i];
		}
	}
	rsp = v->rx->rsp_prod;
	v->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
	v->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
	v->rx->ring[rsp % NET_RING_SIZE].rsp.status = status;
	v->rx->ring[rsp % NET_RING_SIZE].rsp.flags = status > 0 ? f.flags : 0;
	v->rx->rsp_prod = rsp + 1;
	v->notify = 1;
	return 1;
}

struct sk_buff *rx_waiting; /* a frame whose guest had no buffer posted yet */

static void rx_action(void)
{
	for (;;) {
		struct sk_buff *skb = rx_waiting ? rx_waiting : nb_l61 ? (struct sk_buff *)nb61_dequeue() : backlog_dequeue();
		struct vif *v;

		rx_waiting = NULL;
		if (!skb)
			return;
		v = vif_for(nb_l61 ? (const u8 *)nb61_mac((u32)skb) : skb->mac.raw);
		if (v && !rx_one(v, skb)) {
			rx_waiting = skb;
			return;
		}
		if (v)
			nb_rx_packets++;
		else
			nb_rx_dropped++;
		if (nb_l61)
			nb61_free((u32)skb);
		else
			dev_kfree_skb_any(skb);
	}
}

/*
 * netback's work (its event handler and its tasklets): unmaps what the driver finished, takes
 * new TX requests, feeds the driver, moves received frames to the guests, notifies them.
 */
void netback_action(void)
{
	u32 i;

	softirq_pending = 0;
	tx_dealloc();
	for (i = 0; i < nr_vifs; i++)
		tx_action(&vifs[i]);
	tx_push();
	rx_action();
	tx_dealloc();
	for (i = 0; i < nr_vifs; i++) {
		if (vifs[i].notify) {
			vifs[i].notify = 0;
			hypercall(HC_EVTCHN_SEND, vifs[i].domid, 0, 0, 0);
		}
	}
	/* Work left for later: frames waiting for a guest buffer, skbs the driver could not take. */
	if (rx_waiting || deferred_head != deferred_tail)
		softirq_pending = 1;
}

/* Xen's event upcall for the NIC's physical interrupt: the handler, then EOI (xen-dom0, split). */
int dom0_irq_event(u32 handler, u32 irq, u32 dev_id)
{
	int (*h)(int, void *) = (int (*)(int, void *))handler;
	int r = h(irq, (void *)dev_id);

	hypercall(HC_IRQ_EOI, irq, 0, 0, 0);
	return r;
}
