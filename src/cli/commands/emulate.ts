// `twindrivers emulate PROGRAM [ARG...] [--stats] [--max-insns N]`: runs a static i386 Linux ELF
// executable (freestanding or static glibc) on the emulator with the Linux system-call layer of
// src/emulator/linux.ts, passes on what it writes to fds 1 and 2 byte for byte, and exits with its
// status. A fault exits 139 (like SIGSEGV), an exhausted budget 124 (like timeout); both are
// reported on stderr. --stats reports instructions, start-up and run time, MIPS, and the system
// calls answered -ENOSYS.
//
// Output bytes go to an io's optional stdoutBytes/stderrBytes, to the process streams as they are,
// or (a string-only io) as latin1 text: one character per byte, never decoded as UTF-8.

import { realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { readBinary } from '../io.js';
import { processIO, type CliIO, type Ctx } from '../main.js';

/** An io that can take raw bytes (tests; the process io writes them directly). */
interface BinaryIO extends CliIO {
  stdoutBytes?(b: Uint8Array): void;
  stderrBytes?(b: Uint8Array): void;
}

function writeBytes(io: BinaryIO, fd: 1 | 2, b: Uint8Array): void {
  const direct = fd === 1 ? io.stdoutBytes : io.stderrBytes;
  if (direct) direct.call(io, b);
  else if (io === processIO) (fd === 1 ? process.stdout : process.stderr).write(Buffer.from(b));
  else (fd === 1 ? io.stdout : io.stderr)(Buffer.from(b).toString('latin1'));
}

export function registerEmulate(program: Command, ctx: Ctx): void {
  program
    .command('emulate')
    .description('run a static i386 Linux ELF executable (freestanding or static glibc) on the emulator')
    .argument('<program>', 'ELF32 i386 executable (gcc -m32 -static)')
    .argument('[args...]', 'arguments passed to the program')
    .option('--stats', 'print instructions, start-up and run time, MIPS and unknown system calls to stderr')
    .option('--max-insns <n>', 'stop after this many instructions (exit 124)')
    .action(async (path: string, args: string[], opts: { stats?: boolean; maxInsns?: string }) => {
      const { ElfError, emulateElf, formatFault } = await import('../../emulator/index.js');
      let maxInsns = Infinity;
      if (opts.maxInsns !== undefined) {
        maxInsns = Number(opts.maxInsns);
        if (!Number.isInteger(maxInsns) || maxInsns <= 0) throw new CliError(`--max-insns needs a positive integer, got '${opts.maxInsns}'`, 2);
      }
      const bytes = readBinary(path);
      let res;
      try {
        res = emulateElf(bytes, {
          maxInsns,
          argv: [path, ...args],
          exePath: realpathSync(path),
          write: (fd, b) => writeBytes(ctx.io, fd, b),
        });
      } catch (e) {
        if (e instanceof ElfError) throw new CliError(`${path}: ${e.message}`);
        throw e;
      }
      if (opts.stats) {
        const mips = res.executed / Math.max(res.wallMs, 1e-3) / 1000;
        const unknown = [...res.unknownSyscalls].map(([nr, n]) => `${nr} x${n}`).join(', ');
        ctx.io.stderr(`${res.executed} instructions, ${(res.wallMs / 1000).toFixed(3)} s, ${mips.toFixed(1)} MIPS (start-up ${(res.startMs / 1000).toFixed(3)} s)\n` +
          `unknown system calls (-ENOSYS): ${[...res.unknownSyscalls.values()].reduce((a, b) => a + b, 0)}${unknown ? ` (${unknown})` : ''}\n`);
      }
      const run = res.run;
      if (res.exitCode !== null) { ctx.exitCode = res.exitCode; return; }
      if (run.reason === 'fault') {
        ctx.io.stderr(`twindrivers: ${path}: program stopped by ${formatFault(run.fault!)}\n`);
        ctx.exitCode = 139;
      } else if (run.reason === 'budget') {
        ctx.io.stderr(`twindrivers: ${path}: stopped after ${run.executed} instructions (--max-insns)\n`);
        ctx.exitCode = 124;
      } else {
        ctx.io.stderr(`twindrivers: ${path}: program stopped (${run.reason}${run.detail ? `: ${run.detail}` : ''})\n`);
        ctx.exitCode = 1;
      }
    });
}
