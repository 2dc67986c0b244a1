// The NIC model alone, driven through its BAR mapped in an address space (the same bus path the CPU
// uses) with rings and buffers in emulated physical memory: PCI config, register side effects, the
// EEPROM, reset, interrupt causes and line level, RX by DMA (FCS, DD|EOP, filters, overflow -> RXO),
// TX gather across descriptors (EOP/RS/DD, partial frames, link down), counters, DMA errors.

import { beforeEach, describe, expect, it } from 'vitest';
import { Machine, PTE_W, type AddressSpace } from '../../src/emulator/index.js';
import { E1000_BITS as B, E1000_REGS as R, RX_DESC, TX_DESC } from '../../src/platform/layout.generated.js';
import { crc32, E1000Nic } from '../../src/platform/nic/index.js';

const BASE = 0xfebc0000;
const VA = 0xd8000000;

/** sent: what onTransmit got; wired: what the `wire` receiver got (the same frames, first). */
interface Rig { m: Machine; nic: E1000Nic; as: AddressSpace; sent: Uint8Array[]; wired: Uint8Array[] }

function rig(opts: { linkUp?: boolean } = {}): Rig {
  const m = new Machine({ ramBytes: 16 * 1024 * 1024 });
  const sent: Uint8Array[] = [], wired: Uint8Array[] = [];
  const wire = { receive: (f: Uint8Array): void => { expect(wired.length).toBe(sent.length); wired.push(f); } };
  const nic = new E1000Nic({ bus: m.bus, mmioBase: BASE, irq: m.bus.irq(11), onTransmit: (f) => sent.push(f), wire, linkUp: opts.linkUp ?? true });
  const as = m.createAddressSpace('test');
  as.mapPhys(VA, BASE, 0x20000, PTE_W);
  return { m, nic, as, sent, wired };
}

describe('NIC: PCI configuration space and BAR decoding', () => {
  it('identifies as 8086:100E, class 02, BAR0 at the platform address, INTA on the given line', () => {
    const { nic } = rig();
    expect(nic.configRead(0, 2)).toBe(0x8086);
    expect(nic.configRead(2, 2)).toBe(0x100e);
    expect(nic.configRead(0x0b, 1)).toBe(0x02);
    expect(nic.configRead(0x10, 4)).toBe(BASE);
    expect(nic.configRead(0x3c, 1)).toBe(11);
    expect(nic.configRead(0x08, 1)).toBe(3);
  });
  it('decodes the BAR only with PCI_COMMAND.MEMORY', () => {
    const { nic, as } = rig();
    expect(as.read32(VA + R.STATUS) >>> 0).toBe(0xffffffff);
    as.write32(VA + R.IMS, 0xff);
    expect(nic.interruptMask).toBe(0);
    nic.configWrite(4, 2, 0x2);
    expect(as.read32(VA + R.STATUS) & B.STATUS_LU).toBe(B.STATUS_LU);
    expect(nic.counters.mmioWhileDisabled).toBe(2);
  });
});

