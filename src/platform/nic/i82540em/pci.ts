// Owns the 82540EM's PCI configuration space (type 0 header, PCI 2.2): ids 8086:100E, class
// 020000 (Ethernet), BAR0 = 128 KiB 32-bit non-prefetchable memory (the registers), BAR1 = 64
// bytes of I/O space (the IOADDR/IODATA window), INTA#, and a power-management capability
// (PMC/PMCSR) at DCh. Writable: COMMAND (I/O, memory, bus master, MWI, parity, SERR, INTx
// disable), STATUS error bits (write 1 to clear), cache line size, latency timer, interrupt line,
// the BARs (sizing: writing all ones reads back the size mask) and PMCSR (power state, PME).
// Invariant: the platform places the BARs (the emulator's bus has no remapping); a write of any
// other address than the assigned one or all ones is refused and reported.

import { LINUX as K } from '../../linux/layout.generated.js';

export const MMIO_BAR_SIZE = 0x20000;
export const IO_BAR_SIZE = 0x40;
const PM_CAP = 0xdc;
/** PMC: PCI PM 1.1 (version 2), PME# from D0, D3hot and D3cold; no D1/D2. */
const PMC = 2 | K.PCI_PM_CAP_PME_D0 | K.PCI_PM_CAP_PME_D3hot | K.PCI_PM_CAP_PME_D3cold;
const COMMAND_WRITABLE = K.PCI_COMMAND_IO | K.PCI_COMMAND_MEMORY | K.PCI_COMMAND_MASTER | K.PCI_COMMAND_INVALIDATE |
  K.PCI_COMMAND_PARITY | K.PCI_COMMAND_SERR | K.PCI_COMMAND_INTX_DISABLE;
/** STATUS bits 15:11 and 8 are "write 1 to clear" error flags. */
const STATUS_W1C = 0xf900;

export interface PciIdentity {
  readonly vendorId: number; readonly deviceId: number; readonly revision: number;
  readonly subsystemVendorId: number; readonly subsystemId: number;
  readonly mmioBase: number; readonly ioBase: number; readonly irqLine: number;
}

export class PciConfig {
  readonly bytes = new Uint8Array(256);
  private readonly v = new DataView(this.bytes.buffer);
  /** BARs currently showing their size mask (after an all-ones write). */
  private readonly sizing = [false, false];
  readonly refusals: string[] = [];

  constructor(private readonly id: PciIdentity) { this.reset(); }

  reset(): void {
    const v = this.v, id = this.id;
    this.bytes.fill(0);
    v.setUint16(K.PCI_VENDOR_ID, id.vendorId, true);
    v.setUint16(K.PCI_DEVICE_ID, id.deviceId, true);
    v.setUint16(K.PCI_STATUS, K.PCI_STATUS_CAP_LIST | K.PCI_STATUS_66MHZ | K.PCI_STATUS_DEVSEL_MEDIUM, true);
    v.setUint8(K.PCI_REVISION_ID, id.revision & 0xff);
    v.setUint16(K.PCI_CLASS_DEVICE, K.PCI_CLASS_NETWORK_ETHERNET, true);
    v.setUint8(K.PCI_CACHE_LINE_SIZE, 0x10);
    v.setUint8(K.PCI_LATENCY_TIMER, 0x40);
    v.setUint8(K.PCI_HEADER_TYPE, K.PCI_HEADER_TYPE_NORMAL);
    v.setUint32(K.PCI_BASE_ADDRESS_0, id.mmioBase | K.PCI_BASE_ADDRESS_SPACE_MEMORY | K.PCI_BASE_ADDRESS_MEM_TYPE_32, true);
    v.setUint32(K.PCI_BASE_ADDRESS_1, id.ioBase | K.PCI_BASE_ADDRESS_SPACE_IO, true);
    v.setUint16(K.PCI_SUBSYSTEM_VENDOR_ID, id.subsystemVendorId, true);
    v.setUint16(K.PCI_SUBSYSTEM_ID, id.subsystemId, true);
    v.setUint8(K.PCI_CAPABILITY_LIST, PM_CAP);
    v.setUint8(K.PCI_INTERRUPT_LINE, id.irqLine & 0xff);
    v.setUint8(K.PCI_INTERRUPT_PIN, 1); // INTA#
    v.setUint8(K.PCI_MIN_GNT, 0xff);
    v.setUint8(PM_CAP + K.PCI_CAP_LIST_ID, K.PCI_CAP_ID_PM);
    v.setUint8(PM_CAP + K.PCI_CAP_LIST_NEXT, 0);
    v.setUint16(PM_CAP + K.PCI_PM_PMC, PMC, true);
    v.setUint16(PM_CAP + K.PCI_PM_CTRL, 0, true); // D0
    this.sizing.fill(false);
  }

