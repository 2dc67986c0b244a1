// Platform runs over the same packets in each configuration (issue 7; paths.ts has the paths):
//   native      the original driver in dom0 of a Linux without hypervisor
//   xen-dom0    the original driver in dom0 on the hypervisor (the thesis's "dom0")
//   dom0        the rewritten driver's VM instance (identity stlb) in dom0 on the hypervisor
//   split       guests through dom0's netback to the original driver
//   twin        guests through the hypervisor instance of the rewritten driver, while its VM
//               instance keeps running in dom0 (timers, statistics, ethtool)
//   unprotected the twin arrangement with the ORIGINAL driver and no SVM: the baseline that shows
//               what SVM prevents (fault-injection campaigns); not a configuration one would deploy
// Every frame is verified end to end (WireSink). Everything on the packet path is executed code:
// the driver, dom0's kernel C (hot routines, netback), the hypervisor's C, the guests' netfront;
// instructions per domain come from the CPU's per-context counters, bytes copied from each place's
// counter, per-event counts from PvEvents; the cost model turns them into cycles (cost.ts).

import { performance } from 'node:perf_hooks';
import { Machine } from '../emulator/machine.js';
import type { PhysicalMemory } from '../emulator/memory.js';
import type { ObjectFile } from '../loader/elf.js';
import type { LinkedInstance } from '../loader/link.js';
import { LoaderError } from '../loader/elf.js';
import { finishVm, prepareVm } from '../loader/twin.js';
import { SafetyLog, type SafetyEvent } from '../svm-runtime/runtime.js';
import { driverLacks } from './contract.js';
import { COST_SOURCES, cyclesPerPacket, DEFAULT_COST, emptyMeasured, type CostParams, type Cycles, type Measured } from './cost.js';
import { Dom0Kernel, NIC_IRQ, NIC_MMIO_BASE } from './dom0/index.js';
import { driverObjects, type DriverObjects } from './driver-objects.js';
import { hotRoutinesOf } from './hypervisor/hot.js';
import { CTX, Hypervisor } from './hypervisor/hypervisor.js';
import type { Guest } from './hypervisor/guest.js';
import { ADAPTER, HW_STATS, NETDEV, NETDEV_STATS } from './layout.generated.js';
import { e1000_adapter, e1000_hw_stats, net_device, net_device_stats } from './linux/layout.generated.js';
import { readCString } from './mem.js';
import { MAX_FRAME, MIN_FRAME, WireSink, writeTestFrame, type SinkReport } from './nic/wire.js';
import { E1000Nic } from './nic/e1000.js';
import { Dom0Path, nativeIrqPath, SplitPath, TwinPath, xenIrqPath, type PacketPath } from './paths.js';
import { emptyEvents, type PvEvents } from './pv/events.js';

import { VIA_HYPERVISOR, WITH_GUESTS, type ConfigName } from './configs.js';
export { CONFIGS, type ConfigName } from './configs.js';

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
  /** sk_buffs (each with a placeholder page) in the hypervisor's pool (default 512). */
  readonly poolSkbs?: number;
  /** Instruction budget of one dom0 entry into the driver before it counts as a lockup (dom0 oops). */
  readonly dom0EntryBudget?: number;
  readonly progress?: (done: number, total: number) => void;
  /**
   * Emulated milliseconds dom0 advances per 1000 packets (its timers: the driver's watchdog runs
   * every 2 s). Default: the wire time of the packets at 1 Gb/s.
   */
  readonly dom0MsPer1000?: number;
  /**
   * dom0 cooperates with --svm segment (dom0/segment-region.ts): the driver's memory in one region
   * the hypervisor mirrors (default: when the objects were rewritten with svm 'segment').
   */
  readonly segmentRegion?: boolean;
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
  /** The guests (none natively and in dom0's configurations). */
  readonly guests: readonly Guest[];
  /** Where the configuration's frames enter and leave (for a test's own frames after a run). */
  readonly path: PacketPath;
  /** Calls `fn` with a copy of every frame the NIC puts on the wire (null: nobody). */
  tapWire(fn: ((frame: Uint8Array) => void) | null): void;
}

