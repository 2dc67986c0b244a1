// Owns the 82540EM-like NIC model (PCI 8086:100E; DESIGN.md §4, drivers/e1000like/README.md "What
// the NIC model must do", e1000like.h): its PCI configuration space, the 128 KiB register BAR on the
// emulator bus, the EEPROM, interrupt causes and the level of its interrupt line, the legacy TX/RX
// descriptor rings processed by DMA, the link ("cable"), and counters for tests.
//
// When DMA happens (the platform reaches the device only through the bus and the methods here):
// - Transmit is processed SYNCHRONOUSLY inside the MMIO write that makes it possible: a write to TDT
//   or TCTL, and a link-up transition (setLink) or poll(). Every complete frame (descriptors up to
//   one with EOP) in [TDH, TDT) is gathered, handed to `onTransmit` (without FCS), and retired (DD
//   written into every RS descriptor, TDH advanced) before the write returns. A frame whose EOP
//   descriptor is not yet inside [TDH, TDT) waits.
// - Receive happens in deliver(frame), called by the wire; the frame (without FCS) is filtered,
//   written with a computed 4-byte FCS into the buffer of descriptor RDH, and retired.
//
// Invariants:
// - Nothing here throws into the CPU: MMIO handlers and deliver() catch every error (a bad DMA
//   address, an impossible ring) and count/log it as a device error.
// - The interrupt line is high exactly while (ICR & IMS) != 0; every change of ICR or IMS updates it.
// - The device masters the bus (DMA) only while PCI_COMMAND.MASTER is set and decodes its BAR only
//   while PCI_COMMAND.MEMORY is set (the driver's pci_enable_device / pci_set_master).
// - Bus address 0 in a descriptor is treated as a DMA error (the driver's "not mapped" value), never
//   as physical address 0.

import type { Bus, IrqLine, MmioHandler, AccessSize } from '../../emulator/bus.js';
import { E1000_BITS as B, E1000_REGS as R, E1000LIKE, KCONST, RX_DESC, TX_DESC } from '../layout.generated.js';
import { crc32 } from './crc32.js';

export const E1000_BAR_SIZE = E1000LIKE.bar0_len;
/** PCI configuration space offsets (PCI Local Bus spec, type 0 header). */
export const PCI_CFG = {
  VENDOR_ID: 0x00, DEVICE_ID: 0x02, COMMAND: KCONST.PCI_COMMAND, STATUS: 0x06, REVISION_ID: KCONST.PCI_REVISION_ID,
  PROG_IF: 0x09, SUBCLASS: 0x0a, CLASS: 0x0b, CACHE_LINE: 0x0c, LATENCY: 0x0d, HEADER_TYPE: 0x0e, BAR0: 0x10,
  SUBSYSTEM_VENDOR_ID: 0x2c, SUBSYSTEM_ID: 0x2e, INTERRUPT_LINE: 0x3c, INTERRUPT_PIN: 0x3d,
} as const;
export const PCI_COMMAND_IO = 0x1;
export const PCI_COMMAND_MEMORY = 0x2;
export const PCI_COMMAND_MASTER = 0x4;

/** Largest frame accepted without long-packet mode: 1514 + VLAN tag + FCS. */
export const MAX_RX_FRAME_WITH_FCS = 1522;
const RX_BUFFER_BYTES = E1000LIKE.rx_buffer_len;
const FCS_LEN = 4;

