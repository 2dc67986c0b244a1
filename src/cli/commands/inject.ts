// `twindrivers inject --faults N --seed S [--types T,...] [--target twin|unprotected] [--packets P]
// [--sites executed|all] [--iommu] [--workers W] [--driver NAME|FILE.s] [--json|--jsonl]`: a
// fault-injection campaign (src/inject/campaign.ts) with a progress bar and its summary
// (src/report/campaign-text.ts: outcomes per fault type, most severe first, corruption by domain and
// writer); --json prints the CampaignResult (one record per fault),
// --jsonl streams the records as they finish (nothing is lost if a long campaign is cut short).

import type { Command } from 'commander';
import { CAMPAIGN_PACKETS, FAULT_TYPES, TARGETS, type FaultRecord, type FaultType } from '../../inject/types.js';
import { EXIT, usage } from '../errors.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import type { Ctx } from '../main.js';
import { choice, exclusive, intOption, SVM_HELP } from '../options.js';
import { progressBar } from '../progress.js';

export const SITE_MODES = ['executed', 'all'] as const;

export function parseTypes(v: string | undefined): FaultType[] {
  if (v === undefined || v === 'all') return [...FAULT_TYPES];
  const out: FaultType[] = [];
  for (const raw of v.split(',')) {
    const t = raw.trim().toUpperCase();
    if (!(FAULT_TYPES as readonly string[]).includes(t)) throw usage(`--types: unknown fault type '${raw}' (known: ${FAULT_TYPES.join(', ')})`);
    if (!out.includes(t as FaultType)) out.push(t as FaultType);
  }
  if (!out.length) throw usage('--types names no fault type');
  return out;
}

export function registerInject(program: Command, ctx: Ctx): void {
  program
    .command('inject')
    .description('fault-injection campaign on the hypervisor instance (Rio/Nooks fault types), outcomes per type')
    .requiredOption('--faults <n>', 'faults to inject', intOption('--faults', 1, 1_000_000))
    .option('--seed <s>', 'campaign seed (same seed, same faults, same results)', intOption('--seed', 0, 0xffffffff), 1)
    .option('--types <list>', `comma-separated fault types, or all: ${FAULT_TYPES.join(',')}`)
    .option('--target <t>', `${TARGETS.join(' or ')}: the rewritten driver under SVM, or the original driver in the hypervisor`, 'twin')
    .option('--packets <n>', 'packets per direction per fault', intOption('--packets', 1, 100_000), CAMPAIGN_PACKETS)
    .option('--sites <s>', 'code fault sites: executed (in a fault-free run) or all', 'executed')
    .option('--iommu', 'restrict the NIC\'s DMA to dom0\'s memory (an IOMMU)')
    .option('--workers <n>', 'worker threads (default: the machine\'s parallelism, at most 8)', intOption('--workers', 1, 64))
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--svm <mode>', SVM_HELP, 'stlb')
    .option('--json', 'print the campaign result (one record per fault) as JSON')
    .option('--jsonl', 'stream one JSON record per line as each fault finishes, then a line with the summary')
    .action(async (opts: { faults: number; seed: number; types?: string; target: string; packets: number; sites: string; iommu?: boolean; workers?: number; driver: string[]; json?: boolean; jsonl?: boolean; svm: string }, cmd: Command) => {
      exclusive(cmd, 'json', 'jsonl');
      const svm = choice('--svm', opts.svm, (await import('../../svm-runtime/abi.js')).SVM_MODES);
      const target = choice('--target', opts.target, TARGETS);
      const sites = choice('--sites', opts.sites, SITE_MODES);
      const types = parseTypes(opts.types);
      const spec = await readDriver(opts.driver, { objects: false });
      // A module of several parts: code faults go into any part (run-time faults are the sample driver's).
      const source = spec?.parts[0];
      const parts = spec && spec.parts.length > 1 ? spec.parts : undefined;
      const [{ prepareCampaign }, { runCampaign }, { renderCampaign }] = await Promise.all([
        import('../../inject/campaign.js'), import('../../inject/pool.js'), import('../../report/campaign-text.js'),
      ]);
      const bar = ctx.io.isTTY?.() ? progressBar(ctx.io, `inject ${target}`) : null;
      bar?.status('profiling the fault-free run');
      const context = prepareCampaign({ ...(parts ? { parts } : source ? { source } : {}), sites, svm, workload: { packets: opts.packets, iommu: opts.iommu ?? false } });
      const result = await runCampaign({
        faults: opts.faults, seed: opts.seed, target, types, context, ...(opts.workers ? { workers: opts.workers } : {}),
        ...(bar ? { progress: (d: number, t: number) => bar.update(d, t) } : {}),
        ...(opts.jsonl ? { onRecord: (rec: FaultRecord) => ctx.io.stdout(JSON.stringify(rec) + '\n') } : {}),
      });
      bar?.done();
      if (opts.json) ctx.io.stdout(JSON.stringify(result, null, 2) + '\n');
      else if (opts.jsonl) ctx.io.stdout(JSON.stringify({ ...result, records: undefined }) + '\n');
      else ctx.io.stdout(renderCampaign(result));
      if (result.summary.total['emulator-failure'] > 0) ctx.exitCode = EXIT.failed;
    });
}
