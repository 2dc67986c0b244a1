// Linux 6.1 sk_buff routines of the dom0 model (reference: REFERENCE.md "sk_buffs"): allocation
// (__alloc_skb with a kmalloc'ed head of kmalloc_size_roundup(SKB_HEAD_ALIGN(size)) bytes,
// __napi_alloc_skb with a page-fragment head), the free paths (skb_unref, then __kfree_skb;
// __dev_kfree_skb_any defers to the NET_TX softirq's completion queue in hard-irq context or with
// interrupts off), and the linear helpers (skb_trim, ___pskb_trim, __pskb_pull_tail,
// pskb_expand_head, __skb_pad, skb_copy_bits). The per-packet ones — napi_build_skb,
// napi_consume_skb, skb_put, eth_type_trans — are hot: C (platform-c/hot/linux61); so is what
// every free path shares (__kfree_skb, skb_release_data, skb_free_head, __build_skb_around),
// which these routines call (hot.c l61_free_skb, l61_release_data, l61_free_head,
// l61_build_skb_around) rather than repeat.
//
// Modeled costs: __alloc_skb 150, __napi_alloc_skb 120, consume_skb / kfree_skb_reason /
// __dev_kfree_skb_any 40 (+ the C that frees: dom0's kfree 60, put_page 25 per page),
// skb_trim 8, ___pskb_trim 60, __pskb_pull_tail 80 +1/4B, pskb_expand_head 150 +1/4B,
// __skb_pad 40 +1/8B, skb_copy_bits 30 +1/4B, skb_tstamp_tx 10.

import { LINUX as K, SIZEOF, napi_struct, net_device, page, sk_buff, skb_shared_info, softnet_data } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import { frags, setFrag, skb as S, skbHeadAlign, skbReserve, skbWithOverhead } from '../../linux/skb.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { caller, kfree } from './mem.js';
import { FRAG_CACHES, headPage, pageFragAlloc1k, pageFragFree, putPage } from './pages.js';
import { sd } from './napi.js';
import { lx } from './state.js';

/** kmalloc_size_roundup: the size of the kmalloc bucket a request lands in (SLUB i386). */
export function kmallocRoundup(size: number): number {
  if (size === 0) return 0;
  if (size > K.KMALLOC_MAX_CACHE_SIZE) return 4096 << Math.ceil(Math.log2(Math.ceil(size / 4096)));
  if (size <= 8) return 8;
  if (size > 64 && size <= 96) return 96;
  if (size > 128 && size <= 192) return 192;
  return 1 << Math.ceil(Math.log2(size));
}

/** A fresh struct sk_buff (skbuff_head_cache). */
function skbHead(k: Dom0Kernel, tag: string): number {
  const s = k.kmallocHost(SIZEOF.sk_buff, 'skb', tag);
  if (s) k.counters.skbsAllocated++;
  return s;
}

/** __alloc_skb(size, gfp, flags, node): a kmalloc'ed head; the shared info at its (rounded-up) end. */
export function allocSkb(k: Dom0Kernel, size: number, gfp: number, tag: string): number {
  const s = skbHead(k, tag);
  if (!s) return 0;
  const obj = kmallocRoundup(skbHeadAlign(size));
  const data = k.kmallocHost(obj, 'skbdata', tag, { align: K.SMP_CACHE_BYTES });
  if (!data) { k.kfreeHost(s, ['skb'], tag); return 0; }
  void gfp;
  lx(k).callC('l61_build_skb_around', [s, data, obj]);
  return s;
}

/** __napi_build_skb(data, frag_size) plus napi_build_skb's head_frag: an skb around a page fragment. */
export function buildSkb(k: Dom0Kernel, data: number, fragSize: number, tag: string): number {
  const s = skbHead(k, tag);
  if (!s) return 0;
  lx(k).callC('l61_build_skb_around', [s, data, fragSize]);
  S.setHeadFrag(k.mem, s, true);
  return s;
}

