// The i386 CPU: architectural state (32-bit protected mode: segment registers with descriptor
// caches, checked against the GDT/LDT of segments.ts when tables are installed), the slow memory
// paths behind the TLB fast path, the decoded-block cache with code coherence, host hooks, and the
// run loop (budget, per-context counters, trace, EFLAGS.TF single-step traps).
//
// Not modelled: EFLAGS.AC is kept (popf, pushf, iret) but no alignment check is made (#AC is never
// raised); code segments must be flat (a far transfer elsewhere raises #UD); no x87/SSE state.
//
// Invariants:
// - Faults are values: generated code and helpers set `flt` (and `brk`) and leave; nothing throws
//   out of run(). A faulting instruction leaves the state as before it (see codegen.ts).
// - A block is keyed by (address space, segment mode key Cpu.segKey, eip): its code is specialised
//   on which segments are flat, based or checked.
// - A block is keyed by (address space, eip) within its segment mode. It is dropped when its address space changes a page
//   it came from (mmu.ts), when a write reaches its bytes (PhysicalMemory code tracking), or when a
//   hook is placed on one of its pages. Chained successor links are followed only while valid.
// - A block is the instructions on one path from its start: it goes on past conditional branches
//   along their fall-through (side exits, codegen.ts), up to an unconditional transfer, a page end,
//   a hooked address or MAX_BLOCK_INSNS. The instructions it ran are b.n, or S.cnt when it has
//   side exits; counters and budgets are exact either way.
// - A block's function depends on its source text only (no machine state in its closure), so one
//   function object serves every Cpu of the process that decodes the same code.
// - What a block is (its instructions, function, length) depends only on its start address, the
//   bytes the decoder read from there, whether it is a single step, and whether its end address is
//   hooked; so a decoding is reused (DECODED) wherever those are the same (see `reuse`).
// - EIPs inside the run loop and block keys are int32 (`| 0`); faults and getters report them
//   unsigned.

import { decode, isDecodeFailure, type Decoded } from '../isa/decoder.js';
import { BlockCompiler, isSideExit, type BlockSource, type InsnHelper } from './codegen.js';
import { EXEC_HELPERS } from './exec.js';
import {
  bitScanFlags, cond, divS, divU, materialize, mulFlags, mulHiS32, mulHiU32, OUT, rcl, rcr, rolFlags, rorFlags, shiftDouble,
} from './flags.js';
import type { Bus } from './bus.js';
import { HookContext, type HookEntry, type HookResult } from './hooks.js';
import { FRAME_MMIO, PAGE_SHIFT, type CodeWriteListener, type PhysicalMemory } from './memory.js';
import { tlbIndex, type AddressSpace, type CodeBlockRef } from './mmu.js';
import {
  checkLoad, CS, DS, ES, flatSegment, SEG_BASED, SEG_CHECKED, SEG_FLAT, FS, GS, isCode, isLoadFault, LINUX_USER_CS, LINUX_USER_DS, linuxUserGdt, segmentMode, SS,
  TYPE_EXPAND_DOWN, TYPE_READABLE, TYPE_WRITABLE, type DescriptorTable, type SegmentDescriptor,
} from './segments.js';
import type { Access, Fault, RunResult, StopReason } from './types.js';

/** A compiled block: (cpu, loop limit, the block's helpers and their decoded instructions) -> next eip. */
export type BlockFn = (S: Cpu, lim: number, HF: readonly InsnHelper[], HD: readonly Decoded[]) => number;

/**
 * Compiled blocks by generated source, shared by every Cpu of the process. A block function closes
 * over nothing but the process-wide flag and arithmetic helpers: registers and memory come from S,
 * helpers from its arguments. So machines built one after another (campaigns, benchmarks) run the
 * same function objects, and the JIT's optimised code for them carries over from one to the next.
 */
const FUNCTIONS = new Map<string, BlockFn>();
const MAX_FUNCTIONS = 50_000;
const SHARED_HELPERS = [materialize, cond, mulFlags, mulHiU32, mulHiS32, divU, divS, OUT, rolFlags, rorFlags, rcl, rcr, shiftDouble, popcount, bitScanFlags];

/**
 * A block as decoded from the bytes at its start address, kept with those bytes (every byte the
 * decoder read, from the start on) for reuse by every Cpu of the process. Blocks that ended at an
 * undecodable or unreadable byte (or read MMIO) are not kept. Invariant: decoding `bytes` at
 * `start` stops where this did, for the same reason, given the same `step` and the same answer to
 * "is the end address hooked" (endsAtHook; addresses inside the block must not be hooked).
 */
interface Decoding {
  readonly step: boolean;
  /** The segment modes its code was compiled for. */
  readonly segKey: number;
  readonly bytes: Uint8Array;
  readonly insns: readonly Decoded[];
  readonly src: BlockSource;
  readonly fn: BlockFn;
  /** The block ended only because its end address was hooked. */
  readonly endsAtHook: boolean;
}
/** Decodings by start address (int32); a few per address (different code at one address). */
const DECODED = new Map<number, Decoding[]>();
const MAX_DECODED = 50_000;
const DECODINGS_PER_ADDRESS = 4;

