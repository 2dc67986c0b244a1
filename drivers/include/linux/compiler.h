/*
 * Mini kernel API (twindrivers): compiler annotations.
 * Owns likely/unlikely, barrier, noinline, the sparse-style address-space
 * markers (__iomem, __user: empty for gcc) and the section-free __init/__exit
 * (every function of the driver stays in .text so the loader needs no
 * init-section handling).
 */
#ifndef _MINI_LINUX_COMPILER_H
#define _MINI_LINUX_COMPILER_H

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define barrier() __asm__ __volatile__("" : : : "memory")

#define noinline __attribute__((noinline))
#define __always_inline inline __attribute__((always_inline))
#define __maybe_unused __attribute__((unused))
#define __used __attribute__((used))
#define __aligned(x) __attribute__((aligned(x)))
#define __packed __attribute__((packed))

#define __iomem
#define __user
#define __init
#define __exit
#define __devinit
#define __devexit
#define __devexit_p(x) (x)

/* Volatile single-copy access, as Linux's READ_ONCE/WRITE_ONCE for scalars. */
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))

#endif /* _MINI_LINUX_COMPILER_H */
