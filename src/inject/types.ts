// Types of fault-injection campaigns (issues 8, 17): the fault types, the outcome classes, and the
// records a campaign produces (one per fault, JSON-serialisable; `inject --json` prints them).
//
// Fault model. Faults stand for bugs in the driver, so code faults are injected into the driver's
// own instructions before the SVM rewrite (the rewriter and verifier then see the buggy driver, as
// they would a real one); both instances of the twin are derived from the faulty driver. The
// `unprotected` baseline assembles the same faulty driver as it is and runs it in the hypervisor
// with the hypervisor's full reach. Run-time faults (FREE, ALLOC, DATA, STACK, HEAP, DMA) act on
// the running system, timed to reach state in use (slots of the rings, the live stack, the
// descriptors the NIC will use).

export const CODE_FAULT_TYPES = ['TEXT', 'NOP', 'SRC', 'DST', 'PTR', 'BRANCH', 'LOOP', 'OFFBYONE', 'INIT', 'INTERFACE', 'BCOPY', 'SYNC', 'LEAK', 'WHILE1'] as const;
export const RUNTIME_FAULT_TYPES = ['FREE', 'ALLOC', 'DATA', 'STACK', 'HEAP', 'DMA'] as const;
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
  OFFBYONE: 'off by one: a bound compared with < instead of <= (or the reverse), a compared constant or a size argument one more or less',
  INIT: 'initialisation of a local variable skipped',
  INTERFACE: 'an argument set up for a call skipped',
  BCOPY: 'copy length enlarged (memcpy call or rep movs)',
  SYNC: 'a lock or unlock (or interrupt disable/enable) removed',
  LEAK: 'a call that frees memory or releases a DMA mapping removed',
  WHILE1: 'infinite loop inserted',
  FREE: 'a buffer the driver allocated is freed early, while the driver still uses it',
  ALLOC: 'an allocation returns NULL',
  DATA: 'run-time bit flip in driver data the data path lives on (ring indices, ring and buffer pointers of slots in use)',
  STACK: 'run-time bit flip in the driver\'s live stack, while it runs in the hypervisor',
  HEAP: 'run-time bit flip in one of the driver\'s heap objects (its adapter, rings, buffers, sk_buffs)',
  DMA: 'a DMA descriptor\'s buffer address or length corrupted as the driver writes it (the NIC then reads or writes elsewhere)',
};

/**
 * Packets each way per fault: one and a half times round the 256-slot receive ring (and three times
 * round the transmit ring, two descriptors per frame), so that faults on ring slots and on the
 * buffers refilled into them reach slots the NIC uses again.
 */
export const CAMPAIGN_PACKETS = 384;

export const TARGETS = ['twin', 'unprotected'] as const;
export type Target = (typeof TARGETS)[number];

/**
 * Outcome classes, most severe first (RANK order):
 *   corrupted       the driver (its code, the NIC's DMA it programs, or a hypervisor routine acting
 *                   on its pointer) changed hypervisor memory, another guest's memory, or dom0
 *                   memory outside the driver's own objects (protect.ts)
 *   system-failure  the hypervisor crashed or hung: in the real system the whole machine is gone
 *   wrong           lost, corrupt, duplicated or reordered packets; dom0 misbehaved (died, logged
 *                   misuse, leaked); the driver did not come up
 *   contained       a check detected the fault and the driver was aborted (or refused, or its DMA
 *                   blocked) while the hypervisor and the guests went on
 *   no-effect       none of the above
 * and, apart from them, emulator-failure: the tool itself failed (never a fault's outcome).
 */
