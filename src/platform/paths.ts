// The packet path of each configuration, and the one-CPU scheduling that moves packets along it:
// which domain's code runs when (the domain switches and event deliveries it causes are counted
// here, in PvEvents), where a transmitted frame enters and where a received frame is taken.
//
//   native      Linux without a hypervisor: dom0's stack hands skbs to the driver; the NIC's
//               interrupt runs the handler directly; received frames leave through netif_rx.
//   xen-dom0    the same driver in dom0 on the hypervisor (the thesis's "dom0"): the interrupt is
//   dom0        taken by the hypervisor's C (hv_do_irq) and reaches dom0 as an event whose
//               handler (platform-c/dom0/netback.c dom0_irq_event) runs the driver's and EOIs;
//               'dom0' runs the rewritten driver's VM instance instead of the original.
//   split       guests' netfront -> event -> dom0's netback (grant map, header copy) -> driver;
//               received: driver -> backlog -> netback (grant copy) -> event -> netfront. dom0
//               runs whenever it has an event; every switch between a guest and dom0 is counted.
//   twin        guests' netfront -> hypercall -> the hypervisor's C -> the driver's hypervisor
//   unprotected instance, in the guest's context; received: the driver (in the hypervisor's
//               softirq) -> netif_rx queues per guest -> copied when the guest is resumed ->
//               virtual interrupt -> netfront.
// Guests send and receive through the same netfront code in split and twin.

import type { Dom0Kernel, IrqAction } from './dom0/kernel.js';
import type { Guest } from './hypervisor/guest.js';
import type { Hypervisor } from './hypervisor/hypervisor.js';
import { DOM0_C_MAP } from './hypervisor/layout.js';
import type { WireSink } from './nic/wire.js';
import type { PvEvents } from './pv/events.js';

/** Where a configuration's packets enter and leave, and how it services the NIC. */
export interface PacketPath {
  /** Offers one frame from `guest` (or dom0's own stack), a guest's with NETTXF_* `flags`; true when the path took it. */
  transmit(frame: Uint8Array, guest: Guest | null, flags?: number): boolean;
  /** An interrupt's worth of work: the NIC's line, pending events, deferred work. */
  service(): void;
  /** Frames the final consumers received since the last call, into `sink`. */
  collect(sink: WireSink): void;
}

type Domain = 'dom0' | 'guest';

/** Rounds of dom0's work (interrupt, netback) one service of the split path runs at most. */
const SPLIT_ROUNDS = 8;

/** Counts domain switches: the CPU runs `d`'s code next. */
class Cpu {
  private current: Domain = 'dom0';
  constructor(private readonly events: PvEvents) {}
  run(d: Domain): void {
    if (d !== this.current) { this.events.domainSwitches++; this.current = d; }
  }
}

/** Runs the NIC's interrupt handler as native Linux does (the interrupt entry counted). */
export function nativeIrqPath(k: Dom0Kernel, events: PvEvents): (a: IrqAction) => ReturnType<Dom0Kernel['runGuest']> {
  return (a) => {
    events.physIrqs++;
    return k.runGuest(a.handler, [k.irqNumber, a.devId], 'hardirq', 'irq', `irq ${k.irqNumber} handler`);
  };
}

/** The hypervisor takes the NIC's interrupt and passes it to dom0 as an event (xen-dom0, dom0, split). */
export function xenIrqPath(k: Dom0Kernel, hv: Hypervisor, events: PvEvents): (a: IrqAction) => ReturnType<Dom0Kernel['runGuest']> {
  const entry = k.c.sym('dom0_irq_event');
  return (a) => {
    hv.physicalIrq();
    hv.pending.delete(0);
    events.eventUpcalls++;
    return k.runGuest(entry, [a.handler, k.irqNumber, a.devId], 'hardirq', 'irq', `irq ${k.irqNumber} event`);
  };
}

/** dom0's own stack sends and receives (native, xen-dom0, dom0). */
export class Dom0Path implements PacketPath {
  constructor(private readonly k: Dom0Kernel) {}

  transmit(frame: Uint8Array): boolean {
    const k = this.k;
    const skb = k.buildSkb(frame);
    for (let tries = 0; tries < 8; tries++) {
      const r = k.transmit(skb);
      if (r.status === 'ok') return true;
      if (r.status === 'oops' || r.status === 'down' || r.status === 'error') break;
      k.advance(1);
    }
    k.freeSkb(skb);
    return false;
  }

  service(): void { this.k.serviceInterrupts(); }

  collect(sink: WireSink): void {
    for (const r of this.k.takeReceived()) sink.receive(r.bytes);
  }
}

/** Guests through the hypervisor instance of the driver (twin, unprotected). */
export class TwinPath implements PacketPath {
  constructor(private readonly hv: Hypervisor, private readonly k: Dom0Kernel) {}

