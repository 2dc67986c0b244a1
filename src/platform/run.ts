// Platform runs over the same packets in four configurations (issue 7):
//   native  the original, unrewritten driver in dom0; packets originate and terminate in dom0
//   dom0    the rewritten driver (VM instance, identity stlb) in dom0
//   split   guests send and receive through a modeled netback in dom0 (domain switches and a copy
//           per packet, cost-model parameters) to the native driver
//   twin    guests send and receive through the hypervisor instance of the rewritten driver, while
//           its VM instance keeps running in dom0 (timers, statistics, ethtool)
//   unprotected  the twin arrangement with the ORIGINAL driver and no SVM: the baseline that shows
//           what SVM prevents (fault-injection campaigns); not a configuration one would deploy
// Every frame is verified end to end (WireSink). Instruction counts per domain come from the CPU's
// per-context counters; the cost model turns them into cycles per packet (cost.ts).

import { performance } from 'node:perf_hooks';
import { Machine } from '../emulator/machine.js';
import type { PhysicalMemory } from '../emulator/memory.js';
import type { ObjectFile } from '../loader/elf.js';
import type { LinkedInstance } from '../loader/link.js';
import { LoaderError } from '../loader/elf.js';
import { finishVm, prepareVm } from '../loader/twin.js';
import { SafetyLog, type SafetyEvent } from '../svm-runtime/runtime.js';
import { COST_SOURCES, cyclesPerPacket, DEFAULT_COST, emptyMeasured, type CostParams, type Cycles, type Measured } from './cost.js';
import { Dom0Kernel, NIC_IRQ, NIC_MMIO_BASE } from './dom0/index.js';
import { driverObjects, type DriverObjects } from './driver-objects.js';
import { Guest, guestMac } from './hypervisor/guest.js';
import { HOT_ROUTINES } from './hypervisor/hot.js';
import { CTX, Hypervisor } from './hypervisor/hypervisor.js';
import { ADAPTER, HW_STATS, KCONST, NETDEV, NETDEV_STATS, PCI_DEV } from './layout.generated.js';
import { MAX_FRAME, MIN_FRAME, WireSink, writeTestFrame, type SinkReport } from './nic/wire.js';
import { E1000Nic } from './nic/e1000.js';

export const CONFIGS = ['native', 'dom0', 'split', 'twin', 'unprotected'] as const;
export type ConfigName = (typeof CONFIGS)[number];

/** Where the driver module and the VM instance's runtime live in dom0. */
const MODULE_BASE = 0xe0000000;
const VM_RUNTIME = { dataBase: 0xcf000000, hookBase: 0xcf800000 };
/** The external peer on the wire. */
const PEER = Uint8Array.from([0x02, 0x00, 0x00, 0x00, 0x0a, 0x01]);
/** Frames delivered to the NIC before the receive path is serviced (an interrupt's worth). */
const RX_BATCH = 32;
const TX_BATCH = 32;

export interface RunOptions {
  readonly config: ConfigName;
  /** Packets per direction. */
  readonly packets: number;
  /** Ethernet frame bytes (header + payload, no FCS): 60..1514. */
  readonly size: number;
  readonly guests?: number;
  /** twin: how many of the ten hot routines go through upcalls instead (thesis fig. 4.9). */
  readonly upcalls?: number;
  readonly direction?: 'tx' | 'rx' | 'both';
  readonly cost?: Partial<CostParams>;
  readonly objects?: DriverObjects;
  /** Gate for binding the hypervisor instance (the independent verifier). */
  /** The gate of the hypervisor instance (default: the independent verifier; see Hypervisor). */
  readonly verify?: ((obj: ObjectFile) => readonly string[]) | 'off';
  /** Called once the driver is loaded (and bound in the hypervisor), before its first instruction runs. */
  readonly onLoaded?: (p: PlatformHandle) => void;
  /** Called once the platform is up, before packets move (fault injection uses it). */
  readonly onReady?: (p: PlatformHandle) => void;
  /** Called before packet `i` (0-based) of a direction is offered (run-time fault injection). */
  readonly onPacket?: (direction: 'tx' | 'rx', i: number) => void;
  readonly invocationBudget?: number;
  /** Host memory reserved for the machine's RAM (default 256 MiB; campaigns use less). */
  readonly ramBytes?: number;
  /** Physical memory to reuse (reset first) instead of allocating one. */
  readonly memory?: PhysicalMemory;
  /** sk_buffs (and fragment pages) in the hypervisor's pool (default 512). */
  readonly poolSkbs?: number;
  /** Instruction budget of one dom0 entry into the driver before it counts as a lockup (dom0 oops). */
  readonly dom0EntryBudget?: number;
  readonly progress?: (done: number, total: number) => void;
  /**
   * Emulated milliseconds dom0 advances per 1000 packets (its timers: the driver's watchdog runs
   * every 2 s). Default: the wire time of the packets at 1 Gb/s.
   */
  readonly dom0MsPer1000?: number;
}

