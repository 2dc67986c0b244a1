// Explicit memory operands (abi.ts): the stlb fast path and the original instruction on the
// translated address; push/pop of memory when two registers must be spilled; stack-indexed
// operands bounds-checked against the current driver stack.

import type { Instruction, MemOperand, Operand, RegOperand } from '../../asm/ir.js';
import { insnEffects } from '../../isa/effects.js';
import { EBP, ESP, gprOfSize } from '../../isa/registers.js';
import { STUB_SECTION, SYM } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { bit, error, memOperandIndex, type Ctx } from '../context.js';
import { absMem, addConst, Emitter, imm, mem, num, reg, sym, target } from './ops.js';
import { addrKey, addrRegs, findReuse, lowestDisp } from './reuse.js';
import { candidates, countSpills, emitReloads, popSpills, pushSpills, scratch, SCRATCH_ORDER } from './scratch.js';
import { markPrecise } from './tables.js';
import { tableTranslated } from './table.js';

/**
 * Translates the address in r1 (dom0 terms) into r1 (this instance's mapping), with r2 as scratch:
 *   movl %r1,%r2; shrl $9,%r2; andl $0x7ff8,%r2; xorl __svm_stlb(%r2),%r1;
 *   cmpl $0xfff,%r1; ja .Lsvm_mN; addl __svm_stlb+4(%r2),%r1; .Lsvm_kN:
 */
export function fastPath(cx: Ctx, em: Emitter, id: number, siteLabel: string, r1: number, r2: number): void {
  em.insn('movl', reg(r1), reg(r2));
  em.insn('shrl', imm(9), reg(r2));
  em.insn('andl', imm(0x7ff8), reg(r2));
  em.insn('xorl', absMem(SYM.stlb, 0, r2), reg(r1));
  em.insn('cmpl', imm(0xfff), reg(r1));
  em.insn('ja', target(`.Lsvm_m${id}`));
  em.insn('addl', absMem(SYM.stlb, 4, r2), reg(r1));
  em.label(`.Lsvm_k${id}`);
  // Slow stub: recover va, ask the runtime, resume.
  const st = new Emitter(cx.stubs, em.loc, STUB_SECTION);
  st.label(`.Lsvm_m${id}`);
  st.insn('xorl', absMem(SYM.stlb, 0, r2), reg(r1));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(r1));
  st.insn('call', target(SYM.slow));
  st.insn('popl', reg(r1));
  st.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
  st.insn('jmp', target(`.Lsvm_k${id}`));
}

/** `leal M, %r1` for a memory operand, with %esp displacement corrected for `pushed` words. */
export function lea(em: Emitter, m: MemOperand, r1: number, pushed: number, extra = 0): void {
  let disp = m.disp;
  const adj = (m.base?.gpr === ESP ? 4 * pushed : 0) + extra;
  if (adj) disp = addConst(disp, adj);
  em.insn('leal', { ...m, seg: null, disp, indirect: false }, reg(r1));
}

/** Adds the dom0 base of a %fs/%gs override (per-cpu data) to the address in r1. */
export function segmentBase(em: Emitter, m: MemOperand, r1: number): void {
  if (!m.seg) return;
  if (m.seg.name === 'fs') em.insn('addl', absMem(SYM.fsBase), reg(r1));
  else if (m.seg.name === 'gs') em.insn('addl', absMem(SYM.gsBase), reg(r1));
  else if (m.seg.name !== 'ds' && m.seg.name !== 'ss' && m.seg.name !== 'es') {
    throw error(em, `segment override %${m.seg.name} is not supported`);
  }
}

/** Bytes one access of the instruction's memory operand touches. */
export function accessBytesOf(insn: Instruction): number {
  return Math.max(1, (insn.form.operands.find((s) => s.kind === 'rm' || s.kind === 'mem' || s.kind === 'moffs')?.size ?? 32) / 8);
}

