// Segmentation of the emulated i386 (protected mode, SDM vol. 3 ch. 3 and 5): segment
// descriptors, descriptor tables (GDT, LDT) and the descriptor cache behind each segment register.
//
// The tables are host-side objects (a domain's GDT is set up by the platform or the system-call
// layer, not loaded with lgdt): `DescriptorTable` holds raw 8-byte descriptors, `encodeDescriptor`
// / `decodeDescriptor` convert them. A segment register load (mov, pop, lds ..., far transfers)
// looks the selector up and applies the CPU's checks (`checkLoad`); every memory access is then
// checked against the cached base, limit and type (Cpu.linear, and the generated code).
//
// Invariant: a segment register's cache is FLAT when its base is 0, its limit 4 GiB - 1, and its
// type allows the accesses the code makes through it without a check (writable expand-up data;
// readable code for CS); BASED when only the base differs (the %gs TLS segment); otherwise CHECKED.
// The block compiler specialises code on these three modes (Cpu.segKey): flat accesses cost
// nothing, based ones one addition, checked ones a call (%fs/%gs: always the addition).

export interface SegmentDescriptor {
  /** Linear base address. */
  readonly base: number;
  /** Limit in bytes (already scaled by the granularity bit): the last valid offset (expand-up). */
  readonly limit: number;
  /** Type field (4 bits): data 0..7 (bit 1 writable, bit 2 expand-down), code 8..15 (bit 1 readable, bit 2 conforming). */
  readonly type: number;
  /** S bit: code/data (true) or system (false: LDT, TSS, gates). */
  readonly codeData: boolean;
  readonly dpl: number;
  readonly present: boolean;
  /** D/B: 32-bit default size (code), 32-bit stack / 4 GiB upper bound for expand-down (data). */
  readonly big: boolean;
  /** G: limit counted in 4 KiB units (encodeDescriptor picks it when the limit needs it). */
  readonly granular?: boolean;
  /** L: a 64-bit code segment (the emulator runs none; lar reports the bit). */
  readonly long?: boolean;
}

/** Segment register numbers (as in the ModRM sreg field and the decoder's segment overrides). */
export const ES = 0, CS = 1, SS = 2, DS = 3, FS = 4, GS = 5;

export const SEG_FLAT = 0, SEG_BASED = 1, SEG_CHECKED = 2;

export const TYPE_WRITABLE = 2, TYPE_EXPAND_DOWN = 4, TYPE_CODE = 8, TYPE_READABLE = 2, TYPE_CONFORMING = 4;
/** Accessed bit (set by the CPU on load; kept in the table). */
export const TYPE_ACCESSED = 1;

export function isCode(d: SegmentDescriptor): boolean { return (d.type & TYPE_CODE) !== 0; }

/** The 8 bytes of a descriptor as two little-endian words [low, high]. */
export function encodeDescriptor(d: SegmentDescriptor): [number, number] {
  let limit = d.limit >>> 0;
  const g = d.granular ?? limit > 0xfffff;
  if (g) {
    if ((limit & 0xfff) !== 0xfff) throw new Error(`limit 0x${limit.toString(16)} is not a whole number of 4 KiB pages`);
    limit >>>= 12;
  }
  const base = d.base >>> 0;
  const lo = ((base & 0xffff) << 16) | (limit & 0xffff);
  const access = (d.present ? 0x80 : 0) | ((d.dpl & 3) << 5) | (d.codeData ? 0x10 : 0) | (d.type & 15);
  const hi = (base & 0xff000000) | (g ? 0x800000 : 0) | (d.big ? 0x400000 : 0) | (d.long ? 0x200000 : 0) | (limit & 0xf0000) | (access << 8) | ((base >>> 16) & 0xff);
  return [lo | 0, hi | 0];
}

export function decodeDescriptor(lo: number, hi: number): SegmentDescriptor {
  const base = ((lo >>> 16) | ((hi & 0xff) << 16) | (hi & 0xff000000)) >>> 0;
  let limit = (lo & 0xffff) | (hi & 0xf0000);
  const granular = (hi & 0x800000) !== 0;
  if (granular) limit = ((limit << 12) | 0xfff) >>> 0;
  return {
    base, limit, type: (hi >>> 8) & 15, codeData: (hi & 0x1000) !== 0, dpl: (hi >>> 13) & 3,
    present: (hi & 0x8000) !== 0, big: (hi & 0x400000) !== 0, granular, ...(hi & 0x200000 ? { long: true } : {}),
  };
}

