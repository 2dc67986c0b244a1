// One fault of a campaign (issue 17): the faulty driver built (code faults) or the run-time fault
// armed, the workload run on a fresh machine with the protected memory watched from before the
// driver's first instruction (protect.ts), and the evidence classified, most severe first:
//
//   corrupted       a store of the driver into protected memory (write watch), or a checksum
//                   finding after the run
//   system-failure  the hypervisor's own code faulted or hung (any target); in the unprotected
//                   baseline also an invocation of the driver aborted by a fault (crash) or its
//                   budget (hang) — no check stood between the driver and the hypervisor; the
//                   hypervisor's own checks (upcall arguments, validation of what its C reads from
//                   dom0: HYPERVISOR_CHECKS) are the ones both targets share
//   wrong           harm that reached a domain: frames delivered corrupt, duplicated, foreign or
//                   out of order, or dom0 died
//   contained       a check caught it and the driver was aborted while the hypervisor and the
//                   guests went on: an SVM check, the verified-entry check or the watchdog (twin),
//                   the hypervisor's own checks, the IOMMU, the rewriter or the loader's verifier
//                   (packets lost after the abort are its consequence)
//   wrong           frames lost, the driver did not come up, dom0 logged misuse, or the resources
//                   left after the run (pool skbs, dom0 heap blocks, DMA mappings) differ from the
//                   fault-free run's (a leak)
//   no-effect       none of these
// emulator-failure only when the tool itself failed: an exception of the platform or of the
// assembler on a mutation, or a host error inside a hook.

import { performance } from 'node:perf_hooks';
import { AsmErrors } from '../asm/diagnostics.js';
import type { Label, Program } from '../asm/ir.js';
import { print } from '../asm/printer.js';
import type { AddressSpace } from '../emulator/mmu.js';
import { parseObject, type ObjectFile } from '../loader/elf.js';
import { linkModule } from '../loader/module.js';
import { assemble, definedSymbols, type DriverObjects } from '../platform/driver-objects.js';
import { HV_MAP } from '../platform/hypervisor/layout.js';
import { runConfig, type PlatformHandle, type RunReport } from '../platform/run.js';
import { rewrite } from '../rewriter/rewrite.js';
import type { SafetyEvent, SafetyKind } from '../svm-runtime/runtime.js';
import { campaignMemory, isCodeSpec, locate, type CampaignContext, type CodeFaultSpec, type FaultSpec, type Workload } from './context.js';
import { injectCodeFault, makeRng } from './mutate.js';
import { ProtectedMemory, type Violation } from './protect.js';
import { RuntimeFault, runtimeSite } from './runtime-faults.js';
import {
  DOMAINS, emptyMatrix, FAULT_DESCRIPTIONS, VIAS, type CodeSite, type Corruption, type Detection, type FaultRecord, type FaultType, type PacketCounts,
  type RuntimeSite, type SystemFailure, type Target,
} from './types.js';

/** Label placed where a code fault is, so that its address in both instances is known. */
export const SITE_LABEL = '__fault_site';

/** What is left of the shared resources after a run; a fault-free run leaves the same every time. */
export interface Resources {
  readonly poolFree: number;
  readonly heapBlocks: number;
  readonly dmaMappings: number;
}

/** The hypervisor's skb pool for a workload: room for every packet of it, twice over. */
export function poolFor(w: Workload): number {
  return Math.max(64, Math.min(512, 2 * w.packets + 32));
}

/** For tests of the classifier: act on the platform before the driver runs, once it is up, and after the workload. */
export interface FaultProbe {
  readonly onLoaded?: (h: PlatformHandle) => void;
  readonly onReady?: (h: PlatformHandle) => void;
  readonly onFinished?: (h: PlatformHandle) => void;
}

export interface WorkloadRun {
  readonly report: RunReport;
  readonly handle: PlatformHandle | null;
  readonly protect: ProtectedMemory | null;
}

/**
 * The campaign's workload on a fresh machine (target's configuration, `objects`), protected memory
 * watched from before the driver's first instruction. Throws what the platform throws.
 */
