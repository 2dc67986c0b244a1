// The SVM rewriter: a function from each instruction to the instructions it emits (LLVM MC LFI
// style), over a Program, guided by the file CFG and register/flag liveness. Forms it cannot make
// safe are errors naming file:line:column; nothing unsafe passes through silently.
//
// Pass order (each needs the previous one's results):
//   1. CFG over all code of the file (jump tables, .cold parts, noreturn calls)   — cfg.ts
//   2. liveness of GPRs and EFLAGS on that CFG (scratch registers, flag saves)     — liveness.ts
//   3. per-instruction rewrite in source order, labels kept on the same instruction (side tables
//      such as .smp_locks/__ex_table name the accessing instruction itself, others the sequence)
//   4. out-of-line slow stubs, the site table and the indirect-target table appended at the end
//
// Per instruction class (sequences shown in abi.ts and at each emitter below):
//   stack-relative operand  -> unchanged;  stack-indexed operand -> bounds check on the stack
//   other memory operand    -> stlb fast path + original instruction on the translated address
//   string instruction      -> page-bounded chunk loop over translated %esi/%edi
//   indirect call/jump      -> target checked and moved to this instance's text, or stlb_call
//   ret                     -> return address checked: a return site of this instance, or the runtime
//   call that may return through a module `ret` (module label, indirect, trampoline)
//                           -> its return site labelled and listed in .svm_returns; in a frame-pointer
//                              function that reads %ebp again, %ebp bounds-checked to the stack there
//   jump landing (address-taken label, not a function entry) of a frame-pointer function reading %ebp
//                           -> %ebp bounds-checked there too (any indirect transfer may land on it)
//   privileged / port I/O   -> error (port I/O optionally through checked runtime helpers)

import { AsmError, AsmErrors } from '../asm/diagnostics.js';
import { addConst, constValue, exprSymbols, num, sym, symbolPlusConst, type Expr } from '../asm/expr.js';
import { LabelTable } from '../asm/labels.js';
import type { Directive, Instruction, Item, MemOperand, Operand, Program, RegOperand, SourceLoc } from '../asm/ir.js';
import { STACK_GUARD, classifyAccess, classifyMem } from '../asm/memref.js';
import { effects, insnEffects, type Effects, type OperandShape } from '../isa/effects.js';
import { STATUS } from '../isa/flags.js';
import { EAX, EBP, EBX, ECX, EDI, EDX, ESI, ESP, gprOfSize } from '../isa/registers.js';
import { printInstruction } from '../asm/printer.js';
import { PAGE_SIZE, RETURNS_SECTION, SITES_SECTION, STUB_SECTION, SYM, TARGETS_SECTION, WINDOW_REACH } from '../svm-runtime/abi.js';
import { absMem, copyDirective, copyInsn, Emitter, imm, indirect, mem, reg, target } from './build.js';
import { buildCfg, nodeEffects, predecessors, type Cfg, type CodeNode, type Preds } from './cfg.js';
import type { FunctionRange } from '../asm/functions.js';
import { computeLiveness, FLAG_SHIFT, type Liveness } from './liveness.js';
import { rematFacts, sameFact, type Fact, type Facts } from './remat.js';
import { adjustedDisp, stackFacts, UNKNOWN, type StackFacts } from './stack.js';

export interface RewriteOptions {
  /** Port I/O: reject (default) or route through checked runtime helpers (__svm_io_*). */
  readonly portIo?: 'error' | 'helpers';
  /** Put each original instruction, as a comment, above the sequence that replaces it. */
  readonly annotate?: boolean;
  /** Reuse a translation for later accesses off the same base register in a block (default on). */
  readonly reuse?: boolean;
  /** Stack guard distance for the stack-relative exemption. */
  readonly guard?: number;
}

export interface Counters {
  /** Instructions in the original code. */
  before: number;
  /** Instructions in the rewritten code, inline (stubs counted separately). */
  after: number;
  /** Out-of-line stub instructions. */
  stub: number;
  /** Memory operands translated through the stlb (fast path emitted). */
  translated: number;
  /** Memory operands that reused an earlier translation (no sequence). */
  reused: number;
  /** Stack-relative operands left as they are. */
  stackExempt: number;
  /** Stack-based operands with a variable or far offset: bounds-checked against the stack. */
  stackChecked: number;
  /** Registers pushed around one instruction because no free scratch register existed. */
  spills: number;
  /** Sites (inserted sequences) that spilled at least one register. */
  spillSites: number;
  /** Registers borrowed at a site and reloaded from the stack slot/constant they equal. */
  remats: number;
  rematSites: number;
  /** Callee-saved registers reserved for a whole function (pushed at entry, popped at exits). */
  reserved: number;
  /** Sites that saved and restored EFLAGS around inserted code. */
  flagSaves: number;
  stringSites: number;
  indirectSites: number;
  portIoSites: number;
  /** Instructions inserted inline for plain translated accesses (fast paths). */
  insertedForAccesses: number;
  /** `ret` instructions whose return address is checked (return-site CFI). */
  returnChecks: number;
  /** Return sites listed in .svm_returns (calls that may return through a module `ret`). */
  returnSites: number;
  /** %ebp bounds checks in frame-pointer functions: after calls (return sites) and at jump landings. */
  fpChecks: number;
  /** Instructions inserted inline for return checks and frame-pointer checks. */
  insertedForReturns: number;
}

export interface FunctionReport extends Counters {
  readonly name: string;
}

export interface RewriteReport {
  readonly file: string;
  readonly functions: FunctionReport[];
  readonly total: Counters;
}

export interface RewriteResult {
  readonly program: Program;
  readonly report: RewriteReport;
}

export function emptyCounters(): Counters {
  return {
    before: 0, after: 0, stub: 0, translated: 0, reused: 0, stackExempt: 0, stackChecked: 0, spills: 0, spillSites: 0, remats: 0, rematSites: 0, reserved: 0, flagSaves: 0,
    stringSites: 0, indirectSites: 0, portIoSites: 0, insertedForAccesses: 0, returnChecks: 0, returnSites: 0, fpChecks: 0,
    insertedForReturns: 0,
  };
}

export function addCounters(a: Counters, b: Counters): void {
  for (const k of Object.keys(a) as (keyof Counters)[]) a[k] += b[k];
}

/** Inserted instructions per translated access (fast path), and static expansion. */
export function derived(c: Counters): { perAccess: number; expansion: number } {
  return { perAccess: c.translated ? c.insertedForAccesses / c.translated : 0, expansion: c.before ? c.after / c.before : 1 };
}

const bit = (r: number): number => 1 << r;
/** Scratch preference: caller-saved first (more often dead), then callee-saved. */
const SCRATCH_ORDER = [EAX, ECX, EDX, EBX, ESI, EDI, EBP];
const STATUS_LIVE = STATUS << FLAG_SHIFT;
const PRECISE_LABEL_SECTIONS = new Set(['.smp_locks', '__ex_table']);
const IO_HELPER: Record<string, string> = { in: '__svm_io_in', out: '__svm_io_out' };
const SIZE_SUFFIX: Record<number, string> = { 8: 'b', 16: 'w', 32: 'l' };

interface ReservePlan {
  /** Registers pushed at entry in this order (popped in reverse before every exit). */
  readonly regs: number[];
  /** Bytes added to every %esp/%ebp-frame displacement in the function. */
  readonly adjust: number;
}

interface Translation {
  /** Register holding the translated address of `sym + disp + base + index * scale` (original terms). */
  readonly treg: number;
  /** Address parts: registers (-1: none), the scale, and the symbol of the displacement (or ''). */
  readonly base: number;
  readonly index: number;
  readonly scale: number;
  readonly sym: string;
  /** Constant part of the displacement that was translated. */
  readonly disp: bigint;
}

/** The translatable address parts of a memory operand: null when it has a segment or a
 * displacement that is not symbol + constant. */
function addrKey(m: MemOperand): { base: number; index: number; scale: number; sym: string; disp: bigint } | null {
  if (m.seg) return null;
  const sp = m.disp ? symbolPlusConst(m.disp) : { sym: null, addend: 0n };
  if (!sp || sp.reloc) return null;
  if (!m.base && !m.index && !sp.sym) return null;
  return { base: m.base?.gpr ?? -1, index: m.index?.gpr ?? -1, scale: m.index ? m.scale : 1, sym: sp.sym ?? '', disp: sp.addend };
}

const sameAddr = (a: { base: number; index: number; scale: number; sym: string }, b: { base: number; index: number; scale: number; sym: string }): boolean =>
  a.base === b.base && a.index === b.index && a.scale === b.scale && a.sym === b.sym;

/** Registers an address depends on. */
const addrRegs = (t: { base: number; index: number }): number => (t.base >= 0 ? 1 << t.base : 0) | (t.index >= 0 ? 1 << t.index : 0);

