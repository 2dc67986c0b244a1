// `twindrivers stats [file.s...] [--driver NAME|FILE]... [--packets N] [--size B] [--json]
// [--no-dynamic]`: static expansion of a driver's SVM rewrite (total, worst functions, per
// instruction class, inserted instructions per access) — one file, or a module of several (the
// files, or a bundled driver: `--driver e1000` is the Linux e1000's four units) — and
// dynamic expansion (driver instructions per packet in native, dom0 and twin, and per function from
// traced runs; for another driver than the bundled sample, the sample's per packet beside it) as
// compact text tables. `--json` prints the ReportData (src/report/types.ts) instead.

import type { Command } from 'commander';
import { CLASS_INFO, INSN_CLASSES, type ConfigRun, type FunctionProfile, type ReportData } from '../../report/types.js';
import { sampleDriverAsm } from '../../util/paths.js';
import { EXIT } from '../errors.js';
import { collect, DRIVER_FLAGS, DRIVER_HELP, readDriver } from '../driver.js';
import { usage } from '../errors.js';
import type { Ctx } from '../main.js';
import { choice, intOption, onlyWhen, SVM_HELP } from '../options.js';
import { progressLine } from '../progress.js';

const WORST = 5;
/** Worst-function ranking skips functions smaller than this (a 2-instruction accessor is not news). */
const WORST_MIN_SIZE = 10;
const HOTTEST = 6;

export function registerStats(program: Command, ctx: Ctx): void {
  program
    .command('stats')
    .description('static and dynamic instruction expansion of the SVM rewrite (per function, per instruction class, per packet)')
    .argument('[files...]', 'driver assembly (.s), one module; default: the bundled sample driver')
    .option(DRIVER_FLAGS, DRIVER_HELP, collect, [] as string[])
    .option('--packets <n>', 'packets per direction per run (dynamic figures)', intOption('--packets', 1, 10_000_000), 1000)
    .option('--size <bytes>', 'Ethernet frame size, 60..1514 (dynamic figures)', intOption('--size', 60, 1514), 1514)
    .option('--no-dynamic', 'static figures only (no platform runs)')
    .option('--svm <mode>', SVM_HELP, 'stlb')
    .option('--json', 'print the report data as JSON')
    .action(async (files: string[], opts: { driver: string[]; packets: number; size: number; dynamic: boolean; svm: string; json?: boolean }, cmd: Command) => {
      const svm = choice('--svm', opts.svm, (await import('../../svm-runtime/abi.js')).SVM_MODES);
      if (files.length && opts.driver.length) throw usage('give the driver as files or with --driver, not both');
      const spec = await readDriver(files.length ? files : opts.driver, { objects: false });
      const parts = spec?.parts ?? [sampleDriverAsm()];
      const { collectReport, isBundledSample } = await import('../../report/collect.js');
      const sample = parts.length === 1 && isBundledSample(parts[0]!);
      for (const k of ['packets', 'size']) onlyWhen(cmd, k, opts.dynamic, 'to dynamic figures (not with --no-dynamic)');
      const p = progressLine(ctx.io);
      const name = spec && parts.length > 1 ? spec.name : parts[0]!;
      const data = collectReport({
        file: name, ...(parts.length > 1 ? { parts } : {}), packets: opts.packets, size: opts.size, dynamic: opts.dynamic, configs: ['native', 'dom0', 'unprotected', 'twin'], sweep: false, svm,
        ...(p.progress ? { progress: p.progress } : {}),
      });
      p.done();
      if (opts.json) ctx.io.stdout(JSON.stringify(data, null, 2) + '\n');
      else ctx.io.stdout(renderStats(data, sample));
      if (failedRuns(data).length) ctx.exitCode = EXIT.failed;
    });
}

/** Runs (configurations and sweep points) that failed to set up, lost/corrupted/duplicated frames or logged safety events. */
export function failedRuns(d: ReportData): ConfigRun[] {
  return [...new Set([...d.configs, ...(d.upcallSweep?.points ?? [])])].filter((r) => r.setupFailure || r.safetyEvents || (['tx', 'rx'] as const).some((x) => {
    const v = r[x];
    return v !== undefined && (v.sink.lost > 0 || v.sink.corrupt > 0 || v.sink.duplicate > 0);
  }));
}

