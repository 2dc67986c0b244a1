/*
 * Mini kernel API (twindrivers): core kernel services.
 * Owns printk and its KERN_* levels, errno values, HZ/jiffies and the
 * time_after family, delays (msleep, __const_udelay), sprintf/strlcpy and the
 * usual helper macros.  Every function declared here is an out-of-line
 * routine the dom0 kernel model must implement.
 * ABI: all routines use -mregparm=3 (args in %eax, %edx, %ecx, then stack),
 * except variadic ones (printk, sprintf), which take every argument on the
 * stack, as the i386 kernel does.
 */
#ifndef _MINI_LINUX_KERNEL_H
#define _MINI_LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/compiler.h>
#include <linux/errno.h>

#define KERN_EMERG "<0>"
#define KERN_ALERT "<1>"
#define KERN_CRIT "<2>"
#define KERN_ERR "<3>"
#define KERN_WARNING "<4>"
#define KERN_NOTICE "<5>"
#define KERN_INFO "<6>"
#define KERN_DEBUG "<7>"

/* Formats like C printf (%d %u %x %02x %s %lu %llu); returns chars printed. */
int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int sprintf(char *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Copies at most size-1 bytes and NUL-terminates; returns strlen(src). */
size_t strlcpy(char *dest, const char *src, size_t size);

/* Timer ticks per second; jiffies advances by one per tick. */
#define HZ 250
/* Kernel data symbol (not a routine): the tick counter. */
extern volatile unsigned long jiffies;

#define time_after(a, b) ((long)((b) - (a)) < 0)
#define time_before(a, b) time_after(b, a)
#define time_after_eq(a, b) ((long)((a) - (b)) >= 0)

/* Sleeps (may schedule) for at least msecs milliseconds; process context only. */
void msleep(unsigned int msecs);
/*
 * Busy-waits xloops / 0x10c7 microseconds (xloops = usecs * 2^32 / 10^6,
 * rounded).  udelay(n) with constant n is __const_udelay(n * 0x10c7).
 */
void __const_udelay(unsigned long xloops);
#define udelay(n) __const_udelay((unsigned long)(n) * 0x10c7ul)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a) (((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define min_t(type, a, b) ((type)(a) < (type)(b) ? (type)(a) : (type)(b))
#define max_t(type, a, b) ((type)(a) > (type)(b) ? (type)(a) : (type)(b))

#include <asm/string.h>
#include <asm/bug.h>

#endif /* _MINI_LINUX_KERNEL_H */
