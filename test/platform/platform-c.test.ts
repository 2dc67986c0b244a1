// The packet path as code (issue 17): the platform's C is what the build produces, the hot
// routines are one source in two places, the per-domain instruction counts equal the
// instructions the emulator executed in each domain's code, the twin's transmit copies the
// 96-byte header and DMAs the rest from the guest's own page, and the C slow path refuses what
// SVM must refuse.

import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/emulator/machine.js';
import { PTE_W } from '../../src/emulator/mmu.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { HOT_ROUTINES, imageHotNames } from '../../src/platform/hypervisor/hot.js';
import { CTX, HV_MAP } from '../../src/platform/hypervisor/layout.js';
import { ADAPTER, TX_RING } from '../../src/platform/layout.generated.js';
import { placeImage } from '../../src/platform/pv/images.js';
import { PLATFORM_UNITS } from '../../src/platform/pv/units.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';
import { checkDriver } from '../../scripts/build-drivers.js';
import { PLATFORM_SPECS } from '../../scripts/build-platform-c.js';

const objects = driverObjects(undefined, { portIo: 'helpers' });

describe('the platform C as built', () => {
  it('every committed .s is what gcc produces from its C with the kernel flags', () => {
    expect(PLATFORM_SPECS.length).toBe(PLATFORM_UNITS.length);
    for (const spec of PLATFORM_SPECS) expect(checkDriver(spec), spec.asm).toMatchObject({ upToDate: true });
  });

  it('the hot routines are one source compiled for both places, with the same routine list', () => {
    const hot = PLATFORM_UNITS.filter((u) => u.source === 'platform-c/hot/mini/hot.c');
    expect(hot.map((u) => u.image).sort()).toEqual(['dom0', 'hv']);
    for (const name of ['hv', 'dom0'] as const) {
      const img = placeImage(name, 0xc0000000, () => 0x1000);
      for (const r of HOT_ROUTINES) expect(img.inst.symbols.has(r), `${name} ${r}`).toBe(true);
    }
  });
});

describe('counter contexts by code range (emulator)', () => {
  it('code in a range counts under its context whoever calls it', () => {
    const m = new Machine({ ramBytes: 1 << 20 });
    const sp = m.createAddressSpace('t');
    sp.mapNew(0x1000, 0x2000, PTE_W);
    sp.mapNew(0x8000, 0x1000, PTE_W);
    // caller at 0x1000: nop; call 0x2000; ret   callee at 0x2000 (range -> context 5): nop x3; ret
    sp.writeBytes(0x1000, Uint8Array.from([0x90, 0xe8, 0xfa, 0x0f, 0x00, 0x00, 0xc3]));
    sp.writeBytes(0x2000, Uint8Array.from([0x90, 0x90, 0x90, 0xc3]));
    sp.setCounterRange(0x2000, 0x3000, 5);
    const r = m.call(sp, 0x1000, { esp: 0x9000, context: 1 });
    expect(r.run.reason).toBe('return');
    expect([m.cpu.counters[1], m.cpu.counters[5]]).toEqual([3, 4]);
    expect(() => sp.setCounterRange(0x2001, 0x3000, 5)).toThrow(/page-aligned/);
  });
});

