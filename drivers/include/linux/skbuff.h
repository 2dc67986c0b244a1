/*
 * Mini kernel API (twindrivers): socket buffers.
 * Owns struct sk_buff in the Linux 2.6.18 i386 layout (148 bytes; len 96,
 * data_len 100, protocol 118, head 132, data 136, tail 140, end 144), struct
 * skb_shared_info (lives at skb->end: nr_frags 4, frags 20) and the skb
 * helpers.  These offsets are shared with the platform (kernel model and
 * hypervisor routines) through src/platform/layout.generated.ts: they are
 * pinned below and must not move.
 *
 * Buffer invariants the kernel model maintains:
 *   head <= data <= tail <= end; len = (tail - data) + data_len;
 *   data_len = bytes held in page fragments; skb_shinfo(skb) = (void *)end,
 *   with room for MAX_SKB_FRAGS fragments behind it.
 */
#ifndef _MINI_LINUX_SKBUFF_H
#define _MINI_LINUX_SKBUFF_H

#include <linux/types.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/compiler.h>

struct sock;
struct net_device;
struct dst_entry;
struct sec_path;

struct skb_timeval {
	u32 off_sec;
	u32 off_usec;
};

/* ip_summed values */
#define CHECKSUM_NONE 0
#define CHECKSUM_HW 1
#define CHECKSUM_UNNECESSARY 2

/* pkt_type values, set by eth_type_trans */
#define PACKET_HOST 0
#define PACKET_BROADCAST 1
#define PACKET_MULTICAST 2
#define PACKET_OTHERHOST 3

struct sk_buff {
	struct sk_buff *next;
	struct sk_buff *prev;
	struct sock *sk;
	struct skb_timeval tstamp;
	struct net_device *dev;
	struct net_device *input_dev;
	union {
		unsigned char *raw;
	} h;
	union {
		unsigned char *raw;
	} nh;
	union {
		unsigned char *raw;
	} mac;
	struct dst_entry *dst;
	struct sec_path *sp;
	char cb[48];
	unsigned int len;
	unsigned int data_len;
	unsigned int mac_len;
	unsigned int csum;
	u32 priority;
	/* Bit-fields as gcc/i386 allocates them: from bit 0 of the byte up. */
	union {
		u8 flags1;
		struct {
			u8 local_df : 1, cloned : 1, ip_summed : 2, nohdr : 1, nfctinfo : 3;
		};
	};
	union {
		u8 flags2;
		struct {
			u8 pkt_type : 3, fclone : 2, ipvs_property : 1;
		};
	};
	__be16 protocol;
	void (*destructor)(struct sk_buff *skb);
	unsigned int truesize;
	atomic_t users;
	unsigned char *head;
	unsigned char *data;
	unsigned char *tail;
	unsigned char *end;
};

_Static_assert(offsetof(struct sk_buff, next) == 0, "sk_buff.next");
_Static_assert(offsetof(struct sk_buff, dev) == 20, "sk_buff.dev");
_Static_assert(offsetof(struct sk_buff, mac) == 36, "sk_buff.mac");
_Static_assert(offsetof(struct sk_buff, cb) == 48, "sk_buff.cb");
_Static_assert(offsetof(struct sk_buff, len) == 96, "sk_buff.len");
_Static_assert(offsetof(struct sk_buff, data_len) == 100, "sk_buff.data_len");
_Static_assert(offsetof(struct sk_buff, csum) == 108, "sk_buff.csum");
_Static_assert(offsetof(struct sk_buff, flags1) == 116, "sk_buff.flags1");
_Static_assert(offsetof(struct sk_buff, flags2) == 117, "sk_buff.flags2");
_Static_assert(offsetof(struct sk_buff, protocol) == 118, "sk_buff.protocol");
_Static_assert(offsetof(struct sk_buff, destructor) == 120, "sk_buff.destructor");
_Static_assert(offsetof(struct sk_buff, truesize) == 124, "sk_buff.truesize");
_Static_assert(offsetof(struct sk_buff, users) == 128, "sk_buff.users");
_Static_assert(offsetof(struct sk_buff, head) == 132, "sk_buff.head");
_Static_assert(offsetof(struct sk_buff, data) == 136, "sk_buff.data");
_Static_assert(offsetof(struct sk_buff, tail) == 140, "sk_buff.tail");
_Static_assert(offsetof(struct sk_buff, end) == 144, "sk_buff.end");
_Static_assert(sizeof(struct sk_buff) == 148, "sizeof(struct sk_buff)");

