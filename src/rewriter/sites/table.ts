// Explicit memory operands under the tag-free translation (RewriteOptions.svm 'table', abi.ts
// "Tag-free translation"): the base's page delta from __svm_delta, then the original instruction
// on base + disp + delta; no compare, no branch, no stub (a miss is the access's page fault).
//
//   movl 4(%ebx),%eax   ->  movl %ebx,%ecx; shrl $12,%ecx; movl __svm_delta(,%ecx,4),%ecx;
//                           movl 4(%ebx,%ecx),%eax
//   movl 8(%ebx),%edx   ->  movl 8(%ebx,%ecx),%edx          (reuse: %ebx, %ecx unchanged)
//   movl x(,%eax,4),%edx -> leal x(,%eax,4),%esi; movl %esi,%ecx; shrl $12,%ecx;
//                           movl __svm_delta(,%ecx,4),%ecx; movl (%esi,%ecx),%edx
//   movl jiffies,%eax    ->  movl $jiffies,%eax; shrl $12,%eax; movl __svm_delta(,%eax,4),%eax;
//                           movl jiffies(%eax),%eax          (a constant's page: tableConstant)
//   movzbl mask,%eax; movb %dl,mask
//                        ->  movl $mask,%ecx; shrl $12,%ecx; movl __svm_delta(,%ecx,4),%ecx;
//                           movzbl mask(%ecx),%eax; movb %dl,mask(%ecx)   (reuse: %ecx unchanged)
// With the status flags live, flags.ts decides where the delta load goes.

import type { Instruction, MemOperand, Operand } from '../../asm/ir.js';
import { insnEffects } from '../../isa/effects.js';
import { ESP } from '../../isa/registers.js';
import { SYM, TABLE_REACH_HI, TABLE_REACH_LO, TABLE_SHIFT } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { bit, type Ctx } from '../context.js';
import { Emitter, imm, mem, num, reg, sym, symbolPlusConst } from './ops.js';
import { candidates, countSpills, emitReloads, popSpills, pushSpills, scratch } from './scratch.js';
import { lea, segmentBase } from './access.js';
import { addrRegs } from './reuse.js';
import { flagSetter, hoisted, hoistPoint, quietSince, reopenFlagSave, sinceHoist, sinkSetter, takeBack } from './flags.js';
import { markPrecise } from './tables.js';

/** Marks a reuse entry whose register holds the delta of its base's page (Translation.sym). */
export const DELTA_KEY = '#delta';
/** Prefix of a reuse entry whose register holds the delta of the page of sym + disp (Translation.sym = prefix + sym). */
export const PAGE_KEY = '#page:';

/** disp(%b) with a constant displacement the base's window reaches (null: the general form). */
export function simpleBase(m: MemOperand, bytes: number): { base: number; disp: bigint } | null {
  if (m.seg || m.index || !m.base || m.base.gpr === ESP) return null;
  const sp = m.disp ? symbolPlusConst(m.disp) : { sym: null, addend: 0n, reloc: null };
  if (!sp || sp.sym || sp.reloc) return null;
  if (sp.addend < BigInt(TABLE_REACH_LO) || sp.addend + BigInt(bytes) > BigInt(TABLE_REACH_HI)) return null;
  return { base: m.base.gpr, disp: sp.addend };
}

/** A register holding the delta of base's page, if one is available here. */
function heldDelta(cx: Ctx, base: number): number | null {
  if (cx.opts.reuse === false) return null;
  return cx.avail.find((t) => t.sym === DELTA_KEY && t.base === base)?.treg ?? null;
}

/** movl %b,%r; shrl $12,%r; movl __svm_delta(,%r,4),%r */
function loadDelta(em: Emitter, b: number, r: number): void {
  em.insn('movl', reg(b), reg(r));
  em.insn('shrl', imm(TABLE_SHIFT), reg(r));
  em.insn('movl', mem({ index: r, scale: 4, disp: sym(SYM.delta) }), reg(r));
}

