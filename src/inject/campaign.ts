// Fault-injection campaigns (issues 8, 17), in the style of the Rio/Nooks injector: a
// deterministic plan of faults (per seed), each fault run on a fresh emulated machine — the faulty
// driver rewritten, assembled and loaded as the twin (or, as the baseline, linked unprotected into
// the hypervisor), the workload, then classification (fault-run.ts: corrupted, system-failure,
// wrong, contained, no-effect).
//
// Preparation runs the workload fault-free: once unprotected with a label on every instruction
// (which instructions the hypervisor instance executes: code faults are drawn from them, sites
// 'executed', or from all driver code, 'all'; and the counts run-time faults are drawn from), and
// once as the twin. Both must leave protected memory untouched and deliver every frame, and what
// they leave behind (pool skbs, heap blocks, DMA mappings) is the reference a leak is measured by.

import type { SvmMode } from '../svm-runtime/abi.js';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { functionInstructions, findFunctions } from '../asm/functions.js';
import type { Item, Label, Program } from '../asm/ir.js';
import { parse } from '../asm/parser.js';
import { print } from '../asm/printer.js';
import { parseObject } from '../loader/elf.js';
import { linkModule } from '../loader/module.js';
import { assemble, DriverError, driverObjects, type DriverObjects } from '../platform/driver-objects.js';
import type { PlatformHandle, RunReport } from '../platform/run.js';
import { RX_RING, ADAPTER } from '../platform/layout.generated.js';
import { sampleDriverAsm } from '../util/paths.js';
import {
  campaignMemory, DEFAULT_WORKLOAD, isCodeSpec, locate, partOffsets, type CampaignContext, type ContextSeed, type FaultSpec, type Workload,
} from './context.js';
import { executedAddresses, resourcesOf, runFault, runWorkload, type Resources, type WorkloadRun } from './fault-run.js';
import { faultCandidates, injectCodeFault, makeRng } from './mutate.js';
import { countStores, planRuntime, type ProfileCounts } from './runtime-faults.js';
import {
  breachesSvm, CAMPAIGN_VERSION, emptyMatrix, CODE_FAULT_TYPES, countOutcomes, DOMAINS, emptyOutcomeCounts, FAULT_TYPES, VIAS,
  type CampaignResult, type CampaignSummary, type CodeFaultType, type FaultRecord, type FaultType, type RuntimeFaultType, type Target,
} from './types.js';

export { DEFAULT_WORKLOAD, isCodeSpec, type CampaignContext, type CodeFaultSpec, type ContextSeed, type FaultSpec, type Workload } from './context.js';
export { runFault, type FaultProbe } from './fault-run.js';

/** Prefix of the coverage labels of the profile run. */
const COVER_PREFIX = '__cover_';

// ---- preparation: the clean driver, the fault-free runs, the candidates -----------------------

export interface PrepareOptions {
  readonly source?: string;
  /** The parts of a module of several, in link order (instead of source). */
  readonly parts?: readonly string[];
  readonly workload?: Partial<Workload>;
  readonly sites?: 'executed' | 'all';
  /** The twin's SVM mode (default 'stlb'). */
  readonly svm?: SvmMode;
}

/**
 * Parses the driver, builds its clean objects and runs the workload fault-free: unprotected with a
 * label on every instruction (the original driver's instructions and the rewritten driver's
 * original instructions are the same ones), counting what run-time faults are drawn from; then as
 * the twin. Throws when a fault-free run does not deliver every frame or writes protected memory.
 */
