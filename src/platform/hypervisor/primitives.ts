// The host primitives of the hypervisor's C (platform-c/include/twin/abi.h): privileged "hardware"
// operations of the emulated machine (page-table entries, the interrupt line, event delivery, TLB
// flushes), the safety-event reports, THE gate into the driver's hypervisor instance, and the
// streaming-DMA bookkeeping shared with dom0 (instrumentation). Each is a host hook at
// HV_MAP.hwHooks + 16 * its index in PRIMITIVES; arguments follow the kernel's regparm convention.
//
// A host exception inside a primitive (e.g. dom0's DMA bookkeeping refusing a bus address) is a
// safety event that aborts what the hypervisor was doing for the driver, never an emulator failure.

import type { HookContext, HookResult } from '../../emulator/hooks.js';
import type { AddressSpace } from '../../emulator/mmu.js';
import type { SafetyEvent, SafetyKind } from '../../svm-runtime/runtime.js';
import { readCString, SpaceMem } from '../mem.js';
import { HV_MAP } from './layout.js';
import type { Hypervisor } from './hypervisor.js';

export const PRIMITIVES = [
  '__hw_pte', '__hw_set_pte', '__hw_tlb_flush', '__hw_irq_line', '__hw_notify', '__hw_abort', '__hw_report',
  '__hw_enter_driver', '__hw_hand_back', '__dbg_dma_map', '__dbg_dma_unmap',
] as const;
export type Primitive = (typeof PRIMITIVES)[number];

/** Domain ids of the C (abi.h): 0 dom0, 1.. guests, DOMID_XEN the hypervisor. */
const DOMID_XEN = 0x7ff0;
/** Safety codes of the C (abi.h SAFETY_*). */
const KINDS: Readonly<Record<number, SafetyKind>> = { 1: 'svm-access', 2: 'hv-input', 3: 'indirect-target', 4: 'bad-return', 5: 'svm-access' };
/** Driver entries of the gate (abi.h ENTRY_*). */
const ENTRIES: Readonly<Record<number, string>> = { 1: 'xmit', 2: 'interrupt handler', 3: 'NAPI poll' };
/** Region areas the C may map pages into: SVM windows, guests' grant tables, the copy mapping. */
const XEN_MAPPABLE: readonly (readonly [number, number])[] = [
  [HV_MAP.windows, HV_MAP.windowsEnd], [HV_MAP.gntArea, HV_MAP.gntArea + 65 * 4096], [HV_MAP.mapcache, HV_MAP.mapcache + 4096],
];

export class HvPrimitives {
  private readonly strings: SpaceMem;

  constructor(private readonly hv: Hypervisor) {
    this.strings = new SpaceMem(hv.region.view);
  }

  /** The hook of one primitive (a bound method: every machine runs the same optimised code). */
  handler(name: Primitive): (ctx: HookContext) => HookResult {
    return this.run.bind(this, name);
  }

  private run(name: Primitive, ctx: HookContext): HookResult {
    try {
      return this.dispatch(name, ctx);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return this.abort({ kind: 'hv-input', instance: 'hv', address: ctx.arg(0) >>> 0, detail: `${name}: host code serving the driver failed: ${msg}` });
    }
  }

  private dispatch(name: Primitive, ctx: HookContext): HookResult {
    const hv = this.hv;
    const a = (i: number): number => ctx.arg(i) >>> 0;
    switch (name) {
      case '__hw_pte': {
        const sp = this.spaceOf(a(0));
        return sp ? sp.pte(a(1)) | 0 : 0;
      }
      case '__hw_set_pte': return this.setPte(a(0), a(1), a(2));
      case '__hw_tlb_flush': hv.events.tlbFlushes++; return;
      case '__hw_irq_line': return a(0) === hv.dom0.irqNumber && hv.dom0.nic.irq.level ? 1 : 0;
      case '__hw_notify': hv.pending.add(a(0)); return;
      case '__hw_abort': return this.abort(this.event(a(0), a(1), a(2), a(3)));
      case '__hw_report': {
        const e = this.event(a(0), a(1), 0, a(2));
        hv.opts.safety.events.push(e);
        hv.markFailed(`${e.kind}: ${e.detail}`);
        return;
      }
      case '__hw_enter_driver': return this.enterDriver(ctx);
      case '__hw_hand_back': hv.handBackQueue.push(a(0)); return;
      case '__dbg_dma_map': hv.dom0.dmaMapped(a(0), a(1), a(2), a(3) ? 'page' : 'single', 'hypervisor'); return 0;
      case '__dbg_dma_unmap': hv.dom0.dmaUnmapped(a(0), a(1), a(2), a(3) ? 'page' : 'single', 'hypervisor'); return;
    }
  }

  private spaceOf(domid: number): AddressSpace | null {
    if (domid === 0) return this.hv.dom0.space;
    if (domid === DOMID_XEN) return this.hv.region.view;
    return this.hv.guests.find((g) => g.id === domid)?.space ?? null;
  }

  /** Page-table changes the C may make: its window/grant/copy areas, dom0's netback pages. 0 or -1. */
  private setPte(domid: number, va: number, pte: number): number {
    const hv = this.hv;
    if (va & 0xfff) return -1;
    if (domid === DOMID_XEN) {
      if (!XEN_MAPPABLE.some(([lo, hi]) => va >= lo && va < hi)) return -1;
      // A PTE write: it replaces what the slot held (only in the mappable areas above, never the
      // hypervisor's own memory; region.mapPage itself refuses to map over a mapped page).
      hv.region.unmapPage(va);
      if (pte & 1) hv.region.mapPage(va, pte >>> 12, (pte & 2) !== 0);
      return 0;
    }
    const nb = hv.netbackArea;
    if (domid === 0 && nb && va >= nb.lo && va < nb.hi) {
      if (pte & 1) hv.dom0.space.map(va, pte >>> 12, pte & 6); else hv.dom0.space.unmap(va);
      return 0;
    }
    return -1;
  }

  private event(code: number, address: number, site: number, why: number): SafetyEvent {
    const text = why ? readCString(this.strings, why, 256) : '';
    const line = site ? this.hv.lines.get(site) : undefined;
    return {
      kind: KINDS[code] ?? 'hv-input', instance: 'hv', address, ...(site ? { site } : {}), ...(line !== undefined ? { line } : {}),
      detail: `0x${address.toString(16)}: ${text}`,
    };
  }

  private abort(e: SafetyEvent): HookResult {
    return this.hv.opts.safety.record(e);
  }

  /**
   * __hw_enter_driver(kind, fn, a0, a1, a2): the C's only way into the driver instance. The target
   * is a VM-instance code address taken from dom0 memory; the hypervisor maps it to its copy and
   * runs it through Hypervisor.invoke. %eax = the driver's result, %edx = 0 (returned) or 1.
   */
  private enterDriver(ctx: HookContext): HookResult {
    const hv = this.hv;
    const kind = ctx.arg(0) >>> 0, fn = ctx.arg(1) >>> 0;
    const regs = { 0: ctx.arg(2), 2: ctx.arg(3), 1: ctx.arg(4) };
    const what = ENTRIES[kind] ?? `driver entry ${kind}`;
    if (!hv.attached || hv.failed) return { kind: 'return', eax: 0, edx: 1 };
    const va = hv.entryAddress(fn, what);
    if (va === null) return { kind: 'return', eax: 0, edx: 1 };
    hv.hvLow = Math.min(hv.hvLow, ctx.esp);
    const r = hv.invoke(ctx.space, va, regs, what, ctx.esp);
    return { kind: 'return', eax: r.eax, edx: r.ok ? 0 : 1 };
  }
}