export interface PlatformHandle {
  readonly machine: Machine;
  readonly kernel: Dom0Kernel;
  readonly nic: E1000Nic;
  readonly hypervisor: Hypervisor | null;
  readonly safety: SafetyLog;
  readonly objects: DriverObjects;
  /** The driver as dom0 loaded it (the VM instance, or the original driver natively). */
  readonly module: LinkedInstance;
}

export interface DirectionResult {
  readonly packets: number;
  /** Frames the sender managed to hand to the driver. */
  readonly sent: number;
  readonly sink: SinkReport;
  readonly measured: Measured;
  readonly cycles: Cycles;
  readonly insnsPerPacket: { readonly driver: number; readonly dom0: number; readonly hypervisor: number; readonly guest: number };
  readonly upcallsPerPacket: number;
  /** Packets per second of emulated time (CPU-bound, from the cost model). */
  readonly modeledPps: number;
  /** Packets per second of host time (how fast the emulation ran). */
  readonly hostPps: number;
  readonly hostSeconds: number;
}

export interface RunReport {
  readonly config: ConfigName;
  readonly size: number;
  readonly guests: number;
  readonly upcallsForced: readonly string[];
  readonly tx?: DirectionResult;
  readonly rx?: DirectionResult;
  readonly safety: readonly SafetyEvent[];
  readonly upcalls: Readonly<Record<string, number>>;
  readonly cost: CostParams;
  readonly costSources: typeof COST_SOURCES;
  /** The VM instance keeps working in dom0: watchdog runs and shared statistics. */
  readonly dom0Side: { readonly watchdogRuns: number; readonly netdevTxPackets: number; readonly netdevRxPackets: number; readonly adapterGprc: number; readonly adapterGptc: number; readonly watchdogCount: number };
  readonly problems: readonly string[];
  readonly setupFailure?: string;
  /** Why the loader refused to bind the hypervisor instance (the verifier's violations). */
  readonly refused?: string;
}

/** The wire beyond the NIC: the sink of the current transmit phase, if any. */
class WireTap {
  sink: WireSink | null = null;
  receive(frame: Uint8Array): void { this.sink?.receive(frame); }
}

