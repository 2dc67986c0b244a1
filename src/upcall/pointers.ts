// Pointers into the hypervisor instance's stack passed to dom0 routines (thesis §4.2.4 leaves
// this open: "the dom0 support routine would try to dereference a hypervisor driver stack address
// and would cause a protection fault"). The stub cannot let dom0 see the hypervisor's stack, so:
//
//   copy-in/out, for the routines below whose contract is to access exactly [p, p + n) of a pointer
//   argument during the call and never keep it: the bytes are copied to a bounce buffer on the dom0
//   upcall stack (in: before the call; out: after it), the argument replaced by the buffer;
//   (e.g. `pci_read_config_word(pdev, reg, &val)`, `copy_to_user(to, &info, sizeof info)`)
//
//   refusal, for every other routine (a safety event naming the routine and the argument): a
//   pointer it may keep (a timer, a list node, a completion, a wait queue entry) would be
//   dereferenced after the frame it points into is gone; one whose extent it decides (printf's
//   %s, strlen) cannot be bounded. Copying there would turn a refusal into silent corruption.
//
// Word numbers are the routine's argument words (-mregparm=3: 0..2 in %eax, %edx, %ecx, the rest
// on the stack; variadic routines take every word on the stack).

export type Direction = 'in' | 'out' | 'inout';

export interface PointerArg {
  /** Argument word holding the pointer. */
  readonly word: number;
  /** Bytes accessed: a constant, or the value of another argument word (times `scale`). */
  readonly bytes: number | { readonly word: number; readonly scale?: number };
  readonly dir: Direction;
}

const n = (word: number): { word: number } => ({ word });

/** Routines whose pointer arguments and extents the platform knows. */
export const STACK_POINTER_ARGS: ReadonlyMap<string, readonly PointerArg[]> = new Map<string, readonly PointerArg[]>([
  ['pci_read_config_byte', [{ word: 2, bytes: 1, dir: 'out' }]],
  ['pci_read_config_word', [{ word: 2, bytes: 2, dir: 'out' }]],
  ['pci_read_config_dword', [{ word: 2, bytes: 4, dir: 'out' }]],
  ['pcie_capability_read_word', [{ word: 2, bytes: 2, dir: 'out' }]],
  ['pcie_capability_read_dword', [{ word: 2, bytes: 4, dir: 'out' }]],
  ['copy_to_user', [{ word: 1, bytes: n(2), dir: 'in' }]],
  ['copy_from_user', [{ word: 0, bytes: n(2), dir: 'out' }]],
  ['_copy_to_user', [{ word: 1, bytes: n(2), dir: 'in' }]],
  ['_copy_from_user', [{ word: 0, bytes: n(2), dir: 'out' }]],
  ['memcpy', [{ word: 0, bytes: n(2), dir: 'out' }, { word: 1, bytes: n(2), dir: 'in' }]],
  ['memmove', [{ word: 0, bytes: n(2), dir: 'out' }, { word: 1, bytes: n(2), dir: 'in' }]],
  ['memset', [{ word: 0, bytes: n(2), dir: 'out' }]],
  ['memcmp', [{ word: 0, bytes: n(2), dir: 'in' }, { word: 1, bytes: n(2), dir: 'in' }]],
  ['strscpy', [{ word: 0, bytes: n(2), dir: 'out' }, { word: 1, bytes: n(2), dir: 'in' }]],
  ['strlcpy', [{ word: 0, bytes: n(2), dir: 'out' }, { word: 1, bytes: n(2), dir: 'in' }]],
  ['eth_hw_addr_set', [{ word: 1, bytes: 6, dir: 'in' }]],
  ['ether_addr_copy', [{ word: 0, bytes: 6, dir: 'out' }, { word: 1, bytes: 6, dir: 'in' }]],
]);

/** Largest extent copied for one argument (a page: beyond it the refusal stands). */
export const MAX_COPY_BYTES = 4096;

/** The bytes `a` covers given the call's argument words, or null when it cannot be bounded. */
export function extentOf(a: PointerArg, words: readonly number[]): number | null {
  if (typeof a.bytes === 'number') return a.bytes;
  const v = words[a.bytes.word];
  if (v === undefined) return null;
  const b = (v >>> 0) * (a.bytes.scale ?? 1);
  return b <= MAX_COPY_BYTES ? b : null;
}
