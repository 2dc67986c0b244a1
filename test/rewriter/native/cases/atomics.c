/*
 * cases/atomics.c — lock-prefixed read-modify-write and the kernel's bit operations:
 * __sync_fetch_and_{add,sub,or,and,xor}, __sync_{add,sub}_and_fetch (lock xadd / lock add),
 * __sync_val_compare_and_swap and __sync_bool_compare_and_swap on 8/16/32 bits and on 64 bits
 * (lock cmpxchg8b, which needs %eax %ebx %ecx %edx, leaving the rewriter almost no scratch), xchg
 * spinlocks, atomic_t-style inline asm (lock incl/decl + sete), and set_bit/clear_bit/change_bit/
 * test_bit/test_and_set_bit with a REGISTER bit offset into bitmaps far larger than 32 bits (btsl
 * %reg, mem reaches base + 4*(off>>5), including negative offsets from a pointer into the middle),
 * plus the immediate and 16-bit forms. Single-threaded, so the main checks against a model.
 */
#include "svm_native.h"

typedef struct { volatile s32 counter; } atomic_t;
typedef struct { volatile s64 counter; } atomic64_t;
struct lock_stats { volatile u32 lock; u32 holds, contended; atomic_t refs; u8 pad[3]; };

u32 fetch_ops(u32 *p, u32 v, u32 *out);
u32 small_ops(u8 *b, u16 *h, u32 v);
u32 cas32(u32 *p, u32 old, u32 new_);
u64 cas64(u64 *p, u64 old, u64 new_);
u64 add64_cas(u64 *p, u64 d);
u64 read64(u64 *p);
u32 xchg_ops(u32 *p, u32 v);
void spin_lock(struct lock_stats *l);
void spin_unlock(struct lock_stats *l);
int atomic_dec_and_test(atomic_t *v);
int atomic_inc_and_test(atomic_t *v);
s32 atomic_add_return(s32 i, atomic_t *v);
void set_bit(s32 nr, volatile unsigned long *addr);
void clear_bit(s32 nr, volatile unsigned long *addr);
void change_bit(s32 nr, volatile unsigned long *addr);
int test_bit(s32 nr, const volatile unsigned long *addr);
int test_and_set_bit(s32 nr, volatile unsigned long *addr);
int test_and_clear_bit(s32 nr, volatile unsigned long *addr);
int test_and_change_bit(s32 nr, volatile unsigned long *addr);
u32 bits_const(volatile unsigned long *addr);
u32 test_bit16(s16 nr, const u16 *addr);
s32 find_first_set(const unsigned long *addr, s32 size);
u32 count_bits(const unsigned long *addr, s32 size);

#ifdef SVM_MODULE

u32 fetch_ops(u32 *p, u32 v, u32 *out)
{
	out[0] = __sync_fetch_and_add(p, v);
	out[1] = __sync_fetch_and_sub(p, v >> 1);
	out[2] = __sync_fetch_and_or(p, v << 3);
	out[3] = __sync_fetch_and_and(p, ~v | 0xf0f0);
	out[4] = __sync_fetch_and_xor(p, v * 3);
	out[5] = __sync_add_and_fetch(p, 7);
	out[6] = __sync_sub_and_fetch(p, v);
	__sync_fetch_and_add(p, 1);        /* result unused: lock addl / lock incl */
	__sync_fetch_and_or(p, 0x100);     /* lock orl */
	return *p;
}

u32 small_ops(u8 *b, u16 *h, u32 v)
{
	u32 r = __sync_fetch_and_add(b, (u8)v);
	r += __sync_fetch_and_xor(h, (u16)v);
	__sync_fetch_and_and(b + 1, (u8)(v >> 8));
	__sync_fetch_and_or(h + 1, (u16)(v >> 16));
	r += __sync_val_compare_and_swap(b + 2, (u8)v, (u8)(v >> 4));
	r += __sync_val_compare_and_swap(h + 2, h[2], (u16)(v >> 3));
	return r;
}

