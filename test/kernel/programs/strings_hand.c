/*
 * strings_hand.c — lib/string.c's hand-written routines and the i386 inline-asm ones side by
 * side: strcpy/strncpy/strlcpy into local buffers, strcmp (lodsb/scasb), strlen (repne scasb),
 * strchr/strrchr, memscan (repnz scasb), memcmp, strsep-style tokenising of a local copy.
 */
#include "klib.h"

u32 str_ops(const char *a, const char *b, char *out);
u32 tokenize(const char *line);

#ifdef SVM_MODULE

static noinline char *strcpy_k(char *d, const char *s) { char *t = d; while ((*d++ = *s++)); return t; }
static noinline size_t strlcpy_k(char *d, const char *s, size_t size)
{
	size_t ret = __strlen(s);
	if (size) { size_t len = ret >= size ? size - 1 : ret; memcpy(d, s, len); d[len] = 0; }
	return ret;
}
static noinline char *strchr_k(const char *s, int c) { for (; *s != (char)c; s++) if (!*s) return NULL; return (char *)s; }
static noinline char *strrchr_k(const char *s, int c) { const char *last = NULL; do { if (*s == (char)c) last = s; } while (*s++); return (char *)last; }

u32 str_ops(const char *a, const char *b, char *out)
{
	char buf[64], small[9];
	strcpy_k(buf, a);
	u32 l1 = (u32)strlcpy_k(small, b, sizeof(small));
	s32 c = __strcmp(buf, small);
	char *p = strchr_k(buf, 'e'), *q = strrchr_k(buf, 'a');
	u8 *m = __memscan(buf, 'x', __strlen(buf));
	u32 r = l1 << 16 | (u32)(c & 0xff) << 8 | (p ? (u32)(p - buf) : 0xff);
	r ^= (q ? (u32)(q - buf) : 0xee) << 24 ^ (u32)((char *)m - buf) << 4;
	memcpy(out, small, sizeof(small));
	return r ^ (u32)memcmp(buf, small, min(__strlen(buf), (size_t)8)) << 2;
}

static noinline char *strsep_k(char **s, const char *ct)
{
	char *sbegin = *s, *end;
	if (!sbegin) return NULL;
	for (end = sbegin; *end; end++) if (strchr_k(ct, *end)) break;
	if (*end) { *end = 0; *s = end + 1; } else *s = NULL;
	return sbegin;
}

u32 tokenize(const char *line)
{
	char copy[128], *cur = copy, *tok;
	u32 h = 0, n = 0;
	strlcpy_k(copy, line, sizeof(copy));
	while ((tok = strsep_k(&cur, " ,;")) != NULL) {
		h = h * 131 + (u32)__strlen(tok);
		if (*tok) h ^= (u8)tok[0];
		n++;
	}
	return h << 6 | n;
}

#else

static const char words[][12] = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "lambda", "x", "" };

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	char *a = rt_alloc(64, 1), *b = rt_alloc(64, 1), *out = rt_alloc(16, 1), *line = rt_alloc(128, 1);
	for (u32 k = 0; k < 100; k++) {
		u32 n = 0;
		for (u32 w = rnd_below(4); w < 4; w++) for (const char *s = words[rnd_below(10)]; *s && n < 60; s++) a[n++] = *s;
		a[n] = 0;
		n = 0;
		for (u32 w = rnd_below(4); w < 4; w++) for (const char *s = words[rnd_below(10)]; *s && n < 60; s++) b[n++] = *s;
		b[n] = 0;
		out_kv("ops", M(str_ops, a, b, out));
		out_str(out); out_nl();
		n = 0;
		for (u32 w = 0; w < 8; w++) { for (const char *s = words[rnd_below(10)]; *s && n < 120; s++) line[n++] = *s; if (n < 120) line[n++] = " ,;"[rnd_below(3)]; }
		line[n] = 0;
		out_kv("tok", M(tokenize, line));
	}
	return 0;
}
#endif
