// Lexing of GNU as AT&T source. The parser drives it line by line: `scanLine` finds the statements
// of a line (`;` separators outside strings) and its `#` comment; `Scanner.tokenize` turns one
// statement into tokens held in reusable typed arrays (no object per token: the front end must
// keep up with GNU as itself).
//
// GAS rules kept here: `#` starts a comment anywhere outside a string; `/` starts one only in the
// first column; `/* */` comments may span lines; `;` separates statements; `1b`/`1f` are local
// label references; `%name` is a register; `@name` a type or relocation specifier.

import { AsmError } from './diagnostics.js';
import type { SourceLoc } from './ir.js';

/** Maps an offset within the current line to its source location (for diagnostics). */
export interface Locator {
  at(off: number): SourceLoc;
}

export class LineLocator implements Locator {
  line = 0;
  constructor(readonly file: string) {}
  at(off: number): SourceLoc {
    return { file: this.file, line: this.line, col: off + 1 };
  }
}

// Token types.
export const T_ID = 1, T_NUM = 2, T_STR = 3, T_CHAR = 4, T_REG = 5, T_LREF = 6, T_AT = 7, T_P = 8;

/** Punctuation codes: the char code for single characters, these for the two-character ones. */
export const P_SHL = 256, P_SHR = 257, P_LE = 258, P_GE = 259, P_EQ = 260, P_NE = 261, P_LTGT = 262, P_AND = 263, P_OR = 264;
export const PUNCT_TEXT: Readonly<Record<number, string>> = {
  [P_SHL]: '<<', [P_SHR]: '>>', [P_LE]: '<=', [P_GE]: '>=', [P_EQ]: '==', [P_NE]: '!=', [P_LTGT]: '<>', [P_AND]: '&&', [P_OR]: '||',
};

export function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46;
}
export function isIdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 36;
}
function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Token buffer for one statement; reused for every statement of a parse. */
export class Scanner {
  n = 0;
  type = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** For T_P: the punctuation code (char code, or P_* for two-character operators). */
  punct = new Int32Array(64);
  text = '';

  private push(t: number, s: number, e: number, p = 0): void {
    if (this.n === this.type.length) {
      const grow = <A extends Uint8Array | Int32Array>(a: A, C: new (n: number) => A): A => { const b = new C(a.length * 2); b.set(a); return b; };
      this.type = grow(this.type, Uint8Array);
      this.start = grow(this.start, Int32Array);
      this.end = grow(this.end, Int32Array);
      this.punct = grow(this.punct, Int32Array);
    }
    this.type[this.n] = t;
    this.start[this.n] = s;
    this.end[this.n] = e;
    this.punct[this.n] = p;
    this.n++;
  }

  /** Token text (for registers: without the `%`; for `@name`: without the `@`). */
  value(i: number): string {
    const t = this.type[i];
    const s = this.start[i]!;
    return this.text.slice(t === T_REG || t === T_AT ? s + 1 : s, this.end[i]);
  }