export interface Block extends CodeBlockRef {
  readonly fn: BlockFn;
  /** Instructions in the block (0 for hook blocks). */
  readonly n: number;
  /** The block loops on itself: one call runs S.iters iterations. */
  readonly loop: boolean;
  /** The block has side exits: a call reports the instructions it ran in S.cnt. */
  readonly exits: boolean;
  readonly insns: readonly Decoded[];
  /** The helpers the block calls and their decoded instructions (the fn's HF and HD). */
  readonly hf: readonly InsnHelper[];
  readonly hd: readonly Decoded[];
  /** (slot, lo, hi) triples: host slots and byte ranges the block was decoded from. */
  readonly ranges: readonly number[];
  readonly hook: HookEntry | null;
  /** Counter context of the block's code (AddressSpace.counterRanges), or -1: the CPU's current one. */
  readonly cx: number;
  t0: number; b0: Block | null;
  t1: number; b1: Block | null;
}

/** Software interrupt delivery (`int $n`), e.g. the Linux system-call gate for the ELF runner. */
export interface IntHandler {
  /** Vectors this handler serves; others raise #GP as with no IDT gate. */
  accepts(vector: number): boolean;
  /** cpu.eip is already the next instruction; set registers as the kernel would. */
  interrupt(vector: number, cpu: Cpu): { stop?: string } | void;
}

export interface TraceEvent {
  readonly eip: number;
  readonly mnemonic: string;
  readonly op: string;
  readonly context: number;
  readonly space: string;
}
export type TraceSink = (e: TraceEvent) => void;

/** Keeps the last `capacity` trace events. */
export class TraceRing {
  private readonly buf: TraceEvent[] = [];
  private pos = 0;
  constructor(readonly capacity = 1024) {}
  readonly sink: TraceSink = (e) => {
    if (this.buf.length < this.capacity) this.buf.push(e);
    else { this.buf[this.pos] = e; this.pos = (this.pos + 1) % this.capacity; }
  };
  events(): TraceEvent[] { return [...this.buf.slice(this.pos), ...this.buf.slice(0, this.pos)]; }
}

const MAX_BLOCK_INSNS = 48;
const USER_RING = 3;
/** Segment selectors of a Linux i386 user process (cs, ds/es/ss user segments). */
const DEFAULT_SELECTORS = [0x2b, 0x23, 0x2b, 0x2b, 0, 0];
const SEG_NAMES = ['es', 'cs', 'ss', 'ds', 'fs', 'gs'];
const TF_BIT = 0x100;

export class Cpu implements CodeWriteListener {
  /** General registers in hardware order (eax ecx edx ebx esp ebp esi edi). */
  readonly r = new Int32Array(8);
  /** Views of physical memory for the generated code (mem.u8 / u16 / i32). */
  readonly m8: Uint8Array;
  readonly m16: Uint16Array;
  readonly m32: Int32Array;
  /** Current instruction pointer (int32 internally; see `pc`). */
  eip = 0;
  // Lazy flags (flags.ts). fb holds every bit but the lazily described status flags.
  lop = 0; la = 0; lb = 0; lr = 0; fb = 0x202;
  // Current TLB arrays (address space x ring).
  tr!: Int32Array; tw!: Int32Array; th!: Int32Array;
  /** Set with `brk` when the current instruction faulted. */
  flt: Fault | null = null;
  /**
   * Restartable faults (the SVM table's miss, svm-runtime/table.ts): asked about a fault of an
   * instruction (precise: nothing of it done) before the run ends with it. 'retry': the handler
   * made the instruction runnable, it runs again; a Fault: the run ends with that one instead
   * (a safety event); null: not the handler's, the next one or the run's usual fault path.
   */
  readonly faultHandlers: Array<(f: Fault) => 'retry' | Fault | null> = [];
  /** Non-zero: the last block left early (fault, stop, code write); `cnt` says how far it got. */
  brk = 0;
  cnt = 0;
  iters = 0;
  readonly sel = Uint16Array.from(DEFAULT_SELECTORS);
  /**
   * Segment descriptor caches (segments.ts): base (what generated code adds for a BASED segment),
   * limit, and the descriptor (null: loaded with a null selector). Without descriptor tables (gdt
   * null, the ring-0 platform) every segment is flat but %fs/%gs, whose bases the host sets.
   */
  readonly segBase = new Int32Array(6);
  readonly segDesc: (SegmentDescriptor | null)[] = [0, 1, 2, 3, 4, 5].map((i) => flatSegment(i === CS, 0));
  /** SEG_FLAT / SEG_BASED / SEG_CHECKED of each segment register, 2 bits each (the block compiler's key). */
  segKey = 0;
  /** Descriptor tables for segment loads; null: loads only record the selector (segmentLoader). */
  gdt: DescriptorTable | null = null;
  ldt: DescriptorTable | null = null;
  /** Context index for the per-context counters (dom0, hypervisor driver, guest ...). */
  context = 0;
  /**
   * Counter context of the block running now (Block.cx: -1 when its code has no counter range).
   * Set before each block runs, so that a write watch can tell whose code made a store.
   */
  private blockCx = -1;
  readonly counters = new Float64Array(64);
  /** Instructions executed since the CPU was created (rep string instructions count once). */
  insnTotal = 0;
  hookCalls = 0;
  intHandler: IntHandler | null = null;
  /** When set, every instruction is reported (single-instruction blocks); null costs nothing. */
  trace: TraceSink | null = null;
  /** Run single-instruction blocks only (no trace events): for code that runs once, e.g. difftest cases. */
  singleStep = false;
  /** Called to load a segment register in ring 0 (mov to %sreg, pop %sreg); default keeps bases. */
  segmentLoader: ((seg: number, selector: number, cpu: Cpu) => void) | null = null;