export interface DirectionResult {
  readonly packets: number;
  /** Frames the sender managed to hand to the driver. */
  readonly sent: number;
  readonly sink: SinkReport;
  readonly measured: Measured;
  readonly cycles: Cycles;
  /** Executed instructions per packet, per domain (dom0: its C plus its modeled services). */
  readonly insnsPerPacket: { readonly driver: number; readonly dom0: number; readonly hypervisor: number; readonly guest: number };
  readonly upcallsPerPacket: number;
  /**
   * --svm table: misses per packet, page faults of the hypervisor instance's table accesses the
   * runtime filled and restarted (host code: their handling is in no instruction count).
   */
  readonly tableMissesPerPacket: number;
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
  /** What bring-up found in dom0: the net device probe registered, its MAC, when the link came up. */
  readonly bringUp?: { readonly device: string; readonly mac: string; readonly linkMs: number };
  /** The hypervisor instance bound next to the VM instance: kernel routines run as the hypervisor's C, and upcall stubs. */
  readonly hypervisorInstance?: { readonly hotRoutines: readonly string[]; readonly upcallStubs: number };
  readonly setupFailure?: string;
  /** Why the loader refused to bind the hypervisor instance (the verifier's violations). */
  readonly refused?: string;
  /** The hypervisor's own code failed (a crash or hang of the whole machine). */
  readonly hypervisorCrash?: string;
}


/** The wire beyond the NIC: the sink of the current transmit phase, if any. */
class WireTap {
  sink: WireSink | null = null;
  listener: ((frame: Uint8Array) => void) | null = null;
  receive(frame: Uint8Array): void { this.sink?.receive(frame); this.listener?.(frame.slice()); }
}

/** Counter snapshot of everything a direction measures. */
interface Snapshot {
  readonly ctx: Float64Array;
  readonly kernel: number;
  readonly copy: { readonly dom0: number; readonly hypervisor: number; readonly guest: number };
  readonly events: PvEvents;
  readonly tableMisses: number;
}

