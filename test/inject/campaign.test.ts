// Campaign machinery (issue 8): run-time faults do what they say, every outcome class is
// reachable and classified by the mechanism it names (checksums, DMA attribution, IOMMU, safety
// events), the same seed gives the same records, and under SVM no fault corrupts hypervisor or
// guest memory through the CPU while the unprotected baseline crashes the hypervisor.

import { beforeAll, describe, expect, it } from 'vitest';
import { planCampaign, prepareCampaign, runCampaignSync, runFault, type CampaignContext, type FaultSpec } from '../../src/inject/campaign.js';
import { GUEST_KERNEL_AREA } from '../../src/platform/hypervisor/guest.js';
import { HV_MAP } from '../../src/platform/hypervisor/hypervisor.js';
import { RX_RING, ADAPTER } from '../../src/platform/layout.generated.js';
import type { FaultRecord } from '../../src/inject/types.js';
import type { PlatformHandle } from '../../src/platform/run.js';

let ctx: CampaignContext;
beforeAll(() => { ctx = prepareCampaign({ workload: { packets: 32 } }); });

const strip = (r: FaultRecord): Omit<FaultRecord, 'hostMs'> => { const { hostMs: _, ...rest } = r; return rest; };

describe('fault-free profile and plan', () => {
  it('knows which instructions the hypervisor instance executes, and offers every type a site', () => {
    expect(ctx.executed.size).toBeGreaterThan(300);
    for (const [type, sites] of ctx.candidates) {
      if (type === 'BCOPY') continue; // the sample's only copies are outside the data path
      expect(sites.length, type).toBeGreaterThan(0);
      for (const i of sites) expect(ctx.executed.has(i)).toBe(true);
    }
    expect(ctx.allocCalls).toBeGreaterThan(0);
  });

  it('spreads faults over the types evenly and deterministically', () => {
    const a = planCampaign(ctx, 26, 42).specs, b = planCampaign(ctx, 26, 42).specs, c = planCampaign(ctx, 26, 43).specs;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const types = new Map<string, number>();
    for (const s of a) types.set(s.type, (types.get(s.type) ?? 0) + 1);
    expect(Math.max(...types.values()) - Math.min(...types.values())).toBeLessThanOrEqual(1);
  });
});

describe('run-time faults do what they say', () => {
  it('ALLOC: the chosen __netdev_alloc_skb returns NULL; FREE: its skb is back in the pool at once', () => {
    for (const type of ['ALLOC', 'FREE'] as const) {
      const r = runFault(ctx, { index: 0, type, call: 3 }, 'twin');
      expect(r.activated, type).toBe(true);
      expect(r.site).toMatchObject({ kind: 'runtime', routine: '__netdev_alloc_skb', call: 3 });
      expect(r.outcome).not.toBe('emulator-failure');
      expect(r.outcome).not.toBe('corrupted');
    }
  });

  it('DATA: a pointer bit flip in the rx ring is caught by SVM in the twin and crashes the unprotected hypervisor', () => {
    const spec: FaultSpec = { index: 0, type: 'DATA', field: 'rx_ring.buffer_info', slot: 0, bit: 31, direction: 'rx', atPacket: 2 };
    const twin = runFault(ctx, spec, 'twin');
    expect(twin).toMatchObject({ activated: true, outcome: 'detected', detection: 'svm-access' });
    expect(twin.hypervisorCrash).toBeUndefined();
    const base = runFault(ctx, spec, 'unprotected');
    expect(base).toMatchObject({ activated: true, outcome: 'detected', detection: 'cpu-fault', hypervisorCrash: true });
  });
});

describe('every outcome class is reachable and classified by its mechanism', () => {
  const noop: FaultSpec = { index: 0, type: 'ALLOC', call: 1_000_000 };

  it('no effect: a fault that never fires', () => {
    const r = runFault(ctx, noop, 'twin');
    expect(r).toMatchObject({ outcome: 'no-effect', activated: false });
    expect(r.packets).toMatchObject({ txOnWire: 32, rxDelivered: 32, bad: 0 });
  });

  it('corrupted by the CPU: a stray write into the hypervisor\'s own data', () => {
    const r = runFault(ctx, noop, 'twin', { onReady: (h) => h.hypervisor!.region.view.write32(HV_MAP.coreData + 0x100, 0xdeadbeef) });
    expect(r.outcome).toBe('corrupted');
    expect(r.corruption).toMatchObject({ hypervisorFrames: 1, foreignFrames: 0, via: 'cpu' });
  });

  it('corrupted (foreign): a stray write into a guest\'s kernel memory', () => {
    const r = runFault(ctx, noop, 'unprotected', { onReady: (h) => h.hypervisor!.guests[1]!.space.write8(GUEST_KERNEL_AREA + 77, 0) });
    expect(r.outcome).toBe('corrupted');
    expect(r.corruption).toMatchObject({ hypervisorFrames: 0, foreignFrames: 1, via: 'cpu' });
  });

  it('corrupted by DMA without an IOMMU, detected (dma-blocked) with one: rx descriptors aimed at hypervisor memory', () => {
    const aim = (h: PlatformHandle): void => {
      const k = h.kernel, hv = h.hypervisor!;
      const pa = hv.region.view.translate(HV_MAP.coreData)!.pa;
      const ring = k.adapter + ADAPTER.rx_ring;
      const desc = k.mem.read32(ring + RX_RING.desc), count = k.mem.read32(ring + RX_RING.count);
      for (let i = 0; i < count; i++) k.mem.write32(desc + 16 * i, pa);
    };
    const open = runFault(ctx, noop, 'twin', { onReady: aim });
    expect(open.outcome).toBe('corrupted');
    expect(open.corruption?.via).toBe('dma');
    const iommu = runFault({ ...ctx, workload: { ...ctx.workload, iommu: true } }, noop, 'twin', { onReady: aim });
    expect(iommu).toMatchObject({ outcome: 'detected', detection: 'dma-blocked' });
  });

  it('detected, wrong and no-effect all occur in a short campaign; nothing corrupts and the platform never fails', () => {
    const r = runCampaignSync({ faults: 28, seed: 7, target: 'twin', context: ctx });
    expect(r.records).toHaveLength(28);
    for (const o of ['no-effect', 'detected', 'wrong'] as const) expect(r.summary.total[o], o).toBeGreaterThan(0);
    expect(r.summary.total.corrupted).toBe(0);
    expect(r.summary.total['emulator-failure']).toBe(0);
    expect(r.summary.hypervisorCrashes).toBe(0);
    // The same seed gives the same records.
    const again = runCampaignSync({ faults: 28, seed: 7, target: 'twin', context: ctx });
    expect(again.records.map(strip)).toEqual(r.records.map(strip));
  });
});
