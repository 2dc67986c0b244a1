/*
 * klib.h — the kernel library the programs of test/kernel are written against, as Linux i386
 * writes it (arch/x86/include/asm, include/linux, lib): list_head, bitops with lock
 * prefixes, the i386 string routines in inline asm (rep movsl/movsb, rep stosl, std; rep movsb;
 * cld for overlapping moves), irqflags (pushfl; popl; cli / pushl; popfl), spinlocks, port I/O
 * (inb/outb/insw/outsl), do_div, container_of, min/max, jiffies arithmetic. Module side only
 * (SVM_MODULE): the module is compiled with the kernel flags, freestanding, and rewritten; gcc's
 * own calls to memcpy/memset/memmove/memcmp land on the definitions here (module code too).
 */
#ifndef KLIB_H
#define KLIB_H
#include "svm_native.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define offsetof(t, m) __builtin_offsetof(t, m)
#define container_of(p, t, m) ((t *)((char *)(p) - offsetof(t, m)))
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))
#define barrier() __asm__ __volatile__("" : : : "memory")
#define READ_ONCE(x) (*(const volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v) (*(volatile __typeof__(x) *)&(x) = (v))
#define BITS_PER_LONG 32
#define BIT(n) (1u << (n))
#define BITS_TO_LONGS(n) (((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)
typedef int bool;
#define true 1
#define false 0

/* Types shared by the module and its test main. */
typedef struct { volatile s8 slock; } spinlock_t;
typedef struct { volatile int counter; } atomic_t;
struct list_head { struct list_head *next, *prev; };

#ifdef SVM_MODULE

/* ---- string.h (arch/x86/lib/memcpy_32.c, include/asm/string_32.h) ---- */

