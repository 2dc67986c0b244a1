// Classification of an instruction's memory references: which operand is a memory access, and
// whether it is stack-relative (exempt from SVM translation) or must be translated. One rule,
// shared by statistics, the rewriter and the verifier.
//
// Stack-relative (DESIGN.md §2, thesis §4.2.1): base %esp — or %ebp in a function that made it its
// frame pointer — no index register, no segment override, and a constant displacement whose
// magnitude is below the guard distance of the hypervisor stack, so the access stays inside the
// stack or its guard pages.

import { constValue } from './expr.js';
import type { Instruction, MemOperand } from './ir.js';

/** Default guard distance (bytes) around the hypervisor stack; displacements must stay below it. */
export const STACK_GUARD = 0x10000;

export type MemRefClass = 'stack' | 'translate';

export interface MemRef {
  /** Operand index within insn.operands. */
  readonly index: number;
  readonly op: MemOperand;
  readonly access: 'r' | 'w' | 'rw';
  readonly cls: MemRefClass;
}

export function classifyMem(op: MemOperand, framePointer: boolean, guard = STACK_GUARD): MemRefClass {
  if (op.seg || op.index || !op.base) return 'translate';
  if (!(op.base.name === 'esp' || (framePointer && op.base.name === 'ebp'))) return 'translate';
  if (op.disp === null) return 'stack';
  const v = constValue(op.disp);
  if (v === null) return 'translate';
  return v > -BigInt(guard) && v < BigInt(guard) ? 'stack' : 'translate';
}

/**
 * The class of memory operand `op` of `insn`: as classifyMem, except that a bit-string instruction
 * with a register bit offset (`btsl %edx, (%esp)`) reaches base + (offset >> 3), far from the
 * operand: never stack-relative, whatever its base.
 */
export function classifyAccess(insn: Instruction, op: MemOperand, framePointer: boolean, guard = STACK_GUARD): MemRefClass {
  if (insn.form.bitBase && insn.operands[0]?.kind === 'reg') return 'translate';
  return classifyMem(op, framePointer, guard);
}

/** The explicit memory accesses of an instruction (lea, nop and prefetch hints have none). */
export function memRefs(insn: Instruction, framePointer: boolean, guard = STACK_GUARD): MemRef[] {
  const form = insn.form;
  if (form.mem === 'none') return [];
  const out: MemRef[] = [];
  insn.operands.forEach((o, i) => {
    if (o.kind !== 'mem') return;
    // The %dx port of in/out is written like memory but is not.
    if (form.cls === 'io' && o.base?.name === 'dx') return;
    out.push({ index: i, op: o, access: form.mem as 'r' | 'w' | 'rw', cls: classifyAccess(insn, o, framePointer, guard) });
  });
  return out;
}
