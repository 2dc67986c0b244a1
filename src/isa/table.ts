// THE instruction table of twindrivers: every x86-32 instruction form the toolkit knows, with its
// operands (kind, size, read/write role, where encoded), implicit registers, flags read / written /
// left undefined, memory access, control flow, privilege, lock/rep rules and encoding.
//
// Parser, printer, liveness, rewriter, verifier, decoder and emulator all read these facts from
// here and nowhere else. The families below are notation for writing the table compactly (one call
// = the forms of one instruction across operand sizes); the result is a flat array of Forms.
//
// Facts follow the Intel SDM vol. 2 (instruction reference) and vol. 1 appendix A (EFLAGS cross
// reference). AT&T spellings follow GNU as 2.40.

import { AF, CF, CONDITION_CODES, DF, IF, OF, OSZAP, OSZAPC, PF, SF, SZAPC, TF, ZF } from './flags.js';
import { reg, type Register } from './registers.js';
import type {
  Encoding, FlagEffect, Flow, Form, ImplicitMem, InsnClass, MemAccess, OperandSpec, Privilege, Role,
} from './types.js';

// ---------------------------------------------------------------------------------------------
// Operand notation

const R = (size: number, role: Role = 'r'): OperandSpec => ({ kind: 'reg', size, role, loc: 'modrm.reg' });
const RM = (size: number, role: Role = 'r'): OperandSpec => ({ kind: 'rm', size, role, loc: 'modrm.rm' });
const M = (size: number, role: Role = 'r'): OperandSpec => ({ kind: 'mem', size, role, loc: 'modrm.rm' });
const RO = (size: number, role: Role = 'r'): OperandSpec => ({ kind: 'regonly', size, role, loc: 'modrm.rm' });
const OPR = (size: number, role: Role = 'r'): OperandSpec => ({ kind: 'reg', size, role, loc: 'opcode' });
const I = (size: number, bytes = size / 8, signExt = false): OperandSpec =>
  ({ kind: 'imm', size, role: 'r', loc: 'imm', encBytes: bytes, signExt });
const I2 = (size: number): OperandSpec => ({ kind: 'imm', size, role: 'r', loc: 'imm2', encBytes: size / 8 });
const ONE: OperandSpec = { kind: 'imm', size: 8, role: 'r', loc: 'implicit', value: 1, optional: true };
const FX = (name: string, role: Role = 'r', optional = false): OperandSpec =>
  ({ kind: 'fixed', size: reg(name).size, role, loc: 'implicit', fixed: reg(name), ...(optional ? { optional } : {}) });
const REL = (bytes: number): OperandSpec => ({ kind: 'rel', size: 32, role: 'r', loc: 'rel', encBytes: bytes });
const MOFFS = (size: number, role: Role, bytes = 4): OperandSpec => ({ kind: 'moffs', size, role, loc: 'moffs', encBytes: bytes });
const SREG = (role: Role, loc: 'modrm.reg' = 'modrm.reg'): OperandSpec => ({ kind: 'sreg', size: 16, role, loc });
const CREG = (role: Role): OperandSpec => ({ kind: 'creg', size: 32, role, loc: 'modrm.reg' });
const DREG = (role: Role): OperandSpec => ({ kind: 'dreg', size: 32, role, loc: 'modrm.reg' });
const ST = (role: Role, loc: 'modrm.rm' | 'implicit' = 'modrm.rm'): OperandSpec =>
  loc === 'implicit'
    ? { kind: 'st', size: 80, role, loc, fixed: reg('st(0)') }
    : { kind: 'st', size: 80, role, loc };
const XR = (role: Role): OperandSpec => ({ kind: 'xmm', size: 128, role, loc: 'modrm.reg' });
const XRM = (size: number, role: Role): OperandSpec => ({ kind: 'xmm', size, role, loc: 'modrm.rm' });

const SFX: Record<number, string> = { 8: 'b', 16: 'w', 32: 'l' };
const p66 = (size: number): { prefix?: 0x66 } => (size === 16 ? { prefix: 0x66 } : {});
/** Opcode with the w bit: the byte form at `op8`, the word/dword form at `op8 + 1`. */
const wbit = (op8: number, size: number): number => (size === 8 ? op8 : op8 + 1);

// ---------------------------------------------------------------------------------------------
// Form definitions

interface Def {
  op: string;
  /** AT&T base name; names become base+suffix and base (size resolved from registers). */
  base?: string;
  /** Explicit AT&T spellings (replaces the base-derived ones); the first is the canonical mnemonic. */
  names?: string[];
  size?: number;
  ops?: OperandSpec[];
  ir?: string[];
  iw?: string[];
  fr?: number;
  fw?: number;
  fu?: number;
  countRule?: FlagEffect['countRule'];
  implicitMem?: ImplicitMem;
  /** Form.stackBytes where it is not the operation size (pusha/popa, call/ret, enter/leave, far forms). */
  stack?: number;
  stringIo?: { src: MemAccess; dst: MemAccess };
  flow?: Flow;
  priv?: Privilege;
  lock?: boolean;
  rep?: 'rep' | 'repcc';
  cc?: number;
  cls: InsnClass;
  exec?: boolean;
  enc: Encoding;
  decodeOnly?: boolean;
  asmOnly?: boolean;
  bitBase?: boolean;
  /** Explicit memory access kind, where the operand role does not say it (prefetch, invlpg). */
  mem?: MemAccess;
  /** 'ignored': the CPU runs the form unchanged under a 66 prefix (Form.o16Ignored; byte forms default to it). */
  o16?: 'ignored';
  /** Form.legacy (implies decodeOnly). */
  legacy?: boolean;
}

/** Classes whose byte-sized forms the CPU runs unchanged under a 66 prefix. */
const O16_BYTE_CLASSES: ReadonlySet<InsnClass> = new Set(['alu', 'shift', 'muldiv', 'move', 'convert', 'bit', 'string', 'flag', 'atomic', 'io']);

const forms: Form[] = [];

function def(d: Def): void {
  const size = d.size ?? 0;
  const ops = d.ops ?? [];
  let names: string[];
  if (d.names) names = d.names;
  else if (d.base !== undefined) names = size && SFX[size] ? [d.base + SFX[size], d.base] : [d.base];
  else throw new Error(`internal: form ${d.op} has no name`);
  const memOp = ops.find((o) => o.kind === 'rm' || o.kind === 'mem' || o.kind === 'moffs');
  const mem: MemAccess = d.mem ?? (memOp ? (memOp.role === 'none' ? 'none' : memOp.role) : 'none');
  const fw = d.fw ?? 0;
  forms.push({
    id: forms.length,
    op: d.op,
    mnemonic: names[0]!,
    names,
    size,
    operands: ops,
    implicitRead: (d.ir ?? []).map(reg),
    implicitWrite: (d.iw ?? []).map(reg),
    flags: { read: d.fr ?? 0, write: fw, undef: d.fu ?? 0, ...(d.countRule ? { countRule: d.countRule } : {}) },
    mem,
    implicitMem: d.implicitMem ?? 'none',
    stackBytes: d.implicitMem === 'push' || d.implicitMem === 'pop' ? d.stack ?? size / 8 : 0,
    ...(d.stringIo ? { stringIo: d.stringIo } : {}),
    flow: d.flow ?? 'seq',
    privilege: d.priv ?? null,
    lockable: d.lock ?? false,
    rep: d.rep ?? 'none',
    ...(d.cc !== undefined ? { cc: d.cc } : {}),
    cls: d.cls,
    exec: d.exec ?? true,
    enc: d.enc,
    decodeOnly: (d.decodeOnly ?? false) || (d.legacy ?? false),
    asmOnly: d.asmOnly ?? false,
    bitBase: d.bitBase ?? false,
    o16Ignored: d.o16 === 'ignored' || (size === 8 && O16_BYTE_CLASSES.has(d.cls) && d.enc.prefix === undefined),
    legacy: d.legacy ?? false,
  });
}

const SIZES = [8, 16, 32] as const;
const WORDS = [16, 32] as const;
const ACC: Record<number, string> = { 8: 'al', 16: 'ax', 32: 'eax' };

// ---- Integer arithmetic and logic -------------------------------------------------------------

/** add/or/adc/sbb/and/sub/xor/cmp: the eight classic ALU ops share one opcode layout (SDM table A-2). */
const ALU = [
  { op: 'add', digit: 0, fr: 0, fu: 0, lock: true },
  { op: 'or', digit: 1, fr: 0, fu: AF, lock: true },
  { op: 'adc', digit: 2, fr: CF, fu: 0, lock: true },
  { op: 'sbb', digit: 3, fr: CF, fu: 0, lock: true },
  { op: 'and', digit: 4, fr: 0, fu: AF, lock: true },
  { op: 'sub', digit: 5, fr: 0, fu: 0, lock: true },
  { op: 'xor', digit: 6, fr: 0, fu: AF, lock: true },
  { op: 'cmp', digit: 7, fr: 0, fu: 0, lock: false },
];
for (const a of ALU) {
  const dst: Role = a.op === 'cmp' ? 'r' : 'rw';
  const base8 = a.digit * 8;
  const common = { op: a.op, base: a.op, fr: a.fr, fw: OSZAPC, fu: a.fu, cls: 'alu' as const };
  for (const s of SIZES) {
    const e = p66(s);
    def({ ...common, size: s, ops: [R(s), RM(s, dst)], lock: a.lock, enc: { ...e, opcode: [wbit(base8, s)], modrm: 'r' } });
    def({ ...common, size: s, ops: [RM(s), R(s, dst)], enc: { ...e, opcode: [wbit(base8 + 2, s)], modrm: 'r' } });
    def({ ...common, size: s, ops: [I(s, s === 32 ? 4 : s / 8), RM(s, dst)], lock: a.lock, enc: { ...e, opcode: [wbit(0x80, s)], modrm: a.digit } });
    def({ ...common, size: s, ops: [I(s, s === 32 ? 4 : s / 8), FX(ACC[s]!, dst)], enc: { ...e, opcode: [wbit(base8 + 4, s)] }, decodeOnly: true });
    if (s !== 8) def({ ...common, size: s, ops: [I(s, 1, true), RM(s, dst)], lock: a.lock, enc: { ...e, opcode: [0x83], modrm: a.digit }, decodeOnly: true });
  }
  def({ ...common, size: 8, ops: [I(8), RM(8, dst)], lock: a.lock, enc: { opcode: [0x82], modrm: a.digit }, decodeOnly: true });
}

