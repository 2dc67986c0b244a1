// Indirect calls and jumps (thesis §4.3.1 "Indirect calls"): function pointers in shared data hold
// VM-instance code addresses; the target is checked and moved to this instance's text, or handed
// to the runtime (stlb_call) for kernel routines. With no register free at the site, the checked
// target goes through a stack slot and `ret` (the trampoline).

import type { Instruction, MemOperand } from '../../asm/ir.js';
import { classifyMem } from '../../asm/memref.js';
import { EBP, ESP } from '../../isa/registers.js';
import { STUB_SECTION, SYM } from '../../svm-runtime/abi.js';
import type { Item } from '../../asm/ir.js';
import type { Counters } from '../counters.js';
import { bit, error, isStackBased, type Ctx } from '../context.js';
import type { Fact } from '../remat.js';
import { fastPath, lea, segmentBase, stackBounds } from './access.js';
import { absMem, addConst, constValue, Emitter, imm, indirect, mem, reg, sym, target } from './ops.js';
import { UNKNOWN } from '../stack.js';
import { siteNeed } from './needs.js';
import { returnSite } from './returns.js';
import { candidates, emitReloads, scratch, SCRATCH_ORDER } from './scratch.js';
import { markPrecise } from './tables.js';
import { tableTarget } from './table.js';

/**
 * call/jmp through a register or memory: the target (a VM-instance code address) is checked and
 * moved to this instance's text, or handed to the runtime for kernel routines:
 *   <target into %rt>; subl $__svm_vm_text,%rt; cmpl $__svm_text_size,%rt; jae X;
 *   btl %rt,__svm_targets; jnc B; addl $__svm_inst_text,%rt; .Lsvm_kN: call *%rt
 */
export function indirectTransfer(cx: Ctx, em: Emitter, n: number, insn: Instruction, held: number[], c: Counters): void {
  const fp = cx.fp(n);
  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  const op = insn.operands[0]!;
  const isCall = insn.form.flow === 'icall';
  let rt: number;
  const need = siteNeed(cx, cx.node(n))!;
  const avail = candidates(cx, n, insn, fp, need.avoid, need.mi);
  if (avail.free.length + avail.remat.length < need.count) {
    indirectViaStack(cx, em, n, insn, held, c, id, siteLabel);
    return;
  }
  let reloads: Array<{ r: number; fact: Fact }> = [];
  // A jump's live flags are saved before the target is fetched (its translation writes flags);
  // an %esp-relative operand is then one word further up.
  const saveFlags = !isCall && cx.flagsLive(n);
  const fw = saveFlags ? 1 : 0;
  if (op.kind === 'reg') {
    const s1 = scratch(cx, n, insn, 1, fp, 0, -1);
    reloads = s1.reload;
    rt = s1.regs[0]!;
    em.insn('movl', reg(op.reg.gpr), reg(rt));
  } else if (op.kind === 'mem') {
    const m = op;
    const cls = classifyMem(m, fp, cx.guard);
    const s2 = scratch(cx, n, insn, need.count, fp, need.avoid, 0);
    reloads = s2.reload;
    const regs = s2.regs;
    rt = regs[0]!;
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    if (cls === 'stack') {
      em.insn('movl', { ...m, indirect: false, disp: m.base?.gpr === ESP && fw ? addConst(m.disp, 4) : m.disp }, reg(rt));
      c.stackExempt++;
    } else if (isStackBased(m, fp)) {
      const fid = cx.newId();
      lea(em, m, rt, fw);
      stackBounds(cx, em, rt, fid, siteLabel);
      em.insn('movl', mem({ base: rt }), reg(rt));
      c.stackChecked++;
    } else if (cx.opts.svm === 'table') {
      c.insertedForAccesses += tableTarget(em, m, rt, regs[1] ?? null, fw);
      c.translated++;
    } else {
      const r2 = regs[1]!;
      const before = em.count;
      lea(em, m, rt, fw);
      segmentBase(em, m, rt);
      const tid = cx.newId();
      fastPath(cx, em, tid, siteLabel, rt, r2);
      c.insertedForAccesses += em.count - before;
      c.translated++;
      em.insn('movl', mem({ base: rt }), reg(rt));
    }
  } else {
    throw error(insn, `unexpected operand for '${insn.mnemonic}'`);
  }
  if (saveFlags && op.kind === 'reg') { em.insn('pushfl'); c.flagSaves++; }
  targetCheck(cx, em, id, siteLabel, rt);
  if (saveFlags) em.insn('popfl');
  markPrecise(cx, em, held);
  em.reuse(insn, [indirect(reg(rt))]);
  if (isCall) returnSite(cx, em, n, c);
  emitReloads(cx, em, cx.node(n), reloads, c);
}

