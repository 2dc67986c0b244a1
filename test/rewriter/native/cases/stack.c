/*
 * cases/stack.c — the stack, which the rewriter does NOT translate: %esp/%ebp-relative locals stay
 * as they are, locals indexed by a variable (or far from the frame) get a bounds check against
 * [__svm_stack_lo, __svm_stack_hi) instead. Covers local arrays indexed by data (histograms), a large frame with far constant offsets, structs returned in registers
 * (-freg-struct-return), 64-bit and many-argument calls (arguments on the stack), and recursion with
 * local arrays. Pointers to locals never leave a function here (a pointer to a local passed to a
 * callee is translated through the running invocation's stack window: test/kernel's suite), and
 * the functions are written so that gcc keeps %ebp-based addressing (checked with objdump when the
 * case was written; a gcc change may break that).
 */
#include "svm_native.h"

struct pair { u32 lo, hi; };
struct wide { u16 a; u8 b, c; };

u32 histogram(const u8 *data, u32 n, u32 *out16);
struct pair minmax(const u32 *a, u32 n);
struct wide pack(u32 x);
u64 mul_add64(u64 a, u64 b, u64 c);
u32 many_args(u32 a, u32 b, u32 c, u32 d, u32 e, u32 f, u32 g, u32 h);
u32 big_frame(const u8 *src, u32 n, u32 k);
u32 recurse(const u8 *data, u32 depth, u32 seed);
u32 local_struct(u32 x, u32 y);

#ifdef SVM_MODULE

u32 histogram(const u8 *data, u32 n, u32 *out16)
{
	u32 hist[16] = { 0 };
	u32 best = 0;
	for (u32 i = 0; i < n; i++) hist[data[i] >> 4]++;          /* stack-indexed RMW */
	for (u32 b = 0; b < 16; b++) {
		out16[b] = hist[b];
		if (hist[b] > hist[best]) best = b;
	}
	return best;
}

struct pair minmax(const u32 *a, u32 n)
{
	struct pair p = { 0xffffffffu, 0 };
	for (u32 i = 0; i < n; i++) {
		if (a[i] < p.lo) p.lo = a[i];
		if (a[i] > p.hi) p.hi = a[i];
	}
	return p;
}

struct wide pack(u32 x)
{
	struct wide w = { (u16)x, (u8)(x >> 16), (u8)(x >> 24) };
	return w;
}

u64 mul_add64(u64 a, u64 b, u64 c) { return a * b + c; }

static noinline u32 eight(u32 a, u32 b, u32 c, u32 d, u32 e, u32 f, u32 g, u32 h)
{
	return a + 2 * b + 3 * c + 5 * d + 7 * e + 11 * f + 13 * g + 17 * h;
}

u32 many_args(u32 a, u32 b, u32 c, u32 d, u32 e, u32 f, u32 g, u32 h)
{
	return eight(h, g, f, e, d, c, b, a) ^ eight(a, b, c, d, e, f, g, h);
}

/* A frame larger than the rewriter's stack guard: far constant offsets are bounds-checked too. */
u32 big_frame(const u8 *src, u32 n, u32 k)
{
	volatile u8 big[9000];
	u32 s = 0;
	for (u32 i = 0; i < n && i < sizeof(big); i++) big[i] = src[i];
	big[8999] = (u8)k;
	big[4500] = (u8)(k >> 8);
	for (u32 i = 0; i < n && i < sizeof(big); i += 97) s = s * 31 + big[i];
	return s + big[8999] + big[4500] + big[k % sizeof(big)];
}

u32 recurse(const u8 *data, u32 depth, u32 seed)
{
	u8 local[40];
	/* (i * 7) % 40 visits every slot but is not affine: gcc keeps -N(%ebp,%reg) addressing. */
	for (u32 i = 0; i < sizeof(local); i++) local[(i * 7) % 40] = (u8)(data[(seed + i) & 255] + depth);
	if (depth == 0) return local[seed % 40];
	u32 r = recurse(data, depth - 1, seed * 5 + local[depth % 40]);
	return r + local[(r + depth) % 40];
}

u32 local_struct(u32 x, u32 y)
{
	struct { u32 v[8]; u16 idx; u8 flag; } st;
	for (u32 i = 0; i < 8; i++) st.v[(i * 3) & 7] = x * i + y;   /* not affine: %ebp-indexed */
	st.idx = (u16)(y & 7);
	st.flag = (u8)(x > y);
	st.v[st.idx] ^= 0xffff;
	return st.v[(x + st.flag) & 7] + st.v[st.idx];
}

#else /* test main */

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *data = rt_alloc(12000, 1);
	for (u32 i = 0; i < 12000; i++) data[i] = (u8)rnd();
	u32 *out16 = rt_alloc(16 * 4, 4);
	for (u32 k = 0; k < 100; k++) {
		u32 n = rnd_below(3000), off = rnd_below(9000);
		u32 best = M(histogram, data + off, n, out16), tot = 0;
		for (u32 b = 0; b < 16; b++) tot += out16[b];
		CHECK_EQ(tot, n);
		out_kv("hist", best);
	}
	for (u32 k = 0; k < 100; k++) {
		u32 n = 1 + rnd_below(500);
		struct pair p = M(minmax, (const u32 *)data + rnd_below(2000), n);
		CHECK(p.lo <= p.hi);
		out_kv("mm", p.lo ^ p.hi);
		u32 x = rnd();
		struct wide w = M(pack, x);
		CHECK(w.a == (u16)x && w.b == (u8)(x >> 16) && w.c == (u8)(x >> 24));
		u64 a = ((u64)rnd() << 32) | rnd(), b = rnd(), c = ((u64)rnd() << 32) | rnd();
		CHECK(M(mul_add64, a, b, c) == a * b + c);
	}
	for (u32 k = 0; k < 100; k++) {
		u32 v[8];
		for (u32 i = 0; i < 8; i++) v[i] = rnd();
		out_kv("args", M(many_args, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));   /* 5 stack words */
	}
	for (u32 k = 0; k < 30; k++) out_kv("big", M(big_frame, data, rnd_below(9500), rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("rec", M(recurse, data, rnd_below(200), rnd()));
	for (u32 k = 0; k < 100; k++) out_kv("ls", M(local_struct, rnd(), rnd()));
	return 0;
}
#endif
