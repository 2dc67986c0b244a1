// Translation reuse: a translation T of base+c held in a register serves later accesses at
// base+d (0 <= d-c, d-c+size <= WINDOW_REACH: the 2-page window covers them) while neither the
// register nor the address registers are redefined — within a block, and across forward edges
// into a block whose every predecessor leaves T available (abi.ts "Reuse").

import type { Instruction, MemOperand } from '../../asm/ir.js';
import { classifyAccess } from '../../asm/memref.js';
import { insnEffects } from '../../isa/effects.js';
import { ESP } from '../../isa/registers.js';
import { WINDOW_REACH } from '../../svm-runtime/abi.js';
import { bit, isStackBased, memOperandIndex, type Ctx, type Translation } from '../context.js';
import { symbolPlusConst } from './ops.js';

export interface AddrKey { base: number; index: number; scale: number; sym: string; disp: bigint }

/** The translatable address parts of a memory operand: null when it has a segment or a
 * displacement that is not symbol + constant. */
export function addrKey(m: MemOperand): AddrKey | null {
  if (m.seg) return null;
  const sp = m.disp ? symbolPlusConst(m.disp) : { sym: null, addend: 0n };
  if (!sp || sp.reloc) return null;
  if (!m.base && !m.index && !sp.sym) return null;
  return { base: m.base?.gpr ?? -1, index: m.index?.gpr ?? -1, scale: m.index ? m.scale : 1, sym: sp.sym ?? '', disp: sp.addend };
}

export const sameAddr = (a: { base: number; index: number; scale: number; sym: string }, b: { base: number; index: number; scale: number; sym: string }): boolean =>
  a.base === b.base && a.index === b.index && a.scale === b.scale && a.sym === b.sym;

/** Registers an address depends on. */
export const addrRegs = (t: { base: number; index: number }): number => (t.base >= 0 ? 1 << t.base : 0) | (t.index >= 0 ? 1 << t.index : 0);

/**
 * Translations available where node `n` starts, preceded by the labels `labels` (`''` marks a
 * label a side table names). A translation T of base+disp in register t stays valid while
 * neither t nor base is written (every write of the original and of inserted code passes
 * through invalidateWritten / scratch); it holds at n when it holds on EVERY edge into n:
 *   - each predecessor was rewritten already (source order: forward edges only; a loop's back
 *     edge gives nothing) and left T available on its way out (jumps write no register; calls,
 *     string and indirect sites leave nothing: the callee or runtime may change windows' users);
 *   - n can be entered by no edge the CFG does not show: not after a label that is global (a
 *     function or callable entry), address-taken (jump tables, indirect targets, side tables),
 *     numeric (inline asm), and not a node without predecessors (entries, return sites).
 * Example (`jcc` fall-through and a forward join both keep the translation in %esi):
 *     movl 4(%eax),%edx      ->  <translate 4(%eax) into %esi>; movl (%esi),%edx
 *     testl %edx,%edx; je .L3
 *     movl 8(%eax),%ecx      ->  movl 4(%esi),%ecx
 *   .L3:                         (preds: the je and the fall-through, both with %esi = T)
 *     movl 12(%eax),%ecx     ->  movl 8(%esi),%ecx
 */
export function availIn(cx: Ctx, n: number, labels: readonly string[]): Translation[] {
  if (cx.opts.reuse === false) return [];
  for (const l of labels) {
    if (!l.startsWith('.L') || cx.cfg.addressTaken.has(l)) return [];
  }
  const { start, list } = cx.preds;
  if (start[n] === start[n + 1]) return [];
  let acc: readonly Translation[] | null = null;
  for (let k = start[n]!; k < start[n + 1]!; k++) {
    const out = cx.availOut[list[k]!];
    if (!out) return [];
    acc = acc === null ? out : acc.filter((t) => out.some((u) => u.treg === t.treg && sameAddr(u, t) && u.disp === t.disp));
    if (!acc.length) return [];
  }
  return [...acc!];
}

/** Forget cached translations whose registers the instruction writes; all of them at a call. */
export function invalidateWritten(cx: Ctx, insn: Instruction): void {
  if (!cx.avail.length) return;
  const fx = insnEffects(insn);
  const w = fx.regKill | fx.regPartial;
  const flow = insn.form.flow;
  if (flow !== 'seq' && flow !== 'jmp' && flow !== 'jcc') { cx.avail = []; return; }
  cx.avail = cx.avail.filter((t) => !(w & (bit(t.treg) | addrRegs(t))));
}

