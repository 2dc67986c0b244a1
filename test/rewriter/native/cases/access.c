/*
 * cases/access.c — every shape of single memory access: loads and stores of 8/16/32/64 bits with
 * zero and sign extension, read-modify-write ALU ops on memory (add sub adc sbb and or xor cmp test
 * inc dec neg not, shifts and rotates by 1, immediate and %cl, shld/shrd), mul/imul/div/idiv with a
 * memory operand, bsf/bsr, cmov and setcc with memory, xchg, push/pop of memory, flags live across a
 * memory access (carry chains), absolute (moffs) addressing of globals, static locals, arrays
 * indexed by variables with scale and negative indices. Operands sit at random offsets of a 3-page
 * buffer, including unaligned ones that straddle a page boundary. The main checks values against C
 * and prints values and arithmetic flags (compared byte for byte between builds).
 */
#include "svm_native.h"

/*
 * X-macro lists: name, instruction, operand type, source constraint, flags the instruction defines
 * (undefined or unaffected flags would differ between builds: the inserted code before the asm
 * leaves other flag values behind).
 */
#define ARITH 0x8d5u   /* OF SF ZF AF PF CF */
#define LOGIC 0x8c5u   /* AF undefined */
#define SZPC 0x0c5u    /* SF ZF PF CF: multi-bit shifts (OF, AF undefined) */
#define NOCF 0x8d4u    /* inc/dec leave CF alone */
/* Binary ALU ops, register/immediate source, memory destination: return the flags. */
#define ALU_OPS(X) \
	X(add32, "addl", u32, "ri", ARITH) X(add16, "addw", u16, "ri", ARITH) X(add8, "addb", u8, "qi", ARITH) \
	X(sub32, "subl", u32, "ri", ARITH) X(sub16, "subw", u16, "ri", ARITH) X(sub8, "subb", u8, "qi", ARITH) \
	X(and32, "andl", u32, "ri", LOGIC) X(and16, "andw", u16, "ri", LOGIC) X(and8, "andb", u8, "qi", LOGIC) \
	X(or32, "orl", u32, "ri", LOGIC)   X(or16, "orw", u16, "ri", LOGIC)   X(or8, "orb", u8, "qi", LOGIC) \
	X(xor32, "xorl", u32, "ri", LOGIC) X(xor16, "xorw", u16, "ri", LOGIC) X(xor8, "xorb", u8, "qi", LOGIC) \
	X(cmp32, "cmpl", u32, "ri", ARITH) X(cmp16, "cmpw", u16, "ri", ARITH) X(cmp8, "cmpb", u8, "qi", ARITH) \
	X(test32, "testl", u32, "ri", LOGIC) X(test16, "testw", u16, "ri", LOGIC) X(test8, "testb", u8, "qi", LOGIC)
/* xchg with memory (no flags): returns the old memory value. */
#define XCHG_OPS(X) X(xchg32, "xchgl", u32, "r") X(xchg16, "xchgw", u16, "r") X(xchg8, "xchgb", u8, "q")
/* Carry-in ops: CF = bit 0 of the source, set by bt, so the flags are live into the access. */
#define CARRY_OPS(X) \
	X(adc32, "adcl %2, %0", u32, "r", ARITH) X(adc16, "adcw %2, %0", u16, "r", ARITH) X(adc8, "adcb %2, %0", u8, "q", ARITH) \
	X(sbb32, "sbbl %2, %0", u32, "r", ARITH) X(sbb16, "sbbw %2, %0", u16, "r", ARITH) X(sbb8, "sbbb %2, %0", u8, "q", ARITH) \
	X(rcl32, "rcll %b2, %0", u32, "c", 1) X(rcr32, "rcrl %b2, %0", u32, "c", 1) \
	X(rcl8, "rclb %b2, %0", u8, "c", 1) X(rcr16, "rcrw %b2, %0", u16, "c", 1)
