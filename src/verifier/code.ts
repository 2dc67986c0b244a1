// The verifier's instruction stream: the one representation both front ends (assembly IR, ELF
// machine code) produce and the analysis core (analyze.ts) consumes. It owns: per-instruction facts
// (form, operands aligned with the table's operand specs, the explicit memory operand, registers
// written — all derived from src/isa), the symbol roles of the SVM ABI, control-flow facts (fall
// through, direct targets), entry points, indirect-transfer landing points, regions, and locations.
//
// Invariants:
// - `ops[k]` describes `form.operands[k]` (implicit operands included), whatever the front end.
// - A symbol has a runtime role only when it is named like an abi.ts SYM and the module does not
//   define it (a module that defines one is rejected by the front end: the loader binds those).
// - `next[i]` is the instruction that follows i in its section (-1: none, NEXT_DATA: data follows).
// - Control-flow targets are instruction indices (every one an instruction boundary) or external.

import { effects, type OperandShape } from '../isa/effects.js';
import type { Form, Register } from '../isa/index.js';
import { SYM } from '../svm-runtime/abi.js';

// ---- symbol roles (the runtime symbols of abi.ts SYM) -------------------------------------------

/** No symbol. */
export const ROLE_NONE = 0;
/** A symbol that is not a runtime symbol (module-defined or an ordinary external). */
export const ROLE_OTHER = -1;
export const ROLE_STLB = 1, ROLE_SLOW = 2, ROLE_FS_BASE = 3, ROLE_GS_BASE = 4, ROLE_VM_TEXT = 5, ROLE_TEXT_SIZE = 6,
  ROLE_INST_TEXT = 7, ROLE_TARGETS = 8, ROLE_CALL_XLATE = 9, ROLE_BAD_TARGET = 10, ROLE_STACK_LO = 11, ROLE_STACK_HI = 12,
  ROLE_STACK_FAULT = 13, ROLE_RETURNS = 14, ROLE_RET_OUT = 15, ROLE_BAD_RETURN = 16, ROLE_VIF = 17, ROLE_DELTA = 18;

/** Runtime role of each SYM name. */
export const RUNTIME_ROLES: ReadonlyMap<string, number> = new Map<string, number>([
  [SYM.stlb, ROLE_STLB], [SYM.slow, ROLE_SLOW], [SYM.fsBase, ROLE_FS_BASE], [SYM.gsBase, ROLE_GS_BASE],
  [SYM.vmText, ROLE_VM_TEXT], [SYM.textSize, ROLE_TEXT_SIZE], [SYM.instText, ROLE_INST_TEXT], [SYM.targets, ROLE_TARGETS],
  [SYM.callXlate, ROLE_CALL_XLATE], [SYM.badTarget, ROLE_BAD_TARGET], [SYM.stackLo, ROLE_STACK_LO], [SYM.stackHi, ROLE_STACK_HI],
  [SYM.stackFault, ROLE_STACK_FAULT], [SYM.returns, ROLE_RETURNS], [SYM.retOut, ROLE_RET_OUT], [SYM.badReturn, ROLE_BAD_RETURN],
  [SYM.vif, ROLE_VIF], [SYM.delta, ROLE_DELTA],
]);
export const ROLE_NAMES: readonly string[] = ['', ...[...RUNTIME_ROLES.keys()]];

/** Runtime routines (may be called); the others are variables or link-time values. */
export function isRuntimeRoutine(role: number): boolean {
  return role === ROLE_SLOW || role === ROLE_CALL_XLATE || role === ROLE_BAD_TARGET || role === ROLE_STACK_FAULT ||
    role === ROLE_RET_OUT || role === ROLE_BAD_RETURN;
}

/**
 * Runtime routines that never return to the module (abi.ts: "never returns"; __svm_ret_out leaves
 * the instance through the checked return address, or aborts).
 */
