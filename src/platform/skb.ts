// Owns the sk_buff / skb_shared_info helpers of the platform: pure functions over a MemAccess and the
// generated layout (SKB, SHINFO, SKB_FRAG, SKB_BITS), usable by the dom0 kernel model and, with an
// SVM-translating accessor, by the hypervisor's hot routines. No allocation here: callers pass the
// addresses of the struct and of its data buffer.
//
// Invariants maintained (drivers/include/linux/skbuff.h):
//   head <= data <= tail <= end;  len = (tail - data) + data_len;  data_len = sum of fragment sizes;
//   skb_shinfo(skb) lives at `end` with room for MAX_SKB_FRAGS fragments (SHINFO.size bytes), so the
//   data buffer of an skb whose linear area is `size` bytes is `size + SHINFO.size` bytes long.
// A helper that would break an invariant throws SkbError (the kernel's skb_over_panic /
// skb_under_panic / BUG) and leaves memory unchanged.

import { KCONST, SHINFO, SKB, SKB_BITS, SKB_FRAG } from './layout.generated.js';
import { zeroBytes, type MemAccess } from './mem.js';

export class SkbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkbError';
  }
}

export interface SkbFrag {
  readonly page: number;
  readonly offset: number;
  readonly size: number;
}

/** A snapshot of the fields the platform cares about. */
export interface SkbState {
  readonly addr: number;
  readonly head: number;
  readonly data: number;
  readonly tail: number;
  readonly end: number;
  readonly len: number;
  readonly dataLen: number;
  readonly users: number;
  readonly truesize: number;
  readonly dev: number;
  readonly mac: number;
  readonly protocol: number;
  readonly pktType: number;
  readonly ipSummed: number;
  readonly dataref: number;
  readonly nrFrags: number;
  readonly frags: readonly SkbFrag[];
}

/** Cache-line alignment of data buffers (SKB_DATA_ALIGN). */
export const SKB_DATA_ALIGN = 32;

/** Linear-area size __netdev_alloc_skb reserves for `length` bytes of data (headroom included). */
export function skbDataSize(length: number): number {
  return Math.ceil((length + KCONST.NET_SKB_PAD) / SKB_DATA_ALIGN) * SKB_DATA_ALIGN;
}

/** Bytes of the data buffer for a linear area of `size` bytes (linear area + shared info). */
export function skbBufferBytes(size: number): number {
  return size + SHINFO.size;
}

export interface SkbInitOptions {
  /** Headroom: data = tail = head + reserve (default NET_SKB_PAD). */
  readonly reserve?: number;
  readonly dev?: number;
}

/**
 * Initialises the skb struct at `skb` over the buffer `head` whose linear area is `size` bytes:
 * zeroed struct, head/data/tail/end, len = data_len = 0, users = 1, truesize = size + sizeof(skb),
 * and a zeroed shared info at end with dataref = 1, nr_frags = 0.
 */
export function initSkb(mem: MemAccess, skb: number, head: number, size: number, opts: SkbInitOptions = {}): void {
  const reserve = opts.reserve ?? KCONST.NET_SKB_PAD;
  if (reserve < 0 || reserve > size) throw new SkbError(`initSkb: headroom ${reserve} does not fit a ${size}-byte buffer`);
  zeroBytes(mem, skb, SKB.size);
  const end = (head + size) >>> 0;
  mem.write32(skb + SKB.head, head);
  mem.write32(skb + SKB.data, head + reserve);
  mem.write32(skb + SKB.tail, head + reserve);
  mem.write32(skb + SKB.end, end);
  mem.write32(skb + SKB.users, 1);
  mem.write32(skb + SKB.truesize, size + SKB.size);
  mem.write32(skb + SKB.dev, opts.dev ?? 0);
  zeroBytes(mem, end, SHINFO.size);
  mem.write32(end + SHINFO.dataref, 1);
}

export function skbShinfo(mem: MemAccess, skb: number): number { return mem.read32(skb + SKB.end); }
export function skbLen(mem: MemAccess, skb: number): number { return mem.read32(skb + SKB.len); }
export function skbData(mem: MemAccess, skb: number): number { return mem.read32(skb + SKB.data); }
export function skbHeadlen(mem: MemAccess, skb: number): number {
  return (mem.read32(skb + SKB.len) - mem.read32(skb + SKB.data_len)) >>> 0;
}
export function skbHeadroom(mem: MemAccess, skb: number): number {
  return mem.read32(skb + SKB.data) - mem.read32(skb + SKB.head);
}
export function skbTailroom(mem: MemAccess, skb: number): number {
  return mem.read32(skb + SKB.end) - mem.read32(skb + SKB.tail);
}
export function skbNrFrags(mem: MemAccess, skb: number): number {
  return mem.read16(skbShinfo(mem, skb) + SHINFO.nr_frags);
}

