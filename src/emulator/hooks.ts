// Host hooks: TypeScript routines standing at virtual addresses of an address space. When execution
// reaches a hooked address (checked when the block cache looks the address up, never per
// instruction) the handler runs instead of guest code, with the registers, flags and memory at hand.
//
// By default a hook returns to its caller like `ret` (pop the return address; `ret $n` with
// popBytes). A handler may instead set EIP itself ('continue'), stop the run, or report a fault /
// safety event. Handlers may switch address space and run guest code re-entrantly through
// Machine.call (an upcall runs a dom0 routine and comes back).

import { EAX, ECX, EDX, ESP } from '../isa/registers.js';
import type { Cpu } from './cpu.js';
import type { AddressSpace } from './mmu.js';

export type HookAction =
  /** Return to the caller: pop the return address (and popBytes more); optionally set %eax/%edx. */
  | { readonly kind: 'return'; readonly eax?: number; readonly edx?: number; readonly popBytes?: number }
  /** The handler set cpu.eip (and the stack) itself. */
  | { readonly kind: 'continue' }
  /** Stop the run with reason 'stop'. */
  | { readonly kind: 'stop'; readonly detail: string }
  /** Stop the run with a HOOK fault (a safety event, e.g. an SVM access outside dom0). */
  | { readonly kind: 'fault'; readonly reason: string; readonly data?: unknown };

/** void: return (ret); number: %eax = value, then return. */
export type HookResult = void | number | HookAction;

export type HookHandler = (ctx: HookContext) => HookResult;

export interface HookOptions {
  /** Extra bytes the default return pops (`ret $n`, stdcall-style). */
  readonly popBytes?: number;
  /** Name for traces and error messages. */
  readonly name?: string;
}

export interface HookEntry {
  readonly va: number;
  readonly handler: HookHandler;
  readonly popBytes: number;
  readonly name: string;
}

/**
 * What a handler sees. Arguments follow the Linux i386 kernel convention by default (regparm 3).
 * Valid during the handler's call only: the CPU reuses one context per hook nesting depth.
 */
export class HookContext {
  /** Instructions charged to the run by this handler (the platform's cost model). */
  charged = 0;
  constructor(readonly cpu: Cpu, public space: AddressSpace, public hook: HookEntry) {}

  /** @internal Readies the context for another call at the same depth. */
  reset(space: AddressSpace, hook: HookEntry): void {
    this.space = space;
    this.hook = hook;
    this.charged = 0;
  }

  get eax(): number { return this.cpu.r[EAX]!; }
  get esp(): number { return this.cpu.r[ESP]!; }
  reg(n: number): number { return this.cpu.r[n]!; }
  setReg(n: number, v: number): void { this.cpu.r[n] = v; }

  /** Return address of the call that reached the hook. */
  get returnAddress(): number { return this.space.read32(this.cpu.r[ESP]!) >>> 0; }

  /** i-th stack argument (cdecl: [esp+4+4i]). */
  stackArg(i: number): number { return this.space.read32((this.cpu.r[ESP]! + 4 + 4 * i) | 0); }

  /** i-th argument under -mregparm=3: %eax, %edx, %ecx, then the stack. */
  arg(i: number): number {
    if (i === 0) return this.cpu.r[EAX]!;
    if (i === 1) return this.cpu.r[EDX]!;
    if (i === 2) return this.cpu.r[ECX]!;
    return this.stackArg(i - 3);
  }

  /** Adds instructions to the run's counters (a hook standing for n guest instructions). */
  charge(n: number): void { this.charged += n; }
}
