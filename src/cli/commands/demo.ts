// `twindrivers demo [--packets N] [--faults F] [--seed S] [--driver NAME|FILE]... [--json]`: the
// whole story on a driver (default: the bundled sample) in one command — rewrite it (SVM), assemble both versions with GNU as, verify the
// hypervisor instance independently, load it as twin instances, move verified packets both ways in
// every configuration, run a short fault campaign on the twin and on the unprotected baseline, and
// print a compact summary: expansion, packets, upcalls, safety. Exit status 3 when anything that
// must hold does not (a lost or corrupt packet in a clean run, a safety event without a fault, a
// corruption under SVM, an emulator failure, an object that does not verify).

import type { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { TARGETS, type CampaignResult } from '../../inject/types.js';
import { CONFIGS, WITH_GUESTS } from '../../platform/configs.js';
import type { RunReport } from '../../platform/run.js';
import { sampleDriverAsm } from '../../util/paths.js';
import type { VerifyResult } from '../../verifier/index.js';
import { EXIT } from '../errors.js';
import type { Ctx } from '../main.js';
import { intOption, onlyWhen } from '../options.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import { progressBar } from '../progress.js';

export interface DemoResult {
  readonly driver: string;
  readonly rewrite: { readonly before: number; readonly after: number; readonly stub: number; readonly expansion: number; readonly translated: number; readonly perAccess: number; readonly spillSites: number };
  readonly verify: { readonly ok: boolean; readonly violations: number; readonly instructions: number; readonly translated: number };
  readonly runs: readonly RunReport[];
  readonly campaigns: readonly CampaignResult[];
  readonly seconds: { readonly rewrite: number; readonly verify: number; readonly runs: number; readonly campaigns: number; readonly total: number };
  readonly problems: readonly string[];
}

export function registerDemo(program: Command, ctx: Ctx): void {
  program
    .command('demo')
    .description('the main job on the bundled driver: rewrite, verify, load both instances, packets in every configuration, a short fault campaign, a summary')
    .option('--packets <n>', 'packets per direction per configuration', intOption('--packets', 1, 1_000_000), 2000)
    .option('--faults <n>', `faults per campaign (twin and unprotected; 0: none; default ${DEMO_FAULTS.sample} on the sample driver, ${DEMO_FAULTS.modules} on a module of several parts, whose faulty part is rewritten and relinked per fault)`, intOption('--faults', 0, 100_000))
    .option('--seed <s>', 'campaign seed', intOption('--seed', 0, 0xffffffff), 1)
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--json', 'print the full result as JSON')
    .action(async (opts: { packets: number; faults?: number; seed: number; driver: string[]; json?: boolean }, cmd: Command) => {
      onlyWhen(cmd, 'seed', opts.faults !== 0, 'to a campaign (--faults > 0)');
      const spec = await readDriver(opts.driver);
      const faults = opts.faults ?? (spec && spec.parts.length > 1 ? DEMO_FAULTS.modules : DEMO_FAULTS.sample);
      const [{ driverObjects }, { runConfig }, { verifyObject }, { derived }] = await Promise.all([
        import('../../platform/driver-objects.js'), import('../../platform/run.js'), import('../../verifier/index.js'), import('../../rewriter/rewrite.js'),
      ]);
      const bar = progressBar(ctx.io, 'demo');
      const tty = ctx.io.isTTY?.() ?? false;
      const step = (s: string): void => { if (tty) bar.status(s); };
      const t0 = performance.now();
      const problems: string[] = [];

      step('rewriting and assembling the driver');
      const objects = driverObjects(spec ?? sampleDriverAsm());
      const t1 = performance.now();
      step('verifying the hypervisor instance');
      const v: VerifyResult = verifyObject(objects.rewritten);
      if (!v.ok) problems.push(`the rewritten driver does not verify (${v.violations.length} violations)`);
      const t2 = performance.now();

      const runs: RunReport[] = [];
      for (const config of CONFIGS) {
        const total = 2 * opts.packets;
        const r = runConfig({
          config, packets: opts.packets, size: 1514, guests: WITH_GUESTS.includes(config) ? 2 : 1, objects,
          ...(tty ? { progress: (d: number) => bar.update(d, total) } : {}),
          ...(config === 'twin' ? { verify: (o) => { const x = verifyObject(o); return x.violations.map((y) => `${y.where}: ${y.rule}: ${y.reason}`); } } : {}),
        });
        if (tty) bar.status(`${config}: done`);
        runs.push(r);
        if (r.setupFailure) problems.push(`${config}: ${r.setupFailure}`);
        for (const [dir, d] of [['TX', r.tx], ['RX', r.rx]] as const) {
          if (d && (d.sink.ok !== opts.packets || d.sink.lost || d.sink.corrupt || d.sink.duplicate)) problems.push(`${config} ${dir}: ${d.sink.ok}/${opts.packets} verified`);
        }
        if (r.safety.length) problems.push(`${config}: ${r.safety.length} safety events in a clean run`);
      }
      const t3 = performance.now();

      const campaigns: CampaignResult[] = [];
      const parts = objects.spec.parts;
      if (faults > 0) {
        const [{ prepareCampaign }, { runCampaign }] = await Promise.all([import('../../inject/campaign.js'), import('../../inject/pool.js')]);
        step('profiling the fault-free run');
        const context = prepareCampaign(parts.length > 1 ? { parts } : { source: parts[0]! });
        for (const target of TARGETS) {
          campaigns.push(await runCampaign({ faults, seed: opts.seed, target, context, ...(tty ? { progress: (d: number, t: number) => bar.update(d, t) } : {}) }));
        }
        for (const c of campaigns) {
          if (c.summary.total['emulator-failure']) problems.push(`${c.target} campaign: ${c.summary.total['emulator-failure']} emulator failures`);
        }
        const twin = campaigns.find((c) => c.target === 'twin');
        if (twin && twin.summary.svmBreaches) problems.push(`twin campaign: ${twin.summary.svmBreaches} faults wrote hypervisor or guest memory through the driver's code or a hypervisor routine under SVM`);
        if (twin && twin.summary.total['system-failure']) problems.push(`twin campaign: ${twin.summary.total['system-failure']} faults crashed or hung the hypervisor under SVM`);
      }
      const t4 = performance.now();
      bar.done();

      const tot = objects.report.total;
      const dr = derived(tot);
      const result: DemoResult = {
        driver: objects.source,
        rewrite: { before: tot.before, after: tot.after, stub: tot.stub, expansion: dr.expansion, translated: tot.translated, perAccess: dr.perAccess, spillSites: tot.spillSites },
        verify: { ok: v.ok, violations: v.violations.length, instructions: v.counts.instructions, translated: v.counts.translated },
        runs, campaigns, problems,
        seconds: { rewrite: (t1 - t0) / 1000, verify: (t2 - t1) / 1000, runs: (t3 - t2) / 1000, campaigns: (t4 - t3) / 1000, total: (t4 - t0) / 1000 },
      };
      const { campaignTable } = await import('../../report/campaign-text.js');
      ctx.io.stdout(opts.json ? JSON.stringify(result, null, 2) + '\n' : renderDemo(result, campaignTable));
      if (problems.length) ctx.exitCode = EXIT.failed;
    });
}

/** Default faults per campaign: a module of several parts rewrites and relinks its faulty part per fault (seconds each). */
const DEMO_FAULTS = { sample: 56, modules: 8 } as const;

const f0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** The --driver arguments naming the driver the demo ran (a bundled name, or its parts). */
function driverArgs(source: string): string {
  return source.split('+').map((p) => `--driver ${p}`).join(' ');
}

/** The text summary; `campaignTable` lays the campaigns side by side (src/report/campaign-text.ts, loaded when the demo runs). */
export function renderDemo(d: DemoResult, campaignTable: (cs: readonly CampaignResult[]) => string[]): string {
  const w = d.rewrite;
  const out: string[] = [];
  out.push(`twindrivers demo — ${d.driver.split('/').slice(-2).join('/')}`);
  out.push('');
  out.push(`rewrite   ${f0(w.before)} instructions -> ${f0(w.after)} inline (x${f2(w.expansion)}) + ${f0(w.stub)} in out-of-line stubs; ` +
    `${f0(w.translated)} memory accesses translated, ${f2(w.perAccess)} instructions inserted per access; ${f0(w.spillSites)} sites spill`);
  out.push(`verify    ${d.verify.ok ? 'OK' : `FAILED (${d.verify.violations} violations)`}: the independent verifier checked ${f0(d.verify.instructions)} instructions of the assembled object (${f0(d.verify.translated)} translated accesses proven)`);
  const twinRun = d.runs.find((r) => r.config === 'twin');
  const up = twinRun?.bringUp, inst = twinRun?.hypervisorInstance;
  if (up && inst) {
    out.push(`load      twin instances: the VM instance in dom0 probed ${up.device} (MAC ${up.mac}) to register_netdev, opened it, link up after ${up.linkMs} ms; ` +
      `the hypervisor instance bound beside it: ${inst.hotRoutines.length} hot kernel routines run as the hypervisor's C, ${inst.upcallStubs} others through upcall stubs`);
    const calls = Object.entries(twinRun.upcalls).sort((a, b) => b[1] - a[1]).map(([n, c]) => `${n} x${c}`).join(', ');
    out.push(`upcalls   twin, ${twinRun.tx?.packets ?? 0} packets each way: ${calls || 'none'}`);
  }
  out.push('');
  const native = d.runs.find((r) => r.config === 'native');
  out.push(`${pad('config', 12)}${lpad('TX ok', 12)}${lpad('RX ok', 12)}${lpad('drv insn/pkt TX', 17)}${lpad('RX', 8)}${lpad('vs native', 11)}${lpad('hv insn/pkt', 13)}${lpad('upcalls/pkt', 13)}${lpad('safety', 8)}`);
  for (const r of d.runs) {
    if (!r.tx || !r.rx) { out.push(`${pad(r.config, 12)}  setup failed: ${r.setupFailure ?? 'no packets moved'}`); continue; }
    const tx = r.tx, rx = r.rx;
    const vs = native && native.tx ? tx.insnsPerPacket.driver / native.tx.insnsPerPacket.driver : NaN;
    out.push(`${pad(r.config, 12)}${lpad(`${tx.sink.ok}/${tx.packets}`, 12)}${lpad(`${rx.sink.ok}/${rx.packets}`, 12)}${lpad(f1(tx.insnsPerPacket.driver), 17)}${lpad(f1(rx.insnsPerPacket.driver), 8)}` +
      `${lpad(`x${f2(vs)}`, 11)}${lpad(f1(tx.insnsPerPacket.hypervisor + rx.insnsPerPacket.hypervisor), 13)}${lpad(f2((tx.upcallsPerPacket + rx.upcallsPerPacket) / 2), 13)}${lpad(String(r.safety.length), 8)}`);
  }
  out.push(`  (driver instructions per packet; twin/unprotected: the hypervisor instance's, plus the hypervisor's own hot routines in "hv insn/pkt")`);
  // native runs the driver in dom0 and takes another path through it than the hypervisor instance;
  // unprotected runs the same original code on the twin's path, so twin/unprotected is the SVM rewrite's own cost.
  const twin = d.runs.find((r) => r.config === 'twin'), unprot = d.runs.find((r) => r.config === 'unprotected');
  if (twin?.tx && twin.rx && unprot?.tx && unprot.rx) {
    out.push(`  (same path, twin vs unprotected (the original code in the hypervisor): TX x${f2(twin.tx.insnsPerPacket.driver / unprot.tx.insnsPerPacket.driver)}, ` +
      `RX x${f2(twin.rx.insnsPerPacket.driver / unprot.rx.insnsPerPacket.driver)})`);
  }
  if (d.campaigns.length) {
    out.push('');
    out.push(...campaignTable(d.campaigns));
    const twin = d.campaigns.find((c) => c.target === 'twin');
    if (twin) {
      const det = Object.entries(twin.summary.detections).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
      out.push(`  twin contained by: ${det || 'nothing'}; every contained fault aborted the driver and the hypervisor went on`);
    }
  }
  out.push('');
  out.push(`safety    ${d.problems.length ? `PROBLEMS:\n  ${d.problems.join('\n  ')}` : 'no safety event in any clean run; under SVM no fault wrote hypervisor or guest memory through the driver\'s code or crashed the hypervisor'}`);
  const s = d.seconds;
  out.push(`time      ${f1(s.total)} s (rewrite+assemble ${f1(s.rewrite)}, verify ${f1(s.verify)}, packets ${f1(s.runs)}, campaigns ${f1(s.campaigns)})`);
  out.push(/e1000like(\.s)?$/.test(d.driver)
    ? `next      twindrivers rewrite drivers/e1000like/e1000like.s --annotate | less;  twindrivers stats;  twindrivers inject --faults 2000;  twindrivers report -o report.html`
    : `next      twindrivers stats ${driverArgs(d.driver)};  twindrivers run --config native ${driverArgs(d.driver)};  twindrivers report ${driverArgs(d.driver)} -o report.html`);
  return out.join('\n') + '\n';
}
