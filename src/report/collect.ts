// Gathers a ReportData: the static expansion of a driver's SVM rewrite (per function and per
// instruction class), platform runs per configuration, per-function dynamic profiles from traced
// runs, the upcall sweep, and fault campaigns handed in by the caller (`collectReport`).
//
// Per-class figures come from the rewriter's own output: every instruction it emits, inline or
// in the stub section, carries the source location of the original instruction it stands for
// (Emitter in rewriter/build.ts); only the pushes of reserved registers at function entry carry
// the function label's location. Grouping the output by location therefore attributes every
// emitted instruction to one original instruction or to a function entry, and the per-class sums
// equal the rewriter's totals (checked by test/report). The frame-pointer check after a call
// (abi.ts: after the return-site label `.Lsvm_rN`, with its stub `.Lsvm_fN`) is recorded apart
// from the call it follows, and so is the one at a jump landing (rewrite.ts landingCheck) from the
// instruction it precedes: both are `.Lsvm_sN: [pushfl] cmpl __svm_stack_lo, %ebp ...`.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exprSymbols } from '../asm/expr.js';
import type { Instruction, Item, MemOperand, Program, SourceLoc } from '../asm/ir.js';
import { classifyMem } from '../asm/memref.js';
import { parse } from '../asm/parser.js';
import { fileStats } from '../asm/stats.js';
import { validateCampaign } from './campaign.js';
import type { CampaignResult } from '../inject/types.js';
import type { ObjectFile } from '../loader/elf.js';
import type { LinkedInstance } from '../loader/link.js';
import { COST_KIND, COST_SOURCES, type CostParams } from '../platform/cost.js';
import { sensitivity } from './sensitivity.js';
import { definedSymbols, driverObjects, type DriverObjects } from '../platform/driver-objects.js';
import { hotRoutinesOf } from '../platform/hypervisor/hot.js';
import { CONFIGS, runConfig, type ConfigName, type PlatformHandle, type RunReport } from '../platform/run.js';
import { buildCfg } from '../rewriter/cfg.js';
import { addCounters, derived, emptyCounters, memOperandIndex, rewrite, type Counters, type RewriteResult } from '../rewriter/rewrite.js';
import { STUB_SECTION, SVM_MODES, SYM, type SvmMode } from '../svm-runtime/abi.js';
import { sampleDriverAsm } from '../util/paths.js';
import {
  INSN_CLASSES, type ClassCounts, type ConfigRun, type CounterFields, type DirectionExpansion, type DynamicExpansion,
  type FunctionProfile, type FunctionStatic, type InsnClass, type InsnsPerPacket, type PhaseTime, type ReportData,
  type NonStackCost, type StaticExpansion, type UpcallSweep,
  type SvmModeRun,
} from './types.js';

/** The rewrite options the platform assembles the driver with (run.ts, bench/packets.ts). */
const PLATFORM_REWRITE = { portIo: 'helpers' } as const;
const platformRewrite = (svm: SvmMode = 'stlb') => ({ ...PLATFORM_REWRITE, svm });
/** Traced runs cost more than plain ones: profiles use at most this many packets per direction. */
const PROFILE_PACKETS_MAX = 256;
/** Configurations a report runs by default (the deployable ones; issue 7). */
export const REPORT_CONFIGS: readonly ConfigName[] = ['native', 'xen-dom0', 'dom0', 'split', 'twin'];
/** Configurations profiled per function (split runs the native driver: same profile as native). */
const PROFILED: readonly ConfigName[] = ['native', 'dom0', 'twin'];
/** Configurations that load the rewritten driver (the others load the original). */
const REWRITTEN: readonly ConfigName[] = ['dom0', 'twin'];
export const STUB_BUCKET = '<svm stubs>';
export const OUTSIDE_BUCKET = '<outside the driver>';

// ---- static expansion ------------------------------------------------------------------------

/**
 * How the rewriter handled one original instruction (or, with instructions = 0, a reserved-register
 * push/pop group or a frame-pointer check after a call).
 */
