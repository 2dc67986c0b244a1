// The 82540EM model against what the Linux 6.1 e1000 driver expects of the hardware (facts from
// e1000_hw.h/e1000_hw.c and the 8254x manual), driven through the bus as a driver would: the
// EEPROM read by EECD bit-banging exactly as e1000_shift_out_ee_bits/_shift_in_ee_bits clock it
// (checksum 0xBABA, MAC), EERD, MDIC and the PHY (id, auto-negotiation, link, latched status,
// power-down → LSC), ICR/IMS/IMC/ICS and INTx disable, transmit context + TCP/IP data descriptors
// with checksum offload (checksums verified on the wire by an independent summation), TSO, legacy
// checksum insertion, VLAN insertion/stripping, receive checksum offload, the multicast hash
// filter, multi-buffer receive, statistics clear-on-read, the I/O-BAR window, PCI BAR sizing and
// power state, reset, getState/setState; and that the sample driver's registers are a subset.

import { beforeEach, describe, expect, it } from 'vitest';
import { Machine, PTE_W, type AddressSpace } from '../../src/emulator/index.js';
import { E1000_HW as H } from '../../src/platform/linux/e1000-hw.generated.js';
import { e1000_context_desc as CTX, LINUX as K } from '../../src/platform/linux/layout.generated.js';
import { E1000_BITS, E1000_REGS } from '../../src/platform/layout.generated.js';
import { E1000Nic, IOADDR, IODATA, type E1000Options } from '../../src/platform/nic/index.js';
import { B, BEHAVIOURS, compileRegisters, REGISTERS } from '../../src/platform/nic/i82540em/regs.js';

const BASE = 0xfebc0000, VA = 0xd8000000, IO = 0xc040;

interface Rig { m: Machine; nic: E1000Nic; as: AddressSpace; sent: Uint8Array[]; rd(o: number): number; wr(o: number, v: number): void }

function rig(opts: Partial<E1000Options> = {}): Rig {
  const m = new Machine({ ramBytes: 16 * 1024 * 1024 });
  const sent: Uint8Array[] = [];
  const nic = new E1000Nic({ bus: m.bus, mmioBase: BASE, ioBase: IO, irq: m.bus.irq(11), onTransmit: (f) => sent.push(f), ...opts });
  const as = m.createAddressSpace('test');
  as.mapPhys(VA, BASE, 0x20000, PTE_W);
  nic.configWrite(K.PCI_COMMAND, 2, K.PCI_COMMAND_MEMORY | K.PCI_COMMAND_MASTER | K.PCI_COMMAND_IO);
  return { m, nic, as, sent, rd: (o) => as.read32(VA + o) >>> 0, wr: (o, v) => as.write32(VA + o, v) };
}

/** e1000_read_eeprom for Microwire parts, step by step: request, select, opcode + address out, 16 bits in. */
function bitBangRead(r: Rig, word: number): number {
  let eecd = r.rd(H.E1000_EECD) | H.E1000_EECD_REQ;
  r.wr(H.E1000_EECD, eecd);
  expect(r.rd(H.E1000_EECD) & H.E1000_EECD_GNT).toBe(H.E1000_EECD_GNT);
  eecd &= ~(H.E1000_EECD_DI | H.E1000_EECD_SK);
  r.wr(H.E1000_EECD, eecd);
  eecd |= H.E1000_EECD_CS;
  r.wr(H.E1000_EECD, eecd);
  const clock = (): void => { r.wr(H.E1000_EECD, eecd | H.E1000_EECD_SK); r.wr(H.E1000_EECD, eecd); };
  const out = (data: number, bits: number): void => {
    for (let mask = 1 << (bits - 1); mask; mask >>>= 1) {
      eecd = data & mask ? eecd | H.E1000_EECD_DI : eecd & ~H.E1000_EECD_DI;
      r.wr(H.E1000_EECD, eecd);
      clock();
    }
    eecd &= ~H.E1000_EECD_DI;
    r.wr(H.E1000_EECD, eecd);
  };
  out(H.EEPROM_READ_OPCODE_MICROWIRE, 3);
  out(word, 6);
  let data = 0;
  for (let i = 0; i < 16; i++) {
    r.wr(H.E1000_EECD, eecd | H.E1000_EECD_SK);
    data = (data << 1) | (r.rd(H.E1000_EECD) & H.E1000_EECD_DO ? 1 : 0);
    r.wr(H.E1000_EECD, eecd);
  }
  eecd &= ~(H.E1000_EECD_CS | H.E1000_EECD_DI | H.E1000_EECD_REQ);
  r.wr(H.E1000_EECD, eecd);
  return data;
}

function mdic(r: Rig, op: 'read' | 'write', reg: number, data = 0, phy = 1): number {
  r.wr(H.E1000_MDIC, (op === 'read' ? H.E1000_MDIC_OP_READ : H.E1000_MDIC_OP_WRITE) | (phy << H.E1000_MDIC_PHY_SHIFT) | (reg << H.E1000_MDIC_REG_SHIFT) | data);
  return r.rd(H.E1000_MDIC);
}
const phyRead = (r: Rig, reg: number): number => {
  const v = mdic(r, 'read', reg);
  expect(v & H.E1000_MDIC_READY).toBe(H.E1000_MDIC_READY);
  expect(v & H.E1000_MDIC_ERROR).toBe(0);
  return v & 0xffff;
};

