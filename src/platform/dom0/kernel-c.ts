// dom0's kernel code written in C (platform-c/dom0: the hot routines of the kernel's ABI compiled
// for dom0, netback, the physical-interrupt event handler): loaded into dom0's kernel space at boot
// and executed there, its instructions counted under the kernel's C context. The kernel model
// (kernel.ts) exports the hot routines from this image instead of host hooks; which image and which
// routines is the ABI's (abi.ts: cImage, hotRoutines).
//
// What the C calls back into the host are dom0 kernel services the cost model does not follow
// into (the slab allocator, put_page, BUG and printk-level warnings: modeled routines with the
// costs of routines.ts) and the shared streaming-DMA bookkeeping (instrumentation, uncharged),
// each a hook at DOM0_C_MAP.svcHooks + 16 * its index in C_SERVICES, then the ABI's own services.

import { install } from '../../loader/install.js';
import { SKB } from '../layout.generated.js';
import { hex8 } from '../mem.js';
import { placeImage, type PlacedImage } from '../pv/images.js';
import { DOM0_C_MAP } from '../hypervisor/layout.js';
import type { Dom0Kernel } from './kernel.js';
import { KernelOops, type RoutineSpec } from './routine.js';

/** Codes of platform-c/include/twin/abi.h (BUG_*, WARN_*, SVC_*). */
const SVC_SKB = 1;
const BUGS: Readonly<Record<number, (v: number) => string>> = {
  1: (v) => `BUG: spinlock bad magic: _spin_trylock on a lock holding 0x${hex8(v)}`,
  2: (v) => `BUG: dma_map: 0x${hex8(v)} is not mapped dom0 RAM (or not physically contiguous)`,
  3: (v) => `BUG: dma_map_page: 0x${hex8(v)} is not a struct page`,
  4: (v) => `BUG: kfree_skb: nr_frags ${v} > MAX_SKB_FRAGS`,
};
const BUGS_L61: Readonly<Record<number, (v: number) => string>> = {
  0x201: (v) => `kernel BUG at kernel/dma/mapping.c: invalid DMA direction ${v}`,
  0x202: (v) => `kernel BUG at net/core/skbuff.c: skb_over_panic: skb_put past the end of skb 0x${hex8(v)}`,
  0x203: (v) => `kernel BUG at include/linux/skbuff.h: __skb_pull: eth_type_trans of skb 0x${hex8(v)}, whose Ethernet header is not in its linear part`,
  0x204: (v) => `BUG: kfree_skb: nr_frags ${v} > MAX_SKB_FRAGS`,
  0x205: (v) => `BUG: 0x${hex8(v)} is not an skb dom0's stack handed out (or has a frag_list)`,
  0x206: (v) => `kernel BUG at lib/dynamic_queue_limits.c: dql_completed: ${v} completed, fewer queued`,
  0x207: (v) => `BUG: napi_build_skb: frag_size 0 for 0x${hex8(v)} (a kmalloc head, not a fragment)`,
};
const WARNS_L61: Readonly<Record<number, (v: number) => string>> = {
  0x301: (v) => `refcount_t: underflow; use-after-free (skb 0x${hex8(v)})`,
  0x302: (v) => `WARNING: napi_complete_done: napi 0x${hex8(v)} is not scheduled`,
  0x303: (v) => `WARNING: dma_map_page_attrs: device 0x${hex8(v)} without dma_mask`,
  0x304: (v) => `WARNING: dma_map_page_attrs: DMA addr 0x${hex8(v)} overflows the device's mask`,
  0x305: (v) => `WARNING: the hypervisor met skb destructor 0x${hex8(v)}`,
};
const WARNS: Readonly<Record<number, (v: number) => string>> = {
  0x101: (v) => `BUG: _spin_unlock_irqrestore: lock 0x${hex8(v)} is not held`,
  0x102: (v) => `BUG: eth_type_trans: skb 0x${hex8(v)} holds less than an Ethernet header`,
  0x103: (v) => `__netdev_alloc_skb: refusing a ${v}-byte skb`,
  0x104: (v) => `BUG: netif_rx: 0x${hex8(v)} is not an skb`,
  0x105: (v) => `BUG: kfree_skb: skb 0x${hex8(v)} has users <= 0`,
};

const S = (name: string, cost: number, impl: RoutineSpec['impl']): RoutineSpec => ({ name, cost, sleeps: false, impl });

/**
 * The services, in hook order. Costs: the modeled routine costs of routines.ts (kmalloc 80,
 * kfree 60, put_page 25 = dev_kfree_skb_any's per-fragment cost there; __alloc_pages 200 as the
 * Linux 6.1 ABI's); instrumentation 0.
 */
