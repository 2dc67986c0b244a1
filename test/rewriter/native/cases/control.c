/*
 * cases/control.c — indirect control flow: switch statements big enough for jump tables (dense,
 * in loops, and a sparse one), ops tables of function pointers in module data
 * (const and writable) called through struct members, callback arrays indexed by a variable,
 * comparator-driven sorting, recursion through pointers, and function pointers to routines outside
 * the module (the runtime's allowed "kernel" routines, reached through __svm_call_xlate) next to
 * direct calls to them. Every module function whose address flows through data is address-taken
 * inside the module, so it is in the rewriter's .svm_targets table. (Computed goto lives in
 * repro/remat-indirect-jump.c until the rewriter bug described there is fixed.)
 */
#include "svm_native.h"

struct dev;
struct dev_ops {
	u32 (*open)(struct dev *d);
	u32 (*xmit)(struct dev *d, u32 len);
	void (*stats)(struct dev *d, u32 *out);
	u32 (*ext)(u32 a, u32 b);      /* a routine outside the module */
};
struct dev {
	const struct dev_ops *ops;
	u32 state, packets, bytes;
	u32 (*cb)(u32 v);
	u32 (*ext1)(u32 v);
	struct dev *peer;
	u32 out[2];   /* stats land here: a pointer to a stack local would be translated (and refused) */
};
struct tnode { struct tnode *l, *r; u32 v; };

/* No libgcc: __builtin_popcount would call __popcountsi2 on i686. */
static inline u32 pop32(u32 x)
{
	x = x - ((x >> 1) & 0x55555555u);
	x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
	return (((x + (x >> 4)) & 0x0f0f0f0fu) * 0x01010101u) >> 24;
}

void dev_init(struct dev *d, u32 kind);
u32 dev_run(struct dev *d, u32 len);
u32 dispatch(u32 op, u32 a, u32 b);
u32 dispatch_loop(const u8 *prog, u32 n, u32 acc);
u32 sparse(u32 key);
u32 callbacks(u32 v, u32 n);
void sort_u32(u32 *a, u32 n, u32 mode);
u32 tree_visit(struct tnode *t, u32 mode);
u32 ext_calls(struct dev *d, u32 v);
extern struct dev_ops g_rw_ops;

#ifdef SVM_MODULE

static u32 eth_open(struct dev *d) { d->state = 1; return 0x10; }
static u32 wifi_open(struct dev *d) { d->state = 2; return 0x20; }
static u32 eth_xmit(struct dev *d, u32 len) { d->packets++; d->bytes += len; return len ^ d->state; }
static u32 wifi_xmit(struct dev *d, u32 len)
{
	d->packets += 2;
	d->bytes += len + 32;
	return d->peer ? d->peer->ops->xmit(d->peer, len / 2) + 1 : len;   /* call through a chain */
}
static void eth_stats(struct dev *d, u32 *out) { out[0] = d->packets; out[1] = d->bytes; }
static void wifi_stats(struct dev *d, u32 *out) { out[0] = d->bytes; out[1] = d->packets * 3; }

static const struct dev_ops eth_ops = { eth_open, eth_xmit, eth_stats, NULL };
static const struct dev_ops wifi_ops = { wifi_open, wifi_xmit, wifi_stats, NULL };
struct dev_ops g_rw_ops = { eth_open, wifi_xmit, eth_stats, NULL };   /* writable: main sets .ext */

static u32 cb_double(u32 v) { return v * 2; }
static u32 cb_rot(u32 v) { return (v << 7) | (v >> 25); }
static u32 cb_neg(u32 v) { return -v; }
static u32 cb_hash(u32 v) { return v * 2654435761u; }
static u32 (*const cb_table[])(u32) = { cb_double, cb_rot, cb_neg, cb_hash };

void dev_init(struct dev *d, u32 kind)
{
	d->ops = kind == 0 ? &eth_ops : kind == 1 ? &wifi_ops : &g_rw_ops;
	d->cb = cb_table[kind & 3];
	d->packets = d->bytes = 0;
	d->ops->open(d);
}

u32 dev_run(struct dev *d, u32 len)
{
	u32 r = d->ops->xmit(d, len);
	r += d->cb(len);
	d->ops->stats(d, d->out);
	return r ^ d->out[0] ^ (d->out[1] << 1);
}

