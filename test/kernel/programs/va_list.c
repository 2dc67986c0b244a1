/*
 * va_list.c — a vsnprintf/printk-style formatter: variadic functions (every argument on the
 * stack), va_list walked through a pointer into the caller's frame and passed to a helper, number
 * formatting with do_div into a local buffer, %s/%x/%u/%d/%c, field widths and padding.
 */
#include "klib.h"

u32 fmt_test(char *out, u32 size, u32 a, u32 b, u32 seed);

#ifdef SVM_MODULE

typedef __builtin_va_list va_list;
#define va_start(v, l) __builtin_va_start(v, l)
#define va_end(v) __builtin_va_end(v)
#define va_arg(v, t) __builtin_va_arg(v, t)

static char *put_num(char *p, char *end, u64 num, u32 base, u32 width, char pad, bool upper)
{
	char tmp[24];
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	u32 i = 0;
	do { tmp[i++] = digits[do_div(num, base)]; } while (num);
	while (i < width && i < sizeof(tmp)) tmp[i++] = pad;
	while (i) { if (p < end) *p = tmp[i - 1]; p++; i--; }
	return p;
}

static noinline u32 vsnprintf(char *buf, u32 size, const char *fmt, va_list args)
{
	char *p = buf, *end = buf + size;
	for (; *fmt; fmt++) {
		if (*fmt != '%') { if (p < end) *p = *fmt; p++; continue; }
		fmt++;
		char pad = ' ';
		u32 width = 0;
		if (*fmt == '0') { pad = '0'; fmt++; }
		while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (u32)(*fmt++ - '0');
		bool ll = false;
		if (*fmt == 'l' && fmt[1] == 'l') { ll = true; fmt += 2; }
		switch (*fmt) {
		case 'u': p = put_num(p, end, ll ? va_arg(args, u64) : va_arg(args, u32), 10, width, pad, false); break;
		case 'd': {
			s32 v = va_arg(args, s32);
			if (v < 0) { if (p < end) *p = '-'; p++; v = -v; }
			p = put_num(p, end, (u32)v, 10, width, pad, false);
			break;
		}
		case 'x': p = put_num(p, end, ll ? va_arg(args, u64) : va_arg(args, u32), 16, width, pad, false); break;
		case 'X': p = put_num(p, end, va_arg(args, u32), 16, width, pad, true); break;
		case 'c': if (p < end) *p = (char)va_arg(args, int); p++; break;
		case 's': {
			const char *s = va_arg(args, const char *);
			while (*s) { if (p < end) *p = *s; p++; s++; }
			break;
		}
		default: if (p < end) *p = *fmt; p++;
		}
	}
	if (size) { if (p < end) *p = 0; else end[-1] = 0; }
	return (u32)(p - buf);
}

static noinline u32 snprintf(char *buf, u32 size, const char *fmt, ...)
{
	va_list args;
	va_start(args, fmt);
	u32 n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

u32 fmt_test(char *out, u32 size, u32 a, u32 b, u32 seed)
{
	char name[16], line[96];
	snprintf(name, sizeof(name), "eth%u", a % 10);
	u32 n = snprintf(line, sizeof(line), "%s: link %u Mb/s %08x %d %c|%5u|%llu|%llx", name,
			 (b & 1) ? 1000 : 100, seed, (s32)(seed - a), (char)('A' + b % 26), b % 100000,
			 (u64)a * seed, ((u64)b << 32) | a);
	memcpy(out, line, min(size, (u32)sizeof(line)));
	return n;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	char *out = rt_alloc(128, 4);
	for (u32 k = 0; k < 80; k++) {
		u32 size = 1 + rnd_below(96);
		out_kv("n", M(fmt_test, out, size, rnd(), rnd(), rnd()));
		out[size < 96 ? size : 95] = 0;
		out_str(out); out_nl();
	}
	return 0;
}
#endif
