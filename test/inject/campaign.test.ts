// Campaign machinery (issues 8, 17): the fault-free runs leave protected memory alone; every
// outcome class is reachable and decided by the mechanism it names (the write watch, the
// checksums, DMA attribution, the IOMMU, safety events, leaks), most severe first; run-time
// faults fire on state in use; the same seed gives the same records; and under SVM no fault
// writes hypervisor or guest memory through the driver's code nor crashes the hypervisor.

import { beforeAll, describe, expect, it } from 'vitest';
import { planCampaign, prepareCampaign, runCampaignSync, runFault, type CampaignContext, type FaultSpec } from '../../src/inject/campaign.js';
import { DATA_FIELDS } from '../../src/inject/runtime-faults.js';
import { GUEST_KERNEL_AREA } from '../../src/platform/hypervisor/guest.js';
import { CTX, HV_MAP } from '../../src/platform/hypervisor/hypervisor.js';
import { callC } from '../../src/platform/pv/ccall.js';
import { GUEST_MAP } from '../../src/platform/hypervisor/layout.js';
import { ADAPTER, NETDEV, PCI_DEV, RX_RING, TX_RING } from '../../src/platform/layout.generated.js';
import { detectionOf } from '../../src/inject/fault-run.js';
import { DETECTIONS, type FaultRecord } from '../../src/inject/types.js';
import type { SafetyEvent, SafetyKind } from '../../src/svm-runtime/runtime.js';
import type { PlatformHandle } from '../../src/platform/run.js';

let ctx: CampaignContext;
/** 300 packets each way: past the 256-slot receive ring, so faults on refilled slots come round. */
beforeAll(() => { ctx = prepareCampaign({ workload: { packets: 300 } }); });

const strip = (r: FaultRecord): Omit<FaultRecord, 'hostMs'> => { const { hostMs: _, ...rest } = r; return rest; };
/** A fault that never fires: the platform runs as it would without one. */
const noop: FaultSpec = { index: 0, type: 'ALLOC', call: 1_000_000 };
/** Points the transmit ring's buffer_info array at `va`: every transmit then stores skb, dma and length there. */
const aimTxInfo = (va: number) => (h: PlatformHandle): void => h.kernel.mem.write32(h.kernel.adapter + ADAPTER.tx_ring + TX_RING.buffer_info, va);

describe('fault-free runs and the plan', () => {
  it('profile: executed instructions, every type offered a site, and the counts run-time faults are drawn from', () => {
    expect(ctx.executed.size).toBeGreaterThan(300);
    for (const [type, sites] of ctx.candidates) {
      if (type === 'BCOPY') continue; // the sample's only copies are outside the data path
      expect(sites.length, type).toBeGreaterThan(0);
      for (const i of sites) expect(ctx.executed.has(i)).toBe(true);
    }
    expect(ctx.counts.allocCalls).toBeGreaterThan(ctx.counts.rxSlots);
    expect(ctx.counts.rxSlots).toBe(256);
    expect(ctx.counts.stackStores).toBeGreaterThan(1000);
    for (const n of Object.values(ctx.counts.descStores)) expect(n).toBeGreaterThanOrEqual(300);
    // A fault-free run leaves the same resources behind whatever the target.
    expect(ctx.reference.twin).toEqual(ctx.reference.unprotected);
  });

  it('spreads faults over the types evenly and deterministically', () => {
    const a = planCampaign(ctx, 40, 42).specs, b = planCampaign(ctx, 40, 42).specs, c = planCampaign(ctx, 40, 43).specs;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const types = new Map<string, number>();
    for (const s of a) types.set(s.type, (types.get(s.type) ?? 0) + 1);
    expect(Math.max(...types.values()) - Math.min(...types.values())).toBeLessThanOrEqual(1);
  });
});