  private _as: AddressSpace;
  private _ring: 0 | 3 = 0;
  private mmioPa = 0;
  private stopReason: StopReason | null = null;
  private stopDetail = '';
  private limitTotal = Infinity;
  /** Blocks by host slot they were decoded from (code coherence across address spaces). */
  private readonly slotBlocks = new Map<number, Set<Block>>();
  private readonly spaces = new Set<AddressSpace>();
  private blocksCompiled = 0;
  /** Handlers running (hooks nest through Machine.call) and one reused context per depth. */
  private hookDepth = 0;
  private readonly hookContexts: HookContext[] = [];

  constructor(readonly mem: PhysicalMemory, readonly bus: Bus, initial: AddressSpace) {
    this._as = initial;
    initial.runBy = this;
    this.spaces.add(initial);
    mem.addCodeWriteListener(this);
    this.selectTlb();
    this.m8 = mem.u8;
    this.m16 = mem.u16;
    this.m32 = mem.i32;
  }

  // ---- state accessors ---------------------------------------------------------------------

  get addressSpace(): AddressSpace { return this._as; }
  /** Switches address space (cheap: each space keeps its own TLBs and blocks). */
  setAddressSpace(as: AddressSpace): void {
    this._as = as;
    if (as.runBy !== this) { as.runBy = this; this.spaces.add(as); }
    this.selectTlb();
  }

  get ring(): 0 | 3 { return this._ring; }
  /** 0: privileged; 3: unprivileged (privileged forms raise #GP, user pages only). */
  set ring(r: 0 | 3) {
    if (r !== 0 && r !== USER_RING) throw new Error(`ring must be 0 or 3, got ${r}`);
    this._ring = r;
    this.selectTlb();
  }

  private selectTlb(): void {
    const t = this._as.tlbs[this._ring === USER_RING ? 1 : 0];
    this.tr = t.tag; this.tw = t.wtag; this.th = t.host;
  }

  /** EIP as an unsigned number. */
  get pc(): number { return this.eip >>> 0; }
  set pc(v: number) { this.eip = v | 0; }

  /** Full EFLAGS. */
  getFlags(): number { return materialize(this.lop, this.la, this.lb, this.lr, this.fb); }
  setFlags(v: number): void { this.fb = (v | 2) & 0x3f7fd7; this.lop = 0; }

  /** Time-stamp counter: instructions executed (deterministic). */
  timeStamp(): number { return this.insnTotal; }

  // ---- faults and stops --------------------------------------------------------------------

  private raiseFault(f: Fault): void { this.flt = f; this.brk = 1; }
  gp(reason: string, code: number): number { this.raiseFault({ fault: 'GP', reason, code, eip: 0 }); return 1; }
  ud(reason: string): number { this.raiseFault({ fault: 'UD', reason, eip: 0 }); return 1; }
  de(): number { this.raiseFault({ fault: 'DE', eip: 0 }); return 1; }
  bp(): number { this.raiseFault({ fault: 'BP', eip: 0 }); return 1; }
  /** Raises #OF, #BR or #DB. */
  trap(kind: 'OF' | 'BR' | 'DB'): number { this.raiseFault({ fault: kind, eip: 0 }); return 1; }
  /** Raises #SS, #NP, #TS or #AC with an error code. */
  segFault(kind: 'SS' | 'NP' | 'TS' | 'AC', reason: string, code: number): number { this.raiseFault({ fault: kind, reason, code, eip: 0 }); return 1; }
  requestStop(reason: StopReason, detail: string): void { this.stopReason = reason; this.stopDetail = detail; this.brk = 1; }

  /** Base of %fs (the per-CPU segment of the platform's kernel code). */
  get fsb(): number { return this.segBase[FS]!; }
  set fsb(v: number) { this.setSegmentBase(FS, v); }
  get gsb(): number { return this.segBase[GS]!; }
  set gsb(v: number) { this.setSegmentBase(GS, v); }

  /**
   * Loads a data or stack segment register as `mov`/`pop`/`lds` do: with descriptor tables, the
   * protected-mode checks at the current privilege (checkLoad) and the descriptor into the cache;
   * without, only the selector (and segmentLoader) in ring 0, #GP in ring 3. Returns 0, or 1
   * after raising the fault.
   */
  loadSegment(seg: number, selector: number): number {
    if (this.gdt === null) {
      // No descriptor tables: only the platform (ring 0) may set a selector; ring 3 has nothing to load.
      if (this._ring !== 0) return this.gp(`load of %${SEG_NAMES[seg]}: no descriptor tables in an unprivileged context`, selector & 0xfffc);
      this.sel[seg] = selector;
      this.segmentLoader?.(seg, selector, this);
      return 0;
    }
    const d = checkLoad(seg, selector, this._ring, this.gdt, this.ldt);
    if (isLoadFault(d)) {
      if (d.fault === 'GP') return this.gp(d.reason, d.code);
      return this.segFault(d.fault, d.reason, d.code);
    }
    const key = this.segKey;
    this.setSegment(seg, selector, d);
    // Code compiled for the old modes must not run on: the block ends after this instruction.
    if (this.segKey !== key) this.brk = 1;
    return 0;
  }

  /**
   * Sets a segment register and its descriptor cache without checks: the platform's API for a
   * domain's segments (e.g. a data segment confined to a region). `desc` null: a null selector.
   */
  setSegment(seg: number, selector: number, desc: SegmentDescriptor | null): void {
    this.sel[seg] = selector;
    this.segDesc[seg] = desc;
    this.segBase[seg] = desc ? desc.base | 0 : 0;
    this.updateSegKey(seg);
  }

