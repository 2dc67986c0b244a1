// The kernel-idiom differential suite (issue 14): kernel-style C programs (programs/*.c, written
// against klib.h: the Linux i386 idioms — pointers to locals, string instructions on the stack in
// both directions, variable frames, irqsave, port I/O, retained library code) built at every
// optimisation level with the kernel flags, rewritten with DEFAULT options, and run natively
// beside the original on the SVM test runtime (test/rewriter/native). Owns the build recipe, the
// gcc cache and the run; test/kernel/suite.test.ts asserts a sample in CI, bench/kernel.ts runs
// the whole matrix and measures dynamic expansion.
//
// One program at one level: gcc -S (module half, -DSVM_MODULE) and gcc -c (test main), both
// cached by the hash of their inputs under node_modules/.cache; rewrite() of the module (it
// verifies its output in-process: a rejection is a failure of the program); the rewritten object
// verified again in machine-code mode (the loader's gate); original and rewritten linked with the
// same main and runtime; both run. Builds and runs go two at a time (the machine has two cores).

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { parseObject } from '../../src/loader/elf.js';
import { rewrite, type RewriteReport } from '../../src/rewriter/rewrite.js';
import { formatViolations, verifyObject } from '../../src/verifier/index.js';
import { LINK_FLAGS, MODULE_CFLAGS, NATIVE_DIR, RUNTIME_CFLAGS, tableSitesObject, type Runtime } from '../rewriter/native/build.js';
import type { SvmMode } from '../../src/svm-runtime/abi.js';
import { ROOT } from '../support/paths.js';

const run = promisify(execFile);

export const KERNEL_DIR = join(ROOT, 'test', 'kernel');
export const PROGRAMS_DIR = join(KERNEL_DIR, 'programs');
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'twindrivers-kernel');

/** The optimisation levels of the matrix (after the kernel flags: the last -O and -f win). */
export const LEVELS = [
  { name: 'O1', flags: ['-O1'] },
  { name: 'O2', flags: ['-O2'] },
  { name: 'Os', flags: ['-Os'] },
  { name: 'O3', flags: ['-O3'] },
  { name: 'O2-omit-fp', flags: ['-O2', '-fomit-frame-pointer'] },
] as const;
export type Level = (typeof LEVELS)[number];

/** Program files, sorted. */
export function programs(): string[] {
  return readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.c')).sort().map((f) => join(PROGRAMS_DIR, f));
}

const INCLUDES = ['-I', KERNEL_DIR, '-I', NATIVE_DIR];

async function tool(cmd: string, args: readonly string[]): Promise<string> {
  try {
    return (await run(cmd, [...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 64 << 20 })).stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stderr || err.message}`);
  }
}

let gccId: string | null = null;
let tmpSeq = 0;
async function gccVersion(): Promise<string> {
  return (gccId ??= (await tool('gcc', ['--version'])).split('\n')[0]!);
}

/** gcc's output for `args` on `src` (and the headers), from the cache when its inputs are unchanged. */
async function cachedGcc(src: string, args: readonly string[], ext: string, out: string): Promise<void> {
  const h = createHash('sha256');
  h.update(await gccVersion());
  h.update(args.join('\0'));
  for (const f of [src, join(KERNEL_DIR, 'klib.h'), join(NATIVE_DIR, 'svm_native.h')]) h.update(readFileSync(f));
  const key = join(CACHE_DIR, `${h.digest('hex').slice(0, 32)}.${ext}`);
  if (!existsSync(key)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${key}.${process.pid}.${++tmpSeq}.tmp`;
    await tool('gcc', [...args, '-o', tmp, src]);
    renameSync(tmp, key);
  }
  copyFileSync(key, out);
}

export interface Built {
  readonly program: string;
  readonly level: string;
  readonly original: string;
  readonly rewritten: string;
  readonly report: RewriteReport;
  /** Machine-code verdict on the rewritten object (the loader's gate): '' when it verifies. */
  readonly objectViolations: string;
}

