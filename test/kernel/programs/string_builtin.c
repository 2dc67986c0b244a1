/*
 * string_builtin.c — what gcc itself emits for string builtins on locals: __builtin_memcpy /
 * memset / memcmp / strlen with constant and variable sizes (inline rep movsl / stosl, or calls
 * to the module's memcpy), struct assignment of large locals, zero-initialised arrays, and
 * copies between locals and dom0 buffers both ways.
 */
#include "klib.h"

struct blob { u32 a[33]; u8 tail[7]; };

u32 builtins(const u8 *src, u8 *dst, u32 n, u32 seed);
u32 struct_assign(struct blob *out, u32 seed);

#ifdef SVM_MODULE

u32 builtins(const u8 *src, u8 *dst, u32 n, u32 seed)
{
	u8 a[160], b[160] = { 0 };
	n %= sizeof(a);
	__builtin_memset(a, (int)(seed & 0xff), sizeof(a));
	__builtin_memcpy(b, src, 64);
	__builtin_memcpy(a + 3, src + 5, n > 150 ? 150 : n);
	int c = __builtin_memcmp(a, b, 40);
	__builtin_memcpy(dst, a, sizeof(a));
	a[sizeof(a) - 1] = 0;
	b[sizeof(b) - 1] = 0;
	return (u32)c ^ (u32)__builtin_strlen((const char *)a) << 8 ^ (u32)__builtin_strlen((const char *)b) << 16 ^ b[63];
}

static noinline void fill(struct blob *b, u32 s) { for (u32 i = 0; i < 33; i++) b->a[i] = s * i; for (u32 i = 0; i < 7; i++) b->tail[i] = (u8)(s >> i); }

u32 struct_assign(struct blob *out, u32 seed)
{
	struct blob x, y;
	fill(&x, seed);
	y = x;
	y.a[seed % 33] ^= 0xffff;
	*out = y;
	x = *out;
	return x.a[0] + x.a[32] + x.tail[6] + y.a[seed % 33];
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *src = rt_alloc(512, 1), *dst = rt_alloc(256, 1);
	struct blob *b = rt_alloc(sizeof(*b), 4);
	for (u32 i = 0; i < 512; i++) src[i] = (u8)(rnd() | 1);
	for (u32 k = 0; k < 80; k++) {
		out_kv("bi", M(builtins, src + rnd_below(300), dst, rnd(), rnd()));
		u32 h = 0;
		for (u32 i = 0; i < 160; i++) h = h * 31 + dst[i];
		out_kv("dst", h);
		out_kv("sa", M(struct_assign, b, rnd()));
	}
	return 0;
}
#endif
