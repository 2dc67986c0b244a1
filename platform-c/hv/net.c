// SPDX-License-Identifier: MIT
/*
 * The guests' paravirtual network interface in the hypervisor (thesis §4.3.3), twin mode:
 *
 * transmit (HC_NET_TX, in the guest's context): the request and the frame are the guest's; the
 *   hypervisor takes a pooled dom0 skb, copies the first NET_TX_HEAD (96) bytes into its linear
 *   part and hands the rest on as a fragment of the guest's own page (a placeholder dom0 page
 *   bound to the guest frame, pool.c), then calls the hypervisor instance's xmit.  When the
 *   driver frees the skb, the guest gets a TX response (its buffer is free again).
 * receive: the driver's interrupt handler runs in a softirq-like context that respects dom0's
 *   virtual interrupt mask (thesis §4.2.4); netif_rx (env.c) queues each frame for the guest
 *   its destination MAC names; when the guest is resumed (in its context) the hypervisor copies
 *   the queued frames into the buffers the guest posted on its RX ring, posts responses and
 *   raises a virtual interrupt.
 *
 * The rings and requests live in guest memory: every index, id, length and grant is checked, and
 * a request is copied into hypervisor memory before it is used.
 */
#include <twin/hv.h>
#include <twin/lib.h>
#include <twin/hv-linux61.h>

#define XOFF (1U << __LINK_STATE_XOFF)

u32 dom0_page_va(u32 page)
{
	u32 off = page - dom0.mem_map;

	if (page < dom0.mem_map || off >= dom0.frames * sizeof(struct page) || off % sizeof(struct page))
		return 0;
	return dom0.lowmem + off / sizeof(struct page) * PAGE_SIZE;
}

const char *rx_describe(u32 skb, struct rx_desc *d, u32 *bad)
{
	struct sk_buff *s = svm_try(skb);
	struct skb_shared_info *sh;
	u32 hdr, len, data_len, i, sum = 0;

	*bad = skb;
	if (!s)
		return "netif_rx: the skb is not dom0 memory";
	d->mac = (u32)s->mac.raw;
	hdr = (u32)s->data - d->mac;
	len = s->len;
	data_len = s->data_len;
	*bad = hdr;
	if (hdr < ETH_HLEN || hdr > 64)
		return "netif_rx: no MAC header in front of the data";
	*bad = data_len;
	if (data_len > len)
		return "netif_rx: data_len larger than len";
	*bad = len;
	if (len > NET_RX_BUFFER - hdr)
		return "netif_rx: frame longer than a guest buffer";
	d->linear = hdr + len - data_len;
	d->total = hdr + len;
	d->flags = 0; /* the mini API's drivers validate no checksums */
	sh = svm_try((u32)s->end);
	*bad = (u32)s->end;
	if (!sh)
		return "netif_rx: skb_shinfo is not dom0 memory";
	d->nr_frags = sh->nr_frags;
	*bad = d->nr_frags;
	if (d->nr_frags > MAX_SKB_FRAGS)
		return "netif_rx: nr_frags larger than MAX_SKB_FRAGS";
	for (i = 0; i < d->nr_frags; i++) {
		u32 va = dom0_page_va((u32)sh->frags[i].page), off = sh->frags[i].page_offset;
		u32 size = sh->frags[i].size;

		*bad = (u32)sh->frags[i].page;
		if (!va)
			return "netif_rx: fragment page is not a dom0 struct page";
		*bad = off;
		if (off >= PAGE_SIZE || size > PAGE_SIZE - off)
			return "netif_rx: fragment leaves its page";
		d->frag_va[i] = va + off;
		d->frag_len[i] = size;
		sum += size;
	}
	*bad = sum;
	if (sum != data_len)
		return "netif_rx: fragments do not hold data_len bytes";
	return NULL;
}

int net_setup(struct guest *g, u32 tx, u32 rx, u32 gnttab)
{
	if ((tx | rx | gnttab) & ~PAGE_MASK || !guest_page(g, tx, PAGE_SIZE, 1) ||
	    !guest_page(g, rx, PAGE_SIZE, 1) || !guest_page(g, gnttab, PAGE_SIZE, 0))
		return HC_EFAULT;
	g->tx = (struct netif_tx_ring *)tx;
	g->rx = (struct netif_rx_ring *)rx;
	g->gnttab = (struct grant_entry *)gnttab;
	g->rx_cons = 0;
	return HC_OK;
}

/* The guest page a grant names, checked in the guest's own table (we run in its context). */
u32 net_grant_frame(struct guest *g, u32 gref, int write)
{
	struct grant_entry e;

	if (gref >= NR_GRANTS || !guest_page(g, (u32)g->gnttab, PAGE_SIZE, 0))
		return 0;
	e = g->gnttab[gref];
	if (!(e.flags & GTF_permit_access) || (write && (e.flags & GTF_readonly)) || (e.frame & ~PAGE_MASK))
		return 0;
	return e.frame;
}

