// Printer: IR -> GNU as AT&T text in gcc's layout (tab, mnemonic, tab, operands, comment).
// Everything is printed from the IR, never echoed from source text: `as --32` of the output must
// produce the same bytes, relocations and symbols as the input (the round-trip test holds us to it).

import { printExpr } from './expr.js';
import type { Directive, DirectiveArg, Instruction, Item, Operand, Program } from './ir.js';

export function printOperand(o: Operand): string {
  switch (o.kind) {
    case 'reg': return `${o.indirect ? '*' : ''}%${o.reg.name}`;
    case 'imm': return `$${printExpr(o.expr)}`;
    case 'target': return printExpr(o.expr);
    case 'mem': {
      let s = o.indirect ? '*' : '';
      if (o.seg) s += `%${o.seg.name}:`;
      if (o.disp) s += printExpr(o.disp);
      if (o.base || o.index) {
        s += '(';
        if (o.base) s += `%${o.base.name}`;
        if (o.index) {
          s += `,%${o.index.name}`;
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
  if (i.operands.length) s += '\t' + i.operands.map(printOperand).join(', ');
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
  let out = '';
  for (const it of p.items) {
    if (!keepComments) {
      if (it.kind === 'comment') continue;
      if ((it.kind === 'insn' || it.kind === 'directive') && it.comment) {
        out += (it.kind === 'insn' ? printInstruction(it) : printDirective(it)) + '\n';
        continue;
      }
    }
    out += printItem(it) + '\n';
  }
  return out;
}
