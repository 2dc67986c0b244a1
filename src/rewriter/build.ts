// Construction of inserted instructions: operands and instructions built as IR and resolved to
// their forms through the instruction table (matchForm), exactly as parsed text would be — an
// inserted instruction the table does not know is a bug caught at rewrite time.

import { num, sym, type Expr } from '../asm/expr.js';
import type { Directive, DirectiveArg, Instruction, Item, MemOperand, Operand, RegOperand, SourceLoc, TargetOperand } from '../asm/ir.js';
import { matchForm, NO_PREFIXES } from '../asm/match.js';
import { GPR32_NAMES, REGISTERS, type Register } from '../isa/registers.js';

export const R32: readonly Register[] = GPR32_NAMES.map((n) => REGISTERS.get(n)!);

/** Operands are immutable: one shared operand per 32-bit register. */
const R32_OPS: readonly RegOperand[] = R32.map((r) => ({ kind: 'reg' as const, reg: r, indirect: false }));

export function reg(r: number | Register): RegOperand {
  if (typeof r === 'number') return R32_OPS[r]!;
  return r.cls === 'r32' && r.gpr >= 0 ? R32_OPS[r.gpr]! : { kind: 'reg', reg: r, indirect: false };
}

/** Shared immediates for the small constants the templates use. */
const IMM_CACHE = new Map<number, Operand>();

export function imm(v: number | bigint | Expr): Operand {
  if (typeof v === 'number') {
    let o = IMM_CACHE.get(v);
    if (!o) IMM_CACHE.set(v, (o = immOf(num(v))));
    return o;
  }
  return immOf(typeof v === 'object' ? v : num(v));
}

function immOf(expr: Expr): Operand {
  return { kind: 'imm', expr, constValue: expr.k === 'num' ? Number(expr.value) : null };
}

export function mem(parts: { base?: number | null; index?: number | null; scale?: number; disp?: Expr | number | null; seg?: Register | null }): MemOperand {
  const disp = parts.disp === undefined || parts.disp === null ? null : typeof parts.disp === 'number' ? (parts.disp === 0 ? null : num(parts.disp)) : parts.disp;
  return {
    kind: 'mem', seg: parts.seg ?? null, disp,
    base: parts.base === undefined || parts.base === null ? null : R32[parts.base]!,
    index: parts.index === undefined || parts.index === null ? null : R32[parts.index]!,
    scale: parts.scale ?? 1, scaleWritten: false, indirect: false,
  };
}

/** Shared absolute operands: per symbol, per offset and base. */
const ABS_CACHE = new Map<string, Map<number, MemOperand>>();

/** Absolute memory operand at a symbol (+ offset). */
export function absMem(name: string, offset = 0, base: number | null = null): MemOperand {
  let byPlace = ABS_CACHE.get(name);
  if (!byPlace) ABS_CACHE.set(name, (byPlace = new Map()));
  const key = offset * 16 + (base === null ? 15 : base);
  let o = byPlace.get(key);
  if (!o) {
    const e: Expr = offset ? { k: 'bin', op: '+', l: sym(name), r: num(offset) } : sym(name);
    byPlace.set(key, (o = mem({ disp: e, base })));
  }
  return o;
}

export function target(label: string): TargetOperand {
  return { kind: 'target', expr: sym(label) };
}

export function indirect(o: RegOperand | MemOperand): Operand {
  return { ...o, indirect: true };
}

/** Codes of registers, from 8 (below 128: the indirect bit is 128). */
const REG_CODE = new Map<Register, number>();

/** Code of an operand's shape for form lookup: what matchForm looks at (kind, the register itself,
 * indirection, memory parts present), not the values. One byte. */
function shapeCode(o: Operand): number {
  switch (o.kind) {
    case 'reg': {
      // Each register its own code: some forms fix one (%cl counts, %al/%dx ports).
      let c = REG_CODE.get(o.reg);
      if (c === undefined) REG_CODE.set(o.reg, (c = 8 + REG_CODE.size));
      return o.indirect ? c | 128 : c;
    }
    case 'imm': return 2;
    case 'target': return 3;
    case 'mem': return o.indirect ? 4 : o.seg ? 5 : o.base || o.index ? 6 : 7;
  }
}

