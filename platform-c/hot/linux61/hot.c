// SPDX-License-Identifier: MIT
/*
 * The hot kernel routines of the Linux 6.1 ABI — the counterparts of thesis table 4.1 for the real
 * e1000, chosen by the calls per packet measured on it (src/platform/dom0/linux61/hot.ts) — with
 * Linux 6.1 semantics (src/platform/dom0/linux61/REFERENCE.md), compiled once for each place
 * they run in: dom0's kernel (-DTWIN_PLACE_DOM0) and the hypervisor (-DTWIN_PLACE_HV).
 *
 * Everything here reaches dom0 data through D() and the generated layouts
 * (twin/hot-env-linux61.h) and leaves what differs between the places to l61env_* and env_*.
 * Values read from dom0 memory are checked before they steer anything (a fragment count, a
 * length, a direction): invalid ones are env_input_error() (dom0: BUG; hypervisor: the driver
 * invocation is aborted with a safety event).
 *
 * The routines count their calls in l61_hot_calls[] (index = position in l61_hot_names[]).
 */
#include <twin/hot-env-linux61.h>
#include <twin/lib.h>

enum l61_hot {
	H_DMA_UNMAP_PAGE_ATTRS,
	H_DMA_MAP_PAGE_ATTRS,
	H_IS_VMALLOC_ADDR,
	H_DQL_COMPLETED,
	H_NAPI_COMPLETE_DONE,
	H_NAPI_SCHEDULE_PREP,
	H___NAPI_SCHEDULE,
	H_SKB_PUT,
	H_ETH_TYPE_TRANS,
	H_NAPI_CONSUME_SKB,
	H_NAPI_BUILD_SKB,
	H___NETDEV_ALLOC_FRAG_ALIGN,
	H_NAPI_GRO_RECEIVE,
	NR_L61_HOT
};

/* Order of the upcall sweep (--upcalls K moves the first K to dom0); the receive hand-off stays last. */
const char *const l61_hot_names[NR_L61_HOT] = {
	"dma_unmap_page_attrs", "dma_map_page_attrs", "is_vmalloc_addr", "dql_completed",
	"napi_complete_done", "napi_schedule_prep", "__napi_schedule", "skb_put", "eth_type_trans",
	"napi_consume_skb", "napi_build_skb", "__netdev_alloc_frag_align", "napi_gro_receive",
};
u32 l61_hot_calls[NR_L61_HOT];

#define NAPIF(x) (1U << L_NAPI_STATE_##x)
#define SKB_DATA_ALIGN(x) (((x) + L_SMP_CACHE_BYTES - 1) & ~(L_SMP_CACHE_BYTES - 1))
#define SHINFO_ALIGNED SKB_DATA_ALIGN(L_SIZEOF_skb_shared_info)
/* SKB_TRUESIZE(X) */
#define SKB_TRUESIZE(x) ((x) + SKB_DATA_ALIGN(L_SIZEOF_sk_buff) + SHINFO_ALIGNED)
#define POSDIFF(a, b) ((int)((a) - (b)) > 0 ? (a) - (b) : 0)

static __always_inline void valid_dir(u32 dir)
{
	if (unlikely(dir > L_DMA_FROM_DEVICE))
		env_input_error(BUG_L61_DMA_DIR, dir, "dma: invalid DMA direction");
}

/* dma_addr_t dma_map_page_attrs(struct device *dev, struct page *page, size_t offset, size_t size,
 *                               enum dma_data_direction dir, unsigned long attrs): dma-direct. */
u32 L61(dma_map_page_attrs)(u32 dev, u32 page, u32 offset, u32 size, u32 dir, u32 attrs)
{
	u8 *d;
	u32 mask_p, mask, limit, bus;
	const u32 *mp;

	l61_hot_calls[H_DMA_MAP_PAGE_ATTRS]++;
	valid_dir(dir);
	d = D((void *)dev);
	mask_p = L32(d, device, dma_mask);
	if (unlikely(!mask_p)) {
		env_warn(WARN_L61_DMA_NO_MASK, dev);
		return L_DMA_MAPPING_ERROR;
	}
	/* dma_addr_t is 32 bits: a u64 mask of 2^32 or more reads as ~0; min_not_zero(mask, bus limit). */
	mp = D((void *)mask_p);
	mask = mp[1] ? ~0U : mp[0];
	limit = *(const u32 *)(d + L_OFF_device_bus_dma_limit + 4) ? ~0U : L32(d, device, bus_dma_limit);
	if (limit && limit < mask)
		mask = limit;
	bus = env_page_to_bus(page, offset, size);
	if (unlikely(bus + (size ? size : 1) - 1 > mask || bus + size < bus)) {
		env_warn(WARN_L61_DMA_OVERFLOW, bus);
		return L_DMA_MAPPING_ERROR;
	}
	__dbg_dma_map(bus, size, dir, 1);
	return bus;
}

