// The verifier's analysis core: abstract interpretation over a Code stream (code.ts), the same for
// assembly and machine code. It owns the abstract domain, the transfer function of every
// instruction, the path-sensitive branch refinements, the join, the fixpoint, and the rules:
//   (a) memory accesses: stack-relative (a register holding entry-esp + k, |k + disp| within the
//       guard) | runtime absolute (reads of abi.ts variables; the stlb through a bounded entry
//       offset; the target bitmap through a bounded text offset) | translated (a register holding
//       a translation, 0 <= disp, disp + size <= WINDOW_REACH) | stack-checked | none (lea, nop);
//       string instructions on translated %esi/%edi with DF clear and a count bounded so that
//       off + n * elem <= 2 pages for every page offset off (derived: see limitFits)
//   (b) indirect transfers only through checked targets, never through memory; `ret` returns
//       through a word whose return-site check held on every path (abi.ts: text offset in this
//       instance bounded, return-site bit set; else the runtime's __svm_ret_out), at the entry
//       depth with DF clear, or jumps to a checked target left in its slot; a checked jump lands
//       on its function's jump landings, or leaves with the frame gone (return address intact)
//   (b'') the target bitmap is one set: any checked call or jump may reach any jump landing, so
//       (strict, the default) every landing is also analysed as an entry of its own, %ebp an
//       unchecked frame pointer (FPU) there: usable as one only after a stack check at the landing
//   (b') return sites (`.svm_returns`) only right after a call that is not into the runtime; any
//       checked `ret` may reach one, so after such a call every register but %esp is unknown
//       (callee-saved ones included), and a frame pointer (stack address in a callee-saved
//       register) is usable as a stack base only once checked against __svm_stack_lo/hi again
//       (FPU below); a return site no call reaches is analysed as an entry with nothing known
//   (c) no privileged instruction (popf only when it restores a slot saved by pushf)
//   (d) a jump into the middle of an inserted sequence joins a state in which the facts it needs
//       are gone; paths that meet with different stack depths are a violation; direct targets are
//       instruction boundaries (the front ends check that)
//   (e) %esp only moves by constants (push/pop/call/ret/leave/enter/add/sub/lea/mov of a stack
//       address), within the guard
//
// Abstract domain, per block entry (one dense Int32Array of S ints):
//   8 registers, each a value [kind, id, p1..p4]: `id` names the value (a definition site, a
//     block's phi, or -1 = anonymous); kind + params is what is known about it, possibly relative
//     to other values by id. The kinds are the proof steps of the inserted sequences:
//       fast path   SHR(X,9) -> ENTRY(X) ; X ^ stlb[E] = XV(X,E) -(cmp $0xfff; ja not taken)-> HIT
//                   -(addl stlb+4(E))-> TRANS(X); the slow stub restores X (xor again) and the
//                   runtime writes TRANS(X) into the pushed slot
//       strings     PGOFF(X) -> NEGPG -> LIMRAW(X,C) -> LIM(X,C,s) -(cmova)-> CNT; TRANS(X) - X =
//                   DELTA(X); X + DELTA(X) = TRANS(X) (the pointer moved into the window)
//       targets     v - vm_text = TXO -(cmp text_size; jae not taken)-> TXB -(bt; jnc not taken)-> TXT
//                   -(add inst_text)-> CHK; call_xlate writes CHK into the pushed slot
//       returns     X := the word at (%esp) (the slot keeps X's id); X - inst_text = RXO(X) -(cmp
//                   text_size; jae not taken)-> RXB(X) -(bt __svm_returns; jnc not taken)-> RXT(X),
//                   and the slot holding X becomes RETOK: a checked return address, until written
//       frame ptr   STACK(k) in a callee-saved register across a call with a return site -> FPU(k):
//                   entry+k on the path of the call's own return, anything on others; the stack
//                   check (lo/hi bits, as STKC) makes it usable as a stack base: disp(%r) is then
//                   within the guard of entry+k AND of a stack address; `leave` / `movl %r,%esp`
//                   restart the frame from there (slots forgotten); a jump landing entered on its
//                   own starts with %ebp FPU(0) unchecked (k = 0: the frame restarts at %ebp)
//       stack       STACK(k); STKC (lo/hi bits, set on the branch edges); FLAGS (a pushf image)
//                   CONST, AND (bounded), and NONE
//   the flags fact: which comparison the last flag-writing instruction made, of which value ids;
//     a conditional jump refines the values with those ids on each edge (path sensitivity).
//   K stack slots [depth, value]: pushed values, saved flags, what the runtime wrote.
//   misc: reachable, DF known clear, return address intact, depth conflict at this join.
//
// Ids: a value id denotes one dynamic value, "the value its site computed last"; when a site
// computes a new one, facts about the old value under that id are dropped (kill-on-def). A join
// keeps a fact when it holds on both sides about matching values (held by the same register on
// both sides, or named by the same id); registers whose ids differ get the block's phi ids.
// Fixpoint: extended blocks (a conditional jump's fall-through stays in the block), each edge keeps
// its latest state and a block's entry is the join of its edges' (an early visit's state does not
// linger under stale names), worklist in reverse postorder, a block that keeps changing is widened.
// The verdict is what each block's last run found; only blocks with violations run again to say
// where. After a violation that leaves the stack depth unknown, the analysis keeps the old depth so
// that one finding is reported once, not as a cascade.

import * as MEMREF from '../asm/memref.js';
import * as ABI from '../svm-runtime/abi.js';
import type { Code, InsnFacts, Rule, Violation } from './code.js';
import * as C from './code.js';
import * as ISA from '../isa/index.js';

// Imported values as module-local bindings: hot paths then read plain constants and call plain
// functions even under loaders that compile imports to live-binding getters (vitest, tsx).
const { STACK_GUARD } = MEMREF;
const { NORETURN, PAGE_SIZE, STLB_ENTRIES, STLB_ENTRY_BYTES, WINDOW_REACH } = ABI;
const {
  isRuntimeNoreturn, isRuntimeRoutine, NEXT_DATA, OP_IMM, OP_MEM, OP_REG, ROLE_CALL_XLATE, ROLE_INST_TEXT, ROLE_NAMES,
  ROLE_NONE, ROLE_OTHER, ROLE_RETURNS, ROLE_SLOW, ROLE_STACK_HI, ROLE_STACK_LO, ROLE_STLB, ROLE_TARGETS, ROLE_TEXT_SIZE, ROLE_VM_TEXT,
  ROLE_FS_BASE, ROLE_GS_BASE, SEM_ADD, SEM_AND, SEM_BT, SEM_CALL, SEM_CALLIND, SEM_CLD, SEM_CMOV, SEM_CMP, SEM_ENTER, SEM_JCC,
  SEM_JMP, SEM_JMPIND, SEM_LEA, SEM_LEAVE, SEM_MOV, SEM_NEG, SEM_POP, SEM_POPA, SEM_POPF, SEM_PUSH, SEM_PUSHA, SEM_PUSHF,
  SEM_PUSHSEG, SEM_RET, SEM_SHR, SEM_STD, SEM_STOP, SEM_STRING, SEM_SUB, SEM_XCHG, SEM_XOR, TGT_BAD, TGT_EXTERNAL,
  TGT_INTERNAL,
} = C;
const { DF, EAX, EBX, ECX, EDI, EDX, ESI, ESP, EBP, SREG_NAMES } = ISA;

/** Guard distance around the hypervisor stack (bytes): stack-relative accesses stay within it. */
export const VERIFY_STACK_GUARD = STACK_GUARD;
/** A translation T of va maps the 2-page window [T - (va & 0xfff), T - (va & 0xfff) + WINDOW_BYTES). */
export const WINDOW_BYTES = 2 * PAGE_SIZE;
const PAGE_MASK = PAGE_SIZE - 1;
const LOG2_PAGE = Math.log2(PAGE_SIZE);
/** Entry offset of va: ((va >> 12) & (entries - 1)) * entry bytes == (va >> ENTRY_SHIFT) & ENTRY_MASK. */
export const ENTRY_SHIFT = LOG2_PAGE - Math.log2(STLB_ENTRY_BYTES);
export const ENTRY_MASK = (STLB_ENTRIES - 1) * STLB_ENTRY_BYTES;
export const STLB_BYTES = STLB_ENTRIES * STLB_ENTRY_BYTES;
/** Size of the 32-bit runtime variables (__svm_fs_base, __svm_stack_lo ...). */
const RUNTIME_VAR_BYTES = 4;

// ---- state layout -------------------------------------------------------------------------------

const VW = 6; // value: kind, id, p1, p2, p3, p4
const F_OFF = 8 * VW; // flags fact: fkind, id, p1, p2
const NSLOT = 8;
const SW = 1 + VW; // slot: depth, value
const SL_OFF = F_OFF + 4;
const M_OFF = SL_OFF + NSLOT * SW;
const M_REACH = M_OFF, M_DF = M_OFF + 1, M_RET = M_OFF + 2, M_CONFLICT = M_OFF + 3;
const S = M_OFF + 4;
const SLOT_EMPTY = 0x7fffffff;
/** Recomputations of a block's entry before it is widened to what is always true. */
const MAX_VISITS = 200;