describe('NIC: registers', () => {
  let r: Rig;
  const rd = (off: number): number => r.as.read32(VA + off) >>> 0;
  const wr = (off: number, v: number): void => r.as.write32(VA + off, v);
  beforeEach(() => { r = rig(); r.nic.configWrite(4, 2, 0x6); });

  it('STATUS reports link, full duplex and 1000 Mb/s; a link change sets ICR.LSC', () => {
    expect(rd(R.STATUS)).toBe(B.STATUS_LU | B.STATUS_FD | B.STATUS_SPEED_1000);
    r.nic.setLink(false);
    expect(rd(R.STATUS) & B.STATUS_LU).toBe(0);
    expect(rd(R.ICR)).toBe(B.ICR_LSC);
    wr(R.STATUS, 0); // read-only
    expect(r.nic.counters.illegalWrites).toBe(1);
  });

  it('ICR is cleared by reading, ICS sets causes, IMS ORs, IMC clears, the line follows ICR & IMS', () => {
    const line = r.m.bus.irq(11);
    wr(R.ICS, B.ICR_TXDW | B.ICR_RXT0);
    expect(line.level).toBe(false); // masked
    wr(R.IMS, B.ICR_RXT0);
    expect(line.level).toBe(true);
    wr(R.IMS, B.ICR_LSC);
    expect(rd(R.IMS)).toBe(B.ICR_RXT0 | B.ICR_LSC);
    wr(R.IMC, B.ICR_RXT0);
    expect(rd(R.IMS)).toBe(B.ICR_LSC);
    expect(line.level).toBe(false);
    wr(R.IMS, B.ICR_TXDW);
    expect(line.level).toBe(true);
    expect(rd(R.ICR)).toBe(B.ICR_TXDW | B.ICR_RXT0);
    expect(rd(R.ICR)).toBe(0);
    expect(line.level).toBe(false);
    wr(R.ICS, B.ICR_TXDW);
    wr(R.ICR, B.ICR_TXDW); // write 1 to clear
    expect(r.nic.pendingCauses).toBe(0);
  });

  it('EERD reads the EEPROM: MAC in words 0-2, version in word 5, checksum word', () => {
    const word = (w: number): number => {
      wr(R.EERD, (w << 8) | B.EERD_START);
      const v = rd(R.EERD);
      expect(v & B.EERD_DONE).toBeTruthy();
      return v >>> 16;
    };
    expect([word(0), word(1), word(2)]).toEqual([0x1100, 0x3322, 0x5544]);
    expect(word(5)).toBe(0x1234);
    let sum = 0;
    for (let w = 0; w < 64; w++) sum = (sum + word(w)) & 0xffff;
    expect(sum).toBe(0xbaba);
    expect(r.nic.counters.eepromReads).toBe(68);
  });

  it('CTRL.RST returns every register to its power-on value (RST reads back 0, RAL0 reloaded from the EEPROM)', () => {
    const ctrl0 = rd(R.CTRL);
    wr(R.IMS, 0xdd); wr(R.ICS, 0x80); wr(R.RCTL, B.RCTL_EN); wr(R.RDLEN, 4096); wr(R.RDT, 5); wr(R.RAL0, 0x12345678);
    wr(R.CTRL, rd(R.CTRL) | B.CTRL_RST);
    expect(rd(R.CTRL)).toBe(ctrl0);
    expect(rd(R.CTRL) & B.CTRL_RST).toBe(0);
    for (const reg of [R.IMS, R.ICR, R.RCTL, R.RDLEN, R.RDT, R.GPRC]) expect(rd(reg)).toBe(0);
    expect(rd(R.RAL0)).toBe(0x33221100); // MAC 00:11:22:33:44:55, bytes 0-3
    expect(r.m.bus.irq(11).level).toBe(false);
    expect(r.nic.counters.resets).toBe(1);
  });

  it('byte and word accesses see the register bytes', () => {
    wr(R.RAL0, 0x44332211);
    expect(r.as.read8(VA + R.RAL0 + 2)).toBe(0x33);
    expect(r.as.read16(VA + R.RAL0 + 2)).toBe(0x4433);
    r.as.write8(VA + R.RAL0 + 1, 0xaa);
    expect(rd(R.RAL0)).toBe(0x4433aa11);
    expect(r.as.read8(VA + R.STATUS) & B.STATUS_LU).toBe(B.STATUS_LU);
  });
});

/** Rings and buffers in physical memory. */
function dma(r: Rig) {
  const pfn = r.m.mem.allocFrames(64);
  const base = pfn * 4096;
  return {
    ring: base, buf: (i: number) => base + 4096 * (2 + i),
    w32: (pa: number, v: number) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, v >>> 0, true); r.m.bus.dmaWrite(pa, b); },
    r8: (pa: number) => r.m.bus.dmaRead(pa, 1)[0]!,
    r16: (pa: number) => new DataView(r.m.bus.dmaRead(pa, 2).buffer).getUint16(0, true),
    read: (pa: number, n: number) => r.m.bus.dmaRead(pa, n),
    write: (pa: number, b: Uint8Array) => r.m.bus.dmaWrite(pa, b),
  };
}

function frameTo(dst: ArrayLike<number>, len: number, seed: number): Uint8Array {
  const f = new Uint8Array(len);
  for (let i = 0; i < len; i++) f[i] = (seed + i * 7) & 0xff;
  f.set(Array.from(dst), 0);
  return f;
}

