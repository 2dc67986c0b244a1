// The code-fault mutation operators (src/inject/mutate.ts) on the bundled e1000-like driver and on
// one Linux corpus driver (8139too: inline asm, side tables, jump tables, rep movsb, a
// memcpy_fromio call). For a deterministic sample of candidates of every fault type: the mutant
// differs from the original only at the site and exactly as the site says; the mutation does what
// its type means (one bit of the named field, inverted condition, inserted lea / self-jump ...);
// `as --32` accepts it; parse(print(mutant)) resolves to the same forms; seeds reproduce it; and
// the input Program is never modified. Every candidate of the replacing types is also assembled
// in bulk (all sites of a type edited into one file, one `as` run per type).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { constValue, symbolPlusConst } from '../../src/asm/expr.js';
import type { Instruction, Item, MemOperand, Operand, Program } from '../../src/asm/ir.js';
import { parse } from '../../src/asm/parser.js';
import { print, printInstruction, printOperand } from '../../src/asm/printer.js';
import { decodeAt, isDecodeFailure } from '../../src/isa/decoder.js';
import { decodedToInstruction } from '../../src/isa/disasm.js';
import { insnEffects, textualSpecs } from '../../src/isa/effects.js';
import { EAX, ECX, EDX, ESP } from '../../src/isa/registers.js';
import {
  faultCandidates, injectCodeFault, instructionEncodings, makeRng, type InjectedFault,
} from '../../src/inject/mutate.js';
import { CODE_FAULT_TYPES, type CodeFaultType } from '../../src/inject/types.js';
import { CORPUS_DIR, ROOT, tempDir } from '../support/paths.js';

const dir = tempDir('mutate');
const FILES = [join(ROOT, 'drivers', 'e1000like', 'e1000like.s'), join(CORPUS_DIR, '8139too.s')];
/** Sampled candidates per type and file. */
const PER_TYPE = 5;
const RANDOM_TYPES: readonly CodeFaultType[] = ['TEXT', 'SRC', 'DST', 'PTR', 'BCOPY'];

// ---- helpers ----------------------------------------------------------------------------------

/** Freezes the items and everything they hold except the shared instruction-table forms. */
function deepFreeze(x: unknown, seen = new Set<unknown>()): void {
  if (x === null || typeof x !== 'object' || seen.has(x)) return;
  seen.add(x);
  for (const [k, v] of Object.entries(x)) if (k !== 'form') deepFreeze(v, seen);
  Object.freeze(x);
}

const lines = (p: Program): string[] => print(p, { comments: false }).split('\n');
const TEXTS = new WeakMap<Program, string>();
/** The printed program, once per Program. */
function textOf(p: Program): string {
  let t = TEXTS.get(p);
  if (t === undefined) TEXTS.set(p, (t = print(p)));
  return t;
}

/** One instruction parsed from a printed line. */
function insnOf(text: string): Instruction {
  const it = parse('<line>', `${text}\n`).items.find((i): i is Instruction => i.kind === 'insn');
  if (!it) throw new Error(`not an instruction: ${text}`);
  return it;
}

/** The mutant's lines are the original's with line k (== site.original) replaced by site.mutated. */
function changedOnlyAtSite(a: readonly string[], b: readonly string[], m: InjectedFault): boolean {
  const s = m.site;
  if (b.length !== a.length - 1 + s.mutated.length) return false;
  let pre = 0;
  while (pre < a.length && a[pre] === b[pre]) pre++;
  for (let k = Math.min(pre, a.length - 1); k >= Math.max(0, pre - s.mutated.length - 1); k--) {
    if (a[k] !== s.original) continue;
    let ok = s.mutated.every((l, j) => b[k + j] === l);
    for (let j = k + 1; ok && j < a.length; j++) ok = a[j] === b[j - 1 + s.mutated.length];
    for (let j = 0; ok && j < k; j++) ok = a[j] === b[j];
    if (ok) return true;
  }
  return false;
}