  /** Changes only the base of a segment register's cache (what the platform does for %fs/%gs). */
  setSegmentBase(seg: number, base: number): void {
    const d = this.segDesc[seg];
    if (d) this.segDesc[seg] = { ...d, base: base >>> 0 };
    this.segBase[seg] = base | 0;
    this.updateSegKey(seg);
  }

  /** Installs descriptor tables and loads the segment registers of a Linux i386 user process. */
  setupLinuxUser(gdt: DescriptorTable = linuxUserGdt()): void {
    this.gdt = gdt;
    this.setSegment(CS, LINUX_USER_CS, gdt.get(LINUX_USER_CS >> 3));
    for (const s of [ES, SS, DS]) this.setSegment(s, LINUX_USER_DS, gdt.get(LINUX_USER_DS >> 3));
    this.setSegment(FS, 0, null);
    this.setSegment(GS, 0, null);
  }

  /**
   * The key holds each register's mode, except that %fs and %gs are never FLAT in generated code:
   * their base is always added (as the platform changes it freely), so BASED counts as FLAT there.
   */
  private updateSegKey(seg: number): void {
    let mode = segmentMode(seg, this.segDesc[seg]!);
    if (seg >= FS && mode === SEG_BASED) mode = SEG_FLAT;
    this.segKey = (this.segKey & ~(3 << (2 * seg))) | (mode << (2 * seg));
  }

  /** Linear address of an access through `seg` in any mode (helpers' accesses; see lin). */
  linear(seg: number, off: number, size: number, write: boolean): number {
    const mode = seg === CS && write ? SEG_CHECKED : (this.segKey >> (2 * seg)) & 3;
    if (mode === SEG_FLAT && seg < FS) return off | 0;
    if (mode !== SEG_CHECKED) return (off + this.segBase[seg]!) | 0;
    return this.lin(seg, off, size, write);
  }

  /**
   * Linear address of a `size`-byte access at offset `off` through segment `seg`, after the limit
   * and type checks of a CHECKED segment (SDM vol. 3 5.3, 5.5): #GP(0), or #SS(0) for %ss. Returns
   * the address, or leaves flt set (the return value is then meaningless).
   */
  lin(seg: number, off: number, size: number, write: boolean): number {
    const d = this.segDesc[seg];
    const fail = (why: string): number => {
      if (seg === SS) this.segFault('SS', why, 0); else this.gp(why, 0);
      return 0;
    };
    const name = SEG_NAMES[seg];
    if (d === null) return fail(`access through %${name} holding a null selector`);
    if (write && (isCode(d) || (d.type & TYPE_WRITABLE) === 0)) return fail(`write through %${name}: segment not writable`);
    if (!write && isCode(d) && (d.type & TYPE_READABLE) === 0) return fail(`read through %${name}: execute-only segment`);
    const o = off >>> 0, last = o + size - 1;
    if (isCode(d) || (d.type & TYPE_EXPAND_DOWN) === 0) {
      if (last > d.limit) return fail(`offset 0x${o.toString(16)} (${size} bytes) beyond the %${name} limit 0x${d.limit.toString(16)}`);
    } else if (o <= d.limit || last > (d.big ? 0xffffffff : 0xffff)) {
      return fail(`offset 0x${o.toString(16)} (${size} bytes) outside the expand-down %${name} segment (limit 0x${d.limit.toString(16)})`);
    }
    return (d.base + o) | 0;
  }

  // ---- slow memory paths (TLB miss, unaligned, MMIO, code pages, faults) --------------------

  /**
   * Host byte offset for an access to `va` (filling the TLB), -1 for MMIO (physical address in
   * mmioPa), -2 after raising #PF.
   */
  xlate(va: number, access: 0 | 1 | 2): number {
    const e = this._as.pte(va >>> 0);
    const user = this._ring === USER_RING;
    if ((e & 1) === 0 || (user && (e & 4) === 0) || (access === 1 && (e & 2) === 0)) {
      this.raiseFault({ fault: 'PF', addr: va >>> 0, access: (['r', 'w', 'x'] as const)[access] as Access, user, present: (e & 1) !== 0, eip: 0 });
      return -2;
    }
    const pfn = e >>> PAGE_SHIFT;
    let slot = this.mem.frameSlot[pfn]!;
    if (slot < 0) slot = this.mem.slotOf(pfn);
    if (slot === FRAME_MMIO) { this.mmioPa = ((pfn << PAGE_SHIFT) | (va & 4095)) >>> 0; return -1; }
    const hostPage = slot << PAGE_SHIFT;
    const vpn = va >>> PAGE_SHIFT, i = tlbIndex(vpn);
    this.tr[i] = vpn;
    this.th[i] = hostPage;
    this.tw[i] = (e & 2) !== 0 && this.mem.codeSlots[slot] === 0 ? vpn : -1;
    return hostPage + (va & 4095);
  }

  /** Host offset of a RAM byte for bulk string paths; <0 for MMIO or fault (flt set on fault). */
  hostFor(va: number, write: boolean): number {
    const h = this.xlate(va, write ? 1 : 0);
    return h;
  }

  rd8(a: number): number {
    const h = this.xlate(a, 0);
    if (h >= 0) return this.mem.u8[h]!;
    return h === -1 ? this.bus.mmioRead(this.mmioPa, 1) : 0;
  }

  rd16(a: number): number {
    if ((a & 4095) === 4095) {
      const lo = this.rd8(a); if (this.flt) return 0;
      const hi = this.rd8((a + 1) | 0); if (this.flt) return 0;
      return lo | (hi << 8);
    }
    const h = this.xlate(a, 0);
    if (h >= 0) return (h & 1) === 0 ? this.mem.u16[h >> 1]! : this.mem.view.getUint16(h, true);
    return h === -1 ? this.bus.mmioRead(this.mmioPa, 2) : 0;
  }

