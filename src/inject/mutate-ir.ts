// Instruction construction for the mutation operators (mutate.ts, mutate-text.ts): the seeded
// PRNG campaigns drive them with, and new or changed instructions resolved through the instruction
// table exactly as the parser resolves their printed text.

import { AsmError } from '../asm/diagnostics.js';
import type { Instruction, Item, Operand } from '../asm/ir.js';
import { matchForm } from '../asm/match.js';
import { printInstruction } from '../asm/printer.js';
import type { Register } from '../isa/index.js';

// ---- seeded PRNG ----

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in 0..n-1 (n >= 1). */
  int(n: number): number;
}

/** mulberry32: deterministic for any uint32 seed; the whole campaign is reproducible from it. */
export function makeRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int(n: number): number {
      if (!(n >= 1)) throw new RangeError(`rng.int(${n}): n must be at least 1`);
      return Math.floor(next() * n);
    },
  };
}

// ---- instructions ----

export function printLine(it: Item): string {
  if (it.kind === 'label') return `${it.name}:`;
  if (it.kind === 'insn') return printInstruction(it);
  throw new Error(`internal: mutation inserted a ${it.kind}`);
}

/**
 * `orig` with another mnemonic, prefixes or operands, resolved through the table as the parser
 * resolves text (null when the table has no such instruction: the mutation is not expressible).
 * The gcc comment describing the original operands is dropped.
 */
export function rebuild(orig: Instruction, ch: { mnemonic?: string; prefixes?: readonly string[]; operands?: readonly Operand[] }): Instruction | null {
  const mnemonic = ch.mnemonic ?? orig.mnemonic;
  const prefixes = ch.prefixes ?? orig.prefixes;
  try {
    const m = matchForm(mnemonic, prefixes, [...(ch.operands ?? orig.operands)], orig.loc);
    return {
      kind: 'insn', prefixes, prefixStmt: orig.prefixStmt, mnemonic, form: m.form, operands: m.operands,
      loc: orig.loc, section: orig.section, comment: undefined,
    };
  } catch (e) {
    if (e instanceof AsmError) return null;
    throw e;
  }
}

/** A new instruction located at `at` (its source line and section). Throws: our own templates must exist. */
export function build(at: Instruction, mnemonic: string, operands: Operand[]): Instruction {
  const m = matchForm(mnemonic, [], operands, at.loc);
  return { kind: 'insn', prefixes: [], prefixStmt: false, mnemonic, form: m.form, operands: m.operands, loc: at.loc, section: at.section, comment: undefined };
}

/**
 * The instruction with every operand the encoding has written out: AT&T's two-operand `imull
 * $12, %eax` is `imull $12, %eax, %eax` (the register is both the source r/m and the destination
 * reg field). Any other instruction is returned as it is.
 */
export function canonical(insn: Instruction): Instruction {
  if (insn.form.asmOnly && insn.form.op === 'imul3' && insn.operands.length === 2) {
    return rebuild(insn, { operands: [insn.operands[0]!, insn.operands[1]!, insn.operands[1]!] }) ?? insn;
  }
  return insn;
}


export const isGpr = (r: Register): boolean => r.cls === 'r8' || r.cls === 'r16' || r.cls === 'r32';

export function signedPow2(k: number, rng: Rng): number {
  return (rng.int(2) ? -1 : 1) * 2 ** k;
}
