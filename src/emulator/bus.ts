// The system bus: physical MMIO ranges and I/O ports claimed by device handlers, DMA for devices,
// and interrupt lines. Devices talk to the machine only through this object: they never see the
// CPU. MMIO and port accesses arrive with the offset from the range base and a size of 1, 2 or 4.
//
// Invariants: MMIO ranges do not overlap and are page-granular in the physical frame table (the
// frames are claimed from PhysicalMemory, so they can never also be RAM); port ranges do not
// overlap. DMA goes to RAM only and keeps the code cache coherent (PhysicalMemory.writePhysRam).

import { PAGE_MASK, PAGE_SHIFT, PAGE_SIZE, type PhysicalMemory } from './memory.js';

export type AccessSize = 1 | 2 | 4;

export interface MmioHandler {
  read(offset: number, size: AccessSize): number;
  write(offset: number, size: AccessSize, value: number): void;
}

export interface PortHandler {
  /** `offset` is the port number minus the range base. */
  read(offset: number, size: AccessSize): number;
  write(offset: number, size: AccessSize, value: number): void;
}

interface MmioRange { readonly base: number; readonly size: number; readonly handler: MmioHandler }
interface PortRange { readonly base: number; readonly count: number; readonly handler: PortHandler }

/** A level-triggered interrupt line. */
export class IrqLine {
  private lvl = false;
  /** Times the line went from low to high. */
  raisedCount = 0;
  /** Called on every level change (the platform's interrupt controller). */
  onChange: ((level: boolean) => void) | null = null;
  constructor(readonly line: number) {}
  get level(): boolean { return this.lvl; }
  raise(): void {
    if (this.lvl) return;
    this.lvl = true;
    this.raisedCount++;
    this.onChange?.(true);
  }
  lower(): void {
    if (!this.lvl) return;
    this.lvl = false;
    this.onChange?.(false);
  }
  set(level: boolean): void { if (level) this.raise(); else this.lower(); }
}

export class Bus {
  private readonly mmio: MmioRange[] = [];
  private readonly ports: PortRange[] = [];
  private readonly irqs = new Map<number, IrqLine>();
  /** Value read from a device frame that no handler covers, and from unclaimed ports. */
  static readonly OPEN_BUS = 0xffffffff;

  constructor(readonly mem: PhysicalMemory) {}

  mapMmio(physBase: number, size: number, handler: MmioHandler): void {
    if (size <= 0 || physBase < 0 || physBase + size > 2 ** 32) throw new Error(`bad MMIO range 0x${physBase.toString(16)}+0x${size.toString(16)}`);
    for (const r of this.mmio) {
      if (physBase < r.base + r.size && r.base < physBase + size) {
        throw new Error(`MMIO range 0x${physBase.toString(16)}+0x${size.toString(16)} overlaps 0x${r.base.toString(16)}+0x${r.size.toString(16)}`);
      }
    }
    const first = physBase >>> PAGE_SHIFT;
    const last = (physBase + size - 1) >>> PAGE_SHIFT;
    for (let p = first; p <= last; p++) if (!this.mem.isMmio(p)) this.mem.claimMmio(p, 1);
    this.mmio.push({ base: physBase, size, handler });
  }

  mapPorts(base: number, count: number, handler: PortHandler): void {
    if (count <= 0 || base < 0 || base + count > 0x10000) throw new Error(`bad port range 0x${base.toString(16)}+${count}`);
    for (const r of this.ports) {
      if (base < r.base + r.count && r.base < base + count) throw new Error(`port range 0x${base.toString(16)}+${count} overlaps 0x${r.base.toString(16)}+${r.count}`);
    }
    this.ports.push({ base, count, handler });
  }

  private findMmio(pa: number): MmioRange | undefined {
    for (const r of this.mmio) if (pa >= r.base && pa < r.base + r.size) return r;
    return undefined;
  }

