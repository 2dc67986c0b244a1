// Genuine rewriter outputs verify in both modes, and the two front ends agree: the same accesses
// proven per class, the same checked transfers and returns, on the five corpus files and the
// sample driver (assembly vs. `as --32` output) and on the rewriter's golden outputs.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { parseObject } from '../../src/loader/elf.js';
import { verifyObject, verifyProgram, type VerifyResult } from '../../src/verifier/index.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';
import { genuineOutputs } from './corpus.js';
import { reasons } from './snippets.js';

/** What both modes must agree on (machine code also decodes alignment padding: more instructions). */
function proven(r: VerifyResult): unknown {
  const c = r.counts;
  return {
    functions: c.functions, stack: c.stack, translated: c.translated, stackChecked: c.stackChecked, runtime: c.runtime,
    string: c.string, indirect: c.indirect, returns: c.returns, flagRestores: c.flagRestores,
  };
}

describe('genuine rewriter outputs (corpus and sample driver)', () => {
  for (const g of genuineOutputs()) {
    it(`${g.name}: accepted as assembly and as machine code, with the same proofs`, () => {
      const asm = verifyProgram(g.program);
      const elf = verifyObject(parseObject(new Uint8Array(readFileSync(g.objPath())), g.objPath()));
      expect(reasons(asm)).toBe('');
      expect(reasons(elf)).toBe('');
      expect(proven(elf)).toEqual(proven(asm));
      expect(asm.counts.translated).toBeGreaterThan(50);
      expect(elf.codeBytes).toBeGreaterThan(1000);
    });
  }
});

describe('golden rewriter outputs (test/golden/rewriter)', () => {
  const dir = join(ROOT, 'test', 'golden', 'rewriter');
  const tmp = tempDir('verify-golden');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.s.out')).sort()) {
    it(`${f}: accepted in both modes, with the same proofs`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const s = join(tmp, f.replace(/\.s\.out$/, '.s'));
      writeFileSync(s, text);
      const asm = verifyProgram(parse(s, text));
      const o = s.replace(/\.s$/, '.o');
      const elf = verifyObject(parseObject(new Uint8Array(assemble(s, o)), o));
      expect(reasons(asm)).toBe('');
      expect(reasons(elf)).toBe('');
      expect(proven(elf)).toEqual(proven(asm));
    });
  }
});