const popcount = (x: bigint): number => x.toString(2).split('1').length - 1;
const isPow2 = (x: bigint): boolean => x > 0n && (x & (x - 1n)) === 0n;
const bitsDiffer = (a: Uint8Array, b: Uint8Array): number =>
  a.length !== b.length ? -1 : a.reduce((n, x, i) => n + popcount(BigInt(x ^ b[i]!)), 0);

/** Addend difference of two expressions over the same symbol, or null. */
function addendDelta(a: Operand, b: Operand): bigint | null {
  const ea = a.kind === 'mem' ? a.disp : a.kind === 'imm' || a.kind === 'target' ? a.expr : null;
  const eb = b.kind === 'mem' ? b.disp : b.kind === 'imm' || b.kind === 'target' ? b.expr : null;
  if (!ea || !eb) return null;
  const x = symbolPlusConst(ea), y = symbolPlusConst(eb);
  if (!x || !y || !x.sym || x.sym !== y.sym) return null;
  return y.addend - x.addend;
}

/** Operands with AT&T's `imull $k, %r` shorthand written out, as the operators see them. */
function fullOperands(i: Instruction): readonly Operand[] {
  return i.form.asmOnly && i.form.op === 'imul3' && i.operands.length === 2 ? [i.operands[0]!, i.operands[1]!, i.operands[1]!] : i.operands;
}
function specsOf(i: Instruction): ReturnType<typeof textualSpecs> {
  const ops = fullOperands(i);
  return ops === i.operands ? textualSpecs(i.form, ops.length) : textualSpecs(insnOf(`\timull\t$1, %eax, %eax`).form, 3);
}

/** Index of the one operand that differs (by printed text), or -1 when none or several do. */
function theChangedOperand(a: readonly Operand[], b: readonly Operand[]): number {
  if (a.length !== b.length) return -1;
  const pa = a.map(printOperand), pb = b.map(printOperand);
  const diff = pa.map((x, i) => (x !== pb[i] ? i : -1)).filter((i) => i >= 0);
  return diff.length === 1 ? diff[0]! : -1;
}

function regFlip(a: Operand, b: Operand): boolean {
  return a.kind === 'reg' && b.kind === 'reg' && a.reg.cls === b.reg.cls && [1, 2, 4].includes(a.reg.num ^ b.reg.num) && a.indirect === b.indirect;
}

function immFlip(a: Operand, b: Operand, size: number): boolean {
  if (a.kind !== 'imm' || b.kind !== 'imm') return false;
  const x = constValue(a.expr), y = constValue(b.expr);
  if (x === null || y === null) {
    const d = addendDelta(a, b);
    return d !== null && isPow2(d < 0n ? -d : d) && (d < 0n ? -d : d) < 1n << BigInt(size);
  }
  return popcount(BigInt.asUintN(size, x) ^ BigInt.asUintN(size, y)) === 1;
}

/** PTR: exactly one of base / index / scale / displacement changed, by one bit. */
function ptrFlip(a: MemOperand, b: MemOperand): string | null {
  const changed: string[] = [];
  if (a.base !== b.base) changed.push('base');
  if (a.index !== b.index) changed.push('index');
  if (a.scale !== b.scale) changed.push('scale');
  const da = a.disp ? constValue(a.disp) : 0n, db = b.disp ? constValue(b.disp) : 0n;
  const symbolic = da === null || db === null;
  if (symbolic ? addendDelta(a, b) !== 0n : da !== db) changed.push('disp');
  if (changed.length !== 1 || a.seg !== b.seg) return null;
  switch (changed[0]) {
    case 'base': return a.base && b.base && [1, 2, 4].includes(a.base.num ^ b.base.num) ? 'base' : null;
    case 'index': return a.index && b.index && b.index.num !== ESP && [1, 2, 4].includes(a.index.num ^ b.index.num) ? 'index' : null;
    case 'scale': return a.index && [1, 2].includes(Math.log2(a.scale) ^ Math.log2(b.scale)) ? 'scale' : null;
    default: {
      if (symbolic) {
        const d = addendDelta(a, b);
        return d !== null && isPow2(d < 0n ? -d : d) && (d < 0n ? -d : d) <= 1n << 31n ? 'disp' : null;
      }
      const small = a.base !== null && da! >= -128n && da! <= 127n;
      const bits = small ? 8 : 32;
      const ok = popcount(BigInt.asUintN(bits, da!) ^ BigInt.asUintN(bits, db!)) === 1 && BigInt.asIntN(bits, db!) === db;
      return ok ? 'disp' : null;
    }
  }
}

