// The abstract domain of the verifier's analysis (what analysis/index.ts and the passes share):
// the layout of a state (one dense Int32Array: 8 register values, the flags fact, K stack slots,
// misc bits), the value kinds that are the proof steps of the ABI's inserted sequences, the flags
// facts, access classes and counters, and how a state or value reads in a message. Owns no
// behaviour beyond pure helpers; the transfer functions and the join live in their own files.
//
// See analysis/index.ts for what each kind proves and how the passes use them.

import * as ABI from '../../svm-runtime/abi.js';
import * as ISA from '../../isa/index.js';
import type { Violation } from '../code.js';
import * as C from '../code.js';

// Imported values as module-local bindings: hot paths then read plain constants and call plain
// functions even under loaders that compile imports to live-binding getters (vitest, tsx).
const { PAGE_SIZE, STACK_GUARD_BYTES, STLB_ENTRIES, STLB_ENTRY_BYTES } = ABI;
const { ROLE_NONE } = C;
const { EBX, ESI, EDI, EBP } = ISA;

/** Guard distance around the hypervisor stack (bytes): stack-relative accesses stay within it (abi.ts). */
export const VERIFY_STACK_GUARD = STACK_GUARD_BYTES;
/** A translation T of va maps the 2-page window [T - (va & 0xfff), T - (va & 0xfff) + WINDOW_BYTES). */
export const WINDOW_BYTES = 2 * PAGE_SIZE;
export const PAGE_MASK = PAGE_SIZE - 1;
export const LOG2_PAGE = Math.log2(PAGE_SIZE);
/** Entry offset of va: ((va >> 12) & (entries - 1)) * entry bytes == (va >> ENTRY_SHIFT) & ENTRY_MASK. */
export const ENTRY_SHIFT = LOG2_PAGE - Math.log2(STLB_ENTRY_BYTES);
export const ENTRY_MASK = (STLB_ENTRIES - 1) * STLB_ENTRY_BYTES;
export const STLB_BYTES = STLB_ENTRIES * STLB_ENTRY_BYTES;
/** Size of the 32-bit runtime variables (__svm_fs_base, __svm_stack_lo ...). */
export const RUNTIME_VAR_BYTES = 4;

// ---- state layout -------------------------------------------------------------------------------

export const VW = 6; // value: kind, id, p1, p2, p3, p4
export const F_OFF = 8 * VW; // flags fact: fkind, id, p1, p2
export const NSLOT = 8;
export const SW = 1 + VW; // slot: depth, value
export const SL_OFF = F_OFF + 4;
export const M_OFF = SL_OFF + NSLOT * SW;
/** Misc bits: reachable; DF known clear; return address intact; depth conflict here; DF known set. */
export const M_REACH = M_OFF, M_DF = M_OFF + 1, M_RET = M_OFF + 2, M_CONFLICT = M_OFF + 3, M_DFS = M_OFF + 4;
export const S = M_OFF + 5;
export const SLOT_EMPTY = 0x7fffffff;
/** Recomputations of a block's entry before it is widened to what is always true. */
export const MAX_VISITS = 200;

