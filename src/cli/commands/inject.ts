// `twindrivers inject --faults N --seed S [--types T,...] [--target twin|unprotected] [--packets P]
// [--sites executed|all] [--iommu] [--workers W] [--driver NAME|FILE.s] [--json|--jsonl]`: a
// fault-injection campaign (src/inject/campaign.ts) with a progress bar, a table of outcomes per
// fault type and the corruption count; --json prints the CampaignResult (one record per fault),
// --jsonl streams the records as they finish (nothing is lost if a long campaign is cut short).

import type { Command } from 'commander';
import { FAULT_TYPES, OUTCOMES, TARGETS, type CampaignResult, type FaultRecord, type FaultType } from '../../inject/types.js';
import { EXIT, usage } from '../errors.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import type { Ctx } from '../main.js';
import { choice, exclusive, intOption } from '../options.js';
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
    .option('--packets <n>', 'packets per direction per fault', intOption('--packets', 1, 100_000), 48)
    .option('--sites <s>', 'code fault sites: executed (in a fault-free run) or all', 'executed')
    .option('--iommu', 'restrict the NIC\'s DMA to dom0\'s memory (an IOMMU)')
    .option('--workers <n>', 'worker threads (default: the machine\'s parallelism, at most 8)', intOption('--workers', 1, 64))
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--json', 'print the campaign result (one record per fault) as JSON')
    .option('--jsonl', 'stream one JSON record per line as each fault finishes, then a line with the summary')
    .action(async (opts: { faults: number; seed: number; types?: string; target: string; packets: number; sites: string; iommu?: boolean; workers?: number; driver: string[]; json?: boolean; jsonl?: boolean }, cmd: Command) => {
      exclusive(cmd, 'json', 'jsonl');
      const target = choice('--target', opts.target, TARGETS);
      const sites = choice('--sites', opts.sites, SITE_MODES);
      const types = parseTypes(opts.types);
      const spec = await readDriver(opts.driver, { objects: false });
      if (spec && spec.parts.length > 1) {
        const { DriverError } = await import('../../platform/driver-objects.js');
        throw new DriverError(`${spec.name}: fault campaigns inject code faults into one assembly file and run it as twin; this module has ${spec.parts.length} parts (campaigns on modules of several parts are not implemented)`);
      }
      const source = spec?.parts[0];
      const [{ prepareCampaign }, { runCampaign }] = await Promise.all([import('../../inject/campaign.js'), import('../../inject/pool.js')]);
      const bar = ctx.io.isTTY?.() ? progressBar(ctx.io, `inject ${target}`) : null;
      bar?.status('profiling the fault-free run');
      const context = prepareCampaign({ ...(source ? { source } : {}), sites, workload: { packets: opts.packets, iommu: opts.iommu ?? false } });
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

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function renderCampaign(r: CampaignResult): string {
  const s = r.summary;
  const n = r.records.length;
  const lines = [
    `campaign: ${n} faults on the ${r.target === 'twin' ? 'twin (rewritten driver under SVM)' : 'unprotected baseline (original driver in the hypervisor)'}, seed ${r.seed}, ${r.packetsPerFault} packets each way per fault${r.iommu ? ', IOMMU on' : ''}`,
    '',
    `${pad('type', 10)}${OUTCOMES.map((o) => lpad(o, 18)).join('')}${lpad('activated', 11)}`,
  ];
  for (const t of r.types) {
    const c = s.byType[t];
    if (!c) continue;
    const act = r.records.filter((x) => x.type === t && x.activated).length;
    lines.push(`${pad(t, 10)}${OUTCOMES.map((o) => lpad(String(c[o]), 18)).join('')}${lpad(String(act), 11)}`);
  }
  for (const t of r.skippedTypes) lines.push(`${pad(t, 10)}no site: ${r.sites === 'executed' ? 'the workload runs no instruction this type applies to (--sites all widens the choice)' : 'no instruction in the driver this type applies to'}`);
  lines.push(`${pad('total', 10)}${OUTCOMES.map((o) => lpad(String(s.total[o]), 18)).join('')}${lpad(String(s.activated), 11)}`);
  lines.push('');
  const det = Object.entries(s.detections).sort((a, b) => b[1] - a[1]);
  lines.push(`detected by: ${det.length ? det.map(([k, v]) => `${k} ${v}`).join(', ') : 'nothing'}`);
  lines.push(`hypervisor or other-domain memory corrupted: ${s.total.corrupted} (by the CPU ${s.corruptedVia.cpu}, by DMA ${s.corruptedVia.dma}${s.corruptedVia.dma ? ' — DMA is outside SVM\'s reach; --iommu closes it' : ''})`);
  lines.push(`faults that crashed or hung the hypervisor itself: ${s.hypervisorCrashes}`);
  lines.push(`emulator failures: ${s.total['emulator-failure']}`);
  const worst = r.records.filter((x) => x.outcome === 'corrupted' || x.outcome === 'emulator-failure').slice(0, 5);
  for (const w of worst) {
    const where = w.site.kind === 'code' ? `${w.site.function} line ${w.site.line}: ${w.site.original} -> ${w.site.mutated.join('; ') || '(deleted)'}` : JSON.stringify(w.site);
    lines.push(`  #${w.index} ${w.type} ${w.outcome}: ${where}\n      ${w.detail}`);
  }
  lines.push(`host time ${r.hostSeconds.toFixed(1)} s (${r.faultsPerSecond.toFixed(1)} faults/s)`);
  return lines.join('\n') + '\n';
}