for (const s of SIZES) {
  const e = p66(s);
  const t = { op: 'test', base: 'test', size: s, fw: OSZAPC, fu: AF, cls: 'alu' as const };
  def({ ...t, ops: [R(s), RM(s)], enc: { ...e, opcode: [wbit(0x84, s)], modrm: 'r' } });
  def({ ...t, ops: [RM(s), R(s)], enc: { ...e, opcode: [wbit(0x84, s)], modrm: 'r' }, asmOnly: true });
  def({ ...t, ops: [I(s), RM(s)], enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 0 } });
  def({ ...t, ops: [I(s), FX(ACC[s]!)], enc: { ...e, opcode: [wbit(0xa8, s)] }, decodeOnly: true });
  def({ ...t, ops: [I(s), RM(s)], enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 1 }, decodeOnly: true });
}

for (const s of SIZES) {
  const e = p66(s);
  def({ op: 'inc', base: 'inc', size: s, ops: [RM(s, 'rw')], fw: OSZAP, lock: true, cls: 'alu', enc: { ...e, opcode: [wbit(0xfe, s)], modrm: 0 } });
  def({ op: 'dec', base: 'dec', size: s, ops: [RM(s, 'rw')], fw: OSZAP, lock: true, cls: 'alu', enc: { ...e, opcode: [wbit(0xfe, s)], modrm: 1 } });
  if (s !== 8) {
    def({ op: 'inc', base: 'inc', size: s, ops: [OPR(s, 'rw')], fw: OSZAP, cls: 'alu', enc: { ...e, opcode: [0x40], plusReg: true }, decodeOnly: true });
    def({ op: 'dec', base: 'dec', size: s, ops: [OPR(s, 'rw')], fw: OSZAP, cls: 'alu', enc: { ...e, opcode: [0x48], plusReg: true }, decodeOnly: true });
  }
  def({ op: 'not', base: 'not', size: s, ops: [RM(s, 'rw')], lock: true, cls: 'alu', enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 2 } });
  def({ op: 'neg', base: 'neg', size: s, ops: [RM(s, 'rw')], fw: OSZAPC, lock: true, cls: 'alu', enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 3 } });
}

// ---- Multiply and divide ----------------------------------------------------------------------

for (const s of SIZES) {
  const e = p66(s);
  const acc = ACC[s]!;
  const hi = s === 8 ? 'ah' : s === 16 ? 'dx' : 'edx';
  const wr = s === 8 ? ['ax'] : [acc, hi];
  const md = { size: s, cls: 'muldiv' as const };
  def({ ...md, op: 'mul', base: 'mul', ops: [RM(s)], ir: [acc], iw: wr, fw: OSZAPC, fu: SF | ZF | AF | PF, enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 4 } });
  def({ ...md, op: 'imul1', base: 'imul', ops: [RM(s)], ir: [acc], iw: wr, fw: OSZAPC, fu: SF | ZF | AF | PF, enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 5 } });
  const dr = s === 8 ? ['ax'] : [acc, hi];
  def({ ...md, op: 'div', base: 'div', ops: [RM(s)], ir: dr, iw: s === 8 ? ['ax'] : [acc, hi], fw: OSZAPC, fu: OSZAPC, enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 6 } });
  def({ ...md, op: 'idiv', base: 'idiv', ops: [RM(s)], ir: dr, iw: s === 8 ? ['ax'] : [acc, hi], fw: OSZAPC, fu: OSZAPC, enc: { ...e, opcode: [wbit(0xf6, s)], modrm: 7 } });
}
for (const s of WORDS) {
  const e = p66(s);
  const im = { op: 'imul', base: 'imul', size: s, fw: OSZAPC, fu: SF | ZF | AF | PF, cls: 'muldiv' as const };
  def({ ...im, ops: [RM(s), R(s, 'rw')], enc: { ...e, opcode: [0x0f, 0xaf], modrm: 'r' } });
  def({ ...im, op: 'imul3', ops: [I(s, s / 8), RM(s), R(s, 'w')], enc: { ...e, opcode: [0x69], modrm: 'r' } });
  def({ ...im, op: 'imul3', ops: [I(s, 1, true), RM(s), R(s, 'w')], enc: { ...e, opcode: [0x6b], modrm: 'r' }, decodeOnly: true });
  // `imull $12, %eax` is AT&T shorthand for `imull $12, %eax, %eax`.
  def({ ...im, op: 'imul3', ops: [I(s, s / 8), R(s, 'rw')], enc: { ...e, opcode: [0x69], modrm: 'r' }, asmOnly: true });
}

// ---- Shifts and rotates -----------------------------------------------------------------------

const SHIFTS = [
  { op: 'rol', names: ['rol'], digit: 0, fr: 0, fw: CF | OF, fu: 0, rule: 'rotate' as const },
  { op: 'ror', names: ['ror'], digit: 1, fr: 0, fw: CF | OF, fu: 0, rule: 'rotate' as const },
  { op: 'rcl', names: ['rcl'], digit: 2, fr: CF, fw: CF | OF, fu: 0, rule: 'rotate' as const },
  { op: 'rcr', names: ['rcr'], digit: 3, fr: CF, fw: CF | OF, fu: 0, rule: 'rotate' as const },
  { op: 'shl', names: ['shl', 'sal'], digit: 4, fr: 0, fw: OSZAPC, fu: AF, rule: 'shift' as const },
  { op: 'shr', names: ['shr'], digit: 5, fr: 0, fw: OSZAPC, fu: AF, rule: 'shift' as const },
  { op: 'sar', names: ['sar'], digit: 7, fr: 0, fw: OSZAPC, fu: AF, rule: 'shift' as const },
];
for (const sh of SHIFTS) {
  for (const s of SIZES) {
    const e = p66(s);
    const names = sh.names.flatMap((n) => [n + SFX[s], n]);
    const c = { op: sh.op, names, size: s, fr: sh.fr, fw: sh.fw, fu: sh.fu, countRule: sh.rule, cls: 'shift' as const };
    def({ ...c, ops: [I(8, 1), RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xc0, s)], modrm: sh.digit } });
    def({ ...c, ops: [ONE, RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xd0, s)], modrm: sh.digit } });
    def({ ...c, ops: [FX('cl'), RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xd2, s)], modrm: sh.digit } });
    if (sh.op === 'shl') {
      // /6 is an undocumented alias of SHL that the decoder must still size correctly.
      def({ ...c, ops: [I(8, 1), RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xc0, s)], modrm: 6 }, decodeOnly: true });
      def({ ...c, ops: [ONE, RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xd0, s)], modrm: 6 }, decodeOnly: true });
      def({ ...c, ops: [FX('cl'), RM(s, 'rw')], enc: { ...e, opcode: [wbit(0xd2, s)], modrm: 6 }, decodeOnly: true });
    }
  }
}
for (const [op, ib, cl] of [['shld', 0xa4, 0xa5], ['shrd', 0xac, 0xad]] as const) {
  for (const s of WORDS) {
    const e = p66(s);
    const c = { op, base: op, size: s, fw: OSZAPC, fu: AF, countRule: 'shiftd' as const, cls: 'shift' as const };
    def({ ...c, ops: [I(8, 1), R(s), RM(s, 'rw')], enc: { ...e, opcode: [0x0f, ib], modrm: 'r' } });
    def({ ...c, ops: [FX('cl', 'r', true), R(s), RM(s, 'rw')], enc: { ...e, opcode: [0x0f, cl], modrm: 'r' } });
  }
}

// ---- Data movement ----------------------------------------------------------------------------