export function runWorkload(ctx: Pick<CampaignContext, 'workload'>, objects: DriverObjects, target: Target,
  hooks: { onLoaded?: (h: PlatformHandle, p: ProtectedMemory) => void; onReady?: (h: PlatformHandle, p: ProtectedMemory) => void; onPacket?: (dir: 'tx' | 'rx', i: number, p: ProtectedMemory) => void } = {}): WorkloadRun {
  const w = ctx.workload;
  let handle: PlatformHandle | null = null;
  let protect: ProtectedMemory | null = null;
  const report = runConfig({
    config: target, packets: w.packets, size: w.size, guests: w.guests, objects,
    invocationBudget: w.invocationBudget, dom0EntryBudget: w.dom0EntryBudget, poolSkbs: poolFor(w), memory: campaignMemory(),
    onLoaded: (h) => {
      handle = h;
      protect = new ProtectedMemory(h);
      hooks.onLoaded?.(h, protect);
    },
    onReady: (h) => {
      // The device's IOMMU context as Xen sets it up for dom0: all of dom0's memory, and a guest's
      // frame (a transmit fragment) only while a DMA mapping of that very frame is live; the
      // hypervisor's frames never (test/security/iommu.test.ts).
      if (w.iommu) {
        const hv = h.hypervisor!, k = h.kernel;
        h.machine.bus.iommu = (pfn) => hv.dom0Owns(pfn) || (hv.guests.some((g) => g.frames.has(pfn)) && k.dmaMappingIn(pfn));
      }
      hooks.onReady?.(h, protect!);
    },
    onPacket: (dir, i) => hooks.onPacket?.(dir, i, protect!),
  });
  return { report, handle, protect };
}

export function resourcesOf(h: PlatformHandle): Resources {
  return { poolFree: h.hypervisor?.poolAvailable() ?? 0, heapBlocks: h.kernel.heap.stats().blocksLive, dmaMappings: h.kernel.dmaMappingCount };
}

/**
 * The detection each safety kind is reported as (every kind has one: a new kind does not compile
 * until it is named here).
 */
const DETECTION_OF: Readonly<Record<SafetyKind, Detection>> = {
  'svm-access': 'svm-access', 'port-io': 'svm-access', 'indirect-target': 'indirect-target', 'bad-target': 'indirect-target', 'bad-return': 'bad-return',
  'stack-bounds': 'stack-bounds', 'upcall-pointer': 'upcall-arg', 'bad-entry': 'bad-entry', 'hv-input': 'hv-input', 'cpu-fault': 'cpu-fault', watchdog: 'watchdog',
};

/**
 * What caught an event. A refused translation with no site of the driver's code is the
 * hypervisor's C refusing a dom0 pointer it was handed (its own D() accesses: the hot routines,
 * the hypercalls, the softirq): the hypervisor validating its input, as it does in the unprotected
 * baseline too — not the driver's SVM checks.
 */
export function detectionOf(e: SafetyEvent): Detection {
  return e.kind === 'svm-access' && e.site === undefined ? 'hv-input' : DETECTION_OF[e.kind];
}

/**
 * The event stopped the driver at an upcall stub: the dom0 routine it called did not return (dom0
 * died or hung in it). The upcall mechanism is the hypervisor's in both targets; what happened is
 * dom0's failure (the outcome says so), not the hypervisor's.
 */
function inUpcall(e: SafetyEvent): boolean {
  return e.address >= HV_MAP.stubs && e.address < HV_MAP.stubs + 16 * HV_MAP.maxStubs;
}

/**
 * Checks of the hypervisor itself, which the unprotected baseline has too: the upcall argument
 * check and the validation of what the hypervisor's C reads from dom0 or is handed by the driver.
 * Any other abort of a driver invocation in the baseline is the hypervisor crashing or hanging.
 */
const HYPERVISOR_CHECKS: ReadonlySet<Detection> = new Set(['upcall-arg', 'hv-input']);

