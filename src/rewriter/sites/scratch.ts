// Scratch registers for inserted code: registers dead after the instruction (liveness), registers
// reloadable afterwards from a stack slot or constant they equal (rematerialisation), and, when
// nothing else is free, registers pushed around the site (spills). Callee-saved registers reserved
// for the whole function (reserve.ts) are always free.

import type { Instruction } from '../../asm/ir.js';
import { effects, insnEffects, type Effects, type OperandShape } from '../../isa/effects.js';
import { EAX, EBP, EBX, ECX, EDI, EDX, ESI, ESP } from '../../isa/registers.js';
import { mem, imm, num, reg } from './ops.js';
import type { Emitter } from '../build.js';
import type { CodeNode } from '../cfg.js';
import type { Counters } from '../counters.js';
import { bit, error, type Ctx } from '../context.js';
import { sameFact, type Fact } from '../remat.js';
import { adjustDisp } from './reserve.js';

/** Scratch preference: caller-saved first (more often dead), then callee-saved. */
export const SCRATCH_ORDER = [EAX, ECX, EDX, EBX, ESI, EDI, EBP];

export interface Scratch {
  readonly regs: number[];
  readonly spilled: number[];
  readonly reload: Array<{ r: number; fact: Fact }>;
}

/**
 * Registers free for inserted code before `insn`: dead after it (or overwritten by it), not read
 * by it except through its memory operand `mi`, never %esp (or %ebp as frame pointer); a
 * register reserved for the function (pushed at entry) is always free. `spillable` are the
 * others that may be pushed around the instruction (never one it writes).
 */
export function candidates(cx: Ctx, n: number, insn: Instruction, fp: boolean, avoid: number, mi: number): { free: number[]; remat: number[]; spillable: number[] } {
  const fx = effectsBesides(cx, n, insn, mi);
  const flow = insn.form.flow;
  const abiReads = flow === 'call' || flow === 'icall' ? bit(EAX) | bit(ECX) | bit(EDX) : 0;
  const never = bit(ESP) | (fp ? bit(EBP) : 0) | avoid;
  const reads = fx.regRead | abiReads;
  const reserved = cx.reservedMask(cx.cfg.nodes[n]!);
  const liveOut = cx.live.liveOut[n]! & ~reserved;
  const free: number[] = [];
  const remat: number[] = [];
  const spillable: number[] = [];
  const fin = cx.facts.in[n]!, fout = cx.facts.out[n]!;
  for (const r of SCRATCH_ORDER) {
    const b = bit(r);
    if (never & b || reads & b) continue;
    if (!(liveOut & b) || fx.regKill & b) free.push(r);
    else if ((fx.regKill | fx.regPartial) & b) continue;
    // A reload would follow the instruction: impossible after an indirect jump.
    else if (fin[r] && sameFact(fin[r]!, fout[r]!) && flow !== 'ijmp') remat.push(r);
    else spillable.push(r);
  }
  return { free, remat, spillable };
}

/** Effects of the instruction at node n ignoring the address of its memory operand `mi` (cached per node and mi). */
export function effectsBesides(cx: Ctx, n: number, insn: Instruction, mi: number): Effects {
  const key = n * 5 + mi + 1;
  let fx = cx.fxBesides[key];
  if (fx && cx.fxInsn[key] === insn) return fx;
  const shapes = insn.operands.map((o, i): OperandShape => (i === mi && o.kind === 'mem' ? { kind: 'mem', base: null, index: null } : o));
  fx = effects(insn.form, shapes, insn.prefixes.some((p) => p.startsWith('rep')));
  cx.fxBesides[key] = fx;
  cx.fxInsn[key] = insn;
  return fx;
}

/**
 * Chooses `count` scratch registers: free ones first (keeping registers that hold a reusable
 * translation when possible), then spills.
 */
export function scratch(cx: Ctx, n: number, insn: Instruction, count: number, fp: boolean, avoid: number, mi: number, keep = false): Scratch {
  const { free, remat, spillable } = candidates(cx, n, insn, fp, avoid, mi);
  const cached = (r: number): boolean => cx.avail.some((t) => t.treg === r);
  let order = [...free.filter((r) => !cached(r)), ...free.filter(cached)];
  if (keep && order.length >= count) order = keepOrder(cx, n, insn, order, cached);
  const regs = order.slice(0, count);
  const reload = remat.slice(0, count - regs.length).map((r) => ({ r, fact: cx.facts.in[n]![r]! }));
  regs.push(...reload.map((x) => x.r));
  cx.avail = cx.avail.filter((t) => !regs.includes(t.treg));
  const spilled = spillable.slice(0, count - regs.length);
  regs.push(...spilled);
  if (regs.length < count) {
    throw error(insn, `no scratch register can be freed or spilled for '${insn.mnemonic}' (needs ${count})`);
  }
  return { regs, spilled, reload };
}

