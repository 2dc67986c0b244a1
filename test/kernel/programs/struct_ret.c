/*
 * struct_ret.c — structs returned by value: small ones in registers (-freg-struct-return), large
 * ones through a hidden pointer to the caller's local (the callee writes the caller's frame), and
 * struct arguments by value (copied onto the stack with rep movsl), chained.
 */
#include "klib.h"

struct small { u16 a, b; };
struct large { u32 w[9]; u8 tag; };

u32 chain_large(u32 seed, u32 rounds);
u32 chain_small(u32 seed, u32 rounds);

#ifdef SVM_MODULE

static noinline struct large make_large(u32 s)
{
	struct large r;
	for (u32 i = 0; i < 9; i++) r.w[i] = s * (i + 3) ^ (s >> i);
	r.tag = (u8)s;
	return r;
}

static noinline struct large bump(struct large x, u32 k)
{
	x.w[k % 9] += k;
	x.tag ^= (u8)k;
	return x;
}

static noinline u32 digest(struct large x)
{
	u32 h = x.tag;
	for (u32 i = 0; i < 9; i++) h = h * 16777619u ^ x.w[i];
	return h;
}

u32 chain_large(u32 seed, u32 rounds)
{
	struct large x = make_large(seed);
	for (u32 r = 0; r < rounds; r++) x = bump(x, r + seed);
	return digest(x) ^ digest(make_large(x.w[0]));
}

static noinline struct small make_small(u32 s) { struct small r = { (u16)s, (u16)(s >> 16) }; return r; }
static noinline struct small swap_small(struct small s) { struct small r = { s.b, s.a }; return r; }

u32 chain_small(u32 seed, u32 rounds)
{
	struct small s = make_small(seed);
	for (u32 r = 0; r < rounds; r++) { s = swap_small(s); s.a += (u16)r; }
	return (u32)s.a << 16 | s.b;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	for (u32 k = 0; k < 60; k++) out_kv("L", M(chain_large, rnd(), rnd_below(40)));
	for (u32 k = 0; k < 60; k++) out_kv("S", M(chain_small, rnd(), rnd_below(40)));
	return 0;
}
#endif
