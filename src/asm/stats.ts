// Static statistics of a parsed file, per function and in total: how many instructions reference
// memory (explicit operands; lea/nop excluded), how many of those are stack-relative (exempt from
// SVM) versus translated, and how many string, indirect-transfer and privileged instructions there
// are. This is the thesis's "~25% of driver instructions reference memory" measurement.

import { findFunctions, functionInstructions } from './functions.js';
import type { Program } from './ir.js';
import { memRefs } from './memref.js';

export interface Counts {
  instructions: number;
  /** Instructions with at least one explicit memory access, and string instructions. */
  memory: number;
  /** ... of which every memory access is stack-relative. */
  stack: number;
  /** ... of which at least one access needs translation. */
  other: number;
  /** String instructions (movs/cmps/stos/lods/scas/ins/outs), with or without rep. */
  string: number;
  /** Indirect calls and jumps (incl. jump tables). */
  indirect: number;
  /** Privileged or sensitive instructions (port I/O included). */
  privileged: number;
  /** Instructions whose only memory traffic is the implicit stack (push/pop/call/ret/leave). */
  implicitStack: number;
}

export interface FunctionStats extends Counts {
  readonly name: string;
  readonly section: string;
  readonly framePointer: boolean;
}

export interface FileStats {
  readonly file: string;
  readonly total: Counts;
  readonly functions: FunctionStats[];
}

export function emptyCounts(): Counts {
  return { instructions: 0, memory: 0, stack: 0, other: 0, string: 0, indirect: 0, privileged: 0, implicitStack: 0 };
}

export function addCounts(a: Counts, b: Counts): void {
  for (const k of Object.keys(a) as (keyof Counts)[]) a[k] += b[k];
}

export function fileStats(p: Program): FileStats {
  const total = emptyCounts();
  const functions: FunctionStats[] = [];
  for (const f of findFunctions(p)) {
    const c = emptyCounts();
    for (const [, insn] of functionInstructions(p, f)) {
      c.instructions++;
      const refs = memRefs(insn, f.framePointer);
      if (insn.form.implicitMem === 'string') {
        // Implicit [%esi]/[%edi] operands: never stack-relative.
        c.memory++;
        c.other++;
      } else if (refs.length) {
        c.memory++;
        if (refs.some((r) => r.cls === 'translate')) c.other++;
        else c.stack++;
      } else if (insn.form.implicitMem === 'push' || insn.form.implicitMem === 'pop') {
        c.implicitStack++;
      }
      if (insn.form.implicitMem === 'string') c.string++;
      if (insn.form.flow === 'ijmp' || insn.form.flow === 'icall') c.indirect++;
      if (insn.form.privilege) c.privileged++;
    }
    functions.push({ name: f.name, section: f.section, framePointer: f.framePointer, ...c });
    addCounts(total, c);
  }
  return { file: p.file, total, functions };
}

export function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : '-';
}
