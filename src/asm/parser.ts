// Parser for GNU as AT&T i386 assembly as gcc and the Linux kernel emit it: statements ->
// labels, directives (typed where the toolkit reads them, verbatim otherwise) and instructions
// resolved against the instruction table. Produces the immutable Program of ir.ts.
//
// Every malformed statement is reported with file:line:column and what was expected; the parser
// keeps going to report all of them (up to a limit) and then throws AsmErrors. The source is
// scanned in place (lines by index, tokens in a reused typed-array buffer): parse+print must stay
// faster than GNU as assembling the same file.

import { REGISTERS, type Register } from '../isa/index.js';
import { AsmError, AsmErrors } from './diagnostics.js';
import type { BinOp, Expr, UnOp } from './expr.js';
import { constValue } from './expr.js';
import type { DirectiveArg, Item, MemOperand, Operand, Program, SourceLoc } from './ir.js';
import {
  blankBlockComments, isIdChar, isIdStart, LineLocator, P_AND, P_EQ, P_GE, P_LE, P_LTGT, P_NE, P_OR, P_SHL, P_SHR,
  scanLine, Scanner, T_AT, T_CHAR, T_ID, T_LREF, T_NUM, T_P, T_REG, T_STR, type LineSplit, type Locator,
} from './lexer.js';
import { matchForm, NO_PREFIXES } from './match.js';

const MAX_ERRORS = 100;

/** How the parser reads each directive's arguments. */
type DirKind = 'exprs' | 'strings' | 'symbols' | 'symexprs' | 'type' | 'section' | 'none' | 'raw';

const DIRECTIVES: ReadonlyMap<string, DirKind> = new Map<string, DirKind>([
  ...['.long', '.word', '.short', '.value', '.byte', '.int', '.quad', '.2byte', '.4byte', '.8byte', '.hword',
    '.uleb128', '.sleb128', '.zero', '.skip', '.space', '.fill', '.org', '.p2align', '.p2alignw', '.p2alignl',
    '.balign', '.balignw', '.balignl', '.align', '.nops', '.subsection', '.text', '.data', '.bss']
    .map((d) => [d, 'exprs'] as [string, DirKind]),
  ...['.string', '.ascii', '.asciz'].map((d) => [d, 'strings'] as [string, DirKind]),
  ...['.globl', '.global', '.local', '.weak', '.hidden', '.protected', '.internal', '.extern']
    .map((d) => [d, 'symbols'] as [string, DirKind]),
  ...['.set', '.equ', '.equiv', '.size', '.comm', '.lcomm'].map((d) => [d, 'symexprs'] as [string, DirKind]),
  ['.type', 'type'],
  ['.section', 'section'], ['.pushsection', 'section'],
  ...['.popsection', '.previous', '.code32', '.att_syntax'].map((d) => [d, 'none'] as [string, DirKind]),
  ...['.file', '.loc', '.ident', '.loc_mark_labels', '.reloc', '.symver', '.weakref', '.gnu_attribute', '.addrsig',
    '.addrsig_sym', '.end', '.arch', '.linkonce', '.version', '.cfi_sections', '.cfi_startproc', '.cfi_endproc',
    '.cfi_def_cfa', '.cfi_def_cfa_offset', '.cfi_def_cfa_register', '.cfi_offset', '.cfi_adjust_cfa_offset',
    '.cfi_restore', '.cfi_remember_state', '.cfi_restore_state', '.cfi_rel_offset', '.cfi_register',
    '.cfi_escape', '.cfi_signal_frame', '.cfi_undefined', '.cfi_same_value', '.cfi_return_column',
    '.cfi_personality', '.cfi_lsda', '.cfi_window_save', '.cfi_val_offset', '.cfi_label']
    .map((d) => [d, 'raw'] as [string, DirKind]),
]);