  /** Tokenizes text[from, to). */
  tokenize(text: string, from: number, to: number, loc: Locator): void {
    this.text = text;
    this.n = 0;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) { i++; continue; }
      const s = i;
      if (c === 37 /* % */) {
        let j = i + 1;
        if (j < to && isIdStart(text.charCodeAt(j))) {
          while (j < to && isIdChar(text.charCodeAt(j))) j++;
          this.push(T_REG, s, j);
          i = j;
          continue;
        }
        this.push(T_P, s, i + 1, 37);
        i++;
        continue;
      }
      if (isDigit(c)) {
        let j = i;
        if (c === 48 && (text.charCodeAt(i + 1) | 32) === 120 /* x */) {
          j = i + 2;
          while (j < to && isHex(text.charCodeAt(j))) j++;
          if (j === i + 2) throw new AsmError(loc.at(i), `malformed hex number '${text.slice(i, j)}'`);
        } else if (c === 48 && (text.charCodeAt(i + 1) | 32) === 98 /* b */ && (text.charCodeAt(i + 2) === 48 || text.charCodeAt(i + 2) === 49)) {
          j = i + 2;
          while (j < to && (text.charCodeAt(j) === 48 || text.charCodeAt(j) === 49)) j++;
        } else {
          while (j < to && isDigit(text.charCodeAt(j))) j++;
          const nx = text.charCodeAt(j);
          // `1b` / `671f`: numeric local label references.
          if (j < to && (nx === 98 || nx === 102) && !(j + 1 < to && isIdChar(text.charCodeAt(j + 1)))) {
            this.push(T_LREF, s, j + 1);
            i = j + 1;
            continue;
          }
          if (c === 48 && j > i + 1) {
            for (let k = i + 1; k < j; k++) {
              if (text.charCodeAt(k) >= 56) throw new AsmError(loc.at(i), `invalid digit in octal number '${text.slice(i, j)}'`);
            }
          }
        }
        if (j < to && isIdChar(text.charCodeAt(j)) && text.charCodeAt(j) !== 46) {
          throw new AsmError(loc.at(i), `malformed number '${text.slice(i, j + 1)}'`);
        }
        this.push(T_NUM, s, j);
        i = j;
        continue;
      }
      if (isIdStart(c)) {
        let j = i + 1;
        while (j < to && isIdChar(text.charCodeAt(j))) j++;
        this.push(T_ID, s, j);
        i = j;
        continue;
      }
      if (c === 34 /* " */) {
        let j = i + 1;
        while (j < to && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
        if (j >= to) throw new AsmError(loc.at(i), 'unterminated string literal');
        this.push(T_STR, s, j + 1);
        i = j + 1;
        continue;
      }
      if (c === 39 /* ' */) {
        const j = text.charCodeAt(i + 1) === 92 ? i + 3 : i + 2;
        if (j > to) throw new AsmError(loc.at(i), 'unterminated character constant');
        this.push(T_CHAR, s, j);
        i = j;
        continue;
      }
      if (c === 64 /* @ */) {
        let j = i + 1;
        while (j < to && isIdChar(text.charCodeAt(j))) j++;
        if (j === i + 1) throw new AsmError(loc.at(i), "expected a name after '@'");
        this.push(T_AT, s, j);
        i = j;
        continue;
      }
      const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      let two = 0;
      if (c === 60 /* < */) two = d === 60 ? P_SHL : d === 61 ? P_LE : d === 62 ? P_LTGT : 0;
      else if (c === 62 /* > */) two = d === 62 ? P_SHR : d === 61 ? P_GE : 0;
      else if (c === 61 /* = */) two = d === 61 ? P_EQ : 0;
      else if (c === 33 /* ! */) two = d === 61 ? P_NE : 0;
      else if (c === 38 /* & */) two = d === 38 ? P_AND : 0;
      else if (c === 124 /* | */) two = d === 124 ? P_OR : 0;
      if (two) { this.push(T_P, s, i + 2, two); i += 2; continue; }
      if (SINGLE_PUNCT.has(c)) { this.push(T_P, s, i + 1, c); i++; continue; }
      throw new AsmError(loc.at(i), `unexpected character '${text[i]}'`);
    }
  }
}

const SINGLE_PUNCT = new Set([...'()$*,:+-~!|&^/<>=[]'].map((ch) => ch.charCodeAt(0)));

/** The statements of one line, as [start, end) offsets, and its trailing `#` comment start (or -1). */
export interface LineSplit {
  /** Number of statements found. */
  count: number;
  starts: number[];
  ends: number[];
  comment: number;
  /** A `/*` comment opens on this line (outside strings): blank it out and scan again. */
  block: boolean;
}

/**
 * Splits `line` into statements at `;` outside strings and character constants, stopping at a
 * `#` comment. Leading/trailing blanks are trimmed from each statement; empty ones are dropped.
 */
