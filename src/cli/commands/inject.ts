// `twindrivers inject --faults N --seed S [--types T,...] [--target twin|unprotected] [--packets P]
// [--sites executed|all] [--iommu] [--workers W] [--driver FILE.s] [--json|--jsonl]`: a
// fault-injection campaign (src/inject/campaign.ts) with a progress bar and its summary
// (src/report/campaign-text.ts: outcomes per fault type, most severe first); --json prints the CampaignResult (one record per fault),
// --jsonl streams the records as they finish (nothing is lost if a long campaign is cut short).

import type { Command } from 'commander';
import { DEFAULT_WORKLOAD, prepareCampaign } from '../../inject/campaign.js';
import { defaultWorkers, runCampaign } from '../../inject/pool.js';
import { FAULT_TYPES, TARGETS, type FaultRecord, type FaultType, type Target } from '../../inject/types.js';
import { renderCampaign } from '../../report/campaign-text.js';
import { CliError } from '../errors.js';
import type { Ctx } from '../main.js';
import { progressBar } from '../progress.js';

function int(name: string, min: number, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\s*\d+\s*$/.test(v) || !Number.isInteger(n) || n < min || n > max) throw new CliError(`${name} must be an integer in ${min}..${max}, got '${v}'`, 2);
    return n;
  };
}

export function parseTypes(v: string | undefined): FaultType[] {
  if (v === undefined || v === 'all') return [...FAULT_TYPES];
  const out: FaultType[] = [];
  for (const raw of v.split(',')) {
    const t = raw.trim().toUpperCase();
    if (!(FAULT_TYPES as readonly string[]).includes(t)) throw new CliError(`--types: unknown fault type '${raw}' (known: ${FAULT_TYPES.join(', ')})`, 2);
    if (!out.includes(t as FaultType)) out.push(t as FaultType);
  }
  if (!out.length) throw new CliError('--types names no fault type', 2);
  return out;
}

export function registerInject(program: Command, ctx: Ctx): void {
  program
    .command('inject')
    .description('fault-injection campaign on the hypervisor instance (Rio/Nooks fault types), outcomes per type')
    .requiredOption('--faults <n>', 'faults to inject', int('--faults', 1, 1_000_000))
    .option('--seed <s>', 'campaign seed (same seed, same faults, same results)', int('--seed', 0, 0xffffffff), 1)
    .option('--types <list>', `comma-separated fault types, or all: ${FAULT_TYPES.join(',')}`)
    .option('--target <t>', `twin (rewritten, SVM) or unprotected (original driver in the hypervisor)`, 'twin')
    .option('--packets <n>', 'packets per direction per fault', int('--packets', 1, 100_000), DEFAULT_WORKLOAD.packets)
    .option('--sites <s>', 'code fault sites: executed (in a fault-free run) or all', 'executed')
    .option('--iommu', 'restrict the NIC\'s DMA to dom0\'s memory (an IOMMU)')
    .option('--workers <n>', 'worker threads', int('--workers', 1, 64), defaultWorkers())
    .option('--driver <file.s>', 'driver assembly (default: the bundled e1000like)')
    .option('--json', 'print the campaign result (one record per fault) as JSON')
    .option('--jsonl', 'stream one JSON record per line as each fault finishes, then a line with the summary')
    .action(async (opts: { faults: number; seed: number; types?: string; target: string; packets: number; sites: string; iommu?: boolean; workers: number; driver?: string; json?: boolean; jsonl?: boolean }) => {
      if (opts.json && opts.jsonl) throw new CliError('--json and --jsonl exclude each other', 2);
      if (!(TARGETS as readonly string[]).includes(opts.target)) throw new CliError(`--target must be one of ${TARGETS.join(', ')}, got '${opts.target}'`, 2);
      if (opts.sites !== 'executed' && opts.sites !== 'all') throw new CliError(`--sites must be 'executed' or 'all', got '${opts.sites}'`, 2);
      const types = parseTypes(opts.types);
      const bar = ctx.io.isTTY?.() ? progressBar(ctx.io, `inject ${opts.target}`) : null;
      bar?.status('profiling the fault-free run');
      const context = prepareCampaign({ ...(opts.driver ? { source: opts.driver } : {}), sites: opts.sites, workload: { packets: opts.packets, iommu: opts.iommu ?? false } });
      const result = await runCampaign({
        faults: opts.faults, seed: opts.seed, target: opts.target as Target, types, context, workers: opts.workers,
        ...(bar ? { progress: (d: number, t: number) => bar.update(d, t) } : {}),
        ...(opts.jsonl ? { onRecord: (rec: FaultRecord) => ctx.io.stdout(JSON.stringify(rec) + '\n') } : {}),
      });
      bar?.done();
      if (opts.json) ctx.io.stdout(JSON.stringify(result, null, 2) + '\n');
      else if (opts.jsonl) ctx.io.stdout(JSON.stringify({ ...result, records: undefined }) + '\n');
      else ctx.io.stdout(renderCampaign(result));
      if (result.summary.total['emulator-failure'] > 0) ctx.exitCode = 1;
    });
}