void L61(dma_unmap_page_attrs)(u32 dev, u32 addr, u32 size, u32 dir, u32 attrs)
{
	l61_hot_calls[H_DMA_UNMAP_PAGE_ATTRS]++;
	valid_dir(dir);
	__dbg_dma_unmap(addr, size, dir, 1);
}

/* bool is_vmalloc_addr(const void *x) */
int L61(is_vmalloc_addr)(u32 x)
{
	l61_hot_calls[H_IS_VMALLOC_ADDR]++;
	return x >= l61_place.vmalloc_start && x < l61_place.vmalloc_end;
}

/* void dql_completed(struct dql *dql, unsigned int count): lib/dynamic_queue_limits.c */
void L61(dql_completed)(u32 q, u32 count)
{
	u8 *d = D((void *)q);
	u32 num_queued, completed, limit, ovlimit, inprogress, prev_inprogress, jiffies;
	int all_prev_completed;

	l61_hot_calls[H_DQL_COMPLETED]++;
	num_queued = L32(d, dql, num_queued);
	if (unlikely(count > num_queued - L32(d, dql, num_completed)))
		env_input_error(BUG_L61_DQL, count, "dql_completed: more completed than queued");
	jiffies = *(volatile u32 *)D((void *)l61_place.jiffies);
	completed = L32(d, dql, num_completed) + count;
	limit = L32(d, dql, limit);
	ovlimit = POSDIFF(num_queued - L32(d, dql, num_completed), limit);
	inprogress = num_queued - completed;
	prev_inprogress = L32(d, dql, prev_num_queued) - L32(d, dql, num_completed);
	all_prev_completed = (int)(completed - L32(d, dql, prev_num_queued)) >= 0;

	if ((ovlimit && !inprogress) || (L32(d, dql, prev_ovlimit) && all_prev_completed)) {
		limit += POSDIFF(completed, L32(d, dql, prev_num_queued)) + L32(d, dql, prev_ovlimit);
		L32(d, dql, slack_start_time) = jiffies;
		L32(d, dql, lowest_slack) = ~0U;
	} else if (inprogress && prev_inprogress && !all_prev_completed) {
		u32 slack = POSDIFF(limit + L32(d, dql, prev_ovlimit), 2 * (completed - L32(d, dql, num_completed)));
		u32 slack_last_objs = L32(d, dql, prev_ovlimit) ?
			POSDIFF(L32(d, dql, prev_last_obj_cnt), L32(d, dql, prev_ovlimit)) : 0;

		if (slack_last_objs > slack)
			slack = slack_last_objs;
		if (slack < L32(d, dql, lowest_slack))
			L32(d, dql, lowest_slack) = slack;
		if ((int)(jiffies - (L32(d, dql, slack_start_time) + L32(d, dql, slack_hold_time))) > 0) {
			limit = POSDIFF(limit, L32(d, dql, lowest_slack));
			L32(d, dql, slack_start_time) = jiffies;
			L32(d, dql, lowest_slack) = ~0U;
		}
	}
	if (limit < L32(d, dql, min_limit))
		limit = L32(d, dql, min_limit);
	if (limit > L32(d, dql, max_limit))
		limit = L32(d, dql, max_limit);
	if (limit != L32(d, dql, limit)) {
		L32(d, dql, limit) = limit;
		ovlimit = 0;
	}
	L32(d, dql, adj_limit) = limit + completed;
	L32(d, dql, prev_ovlimit) = ovlimit;
	L32(d, dql, prev_last_obj_cnt) = L32(d, dql, last_obj_cnt);
	L32(d, dql, num_completed) = completed;
	L32(d, dql, prev_num_queued) = num_queued;
}

