// Disassembler: a decoded instruction (decoder.ts) as an IR Instruction of src/asm/ir.ts, which
// the printer turns into AT&T text that GNU as accepts. Operands follow the form's AT&T order;
// implicit constant operands (the 1 of `shl $1`) are left out, fixed registers (%cl counts,
// accumulators, %dx ports) are written. Branch targets and displacements come out as numbers.

import { num } from '../asm/expr.js';
import type { Instruction, Operand } from '../asm/ir.js';
import type { Decoded, DecodedOperand } from './decoder.js';
import { gprOfSize, regByNum } from './registers.js';

const LOC = { file: '<decoded>', line: 0, col: 0 } as const;

/** The IR instruction for a decoded one (section `.text`, no source location). */
export function decodedToInstruction(d: Decoded, section = '.text'): Instruction {
  const f = d.form;
  const prefixes: string[] = [];
  if (d.lock) prefixes.push('lock');
  // A 67 prefix shows in the 16-bit registers of a memory operand; on implicit addressing it is a prefix.
  if (d.a16 && f.enc.asize === 16) prefixes.push('addr16');
  if (d.rep) {
    if (f.rep === 'repcc') prefixes.push(d.rep === 0xf3 ? 'repe' : 'repne');
    else prefixes.push(d.rep === 0xf3 ? 'rep' : 'repne');
  }
  const indirect = f.flow === 'ijmp' || f.flow === 'icall';
  const operands: Operand[] = [];
  f.operands.forEach((s, i) => {
    if (s.value !== undefined) return;
    operands.push(toOperand(d.operands[i]!, indirect && (s.kind === 'rm' || s.kind === 'mem')));
  });
  return { kind: 'insn', prefixes, mnemonic: f.mnemonic, form: f, operands, loc: LOC, section };
}

function toOperand(o: DecodedOperand, indirect: boolean): Operand {
  switch (o.kind) {
    case 'reg': return { kind: 'reg', reg: o.reg, indirect };
    case 'imm': return { kind: 'imm', expr: num(o.value), constValue: o.value };
    case 'rel': return { kind: 'target', expr: num(o.target >>> 0) };
    case 'mem': {
      const w = o.a16 ? 16 : 32;
      const base = o.base >= 0 ? gprOfSize(w, o.base) : null;
      const index = o.index >= 0 ? gprOfSize(w, o.index) : null;
      const disp = o.disp !== 0 || (!base && !index) ? num(base || index ? o.disp : o.disp >>> 0) : null;
      return {
        kind: 'mem', seg: o.seg >= 0 ? regByNum('sreg', o.seg) : null, disp, base, index, scale: o.scale,
        scaleWritten: index !== null, indirect,
      };
    }
  }
}