/* Dense switch: a jump table in .rodata, read through the stlb. */
u32 dispatch(u32 op, u32 a, u32 b)
{
	switch (op) {
	case 0: return a + b;
	case 1: return a - b;
	case 2: return a * b;
	case 3: return a & b;
	case 4: return a | b;
	case 5: return a ^ b;
	case 6: return a << (b & 31);
	case 7: return a >> (b & 31);
	case 8: return (u32)((s32)a >> (b & 31));
	case 9: return b ? a / b : 0xffffffffu;
	case 10: return b ? a % b : a;
	case 11: return a < b ? a : b;
	case 12: return a > b ? a : b;
	case 13: return ~a;
	case 14: return (a << 16) | (b & 0xffff);
	case 15: return a == b;
	case 16: return pop32(a ^ b);
	case 17: return a + 3 * b + 17;
	case 18: return (a & 0xff) * (b & 0xff);
	case 19: return a ? (u32)__builtin_ctz(a) : 32;
	case 20: return (a ^ 0xdeadbeef) - b;
	case 21: return b ? a * 7 - b : a;
	default: return 0x5a5a5a5a;
	}
}

/* A switch inside a loop (a bytecode interpreter). */
u32 dispatch_loop(const u8 *prog, u32 n, u32 acc)
{
	u32 x = 1;
	for (u32 i = 0; i < n; i++) {
		switch (prog[i] % 12) {
		case 0: acc += x; break;
		case 1: acc ^= x << 3; break;
		case 2: x = acc >> 5; break;
		case 3: x++; break;
		case 4: acc = acc * 33 + prog[i]; break;
		case 5: x ^= acc; break;
		case 6: acc = (acc >> 1) | (acc << 31); break;
		case 7: x = dispatch(prog[i] % 23, x, acc); break;
		case 8: acc -= x; break;
		case 9: if (acc & 1) x += 5; break;
		case 10: acc += i; break;
		default: x = ~x; break;
		}
	}
	return acc ^ x;
}

/* Sparse keys: compare trees, no table. */
u32 sparse(u32 key)
{
	switch (key) {
	case 3: return 1;
	case 100: return 2;
	case 1000: return 3;
	case 65536: return 4;
	case 0x12345678: return 5;
	case 0xffffffffu: return 6;
	case 77: return 7;
	default: return 0;
	}
}

u32 callbacks(u32 v, u32 n)
{
	for (u32 i = 0; i < n; i++) v = cb_table[(v ^ i) & 3](v) + i;
	return v;
}

static int cmp_up(u32 a, u32 b) { return a < b ? -1 : a > b; }
static int cmp_down(u32 a, u32 b) { return a > b ? -1 : a < b; }
static int cmp_bits(u32 a, u32 b) { return (int)pop32(a) - (int)pop32(b); }
static int (*const cmps[])(u32, u32) = { cmp_up, cmp_down, cmp_bits };

/* Insertion sort with a comparator through a pointer (stable). */
void sort_u32(u32 *a, u32 n, u32 mode)
{
	int (*cmp)(u32, u32) = cmps[mode % 3];
	for (u32 i = 1; i < n; i++) {
		u32 v = a[i], j = i;
		while (j > 0 && cmp(a[j - 1], v) > 0) { a[j] = a[j - 1]; j--; }
		a[j] = v;
	}
}

static u32 visit_sum(struct tnode *t, u32 depth);
static u32 visit_max(struct tnode *t, u32 depth);
static u32 (*const visitors[])(struct tnode *, u32) = { visit_sum, visit_max };

static u32 visit_sum(struct tnode *t, u32 depth)
{
	if (!t) return 0;
	return t->v * depth + visitors[0](t->l, depth + 1) + visitors[depth & 1](t->r, depth + 1);
}

static u32 visit_max(struct tnode *t, u32 depth)
{
	if (!t) return 0;
	u32 a = visitors[1](t->l, depth + 1), b = visitors[0](t->r, depth + 1);
	return (a > b ? a : b) + t->v;
}

u32 tree_visit(struct tnode *t, u32 mode) { return visitors[mode & 1](t, 1); }