  /** A device-frame read: size bytes at physical `pa` (the caller checked the frame is MMIO). */
  mmioRead(pa: number, size: AccessSize): number {
    const r = this.findMmio(pa);
    if (!r) return Bus.OPEN_BUS & (size === 4 ? 0xffffffff : size === 2 ? 0xffff : 0xff);
    const v = r.handler.read(pa - r.base, size);
    return size === 4 ? v | 0 : v & (size === 2 ? 0xffff : 0xff);
  }

  mmioWrite(pa: number, size: AccessSize, value: number): void {
    const r = this.findMmio(pa);
    if (r) r.handler.write(pa - r.base, size, size === 4 ? value >>> 0 : value & (size === 2 ? 0xffff : 0xff));
  }

  portIn(port: number, size: AccessSize): number {
    for (const r of this.ports) {
      if (port >= r.base && port < r.base + r.count) {
        const v = r.handler.read(port - r.base, size);
        return size === 4 ? v | 0 : v & (size === 2 ? 0xffff : 0xff);
      }
    }
    return size === 4 ? -1 : size === 2 ? 0xffff : 0xff;
  }

  portOut(port: number, size: AccessSize, value: number): void {
    for (const r of this.ports) {
      if (port >= r.base && port < r.base + r.count) {
        r.handler.write(port - r.base, size, size === 4 ? value >>> 0 : value & (size === 2 ? 0xffff : 0xff));
        return;
      }
    }
  }

  /**
   * An IOMMU, when set: called for every frame a DMA touches; false blocks the whole transfer
   * (the device sees an error, memory is untouched). Null: devices reach all of RAM (no IOMMU).
   */
  iommu: ((pfn: number, write: boolean) => boolean) | null = null;
  /** When set, every frame a DMA write touches is added (fault campaigns attribute changes). */
  dmaWritten: Set<number> | null = null;

  /** Device reads `len` bytes of RAM at physical `phys`. */
  dmaRead(phys: number, len: number): Uint8Array {
    this.checkDma(phys, len, false);
    return this.mem.readPhysRam(phys, len);
  }

  /** Device writes bytes to RAM at physical `phys` (decoded code there is invalidated). */
  dmaWrite(phys: number, bytes: Uint8Array): void {
    this.dmaWriteFrom(phys, bytes, 0, bytes.length);
  }

  /** dmaRead into dst[off, off+len): same checks, no allocation. On an error dst may be partly written. */
  dmaReadInto(phys: number, dst: Uint8Array, off: number, len: number): void {
    this.checkDma(phys, len, false);
    this.mem.readPhysInto(phys, dst, off, len);
  }

  /** dmaWrite of src[off, off+len): same checks (every frame before any byte is written), no allocation. */
  dmaWriteFrom(phys: number, src: Uint8Array, off: number, len: number): void {
    this.checkDma(phys, len, true);
    if (this.dmaWritten) for (let a = phys - (phys & PAGE_MASK); a < phys + len; a += PAGE_SIZE) this.dmaWritten.add(a >>> PAGE_SHIFT);
    this.mem.writePhysFrom(phys, src, off, len, this);
  }

  private checkDma(phys: number, len: number, write: boolean): void {
    if (phys < 0 || len < 0 || phys + len > 2 ** 32) throw new Error(`DMA outside physical memory: 0x${phys.toString(16)}+${len}`);
    for (let a = phys - (phys & PAGE_MASK); a < phys + len; a += PAGE_SIZE) {
      if (this.mem.isMmio(a >>> PAGE_SHIFT)) throw new Error(`DMA to device memory at 0x${a.toString(16)}`);
      if (this.iommu && !this.iommu(a >>> PAGE_SHIFT, write)) throw new Error(`IOMMU blocked a DMA ${write ? 'write' : 'read'} of frame 0x${(a >>> PAGE_SHIFT).toString(16)}`);
    }
  }

  irq(line: number): IrqLine {
    let l = this.irqs.get(line);
    if (!l) this.irqs.set(line, (l = new IrqLine(line)));
    return l;
  }
}