describe('82540EM: EEPROM', () => {
  it('reads the whole image by EECD bit-banging; it has the MAC, the ids and the 0xBABA checksum', () => {
    const r = rig({ mac: [0x52, 0x54, 0x00, 0x12, 0x34, 0x56] });
    expect(r.rd(H.E1000_EECD) & (H.E1000_EECD_PRES | H.E1000_EECD_SIZE | H.E1000_EECD_TYPE)).toBe(H.E1000_EECD_PRES); // 64-word Microwire
    const words = Array.from({ length: 64 }, (_, i) => bitBangRead(r, i));
    expect(words.reduce((a, w) => (a + w) & 0xffff, 0)).toBe(H.EEPROM_SUM);
    expect(words.slice(0, 3)).toEqual([0x5452, 0x1200, 0x5634]);
    expect([words[0x0d], words[0x0e]]).toEqual([H.E1000_DEV_ID_82540EM, 0x8086]);
    expect(words[H.EEPROM_INIT_CONTROL2_REG]! & H.EEPROM_WORD0F_PAUSE_MASK).toBe(H.EEPROM_WORD0F_PAUSE_MASK);
    // EERD returns the same words.
    for (const i of [0, 5, 0x3f]) {
      r.wr(H.E1000_EERD, H.E1000_EERD_START | (i << H.E1000_EERD_ADDR_SHIFT));
      const v = r.rd(H.E1000_EERD);
      expect(v & H.E1000_EERD_DONE).toBe(H.E1000_EERD_DONE);
      expect(v >>> H.E1000_EERD_DATA_SHIFT).toBe(words[i]);
    }
  });

  it('continues into the next word when clocked on (sequential read) and ignores write opcodes', () => {
    const r = rig();
    const a = bitBangRead(r, 0x3e);
    expect(a).toBe(r.nic.eeprom[0x3e]);
    expect(r.nic.getState().microwire.writesIgnored).toBe(0);
    // opcode 101b (WRITE) at word 1: accepted on the wire, the image does not change.
    let eecd: number = H.E1000_EECD_CS;
    r.wr(H.E1000_EECD, eecd);
    for (const bit of [1, 0, 1, 0, 0, 0, 0, 0, 1]) {
      eecd = bit ? eecd | H.E1000_EECD_DI : eecd & ~H.E1000_EECD_DI;
      r.wr(H.E1000_EECD, eecd | H.E1000_EECD_SK); r.wr(H.E1000_EECD, eecd);
    }
    r.wr(H.E1000_EECD, 0); // deselect: the next CS rise starts a new instruction
    expect(r.nic.getState().microwire.writesIgnored).toBe(1);
    expect(bitBangRead(r, 1)).toBe(0x3322);
  });
});

