// Protected memory of a fault run (issue 17): what a faulty driver may not change — the
// hypervisor's memory, the guests' memory, and dom0's memory outside the driver's own objects — and
// the two checks that catch a change:
//
//  1. the write watch (src/emulator/watch.ts), set before the driver's first instruction: every
//     store into a protected byte is recorded as it happens, so a store later undone or repeated
//     with the value already there still counts. Writers held to account:
//       cpu      a store of the driver's own code (either instance: the CPU's counter context is
//                the driver's — CTX.driver in the hypervisor, CTX.dom0 in dom0, where no other
//                emulated code runs in these configurations);
//       dma      the NIC, which writes only where the driver's descriptors point;
//       routine  the hypervisor acting on a pointer the driver handed it (hot routines, the
//                hypercall): its writes through its dom0 accessor (SvmMem, or the unprotected
//                baseline's own address space, which reaches everything).
//     The hypervisor's, the guests' and dom0's kernel's own writes are not the driver's and are
//     never held against it.
//  2. checksums as a second check: the hypervisor's frames whose contents only it may change
//     (Hypervisor.protectedFrames/protectedRanges), hashed at the same moment and compared after
//     the run; the stlb audited against the runtime's record; each guest's memory compared with
//     what the guest and the hypervisor put there (Guest.corruptedPages).
//
// The driver's objects in dom0 (what it may write there): live heap blocks it allocated (tagged
// with its module's name by the kernel model) or was handed as network buffers (sk_buffs, their
// data, pages: the hypervisor's pool and every skb passes through the driver), each from its start
// to the end of what was requested (the allocator's redzone and padding are outside); the PCI
// device it probes; the paravirtual interrupt flag; the per-cpu preempt count; its module and its
// runtime; the kernel stacks it runs on. Everything else of dom0 — mem_map, the free heap, other
// blocks, jiffies and the rest of the kernel's data, kernel text — is protected.

import type { Bus } from '../emulator/bus.js';
import type { Cpu } from '../emulator/cpu.js';
import type { PhysicalMemory, WriteWatcher } from '../emulator/memory.js';
import { unwatchFrames, watchFrames } from '../emulator/watch.js';
import { KDATA, KERNEL_DATA, KERNEL_DATA_SIZE, KERNEL_TEXT, KERNEL_TEXT_SIZE, PERCPU, PERCPU_OFF, PERCPU_SIZE } from '../platform/dom0/memmap.js';
import type { Dom0Kernel } from '../platform/dom0/kernel.js';
import { CTX, HV_MAP, type Hypervisor } from '../platform/hypervisor/hypervisor.js';
import { PCI_DEV } from '../platform/layout.generated.js';
import type { PlatformHandle } from '../platform/run.js';
import type { Domain, Via } from './types.js';

/** One store (or changed range) into protected memory. */
export interface Violation {
  readonly domain: Domain;
  readonly via: Via;
  /** A store of the driver's code: which instance made it (the hypervisor's, or the VM instance in dom0). */
  readonly instance?: 'hv' | 'vm';
  /** Physical address and length of the store. */
  readonly pa: number;
  readonly length: number;
  /** What lives there (e.g. "hypervisor text", "guest2 kernel memory", "dom0 mem_map"). */
  readonly where: string;
}

/** Violations kept per run (every one is counted). */
const KEPT = 8;
/** Network-buffer block kinds: every one of them passes through the driver's hands. */
const BUFFER_KINDS: ReadonlySet<string> = new Set(['skb', 'skbdata', 'page']);

type Range = readonly [lo: number, hi: number];

interface FrameRule {
  readonly domain: Domain;
  readonly name: string;
  /** Byte ranges of the frame the driver may write; null: dom0 lowmem, decided by live ownership. */
  readonly allowed: readonly Range[] | null;
  /** Host writers whose writes here are the hypervisor acting on the driver's pointers. */
  readonly routines: ReadonlySet<unknown>;
}

