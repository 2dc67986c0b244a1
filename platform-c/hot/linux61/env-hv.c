// SPDX-License-Identifier: MIT
/*
 * The hypervisor as a place for the Linux 6.1 hot routines (twin/hot-env-linux61.h), after
 * thesis §4.2.3: skb structs and receive fragments come from pools of dom0 memory the host
 * preallocates (l61_pool_add), and go back to them; an skb the hypervisor did not hand out is
 * handed back to dom0 whole at its last reference (__hw_hand_back: dom0 frees it); received skbs
 * are queued on dom0's network stack (its queue in dom0 memory, through D()); dom0's interrupt
 * flag is its virtual one (evtchn_upcall_mask, as the mini API's routines keep it); destructors
 * are dom0 code the hypervisor does not run (reported). Bus addresses and invalid input: hv/env.c
 * (env_page_to_bus checks dom0 ownership; env_input_error aborts the invocation).
 *
 * What this place does not do yet (the Linux 6.1 twin path, issue 16): demultiplex received
 * frames to guests, and return a pooled skb dom0 consumed to the pool.
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>
#include <twin/hv.h>

struct l61_place l61_place;

#define L61_POOL 512
u32 l61_pool_skbs[L61_POOL], l61_pool_frags[L61_POOL];
u8 l61_skb_out[L61_POOL], l61_frag_out[L61_POOL];
u32 l61_pool_nskbs, l61_pool_nfrags, l61_pool_frag_size;
u32 l61_pool_exhausted, l61_handed_back, l61_foreign_frees;
/* dom0 addresses of its stack's receive queue (env-dom0.c's l61_backlog_*). */
u32 l61_dom0_backlog_head, l61_dom0_backlog_tail, l61_dom0_backlog_qlen;

void l61_hv_boot(u32 vmalloc_start, u32 vmalloc_end, u32 jiffies, u32 softnet, u32 pending, u32 backlog_head,
		 u32 backlog_tail, u32 backlog_qlen)
{
	l61_place.vmalloc_start = vmalloc_start;
	l61_place.vmalloc_end = vmalloc_end;
	l61_place.jiffies = jiffies;
	l61_place.softnet = softnet;
	l61_place.softirq_pending = pending;
	l61_dom0_backlog_head = backlog_head;
	l61_dom0_backlog_tail = backlog_tail;
	l61_dom0_backlog_qlen = backlog_qlen;
}

/* The host adds a struct (kind 0) or a fragment buffer of frag_size bytes (kind 1); 0 or -1 (full). */
int l61_pool_add(u32 kind, u32 va, u32 frag_size)
{
	if (kind == 0 && l61_pool_nskbs < L61_POOL) {
		l61_pool_skbs[l61_pool_nskbs++] = va;
		return 0;
	}
	if (kind == 1 && l61_pool_nfrags < L61_POOL) {
		l61_pool_frags[l61_pool_nfrags++] = va;
		l61_pool_frag_size = frag_size;
		return 0;
	}
	return -1;
}

static int find(const u32 *v, u32 n, u32 va)
{
	u32 i;

	for (i = 0; i < n; i++)
		if (v[i] == va)
			return i;
	return -1;
}

u32 l61env_irq_save(void)
{
	volatile u8 *mask = env_irq_mask();
	u32 flags = *mask ? 0 : L_X86_EFLAGS_IF;

	*mask = 1;
	return flags;
}

void l61env_irq_restore(u32 flags)
{
	if (flags & L_X86_EFLAGS_IF)
		*env_irq_mask() = 0;
}

u32 l61env_skb_struct_alloc(void)
{
	u32 i;

	for (i = 0; i < l61_pool_nskbs; i++)
		if (!l61_skb_out[i]) {
			l61_skb_out[i] = 1;
			return l61_pool_skbs[i];
		}
	l61_pool_exhausted++;
	return 0;
}

void l61env_skb_struct_free(u32 skb)
{
	int i = find(l61_pool_skbs, l61_pool_nskbs, skb);

	if (i >= 0)
		l61_skb_out[i] = 0;
	else
		l61_foreign_frees++;
}

/* The last reference to a pooled skb: freed into the pools; anyone else's: back to dom0 whole. */
void l61env_skb_free(u32 skb)
{
	if (find(l61_pool_skbs, l61_pool_nskbs, skb) < 0) {
		l61_handed_back++;
		__hw_hand_back(skb);
		return;
	}
	L61(free_skb)(skb);
}

u32 l61env_frag_alloc(u32 fragsz, u32 align_mask)
{
	u32 i;

	if (fragsz > l61_pool_frag_size)
		return 0;
	for (i = 0; i < l61_pool_nfrags; i++)
		if (!l61_frag_out[i]) {
			l61_frag_out[i] = 1;
			return l61_pool_frags[i] & align_mask;
		}
	l61_pool_exhausted++;
	return 0;
}

void l61env_frag_free(u32 va)
{
	u32 i;

	for (i = 0; i < l61_pool_nfrags; i++)
		if (va - l61_pool_frags[i] < l61_pool_frag_size) {
			l61_frag_out[i] = 0;
			return;
		}
	l61_foreign_frees++;
}

/* dom0's memory (a kmalloc'ed head, a fragment's page) is dom0's to free: counted, left alone. */
void l61env_head_free(u32 va)
{
	l61_foreign_frees++;
}

void l61env_put_page(u32 page)
{
	l61_foreign_frees++;
}

void l61env_destructor(u32 fn, u32 skb)
{
	env_warn(WARN_L61_DESTRUCTOR, fn);
}

/* netif_receive_skb: onto dom0's stack's queue, through the SVM. */
void l61env_rx(u32 skb)
{
	volatile u32 *head = D((void *)l61_dom0_backlog_head), *tail = D((void *)l61_dom0_backlog_tail);
	volatile u32 *qlen = D((void *)l61_dom0_backlog_qlen);

	L32((u8 *)D((void *)skb), sk_buff, next) = 0;
	if (*tail)
		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	else
		*head = skb;
	*tail = skb;
	(*qlen)++;
}
