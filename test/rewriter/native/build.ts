// Builds and runs the native SVM differential programs (shared by test/rewriter/native.test.ts and
// bench/native.ts). Owns the toolchain recipe: a case file is compiled twice — with -DSVM_MODULE and
// the kernel flags to assembly (the "driver"), and without it as the never-rewritten test main —
// and the module assembly is assembled as is ("original") and after rewrite() ("rewritten"); each
// variant links with the same runtime and main under link.ld. Invariant: the module object's file
// name ends in `module.o` (link.ld places it by that name) and every variant of one case links the
// same main object, so their outputs are comparable byte for byte.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KERNEL_CFLAGS } from '../../../scripts/kernel-flags.js';
import { parse } from '../../../src/asm/parser.js';
import { print } from '../../../src/asm/printer.js';
import { rewrite, type RewriteOptions, type RewriteReport } from '../../../src/rewriter/rewrite.js';
import { parseObject } from '../../../src/loader/elf.js';
import { verifyObject } from '../../../src/verifier/index.js';
import { ROOT } from '../../support/paths.js';

export const NATIVE_DIR = join(ROOT, 'test', 'rewriter', 'native');
export const CASES_DIR = join(NATIVE_DIR, 'cases');
export const LINK_SCRIPT = join(NATIVE_DIR, 'link.ld');

/** Kernel flags for the module half (DESIGN.md section 5), emitting assembly. */
export const MODULE_CFLAGS = [...KERNEL_CFLAGS, '-Wall', '-Werror', '-DSVM_MODULE', '-I', NATIVE_DIR];
/** Runtime and test mains: the same ABI (-mregparm=3 ...) compiled to objects, never rewritten;
 *  no library calls may appear (there is no libc), hence no builtins or loop-to-memset. */
export const RUNTIME_CFLAGS = [
  ...KERNEL_CFLAGS.filter((f) => f !== '-S' && f !== '-fverbose-asm'),
  '-c', '-fno-builtin', '-fno-tree-loop-distribute-patterns', '-Wall', '-Werror', '-I', NATIVE_DIR,
];
export const LINK_FLAGS = ['-m32', '-nostdlib', '-static', '-fno-pie', '-no-pie', `-Wl,-T,${LINK_SCRIPT}`, '-Wl,--no-warn-rwx-segments'];

/** Exit codes of the runtime (svm_native.h). */
export const EXIT = { slowOutside: 42, callXlate: 43, badTarget: 44, stackFault: 45, guard: 46, segv: 47, badReturn: 48, port: 49, check: 1, setup: 3 } as const;

