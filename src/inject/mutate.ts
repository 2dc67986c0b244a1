// Code-fault mutation operators of the fault injector (issues 8, 17). Owns: which instructions of
// a parsed driver admit each code fault type (faultCandidates) and the operators that turn a
// Program into a faulty Program (injectCodeFault). The seeded PRNG a campaign drives them with and
// instruction construction are in mutate-ir.ts; the machine-encoding model the TEXT operator
// flips bits in (instructionEncodings) in mutate-text.ts.
//
// Faults stand for driver bugs, so they are injected into the driver's own assembly BEFORE the
// SVM rewrite; the campaign then prints, rewrites and assembles the faulty driver.
//
// Invariants (every operator):
//  - the input Program is never modified: the result is a new Program whose items array is a copy
//    with items replaced / inserted / deleted only at the site; every other item is shared;
//  - labels stay where they are (a label names whatever code now follows it);
//  - candidates are the instructions of executable code inside non-synthetic functions
//    (functions.ts), in source order;
//  - every new instruction is resolved through the instruction table exactly as the parser would
//    resolve its printed text (matchForm), so parse(print(result)) has the same forms, and
//    `as --32` accepts the printed result;
//  - site.original / site.mutated are printInstruction() lines (leading tab, no gcc comment);
//    site.mutated holds every printed line that replaced the original (labels included, the
//    original itself when it is kept); an empty list means the instruction was deleted;
//  - given the rng state, the result is deterministic.
//
// Every fact about instructions (operand roles and encodings, implicit registers, control flow,
// condition codes, prefixes) comes from the instruction table (src/isa).

import { addConst, constValue, exprSymbols, num, symbolPlusConst } from '../asm/expr.js';
import { executableSections, findFunctions, functionInstructions, type FunctionRange } from '../asm/functions.js';
import type { Instruction, Item, Label, MemOperand, Operand, Program } from '../asm/ir.js';
import { LabelTable } from '../asm/labels.js';
import { classifyMem } from '../asm/memref.js';
import { printInstruction } from '../asm/printer.js';
import { insnEffects, textualSpecs } from '../isa/effects.js';
import { CONDITION_CODES, EAX, ECX, EDX, ESP, PREFIX_BYTES, regByNum, type OperandSpec, type Register } from '../isa/index.js';
import { buildCfg, type Cfg } from '../rewriter/cfg.js';
import { stackFacts, UNKNOWN, type StackFacts } from '../rewriter/stack.js';
import { build, canonical, isGpr, printLine, rebuild, signedPow2, type Rng } from './mutate-ir.js';
import { encodingsOf, textFault, type Enc } from './mutate-text.js';
import type { CodeFaultType, CodeSite } from './types.js';

export { makeRng, type Rng } from './mutate-ir.js';

// ---------------------------------------------------------------------------------------------
// Public API

export interface InjectedFault {
  readonly program: Program;
  readonly site: CodeSite;
}

/** Item indices (into p.items) of instructions where a fault of `type` can be injected, in source order. */
export function faultCandidates(p: Program, type: CodeFaultType): number[] {
  const a = analysis(p);
  let c = a.cands.get(type);
  if (!c) {
    const op = OPERATORS[type];
    c = a.order.filter((i) => op.admits(a, i, p.items[i] as Instruction));
    a.cands.set(type, c);
  }
  return [...c];
}

/**
 * Injects a fault of `type` at the instruction at item `item`. Deterministic given the rng state.
 * Returns null when this instruction admits no such fault (callers then try another candidate).
 */
export function injectCodeFault(p: Program, type: CodeFaultType, item: number, rng: Rng): InjectedFault | null {
  const a = analysis(p);
  if (!(item >= 0 && item < p.items.length) || a.fnOf[item]! < 0) return null;
  const insn = p.items[item] as Instruction;
  const op = OPERATORS[type];
  if (!op.admits(a, item, insn)) return null;
  const edit = op.inject(a, item, insn, rng);
  if (!edit) return null;
  const items = p.items.slice(0, edit.at).concat(edit.insert, p.items.slice(edit.at + edit.remove));
  const victim = p.items[edit.at] as Instruction;
  const site: CodeSite = {
    kind: 'code',
    function: a.fns[a.fnOf[edit.at]!]!.name,
    line: victim.loc.line,
    original: printInstruction(victim),
    mutated: edit.insert.map(printLine),
  };
  return { program: { ...p, items }, site };
}

