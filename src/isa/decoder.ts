// Machine-code decoder for 32-bit protected mode, built from the encodings in the instruction table
// (no opcode knowledge of its own). Used by the emulator (block decoding), the verifier (machine
// code mode) and the decoder cross-check against capstone.
//
// Selection, per opcode byte(s): the candidate forms are filtered by mandatory prefix (66/F2/F3),
// address size (67) for forms with implicit addressing, ModRM.reg digit, ModRM.mod
// (memory/register) and a fixed ModRM.rm; a form whose mandatory prefix is present wins over the
// unprefixed one (66 selects the 16-bit form, F3 90 is pause).
//
// The decoder agrees with the CPU or refuses (DecodeFailure, #UD in the emulator, a violation for
// the verifier); it never reinterprets bytes:
// - 66 on a form with no 16-bit sibling is refused unless the table says the CPU ignores it there
//   (Form.o16Ignored: byte operations, flag and system forms);
// - 67 selects the 16-bit implicit-addressing forms (jcxz, addr16 movsb ...) and decodes an
//   explicit memory operand with 16-bit addressing (Decoded.a16; disp16, no SIB); forms with
//   neither ignore it;
// - F2/F3 on a form that gives them no meaning is ignored in the one-byte map (`rep ret`) and
//   refused in the 0F map (where they select other instructions: F3 0F B8 is popcnt);
// - conflicting prefixes of one group (F2 with F3, two different segment overrides) are refused.

import { FORMS } from './table.js';
import { gprOfSize, regByNum, reg as regNamed, type Register } from './registers.js';
import type { Form, OperandSpec } from './types.js';

export type DecodedOperand =
  | { readonly kind: 'reg'; readonly reg: Register }
  | { readonly kind: 'imm'; readonly value: number }
  /** Absolute branch target (instruction address + length + rel). */
  | { readonly kind: 'rel'; readonly target: number }
  | {
    readonly kind: 'mem';
    /** Segment override register number (0..5), or -1. */
    readonly seg: number;
    /** GPR numbers, or -1. */
    readonly base: number;
    readonly index: number;
    readonly scale: number;
    /** Displacement as a signed 32-bit value. */
    readonly disp: number;
    /** Offset of the displacement within the instruction (for relocations), or -1. */
    readonly dispOffset: number;
    /**
     * 16-bit addressing (67 prefix): the offset is (base + index + disp) mod 2^16, base/index are
     * %bx/%bp and %si/%di (GPR numbers 3/5 and 6/7), scale 1.
     */
    readonly a16?: boolean;
  };

export interface Decoded {
  readonly form: Form;
  readonly address: number;
  readonly length: number;
  readonly lock: boolean;
  /** 0, 0xf2 or 0xf3 (a rep prefix; for mandatory-prefix forms it is part of the opcode). */
  readonly rep: number;
  /** Segment override register number, or -1. */
  readonly seg: number;
  /** A 67 address-size prefix was present (memory operands use 16-bit addressing). */
  readonly a16: boolean;
  /** All operands of form.operands, in order (implicit ones included). */
  readonly operands: readonly DecodedOperand[];
  /** Offset of the first immediate/rel/moffs field within the instruction, or -1 (for relocations). */
  readonly immOffset: number;
}

export interface DecodeFailure {
  readonly fault: 'UD';
  /** The CPU raises #GP rather than #UD for these bytes (an instruction longer than 15 bytes). */
  readonly gp?: boolean;
  readonly address: number;
  readonly reason: string;
  /** Bytes consumed before the failure was found (at least 1). */
  readonly length: number;
}

/** Reads the byte at an offset from the instruction start; returns -1 past the end of readable memory. */
export type ByteSource = (offset: number) => number;

const SEG_OVERRIDE: Readonly<Record<number, number>> = { 0x26: 0, 0x2e: 1, 0x36: 2, 0x3e: 3, 0x64: 4, 0x65: 5 };

