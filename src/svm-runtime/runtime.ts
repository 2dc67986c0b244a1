// The SVM runtime of each driver instance (thesis §4.2.1, DESIGN.md §2-3): the per-instance
// symbols the loader binds (abi.ts SYM), the stlb in the instance's memory, and the runtime
// routines the rewritten code calls, as host hooks.
//
// Hypervisor instance: the stlb lives in hypervisor memory; the slow path checks that the dom0
// virtual address is mapped in dom0's address space to a frame dom0 owns, maps that page and the
// next into a fresh 2-page window of hypervisor virtual space backed by the same frames (with an
// unmapped guard page below every window), fills the entry (collisions are resolved from the chain
// of windows already made) and returns the translation. Anything else — a hypervisor address, an
// unmapped page, another domain's frame, a bad indirect target, a stack-check failure — is a
// safety event that aborts the driver invocation. A checked `ret` whose return address is module
// text but not a return site, or that leaves the text for anywhere but the address the invocation
// came from (the hypervisor enters the driver only through Machine.call, which pushes
// CALL_RETURN_VA), is a 'bad-return' safety event. The target and return-site bitmaps hold the
// verifier's sets (sets.ts) and nothing else; entryFor() is the hypervisor's test, before each
// call into the instance, that the target is one of the verified entries.
//
// The driver's own stack (abi.ts "Stack windows"): while an invocation runs (beginInvocation ..
// endInvocation), an address in the instance's stack gets an identity entry — the page is mapped
// at its own address — dropped when the invocation ends; the hypervisor's C runtime does the same
// (platform-c/include/twin/svm-stack.h).
// Virtual interrupt flag (abi.ts SYM.vif): a byte of the runtime's variables (1 = masked) that the
// rewritten cli/sti/popf write; whoever delivers the device interrupt to the instance honours it
// (vifMasked()).
//
// VM instance: the same symbols in dom0 memory with an identity stlb (its accesses are dom0's own);
// its returns out of the module text go back to dom0's kernel code, which is legitimate; its
// virtual interrupt flag is dom0's own (evtchn_upcall_mask) when the loader is told where it is.

import { SEG_NEG } from './segment.js';
import { CALL_RETURN_VA, type Machine } from '../emulator/machine.js';
import type { AddressSpace } from '../emulator/mmu.js';
import type { HookContext, HookResult } from '../emulator/hooks.js';
import { ESP } from '../isa/registers.js';
import type { LinkedInstance } from '../loader/link.js';
import { sectionWords } from '../loader/link.js';
import { PAGE_SIZE, SITES_SECTION, STLB_ENTRIES, STLB_ENTRY_BYTES, SYM, TABLE_ENTRIES } from './abi.js';
import type { Fault } from '../emulator/types.js';
import { DeltaTable, type TablePlacement } from './table.js';
import { bitmapBytes, textBitmap, type ModuleSets } from './sets.js';
import type { HypervisorRegion } from './region.js';

export type SafetyKind =
  | 'svm-access'        // translated access to a non-dom0 address (hypervisor, other domain, unmapped)
  | 'indirect-target'   // indirect call/jump to an address that is neither module code nor a kernel routine
  | 'bad-target'        // indirect transfer into module text at a non-target offset
  | 'bad-return'        // `ret` to module text that is not a return site, or out of the instance elsewhere than to its caller
  | 'stack-bounds'      // stack-indexed access outside the driver stack
  | 'upcall-pointer'    // pointer into the hypervisor stack passed to a dom0 routine
  | 'port-io'           // port outside the device's range
  | 'bad-entry'         // the hypervisor was to enter the instance elsewhere than at a verified entry (a pointer from dom0 memory)
  | 'cpu-fault'         // the hypervisor instance faulted (page fault in a guard page, #UD, #DE ...)
  | 'watchdog'          // the invocation ran past its instruction budget
  | 'hv-input';         // a value the hypervisor read from dom0 memory failed validation, or host code serving the driver failed

