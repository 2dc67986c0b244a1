// Owns the Intel 82540EM NIC model (PCI 8086:100E), the one device both drivers run on: the
// sample e1000like driver (whose registers are a subset: drivers/e1000like/e1000like.h) and the
// real Linux 6.1 e1000. The device reaches the machine only through the bus: its 128 KiB register
// BAR (MMIO), its 64-byte I/O BAR (the IOADDR/IODATA indirect window onto the same registers),
// DMA, and its interrupt line. Parts (./i82540em/): the register table (regs.ts), the EEPROM and
// its Microwire interface (eeprom.ts), the PHY behind MDIC (phy.ts), PCI configuration space
// (pci.ts), the transmit and receive engines (tx.ts, rx.ts) and the offloads (offload.ts).
//
// When things happen (no timers: the model has no clock):
// - Transmit runs synchronously inside the write that makes it possible (TDT, TCTL, bus-master
//   enable, link up, poll()): every complete frame in [TDH, TDT) goes to the wire before it returns.
// - Receive happens in deliver(frame), called by the wire.
// - Interrupt delays (ITR, RDTR, RADV, TIDV, TADV) are stored but not applied: causes assert the
//   line at once; auto-negotiation completes at once.
// Invariants:
// - The interrupt line is high exactly while (ICR & IMS) != 0.
// - Nothing throws into the CPU: register handlers and deliver() catch every error (a bad DMA
//   address, an impossible ring) and record it in `errors`.
// - The device decodes its BARs only while PCI_COMMAND.MEMORY / .IO are set and it is in D0, and
//   masters the bus only while PCI_COMMAND.MASTER is set. Bus address 0 is never DMA-able (the
//   drivers' "not mapped").

import type { AccessSize, Bus, IrqLine, MmioHandler, PortHandler } from '../../emulator/bus.js';
import { E1000_HW as H } from '../linux/e1000-hw.generated.js';
import { LINUX as K } from '../linux/layout.generated.js';
import { buildEepromImage, EEPROM_WORDS, microwireDataOut, microwireWrite, newMicrowireState, type MicrowireState } from './i82540em/eeprom.js';
import { DmaWhat, dmaWhat, type DeviceHost } from './i82540em/host.js';
import { IO_BAR_SIZE, MMIO_BAR_SIZE, PciConfig } from './i82540em/pci.js';
import { Phy, PHY_ADDRESS, type PhyState, type Speed } from './i82540em/phy.js';
import { B, compileRegisters, REGISTERS } from './i82540em/regs.js';
import { MAX_FRAME_WITH_FCS, RxEngine, type RxOutcome } from './i82540em/rx.js';
import { newTxContext, TxEngine, type TxContextState } from './i82540em/tx.js';

export type { RxOutcome } from './i82540em/rx.js';
export { MAX_FRAME_WITH_FCS as MAX_RX_FRAME_WITH_FCS } from './i82540em/rx.js';

export const E1000_BAR_SIZE = MMIO_BAR_SIZE;
export const E1000_IO_BAR_SIZE = IO_BAR_SIZE;
export const E1000_VENDOR_ID = K.PCI_VENDOR_ID_INTEL;
export const E1000_DEVICE_ID = H.E1000_DEV_ID_82540EM;
/** The I/O BAR's indirect window: IOADDR selects a register offset, IODATA accesses it. */
export const IOADDR = 0x00;
export const IODATA = 0x04;

