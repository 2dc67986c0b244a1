// SPDX-License-Identifier: MIT
/*
 * The hypervisor as a place for the Linux 6.1 hot routines (twin/hot-env-linux61.h), after
 * thesis §4.2.3: skb structs and receive fragments come from pools of dom0 memory the host
 * preallocates (l61_pool_add), and go back to them; an skb the hypervisor did not hand out is
 * handed back to dom0 at its last reference (__hw_hand_back: dom0 frees it), and so are dom0's
 * fragments, heads and pages a pooled skb carried; received skbs go to the guests their
 * destination names (hv/net61.c), or to dom0's network-stack queue (through D()) when they are
 * dom0's; dom0's interrupt flag is its virtual one (evtchn_upcall_mask, as the mini API's routines
 * keep it); destructors are dom0 code the hypervisor does not run (reported). Bus addresses and
 * invalid input: hv/env.c (env_page_to_bus checks dom0 ownership; env_input_error aborts the
 * invocation).
 *
 * The reference trick (the mini API's pool.c, for Linux 6.1): a pooled skb that is out carries one
 * extra reference (users 2 for the driver's one), so dom0 code freeing it (an upcalled
 * dev_kfree_skb_any, the VM instance cleaning a ring) only drops a reference and never gives the
 * struct to dom0's allocator; the hypervisor frees it at users 2 (l61env_last_ref), or reclaims it
 * once dom0 dropped the driver's reference (l61_pool_reclaim).
 *
 * Pool records (struct, fragment, placeholder page) are the hypervisor's trusted copy, found by an
 * open-addressed hash of their dom0 addresses: dom0 memory may say anything about a pooled skb.
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>
#include <twin/hv.h>
#include <twin/hv-linux61.h>

struct l61_place l61_place;

/* Set at boot when dom0 speaks Linux 6.1: the hypervisor's packet path is net61.c's. */
u32 hv_l61;
struct l61_skb_slot l61_skbs[L61_POOL];
u32 l61_pool_frags[L61_POOL];
u8 l61_frag_out[L61_POOL];
u32 l61_pool_nskbs, l61_pool_nfrags, l61_pool_npages, l61_pool_frag_size;
u32 l61_pool_exhausted, l61_handed_back, l61_foreign_frees, l61_reclaimed;
static u16 skb_free_list[L61_POOL], frag_free_list[L61_POOL];
static u32 skb_nfree, frag_nfree;
/* dom0 addresses of its stack's receive queue (env-dom0.c's l61_backlog_*). */
u32 l61_dom0_backlog_head, l61_dom0_backlog_tail, l61_dom0_backlog_qlen;

/* ---- the pools' hash: dom0 address -> kind << 16 | index + 1 ---- */
#define HASH_SIZE 4096
static u32 hash_key[HASH_SIZE], hash_val[HASH_SIZE];

static u32 hash_slot(u32 key)
{
	return (key * 2654435761U) >> (32 - 12);
}

static int hash_put(u32 key, u32 val)
{
	u32 i = hash_slot(key), n;

	for (n = 0; n < HASH_SIZE; n++, i = (i + 1) & (HASH_SIZE - 1)) {
		if (hash_val[i] && hash_key[i] == key)
			return -1;
		if (!hash_val[i]) {
			hash_key[i] = key;
			hash_val[i] = val;
			return 0;
		}
	}
	return -1;
}

static int hash_get(u32 key, u32 kind)
{
	u32 i = hash_slot(key), n;

	for (n = 0; n < HASH_SIZE && hash_val[i]; n++, i = (i + 1) & (HASH_SIZE - 1))
		if (hash_key[i] == key)
			return (hash_val[i] >> 16) == kind ? (int)(hash_val[i] & 0xffff) - 1 : -1;
	return -1;
}

int l61_pool_skb_index(u32 skb)
{
	return hash_get(skb, L61_KIND_SKB);
}

int l61_pool_page_index(u32 page)
{
	return hash_get(page, L61_KIND_PAGE);
}

