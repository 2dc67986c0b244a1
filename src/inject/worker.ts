// Worker thread of a campaign (pool.ts): rebuilds the campaign context from its seed, then runs
// each fault spec it is sent and answers with the fault's record.

import { parentPort, workerData } from 'node:worker_threads';
import { contextFrom, runFault, type ContextSeed, type FaultSpec } from './campaign.js';
import type { Target } from './types.js';

const data = workerData as { seed: ContextSeed; target: Target };
const ctx = contextFrom(data.seed);
const port = parentPort!;
port.on('message', (spec: FaultSpec) => {
  port.postMessage({ record: runFault(ctx, spec, data.target) });
});
port.postMessage({ ready: true });
