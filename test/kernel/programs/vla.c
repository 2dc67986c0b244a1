/*
 * vla.c — variable frames: VLAs and alloca (subl %reg,%esp), in loops (the stack pointer saved and
 * restored every iteration: movl %esp,slot / movl slot,%esp), realigned u64 and 16-byte aligned
 * locals (andl $-8/-16,%esp), pointers into those frames handed to callees.
 */
#include "klib.h"

u32 vla_sum(u32 n, u32 seed);
u32 vla_loop(u32 n, u32 rounds);
u32 alloca_copy(const u8 *src, u32 n);
u64 aligned_u64(u32 a, u32 b);
u32 aligned16(u32 x);

#ifdef SVM_MODULE

static noinline u32 fold(const u32 *p, u32 n)
{
	u32 h = 0;
	for (u32 i = 0; i < n; i++) h = h * 2654435761u + p[i];
	return h;
}

static noinline void fill(u32 *p, u32 n, u32 seed)
{
	for (u32 i = 0; i < n; i++) p[i] = seed ^ (i * 0x9e3779b9u);
}

u32 vla_sum(u32 n, u32 seed)
{
	u32 a[n + 1];
	fill(a, n + 1, seed);
	a[n / 2] += 7;
	return fold(a, n + 1) + a[n];
}

u32 vla_loop(u32 n, u32 rounds)
{
	u32 t = 0;
	for (u32 r = 0; r < rounds; r++) {
		u32 a[n + r];
		fill(a, n + r, r);
		t += fold(a, n + r) ^ a[(r * 7) % (n + r)];
	}
	return t;
}

u32 alloca_copy(const u8 *src, u32 n)
{
	u8 *p = __builtin_alloca(n + 1);
	memcpy(p, src, n);
	p[n] = 0;
	u32 h = 0;
	for (u32 i = 0; i < n; i++) h = h * 31 + p[i];
	return h ^ (u32)strlen((const char *)p);
}

struct big { u64 v[3] __attribute__((aligned(8))); u32 tag; };

static noinline u64 mix64(const struct big *b)
{
	return b->v[0] * 3 + (b->v[1] >> 7) + b->v[2] + b->tag;
}

u64 aligned_u64(u32 a, u32 b)
{
	struct big x;
	x.v[0] = ((u64)a << 32) | b;
	x.v[1] = (u64)a * b;
	x.v[2] = (u64)(a ^ b) << 13;
	x.tag = a + b;
	return mix64(&x);
}

struct v16 { u32 w[4]; } __attribute__((aligned(16)));

static noinline u32 lane(const struct v16 *v, u32 i) { return v->w[i & 3]; }

u32 aligned16(u32 x)
{
	struct v16 v = { { x, x * 3, x ^ 5, ~x } };
	return lane(&v, x) + lane(&v, x + 1) + (u32)((unsigned long)&v & 15);
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *src = rt_alloc(3000, 1);
	for (u32 i = 0; i < 3000; i++) src[i] = (u8)(1 + rnd_below(255));
	for (u32 k = 0; k < 60; k++) out_kv("vs", M(vla_sum, rnd_below(2000), rnd()));
	for (u32 k = 0; k < 20; k++) out_kv("vl", M(vla_loop, 1 + rnd_below(300), rnd_below(20)));
	for (u32 k = 0; k < 40; k++) out_kv("ac", M(alloca_copy, src + rnd_below(1000), rnd_below(2000)));
	for (u32 k = 0; k < 40; k++) { u32 a = rnd(), b = rnd(); out_hex64(M(aligned_u64, a, b)); out_nl(); }
	for (u32 k = 0; k < 40; k++) out_kv("a16", M(aligned16, rnd()));
	return 0;
}
#endif
