// Owns the toolchain steps shared by the driver scripts and tests: compiling a driver's C
// to assembly with the kernel flags, assembling it with `as --32`, and reading the kernel
// symbols an object imports.
// Invariants: gcc always runs from the project root on project-relative paths, so the
// assembly never embeds this machine's absolute paths; the assembly goes to stdout, so no
// output path leaks into it either; LC_ALL=C keeps tool output locale-independent.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DRIVER_EXTRA_CFLAGS, KERNEL_CFLAGS } from './kernel-flags.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A sample driver; all paths are relative to PROJECT_ROOT. */
export interface DriverSpec {
  readonly name: string;
  readonly source: string;
  readonly asm: string;
  readonly object: string;
  /** gcc arguments beyond the kernel flags (defines, include paths). */
  readonly cflags?: readonly string[];
}

export const E1000LIKE: DriverSpec = Object.freeze({
  name: 'e1000like',
  source: 'drivers/e1000like/e1000like.c',
  asm: 'drivers/e1000like/e1000like.s',
  object: 'drivers/e1000like/e1000like.o',
});

export const DRIVERS: readonly DriverSpec[] = Object.freeze([E1000LIKE]);

/** The ten routines the hypervisor implements itself (thesis table 4.1). */
export const HOT_ROUTINES: readonly string[] = Object.freeze([
  '__netdev_alloc_skb',
  'dev_kfree_skb_any',
  'netif_rx',
  'dma_map_single',
  'dma_map_page',
  'dma_unmap_single',
  'dma_unmap_page',
  '_spin_trylock',
  '_spin_unlock_irqrestore',
  'eth_type_trans',
]);

/**
 * Kernel data objects (not routines) the mini kernel API declares extern. Every other
 * undefined symbol of a driver object is a kernel routine.
 */
export const KERNEL_DATA_SYMBOLS: readonly string[] = Object.freeze([
  '__preempt_count',
  'cpu_number',
  'evtchn_upcall_mask',
  'jiffies',
]);

/** Minimum number of distinct kernel routines the sample driver must call. */
export const MIN_KERNEL_ROUTINES = 40;

const TOOL_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };

export function projectPath(relative: string): string {
  return path.join(PROJECT_ROOT, relative);
}

function run(tool: string, args: readonly string[], input?: string): string {
  try {
    return execFileSync(tool, [...args], {
      cwd: PROJECT_ROOT,
      env: TOOL_ENV,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stderr?: string | Buffer; message: string };
    const stderr = e.stderr ? e.stderr.toString() : '';
    throw new Error(`${tool} ${args.join(' ')} failed:\n${stderr || e.message}`);
  }
}

/** Compiles a project-relative C file with the kernel flags; returns the assembly text. */
export function compileToAsm(source: string, extraArgs: readonly string[] = []): string {
  return run('gcc', [...KERNEL_CFLAGS, ...DRIVER_EXTRA_CFLAGS, ...extraArgs, source, '-o', '-']);
}

/** Assembles an i386 assembly file into an ELF32 relocatable object (paths may be absolute). */
export function assemble(asmPath: string, objectPath: string): void {
  run('as', ['--32', '-o', objectPath, asmPath]);
}

/** True when gcc can compile 32-bit code on this machine at all. */
export function gccM32Works(): boolean {
  try {
    run('gcc', ['-m32', '-S', '-x', 'c', '-', '-o', '-'], 'int twindrivers_probe;\n');
    return true;
  } catch {
    return false;
  }
}

/** `gcc --version` first line (recorded in mismatch messages). */
export function gccVersion(): string {
  return run('gcc', ['--version']).split('\n')[0] ?? 'unknown gcc';
}

/** Sorted undefined symbols of an object (`nm -u`). */
export function undefinedSymbols(objectPath: string): string[] {
  const out = run('nm', ['-u', objectPath]);
  const names = out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const parts = line.split(/\s+/);
      return parts[parts.length - 1] ?? '';
    })
    .filter((name) => name.length > 0);
  return sortStrings([...new Set(names)]);
}

/** Undefined symbols minus the known kernel data objects. */
export function kernelRoutines(objectPath: string): string[] {
  const data = new Set(KERNEL_DATA_SYMBOLS);
  return undefinedSymbols(objectPath).filter((name) => !data.has(name));
}

/** Code-point order: independent of the locale. */
export function sortStrings(values: string[]): string[] {
  return values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Makes sure spec.object exists and is not older than spec.asm; returns its absolute path. */
export function ensureObject(spec: DriverSpec): string {
  const asmPath = projectPath(spec.asm);
  const objectPath = projectPath(spec.object);
  const stale =
    !fs.existsSync(objectPath) || fs.statSync(objectPath).mtimeMs < fs.statSync(asmPath).mtimeMs;
  if (stale) assemble(asmPath, objectPath);
  return objectPath;
}

/** 1-based line number and both texts of the first differing line, or undefined if equal. */
export function firstDifference(
  expected: string,
  actual: string,
): { line: number; expected: string; actual: string } | undefined {
  if (expected === actual) return undefined;
  const a = expected.split('\n');
  const b = actual.split('\n');
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? '<eof>', actual: b[i] ?? '<eof>' };
  }
  return { line: n, expected: '<eof>', actual: '<eof>' };
}

/** True when this module URL is the script node/tsx was asked to run. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  const self = fileURLToPath(moduleUrl);
  const target = path.resolve(entry);
  return target === self || target === self.replace(/\.ts$/, '') || target + '.ts' === self;
}