/** A descriptor table (GDT or LDT): raw descriptors, index 0 of a GDT unused (the null selector). */
export class DescriptorTable {
  readonly words: Int32Array;
  constructor(readonly entries: number) { this.words = new Int32Array(2 * entries); }
  set(index: number, d: SegmentDescriptor | null): void {
    this.check(index);
    const [lo, hi] = d ? encodeDescriptor(d) : [0, 0];
    this.words[2 * index] = lo; this.words[2 * index + 1] = hi;
  }
  /** The descriptor at `index`, or null for an empty (all-zero) slot. */
  get(index: number): SegmentDescriptor | null {
    this.check(index);
    const lo = this.words[2 * index]!, hi = this.words[2 * index + 1]!;
    return lo === 0 && hi === 0 ? null : decodeDescriptor(lo, hi);
  }
  /** Byte limit of the table (what GDTR/LDTR.limit would hold). */
  get limit(): number { return this.entries * 8 - 1; }
  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.entries) throw new Error(`descriptor index ${index} outside the table (${this.entries} entries)`);
  }
}

/** A flat 4 GiB segment: data (read/write) or code (execute/read), 32-bit, at privilege `dpl`. */
export function flatSegment(code: boolean, dpl: number, base = 0): SegmentDescriptor {
  return { base, limit: 0xffffffff, type: code ? TYPE_CODE | TYPE_READABLE | TYPE_ACCESSED : TYPE_WRITABLE | TYPE_ACCESSED, codeData: true, dpl, present: true, big: true, granular: true };
}

/**
 * The GDT a 32-bit process sees under an x86-64 Linux kernel (arch/x86/include/asm/segment.h):
 * 0x23 user 32-bit code, 0x2b user data, 0x33 user 64-bit code (here: a 32-bit one, never used),
 * kernel segments at DPL 0, the three TLS slots 12..14 (selectors 0x63, 0x6b, 0x73) that
 * set_thread_area fills, and the per-CPU segment 15 (0x7b) whose limit is the CPU number.
 */
export const LINUX_USER_CS = 0x23, LINUX_USER_DS = 0x2b;
export const LINUX_TLS_FIRST = 12, LINUX_TLS_ENTRIES = 3;
export function linuxUserGdt(): DescriptorTable {
  const t = new DescriptorTable(32);
  const long = (dpl: number): SegmentDescriptor => ({ ...flatSegment(true, dpl), big: false, long: true });
  t.set(1, flatSegment(true, 0)); // KERNEL32_CS
  t.set(2, long(0)); // KERNEL_CS
  t.set(3, flatSegment(false, 0)); // KERNEL_DS
  t.set(4, flatSegment(true, 3)); // USER32_CS 0x23
  t.set(5, flatSegment(false, 3)); // USER_DS 0x2b
  t.set(6, long(3)); // USER_CS 0x33 (64-bit: never run here)
  t.set(15, { base: 0, limit: 0, type: TYPE_ACCESSED, codeData: true, dpl: 3, present: true, big: true, granular: false }); // CPUNODE 0x7b
  return t;
}

/** What lar, lsl, verr and verw find for a selector at privilege `cpl` (SDM vol. 2 "LAR" ...). */
export function inspectSelector(op: 'lar' | 'lsl' | 'verr' | 'verw', selector: number, cpl: number, gdt: DescriptorTable | null, ldt: DescriptorTable | null): { ok: boolean; value: number } {
  const no = { ok: false, value: 0 };
  const sel = selector & 0xffff, index = sel >>> 3, rpl = sel & 3;
  if ((sel & 0xfffc) === 0 && (sel & 4) === 0) return no;
  const table = sel & 4 ? ldt : gdt;
  if (!table || index >= table.entries) return no;
  const lo = table.words[2 * index]!, hi = table.words[2 * index + 1]!;
  const type = (hi >>> 8) & 15, codeData = (hi & 0x1000) !== 0, dpl = (hi >>> 13) & 3;
  const code = codeData && (type & TYPE_CODE) !== 0;
  if (!codeData) {
    // System descriptors lar accepts (LDT, TSSs, gates) and the smaller set lsl accepts.
    const valid = op === 'lar' ? [1, 2, 3, 4, 5, 9, 11, 12] : op === 'lsl' ? [1, 2, 3, 9, 11] : [];
    if (!valid.includes(type)) return no;
  }
  const conforming = code && (type & TYPE_CONFORMING) !== 0;
  if (!conforming && (dpl < cpl || dpl < rpl)) return no;
  switch (op) {
    case 'lar': return { ok: true, value: (hi & 0x00ffff00) >>> 0 }; // access byte, limit 19:16 and flags (as this CPU)
    case 'lsl': return { ok: true, value: decodeDescriptor(lo, hi).limit };
    case 'verr': return { ok: codeData && (!code || (type & TYPE_READABLE) !== 0), value: 0 };
    case 'verw': return { ok: codeData && !code && (type & TYPE_WRITABLE) !== 0, value: 0 };
  }
}

