/*
 * e1000like: sample Linux-style driver for an 82540EM-like NIC (twindrivers).
 *
 * Owns the driver logic: PCI probe/remove, open/close, transmit
 * (xmit_frame), the interrupt handler and its RX/TX cleanup, RX buffer
 * refill, the watchdog timer, the reset task and the ethtool-style
 * operations.  Written for this project from the hardware facts in
 * e1000like.h (DESIGN.md section 4) against the mini kernel API in
 * drivers/include; it is compiled with the i386 kernel flags
 * (scripts/kernel-flags.ts) into the committed e1000like.s, the input of the
 * TwinDrivers rewriter.  README.md next to this file lists the entry points,
 * the kernel routines and the order in which the platform calls things.
 *
 * Hot paths (run by the hypervisor instance after rewriting):
 * e1000like_xmit_frame and e1000like_intr with everything they call.  They
 * only call the ten hot kernel routines, except on rare paths (queue
 * stop/wake, link change -> mod_timer).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/skbuff.h>
#include <linux/netdevice.h>
#include <linux/ethtool.h>
#include <linux/pci.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <asm/io.h>
#include <asm/bitops.h>
#include <asm/percpu.h>
#include <asm/uaccess.h>

#include "e1000like.h"

static const char e1000like_driver_name[] = "e1000like";
static const char e1000like_driver_string[] = "e1000-like sample network driver";
static const char e1000like_driver_version[] = "0.1.0";

static const struct pci_device_id e1000like_pci_tbl[] = {
	{ E1000LIKE_VENDOR_ID, E1000LIKE_DEVICE_ID, PCI_ANY_ID, PCI_ANY_ID, 0, 0, 0 },
	{ 0, 0, 0, 0, 0, 0, 0 },
};

/* netif_msg bits: drv | probe | link */
#define E1000LIKE_MSG_DEFAULT 0x7u

#define TXD_USE_COUNT(len) \
	(((len) + E1000LIKE_MAX_DATA_PER_TXD - 1) / E1000LIKE_MAX_DATA_PER_TXD)

static bool e1000like_clean_rx_irq(struct e1000like_adapter *adapter);
static void e1000like_alloc_rx_buffers(struct e1000like_adapter *adapter, int cleaned_count);
static irqreturn_t e1000like_intr(int irq, void *data);
static const struct ethtool_ops e1000like_ethtool_ops;

/* ---------------------------------------------------------------- registers */

static inline u32 er32(const struct e1000like_adapter *adapter, u32 reg)
{
	return readl((u8 __iomem *)adapter->hw_addr + reg);
}

static inline void ew32(const struct e1000like_adapter *adapter, u32 reg, u32 value)
{
	writel(value, (u8 __iomem *)adapter->hw_addr + reg);
}

/* A read forces earlier posted MMIO writes to reach the device. */
static inline void e1000like_flush(const struct e1000like_adapter *adapter)
{
	(void)er32(adapter, E1000_STATUS);
}

static void e1000like_irq_disable(struct e1000like_adapter *adapter)
{
	ew32(adapter, E1000_IMC, ~0u);
	e1000like_flush(adapter);
	synchronize_irq(adapter->netdev->irq);
}

static void e1000like_irq_enable(struct e1000like_adapter *adapter)
{
	ew32(adapter, E1000_IMS, E1000_IMS_ENABLE_MASK);
	e1000like_flush(adapter);
}

static int e1000like_read_eeprom(struct e1000like_adapter *adapter, u16 word, u16 *data)
{
	u32 eerd;
	int i;

	ew32(adapter, E1000_EERD, ((u32)word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	for (i = 0; i < E1000_EERD_POLLS; i++) {
		eerd = er32(adapter, E1000_EERD);
		if (eerd & E1000_EERD_DONE) {
			*data = (u16)(eerd >> E1000_EERD_DATA_SHIFT);
			return 0;
		}
		udelay(5);
	}
	return -ETIMEDOUT;
}

static int e1000like_read_mac_addr(struct e1000like_adapter *adapter, u8 *mac)
{
	u16 word;
	int i;

	for (i = 0; i < ETH_ALEN / 2; i++) {
		if (e1000like_read_eeprom(adapter, (u16)i, &word))
			return -EIO;
		mac[2 * i] = (u8)(word & 0xff);
		mac[2 * i + 1] = (u8)(word >> 8);
	}
	return 0;
}

static void e1000like_rar_set(struct e1000like_adapter *adapter, const u8 *addr)
{
	u32 ral = (u32)addr[0] | ((u32)addr[1] << 8) | ((u32)addr[2] << 16) |
		  ((u32)addr[3] << 24);
	u32 rah = (u32)addr[4] | ((u32)addr[5] << 8) | E1000_RAH_AV;

	ew32(adapter, E1000_RAL0, ral);
	ew32(adapter, E1000_RAH0, rah);
}

/*
 * Stops both DMA engines and resets the device.  Afterwards no descriptor is
 * owned by the hardware and every interrupt cause is masked and clear.
 * Process context only (sleeps).
 */
static int e1000like_reset_hw(struct e1000like_adapter *adapter)
{
	int i;

	ew32(adapter, E1000_IMC, ~0u);
	ew32(adapter, E1000_RCTL, 0);
	ew32(adapter, E1000_TCTL, E1000_TCTL_PSP);
	e1000like_flush(adapter);
	/* let in-flight DMA finish before the reset cuts it off */
	msleep(10);

	ew32(adapter, E1000_CTRL, er32(adapter, E1000_CTRL) | E1000_CTRL_RST);
	for (i = 0; i < 10; i++) {
		udelay(20);
		if (!(er32(adapter, E1000_CTRL) & E1000_CTRL_RST))
			break;
	}
	if (er32(adapter, E1000_CTRL) & E1000_CTRL_RST) {
		printk(KERN_ERR "%s: device reset timed out\n", e1000like_driver_name);
		return -EIO;
	}

	ew32(adapter, E1000_IMC, ~0u);
	(void)er32(adapter, E1000_ICR);
	return 0;
}

static void e1000like_get_speed_and_duplex(struct e1000like_adapter *adapter, u32 status)
{
	switch (status & E1000_STATUS_SPEED_MASK) {
	case 0:
		adapter->link_speed = 10;
		break;
	case E1000_STATUS_SPEED_100:
		adapter->link_speed = 100;
		break;
	default:
		adapter->link_speed = 1000;
		break;
	}
	adapter->link_duplex = (status & E1000_STATUS_FD) ? 2 : 1;
}

/* ------------------------------------------------------------ ring memory */

static int e1000like_setup_tx_resources(struct e1000like_adapter *adapter)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	unsigned int size = sizeof(struct e1000like_buffer) * tx_ring->count;

	tx_ring->buffer_info = vmalloc(size);
	if (!tx_ring->buffer_info) {
		printk(KERN_ERR "%s: no memory for the transmit bookkeeping\n",
		       adapter->netdev->name);
		return -ENOMEM;
	}
	memset(tx_ring->buffer_info, 0, size);

	tx_ring->size = ALIGN(tx_ring->count * (unsigned int)sizeof(struct e1000like_tx_desc),
			      (unsigned int)PAGE_SIZE);
	tx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, tx_ring->size, &tx_ring->dma,
					   GFP_KERNEL);
	if (!tx_ring->desc) {
		vfree(tx_ring->buffer_info);
		tx_ring->buffer_info = NULL;
		printk(KERN_ERR "%s: no memory for the transmit ring\n", adapter->netdev->name);
		return -ENOMEM;
	}
	memset(tx_ring->desc, 0, tx_ring->size);
	tx_ring->next_to_use = 0;
	tx_ring->next_to_clean = 0;
	return 0;
}

