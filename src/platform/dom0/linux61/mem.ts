// Linux 6.1 memory routines of the dom0 model (reference: REFERENCE.md "Memory"): the kmalloc
// family over the core's redzoned heap (kmallocHost), vmalloc areas of fresh pages with an
// unmapped guard page, kmap_local of lowmem pages (dom0 has no highmem: every page has an
// address), ioremap of the NIC's BARs.
//
// Modeled costs (instructions; plausible numbers for a 6.1 i386 SLUB kernel, "+x/B" per byte):
//   __kmalloc / kmalloc_trace 60 (+1/16B with __GFP_ZERO), kfree 50, vzalloc 400 +120/page,
//   vfree 300 +60/page, page_address 8, __kmap_local_page_prot 12 (is_vmalloc_addr is hot: C),
//   kunmap_local_indexed 10, ioremap 400 +40/page, iounmap 250.

import { LINUX as K } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import { E1000_BAR_SIZE, E1000_IO_BAR_SIZE } from '../../nic/e1000.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { lx } from './state.js';

/** kmalloc(0) and friends return this (ZERO_SIZE_PTR); kfree of it or of NULL does nothing. */
export const ZERO_SIZE_PTR = 16;

/** might_alloc(): an allocation that may block (__GFP_DIRECT_RECLAIM) may sleep. */
export function mightAlloc(k: Dom0Kernel, a: RoutineArgs, gfp: number): void {
  if ((gfp & K.__GFP_DIRECT_RECLAIM) !== 0) k.mightSleep(`${a.name}(gfp 0x${gfp.toString(16)})`);
}

export function caller(k: Dom0Kernel, a: RoutineArgs): string { return `${a.name} from ${k.describeAddress(a.returnAddress())}`; }

/** The slab (or large) allocation behind every kmalloc entry point: NULL on failure, ZERO_SIZE_PTR for 0 bytes. */
export function kmalloc(k: Dom0Kernel, a: RoutineArgs, size: number, gfp: number, kind = 'kmalloc'): number {
  mightAlloc(k, a, gfp);
  if (size === 0) return ZERO_SIZE_PTR;
  const zero = (gfp & K.__GFP_ZERO) !== 0;
  if (zero) a.charge(size / 16);
  return k.kmallocHost(size, kind, caller(k, a), { zero, align: size >= K.ARCH_KMALLOC_MINALIGN * 4 ? 32 : K.ARCH_KMALLOC_MINALIGN });
}

/** kfree: NULL and ZERO_SIZE_PTR are ignored; anything else must be a live kmalloc block. */
export function kfree(k: Dom0Kernel, p: number, routine: string): void {
  if (p <= ZERO_SIZE_PTR) return;
  k.kfreeHost(p, ['kmalloc'], routine);
}

export const MEM_ROUTINES: readonly RoutineSpec[] = [
  // void *__kmalloc(size_t size, gfp_t flags)
  R('__kmalloc', 60, (k, a) => kmalloc(k, a, a.arg(0), a.arg(1)), false, 2),
  // void *kmalloc_trace(struct kmem_cache *s, gfp_t flags, size_t size): the object size is the cache's
  R('kmalloc_trace', 60, (k, a) => {
    const s = a.arg(0), gfp = a.arg(1), size = a.arg(2);
    const cache = lx(k).caches.get(s);
    if (!cache) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(s)} is not a kmalloc cache`);
    if (size > cache.size) throw new KernelOops(`BUG: ${a.name}: ${size} bytes from the ${cache.size}-byte cache kmalloc-${cache.size}`);
    return kmalloc(k, a, size, gfp);
  }, false, 3),
  R('kfree', 50, (k, a) => { kfree(k, a.arg(0), a.name); }, false, 1),
  R('vzalloc', 400, (k, a) => k.vmallocHost(a.arg(0), 0, caller(k, a), (n) => a.charge(n)), true, 1),
  R('vfree', 300, (k, a) => {
    const va = a.arg(0);
    if (va) k.vfreeHost(va, a.name, (n) => a.charge(n), `Trying to vfree() nonexistent vm area (0x${hex8(va)}, ${k.describeAddress(va)})`);
  }, false, 1),
  // Every dom0 page is lowmem: page_address is its linear address; kmap_local of it is the same.
  R('page_address', 8, (k, a) => lx(k).pageVirt(a.arg(0), a.name), false, 1),
  R('__kmap_local_page_prot', 12, (k, a) => lx(k).pageVirt(a.arg(0), a.name), false, 2),
  R('kunmap_local_indexed', 10, (k, a) => {
    const va = a.arg(0) & ~0xfff;
    if (va < (K.PAGE_OFFSET >>> 0)) k.warnOnce('kunmap-user', `WARNING: kunmap_local_indexed: 0x${hex8(va)} is below PAGE_OFFSET`);
  }, false, 1),
  // void __iomem *ioremap(resource_size_t phys, unsigned long size): device memory only
  R('ioremap', 400, (k, a) => {
    const phys = a.arg(0), size = a.arg(1);
    if (size === 0 || phys < k.mmioBase || phys + size > k.mmioBase + E1000_BAR_SIZE) {
      k.warn(`ioremap: 0x${hex8(phys)}+0x${size.toString(16)} is not device memory`);
      return 0;
    }
    return ioremap(k, a, phys, size);
  }, true, 2),
  R('iounmap', 250, (k, a) => { iounmap(k, a.arg(0)); }, true, 1),
  // void ioread16_rep(const void __iomem *addr, void *dst, unsigned long count) and the write twin:
  // port or memory, as lib/iomap.c decides by the cookie (an ioport_map cookie is 0x10000 + port)
  R('ioread16_rep', 20, (k, a) => { ioRep(k, a, 'read'); }, false, 3),
  R('iowrite16_rep', 20, (k, a) => { ioRep(k, a, 'write'); }, false, 3),
];

export function ioremap(k: Dom0Kernel, a: RoutineArgs, phys: number, size: number): number {
  return k.ioremapHost(phys, size, caller(k, a), (n) => a.charge(n));
}

/** iounmap: NULL (below high_memory) is a no-op; an address ioremap did not return is reported. */
export function iounmap(k: Dom0Kernel, addr: number): void {
  if (addr !== 0) k.iounmapHost(addr, `iounmap: bad address 0x${hex8(addr)}`);
}

/** PIO cookies of lib/iomap.c (PIO_OFFSET 0x10000 .. PIO_RESERVED 0x40000). */
const PIO_OFFSET = 0x10000, PIO_RESERVED = 0x40000;

function ioRep(k: Dom0Kernel, a: RoutineArgs, dir: 'read' | 'write'): void {
  const addr = a.arg(0), buf = a.arg(1), count = a.arg(2);
  a.charge(4 * count);
  const bus = k.machine.bus;
  for (let i = 0; i < count; i++) {
    const p = buf + 2 * i;
    if (addr >= PIO_OFFSET && addr < PIO_RESERVED) {
      const port = addr - PIO_OFFSET;
      if (port < k.nic.ioBase || port >= k.nic.ioBase + E1000_IO_BAR_SIZE) throw new KernelOops(`BUG: ${a.name}: port 0x${port.toString(16)} is not the NIC's`);
      if (dir === 'read') k.mem.write16(p, bus.portIn(port, 2));
      else bus.portOut(port, 2, k.mem.read16(p));
    } else if (dir === 'read') k.mem.write16(p, k.mem.read16(addr));
    else k.mem.write16(addr, k.mem.read16(p));
  }
}
