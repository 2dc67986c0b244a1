// The state one rewrite shares between its passes and per-class emitters (pipeline.ts): the
// program and its analyses (CFG, liveness, rematerialisation facts, stack facts, direction-flag
// facts), the output sinks (inline items, out-of-line stubs, the site/return-site tables), the
// translations available for reuse, the per-function reservations and counters, and the small
// predicates every emitter asks. Emitters (sites/*.ts) are functions of (Ctx, Emitter, node, ...)
// that write to the sinks and throw an AsmError (error(insn, ...)) on forms they cannot make safe.

import { AsmError } from '../asm/diagnostics.js';
import type { FunctionRange } from '../asm/functions.js';
import type { Instruction, Item, MemOperand, Program, SourceLoc } from '../asm/ir.js';
import { STACK_GUARD } from '../asm/memref.js';
import { printInstruction } from '../asm/printer.js';
import type { Effects } from '../isa/effects.js';
import { STATUS } from '../isa/flags.js';
import { EBP, ESP } from '../isa/registers.js';
import type { Emitter } from './build.js';
import { buildCfg, nodeEffects, predecessors, type Cfg, type CodeNode, type Preds } from './cfg.js';
import { emptyCounters, type Counters, type RewriteOptions } from './counters.js';
import { directionFacts, type DirectionFacts } from './direction.js';
import type { FrameFacts } from './frame.js';
import { computeLiveness, FLAG_SHIFT, type Liveness } from './liveness.js';
import { rematFacts, type Fact, type Facts } from './remat.js';
import { stackFacts, type StackFacts } from './stack.js';

export const bit = (r: number): number => 1 << r;
const STATUS_LIVE = STATUS << FLAG_SHIFT;

/** Callee-saved registers pushed at a function's entry and popped before each exit (sites/reserve.ts). */
export interface ReservePlan {
  /** Registers pushed at entry in this order (popped in reverse before every exit). */
  readonly regs: number[];
  /** Bytes added to every %esp/%ebp-frame displacement in the function. */
  readonly adjust: number;
}

/** A translation kept in a register for later accesses (sites/reuse.ts). */
export interface Translation {
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

/** An instruction the rewriter cannot make safe: an error located at the instruction. */
export function error(insn: { readonly loc: SourceLoc }, message: string): AsmError {
  return new AsmError(insn.loc, message);
}

export class Ctx {
  readonly out: Item[] = [];
  readonly stubs: Item[] = [];
  readonly sites: Array<{ label: string; line: number }> = [];
  /** Return-site labels, in output order (the .svm_returns table). */
  readonly returnSites: string[] = [];
  readonly cfg: Cfg;
  readonly live: Liveness;
  readonly facts: { in: Facts[]; out: Facts[] };
  readonly stackf: StackFacts;
  readonly df: DirectionFacts;
  /** Where an unchecked %esp must be checked (frame.ts); set by the pipeline after the analyses. */
  frames: FrameFacts = { checkBefore: new Uint8Array(0), variable: new Set() };
  readonly counters = new Map<string, Counters>();
  readonly guard: number;
  /** Predecessors of each node (the CFG's edges reversed). */
  readonly preds: Preds;
  /** Effects of each node's (original) instruction. */
  readonly fxOf: ReadonlyArray<Effects | null>;
  /** Callee-saved registers reserved per function (pushed at entry, popped at exits). */
  readonly plans = new Map<FunctionRange, ReservePlan>();
  /**
   * Translations available for reuse at the current point (sites/reuse.ts availIn): within a
   * block, and into a block all of whose predecessors were rewritten before it.
   */
  avail: Translation[] = [];
  /**
   * --svm table: where a delta load may go instead of under pushfl/popfl (sites/table.ts
   * trackHoist): the output position of the latest instruction of this straight-line run with
   * the flags dead on entry, every instruction emitted since then plain (no memory, no transfer).
   */
  hoist: { pos: number } | null = null;
  /**
   * Registers a site borrowed whose reload is owed (sites/scratch.ts settle): each still holds
   * what the site left in it until the original code needs its value again.
   */
  pending: Array<{ r: number; fact: Fact; at: number; insn?: Instruction }> = [];
  /** --svm table: output position of the latest flag save's popfl (sites/table.ts reopenFlagSave). */
  flagPop = -1;
  /** --svm table: the latest site's `popl %r` of a spilled %r that held the delta of `base`'s page (sites/table.ts). */
  spillPop: { readonly pop: Item; readonly r: number; readonly base: number } | null = null;
  /** Translations available after each node (on every outgoing edge); undefined until rewritten. */
  readonly availOut: Array<readonly Translation[] | undefined> = [];
  /** effectsBesides() per node and memory operand, and the instruction it was computed for. */
  readonly fxBesides: Array<Effects | undefined>;
  readonly fxInsn: Array<Instruction | undefined>;
  /** Side-table references that must name the accessing instruction: label item -> directive uses. */
  preciseRefs: Map<number, Array<{ dir: number; arg: number }>> = new Map();
  /** New label placed on the accessing instruction, per referenced label item. */
  readonly preciseName = new Map<number, string>();
  /** Output position of each copied directive item (for patching side tables). */
  readonly outIndexOf = new Map<number, number>();
  private nextId = 0;

