// CLI error reporting: a user-facing failure is a CliError (message + exit code); assembly
// diagnostics print one per line as file:line:col: error: ...; anything else is a bug and says so.

import { AsmError, AsmErrors } from '../asm/diagnostics.js';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Writes the error to stderr and returns the process exit code. */
export function reportError(e: unknown, stderr: (s: string) => void): number {
  if (e instanceof AsmErrors) {
    for (const x of e.errors) stderr(x.message + '\n');
    if (e.truncated) stderr('(further errors not shown)\n');
    return 1;
  }
  if (e instanceof AsmError) { stderr(e.message + '\n'); return 1; }
  if (e instanceof CliError) { stderr(`twindrivers: error: ${e.message}\n`); return e.exitCode; }
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  stderr(`twindrivers: internal error (please report): ${msg}\n`);
  return 70;
}
