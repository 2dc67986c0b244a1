// The hypervisor's side of `--svm segment` (svm-runtime/segment.ts): the mirror of a cooperating
// dom0's region, the confined %gs/%fs every invocation of the hypervisor instance runs with, and
// the fault handler that completes an access the confined segments refuse.
//
// Mirror: [R, R + size) of dom0 maps once, page for page, at [M, M + size) in the hypervisor region
// (just below the driver stack's lower guard; the slow path's windows end where it starts). Only
// pages dom0 maps to frames it owns; every other page stays absent: a #PF there maps it when dom0
// has mapped it since (the NIC's registers, ioremapped at probe), else the access is completed.
// A mirror page keeps the frame it was made with: dom0's frames never change owner on this
// platform (the guests' and the hypervisor's are allocated apart), so it stays dom0 memory.
//
// Segments of an invocation (Hypervisor.invoke): %gs = base M, limit size - 1; %fs = base
// M + (fsBase - R), limit PERCPU_SIZE - 1 when dom0's per-cpu area lies in the region. Without a
// cooperating dom0 both are null selectors: every confined access faults and is completed (slow,
// still correct), so a segment-mode driver runs on any platform.
//
// Completion of a faulting access (#GP past the limit, #PF in an absent mirror page), at an
// instruction of the hypervisor instance's text with a %gs/%fs memory operand:
//   1. decode it; offset = base + index * scale + disp (mod 2^32), from the registers now;
//   2. v = offset + R (%gs) or offset + fsBase (%fs): the dom0 address the VM instance would use;
//   3. T = the C slow path's translation of v (svm_translate_host: a window onto a dom0 page, or
//      the running invocation's own stack; 0 when refused: hypervisor memory, unmapped, another
//      domain's frame — then an svm-access safety event, and the invocation aborts);
//   4. run that one instruction with the segment's base moved to T - offset (flat limit), so that
//      the same offset lands on T (the window covers 4097 bytes past it), restore the segment,
//      resume. Charged as one trap into the hypervisor (PvEvents.hypercallTraps) besides the slow
//      path's executed C.
// Anything else (another fault, an instruction without a confined operand, code outside the
// instance) is not completed: the invocation aborts as before (cpu-fault).

import { decode, isDecodeFailure } from '../../isa/decoder.js';
import { ESP } from '../../isa/registers.js';
import { flatSegment, FS, GS, TYPE_ACCESSED, TYPE_WRITABLE, type SegmentDescriptor } from '../../emulator/segments.js';
import type { Fault } from '../../emulator/types.js';
import { PERCPU_SIZE } from '../dom0/memmap.js';
import type { SegmentRegion } from '../dom0/segment-region.js';
import type { Hypervisor } from './hypervisor.js';
import { HV_MAP } from './layout.js';

const PAGE = 4096;
const MIB = 0x100000;

/** Where the mirror of `region` lies in the hypervisor region (it ends where the driver stack's lower guard begins). */
export function mirrorBase(region: SegmentRegion): number {
  const size = Math.ceil((region.end - region.start) / MIB) * MIB;
  const base = HV_MAP.windowsEnd - size;
  if (base < HV_MAP.windows + 8 * MIB) throw new RangeError(`the segment region (${(region.end - region.start) >>> 20} MiB) leaves too little of the hypervisor's window area`);
  return base;
}

/** A confined writable data segment [base, base + bytes). */
function confinedSegment(base: number, bytes: number): SegmentDescriptor {
  return { base: base >>> 0, limit: bytes - 1, type: TYPE_WRITABLE | TYPE_ACCESSED, codeData: true, dpl: 0, present: true, big: true, granular: bytes % PAGE === 0 };
}

export class SegmentConfinement {
  /** The mirror's hypervisor address (M), or 0 without a region. */
  readonly mirror: number;
  /** Accesses completed through the slow path, per segment, and refused ones. */
  readonly completed = { gs: 0, fs: 0 };
  refused = 0;
  /** The dom0 address of the last access the handler looked at. */
  last = 0;
  /** Mirror pages mapped after the mirror was made (dom0 mapped them later). */
  filled = 0;
  /** The last refusal was logged as a safety event (the invocation then aborts without another). */
  logged = false;
  private readonly gs: SegmentDescriptor | null;
  private readonly fs: SegmentDescriptor | null;

  constructor(private readonly hv: Hypervisor, readonly region: SegmentRegion | null) {
    this.mirror = region ? mirrorBase(region) : 0;
    this.gs = region ? confinedSegment(this.mirror, region.end - region.start) : null;
    const fsBase = hv.dom0.fsBase;
    this.fs = region && fsBase >= region.start && fsBase + PERCPU_SIZE <= region.end ? confinedSegment(this.mirror + (fsBase - region.start), PERCPU_SIZE) : null;
  }