describe('82540EM: MDIC and the PHY', () => {
  it('identifies as the M88E1011 the driver accepts for an 82540, with link and auto-negotiation complete', () => {
    const r = rig();
    const id = (phyRead(r, H.PHY_ID1) << 16) | phyRead(r, H.PHY_ID2);
    expect((id & H.PHY_REVISION_MASK) >>> 0).toBe(H.M88E1011_I_PHY_ID);
    const st = phyRead(r, H.PHY_STATUS);
    expect(st & (H.MII_SR_LINK_STATUS | H.MII_SR_AUTONEG_COMPLETE)).toBe(H.MII_SR_LINK_STATUS | H.MII_SR_AUTONEG_COMPLETE);
    expect(phyRead(r, H.M88E1000_PHY_SPEC_STATUS) & (H.M88E1000_PSSR_SPEED | H.M88E1000_PSSR_DPLX | H.M88E1000_PSSR_LINK))
      .toBe(H.M88E1000_PSSR_1000MBS | H.M88E1000_PSSR_DPLX | H.M88E1000_PSSR_LINK);
    expect(phyRead(r, H.PHY_LP_ABILITY) & H.NWAY_LPAR_PAUSE).toBe(H.NWAY_LPAR_PAUSE);
    expect(r.rd(H.E1000_STATUS) & (H.E1000_STATUS_LU | H.E1000_STATUS_FD | H.E1000_STATUS_SPEED_MASK)).toBe(H.E1000_STATUS_LU | H.E1000_STATUS_FD | H.E1000_STATUS_SPEED_1000);
  });

  it('writes and reads back control registers; a wrong PHY address is an error; INT_EN raises MDAC', () => {
    const r = rig();
    mdic(r, 'write', H.M88E1000_PHY_SPEC_CTRL, 0x0068);
    expect(phyRead(r, H.M88E1000_PHY_SPEC_CTRL)).toBe(0x0068);
    mdic(r, 'write', H.PHY_ID1, 0x1234); // read-only
    expect(phyRead(r, H.PHY_ID1)).toBe(H.M88E1011_I_PHY_ID >>> 16);
    expect(mdic(r, 'read', H.PHY_STATUS, 0, 2) & H.E1000_MDIC_ERROR).toBe(H.E1000_MDIC_ERROR);
    // e1000_copper_link_mgp_setup: Marvell settings survive the PHY soft reset that applies them;
    // a MAC-driven PHY reset (CTRL.PHY_RST pulse, e1000_phy_hw_reset) restores power-on values.
    mdic(r, 'write', H.PHY_CTRL, phyRead(r, H.PHY_CTRL) | H.MII_CR_RESET);
    expect(phyRead(r, H.PHY_CTRL) & H.MII_CR_RESET).toBe(0);
    expect(phyRead(r, H.M88E1000_PHY_SPEC_CTRL)).toBe(0x0068);
    r.wr(H.E1000_CTRL, r.rd(H.E1000_CTRL) | H.E1000_CTRL_PHY_RST);
    r.wr(H.E1000_CTRL, r.rd(H.E1000_CTRL) & ~H.E1000_CTRL_PHY_RST);
    expect(phyRead(r, H.M88E1000_PHY_SPEC_CTRL)).toBe(0);
    r.wr(H.E1000_MDIC, H.E1000_MDIC_OP_READ | (1 << H.E1000_MDIC_PHY_SHIFT) | H.E1000_MDIC_INT_EN);
    expect(r.nic.pendingCauses & H.E1000_ICR_MDAC).toBe(H.E1000_ICR_MDAC);
  });

  it('negotiates down to what the partner offers and follows advertisement changes', () => {
    const r = rig({ speed: 100, fullDuplex: true });
    expect(r.rd(H.E1000_STATUS) & H.E1000_STATUS_SPEED_MASK).toBe(H.E1000_STATUS_SPEED_100);
    expect(phyRead(r, H.PHY_1000T_STATUS)).toBe(0);
    mdic(r, 'write', H.PHY_AUTONEG_ADV, H.NWAY_AR_10T_FD_CAPS | H.NWAY_AR_SELECTOR_FIELD);
    mdic(r, 'write', H.PHY_CTRL, H.MII_CR_AUTO_NEG_EN | H.MII_CR_RESTART_AUTO_NEG);
    expect(phyRead(r, H.PHY_CTRL) & H.MII_CR_RESTART_AUTO_NEG).toBe(0); // self-clearing
    expect(r.rd(H.E1000_STATUS) & (H.E1000_STATUS_SPEED_MASK | H.E1000_STATUS_FD)).toBe(H.E1000_STATUS_FD); // 10 Mb/s full
  });

  it('link down: STATUS.LU clears, LSC is raised, PHY_STATUS latches low once; power-down does the same', () => {
    const r = rig();
    r.wr(H.E1000_IMS, H.E1000_ICR_LSC);
    r.nic.setLink(false);
    expect(r.rd(H.E1000_STATUS) & H.E1000_STATUS_LU).toBe(0);
    expect(r.m.bus.irq(11).level).toBe(true);
    expect(r.rd(H.E1000_ICR)).toBe(H.E1000_ICR_LSC);
    r.nic.setLink(true);
    expect(r.rd(H.E1000_ICR)).toBe(H.E1000_ICR_LSC);
    expect(phyRead(r, H.PHY_STATUS) & H.MII_SR_LINK_STATUS).toBe(0); // latched low
    expect(phyRead(r, H.PHY_STATUS) & H.MII_SR_LINK_STATUS).toBe(H.MII_SR_LINK_STATUS); // e1000 reads twice
    const ctrl = phyRead(r, H.PHY_CTRL);
    mdic(r, 'write', H.PHY_CTRL, ctrl | H.MII_CR_POWER_DOWN);
    expect(r.rd(H.E1000_STATUS) & H.E1000_STATUS_LU).toBe(0);
    expect(r.rd(H.E1000_ICR)).toBe(H.E1000_ICR_LSC);
    mdic(r, 'write', H.PHY_CTRL, ctrl);
    expect(r.rd(H.E1000_STATUS) & H.E1000_STATUS_LU).toBe(H.E1000_STATUS_LU);
  });
});