for (const s of SIZES) {
  const e = p66(s);
  const mv = { op: 'mov', base: 'mov', size: s, cls: 'move' as const };
  def({ ...mv, ops: [R(s), RM(s, 'w')], enc: { ...e, opcode: [wbit(0x88, s)], modrm: 'r' } });
  def({ ...mv, ops: [RM(s), R(s, 'w')], enc: { ...e, opcode: [wbit(0x8a, s)], modrm: 'r' } });
  def({ ...mv, ops: [I(s), RM(s, 'w')], enc: { ...e, opcode: [wbit(0xc6, s)], modrm: 0 } });
  def({ ...mv, ops: [I(s), OPR(s, 'w')], enc: { ...e, opcode: [s === 8 ? 0xb0 : 0xb8], plusReg: true }, decodeOnly: true });
  def({ ...mv, ops: [MOFFS(s, 'r'), FX(ACC[s]!, 'w')], enc: { ...e, opcode: [wbit(0xa0, s)], asize: 32 }, decodeOnly: true });
  def({ ...mv, ops: [FX(ACC[s]!), MOFFS(s, 'w')], enc: { ...e, opcode: [wbit(0xa2, s)], asize: 32 }, decodeOnly: true });
  // 67 A0..A3: a 16-bit offset (moffs16), used with the data segment's base like any offset.
  def({ ...mv, ops: [MOFFS(s, 'r', 2), FX(ACC[s]!, 'w')], enc: { ...e, opcode: [wbit(0xa0, s)], asize: 16 }, legacy: true });
  def({ ...mv, ops: [FX(ACC[s]!), MOFFS(s, 'w', 2)], enc: { ...e, opcode: [wbit(0xa2, s)], asize: 16 }, legacy: true });
}
// Segment registers: storing one is harmless; loading one changes the segment base the SVM
// translation relies on (a privilege class of its own).
// A store is always 16 bits; a register destination gets the selector zero-extended to 32 bits,
// or (with 66) only its low 16 bits (`movw %es,%ax` = 66 8C C0).
def({ op: 'movfromseg', names: ['movw', 'mov'], size: 16, ops: [SREG('r'), M(16, 'w')], o16: 'ignored', cls: 'move', enc: { opcode: [0x8c], modrm: 'r', mod: 'mem' } });
def({ op: 'movfromseg', names: ['movw', 'mov'], size: 16, ops: [SREG('r'), RO(16, 'w')], cls: 'move', enc: { prefix: 0x66, opcode: [0x8c], modrm: 'r', mod: 'reg' } });
def({ op: 'movfromseg', names: ['movl', 'mov'], size: 32, ops: [SREG('r'), RO(32, 'w')], cls: 'move', enc: { opcode: [0x8c], modrm: 'r', mod: 'reg' } });
def({ op: 'movtoseg', names: ['movw', 'mov'], size: 16, ops: [RM(16), SREG('w')], o16: 'ignored', priv: 'segment', cls: 'move', enc: { opcode: [0x8e], modrm: 'r' } });
def({ op: 'movtoseg', names: ['movl', 'mov'], size: 32, ops: [RO(32), SREG('w')], priv: 'segment', cls: 'move', enc: { opcode: [0x8e], modrm: 'r', mod: 'reg' }, asmOnly: true });

// movzx/movsx: AT&T names carry both sizes (movzbl = byte to long).
for (const [op, opc8, opc16, z] of [['movzx', 0xb6, 0xb7, 'z'], ['movsx', 0xbe, 0xbf, 's']] as const) {
  def({ op, names: [`mov${z}bw`, `mov${z}x`], size: 16, ops: [RM(8), R(16, 'w')], cls: 'convert', enc: { prefix: 0x66, opcode: [0x0f, opc8], modrm: 'r' } });
  def({ op, names: [`mov${z}bl`, `mov${z}x`, `mov${z}xb`], size: 32, ops: [RM(8), R(32, 'w')], cls: 'convert', enc: { opcode: [0x0f, opc8], modrm: 'r' } });
  def({ op, names: [`mov${z}wl`, `mov${z}x`, `mov${z}xw`], size: 32, ops: [RM(16), R(32, 'w')], cls: 'convert', enc: { opcode: [0x0f, opc16], modrm: 'r' } });
  def({ op, names: [`mov${z}ww`], size: 16, ops: [RM(16), R(16, 'w')], cls: 'convert', enc: { prefix: 0x66, opcode: [0x0f, opc16], modrm: 'r' }, decodeOnly: true });
}

for (const s of WORDS) {
  def({ op: 'lea', base: 'lea', size: s, ops: [M(0, 'none'), R(s, 'w')], cls: 'move', enc: { ...p66(s), opcode: [0x8d], modrm: 'r' } });
}

for (const s of SIZES) {
  const e = p66(s);
  const x = { op: 'xchg', base: 'xchg', size: s, lock: true, cls: 'atomic' as const };
  def({ ...x, ops: [R(s, 'rw'), RM(s, 'rw')], enc: { ...e, opcode: [wbit(0x86, s)], modrm: 'r' } });
  def({ ...x, ops: [RM(s, 'rw'), R(s, 'rw')], enc: { ...e, opcode: [wbit(0x86, s)], modrm: 'r' }, asmOnly: true });
  if (s !== 8) def({ ...x, lock: false, ops: [OPR(s, 'rw'), FX(ACC[s]!, 'rw')], enc: { ...e, opcode: [0x90], plusReg: true }, decodeOnly: true });
  def({ op: 'xadd', base: 'xadd', size: s, ops: [R(s, 'rw'), RM(s, 'rw')], fw: OSZAPC, lock: true, cls: 'atomic', enc: { ...e, opcode: [0x0f, wbit(0xc0, s)], modrm: 'r' } });
  def({ op: 'cmpxchg', base: 'cmpxchg', size: s, ops: [R(s), RM(s, 'rw')], ir: [ACC[s]!], iw: [ACC[s]!], fw: OSZAPC, lock: true, cls: 'atomic', enc: { ...e, opcode: [0x0f, wbit(0xb0, s)], modrm: 'r' } });
}
def({ op: 'cmpxchg8b', names: ['cmpxchg8b'], size: 64, ops: [M(64, 'rw')], ir: ['eax', 'edx', 'ebx', 'ecx'], iw: ['eax', 'edx'], fw: ZF, lock: true, cls: 'atomic', enc: { opcode: [0x0f, 0xc7], modrm: 1, mod: 'mem' } });
def({ op: 'bswap', names: ['bswap', 'bswapl'], size: 32, ops: [OPR(32, 'rw')], cls: 'convert', enc: { opcode: [0x0f, 0xc8], plusReg: true } });

// Conversions within the accumulator.
def({ op: 'cbw', names: ['cbtw', 'cbw'], size: 16, ir: ['al'], iw: ['ax'], cls: 'convert', enc: { prefix: 0x66, opcode: [0x98] } });
def({ op: 'cwde', names: ['cwtl', 'cwde'], size: 32, ir: ['ax'], iw: ['eax'], cls: 'convert', enc: { opcode: [0x98] } });
def({ op: 'cwd', names: ['cwtd', 'cwd'], size: 16, ir: ['ax'], iw: ['dx'], cls: 'convert', enc: { prefix: 0x66, opcode: [0x99] } });
def({ op: 'cdq', names: ['cltd', 'cdq'], size: 32, ir: ['eax'], iw: ['edx'], cls: 'convert', enc: { opcode: [0x99] } });

// Decimal arithmetic on %al/%ah (SDM "DAA" ... "AAD"); aam with a zero base raises #DE.
const BCD = { size: 8, o16: 'ignored' as const, cls: 'alu' as const };
def({ ...BCD, op: 'daa', names: ['daa'], ir: ['al'], iw: ['al'], fr: CF | AF, fw: OSZAPC, fu: OF, enc: { opcode: [0x27] } });
def({ ...BCD, op: 'das', names: ['das'], ir: ['al'], iw: ['al'], fr: CF | AF, fw: OSZAPC, fu: OF, enc: { opcode: [0x2f] } });
def({ ...BCD, op: 'aaa', names: ['aaa'], ir: ['ax'], iw: ['ax'], fr: AF, fw: OSZAPC, fu: OF | SF | ZF | PF, enc: { opcode: [0x37] } });
def({ ...BCD, op: 'aas', names: ['aas'], ir: ['ax'], iw: ['ax'], fr: AF, fw: OSZAPC, fu: OF | SF | ZF | PF, enc: { opcode: [0x3f] } });
def({ ...BCD, op: 'aam', names: ['aam'], ops: [I(8)], ir: ['al'], iw: ['ax'], fw: OSZAPC, fu: OF | AF | CF, enc: { opcode: [0xd4] } });
def({ ...BCD, op: 'aad', names: ['aad'], ops: [I(8)], ir: ['ax'], iw: ['ax'], fw: OSZAPC, fu: OF | AF | CF, enc: { opcode: [0xd5] } });
// salc (undocumented, D6): %al = CF ? 0xff : 0. GNU as has no mnemonic for it.
def({ ...BCD, op: 'salc', names: ['salc'], iw: ['al'], fr: CF, cls: 'flag', enc: { opcode: [0xd6] }, decodeOnly: true });

// ---- Conditions ---------------------------------------------------------------------------------

for (const cc of CONDITION_CODES) {
  def({ op: 'setcc', names: cc.names.map((n) => `set${n}`), size: 8, ops: [RM(8, 'w')], fr: cc.reads, cc: cc.num, cls: 'flag', enc: { opcode: [0x0f, 0x90 + cc.num], modrm: 0 } });
  for (const s of WORDS) {
    const names = cc.names.flatMap((n) => [`cmov${n}${SFX[s]}`, `cmov${n}`]);
    def({ op: 'cmovcc', names, size: s, ops: [RM(s), R(s, 'rw')], fr: cc.reads, cc: cc.num, cls: 'move', enc: { ...p66(s), opcode: [0x0f, 0x40 + cc.num], modrm: 'r' } });
  }
  def({ op: 'jcc', names: cc.names.map((n) => `j${n}`), ops: [REL(4)], fr: cc.reads, cc: cc.num, flow: 'jcc', cls: 'branch', enc: { opcode: [0x0f, 0x80 + cc.num] } });
  def({ op: 'jcc', names: cc.names.map((n) => `j${n}`), ops: [REL(1)], fr: cc.reads, cc: cc.num, flow: 'jcc', cls: 'branch', enc: { opcode: [0x70 + cc.num] }, decodeOnly: true });
  // 16-bit operand size: a rel16 (0F 8x) and EIP truncated to 16 bits (both encodings).
  def({ op: 'jcc', names: cc.names.map((n) => `j${n}w`), size: 16, ops: [REL(2)], fr: cc.reads, cc: cc.num, flow: 'jcc', cls: 'branch', enc: { prefix: 0x66, opcode: [0x0f, 0x80 + cc.num] }, legacy: true });
  def({ op: 'jcc', names: cc.names.map((n) => `j${n}w`), size: 16, ops: [REL(1)], fr: cc.reads, cc: cc.num, flow: 'jcc', cls: 'branch', enc: { prefix: 0x66, opcode: [0x70 + cc.num] }, legacy: true });
}
// jecxz and loop* count in %ecx, or in %cx under a 67 prefix (jcxz, loopw); a 66 prefix truncates
// the target to 16 bits like every near branch with a 16-bit operand size.
for (const osz of WORDS) {
  for (const asz of WORDS) {
    const cx = asz === 32 ? 'ecx' : 'cx';
    const w = osz === 16 ? 'w' : '';
    const c = { size: osz === 16 ? 16 : 0, ops: [REL(1)], ir: [cx], flow: 'jcc' as const, cls: 'branch' as const, legacy: osz === 16 || asz === 16 };
    const e = (opc: number): Encoding => ({ ...p66(osz), opcode: [opc], asize: asz });
    def({ ...c, op: 'jecxz', names: [asz === 32 ? `jecxz${w}` : `jcxz${w}`], enc: e(0xe3) });
    const sfx = asz === 32 ? ['', 'l'] : ['w'];
    def({ ...c, op: 'loop', names: sfx.map((x) => `loop${x}`), iw: [cx], enc: e(0xe2) });
    def({ ...c, op: 'loope', names: sfx.flatMap((x) => [`loope${x}`, `loopz${x}`]), iw: [cx], fr: ZF, enc: e(0xe1) });
    def({ ...c, op: 'loopne', names: sfx.flatMap((x) => [`loopne${x}`, `loopnz${x}`]), iw: [cx], fr: ZF, enc: e(0xe0) });
  }
}

