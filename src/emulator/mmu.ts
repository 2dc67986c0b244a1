// Address spaces: software two-level page tables (4 KiB pages; present / writable / user bits), one
// per domain, plus everything cached from them — the TLBs (one per privilege level) and the
// decoded-code blocks of that space. Several spaces exist at once; the same physical frame may be
// mapped in several spaces and at several virtual addresses.
//
// Stale-TLB bugs are impossible by construction: the only ways to change a translation are map /
// unmap / protect here, and each of them drops the TLB entries and code blocks of the pages it
// touches before returning. The CPU fills the TLBs; nothing else writes them.
//
// Host-side helpers (read32, readBytes, writeBytes ...) act with supervisor rights and ignore the
// writable bit (the platform is the machine's owner); an unmapped page THROWS GuestMemoryError.
// MMIO pages are routed to the bus.

import type { AccessSize, Bus } from './bus.js';
import { copyBytes, FRAME_MMIO, PAGE_MASK, PAGE_SHIFT, PAGE_SIZE, type PhysicalMemory } from './memory.js';
import { GuestMemoryError } from './types.js';

export const PTE_P = 1;
export const PTE_W = 2;
export const PTE_U = 4;
/** Default flags for map(): present, writable, user. */
export const PTE_PWU = PTE_P | PTE_W | PTE_U;

export const TLB_BITS = 12;
export const TLB_SIZE = 1 << TLB_BITS;
export const TLB_MASK = TLB_SIZE - 1;

/**
 * TLB entry of virtual page `vpn` (20 bits): its low 12 bits XOR its top 8 bits times an odd
 * constant. Pages of one 16 MiB region keep distinct entries (as with the plain low bits), and
 * regions 16 MiB apart are displaced against each other instead of fighting over the same
 * entries: with the plain low bits, the hypervisor's stlb page 0xfc001 and its first SVM window
 * 0xfd001 shared an entry and evicted each other on every translated access (83 slow-path
 * translations per twin TX packet). TLB_HASH was chosen on the pages the platform's five
 * configurations touch: none of them share an entry within an address space.
 * The generated code (codegen.ts) computes the same function: tlbIndexExpr.
 */
export const TLB_HASH = 0x9e5;
export function tlbIndex(vpn: number): number { return (vpn ^ ((vpn >>> TLB_BITS) * TLB_HASH)) & TLB_MASK; }
/** JavaScript expression of tlbIndex over the variable named `t` (for generated code). */
export function tlbIndexExpr(t: string): string { return `((${t} ^ ((${t} >>> ${TLB_BITS}) * ${TLB_HASH})) & ${TLB_MASK})`; }

/**
 * Direct-mapped translation cache for one privilege level (entry tlbIndex(vpn)). Entry i caches virtual page `tag[i]`
 * (-1: empty). `host[i]` is the host byte offset of the RAM frame. `wtag[i]` equals `tag[i]` only
 * when a fast write is allowed (writable, RAM, no decoded code in the frame).
 */
export class Tlb {
  readonly tag = new Int32Array(TLB_SIZE).fill(-1);
  readonly wtag = new Int32Array(TLB_SIZE).fill(-1);
  readonly host = new Int32Array(TLB_SIZE);
  drop(vpn: number): void {
    const i = tlbIndex(vpn);
    if (this.tag[i] === vpn) { this.tag[i] = -1; this.wtag[i] = -1; }
  }
  flush(): void { this.tag.fill(-1); this.wtag.fill(-1); }
  dropWritesTo(hostPage: number): void {
    const h = this.host, w = this.wtag;
    for (let i = 0; i < TLB_SIZE; i++) if (w[i] !== -1 && h[i] === hostPage) w[i] = -1;
  }
}

/** What a code cache keeps per block so that page-table changes can find it. */
export interface CodeBlockRef {
  valid: boolean;
  readonly start: number;
  /** The CPU's segment modes the block was compiled for (Cpu.segKey; 0: all flat). */
  readonly segKey: number;
  /** Virtual pages the block's bytes came from. */
  readonly vpns: readonly number[];
}

/** The block caches of one segment mode: whole blocks and single-instruction ones. */
export interface BlockMaps {
  readonly blocks: Map<number, CodeBlockRef>;
  readonly stepBlocks: Map<number, CodeBlockRef>;
}

export interface Translation {
  readonly pa: number;
  readonly pfn: number;
  readonly flags: number;
}

let nextSpaceId = 1;

