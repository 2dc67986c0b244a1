// Control-flow graph over all code of a file (instructions in executable sections, and raw
// instruction bytes such as the kernel's `1: .byte 0x0f, 0x0b` BUG traps). One graph per file,
// not per function: gcc jumps between `foo` and `foo.cold`, and kernel fixup code lives in other
// sections. Calls are not edges (they return to the next instruction unless noreturn).
//
// Edges: fall-through to the next code item of the same section; direct jump targets; jump-table
// targets (`jmp *.L4(,%r,4)` with `.L4: .long .L5, ...`). Exits: ret, tail jumps to external
// symbols, and indirect jumps whose targets are unknown (the analyses treat those conservatively).

import { decodeAt, isDecodeFailure } from '../isa/decoder.js';
import { insnEffects, type Effects } from '../isa/effects.js';
import { constValue, symbolPlusConst } from '../asm/expr.js';
import { executableSections, findFunctions, type FunctionRange } from '../asm/functions.js';
import type { Directive, Instruction, Program } from '../asm/ir.js';
import { LabelTable } from '../asm/labels.js';
import { NORETURN } from '../svm-runtime/abi.js';

export type ExitKind = 'ret' | 'tail' | 'unknown';

export interface CodeNode {
  /** Item index in the program. */
  readonly item: number;
  /** The instruction, or null for raw code bytes. */
  readonly insn: Instruction | null;
  /** Decoded raw bytes are a trap (ud2): no successors. */
  readonly trap: boolean;
  readonly succ: number[];
  /** How control leaves the file's code from here, when it does. */
  exit: ExitKind | null;
  /** Function this node belongs to (`foo.cold` belongs to `foo`). */
  fn: FunctionRange | null;
  /** For a direct call to code in this file: the callee's first node; -1 otherwise. */
  callee: number;
}

export interface Cfg {
  readonly nodes: CodeNode[];
  /** Item index -> node index (-1 for non-code items). */
  readonly nodeOfItem: Int32Array;
  readonly labels: LabelTable;
  readonly functions: FunctionRange[];
  /** Jump tables found: item index of the `jmp *` -> label names of the targets. */
  readonly jumpTables: Map<number, string[]>;
  /** Labels whose address is taken (data references, `$label` immediates, jump-table entries). */
  readonly addressTaken: Set<string>;
}

/** Predecessors of every node, packed: those of node i are `list[start[i] .. start[i+1])`, in node order. */
export interface Preds {
  readonly start: Int32Array;
  readonly list: Int32Array;
}

const PREDS = new WeakMap<Cfg, Preds>();

/** The CFG's edges reversed (computed once per graph; the graph's edges never change after buildCfg). */
export function predecessors(cfg: Cfg): Preds {
  let p = PREDS.get(cfg);
  if (!p) {
    const from: number[] = [], to: number[] = [];
    cfg.nodes.forEach((node, i) => { for (const s of node.succ) { from.push(i); to.push(s); } });
    PREDS.set(cfg, (p = packPreds(cfg.nodes.length, from, to)));
  }
  return p;
}

/** Packs the reverse of the edges from[k] -> to[k] (listed with `from` ascending). */
export function packPreds(n: number, from: readonly number[], to: readonly number[]): Preds {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < to.length; k++) start[to[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const list = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let k = 0; k < to.length; k++) list[fill[to[k]!]!++] = from[k]!;
  return { start, list };
}

const EFFECTS = new WeakMap<Cfg, ReadonlyArray<Effects | null>>();

/** insnEffects() of every node's instruction (null for raw code bytes), computed once per graph. */
export function nodeEffects(cfg: Cfg): ReadonlyArray<Effects | null> {
  let fx = EFFECTS.get(cfg);
  if (!fx) EFFECTS.set(cfg, (fx = cfg.nodes.map((node) => (node.insn ? insnEffects(node.insn) : null))));
  return fx;
}

export function isCodeBytes(d: Directive): boolean {
  return d.name === '.byte' && d.args.every((a) => a.k === 'expr' && constValue(a.e) !== null);
}

