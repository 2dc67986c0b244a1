// Rematerialization facts: at each code node, which GPRs are known to equal a 32-bit stack slot
// (a constant %esp/%ebp displacement) or a constant. A live register with such a fact can serve as
// scratch for inserted code and be reloaded with one `movl` afterwards instead of push/pop.
//
// Forward must-analysis (intersection at joins). Facts appear on `movl slot,%r`, `movl %r,slot`
// and `movl $c,%r`; they die when the register is written, when an overlapping slot is written,
// when %esp moves (for %esp-based slots), and at calls for %eax/%ecx/%edx. Stack slots are assumed
// not to be written through pointers unless the function takes the address of a stack location
// (then any non-stack memory write kills every slot fact).

import { constValue, printExpr, type Expr } from '../asm/expr.js';
import type { MemOperand } from '../asm/ir.js';
import { EAX, EBP, ECX, EDX, ESP } from '../isa/registers.js';
import { nodeEffects, predecessors, type Cfg } from './cfg.js';

export type Fact =
  | { readonly kind: 'slot'; readonly base: number; readonly disp: bigint }
  | { readonly kind: 'const'; readonly value: Expr; readonly key: string };

export type Facts = ReadonlyArray<Fact | null>;

const NONE: Facts = [null, null, null, null, null, null, null, null];

function same(a: Fact | null, b: Fact | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'slot' && b.kind === 'slot') return a.base === b.base && a.disp === b.disp;
  if (a.kind === 'const' && b.kind === 'const') return a.key === b.key;
  return false;
}

function slotOf(o: MemOperand, fp: boolean): { base: number; disp: bigint } | null {
  if (o.seg || o.index || !o.base) return null;
  const b = o.base.gpr;
  if (!(b === ESP || (fp && b === EBP))) return null;
  const d = o.disp ? constValue(o.disp) : 0n;
  return d === null ? null : { base: b, disp: d };
}

/** What one node does to the facts, derived once per node (the fixpoint applies it repeatedly). */
interface Step {
  /** Registers whose facts die (written, or clobbered by a call). */
  readonly killRegs: number;
  /** Slot facts die: of these bases (bit = base register), or all of them (-1). */
  readonly killBases: number;
  /** A stack slot written: facts about overlapping slots die. */
  readonly slot: { readonly base: number; readonly disp: bigint; readonly size: bigint } | null;
  /** A register known equal to a slot or constant after the node. */
  readonly genReg: number;
  readonly gen: Fact | null;
}

const NO_STEP: Step = { killRegs: 0, killBases: 0, slot: null, genReg: -1, gen: null };