// ---- Bit operations ---------------------------------------------------------------------------

const BT = [
  { op: 'bt', r: 0xa3, digit: 4, role: 'r' as Role },
  { op: 'bts', r: 0xab, digit: 5, role: 'rw' as Role },
  { op: 'btr', r: 0xb3, digit: 6, role: 'rw' as Role },
  { op: 'btc', r: 0xbb, digit: 7, role: 'rw' as Role },
];
for (const b of BT) {
  for (const s of WORDS) {
    const e = p66(s);
    const c = { op: b.op, base: b.op, size: s, fw: CF | OF | SF | AF | PF, fu: OF | SF | AF | PF, lock: b.role === 'rw', cls: 'bit' as const };
    def({ ...c, ops: [R(s), RM(s, b.role)], enc: { ...e, opcode: [0x0f, b.r], modrm: 'r' }, bitBase: true });
    def({ ...c, ops: [I(8, 1), RM(s, b.role)], enc: { ...e, opcode: [0x0f, 0xba], modrm: b.digit } });
  }
}
for (const [op, opc] of [['bsf', 0xbc], ['bsr', 0xbd]] as const) {
  for (const s of WORDS) {
    // Destination undefined by the SDM when the source is 0 (hardware leaves it unchanged): rw.
    def({ op, base: op, size: s, ops: [RM(s), R(s, 'rw')], fw: OSZAPC, fu: CF | OF | SF | AF | PF, cls: 'bit', enc: { ...p66(s), opcode: [0x0f, opc], modrm: 'r' } });
  }
}

// tzcnt/lzcnt/popcnt: F3-prefixed 0F BC/BD/B8 (66 F3 for 16 bits). gcc writes tzcnt as `rep bsf`
// (same result for a non-zero source on CPUs without BMI1).
for (const s of WORDS) {
  const o16 = s === 16 ? { o16: true } : {};
  def({ op: 'tzcnt', base: 'tzcnt', size: s, ops: [RM(s), R(s, 'w')], fw: OSZAPC, fu: OF | SF | AF | PF, cls: 'bit', enc: { prefix: 0xf3, ...o16, opcode: [0x0f, 0xbc], modrm: 'r' } });
  def({ op: 'lzcnt', base: 'lzcnt', size: s, ops: [RM(s), R(s, 'w')], fw: OSZAPC, fu: OF | SF | AF | PF, cls: 'bit', enc: { prefix: 0xf3, ...o16, opcode: [0x0f, 0xbd], modrm: 'r' } });
  def({ op: 'popcnt', base: 'popcnt', size: s, ops: [RM(s), R(s, 'w')], fw: OSZAPC, cls: 'bit', enc: { prefix: 0xf3, ...o16, opcode: [0x0f, 0xb8], modrm: 'r' } });
}

// ---- Stack ------------------------------------------------------------------------------------

for (const s of WORDS) {
  const e = p66(s);
  const st = { size: s, ir: ['esp'], iw: ['esp'], cls: 'stack' as const };
  def({ ...st, op: 'push', base: 'push', ops: [RM(s)], implicitMem: 'push', enc: { ...e, opcode: [0xff], modrm: 6 } });
  def({ ...st, op: 'push', base: 'push', ops: [OPR(s)], implicitMem: 'push', enc: { ...e, opcode: [0x50], plusReg: true }, decodeOnly: true });
  def({ ...st, op: 'push', base: 'push', ops: [I(s)], implicitMem: 'push', enc: { ...e, opcode: [0x68] } });
  def({ ...st, op: 'push', base: 'push', ops: [I(s, 1, true)], implicitMem: 'push', enc: { ...e, opcode: [0x6a] }, decodeOnly: true });
  def({ ...st, op: 'pop', base: 'pop', ops: [RM(s, 'w')], implicitMem: 'pop', enc: { ...e, opcode: [0x8f], modrm: 0 } });
  def({ ...st, op: 'pop', base: 'pop', ops: [OPR(s, 'w')], implicitMem: 'pop', enc: { ...e, opcode: [0x58], plusReg: true }, decodeOnly: true });
}
// Segment registers: a 32-bit push writes the selector into a 4-byte slot, a 16-bit one (66) into
// a 2-byte slot.
for (const s of WORDS) {
  const x = SFX[s]!;
  for (const [sr, push, pop] of [['es', [0x06], [0x07]], ['cs', [0x0e], null], ['ss', [0x16], [0x17]], ['ds', [0x1e], [0x1f]], ['fs', [0x0f, 0xa0], [0x0f, 0xa1]], ['gs', [0x0f, 0xa8], [0x0f, 0xa9]]] as const) {
    def({ op: 'pushseg', names: [`push${x}`, 'push'], size: s, ops: [FX(sr)], ir: ['esp'], iw: ['esp'], implicitMem: 'push', cls: 'stack', enc: { ...p66(s), opcode: [...push] } });
    if (pop) def({ op: 'popseg', names: [`pop${x}`, 'pop'], size: s, ops: [FX(sr, 'w')], ir: ['esp'], iw: ['esp'], implicitMem: 'pop', priv: 'segment', cls: 'stack', enc: { ...p66(s), opcode: [...pop] } });
  }
}
const GPRS = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
// The 16-bit forms (66) move %esp by 2 (16 for pusha) and leave the upper halves of what they
// load alone: enterw/leavew set %bp, not %ebp.
for (const s of WORDS) {
  const x = SFX[s]!;
  const legacy = s === 16;
  const e = p66(s);
  const regs = s === 32 ? GPRS : ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'];
  def({ op: 'pushf', names: s === 32 ? ['pushfl', 'pushf'] : ['pushfw'], size: s, ir: ['esp'], iw: ['esp'], fr: OSZAPC | DF | TF | IF, implicitMem: 'push', cls: 'stack', enc: { ...e, opcode: [0x9c] }, legacy });
  def({ op: 'popf', names: s === 32 ? ['popfl', 'popf'] : ['popfw'], size: s, ir: ['esp'], iw: ['esp'], fw: OSZAPC | DF | TF | IF, implicitMem: 'pop', priv: 'intflag', cls: 'stack', enc: { ...e, opcode: [0x9d] }, legacy });
  def({ op: 'pusha', names: s === 32 ? ['pushal', 'pusha'] : ['pushaw'], size: s, ir: [...GPRS], iw: ['esp'], stack: s, implicitMem: 'push', cls: 'stack', enc: { ...e, opcode: [0x60] }, legacy });
  def({ op: 'popa', names: s === 32 ? ['popal', 'popa'] : ['popaw'], size: s, ir: ['esp'], iw: s === 32 ? [...GPRS] : ['esp', ...regs.filter((r) => r !== 'sp')], stack: s, implicitMem: 'pop', cls: 'stack', enc: { ...e, opcode: [0x61] }, legacy });
  def({ op: 'leave', names: s === 32 ? ['leave', 'leavel'] : ['leavew'], size: s, ir: ['ebp'], iw: ['esp', s === 32 ? 'ebp' : 'bp'], stack: s / 8, implicitMem: 'pop', cls: 'stack', enc: { ...e, opcode: [0xc9] }, legacy });
  def({ op: 'enter', names: s === 32 ? ['enter', 'enterl'] : [`enter${x}`], size: s, ops: [I(16), I2(8)], ir: ['esp', 'ebp'], iw: ['esp', s === 32 ? 'ebp' : 'bp'], stack: s / 8, implicitMem: 'push', cls: 'stack', enc: { ...e, opcode: [0xc8] }, legacy });
}

// ---- Control transfer -------------------------------------------------------------------------