const UNSUPPORTED: ReadonlyMap<string, string> = new Map([
  ...['.macro', '.endm', '.rept', '.endr', '.irp', '.irpc', '.if', '.ifdef', '.ifndef', '.ifc', '.ifnc', '.ifeq',
    '.ifne', '.ifb', '.ifnb', '.else', '.elseif', '.endif', '.purgem', '.exitm']
    .map((d) => [d, 'macros and conditional assembly are not supported; give twindrivers preprocessed assembly'] as [string, string]),
  ['.include', 'file inclusion is not supported; give twindrivers a single assembled-ready file'],
  ['.incbin', 'included binary blobs cannot be analysed'],
  ['.intel_syntax', 'only AT&T syntax is supported'],
  ['.code16', 'only 32-bit code is supported'], ['.code16gcc', 'only 32-bit code is supported'],
  ['.code64', 'only 32-bit code is supported'],
  ['.error', 'the source asks the assembler to fail (.error)'], ['.err', 'the source asks the assembler to fail (.err)'],
]);

const PREFIX_WORDS = new Set(['lock', 'rep', 'repe', 'repz', 'repne', 'repnz']);

/** Binary operator precedence by punctuation code (GAS; see expr.ts). */
const BIN_BY_CODE: ReadonlyMap<number, [BinOp, number]> = new Map<number, [BinOp, number]>([
  [42, ['*', 4]], [47, ['/', 4]], [37, ['%', 4]], [P_SHL, ['<<', 4]], [P_SHR, ['>>', 4]],
  [124, ['|', 3]], [38, ['&', 3]], [94, ['^', 3]], [33, ['!', 3]],
  [43, ['+', 2]], [45, ['-', 2]], [P_EQ, ['==', 2]], [P_LTGT, ['<>', 2]], [P_NE, ['!=', 2]], [60, ['<', 2]],
  [62, ['>', 2]], [P_GE, ['>=', 2]], [P_LE, ['<=', 2]],
  [P_AND, ['&&', 1]], [P_OR, ['||', 1]],
]);

const C_LPAREN = 40, C_RPAREN = 41, C_COMMA = 44, C_COLON = 58, C_DOLLAR = 36, C_STAR = 42, C_PERCENT = 37;

// ---------------------------------------------------------------------------------------------
// Expression and operand grammar over the token buffer of one statement

class Toks {
  i = 0;
  /** Offset just past the statement (for "at end of statement" diagnostics). */
  stmtEnd = 0;
  constructor(readonly sc: Scanner, readonly loc: Locator) {}

  reset(stmtEnd: number): void { this.i = 0; this.stmtEnd = stmtEnd; }
  done(): boolean { return this.i >= this.sc.n; }
  type(k = 0): number { return this.i + k < this.sc.n ? this.sc.type[this.i + k]! : 0; }
  isP(code: number, k = 0): boolean { const j = this.i + k; return j < this.sc.n && this.sc.type[j] === T_P && this.sc.punct[j] === code; }
  here(): SourceLoc { return this.loc.at(this.i < this.sc.n ? this.sc.start[this.i]! : this.stmtEnd); }
  err(msg: string): AsmError { return new AsmError(this.here(), msg); }
  show(): string { return this.i < this.sc.n ? this.sc.text.slice(this.sc.start[this.i], this.sc.end[this.i]) : ''; }
  value(): string { return this.sc.value(this.i); }
  expectP(code: number, what: string): void {
    if (!this.isP(code)) throw this.err(`expected ${what}${this.done() ? ' before end of statement' : `, found '${this.show()}'`}`);
    this.i++;
  }

  expr(minPrec = 1): Expr {
    let l = this.unary();
    for (;;) {
      if (this.type() !== T_P) return l;
      const b = BIN_BY_CODE.get(this.sc.punct[this.i]!);
      if (!b || b[1] < minPrec) return l;
      this.i++;
      const r = this.expr(b[1] + 1);
      l = { k: 'bin', op: b[0], l, r };
    }
  }