/* Shifts and rotates of memory by %cl (flags change only for a non-zero masked count). */
#define SHIFT_OPS(X) \
	X(shl32, "shll", u32, SZPC) X(shr32, "shrl", u32, SZPC) X(sar32, "sarl", u32, SZPC) X(rol32, "roll", u32, 1) X(ror32, "rorl", u32, 1) \
	X(shl16, "shlw", u16, SZPC) X(shr16, "shrw", u16, SZPC) X(sar16, "sarw", u16, SZPC) X(rol16, "rolw", u16, 1) X(ror16, "rorw", u16, 1) \
	X(shl8, "shlb", u8, SZPC) X(shr8, "shrb", u8, SZPC) X(sar8, "sarb", u8, SZPC) X(rol8, "rolb", u8, 1) X(ror8, "rorb", u8, 1)
/* Unary ops on memory (and shifts by 1 and by an immediate). */
#define UNARY_OPS(X) \
	X(inc32, "incl %0", u32, NOCF) X(inc16, "incw %0", u16, NOCF) X(inc8, "incb %0", u8, NOCF) \
	X(dec32, "decl %0", u32, NOCF) X(dec16, "decw %0", u16, NOCF) X(dec8, "decb %0", u8, NOCF) \
	X(neg32, "negl %0", u32, ARITH) X(neg16, "negw %0", u16, ARITH) X(neg8, "negb %0", u8, ARITH) \
	X(not32, "notl %0", u32, 0) X(not16, "notw %0", u16, 0) X(not8, "notb %0", u8, 0) \
	X(shl1_32, "shll %0", u32, SZPC | 0x800) X(sar1_16, "sarw %0", u16, SZPC | 0x800) X(shr1_8, "shrb %0", u8, SZPC | 0x800) \
	X(shl5_32, "shll $5, %0", u32, SZPC) X(ror3_16, "rorw $3, %0", u16, 1) X(sar7_8, "sarb $7, %0", u8, SZPC) \
	X(rol16_32, "roll $16, %0", u32, 1)

#define DECL_ALU(name, insn, T, c, fm) u32 op_##name(T *p, T v);
#define DECL_XCHG(name, insn, T, c) u32 op_##name(T *p, T v);
#define DECL_SHIFT(name, insn, T, fm) u32 op_##name(T *p, u8 n);
#define DECL_UNARY(name, insn, T, fm) u32 op_##name(T *p);
ALU_OPS(DECL_ALU)
XCHG_OPS(DECL_XCHG)
CARRY_OPS(DECL_ALU)
SHIFT_OPS(DECL_SHIFT)
UNARY_OPS(DECL_UNARY)
u32 op_carry_in(u32 cin);
u64 op_mul32(const u32 *p, u32 v);
u64 op_imul1_32(const u32 *p, u32 v);
u32 op_imul2_32(const u32 *p, u32 v);
u32 op_imul3_16(const u16 *p);
u64 op_div32(const u32 *p, u32 lo, u32 hi);
u64 op_idiv32(const u32 *p, u32 lo, u32 hi);
u32 op_div8(const u8 *p, u16 ax);
u32 op_bsf32(const u32 *p);
u32 op_bsr16(const u16 *p);
u32 op_cmov(const u32 *p, u32 a, u32 b);
void op_setcc(u8 *p, u32 a, u32 b);
u32 op_shld(u32 *p, u32 v, u8 n);
u32 op_shrd(u16 *p, u16 v, u8 n);
u32 op_pushpop(const u32 *src, u32 *dst);
u32 op_flags_across(const u32 *p, u32 a, u32 b);
void add64(u64 *p, u64 v);
void sub64_2(u64 *p, u64 v, u64 *q);
u32 loads(const void *p, u32 *out);
void stores(void *p, u32 v);
u32 globals_step(u32 i, u32 v);
u32 array_walk(const s16 *mid, int lo, int hi);
u32 matrix(u32 (*m)[7], u32 rows);
u32 static_counter(u32 step);

