// The hypervisor as a place for the Linux 6.1 hot routines (platform-c/hot/linux61/env-hv.c): at
// attach, the C learns dom0's addresses (vmalloc bounds for is_vmalloc_addr, jiffies, this CPU's
// softnet_data and pending softirqs, dom0's network-stack queue that received skbs go to) and gets
// its pools of dom0 memory, preallocated by dom0 (thesis §4.2.3): struct sk_buffs for
// napi_build_skb, and 2048-byte receive fragments for __netdev_alloc_frag_align, two per dom0 page.
// A fragment page holds a bias of references (as a page_frag_cache's page does), so that dom0,
// freeing an skb built on one, never gives the page back to its allocator: the fragment stays the
// pool's. Each struct also gets a placeholder struct page (a guest's transmitted bytes after the
// head are a fragment of it, bound to the guest's frame: platform-c/hv/net61.c).
// What the hypervisor is done with but dom0 owns comes back through __hw_hand_back, the low bits
// of the address saying what it is (twin/hv-linux61.h HAND_BACK_*); dom0 frees it here.

import { LINUX as K, SIZEOF, page } from '../linux/layout.generated.js';
import { KDATA, KERNEL_DATA, PERCPU, PERCPU_OFF } from '../dom0/memmap.js';
import { pageFragFree, putPage } from '../dom0/linux61/pages.js';
import type { Hypervisor } from './hypervisor.js';

/** Receive fragment bytes: the e1000's SKB_DATA_ALIGN(1522 + NET_SKB_PAD + NET_IP_ALIGN) + the shared info fits. */
export const L61_POOL_FRAG_BYTES = 2048;
/** The references a fragment page holds for the pool (PAGE_FRAG_CACHE_MAX_SIZE + 1, as page_frag_alloc biases). */
const POOL_PAGE_BIAS = K.PAGE_FRAG_CACHE_MAX_SIZE + 1;

/** l61_hv_boot: dom0's addresses the hot routines reach through D(). */
export function bootLinux61(hv: Hypervisor): void {
  const k = hv.dom0;
  hv.callHv('l61_hv_boot', [
    k.vmallocArea.base, k.vmallocArea.base + k.vmallocArea.size, KERNEL_DATA + KDATA.jiffies, PERCPU + PERCPU_OFF.softnet_data, PERCPU + PERCPU_OFF.softirq_pending,
    k.c.sym('l61_backlog_head'), k.c.sym('l61_backlog_tail'), k.c.sym('l61_backlog_qlen'),
  ]);
}

/** Fills the C's pools: `n` skb structs and `n` receive fragments of dom0 memory. */
export function fillLinux61Pool(hv: Hypervisor, n: number): void {
  const k = hv.dom0;
  for (let i = 0; i < n; i++) {
    const s = k.kmallocHost(SIZEOF.sk_buff, 'skb', 'hypervisor skb pool');
    if (!s || hv.callHv('l61_pool_add', [0, s, 0]) !== 0) throw new Error(`the hypervisor's Linux 6.1 skb pool stopped after ${i} skbs`);
  }
  for (let i = 0; i < n; i++) {
    const pg = k.abi.allocPages(0, K.GFP_ATOMIC, 'hypervisor placeholder page');
    if (!pg || hv.callHv('l61_pool_add', [2, pg, 0]) !== 0) throw new Error(`dom0 has no placeholder page for the hypervisor's pool after ${i}`);
  }
  const perPage = 4096 / L61_POOL_FRAG_BYTES;
  for (let i = 0; i < n; i += perPage) {
    const pg = k.abi.allocPages(0, K.GFP_ATOMIC, 'hypervisor fragment pool');
    const va = pg ? k.pages.pageToVirt(pg) : null;
    if (!pg || va === null) throw new Error(`dom0 has no page for the hypervisor's fragment pool after ${i} fragments`);
    k.mem.write32(pg + page._refcount, POOL_PAGE_BIAS);
    for (let j = 0; j < perPage && i + j < n; j++) {
      if (hv.callHv('l61_pool_add', [1, va + j * L61_POOL_FRAG_BYTES, L61_POOL_FRAG_BYTES]) !== 0) throw new Error(`the hypervisor's fragment pool is full after ${i + j}`);
    }
  }
}

/** dom0 frees what the hypervisor handed back (an skb, a head fragment, a kmalloc'ed head, a page). */
export function handBackLinux61(hv: Hypervisor, x: number): void {
  const k = hv.dom0, va = (x & ~3) >>> 0, why = 'hypervisor hand-back';
  switch (x & 3) {
    case 0: k.freeSkbHost(va, why); return;
    case 1: pageFragFree(k, va, why); return;
    case 2: k.kfreeHost(va, ['skbdata', 'kmalloc'], why); return;
    default: putPage(k, va, why);
  }
}

/** The pools' use so far (the C's counters). */
export function linux61PoolStats(hv: Hypervisor): { skbs: number; frags: number; exhausted: number; handedBack: number; foreignFrees: number } {
  const r = (s: string): number => hv.region.view.read32(hv.image.sym(s)) >>> 0;
  return { skbs: r('l61_pool_nskbs'), frags: r('l61_pool_nfrags'), exhausted: r('l61_pool_exhausted'), handedBack: r('l61_handed_back'), foreignFrees: r('l61_foreign_frees') };
}
