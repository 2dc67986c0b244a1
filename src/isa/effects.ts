// Register and flag effects of one concrete instruction (a form plus its actual operands and
// prefixes), derived from the table: what liveness, the rewriter's scratch-register choice and the
// verifier need. Masks are over the eight GPRs (bit i = GPR i) and over EFLAGS bits.

import { isPartialGpr, type Register } from './registers.js';
import type { Form, OperandSpec } from './types.js';

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

/** Per form, what effects() needs besides the operands (derived from the table once). */
interface FormFacts {
  readonly form: Form;
  /** Specs of the operands AT&T text writes (implicit constants never are). */
  readonly written: readonly OperandSpec[];
  /** Those of `written` the text must supply (optional leading ones left out). */
  readonly required: readonly OperandSpec[];
  readonly implicitRead: number;
  /** Implicit writes of whole registers (kills) and of parts (also reads). */
  readonly implicitKill: number;
  readonly implicitPartial: number;
  /** Shift/rotate count: 'one' for the implicit-1 forms, the spec of the immediate count, or null. */
  readonly count: 'one' | OperandSpec | null;
}

/** By form id (the table's forms), checked against the form itself. */
const FORM_FACTS: Array<FormFacts | undefined> = [];

function formFacts(form: Form): FormFacts {
  let f = FORM_FACTS[form.id];
  if (f && f.form === form) return f;
  const written = form.operands.filter((s) => s.value === undefined);
  let implicitRead = 0, implicitKill = 0, implicitPartial = 0;
  for (const r of form.implicitRead) implicitRead |= bit(r);
  for (const r of form.implicitWrite) {
    if (isPartialGpr(r)) { implicitPartial |= bit(r); implicitRead |= bit(r); } else implicitKill |= bit(r);
  }
  const count = form.operands.some((s) => s.value === 1) ? 'one' as const : form.operands.find((s) => s.kind === 'imm' && s.loc === 'imm') ?? null;
  f = { form, written, required: written.filter((s) => !s.optional), implicitRead, implicitKill, implicitPartial, count };
  FORM_FACTS[form.id] = f;
  return f;
}

/**
 * Effects of `form` with `operands` (AT&T order, as written — optional operands may be absent) and
 * a rep prefix flag.
 */
export function effects(form: Form, operands: readonly OperandShape[], hasRep = false): Effects {
  let regRead = 0, regKill = 0, regPartial = 0;
  const ff = formFacts(form);
  const specs = specsFor(ff, operands.length);
  // Zero idioms (xor r,r / sub r,r / sbb r,r reads only CF): the old value does not matter.
  const sameRegs = operands.length === 2 && operands[0]!.kind === 'reg' && operands[1]!.kind === 'reg' && operands[0]!.reg === operands[1]!.reg;
  const noRead = sameRegs && (form.op === 'xor' || form.op === 'sub' || form.op === 'sbb');
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
    const role = spec.role;
    if ((role === 'r' || role === 'rw') && !noRead) regRead |= b;
    if (role === 'w' || role === 'rw') {
      if (isPartialGpr(o.reg)) { regPartial |= b; regRead |= b; } else regKill |= b;
    }
  }
  regRead |= ff.implicitRead;
  regKill |= ff.implicitKill;
  regPartial |= ff.implicitPartial;
  if (hasRep && form.rep !== 'none') {
    regRead |= 1 << 1; // %ecx
    regKill |= 1 << 1;
  }
  const fe = form.flags;
  let flagsRead = fe.read;
  let flagsKill = fe.write;
  if (fe.countRule) {
    // A zero count leaves flags alone: only a constant non-zero count makes the write certain.
    const countOp = countOperand(ff, specs, operands);
    const certain = countOp === 'one' || (typeof countOp === 'number' && (countOp & 31) !== 0);
    if (!certain) { flagsKill = 0; flagsRead |= fe.write; }
  }
  if (form.op === 'cmc') flagsRead |= fe.write;
  return { regRead, regKill, regPartial, flagsRead, flagsKill, flagsWrite: fe.write };
}

function specsFor(ff: FormFacts, count: number): readonly OperandSpec[] {
  if (ff.written.length === count) return ff.written;
  return ff.required.length === count ? ff.required : ff.written;
}

/**
 * The specs matched by `count` textual operands (omitting never-written constants and optional
 * leading ones). The array is shared: callers must not modify it.
 */
export function textualSpecs(form: Form, count: number): (typeof form.operands)[number][] {
  return specsFor(formFacts(form), count) as OperandSpec[];
}

/** Constant shift count: a number, 'one' for the implicit-1 forms, null when in %cl or unknown. */
function countOperand(ff: FormFacts, written: readonly OperandSpec[], operands: readonly OperandShape[]): number | 'one' | null {
  if (ff.count === null || ff.count === 'one') return ff.count;
  const pos = written.indexOf(ff.count);
  const o = pos >= 0 ? operands[pos] : undefined;
  return o && o.kind === 'imm' && o.constValue !== undefined && o.constValue !== null ? o.constValue : null;
}

/** An instruction as the IR holds it: form, operands, prefixes. */
export interface InsnShape {
  readonly form: Form;
  readonly operands: readonly OperandShape[];
  readonly prefixes: readonly string[];
}

/**
 * effects() of an IR instruction. Not cached on the instruction (an added property would give
 * instructions a second hidden class, and a WeakMap entry per instruction burdens every young-
 * generation GC): analyses that ask repeatedly keep per-node results (rewriter/cfg.ts nodeEffects).
 */
export function insnEffects(insn: InsnShape): Effects {
  return effects(insn.form, insn.operands, hasRepPrefix(insn.prefixes));
}

function hasRepPrefix(prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (prefixes[i]!.startsWith('rep')) return true;
  return false;
}
