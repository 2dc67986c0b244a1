// The `twindrivers` command line: one commander program, one module per command under commands/.
// main() never calls process.exit: it returns the exit code (errors.ts: EXIT), so tests can run
// commands in-process.
//
// Start-up stays fast: this module and the command modules import only commander, the CLI's own
// helpers and constant tables; everything a command does (parser, rewriter, emulator, platform...)
// is imported inside its action, when it runs. test/cli/contract.test.ts checks the static import
// graph from here.
//
// Every command rejects extra arguments and unknown options (exit 2, one line).

import { Command, CommanderError } from 'commander';
import { EXIT, reportError } from './errors.js';
import { registerCc } from './commands/cc.js';
import { registerDemo } from './commands/demo.js';
import { registerEmulate } from './commands/emulate.js';
import { registerInject } from './commands/inject.js';
import { registerListing } from './commands/listing.js';
import { registerParse } from './commands/parse.js';
import { registerPrint } from './commands/print.js';
import { registerReport } from './commands/report.js';
import { registerRewrite } from './commands/rewrite.js';
import { registerRun } from './commands/run.js';
import { registerStats } from './commands/stats.js';
import { registerVerify } from './commands/verify.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Standard error is a terminal (progress indicators only then). */
  isTTY?(): boolean;
  /** Raw bytes to standard output (a guest program's output); default: stdout of their latin1 text. */
  stdoutBytes?(b: Uint8Array): void;
  stderrBytes?(b: Uint8Array): void;
}

export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: () => process.stderr.isTTY === true,
  stdoutBytes: (b) => void process.stdout.write(b),
  stderrBytes: (b) => void process.stderr.write(b),
};

export interface Ctx {
  readonly io: CliIO;
  /** Exit code set by a command that reports a failure without throwing (e.g. a verifier finding). */
  exitCode: number;
}

/** The commands in the order `--help` lists them. */
const COMMANDS = [
  registerDemo, registerCc, registerRewrite, registerVerify, registerListing, registerRun, registerInject,
  registerStats, registerReport, registerPrint, registerParse, registerEmulate,
] as const;

export function buildProgram(ctx: Ctx): Command {
  const program = new Command();
  program
    .name('twindrivers')
    .description('Derive a safe hypervisor network driver from a guest driver by rewriting its i386 assembly (TwinDrivers), and run it on an emulated machine.')
    .version('0.1.0')
    .exitOverride()
    .allowExcessArguments(false)
    .configureOutput({
      writeOut: ctx.io.stdout,
      writeErr: ctx.io.stderr,
      // commander's `error: ...` as one line, like every other diagnostic.
      outputError: (s, write) => write(`twindrivers: ${s.trim().replace(/\n+/g, ' ')} (see twindrivers --help)\n`),
    });
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

/** Runs the CLI on a full argv (node, script, args...) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const ctx: Ctx = { io, exitCode: EXIT.ok };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'node' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help / --version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(e, io.stderr);
  }
}
