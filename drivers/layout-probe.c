/*
 * Layout probe (twindrivers): the single source of the struct offsets and constants that
 * the platform shares with the drivers.  scripts/gen-layout.ts compiles this file with the
 * kernel flags and the mini kernel API headers and turns every marker line
 *   #@layout GROUP KEY VALUE s|u
 * of the assembly into src/platform/layout.generated.ts.  Nothing here is linked or run:
 * the values are compile-time constants printed by inline-asm operands (%c0).
 * Key conventions: "size" is sizeof(struct); a C field itself named "size" is emitted under
 * another key (noted at its line).  "u" marks values to read as unsigned 32-bit.
 */
#include <linux/kernel.h>
#include <linux/skbuff.h>
#include <linux/netdevice.h>
#include <linux/ethtool.h>
#include <linux/pci.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/slab.h>
#include "e1000like/e1000like.h"

#define EMIT(group, key, value, sign) \
	__asm__ __volatile__("\n#@layout " group " " key " %c0 " sign : : "i"(value))
#define OFF(group, type, field) EMIT(group, #field, offsetof(type, field), "s")
#define OFFK(group, key, type, member) EMIT(group, key, offsetof(type, member), "s")
#define SIZE(group, type) EMIT(group, "size", sizeof(type), "s")
#define VAL(group, name) EMIT(group, #name, (long)(name), "s")
#define VALK(group, key, value) EMIT(group, key, (long)(value), "s")
#define UVALK(group, key, value) EMIT(group, key, (unsigned long)(value), "u")

/* One byte of a struct in which a single bit-field was set to all ones. */
#define SKB_BITS(field, ones, byte_field)                                              \
	((union {                                                                        \
		struct sk_buff s;                                                        \
		unsigned char b[sizeof(struct sk_buff)];                                 \
	}){ .s = { .field = (ones) } })                                                  \
		.b[offsetof(struct sk_buff, byte_field)]

void layout_probe(void);

static void probe_skb(void)
{
	OFF("SKB", struct sk_buff, next);
	OFF("SKB", struct sk_buff, prev);
	OFF("SKB", struct sk_buff, sk);
	OFF("SKB", struct sk_buff, tstamp);
	OFF("SKB", struct sk_buff, dev);
	OFF("SKB", struct sk_buff, input_dev);
	OFF("SKB", struct sk_buff, h);
	OFF("SKB", struct sk_buff, nh);
	OFF("SKB", struct sk_buff, mac);
	OFF("SKB", struct sk_buff, dst);
	OFF("SKB", struct sk_buff, sp);
	OFF("SKB", struct sk_buff, cb);
	OFF("SKB", struct sk_buff, len);
	OFF("SKB", struct sk_buff, data_len);
	OFF("SKB", struct sk_buff, mac_len);
	OFF("SKB", struct sk_buff, csum);
	OFF("SKB", struct sk_buff, priority);
	OFF("SKB", struct sk_buff, flags1);
	OFF("SKB", struct sk_buff, flags2);
	OFF("SKB", struct sk_buff, protocol);
	OFF("SKB", struct sk_buff, destructor);
	OFF("SKB", struct sk_buff, truesize);
	OFF("SKB", struct sk_buff, users);
	OFF("SKB", struct sk_buff, head);
	OFF("SKB", struct sk_buff, data);
	OFF("SKB", struct sk_buff, tail);
	OFF("SKB", struct sk_buff, end);
	SIZE("SKB", struct sk_buff);

	/* bit-fields: byte offset and mask within that byte */
	OFFK("SKB_BITS", "local_df_byte", struct sk_buff, flags1);
	VALK("SKB_BITS", "local_df_mask", SKB_BITS(local_df, 1, flags1));
	OFFK("SKB_BITS", "cloned_byte", struct sk_buff, flags1);
	VALK("SKB_BITS", "cloned_mask", SKB_BITS(cloned, 1, flags1));
	OFFK("SKB_BITS", "ip_summed_byte", struct sk_buff, flags1);
	VALK("SKB_BITS", "ip_summed_mask", SKB_BITS(ip_summed, 3, flags1));
	OFFK("SKB_BITS", "pkt_type_byte", struct sk_buff, flags2);
	VALK("SKB_BITS", "pkt_type_mask", SKB_BITS(pkt_type, 7, flags2));

	OFF("SHINFO", struct skb_shared_info, dataref);
	OFF("SHINFO", struct skb_shared_info, nr_frags);
	OFF("SHINFO", struct skb_shared_info, gso_size);
	OFF("SHINFO", struct skb_shared_info, gso_segs);
	OFF("SHINFO", struct skb_shared_info, gso_type);
	OFF("SHINFO", struct skb_shared_info, ip6_frag_id);
	OFF("SHINFO", struct skb_shared_info, frag_list);
	OFF("SHINFO", struct skb_shared_info, frags);
	VALK("SHINFO", "max_frags", MAX_SKB_FRAGS);
	SIZE("SHINFO", struct skb_shared_info);

	OFF("SKB_FRAG", struct skb_frag_struct, page);
	OFF("SKB_FRAG", struct skb_frag_struct, page_offset);
	OFFK("SKB_FRAG", "frag_size", struct skb_frag_struct, size); /* C field "size" */
	SIZE("SKB_FRAG", struct skb_frag_struct);

	OFF("PAGE", struct page, flags);
	OFF("PAGE", struct page, _count);
	OFF("PAGE", struct page, _mapcount);
	OFF("PAGE", struct page, private);
	OFF("PAGE", struct page, mapping);
	OFF("PAGE", struct page, index);
	OFF("PAGE", struct page, lru);
	SIZE("PAGE", struct page);
}

