/*
 * phy_fsm.c — an e1000-style link state machine: PHY registers read through out-parameters,
 * per-state handlers in a const table of function pointers, a watchdog pass that fills a local
 * link report and hands it to a notifier callback, and autonegotiation with retries.
 */
#include "klib.h"

struct adapter { u16 phy[32]; u32 state, link, speed, retries, notified, events; };
struct report { u32 up, speed, duplex, changes; };

u32 watchdog(struct adapter *a, u32 ticks, u32 seed);

#ifdef SVM_MODULE

enum { S_DOWN, S_AN_START, S_AN_WAIT, S_UP, S_ERR, S_N };

static noinline s32 phy_read(struct adapter *a, u32 reg, u16 *val) { if (reg >= 32) return -5; *val = a->phy[reg]; return 0; }
static noinline s32 phy_write(struct adapter *a, u32 reg, u16 val) { if (reg >= 32) return -5; a->phy[reg] = val; return 0; }

static u32 st_down(struct adapter *a, u32 seed) { u16 s; phy_read(a, 1, &s); return (s & 4) || (seed & 1) ? S_AN_START : S_DOWN; }
static u32 st_an_start(struct adapter *a, u32 seed) { u16 c; phy_read(a, 0, &c); phy_write(a, 0, c | 0x1200); a->retries = seed & 3; return S_AN_WAIT; }
static u32 st_an_wait(struct adapter *a, u32 seed)
{
	u16 s, lpa;
	phy_read(a, 1, &s);
	phy_read(a, 5, &lpa);
	if (seed % 5 == 0) { a->phy[1] |= 0x20; }
	if (s & 0x20) { a->speed = lpa & 0x100 ? 1000 : lpa & 0x80 ? 100 : 10; return S_UP; }
	return a->retries-- ? S_AN_WAIT : S_ERR;
}
static u32 st_up(struct adapter *a, u32 seed) { if ((seed & 15) == 3) { a->phy[1] &= (u16)~0x24; return S_DOWN; } return S_UP; }
static u32 st_err(struct adapter *a, u32 seed) { (void)seed; a->phy[1] = 0; return S_DOWN; }

static u32 (*const handlers[S_N])(struct adapter *, u32) = { st_down, st_an_start, st_an_wait, st_up, st_err };

static noinline void notify(struct adapter *a, const struct report *r) { a->notified++; a->events = a->events * 7 + r->up + r->speed + r->duplex * 3 + r->changes; }

u32 watchdog(struct adapter *a, u32 ticks, u32 seed)
{
	struct report rep;
	memset(&rep, 0, sizeof(rep));
	for (u32 t = 0; t < ticks; t++) {
		u32 old = a->state;
		a->state = handlers[a->state % S_N](a, seed + t);
		if (old != a->state) rep.changes++;
	}
	u16 ctrl;
	phy_read(a, 0, &ctrl);
	rep.up = a->state == S_UP;
	rep.speed = a->speed;
	rep.duplex = (ctrl >> 8) & 1;
	notify(a, &rep);
	return rep.changes << 16 | a->state << 8 | rep.up;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct adapter *a = rt_alloc(sizeof(*a), 4);
	for (u32 i = 0; i < 32; i++) a->phy[i] = (u16)rnd();
	for (u32 k = 0; k < 200; k++) out_kv("wd", M(watchdog, a, rnd_below(20), rnd()));
	out_kv("events", a->events);
	return 0;
}
#endif
