// The hypervisor's own view of dom0 data: a MemAccess whose every access goes through the SVM
// translation of the hypervisor instance's runtime (thesis §4.2.3: "the support routines which
// are implemented in the hypervisor make use of the stlb translation table explicitly while
// accessing driver data in dom0 address space"). A non-dom0 address is refused, never touched.
//
// Translation cache. Every access used to call the runtime's `translate`, walk the region's page
// table for the window it returned, and (inside translate) rewrite the page's stlb entry. The cache
// keeps, per dom0 page, the window the runtime gave it and the host offset of the window's frame,
// and elides the `translate` call when that call could only repeat itself. Invariants:
// - An entry is used only while the runtime's flush counter (`stats.flushes`) and the generation of
//   the region's view (bumped by every map / unmap there) are those it was made under. The runtime
//   drops a page's window only in flush(), and a window's frame changes only through a map / unmap
//   of the view; so the page still translates to the same window, backed by the same frame.
// - It is used only while the page's stlb entry holds exactly (page, window) and no decoded code
//   lies in that stlb page: the elided translate would have rewritten those same 8 bytes (a no-op)
//   and counted one `collisions` and one `fills`, which the cache counts in its place. Otherwise
//   translate runs (refilling the entry), so the stlb the driver sees is the same as without cache.
// - Refusals are never cached (translate runs and reports them every time); accesses that straddle
//   a page, and windows onto frames that are not RAM yet (MMIO, unbacked), go through the view's
//   page table as before.
// Writes through the cache keep code coherence (PhysicalMemory.noteWrite), as the view's do, and
// name this accessor as their writer (a campaign's write watch holds them to the driver's account).

import { copyBytes, FRAME_MMIO, PAGE_SHIFT, PAGE_SIZE, SLOT_CODE } from '../../emulator/memory.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { STLB_ENTRIES, STLB_ENTRY_BYTES } from '../../svm-runtime/abi.js';
import { MemAccessError, type MemAccess } from '../mem.js';

/** What SvmMem uses of the hypervisor instance's SVM runtime (HvSvmRuntime). */
export interface SvmTranslator {
  /** dom0 va -> translated hypervisor address (refilling the page's stlb entry), or a refusal. */
  translate(va: number): number | { event: string };
  readonly stats: { flushes: number; collisions: number; fills: number };
  /** Where the stlb lives (its first byte). */
  readonly place: { readonly dataBase: number };
}

/** Where SvmMem finds the runtime and the view (the Hypervisor; methods, not per-machine closures). */
export interface SvmSource {
  /** The hypervisor instance's SVM runtime (throws while none is attached). */
  svmRuntime(): SvmTranslator;
  /** The space through which the hypervisor reaches its windows (the region's view). */
  svmView(): AddressSpace;
}

export interface SvmMemOptions {
  /** Translation cache (default on); off: every access calls translate (the reference behaviour). */
  readonly cache?: boolean;
}

const CACHE_BITS = 10;
const CACHE_SIZE = 1 << CACHE_BITS;
const STLB_PAGES = (STLB_ENTRIES * STLB_ENTRY_BYTES) / PAGE_SIZE;
const ENTRIES_PER_PAGE = PAGE_SIZE / STLB_ENTRY_BYTES;

export class SvmMem implements MemAccess {
  readonly name = 'hypervisor (SVM)';
  /** hits: translate calls elided; misses: translate called (cache on). resets: epoch changes. */
  readonly cacheStats = { hits: 0, misses: 0, resets: 0 };
  private readonly cached: boolean;
  private rt: SvmTranslator | null = null;
  private sp: AddressSpace | null = null;
  private epochFlushes = -1;
  private epochGeneration = -1;
  /** dom0 page (int32) per entry, or 1 (never a page address) when empty. */
  private readonly cPage = new Int32Array(CACHE_SIZE).fill(1);
  /** Window (int32) the runtime gave the page. */
  private readonly cWin = new Int32Array(CACHE_SIZE);
  /** Host byte offset of the window's frame, or -1: reach it through the view's page table. */
  private readonly cHost = new Int32Array(CACHE_SIZE);
  /** Host byte offset of each stlb page, or -1 when unknown (then nothing is elided). */
  private readonly stlbHost = new Int32Array(STLB_PAGES).fill(-1);
  /** Host offset of the last translated address (tr), or -1 when it must go through the view. */
  private h = -1;
  /**
   * writeFrom's translated address and host offset per page (grown on demand). Typed arrays: a
   * fresh number[] per instance would start with other elements than the last one's, and the
   * shared optimised writeFrom would deoptimise on every new machine.
   */
  private partT = new Float64Array(4);
  private partH = new Int32Array(4);

