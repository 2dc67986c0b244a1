// `twindrivers rewrite IN.s... | --driver NAME [-o OUT] [--report R.json] [--annotate]
// [--port-io error|helpers] [--no-reuse] [--summary]`: the SVM rewrite of a driver's assembly, with
// a per-function report. One input: OUT is the rewritten file (default: standard output). Several
// (the parts of one module, or a bundled driver's): OUT is a folder that gets `<part>.svm.s` for
// each, and the report covers the module. An instruction the rewriter cannot make safe is an error
// (file:line:col) before any output, and so is output the independent verifier would reject: the
// rewrite verifies its result in-process (src/rewriter/rewrite.ts), and the command also assembles
// each part with `as --32` and verifies the object the loader would get (exit 3 on a violation,
// nothing written).

import type { Command } from 'commander';
import type { Counters, RewriteReport } from '../../rewriter/rewrite.js';
import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readAssembly } from '../input.js';
import { checkOutput, writeText } from '../io.js';
import type { Ctx } from '../main.js';
import { choice, SVM_HELP } from '../options.js';
import { CliError, EXIT, usage } from '../errors.js';
import { collect, DRIVER_FLAGS, readDriver } from '../driver.js';

export const PORT_IO_MODES = ['error', 'helpers'] as const;
/** RewriteOptions.svm: how non-stack memory operands are made safe (svm-runtime/segment.ts for 'segment'). */

export function registerRewrite(program: Command, ctx: Ctx): void {
  program
    .command('rewrite')
    .description('rewrite every non-stack memory reference through the SVM stlb; check indirect transfers and returns; reject privileged instructions')
    .argument('[inputs...]', 'assembly file(s) (.s) from gcc -m32 -S (twindrivers cc); several: the parts of one module')
    .option(DRIVER_FLAGS, 'a bundled driver (or module parts) instead of inputs', collect, [] as string[])
    .option('-o, --output <file|dir>', 'rewritten assembly (default: standard output); with several inputs a folder for <part>.svm.s')
    .option('--report <file>', 'write the rewrite report as JSON')
    .option('--annotate', 'put the original instruction above each inserted sequence')
    .option('--port-io <mode>', "port I/O: 'helpers' (default: checked runtime helpers limited to the device's I/O BARs) or 'error'", 'helpers')
    .option('--svm <mode>', SVM_HELP, 'stlb')
    .option('--no-reuse', 'translate every access separately (no reuse of a translation within a block)')
    .option('--summary', 'print the report summary to standard error (always, with -o)')
    .action(async (inputs: string[], opts: { driver: string[]; output?: string; report?: string; annotate?: boolean; portIo: string; svm: string; reuse: boolean; summary?: boolean }) => {
      const portIo = choice('--port-io', opts.portIo, PORT_IO_MODES);
      const svm = choice('--svm', opts.svm, (await import('../../svm-runtime/abi.js')).SVM_MODES);
      if (inputs.length && opts.driver.length) throw usage('give the assembly as inputs or with --driver, not both');
      if (!inputs.length && !opts.driver.length) throw usage("missing required argument 'inputs' (or --driver)");
      const spec = inputs.length > 1 || opts.driver.length ? await readDriver(inputs.length ? inputs : opts.driver, { objects: false }) : undefined;
      const files = spec ? spec.parts : inputs;
      const several = files.length > 1;
      if (opts.output && several && !(existsSync(opts.output) && statSync(opts.output).isDirectory())) {
        throw new CliError(`-o: '${opts.output}' must be an existing folder: ${files.length} parts are rewritten`);
      }
      if (opts.output && !several) checkOutput(opts.output);
      if (opts.report) checkOutput(opts.report, '--report');
      if (several && !opts.output) throw usage(`${files.length} parts are rewritten: -o names the folder for them`);
      const programs = [];
      for (const f of files) programs.push((await readAssembly(f)).program); // every input checked before any output
      const [{ rewrite, derived, addCounters, emptyCounters }, { print }] = await Promise.all([import('../../rewriter/rewrite.js'), import('../../asm/printer.js')]);
      // Parts of one module: a call from one to a function of another returns through a module `ret`.
      const moduleSymbols = several ? (await import('../../platform/driver-objects.js')).definedSymbols(programs, []) : undefined;
      const results = programs.map((p) => rewrite(p, { annotate: opts.annotate ?? false, portIo, svm, reuse: opts.reuse, ...(moduleSymbols ? { moduleSymbols } : {}) }));
      const outPath = (i: number): string => (several || !opts.output ? join(opts.output ?? '.', `${basename(files[i]!).replace(/\.s$/, '')}.svm.s`) : opts.output);
      const texts = results.map((r) => print(r.program));
      // Each part's object verdict too (what the loader's gate will check), before anything is written.
      const [{ verifyAssembly }, { formatViolations }] = await Promise.all([import('../../verifier/assembly.js'), import('../../verifier/index.js')]);
      texts.forEach((text, i) => {
        const v = verifyAssembly(outPath(i), text);
        if (!v.ok) throw new CliError(`the rewritten object does not verify (a rewriter bug: please report it):\n${formatViolations(v)}`, EXIT.failed);
      });
      texts.forEach((text, i) => {
        if (!opts.output) ctx.io.stdout(text);
        else writeText(outPath(i), text);
      });
      const report = results.length === 1 ? results[0]!.report : (() => {
        const total = emptyCounters();
        for (const r of results) addCounters(total, r.report.total);
        return { file: spec?.name ?? files.join('+'), functions: results.flatMap((r) => r.report.functions), total };
      })();
      if (opts.report) writeText(opts.report, JSON.stringify(reportJson(report, derived), null, 2) + '\n');
      if (opts.summary || opts.output) ctx.io.stderr(several ? results.map((r) => summaryText(r.report, derived)).join('') + summaryText(report, derived) : summaryText(report, derived));
    });
}

