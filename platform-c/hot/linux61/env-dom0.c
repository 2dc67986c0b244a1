// SPDX-License-Identifier: MIT
/*
 * dom0's kernel as a place for the Linux 6.1 hot routines (twin/hot-env-linux61.h): skb structs
 * and kmalloc'ed heads from dom0's allocator (the host's kmalloc service, as for the mini API),
 * page fragments carved by page_frag_alloc_align from the per-cpu page_frag_cache in dom0 memory
 * (order-3 compound pages, falling back to one page; pages from the host's __alloc_pages service),
 * received skbs onto the network stack's queue (three words the host drains), the CPU's real
 * interrupt flag (dom0 runs at ring 0: pushf/cli/popf, as local_irq_save does), and destructors
 * called. Bus addresses and invalid input: dom0/env.c (env_page_to_bus, env_input_error).
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>
#include <twin/dom0.h>

struct l61_place l61_place;

/* The stack's queue of received skbs (netif_receive_skb), linked through skb->next. */
u32 l61_backlog_head, l61_backlog_tail, l61_backlog_qlen, l61_backlog_max = 1000, l61_backlog_dropped;

/* Services of the host (kernel-c.ts, the Linux 6.1 ABI's after the shared ones): __alloc_pages. */
u32 __svc_alloc_pages(u32 order, u32 gfp);

void l61_dom0_boot(u32 vmalloc_start, u32 vmalloc_end, u32 jiffies, u32 softnet, u32 pending, u32 frag_cache,
		   u32 frag_cache_irq, u32 mem_map, u32 lowmem, u32 frames)
{
	l61_place.vmalloc_start = vmalloc_start;
	l61_place.vmalloc_end = vmalloc_end;
	l61_place.jiffies = jiffies;
	l61_place.softnet = softnet;
	l61_place.softirq_pending = pending;
	l61_place.frag_cache = frag_cache;
	l61_place.frag_cache_irq = frag_cache_irq;
	l61_place.mem_map = mem_map;
	l61_place.lowmem = lowmem;
	l61_place.frames = frames;
}

u32 l61env_irq_save(void)
{
	u32 flags;

	asm volatile("pushfl; popl %0; cli" : "=r"(flags) : : "memory");
	return flags;
}

void l61env_irq_restore(u32 flags)
{
	if (flags & L_X86_EFLAGS_IF)
		asm volatile("sti" : : : "memory");
}

void l61env_skb_free(u32 skb)
{
	L61(free_skb)(skb);
}

int l61env_last_ref(u32 skb)
{
	return 1;
}

void l61env_skb_built(u32 skb)
{
}

u32 l61env_skb_struct_alloc(void)
{
	return (u32)__svc_kmalloc(L_SIZEOF_sk_buff, SVC_SKB);
}

void l61env_skb_struct_free(u32 skb)
{
	__svc_kfree((void *)skb, SVC_SKB);
}

void l61env_head_free(u32 va)
{
	__svc_kfree((void *)va, SVC_SKBDATA);
}

void l61env_put_page(u32 page)
{
	__svc_put_page((void *)page);
}

static u32 page_address(u32 page)
{
	return l61_place.lowmem + (page - l61_place.mem_map) / L_SIZEOF_page * PAGE_SIZE;
}

static u32 virt_to_head_page(u32 va)
{
	u32 page = l61_place.mem_map + (va - l61_place.lowmem) / PAGE_SIZE * L_SIZEOF_page;
	u32 head = L32((u8 *)page, page, compound_head);

	return head & 1 ? head - 1 : page;
}

/* page_frag_free(addr): the fragment's reference on its (head) page dropped. */
void l61env_frag_free(u32 va)
{
	__svc_put_page((void *)virt_to_head_page(va));
}

/* page_frag_alloc_align on the page_frag_cache at nc (mm/page_alloc.c); the host's
 * __napi_alloc_skb uses it too. */
u32 L61(page_frag_alloc)(u32 nc, u32 fragsz, u32 align_mask)
{
	u8 *c = (u8 *)nc;
	u32 page, size;
	int offset;

	if (!L32(c, page_frag_cache, va)) {
refill:
		page = __svc_alloc_pages(L_PAGE_FRAG_CACHE_MAX_ORDER,
					 L_GFP_ATOMIC | L___GFP_COMP | L___GFP_NOWARN | L___GFP_NORETRY | L___GFP_NOMEMALLOC);
		L16(c, page_frag_cache, size) = page ? L_PAGE_FRAG_CACHE_MAX_SIZE : PAGE_SIZE;
		if (!page)
			page = __svc_alloc_pages(0, L_GFP_ATOMIC);
		L32(c, page_frag_cache, va) = page ? page_address(page) : 0;
		if (!page)
			return 0;
		L32((u8 *)page, page, _refcount) += L_PAGE_FRAG_CACHE_MAX_SIZE;
		L8(c, page_frag_cache, pfmemalloc) = 0;
		L32(c, page_frag_cache, pagecnt_bias) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
		L16(c, page_frag_cache, offset) = L16(c, page_frag_cache, size);
	}
	offset = L16(c, page_frag_cache, offset) - fragsz;
	if (unlikely(offset < 0)) {
		page = virt_to_head_page(L32(c, page_frag_cache, va));
		L32((u8 *)page, page, _refcount) -= L32(c, page_frag_cache, pagecnt_bias);
		if (L32((u8 *)page, page, _refcount))
			goto refill;
		size = L16(c, page_frag_cache, size);
		L32((u8 *)page, page, _refcount) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
		L32(c, page_frag_cache, pagecnt_bias) = L_PAGE_FRAG_CACHE_MAX_SIZE + 1;
		offset = size - fragsz;
		if (unlikely(offset < 0))
			return 0;
	}
	L32(c, page_frag_cache, pagecnt_bias)--;
	offset &= align_mask;
	L16(c, page_frag_cache, offset) = offset;
	return L32(c, page_frag_cache, va) + offset;
}

/* __netdev_alloc_frag_align: the irq cache in hard-irq context or with interrupts off, else napi's. */
u32 l61env_frag_alloc(u32 fragsz, u32 align_mask)
{
	u32 flags;

	asm volatile("pushfl; popl %0" : "=r"(flags));
	return L61(page_frag_alloc)(flags & L_X86_EFLAGS_IF ? l61_place.frag_cache : l61_place.frag_cache_irq, fragsz, align_mask);
}

void l61env_destructor(u32 fn, u32 skb)
{
	((void (*)(u32))fn)(skb);
}

/* netif_receive_skb: onto the stack's queue (dropped, and freed, beyond netdev_max_backlog). */
void l61env_rx(u32 skb)
{
	u8 *s = (u8 *)skb;

	if (l61_backlog_qlen >= l61_backlog_max) {
		l61_backlog_dropped++;
		L61(free_skb)(skb);
		return;
	}
	L32(s, sk_buff, next) = 0;
	if (l61_backlog_tail)
		L32((u8 *)l61_backlog_tail, sk_buff, next) = skb;
	else
		l61_backlog_head = skb;
	l61_backlog_tail = skb;
	l61_backlog_qlen++;
	softirq_pending = 1; /* netback's work (split), as the mini API's backlog raises it */
}
