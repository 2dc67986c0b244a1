/*
 * minheap.c — include/linux/min_heap.h: a binary min-heap of records with less/swap callbacks
 * (function pointers in a callbacks struct passed by pointer), heapify, push, pop into an
 * out-parameter, and a k-way merge that keeps its cursors in a local array.
 */
#include "klib.h"

struct ent { u32 key, src; };
struct heap { struct ent *data; u32 nr, size; };
struct heap_cb { bool (*less)(const void *, const void *); void (*swp)(void *, void *); };

u32 kmerge(const u32 *lists, u32 k, u32 per, struct ent *storage, u32 *out);

#ifdef SVM_MODULE

static bool ent_less(const void *a, const void *b) { return ((const struct ent *)a)->key < ((const struct ent *)b)->key; }
static void ent_swap(void *a, void *b) { struct ent t = *(struct ent *)a; *(struct ent *)a = *(struct ent *)b; *(struct ent *)b = t; }

static noinline void sift_down(struct heap *h, u32 pos, const struct heap_cb *cb)
{
	for (;;) {
		u32 l = pos * 2 + 1, r = l + 1, m = pos;
		if (l < h->nr && cb->less(&h->data[l], &h->data[m])) m = l;
		if (r < h->nr && cb->less(&h->data[r], &h->data[m])) m = r;
		if (m == pos) return;
		cb->swp(&h->data[pos], &h->data[m]);
		pos = m;
	}
}

static noinline void heap_push(struct heap *h, const struct ent *e, const struct heap_cb *cb)
{
	u32 pos = h->nr++;
	h->data[pos] = *e;
	while (pos && cb->less(&h->data[pos], &h->data[(pos - 1) / 2])) { cb->swp(&h->data[pos], &h->data[(pos - 1) / 2]); pos = (pos - 1) / 2; }
}

static noinline bool heap_pop(struct heap *h, struct ent *out, const struct heap_cb *cb)
{
	if (!h->nr) return false;
	*out = h->data[0];
	h->data[0] = h->data[--h->nr];
	sift_down(h, 0, cb);
	return true;
}

u32 kmerge(const u32 *lists, u32 k, u32 per, struct ent *storage, u32 *out)
{
	const struct heap_cb cb = { ent_less, ent_swap };
	struct heap h = { storage, 0, k };
	u32 cursor[16], n = 0;
	struct ent e;
	for (u32 i = 0; i < k && i < 16; i++) { cursor[i] = 1; e.key = lists[i * per]; e.src = i; heap_push(&h, &e, &cb); }
	while (heap_pop(&h, &e, &cb)) {
		out[n++] = e.key;
		if (cursor[e.src] < per) { struct ent nx = { lists[e.src * per + cursor[e.src]++], e.src }; heap_push(&h, &nx, &cb); }
	}
	return n;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u32 *lists = rt_alloc(16 * 64 * 4, 4), *out = rt_alloc(16 * 64 * 4, 4);
	struct ent *st = rt_alloc(16 * sizeof(struct ent), 4);
	for (u32 t = 0; t < 10; t++) {
		u32 k = 1 + rnd_below(16), per = 1 + rnd_below(64);
		for (u32 i = 0; i < k; i++) { u32 v = rnd_below(100); for (u32 j = 0; j < per; j++) { v += rnd_below(50); lists[i * per + j] = v; } }
		u32 n = M(kmerge, lists, k, per, st, out);
		CHECK_EQ(n, k * per);
		u32 h = 0;
		for (u32 i = 0; i < n; i++) { if (i) CHECK(out[i - 1] <= out[i]); h = h * 31 + out[i]; }
		out_kv("merge", h);
	}
	return 0;
}
#endif