describe('82540EM: interrupts, statistics, I/O window, reset, PCI', () => {
  it('ICR read-to-clear and write-1-to-clear, ICS sets, IMS/IMC mask, INTx disable masks the line', () => {
    const r = rig();
    const line = r.m.bus.irq(11);
    r.wr(H.E1000_ICS, H.E1000_ICR_RXT0 | H.E1000_ICR_TXDW);
    r.wr(H.E1000_IMS, H.E1000_ICR_RXT0);
    expect(line.level).toBe(true);
    r.nic.configWrite(K.PCI_COMMAND, 2, r.nic.pciCommand | K.PCI_COMMAND_INTX_DISABLE);
    expect(line.level).toBe(false);
    r.nic.configWrite(K.PCI_COMMAND, 2, r.nic.pciCommand & ~K.PCI_COMMAND_INTX_DISABLE);
    r.wr(H.E1000_ICR, H.E1000_ICR_RXT0);
    expect(line.level).toBe(false);
    expect(r.rd(H.E1000_IMS)).toBe(H.E1000_ICR_RXT0);
    r.wr(H.E1000_IMC, 0xffffffff);
    expect(r.rd(H.E1000_IMS)).toBe(0);
    expect(r.rd(H.E1000_ICR)).toBe(H.E1000_ICR_TXDW);
    expect(r.rd(H.E1000_ICR)).toBe(0);
  });

  it('statistics clear on read; a 64-bit counter clears when its high half is read', () => {
    const r = rig();
    const st = r.nic.getState();
    const set = (off: number, v: number): void => { const i = st.regs.indexOf(off >>> 2); st.regs[i + 1] = v; };
    set(H.E1000_GPRC, 7); set(H.E1000_GORCL, 0x100); set(H.E1000_GORCH, 2); set(H.E1000_CRCERRS, 3);
    r.nic.setState(st);
    expect(r.rd(H.E1000_GPRC)).toBe(7);
    expect(r.rd(H.E1000_GPRC)).toBe(0);
    expect(r.rd(H.E1000_GORCL)).toBe(0x100);
    expect(r.rd(H.E1000_GORCL)).toBe(0x100); // the low half alone does not clear
    expect(r.rd(H.E1000_GORCH)).toBe(2);
    expect([r.rd(H.E1000_GORCL), r.rd(H.E1000_GORCH)]).toEqual([0, 0]);
    expect(r.rd(H.E1000_CRCERRS)).toBe(3);
    r.wr(H.E1000_CRCERRS, 9);
    expect(r.rd(H.E1000_CRCERRS)).toBe(0);
  });

  it('the I/O BAR window reaches every register with its side effects, only with PCI_COMMAND.IO', () => {
    const r = rig();
    const bus = r.m.bus;
    bus.portOut(IO + IOADDR, 4, H.E1000_STATUS);
    expect(bus.portIn(IO + IOADDR, 4) >>> 0).toBe(H.E1000_STATUS);
    expect(bus.portIn(IO + IODATA, 4) >>> 0).toBe(r.rd(H.E1000_STATUS));
    bus.portOut(IO + IOADDR, 4, H.E1000_IMS);
    bus.portOut(IO + IODATA, 4, H.E1000_ICR_LSC);
    expect(r.rd(H.E1000_IMS)).toBe(H.E1000_ICR_LSC);
    r.wr(H.E1000_ICS, H.E1000_ICR_LSC);
    bus.portOut(IO + IOADDR, 4, H.E1000_ICR);
    expect(bus.portIn(IO + IODATA, 4) >>> 0).toBe(H.E1000_ICR_LSC); // read-to-clear through the window too
    expect(r.rd(H.E1000_ICR)).toBe(0);
    r.nic.configWrite(K.PCI_COMMAND, 2, K.PCI_COMMAND_MEMORY);
    expect(bus.portIn(IO + IODATA, 4) >>> 0).toBe(0xffffffff);
  });

  it('CTRL.RST restores power-on values and reloads RA[0]; STATUS is read-only', () => {
    const r = rig();
    r.wr(H.E1000_RCTL, H.E1000_RCTL_EN); r.wr(H.E1000_IMS, 0xff); r.wr(H.E1000_RA, 0); r.wr(H.E1000_MTA + 8, 5);
    r.wr(H.E1000_CTRL, r.rd(H.E1000_CTRL) | H.E1000_CTRL_RST);
    expect(r.rd(H.E1000_CTRL) & H.E1000_CTRL_RST).toBe(0);
    expect([r.rd(H.E1000_RCTL), r.rd(H.E1000_IMS), r.rd(H.E1000_MTA + 8)]).toEqual([0, 0, 0]);
    expect(r.rd(H.E1000_RA)).toBe(0x33221100);
    expect(r.rd(H.E1000_RA + 4)).toBe((0x5544 | H.E1000_RAH_AV) >>> 0);
    expect(r.rd(H.E1000_VET)).toBe(0x8100);
    const status = r.rd(H.E1000_STATUS);
    r.wr(H.E1000_STATUS, 0);
    expect(r.rd(H.E1000_STATUS)).toBe(status);
    expect(r.nic.counters.illegalWrites).toBe(1);
  });

  it('PCI: BARs size as 128 KiB memory and 64 B I/O, the PM capability is on the list, D3hot stops decoding', () => {
    const r = rig();
    expect(r.nic.configRead(0, 4)).toBe((H.E1000_DEV_ID_82540EM << 16 | 0x8086) >>> 0);
    r.nic.configWrite(K.PCI_BASE_ADDRESS_0, 4, 0xffffffff);
    expect(r.nic.configRead(K.PCI_BASE_ADDRESS_0, 4)).toBe(0xfffe0000);
    r.nic.configWrite(K.PCI_BASE_ADDRESS_0, 4, BASE);
    expect(r.nic.configRead(K.PCI_BASE_ADDRESS_0, 4)).toBe(BASE);
    r.nic.configWrite(K.PCI_BASE_ADDRESS_1, 4, 0xffffffff);
    expect(r.nic.configRead(K.PCI_BASE_ADDRESS_1, 4)).toBe(0xffffffc1);
    r.nic.configWrite(K.PCI_BASE_ADDRESS_1, 4, IO | 1);
    r.nic.configWrite(K.PCI_BASE_ADDRESS_0, 4, 0x1000);
    expect(r.nic.errors.some((e) => e.includes('BAR0 write 0x1000 refused'))).toBe(true);
    const cap = r.nic.configRead(K.PCI_CAPABILITY_LIST, 1);
    expect(r.nic.configRead(cap, 1)).toBe(K.PCI_CAP_ID_PM);
    expect(r.nic.configRead(K.PCI_STATUS, 2) & K.PCI_STATUS_CAP_LIST).toBe(K.PCI_STATUS_CAP_LIST);
    r.nic.configWrite(cap + K.PCI_PM_CTRL, 2, K.PCI_D3hot);
    expect(r.rd(H.E1000_STATUS)).toBe(0xffffffff);
    r.nic.configWrite(cap + K.PCI_PM_CTRL, 2, K.PCI_D0);
    expect(r.rd(H.E1000_STATUS) & H.E1000_STATUS_LU).toBe(H.E1000_STATUS_LU);
  });

  it('getState/setState carries every guest-visible register into a fresh device', () => {
    const a = rig();
    a.wr(H.E1000_IMS, 0x9d); a.wr(H.E1000_RCTL, H.E1000_RCTL_EN | H.E1000_RCTL_BAM); a.wr(H.E1000_MTA + 4 * 17, 0xabc);
    mdic(a, 'write', H.PHY_AUTONEG_ADV, 0x01e1);
    const b = rig();
    b.nic.setState(JSON.parse(JSON.stringify(a.nic.getState())));
    expect(b.nic.registers()).toEqual(a.nic.registers());
    expect(phyRead(b, H.PHY_AUTONEG_ADV)).toBe(0x01e1);
    expect(() => b.nic.setState({ ...a.nic.getState(), eeprom: [1, 2] })).toThrow(/EEPROM state needs 64 words/);
  });
});

