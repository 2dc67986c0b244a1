// `twindrivers emulate PROGRAM [--stats] [--max-insns N]`: runs a freestanding static i386 ELF
// executable on the emulator (Linux int $0x80 write/exit), prints what it writes and exits with its
// status. A fault exits 139 (like SIGSEGV), an exhausted budget 124 (like timeout); both are
// reported on stderr.

import type { Command } from 'commander';
import { CliError } from '../errors.js';
import { readBinary } from '../io.js';
import type { Ctx } from '../main.js';

export function registerEmulate(program: Command, ctx: Ctx): void {
  program
    .command('emulate')
    .description('run a freestanding static i386 ELF executable (int $0x80 write/exit) on the emulator')
    .argument('<program>', 'ELF32 i386 executable (gcc -m32 -nostdlib -static)')
    .option('--stats', 'print instructions executed, wall time and MIPS to stderr')
    .option('--max-insns <n>', 'stop after this many instructions (exit 124)')
    .action(async (path: string, opts: { stats?: boolean; maxInsns?: string }) => {
      const { ElfError, emulateElf, formatFault } = await import('../../emulator/index.js');
      let maxInsns = Infinity;
      if (opts.maxInsns !== undefined) {
        maxInsns = Number(opts.maxInsns);
        if (!Number.isInteger(maxInsns) || maxInsns <= 0) throw new CliError(`--max-insns needs a positive integer, got '${opts.maxInsns}'`, 2);
      }
      const bytes = readBinary(path);
      const dec = new TextDecoder();
      let res;
      try {
        res = emulateElf(bytes, {
          maxInsns,
          argv: [path],
          write: (fd, b) => (fd === 1 ? ctx.io.stdout : ctx.io.stderr)(dec.decode(b)),
        });
      } catch (e) {
        if (e instanceof ElfError) throw new CliError(`${path}: ${e.message}`);
        throw e;
      }
      if (opts.stats) {
        const mips = res.executed / Math.max(res.wallMs, 1e-3) / 1000;
        ctx.io.stderr(`${res.executed} instructions, ${(res.wallMs / 1000).toFixed(3)} s, ${mips.toFixed(1)} MIPS\n`);
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
