// Write watch: reports every write to chosen physical frames at the moment it happens, whoever
// makes it (a CPU store of guest code, a device's DMA, a host helper), so that a fault campaign
// sees a stray store even when a later one restores the old value. The mechanism lives in
// PhysicalMemory (SLOT_WATCHED, WriteWatcher, noteWrite's `by`); this module sets and clears it.
//
// Invariant: a watched frame has no fast write path in any TLB (every store to it takes the CPU's
// slow path, which calls noteWrite), exactly like a frame holding decoded code. Setting a watch
// drops the fast write tags of every address space of the machine; clearing it lets the slow path
// install them again on the next store. Unbacked and device frames cannot be watched (they hold
// no state yet).

import type { Machine } from './machine.js';
import { SLOT_WATCHED, type WriteWatcher } from './memory.js';

/** Starts reporting writes to `pfns` (RAM frames that exist) to `watcher`; returns the frames watched. */
export function watchFrames(machine: Machine, pfns: Iterable<number>, watcher: WriteWatcher): number {
  const mem = machine.mem;
  if (mem.watcher !== null && mem.watcher !== watcher) throw new Error('another write watcher is already set on this machine');
  mem.watcher = watcher;
  let n = 0;
  for (const pfn of pfns) {
    const slot = mem.frameSlot[pfn]!;
    if (slot < 0 || mem.codeSlots[slot]! & SLOT_WATCHED) continue;
    mem.codeSlots[slot]! |= SLOT_WATCHED;
    n++;
  }
  if (n) for (const as of machine.addressSpaces) for (const t of as.tlbs) t.wtag.fill(-1);
  return n;
}

/** Stops watching `pfns` (the watcher stays for other frames). */
export function unwatchFrames(machine: Machine, pfns: Iterable<number>): void {
  const mem = machine.mem;
  for (const pfn of pfns) {
    const slot = mem.frameSlot[pfn]!;
    if (slot >= 0) mem.codeSlots[slot]! &= ~SLOT_WATCHED;
  }
}

/** Whether writes to physical frame `pfn` are watched. */
export function isWatched(machine: Machine, pfn: number): boolean {
  const slot = machine.mem.frameSlot[pfn]!;
  return slot >= 0 && (machine.mem.codeSlots[slot]! & SLOT_WATCHED) !== 0;
}