extern u32 g_word;
extern u16 g_half;
extern u8 g_bytes[300];
extern s8 g_sbytes[64];
extern u64 g_wide;
extern u32 g_table[256];

#ifdef SVM_MODULE

#define DEF_ALU(name, insn, T, c, fm) \
	u32 op_##name(T *p, T v) \
	{ \
		u32 fl; \
		__asm__ __volatile__(insn " %2, %0\n\tpushfl\n\tpopl %1" : "+m"(*p), "=r"(fl) : c(v) : "cc"); \
		return fl & (fm); \
	}
ALU_OPS(DEF_ALU)

#define DEF_XCHG(name, insn, T, c) \
	u32 op_##name(T *p, T v) \
	{ \
		__asm__ __volatile__(insn " %1, %0" : "+m"(*p), "+" c(v)); \
		return v; \
	}
XCHG_OPS(DEF_XCHG)

#define DEF_CARRY(name, insn, T, c, fm) \
	u32 op_##name(T *p, T v) \
	{ \
		u32 fl, cin = v & 1; \
		__asm__ __volatile__("btl $0, %3\n\t" insn "\n\tpushfl\n\tpopl %1" \
				     : "+m"(*p), "=&r"(fl) : c(v), "r"(cin) : "cc"); \
		return fl & (fm); \
	}
CARRY_OPS(DEF_CARRY)

#define DEF_SHIFT(name, insn, T, fm) \
	u32 op_##name(T *p, u8 n) \
	{ \
		u32 fl; \
		__asm__ __volatile__(insn " %%cl, %0\n\tpushfl\n\tpopl %1" : "+m"(*p), "=r"(fl) : "c"(n) : "cc"); \
		return fl & (n & 31 ? fm | (n == 1 ? 0x800 : 0) : 0); \
	}
SHIFT_OPS(DEF_SHIFT)

#define DEF_UNARY(name, insn, T, fm) \
	u32 op_##name(T *p) \
	{ \
		u32 fl; \
		__asm__ __volatile__(insn "\n\tpushfl\n\tpopl %1" : "+m"(*p), "=r"(fl) : : "cc"); \
		return fl & (fm); \
	}
UNARY_OPS(DEF_UNARY)

u64 op_mul32(const u32 *p, u32 v)
{
	u32 lo, hi;
	__asm__("mull %2" : "=a"(lo), "=d"(hi) : "m"(*p), "0"(v) : "cc");
	return ((u64)hi << 32) | lo;
}

u64 op_imul1_32(const u32 *p, u32 v)
{
	u32 lo, hi;
	__asm__("imull %2" : "=a"(lo), "=d"(hi) : "m"(*p), "0"(v) : "cc");
	return ((u64)hi << 32) | lo;
}

u32 op_imul2_32(const u32 *p, u32 v)
{
	__asm__("imull %1, %0" : "+r"(v) : "m"(*p) : "cc");
	return v;
}

u32 op_imul3_16(const u16 *p)
{
	u16 r;
	__asm__("imulw $-1234, %1, %0" : "=r"(r) : "m"(*p) : "cc");
	return r;
}

u64 op_div32(const u32 *p, u32 lo, u32 hi)
{
	__asm__("divl %2" : "+a"(lo), "+d"(hi) : "m"(*p) : "cc");
	return ((u64)hi << 32) | lo;   /* remainder:quotient */
}

u64 op_idiv32(const u32 *p, u32 lo, u32 hi)
{
	__asm__("idivl %2" : "+a"(lo), "+d"(hi) : "m"(*p) : "cc");
	return ((u64)hi << 32) | lo;
}

u32 op_div8(const u8 *p, u16 ax)
{
	__asm__("divb %1" : "+a"(ax) : "m"(*p) : "cc");
	return ax;
}

