// Compiling a driver's C the way the bundled one is built: `gcc` with the kernel flags and the
// mini kernel API include path (kernel-flags.ts), assembly on standard output. gcc's own
// diagnostics (file:line:col, warnings are errors) are returned as it wrote them.
// Invariant: the include path is passed relative to the working directory when it lies below it,
// so compiling the bundled driver from the package root reproduces its committed .s byte for byte
// (-fverbose-asm records the flags in the output).

import { spawnSync } from 'node:child_process';
import { isAbsolute, join, relative } from 'node:path';
import { projectRoot } from '../util/paths.js';
import { DRIVER_INCLUDE_DIR, driverCflags } from './kernel-flags.js';

export interface CompileOptions {
  /** Extra -D and -I flags, as gcc takes them (`-DNAME=1`, `-Idir`). */
  readonly extraFlags?: readonly string[];
  /** Working directory of gcc (default: the process's). */
  readonly cwd?: string;
}

export interface CompileResult {
  readonly ok: boolean;
  /** The assembly (empty when !ok). */
  readonly asm: string;
  /** gcc's diagnostics. */
  readonly diagnostics: string;
  /** The gcc command line that ran. */
  readonly argv: readonly string[];
}

/** The package's include directory as gcc should see it from `cwd`. */
export function includeDir(cwd: string = process.cwd()): string {
  const abs = join(projectRoot(), DRIVER_INCLUDE_DIR);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** The full flag list `twindrivers cc` passes to gcc before the source file. */
export function ccFlags(cwd: string = process.cwd(), extra: readonly string[] = []): string[] {
  return [...driverCflags(includeDir(cwd)), ...extra];
}

/** Runs gcc on `source`; a missing gcc is reported in `diagnostics` (ok false). */
export function compileC(source: string, o: CompileOptions = {}): CompileResult {
  const cwd = o.cwd ?? process.cwd();
  const argv = ['gcc', ...ccFlags(cwd, o.extraFlags), source, '-o', '-'];
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, asm: '', argv, diagnostics: missing ? 'gcc not found: install gcc with 32-bit support (e.g. gcc-multilib)' : r.error.message };
  }
  return { ok: r.status === 0, asm: r.status === 0 ? r.stdout : '', diagnostics: r.stderr, argv };
}