// ---- transmit and receive through rings in guest memory -----------------------------------------

function ip4Frame(proto: 6 | 17, payload: number, opts: { vlan?: boolean } = {}): Uint8Array {
  const l4h = proto === 6 ? 20 : 8;
  const f = new Uint8Array(14 + 20 + l4h + payload);
  f.set([0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x02, 0, 0, 0, 0, 1, 0x08, 0x00]);
  const ip = 14;
  f.set([0x45, 0, (20 + l4h + payload) >> 8, (20 + l4h + payload) & 0xff, 0x12, 0x34, 0x40, 0, 64, proto, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2], ip);
  const l4 = ip + 20;
  f.set([0x04, 0xd2, 0x16, 0x2e], l4);
  if (proto === 6) f.set([0, 0, 0x10, 0, 0, 0, 0, 0, 0x50, 0x18, 0xff, 0xff], l4 + 4);
  else f.set([(8 + payload) >> 8, (8 + payload) & 0xff], l4 + 4);
  for (let i = 0; i < payload; i++) f[l4 + l4h + i] = (i * 13 + 7) & 0xff;
  void opts;
  return f;
}

/** Independent RFC 1071 summation (not the model's): sum of 16-bit words, folded. */
function sum16(b: Uint8Array, from: number, to: number, init = 0): number {
  let s = init;
  for (let i = from; i < to; i += 2) s += (b[i]! << 8) | (i + 1 < to ? b[i + 1]! : 0);
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return s;
}
const ipOk = (f: Uint8Array, ip = 14): boolean => sum16(f, ip, ip + 20) === 0xffff;
function l4Ok(f: Uint8Array, ip = 14): boolean {
  const total = (f[ip + 2]! << 8) | f[ip + 3]!, proto = f[ip + 9]!;
  const pseudo = sum16(f, ip + 12, ip + 20, proto + total - 20);
  return sum16(f, ip + 20, ip + total, pseudo) === 0xffff;
}
/** What Linux leaves in the checksum field for CHECKSUM_PARTIAL: the folded pseudo-header sum. */
function primePseudo(f: Uint8Array, at: number, withLength: boolean): void {
  const ip = 14, total = (f[ip + 2]! << 8) | f[ip + 3]!;
  const s = sum16(f, ip + 12, ip + 20, f[ip + 9]! + (withLength ? total - 20 : 0));
  f[at] = s >> 8; f[at + 1] = s & 0xff;
}

interface Ring { r: Rig; ring: number; buf: number; put(i: number, desc: Uint8Array): void; read(pa: number, n: number): Uint8Array }

function txRing(r: Rig): Ring {
  const base = r.m.mem.allocFrames(16) * 4096;
  r.wr(H.E1000_TDBAL, base); r.wr(H.E1000_TDBAH, 0); r.wr(H.E1000_TDLEN, 4096); r.wr(H.E1000_TDH, 0); r.wr(H.E1000_TDT, 0);
  r.wr(H.E1000_TCTL, H.E1000_TCTL_EN | H.E1000_TCTL_PSP);
  return { r, ring: base, buf: base + 4096, put: (i, d) => r.m.bus.dmaWrite(base + 16 * i, d), read: (pa, n) => r.m.bus.dmaRead(pa, n) };
}

function desc(addr: number, lower: number, upper: number): Uint8Array {
  const d = new Uint8Array(16), v = new DataView(d.buffer);
  v.setUint32(0, addr, true); v.setUint32(8, lower >>> 0, true); v.setUint32(12, upper >>> 0, true);
  return d;
}

