// Construction of inserted instructions: operands and instructions built as IR and resolved to
// their forms through the instruction table (matchForm), exactly as parsed text would be — an
// inserted instruction the table does not know is a bug caught at rewrite time.

import { num, sym, type Expr } from '../asm/expr.js';
import type { Instruction, Item, MemOperand, Operand, RegOperand, SourceLoc, TargetOperand } from '../asm/ir.js';
import { matchForm, NO_PREFIXES } from '../asm/match.js';
import { GPR32_NAMES, REGISTERS, type Register } from '../isa/registers.js';

export const R32: readonly Register[] = GPR32_NAMES.map((n) => REGISTERS.get(n)!);

export function reg(r: number | Register): RegOperand {
  return { kind: 'reg', reg: typeof r === 'number' ? R32[r]! : r, indirect: false };
}

export function imm(v: number | bigint | Expr): Operand {
  const expr = typeof v === 'object' ? v : num(v);
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

/** Absolute memory operand at a symbol (+ offset). */
export function absMem(name: string, offset = 0, base: number | null = null): MemOperand {
  const e: Expr = offset ? { k: 'bin', op: '+', l: sym(name), r: num(offset) } : sym(name);
  return mem({ disp: e, base });
}

export function target(label: string): TargetOperand {
  return { kind: 'target', expr: sym(label) };
}

export function indirect(o: RegOperand | MemOperand): Operand {
  return { ...o, indirect: true };
}

/** Key of an operand's shape for form lookup: what matchForm looks at (kind, register class and
 * size, indirection, memory parts present), not the values. */
function shapeKey(o: Operand): string {
  switch (o.kind) {
    // 8/16-bit and special registers by name: some forms fix them (%cl counts, %al/%dx ports).
    case 'reg': return (o.indirect ? '*' : '') + (o.reg.cls === 'r32' ? 'r32' : o.reg.name);
    case 'imm': return 'i';
    case 'target': return 't';
    case 'mem': return o.indirect ? '*m' : o.seg ? 'ms' : o.base || o.index ? 'm' : 'mb';
  }
}

// Inserted instructions come from a few templates: resolve each shape through the table once.
const FORM_CACHE = new Map<string, import('../isa/types.js').Form>();

function resolve(mnemonic: string, ops: Operand[], loc: SourceLoc): { form: import('../isa/types.js').Form; operands: Operand[] } {
  let key = mnemonic;
  for (const o of ops) key += ' ' + shapeKey(o);
  const f = FORM_CACHE.get(key);
  if (f) return { form: f, operands: ops };
  const m = matchForm(mnemonic, [], ops, loc);
  // Only cache when no operand was converted (bare expression -> target is shape-dependent too).
  FORM_CACHE.set(key, m.form);
  return { form: m.form, operands: m.operands as Operand[] };
}

/** Appends instructions and labels to a list of items, located at the instruction they stand for. */
export class Emitter {
  count = 0;
  constructor(readonly out: Item[], public loc: SourceLoc, public section: string) {}

  insn(mnemonic: string, ...ops: Operand[]): Instruction {
    const m = resolve(mnemonic, ops, this.loc);
    const i: Instruction = { kind: 'insn', prefixes: NO_PREFIXES, prefixStmt: false, mnemonic, form: m.form, operands: m.operands, loc: this.loc, section: this.section, comment: undefined };
    this.out.push(i);
    this.count++;
    return i;
  }

  /** Re-emits an original instruction with new operands (prefixes, mnemonic, comment kept). */
  reuse(orig: Instruction, operands: readonly Operand[]): Instruction {
    const m = matchForm(orig.mnemonic, orig.prefixes, [...operands], orig.loc);
    const i: Instruction = { ...orig, form: m.form, operands: m.operands, section: this.section };
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
