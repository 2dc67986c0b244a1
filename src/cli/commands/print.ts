// `twindrivers print FILE.s [-o OUT.s]`: parse and print back (the front end's round trip).

import type { Command } from 'commander';
import { parse } from '../../asm/parser.js';
import { print } from '../../asm/printer.js';
import type { Ctx } from '../main.js';
import { readText, writeText } from '../io.js';

export function registerPrint(program: Command, ctx: Ctx): void {
  program
    .command('print')
    .description('parse AT&T i386 assembly and print it back from the IR (GNU as assembles both to the same object)')
    .argument('<file>', 'assembly file (.s)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--no-comments', 'drop comments')
    .action((file: string, opts: { output?: string; comments: boolean }) => {
      const program = parse(file, readText(file));
      const text = print(program, { comments: opts.comments });
      if (opts.output) writeText(opts.output, text);
      else ctx.io.stdout(text);
    });
}
