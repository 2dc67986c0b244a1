/*
 * list_ops.c — include/linux/list.h in a driver's life: work items queued on a list_head, moved
 * between lists with list_splice_init onto a local list head (LIST_HEAD(tmp) on the stack),
 * list_for_each_safe with deletion, container_of, and a callback run over each entry.
 */
#include "klib.h"

struct work { struct list_head list; u32 id, prio, done; };
struct queue { struct list_head pending, active; u32 runs; };

void q_init(struct queue *q);
void q_add(struct queue *q, struct work *w);
u32 q_run(struct queue *q, u32 max_prio);
u32 q_count(struct queue *q);

#ifdef SVM_MODULE

void q_init(struct queue *q) { INIT_LIST_HEAD(&q->pending); INIT_LIST_HEAD(&q->active); q->runs = 0; }

void q_add(struct queue *q, struct work *w)
{
	struct list_head *pos;
	list_for_each(pos, &q->pending) if (list_entry(pos, struct work, list)->prio > w->prio) break;
	__list_add(&w->list, pos->prev, pos);
}

static noinline u32 run_one(struct work *w, u32 *budget)
{
	w->done++;
	if (*budget) (*budget)--;
	return w->id * 2654435761u;
}

u32 q_run(struct queue *q, u32 max_prio)
{
	LIST_HEAD(batch);
	struct list_head *pos, *n;
	u32 h = 0, budget = 50;
	list_splice_init(&q->pending, &batch);
	list_for_each_safe(pos, n, &batch) {
		struct work *w = list_entry(pos, struct work, list);
		list_del(pos);
		if (w->prio <= max_prio && budget) { h ^= run_one(w, &budget); list_add_tail(&w->list, &q->active); }
		else q_add(q, w);
	}
	q->runs++;
	return h;
}

u32 q_count(struct queue *q)
{
	struct list_head *pos;
	u32 a = 0, p = 0;
	list_for_each(pos, &q->active) a++;
	list_for_each(pos, &q->pending) p++;
	return a << 16 | p;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct queue *q = rt_alloc(sizeof(*q), 4);
	struct work *w = rt_alloc(2000 * sizeof(struct work), 4);
	u32 used = 0;
	MV(q_init, q);
	for (u32 k = 0; k < 60; k++) {
		for (u32 j = rnd_below(30); j && used < 2000; j--, used++) { w[used].id = used; w[used].prio = rnd_below(10); MV(q_add, q, &w[used]); }
		out_kv("run", M(q_run, q, rnd_below(10)));
		out_kv("cnt", M(q_count, q));
	}
	return 0;
}
#endif