export interface E1000Options {
  readonly bus: Bus;
  /** Physical address of BAR0 (the platform's choice); 128 KiB, page aligned. */
  readonly mmioBase: number;
  readonly irq: IrqLine;
  /** Permanent MAC address (EEPROM words 0-2). Default 00:11:22:33:44:55. */
  readonly mac?: ArrayLike<number>;
  /** EEPROM word 5 (major << 12 | minor << 4 | build). Default 0x1234 ("1.35-4"). */
  readonly eepromVersion?: number;
  /** PCI revision id. Default 3. */
  readonly revision?: number;
  /** Cable plugged in at power-on. Default true. */
  readonly linkUp?: boolean;
  readonly speed?: 10 | 100 | 1000;
  readonly fullDuplex?: boolean;
  /** Receives every transmitted frame (without FCS; short frames padded to 60 bytes when TCTL.PSP). */
  readonly onTransmit?: (frame: Uint8Array) => void;
  /**
   * Receives every transmitted frame too (before onTransmit), through a method: unlike a closure
   * made per machine, the method is the same function for every machine, so the optimised transmit
   * path serves machines built one after another (a dead closure inlined there would deoptimise it).
   */
  readonly wire?: FrameReceiver;
  /**
   * onTransmit (and wire) receive a view of the device's staging buffer, valid only until it returns (it
   * must copy what it keeps), instead of a frame of its own. Default false.
   */
  readonly lendTxFrames?: boolean;
}

/** Where transmitted frames go (see E1000Options.wire). */
export interface FrameReceiver {
  receive(frame: Uint8Array): unknown;
}

export interface NicCounters {
  txFrames: number;
  txBytes: number;
  txDescriptors: number;
  txPadded: number;
  txDmaErrors: number;
  rxFrames: number;
  rxBytes: number;
  /** Dropped because the ring had no free descriptor (ICR.RXO). */
  rxMissed: number;
  rxFiltered: number;
  rxDisabled: number;
  rxNoLink: number;
  rxNoBusMaster: number;
  rxTooLong: number;
  rxRunt: number;
  rxDmaErrors: number;
  resets: number;
  mmioReads: number;
  mmioWrites: number;
  mmioWhileDisabled: number;
  eepromReads: number;
  illegalWrites: number;
  ringErrors: number;
}

export type RxOutcome = 'accepted' | 'disabled' | 'no-link' | 'filtered' | 'too-long' | 'runt' | 'no-bus-master' | 'overrun' | 'ring-error' | 'dma-error';

export interface RingState {
  readonly base: number;
  readonly count: number;
  readonly head: number;
  readonly tail: number;
}

const newCounters = (): NicCounters => ({
  txFrames: 0, txBytes: 0, txDescriptors: 0, txPadded: 0, txDmaErrors: 0,
  rxFrames: 0, rxBytes: 0, rxMissed: 0, rxFiltered: 0, rxDisabled: 0, rxNoLink: 0, rxNoBusMaster: 0, rxTooLong: 0,
  rxRunt: 0, rxDmaErrors: 0, resets: 0, mmioReads: 0, mmioWrites: 0, mmioWhileDisabled: 0, eepromReads: 0,
  illegalWrites: 0, ringErrors: 0,
});

class DmaError extends Error {}

/** What a DMA transfer is for (error messages; the text is built only when one is reported). */
const enum DmaWhat { TxDescriptor, TxBuffer, TxStatus, TxStatusWriteBack, RxDescriptor, RxBuffer, RxWriteBack }

function dmaWhat(w: DmaWhat, n: number): string {
  switch (w) {
    case DmaWhat.TxDescriptor: return `TX descriptor ${n}`;
    case DmaWhat.TxBuffer: return `TX buffer of descriptor ${n}`;
    case DmaWhat.TxStatus: return 'TX status';
    case DmaWhat.TxStatusWriteBack: return 'TX status write-back';
    case DmaWhat.RxDescriptor: return `RX descriptor ${n}`;
    case DmaWhat.RxBuffer: return `RX buffer of descriptor ${n}`;
    case DmaWhat.RxWriteBack: return `RX descriptor ${n} write-back`;
  }
}

