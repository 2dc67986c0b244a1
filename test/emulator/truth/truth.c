/* The emulator's kernel of truth: a static C program that runs the user-mode integer instructions
 * of the i386 .. Pentium Pro (and cmov, bswap, cmpxchg8b, popcnt/lzcnt/tzcnt) over edge-value
 * operands and prints every result and the flags the SDM defines. It is run natively and under
 * `twindrivers emulate`; the outputs must be equal byte for byte (test/emulator/truth.test.ts).
 * Written for twindrivers in the spirit of QEMU's tests/tcg/i386/test-i386.c (same instruction
 * classes and operand combinations; no code or text of it).
 *
 * Not here, each for a named reason: anything that needs a signal handler (#DE, #UD, #GP, #PF,
 * #BR, #OF, single-step TF: the emulator stops a program at a fault and delivers no signal),
 * modify_ldt (LDT and 16-bit code segments, vm86), x87/SSE (not integer instructions), cpuid and
 * rdtsc (model- and time-dependent results).
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

typedef unsigned int u32;

#define CF 0x001
#define PF 0x004
#define AF 0x010
#define ZF 0x040
#define SF 0x080
#define OF 0x800
#define ALL (CF | PF | AF | ZF | SF | OF)

static const u32 vals[] = { 0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x12345678,
                            0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 0xdeadbeef };
#define NV (sizeof vals / sizeof vals[0])

/* Two-operand ALU op in three sizes: result and flags, with CF in and out. */
#define ALU2(name, insn, mask)                                                                     \
  static void t_##name(void) {                                                                     \
    for (unsigned i = 0; i < NV; i++)                                                              \
      for (unsigned j = 0; j < NV; j += 3)                                                         \
        for (u32 cin = 0; cin < 2; cin++) {                                                        \
          u32 a = vals[i], b = vals[j], fl, r;                                                     \
          r = a; __asm__("push %3; popf; " insn "l %2, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "r"(cin | 0x202) : "cc"); \
          printf(#name "l %08x %08x %u -> %08x %03x\n", a, b, cin, r, fl & (mask));               \
          r = a; __asm__("push %3; popf; " insn "w %w2, %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "r"(cin | 0x202) : "cc"); \
          printf(#name "w %08x %08x %u -> %08x %03x\n", a, b, cin, r, fl & (mask));               \
          r = a; __asm__("push %3; popf; " insn "b %b2, %b0; pushf; pop %1" : "+q"(r), "=r"(fl) : "q"(b), "r"(cin | 0x202) : "cc"); \
          printf(#name "b %08x %08x %u -> %08x %03x\n", a, b, cin, r, fl & (mask));               \
        }                                                                                          \
  }
ALU2(add, "add", ALL) ALU2(sub, "sub", ALL) ALU2(adc, "adc", ALL) ALU2(sbb, "sbb", ALL)
ALU2(and, "and", ALL & ~AF) ALU2(or, "or", ALL & ~AF) ALU2(xor, "xor", ALL & ~AF) ALU2(cmp, "cmp", ALL)
ALU2(test, "test", ALL & ~AF)

#define ALU1(name, insn, mask)                                                                     \
  static void t_##name(void) {                                                                     \
    for (unsigned i = 0; i < NV; i++)                                                              \
      for (u32 cin = 0; cin < 2; cin++) {                                                          \
        u32 a = vals[i], fl, r;                                                                    \
        r = a; __asm__("push %2; popf; " insn "l %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(cin | 0x202) : "cc"); \
        printf(#name "l %08x %u -> %08x %03x\n", a, cin, r, fl & (mask));                         \
        r = a; __asm__("push %2; popf; " insn "w %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(cin | 0x202) : "cc"); \
        printf(#name "w %08x %u -> %08x %03x\n", a, cin, r, fl & (mask));                         \
        r = a; __asm__("push %2; popf; " insn "b %b0; pushf; pop %1" : "+q"(r), "=r"(fl) : "r"(cin | 0x202) : "cc"); \
        printf(#name "b %08x %u -> %08x %03x\n", a, cin, r, fl & (mask));                         \
      }                                                                                            \
  }
ALU1(inc, "inc", ALL) ALU1(dec, "dec", ALL) ALU1(neg, "neg", ALL) ALU1(not, "not", ALL)

/* Shifts and rotates by counts 0..33 (%cl), every status flag: also those the SDM leaves undefined
 * (OF beyond count 1, AF, CF beyond the size), which Intel processors compute (OF as the first one-bit
 * step sets it); the flags in (cin bit 1) set OF SF ZF AF PF beforehand so that a kept flag shows. */
#define SHIFT(name, insn)                                                                          \
  static void t_##name(void) {                                                                     \
    for (unsigned i = 0; i < NV; i += 2)                                                           \
      for (u32 c = 0; c < 34; c++)                                                                 \
        for (u32 cin = 0; cin < 4; cin++) {                                                        \
          u32 a = vals[i], fl, r, f0 = (cin & 1) | (cin & 2 ? ALL : 0) | 0x202;                    \
          r = a; __asm__("push %3; popf; " insn "l %%cl, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "c"(c), "r"(f0) : "cc"); \
          printf(#name "l %08x %2u %u -> %08x %03x\n", a, c, cin, r, fl & ALL);                     \
          r = a; __asm__("push %3; popf; " insn "w %%cl, %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "c"(c), "r"(f0) : "cc"); \
          printf(#name "w %08x %2u %u -> %08x %03x\n", a, c, cin, r, fl & ALL);                     \
          r = a; __asm__("push %3; popf; " insn "b %%cl, %b0; pushf; pop %1" : "+q"(r), "=r"(fl) : "c"(c), "r"(f0) : "cc"); \
          printf(#name "b %08x %2u %u -> %08x %03x\n", a, c, cin, r, fl & ALL);                     \
        }                                                                                          \
  }
SHIFT(shl, "shl") SHIFT(shr, "shr") SHIFT(sar, "sar") SHIFT(rol, "rol") SHIFT(ror, "ror") SHIFT(rcl, "rcl") SHIFT(rcr, "rcr")

/* Rotates by an immediate count: Intel keeps OF for a register by a count above 1 but computes it
 * (as for %cl) for a memory operand. */
#define ROTIMM(insn, c, reg)                                                                       \
  r = a; __asm__("push %2; popf; " insn " $" #c ", " reg "; pushf; pop %1" : "+q"(r), "=r"(fl) : "r"(f0) : "cc"); \
  m = a; __asm__("push %2; popf; " insn " $" #c ", %0; pushf; pop %1" : "+m"(m), "=r"(fl2) : "r"(f0) : "cc"); \
  printf(insn " $" #c " %08x %03x -> %08x %03x %08x %03x\n", a, f0 & ALL, r, fl & ALL, m, fl2 & ALL);
static void t_rotimm(void) {
  for (unsigned i = 0; i < NV; i++)
    for (u32 k = 0; k < 2; k++) {
      u32 a = vals[i], f0 = (k ? OF | CF : 0) | 0x202, r, m, fl, fl2;
      ROTIMM("roll", 1, "%0") ROTIMM("roll", 2, "%0") ROTIMM("roll", 31, "%0") ROTIMM("rorl", 2, "%0") ROTIMM("rorl", 17, "%0")
      ROTIMM("rolw", 5, "%w0") ROTIMM("rorw", 16, "%w0") ROTIMM("rolb", 8, "%b0") ROTIMM("rorb", 3, "%b0") ROTIMM("rorb", 1, "%b0")
    }
}

static void t_shd(void) {
  for (unsigned i = 0; i < NV; i += 2)
    for (unsigned j = 1; j < NV; j += 4)
      for (u32 c = 0; c < 32; c++) {
        u32 a = vals[i], b = vals[j], fl, r, m = ALL; /* OF beyond count 1 and AF too (Intel's) */
        r = a; __asm__("shldl %%cl, %2, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "c"(c) : "cc");
        printf("shld %08x %08x %2u -> %08x %03x\n", a, b, c, r, fl & (c ? m : 0));
        r = a; __asm__("shrdl %%cl, %2, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "c"(c) : "cc");
        printf("shrd %08x %08x %2u -> %08x %03x\n", a, b, c, r, fl & (c ? m : 0));
        if (c <= 16) {
          r = a; __asm__("shldw %%cl, %w2, %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "c"(c) : "cc");
          printf("shldw %08x %08x %2u -> %08x %03x\n", a, b, c, r, fl & (c ? m : 0));
          r = a; __asm__("shrdw %%cl, %w2, %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(b), "c"(c) : "cc");
          printf("shrdw %08x %08x %2u -> %08x %03x\n", a, b, c, r, fl & (c ? m : 0));
        }
      }
}

/* Multiplies print every flag: SF ZF AF PF are undefined by the SDM; Intel's SF PF follow the low
 * result, ZF AF are 0. */
static void t_muldiv(void) {
  for (unsigned i = 0; i < NV; i++)
    for (unsigned j = 0; j < NV; j++) {
      u32 a = vals[i], b = vals[j], lo, hi, fl;
      __asm__("mull %3; pushf; pop %2" : "=a"(lo), "=d"(hi), "=r"(fl) : "r"(b), "0"(a) : "cc");
      printf("mul %08x %08x -> %08x %08x %03x\n", a, b, hi, lo, fl & ALL);
      __asm__("imull %3; pushf; pop %2" : "=a"(lo), "=d"(hi), "=r"(fl) : "r"(b), "0"(a) : "cc");
      printf("imul %08x %08x -> %08x %08x %03x\n", a, b, hi, lo, fl & ALL);
      lo = a; __asm__("imull %2, %0; pushf; pop %1" : "+r"(lo), "=r"(fl) : "r"(b) : "cc");
      printf("imul2 %08x %08x -> %08x %03x\n", a, b, lo, fl & ALL);
      lo = a; __asm__("imulw %w2, %w0; pushf; pop %1" : "+r"(lo), "=r"(fl) : "r"(b) : "cc");
      printf("imulw %08x %08x -> %08x %03x\n", a, b, lo, fl & ALL);
      __asm__("imull $-77, %2, %0; pushf; pop %1" : "=r"(lo), "=r"(fl) : "r"(a) : "cc");
      printf("imul3 %08x -> %08x %03x\n", a, lo, fl & ALL);
      if (b != 0) {
        u32 q, rem;
        __asm__("divl %4" : "=a"(q), "=d"(rem) : "0"(a), "1"(0), "r"(b));
        printf("div %08x %08x -> %08x %08x\n", a, b, q, rem);
        if (!(a == 0x80000000 && b == 0xffffffff)) {
          __asm__("cltd; idivl %3" : "=a"(q), "=d"(rem) : "0"(a), "r"(b));
          printf("idiv %08x %08x -> %08x %08x\n", a, b, q, rem);
        }
        if ((b & 0xff) != 0) {
          u32 ax = a & 0x00ff, v;
          __asm__("divb %b2" : "=a"(v) : "0"(ax), "q"(b));
          printf("divb %04x %02x -> %04x\n", ax, b & 0xff, v & 0xffff);
        }
      }
    }
}

static void t_bits(void) {
  for (unsigned i = 0; i < NV; i++) {
    u32 a = vals[i], r = 0xaaaa5555, fl;
    /* bsf/bsr: every flag over preset ones (Intel: zero source ZF PF, else PF of the index) */
    __asm__("pushl $0xad7; popf; bsfl %2, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("bsf %08x -> %08x %03x\n", a, a ? r : 0, fl & ALL);
    r = 0xaaaa5555; __asm__("pushl $0xad7; popf; bsrl %2, %0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("bsr %08x -> %08x %03x\n", a, a ? r : 0, fl & ALL);
    r = 0xaaaa5555; __asm__("pushl $0x202; popf; bsfw %w2, %w0; pushf; pop %1" : "+r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("bsfw %08x -> %08x %03x\n", a, a & 0xffff ? r : 0, fl & ALL);
    __asm__("popcntl %2, %0; pushf; pop %1" : "=r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("popcnt %08x -> %08x %03x\n", a, r, fl & ALL);
    __asm__("lzcntl %2, %0; pushf; pop %1" : "=r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("lzcnt %08x -> %08x %03x\n", a, r, fl & (CF | ZF));
    __asm__("tzcntw %w2, %w0; pushf; pop %1" : "=r"(r), "=r"(fl) : "r"(a) : "cc");
    printf("tzcntw %08x -> %04x %03x\n", a, r & 0xffff, fl & (CF | ZF));
    __asm__("bswapl %0" : "=r"(r) : "0"(a));
    printf("bswap %08x -> %08x\n", a, r);
    for (u32 bit = 0; bit < 40; bit += 7) {
      u32 x = a;
      __asm__("btsl %2, %0; pushf; pop %1" : "+r"(x), "=r"(fl) : "r"(bit) : "cc");
      printf("bts %08x %2u -> %08x %u\n", a, bit, x, fl & CF);
      x = a; __asm__("btcw %w2, %w0; pushf; pop %1" : "+r"(x), "=r"(fl) : "r"(bit) : "cc");
      printf("btcw %08x %2u -> %08x %u\n", a, bit, x, fl & CF);
    }
  }
  /* bit strings in memory with signed offsets */
  static u32 mem[8];
  for (int off = -64; off < 200; off += 13) {
    u32 fl;
    memset(mem, 0x5a, sizeof mem);
    __asm__("btrl %2, %0; pushf; pop %1" : "+m"(mem[4]), "=r"(fl) : "r"(off) : "cc", "memory");
    printf("btr mem %d -> %u", off, fl & CF);
    for (int k = 0; k < 8; k++) printf(" %08x", mem[k]);
    printf("\n");
  }
}

static void t_cond(void) {
  for (u32 f = 0; f < 64; f++) {
    u32 fl = ((f & 1) ? CF : 0) | ((f & 2) ? PF : 0) | ((f & 4) ? ZF : 0) | ((f & 8) ? SF : 0) | ((f & 16) ? OF : 0) | ((f & 32) ? AF : 0) | 0x202;
    u32 s = 0, c1 = 0, c2 = 0, j = 0;
#define CC(cc, n)                                                                                  \
    { u32 v; __asm__("push %1; popf; set" cc " %b0" : "=q"(v) : "r"(fl) : "cc"); s |= (v & 1) << n; \
      v = 1; __asm__("push %2; popf; cmov" cc "l %1, %0" : "+r"(v) : "r"(2u), "r"(fl) : "cc"); c1 |= (v & 2) << n; \
      __asm__("push %1; popf; j" cc " 1f; movl $0, %0; jmp 2f; 1: movl $1, %0; 2:" : "=r"(v) : "r"(fl) : "cc"); j |= v << n; }
    CC("o", 0) CC("no", 1) CC("b", 2) CC("ae", 3) CC("e", 4) CC("ne", 5) CC("be", 6) CC("a", 7)
    CC("s", 8) CC("ns", 9) CC("p", 10) CC("np", 11) CC("l", 12) CC("ge", 13) CC("le", 14) CC("g", 15)
    (void)c2;
    printf("cond %03x -> set %04x cmov %05x jcc %04x\n", fl & ALL, s, c1, j);
  }
}

static void t_loop(void) {
  for (u32 i = 0; i < NV; i++) {
    u32 c = vals[i] & 0x1000f, n, zf;
    __asm__("xorl %0, %0; 1: incl %0; cmpl $40, %0; je 2f; loop 1b; 2:" : "=&r"(n), "+c"(c) : : "cc");
    printf("loop %08x -> %u %08x\n", vals[i] & 0x1000f, n, c);
    c = vals[i] & 0x1000f;
    __asm__("xorl %0, %0; 1: incl %0; cmpl $40, %0; je 2f; addr16 loop 1b; 2:" : "=&r"(n), "+c"(c) : : "cc");
    printf("loopw %08x -> %u %08x\n", vals[i] & 0x1000f, n, c);
    c = vals[i];
    __asm__("movl $1, %0; jecxz 1f; movl $0, %0; 1: movl $1, %1; jcxz 2f; movl $0, %1; 2:" : "=&r"(n), "=&r"(zf) : "c"(c) : "cc");
    printf("jecxz %08x -> %u %u\n", c, n, zf);
    c = 5;
    __asm__("xorl %0, %0; 1: incl %0; cmpl %2, %0; loopne 1b" : "=&r"(n), "+c"(c) : "r"(vals[i] & 7) : "cc");
    printf("loopne %u -> %u %u\n", vals[i] & 7, n, c);
  }
}

static void t_lea16(void) {
  for (unsigned i = 0; i < NV; i++) {
    u32 bx = vals[i], si = vals[(i + 5) % NV], r1, r2, r3;
    __asm__("addr16 leal 0x1234(%%bx,%%si), %0" : "=r"(r1) : "b"(bx), "S"(si));
    __asm__("addr16 leal -2(%%bp,%%di), %0" : "=r"(r2) : "D"(si) , "a"(0) : );
    __asm__("leal 0x12345678(%1,%2,4), %0" : "=r"(r3) : "b"(bx), "S"(si));
    printf("lea %08x %08x -> %08x %08x\n", bx, si, r1, r3);
    (void)r2;
  }
}

/* Decimal adjust: every status flag, also those the SDM leaves undefined (daa/das OF; aaa/aas OF SF
 * ZF PF; aam/aad OF AF CF), which Intel processors compute rather than keep: the flags in (f bit 2)
 * set OF SF ZF PF beforehand so that a kept flag shows. */
static void t_bcd(void) {
  for (u32 ax = 0; ax < 0x200; ax += 3)
    for (u32 f = 0; f < 8; f++) {
      u32 fl0 = ((f & 1) ? CF : 0) | ((f & 2) ? AF : 0) | ((f & 4) ? OF | SF | ZF | PF : 0) | 0x202, r, fl;
#define BCD(insn, mask)                                                                            \
      r = ax | (f << 12); __asm__("push %2; popf; " insn "; pushf; pop %1" : "+a"(r), "=r"(fl) : "r"(fl0) : "cc"); \
      printf(insn " %04x %u -> %04x %03x\n", ax | (f << 12), f, r & 0xffff, fl & (mask));
      BCD("daa", ALL) BCD("das", ALL) BCD("aaa", ALL) BCD("aas", ALL)
      BCD("aam", ALL) BCD("aad", ALL) BCD("aam $7", ALL) BCD("aad $16", ALL) BCD("aad $255", ALL)
      BCD(".byte 0xd6", 0)
    }
}

static void t_xchg(void) {
  static unsigned char table[256];
  for (int k = 0; k < 256; k++) table[k] = (unsigned char)(k * 7 + 3);
  for (unsigned i = 0; i < NV; i++) {
    u32 a = vals[i], b = vals[(i + 3) % NV], m = b, fl, r;
    r = a; __asm__("xaddl %0, %1; pushf; pop %2" : "+r"(r), "+m"(m), "=r"(fl) : : "cc");
    printf("xadd %08x %08x -> %08x %08x %03x\n", a, b, r, m, fl & ALL);
    m = b; r = a; __asm__("lock cmpxchgl %3, %1; pushf; pop %2" : "+a"(r), "+m"(m), "=r"(fl) : "r"(0x1111u) : "cc");
    printf("cmpxchg %08x %08x -> %08x %08x %03x\n", a, b, r, m, fl & ALL);
    m = a; r = a; __asm__("cmpxchgw %w3, %w1; pushf; pop %2" : "+a"(r), "+m"(m), "=r"(fl) : "r"(0x2222u) : "cc");
    printf("cmpxchgw %08x -> %08x %08x %03x\n", a, r, m, fl & ALL);
    unsigned long long q = ((unsigned long long)b << 32) | a;
    u32 lo = a, hi = i & 1 ? b : ~b;
    __asm__("cmpxchg8b %0; pushf; pop %3" : "+m"(q), "+a"(lo), "+d"(hi), "=r"(fl) : "b"(0x33333333), "c"(0x44444444) : "cc");
    printf("cmpxchg8b %08x %08x -> %08x %08x %016llx %03x\n", a, b, lo, hi, q, fl & ZF);
    r = a; __asm__("xlat" : "+a"(r) : "b"(table));
    printf("xlat %08x -> %08x\n", a, r);
    r = a; __asm__("cbtw; cwtl" : "+a"(r));
    u32 d;
    __asm__("cwtd" : "=d"(d) : "a"(a));
    printf("conv %08x -> %08x %04x\n", a, r, d & 0xffff);
    r = a; __asm__("movsbw %b1, %w0" : "+r"(r) : "q"(b));
    printf("movsbw %08x %08x -> %08x\n", a, b, r);
    r = b; __asm__("movzwl %w1, %0" : "=r"(r) : "r"(a));
    printf("movzwl %08x -> %08x\n", a, r);
  }
}

static void t_string(void) {
  static unsigned char src[64], dst[64];
  for (int df = 0; df < 2; df++)
    for (u32 n = 0; n < 9; n += 2) {
      for (int k = 0; k < 64; k++) { src[k] = (unsigned char)(k * 13 + 1); dst[k] = (unsigned char)(k == 40 ? src[k] : 0xee); }
      unsigned char *s = src + (df ? 40 : 8), *d = dst + (df ? 40 : 8);
      u32 c = n, fl;
      if (df) __asm__("std; rep movsw; cld" : "+S"(s), "+D"(d), "+c"(c) : : "memory");
      else __asm__("rep movsl" : "+S"(s), "+D"(d), "+c"(c) : : "memory");
      printf("movs df%d %u -> %d %d %u", df, n, (int)(s - src), (int)(d - dst), c);
      for (int k = 0; k < 64; k += 4) printf(" %02x", dst[k]);
      printf("\n");
      s = src + (df ? 50 : 2); d = dst + (df ? 50 : 2); c = n + 5;
      __asm__("push %5; popf; repe cmpsb; pushf; pop %3; cld" : "+S"(s), "+D"(d), "+c"(c), "=r"(fl) : "m"(src[0]), "r"(df ? 0x602u : 0x202u) : "cc");
      printf("cmps df%d %u -> %d %d %u %03x\n", df, n, (int)(s - src), (int)(d - dst), c, fl & ALL);
      d = dst + 20; c = n + 3;
      __asm__("push %4; popf; repne scasb; pushf; pop %2; cld" : "+D"(d), "+c"(c), "=r"(fl) : "a"(0xee), "r"(df ? 0x602u : 0x202u) : "cc");
      printf("scas df%d %u -> %d %u %03x\n", df, n, (int)(d - dst), c, fl & ALL);
      d = dst + 30; c = n;
      __asm__("push %3; popf; rep stosw; cld" : "+D"(d), "+c"(c) : "a"(0x1234 + n), "r"(df ? 0x602u : 0x202u) : "memory");
      s = dst + 30; u32 v;
      __asm__("lodsl; cld" : "+S"(s), "=a"(v));
      printf("stos/lods df%d %u -> %d %08x\n", df, n, (int)(d - dst), v);
    }
}

static void t_stack(void) {
  for (u32 level = 0; level < 5; level++) {
    /* enter with a nesting level: the words it leaves on the stack and where %esp and %ebp end,
     * relative to %esp before it (out[8..10]); the stack and frame are restored afterwards. */
    u32 out[12];
    __asm__ volatile(
        "movl %%esp, %%esi\n\t" "movl %%ebp, %%edi\n\t"
        "subl $64, %%esp\n\t" "movl %%esp, %%ebp\n\t" "movl $0x11110000, 0(%%ebp)\n\t"
        "movl $0x22220000, -4(%%ebp)\n\t" "movl $0x33330000, -8(%%ebp)\n\t" "movl $0x44440000, -12(%%ebp)\n\t"
        "movl %%esp, 32(%0)\n\t"
        "cmpl $0, %1; je 10f; cmpl $1, %1; je 11f; cmpl $2, %1; je 12f; cmpl $3, %1; je 13f; enterl $8, $4; jmp 19f\n"
        "10: enterl $8, $0; jmp 19f\n11: enterl $8, $1; jmp 19f\n12: enterl $8, $2; jmp 19f\n13: enterw $6, $3\n"
        "19: movl %%esp, 36(%0)\n\t" "movl %%ebp, 40(%0)\n\t" "movl 32(%0), %%ebp\n\t"
        "movl -4(%%ebp), %%eax; movl %%eax, 0(%0)\n\t" "movl -8(%%ebp), %%eax; movl %%eax, 4(%0)\n\t"
        "movl -12(%%ebp), %%eax; movl %%eax, 8(%0)\n\t" "movl -16(%%ebp), %%eax; movl %%eax, 12(%0)\n\t"
        "movl -20(%%ebp), %%eax; movl %%eax, 16(%0)\n\t" "movl -24(%%ebp), %%eax; movl %%eax, 20(%0)\n\t"
        "movl -28(%%ebp), %%eax; movl %%eax, 24(%0)\n\t" "movl -32(%%ebp), %%eax; movl %%eax, 28(%0)\n\t"
        "movl %%esi, %%esp\n\t" "movl %%edi, %%ebp\n\t"
        : : "b"(out), "c"(level) : "eax", "esi", "edi", "memory", "cc");
    /* The words enter pushed (below the 64-byte area, from its top down), stack addresses made
     * relative: 16-bit pushes for enterw. */
    u32 sp0 = out[8], n = level == 0 ? 1 : level + 1;
    printf("enter %u -> esp %d ebp %d", level, (int)(out[9] - sp0), (int)(out[10] - sp0));
    for (u32 k = 0; k < (level == 3 ? (n + 1) / 2 : n) && k < 8; k++) {
      u32 v = out[k];
      if (level == 3) printf(" %04x %04x", ((v >> 16) - sp0) & 0xffff, (v - sp0) & 0xffff);
      else printf(" %08x", v - sp0 + 256 < 512 ? v - sp0 : v);
    }
    printf("\n");
  }
  u32 r[10];
  __asm__ volatile("pushl %%ebp; movl %%esp, %%esi; movl $1, %%eax; movl $2, %%ecx; movl $3, %%edx; movl $5, %%ebp; pushal;"
                   "popl %%eax; movl %%eax, 0(%%ebx); popl %%eax; movl %%eax, 4(%%ebx); popl %%eax; movl %%eax, 8(%%ebx);"
                   "popl %%eax; movl %%eax, 12(%%ebx); popl %%eax; subl %%esi, %%eax; movl %%eax, 16(%%ebx);"
                   "popl %%eax; movl %%eax, 20(%%ebx); popl %%eax; movl %%eax, 24(%%ebx); popl %%eax; movl %%eax, 28(%%ebx);"
                   "movl %%esp, %%eax; subl %%esi, %%eax; movl %%eax, 32(%%ebx); popl %%ebp"
                   : : "b"(r) : "eax", "ecx", "edx", "esi", "edi", "memory");
  printf("pusha -> %08x %08x %08x %08x %08x %d %d\n", r[0] == r[0] ? r[2] : 0, r[5], r[6], r[7], r[3] - r[1], (int)r[4], (int)r[8]);
  u32 f1, f2;
  __asm__ volatile("pushl $0x2c3; popfl; pushfw; popw %w0; pushl $0x8d5; popfl; pushfl; popl %1; pushl $0x202; popfl" : "=r"(f1), "=r"(f2) : : "cc");
  printf("pushf -> %04x %08x\n", f1 & ALL, f2 & (ALL | 0x400));
  u32 sel[3], gs;
  __asm__ volatile("movw %%ds, %w0; pushl %%ds; popl %1; pushw %%es; popw %w2; movl %%gs, %3" : "=r"(sel[0]), "=r"(sel[1]), "=r"(sel[2]), "=r"(gs));
  printf("segments ds %04x %04x es %04x gs %04x\n", sel[0] & 0xffff, sel[1] & 0xffff, sel[2] & 0xffff, gs);
}

static void t_misc(void) {
  for (unsigned i = 0; i < NV; i++) {
    u32 a = vals[i], fl, r;
    static u32 bounds[2] = { 0, 20 };
    __asm__("bound %0, %1" : : "r"(i), "m"(bounds));
    r = 0x23 | (a & 3) << 8; u32 d = a & 0xffff;
    __asm__("arpl %w2, %w0; pushf; pop %1" : "+r"(d), "=r"(fl) : "r"(r) : "cc");
    printf("arpl %08x -> %04x %03x\n", a, d & 0xffff, fl & ZF);
    __asm__("push %1; popf; into; pushf; pop %0" : "=r"(fl) : "r"(0x202u) : "cc");
  }
  /* self-modifying code: a function in RWX memory, patched between calls */
  unsigned char *code = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  for (u32 k = 0; k < 4; k++) {
    code[0] = 0xb8; memcpy(code + 1, &k, 4); code[5] = 0x05; u32 add = 100 * k; memcpy(code + 6, &add, 4); code[10] = 0xc3;
    u32 v = ((u32 (*)(void))code)();
    printf("smc %u -> %u\n", k, v);
  }
}

int main(void) {
  t_add(); t_sub(); t_adc(); t_sbb(); t_and(); t_or(); t_xor(); t_cmp(); t_test();
  t_inc(); t_dec(); t_neg(); t_not();
  t_shl(); t_shr(); t_sar(); t_rol(); t_ror(); t_rcl(); t_rcr(); t_rotimm(); t_shd();
  t_muldiv(); t_bits(); t_cond(); t_loop(); t_lea16(); t_bcd(); t_xchg(); t_string(); t_stack(); t_misc();
  return 0;
}
