// What a kernel routine of the dom0 model is, whatever the kernel ABI it belongs to: a host hook at
// a 16-byte slot of kernel text (kernel.ts installs it) with its semantics (`impl`), the
// instructions it charges to the cost model, and whether it may sleep. Each ABI's table lists its
// routines in slot order (mini/routines.ts: the sample driver's mini API; linux61/: Linux 6.1).
//
// Calling convention: -mregparm=3 (a.arg(0..2) = %eax, %edx, %ecx, a.arg(3+) = stack); variadic
// routines read every argument from the stack (a.stack(i)). u64 arguments take two slots, low
// word first.
//
// Failure rules: a pointer a routine must dereference that is not mapped (MemAccessError) or is not
// the object it must be (KernelOops thrown here) is a kernel oops: the hook stops the run. Misuse
// the kernel survives is reported through k.warn() and the routine returns what Linux would.

import type { Dom0Kernel } from './kernel.js';

/** A kernel oops raised by a routine: logged, and the run stops with this message. */
export class KernelOops extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KernelOops';
  }
}

export interface RoutineArgs {
  readonly name: string;
  /** regparm argument i, unsigned. */
  arg(i: number): number;
  /** regparm argument i, signed. */
  sarg(i: number): number;
  /** stack slot i above the return address, unsigned (variadic routines). */
  stack(i: number): number;
  /** Extra modeled instructions (size-dependent work). */
  charge(n: number): void;
  returnAddress(): number;
}

/** What a routine returns: %eax (a number), nothing, or %eax and %edx (a 64-bit value). */
export type RoutineResult = number | void | { readonly eax: number; readonly edx: number };

export interface RoutineSpec {
  readonly name: string;
  readonly cost: number;
  /** May sleep: calling it in atomic context is reported. */
  readonly sleeps: boolean;
  readonly impl: (k: Dom0Kernel, a: RoutineArgs) => RoutineResult;
  /**
   * Argument words (regparm words first; the rest on the stack; a u64 takes two), or 'variadic'
   * (every argument on the stack): what an upcall stub copies and checks. Default: unknown.
   */
  readonly args?: number | 'variadic';
  /** Machine code at the routine's slot instead of a hook (e.g. a retpoline thunk: jmp *%reg). */
  readonly code?: readonly number[];
}

export const R = (name: string, cost: number, impl: RoutineSpec['impl'], sleeps = false, args?: RoutineSpec['args']): RoutineSpec =>
  args === undefined ? { name, cost, sleeps, impl } : { name, cost, sleeps, impl, args };
