// The hypervisor core of the TwinDrivers configuration (thesis §4.2-4.3, DESIGN.md §3):
//  - its region, mapped into every domain's address space, holding its stack, the SVM runtime,
//    the hot routines, the upcall stubs and the hypervisor instance of the driver;
//  - binding the hypervisor instance from the VM instance dom0 loaded (same rewritten object);
//  - the guest paravirtual network interface: a transmit hypercall (header copied into a pooled
//    dom0 sk_buff, the rest attached as page fragments, the hypervisor instance's xmit called in
//    the guest's context) and receive (the driver's interrupt handler run in a softirq-like context
//    that respects dom0's virtual interrupt flag; received frames demultiplexed by destination MAC,
//    copied into the guest and announced with a virtual interrupt).
// Every abort of a driver invocation (SVM refusal, bad target, CPU fault, budget) is a safety event.

import type { Machine } from '../../emulator/machine.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { formatFault, type RunResult } from '../../emulator/types.js';
import type { ObjectFile } from '../../loader/elf.js';
import type { LinkedInstance } from '../../loader/link.js';
import { bindHypervisor, type HvInstance } from '../../loader/twin.js';
import { HypervisorRegion } from '../../svm-runtime/region.js';
import type { SafetyEvent, SafetyLog } from '../../svm-runtime/runtime.js';
import { KCONST, NETDEV, SKB } from '../layout.generated.js';
import { skbAddFrag, skbPutBytes } from '../skb.js';
import type { Dom0Kernel } from '../dom0/kernel.js';
import { Guest, guestMac } from './guest.js';
import { HOT_ROUTINES, HotRoutines } from './hot.js';
import { SkbPool } from './pool.js';
import { SvmMem } from './svm-mem.js';

/** Counter contexts. */
export const CTX = { dom0: 0, driver: 1, hypervisor: 2, guest: 3 } as const;

/** The hypervisor region and what lives in it. */
export const HV_MAP = {
  start: 0xfc000000, end: 0xffff0000,
  runtimeData: 0xfc000000, runtimeHooks: 0xfc100000, hotHooks: 0xfc180000, stubs: 0xfc200000, maxStubs: 4096,
  text: 0xfc400000, windows: 0xfd000000, windowsEnd: 0xff000000,
  stackLo: 0xff010000, stackHi: 0xff020000,
  /** dom0 stack for upcalls (in dom0's space, below its module area). */
  dom0UpcallStack: 0xcfe00000, dom0UpcallStackSize: 0x10000,
} as const;

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
  readonly verify?: (obj: ObjectFile) => readonly string[];
  /** Called for every upcall (cost accounting). */
  readonly onUpcall?: (name: string) => void;
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

export class Hypervisor {
  readonly region: HypervisorRegion;
  readonly space: AddressSpace;
  readonly guests: Guest[] = [];
  readonly pool: SkbPool;
  readonly svm: SvmMem;
  readonly hot: HotRoutines;
  readonly stats: HvStats = { hypercalls: 0, xmitCalls: 0, xmitOk: 0, xmitBusy: 0, irqCalls: 0, irqDeferred: 0, delivered: 0, unknownMac: 0, handedBack: 0, copyBytes: 0, aborts: 0 };
  inst: HvInstance | null = null;
  private vm: LinkedInstance | null = null;
  private readonly handBackQueue: number[] = [];
  private readonly budget: number;
  private readonly hotAddrs = new Map<string, number>();
  private rt: HvInstance['hvRuntime'] | null = null;