export interface InsnRecord {
  readonly fn: string;
  readonly line: number;
  readonly cls: InsnClass;
  /** Original instructions this record stands for (1, or 0 for reserved-register saves and frame-pointer checks). */
  readonly instructions: 0 | 1;
  /** How its memory operand was handled (indirect transfers through memory included). */
  readonly access: 'translated' | 'reused' | 'stack-exempt' | 'stack-checked' | null;
  readonly inserted: number;
  readonly stub: number;
}

const locKey = (l: SourceLoc): string => `${l.file}\u0000${l.line}\u0000${l.col}`;

function refersTo(insn: Instruction, name: string): boolean {
  return insn.operands.some((o) => o.kind === 'mem' && o.disp !== null && exprSymbols(o.disp).includes(name));
}

/**
 * One record per original code item (instruction or raw code bytes), plus one per function entry
 * and per exit that saves/restores reserved registers, from the rewriter's output grouped by
 * source location (see the header).
 */
export function classifyRewrite(original: Program, result: RewriteResult): InsnRecord[] {
  const cfg = buildCfg(original);
  const items = original.items;
  const nodeAt = new Map<string, number>();
  const rawItems = new Set<Item>();
  cfg.nodes.forEach((node, n) => {
    const it = items[node.item]!;
    nodeAt.set(locKey(it.loc), n);
    if (!node.insn) rawItems.add(it);
  });
  const fnName = (n: number): string => cfg.nodes[n]!.fn?.name ?? `<${items[cfg.nodes[n]!.item]!.section}>`;
  const reservedOf = new Map(result.report.functions.map((f) => [f.name, f.reserved]));

  const inline: Instruction[][] = cfg.nodes.map(() => []);
  const stubs: Instruction[][] = cfg.nodes.map(() => []);
  /** Frame-pointer checks after a call: inline and stub instructions per call node. */
  const fpInline = new Int32Array(cfg.nodes.length);
  const fpStub = new Int32Array(cfg.nodes.length);
  /** Frame-pointer checks (after a return site or at a jump landing): site id -> inline instructions. */
  const fpIds = new Map<string, number>();
  {
    const its = result.program.items;
    const insnAfter = (k: number): Instruction | null => {
      for (let j = k + 1; j < its.length; j++) {
        const x = its[j]!;
        if (x.kind === 'insn') return x;
        if (x.kind !== 'comment') return null;
      }
      return null;
    };
    its.forEach((it, k) => {
      if (it.kind !== 'label' || it.section === STUB_SECTION || !/^\.Lsvm_s\d+$/.test(it.name)) return;
      const a = insnAfter(k);
      const flags = a?.mnemonic === 'pushfl';
      const cmp = flags ? insnAfter(its.indexOf(a!)) : a;
      if (!cmp || !refersTo(cmp, SYM.stackLo) || cmp.operands[1]?.kind !== 'reg' || cmp.operands[1].reg.name !== 'ebp') return;
      fpIds.set(it.name.slice(7), flags ? 6 : 4);
    });
  }
  const entryPushes = new Map<string, number>();
  let lastLabel: string | null = null;
  /** Instructions of the frame-pointer check still expected after its site label. */
  let fpLeft = 0;
  let fpStubLabel = false;
  let unattributed = 0;
  for (const it of result.program.items) {
    if (it.kind === 'label') {
      lastLabel = it.name;
      if (/^\.Lsvm_s\d+$/.test(it.name) && it.section !== STUB_SECTION) fpLeft = fpIds.get(it.name.slice(7)) ?? 0;
      if (it.section === STUB_SECTION) fpStubLabel = /^\.Lsvm_f\d+$/.test(it.name) && fpIds.has(it.name.slice(7));
      continue;
    }
    if (it.kind === 'directive' && rawItems.has(it)) continue;
    if (it.kind !== 'insn') continue;
    const n = nodeAt.get(locKey(it.loc));
    if (n === undefined) {
      // Reserved-register pushes follow the function's own label, at its location.
      if (lastLabel !== null && reservedOf.has(lastLabel)) entryPushes.set(lastLabel, (entryPushes.get(lastLabel) ?? 0) + 1);
      else unattributed++;
      continue;
    }
    if (it.section === STUB_SECTION) {
      if (fpStubLabel) fpStub[n]!++;
      else stubs[n]!.push(it);
      continue;
    }
    // Right after a frame-pointer check's site label: [pushfl] cmpl lo,%ebp; jb; cmpl hi,%ebp; jae [popfl].
    if (fpLeft > 0) { fpLeft--; fpInline[n]!++; continue; }
    inline[n]!.push(it);
  }
  if (unattributed) throw new Error(`internal: ${unattributed} rewritten instructions could not be attributed to an original instruction`);

  const out: InsnRecord[] = [];
  for (const [fn, count] of entryPushes) out.push({ fn, line: 0, cls: 'reserved', instructions: 0, access: null, inserted: count, stub: 0 });
  cfg.nodes.forEach((node, n) => {
    const fn = fnName(n);
    const line = items[node.item]!.loc.line;
    const insn = node.insn;
    const st = stubs[n]!.length;
    if (!insn) {
      out.push({ fn, line, cls: 'raw-bytes', instructions: 1, access: null, inserted: 0, stub: st });
      return;
    }
    const k = reservedOf.get(fn) ?? 0;
    const pops = k > 0 && (node.exit === 'ret' || node.exit === 'tail') ? k : 0;
    if (pops) out.push({ fn, line, cls: 'reserved', instructions: 0, access: null, inserted: pops, stub: 0 });
    const group = inline[n]!;
    const inserted = group.length - 1 - pops;
    const form = insn.form;
    let cls: InsnClass;
    let access: InsnRecord['access'] = null;
    const all = (): Instruction[] => [...group, ...stubs[n]!];
    if (fpInline[n] || fpStub[n]) out.push({ fn, line, cls: 'frame-check', instructions: 0, access: null, inserted: fpInline[n]!, stub: fpStub[n]! });
    if (form.privilege) cls = 'port-io';
    else if (form.implicitMem === 'string') cls = 'string';
    else if (form.flow === 'ret') cls = 'return';
    else if (form.flow === 'icall' || form.flow === 'ijmp') {
      cls = 'indirect';
      if (insn.operands[0]?.kind === 'mem') {
        access = all().some((i) => refersTo(i, SYM.stackLo)) ? 'stack-checked' : all().some((i) => (refersTo(i, SYM.stlb) || refersTo(i, SYM.delta))) ? 'translated' : 'stack-exempt';
      }
    } else if (memOperandIndex(insn) < 0) cls = 'no-memory';
    else {
      if (group.some((i) => refersTo(i, SYM.stackLo))) access = 'stack-checked';
      else if (group.some((i) => (refersTo(i, SYM.stlb) || refersTo(i, SYM.delta)))) access = 'translated';
      else {
        // The original (stack-relative, left alone) or the original on a register holding an
        // earlier translation (never %esp, nor %ebp as frame pointer); after it at most the popl
        // of a spill that a table site kept for it (sites/table.ts reopenSpill).
        const emitted = [...group].reverse().find((i) => memOperandIndex(i) >= 0) ?? group[group.length - 1]!;
        const m = emitted.operands[memOperandIndex(emitted)] as MemOperand;
        access = classifyMem(m, node.fn?.framePointer ?? false) === 'stack' ? 'stack-exempt' : 'reused';
      }
      cls = access;
    }
    out.push({ fn, line, cls, instructions: 1, access, inserted, stub: st });
  });
  return out;
}

