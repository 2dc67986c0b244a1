// Variable stack frames (alloca, VLAs, `andl $-N,%esp` realignment for u64/aligned locals): where
// the stack pointer is not known to be a checked stack address when code uses it.
//
// The verifier's model (analysis/stack-ops.ts): %esp is an exact offset from an ORIGIN that is a
// stack address — the frame's entry %esp, or a value checked against [__svm_stack_lo,
// __svm_stack_hi). %esp never holds anything else: a write of %esp by a variable amount
// (`subl %eax,%esp`, `andl $-16,%esp`, `movl -16(%ebp),%esp`, `movl %ebx,%esp`) is rewritten to
// compute the new value in a register, check it, and only then move it to %esp (sites/frame.ts),
// which starts a frame at that origin. A join of paths whose %esp differ in origin or offset (a
// VLA loop's header: the first iteration's frame and the back edge's restored one) leaves %esp
// UNCHECKED: a stack address on every path, but of no known frame. Unchecked, %esp may be copied
// (`movl %esp,%esi`) but not used: no push, pop, call, ret, %esp-relative access, constant
// adjustment, nor any inserted sequence that might push (spills, flag saves, string and indirect
// sites). This analysis mirrors that model over the original code, per function, and says where
// a check of %esp itself must go: before the first use of an unchecked %esp. Its answer may only
// err towards more checks (a check of a %esp the verifier already knows costs four instructions
// and proves nothing new).
//
// State per node: the origin (-1: the function's entry %esp; n >= 0: the check at or before node
// n; UNCHECKED) and the offset from it; joins keep a state only when both sides agree.

import type { Instruction } from '../asm/ir.js';
import { constValue } from '../asm/expr.js';
import { EBP, ESP } from '../isa/registers.js';
import type { Effects } from '../isa/effects.js';
import { nodeEffects, type Cfg } from './cfg.js';
import { UNKNOWN, stepDepth, type StackFacts } from './stack.js';

export const ENTRY = -1;
export const UNCHECKED = -2;
const UNSEEN = -3;

export interface FrameFacts {
  /** Per node: a check of %esp goes before it (it uses an unchecked %esp). */
  readonly checkBefore: Uint8Array;
  /** Functions with a variable write of %esp (their frames need these checks). */
  readonly variable: ReadonlySet<string>;
}

const bit = (r: number): number => 1 << r;

/** A write of %esp the verifier follows exactly (given %ebp is the frame pointer where fp). */
export function exactEspWrite(insn: Instruction, fp: boolean): boolean {
  const f = insn.form;
  const ops = insn.operands;
  if (f.op === 'leave') return fp;
  if (f.stackBytes && f.op !== 'leave') return true;
  const dst = ops[ops.length - 1];
  if (!dst || dst.kind !== 'reg' || dst.reg.gpr !== ESP) return true; // writes %esp only implicitly
  const src = ops[0]!;
  if ((f.op === 'add' || f.op === 'sub') && src.kind === 'imm' && src.constValue !== null) return true;
  if (f.op === 'lea' && src.kind === 'mem' && !src.index && !src.seg && src.base && (src.base.gpr === ESP || (fp && src.base.gpr === EBP)) &&
    (!src.disp || constValue(src.disp) !== null)) return true;
  if (f.op === 'mov' && fp && src.kind === 'reg' && src.reg.gpr === EBP) return true;
  return false;
}

/**
 * Whether the instruction's rewritten form may use %esp as a stack address: implicit stack
 * operations, %esp-based memory operands, constant adjustments of %esp, and every instruction
 * the rewriter inserts a sequence for (which may spill or save flags on the stack). A plain copy
 * of %esp (`movl %esp,%esi`, `leal 15(%esp),%esi`) is no use.
 */
export function usesEsp(insn: Instruction, fx: Effects, hasSite: boolean, fp: boolean): boolean {
  if (hasSite) return true;
  // A variable write is rewritten with a check that may save flags or borrow a register on the stack.
  if ((fx.regKill | fx.regPartial) & bit(ESP) && !exactEspWrite(insn, fp)) return true;
  const f = insn.form;
  if (f.stackBytes || f.flow === 'call' || f.flow === 'icall' || f.flow === 'ret' || f.flow === 'ijmp') return true;
  if (f.implicitMem === 'string' || f.privilege) return true;
  for (const o of insn.operands) if (o.kind === 'mem' && (o.base?.gpr === ESP || o.index?.gpr === ESP)) return true;
  const dst = insn.operands[insn.operands.length - 1];
  if (dst && dst.kind === 'reg' && dst.reg.gpr === ESP) {
    // A constant adjustment or an %esp-relative lea is relative to the current %esp.
    const src = insn.operands[0];
    return (f.op === 'add' || f.op === 'sub') && src?.kind === 'imm' || (f.op === 'lea' && src?.kind === 'mem' && src.base?.gpr === ESP);
  }
  return false;
}