// Value kinds.
const K_NONE = 0;
const K_CONST = 1; // p1 value, p2 role (ROLE_NONE: plain number)
const K_STACK = 2; // p1 offset from the entry esp
const K_SHR = 3; // p1 X, p2 s: X >>> s
const K_AND = 4; // p1 max (unsigned): value in [0, max]
const K_ENTRY = 5; // p1 X, p2 max: the stlb entry offset of X
const K_XV = 6; // p1 X, p2 E: X ^ stlb[E].tag, E = ENTRY(X)
const K_HIT = 7; // p1 X, p2 E: as XV, known <= page mask (the tag matched)
const K_TRANS = 8; // p1 X (or -1): a translation of X (window reach from here >= WINDOW_REACH)
const K_DELTA = 9; // p1 X: TRANS(X) - X
const K_PGOFF = 10; // p1 X: X & page mask
const K_NEGPG = 11; // p1 X: -(X & page mask)
const K_LIMRAW = 12; // p1 X, p2 C: C - (X & page mask)
const K_LIM = 13; // p1 X, p2 pack(C, s): (C - (X & page mask)) >>> s, C >= page mask
const K_CNT = 14; // p1 X1, p2 pack1, p3 X2, p4 pack2: <= each LIM bound
const K_TXO = 15; // v - __svm_vm_text
const K_TXB = 16; // text offset < __svm_text_size
const K_TXT = 17; // text offset < size, target bit set
const K_CHK = 18; // checked transfer target
const K_STKC = 19; // p1 bits: 1 >= __svm_stack_lo, 2 < __svm_stack_hi
const K_FLAGS = 20; // p1 1: DF was clear when saved
const K_RXO = 21; // p1 X: X - __svm_inst_text (X a return address read from the stack)
const K_RXB = 22; // p1 X: as RXO, known < __svm_text_size
const K_RXT = 23; // p1 X: as RXB, return-site bit set
const K_RETOK = 24; // a stack slot whose word passed the return-site check
const K_FPU = 25; // p1 k, p2 bits: entry+k on the call's own return path; bits as STKC on every path
const CALLEE_SAVED = [EBX, ESI, EDI, EBP] as const;

/** Which params of a kind are value ids (bit 0 = p1 ...). */
const ID_PARAMS = new Int8Array(32);
ID_PARAMS[K_SHR] = 1; ID_PARAMS[K_ENTRY] = 1; ID_PARAMS[K_XV] = 3; ID_PARAMS[K_HIT] = 3; ID_PARAMS[K_TRANS] = 1;
ID_PARAMS[K_DELTA] = 1; ID_PARAMS[K_PGOFF] = 1; ID_PARAMS[K_NEGPG] = 1; ID_PARAMS[K_LIMRAW] = 1; ID_PARAMS[K_LIM] = 1;
ID_PARAMS[K_CNT] = 5; ID_PARAMS[K_RXO] = 1; ID_PARAMS[K_RXB] = 1; ID_PARAMS[K_RXT] = 1;

// Flags facts.
const F_NONE = 0;
const F_CMPI = 1; // id, p1 constant, p2 role of its symbol: flags of (value - constant)
const F_CMPM = 2; // id, p1 1 (__svm_stack_lo) / 2 (__svm_stack_hi): flags of (value - variable)
const F_BT = 3; // id, p1 role of the bitmap (__svm_targets / __svm_returns): CF = its bit of value
const F_CMPRR = 4; // id (a), p1 id (b): flags of a - b

const CC_B = 2, CC_AE = 3, CC_E = 4, CC_BE = 6, CC_A = 7;

// Access classes (also the indices of their counters).
const CL_BAD = -1, CL_NONE = 0, CL_STACK = 1, CL_RUNTIME = 2, CL_TRANS = 3, CL_STKCHK = 4;
// Per-instruction bits: privileged (popf judged apart), explicit memory access, which writes,
// writes flags, writes DF (cld/std/popf modelled apart).
const B_PRIV = 1, B_MEM = 2, B_MEMW = 4, B_FLAGS = 8, B_DF = 16;
// Other counters of a block run.
const C_REACHABLE = 0, C_STRING = 5, C_INDIRECT = 6, C_RETURNS = 7, C_FLAGS = 8, NC = 9;

const packLim = (c: number, s: number): number => c * 32 + s;
const PACK_MAX_C = 1 << 20;

export interface VerifyOptions {
  /**
   * Default true (the loader gate's mode). Indirect-transfer landings are one global set, so every
   * jump landing is also analysed as an entry of its own (as if a checked call or tail jump from
   * anywhere reached it: nothing known but the stack, the return address at its depth, %ebp a
   * frame pointer to check: FPU unchecked). false: landings only from their own function's jumps
   * (the original design's model, which nothing at run time enforces).
   */
  readonly strict?: boolean;
  /** Stop collecting after this many violations (default 1000). */
  readonly maxViolations?: number;
}

export interface Counts {
  functions: number;
  instructions: number;
  reachable: number;
  /** Accesses proven per class. */
  stack: number;
  runtime: number;
  translated: number;
  stackChecked: number;
  /** String instructions proven (each accesses [%esi] and/or [%edi]). */
  string: number;
  /** Indirect calls/jumps through checked targets (incl. `ret` to a checked slot). */
  indirect: number;
  /** `ret` proven to go through the return-site check. */
  returns: number;
  /** Return sites listed (`.svm_returns`). */
  returnSites: number;
  /** popf restoring a pushf slot. */
  flagRestores: number;
}

export interface AnalysisResult {
  readonly violations: Violation[];
  readonly counts: Counts;
}

let reachCache: Map<number, boolean> | null = null;
/** Does a run of n elements of `elem` bytes, n <= (C - (va & 0xfff)) >>> s, stay in va's window? */
function limitFits(c: number, s: number, elem: number): boolean {
  const key = (c * 32 + s) * 16 + elem;
  reachCache ??= new Map();
  const hit = reachCache.get(key);
  if (hit !== undefined) return hit;
  let ok = c >= PAGE_MASK && c < PACK_MAX_C && s < 32;
  for (let off = 0; ok && off <= PAGE_MASK; off++) {
    if (off + Math.floor((c - off) / 2 ** s) * elem > WINDOW_BYTES) ok = false;
  }
  reachCache.set(key, ok);
  return ok;
}

let traceHook: ((insn: number, state: string) => void) | null = null;

/**
 * Diagnosing a rejection: `hook` sees each instruction of the blocks that report a violation, with
 * the fixpoint state before it (as describeState prints it).
 */
export function setTraceHook(hook: ((insn: number, state: string) => void) | null): void {
  traceHook = hook;
}

const KIND_NAMES = ['-', 'const', 'stack', 'shr', 'and', 'entry', 'xv', 'hit', 'trans', 'delta', 'pgoff', 'negpg', 'limraw', 'lim', 'cnt', 'txo', 'txb', 'txt', 'chk', 'stkc', 'flags',
  'rxo', 'rxb', 'rxt', 'retok', 'fpu'];

/** A state as text: each register's kind, id and params; the flags fact; tracked slots. */
export function describeState(st: Int32Array): string {
  const regs = Array.from({ length: 8 }, (_, r) => `%${R32[r]}=${KIND_NAMES[st[r * VW]!]}#${st[r * VW + 1]}(${st[r * VW + 2]},${st[r * VW + 3]},${st[r * VW + 4]})`);
  const slots: string[] = [];
  for (let k = 0; k < NSLOT; k++) {
    const o = SL_OFF + k * SW;
    if (st[o] !== SLOT_EMPTY) slots.push(`[${st[o]}]=${KIND_NAMES[st[o + 1]!]}#${st[o + 2]}(${st[o + 3]})`);
  }
  return `${regs.join(' ')} flags=${st[F_OFF]}#${st[F_OFF + 1]}(${st[F_OFF + 2]}) ${slots.join(' ')} df=${st[M_DF]} ret=${st[M_RET]}`;
}

/**
 * The large state arrays, kept from one analysis to the next (analyze() runs to completion
 * before another can start, so one set suffices): verifying many objects allocates no new ones.
 */
const POOL = new Map<string, Int32Array>();
function pooled(name: string, size: number): Int32Array {
  let a = POOL.get(name);
  if (!a || a.length < size) POOL.set(name, (a = new Int32Array(Math.max(size, a ? a.length * 2 : 0))));
  return a.subarray(0, size);
}

/** The whole pooled array (at least `size` long). */
function pooledAll(name: string, size: number): Int32Array {
  pooled(name, size);
  return POOL.get(name)!;
}

export function analyze(code: Code, opts: VerifyOptions = {}): AnalysisResult {
  const a = new Analyzer(code, opts, false).run();
  if (opts.strict === false || !code.jumpLandings.length) return a;
  // Strict: every jump landing entered on its own (a checked call or tail jump may reach it), in a
  // separate analysis, so that its frame is not confused with its function's.
  const b = new Analyzer({ ...code, roots: code.jumpLandings }, opts, true).run();
  const key = (v: Violation): string => `${v.where}\u0000${v.rule}\u0000${v.reason}`;
  const seen = new Set(a.violations.map(key));
  const out = [...a.violations];
  for (const v of b.violations) if (!seen.has(key(v))) { seen.add(key(v)); out.push(v); }
  return { violations: out.slice(0, opts.maxViolations ?? 1000), counts: a.counts };
}

class Analyzer {
  private readonly n: number;
  private readonly blockStart: Int32Array;
  private readonly blockEnd: Int32Array;
  private readonly blockOf: Int32Array;
  private readonly nb: number;
  private readonly states: Int32Array;
  private readonly cur = new Int32Array(S);
  private readonly tmp = new Int32Array(S);
  private readonly old = new Int32Array(S);
  private readonly inWork: Uint8Array;
  private readonly heap: Int32Array;
  /** Worklist priority of each block (reverse postorder). */
  private readonly prio: Int32Array;
  private wLen = 0;
  /** Jump landings by region: blocks. */
  private readonly landingsByRegion: Map<number, number[]>;
  private report = false;
  private readonly counts: Counts;
  private readonly strict: boolean;
  private readonly maxViolations: number;
  private readonly bornBase: number;
  private readonly phiBase: number;
  /** Set while reporting: the last memory access's class. */
  private lastStackOff = 0;
  /** The last stack access's offset is exact on every path (not through a frame pointer FPU). */
  private lastStackExact = true;
  /** Per instruction: a listed return site. */
  private readonly retSite: Uint8Array;

