// Functions of a Program: item ranges delimited the way gcc marks them (`.type f, @function`, the
// label `f:`, and `.size f, .-f`), plus frame-pointer detection. Code in executable sections
// outside any marked function (kernel .fixup or .altinstr_replacement snippets) is collected in
// per-section pseudo-functions so nothing is left out of an analysis.

import { insnEffects } from '../isa/effects.js';
import { EBP } from '../isa/registers.js';
import type { Instruction, Item, Program } from './ir.js';

export interface FunctionRange {
  readonly name: string;
  /** Item indices [start, end): start is the function's label. */
  readonly start: number;
  readonly end: number;
  readonly section: string;
  /** True for the pseudo-functions that gather code outside marked functions. */
  readonly synthetic: boolean;
  /**
   * The function makes %ebp its frame pointer: it executes `movl %esp, %ebp` and writes %ebp
   * otherwise only by restoring it (`popl %ebp`, `leave`).
   */
  readonly framePointer: boolean;
}

const EXEC_CACHE = new WeakMap<Program, Set<string>>();

/** Sections whose contents are code: `.text*`, and any `.section` with the `x` flag. */
export function executableSections(p: Program): Set<string> {
  const cached = EXEC_CACHE.get(p);
  if (cached) return cached;
  const exec = new Set<string>();
  EXEC_CACHE.set(p, exec);
  for (const it of p.items) {
    if (it.kind !== 'directive') continue;
    if (it.name === '.section' || it.name === '.pushsection') {
      const nameArg = it.args[0];
      const name = nameArg ? (nameArg.k === 'str' ? nameArg.text.slice(1, -1) : nameArg.k === 'raw' ? nameArg.text : '') : '';
      const flags = it.args[1];
      const fl = flags && flags.k === 'str' ? flags.text.slice(1, -1) : null;
      if ((fl !== null && fl.includes('x')) || (fl === null && (name === '.text' || name.startsWith('.text.')))) exec.add(name);
    }
  }
  exec.add('.text');
  for (const it of p.items) if (it.section.startsWith('.text')) exec.add(it.section);
  return exec;
}

function functionTypes(items: readonly Item[]): Set<string> {
  const fns = new Set<string>();
  for (const it of items) {
    if (it.kind === 'directive' && it.name === '.type' && it.args.length === 2) {
      const t = it.args[1]!;
      const tt = t.k === 'raw' || t.k === 'str' ? t.text.replace(/"/g, '') : '';
      if (/^[@%]?function$/.test(tt) || tt === 'STT_FUNC') fns.add((it.args[0] as { text: string }).text);
    }
  }
  return fns;
}

export function findFunctions(p: Program): FunctionRange[] {
  const items = p.items;
  const fnNames = functionTypes(items);
  const out: FunctionRange[] = [];
  const exec = executableSections(p);
  const covered = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== 'label' || !fnNames.has(it.name)) continue;
    // The function ends at its `.size`, or at the next function label in the same section.
    let end = i + 1;
    for (; end < items.length; end++) {
      const x = items[end]!;
      if (x.kind === 'directive' && x.name === '.size' && (x.args[0] as { text?: string } | undefined)?.text === it.name) { end++; break; }
      if (x.kind === 'label' && fnNames.has(x.name) && x.section === it.section) break;
    }
    out.push({ name: it.name, start: i, end, section: it.section, synthetic: false, framePointer: false });
    for (let k = i; k < end; k++) if (items[k]!.section === it.section) covered[k] = 1;
  }
  // Gather instructions in executable sections that no function covers.
  const extra = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (covered[i] || it.kind !== 'insn' || !exec.has(it.section)) continue;
    let l = extra.get(it.section);
    if (!l) extra.set(it.section, (l = []));
    l.push(i);
  }
  for (const [section, idx] of extra) {
    out.push({ name: `<${section}>`, start: idx[0]!, end: idx[idx.length - 1]! + 1, section, synthetic: true, framePointer: false });
  }
  return out.map((f) => ({ ...f, framePointer: !f.synthetic && hasFramePointer(items, f) }));
}

/** Instructions of a function (those of its own section; side-table items interleaved are skipped). */
export function* functionInstructions(p: Program, f: FunctionRange): Generator<[number, Instruction]> {
  for (let i = f.start; i < f.end; i++) {
    const it = p.items[i]!;
    if (it.kind === 'insn' && it.section === f.section) yield [i, it];
  }
}

function hasFramePointer(items: readonly Item[], f: FunctionRange): boolean {
  let setup = false;
  for (let i = f.start; i < f.end; i++) {
    const it = items[i]!;
    if (it.kind !== 'insn' || it.section !== f.section) continue;
    const ops = it.operands;
    if (it.form.op === 'mov' && ops.length === 2 && ops[0]!.kind === 'reg' && ops[0]!.reg.name === 'esp' &&
      ops[1]!.kind === 'reg' && ops[1]!.reg.name === 'ebp') { setup = true; continue; }
    if (it.form.op === 'leave') continue;
    if (it.form.op === 'pop' && ops[0]?.kind === 'reg' && ops[0].reg.name === 'ebp') continue;
    // Any other write of %ebp (or a part of it) disqualifies.
    const fx = insnEffects(it);
    if ((fx.regKill | fx.regPartial) & (1 << EBP)) return false;
  }
  return setup;
}