describe('per-domain instruction counts are the instructions executed in each domain\'s code', () => {
  for (const config of ['twin', 'split'] as const) {
    it(`${config}: hypervisor, dom0 C and guest counts equal a full trace of their code ranges`, () => {
      const ranges: Array<[number, number, number, string]> = [];
      const seen = new Map<string, number>();
      let tracing = false;
      const r = runConfig({
        config, packets: 64, size: 1514, objects, direction: 'tx',
        onReady: (h) => {
          const hv = h.hypervisor!;
          ranges.push([hv.image.start, hv.image.end, CTX.hypervisor, 'hypervisor'], [h.kernel.c.image.start, h.kernel.c.image.end, CTX.dom0Kernel, 'dom0 C']);
          const g = hv.guests[0]!;
          ranges.push([g.image.start, g.image.end, CTX.guest, 'guest']);
          h.machine.cpu.trace = (e) => {
            if (!tracing) return;
            for (const [lo, hi, , name] of ranges) {
              if (e.eip >= lo && e.eip < hi && (name !== 'guest' || e.space.startsWith('guest'))) { seen.set(name, (seen.get(name) ?? 0) + 1); return; }
            }
          };
        },
        onPacket: () => { tracing = true; },
      });
      const m = r.tx!.measured;
      expect(r.tx!.sink.ok).toBe(64);
      expect(m.hypervisorInsns).toBeGreaterThan(0);
      expect(m.guestInsns).toBe(seen.get('guest'));
      expect(m.hypervisorInsns).toBe(seen.get('hypervisor'));
      expect(m.dom0Insns - m.dom0ModeledInsns).toBe(seen.get('dom0 C') ?? 0);
    });
  }
});

describe('the twin transmit: header copied, body DMAed from the guest\'s own page', () => {
  it('every TX descriptor of a frame\'s body points into a guest frame; the hypervisor copied 96 bytes per frame', () => {
    let handle: PlatformHandle | null = null;
    const r = runConfig({ config: 'twin', packets: 20, size: 1514, objects, direction: 'tx', onReady: (h) => { handle = h; } });
    const h = handle as unknown as PlatformHandle;
    expect(r.tx!.sink.ok).toBe(20);
    expect(r.tx!.measured.copyBytes.hypervisor).toBe(20 * 96);
    const m = h.kernel.mem, ring = h.kernel.adapter + ADAPTER.tx_ring;
    const desc = m.read32(ring + TX_RING.desc);
    const guestFrames = h.hypervisor!.guests[0]!.frames;
    const pfns = Array.from({ length: 40 }, (_, i) => m.read32(desc + 16 * i) >>> 12);
    expect(pfns.filter((p) => guestFrames.has(p)).length).toBe(20);
  });
});

describe('the C slow path (platform-c/hv/svm.c)', () => {
  it('maps dom0 pages two at a time and refuses the hypervisor, unmapped pages and other domains\' frames', () => {
    let handle: PlatformHandle | null = null;
    runConfig({ config: 'twin', packets: 1, size: 60, objects, direction: 'tx', onReady: (h) => { handle = h; } });
    const h = handle as unknown as PlatformHandle;
    const hv = h.hypervisor!, rt = hv.inst!.hvRuntime, view = hv.region.view;
    const va = h.kernel.pages.lowmemVa + 0x123456;
    const t = rt.translate(va);
    expect(typeof t).toBe('number');
    const w = t as number;
    expect(w >= HV_MAP.windows && w < HV_MAP.windowsEnd).toBe(true);
    h.kernel.mem.write32(va, 0xabcd1234);
    expect(view.read32(w) >>> 0).toBe(0xabcd1234);
    // The next dom0 page is in the same window (accesses may straddle).
    h.kernel.mem.write32(va + 4096, 0x5a5a5a5a);
    expect(view.read32(w + 4096) >>> 0).toBe(0x5a5a5a5a);
    expect(rt.translate(va + 8)).toBe(w + 8);
    expect(rt.translate(HV_MAP.cImage)).toHaveProperty('event');
    expect(rt.translate(0x00400000)).toHaveProperty('event');
    // A guest's frame mapped into dom0's space is not dom0's.
    const g = hv.guests[0]!;
    h.kernel.space.map(0xcfd80000, g.space.translate(g.sym('tx_ring'))!.pfn, PTE_W);
    expect(rt.translate(0xcfd80000)).toHaveProperty('event');
    expect(rt.auditStlb()).toEqual([]);
    expect(imageHotNames(view, hv.image)).toEqual([...HOT_ROUTINES]);
  });
});
