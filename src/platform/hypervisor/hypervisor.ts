// The hypervisor core of the TwinDrivers configuration (thesis §4.2-4.3, DESIGN.md §3):
//  - its region, mapped into every domain's address space, holding its stack, the SVM runtime,
//    the hot routines, the upcall stubs and the hypervisor instance of the driver;
//  - binding the hypervisor instance from the VM instance dom0 loaded (same rewritten object);
//  - the guest paravirtual network interface: a transmit hypercall (header copied into a pooled
//    dom0 sk_buff, the rest attached as page fragments, the hypervisor instance's xmit called in
//    the guest's context) and receive (the driver's interrupt handler run in a softirq-like context
//    that respects dom0's virtual interrupt flag; received frames demultiplexed by destination MAC,
//    copied into the guest and announced with a virtual interrupt).
// Every abort of a driver invocation (SVM refusal, bad target, CPU fault, budget) is a safety event,
// and the driver is then aborted: the hypervisor stops invoking it (thesis: "when in doubt, abort").
//
// Protection 'none' is the unprotected baseline of fault-injection campaigns: the ORIGINAL driver
// linked into the hypervisor without SVM, running with the hypervisor's full reach — its own
// region, dom0's address space (which it needs: its pointers are dom0 addresses) and a direct map
// of machine memory (Xen keeps one), through which a stray pointer reaches any domain.

import type { CallResult, Machine } from '../../emulator/machine.js';
import { PTE_W, type AddressSpace } from '../../emulator/mmu.js';
import { formatFault, type RunResult } from '../../emulator/types.js';
import type { ObjectFile } from '../../loader/elf.js';
import type { LinkedInstance } from '../../loader/link.js';
import { bindHypervisor, bindUnprotected, type HvInstance, type UnprotectedInstance } from '../../loader/twin.js';
import type { HookEntry } from '../../emulator/hooks.js';
import { formatViolation, verifyObject } from '../../verifier/index.js';
import { HypervisorRegion } from '../../svm-runtime/region.js';
import type { SafetyEvent, SafetyLog } from '../../svm-runtime/runtime.js';
import { KCONST, NETDEV, SKB } from '../layout.generated.js';
import { MemAccessError, SpaceMem, type MemAccess } from '../mem.js';
import { skbAddFrag, skbPutBytes } from '../skb.js';
import type { Dom0Kernel } from '../dom0/kernel.js';
import { Guest, guestMac } from './guest.js';
import { HOT_ROUTINES, HotRoutines, type HotHost } from './hot.js';
import { SkbPool } from './pool.js';
import { SvmMem, type SvmSource } from './svm-mem.js';

/** Counter contexts. */
export const CTX = { dom0: 0, driver: 1, hypervisor: 2, guest: 3 } as const;

/** The hypervisor region and what lives in it. */
export const HV_MAP = {
  start: 0xfc000000, end: 0xffff0000,
  runtimeData: 0xfc000000, runtimeHooks: 0xfc100000, hotHooks: 0xfc180000, stubs: 0xfc200000, maxStubs: 4096,
  /** The hypervisor's own data (domain structures, frame tables ...): contents only it changes. */
  coreData: 0xfc300000, coreDataPages: 16,
  text: 0xfc400000, windows: 0xfd000000, windowsEnd: 0xff000000,
  /** The driver's own stack (the hypervisor instance runs on it: thesis §4.1.2), guard pages around. */
  stackLo: 0xff010000, stackHi: 0xff020000,
  /**
   * The hypervisor's own per-CPU stack: its top holds the hypercall's frames and `cpu_info` (as in
   * Xen: the interrupted guest's registers, the current vCPU). The unprotected baseline runs the
   * driver on it, right below them; the twin never does.
   */
  xenStackLo: 0xff040000, xenStackHi: 0xff048000, xenFrameBytes: 320,
  /** dom0 stack for upcalls (in dom0's space, below its module area). */
  dom0UpcallStack: 0xcfe00000, dom0UpcallStackSize: 0x10000,
  /** Protection 'none' only: direct map of the RAM frames below directMapFrames at directMap + pa. */
  directMap: 0x80000000, directMapFrames: 0x10000,
} as const;

/** The stlb's pages at the start of the runtime data (written by the slow path, host side). */
export const STLB_BYTES = 32 * 1024;

export type Protection = 'svm' | 'none';

