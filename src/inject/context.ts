// What every fault of a campaign shares: the workload, the parsed driver and its clean objects,
// what the fault-free runs found (the instructions the hypervisor instance executes, the counts
// run-time faults are drawn from, the resources a fault-free run leaves), and the fault plans.
// A worker thread rebuilds the context from its seed without repeating the fault-free runs.

import type { SvmMode } from '../svm-runtime/abi.js';
import type { Program } from '../asm/ir.js';
import { PhysicalMemory } from '../emulator/memory.js';
import type { DriverObjects } from '../platform/driver-objects.js';
import type { Resources } from './fault-run.js';
import type { ProfileCounts, RuntimeSpec } from './runtime-faults.js';
import { CAMPAIGN_PACKETS, type CodeFaultType, type Target } from './types.js';

/** The packet workload every fault runs (and the fault-free runs). */
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

/** CAMPAIGN_PACKETS each way (it wraps the rings), two guests, the watchdog budgets. */
export const DEFAULT_WORKLOAD: Workload = { packets: CAMPAIGN_PACKETS, size: 1514, guests: 2, invocationBudget: 200_000, dom0EntryBudget: 5_000_000, iommu: false };

/** Host memory per campaign machine: dom0's 16 MiB, the guests, the hypervisor and headroom. */
const CAMPAIGN_RAM = 64 * 1024 * 1024;
/** One physical memory per thread, reset for every fault's machine. */
let sharedMemory: PhysicalMemory | null = null;
export const campaignMemory = (): PhysicalMemory => (sharedMemory ??= new PhysicalMemory({ ramBytes: CAMPAIGN_RAM }));

/** What a worker thread needs to rebuild the context without repeating the fault-free runs. */
export interface ContextSeed {
  /** The driver's assembly: its first part (the only one of a one-part module). */
  readonly source: string;
  /** Every part of a module of several (link order); absent for one part. */
  readonly parts?: readonly string[];
  readonly workload: Workload;
  readonly sites: 'executed' | 'all';
  readonly executed: readonly number[];
  readonly counts: ProfileCounts;
  readonly reference: Readonly<Record<Target, Resources>>;
  /** The twin's SVM mode (RewriteOptions.svm; default 'stlb'): --svm segment campaigns. */
  readonly svm?: SvmMode;
}

export interface CampaignContext extends Omit<ContextSeed, 'executed'> {
  /** The first part's program (the only one of a one-part module). */
  readonly program: Program;
  /**
   * Every part's program. A fault site (an item) is numbered across the module: part p's items
   * are offsets[p] .. offsets[p] + its length - 1 (locate()).
   */
  readonly programs: readonly Program[];
  readonly offsets: readonly number[];
  readonly clean: DriverObjects;
  /** Instruction items the hypervisor instance executed in the fault-free run. */
  readonly executed: ReadonlySet<number>;
  readonly candidates: ReadonlyMap<CodeFaultType, readonly number[]>;
}

export interface CodeFaultSpec { readonly index: number; readonly type: CodeFaultType; readonly item: number; readonly rngSeed: number }
export type FaultSpec = CodeFaultSpec | RuntimeSpec;

export function isCodeSpec(s: FaultSpec): s is CodeFaultSpec {
  return 'item' in s;
}

/** The part a module-wide item number falls in, and its index there. */
export function locate(ctx: Pick<CampaignContext, 'programs' | 'offsets'>, item: number): { part: number; program: Program; local: number } {
  let part = 0;
  while (part + 1 < ctx.offsets.length && item >= ctx.offsets[part + 1]!) part++;
  return { part, program: ctx.programs[part]!, local: item - ctx.offsets[part]! };
}

/** Item numbers across the parts: each part's first item's number. */
export function partOffsets(programs: readonly Program[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const p of programs) { out.push(at); at += p.items.length; }
  return out;
}
