// Attack class: the verifier and the loader reading the object differently. The loader applies
// every relocation of a section, in order, and lays out every allocated section; a reader that
// keeps one relocation per offset, reads only aligned table words, or skips odd sections would
// prove one image while another runs (a second relocation on a bitmap entry moves its bit to any
// byte; one on an immediate changes a checked constant). Each trick below is written with GNU as
// directives against the real side tables and is refused by the gate (the verifier) and, where
// the object could be read two ways, by the loader itself even with the gate switched off.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoaderError, parseObject, type ObjectFile } from '../../src/loader/elf.js';
import { planModule } from '../../src/loader/image.js';
import { link } from '../../src/loader/link.js';
import { program } from '../verifier/snippets.js';
import { reasonsOf, verifySource } from './support.js';

/** A verified module (f, a checked return) with `extra` appended (sections, tables, relocations). */
const mod = (extra: string, body = '\tmovl\t$1, %eax\n\tret\n'): string =>
  program(`.Lf0:\n${body}`, '', `${extra}\n\t.text\n`);

const TARGETS = '\t.section\t.svm_targets,"a",@progbits\n';

function vmLink(obj: ObjectFile): void {
  const r = { resolve: () => 0xc0100000 };
  link(obj, { kind: 'vm', base: 0x10000000, externals: r, runtime: r });
}