/* ____napi_schedule: onto this CPU's poll list (list_add_tail), NET_RX_SOFTIRQ raised. */
static void napi_schedule_irqoff(u32 n)
{
	u32 head = l61_place.softnet + L_OFF_softnet_data_poll_list;
	u32 entry = n + L_OFF_napi_struct_poll_list;
	u32 prev = *(volatile u32 *)D((void *)(head + 4));

	*(volatile u32 *)D((void *)entry) = head;
	*(volatile u32 *)D((void *)(entry + 4)) = prev;
	*(volatile u32 *)D((void *)prev) = entry;
	*(volatile u32 *)D((void *)(head + 4)) = entry;
	*(volatile u32 *)D((void *)l61_place.softirq_pending) |= 1U << L_NET_RX_SOFTIRQ;
}

/* bool napi_schedule_prep(struct napi_struct *n) */
int L61(napi_schedule_prep)(u32 n)
{
	u8 *d = D((void *)n);
	u32 val = L32(d, napi_struct, state);

	l61_hot_calls[H_NAPI_SCHEDULE_PREP]++;
	if (unlikely(val & NAPIF(DISABLE)))
		return 0;
	L32(d, napi_struct, state) = val | NAPIF(SCHED) | ((val & NAPIF(SCHED)) ? NAPIF(MISSED) : 0);
	return !(val & NAPIF(SCHED));
}

void L61(__napi_schedule)(u32 n)
{
	u32 flags;

	l61_hot_calls[H___NAPI_SCHEDULE]++;
	flags = l61env_irq_save();
	napi_schedule_irqoff(n);
	l61env_irq_restore(flags);
}

/* bool napi_complete_done(struct napi_struct *n, int work_done) */
int L61(napi_complete_done)(u32 n, int work_done)
{
	u8 *d = D((void *)n);
	u32 val, entry, next, prev, flags;

	l61_hot_calls[H_NAPI_COMPLETE_DONE]++;
	if (unlikely(L32(d, napi_struct, state) & (NAPIF(NPSVC) | NAPIF(IN_BUSY_POLL))))
		return 0;
	entry = n + L_OFF_napi_struct_poll_list;
	next = L32(d, napi_struct, poll_list);
	if (unlikely(next != entry)) {
		/* list_del_init(&n->poll_list) with interrupts off */
		flags = l61env_irq_save();
		prev = *(volatile u32 *)D((void *)(entry + 4));
		*(volatile u32 *)D((void *)prev) = next;
		*(volatile u32 *)D((void *)(next + 4)) = prev;
		*(volatile u32 *)D((void *)entry) = entry;
		*(volatile u32 *)D((void *)(entry + 4)) = entry;
		l61env_irq_restore(flags);
	}
	val = L32(d, napi_struct, state);
	if (unlikely(!(val & NAPIF(SCHED))))
		env_warn(WARN_L61_NAPI_NOT_SCHED, n);
	L32(d, napi_struct, state) = (val & ~(NAPIF(MISSED) | NAPIF(SCHED) | NAPIF(SCHED_THREADED) | NAPIF(PREFER_BUSY_POLL))) |
				     ((val & NAPIF(MISSED)) ? NAPIF(SCHED) : 0);
	if (unlikely(val & NAPIF(MISSED))) {
		flags = l61env_irq_save();
		napi_schedule_irqoff(n);
		l61env_irq_restore(flags);
		return 0;
	}
	return 1;
}

/* void *skb_put(struct sk_buff *skb, unsigned int len) */
u32 L61(skb_put)(u32 skb, u32 len)
{
	u8 *s = D((void *)skb);
	u32 tail = L32(s, sk_buff, tail);

	l61_hot_calls[H_SKB_PUT]++;
	if (unlikely(L32(s, sk_buff, data_len)))
		env_input_error(BUG_L61_SKB_OVER, skb, "skb_put: SKB_LINEAR_ASSERT: a non-linear skb");
	L32(s, sk_buff, tail) = tail + len;
	L32(s, sk_buff, len) += len;
	if (unlikely(tail + len > L32(s, sk_buff, end) || tail + len < tail))
		env_input_error(BUG_L61_SKB_OVER, skb, "skb_over_panic: skb_put past the end");
	return tail;
}

