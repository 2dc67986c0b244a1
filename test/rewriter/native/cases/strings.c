/*
 * cases/strings.c — string instructions, which the rewriter splits into page-bounded chunks over
 * translated %esi/%edi. Two layers:
 *   - the kernel's memcpy/memset (drivers/include/asm/string.h: rep movsl + rep movsb, rep stosl +
 *     rep stosb) and strlen/strcmp-style loops (repne scasb, repe cmpsb), over buffers that cross
 *     page boundaries at every small offset and many lengths;
 *   - every string instruction form on its own (movs/stos/lods/cmps/scas, b/w/l, with and without
 *     rep/repe/repne), with chosen incoming EFLAGS: the main checks final %esi %edi %ecx %eax,
 *     EFLAGS (for cmps/scas the comparison's, otherwise the incoming ones, which must survive) and
 *     memory against a C model of the architecture, including count 0 (no access at all, even
 *     through a bogus pointer) and early exit of repe/repne.
 */
#include "svm_native.h"

struct sregs { u32 esi, edi, ecx, eax, fl; };

#define STR_OPS(X) \
	X(rep_movsb, "rep movsb", 1) X(rep_movsw, "rep movsw", 2) X(rep_movsl, "rep movsl", 4) \
	X(rep_stosb, "rep stosb", 1) X(rep_stosw, "rep stosw", 2) X(rep_stosl, "rep stosl", 4) \
	X(repe_cmpsb, "repe cmpsb", 1) X(repne_cmpsb, "repne cmpsb", 1) X(repe_cmpsw, "repe cmpsw", 2) \
	X(repe_cmpsl, "repe cmpsl", 4) X(repne_cmpsl, "repne cmpsl", 4) \
	X(repne_scasb, "repne scasb", 1) X(repe_scasb, "repe scasb", 1) X(repne_scasw, "repne scasw", 2) \
	X(repe_scasl, "repe scasl", 4) X(rep_lodsb, "rep lodsb", 1) X(rep_lodsl, "rep lodsl", 4) \
	X(movsb, "movsb", 1) X(movsw, "movsw", 2) X(movsl, "movsl", 4) X(stosb, "stosb", 1) X(stosl, "stosl", 4) \
	X(lodsb, "lodsb", 1) X(lodsw, "lodsw", 2) X(lodsl, "lodsl", 4) X(cmpsb, "cmpsb", 1) X(cmpsl, "cmpsl", 4) \
	X(scasb, "scasb", 1) X(scasw, "scasw", 2)

#define DECL_OP(name, insn, size) void so_##name(struct sregs *r);
STR_OPS(DECL_OP)
void *mem_copy(void *dst, const void *src, size_t n);
void *mem_set(void *dst, int c, size_t n);
size_t str_len(const char *s);
int mem_cmp(const void *a, const void *b, size_t n);
void *mem_chr(const void *s, int c, size_t n);
u32 copy_then_sum(u8 *dst, const u8 *src, size_t n);

#ifdef SVM_MODULE

/*
 * One string instruction on the registers in *r. Incoming EFLAGS are those of `addl r->fl, r->fl`
 * (popfl would be a privileged instruction for the rewriter) and go out through pushfl, so they
 * are live across the whole instruction: the rewriter must keep them (cmps/scas: replace them).
 */
#define DEF_OP(name, insn, size) \
	void so_##name(struct sregs *r) \
	{ \
		u32 esi = r->esi, edi = r->edi, ecx = r->ecx, eax = r->eax, fl = r->fl; \
		__asm__ __volatile__("addl %4, %4\n\t" insn "\n\tpushfl\n\tpopl %4" \
				     : "+S"(esi), "+D"(edi), "+c"(ecx), "+a"(eax), "+r"(fl) : : "memory", "cc"); \
		r->esi = esi; r->edi = edi; r->ecx = ecx; r->eax = eax; r->fl = fl; \
	}
STR_OPS(DEF_OP)

/* The kernel's memcpy/memset (inline asm, as in drivers/include/asm/string.h). */
void *mem_copy(void *dst, const void *src, size_t n)
{
	unsigned long c, d, s;
	__asm__ __volatile__("rep ; movsl\n\tmovl %[len], %%ecx\n\tandl $3, %%ecx\n\trep ; movsb"
			     : "=&c"(c), "=&D"(d), "=&S"(s)
			     : "0"(n >> 2), [len] "g"(n), "1"(dst), "2"(src)
			     : "memory");
	return dst;
}