// ---- text rendering -------------------------------------------------------------------------

const int = (v: number): string => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '-');
const fix = (v: number, d = 1): string => (Number.isFinite(v) ? v.toFixed(d) : '-');
const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '-');
const times = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? '-' : `x${v.toFixed(2)}`);

/** Columns padded to width; the first column left-aligned, the others right-aligned. */
export function textTable(head: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => indent + r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

export function renderStats(d: ReportData, sample: boolean): string {
  const s = d.static;
  const t = s.total;
  const out: string[] = [];
  const name = s.file.replace(/^.*\//, '');
  out.push(`${name}: static expansion ${int(t.before)} -> ${int(t.after)} inline instructions (${times(t.expansion)}), +${int(t.stub)} in out-of-line stubs`);
  const viaIndirect = t.translated - s.classes.translated.instructions;
  out.push(`  ${int(t.translated)} memory accesses translated${viaIndirect > 0 ? ` (${int(viaIndirect)} of them by indirect transfers)` : ''}, ${fix(t.perAccess, 2)} inline instructions inserted per access; ${int(t.reused)} reused a translation; ` +
    `${int(t.stackExempt)} stack-relative exempt; ${int(t.stackChecked)} stack-checked`);
  out.push(`  ${pct(s.references.memory, s.references.instructions)} of the original instructions reference memory, ${pct(s.references.other, s.references.instructions)} need translation`);
  const m = s.nonStack;
  if (m) {
    out.push(`  ${fix(m.perAccess, 2)} inline instructions inserted per non-stack memory access, over all ${int(m.accesses)} of them (translated, reused, string, stack-checked; --svm ${s.rewriteOptions.svm ?? 'stlb'}):`);
    out.push(`    translation ${int(m.translation)}, spills/remat/flags ${int(m.saves)}, string loops ${int(m.string)}, stack checks ${int(m.stackChecks)}; ` +
      `besides: control-flow checks ${int(m.controlFlow)} inline, stubs ${int(m.stubs)} out of line`);
  }
  out.push('');
  out.push('per instruction class:');
  const rows = INSN_CLASSES.filter((c) => s.classes[c].instructions || s.classes[c].inserted || s.classes[c].stub).map((c) => {
    const k = s.classes[c];
    return [CLASS_INFO[c].label, int(k.instructions), pct(k.instructions, t.before), int(k.inserted), k.instructions ? fix(k.inserted / k.instructions, 2) : '-', int(k.stub)];
  });
  const sum = INSN_CLASSES.reduce((a, c) => ({ i: a.i + s.classes[c].instructions, n: a.n + s.classes[c].inserted, st: a.st + s.classes[c].stub }), { i: 0, n: 0, st: 0 });
  rows.push(['total', int(sum.i), pct(sum.i, t.before), int(sum.n), sum.i ? fix(sum.n / sum.i, 2) : '-', int(sum.st)]);
  out.push(textTable(['class', 'instructions', 'share', 'inserted', 'per insn', 'stubs'], rows));
  out.push('');
  const worst = [...s.functions].filter((f) => f.before >= WORST_MIN_SIZE).sort((a, b) => b.expansion - a.expansion || b.after - a.after).slice(0, WORST);
  out.push(`worst functions by inline expansion (of the ${s.functions.filter((f) => f.before >= WORST_MIN_SIZE).length} with ${WORST_MIN_SIZE}+ instructions; ${s.functions.length} in all):`);
  out.push(textTable(['function', 'before', 'after', 'expansion', 'translated', 'stubs'],
    worst.map((f) => [f.name, int(f.before), int(f.after), times(f.expansion), int(f.translated), int(f.stub)])));
  out.push('');
  const dyn = d.dynamic;
  if (!dyn) {
    out.push(`dynamic: not measured: ${d.dynamicNote ?? 'no runs'}${sample ? '' : ` (run 'twindrivers stats' without a file for the bundled sample)`}`);
    return out.join('\n') + '\n';
  }
  out.push(`dynamic: driver instructions per packet (${int(dyn.packets)} packets per direction, ${int(dyn.size)}-byte frames):`);
  const cfgs = d.configs.map((r) => r.config);
  const beside = d.sample;
  out.push(textTable(['config', 'TX driver', 'vs native', 'RX driver', 'vs native', 'TX hv', 'RX hv', ...(beside ? ['sample TX', 'sample RX'] : [])], cfgs.map((c) => {
    const tx = dyn.tx.perConfig[c], rx = dyn.rx.perConfig[c];
    const ntx = dyn.tx.perConfig.native?.driver, nrx = dyn.rx.perConfig.native?.driver;
    const stx = beside?.tx.perConfig[c], srx = beside?.rx.perConfig[c];
    return [c, tx ? fix(tx.driver) : '-', tx && ntx ? times(tx.driver / ntx) : '-', rx ? fix(rx.driver) : '-', rx && nrx ? times(rx.driver / nrx) : '-',
      tx ? fix(tx.hypervisor) : '-', rx ? fix(rx.hypervisor) : '-', ...(beside ? [stx ? fix(stx.driver) : '-', srx ? fix(srx.driver) : '-'] : [])];
  })));
  const vsU = (x: number | null | undefined): string => times(x);
  if (dyn.tx.twinVsUnprotected != null || dyn.rx.twinVsUnprotected != null) out.push(`  twin vs unprotected (executed driver instructions per packet): TX ${vsU(dyn.tx.twinVsUnprotected)}, RX ${vsU(dyn.rx.twinVsUnprotected)}`);
  const miss = (x: number | null | undefined): string => (x == null ? '-' : x.toFixed(3));
  if (dyn.tx.twinTableMissesPerPacket || dyn.rx.twinTableMissesPerPacket) out.push(`  twin table misses per packet (page faults the runtime filled; in no instruction count): TX ${miss(dyn.tx.twinTableMissesPerPacket)}, RX ${miss(dyn.rx.twinTableMissesPerPacket)}`);
  if (beside) out.push('  (sample TX/RX: the bundled sample driver\'s instructions per packet in the same runs, beside this driver\'s)');
  for (const r of failedRuns(d)) out.push(`  warning: ${r.config}: ${r.setupFailure ? `setup failed: ${r.setupFailure}` : `${r.safetyEvents} safety events, frames lost/corrupt/duplicate tx ${sinkText(r.tx)} rx ${sinkText(r.rx)}`}`);
  if (dyn.profiles?.length) {
    out.push('');
    out.push(`hottest functions, driver instructions per packet (traced, ${int(dyn.profiles[0]!.packets)} packets per direction):`);
    out.push(profileTable(dyn.profiles));
  }
  return out.join('\n') + '\n';
}

function sinkText(x: { sink: { lost: number; corrupt: number; duplicate: number } } | undefined): string {
  return x ? `${x.sink.lost}/${x.sink.corrupt}/${x.sink.duplicate}` : '-';
}

function profileTable(profiles: readonly FunctionProfile[]): string {
  const cfgs = [...new Set(profiles.map((p) => p.config))];
  const rows: string[][] = [];
  for (const dir of ['tx', 'rx'] as const) {
    const ps = profiles.filter((p) => p.direction === dir);
    const get = (c: string, n: string): number => ps.find((p) => p.config === c)?.perFunction[n] ?? 0;
    const key = cfgs.includes('twin') ? 'twin' : cfgs[cfgs.length - 1]!;
    const names = [...new Set(ps.flatMap((p) => Object.keys(p.perFunction)))].sort((a, b) => get(key, b) - get(key, a) || a.localeCompare(b)).slice(0, HOTTEST);
    for (const n of names) {
      rows.push([`${dir.toUpperCase()} ${n}`, ...cfgs.map((c) => fix(get(c, n))), get('native', n) > 0 ? times(get(key, n) / get('native', n)) : '-']);
    }
  }
  const key = cfgs.includes('twin') ? 'twin' : cfgs[cfgs.length - 1]!;
  return textTable(['function', ...cfgs, `${key}/native`], rows);
}
