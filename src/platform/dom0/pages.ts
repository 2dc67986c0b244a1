// Owns the ONE definition of how a `struct page *` maps to the memory it describes (dma_map_page,
// page fragments of sk_buffs, the hypervisor's copy of dma_map_page).
//
// Model (Linux's flat mem_map): dom0 RAM is `frames` consecutive physical frames starting at
// `firstPfn`, mapped linearly in dom0 at `lowmemVa`. `mem_map` is an array of struct page (32 bytes,
// layout PAGE) in dom0 memory at `memMapVa`, one entry per dom0 RAM frame, in frame order:
//
//   page(pfn)  = memMapVa + PAGE.size * (pfn - firstPfn)
//   phys(page) = pfn * 4096                      (bus address = physical address: no IOMMU)
//   virt(page) = lowmemVa + (pfn - firstPfn) * 4096
//
// Only pointers that are exactly a mem_map entry are pages; anything else is rejected (null), so a
// caller can report a bad page pointer instead of computing a wild address.
// Pure arithmetic: this class never touches memory (page->_count is kept by the kernel model).

import { PAGE } from '../layout.generated.js';

export const PAGE_SIZE = 4096;

export interface PageMapConfig {
  readonly memMapVa: number;
  readonly firstPfn: number;
  readonly frames: number;
  readonly lowmemVa: number;
}

export class PageMap implements PageMapConfig {
  readonly memMapVa: number;
  readonly firstPfn: number;
  readonly frames: number;
  readonly lowmemVa: number;

  constructor(cfg: PageMapConfig) {
    this.memMapVa = cfg.memMapVa >>> 0;
    this.firstPfn = cfg.firstPfn;
    this.frames = cfg.frames;
    this.lowmemVa = cfg.lowmemVa >>> 0;
  }

  /** Bytes of mem_map. */
  get memMapBytes(): number { return this.frames * PAGE.size; }

  /** Index into mem_map of a page pointer, or null when it is not exactly a mem_map entry. */
  indexOfPage(page: number): number | null {
    const off = (page >>> 0) - this.memMapVa;
    if (off < 0 || off % PAGE.size !== 0) return null;
    const i = off / PAGE.size;
    return i < this.frames ? i : null;
  }

  isPage(page: number): boolean { return this.indexOfPage(page) !== null; }

  pageOfPfn(pfn: number): number | null {
    const i = pfn - this.firstPfn;
    return i >= 0 && i < this.frames ? (this.memMapVa + i * PAGE.size) >>> 0 : null;
  }

  pfnOfPage(page: number): number | null {
    const i = this.indexOfPage(page);
    return i === null ? null : this.firstPfn + i;
  }

  /** Physical (= bus) address of the first byte of the page. */
  pageToPhys(page: number): number | null {
    const pfn = this.pfnOfPage(page);
    return pfn === null ? null : pfn * PAGE_SIZE;
  }

  /** dom0 lowmem virtual address of the first byte of the page. */
  pageToVirt(page: number): number | null {
    const i = this.indexOfPage(page);
    return i === null ? null : (this.lowmemVa + i * PAGE_SIZE) >>> 0;
  }

  /** struct page of a lowmem virtual address (any byte inside the frame), or null outside lowmem. */
  virtToPage(va: number): number | null {
    const off = (va >>> 0) - this.lowmemVa;
    if (off < 0 || off >= this.frames * PAGE_SIZE) return null;
    return (this.memMapVa + Math.floor(off / PAGE_SIZE) * PAGE.size) >>> 0;
  }

  physToPage(pa: number): number | null { return this.pageOfPfn(Math.floor(pa / PAGE_SIZE)); }

  /** Lowmem virtual address -> physical address (null outside lowmem). */
  virtToPhys(va: number): number | null {
    const off = (va >>> 0) - this.lowmemVa;
    if (off < 0 || off >= this.frames * PAGE_SIZE) return null;
    return this.firstPfn * PAGE_SIZE + off;
  }

  /** Physical address -> lowmem virtual address (null outside dom0 RAM). */
  physToVirt(pa: number): number | null {
    const off = pa - this.firstPfn * PAGE_SIZE;
    if (off < 0 || off >= this.frames * PAGE_SIZE) return null;
    return (this.lowmemVa + off) >>> 0;
  }
}