/** PCI configuration space offsets (PCI Local Bus spec, type 0 header). */
export const PCI_CFG = {
  VENDOR_ID: K.PCI_VENDOR_ID, DEVICE_ID: K.PCI_DEVICE_ID, COMMAND: K.PCI_COMMAND, STATUS: K.PCI_STATUS, REVISION_ID: K.PCI_REVISION_ID,
  PROG_IF: K.PCI_CLASS_PROG, SUBCLASS: K.PCI_CLASS_DEVICE, CLASS: K.PCI_CLASS_DEVICE + 1, CACHE_LINE: K.PCI_CACHE_LINE_SIZE,
  LATENCY: K.PCI_LATENCY_TIMER, HEADER_TYPE: K.PCI_HEADER_TYPE, BAR0: K.PCI_BASE_ADDRESS_0, BAR1: K.PCI_BASE_ADDRESS_1,
  SUBSYSTEM_VENDOR_ID: K.PCI_SUBSYSTEM_VENDOR_ID, SUBSYSTEM_ID: K.PCI_SUBSYSTEM_ID, CAPABILITY_LIST: K.PCI_CAPABILITY_LIST,
  INTERRUPT_LINE: K.PCI_INTERRUPT_LINE, INTERRUPT_PIN: K.PCI_INTERRUPT_PIN,
} as const;
export const PCI_COMMAND_IO = K.PCI_COMMAND_IO;
export const PCI_COMMAND_MEMORY = K.PCI_COMMAND_MEMORY;
export const PCI_COMMAND_MASTER = K.PCI_COMMAND_MASTER;

/** Default I/O BAR base (the platform's choice; 64-byte aligned). */
export const DEFAULT_IO_BASE = 0xc000;
const FCS_LEN = 4;
const SUBSYSTEM_ID = 0x001e;

export interface E1000Options {
  readonly bus: Bus;
  /** Physical address of BAR0 (the platform's choice); 128 KiB, page aligned. */
  readonly mmioBase: number;
  /** I/O port base of BAR1 (64 ports, 64-byte aligned). Default 0xC000. */
  readonly ioBase?: number;
  readonly irq: IrqLine;
  /** Permanent MAC address (EEPROM words 0-2). Default 00:11:22:33:44:55. */
  readonly mac?: ArrayLike<number>;
  /** EEPROM word 5 (major << 12 | minor << 4 | build). Default 0x1234 ("1.35-4"). */
  readonly eepromVersion?: number;
  /** PCI revision id. Default 3. */
  readonly revision?: number;
  /** Cable plugged in at power-on. Default true. */
  readonly linkUp?: boolean;
  /** What the link partner offers (auto-negotiation settles on the best common mode). Default 1000 full. */
  readonly speed?: Speed;
  readonly fullDuplex?: boolean;
  /** Receives every transmitted frame (without FCS; short frames padded to 60 bytes when TCTL.PSP). */
  readonly onTransmit?: (frame: Uint8Array) => void;
  /**
   * Receives every transmitted frame too (before onTransmit), through a method: unlike a closure
   * made per machine, the method is the same function for every machine, so the optimised transmit
   * path serves machines built one after another.
   */
  readonly wire?: FrameReceiver;
  /** onTransmit/wire get a view of the device's staging buffer, valid only until they return. Default false. */
  readonly lendTxFrames?: boolean;
}

export interface FrameReceiver {
  receive(frame: Uint8Array): unknown;
}

export interface NicCounters {
  txFrames: number; txBytes: number; txDescriptors: number; txPadded: number; txDmaErrors: number; txContexts: number; txTsoFrames: number;
  rxFrames: number; rxBytes: number; rxMissed: number; rxFiltered: number; rxDisabled: number; rxNoLink: number;
  rxNoBusMaster: number; rxTooLong: number; rxRunt: number; rxDmaErrors: number;
  resets: number; mmioReads: number; mmioWrites: number; mmioWhileDisabled: number; ioAccesses: number;
  eepromReads: number; phyReads: number; phyWrites: number; illegalWrites: number; unknownRegisters: number; ringErrors: number;
}

const newCounters = (): NicCounters => ({
  txFrames: 0, txBytes: 0, txDescriptors: 0, txPadded: 0, txDmaErrors: 0, txContexts: 0, txTsoFrames: 0,
  rxFrames: 0, rxBytes: 0, rxMissed: 0, rxFiltered: 0, rxDisabled: 0, rxNoLink: 0, rxNoBusMaster: 0, rxTooLong: 0, rxRunt: 0,
  rxDmaErrors: 0, resets: 0, mmioReads: 0, mmioWrites: 0, mmioWhileDisabled: 0, ioAccesses: 0, eepromReads: 0, phyReads: 0,
  phyWrites: 0, illegalWrites: 0, unknownRegisters: 0, ringErrors: 0,
});

