// The data of a twindrivers report (issue 8): static expansion per function and per instruction
// class, dynamic expansion per configuration and per function, packet results per configuration,
// the upcall sweep and fault campaigns. `ReportData` is exactly what `report --json` and
// `stats --json` print; the HTML report is rendered from it alone (html.ts).
//
// Invariants (checked by test/report):
// - static: classes[*].instructions sums to total.before, classes[*].inserted to
//   total.after - total.before, classes[*].stub to total.stub; the same per function.
// - every number was measured or computed by this run (or comes from the campaign JSON given).

import type { Counts } from '../asm/stats.js';
import type { CampaignResult } from '../inject/types.js';
import type { CostKind, CostParams } from '../platform/cost.js';
import type { Sensitivity } from './sensitivity.js';
import type { ConfigName, RunReport } from '../platform/run.js';
import type { Counters } from '../rewriter/rewrite.js';
import type { SafetyEvent } from '../svm-runtime/runtime.js';

/** What the rewriter did with each original instruction (one class per instruction). */
export const INSN_CLASSES = [
  'translated', 'reused', 'stack-checked', 'stack-exempt', 'string', 'indirect', 'port-io', 'return', 'no-memory', 'raw-bytes',
  'reserved', 'frame-check',
] as const;
export type InsnClass = (typeof INSN_CLASSES)[number];

export const CLASS_INFO: Readonly<Record<InsnClass, { readonly label: string; readonly description: string }>> = {
  translated: { label: 'translated access', description: 'non-stack memory operand: stlb fast path inserted, the instruction runs on the translated address' },
  reused: { label: 'reused translation', description: 'non-stack memory operand within reach of an earlier translation of the same base in the block: operand rewritten, nothing inserted' },
  'stack-checked': { label: 'stack-checked', description: 'stack-based operand with an index or a far displacement: bounds-checked against the driver stack' },
  'stack-exempt': { label: 'stack-exempt', description: '%esp-relative (or frame-pointer) operand within the guard distance: unchanged' },
  string: { label: 'string op', description: 'movs/cmps/lods/stos/scas (rep or not): page-bounded chunk loop over translated %esi/%edi' },
  indirect: { label: 'indirect call/jump', description: 'target checked and moved to this instance\'s text (a memory operand is translated as well)' },
  'port-io': { label: 'port I/O', description: 'in/out through checked runtime helpers' },
  return: { label: 'checked return', description: 'ret: its return address must be a return site of this instance (right after a call), or leave the text through the runtime' },
  'no-memory': { label: 'no memory operand', description: 'no explicit memory operand (push/pop/call included): unchanged' },
  'raw-bytes': { label: 'raw code bytes', description: '.byte-encoded instructions (e.g. ud2 BUG traps): unchanged' },
  reserved: { label: 'reserved registers', description: 'callee-saved registers reserved for a whole function: pushed at entry, popped before each exit (no original instruction)' },
  'frame-check': { label: 'frame-pointer check', description: 'after a call a return may land behind, in a frame-pointer function: %ebp bounds-checked to the driver stack before the frame is used again (no original instruction)' },
};

/** Instructions of one class: original count, inline instructions added, out-of-line stub instructions. */
export interface ClassCounts {
  instructions: number;
  /** Inline instructions emitted for them minus the originals (net growth of the inline code). */
  inserted: number;
  stub: number;
}

export type CounterFields = Counters & { readonly perAccess: number; readonly expansion: number };

export interface FunctionStatic extends CounterFields {
  readonly name: string;
  /** Per class; `stub` here is attributed to the function whose sites the stubs serve. */
  readonly classes: Readonly<Record<InsnClass, ClassCounts>>;
}

export interface StaticExpansion {
  readonly file: string;
  /** Rewrite options used (the platform's: port I/O through runtime helpers). */
  readonly rewriteOptions: { readonly portIo: 'helpers' | 'error'; readonly svm?: import('../svm-runtime/abi.js').SvmMode };
  /** The rewriter's totals with derived ratios (perAccess: inline instructions per translated access). */
  readonly total: CounterFields;
  readonly classes: Readonly<Record<InsnClass, ClassCounts>>;
  /** Per function (the rewriter's pseudo-function for the stub section is folded into its owners). */
  readonly functions: readonly FunctionStatic[];
  /** Memory references of the original code (as `parse --stats`). */
  readonly references: Counts;
  /** Inserted instructions per non-stack memory access, over ALL of them, by category (memoryCost). */
  readonly nonStack: NonStackCost;
}

/**
 * The honest headline (issue 18): inline instructions inserted for non-stack memory accesses
 * divided by ALL of them (translated, reused, string, stack-checked), split so that no category
 * hides: translation sequences, their spills/reloads/flag saves, string chunk loops, stack checks;
 * beside them what is not per access: control-flow checks (indirect, return, frame pointer,
 * reserved registers) and out-of-line stub instructions.
 */
