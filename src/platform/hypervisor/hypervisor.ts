// The hypervisor of the paravirtualised configurations (thesis §4.2-4.3, DESIGN.md §3). Its code is
// C (platform-c/hv: the SVM runtime's hypervisor side, the skb pool, the hot routines, the guests'
// network interface, grants, events) loaded into its region and executed there; this class is the
// host side around it:
//  - the region, mapped into every domain's address space, holding its stacks, its C image, the
//    upcall stubs and the hypervisor instance of the driver;
//  - booting the C image (frame owners, dom0's layout, guests, the pool) and binding the driver's
//    hypervisor instance next to the VM instance dom0 loaded (same rewritten object);
//  - the host primitives the C calls (primitives.ts): page tables, the interrupt line, events,
//    safety events, and THE checked gate through which every transfer into the driver instance
//    goes (invoke);
//  - the hypercall trap (a call to the hypercall page of a PV domain enters hv_hypercall).
// Every abort of a driver invocation (SVM refusal, invalid dom0 data, bad target, CPU fault,
// budget) is a safety event, and the driver is then dead: the hypervisor stops invoking it.
//
// Protection 'none' is the unprotected baseline of fault-injection campaigns: the ORIGINAL driver
// linked into the hypervisor without SVM, running with the hypervisor's full reach — its own
// region (its C's live data included), dom0's address space (which it needs: its pointers are dom0
// addresses) and a direct map of machine memory (Xen keeps one), through which a stray pointer
// reaches any domain — on the hypervisor's own stack, below the C code's frames.

import type { Machine } from '../../emulator/machine.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import { formatFault } from '../../emulator/types.js';
import type { HookContext } from '../../emulator/hooks.js';
import type { ObjectFile } from '../../loader/elf.js';
import type { LinkedInstance } from '../../loader/link.js';
import type { Gate, GateVerdict, HvInstance, UnprotectedInstance } from '../../loader/twin.js';
import { formatViolation, verifyObject } from '../../verifier/index.js';
import { HypervisorRegion } from '../../svm-runtime/region.js';
import type { SafetyEvent, SafetyLog } from '../../svm-runtime/runtime.js';
import { SKB } from '../layout.generated.js';
import { sk_buff } from '../linux/layout.generated.js';
import type { Dom0Kernel } from '../dom0/kernel.js';
import { callC, callFailure } from '../pv/ccall.js';
import { emptyEvents, type PvEvents } from '../pv/events.js';
import { placeImage, type PlacedImage } from '../pv/images.js';
import { Guest, guestMac, type NetfrontMode } from './guest.js';
import { attachDriver, mirrorDom0 } from './attach.js';
import { HotCounts } from './hot.js';
import { handBackLinux61 } from './linux61.js';
import { CTX, HV_MAP, PV_MAP } from './layout.js';
import { HvPrimitives, PRIMITIVES } from './primitives.js';
import { SegmentConfinement } from './segment.js';

export { CTX, HV_MAP } from './layout.js';

export type Protection = 'svm' | 'none';

/** The hypervisor C's owner id of its own frames (platform-c/include/twin/hv.h OWNER_XEN). */
const OWNER_XEN = 0xff;
/** Hypercall failure the trap returns when the hypervisor's own code stopped (abi.h HC_ENODEV). */
const HC_ENODEV = -19;

export interface HypervisorOptions {
  readonly guests: number;
  readonly safety: SafetyLog;
  /** How the guests' netfront reaches the NIC (default 'twin': through the hypervisor instance). */
  readonly mode?: NetfrontMode;
  /** Hot routines moved to upcalls (the first K of HOT_ROUTINES: the thesis fig. 4.9 sweep). */
  readonly forcedUpcalls?: number;
  readonly poolSkbs?: number;
  /** Instruction budget of one driver invocation (the watchdog). */
  readonly invocationBudget?: number;
  /**
   * The gate the hypervisor instance must pass before it is bound (default: the independent
   * verifier on the object; 'off' only for tests of what happens without it). Returns violations
   * (and the sets it proved, which the loader installs).
   */
  readonly verify?: Gate | 'off';
  /** Called for every upcall. */
  readonly onUpcall?: (name: string) => void;
  /** 'svm' (default): the rewritten driver under SVM. 'none': the unprotected baseline. */
  readonly protection?: Protection;
  /** Per-event counts of the run (cost model); default: the hypervisor's own. */
  readonly events?: PvEvents;
}