const ARGS = (1 << EAX) | (1 << EDX) | (1 << ECX);
/** Ordered condition codes and their other strictness (b/be, ae/a, l/le, ge/g). */
const STRICTNESS: Readonly<Record<number, number>> = { 2: 6, 6: 2, 3: 7, 7: 3, 12: 14, 14: 12, 13: 15, 15: 13 };

/** The routine a direct call names. */
function calledName(insn: Instruction): string {
  expect(insn.form.flow).toBe('call');
  const t = insn.operands[0];
  return (t?.kind === 'target' ? symbolPlusConst(t.expr)?.sym : null) ?? '';
}

/** Asserts the mutation means what its type says; returns a category label for coverage checks. */
function checkSemantics(type: CodeFaultType, p: Program, item: number, m: InjectedFault): string {
  const s = m.site;
  const orig = insnOf(s.original);
  const cand = p.items[item] as Instruction;
  const mut = s.mutated.filter((l) => !l.endsWith(':')).map(insnOf);
  switch (type) {
    case 'NOP':
      expect(s.mutated).toEqual([]);
      expect(s.original).toBe(printInstruction(cand));
      return 'deleted';
    case 'BRANCH':
      expect(s.mutated).toEqual([]);
      expect(['jmp', 'jcc']).toContain(orig.form.flow);
      expect(orig.operands[0]?.kind).toBe('target');
      return 'deleted';
    case 'SRC': case 'DST': {
      expect(mut).toHaveLength(1);
      const a = fullOperands(orig), b = fullOperands(mut[0]!);
      const k = theChangedOperand(a, b);
      expect(k, `${s.original} -> ${s.mutated}`).toBeGreaterThanOrEqual(0);
      const spec = specsOf(orig)[k]!;
      if (type === 'DST') {
        expect(['w', 'rw']).toContain(spec.role);
        expect(regFlip(a[k]!, b[k]!)).toBe(true);
        return 'reg';
      }
      expect(spec.role).toBe('r');
      if (a[k]!.kind === 'reg') { expect(regFlip(a[k]!, b[k]!)).toBe(true); return 'reg'; }
      expect(immFlip(a[k]!, b[k]!, spec.size), `${s.original} -> ${s.mutated}`).toBe(true);
      return 'imm';
    }
    case 'PTR': {
      expect(mut).toHaveLength(1);
      const k = theChangedOperand(orig.operands, mut[0]!.operands);
      const a = orig.operands[k], b = mut[0]!.operands[k];
      expect(a?.kind).toBe('mem');
      const field = ptrFlip(a as MemOperand, b as MemOperand);
      expect(field, `${s.original} -> ${s.mutated}`).not.toBeNull();
      return field!;
    }
    case 'LOOP': {
      expect(mut).toHaveLength(1);
      const b = mut[0]!;
      if (orig.form.rep === 'repcc') {
        expect(b.mnemonic).toBe(orig.mnemonic);
        expect(b.prefixes).not.toEqual(orig.prefixes);
        return 'repcc';
      }
      expect(b.form.cc).toBe(orig.form.cc! ^ 1);
      expect(printInstruction({ ...b, mnemonic: 'jmp', prefixes: [] })).toBe(printInstruction({ ...orig, mnemonic: 'jmp', prefixes: [] }));
      return 'inverted';
    }
    case 'INIT': {
      expect(s.mutated).toEqual([]);
      const [x, y] = orig.operands;
      const regConst = y?.kind === 'reg' && ((orig.form.op === 'mov' && x?.kind === 'imm') ||
        ((orig.form.op === 'xor' || orig.form.op === 'sub') && x?.kind === 'reg' && x.reg === y.reg));
      const stackStore = orig.form.mem === 'w' && orig.operands.some((o) => o.kind === 'mem' && (o.base?.name === 'esp' || o.base?.name === 'ebp') && !o.index);
      expect(regConst || stackStore, s.original).toBe(true);
      return regConst ? 'register' : 'stack';
    }
    case 'INTERFACE': {
      expect(s.mutated).toEqual([]);
      expect(cand.form.flow).toBe('call');
      const fx = insnEffects(orig);
      const sets = ((fx.regKill | fx.regPartial) & ARGS) !== 0 || orig.form.implicitMem === 'push' ||
        orig.operands.some((o) => o.kind === 'mem' && o.base?.name === 'esp' && orig.form.mem !== 'r');
      expect(sets, s.original).toBe(true);
      // The deleted instruction is before the call, in the same function: the call survives.
      expect(m.program.items).toContain(cand);
      return 'deleted';
    }
    case 'BCOPY': {
      expect(s.mutated).toHaveLength(2);
      const lea = /^\tleal\t(\d+)\(%ecx\), %ecx$/.exec(s.mutated[0]!);
      expect(lea, s.mutated[0]).not.toBeNull();
      const k = Number(lea![1]);
      const elem = cand.form.op === 'movs' ? cand.form.size / 8 : 1;
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(1024);
      expect(k * elem).toBeLessThanOrEqual(4096);
      expect(s.mutated[1]).toBe(printInstruction(cand));
      return cand.form.op === 'movs' ? 'rep movs' : 'call';
    }
    case 'OFFBYONE': {
      expect(mut).toHaveLength(1);
      const b = mut[0]!;
      if (orig.form.flow === 'jcc') {
        expect(b.form.cc, `${s.original} -> ${s.mutated}`).toBe(STRICTNESS[orig.form.cc!]);
        expect(printOperand(b.operands[0]!)).toBe(printOperand(orig.operands[0]!));
        return 'strictness';
      }
      const k = theChangedOperand(orig.operands, b.operands);
      const x = orig.operands[k], y = b.operands[k];
      expect(x?.kind === 'imm' && y?.kind === 'imm', `${s.original} -> ${s.mutated}`).toBe(true);
      const d = constValue((y as Extract<Operand, { kind: 'imm' }>).expr)! - constValue((x as Extract<Operand, { kind: 'imm' }>).expr)!;
      expect(d === 1n || d === -1n, `${s.original} -> ${s.mutated}`).toBe(true);
      expect(b.mnemonic).toBe(orig.mnemonic);
      if (orig.form.op === 'cmp') return 'compared constant';
      expect(orig.form.op).toBe('mov');
      return 'size argument';
    }
    case 'SYNC': {
      if (orig.prefixes.includes('lock')) {
        expect(mut).toHaveLength(1);
        expect(mut[0]!.prefixes).toEqual(orig.prefixes.filter((x) => x !== 'lock'));
        expect(printInstruction({ ...mut[0]!, prefixes: [], prefixStmt: false })).toBe(printInstruction({ ...orig, prefixes: [], prefixStmt: false }));
        return 'lock prefix';
      }
      expect(s.mutated).toEqual([]);
      expect(calledName(orig), s.original).toMatch(/lock|irq|preempt|^(down|up)/);
      return 'lock call';
    }
    case 'LEAK': {
      expect(s.mutated).toEqual([]);
      expect(calledName(orig), s.original).toMatch(/free|unmap|put_page|consume/);
      return 'free call';
    }
    case 'WHILE1': {
      const [label, jmp, again] = s.mutated;
      expect(s.mutated).toHaveLength(3);
      expect(label).toMatch(/^\.Lfault_\d+:$/);
      expect(jmp).toBe(`\tjmp\t${label!.slice(0, -1)}`);
      expect(again).toBe(printInstruction(cand));
      expect(textOf(p).includes(label!.slice(0, -1))).toBe(false);
      return 'loop';
    }
    case 'TEXT': {
      if (mut.length === 1 && mut[0]!.mnemonic === 'ud2') return 'ud2';
      if (mut.length > 1) return 'sequence';
      const b = mut[0]!;
      // A bit of a relocation field: the same instruction with ±2^k on one expression's addend.
      const k = theChangedOperand(orig.operands, b.operands);
      const d = k >= 0 && b.mnemonic === orig.mnemonic ? addendDelta(orig.operands[k]!, b.operands[k]!) : null;
      if (d !== null && d !== 0n) {
        expect(isPow2(d < 0n ? -d : d)).toBe(true);
        return 'relocation';
      }
      // Otherwise: re-encoded, it is the original encoding with one bit flipped (when some
      // encoding of it has the original's length; `as` picks the shortest, which may be shorter).
      const o = instructionEncodings(orig)[0]!;
      const encs = instructionEncodings(b).filter((e) => e.length === o.length);
      if (encs.length) {
        expect(encs.some((e) => bitsDiffer(e, o) === 1), `${s.original} -> ${s.mutated}`).toBe(true);
        return 'single, one bit';
      }
      // `as` would encode it shorter (a zero disp32, a redundant SIB): then the decoder must read it
      // from the original encoding with one bit flipped.
      expect(someFlipDecodesTo(o, s.mutated[0]!), `${s.original} -> ${s.mutated}`).toBe(true);
      return 'single, shorter re-encoding';
    }
  }
}