/**
 * Machine encodings of an instruction over the table's templates for its spelling, shortest first,
 * the way GNU as picks them: short accumulator, sign-extended imm8, `+r`, moffs and implicit-1
 * shift forms of the same operation; among equal lengths the smaller immediate, then the parser's
 * own form. Entry 0 is what `as --32` emits (checked in the tests) except that direct branches keep
 * their rel32 form (`as` relaxes by distance, unknown here). Symbolic fields (relocations) hold
 * placeholder values. Entry 0 is the encoding the TEXT operator flips bits in. Empty when the table
 * cannot encode the instruction (then it is no TEXT candidate).
 */
export function instructionEncodings(insn: Instruction): Uint8Array[] {
  return encodingsOf(insn).map((e) => e.bytes);
}

// ---------------------------------------------------------------------------------------------
// Per-program analysis (cached: one Program is reused across thousands of faults)

interface Analysis {
  readonly p: Program;
  readonly fns: readonly FunctionRange[];
  /** Item -> index into fns for candidate instructions, -1 for every other item. */
  readonly fnOf: Int32Array;
  /** Candidate instructions in source order. */
  readonly order: readonly number[];
  readonly cands: Map<CodeFaultType, number[]>;
  labels?: LabelTable;
  referenced?: Set<string>;
  cfg?: Cfg;
  stack?: StackFacts;
  initStores?: Set<number>;
  interfaceVictims?: Int32Array;
  freshLabel?: string;
  readonly enc: Map<number, Enc | null>;
}

const ANALYSES = new WeakMap<Program, Analysis>();

function analysis(p: Program): Analysis {
  let a = ANALYSES.get(p);
  if (a) return a;
  const exec = executableSections(p);
  const fns = findFunctions(p).filter((f) => !f.synthetic && exec.has(f.section));
  const fnOf = new Int32Array(p.items.length).fill(-1);
  fns.forEach((f, k) => {
    for (const [i] of functionInstructions(p, f)) fnOf[i] = k;
  });
  const order: number[] = [];
  for (let i = 0; i < fnOf.length; i++) if (fnOf[i]! >= 0) order.push(i);
  a = { p, fns, fnOf, order, cands: new Map(), enc: new Map() };
  ANALYSES.set(p, a);
  return a;
}

function labelTable(a: Analysis): LabelTable {
  return (a.labels ??= new LabelTable(a.p));
}

/** Every symbol an expression anywhere in the program names (jump targets, data references). */
function referencedSymbols(a: Analysis): Set<string> {
  if (a.referenced) return a.referenced;
  const s = new Set<string>();
  for (const it of a.p.items) {
    if (it.kind === 'insn') {
      for (const o of it.operands) {
        const e = o.kind === 'imm' || o.kind === 'target' ? o.expr : o.kind === 'mem' ? o.disp : null;
        if (e) for (const n of exprSymbols(e)) s.add(n);
      }
    } else if (it.kind === 'directive') {
      for (const arg of it.args) if (arg.k === 'expr') for (const n of exprSymbols(arg.e)) s.add(n);
    }
  }
  return (a.referenced = s);
}

function cfgOf(a: Analysis): Cfg {
  return (a.cfg ??= buildCfg(a.p));
}

// ---------------------------------------------------------------------------------------------
// Operators

/** What an operator does to the item list: at `at`, remove `remove` items and insert `insert`. */
interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: readonly Item[];
}

interface Operator {
  /** Whether the instruction admits this fault (its candidates). */
  admits(a: Analysis, item: number, insn: Instruction): boolean;
  inject(a: Analysis, item: number, insn: Instruction, rng: Rng): Edit | null;
}

const replaceWith = (item: number, insert: readonly Item[]): Edit => ({ at: item, remove: 1, insert });
const deleteAt = (item: number): Edit => ({ at: item, remove: 1, insert: [] });

