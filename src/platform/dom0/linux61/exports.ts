// The names the Linux 6.1 ABI exports to modules: its host routines, its hot routines (dom0's C)
// and its data symbols.

import { LINUX61_HOT_ROUTINES } from './hot.js';
import { LINUX61_DATA_SYMBOLS, LINUX61_ROUTINES } from './routines.js';

export const LINUX61_EXPORTS: ReadonlySet<string> = new Set([...LINUX61_ROUTINES.map((r) => r.name), ...LINUX61_HOT_ROUTINES, ...LINUX61_DATA_SYMBOLS]);