/** Why a selector cannot be loaded into a segment register, as the CPU reports it. */
export interface LoadFault {
  readonly fault: 'GP' | 'SS' | 'NP';
  readonly code: number;
  readonly reason: string;
}

/**
 * The checks of a data/stack segment register load in protected mode (SDM vol. 2 "MOV", "POP",
 * "LDS"): a null selector is allowed for DS/ES/FS/GS (any access through it then raises #GP) and
 * not for SS; the selector must lie within its table; DS/ES/FS/GS need a data or readable code
 * segment with DPL >= max(CPL, RPL) unless conforming code; SS needs a writable data segment with
 * RPL = DPL = CPL; a not-present segment raises #NP (#SS for SS). Returns the descriptor (null for
 * a null selector) or the fault.
 */
export function checkLoad(seg: number, selector: number, cpl: number, gdt: DescriptorTable | null, ldt: DescriptorTable | null): SegmentDescriptor | null | LoadFault {
  const sel = selector & 0xffff;
  const index = sel >>> 3, rpl = sel & 3, code = sel & 0xfffc;
  const gp = (reason: string): LoadFault => ({ fault: 'GP', code, reason });
  if ((sel & 0xfffc) === 0 && (sel & 4) === 0) {
    if (seg === SS) return gp('null selector loaded into %ss');
    return null;
  }
  const table = sel & 4 ? ldt : gdt;
  if (!table || index >= table.entries) return gp(`selector 0x${sel.toString(16)} outside the ${sel & 4 ? 'LDT' : 'GDT'}`);
  const d = table.get(index);
  if (!d || !d.codeData) return gp(`selector 0x${sel.toString(16)} is not a code or data segment`);
  if (seg === SS) {
    if (isCode(d) || (d.type & TYPE_WRITABLE) === 0) return gp(`selector 0x${sel.toString(16)} is not a writable data segment (for %ss)`);
    if (rpl !== cpl || d.dpl !== cpl) return gp(`selector 0x${sel.toString(16)}: RPL ${rpl} / DPL ${d.dpl} differ from CPL ${cpl} (for %ss)`);
    if (!d.present) return { fault: 'SS', code, reason: `segment 0x${sel.toString(16)} not present` };
    return d;
  }
  if (isCode(d) && (d.type & TYPE_READABLE) === 0) return gp(`selector 0x${sel.toString(16)} is an execute-only code segment`);
  const conforming = isCode(d) && (d.type & TYPE_CONFORMING) !== 0;
  if (!conforming && d.dpl < Math.max(cpl, rpl)) return gp(`selector 0x${sel.toString(16)}: DPL ${d.dpl} below max(CPL ${cpl}, RPL ${rpl})`);
  if (!d.present) return { fault: 'NP', code, reason: `segment 0x${sel.toString(16)} not present` };
  return d;
}

export function isLoadFault(x: SegmentDescriptor | null | LoadFault): x is LoadFault {
  return x !== null && (x as LoadFault).fault !== undefined;
}

/** Mode of a segment cache for the block compiler (see the header). Null segments are CHECKED. */
export function segmentMode(seg: number, d: SegmentDescriptor | null): number {
  if (d === null) return SEG_CHECKED;
  const fullLimit = d.limit >>> 0 === 0xffffffff;
  const expandUp = isCode(d) || (d.type & TYPE_EXPAND_DOWN) === 0;
  const rw = seg === CS ? isCode(d) && (d.type & TYPE_READABLE) !== 0 : !isCode(d) && (d.type & TYPE_WRITABLE) !== 0;
  if (!d.present || !fullLimit || !expandUp || !rw) return SEG_CHECKED;
  return d.base === 0 ? SEG_FLAT : SEG_BASED;
}

/**
 * The segment an explicit memory operand uses: its override, else %ss for a %esp or %ebp base
 * (%bp in 16-bit addressing), else %ds (SDM vol. 1 3.7.4).
 */
export function defaultSegment(m: { readonly seg: number; readonly base: number; readonly a16?: boolean }): number {
  if (m.seg >= 0) return m.seg;
  if (m.a16) return m.base === 5 ? SS : DS;
  return m.base === 4 || m.base === 5 ? SS : DS;
}