const OPERATORS: Readonly<Record<CodeFaultType, Operator>> = {
  // TEXT: one bit of the instruction's machine encoding (instructionEncodings()[0]) flipped and
  // the bytes decoded again (see textFault for what is retried).
  //   movl 4(%eax), %edx  8b 50 04   bit 11 ->  8b 58 04   movl 4(%eax), %ebx
  //   movl %ebp, %esp     89 ec      bit 6  ->  c9 ec      leave; inb %dx, %al
  //   movzbl (%eax), %edx 0f b6 10   bit 12 ->  0f a6 10   ud2           (invalid opcode: #UD)
  //   call foo            e8 <rel32> bit 17 ->  relocation field: call foo+512 (or foo-512)
  //   addl %eax, %ebx     01 c3      bit 2  ->  05 c3      addl $imm32 runs past the end: retried
  TEXT: {
    admits: (a, i, insn) => encodingOf(a, i, insn) !== null,
    inject: (a, i, insn, rng) => {
      const out = textFault(insn, encodingOf(a, i, insn)!, rng);
      return out ? replaceWith(i, out) : null;
    },
  },

  // NOP: the instruction is deleted (what NOP fill over it would do).
  //   movl %eax, 8(%esp)   -->   (nothing)
  NOP: {
    admits: () => true,
    inject: (_a, i) => deleteAt(i),
  },

  // SRC: one bit of a source operand's register number (bits 0..2, same register class) or of an
  // immediate (within its operand size) flipped. Sources are operands the table marks read-only.
  //   movl %ebx, 4(%eax)   -->   movl %edi, 4(%eax)       (3 ^ 4 = 7)
  //   andl $-25, %edx      -->   andl $-17, %edx          (bit 3)
  SRC: {
    admits: (_a, _i, insn) => srcSlots(canonical(insn)).length > 0,
    inject: (_a, i, insn, rng) => {
      const c = canonical(insn);
      const slots = srcSlots(c);
      const s = slots[rng.int(slots.length)]!;
      const o = c.operands[s.index]!;
      const ops = [...c.operands];
      if (o.kind === 'reg') ops[s.index] = { ...o, reg: flipReg(o.reg, rng.int(3))! };
      else if (o.kind === 'imm') ops[s.index] = flipImm(o, s.spec.size, rng);
      const m = rebuild(c, { operands: ops });
      return m ? replaceWith(i, [m]) : null;
    },
  },

  // DST: one bit of a written register operand's number flipped.
  //   movl 572(%eax), %edx   -->   movl 572(%eax), %esi   (2 ^ 4 = 6)
  DST: {
    admits: (_a, _i, insn) => dstSlots(canonical(insn)).length > 0,
    inject: (_a, i, insn, rng) => {
      const c = canonical(insn);
      const slots = dstSlots(c);
      const s = slots[rng.int(slots.length)]!;
      const o = c.operands[s] as Extract<Operand, { kind: 'reg' }>;
      const ops = [...c.operands];
      ops[s] = { ...o, reg: flipReg(o.reg, rng.int(3))! };
      const m = rebuild(c, { operands: ops });
      return m ? replaceWith(i, [m]) : null;
    },
  },

  // PTR: one bit of an explicit memory operand's address computation flipped: base register
  // number, index register number (never to %esp), scale (one of its two bits), or displacement
  // (bits 0..7 of a disp8-sized constant, 0..31 of a larger one; ±2^k on a symbolic addend).
  //   movl 8(%ebx,%esi,4), %eax   -->   movl 8(%ebx,%esi,1), %eax   (scale bit 1)
  //   movl rx_ring+4, %eax        -->   movl rx_ring+65540, %eax    (k = 16)
  PTR: {
    admits: (_a, _i, insn) => ptrOperand(insn) >= 0,
    inject: (_a, i, insn, rng) => {
      const k = ptrOperand(insn);
      const ops = [...insn.operands];
      ops[k] = flipPtr(insn.operands[k] as MemOperand, rng);
      const m = rebuild(insn, { operands: ops });
      return m ? replaceWith(i, [m]) : null;
    },
  },

  // BRANCH: a direct jmp/jcc is deleted.
  //   jne .L5   -->   (nothing: always falls through)
  BRANCH: {
    admits: (_a, _i, insn) => isDirectBranch(insn),
    inject: (_a, i) => deleteAt(i),
  },

  // LOOP: a loop's back edge (a conditional branch to a label at or before it in the same function)
  // gets the inverse condition; a repe/repne cmps/scas gets the other repeat prefix.
  //   .L7: ... jne .L7   -->   .L7: ... je .L7
  //   repe cmpsb         -->   repne cmpsb
  // loop/loope/loopne/jecxz have no inverse form in the table: not candidates.
  LOOP: {
    admits: (a, i, insn) => isBackEdge(a, i, insn) || isRepcc(insn),
    inject: (_a, i, insn) => {
      let m: Instruction | null;
      if (isRepcc(insn)) {
        // F3 (repe) <-> F2 (repne), the prefix bytes of the table.
        const prefixes = insn.prefixes.map((x) => (PREFIX_BYTES.get(x) === 0xf3 ? 'repne' : PREFIX_BYTES.get(x) === 0xf2 ? 'repe' : x));
        m = rebuild(insn, { prefixes });
      } else {
        const inverse = CONDITION_CODES.find((c) => c.num === (insn.form.cc! ^ 1))!;
        m = rebuild(insn, { mnemonic: `j${inverse.names[0]}` });
      }
      return m ? replaceWith(i, [m]) : null;
    },
  },

  // OFFBYONE: a bound off by one — an ordered conditional jump with the other strictness (< and
  // <=, > and >=, unsigned and signed alike), a compared constant one more or less, or a constant
  // size argument one more or less (an argument register set to a constant >= 2 that reaches a
  // direct call in its basic block, or %ecx reaching a rep string instruction as its count).
  //   jb .L12              -->   jbe .L12
  //   cmpl $16, %eax       -->   cmpl $17, %eax
  //   movl $2048, %ecx     -->   movl $2047, %ecx
  //   call memset                call memset
  OFFBYONE: {
    admits: (a, i, insn) => STRICTNESS.has(insn.form.cc ?? -1) && insn.form.flow === 'jcc' && insn.operands[0]?.kind === 'target' || comparedConstant(insn) >= 0 || isSizeArgument(a, i, insn),
    inject: (a, i, insn, rng) => {
      let m: Instruction | null;
      if (insn.form.flow === 'jcc') {
        const cc = CONDITION_CODES.find((c) => c.num === STRICTNESS.get(insn.form.cc!))!;
        m = rebuild(insn, { mnemonic: `j${cc.names[0]}` });
      } else {
        const k = comparedConstant(insn) >= 0 ? comparedConstant(insn) : 0;
        const o = insn.operands[k] as Extract<Operand, { kind: 'imm' }>;
        const v = constValue(o.expr)! + (rng.int(2) ? 1n : -1n);
        const ops = [...insn.operands];
        ops[k] = { kind: 'imm', expr: num(v), constValue: Number(v) };
        m = rebuild(insn, { operands: ops });
      }
      return m ? replaceWith(i, [m]) : null;
    },
  },

  // INIT: the initialisation of a local variable is deleted: the first store of a register or an
  // immediate to a stack slot of the function (slots identified by their offset from the entry
  // stack pointer, so %esp- and frame-pointer-relative spellings of one slot agree), or an
  // instruction setting a register to a constant.
  //   movl $0, -16(%ebp)   -->   (nothing)
  //   xorl %esi, %esi      -->   (nothing)
  INIT: {
    admits: (a, i, insn) => setsRegisterConstant(insn) || initStores(a).has(i),
    inject: (_a, i) => deleteAt(i),
  },

  // INTERFACE: for a direct call, the last instruction before it in its basic block that writes an
  // argument register (regparm=3: %eax, %edx, %ecx) or stores a stack argument (push, or a store
  // to N(%esp)) is deleted. The candidate is the call; the site is the deleted instruction.
  //   movl %esi, %edx             movl %esi, %edx
  //   movl $1, %ecx       -->     call foo
  //   call foo
  INTERFACE: {
    admits: (a, i, insn) => insn.form.flow === 'call' && interfaceVictim(a, i) >= 0,
    inject: (a, i) => deleteAt(interfaceVictim(a, i)),
  },

  // BCOPY: the copy length is enlarged by K (1..1024 elements, K x element size <= 4096) before a
  // `rep movs*` (count in %ecx) or a call to memcpy/memmove (length in %ecx under regparm=3); lea
  // leaves the flags alone.
  //   rep movsl      -->   leal 37(%ecx), %ecx
  //                        rep movsl
  BCOPY: {
    admits: (_a, _i, insn) => isBcopySite(insn),
    inject: (_a, i, insn, rng) => {
      const elem = insn.form.op === 'movs' ? insn.form.size / 8 : 1;
      const k = 1 + rng.int(Math.min(1024, Math.floor(4096 / elem)));
      const ecx = regByNum('r32', ECX);
      const lea = build(insn, 'leal', [{ kind: 'mem', seg: null, disp: num(k), base: ecx, index: null, scale: 1, scaleWritten: false, indirect: false }, { kind: 'reg', reg: ecx, indirect: false }]);
      return { at: i, remove: 1, insert: [lea, insn] };
    },
  },

  // SYNC: synchronisation removed — a direct call to a lock or unlock routine deleted (a trylock
  // then "succeeds": %eax still holds its nonzero argument), or the lock prefix of an atomic
  // read-modify-write dropped.
  //   call _spin_unlock_irqrestore   -->   (nothing)
  //   lock; btsl $2, 392(%esi)       -->   btsl $2, 392(%esi)
  SYNC: {
    admits: (_a, _i, insn) => callsRoutine(insn, SYNC_ROUTINES) || insn.prefixes.includes('lock'),
    inject: (_a, i, insn) => {
      if (!insn.prefixes.includes('lock')) return deleteAt(i);
      const prefixes = insn.prefixes.filter((x) => x !== 'lock');
      const m = rebuild(insn, { prefixes });
      return m ? replaceWith(i, [{ ...m, prefixStmt: m.prefixStmt && prefixes.length > 0 }]) : null;
    },
  },

  // LEAK: a direct call that frees memory (kfree, vfree, dev_kfree_skb_any, dma_free_coherent,
  // put_page ...) or releases a DMA mapping (dma_unmap_*) deleted.
  //   call dev_kfree_skb_any   -->   (nothing)
  LEAK: {
    admits: (_a, _i, insn) => callsRoutine(insn, FREE_ROUTINES),
    inject: (_a, i) => deleteAt(i),
  },

  // WHILE1: a fresh local label and a jump to itself are inserted right before the instruction.
  //   movl %eax, %edx   -->   .Lfault_0:
  //                           jmp .Lfault_0
  //                           movl %eax, %edx
  WHILE1: {
    admits: () => true,
    inject: (a, i, insn) => {
      const name = freshLabel(a);
      const label: Label = { kind: 'label', name, loc: insn.loc, section: insn.section };
      const jmp = build(insn, 'jmp', [{ kind: 'target', expr: { k: 'sym', name } }]);
      return { at: i, remove: 1, insert: [label, jmp, insn] };
    },
  },
};