  /**
   * `landingCtx`: the strict pass, whose roots are the jump landings entered on their own (a
   * `ret` there may be at any depth: it is checked, and the landing's depth is not its frame's).
   */
  constructor(private readonly code: Code, opts: VerifyOptions, private readonly landingCtx: boolean) {
    this.strict = opts.strict ?? true;
    this.maxViolations = opts.maxViolations ?? 1000;
    const n = (this.n = code.facts.length);
    this.bornBase = 8 * n;
    this.phiBase = 12 * n;
    // Blocks: leaders are entries, landings, targets, and whatever follows a transfer.
    const leader = new Uint8Array(n + 1);
    for (const r of code.roots) leader[r] = 1;
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
    this.states = pooled('states', nb * S);
    this.states.fill(0);
    this.inWork = new Uint8Array(nb);
    this.heap = new Int32Array(nb);
    this.visits = new Uint16Array(nb);
    this.blockCounts = new Int32Array(nb * NC);
    this.blockBad = new Uint32Array(nb);
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
    for (const r of code.roots) if (this.rootEdge[this.blockOf[r]!]! < 0) this.rootEdge[this.blockOf[r]!] = ne++;
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
    this.edgeRow = new Int32Array(ne).fill(-1);
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
    this.prio = reversePostorder(nb, outStart, outList, code.roots.map((r) => this.blockOf[r]!));
    this.counts = {
      functions: code.functions, instructions: n, reachable: 0, stack: 0, runtime: 0, translated: 0, stackChecked: 0,
      string: 0, indirect: 0, returns: 0, returnSites: code.returnSites.length, flagRestores: 0,
    };
  }