  /** The window area the slow path may use (it ends where the mirror begins). */
  get windowLimit(): number { return this.region ? this.mirror : HV_MAP.windowsEnd; }

  /** -R mod 2^32: what the loader binds __svm_seg_neg to in the hypervisor instance. */
  get neg(): number { return this.region ? (-this.region.start) >>> 0 : 0; }

  /** The segments an invocation of the hypervisor instance runs with (Machine.call segments). */
  get segments(): ReadonlyArray<readonly [number, SegmentDescriptor | null]> {
    return [[GS, this.gs], [FS, this.fs]];
  }

  /** Maps the region's pages that dom0 maps to frames it owns (once, when the driver is bound). */
  map(): number {
    const r = this.region;
    if (!r) return 0;
    let mapped = 0;
    for (let va = r.start; va < r.end; va += PAGE) {
      const pte = this.hv.dom0.space.pte(va);
      if ((pte & 1) === 0 || !this.hv.dom0Owns(pte >>> 12)) continue;
      this.hv.region.mapPage(this.mirror + (va - r.start), pte >>> 12, (pte & 2) !== 0);
      mapped++;
    }
    return mapped;
  }

  /**
   * A #PF in an absent mirror page whose dom0 page dom0 maps by now to a frame it owns (the
   * NIC's registers, ioremapped at probe after the mirror was made): the page joins the mirror and
   * the instruction runs again. False for anything else.
   */
  private fill(addr: number): boolean {
    const r = this.region;
    const a = addr >>> 0;
    if (!r || a < this.mirror || a >= this.mirror + (r.end - r.start)) return false;
    const page = (a & ~(PAGE - 1)) >>> 0;
    if (this.hv.region.mappedIn(page, page + PAGE) !== null) return false;
    const pte = this.hv.dom0.space.pte(r.start + (page - this.mirror));
    if ((pte & 1) === 0 || !this.hv.dom0Owns(pte >>> 12)) return false;
    this.hv.region.mapPage(page, pte >>> 12, (pte & 2) !== 0);
    this.filled++;
    return true;
  }

  /** Machine.call's onFault for invocations of the hypervisor instance (see the header). */
  readonly onFault = (f: Fault): boolean => {
    this.logged = false;
    if (f.fault !== 'GP' && f.fault !== 'PF') return false;
    if (f.fault === 'PF' && this.fill(f.addr)) return true;
    const hv = this.hv, cpu = hv.machine.cpu, inst = hv.inst?.hv;
    const eip = cpu.eip >>> 0;
    if (!inst || eip < inst.textStart || eip >= inst.textStart + inst.textSize) return false;
    const space = cpu.addressSpace;
    const d = decode((o) => (o < 15 ? space.read8(eip + o) : -1), eip);
    if (isDecodeFailure(d)) return false;
    const m = d.operands.find((o) => o.kind === 'mem');
    if (!m || m.kind !== 'mem' || (m.seg !== GS && m.seg !== FS) || m.a16) return false;
    if (d.form.bitBase && d.operands[0]?.kind === 'reg') return false;
    let off = m.disp + (m.base >= 0 ? cpu.r[m.base]! : 0) + (m.index >= 0 ? cpu.r[m.index]! * m.scale : 0);
    if (m.base === ESP && d.form.implicitMem === 'pop') off += 4;
    off >>>= 0;
    const v = (off + (m.seg === GS ? this.region?.start ?? 0 : hv.dom0.fsBase)) >>> 0;
    this.last = v;
    const t = hv.callHv('svm_translate_host', [v]) >>> 0;
    if (t === 0) {
      this.refused++;
      this.logged = true;
      // The check is the CPU's limit check at this instruction: its VM-instance address is the site.
      hv.opts.safety.events.push({ kind: 'svm-access', instance: 'hv', address: v, site: (eip - hv.codeOffset) >>> 0, detail: `confined access at 0x${eip.toString(16)} (${d.form.mnemonic}): 0x${v.toString(16)} refused by the slow path` });
      return false;
    }
    const seg = m.seg, sel = cpu.sel[seg]!, saved = cpu.segDesc[seg]!;
    cpu.setSegment(seg, sel, flatSegment(false, 0, (t - off) >>> 0));
    let r;
    try {
      r = cpu.run(1);
    } finally {
      cpu.setSegment(seg, sel, saved);
    }
    if (r.reason !== 'budget' || r.executed !== 1) return false;
    hv.events.hypercallTraps++;
    if (seg === GS) this.completed.gs++; else this.completed.fs++;
    return true;
  };
}