def({ op: 'jmp', names: ['jmp'], ops: [REL(4)], flow: 'jmp', cls: 'branch', enc: { opcode: [0xe9] } });
def({ op: 'jmp', names: ['jmp'], ops: [REL(1)], flow: 'jmp', cls: 'branch', enc: { opcode: [0xeb] }, decodeOnly: true });
def({ op: 'jmpind', names: ['jmp', 'jmpl'], size: 32, ops: [RM(32)], flow: 'ijmp', cls: 'branch', enc: { opcode: [0xff], modrm: 4 } });
def({ op: 'call', names: ['call', 'calll'], ops: [REL(4)], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'push', flow: 'call', cls: 'call', enc: { opcode: [0xe8] } });
def({ op: 'callind', names: ['call', 'calll'], size: 32, ops: [RM(32)], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'push', flow: 'icall', cls: 'call', enc: { opcode: [0xff], modrm: 2 } });
def({ op: 'ret', names: ['ret', 'retl'], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'pop', flow: 'ret', cls: 'call', enc: { opcode: [0xc3] } });
def({ op: 'retn', names: ['ret', 'retl'], ops: [I(16)], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'pop', flow: 'ret', cls: 'call', enc: { opcode: [0xc2] } });
def({ op: 'lret', names: ['lret', 'lretl'], size: 32, ir: ['esp'], iw: ['esp'], stack: 8, implicitMem: 'pop', flow: 'iret', priv: 'segment', cls: 'call', enc: { opcode: [0xcb] } });
def({ op: 'lret', names: ['lret', 'lretl'], size: 32, ops: [I(16)], ir: ['esp'], iw: ['esp'], stack: 8, implicitMem: 'pop', flow: 'iret', priv: 'segment', cls: 'call', enc: { opcode: [0xca] } });
def({ op: 'ljmp', names: ['ljmp', 'ljmpl'], size: 32, ops: [M(48)], flow: 'ijmp', priv: 'segment', cls: 'branch', enc: { opcode: [0xff], modrm: 5, mod: 'mem' } });
def({ op: 'lcall', names: ['lcall', 'lcalll'], size: 32, ops: [M(48)], ir: ['esp'], iw: ['esp'], stack: 8, implicitMem: 'push', flow: 'icall', priv: 'segment', cls: 'call', enc: { opcode: [0xff], modrm: 3, mod: 'mem' } });
// 16-bit operand size (66): rel16 displacements, 2-byte return addresses, and EIP truncated to 16
// bits after every one of these transfers.
def({ op: 'jmp', names: ['jmpw'], size: 16, ops: [REL(2)], flow: 'jmp', cls: 'branch', enc: { prefix: 0x66, opcode: [0xe9] }, legacy: true });
def({ op: 'jmp', names: ['jmpw'], size: 16, ops: [REL(1)], flow: 'jmp', cls: 'branch', enc: { prefix: 0x66, opcode: [0xeb] }, legacy: true });
def({ op: 'jmpind', names: ['jmpw'], size: 16, ops: [RM(16)], flow: 'ijmp', cls: 'branch', enc: { prefix: 0x66, opcode: [0xff], modrm: 4 }, legacy: true });
def({ op: 'call', names: ['callw'], size: 16, ops: [REL(2)], ir: ['esp'], iw: ['esp'], stack: 2, implicitMem: 'push', flow: 'call', cls: 'call', enc: { prefix: 0x66, opcode: [0xe8] }, legacy: true });
def({ op: 'callind', names: ['callw'], size: 16, ops: [RM(16)], ir: ['esp'], iw: ['esp'], stack: 2, implicitMem: 'push', flow: 'icall', cls: 'call', enc: { prefix: 0x66, opcode: [0xff], modrm: 2 }, legacy: true });
def({ op: 'ret', names: ['retw'], size: 16, ir: ['esp'], iw: ['esp'], stack: 2, implicitMem: 'pop', flow: 'ret', cls: 'call', enc: { prefix: 0x66, opcode: [0xc3] }, legacy: true });
def({ op: 'retn', names: ['retw'], size: 16, ops: [I(16)], ir: ['esp'], iw: ['esp'], stack: 2, implicitMem: 'pop', flow: 'ret', cls: 'call', enc: { prefix: 0x66, opcode: [0xc2] }, legacy: true });
def({ op: 'lret', names: ['lretw'], size: 16, ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'pop', flow: 'iret', priv: 'segment', cls: 'call', enc: { prefix: 0x66, opcode: [0xcb] }, legacy: true });
def({ op: 'lret', names: ['lretw'], size: 16, ops: [I(16)], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'pop', flow: 'iret', priv: 'segment', cls: 'call', enc: { prefix: 0x66, opcode: [0xca] }, legacy: true });
def({ op: 'ljmp', names: ['ljmpw'], size: 16, ops: [M(32)], flow: 'ijmp', priv: 'segment', cls: 'branch', enc: { prefix: 0x66, opcode: [0xff], modrm: 5, mod: 'mem' }, legacy: true });
def({ op: 'lcall', names: ['lcallw'], size: 16, ops: [M(32)], ir: ['esp'], iw: ['esp'], stack: 4, implicitMem: 'push', flow: 'icall', priv: 'segment', cls: 'call', enc: { prefix: 0x66, opcode: [0xff], modrm: 3, mod: 'mem' }, legacy: true });
// Direct far transfers (EA / 9A ptr16:32, ptr16:16 under 66): AT&T `ljmp $selector, $offset`;
// the offset is encoded first.
for (const s of WORDS) {
  const legacy = s === 16;
  const x = s === 16 ? 'w' : '';
  def({ op: 'ljmpdir', names: [`ljmp${x}`], size: s, ops: [I2(16), I(s)], flow: 'jmp', priv: 'segment', cls: 'branch', enc: { ...p66(s), opcode: [0xea] }, legacy });
  def({ op: 'lcalldir', names: [`lcall${x}`], size: s, ops: [I2(16), I(s)], ir: ['esp'], iw: ['esp'], stack: s / 4, implicitMem: 'push', flow: 'call', priv: 'segment', cls: 'call', enc: { ...p66(s), opcode: [0x9a] }, legacy });
}
def({ op: 'iret', names: ['iretw'], size: 16, ir: ['esp'], iw: ['esp'], fw: OSZAPC | DF | TF | IF, stack: 6, implicitMem: 'pop', flow: 'iret', priv: 'intflag', cls: 'system', enc: { prefix: 0x66, opcode: [0xcf] }, legacy: true });
def({ op: 'int1', names: ['int1', 'icebp'], flow: 'trap', priv: 'trapgate', o16: 'ignored', cls: 'system', enc: { opcode: [0xf1] } });
def({ op: 'iret', names: ['iret', 'iretl'], size: 32, ir: ['esp'], iw: ['esp'], fw: OSZAPC | DF | TF | IF, stack: 12, implicitMem: 'pop', flow: 'iret', priv: 'intflag', cls: 'system', enc: { opcode: [0xcf] } });
def({ op: 'int', names: ['int'], ops: [I(8)], flow: 'trap', priv: 'trapgate', o16: 'ignored', cls: 'system', enc: { opcode: [0xcd] } });
def({ op: 'int3', names: ['int3'], flow: 'trap', priv: 'trapgate', o16: 'ignored', cls: 'system', enc: { opcode: [0xcc] } });
def({ op: 'into', names: ['into'], fr: OF, flow: 'trap', priv: 'trapgate', o16: 'ignored', cls: 'system', enc: { opcode: [0xce] } });
def({ op: 'ud2', names: ['ud2', 'ud2a'], flow: 'trap', o16: 'ignored', cls: 'system', enc: { opcode: [0x0f, 0x0b] } });
// ud1 r32, r/m32 (0f b9 /r): #UD like ud2, its operands never read; Linux ends a static_call
// trampoline with `ud1 %esp, %ecx` (0f b9 cc) as the signature its patching checks.
def({ op: 'ud1', base: 'ud1', size: 32, ops: [RM(32, 'none'), R(32, 'none')], flow: 'trap', o16: 'ignored', cls: 'system', enc: { opcode: [0x0f, 0xb9], modrm: 'r' } });

// ---- String instructions ----------------------------------------------------------------------
// Implicit operands: source [%ds:%esi], destination [%es:%edi], count %ecx under a rep prefix
// (rep adds %ecx to the reads and writes; see effects.ts). All read DF.

// Under a 67 prefix the pointers are %si/%di (and the rep count %cx): legacy forms.
for (const asz of WORDS) {
  const [si, di] = asz === 32 ? ['esi', 'edi'] : ['si', 'di'];
  for (const s of SIZES) {
    const e = (op8: number): Encoding => ({ ...p66(s), opcode: [wbit(op8, s)], asize: asz });
    const sfx = SFX[s]!;
    const acc = ACC[s]!;
    const str = { size: s, fr: DF, implicitMem: 'string' as const, cls: 'string' as const, legacy: asz === 16 };
    def({ ...str, op: 'movs', names: [`movs${sfx}`], ir: [si, di], iw: [si, di], stringIo: { src: 'r', dst: 'w' }, rep: 'rep', enc: e(0xa4) });
    def({ ...str, op: 'cmps', names: [`cmps${sfx}`], ir: [si, di], iw: [si, di], fw: OSZAPC, stringIo: { src: 'r', dst: 'r' }, rep: 'repcc', enc: e(0xa6) });
    def({ ...str, op: 'stos', names: [`stos${sfx}`], ir: [acc, di], iw: [di], stringIo: { src: 'none', dst: 'w' }, rep: 'rep', enc: e(0xaa) });
    def({ ...str, op: 'lods', names: [`lods${sfx}`], ir: [si], iw: [acc, si], stringIo: { src: 'r', dst: 'none' }, rep: 'rep', enc: e(0xac) });
    def({ ...str, op: 'scas', names: [`scas${sfx}`], ir: [acc, di], iw: [di], fw: OSZAPC, stringIo: { src: 'none', dst: 'r' }, rep: 'repcc', enc: e(0xae) });
    def({ ...str, op: 'ins', names: [`ins${sfx}`], ir: ['dx', di], iw: [di], stringIo: { src: 'none', dst: 'w' }, rep: 'rep', priv: 'io', cls: 'io', enc: e(0x6c) });
    def({ ...str, op: 'outs', names: [`outs${sfx}`], ir: ['dx', si], iw: [si], stringIo: { src: 'r', dst: 'none' }, rep: 'rep', priv: 'io', cls: 'io', enc: e(0x6e) });
  }
}
// xlat: %al = [%ebx + %al] (%ds, overridable), [%bx + %al] under 67. Its memory access is implicit
// (no operand describes it): legacy.
for (const asz of WORDS) {
  def({ op: 'xlat', names: ['xlat', 'xlatb'], size: 8, ir: [asz === 32 ? 'ebx' : 'bx', 'al'], iw: ['al'], o16: 'ignored', cls: 'move', enc: { opcode: [0xd7], asize: asz }, legacy: true });
}

