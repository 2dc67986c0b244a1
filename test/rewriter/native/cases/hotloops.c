/*
 * cases/hotloops.c — the hot loops of bench/native.ts (and a correctness case of the suite):
 *   ring     e1000-like TX descriptor ring: fill descriptor (u64 addr, u16 len, u8 cmd), buffer
 *            info, tail register, completion of the previous descriptors, u64 stats
 *   chase    pointer chase over 4096 nodes spread over 64 pages in a shuffled order
 *   memcpy   the kernel's memcpy (rep movsl + rep movsb) of 1500-byte packets between buffers
 *   fields   u8/u16/u32/u64 field updates over an array of device structs
 *   xmit     a whole "packet": skb fields, ring, stats and a 64-byte header copy
 * Without arguments the main runs each loop briefly and prints the results (compared between
 * builds by native.test.ts). With `bench` it times each loop with rdtsc around whole calls and
 * prints `bench <name> <iterations per call> <cycles of call 1> ... <cycles of call R>`.
 */
#include "svm_native.h"

struct txd { u64 addr; u16 length; u8 cso, cmd, status, css; u16 special; };
struct binfo { u32 dma; u16 len; u16 flags; u32 skb; };
struct ring { struct txd *desc; struct binfo *info; u32 count, ntu, ntc; u32 *tail; u64 packets, bytes; };
struct node { struct node *next; u32 val, pad[14]; };   /* 64 bytes */
struct devs { u8 state; u8 flags; u16 mtu; u32 irqs; u64 rx, tx; u32 errs; };
struct skb { u8 *data; u32 len; u16 protocol; u8 cloned, pad; u32 csum; u8 *head; };

u32 ring_loop(struct ring *r, u32 n);
u32 chase_loop(struct node *start, u32 n);
u32 memcpy_loop(u8 *dst, const u8 *src, u32 n);
u32 fields_loop(struct devs *d, u32 nd, u32 n);
u32 xmit_loop(struct ring *r, struct skb *skbs, u8 *hdrs, u32 n);

#ifdef SVM_MODULE

static inline void kmemcpy(void *dst, const void *src, size_t n)
{
	unsigned long c, d, s;
	__asm__ __volatile__("rep ; movsl\n\tmovl %[len], %%ecx\n\tandl $3, %%ecx\n\trep ; movsb"
			     : "=&c"(c), "=&D"(d), "=&S"(s) : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src) : "memory");
}

static inline void ring_put(struct ring *r, u32 addr, u16 len, u32 skb)
{
	u32 i = r->ntu;
	struct txd *d = &r->desc[i];
	d->addr = addr;
	d->length = len;
	d->cmd = 0x0b;
	d->status = 0;
	r->info[i].dma = addr;
	r->info[i].len = len;
	r->info[i].skb = skb;
	if (++i == r->count) i = 0;
	r->ntu = i;
	*r->tail = i;
	/* The "hardware" completed the oldest descriptor: clean it. */
	u32 c = r->ntc;
	r->desc[c].status = 0;
	r->packets++;
	r->bytes += r->info[c].len;
	r->info[c].skb = 0;
	if (++c == r->count) c = 0;
	r->ntc = c;
}

u32 ring_loop(struct ring *r, u32 n)
{
	for (u32 k = 0; k < n; k++) ring_put(r, 0x100000 + k * 2048, (u16)(60 + (k & 1023)), k);
	return r->ntu ^ (u32)r->bytes;
}

u32 chase_loop(struct node *p, u32 n)
{
	u32 s = 0;
	for (u32 k = 0; k < n; k++) {
		s += p->val;
		p = p->next;
	}
	return s;
}

u32 memcpy_loop(u8 *dst, const u8 *src, u32 n)
{
	for (u32 k = 0; k < n; k++) kmemcpy(dst + (k & 7) * 1536, src + (k & 3) * 1536, 1500);
	return dst[0] + dst[1499];
}

u32 fields_loop(struct devs *d, u32 nd, u32 n)
{
	u32 i = 0;
	for (u32 k = 0; k < n; k++) {
		struct devs *x = &d[i];
		x->state ^= 1;
		x->flags |= (u8)k;
		x->mtu = (u16)(x->mtu + 1);
		x->irqs++;
		x->rx += k;
		x->tx += x->mtu;
		if (x->state) x->errs += x->flags & 1;
		if (++i == nd) i = 0;
	}
	return d[0].irqs + (u32)d[0].tx;
}