/**
 * After a register copy `movl %b,%c`, the translations of addresses built on %b also serve the
 * same addresses built on %c (the verifier knows the two registers hold one value: a table delta
 * of %b's page is one of %c's). They are added after the copy's own invalidation, and die with %c:
 *   movl 108(%edx),%ecx  ->  <delta of %edx's page into %esi>; movl 108(%edx,%esi),%ecx
 *   movl %edx,%eax
 *   cmpl %edi,112(%eax)  ->  cmpl %edi,112(%eax,%esi)
 */
export function copiedTranslations(cx: Ctx, insn: Instruction): Translation[] {
  if (!cx.avail.length || insn.form.op !== 'mov' || insn.operands.length !== 2) return [];
  const [s, d] = insn.operands;
  if (s?.kind !== 'reg' || d?.kind !== 'reg' || s.reg.size !== 32 || d.reg.size !== 32) return [];
  const b = s.reg.gpr, c = d.reg.gpr;
  if (b === c || c === ESP || b === ESP) return [];
  const out: Translation[] = [];
  for (const t of cx.avail) {
    if (t.treg === c || t.base === c || t.index === c || (t.base !== b && t.index !== b)) continue;
    out.push({ ...t, base: t.base === b ? c : t.base, index: t.index === b ? c : t.index });
  }
  return out;
}

/** A reusable translation covering the access, if one is cached (no sequence needed). */
export function findReuse(cx: Ctx, m: MemOperand, size: number): { treg: number; disp: bigint } | null {
  if (cx.opts.reuse === false) return null;
  const k = addrKey(m);
  if (!k) return null;
  for (const t of cx.avail) {
    if (!sameAddr(t, k)) continue;
    const delta = k.disp - t.disp;
    if (delta >= 0n && delta + BigInt(Math.max(1, size / 8)) <= BigInt(WINDOW_REACH)) return { treg: t.treg, disp: delta };
  }
  return null;
}

/**
 * The displacement to translate for an access at `k.disp` of `bytes`: the lowest displacement,
 * not above it, of an access with the same address parts further on in the block that will
 * certainly run (no jump, call or write of the address registers in between), as long as this
 * access stays within the window's reach from there. Later accesses then reuse the translation
 * at a non-negative offset:
 *   movl 144(%eax),%edx; movl 96(%eax),%ecx   ->  <translate 96(%eax) into %esi>;
 *                                                 movl 48(%esi),%edx; movl (%esi),%ecx
 * Translating base+96 first is sound: that address is accessed anyway before anything else
 * can happen (a bad address is caught there, only a few instructions earlier).
 */
export function lowestDisp(cx: Ctx, n: number, k: AddrKey, bytes: number): bigint {
  if (cx.opts.reuse === false) return k.disp;
  let best = k.disp;
  let j = n;
  for (let steps = 0; steps < 64; steps++) {
    const next = cx.cfg.nodes[j]!.succ.length === 1 && cx.cfg.nodes[j]!.succ[0] === j + 1 ? j + 1 : -1;
    if (next < 0) break;
    // A label in between: the next node may be entered from elsewhere too, and still runs.
    const insn = cx.cfg.nodes[next]!.insn;
    if (!insn || insn.form.flow !== 'seq' || insn.form.implicitMem === 'string' || insn.form.privilege) break;
    const mi = memOperandIndex(insn);
    // The access must touch its own address (not bt* with a register offset, which reaches
    // elsewhere; lea and hints have no memory operand index).
    if (mi >= 0 && !(insn.form.bitBase && insn.operands[0]?.kind === 'reg')) {
      const m = insn.operands[mi] as MemOperand;
      const kk = addrKey(m);
      const fp = cx.fp(next);
      if (kk && sameAddr(kk, k) && kk.disp < best && k.disp - kk.disp + BigInt(bytes) <= BigInt(WINDOW_REACH) &&
        classifyAccess(insn, m, fp, cx.guard) !== 'stack' && !isStackBased(m, fp) && !cx.derivedBase(next, m)) best = kk.disp;
    }
    const fx = cx.fxOf[next]!;
    if ((fx.regKill | fx.regPartial) & addrRegs(k)) break;
    j = next;
  }
  return best;
}
