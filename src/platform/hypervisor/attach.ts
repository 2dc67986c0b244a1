// Binding the driver's hypervisor instance (thesis §4.3.2): next to the VM instance dom0 loaded,
// with its kernel calls bound to the hypervisor's C hot routines or to upcall stubs, stlb_call's
// table of every dom0 kernel routine, the frame owners the C checks, and the skb pool. The
// unprotected baseline binds the ORIGINAL driver at the VM instance's text address in a space
// that mirrors dom0's mappings, the region and a direct map of machine memory.

import { PTE_W, type AddressSpace } from '../../emulator/mmu.js';
import type { HookEntry } from '../../emulator/hooks.js';
import type { ObjectFile } from '../../loader/elf.js';
import type { LinkedInstance } from '../../loader/link.js';
import { bindHypervisor, bindUnprotected, type HvInstance } from '../../loader/twin.js';
import { siteLines } from '../../svm-runtime/runtime.js';
import { KCONST, SKB } from '../layout.generated.js';
import { skbDataSize } from '../skb.js';
import { hotRoutinesOf } from './hot.js';
import { bootLinux61, fillLinux61Pool } from './linux61.js';
import { verifierGate, type Hypervisor } from './hypervisor.js';
import { CTX, HV_MAP } from './layout.js';
import { CSvmRuntime } from './svm-c.js';
import { E1000_IO_BAR_SIZE } from '../nic/e1000.js';

/** Data bytes of a pooled skb: the driver's receive buffers (2048 + NET_IP_ALIGN, see its README). */
const POOL_SKB_BYTES = 2048 + KCONST.NET_IP_ALIGN;

/** Mirrors dom0's mappings into the unprotected space (outside the driver text, region and direct map). */
export function mirrorDom0(hv: Hypervisor): void {
  const u = hv.unprotectedSpace;
  if (!u || hv.mirroredGeneration === hv.dom0.space.generation) return;
  const vm = hv.vm!;
  const own = (va: number): boolean => hv.region.contains(va) || (va >= vm.textStart && va < vm.textStart + vm.textSize) ||
    (va >= HV_MAP.directMap && va < HV_MAP.directMap + HV_MAP.directMapFrames * 4096);
  const want = new Map<number, number>();
  for (const [va, pfn, flags] of hv.dom0.space.mappings()) if (!own(va)) want.set(va, (pfn << 12) | flags);
  for (const [va] of [...u.mappings()]) if (!own(va) && !want.has(va)) u.unmap(va);
  for (const [va, e] of want) if (u.pte(va) !== e) u.map(va, e >>> 12, e & 6);
  // dom0's kernel routines, for calls through function pointers into dom0's kernel.
  for (const [key, entry] of hv.dom0.space.hooks) {
    if (!u.hooks.has(key)) { const h = entry as HookEntry; hv.machine.hook(u, h.va, h.handler, { popBytes: h.popBytes, name: h.name }); }
  }
  hv.mirroredGeneration = hv.dom0.space.generation;
}

