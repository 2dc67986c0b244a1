// Where the Linux 6.1 ABI's kernel data lives in dom0 (its own area beside the core's, memmap.ts),
// and the small accessors its routines share: u64 fields, bit-fields (from the probe's
// `<struct>_bits` tables), list heads, C strings. Every offset comes from the generated layouts
// (src/platform/linux/layout.generated.ts); the area's own offsets below are this model's choice.
//
// LINUX_DATA (0xC0F60000, 64 KiB, dom0 kernel data, supervisor read/write):
//   +0x0000  struct pci_bus of the NIC's bus       +0x0400  struct pci_dev of the NIC
//   +0x1000  struct task_struct (current_task)      +0x3000  kmalloc_caches[NR_KMALLOC_TYPES][..]
//   +0x3100  the kmalloc caches' identities (16 bytes each; nothing reads inside them)
//   +0x3400  data symbols: mem_map, system_state, __default_kernel_pte_mask, system_wq
//   +0x3440  the system workqueue (opaque)          +0x3500  param_ops_int, param_ops_uint, param_array_ops
//   +0x3600  default_ethtool_ops                    +0x3800  eth_header_ops
//   +0x3900  wakeup sources (one per device)        +0x4000  strings (pci_name, driver names)
// Per-cpu (the core's PERCPU area, %fs base): PERCPU_OFF's current_task, __stack_chk_guard,
// softnet_data, and the page-fragment caches of __netdev_alloc_frag_align (model state in dom0
// memory so that the C of both places could reach it).

import { LINUX as K } from '../../linux/layout.generated.js';
import { readCString, type MemAccess } from '../../mem.js';

export const LINUX_DATA = 0xc0f60000;
export const LINUX_DATA_SIZE = 0x10000;
export const LD = {
  pci_bus: 0x0000,
  pci_dev: 0x0400,
  task: 0x1000,
  kmalloc_caches: 0x3000,
  caches: 0x3100,
  mem_map: 0x3400,
  system_state: 0x3404,
  __default_kernel_pte_mask: 0x3408,
  system_wq: 0x340c,
  wq: 0x3440,
  param_ops_int: 0x3500,
  param_ops_uint: 0x3510,
  param_array_ops: 0x3520,
  default_ethtool_ops: 0x3600,
  eth_header_ops: 0x3800,
  wakeup: 0x3900,
  strings: 0x4000,
} as const;
export const at = (off: number): number => (LINUX_DATA + off) >>> 0;

/** Linux's PAGE_OFFSET: dom0's pseudo-physical address of a lowmem va is va - PAGE_OFFSET. */
export const PAGE_OFFSET = K.PAGE_OFFSET >>> 0;

export interface BitField { readonly byte: number; readonly mask: number; readonly shift: number }

export function getBits(m: MemAccess, base: number, f: BitField): number {
  return ((m.read32(base + f.byte) & f.mask) >>> f.shift) >>> 0;
}

export function setBits(m: MemAccess, base: number, f: BitField, v: number): void {
  const w = m.read32(base + f.byte);
  m.write32(base + f.byte, ((w & ~f.mask) | ((v << f.shift) & f.mask)) >>> 0);
}

export function read64(m: MemAccess, va: number): bigint {
  return BigInt(m.read32(va)) | (BigInt(m.read32(va + 4)) << 32n);
}

export function write64(m: MemAccess, va: number, v: bigint): void {
  m.write32(va, Number(v & 0xffffffffn));
  m.write32(va + 4, Number((v >> 32n) & 0xffffffffn));
}

/** INIT_LIST_HEAD: next = prev = self. */
export function initList(m: MemAccess, head: number): void {
  m.write32(head, head);
  m.write32(head + 4, head);
}

export function listEmpty(m: MemAccess, head: number): boolean { return m.read32(head) === head; }

/** list_add_tail(entry, head). */
export function listAddTail(m: MemAccess, entry: number, head: number): void {
  const prev = m.read32(head + 4);
  m.write32(entry, head);
  m.write32(entry + 4, prev);
  m.write32(prev, entry);
  m.write32(head + 4, entry);
}

/** list_del_init(entry). */
export function listDelInit(m: MemAccess, entry: number): void {
  const next = m.read32(entry), prev = m.read32(entry + 4);
  m.write32(prev, next);
  m.write32(next + 4, prev);
  initList(m, entry);
}

/** The entries of a list (addresses of the list_head members), bounded against corrupt lists. */
export function listEntries(m: MemAccess, head: number, max = 4096): number[] {
  const out: number[] = [];
  for (let e = m.read32(head); e !== head && out.length < max; e = m.read32(e)) out.push(e);
  return out;
}

export function cstr(m: MemAccess, va: number, max = 256): string { return va ? readCString(m, va, max) : '(null)'; }

export function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

/** Bit n of a 64-bit feature mask. */
export const F = (bit: number): bigint => 1n << BigInt(bit);