export interface NonStackCost {
  readonly accesses: number;
  readonly inserted: number;
  readonly perAccess: number;
  readonly translation: number;
  readonly saves: number;
  readonly string: number;
  readonly stackChecks: number;
  readonly controlFlow: number;
  readonly stubs: number;
}

/** Instructions per packet per domain for one configuration and direction. */
export interface InsnsPerPacket { readonly driver: number; readonly dom0: number; readonly hypervisor: number; readonly guest: number }

export interface DirectionExpansion {
  /** Driver instructions per packet by configuration (configurations that were run). */
  readonly perConfig: Readonly<Partial<Record<ConfigName, InsnsPerPacket>>>;
  /** Driver instructions per packet relative to native (dom0 and twin, when both were run). */
  readonly dom0VsNative: number | null;
  readonly twinVsNative: number | null;
  /** Twin vs the unprotected driver in the hypervisor (executed driver instructions per packet), when both were run. */
  readonly twinVsUnprotected?: number | null;
  /** --svm table: the twin's table misses per packet (page faults filled by the runtime, in no instruction count). */
  readonly twinTableMissesPerPacket?: number | null;
}

/** Driver instructions executed per packet, per function, one configuration and direction. */
export interface FunctionProfile {
  readonly config: ConfigName;
  readonly direction: 'tx' | 'rx';
  readonly packets: number;
  /** Instructions per packet counted by the trace, by function (`<svm stubs>`: out-of-line stubs). */
  readonly perFunction: Readonly<Record<string, number>>;
  /** Sum of perFunction (every traced instruction). */
  readonly traced: number;
  /**
   * The same run's driver instructions per packet from the CPU counters. It also counts what
   * modeled runtime routines charge (dom0: the VM instance's SVM slow path), so it can exceed `traced`.
   */
  readonly counted: number;
}

export interface DynamicExpansion {
  readonly packets: number;
  readonly size: number;
  readonly tx: DirectionExpansion;
  readonly rx: DirectionExpansion;
  /** Per-function profiles from traced runs (null: not collected). */
  readonly profiles: readonly FunctionProfile[] | null;
}

/** One configuration run (a RunReport with the cost model hoisted and safety events trimmed). */
export interface ConfigRun extends Pick<RunReport, 'config' | 'size' | 'guests' | 'upcallsForced' | 'tx' | 'rx' | 'upcalls' | 'problems' | 'setupFailure'> {
  readonly safetyEvents: number;
  /** The first safety events (at most 10). */
  readonly safety: readonly SafetyEvent[];
}

export interface UpcallSweep {
  readonly packets: number;
  readonly size: number;
  /** K = 0..9: the first K hot routines go through upcalls (thesis fig. 4.9). */
  readonly points: readonly ConfigRun[];
}

export interface PhaseTime { readonly phase: string; readonly seconds: number }

export interface SvmModeRun {
  readonly mode: import('../svm-runtime/abi.js').SvmMode;
  readonly tx: { readonly driver: number; readonly vsUnprotected: number | null } | null;
  readonly rx: { readonly driver: number; readonly vsUnprotected: number | null } | null;
  /** Accesses the segment mode's fault handler completed (outside the region), per packet of either direction. */
  readonly completedPerPacket: number;
  readonly safetyEvents: number;
}

export interface ReportData {
  readonly version: 1;
  readonly generatedAt: string;
  readonly driver: { readonly file: string; readonly bundledSample: boolean };
  readonly static: StaticExpansion;
  /** null when not collected; `dynamicNote` says why. */
  readonly dynamic: DynamicExpansion | null;
  readonly dynamicNote?: string;
  /** Packet results per configuration (empty when dynamic runs were not made). */
  readonly configs: readonly ConfigRun[];
  /**
   * For a driver other than the bundled sample: the sample's driver instructions per packet in the
   * same configurations, packets and frame size, to read beside the driver's (null otherwise).
   */
  readonly sample?: { readonly tx: DirectionExpansion; readonly rx: DirectionExpansion } | null;
  /**
   * The twin in every SVM mode beside the unprotected original (same driver, packets and frame
   * size): driver instructions per packet and the accesses --svm segment's fault handler completed
   * per packet (null when not collected); `svmBaseline` is the unprotected original's.
   */
  readonly svmModes?: readonly SvmModeRun[] | null;
  readonly svmBaseline?: { readonly tx?: number | undefined; readonly rx?: number | undefined } | null;
  readonly upcallSweep: UpcallSweep | null;
  readonly costModel: {
    readonly params: CostParams;
    readonly sources: Readonly<Record<keyof CostParams, string>>;
    /** Whether each parameter is a measurement (of the thesis's testbed) or an estimate. */
    readonly kinds: Readonly<Record<keyof CostParams, CostKind>>;
  } | null;
  /** The thesis's headline ratios as the model gives them, and their sensitivity to each parameter. */
  readonly sensitivity: Sensitivity | null;
  /** Fault campaigns included (empty: none). */
  readonly campaigns: readonly CampaignResult[];
  /** Host time per phase of the collection. */
  readonly timing: readonly PhaseTime[];
}