// Value kinds.
export const K_NONE = 0;
export const K_CONST = 1; // p1 value, p2 role (ROLE_NONE: plain number), p3 symbol key (symKey) of a ROLE_OTHER constant
export const K_STACK = 2; // p1 offset from its origin; p2 origin: 0 the entry esp, else the id of a checked %esp (frame.ts)
export const K_SHR = 3; // p1 X, p2 s: X >>> s
export const K_AND = 4; // p1 max (unsigned): value in [0, max]
export const K_ENTRY = 5; // p1 X, p2 max: the stlb entry offset of X
export const K_XV = 6; // p1 X, p2 E: X ^ stlb[E].tag, E = ENTRY(X)
export const K_HIT = 7; // p1 X, p2 E: as XV, known <= page mask (the tag matched)
export const K_TRANS = 8; // p1 X (or -1): a translation of X (window reach from here >= WINDOW_REACH)
export const K_DELTA = 9; // p1 X: TRANS(X) - X
export const K_PGOFF = 10; // p1 X: X & page mask
export const K_NEGPG = 11; // p1 X: -(X & page mask)
export const K_LIMRAW = 12; // p1 X, p2 C: C - (X & page mask)
export const K_LIM = 13; // p1 X, p2 pack(C, s): (C - (X & page mask)) >>> s, C >= page mask
export const K_CNT = 14; // p1 X1, p2 pack1, p3 X2, p4 pack2: <= each LIM bound
export const K_TXO = 15; // v - __svm_vm_text
export const K_TXB = 16; // text offset < __svm_text_size
export const K_TXT = 17; // text offset < size, target bit set
export const K_CHK = 18; // checked transfer target
export const K_STKC = 19; // p1 bits: 1 >= __svm_stack_lo, 2 < __svm_stack_hi (on %esp: an unchecked stack pointer)
export const K_FLAGS = 20; // p1 DF when saved: bit 0 known clear, bit 1 known set
export const K_RXO = 21; // p1 X: X - __svm_inst_text (X a return address read from the stack)
export const K_RXB = 22; // p1 X: as RXO, known < __svm_text_size
export const K_RXT = 23; // p1 X: as RXB, return-site bit set
export const K_RETOK = 24; // a stack slot whose word passed the return-site check
export const K_FPU = 25; // p1 k, p2 bits, p3 origin: origin+k on the call's own return path; bits as STKC on every path
export const K_STATUS = 26; // a word with only status flags possibly set (masked for popf)
export const K_NSR = 27; // p1 DF bits as K_FLAGS: a real flags image with its status flags cleared
export const K_SAFEFL = 28; // p1 DF bits: status flags of a driver word, every other bit the real flags' (popf may load it)
export const K_BLIMRAW = 29; // p1 X, p2 s: (X & page mask) >>> s (backward string bound, before its + 1)
export const K_TDL = 30; // p1 X: __svm_delta[X >>> 12], the table delta of X's page (abi.ts "Tag-free translation")
export const K_PGC = 31; // p1 c, p2 symbol key (symKey; 0: none): (sym + c) >>> 12, the page of a constant (abi.ts "Constant pages")
export const K_TDLC = 32; // p1 c, p2 symbol key: __svm_delta[(sym + c) >>> 12], the table delta of a constant's page
export const CALLEE_SAVED = [EBX, ESI, EDI, EBP] as const;

/** Which params of a kind are value ids (bit 0 = p1 ...). */
export const ID_PARAMS = new Int8Array(64);
ID_PARAMS[K_SHR] = 1; ID_PARAMS[K_ENTRY] = 1; ID_PARAMS[K_XV] = 3; ID_PARAMS[K_HIT] = 3; ID_PARAMS[K_TRANS] = 1;
ID_PARAMS[K_DELTA] = 1; ID_PARAMS[K_PGOFF] = 1; ID_PARAMS[K_NEGPG] = 1; ID_PARAMS[K_LIMRAW] = 1; ID_PARAMS[K_LIM] = 1;
ID_PARAMS[K_CNT] = 5; ID_PARAMS[K_RXO] = 1; ID_PARAMS[K_RXB] = 1; ID_PARAMS[K_RXT] = 1; ID_PARAMS[K_BLIMRAW] = 1; ID_PARAMS[K_TDL] = 1;

// Flags facts.
export const F_NONE = 0;
export const F_CMPI = 1; // id, p1 constant, p2 role of its symbol: flags of (value - constant)
export const F_CMPM = 2; // id, p1 1 (__svm_stack_lo) / 2 (__svm_stack_hi): flags of (value - variable)
export const F_BT = 3; // id, p1 role of the bitmap (__svm_targets / __svm_returns): CF = its bit of value
export const F_CMPRR = 4; // id (a), p1 id (b): flags of a - b

export const CC_B = 2, CC_AE = 3, CC_E = 4, CC_BE = 6, CC_A = 7;

