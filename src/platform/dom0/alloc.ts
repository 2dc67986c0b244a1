// Owns RangeAllocator: a first-fit allocator with coalescing over one address range, used by the
// dom0 kernel model for its heap (lowmem: kmalloc, sk_buffs, coherent DMA memory, pages, net
// devices) and for the vmalloc address range.
//
// Invariants:
// - Metadata lives on the host, never in guest memory: a driver that scribbles over the heap cannot
//   corrupt the allocator, and every free is checked against the live table.
// - Free extents are sorted by address, disjoint, non-empty and never adjacent (always coalesced);
//   live blocks and free extents tile [base, base + size) exactly.
// - A free of an address that is not the start of a live block is refused and classified: double
//   free (the address was freed and not handed out again), mismatched free (live, but allocated by
//   a different routine family), or invalid free. Refused frees change nothing.

export interface Block {
  readonly addr: number;
  /** Bytes reserved (>= requested, includes any redzone the caller asked for). */
  readonly size: number;
  /** Bytes the caller asked for. */
  readonly requested: number;
  readonly align: number;
  /** Allocation family (kmalloc, skb, skbdata, coherent, page, netdev, vmalloc ...). */
  readonly kind: string;
  /** Free text for leak reports (e.g. the routine and caller). */
  readonly tag: string;
  /** Allocation sequence number (leak reports list the oldest first). */
  readonly seq: number;
}

export type FreeResult =
  | { readonly ok: true; readonly block: Block }
  | { readonly ok: false; readonly error: 'double free' | 'invalid free' | 'mismatched free'; readonly detail: string };

export interface AllocatorStats {
  readonly blocksLive: number;
  readonly bytesLive: number;
  readonly bytesFree: number;
  readonly largestFree: number;
  readonly freeExtents: number;
  readonly allocations: number;
  readonly frees: number;
  readonly failures: number;
}

interface Extent { addr: number; size: number }

const alignUp = (x: number, a: number): number => Math.ceil(x / a) * a;

export class RangeAllocator {
  private readonly freeList: Extent[];
  private readonly live = new Map<number, Block>();
  /** Freed start addresses not handed out again, with the kind they had (double-free detection). */
  private readonly freed = new Map<number, string>();
  private seq = 0;
  private nAlloc = 0;
  private nFree = 0;
  private nFail = 0;

  constructor(readonly name: string, readonly base: number, readonly size: number, readonly minAlign = 8) {
    if (base < 0 || size <= 0 || base + size > 2 ** 32) throw new Error(`${name}: bad range 0x${base.toString(16)}+0x${size.toString(16)}`);
    this.freeList = [{ addr: base, size }];
  }

  get end(): number { return this.base + this.size; }

  /** Told of every block that becomes live (true) or is freed (false), when set (fault campaigns follow ownership). */
  listener: ((block: Block, live: boolean) => void) | null = null;

  /** First fit; returns the block address or null when no extent can hold it. */
  alloc(requested: number, align: number, kind: string, tag = '', reserve = requested): number | null {
    const a = Math.max(this.minAlign, align);
    const size = alignUp(Math.max(1, reserve), this.minAlign);
    for (let i = 0; i < this.freeList.length; i++) {
      const e = this.freeList[i]!;
      const start = alignUp(e.addr, a);
      if (start + size > e.addr + e.size) continue;
      const pieces: Extent[] = [];
      if (start > e.addr) pieces.push({ addr: e.addr, size: start - e.addr });
      if (start + size < e.addr + e.size) pieces.push({ addr: start + size, size: e.addr + e.size - start - size });
      this.freeList.splice(i, 1, ...pieces);
      const block: Block = { addr: start, size, requested, align: a, kind, tag, seq: ++this.seq };
      this.live.set(start, block);
      this.freed.delete(start);
      this.nAlloc++;
      this.listener?.(block, true);
      return start;
    }
    this.nFail++;
    return null;
  }