/** Counters of the hypervisor's C (platform-c/include/twin/hv.h struct hv_stats, in its order). */
const HV_STATS_FIELDS = ['hypercalls', 'xmitCalls', 'xmitOk', 'xmitBusy', 'irqCalls', 'irqDeferred', 'delivered', 'unknownMac', 'handedBack', 'warnings'] as const;
export type HvStats = Record<(typeof HV_STATS_FIELDS)[number] | 'copyBytes' | 'aborts', number>;

export class Hypervisor {
  readonly region: HypervisorRegion;
  readonly space: AddressSpace;
  readonly guests: Guest[] = [];
  readonly protection: Protection;
  readonly mode: NetfrontMode;
  /** The hypervisor's C, in its region. */
  readonly image: PlacedImage;
  readonly events: PvEvents;
  /** Calls of the hot routines (and the campaign's allocation fault), read from the C image. */
  readonly hot: HotCounts;
  /** Host exceptions outside any driver invocation (platform defects, never expected). */
  readonly hostErrors: string[] = [];
  /** Set by the first aborted invocation: the driver is no longer invoked. */
  failed: string | null = null;
  /** Set when the hypervisor's own code faulted or hung (the whole machine would be gone). */
  crashed: string | null = null;
  /** The space unprotected invocations run in (dom0's, extended with the region and direct map). */
  readonly unprotectedSpace: AddressSpace | null;
  /** The hypervisor instance under SVM (protection 'svm'). */
  inst: HvInstance | null = null;
  /** The hypervisor instance without protection (protection 'none'). */
  unprotected: UnprotectedInstance | null = null;
  /** Domains with an event pending (the scheduler delivers them). */
  readonly pending = new Set<number>();
  /** skbs dom0 allocated that the hypervisor finished with (dom0 frees them at the next softirq). */
  readonly handBackQueue: number[] = [];
  /** @internal Lowest %esp the hypervisor's C is known to use (entries from the host nest below it). */
  hvLow: number = HV_MAP.xenStackHi - HV_MAP.xenFrameBytes;
  /** @internal Source lines of the instance's inserted checks (safety events). */
  lines = new Map<number, number>();
  /** @internal The stack top of the driver invocation in progress (unprotected: below the C frames). */
  invocationTop: number = HV_MAP.xenStackHi - HV_MAP.xenFrameBytes;
  /** @internal dom0's grant-mapping area (netback's pages), once dom0 set it up. */
  netbackArea: { lo: number; hi: number } | null = null;
  /** @internal Constant offset from a VM-instance code address to the hypervisor copy (attach.ts). */
  codeOffset = 0;
  /** @internal dom0's space generation the unprotected space mirrors (attach.ts). */
  mirroredGeneration = -1;
  /** @internal The VM instance dom0 loaded. */
  vm: LinkedInstance | null = null;
  /** @internal Hot routines the instance calls in the hypervisor: name -> address (attach.ts). */
  readonly hotAddrs = new Map<string, number>();
  private readonly budget: number;
  private hvDepth = 0;
  private syncedNetdev = -1;
  private syncedIrq = '';
  private readonly prims: HvPrimitives;
  /** --svm segment: the mirror of a cooperating dom0's region and the instance's confined segments (segment.ts). */
  readonly segment: SegmentConfinement;

