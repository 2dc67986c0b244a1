/*
 * e1000like: private header of the sample NIC driver (twindrivers).
 * Owns the hardware interface the driver relies on (register offsets, the bits
 * it sets and tests, legacy descriptor formats) and the driver's own data
 * structures (adapter, rings, per-buffer bookkeeping).  The NIC model and the
 * dom0 kernel model must implement exactly the hardware behaviour listed
 * here; src/platform/layout.generated.ts exports these constants and layouts
 * (scripts/gen-layout.ts reads them from this header).
 *
 * Device: Intel 82540EM-like, PCI 8086:100E, one 128 KiB memory BAR (BAR0).
 *
 * Registers (32-bit, little-endian, BAR0 offsets) and the bits used:
 *   CTRL   0x0000  FD bit 0 (0x1), ASDE bit 5 (0x20), SLU bit 6 (0x40),
 *                  RST bit 26 (0x04000000): writing 1 resets the device
 *                  (all registers to power-on values, rings disabled,
 *                  IMS = 0); the bit reads back 0 once the reset is done.
 *   STATUS 0x0008  FD bit 0 (0x1), LU bit 1 (0x2) = link up,
 *                  SPEED bits 7:6 (0x00 10 Mb/s, 0x40 100, 0x80/0xC0 1000).
 *   EERD   0x0014  write (word << 8) | START (bit 0); the device sets
 *                  DONE (bit 4) and puts the 16-bit word in bits 31:16.
 *                  EEPROM words 0..2 = MAC address (little-endian byte
 *                  pairs), word 5 = image version (major << 12 | minor << 4 |
 *                  build).  The driver polls DONE up to 100 times, 5 us apart.
 *   ICR    0x00C0  interrupt causes; reading returns and clears all causes.
 *   ICS    0x00C8  writing ORs the value into ICR (software interrupt).
 *   IMS    0x00D0  writing ORs into the interrupt mask; reads the mask.
 *   IMC    0x00D8  writing clears those mask bits.
 *          The line is asserted while (ICR & IMS) != 0.
 *          Causes: TXDW 0x01, TXQE 0x02, LSC 0x04, RXSEQ 0x08, RXDMT0 0x10,
 *          RXO 0x40, RXT0 0x80.  The driver enables
 *          RXT0 | RXO | RXDMT0 | RXSEQ | LSC | TXDW (0xDD).
 *   RCTL   0x0100  EN bit 1 (0x2), UPE bit 3 (0x8) unicast promiscuous,
 *                  MPE bit 4 (0x10) multicast promiscuous,
 *                  BAM bit 15 (0x8000) accept broadcast,
 *                  BSIZE bits 17:16 = 00 (2048-byte buffers),
 *                  SECRC bit 26 (0x04000000) kept CLEAR: the length written
 *                  back includes the 4-byte FCS, which the driver strips.
 *   TCTL   0x0400  EN bit 1 (0x2), PSP bit 3 (0x8), CT bits 11:4 (0x0F),
 *                  COLD bits 21:12 (0x40); the model only needs EN.
 *   RDBAL/RDBAH/RDLEN/RDH/RDT  0x2800/0x2804/0x2808/0x2810/0x2818
 *   TDBAL/TDBAH/TDLEN/TDH/TDT  0x3800/0x3804/0x3808/0x3810/0x3818
 *                  Ring bases 16-byte aligned (here page-aligned), lengths
 *                  multiples of 128 bytes (8 descriptors).  Hardware owns
 *                  descriptors [head, tail); software only advances tail;
 *                  head == tail means the hardware owns none.
 *   GPRC   0x4074  good packets received; clear on read.
 *   GPTC   0x4080  good packets transmitted; clear on read.
 *   RAL0/RAH0 0x5400/0x5404  receive address 0: RAL0 = MAC bytes 0..3,
 *                  RAH0 bits 15:0 = bytes 4..5, AV bit 31 (address valid).
 *
 * Legacy descriptors (16 bytes):
 *   TX: u64 addr; u16 length; u8 cso; u8 cmd (EOP 0x01, IFCS 0x02, RS 0x08);
 *       u8 status (DD 0x01); u8 css; u16 special.
 *       The driver sets IFCS on every descriptor and EOP | RS on the last
 *       descriptor of a frame; at most 4096 data bytes per descriptor.  The
 *       device writes status DD back into each RS descriptor it is done with.
 *   RX: u64 addr; u16 length; u16 csum; u8 status (DD 0x01, EOP 0x02);
 *       u8 errors (CE 0x01, SE 0x02, SEQ 0x04, CXE 0x10, RXE 0x80); u16 special.
 *       Each buffer is 2048 bytes; every frame fits one buffer (EOP set).
 */
#ifndef _E1000LIKE_H
#define _E1000LIKE_H

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/netdevice.h>
#include <linux/pci.h>
#include <asm/io.h>

#define E1000LIKE_VENDOR_ID 0x8086
#define E1000LIKE_DEVICE_ID 0x100E
#define E1000LIKE_BAR0_LEN 0x20000