// ---- Port I/O -----------------------------------------------------------------------------------
// AT&T writes the %dx port as `(%dx)` or `%dx`; the parser accepts both for these fixed operands.

for (const s of SIZES) {
  const e = p66(s);
  const acc = ACC[s]!;
  const io = { base: undefined, size: s, priv: 'io' as const, cls: 'io' as const };
  const nin = [`in${SFX[s]}`, 'in'];
  const nout = [`out${SFX[s]}`, 'out'];
  def({ ...io, op: 'in', names: nin, ops: [I(8, 1), FX(acc, 'w')], enc: { ...e, opcode: [wbit(0xe4, s)] } });
  def({ ...io, op: 'in', names: nin, ops: [FX('dx'), FX(acc, 'w')], enc: { ...e, opcode: [wbit(0xec, s)] } });
  def({ ...io, op: 'out', names: nout, ops: [FX(acc), I(8, 1)], enc: { ...e, opcode: [wbit(0xe6, s)] } });
  def({ ...io, op: 'out', names: nout, ops: [FX(acc), FX('dx')], enc: { ...e, opcode: [wbit(0xee, s)] } });
}

// ---- Flags --------------------------------------------------------------------------------------

def({ op: 'clc', names: ['clc'], o16: 'ignored', fw: CF, cls: 'flag', enc: { opcode: [0xf8] } });
def({ op: 'stc', names: ['stc'], o16: 'ignored', fw: CF, cls: 'flag', enc: { opcode: [0xf9] } });
def({ op: 'cmc', names: ['cmc'], o16: 'ignored', fr: CF, fw: CF, cls: 'flag', enc: { opcode: [0xf5] } });
def({ op: 'cld', names: ['cld'], o16: 'ignored', fw: DF, cls: 'flag', enc: { opcode: [0xfc] } });
def({ op: 'std', names: ['std'], o16: 'ignored', fw: DF, cls: 'flag', enc: { opcode: [0xfd] } });
def({ op: 'cli', names: ['cli'], o16: 'ignored', fw: IF, priv: 'intflag', cls: 'system', enc: { opcode: [0xfa] } });
def({ op: 'sti', names: ['sti'], o16: 'ignored', fw: IF, priv: 'intflag', cls: 'system', enc: { opcode: [0xfb] } });
def({ op: 'lahf', names: ['lahf'], o16: 'ignored', fr: SZAPC, iw: ['ah'], cls: 'flag', enc: { opcode: [0x9f] } });
def({ op: 'sahf', names: ['sahf'], o16: 'ignored', ir: ['ah'], fw: SZAPC, cls: 'flag', enc: { opcode: [0x9e] } });

// ---- No-ops, hints, barriers ----------------------------------------------------------------------

def({ op: 'nop', names: ['nop'], o16: 'ignored', cls: 'nop', enc: { opcode: [0x90] } });
def({ op: 'pause', names: ['pause'], o16: 'ignored', cls: 'nop', enc: { prefix: 0xf3, opcode: [0x90] } });
for (const s of WORDS) {
  def({ op: 'nop', base: 'nop', size: s, ops: [RM(s, 'none')], cls: 'nop', enc: { ...p66(s), opcode: [0x0f, 0x1f], modrm: 0 } });
  // The other hint-NOP encodings (0F 19..0F 1E /r, 0F 1F /1../7, 0F 18 /4../7): no access at all.
  for (let opc = 0x18; opc <= 0x1f; opc++) {
    for (let digit = 0; digit < 8; digit++) {
      if (opc === 0x1f && digit === 0) continue;
      // 0F 18 /0../3 with a memory operand are the prefetches.
      const mod = opc === 0x18 && digit < 4 ? { mod: 'reg' as const } : {};
      def({ op: 'nop', base: 'nop', size: s, ops: [RM(s, 'none')], cls: 'nop', enc: { ...p66(s), opcode: [0x0f, opc], modrm: digit, ...mod }, decodeOnly: true });
    }
  }
}
// endbr32 (CET indirect-branch landing; a no-op where CET is off, as in user mode here).
def({ op: 'nop', names: ['endbr32'], cls: 'nop', enc: { prefix: 0xf3, opcode: [0x0f, 0x1e], modrm: 7, mod: 'reg', rm: 3 } });
def({ op: 'lfence', names: ['lfence'], cls: 'barrier', enc: { opcode: [0x0f, 0xae], modrm: 5, mod: 'reg', rm: 0 } });
def({ op: 'mfence', names: ['mfence'], cls: 'barrier', enc: { opcode: [0x0f, 0xae], modrm: 6, mod: 'reg', rm: 0 } });
def({ op: 'sfence', names: ['sfence'], cls: 'barrier', enc: { opcode: [0x0f, 0xae], modrm: 7, mod: 'reg', rm: 0 } });
// clflush faults like a read on an unmapped address, so it is translated like one.
def({ op: 'clflush', names: ['clflush'], size: 8, ops: [M(8, 'r')], cls: 'barrier', enc: { opcode: [0x0f, 0xae], modrm: 7, mod: 'mem' } });
for (const [n, d] of [['prefetchnta', 0], ['prefetcht0', 1], ['prefetcht1', 2], ['prefetcht2', 3]] as const) {
  def({ op: 'prefetch', names: [n], size: 8, ops: [M(8, 'none')], cls: 'nop', enc: { opcode: [0x0f, 0x18], modrm: d, mod: 'mem' } });
}
def({ op: 'prefetch', names: ['prefetchw'], size: 8, ops: [M(8, 'none')], cls: 'nop', enc: { opcode: [0x0f, 0x0d], modrm: 1, mod: 'mem' } });

// ---- System -------------------------------------------------------------------------------------

def({ op: 'hlt', names: ['hlt'], o16: 'ignored', flow: 'halt', priv: 'ring0', cls: 'system', enc: { opcode: [0xf4] } });
def({ op: 'cpuid', names: ['cpuid'], o16: 'ignored', ir: ['eax', 'ecx'], iw: ['eax', 'ebx', 'ecx', 'edx'], cls: 'system', enc: { opcode: [0x0f, 0xa2] } });
def({ op: 'rdtsc', names: ['rdtsc'], o16: 'ignored', iw: ['eax', 'edx'], cls: 'system', enc: { opcode: [0x0f, 0x31] } });
def({ op: 'rdpmc', names: ['rdpmc'], ir: ['ecx'], iw: ['eax', 'edx'], priv: 'sysinfo', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x33] } });
def({ op: 'rdmsr', names: ['rdmsr'], ir: ['ecx'], iw: ['eax', 'edx'], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x32] } });
def({ op: 'wrmsr', names: ['wrmsr'], ir: ['ecx', 'eax', 'edx'], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x30] } });
def({ op: 'clts', names: ['clts'], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x06] } });
def({ op: 'invd', names: ['invd'], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x08] } });
def({ op: 'wbinvd', names: ['wbinvd'], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x09] } });
def({ op: 'invlpg', names: ['invlpg'], ops: [M(8, 'none')], mem: 'none', priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x01], modrm: 7, mod: 'mem' } });
def({ op: 'sysenter', names: ['sysenter'], flow: 'trap', priv: 'trapgate', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x34] } });
def({ op: 'sysexit', names: ['sysexit'], flow: 'iret', priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x35] } });
for (const [op, d, role, priv] of [['sgdt', 0, 'w', 'sysinfo'], ['sidt', 1, 'w', 'sysinfo'], ['lgdt', 2, 'r', 'ring0'], ['lidt', 3, 'r', 'ring0']] as const) {
  def({ op, names: [op, `${op}l`], size: 48, ops: [M(48, role)], priv, exec: false, cls: 'system', enc: { opcode: [0x0f, 0x01], modrm: d, mod: 'mem' } });
}
def({ op: 'smsw', names: ['smsw', 'smsww'], size: 16, ops: [RM(16, 'w')], priv: 'sysinfo', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x01], modrm: 4 } });
def({ op: 'lmsw', names: ['lmsw', 'lmsww'], size: 16, ops: [RM(16, 'r')], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x01], modrm: 6 } });
for (const [op, d, role, priv] of [['sldt', 0, 'w', 'sysinfo'], ['str', 1, 'w', 'sysinfo'], ['lldt', 2, 'r', 'ring0'], ['ltr', 3, 'r', 'ring0'], ['verr', 4, 'r', 'sysinfo'], ['verw', 5, 'r', 'sysinfo']] as const) {
  const fw = op.startsWith('ver') ? ZF : 0;
  def({ op, names: [op, `${op}w`], size: 16, ops: [RM(16, role)], fw, priv, exec: op.startsWith('ver'), cls: 'system', enc: { opcode: [0x0f, 0x00], modrm: d } });
}
// lar/lsl read a 16-bit selector (the low half of a register, or a word in memory); a failed check
// (ZF clear) leaves the destination unchanged.
for (const [op, opc] of [['lar', 0x02], ['lsl', 0x03]] as const) {
  for (const s of WORDS) {
    const c = { op, base: op, size: s, fw: ZF, priv: 'sysinfo' as const, cls: 'system' as const };
    def({ ...c, ops: [RO(s), R(s, 'rw')], enc: { ...p66(s), opcode: [0x0f, opc], modrm: 'r', mod: 'reg' } });
    def({ ...c, ops: [M(16), R(s, 'rw')], enc: { ...p66(s), opcode: [0x0f, opc], modrm: 'r', mod: 'mem' } });
  }
}
// Far pointer loads: a selector into a segment register and an offset into a register.
for (const [n, opc] of [['lds', [0xc5]], ['les', [0xc4]], ['lss', [0x0f, 0xb2]], ['lfs', [0x0f, 0xb4]], ['lgs', [0x0f, 0xb5]]] as const) {
  for (const s of WORDS) {
    def({ op: 'lfar', base: n, size: s, ops: [M(s + 16), R(s, 'w')], iw: [n.slice(1)], priv: 'segment', cls: 'move', enc: { ...p66(s), opcode: [...opc], modrm: 'r', mod: 'mem' } });
  }
}
// bound: #BR unless lower <= index <= upper (signed, both bounds in memory).
for (const s of WORDS) {
  def({ op: 'bound', base: 'bound', size: s, ops: [R(s), M(2 * s)], flow: 'seq', cls: 'system', enc: { ...p66(s), opcode: [0x62], modrm: 'r', mod: 'mem' } });
}
// arpl: raises the RPL of a selector to another's (ZF says whether it changed).
def({ op: 'arpl', names: ['arpl', 'arplw'], size: 16, ops: [R(16), RM(16, 'rw')], fw: ZF, o16: 'ignored', cls: 'system', enc: { opcode: [0x63], modrm: 'r' } });
def({ op: 'movfromcr', names: ['movl', 'mov'], size: 32, ops: [CREG('r'), RO(32, 'w')], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x20], modrm: 'r' } });
def({ op: 'movtocr', names: ['movl', 'mov'], size: 32, ops: [RO(32), CREG('w')], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x22], modrm: 'r' } });
def({ op: 'movfromdr', names: ['movl', 'mov'], size: 32, ops: [DREG('r'), RO(32, 'w')], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x21], modrm: 'r' } });
def({ op: 'movtodr', names: ['movl', 'mov'], size: 32, ops: [RO(32), DREG('w')], priv: 'ring0', exec: false, cls: 'system', enc: { opcode: [0x0f, 0x23], modrm: 'r' } });

