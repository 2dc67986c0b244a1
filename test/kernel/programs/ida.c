/*
 * ida.c — an ID allocator on a bitmap (lib/idr.c's ida in miniature): find_next_zero_bit, set
 * under a spinlock with irqsave, the new ID returned through an out-parameter, release, and a
 * range allocation whose cursor lives in the caller's frame.
 */
#include "klib.h"

#define IDS 512
struct ida { spinlock_t lock; u32 bits[IDS / 32]; u32 hint, allocs; };

s32 ida_get(struct ida *ida, u32 min, u32 *out);
void ida_put(struct ida *ida, u32 id);
u32 ida_range(struct ida *ida, u32 n);

#ifdef SVM_MODULE

static noinline u32 find_zero(const u32 *map, u32 size, u32 off)
{
	for (; off < size; off++) if (!test_bit(off, map)) return off;
	return size;
}

s32 ida_get(struct ida *ida, u32 min, u32 *out)
{
	u32 flags, id;
	spin_lock_irqsave(&ida->lock, flags);
	id = find_zero(ida->bits, IDS, max(min, ida->hint));
	if (id == IDS) id = find_zero(ida->bits, IDS, min);
	if (id < IDS) { set_bit(id, ida->bits); ida->hint = id + 1; ida->allocs++; }
	spin_unlock_irqrestore(&ida->lock, flags);
	if (id >= IDS) return -28;
	*out = id;
	return 0;
}

void ida_put(struct ida *ida, u32 id)
{
	u32 flags;
	spin_lock_irqsave(&ida->lock, flags);
	if (id < IDS) clear_bit(id, ida->bits);
	if (id < ida->hint) ida->hint = id;
	spin_unlock_irqrestore(&ida->lock, flags);
}

u32 ida_range(struct ida *ida, u32 n)
{
	u32 got[16], cursor = 0, h = 0;
	for (u32 i = 0; i < n && i < 16; i++) {
		if (ida_get(ida, cursor, &got[i]) < 0) { got[i] = 0xffff; continue; }
		cursor = got[i] + 1;
		h = h * 31 + got[i];
	}
	for (u32 i = 0; i < n && i < 16; i += 2) if (got[i] != 0xffff) ida_put(ida, got[i]);
	return h;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct ida *ida = rt_alloc(sizeof(*ida), 4);
	u32 *out = rt_alloc(4, 4);
	ida->lock.slock = 1;
	for (u32 k = 0; k < 300; k++) {
		u32 op = rnd_below(3);
		if (op == 0) { s32 r = M(ida_get, ida, rnd_below(IDS), out); out_kv("get", r ? (u32)r : *out); }
		else if (op == 1) MV(ida_put, ida, rnd_below(IDS));
		else out_kv("range", M(ida_range, ida, rnd_below(16)));
	}
	out_kv("allocs", ida->allocs);
	return 0;
}
#endif