  constructor(readonly program: Program, readonly opts: RewriteOptions = {}) {
    this.cfg = buildCfg(program);
    this.live = computeLiveness(this.cfg);
    this.facts = rematFacts(this.cfg);
    this.fxOf = nodeEffects(this.cfg);
    this.fxBesides = new Array<Effects | undefined>(this.cfg.nodes.length * 5);
    this.fxInsn = new Array<Instruction | undefined>(this.cfg.nodes.length * 5);
    this.stackf = stackFacts(this.cfg);
    this.df = directionFacts(this.cfg, program);
    this.guard = opts.guard ?? STACK_GUARD;
    this.preds = predecessors(this.cfg);
  }

  newId(): number {
    return this.nextId++;
  }

  /** `.Lsvm_sN:` here, listed in .svm_sites with the original instruction's line. */
  site(em: Emitter, id: number, loc: SourceLoc): string {
    const label = `.Lsvm_s${id}`;
    em.label(label);
    this.sites.push({ label, line: loc.line });
    return label;
  }

  countersFor(node: CodeNode): Counters {
    const name = node.fn?.name ?? `<${this.program.items[node.item]!.section}>`;
    let c = this.counters.get(name);
    if (!c) this.counters.set(name, (c = emptyCounters()));
    return c;
  }

  node(n: number): CodeNode {
    return this.cfg.nodes[n]!;
  }

  /** The node's function made %ebp its frame pointer. */
  fp(n: number): boolean {
    return this.cfg.nodes[n]!.fn?.framePointer ?? false;
  }

  /** The status flags live on entry to node n (the effects' flag bits). */
  liveFlags(n: number): number {
    return (this.live.liveIn[n]! & STATUS_LIVE) >>> FLAG_SHIFT;
  }

  flagsLive(n: number): boolean {
    return (this.live.liveIn[n]! & STATUS_LIVE) !== 0;
  }

  flagsLiveOut(n: number): boolean {
    return (this.live.liveOut[n]! & STATUS_LIVE) !== 0;
  }

  /** The operand's base register holds a pointer derived from the stack pointer on every path. */
  derivedBase(n: number, m: MemOperand): boolean {
    return !m.seg && m.base !== null && (this.stackf.derived[n]! & bit(m.base.gpr)) !== 0;
  }

  annotate(em: Emitter, insn: Instruction): void {
    if (!this.opts.annotate) return;
    em.comment(`# svm ${insn.loc.line}: ${printInstruction(insn).trim().replace(/\s+/g, ' ')}`);
  }

  private dead: Uint8Array | null = null;

  /**
   * Nodes no entry reaches (1): not from a function's entry, a global or address-taken label, along
   * the CFG's edges (calls fall through unless noreturn). The verifier analyses such code from a
   * hostile state up to where it meets live code.
   */
  deadNodes(): Uint8Array {
    if (this.dead) return this.dead;
    const nodes = this.cfg.nodes;
    const dead = new Uint8Array(nodes.length).fill(1);
    const work: number[] = [];
    const items = this.program.items;
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind !== 'label' || (it.name.startsWith('.L') && !this.cfg.addressTaken.has(it.name)) || /^\d+$/.test(it.name)) continue;
      for (let j = k + 1; j < items.length; j++) {
        const x = items[j]!;
        if (x.section !== it.section) continue;
        const n = this.cfg.nodeOfItem[j]!;
        if (n >= 0) { if (dead[n]) { dead[n] = 0; work.push(n); } break; }
        if (x.kind === 'insn') break;
      }
    }
    while (work.length) {
      for (const s of nodes[work.pop()!]!.succ) if (dead[s]) { dead[s] = 0; work.push(s); }
    }
    return (this.dead = dead);
  }

  reservedMask(node: CodeNode): number {
    const p = node.fn ? this.plans.get(node.fn) : undefined;
    let m = 0;
    if (p) for (const r of p.regs) m |= bit(r);
    return m;
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