  constructor(private readonly source: SvmSource, opts: SvmMemOptions = {}) {
    this.cached = opts.cache ?? true;
  }

  private runtime(): SvmTranslator { return this.source.svmRuntime(); }
  private view(): AddressSpace { return this.source.svmView(); }

  /** Starts a new epoch: every entry dropped, the stlb's frames looked up again. */
  private reset(rt: SvmTranslator, sp: AddressSpace): void {
    this.rt = rt;
    this.sp = sp;
    this.epochFlushes = rt.stats.flushes;
    this.epochGeneration = sp.generation;
    this.cPage.fill(1);
    for (let k = 0; k < STLB_PAGES; k++) {
      const e = sp.pte((rt.place.dataBase + k * PAGE_SIZE) >>> 0);
      const slot = e & 1 ? sp.mem.frameSlot[e >>> PAGE_SHIFT]! : -1;
      this.stlbHost[k] = slot >= 0 ? slot * PAGE_SIZE : -1;
    }
    this.cacheStats.resets++;
  }

  private static index(page: number): number {
    const p = page >>> PAGE_SHIFT;
    return (p ^ (p >>> CACHE_BITS)) & (CACHE_SIZE - 1);
  }

  /** The page's stlb entry holds (page, win), in a page without decoded code. */
  private stlbHolds(sp: AddressSpace, page: number, win: number): boolean {
    const idx = (page >>> PAGE_SHIFT) & (STLB_ENTRIES - 1);
    const base = this.stlbHost[(idx / ENTRIES_PER_PAGE) | 0]!;
    if (base < 0) return false;
    const w = (base + (idx % ENTRIES_PER_PAGE) * STLB_ENTRY_BYTES) >> 2;
    const i32 = sp.mem.i32;
    return i32[w] === page && i32[w + 1] === win && (sp.mem.codeSlots[base >>> PAGE_SHIFT]! & SLOT_CODE) === 0;
  }

  /** Translated address of a dom0 va (the window it lands in covers the next page too); sets `h`. */
  private tr(va: number, access: 'r' | 'w'): number {
    const v = va >>> 0;
    const rt = this.runtime();
    if (!this.cached) {
      this.h = -1;
      const t = rt.translate(v);
      if (typeof t !== 'number') throw new MemAccessError(va, access, this.name, t.event);
      return t;
    }
    const sp = this.view();
    if (rt !== this.rt || sp !== this.sp || rt.stats.flushes !== this.epochFlushes || sp.generation !== this.epochGeneration) this.reset(rt, sp);
    const page = v & ~0xfff;
    const off = v & 0xfff;
    const i = SvmMem.index(page);
    if (this.cPage[i] === page && this.stlbHolds(sp, page, this.cWin[i]!)) {
      // What translate would have done: count a known window and refill the entry (same bytes).
      rt.stats.collisions++;
      rt.stats.fills++;
      this.cacheStats.hits++;
      const host = this.cHost[i]!;
      this.h = host < 0 ? -1 : host + off;
      return (this.cWin[i]! + off) >>> 0;
    }
    this.cacheStats.misses++;
    const t = rt.translate(v);
    if (typeof t !== 'number') { this.h = -1; throw new MemAccessError(va, access, this.name, t.event); }
    // translate may have made a window (or flushed): start a new epoch before remembering this one.
    if (rt.stats.flushes !== this.epochFlushes || sp.generation !== this.epochGeneration) this.reset(rt, sp);
    const win = ((t >>> 0) - off) | 0;
    const e = sp.pte(win >>> 0);
    const slot = e & 1 ? sp.mem.frameSlot[e >>> PAGE_SHIFT]! : FRAME_MMIO;
    this.cPage[i] = page;
    this.cWin[i] = win;
    this.cHost[i] = slot >= 0 ? slot * PAGE_SIZE : -1;
    this.h = slot >= 0 ? slot * PAGE_SIZE + off : -1;
    return t;
  }

