// `twindrivers print FILE.s [-o OUT.s] [--no-comments]`: parse and print back (the front end's
// round trip). Takes any i386 AT&T assembly, position-independent code included.

import type { Command } from 'commander';
import { readAssembly } from '../input.js';
import { checkOutput, writeText } from '../io.js';
import type { Ctx } from '../main.js';

export function registerPrint(program: Command, ctx: Ctx): void {
  program
    .command('print')
    .description('parse AT&T i386 assembly and print it back from the IR (GNU as assembles both to the same object)')
    .argument('<file>', 'assembly file (.s)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--no-comments', 'drop comments')
    .action(async (file: string, opts: { output?: string; comments: boolean }) => {
      if (opts.output) checkOutput(opts.output);
      const { program: p } = await readAssembly(file, { pic: true });
      const { print } = await import('../../asm/printer.js');
      const text = print(p, { comments: opts.comments });
      if (opts.output) writeText(opts.output, text);
      else ctx.io.stdout(text);
    });
}
