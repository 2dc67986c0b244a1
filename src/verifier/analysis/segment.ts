// Rule (a-seg) of the analysis: memory accesses on the confined segments of `--svm segment`
// (svm-runtime/segment.ts). The hypervisor runs the hypervisor instance with %gs confined to the
// mirror of dom0's region and %fs to the mirror of dom0's per-cpu area (or null selectors), so an
// access through either reaches dom0 memory or faults, whatever its address: the operand's base,
// index and displacement need no proof. What the rule does demand:
//   - the override is %gs or %fs, nothing else: %ds/%es/%ss/%cs are flat (the stack, the runtime's
//     variables, the stlb windows), so an override naming them would escape the proofs of the
//     other classes;
//   - not on a string instruction (its %es:%edi destination takes no override: strings keep the
//     stlb chunk loop, memory.ts string);
//   - the segment registers keep the hypervisor's values: every write of one (mov/pop to a segment
//     register, lds/les/lfs/lgs/lss) and every far transfer (ljmp/lcall/lret/iret) is a privileged
//     form in the table (priv 'segment'/'intflag'), refused by rule (c) like any other.
// A write through a confined segment may be completed by the hypervisor's fault handler on the
// running invocation's own stack (a pointer to a local: the slow path's identity window), so it
// forgets the stack slots as a translated write does.

import { SREG_NAMES } from '../../isa/index.js';
import { SEG_FS, SEG_GS } from '../../svm-runtime/segment.js';

/**
 * Why an access with segment override `seg` is not a confined access, or null when it is one.
 * `confined`: the object is of the mode (its marker section); in any other object an override is
 * an access the rewriter left untranslated.
 */
export function confinedOverride(seg: number, confined: boolean): string | null {
  if (!confined) return `segment override %${SREG_NAMES[seg]}: on a memory access (translated and stack accesses carry none)`;
  if (seg === SEG_GS || seg === SEG_FS) return null;
  return `segment override %${SREG_NAMES[seg]}: on a memory access (only the confined %gs and %fs are allowed; translated and stack accesses carry none)`;
}

/** Why a string instruction with segment override `seg` is refused (always: see the header). */
export function stringOverride(seg: number): string {
  return `segment override %${SREG_NAMES[seg]}: on a string instruction (strings run on translated %esi/%edi; %es:%edi takes no override)`;
}
