// The dom0 heap allocator: alignment, first-fit reuse, coalescing, fragmentation, refused frees
// (double / invalid / mismatched) that change nothing, and the tiling invariant under random work.

import { describe, expect, it } from 'vitest';
import { RangeAllocator } from '../../src/platform/dom0/alloc.js';
import { Rng } from '../support/rng.js';

const BASE = 0xc1000000;

describe('RangeAllocator', () => {
  it('aligns, reuses the first hole that fits, coalesces on free', () => {
    const a = new RangeAllocator('t', BASE, 0x10000);
    const x = a.alloc(10, 8, 'kmalloc')!;
    const y = a.alloc(100, 4096, 'coherent')!;
    const z = a.alloc(24, 8, 'kmalloc')!;
    expect(x).toBe(BASE);
    expect(y % 4096).toBe(0);
    expect(z).toBe(BASE + 16); // first fit: the hole between x and the aligned y
    expect(a.release(x).ok).toBe(true);
    expect(a.alloc(8, 8, 'kmalloc')).toBe(BASE);
    expect(a.check()).toEqual([]);
    for (const p of [BASE, y, z]) expect(a.release(p).ok).toBe(true);
    expect(a.freeExtents()).toEqual([{ addr: BASE, size: 0x10000 }]);
    expect(a.stats()).toMatchObject({ blocksLive: 0, bytesLive: 0, largestFree: 0x10000 });
  });

  it('fragmentation: enough free bytes but no hole large enough, until neighbours coalesce', () => {
    const a = new RangeAllocator('t', BASE, 64 * 1024);
    const blocks: number[] = [];
    for (let i = 0; i < 64; i++) blocks.push(a.alloc(1024, 8, 'kmalloc')!);
    expect(a.alloc(8, 8, 'kmalloc')).toBeNull();
    for (let i = 0; i < 64; i += 2) expect(a.release(blocks[i]!).ok).toBe(true);
    expect(a.stats()).toMatchObject({ bytesFree: 32 * 1024, largestFree: 1024, freeExtents: 32 });
    expect(a.alloc(2048, 8, 'kmalloc')).toBeNull();
    expect(a.stats().failures).toBe(2);
    expect(a.release(blocks[1]!).ok).toBe(true); // joins holes 0, 1, 2
    expect(a.stats().largestFree).toBe(3 * 1024);
    expect(a.alloc(2048, 8, 'kmalloc')).toBe(blocks[0]);
    expect(a.check()).toEqual([]);
  });

  it('detects double, invalid and mismatched frees and leaves the heap unchanged', () => {
    const a = new RangeAllocator('t', BASE, 0x10000);
    const p = a.alloc(64, 8, 'kmalloc', 'test')!;
    const q = a.alloc(64, 8, 'skb', 'test')!;
    expect(a.release(p, ['kmalloc']).ok).toBe(true);
    const before = a.freeExtents();
    const dbl = a.release(p, ['kmalloc']);
    expect(dbl).toMatchObject({ ok: false, error: 'double free' });
    const interior = a.release(q + 8, ['skb']);
    expect(interior).toMatchObject({ ok: false, error: 'invalid free' });
    expect(!interior.ok && interior.detail).toContain('8 bytes into a skb block');
    expect(a.release(BASE + 0x8000)).toMatchObject({ ok: false, error: 'invalid free' });
    expect(a.release(q, ['kmalloc'])).toMatchObject({ ok: false, error: 'mismatched free' });
    expect(a.freeExtents()).toEqual(before);
    expect(a.blockAt(q)?.kind).toBe('skb');
    // once the address is handed out again, freeing it is legitimate
    expect(a.alloc(64, 8, 'kmalloc')).toBe(p);
    expect(a.release(p).ok).toBe(true);
  });

  it('keeps live blocks and free extents tiling the range under random allocation and free', () => {
    const rng = new Rng(42);
    const a = new RangeAllocator('t', BASE, 1 << 20);
    const live: number[] = [];
    for (let step = 0; step < 5000; step++) {
      if (live.length && rng.bool(0.45)) {
        const i = rng.int(live.length);
        expect(a.release(live[i]!).ok).toBe(true);
        live.splice(i, 1);
      } else {
        const align = rng.pick([8, 32, 4096]);
        const p = a.alloc(1 + rng.int(align === 4096 ? 8192 : 3000), align, 'kmalloc');
        if (p !== null) { expect(p % align).toBe(0); live.push(p); }
      }
      if (step % 500 === 0) expect(a.check()).toEqual([]);
    }
    for (const p of live) expect(a.release(p).ok).toBe(true);
    expect(a.check()).toEqual([]);
    expect(a.freeExtents()).toEqual([{ addr: BASE, size: 1 << 20 }]);
  });
});