/** Plain memory operand: stlb translation, then the instruction on the translated address. */
export function translated(cx: Ctx, em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters): void {
  const form = insn.form;
  const m = insn.operands[mi] as MemOperand;
  const accessBytes = accessBytesOf(insn);
  const fp = cx.fp(n);
  const stackOp = form.implicitMem === 'push' || form.implicitMem === 'pop';
  const bitBase = form.bitBase && insn.operands[0]?.kind === 'reg';
  if (cx.opts.svm === 'table' && !bitBase && !stackOp) { tableTranslated(cx, em, n, insn, mi, held, c, accessBytes); return; }

  // Reuse an earlier translation of the same base in this block.
  const reuse = !bitBase && !stackOp ? findReuse(cx, m, accessBytes * 8) : null;
  if (reuse) {
    markPrecise(cx, em, held);
    const ops = insn.operands.map((o, i) => (i === mi ? mem({ base: reuse.treg, disp: reuse.disp === 0n ? null : num(reuse.disp) }) : o));
    em.reuse(insn, ops);
    c.reused++;
    return;
  }

  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  const keep = !bitBase && !stackOp && addrKey(m) !== null;
  const { regs, spilled, reload } = scratch(cx, n, insn, 2, fp, 0, mi, keep);
  const [r1, r2] = regs as [number, number];
  if (stackOp && spilled.length) {
    stackOpViaSpills(cx, em, n, insn, m, held, c, id, siteLabel);
    return;
  }
  const before = em.count;
  pushSpills(em, spilled);
  // The address parts, and the displacement actually translated (lower when a later access in
  // the block needs it: see lowestDisp); the access itself is then at low(%r1), 0 <= low.
  const key = keep && !spilled.length ? addrKey(m) : null;
  const tdisp = key ? lowestDisp(cx, n, key, accessBytes) : null;
  const low = key && tdisp !== null ? key.disp - tdisp : 0n;
  // pop M computes its address after %esp has moved up by 4.
  lea(em, m, r1, spilled.length, (form.op === 'pop' && m.base?.gpr === ESP ? 4 : 0) - Number(low));
  const saveFlags = cx.flagsLive(n);
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  segmentBase(em, m, r1);
  if (bitBase) {
    // bt* with a register bit offset reaches base + (size/8) * (offset >> log2(size)) (signed).
    const off = (insn.operands[0] as RegOperand).reg;
    const sh = off.size === 16 ? 4 : 5;
    if (off.size === 16) em.insn('movswl', reg(gprOfSize(16, off.gpr)), reg(r2));
    else em.insn('movl', reg(off.gpr), reg(r2));
    em.insn('sarl', imm(sh), reg(r2));
    em.insn('leal', mem({ base: r1, index: r2, scale: off.size / 8 }), reg(r1));
  }
  fastPath(cx, em, id, siteLabel, r1, r2);
  let ops: Operand[] = insn.operands.map((o, i) => (i === mi ? mem({ base: r1, disp: low === 0n ? null : num(low) }) : o));
  if (bitBase) {
    const off = (insn.operands[0] as RegOperand).reg;
    em.insn('movl', reg(off.gpr), reg(r2));
    em.insn('andl', imm(off.size - 1), reg(r2));
    ops = ops.map((o, i) => (i === 0 ? reg(gprOfSize(off.size, r2)) : o));
  }
  if (saveFlags) em.insn('popfl');
  const inserted = em.count - before;
  markPrecise(cx, em, held);
  em.reuse(insn, ops);
  popSpills(em, spilled);
  // A borrowed register is reloaded when the original code needs it (settle), not here.
  emitReloads(cx, em, cx.node(n), reload, c, true);
  c.translated++;
  countSpills(c, spilled);
  c.insertedForAccesses += inserted + spilled.length;
  c.insertedAccessSaves += 2 * spilled.length + (saveFlags ? 2 : 0);
  // The translation of the address (at tdisp) stays in r1 while neither r1 nor a register of
  // the address is redefined (and r1 was free: not spilled, not reloaded).
  if (key && tdisp !== null) {
    const writes = insnEffects(insn);
    if (!((writes.regKill | writes.regPartial) & (bit(r1) | addrRegs(key))) && !(addrRegs(key) & bit(r1))) {
      cx.avail.push({ ...key, treg: r1, disp: tdisp });
    }
  }
}

/**
 * push M / pop M when two registers must be spilled: the instruction's own stack slot stays
 * where it belongs (spills go below it) and the data moves through the scratch register.
 *   push M:  leal -4(%esp),%esp; pushl %ra; pushl %rb; <translate M>; movl (%ra),%ra;
 *            movl %ra,8(%esp); popl %rb; popl %ra
 *   pop M:   pushl %ra; pushl %rb; <translate M as after the pop>; movl 8(%esp),%rb;
 *            movl %rb,(%ra); popl %rb; popl %ra; leal 4(%esp),%esp
 */
