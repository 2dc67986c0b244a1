// Front-end unit tests: syntax the corpus and gcc use, the IR it produces, and diagnostics.

import { describe, expect, it } from 'vitest';
import { AsmErrors } from '../../src/asm/diagnostics.js';
import { constValue, printExpr } from '../../src/asm/expr.js';
import type { Directive, Instruction, MemOperand, Program } from '../../src/asm/ir.js';
import { sectionsOf } from '../../src/asm/ir.js';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';

const insns = (p: Program): Instruction[] => p.items.filter((i): i is Instruction => i.kind === 'insn');
const one = (src: string): Instruction => insns(parse('t.s', src))[0]!;
function errorOf(src: string): string {
  try { parse('t.s', src); } catch (e) { if (e instanceof AsmErrors) return e.message; throw e; }
  throw new Error('expected a parse error');
}

describe('instructions', () => {
  it('resolves suffixed and unsuffixed mnemonics by register size', () => {
    expect(one('movl %eax, %ebx').form.size).toBe(32);
    expect(one('mov %ax, %bx').form.size).toBe(16);
    expect(one('mov %al, (%ebx)').form.size).toBe(8);
    expect(one('movzbl (%eax), %ecx').form.op).toBe('movzx');
    expect(one('movswl %ax, %ecx').form.op).toBe('movsx');
    expect(one('cwtl').form.op).toBe('cwde');
    expect(one('cltd').form.op).toBe('cdq');
  });
  it('rejects an unsized memory operation', () => {
    expect(errorOf('add $1, (%eax)')).toMatch(/t\.s:1:1: error: ambiguous operand size for 'add'/);
  });
  it('reports unknown mnemonics and bad operands with file:line:column', () => {
    expect(errorOf('\n\tfrobl %eax')).toMatch(/^t\.s:2:2: error: unknown instruction mnemonic 'frobl'/);
    expect(errorOf('movl %eax')).toMatch(/t\.s:1:1: error: 'movl' takes 2 operand/);
    expect(errorOf('movb %eax, %ebx')).toMatch(/invalid operands for 'movb'/);
    expect(errorOf('movl (%eax,%esp,2), %ebx')).toMatch(/t\.s:1:\d+: error: '%esp' cannot be an index register/);
    expect(errorOf('movl 4(%eax, %ebx', )).toMatch(/expected '\)'/);
    expect(errorOf('movl $, %eax')).toMatch(/expected an expression/);
    expect(errorOf('movl %eex, %eax')).toMatch(/unknown register '%eex'/);
  });
  it('parses memory operands with segment, displacement, base, index and scale', () => {
    const i = one('movl %fs:sym+4(%eax,%ebx,4), %ecx');
    const m = i.operands[0] as MemOperand;
    expect(m.seg?.name).toBe('fs');
    expect(printExpr(m.disp!)).toBe('sym+4');
    expect([m.base?.name, m.index?.name, m.scale]).toEqual(['eax', 'ebx', 4]);
    const j = one('jmp *.L4(,%eax,4)');
    expect(j.form.flow).toBe('ijmp');
    const jm = j.operands[0] as MemOperand;
    expect([jm.base, jm.index?.name, jm.scale, jm.indirect]).toEqual([null, 'eax', 4, true]);
    expect(one('call *%ecx').form.flow).toBe('icall');
    expect(one('call *12(%ebx)').form.flow).toBe('icall');
    expect(one('call foo').operands[0]!.kind).toBe('target');
  });
  it('handles prefixes, ; separators and prefixes on their own statement', () => {
    const p = parse('t.s', 'lock; orb $1,76(%eax)\n\trep movsb\n\trep; nop\n\tlock\n\tincl (%eax)\n\trepne scasb');
    const is = insns(p);
    expect(is.map((i) => [i.prefixes.join(' '), i.form.op])).toEqual([
      ['lock', 'or'], ['rep', 'movs'], ['rep', 'pause'], ['lock', 'inc'], ['repne', 'scas'],
    ]);
    expect(errorOf('lock; movl %eax, (%ebx)')).toMatch(/'lock' is not allowed with 'movl'/);
    expect(errorOf('lock; addl %eax, %ebx')).toMatch(/without a memory destination/);
    expect(errorOf('rep addl %eax, %ebx')).toMatch(/'rep' is not allowed with 'addl'/);
    expect(errorOf('lock\n1:\tincl (%eax)')).toMatch(/label '1' between prefix/);
  });
  it('accepts port I/O with (%dx) and %dx', () => {
    expect(one('inb (%dx), %al').form.op).toBe('in');
    expect(one('outl %eax, %dx').form.privilege).toBe('io');
    expect(one('inw $0x71, %ax').form.size).toBe(16);
  });
  it('distinguishes shift forms by operand count', () => {
    expect(one('shll %eax').form.enc.opcode[0]).toBe(0xd1);
    expect(one('shll $1, %eax').form.enc.opcode[0]).toBe(0xc1);
    expect(one('sarl %cl, %edx').form.enc.opcode[0]).toBe(0xd3);
    expect(one('shrdl %eax, %edx').form.op).toBe('shrd');
    expect(one('imull $12, %eax').form.op).toBe('imul3');
  });
});