/** Data bytes of a pooled skb: the driver's receive buffers (2048 + NET_IP_ALIGN, see its README). */
const POOL_SKB_BYTES = 2048 + KCONST.NET_IP_ALIGN;

/** Header bytes the transmit hypercall copies into the skb's linear part (thesis §4.3.3). */
export const TX_HEAD_BYTES = 96;

export interface HypervisorOptions {
  readonly guests: number;
  readonly safety: SafetyLog;
  /** Hot routines moved to upcalls (the first K of HOT_ROUTINES: the thesis fig. 4.9 sweep). */
  readonly forcedUpcalls?: number;
  readonly poolSkbs?: number;
  readonly poolPages?: number;
  /** Instruction budget of one driver invocation (the watchdog). */
  readonly invocationBudget?: number;
  /**
   * The gate the hypervisor instance must pass before it is bound (default: the independent
   * verifier on the object; 'off' only for tests of what happens without it). Returns violations.
   */
  readonly verify?: ((obj: ObjectFile) => readonly string[]) | 'off';
  /** Called for every upcall (cost accounting). */
  readonly onUpcall?: (name: string) => void;
  /** 'svm' (default): the rewritten driver under SVM. 'none': the unprotected baseline. */
  readonly protection?: Protection;
}

export type HvTxStatus = 'ok' | 'busy' | 'stopped' | 'no-skb' | 'aborted' | 'down';

export interface HvStats {
  hypercalls: number;
  xmitCalls: number;
  xmitOk: number;
  xmitBusy: number;
  irqCalls: number;
  irqDeferred: number;
  delivered: number;
  unknownMac: number;
  handedBack: number;
  copyBytes: number;
  aborts: number;
}

export class Hypervisor implements SvmSource, HotHost {
  readonly region: HypervisorRegion;
  readonly space: AddressSpace;
  readonly guests: Guest[] = [];
  readonly pool: SkbPool;
  /** How the hypervisor's own code reaches dom0 data: SVM-translated, or raw when unprotected. */
  readonly dom0Mem: MemAccess;
  readonly hot: HotRoutines;
  readonly protection: Protection;
  /** Exceptions thrown by host code inside hooks (platform defects, never expected). */
  readonly hostErrors: string[] = [];
  /** Set by the first aborted invocation: the driver is no longer invoked. */
  failed: string | null = null;
  /** The space unprotected invocations run in (dom0's, extended with the region and direct map). */
  readonly unprotectedSpace: AddressSpace | null;
  readonly stats: HvStats = { hypercalls: 0, xmitCalls: 0, xmitOk: 0, xmitBusy: 0, irqCalls: 0, irqDeferred: 0, delivered: 0, unknownMac: 0, handedBack: 0, copyBytes: 0, aborts: 0 };
  /** The hypervisor instance under SVM (protection 'svm'). */
  inst: HvInstance | null = null;
  /** The hypervisor instance without protection (protection 'none'). */
  unprotected: UnprotectedInstance | null = null;
  private codeOffset = 0;
  private mirroredGeneration = -1;
  private vm: LinkedInstance | null = null;
  private readonly handBackQueue: number[] = [];
  private readonly budget: number;
  private readonly hotAddrs = new Map<string, number>();
  private rt: HvInstance['hvRuntime'] | null = null;