u32 op_bsf32(const u32 *p)
{
	u32 r = 0xdead;
	__asm__("bsfl %1, %0" : "+r"(r) : "m"(*p) : "cc");
	return r;
}

u32 op_bsr16(const u16 *p)
{
	u16 r = 0xbee;
	__asm__("bsrw %1, %0" : "+r"(r) : "m"(*p) : "cc");
	return r;
}

u32 op_cmov(const u32 *p, u32 a, u32 b)
{
	u32 r = 7;
	__asm__("cmpl %2, %1\n\tcmovbl %3, %0" : "+r"(r) : "r"(a), "r"(b), "m"(*p) : "cc");
	return r;
}

void op_setcc(u8 *p, u32 a, u32 b)
{
	__asm__("cmpl %5, %4\n\tsetl %0\n\tsetge %1\n\tseta %2\n\tsetbe %3"
		: "=m"(p[0]), "=m"(p[1]), "=m"(p[2]), "=m"(p[3]) : "r"(a), "r"(b) : "cc");
}

u32 op_shld(u32 *p, u32 v, u8 n)
{
	__asm__("shldl %%cl, %1, %0" : "+m"(*p) : "r"(v), "c"(n) : "cc");
	return *p;
}

u32 op_shrd(u16 *p, u16 v, u8 n)
{
	__asm__("shrdw %%cl, %1, %0" : "+m"(*p) : "r"(v), "c"(n) : "cc");
	return *p;
}

/* push and pop with memory operands (%esp moves between the address computations). */
u32 op_pushpop(const u32 *src, u32 *dst)
{
	__asm__("pushl %1\n\tpopl %0" : "=m"(*dst) : "m"(*src));
	return *dst;
}

/* Flags set before a load and consumed after it: inserted code must preserve them. */
u32 op_flags_across(const u32 *p, u32 a, u32 b)
{
	u32 r;
	__asm__("cmpl %3, %2\n\tmovl %1, %0\n\tjb 1f\n\tnotl %0\n1:\tadcl $0, %0" : "=&r"(r) : "m"(*p), "r"(a), "r"(b) : "cc");
	return r;
}

void add64(u64 *p, u64 v) { *p += v; }                       /* addl/adcl on memory */
void sub64_2(u64 *p, u64 v, u64 *q) { *p -= v; *q += *p >> 7; }

/* Loads of every width and extension from one (possibly unaligned) address. */
u32 loads(const void *p, u32 *out)
{
	const u8 *b = p;
	out[0] = *(const u8 *)p;
	out[1] = (u32)(s32)*(const s8 *)p;
	out[2] = *(const u16 *)p;
	out[3] = (u32)(s32)*(const s16 *)p;
	out[4] = *(const u32 *)p;
	out[5] = (u32)(*(const u64 *)p >> 24);
	out[6] = b[1] + b[2] * 3u + (u32)(s8)b[3];
	return out[0] ^ out[2] ^ out[4];
}

void stores(void *p, u32 v)
{
	u8 *b = p;
	*(u32 *)(b + 8) = v;
	*(u16 *)(b + 5) = (u16)v;
	*(u8 *)(b + 3) = (u8)v;
	*(u64 *)(b + 12) = ((u64)v << 32) | (v ^ 0xffffffffu);
	b[0] = b[8] + b[9];
	b[1] = 0;
	*(u16 *)(b + 21) = 0xffff;
}

u32 g_word = 0x11112222;
u16 g_half = 0x3344;
u8 g_bytes[300];
s8 g_sbytes[64] = { -1, -2, -3, 4, 5, 6, -128, 127 };
u64 g_wide = 0x0123456789abcdefull;
u32 g_table[256];