function contextDesc(f: { ipcss: number; ipcso: number; ipcse: number; tucss: number; tucso: number; tucse: number; cmd: number; paylen?: number; hdrLen?: number; mss?: number }): Uint8Array {
  const d = new Uint8Array(16), v = new DataView(d.buffer);
  d[CTX['lower_setup.ip_fields.ipcss']] = f.ipcss; d[CTX['lower_setup.ip_fields.ipcso']] = f.ipcso;
  v.setUint16(CTX['lower_setup.ip_fields.ipcse'], f.ipcse, true);
  d[CTX['upper_setup.tcp_fields.tucss']] = f.tucss; d[CTX['upper_setup.tcp_fields.tucso']] = f.tucso;
  v.setUint16(CTX['upper_setup.tcp_fields.tucse'], f.tucse, true);
  v.setUint32(CTX.cmd_and_length, (f.cmd | H.E1000_TXD_CMD_DEXT | (f.paylen ?? 0)) >>> 0, true);
  d[CTX['tcp_seg_setup.fields.hdr_len']] = f.hdrLen ?? 0;
  v.setUint16(CTX['tcp_seg_setup.fields.mss'], f.mss ?? 0, true);
  return d;
}

describe('82540EM: transmit descriptors and offloads', () => {
  let t: Ring;
  beforeEach(() => { t = txRing(rig()); });
  const send = (frame: Uint8Array, descs: Uint8Array[]): void => {
    t.r.m.bus.dmaWrite(t.buf, frame);
    descs.forEach((d, i) => t.put(i, d));
    t.r.wr(H.E1000_TDT, descs.length);
  };

  for (const proto of [6, 17] as const) {
    it(`context + TCP/IP data descriptors: IP and ${proto === 6 ? 'TCP' : 'UDP'} checksums are right on the wire, DD written back`, () => {
      const f = ip4Frame(proto, 301);
      const cso = 34 + (proto === 6 ? 16 : 6);
      primePseudo(f, cso, true);
      expect(l4Ok(f)).toBe(false);
      send(f, [
        contextDesc({ ipcss: 14, ipcso: 24, ipcse: 33, tucss: 34, tucso: cso, tucse: 0, cmd: (proto === 6 ? H.E1000_TXD_CMD_TCP : 0) | H.E1000_TXD_CMD_IP }),
        desc(t.buf, H.E1000_TXD_CMD_DEXT | H.E1000_TXD_DTYP_D | H.E1000_TXD_CMD_EOP | H.E1000_TXD_CMD_IFCS | H.E1000_TXD_CMD_RS | f.length,
          (H.E1000_TXD_POPTS_IXSM | H.E1000_TXD_POPTS_TXSM) << 8),
      ]);
      expect(t.r.sent).toHaveLength(1);
      const w = t.r.sent[0]!;
      expect(w.length).toBe(f.length);
      expect(ipOk(w)).toBe(true);
      expect(l4Ok(w)).toBe(true);
      expect(t.read(t.ring + 16 + 12, 1)[0]! & H.E1000_TXD_STAT_DD).toBe(H.E1000_TXD_STAT_DD);
      expect([t.r.rd(H.E1000_TDH), t.r.nic.counters.txContexts]).toEqual([2, 1]);
      expect(t.r.nic.pendingCauses & (H.E1000_ICR_TXDW | H.E1000_ICR_TXQE)).toBe(H.E1000_ICR_TXDW | H.E1000_ICR_TXQE);
    });
  }

  it('the context persists: a later data descriptor without a new context uses it', () => {
    const f = ip4Frame(6, 64);
    primePseudo(f, 50, true);
    send(f, [contextDesc({ ipcss: 14, ipcso: 24, ipcse: 33, tucss: 34, tucso: 50, tucse: 0, cmd: H.E1000_TXD_CMD_TCP | H.E1000_TXD_CMD_IP }),
      desc(t.buf, H.E1000_TXD_CMD_DEXT | H.E1000_TXD_DTYP_D | H.E1000_TXD_CMD_EOP | f.length, H.E1000_TXD_POPTS_TXSM << 8)]);
    t.put(2, desc(t.buf, H.E1000_TXD_CMD_DEXT | H.E1000_TXD_DTYP_D | H.E1000_TXD_CMD_EOP | f.length, H.E1000_TXD_POPTS_TXSM << 8));
    t.r.wr(H.E1000_TDT, 3);
    expect(t.r.sent.map((w) => l4Ok(w))).toEqual([true, true]);
  });

  it('legacy descriptor with IC inserts the checksum from CSS at CSO; VLE inserts the tag when CTRL.VME', () => {
    const f = ip4Frame(17, 40);
    primePseudo(f, 40, true);
    t.r.wr(H.E1000_CTRL, t.r.rd(H.E1000_CTRL) | H.E1000_CTRL_VME);
    send(f, [desc(t.buf, H.E1000_TXD_CMD_EOP | H.E1000_TXD_CMD_IC | H.E1000_TXD_CMD_VLE | (40 << 16) | f.length, (34 << 8) | (0x0123 << 16))]);
    const w = t.r.sent[0]!;
    expect(w.length).toBe(f.length + 4);
    expect([w[12], w[13], w[14], w[15]]).toEqual([0x81, 0x00, 0x01, 0x23]);
    const untagged = new Uint8Array([...w.subarray(0, 12), ...w.subarray(16)]);
    expect(l4Ok(untagged)).toBe(true);
  });

  it('TSO: a 3000-byte TCP payload leaves as MSS-sized segments with right lengths, ids, sequence numbers, flags and checksums', () => {
    const f = ip4Frame(6, 3000);
    primePseudo(f, 50, false); // Linux e1000_tso: pseudo-header without the length
    const hdr = 54;
    send(f, [
      contextDesc({ ipcss: 14, ipcso: 24, ipcse: 33, tucss: 34, tucso: 50, tucse: 0, cmd: H.E1000_TXD_CMD_TCP | H.E1000_TXD_CMD_IP | H.E1000_TXD_CMD_TSE, paylen: 3000, hdrLen: hdr, mss: 1448 }),
      desc(t.buf, H.E1000_TXD_CMD_DEXT | H.E1000_TXD_DTYP_D | H.E1000_TXD_CMD_TSE | H.E1000_TXD_CMD_EOP | f.length, (H.E1000_TXD_POPTS_IXSM | H.E1000_TXD_POPTS_TXSM) << 8),
    ]);
    const segs = t.r.sent;
    expect(segs.map((s) => s.length)).toEqual([hdr + 1448, hdr + 1448, hdr + 104]);
    segs.forEach((s, i) => {
      expect(ipOk(s)).toBe(true);
      expect(l4Ok(s)).toBe(true);
      expect((s[18]! << 8) | s[19]!).toBe(0x1234 + i);
      const seq = ((s[38]! << 24) | (s[39]! << 16) | (s[40]! << 8) | s[41]!) >>> 0;
      expect(seq).toBe(0x00001000 + 1448 * i); // the frame's first sequence number is 0x1000
      expect(s[47]! & 0x08).toBe(i === 2 ? 0x08 : 0); // PSH only on the last
      expect(Array.from(s.subarray(hdr, hdr + 8))).toEqual(Array.from(f.subarray(hdr + 1448 * i, hdr + 1448 * i + 8)));
    });
  });
});

