// The SVM rewriter's public face: rewrite() of a parsed Program into the hypervisor instance's
// assembly (the same module serves both instances), and the report of what it inserted. The
// pipeline and its pass order are in pipeline.ts; one emitter per instruction class in sites/.
//
// A rewrite succeeds only with output the independent verifier accepts: the result is verified
// in-process (the verifier's assembly front end on the output IR, src/verifier) and a rejection is
// an error located at the original instructions, never an output. `verify: false` is for callers
// that verify the result themselves (mutation tests, the fault campaign's mutated drivers).

import { AsmError, AsmErrors } from '../asm/diagnostics.js';
import type { Program } from '../asm/ir.js';
import { verifyProgram } from '../verifier/index.js';
import type { RewriteOptions, RewriteReport } from './counters.js';
import { Rewriter } from './pipeline.js';

export { addCounters, derived, emptyCounters, type Counters, type FunctionReport, type RewriteOptions, type RewriteReport } from './counters.js';
export { isStackBased, memOperandIndex } from './context.js';

export interface RewriteResult {
  readonly program: Program;
  readonly report: RewriteReport;
}

export function rewrite(p: Program, opts: RewriteOptions = {}): RewriteResult {
  const r = new Rewriter(p, opts).run();
  if (opts.verify !== false) {
    const v = verifyProgram(r.program);
    if (!v.ok) {
      const loc = (x: { file?: string; line?: number; col?: number }) => ({ file: x.file ?? p.file, line: x.line ?? 0, col: x.col ?? 0 });
      const errors = v.violations.slice(0, 20).map((x) => new AsmError(loc(x),
        `the rewritten code would not verify: ${x.rule} violation${x.insn ? ` at '${x.insn}'` : ''}: ${x.reason} (a rewriter bug: please report it)`));
      throw new AsmErrors(errors, v.violations.length > 20);
    }
  }
  return r;
}
