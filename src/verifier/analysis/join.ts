// The join of the analysis and how states flow along edges. Each edge keeps its latest state and
// a block's entry is the join of its edges' latest states, so a state that came along an edge
// before its source settled (with names of an earlier visit) does not linger; a block whose entry
// keeps changing is widened to what is always true.

import * as ISA from '../../isa/index.js';
import type { Code } from '../code.js';
import * as D from './domain.js';
import type { VerifyOptions } from './domain.js';
import { Control } from './control.js';
import type { BlockGraph } from './graph.js';
import type { Mode } from './state.js';

const { ESP } = ISA;
const {
  boundOfValue, F_CMPRR, F_NONE, F_OFF, ID_PARAMS, K_AND, K_FLAGS, K_FPU, K_NONE, K_NSR, K_SAFEFL, K_STACK, K_STKC, K_TRANS, M_CONFLICT, M_DF, M_DFS,
  M_REACH, M_RET, MAX_VISITS, NSLOT, pooled, pooledAll, S, SL_OFF, SLOT_EMPTY, SW, VW,
} = D;

export abstract class Join extends Control {
  constructor(code: Code, g: BlockGraph, opts: VerifyOptions, mode: Mode) {
    super(code, g, opts, mode);
    this.edgeRow = new Int32Array(g.ne).fill(-1);
    this.states = pooled('states', g.nb * S);
    this.states.fill(0);
    this.visits = new Uint16Array(g.nb);
  }

  // ---- join --------------------------------------------------------------------------------------

  // Join. The first state to reach a block is stored as it is. Later joins name each register's
  // value: registers holding the same value on both sides form a class; a class whose value has
  // the same id on both sides keeps it (an id names "the value its definition site computed
  // last", which means the same on every path), any other class is named phi(b, highest member).
  // A fact survives a join when it holds on both sides about matching values: held by the same
  // register on both sides, or named by the same id that is not one of the block's phi names
  // (those name values at the block's entry, so the incoming state's refer to an earlier visit).

  protected readonly old = new Int32Array(S);
  protected readonly dIds = new Int32Array(8);
  protected readonly sIds = new Int32Array(8);
  protected readonly jIds = new Int32Array(8);
  protected curB = 0;

  protected isBName(v: number): boolean {
    const lo = this.phiId(this.curB, 0);
    return v >= lo && v < lo + 16;
  }

  /** The joined name of a value named xd in the stored state and xs in the incoming one, or -2. */
  protected match(xd: number, xs: number): number {
    if (xs < 0 || xd < 0) return -2;
    const dIds = this.dIds, sIds = this.sIds;
    for (let r = 7; r >= 0; r--) {
      if (r !== ESP && sIds[r] === xs && dIds[r] === xd) return this.jIds[r]!;
    }
    return xd === xs && !this.isBName(xd) ? xd : -2;
  }

  /** a := a ⊓ b for one value; `id` is its joined id. */
  protected joinValue(a: Int32Array, ao: number, b: Int32Array, bo: number, id: number): void {
    a[ao + 1] = id;
    const ka = a[ao]!, kb = b[bo]!;
    let k = K_NONE, p1 = 0, p2 = 0, p3 = 0, p4 = 0;
    if (ka === kb) {
      const m = ID_PARAMS[ka]!;
      k = ka; p1 = b[bo + 2]!; p2 = b[bo + 3]!; p3 = b[bo + 4]!; p4 = b[bo + 5]!;
      // Params: ids are matched, the others must be equal.
      const pa = this.pa, pb = this.pb, out = this.po;
      pa[0] = a[ao + 2]!; pa[1] = a[ao + 3]!; pa[2] = a[ao + 4]!; pa[3] = a[ao + 5]!;
      pb[0] = p1; pb[1] = p2; pb[2] = p3; pb[3] = p4;
      for (let j = 0; j < 4 && k !== K_NONE; j++) {
        const isId = j < 2 ? (m >> j) & 1 : j === 2 ? (m >> 2) & 1 : 0;
        if (isId) {
          if (pa[j] === -1 && pb[j] === -1) out[j] = -1;
          else { const x = this.match(pa[j]!, pb[j]!); if (x === -2) k = K_NONE; else out[j] = x; }
        } else if (pa[j] === pb[j]) out[j] = pa[j]!;
        else k = K_NONE;
      }
      if (k !== K_NONE) { p1 = out[0]!; p2 = out[1]!; p3 = out[2]!; p4 = out[3]!; }
      if (k === K_NONE) {
        p1 = 0; p2 = 0; p3 = 0; p4 = 0;
        switch (ka) {
          case K_TRANS: k = K_TRANS; p1 = -1; break;
          case K_STKC: p1 = a[ao + 2]! & b[bo + 2]!; k = p1 ? K_STKC : K_NONE; break;
          case K_FPU: if (a[ao + 2] === b[bo + 2] && a[ao + 4] === b[bo + 4]) { k = K_FPU; p1 = a[ao + 2]!; p2 = a[ao + 3]! & b[bo + 3]!; p3 = a[ao + 4]!; } break;
          // Flags words: the DF bits known on both sides.
          case K_FLAGS: case K_NSR: case K_SAFEFL: k = ka; p1 = a[ao + 2]! & b[bo + 2]!; break;
        }
      }
    }
    // The origin of each side: FPU p3, STACK p2.
    const oa = ka === K_FPU ? a[ao + 4] : a[ao + 3], ob = kb === K_FPU ? b[bo + 4] : b[bo + 3];
    if (k === K_NONE && (ka === K_FPU || kb === K_FPU) && (ka === K_FPU || ka === K_STACK) &&
      (kb === K_FPU || kb === K_STACK) && a[ao + 2] === b[bo + 2] && oa === ob) {
      // A frame pointer entry+k on every path, checked where a return may have replaced it: FPU(k)
      // with the checks both sides made (STACK needs none: it is entry+k on its paths).
      k = K_FPU; p1 = a[ao + 2]!; p3 = oa!;
      p2 = (ka === K_FPU ? a[ao + 3]! : 3) & (kb === K_FPU ? b[bo + 3]! : 3);
    }
    if (k === K_NONE) {
      const ma = boundOfValue(a, ao), mb = boundOfValue(b, bo);
      if (ma >= 0 && mb >= 0) { k = K_AND; p1 = Math.max(ma, mb) | 0; }
    }
    a[ao] = k; a[ao + 2] = p1; a[ao + 3] = p2; a[ao + 4] = p3; a[ao + 5] = p4;
  }

