/*
 * cases/lists.c — pointer chasing: kernel-style doubly linked lists (list_head, container_of),
 * singly linked lists reversed in place, chained hash tables and a binary search tree, plus
 * module globals and a static local. Every node lives in the dom0 region (heap arena or module
 * .bss), so each load and store of the module goes through the stlb; the main checks results
 * against its own arrays and prints them (compared between original and rewritten builds).
 */
#include "svm_native.h"

struct list_head { struct list_head *next, *prev; };
struct item {
	u32 key;
	u16 flags;
	u8 kind;
	u8 seq;
	struct list_head link;
	struct item *hnext;
	u64 bytes;
};
struct snode { struct snode *next; u32 val; };
struct tnode { struct tnode *l, *r; u32 key, val; };

#define container_of(p, type, member) ((type *)((char *)(p) - __builtin_offsetof(type, member)))

extern struct list_head g_list;
extern u32 g_ops;

void list_init(struct list_head *h);
void list_add_tail(struct list_head *n, struct list_head *h);
void list_add_head(struct list_head *n, struct list_head *h);
void list_del(struct list_head *e);
u32 list_sum(struct list_head *h, u64 *bytes);
u32 list_count_kind(struct list_head *h, u8 kind);
void list_bump(struct list_head *h, u16 mask);
struct item *hash_find(struct item **tab, u32 nb, u32 key);
void hash_insert(struct item **tab, u32 nb, struct item *it);
int hash_remove(struct item **tab, u32 nb, u32 key);
u32 slist_reverse(struct snode **headp);
void bst_insert(struct tnode **root, struct tnode *n);
u32 bst_lookup(const struct tnode *root, u32 key);
u32 bst_sum_depth(const struct tnode *t, u32 depth);
u32 calls_so_far(void);

#ifdef SVM_MODULE

struct list_head g_list;
u32 g_ops;

void list_init(struct list_head *h) { h->next = h->prev = h; }

static void __list_add(struct list_head *n, struct list_head *prev, struct list_head *next)
{
	next->prev = n;
	n->next = next;
	n->prev = prev;
	prev->next = n;
}

void list_add_tail(struct list_head *n, struct list_head *h) { __list_add(n, h->prev, h); g_ops++; }
void list_add_head(struct list_head *n, struct list_head *h) { __list_add(n, h, h->next); g_ops++; }

void list_del(struct list_head *e)
{
	e->next->prev = e->prev;
	e->prev->next = e->next;
	e->next = (struct list_head *)0x00100100;   /* LIST_POISON-like values: never dereferenced */
	e->prev = (struct list_head *)0x00200200;
	g_ops++;
}

u32 list_sum(struct list_head *h, u64 *bytes)
{
	u32 s = 0;
	u64 b = 0;
	for (struct list_head *p = h->next; p != h; p = p->next) {
		struct item *it = container_of(p, struct item, link);
		s = s * 31 + it->key + it->flags + it->kind;
		b += it->bytes;
	}
	*bytes = b;
	return s;
}

u32 list_count_kind(struct list_head *h, u8 kind)
{
	u32 n = 0;
	for (struct list_head *p = h->prev; p != h; p = p->prev)
		n += container_of(p, struct item, link)->kind == kind;
	return n;
}

void list_bump(struct list_head *h, u16 mask)
{
	for (struct list_head *p = h->next; p != h; p = p->next) {
		struct item *it = container_of(p, struct item, link);
		it->flags ^= mask;
		it->seq++;
		it->bytes += it->key;
	}
}

struct item *hash_find(struct item **tab, u32 nb, u32 key)
{
	struct item *it = tab[(key * 2654435761u) % nb];
	while (it && it->key != key) it = it->hnext;
	return it;
}

void hash_insert(struct item **tab, u32 nb, struct item *it)
{
	struct item **b = &tab[(it->key * 2654435761u) % nb];
	it->hnext = *b;
	*b = it;
}

int hash_remove(struct item **tab, u32 nb, u32 key)
{
	for (struct item **pp = &tab[(key * 2654435761u) % nb]; *pp; pp = &(*pp)->hnext) {
		if ((*pp)->key == key) {
			*pp = (*pp)->hnext;
			return 1;
		}
	}
	return 0;
}

u32 slist_reverse(struct snode **headp)
{
	struct snode *prev = NULL, *cur = *headp;
	u32 h = 0;
	while (cur) {
		struct snode *next = cur->next;
		h = (h << 5) + h + cur->val;
		cur->next = prev;
		prev = cur;
		cur = next;
	}
	*headp = prev;
	return h;
}

void bst_insert(struct tnode **root, struct tnode *n)
{
	while (*root) root = n->key < (*root)->key ? &(*root)->l : &(*root)->r;
	n->l = n->r = NULL;
	*root = n;
}

u32 bst_lookup(const struct tnode *root, u32 key)
{
	while (root) {
		if (key == root->key) return root->val;
		root = key < root->key ? root->l : root->r;
	}
	return 0xffffffffu;
}

u32 bst_sum_depth(const struct tnode *t, u32 depth)
{
	if (!t) return 0;
	return t->val * depth + bst_sum_depth(t->l, depth + 1) + bst_sum_depth(t->r, depth + 1);
}

u32 calls_so_far(void)
{
	static u32 calls;   /* a static local: module .bss */
	return ++calls + g_ops;
}