export interface SafetyEvent {
  readonly kind: SafetyKind;
  readonly instance: 'hv' | 'vm';
  /** The offending address (data address, target, port ...). */
  readonly address: number;
  /** VM-instance address of the inserted check (site), when known. */
  readonly site?: number;
  /** Source line of the original instruction, when known. */
  readonly line?: number;
  readonly detail: string;
}

export class SafetyLog {
  readonly events: SafetyEvent[] = [];
  record(e: SafetyEvent): HookResult {
    this.events.push(e);
    return { kind: 'fault', reason: `${e.kind}: ${e.detail}`, data: e };
  }
}

/** Site address (VM instance) -> source line, from the rewriter's `.svm_sites` table. */
export function siteLines(vm: LinkedInstance): Map<number, number> {
  const w = sectionWords(vm, SITES_SECTION);
  const m = new Map<number, number>();
  for (let i = 0; i + 1 < w.length; i += 2) m.set(w[i]!, w[i + 1]!);
  return m;
}

/** Where an instance's runtime data and routines live. */
export interface RuntimePlacement {
  /** Data area: stlb (32 KiB), then a page of variables, then the targets and return-site bitmaps. */
  readonly dataBase: number;
  /** Hook addresses for the runtime routines, 16 bytes apart. */
  readonly hookBase: number;
}

const VARS = STLB_ENTRIES * STLB_ENTRY_BYTES; // offset of the variables page
const BITMAP = VARS + PAGE_SIZE;
const ROUTINES = [SYM.slow, SYM.callXlate, SYM.badTarget, SYM.stackFault, SYM.retOut, SYM.badReturn] as const;
/** Bytes of an instance's runtime data for a text of `textSize` bytes (stlb, variables, two bitmaps). */
export function runtimeDataBytes(textSize: number): number {
  return BITMAP + 2 * bitmapBytes(textSize);
}

/** Bytes of the runtime's hook area at `hookBase`: one 16-byte slot per routine and I/O helper. */
export const RUNTIME_HOOK_BYTES = (): number => 16 * (ROUTINES.length + IO_HELPERS.length);
const IO_HELPERS = ['inb', 'inw', 'inl', 'outb', 'outw', 'outl', 'insb', 'insw', 'insl', 'outsb', 'outsw', 'outsl',
  'rep_insb', 'rep_insw', 'rep_insl', 'rep_outsb', 'rep_outsw', 'rep_outsl'].map((h) => `__svm_io_${h}`);

/** Data every instance's runtime needs from the platform. */
export interface InstanceBinding {
  /** VM-instance text start and size (function pointers in shared data point there). */
  readonly vmTextStart: number;
  readonly textSize: number;
  /** This instance's text start. */
  readonly instTextStart: number;
  readonly fsBase: number;
  readonly gsBase: number;
}

abstract class RuntimeBase {
  readonly stats = { slowCalls: 0, fills: 0, collisions: 0, windows: 0, flushes: 0, callXlate: 0, charged: 0 };

  /** Charges modeled instructions for runtime work (kept apart for the cost model). */
  protected charge(ctx: HookContext, n: number): void {
    ctx.charge(n);
    this.stats.charged += n;
  }
  protected binding: InstanceBinding | null = null;
  protected lines = new Map<number, number>();

  constructor(readonly machine: Machine, readonly place: RuntimePlacement, readonly safety: SafetyLog, readonly instance: 'hv' | 'vm') {}

  /** The `__svm_*` symbols for the loader. Text symbols come from `bind`. */
  resolve(name: string, b: InstanceBinding): number | undefined {
    switch (name) {
      case SYM.stlb: return this.place.dataBase;
      case SYM.fsBase: return this.place.dataBase + VARS;
      case SYM.gsBase: return this.place.dataBase + VARS + 4;
      case SYM.stackLo: return this.place.dataBase + VARS + 8;
      case SYM.stackHi: return this.place.dataBase + VARS + 12;
      case SYM.vif: return this.vifAddress();
      case SYM.targets: return this.place.dataBase + BITMAP;
      case SYM.returns: return this.place.dataBase + BITMAP + bitmapBytes(b.textSize);
      case SYM.vmText: return b.vmTextStart;
      case SYM.textSize: return b.textSize;
      case SYM.instText: return b.instTextStart;
      case SYM.delta: this.tableUsed = true; return this.tableAddress();
      case SEG_NEG: return 0; // --svm segment: the VM instance's %gs is flat (segment.ts)
    }
    const k = (ROUTINES as readonly string[]).indexOf(name);
    if (k >= 0) return this.place.hookBase + 16 * k;
    const io = IO_HELPERS.indexOf(name);
    if (io >= 0) return this.place.hookBase + 16 * (ROUTINES.length + io);
    return undefined;
  }

