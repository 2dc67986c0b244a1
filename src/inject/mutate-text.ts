// The TEXT fault's machine-encoding model (mutate.ts): the encodings GNU as would pick for an
// instruction over the instruction table's templates (encodingsOf), and the bit flip in them
// (textFault) with what is retried when the flipped bytes cannot be expressed as assembly.

import { addConst, constValue, type Expr } from '../asm/expr.js';
import type { Instruction, MemOperand, Operand } from '../asm/ir.js';
import { printInstruction } from '../asm/printer.js';
import { decode, decodeAt, isDecodeFailure, type Decoded, type DecodedOperand } from '../isa/decoder.js';
import { decodedToInstruction } from '../isa/disasm.js';
import { encode, EncodeError } from '../isa/encoder.js';
import { FORMS, PREFIX_BYTES, type Form, type OperandSpec, type Register } from '../isa/index.js';
import { build, isGpr, rebuild, signedPow2, type Rng } from './mutate-ir.js';


/** A field of the encoding that holds a relocation (a symbolic displacement, immediate or target). */
interface SymField {
  /** Byte offset and size within the encoding. */
  readonly off: number;
  readonly bytes: number;
  /** `rel`: pc-relative (a branch target); `abs`: absolute value (displacement, immediate, moffs). */
  readonly kind: 'abs' | 'rel';
  /** The IR operand (index into insn.operands) whose expression it holds. */
  readonly op: number;
}

export interface Enc {
  readonly bytes: Uint8Array;
  readonly form: Form;
  readonly fields: readonly SymField[];
}

/** Placeholder for a symbolic displacement: never fits disp8, so the field is a disp32 like `as` makes it. */
const SYM_DISP = 0x40000000;

/** Forms by AT&T spelling, decode-only encodings included (the templates `as` chooses among). */
const FORMS_BY_SPELLING: ReadonlyMap<string, readonly Form[]> = (() => {
  const m = new Map<string, Form[]>();
  for (const f of FORMS) {
    if (f.asmOnly) continue;
    for (const n of f.names) {
      let l = m.get(n);
      if (!l) m.set(n, (l = []));
      if (!l.includes(f)) l.push(f);
    }
  }
  return m;
})();

const isSymbolic = (o: Operand): boolean =>
  o.kind === 'target' || (o.kind === 'imm' && constValue(o.expr) === null) || (o.kind === 'mem' && o.disp !== null && constValue(o.disp) === null);

/** Candidate operand orders for the table's forms: as written; both orders of the commutative asm-only spellings (test, xchg); imul's two-operand shorthand written out. */
function operandOrders(insn: Instruction): number[][] {
  const n = insn.operands.length;
  const id = Array.from({ length: n }, (_, i) => i);
  const out = [id];
  if (n === 2 && (insn.form.asmOnly || insn.form.op === 'xchg')) out.push([1, 0]);
  if (n === 2 && insn.form.op === 'imul3') out.push([0, 1, 1]);
  return out;
}