type Derive = (c: Counters) => { perAccess: number; expansion: number };

export function reportJson(r: RewriteReport, derived: Derive): unknown {
  const withDerived = (c: Counters): unknown => ({ ...c, ...derived(c) });
  return { file: r.file, total: withDerived(r.total), functions: r.functions.map((f) => ({ ...(withDerived(f) as object), name: f.name })) };
}

export function summaryText(r: RewriteReport, derived: Derive): string {
  const t = r.total;
  const d = derived(t);
  return `${r.file}: ${t.before} -> ${t.after} instructions (x${d.expansion.toFixed(2)} static; +${t.stub} in out-of-line stubs); ` +
    `${t.translated} accesses translated (${d.perAccess.toFixed(2)} inserted each, of which ${(t.translated ? t.insertedAccessSaves / t.translated : 0).toFixed(2)} spills/reloads/flag saves), ${t.confined ? `${t.confined} on the confined segment (${t.insertedForConfined} inserted), ` : ''}${t.reused} reused a translation; ` +
    `${((t.insertedForAccesses) / Math.max(1, t.translated + t.reused + t.stackChecked)).toFixed(2)} per non-string non-stack access (translated, reused, stack-checked; string sites apart: stats splits them), ` +
    `${t.stackExempt} stack-relative exempt, ${t.stackChecked} stack-checked; ${t.spillSites} spill sites (${t.spills} registers), ${t.rematSites} remat sites, ${t.reserved} reserved, ${t.flagSaves} flag saves; ` +
    `${t.stringSites} string sites, ${t.indirectSites} indirect sites${t.portIoSites ? `, ${t.portIoSites} port I/O via helpers` : ''}; ` +
    `${t.returnChecks} returns checked, ${t.returnSites} return sites, ${t.fpChecks} frame-pointer checks (${t.insertedForReturns} inserted)\n`;
}
