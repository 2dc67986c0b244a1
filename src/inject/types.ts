// Types of fault-injection campaigns (issue 8): the fault types, the outcome classes, and the
// records a campaign produces (one per fault, JSON-serialisable; `inject --json` prints them).
//
// Fault model. Faults stand for bugs in the driver, so code faults are injected into the driver's
// own instructions before the SVM rewrite (the rewriter and verifier then see the buggy driver, as
// they would a real one); both instances of the twin are derived from the faulty driver. The
// `unprotected` baseline assembles the same faulty driver as it is and runs it in the hypervisor
// with the hypervisor's full reach. Run-time faults (ALLOC, FREE, DATA) act on the running system.

export const CODE_FAULT_TYPES = ['TEXT', 'NOP', 'SRC', 'DST', 'PTR', 'BRANCH', 'LOOP', 'INIT', 'INTERFACE', 'BCOPY', 'WHILE1'] as const;
export const RUNTIME_FAULT_TYPES = ['FREE', 'ALLOC', 'DATA'] as const;
export const FAULT_TYPES = [...CODE_FAULT_TYPES, ...RUNTIME_FAULT_TYPES] as const;
export type CodeFaultType = (typeof CODE_FAULT_TYPES)[number];
export type RuntimeFaultType = (typeof RUNTIME_FAULT_TYPES)[number];
export type FaultType = (typeof FAULT_TYPES)[number];

export const FAULT_DESCRIPTIONS: Readonly<Record<FaultType, string>> = {
  TEXT: 'random bit flipped in an instruction\'s encoding',
  NOP: 'instruction replaced by NOPs',
  SRC: 'bit flipped in a source operand (register number or immediate)',
  DST: 'bit flipped in a destination register operand',
  PTR: 'bit flipped in an address computation (base, index, scale or displacement)',
  BRANCH: 'jump removed',
  LOOP: 'loop condition inverted, or repe/repne swapped',
  INIT: 'initialisation of a local variable skipped',
  INTERFACE: 'an argument set up for a call skipped',
  BCOPY: 'copy length enlarged (memcpy call or rep movs)',
  WHILE1: 'infinite loop inserted',
  FREE: 'a buffer the driver allocated is freed early, while the driver still uses it',
  ALLOC: 'an allocation returns NULL',
  DATA: 'run-time bit flip in driver data (ring indices, skb and descriptor pointers)',
};

export const TARGETS = ['twin', 'unprotected'] as const;
export type Target = (typeof TARGETS)[number];

/** Outcome classes, in order of severity. */
export const OUTCOMES = ['no-effect', 'detected', 'wrong', 'corrupted', 'emulator-failure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * How a detected fault was detected. `rejected`: the rewriter refused the faulty driver (an
 * instruction it cannot make safe) — detected before it ever ran.
 */
export const DETECTIONS = ['rejected', 'svm-access', 'indirect-target', 'bad-return', 'stack-bounds', 'upcall-arg', 'watchdog', 'cpu-fault', 'dma-blocked'] as const;
export type Detection = (typeof DETECTIONS)[number];

export interface CodeSite {
  readonly kind: 'code';
  readonly function: string;
  /** Line in the driver's assembly source. */
  readonly line: number;
  readonly original: string;
  /** What replaced it (empty: deleted). */
  readonly mutated: readonly string[];
}

export interface RuntimeSite {
  readonly kind: 'runtime';
  /** ALLOC/FREE: the allocation routine and which of its calls (1-based, counted from traffic start). */
  readonly routine?: string;
  readonly call?: number;
  /** DATA: the field corrupted, the bit flipped and the packet before which it happened. */
  readonly field?: string;
  readonly bit?: number;
  readonly atPacket?: number;
}

export interface PacketCounts {
  readonly txOffered: number;
  readonly txOnWire: number;
  readonly rxOffered: number;
  readonly rxDelivered: number;
  /** Frames lost, duplicated, reordered or corrupted (both directions). */
  readonly bad: number;
}

export interface Corruption {
  /** Hypervisor frames whose contents changed without the hypervisor writing them. */
  readonly hypervisorFrames: number;
  /** Frames of other domains (guests) that changed. */
  readonly foreignFrames: number;
  /** Which path wrote them: the CPU (the driver's code) or the NIC's DMA (outside SVM's scope). */
  readonly via: 'cpu' | 'dma';
  readonly regions: readonly string[];
}

export interface FaultRecord {
  readonly index: number;
  readonly type: FaultType;
  readonly target: Target;
  readonly site: CodeSite | RuntimeSite;
  readonly description: string;
  readonly outcome: Outcome;
  readonly detection?: Detection;
  /** One line: why this outcome (the safety event, the lost packets, the corrupted region ...). */
  readonly detail: string;
  /** The fault was reached: the faulty code executed, or the run-time fault fired. */
  readonly activated: boolean;
  /**
   * The fault stopped the hypervisor itself: a CPU fault or a hang in hypervisor context that
   * nothing contained (the unprotected baseline: a real hypervisor panics or stalls). Under SVM
   * the hypervisor instance is aborted and the hypervisor goes on: never set for the twin.
   */
  readonly hypervisorCrash?: boolean;
  readonly packets: PacketCounts;
  readonly corruption?: Corruption;
  readonly hostMs: number;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface CampaignSummary {
  readonly byType: Readonly<Record<string, OutcomeCounts>>;
  readonly total: OutcomeCounts;
  readonly detections: Readonly<Record<string, number>>;
  /** Hypervisor/foreign-memory corruptions by path. */
  readonly corruptedVia: { readonly cpu: number; readonly dma: number };
  readonly activated: number;
  readonly hypervisorCrashes: number;
}

export interface CampaignResult {
  readonly version: 1;
  readonly target: Target;
  readonly seed: number;
  readonly types: readonly FaultType[];
  /** Types asked for that had no site to inject at (e.g. no copy in the code the workload runs). */
  readonly skippedTypes: readonly FaultType[];
  /** Code fault sites: instructions the workload executes, or all driver code. */
  readonly sites: 'executed' | 'all';
  readonly packetsPerFault: number;
  readonly iommu: boolean;
  readonly records: readonly FaultRecord[];
  readonly summary: CampaignSummary;
  readonly hostSeconds: number;
  readonly faultsPerSecond: number;
}

export function emptyOutcomeCounts(): OutcomeCounts {
  return { 'no-effect': 0, detected: 0, wrong: 0, corrupted: 0, 'emulator-failure': 0 };
}