export function runFault(ctx: CampaignContext, spec: FaultSpec, target: Target, probe: FaultProbe = {}): FaultRecord {
  const t0 = performance.now();
  const w = ctx.workload;
  const noPackets: PacketCounts = { txOffered: w.packets, txOnWire: 0, rxOffered: w.packets, rxDelivered: 0, bad: 0 };
  let site: CodeSite | RuntimeSite;
  let objects = ctx.clean;
  const base = { index: spec.index, type: spec.type as FaultType, target, description: FAULT_DESCRIPTIONS[spec.type as FaultType] };
  const done = (r: Omit<FaultRecord, 'index' | 'type' | 'target' | 'description' | 'site' | 'hostMs'>): FaultRecord =>
    ({ ...base, site, ...r, hostMs: Math.round(performance.now() - t0) });
  const rt = isCodeSpec(spec) ? null : new RuntimeFault(spec);

  // ---- build the faulty driver ----
  if (!isCodeSpec(spec)) {
    site = runtimeSite(spec);
  } else {
    const at = locate(ctx, spec.item);
    const m = injectCodeFault(at.program, spec.type, at.local, makeRng(spec.rngSeed));
    if (!m) {
      site = { kind: 'code', function: '?', line: at.program.items[at.local]?.loc.line ?? 0, original: '', mutated: [] };
      return done({ outcome: 'emulator-failure', detail: 'the planned mutation could not be reproduced', activated: false, packets: noPackets });
    }
    site = ctx.programs.length > 1 ? { ...m.site, file: at.program.file } : m.site;
    const built = buildFaulty(ctx, spec, at.part, insertSiteLabel(at.program, m.program), target);
    if (typeof built === 'string') return done({ outcome: 'contained', detection: 'rejected', detail: built, activated: false, packets: noPackets });
    if (built instanceof Error) return done({ outcome: 'emulator-failure', detail: built.message, activated: false, packets: noPackets });
    objects = built;
  }

  // ---- run it ----
  let run: WorkloadRun;
  try {
    run = runWorkload(ctx, objects, target, {
      onLoaded: (h) => probe.onLoaded?.(h),
      onReady: (h, p) => { rt?.ready(h, p); probe.onReady?.(h); },
      onPacket: (dir, i, p) => rt?.packet(dir, i, p),
    });
  } catch (e) {
    const err = e as Error;
    return done({ outcome: 'emulator-failure', detail: `platform exception: ${err.message.split('\n')[0]} ${(err.stack ?? '').split('\n').slice(1, 3).map((l) => l.trim()).join(' ')}`, activated: rt?.activated ?? false, packets: noPackets });
  }
  const { report, handle } = run;
  if (handle) probe.onFinished?.(handle);
  if (rt?.at) site = { ...site, at: rt.at } as RuntimeSite;
  if (report.refused) {
    return done({ outcome: 'contained', detection: 'rejected', detail: `the loader's verifier refused it: ${report.refused.split('\n').slice(0, 2).join(' ')}`, activated: false, packets: noPackets });
  }
  const activated = rt ? rt.activated : codeActivated(handle);
  const tx = report.tx?.sink, rx = report.rx?.sink;
  const bad = (s: typeof tx): number => (s ? s.lost + s.corrupt + s.duplicate + s.foreign + s.outOfOrder : w.packets);
  const packets: PacketCounts = { txOffered: w.packets, txOnWire: tx?.ok ?? 0, rxOffered: w.packets, rxDelivered: rx?.ok ?? 0, bad: bad(tx) + bad(rx) };
  return done(classify(ctx, target, run, activated, packets));
}

type Verdict = Omit<FaultRecord, 'index' | 'type' | 'target' | 'description' | 'site' | 'hostMs'>;

