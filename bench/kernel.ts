// bench/kernel: the kernel-idiom suite (test/kernel) as a benchmark — every program at every level
// built, rewritten with default options, verified and run beside the original (the same checks as
// test/kernel/suite.test.ts), then both builds run again under valgrind's callgrind to count the
// instructions executed in the MODULE text (the driver code: its inserted sequences and
// out-of-line stubs; the runtime's slow path is counted apart): dynamic expansion, original vs
// rewritten, per program and level, with the static expansion beside it.
// Run: npm run bench:kernel   (LEVELS=O2,Os to restrict; PROGRAMS=vla,irqsave; CALLGRIND=0 to skip)

import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { derived } from '../src/rewriter/rewrite.js';
import { buildRuntime, nativeUnavailable } from '../test/rewriter/native/build.js';
import { LEVELS, problems, programs, runMatrix, type Outcome } from '../test/kernel/suite.js';
import { tempDir } from '../test/support/paths.js';
import { fmt, table } from './util.js';

const run = promisify(execFile);
const dir = tempDir('bench-kernel');
const why = nativeUnavailable(dir);
if (why) { console.log(`bench:kernel skipped: cannot build/run freestanding i386 programs here (${why})`); process.exit(0); }
const want = (env: string | undefined, name: string): boolean => !env || env.split(',').includes(name);
const levels = LEVELS.filter((l) => want(process.env.LEVELS, l.name));
const files = programs().filter((f) => want(process.env.PROGRAMS, basename(f, '.c')));
const rt = buildRuntime(dir);
const t0 = Date.now();
const outcomes = await runMatrix(files.flatMap((f) => levels.map((l) => [f, l] as const)), dir, rt, 2);
const buildSeconds = (Date.now() - t0) / 1000;
const failed = outcomes.filter((o) => problems(o).length);
console.log(`kernel-idiom suite: ${outcomes.length} program builds (${files.length} programs x ${levels.length} levels) in ${fmt(buildSeconds)} s: ` +
  `${outcomes.length - failed.length} agree with the original and verify, ${failed.length} do not`);
for (const o of failed) console.log(`  FAIL ${o.program} ${o.level}: ${problems(o).join('; ').slice(0, 400)}`);

/** Instructions executed in [lo, hi) of a callgrind profile (self cost per instruction address). */
function moduleIr(profile: string, lo: number, hi: number): number {
  let total = 0, skipNext = false;
  for (const line of profile.split('\n')) {
    if (line.startsWith('calls=')) { skipNext = true; continue; }
    const m = /^(0x[0-9a-f]+)\s+\d+\s+(\d+)/.exec(line);   // positions: instr line
    if (!m) continue;
    if (skipNext) { skipNext = false; continue; }   // the inclusive cost of a call, not the caller's own
    const a = parseInt(m[1]!, 16);
    if (a >= lo && a < hi) total += Number(m[2]);
  }
  return total;
}

async function moduleRange(exe: string): Promise<[number, number]> {
  const nm = (await run('nm', [exe])).stdout;
  const sym = (n: string): number => parseInt(new RegExp(`^([0-9a-f]+) \\w ${n}$`, 'm').exec(nm)![1]!, 16);
  return [sym('__svm_module_text_start'), sym('__svm_module_text_end')];
}

/** Programs whose original build valgrind cannot run, with why (printed under the table). */
const unmeasured: string[] = [];

/**
 * Instructions executed in module code under callgrind; null when valgrind is missing; 'privileged'
 * when valgrind cannot run the program: the ORIGINAL build executes cli/sti/in/out, which the
 * native harness completes in its SIGSEGV handler (the CPU raises #GP in user mode) but valgrind's
 * x86 front end refuses as an unhandled instruction.
 */
async function callgrind(exe: string): Promise<number | null | 'privileged'> {
  const out = `${exe}.cg`;
  try {
    await run('valgrind', ['--tool=callgrind', '--dump-instr=yes', '--compress-pos=no', '--compress-strings=no', `--callgrind-out-file=${out}`, exe], { timeout: 300_000, maxBuffer: 64 << 20 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return null;
    if (/unhandled instruction bytes/.test(String((e as { stderr?: string }).stderr ?? ''))) return 'privileged';
    throw e;
  }
  const [lo, hi] = await moduleRange(exe);
  return moduleIr(readFileSync(out, 'utf8'), lo, hi);
}

const ok = outcomes.filter((o) => !problems(o).length);
const dyn = new Map<Outcome, [number, number]>();
if (process.env.CALLGRIND !== '0') {
  let next = 0, missing = false;
  const worker = async (): Promise<void> => {
    for (;;) {
      const o = ok[next++];
      if (!o || missing) return;
      const [a, b] = await Promise.all([callgrind(o.built!.original), callgrind(o.built!.rewritten)]);
      if (a === null || b === null) { missing = true; return; }
      if (a === 'privileged' || b === 'privileged') { unmeasured.push(`${o.program} ${o.level}`); continue; }
      dyn.set(o, [a, b]);
    }
  };
  await Promise.all([worker(), worker()]);
  if (missing) console.log('valgrind not found: dynamic expansion not measured (static only)');
  if (unmeasured.length) console.log(`not measured dynamically (the original build runs cli/sti/in/out, which valgrind cannot execute): ${unmeasured.sort().join(', ')}`);
}

const rows: (string | number)[][] = [];
const byLevel = new Map<string, [number, number]>();
let ta = 0, tb = 0;
for (const o of ok) {
  const c = o.built!.report.total;
  const d = dyn.get(o);
  if (d) {
    ta += d[0]; tb += d[1];
    const l = byLevel.get(o.level) ?? [0, 0];
    byLevel.set(o.level, [l[0] + d[0], l[1] + d[1]]);
  }
  rows.push([o.program, o.level, c.before, c.after, fmt(derived(c).expansion, 2), d ? d[0] : '-', d ? d[1] : '-', d ? fmt(d[1] / d[0], 2) : '-',
    o.rewritten!.fills, o.rewritten!.stackFills, c.stringSites, c.intFlagSites, c.espChecks, c.portIoSites]);
}
console.log('\nper program and level: static (instructions inline) and dynamic (instructions executed in the module text, callgrind)');
console.log(table(['program', 'level', 'insns', 'after', 'static x', 'orig Ir', 'svm Ir', 'dyn x', 'fills', 'stack', 'str', 'vif', 'esp', 'pio'], rows));
if (ta) {
  console.log('\ndynamic expansion by level (module text, all programs):');
  console.log(table(['level', 'orig Ir', 'svm Ir', 'x'], [...byLevel].map(([l, [a, b]]) => [l, a, b, fmt(b / a, 2)])));
  console.log(`\nall programs, all levels: ${ta} -> ${tb} instructions executed in module code = ${fmt(tb / ta, 2)}x`);
}
rmSync(dir, { recursive: true, force: true });
if (failed.length) process.exitCode = 1;
