// Stack facts per function:
//  - depth: bytes the stack pointer is below its value at function entry (where the return address
//    is), at every instruction — push/pop/sub/add/lea of %esp, enter/leave, %ebp copies; unknown
//    when paths disagree or %esp is written any other way;
//  - the depth at which %ebp was made the frame pointer;
//  - which registers hold a pointer derived from the stack pointer (lea/mov/add/sub from %esp or
//    the frame pointer), on every path (must-analysis) — accesses through them are stack accesses,
//    bounds-checked instead of translated.
//
// Used to keep a reserved register's entry push from moving the function's own frame (only
// references into the caller's frame, at or above the entry stack pointer, move by the pushes).

import { constValue } from '../asm/expr.js';
import type { FunctionRange } from '../asm/functions.js';
import type { Instruction, Operand } from '../asm/ir.js';
import type { Effects } from '../isa/effects.js';
import { EAX, EBP, ECX, EDX, ESP } from '../isa/registers.js';
import { nodeEffects, type Cfg } from './cfg.js';

export const UNKNOWN = -0x7fffffff;

export interface StackFacts {
  /** Depth before each node (UNKNOWN when not known). */
  readonly depth: Int32Array;
  /** Registers (bit mask) holding a stack-derived pointer before each node. */
  readonly derived: Int32Array;
  /** Per function: depth at which `movl %esp,%ebp` ran (UNKNOWN if never/inconsistent). */
  readonly ebpDepth: Map<FunctionRange, number>;
  /** Functions whose depth is known wherever it matters. */
  readonly tracked: Set<FunctionRange>;
}

const bit = (r: number): number => 1 << r;
const CALL_CLOBBERED = bit(EAX) | bit(ECX) | bit(EDX);

function imm(o: Operand | undefined): number | null {
  if (!o || o.kind !== 'imm') return null;
  const v = constValue(o.expr);
  return v === null ? null : Number(BigInt.asIntN(32, v));
}

function isReg(o: Operand | undefined, gpr: number): boolean {
  return o !== undefined && o.kind === 'reg' && o.reg.cls === 'r32' && o.reg.gpr === gpr;
}

/** New depth after `insn` (whose effects are `fx`), or UNKNOWN; also reports `movl %esp,%ebp`. */
export function stepDepth(insn: Instruction, fx: Effects, d: number, ebpDepth: number): { depth: number; setsEbp: boolean } {
  if (d === UNKNOWN) return { depth: UNKNOWN, setsEbp: false };
  const f = insn.form;
  const ops = insn.operands;
  switch (f.op) {
    case 'call': case 'callind': return { depth: d, setsEbp: false };
    // Returns leave the function: nothing follows them.
    case 'ret': case 'retn': case 'lret': case 'iret': return { depth: d, setsEbp: false };
    case 'enter': {
      const n = imm(ops[0]);
      return { depth: n === null ? UNKNOWN : d + f.stackBytes + n, setsEbp: true };
    }
    case 'leave': return { depth: ebpDepth === UNKNOWN ? UNKNOWN : ebpDepth - f.stackBytes, setsEbp: false };
  }
  // push/pop, pushf/popf, pusha/popa, segment pushes/pops: the table's fixed %esp movement.
  if (f.cls === 'stack' && f.stackBytes) return { depth: f.implicitMem === 'push' ? d + f.stackBytes : d - f.stackBytes, setsEbp: false };
  if (!((fx.regKill | fx.regPartial) & bit(ESP))) {
    return { depth: d, setsEbp: f.op === 'mov' && isReg(ops[0], ESP) && isReg(ops[1], EBP) };
  }
  const dst = ops[ops.length - 1];
  if (!isReg(dst, ESP)) return { depth: UNKNOWN, setsEbp: false };
  const c = imm(ops[0]);
  if (f.op === 'sub' && c !== null) return { depth: d + c, setsEbp: false };
  if (f.op === 'add' && c !== null) return { depth: d - c, setsEbp: false };
  if (f.op === 'lea' && ops[0]?.kind === 'mem' && ops[0].base?.gpr === ESP && !ops[0].index && !ops[0].seg) {
    const v = ops[0].disp ? constValue(ops[0].disp) : 0n;
    return { depth: v === null ? UNKNOWN : d - Number(v), setsEbp: false };
  }
  if (f.op === 'mov' && isReg(ops[0], EBP)) return { depth: ebpDepth, setsEbp: false };
  return { depth: UNKNOWN, setsEbp: false };
}