// ---------------------------------------------------------------------------------------------
// SRC / DST / PTR

/** Register fields encoded in the instruction (ModRM reg/rm, opcode low bits), not implicit ones. */
const ENCODED_REG_LOCS: ReadonlySet<string> = new Set(['modrm.reg', 'modrm.rm', 'opcode']);


/** The register whose encoding number differs in `bit` (same class; r8 numbering al,cl,dl,bl,ah,ch,dh,bh). */
function flipReg(r: Register, bit: number): Register | null {
  try {
    return regByNum(r.cls, r.num ^ (1 << bit));
  } catch {
    return null;
  }
}

interface SrcSlot {
  readonly index: number;
  readonly spec: OperandSpec;
}

/** Read-only (role 'r') register operands encoded in the instruction, and immediates. */
function srcSlots(insn: Instruction): SrcSlot[] {
  const specs = textualSpecs(insn.form, insn.operands.length);
  const out: SrcSlot[] = [];
  insn.operands.forEach((o, index) => {
    const spec = specs[index];
    if (!spec || spec.role !== 'r') return;
    if (o.kind === 'reg' && isGpr(o.reg) && ENCODED_REG_LOCS.has(spec.loc)) out.push({ index, spec });
    else if (o.kind === 'imm' && spec.kind === 'imm' && (spec.loc === 'imm' || spec.loc === 'imm2')) out.push({ index, spec });
  });
  return out;
}