/** Facts at the entry and at the exit of every node. */
export function rematFacts(cfg: Cfg): { in: Facts[]; out: Facts[] } {
  const n = cfg.nodes.length;
  const { start: pStart, list: pList } = predecessors(cfg);
  const effectsOf = nodeEffects(cfg);
  // Functions that take the address of a stack location may write slots through pointers.
  const addrTaken = new Set<unknown>();
  for (const node of cfg.nodes) {
    const insn = node.insn;
    if (insn?.form.op === 'lea' && insn.operands[0]?.kind === 'mem') {
      const m = insn.operands[0];
      if (m.base && (m.base.gpr === ESP || (node.fn?.framePointer && m.base.gpr === EBP))) addrTaken.add(node.fn);
    }
  }
  const stepOf = (i: number): Step => {
    const node = cfg.nodes[i]!;
    const insn = node.insn;
    if (!insn) return NO_STEP;
    const fp = node.fn?.framePointer ?? false;
    const fx = effectsOf[i]!;
    let killBases = 0;
    let slot: Step['slot'] = null;
    // Memory written by the instruction.
    let memOp: MemOperand | undefined;
    for (const o of insn.operands) if (o.kind === 'mem') { memOp = o; break; }
    const writesMem = insn.form.mem === 'w' || insn.form.mem === 'rw' || (insn.form.stringIo?.dst ?? 'none') !== 'none';
    if (writesMem) {
      const s = memOp ? slotOf(memOp, fp) : null;
      const stackBased = memOp?.base && !memOp.seg && (memOp.base.gpr === ESP || (fp && memOp.base.gpr === EBP));
      if (s) slot = { base: s.base, disp: s.disp, size: BigInt(Math.max(1, (insn.form.size || 32) / 8)) };
      // A variable stack offset, or a pointer that may reach an address-taken stack location.
      else if (stackBased || addrTaken.has(node.fn)) killBases = -1;
    }
    const written = fx.regKill | fx.regPartial;
    let killRegs = written;
    const flow = insn.form.flow;
    if (flow === 'call' || flow === 'icall') killRegs |= (1 << EAX) | (1 << ECX) | (1 << EDX);
    // %esp (%ebp) moves: facts based on it no longer name the same slot.
    if (written & (1 << ESP)) killBases |= 1 << ESP;
    if (written & (1 << EBP)) killBases |= 1 << EBP;
    // New facts from 32-bit moves.
    let genReg = -1;
    let gen: Fact | null = null;
    if (insn.form.op === 'mov' && insn.form.size === 32 && insn.prefixes.length === 0) {
      const [src, dst] = insn.operands as [import('../asm/ir.js').Operand, import('../asm/ir.js').Operand];
      if (dst.kind === 'reg' && src.kind === 'mem') {
        const s = slotOf(src, fp);
        if (s && dst.reg.gpr !== s.base) { genReg = dst.reg.gpr; gen = { kind: 'slot', base: s.base, disp: s.disp }; }
      } else if (dst.kind === 'mem' && src.kind === 'reg') {
        const s = slotOf(dst, fp);
        if (s && src.reg.gpr !== ESP) { genReg = src.reg.gpr; gen = { kind: 'slot', base: s.base, disp: s.disp }; }
      } else if (dst.kind === 'reg' && src.kind === 'imm') {
        genReg = dst.reg.gpr;
        gen = { kind: 'const', value: src.expr, key: printExpr(src.expr) };
      }
    }
    if (!killRegs && !killBases && !slot && !gen) return NO_STEP;
    return { killRegs, killBases, slot, genReg, gen };
  };
  const steps: Step[] = new Array<Step>(n);
  for (let i = 0; i < n; i++) steps[i] = stepOf(i);
  /** The facts after node i; `inF` itself when the node changes none (arrays are never mutated once stored). */
  const transfer = (i: number, inF: Facts): Facts => {
    const st = steps[i]!;
    if (st === NO_STEP) return inF;
    let f: Array<Fact | null> | null = null;
    for (let r = 0; r < 8; r++) {
      const x = inF[r];
      if (!x) continue;
      let dead = (st.killRegs & (1 << r)) !== 0;
      if (!dead && x.kind === 'slot') {
        if (st.killBases & (1 << x.base)) dead = true;
        else if (st.slot && x.base === st.slot.base && x.disp < st.slot.disp + st.slot.size && st.slot.disp < x.disp + 4n) dead = true;
      }
      if (dead) { f ??= inF.slice(); f[r] = null; }
    }
    if (st.gen) { f ??= inF.slice(); f[st.genReg] = st.gen; }
    return f ?? inF;
  };
  const entryOf = (i: number): boolean => pStart[i] === pStart[i + 1];
  const inF: Array<Facts | null> = new Array<Facts | null>(n).fill(null);
  const outF: Array<Facts | null> = new Array<Facts | null>(n).fill(null);
  const work: number[] = [];
  for (let i = n - 1; i >= 0; i--) work.push(i);
  const queued = new Uint8Array(n).fill(1);
  while (work.length) {
    const i = work.pop()!;
    queued[i] = 0;
    // The meet; copied only when an incoming edge disagrees (stored arrays are never mutated).
    let m: Facts | null = entryOf(i) ? NONE : null;
    let copied = false;
    for (let k = pStart[i]!; k < pStart[i + 1]!; k++) {
      const o = outF[pList[k]!];
      if (!o) continue; // not computed yet: optimistic (must-analysis converges from above)
      if (!m) { m = o; continue; }
      if (m === o) continue;
      for (let r = 0; r < 8; r++) {
        if (m[r] && !same(m[r]!, o[r]!)) {
          if (!copied) { m = m.slice(); copied = true; }
          (m as Array<Fact | null>)[r] = null;
        }
      }
    }
    if (!m) m = NONE;
    inF[i] = m;
    const o = transfer(i, m);
    const prev = outF[i];
    let changed = !prev;
    if (prev && prev !== o) for (let r = 0; r < 8 && !changed; r++) if (!same(o[r]!, prev[r]!)) changed = true;
    if (changed) {
      outF[i] = o;
      for (const s of cfg.nodes[i]!.succ) if (!queued[s]) { queued[s] = 1; work.push(s); }
    }
  }
  return { in: inF.map((x) => x ?? NONE), out: outF.map((x) => x ?? NONE) };
}

export function sameFact(a: Fact | null, b: Fact | null): boolean {
  return same(a, b);
}
