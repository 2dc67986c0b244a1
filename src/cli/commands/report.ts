// `twindrivers report [-o report.html] [--campaign FILE.json]... [--faults N] [--seed S] [--packets N]
// [--size B] [--driver NAME|FILE]... [--json]`: one self-contained HTML report — static and dynamic
// expansion, packet results per configuration, the upcall sweep, and fault campaigns: the ones given
// (JSON from `twindrivers inject --json`: one CampaignResult or an array), or else a campaign of
// --faults faults run here on the twin and on the unprotected baseline. The driver is the bundled
// sample unless --driver names another (a bundled driver or module parts: its figures, with the
// sample's instructions per packet beside them). `--json` prints the ReportData instead (and writes
// the HTML only when -o is given).

import type { Command } from 'commander';
import { TARGETS, type CampaignResult } from '../../inject/types.js';
import type { ReportData } from '../../report/types.js';
import { EXIT } from '../errors.js';
import { checkOutput, readText, writeText } from '../io.js';
import type { Ctx } from '../main.js';
import { intOption, onlyWhen } from '../options.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import { progressBar, progressLine } from '../progress.js';
import { failedRuns } from './stats.js';

const DEFAULT_OUTPUT = 'report.html';

/** Campaigns from the files given, with errors naming the file and the offending value. */
export async function readCampaigns(files: readonly string[]): Promise<CampaignResult[]> {
  const { parseCampaignJson } = await import('../../report/campaign.js');
  const out: CampaignResult[] = [];
  for (const f of files) out.push(...parseCampaignJson(readText(f, 'JSON from `twindrivers inject --json`'), f));
  return out;
}

export function registerReport(program: Command, ctx: Ctx): void {
  program
    .command('report')
    .description('write a self-contained HTML report: static and dynamic expansion, packet results, upcall sweep, fault campaigns')
    .option('-o, --output <file>', `HTML file to write (default: ${DEFAULT_OUTPUT}; with --json only when given)`)
    .option('--campaign <file.json>', 'fault campaign(s) from `twindrivers inject --json` (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--packets <n>', 'packets per direction per run', intOption('--packets', 1, 10_000_000), 1000)
    .option('--size <bytes>', 'Ethernet frame size (60..1514)', intOption('--size', 60, 1514), 1514)
    .option('--faults <n>', 'without --campaign: run a fault campaign of N faults on the twin and on the unprotected baseline (0: none)', intOption('--faults', 0, 1_000_000), 140)
    .option('--seed <s>', 'seed of that campaign', intOption('--seed', 0, 0xffffffff), 1)
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--json', 'print the report data as JSON instead of writing HTML')
    .action(async (opts: { output?: string; campaign: string[]; packets: number; size: number; faults: number; seed: number; driver: string[]; json?: boolean }, cmd: Command) => {
      const spec = await readDriver(opts.driver, { objects: false });
      const ownCampaign = !opts.campaign.length;
      onlyWhen(cmd, 'faults', ownCampaign, 'without --campaign (the campaigns given replace it)');
      onlyWhen(cmd, 'seed', ownCampaign && opts.faults > 0, 'to the campaign run here (without --campaign, with --faults > 0)');
      const output = opts.output ?? (opts.json ? undefined : DEFAULT_OUTPUT);
      if (output !== undefined) checkOutput(output);
      // Campaign files are checked before the (long) platform runs.
      const campaigns = await readCampaigns(opts.campaign);
      if (ownCampaign && opts.faults > 0) {
        const [{ prepareCampaign }, { runCampaign }] = await Promise.all([import('../../inject/campaign.js'), import('../../inject/pool.js')]);
        const bar = progressBar(ctx.io, 'campaign');
        const tty = ctx.io.isTTY?.() ?? false;
        if (tty) bar.status('profiling the fault-free run');
        const driverParts = spec?.parts ?? [];
        const context = prepareCampaign(driverParts.length > 1 ? { parts: driverParts } : driverParts.length ? { source: driverParts[0]! } : {});
        for (const target of TARGETS) {
          campaigns.push(await runCampaign({ faults: opts.faults, seed: opts.seed, target, context, ...(tty ? { progress: (d: number, t: number) => bar.update(d, t) } : {}) }));
        }
        if (tty) bar.done();
      }
      const [{ collectReport }, { renderHtml }] = await Promise.all([import('../../report/collect.js'), import('../../report/html.js')]);
      const p = progressLine(ctx.io);
      const parts = spec?.parts ?? [];
      const data = collectReport({
        packets: opts.packets, size: opts.size, campaigns, modes: true, ...(p.progress ? { progress: p.progress } : {}),
        ...(parts.length ? { file: parts.length > 1 ? spec!.name : parts[0]! } : {}), ...(parts.length > 1 ? { parts } : {}),
      });
      p.done();
      if (output !== undefined) {
        const html = renderHtml(data);
        writeText(output, html);
        if (!opts.json) ctx.io.stdout(`wrote ${output} (${Math.ceil(Buffer.byteLength(html) / 1024)} KiB): ${summaryLine(data)}\n`);
      }
      if (opts.json) ctx.io.stdout(JSON.stringify(data, null, 2) + '\n');
      const failed = failedRuns(data);
      if (failed.length) {
        ctx.io.stderr(`twindrivers: warning: runs with failures, lost frames or safety events: ${failed.map((r) => (r.upcallsForced.length ? `${r.config} K=${r.upcallsForced.length}` : r.config)).join(', ')} (see the report)\n`);
        ctx.exitCode = EXIT.failed;
      }
    });
}

/** One line: static expansion, dynamic twin/native per direction, campaigns, host time. */
export function summaryLine(d: ReportData): string {
  const t = d.static.total;
  const parts = [`static x${t.expansion.toFixed(2)} (${t.perAccess.toFixed(2)} inserted per access)`];
  if (d.dynamic) {
    for (const dir of ['tx', 'rx'] as const) {
      const r = d.dynamic[dir].twinVsNative;
      if (r !== null) parts.push(`${dir.toUpperCase()} twin/native x${r.toFixed(2)}`);
    }
  } else parts.push('no dynamic runs');
  if (d.upcallSweep) parts.push(`upcall sweep K=0..${d.upcallSweep.points.length - 1}`);
  parts.push(d.campaigns.length ? `${d.campaigns.length} campaign${d.campaigns.length > 1 ? 's' : ''} (${d.campaigns.map((c) => c.target).join(', ')})` : 'no campaign');
  parts.push(`${d.timing.reduce((a, x) => a + x.seconds, 0).toFixed(1)} s`);
  return parts.join('; ');
}