describe('labels, directives and sections', () => {
  const src = [
    '\t.text',
    'f:\t.byte 0x0f, 0x0b',
    '1:\tmovl 1b, %eax',
    '.pushsection __bug_table,"aw"',
    '2:\t.long 1b\t# bug_entry::bug_addr',
    '\t.org 2b+12',
    '.popsection',
    '\t.section .rodata.str1.1,"aMS",@progbits,1',
    '.LC0:\t.string "a\\tb\\"c\\\\\\n"',
    '\t.previous',
    '\t.skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90',
    '\t.p2align 4,,10',
    '\t.section .note.GNU-stack,"",@progbits',
    '/* block',
    '   comment */ nop',
  ].join('\n');
  const p = parse('t.s', src);
  it('tracks sections through .pushsection/.popsection/.previous', () => {
    const secs = sectionsOf(p);
    expect([...secs.keys()]).toEqual(['.text', '__bug_table', '.rodata.str1.1', '.note.GNU-stack']);
    const lc0 = p.items.find((i) => i.kind === 'label' && i.name === '.LC0')!;
    expect(lc0.section).toBe('.rodata.str1.1');
    const skip = p.items.find((i) => i.kind === 'directive' && i.name === '.skip')!;
    expect(skip.section).toBe('.text');
  });
  it('keeps numeric local label references and expression structure', () => {
    const skip = p.items.find((i): i is Directive => i.kind === 'directive' && i.name === '.skip')!;
    expect(skip.args.length).toBe(2);
    const printed = print({ file: 't.s', items: [skip] });
    expect(printed).toContain('-(((6651f-6641f)-(662b-661b))>0)*((6651f-6641f)-(662b-661b)), 0x90');
    const p2 = p.items.find((i): i is Directive => i.kind === 'directive' && i.name === '.p2align')!;
    expect(print({ file: 't.s', items: [p2] }).trim()).toBe('.p2align\t4,,10');
  });
  it('keeps comments and strings with escapes', () => {
    const out = print(p);
    expect(out).toContain('# bug_entry::bug_addr');
    expect(out).toContain('.string\t"a\\tb\\"c\\\\\\n"');
    expect(out).toContain('/* block\n   comment */');
    expect(insns(p).map((i) => i.form.op)).toContain('nop');
  });
  it('evaluates GAS comparisons as -1 for true', () => {
    const e = parse('t.s', '.long -((3-1) > 0) * 5').items[0] as Directive;
    expect(constValue((e.args[0] as { k: 'expr'; e: never }).e)).toBe(5n);
  });
  it('rejects unknown and unsupported directives', () => {
    expect(errorOf('\t.frobnicate 1')).toMatch(/t\.s:1:2: error: unknown directive '\.frobnicate'/);
    expect(errorOf('\t.macro foo')).toMatch(/macros and conditional assembly are not supported/);
    expect(errorOf('\t.popsection')).toMatch(/without a matching .pushsection/);
    expect(errorOf('\t.long 1 +')).toMatch(/expected an expression/);
    expect(errorOf('\t.string abc')).toMatch(/expects a string literal/);
  });
  it('reports every bad line, not just the first', () => {
    const msg = errorOf('foo %eax\nmovl %eax, %ebx\nbar\n');
    expect(msg.split('\n').length).toBe(2);
    expect(msg).toMatch(/t\.s:1:1/);
    expect(msg).toMatch(/t\.s:3:1/);
  });
});