export function rawBytes(d: Directive): Uint8Array {
  return Uint8Array.from(d.args.map((a) => (a.k === 'expr' ? Number(constValue(a.e)! & 0xffn) : 0)));
}

export function buildCfg(p: Program): Cfg {
  const items = p.items;
  const exec = executableSections(p);
  const labels = new LabelTable(p);
  const functions = findFunctions(p);
  const nodes: CodeNode[] = [];
  const nodeOfItem = new Int32Array(items.length).fill(-1);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!exec.has(it.section)) continue;
    if (it.kind === 'insn') {
      nodeOfItem[i] = nodes.length;
      nodes.push({ item: i, insn: it, trap: false, succ: [], exit: null, fn: null, callee: -1 });
    } else if (it.kind === 'directive' && isCodeBytes(it)) {
      const d = decodeAt(rawBytes(it), 0, 0);
      const trap = !isDecodeFailure(d) && d.form.flow === 'trap';
      nodeOfItem[i] = nodes.length;
      nodes.push({ item: i, insn: null, trap, succ: [], exit: null, fn: null, callee: -1 });
    }
  }
  // Owning function of each node; `.cold` parts share their parent's frame.
  const byName = new Map(functions.map((f) => [f.name, f]));
  for (const f of functions) {
    const owner = f.name.endsWith('.cold') ? byName.get(f.name.slice(0, -5)) ?? f : f;
    for (let i = f.start; i < f.end; i++) {
      const n = nodeOfItem[i]!;
      if (n >= 0 && items[i]!.section === f.section) nodes[n]!.fn = owner;
    }
  }
  // Next code node of the same section, for fall-through.
  const nextInSection = new Int32Array(nodes.length).fill(-1);
  const lastBySection = new Map<string, number>();
  for (let n = nodes.length - 1; n >= 0; n--) {
    const sec = items[nodes[n]!.item]!.section;
    nextInSection[n] = lastBySection.get(sec) ?? -1;
    lastBySection.set(sec, n);
  }
  /** Code node a label names: the first code item at or after it in its section. */
  const nodeAtLabel = (labelItem: number): number => {
    const sec = items[labelItem]!.section;
    for (let i = labelItem + 1; i < items.length; i++) {
      if (items[i]!.section !== sec) continue;
      const n = nodeOfItem[i]!;
      if (n >= 0) return n;
      const it = items[i]!;
      // Directives that emit nothing here (alignment, debug info) or switch to another section and
      // back (kernel side tables: `.pushsection .smp_locks ... .popsection`) are stepped over.
      if (it.kind === 'directive' && !/^\.(p2align|balign|align|p?2alignw|loc|cfi_.*|pushsection|popsection|section|previous|text|data)$/.test(it.name)) return -1;
    }
    return -1;
  };
  /** The code node a direct jump or call at `item` lands on, or 'external'. */
  const directTargetOf = (insn: Instruction, item: number): number | 'external' => {
    const t = insn.operands[0];
    if (!t || t.kind !== 'target') return 'external';
    const sp = symbolPlusConst(t.expr);
    if (!sp || !sp.sym || sp.addend !== 0n) return 'external';
    const li = labels.resolve(sp.sym, item);
    if (li < 0) return 'external';
    const tn = nodeAtLabel(li);
    return tn >= 0 ? tn : 'external';
  };
  const jumpTables = new Map<number, string[]>();
  const addressTaken = collectAddressTaken(p, labels);

  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    const fall = nextInSection[n]!;
    if (!node.insn) {
      if (!node.trap && fall >= 0) node.succ.push(fall);
      continue;
    }
    const insn = node.insn;
    const flow = insn.form.flow;
    switch (flow) {
      case 'seq':
        if (fall >= 0) node.succ.push(fall);
        break;
      case 'jmp': {
        const t = directTargetOf(insn, node.item);
        if (t === 'external') node.exit = 'tail';
        else node.succ.push(t);
        break;
      }
      case 'jcc': {
        const t = directTargetOf(insn, node.item);
        if (t === 'external') node.exit = 'tail';
        else node.succ.push(t);
        if (fall >= 0) node.succ.push(fall);
        break;
      }
      case 'call': case 'icall': {
        const t = insn.operands[0];
        const callee = t && t.kind === 'target' ? symbolPlusConst(t.expr)?.sym : null;
        if (!(callee && NORETURN.has(callee)) && fall >= 0) node.succ.push(fall);
        if (flow === 'call') { const tn = directTargetOf(insn, node.item); if (tn !== 'external') node.callee = tn; }
        break;
      }
      case 'ret': case 'iret':
        node.exit = 'ret';
        break;
      case 'ijmp': {
        const targets = jumpTableTargets(p, labels, insn, node.item);
        if (targets) {
          jumpTables.set(node.item, targets);
          for (const l of targets) {
            const li = labels.resolve(l, node.item);
            const tn = li >= 0 ? nodeAtLabel(li) : -1;
            if (tn >= 0 && !node.succ.includes(tn)) node.succ.push(tn);
            addressTaken.add(l);
          }
        } else {
          node.exit = 'unknown';
        }
        break;
      }
      case 'trap': case 'halt':
        break;
    }
  }
  return { nodes, nodeOfItem, labels, functions, jumpTables, addressTaken };
}

