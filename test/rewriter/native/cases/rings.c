/*
 * cases/rings.c — struct and ring-buffer updates in the style of a NIC driver: e1000-like legacy
 * TX/RX descriptors (u64 address, u16 length, u8 cmd/status fields), per-buffer info, head/tail
 * indices with wrap-around, a "tail register" in memory, u64 statistics, bitfields, a byte FIFO
 * with u16/u32 elements, and packed headers placed across page boundaries (unaligned accesses that
 * straddle two pages exercise the stlb's 2-page window). The main plays the hardware (sets DD
 * bits), checks ring invariants and prints the state.
 */
#include "svm_native.h"

struct tx_desc { u64 addr; u16 length; u8 cso; u8 cmd; u8 status; u8 css; u16 special; };
struct rx_desc { u64 addr; u16 length; u16 csum; u8 status; u8 errors; u16 special; };
struct buf_info { u32 dma; u16 len; u16 flags; u32 cookie; s16 delta; s8 tag; u8 done; };
struct ring {
	void *desc;
	struct buf_info *info;
	u16 count, next_to_use, next_to_clean;
	u16 pad;
	u32 *tail_reg;
};
struct stats {
	u64 tx_packets, tx_bytes, rx_packets, rx_bytes;
	u32 tx_busy, rx_errors, rx_csum;
	u16 last_len;
	u8 last_cmd;
	s8 last_delta;
	unsigned int irq : 3, up : 1, mode : 4, gen : 8, spare : 16;
};
struct adapter {
	struct ring tx, rx;
	struct stats stats;
	u32 regs[64];
};
struct fifo { u32 in, out, mask; u8 *data; };
struct __attribute__((packed)) phdr { u8 kind; u32 seq; u16 len; u64 stamp; s16 adj; };

#define TXD_CMD_EOP 0x01
#define TXD_CMD_IFCS 0x02
#define TXD_CMD_RS 0x08
#define TXD_STAT_DD 0x01
#define RXD_STAT_DD 0x01
#define RXD_STAT_EOP 0x02
#define REG_TDT 6
#define REG_RDT 10

extern struct adapter g_adapter;

int tx_submit(struct adapter *a, u64 addr, u16 len, u32 cookie);
u32 tx_clean(struct adapter *a);
void rx_refill(struct adapter *a, u32 base);
u32 rx_poll(struct adapter *a, const u8 *mem, u32 budget);
u32 fifo_put(struct fifo *f, const u8 *src, u32 n);
u32 fifo_get(struct fifo *f, u8 *dst, u32 n);
void fifo_put16(struct fifo *f, u16 v);
u32 fifo_get32(struct fifo *f);
u32 hdr_update(struct phdr *h, s16 adj, u64 now);
u32 stats_fold(const struct stats *s);
void stats_bits(struct stats *s, u32 v);

#ifdef SVM_MODULE

struct adapter g_adapter;

static inline u16 ring_unused(const struct ring *r)
{
	return (u16)((r->next_to_clean > r->next_to_use ? 0 : r->count) + r->next_to_clean - r->next_to_use - 1);
}

int tx_submit(struct adapter *a, u64 addr, u16 len, u32 cookie)
{
	struct ring *r = &a->tx;
	if (!ring_unused(r)) {
		a->stats.tx_busy++;
		return -1;
	}
	u16 i = r->next_to_use;
	struct tx_desc *d = (struct tx_desc *)r->desc + i;
	d->addr = addr;
	d->length = len;
	d->cso = (u8)(len >> 3);
	d->cmd = TXD_CMD_EOP | TXD_CMD_IFCS | ((len & 1) ? TXD_CMD_RS : 0);
	d->status = 0;
	d->css = 0;
	d->special = (u16)~len;
	struct buf_info *bi = &r->info[i];
	bi->dma = (u32)addr;
	bi->len = len;
	bi->flags |= 0x8000;
	bi->cookie = cookie;
	bi->delta = (s16)(len - 750);
	bi->tag = (s8)cookie;
	bi->done = 0;
	if (++i == r->count) i = 0;
	r->next_to_use = i;
	*r->tail_reg = i;
	a->stats.last_cmd = d->cmd;
	return r->next_to_use;
}