function emptyClasses(): Record<InsnClass, ClassCounts> {
  const r = {} as Record<InsnClass, ClassCounts>;
  for (const c of INSN_CLASSES) r[c] = { instructions: 0, inserted: 0, stub: 0 };
  return r;
}

/** The non-stack memory cost of a rewrite (types.ts NonStackCost) from its class counts and counters. */
export function memoryCost(classes: Readonly<Record<InsnClass, ClassCounts>>, c: Counters): NonStackCost {
  const mem = ['translated', 'reused', 'string', 'stack-checked'] as const;
  const accesses = mem.reduce((a, k) => a + classes[k].instructions, 0);
  const inserted = mem.reduce((a, k) => a + classes[k].inserted, 0);
  const translation = classes.translated.inserted + classes.reused.inserted;
  return {
    accesses, inserted, perAccess: accesses ? inserted / accesses : 0,
    translation: translation - c.insertedAccessSaves, saves: c.insertedAccessSaves, string: classes.string.inserted,
    stackChecks: classes['stack-checked'].inserted,
    controlFlow: (['indirect', 'return', 'frame-check', 'reserved'] as const).reduce((a, k) => a + classes[k].inserted, 0),
    stubs: INSN_CLASSES.reduce((a, k) => a + classes[k].stub, 0),
  };
}