/* Register offsets */
#define E1000_CTRL 0x0000
#define E1000_STATUS 0x0008
#define E1000_EERD 0x0014
#define E1000_ICR 0x00C0
#define E1000_ICS 0x00C8
#define E1000_IMS 0x00D0
#define E1000_IMC 0x00D8
#define E1000_RCTL 0x0100
#define E1000_TCTL 0x0400
#define E1000_RDBAL 0x2800
#define E1000_RDBAH 0x2804
#define E1000_RDLEN 0x2808
#define E1000_RDH 0x2810
#define E1000_RDT 0x2818
#define E1000_TDBAL 0x3800
#define E1000_TDBAH 0x3804
#define E1000_TDLEN 0x3808
#define E1000_TDH 0x3810
#define E1000_TDT 0x3818
#define E1000_GPRC 0x4074
#define E1000_GPTC 0x4080
#define E1000_RAL0 0x5400
#define E1000_RAH0 0x5404

/* CTRL */
#define E1000_CTRL_FD 0x00000001u
#define E1000_CTRL_ASDE 0x00000020u
#define E1000_CTRL_SLU 0x00000040u
#define E1000_CTRL_RST 0x04000000u

/* STATUS */
#define E1000_STATUS_FD 0x00000001u
#define E1000_STATUS_LU 0x00000002u
#define E1000_STATUS_SPEED_MASK 0x000000C0u
#define E1000_STATUS_SPEED_100 0x00000040u
#define E1000_STATUS_SPEED_1000 0x00000080u

/* EERD */
#define E1000_EERD_START 0x00000001u
#define E1000_EERD_DONE 0x00000010u
#define E1000_EERD_ADDR_SHIFT 8
#define E1000_EERD_DATA_SHIFT 16
#define E1000_EEPROM_WORDS 64
#define E1000_EEPROM_VERSION_WORD 5
#define E1000_EERD_POLLS 100

/* ICR / ICS / IMS / IMC */
#define E1000_ICR_TXDW 0x00000001u
#define E1000_ICR_TXQE 0x00000002u
#define E1000_ICR_LSC 0x00000004u
#define E1000_ICR_RXSEQ 0x00000008u
#define E1000_ICR_RXDMT0 0x00000010u
#define E1000_ICR_RXO 0x00000040u
#define E1000_ICR_RXT0 0x00000080u
#define E1000_IMS_ENABLE_MASK                                                 \
	(E1000_ICR_RXT0 | E1000_ICR_RXO | E1000_ICR_RXDMT0 | E1000_ICR_RXSEQ | \
	 E1000_ICR_LSC | E1000_ICR_TXDW)

/* RCTL */
#define E1000_RCTL_EN 0x00000002u
#define E1000_RCTL_UPE 0x00000008u
#define E1000_RCTL_MPE 0x00000010u
#define E1000_RCTL_BAM 0x00008000u
#define E1000_RCTL_SZ_2048 0x00000000u
#define E1000_RCTL_SECRC 0x04000000u

/* TCTL */
#define E1000_TCTL_EN 0x00000002u
#define E1000_TCTL_PSP 0x00000008u
#define E1000_TCTL_CT_SHIFT 4
#define E1000_TCTL_COLD_SHIFT 12
#define E1000_TCTL_CT 0x0Fu
#define E1000_TCTL_COLD 0x40u

/* RAH */
#define E1000_RAH_AV 0x80000000u

/* TX descriptor command / status */
#define E1000_TXD_CMD_EOP 0x01u
#define E1000_TXD_CMD_IFCS 0x02u
#define E1000_TXD_CMD_RS 0x08u
#define E1000_TXD_STAT_DD 0x01u

/* RX descriptor status / errors */
#define E1000_RXD_STAT_DD 0x01u
#define E1000_RXD_STAT_EOP 0x02u
#define E1000_RXD_ERR_CE 0x01u
#define E1000_RXD_ERR_SE 0x02u
#define E1000_RXD_ERR_SEQ 0x04u
#define E1000_RXD_ERR_CXE 0x10u
#define E1000_RXD_ERR_RXE 0x80u
#define E1000_RXD_ERR_FRAME_ERR_MASK                                      \
	(E1000_RXD_ERR_CE | E1000_RXD_ERR_SE | E1000_RXD_ERR_SEQ |         \
	 E1000_RXD_ERR_CXE | E1000_RXD_ERR_RXE)

/* Driver parameters */
#define E1000LIKE_DEFAULT_TXD 256
#define E1000LIKE_DEFAULT_RXD 256
#define E1000LIKE_MIN_DESC 80
#define E1000LIKE_MAX_DESC 4096
#define E1000LIKE_DESC_MULTIPLE 8 /* 8 * 16 bytes = 128: RDLEN/TDLEN rule */
#define E1000LIKE_RXBUFFER_2048 2048
#define E1000LIKE_COPYBREAK 256     /* frames shorter than this are copied */
#define E1000LIKE_MAX_DATA_PER_TXD 4096
#define E1000LIKE_TX_WAKE_THRESHOLD 32
#define E1000LIKE_RX_BUFFER_WRITE 16 /* refill after this many cleaned */
#define E1000LIKE_MAX_INTR 10        /* clean passes per interrupt */
#define E1000LIKE_WATCHDOG_PERIOD (2 * HZ)
#define E1000LIKE_TX_TIMEOUT (5 * HZ)
#define E1000LIKE_REGS_LEN 16 /* registers in the ethtool register dump */
#define E1000LIKE_REGS_VERSION 1

