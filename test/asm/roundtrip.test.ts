// The bar for the front end: `as --32` of print(parse(file)) yields the same sections, section
// contents, relocations and symbols as `as --32` of the file itself — for all five Linux corpus
// files and for gcc -m32 output of our C test programs at -O0/-O2/-Os (and with kernel flags).

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { corpusFiles, FIXTURES, tempDir } from '../support/paths.js';
import { assemble, gccS, objectSummary } from '../support/toolchain.js';

const dir = tempDir('roundtrip');

function roundTrip(srcPath: string): { same: boolean; identicalBytes: boolean; diff: string } {
  const name = basename(srcPath, '.s');
  const program = parse(srcPath, readFileSync(srcPath, 'utf8'));
  const printed = join(dir, `${name}.rt.s`);
  writeFileSync(printed, print(program));
  const a = assemble(srcPath, join(dir, `${name}.orig.o`));
  const b = assemble(printed, join(dir, `${name}.rt.o`));
  const sa = objectSummary(join(dir, `${name}.orig.o`), dir);
  const sb = objectSummary(join(dir, `${name}.rt.o`), dir);
  let diff = '';
  if (sa !== sb) {
    const la = sa.split('\n'), lb = sb.split('\n');
    const i = la.findIndex((l, k) => l !== lb[k]);
    diff = `first difference at summary line ${i}:\n- ${la[i]}\n+ ${lb[i]}`;
  }
  return { same: sa === sb, identicalBytes: Buffer.compare(a, b) === 0, diff };
}

describe('round trip on the Linux 6.1 corpus', () => {
  for (const f of corpusFiles()) {
    it(basename(f), () => {
      const r = roundTrip(f);
      expect(r.diff).toBe('');
      expect(r.same).toBe(true);
      expect(r.identicalBytes).toBe(true);
    });
  }
});

const C_PROGRAMS = ['arith.c', 'mem.c', 'float.c'];
const VARIANTS: Record<string, string[]> = {
  O0: ['-O0'],
  O2: ['-O2'],
  Os: ['-Os'],
  'O2-nopie': ['-O2', '-fno-pie'],
  'O2-kernel': ['-O2', '-mregparm=3', '-freg-struct-return', '-fno-pic', '-mpreferred-stack-boundary=2', '-march=i686',
    '-ffreestanding', '-fno-omit-frame-pointer', '-fno-optimize-sibling-calls', '-fno-stack-protector',
    '-fno-asynchronous-unwind-tables', '-fno-strict-aliasing', '-fno-common', '-fno-delete-null-pointer-checks', '-fverbose-asm'],
};

describe('round trip on gcc -m32 output', () => {
  for (const c of C_PROGRAMS) {
    for (const [v, flags] of Object.entries(VARIANTS)) {
      it(`${c} ${v}`, () => {
        const out = join(dir, `${c.replace('.c', '')}-${v}.s`);
        gccS(join(FIXTURES, 'c', c), out, c === 'float.c' && v === 'O2-kernel' ? flags : [...flags]);
        const r = roundTrip(out);
        expect(r.diff).toBe('');
        expect(r.same).toBe(true);
      });
    }
  }
});