  get command(): number { return this.v.getUint16(K.PCI_COMMAND, true); }
  /** Power state 0..3 (D0..D3hot) from PMCSR. */
  get powerState(): number { return this.v.getUint16(PM_CAP + K.PCI_PM_CTRL, true) & K.PCI_PM_CTRL_STATE_MASK; }

  read(where: number, size: 1 | 2 | 4): number {
    if (where < 0 || where + size > 256 || where % size) return size === 4 ? 0xffffffff : (1 << (8 * size)) - 1;
    let value = size === 1 ? this.v.getUint8(where) : size === 2 ? this.v.getUint16(where, true) : this.v.getUint32(where, true);
    for (let bar = 0; bar < 2; bar++) {
      const at = K.PCI_BASE_ADDRESS_0 + 4 * bar;
      if (!this.sizing[bar] || where + size <= at || where >= at + 4) continue;
      const mask = bar === 0 ? ~(MMIO_BAR_SIZE - 1) | K.PCI_BASE_ADDRESS_MEM_TYPE_32 : ~(IO_BAR_SIZE - 1) | K.PCI_BASE_ADDRESS_SPACE_IO;
      const shift = 8 * (where - at);
      value = (mask >>> shift) & (size === 4 ? 0xffffffff : (1 << (8 * size)) - 1);
    }
    return value >>> 0;
  }

  /** A configuration write; sub-dword writes act on the bytes they cover. */
  write(where: number, size: 1 | 2 | 4, value: number): void {
    if (where < 0 || where + size > 256 || where % size) return;
    for (let k = 0; k < size; k++) this.writeByte(where + k, (value >>> (8 * k)) & 0xff, where, size, value);
  }

  private writeByte(at: number, byte: number, where: number, size: number, value: number): void {
    const b = this.bytes;
    if (at === K.PCI_COMMAND || at === K.PCI_COMMAND + 1) {
      const mask = (COMMAND_WRITABLE >>> (8 * (at - K.PCI_COMMAND))) & 0xff;
      b[at] = (b[at]! & ~mask) | (byte & mask);
    } else if (at === K.PCI_STATUS || at === K.PCI_STATUS + 1) {
      b[at] = b[at]! & ~(byte & (STATUS_W1C >>> (8 * (at - K.PCI_STATUS))) & 0xff);
    } else if (at === K.PCI_CACHE_LINE_SIZE || at === K.PCI_LATENCY_TIMER || at === K.PCI_INTERRUPT_LINE) {
      b[at] = byte;
    } else if (at >= K.PCI_BASE_ADDRESS_0 && at < K.PCI_BASE_ADDRESS_2) {
      const bar = (at - K.PCI_BASE_ADDRESS_0) >>> 2;
      if ((at & 3) !== 0) return; // the dword is handled at its first byte
      const whole = size === 4 && where === at ? value >>> 0 : -1;
      const base = bar === 0 ? this.id.mmioBase : this.id.ioBase;
      const addrMask = bar === 0 ? K.PCI_BASE_ADDRESS_MEM_MASK : K.PCI_BASE_ADDRESS_IO_MASK;
      if (whole === 0xffffffff) this.sizing[bar] = true;
      else if (whole >= 0 && ((whole & addrMask) >>> 0) === base) this.sizing[bar] = false;
      else this.refusals.push(`BAR${bar} write 0x${(whole >>> 0).toString(16)} refused: the device stays at 0x${base.toString(16)}`);
    } else if (at === PM_CAP + K.PCI_PM_CTRL) {
      b[at] = (b[at]! & ~K.PCI_PM_CTRL_STATE_MASK) | (byte & K.PCI_PM_CTRL_STATE_MASK);
    } else if (at === PM_CAP + K.PCI_PM_CTRL + 1) {
      const pme = K.PCI_PM_CTRL_PME_ENABLE >>> 8, status = K.PCI_PM_CTRL_PME_STATUS >>> 8;
      b[at] = ((b[at]! & ~pme) | (byte & pme)) & ~(byte & status);
    }
  }

  getState(): number[] { return [...this.bytes, this.sizing[0] ? 1 : 0, this.sizing[1] ? 1 : 0]; }
  setState(s: readonly number[]): void {
    if (s.length !== 258) throw new Error(`PCI config state needs 258 values, got ${s.length}`);
    this.bytes.set(s.slice(0, 256));
    this.sizing[0] = s[256] === 1;
    this.sizing[1] = s[257] === 1;
  }
}