function stackOpViaSpills(cx: Ctx, em: Emitter, n: number, insn: Instruction, m: MemOperand, held: number[], c: Counters, id: number, siteLabel: string): void {
  const fp = cx.fp(n);
  const isPush = insn.form.op === 'push';
  if (insn.form.size !== 32) throw error(insn, `16-bit '${insn.mnemonic}' with a memory operand and no free register is not supported`);
  const { free } = candidates(cx, n, insn, fp, 0, memOperandIndex(insn));
  const usable = SCRATCH_ORDER.filter((r) => r !== ESP && !(fp && r === EBP));
  const regs = [...free, ...usable.filter((r) => !free.includes(r))].slice(0, 2) as [number, number];
  const spills = regs.filter((r) => !free.includes(r));
  const [ra, rb] = regs;
  markPrecise(cx, em, held);
  const before = em.count;
  if (isPush) em.insn('leal', mem({ base: ESP, disp: -4 }), reg(ESP));
  pushSpills(em, spills);
  // %esp is now below the value the instruction's address is relative to by the spills (+4 for
  // the push's own slot), and pop M addresses memory with %esp as it is after the pop (+4).
  const below = 4 * spills.length + 4;
  lea(em, m, ra, 0, m.base?.gpr === ESP ? below : 0);
  const saveFlags = cx.flagsLive(n);
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  segmentBase(em, m, ra);
  fastPath(cx, em, id, siteLabel, ra, rb);
  const f = saveFlags ? 4 : 0;
  const slot = 4 * spills.length;
  if (isPush) {
    em.insn('movl', mem({ base: ra }), reg(ra));
    if (saveFlags) em.insn('popfl');
    em.insn('movl', reg(ra), mem({ base: ESP, disp: slot || null }));
  } else {
    em.insn('movl', mem({ base: ESP, disp: slot + f || null }), reg(rb));
    em.insn('movl', reg(rb), mem({ base: ra }));
    if (saveFlags) em.insn('popfl');
  }
  popSpills(em, spills);
  if (!isPush) em.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
  c.translated++;
  countSpills(c, spills);
  c.insertedForAccesses += em.count - before - 1;
  c.insertedAccessSaves += 2 * spills.length + (saveFlags ? 2 : 0);
}

/**
 * `cmpl __svm_stack_lo,%r; jb F; cmpl __svm_stack_hi,%r; jae F` with the stub
 * F: `pushl $site; pushl %r; call __svm_stack_fault` (never returns). `fromTop`: the stub first
 * moves %esp to the top of the driver stack (where %esp itself may be of no known frame).
 */
export function stackBounds(cx: Ctx, em: Emitter, r: number, id: number, siteLabel: string, fromTop = false): void {
  em.insn('cmpl', absMem(SYM.stackLo), reg(r));
  em.insn('jb', target(`.Lsvm_f${id}`));
  em.insn('cmpl', absMem(SYM.stackHi), reg(r));
  em.insn('jae', target(`.Lsvm_f${id}`));
  const st = new Emitter(cx.stubs, em.loc, STUB_SECTION);
  st.label(`.Lsvm_f${id}`);
  if (fromTop) st.insn('movl', absMem(SYM.stackHi), reg(ESP));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(r));
  st.insn('call', target(SYM.stackFault));
}

/**
 * Stack-based operand with an index or a far/symbolic displacement: allowed only inside the
 * current driver stack.  leal M,%r1; cmpl __svm_stack_lo,%r1; jb F; cmpl __svm_stack_hi,%r1;
 * jae F; <insn on (%r1)>
 */
export function stackChecked(cx: Ctx, em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters): void {
  const m = insn.operands[mi] as MemOperand;
  const fp = cx.fp(n);
  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  const stackOp = insn.form.implicitMem === 'push' || insn.form.implicitMem === 'pop';
  // bt* with a register bit offset: the bit's word is checked, as in translated().
  const bitReg = insn.form.bitBase && insn.operands[0]?.kind === 'reg' ? (insn.operands[0] as RegOperand).reg : null;
  const { regs, spilled, reload } = scratch(cx, n, insn, bitReg ? 2 : 1, fp, 0, mi);
  if (stackOp && spilled.length) throw error(insn, `no free scratch register for '${insn.mnemonic}' with a stack-indexed operand`);
  const r1 = regs[0]!;
  pushSpills(em, spilled);
  lea(em, m, r1, spilled.length, insn.form.op === 'pop' && m.base?.gpr === ESP ? 4 : 0);
  const saveFlags = cx.flagsLive(n);
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  let ops: Operand[] = insn.operands.map((o, i) => (i === mi ? mem({ base: r1 }) : o));
  if (bitReg) {
    const r2 = regs[1]!;
    if (bitReg.size === 16) em.insn('movswl', reg(gprOfSize(16, bitReg.gpr)), reg(r2));
    else em.insn('movl', reg(bitReg.gpr), reg(r2));
    em.insn('sarl', imm(bitReg.size === 16 ? 4 : 5), reg(r2));
    em.insn('leal', mem({ base: r1, index: r2, scale: bitReg.size / 8 }), reg(r1));
    em.insn('movl', reg(bitReg.gpr), reg(r2));
    em.insn('andl', imm(bitReg.size - 1), reg(r2));
    ops = ops.map((o, i) => (i === 0 ? reg(gprOfSize(bitReg.size, r2)) : o));
  }
  stackBounds(cx, em, r1, id, siteLabel);
  if (saveFlags) em.insn('popfl');
  markPrecise(cx, em, held);
  em.reuse(insn, ops);
  popSpills(em, spilled);
  emitReloads(cx, em, cx.node(n), reload, c);
  countSpills(c, spilled);
}