/* __be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev) */
u32 L61(eth_type_trans)(u32 skb, u32 dev)
{
	u8 *s = D((void *)skb), *nd = D((void *)dev);
	u32 data = L32(s, sk_buff, data), len = L32(s, sk_buff, len);
	const u8 *eth, *own;
	u16 proto;

	l61_hot_calls[H_ETH_TYPE_TRANS]++;
	L32(s, sk_buff, dev) = dev;
	L16(s, sk_buff, mac_header) = data - L32(s, sk_buff, head);
	if (unlikely(len < L_ETH_HLEN || len - L_ETH_HLEN < L32(s, sk_buff, data_len)))
		env_input_error(BUG_L61_SHORT_ETH, skb, "eth_type_trans: the Ethernet header is not in the linear part");
	L32(s, sk_buff, len) = len - L_ETH_HLEN;
	L32(s, sk_buff, data) = data + L_ETH_HLEN;
	eth = D((void *)data);
	own = D((void *)L32(nd, net_device, dev_addr));
	if (unlikely(*(const u32 *)eth != *(const u32 *)own || *(const u16 *)(eth + 4) != *(const u16 *)(own + 4))) {
		const u8 *bc = nd + L_OFF_net_device_broadcast;
		u32 type;

		if (eth[0] & 1)
			type = (*(const u32 *)eth == *(const u32 *)bc && *(const u16 *)(eth + 4) == *(const u16 *)(bc + 4)) ?
				L_PACKET_BROADCAST : L_PACKET_MULTICAST;
		else
			type = L_PACKET_OTHERHOST;
		LBIT_SET(s, sk_buff, pkt_type, type);
	}
	proto = *(const u16 *)(eth + 12);
	if (likely((u16)((proto << 8) | (proto >> 8)) >= L_ETH_P_802_3_MIN))
		return proto;
	/* 802.3: raw IPX (0xFFFF) or 802.2 LLC */
	if (len - L_ETH_HLEN >= 2 && *(const u16 *)(eth + L_ETH_HLEN) == 0xFFFF)
		return 0x0100;	/* htons(ETH_P_802_3) */
	return ((L_ETH_P_802_2 & 0xff) << 8) | (L_ETH_P_802_2 >> 8);
}

/* skb_free_head: a head fragment back to its page, a kmalloc'ed head freed. */
void L61(free_head)(u32 skb)
{
	u8 *s = D((void *)skb);
	u32 head = L32(s, sk_buff, head);

	if (LBIT(s, sk_buff, head_frag))
		l61env_frag_free(head);
	else
		l61env_head_free(head);
}

/* skb_release_data: unless a clone still shares the data, the fragments' pages put and the head freed. */
void L61(release_data)(u32 skb)
{
	u8 *s = D((void *)skb), *shi = D((void *)L32(s, sk_buff, end));
	u32 nr, i;

	if (LBIT(s, sk_buff, cloned) && --L32(shi, skb_shared_info, dataref))
		return;
	nr = L8(shi, skb_shared_info, nr_frags);
	if (unlikely(nr > L_MAX_SKB_FRAGS))
		env_input_error(BUG_L61_NR_FRAGS, nr, "kfree_skb: nr_frags > MAX_SKB_FRAGS");
	for (i = 0; i < nr; i++)
		l61env_put_page(L32(shi + L_OFF_skb_shared_info_frags + i * L_SIZEOF_skb_frag_t, bio_vec, bv_page));
	if (unlikely(L32(shi, skb_shared_info, frag_list)))
		env_input_error(BUG_L61_NOT_SKB, skb, "kfree_skb: a frag_list, which no stack here builds");
	L61(free_head)(skb);
}

/* __kfree_skb (skb_release_all + kfree_skbmem): the destructor run, the data released, the struct
 * freed. The place decides first whether it frees the skb itself (l61env_skb_free calls this) or
 * hands it back to dom0. */
void L61(free_skb)(u32 skb)
{
	u8 *s = D((void *)skb);
	u32 fn = L32(s, sk_buff, destructor);

	if (fn)
		l61env_destructor(fn, skb);
	if (L32(s, sk_buff, head))
		L61(release_data)(skb);
	l61env_skb_struct_free(skb);
}

/* void napi_consume_skb(struct sk_buff *skb, int budget): skb_unref, then the skb freed. */
void L61(napi_consume_skb)(u32 skb, int budget)
{
	u8 *s;
	int users;

	l61_hot_calls[H_NAPI_CONSUME_SKB]++;
	if (unlikely(!skb))
		return;
	s = D((void *)skb);
	users = L32(s, sk_buff, users);
	if (users != l61env_last_ref(skb)) {
		if (unlikely(users <= 0)) {
			env_warn(WARN_L61_SKB_USERS, skb);
			return;
		}
		L32(s, sk_buff, users) = users - 1;
		return;
	}
	l61env_skb_free(skb);
}