describe('82540EM: receive', () => {
  let r: Rig, base: number;
  const post = (n: number, bsize = 2048): void => {
    for (let i = 0; i < n; i++) r.m.bus.dmaWrite(base + 16 * i, desc(base + 4096 * (1 + i), 0, 0));
    r.wr(H.E1000_RDBAL, base); r.wr(H.E1000_RDLEN, 4096); r.wr(H.E1000_RDH, 0); r.wr(H.E1000_RDT, n);
    void bsize;
  };
  const status = (i: number): [number, number, number, number] => {
    const d = r.m.bus.dmaRead(base + 16 * i, 16);
    return [d[8]! | (d[9]! << 8), d[12]!, d[13]!, d[14]! | (d[15]! << 8)];
  };
  beforeEach(() => { r = rig(); base = r.m.mem.allocFrames(16) * 4096; });

  it('checks IPv4 and TCP/UDP checksums (RXCSUM), reporting IPCS/TCPCS and TCPE for a bad one', () => {
    r.wr(H.E1000_RXCSUM, H.E1000_RXCSUM_IPOFL | H.E1000_RXCSUM_TUOFL);
    r.wr(H.E1000_RCTL, H.E1000_RCTL_EN | H.E1000_RCTL_SECRC);
    post(3);
    const good = ip4Frame(6, 100);
    primePseudo(good, 50, true);
    // turn the primed pseudo sum into a full checksum the independent way
    const ip = 14, total = 20 + 20 + 100;
    good[50] = 0; good[51] = 0;
    const c = ~sum16(good, ip + 20, ip + total, sum16(good, ip + 12, ip + 20, 6 + total - 20)) & 0xffff;
    good[50] = c >> 8; good[51] = c & 0xff;
    const ic = ~sum16(good, ip, ip + 20) & 0xffff;
    good[24] = ic >> 8; good[25] = ic & 0xff;
    expect(r.nic.deliver(good)).toBe('accepted');
    const bad = Uint8Array.from(good); bad[60]! ^= 0xff;
    expect(r.nic.deliver(bad)).toBe('accepted');
    const arp = new Uint8Array(60); arp.set([0, 0x11, 0x22, 0x33, 0x44, 0x55, 2, 0, 0, 0, 0, 1, 0x08, 0x06]);
    expect(r.nic.deliver(arp)).toBe('accepted');
    const [len0, st0, err0] = status(0);
    expect(len0).toBe(good.length); // SECRC: no FCS stored
    expect(st0 & (H.E1000_RXD_STAT_IPCS | H.E1000_RXD_STAT_TCPCS | H.E1000_RXD_STAT_IXSM)).toBe(H.E1000_RXD_STAT_IPCS | H.E1000_RXD_STAT_TCPCS);
    expect(err0).toBe(0);
    expect(status(1)[2]).toBe(H.E1000_RXD_ERR_TCPE);
    expect(status(2)[1] & H.E1000_RXD_STAT_IXSM).toBe(H.E1000_RXD_STAT_IXSM);
  });

  it('filters multicast by the MTA hash of RCTL.MO and strips VLAN tags into `special` with CTRL.VME', () => {
    r.wr(H.E1000_RCTL, H.E1000_RCTL_EN | (1 << H.E1000_RCTL_MO_SHIFT));
    post(4);
    const mc = new Uint8Array(60); mc.set([0x01, 0x00, 0x5e, 0x00, 0x12, 0x34]);
    expect(r.nic.deliver(mc)).toBe('filtered');
    const hash = ((0x12 >> 3) | (0x34 << 5)) & 0xfff; // MO = 1: destination bits 46:35
    r.wr(H.E1000_MTA + 4 * (hash >> 5), 1 << (hash & 31));
    expect(r.nic.deliver(mc)).toBe('accepted');
    r.wr(H.E1000_CTRL, r.rd(H.E1000_CTRL) | H.E1000_CTRL_VME);
    const tagged = new Uint8Array(64); tagged.set([0, 0x11, 0x22, 0x33, 0x44, 0x55, 2, 0, 0, 0, 0, 1, 0x81, 0x00, 0x20, 0x05, 0x08, 0x00]);
    expect(r.nic.deliver(tagged)).toBe('accepted');
    const [len, st, , special] = status(1);
    expect([len, st & H.E1000_RXD_STAT_VP, special]).toEqual([60 + 4, H.E1000_RXD_STAT_VP, 0x2005]);
    expect(Array.from(r.m.bus.dmaRead(base + 4096 * 2 + 12, 2))).toEqual([0x08, 0x00]);
  });

  it('spans buffers when a frame is larger than RCTL.BSIZE (EOP on the last); statistics count it', () => {
    r.wr(H.E1000_RCTL, H.E1000_RCTL_EN | H.E1000_RCTL_SZ_256);
    post(8);
    const f = new Uint8Array(600); f.set([0, 0x11, 0x22, 0x33, 0x44, 0x55]);
    expect(r.nic.deliver(f)).toBe('accepted');
    expect([0, 1, 2].map((i) => status(i)[0])).toEqual([256, 256, 600 + 4 - 512]);
    expect([0, 1, 2].map((i) => status(i)[1] & H.E1000_RXD_STAT_EOP)).toEqual([0, 0, H.E1000_RXD_STAT_EOP]);
    expect(r.rd(H.E1000_RDH)).toBe(3);
    expect([r.rd(H.E1000_GPRC), r.rd(H.E1000_GORCL), r.rd(H.E1000_PRC1023)]).toEqual([1, 604, 1]);
    r.wr(H.E1000_RDT, 3); // no free descriptor: overrun, MPC and RNBC count it
    expect(r.nic.deliver(f)).toBe('overrun');
    expect([r.rd(H.E1000_MPC), r.rd(H.E1000_RNBC)]).toEqual([1, 1]);
    expect(r.nic.pendingCauses & H.E1000_ICR_RXO).toBe(H.E1000_ICR_RXO);
  });
});

