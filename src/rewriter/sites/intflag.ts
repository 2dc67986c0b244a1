// The interrupt flag in the hypervisor instance (thesis §4.2.4): cli/sti/pushf/popf become
// operations on the instance's virtual interrupt flag __svm_vif (abi.ts: one byte, 1 = masked; the
// loader binds the VM instance's to dom0's evtchn_upcall_mask, the hypervisor instance's to a
// byte of its runtime that the hypervisor honours before it runs the driver's interrupt handler).
// The real IF, IOPL, TF, NT, AC, ID and DF are never loaded from a word the driver controls: popf
// may change the status flags only. The kernel's local_irq_save/restore, spin_lock_irqsave
// (inlined) and irqs_disabled() keep their meaning:
//
//   cli                 ->  movb $1, __svm_vif
//   sti                 ->  movb $0, __svm_vif
//   pushfl              ->  pushfl                        # the real flags word W
//                           [pushfl]                      # (flags live after: saved)
//                           orl  $0x200, w(%esp)          # W.IF := !vIF
//                           cmpb $0, __svm_vif
//                           je   .Lsvm_iN
//                           andl $-513, w(%esp)
//                         .Lsvm_iN:
//                           [popfl]
//   popfl               ->  [pushl %r]                    # %r: a register dead after popf (else spilled)
//                           testl $0x200, w(%esp)         # the popped word's IF ...
//                           sete  __svm_vif               # ... becomes the virtual IF
//                           andl  $0x8d5, w(%esp)         # the word keeps its status flags only
//                           pushfl                        # R: the real flags now
//                           movl  (%esp), %r
//                           andl  $0xfffff72a, %r         # R's other bits
//                           orl   %r, 4+w(%esp)           # W' = (W & status) | (R & ~status)
//                           leal  4(%esp), %esp
//                           [popl %r]
//                           popfl                         # changes the status flags only
//
// The verifier accepts popf only of a word built so (or of a pushf slot restored unchanged).
// DF: popf keeps the direction flag as it is (the verifier must know DF at every string
// instruction and ret). The kernel restores only words it saved with local_irq_save, where DF is
// clear as everywhere in kernel code: a word saved with DF set (std; ...; pushfl) is pushed
// exactly, and only a popf of it where DF differs would differ from the CPU's.

import type { Instruction } from '../../asm/ir.js';
import { STATUS } from '../../isa/flags.js';
import { EBP, ESP } from '../../isa/registers.js';
import { SYM } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { error, type Ctx } from '../context.js';
import { absMem, Emitter, imm, mem, reg, target } from './ops.js';
import { candidates, SCRATCH_ORDER } from './scratch.js';
import { markPrecise } from './tables.js';

const IF = 0x200;

/**
 * The word at w(%esp) becomes one popf may load: its own status flags, every other bit the real
 * flags' (%r is scratch; the status flags are clobbered):
 *   andl $0x8d5,w(%esp); pushfl; movl (%esp),%r; andl $0xfffff72a,%r; orl %r,4+w(%esp); leal 4(%esp),%esp
 */
export function maskWord(em: Emitter, r: number, w: number): void {
  em.insn('andl', imm(STATUS), mem({ base: ESP, disp: w }));
  em.insn('pushfl');
  em.insn('movl', mem({ base: ESP }), reg(r));
  em.insn('andl', imm(~STATUS), reg(r));
  em.insn('orl', reg(r), mem({ base: ESP, disp: 4 + w }));
  em.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
}

export function intFlag(cx: Ctx, em: Emitter, n: number, insn: Instruction, held: number[], c: Counters): void {
  const op = insn.form.op;
  markPrecise(cx, em, held);
  if (op === 'cli' || op === 'sti') {
    em.insn('movb', imm(op === 'cli' ? 1 : 0), absMem(SYM.vif));
  } else if (op === 'pushf') {
    if (insn.form.size !== 32) throw error(insn, `'${insn.mnemonic}' (16-bit flags) is not supported in the hypervisor instance`);
    em.raw(insn);
    em.count++;
    const save = cx.flagsLiveOut(n);
    if (save) { em.insn('pushfl'); c.flagSaves++; }
    const w = save ? 4 : 0;
    const id = cx.newId();
    em.insn('orl', imm(IF), mem({ base: ESP, disp: w }));
    em.insn('cmpb', imm(0), absMem(SYM.vif));
    em.insn('je', target(`.Lsvm_i${id}`));
    em.insn('andl', imm(~IF), mem({ base: ESP, disp: w }));
    em.label(`.Lsvm_i${id}`);
    if (save) em.insn('popfl');
  } else if (op === 'popf') {
    if (insn.form.size !== 32) throw error(insn, `'${insn.mnemonic}' (16-bit flags) is not supported in the hypervisor instance`);
    const fp = cx.fp(n);
    const { free } = candidates(cx, n, insn, fp, 0, -1);
    const r = free[0] ?? SCRATCH_ORDER.find((x) => x !== ESP && !(fp && x === EBP))!;
    const spill = free.length === 0;
    if (spill) { em.insn('pushl', reg(r)); c.spills++; c.spillSites++; }
    const w = spill ? 4 : 0;
    em.insn('testl', imm(IF), mem({ base: ESP, disp: w }));
    em.insn('sete', absMem(SYM.vif));
    maskWord(em, r, w);
    if (spill) em.insn('popl', reg(r));
    em.raw(insn);
    em.count++;
    cx.avail = [];
  } else {
    throw error(insn, `privileged instruction (intflag) '${insn.mnemonic}' cannot run in the hypervisor instance`);
  }
  c.intFlagSites++;
}