function withDerived(c: Counters): CounterFields {
  return { ...c, ...derived(c) };
}

/**
 * Static expansion of `file`'s rewrite (with the platform's rewrite options; `moduleSymbols`: the
 * functions the other parts of its module define, as driverObjects rewrites a part).
 */
export function collectStatic(file: string, text = readFileSync(file, 'utf8'), svm: SvmMode = 'stlb', moduleSymbols?: ReadonlySet<string>): StaticExpansion {
  const program = parse(file, text);
  const result = rewrite(program, moduleSymbols ? { ...platformRewrite(svm), moduleSymbols } : platformRewrite(svm));
  const records = classifyRewrite(program, result);
  const classes = emptyClasses();
  const perFn = new Map<string, { classes: Record<InsnClass, ClassCounts>; stub: number }>();
  for (const r of records) {
    let f = perFn.get(r.fn);
    if (!f) perFn.set(r.fn, (f = { classes: emptyClasses(), stub: 0 }));
    for (const target of [classes[r.cls], f.classes[r.cls]]) {
      target.instructions += r.instructions;
      target.inserted += r.inserted;
      target.stub += r.stub;
    }
    f.stub += r.stub;
  }
  const functions: FunctionStatic[] = result.report.functions
    .filter((f) => f.name !== `<${STUB_SECTION}>`)
    .map((f) => {
      const mine = perFn.get(f.name);
      const { name, ...c } = f;
      return { name, ...withDerived({ ...c, stub: mine?.stub ?? 0 }), classes: mine?.classes ?? emptyClasses() };
    });
  return {
    file, rewriteOptions: platformRewrite(svm), total: withDerived(result.report.total), classes, functions,
    references: fileStats(program).total, nonStack: memoryCost(classes, result.report.total),
  };
}

/**
 * Static expansion of a module of several assembly parts (each rewritten as the platform does):
 * totals, classes and references summed, every part's functions listed; one part is collectStatic.
 */
export function collectModuleStatic(name: string, parts: readonly { readonly file: string; readonly text?: string }[], svm: SvmMode = 'stlb'): StaticExpansion {
  const texts = parts.map((p) => p.text ?? readFileSync(p.file, 'utf8'));
  if (parts.length === 1) return collectStatic(parts[0]!.file, texts[0]!, svm);
  const symbols = definedSymbols(parts.map((p, i) => parse(p.file, texts[i]!)), []);
  const each = parts.map((p, i) => collectStatic(p.file, texts[i]!, svm, symbols));
  const total = emptyCounters();
  for (const e of each) addCounters(total, e.total);
  const classes = emptyClasses();
  for (const e of each) for (const c of INSN_CLASSES) {
    classes[c].instructions += e.classes[c].instructions;
    classes[c].inserted += e.classes[c].inserted;
    classes[c].stub += e.classes[c].stub;
  }
  const references = { ...each[0]!.references };
  for (const e of each.slice(1)) for (const k of Object.keys(references) as (keyof typeof references)[]) references[k] += e.references[k];
  return { file: name, rewriteOptions: platformRewrite(svm), total: withDerived(total), classes, functions: each.flatMap((e) => e.functions), references, nonStack: memoryCost(classes, total) };
}

// ---- platform runs ----------------------------------------------------------------------------

function configRun(r: RunReport): ConfigRun {
  return {
    config: r.config, size: r.size, guests: r.guests, upcallsForced: r.upcallsForced,
    ...(r.tx ? { tx: r.tx } : {}), ...(r.rx ? { rx: r.rx } : {}),
    upcalls: r.upcalls, safetyEvents: r.safety.length, safety: r.safety.slice(0, 10), problems: r.problems,
    ...(r.setupFailure ? { setupFailure: r.setupFailure } : {}),
  };
}

/** Address -> function of the driver's loaded instances (module text sections and their symbols). */
class CodeMap {
  private readonly ranges: Array<{ start: number; end: number; name: string }> = [];

