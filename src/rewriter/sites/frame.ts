// Variable frames (frame.ts): %esp is only ever set to a checked stack address.
//
// A write of %esp by a variable amount computes the new value in a free register, checks it
// against the current driver stack, and only then moves it to %esp; the verifier takes the
// checked value as the origin of an exact frame (every later k(%esp), push and call stays within
// the guard of a stack address, and %esp never points anywhere else, not even for an instant):
//
//   subl   %eax, %esp                  # before (a VLA; alloca; andl $-16,%esp realigns)
//
//   movl   %esp, %r                    # after (%r: a register dead here)
//   subl   %eax, %r
// .Lsvm_sN:
//   [pushfl]                           # the original's flags, if live after it
//   cmpl   __svm_stack_lo, %r
//   jb     .Lsvm_fN                    # .Lsvm_fN: pushl $.Lsvm_sN; pushl %r; call __svm_stack_fault
//   cmpl   __svm_stack_hi, %r
//   jae    .Lsvm_fN
//   [popfl]
//   movl   %r, %esp
//
//   movl -16(%ebp),%esp / leal M,%esp  ->  movl -16(%ebp),%r / leal M,%r; <check %r>; movl %r,%esp
//   movl %ebx, %esp / leave (no frame pointer)  ->  <check %ebx / %ebp in place>; movl %ebx,%esp / leave
//
// With no register free, one is borrowed on the stack and the checked value leaves through it:
//   pushl %r; leal 4(%esp),%r; subl %eax,%r; <check %r>; xchgl %r,(%esp); popl %esp
// The check's fault path starts at the top of the driver stack (the frame may be unchecked here:
// see below).
//
// Where paths with different frames meet (a VLA loop's header), %esp is a stack address of no
// known frame: before its first use it is checked in place, and the fault path first moves to the
// top of the driver stack (the invocation is aborted anyway):
//
// .Lsvm_sN:
//   cmpl   __svm_stack_lo, %esp
//   jb     .Lsvm_fN                    # .Lsvm_fN: movl %esp,%eax; movl __svm_stack_hi,%esp;
//   cmpl   __svm_stack_hi, %esp        #           pushl $.Lsvm_sN; pushl %eax; call __svm_stack_fault
//   jae    .Lsvm_fN
//   call   use                         # pushes on a checked stack
//
// The status flags must be dead at an in-place check (it compares): the rewrite is refused
// otherwise.

import type { Instruction, MemOperand } from '../../asm/ir.js';
import { classifyMem } from '../../asm/memref.js';
import { EAX, EBP, ESP } from '../../isa/registers.js';
import { STATUS } from '../../isa/flags.js';
import { STUB_SECTION, SYM } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { error, type Ctx } from '../context.js';
import { FLAG_SHIFT } from '../liveness.js';
import { lea, stackBounds } from './access.js';
import { absMem, addConst, constValue, Emitter, imm, mem, reg, sym, target } from './ops.js';
import { insnEffects } from '../../isa/effects.js';
import { candidates } from './scratch.js';
import { markPrecise } from './tables.js';

