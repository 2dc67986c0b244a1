/*
 * u64_math.c — 64-bit arithmetic the kernel way on i386: do_div (divl, no libgcc), 64-bit
 * multiply/shift/compare, mult_frac, jiffies/time conversions, u64 locals and out-parameters,
 * a u64 statistics accumulator struct.
 */
#include "klib.h"

struct stats64 { u64 bytes, packets, max; u32 min; };

u64 ns_to_ticks(u64 ns, u32 hz);
u32 stats_update(struct stats64 *st, const u32 *sizes, u32 n);
u64 mul_frac(u64 x, u32 num, u32 den);
u32 u64_cmp_chain(u32 a, u32 b);

#ifdef SVM_MODULE

u64 ns_to_ticks(u64 ns, u32 hz)
{
	u64 t = ns;
	u32 rem = do_div(t, 1000000000u / hz);
	return t + (rem > 500000000u / hz);
}

static noinline void add64(u64 *acc, u32 v) { *acc += v; }

u32 stats_update(struct stats64 *st, const u32 *sizes, u32 n)
{
	u64 local_bytes = 0;
	u32 mn = 0xffffffffu;
	for (u32 i = 0; i < n; i++) {
		add64(&local_bytes, sizes[i]);
		if (sizes[i] < mn) mn = sizes[i];
		if (sizes[i] > st->max) st->max = sizes[i];
	}
	st->bytes += local_bytes;
	st->packets += n;
	if (mn < st->min) st->min = mn;
	u64 avg = st->bytes;
	do_div(avg, (u32)st->packets | 1);
	return (u32)avg;
}

u64 mul_frac(u64 x, u32 num, u32 den)
{
	u64 q = x, r;
	u32 rem = do_div(q, den);
	r = (u64)rem * num;
	do_div(r, den);
	return q * num + r;
}

u32 u64_cmp_chain(u32 a, u32 b)
{
	u64 x = (u64)a << 32 | b, y = (u64)b << 32 | a;
	u32 r = 0;
	r |= x > y;
	r |= (x >> 17 == y >> 17) << 1;
	r |= ((s64)x < (s64)y) << 2;
	r |= ((x ^ y) >> 63) << 3;
	return r ^ (u32)(x * y >> 29);
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct stats64 *st = rt_alloc(sizeof(*st), 8);
	st->min = 0xffffffffu;
	u32 *sizes = rt_alloc(4 * 512, 4);
	for (u32 i = 0; i < 512; i++) sizes[i] = 60 + rnd_below(1455);
	for (u32 k = 0; k < 60; k++) {
		u64 ns = (u64)rnd() << 20 | rnd();
		out_hex64(M(ns_to_ticks, ns, 100 + rnd_below(900))); out_nl();
		out_kv("avg", M(stats_update, st, sizes + rnd_below(256), rnd_below(256)));
		out_hex64(M(mul_frac, ns, rnd_below(1000) + 1, rnd_below(1000) + 1)); out_nl();
		u32 a = rnd(), b = rnd();
		out_kv("cmp", M(u64_cmp_chain, a, b));
	}
	out_hex64(st->bytes); out_nl(); out_hex64(st->packets); out_nl();
	return 0;
}
#endif
