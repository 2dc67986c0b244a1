// The emulator's write watch (src/emulator/watch.ts): every write to a watched frame is reported
// as it happens, with its writer — CPU stores on the fast and slow paths, string instructions,
// host helpers, DMA — also when it leaves the value as it was; unwatched frames report nothing,
// and code coherence keeps working on a frame that is both watched and holds code.

import { describe, expect, it } from 'vitest';
import { Cpu } from '../../src/emulator/cpu.js';
import { Bus } from '../../src/emulator/bus.js';
import { AddressSpace, PTE_U, PTE_W } from '../../src/emulator/mmu.js';
import { isWatched, unwatchFrames, watchFrames } from '../../src/emulator/watch.js';
import { CODE, DATA, rig } from '../emulator/util.js';

interface Seen { pfn: number; offset: number; length: number; by: string }

function recorder(): { seen: Seen[]; written(pfn: number, offset: number, length: number, by: unknown): void } {
  const seen: Seen[] = [];
  return {
    seen,
    written(pfn, offset, length, by) {
      seen.push({ pfn, offset, length, by: by instanceof Cpu ? 'cpu' : by instanceof Bus ? 'dma' : by instanceof AddressSpace ? `host:${by.name}` : 'phys' });
    },
  };
}

describe('write watch', () => {
  // Stores the same value twice (the second store changes nothing), a byte, a word across the
  // watched frame's end, then rep stosl over 64 bytes of the next frame.
  const src = `
    movl $0x11223344, ${DATA + 0x10}
    movl $0x11223344, ${DATA + 0x10}
    movb $7, ${DATA + 0x20}
    movl $0x55667788, ${DATA + 0xffe}
    movl $${DATA + 0x1000}, %edi
    movl $16, %ecx
    xorl %eax, %eax
    rep stosl
    hlt`;

  it('reports every CPU store to a watched frame, the repeated and the page-crossing ones, and nothing elsewhere', () => {
    const r = rig(src);
    // Warm the fast write path first: the watch must take it away.
    r.as.write32(DATA + 0x10, 0);
    r.m.cpu.run(0);
    const pfn = r.as.translate(DATA)!.pfn;
    const rec = recorder();
    expect(watchFrames(r.m, [pfn], rec)).toBe(1);
    expect(isWatched(r.m, pfn)).toBe(true);
    r.run();
    expect(rec.seen.filter((s) => s.by === 'cpu')).toEqual([
      { pfn, offset: 0x10, length: 4, by: 'cpu' },
      { pfn, offset: 0x10, length: 4, by: 'cpu' },
      { pfn, offset: 0x20, length: 1, by: 'cpu' },
      { pfn, offset: 0xffe, length: 1, by: 'cpu' },
      { pfn, offset: 0xfff, length: 1, by: 'cpu' },
    ]);
    expect(r.as.read32(DATA + 0x10) >>> 0).toBe(0x11223344);
  });

  it('reports string instructions, host helpers and DMA with their writer; unwatching stops it', () => {
    const r = rig(src);
    const next = r.as.translate(DATA + 0x1000)!.pfn;
    const rec = recorder();
    watchFrames(r.m, [next], rec);
    r.run();
    expect(rec.seen).toEqual([
      { pfn: next, offset: 0, length: 1, by: 'cpu' },
      { pfn: next, offset: 1, length: 1, by: 'cpu' },
      { pfn: next, offset: 0, length: 64, by: 'cpu' },
    ]);
    rec.seen.length = 0;
    r.as.write8(DATA + 0x1005, 1);
    r.m.bus.dmaWrite(next * 4096 + 0x40, new Uint8Array(8));
    r.m.mem.writePhysRam(next * 4096 + 0x80, new Uint8Array(2));
    expect(rec.seen).toEqual([
      { pfn: next, offset: 5, length: 1, by: 'host:test' },
      { pfn: next, offset: 0x40, length: 8, by: 'dma' },
      { pfn: next, offset: 0x80, length: 2, by: 'phys' },
    ]);
    unwatchFrames(r.m, [next]);
    rec.seen.length = 0;
    r.as.write8(DATA + 0x1005, 2);
    r.m.cpu.eip = 0x01000000;
    r.run();
    expect(rec.seen).toEqual([]);
  });

  it('keeps code coherence on a frame that holds code and is watched', () => {
    // The code overwrites the immediate of its next instruction (movl $1 -> movl $2; the store
    // is 10 bytes long, so the immediate is at +11) and then runs it.
    const r = rig(`
      movl $0x02, ${0x01000000 + 11}
      movl $1, %eax
      hlt`);
    r.as.protect(0x01000000, 4096, PTE_U | PTE_W);
    const pfn = r.as.translate(0x01000000)!.pfn;
    const rec = recorder();
    watchFrames(r.m, [pfn], rec);
    r.run();
    expect(r.reg(0)).toBe(2);
    expect(rec.seen.map((s) => s.by)).toEqual(['cpu']);
  });

  it('names the code that made each store: a routine in a counter range counts as its range, its caller as the CPU\'s context', () => {
    // The caller (no counter range) stores, calls a routine in a page charged to context 7 that
    // stores, and stores again after the return.
    const r = rig(`
      movl $1, ${DATA + 0x10}
      call routine
      movl $3, ${DATA + 0x18}
      hlt
      .org 0x1000
    routine:
      movl $2, ${DATA + 0x14}
      ret`);
    r.as.setCounterRange(CODE + 0x1000, CODE + 0x2000, 7);
    r.m.cpu.context = 5;
    const seen: Array<[number, number, number]> = [];
    watchFrames(r.m, [r.as.translate(DATA)!.pfn], { written: (_p, offset, _l, by) => { if (by === r.m.cpu) seen.push([offset, r.m.cpu.codeContext, r.m.cpu.context]); } });
    r.run();
    expect(seen).toEqual([[0x10, 5, 5], [0x14, 7, 5], [0x18, 5, 5]]);
  });

  it('refuses a second watcher on the same machine', () => {
    const r = rig('hlt');
    watchFrames(r.m, [], recorder());
    expect(() => watchFrames(r.m, [], recorder())).toThrow(/another write watcher/);
  });
});
