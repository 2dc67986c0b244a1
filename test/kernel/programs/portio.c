/*
 * portio.c — port I/O as an ISA/PCI NIC driver does it (ne2k-pci, 8139too, pcnet32): inb/outb of
 * registers, inw/outl, an index/data pair, rep insw/insl into a local buffer and into a dom0 ring,
 * rep outsb/outsl from both. In the hypervisor instance every access goes through the checked
 * helpers (the device's I/O BAR only); natively the original's in/out are trapped and emulated on
 * the same test device.
 */
#include "klib.h"

#define IOB RT_PORT_BASE

u32 regs_rw(u32 seed);
u32 block_in(u8 *ring, u32 words);
u32 block_out(const u8 *ring, u32 n);
u32 indexed(u32 seed);

#ifdef SVM_MODULE

u32 regs_rw(u32 seed)
{
	outb((u8)seed, IOB + 3);
	outw((u16)(seed >> 8), IOB + 4);
	outl(seed * 2654435761u, IOB + 8);
	u32 v = inb(IOB + 3) | (u32)inw(IOB + 4) << 8;
	return v ^ inl(IOB + 8) ^ inb(IOB + 10);
}

u32 block_in(u8 *ring, u32 words)
{
	u16 local[64];
	insw(IOB + 32, local, 64);
	insl(IOB + 32, ring, words);
	u32 h = 0;
	for (u32 i = 0; i < 64; i++) h = h * 33 + local[i];
	for (u32 i = 0; i < words * 4; i++) h = h * 31 + ring[i];
	return h;
}

u32 block_out(const u8 *ring, u32 n)
{
	u8 hdr[14];
	for (u32 i = 0; i < sizeof(hdr); i++) hdr[i] = (u8)(ring[i] ^ 0x5a);
	outsb(IOB + 32, hdr, sizeof(hdr));
	outsl(IOB + 32, ring, n / 4);
	return inl(IOB + 36);
}

u32 indexed(u32 seed)
{
	u32 s = 0;
	for (u32 r = 0; r < 16; r++) {
		outb((u8)r, IOB + 0);                  /* index */
		outb((u8)(seed >> r), IOB + 1);        /* data */
		s = s * 7 + inb(IOB + 1) + inb(IOB + 0);
	}
	return s;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *ring = rt_alloc(3 * 4096, 4096);
	for (u32 k = 0; k < 50; k++) out_kv("regs", M(regs_rw, rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("in", M(block_in, ring + rnd_below(4096), rnd_below(1500)));
	for (u32 k = 0; k < 30; k++) out_kv("out", M(block_out, ring + rnd_below(4096), 14 + rnd_below(6000)));
	for (u32 k = 0; k < 30; k++) out_kv("idx", M(indexed, rnd()));
	out_kv("sum", rt_dev_checksum());
	return 0;
}
#endif
