// The kernel-idiom differential suite in CI (test/kernel/suite.ts): every program of programs/ at
// every optimisation level (-O1 -O2 -Os -O3, -O2 -fomit-frame-pointer, with the kernel flags),
// rewritten with default options, must verify (in-process on the assembly, and as an object in
// machine-code mode) and run natively with output equal to the original's, with the dom0 view
// revoked while module code runs (an untranslated access would fault) and at least one stlb
// fill. Also asserted: the idioms the programs are for really appear in the rewrite (pointers to
// locals through the stack window, backward strings, the virtual interrupt flag, variable frames,
// port I/O), and the guard is real (an original module under it faults). Every program also runs
// under the tag-free translation (--svm table) at -O2 and -O2 -fomit-frame-pointer: output equal,
// at least one table miss (a page fault the native runtime filled and restarted), verified.
// gcc's outputs are cached under node_modules/.cache (the whole matrix then takes ~30 s on two
// cores); `npm run bench:kernel` runs the same matrix and measures dynamic expansion.

import { rmSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRuntime, nativeUnavailable, type Runtime } from '../rewriter/native/build.js';
import { tempDir } from '../support/paths.js';
import { LEVELS, problems, programs, runExe, runMatrix, type Outcome } from './suite.js';

const dir = tempDir('kernel');
const unavailable = nativeUnavailable(dir);
if (unavailable) console.warn(`kernel suite SKIPPED: cannot build/run freestanding i386 programs here: ${unavailable}`);
const files = programs();
let outcomes: Outcome[] = [];
let tableOutcomes: Outcome[] = [];
let rt: Runtime | null = null;
/** The tag-free translation (--svm table) runs every program at these levels. */
const TABLE_LEVELS = LEVELS.filter((l) => l.name === 'O2' || l.name === 'O2-omit-fp');

beforeAll(async () => {
  if (unavailable) return;
  rt = buildRuntime(dir);
  outcomes = await runMatrix(files.flatMap((f) => LEVELS.map((l) => [f, l] as const)), dir, rt, 2);
  tableOutcomes = await runMatrix(files.flatMap((f) => TABLE_LEVELS.map((l) => [f, l] as const)), dir, rt, 2, 'table');
}, 600_000);

afterAll(() => {
  if (!process.env.KEEP_NATIVE) rmSync(dir, { recursive: true, force: true });
});

const outcome = (program: string, level: string): Outcome => outcomes.find((o) => o.program === program && o.level === level)!;

describe.skipIf(unavailable !== null)('kernel idioms: every program at every level agrees with the original and verifies', () => {
  it('has at least 30 programs', () => expect(files.length).toBeGreaterThanOrEqual(30));
  for (const f of files) {
    const name = basename(f, '.c');
    for (const level of LEVELS) {
      it(`${name} ${level.name}`, () => {
        const o = outcome(name, level.name);
        expect(problems(o)).toEqual([]);
        expect(o.rewritten!.checks).toBe(o.original!.checks);
      });
    }
  }
});

describe.skipIf(unavailable !== null)('kernel idioms under the tag-free translation (--svm table): output equal, a miss at least, verified', () => {
  for (const f of files) {
    const name = basename(f, '.c');
    for (const level of TABLE_LEVELS) {
      it(`${name} ${level.name} table`, () => {
        const o = tableOutcomes.find((x) => x.program === name && x.level === level.name)!;
        expect(problems(o)).toEqual([]);
        expect(o.rewritten!.checks).toBe(o.original!.checks);
        expect(o.built!.report.total.translated).toBeGreaterThan(0);
      });
    }
  }
});

describe.skipIf(unavailable !== null)('kernel idioms: the suite exercises what it is for', () => {
  const total = (name: string, key: 'stringSites' | 'intFlagSites' | 'espChecks' | 'portIoSites'): number =>
    outcomes.filter((o) => o.program === name).reduce((a, o) => a + (o.built?.report.total[key] ?? 0), 0);
  it('pointers to locals reach callees through the running invocation\'s stack window', () => {
    for (const name of ['out_params', 'memset_local', 'list_sort', 'va_list', 'struct_ret', 'vla', 'recursion']) {
      for (const l of LEVELS) expect(outcome(name, l.name).rewritten!.stackFills, `${name} ${l.name}`).toBeGreaterThan(0);
    }
    // The original build never fills (nothing is translated there).
    expect(outcomes.every((o) => !o.original || o.original.stackFills === 0)).toBe(true);
  });
  it('backward string instructions, the virtual interrupt flag, variable frames and port I/O are rewritten', () => {
    expect(total('memmove_back', 'stringSites')).toBeGreaterThan(10);
    expect(total('irqsave', 'intFlagSites')).toBeGreaterThan(10);
    expect(total('vla', 'espChecks')).toBeGreaterThan(5);
    expect(total('portio', 'portIoSites')).toBeGreaterThan(10);
    expect(total('xmit_path', 'portIoSites') + total('xmit_path', 'intFlagSites')).toBeGreaterThan(5);
  });
  it('the guard is real: an original module run with the dom0 view revoked faults (46)', async () => {
    const o = outcome('out_params', 'O2');
    const r = await runExe(o.built!.original, { SVM_FORCE_GUARD: '1' });
    expect(r.status, r.stderr).toBe(46);
    expect(r.stderr).toMatch(/untranslated access to the dom0 view from module code/);
  });
});