/** Whether `d` (decoded, placeholders for relocations) is `m` up to m's relocated values. */
function sameUpToRelocations(d: Instruction, m: Instruction): boolean {
  if (d.form !== m.form || d.prefixes.join() !== m.prefixes.join() || d.operands.length !== m.operands.length) return false;
  return d.operands.every((o, i) => {
    const x = m.operands[i]!;
    if (printOperand(o) === printOperand(x)) return true;
    if (x.kind === 'imm' && o.kind === 'imm') return constValue(x.expr) === null;
    if (x.kind === 'mem' && o.kind === 'mem') {
      return x.disp !== null && constValue(x.disp) === null && x.base === o.base && x.index === o.index && x.scale === o.scale && x.seg === o.seg;
    }
    return false;
  });
}

/** Some one-bit flip of `bytes` decodes to one instruction of the same length that is `line`. */
function someFlipDecodesTo(bytes: Uint8Array, line: string): boolean {
  const m = insnOf(line);
  for (let bit = 0; bit < bytes.length * 8; bit++) {
    const b = bytes.slice();
    b[bit >> 3]! ^= 1 << (bit & 7);
    const d = decodeAt(b, 0, 0);
    if (isDecodeFailure(d) || d.length !== b.length) continue;
    try {
      if (sameUpToRelocations(insnOf(printInstruction(decodedToInstruction(d))), m)) return true;
    } catch { /* not expressible */ }
  }
  return false;
}

