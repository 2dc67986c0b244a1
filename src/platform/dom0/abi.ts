// The kernel ABIs dom0 speaks, and what each one supplies to the kernel model (kernel.ts): the
// model's core — memory, heap, time, execution contexts, running driver code, the module loader,
// interrupt delivery, DMA bookkeeping, logging — is the same for every ABI; an ABI adds its
// routine table, its kernel data (data symbols, the PCI device as its struct pci_dev), its C hot
// routines (platform-c/hot/<abi>), and the entry points whose data structures it defines (the net
// device's open/stop/transmit, how a timer or work item is called, the netdev watchdog, skbs and
// pages as the platform builds and reads them).
//
//   mini        the sample driver's mini kernel API (2.6.18 layouts, src/platform/layout.generated.ts)
//   linux-6.1   Linux 6.1 i386 (layouts of src/platform/linux/layout.generated.ts)
//
// A driver's ABI is the one whose exports resolve every symbol it imports (abiOfImports).

import type { Arity } from '../../upcall/arity.js';
import type { RoutineSpec } from './routine.js';
import { MINI_EXPORTS } from './mini/exports.js';
import { LINUX61_EXPORTS } from './linux61/exports.js';

export type AbiName = 'mini' | 'linux-6.1';
export const ABI_NAMES: readonly AbiName[] = ['mini', 'linux-6.1'];

/** Result of a top-level entry into driver code. */
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

export interface ReceivedFrame {
  /** Ethernet header + payload, as the stack sees it (MAC header .. end of data). */
  readonly bytes: Uint8Array;
  readonly protocol: number;
  readonly pktType: number;
}

export interface BuildSkbOptions {
  readonly headLen?: number;
  readonly fragSizes?: readonly number[];
  readonly fragOffset?: number;
}

/** A driver callback the kernel runs (a timer function, a work item's function) and its arguments. */
export interface Callback {
  readonly fn: number;
  readonly args: readonly number[];
}

export type NetdevOp = 'get_stats' | 'tx_timeout' | 'change_mtu' | 'set_mac_address' | 'set_multicast_list';

/** What an ABI implements for the kernel model (one instance per kernel). */
export interface KernelAbi {
  readonly name: AbiName;
  /** The kernel's HZ: jiffies per second (the mini API's 250, Linux 6.1 defconfig's 1000). */
  readonly hz: number;
  /** Host routines in kernel-text slot order. */
  readonly routines: readonly RoutineSpec[];
  /** dom0's C image with this ABI's hot routines, and their names in upcall-sweep order. */
  readonly cImage: 'dom0';
  readonly hotRoutines: readonly string[];
  /** Argument words of routine `name` (what an upcall stub copies and checks), or undefined when unknown. */
  arity(name: string): Arity | undefined;
  /** The C symbol of hot routine `name` in the images (both ABIs' routines share them). */
  hotSymbol(name: string): string;
  /** The C array counting the hot routines' calls, in hotRoutines' order. */
  readonly hotCallsSymbol: string;
  /** Extra services this ABI's C calls besides the shared ones (kernel-c.ts), in hook order. */
  readonly cServices: readonly RoutineSpec[];
  /** struct pci_dev of the NIC (kernel data). */
  readonly pdev: number;
  /** Kernel data and the PCI device (after the core mapped memory); returns the data symbols. */
  boot(): ReadonlyMap<string, number>;
  /** The per-cpu preempt count's nesting depth (0 in plain process context). */
  preemptDepth(): number;
  /**
   * Driver code is about to run in `ctx` (from `from`; `top`: no driver code on the CPU): the
   * ABI's view of the context (Linux: the preempt count's hardirq/softirq offsets, the CPU's
   * interrupt flag at a top-level entry). Returns what leaveContext needs to undo it.
   */
  enterContext(ctx: 'process' | 'softirq' | 'hardirq', from: 'process' | 'softirq' | 'hardirq', top: boolean): number;
  leaveContext(token: number): void;
  /** Called once a module is installed (e.g. WARN sites of its bug table, module parameters "name=value"). */
  moduleLoaded(inst: import('../../loader/link.js').LinkedInstance, obj: import('../../loader/elf.js').ObjectFile, params: Readonly<Record<string, string>>): void;
  /** How a timer's callback is called (no side effect). */
  timerCall(timer: number): Callback;
  /** A due timer leaves the timer wheel: its pending state cleared as the kernel does before calling it. */
  timerDetached(timer: number): void;
  /** How a queued work item is called (its pending bit cleared first, as the kernel does). */
  workCall(work: number): Callback;
  /** Softirq work raised since the last call (NET_RX: NAPI polls), run in softirq context. */
  runSoftirqs(): void;
  /** The netdev watchdog of every registered device (transmit timeouts). */
  watchdog(): void;

