// Layout shared by the differential-test generator, the native runner (native/runner.c) and the
// emulator side: fixed addresses, record formats, and the buffer fill / hash both sides compute.

export const CODE_BASE = 0x30000000;
export const PAD_OFF = 0x80;
export const PAD = CODE_BASE + PAD_OFF;
export const DATA_BASE = 0x40000000;
export const DATA_SIZE = 8192;
export const IN_REC = 136;
export const OUT_REC = 72;
/** Code bytes a case may hold (one instruction, or a block). */
export const MAX_CODE = 64;

export interface Patch { readonly off: number; readonly bytes: readonly number[] }

export interface CaseInput {
  readonly regs: readonly number[];
  readonly eflags: number;
  readonly seed: number;
  readonly patches: readonly Patch[];
  readonly code: Uint8Array;
}

/** 0 fall-through, 1 branch taken, 2 fault at the instruction, 3 trap after it. */
export type Landing = 0 | 1 | 2 | 3;
/** 0 none, 1 #DE, 2 #GP/#PF (SIGSEGV), 3 #UD (SIGILL), 4 #BP (SIGTRAP), 5 SIGBUS. */
export type FaultCode = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CaseOutput {
  readonly regs: readonly number[];
  readonly eflags: number;
  /** 0 fall-through, 1 branch taken, 2 fault or trap. */
  readonly landing: number;
  readonly fault: number;
  readonly hash: number;
  /** Exception vector (landing 2). */
  readonly trapno: number;
  readonly err: number;
  /** Where execution stopped: the landing address, the faulting instruction, or after a trap. */
  readonly eip: number;
  /** Faulting linear address of a #PF. */
  readonly cr2: number;
  /** %es %ds %fs %gs after the case. */
  readonly sel: readonly number[];
}

/** The data buffer of a case (xorshift32 words from the seed, then the patches). */
export function fillBuffer(seed: number, patches: readonly Patch[], out: Int32Array): void {
  let x = seed | 0;
  for (let i = 0; i < DATA_SIZE / 4; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x;
  }
  const b = new Uint8Array(out.buffer, out.byteOffset, DATA_SIZE);
  for (const p of patches) p.bytes.forEach((v, i) => { b[p.off + i] = v; });
}

export function hashBuffer(words: Int32Array): number {
  let h = 2166136261 | 0;
  for (let i = 0; i < DATA_SIZE / 4; i++) h = Math.imul(h ^ words[i]!, 16777619);
  return h >>> 0;
}

export function encodeBatch(cases: readonly CaseInput[]): Buffer {
  const buf = Buffer.alloc(8 + cases.length * IN_REC);
  buf.write('TDDT', 0, 'latin1');
  buf.writeUInt32LE(cases.length, 4);
  cases.forEach((c, k) => {
    const o = 8 + k * IN_REC;
    for (let i = 0; i < 8; i++) buf.writeUInt32LE(c.regs[i]! >>> 0, o + 4 * i);
    buf.writeUInt32LE(c.eflags >>> 0, o + 32);
    buf.writeUInt32LE(c.seed >>> 0, o + 36);
    if (c.patches.length > 2) throw new Error('at most two patches per case');
    c.patches.forEach((p, j) => {
      if (p.bytes.length > 8) throw new Error('patch longer than 8 bytes');
      buf.writeUInt16LE(p.off, o + 40 + 12 * j);
      buf[o + 42 + 12 * j] = p.bytes.length;
      p.bytes.forEach((v, i) => { buf[o + 44 + 12 * j + i] = v; });
    });
    if (c.code.length > MAX_CODE) throw new Error(`case code longer than ${MAX_CODE} bytes`);
    buf[o + 64] = c.code.length;
    buf.set(c.code, o + 65);
  });
  return buf;
}

export function decodeResults(out: Buffer, count: number): { selectors: number[]; results: CaseOutput[] } {
  if (out.toString('latin1', 0, 4) !== 'TDDR') throw new Error(`native runner output starts with ${JSON.stringify(out.toString('latin1', 0, 4))}`);
  const selectors = [0, 1, 2, 3, 4, 5].map((i) => out.readUInt16LE(4 + 2 * i));
  const base = 16;
  if (out.length !== base + count * OUT_REC) throw new Error(`native runner wrote ${out.length} bytes, expected ${base + count * OUT_REC}`);
  const results: CaseOutput[] = [];
  for (let k = 0; k < count; k++) {
    const o = base + k * OUT_REC;
    const regs = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => out.readUInt32LE(o + 4 * i));
    results.push({
      regs, eflags: out.readUInt32LE(o + 32), landing: out.readUInt32LE(o + 36), fault: out.readUInt32LE(o + 40), hash: out.readUInt32LE(o + 44),
      trapno: out.readUInt32LE(o + 48), err: out.readUInt32LE(o + 52), eip: out.readUInt32LE(o + 56), cr2: out.readUInt32LE(o + 60),
      sel: [0, 1, 2, 3].map((i) => out.readUInt16LE(o + 64 + 2 * i)),
    });
  }
  return { selectors, results };
}
