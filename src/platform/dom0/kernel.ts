// Owns the modeled dom0 kernel: boot of dom0's address space (memory map in memmap.ts), the kernel
// routines a NIC driver imports (host hooks, one 16-byte slot each in kernel text; semantics in
// routines.ts), kernel state (heap, vmalloc, DMA mappings, timers, work, IRQ handlers, PCI device,
// net devices, the network stack's receive queue, emulated time, the log), the module loader, and
// the platform's entry points into a loaded driver.
//
// Public API (stable; others build on it):
//   new Dom0Kernel(machine, { nic, space?, irq?, mmioBase?, ramBytes?, context?, initialJiffies?,
//                             backlog?, autoInterrupts?, maxInsnsPerEntry?, devfn?, lockedRetries? })
//   exports: ReadonlyMap<string, number>   routine and data symbol addresses (for linking modules)
//   fsBase                                 %fs base of dom0 (per-cpu area of CPU 0)
//   routineAddress(name)                   address of one kernel routine
//   loadModule(obj, base?, { runtime?, name? }) -> LinkedInstance   (VM-instance link + install)
//   initModule() / removeModule()          init_module (-> probe) / cleanup_module (-> remove)
//   open() / close()                       netdev->open / ->stop with __LINK_STATE_START handling
//   transmit(skb)                          netdev->hard_start_xmit with the retry policy below
//   serviceInterrupts()                    runs the handler while the NIC line is up and dom0 unmasked
//   advance(ms)                            emulated time: jiffies, timers (softirq), netdev watchdog,
//                                          workqueue (process), then pending interrupts, per ms
//                                          (interrupts only with autoInterrupts)
//   runWork(), ethtool(request, replyBytes), callNetdevOp(op, args)
//   buildSkb(frame, {headLen, fragSizes, fragOffset}), allocSkb(len), freeSkb(skb), allocPage()
//   takeReceived() / receivedCount          the network stack's queue (netif_rx), drained by the platform
//   dmaMapped(...) / dmaUnmapped(...)       shared streaming-DMA bookkeeping (for the hypervisor's copies)
//   irqHandlers, pendingTimers, moduleSymbol(name), loadedModules
//   netdev, adapter, pdev, pages, heap, mem, log, logText(), problems, callCounts, counters,
//   leaks(), dmaMappingCount, oops, nowUs, jiffies, irqMask, preemptCount, describeAddress(va)
//
// Execution model: one CPU. Driver code runs through Machine.call in the dom0 space at ring 0 with
// %fs = fsBase, on the process stack (process context and transmit) or the interrupt stack (hard
// interrupts, timers). Kernel routines may call back into the driver (probe, remove, ->stop, work
// items) on the current stack. Timers, work and interrupts run only at the platform's points
// (advance, serviceInterrupts, and - with autoInterrupts - right after a top-level entry returns);
// msleep/udelay advance emulated time without running anything.
//
// Failure model: a fault in driver code, a routine handed a pointer it cannot dereference, or a
// callback that does not return within maxInsnsPerEntry is a kernel oops: it is logged, the run stops
// with that reason (never an exception out of the run loop), `oops` keeps the first reason and every
// later entry point refuses to run. Misuse the kernel can survive (double or invalid free, redzone
// overwrite, unbalanced DMA unmap, sleeping in atomic context, freeing an unknown IRQ) is logged at
// KERN_ERR and recorded in `problems`, and the run continues.
//
// Transmit retry policy (interrupt delivery below only with autoInterrupts): a stopped queue is first
// given a chance to wake by delivering pending interrupts; if it stays stopped the skb is returned to the caller ('stopped'). NETDEV_TX_LOCKED is
// retried immediately up to `lockedRetries` times (default 4: on one CPU nothing releases the lock
// while dom0 spins - the holder is another instance of the driver that is not running - so a few
// cheap retries are all that can help), then the skb goes back. NETDEV_TX_BUSY is retried once after pending
// interrupts were delivered (they reclaim descriptors); a second BUSY returns 'busy'. Unless the
// status is 'ok' the skb still belongs to the caller.

import type { HookContext, HookResult } from '../../emulator/hooks.js';
import { EAX, ECX, EDX } from '../../isa/registers.js';
import type { Machine } from '../../emulator/machine.js';
import { PTE_W, type AddressSpace } from '../../emulator/mmu.js';
import { formatFault, type RunResult } from '../../emulator/types.js';
import type { ObjectFile } from '../../loader/elf.js';
import { link, type ExternalResolver, type LinkedInstance } from '../../loader/link.js';
import { install } from '../../loader/install.js';
import {
  DEVICE, IFREQ, KCONST, LIST_HEAD, NETDEV, PAGE, PCI_DEV, RESOURCE, SHINFO, SKB, SPINLOCK, TIMER_LIST, WORK_STRUCT,
} from '../layout.generated.js';
import { hex8, MemAccessError, readCString, SpaceMem, fillBytes, write64, type MemAccess } from '../mem.js';
import {
  initSkb, skbAddFrag, skbBufferBytes, skbDataSize, skbFrags, skbPutBytes, skbReadPacket, skbState, type SkbState,
} from '../skb.js';
import { E1000_BAR_SIZE, PCI_CFG, type E1000Nic } from '../nic/e1000.js';
import { RangeAllocator, type Block } from './alloc.js';
import {
  DEFAULT_DOM0_RAM, IOREMAP_END, IOREMAP_START, IRQ_STACK, KDATA, KERNEL_DATA, KERNEL_DATA_SIZE, KERNEL_TEXT,
  KERNEL_TEXT_SIZE, LOWMEM, LOWMEM_LIMIT, MODULE_AREA, MODULE_AREA_END, PERCPU, PERCPU_OFF, PERCPU_SIZE,
  PROCESS_STACK, ROUTINE_STRIDE, STACK_SIZE, VMALLOC_END, VMALLOC_START,
} from './memmap.js';
import { PageMap, PAGE_SIZE } from './pages.js';
import { KernelOops, ROUTINES, type RoutineArgs, type RoutineSpec } from './routines.js';
import { KernelC } from './kernel-c.js';
import { callC, callFailure } from '../pv/ccall.js';

export { KernelOops } from './routines.js';

export interface Dom0Options {
  readonly nic: E1000Nic;
  /** dom0's address space (default: a new one named 'dom0'). */
  readonly space?: AddressSpace;
  /** Interrupt number reported in pci_dev->irq (default: the NIC's line number). */
  readonly irq?: number;
  /** Physical address of BAR0 (default: the NIC's). */
  readonly mmioBase?: number;
  /** dom0 RAM (lowmem) in bytes, page multiple (default 16 MiB). */
  readonly ramBytes?: number;
  /** CPU counter context charged with dom0 work (default 0). */
  readonly context?: number;
  /** Initial jiffies (default Linux's INITIAL_JIFFIES: wraps 5 minutes after boot). */
  readonly initialJiffies?: number;
  /** netif_rx queue limit (netdev_max_backlog, default 1000). */
  readonly backlog?: number;
  /**
   * Deliver the NIC's pending interrupts to dom0's handler automatically: right after each top-level
   * entry returns, while transmit() retries, and every emulated millisecond of advance() (default
   * true). Set false when something else (the hypervisor driver instance) services the line; an
   * explicit serviceInterrupts() still works.
   */
  readonly autoInterrupts?: boolean;
  /** Instruction budget of one top-level entry before it counts as a lockup (default 50M). */
  readonly maxInsnsPerEntry?: number;
  /** PCI devfn of the NIC (default 0x18: 00:03.0). */
  readonly devfn?: number;
  /** NETDEV_TX_LOCKED retries in transmit() (default 4). */
  readonly lockedRetries?: number;
  /** CPU counter context charged with the kernel's C code (kernel-c.ts; default: `context`). */
  readonly cContext?: number;
  /** dom0 runs on the hypervisor: bus addresses through its p2m table (default false: native Linux). */
  readonly xen?: boolean;
}

export type ExecContext = 'process' | 'softirq' | 'hardirq';

export interface EntryResult {
  readonly ok: boolean;
  /** %eax of the entry point (signed), 0 for void ones. */
  readonly value: number;
  readonly reason?: string;
  /** Instructions charged to dom0's context during the entry (driver + kernel routines). */
  readonly executed: number;
}

export type TxStatus = 'ok' | 'busy' | 'locked' | 'stopped' | 'down' | 'error' | 'oops';