// Access classes (also the indices of their counters).
export const CL_BAD = -1, CL_NONE = 0, CL_STACK = 1, CL_RUNTIME = 2, CL_TRANS = 3, CL_STKCHK = 4;
// Per-instruction bits: privileged (popf judged apart), explicit memory access, which writes,
// writes flags, writes DF (cld/std/popf modelled apart).
export const B_PRIV = 1, B_MEM = 2, B_MEMW = 4, B_FLAGS = 8, B_DF = 16;
// Other counters of a block run.
export const C_REACHABLE = 0, C_STRING = 5, C_INDIRECT = 6, C_RETURNS = 7, C_FLAGS = 8, NC = 9;

export const packLim = (c: number, s: number): number => c * 32 + s;
export const PACK_MAX_C = 1 << 20;
/** A backward bound ((X & page mask) >>> s) + c of a LIM kind carries this bit in its pack. */
export const PACK_BACK = 1 << 28;
/** Status flags (CF PF AF ZF SF OF): all popf may load from a word the driver controls. */
export const STATUS_FLAGS = 0x8d5;

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

/**
 * A proven tag-free table access (abi.ts): instruction index, base and delta registers,
 * displacement; a constant-page site has base TABLE_NO_BASE, `anchor` = X - D (the constant
 * minus the access's displacement, both of one symbol) and `dispAt`, the offset of the
 * displacement field in the instruction (machine code; -1 in assembly).
 */
export interface TableSite {
  readonly i: number;
  readonly base: number;
  readonly delta: number;
  readonly disp: number;
  readonly anchor?: number;
  readonly dispAt?: number;
}

/** K_CONST params of an immediate: value, role, symbol key (a pushed or stored `$sym` keeps its symbol). */
export function constParams(o: { imm: number; role: number; sym: string | null }): [number, number, number] {
  return [o.imm, o.role, o.role === C.ROLE_OTHER ? symKey(o.sym) : 0];
}

const SYM_KEYS = new Map<string, number>();
/**
 * A number standing for a relocation's symbol in a state (K_CONST p3, K_PGC/K_TDLC p2): equal
 * keys, the same symbol, so the loader adds the same value to both fields. 0: no symbol.
 */
export function symKey(name: string | null): number {
  if (name === null) return 0;
  let k = SYM_KEYS.get(name);
  if (k === undefined) SYM_KEYS.set(name, (k = SYM_KEYS.size + 1));
  return k;
}

export interface AnalysisResult {
  readonly violations: Violation[];
  readonly counts: Counts;
  /** Instructions proven to be table accesses: the only ones whose page fault the miss handler may restart. */
  readonly tableSites: readonly TableSite[];
}

let reachCache: Map<number, boolean> | null = null;
/**
 * Does a run of n elements of `elem` bytes stay in va's window? Forward (DF clear):
 * n <= (C - (va & 0xfff)) >>> s; backward (DF set, `pack` with PACK_BACK): n <= ((va & 0xfff) >>> s) + C,
 * the elements at va, va - elem, ... down to the start of va's page (the window's first page).
 */
export function packFits(pack: number, elem: number, backward: boolean): boolean {
  if (((pack & PACK_BACK) !== 0) !== backward) return false;
  const p = pack & (PACK_BACK - 1);
  const c = Math.floor(p / 32), s = p & 31;
  if (!backward) return limitFits(c, s, elem);
  // (n - 1) * elem <= off for every off: with elem = 2^s, n - 1 <= off >>> s exactly when C <= 1.
  return elem === 2 ** s && c <= 1;
}