/** `as --32` on a program; returns the error text ('' when it assembles). */
function assembles(p: Program, name: string): string {
  const src = join(dir, `${name}.s`);
  writeFileSync(src, print(p));
  try {
    execFileSync('as', ['--32', '-o', join(dir, `${name}.o`), src], { stdio: ['ignore', 'ignore', 'pipe'] });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e).split('\n').slice(0, 4).join('\n');
  }
}

/** Evenly spread sample of `n` elements. */
const sample = <T>(xs: readonly T[], n: number): T[] =>
  xs.length <= n ? [...xs] : Array.from({ length: n }, (_, k) => xs[Math.floor(((k + 0.5) * xs.length) / n)]!);

// ---- tests ------------------------------------------------------------------------------------

describe('makeRng', () => {
  it('is deterministic per seed and spreads over [0,1)', () => {
    const a = makeRng(42), b = makeRng(42), c = makeRng(43);
    const xa = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xa);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xa);
    expect(xa.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = makeRng(0xffffffff);
    const ints = Array.from({ length: 1000 }, () => r.int(7));
    expect(new Set(ints)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });
});

for (const file of FILES) {
  const name = file.split('/').pop()!.replace(/\.s$/, '');
  describe(`code faults on ${name}`, () => {
    let p: Program;
    let before: string;
    let before0: string[];
    const cats = new Map<CodeFaultType, Set<string>>();

    beforeAll(() => {
      p = parse(file, readFileSync(file, 'utf8'));
      before = print(p);
      before0 = lines(p);
      deepFreeze(p.items);
    });

    it('every type has candidates: instructions of functions, in source order', () => {
      const counts: Record<string, number> = {};
      for (const t of CODE_FAULT_TYPES) {
        const c = faultCandidates(p, t);
        counts[t] = c.length;
        expect(c.length, t).toBeGreaterThan(0);
        expect(c.every((i, k) => p.items[i]!.kind === 'insn' && (k === 0 || c[k - 1]! < i))).toBe(true);
      }
      // All instructions admit NOP and WHILE1; the other sets are subsets.
      for (const t of CODE_FAULT_TYPES) expect(counts[t]).toBeLessThanOrEqual(counts.NOP!);
      expect(counts.WHILE1).toBe(counts.NOP);
      console.log(`${name} candidates: ${JSON.stringify(counts)}`);
    });

    it('every candidate of the deterministic types yields a fault; non-candidates yield null', () => {
      // (NOP and WHILE1 admit every instruction and cannot fail.)
      for (const t of ['BRANCH', 'LOOP', 'OFFBYONE', 'INIT', 'INTERFACE', 'SYNC', 'LEAK'] as const) {
        const c = faultCandidates(p, t);
        for (const i of c) expect(injectCodeFault(p, t, i, makeRng(1)), `${t} at item ${i}`).not.toBeNull();
      }
      // A label, a directive, and an instruction that is not a branch.
      const label = p.items.findIndex((it) => it.kind === 'label');
      const dir0 = p.items.findIndex((it) => it.kind === 'directive');
      expect(injectCodeFault(p, 'NOP', label, makeRng(1))).toBeNull();
      expect(injectCodeFault(p, 'NOP', dir0, makeRng(1))).toBeNull();
      const notBranch = faultCandidates(p, 'NOP').find((i) => !faultCandidates(p, 'BRANCH').includes(i))!;
      expect(injectCodeFault(p, 'BRANCH', notBranch, makeRng(1))).toBeNull();
      expect(injectCodeFault(p, 'NOP', -1, makeRng(1))).toBeNull();
      expect(injectCodeFault(p, 'NOP', p.items.length, makeRng(1))).toBeNull();
    });

    for (const type of CODE_FAULT_TYPES) {
      it(`${type}: changes only the site, as reported, with the type's meaning; as --32 accepts it`, () => {
        const picks = sample(faultCandidates(p, type), PER_TYPE);
        const seen = new Set<string>();
        picks.forEach((item, k) => {
          const m = injectCodeFault(p, type, item, makeRng(1000 + k));
          expect(m, `${type} at ${item}`).not.toBeNull();
          const s = m!.site;
          expect(s.kind).toBe('code');
          expect(typeof s.function).toBe('string');
          expect(s.function.length).toBeGreaterThan(0);
          expect(s.line).toBeGreaterThan(0);
          expect(m!.program).not.toBe(p);
          expect(changedOnlyAtSite(before0, lines(m!.program), m!), `${type}: ${s.original} -> ${JSON.stringify(s.mutated)}`).toBe(true);
          seen.add(checkSemantics(type, p, item, m!));
          expect(assembles(m!.program, `${name}-${type}-${k}`)).toBe('');
        });
        cats.set(type, seen);
      });
    }

    it('mutants parse back to the same instruction forms (the IR is what the parser would build)', () => {
      for (const type of CODE_FAULT_TYPES) {
        for (const item of sample(faultCandidates(p, type), 2)) {
          const m = injectCodeFault(p, type, item, makeRng(7))!;
          const again = parse(file, print(m.program));
          const forms = (q: Program): number[] => q.items.flatMap((it) => (it.kind === 'insn' ? [it.form.id] : []));
          expect(forms(again), `${type}: ${m.site.original} -> ${m.site.mutated}`).toEqual(forms(m.program));
        }
      }
    });

    it('PTR reaches every field of an indexed operand: base, index (never %esp), scale, displacement', () => {
      const item = faultCandidates(p, 'PTR').find((i) => (p.items[i] as Instruction).operands.some((o) => o.kind === 'mem' && o.base && o.index))!;
      const fields = new Set<string>();
      for (let seed = 1; seed <= 64; seed++) fields.add(checkSemantics('PTR', p, item, injectCodeFault(p, 'PTR', item, makeRng(seed))!));
      expect([...fields].sort()).toEqual(['base', 'disp', 'index', 'scale']);
    });

    it('the same seed gives the same mutation; different seeds give different ones', () => {
      for (const type of RANDOM_TYPES) {
        for (const item of sample(faultCandidates(p, type), 3)) {
          const a = injectCodeFault(p, type, item, makeRng(77))!;
          const b = injectCodeFault(p, type, item, makeRng(77))!;
          expect(b.site).toEqual(a.site);
          expect(print(b.program)).toBe(print(a.program));
          const variants = new Set<string>();
          for (let seed = 1; seed <= 16; seed++) variants.add(JSON.stringify(injectCodeFault(p, type, item, makeRng(seed))!.site.mutated));
          expect(variants.size, `${type} at ${a.site.original}`).toBeGreaterThan(1);
        }
      }
    });

    it('assembles every candidate of the replacing types (all sites of a type in one file)', () => {
      for (const type of ['TEXT', 'SRC', 'DST', 'PTR', 'LOOP', 'OFFBYONE', 'BCOPY', 'SYNC'] as const) {
        const repl = new Map<number, readonly Item[]>();
        for (const i of faultCandidates(p, type)) {
          const m = injectCodeFault(p, type, i, makeRng(i))!;
          expect(m, `${type} at ${i}`).not.toBeNull();
          const d = m.program.items.length - p.items.length;
          // The edit sits at the candidate: the items around it are the original objects.
          expect(m.program.items[i - 1]).toBe(p.items[i - 1]);
          expect(m.program.items[i + 1 + d]).toBe(p.items[i + 1]);
          repl.set(i, m.program.items.slice(i, i + 1 + d));
        }
        const items = p.items.flatMap((it, i) => repl.get(i) ?? [it]);
        expect(assembles({ file: p.file, items }, `${name}-all-${type}`), type).toBe('');
      }
    });

    it('means what its type says on a wider sample (every 8th candidate), covering every kind', () => {
      const kinds: Record<string, string[]> = {};
      for (const type of CODE_FAULT_TYPES) {
        const c = faultCandidates(p, type);
        const got = new Set(cats.get(type) ?? []);
        for (let k = 0; k < c.length; k += 8) got.add(checkSemantics(type, p, c[k]!, injectCodeFault(p, type, c[k]!, makeRng(k))!));
        kinds[type] = [...got].sort();
      }
      console.log(`${name} kinds: ${JSON.stringify(kinds)}`);
      expect(kinds.SRC).toEqual(['imm', 'reg']);
      expect(kinds.PTR).toEqual(expect.arrayContaining(['base', 'disp', 'index']));
      expect(kinds.TEXT).toEqual(expect.arrayContaining(['relocation', 'sequence', 'single, one bit', 'ud2']));
      expect(kinds.INIT).toEqual(['register', 'stack']);
      expect(kinds.OFFBYONE).toEqual(expect.arrayContaining(['compared constant', 'strictness']));
      expect(kinds.SYNC).toEqual(expect.arrayContaining(['lock call']));
      expect(kinds.LEAK).toEqual(['free call']);
    });

    it('leaves the input Program unchanged', () => {
      expect(print(p)).toBe(before);
    });
  });
}

