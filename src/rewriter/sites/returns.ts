// Return-site control-flow integrity (abi.ts): every `ret` checks the word it returns through;
// calls that may return through a module `ret` get their return site listed; in frame-pointer
// functions %ebp is checked against the stack where any `ret` or indirect transfer may land
// (return sites, jump landings) before it is read again.

import { symbolPlusConst } from '../../asm/expr.js';
import type { Instruction } from '../../asm/ir.js';
import { insnEffects } from '../../isa/effects.js';
import { EAX, EBP, EBX, ECX, EDI, EDX, ESI, ESP } from '../../isa/registers.js';
import { STATUS } from '../../isa/flags.js';
import { STUB_SECTION, SYM } from '../../svm-runtime/abi.js';
import type { Counters } from '../counters.js';
import { bit, type Ctx } from '../context.js';
import { FLAG_SHIFT } from '../liveness.js';
import { stackBounds } from './access.js';
import { siteNeed } from './needs.js';
import { absMem, Emitter, imm, mem, reg, sym, target } from './ops.js';

const STATUS_LIVE = STATUS << FLAG_SHIFT;

/**
 * `ret`: the return address must be a return site of this instance (a listed address right after
 * a call), or leave the instance's text through the runtime (abi.ts):
 *   [pushl %r] [pushfl] movl 4w(%esp),%r; subl $__svm_inst_text,%r; cmpl $__svm_text_size,%r;
 *   jae O; btl %r,__svm_returns; jnc D; [popfl] [popl %r]; ret
 * %r is a register dead after the ret and not read by it (liveness: %ecx under -mregparm=3, as
 * %eax/%edx carry results and the others are the caller's; not %ecx either when a caller in this
 * file keeps a value in it across the call, gcc -fipa-ra); none free -> %ecx pushed around.
 * Registers reserved for the function were popped already: they hold the caller's values.
 * `ret $n` is checked the same way (the word at (%esp) is its return address too).
 */
export function returnCheck(cx: Ctx, em: Emitter, n: number, insn: Instruction, c: Counters): void {
  const id = cx.newId();
  const siteLabel = cx.site(em, id, insn.loc);
  const liveOut = cx.live.liveOut[n]!;
  const reads = insnEffects(insn).regRead;
  const free = [ECX, EAX, EDX, EBX, ESI, EDI].find((r) => !((liveOut | reads) & bit(r)));
  const spill = free === undefined;
  const r = free ?? ECX;
  const saveFlags = (liveOut & STATUS_LIVE) !== 0;
  const before = em.count;
  if (spill) em.insn('pushl', reg(r));
  if (saveFlags) em.insn('pushfl');
  const words = (spill ? 1 : 0) + (saveFlags ? 1 : 0);
  em.insn('movl', mem({ base: ESP, disp: 4 * words }), reg(r));
  em.insn('subl', imm(sym(SYM.instText)), reg(r));
  em.insn('cmpl', imm(sym(SYM.textSize)), reg(r));
  em.insn('jae', target(`.Lsvm_o${id}`));
  em.insn('btl', reg(r), absMem(SYM.returns));
  em.insn('jnc', target(`.Lsvm_d${id}`));
  if (saveFlags) em.insn('popfl');
  if (spill) em.insn('popl', reg(r));
  c.insertedForReturns += em.count - before;
  // Labels before the ret stay before the check (jumps, and side tables such as __ex_table
  // fixups, land on it): a ret is never the faulting access a precise entry names.
  em.raw(insn);
  em.count++;
  const st = new Emitter(cx.stubs, em.loc, STUB_SECTION);
  st.label(`.Lsvm_o${id}`);
  if (saveFlags) st.insn('popfl');
  if (spill) st.insn('popl', reg(r));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('call', target(SYM.retOut));
  st.label(`.Lsvm_d${id}`);
  st.insn('addl', imm(sym(SYM.instText)), reg(r));
  st.insn('pushl', imm(sym(siteLabel)));
  st.insn('pushl', reg(r));
  st.insn('call', target(SYM.badReturn));
  c.returnChecks++;
  if (spill) { c.spills++; c.spillSites++; }
  if (saveFlags) c.flagSaves++;
}

/**
 * Right after a call that may return through a module `ret` (to a module label, indirect, or the
 * rewriter's trampoline) and falls through within its function: the return site, labelled and
 * listed. Calls to external routines are not listed (their returns run no module `ret`; a function
 * of another part of the module is not external: RewriteOptions.moduleSymbols), nor
 * calls into the runtime (never a return site: see abi.ts). In a frame-pointer function where
 * %ebp may be read before it is restored (ebpReadAfter), %ebp is checked against the stack (any
 * `ret` may land here, with any %ebp):
 *   call f; .Lsvm_rN: cmpl __svm_stack_lo,%ebp; jb F; cmpl __svm_stack_hi,%ebp; jae F
 * The status flags are not saved: after a call they hold whatever the callee left (the ABI
 * preserves none), so no code depends on them — liveness can only see them "live" through
 * instructions that keep them in some case (a shift by %cl, which keeps them when %cl is 0).
 */
