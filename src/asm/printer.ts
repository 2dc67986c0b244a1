// Printer: IR -> GNU as AT&T text in gcc's layout (tab, mnemonic, tab, operands, comment).
// Everything is printed from the IR, never echoed from source text: `as --32` of the output must
// produce the same bytes, relocations and symbols as the input (the round-trip test holds us to it).

import { printExpr } from './expr.js';
import type { Register } from '../isa/registers.js';
import type { Directive, DirectiveArg, Instruction, Item, Operand, Program } from './ir.js';

/** `%name` of each register met so far (a handful: no string built per operand). */
const REG_TEXT = new Map<Register, string>();

function regText(r: Register): string {
  let t = REG_TEXT.get(r);
  if (t === undefined) REG_TEXT.set(r, (t = `%${r.name}`));
  return t;
}

export function printOperand(o: Operand): string {
  switch (o.kind) {
    case 'reg': return o.indirect ? `*${regText(o.reg)}` : regText(o.reg);
    case 'imm': return `$${printExpr(o.expr)}`;
    case 'target': return printExpr(o.expr);
    case 'mem': {
      let s = o.indirect ? '*' : '';
      if (o.seg) s += `${regText(o.seg)}:`;
      if (o.disp) s += printExpr(o.disp);
      if (o.base || o.index) {
        s += '(';
        if (o.base) s += regText(o.base);
        if (o.index) {
          s += `,${regText(o.index)}`;
          if (o.scaleWritten || o.scale !== 1) s += `,${o.scale}`;
        }
        s += ')';
      }
      return s;
    }
  }
}

export function printInstruction(i: Instruction): string {
  let s = '\t';
  for (const p of i.prefixes) s += i.prefixStmt ? `${p}; ` : `${p} `;
  s += i.mnemonic;
  const ops = i.operands;
  if (ops.length) {
    s += '\t' + printOperand(ops[0]!);
    for (let k = 1; k < ops.length; k++) s += ', ' + printOperand(ops[k]!);
  }
  return s;
}

function printArg(a: DirectiveArg): string {
  switch (a.k) {
    case 'expr': return printExpr(a.e);
    case 'str': case 'raw': return a.text;
    case 'empty': return '';
  }
}

export function printDirective(d: Directive): string {
  if (d.name === '=') return `\t${printArg(d.args[0]!)} = ${printArg(d.args[1]!)}`;
  if (d.raw !== undefined) return d.raw ? `\t${d.name}\t${d.raw}` : `\t${d.name}`;
  if (!d.args.length) return `\t${d.name}`;
  // Empty arguments print as nothing between commas (`.p2align 4,,10`).
  const body = d.args.map(printArg).join(d.args.some((a) => a.k === 'empty') ? ',' : ', ');
  return `\t${d.name}\t${body}`;
}

export function printItem(it: Item): string {
  switch (it.kind) {
    case 'label': return `${it.name}:`;
    case 'comment': return it.text.includes('\n') ? it.text.replace(/\n$/, '') : it.text;
    case 'directive': return it.comment ? `${printDirective(it)}\t${it.comment}` : printDirective(it);
    case 'insn': return it.comment ? `${printInstruction(it)}\t${it.comment}` : printInstruction(it);
  }
}

export interface PrintOptions {
  /** Drop comments (smaller output for machines). */
  readonly comments?: boolean;
}

export function print(p: Program, opts: PrintOptions = {}): string {
  const keepComments = opts.comments ?? true;
  // Lines joined once at the end (one flat string, no rope of per-line concatenations).
  const lines: string[] = [];
  for (const it of p.items) {
    if (!keepComments) {
      if (it.kind === 'comment') continue;
      if ((it.kind === 'insn' || it.kind === 'directive') && it.comment) {
        lines.push(it.kind === 'insn' ? printInstruction(it) : printDirective(it));
        continue;
      }
    }
    lines.push(printItem(it));
  }
  lines.push('');
  return lines.join('\n');
}
