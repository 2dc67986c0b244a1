// Physical memory of the emulated machine: a 32-bit physical address space (2^20 frames of 4 KiB)
// whose RAM frames are backed, on demand, by slots of ONE host ArrayBuffer.
//
// Backing choice: one large ArrayBuffer allocated up front. Node/V8 get its zeroed memory from the
// OS lazily (calloc -> mmap), so untouched slots cost no resident memory, and every RAM access of
// the CPU's fast path indexes the same three typed-array views (u8/u16/i32) — no per-frame objects
// on the hot path. `frameSlot[pfn]` maps a physical frame to its host slot: >= 0 RAM slot,
// FRAME_UNBACKED (not yet touched: backed on first use), FRAME_MMIO (claimed by a device through the
// Bus). The host buffer size bounds the RAM actually touched, not the physical address range.
//
// Code coherence: a slot holding decoded code is marked in `codeSlots`; every write that reaches
// such a slot (CPU slow path, host helpers, DMA) goes through `noteWrite`, which invalidates the
// blocks decoded from it. The CPU never installs a fast write path (TLB write tag) to a slot whose
// `codeSlots` entry is non-zero.
//
// Write watch (fault campaigns): a slot may also be WATCHED (bit SLOT_WATCHED of `codeSlots`, set
// by watch.ts). Every write to a watched slot reaches `watcher.written` as it happens, with the
// writer (`by`: the Cpu, the Bus for DMA, the AddressSpace of a host helper, or null), because
// watched slots, like code slots, get no fast write path. With nothing watched the write paths
// are exactly the code-coherence paths: a watch costs nothing until one is set.

export const PAGE_SHIFT = 12;
export const PAGE_SIZE = 1 << PAGE_SHIFT;
export const PAGE_MASK = PAGE_SIZE - 1;
/** Frames in the 32-bit physical address space. */
export const PHYS_FRAMES = 1 << 20;
export const FRAME_UNBACKED = -1;
export const FRAME_MMIO = -2;

/** Below this many bytes a loop beats creating a subarray for TypedArray.set. */
const SMALL_COPY = 64;

/** dst[dOff, dOff+n) = src[sOff, sOff+n) (distinct arrays or non-overlapping ranges). */
export function copyBytes(dst: Uint8Array, dOff: number, src: Uint8Array, sOff: number, n: number): void {
  if (n <= SMALL_COPY) { for (let i = 0; i < n; i++) dst[dOff + i] = src[sOff + i]!; return; }
  dst.set(sOff === 0 && n === src.length ? src : src.subarray(sOff, sOff + n), dOff);
}

export interface PhysicalMemoryOptions {
  /** Host bytes reserved for RAM (lazily committed). Default 512 MiB; at most 1 GiB. */
  readonly ramBytes?: number;
}

/** Bits of PhysicalMemory.codeSlots: blocks were decoded from the slot / a write watch is set on it. */
export const SLOT_CODE = 1;
export const SLOT_WATCHED = 2;

/** Receives every write to a watched frame (see watch.ts), at the moment it happens. */
export interface WriteWatcher {
  /**
   * `length` bytes at `offset` in physical frame `pfn` were written by `by`: the Cpu (a store of
   * guest code), the Bus (a device's DMA), an AddressSpace (a host helper writing through it), or
   * null (a physical host write).
   */
  written(pfn: number, offset: number, length: number, by: unknown): void;
}

/** Receives writes to slots that hold decoded code (the CPU's block cache). */
export interface CodeWriteListener {
  /** Returns true when decoded code was invalidated. */
  codeWritten(slot: number, offset: number, length: number): boolean;
}

