// Linux 6.1 i386 sk_buffs as host code reads and shapes them (the dom0 model's skb routines, the
// platform's skb builder and its receive side): field access over MemAccess with the generated
// layouts, and the pure parts of net/core/skbuff.c's and include/linux/skbuff.h's helpers. On
// i386 (BITS_PER_LONG 32) tail and end are pointers, not offsets (NET_SKBUFF_DATA_USES_OFFSET is
// 64-bit only); skb_shinfo(skb) is skb->end.

import { LINUX as K, SIZEOF, bio_vec, sk_buff, sk_buff_bits, skb_shared_info } from './layout.generated.js';
import type { MemAccess } from '../mem.js';

const getBit = (m: MemAccess, skb: number, f: { byte: number; mask: number; shift: number }): number => (m.read8(skb + f.byte) & f.mask) >>> f.shift;
const setBit = (m: MemAccess, skb: number, f: { byte: number; mask: number; shift: number }, v: number): void => {
  m.write8(skb + f.byte, (m.read8(skb + f.byte) & ~f.mask) | ((v << f.shift) & f.mask));
};

/** SKB_DATA_ALIGN: SMP_CACHE_BYTES alignment. */
export const skbDataAlign = (x: number): number => Math.ceil(x / K.SMP_CACHE_BYTES) * K.SMP_CACHE_BYTES;
export const SHINFO_ALIGNED = skbDataAlign(SIZEOF.skb_shared_info);
/** SKB_TRUESIZE(X): X plus the aligned sk_buff and skb_shared_info. */
export const skbTruesize = (x: number): number => x + skbDataAlign(SIZEOF.sk_buff) + SHINFO_ALIGNED;
/** SKB_HEAD_ALIGN(X): room for X bytes of head plus the shared info. */
export const skbHeadAlign = (x: number): number => skbDataAlign(x) + SHINFO_ALIGNED;
/** SKB_WITH_OVERHEAD(X): head bytes of an X-byte buffer. */
export const skbWithOverhead = (x: number): number => x - SHINFO_ALIGNED;

export interface Frag { readonly page: number; readonly off: number; readonly len: number }

export const skb = {
  head: (m: MemAccess, s: number): number => m.read32(s + sk_buff.head),
  data: (m: MemAccess, s: number): number => m.read32(s + sk_buff.data),
  tail: (m: MemAccess, s: number): number => m.read32(s + sk_buff.tail),
  end: (m: MemAccess, s: number): number => m.read32(s + sk_buff.end),
  len: (m: MemAccess, s: number): number => m.read32(s + sk_buff.len),
  dataLen: (m: MemAccess, s: number): number => m.read32(s + sk_buff.data_len),
  headlen: (m: MemAccess, s: number): number => (m.read32(s + sk_buff.len) - m.read32(s + sk_buff.data_len)) >>> 0,
  users: (m: MemAccess, s: number): number => m.read32(s + sk_buff.users) | 0,
  cloned: (m: MemAccess, s: number): boolean => getBit(m, s, sk_buff_bits.cloned) !== 0,
  headFrag: (m: MemAccess, s: number): boolean => getBit(m, s, sk_buff_bits.head_frag) !== 0,
  setHeadFrag: (m: MemAccess, s: number, v: boolean): void => setBit(m, s, sk_buff_bits.head_frag, v ? 1 : 0),
  fclone: (m: MemAccess, s: number): number => getBit(m, s, sk_buff_bits.fclone),
  pktType: (m: MemAccess, s: number): number => getBit(m, s, sk_buff_bits.pkt_type),
  setPktType: (m: MemAccess, s: number, v: number): void => setBit(m, s, sk_buff_bits.pkt_type, v),
  ipSummed: (m: MemAccess, s: number): number => getBit(m, s, sk_buff_bits.ip_summed),
  protocol: (m: MemAccess, s: number): number => m.read16(s + sk_buff.protocol),
  shinfo: (m: MemAccess, s: number): number => m.read32(s + sk_buff.end),
  nrFrags: (m: MemAccess, s: number): number => m.read8(m.read32(s + sk_buff.end) + skb_shared_info.nr_frags),
  /** skb_mac_header: head + mac_header (0xffff: not set). */
  macHeader: (m: MemAccess, s: number): number | null => {
    const off = m.read16(s + sk_buff.mac_header);
    return off === 0xffff ? null : (m.read32(s + sk_buff.head) + off) >>> 0;
  },
};