static int e1000like_setup_rx_resources(struct e1000like_adapter *adapter)
{
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;
	unsigned int size = sizeof(struct e1000like_buffer) * rx_ring->count;

	rx_ring->buffer_info = vmalloc(size);
	if (!rx_ring->buffer_info) {
		printk(KERN_ERR "%s: no memory for the receive bookkeeping\n",
		       adapter->netdev->name);
		return -ENOMEM;
	}
	memset(rx_ring->buffer_info, 0, size);

	rx_ring->size = ALIGN(rx_ring->count * (unsigned int)sizeof(struct e1000like_rx_desc),
			      (unsigned int)PAGE_SIZE);
	rx_ring->desc = dma_alloc_coherent(&adapter->pdev->dev, rx_ring->size, &rx_ring->dma,
					   GFP_KERNEL);
	if (!rx_ring->desc) {
		vfree(rx_ring->buffer_info);
		rx_ring->buffer_info = NULL;
		printk(KERN_ERR "%s: no memory for the receive ring\n", adapter->netdev->name);
		return -ENOMEM;
	}
	memset(rx_ring->desc, 0, rx_ring->size);
	rx_ring->next_to_use = 0;
	rx_ring->next_to_clean = 0;
	return 0;
}

static void e1000like_unmap_and_free_tx_resource(struct e1000like_adapter *adapter,
						 struct e1000like_buffer *buffer_info)
{
	if (buffer_info->dma) {
		if (buffer_info->mapped_as_page)
			dma_unmap_page(&adapter->pdev->dev, buffer_info->dma,
				       buffer_info->length, DMA_TO_DEVICE);
		else
			dma_unmap_single(&adapter->pdev->dev, buffer_info->dma,
					 buffer_info->length, DMA_TO_DEVICE);
		buffer_info->dma = 0;
	}
	if (buffer_info->skb) {
		dev_kfree_skb_any(buffer_info->skb);
		buffer_info->skb = NULL;
	}
	buffer_info->mapped_as_page = 0;
	buffer_info->time_stamp = 0;
}

/* Device stopped: drops every queued frame and empties the ring. */
static void e1000like_clean_tx_ring(struct e1000like_adapter *adapter)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	unsigned int i;

	if (!tx_ring->buffer_info)
		return;
	for (i = 0; i < tx_ring->count; i++)
		e1000like_unmap_and_free_tx_resource(adapter, &tx_ring->buffer_info[i]);
	memset(tx_ring->buffer_info, 0, sizeof(struct e1000like_buffer) * tx_ring->count);
	memset(tx_ring->desc, 0, tx_ring->size);
	tx_ring->next_to_use = 0;
	tx_ring->next_to_clean = 0;
	ew32(adapter, tx_ring->tdh, 0);
	ew32(adapter, tx_ring->tdt, 0);
}

/* Device stopped: unmaps and frees every receive buffer. */
static void e1000like_clean_rx_ring(struct e1000like_adapter *adapter)
{
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;
	struct e1000like_buffer *buffer_info;
	unsigned int i;

	if (!rx_ring->buffer_info)
		return;
	for (i = 0; i < rx_ring->count; i++) {
		buffer_info = &rx_ring->buffer_info[i];
		if (buffer_info->dma) {
			dma_unmap_single(&adapter->pdev->dev, buffer_info->dma,
					 buffer_info->length, DMA_FROM_DEVICE);
			buffer_info->dma = 0;
		}
		if (buffer_info->skb) {
			dev_kfree_skb_any(buffer_info->skb);
			buffer_info->skb = NULL;
		}
	}
	memset(rx_ring->buffer_info, 0, sizeof(struct e1000like_buffer) * rx_ring->count);
	memset(rx_ring->desc, 0, rx_ring->size);
	rx_ring->next_to_use = 0;
	rx_ring->next_to_clean = 0;
	ew32(adapter, rx_ring->rdh, 0);
	ew32(adapter, rx_ring->rdt, 0);
}

static void e1000like_free_tx_resources(struct e1000like_adapter *adapter)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;

	e1000like_clean_tx_ring(adapter);
	vfree(tx_ring->buffer_info);
	tx_ring->buffer_info = NULL;
	if (tx_ring->desc)
		dma_free_coherent(&adapter->pdev->dev, tx_ring->size, tx_ring->desc, tx_ring->dma);
	tx_ring->desc = NULL;
}

static void e1000like_free_rx_resources(struct e1000like_adapter *adapter)
{
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;

	e1000like_clean_rx_ring(adapter);
	vfree(rx_ring->buffer_info);
	rx_ring->buffer_info = NULL;
	if (rx_ring->desc)
		dma_free_coherent(&adapter->pdev->dev, rx_ring->size, rx_ring->desc, rx_ring->dma);
	rx_ring->desc = NULL;
}

/* ------------------------------------------------------- device up / down */

static void e1000like_configure_tx(struct e1000like_adapter *adapter)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	u64 tdba = tx_ring->dma;
	u32 tctl;

	ew32(adapter, E1000_TDBAL, (u32)(tdba & 0xffffffffULL));
	ew32(adapter, E1000_TDBAH, (u32)(tdba >> 32));
	ew32(adapter, E1000_TDLEN, tx_ring->count * (u32)sizeof(struct e1000like_tx_desc));
	ew32(adapter, tx_ring->tdh, 0);
	ew32(adapter, tx_ring->tdt, 0);

	tctl = E1000_TCTL_EN | E1000_TCTL_PSP | (E1000_TCTL_CT << E1000_TCTL_CT_SHIFT) |
	       (E1000_TCTL_COLD << E1000_TCTL_COLD_SHIFT);
	ew32(adapter, E1000_TCTL, tctl);
	adapter->txd_cmd = E1000_TXD_CMD_IFCS;
}

static u32 e1000like_rctl_filter(const struct net_device *netdev)
{
	if (netdev->flags & IFF_PROMISC)
		return E1000_RCTL_UPE | E1000_RCTL_MPE;
	if (netdev->flags & IFF_ALLMULTI)
		return E1000_RCTL_MPE;
	return 0;
}

static void e1000like_configure_rx(struct e1000like_adapter *adapter)
{
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;
	u64 rdba = rx_ring->dma;

	/* the receive unit must be off while its ring registers change */
	ew32(adapter, E1000_RCTL, 0);
	ew32(adapter, E1000_RDBAL, (u32)(rdba & 0xffffffffULL));
	ew32(adapter, E1000_RDBAH, (u32)(rdba >> 32));
	ew32(adapter, E1000_RDLEN, rx_ring->count * (u32)sizeof(struct e1000like_rx_desc));
	ew32(adapter, rx_ring->rdh, 0);
	ew32(adapter, rx_ring->rdt, 0);
	/* SECRC stays clear: received lengths include the FCS */
	ew32(adapter, E1000_RCTL,
	     E1000_RCTL_EN | E1000_RCTL_BAM | E1000_RCTL_SZ_2048 |
		     e1000like_rctl_filter(adapter->netdev));
}

static int e1000like_up(struct e1000like_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;

	/* up() is only reached with both rings allocated */
	BUG_ON(!adapter->tx_ring.desc || !adapter->rx_ring.desc);

	ew32(adapter, E1000_CTRL, er32(adapter, E1000_CTRL) | E1000_CTRL_SLU | E1000_CTRL_ASDE);
	e1000like_rar_set(adapter, netdev->dev_addr);
	e1000like_configure_tx(adapter);
	e1000like_configure_rx(adapter);
	adapter->alloc_rx_buf(adapter, E1000LIKE_DESC_UNUSED(&adapter->rx_ring));

	clear_bit(__E1000LIKE_DOWN, &adapter->flags);
	e1000like_irq_enable(adapter);
	netif_start_queue(netdev);
	/* a link-change interrupt makes the handler start the watchdog */
	ew32(adapter, E1000_ICS, E1000_ICR_LSC);
	return 0;
}

