// `twindrivers listing FILE.s|FILE.o [--original] [--port-io error|helpers] [-o OUT]`: the rewritten
// object as `objdump -dr` shows it (address, bytes, instruction, relocations), with each original
// source line above the code it became and every SVM check named (src/listing). FILE.s is
// rewritten and assembled with GNU as first (`--original`: assembled as it is); FILE.o is listed as
// it is (e.g. `as --32` output of `twindrivers rewrite`), its checks named from its side tables.

import type { Command } from 'commander';
import { readAssembly } from '../input.js';
import { asText, checkOutput, isElf, readBinary, writeText } from '../io.js';
import type { Ctx } from '../main.js';
import { choice, onlyWhen } from '../options.js';
import { PORT_IO_MODES } from './rewrite.js';

export function registerListing(program: Command, ctx: Ctx): void {
  program
    .command('listing')
    .description('the rewritten object like objdump -dr (address, bytes, instruction, relocations) with each source line above its code and the SVM checks named')
    .argument('<file>', 'driver assembly (.s), rewritten and assembled first; or a relocatable object (.o), listed as it is')
    .option('--original', 'FILE.s: list the original code, not rewritten')
    .option('--port-io <mode>', "FILE.s: port I/O 'helpers' (default) or 'error', as in rewrite", 'helpers')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (file: string, opts: { original?: boolean; portIo: string; output?: string }, cmd: Command) => {
      const portIo = choice('--port-io', opts.portIo, PORT_IO_MODES);
      if (opts.output) checkOutput(opts.output);
      const bytes = readBinary(file);
      const { buildListingObject, listObject } = await import('../../listing/listing.js');
      let text: string;
      if (isElf(bytes) || /\.o$/.test(file)) {
        for (const k of ['original', 'portIo']) onlyWhen(cmd, k, false, 'to assembly input (FILE.s)');
        const { parseObject } = await import('../../loader/elf.js');
        text = listObject(parseObject(bytes, file));
      } else {
        asText(file, bytes, 'assembly text or an ELF object');
        const input = await readAssembly(file);
        onlyWhen(cmd, 'portIo', !opts.original, 'to the rewrite (not with --original)');
        const built = buildListingObject(input.program, { original: opts.original ?? false, portIo });
        text = listObject(built.object, { markers: built.markers, source: { file, text: input.text } });
      }
      if (opts.output) writeText(opts.output, text);
      else ctx.io.stdout(text);
    });
}