export interface RingState { readonly base: number; readonly count: number; readonly head: number; readonly tail: number }

/** Everything guest-visible about the device, as plain data (getState/setState). */
export interface E1000State {
  regs: number[];
  icr: number; ims: number; ioaddr: number;
  eeprom: number[]; microwire: MicrowireState;
  phy: PhyState; pci: number[]; tx: TxContextState;
}

const COMPILED = compileRegisters(REGISTERS, MMIO_BAR_SIZE);
const ALL_ONES = (size: AccessSize): number => (size === 4 ? 0xffffffff : (1 << (8 * size)) - 1);

export class E1000Nic implements MmioHandler {
  readonly bus: Bus;
  readonly mmioBase: number;
  readonly ioBase: number;
  readonly irq: IrqLine;
  readonly mac: Uint8Array;
  eeprom: Uint16Array;
  readonly counters: NicCounters = newCounters();
  /** Device-level anomalies (DMA errors, impossible rings, refused BAR moves), oldest first, at most 200. */
  readonly errors: string[] = [];
  onTransmit: ((frame: Uint8Array) => void) | null;
  wire: FrameReceiver | null;

  private readonly pci: PciConfig;
  private readonly phy: Phy;
  private readonly regs = new Uint32Array(MMIO_BAR_SIZE / 4);
  private icr = 0;
  private ims = 0;
  private ioaddr = 0;
  private microwire = newMicrowireState();
  private readonly lendTxFrames: boolean;
  private readonly txEngine: TxEngine;
  private readonly rxEngine: RxEngine;