export interface TxResult {
  readonly status: TxStatus;
  readonly attempts: number;
  readonly reason?: string;
}

export interface IrqResult {
  readonly ok: boolean;
  /** Handler invocations. */
  readonly calls: number;
  /** Invocations that returned IRQ_HANDLED. */
  readonly handled: number;
  readonly reason?: string;
}

export interface LogEntry {
  readonly seq: number;
  readonly timeUs: number;
  readonly level: number;
  readonly source: 'printk' | 'kernel';
  readonly text: string;
}

export interface ReceivedFrame {
  /** Ethernet header + payload, as the stack sees it (mac.raw .. end of data). */
  readonly bytes: Uint8Array;
  readonly protocol: number;
  readonly pktType: number;
}

export interface KernelCounters {
  txOk: number;
  txBusy: number;
  txLocked: number;
  txStopped: number;
  rxQueued: number;
  rxDropped: number;
  irqCalls: number;
  irqHandled: number;
  irqUnhandled: number;
  timersRun: number;
  worksRun: number;
  txTimeouts: number;
  queueWakes: number;
  skbsAllocated: number;
  skbsFreed: number;
  badFrees: number;
  dmaApiErrors: number;
  /** Instructions charged by kernel routines (the modeled part of dom0's counter). */
  kernelInsns: number;
}

/** @internal Registered interrupt handler. */
export interface IrqAction { irq: number; handler: number; flags: number; name: string; devId: number }
/** @internal A live streaming DMA mapping. */
export interface DmaMapping { size: number; dir: number; kind: 'single' | 'page' }
/** Bus addresses whose emptied mapping list dmaMaps keeps (beyond this, empty lists go). */
const KEPT_DMA_LISTS = 4096;
/** @internal Net device bookkeeping. */
export interface NetdevInfo { registered: boolean; ifindex: number; lastWatchdog: number }

export interface LoadedModule {
  readonly name: string;
  readonly base: number;
  readonly end: number;
  readonly instance: LinkedInstance;
  /** Text symbols sorted by address (for oops reports). */
  readonly textSymbols: readonly (readonly [number, string])[];
  loaded: boolean;
}

const OOPS_MARK = '\u0000dom0-oops:';
/** Linux INITIAL_JIFFIES for HZ = 250: -300 * HZ. */
const INITIAL_JIFFIES = (-300 * KCONST.HZ) >>> 0;
const US_PER_JIFFY = 1_000_000 / KCONST.HZ;
/** Bytes after every kmalloc-family block checked on free (SLAB_RED_ZONE-like). */
export const REDZONE_BYTES = 8;
const REDZONE_BYTE = 0xbb;
const POISON_INUSE = 0x5a;
const POISON_FREE = 0x6b;
const MAX_KMALLOC = 128 * 1024;
const UD2 = [0x0f, 0x0b];
/** Block kinds allocated with a trailing redzone (kmallocHost). */
const REDZONE_KINDS = new Set(['kmalloc', 'skb', 'skbdata', 'netdev']);

export class Dom0Kernel {
  readonly machine: Machine;
  readonly space: AddressSpace;
  readonly mem: MemAccess;
  readonly nic: E1000Nic;
  readonly irqNumber: number;
  readonly mmioBase: number;
  readonly context: number;
  readonly fsBase = PERCPU;
  readonly pages: PageMap;
  /** Lowmem heap: kmalloc, sk_buffs, coherent DMA memory, pages, net devices. */
  readonly heap: RangeAllocator;
  /** vmalloc virtual range (pages come from the heap as 'vmalloc-page' blocks). */
  readonly vmallocArea: RangeAllocator;
  readonly ioremapArea: RangeAllocator;
  readonly exports: ReadonlyMap<string, number>;
  readonly pdev: number;
  readonly pciBus: number;
  readonly devfn: number;
  readonly counters: KernelCounters = {
    txOk: 0, txBusy: 0, txLocked: 0, txStopped: 0, rxQueued: 0, rxDropped: 0, irqCalls: 0, irqHandled: 0, irqUnhandled: 0,
    timersRun: 0, worksRun: 0, txTimeouts: 0, queueWakes: 0, skbsAllocated: 0, skbsFreed: 0, badFrees: 0, dmaApiErrors: 0, kernelInsns: 0,
  };
  readonly log: LogEntry[] = [];
  /** Kernel-detected misuse (also in the log at KERN_ERR). */
  readonly problems: string[] = [];
  /** First oops (null while dom0 is alive). */
  oops: string | null = null;
  /** Called when netif_wake_queue reopens a stopped queue (the stack may transmit again). */
  onQueueWake: ((netdev: number) => void) | null = null;
  /**
   * How a handler of the NIC's interrupt is run (default: directly, as native Linux takes the
   * interrupt). The platform sets this when dom0 runs on the hypervisor: the interrupt goes
   * through the hypervisor and reaches dom0 as an event.
   */
  irqPath: ((action: IrqAction) => { ok: true; eax: number } | { ok: false; reason: string }) | null = null;
  /** The kernel's C (hot routines, netback): kernel-c.ts. */
  readonly c: KernelC;
  /** Exported kernel routines (host hooks and C), by name: what a function pointer may name. */
  readonly routineExports: ReadonlyMap<string, number>;

  // ---- internal state (used by routines.ts) ----
  /** @internal */ readonly callCountsMap = new Map<string, number>();
  /** @internal */ readonly timers = new Map<number, number>();
  /** @internal */ readonly workQueue: number[] = [];
  /** @internal */ readonly irqActions: IrqAction[] = [];
  /**
   * @internal Live streaming DMA mappings by bus address. A list that empties stays (drivers map
   * the same buffers again and again: no Map churn per packet) while the map is small.
   */
  readonly dmaMaps = new Map<number, DmaMapping[]>();
  /** @internal */ readonly pciDrivers = new Set<number>();
  /** @internal */ regionsClaimed: string | null = null;
  /** @internal */ readonly netdevs = new Map<number, NetdevInfo>();
  /** @internal */ readonly ioremaps = new Map<number, { va: number; pages: number; phys: number; size: number }>();
  /** @internal */ readonly vmallocs = new Map<number, { pages: number[]; size: number }>();
  /** @internal */ readonly backlog: number;
  /** @internal */ inIrq = false;
  /** @internal */ inWork = false;
  /** @internal */ runningTimer = 0;
  /** @internal */ nextIfindex = 2;

  private readonly routineAddrs = new Map<string, number>();
  private readonly routineAt = new Map<number, string>();
  private readonly modules: LoadedModule[] = [];
  private readonly ctxStack: ExecContext[] = [];
  /** Driver code started by this kernel and still running (nested calls continue on its stack). */
  private depth = 0;
  /** Kernel routines executing (possibly reached by someone else's call, e.g. an upcall). */
  private hookDepth = 0;
  private logSeq = 0;
  private timeUsValue = 0;
  private readonly jiffiesBase: number;
  private readonly autoInterrupts: boolean;
  private readonly maxInsns: number;
  private readonly lockedRetries: number;
  private readonly warned = new Set<string>();