/* memset(skb, 0, offsetof(struct sk_buff, tail)) + __build_skb_around(skb, data, size): `size` is
 * the whole buffer, the shared info at its end (the host's __alloc_skb uses it too). */
void L61(build_skb_around)(u32 skb, u32 data, u32 frag_size)
{
	u32 size, i;
	u8 *s = D((void *)skb), *sh;

	fill(s, 0, L_OFF_sk_buff_tail);
	size = frag_size - SHINFO_ALIGNED;
	L32(s, sk_buff, truesize) = SKB_TRUESIZE(size);
	L32(s, sk_buff, users) = 1;
	L32(s, sk_buff, head) = data;
	L32(s, sk_buff, data) = data;
	L32(s, sk_buff, tail) = data;
	L32(s, sk_buff, end) = data + size;
	L16(s, sk_buff, mac_header) = 0xffff;
	L16(s, sk_buff, transport_header) = 0xffff;
	L32(s, sk_buff, alloc_cpu) = 0;
	sh = D((void *)(data + size));
	for (i = 0; i < L_OFF_skb_shared_info_dataref; i += 4)
		*(u32 *)(sh + i) = 0;
	L32(sh, skb_shared_info, dataref) = 1;
}

/*
 * A frame for a driver's ndo_start_xmit, as the stack hands one (a guest's, from the hypervisor or
 * dom0's netback): __build_skb_around on a head fragment (head_frag), NET_SKB_PAD of headroom, the
 * first `head` bytes copied from `frame` (a pointer this place can read), the rest frag 0 of
 * `page` at frag_off (the place made that page stand for the frame's), MAC and network headers set,
 * the protocol the Ethernet header's. No checksum is asked (CHECKSUM_NONE).
 */
void L61(frame_skb)(u32 skb, u32 frag, u32 frag_size, const u8 *frame, u32 size, u32 head, u32 page, u32 frag_off, u32 dev)
{
	u8 *s, *sh, *f;
	u32 data = frag + L_NET_SKB_PAD;

	L61(build_skb_around)(skb, frag, frag_size);
	s = D((void *)skb);
	LBIT_SET(s, sk_buff, head_frag, 1);
	L32(s, sk_buff, data) = data;
	L32(s, sk_buff, tail) = data + head;
	L32(s, sk_buff, len) = size;
	L32(s, sk_buff, data_len) = size - head;
	L32(s, sk_buff, dev) = dev;
	L16(s, sk_buff, mac_header) = L_NET_SKB_PAD;
	L16(s, sk_buff, network_header) = L_NET_SKB_PAD + L_ETH_HLEN;
	L16(s, sk_buff, protocol) = *(const u16 *)(frame + 12);
	copy(D((void *)data), frame, head);
	if (size > head) {
		sh = D((void *)L32(s, sk_buff, end));
		f = sh + L_OFF_skb_shared_info_frags;
		L8(sh, skb_shared_info, nr_frags) = 1;
		L32(f, bio_vec, bv_page) = page;
		L32(f, bio_vec, bv_offset) = frag_off;
		L32(f, bio_vec, bv_len) = size - head;
		L32(s, sk_buff, truesize) += size - head;
	}
}

/* One's-complement sum of `len` bytes as big-endian 16-bit words (RFC 1071), not folded. */
static u32 csum_bytes(const u8 *b, u32 len, u32 sum)
{
	u32 i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (b[i] << 8) | b[i + 1];
	if (i < len)
		sum += b[i] << 8;
	return sum;
}

/*
 * Where a NETTXF_csum_blank frame's L4 checksum lies (abi.h): (csum_start << 8) | csum_offset,
 * both from the frame's start (the field at 16 in TCP, 6 in UDP), or -1 if the frame is not an
 * untagged, unfragmented IPv4 TCP/UDP datagram whose checksum field lies in its first `head` bytes.
 */
int L61(csum_l4)(const u8 *frame, u32 size, u32 head)
{
	u32 ihl, total, start, off;

	if (size < L_ETH_HLEN + 20 || frame[12] != 0x08 || frame[13] != 0x00 || (frame[14] >> 4) != 4)
		return -1;
	ihl = (frame[14] & 0xf) * 4;
	total = (frame[16] << 8) | frame[17];
	if (ihl < 20 || total < ihl || total > size - L_ETH_HLEN || (((frame[20] << 8) | frame[21]) & 0x3fff))
		return -1;
	if (frame[23] == 6)
		off = 16;
	else if (frame[23] == 17)
		off = 6;
	else
		return -1;
	start = L_ETH_HLEN + ihl;
	if (start + off + 2 > head || start + off + 2 > L_ETH_HLEN + total)
		return -1;
	return (start << 8) | off;
}

