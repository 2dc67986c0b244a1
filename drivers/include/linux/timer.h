/*
 * Mini kernel API (twindrivers): kernel timers and deferred work.
 * Owns struct timer_list (2.6.18 layout), struct work_struct (2.6.18 layout:
 * func/data pair) and the routines that arm, cancel and queue them.
 * Callbacks are driver code called by the kernel model with -mregparm=3:
 * timer function(data) gets data in %eax; work func(data) likewise.
 */
#ifndef _MINI_LINUX_TIMER_H
#define _MINI_LINUX_TIMER_H

#include <linux/types.h>

struct timer_list {
	struct list_head entry; /* entry.next != NULL while pending */
	unsigned long expires;  /* jiffies value at which function runs */
	void (*function)(unsigned long data);
	unsigned long data;
	void *base;
};

/* Makes the timer inactive; function/data/expires are the caller's to set. */
void init_timer(struct timer_list *timer);
/*
 * (Re)arms the timer so function(data) runs once, in softirq context, when
 * jiffies >= expires.  Returns 1 if it was pending before, else 0.
 */
int mod_timer(struct timer_list *timer, unsigned long expires);
/* Deactivates the timer and waits for a running callback; 1 if was pending. */
int del_timer_sync(struct timer_list *timer);

struct work_struct {
	unsigned long pending; /* bit 0 set while queued */
	struct list_head entry;
	void (*func)(void *data);
	void *data;
	void *wq_data;
	struct timer_list timer;
};

#define INIT_WORK(work, fn, arg)                        \
	do {                                            \
		(work)->pending = 0;                    \
		(work)->entry.next = &(work)->entry;    \
		(work)->entry.prev = &(work)->entry;    \
		(work)->func = (fn);                    \
		(work)->data = (arg);                   \
		init_timer(&(work)->timer);             \
	} while (0)

/* Queues work->func(work->data) for process context; 1 if newly queued. */
int schedule_work(struct work_struct *work);
/* Waits until every queued work item has run. */
void flush_scheduled_work(void);

#endif /* _MINI_LINUX_TIMER_H */