  rd32(a: number): number {
    // TLB hit first: host code (hook returns, helpers) reads the stack through here.
    const vpn = a >>> PAGE_SHIFT, i = tlbIndex(vpn);
    if (this.tr[i] === vpn && (a & 3) === 0) return this.mem.i32[(this.th[i]! + (a & 4095)) >> 2]!;
    if ((a & 4095) > 4092) {
      let v = 0;
      for (let k = 0; k < 4; k++) { v |= this.rd8((a + k) | 0) << (8 * k); if (this.flt) return 0; }
      return v;
    }
    const h = this.xlate(a, 0);
    if (h >= 0) return (h & 3) === 0 ? this.mem.i32[h >> 2]! : this.mem.view.getInt32(h, true);
    return h === -1 ? this.bus.mmioRead(this.mmioPa, 4) : 0;
  }

  /** Checks that [a, a+len) is writable (len <= 4096), raising #PF otherwise. */
  probeWrite(a: number, len: number): boolean {
    if (this.xlate(a, 1) === -2) return false;
    if (((a + len - 1) >>> PAGE_SHIFT) !== (a >>> PAGE_SHIFT) && this.xlate((a + len - 1) | 0, 1) === -2) return false;
    return true;
  }

  /** clflush: faults like a read, accesses nothing. */
  probe(a: number): number { return this.xlate(a, 0) === -2 ? 1 : 0; }

  /** Store status: 0 done, 1 faulted, 2 done and decoded code was invalidated (ends the block). */
  private afterStore(h: number, len: number): number {
    const slot = h >>> PAGE_SHIFT;
    if (this.mem.codeSlots[slot] === 0) return 0;
    if (!this.mem.noteWrite(slot, h & 4095, len, this)) return 0;
    this.brk = 1;
    return 2;
  }

  wr8(a: number, v: number): number {
    const h = this.xlate(a, 1);
    if (h >= 0) { this.mem.u8[h] = v; return this.afterStore(h, 1); }
    if (h === -1) { this.bus.mmioWrite(this.mmioPa, 1, v); return 0; }
    return 1;
  }

  wr16(a: number, v: number): number {
    if ((a & 4095) === 4095) {
      if (!this.probeWrite(a, 2)) return 1;
      const s1 = this.wr8(a, v & 0xff), s2 = this.wr8((a + 1) | 0, (v >>> 8) & 0xff);
      return s1 | s2;
    }
    const h = this.xlate(a, 1);
    if (h >= 0) {
      if ((h & 1) === 0) this.mem.u16[h >> 1] = v; else this.mem.view.setUint16(h, v, true);
      return this.afterStore(h, 2);
    }
    if (h === -1) { this.bus.mmioWrite(this.mmioPa, 2, v); return 0; }
    return 1;
  }

  wr32(a: number, v: number): number {
    if ((a & 4095) > 4092) {
      if (!this.probeWrite(a, 4)) return 1;
      let s = 0;
      for (let k = 0; k < 4; k++) s |= this.wr8((a + k) | 0, (v >>> (8 * k)) & 0xff);
      return s;
    }
    const h = this.xlate(a, 1);
    if (h >= 0) {
      if ((h & 3) === 0) this.mem.i32[h >> 2] = v; else this.mem.view.setInt32(h, v, true);
      return this.afterStore(h, 4);
    }
    if (h === -1) { this.bus.mmioWrite(this.mmioPa, 4, v); return 0; }
    return 1;
  }

  // ---- code coherence ----------------------------------------------------------------------

  /** PhysicalMemory listener: a write reached a slot holding decoded code. */
  codeWritten(slot: number, offset: number, length: number): boolean {
    const set = this.slotBlocks.get(slot);
    if (!set) { this.mem.clearCode(slot); return false; }
    let hit = false;
    for (const b of [...set]) {
      const rg = b.ranges;
      for (let k = 0; k < rg.length; k += 3) {
        if (rg[k] === slot && offset < rg[k + 2]! && rg[k + 1]! < offset + length) { this.dropBlock(b); hit = true; break; }
      }
    }
    if (set.size === 0) { this.slotBlocks.delete(slot); this.mem.clearCode(slot); }
    return hit;
  }

  private dropBlock(b: Block): void {
    b.valid = false;
    for (const as of this.spaces) {
      const m = as.blockMaps(b.segKey);
      if (m.blocks.get(b.start) === b || m.stepBlocks.get(b.start) === b) as.forgetBlock(b);
    }
    for (let k = 0; k < b.ranges.length; k += 3) this.slotBlocks.get(b.ranges[k]!)?.delete(b);
  }

  /** Drops every decoded block (all address spaces). */
  flushCode(): void {
    for (const set of this.slotBlocks.values()) for (const b of set) b.valid = false;
    for (const slot of this.slotBlocks.keys()) this.mem.clearCode(slot);
    this.slotBlocks.clear();
    for (const as of this.spaces) {
      for (const b of as.allBlocks()) as.forgetBlock(b);
    }
  }

  get compiledBlocks(): number { return this.blocksCompiled; }

  /** Places a hook (hooks.ts) and drops the blocks that could run past it. */
  setHook(as: AddressSpace, entry: HookEntry | null, va: number): void {
    const key = va | 0;
    if (entry) as.hooks.set(key, entry); else as.hooks.delete(key);
    as.dropBlocks(va >>> PAGE_SHIFT);
  }