int net_tx(struct guest *g, u32 req_va)
{
	struct netif_tx_request req;
	struct pool_skb *e;
	struct net_device *nd;
	struct sk_buff *s;
	u32 page, mfn, head, rest;
	int ret, attempt;

	if (!g->tx || !guest_page(g, req_va, sizeof(req), 0))
		return HC_EFAULT;
	req = *(struct netif_tx_request *)req_va;
	/* The mini API has no checksum offload: a frame whose checksum is blank is refused. */
	if (req.size < ETH_HLEN || req.size > NET_MAX_FRAME || req.offset >= PAGE_SIZE ||
	    req.size > PAGE_SIZE - req.offset || (req.flags & ~NETTXF_data_validated))
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
	if (nd->state & XOFF) {
		hv_softirq_run();
		nd = svm_try(dom0.netdev);
		if (!nd || (nd->state & XOFF))
			return HC_EBUSY;
	}
	head = min_t(u32, req.size, NET_TX_HEAD);
	rest = req.size - head;
	e = pool_take(head);
	if (!e)
		return HC_EAGAIN;
	s = svm_try(e->skb);
	if (!s) {
		__hw_report(SAFETY_SVM_ACCESS, e->skb, "transmit hypercall: a pooled skb is no longer dom0 memory");
		return HC_ENODEV;
	}
	/* A fresh linear skb over the pool's own record of its buffer (dom0 may have changed it). */
	fill(s, 0, offsetof(struct sk_buff, truesize));
	s->truesize = e->size + sizeof(struct sk_buff);
	s->users.counter = 2;
	s->head = (u8 *)e->head;
	s->data = (u8 *)e->head + NET_SKB_PAD;
	s->tail = s->data + head;
	s->end = (u8 *)e->head + e->size;
	s->dev = (struct net_device *)dom0.netdev;
	s->len = req.size;
	s->data_len = rest;
	copy(D(s->data), (void *)(page + req.offset), head);
	{
		struct skb_shared_info *sh = D(s->end);

		fill(sh, 0, offsetof(struct skb_shared_info, frags));
		sh->dataref.counter = 1;
		if (rest) {
			sh->nr_frags = 1;
			sh->frags[0].page = (struct page *)e->page[0];
			sh->frags[0].page_offset = req.offset + head;
			sh->frags[0].size = rest;
			pool_bind_frag(e, 0, mfn);
			s->truesize += rest;
		}
	}
	e->tx_guest = g->id;
	e->tx_id = req.id;
	if (++g->tx_inflight > NET_RING_SIZE / 2)
		hv_guest_work[g->id] = 1; /* resume reclaims what dom0 freed */
	for (attempt = 0; attempt < 2; attempt++) {
		hv_stats.xmit_calls++;
		if (driver_xmit((struct sk_buff *)e->skb, (struct net_device *)dom0.netdev, &ret))
			return HC_ENODEV;
		if (ret == NETDEV_TX_OK) {
			hv_stats.xmit_ok++;
			return HC_OK;
		}
		hv_stats.xmit_busy++;
		hv_softirq_run();
	}
	/* Not sent: the guest keeps its buffer (no response), the skb goes back. */
	e->tx_guest = 0;
	g->tx_inflight--;
	pool_give(e);
	return HC_EBUSY;
}

void guest_tx_complete(u32 id, u32 tx_id)
{
	struct guest *g = guest_by_id(id);

	if (!g || g->txc_tail - g->txc_head >= NET_RING_SIZE)
		return;
	if (g->tx_inflight)
		g->tx_inflight--;
	g->txc[g->txc_tail++ % NET_RING_SIZE] = tx_id;
	hv_guest_work[id] = 1;
}

int guest_queue_rx(struct guest *g, u32 ref)
{
	if (g->rxq_tail - g->rxq_head >= NET_RING_SIZE) {
		g->dropped++;
		return -1;
	}
	g->rxq[g->rxq_tail++ % NET_RING_SIZE] = ref;
	if (!hv_l61 && !(ref & 1))
		pool[ref >> 1].rx_refs++;
	hv_guest_work[g->id] = 1;
	return 0;
}

/* Copies the frame of skb into the guest buffer of request `req`; its length, or < 0. */
static int deliver_one(struct guest *g, u32 skb, const struct netif_rx_request *req, u16 *flags)
{
	struct rx_desc d;
	u32 bad, page, mfn, i, at;
	const char *why = hv_l61 ? l61_rx_describe(skb, &d, &bad) : rx_describe(skb, &d, &bad);
	u8 *buf;

	if (why) {
		__hw_report(SAFETY_HV_INPUT, bad, why);
		return -1;
	}
	page = net_grant_frame(g, req->gref, 1);
	if (!page || req->offset >= PAGE_SIZE || d.total > PAGE_SIZE - req->offset || d.total > NET_RX_BUFFER)
		return -2;
	mfn = guest_page(g, page + req->offset, d.total, 1);
	if (!mfn)
		return -2;
	buf = (u8 *)(page + req->offset);
	*flags = d.flags;
	copy(buf, D((void *)d.mac), d.linear);
	at = d.linear;
	for (i = 0; i < d.nr_frags; i++) {
		copy(buf + at, D((void *)d.frag_va[i]), d.frag_len[i]);
		at += d.frag_len[i];
	}
	return at;
}

