// What the sequence inserted at a node needs (scratch register count, registers it must not use,
// the memory operand it translates): asked when planning reservations (reserve.ts), when an
// indirect transfer decides between a register and the stack trampoline, and when deciding
// whether a rematerialised register may be reloaded from an %ebp slot (returns.ts ebpReadAfter).

import type { MemOperand } from '../../asm/ir.js';
import { classifyAccess, classifyMem } from '../../asm/memref.js';
import { EAX, ECX, EDI, ESI } from '../../isa/registers.js';
import type { CodeNode } from '../cfg.js';
import { bit, isStackBased, memOperandIndex, type Ctx } from '../context.js';
import { accessBytesOf } from './access.js';
import { constantAddr, simpleBase } from './table.js';
import { segmentNeed } from './segment.js';

export interface Need {
  readonly count: number;
  readonly avoid: number;
  readonly mi: number;
  readonly noSpill: boolean;
}

export function siteNeed(cx: Ctx, node: CodeNode): Need | null {
  const insn = node.insn;
  if (!insn || insn.form.privilege) return null;
  const form = insn.form;
  const fp = node.fn?.framePointer ?? false;
  if (form.implicitMem === 'string') {
    const accUsed = form.implicitRead.concat(form.implicitWrite).some((r) => r.gpr === EAX);
    return { count: 2, avoid: bit(ESI) | bit(EDI) | bit(ECX) | (accUsed ? bit(EAX) : 0), mi: -1, noSpill: false };
  }
  if (form.flow === 'icall' || form.flow === 'ijmp') {
    const op = insn.operands[0]!;
    if (op.kind === 'reg') return { count: 1, avoid: 0, mi: -1, noSpill: true };
    const m = op as MemOperand;
    if (cx.opts.svm === 'table' && classifyMem(m, fp, cx.guard) !== 'stack' && !isStackBased(m, fp)) {
      const simple = simpleBase(m, 4);
      return { count: simple ? 1 : 2, avoid: simple ? bit(simple.base) : 0, mi: 0, noSpill: true };
    }
    return { count: classifyMem(m, fp, cx.guard) === 'stack' || isStackBased(m, fp) ? 1 : 2, avoid: 0, mi: 0, noSpill: true };
  }
  const mi = memOperandIndex(insn);
  if (mi < 0) return null;
  const m = insn.operands[mi] as MemOperand;
  if (classifyAccess(insn, m, fp, cx.guard) === 'stack') return null;
  const stackOp = form.implicitMem === 'push' || form.implicitMem === 'pop';
  const bitReg = form.bitBase && insn.operands[0]?.kind === 'reg';
  const stackBased = isStackBased(m, fp) || cx.derivedBase(cx.cfg.nodeOfItem[node.item]!, m);
  if (cx.opts.svm === 'table' && !stackBased && !stackOp && !bitReg) {
    // The table path (table.ts): one register for disp(%b) within reach (never %b) and for a
    // constant address (its page's delta), else two.
    const simple = simpleBase(m, accessBytesOf(insn));
    return { count: simple || constantAddr(m) ? 1 : 2, avoid: simple ? bit(simple.base) : 0, mi, noSpill: false };
  }
  if (cx.opts.svm === 'segment' && !stackBased) { const s = segmentNeed(insn, m, mi); if (s !== undefined) return s; }
  return { count: (isStackBased(m, fp) || cx.derivedBase(cx.cfg.nodeOfItem[node.item]!, m)) && !bitReg ? 1 : 2, avoid: 0, mi, noSpill: stackOp };
}