// Index: key = escape * 256 + opcode byte (escape 0: one-byte map, 1: 0F map).
const INDEX: Form[][] = (() => {
  const idx: Form[][] = Array.from({ length: 512 }, () => []);
  for (const f of FORMS) {
    if (f.asmOnly) continue;
    const op = f.enc.opcode;
    let key: number;
    if (op.length === 1) key = op[0]!;
    else if (op.length === 2 && op[0] === 0x0f) key = 256 + op[1]!;
    else throw new Error(`internal: cannot index opcode ${op.map((b) => b.toString(16)).join(' ')} of ${f.mnemonic}`);
    const n = f.enc.plusReg ? 8 : 1;
    for (let i = 0; i < n; i++) idx[key + i]!.push(f);
  }
  return idx;
})();

function specNeedsMem(s: OperandSpec): boolean {
  return s.loc === 'modrm.rm' && s.kind === 'mem';
}
function specNeedsReg(s: OperandSpec): boolean {
  return s.loc === 'modrm.rm' && s.kind === 'regonly';
}

/** The form needs a 66 prefix (16-bit operand size or the SSE mandatory prefix). */
function needs66(f: Form): boolean {
  return f.enc.prefix === 0x66 || f.enc.o16 === true;
}

function fits(f: Form, p66: boolean, p67: boolean, rep: number, modrm: number): boolean {
  const e = f.enc;
  if (needs66(f) && !p66) return false;
  if ((e.prefix === 0xf3 || e.prefix === 0xf2) && rep !== e.prefix) return false;
  if (e.asize !== undefined && (e.asize === 16) !== p67) return false;
  if (e.modrm === undefined) return true;
  const mod = modrm >> 6, regf = (modrm >> 3) & 7, rm = modrm & 7;
  if (typeof e.modrm === 'number' && regf !== e.modrm) return false;
  if (e.mod === 'mem' && mod === 3) return false;
  if (e.mod === 'reg' && mod !== 3) return false;
  if (e.rm !== undefined && rm !== e.rm) return false;
  for (const s of f.operands) {
    if (specNeedsMem(s) && mod === 3) return false;
    if (specNeedsReg(s) && mod !== 3) return false;
  }
  return true;
}

/**
 * Priority of a fitting form: a present mandatory prefix beats none (F2/F3 over 66, both for
 * popcntw), and an exact opcode beats a `+r` family covering it (90 is nop, not xchg %eax,%eax).
 */
function rank(f: Form): number {
  const p = f.enc.prefix;
  return (f.enc.plusReg ? 0 : 0.5) + (p === 0xf2 || p === 0xf3 ? 3 : 0) + (needs66(f) ? 2 : 0);
}

/** ModRM.rm of 16-bit addressing: [base, index] GPR numbers (-1: none); rm 6 with mod 0 is disp16. */
const RM16: readonly (readonly [number, number])[] = [[3, 6], [3, 7], [5, 6], [5, 7], [6, -1], [7, -1], [5, -1], [3, -1]];