void *mem_set(void *dst, int ch, size_t n)
{
	unsigned long c, d;
	__asm__ __volatile__("rep ; stosl\n\tmovl %[len], %%ecx\n\tandl $3, %%ecx\n\trep ; stosb"
			     : "=&c"(c), "=&D"(d)
			     : "a"(0x01010101u * (u8)ch), "0"(n >> 2), [len] "g"(n), "1"(dst)
			     : "memory");
	return dst;
}

/* The old i386 strlen: repne scasb from %ecx = -1, then not/dec. */
size_t str_len(const char *s)
{
	int d0;
	size_t res;
	__asm__ __volatile__("repne\n\tscasb" : "=c"(res), "=&D"(d0) : "1"(s), "a"(0), "0"(0xffffffffu) : "memory");
	return ~res - 1;
}

/* memcmp via repe cmpsb: the sign of the first differing byte pair, 0 if equal (or n == 0). */
int mem_cmp(const void *a, const void *b, size_t n)
{
	const u8 *pa, *pb;
	size_t left;
	__asm__ __volatile__("testl %2, %2\n\trepe cmpsb" : "=S"(pa), "=D"(pb), "=c"(left) : "0"(a), "1"(b), "2"(n) : "memory", "cc");
	if (n == 0 || (left == 0 && pa[-1] == pb[-1])) return 0;
	return pa[-1] < pb[-1] ? -1 : 1;
}

void *mem_chr(const void *s, int c, size_t n)
{
	const u8 *p;
	size_t left;
	if (!n) return NULL;
	__asm__ __volatile__("repne scasb" : "=D"(p), "=c"(left) : "0"(s), "1"(n), "a"(c) : "memory", "cc");
	return p[-1] == (u8)c ? (void *)(p - 1) : NULL;
}

u32 copy_then_sum(u8 *dst, const u8 *src, size_t n)
{
	mem_copy(dst, src, n);
	u32 s = 0;
	for (size_t i = 0; i < n; i++) s = s * 7 + dst[i];
	return s;
}

#else /* test main */

typedef void (*op_fn)(struct sregs *);
struct op_desc { const char *name, *insn; u32 size; op_fn fn; };
#define DESC(name, insn, size) { #name, insn, size, so_##name },
static const struct op_desc ops[] = { STR_OPS(DESC) };

static int has(const char *s, const char *w)
{
	for (; *s; s++) {
		const char *a = s, *b = w;
		while (*b && *a == *b) a++, b++;
		if (!*b) return 1;
	}
	return 0;
}

static u32 rd(const u8 *p, u32 size) { u32 v = 0; for (u32 i = 0; i < size; i++) v |= (u32)p[i] << (8 * i); return v; }
static void wr(u8 *p, u32 size, u32 v) { for (u32 i = 0; i < size; i++) p[i] = (u8)(v >> (8 * i)); }

static u32 parity(u32 v) { v &= 0xff; v ^= v >> 4; v ^= v >> 2; v ^= v >> 1; return !(v & 1); }

/* EFLAGS of `cmp b, a` (a - b) at the given width. */
static u32 sub_flags(u32 a, u32 b, u32 size)
{
	u32 bits = size * 8, mask = bits == 32 ? 0xffffffffu : (1u << bits) - 1, sign = 1u << (bits - 1);
	a &= mask;
	b &= mask;
	u32 r = (a - b) & mask, f = 0;
	if (a < b) f |= 0x1;
	if (parity(r)) f |= 0x4;
	if ((a ^ b ^ r) & 0x10) f |= 0x10;
	if (r == 0) f |= 0x40;
	if (r & sign) f |= 0x80;
	if ((a ^ b) & (a ^ r) & sign) f |= 0x800;
	return f;
}

/* EFLAGS of `add a, a`: the incoming flags of every so_* op. */
static u32 add_flags(u32 a)
{
	u32 r = a + a, f = 0;
	if (a & 0x80000000u) f |= 0x1;
	if (parity(r)) f |= 0x4;
	if (r & 0x10) f |= 0x10;   /* a ^ a ^ r */
	if (r == 0) f |= 0x40;
	if (r & 0x80000000u) f |= 0x80;
	if ((a ^ r) & 0x80000000u) f |= 0x800;
	return f;
}