  constructor(readonly machine: Machine, readonly dom0: Dom0Kernel, readonly opts: HypervisorOptions) {
    this.space = machine.createAddressSpace('hypervisor');
    this.region = new HypervisorRegion(machine, HV_MAP.start, HV_MAP.end);
    this.region.addSpace(this.space);
    this.protection = opts.protection ?? 'svm';
    // Under SVM the region is not in dom0.space: Xen protects itself from guest kernels (dom0
    // included); the hypervisor runs in its own space or a guest's and reaches dom0 through SVM
    // windows and upcalls. Unprotected, the driver runs in dom0's space with everything mapped.
    if (this.protection === 'none') {
      const u = machine.createAddressSpace('hypervisor-unprotected');
      this.unprotectedSpace = u;
      this.region.addSpace(u);
    } else {
      this.unprotectedSpace = null;
    }
    this.region.allocate(HV_MAP.stackLo, HV_MAP.stackHi - HV_MAP.stackLo);
    this.region.allocate(HV_MAP.coreData, HV_MAP.coreDataPages * 4096);
    this.region.allocate(HV_MAP.xenStackLo, HV_MAP.xenStackHi - HV_MAP.xenStackLo);
    const frames = new Uint8Array(HV_MAP.xenFrameBytes);
    for (let i = 0; i < frames.length; i++) frames[i] = (i * 73 + 0x11) & 0xff;
    this.region.view.writeBytes(HV_MAP.xenStackHi - HV_MAP.xenFrameBytes, frames);
    const core = new Uint8Array(HV_MAP.coreDataPages * 4096);
    for (let i = 0; i < core.length; i++) core[i] = (i * 197 + (i >>> 10) * 7 + 0x5a) & 0xff;
    this.region.view.writeBytes(HV_MAP.coreData, core);
    dom0.space.mapNew(HV_MAP.dom0UpcallStack, HV_MAP.dom0UpcallStackSize);
    for (let i = 0; i < opts.guests; i++) {
      const g = new Guest(machine, i + 1, guestMac(i + 1));
      this.region.addSpace(g.space);
      this.guests.push(g);
    }
    this.budget = opts.invocationBudget ?? 2_000_000;
    this.dom0Mem = this.unprotectedSpace ? new SpaceMem(this.unprotectedSpace) : new SvmMem(this);
    this.pool = new SkbPool(dom0, opts.poolSkbs ?? 512, POOL_SKB_BYTES, opts.poolPages ?? 512);
    this.hot = new HotRoutines({
      mem: this.dom0Mem, pool: this.pool, dom0, host: this,
    });
    const forced = new Set<string>(HOT_ROUTINES.slice(0, opts.forcedUpcalls ?? 0));
    HOT_ROUTINES.forEach((name, k) => {
      if (forced.has(name)) return;
      const va = HV_MAP.hotHooks + 16 * k;
      this.region.hook(va, this.hot.handler(name), { name: `hot:${name}` });
      this.hotAddrs.set(name, va);
    });
  }

  private runtime(): HvInstance['hvRuntime'] {
    if (!this.rt) throw new Error('hypervisor instance not attached');
    return this.rt;
  }

  /** SvmSource: the runtime SvmMem translates through, and the view it reaches windows by. */
  svmRuntime(): HvInstance['hvRuntime'] { return this.runtime(); }
  svmView(): AddressSpace { return this.region.view; }

  /**
   * Hypervisor frames no guest-visible code may change (fault-injection campaigns checksum them):
   * the region's own frames except the driver's stack and the stlb (which the slow path rewrites;
   * auditStlb checks it), plus the unprotected instance's text.
   */
  protectedFrames(): number[] {
    const skip = new Set<number>();
    for (let va = HV_MAP.stackLo; va < HV_MAP.stackHi; va += 4096) { const t = this.region.view.translate(va); if (t) skip.add(t.pfn); }
    for (let va = HV_MAP.xenStackLo; va < HV_MAP.xenStackHi; va += 4096) { const t = this.region.view.translate(va); if (t) skip.add(t.pfn); }
    for (let va = HV_MAP.runtimeData; va < HV_MAP.runtimeData + STLB_BYTES; va += 4096) { const t = this.region.view.translate(va); if (t) skip.add(t.pfn); }
    return [...this.region.frames, ...(this.unprotected?.frames ?? [])].filter((p) => !skip.has(p)).sort((a, b) => a - b);
  }

  /** Byte ranges of hypervisor memory that share frames with scratch space: the hypercall frames and cpu_info. */
  protectedRanges(): Array<{ readonly name: string; readonly va: number; readonly length: number }> {
    return [{ name: 'hypervisor stack frames and cpu_info', va: HV_MAP.xenStackHi - HV_MAP.xenFrameBytes, length: HV_MAP.xenFrameBytes }];
  }

  /** The stack driver invocations run on: its own under SVM, the hypervisor's when unprotected. */
  get driverStack(): { readonly lo: number; readonly hi: number; readonly esp: number } {
    return this.protection === 'svm'
      ? { lo: HV_MAP.stackLo, hi: HV_MAP.stackHi, esp: HV_MAP.stackHi - 64 }
      : { lo: HV_MAP.xenStackLo, hi: HV_MAP.xenStackHi, esp: HV_MAP.xenStackHi - HV_MAP.xenFrameBytes };
  }