export function runConfig(o: RunOptions): RunReport {
  const cost: CostParams = { ...DEFAULT_COST, ...(o.cost ?? {}) };
  const size = o.size;
  if (!Number.isInteger(size) || size < MIN_FRAME || size > MAX_FRAME) throw new Error(`frame size must be ${MIN_FRAME}..${MAX_FRAME} bytes, got ${size}`);
  if (!Number.isInteger(o.packets) || o.packets < 1) throw new Error(`packets must be a positive integer, got ${o.packets}`);
  const viaHypervisor = VIA_HYPERVISOR.includes(o.config);
  const guestsN = WITH_GUESTS.includes(o.config) ? (o.guests ?? 1) : 0;
  const onXen = o.config !== 'native';
  if (guestsN > 64) throw new Error('at most 64 guests');
  const objects = o.objects ?? driverObjects();
  const hot = hotRoutinesOf(objects.abi);
  const forced = viaHypervisor ? hot.slice(0, o.upcalls ?? 0) : [];
  if ((o.upcalls ?? 0) > Math.max(0, hot.length - 1)) throw new Error(`--upcalls takes 0..${Math.max(0, hot.length - 1)} (the receive hand-off always stays in the hypervisor)`);
  const machine = new Machine({ ramBytes: o.ramBytes ?? 256 * 1024 * 1024, ...(o.memory ? { memory: o.memory } : {}) });
  // Frames on the wire go straight to the sink of the transmit phase (verified as they leave the
  // NIC, in order; the NIC lends its buffer for the call); outside it nobody listens.
  const wire = new WireTap();
  const nic = new E1000Nic({ bus: machine.bus, mmioBase: NIC_MMIO_BASE, irq: machine.bus.irq(NIC_IRQ), lendTxFrames: true, wire });
  // Every frame offered is written into this buffer (all its bytes): netfront's buffer, dom0's skb
  // builder and the NIC's receive DMA copy it before they return.
  const frameBuf = new Uint8Array(size);
  const events = emptyEvents();
  const k = new Dom0Kernel(machine, {
    nic, abi: objects.abi, autoInterrupts: !viaHypervisor && o.config !== 'split', context: CTX.dom0, cContext: CTX.dom0Kernel, xen: onXen,
    segmentRegion: o.segmentRegion ?? objects.svm === 'segment',
    ...(o.dom0EntryBudget ? { maxInsnsPerEntry: o.dom0EntryBudget } : {}),
  });
  const safety = new SafetyLog();
  const upcallCounts: Record<string, number> = {};
  const problems: string[] = [];
  const hv = onXen ? new Hypervisor(machine, k, {
    guests: guestsN, safety, forcedUpcalls: forced.length, protection: o.config === 'unprotected' ? 'none' : 'svm', mode: o.config === 'split' ? 'split' : 'twin', events,
    ...(o.poolSkbs ? { poolSkbs: o.poolSkbs } : {}), ...(o.verify !== undefined && o.config === 'twin' ? { verify: o.verify } : {}),
    ...(o.invocationBudget !== undefined ? { invocationBudget: o.invocationBudget } : {}),
    onUpcall: (name) => { upcallCounts[name] = (upcallCounts[name] ?? 0) + 1; },
  }) : null;
  k.irqPath = hv ? xenIrqPath(k, hv, events) : nativeIrqPath(k, events);
  let module: LinkedInstance;
  /** The loader refused the hypervisor instance (it does not verify). */
  let refused: string | null = null;
  if (o.config === 'native' || o.config === 'xen-dom0' || o.config === 'split') {
    module = k.loadModule(objects.original, MODULE_BASE);
  } else if (o.config === 'unprotected') {
    module = k.loadModule(objects.original, MODULE_BASE);
    hv!.attach(objects.original, module);
  } else {
    const vif = k.exports.get('evtchn_upcall_mask');
    const prep = prepareVm(machine, objects.rewritten, { space: k.space, moduleBase: MODULE_BASE, runtime: VM_RUNTIME, fsBase: k.fsBase, ...(vif !== undefined ? { vif } : {}) }, safety);
    module = k.loadModule(objects.rewritten, MODULE_BASE, { runtime: { resolve: prep.resolve } });
    finishVm(prep, module);
    if (o.config === 'twin') {
      try {
        hv!.attach(objects.rewritten, module);
      } catch (e) {
        if (!(e instanceof LoaderError)) throw e;
        refused = e.message;
      }
    }
  }
  const guests: Guest[] = hv ? hv.guests : [];
  const path: PacketPath = viaHypervisor ? new TwinPath(hv!, k) : o.config === 'split' ? new SplitPath(hv!, k, events) : new Dom0Path(k);
  const dom0Side = (): RunReport['dom0Side'] => {
    const dev = k.netdev;
    if (!dev) return { watchdogRuns: k.counters.timersRun, netdevTxPackets: 0, netdevRxPackets: 0, adapterGprc: 0, adapterGptc: 0, watchdogCount: 0 };
    const ad = k.adapter;
    if (objects.abi === 'linux-6.1') {
      // The real e1000: its watchdog is delayed work; its hardware counters are adapter->stats.
      const e1000 = objects.spec.bundled === 'e1000';
      return {
        watchdogRuns: k.counters.timersRun,
        netdevTxPackets: k.mem.read32(dev + net_device.stats + net_device_stats.tx_packets),
        netdevRxPackets: k.mem.read32(dev + net_device.stats + net_device_stats.rx_packets),
        adapterGprc: e1000 ? k.mem.read32(ad + e1000_adapter.stats + e1000_hw_stats.gprc) : 0,
        adapterGptc: e1000 ? k.mem.read32(ad + e1000_adapter.stats + e1000_hw_stats.gptc) : 0,
        watchdogCount: k.counters.worksRun,
      };
    }
    return {
      watchdogRuns: k.counters.timersRun,
      netdevTxPackets: k.mem.read32(dev + NETDEV.stats + NETDEV_STATS.tx_packets),
      netdevRxPackets: k.mem.read32(dev + NETDEV.stats + NETDEV_STATS.rx_packets),
      adapterGprc: k.mem.read32(ad + ADAPTER.hw_stats + HW_STATS.gprc),
      adapterGptc: k.mem.read32(ad + ADAPTER.hw_stats + HW_STATS.gptc),
      watchdogCount: k.mem.read32(ad + ADAPTER.watchdog_count),
    };
  };
  let bringUp: RunReport['bringUp'];
  const report = (setupFailure?: string, tx?: DirectionResult, rx?: DirectionResult): RunReport => {
    void hv?.hot.allocFault; // copies the C's record of an armed allocation fault back (campaigns read it)
    const stubs = hv?.inst?.upcalls.all.length ?? hv?.unprotected?.upcalls.all.length;
    return {
      ...(bringUp ? { bringUp } : {}),
      ...(hv?.attached && stubs !== undefined ? { hypervisorInstance: { hotRoutines: [...hv.hotAddrs.keys()].filter((n) => hot.includes(n)), upcallStubs: stubs } } : {}),
      config: o.config, size, guests: guestsN, upcallsForced: forced, ...(tx ? { tx } : {}), ...(rx ? { rx } : {}),
      safety: [...safety.events], upcalls: upcallCounts, cost, costSources: COST_SOURCES, dom0Side: dom0Side(),
      problems: [...problems, ...k.problems, ...guests.filter((g) => g.failed).map((g) => `guest${g.id}: ${g.failed}`)],
      ...(setupFailure ? { setupFailure } : {}), ...(refused ? { refused } : {}), ...(hv?.crashed ? { hypervisorCrash: hv.crashed } : {}),
    };
  };

  if (refused) return report('the loader refused the hypervisor instance: it does not verify');
  const handle: PlatformHandle = { machine, kernel: k, nic, hypervisor: hv, safety, objects, module, guests, path, tapWire: (fn) => { wire.listener = fn; } };
  o.onLoaded?.(handle);
  // ---- bring-up: probe, open, link (the LSC interrupt goes to whoever services the line) ----
  if (!k.initFunctions()) return report('the driver defines no init_module and no initcall');
  const init = k.initModule();
  if (!init.ok || init.value !== 0) return report(`init_module failed: ${init.reason ?? init.value}`);
  if (!k.netdev) return report('init_module registered no net device (no PCI probe ran register_netdev)');
  // pci_register_driver succeeds when probe fails or matches nothing (as in Linux): then there is
  // no device to open (the kernel leaves pci_dev->driver clear).
  if (!k.deviceBound()) return report('probe did not bind the device (it failed after registering its net device)');
  const open = k.open();
  if (!open.ok || open.value !== 0) return report(`open failed: ${open.reason ?? open.value}`);
  const lacks = driverLacks(k, o.config);
  if (lacks) return report(lacks);
  let linkMs = 0;
  for (; linkMs < 20 && !k.carrierOk(); linkMs++) {
    path.service();
    k.advance(1);
  }
  if (!k.carrierOk()) return report(`the link did not come up (${k.oops ?? 'no oops'}; ${safety.events.length} safety events)`);
  const l61 = objects.abi === 'linux-6.1', dev = k.netdev;
  const macAt = l61 ? k.mem.read32(dev + net_device.dev_addr) : dev + NETDEV.dev_addr;
  bringUp = {
    device: readCString(k.mem, dev + (l61 ? net_device.name : NETDEV.name), 16),
    mac: [...k.mem.readBytes(macAt, 6)].map((b) => b.toString(16).padStart(2, '0')).join(':'), linkMs,
  };
  // Frames for the guests reach the NIC only in promiscuous mode (dom0 bridges for them).
  if (guestsN) {
    k.promiscuous();
  }
  if (path instanceof SplitPath) path.connect();
  o.onReady?.(handle);

  const cpu = machine.cpu;
  const snapshot = (): Snapshot => ({
    ctx: cpu.counters.slice(0, 8), kernel: k.counters.kernelInsns, events: { ...events },
    copy: { dom0: k.c.copyBytes, hypervisor: hv?.stats.copyBytes ?? 0, guest: guests.reduce((a, g) => a + g.copyBytes, 0) },
    tableMisses: hv?.inst?.hvRuntime.table?.stats.misses ?? 0,
  });
  const measure = (before: Snapshot, m: Measured): void => {
    const now = snapshot();
    const d = (c: number): number => now.ctx[c]! - before.ctx[c]!;
    const modeled = now.kernel - before.kernel;
    // dom0's base context counts the driver when it runs in dom0, and the modeled services' charges.
    m.driverInsns = viaHypervisor ? d(CTX.driver) : d(CTX.dom0) - modeled;
    m.dom0Insns = d(CTX.dom0Kernel) + modeled + (viaHypervisor ? d(CTX.dom0) - modeled : 0);
    m.dom0ModeledInsns = modeled;
    m.hypervisorInsns = d(CTX.hypervisor);
    m.guestInsns = d(CTX.guest);
    m.copyBytes = { dom0: now.copy.dom0 - before.copy.dom0, hypervisor: now.copy.hypervisor - before.copy.hypervisor, guest: now.copy.guest - before.copy.guest };
    for (const key of Object.keys(events) as (keyof PvEvents)[]) m.events[key] = now.events[key] - before.events[key];
    m.onXen = onXen;
    m.tableMisses = now.tableMisses - before.tableMisses;
  };
  const finish = (m: Measured, sink: WireSink, sent: number, t0: number): DirectionResult => {
    const hostSeconds = (performance.now() - t0) / 1000;
    const cycles = cyclesPerPacket(m, cost);
    const n = Math.max(1, m.packets);
    return {
      packets: m.packets, sent, sink: sink.report(), measured: { ...m, copyBytes: { ...m.copyBytes }, events: { ...m.events } }, cycles,
      insnsPerPacket: { driver: m.driverInsns / n, dom0: m.dom0Insns / n, hypervisor: m.hypervisorInsns / n, guest: m.guestInsns / n },
      upcallsPerPacket: m.events.upcalls / n, tableMissesPerPacket: m.tableMisses / n, modeledPps: cost.cpuHz / Math.max(1, cycles.total), hostPps: m.packets / Math.max(1e-9, hostSeconds), hostSeconds,
    };
  };
  const dir = o.direction ?? 'both';
  // Wire time of 1000 frames at 1 Gb/s (preamble, FCS and inter-frame gap included), in ms.
  const msPer1000 = o.dom0MsPer1000 ?? Math.max(1, Math.round((1000 * (size + 24) * 8) / 1e9 * 1000));
  let msOwed = 0;
  const passTime = (): void => {
    msOwed += msPer1000;
    const whole = Math.floor(msOwed);
    if (whole > 0) { k.advance(whole); msOwed -= whole; path.service(); }
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
      writeTestFrame({ dst: PEER, src: s.mac, stream: s.id, seq, size }, frameBuf);
      m.packets++;
      if (path.transmit(frameBuf, s.g)) sent++;
      if (i % TX_BATCH === TX_BATCH - 1) path.service();
      if (i % 1000 === 999) passTime();
      tick();
    }
    path.service();
    k.advance(1);
    path.service();
    measure(before, m);
    wire.sink = null;
    txRes = finish(m, sink, sent, t0);
  }

  // ---- receive ----
  let rxRes: DirectionResult | undefined;
  if (dir !== 'tx') {
    const sink = new WireSink();
    const dests = guestsN ? guests.map((g) => ({ id: 100 + g.id, mac: g.mac })) : [{ id: 100, mac: nic.mac }];
    const perStream = new Map<number, number>();
    for (let i = 0; i < o.packets; i++) {
      const d = dests[i % dests.length]!;
      perStream.set(d.id, (perStream.get(d.id) ?? 0) + 1);
    }
    for (const [id, c] of perStream) sink.expect(id, c);
    for (const g of guests) g.clearReceived();
    k.takeReceived();
    const m = emptyMeasured();
    const before = snapshot();
    const t0 = performance.now();
    const seqs = new Map<number, number>();
    let sent = 0;
    for (let i = 0; i < o.packets; i++) {
      o.onPacket?.('rx', i);
      const d = dests[i % dests.length]!;
      const seq = seqs.get(d.id) ?? 0;
      seqs.set(d.id, seq + 1);
      writeTestFrame({ dst: d.mac, src: PEER, stream: d.id, seq, size }, frameBuf);
      m.packets++;
      if (nic.deliver(frameBuf) === 'accepted') sent++;
      if (i % RX_BATCH === RX_BATCH - 1) { path.service(); path.collect(sink); }
      if (i % 1000 === 999) { passTime(); path.collect(sink); }
      tick();
    }
    path.service();
    path.collect(sink);
    k.advance(1);
    path.service();
    path.collect(sink);
    measure(before, m);
    rxRes = finish(m, sink, sent, t0);
  }
  o.progress?.(total, total);
  return report(undefined, txRes, rxRes);
}
