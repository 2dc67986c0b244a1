/*
 * sort_swap.c — lib/sort.c: heapsort with cmp and swap callbacks (function pointers passed down),
 * a generic swap through a local temporary of the element size (memcpy through the stack), and
 * bsearch with a key built on the caller's stack.
 */
#include "klib.h"

struct rec { u32 id; u16 prio; u8 name[6]; };

void sort_recs(struct rec *base, u32 num, u32 by);
u32 find_rec(const struct rec *base, u32 num, u32 id);

#ifdef SVM_MODULE

typedef int (*cmp_t)(const void *, const void *);
typedef void (*swap_t)(void *, void *, u32);

static void generic_swap(void *a, void *b, u32 size)
{
	u8 tmp[32];
	memcpy(tmp, a, size);
	memcpy(a, b, size);
	memcpy(b, tmp, size);
}

static noinline void sort(void *base, u32 num, u32 size, cmp_t cmp, swap_t swap)
{
	u32 i = (num / 2) * size, n = num * size, c, r;
	if (!num) return;
	for (;;) {
		if (i) i -= size;
		else if ((n -= size) > 0) swap(base, (char *)base + n, size);
		else break;
		for (r = i; r * 2 + size < n; r = c) {
			c = r * 2 + size;
			if (c < n - size && cmp((char *)base + c, (char *)base + c + size) < 0) c += size;
			if (cmp((char *)base + r, (char *)base + c) >= 0) break;
			swap((char *)base + r, (char *)base + c, size);
		}
	}
}

static int by_id(const void *a, const void *b) { const struct rec *x = a, *y = b; return x->id < y->id ? -1 : x->id > y->id; }
static int by_prio(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->prio != y->prio) return x->prio < y->prio ? -1 : 1;
	return by_id(a, b);
}

void sort_recs(struct rec *base, u32 num, u32 by) { sort(base, num, sizeof(*base), by ? by_prio : by_id, generic_swap); }

static noinline const void *bsearch(const void *key, const void *base, u32 num, u32 size, cmp_t cmp)
{
	u32 lo = 0, hi = num;
	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;
		const void *p = (const char *)base + mid * size;
		int r = cmp(key, p);
		if (!r) return p;
		if (r < 0) hi = mid; else lo = mid + 1;
	}
	return NULL;
}

u32 find_rec(const struct rec *base, u32 num, u32 id)
{
	struct rec key;
	memset(&key, 0, sizeof(key));
	key.id = id;
	const struct rec *r = bsearch(&key, base, num, sizeof(key), by_id);
	return r ? (u32)(r - base) << 16 | r->prio : 0xffffffffu;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct rec *recs = rt_alloc(800 * sizeof(struct rec), 4);
	for (u32 k = 0; k < 10; k++) {
		u32 n = 1 + rnd_below(800);
		for (u32 i = 0; i < n; i++) { recs[i].id = rnd_below(100000); recs[i].prio = (u16)rnd_below(50); recs[i].name[0] = (u8)i; }
		MV(sort_recs, recs, n, 1);
		u32 h = 0;
		for (u32 i = 0; i < n; i++) { if (i) CHECK(recs[i - 1].prio <= recs[i].prio); h = h * 31 + recs[i].id; }
		out_kv("prio", h);
		MV(sort_recs, recs, n, 0);
		for (u32 i = 1; i < n; i++) CHECK(recs[i - 1].id <= recs[i].id);
		for (u32 q = 0; q < 20; q++) out_kv("find", M(find_rec, recs, n, q & 1 ? recs[rnd_below(n)].id : rnd_below(100000)));
	}
	return 0;
}
#endif
