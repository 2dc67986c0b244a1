/*
 * Mini kernel API (twindrivers): network devices.
 * Owns struct net_device (a compact 2.6.18-style layout: name, I/O
 * resources, state word, statistics, addresses, the netdev operations as
 * function pointers, the ethtool_ops pointer) and the routines a NIC driver
 * calls on it.  The driver's private area (netdev_priv) follows the struct,
 * rounded up to NETDEV_ALIGN.
 *
 * dev->state bits (kernel model owns them; the driver only tests them):
 *   __LINK_STATE_XOFF (0)      transmit queue stopped
 *   __LINK_STATE_START (1)     device opened (set before ->open is called,
 *                              cleared before ->stop is called)
 *   __LINK_STATE_PRESENT (2)   device present
 *   __LINK_STATE_NOCARRIER (4) no carrier (set by alloc_etherdev and
 *                              netif_carrier_off, cleared by netif_carrier_on)
 */
#ifndef _MINI_LINUX_NETDEVICE_H
#define _MINI_LINUX_NETDEVICE_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/skbuff.h>
#include <linux/device.h>
#include <asm/bitops.h>

#define IFNAMSIZ 16
#define MAX_ADDR_LEN 32
#define NETDEV_ALIGN 32

#define ETH_ALEN 6
#define ETH_HLEN 14
#define ETH_ZLEN 60
#define ETH_DATA_LEN 1500
#define ETH_FRAME_LEN 1514
#define ETH_FCS_LEN 4

/* dev->flags */
#define IFF_UP 0x1
#define IFF_BROADCAST 0x2
#define IFF_PROMISC 0x100
#define IFF_ALLMULTI 0x200
#define IFF_MULTICAST 0x1000

/* dev->features */
#define NETIF_F_SG 1
#define NETIF_F_HIGHDMA 32
#define NETIF_F_LLTX 4096

/* hard_start_xmit results; LOCKED asks the caller to retry (NETIF_F_LLTX). */
#define NETDEV_TX_OK 0
#define NETDEV_TX_BUSY 1
#define NETDEV_TX_LOCKED (-1)

/* netif_rx results */
#define NET_RX_SUCCESS 0
#define NET_RX_DROP 1

enum netdev_state_bits {
	__LINK_STATE_XOFF = 0,
	__LINK_STATE_START = 1,
	__LINK_STATE_PRESENT = 2,
	__LINK_STATE_SCHED = 3,
	__LINK_STATE_NOCARRIER = 4,
};

struct net_device_stats {
	unsigned long rx_packets;
	unsigned long tx_packets;
	unsigned long rx_bytes;
	unsigned long tx_bytes;
	unsigned long rx_errors;
	unsigned long tx_errors;
	unsigned long rx_dropped;
	unsigned long tx_dropped;
	unsigned long multicast;
	unsigned long collisions;
	unsigned long rx_length_errors;
	unsigned long rx_over_errors;
	unsigned long rx_crc_errors;
	unsigned long rx_frame_errors;
	unsigned long rx_fifo_errors;
	unsigned long rx_missed_errors;
	unsigned long tx_aborted_errors;
	unsigned long tx_carrier_errors;
	unsigned long tx_fifo_errors;
	unsigned long tx_heartbeat_errors;
	unsigned long tx_window_errors;
	unsigned long rx_compressed;
	unsigned long tx_compressed;
};

struct sockaddr {
	unsigned short sa_family;
	char sa_data[14];
};

#define SIOCETHTOOL 0x8946
#define SIOCGMIIPHY 0x8947

struct ifreq {
	char ifr_name[IFNAMSIZ];
	union {
		struct sockaddr ifru_hwaddr;
		int ifru_mtu;
		void __user *ifru_data;
	} ifr_ifru;
};
#define ifr_data ifr_ifru.ifru_data

struct ethtool_ops;

struct net_device {
	char name[IFNAMSIZ]; /* "eth%d" until register_netdev names it */
	unsigned long mem_end;
	unsigned long mem_start;
	unsigned long base_addr;
	unsigned int irq;
	unsigned char if_port;
	unsigned char dma;
	unsigned long state;
	struct net_device *next;
	int ifindex;
	struct net_device_stats stats;
	unsigned long features;
	unsigned int flags;
	unsigned int mtu;
	unsigned short type;
	unsigned short hard_header_len;
	unsigned char addr_len;
	unsigned char perm_addr[MAX_ADDR_LEN];
	unsigned char broadcast[MAX_ADDR_LEN];
	unsigned char dev_addr[MAX_ADDR_LEN];
	unsigned long last_rx;     /* jiffies of the last receive */
	unsigned long trans_start; /* jiffies of the last transmit */
	int watchdog_timeo;        /* ticks before ->tx_timeout is called */
	unsigned long tx_queue_len;