  // ---- the net device the driver registered ----
  netdev(): number;
  adapter(): number;
  queueStopped(): boolean;
  carrierOk(): boolean;
  running(): boolean;
  /** Whether a driver is bound to the NIC (pci_dev->driver: pci_register_driver succeeds when probe fails). */
  deviceBound(): boolean;
  open(): EntryResult;
  close(): EntryResult;
  transmit(skb: number): TxResult;
  ethtool(request: Uint8Array, replyBytes: number): { result: EntryResult; reply: Uint8Array };
  callNetdevOp(op: NetdevOp, args: readonly number[]): EntryResult;
  /** The device in promiscuous mode (dom0 bridges for guests): IFF_PROMISC and the driver's rx-mode routine. */
  promiscuous(): EntryResult;

  // ---- skbs and pages the platform builds and reads ----
  allocSkbHost(length: number, dev: number, tag: string): number;
  freeSkbHost(skb: number, routine: string): void;
  buildSkb(frame: Uint8Array, opts: BuildSkbOptions): number;
  skbBytes(skb: number): Uint8Array;
  takeReceived(): ReceivedFrame[];
  readonly receivedCount: number;
  allocPage(tag: string): { page: number; va: number; pa: number } | null;
  /** __alloc_pages(gfp, order): the head struct page, or 0 (the C's __svc_alloc_pages). */
  allocPages(order: number, gfp: number, tag: string): number;
  putPage(page: number, routine: string): void;
  /** Whether a live heap block at `va` is the kernel's own (a per-cpu cache's page), not the driver's. */
  kernelHeld(va: number): boolean;
  /** What the driver still holds that only this ABI knows of. */
  leaks(out: string[]): void;
}

/** The ABI whose exported names cover `imports`, or a DriverError-style message naming what is missing. */
export function abiOfImports(module: string, imports: readonly string[], exported: ReadonlyMap<AbiName, ReadonlySet<string>> = abiExports()): AbiName {
  let best: { abi: AbiName; missing: string[] } | null = null;
  for (const abi of ABI_NAMES) {
    const names = exported.get(abi)!;
    const missing = imports.filter((n) => !names.has(n) && !n.startsWith('__svm_'));
    if (missing.length === 0) return abi;
    if (!best || missing.length < best.missing.length) best = { abi, missing };
  }
  const m = best!.missing;
  const e = new Error(`${module}: the module imports ${m.length} symbol${m.length > 1 ? 's' : ''} no kernel ABI of dom0 exports (closest: ${best!.abi}, which lacks ${m.slice(0, 8).join(', ')}${m.length > 8 ? ', ...' : ''})`);
  e.name = 'DriverError';
  throw e;
}

let exportsCache: Map<AbiName, ReadonlySet<string>> | null = null;

/** Every name each ABI exports to modules (routines, hot routines, data symbols). */
export function abiExports(): ReadonlyMap<AbiName, ReadonlySet<string>> {
  exportsCache ??= new Map<AbiName, ReadonlySet<string>>([['mini', MINI_EXPORTS], ['linux-6.1', LINUX61_EXPORTS]]);
  return exportsCache;
}