/**
 * The 32-bit word at M (an indirect transfer's target) into %rt through the table, %r2 the second
 * scratch of the general form (null for disp(%b) within reach, where %rt is never %b):
 *   call *12(%eax)    ->  movl %eax,%rt; shrl $12,%rt; movl __svm_delta(,%rt,4),%rt; movl 12(%eax,%rt),%rt
 *   call *x(,%eax,4)  ->  leal x(,%eax,4),%rt; movl %rt,%r2; shrl $12,%r2;
 *                         movl __svm_delta(,%r2,4),%r2; movl (%rt,%r2),%rt
 * Returns the translation's inserted instructions (the final load is the access itself).
 */
export function tableTarget(em: Emitter, m: MemOperand, rt: number, r2: number | null, pushed: number): number {
  const before = em.count;
  const simple = simpleBase(m, 4);
  if (simple) {
    loadDelta(em, simple.base, rt);
    em.insn('movl', mem({ base: simple.base, index: rt, scale: 1, disp: simple.disp === 0n ? null : num(simple.disp) }), reg(rt));
    return em.count - before - 1;
  }
  if (r2 === null) throw new Error('tableTarget: the general form needs a second register');
  lea(em, m, rt, pushed);
  segmentBase(em, m, rt);
  loadDelta(em, rt, r2);
  em.insn('movl', mem({ base: rt, index: r2, scale: 1 }), reg(rt));
  return em.count - before - 1;
}

/** The instruction with memory operand `mi` replaced by disp(%b,%d). */
function onTable(insn: Instruction, mi: number, b: number, d: number, disp: bigint): Operand[] {
  return insn.operands.map((o, i) => (i === mi ? mem({ base: b, index: d, scale: 1, disp: disp === 0n ? null : num(disp) }) : o));
}