void *memcpy(void *to, const void *from, size_t n);
void *memset(void *s, int c, size_t n);
void *memmove(void *dest, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

static inline void *__memcpy(void *to, const void *from, size_t n)
{
	int d0, d1, d2;
	__asm__ __volatile__("rep ; movsl\n\t"
			     "movl %4,%%ecx\n\t"
			     "andl $3,%%ecx\n\t"
			     "jz 1f\n\t"
			     "rep ; movsb\n\t"
			     "1:"
			     : "=&c"(d0), "=&D"(d1), "=&S"(d2)
			     : "0"(n / 4), "g"(n), "1"((long)to), "2"((long)from)
			     : "memory");
	return to;
}

static inline void *__memset(void *s, int c, size_t n)
{
	int d0, d1;
	__asm__ __volatile__("rep ; stosb" : "=&c"(d0), "=&D"(d1) : "a"(c), "1"(s), "0"(n) : "memory");
	return s;
}

static inline void *__memset32(void *s, u32 v, size_t words)
{
	int d0, d1;
	__asm__ __volatile__("rep ; stosl" : "=&c"(d0), "=&D"(d1) : "a"(v), "1"(s), "0"(words) : "memory");
	return s;
}

/* lib/string.c memmove for i386 (arch/x86/lib/memmove_32.S in spirit): backward when overlapping. */
static inline void *__memmove(void *dest, const void *src, size_t n)
{
	int d0, d1, d2;
	if (dest <= src || (const char *)src + n <= (char *)dest) {
		__asm__ __volatile__("rep ; movsb" : "=&c"(d0), "=&S"(d1), "=&D"(d2) : "0"(n), "1"(src), "2"(dest) : "memory");
	} else {
		__asm__ __volatile__("std\n\t"
				     "rep ; movsb\n\t"
				     "cld"
				     : "=&c"(d0), "=&S"(d1), "=&D"(d2)
				     : "0"(n), "1"(n - 1 + (const char *)src), "2"(n - 1 + (char *)dest)
				     : "memory");
	}
	return dest;
}

static inline int __strcmp(const char *cs, const char *ct)
{
	int d0, d1, res;
	__asm__ __volatile__("1:\tlodsb\n\t"
			     "scasb\n\t"
			     "jne 2f\n\t"
			     "testb %%al,%%al\n\t"
			     "jne 1b\n\t"
			     "xorl %%eax,%%eax\n\t"
			     "jmp 3f\n"
			     "2:\tsbbl %%eax,%%eax\n\t"
			     "orb $1,%%al\n"
			     "3:"
			     : "=a"(res), "=&S"(d0), "=&D"(d1)
			     : "1"(cs), "2"(ct)
			     : "memory");
	return res;
}

static inline size_t __strlen(const char *s)
{
	int d0;
	size_t res;
	__asm__ __volatile__("repne\n\t"
			     "scasb"
			     : "=c"(res), "=&D"(d0)
			     : "1"(s), "a"(0), "0"(0xffffffffu)
			     : "memory");
	return ~res - 1;
}

static inline void *__memscan(void *addr, int c, size_t size)
{
	if (!size) return addr;
	__asm__("repnz; scasb\n\t"
		"jnz 1f\n\t"
		"dec %%edi\n"
		"1:"
		: "=D"(addr), "=c"(size)
		: "0"(addr), "1"(size), "a"(c)
		: "memory");
	return addr;
}

/* ---- irqflags.h: local_irq_save / restore (pushf; pop / push; popf), cli, sti ---- */

static inline u32 arch_local_save_flags(void)
{
	u32 flags;
	__asm__ __volatile__("pushfl ; popl %0" : "=rm"(flags) : : "memory");
	return flags;
}

static inline void arch_local_irq_restore(u32 flags)
{
	__asm__ __volatile__("pushl %0 ; popfl" : : "g"(flags) : "memory", "cc");
}

static inline void arch_local_irq_disable(void) { __asm__ __volatile__("cli" : : : "memory"); }
static inline void arch_local_irq_enable(void) { __asm__ __volatile__("sti" : : : "memory"); }

#define local_irq_save(flags) do { (flags) = arch_local_save_flags(); arch_local_irq_disable(); } while (0)
#define local_irq_restore(flags) arch_local_irq_restore(flags)
#define irqs_disabled_flags(flags) (!((flags) & 0x200))

/* ---- spinlock (a ticket-free byte lock, lock; decb as in 2.6 i386) ---- */

#define SPIN_LOCK_UNLOCKED { 1 }
static inline void spin_lock(spinlock_t *l)
{
	__asm__ __volatile__("1:\tlock; decb %0\n\t"
			     "jns 3f\n"
			     "2:\tpause\n\t"
			     "cmpb $0,%0\n\t"
			     "jle 2b\n\t"
			     "jmp 1b\n"
			     "3:"
			     : "+m"(l->slock) : : "memory");
}
static inline void spin_unlock(spinlock_t *l) { __asm__ __volatile__("movb $1,%0" : "+m"(l->slock) : : "memory"); }
#define spin_lock_irqsave(l, flags) do { local_irq_save(flags); spin_lock(l); } while (0)
#define spin_unlock_irqrestore(l, flags) do { spin_unlock(l); local_irq_restore(flags); } while (0)

/* ---- bitops.h ---- */

static inline void set_bit(u32 nr, volatile u32 *addr) { __asm__ __volatile__("lock; btsl %1,%0" : "+m"(*(volatile long *)addr) : "Ir"(nr) : "memory"); }
static inline void clear_bit(u32 nr, volatile u32 *addr) { __asm__ __volatile__("lock; btrl %1,%0" : "+m"(*(volatile long *)addr) : "Ir"(nr) : "memory"); }
static inline void change_bit(u32 nr, volatile u32 *addr) { __asm__ __volatile__("lock; btcl %1,%0" : "+m"(*(volatile long *)addr) : "Ir"(nr) : "memory"); }
static inline int test_and_set_bit(u32 nr, volatile u32 *addr)
{
	u8 c;
	__asm__ __volatile__("lock; btsl %2,%1\n\tsetc %0" : "=qm"(c), "+m"(*(volatile long *)addr) : "Ir"(nr) : "memory");
	return c;
}
static inline int test_and_clear_bit(u32 nr, volatile u32 *addr)
{
	u8 c;
	__asm__ __volatile__("lock; btrl %2,%1\n\tsetc %0" : "=qm"(c), "+m"(*(volatile long *)addr) : "Ir"(nr) : "memory");
	return c;
}
static inline int test_bit(u32 nr, const volatile u32 *addr) { return (addr[nr >> 5] >> (nr & 31)) & 1; }
static inline u32 __ffs(u32 word) { __asm__("rep; bsf %1,%0" : "=r"(word) : "rm"(word)); return word; }
static inline u32 __fls(u32 word) { __asm__("bsr %1,%0" : "=r"(word) : "rm"(word)); return word; }
static inline u32 hweight32(u32 w)
{
	u32 res = w - ((w >> 1) & 0x55555555);
	res = (res & 0x33333333) + ((res >> 2) & 0x33333333);
	res = (res + (res >> 4)) & 0x0F0F0F0F;
	res = res + (res >> 8);
	return (res + (res >> 16)) & 0x000000FF;
}

/* ---- atomic.h ---- */

static inline void atomic_add(int i, atomic_t *v) { __asm__ __volatile__("lock; addl %1,%0" : "+m"(v->counter) : "ir"(i)); }
static inline int atomic_add_return(int i, atomic_t *v)
{
	int r = i;
	__asm__ __volatile__("lock; xaddl %0, %1" : "+r"(r), "+m"(v->counter) : : "memory");
	return r + i;
}
static inline int atomic_dec_and_test(atomic_t *v)
{
	u8 c;
	__asm__ __volatile__("lock; decl %0\n\tsete %1" : "+m"(v->counter), "=qm"(c) : : "memory");
	return c != 0;
}
static inline u32 cmpxchg32(volatile u32 *p, u32 old, u32 new)
{
	u32 prev;
	__asm__ __volatile__("lock; cmpxchgl %2,%1" : "=a"(prev), "+m"(*p) : "r"(new), "0"(old) : "memory");
	return prev;
}
static inline u32 xchg32(volatile u32 *p, u32 v)
{
	__asm__ __volatile__("xchgl %0,%1" : "=r"(v), "+m"(*p) : "0"(v) : "memory");
	return v;
}

/* ---- div64.h: do_div (divl, no libgcc) ---- */

#define do_div(n, base) ({ \
	u32 __upper, __low, __high, __mod, __base = (base); \
	__asm__("" : "=a"(__low), "=d"(__high) : "A"(n)); \
	__upper = __high; \
	if (__high) { __upper = __high % (__base); __high = __high / (__base); } \
	__asm__("divl %2" : "=a"(__low), "=d"(__mod) : "rm"(__base), "0"(__low), "1"(__upper)); \
	__asm__("" : "=A"(n) : "a"(__low), "d"(__high)); \
	__mod; })

