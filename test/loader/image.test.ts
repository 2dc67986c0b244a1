// loader/image.ts: the one reading of a relocatable object that the loader and the verifier share —
// which sections load (every allocated executable section is text, whatever its name), where they
// lie from the text start (the same for every instance), and the relocations, sorted and disjoint.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObject } from '../../src/loader/elf.js';
import { planModule, requirePlan } from '../../src/loader/image.js';
import { layout, link } from '../../src/loader/link.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { verifyObject } from '../../src/verifier/index.js';
import { tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

const dir = tempDir('image');

function obj(src: string, name: string) {
  const s = join(dir, `${name}.s`);
  writeFileSync(s, src);
  const o = s.replace(/\.s$/, '.o');
  return parseObject(new Uint8Array(assemble(s, o)), o);
}

describe('the module image', () => {
  it('the rewritten sample driver has one reading: text sections first, every relocation in a field of its own', () => {
    const o = driverObjects().rewritten;
    const p = requirePlan(o);
    expect(p.problems).toEqual([]);
    expect(p.text.map((t) => t.section.name)).toEqual(o.sections.filter((s) => s.alloc && s.exec).map((s) => s.name));
    expect(p.text[0]!.offset).toBe(0);
    expect(Math.min(...p.data.map((d) => d.offset))).toBeGreaterThanOrEqual(p.textSize);
    for (const [, rs] of p.relocs) for (let k = 1; k < rs.length; k++) expect(rs[k]!.offset).toBeGreaterThanOrEqual(rs[k - 1]!.offset + 4);
    // The verifier's text offsets are the image's: its text is the plan's text.
    expect(verifyObject(o).sets!.textSize).toBe(p.textSize);
  });
  it('an executable section of any name or type is text; a section\'s offset from the text start is the same at any page-aligned base', () => {
    const o = obj('\t.text\nf:\n\tret\n\t.section\t.odd,"ax",@note\n\tnop\n\t.data\n\t.long\t1\n\t.section\t.init.text,"ax",@progbits\n\t.p2align\t5\ng:\n\tret\n', 'odd');
    const p = planModule(o);
    expect(p.text.map((t) => t.section.name)).toEqual(['.text', '.odd', '.init.text']);
    expect(p.text[2]!.offset % 32).toBe(0);
    const a = layout(o, 0x10000000, () => true), b = layout(o, 0xfc400000, (s) => s.exec);
    for (const t of p.text) expect(a.placed.get(t.section.index)! - a.textStart).toBe(b.placed.get(t.section.index)! - b.textStart);
    expect(() => layout(o, 0x10000010, () => true)).toThrow(/module base 0x10000010 is not page-aligned/);
  });
  it('relocation is S + A (R_386_32) and S + A - P (R_386_PC32), every relocation once', () => {
    const o = obj('\t.text\nf:\n\tmovl\t$ext+4, %eax\n\tcall\text\n\tret\n', 'rel');
    const inst = link(o, { kind: 'vm', base: 0x20000000, externals: { resolve: () => 0x1000 }, runtime: { resolve: () => 0 } });
    const t = inst.images.find((i) => i.name === '.text')!;
    const dv = new DataView(t.bytes.buffer);
    expect(dv.getUint32(1, true)).toBe(0x1004);
    expect(dv.getUint32(6, true)).toBe((0x1000 - (0x20000000 + 10)) >>> 0);
  });
});