u32 tx_clean(struct adapter *a)
{
	struct ring *r = &a->tx;
	u32 n = 0;
	u16 i = r->next_to_clean;
	struct tx_desc *d = (struct tx_desc *)r->desc + i;
	while (i != r->next_to_use && (d->status & TXD_STAT_DD)) {
		struct buf_info *bi = &r->info[i];
		a->stats.tx_packets++;
		a->stats.tx_bytes += bi->len;
		a->stats.last_len = bi->len;
		a->stats.last_delta = (s8)bi->delta;
		bi->flags &= 0x7fff;
		bi->done = 1;
		d->status = 0;
		n++;
		if (++i == r->count) {
			i = 0;
			d = r->desc;
		} else {
			d++;
		}
	}
	r->next_to_clean = i;
	return n;
}

void rx_refill(struct adapter *a, u32 base)
{
	struct ring *r = &a->rx;
	while (ring_unused(r)) {
		u16 i = r->next_to_use;
		struct rx_desc *d = (struct rx_desc *)r->desc + i;
		d->addr = base + i * 2048u;
		d->status = 0;
		d->length = 0;
		r->info[i].dma = base + i * 2048u;
		if (++i == r->count) i = 0;
		r->next_to_use = i;
	}
	a->regs[REG_RDT] = r->next_to_use;
}

u32 rx_poll(struct adapter *a, const u8 *mem, u32 budget)
{
	struct ring *r = &a->rx;
	u32 done = 0;
	while (done < budget) {
		u16 i = r->next_to_clean;
		struct rx_desc *d = (struct rx_desc *)r->desc + i;
		if (!(d->status & RXD_STAT_DD)) break;
		if (d->errors) {
			a->stats.rx_errors++;
		} else {
			const u8 *p = mem + (u32)d->addr;
			const s8 *sp = (const s8 *)p;
			u32 sum = 0;
			s32 ssum = 0;
			for (u32 k = 0; k < d->length; k++) {
				sum += p[k];
				ssum += sp[k];
			}
			d->csum = (u16)(sum ^ (u32)ssum);
			a->stats.rx_csum += d->csum;
			a->stats.rx_packets++;
			a->stats.rx_bytes += d->length;
		}
		d->status = 0;
		if (++i == r->count) i = 0;
		r->next_to_clean = i;
		done++;
	}
	return done;
}

u32 fifo_put(struct fifo *f, const u8 *src, u32 n)
{
	u32 room = f->mask + 1 - (f->in - f->out);
	if (n > room) n = room;
	for (u32 k = 0; k < n; k++) f->data[(f->in + k) & f->mask] = src[k];
	f->in += n;
	return n;
}

u32 fifo_get(struct fifo *f, u8 *dst, u32 n)
{
	u32 avail = f->in - f->out;
	if (n > avail) n = avail;
	for (u32 k = 0; k < n; k++) dst[k] = f->data[(f->out + k) & f->mask];
	f->out += n;
	return n;
}

void fifo_put16(struct fifo *f, u16 v)
{
	f->data[f->in++ & f->mask] = (u8)v;
	f->data[f->in++ & f->mask] = (u8)(v >> 8);
}

u32 fifo_get32(struct fifo *f)
{
	u32 v = 0;
	for (int k = 0; k < 4; k++) v |= (u32)f->data[f->out++ & f->mask] << (8 * k);
	return v;
}

u32 hdr_update(struct phdr *h, s16 adj, u64 now)
{
	h->seq++;
	h->len = (u16)(h->len + adj);
	h->adj = (s16)(h->adj - adj);
	h->stamp = now - h->stamp;
	h->kind ^= 0x80;
	return h->seq ^ h->len ^ (u32)h->stamp ^ (u32)(h->stamp >> 32) ^ (u32)(s32)h->adj;
}

