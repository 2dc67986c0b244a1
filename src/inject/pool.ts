// Campaigns over worker threads: the main thread prepares the context once (profile run, plan),
// then hands fault specs one at a time to W workers, each of which rebuilt the context from its
// seed; records come back in completion order and are sorted by fault index at the end, so the
// result is the same for any number of workers. From TypeScript sources (tests, tsx) the faults
// run in this thread: worker threads need the compiled JavaScript.

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishCampaign, planCampaign, prepareCampaign, runCampaignSync, seedOf, type CampaignOptions, type FaultSpec } from './campaign.js';
import { FAULT_TYPES, type CampaignResult, type FaultRecord } from './types.js';

export interface PoolOptions extends CampaignOptions {
  /** Worker threads (default: the machine's parallelism, at most 8; 1 runs in this thread). */
  readonly workers?: number;
}

/** Whether this module runs as compiled JavaScript (worker threads available). */
export function compiled(): boolean {
  return import.meta.url.endsWith('.js');
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function runCampaign(o: PoolOptions): Promise<CampaignResult> {
  const workers = Math.max(1, Math.floor(o.workers ?? defaultWorkers()));
  if (workers === 1 || !compiled()) return runCampaignSync(o);
  const t0 = performance.now();
  const ctx = o.context ?? prepareCampaign(o.prepare);
  const types = o.types ?? FAULT_TYPES;
  const { specs, skipped } = planCampaign(ctx, o.faults, o.seed, types);
  const records: FaultRecord[] = [];
  const queue: FaultSpec[] = [...specs];
  const seed = seedOf(ctx);
  const script = fileURLToPath(new URL('./worker.js', import.meta.url));
  await new Promise<void>((resolve, reject) => {
    let live = Math.min(workers, queue.length);
    if (live === 0) { resolve(); return; }
    let failed = false;
    for (let k = 0; k < Math.min(workers, queue.length); k++) {
      const w = new Worker(script, { workerData: { seed, target: o.target } });
      const next = (): void => {
        const s = queue.shift();
        if (s) w.postMessage(s);
        else void w.terminate();
      };
      w.on('message', (m: { ready?: true; record?: FaultRecord }) => {
        if (m.record) {
          records.push(m.record);
          o.onRecord?.(m.record);
          o.progress?.(records.length, specs.length);
        }
        next();
      });
      w.on('error', (e) => { if (!failed) { failed = true; reject(e); } });
      w.on('exit', () => { if (--live === 0 && !failed) resolve(); });
    }
  });
  return finishCampaign(ctx, o, types, skipped, records, (performance.now() - t0) / 1000);
}
