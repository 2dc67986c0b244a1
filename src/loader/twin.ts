// Binding one rewritten module as two instances (DESIGN.md §3, thesis §4.3): the VM instance in
// dom0 (all sections, identity stlb, dom0's kernel routines) and the hypervisor instance (code only,
// in the hypervisor region, data references to the VM instance's dom0 addresses, calls to the hot
// routines' hypervisor implementations or to numbered upcall stubs, its own SVM runtime).
//
// The hypervisor instance is bound only if the gate (the verifier) accepts the object; its runtime
// gets the verdict's entry, target and return-site sets (never a reading of the object's tables of
// its own), its text pages are read-only with int3 wherever no section lies, and its stack must
// have the verifier's guard (abi.ts STACK_GUARD_BYTES) unmapped on both sides, reserved for good.

import type { Machine } from '../emulator/machine.js';
import type { AddressSpace } from '../emulator/mmu.js';
import type { ObjectFile } from './elf.js';
import { LoaderError } from './elf.js';
import { install } from './install.js';
import { layout, link, type LinkedInstance } from './link.js';
import type { HypervisorRegion } from '../svm-runtime/region.js';
import { HvSvmRuntime, RUNTIME_HOOK_BYTES, runtimeDataBytes, VmSvmRuntime, type HvRuntimeOptions, type RuntimePlacement, type SafetyLog } from '../svm-runtime/runtime.js';
import { Upcalls } from '../upcall/upcall.js';
import type { Arity } from '../upcall/arity.js';
import { STACK_GUARD_BYTES } from '../svm-runtime/abi.js';
import type { ModuleSets } from '../svm-runtime/sets.js';
import { objectSets } from '../verifier/index.js';

export interface Dom0Side {
  readonly space: AddressSpace;
  /** dom0 kernel exports: routine and data symbol addresses. */
  readonly exports: ReadonlyMap<string, number>;
  /** Where the VM instance's sections go. */
  readonly moduleBase: number;
  /** Where the VM instance's runtime data and routine hooks go (dom0 memory). */
  readonly runtime: RuntimePlacement;
  readonly fsBase: number;
  readonly gsBase?: number;
  /** Top of a dom0 stack for upcalls. */
  readonly upcallStackTop: number;
  readonly ownsFrame: (pfn: number) => boolean;
  readonly context: number;
}

export interface HypervisorSide {
  readonly region: HypervisorRegion;
  /** Where the hypervisor instance's text goes. */
  readonly textBase: number;
  readonly runtime: RuntimePlacement;
  readonly windowBase: number;
  readonly windowLimit: number;
  readonly stubBase: number;
  readonly maxStubs: number;
  /** The hypervisor instance's stack: [lo, hi). */
  readonly stack: { readonly lo: number; readonly hi: number };
  /** Kernel routines implemented in the hypervisor: name -> hypervisor address. */
  readonly hotRoutines: ReadonlyMap<string, number>;
  readonly onUpcall?: (name: string) => void;
  /** Argument words of each kernel routine, for the upcall stubs (default: the mini API's prototypes). */
  readonly arity?: (name: string) => Arity | undefined;
  /** The instance's SVM runtime (default: the host-side HvSvmRuntime; the platform's hypervisor supplies its own). */
  readonly makeRuntime?: (machine: Machine, opts: HvRuntimeOptions) => HvSvmRuntime;
  /** The device's I/O BARs, where the port-I/O helpers may go (default: none, every port aborts). */
  readonly ports?: HvRuntimeOptions['ports'];
  /** The tag-free translation's table, guard and window area (abi.ts); none: table code does not link. */
  readonly table?: HvRuntimeOptions['table'];
}

/**
 * What the gate says about an object: its violations and, when it is the verifier's verdict, the
 * entry, target and return-site sets it proved (installed as they are).
 */
export interface GateVerdict {
  readonly violations: readonly string[];
  readonly sets?: ModuleSets;
}

/**
 * The gate a hypervisor instance must pass (issue 9). A gate that returns only violations vouches
 * for the verifier's own reading of the object: the loader then installs objectSets(obj), the sets
 * that reading gives (the same function verifyObject's verdict is about), never a reading of its own.
 */
export type Gate = (obj: ObjectFile) => readonly string[] | GateVerdict;

export interface TwinOptions {
  readonly dom0: Dom0Side;
  readonly hv: HypervisorSide;
  readonly safety: SafetyLog;
  /** Refuse to bind a hypervisor instance that does not verify (issue 9). */
  readonly verify?: Gate;
}