u32 stats_fold(const struct stats *s)
{
	return (u32)(s->tx_packets ^ (s->tx_bytes >> 3) ^ s->rx_packets ^ (s->rx_bytes << 1)) + s->tx_busy + s->rx_errors +
	       s->rx_csum + s->last_len + s->last_cmd + s->last_delta + s->irq + s->up + s->mode + s->gen;
}

void stats_bits(struct stats *s, u32 v)
{
	s->irq = v;
	s->up = !s->up;
	s->mode += v >> 3;
	s->gen++;
}

#else /* test main */

#define TXN 64
#define RXN 32

static void print_adapter(struct adapter *a)
{
	out_kv("tx.ntu", a->tx.next_to_use);
	out_kv("tx.ntc", a->tx.next_to_clean);
	out_kv("rx.ntu", a->rx.next_to_use);
	out_kv("rx.ntc", a->rx.next_to_clean);
	out_kv("fold", stats_fold(&a->stats));
	out_hex64(a->stats.tx_bytes);
	out_hex64(a->stats.rx_bytes);
	out_nl();
}

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct adapter *a = &g_adapter;
	struct tx_desc *txd = rt_alloc(sizeof(struct tx_desc) * TXN, 16);
	struct rx_desc *rxd = rt_alloc(sizeof(struct rx_desc) * RXN, 16);
	a->tx.desc = txd;
	a->tx.info = rt_alloc(sizeof(struct buf_info) * TXN, 4);
	a->tx.count = TXN;
	a->tx.tail_reg = &a->regs[REG_TDT];
	a->rx.desc = rxd;
	a->rx.info = rt_alloc(sizeof(struct buf_info) * RXN, 4);
	a->rx.count = RXN;
	a->rx.tail_reg = &a->regs[REG_RDT];

	/* TX: random submissions and "hardware" completions; the ring never overfills. */
	u32 submitted = 0, cleaned = 0, busy = 0;
	for (u32 round = 0; round < 60; round++) {
		u32 burst = rnd_below(40);
		for (u32 k = 0; k < burst; k++) {
			u16 len = (u16)(60 + rnd_below(1455));
			u64 addr = ((u64)rnd() << 32) | rnd();
			int r = M(tx_submit, a, addr, len, rnd());
			if (r < 0) { busy++; continue; }
			submitted++;
			u32 i = (r + TXN - 1) % TXN;
			CHECK(txd[i].addr == addr);
			CHECK_EQ(txd[i].length, len);
			CHECK_EQ(txd[i].special, (u16)~len);
			CHECK_EQ(a->regs[REG_TDT], (u32)r);
		}
		/* Hardware completes a random prefix of the in-flight descriptors. */
		u32 inflight = (a->tx.next_to_use + TXN - a->tx.next_to_clean) % TXN;
		u32 comp = inflight ? rnd_below(inflight + 1) : 0;
		for (u32 k = 0; k < comp; k++) txd[(a->tx.next_to_clean + k) % TXN].status |= TXD_STAT_DD;
		u32 c = M(tx_clean, a);
		CHECK_EQ(c, comp);
		cleaned += c;
		out_kv("tx", c ^ (burst << 16));
	}
	CHECK_EQ(submitted - cleaned, (a->tx.next_to_use + TXN - a->tx.next_to_clean) % TXN);
	CHECK_EQ(busy, a->stats.tx_busy);
	CHECK(a->stats.tx_packets == cleaned);
	print_adapter(a);

	/* RX: refill, "hardware" writes packets, poll with a budget. */
	u8 *pkt = rt_alloc(RXN * 2048, 4096);
	MV(rx_refill, a, 0);
	for (u32 round = 0; round < 40; round++) {
		u32 n = rnd_below(RXN);
		for (u32 k = 0; k < n; k++) {
			u32 i = (a->rx.next_to_clean + k) % RXN;
			if (i == a->rx.next_to_use) break;
			u16 len = (u16)(1 + rnd_below(1514));
			u32 sum = 0;
			s32 ssum = 0;
			for (u32 b = 0; b < len; b++) {
				u8 v = (u8)rnd();
				pkt[(u32)rxd[i].addr + b] = v;
				sum += v;
				ssum += (s8)v;
			}
			rxd[i].length = len;
			rxd[i].errors = (rnd() & 15) == 0;
			rxd[i].status = RXD_STAT_DD | RXD_STAT_EOP;
			rxd[i].special = (u16)(sum ^ (u32)ssum);   /* expected csum, for the check below */
		}
		u32 budget = 1 + rnd_below(RXN);
		u32 first = a->rx.next_to_clean;
		u32 done = M(rx_poll, a, pkt, budget);
		for (u32 k = 0; k < done; k++) {
			struct rx_desc *d = &rxd[(first + k) % RXN];
			if (!d->errors) CHECK_EQ(d->csum, d->special);
		}
		MV(rx_refill, a, 0);
		out_kv("rx", done);
	}
	print_adapter(a);

	/* Byte FIFO with wrap-around, u16 puts and u32 gets. */
	struct fifo *f = rt_alloc(sizeof(*f), 4);
	f->in = f->out = 0xfffffff0u;   /* indices wrap through zero too */
	f->mask = 255;
	f->data = rt_alloc(256, 1);
	u8 *src = rt_alloc(300, 1), *dst = rt_alloc(300, 1);
	u8 model[256];
	u32 min = f->in, mout = f->out;
	for (u32 round = 0; round < 300; round++) {
		u32 op = rnd_below(4), n = rnd_below(200);
		if (op == 0) {
			for (u32 k = 0; k < n; k++) src[k] = (u8)rnd();
			u32 put = M(fifo_put, f, src, n);
			u32 room = 256 - (min - mout);
			CHECK_EQ(put, n < room ? n : room);
			for (u32 k = 0; k < put; k++) model[(min + k) & 255] = src[k];
			min += put;
		} else if (op == 1) {
			u32 got = M(fifo_get, f, dst, n);
			u32 avail = min - mout;
			CHECK_EQ(got, n < avail ? n : avail);
			for (u32 k = 0; k < got; k++) CHECK_EQ(dst[k], model[(mout + k) & 255]);
			mout += got;
		} else if (op == 2 && min - mout <= 254) {
			u16 v = (u16)rnd();
			MV(fifo_put16, f, v);
			model[min++ & 255] = (u8)v;
			model[min++ & 255] = (u8)(v >> 8);
		} else if (op == 3 && min - mout >= 4) {
			u32 v = M(fifo_get32, f), e = 0;
			for (int k = 0; k < 4; k++) e |= (u32)model[mout++ & 255] << (8 * k);
			CHECK_EQ(v, e);
			out_kv("g32", v);
		}
	}
	CHECK_EQ(f->in, min);
	CHECK_EQ(f->out, mout);

	/* Packed headers at every offset across a page boundary. */
	u8 *page = rt_alloc(3 * 4096, 4096);
	for (u32 off = 4096 - 24; off <= 4096 + 1; off++) {
		struct phdr *h = (struct phdr *)(page + off);
		h->kind = (u8)off;
		h->seq = rnd();
		h->len = (u16)rnd();
		h->stamp = ((u64)rnd() << 32) | rnd();
		h->adj = (s16)rnd();
		u32 seq = h->seq;
		u64 stamp = h->stamp;
		u32 v = M(hdr_update, h, (s16)(off * 7 - 300), 0x123456789abcdefull);
		CHECK_EQ(h->seq, seq + 1);
		CHECK(h->stamp == 0x123456789abcdefull - stamp);
		CHECK_EQ(h->kind, (u8)off ^ 0x80);
		out_kv("hdr", v);
	}

	for (u32 k = 0; k < 20; k++) {
		MV(stats_bits, &a->stats, rnd());
		out_kv("bits", M(stats_fold, &a->stats));
	}
	return 0;
}
#endif