u32 cas32(u32 *p, u32 old, u32 new_) { return __sync_val_compare_and_swap(p, old, new_); }
u64 cas64(u64 *p, u64 old, u64 new_) { return __sync_val_compare_and_swap(p, old, new_); }
u64 read64(u64 *p) { return __sync_val_compare_and_swap(p, 0, 0); }

/* A cmpxchg8b retry loop, like atomic64_add on i386. */
u64 add64_cas(u64 *p, u64 d)
{
	u64 old = *p;
	for (;;) {
		u64 seen = __sync_val_compare_and_swap(p, old, old + d);
		if (seen == old) return old + d;
		old = seen;
	}
}

u32 xchg_ops(u32 *p, u32 v)
{
	u32 a = __sync_lock_test_and_set(p, v);   /* xchg */
	u32 b;
	__asm__ __volatile__("xchgl %0, %1" : "=r"(b), "+m"(*p) : "0"(a ^ v) : "memory");
	__sync_lock_release(p);
	return a + b;
}

void spin_lock(struct lock_stats *l)
{
	while (__sync_lock_test_and_set(&l->lock, 1)) l->contended++;
	l->holds++;
	__sync_fetch_and_add(&l->refs.counter, 1);
}

void spin_unlock(struct lock_stats *l) { __sync_lock_release(&l->lock); }

int atomic_dec_and_test(atomic_t *v)
{
	u8 c;
	__asm__ __volatile__("lock; decl %0; sete %1" : "+m"(v->counter), "=qm"(c) : : "memory", "cc");
	return c != 0;
}

int atomic_inc_and_test(atomic_t *v)
{
	u8 c;
	__asm__ __volatile__("lock; incl %0; sete %1" : "+m"(v->counter), "=qm"(c) : : "memory", "cc");
	return c != 0;
}

s32 atomic_add_return(s32 i, atomic_t *v)
{
	s32 old = i;
	__asm__ __volatile__("lock; xaddl %0, %1" : "+r"(old), "+m"(v->counter) : : "memory", "cc");
	return old + i;
}

/* The kernel's i386 bitops (arch/x86/include/asm/bitops.h): a register bit offset, any value. */
#define BITOP_ADDR(x) "+m"(*(volatile long *)(x))
void set_bit(s32 nr, volatile unsigned long *addr) { __asm__ __volatile__("lock; btsl %1, %0" : BITOP_ADDR(addr) : "Ir"(nr) : "memory"); }
void clear_bit(s32 nr, volatile unsigned long *addr) { __asm__ __volatile__("lock; btrl %1, %0" : BITOP_ADDR(addr) : "Ir"(nr) : "memory"); }
void change_bit(s32 nr, volatile unsigned long *addr) { __asm__ __volatile__("btcl %1, %0" : BITOP_ADDR(addr) : "Ir"(nr) : "memory"); }

int test_bit(s32 nr, const volatile unsigned long *addr)
{
	u8 c;
	__asm__ __volatile__("btl %2, %1; setc %0" : "=qm"(c) : "m"(*(const volatile long *)addr), "Ir"(nr) : "memory", "cc");
	return c;
}

int test_and_set_bit(s32 nr, volatile unsigned long *addr)
{
	s32 old;
	__asm__ __volatile__("lock; btsl %2, %1\n\tsbbl %0, %0" : "=r"(old), BITOP_ADDR(addr) : "Ir"(nr) : "memory", "cc");
	return old;
}

int test_and_clear_bit(s32 nr, volatile unsigned long *addr)
{
	s32 old;
	__asm__ __volatile__("lock; btrl %2, %1\n\tsbbl %0, %0" : "=r"(old), BITOP_ADDR(addr) : "Ir"(nr) : "memory", "cc");
	return old;
}

int test_and_change_bit(s32 nr, volatile unsigned long *addr)
{
	u8 c;
	__asm__ __volatile__("lock; btcl %2, %1\n\tsetc %0" : "=qm"(c), BITOP_ADDR(addr) : "Ir"(nr) : "memory", "cc");
	return c;
}

