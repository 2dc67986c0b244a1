// Linux 6.1 pages of the dom0 model (reference: REFERENCE.md "Pages"): __alloc_pages over the
// core's heap (page-aligned blocks of 2^order frames) with struct page as the buddy allocator
// leaves it — _refcount 1, the zone in the flags, compound pages with PG_head, tails pointing at
// the head (compound_head | 1) and the order in the first tail — put_page / page_frag_free /
// __folio_put freeing at refcount zero, and page_frag_alloc_1k's small fragments for
// __napi_alloc_skb. The per-cpu struct page_frag_cache lives in dom0 memory: page_frag_alloc_align
// on it is C (platform-c/hot/linux61, behind the hot __netdev_alloc_frag_align), which gets its
// pages from __alloc_pages here (the __svc_alloc_pages service).
//
// Modeled costs: __alloc_pages 200 (+1/16B with __GFP_ZERO), __folio_put 60, page_frag_free 30.

import { LINUX as K, SIZEOF, page, page_frag_cache } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import type { Dom0Kernel } from '../kernel.js';
import { PERCPU, PERCPU_OFF } from '../memmap.js';
import { PAGE_SIZE } from '../pages.js';
import { KernelOops, R, type RoutineSpec } from '../routine.js';
import { lx } from './state.js';

const PG_HEAD = 1 << K.PG_head;

/** The head page of any page of a compound page (compound_head). */
export function headPage(k: Dom0Kernel, p: number): number {
  const h = k.mem.read32(p + page.compound_head);
  return h & 1 ? (h - 1) >>> 0 : p;
}

const refcount = (k: Dom0Kernel, p: number): number => k.mem.read32(p + page._refcount) | 0;
const setRefcount = (k: Dom0Kernel, p: number, v: number): void => k.mem.write32(p + page._refcount, v);

/** __alloc_pages: 2^order fresh frames (zeroed with __GFP_ZERO), refcount 1; compound with __GFP_COMP. */
export function allocPages(k: Dom0Kernel, order: number, gfp: number, tag: string): number {
  if (order < 0 || order > K.MAX_ORDER - 1) return 0;
  const bytes = PAGE_SIZE << order;
  const va = k.pagesHost(bytes, 'page', tag);
  if (!va) return 0;
  if (gfp & K.__GFP_ZERO) k.mem.writeBytes(va, new Uint8Array(bytes));
  const head = k.pages.virtToPage(va)!;
  const zone = K.ZONE_NORMAL << K.ZONES_PGSHIFT;
  for (let i = 0; i < 1 << order; i++) {
    const p = head + i * SIZEOF.page;
    for (let o = 0; o < SIZEOF.page; o += 4) k.mem.write32(p + o, 0);
    k.mem.write32(p + page.flags, zone);
    k.mem.write32(p + page._mapcount, 0xffffffff);
  }
  setRefcount(k, head, 1);
  if (order > 0 && gfp & K.__GFP_COMP) {
    k.mem.write32(head + page.flags, zone | PG_HEAD);
    for (let i = 1; i < 1 << order; i++) k.mem.write32(head + i * SIZEOF.page + page.compound_head, head + 1);
    k.mem.write8(head + SIZEOF.page + page.compound_order, order);
  }
  lx(k).pageOrders.set(head, order);
  return head;
}

/** free_the_page: the block of a head page whose refcount reached zero. */
export function freePages(k: Dom0Kernel, head: number, routine: string): void {
  const order = lx(k).pageOrders.get(head);
  if (order === undefined) throw new KernelOops(`BUG: ${routine}: page 0x${hex8(head)} was not allocated by __alloc_pages`);
  lx(k).pageOrders.delete(head);
  k.kfreeHost(k.pages.pageToVirt(head)!, ['page'], routine);
}

/** put_page: the last reference frees the (compound) page. */
export function putPage(k: Dom0Kernel, p: number, routine: string): void {
  if (!k.pages.isPage(p)) throw new KernelOops(`BUG: ${routine}: 0x${hex8(p)} is not a struct page`);
  const h = headPage(k, p), n = refcount(k, h);
  if (n <= 0) { k.warn(`BUG: ${routine}: put_page on page 0x${hex8(h)} with refcount ${n}`); return; }
  setRefcount(k, h, n - 1);
  if (n === 1) freePages(k, h, routine);
}

/** page_frag_free(addr): drops the reference a fragment holds on its (head) page. */
export function pageFragFree(k: Dom0Kernel, va: number, routine: string): void {
  const p = k.pages.virtToPage(va);
  if (p === null) throw new KernelOops(`BUG: ${routine}: 0x${hex8(va)} is not in a dom0 page`);
  putPage(k, headPage(k, p), routine);
}

/** page_frag_alloc_1k on the per-cpu small cache (va, offset): 1 KiB fragments of an order-0 page. */
export function pageFragAlloc1k(k: Dom0Kernel, nc: number, gfp: number): number {
  const m = k.mem, f = page_frag_cache;
  let offset = m.read16(nc + f.offset) - 1024;
  if (offset < 0 || !m.read32(nc + f.va)) {
    const p = allocPages(k, 0, gfp, 'page_frag_1k');
    if (!p) return 0;
    m.write32(nc + f.va, k.pages.pageToVirt(p)!);
    offset = PAGE_SIZE - 1024;
    setRefcount(k, p, refcount(k, p) + offset / 1024);
  }
  m.write16(nc + f.offset, offset);
  return (m.read32(nc + f.va) + offset) >>> 0;
}

/** The per-cpu page_frag_cache structures (netdev_alloc_cache, napi_alloc_cache.page, .page_small). */
export const FRAG_CACHES = {
  netdev: PERCPU + PERCPU_OFF.netdev_alloc_cache,
  napi: PERCPU + PERCPU_OFF.napi_alloc_cache,
  napiSmall: PERCPU + PERCPU_OFF.napi_alloc_cache + SIZEOF.page_frag_cache,
} as const;

export const PAGE_ROUTINES: readonly RoutineSpec[] = [
  // struct page *__alloc_pages(gfp_t gfp, unsigned int order, int preferred_nid, nodemask_t *nodemask)
  R('__alloc_pages', 200, (k, a) => {
    const gfp = a.arg(0), order = a.arg(1);
    if (gfp & K.__GFP_DIRECT_RECLAIM) k.mightSleep(a.name);
    if (gfp & K.__GFP_ZERO) a.charge((PAGE_SIZE << order) / 16);
    return allocPages(k, order, gfp, `${a.name} from ${k.describeAddress(a.returnAddress())}`);
  }, false, 4),
  // void __folio_put(struct folio *folio): the caller's put dropped the last reference
  R('__folio_put', 60, (k, a) => {
    const p = a.arg(0);
    if (refcount(k, p) !== 0) k.warn(`BUG: __folio_put: folio 0x${hex8(p)} has refcount ${refcount(k, p)}`);
    freePages(k, p, a.name);
  }, false, 1),
  R('page_frag_free', 30, (k, a) => { pageFragFree(k, a.arg(0), a.name); }, false, 1),
];
