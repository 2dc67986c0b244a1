// What a rewrite reports: per-function counters of the inserted sequences (the figures of
// `twindrivers rewrite --summary`, `stats`, the report and bench:rewrite), and their totals.

import type { SvmMode } from '../svm-runtime/abi.js';

export interface RewriteOptions {
  /**
   * How explicit memory operands are translated (abi.ts): 'stlb', the thesis-style tagged fast
   * path with a slow stub (the default), 'table', the tag-free page-delta table whose miss is
   * a page fault, or 'segment', operands on the confined %gs/%fs segments (svm-runtime/segment.ts).
   * Strings, push/pop M and bt* with a register offset use the stlb in all three.
   */
  readonly svm?: SvmMode;
  /**
   * Port I/O: through checked runtime helpers (`__svm_io_*`, the default: the hypervisor limits
   * them to the device's I/O BARs) or refused ('error': an instruction the hypervisor instance
   * may not run).
   */
  readonly portIo?: 'error' | 'helpers';
  /** Put each original instruction, as a comment, above the sequence that replaces it. */
  readonly annotate?: boolean;
  /** Reuse a translation for later accesses off the same base register in a block (default on). */
  readonly reuse?: boolean;
  /** Stack guard distance for the stack-relative exemption. */
  readonly guard?: number;
  /**
   * Run the independent verifier on the output (default on): a rewrite that the verifier would
   * reject is an error, not an output. Off only where the caller verifies the result itself.
   */
  readonly verify?: boolean;
  /**
   * Functions the other parts of the same module define (a driver of several compilation units,
   * linked as one module): a direct call to one is a call into the module, whose `ret` is
   * checked, so its return site is listed like a call to a function of this file.
   */
  readonly moduleSymbols?: ReadonlySet<string>;
}

export interface Counters {
  /** Instructions in the original code. */
  before: number;
  /** Instructions in the rewritten code, inline (stubs counted separately). */
  after: number;
  /** Out-of-line stub instructions. */
  stub: number;
  /** Memory operands translated through the stlb (fast path emitted). */
  translated: number;
  /** Memory operands on the confined segments (--svm segment: no sequence, a `leal` for a symbol). */
  confined: number;
  /** Instructions inserted inline for confined operands (the `leal`s, and spills around them). */
  insertedForConfined: number;
  /** Memory operands that reused an earlier translation (no sequence). */
  reused: number;
  /** Stack-relative operands left as they are. */
  stackExempt: number;
  /** Stack-based operands with a variable or far offset: bounds-checked against the stack. */
  stackChecked: number;
  /** Registers pushed around one instruction because no free scratch register existed. */
  spills: number;
  /** Sites (inserted sequences) that spilled at least one register. */
  spillSites: number;
  /** Registers borrowed at a site and reloaded from the stack slot/constant they equal. */
  remats: number;
  rematSites: number;
  /** Callee-saved registers reserved for a whole function (pushed at entry, popped at exits). */
  reserved: number;
  /** Sites that saved and restored EFLAGS around inserted code. */
  flagSaves: number;
  stringSites: number;
  indirectSites: number;
  portIoSites: number;
  /** cli/sti/pushf/popf turned into operations on the instance's virtual interrupt flag. */
  intFlagSites: number;
  /** %esp bounds checks after a variable %esp write (alloca, VLAs, realignment) or where paths disagree. */
  espChecks: number;
  /** Instructions inserted inline for plain translated accesses (fast paths, their spills, reloads and flag saves). */
  insertedForAccesses: number;
  /** Of insertedForAccesses: spill push/pops, rematerialising reloads and pushfl/popfl. */
  insertedAccessSaves: number;
  /** `ret` instructions whose return address is checked (return-site CFI). */
  returnChecks: number;
  /** Return sites listed in .svm_returns (calls that may return through a module `ret`). */
  returnSites: number;
  /** %ebp bounds checks in frame-pointer functions: after calls (return sites) and at jump landings. */
  fpChecks: number;
  /** Instructions inserted inline for return checks and frame-pointer checks. */
  insertedForReturns: number;
}

export interface FunctionReport extends Counters {
  readonly name: string;
}

export interface RewriteReport {
  readonly file: string;
  readonly functions: FunctionReport[];
  readonly total: Counters;
}

export function emptyCounters(): Counters {
  return {
    before: 0, after: 0, stub: 0, translated: 0, confined: 0, insertedForConfined: 0, reused: 0, stackExempt: 0, stackChecked: 0, spills: 0, spillSites: 0, remats: 0, rematSites: 0, reserved: 0, flagSaves: 0,
    stringSites: 0, indirectSites: 0, portIoSites: 0, intFlagSites: 0, espChecks: 0, insertedForAccesses: 0, insertedAccessSaves: 0, returnChecks: 0, returnSites: 0, fpChecks: 0,
    insertedForReturns: 0,
  };
}

export function addCounters(a: Counters, b: Counters): void {
  for (const k of Object.keys(a) as (keyof Counters)[]) a[k] += b[k];
}

/** Inserted instructions per translated access (fast path), and static expansion. */
export function derived(c: Counters): { perAccess: number; expansion: number } {
  return { perAccess: c.translated ? c.insertedForAccesses / c.translated : 0, expansion: c.before ? c.after / c.before : 1 };
}
