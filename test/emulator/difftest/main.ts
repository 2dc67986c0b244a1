// `npm run difftest -- --cases N --seed S [--all-flags]`: the emulator against the real CPU on N
// random single-instruction cases (see test/emulator/difftest/gen.ts). Exit status 1 on any
// mismatch. --all-flags compares also the flags the SDM leaves undefined.

import { FORMS } from '../../../src/isa/index.js';
import { describeMismatch } from './harness.js';
import { DIFF_FORMS, runDifftest } from './run.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) { console.error(`difftest: --${name} needs a non-negative number`); process.exit(2); }
  return v;
}

const cases = arg('cases', 200_000);
const seed = arg('seed', 1);
const allFlags = process.argv.includes('--all-flags');
const rep = runDifftest({ cases, seed, allFlags, onBatch: (d) => process.stderr.write(`\r${d}/${cases} cases`) });
process.stderr.write('\n');
const counts = DIFF_FORMS.map((f) => rep.perForm.get(f.id) ?? 0);
console.log(`difftest: ${rep.cases} cases, seed ${seed}${allFlags ? ', all flags' : ''}, ${DIFF_FORMS.length} forms (min ${Math.min(...counts)}, max ${Math.max(...counts)} cases per form), ${rep.deCases} #DE cases`);
console.log(`time: total ${(rep.ms.total / 1000).toFixed(1)} s (generate ${(rep.ms.gen / 1000).toFixed(1)}, native ${(rep.ms.native / 1000).toFixed(1)}, emulator ${(rep.ms.emu / 1000).toFixed(1)})`);
const byForm = new Map<string, number>();
for (const m of rep.mismatches) byForm.set(m.c.form.mnemonic + '#' + m.c.form.id, (byForm.get(m.c.form.mnemonic + '#' + m.c.form.id) ?? 0) + 1);
console.log(`blocks: ${rep.blocks} cases ran through the block compiler; unsupported (#UD in the emulator only): ${rep.unsupported}`);
console.log(`mismatches: ${rep.mismatches.length}${rep.mismatches.length ? ' ' + JSON.stringify(Object.fromEntries(byForm)) : ''}`);
for (const m of rep.mismatches.slice(0, 40)) console.log(describeMismatch(m));
void FORMS;
process.exit(rep.mismatches.length ? 1 : 0);
