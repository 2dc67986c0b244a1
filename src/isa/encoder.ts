// Machine-code encoder for 32-bit protected mode, driven by the encodings in the instruction table
// (the inverse of decoder.ts; no opcode knowledge of its own). Used by the emulator's differential
// test to build instruction bytes, and checked against GNU `as --32` in test/isa/encoder.test.ts.
//
// Operands are given as the decoder returns them (DecodedOperand, one per form operand, implicit
// ones included). Memory operands get the shortest displacement (none / disp8 / disp32), and a
// SIB byte only when needed (%esp base, an index, or no base with an index).

import type { DecodedOperand } from './decoder.js';
import type { Form } from './types.js';

export interface EncodeOptions {
  /** Address of the instruction (for rel operands). */
  readonly address?: number;
  readonly lock?: boolean;
  /** 0xf2 / 0xf3 repeat prefix (not the mandatory prefix, which comes from the form). */
  readonly rep?: 0xf2 | 0xf3;
  /** Segment override register number (0..5). */
  readonly seg?: number;
}

const SEG_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65];

export class EncodeError extends Error {}

export function encode(form: Form, operands: readonly DecodedOperand[], opts: EncodeOptions = {}): Uint8Array {
  if (operands.length !== form.operands.length) {
    throw new EncodeError(`${form.mnemonic}: expected ${form.operands.length} operands, got ${operands.length}`);
  }
  const out: number[] = [];
  if (opts.lock) out.push(0xf0);
  if (opts.rep) out.push(opts.rep);
  let mem: Extract<DecodedOperand, { kind: 'mem' }> | null = null;
  for (const o of operands) if (o.kind === 'mem') mem = o;
  const seg = opts.seg ?? (mem && mem.seg >= 0 ? mem.seg : -1);
  if (seg >= 0) out.push(SEG_PREFIX[seg]!);
  const e = form.enc;
  if (e.asize === 16 || (mem !== null && mem.a16 === true)) out.push(0x67);
  if (e.o16) out.push(0x66);
  if (e.prefix !== undefined) out.push(e.prefix);
  const opcode = [...e.opcode];
  let regField = typeof e.modrm === 'number' ? e.modrm : 0;
  let rmReg = -1;
  let memOp: Extract<DecodedOperand, { kind: 'mem' }> | null = null;
  form.operands.forEach((s, i) => {
    const o = operands[i]!;
    switch (s.loc) {
      case 'opcode':
        if (o.kind !== 'reg') throw new EncodeError(`${form.mnemonic}: operand ${i} must be a register`);
        opcode[opcode.length - 1] = opcode[opcode.length - 1]! + o.reg.num;
        break;
      case 'modrm.reg':
        if (o.kind !== 'reg') throw new EncodeError(`${form.mnemonic}: operand ${i} must be a register`);
        regField = o.reg.num;
        break;
      case 'modrm.rm':
        if (o.kind === 'reg') rmReg = o.reg.num;
        else if (o.kind === 'mem') memOp = o;
        else throw new EncodeError(`${form.mnemonic}: operand ${i} must be a register or memory`);
        break;
      default:
        break;
    }
  });
  out.push(...opcode);
  if (e.modrm !== undefined) {
    if (memOp) {
      if ((memOp as { a16?: boolean }).a16) encodeMem16(out, regField, memOp);
      else encodeMem(out, regField, memOp);
    } else {
      const rm = e.rm ?? (rmReg >= 0 ? rmReg : 0);
      out.push(0xc0 | (regField << 3) | rm);
    }
  }
  // Immediates in encoding order: moffs, rel, imm, imm2.
  let relAt = -1, relBytes = 0, relTarget = 0;
  for (const loc of ['moffs', 'rel', 'imm', 'imm2'] as const) {
    form.operands.forEach((s, i) => {
      if (s.loc !== loc) return;
      const o = operands[i]!;
      const nb = s.encBytes!;
      let v: number;
      if (loc === 'moffs') { if (o.kind !== 'mem') throw new EncodeError('moffs operand must be memory'); if ((nb === 2) !== (o.a16 === true)) throw new EncodeError(`${form.mnemonic}: moffs address size does not match the form`); v = o.disp; }
      else if (loc === 'rel') { if (o.kind !== 'rel') throw new EncodeError('rel operand expected'); relAt = out.length; relBytes = nb; relTarget = o.target; v = 0; }
      else { if (o.kind !== 'imm') throw new EncodeError(`${form.mnemonic}: operand ${i} must be an immediate`); v = o.value; }
      for (let k = 0; k < nb; k++) out.push((v >>> (8 * k)) & 0xff);
    });
  }
  if (relAt >= 0) {
    const rel = (relTarget - ((opts.address ?? 0) + out.length)) | 0;
    if (relBytes === 1 && (rel < -128 || rel > 127)) throw new EncodeError(`${form.mnemonic}: branch target out of rel8 range`);
    if (relBytes === 2 && (rel < -32768 || rel > 32767)) throw new EncodeError(`${form.mnemonic}: branch target out of rel16 range`);
    for (let k = 0; k < relBytes; k++) out[relAt + k] = (rel >>> (8 * k)) & 0xff;
  }
  if (out.length > 15) throw new EncodeError(`${form.mnemonic}: instruction longer than 15 bytes`);
  return Uint8Array.from(out);
}

