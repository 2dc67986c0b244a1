// Diagnostics for assembly input: an error carries the source location it is about and prints as
// `file:line:col: error: message`, the way compilers and GNU as report.

import type { SourceLoc } from './ir.js';

export class AsmError extends Error {
  constructor(readonly loc: SourceLoc, readonly detail: string) {
    super(`${loc.file}:${loc.line}:${loc.col}: error: ${detail}`);
    this.name = 'AsmError';
  }
}

/** Several diagnostics from one input (the parser reports every bad line, not just the first). */
export class AsmErrors extends Error {
  constructor(readonly errors: readonly AsmError[], readonly truncated = false) {
    super(errors.map((e) => e.message).join('\n') + (truncated ? '\n(further errors not shown)' : ''));
    this.name = 'AsmErrors';
  }
}

export function formatLoc(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}