  /** Mirrors dom0's mappings into the unprotected space (outside the driver text, region and direct map). */
  private mirrorDom0(): void {
    const u = this.unprotectedSpace;
    if (!u || this.mirroredGeneration === this.dom0.space.generation) return;
    const vm = this.vm!;
    const own = (va: number): boolean => this.region.contains(va) || (va >= vm.textStart && va < vm.textStart + vm.textSize) ||
      (va >= HV_MAP.directMap && va < HV_MAP.directMap + HV_MAP.directMapFrames * 4096);
    const want = new Map<number, number>();
    for (const [va, pfn, flags] of this.dom0.space.mappings()) if (!own(va)) want.set(va, (pfn << 12) | flags);
    for (const [va] of [...u.mappings()]) if (!own(va) && !want.has(va)) u.unmap(va);
    for (const [va, e] of want) if (u.pte(va) !== e) u.map(va, e >>> 12, e & 6);
    // dom0's kernel routines, for calls through function pointers into dom0's kernel.
    for (const [key, entry] of this.dom0.space.hooks) {
      if (!u.hooks.has(key)) { const h = entry as HookEntry; this.machine.hook(u, h.va, h.handler, { popBytes: h.popBytes, name: h.name }); }
    }
    this.mirroredGeneration = this.dom0.space.generation;
  }

  /** Frames the hypervisor or a guest owns; every other frame is dom0's (RAM and its device's MMIO). */
  dom0Owns(pfn: number): boolean {
    if (this.region.frames.has(pfn)) return false;
    for (const g of this.guests) if (g.frames.has(pfn)) return false;
    return true;
  }

  /** Binds the hypervisor instance of `obj` next to the VM instance dom0 loaded. */
  attach(obj: ObjectFile, vm: LinkedInstance): void {
    this.vm = vm;
    const upcallStackTop = HV_MAP.dom0UpcallStack + HV_MAP.dom0UpcallStackSize - 64;
    if (this.unprotectedSpace) {
      this.mirrorDom0();
      this.unprotected = bindUnprotected(this.machine, obj, vm, {
        space: this.dom0.space, exports: this.dom0.exports, moduleBase: vm.textStart, runtime: { dataBase: 0, hookBase: 0 },
        fsBase: this.dom0.fsBase, upcallStackTop, ownsFrame: () => true, context: CTX.dom0,
      }, {
        region: this.region, stubBase: HV_MAP.stubs, maxStubs: HV_MAP.maxStubs, stack: { lo: HV_MAP.xenStackLo, hi: HV_MAP.xenStackHi },
        hotRoutines: this.hotAddrs, ...(this.opts.onUpcall ? { onUpcall: this.opts.onUpcall } : {}),
      }, this.unprotectedSpace, this.opts.safety);
      // The direct map covers every RAM frame that exists by now (dom0's, the guests', the region's).
      const mem = this.machine.mem;
      for (let pfn = 0; pfn < HV_MAP.directMapFrames; pfn++) {
        if (mem.frameSlot[pfn]! >= 0) this.unprotectedSpace.map(HV_MAP.directMap + pfn * 4096, pfn, PTE_W);
      }
      this.codeOffset = 0;
      return;
    }
    this.inst = bindHypervisor(this.machine, obj, vm, {
      space: this.dom0.space, exports: this.dom0.exports, moduleBase: vm.textStart, runtime: { dataBase: 0, hookBase: 0 },
      fsBase: this.dom0.fsBase, upcallStackTop: HV_MAP.dom0UpcallStack + HV_MAP.dom0UpcallStackSize - 64,
      ownsFrame: (pfn) => this.dom0Owns(pfn), context: CTX.dom0,
    }, {
      region: this.region, textBase: HV_MAP.text, runtime: { dataBase: HV_MAP.runtimeData, hookBase: HV_MAP.runtimeHooks },
      windowBase: HV_MAP.windows, windowLimit: HV_MAP.windowsEnd, stubBase: HV_MAP.stubs, maxStubs: HV_MAP.maxStubs,
      stack: { lo: HV_MAP.stackLo, hi: HV_MAP.stackHi }, hotRoutines: this.hotAddrs,
      ...(this.opts.onUpcall ? { onUpcall: this.opts.onUpcall } : {}),
    }, this.opts.safety, this.opts.verify === 'off' ? undefined : (this.opts.verify ?? verifierGate));
    this.rt = this.inst.hvRuntime;
    this.codeOffset = this.inst.codeOffset;
  }

  get attached(): boolean {
    return this.inst !== null || this.unprotected !== null;
  }