/** Every encoding of the instruction over the table's forms of its operation, shortest first. */
export function encodingsOf(insn: Instruction): Enc[] {
  const p = insn.form;
  const rep = insn.prefixes.map((x) => PREFIX_BYTES.get(x)).find((b) => b === 0xf2 || b === 0xf3) as 0xf2 | 0xf3 | undefined;
  const lock = insn.prefixes.includes('lock');
  const found: Array<Enc & { decodeOnly: boolean; immBytes: number; rank: number }> = [];
  // The templates of this spelling that perform the same operation (same size, condition and
  // mandatory prefix): the accumulator, imm8, +r, moffs and implicit-1 variants among them.
  // (A mandatory-prefix form such as pause, written `rep; nop`, goes by its own name.)
  const spelling = p.names.includes(insn.mnemonic) ? insn.mnemonic : p.names[0]!;
  const forms = (FORMS_BY_SPELLING.get(spelling) ?? []).filter((f) => f.op === p.op);
  for (const order of operandOrders(insn)) {
    const ops = order.map((k) => insn.operands[k]!);
    for (const f of forms) {
      if (f.size !== p.size || f.cc !== p.cc || f.enc.prefix !== p.enc.prefix) continue;
      const conv = toDecoded(f, ops);
      if (!conv) continue;
      let bytes: Uint8Array;
      try {
        // A repeat prefix the form has as its mandatory prefix (pause = rep; nop) is not repeated.
        bytes = encode(f, conv.operands, { lock, ...(rep !== undefined && f.enc.prefix !== rep ? { rep } : {}) });
      } catch (e) {
        if (e instanceof EncodeError) continue;
        throw e;
      }
      const d = decodeAt(bytes, 0, 0);
      if (isDecodeFailure(d) || d.form !== f || d.length !== bytes.length) continue;
      const fields: SymField[] = [];
      for (const fp of fieldsOf(d)) {
        const k = conv.source[fp.spec]!;
        if (k >= 0 && isSymbolic(ops[k]!)) fields.push({ off: fp.off, bytes: fp.bytes, kind: fp.kind, op: order[k]! });
      }
      const immBytes = f.operands.reduce((n, s) => n + (s.kind === 'imm' ? s.encBytes ?? 0 : 0), 0);
      found.push({ bytes, form: f, fields, decodeOnly: f.decodeOnly, immBytes, rank: found.length });
    }
  }
  // Shortest; then, as `as` does, the smaller immediate (66 83 /7 ib over 66 3D iw); then the
  // parser's own form over an alias encoding; then table order.
  found.sort((x, y) => x.bytes.length - y.bytes.length || x.immBytes - y.immBytes ||
    Number(x.decodeOnly) - Number(y.decodeOnly) || x.rank - y.rank);
  return found.map(({ bytes, form, fields }) => ({ bytes, form, fields }));
}

/**
 * The operands of form `f` (all of f.operands, implicit ones included) for IR operands `ops`, or
 * null when `f` cannot take them. `source[i]` is the IR operand behind form operand i (-1: implicit).
 * Symbolic values become placeholders; branch targets only fit rel32 (relaxation is distance-bound).
 */
function toDecoded(f: Form, ops: readonly Operand[]): { operands: DecodedOperand[]; source: number[] } | null {
  const written = f.operands.map((s, i) => (s.value === undefined ? i : -1)).filter((i) => i >= 0);
  let used: number[];
  if (written.length === ops.length) used = written;
  else {
    const required = written.filter((i) => !f.operands[i]!.optional);
    const one = f.operands.findIndex((s) => s.value !== undefined);
    if (required.length === ops.length) used = required;
    else if (one >= 0 && ops.length === written.length + 1) used = [one, ...written].sort((x, y) => x - y);
    else return null;
  }
  const operands: DecodedOperand[] = [];
  const source: number[] = [];
  let j = 0;
  for (let i = 0; i < f.operands.length; i++) {
    const s = f.operands[i]!;
    if (used.includes(i)) {
      // Branch targets keep the parser's (rel32) form: a rel8 depends on the distance `as` finds.
      if (s.kind === 'rel' && f.decodeOnly) return null;
      const d = operandFor(s, ops[j]!);
      if (!d) return null;
      operands.push(d);
      source.push(j++);
    } else if (s.value !== undefined) {
      operands.push({ kind: 'imm', value: s.value });
      source.push(-1);
    } else if (s.fixed) {
      operands.push({ kind: 'reg', reg: s.fixed });
      source.push(-1);
    } else return null;
  }
  return { operands, source };
}