export function runConfig(o: RunOptions): RunReport {
  const cost: CostParams = { ...DEFAULT_COST, ...(o.cost ?? {}) };
  const size = o.size;
  if (!Number.isInteger(size) || size < MIN_FRAME || size > MAX_FRAME) throw new Error(`frame size must be ${MIN_FRAME}..${MAX_FRAME} bytes, got ${size}`);
  if (!Number.isInteger(o.packets) || o.packets < 1) throw new Error(`packets must be a positive integer, got ${o.packets}`);
  const viaHypervisor = o.config === 'twin' || o.config === 'unprotected';
  const guestsN = o.config === 'split' || viaHypervisor ? (o.guests ?? 1) : 0;
  if (guestsN > 64) throw new Error('at most 64 guests');
  const forced = viaHypervisor ? HOT_ROUTINES.slice(0, o.upcalls ?? 0) : [];
  if ((o.upcalls ?? 0) > 9) throw new Error('--upcalls takes 0..9 (netif_rx always stays in the hypervisor)');
  const objects = o.objects ?? driverObjects();
  const machine = new Machine({ ramBytes: o.ramBytes ?? 256 * 1024 * 1024, ...(o.memory ? { memory: o.memory } : {}) });
  // Frames on the wire go straight to the sink of the transmit phase (verified as they leave the
  // NIC, in order; the NIC lends its buffer for the call); outside it nobody listens.
  const wire = new WireTap();
  const nic = new E1000Nic({ bus: machine.bus, mmioBase: NIC_MMIO_BASE, irq: machine.bus.irq(NIC_IRQ), lendTxFrames: true, wire });
  // Every frame offered is written into this buffer (all its bytes): the hypercall, dom0's skb
  // builder and the NIC's receive DMA copy it before they return.
  const frameBuf = new Uint8Array(size);
  const k = new Dom0Kernel(machine, { nic, autoInterrupts: !viaHypervisor, context: CTX.dom0, ...(o.dom0EntryBudget ? { maxInsnsPerEntry: o.dom0EntryBudget } : {}) });
  const safety = new SafetyLog();
  const upcallCounts: Record<string, number> = {};
  let hv: Hypervisor | null = null;
  const problems: string[] = [];

  const hypervisor = (protection: 'svm' | 'none'): Hypervisor => new Hypervisor(machine, k, {
    guests: guestsN, safety, forcedUpcalls: forced.length, protection, ...(o.poolSkbs ? { poolSkbs: o.poolSkbs, poolPages: o.poolSkbs } : {}), ...(o.verify !== undefined && protection === 'svm' ? { verify: o.verify } : {}),
    ...(o.invocationBudget !== undefined ? { invocationBudget: o.invocationBudget } : {}),
    onUpcall: (name) => { upcallCounts[name] = (upcallCounts[name] ?? 0) + 1; },
  });
  let module: LinkedInstance;
  /** The loader refused the hypervisor instance (it does not verify). */
  let refused: string | null = null;
  if (o.config === 'native' || o.config === 'split') {
    module = k.loadModule(objects.original, MODULE_BASE);
  } else if (o.config === 'unprotected') {
    module = k.loadModule(objects.original, MODULE_BASE);
    hv = hypervisor('none');
    hv.attach(objects.original, module);
  } else {
    const prep = prepareVm(machine, objects.rewritten, { space: k.space, moduleBase: MODULE_BASE, runtime: VM_RUNTIME, fsBase: k.fsBase }, safety);
    module = k.loadModule(objects.rewritten, MODULE_BASE, { runtime: { resolve: prep.resolve } });
    finishVm(prep, module);
    if (o.config === 'twin') {
      hv = hypervisor('svm');
      try {
        hv.attach(objects.rewritten, module);
      } catch (e) {
        if (!(e instanceof LoaderError)) throw e;
        refused = e.message;
      }
    }
  }
  const guests: Guest[] = hv ? hv.guests : Array.from({ length: guestsN }, (_, i) => new Guest(machine, i + 1, guestMac(i + 1)));
  const report = (setupFailure?: string, tx?: DirectionResult, rx?: DirectionResult): RunReport => ({
    config: o.config, size, guests: guestsN, upcallsForced: forced, ...(tx ? { tx } : {}), ...(rx ? { rx } : {}),
    safety: [...safety.events], upcalls: upcallCounts, cost, costSources: COST_SOURCES, dom0Side: dom0Side(), problems: [...problems, ...k.problems],
    ...(setupFailure ? { setupFailure } : {}), ...(refused ? { refused } : {}),
  });
  const dom0Side = (): RunReport['dom0Side'] => {
    const dev = k.netdev;
    if (!dev) return { watchdogRuns: k.counters.timersRun, netdevTxPackets: 0, netdevRxPackets: 0, adapterGprc: 0, adapterGptc: 0, watchdogCount: 0 };
    const ad = k.adapter;
    return {
      watchdogRuns: k.counters.timersRun,
      netdevTxPackets: k.mem.read32(dev + NETDEV.stats + NETDEV_STATS.tx_packets),
      netdevRxPackets: k.mem.read32(dev + NETDEV.stats + NETDEV_STATS.rx_packets),
      adapterGprc: k.mem.read32(ad + ADAPTER.hw_stats + HW_STATS.gprc),
      adapterGptc: k.mem.read32(ad + ADAPTER.hw_stats + HW_STATS.gptc),
      watchdogCount: k.mem.read32(ad + ADAPTER.watchdog_count),
    };
  };

  if (refused) return report('the loader refused the hypervisor instance: it does not verify');
  const handle: PlatformHandle = { machine, kernel: k, nic, hypervisor: hv, safety, objects, module };
  o.onLoaded?.(handle);
  // ---- bring-up: probe, open, link (the LSC interrupt goes to whoever services the line) ----
  const init = k.initModule();
  if (!init.ok || init.value !== 0) return report(`init_module failed: ${init.reason ?? init.value}`);
  // pci_register_driver succeeds when probe fails or matches nothing (as in Linux): then there is
  // no device to open (the kernel leaves pci_dev->driver clear).
  if (!k.mem.read32(k.pdev + PCI_DEV.driver) || !k.netdev) return report('probe did not bind the device (it failed, or the driver matched nothing)');
  const open = k.open();
  if (!open.ok || open.value !== 0) return report(`open failed: ${open.reason ?? open.value}`);
  for (let ms = 0; ms < 20 && !k.carrierOk(); ms++) {
    hv?.softirq();
    k.advance(1);
  }
  if (!k.carrierOk()) return report(`the link did not come up (${k.oops ?? 'no oops'}; ${safety.events.length} safety events)`);
  // Frames for the guests reach the NIC only in promiscuous mode (dom0 bridges for them).
  if (guestsN) {
    k.mem.write32(k.netdev + NETDEV.flags, k.mem.read32(k.netdev + NETDEV.flags) | KCONST.IFF_PROMISC);
    k.callNetdevOp('set_multicast_list');
  }
  o.onReady?.(handle);

  const cpu = machine.cpu;
  const snapshot = () => ({
    dom0: cpu.counters[CTX.dom0]!, driver: cpu.counters[CTX.driver]!, kernel: k.counters.kernelInsns,
    hvCharged: hv ? hv.hot.charged + (hv.inst?.hvRuntime.stats.charged ?? 0) : 0,
    hypercalls: hv?.stats.hypercalls ?? 0, upcalls: Object.values(upcallCounts).reduce((a, b) => a + b, 0),
    copy: hv?.stats.copyBytes ?? 0, virqs: guests.reduce((a, g) => a + g.virqs, 0),
  });
  const measure = (before: ReturnType<typeof snapshot>, m: Measured): void => {
    const now = snapshot();
    if (viaHypervisor) {
      m.driverInsns = now.driver - before.driver - (now.hvCharged - before.hvCharged);
      m.hypervisorInsns = now.hvCharged - before.hvCharged;
      m.dom0Insns = now.dom0 - before.dom0;
      m.hypercalls = now.hypercalls - before.hypercalls;
      m.upcalls = now.upcalls - before.upcalls;
      m.copyBytes = now.copy - before.copy;
      m.virqs = now.virqs - before.virqs;
    } else {
      m.driverInsns = now.dom0 - before.dom0 - (now.kernel - before.kernel);
      m.dom0Insns = now.kernel - before.kernel;
    }
  };
  const service = (): void => { if (hv) hv.softirq(); else k.serviceInterrupts(); };
  const finish = (m: Measured, sink: WireSink, sent: number, t0: number): DirectionResult => {
    const hostSeconds = (performance.now() - t0) / 1000;
    const cycles = cyclesPerPacket(m, cost);
    const n = Math.max(1, m.packets);
    return {
      packets: m.packets, sent, sink: sink.report(), measured: { ...m }, cycles,
      insnsPerPacket: { driver: m.driverInsns / n, dom0: m.dom0Insns / n, hypervisor: m.hypervisorInsns / n, guest: (m.guestPackets * cost.frontendInsns) / n },
      upcallsPerPacket: m.upcalls / n, modeledPps: cost.cpuHz / Math.max(1, cycles.total), hostPps: m.packets / Math.max(1e-9, hostSeconds), hostSeconds,
    };
  };
  const dir = o.direction ?? 'both';
  // Wire time of 1000 frames at 1 Gb/s (preamble, FCS and inter-frame gap included), in ms.
  const msPer1000 = o.dom0MsPer1000 ?? Math.max(1, Math.round((1000 * (size + 24) * 8) / 1e9 * 1000));
  let msOwed = 0;
  const passTime = (): void => {
    msOwed += msPer1000;
    const whole = Math.floor(msOwed);
    if (whole > 0) { k.advance(whole); msOwed -= whole; hv?.softirq(); }
  };
  const total = (dir === 'both' ? 2 : 1) * o.packets;
  let done = 0;
  const tick = (): void => { done++; if (o.progress && done % 256 === 0) o.progress(done, total); };

  // ---- transmit ----
  let txRes: DirectionResult | undefined;
  if (dir !== 'rx') {
    const sink = new WireSink();
    const senders = guestsN ? guests.map((g) => ({ id: g.id, mac: g.mac, g })) : [{ id: 1, mac: nic.mac, g: null as Guest | null }];
    const perStream = new Map<number, number>();
    for (let i = 0; i < o.packets; i++) {
      const s = senders[i % senders.length]!;
      perStream.set(s.id, (perStream.get(s.id) ?? 0) + 1);
    }
    for (const [id, c] of perStream) sink.expect(id, c);
    wire.sink = sink;
    const m = emptyMeasured();
    const before = snapshot();
    const t0 = performance.now();
    const seqs = new Map<number, number>();
    let sent = 0;
    for (let i = 0; i < o.packets; i++) {
      o.onPacket?.('tx', i);
      const s = senders[i % senders.length]!;
      const seq = seqs.get(s.id) ?? 0;
      seqs.set(s.id, seq + 1);
      const frame = frameBuf;
      writeTestFrame({ dst: PEER, src: s.mac, stream: s.id, seq, size }, frame);
      m.packets++;
      if (s.g) m.guestPackets++;
      if (o.config === 'split') { m.netbackPackets++; m.domainSwitches += 2; m.copyBytes += frame.length; }
      let ok = false;
      if (hv && s.g) {
        for (let tries = 0; tries < 8 && !ok; tries++) {
          const st = hv.transmit(s.g, frame);
          if (st === 'ok') ok = true;
          else if (st === 'aborted' || st === 'down') break;
          else { hv.softirq(); if (tries > 2) k.advance(1); }
        }
      } else {
        const skb = k.buildSkb(frame);
        for (let tries = 0; tries < 8; tries++) {
          const r = k.transmit(skb);
          if (r.status === 'ok') { ok = true; break; }
          if (r.status === 'oops' || r.status === 'down' || r.status === 'error') break;
          k.advance(1);
        }
        if (!ok) k.freeSkb(skb);
      }
      if (ok) sent++;
      if (i % TX_BATCH === TX_BATCH - 1) service();
      if (i % 1000 === 999) passTime();
      tick();
    }
    service();
    k.advance(1);
    measure(before, m);
    wire.sink = null;
    txRes = finish(m, sink, sent, t0);
  }

  // ---- receive ----
  let rxRes: DirectionResult | undefined;
  if (dir !== 'tx') {
    const sink = new WireSink();
    const dests = guestsN ? guests.map((g) => ({ id: 100 + g.id, mac: g.mac, g })) : [{ id: 100, mac: nic.mac, g: null as Guest | null }];
    const perStream = new Map<number, number>();
    for (let i = 0; i < o.packets; i++) {
      const d = dests[i % dests.length]!;
      perStream.set(d.id, (perStream.get(d.id) ?? 0) + 1);
    }
    for (const [id, c] of perStream) sink.expect(id, c);
    for (const g of guests) g.received.length = 0;
    k.takeReceived();
    const m = emptyMeasured();
    const before = snapshot();
    const t0 = performance.now();
    const seqs = new Map<number, number>();
    let sent = 0;
    const collect = (): void => {
      if (viaHypervisor) {
        for (const g of guests) { for (const f of g.received) sink.receive(f); g.received.length = 0; }
      } else {
        for (const r of k.takeReceived()) {
          if (o.config === 'split') {
            const g = guests.find((x) => x.mac.every((b, i) => b === r.bytes[i]));
            if (g) { g.deliver(r.bytes); m.copyBytes += r.bytes.length; m.virqs++; }
            for (const x of guests) { for (const f of x.received) sink.receive(f); x.received.length = 0; }
          } else sink.receive(r.bytes);
        }
      }
    };
    for (let i = 0; i < o.packets; i++) {
      o.onPacket?.('rx', i);
      const d = dests[i % dests.length]!;
      const seq = seqs.get(d.id) ?? 0;
      seqs.set(d.id, seq + 1);
      const frame = frameBuf;
      writeTestFrame({ dst: d.mac, src: PEER, stream: d.id, seq, size }, frame);
      m.packets++;
      if (d.g) m.guestPackets++;
      if (o.config === 'split') { m.netbackPackets++; m.domainSwitches += 2; }
      if (nic.deliver(frame) === 'accepted') sent++;
      if (i % RX_BATCH === RX_BATCH - 1) { service(); collect(); }
      if (i % 1000 === 999) { passTime(); collect(); }
      tick();
    }
    service();
    collect();
    k.advance(1);
    collect();
    measure(before, m);
    rxRes = finish(m, sink, sent, t0);
  }
  o.progress?.(total, total);
  return report(undefined, txRes, rxRes);
}