  /**
   * Hypervisor address of the VM-instance code address `a` (function pointers in shared data, which
   * the driver may have corrupted): anything but module code is a safety event that aborts the
   * driver (null).
   */
  private hvCode(a: number, what: string): number | null {
    const vm = this.vm!;
    if (a >= vm.textStart && a < vm.textStart + vm.textSize) return a + this.codeOffset;
    this.opts.safety.events.push({ kind: 'indirect-target', instance: 'hv', address: a >>> 0, detail: `${what}: 0x${(a >>> 0).toString(16)} is not module code` });
    this.stats.aborts++;
    this.failed = `${what}: 0x${(a >>> 0).toString(16)} is not module code`;
    return null;
  }

  /** Runs hypervisor-instance code at `va` in `space`; a non-return is an abort (safety event). */
  private invoke(space: AddressSpace, va: number, regs: Record<number, number>, what: string): { ok: boolean; eax: number; run: RunResult } {
    if (this.unprotectedSpace) { space = this.unprotectedSpace; this.mirrorDom0(); }
    const rt = this.unprotectedSpace ? null : this.runtime();
    rt?.beginInvocation();
    let r: CallResult;
    try {
      r = this.machine.call(space, va, { regs, esp: this.driverStack.esp, ring: 0, context: CTX.driver, maxInsns: this.budget });
    } finally {
      rt?.endInvocation();
    }
    if (r.run.reason === 'return') return { ok: true, eax: r.eax | 0, run: r.run };
    this.stats.aborts++;
    // Events the SVM runtime and upcalls log themselves arrive as HOOK faults carrying the event;
    // everything else is recorded here. A host exception inside a hook is not a guest-visible
    // condition but a defect of the platform: kept apart in hostErrors.
    const f = r.run.fault;
    const logged = f?.fault === 'HOOK' && isSafetyEvent(f.data);
    if (f?.fault === 'HOOK' && f.data instanceof Error) this.hostErrors.push(`${what}: ${f.reason}`);
    if (!logged) {
      const address = f && 'addr' in f ? f.addr >>> 0 : (f?.eip ?? 0) >>> 0;
      const event: SafetyEvent = r.run.reason === 'budget'
        ? { kind: 'watchdog', instance: 'hv', address: this.machine.cpu.eip >>> 0, detail: `${what} ran past its budget of ${this.budget} instructions` }
        : f?.fault === 'HOOK' && this.protection === 'svm' && f.reason.startsWith('svm-access')
          ? { kind: 'svm-access', instance: 'hv', address, detail: `${what}: ${f.reason.slice('svm-access: '.length)}` }
          : { kind: 'cpu-fault', instance: 'hv', address, detail: `${what}: ${f ? formatFault(f) : r.run.reason + (r.run.detail ? `: ${r.run.detail}` : '')}` };
      this.opts.safety.events.push(event);
    }
    const last = this.opts.safety.events[this.opts.safety.events.length - 1];
    this.failed = `${what} aborted${last ? `: ${last.kind} at 0x${(last.address >>> 0).toString(16)}` : ''}`;
    return { ok: false, eax: 0, run: r.run };
  }

  /**
   * The transmit hypercall of guest `g`: a pooled dom0 skb gets the frame's first 96 bytes in its
   * linear part and the rest in a page fragment, then the hypervisor instance's xmit runs in the
   * guest's context. A busy ring is retried once after servicing the NIC.
   */
  transmit(g: Guest, frame: Uint8Array): HvTxStatus {
    this.stats.hypercalls++;
    g.txFrames++;
    try {
      return this.transmitFrame(g, frame);
    } catch (e) {
      // dom0 data the hypercall itself relies on (netdev state, a pooled skb) was corrupted so
      // that the hypervisor's own access was refused: the driver is aborted, nothing was written.
      if (!(e instanceof MemAccessError)) throw e;
      this.opts.safety.events.push({ kind: 'svm-access', instance: 'hv', address: e.addr >>> 0, detail: `transmit hypercall: ${e.message}` });
      this.stats.aborts++;
      this.failed = `transmit hypercall: ${e.message}`;
      return 'aborted';
    }
  }

