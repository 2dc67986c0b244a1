// The analysis state and the operations every transfer function shares (base of the pass classes,
// see analysis/index.ts for their order): the pass's configuration, the current state `cur`,
// violations (reported only in the final reporting run), value helpers (ids, kill-on-def, copies,
// bounds) and the stack model (depth, slots, writes that forget slots).
//
// Invariant: `cur` is only ever changed through these helpers or by a transfer function of a
// subclass; a value's id names "the value its definition site computed last" (kill-on-def).

import * as ISA from '../../isa/index.js';
import type { Code, Rule } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import type { BlockGraph } from './graph.js';
import type { Counts, VerifyOptions } from './domain.js';

const { ESP } = ISA;
const { ROLE_NONE } = C;
const {
  CL_BAD, ID_PARAMS, K_AND, K_CONST, K_ENTRY, K_FPU, K_NONE, K_PGOFF, K_STACK, K_STKC, M_RET, NC, NSLOT, PAGE_MASK, S, SL_OFF, SLOT_EMPTY,
  SW, VERIFY_STACK_GUARD, VW, F_OFF, F_NONE, F_CMPRR,
} = D;


/**
 * How a pass enters its roots (analysis/index.ts): 'entries' function entries, global symbols and
 * call targets with a call's state (depth 0 holds the return address); 'landings' jump landings
 * entered on their own (a `ret` may be at any depth: it is checked); 'dead' code that no entry,
 * landing or return site reaches, from a hostile state up to where it meets live code.
 */
export type Mode = 'entries' | 'landings' | 'dead';

export abstract class State {
  protected readonly n: number;
  protected readonly nb: number;
  protected readonly blockStart: Int32Array;
  protected readonly blockEnd: Int32Array;
  protected readonly blockOf: Int32Array;
  protected readonly retSite: Uint8Array;
  protected readonly sems: Uint8Array;
  protected readonly bits: Uint8Array;
  protected readonly landingsByRegion: Map<number, number[]>;
  protected readonly rootEdge: Int32Array;
  protected readonly fallEdge: Int32Array;
  protected readonly takenEdge: Int32Array;
  protected readonly landEdge: Int32Array;
  protected readonly cur = new Int32Array(S);
  protected readonly tmp = new Int32Array(S);
  protected report = false;
  protected readonly counts: Counts;
  protected readonly strict: boolean;
  protected readonly maxViolations: number;
  protected readonly bornBase: number;
  protected readonly phiBase: number;
  /** Set while reporting: the last memory access's class. */
  protected lastStackOff = 0;
  /** The last stack access's offset is exact on every path (not through a frame pointer FPU). */
  protected lastStackExact = true;
  /** Counters of the block being run (C_* and CL_* indices). */
  protected readonly rc = new Int32Array(NC);
  protected runBad = 0;
  /** A `ret` may be at any depth (the roots are not a call's frame): landings and dead code. */
  protected readonly anyDepth: boolean;

  constructor(protected readonly code: Code, protected readonly g: BlockGraph, opts: VerifyOptions, protected readonly mode: Mode) {
    this.strict = opts.strict ?? true;
    this.maxViolations = opts.maxViolations ?? 1000;
    this.anyDepth = mode !== 'entries';
    const n = (this.n = g.n);
    this.nb = g.nb;
    this.bornBase = 8 * n;
    this.phiBase = 12 * n;
    this.blockStart = g.blockStart; this.blockEnd = g.blockEnd; this.blockOf = g.blockOf; this.retSite = g.retSite;
    this.sems = g.sems; this.bits = g.bits; this.landingsByRegion = g.landingsByRegion;
    this.rootEdge = g.rootEdge; this.fallEdge = g.fallEdge; this.takenEdge = g.takenEdge; this.landEdge = g.landEdge;
    this.counts = {
      functions: code.functions, instructions: n, reachable: 0, stack: 0, runtime: 0, translated: 0, stackChecked: 0,
      string: 0, indirect: 0, returns: 0, returnSites: code.returnSites.length, flagRestores: 0,
    };
  }

  protected phiId(b: number, k: number): number { return this.phiBase + b * 16 + k; }

  // ---- violations -----------------------------------------------------------------------------

  protected bad(i: number, rule: Rule, reason: string): number {
    this.runBad++;
    if (!this.report || this.found.length >= this.maxViolations) return CL_BAD;
    this.found.push({ i, rule, reason });
    return CL_BAD;
  }

  readonly found: Array<{ i: number; rule: Rule; reason: string }> = [];

  /**
   * A consequence of an unknown stack depth. The depth only becomes unknown where a violation is
   * reported (a write of %esp the rules do not allow, a join of different depths): the
   * consequences fail the verdict without repeating it.
   */
  protected quiet(): number {
    this.runBad++;
    this.quietCount++;
    return CL_BAD;
  }

  protected quietCount = 0;


  // ---- value helpers --------------------------------------------------------------------------

  protected kind(r: number): number { return this.cur[r * VW]!; }
  protected id(r: number): number { return this.cur[r * VW + 1]!; }
  protected p(r: number, k: number): number { return this.cur[r * VW + 1 + k]!; }

