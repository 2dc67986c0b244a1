// Protected memory of a fault run (issue 17): what a faulty driver may not change — the
// hypervisor's memory, the guests' memory, and dom0's memory outside the driver's own objects — and
// the two checks that catch a change:
//
//  1. the write watch (src/emulator/watch.ts), set before the driver's first instruction: every
//     store into a protected byte is recorded as it happens, so a store later undone or repeated
//     with the value already there still counts. A CPU store is attributed to the code that made
//     it (Cpu.codeContext: the counter context of its code range, else the CPU's context).
//     Writers held to account:
//       cpu      a store of the driver's own code: its hypervisor instance (CTX.driver, the twin's
//                or the unprotected baseline's) or its VM instance in dom0 (CTX.dom0);
//       routine  a kernel routine the driver called, acting on its pointers: the hypervisor's C
//                (CTX.hypervisor: its hot routines, the stlb slow path) or dom0's kernel C
//                (CTX.dom0Kernel: dom0's hot routines, reached directly or by upcall) running
//                inside a call from the driver (the CPU's context is still the driver's). Only its
//                stores into dom0 outside the driver's objects and the kernel C's own data count:
//                the C writes its own data (counters, queues, the pool) and the hypervisor's C
//                copies frames into the guests' buffers by design (what reaches a guest is checked
//                apart, by the guests' shadows and the packet checks);
//       dma      the NIC, which writes only where the driver's descriptors point.
//     The hypervisor's, the guests' and dom0's own work (their code entered by the scheduler, the
//     modeled host services, netback, netfront) is not the driver's and is never held against it.
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
// blocks, jiffies and the rest of the kernel's data, kernel text, the kernel's C (its hot routines'
// state, the backlog, the p2m table, netback) — is protected.
//
// The hypervisor's memory is its whole region: its C's text and live data (the stlb, the skb pool,
// the guests' state, rings and grant tables, its heap: the frames Hypervisor.liveFrames lists), the
// SVM runtime, the upcall stubs, the core data, the driver instance's text, its stack's cpu_info
// and (unprotected: the driver runs on it) the C's frames above the driver's;
// the unprotected baseline reaches all of it (and every other domain) through the region mapping
// and the direct map of machine memory, as a driver linked into Xen would.

import type { Bus } from '../emulator/bus.js';
import type { Cpu } from '../emulator/cpu.js';
import type { PhysicalMemory, WriteWatcher } from '../emulator/memory.js';
import { unwatchFrames, watchFrames } from '../emulator/watch.js';
import { SIZEOF } from '../platform/linux/layout.generated.js';
import { KDATA, KERNEL_DATA, KERNEL_DATA_SIZE, KERNEL_TEXT, KERNEL_TEXT_SIZE, PERCPU, PERCPU_OFF, PERCPU_SIZE } from '../platform/dom0/memmap.js';
import type { Dom0Kernel } from '../platform/dom0/kernel.js';
import { CTX, HV_MAP, type Hypervisor } from '../platform/hypervisor/hypervisor.js';
import { GUEST_MAP } from '../platform/hypervisor/layout.js';
import type { PlacedImage } from '../platform/pv/images.js';
import { PCI_DEV } from '../platform/layout.generated.js';
import type { PlatformHandle } from '../platform/run.js';
import { emptyMatrix, type CorruptingWrite, type Domain, type Via } from './types.js';

/** One store (or changed range) into protected memory: the record's CorruptingWrite. */
export type Violation = CorruptingWrite;

/** Violations kept per run (every one is counted). */
const KEPT = 8;
/** Network-buffer block kinds: every one of them passes through the driver's hands. */
const BUFFER_KINDS: ReadonlySet<string> = new Set(['skb', 'skbdata', 'page']);

type Range = readonly [lo: number, hi: number];

