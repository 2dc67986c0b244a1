// Fault-injection campaigns (issue 8), in the style of the Rio/Nooks injector: a deterministic plan
// of faults (per seed), each fault run on a fresh emulated machine — the faulty driver rewritten,
// assembled and loaded as the twin (or, as the baseline, linked unprotected into the hypervisor),
// a short packet workload, then classification:
//
//   corrupted  hypervisor frames or another domain's memory changed (frame checksums taken after
//              bring-up and compared after the workload; the stlb audited against the runtime's
//              record; guests' memory compared with what they and the hypervisor put there),
//              attributed to the CPU (the driver's code) or to the NIC's DMA (outside SVM's scope)
//   detected   the rewriter refused the faulty driver, or an invocation was aborted: SVM refusal,
//              bad indirect target, stack bounds, upcall argument, watchdog, CPU fault; or the
//              IOMMU (--iommu) blocked a DMA
//   wrong      packets lost, corrupted, duplicated or reordered, the driver failed to come up, or
//              dom0 died (its instance of the driver carries the fault too)
//   no-effect  none of the above
//   emulator-failure  the platform itself failed (a host exception; must never happen)
//
// Code faults are drawn from the instructions the hypervisor instance executes in a fault-free run
// of the same workload (sites 'executed', the default), or from all driver code ('all').

import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { AsmErrors } from '../asm/diagnostics.js';
import { functionInstructions, findFunctions } from '../asm/functions.js';
import type { Item, Label, Program } from '../asm/ir.js';
import { parse } from '../asm/parser.js';
import { print } from '../asm/printer.js';
import type { AddressSpace } from '../emulator/mmu.js';
import { PhysicalMemory } from '../emulator/memory.js';
import { parseObject } from '../loader/elf.js';
import { ADAPTER, BUFFER_INFO, RX_RING, TX_RING } from '../platform/layout.generated.js';
import { assemble, DriverError, driverObjects, type DriverObjects } from '../platform/driver-objects.js';
import { runConfig, type PlatformHandle, type RunReport } from '../platform/run.js';
import { rewrite } from '../rewriter/rewrite.js';
import { sampleDriverAsm } from '../util/paths.js';
import { faultCandidates, injectCodeFault, makeRng } from './mutate.js';
import {
  CODE_FAULT_TYPES, emptyOutcomeCounts, FAULT_DESCRIPTIONS, FAULT_TYPES,
  type CampaignResult, type CampaignSummary, type CodeFaultType, type CodeSite, type Corruption, type Detection,
  type FaultRecord, type FaultType, type Outcome, type PacketCounts, type RuntimeSite, type Target,
} from './types.js';

/** The packet workload every fault runs (and the fault-free profile run). */
export interface Workload {
  /** Packets per direction. */
  readonly packets: number;
  readonly size: number;
  readonly guests: number;
  /** Instructions one hypervisor invocation may run before the watchdog aborts the driver. */
  readonly invocationBudget: number;
  /** Instructions one dom0 entry into the driver may run before dom0 declares a lockup. */
  readonly dom0EntryBudget: number;
  /** Restrict the NIC's DMA to dom0's frames (an IOMMU programmed for dom0). */
  readonly iommu: boolean;
}

export const DEFAULT_WORKLOAD: Workload = { packets: 48, size: 1514, guests: 2, invocationBudget: 200_000, dom0EntryBudget: 5_000_000, iommu: false };

/** Host memory per campaign machine: dom0's 16 MiB, the guests, the hypervisor and headroom. */
const CAMPAIGN_RAM = 64 * 1024 * 1024;
/** One physical memory per thread, reset for every fault's machine. */
let sharedMemory: PhysicalMemory | null = null;
const campaignMemory = (): PhysicalMemory => (sharedMemory ??= new PhysicalMemory({ ramBytes: CAMPAIGN_RAM }));

/** The hypervisor's skb pool for a workload: room for every packet of it, twice over. */
function poolFor(w: Workload): number {
  return Math.max(64, Math.min(512, 2 * w.packets + 32));
}

/** Label placed where a code fault is, so that its address in both instances is known. */
const SITE_LABEL = '__fault_site';
/** Prefix of the coverage labels of the profile run. */
const COVER_PREFIX = '__cover_';