export function isRuntimeNoreturn(role: number): boolean {
  return role === ROLE_BAD_TARGET || role === ROLE_STACK_FAULT || role === ROLE_RET_OUT || role === ROLE_BAD_RETURN;
}

// ---- operands ---------------------------------------------------------------------------------

export const OP_NONE = 0, OP_REG = 1, OP_IMM = 2, OP_MEM = 3, OP_REL = 4;

/** One operand of form.operands, as the analysis sees it. */
export interface VOp {
  readonly k: number;
  /** OP_REG: the register. */
  readonly reg: Register | null;
  /** OP_REG: GPR number (0..7) for general registers, -1 otherwise. */
  readonly gpr: number;
  /** OP_IMM: the constant (int32) — for a symbolic immediate, its addend. */
  readonly imm: number;
  /** OP_IMM: ROLE_NONE (plain constant), ROLE_OTHER (symbolic) or a runtime role. */
  readonly role: number;
  /** Symbol name of a symbolic immediate (for messages). */
  readonly sym: string | null;
}

export const NO_OP: VOp = { k: OP_NONE, reg: null, gpr: -1, imm: 0, role: ROLE_NONE, sym: null };

export function regOp(r: Register): VOp {
  return { k: OP_REG, reg: r, gpr: r.gpr, imm: 0, role: ROLE_NONE, sym: null };
}

export function immOp(value: number, role: number, sym: string | null): VOp {
  return { k: OP_IMM, reg: null, gpr: -1, imm: value | 0, role, sym };
}

export const MEM_OP: VOp = { k: OP_MEM, reg: null, gpr: -1, imm: 0, role: ROLE_NONE, sym: null };
export const REL_OP: VOp = { k: OP_REL, reg: null, gpr: -1, imm: 0, role: ROLE_NONE, sym: null };

/** The explicit memory operand of an instruction (x86 has at most one). */
export interface VMem {
  /** Segment override register number (es cs ss ds fs gs = 0..5), or -1. */
  readonly seg: number;
  /** GPR numbers or -1. */
  readonly base: number;
  readonly index: number;
  readonly scale: number;
  /** Constant part of the displacement (int32; a symbol's addend). */
  readonly disp: number;
  /** ROLE_NONE (no symbol), ROLE_OTHER, or the runtime role of the displacement's symbol. */
  readonly role: number;
  /** Symbol name (for messages). */
  readonly sym: string | null;
  /** The displacement is an expression that is neither `c` nor `sym+c`. */
  readonly complex: boolean;
  /** Bytes accessed (0 when the operand is unsized: lea). */
  readonly size: number;
  /** Machine code: offset of the displacement field in the instruction (-1: none); assembly: absent. */
  readonly dispAt?: number;
}

/** Semantic classes the abstract interpreter models (from Form.op); SEM_GENERIC: table effects only. */
export const SEM_GENERIC = 0, SEM_MOV = 1, SEM_LEA = 2, SEM_PUSH = 3, SEM_POP = 4, SEM_LEAVE = 5, SEM_ENTER = 6,
  SEM_ADD = 7, SEM_SUB = 8, SEM_SHR = 9, SEM_AND = 10, SEM_NEG = 11, SEM_XOR = 12, SEM_CMP = 13, SEM_BT = 14,
  SEM_JCC = 15, SEM_CMOV = 16, SEM_CALL = 17, SEM_CALLIND = 18, SEM_JMP = 19, SEM_JMPIND = 20, SEM_RET = 21,
  SEM_STRING = 22, SEM_XCHG = 23, SEM_PUSHF = 24, SEM_POPF = 25, SEM_CLD = 26, SEM_STD = 27, SEM_PUSHA = 28,
  SEM_POPA = 29, SEM_PUSHSEG = 30, SEM_STOP = 31, SEM_OR = 32;