describe('NIC: receive', () => {
  let r: Rig;
  let d: ReturnType<typeof dma>;
  const wr = (off: number, v: number): void => r.as.write32(VA + off, v);
  const rd = (off: number): number => r.as.read32(VA + off) >>> 0;
  beforeEach(() => {
    r = rig();
    r.nic.configWrite(4, 2, 0x6);
    d = dma(r);
    for (let i = 0; i < 8; i++) d.w32(d.ring + 16 * i + RX_DESC.buffer_addr, d.buf(i));
    wr(R.RDBAL, d.ring); wr(R.RDBAH, 0); wr(R.RDLEN, 128); wr(R.RDH, 0); wr(R.RDT, 7);
    wr(R.RAL0, 0x33221100); wr(R.RAH0, 0x5544 | B.RAH_AV);
    wr(R.RCTL, B.RCTL_EN | B.RCTL_BAM);
    wr(R.IMS, 0xdd);
  });

  it('DMAs frame + FCS into the buffer at RDH and writes length, DD|EOP; RDH, GPRC, RXT0 follow', () => {
    const f = frameTo(r.nic.mac, 100, 1);
    expect(r.nic.deliver(f)).toBe('accepted');
    const got = d.read(d.buf(0), 104);
    expect([...got.subarray(0, 100)]).toEqual([...f]);
    expect(new DataView(got.buffer).getUint32(100, true)).toBe(crc32(f));
    expect(d.r16(d.ring + RX_DESC.length)).toBe(104);
    expect(d.r8(d.ring + RX_DESC.status) & (B.RXD_STAT_DD | B.RXD_STAT_EOP)).toBe(B.RXD_STAT_DD | B.RXD_STAT_EOP);
    expect(d.r8(d.ring + RX_DESC.errors)).toBe(0);
    expect(rd(R.RDH)).toBe(1);
    expect(r.m.bus.irq(11).level).toBe(true);
    expect(rd(R.ICR) & B.ICR_RXT0).toBeTruthy();
    expect(rd(R.GPRC)).toBe(1);
    expect(rd(R.GPRC)).toBe(0); // clear on read
  });

  it('filters: own MAC with AV, broadcast with BAM, multicast with MPE, anything with UPE', () => {
    const other = [0x02, 1, 2, 3, 4, 5], mcast = [0x01, 0, 0x5e, 0, 0, 1], bcast = [255, 255, 255, 255, 255, 255];
    expect(r.nic.deliver(frameTo(other, 60, 0))).toBe('filtered');
    expect(r.nic.deliver(frameTo(mcast, 60, 0))).toBe('filtered');
    expect(r.nic.deliver(frameTo(bcast, 60, 0))).toBe('accepted');
    wr(R.RCTL, B.RCTL_EN | B.RCTL_MPE);
    expect(r.nic.deliver(frameTo(mcast, 60, 0))).toBe('accepted');
    wr(R.RCTL, B.RCTL_EN | B.RCTL_UPE);
    expect(r.nic.deliver(frameTo(other, 60, 0))).toBe('accepted');
    wr(R.RAH0, 0x5544); // AV clear: not even our own address
    wr(R.RCTL, B.RCTL_EN);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 0))).toBe('filtered');
    wr(R.RCTL, 0);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 0))).toBe('disabled');
    expect(r.nic.deliver(frameTo(r.nic.mac, 1600, 0))).toBe('disabled');
    wr(R.RCTL, B.RCTL_EN | B.RCTL_UPE);
    expect(r.nic.deliver(frameTo(r.nic.mac, 1519, 0))).toBe('too-long');
    expect(r.nic.counters).toMatchObject({ rxFiltered: 3, rxDisabled: 2, rxTooLong: 1, rxFrames: 3 });
  });

  it('a full ring drops the frame and sets ICR.RXO; the ring wraps at RDLEN', () => {
    for (let i = 0; i < 7; i++) expect(r.nic.deliver(frameTo(r.nic.mac, 60 + i, i))).toBe('accepted');
    expect(rd(R.RDH)).toBe(7);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 9))).toBe('overrun');
    expect(r.nic.counters.rxMissed).toBe(1);
    const icr = rd(R.ICR);
    expect(icr & B.ICR_RXO).toBeTruthy();
    expect(icr & B.ICR_RXDMT0).toBeTruthy(); // free descriptors fell to half the ring on the way
    wr(R.RDT, 3); // software hands back descriptors 7, 0, 1, 2
    for (let i = 0; i < 4; i++) expect(r.nic.deliver(frameTo(r.nic.mac, 70, i))).toBe('accepted');
    expect(rd(R.RDH)).toBe(3);
    expect(r.nic.deliver(frameTo(r.nic.mac, 70, 0))).toBe('overrun');
  });

  it('no bus mastering, no link, bus address 0: dropped and counted, never thrown', () => {
    r.nic.configWrite(4, 2, 0x2);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 0))).toBe('no-bus-master');
    r.nic.configWrite(4, 2, 0x6);
    d.w32(d.ring + RX_DESC.buffer_addr, 0);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 0))).toBe('dma-error');
    expect(r.nic.errors.length).toBe(1);
    r.nic.setLink(false);
    expect(r.nic.deliver(frameTo(r.nic.mac, 60, 0))).toBe('no-link');
  });
});