export class AddressSpace {
  readonly id = nextSpaceId++;
  /** Second-level tables by directory index; PTE = pfn << 12 | flags, 0 = not present. */
  private readonly dir: (Int32Array | undefined)[] = new Array(1024);
  /** [supervisor, user] */
  readonly tlbs: readonly [Tlb, Tlb] = [new Tlb(), new Tlb()];
  /** Decoded blocks by start address (the CPU's block cache for this space). */
  readonly blocks = new Map<number, CodeBlockRef>();
  /** Single-instruction blocks (budget tails, tracing). */
  readonly stepBlocks = new Map<number, CodeBlockRef>();
  /** Blocks by virtual page they were decoded from. */
  readonly pageBlocks = new Map<number, Set<CodeBlockRef>>();
  /** Block caches of the other segment modes (segKey != 0), by key; `blocks`/`stepBlocks` are key 0's. */
  private readonly keyed = new Map<number, BlockMaps>();
  /** Bumped by every map / unmap / protect (lets another space mirror this one cheaply). */
  generation = 0;
  /** Host hooks by virtual address (int32 keys); see hooks.ts. */
  readonly hooks = new Map<number, unknown>();
  /** The CPU that has run in this space (it keeps the space in its code-coherence set). */
  runBy: object | null = null;
  /**
   * Counter contexts by code range: (lo, hi, context) triples, page-aligned. Instructions of code
   * in [lo, hi) count under that context whatever the CPU's current one (cpu.ts Block.cx): code a
   * driver calls directly (e.g. kernel routines written in C) is charged to the domain it belongs to.
   */
  readonly counterRanges: number[] = [];

  constructor(readonly mem: PhysicalMemory, readonly bus: Bus, readonly name: string) {}

  // ---- page table --------------------------------------------------------------------------

  /** Raw PTE of the page holding `va` (0 when not present). */
  pte(va: number): number {
    const t = this.dir[va >>> 22];
    return t ? t[(va >>> PAGE_SHIFT) & 1023]! : 0;
  }

  /** Maps the page holding `va` to physical frame `pfn`. flags: PTE_W | PTE_U (PTE_P implied). */
  map(va: number, pfn: number, flags: number = PTE_PWU): void {
    if (!Number.isInteger(pfn) || pfn < 0 || pfn >= 1 << 20) throw new Error(`bad frame number ${pfn}`);
    const d = va >>> 22;
    let t = this.dir[d];
    if (!t) this.dir[d] = t = new Int32Array(1024);
    t[(va >>> PAGE_SHIFT) & 1023] = (pfn << PAGE_SHIFT) | (flags & (PTE_W | PTE_U)) | PTE_P;
    this.pageChanged(va >>> PAGE_SHIFT);
  }

  unmap(va: number): void {
    const t = this.dir[va >>> 22];
    if (t) t[(va >>> PAGE_SHIFT) & 1023] = 0;
    this.pageChanged(va >>> PAGE_SHIFT);
  }

  /** Changes the W/U bits of every mapped page in [va, va+len). */
  protect(va: number, len: number, flags: number): void {
    for (let p = va >>> PAGE_SHIFT; p <= (va + Math.max(len, 1) - 1) >>> PAGE_SHIFT; p++) {
      const t = this.dir[p >>> 10];
      if (!t) continue;
      const e = t[p & 1023]!;
      if (!(e & PTE_P)) continue;
      t[p & 1023] = (e & ~(PTE_W | PTE_U)) | (flags & (PTE_W | PTE_U));
      this.pageChanged(p);
    }
  }

  /** Maps [va, va+len) to consecutive physical frames starting at the one holding `pa`. */
  mapPhys(va: number, pa: number, len: number, flags: number = PTE_PWU): void {
    if ((va & PAGE_MASK) !== (pa & PAGE_MASK)) throw new Error('mapPhys: va and pa must have the same page offset');
    const first = va >>> PAGE_SHIFT;
    const n = ((va + len - 1) >>> PAGE_SHIFT) - first + 1;
    for (let k = 0; k < n; k++) this.map((first + k) << PAGE_SHIFT, (pa >>> PAGE_SHIFT) + k, flags);
  }

  /** Maps [va, va+len) to freshly allocated zeroed frames; returns the first pfn (frames are consecutive). */
  mapNew(va: number, len: number, flags: number = PTE_PWU): number {
    const first = va >>> PAGE_SHIFT;
    const n = ((va + len - 1) >>> PAGE_SHIFT) - first + 1;
    const pfn = this.mem.allocFrames(n);
    for (let k = 0; k < n; k++) this.map((first + k) << PAGE_SHIFT, pfn + k, flags);
    return pfn;
  }