export const OUTCOMES = ['corrupted', 'system-failure', 'wrong', 'contained', 'no-effect', 'emulator-failure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What caught a contained fault. `rejected`: the rewriter or the loader's verifier refused the
 * faulty driver (an instruction it cannot make safe) — caught before it ever ran.
 */
export const DETECTIONS = [
  'rejected', 'svm-access', 'indirect-target', 'bad-return', 'stack-bounds', 'bad-entry', 'upcall-arg', 'hv-input', 'watchdog', 'cpu-fault', 'dma-blocked',
] as const;
export type Detection = (typeof DETECTIONS)[number];

/** How the hypervisor failed: a fault it did not contain (crash), or a driver that never returned (hang). */
export const SYSTEM_FAILURES = ['crash', 'hang'] as const;
export type SystemFailure = (typeof SYSTEM_FAILURES)[number];

/** Whose memory a corruption hit. */
export const DOMAINS = ['hypervisor', 'guest', 'dom0'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * Who changed protected memory: a store of the driver's code (cpu, either instance), a kernel
 * routine the driver called acting on its pointers (routine: the hypervisor's or dom0's C; counted
 * in dom0 only), the NIC's DMA the driver programs (dma), or found by a checksum only
 * (unattributed: the write watch saw no store of the driver there).
 */
export const VIAS = ['cpu', 'routine', 'dma', 'unattributed'] as const;
export type Via = (typeof VIAS)[number];

/** Zero counts for every domain and writer. */
export function emptyMatrix(): Record<Domain, Record<Via, number>> {
  const row = (): Record<Via, number> => ({ cpu: 0, routine: 0, dma: 0, unattributed: 0 });
  return { hypervisor: row(), guest: row(), dom0: row() };
}

/** How each writer is named in summaries (terminal, HTML). */
export const VIA_NAMES: Readonly<Record<Via, string>> = {
  cpu: "the driver's code", routine: 'a routine for it', dma: 'DMA', unattributed: 'checksums only',
};

export interface CodeSite {
  readonly kind: 'code';
  readonly function: string;
  /** Line in the driver's assembly source. */
  readonly line: number;
  /** The part of a module of several the line is in (absent for one part). */
  readonly file?: string;
  readonly original: string;
  /** What replaced it (empty: deleted). */
  readonly mutated: readonly string[];
}

export interface RuntimeSite {
  readonly kind: 'runtime';
  /** ALLOC/FREE: the allocation routine and which of its calls (1-based, counted from traffic start). */
  readonly routine?: string;
  readonly call?: number;
  /** DATA/DMA/HEAP: the field or object corrupted; the bit flipped. */
  readonly field?: string;
  readonly bit?: number;
  /** DATA/HEAP: the packet before which it happened. */
  readonly atPacket?: number;
  /** DMA/STACK: which store of the driver (1-based, counted from traffic start) it happened at. */
  readonly store?: number;
  /** Where exactly it landed when it fired (slot, address, stack offset). */
  readonly at?: string;
}

export interface PacketCounts {
  readonly txOffered: number;
  readonly txOnWire: number;
  readonly rxOffered: number;
  readonly rxDelivered: number;
  /** Frames lost, duplicated, reordered or corrupted (both directions). */
  readonly bad: number;
}

export interface CorruptingWrite {
  readonly domain: Domain;
  readonly via: Via;
  /** A store of the driver's code: the hypervisor instance's, or the VM instance's in dom0. */
  readonly instance?: 'hv' | 'vm';
  /** Physical address and length. */
  readonly pa: number;
  readonly length: number;
  /** What lives there (e.g. "hypervisor C data page 0xfc85c000: pool+0x40", "dom0 mem_map at 0x..."). */
  readonly where: string;
}

export interface Corruption {
  /** Stores into protected memory the write watch saw, per domain and path; each checksum finding counts one, 'unattributed'. */
  readonly writes: Readonly<Record<Domain, Readonly<Record<Via, number>>>>;
  /** How the first one was made. */
  readonly via: Via;
  /** The check that caught it: the write watch, the checksums after the run, or both. */
  readonly caughtBy: 'watch' | 'checksum' | 'both';
  /** The driver's code's stores, by instance (the VM instance runs in dom0 in every configuration). */
  readonly instances: { readonly hv: number; readonly vm: number };
  /** The first few writes (or checksum findings). */
  readonly first: readonly CorruptingWrite[];
}

/**
 * What SVM exists to prevent: a store of the driver's code, or of a routine acting on its pointer,
 * into hypervisor or guest memory (or such memory changed by a path the watch did not see). DMA
 * without an IOMMU and dom0, the driver's own domain, are outside SVM's reach (as in the thesis:
 * the VM instance runs in dom0 unprotected, the hypervisor instance may reach all of dom0).
 */
export function breachesSvm(c: Corruption | undefined): boolean {
  if (!c) return false;
  return (['hypervisor', 'guest'] as const).some((d) => c.writes[d].cpu + c.writes[d].routine + c.writes[d].unattributed > 0);
}

export interface FaultRecord {
  readonly index: number;
  readonly type: FaultType;
  readonly target: Target;
  readonly site: CodeSite | RuntimeSite;
  readonly description: string;
  readonly outcome: Outcome;
  /** contained: the check that caught it (also kept when a worse outcome followed the detection). */
  readonly detection?: Detection;
  /** One line: why this outcome (the safety event, the lost packets, the corrupted region ...). */
  readonly detail: string;
  /** The fault was reached: the faulty code executed, or the run-time fault fired. */
  readonly activated: boolean;
  /**
   * The fault stopped the hypervisor itself: a fault in hypervisor context that nothing contained
   * (crash) or a driver invocation that never returned (hang) — the unprotected baseline, where a
   * real hypervisor panics or stalls. Under SVM the driver is aborted and the hypervisor goes on.
   * Kept when the outcome is the worse `corrupted`.
   */
  readonly systemFailure?: SystemFailure;
  readonly packets: PacketCounts;
  readonly corruption?: Corruption;
  readonly hostMs: number;
}

export type OutcomeCounts = Record<Outcome, number>;

export interface CampaignSummary {
  readonly byType: Readonly<Record<string, OutcomeCounts>>;
  readonly total: OutcomeCounts;
  /** Faults that were reached (activated) and their outcomes. */
  readonly activated: number;
  readonly activatedTotal: OutcomeCounts;
  /** Contained faults per detection. */
  readonly detections: Readonly<Record<string, number>>;
  /** Corrupted faults per domain they changed (one fault may count in several). */
  readonly corruptedIn: Readonly<Record<Domain, number>>;
  /**
   * Corrupted faults per domain and writer: a fault counts in every cell it has a write in (the
   * split that shows what SVM prevents: hypervisor and guest memory by the driver's code).
   */
  readonly corruptedBy: Readonly<Record<Domain, Readonly<Record<Via, number>>>>;
  /** Corrupted faults that breach what SVM guarantees (breachesSvm): hypervisor or guest memory changed by the driver's code. */
  readonly svmBreaches: number;
  /** Corrupted faults with a store of the driver's code (or a routine on its pointer) into dom0 outside its objects: its own domain, outside SVM's reach. */
  readonly dom0ByDriver: number;
  /** Corrupted faults with a DMA write into protected memory (without an IOMMU, outside SVM's reach). */
  readonly byDma: number;
  /** Corrupted faults by how their first corrupting write was made. */
  readonly corruptedVia: Readonly<Record<Via, number>>;
  /** Corrupted faults with stores of the driver's code by the hypervisor instance / by the VM instance in dom0. */
  readonly corruptedByInstance: { readonly hv: number; readonly vm: number };
  /** Corrupted faults each check caught (the write watch, the checksums; both count in both). */
  readonly caughtBy: { readonly watch: number; readonly checksum: number };
  /** Faults that crashed or hung the hypervisor (whatever their outcome). */
  readonly systemFailures: Readonly<Record<SystemFailure, number>>;
}

/** Version of the campaign JSON (2: the outcome classes of issue 17). */
export const CAMPAIGN_VERSION = 2;

export interface CampaignResult {
  readonly version: typeof CAMPAIGN_VERSION;
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
  return { corrupted: 0, 'system-failure': 0, wrong: 0, contained: 0, 'no-effect': 0, 'emulator-failure': 0 };
}

/** Outcome counts from records (summaries and tests). */
export function countOutcomes(records: Iterable<{ readonly outcome: Outcome }>): OutcomeCounts {
  const c = emptyOutcomeCounts();
  for (const r of records) c[r.outcome]++;
  return c;
}
