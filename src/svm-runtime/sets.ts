// The three sets of text offsets the runtime enforces for one module, as the verifier built and
// proved them (src/verifier): where the hypervisor may enter the instance, where a checked
// indirect transfer may land, where a checked `ret` may return. The loader installs exactly these
// (the bitmaps the rewritten code tests, the entry set the hypervisor tests before each call);
// nothing re-derives them from the object.
//
// Offsets are from the module text start (src/loader/image.ts), the same in both instances.

import { PAGE_SIZE } from './abi.js';

export interface ModuleSets {
  /** Bytes of module text the offsets index. */
  readonly textSize: number;
  /** Function entries the verifier analysed with a call's state: the hypervisor enters only here. */
  readonly entries: readonly number[];
  /** `.svm_targets`: every indirect-transfer landing (function entries and jump-table cases). */
  readonly targets: readonly number[];
  /** `.svm_returns`: every return site. */
  readonly returns: readonly number[];
  /**
   * Tag-free table accesses the verifier proved (abi.ts): text offset, base and delta register,
   * displacement. The only instructions whose page fault the miss handler restarts.
   */
  readonly tableSites?: readonly TableSiteAt[];
}

/**
 * One table site. base/delta are register numbers (eax = 0 ... edi = 7). A constant-page site
 * (abi.ts "Constant pages") has base TABLE_NO_BASE: its address is the instruction's relocated
 * 32-bit displacement D, read at `dispAt` bytes into the instruction, and its page is that of
 * X = D + anchor (the constant whose delta the delta register holds). Base sites: disp only.
 */
export interface TableSiteAt {
  readonly offset: number;
  readonly base: number;
  readonly delta: number;
  readonly disp: number;
  readonly anchor?: number;
  readonly dispAt?: number;
}

/** Bytes one text bitmap takes in a runtime's data area (whole pages; bit i = text offset i). */
export function bitmapBytes(textSize: number): number {
  return Math.ceil((textSize / 8 + 1) / PAGE_SIZE) * PAGE_SIZE;
}

/** The bitmap of `offsets` over a text of `textSize` bytes (offsets outside it are refused). */
export function textBitmap(offsets: readonly number[], textSize: number): Uint8Array {
  const bits = new Uint8Array(bitmapBytes(textSize));
  for (const off of offsets) {
    if (!Number.isInteger(off) || off < 0 || off >= textSize) throw new RangeError(`text offset ${off} lies outside the ${textSize}-byte module text`);
    bits[off >> 3]! |= 1 << (off & 7);
  }
  return bits;
}