static void probe_netdev(void)
{
	OFF("NETDEV", struct net_device, name);
	OFF("NETDEV", struct net_device, mem_end);
	OFF("NETDEV", struct net_device, mem_start);
	OFF("NETDEV", struct net_device, base_addr);
	OFF("NETDEV", struct net_device, irq);
	OFF("NETDEV", struct net_device, if_port);
	OFF("NETDEV", struct net_device, dma);
	OFF("NETDEV", struct net_device, state);
	OFF("NETDEV", struct net_device, next);
	OFF("NETDEV", struct net_device, ifindex);
	OFF("NETDEV", struct net_device, stats);
	OFF("NETDEV", struct net_device, features);
	OFF("NETDEV", struct net_device, flags);
	OFF("NETDEV", struct net_device, mtu);
	OFF("NETDEV", struct net_device, type);
	OFF("NETDEV", struct net_device, hard_header_len);
	OFF("NETDEV", struct net_device, addr_len);
	OFF("NETDEV", struct net_device, perm_addr);
	OFF("NETDEV", struct net_device, broadcast);
	OFF("NETDEV", struct net_device, dev_addr);
	OFF("NETDEV", struct net_device, last_rx);
	OFF("NETDEV", struct net_device, trans_start);
	OFF("NETDEV", struct net_device, watchdog_timeo);
	OFF("NETDEV", struct net_device, tx_queue_len);
	OFF("NETDEV", struct net_device, open);
	OFF("NETDEV", struct net_device, stop);
	OFF("NETDEV", struct net_device, hard_start_xmit);
	OFF("NETDEV", struct net_device, get_stats);
	OFF("NETDEV", struct net_device, tx_timeout);
	OFF("NETDEV", struct net_device, do_ioctl);
	OFF("NETDEV", struct net_device, change_mtu);
	OFF("NETDEV", struct net_device, set_mac_address);
	OFF("NETDEV", struct net_device, set_multicast_list);
	OFF("NETDEV", struct net_device, ethtool_ops);
	OFF("NETDEV", struct net_device, dev_parent);
	OFF("NETDEV", struct net_device, priv);
	SIZE("NETDEV", struct net_device);
	VALK("NETDEV", "priv_align", NETDEV_ALIGN);
	VALK("NETDEV", "priv_offset",
	     (sizeof(struct net_device) + NETDEV_ALIGN - 1) & ~(NETDEV_ALIGN - 1));
	VALK("NETDEV", "name_len", IFNAMSIZ);
	VALK("NETDEV", "addr_max_len", MAX_ADDR_LEN);

	OFF("NETDEV_STATS", struct net_device_stats, rx_packets);
	OFF("NETDEV_STATS", struct net_device_stats, tx_packets);
	OFF("NETDEV_STATS", struct net_device_stats, rx_bytes);
	OFF("NETDEV_STATS", struct net_device_stats, tx_bytes);
	OFF("NETDEV_STATS", struct net_device_stats, rx_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_dropped);
	OFF("NETDEV_STATS", struct net_device_stats, tx_dropped);
	OFF("NETDEV_STATS", struct net_device_stats, multicast);
	OFF("NETDEV_STATS", struct net_device_stats, collisions);
	OFF("NETDEV_STATS", struct net_device_stats, rx_length_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_over_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_crc_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_frame_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_fifo_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_missed_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_aborted_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_carrier_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_fifo_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_heartbeat_errors);
	OFF("NETDEV_STATS", struct net_device_stats, tx_window_errors);
	OFF("NETDEV_STATS", struct net_device_stats, rx_compressed);
	OFF("NETDEV_STATS", struct net_device_stats, tx_compressed);
	SIZE("NETDEV_STATS", struct net_device_stats);

	OFF("IFREQ", struct ifreq, ifr_name);
	OFFK("IFREQ", "ifr_data", struct ifreq, ifr_ifru.ifru_data);
	SIZE("IFREQ", struct ifreq);

	OFF("SOCKADDR", struct sockaddr, sa_family);
	OFF("SOCKADDR", struct sockaddr, sa_data);
	SIZE("SOCKADDR", struct sockaddr);
}