/** A plain explicit memory operand (no push/pop M, no bt* with a register offset) on the table path. */
export function tableTranslated(cx: Ctx, em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters, bytes: number): void {
  const m = insn.operands[mi] as MemOperand;
  const k = constantAddr(m);
  if (k) { tableConstant(cx, em, n, insn, mi, held, c, bytes, k); return; }
  const simple = simpleBase(m, bytes);
  if (simple) {
    const d = heldDelta(cx, simple.base);
    if (d !== null) {
      markPrecise(cx, em, held);
      em.reuse(insn, onTable(insn, mi, simple.base, d, simple.disp));
      c.reused++;
      return;
    }
    const r = reopenSpill(cx, insn, simple.base);
    if (r !== null) {
      markPrecise(cx, em, held);
      em.reuse(insn, onTable(insn, mi, simple.base, r, simple.disp));
      cx.spillPop = { pop: em.insn('popl', reg(r)), r, base: simple.base };
      em.count--; // the previous site's popl, moved (counted there)
      c.reused++;
      return;
    }
  }
  const fp = cx.fp(n);
  const id = cx.newId();
  const need = simple ? 1 : 2;
  let avoid = simple ? bit(simple.base) : 0;
  // With the flags live, prefer a scratch register the run since the hoist point leaves alone
  // (and that holds no reusable translation and survives the access, to be reused after it).
  const run = simple && cx.flagsLive(n) ? sinceHoist(cx) : null;
  if (run && !(run.written & bit(simple!.base))) {
    const w = insnEffects(insn);
    const keeps = (x: number): boolean => !cx.avail.some((t) => t.treg === x) && !((w.regKill | w.regPartial) & bit(x));
    if (candidates(cx, n, insn, fp, avoid | run.touched, mi).free.some(keeps)) avoid |= run.touched;
  }
  // Else, with the flags live, the instruction that set them may move below the delta load.
  const setter = cx.flagsLive(n) ? flagSetter(cx, n, addrRegs({ base: m.base?.gpr ?? -1, index: m.index?.gpr ?? -1 })) : null;
  if (setter && candidates(cx, n, insn, fp, avoid | setter.regs, mi).free.length >= need) avoid |= setter.regs;
  const { regs, spilled, reload } = scratch(cx, n, insn, need, fp, avoid, mi, true);
  const before = em.count;
  const at = simple && !spilled.length && !reload.length && cx.flagsLive(n) ? hoistPoint(cx, bit(simple.base), regs[0]!) : null;
  const sunk = at === null && setter && !(regs.some((x) => setter.regs & bit(x))) ? sinkSetter(cx, setter) : null;
  if (at !== null) hoisted(cx, em, id, insn, at, (hm) => loadDelta(hm, simple!.base, regs[0]!));
  else cx.site(em, id, insn.loc);
  pushSpills(em, spilled);
  let b: number, disp: bigint, r: number;
  if (simple) { b = simple.base; disp = simple.disp; r = regs[0]!; }
  else { b = regs[0]!; disp = 0n; r = regs[1]!; lea(em, m, b, spilled.length); }
  const saveFlags = at === null && !sunk && cx.flagsLive(n);
  const merged = saveFlags && !spilled.length && reopenFlagSave(cx);
  if (saveFlags && !merged) { em.insn('pushfl'); c.flagSaves++; }
  if (!simple) segmentBase(em, m, b);
  if (at === null) loadDelta(em, b, r);
  if (saveFlags) { cx.flagPop = cx.out.length; em.insn('popfl'); }
  if (sunk) em.raw(sunk);
  const inserted = em.count - before - (merged ? 1 : 0);
  markPrecise(cx, em, held);
  em.reuse(insn, onTable(insn, mi, b, r, disp));
  popSpills(em, spilled);
  cx.spillPop = simple && spilled.length === 1 ? { pop: cx.out[cx.out.length - 1]!, r, base: b } : null;
  // A borrowed register is reloaded when the original code needs it (settle), not here.
  emitReloads(cx, em, cx.node(n), reload, c, true);
  counted(c, inserted, spilled, saveFlags && !merged);
  // %r keeps the delta of %b's page while neither is redefined (only for an original base; a
  // borrowed %r until its reload).
  const writes = insnEffects(insn);
  const freed = !spilled.length && !reload.some((x) => x.r === b);
  if (simple && freed && !((writes.regKill | writes.regPartial) & (bit(r) | bit(b)))) {
    cx.avail.push({ treg: r, base: b, index: -1, scale: 1, sym: DELTA_KEY, disp: 0n });
  }
}

/**
 * The previous site spilled %r around its access and left the delta of %b's page in it: when
 * only plain code that leaves %r, %b and %esp alone lies between, its popl is taken back and this
 * access reuses the delta, %r staying pushed (returns %r, or null):
 *   pushl %eax; <delta of %edx's page into %eax>; movl %edi,336(%edx,%eax); popl %eax
 *   pushl %eax; <delta of %edx's page into %eax>; movl %esi,344(%edx,%eax); popl %eax
 *   ->  pushl %eax; <...>; movl %edi,336(%edx,%eax); movl %esi,344(%edx,%eax); popl %eax
 * The instruction itself must not use %r (it holds the delta, not its value) nor %esp.
 */
function reopenSpill(cx: Ctx, insn: Instruction, b: number): number | null {
  const sp = cx.spillPop;
  if (!sp || sp.base !== b || cx.opts.reuse === false) return null;
  const own = insnEffects(insn);
  if ((own.regRead | own.regKill | own.regPartial) & (bit(sp.r) | bit(ESP))) return null;
  // Only the recent output: the popl, if still there, is among the last few items.
  const from = Math.max(0, cx.out.length - 24);
  const at = cx.out.indexOf(sp.pop, from);
  if (at < 0 || !quietSince(cx, at, (_it, e) => !((e.regRead | e.regKill | e.regPartial) & bit(sp.r) || (e.regKill | e.regPartial) & bit(b)))) return null;
  takeBack(cx, at);
  return sp.r;
}

/**
 * Counters of one translated access: `inserted` before the access, spills around it, a flag save
 * of its own (borrowed registers' reloads are counted where settle emits them).
 */