export class E1000Nic implements MmioHandler {
  readonly bus: Bus;
  readonly mmioBase: number;
  readonly irq: IrqLine;
  readonly mac: Uint8Array;
  readonly eeprom = new Uint16Array(E1000LIKE.eeprom_words);
  /** PCI configuration space (256 bytes, little-endian). */
  readonly config = new Uint8Array(256);
  private readonly configView = new DataView(this.config.buffer);
  readonly counters: NicCounters = newCounters();
  /** Device-level anomalies (DMA errors, impossible ring settings), oldest first, at most 200. */
  readonly errors: string[] = [];
  onTransmit: ((frame: Uint8Array) => void) | null;
  wire: FrameReceiver | null;

  /** Register file by dword index; ICR/IMS/GPRC/GPTC/STATUS have dedicated state below. */
  private readonly regs = new Uint32Array(E1000_BAR_SIZE / 4);
  private icr = 0;
  private ims = 0;
  private gprc = 0;
  private gptc = 0;
  private link: boolean;
  private readonly speed: 10 | 100 | 1000;
  private readonly fullDuplex: boolean;
  private inTx = false;
  /** onTransmit gets a view of the staging buffer, valid only until it returns (E1000Options.lendTxFrames). */
  private readonly lendTxFrames: boolean;
  /**
   * Staging buffers of the DMA engines. Each is done with before its user calls out of the device,
   * except txBuf during a lent onTransmit, and processTx is not re-entered (inTx) meanwhile.
   */
  private txBuf = new Uint8Array(2048);
  private readonly rxBuf = new Uint8Array(MAX_RX_FRAME_WITH_FCS);
  private readonly descBuf = new Uint8Array(16);
  private readonly descView = new DataView(this.descBuf.buffer);
  private readonly rsDescs: number[] = [];

  constructor(opts: E1000Options) {
    this.bus = opts.bus;
    this.mmioBase = opts.mmioBase >>> 0;
    this.irq = opts.irq;
    if (this.mmioBase % 4096) throw new Error(`NIC BAR0 must be page aligned, got 0x${this.mmioBase.toString(16)}`);
    this.mac = Uint8Array.from(opts.mac ?? [0x00, 0x11, 0x22, 0x33, 0x44, 0x55]);
    if (this.mac.length !== 6) throw new Error('NIC MAC address must be 6 bytes');
    this.link = opts.linkUp ?? true;
    this.speed = opts.speed ?? 1000;
    this.fullDuplex = opts.fullDuplex ?? true;
    this.onTransmit = opts.onTransmit ?? null;
    this.wire = opts.wire ?? null;
    this.lendTxFrames = opts.lendTxFrames ?? false;
    this.initEeprom(opts.eepromVersion ?? 0x1234);
    this.initConfig(opts.revision ?? 3);
    this.bus.mapMmio(this.mmioBase, E1000_BAR_SIZE, this);
    this.resetRegisters();
  }

  private initEeprom(version: number): void {
    const m = this.mac;
    this.eeprom.fill(0xffff);
    this.eeprom[0] = m[0]! | (m[1]! << 8);
    this.eeprom[1] = m[2]! | (m[3]! << 8);
    this.eeprom[2] = m[4]! | (m[5]! << 8);
    this.eeprom[3] = 0; this.eeprom[4] = 0;
    this.eeprom[E1000LIKE.eeprom_version_word] = version & 0xffff;
    this.eeprom[0x0b] = 0x001e; // subsystem id
    this.eeprom[0x0c] = E1000LIKE.vendor_id; // subsystem vendor
    this.eeprom[0x0d] = E1000LIKE.device_id;
    this.eeprom[0x0e] = E1000LIKE.vendor_id;
    // Word 0x3F makes the 64-word sum 0xBABA, as on real parts.
    let sum = 0;
    for (let i = 0; i < 0x3f; i++) sum = (sum + this.eeprom[i]!) & 0xffff;
    this.eeprom[0x3f] = (0xbaba - sum) & 0xffff;
  }