function operandFor(s: OperandSpec, o: Operand): DecodedOperand | null {
  const gprFits = (r: Register): boolean => isGpr(r) && r.size === s.size;
  switch (s.kind) {
    case 'imm': {
      if (o.kind !== 'imm') return null;
      if (s.value !== undefined) return constValue(o.expr) === BigInt(s.value) ? { kind: 'imm', value: s.value } : null;
      const c = constValue(o.expr);
      if (c === null) return s.signExt ? null : { kind: 'imm', value: 0 };
      const v = BigInt.asIntN(s.size, c);
      if (s.signExt) {
        const lim = 1n << BigInt(8 * s.encBytes! - 1);
        if (v < -lim || v >= lim) return null;
      }
      return { kind: 'imm', value: Number(BigInt.asIntN(32, v)) };
    }
    case 'rel':
      return o.kind === 'target' ? { kind: 'rel', target: 0 } : null;
    case 'moffs':
      return o.kind === 'mem' && !o.base && !o.index && o.disp !== null ? memFor(o) : null;
    case 'mem':
      return o.kind === 'mem' && !(o.base && o.base.cls !== 'r32') ? memFor(o) : null;
    case 'rm':
      if (o.kind === 'mem') return o.base && o.base.cls !== 'r32' ? null : memFor(o);
      return o.kind === 'reg' && gprFits(o.reg) ? { kind: 'reg', reg: o.reg } : null;
    case 'reg': case 'regonly':
      return o.kind === 'reg' && gprFits(o.reg) ? { kind: 'reg', reg: o.reg } : null;
    case 'fixed':
      if (o.kind === 'reg' && o.reg === s.fixed) return { kind: 'reg', reg: o.reg };
      // The `(%dx)` spelling of the port operand.
      if (o.kind === 'mem' && s.fixed?.name === 'dx' && o.base === s.fixed && !o.index && !o.disp && !o.seg) return { kind: 'reg', reg: s.fixed };
      return null;
    case 'st':
      return o.kind === 'reg' && o.reg.cls === 'st' && (!s.fixed || o.reg === s.fixed) ? { kind: 'reg', reg: o.reg } : null;
    default:
      return o.kind === 'reg' && o.reg.cls === s.kind ? { kind: 'reg', reg: o.reg } : null;
  }
}

function memFor(o: MemOperand): DecodedOperand {
  const c = o.disp ? constValue(o.disp) : 0n;
  return {
    kind: 'mem', seg: o.seg ? o.seg.num : -1, base: o.base ? o.base.num : -1, index: o.index ? o.index.num : -1,
    scale: o.scale, disp: c === null ? SYM_DISP : Number(BigInt.asIntN(32, c)), dispOffset: -1,
  };
}

interface FieldPos {
  /** Index into form.operands. */
  readonly spec: number;
  readonly off: number;
  readonly bytes: number;
  readonly kind: 'abs' | 'rel';
}

/** Displacement and immediate fields of a decoded instruction (offsets within it). */
function fieldsOf(d: Decoded): FieldPos[] {
  const out: FieldPos[] = [];
  const f = d.form;
  f.operands.forEach((s, i) => {
    const o = d.operands[i]!;
    if (s.loc === 'modrm.rm' && o.kind === 'mem' && o.dispOffset >= 0) {
      out.push({ spec: i, off: o.dispOffset, bytes: (d.immOffset >= 0 ? d.immOffset : d.length) - o.dispOffset, kind: 'abs' });
    }
  });
  let off = d.immOffset;
  for (const loc of ['moffs', 'rel', 'imm', 'imm2'] as const) {
    f.operands.forEach((s, i) => {
      if (s.loc !== loc) return;
      out.push({ spec: i, off, bytes: s.encBytes!, kind: loc === 'rel' ? 'rel' : 'abs' });
      off += s.encBytes!;
    });
  }
  return out;
}

/** Bit flips tried per TEXT fault before giving up (flips the assembly cannot express are retried). */
const TEXT_TRIES = 24;

/**
 * Flips bits of `enc` (distinct, in an rng-chosen order) until one gives an expressible result:
 *  - a bit inside a relocation field: the same instruction with ±2^k on that expression's addend;
 *  - elsewhere: the bytes decoded again from the start. Whole instructions spanning exactly the
 *    original length replace it; an undecodable opcode becomes `ud2` (the CPU raises #UD there;
 *    instructions decoded before it are kept). Retried: a decode running past the original
 *    length, relocation bytes that no longer form the same kind of field at the same place, a
 *    pc-relative field made of constant bytes (its target is a byte inside the original code), a
 *    16-bit-addressing prefix, or a result that prints exactly as the original (alias encodings).
 */