u32 globals_step(u32 i, u32 v)
{
	g_word += v;
	g_half ^= (u16)v;
	g_bytes[i % 300] += (u8)v;
	g_sbytes[i & 63] = (s8)(g_sbytes[(i + 1) & 63] - (s8)v);
	g_wide = (g_wide << 1) ^ v;
	g_table[(u8)v] = g_table[(u8)(v >> 8)] + i;
	return g_word ^ g_half ^ g_bytes[(i * 7) % 300] ^ (u32)(s32)g_sbytes[(i * 3) & 63] ^ (u32)g_wide;
}

/* Negative indices off a pointer into the middle of an array. */
u32 array_walk(const s16 *mid, int lo, int hi)
{
	u32 s = 0;
	for (int i = lo; i < hi; i++) s = s * 3 + (u32)(s32)mid[i];
	return s;
}

u32 matrix(u32 (*m)[7], u32 rows)
{
	u32 s = 0;
	for (u32 r = 0; r < rows; r++)
		for (u32 c = 0; c < 7; c++) {
			m[r][c] += r * c;
			s ^= m[r][c] << (c & 3);
		}
	return s;
}

u32 static_counter(u32 step)
{
	static u32 count = 100;
	static u16 history[16];
	history[count & 15] = (u16)count;
	count += step;
	return count + history[(count + 1) & 15];
}

#else /* test main */

static u8 *buf;   /* 3 pages in the region */

/* An operand address: random, often right at the page boundary (straddling for wide types). */
static void *where(u32 size)
{
	u32 r = rnd_below(4);
	u32 off = r == 0 ? 4096 - size + rnd_below(2 * size - 1) : r == 1 ? 8192 - 1 - rnd_below(size) : rnd_below(3 * 4096 - 8);
	return buf + off;
}

static u32 val(void)
{
	switch (rnd_below(5)) {
	case 0: return 0;
	case 1: return 0xffffffffu >> rnd_below(32);
	case 2: return 0x80000000u >> rnd_below(32);
	default: return rnd();
	}
}

#define N 40

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	buf = rt_alloc(3 * 4096 + 64, 4096);
	for (u32 i = 0; i < 3 * 4096; i++) buf[i] = (u8)rnd();

