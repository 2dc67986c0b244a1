// Register and flag liveness over the file CFG (backward dataflow to a fixpoint). A live set packs
// the eight GPRs in bits 0..7 and EFLAGS bits (status flags and DF) shifted left by 8.
//
// ABI facts used (Linux i386, -mregparm=3): a call reads at most %eax, %edx, %ecx (arguments) —
// for a callee in this file, only those live at its entry (interprocedural, same fixpoint); for
// any call, only those that may hold a value written since function entry or since the previous
// call (a compiler never passes a register a call just clobbered) — and clobbers them and the
// status flags; `ret` reads %eax/%edx (results) and the callee-saved %ebx, %esi,
// %edi, %ebp (the caller's values); an indirect jump with unknown targets keeps everything live.
// Interprocedural register allocation (gcc -fipa-ra, on at -O2): a caller in this file knows which
// call-clobbered registers a callee in this file leaves alone and keeps values in them across the
// call, so whatever is live after a direct call to a function of this file is live at its returns.

import { DF, STATUS } from '../isa/flags.js';
import { EAX, EBP, EBX, ECX, EDI, EDX, ESI, ESP } from '../isa/registers.js';
import { nodeEffects, packPreds, predecessors, type Cfg } from './cfg.js';

export const FLAG_SHIFT = 8;
export const ALL_FLAGS = (STATUS | DF) << FLAG_SHIFT;
export const ALL_REGS = 0xff;

const bit = (r: number): number => 1 << r;
const ARG_REGS = bit(EAX) | bit(EDX) | bit(ECX);
const CALLEE_SAVED = bit(EBX) | bit(ESI) | bit(EDI) | bit(EBP) | bit(ESP);
const RET_LIVE = bit(EAX) | bit(EDX) | CALLEE_SAVED;
const TAIL_LIVE = ARG_REGS | CALLEE_SAVED;

export interface Liveness {
  /** Live set before each node. */
  readonly liveIn: Int32Array;
  /** Live set after each node. */
  readonly liveOut: Int32Array;
  /** Per node: registers/flags read (use) and certainly overwritten (def). */
  readonly use: Int32Array;
  readonly def: Int32Array;
}

/**
 * Forward may-analysis: which argument registers may hold a value the code wrote (or received at
 * function entry) at each node. A call leaves only %eax/%edx (its results).
 */
function meaningfulArgs(cfg: Cfg): Int32Array {
  const n = cfg.nodes.length;
  const mIn = new Int32Array(n);
  const { start: pStart, list: pList } = predecessors(cfg);
  const effectsOf = nodeEffects(cfg);
  const entry = new Uint8Array(n);
  for (const f of cfg.functions) {
    for (let it = f.start; it < f.end; it++) {
      const k = cfg.nodeOfItem[it]!;
      if (k >= 0) { entry[k] = 1; break; }
    }
  }
  const out = new Int32Array(n);
  const transfer = (i: number, m: number): number => {
    const insn = cfg.nodes[i]!.insn;
    if (!insn) return m;
    const flow = insn.form.flow;
    if (flow === 'call' || flow === 'icall') return bit(EAX) | bit(EDX);
    const fx = effectsOf[i]!;
    return m | ((fx.regKill | fx.regPartial) & ARG_REGS);
  };
  const work: number[] = [];
  const inList = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    mIn[i] = entry[i] || pStart[i] === pStart[i + 1] ? ARG_REGS : 0;
    out[i] = transfer(i, mIn[i]!);
    work.push(i);
    inList[i] = 1;
  }
  while (work.length) {
    const i = work.pop()!;
    inList[i] = 0;
    let m = entry[i] || pStart[i] === pStart[i + 1] ? ARG_REGS : 0;
    for (let k = pStart[i]!; k < pStart[i + 1]!; k++) m |= out[pList[k]!]!;
    mIn[i] = m;
    const o = transfer(i, m);
    if (o !== out[i]) {
      out[i] = o;
      for (const s of cfg.nodes[i]!.succ) if (!inList[s]) { inList[s] = 1; work.push(s); }
    }
  }
  return mIn;
}