describe('each outcome is decided by its mechanism', () => {
  it('no-effect: a fault that never fires; every frame verified', () => {
    const r = runFault(ctx, noop, 'twin');
    expect(r).toMatchObject({ outcome: 'no-effect', activated: false });
    expect(r.packets).toMatchObject({ txOnWire: 300, rxDelivered: 300, bad: 0 });
  });

  it('corrupted by the driver\'s code in the unprotected baseline (write watch and checksum); contained by SVM in the twin', () => {
    // The hypervisor's core data through the unprotected hypervisor's direct map of machine memory.
    const viaDirectMap = (h: PlatformHandle): void => aimTxInfo(HV_MAP.directMap + h.hypervisor!.region.view.translate(HV_MAP.coreData)!.pa)(h);
    const base = runFault(ctx, noop, 'unprotected', { onReady: viaDirectMap });
    expect(base.outcome).toBe('corrupted');
    expect(base.corruption).toMatchObject({ via: 'cpu', caughtBy: 'both' });
    expect(base.corruption!.writes.hypervisor.cpu).toBeGreaterThan(0);
    expect(base.corruption!.first[0]!.where).toMatch(/^hypervisor core data/);
    const twin = runFault(ctx, noop, 'twin', { onReady: aimTxInfo(HV_MAP.coreData) });
    expect(twin).toMatchObject({ outcome: 'contained', detection: 'svm-access' });
    expect(twin.corruption).toBeUndefined();
  });

  it('live hypervisor and guest state is protected and named: the pool, the stlb, a guest\'s receive buffers, through the direct map or the region', () => {
    // Wild pointers of the unprotected driver: the direct map (machine memory) and the region
    // itself; the twin's SVM refuses the same addresses.
    const hvSym = (h: PlatformHandle, s: string): number => h.hypervisor!.image.sym(s);
    const cases: ReadonlyArray<readonly [string, (h: PlatformHandle) => number, 'hypervisor' | 'guest', RegExp]> = [
      ['pool (direct map)', (h) => HV_MAP.directMap + h.hypervisor!.region.view.translate(hvSym(h, 'pool'))!.pa, 'hypervisor', /^hypervisor C data page 0x[0-9a-f]+: pool\+0x/],
      ['stlb (region)', (h) => hvSym(h, '__svm_stlb') + 0x800, 'hypervisor', /^hypervisor C data page 0x[0-9a-f]+: __svm_stlb\+0x/],
      ['guest receive buffers (direct map)', (h) => HV_MAP.directMap + h.hypervisor!.guests[0]!.space.translate(GUEST_MAP.rxArea + 0x3000)!.pa, 'guest', /^guest1 receive buffers page 0x40003000/],
    ];
    for (const [what, at, domain, where] of cases) {
      const base = runFault(ctx, noop, 'unprotected', { onReady: (h) => aimTxInfo(at(h))(h) });
      expect(base.outcome, what).toBe('corrupted');
      expect(base.corruption!.writes[domain].cpu, what).toBeGreaterThan(0);
      expect(base.corruption!.first[0]!.where, what).toMatch(where);
      const twin = runFault(ctx, noop, 'twin', { onReady: (h) => aimTxInfo(at(h))(h) });
      expect(twin, what).toMatchObject({ outcome: 'contained', detection: 'svm-access' });
    }
  });

  it('a store later undone still counts (write watch alone); a change no store of the driver made is caught by the checksums alone', () => {
    // 256 entries of 20 bytes: two pages of the core data (its frames are consecutive).
    let saved: Uint8Array | null = null;
    const page = (h: PlatformHandle): number => h.hypervisor!.region.view.translate(HV_MAP.coreData)!.pa;
    const undone = runFault(ctx, noop, 'unprotected', {
      onReady: (h) => { saved = h.machine.mem.readPhysRam(page(h), 8192); aimTxInfo(HV_MAP.directMap + page(h))(h); },
      onFinished: (h) => h.machine.mem.writePhysRam(page(h), saved!),
    });
    expect(undone).toMatchObject({ outcome: 'corrupted', corruption: { caughtBy: 'watch', via: 'cpu' } });
    const stray = runFault(ctx, noop, 'twin', { onReady: (h) => h.hypervisor!.guests[1]!.space.write8(GUEST_KERNEL_AREA + 77, 0) });
    expect(stray).toMatchObject({ outcome: 'corrupted', corruption: { caughtBy: 'checksum', via: 'unattributed' } });
    expect(stray.corruption!.writes.guest.unattributed).toBe(1);
  });

  it('dom0 outside the driver\'s objects is protected under SVM too: the driver\'s stores into mem_map count', () => {
    const r = runFault(ctx, noop, 'twin', { onReady: (h) => aimTxInfo(h.kernel.pages.memMapVa + 0x100)(h) });
    expect(r.outcome).toBe('corrupted');
    expect(r.corruption!.writes.dom0.cpu).toBeGreaterThan(0);
    expect(r.corruption!.writes.hypervisor.cpu + r.corruption!.writes.guest.cpu).toBe(0);
    expect(r.corruption!.first[0]!.where).toMatch(/^dom0 mem_map/);
  });

  it('a kernel routine the driver called, writing dom0 outside the driver\'s objects, is held to its account; the same code entered by its own kernel is not', () => {
    // _spin_trylock on a "lock" in mem_map (dom0's, outside the driver's objects): the hypervisor's
    // C and dom0's C, each called once as if by the driver and once by their own kernel.
    const trylock = (h: PlatformHandle, place: 'hv' | 'dom0', driverCalls: boolean): void => {
      const k = h.kernel, hv = h.hypervisor!, lock = k.pages.memMapVa + 8;
      k.mem.write32(lock, 1); // unlocked (a host write: nobody's store)
      const [va, space, esp, context] = place === 'hv'
        ? [hv.image.sym('_spin_trylock'), hv.space, HV_MAP.xenStackHi - 1024, driverCalls ? CTX.driver : CTX.hypervisor] as const
        : [k.c.sym('_spin_trylock'), k.space, HV_MAP.dom0UpcallStack + HV_MAP.dom0UpcallStackSize - 64, driverCalls ? CTX.dom0 : CTX.dom0Kernel] as const;
      expect(callC(h.machine, va, [lock], { space, esp, context }).eax).toBe(1);
    };
    for (const place of ['hv', 'dom0'] as const) {
      const byDriver = runFault(ctx, noop, 'twin', { onReady: (h) => trylock(h, place, true) });
      expect(byDriver, place).toMatchObject({ outcome: 'corrupted', corruption: { via: 'routine', caughtBy: 'watch' } });
      expect(byDriver.corruption!.writes.dom0.routine).toBe(1);
      expect(byDriver.corruption!.first[0]!.where).toMatch(/^dom0 mem_map/);
      expect(runFault(ctx, noop, 'twin', { onReady: (h) => trylock(h, place, false) }).outcome, place).toBe('no-effect');
    }
  });

  it('corrupted by DMA without an IOMMU, contained (dma-blocked) with one: receive descriptors aimed at hypervisor memory', () => {
    const aim = (h: PlatformHandle): void => {
      const k = h.kernel, pa = h.hypervisor!.region.view.translate(HV_MAP.coreData)!.pa;
      const ring = k.adapter + ADAPTER.rx_ring;
      const desc = k.mem.read32(ring + RX_RING.desc), count = k.mem.read32(ring + RX_RING.count);
      for (let i = 0; i < count; i++) k.mem.write32(desc + 16 * i, pa);
    };
    const open = runFault(ctx, noop, 'twin', { onReady: aim });
    expect(open).toMatchObject({ outcome: 'corrupted', corruption: { via: 'dma' } });
    expect(open.corruption!.writes.hypervisor.dma).toBeGreaterThan(0);
    const iommu = runFault({ ...ctx, workload: { ...ctx.workload, iommu: true } }, noop, 'twin', { onReady: aim });
    expect(iommu).toMatchObject({ outcome: 'contained', detection: 'dma-blocked' });
  });

  it('the IOMMU lets the device reach dom0 and the guests\' frames the DMA API maps for it (transmit fragments): a fault-free run loses nothing', () => {
    for (const target of ['twin', 'unprotected'] as const) {
      const r = runFault({ ...ctx, workload: { ...ctx.workload, iommu: true } }, noop, target);
      expect(r.outcome, target).toBe('no-effect');
      expect(r.packets, target).toMatchObject({ txOnWire: 300, rxDelivered: 300, bad: 0 });
    }
  });

  it('system-failure: a wild pointer crashes the unprotected hypervisor, and SVM contains it', () => {
    const spec: FaultSpec = { index: 0, type: 'DATA', field: 'rx_ring.buffer_info', pick: 0, bit: 31, atPacket: 2 };
    const base = runFault(ctx, spec, 'unprotected');
    expect(base).toMatchObject({ activated: true, outcome: 'system-failure', systemFailure: 'crash' });
    expect(base.detection).toBeUndefined();
    const twin = runFault(ctx, spec, 'twin');
    expect(twin).toMatchObject({ activated: true, outcome: 'contained', detection: 'svm-access' });
    expect(twin.systemFailure).toBeUndefined();
  });

  it('a function pointer in dom0 data that is not module code: the hypervisor refuses it (never an emulator failure)', () => {
    const wild = (h: PlatformHandle): void => h.kernel.mem.write32(h.kernel.netdev + NETDEV.hard_start_xmit, 0xbd40);
    const twin = runFault(ctx, noop, 'twin', { onReady: wild });
    expect(twin).toMatchObject({ outcome: 'contained', detection: 'bad-entry' });
    expect(twin.detail).toMatch(/^bad-entry \(hv instance\): xmit: /);
    expect(runFault(ctx, noop, 'unprotected', { onReady: wild })).toMatchObject({ outcome: 'system-failure', systemFailure: 'crash' });
  });

  it('wrong: the driver does not come up when probe binds nothing (the run ends with its outcome, not an emulator failure)', () => {
    const r = runFault(ctx, noop, 'twin', { onLoaded: (h) => h.kernel.mem.write16(h.kernel.pdev + PCI_DEV.device, 0x1234) });
    expect(r.outcome).toBe('wrong');
    expect(r.detail).toMatch(/did not come up: init_module registered no net device/);
  });
});

