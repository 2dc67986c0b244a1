// `twindrivers parse FILE.s... [--stats] [--json] [--functions]`: check that files parse, and report
// memory-reference statistics per file and per function. Takes any i386 AT&T assembly.

import type { Command } from 'commander';
import type { Counts, FileStats } from '../../asm/stats.js';
import { readAssembly } from '../input.js';
import type { Ctx } from '../main.js';
import { onlyWhen } from '../options.js';

export function registerParse(program: Command, ctx: Ctx): void {
  program
    .command('parse')
    .description('parse assembly files; with --stats, count instructions and memory references per file and function')
    .argument('<files...>', 'assembly files (.s)')
    .option('--stats', 'print instruction and memory-reference statistics')
    .option('--functions', 'with --stats or --json: one row per function as well')
    .option('--json', 'machine-readable output: per file totals (and functions with --stats/--functions)')
    .action(async (files: string[], opts: { stats?: boolean; json?: boolean; functions?: boolean }, cmd: Command) => {
      onlyWhen(cmd, 'functions', !!(opts.stats || opts.json), 'with --stats or --json');
      const { fileStats } = await import('../../asm/stats.js');
      const all: FileStats[] = [];
      for (const f of files) {
        const { program: p } = await readAssembly(f, { pic: true });
        const st = fileStats(p);
        all.push(st);
        if (!opts.stats && !opts.json) ctx.io.stdout(`${f}: ${p.items.length} items, ${st.total.instructions} instructions: OK\n`);
      }
      if (opts.json) {
        ctx.io.stdout(JSON.stringify(opts.stats || opts.functions ? all : all.map((s) => ({ file: s.file, total: s.total })), null, 2) + '\n');
        return;
      }
      if (opts.stats) ctx.io.stdout(await renderStats(all, opts.functions ?? false));
    });
}

const COLS: [keyof Counts, string][] = [
  ['instructions', 'insns'], ['memory', 'mem'], ['stack', 'stack'], ['other', 'translate'],
  ['string', 'string'], ['indirect', 'indirect'], ['privileged', 'priv'],
];

export async function renderStats(all: FileStats[], perFunction: boolean): Promise<string> {
  const { addCounts, emptyCounts, pct } = await import('../../asm/stats.js');
  const row = (name: string, c: Counts): string => {
    const cells = COLS.map(([k]) => String(c[k]).padStart(10));
    return `${name.padEnd(34).slice(0, 34)}${cells.join('')}${pct(c.memory, c.instructions).padStart(8)}${pct(c.other, c.instructions).padStart(8)}\n`;
  };
  let s = `${'file / function'.padEnd(34)}${COLS.map(([, h]) => h.padStart(10)).join('')}${'mem%'.padStart(8)}${'xlat%'.padStart(8)}\n`;
  const grand = emptyCounts();
  for (const st of all) {
    s += row(st.file.split('/').pop()!, st.total);
    addCounts(grand, st.total);
    if (perFunction) for (const f of st.functions) s += row(`  ${f.name}${f.framePointer ? '' : ' (no fp)'}`, f);
  }
  if (all.length > 1) s += row('TOTAL', grand);
  s += 'mem%: instructions referencing memory (explicit operands, string ops; lea/nop excluded); xlat%: those needing SVM translation.\n';
  s += 'Thesis reference (Menon, ch. 4): ~25% of a driver\'s instructions reference memory.\n';
  return s;
}
