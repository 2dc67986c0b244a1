// Owns the modeled dom0 kernel's core, the same for every kernel ABI it speaks (abi.ts: the sample
// driver's mini API in mini/, Linux 6.1 in linux61/): boot of dom0's address space (memory map in
// memmap.ts), the kernel routines a NIC driver imports (host hooks, one 16-byte slot each in kernel
// text; the ABI's table says what each does), kernel state (heap, vmalloc, DMA mappings, timers,
// work, IRQ handlers, PCI device, net devices, emulated time, the log), the module loader, and the
// platform's entry points into a loaded driver (those that touch the ABI's data structures are
// the ABI's: open, close, transmit, ethtool, timers' and work items' calls, skbs and pages).
//
// Public API (stable; others build on it):
//   new Dom0Kernel(machine, { nic, abi?, space?, irq?, mmioBase?, ramBytes?, context?, initialJiffies?,
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
import { flatSegment, FS, GS } from '../../emulator/segments.js';
import type { ObjectFile } from '../../loader/elf.js';
import { link, type ExternalResolver, type LinkedInstance } from '../../loader/link.js';
import { install } from '../../loader/install.js';
import { KCONST, SPINLOCK, TIMER_LIST } from '../layout.generated.js';
import { hex8, MemAccessError, SpaceMem, fillBytes, type MemAccess } from '../mem.js';
import { skbState, type SkbState } from '../skb.js';
import type { E1000Nic } from '../nic/e1000.js';
import type { AbiName, BuildSkbOptions, EntryResult, KernelAbi, NetdevOp, ReceivedFrame, TxResult } from './abi.js';
import { RangeAllocator, type Block } from './alloc.js';
import {
  DEFAULT_DOM0_RAM, IOREMAP_END, IOREMAP_START, IRQ_STACK, KDATA, KERNEL_DATA, KERNEL_DATA_SIZE, KERNEL_TEXT,
  KERNEL_TEXT_SIZE, LOWMEM, LOWMEM_LIMIT, MODULE_AREA, MODULE_AREA_END, PERCPU, PERCPU_SIZE,
  PROCESS_STACK, ROUTINE_STRIDE, STACK_SIZE, VMALLOC_END, VMALLOC_START,
} from './memmap.js';
import { PageMap, PAGE_SIZE } from './pages.js';
import { KernelOops, type RoutineArgs, type RoutineResult, type RoutineSpec } from './routine.js';
import { KernelC } from './kernel-c.js';
import { segmentRegion, SEGMENT_IOREMAP_BYTES, SEGMENT_VMALLOC_BYTES, type SegmentRegion } from './segment-region.js';
import { MiniAbi } from './mini/abi.js';
import { Linux61Abi } from './linux61/abi.js';
import { callC, callFailure } from '../pv/ccall.js';

export { KernelOops } from './routine.js';
export type { AbiName, EntryResult, ReceivedFrame, TxResult, TxStatus } from './abi.js';