  /** Frees the block starting at addr if it is live and of one of `kinds` (any kind when omitted). */
  release(addr: number, kinds?: readonly string[]): FreeResult {
    const b = this.live.get(addr);
    if (!b) {
      const was = this.freed.get(addr);
      if (was !== undefined) return { ok: false, error: 'double free', detail: `0x${addr.toString(16)} (${was}) was already freed` };
      const inside = this.containing(addr);
      const detail = inside
        ? `0x${addr.toString(16)} points ${addr - inside.addr} bytes into a ${inside.kind} block at 0x${inside.addr.toString(16)}`
        : `0x${addr.toString(16)} was never allocated by ${this.name}`;
      return { ok: false, error: 'invalid free', detail };
    }
    if (kinds && !kinds.includes(b.kind)) {
      return { ok: false, error: 'mismatched free', detail: `0x${addr.toString(16)} is a ${b.kind} block (${b.tag}), freed as ${kinds.join('/')}` };
    }
    this.live.delete(addr);
    this.freed.set(addr, b.kind);
    this.insertFree(b.addr, b.size);
    this.nFree++;
    this.listener?.(b, false);
    return { ok: true, block: b };
  }

  private insertFree(addr: number, size: number): void {
    const fl = this.freeList;
    let lo = 0, hi = fl.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (fl[mid]!.addr < addr) lo = mid + 1; else hi = mid; }
    const prev = lo > 0 ? fl[lo - 1]! : null;
    const next = lo < fl.length ? fl[lo]! : null;
    if (prev && prev.addr + prev.size > addr) throw new Error(`${this.name}: internal: free extent overlap at 0x${addr.toString(16)}`);
    if (next && addr + size > next.addr) throw new Error(`${this.name}: internal: free extent overlap at 0x${addr.toString(16)}`);
    if (prev && prev.addr + prev.size === addr) {
      prev.size += size;
      if (next && prev.addr + prev.size === next.addr) { prev.size += next.size; fl.splice(lo, 1); }
    } else if (next && addr + size === next.addr) {
      next.addr = addr; next.size += size;
    } else {
      fl.splice(lo, 0, { addr, size });
    }
  }

  /** The live block starting exactly at addr. */
  blockAt(addr: number): Block | undefined { return this.live.get(addr); }

  /** The live block containing addr (linear scan: diagnostics only). */
  containing(addr: number): Block | undefined {
    for (const b of this.live.values()) if (addr >= b.addr && addr < b.addr + b.size) return b;
    return undefined;
  }

  liveBlocks(): Block[] { return [...this.live.values()].sort((x, y) => x.seq - y.seq); }

  freeExtents(): readonly { readonly addr: number; readonly size: number }[] { return this.freeList.map((e) => ({ ...e })); }

  stats(): AllocatorStats {
    let bytesLive = 0;
    for (const b of this.live.values()) bytesLive += b.size;
    let bytesFree = 0, largestFree = 0;
    for (const e of this.freeList) { bytesFree += e.size; largestFree = Math.max(largestFree, e.size); }
    return {
      blocksLive: this.live.size, bytesLive, bytesFree, largestFree, freeExtents: this.freeList.length,
      allocations: this.nAlloc, frees: this.nFree, failures: this.nFail,
    };
  }

  /** Checks the tiling invariant; returns problems (empty when consistent). */
  check(): string[] {
    const items = [...this.freeList.map((e) => ({ ...e, free: true })), ...[...this.live.values()].map((b) => ({ addr: b.addr, size: b.size, free: false }))]
      .sort((x, y) => x.addr - y.addr);
    const problems: string[] = [];
    let at = this.base;
    let prevFree = false;
    for (const it of items) {
      if (it.addr < at) problems.push(`overlap at 0x${it.addr.toString(16)}`);
      if (it.addr > at) problems.push(`lost bytes at 0x${at.toString(16)}..0x${it.addr.toString(16)}`);
      if (it.free && prevFree && it.addr === at) problems.push(`uncoalesced free extents at 0x${it.addr.toString(16)}`);
      at = Math.max(at, it.addr + it.size);
      prevFree = it.free;
    }
    if (at > this.end) problems.push('blocks past the end of the range');
    if (at < this.end) problems.push(`lost bytes at 0x${at.toString(16)}..0x${this.end.toString(16)}`);
    return problems;
  }
}