  /** Bytes of data the instance's runtime needs at dataBase (stlb, variables, two bitmaps). */
  dataSize(textSize: number): number {
    return runtimeDataBytes(textSize);
  }

  protected abstract view(): AddressSpace;

  /** The linked code reads __svm_delta (tag-free translation): bind() sets the table up. */
  protected tableUsed = false;
  /** Where this instance's __svm_delta is (undefined: this runtime has none, the link fails). */
  protected abstract tableAddress(): number | undefined;

  /** Where the instance's virtual interrupt flag byte is (default: a byte of the runtime's variables; campaigns let the driver write it). */
  vifAddress(): number {
    return this.place.dataBase + VARS + 16;
  }

  /** The instance's virtual interrupt flag is masked (its cli, or a popf of a word with IF clear). */
  vifMasked(): boolean {
    return this.binding !== null && this.view().read8(this.vifAddress()) !== 0;
  }

  /**
   * Writes the variables, the empty stlb, and the target and return-site bitmaps of `sets` (the
   * verifier's, sets.ts) once the VM instance is linked.
   */
  protected writeData(b: InstanceBinding, vm: LinkedInstance, sets: ModuleSets, stackLo: number, stackHi: number): void {
    if (sets.textSize !== b.textSize) throw new RangeError(`the sets are about a ${sets.textSize}-byte text, the instance has ${b.textSize} bytes`);
    this.binding = b;
    this.lines = siteLines(vm);
    const v = this.view();
    const base = this.place.dataBase;
    v.write32(base + VARS, b.fsBase);
    v.write32(base + VARS + 4, b.gsBase);
    v.write32(base + VARS + 8, stackLo);
    v.write32(base + VARS + 12, stackHi);
    v.writeBytes(base + BITMAP, textBitmap(sets.targets, b.textSize));
    v.writeBytes(base + BITMAP + bitmapBytes(b.textSize), textBitmap(sets.returns, b.textSize));
    this.flushStlb();
  }

  /** Every entry empty: entry i holds a tag whose index bits differ from i (never matches). */
  flushStlb(): void {
    const buf = new Uint8Array(STLB_ENTRIES * STLB_ENTRY_BYTES);
    const dv = new DataView(buf.buffer);
    for (let i = 0; i < STLB_ENTRIES; i++) dv.setUint32(i * 8, ((i ^ 0x800) << 12) >>> 0, true);
    this.view().writeBytes(this.place.dataBase, buf);
  }

  protected fill(va: number, mapped: number): void {
    const v = this.view();
    const idx = (va >>> 12) & (STLB_ENTRIES - 1);
    v.write32(this.place.dataBase + idx * 8, (va & ~0xfff) >>> 0);
    v.write32(this.place.dataBase + idx * 8 + 4, mapped >>> 0);
    this.stats.fills++;
  }

  protected event(kind: SafetyKind, address: number, site: number | undefined, detail: string): HookResult {
    const line = site !== undefined ? this.lines.get(site >>> 0) : undefined;
    return this.safety.record({ kind, instance: this.instance, address: address >>> 0, ...(site !== undefined ? { site: site >>> 0 } : {}), ...(line !== undefined ? { line } : {}), detail });
  }