/** The outcome of a run from its evidence (see the header for the order). */
function classify(ctx: CampaignContext, target: Target, run: WorkloadRun, activated: boolean, packets: PacketCounts): Verdict {
  const { report, handle, protect } = run;
  const w = ctx.workload;
  const hv = handle?.hypervisor ?? null;
  const hostErrors = hv?.hostErrors ?? [];
  if (hostErrors.length) return { outcome: 'emulator-failure', detail: `host error inside a hook: ${hostErrors[0]!}`, activated, packets };

  // Evidence.
  const corruption = protect ? corruptionOf(protect) : undefined;
  const hvEvent = report.safety.find((e) => e.instance === 'hv');
  const event = hvEvent ?? report.safety[0];
  // The hypervisor's own code failing is a system failure whatever the target; in the unprotected
  // baseline so is any abort of a driver invocation no check of the hypervisor itself made.
  const failing = report.hypervisorCrash ? hvEvent
    : target === 'unprotected' && hvEvent && !HYPERVISOR_CHECKS.has(detectionOf(hvEvent)) && !inUpcall(hvEvent) ? hvEvent : undefined;
  const systemFailure: SystemFailure | undefined = failing ? (failing.kind === 'watchdog' ? 'hang' : 'crash') : undefined;
  const iommuBlocked = handle?.nic.errors.find((e) => e.includes('IOMMU blocked'));
  const detection: Detection | undefined = systemFailure ? undefined : event ? detectionOf(event) : iommuBlocked ? 'dma-blocked' : undefined;
  const sinks = [report.tx?.sink, report.rx?.sink];
  const harmed = sinks.reduce((n, s) => n + (s ? s.corrupt + s.duplicate + s.foreign + s.outOfOrder : 0), 0);
  const oops = handle?.kernel.oops ?? null;
  const also = { ...(detection ? { detection } : {}), ...(systemFailure ? { systemFailure } : {}) };
  const first = report.tx?.sink.problems[0] ?? report.rx?.sink.problems[0];

  if (corruption) {
    const wr = corruption.first[0]!;
    const n = DOMAINS.reduce((a, d) => a + VIAS.reduce((b, v) => b + corruption.writes[d][v], 0), 0);
    return { outcome: 'corrupted', detail: `${corruption.caughtBy === 'checksum' ? 'changed (checksum)' : `written ${viaText(wr.via, wr.instance)}`}: ${wr.where} (pa 0x${wr.pa.toString(16)}, ${wr.length} bytes)${n > 1 ? ` and ${n - 1} more` : ''}`, activated, packets, corruption, ...also };
  }
  if (systemFailure) return { outcome: 'system-failure', detail: `hypervisor ${systemFailure === 'hang' ? 'hung' : 'crashed'}: ${report.hypervisorCrash ?? eventText(failing!)}`, activated, packets, systemFailure };
  if (oops) return { outcome: 'wrong', detail: `dom0 died: ${oops}`, activated, packets, ...also };
  if (harmed) return { outcome: 'wrong', detail: `${harmed} frames delivered corrupt, duplicated, foreign or out of order${first ? `: ${first}` : ''}`, activated, packets, ...also };
  if (detection) {
    const detail = event ? eventText(event) : iommuBlocked!;
    return { outcome: 'contained', detection, detail, activated, packets };
  }
  if (report.setupFailure) return { outcome: 'wrong', detail: `the driver did not come up: ${report.setupFailure}`, activated, packets };
  if (packets.bad || packets.txOnWire < w.packets || packets.rxDelivered < w.packets) {
    return { outcome: 'wrong', detail: `${packets.txOnWire}/${w.packets} sent and ${packets.rxDelivered}/${w.packets} received intact${first ? `: ${first}` : ''}`, activated, packets };
  }
  if (report.problems.length) return { outcome: 'wrong', detail: `dom0 reported: ${report.problems[0]}`, activated, packets };
  const leak = handle ? leakText(resourcesOf(handle), ctx.reference[target]) : null;
  if (leak) return { outcome: 'wrong', detail: `resources left differ from the fault-free run: ${leak}`, activated, packets };
  return { outcome: 'no-effect', detail: activated ? 'the fault ran without visible effect' : 'the fault was not reached', activated, packets };
}

function corruptionOf(p: ProtectedMemory): Corruption | undefined {
  const { confirmed, unattributed } = p.checksums();
  if (!p.total && !unattributed.length) return undefined;
  const writes = emptyMatrix();
  for (const d of DOMAINS) for (const v of VIAS) writes[d][v] = p.counts[d][v];
  for (const v of unattributed) writes[v.domain][v.via]++;
  const first: Violation[] = [...p.violations, ...unattributed].slice(0, 6);
  const bySums = confirmed + unattributed.length > 0;
  return {
    writes, via: first[0]!.via, caughtBy: p.total && bySums ? 'both' : p.total ? 'watch' : 'checksum', instances: { ...p.byInstance },
    first: first.map((v) => ({ domain: v.domain, via: v.via, ...(v.instance ? { instance: v.instance } : {}), pa: v.pa, length: v.length, where: v.where })),
  };
}

const viaText = (v: string, instance?: string): string => (v === 'cpu' ? `by the driver's code (${instance === 'vm' ? 'the VM instance in dom0' : 'the hypervisor instance'})` : v === 'dma' ? "by the NIC's DMA" : v === 'routine' ? 'by a kernel routine the driver called, on its pointer' : '');

function eventText(e: SafetyEvent): string {
  return `${e.kind} (${e.instance} instance${e.line ? `, line ${e.line}` : ''}): ${e.detail}`;
}

function leakText(now: Resources, ref: Resources | undefined): string | null {
  if (!ref) return null;
  const diffs: string[] = [];
  if (now.poolFree !== ref.poolFree) diffs.push(`${now.poolFree} pool skbs free (fault-free ${ref.poolFree})`);
  if (now.heapBlocks !== ref.heapBlocks) diffs.push(`${now.heapBlocks} dom0 heap blocks live (fault-free ${ref.heapBlocks})`);
  if (now.dmaMappings !== ref.dmaMappings) diffs.push(`${now.dmaMappings} DMA mappings (fault-free ${ref.dmaMappings})`);
  return diffs.length ? diffs.join(', ') : null;
}