  constructor(opts: E1000Options) {
    this.bus = opts.bus;
    this.mmioBase = opts.mmioBase >>> 0;
    this.ioBase = (opts.ioBase ?? DEFAULT_IO_BASE) >>> 0;
    this.irq = opts.irq;
    if (this.mmioBase % 4096) throw new Error(`NIC BAR0 must be page aligned, got 0x${this.mmioBase.toString(16)}`);
    if (this.ioBase % IO_BAR_SIZE) throw new Error(`NIC BAR1 must be ${IO_BAR_SIZE}-byte aligned, got 0x${this.ioBase.toString(16)}`);
    this.mac = Uint8Array.from(opts.mac ?? [0x00, 0x11, 0x22, 0x33, 0x44, 0x55]);
    if (this.mac.length !== 6) throw new Error('NIC MAC address must be 6 bytes');
    this.onTransmit = opts.onTransmit ?? null;
    this.wire = opts.wire ?? null;
    this.lendTxFrames = opts.lendTxFrames ?? false;
    this.eeprom = buildEepromImage({
      mac: this.mac, version: opts.eepromVersion ?? 0x1234, vendorId: E1000_VENDOR_ID, deviceId: E1000_DEVICE_ID,
      subsystemVendorId: E1000_VENDOR_ID, subsystemId: SUBSYSTEM_ID, pba: 0x00ffffff,
    });
    this.pci = new PciConfig({
      vendorId: E1000_VENDOR_ID, deviceId: E1000_DEVICE_ID, revision: opts.revision ?? 3, subsystemVendorId: E1000_VENDOR_ID,
      subsystemId: SUBSYSTEM_ID, mmioBase: this.mmioBase, ioBase: this.ioBase, irqLine: this.irq.line,
    });
    this.phy = new Phy(opts.linkUp ?? true, { speed: opts.speed ?? 1000, fullDuplex: opts.fullDuplex ?? true });
    const host: DeviceHost = {
      reg: (o: number): number => this.regs[o >>> 2]!,
      setReg: (o: number, v: number): void => { this.regs[o >>> 2] = v >>> 0; },
      dmaRead: (lo: number, hi: number, dst: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void => this.dma(false, lo, hi, dst, off, len, what, n),
      dmaWrite: (lo: number, hi: number, src: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void => this.dma(true, lo, hi, src, off, len, what, n),
      cause: (bits: number): void => this.cause(bits),
      error: (msg: string): void => this.error(msg),
      stat: (o: number, add: number): void => this.stat(o, add),
      emit: (frame: Uint8Array, len: number): void => this.emit(frame, len),
      counters: this.counters,
    };
    this.txEngine = new TxEngine(host);
    this.rxEngine = new RxEngine(host);
    this.bus.mapMmio(this.mmioBase, MMIO_BAR_SIZE, this);
    this.bus.mapPorts(this.ioBase, IO_BAR_SIZE, this.ioWindow);
    this.resetRegisters();
  }

  // ---- PCI configuration space ---------------------------------------------------------------

  configRead(where: number, size: 1 | 2 | 4): number { return this.pci.read(where, size); }

  configWrite(where: number, size: 1 | 2 | 4, value: number): void {
    this.pci.write(where, size, value);
    for (const r of this.pci.refusals.splice(0)) this.error(r);
    this.updateLine();
    if (this.busMaster) this.processTx();
  }

  /** The configuration space bytes (tests, inspection). */
  get config(): Uint8Array { return this.pci.bytes; }
  get pciCommand(): number { return this.pci.command; }
  private get busMaster(): boolean { return (this.pci.command & K.PCI_COMMAND_MASTER) !== 0; }
  private decodes(bit: number): boolean { return (this.pci.command & bit) !== 0 && this.pci.powerState === K.PCI_D0; }

  // ---- link ----------------------------------------------------------------------------------

  get linkUp(): boolean { return this.phy.linkUp; }

  /** Plugs/unplugs the cable: STATUS and the PHY follow, a change raises ICR.LSC, link-up restarts transmit. */
  setLink(up: boolean): void {
    if (up === this.phy.cable) return;
    const before = this.phy.linkUp;
    this.phy.cable = up;
    this.linkChanged(before);
  }

  private linkChanged(before: boolean): void {
    const now = this.phy.linkUp;
    if (now === before) return;
    if (!now) this.phy.noteLinkDown();
    this.updateStatus();
    this.cause(H.E1000_ICR_LSC);
    if (now) this.processTx();
  }

  /** STATUS: link, duplex and speed from the PHY (with CTRL's forced values when FRCSPD/FRCDPX). */
  private updateStatus(): void {
    const ctrl = this.regs[H.E1000_CTRL >>> 2]!;
    let v = this.regs[H.E1000_STATUS >>> 2]! & ~(H.E1000_STATUS_LU | H.E1000_STATUS_FD | H.E1000_STATUS_SPEED_MASK | H.E1000_STATUS_TXOFF);
    if (this.phy.linkUp) {
      const m = this.phy.mode;
      const fd = ctrl & H.E1000_CTRL_FRCDPX ? (ctrl & H.E1000_CTRL_FD) !== 0 : m.fullDuplex;
      const speed = ctrl & H.E1000_CTRL_FRCSPD ? (ctrl & H.E1000_CTRL_SPD_SEL) >>> 2 << 6 : m.speed === 1000 ? H.E1000_STATUS_SPEED_1000 : m.speed === 100 ? H.E1000_STATUS_SPEED_100 : 0;
      v |= H.E1000_STATUS_LU | (fd ? H.E1000_STATUS_FD : 0) | speed;
    }
    this.regs[H.E1000_STATUS >>> 2] = v >>> 0;
  }

  // ---- reset, interrupts ---------------------------------------------------------------------

  /** CTRL.RST: every register to its power-on value, RA[0] reloaded from the EEPROM, interrupts off. */
  reset(): void {
    this.resetRegisters();
    this.counters.resets++;
  }

  private resetRegisters(): void {
    this.regs.set(COMPILED.reset);
    this.icr = 0;
    this.ims = 0;
    this.ioaddr = 0;
    this.microwire = newMicrowireState();
    this.txEngine.ctx = newTxContext();
    this.loadAddressFromEeprom();
    this.updateStatus();
    this.updateLine();
  }

  /** The manual's EEPROM auto-load: the MAC address into RAL0/RAH0 with AV. */
  private loadAddressFromEeprom(): void {
    const w = this.eeprom;
    this.regs[H.E1000_RA >>> 2] = (w[0]! | (w[1]! << 16)) >>> 0;
    this.regs[(H.E1000_RA + 4) >>> 2] = (w[2]! | H.E1000_RAH_AV) >>> 0;
  }

  private cause(bits: number): void {
    this.icr = (this.icr | bits) >>> 0;
    this.updateLine();
  }

  private updateLine(): void {
    const masked = (this.pci.command & K.PCI_COMMAND_INTX_DISABLE) !== 0;
    this.irq.set(!masked && (this.icr & this.ims) !== 0);
  }

  get pendingCauses(): number { return this.icr >>> 0; }
  get interruptMask(): number { return this.ims >>> 0; }

  // ---- bus side: MMIO and the I/O window -----------------------------------------------------

  read(offset: number, size: AccessSize): number {
    this.counters.mmioReads++;
    if (!this.decodes(K.PCI_COMMAND_MEMORY)) { this.counters.mmioWhileDisabled++; return ALL_ONES(size); }
    try { return this.readSized(offset, size); } catch (e) {
      this.error(`register read at 0x${offset.toString(16)}: ${(e as Error).message}`);
      return ALL_ONES(size);
    }
  }

  write(offset: number, size: AccessSize, value: number): void {
    this.counters.mmioWrites++;
    if (!this.decodes(K.PCI_COMMAND_MEMORY)) { this.counters.mmioWhileDisabled++; return; }
    try { this.writeSized(offset, size, value); } catch (e) {
      this.error(`register write at 0x${offset.toString(16)}: ${(e as Error).message}`);
    }
  }

  /** BAR1: IOADDR (offset 0) holds a register offset; IODATA (offset 4) reads/writes that register. */
  private readonly ioWindow: PortHandler = {
    read: (offset: number, size: AccessSize): number => {
      this.counters.ioAccesses++;
      if (!this.decodes(K.PCI_COMMAND_IO)) return ALL_ONES(size);
      if (offset === IOADDR && size === 4) return this.ioaddr;
      if (offset === IODATA && size === 4) return this.ioaddr < MMIO_BAR_SIZE ? this.readSized(this.ioaddr & ~3, 4) : 0;
      return 0; // reserved / partial accesses
    },
    write: (offset: number, size: AccessSize, value: number): void => {
      this.counters.ioAccesses++;
      if (!this.decodes(K.PCI_COMMAND_IO)) return;
      if (offset === IOADDR && size === 4) this.ioaddr = value & 0x1fffc;
      else if (offset === IODATA && size === 4 && this.ioaddr < MMIO_BAR_SIZE) this.writeSized(this.ioaddr, 4, value);
    },
  };

  /** An access that straddles two registers is split into byte accesses of each. */
  private readSized(offset: number, size: AccessSize): number {
    const shift = (offset & 3) * 8;
    if (shift + 8 * size > 32) {
      let v = 0;
      for (let k = 0; k < size; k++) v |= this.readSized(offset + k, 1) << (8 * k);
      return v >>> 0;
    }
    const v = this.readReg(offset & ~3);
    return size === 4 ? v >>> 0 : (v >>> shift) & ((1 << (8 * size)) - 1);
  }

  /** Sub-dword writes merge into the register's current value (no read side effects) before the write acts. */
  private writeSized(offset: number, size: AccessSize, value: number): void {
    const reg = offset & ~3;
    const shift = (offset & 3) * 8;
    if (size === 4 && shift === 0) { this.writeReg(reg, value >>> 0); return; }
    if (shift + 8 * size > 32) {
      for (let k = 0; k < size; k++) this.writeSized(offset + k, 1, (value >>> (8 * k)) & 0xff);
      return;
    }
    const mask = (((1 << (8 * size)) - 1) << shift) >>> 0;
    this.writeReg(reg, ((this.peek(reg) & ~mask) | ((value << shift) & mask)) >>> 0);
  }

  /** Register value without read side effects (tests, ethtool-like inspection). */
  peek(reg: number): number {
    const idx = reg >>> 2;
    switch (COMPILED.behaviour[idx]) {
      case B.Icr: return this.icr >>> 0;
      case B.Ims: return this.ims >>> 0;
      case B.Ics: case B.Imc: case B.Wo: case B.None: return 0;
      case B.Eecd: return this.eecd();
      default: return this.regs[idx]! >>> 0;
    }
  }

  private eecd(): number {
    let v = this.regs[H.E1000_EECD >>> 2]! | H.E1000_EECD_PRES;
    if (v & H.E1000_EECD_REQ) v |= H.E1000_EECD_GNT; // software is granted the EEPROM at once
    if (microwireDataOut(this.microwire, this.eeprom)) v |= H.E1000_EECD_DO;
    return v >>> 0;
  }

  private readReg(reg: number): number {
    const idx = reg >>> 2;
    switch (COMPILED.behaviour[idx]) {
      case B.None: this.counters.unknownRegisters++; return 0;
      case B.Icr: { const v = this.icr; this.icr = 0; this.updateLine(); return v >>> 0; }
      case B.Rc: { const v = this.regs[idx]!; this.regs[idx] = 0; return v >>> 0; }
      case B.Rc64Hi: { const v = this.regs[idx]!; this.regs[idx] = 0; this.regs[idx - 1] = 0; return v >>> 0; }
      default: return this.peek(reg);
    }
  }

  private writeReg(reg: number, v: number): void {
    const idx = reg >>> 2;
    const kind = COMPILED.behaviour[idx]!;
    if (kind === B.None) { this.counters.unknownRegisters++; return; }
    const w = COMPILED.writable[idx]!;
    const merged = ((this.regs[idx]! & ~w) | (v & w)) >>> 0;
    switch (kind) {
      case B.Ro: case B.Rc: case B.Rc64Lo: case B.Rc64Hi: case B.Status: this.counters.illegalWrites++; return;
      case B.Ctrl: return this.writeCtrl(merged);
      case B.Eecd: this.regs[idx] = merged; microwireWrite(this.microwire, merged); return;
      case B.Eerd: return this.writeEerd(v);
      case B.CtrlExt:
        if (v & H.E1000_CTRL_EXT_EE_RST) this.loadAddressFromEeprom(); // EEPROM reload; EE_RST self-clears
        this.regs[idx] = merged & ~H.E1000_CTRL_EXT_EE_RST;
        return;
      case B.Mdic: return this.writeMdic(v);
      case B.Icr: this.icr &= ~v; this.updateLine(); return; // write 1 to clear
      case B.Ics: this.cause(v); return;
      case B.Ims: this.ims = (this.ims | v) >>> 0; this.updateLine(); return;
      case B.Imc: this.ims = (this.ims & ~v) >>> 0; this.updateLine(); return;
      case B.RingLen:
        if (v & 0x7f) this.error(`${COMPILED.names.get(idx)} 0x${v.toString(16)} is not a multiple of 128`);
        this.regs[idx] = merged;
        return;
      case B.Tdt: case B.Tctl: this.regs[idx] = merged; this.processTx(); return;
      default: this.regs[idx] = merged;
    }
  }

  private writeCtrl(v: number): void {
    if (v & H.E1000_CTRL_RST) { this.reset(); return; } // RST self-clears: CTRL reads its power-on value
    const before = this.phy.linkUp;
    const phyResetEnds = (this.regs[H.E1000_CTRL >>> 2]! & H.E1000_CTRL_PHY_RST) !== 0 && !(v & H.E1000_CTRL_PHY_RST);
    this.regs[H.E1000_CTRL >>> 2] = v;
    if (phyResetEnds) this.phy.reset();
    this.linkChanged(before);
    this.updateStatus();
  }

  private writeEerd(v: number): void {
    if (!(v & H.E1000_EERD_START)) { this.regs[H.E1000_EERD >>> 2] = v & ~H.E1000_EERD_DONE; return; }
    const word = (v & H.E1000_EERD_ADDR_MASK) >>> H.E1000_EERD_ADDR_SHIFT;
    const data = word < EEPROM_WORDS ? this.eeprom[word]! : 0xffff;
    this.regs[H.E1000_EERD >>> 2] = ((data << H.E1000_EERD_DATA_SHIFT) | (word << H.E1000_EERD_ADDR_SHIFT) | H.E1000_EERD_DONE) >>> 0;
    this.counters.eepromReads++;
  }

  /** MDIC: a read or write of PHY register REGADD at PHYADD, complete at once (READY; ERROR for another PHY address). */
  private writeMdic(v: number): void {
    const phyAddr = (v & H.E1000_MDIC_PHY_MASK) >>> H.E1000_MDIC_PHY_SHIFT;
    const reg = (v & H.E1000_MDIC_REG_MASK) >>> H.E1000_MDIC_REG_SHIFT;
    let data = v & H.E1000_MDIC_DATA_MASK, status = H.E1000_MDIC_READY;
    const before = this.phy.linkUp;
    if (phyAddr !== PHY_ADDRESS) status |= H.E1000_MDIC_ERROR;
    else if (v & H.E1000_MDIC_OP_READ) { data = this.phy.read(reg); this.counters.phyReads++; }
    else if (v & H.E1000_MDIC_OP_WRITE) { this.phy.write(reg, data); this.counters.phyWrites++; }
    this.regs[H.E1000_MDIC >>> 2] = ((v & ~(H.E1000_MDIC_DATA_MASK | H.E1000_MDIC_READY | H.E1000_MDIC_ERROR)) | data | status) >>> 0;
    this.linkChanged(before);
    this.updateStatus();
    if (v & H.E1000_MDIC_INT_EN) this.cause(H.E1000_ICR_MDAC);
  }

  /** Adds to a statistics register (64-bit pairs carry into the high dword). */
  private stat(offset: number, add: number): void {
    const idx = offset >>> 2;
    const sum = this.regs[idx]! + add;
    this.regs[idx] = sum >>> 0;
    if (COMPILED.behaviour[idx] === B.Rc64Lo && sum > 0xffffffff) this.regs[idx + 1] = (this.regs[idx + 1]! + 1) >>> 0;
  }

  // ---- inspection ----------------------------------------------------------------------------

  get rxRing(): RingState {
    const r = this.regs;
    return { base: r[H.E1000_RDBAL >>> 2]!, count: r[H.E1000_RDLEN >>> 2]! / 16, head: r[H.E1000_RDH >>> 2]!, tail: r[H.E1000_RDT >>> 2]! };
  }

  get txRing(): RingState {
    const r = this.regs;
    return { base: r[H.E1000_TDBAL >>> 2]!, count: r[H.E1000_TDLEN >>> 2]! / 16, head: r[H.E1000_TDH >>> 2]!, tail: r[H.E1000_TDT >>> 2]! };
  }

  /** Every register of the map by name (array registers as NAME[i]), without side effects. */
  registers(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [idx, name] of COMPILED.names) out[name] = this.peek(idx << 2);
    return out;
  }

  /** The PHY register `reg` without side effects on the latch (tests). */
  phyRegister(reg: number): number { return this.phy.regs[reg & 31]!; }

  private error(msg: string): void { if (this.errors.length < 200) this.errors.push(msg); }

  // ---- state ---------------------------------------------------------------------------------

  getState(): E1000State {
    const regs: number[] = [];
    for (const idx of COMPILED.names.keys()) regs.push(idx, this.regs[idx]!);
    return {
      regs, icr: this.icr, ims: this.ims, ioaddr: this.ioaddr, eeprom: [...this.eeprom], microwire: { ...this.microwire },
      phy: this.phy.getState(), pci: this.pci.getState(), tx: { ...this.txEngine.ctx },
    };
  }

  setState(s: E1000State): void {
    if (s.eeprom.length !== EEPROM_WORDS) throw new Error(`EEPROM state needs ${EEPROM_WORDS} words, got ${s.eeprom.length}`);
    this.regs.fill(0);
    for (let i = 0; i + 1 < s.regs.length; i += 2) {
      const idx = s.regs[i]!;
      if (!COMPILED.names.has(idx)) throw new Error(`state names no register at 0x${(idx * 4).toString(16)}`);
      this.regs[idx] = s.regs[i + 1]! >>> 0;
    }
    this.icr = s.icr >>> 0; this.ims = s.ims >>> 0; this.ioaddr = s.ioaddr >>> 0;
    this.eeprom = Uint16Array.from(s.eeprom);
    this.microwire = { ...s.microwire };
    this.phy.setState(s.phy);
    this.pci.setState(s.pci);
    this.txEngine.ctx = { ...s.tx };
    this.updateLine();
  }

  // ---- DMA, transmit, receive ------------------------------------------------------------------

  private dma(write: boolean, lo: number, hi: number, buf: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void {
    if (hi !== 0 || lo === 0) throw new Error(`${dmaWhat(what, n)}: bus address 0x${hi.toString(16)}:${lo.toString(16).padStart(8, '0')} is not DMA-able`);
    try {
      if (write) this.bus.dmaWriteFrom(lo >>> 0, buf, off, len);
      else this.bus.dmaReadInto(lo >>> 0, buf, off, len);
    } catch (e) {
      throw new Error(`${dmaWhat(what, n)}: ${(e as Error).message}`);
    }
  }

  /** Processes the transmit ring now (otherwise triggered by TDT/TCTL writes, bus mastering and link-up). */
  poll(): void { this.processTx(); }

  private processTx(): void {
    if (!(this.regs[H.E1000_TCTL >>> 2]! & H.E1000_TCTL_EN) || !this.phy.linkUp || !this.busMaster) return;
    try { this.txEngine.run(); } catch (e) {
      this.counters.txDmaErrors++;
      this.error(`transmit: ${(e as Error).message}`);
    }
  }

  /** A finished frame (without FCS) to the wire, padded to 60 bytes under TCTL.PSP; counted. */
  private emit(buf: Uint8Array, len: number): void {
    const padded = (this.regs[H.E1000_TCTL >>> 2]! & H.E1000_TCTL_PSP) !== 0 && len < 60;
    const size = padded ? 60 : len;
    let frame: Uint8Array;
    if (this.lendTxFrames && buf.length >= size) {
      frame = buf.subarray(0, size);
      if (padded) frame.fill(0, len);
    } else {
      frame = new Uint8Array(size);
      frame.set(buf.subarray(0, len), 0);
    }
    const c = this.counters;
    if (padded) c.txPadded++;
    c.txFrames++;
    c.txBytes += size;
    const bytes = size + FCS_LEN;
    this.stat(H.E1000_GPTC, 1); this.stat(H.E1000_TPT, 1);
    this.stat(H.E1000_GOTCL, bytes); this.stat(H.E1000_TOTL, bytes);
    if (frame[0]! & 1) this.stat(frame[0] === 0xff && frame[1] === 0xff ? H.E1000_BPTC : H.E1000_MPTC, 1);
    this.stat(bytes <= 64 ? H.E1000_PTC64 : bytes <= 127 ? H.E1000_PTC127 : bytes <= 255 ? H.E1000_PTC255 : bytes <= 511 ? H.E1000_PTC511 : bytes <= 1023 ? H.E1000_PTC1023 : H.E1000_PTC1522, 1);
    this.wire?.receive(frame);
    this.onTransmit?.(frame);
  }

  /** A frame (without FCS) arrives from the wire. */
  deliver(frame: Uint8Array): RxOutcome {
    const c = this.counters;
    const rctl = this.regs[H.E1000_RCTL >>> 2]!;
    if (!this.phy.linkUp) { c.rxNoLink++; return 'no-link'; }
    if (!(rctl & H.E1000_RCTL_EN)) { c.rxDisabled++; return 'disabled'; }
    if (frame.length < 14) { c.rxRunt++; this.stat(H.E1000_RUC, 1); return 'runt'; }
    if (frame.length + FCS_LEN > RxEngine.maxFrame(rctl)) { c.rxTooLong++; this.stat(H.E1000_ROC, 1); return 'too-long'; }
    if (!this.rxEngine.accepts(frame, rctl)) { c.rxFiltered++; return 'filtered'; }
    if (!this.busMaster) { c.rxNoBusMaster++; return 'no-bus-master'; }
    try { return this.rxEngine.receive(frame, rctl); } catch (e) {
      c.rxDmaErrors++;
      this.error(`receive: ${(e as Error).message}`);
      return 'dma-error';
    }
  }
}