  /** The routine hooks, in `hookBase` order. */
  protected routineHandlers(): Array<[string, (ctx: HookContext) => HookResult]> {
    return [
      [SYM.slow, (ctx) => this.slowPath(ctx)],
      [SYM.callXlate, (ctx) => this.callXlate(ctx)],
      [SYM.badTarget, (ctx) => this.event('bad-target', ctx.stackArg(0), ctx.stackArg(1), `indirect transfer into the module text at offset 0x${((ctx.stackArg(0) - (this.binding?.vmTextStart ?? 0)) >>> 0).toString(16)}, not a function or jump-table target`)],
      [SYM.stackFault, (ctx) => this.event('stack-bounds', ctx.stackArg(0), ctx.stackArg(1), `stack-indexed access at 0x${(ctx.stackArg(0) >>> 0).toString(16)} outside the driver stack`)],
      [SYM.retOut, (ctx) => this.retOut(ctx)],
      [SYM.badReturn, (ctx) => this.event('bad-return', ctx.stackArg(0), ctx.stackArg(1), `return into the module text at offset 0x${((ctx.stackArg(0) - (this.binding?.instTextStart ?? 0)) >>> 0).toString(16)}, not a return site`)],
    ];
  }

  protected abstract slowPath(ctx: HookContext): HookResult;
  protected abstract callXlate(ctx: HookContext): HookResult;
  /** May a checked `ret` leave the instance's text for `address`? */
  protected abstract mayReturnTo(address: number): boolean;

  /**
   * __svm_ret_out: the stack holds [stub return address][site][return address of the checked ret].
   * Allowed: the ret is completed (both words dropped, then the return address popped and jumped
   * to). Not allowed: a 'bad-return' safety event.
   */
  private retOut(ctx: HookContext): HookResult {
    const site = ctx.stackArg(0);
    const to = ctx.stackArg(1) >>> 0;
    if (!this.mayReturnTo(to)) {
      return this.event('bad-return', to, site, `return out of the ${this.instance === 'hv' ? 'hypervisor' : 'VM'} instance's text to 0x${to.toString(16)}, not where the invocation came from`);
    }
    ctx.setReg(ESP, (ctx.esp + 12) | 0);
    ctx.cpu.eip = to | 0;
    this.charge(ctx, 3);
    return { kind: 'continue' };
  }
}

export interface HvRuntimeOptions {
  readonly region: HypervisorRegion;
  readonly placement: RuntimePlacement;
  /** Window area for dom0 page mappings: [windowBase, windowLimit), in the region. */
  readonly windowBase: number;
  readonly windowLimit: number;
  /** dom0's address space (whose mappings decide what the driver may touch). */
  readonly dom0: AddressSpace;
  /** True when the physical frame belongs to dom0 (RAM it owns, or MMIO of its devices). */
  readonly dom0OwnsFrame: (pfn: number) => boolean;
  /** dom0 kernel routine address -> hypervisor address to call instead (hot routine or upcall stub). */
  readonly kernelRoutine: (dom0Address: number) => number | undefined;
  /**
   * I/O ports the driver may use through the helpers: the device's I/O BARs as they are when the
   * access happens (none by default: every port access aborts the invocation).
   */
  readonly ports?: () => ReadonlyArray<{ readonly base: number; readonly count: number }>;
  readonly safety: SafetyLog;
  /** The tag-free translation's table, guard and windows (abi.ts); without it table code does not link. */
  readonly table?: TablePlacement;
}

const WINDOW = 3 * PAGE_SIZE; // guard page + two mapped pages

/** Runtime of the hypervisor instance. */
export class HvSvmRuntime extends RuntimeBase {
  private readonly chain = new Map<number, number>(); // dom0 page -> mapped window page
  private nextWindow: number;
  /** Driver invocations in progress (beginInvocation / endInvocation). */
  private invocations = 0;
  /** The driver stack, and the stlb indexes of the identity entries made for it in this invocation. */
  private stack: { lo: number; hi: number } = { lo: 0, hi: 0 };
  private readonly stackEntries = new Set<number>();