const SEM_BY_OP: ReadonlyMap<string, number> = new Map([
  ['mov', SEM_MOV], ['lea', SEM_LEA], ['push', SEM_PUSH], ['pop', SEM_POP], ['leave', SEM_LEAVE], ['enter', SEM_ENTER],
  ['add', SEM_ADD], ['sub', SEM_SUB], ['shr', SEM_SHR], ['and', SEM_AND], ['neg', SEM_NEG], ['xor', SEM_XOR],
  ['cmp', SEM_CMP], ['bt', SEM_BT], ['cmovcc', SEM_CMOV], ['xchg', SEM_XCHG], ['pushf', SEM_PUSHF], ['popf', SEM_POPF],
  ['cld', SEM_CLD], ['std', SEM_STD], ['pusha', SEM_PUSHA], ['popa', SEM_POPA], ['pushseg', SEM_PUSHSEG], ['or', SEM_OR],
]);

export function semOf(form: Form): number {
  if (form.implicitMem === 'string') return SEM_STRING;
  switch (form.flow) {
    case 'jcc': return SEM_JCC;
    case 'jmp': return SEM_JMP;
    case 'ijmp': return SEM_JMPIND;
    case 'call': return SEM_CALL;
    case 'icall': return SEM_CALLIND;
    case 'ret': return SEM_RET;
    case 'iret': case 'trap': case 'halt': return SEM_STOP;
    default: return SEM_BY_OP.get(form.op) ?? SEM_GENERIC;
  }
}

/** Everything about one instruction that does not depend on where it is (shared between programs). */
export interface InsnFacts {
  readonly form: Form;
  readonly sem: number;
  readonly ops: readonly VOp[];
  /** Index in ops of the explicit memory operand (rm/mem/moffs with memory), or -1. */
  readonly memIdx: number;
  readonly mem: VMem | null;
  /** A repeat prefix that the form gives meaning to (string instructions). */
  readonly rep: boolean;
  /** Segment override on a string instruction (or any prefix-only override), or -1. */
  readonly seg: number;
  /** GPRs written in whole or in part (table effects). */
  readonly wmask: number;
}

/** Builds InsnFacts from operands aligned with form.operands. */
export function makeFacts(form: Form, ops: readonly VOp[], mem: VMem | null, memIdx: number, rep: boolean, seg: number): InsnFacts {
  return { form, sem: semOf(form), ops, memIdx, mem, rep, seg, wmask: writeMask(form, ops, rep) };
}

const REG_INDEX = new Map<Register, number>();
/** Per form: operand-shape key (register numbers and operand kinds, rep) -> write mask. */
const WMASK: (Map<number, number> | undefined)[] = [];

/** GPRs the instruction writes (effects() of the table), memoised by form and register operands. */
function writeMask(form: Form, ops: readonly VOp[], rep: boolean): number {
  let key = rep ? 1 : 0;
  for (let k = 0; k < ops.length && k < 3; k++) {
    const o = ops[k]!;
    let r = 0;
    if (o.k === OP_REG) {
      r = REG_INDEX.get(o.reg!) ?? -1;
      if (r < 0) REG_INDEX.set(o.reg!, (r = REG_INDEX.size));
      r += 8;
    } else r = o.k;
    key = key * 128 + r;
  }
  let byForm = WMASK[form.id];
  if (!byForm) WMASK[form.id] = byForm = new Map();
  let m = byForm.get(key);
  if (m !== undefined && ops.length <= 3) return m;
  // effects() takes the operands AT&T writes (implicit constants never are).
  const shapes: OperandShape[] = [];
  form.operands.forEach((s, k) => {
    if (s.value !== undefined) return;
    const o = ops[k]!;
    if (o.k === OP_REG) shapes.push({ kind: 'reg', reg: o.reg });
    else if (o.k === OP_IMM) shapes.push({ kind: 'imm', constValue: null });
    else if (o.k === OP_MEM) shapes.push({ kind: 'mem', base: null, index: null });
    else shapes.push({ kind: 'target' });
  });
  const fx = effects(form, shapes, rep);
  m = fx.regKill | fx.regPartial;
  if (ops.length <= 3) byForm.set(key, m);
  return m;
}

