// GNU as expressions: the immutable tree, its printer (minimal parentheses by GAS precedence, or
// the source's own parentheses kept as nodes), constant folding, and symbol collection.
//
// GAS binary precedence (as manual, "Infix Operators"), highest first:
//   4: * / % << >>      3: | & ^ !      2: + - == <> != < > >= <=      1: && ||
// All left-associative. Comparisons yield -1 for true (kernel padding macros rely on it).

export type BinOp =
  | '*' | '/' | '%' | '<<' | '>>'
  | '|' | '&' | '^' | '!'
  | '+' | '-' | '==' | '<>' | '!=' | '<' | '>' | '>=' | '<='
  | '&&' | '||';
export type UnOp = '-' | '~' | '!' | '+';

export type Expr =
  | { readonly k: 'num'; readonly value: bigint; readonly text: string }
  /** A symbol, `.` (location counter), or a numeric local label reference (`1b`, `671f`). */
  | { readonly k: 'sym'; readonly name: string; readonly reloc?: string }
  | { readonly k: 'un'; readonly op: UnOp; readonly arg: Expr }
  | { readonly k: 'bin'; readonly op: BinOp; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'paren'; readonly e: Expr };

export const BIN_PREC: Readonly<Record<BinOp, number>> = {
  '*': 4, '/': 4, '%': 4, '<<': 4, '>>': 4,
  '|': 3, '&': 3, '^': 3, '!': 3,
  '+': 2, '-': 2, '==': 2, '<>': 2, '!=': 2, '<': 2, '>': 2, '>=': 2, '<=': 2,
  '&&': 1, '||': 1,
};

export function num(value: number | bigint, text?: string): Expr {
  const v = BigInt(value);
  return { k: 'num', value: v, text: text ?? (v < 0n ? `-${-v}` : `${v}`) };
}

export function sym(name: string, reloc?: string): Expr {
  return reloc ? { k: 'sym', name, reloc } : { k: 'sym', name };
}

export function bin(op: BinOp, l: Expr, r: Expr): Expr {
  return { k: 'bin', op, l, r };
}

/** `e + n` with the addend folded into a trailing constant where possible. */
export function addConst(e: Expr | null, n: number): Expr {
  if (!e) return num(n);
  if (n === 0) return e;
  const c = constValue(e);
  if (c !== null) return num(c + BigInt(n));
  if (e.k === 'bin' && (e.op === '+' || e.op === '-') && e.r.k === 'num') {
    const v = (e.op === '+' ? e.r.value : -e.r.value) + BigInt(n);
    if (v === 0n) return e.l;
    return v < 0n ? bin('-', e.l, num(-v)) : bin('+', e.l, num(v));
  }
  return n < 0 ? bin('-', e, num(-n)) : bin('+', e, num(n));
}

function needsParens(child: Expr, parentPrec: number, right: boolean): boolean {
  if (child.k !== 'bin') return false;
  const p = BIN_PREC[child.op];
  return p < parentPrec || (right && p === parentPrec);
}

export function printExpr(e: Expr): string {
  switch (e.k) {
    case 'num': return e.text;
    case 'sym': return e.reloc ? `${e.name}@${e.reloc}` : e.name;
    case 'paren': return `(${printExpr(e.e)})`;
    case 'un': {
      const a = e.arg;
      const inner = printExpr(a);
      // `- -1` must not print as `--1`; a binary argument needs parentheses.
      if (a.k === 'bin') return `${e.op}(${inner})`;
      if (a.k === 'un' || (a.k === 'num' && inner.startsWith('-'))) return `${e.op}(${inner})`;
      return `${e.op}${inner}`;
    }
    case 'bin': {
      const p = BIN_PREC[e.op];
      const l = needsParens(e.l, p, false) ? `(${printExpr(e.l)})` : printExpr(e.l);
      const r = needsParens(e.r, p, true) ? `(${printExpr(e.r)})` : printExpr(e.r);
      // `a%b` would lex back as the register %b: modulo is spaced.
      return e.op === '%' ? `${l} % ${r}` : `${l}${e.op}${r}`;
    }
  }
}

/** Value of an expression made only of numbers (GAS semantics, 64-bit), or null. */
export function constValue(e: Expr): bigint | null {
  switch (e.k) {
    case 'num': return e.value;
    case 'sym': return null;
    case 'paren': return constValue(e.e);
    case 'un': {
      const v = constValue(e.arg);
      if (v === null) return null;
      return BigInt.asIntN(64, e.op === '-' ? -v : e.op === '~' ? ~v : e.op === '!' ? (v === 0n ? 1n : 0n) : v);
    }
    case 'bin': {
      const l = constValue(e.l);
      const r = constValue(e.r);
      if (l === null || r === null) return null;
      return foldBin(e.op, l, r);
    }
  }
}

export function foldBin(op: BinOp, l: bigint, r: bigint): bigint | null {
  const T = -1n, F = 0n;
  let v: bigint;
  switch (op) {
    case '+': v = l + r; break;
    case '-': v = l - r; break;
    case '*': v = l * r; break;
    case '/': if (r === 0n) return null; v = l / r; break;
    case '%': if (r === 0n) return null; v = l % r; break;
    case '<<': v = l << (r & 63n); break;
    case '>>': v = l >> (r & 63n); break;
    case '|': v = l | r; break;
    case '&': v = l & r; break;
    case '^': v = l ^ r; break;
    case '!': v = l | ~r; break;
    case '==': v = l === r ? T : F; break;
    case '<>': case '!=': v = l !== r ? T : F; break;
    case '<': v = l < r ? T : F; break;
    case '>': v = l > r ? T : F; break;
    case '>=': v = l >= r ? T : F; break;
    case '<=': v = l <= r ? T : F; break;
    case '&&': v = l !== 0n && r !== 0n ? 1n : 0n; break;
    case '||': v = l !== 0n || r !== 0n ? 1n : 0n; break;
  }
  return BigInt.asIntN(64, v);
}

/** Every symbol name the expression mentions (including `.` and local label references). */
export function exprSymbols(e: Expr, out: string[] = []): string[] {
  switch (e.k) {
    case 'sym': out.push(e.name); break;
    case 'paren': exprSymbols(e.e, out); break;
    case 'un': exprSymbols(e.arg, out); break;
    case 'bin': exprSymbols(e.l, out); exprSymbols(e.r, out); break;
    case 'num': break;
  }
  return out;
}

/** `sym`, `sym+c`, `sym-c`, `c` → { sym, addend }; anything else null. */
export function symbolPlusConst(e: Expr): { sym: string | null; addend: bigint; reloc?: string } | null {
  const c = constValue(e);
  if (c !== null) return { sym: null, addend: c };
  if (e.k === 'paren') return symbolPlusConst(e.e);
  if (e.k === 'sym') return e.reloc ? { sym: e.name, addend: 0n, reloc: e.reloc } : { sym: e.name, addend: 0n };
  if (e.k === 'bin' && (e.op === '+' || e.op === '-')) {
    const l = symbolPlusConst(e.l);
    const rc = constValue(e.r);
    if (l && rc !== null) return { ...l, addend: l.addend + (e.op === '+' ? rc : -rc) };
    if (e.op === '+') {
      const r = symbolPlusConst(e.r);
      const lc = constValue(e.l);
      if (r && lc !== null) return { ...r, addend: r.addend + lc };
    }
  }
  return null;
}