  run(): AnalysisResult {
    for (const r of this.code.roots) this.seedRoot(r, false, this.landingCtx);
    this.fixpoint();
    // A landing no edge reached is still reachable through the dynamic check: analyse it as an
    // entry (esp at a call's depth), so no code the bitmap admits goes unverified.
    for (const l of this.code.jumpLandings) {
      if (!this.states[this.blockOf[l]! * S + M_REACH]) { this.seedRoot(l, false, true); this.fixpoint(); }
    }
    // Likewise a return site whose call no path reaches: any checked `ret` may still land there.
    if (!this.landingCtx) {
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
    for (let i = 0; !this.landingCtx && i < this.n; i++) {
      const f = this.code.facts[i]!;
      if (f.form.privilege !== null && f.form.op !== 'popf' && !this.isReachable(i)) {
        this.bad(i, 'privileged', `privileged instruction '${f.form.mnemonic}' (${f.form.privilege}) in unreachable code`);
      }
    }
    // Return sites only right after calls, never after a call into the runtime (rule b').
    if (!this.landingCtx) this.checkReturnSites();
    this.found.sort((a, b) => a.i - b.i);
    if (this.quietCount && !this.found.length && !this.code.violations.length) {
      this.found.push({ i: 0, rule: 'stack', reason: 'the stack depth became unknown' });
    }
    const out: Violation[] = [...this.code.violations];
    for (const x of this.found) out.push({ ...this.code.where(x.i), rule: x.rule, reason: x.reason, insn: this.code.text(x.i) });
    return { violations: out.slice(0, this.maxViolations), counts: this.counts };
  }

  private isReachable(i: number): boolean {
    return this.states[this.blockOf[i]! * S + M_REACH] === 1;
  }

  /**
   * A return site's bit lets any checked `ret` land there: it must be the address right after a
   * call (the call's own return lands there anyway), and not after a call into the runtime, whose
   * return resumes an inserted sequence halfway (after __svm_slow: any stack word as a translation).
   */
  private checkReturnSites(): void {
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
  private seedRoot(i: number, hostile: boolean, landing = false): void {
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
  private fixpoint(): void {
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

  private enqueue(b: number): void {
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

  private phiId(b: number, k: number): number { return this.phiBase + b * 16 + k; }

  // ---- the block walk -------------------------------------------------------------------------

  /**
   * Runs block b from its entry state. What its latest run found (violations, accesses proven per
   * class) is kept per block: after the fixpoint those are the verdict, and only blocks with
   * violations are run again to say where and why.
   */
  private runBlock(b: number): void {
    const cur = this.cur;
    const st = this.states, o = b * S;
    for (let k = 0; k < S; k++) cur[k] = st[o + k]!;
    cur[M_CONFLICT] = 0;
    const rc = this.rc;
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

  private readonly rc = new Int32Array(NC);
  private runBad = 0;
  private blockCounts!: Int32Array;
  private blockBad!: Uint32Array;

  /** Flow along an edge into the block starting at instruction `to`. */
  private edge(to: number, st: Int32Array, e: number): void {
    if (this.report) return;
    const b = this.blockOf[to]!;
    if (this.flow(b, st, e)) this.enqueue(b);
  }

  // ---- violations -----------------------------------------------------------------------------

  private bad(i: number, rule: Rule, reason: string): number {
    this.runBad++;
    if (!this.report || this.found.length >= this.maxViolations) return CL_BAD;
    this.found.push({ i, rule, reason });
    return CL_BAD;
  }

  private readonly found: Array<{ i: number; rule: Rule; reason: string }> = [];

  /**
   * A consequence of an unknown stack depth. The depth only becomes unknown where a violation is
   * reported (a write of %esp the rules do not allow, a join of different depths): the
   * consequences fail the verdict without repeating it.
   */
  private quiet(): number {
    this.runBad++;
    this.quietCount++;
    return CL_BAD;
  }

  private quietCount = 0;

  // ---- value helpers --------------------------------------------------------------------------

  private kind(r: number): number { return this.cur[r * VW]!; }
  private id(r: number): number { return this.cur[r * VW + 1]!; }
  private p(r: number, k: number): number { return this.cur[r * VW + 1 + k]!; }

  /** Drops every fact about the value `id` (it is about to name a new value). */
  private killRefs(st: Int32Array, id: number, except: number): void {
    if (id < 0) return;
    for (let r = 0; r < 8; r++) this.killIn(st, r * VW, id, except);
    for (let k = 0; k < NSLOT; k++) {
      const o = SL_OFF + k * SW;
      if (st[o] !== SLOT_EMPTY) this.killIn(st, o + 1, id, except);
    }
    if (st[F_OFF] !== F_NONE && (st[F_OFF + 1] === id || (st[F_OFF] === F_CMPRR && st[F_OFF + 2] === id))) st[F_OFF] = F_NONE;
  }

  private killIn(st: Int32Array, o: number, id: number, except: number): void {
    if (o === except) return;
    if (st[o + 1] === id) st[o + 1] = -1;
    const m = ID_PARAMS[st[o]!]!;
    if (m && (((m & 1) && st[o + 2] === id) || ((m & 2) && st[o + 3] === id) || ((m & 4) && st[o + 4] === id))) {
      st[o] = K_NONE; st[o + 2] = 0; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0;
    }
  }

  /** Register r gets a new value defined at instruction i: returns its id. */
  private def(r: number, i: number): number {
    const id = i * 8 + r;
    const cur = this.cur;
    this.killRefs(cur, id, r * VW);
    const o = r * VW;
    cur[o] = K_NONE; cur[o + 1] = id; cur[o + 2] = 0; cur[o + 3] = 0; cur[o + 4] = 0; cur[o + 5] = 0;
    return id;
  }

  private setKind(r: number, kind: number, p1 = 0, p2 = 0, p3 = 0, p4 = 0): void {
    const o = r * VW;
    const cur = this.cur;
    cur[o] = kind; cur[o + 2] = p1; cur[o + 3] = p2; cur[o + 4] = p3; cur[o + 5] = p4;
  }

  /** dst := src, the same value (an anonymous source is named first, so the two stay equal). */
  private copyReg(dst: number, src: number, i: number): void {
    if (dst === src) return;
    if (this.id(src) < 0 && src !== ESP) this.name(src, i);
    this.cur.copyWithin(dst * VW, src * VW, src * VW + VW);
  }

  /** Gives an anonymous register value the id of instruction i (its facts stay). */
  private name(r: number, i: number): void {
    const id = i * 8 + r;
    this.killRefs(this.cur, id, r * VW);
    this.cur[r * VW + 1] = id;
  }

  /**
   * r := the value in the slot at state offset so: what is known about it, under the load's own id
   * (a slot's id depends on the path that stored it; the load's does not).
   */
  private loadSlot(r: number, so: number, i: number): void {
    this.cur.copyWithin(r * VW, so + 1, so + 1 + VW);
    this.name(r, i);
  }

  /** Upper bound (unsigned) of a register's value, or -1. */
  private bound(r: number): number {
    switch (this.kind(r)) {
      case K_AND: return this.p(r, 1) >>> 0;
      case K_ENTRY: return this.p(r, 2);
      case K_PGOFF: return PAGE_MASK;
      case K_CONST: return this.p(r, 2) === ROLE_NONE && this.p(r, 1) >= 0 ? this.p(r, 1) : -1;
      default: return -1;
    }
  }

  // ---- stack ------------------------------------------------------------------------------------

  private depthKnown(): boolean { return this.cur[ESP * VW] === K_STACK; }
  private depth(): number { return this.cur[ESP * VW + 2]!; }

  private setDepth(i: number, d: number): void {
    const cur = this.cur;
    if (d <= -VERIFY_STACK_GUARD || d >= VERIFY_STACK_GUARD) {
      this.bad(i, 'stack', `stack depth ${d} leaves the ${VERIFY_STACK_GUARD}-byte guard`);
      this.espUnknown();
      return;
    }
    const up = d > cur[ESP * VW + 2]!;
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
  private espUnknown(): void {
    // Slots may have been clobbered by whatever %esp now points at.
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) cur[SL_OFF + k * SW] = SLOT_EMPTY;
  }

  private slotAt(d: number): number {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) if (cur[SL_OFF + k * SW] === d) return SL_OFF + k * SW;
    return -1;
  }

  /** A write of `len` bytes at entry-esp + off: slots it overlaps lose their value. */
  private stackWrite(off: number, len: number): void {
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
  private stackWriteAnywhere(): void {
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) cur[SL_OFF + k * SW] = SLOT_EMPTY;
    cur[M_RET] = 0;
  }

  /**
   * Remembers that the word at entry-esp + off holds the value in register r (just loaded from
   * it: no write). Only into a free slot: tracked values are never evicted for it.
   */
  private recordSlot(off: number, r: number): void {
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
  private storeSlot(off: number, vo: number, bornId: number): void {
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

  private storeSlotKind(off: number, bornId: number, kind: number, p1 = 0): void {
    this.storeSlot(off, -1, bornId);
    const o = this.slotAt(off);
    this.cur[o + 1] = kind;
    this.cur[o + 3] = p1;
  }

  private born(i: number, k: number): number { return this.bornBase + i * 4 + k; }

  // ---- memory rules (a) ---------------------------------------------------------------------------

  /**
   * Classifies the explicit memory operand of instruction i; reports a violation when it fits no
   * allowed class. `depthAdj`: %esp moves before the address is formed (pop M).
   */
  private access(i: number, f: InsnFacts, write: boolean, depthAdj: number): number {
    const m = f.mem!;
    const size = m.size || 1;
    if (m.seg >= 0) return this.bad(i, 'memory', `segment override %${SREG_NAMES[m.seg]}: on a memory access (translated and stack accesses carry none)`);
    if (m.complex) return this.bad(i, 'memory', 'displacement is not a constant or symbol+constant');
    if (m.role > 0) return this.runtimeAccess(i, f, m.role, write);
    if (m.role === ROLE_OTHER) return this.bad(i, 'memory', `untranslated access to symbol '${m.sym}'`);
    if (m.base < 0) return this.bad(i, 'memory', m.index >= 0 ? `untranslated indexed access (%${reg32(m.index)} without a base)` : `untranslated access to absolute address ${hex(m.disp)}`);
    // Bytes reached: bt* with a register bit offset reaches base + size * (offset >> log2(bits)).
    let extent = size;
    if (f.form.bitBase && f.ops[0]!.k === OP_REG) {
      const bound = this.bound(f.ops[0]!.gpr);
      if (bound < 0) return this.bad(i, 'memory', `bit offset %${f.ops[0]!.reg!.name} is unbounded: '${f.form.mnemonic}' can reach 256 MiB either side of its operand`);
      extent = size * (Math.floor(bound / (size * 8)) + 1);
    }
    const b = m.base;
    const k = this.kind(b);
    if (b === ESP && k !== K_STACK) return this.quiet();
    if (k === K_STACK) {
      if (m.index >= 0) return this.bad(i, 'memory', `stack access with index %${reg32(m.index)} is not bounds-checked`);
      const off = this.p(b, 1) + m.disp + (b === ESP ? depthAdj : 0);
      if (off <= -VERIFY_STACK_GUARD || off + extent > VERIFY_STACK_GUARD) {
        return this.bad(i, 'memory', `stack access at entry-esp${off >= 0 ? '+' : ''}${off} is beyond the ${VERIFY_STACK_GUARD}-byte guard`);
      }
      if (write) this.stackWrite(off, extent);
      this.lastStackOff = off;
      this.lastStackExact = true;
      return CL_STACK;
    }
    if (k === K_FPU) {
      // A frame pointer across a call with a return site: entry+k on the call's own return path,
      // a stack address (once checked) on every path; disp(%r) must be within the guard of both.
      if (this.p(b, 2) !== 3) return this.bad(i, 'memory', `%${reg32(b)} may hold any value here: a return into this function may have replaced it, and it was not checked against the stack after the call (or at the jump landing, which any indirect transfer may reach)`);
      if (m.index >= 0) return this.bad(i, 'memory', `stack access with index %${reg32(m.index)} is not bounds-checked`);
      const off = this.p(b, 1) + m.disp;
      if (off <= -VERIFY_STACK_GUARD || off + extent > VERIFY_STACK_GUARD || m.disp <= -VERIFY_STACK_GUARD || m.disp + extent > VERIFY_STACK_GUARD) {
        return this.bad(i, 'memory', `stack access at ${m.disp}(%${reg32(b)}) is beyond the ${VERIFY_STACK_GUARD}-byte guard`);
      }
      if (write) { this.stackWrite(off, extent); this.stackWriteAnywhere(); }
      this.lastStackOff = off;
      this.lastStackExact = false;
      return CL_STACK;
    }
    if (m.index >= 0) return this.bad(i, 'memory', `indexed access (%${reg32(b)},%${reg32(m.index)}) is not translated`);
    if (k === K_TRANS) {
      if (m.disp < 0 || m.disp + extent > WINDOW_REACH) {
        return this.bad(i, 'memory', `displacement ${m.disp} of ${extent} bytes leaves the ${WINDOW_REACH}-byte reach of the translation in %${reg32(b)}`);
      }
      return CL_TRANS;
    }
    if (k === K_STKC && this.p(b, 1) === 3) {
      if (m.disp !== 0 || extent !== size) return this.bad(i, 'memory', 'stack-checked access with a displacement or bit offset');
      if (write) this.stackWriteAnywhere();
      return CL_STKCHK;
    }
    return this.bad(i, 'memory', `%${reg32(b)} is not a translated address here${describe(k, this.p(b, 1))}`);
  }

  private runtimeAccess(i: number, f: InsnFacts, role: number, write: boolean): number {
    const m = f.mem!;
    const name = ROLE_NAMES[role]!;
    const size = m.size || 1;
    if (write) return this.bad(i, 'memory', `writes the runtime's ${name}`);
    switch (role) {
      case ROLE_STLB: {
        if (m.index >= 0 || m.base < 0) return this.bad(i, 'memory', `${name} access needs a base register holding a bounded entry offset`);
        const bound = this.bound(m.base);
        if (bound < 0) return this.bad(i, 'memory', `%${reg32(m.base)} is not a bounded stlb entry offset${describe(this.kind(m.base), 0)}`);
        if (m.disp < 0 || bound + m.disp + size > STLB_BYTES) return this.bad(i, 'memory', `${name}+${m.disp}(%${reg32(m.base)}) can reach ${bound + m.disp + size} bytes into the ${STLB_BYTES}-byte stlb`);
        return CL_RUNTIME;
      }
      case ROLE_FS_BASE: case ROLE_GS_BASE: case ROLE_STACK_LO: case ROLE_STACK_HI:
        if (m.base >= 0 || m.index >= 0 || m.disp < 0 || m.disp + size > RUNTIME_VAR_BYTES) return this.bad(i, 'memory', `${name} is a ${RUNTIME_VAR_BYTES}-byte variable: only a direct read is allowed`);
        return CL_RUNTIME;
      case ROLE_TARGETS: case ROLE_RETURNS: {
        const off = f.ops[0]!;
        if (f.form.op !== 'bt' || !f.form.bitBase || off.k !== OP_REG || m.base >= 0 || m.index >= 0 || m.disp !== 0) return this.bad(i, 'memory', `${name} may only be read by 'btl %r, ${name}'`);
        const k = this.kind(off.gpr);
        if (k !== K_TXB && k !== K_TXT && k !== K_RXB && k !== K_RXT) return this.bad(i, 'indirect', `bit offset %${reg32(off.gpr)} is not a bounded text offset (no 'cmpl $__svm_text_size; jae' on this path)`);
        return CL_RUNTIME;
      }
      default:
        return this.bad(i, 'memory', `'${name}' is not a runtime variable that code may read`);
    }
  }

  // ---- the transfer function ---------------------------------------------------------------------

  private step(i: number): void {
    const f = this.code.facts[i]!;
    const cur = this.cur;
    const sem = this.sems[i]!;
    const bits = this.bits[i]!;
    if (bits & B_PRIV) this.bad(i, 'privileged', `privileged instruction '${f.form.mnemonic}' (${f.form.privilege})`);
    // Explicit memory operand.
    let cl = CL_NONE;
    if (bits & B_MEM) {
      if (sem === SEM_CALLIND || sem === SEM_JMPIND) {
        this.bad(i, 'indirect', `indirect ${sem === SEM_CALLIND ? 'call' : 'jump'} through memory (load the target into a register and check it)`);
      } else {
        cl = this.access(i, f, (bits & B_MEMW) !== 0, sem === SEM_POP ? f.form.size / 8 : 0);
        if (cl > 0) this.rc[cl]!++;
      }
    }
    switch (sem) {
      case SEM_MOV: this.mov(i, f, cl); break;
      case SEM_LEA: this.lea(i, f); break;
      case SEM_ADD: case SEM_SUB: this.addSub(i, f, sem === SEM_ADD); break;
      case SEM_SHR: this.shr(i, f); break;
      case SEM_AND: this.and(i, f); break;
      case SEM_NEG: this.neg(i, f); break;
      case SEM_XOR: this.xor(i, f); break;
      case SEM_CMP: this.generic(i, f); this.cmp(f); return;
      case SEM_BT: this.generic(i, f); this.bt(f); return;
      case SEM_CMOV: this.cmov(i, f); break;
      case SEM_XCHG: this.xchg(i, f); break;
      case SEM_PUSH: this.push(i, f, cl); break;
      case SEM_PUSHSEG: this.pushAnon(i, f.form.stackBytes); break;
      case SEM_PUSHF: this.pushf(i, f); break;
      case SEM_PUSHA: this.pushAnon(i, f.form.stackBytes); break;
      case SEM_POP: this.pop(i, f, cl); break;
      case SEM_POPF: this.popf(i, f); break;
      case SEM_POPA: this.popa(i, f); break;
      case SEM_LEAVE: this.leave(i, f); break;
      case SEM_ENTER: this.enter(i, f); break;
      case SEM_CLD: cur[M_DF] = 1; break;
      case SEM_STD: cur[M_DF] = 0; break;
      case SEM_STRING: this.string(i, f); this.generic(i, f); break;
      case SEM_JCC: this.generic(i, f); this.jcc(i, f); return;
      case SEM_JMP: this.jmp(i); return;
      case SEM_JMPIND: this.jmpInd(i, f); return;
      case SEM_CALL: this.call(i, f); return;
      case SEM_CALLIND: this.callInd(i, f); return;
      case SEM_RET: this.ret(i, f); return;
      case SEM_STOP: cur[M_REACH] = 0; return;
      default: this.generic(i, f);
    }
    if (bits & B_FLAGS) cur[F_OFF] = F_NONE;
    if (bits & B_DF) cur[M_DF] = 0;
  }

  /** Per instruction: its semantic class, and what the table says it does (B_* bits). */
  private readonly sems: Uint8Array;
  private readonly bits: Uint8Array;

  /** Table effects only: every register written gets a new, unknown value. */
  private generic(i: number, f: InsnFacts): void {
    let w = f.wmask;
    if (w & (1 << ESP)) {
      this.bad(i, 'stack', `'${f.form.mnemonic}' writes %esp in a way the verifier cannot follow`);
      this.espUnknown();
      w &= ~(1 << ESP);
    }
    for (let r = 0; w; r++, w >>= 1) if (w & 1) this.def(r, i);
    if (f.form.flags.write !== 0) this.cur[F_OFF] = F_NONE;
    if (f.form.flags.write & DF) this.cur[M_DF] = 0;
  }

  private isReg32(f: InsnFacts, k: number): boolean {
    const o = f.ops[k]!;
    return o.k === OP_REG && o.reg!.cls === 'r32';
  }

  private mov(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (this.isReg32(f, 1)) {
      const d = dst.gpr;
      if (d === ESP) {
        if (src.k === OP_REG && src.gpr >= 0 && this.kind(src.gpr) === K_STACK) { this.setDepth(i, this.p(src.gpr, 1)); return; }
        if (src.k === OP_REG && src.gpr >= 0 && this.kind(src.gpr) === K_FPU && this.p(src.gpr, 2) === 3) {
          // The frame restarts at a checked stack address: what was known about its slots is not.
          const k = this.p(src.gpr, 1);
          this.espUnknown();
          this.setDepth(i, k);
          return;
        }
        this.bad(i, 'stack', `%esp loaded with a value that is not a known stack address${src.k === OP_REG && src.gpr >= 0 ? describe(this.kind(src.gpr), 0) : ''}`);
        this.espUnknown();
        return;
      }
      if (src.k === OP_REG && src.reg!.cls === 'r32') { this.copyReg(d, src.gpr, i); return; }
      if (src.k === OP_IMM) { this.def(d, i); this.setKind(d, K_CONST, src.imm, src.role); return; }
      if (src.k === OP_MEM && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4) {
        const so = this.slotAt(this.lastStackOff);
        // The slot and d hold the same value, under d's id: a check of d's value is one of the slot's.
        if (so >= 0) { this.loadSlot(d, so, i); this.cur[so + 2] = this.id(d); return; }
        this.def(d, i);
        this.recordSlot(this.lastStackOff, d);
        return;
      }
      this.def(d, i);
      return;
    }
    if (dst.k === OP_MEM && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4) {
      if (src.k === OP_REG && src.reg!.cls === 'r32') this.storeSlot(this.lastStackOff, src.gpr * VW, 0);
      else if (src.k === OP_IMM) this.storeSlotKind(this.lastStackOff, this.born(i, 0), K_CONST, src.imm);
      return;
    }
    this.generic(i, f);
  }

  private lea(i: number, f: InsnFacts): void {
    const m = f.mem!;
    if (!this.isReg32(f, 1)) { this.generic(i, f); return; }
    const d = f.ops[1]!.gpr;
    let stack = false, k = 0, copyFrom = -1;
    if (m.base >= 0 && m.index < 0 && m.role === ROLE_NONE && !m.complex && m.seg < 0) {
      // lea (%r), %d is a copy whatever %r holds (the same value, so the same id on every visit).
      if (m.disp === 0) copyFrom = m.base;
      else if (this.kind(m.base) === K_STACK) { stack = true; k = this.p(m.base, 1) + m.disp; }
    }
    if (d === ESP) {
      if (copyFrom >= 0 && this.kind(copyFrom) === K_STACK) { this.setDepth(i, this.p(copyFrom, 1)); return; }
      if (stack) { this.setDepth(i, k); return; }
      if (m.base >= 0 && m.index < 0 && m.role === ROLE_NONE && !m.complex && m.seg < 0 && this.kind(m.base) === K_FPU &&
        this.p(m.base, 2) === 3 && m.disp > -VERIFY_STACK_GUARD && m.disp < VERIFY_STACK_GUARD) {
        // As `movl %ebp, %esp` (the frame restarts at a checked stack address), then disp.
        const fk = this.p(m.base, 1) + m.disp;
        this.espUnknown();
        this.setDepth(i, fk);
        return;
      }
      this.bad(i, 'stack', `%esp set by lea to an address that is not a known stack address`);
      this.espUnknown();
      return;
    }
    if (stack) { this.def(d, i); this.setKind(d, K_STACK, k); return; }
    if (copyFrom >= 0) { this.copyReg(d, copyFrom, i); return; }
    this.def(d, i);
  }

  private addSub(i: number, f: InsnFacts, add: boolean): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1)) { this.generic(i, f); return; }
    const d = dst.gpr;
    const cur = this.cur;
    const pureImm = src.k === OP_IMM && src.role === ROLE_NONE;
    if (d === ESP) {
      if (pureImm && this.depthKnown()) { this.setDepth(i, this.depth() + (add ? src.imm : -src.imm)); return; }
      this.bad(i, 'stack', `%esp ${add ? 'increased' : 'decreased'} by ${src.k === OP_IMM ? 'a non-constant' : 'a variable'} amount`);
      this.espUnknown();
      return;
    }
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
    let nk = K_NONE, n1 = 0, n2 = 0;
    if (pureImm) {
      const c = add ? src.imm : -src.imm;
      if (k === K_STACK) { nk = K_STACK; n1 = p1 + c; }
      else if (k === K_NEGPG) { nk = K_LIMRAW; n1 = p1; n2 = c; }
      else if (k === K_LIMRAW && Math.abs(p2 + c) < PACK_MAX_C) { nk = K_LIMRAW; n1 = p1; n2 = p2 + c; }
    } else if (src.k === OP_IMM) {
      if (!add && src.role === ROLE_VM_TEXT && src.imm === 0) nk = K_TXO;
      else if (add && src.role === ROLE_INST_TEXT && src.imm === 0 && k === K_TXT) nk = K_CHK;
      // A return address (this instance's code address) as an offset in this instance's text.
      else if (!add && src.role === ROLE_INST_TEXT && src.imm === 0 && idd >= 0) { nk = K_RXO; n1 = idd; }
    } else if (src.k === OP_REG && src.reg!.cls === 'r32') {
      const s = src.gpr;
      if (s === d && !add) { this.def(d, i); this.setKind(d, K_CONST, 0, ROLE_NONE); return; }
      if (!add && k === K_TRANS && p1 >= 0 && this.id(s) === p1) { nk = K_DELTA; n1 = p1; }
      else if (add && this.kind(s) === K_DELTA && idd >= 0 && this.p(s, 1) === idd) { nk = K_TRANS; n1 = idd; }
      else if (add && k === K_DELTA && this.id(s) >= 0 && this.id(s) === p1) { nk = K_TRANS; n1 = p1; }
    } else if (src.k === OP_MEM && add) {
      // addl __svm_stlb+4(%e), %T on the hit path: the mapped window of the matched entry.
      const m = f.mem!;
      if (m.role === ROLE_STLB && m.disp === 4 && m.base >= 0 && m.index < 0 && k === K_HIT &&
        this.id(m.base) === p2 && this.kind(m.base) === K_ENTRY && this.p(m.base, 1) === p1) { nk = K_TRANS; n1 = p1; }
    }
    this.def(d, i);
    if (nk !== K_NONE) this.setKind(d, nk, n1, n2);
    cur[F_OFF] = F_NONE;
  }

  private shr(i: number, f: InsnFacts): void {
    const cnt = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1) || cnt.k !== OP_IMM || cnt.role !== ROLE_NONE || dst.gpr === ESP) { this.generic(i, f); return; }
    const d = dst.gpr;
    const s = cnt.imm & 31;
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
    this.def(d, i);
    if (s === 0) { this.generic(i, f); return; }
    if (k === K_LIMRAW && p2 >= PAGE_MASK && p2 < PACK_MAX_C) this.setKind(d, K_LIM, p1, packLim(p2, s));
    else if (idd >= 0) this.setKind(d, K_SHR, idd, s);
  }

  private and(i: number, f: InsnFacts): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1) || src.k !== OP_IMM || src.role !== ROLE_NONE) { this.generic(i, f); return; }
    const d = dst.gpr;
    if (d === ESP) { this.generic(i, f); return; }
    const mask = src.imm >>> 0;
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
    this.def(d, i);
    if (k === K_SHR && p2 === ENTRY_SHIFT && mask === ENTRY_MASK) this.setKind(d, K_ENTRY, p1, mask);
    else if (mask === PAGE_MASK && idd >= 0) this.setKind(d, K_PGOFF, idd);
    else if (mask < 0x80000000) this.setKind(d, K_AND, mask);
  }

  private neg(i: number, f: InsnFacts): void {
    if (!this.isReg32(f, 0) || f.ops[0]!.gpr === ESP) { this.generic(i, f); return; }
    const d = f.ops[0]!.gpr;
    const k = this.kind(d), p1 = this.p(d, 1);
    this.def(d, i);
    if (k === K_PGOFF) this.setKind(d, K_NEGPG, p1);
  }

  private xor(i: number, f: InsnFacts): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1) || dst.gpr === ESP) { this.generic(i, f); return; }
    const d = dst.gpr;
    if (src.k === OP_REG && src.gpr === d) { this.def(d, i); this.setKind(d, K_CONST, 0, ROLE_NONE); return; }
    const m = f.mem;
    if (src.k === OP_MEM && m && m.role === ROLE_STLB && m.disp === 0 && m.base >= 0 && m.index < 0) {
      const e = m.base;
      const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
      if (this.kind(e) === K_ENTRY) {
        const x = this.p(e, 1);
        if (k === K_XV && p2 === this.id(e) && p1 === x) {
          // (va ^ tag) ^ tag: the value va again (the slow stub recovers it).
          const o = d * VW;
          this.cur[o] = K_NONE; this.cur[o + 1] = x; this.cur[o + 2] = 0; this.cur[o + 3] = 0; this.cur[o + 4] = 0; this.cur[o + 5] = 0;
          return;
        }
        if (idd >= 0 && idd === x) {
          const eid = this.id(e);
          this.def(d, i);
          this.setKind(d, K_XV, x, eid);
          return;
        }
      }
    }
    this.def(d, i);
  }

  private cmp(f: InsnFacts): void {
    const cur = this.cur;
    const src = f.ops[0]!;
    cur[F_OFF] = F_NONE;
    if (!this.isReg32(f, 1)) return;
    const a = f.ops[1]!.gpr;
    const ida = this.id(a);
    if (ida < 0) return;
    if (src.k === OP_IMM) { cur[F_OFF] = F_CMPI; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = src.imm; cur[F_OFF + 3] = src.role; return; }
    const m = f.mem;
    if (src.k === OP_MEM && m && (m.role === ROLE_STACK_LO || m.role === ROLE_STACK_HI) && m.base < 0 && m.index < 0 && m.disp === 0) {
      cur[F_OFF] = F_CMPM; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = m.role === ROLE_STACK_LO ? 1 : 2; return;
    }
    if (src.k === OP_REG && src.reg!.cls === 'r32' && this.id(src.gpr) >= 0) {
      cur[F_OFF] = F_CMPRR; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = this.id(src.gpr);
    }
  }

  private bt(f: InsnFacts): void {
    const cur = this.cur;
    cur[F_OFF] = F_NONE;
    const m = f.mem, off = f.ops[0]!;
    if (m && (m.role === ROLE_TARGETS || m.role === ROLE_RETURNS) && off.k === OP_REG && off.reg!.cls === 'r32' && this.id(off.gpr) >= 0) {
      cur[F_OFF] = F_BT; cur[F_OFF + 1] = this.id(off.gpr); cur[F_OFF + 2] = m.role; cur[F_OFF + 3] = 0;
    }
  }

  /** LIM bounds of a register's value: pairs (X, pack). */
  private bounds(r: number, out: number[]): void {
    const k = this.kind(r);
    if (k === K_LIM) out.push(this.p(r, 1), this.p(r, 2));
    else if (k === K_LIMRAW && this.p(r, 2) >= PAGE_MASK && this.p(r, 2) < PACK_MAX_C) out.push(this.p(r, 1), packLim(this.p(r, 2), 0));
    else if (k === K_CNT) {
      out.push(this.p(r, 1), this.p(r, 2));
      if (this.p(r, 3) >= 0) out.push(this.p(r, 3), this.p(r, 4));
    }
  }

  private readonly bnd: number[] = [];

  private cmov(i: number, f: InsnFacts): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    const cur = this.cur;
    if (this.isReg32(f, 1) && src.k === OP_REG && src.reg!.cls === 'r32' && f.form.cc === CC_A && cur[F_OFF] === F_CMPRR &&
      cur[F_OFF + 1] === this.id(dst.gpr) && cur[F_OFF + 2] === this.id(src.gpr) && dst.gpr !== ESP) {
      // cmpl %b,%a; cmova %b,%a: a := min_unsigned(a, b) — bounded by every bound of a or b.
      const bnd = this.bnd;
      bnd.length = 0;
      this.bounds(src.gpr, bnd);
      this.bounds(dst.gpr, bnd);
      this.def(dst.gpr, i);
      if (bnd.length >= 2) {
        let x2 = -1, c2 = 0;
        for (let k = 2; k < bnd.length; k += 2) if (bnd[k] !== bnd[0]) { x2 = bnd[k]!; c2 = bnd[k + 1]!; break; }
        this.setKind(dst.gpr, K_CNT, bnd[0]!, bnd[1]!, x2, c2);
      }
      return;
    }
    this.generic(i, f);
  }

  private xchg(i: number, f: InsnFacts): void {
    const a = f.ops[0]!, b = f.ops[1]!;
    if (a.k === OP_REG && b.k === OP_REG && a.reg === b.reg) return; // xchg %ax,%ax: a no-op
    if (a.k === OP_REG && b.k === OP_REG && a.reg!.cls === 'r32' && b.reg!.cls === 'r32' && a.gpr !== ESP && b.gpr !== ESP) {
      const t = this.tmp;
      t.set(this.cur.subarray(a.gpr * VW, a.gpr * VW + VW));
      this.copyReg(a.gpr, b.gpr, i);
      this.cur.set(t.subarray(0, VW), b.gpr * VW);
      return;
    }
    this.generic(i, f);
  }

  private pushDepth(i: number, bytes: number): boolean {
    if (!this.depthKnown()) { this.quiet(); return false; }
    this.setDepth(i, this.depth() - bytes);
    if (!this.depthKnown()) return false;
    this.stackWrite(this.depth(), bytes);
    return true;
  }

  private push(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!;
    const bytes = f.form.stackBytes;
    if (bytes !== 4) { this.pushAnon(i, bytes); return; }
    let vo = -1;
    let stackSlot = -1;
    if (src.k === OP_REG && src.reg!.cls === 'r32') {
      if (src.gpr === ESP) {
        const d = this.depth();
        if (!this.pushDepth(i, 4)) return;
        this.storeSlotKind(this.depth(), this.born(i, 0), K_STACK, d);
        return;
      }
      vo = src.gpr * VW;
    } else if (src.k === OP_MEM && cl === CL_STACK && this.lastStackExact) stackSlot = this.slotAt(this.lastStackOff);
    if (stackSlot >= 0) { this.tmp.set(this.cur.subarray(stackSlot + 1, stackSlot + 1 + VW)); }
    if (!this.pushDepth(i, 4)) return;
    if (src.k === OP_IMM) { this.storeSlotKind(this.depth(), this.born(i, 0), K_CONST, src.imm); return; }
    if (stackSlot >= 0) {
      this.storeSlot(this.depth(), -1, 0);
      const o = this.slotAt(this.depth());
      this.cur.set(this.tmp.subarray(0, VW), o + 1);
      return;
    }
    this.storeSlot(this.depth(), vo, this.born(i, 0));
  }

  private pushAnon(i: number, bytes: number): void {
    this.pushDepth(i, bytes);
  }

  private pushf(i: number, f: InsnFacts): void {
    const df = this.cur[M_DF]!;
    if (!this.pushDepth(i, f.form.stackBytes)) return;
    this.storeSlotKind(this.depth(), this.born(i, 1), K_FLAGS, df);
  }

  private pop(i: number, f: InsnFacts, cl: number): void {
    const dst = f.ops[0]!;
    const bytes = f.form.stackBytes;
    if (!this.depthKnown()) {
      this.quiet();
      if (dst.k === OP_REG && dst.gpr >= 0 && dst.gpr !== ESP) this.def(dst.gpr, i);
      return;
    }
    const d = this.depth();
    if (dst.k === OP_REG && dst.reg!.cls === 'r32') {
      if (dst.gpr === ESP) { this.bad(i, 'stack', '%esp popped from the stack'); this.espUnknown(); return; }
      const so = this.slotAt(d);
      if (so >= 0) this.loadSlot(dst.gpr, so, i);
      else this.def(dst.gpr, i);
      this.setDepth(i, d + bytes);
      return;
    }
    if (dst.k === OP_REG && dst.gpr >= 0) this.def(dst.gpr, i);
    // pop M: the memory write was classified (and any stack slot it hit forgotten) by access().
    void cl;
    this.setDepth(i, d + bytes);
  }

  private popf(i: number, f: InsnFacts): void {
    const cur = this.cur;
    if (!this.depthKnown()) { this.quiet(); return; }
    const d = this.depth();
    const so = this.slotAt(d);
    if (so < 0 || cur[so + 1] !== K_FLAGS) {
      this.bad(i, 'privileged', "privileged instruction 'popfl' (intflag): the slot it pops was not saved by pushf on every path");
      cur[M_DF] = 0;
    } else {
      cur[M_DF] = cur[so + 3]!;
      this.rc[C_FLAGS]!++;
    }
    cur[F_OFF] = F_NONE;
    this.setDepth(i, d + f.form.stackBytes);
  }

  private popa(i: number, f: InsnFacts): void {
    if (!this.depthKnown()) { this.quiet(); }
    for (let r = 0; r < 8; r++) if (r !== ESP) this.def(r, i);
    if (this.depthKnown()) this.setDepth(i, this.depth() + f.form.stackBytes);
  }

  private leave(i: number, f: InsnFacts): void {
    if (this.kind(EBP) === K_FPU && this.p(EBP, 2) === 3) {
      // %esp := a checked stack address (the frame restarts there), %ebp := the word it held.
      const k = this.p(EBP, 1);
      this.espUnknown();
      this.setDepth(i, k);
      this.def(EBP, i);
      if (this.depthKnown()) this.setDepth(i, k + f.form.stackBytes);
      return;
    }
    if (this.kind(EBP) !== K_STACK) {
      this.bad(i, 'stack', `'leave' with %ebp not a known stack address${describe(this.kind(EBP), 0)}`);
      this.espUnknown();
      this.def(EBP, i);
      return;
    }
    const k = this.p(EBP, 1);
    this.setDepth(i, k);
    if (!this.depthKnown()) return;
    const so = this.slotAt(k);
    if (so >= 0) this.loadSlot(EBP, so, i);
    else this.def(EBP, i);
    this.setDepth(i, k + f.form.stackBytes);
  }

  private enter(i: number, f: InsnFacts): void {
    const size = f.ops[0]!.imm & 0xffff, level = f.ops[1]!.imm & 0xff;
    if (level !== 0) { this.bad(i, 'stack', `'enter' with nesting level ${level}`); this.espUnknown(); this.def(EBP, i); return; }
    if (!this.pushDepth(i, f.form.stackBytes)) return;
    this.storeSlot(this.depth(), EBP * VW, 0);
    this.def(EBP, i);
    this.setKind(EBP, K_STACK, this.depth());
    this.setDepth(i, this.depth() - size);
  }

  // ---- string instructions ----------------------------------------------------------------------

  private string(i: number, f: InsnFacts): void {
    const form = f.form;
    const io = form.stringIo!;
    const elem = form.size / 8;
    if (f.seg >= 0) { this.bad(i, 'memory', `segment override %${SREG_NAMES[f.seg]}: on a string instruction`); return; }
    if (!this.cur[M_DF]) { this.bad(i, 'memory', 'string instruction where DF is not known to be clear (it would run backwards out of the window)'); return; }
    let ok = true;
    for (const [use, ptr] of [[io.src !== 'none', ESI], [io.dst !== 'none', EDI]] as const) {
      if (!use) continue;
      if (this.kind(ptr) !== K_TRANS) {
        ok = false;
        this.bad(i, 'memory', `%${reg32(ptr)} is not a translated address here${describe(this.kind(ptr), 0)}`);
        continue;
      }
      if (!f.rep) continue;
      const x = this.p(ptr, 1);
      if (!this.countFits(x, elem)) {
        ok = false;
        this.bad(i, 'memory', `count %ecx is not bounded to the window of %${reg32(ptr)} (needs min(%ecx, (${PAGE_SIZE + elem - 1} - (ptr & ${PAGE_MASK})) >> ${Math.log2(elem)}) of the same pointer)`);
      }
    }
    if (ok) this.rc[C_STRING]!++;
  }

  private countFits(x: number, elem: number): boolean {
    const k = this.kind(ECX);
    if (k === K_CONST && this.p(ECX, 2) === ROLE_NONE) {
      const n = this.p(ECX, 1) >>> 0;
      return n * elem <= WINDOW_REACH;
    }
    if (x < 0) return false;
    const check = (bx: number, pack: number): boolean => bx === x && limitFits(Math.floor(pack / 32), pack & 31, elem);
    if (k === K_LIM) return check(this.p(ECX, 1), this.p(ECX, 2));
    if (k === K_CNT) return check(this.p(ECX, 1), this.p(ECX, 2)) || (this.p(ECX, 3) >= 0 && check(this.p(ECX, 3), this.p(ECX, 4)));
    return false;
  }

  // ---- control flow -------------------------------------------------------------------------------

  private jcc(i: number, f: InsnFacts): void {
    const code = this.code;
    const cc = f.form.cc;
    const tmp = this.tmp;
    const tk = code.tgtKind[i]!;
    if (tk === TGT_INTERNAL) {
      tmp.set(this.cur);
      if (cc !== undefined) this.refine(tmp, cc);
      this.edge(code.tgt[i]!, tmp, this.takenEdge[i]!);
    } else if (tk === TGT_EXTERNAL) {
      this.tailCall(i);
    } else if (tk === TGT_BAD) {
      this.bad(i, 'control', `jump target ${code.tgtName[i]}`);
    }
    if (cc !== undefined) this.refine(this.cur, cc ^ 1);
  }

  /** The state on an edge where condition `cc` holds. */
  private refine(st: Int32Array, cc: number): void {
    const fk = st[F_OFF]!;
    if (fk === F_NONE || fk === F_CMPRR) return;
    const id = st[F_OFF + 1]!;
    let from = -1, to = -1, bit = 0;
    if (fk === F_CMPI) {
      const c = st[F_OFF + 2]! >>> 0, role = st[F_OFF + 3]!;
      if (role === ROLE_NONE) {
        // value <= le (unsigned) on this edge
        const le = cc === CC_B ? c - 1 : cc === CC_BE || cc === CC_E ? c : -1;
        if (le >= 0 && le <= PAGE_MASK) { from = K_XV; to = K_HIT; }
      } else if (role === ROLE_TEXT_SIZE && st[F_OFF + 2] === 0 && cc === CC_B) { from = K_TXO; to = K_TXB; }
    } else if (fk === F_CMPM) {
      if (st[F_OFF + 2] === 1 && cc === CC_AE) bit = 1;
      else if (st[F_OFF + 2] === 2 && cc === CC_B) bit = 2;
    } else if (fk === F_BT) {
      // Each bitmap proves its own kind of target: a set bit of one is no bit of the other.
      if (cc === CC_B) {
        if (st[F_OFF + 2] === ROLE_RETURNS) { from = K_RXB; to = K_RXT; } else { from = K_TXB; to = K_TXT; }
      }
    }
    if (from < 0 && !bit) return;
    for (let r = 0; r < 8; r++) {
      const o = r * VW;
      if (st[o + 1] !== id) continue;
      if (bit) {
        if (st[o] === K_STKC) st[o + 2]! |= bit;
        else if (st[o] === K_FPU) st[o + 3]! |= bit;
        else if (st[o] === K_STACK) continue; // entry+k already: a stack address that stays exact
        else { st[o] = K_STKC; st[o + 2] = bit; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0; }
      } else if (st[o] === from || (from === K_TXO && st[o] === K_RXO)) {
        st[o] = st[o] === K_RXO ? K_RXB : to;
        if (to === K_RXT) this.returnChecked(st, st[o + 2]!);
      }
    }
  }

  /** The return-site check of value X held: stack slots holding X hold a checked return address. */
  private returnChecked(st: Int32Array, x: number): void {
    if (x < 0) return;
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      if (st[so] === SLOT_EMPTY || st[so + 2] !== x) continue;
      st[so + 1] = K_RETOK; st[so + 3] = 0; st[so + 4] = 0; st[so + 5] = 0; st[so + 6] = 0;
    }
  }

  private jmp(i: number): void {
    const code = this.code;
    const tk = code.tgtKind[i]!;
    if (tk === TGT_INTERNAL) this.edge(code.tgt[i]!, this.cur, this.takenEdge[i]!);
    else if (tk === TGT_EXTERNAL) this.tailCall(i);
    else this.bad(i, 'control', `jump target ${code.tgtName[i]}`);
    this.cur[M_REACH] = 0;
  }

  /** A jump out of the module: the target returns to our caller, so the frame must be gone. */
  private tailCall(i: number): void {
    const code = this.code;
    const role = code.tgtRole[i]!;
    if (role > 0) { this.bad(i, 'control', `jump to the runtime's ${ROLE_NAMES[role]}`); return; }
    if (!this.depthKnown() || this.depth() !== 0) {
      this.bad(i, 'stack', `tail jump to '${code.tgtName[i]}' with the stack not back at the entry depth (depth ${this.depthKnown() ? this.depth() : 'unknown'})`);
    } else if (!this.cur[M_RET]) {
      this.bad(i, 'stack', `tail jump to '${code.tgtName[i]}': the return address it would return through may have been overwritten (a stack-checked write, or a return into this function)`);
    }
  }

  private jmpInd(i: number, f: InsnFacts): void {
    const op = f.ops[0]!;
    if (op.k === OP_REG) {
      if (this.kind(op.gpr) === K_CHK) {
        this.rc[C_INDIRECT]!++;
        this.checkedJump(i);
      } else this.bad(i, 'indirect', `jump through %${reg32(op.gpr)}, which is not a checked target here${describe(this.kind(op.gpr), 0)}`);
    }
    this.cur[M_REACH] = 0;
  }

  /**
   * A checked indirect jump (through a register, or `ret` to a checked slot) at the current depth:
   * a jump-table dispatch lands on its function's landings; any other one is a tail transfer,
   * whose target will return to our caller: the frame must be gone and the return address intact.
   */
  private checkedJump(i: number): void {
    if (this.landingsByRegion.has(this.code.region[i]!)) { this.landings(i, this.cur); return; }
    if (!this.depthKnown() || this.depth() !== 0 || !this.cur[M_RET]) {
      this.bad(i, 'indirect', `indirect jump out of a frame (stack depth ${this.depth()}): its target would return through a word of this frame`);
    }
  }

  /** A checked indirect jump: it may land on any jump landing of its region. */
  private landings(i: number, st: Int32Array): void {
    if (this.report) return;
    const ls = this.landingsByRegion.get(this.code.region[i]!);
    if (!ls) return;
    const e0 = this.landEdge[i]!;
    for (let k = 0; k < ls.length; k++) if (this.flow(ls[k]!, st, e0 + k)) this.enqueue(ls[k]!);
  }

  /** Effects of a call that returns: caller-saved registers and the frame's slots are unknown. */
  private callClobber(i: number): void {
    this.def(EAX, i); this.def(ECX, i); this.def(EDX, i);
    const cur = this.cur;
    for (let k = 0; k < NSLOT; k++) cur[SL_OFF + k * SW] = SLOT_EMPTY;
    cur[F_OFF] = F_NONE;
    cur[M_DF] = 1;
  }

  /**
   * After a call whose return site is listed: any checked `ret` may land there, so nothing is known
   * of the callee-saved registers either; a stack address k among them becomes FPU(k) (entry+k
   * only on the call's own return path); the word at depth 0 is no longer known to be ours.
   */
  private hostile(i: number): void {
    if (!this.retSite[this.code.next[i]!]) return;
    for (const r of CALLEE_SAVED) {
      const k = this.kind(r), p1 = this.p(r, 1);
      this.def(r, i);
      if (k === K_STACK || k === K_FPU) this.setKind(r, K_FPU, p1, 0);
    }
    this.cur[M_RET] = 0;
  }

  private callDepth(i: number, f: InsnFacts): boolean {
    if (!this.depthKnown()) { this.quiet(); return false; }
    if (this.depth() - f.form.stackBytes <= -VERIFY_STACK_GUARD) { this.bad(i, 'stack', 'call beyond the stack guard'); return false; }
    return true;
  }

  private call(i: number, f: InsnFacts): void {
    const code = this.code;
    const cur = this.cur;
    const tk = code.tgtKind[i]!;
    this.callDepth(i, f);
    if (tk === TGT_BAD) { this.bad(i, 'control', `call target ${code.tgtName[i]}`); this.callClobber(i); return; }
    if (tk === TGT_EXTERNAL) {
      const role = code.tgtRole[i]!;
      const name = code.tgtName[i]!;
      if (role > 0) {
        if (!isRuntimeRoutine(role)) { this.bad(i, 'control', `call to the runtime variable ${name}`); this.callClobber(i); return; }
        if (isRuntimeNoreturn(role)) { cur[M_REACH] = 0; return; }
        // __svm_slow / __svm_call_xlate: every register preserved; the slot on top of the stack
        // (the argument) is replaced by the translation / the checked target.
        cur[F_OFF] = F_NONE;
        if (!this.depthKnown()) return;
        const d = this.depth();
        const so = this.slotAt(d);
        const x = so >= 0 ? cur[so + 2]! : -1;
        if (role === ROLE_SLOW) {
          this.storeSlotKind(d, this.born(i, 2), K_TRANS, 0);
          cur[this.slotAt(d) + 3] = x;
        } else if (role === ROLE_CALL_XLATE) this.storeSlotKind(d, this.born(i, 2), K_CHK);
        return;
      }
      if (NORETURN.has(name)) { cur[M_REACH] = 0; return; }
    }
    this.callClobber(i);
    this.hostile(i);
  }

  private callInd(i: number, f: InsnFacts): void {
    const op = f.ops[0]!;
    this.callDepth(i, f);
    if (op.k === OP_REG) {
      if (this.kind(op.gpr) === K_CHK) this.rc[C_INDIRECT]!++;
      else this.bad(i, 'indirect', `call through %${reg32(op.gpr)}, which is not a checked target here${describe(this.kind(op.gpr), 0)}`);
    }
    this.callClobber(i);
    this.hostile(i);
  }

  private ret(i: number, f: InsnFacts): void {
    const cur = this.cur;
    cur[M_REACH] = 0;
    if (f.ops.length && f.ops[0]!.k === OP_IMM && f.ops[0]!.imm !== 0) {
      this.bad(i, 'stack', `'ret $${f.ops[0]!.imm}' pops the caller's arguments: the caller's stack depth would be wrong`);
      return;
    }
    if (!this.depthKnown()) { this.quiet(); return; }
    const d = this.depth();
    const so = this.slotAt(d);
    if (so >= 0 && cur[so + 1] === K_RETOK) {
      // A return through a checked word: to a return site or out through the runtime. Its caller
      // (or whichever return site it reaches) assumes DF clear.
      if (d !== 0 && !this.landingCtx) this.bad(i, 'indirect', `return at stack depth ${d} (not the entry depth)`);
      else if (!cur[M_DF]) this.bad(i, 'memory', 'return where DF is not known to be clear (a return site assumes it is)');
      else this.rc[C_RETURNS]!++;
      return;
    }
    if (so >= 0 && cur[so + 1] === K_CHK) {
      // The trampoline: a checked target in the top slot; `ret` jumps there, one slot up.
      this.rc[C_INDIRECT]!++;
      cur[M_REACH] = 1;
      this.setDepth(i, d + f.form.stackBytes);
      this.checkedJump(i);
      cur[M_REACH] = 0;
      return;
    }
    this.bad(i, 'indirect', `return through the word at stack depth ${d} without the return-site check (movl (%esp),%r; subl $__svm_inst_text,%r; cmpl $__svm_text_size,%r; jae; btl %r,__svm_returns; jnc) on every path`);
  }

  // ---- join --------------------------------------------------------------------------------------

  // Join. The first state to reach a block is stored as it is. Later joins name each register's
  // value: registers holding the same value on both sides form a class; a class whose value has
  // the same id on both sides keeps it (an id names "the value its definition site computed
  // last", which means the same on every path), any other class is named phi(b, highest member).
  // A fact survives a join when it holds on both sides about matching values: held by the same
  // register on both sides, or named by the same id that is not one of the block's phi names
  // (those name values at the block's entry, so the incoming state's refer to an earlier visit).

  private readonly dIds = new Int32Array(8);
  private readonly sIds = new Int32Array(8);
  private readonly jIds = new Int32Array(8);
  private curB = 0;

  private isBName(v: number): boolean {
    const lo = this.phiId(this.curB, 0);
    return v >= lo && v < lo + 16;
  }

  /** The joined name of a value named xd in the stored state and xs in the incoming one, or -2. */
  private match(xd: number, xs: number): number {
    if (xs < 0 || xd < 0) return -2;
    const dIds = this.dIds, sIds = this.sIds;
    for (let r = 7; r >= 0; r--) {
      if (r !== ESP && sIds[r] === xs && dIds[r] === xd) return this.jIds[r]!;
    }
    return xd === xs && !this.isBName(xd) ? xd : -2;
  }

  /** a := a ⊓ b for one value; `id` is its joined id. */
  private joinValue(a: Int32Array, ao: number, b: Int32Array, bo: number, id: number): void {
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
          case K_FPU: if (a[ao + 2] === b[bo + 2]) { k = K_FPU; p1 = a[ao + 2]!; p2 = a[ao + 3]! & b[bo + 3]!; } break;
          case K_FLAGS: k = K_FLAGS; p1 = a[ao + 2]! & b[bo + 2]!; break;
        }
      }
    }
    if (k === K_NONE && (ka === K_FPU || kb === K_FPU) && (ka === K_FPU || ka === K_STACK) && (kb === K_FPU || kb === K_STACK) &&
      a[ao + 2] === b[bo + 2]) {
      // A frame pointer entry+k on every path, checked where a return may have replaced it: FPU(k)
      // with the checks both sides made (STACK needs none: it is entry+k on its paths).
      k = K_FPU; p1 = a[ao + 2]!;
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
  private flow(b: number, src: Int32Array, e: number): boolean {
    const o = b * S;
    const st = this.states;
    if (this.inStart[b + 1]! - this.inStart[b]! === 1) {
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
        POOL.set('edges', grown);
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
    for (let k = this.inStart[b]!; k < this.inStart[b + 1]!; k++) {
      const r = this.edgeRow[this.inList[k]!]!;
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

  private widen(st: Int32Array, b: number): void {
    for (let r = 0; r < 8; r++) {
      if (r === ESP) continue;
      const o = r * VW;
      st[o] = K_NONE; st[o + 1] = this.phiId(b, r); st[o + 2] = 0; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0;
    }
    for (let k = 0; k < NSLOT; k++) st[SL_OFF + k * SW] = SLOT_EMPTY;
    st[F_OFF] = F_NONE;
    st[M_DF] = 0;
  }

  private edgeRows = pooledAll('edges', 1024 * S);
  private edgeCount = 0;
  private readonly rootEdge: Int32Array;
  private readonly fallEdge: Int32Array;
  private readonly takenEdge: Int32Array;
  private readonly landEdge: Int32Array;
  private readonly inStart: Int32Array;
  private readonly inList: Int32Array;
  /** Row of each edge's latest state in edgeRows (-1: nothing flowed yet). */
  private readonly edgeRow: Int32Array;
  private readonly entry = new Int32Array(S);
  private readonly joinSrc = new Int32Array(S);
  private visits!: Uint16Array;

  /** dst := dst ⊓ src at the entry of block b. */
  private joinState(dst: Int32Array, src: Int32Array, b: number): void {
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
        if (dst[vo] === K_STACK && src[vo] === K_STACK && dst[vo + 2] === src[vo + 2]) continue;
        // Different depths: reported at the block (M_CONFLICT); the analysis goes on with one of
        // them so that what follows is not a cascade of the same finding.
        dst[M_CONFLICT] = 1;
        if (dst[vo] !== K_STACK) { dst[vo] = src[vo]!; dst[vo + 2] = src[vo + 2]!; }
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
    dst[M_RET] = dst[M_RET]! & src[M_RET]!;
    dst[M_CONFLICT] = dst[M_CONFLICT]! | src[M_CONFLICT]!;
  }

  private readonly pa = new Int32Array(4);
  private readonly pb = new Int32Array(4);
  private readonly po = new Int32Array(4);
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

function boundOfValue(st: Int32Array, o: number): number {
  switch (st[o]) {
    case K_AND: return st[o + 2]! >>> 0;
    case K_ENTRY: return st[o + 3]!;
    case K_PGOFF: return PAGE_MASK;
    case K_CONST: return st[o + 3] === ROLE_NONE && st[o + 2]! >= 0 ? st[o + 2]! : -1;
    default: return -1;
  }
}

const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
function reg32(r: number): string { return R32[r] ?? '?'; }
function hex(v: number): string { return '0x' + (v >>> 0).toString(16); }

/** What the register is known to hold, for messages. */
function describe(k: number, p1: number): string {
  switch (k) {
    case K_NONE: return '';
    case K_CONST: return ` (it holds the constant ${p1})`;
    case K_STACK: return ' (it holds a stack address)';
    case K_XV: return " (the stlb tag was not checked: no 'cmpl $0xfff; ja' hit edge on this path)";
    case K_HIT: return " (the mapped window was not added: no 'addl __svm_stlb+4(%e)')";
    case K_ENTRY: case K_AND: return ' (it holds a small bounded integer)';
    case K_TXO: case K_TXB: case K_TXT: return ' (a text offset whose check is incomplete)';
    case K_STKC: return ' (its stack check is incomplete)';
    case K_CHK: return ' (it holds a checked code address)';
    case K_RXO: case K_RXB: case K_RXT: return ' (a return address whose return-site check is incomplete)';
    case K_FPU: return ' (a frame pointer a return into this function may have replaced: no stack check after the call, or at the jump landing)';
    default: return '';
  }
}