/** Written (role 'w' or 'rw') register operands encoded in the instruction. */
function dstSlots(insn: Instruction): number[] {
  const specs = textualSpecs(insn.form, insn.operands.length);
  const out: number[] = [];
  insn.operands.forEach((o, index) => {
    const spec = specs[index];
    if (spec && (spec.role === 'w' || spec.role === 'rw') && o.kind === 'reg' && isGpr(o.reg) && ENCODED_REG_LOCS.has(spec.loc)) out.push(index);
  });
  return out;
}

/** Bit k of an immediate of `size` bits flipped; a symbolic value gets ±2^k on its addend. */
function flipImm(o: Extract<Operand, { kind: 'imm' }>, size: number, rng: Rng): Operand {
  const k = rng.int(size);
  const c = constValue(o.expr);
  if (c === null) return { kind: 'imm', expr: addConst(o.expr, signedPow2(k, rng)), constValue: null };
  // Keep the source's spelling convention: a negative constant stays signed.
  const u = BigInt.asUintN(size, c) ^ (1n << BigInt(k));
  const v = c < 0n ? BigInt.asIntN(size, u) : u;
  return { kind: 'imm', expr: num(v), constValue: Number(v) };
}


/** Index of the explicit memory operand PTR may corrupt, or -1 (none, a `(%dx)` port, a hint/nop). */
function ptrOperand(insn: Instruction): number {
  if (insn.form.cls === 'nop') return -1;
  return insn.operands.findIndex((o) => o.kind === 'mem' && !(o.base && o.base.cls !== 'r32'));
}