/* adapter->flags bit numbers (atomic bit operations) */
enum e1000like_state_bits {
	__E1000LIKE_TESTING = 0,
	__E1000LIKE_RESETTING = 1,
	__E1000LIKE_DOWN = 2,
};

struct e1000like_tx_desc {
	u64 buffer_addr;
	union {
		u32 data;
		struct {
			u16 length;
			u8 cso;
			u8 cmd;
		} flags;
	} lower;
	union {
		u32 data;
		struct {
			u8 status;
			u8 css;
			u16 special;
		} fields;
	} upper;
};

struct e1000like_rx_desc {
	u64 buffer_addr;
	u16 length;
	u16 csum;
	u8 status;
	u8 errors;
	u16 special;
};

_Static_assert(sizeof(struct e1000like_tx_desc) == 16, "legacy TX descriptor");
_Static_assert(sizeof(struct e1000like_rx_desc) == 16, "legacy RX descriptor");

/*
 * Bookkeeping for one descriptor slot.  TX: skb is set on the slot of the
 * frame's last descriptor only; next_to_watch, on the frame's first slot, is
 * the index of that last (EOP, RS) descriptor.  dma != 0 while mapped;
 * mapped_as_page says which unmap routine undoes the mapping.
 */
struct e1000like_buffer {
	struct sk_buff *skb;
	dma_addr_t dma;
	unsigned long time_stamp; /* jiffies when queued (TX) */
	u16 length;
	u16 next_to_watch;
	u8 mapped_as_page;
};

struct e1000like_tx_ring {
	void *desc;           /* ring, kernel virtual */
	dma_addr_t dma;       /* ring, bus address */
	unsigned int size;    /* ring bytes, page multiple */
	unsigned int count;   /* descriptors, multiple of 8 */
	unsigned int next_to_use;
	unsigned int next_to_clean;
	struct e1000like_buffer *buffer_info;
	spinlock_t tx_lock;   /* serialises xmit_frame (NETIF_F_LLTX) */
	u16 tdh;              /* register offsets of head and tail */
	u16 tdt;
};

struct e1000like_rx_ring {
	void *desc;
	dma_addr_t dma;
	unsigned int size;
	unsigned int count;
	unsigned int next_to_use;
	unsigned int next_to_clean;
	struct e1000like_buffer *buffer_info;
	u16 rdh;
	u16 rdt;
};

/* Free descriptors a ring can take; one slot always stays empty. */
#define E1000LIKE_DESC_UNUSED(R)                                             \
	((((R)->next_to_clean > (R)->next_to_use) ? 0 : (R)->count) +        \
	 (R)->next_to_clean - (R)->next_to_use - 1)

#define E1000LIKE_TX_DESC(R, i) (&((struct e1000like_tx_desc *)((R)->desc))[i])
#define E1000LIKE_RX_DESC(R, i) (&((struct e1000like_rx_desc *)((R)->desc))[i])

/* Statistics accumulated from the clear-on-read hardware counters. */
struct e1000like_hw_stats {
	u64 gprc;
	u64 gptc;
};

struct e1000like_adapter {
	struct timer_list watchdog_timer;
	struct work_struct reset_task;
	unsigned long flags; /* __E1000LIKE_* bits */
	struct net_device *netdev;
	struct pci_dev *pdev;
	void __iomem *hw_addr; /* BAR0 mapping */
	unsigned long mmio_start;
	unsigned long mmio_len;

	struct e1000like_tx_ring tx_ring;
	struct e1000like_rx_ring rx_ring;

	/* Receive path hooks (one receive flavour here, two in e1000). */
	bool (*clean_rx)(struct e1000like_adapter *adapter);
	void (*alloc_rx_buf)(struct e1000like_adapter *adapter, int cleaned_count);

	u32 rx_buffer_len;
	u32 txd_cmd; /* cmd bits of every TX descriptor */
	u32 msg_enable;
	u16 link_speed;
	u16 link_duplex; /* 1 half, 2 full */
	u16 pci_cmd_word;
	u8 revision_id;
	u16 eeprom_version;

	spinlock_t stats_lock;
	struct e1000like_hw_stats hw_stats;
	struct e1000like_hw_stats hw_stats_prev; /* snapshot before the last update */
	u32 restart_queue;
	u32 tx_timeout_count;
	u32 tx_busy;
	u32 alloc_rx_buff_failed;
	u32 rx_copybreak;
	u32 rx_frame_errors;
	u32 irq_count;
	u32 watchdog_count;
	int watchdog_cpu;
};

#endif /* _E1000LIKE_H */