/* Immediate bit offsets (the access stays inside the addressed dword). */
u32 bits_const(volatile unsigned long *addr)
{
	set_bit(3, addr);
	set_bit(31, addr + 1);
	clear_bit(0, addr);
	u32 r = (u32)test_bit(3, addr) | (u32)test_bit(31, addr + 1) << 1 | (u32)test_bit(0, addr) << 2;
	__asm__ __volatile__("btcl $17, %0" : BITOP_ADDR(addr + 2) : : "memory");
	return r | (u32)test_bit(17, addr + 2) << 3;
}

/* 16-bit form: btw %reg16, mem reaches base + 2*(sign-extended off >> 4). */
u32 test_bit16(s16 nr, const u16 *addr)
{
	u8 c;
	__asm__ __volatile__("btw %2, %1; setc %0" : "=qm"(c) : "m"(*addr), "r"(nr) : "cc");
	return c;
}

s32 find_first_set(const unsigned long *addr, s32 size)
{
	for (s32 i = 0; i < size; i++)
		if (test_bit(i, addr)) return i;
	return size;
}

u32 count_bits(const unsigned long *addr, s32 size)
{
	u32 n = 0;
	for (s32 w = 0; w < size / 32; w++) {
		unsigned long x = addr[w];
		while (x) { x &= x - 1; n++; }
	}
	return n;
}

#else /* test main */

#define NBITS 4096

