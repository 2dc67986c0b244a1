// Callee-saved register reservation: a function whose sites would otherwise spill gets the
// callee-saved registers it never touches pushed once at entry and popped before each exit; every
// %esp-relative (and frame-pointer) reference into the caller's frame moves by 4 per push (the
// function's own frame moves with the stack pointer: stack.ts adjustedDisp).
//
//   f:  pushl %ebx                 # reserved: free scratch everywhere in f
//       ... 8(%esp) -> 12(%esp) ...   (caller's frame: moved past the push)
//       popl %ebx; ret

import type { FunctionRange } from '../../asm/functions.js';
import type { Instruction, SourceLoc } from '../../asm/ir.js';
import { EBP, EBX, EDI, ESI, ESP } from '../../isa/registers.js';
import type { CodeNode } from '../cfg.js';
import { emptyCounters } from '../counters.js';
import { bit, error, type Ctx } from '../context.js';
import { adjustedDisp, UNKNOWN } from '../stack.js';
import { constValue, copyInsn, Emitter, num, reg } from './ops.js';
import { siteNeed } from './needs.js';
import { candidates } from './scratch.js';

/**
 * For each function, how many callee-saved registers it never touches should be reserved so
 * that no site spills. Not done where the function writes %esp in a way that would lose the
 * pushes, or leaves by an indirect jump with unknown targets.
 */
export function planReservations(cx: Ctx): void {
  const byFn = new Map<FunctionRange, CodeNode[]>();
  cx.cfg.nodes.forEach((node) => {
    if (!node.fn || node.fn.synthetic) return;
    let l = byFn.get(node.fn);
    if (!l) byFn.set(node.fn, (l = []));
    l.push(node);
  });
  for (const [fn, nodes] of byFn) {
    let touched = 0;
    let ok = true;
    for (const node of nodes) {
      if (!node.insn) continue;
      const fx = cx.fxOf[cx.cfg.nodeOfItem[node.item]!]!;
      touched |= fx.regRead | fx.regKill | fx.regPartial;
      for (const o of node.insn.operands) if (o.kind === 'mem') touched |= (o.base ? bit(o.base.gpr) : 0) | (o.index ? bit(o.index.gpr) : 0);
      if (node.exit === 'unknown') ok = false;
      if ((fx.regKill | fx.regPartial) & bit(ESP) && !balancedEspWrite(node.insn)) ok = false;
    }
    if (!ok || !cx.stackf.tracked.has(fn)) continue;
    const untouched = [EBX, ESI, EDI, ...(fn.framePointer ? [] : [EBP])].filter((r) => !(touched & bit(r)));
    if (!untouched.length) continue;
    let deficit = 0;
    for (const node of nodes) {
      const need = siteNeed(cx, node);
      if (!need) continue;
      const n = cx.cfg.nodeOfItem[node.item]!;
      const { free } = candidates(cx, n, node.insn!, fn.framePointer, need.avoid, need.mi);
      deficit = Math.max(deficit, need.count - free.length);
    }
    const k = Math.min(deficit, untouched.length);
    if (k > 0) cx.plans.set(fn, { regs: untouched.slice(0, k), adjust: 4 * k });
  }
}

/** After a function's own label: push the registers reserved for it. */
export function entryPushes(cx: Ctx, name: string, loc: SourceLoc, section: string): void {
  const fn = cx.cfg.functions.find((f) => f.name === name && !f.synthetic);
  const plan = fn ? cx.plans.get(fn) : undefined;
  if (!fn || !plan) return;
  const em = new Emitter(cx.out, loc, section);
  for (const r of plan.regs) em.insn('pushl', reg(r));
  const c = cx.counters.get(fn.name) ?? emptyCounters();
  c.after += plan.regs.length;
  c.reserved += plan.regs.length;
  cx.counters.set(fn.name, c);
}

/** Before a function's exits (ret, tail jump): pop the registers reserved for it. */
export function exitPops(cx: Ctx, em: Emitter, node: CodeNode): void {
  const plan = node.fn ? cx.plans.get(node.fn) : undefined;
  if (plan && (node.exit === 'ret' || node.exit === 'tail')) {
    for (const r of [...plan.regs].reverse()) em.insn('popl', reg(r));
  }
}

/**
 * The instruction with its %esp / frame-pointer references into the caller's frame moved past
 * the entry pushes (the function's own frame moves with the stack pointer; see stack.ts).
 */
export function adjustForReservation(cx: Ctx, node: CodeNode, insn: Instruction): Instruction {
  const p = node.fn ? cx.plans.get(node.fn) : undefined;
  if (!p) return insn;
  const fp = node.fn!.framePointer;
  const n = cx.cfg.nodeOfItem[node.item]!;
  let changed = false;
  const operands = insn.operands.map((o) => {
    if (o.kind !== 'mem' || o.seg || !o.base || !(o.base.gpr === ESP || (fp && o.base.gpr === EBP))) return o;
    const nd = adjustDisp(cx, node, n, o.base.gpr, o.disp ? constValue(o.disp) : 0n);
    if (nd === null) return o;
    changed = true;
    return { ...o, disp: nd === 0n ? null : num(nd) };
  });
  return changed ? copyInsn(insn, { operands }) : insn;
}

/** New displacement of a stack reference at node n under the function's reservation, or null if unchanged. */
export function adjustDisp(cx: Ctx, node: CodeNode, n: number, base: number, disp: bigint | null): bigint | null {
  const p = node.fn ? cx.plans.get(node.fn) : undefined;
  if (!p || disp === null) return null;
  const depth = cx.stackf.depth[n]!;
  const ebpDepth = cx.stackf.ebpDepth.get(node.fn!) ?? UNKNOWN;
  if ((base === ESP && depth === UNKNOWN) || (base === EBP && ebpDepth === UNKNOWN)) {
    throw error(node.insn ?? { loc: { file: cx.program.file, line: 0, col: 0 } }, 'internal: stack depth unknown in a function with a reserved register');
  }
  const nd = BigInt(adjustedDisp(base, Number(disp), depth, ebpDepth, p.adjust));
  return nd === disp ? null : nd;
}

/** A write of %esp that keeps %esp-relative addresses consistent with pushes made at entry. */
export function balancedEspWrite(insn: Instruction): boolean {
  const op = insn.form.op;
  // Implicit pushes and pops (push/pop, call/ret, enter/leave, pushf, pusha ...) move %esp in step.
  if (insn.form.stackBytes) return true;
  const ops = insn.operands;
  const dst = ops[ops.length - 1];
  if (!dst || dst.kind !== 'reg' || dst.reg.gpr !== ESP) return true;
  const src = ops[0]!;
  if ((op === 'add' || op === 'sub') && src.kind === 'imm') return true;
  if (op === 'lea' && src.kind === 'mem' && src.base?.gpr === ESP && !src.index) return true;
  if (op === 'mov' && src.kind === 'reg' && src.reg.gpr === EBP) return true;
  return false;
}
