/*
 * bitrev_crc.c — lib/crc16.c, lib/crc-ccitt.c and lib/bitrev.c: byte-table CRCs with the table in
 * rodata, bit reversal through a nibble table, a CRC over a header assembled in a local, and the
 * Ethernet multicast hash (the top bits of an inverted CRC) computed per address.
 */
#include "klib.h"

u32 crcs(const u8 *p, u32 len);
u32 mc_hash(const u8 *addrs, u32 n);

#ifdef SVM_MODULE

static const u8 nibble_rev[16] = { 0x0, 0x8, 0x4, 0xc, 0x2, 0xa, 0x6, 0xe, 0x1, 0x9, 0x5, 0xd, 0x3, 0xb, 0x7, 0xf };
static inline u8 bitrev8(u8 b) { return (u8)(nibble_rev[b & 15] << 4 | nibble_rev[b >> 4]); }
static noinline u32 bitrev32(u32 x) { return (u32)bitrev8((u8)x) << 24 | (u32)bitrev8((u8)(x >> 8)) << 16 | (u32)bitrev8((u8)(x >> 16)) << 8 | bitrev8((u8)(x >> 24)); }

static u16 crc16_table[256];
static noinline void crc16_init(void)
{
	for (u32 i = 0; i < 256; i++) {
		u16 c = (u16)i;
		for (u32 k = 0; k < 8; k++) c = c & 1 ? (u16)(0xa001 ^ (c >> 1)) : (u16)(c >> 1);
		crc16_table[i] = c;
	}
}

static noinline u16 crc16(u16 crc, const u8 *p, u32 len)
{
	if (!crc16_table[1]) crc16_init();
	while (len--) crc = (u16)((crc >> 8) ^ crc16_table[(crc ^ *p++) & 0xff]);
	return crc;
}

static noinline u16 crc_ccitt(u16 crc, const u8 *p, u32 len)
{
	while (len--) { crc ^= (u16)(*p++ << 8); for (u32 i = 0; i < 8; i++) crc = crc & 0x8000 ? (u16)(crc << 1 ^ 0x1021) : (u16)(crc << 1); }
	return crc;
}

u32 crcs(const u8 *p, u32 len)
{
	u8 hdr[16];
	for (u32 i = 0; i < 16; i++) hdr[i] = (u8)(p[i] ^ len);
	u16 a = crc16(0xffff, hdr, sizeof(hdr));
	a = crc16(a, p, len);
	u16 b = crc_ccitt(0, p, len);
	return bitrev32((u32)a << 16 | b);
}

static noinline u32 ether_crc(const u8 *addr)
{
	u32 crc = 0xffffffffu;
	for (u32 i = 0; i < 6; i++) { u8 c = addr[i]; for (u32 k = 0; k < 8; k++, c >>= 1) crc = (crc >> 1) ^ (((crc ^ c) & 1) ? 0xedb88320u : 0); }
	return crc;
}

u32 mc_hash(const u8 *addrs, u32 n)
{
	u32 filter[2] = { 0, 0 };
	for (u32 i = 0; i < n; i++) { u32 bit = ether_crc(addrs + 6 * i) >> 26; filter[bit >> 5] |= 1u << (bit & 31); }
	return filter[0] ^ bitrev32(filter[1]);
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *p = rt_alloc(4096, 1);
	for (u32 i = 0; i < 4096; i++) p[i] = (u8)rnd();
	for (u32 k = 0; k < 60; k++) out_kv("crc", M(crcs, p + rnd_below(2000), rnd_below(2000)));
	for (u32 k = 0; k < 30; k++) out_kv("mc", M(mc_hash, p + rnd_below(1000), rnd_below(100)));
	return 0;
}
#endif