  private initConfig(revision: number): void {
    const c = new DataView(this.config.buffer);
    c.setUint16(PCI_CFG.VENDOR_ID, E1000LIKE.vendor_id, true);
    c.setUint16(PCI_CFG.DEVICE_ID, E1000LIKE.device_id, true);
    c.setUint16(PCI_CFG.COMMAND, 0, true); // everything off until the driver enables it
    c.setUint16(PCI_CFG.STATUS, 0x0230, true); // 66 MHz, medium DEVSEL, capability list
    c.setUint8(PCI_CFG.REVISION_ID, revision & 0xff);
    c.setUint8(PCI_CFG.PROG_IF, 0x00); c.setUint8(PCI_CFG.SUBCLASS, 0x00); c.setUint8(PCI_CFG.CLASS, 0x02); // network, Ethernet
    c.setUint8(PCI_CFG.CACHE_LINE, 0x10); c.setUint8(PCI_CFG.LATENCY, 0x40); c.setUint8(PCI_CFG.HEADER_TYPE, 0x00);
    c.setUint32(PCI_CFG.BAR0, this.mmioBase, true); // 32-bit non-prefetchable memory
    c.setUint16(PCI_CFG.SUBSYSTEM_VENDOR_ID, E1000LIKE.vendor_id, true);
    c.setUint16(PCI_CFG.SUBSYSTEM_ID, 0x001e, true);
    c.setUint8(PCI_CFG.INTERRUPT_LINE, this.irq.line & 0xff);
    c.setUint8(PCI_CFG.INTERRUPT_PIN, 1); // INTA#
  }

  // ---- PCI configuration space ---------------------------------------------------------------

  configRead(where: number, size: 1 | 2 | 4): number {
    if (where < 0 || where + size > 256) return size === 4 ? 0xffffffff : (1 << (8 * size)) - 1;
    const c = this.configView;
    return size === 1 ? c.getUint8(where) : size === 2 ? c.getUint16(where, true) : c.getUint32(where, true);
  }

  /** Only the COMMAND register (IO, MEMORY, MASTER bits) is writable; the BAR is fixed by the platform. */
  configWrite(where: number, size: 1 | 2 | 4, value: number): void {
    if (where !== PCI_CFG.COMMAND) return;
    const mask = PCI_COMMAND_IO | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER;
    const cmd = (size === 1 ? (this.pciCommand & 0xff00) | (value & 0xff) : value) & mask;
    this.configView.setUint16(PCI_CFG.COMMAND, cmd, true);
    if (cmd & PCI_COMMAND_MASTER) this.processTx();
  }

  get pciCommand(): number { return this.config[PCI_CFG.COMMAND]! | (this.config[PCI_CFG.COMMAND + 1]! << 8); }
  private get busMaster(): boolean { return (this.config[PCI_CFG.COMMAND]! & PCI_COMMAND_MASTER) !== 0; }
  private get memDecode(): boolean { return (this.config[PCI_CFG.COMMAND]! & PCI_COMMAND_MEMORY) !== 0; }

  // ---- link ----------------------------------------------------------------------------------

  get linkUp(): boolean { return this.link; }

  /** Plugs/unplugs the cable: STATUS.LU follows, a change raises ICR.LSC, link-up restarts transmit. */
  setLink(up: boolean): void {
    if (up === this.link) return;
    this.link = up;
    this.icr |= B.ICR_LSC;
    this.updateLine();
    if (up) this.processTx();
  }

  private status(): number {
    if (!this.link) return 0;
    const speed = this.speed === 1000 ? B.STATUS_SPEED_1000 : this.speed === 100 ? B.STATUS_SPEED_100 : 0;
    return (B.STATUS_LU | (this.fullDuplex ? B.STATUS_FD : 0) | speed) >>> 0;
  }

  // ---- reset, interrupt line -------------------------------------------------------------------

  /** CTRL.RST: every register to its power-on value (rings off, IMS = ICR = 0, counters 0). */
  reset(): void {
    this.resetRegisters();
    this.counters.resets++;
  }

