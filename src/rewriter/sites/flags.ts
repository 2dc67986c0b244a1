// Where the table path's inserted code goes relative to the live status flags (sites/table.ts):
// its delta load (shrl) writes them, so with the flags live a site tries, in this order,
//   1. the hoist: the delta load above the run that set them (hoistPoint, hoisted);
//   2. the setter sunk: a register-only instruction that set them moves below the delta load
//      (flagSetter, sinkSetter);
//   3. pushfl/popfl around the load, merged with the previous site's save when only
//      flag-neutral code lies between (reopenFlagSave).
// Each works on the output emitted so far (cx.out) within one straight-line run (plain items).

import type { Instruction, Item } from '../../asm/ir.js';
import { insnEffects, type Effects } from '../../isa/effects.js';
import { ESP } from '../../isa/registers.js';
import { bit, type Ctx } from '../context.js';
import { Emitter } from './ops.js';

/**
 * Two flag saves with only flag-neutral code between them become one: the earlier site's popfl
 * (at cx.flagPop) is removed and this site's pushfl not emitted, the flags staying saved across:
 *   pushfl; <delta of %edi's page into %ecx>; popfl; movl 156(%edi,%ecx),%eax;
 *   pushfl; <delta of %ebx's page into %esi>; popfl; movzbl 12(%ebx,%esi),%ebx
 *   ->  pushfl; <...%ecx>; movl 156(%edi,%ecx),%eax; <...%esi>; popfl; movzbl 12(%ebx,%esi),%ebx
 * Sound when the code since that popfl neither reads nor writes the flags, does not use %esp nor
 * write memory (the saved word sits on the stack, which a table window may map), and is
 * straight-line: no label but a site's, no transfer.
 */
export function reopenFlagSave(cx: Ctx): boolean {
  const at = cx.flagPop;
  const pop = at >= 0 ? cx.out[at] : undefined;
  if (!pop || pop.kind !== 'insn' || pop.form.op !== 'popf') return false;
  // A write may land on the running stack (identity windows): the saved word must stay intact.
  if (!quietSince(cx, at, (it, e) => !(e.flagsRead || e.flagsWrite || it.form.mem === 'w' || it.form.mem === 'rw'))) return false;
  takeBack(cx, at);
  return true;
}

/**
 * Is the output after position `at` straight-line (plain items), without stack instructions or
 * uses of %esp (a word pushed before `at` is still on top), each instruction passing `ok`?
 */
export function quietSince(cx: Ctx, at: number, ok: (it: Instruction, e: Effects) => boolean): boolean {
  for (let i = at + 1; i < cx.out.length; i++) {
    const it = cx.out[i]!;
    if (!plain(it)) return false;
    if (it.kind !== 'insn') continue;
    const e = insnEffects(it);
    if (it.form.stackBytes || (e.regRead | e.regKill | e.regPartial) & bit(ESP) || !ok(it, e)) return false;
  }
  return true;
}

/** Removes the output item at `at` (a popfl or popl taken back, a flag setter moved down). */
export function takeBack(cx: Ctx, at: number): Item {
  const [it] = cx.out.splice(at, 1);
  if (cx.flagPop === at) cx.flagPop = -1;
  else if (cx.flagPop > at) cx.flagPop--;
  cx.hoist = null;
  return it!;
}

/**
 * The instruction that set the live flags, when it may move below this site's inserted code
 * instead of a pushfl/popfl around it (sites/table.ts sinkSetter):
 *   andb $2,%bl; movl $0,4(%edi,%edx)        ->  movl $0,4(%edi,%edx); movl %ecx,%esi; shrl $12,%esi;
 *   movzwl 8(%ecx),%eax; je .L347                movl __svm_delta(,%esi,4),%esi; andb $2,%bl;
 *                                                movzwl 8(%ecx,%esi),%eax; je .L347
 * Sound when the setter is register-only (no memory, no %esp, reads no flags), sets every live
 * status flag, and the code emitted since is straight-line, reads no flags, does not read or write
 * what the setter writes nor write what it reads; the site must then not use the setter's
 * registers (`regs`) as scratch nor have it write the access's address registers (`addr`).
 */