  add(inst: LinkedInstance, obj: ObjectFile): void {
    const fnNames = new Set(obj.symbols.map((s) => s.name));
    const owner = (name: string): string => (name.endsWith('.cold') && fnNames.has(name.slice(0, -5)) ? name.slice(0, -5) : name);
    for (const [idx, addr] of inst.placed) {
      const sec = obj.sections.find((s) => s.index === idx);
      if (!sec || !sec.exec) continue;
      const end = addr + sec.size;
      if (sec.name === STUB_SECTION) { this.ranges.push({ start: addr, end, name: STUB_BUCKET }); continue; }
      const syms = [...inst.symbols].filter(([, a]) => a >= addr && a < end).sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
      let at = addr, name = `<${sec.name}>`;
      for (const [s, a] of syms) {
        if (a > at) this.ranges.push({ start: at, end: a, name });
        if (a >= at) { at = a; name = owner(s); }
      }
      if (end > at) this.ranges.push({ start: at, end, name });
    }
    this.ranges.sort((a, b) => a.start - b.start);
  }

  resolve(eip: number): string {
    let lo = 0, hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.ranges[mid]!;
      if (eip < r.start) hi = mid - 1;
      else if (eip >= r.end) lo = mid + 1;
      else return r.name;
    }
    return OUTSIDE_BUCKET;
  }
}

/** A traced run of one configuration and direction: instructions per packet per driver function. */
function profile(config: ConfigName, direction: 'tx' | 'rx', packets: number, size: number, objects: DriverObjects): FunctionProfile {
  const byEip = new Map<number, number>();
  let handle: PlatformHandle | null = null;
  const r = runConfig({
    config, packets, size, objects, direction,
    onReady: (h) => {
      handle = h;
      h.machine.cpu.trace = (e) => { byEip.set(e.eip, (byEip.get(e.eip) ?? 0) + 1); };
    },
  });
  const d = r[direction];
  if (r.setupFailure || !d || !handle) throw new Error(`traced ${config} ${direction} run failed: ${r.setupFailure ?? 'no result'}`);
  const h = handle as PlatformHandle;
  const map = new CodeMap();
  const obj = REWRITTEN.includes(config) ? objects.rewritten : objects.original;
  for (const m of h.kernel.loadedModules) map.add(m.instance, obj);
  if (h.hypervisor?.inst) map.add(h.hypervisor.inst.hv, obj);
  const counts = new Map<string, number>();
  let traced = 0;
  for (const [eip, c] of byEip) {
    const f = map.resolve(eip);
    // Only the driver's instructions: kernel and hypervisor code it calls is counted elsewhere.
    if (f === OUTSIDE_BUCKET) continue;
    counts.set(f, (counts.get(f) ?? 0) + c);
    traced += c;
  }
  const n = Math.max(1, d.packets);
  const perFunction: Record<string, number> = {};
  for (const [f, c] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) perFunction[f] = c / n;
  return { config, direction, packets: d.packets, perFunction, traced: traced / n, counted: d.insnsPerPacket.driver };
}

function directionExpansion(runs: readonly ConfigRun[], dir: 'tx' | 'rx'): DirectionExpansion {
  const perConfig: Partial<Record<ConfigName, InsnsPerPacket>> = {};
  for (const r of runs) { const d = r[dir]; if (d) perConfig[r.config] = d.insnsPerPacket; }
  const ratio = (c: ConfigName): number | null => {
    const a = perConfig[c]?.driver, b = perConfig.native?.driver;
    return a !== undefined && b !== undefined && b > 0 ? a / b : null;
  };
  const unprot = perConfig.unprotected?.driver, twin = perConfig.twin?.driver;
  const misses = runs.find((r) => r.config === 'twin')?.[dir]?.tableMissesPerPacket;
  return {
    perConfig, dom0VsNative: ratio('dom0'), twinVsNative: ratio('twin'), twinVsUnprotected: unprot !== undefined && twin !== undefined && unprot > 0 ? twin / unprot : null,
    twinTableMissesPerPacket: misses ?? null,
  };
}

// ---- the whole report --------------------------------------------------------------------------