/** Moves data and tail together (only on an empty skb). */
export function skbReserve(mem: MemAccess, skb: number, n: number): void {
  const data = mem.read32(skb + SKB.data), tail = mem.read32(skb + SKB.tail), end = mem.read32(skb + SKB.end);
  if (data !== tail || mem.read32(skb + SKB.len) !== 0) throw new SkbError('skb_reserve on a non-empty skb');
  if (tail + n > end) throw new SkbError(`skb_reserve(${n}) past end`);
  mem.write32(skb + SKB.data, data + n);
  mem.write32(skb + SKB.tail, tail + n);
}

/** Extends the linear data by n bytes at the tail; returns the old tail (skb_over_panic when past end). */
export function skbPut(mem: MemAccess, skb: number, n: number): number {
  const tail = mem.read32(skb + SKB.tail), end = mem.read32(skb + SKB.end);
  if (mem.read32(skb + SKB.data_len) !== 0) throw new SkbError('skb_put on an skb with page fragments');
  if (tail + n > end) throw new SkbError(`skb_over_panic: put ${n} bytes at tail 0x${tail.toString(16)} past end 0x${end.toString(16)}`);
  mem.write32(skb + SKB.tail, tail + n);
  mem.write32(skb + SKB.len, mem.read32(skb + SKB.len) + n);
  return tail;
}

/** Prepends n bytes of headroom to the data; returns the new data pointer (skb_under_panic below head). */
export function skbPush(mem: MemAccess, skb: number, n: number): number {
  const data = mem.read32(skb + SKB.data), head = mem.read32(skb + SKB.head);
  if (data - n < head) throw new SkbError(`skb_under_panic: push ${n} bytes at data 0x${data.toString(16)} below head 0x${head.toString(16)}`);
  mem.write32(skb + SKB.data, data - n);
  mem.write32(skb + SKB.len, mem.read32(skb + SKB.len) + n);
  return data - n;
}

/** Removes n bytes from the start of the linear data; returns the new data pointer, or null if the linear part is shorter. */
export function skbPull(mem: MemAccess, skb: number, n: number): number | null {
  if (n > skbHeadlen(mem, skb)) return null;
  const data = mem.read32(skb + SKB.data) + n;
  mem.write32(skb + SKB.data, data);
  mem.write32(skb + SKB.len, mem.read32(skb + SKB.len) - n);
  return data >>> 0;
}

/** skb_put + copy. */
export function skbPutBytes(mem: MemAccess, skb: number, bytes: Uint8Array): number {
  const at = skbPut(mem, skb, bytes.length);
  mem.writeBytes(at, bytes);
  return at;
}

export function skbFrags(mem: MemAccess, skb: number): SkbFrag[] {
  const sh = skbShinfo(mem, skb);
  const n = mem.read16(sh + SHINFO.nr_frags);
  if (n > KCONST.MAX_SKB_FRAGS) throw new SkbError(`skb 0x${skb.toString(16)}: nr_frags ${n} > MAX_SKB_FRAGS`);
  const out: SkbFrag[] = [];
  for (let i = 0; i < n; i++) {
    const f = sh + SHINFO.frags + i * SKB_FRAG.size;
    out.push({ page: mem.read32(f + SKB_FRAG.page), offset: mem.read32(f + SKB_FRAG.page_offset), size: mem.read32(f + SKB_FRAG.frag_size) });
  }
  return out;
}

/** Appends a page fragment: frags[nr_frags++] = {page, offset, size}; len, data_len, truesize grow. */
export function skbAddFrag(mem: MemAccess, skb: number, page: number, offset: number, size: number): void {
  const sh = skbShinfo(mem, skb);
  const n = mem.read16(sh + SHINFO.nr_frags);
  if (n >= KCONST.MAX_SKB_FRAGS) throw new SkbError(`skb 0x${skb.toString(16)}: already ${n} fragments`);
  const f = sh + SHINFO.frags + n * SKB_FRAG.size;
  mem.write32(f + SKB_FRAG.page, page);
  mem.write32(f + SKB_FRAG.page_offset, offset);
  mem.write32(f + SKB_FRAG.frag_size, size);
  mem.write16(sh + SHINFO.nr_frags, n + 1);
  mem.write32(skb + SKB.len, mem.read32(skb + SKB.len) + size);
  mem.write32(skb + SKB.data_len, mem.read32(skb + SKB.data_len) + size);
  mem.write32(skb + SKB.truesize, mem.read32(skb + SKB.truesize) + size);
}

/** Maps a fragment's (page, offset) to an address `mem` can read (e.g. PageMap.pageToVirt + offset). */
export type FragResolver = (page: number, offset: number) => number | null;

/** The whole packet from data: linear part then every fragment, in order. */
export function skbReadPacket(mem: MemAccess, skb: number, frag: FragResolver): Uint8Array {
  let out: Uint8Array | null = null;
  skbReadPacketInto(mem, skb, frag, (len) => (out = new Uint8Array(len)), 0);
  return out!;
}