export interface Dom0Options {
  readonly nic: E1000Nic;
  /** The kernel ABI dom0 speaks (default 'mini': the sample driver's mini kernel API). */
  readonly abi?: AbiName;
  /** dom0's address space (default: a new one named 'dom0'). */
  readonly space?: AddressSpace;
  /** Interrupt number reported in pci_dev->irq (default: the NIC's line number). */
  readonly irq?: number;
  /** Physical address of BAR0 (default: the NIC's). */
  readonly mmioBase?: number;
  /** dom0 RAM (lowmem) in bytes, page multiple (default 16 MiB). */
  readonly ramBytes?: number;
  /**
   * Cooperate with --svm segment: keep everything the driver uses on its packet path in one
   * region (segment-region.ts; the ioremap and vmalloc areas move next to lowmem). Default off: the default layout.
   */
  readonly segmentRegion?: boolean;
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
export interface IrqAction {
  irq: number; handler: number; flags: number; name: string; devId: number;
  /** Linux: the threaded handler run when the handler returns IRQ_WAKE_THREAD (0: none). */
  threadFn?: number;
  /** Linux: the devname pointer free_irq returns. */
  nameVa?: number;
}
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
  /** dom0's flat %fs (per-cpu base) and %gs, loaded for each entry into driver code (a nested entry may come from the hypervisor instance, whose are confined). */
  private readonly segments = [[FS, flatSegment(false, 0, PERCPU)], [GS, flatSegment(false, 0)]] as const;
  readonly pages: PageMap;
  /** Lowmem heap: kmalloc, sk_buffs, coherent DMA memory, pages, net devices. */
  readonly heap: RangeAllocator;
  /** vmalloc virtual range (pages come from the heap as 'vmalloc-page' blocks). */
  readonly vmallocArea: RangeAllocator;
  readonly ioremapArea: RangeAllocator;
  /** The region a cooperating dom0 keeps the driver's memory in (--svm segment), or null. */
  readonly segmentRegion: SegmentRegion | null;
  readonly exports: ReadonlyMap<string, number>;
  /** The kernel ABI dom0 speaks (its routines, data, and the net device's entry points). */
  readonly abi: KernelAbi;
  readonly pdev: number;
  readonly pciBus: number;
  readonly devfn: number;
  /** pci_name(): the NIC's bus id, domain:bus:device.function. */
  get pciName(): string { return `0000:00:${(this.devfn >> 3).toString(16).padStart(2, '0')}.${this.devfn & 7}`; }
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
  /** @internal The work item whose function is running (0: none). */
  runningWork = 0;
  /** @internal disable_irq depth per interrupt line (a line with depth > 0 is not serviced). */
  readonly irqDisableDepth = new Map<number, number>();
  /** @internal */ nextIfindex = 2;
  /** @internal */ readonly autoInterrupts: boolean;
  /** @internal */ readonly lockedRetries: number;

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
  /** The ABI's HZ (jiffies per second) and microseconds per jiffy. */
  readonly hz: number;
  private readonly usPerJiffy: number;
  private readonly maxInsns: number;
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
    this.segmentRegion = opts.segmentRegion ? segmentRegion(ramBytes) : null;
    this.vmallocArea = this.segmentRegion
      ? new RangeAllocator('vmalloc', this.segmentRegion.vmalloc, SEGMENT_VMALLOC_BYTES, PAGE_SIZE)
      : new RangeAllocator('vmalloc', VMALLOC_START, VMALLOC_END - VMALLOC_START, PAGE_SIZE);
    this.ioremapArea = this.segmentRegion
      ? new RangeAllocator('ioremap', this.segmentRegion.ioremap, SEGMENT_IOREMAP_BYTES, PAGE_SIZE)
      : new RangeAllocator('ioremap', IOREMAP_START, IOREMAP_END - IOREMAP_START, PAGE_SIZE);

    this.mem.write8(KERNEL_DATA + KDATA.evtchn_upcall_mask, 0);
    this.pciBus = KERNEL_DATA + KDATA.pci_bus;
    // Linux's INITIAL_JIFFIES, -300 * HZ, with the ABI's HZ.
    this.hz = (opts.abi ?? 'mini') === 'mini' ? MiniAbi.HZ : Linux61Abi.HZ;
    this.usPerJiffy = 1_000_000 / this.hz;
    this.jiffiesBase = (opts.initialJiffies ?? -300 * this.hz) >>> 0;
    this.writeJiffies();
    this.abi = (opts.abi ?? 'mini') === 'mini' ? new MiniAbi(this) : new Linux61Abi(this);
    this.pdev = this.abi.pdev;

    const exports = new Map<string, number>();
    this.abi.routines.forEach((r, i) => {
      const va = KERNEL_TEXT + i * ROUTINE_STRIDE;
      if (va + ROUTINE_STRIDE > KERNEL_TEXT + KERNEL_TEXT_SIZE) throw new Error('kernel text too small for the routine table');
      this.routineAddrs.set(r.name, va);
      this.routineAt.set(va, r.name);
      exports.set(r.name, va);
      this.installRoutine(va, r);
    });
    // The hot routines are C (platform-c/hot/<abi>), loaded into dom0's kernel space.
    this.c = new KernelC(this, (va, spec: RoutineSpec) => this.installRoutine(va, spec), opts.cContext ?? this.context);
    for (const [n, a] of this.c.hotRoutines()) exports.set(n, a);
    this.routineExports = new Map(exports);
    for (const [n, a] of this.abi.boot()) exports.set(n, a);
    this.exports = exports;
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