  // ---- block building ----------------------------------------------------------------------

  /** The block at eip in the current space (compiled on first use), or null after raising a fault. */
  private lookup(eip: number, step: boolean): Block | null {
    const m = this._as.blockMaps(this.segKey);
    const b = (step ? m.stepBlocks : m.blocks).get(eip) as Block | undefined;
    if (b !== undefined) return b;
    return this.build(eip, step);
  }

  private build(eip: number, step: boolean): Block | null {
    const as = this._as;
    const hook = as.hooks.get(eip) as HookEntry | undefined;
    if (hook) {
      const hb: Block = {
        valid: true, start: eip, segKey: this.segKey, vpns: [eip >>> PAGE_SHIFT], fn: () => 0, n: 0, loop: false, exits: false, insns: [], hf: [], hd: [], ranges: [], hook, cx: -1,
        t0: 0, b0: null, t1: 0, b1: null,
      };
      as.rememberBlock(hb, step);
      return hb;
    }
    // Fetch through the MMU with execute rights; cache the host page per virtual page.
    let fetchPage = -1, fetchHost = -1, fetchMmio = false, fetchedMmio = false;
    let fetchFault: Fault | null = null;
    const fetchPageOf = (addr: number): void => {
      const vpn = addr >>> PAGE_SHIFT;
      if (vpn !== fetchPage) {
        const saved = this.flt, savedBrk = this.brk;
        const h = this.xlate(addr, 2);
        fetchPage = vpn;
        fetchMmio = h === -1;
        fetchHost = h >= 0 ? h - (addr & 4095) : -1;
        if (h === -2) { fetchFault = this.flt; this.flt = saved; this.brk = savedBrk; }
      }
    };
    const read = (addr: number): number => {
      fetchPageOf(addr);
      if (fetchHost < 0) {
        if (!fetchMmio) return -1;
        fetchedMmio = true;
        return this.bus.mmioRead(((fetchPage << PAGE_SHIFT) | (addr & 4095)) >>> 0, 1);
      }
      return this.mem.u8[fetchHost + (addr & 4095)]!;
    };
    // Host offset of a RAM byte (no device is read: kept decodings never came from MMIO).
    const hostAt = (addr: number): number => { fetchPageOf(addr); return fetchHost < 0 ? -1 : fetchHost + (addr & 4095); };
    let dec = this.reuse(as, eip, step, hostAt);
    if (dec === null) {
      // Fetch afresh: a fault seen while checking kept decodings is raised again, by the decoder.
      fetchPage = -1;
      // Bytes the decoder read, from eip on (-1: unreadable); a decoding is kept only when all are.
      const seen: number[] = [];
      let keep = true;
      const fetch = (addr: number): number => {
        const v = read(addr);
        const j = (addr - eip) >>> 0;
        if (j < 4096) { while (seen.length <= j) seen.push(-1); seen[j] = v; }
        else keep = false;
        return v;
      };
      const insns: Decoded[] = [];
      let pc = eip >>> 0;
      const firstPage = pc >>> PAGE_SHIFT;
      let endsAtHook = false;
      for (;;) {
        fetchFault = null;
        const at = pc;
        const d = decode((k) => fetch((at + k) >>> 0), at);
        if (isDecodeFailure(d)) {
          if (insns.length === 0) {
            if (fetchFault) this.raiseFault(fetchFault);
            else this.ud(d.reason);
            return null;
          }
          keep = false;
          break;
        }
        insns.push(d);
        pc = (at + d.length) >>> 0;
        const f = d.form;
        if (step || !f.exec || insns.length >= MAX_BLOCK_INSNS) break;
        // Conditional branches become side exits and the block goes on along their fall-through,
        // except a branch back to the block's start (which ends it: that block may loop on itself).
        if (f.flow !== 'seq' && !(isSideExit(d) && relTarget(d) !== eip)) break;
        if ((pc >>> PAGE_SHIFT) !== firstPage) break;
        if (as.hooks.has(pc | 0)) { endsAtHook = true; break; }
      }
      const src = new BlockCompiler(EXEC_HELPERS, this.segKey).compile(insns, !step);
      let fn = FUNCTIONS.get(src.body);
      if (!fn) {
        fn = new Function(
          'MAT', 'C', 'MF', 'MHU', 'MHS', 'DU', 'DS', 'OUT', 'ROLF', 'RORF', 'RCL', 'RCR', 'SD', 'POPC', 'BSF',
          `return function block_${(eip >>> 0).toString(16)}(S, lim, HF, HD) {\n${src.body}\n};`,
        )(...SHARED_HELPERS) as BlockFn;
        if (FUNCTIONS.size >= MAX_FUNCTIONS) FUNCTIONS.clear();
        FUNCTIONS.set(src.body, fn);
      }
      dec = { step, segKey: this.segKey, bytes: Uint8Array.from(seen), insns, src, fn, endsAtHook };
      if (keep && !fetchedMmio && !seen.includes(-1)) remember(eip, dec);
    }
    // The bytes' host ranges (for coherence) and virtual pages (for page-table changes).
    const ranges: number[] = [];
    const vpns: number[] = [];
    for (const d of dec.insns) {
      const at = d.address >>> 0;
      for (let a = at; a < at + d.length;) {
        const vpn = a >>> PAGE_SHIFT;
        const end = Math.min(at + d.length, (vpn + 1) << PAGE_SHIFT >>> 0 || 2 ** 32);
        const pte = as.pte(a);
        const slot = this.mem.frameSlot[pte >>> PAGE_SHIFT]!;
        if (!vpns.includes(vpn)) vpns.push(vpn);
        if (slot >= 0) addRange(ranges, slot, a & 4095, (a & 4095) + (end - a));
        a = end;
      }
    }
    const src = dec.src;
    const b: Block = {
      valid: true, start: eip, segKey: this.segKey, vpns, fn: dec.fn, n: dec.insns.length, loop: src.loop, exits: src.exits, insns: dec.insns, hf: src.helpers, hd: src.helperArgs, ranges, hook: null,
      cx: as.counterRanges.length ? as.counterContextAt(eip) : -1, t0: 0, b0: null, t1: 0, b1: null,
    };
    as.rememberBlock(b, step);
    for (let k = 0; k < ranges.length; k += 3) {
      const slot = ranges[k]!;
      let set = this.slotBlocks.get(slot);
      if (!set) this.slotBlocks.set(slot, (set = new Set()));
      set.add(b);
      if (this.mem.markCode(slot)) {
        // Fast writes to this frame must now take the slow path, in every space that maps it.
        for (const s of this.spaces) { s.tlbs[0].dropWritesTo(slot << PAGE_SHIFT); s.tlbs[1].dropWritesTo(slot << PAGE_SHIFT); }
      }
    }
    this.blocksCompiled++;
    return b;
  }