type Form = import('../isa/types.js').Form;

// Inserted instructions come from a few templates: resolve each shape through the table once.
// Per mnemonic: operand count and shape codes packed in a number -> form.
const FORM_CACHE = new Map<string, Map<number, Form>>();

/** The form of `mnemonic` with `ops` (no prefixes); `ops` is converted in place as matchForm does. */
function resolve(mnemonic: string, ops: Operand[], loc: SourceLoc): Form {
  if (ops.length > 3) return matchForm(mnemonic, [], ops, loc).form;
  let key = ops.length;
  for (let i = 0; i < ops.length; i++) key = key * 256 + shapeCode(ops[i]!);
  let byShape = FORM_CACHE.get(mnemonic);
  if (!byShape) FORM_CACHE.set(mnemonic, (byShape = new Map()));
  let f = byShape.get(key);
  if (!f) byShape.set(key, (f = matchForm(mnemonic, [], ops, loc).form));
  return f;
}

/**
 * `orig` with some fields replaced, built field by field (object spread would give the copy a
 * hidden class of its own, and item loops such as the printer's would see one more shape).
 */
export function copyInsn(orig: Instruction, over: { prefixes?: readonly string[]; prefixStmt?: boolean | undefined; operands?: readonly Operand[] }): Instruction {
  return {
    kind: 'insn', prefixes: over.prefixes ?? orig.prefixes, prefixStmt: 'prefixStmt' in over ? over.prefixStmt : orig.prefixStmt,
    mnemonic: orig.mnemonic, form: orig.form, operands: over.operands ?? orig.operands, loc: orig.loc, section: orig.section, comment: orig.comment,
  };
}

/** `d` with new arguments, built field by field (see copyInsn). */
export function copyDirective(d: Directive, args: readonly DirectiveArg[]): Directive {
  return { kind: 'directive', name: d.name, args, raw: d.raw, loc: d.loc, section: d.section, comment: d.comment };
}

/** Appends instructions and labels to a list of items, located at the instruction they stand for. */
export class Emitter {
  count = 0;
  constructor(readonly out: Item[], public loc: SourceLoc, public section: string) {}

  insn(mnemonic: string, ...ops: Operand[]): Instruction {
    const form = resolve(mnemonic, ops, this.loc);
    const i: Instruction = { kind: 'insn', prefixes: NO_PREFIXES, prefixStmt: false, mnemonic, form, operands: ops, loc: this.loc, section: this.section, comment: undefined };
    this.out.push(i);
    this.count++;
    return i;
  }

  /** Re-emits an original instruction with new operands (prefixes, mnemonic, comment kept). */
  reuse(orig: Instruction, operands: readonly Operand[]): Instruction {
    const ops = [...operands];
    const form = orig.prefixes.length ? matchForm(orig.mnemonic, orig.prefixes, ops, orig.loc).form : resolve(orig.mnemonic, ops, orig.loc);
    // Built field by field, as insn() does: one hidden class for every instruction item.
    const i: Instruction = {
      kind: 'insn', prefixes: orig.prefixes, prefixStmt: orig.prefixStmt, mnemonic: orig.mnemonic, form, operands: ops, loc: orig.loc,
      section: this.section, comment: orig.comment,
    };
    this.out.push(i);
    this.count++;
    return i;
  }

  raw(i: Item): void {
    this.out.push(i);
  }

  label(name: string): void {
    this.out.push({ kind: 'label', name, loc: this.loc, section: this.section });
  }

  comment(text: string): void {
    this.out.push({ kind: 'comment', text, loc: this.loc, section: this.section });
  }

  directive(name: string, args: Expr[]): void {
    this.out.push({ kind: 'directive', name, args: args.map((e) => ({ k: 'expr' as const, e })), raw: undefined, loc: this.loc, section: this.section, comment: undefined });
  }
}
