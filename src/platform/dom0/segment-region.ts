// The cooperating dom0 of `--svm segment` (svm-runtime/segment.ts): one contiguous range of dom0's
// address space holds everything the driver touches on its packet path, so that the hypervisor can
// mirror it once and confine the hypervisor instance's data segment to it:
//
//   [KERNEL_DATA, PERCPU + size)       kernel data the driver imports (jiffies, the PCI structs,
//                                      evtchn_upcall_mask) and the per-cpu area (%fs)
//   ... dom0's kernel stacks and the Linux 6.1 ABI's kernel data (dom0 memory, mirrored too)
//   [LOWMEM, LOWMEM + RAM)             lowmem: the heap (kmalloc, coherent DMA memory, net devices
//                                      and their private areas, sk_buffs and their data, pages)
//   [LOWMEM + RAM, + IOREMAP_BYTES)    the ioremap area (the NIC's registers), moved here from
//                                      0xD8000000 when dom0 cooperates
//   [.., + VMALLOC_BYTES)              the vmalloc area (the drivers' buffer_info arrays), moved
//                                      here from 0xD0000000 (is_vmalloc_addr follows: the ABIs
//                                      hand the C the area's bounds)
//
// Not in the region: the module itself (its text and data at the module area: the sample driver's
// packet path reads none of its data), dom0's kernel text. An access there from
// the hypervisor instance faults and is completed through the stlb path (slow, correct).
// Without the option dom0's layout is the default one (memmap.ts), bit for bit.

import { KERNEL_DATA, LOWMEM } from './memmap.js';

/** Bytes of the ioremap area when dom0 cooperates (the NIC's BAR is 128 KiB; a guard page follows each mapping). */
export const SEGMENT_IOREMAP_BYTES = 0x100000;
/** Bytes of the vmalloc area when dom0 cooperates (page-granular, a guard page after each area). */
export const SEGMENT_VMALLOC_BYTES = 0x400000;

export interface SegmentRegion {
  /** First dom0 address of the region (R). */
  readonly start: number;
  /** One past the last. */
  readonly end: number;
  /** Where the ioremap and vmalloc areas lie in it. */
  readonly ioremap: number;
  readonly vmalloc: number;
}

/** The region of a cooperating dom0 with `ramBytes` of RAM. */
export function segmentRegion(ramBytes: number): SegmentRegion {
  const ioremap = LOWMEM + ramBytes;
  const vmalloc = ioremap + SEGMENT_IOREMAP_BYTES;
  return { start: KERNEL_DATA, end: vmalloc + SEGMENT_VMALLOC_BYTES, ioremap, vmalloc };
}