#else /* test main */

#define NITEMS 600
#define NBUCKETS 61

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct item *items = rt_alloc(sizeof(struct item) * NITEMS, 8);
	u32 present[NITEMS];

	MV(list_init, &g_list);
	for (u32 i = 0; i < NITEMS; i++) {
		items[i].key = rnd();
		items[i].flags = (u16)rnd();
		items[i].kind = (u8)(rnd() & 7);
		items[i].seq = 0;
		items[i].bytes = ((u64)rnd() << 20) | rnd_below(4096);
		if (i & 1) MV(list_add_tail, &items[i].link, &g_list);
		else MV(list_add_head, &items[i].link, &g_list);
		present[i] = 1;
	}
	/* Remove a random third, then check the sum against the list order the main expects. */
	for (u32 k = 0; k < NITEMS / 3; k++) {
		u32 i = rnd_below(NITEMS);
		if (!present[i]) continue;
		MV(list_del, &items[i].link);
		present[i] = 0;
		CHECK_EQ((u32)items[i].link.next, 0x00100100);
	}
	u64 *bytesp = rt_alloc(sizeof(u64), 8);   /* module pointers must point into the region */
	u32 s = M(list_sum, &g_list, bytesp);
	u64 bytes = *bytesp;
	/* Reference walk in the main (untranslated, view A): same order by construction. */
	u32 rs = 0;
	u64 rb = 0;
	for (struct list_head *p = g_list.next; p != &g_list; p = p->next) {
		struct item *it = container_of(p, struct item, link);
		rs = rs * 31 + it->key + it->flags + it->kind;
		rb += it->bytes;
	}
	CHECK_EQ(s, rs);
	CHECK(bytes == rb);
	out_kv("list_sum", s);
	out_hex64(bytes);
	out_nl();
	for (u8 kind = 0; kind < 8; kind++) {
		u32 n = M(list_count_kind, &g_list, kind), r = 0;
		for (u32 i = 0; i < NITEMS; i++) r += present[i] && items[i].kind == kind;
		CHECK_EQ(n, r);
		out_kv("kind", n);
	}
	MV(list_bump, &g_list, 0x5a5a);
	MV(list_bump, &g_list, 0x0ff0);
	for (u32 i = 0; i < NITEMS; i += 7) {
		CHECK_EQ(items[i].seq, present[i] ? 2 : 0);
		out_kv("item", items[i].flags ^ ((u32)items[i].seq << 16) ^ (u32)items[i].bytes);
	}

	/* Hash table with chains. */
	struct item **tab = rt_alloc(sizeof(struct item *) * NBUCKETS, 4);
	for (u32 b = 0; b < NBUCKETS; b++) tab[b] = NULL;
	for (u32 i = 0; i < NITEMS; i++) MV(hash_insert, tab, NBUCKETS, &items[i]);
	for (u32 k = 0; k < 200; k++) {
		u32 i = rnd_below(NITEMS);
		struct item *f = M(hash_find, tab, NBUCKETS, items[i].key);
		CHECK(f == &items[i]);
	}
	u32 removed = 0;
	for (u32 i = 0; i < NITEMS; i += 3) removed += M(hash_remove, tab, NBUCKETS, items[i].key);
	CHECK_EQ(removed, NITEMS / 3);
	for (u32 i = 0; i < NITEMS; i++) {
		struct item *f = M(hash_find, tab, NBUCKETS, items[i].key);
		CHECK(f == (i % 3 ? &items[i] : NULL));
	}
	CHECK(M(hash_find, tab, NBUCKETS, 0x12345) == NULL);
	out_kv("removed", removed);

	/* Singly linked list, reversed twice. */
	struct snode *sn = rt_alloc(sizeof(struct snode) * 1000, 4);
	for (u32 i = 0; i < 1000; i++) { sn[i].val = rnd(); sn[i].next = i + 1 < 1000 ? &sn[i + 1] : NULL; }
	struct snode **head = rt_alloc(sizeof(*head), 4);
	*head = &sn[0];
	u32 h1 = M(slist_reverse, head);
	CHECK(*head == &sn[999] && sn[0].next == NULL && sn[500].next == &sn[499]);
	u32 h2 = M(slist_reverse, head);
	CHECK(*head == &sn[0] && sn[999].next == NULL);
	out_kv("rev1", h1);
	out_kv("rev2", h2);

	/* Binary search tree. */
	struct tnode *tn = rt_alloc(sizeof(struct tnode) * 700, 4);
	struct tnode **root = rt_alloc(sizeof(*root), 4);
	*root = NULL;
	for (u32 i = 0; i < 700; i++) {
		tn[i].key = rnd_below(1u << 20) * 2;   /* even keys: odd lookups always miss */
		tn[i].val = i;
		MV(bst_insert, root, &tn[i]);
	}
	for (u32 k = 0; k < 300; k++) {
		u32 i = rnd_below(700);
		u32 v = M(bst_lookup, *root, tn[i].key);
		CHECK(tn[v].key == tn[i].key);
		CHECK_EQ(M(bst_lookup, *root, tn[i].key | 1), 0xffffffffu);
	}
	out_kv("depthsum", M(bst_sum_depth, *root, 1));
	out_kv("calls", M0(calls_so_far));
	out_kv("calls", M0(calls_so_far));
	out_kv("ops", g_ops);
	return 0;
}
#endif