export function flagSetter(cx: Ctx, n: number, addr: number): { pos: number; regs: number } | null {
  let reads = 0, writes = 0;
  const floor = Math.max(0, cx.out.length - 16);
  for (let i = cx.out.length - 1; i >= floor; i--) {
    const it = cx.out[i]!;
    if (!plain(it)) return null;
    if (it.kind !== 'insn') continue;
    const e = insnEffects(it);
    const w = e.regKill | e.regPartial;
    if (!e.flagsWrite) {
      if (e.flagsRead) return null;
      reads |= e.regRead;
      writes |= w;
      continue;
    }
    const own = e.regRead | w;
    if (it.form.op === 'popf' || e.flagsRead || it.form.stackBytes || it.operands.some((o) => o.kind === 'mem') || own & bit(ESP)) return null;
    if ((cx.liveFlags(n) & ~e.flagsKill) !== 0) return null;
    if (w & (reads | writes | addr) || e.regRead & writes) return null;
    return { pos: i, regs: own };
  }
  return null;
}

/** The delta load (with the site label) above the flag-setting run at output position `at` (hoistPoint), not under pushfl/popfl. */
export function hoisted(cx: Ctx, em: Emitter, id: number, insn: Instruction, at: number, load: (hm: Emitter) => void): void {
  const moved: Item[] = [];
  const hm = new Emitter(moved, insn.loc, em.section);
  cx.site(hm, id, insn.loc);
  load(hm);
  cx.out.splice(at, 0, ...moved);
  if (at <= cx.flagPop) cx.flagPop = -1;
  em.count += hm.count;
}

/** Takes the flag setter out of the output (re-emitted below the site's delta load). */
export function sinkSetter(cx: Ctx, s: { pos: number }): Instruction {
  return takeBack(cx, s.pos) as Instruction;
}

/** Straight-line output: no transfer, no stack or string memory, no privilege, no label but a site's. */
function plain(it: Item): boolean {
  if (it.kind === 'comment') return true;
  if (it.kind === 'label') return it.name.startsWith('.Lsvm_s');
  if (it.kind !== 'insn') return false;
  const f = it.form;
  return f.flow === 'seq' && f.implicitMem === 'none' && !f.privilege;
}

/**
 * After node n was emitted from output position `pos` (pipeline.ts): the hoist point moves to
 * `pos` when n's output is plain with the flags dead on n's entry, stays when it is plain, ends
 * otherwise (the pipeline ends it at labels and directives too: a jump may land there).
 */
export function trackHoist(cx: Ctx, n: number, pos: number): void {
  if (!cx.out.slice(pos).every(plain)) { cx.hoist = null; return; }
  if (!cx.flagsLive(n)) cx.hoist = { pos };
}

/**
 * Where the delta of %b's page (`bases`: bit(b); 0 for a constant's page) may be loaded into %r
 * above a run that sets the live flags:
 *   cmpl %edx,%ebx; movl 172(%edi),%eax     ->  movl %edi,%eax; shrl $12,%eax;
 *                                                movl __svm_delta(,%eax,4),%eax; cmpl %edx,%ebx;
 *                                                movl 172(%edi,%eax),%eax
 * Sound when the flags are dead at that point and no instruction since reads or writes %r or
 * writes %b: %r then still holds the delta of %b's page at the access (the verifier checks it as
 * any delta), and %r, free at the access, was dead there too.
 */
export function hoistPoint(cx: Ctx, bases: number, r: number): number | null {
  const run = sinceHoist(cx);
  if (!run || run.touched & bit(r) || run.written & bases) return null;
  return cx.hoist!.pos;
}

/** Registers the output since the hoist point reads or writes (touched), and writes. */
export function sinceHoist(cx: Ctx): { touched: number; written: number } | null {
  if (!cx.hoist) return null;
  let touched = 0, written = 0;
  for (let i = cx.hoist.pos; i < cx.out.length; i++) {
    const it = cx.out[i]!;
    if (it.kind !== 'insn') continue;
    const e = insnEffects(it);
    written |= e.regKill | e.regPartial;
    touched |= e.regRead | e.regKill | e.regPartial;
  }
  return { touched, written };
}