function encodeMem(out: number[], reg: number, m: Extract<DecodedOperand, { kind: 'mem' }>): void {
  const disp = m.disp | 0;
  const d8 = disp >= -128 && disp <= 127;
  const scaleBits = m.scale === 1 ? 0 : m.scale === 2 ? 1 : m.scale === 4 ? 2 : 3;
  if (m.index === 4) throw new EncodeError('%esp cannot be an index register');
  if (m.base < 0 && m.index < 0) {
    out.push((reg << 3) | 5);
    pushDisp32(out, disp);
    return;
  }
  if (m.base < 0) {
    out.push((reg << 3) | 4, (scaleBits << 6) | (m.index << 3) | 5);
    pushDisp32(out, disp);
    return;
  }
  const mod = disp === 0 && m.base !== 5 ? 0 : d8 ? 1 : 2;
  if (m.index < 0 && m.base !== 4) {
    out.push((mod << 6) | (reg << 3) | m.base);
  } else {
    out.push((mod << 6) | (reg << 3) | 4, (scaleBits << 6) | ((m.index < 0 ? 4 : m.index) << 3) | m.base);
  }
  if (mod === 1) out.push(disp & 0xff);
  else if (mod === 2) pushDisp32(out, disp);
}

/** 16-bit addressing: base/index pairs of ModRM.rm (see decoder.ts RM16); disp16 alone is rm 6, mod 0. */
function encodeMem16(out: number[], reg: number, m: Extract<DecodedOperand, { kind: 'mem' }>): void {
  const pairs: readonly (readonly [number, number])[] = [[3, 6], [3, 7], [5, 6], [5, 7], [6, -1], [7, -1], [5, -1], [3, -1]];
  const disp = (m.disp << 16) >> 16;
  if (m.base < 0 && m.index < 0) { out.push((reg << 3) | 6, disp & 0xff, (disp >> 8) & 0xff); return; }
  const rm = pairs.findIndex(([b, x]) => b === m.base && x === m.index);
  if (rm < 0 || m.scale !== 1) throw new EncodeError('16-bit addressing takes %bx or %bp plus %si or %di, scale 1');
  const mod = disp === 0 && rm !== 6 ? 0 : disp >= -128 && disp <= 127 ? 1 : 2;
  out.push((mod << 6) | (reg << 3) | rm);
  if (mod === 1) out.push(disp & 0xff);
  else if (mod === 2) out.push(disp & 0xff, (disp >> 8) & 0xff);
}

function pushDisp32(out: number[], v: number): void {
  for (let k = 0; k < 4; k++) out.push((v >>> (8 * k)) & 0xff);
}