export function decode(read: ByteSource, address: number): Decoded | DecodeFailure {
  let i = 0;
  let lock = false, rep = 0, seg = -1, p66 = false, p67 = false;
  const fail = (reason: string): DecodeFailure => ({ fault: 'UD', address, reason, length: Math.max(1, i) });
  const tooLong = (): DecodeFailure => ({ fault: 'UD', gp: true, address, reason: 'instruction longer than 15 bytes', length: 15 });
  for (;;) {
    if (i >= 15) return tooLong();
    const b = read(i);
    if (b < 0) return fail('instruction bytes not readable');
    if (b === 0xf0) lock = true;
    else if (b === 0xf2 || b === 0xf3) {
      if (rep !== 0 && rep !== b) { i++; return fail('both repeat prefixes (f2 and f3)'); }
      rep = b;
    } else if (b === 0x66) p66 = true;
    else if (b === 0x67) p67 = true;
    else if (b in SEG_OVERRIDE) {
      if (seg >= 0 && seg !== SEG_OVERRIDE[b]) { i++; return fail('two different segment override prefixes'); }
      seg = SEG_OVERRIDE[b]!;
    } else break;
    i++;
  }
  let b = read(i++);
  let key = b;
  if (b === 0x0f) {
    b = read(i++);
    if (b < 0) return fail('instruction bytes not readable');
    key = 256 + b;
  }
  const cands = INDEX[key]!;
  if (cands.length === 0) return fail(`unknown opcode ${key >= 256 ? '0f ' : ''}${(key & 255).toString(16).padStart(2, '0')}`);
  const needModrm = cands[0]!.enc.modrm !== undefined;
  let modrm = 0;
  if (needModrm) {
    modrm = read(i++);
    if (modrm < 0) return fail('instruction bytes not readable');
  }
  let form: Form | null = null;
  let best = -1;
  for (const f of cands) {
    if (!fits(f, p66, p67, rep, modrm)) continue;
    const r = rank(f);
    if (r > best) { best = r; form = f; }
  }
  const opText = `${key >= 256 ? '0f ' : ''}${(key & 255).toString(16).padStart(2, '0')}`;
  if (!form) return fail(`no instruction form for opcode ${opText}${needModrm ? ` /${(modrm >> 3) & 7} mod=${modrm >> 6}` : ''}${p67 ? ' with an address-size prefix (67)' : ''}`);
  if (p66 && !needs66(form) && !form.o16Ignored) return fail(`operand-size prefix (66) on ${form.mnemonic} (opcode ${opText}): the table has no 16-bit form of it`);
  if (form.enc.prefix === rep && rep) rep = 0; // consumed as a mandatory prefix
  else if (rep && form.rep === 'none' && key >= 256) return fail(`repeat prefix (${rep.toString(16)}) on ${form.mnemonic} (opcode ${opText}): in the 0f map it may select another instruction`);

  // ModRM memory operand.
  let mem: DecodedOperand | null = null;
  if (needModrm && modrm >> 6 !== 3 && p67) {
    const mod = modrm >> 6, rm = modrm & 7;
    let [base, index] = RM16[rm]!;
    let disp = 0, dispOffset = -1;
    if (mod === 0 && rm === 6) base = -1;
    if (mod === 1) {
      const d = read(i);
      if (d < 0) return fail('instruction bytes not readable');
      dispOffset = i; disp = (d << 24) >> 24; i += 1;
    } else if (mod === 2 || base === -1) {
      const x = read(i), y = read(i + 1);
      if (x < 0 || y < 0) return fail('instruction bytes not readable');
      dispOffset = i; disp = ((x | (y << 8)) << 16) >> 16; i += 2;
    }
    mem = { kind: 'mem', seg, base, index, scale: 1, disp, dispOffset, a16: true };
  } else if (needModrm && modrm >> 6 !== 3) {
    const mod = modrm >> 6;
    let rm = modrm & 7;
    let base = rm, index = -1, scale = 1;
    if (rm === 4) {
      const sib = read(i++);
      if (sib < 0) return fail('instruction bytes not readable');
      scale = 1 << (sib >> 6);
      index = (sib >> 3) & 7;
      if (index === 4) index = -1;
      base = sib & 7;
      rm = base;
      if (base === 5 && mod === 0) base = -1;
    } else if (rm === 5 && mod === 0) base = -1;
    let disp = 0;
    let dispOffset = -1;
    if (mod === 1) {
      const d = read(i);
      if (d < 0) return fail('instruction bytes not readable');
      dispOffset = i; disp = (d << 24) >> 24; i += 1;
    } else if (mod === 2 || base === -1) {
      const d = read32(read, i);
      if (d === null) return fail('instruction bytes not readable');
      dispOffset = i; disp = d; i += 4;
    }
    mem = { kind: 'mem', seg, base, index, scale, disp, dispOffset };
  }

  // Immediates in encoding order: moffs/rel/imm, then imm2.
  const ops: DecodedOperand[] = [];
  let immOffset = -1;
  const immVals = new Map<OperandSpec, DecodedOperand>();
  for (const loc of ['moffs', 'rel', 'imm', 'imm2'] as const) {
    for (const s of form.operands) {
      if (s.loc !== loc) continue;
      const nb = s.encBytes!;
      if (immOffset < 0) immOffset = i;
      let v: number;
      if (nb === 1) { const x = read(i); if (x < 0) return fail('instruction bytes not readable'); v = s.signExt || loc === 'rel' ? (x << 24) >> 24 : x; }
      else if (nb === 2) { const x = read(i), y = read(i + 1); if (x < 0 || y < 0) return fail('instruction bytes not readable'); v = x | (y << 8); if (s.signExt || loc === 'rel') v = (v << 16) >> 16; }
      else { const x = read32(read, i); if (x === null) return fail('instruction bytes not readable'); v = x; }
      i += nb;
      if (loc === 'rel') immVals.set(s, { kind: 'rel', target: 0 /* patched below */ + v });
      else if (loc === 'moffs') immVals.set(s, { kind: 'mem', seg, base: -1, index: -1, scale: 1, disp: v, dispOffset: i - nb, ...(nb === 2 ? { a16: true } : {}) });
      else immVals.set(s, { kind: 'imm', value: v });
    }
  }
  if (i > 15) return tooLong();
  const length = i;
  const regField = (modrm >> 3) & 7;
  const rmField = modrm & 7;
  const lastOpcode = key & 255;
  for (const s of form.operands) {
    switch (s.loc) {
      case 'implicit':
        if (s.value !== undefined) ops.push({ kind: 'imm', value: s.value });
        else ops.push({ kind: 'reg', reg: s.fixed! });
        break;
      case 'opcode':
        ops.push({ kind: 'reg', reg: gprOfSize(s.size, lastOpcode & 7) });
        break;
      case 'modrm.reg': {
        const r = regOperand(s, regField);
        if (!r) return fail(`invalid register number ${regField} for ${s.kind}`);
        ops.push({ kind: 'reg', reg: r });
        break;
      }
      case 'modrm.rm':
        if (modrm >> 6 === 3) {
          const r = regOperand(s, rmField);
          if (!r) return fail(`invalid register number ${rmField} for ${s.kind}`);
          ops.push({ kind: 'reg', reg: r });
        } else ops.push(mem!);
        break;
      case 'rel': {
        const v = immVals.get(s) as { kind: 'rel'; target: number };
        // A 16-bit operand size truncates EIP to 16 bits.
        const t = (address + length + v.target) >>> 0;
        ops.push({ kind: 'rel', target: form.size === 16 ? t & 0xffff : t });
        break;
      }
      default:
        ops.push(immVals.get(s)!);
    }
  }
  if (lock && (!form.lockable || mem === null)) return fail(`lock prefix not allowed with ${form.mnemonic}`);
  return { form, address, length, lock, rep, seg, a16: p67, operands: ops, immOffset };
}

