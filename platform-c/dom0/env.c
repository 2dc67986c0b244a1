// SPDX-License-Identifier: MIT
/*
 * dom0's kernel as a place for the hot routines (twin/hot-env.h): skbs from dom0's allocator
 * (the kmalloc service, modeled by the host), received frames onto the backlog queue of the
 * network stack, bus addresses from the linear map (through the p2m table when dom0 runs on Xen),
 * and invalid input a kernel BUG (oops) or a logged warning, as in Linux.
 *
 * The backlog is three words the host's stack consumer also reads (src/platform/dom0/kernel.ts
 * takeReceived): head and tail linked through skb->next, and its length.
 */
#include <twin/hot-env.h>
#include <twin/lib.h>
#include <twin/dom0.h>

struct place_stats place_stats;
struct dom0_boot kboot;
u32 p2m[DOM0_MAX_FRAMES];

struct sk_buff *backlog_head, *backlog_tail;
u32 backlog_qlen, backlog_max = 1000, backlog_queued, backlog_dropped;
/* Softirq work raised (Linux's raise_softirq): the scheduler runs netback while it is set. */
u32 softirq_pending;

#define SKB_DATA_ALIGN(x) (((x) + 31) & ~31U)

void dom0_boot(u32 mem_map, u32 first_pfn, u32 frames, u32 lowmem, u32 upcall_mask, u32 ram_pfns, u32 xen)
{
	u32 i;

	kboot.mem_map = mem_map;
	kboot.first_pfn = first_pfn;
	kboot.frames = frames < DOM0_MAX_FRAMES ? frames : DOM0_MAX_FRAMES;
	kboot.lowmem = lowmem;
	kboot.upcall_mask = (volatile u8 *)upcall_mask;
	kboot.ram_pfns = ram_pfns;
	kboot.xen = xen;
	for (i = 0; i < kboot.frames; i++)
		p2m[i] = first_pfn + i;
}

struct sk_buff *env_skb_alloc(u32 length, u8 **head, u32 *size)
{
	u32 sz = SKB_DATA_ALIGN(length + NET_SKB_PAD);
	struct sk_buff *skb = __svc_kmalloc(sizeof(struct sk_buff), SVC_SKB);
	u8 *data;

	if (!skb)
		return NULL;
	data = __svc_kmalloc(sz + sizeof(struct skb_shared_info), SVC_SKBDATA);
	if (!data) {
		__svc_kfree(skb, SVC_SKB);
		return NULL;
	}
	*head = data;
	*size = sz;
	return skb;
}

void env_skb_ready(struct sk_buff *skb, struct sk_buff *s)
{
}

/* kfree_skb: drops a reference; the last one runs the destructor, puts the fragment pages and
 * frees the buffer and the struct. */
void env_skb_free(struct sk_buff *skb)
{
	struct skb_shared_info *sh;
	int users = skb->users.counter;
	u32 i;

	if (users > 1) {
		skb->users.counter = users - 1;
		return;
	}
	if (users <= 0) {
		__svc_warn(WARN_SKB_USERS, (u32)skb);
		return;
	}
	if (skb->destructor)
		skb->destructor(skb);
	sh = skb_shinfo(skb);
	if (sh->nr_frags > MAX_SKB_FRAGS)
		__svc_bug(BUG_NR_FRAGS, sh->nr_frags);
	for (i = 0; i < sh->nr_frags; i++)
		__svc_put_page(sh->frags[i].page);
	__svc_kfree(skb->head, SVC_SKBDATA);
	__svc_kfree(skb, SVC_SKB);
}

int env_rx(struct sk_buff *skb)
{
	if (backlog_qlen >= backlog_max) {
		backlog_dropped++;
		env_skb_free(skb);
		return NET_RX_DROP;
	}
	skb->next = NULL;
	if (backlog_tail)
		backlog_tail->next = skb;
	else
		backlog_head = skb;
	backlog_tail = skb;
	backlog_qlen++;
	backlog_queued++;
	softirq_pending = 1;
	return NET_RX_SUCCESS;
}

struct sk_buff *backlog_dequeue(void)
{
	struct sk_buff *skb = backlog_head;

	if (!skb)
		return NULL;
	backlog_head = skb->next;
	if (!backlog_head)
		backlog_tail = NULL;
	backlog_qlen--;
	skb->next = NULL;
	return skb;
}

/* Machine frame of dom0 frame index i (p2m on Xen; the frame itself natively). */
static __always_inline u32 frame_of(u32 i)
{
	return kboot.xen ? p2m[i] : kboot.first_pfn + i;
}

u32 env_virt_to_bus(u32 va, u32 size)
{
	u32 n = size ? size : 1, mfn0, k, pages;

	pages = ((va & ~PAGE_MASK) + n - 1) / PAGE_SIZE + 1;
	if (va >= kboot.lowmem && va - kboot.lowmem < kboot.frames * PAGE_SIZE &&
	    n <= kboot.frames * PAGE_SIZE - (va - kboot.lowmem)) {
		/* Linear map: __pa, then pfn_to_mfn; the machine frames must follow each other. */
		u32 i = (va - kboot.lowmem) / PAGE_SIZE;

		mfn0 = frame_of(i);
		for (k = 1; k < pages; k++)
			if (frame_of(i + k) != mfn0 + k)
				__svc_bug(BUG_DMA_NOT_RAM, va);
		return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
	}
	/* Module data, vmalloc: dom0's page table. */
	mfn0 = 0;
	for (k = 0; k < pages; k++) {
		u32 pte = __hw_pte(DOMID_DOM0, (va & PAGE_MASK) + k * PAGE_SIZE);
		u32 pfn = pte >> PAGE_SHIFT;

		if (!(pte & 1) || pfn >= kboot.ram_pfns || (k && pfn != mfn0 + k))
			__svc_bug(BUG_DMA_NOT_RAM, va);
		if (!k)
			mfn0 = pfn;
	}
	return (mfn0 << PAGE_SHIFT) | (va & ~PAGE_MASK);
}

u32 env_page_to_bus(u32 page, u32 offset, u32 size)
{
	u32 off = page - kboot.mem_map;

	if (page < kboot.mem_map || off >= kboot.frames * sizeof(struct page) || off % sizeof(struct page))
		__svc_bug(BUG_NOT_A_PAGE, page);
	return env_virt_to_bus(kboot.lowmem + off / sizeof(struct page) * PAGE_SIZE + offset, size);
}

volatile u8 *env_irq_mask(void)
{
	return kboot.upcall_mask;
}

void env_input_error(u32 code, u32 value, const char *why)
{
	if (IS_WARN(code))
		__svc_warn(code, value);
	else
		__svc_bug(code, value);
}

void env_warn(u32 code, u32 value)
{
	__svc_warn(code, value);
}
