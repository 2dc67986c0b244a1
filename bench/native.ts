// bench/native: the native cost of SVM. Builds test/rewriter/native/cases/hotloops.c as the original
// module and as the rewritten one — tag-free table (--svm table), stlb (--svm stlb), stlb without
// translation reuse — runs each program several
// times interleaved (so all see the same machine noise), and reads the rdtsc cycle counts the
// programs print for whole calls of each hot loop (ring update, pointer chase, 1500-byte kernel
// memcpy, struct field updates, an xmit-like "packet"). Prints cycles per iteration and the ratio
// rewritten/original of both translation modes side by side, next to the static expansion of those
// functions from each rewrite report.
// Compare with the thesis: 2218 vs 960 cycles per transmitted packet (about 2.3x).
// Run: npm run bench:native   (RUNS=n programs per variant, default 5)

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { derived, emptyCounters, addCounters } from '../src/rewriter/rewrite.js';
import {
  buildCase, buildRuntime, CASES_DIR, nativeUnavailable, NO_REUSE, ORIGINAL, REWRITTEN, runProgram, TABLE,
} from '../test/rewriter/native/build.js';
import { tempDir } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const LOOPS: Record<string, string> = {
  ring: 'ring_loop',
  chase: 'chase_loop',
  memcpy: 'memcpy_loop',
  fields: 'fields_loop',
  xmit: 'xmit_loop',
};

const dir = tempDir('bench-native');
const why = nativeUnavailable(dir);
if (why) {
  console.log(`bench:native skipped: cannot build/run freestanding i386 programs here (${why})`);
  process.exit(0);
}
const runs = Number(process.env.RUNS ?? 5);
const rt = buildRuntime(dir);
const built = buildCase(join(CASES_DIR, 'hotloops.c'), dir, rt, [ORIGINAL, TABLE, REWRITTEN, NO_REUSE]);
for (const v of built.variants) if (v.error) throw new Error(`${v.variant.name} build failed: ${v.error}`);

/** cycles[variant][loop] = per-iteration cycle counts of every timed call (first call of a run dropped: warm-up). */
const cycles = built.variants.map(() => new Map<string, number[]>());
for (let run = 0; run < runs; run++) {
  built.variants.forEach((v, k) => {
    const r = runProgram(v.exe, ['bench'], {}, 120_000);
    if (r.status !== 0) throw new Error(`${v.variant.name} bench run failed (${r.status}): ${r.stderr}`);
    for (const line of r.stdout.split('\n')) {
      const m = /^bench (\w+) (\d+) ([\d ]+)$/.exec(line);
      if (!m) continue;
      const iters = Number(m[2]);
      const per = m[3]!.split(' ').slice(1).map((c) => Number(c) / iters);
      const l = cycles[k]!.get(m[1]!) ?? [];
      l.push(...per);
      cycles[k]!.set(m[1]!, l);
    }
  });
}

const best = (xs: number[]): number => Math.min(...xs);
const rows: (string | number)[][] = [];
const [orig, tb, rw, nr] = cycles as [Map<string, number[]>, Map<string, number[]>, Map<string, number[]>, Map<string, number[]>];
const fnOf = (k: number, fn: string) => built.variants[k]!.report!.functions.find((x) => x.name === fn);
for (const [loop, fn] of Object.entries(LOOPS)) {
  const o = orig.get(loop)!, t = tb.get(loop)!, r = rw.get(loop)!, n = nr.get(loop)!;
  const ft = fnOf(1, fn), f = fnOf(2, fn);
  rows.push([
    loop, fmt(median(o)), fmt(median(t)), fmt(median(t) / median(o), 2), fmt(best(t) / best(o), 2), fmt(median(r)), fmt(median(r) / median(o), 2), fmt(best(r) / best(o), 2),
    fmt(median(n) / median(o), 2), ft ? fmt(derived(ft).expansion, 2) : '?', f ? fmt(derived(f).expansion, 2) : '?', ft ? ft.translated : '?', f ? f.translated : '?',
  ]);
}
console.log(`native cost of SVM: hotloops.c, ${runs} interleaved runs per variant, rdtsc cycles per loop iteration (table = --svm table, stlb = --svm stlb)`);
console.log(table(
  ['loop', 'orig cyc/it', 'table cyc/it', 'table/orig med', 'table/orig best', 'stlb cyc/it', 'stlb/orig med', 'stlb/orig best', 'stlb noreuse/orig', 'table static x', 'stlb static x', 'table transl', 'stlb transl'],
  rows,
));
for (const [k, name] of [[1, 'table'], [2, 'stlb']] as const) {
  const total = emptyCounters();
  for (const f of built.variants[k]!.report!.functions) addCounters(total, f);
  const d = derived(total);
  console.log(`${name}: whole module ${total.before} -> ${total.after} instructions inline (${fmt(d.expansion, 2)}x) + ${total.stub} in stubs; ` +
    `${total.translated} translated accesses (${fmt(d.perAccess, 1)} inserted insns each), ${total.reused} reused, ${total.spills} spills, ${total.flagSaves} flag saves`);
}
const x = orig.get('xmit')!;
for (const [name, m] of [['table', tb], ['stlb', rw]] as const) {
  const xr = m.get('xmit')!;
  console.log(`${name}: per "packet" (xmit loop): ${fmt(median(xr), 0)} vs ${fmt(median(x), 0)} cycles = ${fmt(median(xr) / median(x), 2)}x`);
}
console.log('thesis (e1000 TX, whole driver path): 2218 vs 960 cycles = 2.31x');
rmSync(dir, { recursive: true, force: true });
