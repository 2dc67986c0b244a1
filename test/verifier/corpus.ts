// Genuine rewriter outputs for the verifier tests: the five corpus files and the sample driver,
// rewritten with port I/O through helpers, printed, re-parsed (the verifier reads what the
// rewriter wrote), and assembled with `as --32` for machine-code mode. Computed once per process.

import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import type { Program } from '../../src/asm/ir.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { corpusFiles, ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

export interface Genuine {
  readonly name: string;
  /** Path of the rewritten assembly. */
  readonly asmPath: string;
  readonly program: Program;
  /** Path of the assembled object (machine-code mode). */
  objPath(): string;
}

let cached: Genuine[] | null = null;
const dir = tempDir('verify');

export function genuineOutputs(): Genuine[] {
  if (cached) return cached;
  const files = [...corpusFiles(), join(ROOT, 'drivers/e1000like/e1000like.s')];
  cached = files.map((f) => {
    const out = print(rewrite(parse(f, readFileSync(f, 'utf8')), { portIo: 'helpers' }).program);
    const name = basename(f);
    const asmPath = join(dir, name);
    writeFileSync(asmPath, out);
    let obj: string | null = null;
    return {
      name, asmPath, program: parse(asmPath, out),
      objPath: () => {
        if (!obj) { obj = asmPath.replace(/\.s$/, '.o'); assemble(asmPath, obj); }
        return obj;
      },
    };
  });
  return cached;
}

export { dir as verifyTempDir };
