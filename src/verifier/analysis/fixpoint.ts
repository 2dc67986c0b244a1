// The fixpoint of one analysis pass (analysis/index.ts runs the passes): roots seeded with the
// pass's entry state, a worklist of blocks in reverse postorder, each block run from its entry
// state (the transfer functions of the classes below), states flowing along edges (join.ts), and
// the reporting run: the verdict is what each block's latest run found; only blocks with
// violations run once more to say where and why.

import * as ISA from '../../isa/index.js';
import type { Code, Rule } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import type { Counts, VerifyOptions } from './domain.js';
import { BlockGraph } from './graph.js';
import { Join } from './join.js';
import type { Mode } from './state.js';

const { EBP, ESP } = ISA;
const { NEXT_DATA } = C;
const {
  C_FLAGS, C_INDIRECT, C_REACHABLE, C_RETURNS, C_STRING, CL_RUNTIME, CL_STACK, CL_STKCHK, CL_TRANS, describeState, getTraceHook,
  K_FPU, K_STACK, M_CONFLICT, M_DF, M_REACH, M_RET, NC, NSLOT, S, SL_OFF, SLOT_EMPTY, SW, VW,
} = D;

/** What one pass found: violations by instruction, whether the depth became unknown, what it ran. */
export interface PassResult {
  readonly mode: Mode;
  readonly found: readonly { readonly i: number; readonly rule: Rule; readonly reason: string }[];
  readonly quiet: boolean;
  readonly counts: Counts;
  readonly stepped: Uint8Array;
  readonly tableSites: ReadonlyMap<number, D.TableSite>;
}

export class Analyzer extends Join {
  protected readonly inWork: Uint8Array;
  protected readonly heap: Int32Array;
  protected readonly prio: Int32Array;
  protected wLen = 0;
  protected readonly blockCounts: Int32Array;
  protected readonly blockBad: Uint32Array;

  /** Per instruction: run by this pass (a transfer function took it). */
  readonly stepped: Uint8Array;

  /**
   * `stopAt` (the dead-code pass): instructions other passes ran, where this pass's flow stops —
   * dead code is verified up to where it meets live code, whose own verdict stands.
   */
  constructor(code: Code, roots: readonly number[], opts: VerifyOptions, mode: Mode, private readonly stopAt: Uint8Array | null = null) {
    const g = new BlockGraph(code, roots);
    super(code, g, opts, mode);
    this.roots = roots;
    this.stepped = new Uint8Array(g.n);
    this.prio = g.prio;
    this.inWork = new Uint8Array(g.nb);
    this.heap = new Int32Array(g.nb);
    this.blockCounts = new Int32Array(g.nb * NC);
    this.blockBad = new Uint32Array(g.nb);
  }

  private readonly roots: readonly number[];

  /**
   * Runs the pass. `hostile(r)`: root r may be entered with the word at depth 0 no return address
   * of its frame (reached by a checked jump from any frame: tail transfers are refused there).
   */
  run(hostile: (root: number) => boolean): PassResult {
    const landing = this.mode !== 'entries';
    for (const r of this.roots) this.seedRoot(r, hostile(r), landing);
    this.fixpoint();
    // A landing or return site no path of this pass reached is analysed by a pass of its own
    // (index.ts, pass 2'): its frame is not this pass's, and a join with it would confuse them.
    // The verdict is what each block's latest run found; blocks with violations run once more to
    // report them.
    const totals = new Int32Array(NC);
    this.report = true;
    for (let b = 0; b < this.nb; b++) {
      const o = b * S;
      if (!this.states[o + M_REACH]) continue;
      for (let k = 0; k < NC; k++) totals[k]! += this.blockCounts[b * NC + k]!;
      if (this.states[o + M_CONFLICT]) {
        this.bad(this.blockStart[b]!, 'control', 'paths into this instruction disagree on the stack depth (a jump from another frame, or into the middle of a sequence)');
      }
      if (this.blockBad[b]) this.runBlock(b);
    }
    const c = this.counts;
    c.reachable = totals[C_REACHABLE]!; c.stack = totals[CL_STACK]!; c.runtime = totals[CL_RUNTIME]!; c.translated = totals[CL_TRANS]!;
    c.stackChecked = totals[CL_STKCHK]!; c.string = totals[C_STRING]!; c.indirect = totals[C_INDIRECT]!; c.returns = totals[C_RETURNS]!;
    c.flagRestores = totals[C_FLAGS]!;
    return { mode: this.mode, found: this.found, quiet: this.quietCount > 0, counts: this.counts, stepped: this.stepped, tableSites: this.tableSites };
  }