static void probe_ethtool(void)
{
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_drvinfo);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_regs_len);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_regs);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_msglevel);
	OFF("ETHTOOL_OPS", struct ethtool_ops, set_msglevel);
	OFF("ETHTOOL_OPS", struct ethtool_ops, nway_reset);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_link);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_eeprom_len);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_eeprom);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_ringparam);
	OFF("ETHTOOL_OPS", struct ethtool_ops, set_ringparam);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_strings);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_stats_count);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_ethtool_stats);
	OFF("ETHTOOL_OPS", struct ethtool_ops, get_perm_addr);
	SIZE("ETHTOOL_OPS", struct ethtool_ops);

	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, cmd);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, driver);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, version);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, fw_version);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, bus_info);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, n_stats);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, testinfo_len);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, eedump_len);
	OFF("ETHTOOL_DRVINFO", struct ethtool_drvinfo, regdump_len);
	SIZE("ETHTOOL_DRVINFO", struct ethtool_drvinfo);

	OFF("ETHTOOL_VALUE", struct ethtool_value, cmd);
	OFF("ETHTOOL_VALUE", struct ethtool_value, data);
	SIZE("ETHTOOL_VALUE", struct ethtool_value);

	OFF("ETHTOOL_REGS", struct ethtool_regs, cmd);
	OFF("ETHTOOL_REGS", struct ethtool_regs, version);
	OFF("ETHTOOL_REGS", struct ethtool_regs, len);
	OFF("ETHTOOL_REGS", struct ethtool_regs, data);
	SIZE("ETHTOOL_REGS", struct ethtool_regs);

	OFF("ETHTOOL_EEPROM", struct ethtool_eeprom, cmd);
	OFF("ETHTOOL_EEPROM", struct ethtool_eeprom, magic);
	OFF("ETHTOOL_EEPROM", struct ethtool_eeprom, offset);
	OFF("ETHTOOL_EEPROM", struct ethtool_eeprom, len);
	OFF("ETHTOOL_EEPROM", struct ethtool_eeprom, data);
	SIZE("ETHTOOL_EEPROM", struct ethtool_eeprom);

	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, cmd);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_max_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_mini_max_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_jumbo_max_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, tx_max_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_mini_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, rx_jumbo_pending);
	OFF("ETHTOOL_RINGPARAM", struct ethtool_ringparam, tx_pending);
	SIZE("ETHTOOL_RINGPARAM", struct ethtool_ringparam);

	OFF("ETHTOOL_GSTRINGS", struct ethtool_gstrings, cmd);
	OFF("ETHTOOL_GSTRINGS", struct ethtool_gstrings, string_set);
	OFF("ETHTOOL_GSTRINGS", struct ethtool_gstrings, len);
	OFF("ETHTOOL_GSTRINGS", struct ethtool_gstrings, data);
	SIZE("ETHTOOL_GSTRINGS", struct ethtool_gstrings);

	OFF("ETHTOOL_STATS", struct ethtool_stats, cmd);
	OFF("ETHTOOL_STATS", struct ethtool_stats, n_stats);
	OFF("ETHTOOL_STATS", struct ethtool_stats, data);
	SIZE("ETHTOOL_STATS", struct ethtool_stats);

	OFF("ETHTOOL_PERM_ADDR", struct ethtool_perm_addr, cmd);
	OFFK("ETHTOOL_PERM_ADDR", "addr_size", struct ethtool_perm_addr, size); /* C field "size" */
	OFF("ETHTOOL_PERM_ADDR", struct ethtool_perm_addr, data);
	SIZE("ETHTOOL_PERM_ADDR", struct ethtool_perm_addr);
}