  constructor(readonly machine: Machine, readonly dom0: Dom0Kernel, readonly opts: HypervisorOptions) {
    this.space = machine.createAddressSpace('hypervisor');
    this.region = new HypervisorRegion(machine, HV_MAP.start, HV_MAP.end);
    this.region.addSpace(this.space);
    this.protection = opts.protection ?? 'svm';
    this.segment = new SegmentConfinement(this, this.protection === 'svm' ? dom0.segmentRegion : null);
    this.mode = opts.mode ?? 'twin';
    this.events = opts.events ?? emptyEvents();
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
    this.budget = opts.invocationBudget ?? 2_000_000;

    // The C image, its primitives, and its instructions counted as the hypervisor's in every space.
    this.prims = new HvPrimitives(this);
    PRIMITIVES.forEach((name, k) => this.region.hook(HV_MAP.hwHooks + 16 * k, this.prims.handler(name), { name: `hv:${name}` }));
    this.image = placeImage('hv', HV_MAP.cImage, (s) => {
      const k = (PRIMITIVES as readonly string[]).indexOf(s);
      return k >= 0 ? HV_MAP.hwHooks + 16 * k : undefined;
    });
    if (this.image.end > HV_MAP.cImageEnd) throw new Error(`the hypervisor's C image ends at 0x${this.image.end.toString(16)}, past 0x${HV_MAP.cImageEnd.toString(16)}`);
    this.installImage();
    this.hot = new HotCounts(this.region.view, this.image, dom0.abi.name);
    for (let i = 0; i < opts.guests; i++) {
      const g = new Guest(machine, i + 1, guestMac(i + 1));
      this.region.addSpace(g.space);
      this.guests.push(g);
    }
    for (const sp of this.region.addressSpaces) sp.setCounterRange(this.image.start, this.image.end, CTX.hypervisor);
    for (const sp of [dom0.space, ...this.guests.map((g) => g.space)]) {
      machine.hook(sp, PV_MAP.hypercallPage, this.trap.bind(this), { name: `hypercall (${sp.name})` });
    }

    // Boot the C: windows, frame owners, dom0's layout, the guests.
    this.callHv('svm_init', [HV_MAP.windows, this.segment.windowLimit]);
    this.syncOwners();
    const p = dom0.pages;
    const mmio = dom0.mmioBase >>> 12;
    this.callHv('hv_set_dom0', [p.memMapVa, p.firstPfn, p.frames, p.lowmemVa, dom0.exports.get('evtchn_upcall_mask')!, mmio, mmio + 32]);
    this.callHv('hv_set_areas', [HV_MAP.gntArea, HV_MAP.mapcache, 0]);
    this.callHv('hv_set_dom0_p2m', [dom0.c.sym('p2m')]);
    for (const g of this.guests) {
      const m = g.mac;
      this.callHv('hv_add_guest', [g.id, m[0]! | (m[1]! << 8) | (m[2]! << 16) | (m[3]! << 24), m[4]! | (m[5]! << 8)]);
    }
    for (const g of this.guests) g.start(this.mode);
  }

  /** Maps the C image's pages into the region (text read-only, data writable) and writes them. */
  private installImage(): void {
    const writable = new Map<number, boolean>();
    for (const im of this.image.inst.images) {
      if (!im.bytes.length) continue;
      for (let pg = (im.address & ~0xfff) >>> 0; pg < im.address + im.bytes.length; pg += 4096) writable.set(pg, (writable.get(pg) ?? false) || im.write);
    }
    for (const [pg, w] of writable) this.region.allocate(pg, 4096, w);
    const mem = this.machine.mem;
    for (const im of this.image.inst.images) {
      for (let off = 0; off < im.bytes.length;) {
        const va = im.address + off, n = Math.min(im.bytes.length - off, 4096 - (va & 0xfff));
        mem.writePhysRam(this.region.view.translate(va)!.pa, im.bytes.subarray(off, off + n));
        off += n;
      }
    }
  }

  /** Frames of the C image's writable pages: live hypervisor data (its stlb, pool, guests, heap). */
  liveFrames(): number[] {
    const out: number[] = [];
    for (const im of this.image.inst.images) {
      if (!im.write || !im.bytes.length) continue;
      for (let pg = (im.address & ~0xfff) >>> 0; pg < im.address + im.bytes.length; pg += 4096) {
        const t = this.region.view.translate(pg);
        if (t && !out.includes(t.pfn)) out.push(t.pfn);
      }
    }
    return out.sort((a, b) => a - b);
  }

