// SPDX-License-Identifier: MIT
/*
 * The hypervisor as a place for the hot routines (twin/hot-env.h): skbs come from and go back to
 * the pool (dom0's own skbs are handed back to dom0), received frames go to the guests by
 * destination MAC, DMA addresses come from dom0's page table checked against the frame table
 * (or from a placeholder page bound to a guest frame), and invalid input aborts the driver
 * invocation with a safety event.
 */
#include <twin/hot-env.h>
#include <twin/hv.h>
#include <twin/lib.h>
#include <twin/hv-linux61.h>

/* The armed allocation fault of a campaign (twin/hv.h). */
struct alloc_fault hv_alloc_fault;

struct sk_buff *env_skb_alloc(u32 length, u8 **head, u32 *size)
{
	struct alloc_fault *f = &hv_alloc_fault;
	struct pool_skb *e;

	if (f->kind && !f->fired && ++f->seen == f->call) {
		f->fired = 1;
		if (f->kind == 1)
			return NULL;
		e = pool_take(length);
		if (e)
			pool_give(e);
	} else {
		e = pool_take(length);
	}
	if (!e)
		return NULL;
	*head = (u8 *)e->head;
	*size = e->size;
	return (struct sk_buff *)e->skb;
}

void env_skb_ready(struct sk_buff *skb, struct sk_buff *s)
{
	s->users.counter = 2;
}

void env_skb_free(struct sk_buff *skb)
{
	struct pool_skb *e = pool_find((u32)skb);

	if (!e) {
		hv_stats.handed_back++;
		__hw_hand_back((u32)skb);
		return;
	}
	/* A frame queued for guests is the hypervisor's now: a late free of it is ignored. */
	if (e->rx_refs) {
		hv_stats.warnings++;
		return;
	}
	pool_give(e);
}

/* A frame in one of dom0's own skbs (posted before the hypervisor took over) for several guests: into a pooled one. */
static struct pool_skb *adopt(u32 skb, const struct rx_desc *d)
{
	struct pool_skb *e = pool_take(d->total);
	struct sk_buff *s;
	u8 *to;
	u32 i, at, hdr;

	if (!e)
		return NULL;
	s = D((void *)e->skb);
	hdr = ((struct sk_buff *)D((void *)skb))->data - (u8 *)d->mac;
	fill(s, 0, offsetof(struct sk_buff, truesize));
	s->truesize = e->size + sizeof(struct sk_buff);
	s->users.counter = 2;
	s->head = (u8 *)e->head;
	s->mac.raw = (u8 *)e->head + NET_SKB_PAD;
	s->data = s->mac.raw + hdr;
	s->tail = s->mac.raw + d->total;
	s->end = (u8 *)e->head + e->size;
	s->len = d->total - hdr;
	to = D(s->mac.raw);
	copy(to, D((void *)d->mac), d->linear);
	for (i = 0, at = d->linear; i < d->nr_frags; i++) {
		copy(to + at, D((void *)d->frag_va[i]), d->frag_len[i]);
		at += d->frag_len[i];
	}
	((struct skb_shared_info *)D(s->end))->nr_frags = 0;
	hv_stats.handed_back++;
	__hw_hand_back(skb);
	return e;
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

/*
 * Received frames go to the guest their destination MAC names (every guest for broadcast),
 * queued until the guest is resumed. One of dom0's own skbs (posted to the NIC before the
 * hypervisor took over) is handed back to dom0 after its delivery; a broadcast in one is first
 * copied into a pooled skb that the guests share.
 */
int env_rx(struct sk_buff *skb)
{
	struct rx_desc d;
	struct pool_skb *e;
	struct guest *g;
	const u8 *dst;
	u32 bad, i, queued = 0, adopted = 0;
	const char *why = rx_describe((u32)skb, &d, &bad);

	if (why)
		__hw_abort(SAFETY_HV_INPUT, bad, 0, why);
	e = pool_find((u32)skb);
	dst = D((void *)d.mac);
	if ((dst[0] & dst[1] & dst[2] & dst[3] & dst[4] & dst[5]) == 0xff) {
		if (!e) {
			e = adopt((u32)skb, &d);
			adopted = 1;
		}
		for (i = 1; e && i <= MAX_GUESTS; i++)
			if (guests[i].present && !guest_queue_rx(&guests[i], RXQ_POOL(e - pool)))
				queued++;
	} else {
		g = guest_for(dst);
		if (g && !guest_queue_rx(g, e ? RXQ_POOL(e - pool) : RXQ_DOM0((u32)skb)))
			queued++;
	}
	if (!queued) {
		hv_stats.unknown_mac++;
		if (adopted && e)
			pool_give(e); /* dom0's skb went back in adopt() */
		else if (!adopted)
			env_skb_free(skb);
		return NET_RX_DROP;
	}
	hv_stats.delivered++;
	return NET_RX_SUCCESS;
}

/* Bus address of dom0 bytes [va, va + size): present, dom0's RAM, physically contiguous. */
static u32 dom0_bus(u32 va, u32 size, const char *why)
{
	u32 pfn0 = 0, k, pages;

	if (size > 65536)
		__hw_abort(SAFETY_HV_INPUT, size, 0, why);
	pages = ((va & ~PAGE_MASK) + (size ? size : 1) - 1) / PAGE_SIZE + 1;
	for (k = 0; k < pages; k++) {
		u32 p = (va & PAGE_MASK) + k * PAGE_SIZE;
		u32 pte = p >= HV_REGION_START ? 0 : __hw_pte(DOMID_DOM0, p);
		u32 pfn = pte >> PAGE_SHIFT;

		if (!(pte & PTE_P) || pfn >= MAX_FRAMES || !dom0_owns(pfn) || (k && pfn != pfn0 + k))
			__hw_abort(SAFETY_HV_INPUT, va, 0, why);
		if (!k)
			pfn0 = pfn;
	}
	return (pfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
}

u32 env_virt_to_bus(u32 va, u32 size)
{
	return dom0_bus(va, size, "dma_map_single: not contiguous dom0 RAM");
}

u32 env_page_to_bus(u32 page, u32 offset, u32 size)
{
	u32 bus = hv_l61 ? l61_placeholder_bus(page, offset, size) : pool_frag_bus(page, offset, size);
	u32 va;

	if (bus)
		return bus;
	va = dom0_page_va(page);
	if (!va || offset >= PAGE_SIZE)
		__hw_abort(SAFETY_HV_INPUT, page, 0, "dma_map_page: not a dom0 struct page");
	return dom0_bus(va + offset, size, "dma_map_page: not contiguous dom0 RAM");
}

volatile u8 *env_irq_mask(void)
{
	return D((void *)dom0.upcall_mask);
}

void env_input_error(u32 code, u32 value, const char *why)
{
	__hw_abort(SAFETY_HV_INPUT, value, 0, why);
}

void env_warn(u32 code, u32 value)
{
	hv_stats.warnings++;
}
