// The cost model: what a run measured (executed instructions per domain, bytes moved by string
// copies per domain, per-event counts) turned into cycles per packet by category, as in the
// thesis's figures 4.6/4.7 (dom0, domU, Xen, driver):
//
//   driver = driver instructions x cpi
//   dom0   = dom0 instructions (its C + its modeled services) x cpi + dom0 copy bytes x copyPerByte
//   domU   = guest instructions x cpi + guest copy bytes x copyPerByte
//   Xen    = hypervisor instructions x cpi + hypervisor copy bytes x copyPerByte
//            + traps x hypercallTrap + domain switches x domainSwitch + event deliveries x eventUpcall
//            + TLB flushes x tlbFlush (+ interrupt entries x irqEntry on Xen; natively they are dom0's)
//
// Every parameter names its source (COST_SOURCES) and says whether it is a measurement of the
// thesis's testbed or an estimate (COST_KIND). Nothing here is calibrated from the throughput
// figures the report compares with (thesis figs. 4.4, 4.5, 4.9); copyPerByte comes from the
// thesis's receive profile (§4.4.2), which the report lists as the one calibration point.

import { emptyEvents, type PvEvents } from './pv/events.js';

export interface CostParams {
  /** Clock of the modeled CPU, Hz. */
  readonly cpuHz: number;
  /** Cycles per executed instruction. */
  readonly cpi: number;
  /** Cycles per byte moved by a string copy (a `rep movs` counts as one instruction). */
  readonly copyPerByte: number;
  /** Cycles of the hardware part of one trap into the hypervisor and back (int + iret). */
  readonly hypercallTrap: number;
  /** Cycles of one switch between a guest and dom0: address space, TLB refill, state. */
  readonly domainSwitch: number;
  /** Cycles of delivering one event into a domain's kernel and returning (bounce frame, upcall entry/exit). */
  readonly eventUpcall: number;
  /** Cycles of one physical interrupt's entry and return. */
  readonly irqEntry: number;
  /** Cycles of refilling the TLB after a flush (grant unmaps). */
  readonly tlbFlush: number;
}

export type CostKind = 'measured' | 'estimate';

export const COST_SOURCES: Readonly<Record<keyof CostParams, string>> = {
  cpuHz: 'thesis §4.4.1 testbed: 3.0 GHz Intel Xeon',
  cpi: 'estimate: a NetBurst (Pentium 4) Xeon retires well under one instruction per cycle on branchy, cache-missing kernel code; 1.5 cycles per instruction',
  copyPerByte: 'thesis §4.4.2 receive profile: copying received packets into the guest costs 3525 cycles per packet of ~1500 bytes -> 2.35 cycles/byte',
  hypercallTrap: 'estimate: int $0x82 into Xen and iret back cost about 250 cycles each on NetBurst; the hypervisor code of the hypercall is executed and counted apart',
  domainSwitch: 'estimate: CR3 reload with a full TLB flush (NetBurst has no tagged TLB), refill of the working set\'s TLB entries, the scheduler\'s state save and restore',
  eventUpcall: 'estimate: Xen builds a bounce frame and enters the domain\'s event callback, which returns with a hypercall (two traps\' worth)',
  irqEntry: 'estimate: hardware interrupt entry through the IDT and iret on NetBurst',
  tlbFlush: 'estimate: refilling about 20 TLB entries at ~25 cycles (page walk hitting the cache) after a flush',
};

export const COST_KIND: Readonly<Record<keyof CostParams, CostKind>> = {
  cpuHz: 'measured', cpi: 'estimate', copyPerByte: 'measured', hypercallTrap: 'estimate', domainSwitch: 'estimate',
  eventUpcall: 'estimate', irqEntry: 'estimate', tlbFlush: 'estimate',
};

export const DEFAULT_COST: CostParams = {
  cpuHz: 3.0e9,
  cpi: 1.5,
  copyPerByte: 2.35,
  hypercallTrap: 500,
  domainSwitch: 2000,
  eventUpcall: 1000,
  irqEntry: 500,
  tlbFlush: 500,
};

/** What a run measured, per direction, before the model turns it into cycles. */
export interface Measured {
  packets: number;
  /** Executed instructions of the driver (whichever instance ran). */
  driverInsns: number;
  /** dom0's kernel: executed C (hot routines, netback) plus its modeled services' charges. */
  dom0Insns: number;
  /** Of dom0Insns, what the modeled kernel services charged (not executed). */
  dom0ModeledInsns: number;
  /** Executed instructions of the hypervisor's C. */
  hypervisorInsns: number;
  /** Executed instructions of the guests' netfront. */
  guestInsns: number;
  /** Bytes each place moved with string copies. */
  copyBytes: { dom0: number; hypervisor: number; guest: number };
  events: PvEvents;
  /** The configuration runs on the hypervisor (physical interrupts enter it, not dom0). */
  onXen: boolean;
  /** --svm table: misses the runtime filled and restarted (page faults; no instruction count has them). */
  tableMisses: number;
}

export interface Cycles {
  readonly dom0: number;
  readonly domU: number;
  readonly xen: number;
  readonly driver: number;
  readonly total: number;
}

export function emptyMeasured(): Measured {
  return {
    packets: 0, driverInsns: 0, dom0Insns: 0, dom0ModeledInsns: 0, hypervisorInsns: 0, guestInsns: 0, tableMisses: 0,
    copyBytes: { dom0: 0, hypervisor: 0, guest: 0 },
    events: emptyEvents(),
    onXen: false,
  };
}

/** Cycles per packet by category. */
export function cyclesPerPacket(m: Measured, p: CostParams): Cycles {
  const n = Math.max(1, m.packets);
  const e = m.events;
  const irq = e.physIrqs * p.irqEntry;
  const driver = (m.driverInsns * p.cpi) / n;
  const dom0 = (m.dom0Insns * p.cpi + m.copyBytes.dom0 * p.copyPerByte + (m.onXen ? 0 : irq)) / n;
  const domU = (m.guestInsns * p.cpi + m.copyBytes.guest * p.copyPerByte) / n;
  const xen = (m.hypervisorInsns * p.cpi + m.copyBytes.hypervisor * p.copyPerByte + e.hypercallTraps * p.hypercallTrap +
    e.domainSwitches * p.domainSwitch + e.eventUpcalls * p.eventUpcall + e.tlbFlushes * p.tlbFlush + (m.onXen ? irq : 0)) / n;
  return { dom0, domU, xen, driver, total: dom0 + domU + xen + driver };
}

export function parseCostOverrides(spec: string | undefined): Partial<CostParams> {
  if (!spec) return {};
  const out: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined || !(k in DEFAULT_COST)) throw new Error(`unknown cost parameter '${k}' (known: ${Object.keys(DEFAULT_COST).join(', ')})`);
    const x = Number(v);
    if (!Number.isFinite(x) || x < 0) throw new Error(`cost parameter ${k} must be a non-negative number, got '${v}'`);
    out[k] = x;
  }
  return out as Partial<CostParams>;
}