  /** Tells the C which frames are the hypervisor's and which each guest's (every other frame is dom0's). */
  /** @internal */
  syncOwners(): void {
    const runs = (pfns: Iterable<number>, owner: number): void => {
      const s = [...pfns].sort((a, b) => a - b);
      for (let i = 0; i < s.length;) {
        let j = i + 1;
        while (j < s.length && s[j] === s[j - 1]! + 1) j++;
        this.callHv('hv_set_owner', [s[i]!, j - i, owner]);
        i = j;
      }
    };
    runs(this.region.frames, OWNER_XEN);
    for (const g of this.guests) runs(g.frames, g.id);
  }

  // ---- running the hypervisor's C ------------------------------------------------------------

  /**
   * Runs a C function of the hypervisor image from the host, on the hypervisor's stack (below the
   * C frames in use when entries nest); returns its %eax. If the C stops instead of returning, a
   * safety event it logged makes the driver dead; anything else is the hypervisor failing.
   */
  callHv(fn: string, args: readonly number[], space: AddressSpace = this.space): number {
    const top = HV_MAP.xenStackHi - HV_MAP.xenFrameBytes - 16;
    const esp = this.hvDepth === 0 ? top : this.hvLow - 512;
    this.hvDepth++;
    let r;
    try {
      r = callC(this.machine, this.image.sym(fn), args, { space, esp, context: CTX.hypervisor, maxInsns: 500_000_000 });
    } finally {
      if (--this.hvDepth === 0) this.hvLow = top + 16;
    }
    if (r.run.reason === 'return') return r.eax | 0;
    const f = r.run.fault;
    if (f?.fault === 'HOOK' && isSafetyEvent(f.data)) {
      this.markFailed(`hypervisor ${fn}: ${f.data.kind} at 0x${(f.data.address >>> 0).toString(16)}`);
      return HC_ENODEV;
    }
    const why = `the hypervisor itself failed in ${fn}: ${callFailure(r)}`;
    this.crashed ??= why;
    this.opts.safety.events.push({ kind: r.run.reason === 'budget' ? 'watchdog' : 'cpu-fault', instance: 'hv', address: (f?.eip ?? this.machine.cpu.eip) >>> 0, detail: why });
    this.markFailed(why);
    return HC_ENODEV;
  }

  /**
   * Runs host code that serves the driver (the hypervisor's entry points): an exception in it is a
   * safety event that kills the driver, never an emulator failure (issue 13).
   */
  private guard<T>(what: string, fallback: T, f: () => T): T {
    try {
      return f();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.opts.safety.events.push({ kind: 'hv-input', instance: 'hv', address: 0, detail: `${what}: host code serving the driver failed: ${msg}` });
      this.markFailed(`${what}: ${msg}`);
      return fallback;
    }
  }

  /** The driver is dead from now on (the C checks hv_driver_dead too). */
  markFailed(why: string): void {
    this.failed ??= why;
    this.region.view.write32(this.image.sym('hv_driver_dead'), 1);
  }

  /** A call to the hypercall page of a PV domain: the trap into the hypervisor and back. */
  private trap(ctx: HookContext): number {
    const sp = ctx.space;
    const domid = sp === this.dom0.space ? 0 : this.guests.find((g) => g.space === sp)?.id;
    if (domid === undefined) return HC_ENODEV;
    this.events.hypercallTraps++;
    // dom0's space does not map the region (the emulator has no ring 1): its hypercalls run in the
    // hypervisor's own space, where everything of dom0 they need is reached through SVM windows.
    const args = [domid, ctx.arg(0) >>> 0, ctx.arg(1) >>> 0, ctx.arg(2) >>> 0, ctx.arg(3) >>> 0, ctx.arg(4) >>> 0];
    return this.guard('hypercall', HC_ENODEV, () => {
      this.syncDom0();
      return this.callHv('hv_hypercall', args, domid === 0 ? this.space : sp);
    });
  }