/* ---- io.h: port I/O ---- */

static inline u8 inb(u16 port) { u8 v; __asm__ __volatile__("inb %w1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline u16 inw(u16 port) { u16 v; __asm__ __volatile__("inw %w1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline u32 inl(u16 port) { u32 v; __asm__ __volatile__("inl %w1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline void outb(u8 v, u16 port) { __asm__ __volatile__("outb %b0, %w1" : : "a"(v), "Nd"(port)); }
static inline void outw(u16 v, u16 port) { __asm__ __volatile__("outw %w0, %w1" : : "a"(v), "Nd"(port)); }
static inline void outl(u32 v, u16 port) { __asm__ __volatile__("outl %0, %w1" : : "a"(v), "Nd"(port)); }
static inline void insw(u16 port, void *addr, u32 count) { __asm__ __volatile__("rep; insw" : "+D"(addr), "+c"(count) : "d"(port) : "memory"); }
static inline void insl(u16 port, void *addr, u32 count) { __asm__ __volatile__("rep; insl" : "+D"(addr), "+c"(count) : "d"(port) : "memory"); }
static inline void outsb(u16 port, const void *addr, u32 count) { __asm__ __volatile__("rep; outsb" : "+S"(addr), "+c"(count) : "d"(port)); }
static inline void outsl(u16 port, const void *addr, u32 count) { __asm__ __volatile__("rep; outsl" : "+S"(addr), "+c"(count) : "d"(port)); }

/* ---- list.h ---- */

#define LIST_HEAD_INIT(name) { &(name), &(name) }
#define LIST_HEAD(name) struct list_head name = LIST_HEAD_INIT(name)
static inline void INIT_LIST_HEAD(struct list_head *l) { l->next = l; l->prev = l; }
static inline void __list_add(struct list_head *n, struct list_head *prev, struct list_head *next)
{
	next->prev = n; n->next = next; n->prev = prev; prev->next = n;
}
static inline void list_add(struct list_head *n, struct list_head *h) { __list_add(n, h, h->next); }
static inline void list_add_tail(struct list_head *n, struct list_head *h) { __list_add(n, h->prev, h); }
static inline void list_del(struct list_head *e) { e->next->prev = e->prev; e->prev->next = e->next; e->next = e->prev = NULL; }
static inline int list_empty(const struct list_head *h) { return h->next == h; }
static inline void list_splice_init(struct list_head *list, struct list_head *head)
{
	if (!list_empty(list)) {
		struct list_head *first = list->next, *last = list->prev, *at = head->next;
		first->prev = head; head->next = first; last->next = at; at->prev = last;
		INIT_LIST_HEAD(list);
	}
}
#define list_entry(p, t, m) container_of(p, t, m)
#define list_for_each(pos, head) for (pos = (head)->next; pos != (head); pos = pos->next)
#define list_for_each_safe(pos, n, head) for (pos = (head)->next, n = pos->next; pos != (head); pos = n, n = pos->next)

/* ---- jiffies ---- */
#define time_after(a, b) ((s32)((b) - (a)) < 0)
#define time_before(a, b) time_after(b, a)

/* The out-of-line string routines (gcc's own calls land here too): module code, rewritten. */
void *memcpy(void *to, const void *from, size_t n) { return __memcpy(to, from, n); }
void *memset(void *s, int c, size_t n) { return __memset(s, c, n); }
void *memmove(void *dest, const void *src, size_t n) { return __memmove(dest, src, n); }
int memcmp(const void *a, const void *b, size_t n)
{
	const u8 *p = a, *q = b;
	for (; n; n--, p++, q++) if (*p != *q) return *p < *q ? -1 : 1;
	return 0;
}
size_t strlen(const char *s) { return __strlen(s); }

#endif /* SVM_MODULE */
#endif /* KLIB_H */