/* The architecture, on the model copy of the arena (address + delta). */
static void model(const struct op_desc *d, struct sregs *r, s32 delta)
{
	u32 s = d->size;
	int rep = has(d->insn, "rep"), repe = has(d->insn, "repe"), repne = has(d->insn, "repne");
	int movs = has(d->insn, "movs"), stos = has(d->insn, "stos"), lods = has(d->insn, "lods");
	int cmps = has(d->insn, "cmps"), scas = has(d->insn, "scas");
	u32 mask = s == 4 ? 0xffffffffu : (1u << (8 * s)) - 1;
	for (;;) {
		if (rep && r->ecx == 0) break;
		u8 *src = (u8 *)(r->esi + delta), *dst = (u8 *)(r->edi + delta);
		if (movs) { wr(dst, s, rd(src, s)); r->esi += s; r->edi += s; }
		if (stos) { wr(dst, s, r->eax); r->edi += s; }
		if (lods) { r->eax = (r->eax & ~mask) | rd(src, s); r->esi += s; }
		if (cmps) { r->fl = (r->fl & ~0x8d5u) | sub_flags(rd(src, s), rd(dst, s), s); r->esi += s; r->edi += s; }
		if (scas) { r->fl = (r->fl & ~0x8d5u) | sub_flags(r->eax, rd(dst, s), s); r->edi += s; }
		if (!rep) break;
		r->ecx--;
		if (repe && (cmps || scas) && !(r->fl & 0x40)) break;
		if (repne && (cmps || scas) && (r->fl & 0x40)) break;
		if (r->ecx == 0) break;
	}
}

#define ARENA (4 * 4096)