/** Builds one program at one level into `dir`; throws on any build, rewrite or link failure. */
export async function buildProgram(file: string, level: Level, dir: string, rt: Runtime, svm: SvmMode = 'stlb'): Promise<Built> {
  const name = basename(file, '.c');
  const d = join(dir, `${name}-${level.name}${svm === 'stlb' ? '' : `-${svm}`}`);
  mkdirSync(d, { recursive: true });
  const moduleAsm = join(d, `${name}.s`), main = join(d, 'main.o');
  await Promise.all([
    cachedGcc(file, [...MODULE_CFLAGS, ...INCLUDES, ...level.flags], 's', moduleAsm),
    cachedGcc(file, [...RUNTIME_CFLAGS, ...INCLUDES], 'o', main),
  ]);
  const text = readFileSync(moduleAsm, 'utf8');
  // Default options: port I/O through the helpers, reuse on, the output verified in-process.
  const r = rewrite(parse(moduleAsm, text), svm === 'stlb' ? {} : { svm });
  const rwAsm = join(d, `${name}.rw.s`);
  writeFileSync(rwAsm, print(r.program));
  const origObj = join(d, `${name}.orig.module.o`), rwObj = join(d, `${name}.rw.module.o`);
  await Promise.all([tool('as', ['--32', '-o', origObj, moduleAsm]), tool('as', ['--32', '-o', rwObj, rwAsm])]);
  const v = verifyObject(parseObject(new Uint8Array(readFileSync(rwObj)), rwObj));
  const original = join(d, `${name}.orig`), rewritten = join(d, `${name}.rw`);
  await Promise.all([
    tool('gcc', [...LINK_FLAGS, '-o', original, ...rt.objects, main, origObj]),
    tool('gcc', [...LINK_FLAGS, '-o', rewritten, ...rt.objects, main, rwObj, ...(svm === 'table' && v.ok ? [tableSitesObject(rwObj, d)] : [])]),
  ]);
  return { program: name, level: level.name, original, rewritten, report: r.report, objectViolations: v.ok ? '' : formatViolations(v) };
}

export interface Run {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly fills: number;
  readonly stackFills: number;
  readonly checks: number;
  readonly failed: number;
  readonly guard: boolean;
  /** Table misses filled and restarted (--svm table), -1 when the exit line has none. */
  readonly tableMisses: number;
}

/** Runs a built program (the runtime's exit line gives its counts). */
export async function runExe(exe: string, env: Record<string, string> = {}): Promise<Run> {
  let status: number | null = 0, signal: string | null = null, stdout = '', stderr = '';
  try {
    const r = await run(exe, [], { encoding: 'utf8', timeout: 60_000, env: { ...env }, maxBuffer: 64 << 20 });
    stdout = r.stdout; stderr = r.stderr;
  } catch (e) {
    const x = e as { code?: number; signal?: string; stdout?: string; stderr?: string };
    status = typeof x.code === 'number' ? x.code : null; signal = x.signal ?? null; stdout = x.stdout ?? ''; stderr = x.stderr ?? '';
  }
  const m = /svm: fills=(\d+) xlate=\d+ checks=(\d+) failed=(\d+) build=\w+ guard=(on|off) sfills=(\d+)/.exec(stderr);
  return {
    status, signal, stdout, stderr, fills: m ? Number(m[1]) : -1, checks: m ? Number(m[2]) : -1, failed: m ? Number(m[3]) : -1,
    guard: m ? m[4] === 'on' : false, stackFills: m ? Number(m[5]) : -1, tableMisses: Number(/ tmiss=(\d+)/.exec(stderr)?.[1] ?? -1),
  };
}

export interface Outcome {
  readonly program: string;
  readonly level: string;
  readonly svm: SvmMode;
  readonly built?: Built;
  /** Build, rewrite or link failure. */
  readonly error?: string;
  readonly original?: Run;
  readonly rewritten?: Run;
}

/** Builds and runs every (program, level) pair, `concurrency` at a time. */
export async function runMatrix(pairs: ReadonlyArray<readonly [string, Level]>, dir: string, rt: Runtime, concurrency = 2, svm: SvmMode = 'stlb'): Promise<Outcome[]> {
  const out: Outcome[] = new Array(pairs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const k = next++;
      if (k >= pairs.length) return;
      const [file, level] = pairs[k]!;
      const program = basename(file, '.c');
      try {
        const built = await buildProgram(file, level, dir, rt, svm);
        const [original, rewritten] = await Promise.all([runExe(built.original), runExe(built.rewritten)]);
        out[k] = { program, level: level.name, svm, built, original, rewritten };
      } catch (e) {
        out[k] = { program, level: level.name, svm, error: (e as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

/** What is wrong with an outcome (empty when the program agrees and verifies). */
export function problems(o: Outcome): string[] {
  const p: string[] = [];
  if (o.error) return [o.error];
  const { original: a, rewritten: b, built } = o;
  if (!a || !b || !built) return ['not run'];
  if (a.status !== 0 || a.failed !== 0) p.push(`original exited ${a.status ?? a.signal} (${a.failed} failed checks): ${a.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  if (b.status !== 0 || b.failed !== 0) p.push(`rewritten exited ${b.status ?? b.signal} (${b.failed} failed checks): ${b.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  if (a.stdout !== b.stdout) p.push('outputs differ');
  if (!a.stdout.length) p.push('no output');
  if (o.svm === 'table' ? b.tableMisses <= 0 : b.fills <= 0) p.push(o.svm === 'table' ? 'no table miss' : 'no stlb fill');
  if (!b.guard) p.push('the dom0 view was not revoked while module code ran');
  if (built.objectViolations) p.push(`the object does not verify:\n${built.objectViolations}`);
  return p;
}
