// SPDX-License-Identifier: MIT
/*
 * The hypervisor's preallocated pool of dom0 sk_buffs (thesis §4.2.3), in hypervisor memory.
 * Taken by the hypervisor's __netdev_alloc_skb and by the guest transmit hypercall, returned by
 * its dev_kfree_skb_any and once a received packet reached every guest it was queued for.
 *
 * Reference trick: a pooled skb carries one extra reference while out (users = 2), so a dom0
 * routine that frees it (the VM instance cleaning a ring) only drops that reference and never
 * hands the memory to dom0's allocator; the pool sees users == 1 and takes it back (reclaim).
 *
 * Each pooled skb owns POOL_PAGES_PER_SKB placeholder dom0 pages: a guest's transmit hands the
 * bytes after the 96-byte header on as fragments of these struct pages, bound to the guest's own
 * machine frames (thesis §4.3.3); the hypervisor's dma_map_page returns the guest frame's bus
 * address for them (pool_frag_bus), so the NIC reads the guest's page and nothing is copied. The
 * binding is also written into dom0's p2m table (thesis §4.3.3 footnote 4), so that dom0's own
 * dma_map_page (reached by an upcall) gives the guest frame too.
 *
 * The pool's records (skb, head, size, pages) are the hypervisor's trusted copy: dom0 memory may
 * say anything about a pooled skb by the time it comes back.
 */
#include <twin/hv.h>
#include <twin/lib.h>
#include <twin/hv-linux61.h>

struct pool_skb pool[POOL_MAX];
u32 pool_count, pool_length;
u16 pool_free_list[POOL_MAX];
u32 pool_nfree;
u32 pool_taken, pool_returned, pool_reclaimed, pool_exhausted;

/* Address -> pool index + 1 (skbs) or PAGE_TAG | index << 2 | slot (placeholder pages). */
#define PAGE_TAG 0x80000000U
#define POOL_HASH 16384
static u32 hash_key[POOL_HASH];
static u32 hash_val[POOL_HASH];

static u32 hash_slot(u32 key)
{
	return (key * 2654435761U) >> (32 - 14);
}

static void hash_put(u32 key, u32 val)
{
	u32 i = hash_slot(key);

	while (hash_val[i] && hash_key[i] != key)
		i = (i + 1) & (POOL_HASH - 1);
	hash_key[i] = key;
	hash_val[i] = val;
}

static u32 hash_get(u32 key)
{
	u32 i = hash_slot(key), n;

	for (n = 0; n < POOL_HASH && hash_val[i]; n++, i = (i + 1) & (POOL_HASH - 1))
		if (hash_key[i] == key)
			return hash_val[i];
	return 0;
}

/* Boot: one dom0 skb (struct, buffer head, linear size) and its placeholder page. */
int pool_add(u32 skb, u32 head, u32 size, u32 page0)
{
	struct pool_skb *e;

	if (pool_count >= POOL_MAX || !skb || !page0 || hash_get(skb) || hash_get(page0))
		return -1;
	e = &pool[pool_count];
	e->skb = skb;
	e->head = head;
	e->size = size;
	e->page[0] = page0;
	hash_put(skb, pool_count + 1);
	hash_put(page0, PAGE_TAG | pool_count << 2 | 0);
	pool_free_list[pool_nfree++] = pool_count;
	pool_count++;
	return 0;
}

/* The host's view of the pool (tests): the dom0 address of pooled skb i, 0 past the end. */
u32 pool_skb_at(u32 i)
{
	return i < pool_count ? pool[i].skb : 0;
}

struct pool_skb *pool_find(u32 skb)
{
	u32 v = hash_get(skb);

	return v && !(v & PAGE_TAG) ? &pool[v - 1] : NULL;
}

/* dom0's p2m entry of a placeholder page: the guest frame it stands for, or its own frame (mfn 0). */
void pool_p2m_bind(u32 page, u32 mfn)
{
	u32 idx = (page - dom0.mem_map) / sizeof(struct page);
	u32 *slot;

	if (!dom0.p2m || page < dom0.mem_map || idx >= dom0.frames)
		return;
	slot = svm_try(dom0.p2m + idx * 4);
	if (slot)
		*slot = mfn ? mfn : dom0.first_pfn + idx;
}

void pool_give(struct pool_skb *e)
{
	u32 i;

	if (!e->out)
		return;
	if (e->tx_guest)
		guest_tx_complete(e->tx_guest, e->tx_id);
	e->tx_guest = 0;
	for (i = 0; i < POOL_PAGES_PER_SKB; i++) {
		if (e->frag_mfn[i])
			pool_p2m_bind(e->page[i], 0);
		e->frag_mfn[i] = 0;
	}
	e->out = 0;
	e->rx_refs = 0;
	pool_free_list[pool_nfree++] = e - pool;
	pool_returned++;
}

/* Pooled skbs dom0 dropped its reference to (users back at 1) return to the pool. */
void pool_reclaim(void)
{
	u32 i;

	for (i = 0; i < pool_count; i++) {
		struct pool_skb *e = &pool[i];
		struct sk_buff *s;

		if (!e->out || e->rx_refs)
			continue;
		s = svm_try(e->skb);
		if (s && s->users.counter == 1) {
			pool_give(e);
			pool_reclaimed++;
		}
	}
}

struct pool_skb *pool_take(u32 len)
{
	struct pool_skb *e;

	if (len > pool_length)
		return NULL;
	if (!pool_nfree)
		pool_reclaim();
	if (!pool_nfree) {
		pool_exhausted++;
		return NULL;
	}
	e = &pool[pool_free_list[--pool_nfree]];
	e->out = 1;
	e->rx_refs = 0;
	e->tx_guest = 0;
	pool_taken++;
	return e;
}

u32 pool_frag_bus(u32 page, u32 offset, u32 size)
{
	u32 v = hash_get(page);
	struct pool_skb *e;
	u32 mfn;

	if (!(v & PAGE_TAG))
		return 0;
	e = &pool[(v & ~PAGE_TAG) >> 2];
	mfn = e->frag_mfn[v & 3];
	if (!mfn || offset >= PAGE_SIZE || size > PAGE_SIZE - offset)
		return 0;
	return (mfn << PAGE_SHIFT) + offset;
}

/* The frame a placeholder page of a pooled skb stands for (twin transmit). */
void pool_bind_frag(struct pool_skb *e, u32 slot, u32 mfn)
{
	e->frag_mfn[slot] = mfn;
	pool_p2m_bind(e->page[slot], mfn);
}
