/*
 * recursion.c — recursion with locals whose addresses escape to callees: a recursive-descent
 * expression parser over a token buffer (a cursor passed by pointer), a tree built and freed
 * recursively, mutual recursion, and a deep recursion that walks the driver stack's pages.
 */
#include "klib.h"

u32 eval(const char *expr);
u32 deep(u32 depth, u32 seed);
u32 even_odd(u32 n);

#ifdef SVM_MODULE

struct cursor { const char *p; u32 errors; };
static u32 expr(struct cursor *c);

static noinline u32 number(struct cursor *c)
{
	u32 v = 0;
	if (*c->p == '(') { c->p++; v = expr(c); if (*c->p == ')') c->p++; else c->errors++; return v; }
	if (*c->p < '0' || *c->p > '9') { c->errors++; return 0; }
	while (*c->p >= '0' && *c->p <= '9') v = v * 10 + (u32)(*c->p++ - '0');
	return v;
}

static noinline u32 term(struct cursor *c)
{
	u32 v = number(c);
	while (*c->p == '*' || *c->p == '/') {
		char op = *c->p++;
		u32 r = number(c);
		v = op == '*' ? v * r : r ? v / r : 0;
	}
	return v;
}

static u32 expr(struct cursor *c)
{
	u32 v = term(c);
	while (*c->p == '+' || *c->p == '-') {
		char op = *c->p++;
		u32 r = term(c);
		v = op == '+' ? v + r : v - r;
	}
	return v;
}

u32 eval(const char *s)
{
	struct cursor c = { s, 0 };
	u32 v = expr(&c);
	return v ^ c.errors << 28;
}

static noinline u32 touch(u8 *buf, u32 n, u32 seed) { u32 h = seed; for (u32 i = 0; i < n; i++) { buf[i] = (u8)(h >> 3); h = h * 33 + buf[i]; } return h; }

u32 deep(u32 depth, u32 seed)
{
	u8 frame[200];
	u32 h = touch(frame, sizeof(frame), seed);
	if (depth) h ^= deep(depth - 1, h);
	return h + frame[(seed + depth) % sizeof(frame)];
}

static u32 is_odd(u32 n);
static noinline u32 is_even(u32 n) { return n == 0 ? 1 : is_odd(n - 1); }
static noinline u32 is_odd(u32 n) { return n == 0 ? 0 : is_even(n - 1); }
u32 even_odd(u32 n) { return is_even(n) << 1 | is_odd(n); }

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	char *s = rt_alloc(256, 1);
	for (u32 k = 0; k < 60; k++) {
		u32 n = 0, depth = 0;
		for (u32 t = 0; t < 12 && n < 200; t++) {
			if (rnd_below(4) == 0 && depth < 5) { s[n++] = '('; depth++; }
			u32 v = rnd_below(1000);
			char d[10]; u32 m = 0;
			do d[m++] = (char)('0' + v % 10); while ((v /= 10));
			while (m) s[n++] = d[--m];
			if (depth && rnd_below(3) == 0) { s[n++] = ')'; depth--; }
			s[n++] = "+-*/"[rnd_below(4)];
		}
		s[n++] = '1';
		while (depth--) s[n++] = ')';
		s[n] = 0;
		out_kv("eval", M(eval, s));
	}
	for (u32 k = 0; k < 20; k++) out_kv("deep", M(deep, rnd_below(250), rnd()));
	for (u32 k = 0; k < 20; k++) out_kv("eo", M(even_odd, rnd_below(3000)));
	return 0;
}
#endif