/**
 * Orders free registers for a translation whose result (the first register) should outlive the
 * instruction, so that later accesses off the same base can reuse it: first a register the
 * instruction does not write that holds no cached translation and is written again furthest
 * ahead; then, as the throwaway second register, preferably one the instruction writes anyway.
 *   movl 4(%eax),%ecx   ->  leal 4(%eax),%esi; ...; movl (%esi),%ecx   (not: leal 4(%eax),%ecx)
 */
function keepOrder(cx: Ctx, n: number, insn: Instruction, order: number[], cached: (r: number) => boolean): number[] {
  const fx = insnEffects(insn);
  const written = fx.regKill | fx.regPartial;
  const keepable = order.filter((r) => !((written | fx.regRead) & bit(r)));
  if (!keepable.length) return order;
  let best = keepable[0]!, bestScore = -1;
  for (const r of keepable) {
    const score = (cached(r) ? 0 : 1000) + survival(cx, n, r);
    if (score > bestScore) { best = r; bestScore = score; }
  }
  const rest = order.filter((r) => r !== best);
  const rank = (r: number): number => ((written & bit(r)) ? 0 : cached(r) ? 2 : 1);
  return [best, ...rest.sort((a, b) => rank(a) - rank(b))];
}

/** Straight-line nodes after n before r is written again (or a translation would end anyway). */
function survival(cx: Ctx, n: number, r: number): number {
  const LIMIT = 64;
  let k = n;
  for (let steps = 0; steps < LIMIT; steps++) {
    const node = cx.cfg.nodes[k];
    const next = node?.succ.includes(k + 1) ? k + 1 : -1;
    if (next < 0) return steps;
    const insn = cx.cfg.nodes[next]!.insn;
    if (!insn) return steps;
    const f = insn.form;
    if (f.flow !== 'seq' && f.flow !== 'jcc') return steps;
    if (f.implicitMem === 'string') return steps;
    const fx = cx.fxOf[next]!;
    if ((fx.regKill | fx.regPartial) & bit(r)) return steps;
    k = next;
  }
  return LIMIT;
}

/**
 * Reloads borrowed registers from the stack slot or constant they are known to equal: at once,
 * or (`lazy`) owed until the original code needs the value (settle).
 */
export function emitReloads(cx: Ctx, em: Emitter, node: CodeNode, reload: ReadonlyArray<{ r: number; fact: Fact }>, c: Counters, lazy = false): void {
  if (!reload.length) return;
  const n = cx.cfg.nodeOfItem[node.item]!;
  c.rematSites++;
  if (lazy) {
    for (const x of reload) if (!cx.pending.some((p) => p.r === x.r)) cx.pending.push({ r: x.r, fact: x.fact, at: n });
    return;
  }
  for (const x of reload) reloadOne(cx, em, node, n, x, c);
  cx.pending = cx.pending.filter((p) => !reload.some((x) => x.r === p.r));
}

function reloadOne(cx: Ctx, em: Emitter, node: CodeNode, n: number, x: { r: number; fact: Fact }, c: Counters): void {
  const { r, fact } = x;
  if (fact.kind === 'slot') {
    const d = adjustDisp(cx, node, n, fact.base, fact.disp) ?? fact.disp;
    em.insn('movl', mem({ base: fact.base, disp: d === 0n ? null : num(d) }), reg(r));
  } else em.insn('movl', imm(fact.value), reg(r));
  c.remats++;
}

/**
 * Lazy reloads. A register a site borrowed keeps what the site left in it (a table delta, an stlb
 * translation: reusable by the next access off the same base) until the original code needs its
 * value: the reload goes before node `n` when n reads or partly writes it, changes the slot it
 * equals, moves %esp or %ebp, is not straight-line code (transfers, strings, privileged, port
 * I/O, interrupt flag), or gets an inserted check first; it is dropped when the value is dead
 * at n. `n` null: before a label or directive (a jump may land there: everything is reloaded).
 *   movl $0,4(%edx)    ->  movl %edx,%ebx; shrl $12,%ebx; movl __svm_delta(,%ebx,4),%ebx;
 *                          movl $0,4(%edx,%ebx)
 *   movl %ecx,(%edx)   ->  movl %ecx,(%edx,%ebx)            (eager: reload %ebx, translate again)
 *   cmpl %eax,8(%ebx)  ->  movl -20(%ebp),%ebx; <translate 8(%ebx)>; cmpl %eax,8(%ebx,%r)
 * Returns the reloads emitted. Sound for the verifier whatever it does: a reload is an ordinary
 * `movl` into a register the original code does not read in between.
 */
