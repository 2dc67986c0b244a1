// The fixpoint of one analysis pass (analysis/index.ts runs the passes): roots seeded with the
// pass's entry state, a worklist of blocks in reverse postorder, each block run from its entry
// state (the transfer functions of the classes below), states flowing along edges (join.ts), and
// the reporting run: the verdict is what each block's latest run found; only blocks with
// violations run once more to say where and why.

import * as ISA from '../../isa/index.js';
import type { Code, Violation } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import type { AnalysisResult, VerifyOptions } from './domain.js';
import { BlockGraph } from './graph.js';
import { Join } from './join.js';
import type { Mode } from './state.js';

const { EBP, ESP } = ISA;
const { NEXT_DATA, ROLE_NAMES, SEM_CALL, SEM_CALLIND, TGT_EXTERNAL } = C;
const {
  C_FLAGS, C_INDIRECT, C_REACHABLE, C_RETURNS, C_STRING, CL_RUNTIME, CL_STACK, CL_STKCHK, CL_TRANS, describeState, getTraceHook,
  K_FPU, K_STACK, M_CONFLICT, M_DF, M_REACH, M_RET, NC, NSLOT, S, SL_OFF, SLOT_EMPTY, SW, VW,
} = D;

export class Analyzer extends Join {
  protected readonly inWork: Uint8Array;
  protected readonly heap: Int32Array;
  protected readonly prio: Int32Array;
  protected wLen = 0;
  protected readonly blockCounts: Int32Array;
  protected readonly blockBad: Uint32Array;

  constructor(code: Code, roots: readonly number[], opts: VerifyOptions, mode: Mode) {
    const g = new BlockGraph(code, roots);
    super(code, g, opts, mode);
    this.roots = roots;
    this.prio = g.prio;
    this.inWork = new Uint8Array(g.nb);
    this.heap = new Int32Array(g.nb);
    this.blockCounts = new Int32Array(g.nb * NC);
    this.blockBad = new Uint32Array(g.nb);
  }

  private readonly roots: readonly number[];

  run(): AnalysisResult {
    for (const r of this.roots) this.seedRoot(r, false, this.anyDepth);
    this.fixpoint();
    // A landing no edge reached is still reachable through the dynamic check: analyse it as an
    // entry (esp at a call's depth), so no code the bitmap admits goes unverified.
    for (const l of this.code.jumpLandings) {
      if (!this.states[this.blockOf[l]! * S + M_REACH]) { this.seedRoot(l, false, true); this.fixpoint(); }
    }
    // Likewise a return site whose call no path reaches: any checked `ret` may still land there.
    if (!this.anyDepth) {
      for (const r of this.code.returnSites) {
        if (!this.states[this.blockOf[r]! * S + M_REACH]) { this.seedRoot(r, true); this.fixpoint(); }
      }
    }
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
    // Privileged instructions anywhere, reachable or not (rule c; popf is judged by its state).
    for (let i = 0; !this.anyDepth && i < this.n; i++) {
      const f = this.code.facts[i]!;
      if (f.form.privilege !== null && f.form.op !== 'popf' && !this.isReachable(i)) {
        this.bad(i, 'privileged', `privileged instruction '${f.form.mnemonic}' (${f.form.privilege}) in unreachable code`);
      }
    }
    // Return sites only right after calls, never after a call into the runtime (rule b').
    if (!this.anyDepth) this.checkReturnSites();
    this.found.sort((a, b) => a.i - b.i);
    if (this.quietCount && !this.found.length && !this.code.violations.length) {
      this.found.push({ i: 0, rule: 'stack', reason: 'the stack depth became unknown' });
    }
    const out: Violation[] = [...this.code.violations];
    for (const x of this.found) out.push({ ...this.code.where(x.i), rule: x.rule, reason: x.reason, insn: this.code.text(x.i) });
    return { violations: out.slice(0, this.maxViolations), counts: this.counts };
  }

  protected isReachable(i: number): boolean {
    return this.states[this.blockOf[i]! * S + M_REACH] === 1;
  }

  /**
   * A return site's bit lets any checked `ret` land there: it must be the address right after a
   * call (the call's own return lands there anyway), and not after a call into the runtime, whose
   * return resumes an inserted sequence halfway (after __svm_slow: any stack word as a translation).
   */
  protected checkReturnSites(): void {
    const code = this.code;
    const prev = new Int32Array(this.n).fill(-1);
    for (let i = 0; i < this.n; i++) if (code.next[i]! >= 0) prev[code.next[i]!] = i;
    for (const r of code.returnSites) {
      const c = prev[r]!;
      const sem = c >= 0 ? code.facts[c]!.sem : -1;
      if (sem !== SEM_CALL && sem !== SEM_CALLIND) {
        this.bad(r, 'control', 'return site (.svm_returns) that does not follow a call: any checked ret could land here');
      } else if (sem === SEM_CALL && code.tgtKind[c] === TGT_EXTERNAL && code.tgtRole[c]! > 0) {
        this.bad(r, 'control', `return site (.svm_returns) after a call into the runtime's ${ROLE_NAMES[code.tgtRole[c]!]}: a checked ret could resume the inserted sequence there`);
      }
    }
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
    for (; i < end; i++) {
      rc[C_REACHABLE]!++;
      if (this.report && traceHook) traceHook(i, describeState(cur));
      this.step(i);
      if (!cur[M_REACH]) break;
    }
    if (i === end) {
      const last = end - 1;
      const nx = this.code.next[last]!;
      if (nx >= 0) this.edge(nx, cur, this.fallEdge[last]!);
      else if (nx === NEXT_DATA) this.bad(last, 'control', 'execution falls through into data');
      else this.bad(last, 'control', 'execution falls off the end of the section');
    }
    this.blockCounts.set(rc, b * NC);
    this.blockBad[b] = this.runBad;
  }


  /** Flow along an edge into the block starting at instruction `to`. */
  protected edge(to: number, st: Int32Array, e: number): void {
    if (this.report) return;
    const b = this.blockOf[to]!;
    if (this.flow(b, st, e)) this.enqueue(b);
  }

  /** A checked indirect jump: it may land on any jump landing of its region. */
  protected landings(i: number, st: Int32Array): void {
    if (this.report) return;
    const ls = this.landingsByRegion.get(this.code.region[i]!);
    if (!ls) return;
    const e0 = this.landEdge[i]!;
    for (let k = 0; k < ls.length; k++) if (this.flow(ls[k]!, st, e0 + k)) this.enqueue(ls[k]!);
  }

}