export interface Twin {
  readonly vm: LinkedInstance;
  readonly hv: LinkedInstance;
  readonly vmRuntime: VmSvmRuntime;
  readonly hvRuntime: HvSvmRuntime;
  readonly upcalls: Upcalls;
  /** Constant offset from a VM-instance code address to the hypervisor copy. */
  readonly codeOffset: number;
  /** Hypervisor address of a module function (by symbol name). */
  hvAddress(symbol: string): number;
  /** VM-instance (dom0) address of a module symbol. */
  vmAddress(symbol: string): number;
}

/** The VM instance's runtime and the resolver its link needs (layout decides the text range). */
export interface VmPreparation {
  readonly runtime: VmSvmRuntime;
  /** The verifier's sets of the module (VM instance: dom0's own code, its runtime checks are dom0's business). */
  readonly sets: ModuleSets;
  readonly binding: { vmTextStart: number; textSize: number; instTextStart: number; fsBase: number; gsBase: number };
  /** Resolver for `__svm_*` symbols of the VM instance. */
  readonly resolve: (name: string) => number | undefined;
}

/**
 * Step 1: the VM instance's runtime, for a module to be linked at `d.moduleBase`. `vif`: dom0's
 * virtual interrupt flag byte (the VM instance's cli/sti/popf act on it; default a byte of its own).
 */
export function prepareVm(machine: Machine, obj: ObjectFile, d: Pick<Dom0Side, 'space' | 'moduleBase' | 'runtime' | 'fsBase' | 'gsBase'> & { readonly vif?: number }, safety: SafetyLog): VmPreparation {
  const vmLayout = layout(obj, d.moduleBase, () => true);
  const binding = {
    vmTextStart: vmLayout.textStart, textSize: vmLayout.textEnd - vmLayout.textStart, instTextStart: vmLayout.textStart,
    fsBase: d.fsBase, gsBase: d.gsBase ?? 0,
  };
  const runtime = new VmSvmRuntime(machine, { space: d.space, placement: d.runtime, safety, ...(d.vif !== undefined ? { vif: d.vif } : {}) });
  return { runtime, sets: objectSets(obj), binding, resolve: (n) => runtime.resolve(n, binding) };
}

/** Step 2 (after the VM instance is linked and installed in dom0): its runtime tables. */
export function finishVm(prep: VmPreparation, vm: LinkedInstance): void {
  if (vm.textStart !== prep.binding.vmTextStart) throw new LoaderError(`VM instance text at 0x${vm.textStart.toString(16)}, prepared for 0x${prep.binding.vmTextStart.toString(16)}`);
  prep.runtime.bind(prep.binding, vm, prep.sets);
}

export interface HvInstance {
  readonly hv: LinkedInstance;
  readonly hvRuntime: HvSvmRuntime;
  readonly upcalls: Upcalls;
  readonly codeOffset: number;
}

/**
 * Step 3: the hypervisor instance of `obj`, sharing data with the VM instance `vm`. Refused (a
 * LoaderError) unless the gate passes, the object has one reading (image.ts), the verdict's sets
 * are about this layout, and the stack has the verifier's guard unmapped on both sides.
 */
