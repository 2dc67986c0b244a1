/*
 * bitops.c — include/linux/bitops.h and lib/find_bit.c: atomic set/clear/change/test_and_* with
 * lock prefixes and register bit offsets (bts with an offset reaching far beyond the operand),
 * find_first_bit / find_next_zero_bit, hweight, __ffs/__fls, bitmap_and/or/weight on a local
 * bitmap handed to helpers.
 */
#include "klib.h"

#define NBITS 1000

u32 bit_storm(u32 *map, u32 seed, u32 n);
u32 find_bits(const u32 *map, u32 start);
u32 local_bitmap(const u32 *a, const u32 *b, u32 seed);

#ifdef SVM_MODULE

u32 bit_storm(u32 *map, u32 seed, u32 n)
{
	u32 r = 0;
	for (u32 i = 0; i < n; i++) {
		u32 nr = (seed + i * 2654435761u) % NBITS;
		switch ((seed >> (i & 15)) & 3) {
		case 0: set_bit(nr, map); break;
		case 1: clear_bit(nr, map); break;
		case 2: change_bit(nr, map); break;
		default: r += test_and_set_bit(nr, map) + 2 * test_and_clear_bit((nr * 7) % NBITS, map);
		}
		r += test_bit(nr, map);
	}
	return r;
}

static noinline u32 find_next_bit(const u32 *addr, u32 size, u32 offset, u32 invert)
{
	while (offset < size) {
		u32 w = addr[offset / 32] ^ (invert ? ~0u : 0);
		w &= ~0u << (offset % 32);
		if (w) return min(offset / 32 * 32 + __ffs(w), size);
		offset = (offset / 32 + 1) * 32;
	}
	return size;
}

u32 find_bits(const u32 *map, u32 start)
{
	u32 h = 0, n = 0;
	for (u32 b = find_next_bit(map, NBITS, start, 0); b < NBITS && n < 64; b = find_next_bit(map, NBITS, b + 1, 0), n++) h = h * 31 + b;
	u32 z = find_next_bit(map, NBITS, start, 1);
	u32 w = 0;
	for (u32 i = 0; i < BITS_TO_LONGS(NBITS); i++) w += hweight32(map[i]);
	return h ^ z << 20 ^ w;
}

static noinline void bitmap_and(u32 *dst, const u32 *a, const u32 *b, u32 words) { for (u32 i = 0; i < words; i++) dst[i] = a[i] & b[i]; }
static noinline void bitmap_or(u32 *dst, const u32 *a, const u32 *b, u32 words) { for (u32 i = 0; i < words; i++) dst[i] = a[i] | b[i]; }
static noinline u32 bitmap_weight(const u32 *m, u32 words) { u32 w = 0; for (u32 i = 0; i < words; i++) w += hweight32(m[i]); return w; }

u32 local_bitmap(const u32 *a, const u32 *b, u32 seed)
{
	u32 tmp[BITS_TO_LONGS(NBITS)], acc[BITS_TO_LONGS(NBITS)];
	bitmap_and(tmp, a, b, BITS_TO_LONGS(NBITS));
	bitmap_or(acc, tmp, a, BITS_TO_LONGS(NBITS));
	set_bit(seed % NBITS, acc);
	clear_bit((seed >> 8) % NBITS, tmp);
	return bitmap_weight(tmp, BITS_TO_LONGS(NBITS)) << 16 | bitmap_weight(acc, BITS_TO_LONGS(NBITS)) | (u32)__fls(seed | 1) << 11;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u32 *map = rt_alloc(BITS_TO_LONGS(NBITS) * 4, 4), *other = rt_alloc(BITS_TO_LONGS(NBITS) * 4, 4);
	for (u32 i = 0; i < BITS_TO_LONGS(NBITS); i++) other[i] = rnd();
	for (u32 k = 0; k < 40; k++) {
		out_kv("storm", M(bit_storm, map, rnd(), rnd_below(500)));
		out_kv("find", M(find_bits, map, rnd_below(NBITS)));
		out_kv("local", M(local_bitmap, map, other, rnd()));
	}
	for (u32 i = 0; i < BITS_TO_LONGS(NBITS); i++) out_kv("map", map[i]);
	return 0;
}
#endif