describe('every run-time fault reaches state in use', () => {
  it('FREE on a refill the ring uses again, within the workload; dom0 dying in an upcall is dom0\'s failure in both targets', () => {
    for (const target of ['twin', 'unprotected'] as const) {
      const r = runFault(ctx, { index: 0, type: 'FREE', call: 2 }, target);
      expect(r.activated, target).toBe(true);
      // The shared skb overflows: skb_put's upcall to skb_over_panic never returns, dom0 is gone
      // and the hypervisor (whose upcall gave up) is not.
      expect(r, `${target}: ${r.detail}`).toMatchObject({ outcome: 'wrong' });
      expect(r.detail).toMatch(/^dom0 died: kernel BUG: skb_over_panic/);
      expect(r.systemFailure).toBeUndefined();
    }
  });

  it('DATA flips a slot in use; STACK flips the live stack mid-invocation; HEAP an object of the driver; DMA a descriptor field as it is written', () => {
    const rx = runFault(ctx, { index: 0, type: 'DATA', field: 'rx_buffer_info[i].skb', pick: 0.5, bit: 3, atPacket: 100 }, 'twin');
    const slot = Number(/\[(\d+)\]/.exec((rx.site as { at: string }).at)![1]);
    // Packet 100 goes into slot 100 (after 100 were cleaned): the slot picked is among the next 32.
    expect(slot).toBeGreaterThanOrEqual(100);
    expect(slot).toBeLessThan(132);
    expect(DATA_FIELDS.some((f) => f.slot && f.ring === 'tx')).toBe(true);
    const stack = runFault(ctx, { index: 0, type: 'STACK', store: 500, pick: 0.25, bit: 2 }, 'twin');
    expect(stack.activated).toBe(true);
    expect((stack.site as { at: string }).at).toMatch(/^stack byte at 0xff01[0-9a-f]{4} \(%esp\+\d+\) bit 2$/);
    const heap = runFault(ctx, { index: 0, type: 'HEAP', direction: 'tx', atPacket: 5, pick: 0.999, pickByte: 0, bit: 0 }, 'unprotected');
    expect(heap.activated).toBe(true);
    expect((heap.site as { at: string }).at).toMatch(/block at 0x[0-9a-f]+, byte 0 bit 0/);
    // Kinds first (coherent, netdev, page, skb, skbdata, vmalloc-page): the adapter is hit as often as a kind of buffer.
    const adapter = runFault(ctx, { index: 0, type: 'HEAP', direction: 'rx', atPacket: 5, pick: 0.2, pickByte: 0.5, bit: 1 }, 'twin');
    expect((adapter.site as { at: string }).at).toMatch(/^netdev block at 0x[0-9a-f]+, byte \d+ bit 1$/);
    // A receive buffer address with bit 24 set: past dom0's 16 MiB of RAM, into other domains' frames.
    const dma = runFault(ctx, { index: 0, type: 'DMA', field: 'rx_desc.buffer_addr', store: 10, bit: 24 }, 'unprotected');
    expect((dma.site as { at: string }).at).toMatch(/^rx_desc\[\d+\]\.buffer_addr 0x[0-9a-f]+ -> 0x1[0-9a-f]{6}$/);
    expect(dma.activated).toBe(true);
    expect(dma.outcome).not.toBe('no-effect');
  });

  it('LEAK has a visible effect: the resources left differ from the fault-free run', () => {
    const leakSite = ctx.candidates.get('LEAK')!.find((i) => /dev_kfree_skb_any/.test(JSON.stringify(ctx.program.items[i])))!;
    const leak = runFault(ctx, { index: 0, type: 'LEAK', item: leakSite, rngSeed: 1 }, 'twin');
    expect(leak).toMatchObject({ outcome: 'wrong', activated: true });
    expect(leak.detail).toMatch(/resources left differ from the fault-free run: \d+ pool skbs free/);
  });
});