  private resetRegisters(): void {
    this.regs.fill(0);
    this.icr = 0;
    this.ims = 0;
    this.gprc = 0;
    this.gptc = 0;
    this.updateLine();
  }

  private updateLine(): void { this.irq.set((this.icr & this.ims) !== 0); }

  /** Current interrupt causes (no side effect). */
  get pendingCauses(): number { return this.icr >>> 0; }
  get interruptMask(): number { return this.ims >>> 0; }

  // ---- register access (bus side) ------------------------------------------------------------

  read(offset: number, size: AccessSize): number {
    this.counters.mmioReads++;
    try {
      if (!this.memDecode) { this.counters.mmioWhileDisabled++; return size === 4 ? 0xffffffff : (1 << (8 * size)) - 1; }
      return this.readSized(offset, size);
    } catch (e) {
      this.error(`register read at 0x${offset.toString(16)}: ${(e as Error).message}`);
      return 0xffffffff;
    }
  }

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

  write(offset: number, size: AccessSize, value: number): void {
    this.counters.mmioWrites++;
    try {
      if (!this.memDecode) { this.counters.mmioWhileDisabled++; return; }
      this.writeSized(offset, size, value);
    } catch (e) {
      this.error(`register write at 0x${offset.toString(16)}: ${(e as Error).message}`);
    }
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
    switch (reg) {
      case R.STATUS: return this.status();
      case R.ICR: return this.icr >>> 0;
      case R.IMS: return this.ims >>> 0;
      case R.GPRC: return this.gprc >>> 0;
      case R.GPTC: return this.gptc >>> 0;
      case R.ICS: case R.IMC: return 0;
      default: return this.regs[reg >>> 2]! >>> 0;
    }
  }

  private readReg(reg: number): number {
    switch (reg) {
      case R.ICR: { const v = this.icr; this.icr = 0; this.updateLine(); return v >>> 0; }
      case R.GPRC: { const v = this.gprc; this.gprc = 0; return v >>> 0; }
      case R.GPTC: { const v = this.gptc; this.gptc = 0; return v >>> 0; }
      default: return this.peek(reg);
    }
  }

  private writeReg(reg: number, v: number): void {
    const set = (x: number): void => { this.regs[reg >>> 2] = x >>> 0; };
    switch (reg) {
      case R.CTRL:
        if (v & B.CTRL_RST) this.reset(); // RST self-clears: CTRL reads its power-on value 0
        else set(v);
        return;
      case R.STATUS: case R.GPRC: case R.GPTC:
        this.counters.illegalWrites++;
        return;
      case R.EERD:
        if (v & B.EERD_START) {
          const word = (v >>> B.EERD_ADDR_SHIFT) & 0xff;
          const data = word < this.eeprom.length ? this.eeprom[word]! : 0xffff;
          set((data << B.EERD_DATA_SHIFT) | (word << B.EERD_ADDR_SHIFT) | B.EERD_DONE);
          this.counters.eepromReads++;
        } else set(v & ~B.EERD_DONE);
        return;
      case R.ICR: this.icr &= ~v; this.updateLine(); return; // write 1 to clear
      case R.ICS: this.icr |= v; this.updateLine(); return;
      case R.IMS: this.ims |= v; this.updateLine(); return;
      case R.IMC: this.ims &= ~v; this.updateLine(); return;
      case R.RDBAL: case R.TDBAL: set(v & ~0xf); return;
      case R.RDLEN: case R.TDLEN:
        if (v & 0x7f) this.error(`${reg === R.RDLEN ? 'RDLEN' : 'TDLEN'} 0x${v.toString(16)} is not a multiple of 128`);
        set(v & 0xfff80);
        return;
      case R.RDH: case R.RDT: case R.TDH: set(v & 0xffff); return;
      case R.TDT: set(v & 0xffff); this.processTx(); return;
      case R.TCTL: set(v); this.processTx(); return;
      default: set(v);
    }
  }