/** A variable write of %esp: the new value computed in a register, checked, then moved to %esp. */
export function espWrite(cx: Ctx, em: Emitter, n: number, insn: Instruction, held: number[], c: Counters): void {
  const f = insn.form;
  const ops = insn.operands;
  const src = ops[0];
  const fp = cx.fp(n);
  const saveFlags = cx.flagsLiveOut(n);
  const id = cx.newId();
  markPrecise(cx, em, held);
  // The value to check is already in a register: mov %r,%esp; leave (%ebp) without a frame pointer;
  // lea k(%r),%esp (the DRAP epilogue `leal -8(%edi),%esp`): %r is checked and the instruction
  // kept, so the verifier restarts the frame at the register's own origin when it knows it.
  const leaBase = f.op === 'lea' && src?.kind === 'mem' && src.base && !src.index && !src.seg && src.base.gpr !== ESP &&
    (!src.disp || Math.abs(Number(constValue(src.disp) ?? 1e9)) < cx.guard) ? src.base.gpr : -1;
  const inPlace = f.op === 'leave' ? EBP : f.op === 'mov' && src?.kind === 'reg' && src.reg.cls === 'r32' ? src.reg.gpr : leaBase;
  if (inPlace >= 0) {
    if (inPlace === ESP) throw error(insn, `'${insn.mnemonic}' of %esp into %esp`);
    const siteLabel = cx.site(em, id, insn.loc);
    if (cx.flagsLive(n)) { em.insn('pushfl'); c.flagSaves++; }
    stackBounds(cx, em, inPlace, id, siteLabel, true);
    if (cx.flagsLive(n)) em.insn('popfl');
    em.raw(insn);
    em.count++;
    c.espChecks++;
    return;
  }
  const { free } = candidates(cx, n, insn, fp, 0, -1);
  // No free register: borrow one on the stack (its slot then carries the checked value).
  const spill = free.length === 0;
  const r = free[0] ?? [EAX, 1, 2, 3, 6, 7].find((x) => !(effectsRead(insn) & (1 << x)))!;
  const words = spill ? 1 : 0;
  if (spill) { em.insn('pushl', reg(r)); c.spills++; c.spillSites++; }
  if (f.op === 'mov' && src?.kind === 'mem') {
    if (classifyMem(src, fp, cx.guard) !== 'stack') throw error(insn, `'${insn.mnemonic}' loads %esp from memory that is not a stack slot`);
    // The slot itself (a borrowed register's push moves %esp-relative ones by 4).
    em.insn('movl', src.base?.gpr === ESP && words ? { ...src, disp: addConst(src.disp, 4 * words) } : src, reg(r));
  } else if (f.op === 'lea' && src?.kind === 'mem') {
    lea(em, src, r, words);
  } else if ((f.op === 'sub' || f.op === 'add' || f.op === 'and' || f.op === 'or') && ops.length === 2 && src && src.kind !== 'mem') {
    em.insn('leal', mem({ base: ESP, disp: 4 * words }), reg(r));
    em.reuse(insn, [src, reg(r)]);
  } else {
    throw error(insn, `'${insn.mnemonic}' sets %esp in a way that cannot be checked (a variable frame sets %esp from a register)`);
  }
  const siteLabel = cx.site(em, id, insn.loc);
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  stackBounds(cx, em, r, id, siteLabel, true);
  if (saveFlags) em.insn('popfl');
  if (spill) {
    em.insn('xchgl', reg(r), mem({ base: ESP }));
    em.insn('popl', reg(ESP));
  } else em.insn('movl', reg(r), reg(ESP));
  cx.avail = cx.avail.filter((t) => t.treg !== r && t.base !== r && t.index !== r);
  c.espChecks++;
}

/** The in-place check of an unchecked %esp (a join of different frames) before its first use. */
export function espCheck(cx: Ctx, n: number, c: Counters): void {
  const node = cx.node(n);
  const insn = node.insn!;
  if (cx.live.liveIn[n]! & (STATUS << FLAG_SHIFT)) {
    throw error(insn, `the stack pointer must be checked before '${insn.mnemonic}' (paths with different frames meet here), but the status flags are live there`);
  }
  const em = new Emitter(cx.out, insn.loc, insn.section);
  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  em.insn('cmpl', absMem(SYM.stackLo), reg(ESP));
  em.insn('jb', target(`.Lsvm_f${id}`));
  em.insn('cmpl', absMem(SYM.stackHi), reg(ESP));
  em.insn('jae', target(`.Lsvm_f${id}`));
  const st = new Emitter(cx.stubs, insn.loc, STUB_SECTION);
  st.label(`.Lsvm_f${id}`);
  st.insn('movl', reg(ESP), reg(EAX));
  st.insn('movl', absMem(SYM.stackHi), reg(ESP));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(EAX));
  st.insn('call', target(SYM.stackFault));
  c.espChecks++;
  c.after += em.count;
}

/** Registers the instruction reads. */
function effectsRead(insn: Instruction): number {
  return insnEffects(insn).regRead;
}