  private transmitFrame(g: Guest, frame: Uint8Array): HvTxStatus {
    const m = this.dom0Mem;
    const netdev = this.dom0.netdev;
    if (!netdev || !this.attached || this.failed) return 'down';
    const state = m.read32(netdev + NETDEV.state);
    if (state & (1 << KCONST.__LINK_STATE_XOFF)) {
      this.softirq();
      if (m.read32(netdev + NETDEV.state) & (1 << KCONST.__LINK_STATE_XOFF)) return 'stopped';
    }
    const head = Math.min(frame.length, TX_HEAD_BYTES);
    const skb = this.pool.take(m, head, netdev);
    if (!skb) return 'no-skb';
    skbPutBytes(m, skb, frame.subarray(0, head));
    let at = head;
    while (at < frame.length) {
      const p = this.pool.takePage(skb);
      if (!p) { this.pool.give(skb); return 'no-skb'; }
      const n = Math.min(4096, frame.length - at);
      m.writeBytes(p.va, frame.subarray(at, at + n));
      skbAddFrag(m, skb, p.page, 0, n);
      at += n;
    }
    this.stats.copyBytes += frame.length;
    const xmit = this.hvCode(m.read32(netdev + NETDEV.hard_start_xmit), 'netdev->hard_start_xmit');
    if (xmit === null) { this.pool.give(skb); return 'aborted'; }
    for (let attempt = 0; attempt < 2; attempt++) {
      this.stats.xmitCalls++;
      const r = this.invoke(g.space, xmit, { 0: skb, 2: netdev }, 'xmit');
      if (!r.ok) return 'aborted';
      if (r.eax === KCONST.NETDEV_TX_OK) { this.stats.xmitOk++; return 'ok'; }
      this.stats.xmitBusy++;
      this.softirq();
    }
    this.pool.give(skb);
    return 'busy';
  }

  /**
   * Softirq-like receive: while the NIC's line is raised, run the driver's interrupt handler
   * (hypervisor instance), unless dom0 has its virtual interrupts masked (then it waits).
   */
  softirq(maxCalls = 64): number {
    let calls = 0;
    const handlers = this.dom0.irqHandlers.filter((h) => h.irq === this.dom0.irqNumber);
    if (!handlers.length || !this.attached || this.failed) return 0;
    while (this.dom0.nic.irq.level && calls < maxCalls) {
      if (this.dom0.irqMask !== 0) { this.stats.irqDeferred++; break; }
      for (const h of handlers) {
        this.stats.irqCalls++;
        calls++;
        const handler = this.hvCode(h.handler, 'interrupt handler');
        if (handler === null) return calls;
        const r = this.invoke(this.space, handler, { 0: h.irq, 2: h.devId }, 'interrupt handler');
        if (!r.ok) return calls;
      }
    }
    this.returnHandedBack();
    return calls;
  }

  /** @internal HotHost: netif_rx from the hypervisor instance, to the guest whose MAC the frame is for. */
  deliverFrame(frame: Uint8Array): void { this.demux(frame); }

  private demux(frame: Uint8Array): void {
    let g: Guest | undefined;
    for (const x of this.guests) {
      const m = x.mac;
      if (m[0] === frame[0] && m[1] === frame[1] && m[2] === frame[2] && m[3] === frame[3] && m[4] === frame[4] && m[5] === frame[5]) { g = x; break; }
    }
    if (!g) {
      // Broadcast goes to every guest; anything else has no destination here.
      if (frame.subarray(0, 6).every((b) => b === 0xff)) { for (const x of this.guests) { x.deliver(frame); this.stats.copyBytes += frame.length; } this.stats.delivered++; return; }
      this.stats.unknownMac++;
      return;
    }
    g.deliver(frame);
    this.stats.copyBytes += frame.length;
    this.stats.delivered++;
  }

  /** @internal HotHost: an skb dom0 allocated that the hot routines are done with, freed by dom0 at the next softirq. */
  handBack(skb: number): void {
    this.handBackQueue.push(skb);
    this.stats.handedBack++;
  }

  /** dom0's own skbs the hypervisor finished with are freed by dom0 (its allocator, its accounting). */
  returnHandedBack(): void {
    while (this.handBackQueue.length) this.dom0.freeSkbHost(this.handBackQueue.shift()!, 'hypervisor hand-back');
  }

  get safetyEvents(): readonly SafetyEvent[] {
    return this.opts.safety.events;
  }

  /** skb reference counts the pool considers its own (tests). */
  poolUsers(skb: number): number {
    return this.dom0.mem.read32(skb + SKB.users) | 0;
  }
}

function isSafetyEvent(x: unknown): x is SafetyEvent {
  return typeof x === 'object' && x !== null && 'kind' in x && 'instance' in x && 'detail' in x;
}

/** The default loader gate: the independent verifier (src/verifier) on the relocatable object. */
export function verifierGate(obj: ObjectFile): readonly string[] {
  return verifyObject(obj).violations.map(formatViolation);
}