describe('a short campaign', () => {
  it('twin: no emulator failure, no hypervisor or guest memory written by the driver, no system failure; deterministic', () => {
    const types = ['PTR', 'DST', 'WHILE1', 'DATA', 'STACK', 'DMA'] as const;
    const r = runCampaignSync({ faults: 12, seed: 7, target: 'twin', context: ctx, types });
    expect(r.records).toHaveLength(12);
    expect(r.version).toBe(2);
    expect(r.summary.total['emulator-failure']).toBe(0);
    expect(r.summary.total['system-failure']).toBe(0);
    expect(r.summary.svmBreaches).toBe(0);
    expect(r.summary.total.contained).toBeGreaterThan(0);
    const again = runCampaignSync({ faults: 12, seed: 7, target: 'twin', context: ctx, types });
    expect(again.records.map(strip)).toEqual(r.records.map(strip));
  });
});

describe('what caught it', () => {
  const event = (kind: SafetyKind, site?: number): SafetyEvent => ({ kind, instance: 'hv', address: 0x1234, ...(site !== undefined ? { site } : {}), detail: 'x' });

  it('every safety kind is reported as a detection; a refused translation without a driver site is the hypervisor checking its input', () => {
    const kinds: SafetyKind[] = ['svm-access', 'indirect-target', 'bad-target', 'bad-return', 'stack-bounds', 'upcall-pointer', 'port-io', 'bad-entry', 'cpu-fault', 'watchdog', 'hv-input'];
    for (const k of kinds) expect(DETECTIONS).toContain(detectionOf(event(k, 0xe0001000)));
    expect(detectionOf(event('svm-access', 0xe0001000))).toBe('svm-access');
    expect(detectionOf(event('svm-access'))).toBe('hv-input');
    expect(detectionOf(event('bad-entry'))).toBe('bad-entry');
    expect(detectionOf(event('upcall-pointer', 0xe0001000))).toBe('upcall-arg');
  });
});