  /**
   * A kept decoding of the block at eip that decoding afresh would repeat: the same bytes (fetched
   * with execute rights, as the decoder would; `hostAt` gives a byte's host offset, -1 when it is
   * not RAM or faults), no hook inside, the end hooked exactly when that is why it ended.
   */
  private reuse(as: AddressSpace, eip: number, step: boolean, hostAt: (addr: number) => number): Decoding | null {
    const list = DECODED.get(eip);
    if (list === undefined) return null;
    const u8 = this.mem.u8;
    next: for (const dec of list) {
      if (dec.step !== step || dec.segKey !== this.segKey) continue;
      const bytes = dec.bytes, base = eip >>> 0;
      for (let j = 0; j < bytes.length;) {
        const a = (base + j) >>> 0;
        const h = hostAt(a);
        if (h < 0) continue next;
        const end = Math.min(bytes.length, j + 4096 - (a & 4095));
        for (let k = j; k < end; k++) if (u8[h + (k - j)] !== bytes[k]) continue next;
        j = end;
      }
      const insns = dec.insns;
      for (let k = 0; k < insns.length - 1; k++) if (as.hooks.has((insns[k]!.address + insns[k]!.length) | 0)) continue next;
      const last = insns[insns.length - 1]!;
      if (dec.endsAtHook && !as.hooks.has((last.address + last.length) | 0)) continue;
      return dec;
    }
    return null;
  }

  /** Source of the block at eip (debugging aid). */
  blockSource(eip: number): string {
    const b = this.lookup(eip | 0, false);
    return b ? b.fn.toString() : '';
  }

  // ---- run loop ----------------------------------------------------------------------------

  /**
   * Runs from `eip` until hlt, a fault, a stop request, or `maxInsns` instructions (reason
   * 'budget'; exact: the tail runs single-instruction blocks). Re-entrant (hooks may call run).
   */
  run(maxInsns = Infinity): RunResult {
    const startTotal = this.insnTotal;
    const outerLimit = this.limitTotal;
    const limit = Math.min(outerLimit, startTotal + maxInsns);
    // The code context is the running block's only while it runs: once the run returns, a store
    // (a host helper's, or the caller's block after a nested run) is its own again.
    const outerCx = this.blockCx;
    this.limitTotal = limit;
    try {
      return this.loop(startTotal, limit);
    } finally {
      this.limitTotal = outerLimit;
      this.blockCx = outerCx;
    }
  }

  private loop(startTotal: number, limit: number): RunResult {
    this.flt = null;
    this.brk = 0;
    this.stopReason = null;
    let eip = this.eip | 0;
    let prev: Block | null = null;
    const tracing = this.trace !== null || this.singleStep;
    for (;;) {
      const remaining = limit - this.insnTotal;
      if (remaining <= 0) { this.eip = eip; return { reason: 'budget', executed: this.insnTotal - startTotal }; }
      let b: Block | null;
      if (prev !== null && prev.t0 === eip && prev.b0 !== null && prev.b0.valid) b = prev.b0;
      else if (prev !== null && prev.t1 === eip && prev.b1 !== null && prev.b1.valid) b = prev.b1;
      else {
        b = this.lookup(eip, tracing);
        if (b === null) return this.faultResult(eip, startTotal);
        if (prev !== null && !tracing) {
          if (prev.b0 === null || !prev.b0.valid) { prev.t0 = eip; prev.b0 = b; } else { prev.t1 = eip; prev.b1 = b; }
        }
      }
      if (b.hook !== null) {
        this.eip = eip;
        const as = this._as;
        const r = this.runHook(b.hook, startTotal);
        if (r) return r;
        eip = this.eip | 0;
        // Where the hook returns to is chained to its block like any successor, unless the handler
        // left another address space or segment mode (chains link blocks of one space and mode).
        prev = this._as === as && b.segKey === this.segKey && !tracing ? b : null;
        continue;
      }
      // EFLAGS.TF: one instruction at a time, each followed by a #DB trap (SDM vol. 3 17.3.1.4).
      const tf = (this.fb & TF_BIT) !== 0;
      if (b.n > remaining || ((tracing || tf) && b.n > 1)) {
        b = this.lookup(eip, true);
        if (b === null) return this.faultResult(eip, startTotal);
        if (b.hook !== null) continue;
      }
      if (this.trace !== null) {
        const d = b.insns[0]!;
        this.trace!({ eip: eip >>> 0, mnemonic: d.form.mnemonic, op: d.form.op, context: this.context, space: this._as.name });
      }
      this.blockCx = b.cx;
      const nx = b.fn(this, b.loop ? Math.min(Math.floor(remaining / b.n), 0x40000000) : 1, b.hf, b.hd);
      if (this.brk !== 0) {
        const c = this.cnt;
        this.insnTotal += c;
        this.counters[b.cx < 0 ? this.context : b.cx] += c;
        this.brk = 0;
        eip = nx | 0;
        this.eip = eip;
        if (this.flt !== null) {
          if (this.faultHandlers.length && this.restartable(eip)) { prev = null; continue; }
          return this.faultResult(eip, startTotal);
        }
        if (this.stopReason !== null) {
          const reason = this.stopReason;
          this.stopReason = null;
          return { reason, executed: this.insnTotal - startTotal, detail: this.stopDetail };
        }
        if (tf) return this.singleStepTrap(eip, startTotal);
        prev = null;
        continue;
      }
      const c = b.loop ? this.iters * b.n : b.exits ? this.cnt : b.n;
      this.insnTotal += c;
      this.counters[b.cx < 0 ? this.context : b.cx] += c;
      eip = nx | 0;
      if (tf) return this.singleStepTrap(eip, startTotal);
      prev = b;
    }
  }

