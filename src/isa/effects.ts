// Register and flag effects of one concrete instruction (a form plus its actual operands and
// prefixes), derived from the table: what liveness, the rewriter's scratch-register choice and the
// verifier need. Masks are over the eight GPRs (bit i = GPR i) and over EFLAGS bits.

import { isPartialGpr, type Register } from './registers.js';
import type { Form } from './types.js';

/** The parts of an operand effects() looks at (satisfied by the asm IR and by decoded operands). */
export interface OperandShape {
  readonly kind: 'reg' | 'imm' | 'mem' | 'target';
  readonly reg?: Register | null;
  readonly base?: Register | null;
  readonly index?: Register | null;
  /** Constant value of an immediate, when known (shift counts). */
  readonly constValue?: number | null;
}

export interface Effects {
  /** GPRs whose value is used. */
  readonly regRead: number;
  /** GPRs wholly overwritten (a liveness kill). */
  readonly regKill: number;
  /** GPRs modified in part (8/16-bit writes; not a kill). */
  readonly regPartial: number;
  readonly flagsRead: number;
  /** Flags certainly written (a liveness kill). */
  readonly flagsKill: number;
  /** Flags possibly written. */
  readonly flagsWrite: number;
}

function bit(r: Register | null | undefined): number {
  return r && r.gpr >= 0 ? 1 << r.gpr : 0;
}

/**
 * Effects of `form` with `operands` (AT&T order, as written — optional operands may be absent) and
 * a rep prefix flag.
 */
export function effects(form: Form, operands: readonly OperandShape[], hasRep = false): Effects {
  let regRead = 0, regKill = 0, regPartial = 0;
  const specs = textualSpecs(form, operands.length);
  // Zero idioms (xor r,r / sub r,r / sbb r,r reads only CF): the old value does not matter.
  const zeroIdiom = (form.op === 'xor' || form.op === 'sub') && operands.length === 2 &&
    operands[0]!.kind === 'reg' && operands[1]!.kind === 'reg' && operands[0]!.reg === operands[1]!.reg;
  const sbbIdiom = form.op === 'sbb' && operands.length === 2 && operands[0]!.kind === 'reg' &&
    operands[1]!.kind === 'reg' && operands[0]!.reg === operands[1]!.reg;
  for (let i = 0; i < operands.length; i++) {
    const o = operands[i]!;
    const spec = specs[i];
    if (!spec) continue;
    if (o.kind === 'mem') {
      regRead |= bit(o.base) | bit(o.index);
      continue;
    }
    if (o.kind !== 'reg' || !o.reg) continue;
    const b = bit(o.reg);
    if (!b) continue;
    const partial = isPartialGpr(o.reg);
    if ((spec.role === 'r' || spec.role === 'rw') && !zeroIdiom && !sbbIdiom) regRead |= b;
    if (spec.role === 'w' || spec.role === 'rw') {
      if (partial) { regPartial |= b; regRead |= b; } else regKill |= b;
    }
  }
  for (const r of form.implicitRead) regRead |= bit(r);
  for (const r of form.implicitWrite) {
    if (isPartialGpr(r)) { regPartial |= bit(r); regRead |= bit(r); } else regKill |= bit(r);
  }
  if (hasRep && form.rep !== 'none') {
    regRead |= 1 << 1; // %ecx
    regKill |= 1 << 1;
  }
  const fe = form.flags;
  let flagsRead = fe.read;
  let flagsKill = fe.write;
  if (fe.countRule) {
    // A zero count leaves flags alone: only a constant non-zero count makes the write certain.
    const countOp = countOperand(form, operands);
    const certain = countOp === 'one' || (typeof countOp === 'number' && (countOp & 31) !== 0);
    if (!certain) { flagsKill = 0; flagsRead |= fe.write; }
  }
  if (form.op === 'cmc') flagsRead |= fe.write;
  return { regRead, regKill, regPartial, flagsRead, flagsKill, flagsWrite: fe.write };
}

/** The specs matched by `count` textual operands (omitting never-written constants and optional leading ones). */
export function textualSpecs(form: Form, count: number): (typeof form.operands)[number][] {
  const written = form.operands.filter((s) => s.value === undefined);
  if (written.length === count) return written;
  const required = written.filter((s) => !s.optional);
  return required.length === count ? required : written;
}

/** Constant shift count: a number, 'one' for the implicit-1 forms, null when in %cl or unknown. */
function countOperand(form: Form, operands: readonly OperandShape[]): number | 'one' | null {
  const specs = form.operands;
  if (specs.some((s) => s.value === 1)) return 'one';
  const idx = specs.findIndex((s) => s.kind === 'imm' && s.loc === 'imm');
  if (idx < 0) return null;
  const written = textualSpecs(form, operands.length);
  const pos = written.indexOf(specs[idx]!);
  const o = pos >= 0 ? operands[pos] : undefined;
  return o && o.kind === 'imm' && o.constValue !== undefined && o.constValue !== null ? o.constValue : null;
}

/** An instruction as the IR holds it: form, operands, prefixes. */
export interface InsnShape {
  readonly form: Form;
  readonly operands: readonly OperandShape[];
  readonly prefixes: readonly string[];
}

const CACHE = new WeakMap<object, Effects>();

/** effects() of an IR instruction, computed once per instruction object (IR is immutable). */
export function insnEffects(insn: InsnShape): Effects {
  let e = CACHE.get(insn);
  if (!e) {
    e = effects(insn.form, insn.operands, insn.prefixes.some((p) => p.startsWith('rep')));
    CACHE.set(insn, e);
  }
  return e;
}