export function fragAt(m: MemAccess, shinfo: number, i: number): number {
  return shinfo + skb_shared_info.frags + i * SIZEOF.skb_frag_t;
}

export function frags(m: MemAccess, s: number): Frag[] {
  const sh = skb.shinfo(m, s), n = m.read8(sh + skb_shared_info.nr_frags);
  const out: Frag[] = [];
  for (let i = 0; i < Math.min(n, K.MAX_SKB_FRAGS); i++) {
    const f = fragAt(m, sh, i);
    out.push({ page: m.read32(f + bio_vec.bv_page), off: m.read32(f + bio_vec.bv_offset), len: m.read32(f + bio_vec.bv_len) });
  }
  return out;
}

export function setFrag(m: MemAccess, s: number, i: number, f: Frag): void {
  const a = fragAt(m, skb.shinfo(m, s), i);
  m.write32(a + bio_vec.bv_page, f.page);
  m.write32(a + bio_vec.bv_offset, f.off);
  m.write32(a + bio_vec.bv_len, f.len);
}

/**
 * __build_skb_around(skb, data, frag_size) after memset(skb, 0, offsetof(struct sk_buff, tail)):
 * `size` is the whole buffer (frag_size, or ksize of a kmalloc'ed head), the shared info at its end.
 */
export function buildSkbAround(m: MemAccess, s: number, data: number, size: number, cpu = 0): void {
  for (let o = 0; o < sk_buff.tail; o += 4) m.write32(s + o, 0);
  const head = size - SHINFO_ALIGNED;
  m.write32(s + sk_buff.truesize, skbTruesize(head));
  m.write32(s + sk_buff.users, 1);
  m.write32(s + sk_buff.head, data);
  m.write32(s + sk_buff.data, data);
  m.write32(s + sk_buff.tail, data);
  m.write32(s + sk_buff.end, data + head);
  m.write16(s + sk_buff.mac_header, 0xffff);
  m.write16(s + sk_buff.transport_header, 0xffff);
  m.write32(s + sk_buff.alloc_cpu, cpu);
  const sh = data + head;
  for (let o = 0; o < skb_shared_info.dataref; o += 4) m.write32(sh + o, 0);
  m.write32(sh + skb_shared_info.dataref, 1);
}

/** skb_reserve: data and tail move on by n. */
export function skbReserve(m: MemAccess, s: number, n: number): void {
  m.write32(s + sk_buff.data, m.read32(s + sk_buff.data) + n);
  m.write32(s + sk_buff.tail, m.read32(s + sk_buff.tail) + n);
}

/** The packet bytes: linear part then fragments (frag pages through `pageVa`). */
export function packetBytes(m: MemAccess, s: number, pageVa: (page: number) => number | null): Uint8Array {
  const hl = skb.headlen(m, s), total = skb.len(m, s);
  const out = new Uint8Array(total);
  m.readInto(skb.data(m, s), out, 0, Math.min(hl, total));
  let at = hl;
  for (const f of frags(m, s)) {
    const va = pageVa(f.page);
    if (va === null) throw new Error(`skb 0x${s.toString(16)}: fragment page 0x${f.page.toString(16)} is not a struct page`);
    const n = Math.min(f.len, total - at);
    if (n <= 0) break;
    m.readInto(va + f.off, out, at, n);
    at += n;
  }
  return out;
}