/**
 * One bit of the address computation flipped. Choice: a field among those present (base, index,
 * scale — only with an index, displacement — always, an absent one counting as 0), then a bit.
 * Index flips that would name %esp (not encodable as an index) are not offered.
 */
function flipPtr(m: MemOperand, rng: Rng): MemOperand {
  type Choice = () => MemOperand;
  const fields: Choice[][] = [];
  if (m.base) {
    const b = m.base;
    fields.push([0, 1, 2].map((bit) => () => ({ ...m, base: flipReg(b, bit)! })));
  }
  if (m.index) {
    const x = m.index;
    fields.push([0, 1, 2].filter((bit) => (x.num ^ (1 << bit)) !== ESP).map((bit) => () => ({ ...m, index: flipReg(x, bit)! })));
    const log2 = Math.log2(m.scale);
    fields.push([0, 1].map((bit) => () => ({ ...m, scale: 1 << (log2 ^ (1 << bit)) })));
  }
  const d = m.disp ? constValue(m.disp) : 0n;
  if (d === null) {
    fields.push(Array.from({ length: 32 }, (_, k) => () => ({ ...m, disp: addConst(m.disp, signedPow2(k, rng)) })));
  } else {
    // A disp8 (a base register and a constant in -128..127) has 8 bits; otherwise disp32.
    const small = m.base !== null && d >= -128n && d <= 127n;
    const bits = small ? 8 : 32;
    fields.push(Array.from({ length: bits }, (_, k) => () => {
      const v = BigInt.asIntN(bits, BigInt.asUintN(bits, d) ^ (1n << BigInt(k)));
      return { ...m, disp: num(v) };
    }));
  }
  const f = fields[rng.int(fields.length)]!;
  return f[rng.int(f.length)]!();
}

// ---------------------------------------------------------------------------------------------
// BRANCH / LOOP

function isDirectBranch(insn: Instruction): boolean {
  return (insn.form.flow === 'jmp' || insn.form.flow === 'jcc') && insn.operands[0]?.kind === 'target';
}

/** A jcc (with a condition code in the table) whose target label is at or before it, in its function. */
function isBackEdge(a: Analysis, item: number, insn: Instruction): boolean {
  if (insn.form.flow !== 'jcc' || insn.form.cc === undefined) return false;
  const t = insn.operands[0];
  if (!t || t.kind !== 'target') return false;
  const sp = symbolPlusConst(t.expr);
  if (!sp || !sp.sym || sp.addend !== 0n) return false;
  const li = labelTable(a).resolve(sp.sym, item);
  const f = a.fns[a.fnOf[item]!]!;
  return li >= f.start && li < item && a.p.items[li]!.section === insn.section;
}

function isRepcc(insn: Instruction): boolean {
  return insn.form.rep === 'repcc' && insn.prefixes.some((x) => x !== 'lock' && PREFIX_BYTES.has(x));
}

// ---------------------------------------------------------------------------------------------
// OFFBYONE / SYNC / LEAK

/** Condition codes of ordered comparisons and their other strictness: b<->be, ae<->a, l<->le, ge<->g. */
const STRICTNESS: ReadonlyMap<number, number> = new Map([[0x2, 0x6], [0x6, 0x2], [0x3, 0x7], [0x7, 0x3], [0xc, 0xe], [0xe, 0xc], [0xd, 0xf], [0xf, 0xd]]);

/** Index of the constant immediate a cmp compares with, or -1. */
function comparedConstant(insn: Instruction): number {
  if (insn.form.op !== 'cmp') return -1;
  return insn.operands.findIndex((o) => o.kind === 'imm' && constValue(o.expr) !== null);
}

/**
 * `mov $c, %r` (c >= 2, r one of %eax/%edx/%ecx) whose value reaches, in its basic block, a direct
 * call (an argument) or — %ecx — a rep string instruction (its count).
 */
