/*
 * Mini kernel API (twindrivers): ethtool.
 * Owns the ethtool command numbers and request structures (2.6.18 values and
 * layouts) and struct ethtool_ops, the table of driver callbacks hung off
 * net_device.ethtool_ops.  Two generic kernel helpers may sit in that table:
 * ethtool_op_get_link and ethtool_op_get_perm_addr.
 */
#ifndef _MINI_LINUX_ETHTOOL_H
#define _MINI_LINUX_ETHTOOL_H

#include <linux/types.h>

struct net_device;

#define ETHTOOL_GDRVINFO 0x00000003
#define ETHTOOL_GREGS 0x00000004
#define ETHTOOL_GWOL 0x00000005
#define ETHTOOL_SWOL 0x00000006
#define ETHTOOL_GMSGLVL 0x00000007
#define ETHTOOL_SMSGLVL 0x00000008
#define ETHTOOL_NWAY_RST 0x00000009
#define ETHTOOL_GLINK 0x0000000a
#define ETHTOOL_GEEPROM 0x0000000b
#define ETHTOOL_SEEPROM 0x0000000c
#define ETHTOOL_GCOALESCE 0x0000000e
#define ETHTOOL_SCOALESCE 0x0000000f
#define ETHTOOL_GRINGPARAM 0x00000010
#define ETHTOOL_SRINGPARAM 0x00000011
#define ETHTOOL_GSTRINGS 0x0000001b
#define ETHTOOL_PHYS_ID 0x0000001c
#define ETHTOOL_GSTATS 0x0000001d
#define ETHTOOL_GPERMADDR 0x00000020

#define ETH_GSTRING_LEN 32
#define ETH_SS_TEST 0
#define ETH_SS_STATS 1

struct ethtool_drvinfo {
	u32 cmd;
	char driver[32];
	char version[32];
	char fw_version[32];
	char bus_info[32];
	char reserved1[32];
	char reserved2[16];
	u32 n_stats;
	u32 testinfo_len;
	u32 eedump_len;
	u32 regdump_len;
};

struct ethtool_value {
	u32 cmd;
	u32 data;
};

struct ethtool_regs {
	u32 cmd;
	u32 version;
	u32 len; /* bytes */
	u8 data[];
};

struct ethtool_eeprom {
	u32 cmd;
	u32 magic;
	u32 offset; /* bytes */
	u32 len;    /* bytes */
	u8 data[];
};

struct ethtool_ringparam {
	u32 cmd;
	u32 rx_max_pending;
	u32 rx_mini_max_pending;
	u32 rx_jumbo_max_pending;
	u32 tx_max_pending;
	u32 rx_pending;
	u32 rx_mini_pending;
	u32 rx_jumbo_pending;
	u32 tx_pending;
};

struct ethtool_gstrings {
	u32 cmd;
	u32 string_set;
	u32 len; /* number of strings */
	u8 data[];
};

struct ethtool_stats {
	u32 cmd;
	u32 n_stats;
	u64 data[];
};

struct ethtool_perm_addr {
	u32 cmd;
	u32 size;
	u8 data[];
};

struct ethtool_ops {
	void (*get_drvinfo)(struct net_device *dev, struct ethtool_drvinfo *info);
	int (*get_regs_len)(struct net_device *dev);
	void (*get_regs)(struct net_device *dev, struct ethtool_regs *regs, void *buf);
	u32 (*get_msglevel)(struct net_device *dev);
	void (*set_msglevel)(struct net_device *dev, u32 level);
	int (*nway_reset)(struct net_device *dev);
	u32 (*get_link)(struct net_device *dev);
	int (*get_eeprom_len)(struct net_device *dev);
	int (*get_eeprom)(struct net_device *dev, struct ethtool_eeprom *ee, u8 *bytes);
	void (*get_ringparam)(struct net_device *dev, struct ethtool_ringparam *ring);
	int (*set_ringparam)(struct net_device *dev, struct ethtool_ringparam *ring);
	void (*get_strings)(struct net_device *dev, u32 stringset, u8 *buf);
	int (*get_stats_count)(struct net_device *dev);
	void (*get_ethtool_stats)(struct net_device *dev, struct ethtool_stats *stats,
				  u64 *data);
	int (*get_perm_addr)(struct net_device *dev, struct ethtool_perm_addr *addr,
			     u8 *data);
};

/* Returns netif_carrier_ok(dev) as 0/1. */
u32 ethtool_op_get_link(struct net_device *dev);
/*
 * Copies dev->perm_addr (dev->addr_len bytes) to data if addr->size is large
 * enough and sets addr->size = addr_len; 0 or -ETOOSMALL (-525).
 */
int ethtool_op_get_perm_addr(struct net_device *dev, struct ethtool_perm_addr *addr,
			     u8 *data);

#endif /* _MINI_LINUX_ETHTOOL_H */
