// Owns MemAccess: the one interface through which platform code (the dom0 kernel model, the sk_buff
// helpers, anything that manipulates kernel data structures) reads and writes emulated memory, and
// its implementation over an emulator AddressSpace (host accesses with ring-0 rights).
//
// Invariants:
// - Every read returns an UNSIGNED value (read32 >>> 0); writes take any number and keep the low
//   8/16/32 bits; multi-byte values are little-endian.
// - An access to an unmapped address throws MemAccessError naming the address, the access kind and
//   the accessor; nothing is written by a failing writeBytes (the emulator checks every page first).
// - Structure code never sees the address space: a hypervisor-side accessor that translates dom0
//   addresses through the SVM (and refuses non-dom0 ones) can be swapped in unchanged.

import { GuestMemoryError } from '../emulator/types.js';
import type { AddressSpace } from '../emulator/mmu.js';

export interface MemAccess {
  /** Names the accessor in error messages (e.g. the address space). */
  readonly name: string;
  read8(va: number): number;
  read16(va: number): number;
  read32(va: number): number;
  write8(va: number, v: number): void;
  write16(va: number, v: number): void;
  write32(va: number, v: number): void;
  readBytes(va: number, n: number): Uint8Array;
  writeBytes(va: number, bytes: Uint8Array): void;
  /** readBytes into dst[off, off+n) without allocating (same checks; on an error dst may be partly written). */
  readInto(va: number, dst: Uint8Array, off: number, n: number): void;
  /** writeBytes of src[off, off+n) without copying it first (same checks: nothing written on an error). */
  writeFrom(va: number, src: Uint8Array, off: number, n: number): void;
}

/** An access to an address the accessor cannot reach (unmapped, or refused by a translating accessor). */
export class MemAccessError extends Error {
  constructor(readonly addr: number, readonly access: 'r' | 'w', readonly accessor: string, detail = 'not mapped') {
    super(`${access === 'w' ? 'write to' : 'read of'} 0x${hex8(addr)} through '${accessor}': ${detail}`);
    this.name = 'MemAccessError';
  }
}

export function hex8(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

function rethrow(e: unknown, fallbackAddr: number, access: 'r' | 'w', name: string): never {
  if (e instanceof GuestMemoryError) throw new MemAccessError(e.addr, access, name);
  if (e instanceof MemAccessError) throw e;
  throw new MemAccessError(fallbackAddr, access, name, e instanceof Error ? e.message : String(e));
}

/** Host accesses to one address space with supervisor rights (the W bit is ignored, as for ring 0 with CR0.WP clear). */
export class SpaceMem implements MemAccess {
  readonly name: string;
  constructor(readonly space: AddressSpace) { this.name = space.name; }

  read8(va: number): number {
    try { return this.space.read8(va >>> 0); } catch (e) { rethrow(e, va, 'r', this.name); }
  }
  read16(va: number): number {
    try { return this.space.read16(va >>> 0); } catch (e) { rethrow(e, va, 'r', this.name); }
  }
  read32(va: number): number {
    try { return this.space.read32(va >>> 0) >>> 0; } catch (e) { rethrow(e, va, 'r', this.name); }
  }
  write8(va: number, v: number): void {
    try { this.space.write8(va >>> 0, v); } catch (e) { rethrow(e, va, 'w', this.name); }
  }
  write16(va: number, v: number): void {
    try { this.space.write16(va >>> 0, v); } catch (e) { rethrow(e, va, 'w', this.name); }
  }
  write32(va: number, v: number): void {
    try { this.space.write32(va >>> 0, v); } catch (e) { rethrow(e, va, 'w', this.name); }
  }
  readBytes(va: number, n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    try { return this.space.readBytes(va >>> 0, n); } catch (e) { rethrow(e, va, 'r', this.name); }
  }
  writeBytes(va: number, bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    try { this.space.writeBytes(va >>> 0, bytes); } catch (e) { rethrow(e, va, 'w', this.name); }
  }
  readInto(va: number, dst: Uint8Array, off: number, n: number): void {
    if (n === 0) return;
    try { this.space.readInto(va >>> 0, dst, off, n); } catch (e) { rethrow(e, va, 'r', this.name); }
  }
  writeFrom(va: number, src: Uint8Array, off: number, n: number): void {
    if (n === 0) return;
    try { this.space.writeFrom(va >>> 0, src, off, n); } catch (e) { rethrow(e, va, 'w', this.name); }
  }
}

// ---- small helpers over any MemAccess -----------------------------------------------------------

/** NUL-terminated string of at most `max` bytes (Latin-1). */
export function readCString(mem: MemAccess, va: number, max = 4096): string {
  let s = '';
  for (let k = 0; k < max; k++) {
    const c = mem.read8(va + k);
    if (c === 0) break;
    s += String.fromCharCode(c);
  }
  return s;
}

/** Writes `s` plus a NUL, truncated so that at most `size` bytes are written (strlcpy semantics); size 0 writes nothing. */
export function writeCString(mem: MemAccess, va: number, s: string, size = s.length + 1): void {
  if (size <= 0) return;
  const n = Math.min(s.length, size - 1);
  const out = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i) & 0xff;
  mem.writeBytes(va, out);
}

/** A page of each fill byte used so far (never written: only ever the source of a copy). */
const FILLS = new Map<number, Uint8Array>();

/** n copies of `byte` at va (one write: nothing is written when any page is refused). */
export function fillBytes(mem: MemAccess, va: number, n: number, byte: number): void {
  if (n <= 0) return;
  const b = byte & 0xff;
  if (n > 4096) { mem.writeBytes(va, new Uint8Array(n).fill(b)); return; }
  let page = FILLS.get(b);
  if (!page) FILLS.set(b, (page = new Uint8Array(4096).fill(b)));
  mem.writeFrom(va, page, 0, n);
}

/** n zero bytes at va (one write: nothing is written when any page is refused). */
export function zeroBytes(mem: MemAccess, va: number, n: number): void { fillBytes(mem, va, n, 0); }

/** Unsigned 64-bit little-endian value as a bigint. */
export function read64(mem: MemAccess, va: number): bigint {
  return BigInt(mem.read32(va)) | (BigInt(mem.read32(va + 4)) << 32n);
}

export function write64(mem: MemAccess, va: number, v: bigint): void {
  mem.write32(va, Number(v & 0xffffffffn));
  mem.write32(va + 4, Number((v >> 32n) & 0xffffffffn));
}