function isSizeArgument(a: Analysis, item: number, insn: Instruction): boolean {
  const [s, d] = insn.operands;
  if (insn.form.op !== 'mov' || insn.operands.length !== 2 || s?.kind !== 'imm' || d?.kind !== 'reg' || d.reg.cls !== 'r32' || !(ARG_REGS & (1 << d.reg.num))) return false;
  const c = constValue(s.expr);
  if (c === null || c < 2n) return false;
  const refs = referencedSymbols(a);
  const items = a.p.items;
  for (let j = item + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.section !== insn.section || it.kind === 'comment') continue;
    if (it.kind === 'label') { if (/^\d+$/.test(it.name) || refs.has(it.name)) return false; continue; }
    if (it.kind === 'directive') { if (EMITS.test(it.name)) return false; continue; }
    if (a.fnOf[j]! < 0) return false;
    if (it.form.flow === 'call') return it.operands[0]?.kind === 'target';
    if (it.form.rep !== 'none' && it.prefixes.some((x) => x !== 'lock' && PREFIX_BYTES.has(x))) return d.reg.num === ECX;
    if (it.form.flow !== 'seq') return false;
    const fx = insnEffects(it);
    if ((fx.regKill | fx.regPartial) & (1 << d.reg.num)) return false;
  }
  return false;
}

/** Lock and unlock routines (Linux's spinlock, rwlock, mutex, semaphore, rtnl, irq and preempt families). */
const SYNC_ROUTINES = /^_*(raw_)?(spin|read|write)_(try)?(un)?lock(_irq|_irqsave|_irqrestore|_bh)?$|^mutex_(try)?(un)?lock(_interruptible)?$|^(down|up)(_read|_write|_interruptible|_trylock)?$|^rtnl_(un)?lock$|^local_irq_(save|restore|disable|enable)$|^preempt_(en|dis)able$/;
/** Routines that free memory or release a DMA mapping. */
const FREE_ROUTINES = /^(kv?free|vfree|kfree_skb|consume_skb|napi_consume_skb|_*dev_kfree_skb(_any|_irq)?|dma_free_(coherent|attrs)|pci_free_consistent|_*free_pages?|put_page|free_netdev|dma_unmap_(single|page)(_attrs)?|pci_unmap_(single|page))$/;

/** A direct call to a routine whose name matches. */
function callsRoutine(insn: Instruction, names: RegExp): boolean {
  if (insn.form.flow !== 'call') return false;
  const t = insn.operands[0];
  const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
  return !!sp && !!sp.sym && sp.addend === 0n && names.test(sp.sym);
}

// ---------------------------------------------------------------------------------------------
// INIT

/** `movl $imm, %r` (any size), or the zero idioms `xorl %r, %r` / `subl %r, %r`. */
function setsRegisterConstant(insn: Instruction): boolean {
  const [s, d] = insn.operands;
  if (insn.operands.length !== 2 || !s || !d || d.kind !== 'reg' || !isGpr(d.reg)) return false;
  if (insn.form.op === 'mov') return s.kind === 'imm';
  return (insn.form.op === 'xor' || insn.form.op === 'sub') && s.kind === 'reg' && s.reg === d.reg;
}

/**
 * Items that are the first store (in source order) to a stack slot of their function and store a
 * register or an immediate (the table's explicit memory operand is written only, every other
 * explicit operand is a register or an immediate). Slots are keyed by their offset from the entry
 * stack pointer (stack.ts depths; `.cold` parts belong to their parent), falling back to the
 * operand as written where the depth is unknown.
 */