  constructor(machine: Machine, readonly opts: HvRuntimeOptions) {
    super(machine, opts.placement, opts.safety, 'hv');
    this.nextWindow = opts.windowBase;
    if (opts.table) {
      const t = (this.table = new DeltaTable({
        region: opts.region, dom0: opts.dom0, dom0OwnsFrame: opts.dom0OwnsFrame,
        stack: () => (this.invocations > 0 ? this.stack : null),
        text: () => (this.binding ? { start: this.binding.instTextStart, size: this.binding.textSize } : null),
      }, opts.table));
      machine.cpu.faultHandlers.push((f) => this.tableMiss(t, f));
    }
    const handlers = this.routineHandlers();
    handlers.forEach(([name, h], k) => opts.region.hook(this.place.hookBase + 16 * k, h, { name: `hv:${name}` }));
    IO_HELPERS.forEach((name, k) => opts.region.hook(this.place.hookBase + 16 * (handlers.length + k), (ctx) => this.portIo(ctx, name), { name: `hv:${name}` }));
  }

  protected view(): AddressSpace { return this.opts.region.view; }

  /** The tag-free translation's table (when the platform placed one). */
  readonly table: DeltaTable | null = null;
  protected tableAddress(): number | undefined { return this.opts.table?.base; }

  /** A page fault of the hypervisor instance: the table's miss, restarted, or a safety event. */
  private tableMiss(t: DeltaTable, f: Fault): 'retry' | Fault | null {
    const r = t.miss(this.machine.cpu, f);
    if (r === null || 'retry' in r) return r && 'retry';
    // SafetyLog.record's action: a fault carrying the event (the hypervisor's abort path).
    const res = this.event('svm-access', r.address, this.siteBefore(r.site), `table access: ${r.event}`) as { reason: string; data: unknown };
    return { fault: 'HOOK', reason: res.reason, data: res.data, eip: f.eip };
  }

  /** The site label at or before a hypervisor-instance address, as a VM-instance address (its line). */
  private siteBefore(hvAddress: number): number | undefined {
    const b = this.binding;
    if (!b) return undefined;
    const vm = (hvAddress - b.instTextStart + b.vmTextStart) >>> 0;
    let best: number | undefined;
    for (const s of this.lines.keys()) if (s <= vm && (best === undefined || s > best)) best = s;
    return best ?? vm;
  }

  /** Allocates the runtime's memory and writes its tables; call once the VM instance is linked. */
  bind(b: InstanceBinding, vm: LinkedInstance, sets: ModuleSets, stack: { lo: number; hi: number }): void {
    this.opts.region.allocate(this.place.dataBase, this.dataSize(b.textSize));
    this.writeData(b, vm, sets, stack.lo, stack.hi);
    if (this.table && this.tableUsed) this.table.bind(sets.tableSites ?? []);
    this.entries = new Set(sets.entries);
    this.stack = { lo: stack.lo >>> 0, hi: stack.hi >>> 0 };
  }

  /** Verified entries (text offsets): the only places the hypervisor may enter the instance. */
  private entries: ReadonlySet<number> = new Set();

  /**
   * The hypervisor's check before every transfer into the instance: `vmAddress` (a function
   * pointer as dom0 holds it, VM-instance text) -> the hypervisor address to call, when it is a
   * verified entry; otherwise why not (the caller records a 'bad-entry' safety event).
   */
  entryFor(vmAddress: number): { readonly va: number } | { readonly refused: string } {
    const b = this.binding;
    const a = vmAddress >>> 0;
    if (!b) return { refused: 'no module is bound' };
    const off = (a - b.vmTextStart) >>> 0;
    if (off >= b.textSize) return { refused: `0x${a.toString(16)} is not module text` };
    if (!this.entries.has(off)) return { refused: `0x${a.toString(16)} (text offset 0x${off.toString(16)}) is not a verified entry of the module` };
    return { va: (b.instTextStart + off) >>> 0 };
  }

  /**
   * The hypervisor enters the driver. Windows are reclaimed here, between invocations, and never
   * while driver code runs: the rewritten code keeps translations in registers (reuse within and
   * across blocks, abi.ts), and a flush under it would leave them naming windows that are unmapped
   * or remapped to other dom0 pages. Reclaiming once the area is half used leaves every invocation
   * at least half of it; one that needs more is aborted (translate).
   */
  beginInvocation(): void {
    if (this.invocations === 0 && this.table?.active) this.table.reclaim();
    if (this.invocations++ === 0 && this.nextWindow - this.opts.windowBase > (this.opts.windowLimit - this.opts.windowBase) / 2) this.flush();
  }