static void e1000like_down(struct e1000like_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;

	/* DOWN first: the handler and the watchdog must not re-arm the timer */
	set_bit(__E1000LIKE_DOWN, &adapter->flags);
	e1000like_irq_disable(adapter);
	del_timer_sync(&adapter->watchdog_timer);

	netif_carrier_off(netdev);
	netif_stop_queue(netdev);
	adapter->link_speed = 0;
	adapter->link_duplex = 0;

	e1000like_reset_hw(adapter);
	e1000like_clean_tx_ring(adapter);
	e1000like_clean_rx_ring(adapter);
}

static void e1000like_reinit_locked(struct e1000like_adapter *adapter)
{
	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
		msleep(1);
	e1000like_down(adapter);
	e1000like_up(adapter);
	clear_bit(__E1000LIKE_RESETTING, &adapter->flags);
}

static void e1000like_reset_task(void *data)
{
	struct e1000like_adapter *adapter = data;

	if (netif_running(adapter->netdev))
		e1000like_reinit_locked(adapter);
}

/* --------------------------------------------------------------- transmit */

/*
 * Maps the linear part and every page fragment of skb onto consecutive
 * buffer_info slots from first on, at most 4096 bytes per slot.  The skb is
 * recorded on the last slot, whose index goes into first's next_to_watch.
 * Returns the number of slots used (>= 1 because skb->len > 0).
 */
static unsigned int e1000like_tx_map(struct e1000like_adapter *adapter, struct sk_buff *skb,
				     unsigned int first)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	struct device *dmadev = &adapter->pdev->dev;
	struct skb_shared_info *shinfo = skb_shinfo(skb);
	struct e1000like_buffer *buffer_info;
	unsigned int len = skb_headlen(skb);
	unsigned int offset = 0, size, count = 0, f;
	unsigned int i = first, last = first;

	while (len) {
		buffer_info = &tx_ring->buffer_info[i];
		size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
		buffer_info->length = (u16)size;
		buffer_info->mapped_as_page = 0;
		buffer_info->time_stamp = jiffies;
		buffer_info->dma = dma_map_single(dmadev, skb->data + offset, size, DMA_TO_DEVICE);
		len -= size;
		offset += size;
		count++;
		last = i;
		if (++i == tx_ring->count)
			i = 0;
	}

	for (f = 0; f < shinfo->nr_frags; f++) {
		skb_frag_t *frag = &shinfo->frags[f];

		len = frag->size;
		offset = frag->page_offset;
		while (len) {
			buffer_info = &tx_ring->buffer_info[i];
			size = min_t(unsigned int, len, E1000LIKE_MAX_DATA_PER_TXD);
			buffer_info->length = (u16)size;
			buffer_info->mapped_as_page = 1;
			buffer_info->time_stamp = jiffies;
			buffer_info->dma = dma_map_page(dmadev, frag->page, offset, size,
							DMA_TO_DEVICE);
			len -= size;
			offset += size;
			count++;
			last = i;
			if (++i == tx_ring->count)
				i = 0;
		}
	}

	tx_ring->buffer_info[last].skb = skb;
	tx_ring->buffer_info[first].next_to_watch = (u16)last;
	return count;
}

/* Fills count descriptors from next_to_use on and hands them to the device. */
static void e1000like_tx_queue(struct e1000like_adapter *adapter, unsigned int count)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	struct e1000like_tx_desc *tx_desc = NULL;
	struct e1000like_buffer *buffer_info;
	u32 txd_lower = adapter->txd_cmd << 24;
	unsigned int i = tx_ring->next_to_use;

	while (count--) {
		buffer_info = &tx_ring->buffer_info[i];
		tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
		tx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
		tx_desc->lower.data = cpu_to_le32(txd_lower | buffer_info->length);
		tx_desc->upper.data = 0;
		if (++i == tx_ring->count)
			i = 0;
	}
	tx_desc->lower.flags.cmd |= E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS;

	/* descriptors must be complete in memory before the tail moves */
	wmb();
	tx_ring->next_to_use = i;
	writel(i, (u8 __iomem *)adapter->hw_addr + tx_ring->tdt);
}

static int e1000like_xmit_frame(struct sk_buff *skb, struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	struct skb_shared_info *shinfo = skb_shinfo(skb);
	unsigned int count, f;
	unsigned long flags;

	if (unlikely(skb->len == 0 || skb->len > netdev->mtu + ETH_HLEN)) {
		dev_kfree_skb_any(skb);
		netdev->stats.tx_dropped++;
		return NETDEV_TX_OK;
	}

	count = TXD_USE_COUNT(skb_headlen(skb));
	for (f = 0; f < shinfo->nr_frags; f++)
		count += TXD_USE_COUNT(shinfo->frags[f].size);

	local_irq_save(flags);
	if (!spin_trylock(&tx_ring->tx_lock)) {
		/* another CPU is transmitting: the stack retries (LLTX) */
		local_irq_restore(flags);
		return NETDEV_TX_LOCKED;
	}

	/* two slots of slack: the ring never fills up completely */
	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < count + 2)) {
		netif_stop_queue(netdev);
		adapter->tx_busy++;
		spin_unlock_irqrestore(&tx_ring->tx_lock, flags);
		return NETDEV_TX_BUSY;
	}

	count = e1000like_tx_map(adapter, skb, tx_ring->next_to_use);
	e1000like_tx_queue(adapter, count);
	netdev->trans_start = jiffies;

	/* the next frame may need MAX_SKB_FRAGS + 1 slots: stop before it fails */
	if (unlikely(E1000LIKE_DESC_UNUSED(tx_ring) < MAX_SKB_FRAGS + 2))
		netif_stop_queue(netdev);

	spin_unlock_irqrestore(&tx_ring->tx_lock, flags);
	return NETDEV_TX_OK;
}

/*
 * Reclaims the slots of every frame whose last descriptor has DD set.
 * Bounded by the ring size.  Returns true if a frame was reclaimed.
 * Out of line (as in e1000, where the NAPI poll routine calls it too) so
 * per-function measurements show TX cleanup apart from the handler.
 */
static noinline bool e1000like_clean_tx_irq(struct e1000like_adapter *adapter)
{
	struct e1000like_tx_ring *tx_ring = &adapter->tx_ring;
	struct net_device *netdev = adapter->netdev;
	unsigned int i = tx_ring->next_to_clean;
	unsigned int eop = tx_ring->buffer_info[i].next_to_watch;
	struct e1000like_tx_desc *eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	unsigned int budget = tx_ring->count;
	unsigned int total_packets = 0, total_bytes = 0;
	bool done;

	while (i != tx_ring->next_to_use && (eop_desc->upper.fields.status & E1000_TXD_STAT_DD) &&
	       budget) {
		for (done = false; !done && budget; budget--) {
			struct e1000like_tx_desc *tx_desc = E1000LIKE_TX_DESC(tx_ring, i);
			struct e1000like_buffer *buffer_info = &tx_ring->buffer_info[i];

			done = (i == eop);
			if (done && buffer_info->skb) {
				total_packets++;
				total_bytes += buffer_info->skb->len;
			}
			e1000like_unmap_and_free_tx_resource(adapter, buffer_info);
			tx_desc->upper.data = 0;
			if (++i == tx_ring->count)
				i = 0;
		}
		eop = tx_ring->buffer_info[i].next_to_watch;
		eop_desc = E1000LIKE_TX_DESC(tx_ring, eop);
	}
	tx_ring->next_to_clean = i;

	netdev->stats.tx_packets += total_packets;
	netdev->stats.tx_bytes += total_bytes;

	if (unlikely(total_packets && netif_carrier_ok(netdev) &&
		     E1000LIKE_DESC_UNUSED(tx_ring) >= E1000LIKE_TX_WAKE_THRESHOLD)) {
		/* pairs with the stop in xmit_frame: see next_to_clean first */
		smp_mb();
		if (netif_queue_stopped(netdev) &&
		    !test_bit(__E1000LIKE_DOWN, &adapter->flags)) {
			netif_wake_queue(netdev);
			adapter->restart_queue++;
		}
	}
	return total_packets != 0;
}

