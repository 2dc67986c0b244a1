// SvmMem's translation cache is invisible: the same values, the same stlb bytes, the same runtime
// statistics and the same dom0 memory as an SvmMem that calls the runtime's translate on every
// access — across stlb flushes (windows reused for other pages), stlb entries taken over by a
// colliding page (the driver's slow path), accesses straddling pages, and writes onto code.

import { describe, expect, it } from 'vitest';
import type { AddressSpace } from '../../src/emulator/mmu.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { SvmMem } from '../../src/platform/hypervisor/svm-mem.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';
import { STLB_ENTRIES, STLB_ENTRY_BYTES } from '../../src/svm-runtime/abi.js';

const objects = driverObjects(undefined, { portIo: 'helpers' });

/** A twin platform after a few packets (deterministic: two of them are identical). */
function platform(): PlatformHandle {
  let h: PlatformHandle | null = null;
  runConfig({ config: 'twin', packets: 40, size: 1514, guests: 1, objects, onReady: (x) => { h = x; } });
  return h!;
}

interface Side {
  readonly h: PlatformHandle;
  readonly mem: SvmMem;
  readonly rt: NonNullable<PlatformHandle['hypervisor']>['inst'] extends infer I ? I extends { hvRuntime: infer R } ? R : never : never;
  readonly view: AddressSpace;
}

function side(cache: boolean): Side {
  const h = platform();
  const hv = h.hypervisor!;
  const rt = hv.inst!.hvRuntime;
  const view = hv.region.view;
  return { h, rt, view, mem: new SvmMem({ svmRuntime: () => rt, svmView: () => view }, { cache }) };
}

const stlbBytes = (s: Side): Uint8Array => s.view.readBytes(s.rt.place.dataBase, STLB_ENTRIES * STLB_ENTRY_BYTES);
const stats = (s: Side): Record<string, number> => ({ ...s.rt.stats });

/** dom0 pages the hypervisor may reach, with pairs that share an stlb entry (16 MiB apart). */
function dom0Pages(s: Side): number[] {
  const k = s.h.kernel;
  const pages = new Set<number>([k.netdev & ~0xfff, k.adapter & ~0xfff, (k.adapter + 4096) & ~0xfff]);
  for (let i = 0; i < 6; i++) pages.add(k.allocPage('svm-mem test')!.va);
  const byIndex = new Map<number, number[]>();
  for (const [va, pfn] of k.space.mappings()) {
    if (!s.h.hypervisor!.dom0Owns(pfn) || s.h.machine.mem.isMmio(pfn)) continue;
    const i = (va >>> 12) & (STLB_ENTRIES - 1);
    const l = byIndex.get(i) ?? [];
    l.push(va);
    byIndex.set(i, l);
  }
  let pairs = 0;
  for (const l of byIndex.values()) if (l.length >= 2 && pairs < 4) { pages.add(l[0]!); pages.add(l[1]!); pairs++; }
  expect(pairs).toBeGreaterThan(0);
  return [...pages].sort((a, b) => a - b);
}

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
}