struct skb_frag_struct {
	struct page *page;
	u32 page_offset;
	u32 size;
};
typedef struct skb_frag_struct skb_frag_t;

#define MAX_SKB_FRAGS (65536 / PAGE_SIZE + 2)

struct skb_shared_info {
	atomic_t dataref;
	unsigned short nr_frags;
	unsigned short gso_size;
	unsigned short gso_segs;
	unsigned short gso_type;
	unsigned int ip6_frag_id;
	struct sk_buff *frag_list;
	skb_frag_t frags[MAX_SKB_FRAGS];
};

_Static_assert(offsetof(struct skb_shared_info, nr_frags) == 4, "shinfo.nr_frags");
_Static_assert(offsetof(struct skb_shared_info, frag_list) == 16, "shinfo.frag_list");
_Static_assert(offsetof(struct skb_shared_info, frags) == 20, "shinfo.frags");
_Static_assert(sizeof(struct skb_frag_struct) == 12, "sizeof(skb_frag_t)");
_Static_assert(MAX_SKB_FRAGS == 18, "MAX_SKB_FRAGS");

#define skb_shinfo(skb) ((struct skb_shared_info *)((skb)->end))

/* Headroom __netdev_alloc_skb reserves in front of data (2.6.18 NET_SKB_PAD). */
#define NET_SKB_PAD 16
/* Extra headroom so that the IP header behind a 14-byte MAC header is aligned. */
#define NET_IP_ALIGN 2

/*
 * Allocates an skb whose data area holds at least length bytes, with
 * data = tail = head + NET_SKB_PAD, len = data_len = 0, nr_frags = 0,
 * users = 1, skb->dev = dev.  NULL on failure.  (Hot routine.)
 */
struct sk_buff *__netdev_alloc_skb(struct net_device *dev, unsigned int length,
				   gfp_t gfp_mask);
/* Drops one reference and frees the skb and its data; any context. (Hot.) */
void dev_kfree_skb_any(struct sk_buff *skb);
/*
 * Reports an skb_put past skb->end and stops the kernel (does not return).
 * here is the code address of the failing skb_put.
 */
void skb_over_panic(struct sk_buff *skb, int len, void *here);

static inline struct sk_buff *netdev_alloc_skb(struct net_device *dev, unsigned int length)
{
	return __netdev_alloc_skb(dev, length, GFP_ATOMIC);
}

/* Address of the next instruction, as the 2.6.18 i386 current_text_addr(). */
#define current_text_addr()                                          \
	({                                                           \
		void *pc;                                            \
		__asm__("movl $1f, %0\n1:" : "=g"(pc));              \
		pc;                                                  \
	})

/*
 * Extends the linear data by len bytes and returns the old tail.  Inline, as
 * in 2.6.18, so receiving a frame costs no kernel call unless it overflows.
 */
static inline unsigned char *skb_put(struct sk_buff *skb, unsigned int len)
{
	unsigned char *old_tail = skb->tail;

	skb->tail += len;
	skb->len += len;
	if (unlikely(skb->tail > skb->end))
		skb_over_panic(skb, (int)len, current_text_addr());
	return old_tail;
}

static inline unsigned int skb_headlen(const struct sk_buff *skb)
{
	return skb->len - skb->data_len;
}

/* Moves data and tail together: only valid on an empty skb. */
static inline void skb_reserve(struct sk_buff *skb, int len)
{
	skb->data += len;
	skb->tail += len;
}

/* Empties a linear skb (no fragments), keeping its headroom. */
static inline void skb_reset_linear(struct sk_buff *skb)
{
	skb->len = 0;
	skb->tail = skb->data;
}

#endif /* _MINI_LINUX_SKBUFF_H */