static void probe_pci(void)
{
	OFF("DEVICE", struct device, parent);
	OFF("DEVICE", struct device, bus_id);
	OFF("DEVICE", struct device, driver_data);
	OFF("DEVICE", struct device, dma_mask);
	OFF("DEVICE", struct device, coherent_dma_mask);
	OFF("DEVICE", struct device, release);
	SIZE("DEVICE", struct device);
	VALK("DEVICE", "bus_id_len", BUS_ID_SIZE);

	OFF("RESOURCE", struct resource, start);
	OFF("RESOURCE", struct resource, end);
	OFF("RESOURCE", struct resource, name);
	OFF("RESOURCE", struct resource, flags);
	OFF("RESOURCE", struct resource, parent);
	OFF("RESOURCE", struct resource, sibling);
	OFF("RESOURCE", struct resource, child);
	SIZE("RESOURCE", struct resource);

	OFF("PCI_DEV", struct pci_dev, global_list);
	OFF("PCI_DEV", struct pci_dev, bus_list);
	OFF("PCI_DEV", struct pci_dev, bus);
	OFF("PCI_DEV", struct pci_dev, devfn);
	OFF("PCI_DEV", struct pci_dev, vendor);
	OFF("PCI_DEV", struct pci_dev, device);
	OFF("PCI_DEV", struct pci_dev, subsystem_vendor);
	OFF("PCI_DEV", struct pci_dev, subsystem_device);
	OFF("PCI_DEV", struct pci_dev, class);
	OFF("PCI_DEV", struct pci_dev, hdr_type);
	OFF("PCI_DEV", struct pci_dev, driver);
	OFF("PCI_DEV", struct pci_dev, dma_mask);
	OFF("PCI_DEV", struct pci_dev, dev);
	OFFK("PCI_DEV", "driver_data", struct pci_dev, dev.driver_data);
	OFF("PCI_DEV", struct pci_dev, irq);
	OFF("PCI_DEV", struct pci_dev, resource);
	OFF("PCI_DEV", struct pci_dev, enable_cnt);
	OFF("PCI_DEV", struct pci_dev, is_busmaster);
	SIZE("PCI_DEV", struct pci_dev);
	VALK("PCI_DEV", "resource_count", DEVICE_COUNT_RESOURCE);

	OFF("PCI_DEVICE_ID", struct pci_device_id, vendor);
	OFF("PCI_DEVICE_ID", struct pci_device_id, device);
	OFF("PCI_DEVICE_ID", struct pci_device_id, subvendor);
	OFF("PCI_DEVICE_ID", struct pci_device_id, subdevice);
	OFF("PCI_DEVICE_ID", struct pci_device_id, class);
	OFF("PCI_DEVICE_ID", struct pci_device_id, class_mask);
	OFF("PCI_DEVICE_ID", struct pci_device_id, driver_data);
	SIZE("PCI_DEVICE_ID", struct pci_device_id);

	OFF("PCI_DRIVER", struct pci_driver, node);
	OFF("PCI_DRIVER", struct pci_driver, name);
	OFF("PCI_DRIVER", struct pci_driver, id_table);
	OFF("PCI_DRIVER", struct pci_driver, probe);
	OFF("PCI_DRIVER", struct pci_driver, remove);
	OFF("PCI_DRIVER", struct pci_driver, suspend);
	OFF("PCI_DRIVER", struct pci_driver, resume);
	OFF("PCI_DRIVER", struct pci_driver, shutdown);
	SIZE("PCI_DRIVER", struct pci_driver);
}

static void probe_kernel_objects(void)
{
	OFF("TIMER_LIST", struct timer_list, entry);
	OFF("TIMER_LIST", struct timer_list, expires);
	OFF("TIMER_LIST", struct timer_list, function);
	OFF("TIMER_LIST", struct timer_list, data);
	OFF("TIMER_LIST", struct timer_list, base);
	SIZE("TIMER_LIST", struct timer_list);

	OFF("WORK_STRUCT", struct work_struct, pending);
	OFF("WORK_STRUCT", struct work_struct, entry);
	OFF("WORK_STRUCT", struct work_struct, func);
	OFF("WORK_STRUCT", struct work_struct, data);
	OFF("WORK_STRUCT", struct work_struct, wq_data);
	OFF("WORK_STRUCT", struct work_struct, timer);
	SIZE("WORK_STRUCT", struct work_struct);

	OFF("LIST_HEAD", struct list_head, next);
	OFF("LIST_HEAD", struct list_head, prev);
	SIZE("LIST_HEAD", struct list_head);

	OFF("SPINLOCK", spinlock_t, slock);
	SIZE("SPINLOCK", spinlock_t);
	VALK("SPINLOCK", "unlocked", SPINLOCK_UNLOCKED_VALUE);
	VALK("SPINLOCK", "locked", 0);

	OFF("BUG_ENTRY", struct bug_entry, bug_addr);
	OFF("BUG_ENTRY", struct bug_entry, file);
	OFF("BUG_ENTRY", struct bug_entry, line);
	OFF("BUG_ENTRY", struct bug_entry, flags);
	SIZE("BUG_ENTRY", struct bug_entry);
}

