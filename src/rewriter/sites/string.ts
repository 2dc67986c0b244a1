// String instructions (thesis §4.3.1 "String instructions"): a loop over chunks that stay within
// one page of the source and of the destination; each chunk runs the original instruction on
// translated %esi/%edi, which are then moved back to dom0 terms.

import type { Instruction } from '../../asm/ir.js';
import { EAX, ECX, EDI, ESI, ESP } from '../../isa/registers.js';
import { PAGE_SIZE } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { bit, error, type Ctx } from '../context.js';
import { DF_SET, DF_UNKNOWN } from '../direction.js';
import { fastPath } from './access.js';
import { copyInsn, Emitter, imm, mem, reg, target } from './ops.js';
import { countSpills, emitReloads, popSpills, pushSpills, scratch } from './scratch.js';
import { markPrecise } from './tables.js';
import { maskWord } from './intflag.js';

/**
 * A non-rep instruction runs as a rep one with a count of 1 (%ecx saved around it). Either
 * direction: DF is known at every string instruction (direction.ts); with DF set (`std; rep
 * movsb; cld`, the classic i386 memmove) the chunks go down, each from the pointer to the start
 * of its page. Stack words used:
 *
 *   [pushfl]                        flags slot: original flags (cmps/scas, or live flags)
 * T: testl %ecx,%ecx; je E
 *   n := min(%ecx, elements left in the src page, in the dst page)
 *        forward:  ceil((4096 - (ptr & 0xfff)) / elem)  (movl; andl $0xfff; negl; addl $4095+elem; shrl)
 *        backward: ((ptr & 0xfff) >> log2 elem) + 1     (movl; andl $0xfff; shrl; addl $1)
 *   subl n,%ecx; pushl %ecx; movl n,%ecx                 remaining count saved
 *   translate %esi (%edi): d := T(x) - x; x += d; pushl d
 *   rep <op>                                              on translated pointers
 *   [cmps/scas: flags slot := flags]
 *   popl d; subl d,%edi (%esi)                           back to dom0 terms
 *   [cmps/scas: stop early when %ecx != 0 or the condition ended the scan]
 *   popl %ecx; jmp T
 * S: addl (%esp),%ecx; leal 4(%esp),%esp                 stopped early: count left
 * E: [<mask the flags slot to its status flags>; popfl]   (intflag.ts maskWord: the chunks may
 *                                                         have written the slot, a stack operand)
 */
export function stringOp(cx: Ctx, em: Emitter, n: number, insn: Instruction, held: number[], c: Counters): void {
  const form = insn.form;
  const fp = cx.fp(n);
  const io = form.stringIo!;
  const useSrc = io.src !== 'none';
  const useDst = io.dst !== 'none';
  const elem = form.size / 8;
  const shift = elem === 4 ? 2 : elem === 2 ? 1 : 0;
  const compare = form.op === 'cmps' || form.op === 'scas';
  const repPrefix = insn.prefixes.find((p) => p.startsWith('rep'));
  const isRep = repPrefix !== undefined;
  const df = cx.df.before[n]!;
  if (df === DF_UNKNOWN) {
    throw error(insn, `string instruction '${insn.mnemonic}' where the direction flag may be set or clear (paths with std and without meet): the chunks cannot be bounded`);
  }
  const backward = df === DF_SET;
  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  // Registers the loop must not touch: the string registers and the accumulator it uses.
  const accUsed = form.implicitRead.concat(form.implicitWrite).some((r) => r.gpr === EAX);
  const avoid = bit(ESI) | bit(EDI) | bit(ECX) | (accUsed ? bit(EAX) : 0);
  const { regs, spilled, reload } = scratch(cx, n, insn, 2, fp, avoid, -1);
  const [ra, rb] = regs as [number, number];
  pushSpills(em, spilled);
  countSpills(c, spilled);
  if (!isRep) { em.insn('pushl', reg(ECX)); em.insn('movl', imm(1), reg(ECX)); }
  const saveFlags = compare || cx.flagsLive(n);
  if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
  const T = `.Lsvm_t${id}`, E = `.Lsvm_e${id}`, S = `.Lsvm_q${id}`;
  em.label(T);
  em.insn('testl', reg(ECX), reg(ECX));
  em.insn('je', target(E));
  em.insn('movl', reg(ECX), reg(ra));
  for (const [use, ptr] of [[useSrc, ESI], [useDst, EDI]] as const) {
    if (!use) continue;
    em.insn('movl', reg(ptr), reg(rb));
    em.insn('andl', imm(0xfff), reg(rb));
    if (backward) {
      // elements whose start lies in this page, going down: ((ptr & 0xfff) >> log2(elem)) + 1
      if (shift) em.insn('shrl', imm(shift), reg(rb));
      em.insn('addl', imm(1), reg(rb));
    } else {
      // elements whose start lies in this page, going up: ceil((4096 - (ptr & 0xfff)) / elem)
      em.insn('negl', reg(rb));
      em.insn('addl', imm(PAGE_SIZE + elem - 1), reg(rb));
      if (shift) em.insn('shrl', imm(shift), reg(rb));
    }
    em.insn('cmpl', reg(rb), reg(ra));
    em.insn('cmova', reg(rb), reg(ra));
  }
  em.insn('subl', reg(ra), reg(ECX));
  em.insn('pushl', reg(ECX));
  em.insn('movl', reg(ra), reg(ECX));
  let deltas = 0;
  for (const [use, ptr] of [[useSrc, ESI], [useDst, EDI]] as const) {
    if (!use) continue;
    const tid = cx.newId();
    em.insn('movl', reg(ptr), reg(ra));
    fastPath(cx, em, tid, siteLabel, ra, rb);
    em.insn('subl', reg(ptr), reg(ra));
    em.insn('addl', reg(ra), reg(ptr));
    em.insn('pushl', reg(ra));
    deltas++;
  }
  const prefixes = isRep ? insn.prefixes : compare ? ['repe'] : ['rep'];
  markPrecise(cx, em, held);
  em.raw(copyInsn(insn, { prefixes, prefixStmt: isRep ? insn.prefixStmt : false, operands: [] }));
  em.count++;
  if (compare) {
    em.insn('pushfl');
    em.insn('popl', reg(rb));
    em.insn('movl', reg(rb), mem({ base: ESP, disp: 4 * (deltas + 1) }));
  }
  for (const [use, ptr] of [[useDst, EDI], [useSrc, ESI]] as const) {
    if (!use) continue;
    em.insn('popl', reg(ra));
    em.insn('subl', reg(ra), reg(ptr));
  }
  if (compare) {
    em.insn('testl', reg(ECX), reg(ECX));
    em.insn('jne', target(S));
    // repe continues only while ZF=1, repne while ZF=0 (flags slot is at 4(%esp) now).
    const continueWhileZ = !(repPrefix === 'repne' || repPrefix === 'repnz');
    em.insn('testl', imm(0x40), mem({ base: ESP, disp: 4 }));
    em.insn(continueWhileZ ? 'je' : 'jne', target(S));
  }
  em.insn('popl', reg(ECX));
  em.insn('jmp', target(T));
  if (compare) {
    em.label(S);
    em.insn('addl', mem({ base: ESP }), reg(ECX));
    em.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
  }
  em.label(E);
  if (saveFlags) {
    // The flags slot is restored through the mask popf may load (the chunks' writes may have
    // landed on this very slot: a string operand in the running invocation's stack).
    maskWord(em, rb, 0);
    em.insn('popfl');
  }
  if (!isRep) em.insn('popl', reg(ECX));
  popSpills(em, spilled);
  emitReloads(cx, em, cx.node(n), reload, c);
}
