// The hypervisor region: pages and host hooks that exist at the same virtual addresses in every
// address space the hypervisor may run in (its own, dom0's, each guest's), supervisor-only — as
// Xen maps itself into the top of every address space. This is what lets the hypervisor instance
// of a driver run in any guest context without an address-space switch (thesis §4.1.2).

import type { Machine } from '../emulator/machine.js';
import { PTE_W, type AddressSpace } from '../emulator/mmu.js';
import type { HookHandler, HookOptions } from '../emulator/hooks.js';

const PAGE = 4096;

export class HypervisorRegion {
  private readonly spaces: AddressSpace[] = [];
  /** va page -> [pfn, flags] of every page mapped in the region. */
  private readonly pages = new Map<number, [number, number]>();
  private readonly hooks: Array<{ va: number; handler: HookHandler; opts: HookOptions }> = [];
  /** Frames allocated for the region's own memory (owned by the hypervisor). */
  readonly frames = new Set<number>();

  constructor(readonly machine: Machine, readonly start: number, readonly end: number) {}

  /** Adds an address space in which the region appears (existing pages and hooks are replayed). */
  addSpace(as: AddressSpace): void {
    if (this.spaces.includes(as)) return;
    this.spaces.push(as);
    for (const [va, [pfn, flags]] of this.pages) as.map(va, pfn, flags);
    for (const h of this.hooks) this.machine.hook(as, h.va, h.handler, h.opts);
  }

  get addressSpaces(): readonly AddressSpace[] {
    return this.spaces;
  }

  contains(va: number): boolean {
    const v = va >>> 0;
    return v >= this.start && v < this.end;
  }

  private check(va: number, len: number): void {
    if (!this.contains(va) || !this.contains(va + len - 1)) {
      throw new Error(`hypervisor region: [0x${(va >>> 0).toString(16)}, +${len}) lies outside [0x${this.start.toString(16)}, 0x${this.end.toString(16)})`);
    }
  }

  /** Ranges no page may ever be mapped in (the guards around a driver stack). */
  private readonly guards: Array<{ readonly lo: number; readonly hi: number }> = [];

  /**
   * Reserves [lo, lo + bytes) below and [hi, hi + bytes) above a stack as guards: both must lie in
   * the region with no page mapped, and no page will ever be mapped there. Returns why not, or
   * null. (A guard outside the region could be a guest's memory in the guest's address space.)
   */
  reserveGuards(stack: { readonly lo: number; readonly hi: number }, bytes: number): string | null {
    const below = { lo: stack.lo - bytes, hi: stack.lo }, above = { lo: stack.hi, hi: stack.hi + bytes };
    for (const g of [below, above]) {
      const what = `[0x${(g.lo >>> 0).toString(16)}, 0x${(g.hi >>> 0).toString(16)})`;
      if (g.lo < this.start || g.hi > this.end) return `the ${bytes}-byte stack guard ${what} leaves the hypervisor region`;
      const m = this.mappedIn(g.lo, g.hi);
      if (m !== null) return `the ${bytes}-byte stack guard ${what} has a page mapped at 0x${m.toString(16)}`;
    }
    this.guards.push(below, above);
    return null;
  }

  /** The first mapped page in [lo, hi), or null. */
  mappedIn(lo: number, hi: number): number | null {
    for (let va = (lo & ~(PAGE - 1)) >>> 0; va < hi; va += PAGE) if (this.pages.has(va >>> 0)) return va >>> 0;
    return null;
  }

  /**
   * Maps one page (supervisor-only) in every space. Never over a mapped page (unmap it first): a
   * mapping that silently replaced another would swap the hypervisor's own memory for whatever
   * was asked for.
   */
  mapPage(va: number, pfn: number, writable = true): void {
    this.check(va, PAGE);
    const page = ((va & ~(PAGE - 1)) >>> 0);
    for (const g of this.guards) {
      if (page + PAGE > g.lo && page < g.hi) throw new Error(`hypervisor region: page 0x${page.toString(16)} lies in a stack guard`);
    }
    if (this.pages.has(page)) throw new Error(`hypervisor region: page 0x${page.toString(16)} is mapped already`);
    const flags = writable ? PTE_W : 0;
    this.pages.set(page, [pfn, flags]);
    for (const as of this.spaces) as.map(page, pfn, flags);
  }

  unmapPage(va: number): void {
    const page = ((va & ~(PAGE - 1)) >>> 0);
    this.pages.delete(page);
    for (const as of this.spaces) as.unmap(page);
  }

  /** Fresh zeroed hypervisor-owned frames for [va, va+len). */
  allocate(va: number, len: number, writable = true): void {
    this.check(va, len);
    const first = ((va & ~(PAGE - 1)) >>> 0);
    const n = Math.ceil(((va >>> 0) + len - first) / PAGE);
    const pfn = this.machine.mem.allocFrames(n);
    for (let k = 0; k < n; k++) {
      this.frames.add(pfn + k);
      this.mapPage(first + k * PAGE, pfn + k, writable);
    }
  }

  /** A host hook at `va` in every space (present and future). */
  hook(va: number, handler: HookHandler, opts: HookOptions = {}): void {
    this.check(va, 1);
    this.hooks.push({ va, handler, opts });
    for (const as of this.spaces) this.machine.hook(as, va, handler, opts);
  }

  /** The space used for host-side reads and writes of region memory (any will do: same frames). */
  get view(): AddressSpace {
    const s = this.spaces[0];
    if (!s) throw new Error('hypervisor region has no address space yet');
    return s;
  }
}