/**
 * The faulty driver's objects; a string when the rewriter refused it; an Error when building failed
 * (a tool defect). In a module of several parts the faulty part is rewritten as driverObjects
 * rewrites a part (port I/O through the helpers, calls to the other parts' functions as module
 * calls) and linked with the other parts' clean objects.
 */
function buildFaulty(ctx: CampaignContext, spec: CodeFaultSpec, part: number, faulty: Program, target: Target): DriverObjects | string | Error {
  try {
    const several = ctx.programs.length > 1;
    const name = `fault${spec.index}`;
    if (target === 'twin') {
      const rw = rewrite(faulty, several ? { portIo: 'helpers', moduleSymbols: cleanParts(ctx).symbols, svm: ctx.clean.svm } : { svm: ctx.clean.svm });
      const bytes = assemble(`${name}.svm`, print(rw.program));
      return { ...ctx.clean, rewritten: several ? relink(ctx, 'svm', part, bytes) : parseObject(bytes, `${name}.svm.o`) };
    }
    const bytes = assemble(name, print(faulty));
    return { ...ctx.clean, original: several ? relink(ctx, 'orig', part, bytes) : parseObject(bytes, `${name}.o`) };
  } catch (e) {
    if (e instanceof AsmErrors && target === 'twin') return `the rewriter refused it: ${e.errors[0]?.message ?? e.message}`;
    return new Error(`building the faulty driver failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Each part of the clean module assembled (original and rewritten), and the functions the parts define. */
interface CleanParts { readonly orig: Uint8Array[]; readonly svm: Uint8Array[]; readonly symbols: Set<string> }
const cleanPartsOf = new WeakMap<DriverObjects, CleanParts>();

function cleanParts(ctx: CampaignContext): CleanParts {
  let c = cleanPartsOf.get(ctx.clean);
  if (!c) {
    c = {
      orig: ctx.programs.map((p, i) => assemble(`part${i}`, print(p))),
      svm: ctx.clean.parts.map((p, i) => assemble(`part${i}.svm`, p.rewrittenAsm)),
      symbols: definedSymbols(ctx.programs, []),
    };
    cleanPartsOf.set(ctx.clean, c);
  }
  return c;
}

/** The module with part `part` replaced by `bytes` (the loader's ld -r, as driverObjects links it). */
function relink(ctx: CampaignContext, kind: 'orig' | 'svm', part: number, bytes: Uint8Array): ObjectFile {
  const parts = cleanParts(ctx)[kind].map((b, i) => ({ file: `part${i}${kind === 'svm' ? '.svm' : ''}.o`, bytes: i === part ? bytes : b }));
  return linkModule(`fault${kind === 'svm' ? '.svm' : ''}`, parts).object;
}

function insertSiteLabel(base: Program, faulty: Program): Program {
  const a = base.items, b = faulty.items;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const at = b[Math.min(k, b.length - 1)]!;
  const items = [...b.slice(0, k), { kind: 'label', name: SITE_LABEL, section: at.section, loc: at.loc } satisfies Label, ...b.slice(k)];
  return { file: faulty.file, items };
}

/** The faulty code ran: its label's address was executed by either instance. */
function codeActivated(h: PlatformHandle | null): boolean {
  const hv = h?.hypervisor;
  if (!h || !hv) return false;
  const hvSym = (hv.inst?.hv ?? hv.unprotected?.hv)?.symbols.get(SITE_LABEL);
  const vmSym = h.module.symbols.get(SITE_LABEL);
  const spaces = hv.unprotected ? [hv.unprotectedSpace!] : [hv.space, ...hv.guests.map((g) => g.space)];
  return (hvSym !== undefined && spaces.some((s) => executedAddresses(s).has(hvSym >>> 0))) ||
    (vmSym !== undefined && executedAddresses(h.kernel.space).has(vmSym >>> 0));
}

/** Start addresses of every instruction of every block the CPU compiled in `space` (in every segment mode). */
export function executedAddresses(space: AddressSpace): Set<number> {
  const out = new Set<number>();
  for (const b of space.allBlocks()) {
    const insns = (b as { insns?: ReadonlyArray<{ address: number }> }).insns;
    if (insns) for (const d of insns) out.add(d.address >>> 0);
  }
  return out;
}