  transmit(frame: Uint8Array, g: Guest | null, flags = 0): boolean {
    if (!g) return false;
    for (let tries = 0; tries < 8; tries++) {
      const st = g.transmit(frame, flags);
      if (st === 'ok') return true;
      if (st === 'down' || st === 'refused') return false;
      this.service();
      if (tries > 2) this.k.advance(1);
    }
    return false;
  }

  service(): void {
    this.hv.softirq();
    this.hv.resumeGuests();
    this.hv.deliverGuestEvents();
  }

  collect(sink: WireSink): void {
    for (const g of this.hv.guests) { for (const f of g.received) sink.receive(f); g.clearReceived(); }
  }
}

/** Guests through dom0's netback (split). */
export class SplitPath implements PacketPath {
  private readonly cpu: Cpu;
  private readonly action: number;

  constructor(private readonly hv: Hypervisor, private readonly k: Dom0Kernel, private readonly events: PvEvents) {
    this.cpu = new Cpu(events);
    this.action = k.c.sym('netback_action');
    this.softirq = k.c.sym('softirq_pending');
  }

  private readonly softirq: number;

  /** Connects netback to the driver's net device and every guest's rings (xenbus, off the packet path). */
  connect(): void {
    const k = this.k, hv = this.hv;
    const pages = DOM0_C_MAP.netbackPages;
    const area = k.pagesHost(pages * 4096, 'netback', 'netback grant-mapping pages');
    if (!area) throw new Error('dom0 heap exhausted (netback pages)');
    hv.setNetbackArea(area, pages);
    this.dom0Call('netback_init', [k.netdev, area, k.abi.name === 'linux-6.1' ? 1 : 0]);
    const rings = k.pagesHost(hv.guests.length * 2 * 4096, 'netback', 'netback ring mappings');
    if (!rings) throw new Error('dom0 heap exhausted (netback rings)');
    hv.guests.forEach((g, i) => {
      const tx = rings + i * 8192, rx = tx + 4096;
      k.space.map(tx, g.space.translate(g.sym('tx_ring'))!.pfn, 2);
      k.space.map(rx, g.space.translate(g.sym('rx_ring'))!.pfn, 2);
      const m = g.mac;
      this.dom0Call('netback_connect', [g.id, m[0]! | (m[1]! << 8) | (m[2]! << 16) | (m[3]! << 24), m[4]! | (m[5]! << 8), tx, rx]);
    });
  }

  private dom0Call(fn: string, args: readonly number[]): void {
    const r = this.k.runGuest(this.k.c.sym(fn), args, 'process', 'process', `netback ${fn}`);
    if (!r.ok) throw new Error(`netback ${fn} failed: ${r.reason}`);
  }

  transmit(frame: Uint8Array, g: Guest | null, flags = 0): boolean {
    if (!g) return false;
    for (let tries = 0; tries < 8; tries++) {
      this.cpu.run('guest');
      const st = g.transmit(frame, flags);
      this.schedule();
      if (st === 'ok') return true;
      if (st === 'down' || st === 'refused') return false;
      this.service();
      if (tries > 2) this.k.advance(1);
    }
    return false;
  }

  /** dom0 runs while it has an event (netback's work); then the guests take theirs. */
  private schedule(): void {
    while (this.hv.pending.delete(0)) {
      this.cpu.run('dom0');
      this.events.eventUpcalls++;
      this.netback();
    }
    this.deliverGuests();
  }

  private netback(): void {
    if (this.k.oops) return;
    this.k.runGuest(this.action, [], 'softirq', 'irq', 'netback');
  }

  private deliverGuests(): void {
    for (const g of this.hv.guests) {
      if (!this.hv.pending.has(g.id)) continue;
      this.cpu.run('guest');
      this.hv.pending.delete(g.id);
      this.events.eventUpcalls++;
      g.interrupt();
    }
  }

  /**
   * The NIC's interrupt reaches dom0 (a switch if a guest ran); netback runs when its softirq work
   * was raised (received frames on the backlog, transmitted skbs freed, skbs the driver could not
   * take yet), in dom0 either way; dom0 goes on while it has such work and makes progress (a driver
   * that stops its queue, as BQL does, takes the rest once its completions woke it).
   */
  service(): void {
    for (let round = 0; round < SPLIT_ROUNDS; round++) {
      const irq = this.k.nic.irq.level, work = this.k.mem.read32(this.softirq) !== 0;
      if (!irq && !work) break;
      this.cpu.run('dom0');
      if (irq) this.k.serviceInterrupts();
      if (this.k.mem.read32(this.softirq)) this.netback();
      this.schedule();
      if (this.k.oops) break;
    }
    this.schedule();
  }

  collect(sink: WireSink): void {
    for (const g of this.hv.guests) { for (const f of g.received) sink.receive(f); g.clearReceived(); }
  }
}
