// `--svm segment` (svm-runtime/segment.ts): a non-stack memory operand runs on the confined data
// segment %gs with its displacement rebased by the region's start; per-cpu %fs operands run on the
// confined per-cpu segment as they are. No instruction is inserted, except one `leal` where the
// displacement names a symbol (a symbol and __svm_seg_neg cannot share one relocation):
//
//   movl 8(%eax,%ecx,4), %edx   ->  movl %gs:__svm_seg_neg+8(%eax,%ecx,4), %edx
//   addl %edx, (%ebx)           ->  addl %edx, %gs:__svm_seg_neg(%ebx)
//   movl 4(%ebp), %eax (%ebp no frame pointer: default %ss)  ->  movl %gs:__svm_seg_neg+4(%ebp), %eax
//   movl jiffies, %eax          ->  leal jiffies, %ecx; movl %gs:__svm_seg_neg(%ecx), %eax
//   decl %fs:__preempt_count    ->  decl %fs:__preempt_count
//
// Left to the stlb path (sites/access.ts): a bit-string instruction with a register bit offset
// (its byte may lie 256 MiB from the operand), an operand with a %gs or other override, and
// push/pop of a symbolic operand when the scratch register must be spilled.

import type { Instruction, MemOperand, Operand } from '../../asm/ir.js';
import { constValue, symbolPlusConst } from '../../asm/expr.js';
import { ESP, reg as regNamed } from '../../isa/registers.js';
import { SEG_NEG, SEGMENT_SECTION } from '../../svm-runtime/segment.js';
import type { Counters } from '../counters.js';
import type { Ctx } from '../context.js';
import { lea } from './access.js';
import { addConst, Emitter, mem, num, sym } from './ops.js';
import { countSpills, emitReloads, popSpills, pushSpills, scratch } from './scratch.js';
import { markPrecise } from './tables.js';
import type { Need } from './needs.js';

const GS = regNamed('gs');

/** How segment mode handles operand `m` of `insn`: 'fs' (as it is), 'rebase' (0 inserted), 'lea' (1), or null (stlb). */
export function segmentPlan(insn: Instruction, m: MemOperand): 'fs' | 'rebase' | 'lea' | null {
  if (insn.form.bitBase && insn.operands[0]?.kind === 'reg') return null;
  if (m.seg) {
    if (m.seg.name === 'fs') return 'fs';
    if (m.seg.name !== 'ds') return null;
  }
  if (m.disp === null || constValue(m.disp) !== null) return 'rebase';
  // A symbol (and addend) needs the leal; anything else the assembler could not encode anyway.
  return symbolPlusConst(m.disp) ? 'lea' : null;
}

/** What the site needs from the reservation plan (needs.ts): null for none, undefined for the stlb path's. */
export function segmentNeed(insn: Instruction, m: MemOperand, mi: number): Need | null | undefined {
  const plan = segmentPlan(insn, m);
  if (plan === null) return undefined;
  const stackOp = insn.form.implicitMem === 'push' || insn.form.implicitMem === 'pop';
  return plan === 'lea' ? { count: 1, avoid: 0, mi, noSpill: stackOp } : null;
}

/**
 * Emits the confined form of `insn` (memory operand `mi`); false when the operand stays on the
 * stlb path (the caller translates it then).
 */
export function confined(cx: Ctx, em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters): boolean {
  const m = insn.operands[mi] as MemOperand;
  const plan = segmentPlan(insn, m);
  if (plan === null) return false;
  const withOp = (o: MemOperand): Operand[] => insn.operands.map((x, i) => (i === mi ? o : x));
  if (plan === 'fs') {
    markPrecise(cx, em, held);
    em.reuse(insn, insn.operands);
    c.confined++;
    return true;
  }
  if (plan === 'rebase') {
    const disp = addConst(sym(SEG_NEG), Number(m.disp === null ? 0n : constValue(m.disp)!));
    markPrecise(cx, em, held);
    em.reuse(insn, withOp({ ...m, seg: GS, disp }));
    c.confined++;
    return true;
  }
  const stackOp = insn.form.implicitMem === 'push' || insn.form.implicitMem === 'pop';
  const { regs, spilled, reload } = scratch(cx, n, insn, 1, cx.fp(n), 0, mi);
  if (stackOp && spilled.length) return false;
  const r = regs[0]!;
  const before = em.count;
  pushSpills(em, spilled);
  // pop M computes its address after %esp has moved up by 4.
  lea(em, m, r, spilled.length, insn.form.op === 'pop' && m.base?.gpr === ESP ? 4 : 0);
  const inserted = em.count - before;
  markPrecise(cx, em, held);
  em.reuse(insn, withOp(mem({ base: r, disp: sym(SEG_NEG), seg: GS })));
  popSpills(em, spilled);
  emitReloads(cx, em, cx.node(n), reload, c);
  countSpills(c, spilled);
  c.confined++;
  c.insertedForConfined += inserted + spilled.length;
  return true;
}

/** The mode's marker section (svm-runtime/segment.ts SEGMENT_SECTION): `.section .svm_segment,"",@progbits; .byte 1`. */
export function appendSegmentMarker(cx: Ctx): void {
  const loc = { file: cx.program.file, line: 0, col: 0 };
  cx.out.push({
    kind: 'directive', name: '.section', args: [{ k: 'raw', text: SEGMENT_SECTION }, { k: 'str', text: '""' }, { k: 'raw', text: '@progbits' }],
    raw: undefined, loc, section: SEGMENT_SECTION, comment: undefined,
  });
  new Emitter(cx.out, loc, SEGMENT_SECTION).directive('.byte', [num(1)]);
}