  unary(): Expr {
    const t = this.type();
    if (t === 0) throw this.err('expected an expression');
    if (t === T_P) {
      const p = this.sc.punct[this.i]!;
      if (p === 45 || p === 126 || p === 33 || p === 43) {
        this.i++;
        return { k: 'un', op: String.fromCharCode(p) as UnOp, arg: this.unary() };
      }
      if (p === C_LPAREN) {
        this.i++;
        const e = this.expr();
        this.expectP(C_RPAREN, "')'");
        return { k: 'paren', e };
      }
      throw this.err(`expected an expression, found '${this.show()}'`);
    }
    const v = this.value();
    const end = this.sc.end[this.i]!;
    this.i++;
    switch (t) {
      case T_NUM: return { k: 'num', value: parseNumber(v), text: v };
      case T_CHAR: return { k: 'num', value: BigInt(charValue(v)), text: v };
      case T_LREF: return { k: 'sym', name: v };
      case T_ID:
        if (this.type() === T_AT && this.sc.start[this.i] === end) {
          const reloc = this.value();
          this.i++;
          return { k: 'sym', name: v, reloc };
        }
        return { k: 'sym', name: v };
      case T_STR: this.i--; throw this.err(`expected an expression, found string ${v}`);
      default: this.i--; throw this.err(`expected an expression, found '${this.show()}'`);
    }
  }

  register(): Register {
    const at = this.i;
    let name = this.value();
    this.i++;
    if (name.charCodeAt(0) < 97 || name.length > 3) name = name.toLowerCase();
    // %st(1)
    if (name === 'st' && this.isP(C_LPAREN) && this.type(1) === T_NUM && this.isP(C_RPAREN, 2)) {
      name = `st(${this.sc.value(this.i + 1)})`;
      this.i += 3;
    }
    const r = REGISTERS.get(name);
    if (!r) throw new AsmError(this.loc.at(this.sc.start[at]!), `unknown register '%${this.sc.value(at)}'`);
    return r;
  }

  /** One instruction operand, AT&T syntax. */
  operand(): Operand {
    let indirect = false;
    if (this.isP(C_STAR)) { this.i++; indirect = true; }
    const t = this.type();
    if (t === 0) throw this.err('expected an operand');
    if (this.isP(C_DOLLAR)) {
      if (indirect) throw this.err("'*' cannot apply to an immediate");
      this.i++;
      const expr = this.expr();
      const c = expr.k === 'num' ? expr.value : constValue(expr);
      return { kind: 'imm', expr, constValue: c === null ? null : Number(BigInt.asIntN(53, c)) };
    }
    let seg: Register | null = null;
    if (t === T_REG) {
      const r = this.register();
      if (!this.isP(C_COLON)) return { kind: 'reg', reg: r, indirect };
      if (r.cls !== 'sreg') throw this.err(`'%${r.name}' is not a segment register`);
      this.i++;
      seg = r;
    }
    return this.memory(seg, indirect);
  }

  memory(seg: Register | null, indirect: boolean): MemOperand {
    let disp: Expr | null = null;
    // A '(' starts the base/index part unless it opens a parenthesised displacement.
    if (!(this.isP(C_LPAREN) && (this.type(1) === T_REG || this.isP(C_COMMA, 1)))) {
      if (this.done() || this.isP(C_COMMA)) throw this.err('expected a memory operand');
      disp = this.expr();
    }
    let base: Register | null = null;
    let index: Register | null = null;
    let scale = 1;
    let scaleWritten = false;
    if (this.isP(C_LPAREN)) {
      this.i++;
      if (this.type() === T_REG) base = this.register();
      if (this.isP(C_COMMA)) {
        this.i++;
        if (this.type() !== T_REG) throw this.err('expected an index register');
        index = this.register();
        if (this.isP(C_COMMA)) {
          this.i++;
          const sv = this.type() === T_NUM ? this.value() : '';
          if (sv !== '1' && sv !== '2' && sv !== '4' && sv !== '8') throw this.err('expected scale 1, 2, 4 or 8');
          this.i++;
          scale = Number(sv);
          scaleWritten = true;
        }
      }
      this.expectP(C_RPAREN, "')' closing the memory operand");
      if (!base && !index) throw this.err('empty memory operand');
      if (index && index.name === 'esp') throw this.err("'%esp' cannot be an index register");
    }
    return { kind: 'mem', seg, disp, base, index, scale, scaleWritten, indirect };
  }
}