export interface CollectOptions {
  /** Driver assembly (default: the bundled sample). */
  readonly file?: string;
  /** A module of several assembly parts instead of `file` (`file` names it). */
  readonly parts?: readonly string[];
  /** For another driver than the sample: run the sample in the same configurations too (default true). */
  readonly beside?: boolean;
  /** The file's text, when the caller has read it already. */
  readonly text?: string;
  /** Packets per direction for each platform run (default 1000). */
  readonly packets?: number;
  /** Ethernet frame bytes (default 1514). */
  readonly size?: number;
  /** Run the platform at all (default true). */
  readonly dynamic?: boolean;
  /** Configurations to run (default: REPORT_CONFIGS). */
  readonly configs?: readonly ConfigName[];
  /** Per-function profiles from traced runs (default true). */
  readonly perFunction?: boolean;
  /** Packets per direction of each traced run (default min(packets, 256)). */
  readonly profilePackets?: number;
  /** The upcall sweep K = 0..9 in twin (default true). */
  readonly sweep?: boolean;
  /** The twin in every SVM mode beside the unprotected original (default off: `report` asks for it). */
  readonly modes?: boolean;
  /** Memory translation of the rewrite (default 'stlb'). */
  readonly svm?: SvmMode;
  /** Fault campaigns to include (from `twindrivers inject --json`). */
  readonly campaigns?: readonly CampaignResult[];
  /** Progress: what is running, and packets done of the total for it. */
  readonly progress?: (what: string, done: number, total: number) => void;
}

export const DEFAULT_PACKETS = 1000;
export const DEFAULT_SIZE = 1514;

export function isBundledSample(file: string): boolean {
  return resolve(file) === resolve(sampleDriverAsm());
}

