// The hypervisor's own view of dom0 data: a MemAccess whose every access goes through the SVM
// translation of the hypervisor instance's runtime (thesis §4.2.3: "the support routines which
// are implemented in the hypervisor make use of the stlb translation table explicitly while
// accessing driver data in dom0 address space"). A non-dom0 address is refused, never touched.

import type { AddressSpace } from '../../emulator/mmu.js';
import { MemAccessError, type MemAccess } from '../mem.js';

export class SvmMem implements MemAccess {
  readonly name = 'hypervisor (SVM)';
  /** `translate` is the hypervisor instance's SVM translation (HvSvmRuntime.translate). */
  constructor(private readonly translate: (va: number) => number | { event: string }, private readonly view: () => AddressSpace) {}

  /** Translated address of a dom0 va; the window it lands in covers the next page too. */
  private tr(va: number, access: 'r' | 'w'): number {
    const t = this.translate(va >>> 0);
    if (typeof t !== 'number') throw new MemAccessError(va, access, this.name, t.event);
    return t;
  }

  read8(va: number): number { return this.view().read8(this.tr(va, 'r')); }
  read16(va: number): number { return this.view().read16(this.tr(va, 'r')); }
  read32(va: number): number { return this.view().read32(this.tr(va, 'r')) >>> 0; }
  write8(va: number, v: number): void { this.view().write8(this.tr(va, 'w'), v); }
  write16(va: number, v: number): void { this.view().write16(this.tr(va, 'w'), v); }
  write32(va: number, v: number): void { this.view().write32(this.tr(va, 'w'), v); }

  readBytes(va: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let off = 0; off < n;) {
      const a = (va + off) >>> 0;
      const k = Math.min(n - off, 4096 - (a & 0xfff));
      out.set(this.view().readBytes(this.tr(a, 'r'), k), off);
      off += k;
    }
    return out;
  }

  writeBytes(va: number, bytes: Uint8Array): void {
    // Translate every page first: nothing is written when any page is refused.
    const parts: Array<[number, number, number]> = [];
    for (let off = 0; off < bytes.length;) {
      const a = (va + off) >>> 0;
      const k = Math.min(bytes.length - off, 4096 - (a & 0xfff));
      parts.push([this.tr(a, 'w'), off, k]);
      off += k;
    }
    for (const [t, off, k] of parts) this.view().writeBytes(t, bytes.subarray(off, off + k));
  }
}