export class Rewriter {
  private readonly out: Item[] = [];
  private readonly stubs: Item[] = [];
  private readonly sites: Array<{ label: string; line: number }> = [];
  /** Return-site labels, in output order (the .svm_returns table). */
  private readonly returnSites: string[] = [];
  private readonly errors: AsmError[] = [];
  private readonly cfg: Cfg;
  private readonly live: Liveness;
  private readonly facts: { in: Facts[]; out: Facts[] };
  private readonly stackf: StackFacts;
  private readonly counters = new Map<string, Counters>();
  /** Side-table references that must name the accessing instruction: label item -> directive uses. */
  private readonly preciseRefs: Map<number, Array<{ dir: number; arg: number }>>;
  /** New label placed on the accessing instruction, per referenced label item. */
  private readonly preciseName = new Map<number, string>();
  /** Output position of each copied directive item (for patching side tables). */
  private readonly outIndexOf = new Map<number, number>();
  private readonly dfFunctions = new Set<string>();
  private nextId = 0;
  private readonly guard: number;
  /**
   * Translations available for reuse at the current point (see `availIn`): within a block, and
   * into a block all of whose predecessors were rewritten before it (extended across forward
   * edges, met over every incoming edge).
   */
  private avail: Translation[] = [];
  /** Translations available after each node (on every outgoing edge); undefined until rewritten. */
  private readonly availOut: Array<readonly Translation[] | undefined> = [];
  /** Predecessors of each node (the CFG's edges reversed). */
  private readonly preds: Preds;
  /** Callee-saved registers reserved per function (pushed at entry, popped at exits). */
  private readonly plans = new Map<FunctionRange, ReservePlan>();
  /** Effects of each node's (original) instruction. */
  private readonly fxOf: ReadonlyArray<Effects | null>;
  /** effectsBesides() per node and memory operand, and the instruction it was computed for. */
  private readonly fxBesides: Array<Effects | undefined>;
  private readonly fxInsn: Array<Instruction | undefined>;

  constructor(readonly program: Program, readonly opts: RewriteOptions = {}) {
    this.cfg = buildCfg(program);
    this.live = computeLiveness(this.cfg);
    this.facts = rematFacts(this.cfg);
    this.fxOf = nodeEffects(this.cfg);
    this.fxBesides = new Array<Effects | undefined>(this.cfg.nodes.length * 5);
    this.fxInsn = new Array<Instruction | undefined>(this.cfg.nodes.length * 5);
    this.stackf = stackFacts(this.cfg);
    this.preciseRefs = findPreciseRefs(program, this.cfg.labels);
    this.guard = opts.guard ?? STACK_GUARD;
    for (const node of this.cfg.nodes) {
      if (node.insn?.form.op === 'std' && node.fn) this.dfFunctions.add(node.fn.name);
    }
    this.planReservations();
    this.preds = predecessors(this.cfg);
    for (const it of program.items) {
      if (it.kind === 'label' && it.name.startsWith('.Lsvm_')) {
        throw new AsmErrors([new AsmError(it.loc, `label '${it.name}' uses the rewriter's reserved prefix: is this file already rewritten?`)]);
      }
    }
  }