  constructor(machine: Machine, opts: Dom0Options) {
    this.machine = machine;
    this.nic = opts.nic;
    this.space = opts.space ?? machine.createAddressSpace('dom0');
    this.mem = new SpaceMem(this.space);
    this.irqNumber = opts.irq ?? opts.nic.irq.line;
    this.mmioBase = (opts.mmioBase ?? opts.nic.mmioBase) >>> 0;
    this.context = opts.context ?? 0;
    this.backlog = opts.backlog ?? 1000;
    this.autoInterrupts = opts.autoInterrupts ?? true;
    this.maxInsns = opts.maxInsnsPerEntry ?? 50_000_000;
    this.lockedRetries = opts.lockedRetries ?? 4;
    this.devfn = opts.devfn ?? 0x18;
    this.jiffiesBase = (opts.initialJiffies ?? INITIAL_JIFFIES) >>> 0;
    const ramBytes = opts.ramBytes ?? DEFAULT_DOM0_RAM;
    if (ramBytes % PAGE_SIZE || ramBytes < 1024 * 1024 || LOWMEM + ramBytes > LOWMEM_LIMIT) {
      throw new Error(`dom0 ramBytes must be a page multiple between 1 MiB and ${(LOWMEM_LIMIT - LOWMEM) >>> 20} MiB`);
    }

    // Kernel text: ud2 everywhere, read-only; each routine is a hook at its slot.
    this.space.mapNew(KERNEL_TEXT, KERNEL_TEXT_SIZE, 0);
    const text = new Uint8Array(KERNEL_TEXT_SIZE);
    for (let i = 0; i < text.length; i += 2) { text[i] = UD2[0]!; text[i + 1] = UD2[1]!; }
    this.space.writeBytes(KERNEL_TEXT, text);
    this.space.mapNew(KERNEL_DATA, KERNEL_DATA_SIZE, PTE_W);
    this.space.mapNew(PERCPU, PERCPU_SIZE, PTE_W);
    this.space.mapNew(PROCESS_STACK, STACK_SIZE, PTE_W);
    this.space.mapNew(IRQ_STACK, STACK_SIZE, PTE_W);

    // dom0 RAM: consecutive frames, linearly mapped at LOWMEM; mem_map first, the heap after it.
    const frames = ramBytes / PAGE_SIZE;
    const firstPfn = machine.mem.allocFrames(frames);
    for (let k = 0; k < frames; k++) this.space.map(LOWMEM + k * PAGE_SIZE, firstPfn + k, PTE_W);
    this.pages = new PageMap({ memMapVa: LOWMEM, firstPfn, frames, lowmemVa: LOWMEM });
    const memMapBytes = Math.ceil(this.pages.memMapBytes / PAGE_SIZE) * PAGE_SIZE;
    this.heap = new RangeAllocator('dom0 heap', LOWMEM + memMapBytes, ramBytes - memMapBytes, 8);
    this.vmallocArea = new RangeAllocator('vmalloc', VMALLOC_START, VMALLOC_END - VMALLOC_START, PAGE_SIZE);
    this.ioremapArea = new RangeAllocator('ioremap', IOREMAP_START, IOREMAP_END - IOREMAP_START, PAGE_SIZE);

    // Per-cpu area and data symbols.
    this.mem.write32(PERCPU + PERCPU_OFF.this_cpu_off, PERCPU);
    this.mem.write32(PERCPU + PERCPU_OFF.cpu_number, 0);
    this.mem.write32(PERCPU + PERCPU_OFF.__preempt_count, 0);
    this.writeJiffies();
    this.mem.write8(KERNEL_DATA + KDATA.evtchn_upcall_mask, 0);

    const exports = new Map<string, number>();
    ROUTINES.forEach((r, i) => {
      const va = KERNEL_TEXT + i * ROUTINE_STRIDE;
      if (va + ROUTINE_STRIDE > KERNEL_TEXT + KERNEL_TEXT_SIZE) throw new Error('kernel text too small for the routine table');
      this.routineAddrs.set(r.name, va);
      this.routineAt.set(va, r.name);
      exports.set(r.name, va);
      this.installRoutine(va, r.name, r.cost, r.impl, r.sleeps);
    });
    // The hot routines are C (platform-c/hot), loaded into dom0's kernel space.
    this.c = new KernelC(this, (va, spec: RoutineSpec) => this.installRoutine(va, spec.name, spec.cost, spec.impl, spec.sleeps), opts.cContext ?? this.context);
    for (const [n, a] of this.c.hotRoutines()) exports.set(n, a);
    this.routineExports = new Map(exports);
    exports.set('jiffies', KERNEL_DATA + KDATA.jiffies);
    exports.set('evtchn_upcall_mask', KERNEL_DATA + KDATA.evtchn_upcall_mask);
    exports.set('cpu_number', PERCPU_OFF.cpu_number);
    exports.set('__preempt_count', PERCPU_OFF.__preempt_count);
    this.exports = exports;

    this.pciBus = KERNEL_DATA + KDATA.pci_bus;
    this.pdev = KERNEL_DATA + KDATA.pci_dev;
    this.initPciDevice();
    const boot = callC(machine, this.c.sym('dom0_boot'), [
      this.pages.memMapVa, this.pages.firstPfn, this.pages.frames, this.pages.lowmemVa, KERNEL_DATA + KDATA.evtchn_upcall_mask,
      machine.mem.slotCount + 0x100, opts.xen ? 1 : 0,
    ], { space: this.space, esp: PROCESS_STACK + STACK_SIZE, context: this.context });
    if (boot.run.reason !== 'return') throw new Error(`dom0_boot failed: ${callFailure(boot)}`);
    // The network stack's counters are the C backlog's.
    Object.defineProperty(this.counters, 'rxQueued', { get: () => this.c.backlogQueued, enumerable: true });
    Object.defineProperty(this.counters, 'rxDropped', { get: () => this.c.backlogDropped, enumerable: true });
  }

  // ==== boot helpers ==============================================================================

  private initPciDevice(): void {
    const m = this.mem, p = this.pdev;
    m.write32(this.pciBus, 0); // bus number 0
    m.write32(p + PCI_DEV.global_list, p + PCI_DEV.global_list);
    m.write32(p + PCI_DEV.global_list + LIST_HEAD.prev, p + PCI_DEV.global_list);
    m.write32(p + PCI_DEV.bus_list, p + PCI_DEV.bus_list);
    m.write32(p + PCI_DEV.bus_list + LIST_HEAD.prev, p + PCI_DEV.bus_list);
    m.write32(p + PCI_DEV.bus, this.pciBus);
    m.write32(p + PCI_DEV.devfn, this.devfn);
    const cfg = (off: number, size: 1 | 2): number => this.nic.configRead(off, size);
    m.write16(p + PCI_DEV.vendor, cfg(PCI_CFG.VENDOR_ID, 2));
    m.write16(p + PCI_DEV.device, cfg(PCI_CFG.DEVICE_ID, 2));
    m.write16(p + PCI_DEV.subsystem_vendor, cfg(PCI_CFG.SUBSYSTEM_VENDOR_ID, 2));
    m.write16(p + PCI_DEV.subsystem_device, cfg(PCI_CFG.SUBSYSTEM_ID, 2));
    m.write32(p + PCI_DEV.class, (cfg(PCI_CFG.CLASS, 1) << 16) | (cfg(PCI_CFG.SUBCLASS, 1) << 8) | cfg(PCI_CFG.PROG_IF, 1));
    m.write8(p + PCI_DEV.hdr_type, cfg(PCI_CFG.HEADER_TYPE, 1));
    write64(m, p + PCI_DEV.dma_mask, 0xffffffffn);
    const busId = `0000:00:${(this.devfn >> 3).toString(16).padStart(2, '0')}.${this.devfn & 7}`;
    const strings = KERNEL_DATA + KDATA.strings;
    const bytes = new Uint8Array(busId.length + 1);
    for (let i = 0; i < busId.length; i++) bytes[i] = busId.charCodeAt(i);
    m.writeBytes(p + PCI_DEV.dev + DEVICE.bus_id, bytes);
    m.writeBytes(strings, bytes);
    m.write32(p + PCI_DEV.dev + DEVICE.dma_mask, p + PCI_DEV.dma_mask);
    write64(m, p + PCI_DEV.dev + DEVICE.coherent_dma_mask, 0xffffffffn);
    m.write32(p + PCI_DEV.irq, this.irqNumber);
    const r0 = p + PCI_DEV.resource;
    m.write32(r0 + RESOURCE.start, this.mmioBase);
    m.write32(r0 + RESOURCE.end, this.mmioBase + E1000_BAR_SIZE - 1);
    m.write32(r0 + RESOURCE.name, strings);
    m.write32(r0 + RESOURCE.flags, 0x200); // IORESOURCE_MEM
  }

  private installRoutine(va: number, name: string, cost: number, impl: (k: Dom0Kernel, a: RoutineArgs) => number | void, sleeps: boolean): void {
    // A bound method, not a closure: every kernel's routines run the same optimised code.
    this.machine.hook(this.space, va, this.runRoutine.bind(this, name, cost, impl, sleeps), { name });
  }