export function bindHypervisor(machine: Machine, obj: ObjectFile, vm: LinkedInstance, d: Dom0Side, h: HypervisorSide, safety: SafetyLog,
  verify?: Gate): HvInstance {
  let sets: ModuleSets | undefined;
  if (verify) {
    const v = verify(obj);
    const violations = isViolationList(v) ? v : v.violations;
    if (violations.length) {
      throw new LoaderError(`${obj.file}: the hypervisor instance does not verify (${violations.length} violation${violations.length > 1 ? 's' : ''}):\n  ${violations.slice(0, 20).join('\n  ')}`);
    }
    if (!isViolationList(v)) sets = v.sets;
  }
  sets ??= objectSets(obj);
  if (sets.textSize !== vm.textSize) {
    throw new LoaderError(`${obj.file}: the verified sets are about a ${sets.textSize}-byte text, the VM instance has ${vm.textSize} bytes`);
  }
  // The verifier's stack bound holds only with its guard unmapped around the stack (abi.ts).
  const guard = h.region.reserveGuards(h.stack, STACK_GUARD_BYTES);
  if (guard) throw new LoaderError(`${obj.file}: refused to bind the hypervisor instance: ${guard}`);
  const clash = layoutClash(h, vm.textSize);
  if (clash) throw new LoaderError(`${obj.file}: refused to bind the hypervisor instance: ${clash}`);
  const upcalls = new Upcalls(machine, {
    region: h.region, stubBase: h.stubBase, maxStubs: h.maxStubs, dom0: d.space, dom0StackTop: d.upcallStackTop,
    hvStack: h.stack, dom0Context: d.context, safety, ...(h.onUpcall ? { onUpcall: h.onUpcall } : {}), ...(h.arity ? { arity: h.arity } : {}),
  });
  const dom0Names = new Map<number, string>();
  for (const [name, a] of d.exports) dom0Names.set(a >>> 0, name);
  /** A call from the hypervisor instance to kernel routine `name`. */
  const routineFor = (name: string): number | undefined => {
    const hot = h.hotRoutines.get(name);
    if (hot !== undefined) return hot;
    const a = d.exports.get(name);
    return a === undefined ? undefined : upcalls.stub(name, a).address;
  };
  const rtOpts: HvRuntimeOptions = {
    region: h.region, placement: h.runtime, windowBase: h.windowBase, windowLimit: h.windowLimit, dom0: d.space,
    dom0OwnsFrame: d.ownsFrame, safety, ...(h.ports ? { ports: h.ports } : {}), ...(h.table ? { table: h.table } : {}),
    // stlb_call: a dom0 kernel routine's address (a function pointer in shared data) -> hypervisor address.
    kernelRoutine: (addr) => { const n = dom0Names.get(addr >>> 0); return n === undefined ? undefined : routineFor(n); },
  };
  const hvRuntime = h.makeRuntime ? h.makeRuntime(machine, rtOpts) : new HvSvmRuntime(machine, rtOpts);
  const binding = {
    vmTextStart: vm.textStart, textSize: vm.textSize, instTextStart: h.textBase, fsBase: d.fsBase, gsBase: d.gsBase ?? 0,
  };
  const hv = link(obj, {
    kind: 'hv', base: h.textBase, vm,
    externals: { resolve: (name, use) => (use === 'call' ? routineFor(name) : d.exports.get(name)) },
    runtime: { resolve: (n) => hvRuntime.resolve(n, binding) },
  });
  // The text pages, read-only: every byte that is no section's (alignment gaps, the last page's
  // tail) is int3, so that nothing but the verified sections' bytes could ever run as code.
  const textPages = Math.ceil(hv.textSize / PAGE) * PAGE;
  if (textPages) {
    h.region.allocate(hv.textStart, textPages, false);
    writeRegion(h.region, hv.textStart, new Uint8Array(textPages).fill(INT3));
  }
  for (const im of hv.images) if (im.bytes.length) writeRegion(h.region, im.address, im.bytes);
  hvRuntime.bind(binding, vm, sets, h.stack);
  return { hv, hvRuntime, upcalls, codeOffset: h.textBase - vm.textStart };
}

const PAGE = 4096;
const INT3 = 0xcc;

/**
 * Why the hypervisor instance's text and runtime data would not fit where `h` puts them, or null:
 * each must lie in the region, on pages nothing maps yet, apart from the windows, the stack and
 * its guards and every hook area (a text or bitmap that grew into them would be remapped under
 * the driver, or replace the hypervisor's own pages).
 */
function layoutClash(h: HypervisorSide, textSize: number): string | null {
  const up = (x: number): number => Math.ceil(x / PAGE) * PAGE;
  const mine: Array<[string, number, number]> = [
    ['the module text', h.textBase, h.textBase + up(textSize)],
    ['the runtime data', h.runtime.dataBase, h.runtime.dataBase + up(runtimeDataBytes(textSize))],
  ];
  const others: Array<[string, number, number]> = [
    ['the window area', h.windowBase, h.windowLimit],
    ['the stack and its guards', h.stack.lo - STACK_GUARD_BYTES, h.stack.hi + STACK_GUARD_BYTES],
    ['the runtime hooks', h.runtime.hookBase, h.runtime.hookBase + RUNTIME_HOOK_BYTES()],
    ['the upcall stubs', h.stubBase, h.stubBase + 16 * h.maxStubs],
    ...[...h.hotRoutines].map(([n, a]): [string, number, number] => [`hot routine ${n}`, a, a + 16]),
  ];
  const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;
  for (const [i, [name, lo, hi]] of mine.entries()) {
    if (!h.region.contains(lo) || !h.region.contains(hi - 1)) return `${name} [${hex(lo)}, ${hex(hi)}) leaves the hypervisor region`;
    const m = h.region.mappedIn(lo, hi);
    if (m !== null) return `${name} [${hex(lo)}, ${hex(hi)}) would map over the page at ${hex(m)}`;
    for (const [other, a, b] of [...mine.slice(i + 1), ...others]) {
      if (lo < b && a < hi) return `${name} [${hex(lo)}, ${hex(hi)}) overlaps ${other} [${hex(a)}, ${hex(b)})`;
    }
  }
  return null;
}