u32 xmit_loop(struct ring *r, struct skb *skbs, u8 *hdrs, u32 n)
{
	for (u32 k = 0; k < n; k++) {
		struct skb *skb = &skbs[k & 63];
		if (skb->len < 60) skb->len = 60;
		kmemcpy(hdrs + (k & 63) * 64, skb->data, 64);   /* header into a bounce area */
		skb->csum += skb->protocol;
		ring_put(r, (u32)skb->data, (u16)skb->len, (u32)skb);
	}
	return (u32)r->packets;
}

#else /* test main */

static struct ring *make_ring(u32 count)
{
	struct ring *r = rt_alloc(sizeof(*r), 8);
	r->desc = rt_alloc(sizeof(struct txd) * count, 16);
	r->info = rt_alloc(sizeof(struct binfo) * count, 4);
	r->count = count;
	r->tail = rt_alloc(4, 4);
	r->ntc = count / 2;   /* half the ring in flight */
	return r;
}

static struct node *make_chain(u32 n)
{
	struct node *nodes = rt_alloc(sizeof(struct node) * n, 64);   /* 64 B x 4096 = 64 pages */
	u32 *perm = rt_alloc(4 * n, 4);
	for (u32 i = 0; i < n; i++) perm[i] = i;
	for (u32 i = n - 1; i > 0; i--) { u32 j = rnd_below(i + 1), t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
	for (u32 i = 0; i < n; i++) {
		nodes[perm[i]].next = &nodes[perm[(i + 1) % n]];
		nodes[perm[i]].val = i;
	}
	return &nodes[perm[0]];
}

#define REPS 15

int main(int argc, char **argv)
{
	int bench = argc > 1 && str_eq(argv[1], "bench");
	struct ring *r = make_ring(256);
	struct node *chain = make_chain(4096);
	u8 *src = rt_alloc(4 * 1536, 64), *dst = rt_alloc(8 * 1536, 64);
	for (u32 i = 0; i < 4 * 1536; i++) src[i] = (u8)rnd();
	struct devs *devs = rt_alloc(sizeof(struct devs) * 16, 8);
	struct skb *skbs = rt_alloc(sizeof(struct skb) * 64, 8);
	u8 *bufs = rt_alloc(64 * 2048, 64), *hdrs = rt_alloc(64 * 64, 64);
	for (u32 i = 0; i < 64; i++) {
		skbs[i].data = bufs + i * 2048 + 2;
		skbs[i].head = bufs + i * 2048;
		skbs[i].len = 40 + rnd_below(1475);
		skbs[i].protocol = 0x0008;
	}
	if (!bench) {
		out_kv("ring", M(ring_loop, r, 1000));
		out_kv("chase", M(chase_loop, chain, 10000));
		out_kv("memcpy", M(memcpy_loop, dst, src, 100));
		u32 bad = 0;
		for (u32 i = 0; i < 1500; i++) bad += dst[7 * 1536 + i] != src[3 * 1536 + i];
		CHECK_EQ(bad, 0);
		out_kv("fields", M(fields_loop, devs, 16, 1000));
		out_kv("xmit", M(xmit_loop, r, skbs, hdrs, 1000));
		CHECK_EQ(*r->tail, r->ntu);
		return 0;
	}
	static const struct { const char *name; u32 iters; } loops[] = {
		{ "ring", 4096 }, { "chase", 65536 }, { "memcpy", 512 }, { "fields", 4096 }, { "xmit", 2048 },
	};
	u64 cyc[ARRAY_SIZE(loops)][REPS];
	rt_enter();   /* the guard stays up for the whole measurement (main touches no region memory) */
	for (u32 rep = 0; rep < REPS; rep++)
		for (u32 l = 0; l < ARRAY_SIZE(loops); l++) {
			u32 n = loops[l].iters;
			u64 t0 = rt_rdtsc();
			switch (l) {
			case 0: ring_loop(r, n); break;
			case 1: chase_loop(chain, n); break;
			case 2: memcpy_loop(dst, src, n); break;
			case 3: fields_loop(devs, 16, n); break;
			default: xmit_loop(r, skbs, hdrs, n); break;
			}
			cyc[l][rep] = rt_rdtsc() - t0;
		}
	rt_leave();
	for (u32 l = 0; l < ARRAY_SIZE(loops); l++) {
		out_str("bench ");
		out_str(loops[l].name);
		out_str(" ");
		out_dec(loops[l].iters);
		for (u32 rep = 0; rep < REPS; rep++) {
			out_str(" ");
			out_dec((u32)cyc[l][rep]);
		}
		out_nl();
	}
	return 0;
}
#endif