function read32(read: ByteSource, i: number): number | null {
  const a = read(i), b = read(i + 1), c = read(i + 2), d = read(i + 3);
  if ((a | b | c | d) < 0) return null;
  return (a | (b << 8) | (c << 16) | (d << 24)) | 0;
}

function regOperand(s: OperandSpec, n: number): Register | null {
  switch (s.kind) {
    case 'reg': case 'rm': case 'regonly': return gprOfSize(s.size, n);
    case 'sreg': return n < 6 ? regByNum('sreg', n) : null;
    case 'creg': return [0, 2, 3, 4].includes(n) ? regByNum('creg', n) : null;
    case 'dreg': return regByNum('dreg', n);
    case 'st': return regNamed(`st(${n})`);
    case 'xmm': return regByNum('xmm', n);
    case 'mmx': return regByNum('mmx', n);
    default: return null;
  }
}

/**
 * Why a decoded instruction lies outside the 32-bit flat model of the assembly IR, the rewriter
 * and the verifier (a legacy form, or any address-size prefix), or null. The verifier rejects such
 * bytes like undecodable ones; the emulator runs them.
 */
export function outsideFlatModel(d: Decoded): string | null {
  if (d.form.legacy) return `${d.form.mnemonic} is a legacy form (16-bit operand or address size, or implicit memory access) the verifier does not model`;
  if (d.a16) return `address-size prefix (67) on ${d.form.mnemonic}: 16-bit addressing is not modelled`;
  return null;
}

export function isDecodeFailure(d: Decoded | DecodeFailure): d is DecodeFailure {
  return (d as DecodeFailure).fault === 'UD';
}

/** Decoder over a byte array (the decode cross-check, the verifier). */
export function decodeAt(bytes: Uint8Array, offset: number, address: number): Decoded | DecodeFailure {
  return decode((k) => (offset + k < bytes.length ? bytes[offset + k]! : -1), address);
}