export function returnSite(cx: Ctx, em: Emitter, n: number, c: Counters): void {
  const node = cx.node(n);
  const flow = node.insn?.form.flow;
  if (flow === 'call' && node.callee < 0 && !callsOtherPart(cx, node.insn!)) return;
  const fall = node.succ[0];
  if (fall === undefined || cx.cfg.nodes[fall]!.fn !== node.fn) return;
  const id = cx.newId();
  const label = `.Lsvm_r${id}`;
  em.label(label);
  cx.returnSites.push(label);
  c.returnSites++;
  if (!node.fn?.framePointer || !ebpReadAfter(cx, fall)) return;
  const before = em.count;
  ebpCheck(cx, em, id, false);
  c.fpChecks++;
  c.insertedForReturns += em.count - before;
}

/** A direct call to a function another part of the module defines (RewriteOptions.moduleSymbols). */
function callsOtherPart(cx: Ctx, insn: Instruction): boolean {
  const t = insn.operands[0];
  const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
  return !!sp?.sym && cx.opts.moduleSymbols?.has(sp.sym) === true;
}

/** `.Lsvm_sN: [pushfl] cmpl __svm_stack_lo,%ebp; jb F; cmpl __svm_stack_hi,%ebp; jae F [popfl]` (F: a stack fault). */
function ebpCheck(cx: Ctx, em: Emitter, id: number, saveFlags: boolean): void {
  const siteLabel = cx.site(em, id, em.loc);
  if (saveFlags) em.insn('pushfl');
  stackBounds(cx, em, EBP, id, siteLabel);
  if (saveFlags) em.insn('popfl');
}

/**
 * A jump landing (an address-taken label that is no function entry: jump-table cases, `$label`
 * immediates) of a frame-pointer function where %ebp may be read before it is redefined. The
 * target bitmap is one set for every indirect call and jump of the module, so a corrupted
 * function pointer or another function's jump table may enter the landing with any %ebp; the
 * landing's exempt disp(%ebp) accesses, `leave` and `movl %ebp,%esp` would then use it. %ebp is
 * checked against the stack first, as at a return site (flags saved only if live into the case):
 *
 *   .L5:                                  # before (.L4: .long .L5 ...)
 *     movl  -208(%ebp), %eax
 *
 *   .L5:                                  # after: the table still names .L5, now the check
 *   .Lsvm_sN:
 *     [pushfl]
 *     cmpl  __svm_stack_lo, %ebp
 *     jb    .Lsvm_fN                      # .Lsvm_fN: pushl $.Lsvm_sN; pushl %ebp; call __svm_stack_fault
 *     cmpl  __svm_stack_hi, %ebp
 *     jae   .Lsvm_fN
 *     [popfl]
 *     movl  -208(%ebp), %eax              # within the stack +- the guard, however .L5 was entered
 *
 * Dead code of a frame-pointer function (no predecessor in the CFG, not its entry) is checked the
 * same way: the verifier verifies it from a hostile state.
 *
 * Nothing else at a landing depends on its function's state: translations are not reused across
 * an address-taken label (availIn), inserted sequences check or translate what they use, and
 * %esp-relative accesses are relative to whatever stack the transfer came from.
 */
export function landingCheck(cx: Ctx, n: number, labels: readonly string[], c: Counters): void {
  const node = cx.node(n);
  if (!node.fn?.framePointer) return;
  const entry = labels.some((l) => cx.cfg.functions.some((f) => f.name === l));
  const landing = labels.some((l) => cx.cfg.addressTaken.has(l)) && !entry;
  // Code nothing flows into (after a trap such as a WARN's ud2, or a noreturn call's ud2): the
  // verifier analyses it from a hostile state (%ebp unchecked), so it is checked like a landing.
  const deadRoot = !landing && !entry && cx.preds.start[n] === cx.preds.start[n + 1];
  if (!landing && !deadRoot) return;
  // Dead code is verified up to where it meets live code (whose own analysis stands): only reads
  // of %ebp on the way there matter.
  if (!ebpReadAfter(cx, n, deadRoot ? cx.deadNodes() : null)) return;
  const em = new Emitter(cx.out, node.insn!.loc, node.insn!.section);
  const saveFlags = cx.flagsLive(n);
  if (saveFlags) c.flagSaves++;
  ebpCheck(cx, em, cx.newId(), saveFlags);
  c.fpChecks++;
  c.insertedForReturns += em.count;
  c.after += em.count;
}

/**
 * May %ebp be read from node `from` on, before something redefines it (popl %ebp, leave)? Reads
 * are the original instructions' (liveness uses: memory bases, leave, copies) and the rewriter's
 * own reloads of a register from an %ebp-based slot (rematerialisation at an inserted sequence).
 */
export function ebpReadAfter(cx: Ctx, from: number, within: Uint8Array | null = null): boolean {
  const seen = new Set<number>([from]);
  const work = [from];
  while (work.length) {
    const m = work.pop()!;
    const node = cx.cfg.nodes[m]!;
    if (within && !within[m]) continue;
    if (cx.live.use[m]! & bit(EBP)) return true;
    if (node.exit === 'unknown') return true;
    if (siteNeed(cx, node) && cx.facts.in[m]!.some((f) => f?.kind === 'slot' && f.base === EBP)) return true;
    if (cx.live.def[m]! & bit(EBP)) continue;
    for (const t of node.succ) if (!seen.has(t)) { seen.add(t); work.push(t); }
  }
  return false;
}
