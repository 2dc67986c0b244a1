// --svm segment on the platform (src/platform/hypervisor/segment.ts, dom0/segment-region.ts): the
// twin moves verified packets with the confined segments, with and without a cooperating dom0
// (then every confined access is completed by the fault handler); an access the slow path refuses
// aborts the driver with an svm-access event and the hypervisor goes on.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { KDATA, KERNEL_DATA, PERCPU, PERCPU_OFF, PERCPU_SIZE } from '../../src/platform/dom0/memmap.js';
import { HV_MAP } from '../../src/platform/hypervisor/layout.js';
import { runConfig, type PlatformHandle, type RunOptions } from '../../src/platform/run.js';
import { sampleDriverAsm } from '../../src/util/paths.js';
import { tempDir } from '../support/paths.js';

const PACKETS = 24;

function run(o: Partial<RunOptions> & { objects: RunOptions['objects'] }): { r: ReturnType<typeof runConfig>; h: PlatformHandle } {
  let h: PlatformHandle | null = null;
  const r = runConfig({ config: 'twin', packets: PACKETS, size: 1514, guests: 1, onReady: (p) => { h = p; }, ...o });
  return { r, h: h! };
}

const delivered = (r: ReturnType<typeof runConfig>): number => (r.tx?.sink.ok ?? 0) + (r.rx?.sink.ok ?? 0);

describe('--svm segment on the platform', () => {
  const segment = driverObjects(undefined, { svm: 'segment' });

  it('a cooperating dom0: every packet verified, no safety event, no access outside the region', () => {
    const { r, h } = run({ objects: segment });
    expect(r.safety).toEqual([]);
    expect(delivered(r)).toBe(2 * PACKETS);
    const s = h.hypervisor!.segment;
    expect(s.region).not.toBeNull();
    expect(s.completed).toEqual({ gs: 0, fs: 0 });
    // The mirror lies in the hypervisor region, below the driver stack's guard, past the windows.
    expect(s.mirror).toBeGreaterThanOrEqual(HV_MAP.windows);
    expect(s.mirror + (s.region!.end - s.region!.start)).toBeLessThanOrEqual(HV_MAP.stackLo - 0x10000);
    // The confined segments see dom0's memory: %gs at v - R is dom0's v, %fs at a per-cpu offset is
    // dom0's per-cpu variable (read through the hypervisor's mapping of each segment's base).
    const [[, gs], [, fs]] = s.segments;
    const k = h.kernel, R = s.region!.start, view = h.hypervisor!.region.view;
    expect(gs!.limit).toBe(s.region!.end - R - 1);
    expect(fs!.limit).toBe(PERCPU_SIZE - 1);
    const jiffies = KERNEL_DATA + KDATA.jiffies;
    expect(view.read32(gs!.base + (jiffies - R)) >>> 0).toBe(k.mem.read32(jiffies) >>> 0);
    expect(view.read32(fs!.base + PERCPU_OFF.this_cpu_off) >>> 0).toBe(k.mem.read32(PERCPU + PERCPU_OFF.this_cpu_off) >>> 0);
    const adapter = k.adapter;
    expect(adapter).toBeGreaterThanOrEqual(R);
    expect(view.read32(gs!.base + (adapter - R)) >>> 0).toBe(k.mem.read32(adapter) >>> 0);
    // The objects the driver uses lie in the region: its rings, its vmalloc and ioremap areas.
    expect(k.vmallocArea.base).toBeGreaterThanOrEqual(R);
    expect(k.ioremapArea.base + k.ioremapArea.size).toBeLessThanOrEqual(s.region!.end);
  });

  it('without a cooperating dom0 the confined segments are null and the fault handler completes every access', () => {
    const { r, h } = run({ objects: segment, segmentRegion: false, packets: 8 });
    expect(r.safety).toEqual([]);
    expect(delivered(r)).toBe(16);
    const s = h.hypervisor!.segment;
    expect(s.region).toBeNull();
    expect(s.completed.gs).toBeGreaterThan(16);
  });

  it('the stlb-mode driver runs as before next to a cooperating dom0 (its code carries no override)', () => {
    const { r, h } = run({ objects: driverObjects(), segmentRegion: true, packets: 8 });
    expect(r.safety).toEqual([]);
    expect(delivered(r)).toBe(16);
    expect(h.hypervisor!.segment.completed).toEqual({ gs: 0, fs: 0 });
  });

  it('a confined access to hypervisor memory is refused: svm-access, the driver aborted, the hypervisor running', () => {
    const src = readFileSync(sampleDriverAsm(), 'utf8');
    const at = 'e1000like_xmit_frame:\n';
    expect(src).toContain(at);
    const f = join(tempDir('segment-attack'), 'attack.s');
    writeFileSync(f, src.replace(at, `${at}\tmovl\t$${HV_MAP.cImage}, %eax\n\tmovl\t$0x41414141, (%eax)\n`));
    const { r, h } = run({ objects: driverObjects(f, { svm: 'segment' }), packets: 4 });
    expect(r.safety.length).toBeGreaterThan(0);
    expect(r.safety[0]!.kind).toBe('svm-access');
    expect(r.safety[0]!.address >>> 0).toBe(HV_MAP.cImage);
    // The site is the refused instruction's VM-instance address (module text), as for an stlb check.
    const vm = h.module;
    expect(r.safety[0]!.site! >>> 0).toBeGreaterThanOrEqual(vm.textStart);
    expect(r.safety[0]!.site! >>> 0).toBeLessThan(vm.textStart + vm.textSize);
    expect(h.hypervisor!.segment.refused).toBeGreaterThan(0);
    expect(h.hypervisor!.crashed).toBeNull();
    expect(h.hypervisor!.region.view.read32(HV_MAP.cImage)).not.toBe(0x41414141);
  });
});
