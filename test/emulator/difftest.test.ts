// The emulator against the real CPU: random cases covering every executable form of the table with
// the prefixes the CPU decodes, one in four a block of instructions through the block compiler (see
// difftest/gen.ts for what is generated and what is not), batched through one native runner
// process. Only the flags the table leaves undefined (per form and count) are masked. CI runs
// 60,000 cases; longer runs: npm run difftest -- --cases 1000000 --seed N.

import { describe, expect, it } from 'vitest';
import { describeMismatch } from './difftest/harness.js';
import { DIFF_FORMS, runDifftest } from './difftest/run.js';

const CASES = Number(process.env.DIFFTEST_CASES ?? 60_000);

describe('differential test against the real CPU', () => {
  it(`${CASES} cases, every executable form, zero mismatches`, () => {
    const rep = runDifftest({ cases: CASES, seed: Number(process.env.DIFFTEST_SEED ?? 20260), batch: CASES });
    const perForm = DIFF_FORMS.map((f) => rep.perForm.get(f.id) ?? 0);
    expect(Math.min(...perForm)).toBeGreaterThanOrEqual(Math.floor(CASES / DIFF_FORMS.length));
    expect(rep.deCases).toBeGreaterThan(0);
    expect(rep.blocks).toBeGreaterThan(CASES / 8);
    expect(rep.unsupported).toBe(0);
    expect(rep.mismatches.map(describeMismatch)).toEqual([]);
  }, 180_000);
});