export function computeLiveness(cfg: Cfg): Liveness {
  const n = cfg.nodes.length;
  const meaningful = meaningfulArgs(cfg);
  const effectsOf = nodeEffects(cfg);
  const use = new Int32Array(n);
  const def = new Int32Array(n);
  const exitLive = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const node = cfg.nodes[i]!;
    const insn = node.insn;
    if (!insn) continue;
    const fx = effectsOf[i]!;
    let u = fx.regRead | (fx.flagsRead << FLAG_SHIFT);
    let d = fx.regKill | (fx.flagsKill << FLAG_SHIFT);
    const flow = insn.form.flow;
    if (flow === 'call' || flow === 'icall') {
      if (node.callee < 0) u |= ARG_REGS & meaningful[i]!;
      d |= ARG_REGS | (STATUS << FLAG_SHIFT);
      // Registers read to compute an indirect target stay uses (effects() has them).
    }
    use[i] = u;
    def[i] = d;
    switch (node.exit) {
      case 'ret': exitLive[i] = RET_LIVE; break;
      case 'tail': exitLive[i] = TAIL_LIVE; break;
      case 'unknown': exitLive[i] = ALL_REGS | ALL_FLAGS; break;
    }
  }
  // Returns of each function called directly in this file, per call node (for -fipa-ra above).
  const retsOf = new Map<unknown, number[]>();
  for (let i = 0; i < n; i++) {
    const node = cfg.nodes[i]!;
    if (node.exit !== 'ret' || !node.fn) continue;
    let l = retsOf.get(node.fn);
    if (!l) retsOf.set(node.fn, (l = []));
    l.push(i);
  }
  const calleeRets: (number[] | undefined)[] = cfg.nodes.map((node) => (node.callee >= 0 ? retsOf.get(cfg.nodes[node.callee]!.fn) : undefined));
  const callFrom: number[] = [], callTo: number[] = [];
  calleeRets.forEach((rets, c) => { if (rets) for (const r of rets) { callFrom.push(c); callTo.push(r); } });
  const callersOf = packPreds(n, callFrom, callTo);
  const liveIn = new Int32Array(n);
  const liveOut = new Int32Array(n);
  // Predecessor lists for the worklist; call sites depend on their callee's entry too.
  const edgeFrom: number[] = [], edgeTo: number[] = [];
  cfg.nodes.forEach((node, i) => {
    for (const s of node.succ) { edgeFrom.push(i); edgeTo.push(s); }
    if (node.callee >= 0) { edgeFrom.push(i); edgeTo.push(node.callee); }
  });
  const { start: qStart, list: qList } = packPreds(n, edgeFrom, edgeTo);
  const inList = new Uint8Array(n).fill(1);
  const work: number[] = [];
  for (let i = 0; i < n; i++) work.push(i);
  while (work.length) {
    const i = work.pop()!;
    inList[i] = 0;
    let out = exitLive[i]!;
    for (const s of cfg.nodes[i]!.succ) out |= liveIn[s]!;
    for (let k = callersOf.start[i]!; k < callersOf.start[i + 1]!; k++) out |= liveOut[callersOf.list[k]!]! & ALL_REGS;
    if (out !== liveOut[i]) {
      // Returns of the callee see what is live after this call.
      for (const r of calleeRets[i] ?? []) if (!inList[r]) { inList[r] = 1; work.push(r); }
    }
    liveOut[i] = out;
    const callee = cfg.nodes[i]!.callee;
    const argUse = callee >= 0 ? liveIn[callee]! & ARG_REGS & meaningful[i]! : 0;
    const inn = (out & ~def[i]!) | use[i]! | argUse;
    if (inn !== liveIn[i]) {
      liveIn[i] = inn;
      for (let k = qStart[i]!; k < qStart[i + 1]!; k++) { const p = qList[k]!; if (!inList[p]) { inList[p] = 1; work.push(p); } }
    }
  }
  return { liveIn, liveOut, use, def };
}