/* ---------------------------------------------------------------- receive */

/*
 * Gives up to cleaned_count empty slots from next_to_use on a mapped
 * 2048-byte buffer and moves RDT past them.  A slot that still holds an skb
 * (recycled by clean_rx_irq) reuses it.  Never fills the last free slot.
 */
static void e1000like_alloc_rx_buffers(struct e1000like_adapter *adapter, int cleaned_count)
{
	struct net_device *netdev = adapter->netdev;
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;
	struct device *dmadev = &adapter->pdev->dev;
	unsigned int bufsz = adapter->rx_buffer_len;
	unsigned int i = rx_ring->next_to_use;
	int unused = (int)E1000LIKE_DESC_UNUSED(rx_ring);

	if (cleaned_count > unused)
		cleaned_count = unused;

	while (cleaned_count-- > 0) {
		struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];
		struct e1000like_rx_desc *rx_desc;
		struct sk_buff *skb = buffer_info->skb;

		if (skb) {
			skb_reset_linear(skb);
		} else {
			skb = netdev_alloc_skb(netdev, bufsz + NET_IP_ALIGN);
			if (unlikely(!skb)) {
				adapter->alloc_rx_buff_failed++;
				break;
			}
			/* IP header behind the 14-byte MAC header lands 4-byte aligned */
			skb_reserve(skb, NET_IP_ALIGN);
			buffer_info->skb = skb;
		}
		buffer_info->length = (u16)bufsz;
		buffer_info->mapped_as_page = 0;
		buffer_info->dma = dma_map_single(dmadev, skb->data, bufsz, DMA_FROM_DEVICE);

		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
		rx_desc->buffer_addr = cpu_to_le64(buffer_info->dma);
		rx_desc->status = 0;
		if (++i == rx_ring->count)
			i = 0;
	}

	if (likely(rx_ring->next_to_use != i)) {
		rx_ring->next_to_use = i;
		wmb();
		writel(i, (u8 __iomem *)adapter->hw_addr + rx_ring->rdt);
	}
}

/*
 * Passes every completed receive descriptor (DD) to the stack, at most one
 * ring's worth per call.  Frames shorter than the copy-break threshold are
 * copied into a fresh small skb and the big buffer is recycled in place.
 * Returns true if a descriptor was processed.
 */
static bool e1000like_clean_rx_irq(struct e1000like_adapter *adapter)
{
	struct net_device *netdev = adapter->netdev;
	struct e1000like_rx_ring *rx_ring = &adapter->rx_ring;
	struct device *dmadev = &adapter->pdev->dev;
	unsigned int i = rx_ring->next_to_clean;
	unsigned int budget = rx_ring->count;
	unsigned int total_packets = 0, total_bytes = 0;
	int cleaned_count = 0;
	bool cleaned = false;
	struct e1000like_rx_desc *rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
	struct e1000like_buffer *buffer_info = &rx_ring->buffer_info[i];

	while ((rx_desc->status & E1000_RXD_STAT_DD) && budget) {
		struct sk_buff *skb = buffer_info->skb;
		u8 status = rx_desc->status;
		unsigned int length;

		budget--;
		cleaned = true;
		/* read the descriptor only after seeing DD */
		rmb();
		buffer_info->skb = NULL;
		dma_unmap_single(dmadev, buffer_info->dma, buffer_info->length, DMA_FROM_DEVICE);
		buffer_info->dma = 0;
		length = le16_to_cpu(rx_desc->length);

		if (unlikely(!(status & E1000_RXD_STAT_EOP) ||
			     (rx_desc->errors & E1000_RXD_ERR_FRAME_ERR_MASK) ||
			     length <= ETH_FCS_LEN || !skb)) {
			/* bad frame: its buffer goes straight back to the device */
			adapter->rx_frame_errors++;
			netdev->stats.rx_errors++;
			buffer_info->skb = skb;
			goto next_desc;
		}
		length -= ETH_FCS_LEN;

		if (length < E1000LIKE_COPYBREAK) {
			struct sk_buff *copy = netdev_alloc_skb(netdev, length + NET_IP_ALIGN);

			if (copy) {
				skb_reserve(copy, NET_IP_ALIGN);
				memcpy(copy->data - NET_IP_ALIGN, skb->data - NET_IP_ALIGN,
				       length + NET_IP_ALIGN);
				buffer_info->skb = skb;
				skb = copy;
				adapter->rx_copybreak++;
			}
		}

		skb_put(skb, length);
		skb->ip_summed = CHECKSUM_NONE;
		skb->protocol = eth_type_trans(skb, netdev);
		total_packets++;
		total_bytes += length;
		netif_rx(skb);
		netdev->last_rx = jiffies;

next_desc:
		rx_desc->status = 0;
		if (++i == rx_ring->count)
			i = 0;
		/* give buffers back early so a long burst does not starve the device */
		if (unlikely(++cleaned_count >= E1000LIKE_RX_BUFFER_WRITE)) {
			rx_ring->next_to_clean = i;
			adapter->alloc_rx_buf(adapter, cleaned_count);
			cleaned_count = 0;
		}
		rx_desc = E1000LIKE_RX_DESC(rx_ring, i);
		buffer_info = &rx_ring->buffer_info[i];
	}
	rx_ring->next_to_clean = i;

	cleaned_count = (int)E1000LIKE_DESC_UNUSED(rx_ring);
	if (cleaned_count)
		adapter->alloc_rx_buf(adapter, cleaned_count);

	netdev->stats.rx_packets += total_packets;
	netdev->stats.rx_bytes += total_bytes;
	return cleaned;
}

/* -------------------------------------------------------------- interrupt */

static irqreturn_t e1000like_intr(int irq, void *data)
{
	struct net_device *netdev = data;
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	u32 icr = er32(adapter, E1000_ICR);
	int i;

	/* shared line: nothing pending means another device interrupted */
	if (unlikely(!icr))
		return IRQ_NONE;
	adapter->irq_count++;

	if (unlikely(icr & (E1000_ICR_RXSEQ | E1000_ICR_LSC))) {
		if (!test_bit(__E1000LIKE_DOWN, &adapter->flags))
			mod_timer(&adapter->watchdog_timer, jiffies + 1);
	}
	if (unlikely(icr & E1000_ICR_RXO))
		netdev->stats.rx_over_errors++;

	for (i = 0; i < E1000LIKE_MAX_INTR; i++) {
		bool rx = adapter->clean_rx(adapter);
		bool tx = e1000like_clean_tx_irq(adapter);

		if (!rx && !tx)
			break;
	}
	return IRQ_HANDLED;
}

/* --------------------------------------------------------------- watchdog */

