// Attack class: code the verifier skips. An analysis that only follows control flow from its roots
// never looks at code nothing reaches today — but the loader maps it executable, and a pointer,
// a table entry or a later bug may reach it. Here: dead code under a local label, after a trap,
// after a call to a dom0 routine that "never returns"; unsafe code in executable sections with
// unusual names, types or flags; an executable section with no contents; symbols that name the
// middle of an instruction. Every byte the loader maps executable is verified (linear sweep plus
// the passes of src/verifier/analysis), and the bytes that are no section's are int3.

import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LoaderError } from '../../src/loader/elf.js';
import { link } from '../../src/loader/link.js';
import { twinRig } from '../support/twin.js';
import { assemble } from '../support/toolchain.js';
import { program } from '../verifier/snippets.js';
import { attackDir, reasonsOf, verifySource } from './support.js';

const UNSAFE = '\tmovl\t%eax, (%ebx)\n';

describe('dead code is verified, not skipped', () => {
  const cases: ReadonlyArray<[string, string, RegExp]> = [
    ['an untranslated store under a local label after the return', `\tret\n.Lhidden:\n${UNSAFE}\tret\n`,
      /memory: %ebx is not a translated address here \(in unreachable code\)/],
    ['a privileged instruction after a trap', `\tud2\n\tcli\n\tret\n`, /privileged: privileged instruction 'cli' \(intflag\) \(in unreachable code\)/],
    ['an indirect jump through memory in a dead loop', `\tret\n.Lloop:\n\tjmp\t*(%eax)\n\tjmp\t.Lloop\n`,
      /indirect: indirect jump through memory .*\(in unreachable code\)/],
    ['an unchecked return in dead code', `\tret\n.Lr:\n\tret\t# raw\n`, /indirect: return through the word at stack depth 0 without the return-site check/],
  ];
  for (const [what, body, want] of cases) {
    it(`${what}: rejected`, () => {
      const { r } = verifySource(program(`\tmovl\t$1, %eax\n${body}`));
      expect(r.ok).toBe(false);
      expect(reasonsOf(r)).toMatch(want);
    });
  }
  it('after a call to a dom0 routine that "never returns" (panic): analysed as if it returned', () => {
    const { r } = verifySource(program(`\tcall\tpanic\n${UNSAFE}\tret\n`));
    expect(reasonsOf(r)).toMatch(/\.text\+0x5 <f\+0x5>: memory: %ebx is not a translated address here/);
  });
  it('a local function nothing calls: verified as an entry', () => {
    const { r } = verifySource(program('\tmovl\t$1, %eax\n\tret\n', '', `\t.type\tg, @function\ng:\n${UNSAFE}\tret\t# raw\n\t.size\tg, .-g\n`));
    expect(reasonsOf(r)).toMatch(/<g>: memory: %ebx is not a translated address here/);
  });
});

describe('unsafe code in executable sections of any name, type or flags', () => {
  for (const [name, flags] of [['.rodata.evil', '"ax",@progbits'], ['.data.evil', '"awx",@progbits'], ['.note.evil', '"ax",@note'], ['.altinstr_replacement', '"ax"']] as const) {
    it(`${name} ${flags}: verified as code (the loader maps it executable), rejected`, () => {
      const { r } = verifySource(program('\tmovl\t$1, %eax\n\tret\n', '', `\t.section\t${name},${flags}\n${UNSAFE}\tret\n`));
      expect(reasonsOf(r)).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}\\+0x0: memory: %ebx is not a translated address here`));
    });
  }
  it('an executable section without contents (SHT_NOBITS): rejected, and the loader refuses it', () => {
    const { obj, r } = verifySource(program('\tmovl\t$1, %eax\n\tret\n', '', '\t.section\t.text.hid,"ax",@nobits\n\t.skip\t64\n'));
    expect(reasonsOf(r)).toMatch(/\.text\.hid\+0x0: code: executable section without contents \(SHT_NOBITS, 64 bytes\)/);
    const res = { resolve: () => 0xc0100000 };
    expect(() => link(obj, { kind: 'vm', base: 0x10000000, externals: res, runtime: res })).toThrow(LoaderError);
  });
});

describe('symbols that name the middle of an instruction', () => {
  for (const [what, extra] of [
    ['a global function set one byte into f', '\t.globl\tg\n\t.type\tg, @function\n\t.set\tg, f+1\n'],
    ['a local function symbol inside an instruction', '\t.type\tg, @function\n\t.set\tg, .Lmid+2\n'],
    ['a plain local symbol inside an instruction', '\t.set\th, .Lmid+1\n\t.data\n\t.long\th\n'],
  ] as const) {
    it(`${what}: rejected`, () => {
      const { r } = verifySource(program('.Lmid:\n\tmovl\t$1, %eax\n\tret\n', '', extra));
      expect(reasonsOf(r)).toMatch(/control: symbol '[gh]' is not at an instruction boundary/);
    });
  }
});

describe('what the hypervisor instance maps executable beyond the sections', () => {
  it('every byte of its text pages that is no section\'s is int3', () => {
    const s = join(attackDir, 'gaps.s');
    // Two code sections: .text (odd size) and a 64-byte-aligned one; the gap between and the
    // tail of the last page must not be whatever happened to be there.
    writeFileSync(s, program('\tmovl\t$1, %eax\n\tret\n', '', '\t.section\t.text.b,"ax",@progbits\n\t.p2align\t6\n\t.globl\tg\n\t.type\tg, @function\ng:\n\tud2\n\t.size\tg, .-g\n'));
    const o = s.replace(/\.s$/, '.o');
    assemble(s, o);
    const rig = twinRig(o);
    const hv = rig.twin.hv;
    const view = rig.region.view;
    const covered = new Set<number>();
    for (const im of hv.images) for (let k = 0; k < im.bytes.length; k++) covered.add(im.address + k);
    const end = Math.ceil((hv.textStart + hv.textSize) / 4096) * 4096;
    const gaps: number[] = [];
    for (let a = hv.textStart; a < end; a++) if (!covered.has(a)) gaps.push(view.read8(a));
    expect(gaps.length).toBeGreaterThan(64);
    expect(gaps.every((b) => b === 0xcc)).toBe(true);
    // And the text is read-only.
    expect(view.translate(hv.textStart)!.flags & 2).toBe(0);
  });
});