function initStores(a: Analysis): Set<number> {
  if (a.initStores) return a.initStores;
  const cfg = cfgOf(a);
  const st = (a.stack ??= stackFacts(cfg));
  const seen = new Set<string>();
  const out = new Set<number>();
  for (const i of a.order) {
    const insn = a.p.items[i] as Instruction;
    if (insn.form.mem !== 'w' && insn.form.mem !== 'rw') continue;
    const k = insn.operands.findIndex((o) => o.kind === 'mem');
    if (k < 0) continue;
    const m = insn.operands[k] as MemOperand;
    const fn = a.fns[a.fnOf[i]!]!;
    if (classifyMem(m, fn.framePointer) !== 'stack') continue;
    const n = cfg.nodeOfItem[i]!;
    const owner = n >= 0 ? cfg.nodes[n]!.fn : null;
    const disp = m.disp ? Number(constValue(m.disp)!) : 0;
    let slot = `${m.base!.name}${disp}`;
    if (n >= 0 && owner) {
      const below = m.base!.gpr === ESP ? st.depth[n]! : st.ebpDepth.get(owner) ?? UNKNOWN;
      if (below !== UNKNOWN) slot = `@${disp - below}`;
    }
    const key = `${owner?.name ?? fn.name}|${slot}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const others = insn.operands.filter((_, j) => j !== k);
    if (insn.form.mem === 'w' && others.length > 0 && others.every((o) => o.kind === 'reg' || o.kind === 'imm')) out.add(i);
  }
  return (a.initStores = out);
}

// ---------------------------------------------------------------------------------------------
// INTERFACE

const ARG_REGS = (1 << EAX) | (1 << EDX) | (1 << ECX);

/** Directives that put bytes into the section (code or data): they end a basic block walk. */
const EMITS = /^\.(byte|short|word|hword|value|[248]byte|long|int|quad|octa|skip|space|zero|fill|ascii|asciz|string(8|16|32|64)?|org|incbin|float|single|double)$/;

/** Writes %eax/%edx/%ecx, pushes, or stores to N(%esp). */
function setsArgument(insn: Instruction): boolean {
  const fx = insnEffects(insn);
  if ((fx.regKill | fx.regPartial) & ARG_REGS) return true;
  if (insn.form.implicitMem === 'push') return true;
  if (insn.form.mem !== 'w' && insn.form.mem !== 'rw') return false;
  return insn.operands.some((o) => o.kind === 'mem' && o.base?.gpr === ESP && o.base.cls === 'r32' && !o.index && !o.seg);
}

/**
 * For a direct call at `call`: the item of the last argument set-up in its basic block, or -1.
 * The walk goes back over the call's section within its function and stops at a block boundary:
 * an instruction that is not straight-line (jump, call, return ...), a label some expression
 * references (or a numeric label), or emitted bytes.
 */
function interfaceVictim(a: Analysis, call: number): number {
  let memo = a.interfaceVictims;
  if (!memo) memo = a.interfaceVictims = new Int32Array(a.p.items.length).fill(-2);
  if (memo[call] !== -2) return memo[call]!;
  const items = a.p.items;
  const insn = items[call] as Instruction;
  const f = a.fns[a.fnOf[call]!]!;
  const refs = referencedSymbols(a);
  let found = -1;
  for (let i = call - 1; i > f.start; i--) {
    const it = items[i]!;
    if (it.section !== insn.section || it.kind === 'comment') continue;
    if (it.kind === 'label') {
      if (/^\d+$/.test(it.name) || refs.has(it.name)) break;
      continue;
    }
    if (it.kind === 'directive') {
      if (EMITS.test(it.name)) break;
      continue;
    }
    if (it.form.flow !== 'seq' || a.fnOf[i]! < 0) break;
    if (setsArgument(it)) { found = i; break; }
  }
  memo[call] = found;
  return found;
}

// ---------------------------------------------------------------------------------------------
// BCOPY / WHILE1

// Kernel copy routines taking (dst, src, len) in (%eax, %edx, %ecx) under regparm=3.
const COPY_ROUTINES: ReadonlySet<string> = new Set(['memcpy', '__memcpy', 'memmove', '__memmove', 'memcpy_fromio', 'memcpy_toio']);

function isBcopySite(insn: Instruction): boolean {
  if (insn.form.op === 'movs') return insn.prefixes.some((x) => x !== 'lock' && PREFIX_BYTES.has(x));
  if (insn.form.flow !== 'call') return false;
  const t = insn.operands[0];
  const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
  return !!sp && !!sp.sym && sp.addend === 0n && COPY_ROUTINES.has(sp.sym);
}

/** `.Lfault_N` named by no label and no expression of the program. */
function freshLabel(a: Analysis): string {
  if (a.freshLabel) return a.freshLabel;
  const used = new Set(referencedSymbols(a));
  for (const it of a.p.items) if (it.kind === 'label') used.add(it.name);
  let n = 0;
  while (used.has(`.Lfault_${n}`)) n++;
  return (a.freshLabel = `.Lfault_${n}`);
}

// ---------------------------------------------------------------------------------------------
// TEXT: the encoding of an instruction, cached per item (mutate-text.ts)

function encodingOf(a: Analysis, item: number, insn: Instruction): Enc | null {
  let e = a.enc.get(item);
  if (e === undefined) {
    e = encodingsOf(insn)[0] ?? null;
    a.enc.set(item, e);
  }
  return e;
}