/**
 * Checks the VM-instance code address in %rt and turns it into this instance's: module text at a
 * valid target offset -> this instance's copy; outside the text -> the runtime (kernel routine
 * or upcall stub, or abort); inside the text at a non-target -> abort.
 */
function targetCheck(cx: Ctx, em: Emitter, id: number, siteLabel: string, rt: number): void {
  em.insn('subl', imm(sym(SYM.vmText)), reg(rt));
  em.insn('cmpl', imm(sym(SYM.textSize)), reg(rt));
  em.insn('jae', target(`.Lsvm_x${id}`));
  em.insn('btl', reg(rt), absMem(SYM.targets));
  em.insn('jnc', target(`.Lsvm_b${id}`));
  em.insn('addl', imm(sym(SYM.instText)), reg(rt));
  em.label(`.Lsvm_k${id}`);
  const st = new Emitter(cx.stubs, em.loc, STUB_SECTION);
  st.label(`.Lsvm_x${id}`);
  st.insn('addl', imm(sym(SYM.vmText)), reg(rt));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(rt));
  st.insn('call', target(SYM.callXlate));
  st.insn('popl', reg(rt));
  st.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
  st.insn('jmp', target(`.Lsvm_k${id}`));
  st.label(`.Lsvm_b${id}`);
  st.insn('addl', imm(sym(SYM.vmText)), reg(rt));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(rt));
  st.insn('call', target(SYM.badTarget));
}

/**
 * Indirect transfer when no register is free at the site (all may hold arguments or live
 * values, and a spill push would move the callee's stack arguments). The checked target goes to
 * a stack slot and `ret` jumps to it. For a call, a PC-relative `call` into a trampoline pushes
 * this instance's return address (no absolute code address is needed: absolute code
 * relocations always resolve to the VM instance, see the loader):
 *   call .Lsvm_cN                          # inline; execution resumes after it
 * .Lsvm_cN:                                # in the stub section
 *   leal -4(%esp),%esp                     target slot, below the return address
 *   pushl %ra [; pushl %rb]                spills
 *   <target into %ra>; <target check>; movl %ra, slot
 *   popl spills; ret                       -> target, with the return address on top
 * An indirect jump does the same inline, without the call.
 */