export class PhysicalMemory {
  readonly buffer: ArrayBuffer;
  readonly u8: Uint8Array;
  readonly u16: Uint16Array;
  readonly i32: Int32Array;
  readonly view: DataView;
  /** pfn -> host slot (>= 0), FRAME_UNBACKED or FRAME_MMIO. */
  readonly frameSlot: Int32Array;
  /** host slot -> pfn. */
  readonly slotFrame: Int32Array;
  /** host slot -> SLOT_CODE when blocks were decoded from it, | SLOT_WATCHED under a write watch; 0: neither (fast writes allowed). */
  readonly codeSlots: Uint8Array;
  /** Receives the writes to watched slots (watch.ts sets it with the watch). */
  watcher: WriteWatcher | null = null;
  readonly slotCount: number;
  private nextSlot = 0;
  /** Next candidate for allocFrame (frames below 1 MiB are left to explicit placement). */
  private nextAllocPfn = 0x100;
  private readonly listeners: CodeWriteListener[] = [];
  /** Frames claimed for devices (reset() releases them). */
  private readonly mmioFrames: number[] = [];

  constructor(opts: PhysicalMemoryOptions = {}) {
    const bytes = opts.ramBytes ?? 512 * 1024 * 1024;
    if (!Number.isInteger(bytes) || bytes < PAGE_SIZE || bytes > 1024 * 1024 * 1024 || bytes % PAGE_SIZE) {
      throw new Error(`ramBytes must be a multiple of ${PAGE_SIZE} between 4 KiB and 1 GiB, got ${bytes}`);
    }
    this.buffer = new ArrayBuffer(bytes);
    this.u8 = new Uint8Array(this.buffer);
    this.u16 = new Uint16Array(this.buffer);
    this.i32 = new Int32Array(this.buffer);
    this.view = new DataView(this.buffer);
    this.slotCount = bytes >>> PAGE_SHIFT;
    this.frameSlot = new Int32Array(PHYS_FRAMES).fill(FRAME_UNBACKED);
    this.slotFrame = new Int32Array(this.slotCount).fill(-1);
    this.codeSlots = new Uint8Array(this.slotCount);
  }

  addCodeWriteListener(l: CodeWriteListener): void { this.listeners.push(l); }

  /**
   * Back to the state of a fresh PhysicalMemory of the same size, for a new machine (machines built
   * one after another, as fault campaigns do, then reuse one host buffer): touched slots zeroed,
   * every frame unbacked, no device frames, no listeners. The previous machine must be dropped.
   */
  reset(): void {
    const used = this.nextSlot;
    this.u8.fill(0, 0, used * PAGE_SIZE);
    for (let s = 0; s < used; s++) {
      const p = this.slotFrame[s]!;
      if (p >= 0) this.frameSlot[p] = FRAME_UNBACKED;
    }
    for (const p of this.mmioFrames) this.frameSlot[p] = FRAME_UNBACKED;
    this.mmioFrames.length = 0;
    this.slotFrame.fill(-1, 0, used);
    this.codeSlots.fill(0, 0, used);
    this.nextSlot = 0;
    this.nextAllocPfn = 0x100;
    this.listeners.length = 0;
    this.watcher = null;
  }

  /** Host slot of a RAM frame, backing it on first use; FRAME_MMIO for device frames. */
  slotOf(pfn: number): number {
    const s = this.frameSlot[pfn]!;
    if (s !== FRAME_UNBACKED) return s;
    if (this.nextSlot >= this.slotCount) {
      throw new Error(`emulated RAM exhausted: ${this.slotCount * 4} KiB of host memory in use (raise ramBytes)`);
    }
    const slot = this.nextSlot++;
    this.frameSlot[pfn] = slot;
    this.slotFrame[slot] = pfn;
    return slot;
  }

  isMmio(pfn: number): boolean { return this.frameSlot[pfn] === FRAME_MMIO; }

  /** Marks frames as device frames (the Bus does this for mapMmio); they must not be RAM yet. */
  claimMmio(firstPfn: number, count: number): void {
    for (let p = firstPfn; p < firstPfn + count; p++) {
      const s = this.frameSlot[p]!;
      if (s >= 0) throw new Error(`physical frame 0x${p.toString(16)} is already RAM; cannot map MMIO there`);
      this.frameSlot[p] = FRAME_MMIO;
      this.mmioFrames.push(p);
    }
  }