  /**
   * The state `src` flows along edge `key` into block b. Each edge keeps its latest state and a
   * block's entry is the join of its edges' latest states, so a state that came along an edge
   * before its source settled (with names of an earlier visit) does not linger. True when b's
   * entry changed.
   */
  protected flow(b: number, src: Int32Array, e: number): boolean {
    const o = b * S;
    const st = this.states;
    if (this.g.inStart[b + 1]! - this.g.inStart[b]! === 1) {
      // One way in: the entry is that edge's latest state.
      let same = true;
      for (let k = 0; k < S; k++) if (st[o + k] !== src[k]) { same = false; break; }
      if (same) return false;
      st.set(src, o);
      st[o + M_CONFLICT] = 0;
      if (++this.visits[b]! > MAX_VISITS) {
        for (let k = 0; k < S; k++) this.entry[k] = st[o + k]!;
        this.widen(this.entry, b);
        st.set(this.entry, o);
      }
      return true;
    }
    let row = this.edgeRow[e]!;
    const rowsBuf = this.edgeRows;
    if (row < 0) {
      row = this.edgeCount++;
      this.edgeRow[e] = row;
      if (row * S + S > this.edgeRows.length) {
        const grown = new Int32Array(Math.max(this.edgeRows.length * 2, (row + 1) * S));
        grown.set(this.edgeRows);
        this.edgeRows = grown;
        D.POOL.set('edges', grown);
      }
    } else {
      const ro = row * S;
      let same = true;
      for (let k = 0; k < S; k++) if (rowsBuf[ro + k] !== src[k]) { same = false; break; }
      if (same) return false;
    }
    const rows = this.edgeRows;
    rows.set(src, row * S);
    const entry = this.entry;
    let first = true;
    for (let k = this.g.inStart[b]!; k < this.g.inStart[b + 1]!; k++) {
      const r = this.edgeRow[this.g.inList[k]!]!;
      if (r < 0) continue;
      const ro = r * S;
      if (first) {
        for (let j = 0; j < S; j++) entry[j] = rows[ro + j]!;
        entry[M_CONFLICT] = 0;
        first = false;
      } else {
        const js = this.joinSrc;
        for (let j = 0; j < S; j++) js[j] = rows[ro + j]!;
        this.joinState(entry, js, b);
      }
    }
    let changed = false;
    for (let k = 0; k < S; k++) if (st[o + k] !== entry[k]) { changed = true; break; }
    if (!changed) return false;
    // A block whose entry keeps changing is given up on: nothing known but the stack depth.
    if (++this.visits[b]! > MAX_VISITS) this.widen(entry, b);
    st.set(entry, o);
    return true;
  }

  protected widen(st: Int32Array, b: number): void {
    for (let r = 0; r < 8; r++) {
      if (r === ESP) continue;
      const o = r * VW;
      st[o] = K_NONE; st[o + 1] = this.phiId(b, r); st[o + 2] = 0; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0;
    }
    for (let k = 0; k < NSLOT; k++) st[SL_OFF + k * SW] = SLOT_EMPTY;
    st[F_OFF] = F_NONE;
    st[M_DF] = 0;
    st[M_DFS] = 0;
  }