/** Small non-negative values, shared (most displacements and immediates are small). */
const SMALL_BIGINT: readonly bigint[] = Array.from({ length: 4096 }, (_, i) => BigInt(i));

function parseNumber(text: string): bigint {
  const c1 = text.charCodeAt(1) | 32;
  if (text.length < 16 && text.charCodeAt(0) !== 48) {
    const v = Number(text);
    return v < 4096 ? SMALL_BIGINT[v]! : BigInt(v);
  }
  if (text === '0') return SMALL_BIGINT[0]!;
  if (c1 === 120 || c1 === 98) return BigInt(text);
  if (text.length > 1 && text.charCodeAt(0) === 48) return BigInt('0o' + text.slice(1));
  return BigInt(text);
}

function charValue(text: string): number {
  if (text[1] !== '\\') return text.charCodeAt(1);
  const m: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, '\\': 92, "'": 39, '"': 34, '0': 0 };
  return m[text[2]!] ?? text.charCodeAt(2);
}

// ---------------------------------------------------------------------------------------------

interface SectionState {
  current: string;
  previous: string;
  stack: Array<{ current: string; previous: string }>;
}

interface Pending {
  names: string[];
  loc: SourceLoc;
}

export interface ParseOptions {
  /** Stop at the first error instead of collecting them. */
  readonly failFast?: boolean;
}

class Parser {
  readonly items: Item[] = [];
  readonly errors: AsmError[] = [];
  readonly sec: SectionState = { current: '.text', previous: '.text', stack: [] };
  readonly loc: LineLocator;
  readonly sc = new Scanner();
  readonly ts: Toks;
  pending: Pending | null = null;
  /** The current line and its trailing comment (attached to its last statement). */
  line = '';
  comment: string | undefined = undefined;

  constructor(readonly file: string) {
    this.loc = new LineLocator(file);
    this.ts = new Toks(this.sc, this.loc);
  }

  run(src: string, opts: ParseOptions): Program {
    const split: LineSplit = { count: 0, starts: [], ends: [], comment: -1, block: false };
    const block = { open: false, text: '', line: 0, col: 0 };
    const blockComments: Array<{ text: string; line: number; col: number }> = [];
    const n = src.length;
    let pos = 0;
    let lineNo = 0;
    while (pos <= n) {
      let nl = src.indexOf('\n', pos);
      if (nl < 0) nl = n;
      let line = src.slice(pos, nl);
      pos = nl + 1;
      lineNo++;
      if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      if (line.length === 0) continue;
      this.loc.line = lineNo;
      if (!block.open) scanLine(line, split);
      if (block.open || split.block) {
        line = blankBlockComments(line, lineNo, block, blockComments);
        for (const c of blockComments) this.items.push({ kind: 'comment', text: c.text, loc: { file: this.file, line: c.line, col: c.col }, section: this.sec.current });
        blockComments.length = 0;
        scanLine(line, split);
      }
      let first = 0;
      while (first < line.length && (line.charCodeAt(first) === 32 || line.charCodeAt(first) === 9)) first++;
      if (first >= line.length) continue;
      const c0 = line.charCodeAt(first);
      // Whole-line comments: `#...` after optional blanks, or `/` in column 1.
      if (c0 === 35 || (first === 0 && c0 === 47)) {
        this.items.push({ kind: 'comment', text: line.slice(first), loc: this.loc.at(first), section: this.sec.current });
        continue;
      }
      this.line = line;
      const k = split.count;
      if (k === 0) {
        if (split.comment >= 0) this.items.push({ kind: 'comment', text: line.slice(split.comment), loc: this.loc.at(split.comment), section: this.sec.current });
        continue;
      }
      for (let s = 0; s < k; s++) {
        this.comment = s === k - 1 && split.comment >= 0 ? line.slice(split.comment) : undefined;
        try {
          this.statement(split.starts[s]!, split.ends[s]!);
        } catch (e) {
          if (!(e instanceof AsmError)) throw e;
          if (opts.failFast) throw new AsmErrors([e]);
          this.errors.push(e);
          this.pending = null;
          if (this.errors.length >= MAX_ERRORS) throw new AsmErrors(this.errors, true);
        }
      }
    }
    if (block.open) this.errors.push(new AsmError({ file: this.file, line: block.line, col: block.col }, 'unterminated /* comment'));
    if (this.pending) {
      this.errors.push(new AsmError(this.pending.loc, `prefix '${this.pending.names.join(' ')}' is not followed by an instruction`));
    }
    if (this.errors.length) throw new AsmErrors(this.errors);
    return { file: this.file, items: this.items };
  }