/** __napi_alloc_skb(napi, len, gfp). */
export function napiAllocSkb(k: Dom0Kernel, a: RoutineArgs, napiDev: number, len: number, gfp: number): number {
  len += K.NET_SKB_PAD + K.NET_IP_ALIGN;
  let s: number;
  const tag = caller(k, a);
  if (len > skbWithOverhead(4096) || (gfp & (K.__GFP_DIRECT_RECLAIM | K.GFP_DMA))) {
    s = allocSkb(k, len, gfp, tag);
  } else {
    let data: number, size: number;
    if (len <= skbWithOverhead(1024)) {
      size = 1024;
      data = pageFragAlloc1k(k, FRAG_CACHES.napiSmall, gfp);
    } else {
      size = skbHeadAlign(len);
      data = lx(k).callC('l61_page_frag_alloc', [FRAG_CACHES.napi, size, 0xffffffff]);
    }
    if (!data) return 0;
    s = buildSkb(k, data, size, tag);
    if (!s) { pageFragFree(k, data, a.name); return 0; }
  }
  if (!s) return 0;
  skbReserve(k.mem, s, K.NET_SKB_PAD + K.NET_IP_ALIGN);
  k.mem.write32(s + sk_buff.dev, napiDev);
  return s;
}

/** skb_unref: true when the caller held the last reference (refcount_t semantics, underflow warned). */
export function skbUnref(k: Dom0Kernel, s: number, routine: string): boolean {
  if (!s) return false;
  if (k.heap.blockAt(s)?.kind !== 'skb') throw new KernelOops(`BUG: ${routine}: 0x${hex8(s)} is not an skb`);
  const users = S.users(k.mem, s);
  if (users === 1) return true;
  if (users <= 0) { k.counters.badFrees++; k.warn(`refcount_t: underflow; use-after-free (${routine}: skb 0x${hex8(s)})`); return false; }
  k.mem.write32(s + sk_buff.users, users - 1);
  return false;
}

/** __kfree_skb: destructor, data, struct (the C every place shares). */
export function freeSkb(k: Dom0Kernel, s: number): void {
  lx(k).callC('l61_free_skb', [s]);
}

/** consume_skb / kfree_skb: the last reference frees it. */
export function dropSkb(k: Dom0Kernel, s: number, routine: string): void {
  if (skbUnref(k, s, routine)) freeSkb(k, s);
}

function irqsOffOrHardirq(k: Dom0Kernel): boolean { return k.execContext === 'hardirq' || !lx(k).irqsEnabled(); }

/** __dev_kfree_skb_irq: the last reference queues it on the completion queue, freed by NET_TX_SOFTIRQ. */
function kfreeSkbIrq(k: Dom0Kernel, s: number, routine: string): void {
  if (!skbUnref(k, s, routine)) return;
  const q = sd() + softnet_data.completion_queue;
  k.mem.write32(s + sk_buff.next, k.mem.read32(q));
  k.mem.write32(q, s);
  lx(k).raiseSoftirq(K.NET_TX_SOFTIRQ);
}

/** pskb_expand_head(skb, nhead, ntail): a new kmalloc'ed head with room around the data. */
export function expandHead(k: Dom0Kernel, a: RoutineArgs, s: number, nhead: number, ntail: number): number {
  const m = k.mem;
  if (nhead < 0) throw new KernelOops('kernel BUG at net/core/skbuff.c: pskb_expand_head: nhead < 0');
  if (S.users(m, s) !== 1) throw new KernelOops(`kernel BUG at net/core/skbuff.c: pskb_expand_head of a shared skb (users ${S.users(m, s)})`);
  const head = S.head(m, s), osize = (S.end(m, s) - head) >>> 0;
  const obj = kmallocRoundup(skbHeadAlign(osize + nhead + ntail));
  const data = k.kmallocHost(obj, 'skbdata', caller(k, a), { align: K.SMP_CACHE_BYTES });
  if (!data) return -K.ENOMEM;
  const size = skbWithOverhead(obj);
  const used = (S.tail(m, s) - head) >>> 0;
  m.writeBytes(data + nhead, m.readBytes(head, used));
  const sh = S.shinfo(m, s), nfr = m.read8(sh + skb_shared_info.nr_frags);
  m.writeBytes(data + size, m.readBytes(sh, skb_shared_info.frags + nfr * SIZEOF.skb_frag_t));
  a.charge(used / 4);
  if (S.cloned(m, s)) {
    // The copied fragments take a reference of their own (skb_frag_ref), then the shared data is released.
    for (const f of frags(m, s)) { const h = headPage(k, f.page); m.write32(h + page._refcount, m.read32(h + page._refcount) + 1); }
    lx(k).callC('l61_release_data', [s]);
  } else lx(k).callC('l61_free_head', [s]);
  const off = data + nhead - head;
  m.write32(s + sk_buff.head, data);
  S.setHeadFrag(m, s, false);
  m.write32(s + sk_buff.data, (S.data(m, s) + off) >>> 0);
  m.write32(s + sk_buff.end, data + size);
  m.write32(s + sk_buff.tail, (S.tail(m, s) + off) >>> 0);
  for (const h of ['mac_header', 'network_header', 'transport_header', 'inner_mac_header', 'inner_network_header', 'inner_transport_header'] as const) {
    const v = m.read16(s + sk_buff[h]);
    if (v !== 0xffff) m.write16(s + sk_buff[h], v + nhead);
  }
  m.write8(s + sk_buff.__cloned_offset, m.read8(s + sk_buff.__cloned_offset) & ~0x03); // cloned = 0, nohdr = 0
  m.write16(s + sk_buff.hdr_len, 0);
  m.write32(S.shinfo(m, s) + skb_shared_info.dataref, 1);
  if (!m.read32(s + sk_buff.sk)) m.write32(s + sk_buff.truesize, m.read32(s + sk_buff.truesize) + size - osize);
  return 0;
}

