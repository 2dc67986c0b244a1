// Invariants of the instruction table, and spot checks of facts against the Intel SDM.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { effects } from '../../src/isa/effects.js';
import { AF, CF, DF, FORMS, FORMS_BY_NAME, OF, OSZAPC, PF, SF, undefinedFlags, ZF, type Form } from '../../src/isa/index.js';
import { corpusFiles } from '../support/paths.js';

const byName = (n: string, pred: (f: Form) => boolean = () => true): Form => {
  const f = FORMS_BY_NAME.get(n)?.find(pred);
  if (!f) throw new Error(`no form ${n}`);
  return f;
};

describe('table invariants', () => {
  it('ids are dense and every form has a name and an encoding', () => {
    FORMS.forEach((f, i) => {
      expect(f.id).toBe(i);
      expect(f.names.length).toBeGreaterThan(0);
      expect(f.enc.opcode.length).toBeGreaterThan(0);
    });
  });
  it('undefined flags are a subset of written flags', () => {
    for (const f of FORMS) expect(f.flags.undef & ~f.flags.write, f.mnemonic).toBe(0);
  });
  it('lockable forms have a read-write memory-capable operand', () => {
    for (const f of FORMS.filter((x) => x.lockable)) {
      expect(f.operands.some((s) => (s.kind === 'rm' || s.kind === 'mem') && s.role === 'rw'), f.mnemonic).toBe(true);
    }
  });
  it('memory access kind follows the memory operand role; lea, nop and prefetch access nothing', () => {
    expect(byName('leal').mem).toBe('none');
    expect(byName('nopl').mem).toBe('none');
    expect(byName('prefetcht0').mem).toBe('none');
    expect(byName('movl', (f) => f.operands[1]!.kind === 'rm').mem).toBe('w');
    expect(byName('addl', (f) => f.operands[1]!.kind === 'rm' && f.operands[0]!.kind === 'reg').mem).toBe('rw');
    expect(byName('cmpl', (f) => f.operands[1]!.kind === 'rm').mem).toBe('r');
  });
  it('conditional forms read exactly their condition flags', () => {
    expect(byName('je').flags.read).toBe(ZF);
    expect(byName('jl').flags.read).toBe(SF | OF);
    expect(byName('cmovbe').flags.read).toBe(CF | ZF);
    expect(byName('setg').flags.read).toBe(ZF | SF | OF);
  });
  it('flag facts from the SDM', () => {
    expect(byName('incl').flags.write).toBe(OSZAPC & ~CF);
    expect(byName('andl').flags.undef).toBe(AF);
    expect(byName('mull').flags.undef).toBe(SF | ZF | AF | PF);
    expect(byName('divl').flags.undef).toBe(OSZAPC);
    expect(byName('btl').flags.write & ZF).toBe(0);
    expect(byName('bsfl').flags.undef).toBe(CF | OF | SF | AF | PF);
    expect(byName('adcl').flags.read).toBe(CF);
    expect(byName('movsb').flags.read).toBe(DF);
    expect(byName('cmpxchg8b').flags.write).toBe(ZF);
  });
  it('count-dependent shift rules', () => {
    const shl = byName('shll', (f) => f.operands[0]!.kind === 'imm' && f.operands[0]!.loc === 'imm');
    expect(undefinedFlags(shl, 0)).toBe(0);
    expect(undefinedFlags(shl, 1)).toBe(AF);
    expect(undefinedFlags(shl, 3)).toBe(AF | OF);
    const shlb = byName('shlb', (f) => f.operands[0]!.kind === 'imm' && f.operands[0]!.loc === 'imm');
    expect(undefinedFlags(shlb, 9) & CF).toBe(CF);
    const rol = byName('roll', (f) => f.operands[0]!.loc === 'imm');
    expect(undefinedFlags(rol, 2)).toBe(OF);
  });
  it('privilege classes', () => {
    for (const n of ['cli', 'sti', 'hlt', 'lgdt', 'wrmsr', 'rdmsr', 'invlpg', 'iret', 'outb', 'inl', 'insw', 'popfl', 'int3', 'clts', 'wbinvd', 'lidt', 'ltr', 'lldt']) {
      expect(FORMS_BY_NAME.get(n)!.every((f) => f.privilege !== null), n).toBe(true);
    }
    expect(byName('movl', (f) => f.op === 'movtocr').privilege).toBe('ring0');
    expect(byName('movl', (f) => f.op === 'mov').privilege).toBeNull();
    for (const n of ['rdtsc', 'cpuid', 'ud2', 'pause', 'lfence']) expect(byName(n).privilege, n).toBeNull();
  });
  it('control flow kinds', () => {
    expect(byName('jmp', (f) => f.op === 'jmp').flow).toBe('jmp');
    expect(byName('jmp', (f) => f.op === 'jmpind').flow).toBe('ijmp');
    expect(byName('call', (f) => f.op === 'callind').flow).toBe('icall');
    expect(byName('ret').flow).toBe('ret');
    expect(byName('ud2').flow).toBe('trap');
    expect(byName('jne').flow).toBe('jcc');
  });
});

