// The tag-free translation's runtime side (abi.ts "Tag-free translation"): the hypervisor
// instance's page-delta table, its 3-page windows, and the miss — the page fault of a verified
// table access, restarted after the entry is filled (or an 'svm-access' safety event).
//
// Layout (TablePlacement, in the hypervisor region): the table (TABLE_ENTRIES words), a guard of
// TABLE_GUARD_PAGES pages no page is ever mapped in (every unfilled entry's delta lands there),
// and a window area of 3-page windows [W - PAGE, W + 2 PAGE), W the middle page = the base's.
//
// A constant-page site (no base register) fills the page of its recorded constant (address()).
//
// Invariants kept here: an entry is a guard delta or W - P for a window made for page P whose
// mapped pages are dom0 frames (the running driver stack: delta 0, identity); only miss() and
// the reclaim between invocations write the table; the table's own pages and the whole region
// keep guard deltas (miss() refuses a base or address in the region but the running stack).

import type { Fault } from '../emulator/types.js';
import type { Cpu } from '../emulator/cpu.js';
import type { AddressSpace } from '../emulator/mmu.js';
import { PAGE_SIZE, TABLE_ENTRIES, TABLE_ENTRY_BYTES, TABLE_GUARD_PAGES, TABLE_SHIFT, TABLE_WINDOW_PAGES } from './abi.js';
import type { HypervisorRegion } from './region.js';
import type { TableSiteAt } from './sets.js';

export interface TablePlacement {
  /** The table: TABLE_ENTRIES * 4 bytes. */
  readonly base: number;
  /** TABLE_GUARD_PAGES unmapped pages every guard delta lands in. */
  readonly guard: number;
  /** Window area [windowBase, windowLimit) for 3-page windows. */
  readonly windowBase: number;
  readonly windowLimit: number;
}

export const TABLE_BYTES = TABLE_ENTRIES * TABLE_ENTRY_BYTES;
const WINDOW_BYTES = TABLE_WINDOW_PAGES * PAGE_SIZE;

/** The guard delta of page number p: p's 3 pages land on the guard's 3 pages. */
export function guardDelta(guard: number, p: number): number {
  return (guard + PAGE_SIZE - p * PAGE_SIZE) >>> 0;
}

export interface TableHost {
  readonly region: HypervisorRegion;
  readonly dom0: AddressSpace;
  readonly dom0OwnsFrame: (pfn: number) => boolean;
  /** The running invocation's stack, when one runs (identity entries), else null. */
  readonly stack: () => { readonly lo: number; readonly hi: number } | null;
  /** Instance text start and size (table sites are text offsets). */
  readonly text: () => { readonly start: number; readonly size: number } | null;
}

export type MissResult = { readonly retry: true } | { readonly event: string; readonly address: number; readonly site: number } | null;

export class DeltaTable {
  /** constMisses: misses of constant-page sites (no base register), a part of misses. */
  readonly stats = { misses: 0, windows: 0, flushes: 0, outerMaps: 0, constMisses: 0 };
  private sites = new Map<number, TableSiteAt>();
  /** Page number -> window (middle page address) made for it. */
  private readonly windows = new Map<number, number>();
  /** Pages given identity entries for the running stack. */
  private readonly stackPages = new Set<number>();
  private nextWindow: number;
  private bound = false;

  constructor(private readonly host: TableHost, readonly place: TablePlacement) {
    this.nextWindow = place.windowBase;
  }

  /** Allocates the table with every entry a guard delta; installs the verifier's table sites. */
  bind(sites: readonly TableSiteAt[]): void {
    const { region } = this.host;
    const g = region.mappedIn(this.place.guard, this.place.guard + TABLE_GUARD_PAGES * PAGE_SIZE);
    if (g !== null) throw new RangeError(`the table's guard has a page mapped at 0x${g.toString(16)}`);
    if (!this.bound) region.allocate(this.place.base, TABLE_BYTES);
    this.bound = true;
    this.sites = new Map(sites.map((s) => [s.offset, s]));
    const buf = new Uint8Array(TABLE_BYTES);
    const dv = new DataView(buf.buffer);
    for (let p = 0; p < TABLE_ENTRIES; p++) dv.setUint32(p * 4, guardDelta(this.place.guard, p), true);
    region.view.writeBytes(this.place.base, buf);
  }

  get active(): boolean { return this.bound; }

  private entry(p: number): number { return this.host.region.view.read32(this.place.base + p * 4) >>> 0; }
  private setEntry(p: number, v: number): void { this.host.region.view.write32(this.place.base + p * 4, v >>> 0); }

  /** dom0's frame of page p (never a region page), or null. */
  private dom0Frame(p: number): { pfn: number; writable: boolean } | null {
    const va = (p * PAGE_SIZE) >>> 0;
    if (this.host.region.contains(va)) return null;
    const t = this.host.dom0.translate(va);
    return t && this.host.dom0OwnsFrame(t.pfn) ? { pfn: t.pfn, writable: (t.flags & 2) !== 0 } : null;
  }