function indirectViaStack(cx: Ctx, em: Emitter, n: number, insn: Instruction, held: number[], c: Counters, id: number, siteLabel: string): void {
  const fp = cx.fp(n);
  const op = insn.operands[0]!;
  const isCall = insn.form.flow === 'icall';
  const need = siteNeed(cx, cx.node(n))!;
  const { free } = candidates(cx, n, insn, fp, need.avoid, need.mi);
  const usable = SCRATCH_ORDER.filter((r) => r !== ESP && !(fp && r === EBP) && !(need.avoid & bit(r)));
  // In the trampoline nothing of the caller is live but what the call reads: still borrow only
  // registers that are free at the site, spill the rest.
  const regs = [...free, ...usable.filter((r) => !free.includes(r))].slice(0, need.count);
  const spills = regs.filter((r) => !free.includes(r));
  const [ra, rb] = regs as [number, number | undefined];
  markPrecise(cx, em, held);
  let body = em;
  // The trampoline is built apart: the checks it contains add their own stubs meanwhile.
  const trampoline: Item[] = [];
  if (isCall) {
    em.insn('call', target(`.Lsvm_c${id}`));
    returnSite(cx, em, n, c);
    body = new Emitter(trampoline, em.loc, STUB_SECTION);
    body.label(`.Lsvm_c${id}`);
  }
  body.insn('leal', mem({ base: ESP, disp: -4 }), reg(ESP));
  for (const r of spills) body.insn('pushl', reg(r));
  c.spills += spills.length;
  if (spills.length) c.spillSites++;
  // A jump's live flags are saved before the target is fetched (its translation writes flags).
  const saveFlags = !isCall && cx.flagsLive(n);
  if (saveFlags) { body.insn('pushfl'); c.flagSaves++; }
  const words = (isCall ? 1 : 0) + 1 + spills.length + (saveFlags ? 1 : 0);
  if (op.kind === 'reg') {
    // %ra is written only now: the target register still holds its value (pushed or not).
    body.insn('movl', reg(op.reg.gpr), reg(ra));
  } else {
    const m = op as MemOperand;
    const cls = classifyMem(m, fp, cx.guard);
    // `leal M,%ra` reads M's registers (still intact after the pushes) before %ra changes.
    if (cls === 'stack') {
      // In the trampoline (a frame of its own for the verifier) a slot of the caller's frame is
      // reached from %esp: the caller's %ebp is not a known stack address there.
      //   call *12(%ebp)  ->  ... .Lsvm_cN: leal -4(%esp),%esp; movl X(%esp),%ra ...
      //   with X = 12 + 4*words + (depth at the call - depth where %ebp was set)
      lea(body, isCall && m.base?.gpr === EBP ? callerSlotFromEsp(cx, n, insn, m) : m, ra, words);
      body.insn('movl', mem({ base: ra }), reg(ra));
      c.stackExempt++;
    } else if (isStackBased(m, fp)) {
      throw error(insn, `stack-indexed indirect target with no free register in '${insn.mnemonic}'`);
    } else if (cx.opts.svm === 'table') {
      c.insertedForAccesses += tableTarget(body, m, ra, rb ?? null, words);
      c.translated++;
    } else {
      const before = body.count;
      lea(body, m, ra, words);
      segmentBase(body, m, ra);
      fastPath(cx, body, cx.newId(), siteLabel, ra, rb!);
      c.insertedForAccesses += body.count - before;
      c.translated++;
      body.insn('movl', mem({ base: ra }), reg(ra));
    }
  }
  targetCheck(cx, body, id, siteLabel, ra);
  if (saveFlags) body.insn('popfl');
  body.insn('movl', reg(ra), mem({ base: ESP, disp: 4 * spills.length || null }));
  for (const r of [...spills].reverse()) body.insn('popl', reg(r));
  body.insn('ret');
  for (const it of trampoline) cx.stubs.push(it);
}

/** disp(%ebp) of the caller, as an %esp-relative operand at the call (before the trampoline's words). */
function callerSlotFromEsp(cx: Ctx, n: number, insn: Instruction, m: MemOperand): MemOperand {
  const node = cx.node(n);
  const depth = cx.stackf.depth[n]!;
  const ebpDepth = node.fn ? cx.stackf.ebpDepth.get(node.fn) ?? UNKNOWN : UNKNOWN;
  if (depth === UNKNOWN || ebpDepth === UNKNOWN) {
    throw error(insn, `indirect call through a frame slot with no free register, where the frame's depth is not known (the trampoline reaches the slot from %esp)`);
  }
  const disp = m.disp ? Number(constValue(m.disp)) : 0;
  return mem({ base: ESP, disp: disp + depth - ebpDepth });
}
