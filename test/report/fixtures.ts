// Hand-made fault-campaign results for the report tests: small, internally consistent (summarised
// by the campaign runner's own summarize), with text that needs escaping in HTML.

import { summarize } from '../../src/inject/campaign.js';
import { CAMPAIGN_VERSION, emptyMatrix, type CampaignResult, type FaultRecord } from '../../src/inject/types.js';

const packets = { txOffered: 8, txOnWire: 8, rxOffered: 8, rxDelivered: 8, bad: 0 };

export function campaign(target: 'twin' | 'unprotected'): CampaignResult {
  const protectedRun = target === 'twin';
  const writes = emptyMatrix();
  writes.hypervisor.cpu = 3;
  const dma = emptyMatrix();
  dma.dom0.dma = 1;
  const records: FaultRecord[] = [
    {
      index: 0, type: 'PTR', target, description: 'bit flipped in an address computation',
      site: { kind: 'code', function: 'e1000like_xmit_frame', line: 812, original: 'movl 12(%eax), %edx', mutated: ['movl 4108(%eax), %edx'] },
      outcome: protectedRun ? 'contained' : 'corrupted', ...(protectedRun ? { detection: 'svm-access' as const } : {}),
      detail: protectedRun ? 'svm-access: 0xfc000010 is not dom0 memory <&>' : 'hypervisor frame 0x1234 changed <script>',
      activated: true, packets,
      ...(protectedRun ? {} : { corruption: { writes, via: 'cpu' as const, caughtBy: 'both' as const, instances: { hv: 3, vm: 0 }, first: [{ domain: 'hypervisor' as const, via: 'cpu' as const, instance: 'hv' as const, pa: 0x1234000, length: 4, where: 'hypervisor text' }] } }),
      hostMs: 12,
    },
    {
      index: 1, type: 'WHILE1', target, description: 'infinite loop inserted',
      site: { kind: 'code', function: 'e1000like_intr', line: 1040, original: 'incl %edx', mutated: ['.Lfault_0:', 'jmp .Lfault_0', 'incl %edx'] },
      outcome: protectedRun ? 'contained' : 'system-failure', ...(protectedRun ? { detection: 'watchdog' as const } : { systemFailure: 'hang' as const }),
      detail: 'watchdog (hv instance): interrupt handler ran past its budget', activated: true, packets: { ...packets, rxDelivered: 0, bad: 8 }, hostMs: 11,
    },
    {
      index: 2, type: 'NOP', target, description: 'instruction replaced by NOPs',
      site: { kind: 'code', function: 'e1000like_clean_rx_irq', line: 1400, original: 'incl %ecx', mutated: [] },
      outcome: 'no-effect', detail: 'all frames verified', activated: false, packets, hostMs: 9,
    },
    {
      index: 3, type: 'ALLOC', target, description: 'an allocation returns NULL',
      site: { kind: 'runtime', routine: '__netdev_alloc_skb', call: 3 },
      outcome: 'wrong', detail: '2 frames lost', activated: true, packets: { ...packets, rxDelivered: 6, bad: 2 }, hostMs: 10,
    },
    {
      index: 4, type: 'DMA', target, description: 'a DMA descriptor\'s buffer address or length corrupted as the driver writes it',
      site: { kind: 'runtime', field: 'rx_desc.buffer_addr', bit: 20, store: 40, at: 'rx_desc[3].buffer_addr 0x534000 -> 0x434000' },
      outcome: 'corrupted', detail: 'written by the NIC\'s DMA: dom0 free heap', activated: true, packets,
      corruption: { writes: dma, via: 'dma', caughtBy: 'watch', instances: { hv: 0, vm: 0 }, first: [{ domain: 'dom0', via: 'dma', pa: 0x434000, length: 1518, where: 'dom0 free heap at 0xc1426000' }] },
      hostMs: 10,
    },
  ];
  return {
    version: CAMPAIGN_VERSION, target, seed: 7, types: ['PTR', 'WHILE1', 'NOP', 'ALLOC', 'DMA'], skippedTypes: [], sites: 'executed', packetsPerFault: 8, iommu: false,
    records, summary: summarize(records), hostSeconds: 0.031, faultsPerSecond: 96.8,
  };
}