  protected edgeRows = pooledAll('edges', 1024 * S);
  protected edgeCount = 0;
  /** Row of each edge's latest state in edgeRows (-1: nothing flowed yet). */
  protected readonly edgeRow: Int32Array;
  /** Entry state of each block (S ints per block). */
  protected readonly states: Int32Array;
  protected readonly entry = new Int32Array(S);
  protected readonly joinSrc = new Int32Array(S);
  protected readonly visits: Uint16Array;

  /** dst := dst ⊓ src at the entry of block b. */
  protected joinState(dst: Int32Array, src: Int32Array, b: number): void {
    if (!src[M_REACH]) return;
    if (!dst[M_REACH]) { dst.set(src); return; }
    this.curB = b;
    const old = this.old;
    old.set(dst);
    const dIds = this.dIds, sIds = this.sIds, jIds = this.jIds;
    for (let r = 0; r < 8; r++) { dIds[r] = old[r * VW + 1]!; sIds[r] = src[r * VW + 1]!; }
    for (let r = 7; r >= 0; r--) {
      if (r === ESP) { jIds[r] = -1; continue; }
      const d = dIds[r]!, s = sIds[r]!;
      if (d === s && d >= 0 && !this.isBName(d)) { jIds[r] = d; continue; }
      let rep = r;
      if (d >= 0 && s >= 0) {
        for (let q = 7; q > r; q--) if (q !== ESP && dIds[q] === d && sIds[q] === s) { rep = q; break; }
      }
      jIds[r] = this.phiId(b, rep);
    }
    for (let r = 0; r < 8; r++) {
      const vo = r * VW;
      if (r === ESP) {
        if (dst[vo] === K_STACK && src[vo] === K_STACK && dst[vo + 2] === src[vo + 2] && dst[vo + 3] === src[vo + 3]) continue;
        if (dst[vo] === K_STACK && src[vo] === K_STACK && dst[vo + 3] === 0 && src[vo + 3] === 0) {
          // Different depths of the entry frame: reported at the block (M_CONFLICT); the analysis
          // goes on with one of them so that what follows is not a cascade of the same finding.
          dst[M_CONFLICT] = 1;
          continue;
        }
        // A frame restarted at a checked %esp meets another frame (a VLA loop's header), or an
        // unchecked %esp meets anything: unchecked here, to be checked before it is used.
        const bits = dst[vo] === K_STKC && src[vo] === K_STKC ? dst[vo + 2]! & src[vo + 2]! : 0;
        const keep = dst[vo] === K_STKC && src[vo] === K_STKC && dIds[ESP] === sIds[ESP] && dIds[ESP]! >= 0 && !this.isBName(dIds[ESP]!);
        dst[vo] = K_STKC; dst[vo + 1] = keep ? dIds[ESP]! : this.phiId(b, ESP); dst[vo + 2] = bits; dst[vo + 3] = 0; dst[vo + 4] = 0; dst[vo + 5] = 0;
        for (let k = 0; k < NSLOT; k++) dst[SL_OFF + k * SW] = SLOT_EMPTY;
        continue;
      }
      this.joinValue(dst, vo, src, vo, jIds[r]!);
    }
    // Flags fact.
    if (dst[F_OFF] !== F_NONE) {
      if (dst[F_OFF] !== src[F_OFF] || dst[F_OFF + 3] !== src[F_OFF + 3] || (dst[F_OFF] !== F_CMPRR && dst[F_OFF + 2] !== src[F_OFF + 2])) dst[F_OFF] = F_NONE;
      else {
        const a = this.match(old[F_OFF + 1]!, src[F_OFF + 1]!);
        const c = dst[F_OFF] === F_CMPRR ? this.match(old[F_OFF + 2]!, src[F_OFF + 2]!) : 0;
        if (a === -2 || c === -2) dst[F_OFF] = F_NONE;
        else { dst[F_OFF + 1] = a; if (dst[F_OFF] === F_CMPRR) dst[F_OFF + 2] = c; }
      }
    }
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      const d = dst[so]!;
      if (d === SLOT_EMPTY) continue;
      let match = -1;
      for (let j = 0; j < NSLOT; j++) if (src[SL_OFF + j * SW] === d) { match = SL_OFF + j * SW; break; }
      if (match < 0) { dst[so] = SLOT_EMPTY; continue; }
      const id = this.match(old[so + 2]!, src[match + 2]!);
      this.joinValue(dst, so + 1, src, match + 1, id < 0 ? -1 : id);
    }
    dst[M_DF] = dst[M_DF]! & src[M_DF]!;
    dst[M_DFS] = dst[M_DFS]! & src[M_DFS]!;
    dst[M_RET] = dst[M_RET]! & src[M_RET]!;
    dst[M_CONFLICT] = dst[M_CONFLICT]! | src[M_CONFLICT]!;
  }

  protected readonly pa = new Int32Array(4);
  protected readonly pb = new Int32Array(4);
  protected readonly po = new Int32Array(4);
}
