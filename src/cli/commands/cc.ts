// `twindrivers cc FILE.c [-o FILE.s] [-D NAME[=V]]... [-I DIR]...` and `twindrivers cc --print-flags`:
// compile a driver's C like the Linux i386 kernel (src/toolchain: gcc -m32 -S with the kernel's
// flags and the mini kernel API's include path), as the bundled driver is built. Like `gcc -S`,
// the output defaults to FILE.s in the current folder (`-o -`: standard output). gcc's diagnostics
// pass through; a failed compile exits 1.

import type { Command } from 'commander';
import { basename } from 'node:path';
import { CliError, usage } from '../errors.js';
import { checkOutput, readText, writeText } from '../io.js';
import type { Ctx } from '../main.js';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

/** A shell word as `sh` reads it back. */
const shellWord = (w: string): string => (/^[A-Za-z0-9_\-=.,/:+@%]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

export function registerCc(program: Command, ctx: Ctx): void {
  program
    .command('cc')
    .description('compile a driver\'s C to i386 assembly like the Linux kernel: gcc -m32 -S with the kernel flags and the mini kernel API headers')
    .argument('[file]', 'C source (.c)')
    .option('-o, --output <file>', 'assembly to write (default: FILE.s in the current folder; - for standard output)')
    .option('-D, --define <name[=value]>', 'define a macro (repeatable)', collect, [] as string[])
    .option('-I, --include <dir>', 'add a header folder before the kernel API\'s (repeatable)', collect, [] as string[])
    .option('--print-flags', 'print the gcc flags (one line) and exit')
    .action(async (file: string | undefined, opts: { output?: string; define: string[]; include: string[]; printFlags?: boolean }) => {
      const extra = [...opts.include.map((d) => `-I${d}`), ...opts.define.map((d) => `-D${d}`)];
      const { ccFlags, compileC } = await import('../../toolchain/cc.js');
      if (opts.printFlags) {
        if (file !== undefined || opts.output !== undefined) throw usage('--print-flags takes no file and no -o');
        ctx.io.stdout(ccFlags(process.cwd(), extra).map(shellWord).join(' ') + '\n');
        return;
      }
      if (file === undefined) throw usage("missing required argument 'file' (or --print-flags)");
      if (!/\.c$/.test(file)) throw new CliError(`'${file}' is not a C file (.c); assembly goes straight to rewrite, run, inject...`);
      const output = opts.output ?? basename(file).replace(/\.c$/, '.s');
      if (output !== '-') checkOutput(output);
      readText(file, 'C source');
      const r = compileC(file, { extraFlags: extra });
      if (r.diagnostics) ctx.io.stderr(r.diagnostics.endsWith('\n') ? r.diagnostics : r.diagnostics + '\n');
      if (!r.ok) throw new CliError(`gcc could not compile '${file}' (${r.argv.slice(0, 2).join(' ')} ...; see twindrivers cc --print-flags)`);
      if (output === '-') ctx.io.stdout(r.asm);
      else writeText(output, r.asm);
    });
}
