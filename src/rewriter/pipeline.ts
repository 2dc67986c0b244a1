// The SVM rewrite of one file, as an ordered pipeline (LLVM MC LFI style: each instruction class
// has one emitter function in sites/ writing to a sink; forms an emitter cannot make safe throw an
// AsmError at the instruction; nothing unsafe passes through silently).
//
// Pass order, and why (each needs the previous one's results):
//   0. input (input.ts): refuse what cannot be made safe (PIC, 64-bit code, unknown .cold splits,
//      already-rewritten input) before anything else, and normalise retpoline thunk calls into
//      the indirect transfers they are — every analysis below must see the transfer as it is;
//   1. analyses (context.ts): the CFG over all code of the file (jump tables, .cold parts,
//      noreturn calls), then liveness of GPRs and EFLAGS on it (scratch registers, flag saves),
//      rematerialisation facts, stack facts (depths, stack-derived registers), direction-flag
//      facts — all of the ORIGINAL program, before anything is inserted;
//   2. reservations (sites/reserve.ts): which callee-saved registers each function reserves — it
//      asks every site's need (sites/needs.ts) and the scratch candidates, so it needs 1; then
//      where an unchecked stack pointer is used (frame.ts: variable frames), which asks the same
//      needs (a site may push);
//   3. side-table references that must name one instruction (sites/tables.ts findPreciseRefs);
//   4. per-instruction rewrite in source order (this file's run loop, dispatching to sites/*):
//      labels stay on the same instruction; reuse (sites/reuse.ts) flows forward along the
//      source order, so this pass must be one forward walk; registers a site borrowed are
//      reloaded lazily, before the first node, label or directive that needs them
//      (sites/scratch.ts settle), and table sites place their delta load around the live flags
//      by rewriting the output of the same straight-line run (sites/flags.ts);
//   5. side tables patched to the accessing instructions emitted in 4, then the out-of-line
//      stubs and the site, target and return-site tables appended (they list what 4 emitted).
//
// Per instruction class (sequences in abi.ts and at each emitter):
//   stack-relative operand  -> unchanged;  stack-indexed operand -> bounds check on the stack
//   other memory operand    -> stlb fast path + original instruction on the translated address
//                              (--svm table: on base + the page's delta, sites/table.ts;
//                              --svm segment: the original on the confined %gs, sites/segment.ts)
//   string instruction      -> page-bounded chunk loop over translated %esi/%edi
//   indirect call/jump      -> target checked and moved to this instance's text, or stlb_call
//   ret                     -> return address checked: a return site of this instance, or the runtime
//   call that may return through a module `ret` (module label, indirect, trampoline)
//                           -> its return site labelled and listed in .svm_returns; in a frame-pointer
//                              function that reads %ebp again, %ebp bounds-checked to the stack there
//   jump landing (address-taken label, not a function entry) of a frame-pointer function reading %ebp
//                           -> %ebp bounds-checked there too (any indirect transfer may land on it)
//   first use of a stack pointer set by a variable amount (alloca, VLAs, realignment)
//                           -> %esp bounds-checked to the driver stack (sites/frame.ts)
//   cli/sti/pushf/popf      -> operations on the instance's virtual interrupt flag (sites/intflag.ts)
//   port I/O                -> checked runtime helpers (or an error with portIo 'error')
//   other privileged        -> error

import { AsmError, AsmErrors } from '../asm/diagnostics.js';
import { symbolPlusConst } from '../asm/expr.js';
import { insnEffects } from '../isa/effects.js';
import { ESP } from '../isa/registers.js';
import type { Instruction, Item, MemOperand, Program } from '../asm/ir.js';
import { classifyAccess } from '../asm/memref.js';
import type { CodeNode } from './cfg.js';
import { addCounters, emptyCounters, type Counters, type RewriteOptions, type RewriteReport } from './counters.js';
import { Ctx, error, isStackBased, memOperandIndex } from './context.js';
import { normalizeInput } from './input.js';
import { NORETURN } from '../svm-runtime/abi.js';
import { stackChecked, translated } from './sites/access.js';
import { indirectTransfer } from './sites/indirect.js';
import { intFlag } from './sites/intflag.js';
import { espCheck, espWrite } from './sites/frame.js';
import { siteNeed } from './sites/needs.js';
import { exactEspWrite, frameFacts } from './frame.js';
import { Emitter } from './sites/ops.js';
import { portIo } from './sites/portio.js';
import { adjustForReservation, entryPushes, exitPops, planReservations } from './sites/reserve.js';
import { landingCheck, returnCheck, returnSite } from './sites/returns.js';
import { availIn, copiedTranslations, invalidateWritten } from './sites/reuse.js';
import { settle, sinkLoad } from './sites/scratch.js';
import { stringOp } from './sites/string.js';
import { trackHoist } from './sites/flags.js';
import { appendSegmentMarker, confined } from './sites/segment.js';
import { appendTables, findPreciseRefs, patchPreciseRefs } from './sites/tables.js';