/**
 * `jmp *.L4(,%reg,4)` where `.L4` labels a run of `.long label` entries: the labels of the table.
 * Returns null for any other indirect jump.
 */
function jumpTableTargets(p: Program, labels: LabelTable, insn: Instruction, from: number): string[] | null {
  const op = insn.operands[0];
  if (!op || op.kind !== 'mem' || op.base || !op.index || op.scale !== 4 || !op.disp || op.seg) return null;
  const sp = symbolPlusConst(op.disp);
  if (!sp || !sp.sym || sp.addend !== 0n) return null;
  const li = labels.resolve(sp.sym, from);
  if (li < 0) return null;
  const out: string[] = [];
  const sec = p.items[li]!.section;
  for (let i = li + 1; i < p.items.length; i++) {
    const it = p.items[i]!;
    if (it.section !== sec || it.kind === 'comment') continue;
    if (it.kind === 'label') break;
    if (it.kind !== 'directive' || (it.name !== '.long' && it.name !== '.int')) {
      if (it.kind === 'directive' && /^\.(p2align|balign|align)$/.test(it.name) && out.length === 0) continue;
      break;
    }
    for (const a of it.args) {
      if (a.k !== 'expr') return null;
      const s = symbolPlusConst(a.e);
      if (!s || !s.sym || s.addend !== 0n) return null;
      out.push(s.sym);
    }
  }
  return out.length ? out : null;
}

/** Code labels whose address escapes: named in data directives or as `$label` immediates. */
function collectAddressTaken(p: Program, labels: LabelTable): Set<string> {
  const taken = new Set<string>();
  const exec = executableSections(p);
  const codeLabels = new Set<string>();
  for (const it of p.items) if (it.kind === 'label' && exec.has(it.section) && !/^\d+$/.test(it.name)) codeLabels.add(it.name);
  const note = (x: import('../asm/expr.js').Expr): void => {
    if (x.k === 'sym') { if (codeLabels.has(x.name)) taken.add(x.name); }
    else if (x.k === 'paren') note(x.e);
    else if (x.k === 'un') note(x.arg);
    else if (x.k === 'bin') {
      // `a - b` of two labels is a distance, not an address.
      if (x.op === '-' && x.l.k === 'sym' && x.r.k === 'sym') return;
      note(x.l); note(x.r);
    }
  };
  for (const it of p.items) {
    if (it.kind === 'directive' && (it.name === '.long' || it.name === '.int' || it.name === '.quad')) {
      for (const a of it.args) if (a.k === 'expr') note(a.e);
    } else if (it.kind === 'insn') {
      for (const o of it.operands) if (o.kind === 'imm') note(o.expr);
    }
  }
  void labels;
  return taken;
}