interface FrameRule {
  readonly domain: Domain;
  readonly name: string;
  /**
   * What of the frame the driver may write: byte ranges; null: dom0 lowmem, decided by live
   * ownership; 'stack': the unprotected driver's part of the hypervisor's stack, below the C frames
   * of the invocation in progress (Hypervisor.invocationTop).
   */
  readonly allowed: readonly Range[] | null | 'stack';
  /**
   * Byte ranges that are the kernel's own data a routine keeps for its caller (Linux 6.1's per-cpu
   * softirq bits, softnet_data, page fragment caches): a routine's store there is never held
   * against the driver; the driver's own stores are.
   */
  readonly kernelData?: readonly Range[];
  /** The frame's virtual address, and the C image it belongs to (a store is named by its symbol). */
  readonly va?: number;
  readonly image?: PlacedImage;
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
    const u = hv.unprotectedSpace;

    // Hypervisor: every frame of the region (its C's text and live data included) and the
    // unprotected instance's text, except the stack the driver runs on: its own under SVM; when
    // unprotected, the hypervisor's, below the C frames of the invocation in progress.
    const ownStack = new Set<number>();
    if (!u) for (let va = HV_MAP.stackLo; va < HV_MAP.stackHi; va += 4096) { const t = hv.region.view.translate(va); if (t) ownStack.add(t.pfn); }
    const hvVa = new Map<number, number>();
    for (const [va, pfn] of hv.region.view.mappings()) if (hv.region.contains(va) && hv.region.frames.has(pfn)) hvVa.set(pfn, va);
    // The instance's virtual interrupt flag (abi.ts __svm_vif: the C's svm_vif) is the driver's to
    // write under SVM: its rewritten cli/sti/popf store there, as the VM instance's store into
    // dom0's evtchn_upcall_mask below.
    const vif = u ? undefined : hv.inst?.hvRuntime.vifAddress();
    for (const pfn of [...hv.region.frames, ...(hv.unprotected?.frames ?? [])]) {
      if (ownStack.has(pfn)) continue;
      const va = hvVa.get(pfn);
      const onStack = u !== null && va !== undefined && va >= HV_MAP.xenStackLo && va < HV_MAP.xenStackHi;
      const inImage = va !== undefined && va >= hv.image.start && va < hv.image.end;
      const vifHere: Range[] = vif !== undefined && va !== undefined && vif >= va && vif < va + 4096 ? [[vif - va, vif - va + 1]] : [];
      this.rules.set(pfn, {
        domain: 'hypervisor', name: hypervisorArea(va, hv), allowed: onStack ? 'stack' : vifHere,
        ...(va !== undefined ? { va } : {}), ...(inImage ? { image: hv.image } : {}),
      });
    }
    // Guests: all of their memory.
    for (const g of hv.guests) {
      for (const [va, pfn] of g.space.mappings()) {
        if (!g.frames.has(pfn)) continue;
        this.rules.set(pfn, { domain: 'guest', name: `guest${g.id} ${guestArea(va)}`, allowed: [] });
      }
    }
    // dom0: kernel text and data, the per-cpu area, lowmem (mem_map and the heap).
    const k = this.k;
    const dom0Frames = (va: number, len: number, name: string, allowed: (pageVa: number) => Range[]): void => {
      for (let p = va; p < va + len; p += 4096) {
        const t = k.space.translate(p);
        if (t) this.rules.set(t.pfn, { domain: 'dom0', name, allowed: allowed(p) });
      }
    };
    const within = (pageVa: number, lo: number, hi: number): Range[] =>
      hi <= pageVa || lo >= pageVa + 4096 ? [] : [[Math.max(lo, pageVa) - pageVa, Math.min(hi, pageVa + 4096) - pageVa]];
    dom0Frames(KERNEL_TEXT, KERNEL_TEXT_SIZE, 'dom0 kernel text', () => []);
    dom0Frames(KERNEL_DATA, KERNEL_DATA_SIZE, 'dom0 kernel data', (p) => [
      ...within(p, KERNEL_DATA + KDATA.pci_dev, KERNEL_DATA + KDATA.pci_dev + PCI_DEV.size),
      ...within(p, KERNEL_DATA + KDATA.evtchn_upcall_mask, KERNEL_DATA + KDATA.evtchn_upcall_mask + 1),
    ]);
    const c = k.c.image;
    for (let p = c.start; p < c.end; p += 4096) {
      const t = k.space.translate(p);
      if (t) this.rules.set(t.pfn, { domain: 'dom0', name: `dom0 kernel C page 0x${p.toString(16)}`, allowed: [], va: p, image: c });
    }
    dom0Frames(PERCPU, PERCPU_SIZE, 'dom0 per-cpu data', (p) => within(p, PERCPU + PERCPU_OFF.__preempt_count, PERCPU + PERCPU_OFF.__preempt_count + 4));
    if (k.abi.name === 'linux-6.1') {
      // Linux 6.1's per-cpu state its routines keep for the driver (raise_softirq, the poll list, the fragment caches).
      const at = (off: number, len: number): [number, number] => [PERCPU + off, PERCPU + off + len];
      const kd = [at(PERCPU_OFF.softirq_pending, 4), at(PERCPU_OFF.softnet_data, SIZEOF.softnet_data), at(PERCPU_OFF.netdev_alloc_cache, PERCPU_OFF.napi_alloc_cache + 2 * SIZEOF.page_frag_cache - PERCPU_OFF.netdev_alloc_cache)];
      for (let p = PERCPU; p < PERCPU + PERCPU_SIZE; p += 4096) {
        const t = k.space.translate(p), rule = t ? this.rules.get(t.pfn) : undefined;
        if (t && rule) this.rules.set(t.pfn, { ...rule, kernelData: kd.flatMap(([lo, hi]) => within(p, lo, hi)) });
      }
    }
    const pm = k.pages;
    const lowmem: FrameRule = { domain: 'dom0', name: 'dom0 lowmem', allowed: null };
    for (let i = 0; i < pm.frames; i++) this.rules.set(pm.firstPfn + i, lowmem);
    if (k.abi.name === 'linux-6.1') {
      // Linux 6.1's page routines keep mem_map for the driver's buffers (reference counts of
      // fragment pages, compound heads): the kernel's data when a routine writes it.
      const memMap = { ...lowmem, kernelData: [[0, 4096]] as const };
      for (let va = (pm.memMapVa & ~0xfff) >>> 0; va < pm.memMapVa + pm.frames * SIZEOF.page; va += 4096) {
        const t = k.space.translate(va);
        if (t) this.rules.set(t.pfn, memMap);
      }
    }
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
    let instance: 'hv' | 'vm' | undefined;
    if (by === this.cpu) {
      const code = this.cpu.codeContext;
      if (code === CTX.driver || code === CTX.dom0) {
        const t = this.triggers.get(pfn);
        if (t !== undefined) t(pfn, offset, length);
        via = 'cpu';
        instance = code === CTX.driver ? 'hv' : 'vm';
      } else if ((code === CTX.hypervisor || code === CTX.dom0Kernel) && (this.cpu.context === CTX.driver || this.cpu.context === CTX.dom0)) {
        via = 'routine';
      } else return;
    } else if (by === this.bus) via = 'dma';
    else return; // host code: the modeled services, the platform, a campaign's own faults
    const rule = this.rules.get(pfn);
    if (rule === undefined) return;
    // A kernel routine writes its own kernel's C data (its counters, queues), never held against the driver.
    if (via === 'routine' && (rule.domain !== 'dom0' || rule.image || (rule.kernelData && inside(rule.kernelData, offset, length)))) return;
    if (this.allowed(rule, pfn, offset, length)) return;
    this.violated.add(pfn);
    this.record({ domain: rule.domain, via, ...(instance ? { instance } : {}), pa: pfn * 4096 + offset, length, where: this.where(rule, pfn, offset, length) });
  }

  private allowed(rule: FrameRule, pfn: number, offset: number, length: number): boolean {
    const a = rule.allowed;
    if (a === null) return this.ownedByDriver(pfn, offset, length);
    if (a === 'stack') return rule.va! + offset + length <= this.hv.invocationTop;
    return inside(a, offset, length);
  }

  /** What lives where a store landed (the C images' stores named by symbol). */
  private where(rule: FrameRule, pfn: number, offset: number, length: number): string {
    if (rule.allowed === null) return this.dom0Where(pfn, offset, length);
    const sym = rule.image ? symbolAt(rule.image, rule.va! + offset) : null;
    return `${rule.name}${sym ? `: ${sym}` : ` +0x${offset.toString(16)}`}`;
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

function inside(allowed: readonly Range[], offset: number, length: number): boolean {
  for (const [lo, hi] of allowed) if (offset >= lo && offset + length <= hi) return true;
  return false;
}

/** The symbol of a C image at or below `va` ("pool+0x40"), or null outside its symbols. */
function symbolAt(image: PlacedImage, va: number): string | null {
  let best: [string, number] | null = null;
  for (const [n, a] of image.inst.symbols) if (a <= va && (!best || a > best[1]) && !n.startsWith('.')) best = [n, a];
  return best ? `${best[0]}+0x${(va - best[1]).toString(16)}` : null;
}

/** Name of the hypervisor's area at region address `va` (undefined: the unprotected driver's text). */
function hypervisorArea(va: number | undefined, hv: Hypervisor): string {
  if (va === undefined) return 'hypervisor text (the unprotected driver)';
  if (va >= hv.image.start && va < hv.image.end) {
    const inText = hv.image.inst.images.some((im) => !im.write && va >= (im.address & ~0xfff) && va < im.address + im.bytes.length);
    return `hypervisor C ${inText ? 'text' : 'data'} page 0x${va.toString(16)}`;
  }
  const areas: ReadonlyArray<readonly [number, number, string]> = [
    [HV_MAP.runtimeData, HV_MAP.runtimeHooks, 'hypervisor SVM runtime data'],
    [HV_MAP.hwHooks, HV_MAP.stubs, 'hypervisor primitives'],
    [HV_MAP.stubs, HV_MAP.coreData, 'hypervisor upcall stubs'],
    [HV_MAP.coreData, HV_MAP.text, 'hypervisor core data'],
    [HV_MAP.text, HV_MAP.cImage, 'hypervisor text (the driver instance)'],
    [HV_MAP.gntArea, HV_MAP.mapcache, 'hypervisor grant tables'],
    [HV_MAP.mapcache, HV_MAP.windows, 'hypervisor copy mapping'],
    [HV_MAP.stackLo, HV_MAP.stackHi, 'driver stack'],
    [HV_MAP.xenStackLo, HV_MAP.xenStackHi, 'hypervisor stack (its C\'s frames and cpu_info)'],
  ];
  const a = areas.find(([lo, hi]) => va >= lo && va < hi);
  return `${a ? a[2] : 'hypervisor memory'} page 0x${va.toString(16)}`;
}

/** Name of a guest's area at `va`. */
function guestArea(va: number): string {
  const g = GUEST_MAP;
  const areas: ReadonlyArray<readonly [number, number, string]> = [
    [g.rxArea, g.rxArea + g.buffers * g.bufferBytes, 'receive buffers'],
    [g.txArea, g.txArea + g.buffers * g.bufferBytes, 'transmit buffers'],
    [g.kernelArea, g.kernelArea + g.kernelPages * 4096, 'kernel memory'],
    [g.netfront, g.stackLo, 'netfront'],
    [g.stackLo, g.stackHi, 'kernel stack'],
  ];
  const a = areas.find(([lo, hi]) => va >= lo && va < hi);
  return `${a ? a[2] : 'memory'} page 0x${va.toString(16)}`;
}
