// The `twindrivers` command line: one commander program, one module per command under commands/.
// main() never calls process.exit: it returns the exit code, so tests can run commands in-process.

import { Command, CommanderError } from 'commander';
import { reportError } from './errors.js';
import { registerParse } from './commands/parse.js';
import { registerPrint } from './commands/print.js';
import { registerEmulate } from './commands/emulate.js';
import { registerRewrite } from './commands/rewrite.js';
import { registerVerify } from './commands/verify.js';
import { registerRun } from './commands/run.js';
import { registerInject } from './commands/inject.js';
import { registerDemo } from './commands/demo.js';
import { registerStats } from './commands/stats.js';
import { registerReport } from './commands/report.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Standard error is a terminal (progress indicators only then). */
  isTTY?(): boolean;
}

export const processIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  isTTY: () => process.stderr.isTTY === true,
};

export interface Ctx {
  readonly io: CliIO;
  /** Exit code set by a command that reports a failure without throwing (e.g. a verifier finding). */
  exitCode: number;
}

export function buildProgram(ctx: Ctx): Command {
  const program = new Command();
  program
    .name('twindrivers')
    .description('Derive a safe hypervisor network driver from a guest driver by rewriting its i386 assembly (TwinDrivers), and run it on an emulated machine.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr })
    .showHelpAfterError('(run with --help for usage)');
  registerDemo(program, ctx);
  registerPrint(program, ctx);
  registerParse(program, ctx);
  registerEmulate(program, ctx);
  registerRewrite(program, ctx);
  registerVerify(program, ctx);
  registerRun(program, ctx);
  registerInject(program, ctx);
  registerStats(program, ctx);
  registerReport(program, ctx);
  return program;
}

/** Runs the CLI on a full argv (node, script, args...) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const ctx: Ctx = { io, exitCode: 0 };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'node' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help / --version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 ? 0 : 2;
    }
    return reportError(e, io.stderr);
  }
}
