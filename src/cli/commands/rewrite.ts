// `twindrivers rewrite IN.s -o OUT.s [--report R.json] [--annotate] [--port-io error|helpers]`:
// the SVM rewrite of a driver's assembly, with a per-function report.

import type { Command } from 'commander';
import { parse } from '../../asm/parser.js';
import { print } from '../../asm/printer.js';
import { derived, rewrite, type Counters, type RewriteReport } from '../../rewriter/rewrite.js';
import { CliError } from '../errors.js';
import type { Ctx } from '../main.js';
import { readText, writeText } from '../io.js';

export function registerRewrite(program: Command, ctx: Ctx): void {
  program
    .command('rewrite')
    .description('rewrite every non-stack memory reference through the SVM stlb; check indirect transfers; reject privileged instructions')
    .argument('<input>', 'assembly file (.s) from gcc -m32 -S')
    .option('-o, --output <file>', 'rewritten assembly (default: standard output)')
    .option('--report <file>', 'write the rewrite report as JSON')
    .option('--annotate', 'put the original instruction above each inserted sequence')
    .option('--port-io <mode>', "port I/O: 'error' (default) or 'helpers' (checked runtime helpers)", 'error')
    .option('--no-reuse', 'translate every access separately (no reuse of a translation within a block)')
    .option('--summary', 'print the report summary to standard error')
    .action((input: string, opts: { output?: string; report?: string; annotate?: boolean; portIo: string; reuse: boolean; summary?: boolean }) => {
      if (opts.portIo !== 'error' && opts.portIo !== 'helpers') throw new CliError(`--port-io must be 'error' or 'helpers', got '${opts.portIo}'`, 2);
      const p = parse(input, readText(input));
      const r = rewrite(p, { annotate: opts.annotate ?? false, portIo: opts.portIo, reuse: opts.reuse });
      const text = print(r.program);
      if (opts.output) writeText(opts.output, text);
      else ctx.io.stdout(text);
      if (opts.report) writeText(opts.report, JSON.stringify(reportJson(r.report), null, 2) + '\n');
      if (opts.summary || opts.output) ctx.io.stderr(summaryText(r.report));
    });
}

export function reportJson(r: RewriteReport): unknown {
  const withDerived = (c: Counters): unknown => ({ ...c, ...derived(c) });
  return { file: r.file, total: withDerived(r.total), functions: r.functions.map((f) => ({ ...(withDerived(f) as object), name: f.name })) };
}

export function summaryText(r: RewriteReport): string {
  const t = r.total;
  const d = derived(t);
  return `${r.file}: ${t.before} -> ${t.after} instructions (x${d.expansion.toFixed(2)} static; +${t.stub} in out-of-line stubs); ` +
    `${t.translated} accesses translated (${d.perAccess.toFixed(2)} inserted each), ${t.reused} reused a translation, ` +
    `${t.stackExempt} stack-relative exempt, ${t.stackChecked} stack-checked; ${t.spillSites} spill sites (${t.spills} registers), ${t.rematSites} remat sites, ${t.reserved} reserved, ${t.flagSaves} flag saves; ` +
    `${t.stringSites} string sites, ${t.indirectSites} indirect sites${t.portIoSites ? `, ${t.portIoSites} port I/O via helpers` : ''}; ` +
    `${t.returnChecks} returns checked, ${t.returnSites} return sites, ${t.fpChecks} frame-pointer checks (${t.insertedForReturns} inserted)\n`;
}
