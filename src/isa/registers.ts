// x86-32 register file: every register name the assembler accepts, its class, size, encoding number
// and (for general registers) which 32-bit GPR it lives in. Liveness, the parser, the printer, the
// decoder and the emulator all use these objects; nothing else spells register facts.

export type RegClass = 'r8' | 'r16' | 'r32' | 'sreg' | 'creg' | 'dreg' | 'st' | 'mmx' | 'xmm';

export interface Register {
  /** AT&T name without the `%`. */
  readonly name: string;
  readonly cls: RegClass;
  /** Value size in bits. */
  readonly size: number;
  /** Number used in ModRM/opcode encodings (and the st(i) index). */
  readonly num: number;
  /** For r8/r16/r32: index of the containing 32-bit GPR (0=eax ... 7=edi); -1 otherwise. */
  readonly gpr: number;
  /** For r8: true for ah/ch/dh/bh (bits 8..15 of the GPR). */
  readonly high: boolean;
}

/** GPR index order is the hardware encoding order. */
export const GPR32_NAMES = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'] as const;
export const GPR16_NAMES = ['ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di'] as const;
export const GPR8_NAMES = ['al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh'] as const;
export const SREG_NAMES = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'] as const;

export const EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;
export const SEG_ES = 0, SEG_CS = 1, SEG_SS = 2, SEG_DS = 3, SEG_FS = 4, SEG_GS = 5;

const all: Register[] = [];
function add(name: string, cls: RegClass, size: number, num: number, gpr = -1, high = false): void {
  all.push({ name, cls, size, num, gpr, high });
}
GPR32_NAMES.forEach((n, i) => add(n, 'r32', 32, i, i));
GPR16_NAMES.forEach((n, i) => add(n, 'r16', 16, i, i));
GPR8_NAMES.forEach((n, i) => add(n, 'r8', 8, i, i & 3, i >= 4));
SREG_NAMES.forEach((n, i) => add(n, 'sreg', 16, i));
for (const i of [0, 2, 3, 4]) add(`cr${i}`, 'creg', 32, i);
for (let i = 0; i < 8; i++) add(`db${i}`, 'dreg', 32, i);
for (let i = 0; i < 8; i++) add(`st(${i})`, 'st', 80, i);
for (let i = 0; i < 8; i++) add(`mm${i}`, 'mmx', 64, i);
for (let i = 0; i < 8; i++) add(`xmm${i}`, 'xmm', 128, i);

/** Every register, indexed by AT&T name (lower case, no `%`). `st` is st(0); `dr7` aliases `db7`. */
export const REGISTERS: ReadonlyMap<string, Register> = (() => {
  const m = new Map<string, Register>();
  for (const r of all) m.set(r.name, r);
  m.set('st', m.get('st(0)')!);
  for (let i = 0; i < 8; i++) m.set(`dr${i}`, m.get(`db${i}`)!);
  return m;
})();

export function reg(name: string): Register {
  const r = REGISTERS.get(name);
  if (!r) throw new Error(`internal: unknown register ${name}`);
  return r;
}

/** The register of class `cls` with encoding number `num`. */
export function regByNum(cls: RegClass, num: number): Register {
  const r = all.find((x) => x.cls === cls && x.num === num);
  if (!r) throw new Error(`internal: no ${cls} register ${num}`);
  return r;
}

export function gprOfSize(size: number, num: number): Register {
  return regByNum(size === 8 ? 'r8' : size === 16 ? 'r16' : 'r32', num);
}

/** Bit mask over the eight 32-bit GPRs (bit i = GPR i), used by liveness. */
export function gprMask(r: Register): number {
  return r.gpr >= 0 ? 1 << r.gpr : 0;
}

/** True when writing this register leaves the rest of its GPR intact (so the write also reads). */
export function isPartialGpr(r: Register): boolean {
  return r.cls === 'r8' || r.cls === 'r16';
}