static void probe_e1000like(void)
{
	OFF("ADAPTER", struct e1000like_adapter, watchdog_timer);
	OFF("ADAPTER", struct e1000like_adapter, reset_task);
	OFF("ADAPTER", struct e1000like_adapter, flags);
	OFF("ADAPTER", struct e1000like_adapter, netdev);
	OFF("ADAPTER", struct e1000like_adapter, pdev);
	OFF("ADAPTER", struct e1000like_adapter, hw_addr);
	OFF("ADAPTER", struct e1000like_adapter, mmio_start);
	OFF("ADAPTER", struct e1000like_adapter, mmio_len);
	OFF("ADAPTER", struct e1000like_adapter, tx_ring);
	OFF("ADAPTER", struct e1000like_adapter, rx_ring);
	OFF("ADAPTER", struct e1000like_adapter, clean_rx);
	OFF("ADAPTER", struct e1000like_adapter, alloc_rx_buf);
	OFF("ADAPTER", struct e1000like_adapter, rx_buffer_len);
	OFF("ADAPTER", struct e1000like_adapter, txd_cmd);
	OFF("ADAPTER", struct e1000like_adapter, msg_enable);
	OFF("ADAPTER", struct e1000like_adapter, link_speed);
	OFF("ADAPTER", struct e1000like_adapter, link_duplex);
	OFF("ADAPTER", struct e1000like_adapter, pci_cmd_word);
	OFF("ADAPTER", struct e1000like_adapter, revision_id);
	OFF("ADAPTER", struct e1000like_adapter, eeprom_version);
	OFF("ADAPTER", struct e1000like_adapter, stats_lock);
	OFF("ADAPTER", struct e1000like_adapter, hw_stats);
	OFF("ADAPTER", struct e1000like_adapter, hw_stats_prev);
	OFF("ADAPTER", struct e1000like_adapter, restart_queue);
	OFF("ADAPTER", struct e1000like_adapter, tx_timeout_count);
	OFF("ADAPTER", struct e1000like_adapter, tx_busy);
	OFF("ADAPTER", struct e1000like_adapter, alloc_rx_buff_failed);
	OFF("ADAPTER", struct e1000like_adapter, rx_copybreak);
	OFF("ADAPTER", struct e1000like_adapter, rx_frame_errors);
	OFF("ADAPTER", struct e1000like_adapter, irq_count);
	OFF("ADAPTER", struct e1000like_adapter, watchdog_count);
	OFF("ADAPTER", struct e1000like_adapter, watchdog_cpu);
	OFFK("ADAPTER", "tx_lock", struct e1000like_adapter, tx_ring.tx_lock);
	SIZE("ADAPTER", struct e1000like_adapter);

	OFF("HW_STATS", struct e1000like_hw_stats, gprc);
	OFF("HW_STATS", struct e1000like_hw_stats, gptc);
	SIZE("HW_STATS", struct e1000like_hw_stats);

	OFF("TX_RING", struct e1000like_tx_ring, desc);
	OFF("TX_RING", struct e1000like_tx_ring, dma);
	OFFK("TX_RING", "ring_size", struct e1000like_tx_ring, size); /* C field "size" */
	OFF("TX_RING", struct e1000like_tx_ring, count);
	OFF("TX_RING", struct e1000like_tx_ring, next_to_use);
	OFF("TX_RING", struct e1000like_tx_ring, next_to_clean);
	OFF("TX_RING", struct e1000like_tx_ring, buffer_info);
	OFF("TX_RING", struct e1000like_tx_ring, tx_lock);
	OFF("TX_RING", struct e1000like_tx_ring, tdh);
	OFF("TX_RING", struct e1000like_tx_ring, tdt);
	SIZE("TX_RING", struct e1000like_tx_ring);

	OFF("RX_RING", struct e1000like_rx_ring, desc);
	OFF("RX_RING", struct e1000like_rx_ring, dma);
	OFFK("RX_RING", "ring_size", struct e1000like_rx_ring, size); /* C field "size" */
	OFF("RX_RING", struct e1000like_rx_ring, count);
	OFF("RX_RING", struct e1000like_rx_ring, next_to_use);
	OFF("RX_RING", struct e1000like_rx_ring, next_to_clean);
	OFF("RX_RING", struct e1000like_rx_ring, buffer_info);
	OFF("RX_RING", struct e1000like_rx_ring, rdh);
	OFF("RX_RING", struct e1000like_rx_ring, rdt);
	SIZE("RX_RING", struct e1000like_rx_ring);

	OFF("BUFFER_INFO", struct e1000like_buffer, skb);
	OFF("BUFFER_INFO", struct e1000like_buffer, dma);
	OFF("BUFFER_INFO", struct e1000like_buffer, time_stamp);
	OFF("BUFFER_INFO", struct e1000like_buffer, length);
	OFF("BUFFER_INFO", struct e1000like_buffer, next_to_watch);
	OFF("BUFFER_INFO", struct e1000like_buffer, mapped_as_page);
	SIZE("BUFFER_INFO", struct e1000like_buffer);

	OFF("TX_DESC", struct e1000like_tx_desc, buffer_addr);
	OFFK("TX_DESC", "length", struct e1000like_tx_desc, lower.flags.length);
	OFFK("TX_DESC", "cso", struct e1000like_tx_desc, lower.flags.cso);
	OFFK("TX_DESC", "cmd", struct e1000like_tx_desc, lower.flags.cmd);
	OFFK("TX_DESC", "status", struct e1000like_tx_desc, upper.fields.status);
	OFFK("TX_DESC", "css", struct e1000like_tx_desc, upper.fields.css);
	OFFK("TX_DESC", "special", struct e1000like_tx_desc, upper.fields.special);
	SIZE("TX_DESC", struct e1000like_tx_desc);

	OFF("RX_DESC", struct e1000like_rx_desc, buffer_addr);
	OFF("RX_DESC", struct e1000like_rx_desc, length);
	OFF("RX_DESC", struct e1000like_rx_desc, csum);
	OFF("RX_DESC", struct e1000like_rx_desc, status);
	OFF("RX_DESC", struct e1000like_rx_desc, errors);
	OFF("RX_DESC", struct e1000like_rx_desc, special);
	SIZE("RX_DESC", struct e1000like_rx_desc);

	UVALK("E1000_REGS", "CTRL", E1000_CTRL);
	UVALK("E1000_REGS", "STATUS", E1000_STATUS);
	UVALK("E1000_REGS", "EERD", E1000_EERD);
	UVALK("E1000_REGS", "ICR", E1000_ICR);
	UVALK("E1000_REGS", "ICS", E1000_ICS);
	UVALK("E1000_REGS", "IMS", E1000_IMS);
	UVALK("E1000_REGS", "IMC", E1000_IMC);
	UVALK("E1000_REGS", "RCTL", E1000_RCTL);
	UVALK("E1000_REGS", "TCTL", E1000_TCTL);
	UVALK("E1000_REGS", "RDBAL", E1000_RDBAL);
	UVALK("E1000_REGS", "RDBAH", E1000_RDBAH);
	UVALK("E1000_REGS", "RDLEN", E1000_RDLEN);
	UVALK("E1000_REGS", "RDH", E1000_RDH);
	UVALK("E1000_REGS", "RDT", E1000_RDT);
	UVALK("E1000_REGS", "TDBAL", E1000_TDBAL);
	UVALK("E1000_REGS", "TDBAH", E1000_TDBAH);
	UVALK("E1000_REGS", "TDLEN", E1000_TDLEN);
	UVALK("E1000_REGS", "TDH", E1000_TDH);
	UVALK("E1000_REGS", "TDT", E1000_TDT);
	UVALK("E1000_REGS", "GPRC", E1000_GPRC);
	UVALK("E1000_REGS", "GPTC", E1000_GPTC);
	UVALK("E1000_REGS", "RAL0", E1000_RAL0);
	UVALK("E1000_REGS", "RAH0", E1000_RAH0);

	UVALK("E1000_BITS", "CTRL_FD", E1000_CTRL_FD);
	UVALK("E1000_BITS", "CTRL_ASDE", E1000_CTRL_ASDE);
	UVALK("E1000_BITS", "CTRL_SLU", E1000_CTRL_SLU);
	UVALK("E1000_BITS", "CTRL_RST", E1000_CTRL_RST);
	UVALK("E1000_BITS", "STATUS_FD", E1000_STATUS_FD);
	UVALK("E1000_BITS", "STATUS_LU", E1000_STATUS_LU);
	UVALK("E1000_BITS", "STATUS_SPEED_MASK", E1000_STATUS_SPEED_MASK);
	UVALK("E1000_BITS", "STATUS_SPEED_100", E1000_STATUS_SPEED_100);
	UVALK("E1000_BITS", "STATUS_SPEED_1000", E1000_STATUS_SPEED_1000);
	UVALK("E1000_BITS", "EERD_START", E1000_EERD_START);
	UVALK("E1000_BITS", "EERD_DONE", E1000_EERD_DONE);
	VALK("E1000_BITS", "EERD_ADDR_SHIFT", E1000_EERD_ADDR_SHIFT);
	VALK("E1000_BITS", "EERD_DATA_SHIFT", E1000_EERD_DATA_SHIFT);
	UVALK("E1000_BITS", "ICR_TXDW", E1000_ICR_TXDW);
	UVALK("E1000_BITS", "ICR_TXQE", E1000_ICR_TXQE);
	UVALK("E1000_BITS", "ICR_LSC", E1000_ICR_LSC);
	UVALK("E1000_BITS", "ICR_RXSEQ", E1000_ICR_RXSEQ);
	UVALK("E1000_BITS", "ICR_RXDMT0", E1000_ICR_RXDMT0);
	UVALK("E1000_BITS", "ICR_RXO", E1000_ICR_RXO);
	UVALK("E1000_BITS", "ICR_RXT0", E1000_ICR_RXT0);
	UVALK("E1000_BITS", "IMS_ENABLE_MASK", E1000_IMS_ENABLE_MASK);
	UVALK("E1000_BITS", "RCTL_EN", E1000_RCTL_EN);
	UVALK("E1000_BITS", "RCTL_UPE", E1000_RCTL_UPE);
	UVALK("E1000_BITS", "RCTL_MPE", E1000_RCTL_MPE);
	UVALK("E1000_BITS", "RCTL_BAM", E1000_RCTL_BAM);
	UVALK("E1000_BITS", "RCTL_SECRC", E1000_RCTL_SECRC);
	UVALK("E1000_BITS", "TCTL_EN", E1000_TCTL_EN);
	UVALK("E1000_BITS", "TCTL_PSP", E1000_TCTL_PSP);
	UVALK("E1000_BITS", "RAH_AV", E1000_RAH_AV);
	UVALK("E1000_BITS", "TXD_CMD_EOP", E1000_TXD_CMD_EOP);
	UVALK("E1000_BITS", "TXD_CMD_IFCS", E1000_TXD_CMD_IFCS);
	UVALK("E1000_BITS", "TXD_CMD_RS", E1000_TXD_CMD_RS);
	UVALK("E1000_BITS", "TXD_STAT_DD", E1000_TXD_STAT_DD);
	UVALK("E1000_BITS", "RXD_STAT_DD", E1000_RXD_STAT_DD);
	UVALK("E1000_BITS", "RXD_STAT_EOP", E1000_RXD_STAT_EOP);
	UVALK("E1000_BITS", "RXD_ERR_FRAME_ERR_MASK", E1000_RXD_ERR_FRAME_ERR_MASK);

	VALK("E1000LIKE", "vendor_id", E1000LIKE_VENDOR_ID);
	VALK("E1000LIKE", "device_id", E1000LIKE_DEVICE_ID);
	VALK("E1000LIKE", "bar0_len", E1000LIKE_BAR0_LEN);
	VALK("E1000LIKE", "eeprom_words", E1000_EEPROM_WORDS);
	VALK("E1000LIKE", "eeprom_version_word", E1000_EEPROM_VERSION_WORD);
	VALK("E1000LIKE", "default_txd", E1000LIKE_DEFAULT_TXD);
	VALK("E1000LIKE", "default_rxd", E1000LIKE_DEFAULT_RXD);
	VALK("E1000LIKE", "min_desc", E1000LIKE_MIN_DESC);
	VALK("E1000LIKE", "max_desc", E1000LIKE_MAX_DESC);
	VALK("E1000LIKE", "desc_multiple", E1000LIKE_DESC_MULTIPLE);
	VALK("E1000LIKE", "rx_buffer_len", E1000LIKE_RXBUFFER_2048);
	VALK("E1000LIKE", "copybreak", E1000LIKE_COPYBREAK);
	VALK("E1000LIKE", "max_data_per_txd", E1000LIKE_MAX_DATA_PER_TXD);
	VALK("E1000LIKE", "tx_wake_threshold", E1000LIKE_TX_WAKE_THRESHOLD);
	VALK("E1000LIKE", "rx_buffer_write", E1000LIKE_RX_BUFFER_WRITE);
	VALK("E1000LIKE", "max_intr", E1000LIKE_MAX_INTR);
	VALK("E1000LIKE", "watchdog_period", E1000LIKE_WATCHDOG_PERIOD);
	VALK("E1000LIKE", "tx_timeout", E1000LIKE_TX_TIMEOUT);
	VALK("E1000LIKE", "regs_len", E1000LIKE_REGS_LEN);
	VALK("E1000LIKE", "flag_testing", __E1000LIKE_TESTING);
	VALK("E1000LIKE", "flag_resetting", __E1000LIKE_RESETTING);
	VALK("E1000LIKE", "flag_down", __E1000LIKE_DOWN);
}

