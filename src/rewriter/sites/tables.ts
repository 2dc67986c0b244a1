// The rewriter's side tables and the kernel's: `.svm_sites` (site label, source line),
// `.svm_targets` (address-taken code labels: the indirect-target set), `.svm_returns` (return
// sites), appended after the out-of-line stubs; and the kernel's side tables that name one
// instruction precisely (`.smp_locks` `.long 671f - .`: the locked instruction; `__ex_table`: the
// faulting one), whose labels are moved onto the accessing instruction of its rewritten sequence
// while the original label keeps marking the start of the sequence for jumps.

import type { Directive, Item, Program, SourceLoc } from '../../asm/ir.js';
import type { LabelTable } from '../../asm/labels.js';
import { RETURNS_SECTION, SITES_SECTION, STUB_SECTION, TARGETS_SECTION } from '../../svm-runtime/abi.js';
import { emptyCounters } from '../counters.js';
import type { Ctx } from '../context.js';
import { copyDirective, Emitter, num, sym, type Expr } from './ops.js';
import { exprSymbols } from '../../asm/expr.js';

const PRECISE_LABEL_SECTIONS = new Set(['.smp_locks', '__ex_table']);

/**
 * Label references in side tables that name one instruction precisely (.smp_locks: the locked
 * instruction; __ex_table: the faulting one): label item index -> the directive arguments using it.
 */
export function findPreciseRefs(p: Program, labels: LabelTable): Map<number, Array<{ dir: number; arg: number }>> {
  const out = new Map<number, Array<{ dir: number; arg: number }>>();
  p.items.forEach((it, i) => {
    if (it.kind !== 'directive' || !PRECISE_LABEL_SECTIONS.has(it.section) || (it.name !== '.long' && it.name !== '.int')) return;
    it.args.forEach((a, k) => {
      if (a.k !== 'expr') return;
      for (const name of exprSymbols(a.e)) {
        const li = labels.resolve(name, i);
        if (li < 0) continue;
        let l = out.get(li);
        if (!l) out.set(li, (l = []));
        if (!l.some((r) => r.dir === i && r.arg === k)) l.push({ dir: i, arg: k });
      }
    });
  });
  return out;
}

/**
 * The instruction about to be emitted performs the access a side table (.smp_locks,
 * __ex_table) names: give it a label of its own; the table entries are pointed at it afterwards.
 */
export function markPrecise(cx: Ctx, em: Emitter, labelItems: readonly number[]): void {
  if (!labelItems.length) return;
  const name = `.Lsvm_p${cx.newId()}`;
  em.label(name);
  for (const li of labelItems) cx.preciseName.set(li, name);
}

export function patchPreciseRefs(cx: Ctx): void {
  for (const [li, refs] of cx.preciseRefs) {
    const name = cx.preciseName.get(li);
    if (!name) continue;
    for (const { dir, arg } of refs) {
      const pos = cx.outIndexOf.get(dir);
      if (pos === undefined) continue;
      const d = cx.out[pos] as Directive;
      const subst = (e: Expr): Expr => {
        switch (e.k) {
          case 'sym': return cx.cfg.labels.resolve(e.name, dir) === li ? sym(name) : e;
          case 'paren': return { k: 'paren', e: subst(e.e) };
          case 'un': return { k: 'un', op: e.op, arg: subst(e.arg) };
          case 'bin': return { k: 'bin', op: e.op, l: subst(e.l), r: subst(e.r) };
          default: return e;
        }
      };
      const args = d.args.map((a, k) => (k === arg && a.k === 'expr' ? { k: 'expr' as const, e: subst(a.e) } : a));
      cx.out[pos] = copyDirective(d, args);
    }
  }
}

/** The stubs, then `.svm_sites`, `.svm_targets`, `.svm_returns`. */
export function appendTables(cx: Ctx): void {
  const loc: SourceLoc = { file: cx.program.file, line: 0, col: 0 };
  const section = (name: string, flags: string): void => {
    cx.out.push({
      kind: 'directive', name: '.section', args: [{ k: 'raw', text: name }, { k: 'str', text: `"${flags}"` }, { k: 'raw', text: '@progbits' }],
      raw: undefined, loc, section: name, comment: undefined,
    } as Item);
  };
  const stubInsns = cx.stubs.filter((s) => s.kind === 'insn').length;
  if (stubInsns) {
    section(STUB_SECTION, 'ax');
    for (const s of cx.stubs) cx.out.push(s);
    // Stubs are out of line; a pseudo-function carries their count so totals show them.
    const c = emptyCounters();
    c.stub = stubInsns;
    cx.counters.set(`<${STUB_SECTION}>`, c);
  }
  section(SITES_SECTION, 'a');
  const em = new Emitter(cx.out, loc, SITES_SECTION);
  em.directive('.balign', [num(4)]);
  for (const s of cx.sites) em.directive('.long', [sym(s.label), num(s.line)]);
  section(TARGETS_SECTION, 'a');
  const te = new Emitter(cx.out, loc, TARGETS_SECTION);
  te.directive('.balign', [num(4)]);
  for (const t of [...cx.cfg.addressTaken].sort()) te.directive('.long', [sym(t)]);
  section(RETURNS_SECTION, 'a');
  const re = new Emitter(cx.out, loc, RETURNS_SECTION);
  re.directive('.balign', [num(4)]);
  for (const l of cx.returnSites) re.directive('.long', [sym(l)]);
}