export interface CampaignContext {
  readonly source: string;
  readonly program: Program;
  readonly clean: DriverObjects;
  readonly workload: Workload;
  readonly sites: 'executed' | 'all';
  /** Instruction items the hypervisor instance executed in the fault-free run. */
  readonly executed: ReadonlySet<number>;
  readonly candidates: ReadonlyMap<CodeFaultType, readonly number[]>;
  /** __netdev_alloc_skb calls the hypervisor made in the fault-free run (ALLOC/FREE pick one). */
  readonly allocCalls: number;
}

export interface CodeFaultSpec { readonly index: number; readonly type: CodeFaultType; readonly item: number; readonly rngSeed: number }
export type FaultSpec =
  | CodeFaultSpec
  | { readonly index: number; readonly type: 'ALLOC' | 'FREE'; readonly call: number }
  | { readonly index: number; readonly type: 'DATA'; readonly field: string; readonly slot: number; readonly bit: number; readonly direction: 'tx' | 'rx'; readonly atPacket: number };

/** Run-time corruption targets: driver data the data path lives on. */
const DATA_FIELDS: ReadonlyArray<{ readonly name: string; readonly at: (h: PlatformHandle, slot: number) => number }> = (() => {
  const ring = (h: PlatformHandle, r: 'tx' | 'rx'): number => h.kernel.adapter + (r === 'tx' ? ADAPTER.tx_ring : ADAPTER.rx_ring);
  const count = (h: PlatformHandle, r: 'tx' | 'rx'): number => Math.max(1, h.kernel.mem.read32(ring(h, r) + (r === 'tx' ? TX_RING.count : RX_RING.count)));
  const info = (h: PlatformHandle, r: 'tx' | 'rx', slot: number): number =>
    h.kernel.mem.read32(ring(h, r) + (r === 'tx' ? TX_RING.buffer_info : RX_RING.buffer_info)) + (slot % count(h, r)) * BUFFER_INFO.size;
  const desc = (h: PlatformHandle, r: 'tx' | 'rx', slot: number): number =>
    h.kernel.mem.read32(ring(h, r) + (r === 'tx' ? TX_RING.desc : RX_RING.desc)) + (slot % count(h, r)) * 16;
  return [
    { name: 'tx_ring.next_to_use', at: (h) => ring(h, 'tx') + TX_RING.next_to_use },
    { name: 'tx_ring.next_to_clean', at: (h) => ring(h, 'tx') + TX_RING.next_to_clean },
    { name: 'rx_ring.next_to_use', at: (h) => ring(h, 'rx') + RX_RING.next_to_use },
    { name: 'rx_ring.next_to_clean', at: (h) => ring(h, 'rx') + RX_RING.next_to_clean },
    { name: 'tx_ring.desc', at: (h) => ring(h, 'tx') + TX_RING.desc },
    { name: 'rx_ring.desc', at: (h) => ring(h, 'rx') + RX_RING.desc },
    { name: 'tx_ring.buffer_info', at: (h) => ring(h, 'tx') + TX_RING.buffer_info },
    { name: 'rx_ring.buffer_info', at: (h) => ring(h, 'rx') + RX_RING.buffer_info },
    { name: 'tx_buffer_info[i].skb', at: (h, s) => info(h, 'tx', s) + BUFFER_INFO.skb },
    { name: 'rx_buffer_info[i].skb', at: (h, s) => info(h, 'rx', s) + BUFFER_INFO.skb },
    { name: 'rx_buffer_info[i].dma', at: (h, s) => info(h, 'rx', s) + BUFFER_INFO.dma },
    { name: 'tx_desc[i].buffer_addr', at: (h, s) => desc(h, 'tx', s) },
    { name: 'rx_desc[i].buffer_addr', at: (h, s) => desc(h, 'rx', s) },
  ];
})();

// ---- preparation: the clean driver, the fault-free profile, the candidates --------------------

export interface PrepareOptions {
  readonly source?: string;
  readonly workload?: Partial<Workload>;
  readonly sites?: 'executed' | 'all';
}

/**
 * Parses the driver, builds its clean objects and runs the fault-free workload once on the
 * unprotected baseline with a label on every instruction, to learn which instructions the
 * hypervisor instance executes (the original driver's instructions and the rewritten driver's
 * original instructions are the same ones).
 */