/** Something that wants to see CPU stores to frames that are not protected (run-time faults timed by a store). */
export type StoreTrigger = (pfn: number, offset: number, length: number) => void;

/** FNV-1a over a frame's 32-bit words (0 for a frame that is not RAM). */
export function frameHash(mem: PhysicalMemory, pfn: number): number {
  const slot = mem.frameSlot[pfn]!;
  if (slot < 0) return 0;
  let h = 0x811c9dc5;
  const base = slot * 1024;
  for (let i = 0; i < 1024; i++) h = Math.imul(h ^ mem.i32[base + i]!, 0x01000193);
  return h >>> 0;
}

export class ProtectedMemory implements WriteWatcher {
  /** The first violations (at most KEPT). */
  readonly violations: Violation[] = [];
  /** Violating stores per domain and path. */
  readonly counts: Record<Domain, Record<Via, number>> = emptyMatrix();
  /** Violating stores in all. */
  total = 0;
  /** Violating stores of the driver's code, by instance. */
  readonly byInstance = { hv: 0, vm: 0 };
  /** Frames the watch saw a violating store into (checksum findings there confirm it). */
  private readonly violated = new Set<number>();
  private readonly rules = new Map<number, FrameRule>();
  private readonly triggers = new Map<number, StoreTrigger>();
  private readonly cpu: Cpu;
  private readonly bus: Bus;
  private readonly k: Dom0Kernel;
  private readonly hv: Hypervisor;
  private readonly mem: PhysicalMemory;
  /** Counter contexts whose CPU stores are the driver's. */
  private readonly driverContexts: ReadonlySet<number> = new Set([CTX.driver, CTX.dom0]);
  // dom0 lowmem ownership: [lo, hi) of the driver's live objects, sorted by lo, kept up to date by
  // the heap's listener.
  private readonly ownedLo: number[] = [];
  private readonly ownedHi: number[] = [];
  private readonly moduleTags: string[];
  private readonly hashes = new Map<number, number>();
  private readonly ranges = new Map<string, Uint8Array>();

