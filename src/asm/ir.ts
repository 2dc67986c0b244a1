// The immutable IR of an assembly file: Program -> items in source order (labels, directives,
// instructions, comments), each tagged with the section it lands in and its source location.
// Sections are a view over the items (sectionsOf); functions are derived by the analyses.
//
// Invariant: items keep source order. Numeric local labels (`1:` ... `1b`) resolve by textual
// order across sections, so regrouping items by section would change what `1b` names.

import type { Expr } from './expr.js';
import type { Form, Register } from '../isa/index.js';

export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
}

export interface RegOperand {
  readonly kind: 'reg';
  readonly reg: Register;
  /** Written with `*` (indirect call/jump through a register). */
  readonly indirect: boolean;
}

export interface ImmOperand {
  readonly kind: 'imm';
  readonly expr: Expr;
  /** Constant value when the expression is a plain number (shift counts, stats). */
  readonly constValue: number | null;
}

/** `seg:disp(base,index,scale)`; every part optional except that something must be present. */
export interface MemOperand {
  readonly kind: 'mem';
  readonly seg: Register | null;
  readonly disp: Expr | null;
  readonly base: Register | null;
  readonly index: Register | null;
  /** 1, 2, 4 or 8 (1 when absent). */
  readonly scale: number;
  /** Scale written explicitly in the source (`(%eax,%ebx,1)`), kept for faithful printing. */
  readonly scaleWritten: boolean;
  /** Written with `*` (indirect call/jump through memory). */
  readonly indirect: boolean;
}

/** Direct jump/call target (`jmp .L5`, `call foo`). */
export interface TargetOperand {
  readonly kind: 'target';
  readonly expr: Expr;
}

export type Operand = RegOperand | ImmOperand | MemOperand | TargetOperand;

interface ItemBase {
  readonly loc: SourceLoc;
  /** Section the item lands in (name as written in .section, e.g. `.text`, `.rodata.str1.1`). */
  readonly section: string;
}

export interface Label extends ItemBase {
  readonly kind: 'label';
  readonly name: string;
}

/** A directive argument: an expression, a string literal (raw text with quotes and escapes), or raw text. */
export type DirectiveArg =
  | { readonly k: 'expr'; readonly e: Expr }
  | { readonly k: 'str'; readonly text: string }
  | { readonly k: 'raw'; readonly text: string }
  | { readonly k: 'empty' };

export interface Directive extends ItemBase {
  readonly kind: 'directive';
  /** Lower case, with the dot (`.long`). */
  readonly name: string;
  readonly args: readonly DirectiveArg[];
  /** Raw argument text for directives kept verbatim (.file, .loc, .cfi_*, .ident ...). */
  readonly raw?: string | undefined;
  readonly comment?: string | undefined;
}

export interface Instruction extends ItemBase {
  readonly kind: 'insn';
  /** Prefixes as written, in order (`lock`, `rep`, `repne` ...). */
  readonly prefixes: readonly string[];
  /**
   * Prefixes written as statements of their own (`rep; insw`). GNU as emits such a prefix byte
   * before any operand-size prefix, but orders inline ones (`rep insw`) after it: the bytes differ.
   */
  readonly prefixStmt?: boolean | undefined;
  /** Mnemonic as written (lower case), e.g. `sall` for the SHL form. */
  readonly mnemonic: string;
  readonly form: Form;
  readonly operands: readonly Operand[];
  readonly comment?: string | undefined;
}

export interface Comment extends ItemBase {
  readonly kind: 'comment';
  /** Text including its leading `#` or `/*`. */
  readonly text: string;
}

export type Item = Label | Directive | Instruction | Comment;

export interface Program {
  readonly file: string;
  readonly items: readonly Item[];
}

/** Section name -> indices of its items, in source order. */
export function sectionsOf(p: Program): Map<string, number[]> {
  const m = new Map<string, number[]>();
  p.items.forEach((it, i) => {
    let l = m.get(it.section);
    if (!l) m.set(it.section, (l = []));
    l.push(i);
  });
  return m;
}