export function prepareCampaign(o: PrepareOptions = {}): CampaignContext {
  const source = o.source ?? sampleDriverAsm();
  const program = parse(source, readFileSync(source, 'utf8'));
  const clean = driverObjects(source);
  const workload: Workload = { ...DEFAULT_WORKLOAD, ...(o.workload ?? {}) };

  // Profile: every function instruction gets a label; the object is assembled and run unprotected.
  const covered = new Map<string, number>();
  const items: Item[] = [];
  const labelAt = new Map<number, string>();
  for (const f of findFunctions(program)) {
    if (f.synthetic) continue;
    for (const [i] of functionInstructions(program, f)) labelAt.set(i, `${COVER_PREFIX}${i}`);
  }
  program.items.forEach((it, i) => {
    const l = labelAt.get(i);
    if (l) { items.push({ kind: 'label', name: l, section: it.section, loc: it.loc } satisfies Label); covered.set(l, i); }
    items.push(it);
  });
  const profiled = parseObject(assemble('profile', print({ file: program.file, items })), 'profile.o');
  let handle: PlatformHandle | null = null;
  const report = runConfig({
    config: 'unprotected', packets: workload.packets, size: workload.size, guests: workload.guests, objects: { ...clean, original: profiled },
    invocationBudget: workload.invocationBudget, dom0EntryBudget: workload.dom0EntryBudget, poolSkbs: poolFor(workload), memory: campaignMemory(), onReady: (h) => { handle = h; },
  });
  const h = handle as PlatformHandle | null;
  if (!h || report.setupFailure || report.safety.length || !cleanRun(report)) {
    throw new DriverError(`${source}: the fault-free profile run failed: ${report.setupFailure ?? report.safety[0]?.detail ?? 'packets lost'}`);
  }
  const ran = executedAddresses(h.hypervisor!.unprotectedSpace!);
  const executed = new Set<number>();
  for (const [name, a] of h.hypervisor!.unprotected!.hv.symbols) {
    const i = covered.get(name);
    if (i !== undefined && ran.has(a >>> 0)) executed.add(i);
  }
  const allocCalls = h.hypervisor!.hot.counts.get('__netdev_alloc_skb') ?? 0;
  return contextFrom({ source, workload, sites: o.sites ?? 'executed', executed: [...executed], allocCalls }, program, clean);
}

/** What a worker thread needs to rebuild the context without repeating the profile run. */
export interface ContextSeed {
  readonly source: string;
  readonly workload: Workload;
  readonly sites: 'executed' | 'all';
  readonly executed: readonly number[];
  readonly allocCalls: number;
}

export function seedOf(ctx: CampaignContext): ContextSeed {
  return { source: ctx.source, workload: ctx.workload, sites: ctx.sites, executed: [...ctx.executed], allocCalls: ctx.allocCalls };
}

/** The context from a seed (candidates: every site of each type, or those executed). */
export function contextFrom(seed: ContextSeed, program?: Program, clean?: DriverObjects): CampaignContext {
  const p = program ?? parse(seed.source, readFileSync(seed.source, 'utf8'));
  const executed = new Set(seed.executed);
  const candidates = new Map<CodeFaultType, number[]>();
  for (const t of CODE_FAULT_TYPES) {
    const all = faultCandidates(p, t);
    candidates.set(t, seed.sites === 'all' ? all : all.filter((i: number) => executed.has(i)));
  }
  return { source: seed.source, program: p, clean: clean ?? driverObjects(seed.source), workload: seed.workload, sites: seed.sites, executed, candidates, allocCalls: seed.allocCalls };
}

/** Start addresses of every instruction of every block the CPU compiled in `space`. */
function executedAddresses(space: AddressSpace): Set<number> {
  const out = new Set<number>();
  for (const b of space.blocks.values()) {
    const insns = (b as { insns?: ReadonlyArray<{ address: number }> }).insns;
    if (insns) for (const d of insns) out.add(d.address >>> 0);
  }
  return out;
}

function cleanRun(r: RunReport): boolean {
  const ok = (d: RunReport['tx']): boolean => !!d && d.sink.lost === 0 && d.sink.corrupt === 0 && d.sink.duplicate === 0 && d.sink.foreign === 0 && d.sink.outOfOrder === 0;
  return ok(r.tx) && ok(r.rx);
}

