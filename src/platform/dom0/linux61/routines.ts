// The Linux 6.1 routine table of the dom0 model: every routine a Linux 6.1 driver may import that
// the model implements, grouped by subsystem (each group's file holds its semantics, costs and the
// Linux source it follows; REFERENCE.md has the facts), in kernel-text slot order. Adding a driver
// that needs more of the kernel is adding routines to a group (or a group here).

import type { RoutineSpec } from '../routine.js';
import { DMA_ROUTINES } from './dma.js';
import { IRQ_ROUTINES } from './irq.js';
import { MEM_ROUTINES } from './mem.js';
import { NAPI_ROUTINES } from './napi.js';
import { NETDEV_ROUTINES } from './netdev.js';
import { PAGE_ROUTINES } from './pages.js';
import { PARAM_ROUTINES } from './params.js';
import { PCI_ROUTINES } from './pci.js';
import { PRINTK_ROUTINES } from './printk.js';
import { SKBUFF_ROUTINES } from './skbuff.js';
import { SYNC_ROUTINES } from './sync.js';
import { TIME_ROUTINES } from './time.js';

export const LINUX61_ROUTINES: readonly RoutineSpec[] = [
  ...PCI_ROUTINES, ...NETDEV_ROUTINES, ...NAPI_ROUTINES, ...SKBUFF_ROUTINES, ...PAGE_ROUTINES, ...DMA_ROUTINES, ...IRQ_ROUTINES,
  ...TIME_ROUTINES, ...SYNC_ROUTINES, ...PRINTK_ROUTINES, ...MEM_ROUTINES, ...PARAM_ROUTINES,
];

/** Data symbols of the Linux 6.1 ABI (abi.ts boot places them). */
export const LINUX61_DATA_SYMBOLS = [
  'jiffies', 'mem_map', 'kmalloc_caches', 'system_wq', 'system_state', '__default_kernel_pte_mask',
  'param_ops_int', 'param_ops_uint', 'param_array_ops',
  // per-cpu (offsets from %fs's base)
  '__preempt_count', 'cpu_number', 'current_task', 'softnet_data', '__stack_chk_guard', 'this_cpu_off',
] as const;