export function settle(cx: Ctx, em: Emitter, n: number | null): number {
  if (!cx.pending.length) return 0;
  const keep: typeof cx.pending = [];
  const owed: typeof cx.pending = [];
  const node = n === null ? null : cx.cfg.nodes[n]!;
  const insn = node?.insn;
  const fx = n === null ? null : cx.fxOf[n];
  const straight = !!insn && !!fx && insn.form.flow === 'seq' && insn.form.implicitMem !== 'string' && !insn.form.privilege &&
    !insn.form.stackBytes && !cx.frames.checkBefore[n!] && !((fx.regKill | fx.regPartial) & (bit(ESP) | bit(EBP)));
  for (const p of cx.pending) {
    const b = bit(p.r);
    if (!straight) { owed.push(p); continue; }
    if ((fx!.regRead | fx!.regPartial) & b) { owed.push(p); continue; }
    if (!(cx.live.liveIn[n!]! & b)) continue;
    const fin = cx.facts.in[n!]![p.r], fout = cx.facts.out[n!]![p.r];
    if (fin && fout && sameFact(fin, p.fact) && sameFact(fout, p.fact)) keep.push(p);
    else owed.push(p);
  }
  cx.pending = keep;
  if (!owed.length) return 0;
  const loc = em.loc;
  for (const p of owed) {
    if (p.insn) em.raw(p.insn);
    else {
      // At the owing site's location (reports attribute inserted code by it), %esp-relative
      // slots placed by the depth here (the same as the site's: a move of %esp settles first).
      const at = n ?? p.at;
      const c = cx.countersFor(cx.cfg.nodes[p.at]!);
      em.loc = cx.cfg.nodes[p.at]!.insn!.loc;
      reloadOne(cx, em, cx.cfg.nodes[at]!, at, p, c);
      c.insertedForAccesses++;
      c.insertedAccessSaves++;
    }
    cx.avail = cx.avail.filter((t) => t.treg !== p.r && t.base !== p.r && t.index !== p.r);
  }
  em.loc = loc;
  return owed.length;
}

/**
 * Sinks the original `movl slot,%r` / `movl $c,%r` at node n into the owed reloads when %r holds
 * a translation worth keeping: the load itself is emitted where settle would reload %r (or
 * dropped when the value is dead by then), so the translation serves the accesses in between.
 *   <delta of %ebx's page in %edx>; movw %cx,12(%ebx,%edx)
 *   movl -16(%ebp),%edx                 (sunk)
 *   movb $0,16(%ebx)   ->  movb $0,16(%ebx,%edx)
 *   addl 136(%eax),%edx -> movl -16(%ebp),%edx; <translate 136(%eax)>; addl 136(%eax,%r),%edx
 * The same conditions as a reload make it sound: the slot keeps the value (the remat facts),
 * nothing reads %r before, no label or transfer in between.
 */
export function sinkLoad(cx: Ctx, n: number, insn: Instruction, held: readonly number[]): boolean {
  if (cx.opts.reuse === false || held.length || insn.form.op !== 'mov' || insn.operands.length !== 2) return false;
  const dst = insn.operands[1]!;
  if (dst.kind !== 'reg' || dst.reg.size !== 32) return false;
  const r = dst.reg.gpr;
  if (r === ESP || r === EBP || !cx.avail.some((t) => t.treg === r)) return false;
  const fact = cx.facts.out[n]![r];
  if (!fact || (fact.kind === 'slot' && (fact.base === r || insn.operands[0]!.kind !== 'mem'))) return false;
  if (fact.kind === 'const' && insn.operands[0]!.kind !== 'imm') return false;
  cx.avail = cx.avail.filter((t) => t.base !== r && t.index !== r);
  cx.pending = cx.pending.filter((p) => p.r !== r);
  cx.pending.push({ r, fact, at: n, insn });
  return true;
}

/** Pushes the spilled registers (in order). */
export function pushSpills(em: Emitter, spilled: readonly number[]): void {
  for (const r of spilled) em.insn('pushl', reg(r));
}

/** Pops the spilled registers (in reverse order). */
export function popSpills(em: Emitter, spilled: readonly number[]): void {
  for (const r of [...spilled].reverse()) em.insn('popl', reg(r));
}

/** Counts a site's spills. */
export function countSpills(c: Counters, spilled: readonly number[]): void {
  c.spills += spilled.length;
  if (spilled.length) c.spillSites++;
}