u32 rt_ext_count(u32 a);   /* a runtime routine, called directly */

/* Calls leaving the module: through pointers (checked by __svm_call_xlate) and directly. */
u32 ext_calls(struct dev *d, u32 v)
{
	u32 r = d->ops->ext(v, d->state);   /* pointer in module data, set by the main */
	r ^= d->ext1(v);                    /* pointer in the device, set by the main */
	r += rt_ext_count(v);               /* direct call */
	return r;
}

#else /* test main */

static struct tnode *build(struct tnode *pool, u32 *next, u32 depth)
{
	if (depth == 0 || rnd_below(5) == 0) return NULL;
	struct tnode *t = &pool[(*next)++];
	t->v = rnd_below(1000);
	t->l = build(pool, next, depth - 1);
	t->r = build(pool, next, depth - 1);
	return t;
}

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct dev *devs = rt_alloc(sizeof(struct dev) * 3, 4);
	for (u32 k = 0; k < 3; k++) {
		MV(dev_init, &devs[k], k);
		CHECK_EQ(devs[k].state, k == 1 ? 2 : 1);
	}
	devs[1].peer = &devs[0];
	for (u32 i = 0; i < 300; i++) {
		u32 k = rnd_below(3), len = 60 + rnd_below(1500);
		out_kv("run", M(dev_run, &devs[k], len));
	}
	for (u32 k = 0; k < 3; k++) { out_kv("pk", devs[k].packets); out_kv("by", devs[k].bytes); }

	for (u32 op = 0; op < 24; op++)
		for (u32 i = 0; i < 30; i++) {
			u32 a = rnd(), b = i < 3 ? i : rnd();
			u32 r = M(dispatch, op, a, b);
			if (op == 0) CHECK_EQ(r, a + b);
			if (op == 5) CHECK_EQ(r, a ^ b);
			if (op == 13) CHECK_EQ(r, ~a);
			if (op > 21) CHECK_EQ(r, 0x5a5a5a5a);
			out_kv("sw", r);
		}
	u8 *prog = rt_alloc(4096, 1);
	for (u32 i = 0; i < 4096; i++) prog[i] = (u8)rnd();
	for (u32 n = 0; n < 4096; n += 97) out_kv("loop", M(dispatch_loop, prog, n, n));
	static const u32 keys[] = { 3, 100, 1000, 65536, 0x12345678, 0xffffffffu, 77, 0, 4, 99, 65535 };
	for (u32 i = 0; i < ARRAY_SIZE(keys); i++) CHECK_EQ(M(sparse, keys[i]), i < 7 ? i + 1 : 0);
	for (u32 n = 0; n < 300; n += 7) out_kv("cb", M(callbacks, rnd(), n));

	u32 *arr = rt_alloc(4 * 400, 4);
	for (u32 mode = 0; mode < 3; mode++) {
		for (u32 i = 0; i < 400; i++) arr[i] = rnd() >> rnd_below(32);
		MV(sort_u32, arr, 400, mode);
		for (u32 i = 1; i < 400; i++) {
			if (mode == 0) CHECK(arr[i - 1] <= arr[i]);
			if (mode == 1) CHECK(arr[i - 1] >= arr[i]);
			if (mode == 2) CHECK(pop32(arr[i - 1]) <= pop32(arr[i]));
		}
		u32 h = 0;
		for (u32 i = 0; i < 400; i++) h = h * 31 + arr[i];
		out_kv("sort", h);
	}
	struct tnode *pool = rt_alloc(sizeof(struct tnode) * 2048, 4);
	u32 next = 0;
	struct tnode *root = build(pool, &next, 10);
	out_kv("tree", M(tree_visit, root, 0));
	out_kv("tree", M(tree_visit, root, 1));

	/* Routines outside the module through pointers in module data and in a device. */
	g_rw_ops.ext = rt_ext_mix;
	devs[2].ext1 = rt_ext_count;
	for (u32 i = 0; i < 50; i++) {
		u32 v = rnd();
		u32 r = M(ext_calls, &devs[2], v);
		CHECK_EQ(r, (rt_ext_mix(v, devs[2].state) ^ rt_ext_count(v)) + rt_ext_count(v));
		out_kv("ext", r);
	}
	return 0;
}
#endif
