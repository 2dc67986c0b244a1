// The block graph one analysis pass runs on: extended blocks over a Code stream (leaders are the
// pass's roots, jump landings, return sites, direct targets and whatever follows an unconditional
// transfer), static edge numbers (a root edge per block that can be entered from outside, then per
// instruction its fall-through, its jump and its indirect landings), each block's incoming edges
// in a CSR table, per-instruction semantic classes and table bits, and the worklist priority
// (reverse postorder). Pure data: built once per pass, never changed by the fixpoint.

import * as ISA from '../../isa/index.js';
import type { Code } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';

const { DF } = ISA;
const { SEM_CLD, SEM_JMP, SEM_JMPIND, SEM_POPF, SEM_RET, SEM_STD, SEM_STOP, TGT_INTERNAL } = C;
const { B_DF, B_FLAGS, B_MEM, B_MEMW, B_PRIV } = D;

export class BlockGraph {
  readonly n: number;
  readonly nb: number;
  readonly blockStart: Int32Array;
  readonly blockEnd: Int32Array;
  readonly blockOf: Int32Array;
  /** Per instruction: a listed return site. */
  readonly retSite: Uint8Array;
  /** Per instruction: its semantic class, and what the table says it does (B_* bits). */
  readonly sems: Uint8Array;
  readonly bits: Uint8Array;
  /** Jump landings by region: blocks. */
  readonly landingsByRegion: Map<number, number[]>;
  readonly rootEdge: Int32Array;
  readonly fallEdge: Int32Array;
  readonly takenEdge: Int32Array;
  readonly landEdge: Int32Array;
  readonly inStart: Int32Array;
  readonly inList: Int32Array;
  /** Number of edges. */
  readonly ne: number;
  /** Worklist priority of each block (reverse postorder). */
  readonly prio: Int32Array;