  read8(va: number): number {
    const t = this.tr(va, 'r');
    return this.h >= 0 ? this.view().mem.u8[this.h]! : this.view().read8(t);
  }

  read16(va: number): number {
    const t = this.tr(va, 'r');
    const h = this.h;
    if (h >= 0 && (h & 0xfff) <= PAGE_SIZE - 2) return this.view().mem.view.getUint16(h, true);
    return this.view().read16(t);
  }

  read32(va: number): number {
    const t = this.tr(va, 'r');
    const h = this.h;
    if (h >= 0 && (h & 0xfff) <= PAGE_SIZE - 4) {
      const m = this.view().mem;
      return ((h & 3) === 0 ? m.i32[h >> 2]! : m.view.getInt32(h, true)) >>> 0;
    }
    return this.view().read32(t) >>> 0;
  }

  write8(va: number, v: number): void {
    const t = this.tr(va, 'w');
    const h = this.h;
    if (h >= 0) {
      const m = this.view().mem;
      m.u8[h] = v;
      m.noteWrite(h >>> PAGE_SHIFT, h & 0xfff, 1, this);
      return;
    }
    this.view().write8(t, v);
  }

  write16(va: number, v: number): void {
    const t = this.tr(va, 'w');
    const h = this.h;
    if (h >= 0 && (h & 0xfff) <= PAGE_SIZE - 2) {
      const m = this.view().mem;
      m.view.setUint16(h, v & 0xffff, true);
      m.noteWrite(h >>> PAGE_SHIFT, h & 0xfff, 2, this);
      return;
    }
    this.view().write16(t, v);
  }

  write32(va: number, v: number): void {
    const t = this.tr(va, 'w');
    const h = this.h;
    if (h >= 0 && (h & 0xfff) <= PAGE_SIZE - 4) {
      const m = this.view().mem;
      if ((h & 3) === 0) m.i32[h >> 2] = v; else m.view.setInt32(h, v | 0, true);
      m.noteWrite(h >>> PAGE_SHIFT, h & 0xfff, 4, this);
      return;
    }
    this.view().write32(t, v);
  }

  readBytes(va: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    this.readInto(va, out, 0, n);
    return out;
  }

  readInto(va: number, dst: Uint8Array, off: number, n: number): void {
    for (let done = 0; done < n;) {
      const a = (va + done) >>> 0;
      const k = Math.min(n - done, PAGE_SIZE - (a & 0xfff));
      const t = this.tr(a, 'r');
      const h = this.h;
      if (h >= 0) copyBytes(dst, off + done, this.view().mem.u8, h, k);
      else this.view().readInto(t, dst, off + done, k);
      done += k;
    }
  }

  writeBytes(va: number, bytes: Uint8Array): void {
    this.writeFrom(va, bytes, 0, bytes.length);
  }

  writeFrom(va: number, src: Uint8Array, off: number, n: number): void {
    // Translate every page first: nothing is written when any page is refused.
    const pages = n > 0 ? Math.floor(((va & 0xfff) + n - 1) / PAGE_SIZE) + 1 : 0;
    if (pages > this.partT.length) { this.partT = new Float64Array(pages); this.partH = new Int32Array(pages); }
    const ts = this.partT, hs = this.partH;
    let flushes = 0, generation = 0;
    for (let done = 0, p = 0; done < n; p++) {
      const a = (va + done) >>> 0;
      const k = Math.min(n - done, PAGE_SIZE - (a & 0xfff));
      ts[p] = this.tr(a, 'w');
      hs[p] = this.h;
      if (done === 0) { flushes = this.epochFlushes; generation = this.epochGeneration; }
      done += k;
    }
    // A window made (or a flush) while translating a later page may have changed an earlier
    // page's window: then every part goes through the view, exactly as without the cache.
    const stable = this.epochFlushes === flushes && this.epochGeneration === generation;
    const sp = this.view();
    for (let done = 0, p = 0; done < n; p++) {
      const a = (va + done) >>> 0;
      const k = Math.min(n - done, PAGE_SIZE - (a & 0xfff));
      const h = hs[p]!;
      if (stable && h >= 0) {
        copyBytes(sp.mem.u8, h, src, off + done, k);
        sp.mem.noteWrite(h >>> PAGE_SHIFT, h & 0xfff, k, this);
      } else sp.writeFrom(ts[p]!, src, off + done, k);
      done += k;
    }
  }
}
