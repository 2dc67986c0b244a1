// Upcalls (thesis §4.2.2, DESIGN.md §3): a synchronous cross-domain call from the hypervisor
// instance of the driver into a dom0 kernel routine the hypervisor does not implement. Each such
// routine gets its own numbered stub in the hypervisor region. The stub saves the call's registers
// (-mregparm=3: %eax, %edx, %ecx) and stack arguments, switches to dom0's address space and to an
// upcall stack there, runs the dom0 routine, and returns its %eax (and %edx for 64-bit results).
//
// A pointer into the hypervisor stack passed as an argument (the driver's &local): for routines
// whose pointer arguments and extents the platform knows (pointers.ts), the bytes are copied to a
// bounce buffer on the dom0 upcall stack and back (the argument is replaced by the buffer); for any
// other routine it is a safety event naming the routine and the argument (the dom0 routine would
// dereference hypervisor memory, or keep a pointer into a frame that is gone). Detected on every
// register and stack word that is an argument of the routine (arity.ts, from the kernel API's
// prototypes; every copied word when the routine is unknown or variadic).

import type { Machine } from '../emulator/machine.js';
import type { AddressSpace } from '../emulator/mmu.js';
import type { HookContext, HookResult } from '../emulator/hooks.js';
import type { HypervisorRegion } from '../svm-runtime/region.js';
import type { SafetyLog } from '../svm-runtime/runtime.js';
import { miniApiArity, type Arity } from './arity.js';
import { extentOf, STACK_POINTER_ARGS } from './pointers.js';

export interface UpcallOptions {
  readonly region: HypervisorRegion;
  /** Where the stubs go in the hypervisor region, 16 bytes apart. */
  readonly stubBase: number;
  readonly maxStubs: number;
  readonly dom0: AddressSpace;
  /** Top of the dom0 stack upcalls run on. */
  readonly dom0StackTop: number;
  /** The hypervisor instance's stack: arguments pointing into it are refused. */
  readonly hvStack: { readonly lo: number; readonly hi: number };
  /** Counter context for dom0 work. */
  readonly dom0Context: number;
  /** Stack words copied to the dom0 call (covers every routine the drivers call, printk included). */
  readonly stackWords?: number;
  readonly safety: SafetyLog;
  /** Called once per upcall (the platform's cost model counts its events here). */
  readonly onUpcall?: (name: string) => void;
  /** Argument words of a routine (default: the mini kernel API's prototypes). */
  readonly arity?: (name: string) => Arity | undefined;
  readonly maxInsns?: number;
}

export interface UpcallStub {
  readonly index: number;
  readonly name: string;
  readonly dom0Address: number;
  readonly address: number;
}

const defaultArity = (name: string): Arity | undefined => miniApiArity().get(name);

export class Upcalls {
  private readonly stubs: UpcallStub[] = [];
  private readonly byName = new Map<string, UpcallStub>();
  /** Upcalls made, per routine name. */
  readonly counts = new Map<string, number>();
  /** Instructions dom0 executed inside upcalls. */
  dom0Insns = 0;
  /** Bytes copied between the driver's stack and bounce buffers (stack-pointer arguments). */
  copied = 0;

  constructor(readonly machine: Machine, readonly opts: UpcallOptions) {}

  /** The stub for `name` (created on first use): what the hypervisor instance calls instead. */
  stub(name: string, dom0Address: number): UpcallStub {
    const have = this.byName.get(name);
    if (have) return have;
    if (this.stubs.length >= this.opts.maxStubs) throw new Error(`upcall stubs exhausted (${this.opts.maxStubs}) at '${name}'`);
    const s: UpcallStub = { index: this.stubs.length, name, dom0Address: dom0Address >>> 0, address: this.opts.stubBase + 16 * this.stubs.length };
    this.stubs.push(s);
    this.byName.set(name, s);
    this.opts.region.hook(s.address, (ctx) => this.run(ctx, s), { name: `upcall#${s.index}:${name}` });
    return s;
  }

  get all(): readonly UpcallStub[] {
    return this.stubs;
  }

  /** Stub by its hypervisor address (for stlb_call: dom0 routine address -> stub). */
  byDom0Address(a: number): UpcallStub | undefined {
    return this.stubs.find((s) => s.dom0Address === a >>> 0);
  }

