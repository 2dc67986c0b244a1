// Public face of the independent verifier (issue 9: "trust the check, not the rewriter"; issue 13:
// "the hypervisor runs only what the verifier proved").
//
// The loader's gate (platform/hypervisor verifierGate) calls verifyObject() on the relocatable
// object of a rewritten driver before it binds a hypervisor instance, refuses to bind one whose
// result is not `ok`, and installs the result's `sets` as they are (svm-runtime/sets.ts).
//
// What is checked is the image the loader installs (loader/image.ts, shared with the loader):
// every byte of every section it maps executable, whatever its name, type or flags, with exactly
// the relocations it applies; an object the two could read differently is a violation. Every
// instruction is verified, reachable or not (analysis/index.ts, pass 3), and only forms the
// verifier models exactly are accepted (bytes that do not decode, prefixes a form gives no
// meaning to: forms.ts).
//
// What an `ok` object guarantees, given the ABI's runtime (abi.ts) behaves as specified and the
// hypervisor enters it only at `sets.entries` on a stack with STACK_GUARD_BYTES unmapped around it:
// its code only accesses memory through stlb translations, its own stack (within the guard) or the
// runtime's variables; transfers only to checked targets (`sets.targets`), its own code, or
// external routines; returns only through the return-site check, so to a listed return site
// (`sets.returns`, right after a call, never a call into the runtime) or out through the runtime —
// whatever the driver wrote on its stack, and code after a return site, or at a jump landing
// entered by any checked transfer from any frame (the default, strict analysis), is proven for any
// register values (a frame pointer is re-checked against the stack before it is used as one);
// keeps no privileged instruction. Dom0 routines are not trusted to keep a "never returns" promise.
// The loader must, for that to hold: install exactly `sets`; bind every `__svm_*` symbol (the
// object may not define one: the verifier rejects it); apply no code patching after verification
// (e.g. the kernel's .altinstructions / .smp_locks rewriting) or verify again after it.
//
// verifyProgram() is the same analysis on the rewritten assembly (the IR of src/asm), for the
// rewriter's tests and mutation tests; `verify FILE.s` gives the object's verdict instead
// (assembly.ts). Both feed one analysis core (analysis/) through a front end (asm-front.ts,
// elf-front.ts); what is proven is documented there. The verifier shares only the instruction
// table/decoder, the parser/IR, the ELF reader and image plan (src/loader/elf.ts, image.ts) and
// the ABI (src/svm-runtime) with the rest of twindrivers — never the rewriter.

import type { Program } from '../asm/ir.js';
import type { ObjectFile } from '../loader/elf.js';
import type { ModuleSets } from '../svm-runtime/sets.js';
import { analyze, type Counts, type VerifyOptions } from './analysis/index.js';
import { asmCode } from './asm-front.js';
import type { Code, Violation } from './code.js';
import { elfCode } from './elf-front.js';

export type { Counts, VerifyOptions } from './analysis/index.js';
export type { Rule, Violation } from './code.js';
export { VERIFY_STACK_GUARD, WINDOW_BYTES } from './analysis/index.js';

export interface VerifyResult {
  readonly ok: boolean;
  readonly file: string;
  readonly mode: 'asm' | 'elf';
  readonly violations: readonly Violation[];
  readonly counts: Counts;
  /** Bytes of machine code verified (machine-code mode). */
  readonly codeBytes: number;
  /**
   * Machine code: the entry set, target set and return-site set the verdict is about, as text
   * offsets of the loaded image — what the loader installs when the verdict is ok. Assembly: null.
   */
  readonly sets: ModuleSets | null;
}

export function verifyCode(code: Code, opts: VerifyOptions = {}): VerifyResult {
  const { violations, counts, tableSites } = analyze(code, opts);
  const sets = setsOf(code);
  const off = code.textOffset;
  const withTable = sets && off ? { ...sets, tableSites: tableSites.map((t) => ({ offset: off[t.i]!, base: t.base, delta: t.delta, disp: t.disp, ...(t.base < 0 ? { anchor: t.anchor!, dispAt: t.dispAt! } : {}) })) } : sets;
  return { ok: violations.length === 0, file: code.file, mode: code.mode, violations, counts, codeBytes: code.codeBytes, sets: withTable };
}

/** The sets of a Code stream as text offsets (machine code only). */
function setsOf(code: Code): ModuleSets | null {
  const off = code.textOffset;
  if (!off) return null;
  const at = (l: readonly number[]): number[] => [...new Set(l.map((i) => off[i]!))].sort((a, b) => a - b);
  return { textSize: code.textSize, entries: at(code.entries), targets: at(code.targets), returns: at(code.returnSites) };
}

/** The machine-code stream of an object, built once per object (the gate and objectSets share it). */
const CODES = new WeakMap<ObjectFile, Code>();
function codeOf(obj: ObjectFile): Code {
  let c = CODES.get(obj);
  if (!c) CODES.set(obj, (c = elfCode(obj)));
  return c;
}

/**
 * The sets the verifier reads from an object (its front end, without the analysis): what a
 * verdict on `obj` is about. For an instance no verdict was asked for (the VM instance, which is
 * dom0's own code, and a gate switched off in tests).
 */
export function objectSets(obj: ObjectFile): ModuleSets {
  return setsOf(codeOf(obj))!;
}

/** Verifies the executable sections of an ELF32 relocatable object (`as --32` output). */
export function verifyObject(obj: ObjectFile, opts: VerifyOptions = {}): VerifyResult {
  return verifyCode(codeOf(obj), opts);
}

/** Verifies rewritten assembly (a parsed Program). */
export function verifyProgram(p: Program, opts: VerifyOptions = {}): VerifyResult {
  return verifyCode(asmCode(p), opts);
}

/** One line per violation: `where: rule: reason [site line N] (insn)`. */
export function formatViolations(r: VerifyResult): string {
  return r.violations.map(formatViolation).join('\n') + (r.violations.length ? '\n' : '');
}

export function formatViolation(v: Violation): string {
  const site = v.siteLine ? ` [source line ${v.siteLine}]` : '';
  const insn = v.insn ? `: '${v.insn}'` : '';
  return `${v.where}: ${v.rule} violation${site}${insn}: ${v.reason}`;
}

export function formatOk(r: VerifyResult): string {
  const c = r.counts;
  const bytes = r.mode === 'elf' ? `, ${r.codeBytes} bytes of code` : '';
  return `${r.file}: OK: ${c.functions} functions, ${c.instructions} instructions (${c.reachable} reachable)${bytes}; ` +
    `accesses proven: ${c.stack} stack-relative, ${c.translated} translated, ${c.stackChecked} stack-checked, ${c.runtime} runtime, ` +
    `${c.string} string; ${c.indirect} checked indirect transfers, ${c.returns} checked returns, ${c.returnSites} return sites, ` +
    `${c.flagRestores} flag restores\n`;
}