/** One random operation on `s`; returns what it observed. */
function step(s: Side, pages: readonly number[], r: number, r2: number, r3: number): unknown {
  const page = pages[r % pages.length]!;
  // Offsets near both ends of the page too (accesses and copies that straddle into the next page).
  const off = r2 % 3 === 0 ? 4096 - 1 - (r3 % 6) : r3 % 4096;
  const va = (page + off) >>> 0;
  const m = s.mem;
  const op = (r >>> 8) % 14;
  try {
    switch (op) {
      case 0: return m.read8(va);
      case 1: return m.read16(va);
      case 2: case 3: return m.read32(va);
      case 4: m.write8(va, r3); return null;
      case 5: m.write16(va, r3); return null;
      case 6: case 7: m.write32(va, r3 ^ r2); return null;
      case 8: return Array.from(m.readBytes(va, r3 % 300));
      case 9: { const b = new Uint8Array(r3 % 300).map((_, i) => (i * 7 + r2) & 0xff); m.writeBytes(va, b); return null; }
      case 10: { const d = new Uint8Array(64); m.readInto(va, d, r3 % 8, 40); return Array.from(d); }
      // The driver's slow path for another page: may take over this page's stlb entry.
      case 11: case 12: return s.rt.translate(pages[r3 % pages.length]! + (r2 & 0xfff));
      // An stlb flush: every window unmapped, the window area reused from its start.
      case 13: if (r3 % 4 === 0) s.rt.flush(); return null;
    }
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return null;
}

describe('SvmMem translation cache', () => {
  it('random accesses, slow-path refills and flushes: same results, stlb, statistics and memory as without the cache', () => {
    const a = side(true), b = side(false);
    const pa = dom0Pages(a), pb = dom0Pages(b);
    expect(pa).toEqual(pb);
    expect(stlbBytes(a)).toEqual(stlbBytes(b));
    const next = rng(12345);
    for (let i = 0; i < 6000; i++) {
      const r = next(), r2 = next(), r3 = next();
      const ra = step(a, pa, r, r2, r3), rb = step(b, pb, r, r2, r3);
      expect(ra, `step ${i}`).toEqual(rb);
      if (i % 500 === 499) {
        expect(stats(a), `step ${i}`).toEqual(stats(b));
        expect(stlbBytes(a)).toEqual(stlbBytes(b));
      }
    }
    expect(stats(a)).toEqual(stats(b));
    expect(stlbBytes(a)).toEqual(stlbBytes(b));
    for (const p of pa) expect(a.h.kernel.mem.readBytes(p, 4096), `page 0x${p.toString(16)}`).toEqual(b.h.kernel.mem.readBytes(p, 4096));
    // The cache was used, and started over after flushes.
    expect(a.mem.cacheStats.hits).toBeGreaterThan(1000);
    expect(a.mem.cacheStats.resets).toBeGreaterThan(3);
    expect(a.rt.stats.flushes).toBeGreaterThan(3);
  });

  it('a window reused for another page after a flush never serves the old page', () => {
    const s = side(true);
    const k = s.h.kernel;
    const p1 = k.allocPage('t')!.va, p2 = k.allocPage('t')!.va;
    k.mem.write32(p1 + 8, 0x11111111);
    k.mem.write32(p2 + 8, 0x22222222);
    s.rt.flush();
    expect(s.mem.read32(p1 + 8)).toBe(0x11111111); // p1 gets the first window
    const w1 = s.rt.translate(p1) as number;
    expect(s.mem.read32(p1 + 8)).toBe(0x11111111);
    s.rt.flush();
    // p2 now gets the first window again: the address p1's window had.
    expect(s.mem.read32(p2 + 8)).toBe(0x22222222);
    expect(s.rt.translate(p2)).toBe(w1);
    expect(s.mem.read32(p1 + 8)).toBe(0x11111111);
    s.mem.write32(p1 + 8, 0x33333333);
    expect(k.mem.read32(p1 + 8)).toBe(0x33333333);
    expect(k.mem.read32(p2 + 8)).toBe(0x22222222);
  });

  it('after a flush, a window the driver gets again for the same page, now remapped by dom0, is not served from the old frame', () => {
    const s = side(true);
    const k = s.h.kernel;
    const q = k.allocPage('t')!.va;
    k.mem.write32(q, 0x11111111);
    s.rt.flush();
    expect(s.mem.read32(q)).toBe(0x11111111); // q gets the first window
    const w = s.rt.translate(q);
    // dom0 moves q to another frame; the runtime keeps its window until the next flush.
    k.space.map(q, s.h.machine.mem.allocFrame());
    k.mem.write32(q, 0x22222222);
    s.rt.flush();
    expect(s.rt.translate(q)).toBe(w); // the driver's slow path: same window address, new frame
    expect(s.mem.read32(q)).toBe(0x22222222);
  });

  it('an stlb entry taken over by a colliding page is refilled through translate', () => {
    const s = side(true);
    const pages = dom0Pages(s);
    const idx = (va: number): number => (va >>> 12) & (STLB_ENTRIES - 1);
    const [p, q] = (() => {
      for (const x of pages) for (const y of pages) if (x !== y && idx(x) === idx(y)) return [x, y];
      throw new Error('no colliding pair');
    })() as [number, number];
    const entry = s.rt.place.dataBase + idx(p) * STLB_ENTRY_BYTES;
    s.mem.read32(p);
    s.mem.read32(p);
    const misses = s.mem.cacheStats.misses;
    expect(s.view.read32(entry) >>> 0).toBe(p >>> 0);
    s.rt.translate(q); // the driver's slow path for q
    expect(s.view.read32(entry) >>> 0).toBe(q >>> 0);
    s.mem.read32(p);
    expect(s.mem.cacheStats.misses).toBe(misses + 1);
    expect(s.view.read32(entry) >>> 0).toBe(p >>> 0);
  });

  it('a write across many pages lands as without the cache (and refuses as a whole)', () => {
    const a = side(true), b = side(false);
    // Six consecutive dom0 pages the hypervisor may reach.
    const owned = new Set<number>();
    for (const [va, pfn] of a.h.kernel.space.mappings()) if (a.h.hypervisor!.dom0Owns(pfn) && !a.h.machine.mem.isMmio(pfn)) owned.add(va);
    const start = [...owned].sort((x, y) => x - y).find((va) => [1, 2, 3, 4, 5].every((k) => owned.has(va + k * 4096)))!;
    expect(start).toBeDefined();
    const bytes = new Uint8Array(5 * 4096 + 100).map((_, i) => (i * 13 + 5) & 0xff);
    for (const s of [a, b]) { s.mem.writeBytes(start + 50, bytes); s.mem.writeBytes(start + 7, bytes.subarray(0, 300)); }
    for (let k = 0; k < 6; k++) expect(a.h.kernel.mem.readBytes(start + k * 4096, 4096)).toEqual(b.h.kernel.mem.readBytes(start + k * 4096, 4096));
    expect(a.h.kernel.mem.readBytes(start + 50 + 300, 5 * 4096 - 300)).toEqual(bytes.subarray(300, 5 * 4096));
    expect(stats(a)).toEqual(stats(b));
  });

  it('a write through the cache onto decoded code invalidates the blocks made from it', () => {
    const s = side(true);
    const dom0 = s.h.kernel.space;
    // A block the VM instance ran in dom0 (module text at 0xe0000000).
    const block = [...dom0.blocks.values()].find((b) => (b.start >>> 0) >= 0xe0000000 && b.valid)!;
    expect(block).toBeDefined();
    const at = block.start >>> 0;
    s.mem.read8(at); // the page is cached now
    s.mem.write8(at, s.mem.read8(at)); // the same byte: still a write onto code
    expect(block.valid).toBe(false);
  });
});