  /**
   * The page fault of a driver instruction: null when it is not a table site's (the caller's
   * usual fault path); retry after filling; or why the access is refused.
   */
  miss(cpu: Cpu, f: Fault): MissResult {
    if (!this.bound || f.fault !== 'PF') return null;
    const text = this.host.text();
    if (!text) return null;
    const off = ((f.eip >>> 0) - text.start) >>> 0;
    if (off >= text.size) return null;
    const site = this.sites.get(off);
    if (!site) return null;
    this.stats.misses++;
    const { b, va } = this.address(cpu, f.eip >>> 0, site);
    const p = b >>> TABLE_SHIFT, q = va >>> TABLE_SHIFT;
    const refuse = (why: string): MissResult => ({ event: `0x${va.toString(16)}: ${why}`, address: va, site: f.eip >>> 0 });
    const stack = this.host.stack();
    const inStack = (a: number): boolean => stack !== null && ((a - stack.lo) >>> 0) < stack.hi - stack.lo;
    if (inStack(b) || inStack(va)) {
      // Identity for the running stack: both the base and the byte must be in it.
      if (!inStack(b) || !inStack(va)) return refuse('a table access across the driver stack\'s bounds');
      this.setEntry(p, 0);
      this.stackPages.add(p);
      cpu.r[site.delta] = 0;
      return { retry: true };
    }
    if (this.host.region.contains(va)) return refuse('hypervisor memory');
    if (this.host.region.contains(b)) return refuse(`its ${site.base < 0 ? 'constant' : 'base'} 0x${b.toString(16)} is hypervisor memory`);
    const fq = this.dom0Frame(q);
    if (!fq) return refuse(this.host.dom0.translate(va) ? 'a frame dom0 does not own' : 'not mapped in dom0');
    let w = this.windows.get(p);
    if (w === undefined) {
      if (this.nextWindow + WINDOW_BYTES > this.place.windowLimit) return refuse(`the table's window area (${((this.place.windowLimit - this.place.windowBase) / WINDOW_BYTES) | 0} windows) is exhausted within one driver invocation`);
      w = this.nextWindow + PAGE_SIZE;
      this.nextWindow += WINDOW_BYTES;
      for (let k = -1; k <= 1; k++) {
        const fr = this.dom0Frame((p + k) & (TABLE_ENTRIES - 1));
        if (fr) this.host.region.mapPage(w + k * PAGE_SIZE, fr.pfn, fr.writable);
      }
      this.windows.set(p, w);
      this.setEntry(p, (w - p * PAGE_SIZE) >>> 0);
      this.stats.windows++;
    } else {
      // The window exists: the byte's page became dom0's after it was made (its slot is empty),
      // or the access is one the page does not allow (a write to a read-only dom0 page).
      const slot = (w + (((q - p) << TABLE_SHIFT) | 0)) >>> 0;
      if (this.host.region.mappedIn(slot, slot + 1) !== null) return refuse(f.access === 'w' ? 'a write to a page dom0 maps read-only' : 'a fault inside a mapped window');
      this.host.region.mapPage(slot, fq.pfn, fq.writable);
      this.stats.outerMaps++;
    }
    cpu.r[site.delta] = this.entry(p) | 0;
    return { retry: true };
  }

  /**
   * The page's value b (the base register's, or a constant page's X) and the dom0 address va the
   * faulting site accesses. A constant-page site (abi.ts "Constant pages") has no base: va is the
   * instruction's displacement D (relocated: read from the installed text, which the driver
   * cannot write; a plain number: the site's disp) and b = X = D + anchor, the constant whose
   * page the verifier proved the delta register holds the delta of.
   */
  private address(cpu: Cpu, eip: number, site: TableSiteAt): { b: number; va: number } {
    if (site.base >= 0) {
      const b = cpu.r[site.base]! >>> 0;
      return { b, va: (b + site.disp) >>> 0 };
    }
    this.stats.constMisses++;
    const d = site.dispAt !== undefined && site.dispAt >= 0 ? this.host.region.view.read32((eip + site.dispAt) >>> 0) : site.disp;
    return { b: (d + (site.anchor ?? 0)) >>> 0, va: d >>> 0 };
  }

  /** Between invocations: drop the stack's identity entries; reclaim windows once half the area is used. */
  reclaim(): void {
    for (const p of this.stackPages) this.setEntry(p, guardDelta(this.place.guard, p));
    this.stackPages.clear();
    if (this.nextWindow - this.place.windowBase <= (this.place.windowLimit - this.place.windowBase) / 2) return;
    for (const [p, w] of this.windows) {
      for (let k = -1; k <= 1; k++) this.host.region.unmapPage(w + k * PAGE_SIZE);
      this.setEntry(p, guardDelta(this.place.guard, p));
    }
    this.windows.clear();
    this.nextWindow = this.place.windowBase;
    this.stats.flushes++;
  }

  /**
   * Every entry against the runtime's record: a guard delta, a window this table made, or the
   * stack's identity. Returns the offending entries (fault-injection audits).
   */
  audit(): string[] {
    const bad: string[] = [];
    const all = this.host.region.view.readBytes(this.place.base, TABLE_BYTES);
    const dv = new DataView(all.buffer, all.byteOffset, all.byteLength);
    for (let p = 0; p < TABLE_ENTRIES; p++) {
      const v = dv.getUint32(p * 4, true);
      if (v === guardDelta(this.place.guard, p)) continue;
      const w = this.windows.get(p);
      if (w !== undefined && v === ((w - p * PAGE_SIZE) >>> 0)) continue;
      if (v === 0 && this.stackPages.has(p)) continue;
      bad.push(`page 0x${(p * PAGE_SIZE >>> 0).toString(16)}: delta 0x${v.toString(16)}`);
    }
    return bad;
  }
}