export function scanLine(line: string, out: LineSplit): void {
  out.count = 0;
  out.comment = -1;
  out.block = false;
  const n = line.length;
  let start = 0;
  let i = 0;
  for (; i < n; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 34) {
      for (i++; i < n; i++) {
        const x = line.charCodeAt(i);
        if (x === 92) i++;
        else if (x === 34) break;
      }
      continue;
    }
    if (ch === 39) { i += line.charCodeAt(i + 1) === 92 ? 2 : 1; continue; }
    if (ch === 35) { out.comment = i; break; }
    if (ch === 59) { pushRange(line, start, i, out); start = i + 1; }
    if (ch === 47 && line.charCodeAt(i + 1) === 42) { out.block = true; return; }
  }
  pushRange(line, start, Math.min(i, n), out);
}

function pushRange(line: string, s: number, e: number, out: LineSplit): void {
  while (s < e && (line.charCodeAt(s) === 32 || line.charCodeAt(s) === 9)) s++;
  while (e > s && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  if (e > s) { out.starts[out.count] = s; out.ends[out.count] = e; out.count++; }
}

/**
 * Replaces `/* ... *\/` comments in `line` by blanks (columns keep their meaning); `state.open` carries
 * a comment across lines. Completed comments are appended to `comments` with their start line/column.
 */
export function blankBlockComments(
  line: string, lineNo: number,
  state: { open: boolean; text: string; line: number; col: number },
  comments: Array<{ text: string; line: number; col: number }>,
): string {
  let res = '';
  let i = 0;
  let inStr = false;
  while (i < line.length) {
    if (state.open) {
      const end = line.indexOf('*/', i);
      if (end < 0) { state.text += line.slice(i) + '\n'; res += ' '.repeat(line.length - i); i = line.length; break; }
      state.text += line.slice(i, end + 2);
      res += ' '.repeat(end + 2 - i);
      i = end + 2;
      state.open = false;
      comments.push({ text: state.text, line: state.line, col: state.col });
      continue;
    }
    const ch = line[i]!;
    if (inStr) {
      res += ch;
      if (ch === '\\' && i + 1 < line.length) { res += line[i + 1]; i += 2; continue; }
      if (ch === '"') inStr = false;
      i++;
      continue;
    }
    if (ch === '"') { inStr = true; res += ch; i++; continue; }
    if (ch === '#') { res += line.slice(i); break; }
    if (ch === '/' && line[i + 1] === '*') {
      state.open = true; state.text = '/*'; state.line = lineNo; state.col = i + 1; res += '  '; i += 2;
      continue;
    }
    res += ch;
    i++;
  }
  return res;
}

/** Decodes a GAS string literal (with quotes) into bytes. */
export function decodeString(lit: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < lit.length - 1; i++) {
    const ch = lit[i]!;
    if (ch !== '\\') { const code = lit.charCodeAt(i); if (code < 0x80) out.push(code); else for (const b of Buffer.from(ch, 'utf8')) out.push(b); continue; }
    const nx = lit[++i]!;
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, e: 27, '\\': 92, '"': 34, "'": 39 };
    if (nx in simple) { out.push(simple[nx]!); continue; }
    if (nx === 'x' || nx === 'X') {
      let j = i + 1;
      let v = 0;
      while (j < lit.length - 1 && /[0-9a-fA-F]/.test(lit[j]!)) { v = (v * 16 + parseInt(lit[j]!, 16)) & 0xff; j++; }
      out.push(v);
      i = j - 1;
      continue;
    }
    if (/[0-7]/.test(nx)) {
      let j = i;
      let v = 0;
      while (j < lit.length - 1 && j < i + 3 && /[0-7]/.test(lit[j]!)) { v = v * 8 + (lit.charCodeAt(j) - 48); j++; }
      out.push(v & 0xff);
      i = j - 1;
      continue;
    }
    out.push(nx.charCodeAt(0));
  }
  return out;
}