function tool(cmd: string, args: readonly string[]): string {
  try {
    return execFileSync(cmd, [...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${err.stderr || err.message}`);
  }
}

export interface Runtime { readonly objects: string[] }

/** Compiles runtime.S and runtime.c once into `dir`. */
export function buildRuntime(dir: string): Runtime {
  mkdirSync(dir, { recursive: true });
  const s = join(dir, 'runtime-s.o');
  const c = join(dir, 'runtime-c.o');
  tool('gcc', ['-m32', '-c', '-o', s, join(NATIVE_DIR, 'runtime.S')]);
  // runtime.c shares the hypervisor's stack-window rule (platform-c/include/twin/svm-stack.h).
  tool('gcc', [...RUNTIME_CFLAGS, '-I', join(ROOT, 'platform-c', 'include'), '-o', c, join(NATIVE_DIR, 'runtime.c')]);
  return { objects: [s, c] };
}

/**
 * Whether this machine can link and run a freestanding static i386 program at all (gcc -m32
 * -nostdlib -static, `int $0x80`). Deliberately independent of the runtime and link.ld, so that a
 * broken runtime fails the tests instead of skipping them. Returns null when it can, else the reason.
 */
export function nativeUnavailable(dir: string): string | null {
  const pdir = join(dir, 'probe');
  mkdirSync(pdir, { recursive: true });
  const src = join(pdir, 'probe.S');
  writeFileSync(src, '\t.globl _start\n_start:\n\tmovl $252, %eax\n\tmovl $7, %ebx\n\tint $0x80\n\t.section .note.GNU-stack,"",@progbits\n');
  const exe = join(pdir, 'probe');
  try {
    tool('gcc', ['-m32', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-o', exe, src]);
  } catch (e) {
    return `gcc -m32 cannot link a freestanding static program: ${(e as Error).message.split('\n').slice(1, 3).join(' ')}`;
  }
  const r = spawnSync(exe, [], { timeout: 5000 });
  return r.status === 7 ? null : `a freestanding i386 program does not run here (status ${r.status}, ${r.signal ?? r.error ?? ''})`;
}

export interface Variant {
  readonly name: string;
  /** undefined: the original assembly; otherwise the rewrite options. */
  readonly rewrite?: RewriteOptions;
}

export const ORIGINAL: Variant = { name: 'original' };
export const REWRITTEN: Variant = { name: 'rewritten', rewrite: {} };
export const NO_REUSE: Variant = { name: 'noreuse', rewrite: { reuse: false } };
export const TABLE: Variant = { name: 'table', rewrite: { svm: 'table' } };

export interface BuiltVariant {
  readonly variant: Variant;
  readonly exe: string;
  readonly asm: string;
  readonly report?: RewriteReport;
  /** Set when rewriting, assembling or linking this variant failed (exe is then missing). */
  readonly error?: string;
}

export interface BuiltCase {
  readonly name: string;
  readonly moduleAsm: string;
  readonly variants: BuiltVariant[];
}

export type RewriteFn = typeof rewrite;

/**
 * Builds every variant of one case file (absolute path) under `dir/<case>`. `rewriter` defaults to
 * the project's rewrite() (an injected one lets a developer try a candidate rewriter on the cases).
 */
export function buildCase(
  caseFile: string, dir: string, rt: Runtime, variants: readonly Variant[], extraCflags: readonly string[] = [], rewriter: RewriteFn = rewrite,
): BuiltCase {
  const name = basename(caseFile, '.c');
  const cdir = join(dir, name);
  mkdirSync(cdir, { recursive: true });
  const moduleAsm = join(cdir, `${name}.s`);
  tool('gcc', [...MODULE_CFLAGS, ...extraCflags, '-o', moduleAsm, caseFile]);
  const main = join(cdir, 'main.o');
  tool('gcc', [...RUNTIME_CFLAGS, ...extraCflags, '-o', main, caseFile]);
  const text = readFileSync(moduleAsm, 'utf8');
  const built: BuiltVariant[] = [];
  for (const v of variants) {
    const vdir = join(cdir, v.name);
    mkdirSync(vdir, { recursive: true });
    let asm = moduleAsm;
    let report: RewriteReport | undefined;
    const exe = join(vdir, name);
    try {
      if (v.rewrite) {
        const r = rewriter(parse(moduleAsm, text), v.rewrite);
        asm = join(vdir, `${name}.rw.s`);
        writeFileSync(asm, print(r.program));
        report = r.report;
      }
      const obj = join(vdir, `${name}.module.o`);
      tool('as', ['--32', '-o', obj, asm]);
      const extra = v.rewrite?.svm === 'table' ? [tableSitesObject(obj, vdir)] : [];
      tool('gcc', [...LINK_FLAGS, '-o', exe, ...rt.objects, main, obj, ...extra]);
    } catch (e) {
      // The original must build; a rewritten variant's failure is that variant's test result.
      if (!v.rewrite) throw e;
      built.push({ variant: v, exe, asm, report, error: (e as Error).message });
      continue;
    }
    built.push({ variant: v, exe, asm, report });
  }
  return { name, moduleAsm, variants: built };
}

/**
 * The verifier's table sites of a module object (the only faults the native runtime's miss
 * restarts, as the hypervisor's) as a `.svm_table_sites` object: `.long offset, base, delta, disp, anchor, dispAt`
 * per site, offsets in the module text (link.ld lays it out as the loader does: executable
 * sections in section order at their alignment). A module that does not verify is an error.
 */
export function tableSitesObject(obj: string, dir: string): string {
  const v = verifyObject(parseObject(new Uint8Array(readFileSync(obj)), obj));
  if (!v.ok) throw new Error(`${obj} does not verify: ${v.violations.slice(0, 3).map((x) => x.reason).join('; ')}`);
  const rows = (v.sets?.tableSites ?? []).map((s) => `\t.long ${s.offset}, ${s.base}, ${s.delta}, ${s.disp}, ${s.anchor ?? 0}, ${s.dispAt ?? -1}\n`).join('');
  const src = join(dir, 'table-sites.s');
  writeFileSync(src, `\t.section .svm_table_sites, "a", @progbits\n\t.balign 4\n${rows}\t.section .note.GNU-stack,"",@progbits\n`);
  const out = join(dir, 'table-sites.o');
  tool('as', ['--32', '-o', out, src]);
  return out;
}

export interface RunResult {
  readonly status: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From the runtime's exit line `svm: fills=N xlate=N checks=N failed=N build=... guard=...`. */
  readonly fills: number;
  readonly xlate: number;
  readonly checks: number;
  readonly failed: number;
  readonly guard: boolean;
  /** Table misses the runtime filled and restarted (`tmiss=`; --svm table builds). */
  readonly tableMisses: number;
  /** Of those, misses of constant-page sites (`tcmiss=`: no base register, abi.ts "Constant pages"). */
  readonly constMisses: number;
}

export function runProgram(exe: string, args: readonly string[] = [], env: Record<string, string> = {}, timeoutMs = 20_000): RunResult {
  const r = spawnSync(exe, [...args], { encoding: 'utf8', timeout: timeoutMs, env: { ...env }, maxBuffer: 64 * 1024 * 1024 });
  const m = /svm: fills=(\d+) xlate=(\d+) checks=(\d+) failed=(\d+) build=\w+ guard=(on|off)/.exec(r.stderr ?? '');
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    fills: m ? Number(m[1]) : -1,
    xlate: m ? Number(m[2]) : -1,
    checks: m ? Number(m[3]) : -1,
    failed: m ? Number(m[4]) : -1,
    guard: m ? m[5] === 'on' : false,
    tableMisses: Number(/ tmiss=(\d+)/.exec(r.stderr ?? '')?.[1] ?? -1),
    constMisses: Number(/ tcmiss=(\d+)/.exec(r.stderr ?? '')?.[1] ?? -1),
  };
}

/** Address of a symbol in a linked program (`nm`), or throws. */
export function symbolAddress(exe: string, name: string): number {
  const out = tool('nm', [exe]);
  const m = new RegExp(`^([0-9a-f]+) \\w ${name.replace(/[.$]/g, '\\$&')}$`, 'm').exec(out);
  if (!m) throw new Error(`symbol ${name} not found in ${exe}`);
  return parseInt(m[1]!, 16);
}

/** Case files (absolute paths) of a folder under NATIVE_DIR, sorted. */
export function caseFiles(folder: 'cases' | 'repro'): string[] {
  const d = join(NATIVE_DIR, folder);
  return readdirSync(d).filter((f) => f.endsWith('.c')).sort().map((f) => join(d, f));
}
