// bench/parse: parse+print of the five Linux corpus files, in-process, timed side by side with
// `as --32` assembling the same files in the same run. Measurements interleave (ours, as) per file
// and repetition so both see the same machine noise. Goal: parse+print faster than as.
// Run: npm run bench:parse   (compiled with tsc, as the CLI runs)

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../src/asm/parser.js';
import { print } from '../src/asm/printer.js';
import { corpusFiles, tempDir } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const best = (xs: number[]): number => Math.min(...xs);

const files = corpusFiles();
const dir = tempDir('bench-parse');
const reps = Number(process.env.REPS ?? 9);
const sources = files.map((f) => [f, readFileSync(f, 'utf8')] as const);
// Warm the JIT on every file first: measured runs are steady state (as's process start is in its time).
for (let i = 0; i < 5; i++) for (const [f, src] of sources) print(parse(f, src));

const ours: number[][] = files.map(() => []);
const as: number[][] = files.map(() => []);
for (let r = 0; r < reps; r++) {
  sources.forEach(([f, src], k) => {
    let t = performance.now();
    print(parse(f, src));
    ours[k]!.push(performance.now() - t);
    t = performance.now();
    execFileSync('as', ['--32', '-o', join(dir, basename(f) + '.o'), f]);
    as[k]!.push(performance.now() - t);
  });
}
// This VM's timings are noisy (other tenants, GC scavenges landing on one file or another): both
// sides are summarised with the same estimators, best-of-N and median.
const rows: (string | number)[][] = [];
let totLines = 0;
const tot = { ob: 0, ab: 0, om: 0, am: 0 };
sources.forEach(([f, src], k) => {
  const lines = src.split('\n').length;
  const ob = best(ours[k]!), ab = best(as[k]!), om = median(ours[k]!), am = median(as[k]!);
  rows.push([basename(f), lines, fmt(ob), fmt(ab), fmt(ab / ob, 2), fmt(om), fmt(am), fmt(am / om, 2), fmt(lines / ob, 0)]);
  totLines += lines; tot.ob += ob; tot.ab += ab; tot.om += om; tot.am += am;
});
rows.push(['TOTAL', totLines, fmt(tot.ob), fmt(tot.ab), fmt(tot.ab / tot.ob, 2), fmt(tot.om), fmt(tot.am), fmt(tot.am / tot.om, 2), fmt(totLines / tot.ob, 0)]);
console.log(`parse+print (in-process, warm JIT) vs as --32 (one process per file), ${reps} interleaved runs each`);
console.log(table(['file', 'lines', 'ours best', 'as best', 'as/ours', 'ours med', 'as med', 'as/ours', 'klines/s'], rows));
console.log(`\nratio as/ours: best-of-${reps} ${fmt(tot.ab / tot.ob, 2)}, median ${fmt(tot.am / tot.om, 2)} (goal: > 1, parse+print faster than assembling)`);