/* In the guest's context: queued frames into its posted buffers, completions, one virtual interrupt. */
void hv_guest_resume(u32 id)
{
	struct guest *g = guest_by_id(id);
	u32 posted = 0, prod;

	if (!g || !g->rx || !guest_page(g, (u32)g->rx, PAGE_SIZE, 1) || !guest_page(g, (u32)g->tx, PAGE_SIZE, 1))
		return;
	hv_guest_work[id] = 0;
	/* Skbs dom0 freed (an upcalled dev_kfree_skb_any) complete only when the pool takes them back. */
	if (g->tx_inflight > NET_RING_SIZE / 2) {
		if (hv_l61)
			l61_pool_reclaim();
		else
			pool_reclaim();
	}
	prod = g->rx->req_prod;
	/* A producer more than a ring ahead is the guest's bug: use what one ring can hold. */
	if (prod - g->rx_cons > NET_RING_SIZE)
		g->rx_cons = prod - NET_RING_SIZE;
	while (g->rxq_head != g->rxq_tail && g->rx_cons != prod) {
		u32 ref = g->rxq[g->rxq_head++ % NET_RING_SIZE];
		/* Linux 6.1: the queue holds a reference to the skb itself (net61.c). */
		struct pool_skb *e = hv_l61 || (ref & 1) ? NULL : &pool[ref >> 1];
		struct netif_rx_request req = g->rx->ring[g->rx_cons % NET_RING_SIZE].req;
		u32 rsp = g->rx->rsp_prod;
		u16 flags = 0;
		int n = deliver_one(g, e ? e->skb : ref & ~1U, &req, &flags);

		g->rx_cons++;
		g->rx->ring[rsp % NET_RING_SIZE].rsp.id = req.id;
		g->rx->ring[rsp % NET_RING_SIZE].rsp.offset = req.offset;
		g->rx->ring[rsp % NET_RING_SIZE].rsp.status = n;
		g->rx->ring[rsp % NET_RING_SIZE].rsp.flags = n > 0 ? flags : 0;
		g->rx->rsp_prod = rsp + 1;
		if (n > 0)
			g->delivered++;
		if (hv_l61) {
			l61_rx_delivered(ref);
		} else if (!e) {
			hv_stats.handed_back++;
			__hw_hand_back(ref & ~1U);
		} else if (--e->rx_refs == 0) {
			pool_give(e);
		}
		posted++;
	}
	if (g->rxq_head != g->rxq_tail)
		hv_guest_work[id] = 1;
	while (g->txc_head != g->txc_tail) {
		u32 rsp = g->tx->rsp_prod;

		g->tx->ring[rsp % NET_RING_SIZE].rsp.id = g->txc[g->txc_head++ % NET_RING_SIZE];
		g->tx->ring[rsp % NET_RING_SIZE].rsp.status = 0;
		g->tx->rsp_prod = rsp + 1;
		g->tx_done++;
		posted++;
	}
	if (posted)
		__hw_notify(id);
}

/*
 * Softirq-like receive: while the NIC's line is raised, run the driver's interrupt handler,
 * unless dom0 has its virtual interrupts masked, or the hypervisor instance left its own virtual
 * interrupt flag masked (svm_vif: its cli, spin_lock_irqsave, local_irq_save): then it waits
 * (thesis §4.2.4).
 */
int hv_softirq(u32 max_calls)
{
	u32 calls = 0;
	int ret;

	if (!dom0.irq_handler || hv_driver_dead)
		return 0;
	/* Linux 6.1: the handler schedules NAPI; its polls run here too, as net_rx_action would after it. */
	if (hv_l61)
		l61_napi_run(max_calls);
	while (calls < max_calls && __hw_irq_line(dom0.irq)) {
		u8 *mask = svm_try(dom0.upcall_mask);

		if (!mask) {
			__hw_report(SAFETY_SVM_ACCESS, dom0.upcall_mask, "softirq: dom0's interrupt mask is not dom0 memory");
			break;
		}
		if (*mask || svm_vif) {
			hv_stats.irq_deferred++;
			break;
		}
		hv_stats.irq_calls++;
		calls++;
		if (driver_irq(&ret))
			break;
		if (hv_l61)
			l61_napi_run(max_calls);
	}
	return calls;
}

void hv_softirq_run(void)
{
	hv_softirq(64);
}
