/*
 * atomics.c — atomic_t and refcounts as drivers use them: lock xadd, lock decl + sete, cmpxchg
 * loops (an atomic max, a lock-free stack push/pop with a pointer to the head), xchg, and a
 * refcount released through a pointer to a local "last reference" flag.
 */
#include "klib.h"

struct node { struct node *next; u32 v; };
struct shared { atomic_t count; u32 max; volatile u32 head; atomic_t refs; u32 freed; };

u32 atomic_work(struct shared *s, const u32 *vals, u32 n);
u32 stack_ops(struct shared *s, struct node *pool, u32 n);
u32 put_refs(struct shared *s, u32 n);

#ifdef SVM_MODULE

static noinline void atomic_max(volatile u32 *p, u32 v)
{
	u32 old = *p;
	while (old < v) {
		u32 prev = cmpxchg32(p, old, v);
		if (prev == old) break;
		old = prev;
	}
}

u32 atomic_work(struct shared *s, const u32 *vals, u32 n)
{
	u32 r = 0;
	for (u32 i = 0; i < n; i++) {
		r += (u32)atomic_add_return((int)(vals[i] & 0xff), &s->count);
		atomic_max(&s->max, vals[i]);
		atomic_add(1, &s->count);
	}
	return r ^ s->max;
}

static noinline void push_node(volatile u32 *head, struct node *n)
{
	u32 old;
	do { old = *head; n->next = (struct node *)old; } while (cmpxchg32(head, old, (u32)n) != old);
}

static noinline struct node *pop_node(volatile u32 *head)
{
	u32 old;
	do { old = *head; if (!old) return NULL; } while (cmpxchg32(head, old, (u32)((struct node *)old)->next) != old);
	return (struct node *)old;
}

u32 stack_ops(struct shared *s, struct node *pool, u32 n)
{
	u32 h = 0;
	for (u32 i = 0; i < n; i++) { pool[i].v = i * 7; push_node(&s->head, &pool[i]); }
	for (struct node *x; (x = pop_node(&s->head)) != NULL;) h = h * 31 + x->v;
	return h ^ xchg32(&s->head, 0);
}

static noinline void put_ref(struct shared *s, u32 *last)
{
	if (atomic_dec_and_test(&s->refs)) { *last = 1; s->freed++; }
}

u32 put_refs(struct shared *s, u32 n)
{
	u32 last = 0, r = 0;
	for (u32 i = 0; i < n; i++) { put_ref(s, &last); r = r * 2 + last; last = 0; }
	return r;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct shared *s = rt_alloc(sizeof(*s), 4);
	struct node *pool = rt_alloc(512 * sizeof(struct node), 4);
	u32 *vals = rt_alloc(4 * 256, 4);
	for (u32 i = 0; i < 256; i++) vals[i] = rnd();
	for (u32 k = 0; k < 40; k++) {
		out_kv("work", M(atomic_work, s, vals + rnd_below(128), rnd_below(128)));
		out_kv("stack", M(stack_ops, s, pool, rnd_below(512)));
		s->refs.counter = (int)rnd_below(20);
		out_kv("refs", M(put_refs, s, 25));
	}
	out_kv("freed", s->freed);
	return 0;
}
#endif
