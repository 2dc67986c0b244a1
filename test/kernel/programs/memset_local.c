/*
 * memset_local.c — locals cleared and filled by the string routines: memset(&local, 0, sizeof)
 * (gcc: leal -N(%ebp),%edi; rep stosl), compound literals copied into locals, struct arguments
 * passed by value (movl %esp,%edi; rep movsl onto the stack), a local buffer filled by a callee and
 * copied out, and the ethtool_get_drvinfo shape of the sample driver.
 */
#include "klib.h"

struct drvinfo { u32 cmd; char driver[32]; char version[32]; char bus[32]; u32 n_stats, regdump_len; };
struct cfg { u32 a[12]; u16 b; u8 c[10]; };

u32 get_drvinfo(u32 seed, struct drvinfo *user);
u32 by_value_chain(u32 seed);
u32 literals(u32 x, u8 *out);

#ifdef SVM_MODULE

static const char drv_name[] = "kernel-idioms";

static noinline void fill_info(u32 seed, struct drvinfo *info)
{
	for (u32 i = 0; i < 12 && drv_name[i]; i++) info->driver[i] = drv_name[i];
	for (u32 i = 0; i < 8; i++) info->version[i] = (char)('0' + (seed >> (i * 4) & 7));
	info->n_stats = seed & 0xff;
	info->regdump_len = (seed >> 8) & 0xfff;
}

u32 get_drvinfo(u32 seed, struct drvinfo *user)
{
	struct drvinfo info;
	memset(&info, 0, sizeof(info));
	info.cmd = 3;
	fill_info(seed, &info);
	memcpy(user, &info, sizeof(info));
	return info.n_stats + info.regdump_len + (u32)info.driver[0];
}

static noinline u32 sum_cfg(struct cfg c)
{
	u32 s = c.b;
	for (u32 i = 0; i < 12; i++) s = s * 33 + c.a[i];
	for (u32 i = 0; i < 10; i++) s += c.c[i];
	return s;
}

static noinline u32 twice(struct cfg c, u32 k)
{
	c.a[k % 12] ^= k;
	return sum_cfg(c) ^ sum_cfg(c);
}

u32 by_value_chain(u32 seed)
{
	struct cfg c;
	memset(&c, 0, sizeof(c));
	for (u32 i = 0; i < 12; i++) c.a[i] = seed * (i + 1);
	c.b = (u16)seed;
	for (u32 i = 0; i < 10; i++) c.c[i] = (u8)(seed >> i);
	return sum_cfg(c) + twice(c, seed);
}

u32 literals(u32 x, u8 *out)
{
	struct cfg c = { .a = { x, x + 1, x + 2 }, .b = 7, .c = { 1, 2, 3 } };
	u8 buf[48];
	memset(buf, (int)(x & 0xff), sizeof(buf));
	memcpy(buf + 8, c.c, 10);
	memcpy(out, buf, sizeof(buf));
	return c.a[2] + c.b + buf[47] + buf[9];
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct drvinfo *u = rt_alloc(sizeof(*u), 4);
	u8 *out = rt_alloc(64, 1);
	for (u32 k = 0; k < 50; k++) {
		u32 s = rnd();
		out_kv("info", M(get_drvinfo, s, u));
		out_str(u->driver); out_nl();
		out_str(u->version); out_nl();
		out_kv("bv", M(by_value_chain, s));
		out_kv("lit", M(literals, s, out));
		u32 h = 0;
		for (u32 i = 0; i < 48; i++) h = h * 31 + out[i];
		out_kv("buf", h);
	}
	return 0;
}
#endif