#define RUN_ALU(name, insn, T, c, fm) \
	for (int k = 0; k < N; k++) { \
		T *p = where(sizeof(T)); \
		T a = (T)val(), b = (T)val(); \
		*p = a; \
		u32 f = M(op_##name, p, b); \
		out_kv(#name, f); \
		out_kv(" =", *p); \
		T e = a; \
		const char *s = #name; \
		if (s[0] == 'a' && s[1] == 'd') e = (T)(a + b); \
		if (s[0] == 's') e = (T)(a - b); \
		if (s[0] == 'a' && s[1] == 'n') e = a & b; \
		if (s[0] == 'o') e = a | b; \
		if (s[0] == 'x' && s[1] == 'o') e = a ^ b; \
		CHECK_EQ(*p, e); \
	}
	ALU_OPS(RUN_ALU)

#define RUN_XCHG(name, insn, T, c) \
	for (int k = 0; k < N; k++) { \
		T *p = where(sizeof(T)); \
		T a = (T)val(), b = (T)val(); \
		*p = a; \
		CHECK_EQ(M(op_##name, p, b), a); \
		CHECK_EQ(*p, b); \
	}
	XCHG_OPS(RUN_XCHG)

#define RUN_CARRY(name, insn, T, c, fm) \
	for (int k = 0; k < N; k++) { \
		T *p = where(sizeof(T)); \
		T a = (T)val(), b = (T)val(); \
		*p = a; \
		u32 f = M(op_##name, p, b); \
		out_kv(#name, f); \
		out_kv(" =", *p); \
		const char *s = #name; \
		if (s[0] == 'a') CHECK_EQ(*p, (T)(a + b + (b & 1))); \
		if (s[0] == 's') CHECK_EQ(*p, (T)(a - b - (b & 1))); \
	}
	CARRY_OPS(RUN_CARRY)

#define RUN_SHIFT(name, insn, T, fm) \
	for (int k = 0; k < N; k++) { \
		T *p = where(sizeof(T)); \
		T a = (T)val(); \
		u8 n = (u8)rnd_below(k < 4 ? 1 : 33); \
		*p = a; \
		u32 f = M(op_##name, p, n); \
		out_kv(#name, f); \
		out_kv(" =", *p); \
		u32 m = n & 31, bits = sizeof(T) * 8; \
		const char *s = #name; \
		if (s[0] == 's' && s[1] == 'h' && s[2] == 'l' && m < bits) CHECK_EQ(*p, (T)(a << m)); \
		if (s[0] == 's' && s[1] == 'h' && s[2] == 'r' && m < bits) CHECK_EQ(*p, (T)(a >> m)); \
		if (s[0] == 'r' && s[1] == 'o' && s[2] == 'l' && bits == 32) CHECK_EQ(*p, m ? (a << m) | (a >> (32 - m)) : a); \
		if (n == 0) CHECK_EQ(*p, a); \
	}
	SHIFT_OPS(RUN_SHIFT)

#define RUN_UNARY(name, insn, T, fm) \
	for (int k = 0; k < N; k++) { \
		T *p = where(sizeof(T)); \
		T a = (T)val(); \
		*p = a; \
		u32 f = M(op_##name, p); \
		out_kv(#name, f); \
		out_kv(" =", *p); \
		const char *s = #name; \
		if (s[0] == 'i') CHECK_EQ(*p, (T)(a + 1)); \
		if (s[0] == 'd') CHECK_EQ(*p, (T)(a - 1)); \
		if (s[0] == 'n' && s[1] == 'e') CHECK_EQ(*p, (T)-a); \
		if (s[0] == 'n' && s[1] == 'o') CHECK_EQ(*p, (T)~a); \
	}
	UNARY_OPS(RUN_UNARY)

	for (int k = 0; k < 4 * N; k++) {
		u32 *p = where(4), *q = where(4);
		u32 a = val(), b = val() | 1, c = val();
		*p = a;
		u64 r = M(op_mul32, p, b);
		CHECK(r == (u64)a * b);
		out_hex64(r);
		out_hex64(M(op_imul1_32, p, c));
		out_kv(" i2", M(op_imul2_32, p, c));
		CHECK_EQ(M(op_imul2_32, p, c), a * c);
		u16 *h = where(2);
		*h = (u16)c;
		CHECK_EQ(M(op_imul3_16, h), (u16)((s16)c * -1234));
		*q = b;
		u32 hi = rnd_below(b);   /* quotient fits in 32 bits */
		u64 d = M(op_div32, q, a, hi);
		u64 num = ((u64)hi << 32) | a;
		CHECK((u64)(u32)d * b + (u32)(d >> 32) == num && (u32)(d >> 32) < b);   /* no libgcc: check q*b+r */
		out_hex64(d);
		*q = (b & 0x7fff) | 1;
		out_hex64(M(op_idiv32, q, a, (u32)((s32)a >> 31)));   /* sign-extended: no overflow */
		u8 *bp = where(1);
		*bp = (u8)(b | 0x80);
		u32 ax = M(op_div8, bp, (u16)(a & 0x7fff));
		CHECK_EQ(ax & 0xff, (a & 0x7fff) / (u8)(b | 0x80));
		*p = a | 0x100;
		u32 bsf = M(op_bsf32, p);
		out_kv(" bsf", bsf);
		CHECK((a | 0x100) >> bsf & 1);
		*h = (u16)(c | 1);
		out_kv(" bsr", M(op_bsr16, h));
		*p = c;
		CHECK_EQ(M(op_cmov, p, a, b), a < b ? c : 7);
		u8 *sp = where(4);
		MV(op_setcc, sp, a, b);
		CHECK(sp[0] == ((s32)a < (s32)b) && sp[1] == ((s32)a >= (s32)b) && sp[2] == (a > b) && sp[3] == (a <= b));
		*q = a;
		u8 n = (u8)rnd_below(32);
		CHECK_EQ(M(op_shld, q, b, n), n ? (a << n) | (b >> (32 - n)) : a);
		*h = (u16)a;
		out_kv(" shrd", M(op_shrd, h, (u16)b, (u8)rnd_below(16)));
		*p = c;
		CHECK_EQ(M(op_pushpop, p, q), c);
		CHECK_EQ(*q, c);
		*p = c;
		CHECK_EQ(M(op_flags_across, p, a, b), a < b ? c + 1 : ~c + 0);
		out_kv(" fa", M(op_flags_across, p, b, a));
	}

	/* 64-bit add with carry across the two halves, at straddling addresses. */
	for (int k = 0; k < 4 * N; k++) {
		u64 *p = where(8), *q = where(8);
		u64 a = ((u64)val() << 32) | val(), b = ((u64)val() << 32) | val();
		if ((u32)p - (u32)q + 8 < 16) continue;   /* overlapping operands */
		*p = a;
		MV(add64, p, b);
		CHECK(*p == a + b);
		*q = 5;
		MV(sub64_2, p, b, q);
		CHECK(*p == a && *q == 5 + (a >> 7));
		out_hex64(*q);
		out_nl();
	}

	/* Loads and stores of every width at every offset around a page boundary. */
	u32 *lo = rt_alloc(7 * 4, 4);
	for (u32 off = 4096 - 24; off < 4096 + 8; off++) {
		u8 *p = buf + off;
		u32 x = M(loads, p, lo);
		CHECK_EQ(lo[0], p[0]);
		CHECK_EQ(lo[1], (u32)(s32)(s8)p[0]);
		CHECK_EQ(lo[2], p[0] | p[1] << 8);
		CHECK_EQ(lo[3], (u32)(s32)(s16)(p[0] | p[1] << 8));
		CHECK_EQ(lo[4], p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24);
		out_kv("ld", x ^ lo[5] ^ lo[6]);
		u32 v = rnd();
		MV(stores, p, v);
		CHECK_EQ(*(u32 *)(p + 8), v);
		CHECK_EQ(*(u16 *)(p + 5), (u16)v);
		CHECK_EQ(p[3], (u8)v);
		CHECK(*(u64 *)(p + 12) == (((u64)v << 32) | (v ^ 0xffffffffu)));
		CHECK_EQ(p[0], (u8)((u8)v + (u8)(v >> 8)));
		CHECK_EQ(*(u16 *)(p + 21), 0xffff);
	}

	for (u32 i = 0; i < 500; i++) out_kv("g", M(globals_step, i, rnd()));
	out_kv("gw", g_word);
	out_kv("gh", g_half);
	out_hex64(g_wide);
	out_nl();

	s16 *arr = rt_alloc(2 * 4096, 2);
	for (u32 i = 0; i < 4096; i++) arr[i] = (s16)rnd();
	for (int k = 0; k < 50; k++) {
		int lo_i = -(int)rnd_below(2000), hi_i = (int)rnd_below(2000);
		u32 e = 0;
		for (int i = lo_i; i < hi_i; i++) e = e * 3 + (u32)(s32)arr[2048 + i];
		CHECK_EQ(M(array_walk, arr + 2048, lo_i, hi_i), e);
	}
	u32 (*mat)[7] = rt_alloc(sizeof(u32) * 7 * 300, 4);
	for (u32 i = 0; i < 7 * 300; i++) mat[i / 7][i % 7] = rnd();
	out_kv("mat", M(matrix, mat, 300));
	out_kv("mat", M(matrix, mat, 300));
	for (u32 i = 0; i < 40; i++) out_kv("sc", M(static_counter, rnd_below(9)));
	return 0;
}
#endif