static void e1000like_update_stats(struct e1000like_adapter *adapter)
{
	unsigned long flags;
	u32 gprc, gptc;

	spin_lock_irqsave(&adapter->stats_lock, flags);
	adapter->hw_stats_prev = adapter->hw_stats;
	/* clear-on-read: each value is the count since the previous read */
	gprc = er32(adapter, E1000_GPRC);
	gptc = er32(adapter, E1000_GPTC);
	adapter->hw_stats.gprc += gprc;
	adapter->hw_stats.gptc += gptc;
	spin_unlock_irqrestore(&adapter->stats_lock, flags);
}

static void e1000like_watchdog(unsigned long data)
{
	struct e1000like_adapter *adapter = (struct e1000like_adapter *)data;
	struct net_device *netdev = adapter->netdev;
	u32 status = er32(adapter, E1000_STATUS);
	int cpu;

	if (status & E1000_STATUS_LU) {
		if (!netif_carrier_ok(netdev)) {
			e1000like_get_speed_and_duplex(adapter, status);
			printk(KERN_INFO "%s: link up, %u Mb/s, %s duplex\n", netdev->name,
			       adapter->link_speed, adapter->link_duplex == 2 ? "full" : "half");
			netif_carrier_on(netdev);
			netif_wake_queue(netdev);
		}
	} else if (netif_carrier_ok(netdev)) {
		adapter->link_speed = 0;
		adapter->link_duplex = 0;
		printk(KERN_INFO "%s: link down\n", netdev->name);
		netif_carrier_off(netdev);
		netif_stop_queue(netdev);
	}

	e1000like_update_stats(adapter);

	cpu = get_cpu();
	adapter->watchdog_cpu = cpu;
	adapter->watchdog_count++;
	put_cpu();

	/* frames queued without a link never complete: reset to drop them */
	if (!netif_carrier_ok(netdev) &&
	    E1000LIKE_DESC_UNUSED(&adapter->tx_ring) + 1 < adapter->tx_ring.count) {
		adapter->tx_timeout_count++;
		schedule_work(&adapter->reset_task);
		/* the reset's link interrupt re-arms the timer */
		return;
	}

	if (!test_bit(__E1000LIKE_DOWN, &adapter->flags))
		mod_timer(&adapter->watchdog_timer, jiffies + E1000LIKE_WATCHDOG_PERIOD);
}

/* ------------------------------------------------------- netdev operations */

static int e1000like_open(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	int err;

	if (test_bit(__E1000LIKE_TESTING, &adapter->flags))
		return -EBUSY;

	err = e1000like_setup_tx_resources(adapter);
	if (err)
		goto err_setup_tx;
	err = e1000like_setup_rx_resources(adapter);
	if (err)
		goto err_setup_rx;
	err = request_irq(netdev->irq, e1000like_intr, IRQF_SHARED, netdev->name, netdev);
	if (err)
		goto err_req_irq;
	err = e1000like_up(adapter);
	if (err)
		goto err_up;
	return 0;

err_up:
	free_irq(netdev->irq, netdev);
err_req_irq:
	e1000like_free_rx_resources(adapter);
err_setup_rx:
	e1000like_free_tx_resources(adapter);
err_setup_tx:
	e1000like_reset_hw(adapter);
	return err;
}

static int e1000like_close(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	e1000like_down(adapter);
	free_irq(netdev->irq, netdev);
	e1000like_free_tx_resources(adapter);
	e1000like_free_rx_resources(adapter);
	return 0;
}

static struct net_device_stats *e1000like_get_stats(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	netdev->stats.rx_frame_errors = adapter->rx_frame_errors;
	return &netdev->stats;
}

static void e1000like_tx_timeout(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	adapter->tx_timeout_count++;
	schedule_work(&adapter->reset_task);
}

static int e1000like_change_mtu(struct net_device *netdev, int new_mtu)
{
	int max_frame = new_mtu + ETH_HLEN + ETH_FCS_LEN;

	/* every frame must fit one 2048-byte buffer without long-packet mode */
	if (new_mtu < 68 || max_frame > ETH_FRAME_LEN + ETH_FCS_LEN) {
		printk(KERN_ERR "%s: invalid MTU %d\n", netdev->name, new_mtu);
		return -EINVAL;
	}
	netdev->mtu = (unsigned int)new_mtu;
	return 0;
}

static int e1000like_set_mac(struct net_device *netdev, void *p)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	struct sockaddr *addr = p;

	if (!is_valid_ether_addr((const u8 *)addr->sa_data))
		return -EINVAL;
	memcpy(netdev->dev_addr, addr->sa_data, netdev->addr_len);
	e1000like_rar_set(adapter, netdev->dev_addr);
	return 0;
}

static void e1000like_set_multi(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	u32 rctl = er32(adapter, E1000_RCTL);

	rctl &= ~(E1000_RCTL_UPE | E1000_RCTL_MPE);
	rctl |= e1000like_rctl_filter(netdev);
	ew32(adapter, E1000_RCTL, rctl);
}

/* -------------------------------------------------------- ethtool callbacks */

enum e1000like_stat_base { STAT_NETDEV, STAT_ADAPTER };

struct e1000like_stat {
	char name[ETH_GSTRING_LEN];
	u8 base; /* enum e1000like_stat_base */
	u8 size; /* 4 or 8 */
	u16 offset;
};

#define NETDEV_STAT(str, m)                                                     \
	{ str, STAT_NETDEV, sizeof(((struct net_device *)0)->stats.m),          \
	  offsetof(struct net_device, stats.m) }
#define ADAPTER_STAT(str, m)                                                    \
	{ str, STAT_ADAPTER, sizeof(((struct e1000like_adapter *)0)->m),        \
	  offsetof(struct e1000like_adapter, m) }

static const struct e1000like_stat e1000like_gstrings_stats[] = {
	NETDEV_STAT("rx_packets", rx_packets),
	NETDEV_STAT("tx_packets", tx_packets),
	NETDEV_STAT("rx_bytes", rx_bytes),
	NETDEV_STAT("tx_bytes", tx_bytes),
	NETDEV_STAT("rx_errors", rx_errors),
	NETDEV_STAT("tx_dropped", tx_dropped),
	NETDEV_STAT("rx_over_errors", rx_over_errors),
	ADAPTER_STAT("hw_good_rx_packets", hw_stats.gprc),
	ADAPTER_STAT("hw_good_tx_packets", hw_stats.gptc),
	ADAPTER_STAT("rx_frame_errors", rx_frame_errors),
	ADAPTER_STAT("tx_restart_queue", restart_queue),
	ADAPTER_STAT("tx_timeout_count", tx_timeout_count),
	ADAPTER_STAT("tx_busy", tx_busy),
	ADAPTER_STAT("alloc_rx_buff_failed", alloc_rx_buff_failed),
	ADAPTER_STAT("rx_copybreak", rx_copybreak),
	ADAPTER_STAT("irq_count", irq_count),
	ADAPTER_STAT("watchdog_count", watchdog_count),
};

#define E1000LIKE_STATS_LEN ((int)ARRAY_SIZE(e1000like_gstrings_stats))

/* Registers of the ethtool dump, in dump order (clear-on-read ones excluded). */
static const u16 e1000like_dump_regs[E1000LIKE_REGS_LEN] = {
	E1000_CTRL,  E1000_STATUS, E1000_RCTL, E1000_RDBAL, E1000_RDLEN, E1000_RDH,
	E1000_RDT,   E1000_TCTL,   E1000_TDBAL, E1000_TDLEN, E1000_TDH,  E1000_TDT,
	E1000_IMS,   E1000_RAL0,   E1000_RAH0,  E1000_EERD,
};

static int e1000like_get_regs_len(struct net_device *netdev)
{
	return E1000LIKE_REGS_LEN * (int)sizeof(u32);
}

