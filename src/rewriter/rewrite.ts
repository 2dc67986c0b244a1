// The SVM rewriter's public face: rewrite() of a parsed Program into the hypervisor instance's
// assembly (the same module serves both instances), and the report of what it inserted. The
// pipeline and its pass order are in pipeline.ts; one emitter per instruction class in sites/.

import type { Program } from '../asm/ir.js';
import type { RewriteOptions, RewriteReport } from './counters.js';
import { Rewriter } from './pipeline.js';

export { addCounters, derived, emptyCounters, type Counters, type FunctionReport, type RewriteOptions, type RewriteReport } from './counters.js';
export { isStackBased, memOperandIndex } from './context.js';

export interface RewriteResult {
  readonly program: Program;
  readonly report: RewriteReport;
}

export function rewrite(p: Program, opts: RewriteOptions = {}): RewriteResult {
  return new Rewriter(p, opts).run();
}