export function prepareCampaign(o: PrepareOptions = {}): CampaignContext {
  const sources = o.parts?.length ? o.parts : [o.source ?? sampleDriverAsm()];
  const source = sources[0]!;
  const programs = sources.map((s) => parse(s, readFileSync(s, 'utf8')));
  const offsets = partOffsets(programs);
  const svm = o.svm ?? 'stlb';
  const clean = driverObjects(sources.length > 1 ? sources : source, { svm });
  const workload: Workload = { ...DEFAULT_WORKLOAD, ...(o.workload ?? {}) };
  const ctx = { workload };
  // Run-time faults are drawn from counts of the sample driver's structures (mini API).
  const runtimeFaults = clean.abi === 'mini';

  // Profile: every function instruction gets a label (its module-wide item number); the parts are
  // assembled, linked and run unprotected.
  const covered = new Map<string, number>();
  const profiledParts = programs.map((program, p) => {
    const items: Item[] = [];
    const labelAt = new Map<number, string>();
    for (const f of findFunctions(program)) {
      if (f.synthetic) continue;
      for (const [i] of functionInstructions(program, f)) labelAt.set(i, `${COVER_PREFIX}${offsets[p]! + i}`);
    }
    program.items.forEach((it, i) => {
      const l = labelAt.get(i);
      if (l) { items.push({ kind: 'label', name: l, section: it.section, loc: it.loc } satisfies Label); covered.set(l, offsets[p]! + i); }
      items.push(it);
    });
    return { file: `profile${p}.o`, bytes: assemble(`profile${p}`, print({ file: program.file, items })) };
  });
  const profiled = profiledParts.length === 1 ? parseObject(profiledParts[0]!.bytes, 'profile.o') : linkModule('profile', profiledParts).object;
  let stores: (() => Omit<ProfileCounts, 'allocCalls' | 'rxSlots'>) | null = null;
  const profile = runWorkload(ctx, { ...clean, original: profiled }, 'unprotected', { onReady: (h, p) => { if (runtimeFaults) stores = countStores(h, p); } });
  const h = faultFree(profile, 'unprotected', source);
  const ran = executedAddresses(h.hypervisor!.unprotectedSpace!);
  const executed = new Set<number>();
  for (const [name, a] of h.hypervisor!.unprotected!.hv.symbols) {
    const i = covered.get(name);
    if (i !== undefined && ran.has(a >>> 0)) executed.add(i);
  }
  const counts: ProfileCounts = runtimeFaults ? {
    allocCalls: h.hypervisor!.hot.counts.get('__netdev_alloc_skb') ?? 0,
    rxSlots: h.kernel.mem.read32(h.kernel.adapter + ADAPTER.rx_ring + RX_RING.count),
    ...stores!(),
  } : NO_RUNTIME_COUNTS;
  const reference: Record<Target, Resources> = { unprotected: resourcesOf(h), twin: resourcesOf(faultFree(runWorkload(ctx, clean, 'twin'), 'twin', source)) };
  return contextFrom({ source, ...(sources.length > 1 ? { parts: sources } : {}), workload, sites: o.sites ?? 'executed', executed: [...executed], counts, reference, svm }, programs, clean);
}

/** The handle of a fault-free run; throws unless it delivered every frame and left protected memory alone. */
function faultFree(r: WorkloadRun, target: Target, source: string): PlatformHandle {
  const h = r.handle;
  const why = !h ? 'no platform' : r.report.setupFailure ?? r.report.safety[0]?.detail ?? (!cleanRun(r.report) ? 'frames lost or damaged' : null);
  if (why) throw new DriverError(`${source}: the fault-free ${target} run failed: ${why}`);
  const p = r.protect!;
  const sums = p.checksums().unattributed;
  if (p.total || sums.length) {
    const v = p.violations[0] ?? sums[0]!;
    throw new Error(`the fault-free ${target} run wrote protected memory (${p.total} stores, ${sums.length} checksum findings): ${v.where} via ${v.via}`);
  }
  return h!;
}

export function seedOf(ctx: CampaignContext): ContextSeed {
  return { source: ctx.source, ...(ctx.parts ? { parts: ctx.parts } : {}), workload: ctx.workload, sites: ctx.sites, executed: [...ctx.executed], counts: ctx.counts, reference: ctx.reference, svm: ctx.svm ?? 'stlb' };
}

/** The context from a seed (candidates: every site of each type, or those executed). */
export function contextFrom(seed: ContextSeed, programs?: readonly Program[], clean?: DriverObjects): CampaignContext {
  const sources = seed.parts ?? [seed.source];
  const ps = programs ?? sources.map((s) => parse(s, readFileSync(s, 'utf8')));
  const offsets = partOffsets(ps);
  const executed = new Set(seed.executed);
  const candidates = new Map<CodeFaultType, number[]>();
  for (const t of CODE_FAULT_TYPES) {
    const all = ps.flatMap((p, k) => faultCandidates(p, t).map((i) => offsets[k]! + i));
    candidates.set(t, seed.sites === 'all' ? all : all.filter((i: number) => executed.has(i)));
  }
  return { ...seed, program: ps[0]!, programs: ps, offsets, clean: clean ?? driverObjects(sources.length > 1 ? sources : seed.source, { svm: seed.svm ?? 'stlb' }), executed, candidates };
}

function cleanRun(r: RunReport): boolean {
  const ok = (d: RunReport['tx']): boolean => !!d && d.sink.lost === 0 && d.sink.corrupt === 0 && d.sink.duplicate === 0 && d.sink.foreign === 0 && d.sink.outOfOrder === 0;
  return ok(r.tx) && ok(r.rx);
}

