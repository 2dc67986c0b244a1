// SPDX-License-Identifier: MIT
/*
 * The ten hot kernel routines of thesis table 4.1 for the sample driver's mini kernel API
 * (Linux 2.6.18 struct layouts, drivers/include), compiled once for each place they run in:
 * dom0's kernel (-DTWIN_PLACE_DOM0) and the hypervisor (-DTWIN_PLACE_HV).
 *
 * Everything here touches dom0 data only through D() (identity in dom0, SVM translation in the
 * hypervisor) and leaves what differs between the places to env_* (twin/hot-env.h).  Values read
 * from dom0 memory are checked before they steer anything: a fragment count, a length or a lock
 * word that no sound kernel would hold is env_input_error() (dom0: BUG; hypervisor: the driver
 * invocation is aborted with a safety event).
 *
 * The routines count their calls in hot_calls[] (index = position in hot_names[], which the host
 * reads by symbol).
 */
#include <twin/hot-env.h>
#include <twin/lib.h>
#include <linux/spinlock.h>
#include <linux/dma-mapping.h>

enum hot_routine {
	HOT_SPIN_UNLOCK_IRQRESTORE,
	HOT_SPIN_TRYLOCK,
	HOT_DMA_UNMAP_PAGE,
	HOT_DMA_MAP_PAGE,
	HOT_DMA_UNMAP_SINGLE,
	HOT_DMA_MAP_SINGLE,
	HOT_ETH_TYPE_TRANS,
	HOT_DEV_KFREE_SKB_ANY,
	HOT_NETDEV_ALLOC_SKB,
	HOT_NETIF_RX,
	NR_HOT_ROUTINES
};

/* Order of the thesis fig. 4.9 upcall sweep (--upcalls K moves the first K to dom0). */
const char *const hot_names[NR_HOT_ROUTINES] = {
	"_spin_unlock_irqrestore", "_spin_trylock", "dma_unmap_page", "dma_map_page",
	"dma_unmap_single", "dma_map_single", "eth_type_trans", "dev_kfree_skb_any",
	"__netdev_alloc_skb", "netif_rx",
};
u32 hot_calls[NR_HOT_ROUTINES];

#define SKB_DATA_ALIGN(x) (((x) + 31) & ~31U)
/* Largest skb the routines hand out (2.6.18 refuses more than 64 KiB of linear data). */
#define HOT_MAX_SKB 65536

struct sk_buff *__netdev_alloc_skb(struct net_device *dev, unsigned int length, gfp_t gfp_mask)
{
	struct sk_buff *skb, *s;
	struct skb_shared_info *sh;
	u8 *head;
	u32 size;

	hot_calls[HOT_NETDEV_ALLOC_SKB]++;
	if (unlikely(length > HOT_MAX_SKB)) {
		env_warn(WARN_HUGE_SKB, length);
		return NULL;
	}
	skb = env_skb_alloc(length, &head, &size);
	if (!skb)
		return NULL;
	/* As 2.6.18 __alloc_skb: clear up to truesize, then the buffer pointers and shared info. */
	s = D(skb);
	fill(s, 0, offsetof(struct sk_buff, truesize));
	s->truesize = size + sizeof(struct sk_buff);
	s->users.counter = 1;
	s->head = head;
	s->data = head + NET_SKB_PAD;
	s->tail = head + NET_SKB_PAD;
	s->end = head + size;
	s->dev = dev;
	sh = D(head + size);
	sh->dataref.counter = 1;
	sh->nr_frags = 0;
	sh->gso_size = 0;
	sh->gso_segs = 0;
	sh->gso_type = 0;
	sh->ip6_frag_id = 0;
	sh->frag_list = NULL;
	env_skb_ready(skb, s);
	return skb;
}

void dev_kfree_skb_any(struct sk_buff *skb)
{
	hot_calls[HOT_DEV_KFREE_SKB_ANY]++;
	if (skb)
		env_skb_free(skb);
}

__be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev)
{
	struct sk_buff *s = D(skb);
	const u8 *hdr;
	const u8 *own;
	u32 headlen;
	u8 type;

	hot_calls[HOT_ETH_TYPE_TRANS]++;
	hdr = D(s->data);
	s->mac.raw = s->data;
	headlen = s->len - s->data_len;
	if (unlikely(s->data_len > s->len || headlen < ETH_HLEN)) {
		env_input_error(WARN_SHORT_ETH, (u32)skb, "eth_type_trans: skb shorter than an Ethernet header");
	} else {
		s->data += ETH_HLEN;
		s->len -= ETH_HLEN;
	}
	s->dev = dev;
	if (hdr[0] & 1) {
		type = (hdr[0] & hdr[1] & hdr[2] & hdr[3] & hdr[4] & hdr[5]) == 0xff ? PACKET_BROADCAST
										     : PACKET_MULTICAST;
	} else {
		own = ((struct net_device *)D(dev))->dev_addr;
		type = (*(const u32 *)own == *(const u32 *)hdr &&
			*(const u16 *)(own + 4) == *(const u16 *)(hdr + 4)) ? PACKET_HOST : PACKET_OTHERHOST;
	}
	s->pkt_type = type;
	return *(const __be16 *)(hdr + 12);
}

int netif_rx(struct sk_buff *skb)
{
	hot_calls[HOT_NETIF_RX]++;
	if (unlikely(!skb)) {
		env_input_error(WARN_NOT_AN_SKB, 0, "netif_rx: NULL skb");
		return NET_RX_DROP;
	}
	return env_rx(skb);
}

dma_addr_t dma_map_single(struct device *dev, void *ptr, size_t size, enum dma_data_direction dir)
{
	u32 bus;

	hot_calls[HOT_DMA_MAP_SINGLE]++;
	bus = env_virt_to_bus((u32)ptr, size);
	__dbg_dma_map(bus, size, dir, 0);
	return bus;
}

void dma_unmap_single(struct device *dev, dma_addr_t addr, size_t size, enum dma_data_direction dir)
{
	hot_calls[HOT_DMA_UNMAP_SINGLE]++;
	__dbg_dma_unmap(addr, size, dir, 0);
}

dma_addr_t dma_map_page(struct device *dev, struct page *page, unsigned long offset, size_t size,
			enum dma_data_direction dir)
{
	u32 bus;

	hot_calls[HOT_DMA_MAP_PAGE]++;
	bus = env_page_to_bus((u32)page, offset, size);
	__dbg_dma_map(bus, size, dir, 1);
	return bus;
}

void dma_unmap_page(struct device *dev, dma_addr_t addr, size_t size, enum dma_data_direction dir)
{
	hot_calls[HOT_DMA_UNMAP_PAGE]++;
	__dbg_dma_unmap(addr, size, dir, 1);
}

int _spin_trylock(spinlock_t *lock)
{
	spinlock_t *l = D(lock);
	u32 v = l->slock;

	hot_calls[HOT_SPIN_TRYLOCK]++;
	if (v == SPINLOCK_UNLOCKED_VALUE) {
		l->slock = 0;
		return 1;
	}
	if (v != 0)
		env_input_error(BUG_SPINLOCK_MAGIC, v, "_spin_trylock: spinlock bad magic");
	return 0;
}

void _spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	spinlock_t *l = D(lock);

	hot_calls[HOT_SPIN_UNLOCK_IRQRESTORE]++;
	if (l->slock != 0)
		env_warn(WARN_UNLOCK_NOT_HELD, (u32)lock);
	l->slock = SPINLOCK_UNLOCKED_VALUE;
	*env_irq_mask() = (u8)flags;
}
