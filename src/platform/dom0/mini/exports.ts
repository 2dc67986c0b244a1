// The names the mini kernel API exports to modules: its host routines, the ten hot routines
// (dom0's C), and its data symbols (kernel.ts and mini/abi.ts place them).

import { HOT_ROUTINES } from '../../hypervisor/hot.js';
import { MINI_ROUTINES } from './routines.js';

/** Data symbols of the mini API (mini/abi.ts boot). */
export const MINI_DATA_SYMBOLS = ['jiffies', 'evtchn_upcall_mask', 'cpu_number', '__preempt_count'] as const;

export const MINI_EXPORTS: ReadonlySet<string> = new Set([...MINI_ROUTINES.map((r) => r.name), ...HOT_ROUTINES, ...MINI_DATA_SYMBOLS]);