function counted(c: Counters, inserted: number, spilled: readonly number[], saveFlags: boolean): void {
  c.translated++;
  countSpills(c, spilled);
  c.insertedForAccesses += inserted + spilled.length;
  c.insertedAccessSaves += 2 * spilled.length + (saveFlags ? 2 : 0);
}

/** The address of an operand that is a constant, sym + c or a number: no register, no segment (else null). */
export function constantAddr(m: MemOperand): { sym: string; addend: bigint } | null {
  if (m.seg || m.base || m.index || !m.disp) return null;
  const sp = symbolPlusConst(m.disp);
  if (!sp || sp.reloc) return null;
  return { sym: sp.sym ?? '', addend: sp.addend };
}

/** A register holding the delta of the page of a constant sym + c2 within reach of sym + c (abi.ts "Constant pages"). */
function heldPage(cx: Ctx, k: { sym: string; addend: bigint }, bytes: number): number | null {
  if (cx.opts.reuse === false) return null;
  for (const t of cx.avail) {
    if (t.sym !== PAGE_KEY + k.sym || t.base >= 0 || t.index >= 0) continue;
    const off = k.addend - t.disp;
    if (off >= BigInt(TABLE_REACH_LO) && off + BigInt(bytes) <= BigInt(TABLE_REACH_HI)) return t.treg;
  }
  return null;
}

/**
 * An access at a constant address X = sym + c (constantAddr), on the delta of X's own page in ONE
 * register %r (abi.ts "Constant pages"):
 *   addl $1,counter+4   ->  movl $counter+4,%r; shrl $12,%r; movl __svm_delta(,%r,4),%r;
 *                           addl $1,counter+4(%r)
 * %r, chosen like any scratch (a register that survives the access first, so that later
 * accesses reuse it; else one the instruction only writes, e.g. a load's destination; else a
 * spill), depends on no register: it stays valid until %r is written, across forward edges as
 * any translation (reuse.ts availIn), for every `sym + d` with d - c in [TABLE_REACH_LO,
 * TABLE_REACH_HI - size].
 */
function tableConstant(cx: Ctx, em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters, bytes: number, k: { sym: string; addend: bigint }): void {
  const m = insn.operands[mi] as MemOperand;
  const onPage = (r: number): Operand[] => insn.operands.map((o, i) => (i === mi ? mem({ base: r, disp: m.disp }) : o));
  const d = heldPage(cx, k, bytes);
  if (d !== null) {
    markPrecise(cx, em, held);
    em.reuse(insn, onPage(d));
    c.reused++;
    return;
  }
  const id = cx.newId();
  const { regs, spilled, reload } = scratch(cx, n, insn, 1, cx.fp(n), 0, mi, true);
  const r = regs[0]!;
  const load = (e: Emitter): void => {
    e.insn('movl', imm(m.disp!), reg(r));
    e.insn('shrl', imm(TABLE_SHIFT), reg(r));
    e.insn('movl', mem({ index: r, scale: 4, disp: sym(SYM.delta) }), reg(r));
  };
  const before = em.count;
  const flags = cx.flagsLive(n);
  const at = flags && !spilled.length && !reload.length ? hoistPoint(cx, 0, r) : null;
  if (at !== null) hoisted(cx, em, id, insn, at, load);
  else cx.site(em, id, insn.loc);
  pushSpills(em, spilled);
  const saveFlags = at === null && flags;
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  if (at === null) load(em);
  if (saveFlags) em.insn('popfl');
  const inserted = em.count - before;
  markPrecise(cx, em, held);
  em.reuse(insn, onPage(r));
  popSpills(em, spilled);
  emitReloads(cx, em, cx.node(n), reload, c, true);
  counted(c, inserted, spilled, saveFlags);
  const writes = insnEffects(insn);
  if (!spilled.length && !((writes.regKill | writes.regPartial) & bit(r))) {
    cx.avail.push({ treg: r, base: -1, index: -1, scale: 1, sym: PAGE_KEY + k.sym, disp: k.addend });
  }
}