describe('LOOP on string compares and loop instructions', () => {
  const src = [
    '\t.text', '\t.type\tf, @function', 'f:', '.L1:', '\trepe cmpsb', '\trepnz scasb', '\tloop\t.L1', '\tjecxz\t.L1',
    '\tjb\t.L1', '\tjne\t.L2', '.L2:', '\tret', '\t.size\tf, .-f', '',
  ].join('\n');
  const p = parse('<loop>', src);
  const at = (text: string): number => p.items.findIndex((it) => it.kind === 'insn' && printInstruction(it).trim() === text);

  it('swaps repe/repne, inverts backward jcc only, and leaves loop/jecxz alone', () => {
    const c = faultCandidates(p, 'LOOP');
    expect(c).toEqual([at('repe cmpsb'), at('repnz scasb'), at('jb\t.L1')]);
    expect(injectCodeFault(p, 'LOOP', c[0]!, makeRng(1))!.site.mutated).toEqual(['\trepne cmpsb']);
    expect(injectCodeFault(p, 'LOOP', c[1]!, makeRng(1))!.site.mutated).toEqual(['\trepe scasb']);
    expect(injectCodeFault(p, 'LOOP', c[2]!, makeRng(1))!.site.mutated).toEqual(['\tjae\t.L1']);
    expect(injectCodeFault(p, 'LOOP', at('loop\t.L1'), makeRng(1))).toBeNull();
    expect(injectCodeFault(p, 'LOOP', at('jne\t.L2'), makeRng(1))).toBeNull();
    // loop and jecxz are still direct branches BRANCH may delete.
    expect(faultCandidates(p, 'BRANCH')).toEqual([at('loop\t.L1'), at('jecxz\t.L1'), at('jb\t.L1'), at('jne\t.L2')]);
    for (const i of c) expect(assembles(injectCodeFault(p, 'LOOP', i, makeRng(1))!.program, `loop-${i}`)).toBe('');
  });
});