/** Binds the hypervisor instance of `obj` next to the VM instance dom0 loaded; fills the pool. */
export function attachDriver(hv: Hypervisor, obj: ObjectFile, vm: LinkedInstance): void {
  hv.vm = vm;
  const hot = hotRoutinesOf(hv.dom0.abi.name);
  const forced = new Set<string>(hot.slice(0, hv.opts.forcedUpcalls ?? 0));
  for (const name of hot) if (!forced.has(name)) hv.hotAddrs.set(name, hv.image.sym(hv.dom0.abi.hotSymbol(name)));
  const upcallStackTop = HV_MAP.dom0UpcallStack + HV_MAP.dom0UpcallStackSize - 64;
  const onUpcall = (name: string, fromGuest: boolean): void => {
    hv.events.upcalls++;
    hv.events.eventUpcalls++;
    hv.events.hypercallTraps++;
    if (fromGuest) hv.events.domainSwitches += 2;
    hv.opts.onUpcall?.(name);
  };
  const arity = (name: string): ReturnType<typeof hv.dom0.abi.arity> => hv.dom0.abi.arity(name);
  const isGuestSpace = (sp: AddressSpace): boolean => hv.guests.some((g) => g.space === sp);
  if (hv.unprotectedSpace) {
    mirrorDom0(hv);
    // dom0's routines that are machine code of their own, neither hooks nor the hot routines' C
    // (Linux 6.1's retpoline thunks: jmp *%reg), are called where they are: the unprotected space
    // maps dom0's kernel text.
    const direct = new Map(hv.hotAddrs);
    for (const [name, a] of hv.dom0.routineExports) if (!hv.dom0.space.hooks.has(a | 0) && !hot.includes(name)) direct.set(name, a);
    hv.unprotected = bindUnprotected(hv.machine, obj, vm, {
      space: hv.dom0.space, exports: hv.dom0.exports, moduleBase: vm.textStart, runtime: { dataBase: 0, hookBase: 0 },
      fsBase: hv.dom0.fsBase, upcallStackTop, ownsFrame: () => true, context: CTX.dom0,
    }, {
      // The driver's stack is the hypervisor's, below the C frames of the current invocation.
      region: hv.region, stubBase: HV_MAP.stubs, maxStubs: HV_MAP.maxStubs, stack: { lo: HV_MAP.xenStackLo, get hi() { return hv.invocationTop; } },
      hotRoutines: direct, onUpcall: (n) => onUpcall(n, false), arity,
    }, hv.unprotectedSpace, hv.opts.safety);
    // The direct map covers every RAM frame that exists by now (dom0's, the guests', the region's).
    const mem = hv.machine.mem;
    for (let pfn = 0; pfn < HV_MAP.directMapFrames; pfn++) {
      if (mem.frameSlot[pfn]! >= 0) hv.unprotectedSpace.map(HV_MAP.directMap + pfn * 4096, pfn, PTE_W);
    }
    hv.codeOffset = 0;
    bindKernelRoutines(hv, hv.unprotected.upcalls);
  } else {
    hv.inst = bindHypervisor(hv.machine, obj, vm, {
      space: hv.dom0.space, exports: hv.dom0.exports, moduleBase: vm.textStart, runtime: { dataBase: 0, hookBase: 0 },
      fsBase: hv.dom0.fsBase, upcallStackTop, ownsFrame: (pfn) => hv.dom0Owns(pfn), context: CTX.dom0,
    }, {
      region: hv.region, textBase: HV_MAP.text, runtime: { dataBase: HV_MAP.runtimeData, hookBase: HV_MAP.runtimeHooks },
      windowBase: HV_MAP.windows, windowLimit: hv.segment.windowLimit, stubBase: HV_MAP.stubs, maxStubs: HV_MAP.maxStubs,
      table: { base: HV_MAP.svmTable, guard: HV_MAP.svmTableGuard, windowBase: HV_MAP.svmTableWindows, windowLimit: HV_MAP.svmTableWindowsEnd },
      stack: { lo: HV_MAP.stackLo, hi: HV_MAP.stackHi }, hotRoutines: hv.hotAddrs,
      // The port-I/O helpers reach the NIC's I/O BAR and nothing else.
      ports: () => [{ base: hv.dom0.nic.ioBase, count: E1000_IO_BAR_SIZE }],
      onUpcall: (n) => onUpcall(n, isGuestSpace(hv.machine.cpu.addressSpace)), arity,
      makeRuntime: (m, o) => new CSvmRuntime(m, o, hv),
    }, hv.opts.safety, hv.opts.verify === 'off' ? undefined : (hv.opts.verify ?? verifierGate));
    hv.codeOffset = hv.inst.codeOffset;
    hv.segment.map();
    hv.lines = siteLines(vm);
    bindKernelRoutines(hv, hv.inst.upcalls);
  }
  hv.syncOwners();
  if (hv.dom0.abi.name === 'linux-6.1') {
    bootLinux61(hv);
    fillLinux61Pool(hv, hv.opts.poolSkbs ?? 512);
  } else fillPool(hv, hv.opts.poolSkbs ?? 512);
}

/** stlb_call's table: every dom0 kernel routine's address -> its hot routine or upcall stub. */
function bindKernelRoutines(hv: Hypervisor, upcalls: HvInstance['upcalls']): void {
  for (const [name, a] of hv.dom0.routineExports) {
    const to = hv.hotAddrs.get(name) ?? upcalls.stub(name, a).address;
    if (hv.callHv('svm_xlate_add', [a, to]) !== 0) throw new Error('the hypervisor\'s stlb_call table is full');
  }
}

/** The hypervisor's preallocated pool of dom0 skbs (thesis §4.2.3), each with a placeholder page. */
function fillPool(hv: Hypervisor, n: number): void {
  const size = skbDataSize(POOL_SKB_BYTES);
  hv.region.view.write32(hv.image.sym('pool_length'), POOL_SKB_BYTES);
  for (let i = 0; i < n; i++) {
    const skb = hv.dom0.allocSkbHost(POOL_SKB_BYTES, 0, 'hypervisor skb pool');
    const page = hv.dom0.allocPage('hypervisor pool placeholder page');
    if (!skb || !page) throw new Error(`dom0 heap exhausted after ${i} pool skbs`);
    hv.dom0.mem.write32(skb + SKB.users, 2);
    if (hv.callHv('pool_add', [skb, hv.dom0.mem.read32(skb + SKB.head), size, page.page]) !== 0) throw new Error(`the hypervisor's pool is full after ${i} skbs`);
  }
}