  /** What the C must know of dom0's driver registration: the net device and the interrupt handler. */
  syncDom0(): void {
    const nd = this.dom0.netdev;
    if (nd !== this.syncedNetdev) { this.callHv('hv_set_netdev', [nd]); this.syncedNetdev = nd; }
    const a = this.dom0.irqActions.find((x) => x.irq === this.dom0.irqNumber);
    const key = a ? `${a.handler}:${a.devId}` : '';
    if (key !== this.syncedIrq) { this.callHv('hv_set_irq', [this.dom0.irqNumber, a?.handler ?? 0, a?.devId ?? 0]); this.syncedIrq = key; }
  }

  // ---- the driver's hypervisor instance ------------------------------------------------------

  /** Frames the hypervisor or a guest owns; every other frame is dom0's (RAM and its device's MMIO). */
  dom0Owns(pfn: number): boolean {
    if (this.region.frames.has(pfn)) return false;
    for (const g of this.guests) if (g.frames.has(pfn)) return false;
    return true;
  }

  /** The stack driver invocations run on: its own under SVM, the hypervisor's when unprotected. */
  get driverStack(): { readonly lo: number; readonly hi: number; readonly esp: number } {
    return this.protection === 'svm'
      ? { lo: HV_MAP.stackLo, hi: HV_MAP.stackHi, esp: HV_MAP.stackHi - 64 }
      : { lo: HV_MAP.xenStackLo, hi: HV_MAP.xenStackHi, esp: HV_MAP.xenStackHi - HV_MAP.xenFrameBytes };
  }

  /** Mirrors dom0's mappings into the unprotected space (attach.ts). */
  mirrorDom0(): void { mirrorDom0(this); }

  /** Binds the hypervisor instance of `obj` next to the VM instance dom0 loaded; fills the pool (attach.ts). */
  attach(obj: ObjectFile, vm: LinkedInstance): void { attachDriver(this, obj, vm); }

  get attached(): boolean {
    return this.inst !== null || this.unprotected !== null;
  }

  /**
   * The hypervisor address of a driver entry point taken from dom0 memory (a VM-instance code
   * address, as the driver left it: netdev ops, the IRQ handler, anything read from dom0 memory),
   * or null after a safety event. THE test of every transfer into the driver (primitives.ts, the C
   * gate's hook): under SVM the target must be a verified entry (HvSvmRuntime.entryFor, tested now,
   * at the call); anything else is a 'bad-entry' safety event and the driver is aborted, the
   * hypervisor goes on. The unprotected baseline enters any module text.
   */
  entryAddress(a: number, what: string): number | null {
    const v = a >>> 0;
    if (this.inst) {
      const e = this.inst.hvRuntime.entryFor(v);
      if ('va' in e) return e.va;
      this.opts.safety.events.push({ kind: 'bad-entry', instance: 'hv', address: v, detail: `${what}: ${e.refused}` });
      this.markFailed(`${what} refused: bad-entry at 0x${v.toString(16)}`);
      return null;
    }
    const vm = this.vm!;
    if (v >= vm.textStart && v < vm.textStart + vm.textSize) return v + this.codeOffset;
    this.opts.safety.events.push({ kind: 'bad-target', instance: 'hv', address: v, detail: `${what}: entry 0x${v.toString(16)} taken from dom0 memory is not module code` });
    this.markFailed(`${what}: bad entry 0x${v.toString(16)}`);
    return null;
  }