static int model_test(const u32 *m, s32 nr) { return (m[nr >> 5] >> (nr & 31)) & 1; }

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u32 *word = rt_alloc(8, 4);
	u32 *out = rt_alloc(7 * 4, 4);
	for (int k = 0; k < 300; k++) {
		u32 a = rnd(), v = rnd();
		*word = a;
		u32 r = M(fetch_ops, word, v, out);
		u32 e = a;
		CHECK_EQ(out[0], e); e += v;
		CHECK_EQ(out[1], e); e -= v >> 1;
		CHECK_EQ(out[2], e); e |= v << 3;
		CHECK_EQ(out[3], e); e &= ~v | 0xf0f0;
		CHECK_EQ(out[4], e); e ^= v * 3;
		CHECK_EQ(out[5], e + 7); e += 7;
		CHECK_EQ(out[6], e - v); e -= v;
		e = (e + 1) | 0x100;
		CHECK_EQ(r, e);
		if (k % 10 == 0) out_kv("fetch", r);
	}
	/* Sub-word atomics at offsets straddling a page boundary. */
	u8 *pg = rt_alloc(2 * 4096, 4096);
	for (int k = 0; k < 200; k++) {
		u8 *b = pg + 4096 - 3 + (k % 3);
		u16 *h = (u16 *)(pg + 4096 - 5 + (k % 4));
		for (int i = 0; i < 8; i++) ((u8 *)h)[i] = (u8)rnd();
		for (int i = 0; i < 3; i++) b[i] = (u8)rnd();
		u32 v = rnd();
		out_kv("small", M(small_ops, b, h, v));
		out_kv(" b", b[0] | b[1] << 8 | b[2] << 16);
		out_kv(" h", h[0] ^ h[1] << 16 ^ h[2]);
	}
	u64 *q = (u64 *)(pg + 4096 - 4);   /* a 64-bit cmpxchg8b operand straddling two pages */
	u32 *w = (u32 *)(pg + 4096 - 2);
	for (int k = 0; k < 300; k++) {
		u64 a = ((u64)rnd() << 32) | rnd(), b = ((u64)rnd() << 32) | rnd();
		*q = a;
		u64 seen = M(cas64, q, (k & 1) ? a : b, b ^ 0x5555);
		CHECK(seen == a);
		CHECK(*q == ((k & 1) ? (b ^ 0x5555) : a));
		u64 cur = *q;
		CHECK(M(read64, q) == cur);
		CHECK(M(add64_cas, q, b) == cur + b);
		CHECK(*q == cur + b);
		*w = (u32)a;
		CHECK_EQ(M(cas32, w, (k & 2) ? (u32)a : 0, (u32)b), (u32)a);
		CHECK_EQ(*w, (k & 2) ? (u32)b : (u32)a);
		u32 x = M(xchg_ops, w, (u32)(b >> 32));
		CHECK_EQ(*w, 0);
		if (k % 10 == 0) { out_hex64(*q); out_kv("", x); }
	}
	struct lock_stats *ls = rt_alloc(sizeof(*ls), 4);
	for (int k = 0; k < 100; k++) {
		MV(spin_lock, ls);
		CHECK_EQ(ls->lock, 1);
		MV(spin_unlock, ls);
		CHECK_EQ(ls->lock, 0);
	}
	CHECK_EQ(ls->holds, 100);
	CHECK_EQ(ls->refs.counter, 100);
	atomic_t *at = &ls->refs;
	at->counter = 3;
	CHECK_EQ(M(atomic_dec_and_test, at), 0);
	CHECK_EQ(M(atomic_dec_and_test, at), 0);
	CHECK_EQ(M(atomic_dec_and_test, at), 1);
	at->counter = -2;
	CHECK_EQ(M(atomic_inc_and_test, at), 0);
	CHECK_EQ(M(atomic_inc_and_test, at), 1);
	for (int k = 0; k < 50; k++) {
		s32 i = (s32)rnd(), c = at->counter;
		CHECK_EQ(M(atomic_add_return, i, at), (u32)(c + i));
	}

	/* Bitmaps: region pointer into the middle, offsets negative and positive. */
	unsigned long *bm = rt_alloc(NBITS / 8 * 3, 4096);
	unsigned long *mid = bm + NBITS / 32;   /* valid offsets: [-NBITS, 2*NBITS) */
	u32 *model = rt_alloc(NBITS / 8 * 3, 4);
	for (int i = 0; i < NBITS / 32 * 3; i++) model[i] = bm[i] = 0;
	for (int k = 0; k < 3000; k++) {
		s32 nr = (s32)rnd_below(3 * NBITS) - NBITS;
		s32 mi = nr + NBITS;
		u32 op = rnd_below(7);
		int old = model_test(model, mi), r = 0;
		switch (op) {
		case 0: MV(set_bit, nr, mid); model[mi >> 5] |= 1u << (mi & 31); break;
		case 1: MV(clear_bit, nr, mid); model[mi >> 5] &= ~(1u << (mi & 31)); break;
		case 2: MV(change_bit, nr, mid); model[mi >> 5] ^= 1u << (mi & 31); break;
		case 3: r = M(test_bit, nr, mid); CHECK_EQ(r, old); break;
		case 4: r = M(test_and_set_bit, nr, mid); CHECK_EQ(r != 0, old); model[mi >> 5] |= 1u << (mi & 31); break;
		case 5: r = M(test_and_clear_bit, nr, mid); CHECK_EQ(r != 0, old); model[mi >> 5] &= ~(1u << (mi & 31)); break;
		case 6: r = M(test_and_change_bit, nr, mid); CHECK_EQ(r, old); model[mi >> 5] ^= 1u << (mi & 31); break;
		}
		CHECK_EQ(bm[mi >> 5], model[mi >> 5]);
	}
	u32 diff = 0;
	for (int i = 0; i < NBITS / 32 * 3; i++) diff |= bm[i] ^ model[i];
	CHECK_EQ(diff, 0);
	out_kv("count", M(count_bits, bm, 3 * NBITS));
	for (int i = 0; i < NBITS / 32 * 3; i++) bm[i] = 0;
	for (int k = 0; k < 40; k++) {
		s32 nr = (s32)rnd_below(3 * NBITS);
		bm[nr >> 5] |= 1u << (nr & 31);
		s32 f = M(find_first_set, bm, 3 * NBITS);
		CHECK(f <= nr && model_test((u32 *)bm, f));
		out_kv("ffs", (u32)f);
	}
	out_kv("const", M(bits_const, bm + 100));
	u16 *hb = (u16 *)(pg + 4096);
	for (int k = 0; k < 200; k++) {
		s16 nr = (s16)((s32)rnd_below(4096) - 2048);
		u32 e = (((const u8 *)hb)[(nr >> 3)] >> (nr & 7)) & 1;
		CHECK_EQ(M(test_bit16, nr, hb), e);
	}
	return 0;
}
#endif