/*
 * A NETTXF_csum_blank frame as an skb frame_skb built (its first `head` bytes in the head; `frame`
 * the whole frame as this place can read it, the guest's page): its L4 checksum is filled in as
 * the driver's features allow.
 *   NETIF_F_IP_CSUM or NETIF_F_HW_CSUM: the NIC fills it. ip_summed = CHECKSUM_PARTIAL, csum_start
 *     (from skb->head) at the TCP/UDP header, csum_offset the field's place in it, the transport
 *     header set: e1000_tx_csum turns these into a context descriptor (TUCSS, TUCSO, TUCSE 0).
 *   neither: skb_checksum_help, in software: ~sum(frame[csum_start..len)) (the field, primed with
 *     the pseudo-header sum, is summed too) stored in the head's copy of the field, 0 as 0xffff.
 *       Before: head [eth|ip|tcp .. csum=pseudo ..]   After: head [eth|ip|tcp .. csum=~sum ..]
 * 1: the NIC is asked; 0: filled here; -1: csum_l4 refuses the frame (nothing changed).
 */
int L61(frame_csum)(u32 skb, const u8 *frame, u32 size, u32 features)
{
	u8 *s = D((void *)skb);
	int where = L61(csum_l4)(frame, size, L32(s, sk_buff, tail) - L32(s, sk_buff, data));
	u32 start = (u32)where >> 8, off = where & 0xff, sum, at;

	if (where < 0)
		return -1;
	if (features & ((1U << L_NETIF_F_IP_CSUM_BIT) | (1U << L_NETIF_F_HW_CSUM_BIT))) {
		LBIT_SET(s, sk_buff, ip_summed, L_CHECKSUM_PARTIAL);
		L16(s, sk_buff, csum_start) = L_NET_SKB_PAD + start;
		L16(s, sk_buff, csum_offset) = off;
		L16(s, sk_buff, transport_header) = L_NET_SKB_PAD + start;
		return 1;
	}
	sum = csum_bytes(frame + start, size - start, 0); /* to skb->len, as the NIC with TUCSE 0 */
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	sum = ~sum & 0xffff;
	if (!sum)
		sum = 0xffff; /* CSUM_MANGLED_0 */
	at = L32(s, sk_buff, data) + start + off;
	*(u8 *)D((void *)at) = sum >> 8; /* D() per byte: the field may straddle a page */
	*(u8 *)D((void *)(at + 1)) = sum & 0xff;
	return 0;
}

/* struct sk_buff *napi_build_skb(void *data, unsigned int frag_size): __build_skb_around + head_frag */
u32 L61(napi_build_skb)(u32 data, u32 frag_size)
{
	u32 skb;

	l61_hot_calls[H_NAPI_BUILD_SKB]++;
	if (unlikely(!frag_size))
		env_input_error(BUG_L61_FRAG, data, "napi_build_skb: frag_size 0");
	skb = l61env_skb_struct_alloc();
	if (!skb)
		return 0;
	L61(build_skb_around)(skb, data, frag_size);
	LBIT_SET((u8 *)D((void *)skb), sk_buff, head_frag, 1);
	l61env_skb_built(skb);
	return skb;
}

/* void *__netdev_alloc_frag_align(unsigned int fragsz, unsigned int align_mask) */
u32 L61(__netdev_alloc_frag_align)(u32 fragsz, u32 align_mask)
{
	l61_hot_calls[H___NETDEV_ALLOC_FRAG_ALIGN]++;
	return l61env_frag_alloc(SKB_DATA_ALIGN(fragsz), align_mask);
}

/* gro_result_t napi_gro_receive(struct napi_struct *napi, struct sk_buff *skb): no GRO handler
 * merges the model's frames, so every one is GRO_NORMAL: marked with the NAPI id, to the stack. */
u32 L61(napi_gro_receive)(u32 napi, u32 skb)
{
	u32 id;

	l61_hot_calls[H_NAPI_GRO_RECEIVE]++;
	id = L32((u8 *)D((void *)napi), napi_struct, napi_id);
	if (id >= L_NR_CPUS + 1)
		L32((u8 *)D((void *)skb), sk_buff, napi_id) = id;
	l61env_rx(skb);
	return L_GRO_NORMAL;
}