  /** Watches the platform's protected memory; call before the driver's first instruction. */
  constructor(private readonly h: PlatformHandle) {
    const hv = h.hypervisor;
    if (!hv) throw new Error('protected memory needs a hypervisor configuration (twin or unprotected)');
    this.hv = hv;
    this.k = h.kernel;
    this.cpu = h.machine.cpu;
    this.bus = h.machine.bus;
    this.mem = h.machine.mem;
    this.moduleTags = this.k.loadedModules.map((m) => `[${m.name}]`);
    const none: ReadonlySet<unknown> = new Set();
    const u = hv.unprotectedSpace;
    // The hypervisor's writes on the driver's behalf: its dom0 accessor (and, unprotected, the
    // space it reaches everything through). The runtime's own writes (stlb) go through region.view
    // to hypervisor frames, and are the hypervisor's.
    const dom0Routines: ReadonlySet<unknown> = new Set(u ? [u] : [hv.dom0Mem, hv.region.view]);
    const hvRoutines: ReadonlySet<unknown> = u ? new Set([u]) : none;

    // Hypervisor: every frame of the region and the unprotected instance's text, except the stack
    // the driver runs on (its own under SVM; the hypervisor's, below cpu_info, when unprotected).
    const ownStack = new Set<number>();
    if (!u) for (let va = HV_MAP.stackLo; va < HV_MAP.stackHi; va += 4096) { const t = hv.region.view.translate(va); if (t) ownStack.add(t.pfn); }
    const stack = hv.driverStack;
    const hvVa = new Map<number, number>();
    for (const [va, pfn] of hv.region.view.mappings()) if (hv.region.contains(va) && hv.region.frames.has(pfn)) hvVa.set(pfn, va);
    for (const pfn of [...hv.region.frames, ...(hv.unprotected?.frames ?? [])]) {
      if (ownStack.has(pfn)) continue;
      const va = hvVa.get(pfn);
      const allowed: Range[] = [];
      if (u && va !== undefined && va >= stack.lo && va < stack.hi) {
        const lo = Math.max(stack.lo, va) - va, hi = Math.min(stack.esp, va + 4096) - va;
        if (hi > lo) allowed.push([lo, hi]);
      }
      this.rules.set(pfn, { domain: 'hypervisor', name: hypervisorArea(va), allowed, routines: hvRoutines });
    }
    // Guests: all of their memory.
    for (const g of hv.guests) {
      for (const [va, pfn] of g.space.mappings()) {
        if (!g.frames.has(pfn)) continue;
        this.rules.set(pfn, { domain: 'guest', name: `guest${g.id} ${va >= 0xc0000000 ? 'kernel memory' : 'receive area'}`, allowed: [], routines: hvRoutines });
      }
    }
    // dom0: kernel text and data, the per-cpu area, lowmem (mem_map and the heap).
    const k = this.k;
    const dom0Frames = (va: number, len: number, name: string, allowed: (pageVa: number) => Range[]): void => {
      for (let p = va; p < va + len; p += 4096) {
        const t = k.space.translate(p);
        if (t) this.rules.set(t.pfn, { domain: 'dom0', name, allowed: allowed(p), routines: dom0Routines });
      }
    };
    const within = (pageVa: number, lo: number, hi: number): Range[] =>
      hi <= pageVa || lo >= pageVa + 4096 ? [] : [[Math.max(lo, pageVa) - pageVa, Math.min(hi, pageVa + 4096) - pageVa]];
    dom0Frames(KERNEL_TEXT, KERNEL_TEXT_SIZE, 'dom0 kernel text', () => []);
    dom0Frames(KERNEL_DATA, KERNEL_DATA_SIZE, 'dom0 kernel data', (p) => [
      ...within(p, KERNEL_DATA + KDATA.pci_dev, KERNEL_DATA + KDATA.pci_dev + PCI_DEV.size),
      ...within(p, KERNEL_DATA + KDATA.evtchn_upcall_mask, KERNEL_DATA + KDATA.evtchn_upcall_mask + 1),
    ]);
    dom0Frames(PERCPU, PERCPU_SIZE, 'dom0 per-cpu data', (p) => within(p, PERCPU + PERCPU_OFF.__preempt_count, PERCPU + PERCPU_OFF.__preempt_count + 4));
    const pm = k.pages;
    const lowmem: FrameRule = { domain: 'dom0', name: 'dom0 lowmem', allowed: null, routines: dom0Routines };
    for (let i = 0; i < pm.frames; i++) this.rules.set(pm.firstPfn + i, lowmem);
    for (const b of k.heap.liveBlocks()) this.ownership(b, true);
    k.heap.listener = (b, live) => this.ownership(b, live);

    // The second check's baseline.
    for (const pfn of hv.protectedFrames()) this.hashes.set(pfn, frameHash(this.mem, pfn));
    for (const r of hv.protectedRanges()) this.ranges.set(r.name, hv.region.view.readBytes(r.va, r.length));
    watchFrames(h.machine, this.rules.keys(), this);
  }

  /** WriteWatcher: a write to a watched frame. */
  written(pfn: number, offset: number, length: number, by: unknown): void {
    let via: Via;
    if (by === this.cpu) {
      if (!this.driverContexts.has(this.cpu.context)) return;
      const t = this.triggers.get(pfn);
      if (t !== undefined) t(pfn, offset, length);
      via = 'cpu';
    } else if (by === this.bus) via = 'dma';
    else via = 'routine';
    const rule = this.rules.get(pfn);
    if (rule === undefined) return;
    if (via === 'routine' && !rule.routines.has(by)) return;
    if (rule.allowed === null ? this.ownedByDriver(pfn, offset, length) : inside(rule.allowed, offset, length)) return;
    const instance = via === 'cpu' ? (this.cpu.context === CTX.driver ? 'hv' as const : 'vm' as const) : undefined;
    this.violated.add(pfn);
    this.record({ domain: rule.domain, via, ...(instance ? { instance } : {}), pa: pfn * 4096 + offset, length, where: rule.allowed === null ? this.dom0Where(pfn, offset, length) : `${rule.name} +0x${offset.toString(16)}` });
  }

