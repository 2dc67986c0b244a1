// The CLI's exit codes (ONE table, which README reproduces and test/cli/contract.test.ts checks
// against it) and error reporting: a user-facing failure prints one line `twindrivers: error: ...`
// (assembly diagnostics `file:line:col: error: ...`, one per bad line) and exits with its code;
// anything else is a bug and says so, with its stack, exit 70.
//
// Errors are told apart by class name, so that this module loads none of the modules that throw
// them (commands load lazily; see main.ts).

import { AsmError, AsmErrors } from '../asm/diagnostics.js';

/** Exit codes every command follows (emulate adds its program's own status; see EXIT_TABLE). */
export const EXIT = {
  ok: 0,
  /** A file cannot be read or written, or its content is not what the command takes. */
  input: 1,
  /** The command line is wrong: unknown command or option, missing or extra argument, bad value, an option that does not apply. */
  usage: 2,
  /** The command ran, and something that must hold did not (a verifier violation, a lost packet, a safety event in a clean run...). */
  failed: 3,
  /** A bug in twindrivers (please report it with the stack shown), or a broken installation. */
  internal: 70,
} as const;

/** The table README shows: code, meaning. */
export const EXIT_TABLE: readonly (readonly [string, string])[] = [
  ['0', 'success: everything the command checks held'],
  ['1', 'bad input: a file cannot be read or written, or is not what the command takes (missing, a directory, empty, binary, not i386 AT&T assembly, position-independent code, a parse error at file:line:col, an instruction the rewriter cannot make safe, a malformed object)'],
  ['2', 'usage: unknown command or option, missing or extra argument, bad option value, an option that does not apply (`--guests` with `--config native`)'],
  ['3', 'a check failed: a verifier violation, a lost or corrupt packet, a safety event in a clean run, a failed driver bring-up, an emulator failure, a demo problem'],
  ['70', 'internal error: a bug in twindrivers (the stack trace is printed; please report it), or an installation without `dist/` (run `npm run build`)'],
  ['*', '`emulate` only: the program\'s own exit status; 124 when `--max-insns` stops it, 139 when it faults'],
];

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.input) {
    super(message);
    this.name = 'CliError';
  }
}

/** A command-line mistake (exit 2). */
export function usage(message: string): CliError {
  return new CliError(message, EXIT.usage);
}

/** Errors the library throws for bad input, each with a message that names the file and the offending value. */
const INPUT_ERRORS = new Set(['LoaderError', 'ElfError', 'CampaignFormatError', 'DriverError']);

/** Writes the error to stderr and returns the process exit code. */
export function reportError(e: unknown, stderr: (s: string) => void): number {
  if (e instanceof AsmErrors) {
    for (const x of e.errors) stderr(x.message + '\n');
    if (e.truncated) stderr('(further errors not shown)\n');
    return EXIT.input;
  }
  if (e instanceof AsmError) { stderr(e.message + '\n'); return EXIT.input; }
  if (e instanceof CliError) { stderr(`twindrivers: error: ${e.message}\n`); return e.exitCode; }
  if (e instanceof Error && INPUT_ERRORS.has(e.name)) { stderr(`twindrivers: error: ${oneLine(e.message)}\n`); return EXIT.input; }
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  stderr(`twindrivers: internal error (please report): ${msg}\n`);
  return EXIT.internal;
}

/** A multi-line message (e.g. GNU as output) as one line. */
function oneLine(s: string): string {
  return s.trim().split('\n').map((l) => l.trim()).filter(Boolean).join('; ');
}
