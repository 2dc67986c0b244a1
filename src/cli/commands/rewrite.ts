// `twindrivers rewrite IN.s [-o OUT.s] [--report R.json] [--annotate] [--port-io error|helpers]
// [--no-reuse] [--summary]`: the SVM rewrite of a driver's assembly, with a per-function report.
// An instruction the rewriter cannot make safe is an error (file:line:col) before any output, and
// so is output the independent verifier would reject: the rewrite verifies its result in-process
// (src/rewriter/rewrite.ts), and the command also assembles it with `as --32` and verifies the
// object the loader would get (exit 3 on a violation, nothing written).

import type { Command } from 'commander';
import type { Counters, RewriteReport } from '../../rewriter/rewrite.js';
import { readAssembly } from '../input.js';
import { checkOutput, writeText } from '../io.js';
import type { Ctx } from '../main.js';
import { choice } from '../options.js';
import { CliError, EXIT } from '../errors.js';

export const PORT_IO_MODES = ['error', 'helpers'] as const;

export function registerRewrite(program: Command, ctx: Ctx): void {
  program
    .command('rewrite')
    .description('rewrite every non-stack memory reference through the SVM stlb; check indirect transfers and returns; reject privileged instructions')
    .argument('<input>', 'assembly file (.s) from gcc -m32 -S (twindrivers cc)')
    .option('-o, --output <file>', 'rewritten assembly (default: standard output)')
    .option('--report <file>', 'write the rewrite report as JSON')
    .option('--annotate', 'put the original instruction above each inserted sequence')
    .option('--port-io <mode>', "port I/O: 'helpers' (default: checked runtime helpers limited to the device's I/O BARs) or 'error'", 'helpers')
    .option('--no-reuse', 'translate every access separately (no reuse of a translation within a block)')
    .option('--summary', 'print the report summary to standard error (always, with -o)')
    .action(async (input: string, opts: { output?: string; report?: string; annotate?: boolean; portIo: string; reuse: boolean; summary?: boolean }) => {
      const portIo = choice('--port-io', opts.portIo, PORT_IO_MODES);
      if (opts.output) checkOutput(opts.output);
      if (opts.report) checkOutput(opts.report, '--report');
      const { program: p } = await readAssembly(input);
      const [{ rewrite, derived }, { print }] = await Promise.all([import('../../rewriter/rewrite.js'), import('../../asm/printer.js')]);
      const r = rewrite(p, { annotate: opts.annotate ?? false, portIo, reuse: opts.reuse });
      const text = print(r.program);
      // The object's verdict too (what the loader's gate will check), before anything is written.
      const [{ verifyAssembly }, { formatViolations }] = await Promise.all([import('../../verifier/assembly.js'), import('../../verifier/index.js')]);
      const v = verifyAssembly(opts.output ?? `${input.replace(/\.s$/, '')}.svm.s`, text);
      if (!v.ok) throw new CliError(`the rewritten object does not verify (a rewriter bug: please report it):\n${formatViolations(v)}`, EXIT.failed);
      if (opts.output) writeText(opts.output, text);
      else ctx.io.stdout(text);
      if (opts.report) writeText(opts.report, JSON.stringify(reportJson(r.report, derived), null, 2) + '\n');
      if (opts.summary || opts.output) ctx.io.stderr(summaryText(r.report, derived));
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
    `${t.translated} accesses translated (${d.perAccess.toFixed(2)} inserted each), ${t.reused} reused a translation, ` +
    `${t.stackExempt} stack-relative exempt, ${t.stackChecked} stack-checked; ${t.spillSites} spill sites (${t.spills} registers), ${t.rematSites} remat sites, ${t.reserved} reserved, ${t.flagSaves} flag saves; ` +
    `${t.stringSites} string sites, ${t.indirectSites} indirect sites${t.portIoSites ? `, ${t.portIoSites} port I/O via helpers` : ''}; ` +
    `${t.returnChecks} returns checked, ${t.returnSites} return sites, ${t.fpChecks} frame-pointer checks (${t.insertedForReturns} inserted)\n`;
}
