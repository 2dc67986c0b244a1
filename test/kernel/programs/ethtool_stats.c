/*
 * ethtool_stats.c — the ethtool paths of a NIC driver: get_strings copying fixed names into a
 * caller's buffer, get_ethtool_stats filling a u64 array from a table of (offset, size) pairs read
 * off the adapter, a local copy of the counters taken under a lock, and get_regs dumping
 * registers into a local then out.
 */
#include "klib.h"

struct adapter { spinlock_t lock; u32 rx_packets, tx_packets, rx_bytes_lo, rx_bytes_hi, errors; u16 small; u8 flag; u32 regs[24]; };
#define NSTATS 7

void get_strings(char *data);
void get_stats(struct adapter *a, u64 *data);
u32 get_regs(struct adapter *a, u32 *out, u32 seed);

#ifdef SVM_MODULE

struct stat_desc { char name[16]; u32 size, offset; };
#define STAT(n, m) { n, sizeof(((struct adapter *)0)->m), offsetof(struct adapter, m) }
static const struct stat_desc stats[NSTATS] = {
	STAT("rx_packets", rx_packets), STAT("tx_packets", tx_packets), STAT("rx_bytes_lo", rx_bytes_lo),
	STAT("rx_bytes_hi", rx_bytes_hi), STAT("errors", errors), STAT("small", small), STAT("flag", flag),
};

void get_strings(char *data)
{
	for (u32 i = 0; i < NSTATS; i++) memcpy(data + i * 16, stats[i].name, 16);
}

static noinline void snapshot(struct adapter *a, struct adapter *copy)
{
	u32 flags;
	spin_lock_irqsave(&a->lock, flags);
	*copy = *a;
	spin_unlock_irqrestore(&a->lock, flags);
}

void get_stats(struct adapter *a, u64 *data)
{
	struct adapter copy;
	snapshot(a, &copy);
	for (u32 i = 0; i < NSTATS; i++) {
		const char *p = (const char *)&copy + stats[i].offset;
		data[i] = stats[i].size == 4 ? *(const u32 *)p : stats[i].size == 2 ? *(const u16 *)p : *(const u8 *)p;
	}
	data[2] |= (u64)copy.rx_bytes_hi << 32;
}

u32 get_regs(struct adapter *a, u32 *out, u32 seed)
{
	u32 local[24];
	for (u32 i = 0; i < 24; i++) local[i] = a->regs[(i + seed) % 24] ^ i;
	memcpy(out, local, sizeof(local));
	return local[seed % 24];
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct adapter *a = rt_alloc(sizeof(*a), 4);
	char *names = rt_alloc(16 * NSTATS, 1);
	u64 *data = rt_alloc(8 * NSTATS, 8);
	u32 *regs = rt_alloc(4 * 24, 4);
	a->lock.slock = 1;
	for (u32 i = 0; i < 24; i++) a->regs[i] = rnd();
	MV(get_strings, names);
	for (u32 i = 0; i < NSTATS; i++) { out_str(names + 16 * i); out_nl(); }
	for (u32 k = 0; k < 60; k++) {
		a->rx_packets += rnd_below(100); a->tx_packets += rnd_below(100); a->rx_bytes_lo += rnd(); a->rx_bytes_hi = k;
		a->small = (u16)rnd(); a->flag = (u8)rnd();
		MV(get_stats, a, data);
		for (u32 i = 0; i < NSTATS; i++) { out_hex64(data[i]); out_nl(); }
		out_kv("regs", M(get_regs, a, regs, rnd()));
		out_kv("r0", regs[0]);
	}
	return 0;
}
#endif