export function textFault(insn: Instruction, enc: Enc, rng: Rng): Instruction[] | null {
  const nbits = enc.bytes.length * 8;
  const bits = Array.from({ length: nbits }, (_, i) => i);
  const tries = Math.min(TEXT_TRIES, nbits);
  for (let t = 0; t < tries; t++) {
    const j = t + rng.int(nbits - t);
    [bits[t], bits[j]] = [bits[j]!, bits[t]!];
    const out = flipBit(insn, enc, bits[t]!, rng);
    if (out && !(out.length === 1 && printInstruction(out[0]!) === printInstruction(insn))) return out;
  }
  return null;
}

function flipBit(insn: Instruction, enc: Enc, bit: number, rng: Rng): Instruction[] | null {
  const at = bit >> 3;
  const sym = enc.fields.find((f) => at >= f.off && at < f.off + f.bytes);
  if (sym) {
    const k = 8 * (at - sym.off) + (bit & 7);
    const ops = [...insn.operands];
    ops[sym.op] = withAddend(ops[sym.op]!, signedPow2(k, rng));
    const m = rebuild(insn, { operands: ops });
    return m ? [m] : null;
  }
  const bytes = enc.bytes.slice();
  bytes[at]! ^= 1 << (bit & 7);
  return decodeAll(insn, bytes, enc.fields);
}

function withAddend(o: Operand, delta: number): Operand {
  switch (o.kind) {
    case 'mem': return { ...o, disp: addConst(o.disp, delta) };
    case 'imm': return { kind: 'imm', expr: addConst(o.expr, delta), constValue: null };
    case 'target': return { kind: 'target', expr: addConst(o.expr, delta) };
    case 'reg': return o;
  }
}

/** The flipped bytes as whole instructions (see textFault), or null when not expressible. */
function decodeAll(insn: Instruction, bytes: Uint8Array, sym: readonly SymField[]): Instruction[] | null {
  const L = bytes.length;
  const out: Instruction[] = [];
  let pos = 0;
  while (pos < L) {
    let past = false;
    const d = decode((k) => {
      if (pos + k < L) return bytes[pos + k]!;
      past = true;
      return -1;
    }, pos);
    if (past) return null;
    if (isDecodeFailure(d)) {
      // 67 is a valid prefix (16-bit addressing) the table does not model: not an invalid opcode.
      if (d.reason.startsWith('address-size')) return null;
      out.push(build(insn, 'ud2', []));
      break;
    }
    const subst = new Map<number, SymField>();
    const fields = fieldsOf(d);
    for (const s of sym) {
      if (s.off + s.bytes <= pos || s.off >= pos + d.length) continue;
      const m = fields.find((f) => pos + f.off === s.off && f.bytes === s.bytes && f.kind === s.kind);
      // A pc-relative value stays the same target only where the field still ends the instruction
      // at the original end.
      if (!m || (s.kind === 'rel' && pos + d.length !== L)) return null;
      subst.set(m.spec, s);
    }
    if (fields.some((f) => f.kind === 'rel' && !subst.has(f.spec))) return null;
    const raw = decodedToInstruction(d, insn.section);
    // decodedToInstruction writes the form's operands that have no implicit value, in order.
    const ops = [...raw.operands];
    let w = 0;
    d.form.operands.forEach((s, i) => {
      if (s.value !== undefined) return;
      const f = subst.get(i);
      if (f) {
        const o = ops[w]!;
        const e = exprOf(insn.operands[f.op]!);
        ops[w] = o.kind === 'mem' ? { ...o, disp: e } : o.kind === 'imm' ? { kind: 'imm', expr: e, constValue: null } : { kind: 'target', expr: e };
      }
      w++;
    });
    const m = rebuild({ ...raw, loc: insn.loc, prefixStmt: false }, { operands: ops });
    if (!m) return null;
    out.push(m);
    pos += d.length;
  }
  return out;
}

/** The expression a relocation field holds. */
function exprOf(o: Operand): Expr {
  switch (o.kind) {
    case 'mem': return o.disp!;
    case 'imm': case 'target': return o.expr;
    case 'reg': throw new Error('internal: a register has no relocation');
  }
}

