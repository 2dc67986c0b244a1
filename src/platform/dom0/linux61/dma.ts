// Linux 6.1 DMA mapping API of the dom0 model (reference: REFERENCE.md "DMA"): dma-direct on x86
// (no IOMMU ops; coherent, so the syncs move no data), 32-bit dma_addr_t (CONFIG_HIGHMEM4G without
// PAE): masks are truncated to 32 bits before dma_supported, a bus address is the frame's machine
// address plus the offset, and a mapping that leaves the device's mask is DMA_MAPPING_ERROR.
// Streaming mappings are recorded in the core's DMA bookkeeping (dma-debug style: an unmap or
// sync of an address never mapped, or with another size or direction, is reported), which Linux
// itself only does with CONFIG_DMA_API_DEBUG.
//
// The streaming map and unmap (dma_map_page_attrs, dma_unmap_page_attrs) are hot: C
// (platform-c/hot/linux61), with the same bookkeeping through the __dbg_dma_* hooks.
//
// Modeled costs: dma_sync_single_for_cpu / _for_device 15, dma_alloc_attrs 300 +1/16B,
// dma_free_attrs 200, dma_set_mask / dma_set_coherent_mask 30.

import { LINUX as K, device } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { read64, write64 } from './kdata.js';
import { caller } from './mem.js';

const DMA_MAPPING_ERROR = K.DMA_MAPPING_ERROR >>> 0;

function validDir(a: RoutineArgs, dir: number): void {
  if (dir > K.DMA_FROM_DEVICE) throw new KernelOops(`kernel BUG at kernel/dma/mapping.c: ${a.name}: invalid DMA direction ${dir}`);
}

/** min_not_zero(*dev->dma_mask, dev->bus_dma_limit), truncated to dma_addr_t. */
function limit(k: Dom0Kernel, dev: number): number {
  const mp = k.mem.read32(dev + device.dma_mask);
  const mask = mp ? read64(k.mem, mp) : 0n, bus = read64(k.mem, dev + device.bus_dma_limit);
  const lim = mask === 0n ? bus : bus === 0n ? mask : (mask < bus ? mask : bus);
  return Number(lim & 0xffffffffn) >>> 0;
}

/** dma_supported for dma-direct: the mask covers every frame dom0 has (max_pfn). */
function supported(k: Dom0Kernel, mask: number): boolean {
  const top = (k.pages.firstPfn + k.pages.frames - 1) * 4096;
  return mask >>> 0 >= top >>> 0;
}

export const DMA_ROUTINES: readonly RoutineSpec[] = [
  // void dma_sync_single_for_cpu(struct device *dev, dma_addr_t addr, size_t size, enum dma_data_direction dir)
  R('dma_sync_single_for_cpu', 15, (k, a) => { validDir(a, a.arg(3)); k.dmaSynced(a.arg(1), a.arg(2), a.arg(3), a.name); }, false, 4),
  R('dma_sync_single_for_device', 15, (k, a) => { validDir(a, a.arg(3)); k.dmaSynced(a.arg(1), a.arg(2), a.arg(3), a.name); }, false, 4),
  // void *dma_alloc_attrs(struct device *dev, size_t size, dma_addr_t *dma_handle, gfp_t flag, unsigned long attrs)
  R('dma_alloc_attrs', 300, (k, a) => {
    const dev = a.arg(0), size = a.arg(1), handle = a.arg(2), gfp = a.arg(3);
    if (read64(k.mem, dev + device.coherent_dma_mask) === 0n) k.warnOnce('dma-coherent-mask', `WARNING: ${a.name}: device without a coherent DMA mask`);
    if (gfp & K.__GFP_DIRECT_RECLAIM) k.mightSleep(a.name);
    return k.coherentAllocHost(size, handle, caller(k, a), (n) => a.charge(n));
  }, false, 5),
  // void dma_free_attrs(struct device *dev, size_t size, void *cpu_addr, dma_addr_t dma_handle, unsigned long attrs)
  R('dma_free_attrs', 200, (k, a) => {
    const size = a.arg(1), va = a.arg(2), handle = a.arg(3);
    if (!lxIrqsEnabled(k)) k.warnOnce('dma-free-irqs', `WARNING: ${a.name} with interrupts disabled`);
    if (va) k.coherentFreeHost(va, size, handle, a.name);
  }, false, 5),
  // int dma_set_mask(struct device *dev, u64 mask)
  R('dma_set_mask', 30, (k, a) => {
    const dev = a.arg(0), mask = a.arg(1) >>> 0; // truncated to the 32-bit dma_addr_t
    const mp = k.mem.read32(dev + device.dma_mask);
    if (!mp || !supported(k, mask)) return -K.EIO;
    write64(k.mem, mp, BigInt(mask));
    return 0;
  }, false, 3),
  R('dma_set_coherent_mask', 30, (k, a) => {
    const dev = a.arg(0), mask = a.arg(1) >>> 0;
    if (!supported(k, mask)) return -K.EIO;
    write64(k.mem, dev + device.coherent_dma_mask, BigInt(mask));
    return 0;
  }, false, 3),
];

function lxIrqsEnabled(k: Dom0Kernel): boolean { return (k.machine.cpu.getFlags() & K.X86_EFLAGS_IF) !== 0; }
