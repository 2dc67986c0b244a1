// The emulated machine: physical memory, bus, one CPU, address spaces and host hooks, plus
// `call`, which runs a guest routine to completion (re-entrantly, from a hook too) and restores the
// caller's state — the mechanism upcalls and the platform's kernel model build on.

import { EAX, EDX, ESP } from '../isa/registers.js';
import { Bus } from './bus.js';
import { Cpu } from './cpu.js';
import type { HookAction, HookEntry, HookHandler, HookOptions } from './hooks.js';
import { PhysicalMemory, type PhysicalMemoryOptions } from './memory.js';
import { AddressSpace } from './mmu.js';
import type { SegmentDescriptor } from './segments.js';
import type { Fault, RunResult } from './types.js';

export interface MachineOptions extends PhysicalMemoryOptions {
  /** Physical memory to reuse (it is reset): saves allocating a host buffer per machine. */
  readonly memory?: PhysicalMemory;
}

export interface CallOptions {
  /** Stack arguments, first argument at the lowest address (cdecl). */
  readonly stackArgs?: readonly number[];
  /** Registers to set before the call, by GPR number (e.g. regparm: {0: a0, 2: a1, 1: a2}). */
  readonly regs?: Readonly<Record<number, number>>;
  /** Stack pointer to use (default: the current %esp). */
  readonly esp?: number;
  readonly maxInsns?: number;
  /** Privilege level to run the routine at (default: the current one). */
  readonly ring?: 0 | 3;
  /** Context index for the counters while the routine runs (default: the current one). */
  readonly context?: number;
  /** Segment registers loaded (no checks, Cpu.setSegment) for the call and restored after it. */
  readonly segments?: ReadonlyArray<readonly [seg: number, desc: SegmentDescriptor | null]>;
  /**
   * Called when the routine faults: true when the handler dealt with the fault (the CPU state is
   * where the routine goes on), and the run resumes within the same budget; false ends the call.
   */
  readonly onFault?: (f: Fault) => boolean;
}

export interface CallResult {
  readonly run: RunResult;
  /** %eax and %edx when the routine returned (reason 'return'). */
  readonly eax: number;
  readonly edx: number;
}

/** Virtual address that `call` pushes as the return address; hooked, never mapped or fetched. */
export const CALL_RETURN_VA = 0xffffeff0;
const RETURN_MARK = '\u0000call-return';
/** The hook at CALL_RETURN_VA (one function for every space and machine). */
const callReturned = (): HookAction => ({ kind: 'stop', detail: RETURN_MARK });

export class Machine {
  readonly mem: PhysicalMemory;
  readonly bus: Bus;
  readonly cpu: Cpu;
  private readonly spaces: AddressSpace[] = [];
  /** Nesting depth of `call` and the register save area of each depth. */
  private callDepth = 0;
  private readonly savedRegs: Int32Array[] = [];

  constructor(opts: MachineOptions = {}) {
    if (opts.memory) opts.memory.reset();
    this.mem = opts.memory ?? new PhysicalMemory(opts);
    this.bus = new Bus(this.mem);
    const initial = new AddressSpace(this.mem, this.bus, 'default');
    this.spaces.push(initial);
    this.cpu = new Cpu(this.mem, this.bus, initial);
  }

  /** The address space the machine started with (named 'default'). */
  get defaultSpace(): AddressSpace { return this.spaces[0]!; }

  createAddressSpace(name: string): AddressSpace {
    const as = new AddressSpace(this.mem, this.bus, name);
    this.spaces.push(as);
    return as;
  }

  get addressSpaces(): readonly AddressSpace[] { return this.spaces; }

  /** Runs `handler` whenever execution reaches `va` in `as` (instead of the code there). */
  hook(as: AddressSpace, va: number, handler: HookHandler, opts: HookOptions = {}): void {
    const entry: HookEntry = { va: va >>> 0, handler, popBytes: opts.popBytes ?? 0, name: opts.name ?? `0x${(va >>> 0).toString(16)}` };
    this.cpu.setHook(as, entry, va);
  }

  unhook(as: AddressSpace, va: number): void { this.cpu.setHook(as, null, va); }

  run(opts: { maxInsns?: number } = {}): RunResult { return this.cpu.run(opts.maxInsns ?? Infinity); }

  /**
   * Calls the guest routine at `va` in `as` and runs until it returns (reason 'return'), faults,
   * stops or exhausts its budget. Registers, flags, EIP, address space, ring and context are
   * restored afterwards; memory changes stay.
   */
  call(as: AddressSpace, va: number, opts: CallOptions = {}): CallResult {
    const cpu = this.cpu;
    // Saved registers: one buffer per nesting depth, reused (calls nest through hooks).
    const depth = this.callDepth++;
    const savedRegs = this.savedRegs[depth] ?? (this.savedRegs[depth] = new Int32Array(8));
    savedRegs.set(cpu.r);
    const savedEip = cpu.eip, savedFlags = cpu.getFlags(), savedAs = cpu.addressSpace, savedRing = cpu.ring, savedContext = cpu.context;
    // A fault that ends the nested run is this call's result, not the caller's: a hook that calls
    // and then returns normally must not find the nested fault pending (Cpu.runHook checks flt).
    const savedFlt = cpu.flt;
    const savedSegs = opts.segments?.map(([seg]) => [seg, cpu.sel[seg]!, cpu.segDesc[seg]!] as const);
    if (!as.hooks.has(CALL_RETURN_VA | 0)) this.hook(as, CALL_RETURN_VA, callReturned, { name: 'call-return' });
    try {
      cpu.setAddressSpace(as);
      if (opts.ring !== undefined) cpu.ring = opts.ring;
      if (opts.context !== undefined) cpu.context = opts.context;
      const regs = opts.regs;
      // Keys other than the eight GPR numbers name no register (they set nothing).
      if (regs !== undefined) {
        for (let n = 0; n < 8; n++) {
          const v = regs[n];
          if (v !== undefined || n in regs) cpu.r[n] = v! | 0;
        }
      }
      let sp = (opts.esp ?? cpu.r[ESP]!) | 0;
      const args = opts.stackArgs ?? [];
      for (let i = args.length - 1; i >= 0; i--) { sp = (sp - 4) | 0; as.write32(sp, args[i]!); }
      sp = (sp - 4) | 0;
      as.write32(sp, CALL_RETURN_VA);
      cpu.r[ESP] = sp;
      cpu.eip = va | 0;
      if (opts.segments) for (const [seg, d] of opts.segments) cpu.setSegment(seg, 0, d);
      const budget = opts.maxInsns ?? Infinity;
      let res = cpu.run(budget);
      if (opts.onFault) {
        let executed = res.executed;
        while (res.reason === 'fault' && executed < budget && opts.onFault(res.fault!)) {
          res = cpu.run(budget - executed);
          executed += res.executed;
        }
        res = { ...res, executed };
      }
      const run: RunResult = res.reason === 'stop' && res.detail === RETURN_MARK ? { reason: 'return', executed: res.executed } : res;
      return { run, eax: cpu.r[EAX]!, edx: cpu.r[EDX]! };
    } finally {
      cpu.r.set(savedRegs);
      cpu.eip = savedEip;
      cpu.setFlags(savedFlags);
      cpu.setAddressSpace(savedAs);
      cpu.ring = savedRing;
      cpu.context = savedContext;
      cpu.flt = savedFlt;
      if (savedSegs) for (const [seg, sel, d] of savedSegs) cpu.setSegment(seg, sel, d);
      this.callDepth--;
    }
  }
}