  /** Walks the page table without side effects; null when not present. */
  translate(va: number): Translation | null {
    const e = this.pte(va >>> 0);
    if (!(e & PTE_P)) return null;
    const pfn = e >>> PAGE_SHIFT;
    return { pa: ((pfn << PAGE_SHIFT) | (va & PAGE_MASK)) >>> 0, pfn, flags: e & 7 };
  }

  /** Every mapped page: [va, pfn, flags]. */
  *mappings(): Generator<[number, number, number]> {
    for (let d = 0; d < 1024; d++) {
      const t = this.dir[d];
      if (!t) continue;
      for (let i = 0; i < 1024; i++) {
        const e = t[i]!;
        if (e & PTE_P) yield [((d << 22) | (i << PAGE_SHIFT)) >>> 0, e >>> PAGE_SHIFT, e & 7];
      }
    }
  }

  private pageChanged(vpn: number): void {
    this.generation++;
    this.tlbs[0].drop(vpn);
    this.tlbs[1].drop(vpn);
    this.dropBlocks(vpn);
  }

  /** Counts the instructions of code in [lo, hi) (page-aligned) under counter context `ctx`. */
  setCounterRange(lo: number, hi: number, ctx: number): void {
    if ((lo | hi) & (PAGE_SIZE - 1) || (hi >>> 0) <= (lo >>> 0)) throw new Error('setCounterRange: [lo, hi) must be a non-empty page-aligned range');
    this.counterRanges.push(lo >>> 0, hi >>> 0, ctx);
    for (let p = lo >>> PAGE_SHIFT; p < hi >>> PAGE_SHIFT; p++) this.dropBlocks(p);
  }

  /** The counter context of code at `va`, or -1 (the CPU's current context). */
  counterContextAt(va: number): number {
    const r = this.counterRanges, v = va >>> 0;
    for (let k = 0; k < r.length; k += 3) if (v >= r[k]! && v < r[k + 1]!) return r[k + 2]!;
    return -1;
  }

  /** Invalidates the decoded blocks of one virtual page of this space. */
  dropBlocks(vpn: number): void {
    const set = this.pageBlocks.get(vpn);
    if (!set) return;
    for (const b of set) this.forgetBlock(b);
  }

  /** The block caches for segment mode `key` (Cpu.segKey). */
  blockMaps(key: number): BlockMaps {
    if (key === 0) return this;
    let m = this.keyed.get(key);
    if (!m) this.keyed.set(key, (m = { blocks: new Map(), stepBlocks: new Map() }));
    return m;
  }

  forgetBlock(b: CodeBlockRef): void {
    b.valid = false;
    const m = this.blockMaps(b.segKey);
    if (m.blocks.get(b.start) === b) m.blocks.delete(b.start);
    if (m.stepBlocks.get(b.start) === b) m.stepBlocks.delete(b.start);
    for (const v of b.vpns) this.pageBlocks.get(v)?.delete(b);
  }

  /** Every cached block of every segment mode. */
  allBlocks(): CodeBlockRef[] {
    const out: CodeBlockRef[] = [];
    for (const m of [this as BlockMaps, ...this.keyed.values()]) out.push(...m.blocks.values(), ...m.stepBlocks.values());
    return out;
  }

  rememberBlock(b: CodeBlockRef, step: boolean): void {
    const m = this.blockMaps(b.segKey);
    (step ? m.stepBlocks : m.blocks).set(b.start, b);
    for (const v of b.vpns) {
      let s = this.pageBlocks.get(v);
      if (!s) this.pageBlocks.set(v, (s = new Set()));
      s.add(b);
    }
  }

  // ---- host-side access (supervisor rights, W bit ignored; throws GuestMemoryError) ----------

  /** Physical address of `va` for a host access; throws when unmapped. */
  private physFor(va: number, access: 'r' | 'w'): number {
    const e = this.pte(va >>> 0);
    if (!(e & PTE_P)) throw new GuestMemoryError(va, access, this.name);
    return (((e >>> PAGE_SHIFT) << PAGE_SHIFT) | (va & PAGE_MASK)) >>> 0;
  }

  private readSmall(va: number, size: AccessSize): number {
    va >>>= 0;
    if ((va & PAGE_MASK) + size > PAGE_SIZE) {
      let v = 0;
      for (let k = 0; k < size; k++) v |= this.readSmall(va + k, 1) << (8 * k);
      return size === 4 ? v | 0 : v;
    }
    const pa = this.physFor(va, 'r');
    const slot = this.mem.slotOf(pa >>> PAGE_SHIFT);
    if (slot === FRAME_MMIO) return this.bus.mmioRead(pa, size);
    const h = slot * PAGE_SIZE + (pa & PAGE_MASK);
    return size === 1 ? this.mem.u8[h]! : size === 2 ? this.mem.view.getUint16(h, true) : this.mem.view.getInt32(h, true);
  }

