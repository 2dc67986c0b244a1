// Owns `npm run build:drivers`: compiles each sample driver's C with the i386 kernel flags
// into its committed assembly (drivers/<name>/<name>.s) and assembles that into the
// git-ignored object (<name>.o).  `--check` rebuilds into a temporary directory instead and
// exits 1 if the committed assembly differs from what gcc produces now.
// Invariant: the committed .s is byte-for-byte gcc's output for the committed C on this
// toolchain (no post-processing).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DRIVERS,
  type DriverSpec,
  assemble,
  compileToAsm,
  firstDifference,
  gccVersion,
  isMainModule,
  projectPath,
} from './driver-toolchain.js';

export interface CheckResult {
  readonly driver: string;
  readonly upToDate: boolean;
  readonly message: string;
}

/** Compiles and assembles one driver into the working tree. */
export function buildDriver(spec: DriverSpec): void {
  const asm = compileToAsm(spec.source, spec.cflags);
  fs.writeFileSync(projectPath(spec.asm), asm);
  assemble(projectPath(spec.asm), projectPath(spec.object));
}

/** Rebuilds one driver in a temporary directory and compares with the committed .s. */
export function checkDriver(spec: DriverSpec): CheckResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twindrivers-build-'));
  try {
    const fresh = compileToAsm(spec.source, spec.cflags);
    const asmPath = path.join(dir, `${spec.name}.s`);
    fs.writeFileSync(asmPath, fresh);
    assemble(asmPath, path.join(dir, `${spec.name}.o`));
    const committedPath = projectPath(spec.asm);
    if (!fs.existsSync(committedPath)) {
      return { driver: spec.name, upToDate: false, message: `${spec.asm} is missing` };
    }
    const diff = firstDifference(fs.readFileSync(committedPath, 'utf8'), fresh);
    if (!diff) return { driver: spec.name, upToDate: true, message: `${spec.asm} is up to date` };
    return {
      driver: spec.name,
      upToDate: false,
      message:
        `${spec.asm} differs from what ${gccVersion()} produces from ${spec.source} ` +
        `(first difference at line ${diff.line}):\n` +
        `  committed: ${diff.expected}\n  fresh:     ${diff.actual}\n` +
        'Run `npm run build:drivers` and commit the result.',
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds (or with --check, checks) every spec; the exit status. */
export function main(argv: readonly string[], specs: readonly DriverSpec[] = DRIVERS): number {
  const check = argv.includes('--check');
  let status = 0;
  for (const spec of specs) {
    if (check) {
      const result = checkDriver(spec);
      console.log(result.message);
      if (!result.upToDate) status = 1;
    } else {
      buildDriver(spec);
      console.log(`built ${spec.asm} and ${spec.object}`);
    }
  }
  return status;
}

if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