describe('TEXT encoding model', () => {
  it('encodes every non-branch, non-relocated instruction of the sample driver exactly as GNU as does', () => {
    const file = FILES[0]!;
    const p = parse(file, readFileSync(file, 'utf8'));
    const insns = faultCandidates(p, 'NOP').map((i) => p.items[i] as Instruction).filter((it) =>
      !it.operands.some((o) => o.kind === 'target' || (o.kind === 'imm' && constValue(o.expr) === null) ||
        (o.kind === 'mem' && o.disp !== null && constValue(o.disp) === null)));
    expect(insns.length).toBeGreaterThan(1000);
    let src = '';
    insns.forEach((it, k) => { src += `L${k}:\n${printInstruction(it)}\n`; });
    src += `L${insns.length}:\n`;
    writeFileSync(join(dir, 'enc.s'), src);
    execFileSync('as', ['--32', '-o', join(dir, 'enc.o'), join(dir, 'enc.s')]);
    execFileSync('objcopy', ['-O', 'binary', '--only-section=.text', join(dir, 'enc.o'), join(dir, 'enc.bin')]);
    const bin = readFileSync(join(dir, 'enc.bin'));
    const at = new Map<string, number>();
    for (const l of execFileSync('nm', [join(dir, 'enc.o')], { encoding: 'utf8' }).split('\n')) {
      const m = /^([0-9a-f]+) \w (L\d+)$/.exec(l);
      if (m) at.set(m[2]!, parseInt(m[1]!, 16));
    }
    const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
    const differ = insns.flatMap((it, k) => {
      const gas = hex(bin.subarray(at.get(`L${k}`)!, at.get(`L${k + 1}`)!));
      const ours = hex(instructionEncodings(it)[0] ?? new Uint8Array());
      return gas === ours ? [] : [`${printInstruction(it).trim()}: as ${gas}, ours ${ours}`];
    });
    expect(differ).toEqual([]);
  });

  it('gives a relocated field its full size and branches their rel32 form', () => {
    const enc = (t: string): string => Buffer.from(instructionEncodings(insnOf(t))[0]!).toString('hex');
    expect(enc('\tjne\t.L5')).toMatch(/^0f85[0-9a-f]{8}$/);
    expect(enc('\tcall\tfoo')).toMatch(/^e8[0-9a-f]{8}$/);
    expect(enc('\tmovl\tfoo+4, %eax')).toMatch(/^a1[0-9a-f]{8}$/);
    expect(enc('\tmovl\t%eax, foo(%ebx)')).toMatch(/^8983[0-9a-f]{8}$/);
    expect(enc('\tpushl\t$foo')).toMatch(/^68[0-9a-f]{8}$/);
    expect(enc('\tpushl\t$5')).toBe('6a05');
    expect(enc('\tshll\t$1, %eax')).toBe('d1e0');
    expect(enc('\timull\t$12, %eax')).toBe('6bc00c');
    expect(enc('\trep; nop')).toBe('f390');
  });
});
