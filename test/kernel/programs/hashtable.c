/*
 * hashtable.c — include/linux/hashtable.h with hlist_head/hlist_node (pprev: a pointer to the
 * previous node's next pointer), jhash of a key built in a local, lookup/insert/delete, and a
 * bucket statistics pass into a local histogram.
 */
#include "klib.h"

struct hlist_node { struct hlist_node *next, **pprev; };
struct hlist_head { struct hlist_node *first; };
struct entry { u32 key[3]; u32 value; struct hlist_node node; };
#define HBITS 7

u32 ht_op(struct hlist_head *table, struct entry *pool, u32 *used, u32 op, u32 k0, u32 k1);
u32 ht_stats(struct hlist_head *table);

#ifdef SVM_MODULE

#define rol32(x, k) (((x) << (k)) | ((x) >> (32 - (k))))
static noinline u32 jhash_3words(const u32 *k, u32 initval)
{
	u32 a = 0xdeadbeef + 12 + initval, b = a, c = a;
	a += k[0]; b += k[1]; c += k[2];
	c ^= b; c -= rol32(b, 14);
	a ^= c; a -= rol32(c, 11);
	b ^= a; b -= rol32(a, 25);
	c ^= b; c -= rol32(b, 16);
	a ^= c; a -= rol32(c, 4);
	b ^= a; b -= rol32(a, 14);
	c ^= b; c -= rol32(b, 24);
	return c;
}

static inline void hlist_add_head(struct hlist_node *n, struct hlist_head *h)
{
	struct hlist_node *first = h->first;
	n->next = first;
	if (first) first->pprev = &n->next;
	h->first = n;
	n->pprev = &h->first;
}

static inline void hlist_del(struct hlist_node *n)
{
	struct hlist_node *next = n->next, **pprev = n->pprev;
	*pprev = next;
	if (next) next->pprev = pprev;
	n->next = NULL; n->pprev = NULL;
}

static noinline struct entry *find(struct hlist_head *table, const u32 *key)
{
	u32 b = jhash_3words(key, 0) >> (32 - HBITS);
	for (struct hlist_node *n = table[b].first; n; n = n->next) {
		struct entry *e = container_of(n, struct entry, node);
		if (!memcmp(e->key, key, sizeof(e->key))) return e;
	}
	return NULL;
}

u32 ht_op(struct hlist_head *table, struct entry *pool, u32 *used, u32 op, u32 k0, u32 k1)
{
	u32 key[3] = { k0 % 97, k1 % 89, 7 };
	struct entry *e = find(table, key);
	switch (op % 3) {
	case 0:
		if (e) { e->value++; return e->value; }
		e = &pool[(*used)++];
		memcpy(e->key, key, sizeof(key));
		e->value = 1;
		hlist_add_head(&e->node, &table[jhash_3words(key, 0) >> (32 - HBITS)]);
		return 0x10000;
	case 1:
		if (!e) return 0x20000;
		hlist_del(&e->node);
		return e->value;
	default:
		return e ? e->value | 0x30000 : 0;
	}
}

u32 ht_stats(struct hlist_head *table)
{
	u32 hist[8] = { 0 }, h = 0;
	for (u32 b = 0; b < (1u << HBITS); b++) {
		u32 n = 0;
		for (struct hlist_node *p = table[b].first; p; p = p->next) n++;
		hist[min(n, 7u)]++;
	}
	for (u32 i = 0; i < 8; i++) h = h * 33 + hist[i];
	return h;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct hlist_head *table = rt_alloc(sizeof(struct hlist_head) << HBITS, 4);
	struct entry *pool = rt_alloc(2000 * sizeof(struct entry), 4);
	u32 *used = rt_alloc(4, 4);
	for (u32 k = 0; k < 1500; k++) {
		u32 r = M(ht_op, table, pool, used, rnd(), rnd_below(40), rnd_below(40));
		if (k % 10 == 0) out_kv("op", r);
	}
	out_kv("stats", M(ht_stats, table));
	return 0;
}
#endif