/** Stack-derived registers after `insn` (effects `fx`; fp: %ebp is the frame pointer). */
function stepDerived(insn: Instruction, fx: Effects, m: number, fp: boolean): number {
  const f = insn.form;
  const ops = insn.operands;
  const stackish = (r: number): boolean => r === ESP || (fp && r === EBP) || (m & bit(r)) !== 0;
  let out = m & ~(fx.regKill | fx.regPartial);
  // A call returns with %eax, %ecx, %edx the callee's (a pointer it returns is no stack pointer
  // of ours, even when we passed it one).
  if (f.flow === 'call' || f.flow === 'icall') out &= ~CALL_CLOBBERED;
  const dst = ops[ops.length - 1];
  if (!dst || dst.kind !== 'reg' || dst.reg.cls !== 'r32') return out;
  const d = dst.reg.gpr;
  const src = ops[0];
  if (f.op === 'lea' && src?.kind === 'mem' && !src.seg && src.base && stackish(src.base.gpr) && !(src.index && stackish(src.index.gpr))) out |= bit(d);
  else if (f.op === 'mov' && src?.kind === 'reg' && src.reg.cls === 'r32' && stackish(src.reg.gpr)) out |= bit(d);
  else if ((f.op === 'add' || f.op === 'sub') && (m & bit(d)) && (src?.kind === 'imm' || (src?.kind === 'reg' && !stackish(src.reg.gpr)))) out |= bit(d);
  if (d === ESP || (fp && d === EBP)) out &= ~bit(d);
  return out;
}

export function stackFacts(cfg: Cfg): StackFacts {
  const n = cfg.nodes.length;
  const depth = new Int32Array(n).fill(UNKNOWN);
  const derived = new Int32Array(n);
  const ebpDepth = new Map<FunctionRange, number>();
  const tracked = new Set<FunctionRange>();
  const effectsOf = nodeEffects(cfg);
  const byFn = new Map<FunctionRange, number[]>();
  cfg.nodes.forEach((node, i) => {
    if (!node.fn) return;
    let l = byFn.get(node.fn);
    if (!l) byFn.set(node.fn, (l = []));
    l.push(i);
  });
  // Per-node state of the function being analysed, valid where stamp[i] is that function's
  // number (one allocation for all functions).
  const stamp = new Int32Array(n);
  const seenStamp = new Int32Array(n);
  const dIn = new Int32Array(n);
  const mIn = new Int32Array(n);
  let fnNo = 0;
  for (const [fn, idxs] of byFn) {
    const me = ++fnNo;
    // Entry: the first node of the function's own section at its label.
    const entry = idxs.find((i) => cfg.nodes[i]!.item >= fn.start && cfg.nodes[i]!.item < fn.end);
    if (entry === undefined) continue;
    stamp[entry] = me; dIn[entry] = 0; mIn[entry] = 0;
    let fpDepth = UNKNOWN;
    let ok = true;
    const work = [entry];
    while (work.length) {
      const i = work.pop()!;
      const node = cfg.nodes[i]!;
      const din = dIn[i]!;
      const min = mIn[i]!;
      depth[i] = din;
      derived[i] = min;
      seenStamp[i] = me;
      let dout = din, mout = min;
      if (node.insn) {
        const fx = effectsOf[i]!;
        const s = stepDepth(node.insn, fx, din, fpDepth);
        if (s.setsEbp) {
          const at = node.insn.form.op === 'enter' ? din + 4 : din;
          if (fpDepth !== UNKNOWN && fpDepth !== at) ok = false;
          fpDepth = at;
        }
        dout = s.depth;
        if (dout === UNKNOWN && (fx.regKill | fx.regPartial) & bit(ESP)) ok = false;
        mout = stepDerived(node.insn, fx, min, fn.framePointer);
      }
      for (const s of node.succ) {
        if (cfg.nodes[s]!.fn !== fn) continue;
        if (stamp[s] !== me) { stamp[s] = me; dIn[s] = dout; mIn[s] = mout; work.push(s); continue; }
        const pd = dIn[s]!, pm = mIn[s]!;
        const nd = pd === dout ? pd : UNKNOWN;
        const nm = pm & mout;
        if (nd !== pd || nm !== pm) {
          if (nd === UNKNOWN && pd !== UNKNOWN) ok = false;
          dIn[s] = nd; mIn[s] = nm; work.push(s);
        }
      }
    }
    // Nodes of the function never reached from its entry (e.g. `.cold` parts) keep UNKNOWN depth.
    for (const i of idxs) if (seenStamp[i] !== me) { derived[i] = 0; if (cfg.nodes[i]!.insn) ok = ok && !touchesStack(cfg.nodes[i]!.insn!); }
    ebpDepth.set(fn, fpDepth);
    if (ok) tracked.add(fn);
  }
  return { depth, derived, ebpDepth, tracked };
}

function touchesStack(insn: Instruction): boolean {
  return insn.operands.some((o) => o.kind === 'mem' && (o.base?.gpr === ESP || o.base?.gpr === EBP));
}

/**
 * The displacement to use for an %esp- or frame-pointer-relative operand once `pushed` bytes
 * were pushed at function entry: references into the caller's frame (at or above the entry stack
 * pointer: return address, arguments) move by `pushed`; the function's own frame moves with the
 * stack pointer and keeps its displacement.
 */
export function adjustedDisp(base: number, disp: number, depth: number, ebpDepth: number, pushed: number): number {
  const below = base === ESP ? depth : ebpDepth;
  return disp - below >= 0 ? disp + pushed : disp;
}