  private installRoutine(va: number, r: RoutineSpec): void {
    if (r.code) { // machine code, not a hook (a retpoline thunk, a static call trampoline)
      this.space.writeBytes(va, Uint8Array.from(r.code));
      return;
    }
    // A bound method, not a closure: every kernel's routines run the same optimised code.
    this.machine.hook(this.space, va, this.runRoutine.bind(this, r.name, r.cost, r.impl, r.sleeps), { name: r.name });
  }

  private runRoutine(name: string, cost: number, impl: RoutineSpec['impl'], sleeps: boolean, ctx: HookContext): HookResult {
    this.callCountsMap.set(name, (this.callCountsMap.get(name) ?? 0) + 1);
    ctx.charge(cost);
    const args: RoutineArgs = new HookRoutineArgs(name, ctx);
    this.hookDepth++;
    try {
      if (sleeps) this.mightSleep(name);
      const r: RoutineResult = impl(this, args);
      this.counters.kernelInsns += ctx.charged;
      if (typeof r === 'object') return { kind: 'return', eax: r.eax | 0, edx: r.edx | 0 };
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
  get jiffies(): number { return (this.jiffiesBase + Math.floor(this.timeUsValue / this.usPerJiffy)) >>> 0; }
  private writeJiffies(): void { this.mem.write32(KERNEL_DATA + KDATA.jiffies, this.jiffies); }

  /** @internal Advances emulated time without running anything (msleep, udelay). */
  passTime(us: number): void {
    this.timeUsValue += Math.max(0, us);
    this.writeJiffies();
  }

  /** @internal msleep: at least ms milliseconds and at least msecs_to_jiffies(ms) + 1 jiffy boundaries. */
  sleepMs(ms: number): void {
    const target = this.jiffies + Math.ceil((ms * this.hz) / 1000) + 1;
    const us = Math.max(ms * 1000, ((target - this.jiffiesBase) >>> 0) * this.usPerJiffy - this.timeUsValue);
    this.passTime(us);
  }

  // ==== virtual interrupt flag, contexts ===========================================================

  get irqMask(): number { return this.mem.read8(KERNEL_DATA + KDATA.evtchn_upcall_mask); }
  set irqMask(v: number) { this.mem.write8(KERNEL_DATA + KDATA.evtchn_upcall_mask, v); }

/** Nesting depth of the per-cpu preempt count (0 in plain process context). */
  get preemptCount(): number { return this.abi.preemptDepth(); }

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
  runGuest(va: number, args: readonly number[], ctx: ExecContext, stack: 'process' | 'irq', what: string): { ok: true; eax: number; edx: number } | { ok: false; reason: string } {
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
    const token = this.abi.enterContext(ctx, this.execContext, top);
    this.depth++;
    this.ctxStack.push(ctx);
    let run: RunResult;
    let eax = 0, edx = 0;
    try {
      const r = this.machine.call(this.space, va, {
        regs, stackArgs: args.slice(3).map((x) => x | 0), ring: 0, context: this.context, segments: this.segments,
        ...(top ? { esp: (stack === 'process' ? PROCESS_STACK : IRQ_STACK) + STACK_SIZE, maxInsns: this.maxInsns } : {}),
      });
      run = r.run;
      eax = r.eax;
      edx = r.edx;
    } finally {
      this.depth--;
      this.ctxStack.pop();
      cpu.fsb = savedFs;
      this.abi.leaveContext(token);
    }
    if (run.reason === 'return') return { ok: true, eax, edx };
    let reason: string;
    if (run.reason === 'stop' && run.detail?.startsWith(OOPS_MARK)) reason = run.detail.slice(OOPS_MARK.length);
    else if (run.reason === 'fault' && run.fault) reason = `${formatFault(run.fault)} in ${this.describeAddress(run.fault.eip)} (${what})`;
    else if (run.reason === 'budget') reason = `soft lockup: ${what} ran ${run.executed} instructions without returning (eip ${this.describeAddress(cpu.pc)})`;
    else reason = `${what} stopped: ${run.reason}${run.detail ? ` (${run.detail})` : ''}`;
    this.recordOops(reason);
    return { ok: false, reason };
  }

  /** @internal No driver code and no kernel routine on the CPU: a top-level entry may start. */
  get idle(): boolean { return this.depth === 0 && this.hookDepth === 0; }

  /** @internal A hook's way to oops (a hook that is not a routine: e.g. a BUG site). */
  oopsAction(reason: string, at?: number): HookResult {
    this.recordOops(reason, at);
    return { kind: 'stop', detail: OOPS_MARK + reason };
  }

  /** @internal For routines: runs a driver callback and turns a failure into an oops of the caller. */
  callback(va: number, args: readonly number[], ctx: ExecContext, what: string): number {
    return this.callback64(va, args, ctx, what).eax;
  }

  /** @internal callback() for a routine returning a 64-bit value (%edx:%eax). */
  callback64(va: number, args: readonly number[], ctx: ExecContext, what: string): { eax: number; edx: number } {
    const r = this.runGuest(va, args, ctx, ctx === 'process' ? 'process' : 'irq', what);
    if (!r.ok) throw new KernelOops(r.reason);
    return r;
  }

  private counter(): number { return this.machine.cpu.counters[this.context]!; }

  /** Runs a top-level entry point and delivers pending interrupts afterwards (autoInterrupts). */
  /** @internal */
  entry(va: number, args: readonly number[], ctx: ExecContext, what: string, deliver = true): EntryResult {
    const before = this.counter();
    const r = this.runGuest(va, args, ctx, ctx === 'hardirq' ? 'irq' : 'process', what);
    if (r.ok && deliver && this.autoInterrupts && this.depth === 0 && this.hookDepth === 0) this.serviceInterrupts();
    if (r.ok) this.runSoftirqs();
    const executed = this.counter() - before;
    return r.ok ? { ok: true, value: r.eax | 0, executed } : { ok: false, value: 0, reason: r.reason, executed };
  }

  /** @internal */
  dead(): EntryResult { return { ok: false, value: 0, reason: `dom0 is dead: ${this.oops}`, executed: 0 }; }

  // ==== module loader ==============================================================================

  /**
   * Links `obj` as a VM instance at `base` (undefined symbols from `exports`, `__svm_*` from
   * `runtime`) and installs it in dom0 (fresh frames, read-only text). Returns the linked instance.
   */
  loadModule(obj: ObjectFile, base: number = this.nextModuleBase(), opts: { runtime?: ExternalResolver; name?: string; params?: Readonly<Record<string, string>> } = {}): LinkedInstance {
    const runtime: ExternalResolver = opts.runtime ?? { resolve: () => undefined };
    const inst = link(obj, { kind: 'vm', base, externals: { resolve: (n) => this.exports.get(n) }, runtime });
    let end = base;
    for (const im of inst.images) end = Math.max(end, im.address + im.bytes.length);
    for (const c of inst.commons.values()) end = Math.max(end, c + 16);
    if (base < MODULE_AREA || end > MODULE_AREA_END) throw new Error(`module at 0x${hex8(base)}..0x${hex8(end)} lies outside the module area`);
    for (const m of this.modules) if (base < m.end && m.base < end) throw new Error(`module at 0x${hex8(base)} overlaps ${m.name}`);
    install(this.space, inst);
    this.abi.moduleLoaded(inst, obj, opts.params ?? {});
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

  /**
   * The module's init function: `init_module` (a loadable module), else the entries of its
   * `.initcall<level>.init` sections (a built-in driver: each entry is `.long fn - .`, the
   * kernel's PREL32 initcall, run in level order as do_initcalls does). None: null.
   */
  initFunctions(module?: string): { name: string; va: number }[] | null {
    const m = this.module(module);
    const direct = m.instance.symbols.get('init_module');
    if (direct !== undefined) return [{ name: 'init_module', va: direct }];
    const calls = m.instance.images.filter((im) => /^\.initcall[0-7]s?\.init$/.test(im.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((im) => wordsOf(im.bytes).map((w, i) => (im.address + 4 * i + w) >>> 0));
    if (!calls.length) return null;
    return calls.map((va) => ({ name: this.describeAddress(va).replace(/\+0x0 .*$/, ''), va }));
  }

  /** The module's exit function: `cleanup_module`, else the `.exitcall.exit` entries (absolute pointers). */
  exitFunctions(module?: string): { name: string; va: number }[] | null {
    const m = this.module(module);
    const direct = m.instance.symbols.get('cleanup_module');
    if (direct !== undefined) return [{ name: 'cleanup_module', va: direct }];
    const calls = m.instance.images.filter((im) => im.name === '.exitcall.exit').flatMap((im) => wordsOf(im.bytes));
    return calls.length ? calls.map((va) => ({ name: this.describeAddress(va).replace(/\+0x0 .*$/, ''), va })) : null;
  }

  /** The module's init (init_module, or its initcalls in order): registers the PCI driver, which probes the NIC. value = the first failure, else 0. */
  initModule(module?: string): EntryResult {
    if (this.oops) return this.dead();
    const fns = this.initFunctions(module);
    if (!fns) throw new Error(`module ${this.module(module).name} has no init_module and no initcall`);
    let last: EntryResult = { ok: true, value: 0, executed: 0 };
    for (const f of fns) {
      last = this.entry(f.va, [], 'process', f.name);
      if (!last.ok || last.value !== 0) return last;
    }
    return last;
  }

  /** cleanup_module() (or the exitcalls), then checks nothing of the module is still registered with the kernel. */
  removeModule(module?: string): EntryResult {
    if (this.oops) return this.dead();
    const m = this.module(module);
    const fns = this.exitFunctions(module);
    if (!fns) throw new Error(`module ${m.name} has no cleanup_module and no exitcall`);
    let executed = 0;
    for (const f of fns) {
      const r0 = this.entry(f.va, [], 'process', f.name, false);
      if (!r0.ok) return r0;
      executed += r0.executed;
    }
    const r: EntryResult = { ok: true, value: 0, executed }; // exit functions are void
    m.loaded = false;
    const inModule = (va: number): boolean => va >= m.base && va < m.end;
    for (const [t] of this.timers) if (inModule(this.abi.timerCall(t).fn)) this.warn(`BUG: module ${m.name} unloaded with timer 0x${hex8(t)} pending`);
    for (const a of this.irqActions) if (inModule(a.handler)) this.warn(`BUG: module ${m.name} unloaded with IRQ ${a.irq} handler registered`);
    for (const w of this.workQueue) this.warn(`BUG: module ${m.name} unloaded with work 0x${hex8(w)} queued`);
    this.logLine(6, 'kernel', `module ${m.name} unloaded`);
    return r;
  }

  /** The net device the driver registered (0 before probe). */
  get netdev(): number { return this.abi.netdev(); }

  /** netdev_priv(netdev): the driver's private area (its adapter struct). */
  get adapter(): number { return this.abi.adapter(); }

  queueStopped(): boolean { return this.abi.queueStopped(); }
  carrierOk(): boolean { return this.abi.carrierOk(); }
  running(): boolean { return this.abi.running(); }
  deviceBound(): boolean { return this.abi.deviceBound(); }

  /** @internal The registered net device, or an Error (the platform calls an entry point too early). */
  requireNetdev(): number {
    const d = this.netdev;
    if (!d) throw new Error('no net device: initModule() has not probed a device');
    return d;
  }

  /** dev_open: the device marked running, its open routine called (the ABI's net device). */
  open(): EntryResult { return this.oops ? this.dead() : this.abi.open(); }

  /** dev_close: the device marked down, its stop routine called. */
  close(): EntryResult { return this.oops ? this.dead() : this.abi.close(); }

  /** The driver's transmit routine with the retry policy of the header. The skb is consumed only on 'ok'. */
  transmit(skb: number): TxResult {
    if (this.oops) return { status: 'oops', attempts: 0, reason: `dom0 is dead: ${this.oops}` };
    return this.abi.transmit(skb);
  }

  /** Calls the interrupt handler(s) of the NIC's line while it is raised and dom0's virtual interrupts are enabled. */
  serviceInterrupts(maxCalls = 100): IrqResult {
    if (this.oops) return { ok: false, calls: 0, handled: 0, reason: `dom0 is dead: ${this.oops}` };
    if (this.inIrq || this.depth > 0 || this.hookDepth > 0) return { ok: true, calls: 0, handled: 0 };
    const line = this.nic.irq;
    let calls = 0, handled = 0, streak = 0;
    while (calls < maxCalls) {
      if (!line.level || this.irqMask !== 0 || (this.irqDisableDepth.get(this.irqNumber) ?? 0) > 0) break;
      const actions = this.irqActions.filter((a) => a.irq === this.irqNumber);
      if (actions.length === 0) break;
      this.inIrq = true;
      this.irqMask = 1;
      let any = false;
      const wake: IrqAction[] = [];
      try {
        for (const a of actions) {
          const r = this.irqPath ? this.irqPath(a) : this.runGuest(a.handler, [this.irqNumber, a.devId], 'hardirq', 'irq', `irq ${this.irqNumber} handler`);
          if (!r.ok) return { ok: false, calls, handled, reason: r.reason };
          if ((r.eax & 1) !== 0) any = true;
          if ((r.eax & 2) !== 0 && a.threadFn) wake.push(a); // IRQ_WAKE_THREAD
        }
      } finally {
        this.inIrq = false;
        if (this.oops === null) this.irqMask = 0;
      }
      // irq_exit: pending softirqs run; the woken irq threads run in process context.
      this.runSoftirqs();
      for (const a of wake) {
        any = true;
        if (!this.runGuest(a.threadFn!, [this.irqNumber, a.devId], 'process', 'process', `irq/${this.irqNumber}-${a.name} thread`).ok) return { ok: false, calls, handled, reason: this.oops ?? 'irq thread failed' };
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
      this.runSoftirqs();
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
        this.abi.timerDetached(t);
        const { fn, args } = this.abi.timerCall(t);
        this.counters.timersRun++;
        this.runningTimer = t;
        const r = this.runGuest(fn, args, 'softirq', 'irq', `timer 0x${hex8(t)} function`);
        this.runningTimer = 0;
        if (!r.ok) return;
      }
    }
  }

  private netdevWatchdog(): void { this.abi.watchdog(); }

  /**
   * Softirqs raised by driver code or kernel routines (NET_RX: NAPI polls) run when no driver code
   * is on the CPU, as irq_exit and local_bh_enable run them.
   */
  runSoftirqs(): void {
    if (this.oops || this.depth > 0 || this.hookDepth > 0) return;
    this.abi.runSoftirqs();
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
        const { fn, args } = this.abi.workCall(w);
        this.counters.worksRun++;
        n++;
        this.runningWork = w;
        try {
          if (this.depth > 0 || this.hookDepth > 0) this.callback(fn, args, 'process', `work 0x${hex8(w)} func`);
          else if (!this.runGuest(fn, args, 'process', 'process', `work 0x${hex8(w)} func`).ok) break;
        } finally {
          this.runningWork = 0;
        }
      }
    } finally {
      this.inWork = false;
    }
    return n;
  }

  /** An ethtool request to the driver (mini: SIOCETHTOOL through do_ioctl; Linux: the ethtool_ops the core calls). */
  ethtool(request: Uint8Array, replyBytes = request.length): { result: EntryResult; reply: Uint8Array } {
    return this.abi.ethtool(request, replyBytes);
  }

  /** Calls a netdev operation (get_stats, tx_timeout, change_mtu, set_mac_address, set_multicast_list ...) with (netdev, ...args). */
  /** The device in promiscuous mode (the platform's bridge for guests). */
  promiscuous(): EntryResult { return this.oops ? this.dead() : this.abi.promiscuous(); }

  callNetdevOp(op: NetdevOp, ...args: number[]): EntryResult {
    if (this.oops) return this.dead();
    return this.abi.callNetdevOp(op, args);
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

  /**
   * @internal vmalloc: `size` bytes of fresh heap pages mapped at a new area of the vmalloc range,
   * an unmapped guard page after it, filled with `fill`; charges 120 instructions per page. 0 when
   * it cannot (size 0 or above 64 MiB, no room).
   */
  vmallocHost(size: number, fill: number, tag: string, charge: (n: number) => void): number {
    if (size === 0 || size > 64 << 20) return 0;
    const n = Math.ceil(size / PAGE_SIZE);
    const va = this.vmallocArea.alloc((n + 1) * PAGE_SIZE, PAGE_SIZE, 'vmalloc', tag);
    if (va === null) return 0;
    const pages: number[] = [];
    for (let i = 0; i < n; i++) {
      const p = this.pagesHost(PAGE_SIZE, 'vmalloc-page', tag);
      if (!p) {
        for (const q of pages) this.kfreeHost(q, ['vmalloc-page'], tag);
        for (let j = 0; j < i; j++) this.space.unmap(va + j * PAGE_SIZE);
        this.vmallocArea.release(va);
        return 0;
      }
      pages.push(p);
      this.space.map(va + i * PAGE_SIZE, this.pages.virtToPhys(p)! / PAGE_SIZE, PTE_W);
    }
    this.mem.writeBytes(va, new Uint8Array(n * PAGE_SIZE).fill(fill));
    charge(120 * n);
    this.vmallocs.set(va, { pages, size });
    return va;
  }

  /** @internal vfree of a vmallocHost area; anything else is reported (`why` says how) and nothing is freed. */
  vfreeHost(va: number, routine: string, charge: (n: number) => void, why: string): void {
    const v = this.vmallocs.get(va);
    if (!v) { this.counters.badFrees++; this.warn(why); return; }
    v.pages.forEach((p, i) => { this.space.unmap(va + i * PAGE_SIZE); this.kfreeHost(p, ['vmalloc-page'], routine); });
    this.vmallocArea.release(va);
    this.vmallocs.delete(va);
    charge(60 * v.pages.length);
  }

  /** @internal ioremap of [phys, phys + size) (device memory the caller checked): a new ioremap area, 40 instructions per page. */
  ioremapHost(phys: number, size: number, tag: string, charge: (n: number) => void): number {
    const pageBase = phys - (phys % PAGE_SIZE);
    const pages = Math.ceil((phys + size - pageBase) / PAGE_SIZE);
    const va = this.ioremapArea.alloc((pages + 1) * PAGE_SIZE, PAGE_SIZE, 'ioremap', tag);
    if (va === null) return 0;
    this.space.mapPhys(va, pageBase, pages * PAGE_SIZE, PTE_W);
    charge(40 * pages);
    const ret = va + (phys - pageBase);
    this.ioremaps.set(ret, { va, pages, phys, size });
    return ret;
  }

  /** @internal iounmap of an ioremapHost address; anything else is reported with `why`. */
  iounmapHost(addr: number, why: string): void {
    const m = this.ioremaps.get(addr);
    if (!m) { this.warn(why); return; }
    for (let i = 0; i < m.pages; i++) this.space.unmap(m.va + i * PAGE_SIZE);
    this.ioremapArea.release(m.va);
    this.ioremaps.delete(addr);
  }

  /** @internal Coherent DMA memory: zeroed pages; its bus address written to `handle`. 0 when it cannot. */
  coherentAllocHost(size: number, handle: number, tag: string, charge: (n: number) => void): number {
    if (size === 0 || size > 4 << 20) return 0;
    const va = this.pagesHost(size, 'coherent', tag);
    if (!va) return 0;
    const bytes = Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
    this.mem.writeBytes(va, new Uint8Array(bytes));
    charge(bytes / 16);
    this.mem.write32(handle, this.virtToBus(va, bytes, tag));
    return va;
  }

  /** @internal Frees coherentAllocHost memory; a handle or size that does not match the allocation is a DMA-API error. */
  coherentFreeHost(va: number, size: number, handle: number, routine: string): void {
    const b = this.heap.blockAt(va);
    if (b?.kind === 'coherent') {
      if (this.pages.virtToPhys(va) !== handle) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${routine}: handle 0x${hex8(handle)} does not belong to 0x${hex8(va)}`); }
      if (Math.ceil(size / PAGE_SIZE) * PAGE_SIZE !== b.size) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${routine}: size ${size} does not match the ${b.requested}-byte allocation at 0x${hex8(va)}`); }
    }
    this.kfreeHost(va, ['coherent'], routine);
  }

  /** A fresh page (reference count 1). */
  allocPage(tag = 'page'): { page: number; va: number; pa: number } | null { return this.abi.allocPage(tag); }

  /** @internal put_page: drops a reference; the last one frees a page allocated by allocPage. */
  putPage(page: number, routine: string): void { this.abi.putPage(page, routine); }

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

  /** @internal The skb allocator of the platform (and the mini API's __netdev_alloc_skb). */
  allocSkbHost(length: number, dev: number, tag: string): number { return this.abi.allocSkbHost(length, dev, tag); }

  /** @internal Drops a reference to an skb; the last frees fragments, data and struct. */
  freeSkbHost(skb: number, routine: string): void { this.abi.freeSkbHost(skb, routine); }

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
  buildSkb(frame: Uint8Array, opts: BuildSkbOptions = {}): number { return this.abi.buildSkb(frame, opts); }

  /** Frees an skb the platform owns (one reference). */
  freeSkb(skb: number): void { this.freeSkbHost(skb, 'platform'); }

  /** The fields of a mini-API skb (2.6.18 layout). */
  skb(skb: number): SkbState { return skbState(this.mem, skb); }

  /** The packet bytes of an skb (linear part + fragments). */
  skbBytes(skb: number): Uint8Array { return this.abi.skbBytes(skb); }

  get receivedCount(): number { return this.abi.receivedCount; }

  /** Drains the stack's receive queue: each frame from its MAC header, then the skb is freed. */
  takeReceived(): ReceivedFrame[] { return this.abi.takeReceived(); }

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

  /**
   * A sync of a streaming mapping (dma_sync_single_for_*): the address must be a live mapping, the
   * range inside it, the direction the mapping's (dma-debug style).
   */
  dmaSynced(bus: number, size: number, dir: number, who: string): void {
    const list = this.dmaMaps.get(bus);
    if (!list || list.length === 0) {
      this.counters.dmaApiErrors++;
      this.warn(`DMA-API: ${who}: device driver tries to sync DMA memory it has not allocated [device address=0x${hex8(bus)}] [size=${size} bytes]`);
      return;
    }
    const m = list[list.length - 1]!;
    if (size > m.size) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${who}: device driver syncs DMA memory outside allocated range [device address=0x${hex8(bus)}] [allocation size=${m.size} bytes] [sync size=${size} bytes]`); }
    if (m.dir !== dir && m.dir !== KCONST.DMA_BIDIRECTIONAL) { this.counters.dmaApiErrors++; this.warn(`DMA-API: ${who}: device driver syncs DMA memory with different direction [device address=0x${hex8(bus)}] [mapped ${m.dir}] [synced ${dir}]`); }
  }

  /** Registered interrupt handlers (request_irq order). */
  get irqHandlers(): readonly Readonly<IrqAction>[] { return this.irqActions.map((x) => ({ ...x })); }

  /** Armed timers: timer_list address -> expires (jiffies). */
  get pendingTimers(): ReadonlyMap<number, number> { return new Map(this.timers); }

  /**
   * Whether a live streaming-DMA mapping begins in frame `pfn` (bus addresses are physical). An
   * IOMMU maps the frames backing the mapped buffer, not a range of bus addresses: a mapping's
   * length never opens the frames physically after its first one to another domain's use.
   */
  dmaMappingIn(pfn: number): boolean {
    for (const [bus, list] of this.dmaMaps) if (list.length && bus >>> 12 === pfn) return true;
    return false;
  }

  get dmaMappingCount(): number {
    let n = 0;
    for (const l of this.dmaMaps.values()) n += l.length;
    return n;
  }

  /** Everything the driver still holds from the kernel (empty after a clean close + remove). */
  leaks(): string[] {
    const out: string[] = [];
    for (const b of this.heap.liveBlocks()) if (!this.abi.kernelHeld(b.addr)) out.push(`heap: ${b.kind} block of ${b.requested} bytes at 0x${hex8(b.addr)} (${b.tag})`);
    for (const [va, v] of this.vmallocs) out.push(`vmalloc: ${v.size} bytes at 0x${hex8(va)}`);
    for (const [bus, l] of this.dmaMaps) for (const m of l) out.push(`dma: ${m.kind} mapping of ${m.size} bytes at bus 0x${hex8(bus)}`);
    for (const a of this.irqActions) out.push(`irq: handler 0x${hex8(a.handler)} on line ${a.irq} (${a.name})`);
    for (const [t] of this.timers) out.push(`timer: 0x${hex8(t)} pending`);
    for (const w of this.workQueue) out.push(`work: 0x${hex8(w)} queued`);
    for (const [va, m] of this.ioremaps) out.push(`ioremap: 0x${hex8(va)} -> 0x${hex8(m.phys)}`);
    for (const [dev, info] of this.netdevs) if (info.registered) out.push(`netdev: 0x${hex8(dev)} still registered`);
    this.abi.leaks(out);
    if (this.pciDrivers.size) out.push(`pci: ${this.pciDrivers.size} driver(s) still registered`);
    if (this.receivedCount) out.push(`stack: ${this.receivedCount} received skb(s) not taken`);
    if (this.preemptCount !== 0) out.push(`per-cpu: __preempt_count is ${this.preemptCount}`);
    if (this.irqMask !== 0) out.push(`evtchn_upcall_mask left at ${this.irqMask}`);
    return out;
  }
}

/** The little-endian 32-bit words of a section image. */
function wordsOf(b: Uint8Array): number[] {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: number[] = [];
  for (let o = 0; o + 4 <= b.length; o += 4) out.push(dv.getUint32(o, true));
  return out;
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