  constructor(readonly machine: Machine, readonly dom0: Dom0Kernel, readonly opts: HypervisorOptions) {
    this.space = machine.createAddressSpace('hypervisor');
    this.region = new HypervisorRegion(machine, HV_MAP.start, HV_MAP.end);
    this.region.addSpace(this.space);
    this.region.addSpace(dom0.space);
    this.region.allocate(HV_MAP.stackLo, HV_MAP.stackHi - HV_MAP.stackLo);
    dom0.space.mapNew(HV_MAP.dom0UpcallStack, HV_MAP.dom0UpcallStackSize);
    for (let i = 0; i < opts.guests; i++) {
      const g = new Guest(machine, i + 1, guestMac(i + 1));
      this.region.addSpace(g.space);
      this.guests.push(g);
    }
    this.budget = opts.invocationBudget ?? 2_000_000;
    this.svm = new SvmMem((va) => this.runtime().translate(va), () => this.region.view);
    this.pool = new SkbPool(dom0, opts.poolSkbs ?? 512, POOL_SKB_BYTES, opts.poolPages ?? 512);
    this.hot = new HotRoutines({
      mem: this.svm, pool: this.pool, dom0,
      deliver: (frame) => this.demux(frame),
      handBack: (skb) => { this.handBackQueue.push(skb); this.stats.handedBack++; },
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

  /** Frames the hypervisor or a guest owns; every other frame is dom0's (RAM and its device's MMIO). */
  dom0Owns(pfn: number): boolean {
    if (this.region.frames.has(pfn)) return false;
    for (const g of this.guests) if (g.frames.has(pfn)) return false;
    return true;
  }

  /** Binds the hypervisor instance of `obj` next to the VM instance dom0 loaded. */
  attach(obj: ObjectFile, vm: LinkedInstance): HvInstance {
    this.vm = vm;
    this.inst = bindHypervisor(this.machine, obj, vm, {
      space: this.dom0.space, exports: this.dom0.exports, moduleBase: vm.textStart, runtime: { dataBase: 0, hookBase: 0 },
      fsBase: this.dom0.fsBase, upcallStackTop: HV_MAP.dom0UpcallStack + HV_MAP.dom0UpcallStackSize - 64,
      ownsFrame: (pfn) => this.dom0Owns(pfn), context: CTX.dom0,
    }, {
      region: this.region, textBase: HV_MAP.text, runtime: { dataBase: HV_MAP.runtimeData, hookBase: HV_MAP.runtimeHooks },
      windowBase: HV_MAP.windows, windowLimit: HV_MAP.windowsEnd, stubBase: HV_MAP.stubs, maxStubs: HV_MAP.maxStubs,
      stack: { lo: HV_MAP.stackLo, hi: HV_MAP.stackHi }, hotRoutines: this.hotAddrs,
      ...(this.opts.onUpcall ? { onUpcall: this.opts.onUpcall } : {}),
    }, this.opts.safety, this.opts.verify);
    this.rt = this.inst.hvRuntime;
    return this.inst;
  }

  /** Hypervisor address of the VM-instance code address `a` (function pointers in shared data). */
  private hvCode(a: number): number {
    const inst = this.inst!;
    const vm = this.vm!;
    if (a < vm.textStart || a >= vm.textStart + vm.textSize) throw new Error(`0x${a.toString(16)} is not module code`);
    return a + inst.codeOffset;
  }

  /** Runs hypervisor-instance code at `va` in `space`; a non-return is an abort (safety event). */
  private invoke(space: AddressSpace, va: number, regs: Record<number, number>, what: string): { ok: boolean; eax: number; run: RunResult } {
    const r = this.machine.call(space, va, { regs, esp: HV_MAP.stackHi - 64, ring: 0, context: CTX.driver, maxInsns: this.budget });
    if (r.run.reason === 'return') return { ok: true, eax: r.eax | 0, run: r.run };
    this.stats.aborts++;
    // Hook faults carry their own event (already logged); anything else is recorded here.
    const f = r.run.fault;
    if (!(f && f.fault === 'HOOK')) {
      const event: SafetyEvent = r.run.reason === 'budget'
        ? { kind: 'watchdog', instance: 'hv', address: this.machine.cpu.eip >>> 0, detail: `${what} ran past its budget of ${this.budget} instructions` }
        : { kind: 'cpu-fault', instance: 'hv', address: f && 'addr' in f ? f.addr >>> 0 : (f?.eip ?? 0) >>> 0, detail: `${what}: ${f ? formatFault(f) : r.run.reason + (r.run.detail ? `: ${r.run.detail}` : '')}` };
      this.opts.safety.events.push(event);
    }
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
    const m = this.svm;
    const netdev = this.dom0.netdev;
    if (!netdev || !this.inst) return 'down';
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
    const xmit = this.hvCode(m.read32(netdev + NETDEV.hard_start_xmit));
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
    if (!handlers.length || !this.inst) return 0;
    while (this.dom0.nic.irq.level && calls < maxCalls) {
      if (this.dom0.irqMask !== 0) { this.stats.irqDeferred++; break; }
      for (const h of handlers) {
        this.stats.irqCalls++;
        calls++;
        const r = this.invoke(this.space, this.hvCode(h.handler), { 0: h.irq, 2: h.devId }, 'interrupt handler');
        if (!r.ok) return calls;
      }
    }
    this.returnHandedBack();
    return calls;
  }

  /** netif_rx from the hypervisor instance: to the guest whose MAC the frame is for. */
  private demux(frame: Uint8Array): void {
    const g = this.guests.find((x) => x.mac.every((b, i) => b === frame[i]));
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