static int frag_index(u32 va)
{
	return l61_pool_frag_size ? hash_get(va - va % l61_pool_frag_size, L61_KIND_FRAG) : -1;
}

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
	hv_l61 = 1;
}

/*
 * The host adds a struct (kind 0), a fragment buffer of frag_size bytes (kind 1: frag_size-aligned
 * in its page), or the placeholder struct page of the struct added last but n (kind 2: a guest's
 * transmitted bytes after the head are a fragment of it). 0, or -1 (full, or already pooled).
 */
int l61_pool_add(u32 kind, u32 va, u32 frag_size)
{
	if (kind == L61_KIND_SKB && l61_pool_nskbs < L61_POOL) {
		if (hash_put(va, L61_KIND_SKB << 16 | (l61_pool_nskbs + 1)))
			return -1;
		l61_skbs[l61_pool_nskbs].skb = va;
		skb_free_list[skb_nfree++] = l61_pool_nskbs++;
		return 0;
	}
	if (kind == L61_KIND_FRAG && l61_pool_nfrags < L61_POOL && frag_size && !(va % frag_size) &&
	    (!l61_pool_frag_size || frag_size == l61_pool_frag_size)) {
		if (hash_put(va, L61_KIND_FRAG << 16 | (l61_pool_nfrags + 1)))
			return -1;
		l61_pool_frags[l61_pool_nfrags] = va;
		l61_pool_frag_size = frag_size;
		frag_free_list[frag_nfree++] = l61_pool_nfrags++;
		return 0;
	}
	if (kind == L61_KIND_PAGE && l61_pool_npages < l61_pool_nskbs) {
		if (hash_put(va, L61_KIND_PAGE << 16 | (l61_pool_npages + 1)))
			return -1;
		l61_skbs[l61_pool_npages++].page = va;
		return 0;
	}
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

/* A pooled struct, out (reclaim and the guests' queues tell it apart from a free one). */
u32 l61env_skb_struct_alloc(void)
{
	struct alloc_fault *f = &hv_alloc_fault;
	struct l61_skb_slot *e;

	if (f->kind && !f->fired && ++f->seen == f->call) {
		f->fired = 1;
		if (f->kind == 1)
			return 0;
		/* Rio's FREE: the struct is at once free again while the driver keeps using it. */
		if (!skb_nfree)
			return 0;
		return l61_skbs[skb_free_list[skb_nfree - 1]].skb;
	}
	if (!skb_nfree)
		l61_pool_reclaim();
	if (!skb_nfree) {
		l61_pool_exhausted++;
		return 0;
	}
	e = &l61_skbs[skb_free_list[--skb_nfree]];
	e->out = 1;
	e->tx_guest = 0;
	return e->skb;
}

/* napi_build_skb built one: a pooled struct carries the pool's extra reference. */
void l61env_skb_built(u32 skb)
{
	int i = l61_pool_skb_index(skb);

	if (i >= 0 && l61_skbs[i].out)
		L32((u8 *)D((void *)skb), sk_buff, users) = 2;
}

/* The count at which a put frees: 2 for a pooled skb that is out (the pool's reference), else 1. */
int l61env_last_ref(u32 skb)
{
	int i = l61_pool_skb_index(skb);

	return i >= 0 && l61_skbs[i].out ? 2 : 1;
}

/* The struct back to the pool: a guest's transmit completes, its placeholder page is released. */
void l61env_skb_struct_free(u32 skb)
{
	int i = l61_pool_skb_index(skb);
	struct l61_skb_slot *e;

	if (i < 0) {
		l61_foreign_frees++;
		return;
	}
	e = &l61_skbs[i];
	if (!e->out)
		return;
	if (e->tx_guest)
		guest_tx_complete(e->tx_guest, e->tx_id);
	e->tx_guest = 0;
	if (e->frag_mfn)
		pool_p2m_bind(e->page, 0);
	e->frag_mfn = 0;
	e->out = 0;
	skb_free_list[skb_nfree++] = i;
}

/*
 * The last reference to an skb. A pooled one is freed into the pools. Anyone else's goes back to
 * dom0 whole, except that a pooled fragment it was built on (napi_build_skb upcalled to dom0 on
 * the hypervisor's fragment) is taken back first: dom0 gets the struct without its head.
 */
void l61env_skb_free(u32 skb)
{
	u8 *s;
	u32 head;
	int f;

	if (l61_pool_skb_index(skb) >= 0) {
		L61(free_skb)(skb);
		return;
	}
	s = D((void *)skb);
	head = L32(s, sk_buff, head);
	f = head && LBIT(s, sk_buff, head_frag) ? frag_index(head) : -1;
	if (f >= 0 && !L8((u8 *)D((void *)L32(s, sk_buff, end)), skb_shared_info, nr_frags)) {
		l61env_frag_free(head);
		L32(s, sk_buff, head) = 0;
	}
	l61_handed_back++;
	__hw_hand_back(skb | HAND_BACK_SKB);
}

u32 l61env_frag_alloc(u32 fragsz, u32 align_mask)
{
	u32 i;

	if (fragsz > l61_pool_frag_size)
		return 0;
	if (!frag_nfree) {
		l61_pool_reclaim();
		if (!frag_nfree) {
			l61_pool_exhausted++;
			return 0;
		}
	}
	i = frag_free_list[--frag_nfree];
	l61_frag_out[i] = 1;
	return l61_pool_frags[i] & align_mask;
}

/* A head fragment freed: the pool's back to the pool, dom0's to dom0 (page_frag_free). */
void l61env_frag_free(u32 va)
{
	int i = frag_index(va);

	if (i < 0) {
		l61_handed_back++;
		__hw_hand_back(va | HAND_BACK_FRAG);
		return;
	}
	if (!l61_frag_out[i])
		return;
	l61_frag_out[i] = 0;
	frag_free_list[frag_nfree++] = i;
}

/* dom0's kmalloc'ed head: dom0 frees it (kfree). */
void l61env_head_free(u32 va)
{
	l61_handed_back++;
	__hw_hand_back(va | HAND_BACK_HEAD);
}

/* A fragment's page: a placeholder stays the pool's (released with its struct); dom0's are put by dom0. */
void l61env_put_page(u32 page)
{
	if (l61_pool_page_index(page) >= 0)
		return;
	l61_handed_back++;
	__hw_hand_back(page | HAND_BACK_PAGE);
}

void l61env_destructor(u32 fn, u32 skb)
{
	env_warn(WARN_L61_DESTRUCTOR, fn);
}

/* Pooled skbs out whose users fell to 1 (dom0 dropped the driver's reference) and that no guest's queue holds: freed. */
void l61_pool_reclaim(void)
{
	u32 i;

	for (i = 0; i < l61_pool_nskbs; i++) {
		struct l61_skb_slot *e = &l61_skbs[i];
		u8 *s;

		if (!e->out || e->queued)
			continue;
		s = svm_try(e->skb);
		if (s && L32(s, sk_buff, users) == 1) {
			L61(free_skb)(e->skb);
			l61_reclaimed++;
		}
	}
}

/* Pooled structs and fragments free once what dom0 dropped is reclaimed (the host's leak check). */
u32 l61_pool_available(void)
{
	l61_pool_reclaim();
	return skb_nfree + frag_nfree;
}

/* netif_receive_skb: to the guests its destination names (net61.c), else onto dom0's stack's queue. */
void l61env_rx(u32 skb)
{
	volatile u32 *head, *tail, *qlen;

	if (l61_rx_to_guests(skb))
		return;
	head = D((void *)l61_dom0_backlog_head);
	tail = D((void *)l61_dom0_backlog_tail);
	qlen = D((void *)l61_dom0_backlog_qlen);
	L32((u8 *)D((void *)skb), sk_buff, next) = 0;
	if (*tail)
		L32((u8 *)D((void *)*tail), sk_buff, next) = skb;
	else
		*head = skb;
	*tail = skb;
	(*qlen)++;
}