/**
 * `hasSite(n)`: the rewriter inserts a sequence at node n. Only functions that write %esp by a
 * variable amount are analysed (elsewhere %esp is the entry's plus constants: nothing to check).
 */
export function frameFacts(cfg: Cfg, stackf: StackFacts, hasSite: (n: number) => boolean): FrameFacts {
  const n = cfg.nodes.length;
  const checkBefore = new Uint8Array(n);
  const variable = new Set<string>();
  const fxs = nodeEffects(cfg);
  for (let i = 0; i < n; i++) {
    const node = cfg.nodes[i]!;
    const fx = fxs[i];
    if (!node.insn || !node.fn || !fx || !((fx.regKill | fx.regPartial) & bit(ESP))) continue;
    if (!exactEspWrite(node.insn, node.fn.framePointer)) variable.add(node.fn.name);
  }
  if (!variable.size) return { checkBefore, variable };
  const origin = new Int32Array(n).fill(UNSEEN);
  const depth = new Int32Array(n);
  const entered = new Uint8Array(n);
  for (let i = 0; i < n; i++) for (const s of cfg.nodes[i]!.succ) entered[s] = 1;
  const work: number[] = [];
  const starts = new Set(cfg.functions.map((f) => f.start));
  for (let i = 0; i < n; i++) {
    const node = cfg.nodes[i]!;
    if (!node.fn || !variable.has(node.fn.name)) continue;
    // Roots: the function's entry, and code nothing flows into (analysed from depth 0).
    const prevLabel = node.item > 0 && starts.has(node.item - 1);
    if (!entered[i] || prevLabel) { origin[i] = ENTRY; depth[i] = 0; work.push(i); }
  }
  const flowTo = (s: number, o: number, d: number): void => {
    if (origin[s] === UNSEEN) { origin[s] = o; depth[s] = d; work.push(s); return; }
    if (origin[s] === UNCHECKED || (origin[s] === o && depth[s] === d)) return;
    origin[s] = UNCHECKED;
    work.push(s);
  };
  while (work.length) {
    const i = work.pop()!;
    const node = cfg.nodes[i]!;
    let o = origin[i]!, d = depth[i]!;
    const insn = node.insn;
    const fx = fxs[i];
    if (insn && fx) {
      if (o === UNCHECKED && usesEsp(insn, fx, hasSite(i), node.fn!.framePointer)) { checkBefore[i] = 1; o = i; d = 0; }
      if ((fx.regKill | fx.regPartial) & bit(ESP)) {
        const fp = node.fn!.framePointer;
        // A variable write: checked before it is made (sites/frame.ts), a frame starts there.
        if (!exactEspWrite(insn, fp)) { o = i; d = 0; }
        else {
          const ebpDepth = stackf.ebpDepth.get(node.fn!) ?? UNKNOWN;
          const fromEbp = insn.form.op === 'leave' || (insn.operands[0]?.kind === 'reg' && insn.operands[0].reg.gpr === EBP) ||
            (insn.form.op === 'lea' && insn.operands[0]?.kind === 'mem' && insn.operands[0].base?.gpr === EBP);
          if (fromEbp) {
            const src = insn.operands[0];
            const k = insn.form.op === 'lea' && src?.kind === 'mem' && src.disp ? Number(constValue(src.disp)) : 0;
            const nd = ebpDepth === UNKNOWN ? UNKNOWN : insn.form.op === 'leave' ? ebpDepth - insn.form.stackBytes : ebpDepth - k;
            if (nd === UNKNOWN) { o = UNCHECKED; d = 0; } else { o = ENTRY; d = nd; }
          } else if (o !== UNCHECKED) {
            const s = stepDepth(insn, fx, d, ebpDepth);
            if (s.depth === UNKNOWN) { o = UNCHECKED; d = 0; } else d = s.depth;
          }
        }
      }
    }
    for (const s of node.succ) if (cfg.nodes[s]!.fn === node.fn) flowTo(s, o, d);
  }
  return { checkBefore, variable };
}
