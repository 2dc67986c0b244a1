/*
 * memmove_back.c — backward string instructions (std; rep movs; cld, the classic i386 memmove),
 * every width, overlapping in both directions, crossing page boundaries; backward compares and
 * scans (std; repe cmpsb / repne scasb) with early exit, on locals and on dom0 buffers.
 */
#include "klib.h"

u32 move(u8 *base, u32 dst, u32 src, u32 n, u32 width);
u32 local_shift(u32 seed, u32 n);
u32 back_cmp(const u8 *a, const u8 *b, u32 n);
u32 back_scan(const u8 *a, u32 n, u8 c);

#ifdef SVM_MODULE

u32 move(u8 *base, u32 dst, u32 src, u32 n, u32 width)
{
	u8 *d = base + dst;
	const u8 *s = base + src;
	int d0, d1, d2;
	if (d <= s) {
		__memmove(d, s, n);
	} else if (width == 4) {
		/* n/4 dwords backward, then the tail bytes backward */
		__asm__ __volatile__("std\n\trep ; movsl\n\tcld"
				     : "=&c"(d0), "=&S"(d1), "=&D"(d2)
				     : "0"(n / 4), "1"(s + n - 4), "2"(d + n - 4) : "memory");
		for (u32 i = n & 3; i; i--) d[i - 1] = s[i - 1];
	} else if (width == 2) {
		__asm__ __volatile__("std\n\trep ; movsw\n\tcld"
				     : "=&c"(d0), "=&S"(d1), "=&D"(d2)
				     : "0"(n / 2), "1"(s + n - 2), "2"(d + n - 2) : "memory");
		if (n & 1) d[0] = s[0];
	} else {
		__memmove(d, s, n);
	}
	u32 h = 0;
	for (u32 i = 0; i < n; i += 7) h = h * 131 + d[i];
	return h;
}

u32 local_shift(u32 seed, u32 n)
{
	u8 buf[300];
	for (u32 i = 0; i < sizeof(buf); i++) buf[i] = (u8)(seed + i * 3);
	n %= 200;
	__memmove(buf + 37, buf + 5, n);      /* overlapping forward: copies backward */
	__memmove(buf + 2, buf + 90, n / 2);  /* backward source: copies forward */
	u32 h = 0;
	for (u32 i = 0; i < sizeof(buf); i++) h = h * 31 + buf[i];
	return h;
}

u32 back_cmp(const u8 *a, const u8 *b, u32 n)
{
	u32 left;
	int d0, d1;
	u32 fl;
	if (!n) return 0;
	__asm__ __volatile__("std\n\trepe ; cmpsb\n\tpushfl\n\tpopl %3\n\tcld"
			     : "=c"(left), "=&S"(d0), "=&D"(d1), "=r"(fl)
			     : "0"(n), "1"(a + n - 1), "2"(b + n - 1) : "memory", "cc");
	return left << 8 | (fl & 0xc1);
}

u32 back_scan(const u8 *a, u32 n, u8 c)
{
	u32 left;
	int d0;
	if (!n) return 0;
	__asm__ __volatile__("std\n\trepne ; scasb\n\tcld"
			     : "=c"(left), "=&D"(d0)
			     : "0"(n), "1"(a + n - 1), "a"(c) : "memory", "cc");
	return left;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *base = rt_alloc(5 * 4096, 4096);
	for (u32 i = 0; i < 5 * 4096; i++) base[i] = (u8)rnd();
	for (u32 k = 0; k < 120; k++) {
		u32 n = rnd_below(9000), src = rnd_below(5 * 4096 - n), dst = rnd_below(5 * 4096 - n);
		out_kv("mv", M(move, base, dst, src, n, 1u << rnd_below(3)));
	}
	for (u32 k = 0; k < 60; k++) out_kv("ls", M(local_shift, rnd(), rnd()));
	u8 *a = rt_alloc(8192, 4096), *b = rt_alloc(8192, 4096);
	for (u32 k = 0; k < 60; k++) {
		u32 n = 1 + rnd_below(6000);
		for (u32 i = 0; i < 8192; i++) a[i] = b[i] = (u8)(i * 7);
		if (k & 1) b[rnd_below(n)] ^= 0x40;
		u32 off = rnd_below(8192 - n);
		out_kv("cmp", M(back_cmp, a + off, b + off, n));
		out_kv("scan", M(back_scan, a + off, n, (u8)rnd()));
	}
	return 0;
}
#endif