  /**
   * THE transfer into the hypervisor instance (reached from the C gate, primitives.ts): runs
   * hypervisor-instance code at `va`; a non-return is an abort (safety event). `callerEsp` is the
   * hypervisor's stack pointer at the gate (the unprotected driver runs below it).
   */
  invoke(space: AddressSpace, va: number, regs: Record<number, number>, what: string, callerEsp: number): { ok: boolean; eax: number } {
    let esp = this.driverStack.esp;
    const cpu = this.machine.cpu, savedFs = cpu.fsb;
    // The original code's %fs (per-cpu data: __stack_chk_guard, current_task) is dom0's, as in dom0.
    if (this.unprotectedSpace) { space = this.unprotectedSpace; this.mirrorDom0(); esp = (callerEsp - 64) & ~3; cpu.fsb = this.dom0.fsBase; }
    const outer = this.invocationTop;
    this.invocationTop = esp >>> 0;
    const rt = this.inst?.hvRuntime;
    rt?.beginInvocation();
    let r;
    try {
      // Under SVM the instance always runs with the confined %gs/%fs (null without a region).
      const seg = this.inst ? { segments: this.segment.segments, onFault: this.segment.onFault } : {};
      r = this.machine.call(space, va, { regs, esp, ring: 0, context: CTX.driver, maxInsns: this.budget, ...seg });
    } finally {
      rt?.endInvocation();
      this.invocationTop = outer;
      cpu.fsb = savedFs;
    }
    if (r.run.reason === 'return') return { ok: true, eax: r.eax | 0 };
    // Events the SVM runtime, the C and upcalls log themselves arrive as HOOK faults carrying the
    // event; a host exception inside a hook serving the driver is a safety event too (issue 13).
    const f = r.run.fault;
    const logged = (f?.fault === 'HOOK' && isSafetyEvent(f.data)) || (this.inst !== null && this.segment.logged);
    if (!logged) {
      const address = f && 'addr' in f ? f.addr >>> 0 : (f?.eip ?? 0) >>> 0;
      const event: SafetyEvent = r.run.reason === 'budget'
        ? { kind: 'watchdog', instance: 'hv', address: this.machine.cpu.eip >>> 0, detail: `${what} ran past its budget of ${this.budget} instructions` }
        : f?.fault === 'HOOK' && f.data instanceof Error
          ? { kind: 'hv-input', instance: 'hv', address, detail: `${what}: host code serving the driver failed: ${f.reason}` }
          : { kind: 'cpu-fault', instance: 'hv', address, detail: `${what}: ${f ? formatFault(f) : r.run.reason + (r.run.detail ? `: ${r.run.detail}` : '')}` };
      this.opts.safety.events.push(event);
    }
    const last = this.opts.safety.events[this.opts.safety.events.length - 1];
    this.markFailed(`${what} aborted${last ? `: ${last.kind} at 0x${(last.address >>> 0).toString(16)}` : ''}`);
    return { ok: false, eax: 0 };
  }

  // ---- the scheduler's entry points ----------------------------------------------------------

  /** Softirq-like receive (platform-c/hv/net.c hv_softirq); returns handler invocations. */
  softirq(maxCalls = 64): number {
    return this.guard('softirq', 0, () => {
      if (!this.attached || this.failed) { this.returnHandedBack(); return 0; }
      this.syncDom0();
      const calls = this.callHv('hv_softirq', [maxCalls]);
      if (calls > 0) this.events.physIrqs += calls;
      this.returnHandedBack();
      return Math.max(0, calls);
    });
  }

  /** Guests the C has work for: queued frames or completions (it posts them in the guest's context). */
  resumeGuests(): void {
    const work = this.image.sym('hv_guest_work');
    this.guard('resume', undefined, () => {
      for (const g of this.guests) {
        if (this.region.view.read8(work + g.id)) this.callHv('hv_guest_resume', [g.id], g.space);
      }
    });
  }

  /** Delivers the virtual interrupts pending for guests (netfront's handler runs in each). */
  deliverGuestEvents(): void {
    for (const g of this.guests) {
      if (!this.pending.delete(g.id)) continue;
      this.events.eventUpcalls++;
      g.interrupt();
    }
  }

  /** A physical interrupt of the NIC taken by the hypervisor and passed to dom0 as an event. */
  physicalIrq(): void {
    this.events.physIrqs++;
    this.guard('interrupt', undefined, () => this.callHv('hv_do_irq', [this.dom0.irqNumber]));
  }