// ---- x87 (recognized with their memory access; not executed) ----------------------------------
// AT&T size suffixes: s = 32-bit float / 16-bit int, l = 64-bit float / 32-bit int, t = 80-bit,
// ll/q = 64-bit int.

const FPU = { cls: 'x87' as const, exec: false };
function fmem(names: string[], opc: number, digit: number, size: number, role: Role, extra: Partial<Def> = {}): void {
  def({ ...FPU, op: names[0]!.replace(/(s|l|t|ll|q)$/, ''), names, size, ops: [M(size, role)], enc: { opcode: [opc], modrm: digit, mod: 'mem' }, ...extra });
}
fmem(['flds'], 0xd9, 0, 32, 'r'); fmem(['fldl'], 0xdd, 0, 64, 'r'); fmem(['fldt'], 0xdb, 5, 80, 'r');
fmem(['fsts'], 0xd9, 2, 32, 'w'); fmem(['fstl'], 0xdd, 2, 64, 'w');
fmem(['fstps'], 0xd9, 3, 32, 'w'); fmem(['fstpl'], 0xdd, 3, 64, 'w'); fmem(['fstpt'], 0xdb, 7, 80, 'w');
fmem(['filds'], 0xdf, 0, 16, 'r'); fmem(['fildl'], 0xdb, 0, 32, 'r'); fmem(['fildll', 'fildq'], 0xdf, 5, 64, 'r');
fmem(['fists'], 0xdf, 2, 16, 'w'); fmem(['fistl'], 0xdb, 2, 32, 'w');
fmem(['fistps'], 0xdf, 3, 16, 'w'); fmem(['fistpl'], 0xdb, 3, 32, 'w'); fmem(['fistpll', 'fistpq'], 0xdf, 7, 64, 'w');
fmem(['fisttps'], 0xdf, 1, 16, 'w'); fmem(['fisttpl'], 0xdb, 1, 32, 'w'); fmem(['fisttpll', 'fisttpq'], 0xdd, 1, 64, 'w');
fmem(['fldcw'], 0xd9, 5, 16, 'r'); fmem(['fnstcw'], 0xd9, 7, 16, 'w'); fmem(['fnstsw'], 0xdd, 7, 16, 'w');
fmem(['fldenv'], 0xd9, 4, 224, 'r'); fmem(['fnstenv'], 0xd9, 6, 224, 'w');
fmem(['frstor'], 0xdd, 4, 864, 'r'); fmem(['fnsave'], 0xdd, 6, 864, 'w');
fmem(['fbld'], 0xdf, 4, 80, 'r'); fmem(['fbstp'], 0xdf, 6, 80, 'w');
def({ ...FPU, op: 'fnstsw', names: ['fnstsw'], ops: [FX('ax', 'w')], enc: { opcode: [0xdf], modrm: 4, mod: 'reg', rm: 0 } });
const FARITH = ['fadd', 'fmul', 'fcom', 'fcomp', 'fsub', 'fsubr', 'fdiv', 'fdivr'];
FARITH.forEach((n, d) => {
  fmem([`${n}s`], 0xd8, d, 32, 'r');
  fmem([`${n}l`], 0xdc, d, 64, 'r');
  fmem([`fi${n.slice(1)}l`], 0xda, d, 32, 'r');
  fmem([`fi${n.slice(1)}s`], 0xde, d, 16, 'r');
  // st(i),st  (D8 /d mod=3)
  def({ ...FPU, op: n, names: [n], ops: [ST('r'), ST('rw', 'implicit')], enc: { opcode: [0xd8], modrm: d, mod: 'reg' } });
});
// st,st(i) and the popping forms of the non-compare operations (DC /d, DE /d; AT&T swaps sub/subr, div/divr here).
for (const [n, d] of [['fadd', 0], ['fmul', 1], ['fsub', 4], ['fsubr', 5], ['fdiv', 6], ['fdivr', 7]] as const) {
  def({ ...FPU, op: n, names: [n], ops: [ST('r', 'implicit'), ST('rw')], enc: { opcode: [0xdc], modrm: d, mod: 'reg' } });
  def({ ...FPU, op: `${n}p`, names: [`${n}p`], ops: [ST('r', 'implicit'), ST('rw')], enc: { opcode: [0xde], modrm: d, mod: 'reg' } });
}
def({ ...FPU, op: 'fld', names: ['fld'], ops: [ST('r')], enc: { opcode: [0xd9], modrm: 0, mod: 'reg' } });
def({ ...FPU, op: 'fxch', names: ['fxch'], ops: [ST('rw')], enc: { opcode: [0xd9], modrm: 1, mod: 'reg' } });
def({ ...FPU, op: 'fst', names: ['fst'], ops: [ST('w')], enc: { opcode: [0xdd], modrm: 2, mod: 'reg' } });
def({ ...FPU, op: 'fstp', names: ['fstp'], ops: [ST('w')], enc: { opcode: [0xdd], modrm: 3, mod: 'reg' } });
def({ ...FPU, op: 'ffree', names: ['ffree'], ops: [ST('w')], enc: { opcode: [0xdd], modrm: 0, mod: 'reg' } });
def({ ...FPU, op: 'fucom', names: ['fucom'], ops: [ST('r')], enc: { opcode: [0xdd], modrm: 4, mod: 'reg' } });
def({ ...FPU, op: 'fucomp', names: ['fucomp'], ops: [ST('r')], enc: { opcode: [0xdd], modrm: 5, mod: 'reg' } });
def({ ...FPU, op: 'fucomi', names: ['fucomi'], ops: [ST('r'), ST('r', 'implicit')], fw: OSZAPC, enc: { opcode: [0xdb], modrm: 5, mod: 'reg' } });
def({ ...FPU, op: 'fcomi', names: ['fcomi'], ops: [ST('r'), ST('r', 'implicit')], fw: OSZAPC, enc: { opcode: [0xdb], modrm: 6, mod: 'reg' } });
def({ ...FPU, op: 'fucomip', names: ['fucomip', 'fucompi'], ops: [ST('r'), ST('r', 'implicit')], fw: OSZAPC, enc: { opcode: [0xdf], modrm: 5, mod: 'reg' } });
def({ ...FPU, op: 'fcomip', names: ['fcomip', 'fcompi'], ops: [ST('r'), ST('r', 'implicit')], fw: OSZAPC, enc: { opcode: [0xdf], modrm: 6, mod: 'reg' } });
CONDITION_CODES.filter((c) => [2, 3, 4, 5, 6, 7, 10, 11].includes(c.num)).forEach((c) => {
  // fcmov{b,e,be,u} are DA /0-3, their negations DB /0-3.
  const idx = { 2: 0, 4: 1, 6: 2, 10: 3, 3: 0, 5: 1, 7: 2, 11: 3 }[c.num as 2]!;
  const neg = (c.num & 1) === 1;
  const nm = { 2: 'b', 3: 'nb', 4: 'e', 5: 'ne', 6: 'be', 7: 'nbe', 10: 'u', 11: 'nu' }[c.num as 2]!;
  def({ ...FPU, op: 'fcmov', names: [`fcmov${nm}`], ops: [ST('r'), ST('w', 'implicit')], fr: c.reads, cc: c.num, enc: { opcode: [neg ? 0xdb : 0xda], modrm: idx, mod: 'reg' } });
});
for (const [n, d, rm] of [
  ['fchs', 4, 0], ['fabs', 4, 1], ['ftst', 4, 4], ['fxam', 4, 5], ['fld1', 5, 0], ['fldl2t', 5, 1], ['fldl2e', 5, 2],
  ['fldpi', 5, 3], ['fldlg2', 5, 4], ['fldln2', 5, 5], ['fldz', 5, 6], ['f2xm1', 6, 0], ['fyl2x', 6, 1], ['fptan', 6, 2],
  ['fpatan', 6, 3], ['fxtract', 6, 4], ['fprem1', 6, 5], ['fdecstp', 6, 6], ['fincstp', 6, 7], ['fprem', 7, 0],
  ['fyl2xp1', 7, 1], ['fsqrt', 7, 2], ['fsincos', 7, 3], ['frndint', 7, 4], ['fscale', 7, 5], ['fsin', 7, 6], ['fcos', 7, 7],
  ['fnop', 2, 0],
] as const) {
  def({ ...FPU, op: n, names: [n], enc: { opcode: [0xd9], modrm: d, mod: 'reg', rm } });
}
def({ ...FPU, op: 'fucompp', names: ['fucompp'], enc: { opcode: [0xda], modrm: 5, mod: 'reg', rm: 1 } });
def({ ...FPU, op: 'fcompp', names: ['fcompp'], enc: { opcode: [0xde], modrm: 3, mod: 'reg', rm: 1 } });
def({ ...FPU, op: 'fnclex', names: ['fnclex'], enc: { opcode: [0xdb], modrm: 4, mod: 'reg', rm: 2 } });
def({ ...FPU, op: 'fninit', names: ['fninit'], enc: { opcode: [0xdb], modrm: 4, mod: 'reg', rm: 3 } });
// fwait only checks for a pending x87 exception (there never is one here): a no-op.
def({ ...FPU, op: 'fwait', names: ['fwait', 'wait'], exec: true, enc: { opcode: [0x9b] } });

