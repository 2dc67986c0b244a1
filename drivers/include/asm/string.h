/*
 * Mini kernel API (twindrivers): i386 string primitives.
 * Owns memcpy/memset.  Like the i386 kernel's string_32.h they are inline
 * assembly built on string instructions, so every use shows up in the driver
 * assembly as `rep ; movsl` + `rep ; movsb` (copy) or `rep ; stosl` +
 * `rep ; stosb` (fill): the bulk moves whole dwords, the tail (n & 3) bytes.
 * Invariants: DF is clear (kernel ABI); the regions do not overlap; n may be 0
 * (a rep with %ecx == 0 does nothing).  No out-of-line memcpy/memset exists in
 * the mini kernel, so the driver must never make gcc emit a library call
 * (no huge struct copies or initialisers).
 */
#ifndef _MINI_ASM_STRING_H
#define _MINI_ASM_STRING_H

#include <linux/types.h>
#include <linux/compiler.h>

static __always_inline void *__mini_memcpy(void *dst, const void *src, size_t n)
{
	unsigned long ecx_out, edi_out, esi_out;

	__asm__ __volatile__("rep ; movsl\n\t"
			     "movl %[len], %%ecx\n\t"
			     "andl $3, %%ecx\n\t"
			     "rep ; movsb"
			     : "=&c"(ecx_out), "=&D"(edi_out), "=&S"(esi_out)
			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
			     : "memory");
	return dst;
}

static __always_inline void *__mini_memset(void *dst, int c, size_t n)
{
	unsigned long ecx_out, edi_out;

	__asm__ __volatile__("rep ; stosl\n\t"
			     "movl %[len], %%ecx\n\t"
			     "andl $3, %%ecx\n\t"
			     "rep ; stosb"
			     : "=&c"(ecx_out), "=&D"(edi_out)
			     : "a"(0x01010101u * (u8)c), "0"(n >> 2), [len] "g"(n),
			       "1"(dst)
			     : "memory");
	return dst;
}

#define memcpy(dst, src, n) __mini_memcpy((dst), (src), (n))
#define memset(dst, c, n) __mini_memset((dst), (c), (n))

#endif /* _MINI_ASM_STRING_H */