static u32 near_boundary(void)
{
	u32 b = 4096 * (1 + rnd_below(2));
	return b - 40 + rnd_below(64);
}

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *x = rt_alloc(ARENA, 4096), *y = rt_alloc(ARENA, 4096);
	s32 delta = (s32)(y - x);
	struct sregs *r = rt_alloc(sizeof(*r), 4);
	u32 nops = ARRAY_SIZE(ops);

	for (u32 k = 0; k < 120 * nops; k++) {
		const struct op_desc *d = &ops[k % nops];
		int scas = has(d->insn, "scas"), cmps = has(d->insn, "cmps");
		u32 esi = near_boundary(), edi = near_boundary();
		u32 room = ARENA - (esi > edi ? esi : edi);
		u32 cnt = rnd_below(4) == 0 ? rnd_below(3) : rnd_below(room / d->size < 5000 ? room / d->size : 5000);
		if (rnd_below(8) == 0) cnt = room / d->size;
		for (u32 i = 0; i < ARENA; i++) x[i] = (u8)rnd();
		u32 eax = rnd();
		if (cmps) {
			/* Long equal runs, then maybe a difference: both repe and repne stop somewhere. */
			for (u32 i = 0; i < cnt * d->size; i++) x[edi + i] = x[esi + i];
			if (rnd_below(3)) x[edi + rnd_below(cnt * d->size + 1)] ^= (u8)(1 + rnd_below(255));
		}
		if (scas) {
			int fill_equal = has(d->insn, "repe");
			for (u32 i = 0; i + d->size <= cnt * d->size; i += d->size) wr(x + edi + i, d->size, fill_equal ? eax : eax ^ 0x5a5a5a5a);
			if (rnd_below(2)) wr(x + edi + d->size * rnd_below(cnt + 1), d->size, fill_equal ? ~eax : eax);
		}
		for (u32 i = 0; i < ARENA; i++) y[i] = x[i];
		struct sregs in = { (u32)x + esi, (u32)x + edi, cnt, eax, rnd() };
		/* Count 0 of a rep form touches no memory: point it anywhere (outside the region). */
		if (cnt == 0 && has(d->insn, "rep") && rnd_below(2)) { in.esi = 0x1000; in.edi = 0x2000 + rnd_below(8); }
		*r = in;
		MV(d->fn, r);
		struct sregs e = in;
		e.fl = add_flags(in.fl);
		model(d, &e, delta);
		CHECK_EQ(r->esi, e.esi);
		CHECK_EQ(r->edi, e.edi);
		CHECK_EQ(r->ecx, e.ecx);
		CHECK_EQ(r->eax, e.eax);
		CHECK_EQ(r->fl & 0x8d5u, e.fl & 0x8d5u);
		u32 bad = 0;
		for (u32 i = 0; i < ARENA; i++) bad += x[i] != y[i];
		CHECK_EQ(bad, 0);
		if (k % 7 == 0) {
			out_str(d->name);
			out_kv("", r->esi - (u32)x);
			out_kv(" edi", r->edi - (u32)x);
			out_kv(" ecx", r->ecx);
			out_kv(" eax", r->eax);
			out_kv(" fl", r->fl & 0x8d5u);
		}
	}

	/*
	 * Kernel memcpy/memset: source offsets 0..11 around a page boundary (every alignment mod 4 on
	 * both sides), destination offsets cycling over 13 positions around another, every length
	 * 0..64 and lengths around one and two pages.
	 */
	static const u32 lens[] = { 4093, 4094, 4095, 4096, 4097, 4100, 5000, 6000, 1500, 1514, 100, 255, 256 };
	for (u32 li = 0; li < 65 + ARRAY_SIZE(lens); li++) {
		u32 n = li < 65 ? li : lens[li - 65];
		for (u32 so = 0; so < 12; so++) {
			u32 s = 4096 - 6 + so - (n > 2000 ? 2000 : 0), dofs = 8192 + 4096 - (n > 4000 ? 4100 : 6) + (so * 5 + n) % 13;
			u8 *src = x + s, *dst = x + dofs;
			if (dofs + n > ARENA) continue;
			for (u32 i = 0; i < n; i++) src[i] = (u8)rnd();
			dst[-1] = 0xa5;
			dst[n] = 0x5a;
			CHECK(M(mem_copy, dst, src, n) == dst);
			u32 bad = 0;
			for (u32 i = 0; i < n; i++) bad += dst[i] != src[i];
			CHECK_EQ(bad, 0);
			CHECK(dst[-1] == 0xa5 && dst[n] == 0x5a);
			u8 c = (u8)rnd();
			MV(mem_set, dst + 1, c, n ? n - 1 : 0);
			for (u32 i = 1; i < n; i++) bad += dst[i] != c;
			CHECK_EQ(bad, 0);
			CHECK(dst[0] == (n ? src[0] : 0x5a) && dst[n] == 0x5a);
		}
		out_kv("copy", n);
	}
	for (u32 k = 0; k < 200; k++) {
		u32 n = rnd_below(3000), s = near_boundary(), dofs = 12288 + rnd_below(1024);   /* never overlapping */
		u32 e = 0;
		for (u32 i = 0; i < n && s + i < ARENA; i++) e = e * 7 + x[s + i];
		if (s + n > ARENA || dofs + n > ARENA) continue;
		u32 got = M(copy_then_sum, x + dofs, x + s, n);
		CHECK_EQ(got, e);
		if (k % 5 == 0) out_kv("cs", got);
	}

	/* strlen/memcmp/memchr built on repne scasb / repe cmpsb. */
	for (u32 k = 0; k < 300; k++) {
		u32 s = near_boundary(), n = rnd_below(300);
		for (u32 i = 0; i < n; i++) x[s + i] = (u8)(1 + rnd_below(255));
		x[s + n] = 0;
		CHECK_EQ(M(str_len, (const char *)x + s), n);
		u32 t = 8192 + 4096 - 150 + rnd_below(100);
		for (u32 i = 0; i < n; i++) x[t + i] = x[s + i];
		int diff_at = n && rnd_below(2) ? (int)rnd_below(n) : -1;
		if (diff_at >= 0) x[t + diff_at] = (u8)(x[t + diff_at] + 1 + rnd_below(254));
		int c = M(mem_cmp, x + s, x + t, n);
		int ec = diff_at < 0 ? 0 : x[s + diff_at] < x[t + diff_at] ? -1 : 1;
		CHECK_EQ(c, ec);
		u8 want = (u8)rnd();
		u8 *found = M(mem_chr, x + s, want, n), *ef = NULL;
		for (u32 i = 0; i < n; i++) if (x[s + i] == want) { ef = x + s + i; break; }
		CHECK(found == ef);
		if (k % 10 == 0) { out_kv("str", n); out_kv(" cmp", (u32)c); }
	}
	return 0;
}
#endif
