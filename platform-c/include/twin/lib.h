/*
 * twindrivers platform C: the few library routines every place uses.
 * Owns copy() and fill(): string-instruction moves like the i386 kernel's memcpy/memset (so an
 * emulated `rep movsl` is one instruction), and the count of bytes a place copies, which the cost
 * model charges per byte (a `rep movs` is one counted instruction whatever its length).
 * Invariant: DF is clear on entry (kernel ABI); regions do not overlap.
 */
#ifndef _TWIN_LIB_H
#define _TWIN_LIB_H

#include <twin/abi.h>
#include <asm/string.h>

/* Defined once per place (its core file); read by the host by symbol. */
extern struct place_stats place_stats;

static __always_inline void *copy(void *dst, const void *src, u32 n)
{
	place_stats.copy_bytes += n;
	place_stats.copies++;
	return memcpy(dst, src, n);
}

static __always_inline void fill(void *dst, int c, u32 n)
{
	memset(dst, c, n);
}

#define min_t(t, a, b) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif /* _TWIN_LIB_H */
