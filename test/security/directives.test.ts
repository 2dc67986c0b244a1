// Attack class: `verify FILE.s` saying OK where the object is rejected. The assembly front end
// reads directives its own way; GNU as decides the bytes: the fill of `.p2align N,FILL` lands in
// code, `.subsection` reorders code, `.reloc` patches code, `.set` puts a symbol inside an
// instruction, `.byte` glues a prefix onto the next instruction. `verify FILE.s` now assembles the
// text with `as --32` and gives the object's verdict (src/verifier/assembly.ts), so each of these
// is rejected — through the library call and through the command line (exit 1).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAssembly } from '../../src/verifier/assembly.js';
import { run } from '../support/cli.js';
import { checkedRet, fastPath, program } from '../verifier/snippets.js';
import { attackDir } from './support.js';

const fp = fastPath(1, 'ebx', 'ecx', '(%edx)');

const TRICKS: ReadonlyArray<[string, string, RegExp]> = [
  ['.p2align fill bytes in code (0xfa = cli), reached by falling through',
    program('\tmovl\t$1, %eax\n\t.p2align\t4, 0xfa\n\tret\n'), /privileged instruction 'cli'/],
  ['.p2align fill that swallows the next instruction (0x8b: a mov whose ModRM is the ret)',
    program('\tmovl\t$1, %eax\n\t.p2align\t3, 0x8b\n\tret\n'), /violation/],
  ['.subsection moves the translation after the access it guards',
    `\t.text\n\t.globl\tf\n\t.type\tf, @function\nf:\n\tmovl\t4(%esp), %edx\n\t.subsection 1\n${fp.inline}\t.subsection 0\n\tmovl\t(%ebx), %eax\n${checkedRet(2).inline}\t.size\tf, .-f\n\t.section\t.text.svm_stubs,"ax",@progbits\n${fp.stub}${checkedRet(2).stub}`,
    /movl \(%ebx\), %eax.*%ebx is not a translated address here/],
  ['.reloc makes the fast path\'s entry mask a symbol (the loader would add its address)',
    program(`\tmovl\t4(%esp), %edx\n${fp.inline.replace('\tandl\t$32760, %ecx\n', '.Lm:\tandl\t$32760, %ecx\n\t.reloc\t.Lm+2, R_386_32, f\n')}\tmovl\t(%ebx), %eax\n\tret\n`, fp.stub),
    /violation/],
  ['.reloc into opcode bytes', program('.Lx:\tmovl\t$1, %eax\n\tnop\n\t.reloc\t.Lx, R_386_32, f\n\tret\n'), /relocation patches bytes that are not a 32-bit displacement or immediate field/],
  ['.set puts a global function inside an instruction', program('\tmovl\t$1, %eax\n\tret\n', '', '\t.globl\tg\n\t.type\tg, @function\n\t.set\tg, f+2\n'),
    /symbol 'g' is not at an instruction boundary/],
  ['.byte glues an operand-size prefix onto pushfl (the CPU runs a 2-byte pushf)', program('\t.byte\t0x66\n\tpushfl\n\tpopfl\n\tret\n'),
    /pushfw is a legacy form/],
  ['.fill writes an instruction the source never shows (hlt)', program('\tmovl\t$1, %eax\n\t.fill\t1, 1, 0xf4\n\tret\n'), /violation/],
];

describe('verify FILE.s gives the verdict of the object as --32 makes', () => {
  for (const [what, src, want] of TRICKS) {
    it(`${what}: rejected (library and command line)`, async () => {
      const s = join(attackDir, `directive-${TRICKS.findIndex((t) => t[0] === what)}.s`);
      writeFileSync(s, src);
      const r = verifyAssembly(s, src);
      expect(r.ok).toBe(false);
      const cli = await run('verify', s);
      expect(cli.code).toBe(3);
      expect(cli.out).toMatch(want);
    });
  }
  it('violations the object check finds keep a source location when the source has one', async () => {
    const s = join(attackDir, 'located.s');
    writeFileSync(s, program('\tmovl\t$1, %eax\n.Lhere:\n\tmovl\t%eax, (%ebx)\n\tret\n'));
    const cli = await run('verify', s);
    expect(cli.code).toBe(3);
    expect(cli.out).toMatch(/located\.s:7:2: memory violation: 'movl %eax, \(%ebx\)': %ebx is not a translated address here/);
  });
  it('text as --32 refuses is bad input (exit 1) with as\'s message, naming the file', async () => {
    const s = join(attackDir, 'bad-directive.s');
    writeFileSync(s, '\t.text\nf:\n\t.reloc\tf, R_386_NOT_A_TYPE, f\n\tret\n');
    const cli = await run('verify', s);
    expect(cli.code).toBe(1);
    expect(cli.err).toMatch(/bad-directive\.s: as --32 refused the text:[\s\S]*bad-directive\.s:3/);
  });
});