describe('register table', () => {
  it('behaviour codes match their names, rows neither overlap nor leave the BAR', () => {
    const pairs: [B, string][] = [[B.Plain, 'plain'], [B.Ro, 'ro'], [B.Wo, 'wo'], [B.Rc, 'rc'], [B.Rc64Lo, 'rc64lo'], [B.Rc64Hi, 'rc64hi'],
      [B.Ctrl, 'ctrl'], [B.Status, 'status'], [B.Eecd, 'eecd'], [B.Eerd, 'eerd'], [B.CtrlExt, 'ctrlExt'], [B.Mdic, 'mdic'], [B.Icr, 'icr'],
      [B.Ics, 'ics'], [B.Ims, 'ims'], [B.Imc, 'imc'], [B.Rctl, 'rctl'], [B.Tctl, 'tctl'], [B.RingBase, 'ringBase'], [B.RingLen, 'ringLen'],
      [B.RingPtr, 'ringPtr'], [B.Rdt, 'rdt'], [B.Tdt, 'tdt']];
    expect(pairs).toHaveLength(BEHAVIOURS.length);
    for (const [code, name] of pairs) expect(BEHAVIOURS[code - 1], name).toBe(name);
    const c = compileRegisters(REGISTERS, 0x20000);
    expect(c.names.get(H.E1000_RA >>> 2)).toBe('RA[0]');
    expect(c.names.get(H.E1000_GORCH >>> 2)).toBe('GORCH');
    expect(() => compileRegisters([...REGISTERS, { name: 'X', offset: H.E1000_ICR, reset: 0, writable: 0, behaviour: 'plain' }], 0x20000)).toThrow(/X overlaps ICR/);
    expect(() => compileRegisters([{ name: 'Y', offset: 0x20000, reset: 0, writable: 0, behaviour: 'plain' }], 0x20000)).toThrow(/outside/);
  });
});

describe('one NIC for both drivers', () => {
  it("the sample driver's registers and bits are the 82540EM's (e1000_hw.h)", () => {
    const linuxReg: Record<string, number> = { RAL0: H.E1000_RA, RAH0: H.E1000_RA + 4 };
    for (const [name, off] of Object.entries(E1000_REGS)) expect(off, name).toBe(linuxReg[name] ?? (H as Record<string, number>)[`E1000_${name}`]);
    for (const [name, v] of Object.entries(E1000_BITS)) {
      const linux = (H as Record<string, number>)[`E1000_${name}`];
      if (linux === undefined) continue; // driver-side composites (IMS_ENABLE_MASK, RXD_ERR_FRAME_ERR_MASK)
      // The sample keeps TX command bits as the descriptor's cmd byte; e1000_hw.h as the dword.
      expect(v, name).toBe(name.startsWith('TXD_CMD_') ? linux >>> 24 : linux);
    }
  });
});
