// Differential test driver: generate N cases, run them natively (batched, one runner process per
// batch) and in the emulator, compare. Used by test/emulator/difftest.test.ts and by
// `npm run difftest -- --cases N --seed S`.

import { performance } from 'node:perf_hooks';
import { buildRunner, compare, EmulatorSide, runNative, type Mismatch } from './harness.js';
import { CaseGenerator, DIFF_FORMS, type GenCase } from './gen.js';

export interface DifftestReport {
  readonly cases: number;
  readonly mismatches: Mismatch[];
  /** Cases per form id. */
  readonly perForm: Map<number, number>;
  readonly deCases: number;
  /** Cases where the emulator raised #UD and the CPU did not (an instruction the emulator lacks). */
  readonly unsupported: number;
  /** Cases that ran a block of instructions through the block compiler. */
  readonly blocks: number;
  readonly ms: { gen: number; native: number; emu: number; total: number };
}

export function runDifftest(opts: { cases: number; seed: number; batch?: number; maxMismatches?: number; allFlags?: boolean; onBatch?: (done: number) => void }): DifftestReport {
  const t0 = performance.now();
  const exe = buildRunner();
  const gen = new CaseGenerator(opts.seed);
  const batch = opts.batch ?? 100_000;
  const mismatches: Mismatch[] = [];
  const perForm = new Map<number, number>();
  let emu: EmulatorSide | null = null;
  let deCases = 0, unsupported = 0, blocks = 0;
  const ms = { gen: 0, native: 0, emu: 0, total: 0 };
  for (let done = 0; done < opts.cases;) {
    const n = Math.min(batch, opts.cases - done);
    let t = performance.now();
    const cases: GenCase[] = [];
    // One case in four is a block of instructions through the block compiler.
    for (let i = 0; i < n; i++) cases.push((done + i) % 4 === 3 ? gen.nextBlock() : gen.next());
    ms.gen += performance.now() - t;
    t = performance.now();
    const native = runNative(exe, cases);
    ms.native += performance.now() - t;
    t = performance.now();
    emu ??= new EmulatorSide(native.selectors);
    for (let i = 0; i < n; i++) {
      const c = cases[i]!;
      perForm.set(c.form.id, (perForm.get(c.form.id) ?? 0) + 1);
      const nr = native.results[i]!;
      if (nr.fault === 1) deCases++;
      const er = emu.run(c);
      const what = compare(c, nr, er, opts.allFlags);
      if (er.trapno === 6 && nr.trapno !== 6) unsupported++;
      if (c.block) blocks++;
      if (what && mismatches.length < (opts.maxMismatches ?? 200)) mismatches.push({ index: done + i, c, native: nr, emu: er, what });
    }
    ms.emu += performance.now() - t;
    done += n;
    opts.onBatch?.(done);
  }
  ms.total = performance.now() - t0;
  return { cases: opts.cases, mismatches, perForm, deCases, unsupported, blocks, ms };
}

export { DIFF_FORMS };