  private runRoutine(name: string, cost: number, impl: (k: Dom0Kernel, a: RoutineArgs) => number | void, sleeps: boolean, ctx: HookContext): HookResult {
    this.callCountsMap.set(name, (this.callCountsMap.get(name) ?? 0) + 1);
    ctx.charge(cost);
    const args: RoutineArgs = new HookRoutineArgs(name, ctx);
    this.hookDepth++;
    try {
      if (sleeps) this.mightSleep(name);
      const r = impl(this, args);
      this.counters.kernelInsns += ctx.charged;
      return typeof r === 'number' ? r | 0 : undefined;
    } catch (e) {
      const reason = e instanceof KernelOops ? e.message
        : e instanceof MemAccessError ? `BUG: unable to handle kernel paging request in ${name}: ${e.message}`
          : `${name}: internal error in the kernel model: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
      this.recordOops(reason, ctx.returnAddress);
      return { kind: 'stop', detail: OOPS_MARK + reason };
    } finally {
      this.hookDepth--;
    }
  }

  // ==== logging and diagnostics ====================================================================

  /** @internal printk-style entry. */
  logLine(level: number, source: 'printk' | 'kernel', text: string): void {
    this.log.push({ seq: ++this.logSeq, timeUs: this.timeUsValue, level, source, text: text.replace(/\n$/, '') });
  }

  /** @internal A misuse the kernel survives: logged at KERN_ERR, kept in `problems`. */
  warn(text: string): void {
    this.problems.push(text);
    this.logLine(3, 'kernel', text);
  }

  /** @internal Like warn, once per key. */
  warnOnce(key: string, text: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warn(text);
  }

  private recordOops(reason: string, at?: number): void {
    if (this.oops !== null) return;
    this.oops = reason;
    this.logLine(0, 'kernel', `Oops: ${reason}${at !== undefined ? ` (called from ${this.describeAddress(at)})` : ''}`);
  }

  logText(): string {
    return this.log.map((e) => `[${(e.timeUs / 1e6).toFixed(6)}] <${e.level}>${e.source === 'kernel' ? 'kernel: ' : ''}${e.text}`).join('\n');
  }

  /** Calls per kernel routine (host hooks and the C hot routines). */
  get callCounts(): ReadonlyMap<string, number> {
    const m = new Map(this.callCountsMap);
    for (const [n, c] of this.c.hotCalls()) m.set(n, c);
    return m;
  }

  routineAddress(name: string): number {
    const a = this.routineAddrs.get(name);
    if (a === undefined) throw new Error(`dom0 has no routine '${name}'`);
    return a;
  }

  /** "routine", "module_symbol+0xoff", or the memory-map region of an address. */
  describeAddress(va: number): string {
    va >>>= 0;
    if (this.c?.contains(va)) return this.c.describe(va);
    const r = this.routineAt.get(va - (va % ROUTINE_STRIDE));
    if (r !== undefined && va >= KERNEL_TEXT && va < KERNEL_TEXT + KERNEL_TEXT_SIZE) return va % ROUTINE_STRIDE ? `${r}+0x${(va % ROUTINE_STRIDE).toString(16)}` : r;
    for (const m of this.modules) {
      if (va < m.base || va >= m.end) continue;
      let best: readonly [number, string] | null = null;
      for (const s of m.textSymbols) { if (s[0] <= va) best = s; else break; }
      if (best && va < m.instance.textStart + m.instance.textSize) return `${best[1]}+0x${(va - best[0]).toString(16)} [${m.name}]`;
      return `0x${hex8(va)} [${m.name} data]`;
    }
    const regions: [number, number, string][] = [
      [KERNEL_TEXT, KERNEL_TEXT + KERNEL_TEXT_SIZE, 'kernel text'], [KERNEL_DATA, KERNEL_DATA + KERNEL_DATA_SIZE, 'kernel data'],
      [PERCPU, PERCPU + PERCPU_SIZE, 'per-cpu area'], [PROCESS_STACK - PAGE_SIZE, PROCESS_STACK + STACK_SIZE + PAGE_SIZE, 'process stack'],
      [IRQ_STACK - PAGE_SIZE, IRQ_STACK + STACK_SIZE + PAGE_SIZE, 'interrupt stack'], [LOWMEM, LOWMEM + this.pages.frames * PAGE_SIZE, 'lowmem'],
      [VMALLOC_START, VMALLOC_END, 'vmalloc area'], [IOREMAP_START, IOREMAP_END, 'ioremap area'], [MODULE_AREA, MODULE_AREA_END, 'module area'],
    ];
    for (const [lo, hi, name] of regions) if (va >= lo && va < hi) return `0x${hex8(va)} (${name})`;
    return `0x${hex8(va)}`;
  }

  // ==== time ======================================================================================

  get nowUs(): number { return this.timeUsValue; }
  get jiffies(): number { return (this.jiffiesBase + Math.floor(this.timeUsValue / US_PER_JIFFY)) >>> 0; }
  private writeJiffies(): void { this.mem.write32(KERNEL_DATA + KDATA.jiffies, this.jiffies); }

  /** @internal Advances emulated time without running anything (msleep, udelay). */
  passTime(us: number): void {
    this.timeUsValue += Math.max(0, us);
    this.writeJiffies();
  }

  /** @internal msleep: at least ms milliseconds and at least msecs_to_jiffies(ms) + 1 jiffy boundaries. */
  sleepMs(ms: number): void {
    const target = this.jiffies + Math.ceil((ms * KCONST.HZ) / 1000) + 1;
    const us = Math.max(ms * 1000, ((target - this.jiffiesBase) >>> 0) * US_PER_JIFFY - this.timeUsValue);
    this.passTime(us);
  }

  // ==== virtual interrupt flag, contexts ===========================================================

  get irqMask(): number { return this.mem.read8(KERNEL_DATA + KDATA.evtchn_upcall_mask); }
  set irqMask(v: number) { this.mem.write8(KERNEL_DATA + KDATA.evtchn_upcall_mask, v); }

  get preemptCount(): number { return this.mem.read32(PERCPU + PERCPU_OFF.__preempt_count) | 0; }

  /** @internal Current execution context (process when the platform itself calls). */
  get execContext(): ExecContext { return this.ctxStack[this.ctxStack.length - 1] ?? 'process'; }

  /** @internal True where sleeping is a bug. */
  inAtomic(): boolean { return this.execContext !== 'process' || this.irqMask !== 0 || this.preemptCount !== 0; }

  /** @internal */
  mightSleep(routine: string): void {
    if (this.inAtomic()) {
      this.warnOnce(`sleep:${routine}:${this.execContext}`, `BUG: sleeping function called from invalid context: ${routine} in ${this.execContext} context (irq mask ${this.irqMask}, preempt count ${this.preemptCount})`);
    }
  }

  // ==== running driver code ========================================================================

  /**
   * @internal Runs guest code at `va` with regparm arguments. Top-level calls (no driver code on the
   * CPU) start on the given stack; nested calls (from a routine) continue on the current one.
   */
  runGuest(va: number, args: readonly number[], ctx: ExecContext, stack: 'process' | 'irq', what: string): { ok: true; eax: number } | { ok: false; reason: string } {
    if (this.oops !== null) return { ok: false, reason: `dom0 is dead: ${this.oops}` };
    if (va === 0) {
      const reason = `BUG: ${what}: NULL function pointer`;
      this.recordOops(reason);
      return { ok: false, reason };
    }
    const cpu = this.machine.cpu;
    // Top level only when no guest code is on the CPU: a routine reached through an upcall calls back
    // on the caller's stack, never on a fresh copy of ours.
    const top = this.depth === 0 && this.hookDepth === 0;
    const regs: Record<number, number> = {};
    if (args.length > 0) regs[EAX] = args[0]! | 0;
    if (args.length > 1) regs[EDX] = args[1]! | 0;
    if (args.length > 2) regs[ECX] = args[2]! | 0;
    const savedFs = cpu.fsb;
    cpu.fsb = this.fsBase;
    this.depth++;
    this.ctxStack.push(ctx);
    let run: RunResult;
    let eax = 0;
    try {
      const r = this.machine.call(this.space, va, {
        regs, stackArgs: args.slice(3).map((x) => x | 0), ring: 0, context: this.context,
        ...(top ? { esp: (stack === 'process' ? PROCESS_STACK : IRQ_STACK) + STACK_SIZE, maxInsns: this.maxInsns } : {}),
      });
      run = r.run;
      eax = r.eax;
    } finally {
      this.depth--;
      this.ctxStack.pop();
      cpu.fsb = savedFs;
    }
    if (run.reason === 'return') return { ok: true, eax };
    let reason: string;
    if (run.reason === 'stop' && run.detail?.startsWith(OOPS_MARK)) reason = run.detail.slice(OOPS_MARK.length);
    else if (run.reason === 'fault' && run.fault) reason = `${formatFault(run.fault)} in ${this.describeAddress(run.fault.eip)} (${what})`;
    else if (run.reason === 'budget') reason = `soft lockup: ${what} ran ${run.executed} instructions without returning (eip ${this.describeAddress(cpu.pc)})`;
    else reason = `${what} stopped: ${run.reason}${run.detail ? ` (${run.detail})` : ''}`;
    this.recordOops(reason);
    return { ok: false, reason };
  }

  /** @internal For routines: runs a driver callback and turns a failure into an oops of the caller. */
  callback(va: number, args: readonly number[], ctx: ExecContext, what: string): number {
    const r = this.runGuest(va, args, ctx, ctx === 'process' ? 'process' : 'irq', what);
    if (!r.ok) throw new KernelOops(r.reason);
    return r.eax;
  }

  private counter(): number { return this.machine.cpu.counters[this.context]!; }

  /** Runs a top-level entry point and delivers pending interrupts afterwards (autoInterrupts). */
  private entry(va: number, args: readonly number[], ctx: ExecContext, what: string, deliver = true): EntryResult {
    const before = this.counter();
    const r = this.runGuest(va, args, ctx, ctx === 'hardirq' ? 'irq' : 'process', what);
    if (r.ok && deliver && this.autoInterrupts && this.depth === 0 && this.hookDepth === 0) this.serviceInterrupts();
    const executed = this.counter() - before;
    return r.ok ? { ok: true, value: r.eax | 0, executed } : { ok: false, value: 0, reason: r.reason, executed };
  }

  private dead(): EntryResult { return { ok: false, value: 0, reason: `dom0 is dead: ${this.oops}`, executed: 0 }; }

  // ==== module loader ==============================================================================

  /**
   * Links `obj` as a VM instance at `base` (undefined symbols from `exports`, `__svm_*` from
   * `runtime`) and installs it in dom0 (fresh frames, read-only text). Returns the linked instance.
   */
  loadModule(obj: ObjectFile, base: number = this.nextModuleBase(), opts: { runtime?: ExternalResolver; name?: string } = {}): LinkedInstance {
    const runtime: ExternalResolver = opts.runtime ?? { resolve: () => undefined };
    const inst = link(obj, { kind: 'vm', base, externals: { resolve: (n) => this.exports.get(n) }, runtime });
    let end = base;
    for (const im of inst.images) end = Math.max(end, im.address + im.bytes.length);
    for (const c of inst.commons.values()) end = Math.max(end, c + 16);
    if (base < MODULE_AREA || end > MODULE_AREA_END) throw new Error(`module at 0x${hex8(base)}..0x${hex8(end)} lies outside the module area`);
    for (const m of this.modules) if (base < m.end && m.base < end) throw new Error(`module at 0x${hex8(base)} overlaps ${m.name}`);
    install(this.space, inst);
    const textSymbols = [...inst.symbols].filter(([, a]) => a >= inst.textStart && a < inst.textStart + inst.textSize)
      .map(([n, a]) => [a, n] as const).sort((x, y) => x[0] - y[0]);
    const name = opts.name ?? obj.file.replace(/^.*\//, '').replace(/\.o$/, '');
    this.modules.push({ name, base, end: Math.ceil(end / PAGE_SIZE) * PAGE_SIZE, instance: inst, textSymbols, loaded: true });
    this.logLine(6, 'kernel', `module ${name} loaded at 0x${hex8(base)} (text ${inst.textSize} bytes)`);
    return inst;
  }

  private nextModuleBase(): number {
    let b = MODULE_AREA;
    for (const m of this.modules) b = Math.max(b, m.end + PAGE_SIZE);
    return b;
  }

  get loadedModules(): readonly LoadedModule[] { return this.modules; }

  private module(name?: string): LoadedModule {
    const m = name === undefined ? [...this.modules].reverse().find((x) => x.loaded) : this.modules.find((x) => x.name === name && x.loaded);
    if (!m) throw new Error(name ? `no loaded module ${name}` : 'no module loaded');
    return m;
  }

  /** Address of a symbol of a loaded module. */
  moduleSymbol(symbol: string, module?: string): number {
    const a = this.module(module).instance.symbols.get(symbol);
    if (a === undefined) throw new Error(`module has no symbol ${symbol}`);
    return a;
  }

  // ==== driver entry points ========================================================================

  /** init_module(): registers the PCI driver, which probes the NIC. value = init_module's return. */
  initModule(module?: string): EntryResult {
    if (this.oops) return this.dead();
    const m = this.module(module);
    return this.entry(this.moduleSymbol('init_module', m.name), [], 'process', 'init_module');
  }

  /** cleanup_module(), then checks nothing of the module is still registered with the kernel. */
  removeModule(module?: string): EntryResult {
    if (this.oops) return this.dead();
    const m = this.module(module);
    const r0 = this.entry(this.moduleSymbol('cleanup_module', m.name), [], 'process', 'cleanup_module', false);
    if (!r0.ok) return r0;
    const r: EntryResult = { ...r0, value: 0 }; // cleanup_module is void
    m.loaded = false;
    const inModule = (va: number): boolean => va >= m.base && va < m.end;
    for (const [t] of this.timers) if (inModule(this.mem.read32(t + TIMER_LIST.function))) this.warn(`BUG: module ${m.name} unloaded with timer 0x${hex8(t)} pending`);
    for (const a of this.irqActions) if (inModule(a.handler)) this.warn(`BUG: module ${m.name} unloaded with IRQ ${a.irq} handler registered`);
    for (const w of this.workQueue) this.warn(`BUG: module ${m.name} unloaded with work 0x${hex8(w)} queued`);
    this.logLine(6, 'kernel', `module ${m.name} unloaded`);
    return r;
  }

  /** The net device the driver registered (0 before probe). */
  get netdev(): number {
    for (const [dev, info] of this.netdevs) if (info.registered) return dev;
    const drv = this.mem.read32(this.pdev + PCI_DEV.driver_data);
    return drv;
  }

  /** netdev_priv(netdev): the driver's adapter struct. */
  get adapter(): number { const d = this.netdev; return d ? d + NETDEV.priv_offset : 0; }

  netdevState(): number { return this.netdev ? this.mem.read32(this.netdev + NETDEV.state) : 0; }
  queueStopped(): boolean { return (this.netdevState() & (1 << KCONST.__LINK_STATE_XOFF)) !== 0; }
  carrierOk(): boolean { return (this.netdevState() & (1 << KCONST.__LINK_STATE_NOCARRIER)) === 0; }
  running(): boolean { return (this.netdevState() & (1 << KCONST.__LINK_STATE_START)) !== 0; }

  private requireNetdev(): number {
    const d = this.netdev;
    if (!d) throw new Error('no net device: initModule() has not probed a device');
    return d;
  }

  /** dev_open: sets __LINK_STATE_START, calls ->open (START cleared again on failure). */
  open(): EntryResult {
    if (this.oops) return this.dead();
    const dev = this.requireNetdev();
    const state = dev + NETDEV.state;
    this.mem.write32(state, this.mem.read32(state) | (1 << KCONST.__LINK_STATE_START));
    const r = this.entry(this.mem.read32(dev + NETDEV.open), [dev], 'process', 'netdev->open');
    if (r.ok && r.value !== 0) this.mem.write32(state, this.mem.read32(state) & ~(1 << KCONST.__LINK_STATE_START));
    if (r.ok && r.value === 0) this.mem.write32(dev + NETDEV.flags, this.mem.read32(dev + NETDEV.flags) | KCONST.IFF_UP);
    return r;
  }

  /** dev_close: clears __LINK_STATE_START, calls ->stop. */
  close(): EntryResult {
    if (this.oops) return this.dead();
    const dev = this.requireNetdev();
    const state = dev + NETDEV.state;
    this.mem.write32(state, this.mem.read32(state) & ~(1 << KCONST.__LINK_STATE_START));
    this.mem.write32(dev + NETDEV.flags, this.mem.read32(dev + NETDEV.flags) & ~KCONST.IFF_UP);
    return this.entry(this.mem.read32(dev + NETDEV.stop), [dev], 'process', 'netdev->stop');
  }

  /** hard_start_xmit(skb, netdev) with the retry policy of the header. The skb is consumed only on 'ok'. */
  transmit(skb: number): TxResult {
    if (this.oops) return { status: 'oops', attempts: 0, reason: `dom0 is dead: ${this.oops}` };
    const dev = this.netdev;
    if (!dev || !this.running()) return { status: 'down', attempts: 0 };
    if (this.queueStopped()) {
      if (this.autoInterrupts) this.serviceInterrupts();
      if (this.queueStopped()) { this.counters.txStopped++; return { status: 'stopped', attempts: 0 }; }
    }
    const xmit = this.mem.read32(dev + NETDEV.hard_start_xmit);
    let locked = 0, busy = 0, attempts = 0;
    for (;;) {
      attempts++;
      const r = this.runGuest(xmit, [skb, dev], 'softirq', 'process', 'hard_start_xmit');
      if (!r.ok) return { status: 'oops', attempts, reason: r.reason };
      const v = r.eax | 0;
      if (v === KCONST.NETDEV_TX_OK) {
        this.counters.txOk++;
        if (this.autoInterrupts) this.serviceInterrupts();
        return { status: 'ok', attempts };
      }
      if (v === KCONST.NETDEV_TX_LOCKED) {
        this.counters.txLocked++;
        if (++locked > this.lockedRetries) return { status: 'locked', attempts };
        continue;
      }
      if (v === KCONST.NETDEV_TX_BUSY) {
        this.counters.txBusy++;
        if (this.autoInterrupts) this.serviceInterrupts();
        if (++busy > 1 || this.queueStopped()) return { status: 'busy', attempts };
        continue;
      }
      this.warn(`hard_start_xmit returned ${v}`);
      return { status: 'error', attempts, reason: `hard_start_xmit returned ${v}` };
    }
  }

  /** Calls the interrupt handler(s) of the NIC's line while it is raised and dom0's virtual interrupts are enabled. */
  serviceInterrupts(maxCalls = 100): IrqResult {
    if (this.oops) return { ok: false, calls: 0, handled: 0, reason: `dom0 is dead: ${this.oops}` };
    if (this.inIrq || this.depth > 0 || this.hookDepth > 0) return { ok: true, calls: 0, handled: 0 };
    const line = this.nic.irq;
    let calls = 0, handled = 0, streak = 0;
    while (calls < maxCalls) {
      if (!line.level || this.irqMask !== 0) break;
      const actions = this.irqActions.filter((a) => a.irq === this.irqNumber);
      if (actions.length === 0) break;
      this.inIrq = true;
      this.irqMask = 1;
      let any = false;
      try {
        for (const a of actions) {
          const r = this.irqPath ? this.irqPath(a) : this.runGuest(a.handler, [this.irqNumber, a.devId], 'hardirq', 'irq', `irq ${this.irqNumber} handler`);
          if (!r.ok) return { ok: false, calls, handled, reason: r.reason };
          if ((r.eax & 1) !== 0) any = true;
        }
      } finally {
        this.inIrq = false;
        if (this.oops === null) this.irqMask = 0;
      }
      calls++;
      this.counters.irqCalls++;
      if (any) { handled++; this.counters.irqHandled++; streak = 0; } else {
        this.counters.irqUnhandled++;
        if (++streak >= 3) { this.warnOnce(`nobody-cared:${this.irqNumber}`, `irq ${this.irqNumber}: nobody cared (the line stays raised and every handler returned IRQ_NONE)`); break; }
      }
    }
    if (calls === maxCalls && line.level) this.warnOnce(`storm:${this.irqNumber}`, `irq ${this.irqNumber}: still raised after ${maxCalls} handler calls`);
    return { ok: true, calls, handled };
  }

  /** Emulated time passes ms milliseconds, one at a time: timers, netdev watchdog, work, interrupts. */
  advance(ms: number): EntryResult {
    const before = this.counter();
    for (let i = 0; i < ms; i++) {
      if (this.oops) break;
      const j0 = this.jiffies;
      this.passTime(1000);
      if (this.jiffies !== j0) { this.runTimers(); this.netdevWatchdog(); }
      this.runWork();
      if (this.autoInterrupts) this.serviceInterrupts();
    }
    const executed = this.counter() - before;
    return this.oops ? { ok: false, value: 0, reason: this.oops, executed } : { ok: true, value: 0, executed };
  }

  private runTimers(): void {
    for (let round = 0; round < 16 && this.oops === null; round++) {
      const j = this.jiffies;
      const due = [...this.timers].filter(([, exp]) => ((j - exp) | 0) >= 0).sort((a, b) => ((a[1] - b[1]) | 0));
      if (due.length === 0) return;
      for (const [t] of due) {
        if (!this.timers.has(t)) continue;
        this.timers.delete(t);
        this.mem.write32(t + TIMER_LIST.entry + LIST_HEAD.next, 0); // not pending
        const fn = this.mem.read32(t + TIMER_LIST.function), data = this.mem.read32(t + TIMER_LIST.data);
        this.counters.timersRun++;
        this.runningTimer = t;
        const r = this.runGuest(fn, [data], 'softirq', 'irq', `timer 0x${hex8(t)} function`);
        this.runningTimer = 0;
        if (!r.ok) return;
      }
    }
  }

  private netdevWatchdog(): void {
    for (const [dev, info] of this.netdevs) {
      if (!info.registered || this.oops) continue;
      const st = this.mem.read32(dev + NETDEV.state);
      const timeo = this.mem.read32(dev + NETDEV.watchdog_timeo) | 0;
      const j = this.jiffies;
      if (timeo <= 0 || ((j - info.lastWatchdog) | 0) < timeo) continue;
      info.lastWatchdog = j;
      const running = (st & (1 << KCONST.__LINK_STATE_START)) !== 0, carrier = (st & (1 << KCONST.__LINK_STATE_NOCARRIER)) === 0;
      const stopped = (st & (1 << KCONST.__LINK_STATE_XOFF)) !== 0;
      const trans = this.mem.read32(dev + NETDEV.trans_start);
      if (running && carrier && stopped && ((j - (trans + timeo)) | 0) > 0) {
        const fn = this.mem.read32(dev + NETDEV.tx_timeout);
        if (!fn) continue;
        this.counters.txTimeouts++;
        this.logLine(4, 'kernel', `NETDEV WATCHDOG: ${readCString(this.mem, dev + NETDEV.name, 16)}: transmit timed out`);
        if (!this.runGuest(fn, [dev], 'softirq', 'irq', 'tx_timeout').ok) return;
      }
    }
  }

  /** Runs queued work items in process context (keventd). Returns the number run. */
  runWork(): number {
    if (this.oops || this.depth > 0 || this.hookDepth > 0) return 0;
    return this.drainWork();
  }

  /** @internal Runs queued work items on the current stack (flush_scheduled_work or keventd). */
  drainWork(): number {
    let n = 0;
    this.inWork = true;
    try {
      while (this.workQueue.length > 0 && this.oops === null && n < 1000) {
        const w = this.workQueue.shift()!;
        this.mem.write32(w + WORK_STRUCT.pending, this.mem.read32(w + WORK_STRUCT.pending) & ~1); // cleared before func runs
        const fn = this.mem.read32(w + WORK_STRUCT.func), data = this.mem.read32(w + WORK_STRUCT.data);
        this.counters.worksRun++;
        n++;
        if (this.depth > 0 || this.hookDepth > 0) this.callback(fn, [data], 'process', `work 0x${hex8(w)} func`);
        else if (!this.runGuest(fn, [data], 'process', 'process', `work 0x${hex8(w)} func`).ok) break;
      }
    } finally {
      this.inWork = false;
    }
    return n;
  }

  /**
   * SIOCETHTOOL through netdev->do_ioctl: the request is copied into a dom0 buffer of
   * max(request, replyBytes) bytes, ifr.ifr_data points at it; returns do_ioctl's value and the
   * buffer afterwards (both buffers are freed).
   */
  ethtool(request: Uint8Array, replyBytes = request.length): { result: EntryResult; reply: Uint8Array } {
    const dev = this.requireNetdev();
    const n = Math.max(request.length, replyBytes, 4);
    const buf = this.kmallocHost(n, 'kmalloc', 'ethtool request');
    const ifr = this.kmallocHost(IFREQ.size, 'kmalloc', 'ifreq');
    if (!buf || !ifr) throw new Error('dom0 heap exhausted');
    this.mem.writeBytes(buf, new Uint8Array(n));
    this.mem.writeBytes(buf, request);
    this.mem.writeBytes(ifr, new Uint8Array(IFREQ.size));
    this.mem.writeBytes(ifr + IFREQ.ifr_name, this.mem.readBytes(dev + NETDEV.name, 16));
    this.mem.write32(ifr + IFREQ.ifr_data, buf);
    const result = this.entry(this.mem.read32(dev + NETDEV.do_ioctl), [dev, ifr, KCONST.SIOCETHTOOL], 'process', 'do_ioctl');
    const reply = this.oops ? new Uint8Array(0) : this.mem.readBytes(buf, n);
    if (!this.oops) { this.kfreeHost(buf, ['kmalloc'], 'ethtool'); this.kfreeHost(ifr, ['kmalloc'], 'ethtool'); }
    return { result, reply };
  }

  /** Calls a netdev operation (get_stats, tx_timeout, change_mtu, set_mac_address, set_multicast_list ...) with (netdev, ...args). */
  callNetdevOp(op: 'get_stats' | 'tx_timeout' | 'change_mtu' | 'set_mac_address' | 'set_multicast_list', ...args: number[]): EntryResult {
    if (this.oops) return this.dead();
    const dev = this.requireNetdev();
    const fn = this.mem.read32(dev + NETDEV[op]);
    return this.entry(fn, [dev, ...args], 'process', `netdev->${op}`);
  }

  // ==== memory services (host side; routines.ts uses them too) =======================================

  /**
   * @internal kmalloc-family allocation: `size` bytes + redzone, poisoned (or zeroed). Returns 0 when
   * the heap cannot satisfy it.
   */
  kmallocHost(size: number, kind: string, tag: string, opts: { zero?: boolean; align?: number } = {}): number {
    if (size > MAX_KMALLOC || size < 0) return 0;
    const align = opts.align ?? (size >= 32 ? 32 : 8);
    const a = this.heap.alloc(size, align, kind, tag, size + REDZONE_BYTES);
    if (a === null) return 0;
    const bytes = new Uint8Array(size + REDZONE_BYTES).fill(opts.zero ? 0 : POISON_INUSE);
    bytes.fill(REDZONE_BYTE, size);
    this.mem.writeBytes(a, bytes);
    return a;
  }

  /** @internal Frees a heap block of one of `kinds`; misuse is logged, never fatal. Returns the block when freed. */
  kfreeHost(va: number, kinds: readonly string[], routine: string): Block | null {
    const r = this.heap.release(va, kinds);
    if (!r.ok) {
      this.counters.badFrees++;
      this.warn(`BUG: ${routine}: ${r.error}: ${r.detail}`);
      return null;
    }
    const b = r.block;
    if (REDZONE_KINDS.has(b.kind)) {
      const rz = this.mem.readBytes(b.addr + b.requested, REDZONE_BYTES);
      if (rz.some((x) => x !== REDZONE_BYTE)) {
        this.counters.badFrees++;
        this.warn(`BUG: ${routine}: redzone after the ${b.requested}-byte ${b.kind} block at 0x${hex8(b.addr)} was overwritten (${b.tag})`);
      }
    }
    fillBytes(this.mem, b.addr, b.size, POISON_FREE);
    return b;
  }

  /** @internal Page-aligned, page-multiple heap block. */
  pagesHost(bytes: number, kind: string, tag: string): number {
    const size = Math.ceil(Math.max(1, bytes) / PAGE_SIZE) * PAGE_SIZE;
    return this.heap.alloc(size, PAGE_SIZE, kind, tag, size) ?? 0;
  }

  /** A fresh page (page->_count = 1). */
  allocPage(tag = 'page'): { page: number; va: number; pa: number } | null {
    const va = this.pagesHost(PAGE_SIZE, 'page', tag);
    if (!va) return null;
    const page = this.pages.virtToPage(va)!;
    this.mem.writeBytes(page, new Uint8Array(PAGE.size));
    this.mem.write32(page + PAGE._count, 1);
    return { page, va, pa: this.pages.virtToPhys(va)! };
  }

  /** @internal put_page: drops a reference; the last one frees a page allocated by allocPage. */
  putPage(page: number, routine: string): void {
    const va = this.pages.pageToVirt(page);
    if (va === null) throw new KernelOops(`BUG: ${routine}: 0x${hex8(page)} is not a struct page`);
    const count = this.mem.read32(page + PAGE._count) | 0;
    if (count <= 0) { this.warn(`BUG: ${routine}: put_page on page 0x${hex8(page)} with count ${count}`); return; }
    this.mem.write32(page + PAGE._count, count - 1);
    if (count === 1 && this.heap.blockAt(va)?.kind === 'page') this.kfreeHost(va, ['page'], routine);
  }

  /**
   * @internal Bus address of [va, va + size): every page mapped RAM, physically contiguous.
   * Throws KernelOops when not (a DMA mapping of a bad pointer).
   */
  virtToBus(va: number, size: number, routine: string): number {
    const t0 = this.space.translate(va >>> 0);
    if (!t0 || this.machine.mem.isMmio(t0.pfn)) throw new KernelOops(`BUG: ${routine}: 0x${hex8(va)} is not mapped dom0 RAM`);
    const last = (va + Math.max(size, 1) - 1) >>> 0;
    for (let p = (va >>> 12) + 1; p <= last >>> 12; p++) {
      const t = this.space.translate((p << 12) >>> 0);
      if (!t || t.pfn !== t0.pfn + (p - (va >>> 12)) || this.machine.mem.isMmio(t.pfn)) {
        throw new KernelOops(`BUG: ${routine}: [0x${hex8(va)}, +${size}) is not physically contiguous dom0 RAM`);
      }
    }
    return t0.pa;
  }

  /** @internal The skb allocator behind __netdev_alloc_skb. */
  allocSkbHost(length: number, dev: number, tag: string): number {
    const size = skbDataSize(length);
    const skb = this.kmallocHost(SKB.size, 'skb', tag);
    if (!skb) return 0;
    const data = this.kmallocHost(skbBufferBytes(size), 'skbdata', tag, { align: 32 });
    if (!data) { this.kfreeHost(skb, ['skb'], tag); return 0; }
    initSkb(this.mem, skb, data, size, { reserve: KCONST.NET_SKB_PAD, dev });
    this.counters.skbsAllocated++;
    return skb;
  }

  /** @internal dev_kfree_skb_any semantics: drop a reference; the last frees fragments, data and struct. */
  freeSkbHost(skb: number, routine: string): void {
    const b = this.heap.blockAt(skb);
    if (!b || b.kind !== 'skb') {
      const r = this.heap.release(skb, ['skb']);
      this.counters.badFrees++;
      this.warn(`BUG: ${routine}: ${r.ok ? 'internal' : `${r.error}: ${r.detail}`}`);
      return;
    }
    const users = this.mem.read32(skb + SKB.users) | 0;
    if (users <= 0) { this.counters.badFrees++; this.warn(`BUG: ${routine}: skb 0x${hex8(skb)} has users ${users}`); return; }
    if (users > 1) { this.mem.write32(skb + SKB.users, users - 1); return; }
    const head = this.mem.read32(skb + SKB.head);
    const end = this.mem.read32(skb + SKB.end);
    const hb = this.heap.blockAt(head);
    if (hb?.kind === 'skbdata' && end >= head && end + SHINFO.size <= head + hb.size) {
      for (const f of skbFrags(this.mem, skb)) this.putPage(f.page, routine);
      this.kfreeHost(head, ['skbdata'], routine);
    } else {
      this.counters.badFrees++;
      this.warn(`BUG: ${routine}: skb 0x${hex8(skb)} head 0x${hex8(head)} / end 0x${hex8(end)} do not describe a data buffer`);
    }
    this.kfreeHost(skb, ['skb'], routine);
    this.counters.skbsFreed++;
  }

  /** An empty skb with room for `length` bytes (as __netdev_alloc_skb(netdev, length)). */
  allocSkb(length: number): number {
    const skb = this.allocSkbHost(length, this.netdev, 'platform skb');
    if (!skb) throw new Error('dom0 heap exhausted');
    return skb;
  }

  /**
   * An skb holding `frame`: the first headLen bytes linear (default: all of it when no fragments),
   * the rest in page fragments of the given sizes (each in a fresh page at fragOffset, default 64;
   * a fragment that does not fit the page is split).
   */
  buildSkb(frame: Uint8Array, opts: { headLen?: number; fragSizes?: readonly number[]; fragOffset?: number } = {}): number {
    const frags = opts.fragSizes ?? [];
    const headLen = opts.headLen ?? frame.length - frags.reduce((a, b) => a + b, 0);
    const fragTotal = frame.length - headLen;
    if (headLen < 0 || frags.reduce((a, b) => a + b, 0) !== fragTotal) throw new Error('buildSkb: headLen + fragment sizes must equal the frame length');
    const skb = this.allocSkb(headLen);
    skbPutBytes(this.mem, skb, frame.subarray(0, headLen));
    let at = headLen;
    const off0 = opts.fragOffset ?? 64;
    for (const size of frags) {
      let left = size;
      while (left > 0) {
        const off = Math.min(off0, PAGE_SIZE - 1);
        const n = Math.min(left, PAGE_SIZE - off);
        const pg = this.allocPage('skb fragment');
        if (!pg) throw new Error('dom0 heap exhausted');
        this.mem.writeBytes(pg.va + off, frame.subarray(at, at + n));
        skbAddFrag(this.mem, skb, pg.page, off, n);
        at += n;
        left -= n;
      }
    }
    return skb;
  }

  /** Frees an skb the platform owns (one reference). */
  freeSkb(skb: number): void { this.freeSkbHost(skb, 'platform'); }

  skb(skb: number): SkbState { return skbState(this.mem, skb); }

  /** The packet bytes of an skb (linear part + fragments). */
  skbBytes(skb: number): Uint8Array {
    return skbReadPacket(this.mem, skb, (page, off) => { const v = this.pages.pageToVirt(page); return v === null ? null : v + off; });
  }

  get receivedCount(): number { return this.c.backlogLength; }

  /** Drains the stack's receive queue: each frame from its MAC header, then the skb is freed. */
  takeReceived(): ReceivedFrame[] {
    const out: ReceivedFrame[] = [];
    for (let skb = this.c.dequeueBacklog(); skb; skb = this.c.dequeueBacklog()) {
      if (this.heap.blockAt(skb)?.kind !== 'skb') { this.warn(`BUG: netif_rx: 0x${hex8(skb)} is not an skb`); continue; }
      const st = skbState(this.mem, skb);
      const hdrLen = st.mac && st.mac <= st.data && st.data - st.mac <= 64 ? st.data - st.mac : 0;
      const header = hdrLen ? this.mem.readBytes(st.mac, hdrLen) : new Uint8Array(0);
      const payload = this.skbBytes(skb);
      const bytes = new Uint8Array(header.length + payload.length);
      bytes.set(header, 0);
      bytes.set(payload, header.length);
      out.push({ bytes, protocol: st.protocol, pktType: st.pktType });
      this.freeSkbHost(skb, 'network stack');
    }
    return out;
  }

  /**
   * Records a streaming DMA mapping made on dom0's behalf (dma_map_single / dma_map_page here, or
   * the hypervisor's copies of them): the same bookkeeping checks every unmap, wherever it runs.
   */
  dmaMapped(bus: number, size: number, dir: number, kind: 'single' | 'page', who: string): void {
    if (bus === 0) throw new KernelOops(`BUG: ${who}: bus address 0`);
    if (dir > KCONST.DMA_FROM_DEVICE) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${who}: bad direction ${dir}`); }
    if (size === 0) this.warnOnce(`dma0:${who}`, `DMA-API: ${who}: mapping of 0 bytes at 0x${hex8(bus)}`);
    let list = this.dmaMaps.get(bus);
    if (!list) this.dmaMaps.set(bus, (list = []));
    list.push({ size, dir, kind });
  }

  /** Ends a mapping recorded by dmaMapped; misuse (unknown address, other size/direction/function) is reported (dma-debug style). */
  dmaUnmapped(bus: number, size: number, dir: number, kind: 'single' | 'page', who: string): void {
    const list = this.dmaMaps.get(bus);
    if (!list || list.length === 0) {
      this.counters.dmaApiErrors++;
      this.warn(`DMA-API: ${who}: device driver tries to free DMA memory it has not allocated [device address=0x${hex8(bus)}] [size=${size} bytes]`);
      return;
    }
    let i = -1;
    for (let j = 0; j < list.length && i < 0; j++) if (list[j]!.kind === kind && list[j]!.size === size) i = j;
    for (let j = 0; j < list.length && i < 0; j++) if (list[j]!.kind === kind) i = j;
    if (i < 0) {
      i = 0;
      this.counters.dmaApiErrors++;
      this.warn(`DMA-API: ${who}: device driver frees DMA memory with wrong function [device address=0x${hex8(bus)}] [mapped as ${list[0]!.kind}] [unmapped as ${kind}]`);
    }
    const m = list[i]!;
    if (m.size !== size) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${who}: device driver frees DMA memory with different size [device address=0x${hex8(bus)}] [map size=${m.size} bytes] [unmap size=${size} bytes]`); }
    if (m.dir !== dir) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${who}: device driver frees DMA memory with different direction [device address=0x${hex8(bus)}] [mapped ${m.dir}] [unmapped ${dir}]`); }
    if (i === list.length - 1) list.pop();
    else list.splice(i, 1);
    if (list.length === 0 && this.dmaMaps.size > KEPT_DMA_LISTS) this.dmaMaps.delete(bus);
  }

  /** Registered interrupt handlers (request_irq order). */
  get irqHandlers(): readonly Readonly<IrqAction>[] { return this.irqActions.map((x) => ({ ...x })); }

  /** Armed timers: timer_list address -> expires (jiffies). */
  get pendingTimers(): ReadonlyMap<number, number> { return new Map(this.timers); }

  get dmaMappingCount(): number {
    let n = 0;
    for (const l of this.dmaMaps.values()) n += l.length;
    return n;
  }

  /** Everything the driver still holds from the kernel (empty after a clean close + remove). */
  leaks(): string[] {
    const out: string[] = [];
    for (const b of this.heap.liveBlocks()) out.push(`heap: ${b.kind} block of ${b.requested} bytes at 0x${hex8(b.addr)} (${b.tag})`);
    for (const [va, v] of this.vmallocs) out.push(`vmalloc: ${v.size} bytes at 0x${hex8(va)}`);
    for (const [bus, l] of this.dmaMaps) for (const m of l) out.push(`dma: ${m.kind} mapping of ${m.size} bytes at bus 0x${hex8(bus)}`);
    for (const a of this.irqActions) out.push(`irq: handler 0x${hex8(a.handler)} on line ${a.irq} (${a.name})`);
    for (const [t] of this.timers) out.push(`timer: 0x${hex8(t)} pending`);
    for (const w of this.workQueue) out.push(`work: 0x${hex8(w)} queued`);
    for (const [va, m] of this.ioremaps) out.push(`ioremap: 0x${hex8(va)} -> 0x${hex8(m.phys)}`);
    for (const [dev, info] of this.netdevs) if (info.registered) out.push(`netdev: 0x${hex8(dev)} still registered`);
    if (this.regionsClaimed !== null) out.push(`pci: regions still claimed by ${this.regionsClaimed}`);
    const enable = this.mem.read32(this.pdev + PCI_DEV.enable_cnt);
    if (enable !== 0) out.push(`pci: device enable count ${enable}`);
    if (this.mem.read32(this.pdev + PCI_DEV.driver)) out.push('pci: device still bound to a driver');
    if (this.pciDrivers.size) out.push(`pci: ${this.pciDrivers.size} driver(s) still registered`);
    if (this.receivedCount) out.push(`stack: ${this.receivedCount} received skb(s) not taken`);
    if (this.preemptCount !== 0) out.push(`per-cpu: __preempt_count is ${this.preemptCount}`);
    if (this.irqMask !== 0) out.push(`evtchn_upcall_mask left at ${this.irqMask}`);
    return out;
  }
}

/** Spinlock word values (1 = unlocked), re-exported for the platform's tests. */
export const SPIN_UNLOCKED = SPINLOCK.unlocked;

/** A routine's view of its hook context (one small object per call, methods on the prototype). */
class HookRoutineArgs implements RoutineArgs {
  constructor(readonly name: string, private readonly ctx: HookContext) {}
  arg(i: number): number { return this.ctx.arg(i) >>> 0; }
  sarg(i: number): number { return this.ctx.arg(i) | 0; }
  stack(i: number): number { return this.ctx.stackArg(i) >>> 0; }
  charge(n: number): void { this.ctx.charge(Math.max(0, Math.round(n))); }
  returnAddress(): number { return this.ctx.returnAddress; }
}
