// bench/inject: faults per second of the default campaign and its safety figures, twin and the
// unprotected baseline side by side, over the same fault plan (same seed) in one run. Goals
// (issue 8): the default campaign (>= 2,000 faults over all types) in under 5 minutes, and zero
// hypervisor/foreign-memory corruptions under SVM; the unprotected baseline's count printed beside.
// Run: npm run bench:inject   (FAULTS=N SEED=S WORKERS=W to change it)

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { prepareCampaign } from '../src/inject/campaign.js';
import { runCampaign } from '../src/inject/pool.js';
import { FAULT_TYPES, type CampaignResult } from '../src/inject/types.js';
import { fmt, table } from './util.js';

const faults = Number(process.env.FAULTS ?? 2000);
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

console.log(`${faults} faults over ${FAULT_TYPES.length} types (seed ${seed}), ${context.workload.packets} packets each way per fault, ${workers} worker threads; profile run ${fmt(prepSeconds, 1)} s`);
const rows = results.map((r) => [r.target, r.records.length, fmt(r.hostSeconds, 1), fmt(r.faultsPerSecond, 1), r.summary.total['no-effect'], r.summary.total.detected, r.summary.total.wrong,
  r.summary.corruptedVia.cpu, r.summary.corruptedVia.dma, r.summary.hypervisorCrashes, r.summary.total['emulator-failure']]);
console.log(table(['target', 'faults', 'seconds', 'faults/s', 'no effect', 'detected', 'wrong', 'corrupt(cpu)', 'corrupt(dma)', 'hv crashes', 'emu fail'], rows));
const twin = results[0]!, base = results[1]!;
console.log(`default campaign (twin): ${fmt(twin.hostSeconds, 1)} s for ${twin.records.length} faults (goal < 300 s) — ${twin.hostSeconds < 300 ? 'met' : 'NOT met'}`);
console.log(`hypervisor/foreign-memory corruptions by the CPU under SVM: ${twin.summary.corruptedVia.cpu} (goal 0) — ${twin.summary.corruptedVia.cpu === 0 ? 'met' : 'NOT met'}; unprotected baseline: ${base.summary.corruptedVia.cpu}`);
console.log(`corruptions by DMA (outside SVM's reach; --iommu closes it): twin ${twin.summary.corruptedVia.dma}, unprotected ${base.summary.corruptedVia.dma}`);
console.log(`faults that crashed or hung the hypervisor: twin ${twin.summary.hypervisorCrashes}, unprotected ${base.summary.hypervisorCrashes}`);