/** Does a run of n elements of `elem` bytes, n <= (C - (va & 0xfff)) >>> s, stay in va's window? */
export function limitFits(c: number, s: number, elem: number): boolean {
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
export function getTraceHook(): ((insn: number, state: string) => void) | null {
  return traceHook;
}

export function setTraceHook(hook: ((insn: number, state: string) => void) | null): void {
  traceHook = hook;
}

export const KIND_NAMES = ['-', 'const', 'stack', 'shr', 'and', 'entry', 'xv', 'hit', 'trans', 'delta', 'pgoff', 'negpg', 'limraw', 'lim', 'cnt', 'txo', 'txb', 'txt', 'chk', 'stkc', 'flags',
  'rxo', 'rxb', 'rxt', 'retok', 'fpu', 'status', 'nsr', 'safefl', 'blimraw', 'tdl', 'pgc', 'tdlc'];

/** A state as text: each register's kind, id and params; the flags fact; tracked slots. */
export function describeState(st: Int32Array): string {
  const regs = Array.from({ length: 8 }, (_, r) => `%${R32[r]}=${KIND_NAMES[st[r * VW]!]}#${st[r * VW + 1]}(${st[r * VW + 2]},${st[r * VW + 3]},${st[r * VW + 4]})`);
  const slots: string[] = [];
  for (let k = 0; k < NSLOT; k++) {
    const o = SL_OFF + k * SW;
    if (st[o] !== SLOT_EMPTY) slots.push(`[${st[o]}]=${KIND_NAMES[st[o + 1]!]}#${st[o + 2]}(${st[o + 3]})`);
  }
  return `${regs.join(' ')} flags=${st[F_OFF]}#${st[F_OFF + 1]}(${st[F_OFF + 2]}) ${slots.join(' ')} df=${st[M_DF]}${st[M_DFS] ? ' df-set' : ''} ret=${st[M_RET]}`;
}

/**
 * The large state arrays, kept from one analysis to the next (analyze() runs to completion
 * before another can start, so one set suffices): verifying many objects allocates no new ones.
 */
export const POOL = new Map<string, Int32Array>();
export function pooled(name: string, size: number): Int32Array {
  let a = POOL.get(name);
  if (!a || a.length < size) POOL.set(name, (a = new Int32Array(Math.max(size, a ? a.length * 2 : 0))));
  return a.subarray(0, size);
}

/** The whole pooled array (at least `size` long). */
export function pooledAll(name: string, size: number): Int32Array {
  pooled(name, size);
  return POOL.get(name)!;
}


export function boundOfValue(st: Int32Array, o: number): number {
  switch (st[o]) {
    case K_AND: return st[o + 2]! >>> 0;
    case K_ENTRY: return st[o + 3]!;
    case K_PGOFF: return PAGE_MASK;
    case K_CONST: return st[o + 3] === ROLE_NONE && st[o + 2]! >= 0 ? st[o + 2]! : -1;
    default: return -1;
  }
}

export const R32 = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
export function reg32(r: number): string { return R32[r] ?? '?'; }
export function hex(v: number): string { return '0x' + (v >>> 0).toString(16); }

/** What the register is known to hold, for messages. */
export function describe(k: number, p1: number): string {
  switch (k) {
    case K_NONE: return '';
    case K_CONST: return ` (it holds the constant ${p1})`;
    case K_STACK: return ' (it holds a stack address)';
    case K_XV: return " (the stlb tag was not checked: no 'cmpl $0xfff; ja' hit edge on this path)";
    case K_HIT: return " (the mapped window was not added: no 'addl __svm_stlb+4(%e)')";
    case K_ENTRY: case K_AND: return ' (it holds a small bounded integer)';
    case K_TDL: return " (a table delta of another value's page: the base was redefined, or is not the value shifted)";
    case K_TDLC: return ' (the table delta of a constant\'s page: only D(%d) with D the same symbol, within reach)';
    case K_TXO: case K_TXB: case K_TXT: return ' (a text offset whose check is incomplete)';
    case K_STKC: return ' (its stack check is incomplete)';
    case K_CHK: return ' (it holds a checked code address)';
    case K_RXO: case K_RXB: case K_RXT: return ' (a return address whose return-site check is incomplete)';
    case K_FPU: return ' (a frame pointer a return into this function may have replaced: no stack check after the call, or at the jump landing)';
    case K_FLAGS: case K_NSR: case K_STATUS: case K_SAFEFL: return ' (a flags word)';
    default: return '';
  }
}