// ---- the stream ---------------------------------------------------------------------------------

/** `next` value: the bytes after this instruction are data, not code. */
export const NEXT_DATA = -2;

/** Direct-target kinds (tgtKind). */
export const TGT_NONE = 0, TGT_INTERNAL = 1, TGT_EXTERNAL = 2, TGT_BAD = 3;

export interface Where {
  /** `file:line:col` (assembly) or `section+0xoff` (machine code). */
  readonly where: string;
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  readonly section?: string;
  readonly offset?: number;
  /** Machine code: the function symbol at or before the offset, `name` or `name+0xoff`. */
  readonly function?: string;
  /** Source line of the original instruction, from the .svm_sites table, when inside a site. */
  readonly siteLine?: number;
}

export type Rule = 'memory' | 'indirect' | 'privileged' | 'control' | 'stack' | 'code';

export interface Violation extends Where {
  readonly rule: Rule;
  readonly reason: string;
  /** The instruction, when the finding is about one. */
  readonly insn?: string;
}

export interface Code {
  readonly mode: 'asm' | 'elf';
  readonly file: string;
  readonly facts: readonly InsnFacts[];
  /** Fall-through successor (-1 none, NEXT_DATA). */
  readonly next: Int32Array;
  readonly tgtKind: Uint8Array;
  /** TGT_INTERNAL: instruction index. */
  readonly tgt: Int32Array;
  /** TGT_EXTERNAL: symbol name; TGT_BAD: why. */
  readonly tgtName: (string | null)[];
  /** TGT_EXTERNAL: runtime role or ROLE_OTHER. */
  readonly tgtRole: Int8Array;
  /** Entry points (instruction indices): functions, global symbols, call targets, call landings. */
  readonly roots: readonly number[];
  /** Indirect-transfer landings that are not function entries (jump-table targets). */
  readonly jumpLandings: readonly number[];
  /** Every instruction `.svm_targets` lists (function entries and jump landings): the target bitmap. */
  readonly targets: readonly number[];
  /**
   * Function entries (function and global symbols at instruction boundaries, function entries of
   * `.svm_targets`): the only places the hypervisor may enter the instance.
   */
  readonly entries: readonly number[];
  /** Machine code: each instruction's offset from the module text start (loader/image.ts); assembly: null. */
  readonly textOffset: Int32Array | null;
  /** Machine code: bytes of module text (loader/image.ts); assembly: 0. */
  readonly textSize: number;
  /**
   * Return sites (`.svm_returns`): instructions any checked `ret` may return to. The loader builds
   * the return-site bitmap from exactly these entries.
   */
  readonly returnSites: readonly number[];
  /** The object is of --svm segment (its marker section, svm-runtime/segment.ts): %gs/%fs accesses are confined. */
  readonly confined: boolean;
  /** Region (function, with `.cold` parts merged into their parent) of each instruction. */
  readonly region: Int32Array;
  readonly regionCount: number;
  /** Function symbols (for the report). */
  readonly functions: number;
  /** Bytes of machine code analysed (machine-code mode; 0 in assembly mode). */
  readonly codeBytes: number;
  /** Findings of the front end (undecodable bytes, bad targets, runtime symbols defined ...). */
  readonly violations: Violation[];
  where(i: number): Where;
  /** Where a finding about no particular instruction belongs. */
  fileWhere(): Where;
  /** The instruction as text (for messages). */
  text(i: number): string;
}

/** Names gcc gives the out-of-line parts of a function (they share their parent's frame). */
export function regionName(fn: string): string {
  return fn.replace(/\.cold(\.\d+)?$/, '');
}

export function isColdPart(fn: string): boolean {
  return /\.cold(\.\d+)?$/.test(fn);
}
