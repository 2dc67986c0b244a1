/*
 * kstrtox.c — lib/kstrtox.c and number formatting: _parse_integer with an overflow check and a
 * result written through a pointer to the caller's local, kstrtoul with a base prefix, and
 * formatting back with do_div into a local digit buffer.
 */
#include "klib.h"

u32 parse_all(const char *s, u32 *sum);

#ifdef SVM_MODULE

static noinline const char *parse_base(const char *s, u32 *base)
{
	if (*base == 0) {
		if (s[0] == '0') { if ((s[1] | 0x20) == 'x') { *base = 16; return s + 2; } *base = 8; return s; }
		*base = 10;
	}
	return s;
}

static noinline u32 parse_integer(const char *s, u32 base, u64 *p)
{
	u64 res = 0;
	u32 rv = 0;
	for (;; s++, rv++) {
		u32 c = (u8)*s, lc = c | 0x20, val;
		if (c >= '0' && c <= '9') val = c - '0';
		else if (lc >= 'a' && lc <= 'f') val = lc - 'a' + 10;
		else break;
		if (val >= base) break;
		if (res > 0xffffffffu) rv |= 0x80000000u;
		res = res * base + val;
	}
	*p = res;
	return rv;
}

static noinline s32 kstrtoul(const char *s, u32 base, u32 *res)
{
	u64 tmp;
	s = parse_base(s, &base);
	u32 rv = parse_integer(s, base, &tmp);
	if (rv & 0x80000000u || tmp >> 32) return -34;
	if (!rv) return -22;
	*res = (u32)tmp;
	return (s32)rv;
}

static noinline u32 format(u32 v, u32 base, char *out)
{
	char tmp[12];
	u32 n = 0;
	u64 x = v;
	do { tmp[n++] = "0123456789abcdef"[do_div(x, base)]; } while (x);
	for (u32 i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
	out[n] = 0;
	return n;
}

u32 parse_all(const char *s, u32 *sum)
{
	u32 h = 0;
	char back[16];
	while (*s) {
		u32 v;
		s32 r = kstrtoul(s, 0, &v);
		if (r > 0) { *sum += v; h = h * 31 + format(v, 10 + (v & 6), back) + (u8)back[0]; s += r; }
		else h ^= (u32)-r;
		while (*s && *s != ' ') s++;
		while (*s == ' ') s++;
	}
	return h;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	char *s = rt_alloc(512, 1);
	u32 *sum = rt_alloc(4, 4);
	for (u32 k = 0; k < 80; k++) {
		u32 n = 0;
		for (u32 t = 0; t < 10; t++) {
			u32 v = rnd() >> rnd_below(32), kind = rnd_below(4);
			char d[16]; u32 m = 0;
			if (kind == 0) { s[n++] = '0'; s[n++] = 'x'; do d[m++] = "0123456789abcdef"[v & 15]; while ((v >>= 4)); }
			else if (kind == 1) { s[n++] = '0'; do d[m++] = (char)('0' + (v & 7)); while ((v >>= 3)); }
			else if (kind == 2) { do d[m++] = (char)('0' + v % 10); while ((v /= 10)); }
			else { d[m++] = 'z'; }
			while (m) s[n++] = d[--m];
			s[n++] = ' ';
		}
		s[n] = 0;
		out_kv("p", M(parse_all, s, sum));
	}
	out_kv("sum", *sum);
	return 0;
}
#endif