  /** Drops every fact about the value `id` (it is about to name a new value). */
  protected killRefs(st: Int32Array, id: number, except: number): void {
    if (id < 0) return;
    for (let r = 0; r < 8; r++) this.killIn(st, r * VW, id, except);
    for (let k = 0; k < NSLOT; k++) {
      const o = SL_OFF + k * SW;
      if (st[o] !== SLOT_EMPTY) this.killIn(st, o + 1, id, except);
    }
    if (st[F_OFF] !== F_NONE && (st[F_OFF + 1] === id || (st[F_OFF] === F_CMPRR && st[F_OFF + 2] === id))) st[F_OFF] = F_NONE;
  }

  protected killIn(st: Int32Array, o: number, id: number, except: number): void {
    if (o === except) return;
    if (st[o + 1] === id) st[o + 1] = -1;
    const m = ID_PARAMS[st[o]!]!;
    if (m && (((m & 1) && st[o + 2] === id) || ((m & 2) && st[o + 3] === id) || ((m & 4) && st[o + 4] === id))) {
      st[o] = K_NONE; st[o + 2] = 0; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0;
    }
  }

  /** Register r gets a new value defined at instruction i: returns its id. */
  protected def(r: number, i: number): number {
    const id = i * 8 + r;
    const cur = this.cur;
    this.killRefs(cur, id, r * VW);
    const o = r * VW;
    cur[o] = K_NONE; cur[o + 1] = id; cur[o + 2] = 0; cur[o + 3] = 0; cur[o + 4] = 0; cur[o + 5] = 0;
    return id;
  }

  protected setKind(r: number, kind: number, p1 = 0, p2 = 0, p3 = 0, p4 = 0): void {
    const o = r * VW;
    const cur = this.cur;
    cur[o] = kind; cur[o + 2] = p1; cur[o + 3] = p2; cur[o + 4] = p3; cur[o + 5] = p4;
  }

  /** dst := src, the same value (an anonymous source is named first, so the two stay equal). */
  protected copyReg(dst: number, src: number, i: number): void {
    if (dst === src) return;
    if (this.id(src) < 0 && src !== ESP) this.name(src, i);
    this.cur.copyWithin(dst * VW, src * VW, src * VW + VW);
  }

  /** Gives an anonymous register value the id of instruction i (its facts stay). */
  protected name(r: number, i: number): void {
    const id = i * 8 + r;
    this.killRefs(this.cur, id, r * VW);
    this.cur[r * VW + 1] = id;
  }

  /**
   * r := the value in the slot at state offset so: what is known about it, under the load's own id
   * (a slot's id depends on the path that stored it; the load's does not).
   */
  protected loadSlot(r: number, so: number, i: number): void {
    this.cur.copyWithin(r * VW, so + 1, so + 1 + VW);
    this.name(r, i);
  }

  /** Upper bound (unsigned) of a register's value, or -1. */
  protected bound(r: number): number {
    switch (this.kind(r)) {
      case K_AND: return this.p(r, 1) >>> 0;
      case K_ENTRY: return this.p(r, 2);
      case K_PGOFF: return PAGE_MASK;
      case K_CONST: return this.p(r, 2) === ROLE_NONE && this.p(r, 1) >= 0 ? this.p(r, 1) : -1;
      default: return -1;
    }
  }

  // ---- stack ------------------------------------------------------------------------------------

  protected depthKnown(): boolean { return this.cur[ESP * VW] === K_STACK; }
  protected depth(): number { return this.cur[ESP * VW + 2]!; }
  /** The origin %esp's depth is relative to: 0 the frame's entry, else a checked %esp (K_STACK p2). */
  protected origin(): number { return this.cur[ESP * VW + 3]!; }

  /**
   * A use of %esp as a stack address (push, pop, call, ret, an %esp-relative access, a constant
   * adjustment): false, with the violation, when %esp is not a known stack address here.
   */
  protected espUse(i: number, what: string): boolean {
    if (this.depthKnown()) return true;
    if (this.kind(ESP) === K_STKC) {
      this.bad(i, 'stack', `${what} with %esp unchecked: paths with different frames meet (a variable frame's loop), and %esp was not checked against __svm_stack_lo/__svm_stack_hi since (abi.ts "Variable frames")`);
      return false;
    }
    this.quiet();
    return false;
  }

  /** %esp := origin + d (origin 0: the entry; else a checked stack address): slots of another origin are forgotten. */
  protected setEsp(i: number, d: number, origin: number): void {
    const cur = this.cur;
    if (!this.depthKnown() || this.origin() !== origin) {
      for (let k = 0; k < NSLOT; k++) cur[SL_OFF + k * SW] = SLOT_EMPTY;
      if (origin !== 0) cur[M_RET] = 0;
      cur[ESP * VW] = K_STACK; cur[ESP * VW + 1] = -1; cur[ESP * VW + 2] = d; cur[ESP * VW + 3] = origin; cur[ESP * VW + 4] = 0; cur[ESP * VW + 5] = 0;
    }
    this.setDepth(i, d);
  }