  run(): RewriteResult {
    const items = this.program.items;
    let pendingPrecise: number[] = [];
    let labels: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const n = this.cfg.nodeOfItem[i]!;
      if (it.kind === 'label') {
        labels.push(it.name);
        if (this.preciseRefs.has(i)) labels.push('');
        this.out.push(it);
        this.entryPushes(it.name, it.loc, it.section);
        if (this.preciseRefs.has(i)) pendingPrecise.push(i);
        continue;
      }
      if (n < 0) {
        if (it.kind === 'directive') this.outIndexOf.set(i, this.out.length);
        this.out.push(it);
        continue;
      }
      const node = this.cfg.nodes[n]!;
      this.avail = this.availIn(n, labels);
      const c = this.countersFor(node);
      if (node.insn) this.landingCheck(n, labels, c);
      labels = [];
      const held = pendingPrecise;
      pendingPrecise = [];
      if (!node.insn) {
        // Raw code bytes: what they write is not known.
        this.avail = [];
        this.availOut[n] = [];
        c.before++;
        c.after++;
        this.out.push(it);
        continue;
      }
      try {
        this.rewriteInsn(node, n, node.insn, held, c);
      } catch (e) {
        if (!(e instanceof AsmError)) throw e;
        this.errors.push(e);
        this.out.push(it);
      }
      this.availOut[n] = this.avail;
    }
    this.patchPreciseRefs();
    if (this.errors.length) throw new AsmErrors(this.errors);
    this.appendTables();
    const functions = [...this.counters].map(([name, c]) => ({ name, ...c }));
    const total = emptyCounters();
    for (const f of functions) addCounters(total, f);
    return { program: { file: this.program.file, items: this.out }, report: { file: this.program.file, functions, total } };
  }

  /** After a function's own label: push the registers reserved for it. */
  private entryPushes(name: string, loc: SourceLoc, section: string): void {
    const fn = this.cfg.functions.find((f) => f.name === name && !f.synthetic);
    const plan = fn ? this.plans.get(fn) : undefined;
    if (!fn || !plan) return;
    const em = new Emitter(this.out, loc, section);
    for (const r of plan.regs) em.insn('pushl', reg(r));
    const c = this.counters.get(fn.name) ?? emptyCounters();
    c.after += plan.regs.length;
    c.reserved += plan.regs.length;
    this.counters.set(fn.name, c);
  }

  /**
   * The instruction about to be emitted performs the access a side table (.smp_locks,
   * __ex_table) names: give it a label of its own; the table entries are pointed at it afterwards,
   * while the original label keeps marking the start of the sequence for jumps.
   */
  private markPrecise(em: Emitter, labelItems: readonly number[]): void {
    if (!labelItems.length) return;
    const name = `.Lsvm_p${this.newId()}`;
    em.label(name);
    for (const li of labelItems) this.preciseName.set(li, name);
  }

  private patchPreciseRefs(): void {
    for (const [li, refs] of this.preciseRefs) {
      const name = this.preciseName.get(li);
      if (!name) continue;
      for (const { dir, arg } of refs) {
        const pos = this.outIndexOf.get(dir);
        if (pos === undefined) continue;
        const d = this.out[pos] as Directive;
        const subst = (e: Expr): Expr => {
          switch (e.k) {
            case 'sym': return this.cfg.labels.resolve(e.name, dir) === li ? sym(name) : e;
            case 'paren': return { k: 'paren', e: subst(e.e) };
            case 'un': return { k: 'un', op: e.op, arg: subst(e.arg) };
            case 'bin': return { k: 'bin', op: e.op, l: subst(e.l), r: subst(e.r) };
            default: return e;
          }
        };
        const args = d.args.map((a, k) => (k === arg && a.k === 'expr' ? { k: 'expr' as const, e: subst(a.e) } : a));
        this.out[pos] = copyDirective(d, args);
      }
    }
  }

  private countersFor(node: CodeNode): Counters {
    const name = node.fn?.name ?? `<${this.program.items[node.item]!.section}>`;
    let c = this.counters.get(name);
    if (!c) this.counters.set(name, (c = emptyCounters()));
    return c;
  }

  private newId(): number {
    return this.nextId++;
  }

  private site(em: Emitter, id: number, loc: SourceLoc): string {
    const label = `.Lsvm_s${id}`;
    em.label(label);
    this.sites.push({ label, line: loc.line });
    return label;
  }

  // -------------------------------------------------------------------------------------------

  private rewriteInsn(node: CodeNode, n: number, original: Instruction, held: number[], c: Counters): void {
    const em = new Emitter(this.out, original.loc, original.section);
    const insn = this.adjustForReservation(node, original);
    const form = insn.form;
    const fp = node.fn?.framePointer ?? false;
    c.before++;
    const plan = node.fn ? this.plans.get(node.fn) : undefined;
    if (plan && (node.exit === 'ret' || node.exit === 'tail')) {
      for (const r of [...plan.regs].reverse()) em.insn('popl', reg(r));
    }
    const start = this.out.length;
    const emitOriginal = (): void => { em.raw(insn); em.count++; };

    if (form.privilege) {
      if (form.privilege === 'io' && this.opts.portIo === 'helpers') {
        this.annotate(em, insn);
        this.portIo(em, insn, held);
        this.avail = [];
        c.portIoSites++;
        c.after += em.count;
        return;
      }
      const what = form.privilege === 'io'
        ? 'port I/O (use --port-io helpers to route it through checked runtime helpers)'
        : `privileged instruction (${form.privilege})`;
      throw new AsmError(insn.loc, `${what} '${insn.mnemonic}' cannot run in the hypervisor instance`);
    }
    if (!form.exec && (form.cls === 'x87' || form.cls === 'simd') && form.mem !== 'none') {
      // Floating-point/SIMD memory operands translate like any other.
    }
    if (form.implicitMem === 'string') {
      if (node.fn && this.dfFunctions.has(node.fn.name)) {
        throw new AsmError(insn.loc, `string instruction '${insn.mnemonic}' in a function that sets DF (std): backward chunking is not supported`);
      }
      this.annotate(em, insn);
      this.stringOp(em, n, insn, held, fp, c);
      c.stringSites++;
      this.avail = [];
      c.after += em.count;
      return;
    }
    if (form.flow === 'ret') {
      this.annotate(em, insn);
      this.returnCheck(em, n, insn, c);
      c.after += em.count;
      return;
    }
    if (form.flow === 'call') {
      emitOriginal();
      this.invalidateWritten(insn);
      this.returnSite(em, n, c);
      c.after += em.count;
      return;
    }
    if (form.flow === 'icall' || form.flow === 'ijmp') {
      this.annotate(em, insn);
      this.indirectTransfer(em, n, insn, held, fp, c);
      c.indirectSites++;
      this.avail = [];
      c.after += em.count;
      return;
    }
    const mi = memOperandIndex(insn);
    if (mi < 0) {
      emitOriginal();
      this.invalidateWritten(insn);
      c.after += em.count;
      return;
    }
    const m = insn.operands[mi] as MemOperand;
    const cls = classifyAccess(insn, m, fp, this.guard);
    if (cls === 'stack') {
      emitOriginal();
      c.stackExempt++;
      this.invalidateWritten(insn);
      c.after += em.count;
      return;
    }
    this.annotate(em, insn);
    if (isStackBased(m, fp) || this.derivedBase(n, m)) {
      this.stackChecked(em, n, insn, mi, held, c);
      c.stackChecked++;
    } else {
      this.translated(em, n, insn, mi, held, c);
    }
    this.invalidateWritten(insn);
    c.after += em.count;
    void start;
  }

  private annotate(em: Emitter, insn: Instruction): void {
    if (!this.opts.annotate) return;
    em.comment(`# svm ${insn.loc.line}: ${printInstruction(insn).trim().replace(/\s+/g, ' ')}`);
  }

  /**
   * Translations available where node `n` starts, preceded by the labels `labels` (`''` marks a
   * label a side table names). A translation T of base+disp in register t stays valid while
   * neither t nor base is written (every write of the original and of inserted code passes
   * through invalidateWritten / scratch); it holds at n when it holds on EVERY edge into n:
   *   - each predecessor was rewritten already (source order: forward edges only; a loop's back
   *     edge gives nothing) and left T available on its way out (jumps write no register; calls,
   *     string and indirect sites leave nothing: the callee or runtime may change windows' users);
   *   - n can be entered by no edge the CFG does not show: not after a label that is global (a
   *     function or callable entry), address-taken (jump tables, indirect targets, side tables),
   *     numeric (inline asm), and not a node without predecessors (entries, return sites).
   * Example (`jcc` fall-through and a forward join both keep the translation in %esi):
   *     movl 4(%eax),%edx      ->  <translate 4(%eax) into %esi>; movl (%esi),%edx
   *     testl %edx,%edx; je .L3
   *     movl 8(%eax),%ecx      ->  movl 4(%esi),%ecx
   *   .L3:                         (preds: the je and the fall-through, both with %esi = T)
   *     movl 12(%eax),%ecx     ->  movl 8(%esi),%ecx
   */
  private availIn(n: number, labels: readonly string[]): Translation[] {
    if (this.opts.reuse === false) return [];
    for (const l of labels) {
      if (!l.startsWith('.L') || this.cfg.addressTaken.has(l)) return [];
    }
    const { start, list } = this.preds;
    if (start[n] === start[n + 1]) return [];
    let acc: readonly Translation[] | null = null;
    for (let k = start[n]!; k < start[n + 1]!; k++) {
      const out = this.availOut[list[k]!];
      if (!out) return [];
      acc = acc === null ? out : acc.filter((t) => out.some((u) => u.treg === t.treg && sameAddr(u, t) && u.disp === t.disp));
      if (!acc.length) return [];
    }
    return [...acc!];
  }

  /** Forget cached translations whose registers the instruction writes; all of them at a call. */
  private invalidateWritten(insn: Instruction): void {
    if (!this.avail.length) return;
    const fx = insnEffects(insn);
    const w = fx.regKill | fx.regPartial;
    const flow = insn.form.flow;
    if (flow !== 'seq' && flow !== 'jmp' && flow !== 'jcc') { this.avail = []; return; }
    this.avail = this.avail.filter((t) => !(w & (bit(t.treg) | addrRegs(t))));
  }

  // ---- callee-saved register reservation ---------------------------------------------------------

  private reservedMask(node: CodeNode): number {
    const p = node.fn ? this.plans.get(node.fn) : undefined;
    let m = 0;
    if (p) for (const r of p.regs) m |= bit(r);
    return m;
  }

  /** What inserted code at this node needs: scratch count, registers to avoid, the memory operand. */
  private siteNeed(node: CodeNode): { count: number; avoid: number; mi: number; noSpill: boolean } | null {
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
      return { count: classifyMem(m, fp, this.guard) === 'stack' || isStackBased(m, fp) ? 1 : 2, avoid: 0, mi: 0, noSpill: true };
    }
    const mi = memOperandIndex(insn);
    if (mi < 0) return null;
    const m = insn.operands[mi] as MemOperand;
    if (classifyAccess(insn, m, fp, this.guard) === 'stack') return null;
    const stackOp = form.implicitMem === 'push' || form.implicitMem === 'pop';
    const bitReg = form.bitBase && insn.operands[0]?.kind === 'reg';
    return { count: (isStackBased(m, fp) || this.derivedBase(this.cfg.nodeOfItem[node.item]!, m)) && !bitReg ? 1 : 2, avoid: 0, mi, noSpill: stackOp };
  }

  /**
   * For each function, how many callee-saved registers it never touches should be reserved so
   * that no site spills: reserved registers are pushed once at entry and popped before each exit,
   * and every %esp-relative (and frame-pointer) displacement in the function moves by 4 per push.
   * Not done where the function writes %esp in a way that would lose the pushes, or leaves by an
   * indirect jump with unknown targets.
   */
  private planReservations(): void {
    const byFn = new Map<FunctionRange, CodeNode[]>();
    this.cfg.nodes.forEach((node) => {
      if (!node.fn || node.fn.synthetic) return;
      let l = byFn.get(node.fn);
      if (!l) byFn.set(node.fn, (l = []));
      l.push(node);
    });
    for (const [fn, nodes] of byFn) {
      let touched = 0;
      let ok = true;
      for (const node of nodes) {
        if (!node.insn) continue;
        const fx = this.fxOf[this.cfg.nodeOfItem[node.item]!]!;
        touched |= fx.regRead | fx.regKill | fx.regPartial;
        for (const o of node.insn.operands) if (o.kind === 'mem') touched |= (o.base ? bit(o.base.gpr) : 0) | (o.index ? bit(o.index.gpr) : 0);
        if (node.exit === 'unknown') ok = false;
        if ((fx.regKill | fx.regPartial) & bit(ESP) && !balancedEspWrite(node.insn)) ok = false;
      }
      if (!ok || !this.stackf.tracked.has(fn)) continue;
      const untouched = [EBX, ESI, EDI, ...(fn.framePointer ? [] : [EBP])].filter((r) => !(touched & bit(r)));
      if (!untouched.length) continue;
      let deficit = 0;
      for (const node of nodes) {
        const need = this.siteNeed(node);
        if (!need) continue;
        const n = this.cfg.nodeOfItem[node.item]!;
        const { free } = this.candidates(n, node.insn!, fn.framePointer, need.avoid, need.mi);
        deficit = Math.max(deficit, need.count - free.length);
      }
      const k = Math.min(deficit, untouched.length);
      if (k > 0) this.plans.set(fn, { regs: untouched.slice(0, k), adjust: 4 * k });
    }
  }

  /**
   * The instruction with its %esp / frame-pointer references into the caller's frame moved past
   * the entry pushes (the function's own frame moves with the stack pointer; see stack.ts).
   */
  private adjustForReservation(node: CodeNode, insn: Instruction): Instruction {
    const p = node.fn ? this.plans.get(node.fn) : undefined;
    if (!p) return insn;
    const fp = node.fn!.framePointer;
    const n = this.cfg.nodeOfItem[node.item]!;
    let changed = false;
    const operands = insn.operands.map((o) => {
      if (o.kind !== 'mem' || o.seg || !o.base || !(o.base.gpr === ESP || (fp && o.base.gpr === EBP))) return o;
      const nd = this.adjustDisp(node, n, o.base.gpr, o.disp ? constValue(o.disp) : 0n);
      if (nd === null) return o;
      changed = true;
      return { ...o, disp: nd === 0n ? null : num(nd) };
    });
    return changed ? copyInsn(insn, { operands }) : insn;
  }

  /** New displacement of a stack reference at node n under the function's reservation, or null if unchanged. */
  private adjustDisp(node: CodeNode, n: number, base: number, disp: bigint | null): bigint | null {
    const p = node.fn ? this.plans.get(node.fn) : undefined;
    if (!p || disp === null) return null;
    const depth = this.stackf.depth[n]!;
    const ebpDepth = this.stackf.ebpDepth.get(node.fn!) ?? UNKNOWN;
    if ((base === ESP && depth === UNKNOWN) || (base === EBP && ebpDepth === UNKNOWN)) {
      throw new AsmError(node.insn?.loc ?? { file: this.program.file, line: 0, col: 0 }, 'internal: stack depth unknown in a function with a reserved register');
    }
    const nd = BigInt(adjustedDisp(base, Number(disp), depth, ebpDepth, p.adjust));
    return nd === disp ? null : nd;
  }

  // ---- scratch registers ----------------------------------------------------------------------

  /**
   * Registers free for inserted code before `insn`: dead after it (or overwritten by it), not read
   * by it except through its memory operand `mi`, never %esp (or %ebp as frame pointer); a
   * register reserved for the function (pushed at entry) is always free. `spillable` are the
   * others that may be pushed around the instruction (never one it writes).
   */
  private candidates(n: number, insn: Instruction, fp: boolean, avoid: number, mi: number): { free: number[]; remat: number[]; spillable: number[] } {
    const fx = this.effectsBesides(n, insn, mi);
    const flow = insn.form.flow;
    const abiReads = flow === 'call' || flow === 'icall' ? bit(EAX) | bit(ECX) | bit(EDX) : 0;
    const never = bit(ESP) | (fp ? bit(EBP) : 0) | avoid;
    const reads = fx.regRead | abiReads;
    const reserved = this.reservedMask(this.cfg.nodes[n]!);
    const liveOut = this.live.liveOut[n]! & ~reserved;
    const free: number[] = [];
    const remat: number[] = [];
    const spillable: number[] = [];
    const fin = this.facts.in[n]!, fout = this.facts.out[n]!;
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
  private effectsBesides(n: number, insn: Instruction, mi: number): Effects {
    const key = n * 5 + mi + 1;
    let fx = this.fxBesides[key];
    if (fx && this.fxInsn[key] === insn) return fx;
    const shapes = insn.operands.map((o, i): OperandShape => (i === mi && o.kind === 'mem' ? { kind: 'mem', base: null, index: null } : o));
    fx = effects(insn.form, shapes, insn.prefixes.some((p) => p.startsWith('rep')));
    this.fxBesides[key] = fx;
    this.fxInsn[key] = insn;
    return fx;
  }

  /**
   * Chooses `count` scratch registers: free ones first (keeping registers that hold a reusable
   * translation when possible), then spills.
   */
  private scratch(n: number, insn: Instruction, count: number, fp: boolean, avoid: number, mi: number, keep = false): { regs: number[]; spilled: number[]; reload: Array<{ r: number; fact: Fact }> } {
    const { free, remat, spillable } = this.candidates(n, insn, fp, avoid, mi);
    const cached = (r: number): boolean => this.avail.some((t) => t.treg === r);
    let order = [...free.filter((r) => !cached(r)), ...free.filter(cached)];
    if (keep && order.length >= count) order = this.keepOrder(n, insn, order, cached);
    const regs = order.slice(0, count);
    const reload = remat.slice(0, count - regs.length).map((r) => ({ r, fact: this.facts.in[n]![r]! }));
    regs.push(...reload.map((x) => x.r));
    this.avail = this.avail.filter((t) => !regs.includes(t.treg));
    const spilled = spillable.slice(0, count - regs.length);
    regs.push(...spilled);
    if (regs.length < count) {
      throw new AsmError(insn.loc, `no scratch register can be freed or spilled for '${insn.mnemonic}' (needs ${count})`);
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
  private keepOrder(n: number, insn: Instruction, order: number[], cached: (r: number) => boolean): number[] {
    const fx = insnEffects(insn);
    const written = fx.regKill | fx.regPartial;
    const keepable = order.filter((r) => !((written | fx.regRead) & bit(r)));
    if (!keepable.length) return order;
    let best = keepable[0]!, bestScore = -1;
    for (const r of keepable) {
      const score = (cached(r) ? 0 : 1000) + this.survival(n, r);
      if (score > bestScore) { best = r; bestScore = score; }
    }
    const rest = order.filter((r) => r !== best);
    const rank = (r: number): number => ((written & bit(r)) ? 0 : cached(r) ? 2 : 1);
    return [best, ...rest.sort((a, b) => rank(a) - rank(b))];
  }

  /** Straight-line nodes after n before r is written again (or a translation would end anyway). */
  private survival(n: number, r: number): number {
    const LIMIT = 64;
    let k = n;
    for (let steps = 0; steps < LIMIT; steps++) {
      const node = this.cfg.nodes[k];
      const next = node?.succ.includes(k + 1) ? k + 1 : -1;
      if (next < 0) return steps;
      const insn = this.cfg.nodes[next]!.insn;
      if (!insn) return steps;
      const f = insn.form;
      if (f.flow !== 'seq' && f.flow !== 'jcc') return steps;
      if (f.implicitMem === 'string') return steps;
      const fx = this.fxOf[next]!;
      if ((fx.regKill | fx.regPartial) & bit(r)) return steps;
      k = next;
    }
    return LIMIT;
  }

  /** Reloads borrowed registers from the stack slot or constant they are known to equal. */
  private emitReloads(em: Emitter, node: CodeNode, reload: ReadonlyArray<{ r: number; fact: Fact }>, c: Counters): void {
    if (!reload.length) return;
    const n = this.cfg.nodeOfItem[node.item]!;
    for (const { r, fact } of reload) {
      if (fact.kind === 'slot') {
        const d = this.adjustDisp(node, n, fact.base, fact.disp) ?? fact.disp;
        em.insn('movl', mem({ base: fact.base, disp: d === 0n ? null : num(d) }), reg(r));
      } else em.insn('movl', imm(fact.value), reg(r));
    }
    c.remats += reload.length;
    c.rematSites++;
  }

  /** The operand's base register holds a pointer derived from the stack pointer on every path. */
  private derivedBase(n: number, m: MemOperand): boolean {
    return !m.seg && m.base !== null && (this.stackf.derived[n]! & bit(m.base.gpr)) !== 0;
  }

  private flagsLive(n: number): boolean {
    return (this.live.liveIn[n]! & STATUS_LIVE) !== 0;
  }

  // ---- the stlb fast path -----------------------------------------------------------------------

  /**
   * Translates the address in r1 (dom0 terms) into r1 (this instance's mapping), with r2 as scratch:
   *   movl %r1,%r2; shrl $9,%r2; andl $0x7ff8,%r2; xorl __svm_stlb(%r2),%r1;
   *   cmpl $0xfff,%r1; ja .Lsvm_mN; addl __svm_stlb+4(%r2),%r1; .Lsvm_kN:
   */
  private fastPath(em: Emitter, id: number, siteLabel: string, r1: number, r2: number): void {
    em.insn('movl', reg(r1), reg(r2));
    em.insn('shrl', imm(9), reg(r2));
    em.insn('andl', imm(0x7ff8), reg(r2));
    em.insn('xorl', absMem(SYM.stlb, 0, r2), reg(r1));
    em.insn('cmpl', imm(0xfff), reg(r1));
    em.insn('ja', target(`.Lsvm_m${id}`));
    em.insn('addl', absMem(SYM.stlb, 4, r2), reg(r1));
    em.label(`.Lsvm_k${id}`);
    // Slow stub: recover va, ask the runtime, resume.
    const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
    st.label(`.Lsvm_m${id}`);
    st.insn('xorl', absMem(SYM.stlb, 0, r2), reg(r1));
    st.insn('pushl', imm(sym(siteLabel)));
    st.insn('pushl', reg(r1));
    st.insn('call', target(SYM.slow));
    st.insn('popl', reg(r1));
    st.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
    st.insn('jmp', target(`.Lsvm_k${id}`));
  }

  /** `leal M, %r1` for a memory operand, with %esp displacement corrected for `pushed` words. */
  private lea(em: Emitter, m: MemOperand, r1: number, pushed: number, extra = 0): void {
    let disp = m.disp;
    const adj = (m.base?.gpr === ESP ? 4 * pushed : 0) + extra;
    if (adj) disp = addConst(disp, adj);
    em.insn('leal', { ...m, seg: null, disp, indirect: false }, reg(r1));
  }

  private segmentBase(em: Emitter, m: MemOperand, r1: number): void {
    if (!m.seg) return;
    if (m.seg.name === 'fs') em.insn('addl', absMem(SYM.fsBase), reg(r1));
    else if (m.seg.name === 'gs') em.insn('addl', absMem(SYM.gsBase), reg(r1));
    else if (m.seg.name !== 'ds' && m.seg.name !== 'ss' && m.seg.name !== 'es') {
      throw new AsmError(em.loc, `segment override %${m.seg.name} is not supported`);
    }
  }

  /** A reusable translation covering the access, if one is cached (no sequence needed). */
  private findReuse(m: MemOperand, size: number): { treg: number; disp: bigint } | null {
    if (this.opts.reuse === false) return null;
    const k = addrKey(m);
    if (!k) return null;
    for (const t of this.avail) {
      if (!sameAddr(t, k)) continue;
      const delta = k.disp - t.disp;
      if (delta >= 0n && delta + BigInt(Math.max(1, size / 8)) <= BigInt(WINDOW_REACH)) return { treg: t.treg, disp: delta };
    }
    return null;
  }

  /**
   * The displacement to translate for an access at `k.disp` of `bytes`: the lowest displacement,
   * not above it, of an access with the same address parts further on in the block that will
   * certainly run (no jump, call or write of the address registers in between), as long as this
   * access stays within the window's reach from there. Later accesses then reuse the translation
   * at a non-negative offset:
   *   movl 144(%eax),%edx; movl 96(%eax),%ecx   ->  <translate 96(%eax) into %esi>;
   *                                                 movl 48(%esi),%edx; movl (%esi),%ecx
   * Translating base+96 first is sound: that address is accessed anyway before anything else
   * can happen (a bad address is caught there, only a few instructions earlier).
   */
  private lowestDisp(n: number, k: { base: number; index: number; scale: number; sym: string; disp: bigint }, bytes: number): bigint {
    if (this.opts.reuse === false) return k.disp;
    let best = k.disp;
    let j = n;
    for (let steps = 0; steps < 64; steps++) {
      const next = this.cfg.nodes[j]!.succ.length === 1 && this.cfg.nodes[j]!.succ[0] === j + 1 ? j + 1 : -1;
      if (next < 0) break;
      // A label in between: the next node may be entered from elsewhere too, and still runs.
      const insn = this.cfg.nodes[next]!.insn;
      if (!insn || insn.form.flow !== 'seq' || insn.form.implicitMem === 'string' || insn.form.privilege) break;
      const mi = memOperandIndex(insn);
      // The access must touch its own address (not bt* with a register offset, which reaches
      // elsewhere; lea and hints have no memory operand index).
      if (mi >= 0 && !(insn.form.bitBase && insn.operands[0]?.kind === 'reg')) {
        const m = insn.operands[mi] as MemOperand;
        const kk = addrKey(m);
        const fp = this.cfg.nodes[next]!.fn?.framePointer ?? false;
        if (kk && sameAddr(kk, k) && kk.disp < best && k.disp - kk.disp + BigInt(bytes) <= BigInt(WINDOW_REACH) &&
          classifyAccess(insn, m, fp, this.guard) !== 'stack' && !isStackBased(m, fp) && !this.derivedBase(next, m)) best = kk.disp;
      }
      const fx = this.fxOf[next]!;
      if ((fx.regKill | fx.regPartial) & addrRegs(k)) break;
      j = next;
    }
    return best;
  }

  /** Plain memory operand: stlb translation, then the instruction on the translated address. */
  private translated(em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters): void {
    const form = insn.form;
    const m = insn.operands[mi] as MemOperand;
    const accessBytes = Math.max(1, (form.operands.find((s) => s.kind === 'rm' || s.kind === 'mem' || s.kind === 'moffs')?.size ?? 32) / 8);
    const fp = this.cfg.nodes[n]!.fn?.framePointer ?? false;
    const stackOp = form.implicitMem === 'push' || form.implicitMem === 'pop';
    const bitBase = form.bitBase && insn.operands[0]?.kind === 'reg';

    // Reuse an earlier translation of the same base in this block.
    const reuse = !bitBase && !stackOp ? this.findReuse(m, accessBytes * 8) : null;
    if (reuse) {
      this.markPrecise(em, held);
      const ops = insn.operands.map((o, i) => (i === mi ? mem({ base: reuse.treg, disp: reuse.disp === 0n ? null : num(reuse.disp) }) : o));
      em.reuse(insn, ops);
      c.reused++;
      return;
    }

    const id = this.newId();
    const siteLabel = this.site(em, id, insn.loc);
    const keep = !bitBase && !stackOp && addrKey(m) !== null;
    const { regs, spilled, reload } = this.scratch(n, insn, 2, fp, 0, mi, keep);
    const [r1, r2] = regs as [number, number];
    if (stackOp && spilled.length) {
      this.stackOpViaSpills(em, n, insn, m, held, c, id, siteLabel);
      return;
    }
    const before = em.count;
    for (const r of spilled) em.insn('pushl', reg(r));
    // The address parts, and the displacement actually translated (lower when a later access in
    // the block needs it: see lowestDisp); the access itself is then at low(%r1), 0 <= low.
    const key = keep && !spilled.length && !reload.some((x) => x.r === r1) ? addrKey(m) : null;
    const tdisp = key ? this.lowestDisp(n, key, accessBytes) : null;
    const low = key && tdisp !== null ? key.disp - tdisp : 0n;
    // pop M computes its address after %esp has moved up by 4.
    this.lea(em, m, r1, spilled.length, (form.op === 'pop' && m.base?.gpr === ESP ? 4 : 0) - Number(low));
    const saveFlags = this.flagsLive(n);
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    this.segmentBase(em, m, r1);
    if (bitBase) {
      // bt* with a register bit offset reaches base + (size/8) * (offset >> log2(size)) (signed).
      const off = (insn.operands[0] as RegOperand).reg;
      const sh = off.size === 16 ? 4 : 5;
      if (off.size === 16) em.insn('movswl', reg(gprOfSize(16, off.gpr)), reg(r2));
      else em.insn('movl', reg(off.gpr), reg(r2));
      em.insn('sarl', imm(sh), reg(r2));
      em.insn('leal', mem({ base: r1, index: r2, scale: off.size / 8 }), reg(r1));
    }
    this.fastPath(em, id, siteLabel, r1, r2);
    let ops: Operand[] = insn.operands.map((o, i) => (i === mi ? mem({ base: r1, disp: low === 0n ? null : num(low) }) : o));
    if (bitBase) {
      const off = (insn.operands[0] as RegOperand).reg;
      em.insn('movl', reg(off.gpr), reg(r2));
      em.insn('andl', imm(off.size - 1), reg(r2));
      ops = ops.map((o, i) => (i === 0 ? reg(gprOfSize(off.size, r2)) : o));
    }
    if (saveFlags) em.insn('popfl');
    const inserted = em.count - before;
    this.markPrecise(em, held);
    em.reuse(insn, ops);
    for (const r of [...spilled].reverse()) em.insn('popl', reg(r));
    this.emitReloads(em, this.cfg.nodes[n]!, reload, c);
    c.translated++;
    c.spills += spilled.length;
    if (spilled.length) c.spillSites++;
    c.insertedForAccesses += inserted + spilled.length;
    // The translation of the address (at tdisp) stays in r1 while neither r1 nor a register of
    // the address is redefined (and r1 was free: not spilled, not reloaded).
    if (key && tdisp !== null) {
      const writes = insnEffects(insn);
      if (!((writes.regKill | writes.regPartial) & (bit(r1) | addrRegs(key))) && !(addrRegs(key) & bit(r1))) {
        this.avail.push({ ...key, treg: r1, disp: tdisp });
      }
    }
  }

  /**
   * push M / pop M when two registers must be spilled: the instruction's own stack slot stays
   * where it belongs (spills go below it) and the data moves through the scratch register.
   *   push M:  leal -4(%esp),%esp; pushl %ra; pushl %rb; <translate M>; movl (%ra),%ra;
   *            movl %ra,8(%esp); popl %rb; popl %ra
   *   pop M:   pushl %ra; pushl %rb; <translate M as after the pop>; movl 8(%esp),%rb;
   *            movl %rb,(%ra); popl %rb; popl %ra; leal 4(%esp),%esp
   */
  private stackOpViaSpills(em: Emitter, n: number, insn: Instruction, m: MemOperand, held: number[], c: Counters, id: number, siteLabel: string): void {
    const fp = this.cfg.nodes[n]!.fn?.framePointer ?? false;
    const isPush = insn.form.op === 'push';
    if (insn.form.size !== 32) throw new AsmError(insn.loc, `16-bit '${insn.mnemonic}' with a memory operand and no free register is not supported`);
    const { free } = this.candidates(n, insn, fp, 0, memOperandIndex(insn));
    const usable = SCRATCH_ORDER.filter((r) => r !== ESP && !(fp && r === EBP));
    const regs = [...free, ...usable.filter((r) => !free.includes(r))].slice(0, 2) as [number, number];
    const spills = regs.filter((r) => !free.includes(r));
    const [ra, rb] = regs;
    this.markPrecise(em, held);
    const before = em.count;
    if (isPush) em.insn('leal', mem({ base: ESP, disp: -4 }), reg(ESP));
    for (const r of spills) em.insn('pushl', reg(r));
    // %esp is now below the value the instruction's address is relative to by the spills (+4 for
    // the push's own slot), and pop M addresses memory with %esp as it is after the pop (+4).
    const below = 4 * spills.length + 4;
    this.lea(em, m, ra, 0, m.base?.gpr === ESP ? below : 0);
    const saveFlags = this.flagsLive(n);
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    this.segmentBase(em, m, ra);
    this.fastPath(em, id, siteLabel, ra, rb);
    const f = saveFlags ? 4 : 0;
    const slot = 4 * spills.length;
    if (isPush) {
      em.insn('movl', mem({ base: ra }), reg(ra));
      if (saveFlags) em.insn('popfl');
      em.insn('movl', reg(ra), mem({ base: ESP, disp: slot || null }));
    } else {
      em.insn('movl', mem({ base: ESP, disp: slot + f || null }), reg(rb));
      em.insn('movl', reg(rb), mem({ base: ra }));
      if (saveFlags) em.insn('popfl');
    }
    for (const r of [...spills].reverse()) em.insn('popl', reg(r));
    if (!isPush) em.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
    c.translated++;
    c.spills += spills.length;
    if (spills.length) c.spillSites++;
    c.insertedForAccesses += em.count - before - 1;
  }

  /**
   * Stack-based operand with an index or a far/symbolic displacement: allowed only inside the
   * current driver stack.  leal M,%r1; cmpl __svm_stack_lo,%r1; jb F; cmpl __svm_stack_hi,%r1;
   * jae F; <insn on (%r1)>
   */
  private stackChecked(em: Emitter, n: number, insn: Instruction, mi: number, held: number[], c: Counters): void {
    const m = insn.operands[mi] as MemOperand;
    const fp = this.cfg.nodes[n]!.fn?.framePointer ?? false;
    const id = this.newId();
    const siteLabel = this.site(em, id, insn.loc);
    const stackOp = insn.form.implicitMem === 'push' || insn.form.implicitMem === 'pop';
    // bt* with a register bit offset: the bit's word is checked, as in translated().
    const bitReg = insn.form.bitBase && insn.operands[0]?.kind === 'reg' ? (insn.operands[0] as RegOperand).reg : null;
    const { regs, spilled, reload } = this.scratch(n, insn, bitReg ? 2 : 1, fp, 0, mi);
    if (stackOp && spilled.length) throw new AsmError(insn.loc, `no free scratch register for '${insn.mnemonic}' with a stack-indexed operand`);
    const r1 = regs[0]!;
    for (const r of spilled) em.insn('pushl', reg(r));
    this.lea(em, m, r1, spilled.length, insn.form.op === 'pop' && m.base?.gpr === ESP ? 4 : 0);
    const saveFlags = this.flagsLive(n);
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    let ops: Operand[] = insn.operands.map((o, i) => (i === mi ? mem({ base: r1 }) : o));
    if (bitReg) {
      const r2 = regs[1]!;
      if (bitReg.size === 16) em.insn('movswl', reg(gprOfSize(16, bitReg.gpr)), reg(r2));
      else em.insn('movl', reg(bitReg.gpr), reg(r2));
      em.insn('sarl', imm(bitReg.size === 16 ? 4 : 5), reg(r2));
      em.insn('leal', mem({ base: r1, index: r2, scale: bitReg.size / 8 }), reg(r1));
      em.insn('movl', reg(bitReg.gpr), reg(r2));
      em.insn('andl', imm(bitReg.size - 1), reg(r2));
      ops = ops.map((o, i) => (i === 0 ? reg(gprOfSize(bitReg.size, r2)) : o));
    }
    em.insn('cmpl', absMem(SYM.stackLo), reg(r1));
    em.insn('jb', target(`.Lsvm_f${id}`));
    em.insn('cmpl', absMem(SYM.stackHi), reg(r1));
    em.insn('jae', target(`.Lsvm_f${id}`));
    if (saveFlags) em.insn('popfl');
    this.markPrecise(em, held);
    em.reuse(insn, ops);
    for (const r of [...spilled].reverse()) em.insn('popl', reg(r));
    this.emitReloads(em, this.cfg.nodes[n]!, reload, c);
    c.spills += spilled.length;
    if (spilled.length) c.spillSites++;
    const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
    st.label(`.Lsvm_f${id}`);
    st.insn('pushl', imm(sym(siteLabel)));
    st.insn('pushl', reg(r1));
    st.insn('call', target(SYM.stackFault));
  }

  // ---- indirect transfers -----------------------------------------------------------------------

  /**
   * call/jmp through a register or memory: the target (a VM-instance code address) is checked and
   * moved to this instance's text, or handed to the runtime for kernel routines:
   *   <target into %rt>; subl $__svm_vm_text,%rt; cmpl $__svm_text_size,%rt; jae X;
   *   btl %rt,__svm_targets; jnc B; addl $__svm_inst_text,%rt; .Lsvm_kN: call *%rt
   */
  private indirectTransfer(em: Emitter, n: number, insn: Instruction, held: number[], fp: boolean, c: Counters): void {
    const id = this.newId();
    const siteLabel = this.site(em, id, insn.loc);
    const op = insn.operands[0]!;
    const isCall = insn.form.flow === 'icall';
    let rt: number;
    const need = this.siteNeed(this.cfg.nodes[n]!)!;
    const avail = this.candidates(n, insn, fp, 0, need.mi);
    if (avail.free.length + avail.remat.length < need.count) {
      this.indirectViaStack(em, n, insn, held, fp, c, id, siteLabel);
      return;
    }
    let reloads: Array<{ r: number; fact: Fact }> = [];
    if (op.kind === 'reg') {
      const s1 = this.scratch(n, insn, 1, fp, 0, -1);
      reloads = s1.reload;
      const regs = s1.regs;
      rt = regs[0]!;
      em.insn('movl', reg(op.reg.gpr), reg(rt));
    } else if (op.kind === 'mem') {
      const m = op;
      const cls = classifyMem(m, fp, this.guard);
      const s2 = this.scratch(n, insn, need.count, fp, 0, 0);
      reloads = s2.reload;
      const regs = s2.regs;
      rt = regs[0]!;
      if (cls === 'stack') {
        em.insn('movl', { ...m, indirect: false }, reg(rt));
        c.stackExempt++;
      } else if (isStackBased(m, fp)) {
        const fid = this.newId();
        this.lea(em, m, rt, 0);
        em.insn('cmpl', absMem(SYM.stackLo), reg(rt));
        em.insn('jb', target(`.Lsvm_f${fid}`));
        em.insn('cmpl', absMem(SYM.stackHi), reg(rt));
        em.insn('jae', target(`.Lsvm_f${fid}`));
        em.insn('movl', mem({ base: rt }), reg(rt));
        const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
        st.label(`.Lsvm_f${fid}`);
        st.insn('pushl', imm(sym(siteLabel)));
        st.insn('pushl', reg(rt));
        st.insn('call', target(SYM.stackFault));
        c.stackChecked++;
      } else {
        const r2 = regs[1]!;
        const before = em.count;
        this.lea(em, m, rt, 0);
        this.segmentBase(em, m, rt);
        const tid = this.newId();
        this.fastPath(em, tid, siteLabel, rt, r2);
        c.insertedForAccesses += em.count - before;
        c.translated++;
        em.insn('movl', mem({ base: rt }), reg(rt));
      }
    } else {
      throw new AsmError(insn.loc, `unexpected operand for '${insn.mnemonic}'`);
    }
    const saveFlags = !isCall && this.flagsLive(n);
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    this.targetCheck(em, id, siteLabel, rt);
    if (saveFlags) em.insn('popfl');
    this.markPrecise(em, held);
    em.reuse(insn, [indirect(reg(rt))]);
    if (isCall) this.returnSite(em, n, c);
    this.emitReloads(em, this.cfg.nodes[n]!, reloads, c);
  }

  /**
   * Checks the VM-instance code address in %rt and turns it into this instance's: module text at a
   * valid target offset -> this instance's copy; outside the text -> the runtime (kernel routine
   * or upcall stub, or abort); inside the text at a non-target -> abort.
   */
  private targetCheck(em: Emitter, id: number, siteLabel: string, rt: number): void {
    em.insn('subl', imm(sym(SYM.vmText)), reg(rt));
    em.insn('cmpl', imm(sym(SYM.textSize)), reg(rt));
    em.insn('jae', target(`.Lsvm_x${id}`));
    em.insn('btl', reg(rt), absMem(SYM.targets));
    em.insn('jnc', target(`.Lsvm_b${id}`));
    em.insn('addl', imm(sym(SYM.instText)), reg(rt));
    em.label(`.Lsvm_k${id}`);
    const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
    st.label(`.Lsvm_x${id}`);
    st.insn('addl', imm(sym(SYM.vmText)), reg(rt));
    st.insn('pushl', imm(sym(siteLabel)));
    st.insn('pushl', reg(rt));
    st.insn('call', target(SYM.callXlate));
    st.insn('popl', reg(rt));
    st.insn('leal', mem({ base: ESP, disp: 4 }), reg(ESP));
    st.insn('jmp', target(`.Lsvm_k${id}`));
    st.label(`.Lsvm_b${id}`);
    st.insn('addl', imm(sym(SYM.vmText)), reg(rt));
    st.insn('pushl', imm(sym(siteLabel)));
    st.insn('pushl', reg(rt));
    st.insn('call', target(SYM.badTarget));
  }

  /**
   * Indirect transfer when no register is free at the site (all may hold arguments or live
   * values, and a spill push would move the callee's stack arguments). The checked target goes to
   * a stack slot and `ret` jumps to it. For a call, a PC-relative `call` into a trampoline pushes
   * this instance's return address (no absolute code address is needed: absolute code
   * relocations always resolve to the VM instance, see the loader):
   *   call .Lsvm_cN                          # inline; execution resumes after it
   * .Lsvm_cN:                                # in the stub section
   *   leal -4(%esp),%esp                     target slot, below the return address
   *   pushl %ra [; pushl %rb]                spills
   *   <target into %ra>; <target check>; movl %ra, slot
   *   popl spills; ret                       -> target, with the return address on top
   * An indirect jump does the same inline, without the call.
   */
  private indirectViaStack(em: Emitter, n: number, insn: Instruction, held: number[], fp: boolean, c: Counters, id: number, siteLabel: string): void {
    const op = insn.operands[0]!;
    const isCall = insn.form.flow === 'icall';
    const need = this.siteNeed(this.cfg.nodes[n]!)!;
    const { free } = this.candidates(n, insn, fp, 0, need.mi);
    const usable = SCRATCH_ORDER.filter((r) => r !== ESP && !(fp && r === EBP));
    // In the trampoline nothing of the caller is live but what the call reads: still borrow only
    // registers that are free at the site, spill the rest.
    const regs = [...free, ...usable.filter((r) => !free.includes(r))].slice(0, need.count);
    const spills = regs.filter((r) => !free.includes(r));
    const [ra, rb] = regs as [number, number | undefined];
    this.markPrecise(em, held);
    let body = em;
    // The trampoline is built apart: the checks it contains add their own stubs meanwhile.
    const trampoline: Item[] = [];
    if (isCall) {
      em.insn('call', target(`.Lsvm_c${id}`));
      this.returnSite(em, n, c);
      body = new Emitter(trampoline, em.loc, STUB_SECTION);
      body.label(`.Lsvm_c${id}`);
    }
    body.insn('leal', mem({ base: ESP, disp: -4 }), reg(ESP));
    for (const r of spills) body.insn('pushl', reg(r));
    c.spills += spills.length;
    if (spills.length) c.spillSites++;
    const words = (isCall ? 1 : 0) + 1 + spills.length;
    if (op.kind === 'reg') {
      // %ra is written only now: the target register still holds its value (pushed or not).
      body.insn('movl', reg(op.reg.gpr), reg(ra));
    } else {
      const m = op as MemOperand;
      const cls = classifyMem(m, fp, this.guard);
      // `leal M,%ra` reads M's registers (still intact after the pushes) before %ra changes.
      if (cls === 'stack') {
        this.lea(body, m, ra, words);
        body.insn('movl', mem({ base: ra }), reg(ra));
        c.stackExempt++;
      } else if (isStackBased(m, fp)) {
        throw new AsmError(insn.loc, `stack-indexed indirect target with no free register in '${insn.mnemonic}'`);
      } else {
        const before = body.count;
        this.lea(body, m, ra, words);
        this.segmentBase(body, m, ra);
        this.fastPath(body, this.newId(), siteLabel, ra, rb!);
        c.insertedForAccesses += body.count - before;
        c.translated++;
        body.insn('movl', mem({ base: ra }), reg(ra));
      }
    }
    const saveFlags = !isCall && this.flagsLive(n);
    if (saveFlags) { body.insn('pushfl'); c.flagSaves++; }
    this.targetCheck(body, id, siteLabel, ra);
    if (saveFlags) body.insn('popfl');
    body.insn('movl', reg(ra), mem({ base: ESP, disp: 4 * spills.length || null }));
    for (const r of [...spills].reverse()) body.insn('popl', reg(r));
    body.insn('ret');
    for (const it of trampoline) this.stubs.push(it);
  }

  // ---- return-site control-flow integrity -------------------------------------------------------

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
  private returnCheck(em: Emitter, n: number, insn: Instruction, c: Counters): void {
    const id = this.newId();
    const siteLabel = this.site(em, id, insn.loc);
    const liveOut = this.live.liveOut[n]!;
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
    const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
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
   * listed. Calls to external routines are not listed (their returns run no module `ret`), nor
   * calls into the runtime (never a return site: see abi.ts). In a frame-pointer function where
   * %ebp may be read before it is restored (ebpReadAfter), %ebp is checked against the stack (any
   * `ret` may land here, with any %ebp):
   *   call f; .Lsvm_rN: cmpl __svm_stack_lo,%ebp; jb F; cmpl __svm_stack_hi,%ebp; jae F
   * The status flags are not saved: after a call they hold whatever the callee left (the ABI
   * preserves none), so no code depends on them — liveness can only see them "live" through
   * instructions that keep them in some case (a shift by %cl, which keeps them when %cl is 0).
   */
  private returnSite(em: Emitter, n: number, c: Counters): void {
    const node = this.cfg.nodes[n]!;
    const flow = node.insn?.form.flow;
    if (flow === 'call' && node.callee < 0) return;
    const fall = node.succ[0];
    if (fall === undefined || this.cfg.nodes[fall]!.fn !== node.fn) return;
    const id = this.newId();
    const label = `.Lsvm_r${id}`;
    em.label(label);
    this.returnSites.push(label);
    c.returnSites++;
    if (!node.fn?.framePointer || !this.ebpReadAfter(fall)) return;
    const before = em.count;
    this.ebpCheck(em, id, false);
    c.fpChecks++;
    c.insertedForReturns += em.count - before;
  }

  /** `.Lsvm_sN: [pushfl] cmpl __svm_stack_lo,%ebp; jb F; cmpl __svm_stack_hi,%ebp; jae F [popfl]` (F: a stack fault). */
  private ebpCheck(em: Emitter, id: number, saveFlags: boolean): void {
    const siteLabel = this.site(em, id, em.loc);
    if (saveFlags) em.insn('pushfl');
    em.insn('cmpl', absMem(SYM.stackLo), reg(EBP));
    em.insn('jb', target(`.Lsvm_f${id}`));
    em.insn('cmpl', absMem(SYM.stackHi), reg(EBP));
    em.insn('jae', target(`.Lsvm_f${id}`));
    if (saveFlags) em.insn('popfl');
    const st = new Emitter(this.stubs, em.loc, STUB_SECTION);
    st.label(`.Lsvm_f${id}`);
    st.insn('pushl', imm(sym(siteLabel)));
    st.insn('pushl', reg(EBP));
    st.insn('call', target(SYM.stackFault));
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
   * Nothing else at a landing depends on its function's state: translations are not reused across
   * an address-taken label (availIn), inserted sequences check or translate what they use, and
   * %esp-relative accesses are relative to whatever stack the transfer came from.
   */
  private landingCheck(n: number, labels: readonly string[], c: Counters): void {
    const node = this.cfg.nodes[n]!;
    if (!node.fn?.framePointer) return;
    if (!labels.some((l) => this.cfg.addressTaken.has(l) && !this.cfg.functions.some((f) => f.name === l))) return;
    if (!this.ebpReadAfter(n)) return;
    const em = new Emitter(this.out, node.insn!.loc, node.insn!.section);
    const saveFlags = this.flagsLive(n);
    if (saveFlags) c.flagSaves++;
    this.ebpCheck(em, this.newId(), saveFlags);
    c.fpChecks++;
    c.insertedForReturns += em.count;
    c.after += em.count;
  }

  /**
   * May %ebp be read from node `from` on, before something redefines it (popl %ebp, leave)? Reads
   * are the original instructions' (liveness uses: memory bases, leave, copies) and the rewriter's
   * own reloads of a register from an %ebp-based slot (rematerialisation at an inserted sequence).
   */
  private ebpReadAfter(from: number): boolean {
    const seen = new Set<number>([from]);
    const work = [from];
    while (work.length) {
      const m = work.pop()!;
      const node = this.cfg.nodes[m]!;
      if (this.live.use[m]! & bit(EBP)) return true;
      if (node.exit === 'unknown') return true;
      if (this.siteNeed(node) && this.facts.in[m]!.some((f) => f?.kind === 'slot' && f.base === EBP)) return true;
      if (this.live.def[m]! & bit(EBP)) continue;
      for (const t of node.succ) if (!seen.has(t)) { seen.add(t); work.push(t); }
    }
    return false;
  }

  // ---- string instructions ----------------------------------------------------------------------

  /**
   * String instruction: a loop over chunks that stay within one page of the source and of the
   * destination; each chunk runs the original instruction on translated %esi/%edi, which are then
   * moved back to dom0 terms. A non-rep instruction runs as a rep one with a count of 1 (%ecx
   * saved around it). Forward direction (DF clear, the kernel ABI); stack words used:
   *
   *   [pushfl]                        flags slot: original flags (cmps/scas, or live flags)
   * T: testl %ecx,%ecx; je E
   *   n := min(%ecx, elements left in the src page, in the dst page)
   *   subl n,%ecx; pushl %ecx; movl n,%ecx                 remaining count saved
   *   translate %esi (%edi): d := T(x) - x; x += d; pushl d
   *   rep <op>                                              on translated pointers
   *   [cmps/scas: flags slot := flags]
   *   popl d; subl d,%edi (%esi)                           back to dom0 terms
   *   [cmps/scas: stop early when %ecx != 0 or the condition ended the scan]
   *   popl %ecx; jmp T
   * S: addl (%esp),%ecx; leal 4(%esp),%esp                 stopped early: count left
   * E: [popfl]
   */
  private stringOp(em: Emitter, n: number, insn: Instruction, held: number[], fp: boolean, c: Counters): void {
    const form = insn.form;
    const io = form.stringIo!;
    const useSrc = io.src !== 'none';
    const useDst = io.dst !== 'none';
    const elem = form.size / 8;
    const shift = elem === 4 ? 2 : elem === 2 ? 1 : 0;
    const compare = form.op === 'cmps' || form.op === 'scas';
    const repPrefix = insn.prefixes.find((p) => p.startsWith('rep'));
    const isRep = repPrefix !== undefined;
    const id = this.newId();
    const siteLabel = this.site(em, id, insn.loc);
    // Registers the loop must not touch: the string registers and the accumulator it uses.
    const accUsed = form.implicitRead.concat(form.implicitWrite).some((r) => r.gpr === EAX);
    const avoid = bit(ESI) | bit(EDI) | bit(ECX) | (accUsed ? bit(EAX) : 0);
    const { regs, spilled, reload } = this.scratch(n, insn, 2, fp, avoid, -1);
    const [ra, rb] = regs as [number, number];
    for (const r of spilled) em.insn('pushl', reg(r));
    c.spills += spilled.length;
    if (spilled.length) c.spillSites++;
    if (!isRep) { em.insn('pushl', reg(ECX)); em.insn('movl', imm(1), reg(ECX)); }
    const saveFlags = compare || this.flagsLive(n);
    if (saveFlags) { em.insn('pushfl'); c.flagSaves++; }
    const T = `.Lsvm_t${id}`, E = `.Lsvm_e${id}`, S = `.Lsvm_q${id}`;
    em.label(T);
    em.insn('testl', reg(ECX), reg(ECX));
    em.insn('je', target(E));
    em.insn('movl', reg(ECX), reg(ra));
    for (const [use, ptr] of [[useSrc, ESI], [useDst, EDI]] as const) {
      if (!use) continue;
      // elements whose start lies in this page: ceil((4096 - (ptr & 0xfff)) / elem)
      em.insn('movl', reg(ptr), reg(rb));
      em.insn('andl', imm(0xfff), reg(rb));
      em.insn('negl', reg(rb));
      em.insn('addl', imm(PAGE_SIZE + elem - 1), reg(rb));
      if (shift) em.insn('shrl', imm(shift), reg(rb));
      em.insn('cmpl', reg(rb), reg(ra));
      em.insn('cmova', reg(rb), reg(ra));
    }
    em.insn('subl', reg(ra), reg(ECX));
    em.insn('pushl', reg(ECX));
    em.insn('movl', reg(ra), reg(ECX));
    let deltas = 0;
    for (const [use, ptr] of [[useSrc, ESI], [useDst, EDI]] as const) {
      if (!use) continue;
      const tid = this.newId();
      em.insn('movl', reg(ptr), reg(ra));
      this.fastPath(em, tid, siteLabel, ra, rb);
      em.insn('subl', reg(ptr), reg(ra));
      em.insn('addl', reg(ra), reg(ptr));
      em.insn('pushl', reg(ra));
      deltas++;
    }
    const prefixes = isRep ? insn.prefixes : compare ? ['repe'] : ['rep'];
    this.markPrecise(em, held);
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
    if (saveFlags) em.insn('popfl');
    if (!isRep) em.insn('popl', reg(ECX));
    for (const r of [...spilled].reverse()) em.insn('popl', reg(r));
    this.emitReloads(em, this.cfg.nodes[n]!, reload, c);
  }

  // ---- port I/O through runtime helpers ------------------------------------------------------------

  /**
   * Port I/O through checked runtime helpers (--port-io helpers). The helper behaves as the
   * instruction (same registers in and out, flags preserved) after checking the port belongs to
   * the device; ins/outs helpers translate %edi/%esi themselves:
   *   inb (%dx),%al -> call __svm_io_inb;   rep insw -> call __svm_io_rep_insw
   */
  private portIo(em: Emitter, insn: Instruction, held: number[]): void {
    const form = insn.form;
    const rep = insn.prefixes.some((p) => p.startsWith('rep')) ? 'rep_' : '';
    const helper = form.implicitMem === 'string'
      ? `__svm_io_${rep}${form.op}${SIZE_SUFFIX[form.size]}`
      : `${IO_HELPER[form.op]}${SIZE_SUFFIX[form.size]}`;
    this.markPrecise(em, held);
    const immPort = insn.operands.find((o) => o.kind === 'imm');
    if (immPort) {
      em.insn('pushl', reg(EDX));
      em.insn('movl', immPort, reg(EDX));
      em.insn('call', target(helper));
      em.insn('popl', reg(EDX));
    } else {
      em.insn('call', target(helper));
    }
  }

  // ---- tables ------------------------------------------------------------------------------------

  private appendTables(): void {
    const loc: SourceLoc = { file: this.program.file, line: 0, col: 0 };
    const section = (name: string, flags: string): void => {
      this.out.push({
        kind: 'directive', name: '.section', args: [{ k: 'raw', text: name }, { k: 'str', text: `"${flags}"` }, { k: 'raw', text: '@progbits' }],
        raw: undefined, loc, section: name, comment: undefined,
      });
    };
    const stubInsns = this.stubs.filter((s) => s.kind === 'insn').length;
    if (stubInsns) {
      section(STUB_SECTION, 'ax');
      for (const s of this.stubs) this.out.push(s);
      // Stubs are out of line; a pseudo-function carries their count so totals show them.
      const c = emptyCounters();
      c.stub = stubInsns;
      this.counters.set(`<${STUB_SECTION}>`, c);
    }
    section(SITES_SECTION, 'a');
    const em = new Emitter(this.out, loc, SITES_SECTION);
    em.directive('.balign', [num(4)]);
    for (const s of this.sites) em.directive('.long', [sym(s.label), num(s.line)]);
    section(TARGETS_SECTION, 'a');
    const te = new Emitter(this.out, loc, TARGETS_SECTION);
    te.directive('.balign', [num(4)]);
    for (const t of [...this.cfg.addressTaken].sort()) te.directive('.long', [sym(t)]);
    section(RETURNS_SECTION, 'a');
    const re = new Emitter(this.out, loc, RETURNS_SECTION);
    re.directive('.balign', [num(4)]);
    for (const l of this.returnSites) re.directive('.long', [sym(l)]);
  }
}

/** Index of the explicit memory operand (not the %dx port), or -1. */
export function memOperandIndex(insn: Instruction): number {
  if (insn.form.mem === 'none' && !(insn.form.flow === 'icall' || insn.form.flow === 'ijmp')) return -1;
  return insn.operands.findIndex((o) => o.kind === 'mem' && !(insn.form.cls === 'io' && o.base?.name === 'dx'));
}

/** Addresses computed from the stack pointer (or frame pointer): stack memory by construction. */
export function isStackBased(m: MemOperand, fp: boolean): boolean {
  if (m.seg || !m.base) return false;
  return m.base.gpr === ESP || (fp && m.base.gpr === EBP);
}

/** A write of %esp that keeps %esp-relative addresses consistent with pushes made at entry. */
function balancedEspWrite(insn: Instruction): boolean {
  const op = insn.form.op;
  // Implicit pushes and pops (push/pop, call/ret, enter/leave, pushf, pusha ...) move %esp in step.
  if (insn.form.stackBytes) return true;
  const ops = insn.operands;
  const dst = ops[ops.length - 1];
  if (!dst || dst.kind !== 'reg' || dst.reg.gpr !== ESP) return true;
  const src = ops[0]!;
  if ((op === 'add' || op === 'sub') && src.kind === 'imm') return true;
  if (op === 'lea' && src.kind === 'mem' && src.base?.gpr === ESP && !src.index) return true;
  if (op === 'mov' && src.kind === 'reg' && src.reg.gpr === EBP) return true;
  return false;
}

/**
 * Label references in side tables that name one instruction precisely (.smp_locks: the locked
 * instruction; __ex_table: the faulting one): label item index -> the directive arguments using it.
 */
function findPreciseRefs(p: Program, labels: LabelTable): Map<number, Array<{ dir: number; arg: number }>> {
  const out = new Map<number, Array<{ dir: number; arg: number }>>();
  p.items.forEach((it, i) => {
    if (it.kind !== 'directive' || !PRECISE_LABEL_SECTIONS.has(it.section) || (it.name !== '.long' && it.name !== '.int')) return;
    it.args.forEach((a, k) => {
      if (a.k !== 'expr') return;
      for (const name of exprSymbols(a.e)) {
        const li = labels.resolve(name, i);
        if (li < 0) continue;
        let l = out.get(li);
        if (!l) out.set(li, (l = []));
        if (!l.some((r) => r.dir === i && r.arg === k)) l.push({ dir: i, arg: k });
      }
    });
  });
  return out;
}

export function rewrite(p: Program, opts: RewriteOptions = {}): RewriteResult {
  return new Rewriter(p, opts).run();
}