  /**
   * Calls `t` for every store of the driver's code to frames `pfns` (watched for it if they are
   * not protected) until `stopTrigger`.
   */
  trigger(pfns: Iterable<number>, t: StoreTrigger): void {
    const extra: number[] = [];
    for (const p of pfns) { this.triggers.set(p, t); if (!this.rules.has(p)) extra.push(p); }
    watchFrames(this.h.machine, extra, this);
  }

  stopTrigger(): void {
    unwatchFrames(this.h.machine, [...this.triggers.keys()].filter((p) => !this.rules.has(p)));
    this.triggers.clear();
  }

  /** Whether the driver may write [va, va+len) of dom0's heap right now (one of its live objects). */
  driverOwns(va: number, len: number): boolean {
    const a = this.after(va);
    return a > 0 && va + len <= this.ownedHi[a - 1]!;
  }

  /** The driver's live objects, sorted by address. */
  driverObjects(): Array<{ readonly addr: number; readonly size: number; readonly kind: string }> {
    return this.k.heap.liveBlocks().filter((b) => this.isDriverBlock(b.kind, b.tag)).sort((x, y) => x.addr - y.addr).map((b) => ({ addr: b.addr, size: b.requested, kind: b.kind }));
  }

  /**
   * The second check, after the run: protected hypervisor frames and ranges whose contents changed
   * since the baseline, the stlb against the runtime's record, the guests' memory against what
   * they and the hypervisor put there. Findings in frames the watch saw a violating store into
   * confirm it (`confirmed`); the others are violations no store of the driver explains
   * (`unattributed`).
   */
  checksums(): { readonly confirmed: number; readonly unattributed: Violation[] } {
    const all = this.checksumFindings();
    const unattributed = all.filter((v) => !this.violated.has(Math.floor(v.pa / 4096)));
    return { confirmed: all.length - unattributed.length, unattributed };
  }

  private checksumFindings(): Violation[] {
    const hv = this.hv;
    const out: Violation[] = [];
    for (const [pfn, was] of this.hashes) {
      if (frameHash(this.mem, pfn) !== was) out.push({ domain: 'hypervisor', via: 'unattributed', pa: pfn * 4096, length: 4096, where: this.rules.get(pfn)?.name ?? 'hypervisor memory' });
    }
    for (const r of hv.protectedRanges()) {
      const was = this.ranges.get(r.name);
      const now = hv.region.view.readBytes(r.va, r.length);
      if (was && now.some((b, i) => b !== was[i])) out.push({ domain: 'hypervisor', via: 'unattributed', pa: hv.region.view.translate(r.va)?.pa ?? 0, length: r.length, where: r.name });
    }
    for (const e of hv.inst?.hvRuntime.auditStlb() ?? []) {
      out.push({ domain: 'hypervisor', via: 'unattributed', pa: hv.region.view.translate(HV_MAP.runtimeData)?.pa ?? 0, length: 8, where: `stlb ${e}` });
    }
    for (const g of hv.guests) {
      for (const va of g.corruptedPages()) out.push({ domain: 'guest', via: 'unattributed', pa: (g.space.translate(va)?.pa ?? 0), length: 4096, where: `guest${g.id} page 0x${va.toString(16)}` });
    }
    return out;
  }

  private record(v: Violation): void {
    this.counts[v.domain][v.via]++;
    this.total++;
    if (v.instance) this.byInstance[v.instance]++;
    if (this.violations.length < KEPT) this.violations.push(v);
  }