static void e1000like_get_regs(struct net_device *netdev, struct ethtool_regs *regs, void *p)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	u32 *buf = p;
	int i;

	memset(p, 0, E1000LIKE_REGS_LEN * sizeof(u32));
	regs->version = (E1000LIKE_REGS_VERSION << 24) | ((u32)adapter->revision_id << 16) |
			adapter->pdev->device;
	for (i = 0; i < E1000LIKE_REGS_LEN; i++)
		buf[i] = er32(adapter, e1000like_dump_regs[i]);
}

static void e1000like_get_drvinfo(struct net_device *netdev, struct ethtool_drvinfo *info)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	u16 v = adapter->eeprom_version;

	strlcpy(info->driver, e1000like_driver_name, sizeof(info->driver));
	strlcpy(info->version, e1000like_driver_version, sizeof(info->version));
	sprintf(info->fw_version, "%u.%u-%u", (v >> 12) & 0xfu, (v >> 4) & 0xffu, v & 0xfu);
	strlcpy(info->bus_info, pci_name(adapter->pdev), sizeof(info->bus_info));
	info->n_stats = E1000LIKE_STATS_LEN;
	info->regdump_len = E1000LIKE_REGS_LEN * sizeof(u32);
	info->eedump_len = E1000_EEPROM_WORDS * sizeof(u16);
}

static u32 e1000like_get_msglevel(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	return adapter->msg_enable;
}

static void e1000like_set_msglevel(struct net_device *netdev, u32 level)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	adapter->msg_enable = level;
}

static int e1000like_nway_reset(struct net_device *netdev)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	if (netif_running(netdev))
		e1000like_reinit_locked(adapter);
	return 0;
}

static int e1000like_get_eeprom_len(struct net_device *netdev)
{
	return E1000_EEPROM_WORDS * (int)sizeof(u16);
}

static int e1000like_get_eeprom(struct net_device *netdev, struct ethtool_eeprom *eeprom,
				u8 *bytes)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	unsigned int first_word, last_word, i;
	u16 *words;
	int ret = 0;

	if (eeprom->len == 0)
		return -EINVAL;
	first_word = eeprom->offset >> 1;
	last_word = (eeprom->offset + eeprom->len - 1) >> 1;
	if (last_word >= E1000_EEPROM_WORDS)
		return -EINVAL;
	eeprom->magic = adapter->pdev->vendor | ((u32)adapter->pdev->device << 16);

	words = kmalloc(sizeof(u16) * (last_word - first_word + 1), GFP_KERNEL);
	if (!words)
		return -ENOMEM;
	for (i = 0; i <= last_word - first_word; i++) {
		ret = e1000like_read_eeprom(adapter, (u16)(first_word + i), &words[i]);
		if (ret)
			break;
	}
	if (!ret)
		memcpy(bytes, (u8 *)words + (eeprom->offset & 1), eeprom->len);
	kfree(words);
	return ret;
}

static void e1000like_get_ringparam(struct net_device *netdev, struct ethtool_ringparam *ring)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	u32 cmd = ring->cmd;

	*ring = (struct ethtool_ringparam){
		.cmd = cmd,
		.rx_max_pending = E1000LIKE_MAX_DESC,
		.tx_max_pending = E1000LIKE_MAX_DESC,
		.rx_pending = adapter->rx_ring.count,
		.tx_pending = adapter->tx_ring.count,
	};
}

static unsigned int e1000like_ring_count(u32 requested)
{
	unsigned int count = requested;

	if (count < E1000LIKE_MIN_DESC)
		count = E1000LIKE_MIN_DESC;
	if (count > E1000LIKE_MAX_DESC)
		count = E1000LIKE_MAX_DESC;
	return ALIGN(count, E1000LIKE_DESC_MULTIPLE);
}

static int e1000like_set_ringparam(struct net_device *netdev, struct ethtool_ringparam *ring)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	struct e1000like_tx_ring tx_old, tx_new;
	struct e1000like_rx_ring rx_old, rx_new;
	int running, err = 0;

	if (ring->rx_mini_pending || ring->rx_jumbo_pending)
		return -EINVAL;

	while (test_and_set_bit(__E1000LIKE_RESETTING, &adapter->flags))
		msleep(1);

	running = netif_running(netdev);
	if (running)
		e1000like_down(adapter);

	tx_old = adapter->tx_ring;
	rx_old = adapter->rx_ring;
	adapter->tx_ring.count = e1000like_ring_count(ring->tx_pending);
	adapter->rx_ring.count = e1000like_ring_count(ring->rx_pending);

	if (running) {
		err = e1000like_setup_rx_resources(adapter);
		if (err)
			goto err_setup_rx;
		err = e1000like_setup_tx_resources(adapter);
		if (err)
			goto err_setup_tx;

		/* the new rings are ready: release the old ones */
		rx_new = adapter->rx_ring;
		tx_new = adapter->tx_ring;
		adapter->rx_ring = rx_old;
		adapter->tx_ring = tx_old;
		e1000like_free_rx_resources(adapter);
		e1000like_free_tx_resources(adapter);
		adapter->rx_ring = rx_new;
		adapter->tx_ring = tx_new;
		err = e1000like_up(adapter);
	}
	clear_bit(__E1000LIKE_RESETTING, &adapter->flags);
	return err;

err_setup_tx:
	e1000like_free_rx_resources(adapter);
err_setup_rx:
	adapter->rx_ring = rx_old;
	adapter->tx_ring = tx_old;
	e1000like_up(adapter);
	clear_bit(__E1000LIKE_RESETTING, &adapter->flags);
	return err;
}

static void e1000like_get_strings(struct net_device *netdev, u32 stringset, u8 *data)
{
	int i;

	if (stringset != ETH_SS_STATS)
		return;
	for (i = 0; i < E1000LIKE_STATS_LEN; i++)
		memcpy(data + i * ETH_GSTRING_LEN, e1000like_gstrings_stats[i].name,
		       ETH_GSTRING_LEN);
}

static int e1000like_get_stats_count(struct net_device *netdev)
{
	return E1000LIKE_STATS_LEN;
}

static void e1000like_get_ethtool_stats(struct net_device *netdev, struct ethtool_stats *stats,
					u64 *data)
{
	struct e1000like_adapter *adapter = netdev_priv(netdev);
	int i;

	e1000like_update_stats(adapter);
	for (i = 0; i < E1000LIKE_STATS_LEN; i++) {
		const struct e1000like_stat *stat = &e1000like_gstrings_stats[i];
		const char *base = stat->base == STAT_NETDEV ? (const char *)netdev
							      : (const char *)adapter;
		const char *p = base + stat->offset;

		data[i] = stat->size == sizeof(u64) ? *(const u64 *)p : *(const u32 *)p;
	}
}

static const struct ethtool_ops e1000like_ethtool_ops = {
	.get_drvinfo = e1000like_get_drvinfo,
	.get_regs_len = e1000like_get_regs_len,
	.get_regs = e1000like_get_regs,
	.get_msglevel = e1000like_get_msglevel,
	.set_msglevel = e1000like_set_msglevel,
	.nway_reset = e1000like_nway_reset,
	.get_link = ethtool_op_get_link,
	.get_eeprom_len = e1000like_get_eeprom_len,
	.get_eeprom = e1000like_get_eeprom,
	.get_ringparam = e1000like_get_ringparam,
	.set_ringparam = e1000like_set_ringparam,
	.get_strings = e1000like_get_strings,
	.get_stats_count = e1000like_get_stats_count,
	.get_ethtool_stats = e1000like_get_ethtool_stats,
	.get_perm_addr = ethtool_op_get_perm_addr,
};

/* ------------------------------------------- ethtool request dispatching */

