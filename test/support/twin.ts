// A minimal machine for the loader/runtime/upcall tests: dom0 and a guest address space, the
// hypervisor region in both (and in its own space), a few dom0 kernel routines as hooks, and the
// module bound as both instances.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine } from '../../src/emulator/machine.js';
import type { AddressSpace } from '../../src/emulator/mmu.js';
import type { HookContext } from '../../src/emulator/hooks.js';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { parseObject, type ObjectFile } from '../../src/loader/elf.js';
import { bindTwin, type Twin } from '../../src/loader/twin.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { HypervisorRegion } from '../../src/svm-runtime/region.js';
import { SafetyLog } from '../../src/svm-runtime/runtime.js';
import { KERNEL_CFLAGS } from '../../scripts/kernel-flags.js';
import { assemble, gccS } from './toolchain.js';
import { ROOT, tempDir } from './paths.js';

export const DOM0_CTX = 1, HV_CTX = 2;
export const HV_REGION = { start: 0xfc000000, end: 0xffff0000 };
export const HV_STACK = { lo: 0xff010000, hi: 0xff020000 };
export const DOM0_STACK_TOP = 0xc8010000;
export const DOM0_UPCALL_STACK_TOP = 0xc8020000;

export interface TwinRig {
  machine: Machine;
  dom0: AddressSpace;
  guest: AddressSpace;
  hyp: AddressSpace;
  region: HypervisorRegion;
  safety: SafetyLog;
  twin: Twin;
  obj: ObjectFile;
  guestFrame: number;
  kernelCalls: string[];
  /** Runs a module function in the VM instance (dom0) or the hypervisor instance (in the guest's space). */
  call(inst: 'vm' | 'hv', fn: string, args?: number[]): { eax: number; edx: number; reason: string; fault?: unknown };
}

export function buildModule(cPath: string): string {
  const dir = tempDir('twin');
  const s = join(dir, 'module.s');
  gccS(cPath, s, KERNEL_CFLAGS.filter((f) => f !== '-S'));
  const r = rewrite(parse(s, readFileSync(s, 'utf8')));
  const out = join(dir, 'module.hv.s');
  writeFileSync(out, print(r.program));
  assemble(out, join(dir, 'module.o'));
  return join(dir, 'module.o');
}

export function twinRig(objPath = buildModule(join(ROOT, 'test/fixtures/twin/module.c'))): TwinRig {
  const machine = new Machine();
  const dom0 = machine.createAddressSpace('dom0');
  const guest = machine.createAddressSpace('guest');
  const hyp = machine.createAddressSpace('hyp');
  const region = new HypervisorRegion(machine, HV_REGION.start, HV_REGION.end);
  for (const s of [hyp, dom0, guest]) region.addSpace(s);
  const safety = new SafetyLog();
  dom0.mapNew(DOM0_STACK_TOP - 0x10000, 0x20000);
  region.allocate(HV_STACK.lo, HV_STACK.hi - HV_STACK.lo);
  const guestFrame = guest.mapNew(0x10000000, 4096);
  const kernelCalls: string[] = [];
  const routines: Record<string, (c: HookContext) => number | { kind: 'return'; eax: number; edx: number }> = {
    k_zero: () => 0,
    k_add6: (c) => c.arg(0) + c.arg(1) + c.arg(2) + c.arg(3) + c.arg(4) + c.arg(5),
    k_u64: (c) => ({ kind: 'return', eax: c.arg(0) * 3, edx: 0x1234 }),
    k_deref: (c) => c.space.read32(c.arg(0)),
    k_twice: (c) => 2 * c.arg(0),
  };
  const exports = new Map<string, number>();
  Object.entries(routines).forEach(([name, f], i) => {
    const va = 0xc0f00000 + 16 * i;
    exports.set(name, va);
    machine.hook(dom0, va, (c) => { kernelCalls.push(`${name}@${c.space.name}`); return f(c); }, { name });
  });
  const obj = parseObject(new Uint8Array(readFileSync(objPath)), objPath);
  const twin = bindTwin(machine, obj, {
    safety,
    dom0: {
      space: dom0, exports, moduleBase: 0xd0000000, runtime: { dataBase: 0xc0800000, hookBase: 0xc0f80000 }, fsBase: 0,
      upcallStackTop: DOM0_UPCALL_STACK_TOP, context: DOM0_CTX,
      ownsFrame: (pfn) => !region.frames.has(pfn) && pfn !== guestFrame,
    },
    hv: {
      region, textBase: 0xfc400000, runtime: { dataBase: 0xfc000000, hookBase: 0xfc100000 }, windowBase: 0xfd000000, windowLimit: 0xfd100000,
      stubBase: 0xfc200000, maxStubs: 256, stack: HV_STACK, hotRoutines: new Map(),
    },
  });
  const call = (inst: 'vm' | 'hv', fn: string, args: number[] = []) => {
    const regs: Record<number, number> = {};
    [0, 2, 1].forEach((r, i) => { if (i < args.length) regs[r] = args[i]!; });
    const r = inst === 'vm'
      ? machine.call(dom0, twin.vmAddress(fn), { regs, stackArgs: args.slice(3), esp: DOM0_STACK_TOP, ring: 0, context: DOM0_CTX, maxInsns: 1e6 })
      : hvInvocation(twin, () => machine.call(guest, twin.hvAddress(fn), { regs, stackArgs: args.slice(3), esp: HV_STACK.hi - 64, ring: 0, context: HV_CTX, maxInsns: 1e6 }));
    return { eax: r.eax, edx: r.edx, reason: r.run.reason, ...(r.run.fault ? { fault: r.run.fault } : {}) };
  };
  return { machine, dom0, guest, hyp, region, safety, twin, obj, guestFrame, kernelCalls, call };
}

/** One driver invocation of the hypervisor instance, bracketed as the hypervisor does (windows are reclaimed only between invocations). */
function hvInvocation<T>(twin: TwinRig['twin'], run: () => T): T {
  twin.hvRuntime.beginInvocation();
  try { return run(); } finally { twin.hvRuntime.endInvocation(); }
}