export const C_SERVICES: readonly RoutineSpec[] = [
  S('__svc_kmalloc', 80, (k, a) => {
    const size = a.arg(0), kind = a.arg(1);
    if (kind === SVC_SKB) {
      const skb = k.kmallocHost(size, 'skb', 'skb (kmem_cache_alloc)');
      if (skb) k.counters.skbsAllocated++;
      return skb;
    }
    return k.kmallocHost(size, 'skbdata', 'skb data (kmalloc)', { align: 32 });
  }),
  S('__svc_kfree', 60, (k, a) => {
    const p = a.arg(0), kind = a.arg(1);
    if (kind === SVC_SKB) { if (k.kfreeHost(p, ['skb'], 'kfree_skb')) k.counters.skbsFreed++; return; }
    k.kfreeHost(p, ['skbdata'], 'kfree_skb');
  }),
  S('__svc_put_page', 25, (k, a) => { k.putPage(a.arg(0), 'kfree_skb'); }),
  S('__svc_bug', 0, (_k, a) => { throw new KernelOops((BUGS[a.arg(0)] ?? BUGS_L61[a.arg(0)] ?? ((v: number) => `kernel BUG ${a.arg(0)} (0x${hex8(v)})`))(a.arg(1))); }),
  S('__svc_warn', 0, (k, a) => {
    const code = a.arg(0), v = a.arg(1);
    if (code === 0x105 || code === 0x301) k.counters.badFrees++;
    const text = (WARNS[code] ?? WARNS_L61[code] ?? ((x: number) => `kernel warning ${code} (0x${hex8(x)})`))(v);
    if (code === 0x103) k.warnOnce('skb-huge', text); else k.warn(text);
  }),
  S('__dbg_dma_map', 0, (k, a) => { k.dmaMapped(a.arg(0), a.arg(1), a.arg(2), a.arg(3) ? 'page' : 'single', a.arg(3) ? 'dma_map_page' : 'dma_map_single'); return 0; }),
  S('__dbg_dma_unmap', 0, (k, a) => { k.dmaUnmapped(a.arg(0), a.arg(1), a.arg(2), a.arg(3) ? 'page' : 'single', a.arg(3) ? 'dma_unmap_page' : 'dma_unmap_single'); }),
  S('__hw_pte', 0, (k, a) => (a.arg(0) === 0 ? k.space.pte(a.arg(1)) | 0 : 0)),
  // __alloc_pages(gfp, order) for the Linux 6.1 C's page-fragment refills (both ABIs' C share the image)
  S('__svc_alloc_pages', 200, (k, a) => k.abi.allocPages(a.arg(0), a.arg(1), 'page_frag cache')),
];

/** The dom0 kernel's C image and the host's views of its state. */
export class KernelC {
  readonly image: PlacedImage;

  private readonly hot: readonly string[];

  constructor(private readonly k: Dom0Kernel, install_: (va: number, spec: RoutineSpec) => void, context: number) {
    const services = [...C_SERVICES, ...k.abi.cServices];
    this.hot = k.abi.hotRoutines;
    services.forEach((spec, i) => install_(DOM0_C_MAP.svcHooks + 16 * i, spec));
    this.image = placeImage(k.abi.cImage, DOM0_C_MAP.image, (s) => {
      const i = services.findIndex((x) => x.name === s);
      return i >= 0 ? DOM0_C_MAP.svcHooks + 16 * i : undefined;
    });
    if (this.image.end > DOM0_C_MAP.imageEnd) throw new Error(`dom0's C image ends at 0x${this.image.end.toString(16)}, past 0x${DOM0_C_MAP.imageEnd.toString(16)}`);
    install(k.space, this.image.inst);
    k.space.setCounterRange(this.image.start, this.image.end, context);
  }

  /** Addresses of the hot routines in the image. */
  hotRoutines(): Map<string, number> {
    return new Map(this.hot.map((n) => [n, this.image.sym(this.k.abi.hotSymbol(n))]));
  }

  sym(name: string): number { return this.image.sym(name); }

  /** Calls per hot routine (the C counts them). */
  hotCalls(): Map<string, number> {
    const m = new Map<string, number>();
    const at = this.image.sym(this.k.abi.hotCallsSymbol);
    this.hot.forEach((n, i) => { const c = this.k.mem.read32(at + 4 * i) >>> 0; if (c) m.set(n, c); });
    return m;
  }

  /** The network stack's backlog (netif_rx's queue): its length. */
  get backlogLength(): number { return this.k.mem.read32(this.image.sym('backlog_qlen')) >>> 0; }
  get backlogQueued(): number { return this.k.mem.read32(this.image.sym('backlog_queued')) >>> 0; }
  get backlogDropped(): number { return this.k.mem.read32(this.image.sym('backlog_dropped')) >>> 0; }

  /**
   * Takes the first skb of the backlog (the stack's consumer: platform-c/dom0/env.c
   * backlog_dequeue, done by the host, which the cost model does not follow), or 0.
   */
  dequeueBacklog(): number {
    const m = this.k.mem;
    const head = this.image.sym('backlog_head'), tail = this.image.sym('backlog_tail'), qlen = this.image.sym('backlog_qlen');
    const skb = m.read32(head) >>> 0;
    if (!skb) return 0;
    const next = m.read32(skb + SKB.next) >>> 0;
    m.write32(head, next);
    if (!next) m.write32(tail, 0);
    m.write32(qlen, (m.read32(qlen) - 1) >>> 0);
    m.write32(skb + SKB.next, 0);
    return skb;
  }

  /** Bytes the C copied with string instructions (place_stats.copy_bytes). */
  get copyBytes(): number { return this.k.mem.read32(this.image.sym('place_stats')) >>> 0; }

  /** Whether [va, va + n) lies in the image (describeAddress). */
  contains(va: number): boolean { return va >= this.image.start && va < this.image.end; }

  /** "function+0xoff [dom0 C]" for a code address in the image. */
  describe(va: number): string {
    let best: [string, number] | null = null;
    for (const [n, a] of this.image.inst.symbols) {
      if (a <= va && a >= this.image.inst.textStart && a < this.image.inst.textStart + this.image.inst.textSize && (!best || a > best[1])) best = [n, a];
    }
    return best ? `${best[0]}+0x${(va - best[1]).toString(16)} [dom0 C]` : `0x${hex8(va)} [dom0 C]`;
  }
}
