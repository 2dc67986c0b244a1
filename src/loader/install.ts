// Installing a linked instance into an emulated address space: fresh frames for every page its
// sections cover, contents written, code pages read-only (W^X for the driver's text).

import type { AddressSpace } from '../emulator/mmu.js';
import { PTE_U, PTE_W } from '../emulator/mmu.js';
import type { LinkedInstance } from './link.js';

const PAGE = 4096;

export interface InstallOptions {
  /** User-accessible pages (default: supervisor only, as kernel code and data are). */
  readonly user?: boolean;
  /** Leave code pages writable (default false: text is read-only once written). */
  readonly writableText?: boolean;
}

/** Maps and writes every image of `inst` into `space`. Pages shared by two sections are mapped once. */
export function install(space: AddressSpace, inst: LinkedInstance, opts: InstallOptions = {}): void {
  const user = opts.user ? PTE_U : 0;
  const mapped = new Set<number>();
  const textPages = new Set<number>();
  const dataPages = new Set<number>();
  for (const im of inst.images) {
    if (im.bytes.length === 0) continue;
    for (let p = Math.floor(im.address / PAGE); p <= Math.floor((im.address + im.bytes.length - 1) / PAGE); p++) {
      (im.exec ? textPages : dataPages).add(p);
      if (mapped.has(p)) continue;
      space.mapNew(p * PAGE, PAGE, PTE_W | user);
      mapped.add(p);
    }
  }
  for (const im of inst.images) if (im.bytes.length) space.writeBytes(im.address, im.bytes);
  if (!opts.writableText) {
    for (const p of textPages) if (!dataPages.has(p)) space.protect(p * PAGE, PAGE, user);
  }
}