/** skb_copy_bits(skb, offset, to, len): -EFAULT when the range leaves the packet. */
export function copyBits(k: Dom0Kernel, s: number, offset: number, to: number, len: number): number {
  const m = k.mem;
  if (offset > S.len(m, s) - len) return -K.EFAULT;
  let start = S.headlen(m, s);
  let copy = start - offset;
  if (copy > 0) {
    copy = Math.min(copy, len);
    m.writeBytes(to, m.readBytes(S.data(m, s) + offset, copy));
    if ((len -= copy) === 0) return 0;
    offset += copy;
    to += copy;
  }
  for (const f of frags(m, s)) {
    const end = start + f.len;
    copy = end - offset;
    if (copy > 0) {
      copy = Math.min(copy, len);
      const va = k.pages.pageToVirt(f.page);
      if (va === null) throw new KernelOops(`BUG: skb_copy_bits: fragment page 0x${hex8(f.page)} is not a struct page`);
      m.writeBytes(to, m.readBytes(va + f.off + offset - start, copy));
      if ((len -= copy) === 0) return 0;
      offset += copy;
      to += copy;
    }
    start = end;
  }
  return len ? -K.EFAULT : 0;
}

export const SKBUFF_ROUTINES: readonly RoutineSpec[] = [
  // struct sk_buff *__alloc_skb(unsigned int size, gfp_t gfp_mask, int flags, int node)
  R('__alloc_skb', 150, (k, a) => {
    const size = a.arg(0), gfp = a.arg(1), flags = a.sarg(2);
    if (gfp & K.__GFP_DIRECT_RECLAIM) k.mightSleep(a.name);
    if (flags & K.SKB_ALLOC_FCLONE) throw new KernelOops(`${a.name}: SKB_ALLOC_FCLONE is not modeled (dom0's stack clones nothing)`);
    return allocSkb(k, size, gfp, caller(k, a));
  }, false, 4),
  R('__napi_alloc_skb', 120, (k, a) => napiAllocSkb(k, a, k.mem.read32(a.arg(0) + napi_struct.dev), a.arg(1), a.arg(2)), false, 3),
  R('consume_skb', 40, (k, a) => { dropSkb(k, a.arg(0), a.name); }, false, 1),
  // void kfree_skb_reason(struct sk_buff *skb, enum skb_drop_reason reason)
  R('kfree_skb_reason', 40, (k, a) => {
    const reason = a.arg(1);
    if (reason === 0 || reason >= K.SKB_DROP_REASON_MAX) k.warnOnce('drop-reason', `WARNING: kfree_skb_reason: bad drop reason ${reason}`);
    dropSkb(k, a.arg(0), a.name);
  }, false, 2),
  // void __dev_kfree_skb_any(struct sk_buff *skb, enum skb_free_reason reason)
  R('__dev_kfree_skb_any', 40, (k, a) => {
    const s = a.arg(0);
    if (irqsOffOrHardirq(k)) kfreeSkbIrq(k, s, a.name);
    else dropSkb(k, s, a.name);
  }, false, 2),
  R('skb_trim', 8, (k, a) => {
    const s = a.arg(0), len = a.arg(1), m = k.mem;
    if (S.len(m, s) <= len) return;
    if (S.dataLen(m, s)) { k.warnOnce('skb-trim', 'WARNING: skb_trim of a non-linear skb'); return; }
    m.write32(s + sk_buff.len, len);
    m.write32(s + sk_buff.tail, S.data(m, s) + len);
  }, false, 2),
  // int ___pskb_trim(struct sk_buff *skb, unsigned int len)
  R('___pskb_trim', 60, (k, a) => {
    const s = a.arg(0), len = a.arg(1), m = k.mem;
    if (S.cloned(m, s)) { const e = expandHead(k, a, s, 0, 0); if (e) return e; }
    let offset = S.headlen(m, s);
    const list = frags(m, s), sh = S.shinfo(m, s);
    let keep = 0;
    if (offset < len) {
      for (; keep < list.length; keep++) {
        const end = offset + list[keep]!.len;
        if (end < len) { offset = end; continue; }
        setFrag(m, s, keep, { ...list[keep]!, len: len - offset });
        keep++;
        break;
      }
    }
    m.write8(sh + skb_shared_info.nr_frags, keep);
    for (let i = keep; i < list.length; i++) putPage(k, list[i]!.page, a.name);
    if (len > S.headlen(m, s)) {
      m.write32(s + sk_buff.data_len, S.dataLen(m, s) - (S.len(m, s) - len));
      m.write32(s + sk_buff.len, len);
    } else {
      m.write32(s + sk_buff.len, len);
      m.write32(s + sk_buff.data_len, 0);
      m.write32(s + sk_buff.tail, S.data(m, s) + len);
    }
    return 0;
  }, false, 2),
  // void *__pskb_pull_tail(struct sk_buff *skb, int delta): delta bytes of the fragments moved into the linear part
  R('__pskb_pull_tail', 80, (k, a) => {
    const s = a.arg(0), delta = a.sarg(1), m = k.mem;
    const eat0 = ((S.tail(m, s) + delta) - S.end(m, s)) | 0;
    if (eat0 > 0 || S.cloned(m, s)) { if (expandHead(k, a, s, 0, eat0 > 0 ? eat0 + 128 : 0)) return 0; }
    if (copyBits(k, s, S.headlen(m, s), S.tail(m, s), delta)) throw new KernelOops('kernel BUG at net/core/skbuff.c: __pskb_pull_tail: skb_copy_bits failed');
    a.charge(delta / 4);
    let eat = delta, kk = 0;
    const list = frags(m, s);
    for (let i = 0; i < list.length; i++) {
      const f = list[i]!;
      if (f.len <= eat) { putPage(k, f.page, a.name); eat -= f.len; continue; }
      setFrag(m, s, kk, eat ? { page: f.page, off: f.off + eat, len: f.len - eat } : f);
      eat = 0;
      kk++;
    }
    m.write8(S.shinfo(m, s) + skb_shared_info.nr_frags, kk);
    m.write32(s + sk_buff.tail, S.tail(m, s) + delta);
    m.write32(s + sk_buff.data_len, S.dataLen(m, s) - delta);
    return S.tail(m, s);
  }, false, 2),
  // int pskb_expand_head(struct sk_buff *skb, int nhead, int ntail, gfp_t gfp_mask)
  R('pskb_expand_head', 150, (k, a) => expandHead(k, a, a.arg(0), a.sarg(1), a.sarg(2)), false, 4),
  // int __skb_pad(struct sk_buff *skb, int pad, bool free_on_error)
  R('__skb_pad', 40, (k, a) => {
    const s = a.arg(0), pad = a.sarg(1), free = (a.arg(2) & 0xff) !== 0, m = k.mem;
    a.charge(pad / 8);
    if (!S.cloned(m, s) && (S.end(m, s) - S.tail(m, s)) >= pad) {
      m.writeBytes(S.data(m, s) + S.len(m, s), new Uint8Array(pad));
      return 0;
    }
    const ntail = S.dataLen(m, s) + pad - ((S.end(m, s) - S.tail(m, s)) | 0);
    let err = S.cloned(m, s) || ntail > 0 ? expandHead(k, a, s, 0, ntail) : 0;
    if (!err && S.dataLen(m, s)) err = -K.ENOMEM; // skb_linearize of a paged skb: dom0's stack hands the driver none here
    if (err) { if (free) dropSkb(k, s, a.name); return err; }
    m.writeBytes(S.data(m, s) + S.len(m, s), new Uint8Array(pad));
    return 0;
  }, false, 3),
  // int skb_copy_bits(const struct sk_buff *skb, int offset, void *to, int len)
  R('skb_copy_bits', 30, (k, a) => { a.charge(a.sarg(3) / 4); return copyBits(k, a.arg(0), a.sarg(1), a.arg(2), a.sarg(3)); }, false, 4),
  // void skb_tstamp_tx(struct sk_buff *orig_skb, struct skb_shared_hwtstamps *hwtstamps): no socket, nothing to report
  R('skb_tstamp_tx', 10, (k, a) => { void k.mem.read32(a.arg(0) + sk_buff.sk); }, false, 2),
];