// ---- the plan ---------------------------------------------------------------------------------

/** splitmix32 of (seed, index): the fault's own random stream, independent of the others. */
function mix(seed: number, index: number): number {
  let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * `faults` faults, types taken round-robin from `types` so every type is represented evenly;
 * deterministic in (seed, types, the driver). Types with no candidate site are skipped and named.
 */
export function planCampaign(ctx: CampaignContext, faults: number, seed: number, types: readonly FaultType[] = FAULT_TYPES): { specs: FaultSpec[]; skipped: FaultType[] } {
  const usable = types.filter((t) => !(CODE_FAULT_TYPES as readonly string[]).includes(t) || (ctx.candidates.get(t as CodeFaultType)?.length ?? 0) > 0);
  const skipped = types.filter((t) => !usable.includes(t));
  const specs: FaultSpec[] = [];
  if (!usable.length) return { specs, skipped };
  for (let index = 0; index < faults; index++) {
    const type = usable[index % usable.length]!;
    const r = makeRng(mix(seed, index));
    if (type === 'ALLOC' || type === 'FREE') {
      specs.push({ index, type, call: 1 + r.int(Math.max(1, ctx.allocCalls)) });
    } else if (type === 'DATA') {
      const f = DATA_FIELDS[r.int(DATA_FIELDS.length)]!;
      specs.push({ index, type, field: f.name, slot: r.int(256), bit: r.int(32), direction: r.next() < 0.5 ? 'tx' : 'rx', atPacket: r.int(ctx.workload.packets) });
    } else {
      const cands = ctx.candidates.get(type)!;
      let spec: FaultSpec | null = null;
      for (let tries = 0; tries < 32 && !spec; tries++) {
        const item = cands[r.int(cands.length)]!;
        const rngSeed = (r.next() * 2 ** 32) >>> 0;
        if (injectCodeFault(ctx.program, type as CodeFaultType, item, makeRng(rngSeed))) spec = { index, type: type as CodeFaultType, item, rngSeed };
      }
      if (spec) specs.push(spec);
    }
  }
  return { specs, skipped };
}

// ---- one fault ----------------------------------------------------------------------------------

/** A frame's contents as a number (FNV-1a over its 32-bit words). */
function frameHash(mem: PhysicalMemory, pfn: number): number {
  const slot = mem.frameSlot[pfn]!;
  if (slot < 0) return 0;
  let h = 0x811c9dc5;
  const base = slot * 1024;
  for (let i = 0; i < 1024; i++) h = Math.imul(h ^ mem.i32[base + i]!, 0x01000193);
  return h >>> 0;
}

function insertSiteLabel(base: Program, faulty: Program): Program {
  const a = base.items, b = faulty.items;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const at = b[Math.min(k, b.length - 1)]!;
  const items = [...b.slice(0, k), { kind: 'label', name: SITE_LABEL, section: at.section, loc: at.loc } satisfies Label, ...b.slice(k)];
  return { file: faulty.file, items };
}

const DETECTION_OF: Readonly<Record<string, Detection>> = {
  'svm-access': 'svm-access', 'indirect-target': 'indirect-target', 'bad-target': 'indirect-target', 'bad-return': 'bad-return', 'stack-bounds': 'stack-bounds',
  'upcall-pointer': 'upcall-arg', 'port-io': 'svm-access', 'cpu-fault': 'cpu-fault', watchdog: 'watchdog',
};

/** For tests of the classifier: acts on the platform right after the fault is armed. */
export interface FaultProbe {
  readonly onReady?: (h: PlatformHandle) => void;
}

export function runFault(ctx: CampaignContext, spec: FaultSpec, target: Target, probe: FaultProbe = {}): FaultRecord {
  const t0 = performance.now();
  const w = ctx.workload;
  const noPackets: PacketCounts = { txOffered: w.packets, txOnWire: 0, rxOffered: w.packets, rxDelivered: 0, bad: 0 };
  let site: CodeSite | RuntimeSite;
  let objects = ctx.clean;
  const base = { index: spec.index, type: spec.type as FaultType, target, description: FAULT_DESCRIPTIONS[spec.type as FaultType] };
  const done = (r: Omit<FaultRecord, 'index' | 'type' | 'target' | 'description' | 'site' | 'hostMs'>): FaultRecord =>
    ({ ...base, site, ...r, hostMs: Math.round(performance.now() - t0) });

  // ---- build the faulty driver ----
  if (spec.type === 'ALLOC' || spec.type === 'FREE') {
    site = { kind: 'runtime', routine: '__netdev_alloc_skb', call: spec.call };
  } else if (spec.type === 'DATA') {
    site = { kind: 'runtime', field: spec.field, bit: spec.bit, atPacket: spec.atPacket, ...(spec.field.includes('[i]') ? { call: spec.slot } : {}) };
  } else {
    const c = spec as CodeFaultSpec;
    const m = injectCodeFault(ctx.program, c.type, c.item, makeRng(c.rngSeed));
    if (!m) {
      site = { kind: 'code', function: '?', line: ctx.program.items[c.item]?.loc.line ?? 0, original: '', mutated: [] };
      return done({ outcome: 'emulator-failure', detail: 'the planned mutation could not be reproduced', activated: false, packets: noPackets });
    }
    site = m.site;
    const faulty = insertSiteLabel(ctx.program, m.program);
    try {
      if (target === 'twin') {
        const rw = rewrite(faulty);
        objects = { ...ctx.clean, rewritten: parseObject(assemble(`fault${spec.index}.svm`, print(rw.program)), `fault${spec.index}.svm.o`) };
      } else {
        objects = { ...ctx.clean, original: parseObject(assemble(`fault${spec.index}`, print(faulty)), `fault${spec.index}.o`) };
      }
    } catch (e) {
      if (e instanceof AsmErrors && target === 'twin') {
        return done({ outcome: 'detected', detection: 'rejected', detail: `the rewriter refused it: ${e.errors[0]?.message ?? e.message}`, activated: false, packets: noPackets });
      }
      return done({ outcome: 'emulator-failure', detail: `building the faulty driver failed: ${(e as Error).message.split('\n')[0]}`, activated: false, packets: noPackets });
    }
  }

  // ---- run it ----
  let h: PlatformHandle | null = null;
  let baseline: Map<number, number> | null = null;
  const rangesBefore = new Map<string, Uint8Array>();
  let dataFired = false;
  const alloc = spec.type === 'ALLOC' || spec.type === 'FREE' ? { kind: spec.type === 'ALLOC' ? 'null' as const : 'free-early' as const, call: spec.call, seen: 0, fired: false } : null;
  let report: RunReport;
  try {
    report = runConfig({
      config: target, packets: w.packets, size: w.size, guests: w.guests, objects,
      invocationBudget: w.invocationBudget, dom0EntryBudget: w.dom0EntryBudget, poolSkbs: poolFor(w), memory: campaignMemory(),
      onReady: (handle) => {
        h = handle;
        const hv = handle.hypervisor!;
        baseline = new Map(hv.protectedFrames().map((p) => [p, frameHash(handle.machine.mem, p)]));
        for (const r of hv.protectedRanges()) rangesBefore.set(r.name, hv.region.view.readBytes(r.va, r.length));
        handle.machine.bus.dmaWritten = new Set();
        if (w.iommu) handle.machine.bus.iommu = (pfn) => hv.dom0Owns(pfn);
        if (alloc) hv.hot.allocFault = alloc;
        probe.onReady?.(handle);
      },
      onPacket: (dir, i) => {
        if (spec.type !== 'DATA' || dir !== spec.direction || i !== spec.atPacket || !h) return;
        const f = DATA_FIELDS.find((x) => x.name === spec.field)!;
        const mem = (h as PlatformHandle).kernel.mem;
        const va = f.at(h, spec.slot);
        mem.write32(va, (mem.read32(va) ^ (1 << spec.bit)) >>> 0);
        dataFired = true;
      },
    });
  } catch (e) {
    const err = e as Error;
    return done({ outcome: 'emulator-failure', detail: `platform exception: ${err.message.split('\n')[0]} ${(err.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ')}`, activated: false, packets: noPackets });
  }
  const handle = h as PlatformHandle | null;
  const hv = handle?.hypervisor ?? null;
  if (report.refused) {
    // The rewriter accepted the faulty driver but the independent verifier did not.
    return done({ outcome: 'detected', detection: 'rejected', detail: `the loader's verifier refused it: ${report.refused.split('\n').slice(0, 2).join(' ')}`, activated: false, packets: noPackets });
  }

  // ---- activation ----
  let activated = false;
  if (alloc) activated = alloc.fired;
  else if (spec.type === 'DATA') activated = dataFired;
  else if (handle && hv) {
    const hvSym = (hv.inst?.hv ?? hv.unprotected?.hv)?.symbols.get(SITE_LABEL);
    const vmSym = handle.module.symbols.get(SITE_LABEL);
    const spaces = hv.unprotected ? [hv.unprotectedSpace!] : [hv.space, ...hv.guests.map((g) => g.space)];
    activated = (hvSym !== undefined && spaces.some((s) => executedAddresses(s).has(hvSym >>> 0))) ||
      (vmSym !== undefined && executedAddresses(handle.kernel.space).has(vmSym >>> 0));
  }

  // ---- packets ----
  const tx = report.tx?.sink, rx = report.rx?.sink;
  const bad = (s: typeof tx): number => (s ? s.lost + s.corrupt + s.duplicate + s.foreign + s.outOfOrder : w.packets);
  const packets: PacketCounts = { txOffered: w.packets, txOnWire: tx?.ok ?? 0, rxOffered: w.packets, rxDelivered: rx?.ok ?? 0, bad: bad(tx) + bad(rx) };

  // ---- corruption: hypervisor frames, the stlb, the guests ----
  let corruption: Corruption | undefined;
  if (handle && hv && baseline) {
    const mem = handle.machine.mem;
    const dma = handle.machine.bus.dmaWritten ?? new Set<number>();
    const regions: string[] = [];
    const hvChanged = [...(baseline as Map<number, number>)].filter(([p, hsh]) => frameHash(mem, p) !== hsh).map(([p]) => p);
    if (hvChanged.length) regions.push(`hypervisor frames ${hvChanged.slice(0, 4).map((p) => `0x${p.toString(16)}`).join(', ')}${hvChanged.length > 4 ? ' ...' : ''}`);
    for (const r of hv.protectedRanges()) {
      const now = hv.region.view.readBytes(r.va, r.length);
      const was = rangesBefore.get(r.name);
      if (was && now.some((b, i) => b !== was[i])) {
        regions.push(r.name);
        const t = hv.region.view.translate(r.va);
        if (t) hvChanged.push(t.pfn);
      }
    }
    const stlb = hv.inst?.hvRuntime.auditStlb() ?? [];
    if (stlb.length) regions.push(`stlb ${stlb[0]}`);
    const foreign: number[] = [];
    for (const g of hv.guests) {
      for (const va of g.corruptedPages()) {
        const t = g.space.translate(va);
        if (t) foreign.push(t.pfn);
        regions.push(`guest${g.id} page 0x${va.toString(16)}`);
      }
    }
    const changed = [...hvChanged, ...foreign];
    if (changed.length || stlb.length) {
      corruption = {
        hypervisorFrames: hvChanged.length + (stlb.length ? 1 : 0), foreignFrames: foreign.length,
        via: changed.length && changed.every((p) => dma.has(p)) ? 'dma' : 'cpu', regions: regions.slice(0, 6),
      };
    }
  }

  // ---- classification ----
  const hostErrors = hv?.hostErrors ?? [];
  if (hostErrors.length) return done({ outcome: 'emulator-failure', detail: hostErrors[0]!, activated, packets, ...(corruption ? { corruption } : {}) });
  if (corruption) {
    return done({ outcome: 'corrupted', detail: `${corruption.via === 'dma' ? 'by DMA' : 'by the CPU'}: ${corruption.regions.join('; ')}`, activated, packets, corruption });
  }
  const event = report.safety[0];
  if (event) {
    const detection = DETECTION_OF[event.kind] ?? 'cpu-fault';
    const crash = target === 'unprotected' && event.instance === 'hv' && (detection === 'cpu-fault' || detection === 'watchdog');
    return done({
      outcome: 'detected', detection, detail: `${crash ? 'hypervisor crash: ' : ''}${event.kind} (${event.instance} instance${event.line ? `, line ${event.line}` : ''}): ${event.detail}`,
      activated, packets, ...(crash ? { hypervisorCrash: true } : {}),
    });
  }
  const iommuBlocked = handle?.nic.errors.find((e) => e.includes('IOMMU blocked'));
  if (iommuBlocked) return done({ outcome: 'detected', detection: 'dma-blocked', detail: iommuBlocked, activated, packets });
  const oops = handle?.kernel.oops;
  if (report.setupFailure) return done({ outcome: 'wrong', detail: `the driver did not come up: ${report.setupFailure}`, activated, packets });
  if (oops) return done({ outcome: 'wrong', detail: `dom0 died: ${oops}`, activated, packets });
  if (packets.bad || packets.txOnWire < w.packets || packets.rxDelivered < w.packets) {
    const first = tx?.problems[0] ?? rx?.problems[0];
    return done({ outcome: 'wrong', detail: `${packets.txOnWire}/${w.packets} sent and ${packets.rxDelivered}/${w.packets} received intact${first ? `: ${first}` : ''}`, activated, packets });
  }
  const problems = report.problems;
  if (problems.length) return done({ outcome: 'wrong', detail: `dom0 reported: ${problems[0]}`, activated, packets });
  return done({ outcome: 'no-effect', detail: activated ? 'the fault ran without visible effect' : 'the faulty code did not run', activated, packets });
}

// ---- the campaign -------------------------------------------------------------------------------

export function summarize(records: readonly FaultRecord[]): CampaignSummary {
  const byType: Record<string, ReturnType<typeof emptyOutcomeCounts>> = {};
  const total = emptyOutcomeCounts();
  const detections: Record<string, number> = {};
  const corruptedVia = { cpu: 0, dma: 0 };
  let activated = 0, hypervisorCrashes = 0;
  for (const r of records) {
    (byType[r.type] ??= emptyOutcomeCounts())[r.outcome]++;
    total[r.outcome]++;
    if (r.detection) detections[r.detection] = (detections[r.detection] ?? 0) + 1;
    if (r.corruption) corruptedVia[r.corruption.via]++;
    if (r.activated) activated++;
    if (r.hypervisorCrash) hypervisorCrashes++;
  }
  return { byType, total, detections, corruptedVia, activated, hypervisorCrashes };
}

export interface CampaignOptions {
  readonly faults: number;
  readonly seed: number;
  readonly target: Target;
  readonly types?: readonly FaultType[];
  readonly context?: CampaignContext;
  readonly prepare?: PrepareOptions;
  /** Called after each fault with the records so far (progress bars). */
  readonly progress?: (done: number, total: number) => void;
  readonly onRecord?: (r: FaultRecord) => void;
}

/** Runs a campaign in this thread (the CLI spreads faults over worker threads: see pool.ts). */
export function runCampaignSync(o: CampaignOptions): CampaignResult {
  const t0 = performance.now();
  const ctx = o.context ?? prepareCampaign(o.prepare);
  const types = o.types ?? FAULT_TYPES;
  const { specs, skipped } = planCampaign(ctx, o.faults, o.seed, types);
  const records: FaultRecord[] = [];
  for (const s of specs) {
    const r = runFault(ctx, s, o.target);
    records.push(r);
    o.onRecord?.(r);
    o.progress?.(records.length, specs.length);
  }
  return finishCampaign(ctx, o, types, skipped, records, (performance.now() - t0) / 1000);
}

export function finishCampaign(ctx: CampaignContext, o: Pick<CampaignOptions, 'seed' | 'target'>, types: readonly FaultType[], skipped: readonly FaultType[],
  records: readonly FaultRecord[], hostSeconds: number): CampaignResult {
  const sorted = [...records].sort((a, b) => a.index - b.index);
  return {
    version: 1, target: o.target, seed: o.seed, types: [...types], skippedTypes: [...skipped], sites: ctx.sites, packetsPerFault: ctx.workload.packets, iommu: ctx.workload.iommu,
    records: sorted, summary: summarize(sorted), hostSeconds, faultsPerSecond: sorted.length / Math.max(1e-9, hostSeconds),
  };
}

export const OUTCOME_ORDER: readonly Outcome[] = ['no-effect', 'detected', 'wrong', 'corrupted', 'emulator-failure'];
