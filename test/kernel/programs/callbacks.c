/*
 * callbacks.c — function pointers as kernel drivers use them: ops tables in const data, a
 * function pointer passed as an argument and called from its stack slot (call *12(%ebp) when
 * registers run out), callbacks that receive pointers to the caller's locals, and dispatch
 * through an array indexed by data.
 */
#include "klib.h"

struct ops { u32 (*open)(u32); u32 (*xmit)(u32, u32 *); void (*stats)(u32 *, u32); };
typedef u32 (*visit_fn)(u32 a, u32 b, u32 c, u32 *acc);

u32 run_ops(u32 which, u32 v);
u32 walk(u32 n, u32 seed, visit_fn f);
u32 walk_default(u32 n, u32 seed);
u32 dispatch(const u8 *ops, u32 n);

#ifdef SVM_MODULE

static u32 open_a(u32 v) { return v + 1; }
static u32 open_b(u32 v) { return v * 3; }
static u32 xmit_a(u32 v, u32 *out) { *out = v ^ 0x55; return 1; }
static u32 xmit_b(u32 v, u32 *out) { *out = v << 2; return 2; }
static void stats_a(u32 *s, u32 v) { s[v & 3] += v; }
static void stats_b(u32 *s, u32 v) { s[(v >> 2) & 3] ^= v; }

static const struct ops ops_table[2] = {
	{ open_a, xmit_a, stats_a },
	{ open_b, xmit_b, stats_b },
};

u32 run_ops(u32 which, u32 v)
{
	const struct ops *o = &ops_table[which & 1];
	u32 out, st[4] = { 0 };
	u32 r = o->open(v);
	r += o->xmit(r, &out);
	o->stats(st, out);
	o->stats(st, r);
	return r + out + st[0] + st[1] + st[2] + st[3];
}

/* Many live values around the indirect call: gcc may call through the argument's stack slot. */
static noinline u32 apply(u32 a, u32 b, u32 c, u32 d, u32 e, visit_fn f, u32 *acc)
{
	u32 x = a * b, y = c ^ d, z = e + a;
	u32 r = f(x, y, z, acc);
	return r + x + y + z + f(z, x, y, acc);
}

static u32 visit_sum(u32 a, u32 b, u32 c, u32 *acc) { *acc += a + b + c; return a ^ c; }

u32 walk(u32 n, u32 seed, visit_fn f)
{
	u32 acc = 0, r = 0;
	for (u32 i = 0; i < n; i++) r += apply(seed + i, seed ^ i, i, seed >> (i & 7), n, f, &acc);
	return r ^ acc;
}

u32 walk_default(u32 n, u32 seed) { return walk(n, seed, visit_sum); }

typedef u32 (*op_fn)(u32, u32);
static u32 op_add(u32 a, u32 b) { return a + b; }
static u32 op_xor(u32 a, u32 b) { return a ^ b; }
static u32 op_mul(u32 a, u32 b) { return a * (b | 1); }
static u32 op_rot(u32 a, u32 b) { return a << (b & 31) | a >> ((32 - (b & 31)) & 31); }
static op_fn const op_table[4] = { op_add, op_xor, op_mul, op_rot };

u32 dispatch(const u8 *ops, u32 n)
{
	u32 acc = 0x12345678;
	for (u32 i = 0; i < n; i++) acc = op_table[ops[i] & 3](acc, ops[i]);
	return acc;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *ops = rt_alloc(512, 1);
	for (u32 i = 0; i < 512; i++) ops[i] = (u8)rnd();
	for (u32 k = 0; k < 60; k++) out_kv("ops", M(run_ops, k, rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("walk", M(walk_default, rnd_below(50), rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("disp", M(dispatch, ops + rnd_below(256), rnd_below(256)));
	return 0;
}
#endif