describe('NIC: transmit', () => {
  let r: Rig;
  let d: ReturnType<typeof dma>;
  const wr = (off: number, v: number): void => r.as.write32(VA + off, v);
  const rd = (off: number): number => r.as.read32(VA + off) >>> 0;
  const desc = (i: number, pa: number, len: number, cmd: number): void => {
    d.w32(d.ring + 16 * i + TX_DESC.buffer_addr, pa);
    d.w32(d.ring + 16 * i + TX_DESC.buffer_addr + 4, 0);
    d.w32(d.ring + 16 * i + TX_DESC.length, len | (cmd << 24));
    d.w32(d.ring + 16 * i + TX_DESC.status, 0);
  };
  beforeEach(() => {
    r = rig();
    r.nic.configWrite(4, 2, 0x6);
    d = dma(r);
    wr(R.TDBAL, d.ring); wr(R.TDBAH, 0); wr(R.TDLEN, 128); wr(R.TDH, 0); wr(R.TDT, 0);
    wr(R.TCTL, B.TCTL_EN | B.TCTL_PSP);
    wr(R.IMS, 0xdd);
  });

  it('gathers descriptors up to EOP into one frame, writes DD where RS is set, advances TDH, counts GPTC', () => {
    const parts = [frameTo([1, 2, 3, 4, 5, 6], 96, 1), frameTo([9, 9, 9, 9, 9, 9], 700, 2), frameTo([7, 7, 7, 7, 7, 7], 300, 3)];
    parts.forEach((p, i) => d.write(d.buf(i), p));
    const IFCS = B.TXD_CMD_IFCS, EOP = B.TXD_CMD_EOP, RS = B.TXD_CMD_RS;
    desc(0, d.buf(0), 96, IFCS | RS);
    desc(1, d.buf(1), 700, IFCS);
    desc(2, d.buf(2), 300, IFCS | EOP | RS);
    wr(R.TDT, 2); // EOP descriptor not yet handed over: nothing goes out
    expect(r.sent.length).toBe(0);
    expect(rd(R.TDH)).toBe(0);
    wr(R.TDT, 3);
    expect(r.sent.length).toBe(1);
    expect([...r.sent[0]!]).toEqual([...parts[0]!, ...parts[1]!, ...parts[2]!]);
    expect(d.r8(d.ring + TX_DESC.status) & B.TXD_STAT_DD).toBe(1);
    expect(d.r8(d.ring + 16 + TX_DESC.status) & B.TXD_STAT_DD).toBe(0);
    expect(d.r8(d.ring + 32 + TX_DESC.status) & B.TXD_STAT_DD).toBe(1);
    expect(rd(R.TDH)).toBe(3);
    expect(rd(R.ICR)).toBe(B.ICR_TXDW | B.ICR_TXQE);
    expect(rd(R.GPTC)).toBe(1);
    expect(rd(R.GPTC)).toBe(0);
    expect(r.nic.counters).toMatchObject({ txFrames: 1, txBytes: 1096, txDescriptors: 3 });
  });

  it('pads short frames with PSP, waits while the link is down, wraps the ring', () => {
    d.write(d.buf(0), frameTo([1, 1, 1, 1, 1, 1], 42, 0));
    for (let i = 0; i < 8; i++) desc(i, d.buf(0), 42, B.TXD_CMD_IFCS | B.TXD_CMD_EOP | B.TXD_CMD_RS);
    wr(R.TDT, 6);
    expect(r.sent.length).toBe(6);
    expect(r.sent[0]!.length).toBe(60);
    expect([...r.sent[0]!.subarray(42)].every((x) => x === 0)).toBe(true);
    r.nic.setLink(false);
    wr(R.TDT, 1); // 6, 7, 0 queued
    expect(r.sent.length).toBe(6);
    r.nic.setLink(true);
    expect(r.sent.length).toBe(9);
    expect(rd(R.TDH)).toBe(1);
    expect(r.wired).toEqual(r.sent);
  });

  it('a descriptor with bus address 0 is a counted DMA error; the frame is retired, nothing throws', () => {
    desc(0, 0, 64, B.TXD_CMD_IFCS | B.TXD_CMD_EOP | B.TXD_CMD_RS);
    wr(R.TDT, 1);
    expect(r.sent.length).toBe(0);
    expect(r.nic.counters.txDmaErrors).toBe(1);
    expect(rd(R.TDH)).toBe(1);
    expect(d.r8(d.ring + TX_DESC.status) & B.TXD_STAT_DD).toBe(1);
  });

  it('TCTL.EN clear: nothing is sent until it is set', () => {
    wr(R.TCTL, 0);
    d.write(d.buf(0), frameTo([1, 1, 1, 1, 1, 1], 64, 0));
    desc(0, d.buf(0), 64, B.TXD_CMD_IFCS | B.TXD_CMD_EOP | B.TXD_CMD_RS);
    wr(R.TDT, 1);
    expect(r.sent.length).toBe(0);
    wr(R.TCTL, B.TCTL_EN);
    expect(r.sent.length).toBe(1);
  });
});
