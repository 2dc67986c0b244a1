// bench/verify: the independent verifier's speed in MiB of machine code per second — machine-code
// mode (ELF parse + decode + analysis, from the object's bytes) on the five corpus files and the
// sample driver rewritten and assembled with `as --32`, warm, best-of-N and median — printed beside
// the time to rewrite the same files (parse + rewrite + print) measured in the same run, and the
// assembly-mode verification time of the rewritten text. Run: npm run bench:verify (REPS=n).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../src/asm/parser.js';
import { print } from '../src/asm/printer.js';
import { parseObject } from '../src/loader/elf.js';
import { rewrite } from '../src/rewriter/rewrite.js';
import { verifyObject, verifyProgram } from '../src/verifier/index.js';
import { corpusFiles, ROOT, tempDir } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const files = [...corpusFiles(), join(ROOT, 'drivers/e1000like/e1000like.s')];
const dir = tempDir('bench-verify');
const reps = Number(process.env.REPS ?? 15);
const MiB = 1024 * 1024;

const inputs = files.map((f) => {
  const src = readFileSync(f, 'utf8');
  const out = print(rewrite(parse(f, src), { portIo: 'helpers' }).program);
  const s = join(dir, basename(f));
  writeFileSync(s, out);
  const o = `${s}.o`;
  execFileSync('as', ['--32', '-o', o, s]);
  return { f, src, s, out, bytes: new Uint8Array(readFileSync(o)) };
});

const rewriteJob = (f: string, src: string): string => print(rewrite(parse(f, src), { portIo: 'helpers' }).program);
const verifyElf = (s: string, bytes: Uint8Array) => verifyObject(parseObject(bytes, `${s}.o`));
const verifyAsm = (s: string, text: string) => verifyProgram(parse(s, text));

// Warm-up (and the verdicts: a benchmark of a verifier that rejects its input measures nothing).
for (let i = 0; i < 3; i++) {
  for (const x of inputs) {
    const r = verifyElf(x.s, x.bytes);
    if (!r.ok) throw new Error(`${x.s}: does not verify: ${r.violations[0]?.reason}`);
    verifyAsm(x.s, x.out);
    rewriteJob(x.f, x.src);
  }
}

const tElf: number[][] = inputs.map(() => []);
const tAsm: number[][] = inputs.map(() => []);
const tRw: number[][] = inputs.map(() => []);
for (let r = 0; r < reps; r++) {
  inputs.forEach((x, k) => {
    let t = performance.now();
    verifyElf(x.s, x.bytes);
    tElf[k]!.push(performance.now() - t);
    t = performance.now();
    verifyAsm(x.s, x.out);
    tAsm[k]!.push(performance.now() - t);
    t = performance.now();
    rewriteJob(x.f, x.src);
    tRw[k]!.push(performance.now() - t);
  });
}

const best = (x: number[]): number => Math.min(...x);
const rows: (string | number)[][] = [];
let code = 0, insns = 0, eb = 0, em = 0, ab = 0, rb = 0;
const sums = (k: number): number[] => tElf[0]!.map((_, r) => tElf[k]![r]!);
void sums;
const perRepTotal: number[] = Array.from({ length: reps }, (_, r) => inputs.reduce((a, _x, k) => a + tElf[k]![r]!, 0));
inputs.forEach((x, k) => {
  const res = verifyElf(x.s, x.bytes);
  code += res.codeBytes;
  insns += res.counts.instructions;
  const b = best(tElf[k]!), m = median(tElf[k]!);
  eb += b; em += m; ab += best(tAsm[k]!); rb += best(tRw[k]!);
  rows.push([basename(x.f), res.codeBytes, res.counts.instructions, fmt(b, 2), fmt(m, 2), fmt(res.codeBytes / MiB / (b / 1000), 2),
    fmt(res.codeBytes / MiB / (m / 1000), 2), fmt(best(tAsm[k]!), 2), fmt(best(tRw[k]!), 2), fmt(best(tRw[k]!) / b, 2)]);
});
rows.push(['TOTAL', code, insns, fmt(eb, 2), fmt(em, 2), fmt(code / MiB / (eb / 1000), 2), fmt(code / MiB / (em / 1000), 2), fmt(ab, 2), fmt(rb, 2), fmt(rb / eb, 2)]);
console.log(`verify (machine code: ELF parse + decode + analysis, in-process, warm) beside rewrite (parse + rewrite + print); ${reps} interleaved runs`);
console.log(table(['file', 'code B', 'insns', 'verify best ms', 'median ms', 'MiB/s best', 'MiB/s median', 'asm-mode ms', 'rewrite ms', 'rewrite/verify'], rows));
const wholeBest = best(perRepTotal), wholeMedian = median(perRepTotal);
console.log(`\nmachine-code verification: ${fmt(code / MiB / (wholeBest / 1000), 2)} MiB/s best, ${fmt(code / MiB / (wholeMedian / 1000), 2)} MiB/s median ` +
  `(all six objects per run: ${fmt(wholeBest, 1)} ms best, ${fmt(wholeMedian, 1)} ms median; LFI's native verifier: 100+ MiB/s)`);
console.log(`rewriting the same files: ${fmt(rb, 1)} ms (best per file, summed) — verifying is ${fmt(rb / eb, 2)}x faster than rewriting`);