  /** The table's share of beginInvocation/endInvocation (a runtime whose stlb side is elsewhere: svm-c.ts). */
  protected tableEnter(): void {
    if (this.invocations++ === 0 && this.table?.active) this.table.reclaim();
  }
  protected tableLeave(): void {
    if (this.invocations > 0) this.invocations--;
  }

  /** The invocation ended: its stack's identity entries are dropped (a later one starts without them). */
  endInvocation(): void {
    if (this.invocations > 0) this.invocations--;
    if (this.invocations === 0) this.dropStackEntries();
  }

  private dropStackEntries(): void {
    const v = this.view();
    for (const i of this.stackEntries) {
      const tag = v.read32(this.place.dataBase + i * STLB_ENTRY_BYTES) >>> 0;
      if (((tag - this.stack.lo) >>> 0) < this.stack.hi - this.stack.lo) {
        v.write32(this.place.dataBase + i * STLB_ENTRY_BYTES, ((i ^ 0x800) << 12) >>> 0);
        v.write32(this.place.dataBase + i * STLB_ENTRY_BYTES + 4, 0);
      }
    }
    this.stackEntries.clear();
  }

  /** The running invocation's stack covers va (its identity entry may be made). */
  private inStack(va: number): boolean {
    return this.invocations > 0 && ((va - this.stack.lo) >>> 0) < this.stack.hi - this.stack.lo;
  }

  /** Drops every cached translation and window (stlb flush). */
  flush(): void {
    for (const w of this.chain.values()) {
      this.opts.region.unmapPage(w);
      this.opts.region.unmapPage(w + PAGE_SIZE);
    }
    this.chain.clear();
    this.nextWindow = this.opts.windowBase;
    this.flushStlb();
    this.stats.flushes++;
  }

  /**
   * Checks the stlb against the runtime's own record: every entry whose tag selects its own index
   * (a live entry) must map that dom0 page to the window the slow path gave it. Anything else was
   * written by something other than the slow path. Returns the offending entries.
   */
  auditStlb(): string[] {
    const v = this.view();
    const bad: string[] = [];
    for (let i = 0; i < STLB_ENTRIES; i++) {
      const tag = v.read32(this.place.dataBase + i * STLB_ENTRY_BYTES) >>> 0;
      if (((tag >>> 12) & (STLB_ENTRIES - 1)) !== i) continue;
      const mapped = v.read32(this.place.dataBase + i * STLB_ENTRY_BYTES + 4) >>> 0;
      const stackIdentity = this.inStack(tag) && mapped === tag;
      if ((tag & 0xfff) !== 0 || (this.chain.get(tag) !== mapped && !stackIdentity)) bad.push(`entry ${i}: 0x${tag.toString(16)} -> 0x${mapped.toString(16)}`);
    }
    return bad;
  }

  /** dom0 va -> translated hypervisor address, or a safety event. Exposed for the hot routines. */
  translate(va: number): number | { event: string } {
    const v = va >>> 0;
    const page = (v & ~0xfff) >>> 0;
    if (this.inStack(v)) {
      // The page is mapped at its own address; its window's next page is the next stack page
      // or the unmapped guard above the stack.
      this.fill(page, page);
      this.stackEntries.add((v >>> 12) & (STLB_ENTRIES - 1));
      return v;
    }
    const known = this.chain.get(page);
    if (known !== undefined) {
      this.stats.collisions++;
      this.fill(page, known);
      return known + (v & 0xfff);
    }
    if (this.opts.region.contains(v)) return { event: `0x${v.toString(16)} is hypervisor memory` };
    const t = this.opts.dom0.translate(v);
    if (!t) return { event: `0x${v.toString(16)} is not mapped in dom0` };
    if (!this.opts.dom0OwnsFrame(t.pfn)) return { event: `0x${v.toString(16)} maps frame 0x${t.pfn.toString(16)}, which dom0 does not own` };
    if (this.nextWindow + WINDOW > this.opts.windowLimit) {
      // Inside an invocation the driver may hold translations (beginInvocation): abort it rather
      // than move windows under it. Outside one (hypercall paths), nothing holds them.
      if (this.invocations > 0) {
        const n = (this.opts.windowLimit - this.opts.windowBase) / WINDOW | 0;
        return { event: `0x${v.toString(16)}: the window area (${n} windows) is exhausted within one driver invocation` };
      }
      this.flush();
    }
    const w = this.nextWindow + PAGE_SIZE;
    this.nextWindow += WINDOW;
    this.opts.region.mapPage(w, t.pfn, (t.flags & 2) !== 0);
    // The next page too (accesses may straddle), when it is dom0's; else it stays unmapped.
    const n = this.opts.dom0.translate((page + PAGE_SIZE) >>> 0);
    if (n && !this.opts.region.contains(page + PAGE_SIZE) && this.opts.dom0OwnsFrame(n.pfn)) {
      this.opts.region.mapPage(w + PAGE_SIZE, n.pfn, (n.flags & 2) !== 0);
    }
    this.chain.set(page, w);
    this.stats.windows++;
    this.fill(page, w);
    return w + (v & 0xfff);
  }