describe('stack movement (Form.stackBytes)', () => {
  const bytes = (name: string, pred: (f: Form) => boolean = () => true): number[] =>
    [...new Set((FORMS_BY_NAME.get(name) ?? []).filter(pred).map((f) => f.stackBytes))];
  it('the SDM sizes: operand-size pushes and pops, pusha/popa 32, call/ret 4, far forms 8, iret 12', () => {
    expect(bytes('pushl')).toEqual([4]);
    expect(bytes('pushw')).toEqual([2]);
    expect(bytes('popl')).toEqual([4]);
    expect(bytes('popw')).toEqual([2]);
    expect(bytes('pushfl')).toEqual([4]);
    expect(bytes('popfl')).toEqual([4]);
    expect(bytes('pushal')).toEqual([32]);
    expect(bytes('popal')).toEqual([32]);
    expect(bytes('call')).toEqual([4]);
    expect(bytes('ret')).toEqual([4]);
    expect(bytes('enter')).toEqual([4]);
    expect(bytes('leave')).toEqual([4]);
    expect(bytes('lret')).toEqual([8]);
    expect(bytes('lcall')).toEqual([8]);
    expect(bytes('iret')).toEqual([12]);
  });
  it('exactly the forms with an implicit push or pop move %esp', () => {
    for (const f of FORMS) {
      if (f.implicitMem === 'push' || f.implicitMem === 'pop') expect(f.stackBytes, f.mnemonic).toBeGreaterThan(0);
      else expect(f.stackBytes, f.mnemonic).toBe(0);
    }
  });
});

describe('effects (liveness inputs)', () => {
  const insn = (s: string) => {
    const i = parse('t.s', s).items.find((x) => x.kind === 'insn');
    if (!i || i.kind !== 'insn') throw new Error('no insn');
    return effects(i.form, i.operands, i.prefixes.length > 0);
  };
  it('register reads, kills and partial writes', () => {
    expect(insn('movl (%eax,%ebx,4), %ecx')).toMatchObject({ regRead: 0b1001, regKill: 0b10 });
    expect(insn('movb %al, %cl')).toMatchObject({ regRead: 0b11, regKill: 0, regPartial: 0b10 });
    expect(insn('leal 4(%esi), %edi')).toMatchObject({ regRead: 1 << 6, regKill: 1 << 7 });
    expect(insn('xorl %eax, %eax')).toMatchObject({ regRead: 0, regKill: 1 });
    expect(insn('rep movsl')).toMatchObject({ regRead: (1 << 6) | (1 << 7) | (1 << 1), flagsRead: DF });
    expect(insn('cltd')).toMatchObject({ regRead: 1, regKill: 1 << 2 });
    expect(insn('divl %ecx')).toMatchObject({ regRead: 0b111, regKill: 0b101 });
  });
  it('shift by %cl may leave flags unchanged: not a kill', () => {
    expect(insn('shll %cl, %eax').flagsKill).toBe(0);
    expect(insn('shll $3, %eax').flagsKill).toBe(OSZAPC);
    expect(insn('shll $0, %eax').flagsKill).toBe(0);
  });
});

describe('coverage of real compiler output', () => {
  it('every corpus instruction resolves to a non-decode-only form', () => {
    let n = 0;
    for (const f of corpusFiles()) {
      for (const it of parse(f, readFileSync(f, 'utf8')).items) {
        if (it.kind !== 'insn') continue;
        expect(it.form.decodeOnly).toBe(false);
        n++;
      }
    }
    expect(n).toBeGreaterThan(17000);
  });
});
