import { performance } from 'node:perf_hooks';
import { prepareCampaign } from './src/inject/campaign.js';
import { campaignMemory } from './src/inject/context.js';
import { poolFor, runWorkload } from './src/inject/fault-run.js';
import { runConfig } from './src/platform/run.js';
const ctx = prepareCampaign();
const w = ctx.workload;
for (const target of ['unprotected', 'twin'] as const) {
  for (let rep = 0; rep < 3; rep++) {
    let t = performance.now();
    runWorkload(ctx, ctx.clean, target);
    const a = performance.now() - t;
    t = performance.now();
    runConfig({ config: target, packets: w.packets, size: w.size, guests: w.guests, objects: ctx.clean, invocationBudget: w.invocationBudget, dom0EntryBudget: w.dom0EntryBudget, poolSkbs: poolFor(w), memory: campaignMemory() });
    const b = performance.now() - t;
    console.log(target, 'watched', a.toFixed(0), 'plain', b.toFixed(0));
  }
}