/**
 * skbReadPacket into a caller's buffer: `into(len)` is asked for it once the packet's length is
 * known (as skbReadPacket allocates its result) and must have room for len bytes at `off`.
 * The same reads in the same order, and the same errors, as skbReadPacket. Returns len.
 */
export function skbReadPacketInto(mem: MemAccess, skb: number, frag: FragResolver, into: (len: number) => Uint8Array, off: number): number {
  const len = skbLen(mem, skb);
  const headlen = skbHeadlen(mem, skb);
  if (headlen > len) throw new SkbError(`skb 0x${skb.toString(16)}: data_len larger than len`);
  const dst = into(len);
  if (dst.length - off < len) throw new RangeError(`skbReadPacketInto: ${len} bytes do not fit at ${off} of ${dst.length}`);
  mem.readInto(skbData(mem, skb), dst, off, headlen);
  let at = headlen;
  for (const f of skbFrags(mem, skb)) {
    if (at + f.size > len) throw new SkbError(`skb 0x${skb.toString(16)}: fragments hold more than data_len`);
    const va = frag(f.page, f.offset);
    if (va === null) throw new SkbError(`skb 0x${skb.toString(16)}: fragment page 0x${f.page.toString(16)} is not a page`);
    mem.readInto(va, dst, off + at, f.size);
    at += f.size;
  }
  if (at !== len) throw new SkbError(`skb 0x${skb.toString(16)}: linear ${headlen} + fragments ${at - headlen} != len ${len}`);
  return len;
}

export function skbSetProtocol(mem: MemAccess, skb: number, protocol: number): void { mem.write16(skb + SKB.protocol, protocol); }
export function skbSetDev(mem: MemAccess, skb: number, dev: number): void { mem.write32(skb + SKB.dev, dev); }
export function skbSetMacHeader(mem: MemAccess, skb: number, va: number): void { mem.write32(skb + SKB.mac, va); }

function bitShift(mask: number): number { let s = 0; while (((mask >> s) & 1) === 0) s++; return s; }

export function skbPktType(mem: MemAccess, skb: number): number {
  return (mem.read8(skb + SKB_BITS.pkt_type_byte) & SKB_BITS.pkt_type_mask) >> bitShift(SKB_BITS.pkt_type_mask);
}
export function skbSetPktType(mem: MemAccess, skb: number, t: number): void {
  const a = skb + SKB_BITS.pkt_type_byte, m = SKB_BITS.pkt_type_mask;
  mem.write8(a, (mem.read8(a) & ~m) | ((t << bitShift(m)) & m));
}
export function skbIpSummed(mem: MemAccess, skb: number): number {
  return (mem.read8(skb + SKB_BITS.ip_summed_byte) & SKB_BITS.ip_summed_mask) >> bitShift(SKB_BITS.ip_summed_mask);
}

export function skbState(mem: MemAccess, skb: number): SkbState {
  const end = mem.read32(skb + SKB.end);
  return {
    addr: skb >>> 0,
    head: mem.read32(skb + SKB.head), data: mem.read32(skb + SKB.data), tail: mem.read32(skb + SKB.tail), end,
    len: mem.read32(skb + SKB.len), dataLen: mem.read32(skb + SKB.data_len), users: mem.read32(skb + SKB.users),
    truesize: mem.read32(skb + SKB.truesize), dev: mem.read32(skb + SKB.dev), mac: mem.read32(skb + SKB.mac),
    protocol: mem.read16(skb + SKB.protocol), pktType: skbPktType(mem, skb), ipSummed: skbIpSummed(mem, skb),
    dataref: mem.read32(end + SHINFO.dataref), nrFrags: mem.read16(end + SHINFO.nr_frags), frags: skbFrags(mem, skb),
  };
}

/** Invariant violations of an skb (empty when sound). */
export function checkSkb(mem: MemAccess, skb: number): string[] {
  const p: string[] = [];
  const head = mem.read32(skb + SKB.head), data = mem.read32(skb + SKB.data), tail = mem.read32(skb + SKB.tail), end = mem.read32(skb + SKB.end);
  const len = mem.read32(skb + SKB.len), dataLen = mem.read32(skb + SKB.data_len);
  if (!(head <= data && data <= tail && tail <= end)) p.push(`pointers out of order: head 0x${head.toString(16)} data 0x${data.toString(16)} tail 0x${tail.toString(16)} end 0x${end.toString(16)}`);
  if (len !== tail - data + dataLen) p.push(`len ${len} != (tail - data) ${tail - data} + data_len ${dataLen}`);
  const n = mem.read16(end + SHINFO.nr_frags);
  if (n > KCONST.MAX_SKB_FRAGS) p.push(`nr_frags ${n} > ${KCONST.MAX_SKB_FRAGS}`);
  else {
    let sum = 0;
    for (const f of skbFrags(mem, skb)) sum += f.size;
    if (sum !== dataLen) p.push(`fragments hold ${sum} bytes, data_len is ${dataLen}`);
  }
  return p;
}