export interface PipelineResult {
  readonly program: Program;
  readonly report: RewriteReport;
}

export class Rewriter {
  private readonly cx: Ctx;
  private readonly errors: AsmError[] = [];

  readonly program: Program;

  constructor(input: Program, readonly opts: RewriteOptions = {}) {
    const program = (this.program = normalizeInput(input));
    const cx = (this.cx = new Ctx(program, opts));
    planReservations(cx);
    cx.frames = frameFacts(cx.cfg, cx.stackf, (k) => siteNeed(cx, cx.node(k)) !== null);
    cx.preciseRefs = findPreciseRefs(program, cx.cfg.labels);
  }

  run(): PipelineResult {
    const cx = this.cx;
    const items = this.program.items;
    let pendingPrecise: number[] = [];
    let labels: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const n = cx.cfg.nodeOfItem[i]!;
      if (it.kind === 'label') {
        this.settleAll(it);
        labels.push(it.name);
        if (cx.preciseRefs.has(i)) labels.push('');
        cx.out.push(it);
        entryPushes(cx, it.name, it.loc, it.section);
        if (cx.preciseRefs.has(i)) pendingPrecise.push(i);
        continue;
      }
      if (n < 0) {
        if (it.kind !== 'comment') { cx.hoist = null; this.settleAll(it); }
        if (it.kind === 'directive') cx.outIndexOf.set(i, cx.out.length);
        cx.out.push(it);
        continue;
      }
      const node = cx.cfg.nodes[n]!;
      const pos = cx.out.length;
      if (labels.length) cx.hoist = null;
      const c = cx.countersFor(node);
      cx.avail = availIn(cx, n, labels);
      if (!labels.length && cx.pending.length) {
        const em = new Emitter(cx.out, it.loc, it.section);
        c.after += settle(cx, em, node.insn ? n : null);
      }
      if (node.insn) landingCheck(cx, n, labels, c);
      if (node.insn && cx.frames.checkBefore[n]) {
        try { espCheck(cx, n, c); } catch (e) { if (!(e instanceof AsmError)) throw e; this.errors.push(e); }
      }
      labels = [];
      const held = pendingPrecise;
      pendingPrecise = [];
      if (!node.insn) {
        // Raw code bytes: what they write is not known.
        cx.avail = [];
        cx.hoist = null;
        cx.availOut[n] = [];
        c.before++;
        c.after++;
        cx.out.push(it);
        continue;
      }
      try {
        this.rewriteInsn(node, n, node.insn, held, c);
      } catch (e) {
        if (!(e instanceof AsmError)) throw e;
        this.errors.push(e);
        cx.out.push(it);
      }
      cx.availOut[n] = cx.avail;
      if (this.opts.svm === 'table') trackHoist(cx, n, pos);
    }
    this.settleAll(null);
    patchPreciseRefs(cx);
    if (this.errors.length) throw new AsmErrors(this.errors);
    appendTables(cx);
    if (this.opts.svm === 'segment') appendSegmentMarker(cx);
    const functions = [...cx.counters].map(([name, c]) => ({ name, ...c }));
    const total = emptyCounters();
    for (const f of functions) addCounters(total, f);
    return { program: { file: this.program.file, items: cx.out }, report: { file: this.program.file, functions, total } };
  }

  /** Owed reloads before a label, a directive or the end (sites/scratch.ts settle). */
  private settleAll(it: Item | null): void {
    const cx = this.cx;
    if (!cx.pending.length) return;
    const at = cx.cfg.nodes[cx.pending[0]!.at]!;
    const em = new Emitter(cx.out, at.insn!.loc, it?.section ?? at.insn!.section);
    cx.countersFor(at).after += settle(cx, em, null);
  }

  /** One instruction: dispatch to the emitter of its class. */
  private rewriteInsn(node: CodeNode, n: number, original: Instruction, held: number[], c: Counters): void {
    const cx = this.cx;
    const em = new Emitter(cx.out, original.loc, original.section);
    const insn = adjustForReservation(cx, node, original);
    const form = insn.form;
    const fp = node.fn?.framePointer ?? false;
    c.before++;
    exitPops(cx, em, node);
    const emitOriginal = (): void => { em.raw(insn); em.count++; };

    if (writesEsp(insn) && !exactEspWrite(insn, fp)) {
      cx.annotate(em, insn);
      espWrite(cx, em, n, insn, held, c);
      c.after += em.count;
      return;
    }
    if (INT_FLAG_OPS.has(form.op)) {
      cx.annotate(em, insn);
      intFlag(cx, em, n, insn, held, c);
      invalidateWritten(cx, insn);
      c.after += em.count;
      return;
    }
    if (form.privilege) {
      if (form.privilege === 'io' && this.opts.portIo !== 'error') {
        cx.annotate(em, insn);
        portIo(cx, em, insn, held);
        cx.avail = [];
        c.portIoSites++;
        c.after += em.count;
        return;
      }
      const what = form.privilege === 'io'
        ? 'port I/O (refused by --port-io error; the default routes it through checked runtime helpers)'
        : `privileged instruction (${form.privilege})`;
      throw error(insn, `${what} '${insn.mnemonic}' cannot run in the hypervisor instance`);
    }
    if (form.implicitMem === 'string') {
      cx.annotate(em, insn);
      stringOp(cx, em, n, insn, held, c);
      c.stringSites++;
      cx.avail = [];
      c.after += em.count;
      return;
    }
    if (form.flow === 'ret') {
      cx.annotate(em, insn);
      returnCheck(cx, em, n, insn, c);
      c.after += em.count;
      return;
    }
    if (form.flow === 'call') {
      emitOriginal();
      invalidateWritten(cx, insn);
      returnSite(cx, em, n, c);
      // A dom0 routine that "never returns" is not trusted to keep that promise (the verifier
      // analyses its call as returning): a trap after it instead of falling into what follows.
      //   call __stack_chk_fail   ->  call __stack_chk_fail; ud2
      if (node.callee < 0 && !node.succ.length && calleeName(insn) !== null && NORETURN.has(calleeName(insn)!)) em.insn('ud2');
      c.after += em.count;
      return;
    }
    if (form.flow === 'icall' || form.flow === 'ijmp') {
      cx.annotate(em, insn);
      indirectTransfer(cx, em, n, insn, held, c);
      c.indirectSites++;
      cx.avail = [];
      c.after += em.count;
      return;
    }
    const mi = memOperandIndex(insn);
    if (mi < 0) {
      if (sinkLoad(cx, n, insn, held)) return;
      emitOriginal();
      const copies = copiedTranslations(cx, insn);
      invalidateWritten(cx, insn);
      cx.avail.push(...copies);
      c.after += em.count;
      return;
    }
    const m = insn.operands[mi] as MemOperand;
    const cls = classifyAccess(insn, m, fp, cx.guard);
    if (cls === 'stack') {
      if (sinkLoad(cx, n, insn, held)) { c.stackExempt++; return; }
      emitOriginal();
      c.stackExempt++;
      invalidateWritten(cx, insn);
      c.after += em.count;
      return;
    }
    cx.annotate(em, insn);
    if (isStackBased(m, fp) || cx.derivedBase(n, m)) {
      stackChecked(cx, em, n, insn, mi, held, c);
      c.stackChecked++;
    } else if (!(this.opts.svm === 'segment' && confined(cx, em, n, insn, mi, held, c))) {
      translated(cx, em, n, insn, mi, held, c);
    }
    invalidateWritten(cx, insn);
    c.after += em.count;
  }
}

/** The instruction writes %esp (explicitly or implicitly). */
function writesEsp(insn: Instruction): boolean {
  const fx = insnEffects(insn);
  return ((fx.regKill | fx.regPartial) & (1 << ESP)) !== 0;
}

/** Instructions on the interrupt flag that become operations on the virtual one (sites/intflag.ts). */
const INT_FLAG_OPS = new Set(['cli', 'sti', 'pushf', 'popf']);

/** The symbol a direct call names, or null. */
function calleeName(insn: Instruction): string | null {
  const t = insn.operands[0];
  const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
  return sp && sp.sym && sp.addend === 0n ? sp.sym : null;
}