  /** A fresh zeroed RAM frame number not used before (and not MMIO). */
  allocFrame(): number {
    for (let p = this.nextAllocPfn; p < PHYS_FRAMES; p++) {
      if (this.frameSlot[p] === FRAME_UNBACKED) {
        this.nextAllocPfn = p + 1;
        this.slotOf(p);
        return p;
      }
    }
    throw new Error('physical address space exhausted');
  }

  /** `count` consecutive fresh frames; returns the first pfn. */
  allocFrames(count: number): number {
    let start = this.nextAllocPfn;
    for (;;) {
      if (start + count > PHYS_FRAMES) throw new Error('physical address space exhausted');
      let ok = true;
      for (let p = start; p < start + count; p++) {
        if (this.frameSlot[p] !== FRAME_UNBACKED) { ok = false; start = p + 1; break; }
      }
      if (ok) break;
    }
    for (let p = start; p < start + count; p++) this.slotOf(p);
    this.nextAllocPfn = start + count;
    return start;
  }

  /** Host byte offset of a physical RAM address (backing it on demand); -1 for MMIO. */
  hostOffset(pa: number): number {
    const s = this.slotOf(pa >>> PAGE_SHIFT);
    return s < 0 ? -1 : s * PAGE_SIZE + (pa & PAGE_MASK);
  }

  /** Marks a slot as holding decoded code; true when it had no fast-write exemption before (the CPU then drops fast writes to it). */
  markCode(slot: number): boolean {
    const f = this.codeSlots[slot]!;
    if (f & SLOT_CODE) return false;
    this.codeSlots[slot] = f | SLOT_CODE;
    return f === 0;
  }

  clearCode(slot: number): void { this.codeSlots[slot]! &= ~SLOT_CODE; }

  /**
   * Must be called for every write that lands in a RAM slot outside the CPU fast path; `by` names
   * the writer for a write watch (see WriteWatcher). Returns true when decoded code was invalidated.
   */
  noteWrite(slot: number, offset: number, length: number, by: unknown = null): boolean {
    const f = this.codeSlots[slot]!;
    if (f === 0) return false;
    if (f & SLOT_WATCHED) this.watcher?.written(this.slotFrame[slot]!, offset, length, by);
    if (!(f & SLOT_CODE)) return false;
    let hit = false;
    for (const l of this.listeners) if (l.codeWritten(slot, offset, length)) hit = true;
    return hit;
  }

  /** Physical RAM read (no MMIO: the Bus routes device ranges). */
  readPhysRam(pa: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    this.readPhysInto(pa, out, 0, len);
    return out;
  }

  /** Physical RAM read into dst[off, off+len) (no allocation); frames are backed on demand as by readPhysRam. */
  readPhysInto(pa: number, dst: Uint8Array, off: number, len: number): void {
    let done = 0;
    while (done < len) {
      const a = (pa + done) >>> 0;
      const n = Math.min(len - done, PAGE_SIZE - (a & PAGE_MASK));
      const h = this.hostOffset(a);
      if (h < 0) throw new Error(`physical address 0x${a.toString(16)} is MMIO, not RAM`);
      copyBytes(dst, off + done, this.u8, h, n);
      done += n;
    }
  }

  writePhysRam(pa: number, bytes: Uint8Array): void {
    this.writePhysFrom(pa, bytes, 0, bytes.length);
  }

  /** Physical RAM write of src[off, off+len) (no allocation), code coherence as writePhysRam; `by` as for noteWrite. */
  writePhysFrom(pa: number, src: Uint8Array, off: number, len: number, by: unknown = null): void {
    let done = 0;
    while (done < len) {
      const a = (pa + done) >>> 0;
      const n = Math.min(len - done, PAGE_SIZE - (a & PAGE_MASK));
      const h = this.hostOffset(a);
      if (h < 0) throw new Error(`physical address 0x${a.toString(16)} is MMIO, not RAM`);
      copyBytes(this.u8, h, src, off + done, n);
      this.noteWrite(h >>> PAGE_SHIFT, a & PAGE_MASK, n, by);
      done += n;
    }
  }
}