  private run(ctx: HookContext, s: UpcallStub): HookResult {
    const o = this.opts;
    const words = o.stackWords ?? 8;
    const regs = [ctx.reg(0), ctx.reg(2), ctx.reg(1)];
    const stack: number[] = [];
    for (let i = 0; i < words; i++) {
      const a = (ctx.esp + 4 + 4 * i) >>> 0;
      // Only words inside the hypervisor stack exist to be copied.
      if (a >= o.hvStack.hi) break;
      stack.push(ctx.space.read32(a));
    }
    const inStack = (v: number): boolean => (v >>> 0) >= o.hvStack.lo && (v >>> 0) < o.hvStack.hi;
    // Only argument words: regparm words first (none for variadic routines), the rest on the stack.
    const ar = (o.arity ?? defaultArity)(s.name);
    const inRegs = ar ? (ar.variadic ? 0 : Math.min(3, ar.words)) : 3;
    const onStack = ar && !ar.variadic ? Math.max(0, ar.words - 3) : stack.length;
    // The argument words in order, and where each one travels (a register or a stack word).
    const argWords = [...regs.slice(0, inRegs), ...stack.slice(0, onStack)];
    const set = (w: number, v: number): void => { if (w < inRegs) regs[w] = v; else stack[w - inRegs] = v; };
    const regName = ['%eax', '%edx', '%ecx'];
    const specs = STACK_POINTER_ARGS.get(s.name) ?? [];
    const bounces: Array<{ from: number; to: number; bytes: number; out: boolean }> = [];
    let esp = o.dom0StackTop;
    for (let w = 0; w < argWords.length; w++) {
      const v = argWords[w]! >>> 0;
      if (!inStack(v)) continue;
      const spec = specs.find((a) => a.word === w);
      const bytes = spec ? extentOf(spec, argWords) : null;
      const where = w < inRegs ? regName[w] : `stack word ${w - inRegs}`;
      if (!spec || bytes === null || v + bytes > o.hvStack.hi) {
        return o.safety.record({
          kind: 'upcall-pointer', instance: 'hv', address: v, site: ctx.returnAddress,
          detail: `argument ${w + 1} (${where}) of dom0 routine ${s.name} is 0x${v.toString(16)}, a pointer into the hypervisor stack: ` +
            (spec ? `its extent (${bytes === null ? 'unbounded' : `${bytes} bytes`}) leaves the stack or a page` : `${s.name} is not known to access only [p, p+n) during the call (src/upcall/pointers.ts); pass dom0 memory`),
        });
      }
      // A bounce buffer below the upcall stack's top, 16-byte aligned; the routine runs below it.
      esp = (esp - bytes) & ~15;
      bounces.push({ from: v, to: esp, bytes, out: spec.dir !== 'in' });
      set(w, esp);
    }
    for (const b of bounces) for (let k = 0; k < b.bytes; k++) o.dom0.write8(b.to + k, ctx.space.read8(b.from + k));
    this.counts.set(s.name, (this.counts.get(s.name) ?? 0) + 1);
    o.onUpcall?.(s.name);
    const r = this.machine.call(o.dom0, s.dom0Address, {
      regs: { 0: regs[0]!, 2: regs[1]!, 1: regs[2]! }, stackArgs: stack, esp: bounces.length ? esp - 16 : o.dom0StackTop, context: o.dom0Context, ring: 0,
      ...(o.maxInsns !== undefined ? { maxInsns: o.maxInsns } : {}),
    });
    this.dom0Insns += r.run.executed;
    if (r.run.reason !== 'return') {
      return { kind: 'fault', reason: `upcall to ${s.name} did not return (${r.run.reason}${r.run.detail ? `: ${r.run.detail}` : ''})`, data: r.run };
    }
    // Copy-out into the driver's stack (the hypervisor's own write, within the stack: checked above).
    for (const b of bounces) if (b.out) for (let k = 0; k < b.bytes; k++) ctx.space.write8(b.from + k, o.dom0.read8(b.to + k));
    this.copied += bounces.reduce((a, b) => a + b.bytes * (b.out ? 2 : 1), 0);
    return { kind: 'return', eax: r.eax, edx: r.edx };
  }
}
