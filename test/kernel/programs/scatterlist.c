/*
 * scatterlist.c — scatter-gather lists: a frame described by (page, offset, length) entries built
 * on the stack and walked by a mapping callback, copying a linear buffer into fragments across
 * page boundaries and gathering them back into a local bounce buffer.
 */
#include "klib.h"

struct sg { u8 *page; u32 offset, length; };

u32 scatter(u8 *pages, const u8 *src, u32 len, u32 first_off);

#ifdef SVM_MODULE

static noinline u32 sg_build(struct sg *sg, u32 max, u8 *pages, u32 len, u32 off)
{
	u32 n = 0, page = 0;
	while (len && n < max) {
		u32 l = min(len, 4096 - off);
		sg[n].page = pages + page * 4096; sg[n].offset = off; sg[n].length = l;
		len -= l; off = 0; page++; n++;
	}
	return n;
}

typedef u32 (*map_fn)(const struct sg *, void *);

static noinline u32 sg_walk(const struct sg *sg, u32 n, map_fn fn, void *priv)
{
	u32 r = 0;
	for (u32 i = 0; i < n; i++) r += fn(&sg[i], priv);
	return r;
}

struct cursor { const u8 *src; u32 done; };
static u32 copy_in(const struct sg *s, void *priv)
{
	struct cursor *c = priv;
	memcpy(s->page + s->offset, c->src + c->done, s->length);
	c->done += s->length;
	return s->length;
}

u32 scatter(u8 *pages, const u8 *src, u32 len, u32 first_off)
{
	struct sg sg[8];
	struct cursor c = { src, 0 };
	u8 bounce[512];
	u32 n = sg_build(sg, 8, pages, len, first_off);
	u32 moved = sg_walk(sg, n, copy_in, &c);
	u32 g = 0, h = 0;
	for (u32 i = 0; i < n && g < sizeof(bounce); i++) {
		u32 l = min(sg[i].length, (u32)sizeof(bounce) - g);
		memcpy(bounce + g, sg[i].page + sg[i].offset, l);
		g += l;
	}
	for (u32 i = 0; i < g; i++) h = h * 31 + bounce[i];
	return h ^ moved << 8 ^ n;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *pages = rt_alloc(8 * 4096, 4096), *src = rt_alloc(20000, 1);
	for (u32 i = 0; i < 20000; i++) src[i] = (u8)rnd();
	for (u32 k = 0; k < 60; k++) out_kv("sg", M(scatter, pages, src + rnd_below(5000), rnd_below(12000), rnd_below(4096)));
	return 0;
}
#endif
