// The cost model: emulated instructions per domain plus parameterised fixed costs (hypercall,
// domain switch, upcall, virtual interrupt, per-byte copy, the guest frontend's and dom0 netback's
// per-packet work) -> cycles per packet by category, as in the thesis's figures 4.6/4.7 (dom0,
// domU, Xen, driver). Every default says where it comes from; results print the parameters used.

export interface CostParams {
  /** Clock of the modeled CPU, Hz. */
  readonly cpuHz: number;
  /** Cycles per emulated instruction. */
  readonly cpi: number;
  /** Cycles of one guest->hypervisor hypercall round trip. */
  readonly hypercall: number;
  /** Cycles of one switch between domains (address space + context). */
  readonly domainSwitch: number;
  /** Fixed cycles of one upcall on top of the dom0 instructions it runs. */
  readonly upcall: number;
  /** Cycles of one virtual interrupt delivered to a guest. */
  readonly virq: number;
  /** Cycles per byte copied between domains. */
  readonly copyPerByte: number;
  /** Instructions per packet in the guest's paravirtual frontend (not emulated). */
  readonly frontendInsns: number;
  /** Instructions per packet in dom0's netback (split configuration; not emulated). */
  readonly netbackInsns: number;
}

export const COST_SOURCES: Readonly<Record<keyof CostParams, string>> = {
  cpuHz: 'thesis §4.4.1 testbed: 3.0 GHz Intel Xeon',
  cpi: 'calibration: thesis fig. 4.6 gives 960 cycles/packet for the native e1000 driver on TX; the native sample driver executes ~630 instructions/packet on TX here (test/platform) -> ~1.5',
  hypercall: 'estimate for a Xen 3.2 hypercall round trip on that CPU; bounded by the thesis\'s 1726 cycles/packet of Xen overhead for domU-twin TX (fig. 4.6), which also includes the header copy',
  domainSwitch: 'thesis §4.4.2: invoking dom0 from a guest costs 8394 cycles/packet on TX including netback work; split here as 2 switches x 2000 + netback instructions + copy',
  upcall: 'thesis fig. 4.9: one upcall per packet drops domU-twin TX from 3902 to 1638 Mb/s at 9972 cycles/packet -> 9972 x (3902/1638 - 1) ~= 13780 cycles per upcall',
  virq: 'estimate for an event-channel notification to a guest',
  copyPerByte: 'thesis §4.4.2: copying received packets into the guest costs 3525 cycles/packet for 1500-byte packets -> 2.35 cycles/byte',
  frontendInsns: 'estimate for the guest netfront per packet (not in the thesis); the same in split and twin',
  netbackInsns: 'estimate for dom0 netback per packet (split), with the switch and copy costs making up the thesis\'s 8394 cycles',
};

export const DEFAULT_COST: CostParams = {
  cpuHz: 3.0e9,
  cpi: 1.5,
  hypercall: 1000,
  domainSwitch: 2000,
  upcall: 13780,
  virq: 300,
  copyPerByte: 2.35,
  frontendInsns: 400,
  netbackInsns: 1200,
};

/** What a run measured, per direction, before the model turns it into cycles. */
export interface Measured {
  packets: number;
  /** Emulated driver instructions (whichever instance ran). */
  driverInsns: number;
  /** dom0 kernel work (modeled routine instructions and code dom0 ran for the driver's upcalls). */
  dom0Insns: number;
  /** Hypervisor work in instructions (hot routines, SVM slow path, stlb_call). */
  hypervisorInsns: number;
  hypercalls: number;
  domainSwitches: number;
  upcalls: number;
  virqs: number;
  copyBytes: number;
  /** Packets that pass through a guest frontend (split, twin). */
  guestPackets: number;
  /** Packets that pass through dom0's netback (split). */
  netbackPackets: number;
}

export interface Cycles {
  readonly dom0: number;
  readonly domU: number;
  readonly xen: number;
  readonly driver: number;
  readonly total: number;
}

export function emptyMeasured(): Measured {
  return { packets: 0, driverInsns: 0, dom0Insns: 0, hypervisorInsns: 0, hypercalls: 0, domainSwitches: 0, upcalls: 0, virqs: 0, copyBytes: 0, guestPackets: 0, netbackPackets: 0 };
}

/** Cycles per packet by category. */
export function cyclesPerPacket(m: Measured, p: CostParams): Cycles {
  const n = Math.max(1, m.packets);
  const driver = (m.driverInsns * p.cpi) / n;
  const dom0 = (m.dom0Insns * p.cpi + m.netbackPackets * p.netbackInsns * p.cpi + m.domainSwitches * p.domainSwitch) / n;
  const xen = (m.hypervisorInsns * p.cpi + m.hypercalls * p.hypercall + m.upcalls * p.upcall + m.virqs * p.virq + m.copyBytes * p.copyPerByte) / n;
  const domU = (m.guestPackets * p.frontendInsns * p.cpi) / n;
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