function isViolationList(v: readonly string[] | GateVerdict): v is readonly string[] {
  return Array.isArray(v);
}

export interface UnprotectedInstance {
  readonly hv: LinkedInstance;
  readonly upcalls: Upcalls;
  /** Frames holding the hypervisor copy of the text (hypervisor memory). */
  readonly frames: readonly number[];
}

/**
 * The unprotected baseline of fault-injection campaigns: `obj` — the ORIGINAL, unrewritten driver —
 * linked as a hypervisor instance AT the VM instance's text address, so that the function pointers
 * dom0 stored in shared data reach it, with kernel calls bound to the hot routines or upcall stubs
 * like the twin's; installed in `space`, a hypervisor space that mirrors dom0's mappings. No SVM
 * runtime and no check of any kind: what a driver linked straight into the hypervisor would be.
 */
export function bindUnprotected(machine: Machine, obj: ObjectFile, vm: LinkedInstance, d: Dom0Side,
  h: Pick<HypervisorSide, 'region' | 'stubBase' | 'maxStubs' | 'stack' | 'hotRoutines' | 'onUpcall' | 'arity'>, space: AddressSpace, safety: SafetyLog): UnprotectedInstance {
  const upcalls = new Upcalls(machine, {
    region: h.region, stubBase: h.stubBase, maxStubs: h.maxStubs, dom0: d.space, dom0StackTop: d.upcallStackTop,
    hvStack: h.stack, dom0Context: d.context, safety, ...(h.onUpcall ? { onUpcall: h.onUpcall } : {}), ...(h.arity ? { arity: h.arity } : {}),
  });
  const routineFor = (name: string): number | undefined => {
    const hot = h.hotRoutines.get(name);
    if (hot !== undefined) return hot;
    const a = d.exports.get(name);
    return a === undefined ? undefined : upcalls.stub(name, a).address;
  };
  const hv = link(obj, {
    kind: 'hv', base: vm.textStart, vm,
    externals: { resolve: (name, use) => (use === 'call' ? routineFor(name) : d.exports.get(name)) },
    runtime: { resolve: () => undefined },
  });
  install(space, hv);
  const frames = new Set<number>();
  for (const im of hv.images) {
    for (let a = (im.address & ~0xfff) >>> 0; a < im.address + im.bytes.length; a += 0x1000) {
      const t = space.translate(a >>> 0);
      if (t) frames.add(t.pfn);
    }
  }
  return { hv, upcalls, frames: [...frames] };
}

/** Loads `obj` as both instances (the VM instance linked and installed here). */
export function bindTwin(machine: Machine, obj: ObjectFile, o: TwinOptions): Twin {
  const d = o.dom0;
  const prep = prepareVm(machine, obj, { ...d, ...(d.exports.has('evtchn_upcall_mask') ? { vif: d.exports.get('evtchn_upcall_mask')! } : {}) }, o.safety);
  const vm = link(obj, {
    kind: 'vm', base: d.moduleBase,
    externals: { resolve: (name: string) => d.exports.get(name) },
    runtime: { resolve: prep.resolve },
  });
  install(d.space, vm);
  finishVm(prep, vm);
  const h = bindHypervisor(machine, obj, vm, d, o.hv, o.safety, o.verify);
  return {
    vm, hv: h.hv, vmRuntime: prep.runtime, hvRuntime: h.hvRuntime, upcalls: h.upcalls, codeOffset: h.codeOffset,
    hvAddress: (s) => { const a = h.hv.symbols.get(s); if (a === undefined) throw new LoaderError(`no code symbol '${s}' in the hypervisor instance`); return a; },
    vmAddress: (s) => { const a = vm.symbols.get(s); if (a === undefined) throw new LoaderError(`no symbol '${s}' in the VM instance`); return a; },
  };
}

/** Writes bytes into region memory that may be mapped read-only (the hypervisor's own text). */
function writeRegion(region: HypervisorRegion, va: number, bytes: Uint8Array): void {
  const v = region.view;
  for (let off = 0; off < bytes.length;) {
    const t = v.translate((va + off) >>> 0);
    if (!t) throw new LoaderError(`hypervisor text page at 0x${((va + off) >>> 0).toString(16)} is not mapped`);
    const n = Math.min(bytes.length - off, 4096 - ((va + off) & 0xfff));
    region.machine.mem.writePhysRam(t.pa, bytes.subarray(off, off + n));
    off += n;
  }
}
