/*
 * timers.c — a timer wheel with jiffies arithmetic (time_after across wraparound), timers armed
 * with mod_timer semantics, expiry callbacks through function pointers that receive the timer's
 * data, and a run that collects expired timers onto a local list first.
 */
#include "klib.h"

struct timer { struct list_head entry; u32 expires, data, fired; void (*fn)(struct timer *); };
struct wheel { struct list_head slot[64]; u32 jiffies, fired; };

void wheel_init(struct wheel *w, u32 start);
void mod_timer(struct wheel *w, struct timer *t, u32 expires);
u32 run_timers(struct wheel *w, u32 ticks);

#ifdef SVM_MODULE

void wheel_init(struct wheel *w, u32 start)
{
	for (u32 i = 0; i < 64; i++) INIT_LIST_HEAD(&w->slot[i]);
	w->jiffies = start;
}

void mod_timer(struct wheel *w, struct timer *t, u32 expires)
{
	if (t->entry.next) list_del(&t->entry);
	t->expires = expires;
	list_add_tail(&t->entry, &w->slot[expires & 63]);
}

static void fire_a(struct timer *t) { t->fired++; t->data = t->data * 3 + 1; }
static void fire_b(struct timer *t) { t->fired += 2; t->data ^= t->expires; }

u32 run_timers(struct wheel *w, u32 ticks)
{
	u32 h = 0;
	while (ticks--) {
		LIST_HEAD(expired);
		struct list_head *pos, *n;
		w->jiffies++;
		list_for_each_safe(pos, n, &w->slot[w->jiffies & 63]) {
			struct timer *t = list_entry(pos, struct timer, entry);
			if (!time_after(t->expires, w->jiffies)) { list_del(pos); list_add_tail(pos, &expired); }
		}
		list_for_each_safe(pos, n, &expired) {
			struct timer *t = list_entry(pos, struct timer, entry);
			list_del(pos);
			if (!t->fn) t->fn = (t->data & 1) ? fire_a : fire_b;
			t->fn(t);
			w->fired++;
			h = h * 31 + t->data;
		}
	}
	return h;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct wheel *w = rt_alloc(sizeof(*w), 4);
	struct timer *t = rt_alloc(200 * sizeof(struct timer), 4);
	MV(wheel_init, w, 0xfffff000u);   /* wraps during the run */
	for (u32 k = 0; k < 100; k++) {
		for (u32 j = rnd_below(8); j; j--) { struct timer *x = &t[rnd_below(200)]; x->data = rnd(); MV(mod_timer, w, x, w->jiffies + 1 + rnd_below(200)); }
		out_kv("run", M(run_timers, w, rnd_below(100)));
	}
	out_kv("fired", w->fired);
	return 0;
}
#endif