export function collectReport(opts: CollectOptions = {}): ReportData {
  const file = opts.file ?? sampleDriverAsm();
  const packets = opts.packets ?? DEFAULT_PACKETS;
  const size = opts.size ?? DEFAULT_SIZE;
  const timing: PhaseTime[] = [];
  const timed = <T>(phase: string, f: () => T): T => {
    const t0 = performance.now();
    try { return f(); } finally { timing.push({ phase, seconds: (performance.now() - t0) / 1000 }); }
  };
  const sample = !opts.parts && isBundledSample(file);
  const stat = timed('static expansion', () => (opts.parts ? collectModuleStatic(file, opts.parts.map((f) => ({ file: f })), opts.svm)
    : collectStatic(file, opts.text ?? readFileSync(file, 'utf8'), opts.svm)));
  const campaigns = [...(opts.campaigns ?? [])];
  campaigns.forEach((c, i) => validateCampaign(c, `campaign ${i + 1}`));
  const base = { version: 1 as const, generatedAt: new Date().toISOString(), driver: { file, bundledSample: sample }, static: stat, campaigns };

  if (opts.dynamic === false) {
    return { ...base, dynamic: null, dynamicNote: 'dynamic runs were not requested', configs: [], upcallSweep: null, costModel: null, sensitivity: null, timing };
  }

  const objects = timed('assemble driver', () => driverObjects(opts.parts ?? file, platformRewrite(opts.svm)));
  // A driver the platform cannot bring up (no init_module, a probe that fails) has static figures only.
  const wanted = opts.configs ?? REPORT_CONFIGS;
  const first = runConfig({ config: CONFIGS.find((c) => wanted.includes(c)) ?? 'native', packets: 1, size, objects });
  if (first.setupFailure) {
    const dynamicNote = `the platform cannot bring ${file} up: ${first.setupFailure}`;
    return { ...base, dynamic: null, dynamicNote, configs: [], upcallSweep: null, costModel: null, sensitivity: null, timing };
  }
  const progressFor = (what: string) => (opts.progress ? (d: number, t: number) => opts.progress!(what, d, t) : undefined);
  let cost: CostParams | null = null;
  const run = (config: ConfigName, upcalls = 0): ConfigRun => {
    const progress = progressFor(upcalls ? `${config} (${upcalls} upcall${upcalls > 1 ? 's' : ''})` : config);
    const r = runConfig({ config, packets, size, upcalls, objects, ...(progress ? { progress } : {}) });
    cost ??= r.cost;
    return configRun(r);
  };
  const configs = timed('configuration runs', () => CONFIGS.filter((c) => wanted.includes(c)).map((c) => run(c)));
  const profilePackets = opts.profilePackets ?? Math.min(packets, PROFILE_PACKETS_MAX);
  const profiles = opts.perFunction === false ? null : timed('per-function profiles', () => {
    const out: FunctionProfile[] = [];
    for (const config of PROFILED.filter((c) => wanted.includes(c))) {
      for (const dir of ['tx', 'rx'] as const) {
        opts.progress?.(`profile ${config} ${dir}`, 0, profilePackets);
        out.push(profile(config, dir, profilePackets, size, objects));
      }
    }
    return out;
  });
  let upcallSweep: UpcallSweep | null = null;
  if (opts.sweep !== false) {
    upcallSweep = timed('upcall sweep', () => {
      const points: ConfigRun[] = [];
      // K = 0 .. all but the receive hand-off of the driver ABI's hot routines through upcalls.
      for (let k = 0; k < hotRoutinesOf(objects.abi).length; k++) {
        const reuse = k === 0 ? configs.find((c) => c.config === 'twin') : undefined;
        points.push(reuse ?? run('twin', k));
      }
      return { packets, size, points };
    });
  }
  const dynamic: DynamicExpansion = { packets, size, tx: directionExpansion(configs, 'tx'), rx: directionExpansion(configs, 'rx'), profiles };
  const svmModes = opts.modes === true && wanted.includes('twin') ? timed('SVM modes', () => {
    // The unprotected original on the twin's path is the baseline (run here when not a wanted configuration).
    const unprot = (d: 'tx' | 'rx'): number | undefined => dynamic[d].perConfig.unprotected?.driver;
    const u = unprot('tx') !== undefined ? { tx: unprot('tx'), rx: unprot('rx') }
      : (() => { const r = runConfig({ config: 'unprotected', packets, size, objects }); return { tx: r.tx?.insnsPerPacket.driver, rx: r.rx?.insnsPerPacket.driver }; })();
    return { base: u, runs: SVM_MODES.map((mode) => modeRun(mode, mode === (opts.svm ?? 'stlb') ? objects : driverObjects(opts.parts ?? file, platformRewrite(mode)), u, packets, size)) };
  }) : null;
  const params = cost as CostParams | null;
  const besides = !sample && opts.beside !== false ? timed('the sample driver beside it', () => {
    const sampleObjects = driverObjects(sampleDriverAsm(), PLATFORM_REWRITE);
    const runs = CONFIGS.filter((c) => wanted.includes(c)).map((config) => configRun(runConfig({ config, packets, size, objects: sampleObjects })));
    return { tx: directionExpansion(runs, 'tx'), rx: directionExpansion(runs, 'rx') };
  }) : null;
  return {
    ...base, dynamic, configs, upcallSweep, sample: besides, svmModes: svmModes?.runs ?? null, svmBaseline: svmModes?.base ?? null, costModel: params ? { params, sources: COST_SOURCES, kinds: COST_KIND } : null,
    sensitivity: params ? sensitivity(configs, params) : null, timing,
  };
}

/** The twin in one SVM mode, beside the unprotected original's driver instructions per packet. */
function modeRun(mode: SvmMode, objects: DriverObjects, base: { readonly tx?: number | undefined; readonly rx?: number | undefined }, packets: number, size: number): SvmModeRun {
  let handle: PlatformHandle | null = null;
  const r = runConfig({ config: 'twin', packets, size, objects, onReady: (h) => { handle = h; } });
  const seg = (handle as PlatformHandle | null)?.hypervisor?.segment;
  const completed = seg ? seg.completed.gs + seg.completed.fs : 0;
  const dir = (d: 'tx' | 'rx'): SvmModeRun['tx'] => {
    const x = r[d];
    if (!x) return null;
    const u = base[d];
    return { driver: x.insnsPerPacket.driver, vsUnprotected: u ? x.insnsPerPacket.driver / u : null };
  };
  return { mode, tx: dir('tx'), rx: dir('rx'), completedPerPacket: completed / (2 * packets), safetyEvents: r.safety.length };
}
