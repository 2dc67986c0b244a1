// The names the Linux 6.1 ABI exports to modules: its routines and its data symbols.

import { LINUX61_DATA_SYMBOLS, LINUX61_ROUTINES } from './routines.js';

export const LINUX61_EXPORTS: ReadonlySet<string> = new Set([...LINUX61_ROUTINES.map((r) => r.name), ...LINUX61_DATA_SYMBOLS]);