/** The counts of a driver run-time faults do not act on (planCampaign skips them). */
const NO_RUNTIME_COUNTS: ProfileCounts = { allocCalls: 0, rxSlots: 0, stackStores: 0, descStores: { 'rx_desc.buffer_addr': 0, 'tx_desc.buffer_addr': 0, 'tx_desc.length': 0 } };

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
  const isCode = (t: FaultType): t is CodeFaultType => (CODE_FAULT_TYPES as readonly string[]).includes(t);
  // Run-time faults act on the sample driver's structures (mini API): other drivers skip them (named).
  const usable = types.filter((t) => (isCode(t) ? (ctx.candidates.get(t)?.length ?? 0) > 0 : ctx.clean.abi === 'mini'));
  const skipped = types.filter((t) => !usable.includes(t));
  const specs: FaultSpec[] = [];
  if (!usable.length) return { specs, skipped };
  for (let index = 0; index < faults; index++) {
    const type = usable[index % usable.length]!;
    const r = makeRng(mix(seed, index));
    if (!isCode(type)) {
      specs.push(planRuntime(type as RuntimeFaultType, index, r, ctx.counts, ctx.workload.packets));
      continue;
    }
    const cands = ctx.candidates.get(type)!;
    let spec: FaultSpec | null = null;
    for (let tries = 0; tries < 32 && !spec; tries++) {
      const item = cands[r.int(cands.length)]!;
      const rngSeed = (r.next() * 2 ** 32) >>> 0;
      const at = locate(ctx, item);
      if (injectCodeFault(at.program, type, at.local, makeRng(rngSeed))) spec = { index, type, item, rngSeed };
    }
    if (spec) specs.push(spec);
  }
  return { specs, skipped };
}

// ---- the campaign -------------------------------------------------------------------------------

export function summarize(records: readonly FaultRecord[]): CampaignSummary {
  const byType: Record<string, ReturnType<typeof emptyOutcomeCounts>> = {};
  const detections: Record<string, number> = {};
  const corruptedIn = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<(typeof DOMAINS)[number], number>;
  const corruptedVia = Object.fromEntries(VIAS.map((v) => [v, 0])) as Record<(typeof VIAS)[number], number>;
  const corruptedBy = emptyMatrix();
  const caughtBy = { watch: 0, checksum: 0 };
  let svmBreaches = 0, dom0ByDriver = 0, byDma = 0;
  const corruptedByInstance = { hv: 0, vm: 0 };
  const systemFailures = { crash: 0, hang: 0 };
  for (const r of records) {
    (byType[r.type] ??= emptyOutcomeCounts())[r.outcome]++;
    if (r.outcome === 'contained' && r.detection) detections[r.detection] = (detections[r.detection] ?? 0) + 1;
    const c = r.corruption;
    if (r.outcome === 'corrupted' && c) {
      for (const d of DOMAINS) {
        if (VIAS.some((v) => c.writes[d][v] > 0)) corruptedIn[d]++;
        for (const v of VIAS) if (c.writes[d][v] > 0) corruptedBy[d][v]++;
      }
      if (breachesSvm(c)) svmBreaches++;
      if (c.writes.dom0.cpu + c.writes.dom0.routine > 0) dom0ByDriver++;
      if (DOMAINS.some((d) => c.writes[d].dma > 0)) byDma++;
      if (c.instances.hv) corruptedByInstance.hv++;
      if (c.instances.vm) corruptedByInstance.vm++;
      corruptedVia[c.via]++;
      if (c.caughtBy !== 'checksum') caughtBy.watch++;
      if (c.caughtBy !== 'watch') caughtBy.checksum++;
    }
    if (r.systemFailure) systemFailures[r.systemFailure]++;
  }
  const activated = records.filter((r) => r.activated);
  return {
    byType, total: countOutcomes(records), activated: activated.length, activatedTotal: countOutcomes(activated),
    detections, corruptedIn, corruptedBy, svmBreaches, dom0ByDriver, byDma, corruptedVia, corruptedByInstance, caughtBy, systemFailures,
  };
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
    version: CAMPAIGN_VERSION, target: o.target, seed: o.seed, types: [...types], skippedTypes: [...skipped], sites: ctx.sites, packetsPerFault: ctx.workload.packets, iommu: ctx.workload.iommu,
    records: sorted, summary: summarize(sorted), hostSeconds, faultsPerSecond: sorted.length / Math.max(1e-9, hostSeconds),
  };
}