  private attachComment(loc: SourceLoc): void {
    if (this.comment !== undefined) this.items.push({ kind: 'comment', text: this.comment, loc, section: this.sec.current });
  }

  private statement(from: number, to: number): void {
    const text = this.line;
    const at = this.loc;
    const sec = this.sec;
    const pending = this.pending;
    let pos = from;
    // Labels: `name:` (also `1:`), possibly several.
    let wordEnd = identEnd(text, pos, to);
    for (;;) {
      const colon = wordEnd > pos ? (wordEnd < to && text.charCodeAt(wordEnd) === C_COLON ? wordEnd : -1) : labelColon(text, pos, to);
      if (colon < 0) break;
      const name = text.slice(pos, colon);
      if (pending) throw new AsmError(at.at(pos), `label '${name}' between prefix '${pending.names.join(' ')}' and its instruction`);
      this.items.push({ kind: 'label', name, loc: at.at(pos), section: sec.current });
      pos = colon + 1;
      while (pos < to && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
      wordEnd = identEnd(text, pos, to);
    }
    if (pos >= to) { this.attachComment(at.at(pos)); return; }
    const loc = at.at(pos);
    let q = wordEnd;
    while (q < to && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
    // `sym = expr` assignment (also `. = expr`)
    if (wordEnd > pos && text.charCodeAt(q) === 61 /* = */ && text.charCodeAt(q + 1) !== 61) {
      if (pending) throw new AsmError(loc, `assignment between prefix '${pending.names.join(' ')}' and its instruction`);
      const ts = this.tokens(q + 1, to);
      const e = ts.expr();
      if (!ts.done()) throw ts.err(`unexpected '${ts.show()}' after expression`);
      this.items.push({ kind: 'directive', name: '=', args: [{ k: 'raw', text: text.slice(pos, wordEnd) }, { k: 'expr', e }], raw: undefined, loc, section: sec.current, comment: this.comment });
      return;
    }
    if (text.charCodeAt(pos) === 46 /* . */) {
      if (pending) throw new AsmError(loc, `directive between prefix '${pending.names.join(' ')}' and its instruction`);
      if (wordEnd === pos + 1) throw new AsmError(loc, `expected a directive name after '.'`);
      this.directive(text.slice(pos, wordEnd).toLowerCase(), wordEnd, to, loc);
      return;
    }
    if (wordEnd === pos) throw new AsmError(loc, `expected an instruction, directive or label, found '${text.slice(pos, to).split(/\s/)[0]}'`);
    let word = text.slice(pos, wordEnd).toLowerCase();
    let p = wordEnd;
    let prefixes: string[] | readonly string[] = pending ? [...pending.names] : NO_PREFIXES;
    const ploc = pending ? pending.loc : loc;
    // Prefix words before the mnemonic on the same statement (`rep movsb`, `lock orb ...`).
    while (PREFIX_WORDS.has(word)) {
      prefixes = [...prefixes, word];
      while (p < to && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      if (p >= to) {
        // Prefix alone (`lock;` or `rep` on its own line): it applies to the next instruction.
        this.attachComment(loc);
        this.pending = { names: [...prefixes], loc: ploc };
        return;
      }
      const we = identEnd(text, p, to);
      if (we === p) throw new AsmError(at.at(p), `expected an instruction after prefix '${word}'`);
      word = text.slice(p, we).toLowerCase();
      p = we;
    }
    const cp = text.charCodeAt(p);
    if (p < to && !(cp === 32 || cp === 9 || cp === C_STAR || cp === C_PERCENT || cp === C_DOLLAR)) {
      throw new AsmError(at.at(p), `unexpected '${text[p]}' after mnemonic '${word}'`);
    }
    const ts = this.tokens(p, to);
    const ops: Operand[] = [];
    if (!ts.done()) {
      for (;;) {
        ops.push(ts.operand());
        if (ts.done()) break;
        ts.expectP(C_COMMA, "',' between operands");
      }
    }
    const m = matchForm(word, prefixes, ops, loc);
    this.items.push({
      kind: 'insn', prefixes, prefixStmt: pending !== null, mnemonic: word, form: m.form, operands: m.operands, loc: ploc,
      section: sec.current, comment: this.comment,
    });
    this.pending = null;
  }

  private tokens(from: number, to: number): Toks {
    this.sc.tokenize(this.line, from, to, this.loc);
    this.ts.reset(to);
    return this.ts;
  }

  private directive(name: string, argFrom: number, to: number, loc: SourceLoc): void {
    const unsupported = UNSUPPORTED.get(name);
    if (unsupported) throw new AsmError(loc, `directive ${name}: ${unsupported}`);
    const kind = DIRECTIVES.get(name);
    if (!kind) throw new AsmError(loc, `unknown directive '${name}'`);
    const sec = this.sec;
    const section = sec.current;
    const comment = this.comment;
    let args: DirectiveArg[] = [];
    let raw: string | undefined;
    switch (kind) {
      case 'raw':
        raw = this.line.slice(argFrom, to).trim();
        break;
      case 'none': {
        const r = this.line.slice(argFrom, to).trim();
        if (r && !(name === '.att_syntax' && r === 'prefix')) throw new AsmError(this.loc.at(argFrom), `${name} takes no arguments`);
        break;
      }
      case 'section': {
        let s = argFrom;
        while (s < to && (this.line.charCodeAt(s) === 32 || this.line.charCodeAt(s) === 9)) s++;
        args = sectionArgs(this.line.slice(s, to), this.loc, s);
        if (args.length === 0) throw new AsmError(loc, `${name} needs a section name`);
        break;
      }
      default:
        args = listArgs(this.tokens(argFrom, to), kind, name);
    }
    // Section bookkeeping: items after this directive land in the new section.
    switch (name) {
      case '.text': case '.data': case '.bss':
        sec.previous = sec.current; sec.current = name; break;
      case '.section':
        sec.previous = sec.current; sec.current = sectionName(args[0]!); break;
      case '.pushsection':
        sec.stack.push({ current: sec.current, previous: sec.previous });
        sec.previous = sec.current; sec.current = sectionName(args[0]!); break;
      case '.popsection': {
        const top = sec.stack.pop();
        if (!top) throw new AsmError(loc, '.popsection without a matching .pushsection');
        sec.current = top.current; sec.previous = top.previous; break;
      }
      case '.previous': {
        const c = sec.current; sec.current = sec.previous; sec.previous = c; break;
      }
    }
    this.items.push({ kind: 'directive', name, args, raw, loc, section, comment });
  }
}

export function parse(file: string, src: string, opts: ParseOptions = {}): Program {
  return new Parser(file).run(src, opts);
}

/** End of the identifier (letters, digits, `_ . $`) at `pos`; `pos` when there is none. */
function identEnd(text: string, pos: number, to: number): number {
  const c = text.charCodeAt(pos);
  if (!(isIdStart(c) || c === 36)) return pos;
  let j = pos + 1;
  while (j < to && isIdChar(text.charCodeAt(j))) j++;
  return j;
}

/** Index of the ':' ending a label (`name:` or `1:`) at `pos`, or -1. */
function labelColon(text: string, pos: number, to: number): number {
  const c = text.charCodeAt(pos);
  let j = pos;
  if (c >= 48 && c <= 57) {
    while (j < to && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  } else {
    j = identEnd(text, pos, to);
    if (j === pos) return -1;
  }
  return j < to && text.charCodeAt(j) === C_COLON ? j : -1;
}

export function sectionName(a: DirectiveArg): string {
  if (a.k === 'str') return a.text.slice(1, -1);
  if (a.k === 'raw') return a.text;
  return '?';
}

/** `.section name[, "flags"[, @type[, ...]]]`: names may contain '-' and need no quotes. */
function sectionArgs(raw: string, at: Locator, off: number): DirectiveArg[] {
  const out: DirectiveArg[] = [];
  let i = 0;
  while (i < raw.length) {
    while (raw[i] === ' ' || raw[i] === '\t') i++;
    if (i >= raw.length) break;
    if (raw[i] === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
      if (j >= raw.length) throw new AsmError(at.at(off + i), 'unterminated string literal');
      out.push({ k: 'str', text: raw.slice(i, j + 1) });
      i = j + 1;
    } else {
      let j = i;
      while (j < raw.length && raw[j] !== ',') j++;
      const t = raw.slice(i, j).trim();
      if (!t) throw new AsmError(at.at(off + i), 'empty section argument');
      out.push({ k: 'raw', text: t });
      i = j;
    }
    while (raw[i] === ' ' || raw[i] === '\t') i++;
    if (i < raw.length) {
      if (raw[i] !== ',') throw new AsmError(at.at(off + i), `expected ',' in section arguments, found '${raw[i]}'`);
      i++;
    }
  }
  return out;
}

function listArgs(ts: Toks, kind: DirKind, name: string): DirectiveArg[] {
  const out: DirectiveArg[] = [];
  if (ts.done()) {
    if (kind === 'exprs' && (name === '.text' || name === '.data' || name === '.bss')) return out;
    throw ts.err(`${name} needs an argument`);
  }
  let first = true;
  for (;;) {
    if (ts.isP(C_COMMA)) {
      // Empty argument, as in `.p2align 4,,10`.
      if (kind !== 'exprs') throw ts.err('empty argument');
      out.push({ k: 'empty' });
    } else if (kind === 'strings') {
      if (ts.type() !== T_STR) throw ts.err(`${name} expects a string literal`);
      out.push({ k: 'str', text: ts.value() });
      ts.i++;
    } else if (kind === 'symbols' || ((kind === 'symexprs' || kind === 'type') && first)) {
      const t = ts.type();
      if (t !== T_ID && !(t === T_NUM && kind === 'symexprs')) throw ts.err(`${name} expects a symbol name`);
      out.push({ k: 'raw', text: ts.value() });
      ts.i++;
    } else if (kind === 'type') {
      const t = ts.type();
      if (t === T_AT) { out.push({ k: 'raw', text: `@${ts.value()}` }); ts.i++; }
      else if (t === T_REG) { out.push({ k: 'raw', text: `%${ts.value()}` }); ts.i++; }
      else if (t === T_STR) { out.push({ k: 'str', text: ts.value() }); ts.i++; }
      else throw ts.err(`${name} expects a symbol type such as @function or @object`);
    } else {
      out.push({ k: 'expr', e: ts.expr() });
    }
    first = false;
    if (ts.done()) break;
    ts.expectP(C_COMMA, `',' between ${name} arguments`);
    if (ts.done()) {
      if (kind === 'exprs') { out.push({ k: 'empty' }); break; }
      throw ts.err("expected an argument after ','");
    }
  }
  if (kind === 'type' && out.length !== 2) throw ts.err('.type expects a symbol and a type');
  return out;
}