	/* Operations, called by the kernel model (and the hypervisor: xmit). */
	int (*open)(struct net_device *dev);
	int (*stop)(struct net_device *dev);
	int (*hard_start_xmit)(struct sk_buff *skb, struct net_device *dev);
	struct net_device_stats *(*get_stats)(struct net_device *dev);
	void (*tx_timeout)(struct net_device *dev);
	int (*do_ioctl)(struct net_device *dev, struct ifreq *ifr, int cmd);
	int (*change_mtu)(struct net_device *dev, int new_mtu);
	int (*set_mac_address)(struct net_device *dev, void *addr);
	void (*set_multicast_list)(struct net_device *dev);

	const struct ethtool_ops *ethtool_ops;
	struct device *dev_parent; /* SET_NETDEV_DEV */
	void *priv;                /* == netdev_priv(dev), set by alloc_etherdev */
};

static inline void *netdev_priv(const struct net_device *dev)
{
	return (char *)dev + ((sizeof(struct net_device) + NETDEV_ALIGN - 1) &
			      ~(NETDEV_ALIGN - 1));
}

#define SET_NETDEV_DEV(net, pdev) ((net)->dev_parent = (pdev))

static inline int netif_running(const struct net_device *dev)
{
	return test_bit(__LINK_STATE_START, &dev->state);
}

static inline int netif_queue_stopped(const struct net_device *dev)
{
	return test_bit(__LINK_STATE_XOFF, &dev->state);
}

static inline int netif_carrier_ok(const struct net_device *dev)
{
	return !test_bit(__LINK_STATE_NOCARRIER, &dev->state);
}

/*
 * Allocates a zeroed net_device with sizeof_priv bytes of private area at
 * netdev_priv(dev), set up as Ethernet: name "eth%d", type 1 (ARPHRD_ETHER),
 * mtu 1500, addr_len 6, hard_header_len 14, broadcast ff:ff:ff:ff:ff:ff,
 * flags IFF_BROADCAST|IFF_MULTICAST, tx_queue_len 1000, state
 * PRESENT|NOCARRIER, priv = netdev_priv(dev).  NULL on failure.
 */
struct net_device *alloc_etherdev(int sizeof_priv);
/* Names ("eth%d" -> "eth0"...) and publishes the device; 0 or -errno. */
int register_netdev(struct net_device *dev);
/* Closes (->stop) if running and unpublishes the device. */
void unregister_netdev(struct net_device *dev);
void free_netdev(struct net_device *dev);

/* Clears XOFF: the stack may call hard_start_xmit. */
void netif_start_queue(struct net_device *dev);
/* Sets XOFF: the stack stops calling hard_start_xmit. */
void netif_stop_queue(struct net_device *dev);
/* Clears XOFF and reschedules the device's transmit queue. */
void netif_wake_queue(struct net_device *dev);
void netif_carrier_on(struct net_device *dev);
void netif_carrier_off(struct net_device *dev);

/*
 * Sets skb->mac.raw = data, pulls the 14-byte Ethernet header (data += 14,
 * len -= 14), sets skb->dev = dev and pkt_type from the destination address,
 * returns the protocol (network byte order as stored in the frame).  (Hot.)
 */
__be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev);
/* Hands a received skb to the stack; the driver gives up its reference. (Hot.) */
int netif_rx(struct sk_buff *skb);

static inline int is_zero_ether_addr(const u8 *addr)
{
	return !(addr[0] | addr[1] | addr[2] | addr[3] | addr[4] | addr[5]);
}

static inline int is_multicast_ether_addr(const u8 *addr)
{
	return addr[0] & 0x01;
}

static inline int is_valid_ether_addr(const u8 *addr)
{
	return !is_multicast_ether_addr(addr) && !is_zero_ether_addr(addr);
}

#endif /* _MINI_LINUX_NETDEVICE_H */