  /** `roots`: the instructions this pass enters from outside (besides landings and return sites). */
  constructor(code: Code, roots: readonly number[]) {
    const n = (this.n = code.facts.length);
    // Blocks: leaders are entries, landings, targets, and whatever follows a transfer.
    const leader = new Uint8Array(n + 1);
    for (const r of roots) leader[r] = 1;
    for (const r of code.jumpLandings) leader[r] = 1;
    this.retSite = new Uint8Array(n);
    for (const r of code.returnSites) { leader[r] = 1; this.retSite[r] = 1; }
    for (let i = 0; i < n; i++) {
      if (i === 0 || code.next[i - 1] !== i) leader[i] = 1;
      const f = code.facts[i]!;
      if (code.tgtKind[i] === TGT_INTERNAL) leader[code.tgt[i]!] = 1;
      const sem = f.sem;
      // A conditional jump's fall-through stays in the block (blocks are extended: one entry, several
      // exits), so facts established on it are never joined with those of earlier visits.
      if (sem === SEM_JMP || sem === SEM_JMPIND || sem === SEM_RET || sem === SEM_STOP) {
        if (i + 1 < n) leader[i + 1] = 1;
      }
    }
    let nb = 0;
    for (let i = 0; i < n; i++) if (leader[i]) nb++;
    this.nb = nb;
    this.blockStart = new Int32Array(nb);
    this.blockEnd = new Int32Array(nb);
    this.blockOf = new Int32Array(n);
    let b = -1;
    for (let i = 0; i < n; i++) {
      if (leader[i]) { b++; this.blockStart[b] = i; }
      this.blockOf[i] = b;
      this.blockEnd[b] = i + 1;
    }
    this.sems = new Uint8Array(n);
    this.bits = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const f = code.facts[i]!;
      const form = f.form;
      this.sems[i] = f.sem;
      this.bits[i] = (form.privilege !== null && f.sem !== SEM_POPF ? B_PRIV : 0) | (f.mem !== null && form.mem !== 'none' ? B_MEM : 0) |
        (form.mem !== 'r' ? B_MEMW : 0) | (form.flags.write !== 0 ? B_FLAGS : 0) |
        (form.flags.write & DF && f.sem !== SEM_CLD && f.sem !== SEM_STD && f.sem !== SEM_POPF ? B_DF : 0);
    }
    this.landingsByRegion = new Map();
    for (const l of code.jumpLandings) {
      const r = code.region[l]!;
      let arr = this.landingsByRegion.get(r);
      if (!arr) this.landingsByRegion.set(r, (arr = []));
      arr.push(this.blockOf[l]!);
    }
    // Edges, numbered statically: a root edge per block, then per instruction its fall-through,
    // its jump and its indirect landings; each block's incoming edges in a CSR table.
    this.fallEdge = new Int32Array(n).fill(-1);
    this.takenEdge = new Int32Array(n).fill(-1);
    this.landEdge = new Int32Array(n).fill(-1);
    // Root edges only for blocks that can be entered from outside (entries and landings).
    this.rootEdge = new Int32Array(nb).fill(-1);
    let ne = 0;
    for (const r of roots) if (this.rootEdge[this.blockOf[r]!]! < 0) this.rootEdge[this.blockOf[r]!] = ne++;
    for (const r of code.jumpLandings) if (this.rootEdge[this.blockOf[r]!]! < 0) this.rootEdge[this.blockOf[r]!] = ne++;
    for (const r of code.returnSites) if (this.rootEdge[this.blockOf[r]!]! < 0) this.rootEdge[this.blockOf[r]!] = ne++;
    for (let i = 0; i < n; i++) {
      const blk = this.blockOf[i]!;
      if (this.blockEnd[blk] === i + 1 && code.next[i]! >= 0) this.fallEdge[i] = ne++;
      if (code.tgtKind[i] === TGT_INTERNAL) this.takenEdge[i] = ne++;
      const sem = code.facts[i]!.sem;
      const ls = sem === SEM_JMPIND || sem === SEM_RET ? this.landingsByRegion.get(code.region[i]!) : undefined;
      if (ls) { this.landEdge[i] = ne; ne += ls.length; }
    }
    this.ne = ne;
    const targets = new Int32Array(ne);
    for (let k = 0; k < nb; k++) if (this.rootEdge[k]! >= 0) targets[this.rootEdge[k]!] = k;
    for (let i = 0; i < n; i++) {
      if (this.fallEdge[i]! >= 0) targets[this.fallEdge[i]!] = this.blockOf[code.next[i]!]!;
      if (this.takenEdge[i]! >= 0) targets[this.takenEdge[i]!] = this.blockOf[code.tgt[i]!]!;
      if (this.landEdge[i]! >= 0) {
        const ls = this.landingsByRegion.get(code.region[i]!)!;
        for (let k = 0; k < ls.length; k++) targets[this.landEdge[i]! + k] = ls[k]!;
      }
    }
    this.inStart = new Int32Array(nb + 1);
    for (let e = 0; e < ne; e++) this.inStart[targets[e]! + 1]!++;
    for (let k = 0; k < nb; k++) this.inStart[k + 1]! += this.inStart[k]!;
    this.inList = new Int32Array(ne);
    const fill = this.inStart.slice(0, nb);
    for (let e = 0; e < ne; e++) this.inList[fill[targets[e]!]!++] = e;
    // Worklist priority: reverse postorder of the block graph (a block after its predecessors but
    // for back edges), so out-of-line stubs run before the code they jump back to.
    // Successors per block (CSR): the out-edges, which are numbered by source instruction.
    const outStart = new Int32Array(nb + 1);
    const edgeSrc = new Int32Array(ne);
    for (let i = 0; i < n; i++) {
      const e0 = this.fallEdge[i]! >= 0 ? this.fallEdge[i]! : this.takenEdge[i]! >= 0 ? this.takenEdge[i]! : this.landEdge[i]!;
      if (e0 < 0) continue;
      const cnt = (this.fallEdge[i]! >= 0 ? 1 : 0) + (this.takenEdge[i]! >= 0 ? 1 : 0) +
        (this.landEdge[i]! >= 0 ? this.landingsByRegion.get(code.region[i]!)!.length : 0);
      for (let e = e0; e < e0 + cnt; e++) edgeSrc[e] = this.blockOf[i]!;
      outStart[this.blockOf[i]! + 1]! += cnt;
    }
    for (let k = 0; k < nb; k++) outStart[k + 1]! += outStart[k]!;
    const outList = new Int32Array(ne);
    const ofill = outStart.slice(0, nb);
    for (let k = 0; k < nb; k++) if (this.rootEdge[k]! >= 0) edgeSrc[this.rootEdge[k]!] = -1;
    for (let e = 0; e < ne; e++) if (edgeSrc[e]! >= 0) outList[ofill[edgeSrc[e]!]!++] = targets[e]!;
    this.prio = reversePostorder(nb, outStart, outList, roots.map((r) => this.blockOf[r]!));
  }
}

/** Reverse-postorder number of each block (DFS from the roots in order, then any block left). */
function reversePostorder(nb: number, outStart: Int32Array, outList: Int32Array, roots: readonly number[]): Int32Array {
  const post = new Int32Array(nb);
  let pn = 0;
  const seen = new Uint8Array(nb);
  const stackB = new Int32Array(nb);
  const stackK = new Int32Array(nb);
  const visit = (r: number): void => {
    if (seen[r]) return;
    let sp = 0;
    stackB[0] = r; stackK[0] = 0; seen[r] = 1;
    while (sp >= 0) {
      const b = stackB[sp]!;
      if (outStart[b]! + stackK[sp]! < outStart[b + 1]!) {
        const t = outList[outStart[b]! + stackK[sp]!++]!;
        if (!seen[t]) { seen[t] = 1; sp++; stackB[sp] = t; stackK[sp] = 0; }
      } else {
        post[b] = pn++;
        sp--;
      }
    }
  };
  for (const r of roots) visit(r);
  for (let b = 0; b < nb; b++) visit(b);
  const prio = new Int32Array(nb);
  for (let b = 0; b < nb; b++) prio[b] = nb - 1 - post[b]!;
  return prio;
}