  protected slowPath(ctx: HookContext): HookResult {
    this.stats.slowCalls++;
    const va = ctx.stackArg(0), site = ctx.stackArg(1);
    const t = this.translate(va);
    if (typeof t !== 'number') return this.event('svm-access', va, site, t.event);
    ctx.space.write32((ctx.esp + 4) | 0, t);
    this.charge(ctx, 40);
  }

  /** The hypervisor enters the driver only through Machine.call: back to CALL_RETURN_VA only. */
  protected mayReturnTo(address: number): boolean {
    return address === CALL_RETURN_VA >>> 0;
  }

  protected callXlate(ctx: HookContext): HookResult {
    this.stats.callXlate++;
    const target = ctx.stackArg(0) >>> 0, site = ctx.stackArg(1);
    const r = this.opts.kernelRoutine(target);
    if (r === undefined) return this.event('indirect-target', target, site, `indirect transfer to 0x${target.toString(16)}: not module code and not a kernel routine`);
    ctx.space.write32((ctx.esp + 4) | 0, r);
    this.charge(ctx, 10);
  }

  private portIo(ctx: HookContext, name: string): HookResult {
    const port = ctx.reg(2) & 0xffff;
    const bytes = name.endsWith('l') ? 4 : name.endsWith('w') ? 2 : 1;
    const bars = this.opts.ports?.() ?? [];
    if (!bars.some((b) => port >= b.base && port + bytes <= b.base + b.count)) {
      return this.event('port-io', port, ctx.returnAddress, `${name.slice(9)} on port 0x${port.toString(16)} outside the device's I/O BARs${bars.length ? ` (${bars.map((b) => `0x${b.base.toString(16)}+${b.count}`).join(', ')})` : ' (it has none)'}`);
    }
    return portHelper(ctx, name, port, (va) => {
      const t = this.translate(va);
      return typeof t === 'number' ? t : null;
    });
  }
}

/** The VM instance's __svm_delta: this far above its runtime data (below its hooks). */
const VM_TABLE_OFFSET = 0x100000;

export interface VmRuntimeOptions {
  /** dom0's address space, where the VM instance and its runtime live. */
  readonly space: AddressSpace;
  /** dom0's own virtual interrupt flag byte (evtchn_upcall_mask): the VM instance's cli/sti/popf act on it. */
  readonly vif?: number;
  readonly placement: RuntimePlacement;
  readonly safety: SafetyLog;
  readonly ports?: { readonly base: number; readonly count: number };
}

/** Runtime of the VM instance: identity stlb, kernel routines called directly. */
export class VmSvmRuntime extends RuntimeBase {
  constructor(machine: Machine, readonly opts: VmRuntimeOptions) {
    super(machine, opts.placement, opts.safety, 'vm');
    const handlers = this.routineHandlers();
    handlers.forEach(([name, h], k) => machine.hook(opts.space, this.place.hookBase + 16 * k, h, { name: `vm:${name}` }));
    IO_HELPERS.forEach((name, k) => machine.hook(opts.space, this.place.hookBase + 16 * (handlers.length + k), (ctx) => portHelper(ctx, name, ctx.reg(2) & 0xffff, (va) => va), { name: `vm:${name}` }));
  }

