// Attack on the IOMMU context of fault campaigns (--iommu): the driver also runs in dom0, where it
// may call the DMA API with any length. The device's IOMMU context admits dom0's memory and a
// guest's frame only while a streaming mapping of THAT frame is live (a transmit fragment the
// hypervisor maps): a mapping of a dom0 buffer with a huge length must not open the hypervisor's or
// a guest's frames that happen to lie at the physical addresses after it. Receive descriptors are
// then aimed at hypervisor data and at a guest's memory: the NIC's writes are blocked (dma-blocked),
// no byte of either changes.

import { beforeAll, describe, expect, it } from 'vitest';
import { prepareCampaign, runFault, type CampaignContext, type FaultSpec } from '../../src/inject/campaign.js';
import { HV_MAP } from '../../src/platform/hypervisor/hypervisor.js';
import { GUEST_MAP } from '../../src/platform/hypervisor/layout.js';
import { ADAPTER, RX_RING } from '../../src/platform/layout.generated.js';
import type { PlatformHandle } from '../../src/platform/run.js';

let ctx: CampaignContext;
beforeAll(() => { ctx = prepareCampaign({ workload: { packets: 64, iommu: true } }); }, 120_000);
const noop: FaultSpec = { index: 0, type: 'ALLOC', call: 1_000_000 };

/** dma_map_single(dev, a dom0 buffer, 1 GiB, DMA_FROM_DEVICE) as the driver's call records it, then every RX descriptor aimed at `pa`. */
const wideMappingThenAim = (pa: (h: PlatformHandle) => number) => (h: PlatformHandle): void => {
  const k = h.kernel;
  const buf = k.allocPage('attacker buffer')!;
  k.dmaMapped(buf.pa, 1 << 30, 2, 'single', 'dma_map_single');
  const ring = k.adapter + ADAPTER.rx_ring;
  const desc = k.mem.read32(ring + RX_RING.desc), count = k.mem.read32(ring + RX_RING.count);
  for (let i = 0; i < count; i++) { k.mem.write32(desc + 16 * i, pa(h)); k.mem.write32(desc + 16 * i + 4, 0); }
};

describe('the IOMMU context is per frame, not per bus-address range', () => {
  it.each([
    ['hypervisor core data', (h: PlatformHandle) => h.hypervisor!.region.view.translate(HV_MAP.coreData)!.pa],
    ['a guest\'s receive buffers', (h: PlatformHandle) => h.hypervisor!.guests[0]!.space.translate(GUEST_MAP.rxArea + 0x2000)!.pa],
  ] as const)('a 1 GiB mapping of a dom0 page does not let the NIC write %s', (_what, pa) => {
    for (const target of ['twin', 'unprotected'] as const) {
      const r = runFault(ctx, noop, target, { onReady: wideMappingThenAim(pa) });
      expect(r.outcome, target).toBe('contained');
      expect(r.detection, target).toBe('dma-blocked');
      expect(r.corruption, target).toBeUndefined();
    }
  });
});
