// The encoder (src/isa/encoder.ts) against GNU as: a sample of random instructions over every
// executable form is printed as AT&T text (disasm.ts + printer), assembled with `as --32`, and the
// bytes compared. Where GNU as picks another encoding of the same instruction (short forms), the
// decoded instructions must agree instead; and every encoding decodes back to its own form.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printInstruction } from '../../src/asm/printer.js';
import { decodeAt, isDecodeFailure } from '../../src/isa/decoder.js';
import { decodedToInstruction } from '../../src/isa/disasm.js';
import { tempDir } from '../support/paths.js';
import { executableSections } from './crosscheck.js';
import { CaseGenerator, DIFF_FORMS } from './difftest/gen.js';
import { CODE_BASE } from './difftest/format.js';

describe('encoder vs GNU as', () => {
  it('every executable form: bytes equal to as, or the same decoded instruction', () => {
    const gen = new CaseGenerator(99);
    const all = Array.from({ length: DIFF_FORMS.length * 3 }, () => gen.next());
    const lines: string[] = [];
    // movsww/movzww (66 0F BE/BF with a 16-bit source) and salc have no spelling GNU as accepts;
    // legacy forms and the prefixes a form ignores (`{66} ...`) have none the printer writes: their
    // encodings are checked against capstone in test/isa/prefix-sweep.test.ts.
    const cases = all.filter((c) => !/^mov[sz]ww$/.test(c.form.mnemonic) && c.form.op !== 'salc' && !c.form.legacy && !c.text.startsWith('{') &&
      !c.operands.some((o) => o.kind === 'mem' && o.a16));
    for (const c of cases) {
      const d = decodeAt(c.code, 0, CODE_BASE);
      if (isDecodeFailure(d)) throw new Error(`${c.text}: own encoding does not decode: ${d.reason}`);
      expect(d.length, c.text).toBe(c.code.length);
      // 90 is nop, not xchg %eax,%eax (the decoder's exact-opcode rule); everything else round-trips.
      if (!(c.form.op === 'xchg' && d.form.op === 'nop')) expect(d.form.op, c.text).toBe(c.form.op);
      // One instruction per line, each at its own address so branch targets assemble as absolutes.
      const at = decodeAt(c.code, 0, lines.length * 16);
      if (isDecodeFailure(at)) throw new Error(c.text);
      let text = printInstruction(decodedToInstruction(at));
      // Branch targets relative to a label of the section, so GNU as resolves them without relocations.
      if (c.form.operands.some((o) => o.kind === 'rel')) text = text.replace(/\t(\d+)$/, '\tL0+$1');
      lines.push(`\t.org ${lines.length * 16}\n${text}`);
    }
    const dir = tempDir('encoder');
    writeFileSync(join(dir, 'e.s'), `\t.text\nL0:\n${lines.join('\n')}\n`);
    execFileSync('as', ['--32', '-o', join(dir, 'e.o'), join(dir, 'e.s')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const text = executableSections(new Uint8Array(readFileSync(join(dir, 'e.o')))).find((s) => s.name === '.text')!.bytes;
    let identical = 0;
    cases.forEach((c, k) => {
      const ours = decodeAt(c.code, 0, k * 16);
      const theirs = decodeAt(text, k * 16, k * 16);
      if (isDecodeFailure(ours) || isDecodeFailure(theirs)) throw new Error(`${c.text}: decode failure`);
      const asBytes = text.subarray(k * 16, k * 16 + theirs.length);
      if (theirs.form.id === ours.form.id && Buffer.compare(Buffer.from(asBytes), Buffer.from(c.code)) === 0) { identical++; return; }
      expect(theirs.form.op, c.text).toBe(ours.form.op);
      // xchg is symmetric: GNU as may encode `xchgl %eax, %ebp` as the short form of `xchgl %ebp, %eax`.
      const same = (ops: readonly unknown[]): string[] => {
        const n = norm(ops, ours.form.size).map((o) => JSON.stringify(o));
        return ours.form.op === 'xchg' ? n.sort() : n;
      };
      expect(same(theirs.operands), c.text).toEqual(same(ours.operands));
    });
    expect(identical).toBeGreaterThan(cases.length / 2);
  }, 60_000);
});

/** Operands without encoding positions or default-segment overrides; immediates unsigned, of the operation size. */
function norm(ops: readonly unknown[], size: number): unknown[] {
  return ops.map((o) => {
    const x = o as Record<string, unknown>;
    if (x.kind === 'mem') {
      // GNU as drops an override naming the default segment (%ss for %esp/%ebp bases, else %ds).
      const dflt = x.base === 4 || x.base === 5 ? 2 : 3;
      return { ...x, seg: x.seg === dflt ? -1 : x.seg, dispOffset: 0, disp: (x.disp as number) >>> 0, scale: x.index === -1 ? 1 : x.scale };
    }
    if (x.kind === 'imm') return { kind: 'imm', value: size === 8 || size === 16 ? (x.value as number) & ((1 << size) - 1) : (x.value as number) >>> 0 };
    if (x.kind === 'reg') return { kind: 'reg', reg: (x.reg as { name: string }).name };
    return x;
  });
}