static void probe_constants(void)
{
	VAL("KCONST", HZ);
	VAL("KCONST", PAGE_SIZE);
	VAL("KCONST", NET_SKB_PAD);
	VAL("KCONST", NET_IP_ALIGN);
	VAL("KCONST", MAX_SKB_FRAGS);
	VAL("KCONST", ETH_ALEN);
	VAL("KCONST", ETH_HLEN);
	VAL("KCONST", ETH_FRAME_LEN);
	VAL("KCONST", ETH_FCS_LEN);
	VAL("KCONST", GFP_ATOMIC);
	VAL("KCONST", GFP_KERNEL);
	VAL("KCONST", GFP_USER);
	VAL("KCONST", DMA_BIDIRECTIONAL);
	VAL("KCONST", DMA_TO_DEVICE);
	VAL("KCONST", DMA_FROM_DEVICE);
	VAL("KCONST", DMA_NONE);
	VAL("KCONST", IRQF_SHARED);
	VAL("KCONST", IRQ_NONE);
	VAL("KCONST", IRQ_HANDLED);
	VAL("KCONST", NETDEV_TX_OK);
	VAL("KCONST", NETDEV_TX_BUSY);
	VAL("KCONST", NETDEV_TX_LOCKED);
	VAL("KCONST", NET_RX_SUCCESS);
	VAL("KCONST", NET_RX_DROP);
	VAL("KCONST", __LINK_STATE_XOFF);
	VAL("KCONST", __LINK_STATE_START);
	VAL("KCONST", __LINK_STATE_PRESENT);
	VAL("KCONST", __LINK_STATE_SCHED);
	VAL("KCONST", __LINK_STATE_NOCARRIER);
	VAL("KCONST", IFF_UP);
	VAL("KCONST", IFF_BROADCAST);
	VAL("KCONST", IFF_PROMISC);
	VAL("KCONST", IFF_ALLMULTI);
	VAL("KCONST", IFF_MULTICAST);
	VAL("KCONST", NETIF_F_SG);
	VAL("KCONST", NETIF_F_LLTX);
	VAL("KCONST", CHECKSUM_NONE);
	VAL("KCONST", PACKET_HOST);
	VAL("KCONST", PACKET_BROADCAST);
	VAL("KCONST", PACKET_MULTICAST);
	VAL("KCONST", PACKET_OTHERHOST);
	VAL("KCONST", PCI_COMMAND);
	VAL("KCONST", PCI_REVISION_ID);
	VAL("KCONST", SIOCETHTOOL);
	VAL("KCONST", ETHTOOL_GDRVINFO);
	VAL("KCONST", ETHTOOL_GREGS);
	VAL("KCONST", ETHTOOL_GMSGLVL);
	VAL("KCONST", ETHTOOL_SMSGLVL);
	VAL("KCONST", ETHTOOL_NWAY_RST);
	VAL("KCONST", ETHTOOL_GLINK);
	VAL("KCONST", ETHTOOL_GEEPROM);
	VAL("KCONST", ETHTOOL_GRINGPARAM);
	VAL("KCONST", ETHTOOL_SRINGPARAM);
	VAL("KCONST", ETHTOOL_GSTRINGS);
	VAL("KCONST", ETHTOOL_GSTATS);
	VAL("KCONST", ETHTOOL_GPERMADDR);
	VAL("KCONST", ETH_GSTRING_LEN);
	VAL("KCONST", ETH_SS_STATS);
	VAL("KCONST", EIO);
	VAL("KCONST", ENOMEM);
	VAL("KCONST", EFAULT);
	VAL("KCONST", EBUSY);
	VAL("KCONST", ENODEV);
	VAL("KCONST", EINVAL);
	VAL("KCONST", EOPNOTSUPP);
	VAL("KCONST", ETIMEDOUT);
}

void layout_probe(void)
{
	probe_skb();
	probe_netdev();
	probe_ethtool();
	probe_pci();
	probe_kernel_objects();
	probe_e1000like();
	probe_constants();
}
