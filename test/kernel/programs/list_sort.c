/*
 * list_sort.c — lib/list_sort.c's merge sort on a list_head list: the pending lists linked
 * through ->prev, `struct list_head *head, **tail = &head` (a pointer to a local's address handed
 * around), a comparison callback through a function pointer, and the final re-linking.
 */
#include "klib.h"

struct item { u32 key, seq; struct list_head node; };
typedef int (*cmp_func)(void *priv, const struct list_head *a, const struct list_head *b);

u32 sort_items(struct list_head *head, u32 order);
void build(struct list_head *head, struct item *items, u32 n);

#ifdef SVM_MODULE

static struct list_head *merge(void *priv, cmp_func cmp, struct list_head *a, struct list_head *b)
{
	struct list_head *head, **tail = &head;
	for (;;) {
		if (cmp(priv, a, b) <= 0) {
			*tail = a;
			tail = &a->next;
			a = a->next;
			if (!a) { *tail = b; break; }
		} else {
			*tail = b;
			tail = &b->next;
			b = b->next;
			if (!b) { *tail = a; break; }
		}
	}
	return head;
}

static void merge_final(void *priv, cmp_func cmp, struct list_head *head, struct list_head *a, struct list_head *b)
{
	struct list_head *tail = head;
	for (;;) {
		if (cmp(priv, a, b) <= 0) {
			tail->next = a; a->prev = tail; tail = a; a = a->next;
			if (!a) break;
		} else {
			tail->next = b; b->prev = tail; tail = b; b = b->next;
			if (!b) { b = a; break; }
		}
	}
	do { tail->next = b; b->prev = tail; tail = b; b = b->next; } while (b);
	tail->next = head;
	head->prev = tail;
}

static noinline void list_sort(void *priv, struct list_head *head, cmp_func cmp)
{
	struct list_head *list = head->next, *pending = NULL;
	u32 count = 0;
	if (list == head->prev) return;
	head->prev->next = NULL;
	do {
		u32 bits;
		struct list_head **tail = &pending;
		for (bits = count; bits & 1; bits >>= 1) tail = &(*tail)->prev;
		if (likely(bits)) {
			struct list_head *a = *tail, *b = a->prev;
			a = merge(priv, cmp, b, a);
			a->prev = b->prev;
			*tail = a;
		}
		list->prev = pending;
		pending = list;
		list = list->next;
		pending->next = NULL;
		count++;
	} while (list);
	list = pending;
	pending = pending->prev;
	for (;;) {
		struct list_head *next = pending->prev;
		if (!next) break;
		list = merge(priv, cmp, pending, list);
		pending = next;
	}
	merge_final(priv, cmp, head, pending, list);
}

static int by_key(void *priv, const struct list_head *a, const struct list_head *b)
{
	const struct item *x = list_entry(a, struct item, node), *y = list_entry(b, struct item, node);
	u32 *calls = priv;
	(*calls)++;
	return x->key < y->key ? -1 : x->key > y->key;
}

static int by_key_desc(void *priv, const struct list_head *a, const struct list_head *b) { return by_key(priv, b, a); }

u32 sort_items(struct list_head *head, u32 order)
{
	u32 calls = 0;
	list_sort(&calls, head, order ? by_key_desc : by_key);
	return calls;
}

void build(struct list_head *head, struct item *items, u32 n)
{
	INIT_LIST_HEAD(head);
	for (u32 i = 0; i < n; i++) list_add_tail(&items[i].node, head);
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct list_head *head = rt_alloc(sizeof(*head), 4);
	struct item *items = rt_alloc(600 * sizeof(struct item), 4);
	for (u32 k = 0; k < 12; k++) {
		u32 n = 1 + rnd_below(600);
		for (u32 i = 0; i < n; i++) { items[i].key = rnd_below(1000); items[i].seq = i; }
		MV(build, head, items, n);
		out_kv("calls", M(sort_items, head, k & 1));
		u32 h = 0, cnt = 0, prev = k & 1 ? 0xffffffffu : 0;
		for (struct list_head *p = head->next; p != head; p = p->next, cnt++) {
			struct item *it = (struct item *)((char *)p - __builtin_offsetof(struct item, node));
			CHECK(k & 1 ? it->key <= prev : it->key >= prev);
			prev = it->key;
			h = h * 31 + it->key * 1000 + it->seq;
		}
		CHECK_EQ(cnt, n);
		out_kv("order", h);
	}
	return 0;
}
#endif
