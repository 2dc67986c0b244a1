// bench/rewrite: rewriting the five corpus files and the sample driver (parse + rewrite + print,
// in-process, warm), timed beside `as --32` assembling the rewritten output, interleaved in one
// run; plus the static figures: inserted instructions per translated access (thesis: 9 inserted,
// 10 with the access), spill sites, flag saves, expansion; the return-site CFI's share (checked
// rets, frame-pointer checks after calls, their inline instructions).  Run: npm run bench:rewrite

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../src/asm/parser.js';
import { print } from '../src/asm/printer.js';
import { addCounters, derived, emptyCounters, rewrite } from '../src/rewriter/rewrite.js';
import { corpusFiles, ROOT, tempDir } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const files = [...corpusFiles(), join(ROOT, 'drivers/e1000like/e1000like.s')];
const dir = tempDir('bench-rewrite');
const reps = Number(process.env.REPS ?? 7);
const sources = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
const opts = { portIo: 'helpers' as const };
const job = (f: string, src: string): string => print(rewrite(parse(f, src), opts).program);
for (let i = 0; i < 3; i++) for (const [f, src] of sources) job(f, src);

const ours: number[][] = files.map(() => []);
const as: number[][] = files.map(() => []);
for (let r = 0; r < reps; r++) {
  sources.forEach(([f, src], k) => {
    let t = performance.now();
    const out = job(f, src);
    ours[k]!.push(performance.now() - t);
    const s = join(dir, basename(f));
    writeFileSync(s, out);
    t = performance.now();
    execFileSync('as', ['--32', '-o', `${s}.o`, s]);
    as[k]!.push(performance.now() - t);
  });
}
const best = (x: number[]): number => Math.min(...x);
const total = emptyCounters();
const rows: (string | number)[][] = [];
let tb = 0, ta = 0, tm = 0, tam = 0;
sources.forEach(([f, src], k) => {
  const c = rewrite(parse(f, src), opts).report.total;
  addCounters(total, c);
  const d = derived(c);
  const o = best(ours[k]!), a = best(as[k]!);
  tb += o; ta += a; tm += median(ours[k]!); tam += median(as[k]!);
  rows.push([basename(f), c.before, c.after, fmt(d.expansion, 2), c.translated, fmt(d.perAccess, 2),
    `${fmt((100 * c.spillSites) / Math.max(1, c.translated + c.stackChecked + c.stringSites + c.indirectSites + c.returnChecks + c.fpChecks), 1)}%`,
    c.flagSaves, c.returnChecks, c.fpChecks, c.insertedForReturns, fmt(o), fmt(a), fmt(a / o, 2)]);
});
const d = derived(total);
const sites = total.translated + total.stackChecked + total.stringSites + total.indirectSites + total.returnChecks + total.fpChecks;
rows.push(['TOTAL', total.before, total.after, fmt(d.expansion, 2), total.translated, fmt(d.perAccess, 2),
  `${fmt((100 * total.spillSites) / sites, 1)}%`, total.flagSaves, total.returnChecks, total.fpChecks, total.insertedForReturns, fmt(tb), fmt(ta), fmt(ta / tb, 2)]);
console.log(`rewrite (parse+rewrite+print, in-process, warm) vs as --32 on the output; best of ${reps} interleaved runs`);
console.log(table(['file', 'insns', 'after', 'x', 'translated', 'ins/acc', 'spill%', 'flagsv', 'rets', 'fpchk', 'cfi ins', 'rewrite ms', 'as ms', 'as/rw'], rows));
console.log(`\ninserted instructions per translated access: ${fmt(d.perAccess, 2)} (goal <= 10, the thesis's figure)`);
console.log(`spill sites: ${total.spillSites} of ${sites} inserted sequences = ${fmt((100 * total.spillSites) / sites, 1)}% (goal < 5%); ` +
  `registers reloaded from a known slot/constant instead: ${total.rematSites} sites; reused translations: ${total.reused}`);
console.log(`return-site CFI: ${total.returnChecks} rets checked, ${total.returnSites} return sites, ${total.fpChecks} frame-pointer checks: ` +
  `${total.insertedForReturns} instructions inline (${fmt((100 * total.insertedForReturns) / Math.max(1, total.after - total.before), 1)}% of the ${total.after - total.before} inserted inline)`);
console.log(`rewrite vs assemble: best-of ${fmt(ta / tb, 2)}x, median ${fmt(tam / tm, 2)}x (goal > 1: rewriting faster than assembling)`);