  protected view(): AddressSpace { return this.opts.space; }

  /** The VM instance's table: every delta 0 (dom0's own addresses), one zero page mapped 1024 times. */
  protected tableAddress(): number { return this.place.dataBase + VM_TABLE_OFFSET; }

  override vifAddress(): number {
    return this.opts.vif ?? super.vifAddress();
  }

  /** Maps and writes the runtime's data in dom0 memory; the stack check is open (dom0's own). */
  bind(b: InstanceBinding, vm: LinkedInstance, sets: ModuleSets): void {
    this.opts.space.mapNew(this.place.dataBase, this.dataSize(b.textSize));
    this.writeData(b, vm, sets, 0, 0xffffffff);
    if (this.tableUsed) {
      if (this.dataSize(b.textSize) > VM_TABLE_OFFSET) throw new RangeError('the runtime data overlaps the VM instance\'s table');
      const zero = this.machine.mem.allocFrames(1);
      for (let k = 0; k < (TABLE_ENTRIES * 4) / PAGE_SIZE; k++) this.opts.space.map(this.tableAddress() + k * PAGE_SIZE, zero, 1);
    }
  }

  protected slowPath(ctx: HookContext): HookResult {
    this.stats.slowCalls++;
    const va = ctx.stackArg(0) >>> 0;
    this.fill(va, (va & ~0xfff) >>> 0);
    // Identity: the slot already holds va.
    this.charge(ctx, 20);
  }

  /** dom0 calls the VM instance from its own code: returning there is dom0's business. */
  protected mayReturnTo(): boolean {
    return true;
  }

  protected callXlate(ctx: HookContext): HookResult {
    // Kernel routines are called where they are; the slot already holds the target.
    this.stats.callXlate++;
    this.charge(ctx, 5);
  }
}

/**
 * Port I/O helpers: the instruction's semantics on the bus (registers as the instruction uses
 * them, flags preserved); string forms move data through `translate` one element at a time.
 */
function portHelper(ctx: HookContext, name: string, port: number, translate: (va: number) => number | null): HookResult {
  const cpu = ctx.cpu;
  const bus = ctx.space.bus;
  const op = name.slice(9);
  const size = (op.endsWith('b') ? 1 : op.endsWith('w') ? 2 : 4) as 1 | 2 | 4;
  const mask = size === 4 ? 0xffffffff : (1 << (size * 8)) - 1;
  ctx.charge(4);
  if (op.startsWith('in') && !op.startsWith('ins')) {
    const v = bus.portIn(port, size) & mask;
    cpu.r[0] = size === 4 ? v | 0 : (cpu.r[0]! & ~mask) | v;
    return;
  }
  if (op.startsWith('out') && !op.startsWith('outs')) {
    bus.portOut(port, size, cpu.r[0]! & mask);
    return;
  }
  const rep = op.startsWith('rep_');
  const isIn = op.includes('ins');
  const ptrReg = isIn ? 7 : 6;
  let count = rep ? cpu.r[1]! >>> 0 : 1;
  while (count > 0) {
    const va = cpu.r[ptrReg]! >>> 0;
    const t = translate(va);
    if (t === null) return { kind: 'fault', reason: `port I/O string access to 0x${va.toString(16)} outside dom0` };
    if (isIn) {
      const v = bus.portIn(port, size);
      if (size === 1) ctx.space.write8(t, v); else if (size === 2) ctx.space.write16(t, v); else ctx.space.write32(t, v);
    } else {
      const v = size === 1 ? ctx.space.read8(t) : size === 2 ? ctx.space.read16(t) : ctx.space.read32(t);
      bus.portOut(port, size, v);
    }
    cpu.r[ptrReg] = (cpu.r[ptrReg]! + size) | 0;
    count--;
    if (rep) cpu.r[1] = (cpu.r[1]! - 1) | 0;
  }
}