  private isDriverBlock(kind: string, tag: string): boolean {
    return BUFFER_KINDS.has(kind) || this.moduleTags.some((t) => tag.includes(t));
  }

  /** Index of the first owned object starting above `va`. */
  private after(va: number): number {
    const lo = this.ownedLo;
    let a = 0, b = lo.length;
    while (a < b) { const m = (a + b) >> 1; if (lo[m]! <= va) a = m + 1; else b = m; }
    return a;
  }

  /** A heap block became live or was freed: the driver's objects follow. */
  private ownership(b: { readonly addr: number; readonly requested: number; readonly kind: string; readonly tag: string }, live: boolean): void {
    if (!this.isDriverBlock(b.kind, b.tag)) return;
    const at = this.after(b.addr);
    if (live) { this.ownedLo.splice(at, 0, b.addr); this.ownedHi.splice(at, 0, b.addr + b.requested); }
    else if (at > 0 && this.ownedLo[at - 1] === b.addr) { this.ownedLo.splice(at - 1, 1); this.ownedHi.splice(at - 1, 1); }
  }

  private ownedByDriver(pfn: number, offset: number, length: number): boolean {
    const pm = this.k.pages;
    const va = pm.lowmemVa + (pfn - pm.firstPfn) * 4096 + offset;
    return va >= this.k.heap.base && this.driverOwns(va, length);
  }

  private dom0Where(pfn: number, offset: number, length: number): string {
    const k = this.k, pm = k.pages;
    const va = pm.lowmemVa + (pfn - pm.firstPfn) * 4096 + offset;
    if (va < k.heap.base) return `dom0 mem_map at 0x${va.toString(16)}`;
    const b = k.heap.containing(va);
    if (!b) return `dom0 free heap at 0x${va.toString(16)}`;
    const end = b.addr + b.requested;
    const what = `${b.kind} block of ${b.requested} bytes at 0x${b.addr.toString(16)} (${b.tag})`;
    if (!this.isDriverBlock(b.kind, b.tag)) return `dom0 heap at 0x${va.toString(16)}: not the driver's: ${what}`;
    const at = va > end ? `${va - end} bytes past the end` : va === end ? 'right after the end' : 'running past the end';
    return `dom0 heap at 0x${va.toString(16)}: ${at} of the driver's ${what}${va < end ? ` by ${va + length - end} bytes` : ''}`;
  }
}

/** Zero counts for every domain and path. */
export function emptyMatrix(): Record<Domain, Record<Via, number>> {
  const row = (): Record<Via, number> => ({ cpu: 0, dma: 0, routine: 0, unattributed: 0 });
  return { hypervisor: row(), guest: row(), dom0: row() };
}

function inside(allowed: readonly Range[], offset: number, length: number): boolean {
  for (const [lo, hi] of allowed) if (offset >= lo && offset + length <= hi) return true;
  return false;
}

/** Name of the hypervisor's area at region address `va`. */
function hypervisorArea(va: number | undefined): string {
  if (va === undefined) return 'hypervisor text (unprotected driver)';
  const areas: ReadonlyArray<readonly [number, number, string]> = [
    [HV_MAP.runtimeData, HV_MAP.runtimeHooks, 'hypervisor SVM runtime data (stlb)'],
    [HV_MAP.stubs, HV_MAP.coreData, 'hypervisor upcall stubs'],
    [HV_MAP.coreData, HV_MAP.text, 'hypervisor core data'],
    [HV_MAP.text, HV_MAP.windows, 'hypervisor text'],
    [HV_MAP.stackLo, HV_MAP.stackHi, 'driver stack'],
    [HV_MAP.xenStackLo, HV_MAP.xenStackHi, 'hypervisor stack'],
  ];
  const a = areas.find(([lo, hi]) => va >= lo && va < hi);
  return `${a ? a[2] : 'hypervisor memory'} at 0x${va.toString(16)}`;
}
