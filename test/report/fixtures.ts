// Hand-made fault-campaign results for the report tests (the campaign runner is separate work):
// small, internally consistent, with text that needs escaping in HTML.

import { emptyOutcomeCounts, type CampaignResult, type FaultRecord, type OutcomeCounts } from '../../src/inject/types.js';

function summarize(records: readonly FaultRecord[]): CampaignResult['summary'] {
  const byType: Record<string, OutcomeCounts> = {};
  const total = emptyOutcomeCounts();
  const detections: Record<string, number> = {};
  let cpu = 0, dma = 0, activated = 0, hypervisorCrashes = 0;
  for (const r of records) {
    (byType[r.type] ??= emptyOutcomeCounts())[r.outcome]++;
    total[r.outcome]++;
    if (r.detection) detections[r.detection] = (detections[r.detection] ?? 0) + 1;
    if (r.corruption?.via === 'cpu') cpu++;
    if (r.corruption?.via === 'dma') dma++;
    if (r.activated) activated++;
    if (r.hypervisorCrash) hypervisorCrashes++;
  }
  return { byType, total, detections, corruptedVia: { cpu, dma }, activated, hypervisorCrashes };
}

const packets = { txOffered: 8, txOnWire: 8, rxOffered: 8, rxDelivered: 8, bad: 0 };

export function campaign(target: 'twin' | 'unprotected'): CampaignResult {
  const protectedRun = target === 'twin';
  const records: FaultRecord[] = [
    {
      index: 0, type: 'PTR', target, description: 'bit flipped in an address computation',
      site: { kind: 'code', function: 'e1000like_xmit_frame', line: 812, original: 'movl 12(%eax), %edx', mutated: ['movl 4108(%eax), %edx'] },
      outcome: protectedRun ? 'detected' : 'corrupted', ...(protectedRun ? { detection: 'svm-access' as const } : {}),
      detail: protectedRun ? 'svm-access: 0xfc000010 is not dom0 memory <&>' : 'hypervisor frame 0x1234 changed <script>',
      activated: true, packets,
      ...(protectedRun ? {} : { corruption: { hypervisorFrames: 1, foreignFrames: 0, via: 'cpu' as const, regions: ['hypervisor text'] } }),
      hostMs: 12,
    },
    {
      index: 1, type: 'NOP', target, description: 'instruction replaced by NOPs',
      site: { kind: 'code', function: 'e1000like_clean_rx_irq', line: 1400, original: 'incl %ecx', mutated: ['nop'] },
      outcome: 'no-effect', detail: 'all frames verified', activated: false, packets, hostMs: 9,
    },
    {
      index: 2, type: 'ALLOC', target, description: 'an allocation returns NULL',
      site: { kind: 'runtime', routine: '__netdev_alloc_skb', call: 3 },
      outcome: 'wrong', detail: '2 frames lost', activated: true, packets: { ...packets, rxDelivered: 6, bad: 2 }, hostMs: 10,
    },
  ];
  return {
    version: 1, target, seed: protectedRun ? 7 : 8, types: ['PTR', 'NOP', 'ALLOC'], skippedTypes: [], sites: 'executed', packetsPerFault: 8, iommu: false,
    records, summary: summarize(records), hostSeconds: 0.031, faultsPerSecond: 96.8,
  };
}
