/*
 * ring_buf.c — kfifo: a power-of-two ring with in/out counters, __kfifo_in/out copying in two
 * parts around the wrap with memcpy, peek into a caller's local buffer, and a descriptor ring in
 * the e1000 style (head/tail, DD bits) cleaned into a local batch array.
 */
#include "klib.h"

struct kfifo { u32 in, out, mask, esize; u8 *data; };
struct desc { u32 addr; u16 len; u8 status, cmd; };
struct tx_ring { struct desc d[256]; u32 next_to_use, next_to_clean, count, cleaned; };

u32 fifo_in(struct kfifo *f, const u8 *buf, u32 len);
u32 fifo_out_sum(struct kfifo *f, u32 len);
u32 ring_fill(struct tx_ring *r, u32 n, u32 seed);
u32 ring_clean(struct tx_ring *r, u32 budget);

#ifdef SVM_MODULE

static noinline void kfifo_copy_in(struct kfifo *f, const u8 *src, u32 len, u32 off)
{
	u32 size = f->mask + 1, l;
	off &= f->mask;
	l = min(len, size - off);
	memcpy(f->data + off, src, l);
	memcpy(f->data, src + l, len - l);
}

static noinline void kfifo_copy_out(struct kfifo *f, u8 *dst, u32 len, u32 off)
{
	u32 size = f->mask + 1, l;
	off &= f->mask;
	l = min(len, size - off);
	memcpy(dst, f->data + off, l);
	memcpy(dst + l, f->data, len - l);
}

u32 fifo_in(struct kfifo *f, const u8 *buf, u32 len)
{
	u32 l = (f->mask + 1) - (f->in - f->out);
	if (len > l) len = l;
	kfifo_copy_in(f, buf, len, f->in);
	barrier();
	f->in += len;
	return len;
}

u32 fifo_out_sum(struct kfifo *f, u32 len)
{
	u8 local[700];
	u32 l = f->in - f->out, s = 0;
	if (len > l) len = l;
	if (len > sizeof(local)) len = sizeof(local);
	kfifo_copy_out(f, local, len, f->out);
	f->out += len;
	for (u32 i = 0; i < len; i++) s = s * 31 + local[i];
	return s ^ len;
}

u32 ring_fill(struct tx_ring *r, u32 n, u32 seed)
{
	u32 i = r->next_to_use, done = 0;
	while (done < n && ((i + 1) % r->count) != r->next_to_clean) {
		struct desc *d = &r->d[i];
		d->addr = seed + i * 2048;
		d->len = (u16)(60 + (seed >> (i & 7)) % 1455);
		d->cmd = 0x0b;
		d->status = (u8)((seed >> i) & 1);
		i = (i + 1) % r->count;
		done++;
	}
	r->next_to_use = i;
	return done;
}

static noinline u32 clean_batch(const struct desc **batch, u32 n)
{
	u32 bytes = 0;
	for (u32 i = 0; i < n; i++) bytes += batch[i]->len;
	return bytes;
}

u32 ring_clean(struct tx_ring *r, u32 budget)
{
	const struct desc *batch[16];
	u32 n = 0, bytes = 0, i = r->next_to_clean;
	while (budget-- && i != r->next_to_use) {
		struct desc *d = &r->d[i];
		d->status |= 1;
		batch[n++] = d;
		if (n == 16) { bytes += clean_batch(batch, n); n = 0; }
		i = (i + 1) % r->count;
		r->cleaned++;
	}
	bytes += clean_batch(batch, n);
	r->next_to_clean = i;
	return bytes;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct kfifo *f = rt_alloc(sizeof(*f), 4);
	f->mask = 4095; f->esize = 1; f->data = rt_alloc(4096, 4096);
	u8 *src = rt_alloc(8192, 1);
	for (u32 i = 0; i < 8192; i++) src[i] = (u8)rnd();
	struct tx_ring *r = rt_alloc(sizeof(*r), 4);
	r->count = 256;
	for (u32 k = 0; k < 200; k++) {
		out_kv("in", M(fifo_in, f, src + rnd_below(4000), rnd_below(1500)));
		out_kv("out", M(fifo_out_sum, f, rnd_below(1500)));
		out_kv("fill", M(ring_fill, r, rnd_below(64), rnd()));
		out_kv("clean", M(ring_clean, r, rnd_below(64)));
	}
	return 0;
}
#endif