  /** dom0's netback pages: the only dom0 addresses grant maps may remap. */
  setNetbackArea(lo: number, pages: number): void {
    this.netbackArea = { lo, hi: lo + pages * 4096 };
    this.callHv('hv_set_areas', [HV_MAP.gntArea, HV_MAP.mapcache, lo]);
  }

  /** dom0's own skbs the hypervisor finished with are freed by dom0 (its allocator, its accounting). */
  returnHandedBack(): void {
    const l61 = this.dom0.abi.name === 'linux-6.1';
    while (this.handBackQueue.length) {
      const x = this.handBackQueue.shift()!;
      if (l61) handBackLinux61(this, x); else this.dom0.freeSkbHost(x, 'hypervisor hand-back');
    }
  }

  get safetyEvents(): readonly SafetyEvent[] {
    return this.opts.safety.events;
  }

  /** The C's counters. */
  get stats(): HvStats {
    const v = this.region.view, base = this.image.sym('hv_stats');
    const s = {} as HvStats;
    HV_STATS_FIELDS.forEach((f, i) => { s[f] = v.read32(base + 4 * i) >>> 0; });
    s.copyBytes = v.read32(this.image.sym('place_stats')) >>> 0;
    s.aborts = v.read32(this.image.sym('hv_aborts')) >>> 0;
    return s;
  }

  /** The dom0 addresses of the pooled skbs (the C's own record). */
  poolSkbs(): number[] {
    const out: number[] = [];
    for (let i = 0, skb = this.callHv('pool_skb_at', [0]); skb; skb = this.callHv('pool_skb_at', [++i])) out.push(skb >>> 0);
    return out;
  }

  /**
   * Pooled skbs free once those dom0 dropped are reclaimed (runs the C's pool_reclaim): what a
   * run leaves of the pool (fault campaigns compare it with a fault-free run's to find leaks).
   */
  poolAvailable(): number {
    if (this.dom0.abi.name === 'linux-6.1') return this.callHv('l61_pool_available', []) >>> 0;
    this.callHv('pool_reclaim', []);
    return this.region.view.read32(this.image.sym('pool_nfree')) >>> 0;
  }

  /** skb reference counts the pool considers its own (tests). */
  poolUsers(skb: number): number {
    return this.dom0.mem.read32(skb + (this.dom0.abi.name === 'linux-6.1' ? sk_buff.users : SKB.users)) | 0;
  }

  /**
   * Hypervisor frames no guest-visible code may change (fault-injection campaigns checksum them):
   * the region's own frames except the stacks and the C image's live data (liveFrames), plus the
   * unprotected instance's text.
   */
  protectedFrames(): number[] {
    const skip = new Set<number>(this.liveFrames());
    for (let va = HV_MAP.stackLo; va < HV_MAP.stackHi; va += 4096) { const t = this.region.view.translate(va); if (t) skip.add(t.pfn); }
    for (let va = HV_MAP.xenStackLo; va < HV_MAP.xenStackHi; va += 4096) { const t = this.region.view.translate(va); if (t) skip.add(t.pfn); }
    return [...this.region.frames, ...(this.unprotected?.frames ?? [])].filter((p) => !skip.has(p)).sort((a, b) => a - b);
  }

  /** Byte ranges of hypervisor memory that share frames with scratch space: the hypercall frames and cpu_info. */
  protectedRanges(): Array<{ readonly name: string; readonly va: number; readonly length: number }> {
    return [{ name: 'hypervisor stack frames and cpu_info', va: HV_MAP.xenStackHi - HV_MAP.xenFrameBytes, length: HV_MAP.xenFrameBytes }];
  }
}

export function isSafetyEvent(x: unknown): x is SafetyEvent {
  return typeof x === 'object' && x !== null && 'kind' in x && 'instance' in x && 'detail' in x;
}

/** The default loader gate: the independent verifier (src/verifier) on the relocatable object, and the sets it proved. */
export function verifierGate(obj: ObjectFile): GateVerdict {
  const r = verifyObject(obj);
  return { violations: r.violations.map(formatViolation), ...(r.sets ? { sets: r.sets } : {}) };
}