  private writeSmall(va: number, size: AccessSize, v: number): void {
    va >>>= 0;
    if ((va & PAGE_MASK) + size > PAGE_SIZE) {
      this.physFor(va, 'w'); this.physFor(va + size - 1, 'w');
      for (let k = 0; k < size; k++) this.writeSmall(va + k, 1, v >>> (8 * k));
      return;
    }
    const pa = this.physFor(va, 'w');
    const slot = this.mem.slotOf(pa >>> PAGE_SHIFT);
    if (slot === FRAME_MMIO) { this.bus.mmioWrite(pa, size, v); return; }
    const h = slot * PAGE_SIZE + (pa & PAGE_MASK);
    if (size === 1) this.mem.u8[h] = v;
    else if (size === 2) this.mem.view.setUint16(h, v, true);
    else this.mem.view.setInt32(h, v, true);
    this.mem.noteWrite(slot, pa & PAGE_MASK, size, this);
  }

  read8(va: number): number { return this.readSmall(va, 1); }
  read16(va: number): number { return this.readSmall(va, 2); }
  /** Signed 32-bit value (use `>>> 0` for unsigned). */
  read32(va: number): number { return this.readSmall(va, 4); }
  write8(va: number, v: number): void { this.writeSmall(va, 1, v & 0xff); }
  write16(va: number, v: number): void { this.writeSmall(va, 2, v & 0xffff); }
  write32(va: number, v: number): void { this.writeSmall(va, 4, v | 0); }

  readBytes(va: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    this.readInto(va, out, 0, n);
    return out;
  }

  /** readBytes into dst[off, off+n) (no allocation). Throws like readBytes; dst may then be partly written. */
  readInto(va: number, dst: Uint8Array, off: number, n: number): void {
    let done = 0;
    while (done < n) {
      const a = (va + done) >>> 0;
      const k = Math.min(n - done, PAGE_SIZE - (a & PAGE_MASK));
      const pa = this.physFor(a, 'r');
      const slot = this.mem.slotOf(pa >>> PAGE_SHIFT);
      if (slot === FRAME_MMIO) for (let j = 0; j < k; j++) dst[off + done + j] = this.bus.mmioRead(pa + j, 1);
      else copyBytes(dst, off + done, this.mem.u8, slot * PAGE_SIZE + (pa & PAGE_MASK), k);
      done += k;
    }
  }

  writeBytes(va: number, bytes: Uint8Array | readonly number[]): void {
    const src = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes);
    this.writeFrom(va, src, 0, src.length);
  }

  /** writeBytes of src[off, off+n) (no allocation): every page is checked first, so a failing write changes nothing. */
  writeFrom(va: number, src: Uint8Array, off: number, n: number): void {
    for (let a = va >>> 0; a < (va >>> 0) + n; a = ((a >>> PAGE_SHIFT) + 1) << PAGE_SHIFT >>> 0) this.physFor(a, 'w');
    let done = 0;
    while (done < n) {
      const a = (va + done) >>> 0;
      const k = Math.min(n - done, PAGE_SIZE - (a & PAGE_MASK));
      const pa = this.physFor(a, 'w');
      const slot = this.mem.slotOf(pa >>> PAGE_SHIFT);
      if (slot === FRAME_MMIO) for (let j = 0; j < k; j++) this.bus.mmioWrite(pa + j, 1, src[off + done + j]!);
      else {
        const h = slot * PAGE_SIZE + (pa & PAGE_MASK);
        copyBytes(this.mem.u8, h, src, off + done, k);
        this.mem.noteWrite(slot, pa & PAGE_MASK, k, this);
      }
      done += k;
    }
  }

  /** NUL-terminated string (at most `max` bytes). */
  readCString(va: number, max = 4096): string {
    let s = '';
    for (let k = 0; k < max; k++) {
      const c = this.read8(va + k);
      if (c === 0) break;
      s += String.fromCharCode(c);
    }
    return s;
  }

  /** Copies n bytes from `src` space at `srcVa` into this space at `dstVa`. */
  copyFrom(src: AddressSpace, srcVa: number, dstVa: number, n: number): void {
    this.writeBytes(dstVa, src.readBytes(srcVa, n));
  }
}