describe('side-table relocation tricks (.svm_targets / .svm_returns)', () => {
  it('the untouched module verifies (the baseline every trick starts from)', () => {
    const { r } = verifySource(mod(`${TARGETS}\t.long\tf\n`));
    expect(reasonsOf(r)).toBe('');
    expect(r.sets!.targets).toEqual([0]);
  });
  const tricks: ReadonlyArray<[string, string, RegExp]> = [
    ['a second relocation on one entry (the loader would add both)', `${TARGETS}.Lt:\t.long\tf\n\t.reloc\t.Lt, R_386_32, f\n`,
      /\.svm_targets\+0x0: code: several relocations at one offset[\s\S]*entry is patched by several relocations/],
    ['a misaligned entry (relocation at offset 1)', `${TARGETS}\t.byte\t0\n\t.long\tf\n\t.byte\t0, 0, 0\n`,
      /\.svm_targets\+0x1: control: indirect-transfer target table relocation is not one aligned R_386_32/],
    ['a PC-relative entry', `${TARGETS}\t.long\tf - .\n`, /table relocation is not one aligned R_386_32 \(type 2/],
    ['an entry into the middle of an instruction (addend)', `${TARGETS}\t.long\tf+1\n`, /\.svm_targets\+0x0: control: indirect-transfer target entry is not an instruction boundary/],
    ['an absolute number (no relocation)', `${TARGETS}\t.long\t0x10\n`, /entry is not an instruction boundary/],
    ['a table that is not whole entries', `${TARGETS}\t.long\tf\n\t.byte\t1, 2\n`, /table size \(6 bytes\) is not a whole number of 4-byte entries/],
    ['an entry naming data', `${TARGETS}\t.long\t.Ld\n\t.data\n.Ld:\t.long\t0\n`, /entry is not an instruction boundary/],
    ['a return site in the middle of an instruction', '\t.section\t.svm_returns,"a",@progbits\n\t.long\tf+2\n', /return-site entry is not an instruction boundary/],
    ['a return site at a place no call precedes', '\t.section\t.svm_returns,"a",@progbits\n\t.long\tf\n', /return site \(\.svm_returns\) that does not follow a call/],
  ];
  for (const [what, extra, want] of tricks) {
    it(`${what}: rejected, naming section and offset`, () => {
      const { r } = verifySource(mod(extra));
      expect(r.ok).toBe(false);
      expect(reasonsOf(r)).toMatch(want);
    });
  }
});

describe('relocation tricks in code', () => {
  it('two relocations at one offset of an immediate: rejected by the verifier, refused by the loader', () => {
    const { obj, r } = verifySource(mod('', '.Lx:\tmovl\t$0, %eax\n\t.reloc\t.Lx+1, R_386_32, f\n\t.reloc\t.Lx+1, R_386_32, f\n\tret\n'));
    expect(reasonsOf(r)).toMatch(/\.text\+0x1: code: several relocations at one offset/);
    expect(() => vmLink(obj)).toThrow(/can be read more than one way[\s\S]*\.text\+0x1: several relocations at one offset/);
  });
  it('overlapping relocation fields (offsets 1 and 3): rejected and refused', () => {
    const { obj, r } = verifySource(mod('', '.Lx:\tmovl\t$0, %eax\n\tnop\n\tnop\n\t.reloc\t.Lx+1, R_386_32, f\n\t.reloc\t.Lx+3, R_386_32, f\n\tret\n'));
    expect(reasonsOf(r)).toMatch(/\.text\+0x3: code: relocation field overlaps the one at \.text\+0x1/);
    expect(() => vmLink(obj)).toThrow(LoaderError);
  });
  it('an absolute relocation on a branch displacement: rejected', () => {
    const { r } = verifySource(mod('', '.Lj:\tjmp\t.Lh\n.Lh:\t.reloc\t.Lj+1, R_386_32, f\n\tmovl\t$1, %eax\n\tret\n'));
    expect(reasonsOf(r)).toMatch(/absolute relocation on a branch displacement/);
  });
  it('a relocation on opcode bytes (the loader would rewrite an instruction the verifier decoded): rejected', () => {
    const { r } = verifySource(mod('', '.Lx:\tmovl\t$0, %eax\n\tnop\n\tnop\n\tnop\n\tnop\n\t.reloc\t.Lx+3, R_386_32, __svm_stlb\n\tret\n'));
    expect(reasonsOf(r)).toMatch(/relocation patches bytes that are not a 32-bit displacement or immediate field/);
  });
  it('a relocation type the loader does not apply: the object is refused as unreadable (naming section and offset)', () => {
    expect(() => verifySource(mod('', '.Lx:\tmovl\t$0, %eax\n\t.reloc\t.Lx+1, R_386_GOTOFF, f\n\tret\n')))
      .toThrow(/unsupported relocation type 9 in section \.text at offset 0x[0-9a-f]+/);
  });
  it('a relocation against a section that is not loaded: rejected and refused', () => {
    const { obj, r } = verifySource(mod('\t.section\t.notloaded\n.Lnl:\t.long\t7\n', '\tmovl\t$.Lnl, %eax\n\tret\n'));
    expect(reasonsOf(r)).toMatch(/relocation against '\.notloaded', which is in no loaded section/);
    expect(() => vmLink(obj)).toThrow(LoaderError);
  });
});

describe('section tricks (crafted section headers)', () => {
  /** The object bytes with section `name`'s header field at byte `field` (of 40) set to `value`. */
  function patched(obj: ObjectFile, name: string, field: number, value: (sec: number) => number): ObjectFile {
    const bytes = Uint8Array.from(readFileSync(obj.file));
    const dv = new DataView(bytes.buffer);
    const shoff = dv.getUint32(32, true);
    const idx = obj.sections.findIndex((s) => s.name === name);
    expect(idx).toBeGreaterThan(0);
    dv.setUint32(shoff + idx * 40 + field, value(idx) >>> 0, true);
    return parseObject(bytes, obj.file);
  }
  const base = (): ObjectFile => verifySource(mod(`${TARGETS}\t.long\tf\n\t.data\n\t.long\t1, 2, 3\n`)).obj;

  it('two relocation tables for one section (the second would be a second, partial reading): refused', () => {
    const obj = verifySource(mod(`${TARGETS}\t.long\tf\n\t.data\n\t.long\tf\n`)).obj;
    const textIdx = obj.sections.findIndex((s) => s.name === '.text');
    expect(() => patched(obj, '.rel.data', 28, () => textIdx)).toThrow(/two relocation sections apply to section \.text/);
  });
  it('a loaded section whose contents overlap another\'s in the file: rejected and refused', () => {
    const obj = base();
    const text = obj.sections.find((s) => s.name === '.text')!;
    const bad = patched(obj, '.data', 16, () => text.fileOffset);
    expect(planModule(bad).problems.map((p) => p.reason).join('\n')).toMatch(/contents overlap those of section \.text/);
    expect(() => vmLink(bad)).toThrow(LoaderError);
  });
  for (const align of [3, 8192]) {
    it(`an alignment of ${align} (the instances' layouts could differ): rejected and refused`, () => {
      const bad = patched(base(), '.text', 32, () => align);
      expect(planModule(bad).problems[0]!.reason).toMatch(new RegExp(`alignment ${align} is not a power of two of at most 4096`));
      expect(() => vmLink(bad)).toThrow(LoaderError);
    });
  }
});