  // ---- inspection ------------------------------------------------------------------------------

  get rxRing(): RingState {
    return { base: this.regs[R.RDBAL >>> 2]!, count: this.regs[R.RDLEN >>> 2]! / 16, head: this.regs[R.RDH >>> 2]!, tail: this.regs[R.RDT >>> 2]! };
  }

  get txRing(): RingState {
    return { base: this.regs[R.TDBAL >>> 2]!, count: this.regs[R.TDLEN >>> 2]! / 16, head: this.regs[R.TDH >>> 2]!, tail: this.regs[R.TDT >>> 2]! };
  }

  /** Every named register (no side effects). */
  registers(): Record<keyof typeof R, number> {
    const out = {} as Record<keyof typeof R, number>;
    for (const [name, off] of Object.entries(R) as [keyof typeof R, number][]) out[name] = this.peek(off);
    return out;
  }

  private error(msg: string): void {
    if (this.errors.length < 200) this.errors.push(msg);
  }

  // ---- DMA helpers -----------------------------------------------------------------------------

  /** dmaRead into dst[off, off+len); `what(...)` names the transfer in the error (built only then). */
  private dmaReadInto(lo: number, hi: number, dst: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void {
    if (hi !== 0 || lo === 0) throw new DmaError(`${dmaWhat(what, n)}: bus address 0x${hi.toString(16)}:${lo.toString(16).padStart(8, '0')} is not DMA-able`);
    try { this.bus.dmaReadInto(lo >>> 0, dst, off, len); } catch (e) { throw new DmaError(`${dmaWhat(what, n)}: ${(e as Error).message}`); }
  }

  private dmaWriteFrom(lo: number, hi: number, src: Uint8Array, off: number, len: number, what: DmaWhat, n: number): void {
    if (hi !== 0 || lo === 0) throw new DmaError(`${dmaWhat(what, n)}: bus address 0x${hi.toString(16)}:${lo.toString(16).padStart(8, '0')} is not DMA-able`);
    try { this.bus.dmaWriteFrom(lo >>> 0, src, off, len); } catch (e) { throw new DmaError(`${dmaWhat(what, n)}: ${(e as Error).message}`); }
  }

  // ---- transmit --------------------------------------------------------------------------------

  /** Processes the transmit ring now (transmit is otherwise triggered by TDT/TCTL writes and link-up). */
  poll(): void { this.processTx(); }

  private processTx(): void {
    if (this.inTx) return; // onTransmit may not re-enter the gather loop
    const tctl = this.regs[R.TCTL >>> 2]!;
    if (!(tctl & B.TCTL_EN) || !this.link || !this.busMaster) return;
    const n = this.regs[R.TDLEN >>> 2]! / 16;
    if (n === 0) return;
    const base = this.regs[R.TDBAL >>> 2]!, baseHi = this.regs[R.TDBAH >>> 2]!;
    let head = this.regs[R.TDH >>> 2]!;
    const tail = this.regs[R.TDT >>> 2]!;
    if (head >= n || tail >= n) {
      this.counters.ringErrors++;
      this.error(`TX ring: TDH ${head} / TDT ${tail} outside a ring of ${n} descriptors`);
      return;
    }
    this.inTx = true;
    let sent = false;
    const desc = this.descBuf, dv = this.descView;
    try {
      while (head !== tail) {
        let h = head;
        let eop = false;
        let bad: string | null = null;
        // The frame's bytes are gathered in the staging buffer, in descriptor order, as they are read.
        let len = 0;
        const rsDescs = this.rsDescs;
        rsDescs.length = 0;
        let descs = 0;
        while (h !== tail) {
          const at = base + h * 16;
          try { this.dmaReadInto(at, baseHi, desc, 0, 16, DmaWhat.TxDescriptor, h); } catch (e) {
            this.counters.txDmaErrors++;
            this.error((e as Error).message);
            return; // the ring itself is unreadable: stop the transmit unit's progress
          }
          const lo = dv.getUint32(TX_DESC.buffer_addr, true), hi = dv.getUint32(TX_DESC.buffer_addr + 4, true); // u64 halves
          const length = dv.getUint16(TX_DESC.length, true);
          const cmd = dv.getUint8(TX_DESC.cmd);
          descs++;
          if (length > 0 && bad === null) {
            const buf = this.txStaging(len + length);
            try { this.dmaReadInto(lo, hi, buf, len, length, DmaWhat.TxBuffer, h); len += length; } catch (e) { bad = (e as Error).message; }
          }
          if (cmd & B.TXD_CMD_RS) rsDescs.push(at);
          h = (h + 1) % n;
          if (cmd & B.TXD_CMD_EOP) { eop = true; break; }
        }
        if (!eop) break; // the rest of the frame is not queued yet
        for (const at of rsDescs) {
          this.dmaReadInto(at + TX_DESC.status, baseHi, desc, 0, 1, DmaWhat.TxStatus, 0);
          desc[0]! |= B.TXD_STAT_DD;
          this.dmaWriteFrom(at + TX_DESC.status, baseHi, desc, 0, 1, DmaWhat.TxStatusWriteBack, 0);
        }
        head = h;
        this.regs[R.TDH >>> 2] = head;
        this.counters.txDescriptors += descs;
        this.icr |= B.ICR_TXDW;
        sent = true;
        if (bad !== null) {
          this.counters.txDmaErrors++;
          this.error(bad);
          continue;
        }
        const padded = (tctl & B.TCTL_PSP) !== 0 && len < 60;
        const size = padded ? 60 : len;
        let frame: Uint8Array;
        if (this.lendTxFrames) {
          frame = this.txStaging(size).subarray(0, size);
          if (padded) frame.fill(0, len);
        } else {
          frame = new Uint8Array(size);
          frame.set(this.txBuf.subarray(0, len), 0);
        }
        if (padded) this.counters.txPadded++;
        this.gptc = (this.gptc + 1) >>> 0;
        this.counters.txFrames++;
        this.counters.txBytes += frame.length;
        this.wire?.receive(frame);
        this.onTransmit?.(frame);
      }
      if (sent && head === tail) this.icr |= B.ICR_TXQE;
    } catch (e) {
      this.counters.txDmaErrors++;
      this.error(`transmit: ${(e as Error).message}`);
    } finally {
      this.inTx = false;
      this.updateLine();
    }
  }

  /** The transmit staging buffer, grown (contents kept) to hold at least `bytes`. */
  private txStaging(bytes: number): Uint8Array {
    if (bytes > this.txBuf.length) {
      const grown = new Uint8Array(Math.max(bytes, 2 * this.txBuf.length));
      grown.set(this.txBuf, 0);
      this.txBuf = grown;
    }
    return this.txBuf;
  }

  // ---- receive ---------------------------------------------------------------------------------

  private accepts(frame: Uint8Array, rctl: number): boolean {
    if (rctl & B.RCTL_UPE) return true;
    const broadcast = frame[0] === 0xff && frame[1] === 0xff && frame[2] === 0xff && frame[3] === 0xff && frame[4] === 0xff && frame[5] === 0xff;
    if (broadcast) return (rctl & (B.RCTL_BAM | B.RCTL_MPE)) !== 0;
    if (frame[0]! & 1) return (rctl & B.RCTL_MPE) !== 0;
    const rah = this.regs[R.RAH0 >>> 2]!;
    if (!(rah & B.RAH_AV)) return false;
    const ral = this.regs[R.RAL0 >>> 2]!;
    return frame[0] === (ral & 0xff) && frame[1] === ((ral >>> 8) & 0xff) && frame[2] === ((ral >>> 16) & 0xff) &&
      frame[3] === ((ral >>> 24) & 0xff) && frame[4] === (rah & 0xff) && frame[5] === ((rah >>> 8) & 0xff);
  }

  /** A frame (without FCS) arrives from the wire. */
  deliver(frame: Uint8Array): RxOutcome {
    const c = this.counters;
    const rctl = this.regs[R.RCTL >>> 2]!;
    if (!this.link) { c.rxNoLink++; return 'no-link'; }
    if (!(rctl & B.RCTL_EN)) { c.rxDisabled++; return 'disabled'; }
    if (frame.length < 14) { c.rxRunt++; return 'runt'; }
    if (frame.length + FCS_LEN > MAX_RX_FRAME_WITH_FCS || frame.length + FCS_LEN > RX_BUFFER_BYTES) { c.rxTooLong++; return 'too-long'; }
    if (!this.accepts(frame, rctl)) { c.rxFiltered++; return 'filtered'; }
    if (!this.busMaster) { c.rxNoBusMaster++; return 'no-bus-master'; }
    const n = this.regs[R.RDLEN >>> 2]! / 16;
    const head = this.regs[R.RDH >>> 2]!, tail = this.regs[R.RDT >>> 2]!;
    if (n === 0 || head === tail) {
      c.rxMissed++;
      this.icr |= B.ICR_RXO;
      this.updateLine();
      return 'overrun';
    }
    if (head >= n || tail >= n) {
      c.ringErrors++;
      this.error(`RX ring: RDH ${head} / RDT ${tail} outside a ring of ${n} descriptors`);
      return 'ring-error';
    }
    const base = this.regs[R.RDBAL >>> 2]!, baseHi = this.regs[R.RDBAH >>> 2]!;
    const at = base + head * 16;
    try {
      const dv = this.descView;
      this.dmaReadInto(at, baseHi, this.descBuf, 0, 16, DmaWhat.RxDescriptor, head);
      const lo = dv.getUint32(RX_DESC.buffer_addr, true), hi = dv.getUint32(RX_DESC.buffer_addr + 4, true); // u64 halves
      // The frame and its FCS in one DMA write (every frame checked before any byte is written).
      const bytes = this.rxBuf;
      const len = frame.length + FCS_LEN;
      bytes.set(frame, 0);
      const fcs = crc32(frame);
      bytes[frame.length] = fcs & 0xff;
      bytes[frame.length + 1] = (fcs >>> 8) & 0xff;
      bytes[frame.length + 2] = (fcs >>> 16) & 0xff;
      bytes[frame.length + 3] = fcs >>> 24;
      this.dmaWriteFrom(lo, hi, bytes, 0, len, DmaWhat.RxBuffer, head);
      // Write-back covers length..special; status (with DD) lands in the same DMA write as the rest.
      const wb0 = RX_DESC.length;
      dv.setUint16(RX_DESC.length, len, true);
      dv.setUint16(RX_DESC.csum, 0, true);
      dv.setUint8(RX_DESC.status, B.RXD_STAT_DD | B.RXD_STAT_EOP);
      dv.setUint8(RX_DESC.errors, 0);
      dv.setUint16(RX_DESC.special, 0, true);
      this.dmaWriteFrom(at + wb0, baseHi, this.descBuf, wb0, RX_DESC.size - wb0, DmaWhat.RxWriteBack, head);
    } catch (e) {
      c.rxDmaErrors++;
      this.error((e as Error).message);
      return 'dma-error';
    }
    const next = (head + 1) % n;
    this.regs[R.RDH >>> 2] = next;
    this.gprc = (this.gprc + 1) >>> 0;
    c.rxFrames++;
    c.rxBytes += frame.length;
    this.icr |= B.ICR_RXT0;
    // RXDMT0: free descriptors fell to the minimum threshold (RCTL.RDMTS = 00: half the ring).
    if ((tail - next + n) % n === n >> 1) this.icr |= B.ICR_RXDMT0;
    this.updateLine();
    return 'accepted';
  }
}