// ---- SSE/SSE2 (recognized with their memory access; not executed) -----------------------------

const SIMD = { cls: 'simd' as const, exec: false };
/** op xmm/m, xmm  (load-style: the memory operand is read). */
function sseLoad(names: string[], enc: Encoding, msize: number, dstRole: Role = 'w'): void {
  def({ ...SIMD, op: names[0]!, names, ops: [XRM(msize, 'r'), XR(dstRole)], enc: { ...enc, modrm: 'r' } });
  def({ ...SIMD, op: names[0]!, names, ops: [M(msize, 'r'), XR(dstRole)], enc: { ...enc, modrm: 'r', mod: 'mem' }, asmOnly: true });
}
/** op xmm, xmm/m  (store-style: the memory operand is written). */
function sseStore(names: string[], enc: Encoding, msize: number): void {
  def({ ...SIMD, op: names[0]!, names, ops: [XR('r'), M(msize, 'w')], enc: { ...enc, modrm: 'r', mod: 'mem' } });
}
for (const [n, pfx, ld, st, sz] of [
  ['movups', undefined, 0x10, 0x11, 128], ['movupd', 0x66, 0x10, 0x11, 128], ['movss', 0xf3, 0x10, 0x11, 32], ['movsd', 0xf2, 0x10, 0x11, 64],
  ['movaps', undefined, 0x28, 0x29, 128], ['movapd', 0x66, 0x28, 0x29, 128], ['movdqa', 0x66, 0x6f, 0x7f, 128], ['movdqu', 0xf3, 0x6f, 0x7f, 128],
] as const) {
  sseLoad([n], { ...(pfx ? { prefix: pfx } : {}), opcode: [0x0f, ld] }, sz);
  sseStore([n], { ...(pfx ? { prefix: pfx } : {}), opcode: [0x0f, st] }, sz);
}
for (const [n, op2] of [['add', 0x58], ['mul', 0x59], ['sub', 0x5c], ['min', 0x5d], ['div', 0x5e], ['max', 0x5f], ['sqrt', 0x51]] as const) {
  sseLoad([`${n}ps`], { opcode: [0x0f, op2] }, 128, 'rw');
  sseLoad([`${n}pd`], { prefix: 0x66, opcode: [0x0f, op2] }, 128, 'rw');
  sseLoad([`${n}ss`], { prefix: 0xf3, opcode: [0x0f, op2] }, 32, 'rw');
  sseLoad([`${n}sd`], { prefix: 0xf2, opcode: [0x0f, op2] }, 64, 'rw');
}
for (const [n, pfx, op2] of [['andps', undefined, 0x54], ['andnps', undefined, 0x55], ['orps', undefined, 0x56], ['xorps', undefined, 0x57],
  ['andpd', 0x66, 0x54], ['xorpd', 0x66, 0x57], ['pxor', 0x66, 0xef], ['por', 0x66, 0xeb], ['pand', 0x66, 0xdb], ['paddd', 0x66, 0xfe],
  ['psubd', 0x66, 0xfa], ['pcmpeqb', 0x66, 0x74], ['punpcklbw', 0x66, 0x60], ['unpcklps', undefined, 0x14], ['unpcklpd', 0x66, 0x14]] as const) {
  sseLoad([n], { ...(pfx ? { prefix: pfx } : {}), opcode: [0x0f, op2] }, 128, 'rw');
}
for (const [n, pfx, sz] of [['ucomiss', undefined, 32], ['ucomisd', 0x66, 64]] as const) {
  def({ ...SIMD, op: n, names: [n], ops: [XRM(sz, 'r'), XR('r')], fw: OSZAPC, enc: { ...(pfx ? { prefix: pfx } : {}), opcode: [0x0f, 0x2e], modrm: 'r' } });
}
for (const [n, pfx, sz] of [['comiss', undefined, 32], ['comisd', 0x66, 64]] as const) {
  def({ ...SIMD, op: n, names: [n], ops: [XRM(sz, 'r'), XR('r')], fw: OSZAPC, enc: { ...(pfx ? { prefix: pfx } : {}), opcode: [0x0f, 0x2f], modrm: 'r' } });
}
def({ ...SIMD, op: 'cvtsi2ss', names: ['cvtsi2ssl', 'cvtsi2ss'], ops: [RM(32), XR('w')], enc: { prefix: 0xf3, opcode: [0x0f, 0x2a], modrm: 'r' } });
def({ ...SIMD, op: 'cvtsi2sd', names: ['cvtsi2sdl', 'cvtsi2sd'], ops: [RM(32), XR('w')], enc: { prefix: 0xf2, opcode: [0x0f, 0x2a], modrm: 'r' } });
def({ ...SIMD, op: 'cvttss2si', names: ['cvttss2si', 'cvttss2sil'], ops: [XRM(32, 'r'), R(32, 'w')], enc: { prefix: 0xf3, opcode: [0x0f, 0x2c], modrm: 'r' } });
def({ ...SIMD, op: 'cvttsd2si', names: ['cvttsd2si', 'cvttsd2sil'], ops: [XRM(64, 'r'), R(32, 'w')], enc: { prefix: 0xf2, opcode: [0x0f, 0x2c], modrm: 'r' } });
def({ ...SIMD, op: 'cvtss2sd', names: ['cvtss2sd'], ops: [XRM(32, 'r'), XR('w')], enc: { prefix: 0xf3, opcode: [0x0f, 0x5a], modrm: 'r' } });
def({ ...SIMD, op: 'cvtsd2ss', names: ['cvtsd2ss'], ops: [XRM(64, 'r'), XR('w')], enc: { prefix: 0xf2, opcode: [0x0f, 0x5a], modrm: 'r' } });
def({ ...SIMD, op: 'movd', names: ['movd'], ops: [RM(32), XR('w')], enc: { prefix: 0x66, opcode: [0x0f, 0x6e], modrm: 'r' } });
def({ ...SIMD, op: 'movd', names: ['movd'], ops: [XR('r'), RM(32, 'w')], enc: { prefix: 0x66, opcode: [0x0f, 0x7e], modrm: 'r' } });
def({ ...SIMD, op: 'movq', names: ['movq'], ops: [XRM(64, 'r'), XR('w')], enc: { prefix: 0xf3, opcode: [0x0f, 0x7e], modrm: 'r' } });
def({ ...SIMD, op: 'movq', names: ['movq'], ops: [XR('r'), M(64, 'w')], enc: { prefix: 0x66, opcode: [0x0f, 0xd6], modrm: 'r', mod: 'mem' } });
def({ ...SIMD, op: 'ldmxcsr', names: ['ldmxcsr'], ops: [M(32, 'r')], enc: { opcode: [0x0f, 0xae], modrm: 2, mod: 'mem' } });
def({ ...SIMD, op: 'stmxcsr', names: ['stmxcsr'], ops: [M(32, 'w')], enc: { opcode: [0x0f, 0xae], modrm: 3, mod: 'mem' } });
def({ ...SIMD, op: 'fxsave', names: ['fxsave', 'fxsavel'], ops: [M(4096, 'w')], enc: { opcode: [0x0f, 0xae], modrm: 0, mod: 'mem' } });
def({ ...SIMD, op: 'fxrstor', names: ['fxrstor', 'fxrstorl'], ops: [M(4096, 'r')], enc: { opcode: [0x0f, 0xae], modrm: 1, mod: 'mem' } });
def({ ...SIMD, op: 'emms', names: ['emms'], enc: { opcode: [0x0f, 0x77] } });

// ---------------------------------------------------------------------------------------------

/** Every form, indexed by `Form.id`. */
export const FORMS: readonly Form[] = forms;

// Flags used in documentation-only positions stay referenced so the import list documents them.
void TF;