  protected setDepth(i: number, d: number): void {
    const cur = this.cur;
    if (d <= -VERIFY_STACK_GUARD || d >= VERIFY_STACK_GUARD) {
      this.bad(i, 'stack', `stack depth ${d} leaves the ${VERIFY_STACK_GUARD}-byte guard`);
      this.espUnknown();
      return;
    }
    const up = d > cur[ESP * VW + 2]!;
    if (cur[ESP * VW] !== K_STACK) { cur[ESP * VW + 3] = 0; cur[ESP * VW + 4] = 0; cur[ESP * VW + 5] = 0; }
    cur[ESP * VW] = K_STACK; cur[ESP * VW + 1] = -1; cur[ESP * VW + 2] = d;
    if (up) {
      // Slots below the stack pointer are free stack: forget them.
      for (let k = 0; k < NSLOT; k++) {
        const o = SL_OFF + k * SW;
        if (cur[o] !== SLOT_EMPTY && cur[o]! < d) cur[o] = SLOT_EMPTY;
      }
    }
  }

  /**
   * After a write of %esp the rules reject (reported where it happens): the analysis goes on
   * with the depth it had, so what follows is judged on its own instead of cascading; the verdict
   * is already failed.
   */
  protected espUnknown(): void {
    // Slots may have been clobbered by whatever %esp now points at.
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) cur[SL_OFF + k * SW] = SLOT_EMPTY;
  }

  /** Forgets every slot but those holding FPU facts (which claim nothing without a check). */
  protected forgetSlotsButFpu(): void {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) if (cur[SL_OFF + k * SW + 1] !== K_FPU) cur[SL_OFF + k * SW] = SLOT_EMPTY;
  }

  protected slotAt(d: number): number {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) if (cur[SL_OFF + k * SW] === d) return SL_OFF + k * SW;
    return -1;
  }

  /** A write of `len` bytes at entry-esp + off: slots it overlaps lose their value. */
  protected stackWrite(off: number, len: number): void {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) {
      const o = SL_OFF + k * SW;
      const d = cur[o]!;
      if (d !== SLOT_EMPTY && d < off + len && off < d + 4) cur[o] = SLOT_EMPTY;
    }
    if (off < 4 && off + len > 0) cur[M_RET] = 0;
  }

  /**
   * A stack-checked write (or one through a frame pointer a return may have changed): anywhere in
   * the stack, the return address included (a checked `ret` does not mind; a tail transfer does).
   */
  protected stackWriteAnywhere(): void {
    this.slotsMayBeWritten();
    this.cur[M_RET] = 0;
  }

  /**
   * Any word of the frame may have been written: slots are forgotten, except that one that held a
   * stack address origin+k (a saved frame pointer) becomes FPU(k): that value if nothing wrote it,
   * anything otherwise — usable only once checked against the stack (FPU facts are kept: they
   * claim nothing more).
   */
  protected slotsMayBeWritten(): void {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      if (cur[so] === SLOT_EMPTY) continue;
      const kind = cur[so + 1];
      if (kind === K_STACK) { cur[so + 1] = K_FPU; cur[so + 5] = cur[so + 4]!; cur[so + 4] = 0; cur[so + 6] = 0; }
      else if (kind === K_FPU) cur[so + 4] = 0;
      else cur[so] = SLOT_EMPTY;
    }
  }

  /**
   * Remembers that the word at entry-esp + off holds the value in register r (just loaded from
   * it: no write). Only into a free slot: tracked values are never evicted for it.
   */
  protected recordSlot(off: number, r: number): void {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      if (cur[so] !== SLOT_EMPTY) continue;
      cur[so] = off;
      cur.copyWithin(so + 1, r * VW, r * VW + VW);
      return;
    }
  }

  /** Slot at entry-esp + off := value at state offset vo (or anonymous when vo < 0). */
  protected storeSlot(off: number, vo: number, bornId: number): void {
    const cur = this.cur;
    this.stackWrite(off, 4);
    let o = -1;
    let far = -1, farDepth = -0x7fffffff;
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      if (cur[so] === SLOT_EMPTY) { o = so; break; }
      if (cur[so]! > farDepth) { farDepth = cur[so]!; far = so; }
    }
    if (o < 0) o = far; // evict the slot deepest in the frame
    cur[o] = off;
    if (vo >= 0) cur.copyWithin(o + 1, vo, vo + VW);
    else {
      this.killRefs(cur, bornId, -1);
      cur[o + 1] = K_NONE; cur[o + 2] = bornId; cur[o + 3] = 0; cur[o + 4] = 0; cur[o + 5] = 0; cur[o + 6] = 0;
    }
  }

  protected storeSlotKind(off: number, bornId: number, kind: number, p1 = 0, p2 = 0, p3 = 0): void {
    this.storeSlot(off, -1, bornId);
    const o = this.slotAt(off);
    this.cur[o + 1] = kind;
    this.cur[o + 3] = p1;
    this.cur[o + 4] = p2;
    this.cur[o + 5] = p3;
  }

  protected born(i: number, k: number): number { return this.bornBase + i * 4 + k; }

}
