/*
 * xmit_path.c — a whole transmit path in the shape of a real NIC driver: the frame's headers
 * parsed into a local context, a TX descriptor ring filled under spin_lock_irqsave, the doorbell
 * written through port I/O, a completion pass that unmaps through a callback, statistics in u64.
 */
#include "klib.h"

#define IOB RT_PORT_BASE
struct txd { u32 buf; u16 len; u8 cmd, status; };
struct nic { spinlock_t lock; struct txd ring[64]; u32 tail, head; u64 bytes; u32 packets, drops; u32 (*unmap)(u32); };
struct frame { u8 *data; u32 len; };

u32 xmit(struct nic *n, struct frame *f);
u32 complete(struct nic *n);
void nic_setup(struct nic *n);

#ifdef SVM_MODULE

struct tx_ctx { u32 l3, l4, csum_off; u16 proto; u8 vlan; };

static noinline void parse(const struct frame *f, struct tx_ctx *c)
{
	const u8 *d = f->data;
	memset(c, 0, sizeof(*c));
	c->proto = (u16)(d[12] << 8 | d[13]);
	c->l3 = 14;
	if (c->proto == 0x8100) { c->vlan = 1; c->l3 = 18; c->proto = (u16)(d[16] << 8 | d[17]); }
	if (c->proto == 0x0800) { c->l4 = c->l3 + (d[c->l3] & 15) * 4; c->csum_off = d[c->l3 + 9] == 6 ? 16 : 6; }
}

static u32 unmap_default(u32 buf) { return buf >> 4; }
void nic_setup(struct nic *n) { n->lock.slock = 1; n->unmap = unmap_default; outl(0, IOB + 8); }

u32 xmit(struct nic *n, struct frame *f)
{
	struct tx_ctx c;
	u32 flags, slot;
	parse(f, &c);
	spin_lock_irqsave(&n->lock, flags);
	if (((n->tail + 1) & 63) == n->head) { n->drops++; spin_unlock_irqrestore(&n->lock, flags); return 0xffffffffu; }
	slot = n->tail;
	n->ring[slot].buf = (u32)f->data + c.l4;
	n->ring[slot].len = (u16)f->len;
	n->ring[slot].cmd = (u8)(0x0b | c.vlan << 6);
	n->ring[slot].status = 0;
	n->tail = (slot + 1) & 63;
	outl(n->tail, IOB + 8);                 /* doorbell */
	spin_unlock_irqrestore(&n->lock, flags);
	return slot | c.proto << 8 | c.csum_off << 24;
}

u32 complete(struct nic *n)
{
	u32 done = 0, h = 0;
	u32 hw = inl(IOB + 8);
	while (n->head != (hw & 63) && done < 16) {
		struct txd *d = &n->ring[n->head];
		h = h * 31 + n->unmap(d->buf);
		n->bytes += d->len;
		n->packets++;
		d->status = 1;
		n->head = (n->head + 1) & 63;
		done++;
	}
	return h ^ done;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct nic *n = rt_alloc(sizeof(*n), 4);
	struct frame *f = rt_alloc(sizeof(*f), 4);
	u8 *buf = rt_alloc(2048, 4);
	MV(nic_setup, n);
	for (u32 k = 0; k < 200; k++) {
		for (u32 i = 0; i < 64; i++) buf[i] = (u8)rnd();
		buf[12] = rnd_below(2) ? 0x81 : 0x08; buf[13] = 0x00; buf[16] = 0x08; buf[17] = 0; buf[14] = 0x45; buf[23] = 6;
		f->data = buf; f->len = 60 + rnd_below(1400);
		out_kv("x", M(xmit, n, f));
		if (k % 3 == 0) out_kv("c", M(complete, n));
	}
	out_hex64(n->bytes); out_nl();
	out_kv("pk", n->packets); out_kv("dr", n->drops);
	return 0;
}
#endif