  /**
   * Seeds an entry: depth 0, nothing known about the registers. `hostile`: a return site entered
   * by a `ret` from anywhere: the word at depth 0 is no return address of this frame. `landing`:
   * a jump landing entered on its own (a checked call or jump from anywhere): %ebp is whatever
   * that transfer left, FPU(0) unchecked — usable as a frame only once checked against the stack,
   * and then `leave` / `movl %ebp,%esp` restart the frame at it (depth 0 there: entry := %ebp).
   */
  protected seedRoot(i: number, hostile: boolean, landing = false): void {
    const b = this.blockOf[i]!;
    const t = this.tmp;
    t.fill(0);
    for (let r = 0; r < 8; r++) t[r * VW + 1] = this.phiId(b, r);
    t[ESP * VW] = K_STACK; t[ESP * VW + 1] = -1; t[ESP * VW + 2] = 0;
    if (landing) t[EBP * VW] = K_FPU;
    for (let k = 0; k < NSLOT; k++) t[SL_OFF + k * SW] = SLOT_EMPTY;
    t[M_REACH] = 1; t[M_DF] = 1; t[M_RET] = hostile ? 0 : 1;
    if (this.flow(b, t, this.rootEdge[b]!)) this.enqueue(b);
  }

  /** Pending blocks, lowest (first in program order) first: close to reverse postorder. */
  protected fixpoint(): void {
    const heap = this.heap;
    while (this.wLen > 0) {
      const prio = this.prio;
      const b = heap[0]!;
      const last = heap[--this.wLen]!;
      const lp = prio[last]!;
      // Sift the last element down from the root.
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        if (l >= this.wLen) break;
        const c = l + 1 < this.wLen && prio[heap[l + 1]!]! < prio[heap[l]!]! ? l + 1 : l;
        if (prio[heap[c]!]! >= lp) break;
        heap[k] = heap[c]!;
        k = c;
      }
      heap[k] = last;
      this.inWork[b] = 0;
      this.runBlock(b);
    }
  }

  protected enqueue(b: number): void {
    if (this.inWork[b]) return;
    this.inWork[b] = 1;
    const heap = this.heap, prio = this.prio;
    const bp = prio[b]!;
    let k = this.wLen++;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (prio[heap[p]!]! <= bp) break;
      heap[k] = heap[p]!;
      k = p;
    }
    heap[k] = b;
  }



  // ---- the block walk -------------------------------------------------------------------------

  /**
   * Runs block b from its entry state. What its latest run found (violations, accesses proven per
   * class) is kept per block: after the fixpoint those are the verdict, and only blocks with
   * violations are run again to say where and why.
   */
  protected runBlock(b: number): void {
    const cur = this.cur;
    const st = this.states, o = b * S;
    for (let k = 0; k < S; k++) cur[k] = st[o + k]!;
    cur[M_CONFLICT] = 0;
    const rc = this.rc;
    const traceHook = this.report ? getTraceHook() : null;
    rc.fill(0);
    this.runBad = 0;
    const end = this.blockEnd[b]!;
    let i = this.blockStart[b]!;
    const stepped = this.stepped;
    for (; i < end; i++) {
      rc[C_REACHABLE]!++;
      stepped[i] = 1;
      if (this.report && traceHook) traceHook(i, describeState(cur));
      this.step(i);
      if (!cur[M_REACH]) break;
    }
    if (i === end) {
      const last = end - 1;
      const nx = this.code.next[last]!;
      if (nx >= 0) this.edge(nx, cur, this.fallEdge[last]!);
      // Dead code that runs off its section reaches nothing (it is never entered: the kernel's
      // .altinstr_replacement ends so); live code must not.
      else if (this.mode === 'dead') { /* nothing reaches it */ }
      else if (nx === NEXT_DATA) this.bad(last, 'control', 'execution falls through into data');
      else this.bad(last, 'control', 'execution falls off the end of the section');
    }
    this.blockCounts.set(rc, b * NC);
    this.blockBad[b] = this.runBad;
  }


  /** Flow along an edge into the block starting at instruction `to`. */
  protected edge(to: number, st: Int32Array, e: number): void {
    if (this.report || (this.stopAt !== null && this.stopAt[to])) return;
    const b = this.blockOf[to]!;
    if (this.flow(b, st, e)) this.enqueue(b);
  }

  /** A checked indirect jump: it may land on any jump landing of its region. */
  protected landings(i: number, st: Int32Array): void {
    if (this.report || this.stopAt !== null) return;
    const ls = this.landingsByRegion.get(this.code.region[i]!);
    if (!ls) return;
    const e0 = this.landEdge[i]!;
    for (let k = 0; k < ls.length; k++) if (this.flow(ls[k]!, st, e0 + k)) this.enqueue(ls[k]!);
  }

}
