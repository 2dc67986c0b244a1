/*
 * checksum.c — arch/x86/lib/checksum_32.S in C and inline asm: ip_fast_csum (adcl chain),
 * csum_partial over odd lengths and alignments, csum_fold, csum_tcpudp_nofold, a pseudo-header
 * built in a local and summed through a pointer, crc32 with a table.
 */
#include "klib.h"

u32 ip_csum(const u8 *hdr, u32 ihl);
u32 csum_partial(const u8 *buf, u32 len, u32 sum);
u32 tcp_csum(const u8 *seg, u32 len, u32 saddr, u32 daddr);
u32 crc32_le(u32 crc, const u8 *p, u32 len);

#ifdef SVM_MODULE

static inline u32 csum_fold(u32 sum)
{
	__asm__("addl %1, %0\n\tadcl $0xffff, %0" : "=r"(sum) : "r"(sum << 16), "0"(sum & 0xffff0000));
	return (~sum) >> 16;
}

u32 ip_csum(const u8 *hdr, u32 ihl)
{
	u32 sum;
	const u32 *iph = (const u32 *)hdr;
	__asm__ __volatile__("movl (%1), %0\n"
			     "subl $4, %2\n\t"
			     "jbe 2f\n\t"
			     "addl 4(%1), %0\n\t"
			     "adcl 8(%1), %0\n\t"
			     "adcl 12(%1), %0\n"
			     "1:\tadcl 16(%1), %0\n\t"
			     "lea 4(%1), %1\n\t"
			     "decl %2\n\t"
			     "jne 1b\n\t"
			     "adcl $0, %0\n\t"
			     "movl %0, %2\n\t"
			     "shrl $16, %0\n\t"
			     "addw %w2, %w0\n\t"
			     "adcl $0, %0\n\t"
			     "notl %0\n"
			     "2:"
			     : "=r"(sum), "=r"(iph), "=r"(ihl)
			     : "1"(iph), "2"(ihl)
			     : "memory");
	return sum & 0xffff;
}

u32 csum_partial(const u8 *buf, u32 len, u32 sum)
{
	u64 s = sum;
	u32 i = 0;
	if (((u32)buf & 1) && len) { s += (u32)buf[0] << 8; i = 1; }
	for (; i + 1 < len; i += 2) s += (u32)buf[i] | (u32)buf[i + 1] << 8;
	if (i < len) s += buf[i];
	while (s >> 32) s = (s & 0xffffffffu) + (s >> 32);
	return (u32)s;
}

struct pseudo { u32 saddr, daddr; u8 zero, proto; u16 len; };

u32 tcp_csum(const u8 *seg, u32 len, u32 saddr, u32 daddr)
{
	struct pseudo ph = { saddr, daddr, 0, 6, (u16)(len << 8 | len >> 8) };
	u32 s = csum_partial((const u8 *)&ph, sizeof(ph), 0);
	s = csum_partial(seg, len, s);
	return csum_fold(s);
}

static u32 crc_table[256];

static noinline void crc_init(void)
{
	for (u32 i = 0; i < 256; i++) {
		u32 c = i;
		for (u32 k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
}

u32 crc32_le(u32 crc, const u8 *p, u32 len)
{
	if (!crc_table[1]) crc_init();
	while (len--) crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
	return crc;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *buf = rt_alloc(9000, 4);
	for (u32 i = 0; i < 9000; i++) buf[i] = (u8)rnd();
	for (u32 k = 0; k < 60; k++) out_kv("ip", M(ip_csum, buf + 4 * rnd_below(100), 5 + rnd_below(10)));
	for (u32 k = 0; k < 60; k++) out_kv("cp", M(csum_partial, buf + rnd_below(4000), rnd_below(4000), rnd()));
	for (u32 k = 0; k < 60; k++) out_kv("tcp", M(tcp_csum, buf + rnd_below(1000), rnd_below(1500), rnd(), rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("crc", M(crc32_le, ~0u, buf + rnd_below(4000), rnd_below(4000)));
	return 0;
}
#endif