/*
 * SIOCETHTOOL: useraddr points at a request that starts with a u32 command.
 * Each command copies its request in, calls the matching ethtool_ops
 * callback and copies the answer back, as the kernel's dev_ethtool does.
 */

static noinline int ethtool_get_value(struct net_device *dev, void __user *useraddr,
				      u32 (*actor)(struct net_device *))
{
	struct ethtool_value edata;

	if (copy_from_user(&edata, useraddr, sizeof(edata)))
		return -EFAULT;
	edata.data = actor(dev);
	if (copy_to_user(useraddr, &edata, sizeof(edata)))
		return -EFAULT;
	return 0;
}

static noinline int ethtool_set_value(struct net_device *dev, void __user *useraddr,
				      void (*actor)(struct net_device *, u32))
{
	struct ethtool_value edata;

	if (copy_from_user(&edata, useraddr, sizeof(edata)))
		return -EFAULT;
	actor(dev, edata.data);
	return 0;
}

static int ethtool_get_drvinfo(struct net_device *dev, void __user *useraddr)
{
	struct ethtool_drvinfo info;

	memset(&info, 0, sizeof(info));
	info.cmd = ETHTOOL_GDRVINFO;
	dev->ethtool_ops->get_drvinfo(dev, &info);
	if (copy_to_user(useraddr, &info, sizeof(info)))
		return -EFAULT;
	return 0;
}

static int ethtool_get_regs(struct net_device *dev, void __user *useraddr)
{
	const struct ethtool_ops *ops = dev->ethtool_ops;
	struct ethtool_regs regs;
	u8 *regbuf;
	int reglen, ret;

	if (copy_from_user(&regs, useraddr, sizeof(regs)))
		return -EFAULT;
	reglen = ops->get_regs_len(dev);
	if (regs.len > (u32)reglen)
		regs.len = (u32)reglen;

	regbuf = kzalloc((size_t)reglen, GFP_USER);
	if (!regbuf)
		return -ENOMEM;
	ops->get_regs(dev, &regs, regbuf);

	ret = -EFAULT;
	if (copy_to_user(useraddr, &regs, sizeof(regs)))
		goto out;
	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_regs, data), regbuf,
			 regs.len))
		goto out;
	ret = 0;
out:
	kfree(regbuf);
	return ret;
}

static int ethtool_get_eeprom(struct net_device *dev, void __user *useraddr)
{
	const struct ethtool_ops *ops = dev->ethtool_ops;
	struct ethtool_eeprom eeprom;
	u8 *data;
	int ret;

	if (copy_from_user(&eeprom, useraddr, sizeof(eeprom)))
		return -EFAULT;
	if (eeprom.offset + eeprom.len < eeprom.offset ||
	    eeprom.offset + eeprom.len > (u32)ops->get_eeprom_len(dev))
		return -EINVAL;

	data = kmalloc(eeprom.len ? eeprom.len : 1, GFP_USER);
	if (!data)
		return -ENOMEM;
	ret = ops->get_eeprom(dev, &eeprom, data);
	if (ret)
		goto out;
	ret = -EFAULT;
	if (copy_to_user(useraddr, &eeprom, sizeof(eeprom)))
		goto out;
	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_eeprom, data), data,
			 eeprom.len))
		goto out;
	ret = 0;
out:
	kfree(data);
	return ret;
}

static int ethtool_get_ringparam(struct net_device *dev, void __user *useraddr)
{
	struct ethtool_ringparam ringparam = { .cmd = ETHTOOL_GRINGPARAM };

	dev->ethtool_ops->get_ringparam(dev, &ringparam);
	if (copy_to_user(useraddr, &ringparam, sizeof(ringparam)))
		return -EFAULT;
	return 0;
}

static int ethtool_set_ringparam(struct net_device *dev, void __user *useraddr)
{
	struct ethtool_ringparam ringparam;

	if (copy_from_user(&ringparam, useraddr, sizeof(ringparam)))
		return -EFAULT;
	return dev->ethtool_ops->set_ringparam(dev, &ringparam);
}

static int ethtool_get_strings(struct net_device *dev, void __user *useraddr)
{
	const struct ethtool_ops *ops = dev->ethtool_ops;
	struct ethtool_gstrings gstrings;
	u8 *data;
	int ret;

	if (copy_from_user(&gstrings, useraddr, sizeof(gstrings)))
		return -EFAULT;
	if (gstrings.string_set != ETH_SS_STATS)
		return -EOPNOTSUPP;
	gstrings.len = (u32)ops->get_stats_count(dev);

	data = kmalloc(gstrings.len * ETH_GSTRING_LEN, GFP_USER);
	if (!data)
		return -ENOMEM;
	ops->get_strings(dev, gstrings.string_set, data);

	ret = -EFAULT;
	if (copy_to_user(useraddr, &gstrings, sizeof(gstrings)))
		goto out;
	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_gstrings, data), data,
			 gstrings.len * ETH_GSTRING_LEN))
		goto out;
	ret = 0;
out:
	kfree(data);
	return ret;
}

static int ethtool_get_stats(struct net_device *dev, void __user *useraddr)
{
	const struct ethtool_ops *ops = dev->ethtool_ops;
	struct ethtool_stats stats;
	u64 *data;
	int ret;

	if (copy_from_user(&stats, useraddr, sizeof(stats)))
		return -EFAULT;
	stats.n_stats = (u32)ops->get_stats_count(dev);

	data = kmalloc(stats.n_stats * sizeof(u64), GFP_USER);
	if (!data)
		return -ENOMEM;
	ops->get_ethtool_stats(dev, &stats, data);

	ret = -EFAULT;
	if (copy_to_user(useraddr, &stats, sizeof(stats)))
		goto out;
	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_stats, data), data,
			 stats.n_stats * sizeof(u64)))
		goto out;
	ret = 0;
out:
	kfree(data);
	return ret;
}

static int ethtool_get_perm_addr(struct net_device *dev, void __user *useraddr)
{
	struct ethtool_perm_addr epaddr;
	u8 data[MAX_ADDR_LEN];
	int ret;

	if (copy_from_user(&epaddr, useraddr, sizeof(epaddr)))
		return -EFAULT;
	ret = dev->ethtool_ops->get_perm_addr(dev, &epaddr, data);
	if (ret)
		return ret;
	if (copy_to_user(useraddr, &epaddr, sizeof(epaddr)))
		return -EFAULT;
	if (copy_to_user((u8 __user *)useraddr + offsetof(struct ethtool_perm_addr, data), data,
			 epaddr.size))
		return -EFAULT;
	return 0;
}

static int e1000like_ethtool_ioctl(struct net_device *dev, void __user *useraddr)
{
	const struct ethtool_ops *ops = dev->ethtool_ops;
	u32 ethcmd;

	if (copy_from_user(&ethcmd, useraddr, sizeof(ethcmd)))
		return -EFAULT;

	switch (ethcmd) {
	case ETHTOOL_GDRVINFO:
		return ethtool_get_drvinfo(dev, useraddr);
	case ETHTOOL_GREGS:
		return ethtool_get_regs(dev, useraddr);
	case ETHTOOL_GMSGLVL:
		return ethtool_get_value(dev, useraddr, ops->get_msglevel);
	case ETHTOOL_SMSGLVL:
		return ethtool_set_value(dev, useraddr, ops->set_msglevel);
	case ETHTOOL_NWAY_RST:
		return ops->nway_reset(dev);
	case ETHTOOL_GLINK:
		return ethtool_get_value(dev, useraddr, ops->get_link);
	case ETHTOOL_GEEPROM:
		return ethtool_get_eeprom(dev, useraddr);
	case ETHTOOL_GRINGPARAM:
		return ethtool_get_ringparam(dev, useraddr);
	case ETHTOOL_SRINGPARAM:
		return ethtool_set_ringparam(dev, useraddr);
	case ETHTOOL_GSTRINGS:
		return ethtool_get_strings(dev, useraddr);
	case ETHTOOL_GSTATS:
		return ethtool_get_stats(dev, useraddr);
	case ETHTOOL_GPERMADDR:
		return ethtool_get_perm_addr(dev, useraddr);
	default:
		return -EOPNOTSUPP;
	}
}

