// Mutation test of the verifier: seeded unsafe edits (test/verifier/mutators.ts) of the genuine
// rewriter outputs must all be rejected (assembly mode; a sample also as machine code after
// `as --32`). CI runs 2,000 mutants with a fixed seed, shared between the files inversely to the
// square root of their size (each file's share takes about as long). Longer runs:
// VERIFY_MUTANTS=n, another seed: VERIFY_SEED=s, machine-code sample: VERIFY_MACHINE_MUTANTS=m.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { print } from '../../src/asm/printer.js';
import { parseObject } from '../../src/loader/elf.js';
import { verifyObject, verifyProgram } from '../../src/verifier/index.js';
import { Rng } from '../support/rng.js';
import { assemble } from '../support/toolchain.js';
import { genuineOutputs, verifyTempDir } from './corpus.js';
import { findSites, frameCheckMutant, MUTATOR_KINDS, mutate } from './mutators.js';

const COUNT = Number(process.env.VERIFY_MUTANTS ?? 2000);
const SEED = Number(process.env.VERIFY_SEED ?? 20090307);
const MACHINE_SAMPLE = Number(process.env.VERIFY_MACHINE_MUTANTS ?? 24);

describe('verifier mutation test', () => {
  const genuine = genuineOutputs();
  const sites = genuine.map((g) => findSites(g.program));

  it('finds the rewriter sequences the mutators need in every genuine output', () => {
    for (const s of sites) {
      expect(s.fast.length).toBeGreaterThan(50);
      expect(s.retChecks.length).toBeGreaterThan(10);
      expect(s.returnsSection).toBeGreaterThan(0);
    }
    // Frame-pointer checks followed by a use of %ebp as the frame: in all but the smallest file.
    expect(sites.filter((s) => s.fpChecks.length > 5).length).toBeGreaterThanOrEqual(4);
    // Jump landings of frame-pointer functions that use %ebp: checked at the landing.
    console.log(`landing checks: ${genuine.map((g, k) => `${g.name} ${sites[k]!.landingChecks.length}`).join(', ')}`);
    expect(sites.filter((s) => s.landingChecks.length > 5).length).toBeGreaterThanOrEqual(2);
  });

  it('rejects every kind of landing-check mutant (deleted, half, another register, landing moved past it) at sampled landings', () => {
    const rng = new Rng(SEED + 99);
    const escaped: string[] = [];
    let made = 0;
    genuine.forEach((g, fi) => {
      const list = sites[fi]!.landingChecks;
      // Up to 4 landings per file, spread over the file.
      const picks = [...new Set([0, 1, 2, 3].map((k) => Math.floor((k * list.length) / 4)))].filter((k) => k < list.length);
      for (const k of picks) {
        for (let how = 0; how < 4; how++) {
          const m = frameCheckMutant(g.program, list[k]!, how, rng);
          if (!m) continue;
          made++;
          if (verifyProgram(m.program).ok) escaped.push(`${g.name}: ${m.detail}`);
        }
      }
    });
    console.log(`landing-check mutants: ${made} made`);
    expect(escaped).toEqual([]);
    expect(made).toBeGreaterThanOrEqual(24);
  });

  // One test per file (the vitest worker stays responsive); kinds rotate, seeds are fixed.
  const stats = new Map<string, { made: number; rejected: number }>();
  // Shares: inversely proportional to the file's size, so the run takes about as long per file.
  const weights = genuine.map((g) => 1 / Math.sqrt(g.program.items.length));
  const wsum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.ceil((COUNT * w) / wsum));
  genuine.forEach((g, fi) => {
    const share = shares[fi]!;
    it(`rejects all ${share} seeded unsafe mutants of ${g.name} (assembly mode)`, async () => {
      const rng = new Rng(SEED + fi);
      const escaped: string[] = [];
      let made = 0;
      for (let k = 0; k < share; k++) {
        // Let the worker answer the test runner now and then.
        if (k % 25 === 24) await new Promise((r) => setTimeout(r, 0));
        const kind = MUTATOR_KINDS[k % MUTATOR_KINDS.length]!;
        const m = mutate(g.program, sites[fi]!, kind, rng);
        if (!m) continue;
        made++;
        const st = stats.get(kind) ?? { made: 0, rejected: 0 };
        stats.set(kind, st);
        st.made++;
        const r = verifyProgram(m.program);
        if (!r.ok) st.rejected++;
        else escaped.push(`${g.name}: ${kind}: ${m.detail}`);
      }
      expect(escaped).toEqual([]);
      expect(made).toBe(share);
    });
  });

  it(`made at least ${Math.min(COUNT, 2000)} mutants of every kind together`, () => {
    const rows = [...stats].map(([k, s]) => `${k.padEnd(18)} ${String(s.made).padStart(5)} made ${String(s.rejected).padStart(5)} rejected`);
    const made = [...stats.values()].reduce((a, s) => a + s.made, 0);
    console.log(`mutants (seed ${SEED}):\n${rows.join('\n')}\ntotal ${made}`);
    expect(made).toBeGreaterThanOrEqual(Math.min(COUNT, 2000));
    for (const kind of MUTATOR_KINDS) expect(stats.get(kind)?.made ?? 0).toBeGreaterThan(100);
    for (const s of stats.values()) expect(s.rejected).toBe(s.made);
  });

  it(`rejects a sample of ${MACHINE_SAMPLE} mutants in machine-code mode too (as --32)`, () => {
    const rng = new Rng(SEED + 1);
    const escaped: string[] = [];
    let made = 0;
    for (let k = 0; made < MACHINE_SAMPLE && k < MACHINE_SAMPLE * 4; k++) {
      const fi = k % genuine.length;
      const kind = MUTATOR_KINDS[k % MUTATOR_KINDS.length]!;
      const m = mutate(genuine[fi]!.program, sites[fi]!, kind, rng);
      if (!m) continue;
      const s = join(verifyTempDir, `mutant-${k}.s`);
      writeFileSync(s, print(m.program));
      let obj: Buffer;
      try {
        obj = assemble(s, s.replace(/\.s$/, '.o'));
      } catch {
        continue; // an edit GNU as refuses (e.g. an operand form it does not take) is no mutant
      }
      made++;
      const r = verifyObject(parseObject(new Uint8Array(obj), s));
      if (r.ok) escaped.push(`${genuine[fi]!.name}: ${kind}: ${m.detail}`);
    }
    expect(escaped).toEqual([]);
    expect(made).toBeGreaterThan(MACHINE_SAMPLE / 2);
  });
});