  /** Asks the fault handlers about the pending fault at `eip`: true when it is to run again. */
  private restartable(eip: number): boolean {
    const f = this.flt!;
    f.eip = eip >>> 0;
    for (const h of this.faultHandlers) {
      const r = h(f);
      if (r === null) continue;
      if (r === 'retry') { this.flt = null; return true; }
      this.flt = r;
      return false;
    }
    return false;
  }

  /** The #DB trap after an instruction that began with TF set: reported at the next instruction. */
  private singleStepTrap(eip: number, startTotal: number): RunResult {
    this.flt = { fault: 'DB', eip: 0 };
    return this.faultResult(eip, startTotal);
  }

  private faultResult(eip: number, startTotal: number): RunResult {
    const f = this.flt!;
    f.eip = eip >>> 0;
    this.eip = eip;
    this.brk = 0;
    return { reason: 'fault', executed: this.insnTotal - startTotal, fault: f };
  }

  /**
   * The counter context of the code running now: its code range's (AddressSpace.setCounterRange),
   * else the CPU's `context`. Valid during a block (a store's write-watch report); code a domain
   * calls in another domain's range (a hypervisor routine the driver calls) counts as that range's.
   */
  get codeContext(): number {
    return this.blockCx < 0 ? this.context : this.blockCx;
  }

  /** Runs a hook; returns a result when the run must end. */
  private runHook(h: HookEntry, startTotal: number): RunResult | null {
    const as = this._as;
    const at = this.eip;
    this.hookCalls++;
    const depth = this.hookDepth++;
    let ctx = this.hookContexts[depth];
    if (ctx === undefined) this.hookContexts[depth] = ctx = new HookContext(this, as, h);
    else ctx.reset(as, h);
    let res: HookResult;
    try {
      res = h.handler(ctx);
    } catch (e) {
      this.hookDepth = depth;
      const msg = e instanceof Error ? e.message : String(e);
      this.flt = { fault: 'HOOK', reason: `hook ${h.name} failed: ${msg}`, data: e, eip: at };
      return this.faultResult(at, startTotal);
    }
    this.hookDepth = depth;
    if (ctx.charged) { this.insnTotal += ctx.charged; this.counters[this.context] += ctx.charged; }
    if (res === undefined || typeof res === 'number' || res.kind === 'return') {
      const action = typeof res === 'object' ? res : undefined;
      if (typeof res === 'number') this.r[0] = res | 0;
      if (action?.eax !== undefined) this.r[0] = action.eax | 0;
      if (action?.edx !== undefined) this.r[2] = action.edx | 0;
      const sp = this.r[4]!;
      const ret = this.rd32(sp);
      if (this.flt !== null) return this.faultResult(at, startTotal);
      this.r[4] = (sp + 4 + (action?.popBytes ?? h.popBytes)) | 0;
      this.eip = ret | 0;
      return null;
    }
    switch (res.kind) {
      case 'continue': return null;
      case 'stop': return { reason: 'stop', executed: this.insnTotal - startTotal, detail: res.detail };
      case 'fault':
        this.flt = { fault: 'HOOK', reason: res.reason, data: res.data, eip: at };
        return this.faultResult(at, startTotal);
    }
  }
}

function remember(eip: number, dec: Decoding): void {
  if (DECODED.size >= MAX_DECODED) DECODED.clear();
  const list = DECODED.get(eip);
  if (list === undefined) DECODED.set(eip, [dec]);
  else { if (list.length >= DECODINGS_PER_ADDRESS) list.pop(); list.unshift(dec); }
}

function addRange(ranges: number[], slot: number, lo: number, hi: number): void {
  for (let k = 0; k < ranges.length; k += 3) {
    if (ranges[k] === slot) {
      ranges[k + 1] = Math.min(ranges[k + 1]!, lo);
      ranges[k + 2] = Math.max(ranges[k + 2]!, hi);
      return;
    }
  }
  ranges.push(slot, lo, hi);
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Target of a direct branch (int32, as block keys). */
function relTarget(d: Decoded): number {
  const o = d.operands[0]!;
  return o.kind === 'rel' ? o.target | 0 : 0;
}