static int e1000like_ioctl(struct net_device *netdev, struct ifreq *ifr, int cmd)
{
	switch (cmd) {
	case SIOCETHTOOL:
		return e1000like_ethtool_ioctl(netdev, ifr->ifr_data);
	default:
		return -EOPNOTSUPP;
	}
}

/* ----------------------------------------------------------- PCI binding */

static void e1000like_sw_init(struct e1000like_adapter *adapter)
{
	adapter->rx_buffer_len = E1000LIKE_RXBUFFER_2048;
	adapter->tx_ring.count = E1000LIKE_DEFAULT_TXD;
	adapter->rx_ring.count = E1000LIKE_DEFAULT_RXD;
	adapter->tx_ring.tdh = E1000_TDH;
	adapter->tx_ring.tdt = E1000_TDT;
	adapter->rx_ring.rdh = E1000_RDH;
	adapter->rx_ring.rdt = E1000_RDT;
	adapter->txd_cmd = E1000_TXD_CMD_IFCS;
	adapter->msg_enable = E1000LIKE_MSG_DEFAULT;
	adapter->clean_rx = e1000like_clean_rx_irq;
	adapter->alloc_rx_buf = e1000like_alloc_rx_buffers;
	spin_lock_init(&adapter->tx_ring.tx_lock);
	spin_lock_init(&adapter->stats_lock);
	set_bit(__E1000LIKE_DOWN, &adapter->flags);
}

static int e1000like_probe(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	struct net_device *netdev;
	struct e1000like_adapter *adapter;
	const u8 *mac;
	int err;

	err = pci_enable_device(pdev);
	if (err)
		return err;

	err = pci_set_dma_mask(pdev, DMA_32BIT_MASK);
	if (!err)
		err = pci_set_consistent_dma_mask(pdev, DMA_32BIT_MASK);
	if (err) {
		printk(KERN_ERR "%s: no usable DMA configuration\n", e1000like_driver_name);
		goto err_dma;
	}

	err = pci_request_regions(pdev, e1000like_driver_name);
	if (err)
		goto err_pci_reg;
	pci_set_master(pdev);

	err = -ENOMEM;
	netdev = alloc_etherdev(sizeof(struct e1000like_adapter));
	if (!netdev)
		goto err_alloc_etherdev;
	SET_NETDEV_DEV(netdev, &pdev->dev);
	pci_set_drvdata(pdev, netdev);

	adapter = netdev_priv(netdev);
	adapter->netdev = netdev;
	adapter->pdev = pdev;
	adapter->mmio_start = pci_resource_start(pdev, 0);
	adapter->mmio_len = pci_resource_len(pdev, 0);

	err = -EIO;
	if (adapter->mmio_len < E1000LIKE_BAR0_LEN)
		goto err_ioremap;
	adapter->hw_addr = ioremap(adapter->mmio_start, adapter->mmio_len);
	if (!adapter->hw_addr)
		goto err_ioremap;

	pci_read_config_word(pdev, PCI_COMMAND, &adapter->pci_cmd_word);
	pci_read_config_byte(pdev, PCI_REVISION_ID, &adapter->revision_id);

	netdev->open = e1000like_open;
	netdev->stop = e1000like_close;
	netdev->hard_start_xmit = e1000like_xmit_frame;
	netdev->get_stats = e1000like_get_stats;
	netdev->tx_timeout = e1000like_tx_timeout;
	netdev->do_ioctl = e1000like_ioctl;
	netdev->change_mtu = e1000like_change_mtu;
	netdev->set_mac_address = e1000like_set_mac;
	netdev->set_multicast_list = e1000like_set_multi;
	netdev->ethtool_ops = &e1000like_ethtool_ops;
	netdev->watchdog_timeo = E1000LIKE_TX_TIMEOUT;
	netdev->mem_start = adapter->mmio_start;
	netdev->mem_end = adapter->mmio_start + adapter->mmio_len;
	netdev->base_addr = adapter->mmio_start;
	netdev->irq = pdev->irq;
	netdev->features = NETIF_F_SG | NETIF_F_LLTX;

	e1000like_sw_init(adapter);

	err = e1000like_reset_hw(adapter);
	if (err)
		goto err_reset;

	if (e1000like_read_mac_addr(adapter, netdev->dev_addr) ||
	    !is_valid_ether_addr(netdev->dev_addr)) {
		printk(KERN_ERR "%s: invalid MAC address in the EEPROM\n", e1000like_driver_name);
		err = -EIO;
		goto err_eeprom;
	}
	memcpy(netdev->perm_addr, netdev->dev_addr, netdev->addr_len);
	if (e1000like_read_eeprom(adapter, E1000_EEPROM_VERSION_WORD, &adapter->eeprom_version))
		adapter->eeprom_version = 0;

	init_timer(&adapter->watchdog_timer);
	adapter->watchdog_timer.function = e1000like_watchdog;
	adapter->watchdog_timer.data = (unsigned long)adapter;
	INIT_WORK(&adapter->reset_task, e1000like_reset_task, adapter);

	netif_carrier_off(netdev);
	netif_stop_queue(netdev);

	err = register_netdev(netdev);
	if (err)
		goto err_register;

	mac = netdev->dev_addr;
	printk(KERN_INFO "%s: %s (%04x:%04x rev %u) at 0x%08lx, irq %u, "
	       "MAC %02x:%02x:%02x:%02x:%02x:%02x\n",
	       netdev->name, e1000like_driver_string, pdev->vendor, pdev->device,
	       adapter->revision_id, adapter->mmio_start, netdev->irq, mac[0], mac[1], mac[2],
	       mac[3], mac[4], mac[5]);
	return 0;

err_register:
err_eeprom:
err_reset:
	iounmap(adapter->hw_addr);
err_ioremap:
	pci_set_drvdata(pdev, NULL);
	free_netdev(netdev);
err_alloc_etherdev:
	pci_release_regions(pdev);
err_pci_reg:
err_dma:
	pci_disable_device(pdev);
	return err;
}

static void e1000like_remove(struct pci_dev *pdev)
{
	struct net_device *netdev = pci_get_drvdata(pdev);
	struct e1000like_adapter *adapter = netdev_priv(netdev);

	/* no timer or reset task may run once the netdev is gone */
	set_bit(__E1000LIKE_DOWN, &adapter->flags);
	del_timer_sync(&adapter->watchdog_timer);
	flush_scheduled_work();

	unregister_netdev(netdev);
	e1000like_reset_hw(adapter);
	iounmap(adapter->hw_addr);
	pci_release_regions(pdev);
	pci_set_drvdata(pdev, NULL);
	free_netdev(netdev);
	pci_disable_device(pdev);
}

static struct pci_driver e1000like_driver = {
	.name = e1000like_driver_name,
	.id_table = e1000like_pci_tbl,
	.probe = e1000like_probe,
	.remove = e1000like_remove,
};

static int e1000like_init_module(void)
{
	printk(KERN_INFO "%s - version %s\n", e1000like_driver_string, e1000like_driver_version);
	return pci_register_driver(&e1000like_driver);
}
module_init(e1000like_init_module);

static void e1000like_exit_module(void)
{
	pci_unregister_driver(&e1000like_driver);
}
module_exit(e1000like_exit_module);
