// bench/inject: faults per second of the default campaign and its safety figures, twin and the
// unprotected baseline side by side, over the same fault plan (same seed) in one run; then the DMA
// faults again with an IOMMU; then what the write watch costs a fault's run (the fault-free
// workload with protected memory watched vs without, same machine, same run). Goals (issues 8,
// 17): the default campaign (>= 2,000 faults over all types) in under 5 minutes; under SVM no
// fault changes hypervisor or guest memory through the driver's code or crashes/hangs the
// hypervisor; the unprotected baseline's figures printed beside, corruption split by domain and
// writer (dom0, the driver's own domain, and DMA without an IOMMU are outside SVM's reach).
// Run: npm run bench:inject   (FAULTS=N SEED=S WORKERS=W DMA_FAULTS=N to change it)

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { prepareCampaign } from '../src/inject/campaign.js';
import { campaignMemory } from '../src/inject/context.js';
import { poolFor, runWorkload } from '../src/inject/fault-run.js';
import { runCampaign } from '../src/inject/pool.js';
import { DOMAINS, FAULT_TYPES, type CampaignResult } from '../src/inject/types.js';
import { runConfig } from '../src/platform/run.js';
import { campaignTable, corruptionMatrix } from '../src/report/campaign-text.js';
import { fmt, table } from './util.js';

const faults = Number(process.env.FAULTS ?? 2000);
const dmaFaults = Number(process.env.DMA_FAULTS ?? 200);
const seed = Number(process.env.SEED ?? 1);
const workers = Number(process.env.WORKERS ?? Math.min(8, availableParallelism()));

const t0 = performance.now();
const context = prepareCampaign();
const prepSeconds = (performance.now() - t0) / 1000;
const results: CampaignResult[] = [];
for (const target of ['twin', 'unprotected'] as const) {
  const t = performance.now();
  const r = await runCampaign({ faults, seed, target, context, workers });
  results.push(r);
  console.error(`${target}: ${r.records.length} faults in ${fmt((performance.now() - t) / 1000, 1)} s`);
}
const iommuContext = { ...context, workload: { ...context.workload, iommu: true } };
const dma: CampaignResult[] = [];
for (const [target, ctx] of [['twin', context], ['unprotected', context], ['twin', iommuContext], ['unprotected', iommuContext]] as const) {
  dma.push(await runCampaign({ faults: dmaFaults, seed, target, context: ctx, workers, types: ['DMA'] }));
}

console.log(`${faults} faults over ${FAULT_TYPES.length} types (seed ${seed}), ${context.workload.packets} packets each way per fault, ${workers} worker threads; preparation (two fault-free runs) ${fmt(prepSeconds, 1)} s`);
console.log(table(['target', 'faults', 'seconds', 'faults/s'], results.map((r) => [r.target, r.records.length, fmt(r.hostSeconds, 1), fmt(r.faultsPerSecond, 1)])));
console.log(campaignTable(results).join('\n'));
const twin = results[0]!, base = results[1]!;
const inDomains = (r: CampaignResult): string => DOMAINS.map((d) => `${d} ${r.summary.corruptedIn[d]}`).join(', ');
const share = (r: CampaignResult, n: number): string => `${fmt((100 * n) / Math.max(1, r.summary.activated), 1)}% of ${r.summary.activated} activated`;
console.log(`default campaign (twin): ${fmt(twin.hostSeconds, 1)} s for ${twin.records.length} faults (goal < 300 s) — ${twin.hostSeconds < 300 ? 'met' : 'NOT met'}`);
for (const r of [twin, base]) {
  console.log(`corrupted, ${r.target}: ${r.summary.total.corrupted} faults (${share(r, r.summary.activatedTotal.corrupted)}), by domain and writer:`);
  console.log(corruptionMatrix(r.summary).map((l) => `  ${l}`).join('\n'));
}
console.log(`SVM's guarantee (no hypervisor or guest memory changed by the driver's code or a routine on its pointer): twin ${twin.summary.svmBreaches} faults (goal 0) — ${twin.summary.svmBreaches === 0 ? 'met' : 'NOT met'}; unprotected ${base.summary.svmBreaches} (${share(base, base.summary.svmBreaches)})`);
console.log(`outside SVM's reach: dom0 by the driver's code twin ${twin.summary.dom0ByDriver}, unprotected ${base.summary.dom0ByDriver}; by DMA (no IOMMU) twin ${twin.summary.byDma}, unprotected ${base.summary.byDma}`);
console.log(`system-failure (the hypervisor crashed or hung): twin ${twin.summary.total['system-failure']} (goal 0) — ${twin.summary.total['system-failure'] === 0 ? 'met' : 'NOT met'}; unprotected ${base.summary.total['system-failure']} (${share(base, base.summary.activatedTotal['system-failure'])}; crashes ${base.summary.systemFailures.crash}, hangs ${base.summary.systemFailures.hang})`);
console.log(`caught by the write watch / by checksums: twin ${twin.summary.caughtBy.watch}/${twin.summary.caughtBy.checksum}, unprotected ${base.summary.caughtBy.watch}/${base.summary.caughtBy.checksum}`);
console.log(`\nDMA faults alone (${dmaFaults} each), without and with an IOMMU restricting the NIC to dom0's memory:`);
console.log(campaignTable(dma).join('\n'));
for (const r of dma) console.log(`  ${r.target}${r.iommu ? ' + IOMMU' : ''}: corrupted in ${inDomains(r)}; contained by ${Object.entries(r.summary.detections).map(([k, v]) => `${k} ${v}`).join(', ') || 'nothing'}`);

// What the write watch costs: the fault-free workload of each target, watched and not, alternating,
// after a warm-up of both (the campaigns ran in worker threads: this thread's JIT starts cold).
const WARM = 4, REPS = 12;
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;
for (const target of ['twin', 'unprotected'] as const) {
  const w = context.workload;
  const plain = (): unknown => runConfig({ config: target, packets: w.packets, size: w.size, guests: w.guests, objects: context.clean, invocationBudget: w.invocationBudget, dom0EntryBudget: w.dom0EntryBudget, poolSkbs: poolFor(w), memory: campaignMemory() });
  const times = { watched: [] as number[], plain: [] as number[] };
  for (let i = 0; i < 2 * (WARM + REPS); i++) {
    const t = performance.now();
    if (i % 2 === 0) runWorkload(context, context.clean, target); else plain();
    if (i >= 2 * WARM) (i % 2 === 0 ? times.watched : times.plain).push(performance.now() - t);
  }
  console.log(`${target === 'twin' ? '\n' : ''}write watch, ${target}: the fault-free run (${w.packets} packets each way) takes ${fmt(median(times.watched), 1)} ms with protected memory watched, ${fmt(median(times.plain), 1)} ms without (median of ${REPS} after ${WARM} warm-up runs): x${fmt(median(times.watched) / median(times.plain), 2)}`);
}
