// Calling C code of the platform images from the host (boot functions, the scheduler's entry
// points): the Linux i386 kernel convention (-mregparm=3: %eax, %edx, %ecx, then the stack), at
// ring 0, on a given stack, charged to a counter context (code ranges may charge it elsewhere).

import type { CallResult, Machine } from '../../emulator/machine.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { formatFault } from '../../emulator/types.js';

export interface CCall {
  readonly space: AddressSpace;
  readonly esp: number;
  readonly context: number;
  readonly maxInsns?: number;
}

/** Runs C function `va` with regparm arguments; the raw result (the caller decides what a failure is). */
export function callC(machine: Machine, va: number, args: readonly number[], o: CCall): CallResult {
  const regs: Record<number, number> = {};
  if (args.length > 0) regs[0] = args[0]! | 0;
  if (args.length > 1) regs[2] = args[1]! | 0;
  if (args.length > 2) regs[1] = args[2]! | 0;
  return machine.call(o.space, va, {
    regs, stackArgs: args.slice(3).map((x) => x | 0), esp: o.esp, ring: 0, context: o.context,
    ...(o.maxInsns !== undefined ? { maxInsns: o.maxInsns } : {}),
  });
}

/** Why a call did not return, in words. */
export function callFailure(r: CallResult): string {
  const run = r.run;
  if (run.fault) return formatFault(run.fault);
  return `${run.reason}${run.detail ? `: ${run.detail}` : ''}`;
}
