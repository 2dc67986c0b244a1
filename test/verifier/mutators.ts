// Seeded unsafe edits of rewritten programs, at the IR level, for the verifier's mutation test.
// Owns: finding the rewriter's inserted sequences in a genuine output (by their documented shapes,
// abi.ts), and one mutator per kind of unsafe edit. Every mutator makes a program that is unsafe by
// construction (the comment at each says why); a mutator that cannot apply at the chosen site
// returns null and the caller picks another site.

import { parse } from '../../src/asm/parser.js';
import { printInstruction } from '../../src/asm/printer.js';
import { constValue, symbolPlusConst } from '../../src/asm/expr.js';
import type { Instruction, Item, MemOperand, Operand, Program } from '../../src/asm/ir.js';
import { FORMS, GPR32_NAMES, type Form, type OperandSpec } from '../../src/isa/index.js';
import type { Rng } from '../support/rng.js';
// The rewriter's own CFG, to keep mutations out of dead code (test code may use it; the verifier
// may not): an edit no execution reaches is no unsafe mutant.
import { buildCfg } from '../../src/rewriter/cfg.js';

export interface Mutant {
  readonly kind: string;
  readonly detail: string;
  readonly program: Program;
}

const PRIV_FORMS: readonly Form[] = FORMS.filter((f) => f.privilege !== null && !f.decodeOnly && !f.asmOnly);

/** One instruction parsed from AT&T text, placed at `at` (section, location). */
export function insnAt(text: string, at: Item): Instruction {
  const p = parse('<mutant>', text.includes('\n') ? text : `\t${text}\n`);
  const it = p.items.find((x) => x.kind === 'insn') as Instruction | undefined;
  if (!it) throw new Error(`mutant text '${text}' is not an instruction`);
  return { ...it, loc: at.loc, section: at.section };
}

function text(i: Instruction): string {
  return printInstruction(i).trim();
}

const isInsn = (it: Item | undefined): it is Instruction => it?.kind === 'insn';
const memOf = (i: Instruction): MemOperand | undefined => i.operands.find((o): o is MemOperand => o.kind === 'mem');
const regName = (o: Operand | undefined): string | null => (o && o.kind === 'reg' ? o.reg.name : null);
const immValue = (o: Operand | undefined): bigint | null => (o && o.kind === 'imm' ? constValue(o.expr) : null);
const immSym = (o: Operand | undefined): string | null => (o && o.kind === 'imm' ? symbolPlusConst(o.expr)?.sym ?? null : null);
const targetName = (i: Instruction): string | null => {
  const t = i.operands[0];
  return t && t.kind === 'target' ? symbolPlusConst(t.expr)?.sym ?? null : null;
};
const memSym = (m: MemOperand | undefined): string | null => (m?.disp ? symbolPlusConst(m.disp)?.sym ?? null : null);

/** A fast path (abi.ts): movl r1,r2; shrl; andl; xorl stlb(r2),r1; cmpl; ja m; addl stlb+4(r2),r1; k: */
export interface FastSite {
  readonly mov: number; readonly shr: number; readonly and: number; readonly xor: number; readonly cmp: number;
  readonly ja: number; readonly add: number; readonly kLabel: number;
  readonly r1: string; readonly r2: string; readonly kName: string;
  /** The first instruction after the k label that accesses (%r1), or -1. */
  readonly use: number;
  /** `leal M, %r1` feeding the fast path (pushfl may sit between), or -1. */
  readonly lea: number;
  /** Function (label item) the site is in, and its extent. */
  readonly fnStart: number; readonly fnEnd: number;
}

/** A target check: subl vm_text; cmpl text_size; jae x; btl; jnc b; addl inst_text; k: */
export interface CheckSite {
  readonly sub: number; readonly cmp: number; readonly jae: number; readonly bt: number; readonly jnc: number;
  readonly add: number; readonly kName: string; readonly rt: string;
}

/** A stack check: cmpl lo,r; jb f; cmpl hi,r; jae f. */
export interface StackCheckSite { readonly cmpLo: number; readonly jb: number; readonly cmpHi: number; readonly jae: number; readonly r: string }

/** The count bound of a string chunk loop: movl p,rb; andl $0xfff; negl; addl $C; [shrl]; cmpl; cmova. */
export interface CountSite { readonly add: number; readonly cmova: number; readonly rb: string }

/** A return-site check: movl w(%esp),r; subl inst_text; cmpl text_size; jae o; btl returns; jnc d; [pops] ret. */
export interface RetCheckSite {
  readonly mov: number; readonly sub: number; readonly cmp: number; readonly jae: number; readonly bt: number; readonly jnc: number;
  readonly ret: number; readonly r: string; readonly oName: string;
}

/**
 * A frame-pointer check after a return site: cmpl lo,%ebp; jb f; cmpl hi,%ebp; jae f, followed on
 * the straight-line path (before any call, transfer or write of %ebp) by an exempt use of %ebp as
 * the frame: a disp(%ebp) access, `leave`, or `movl %ebp,%esp`.
 */
export interface FpCheckSite extends StackCheckSite { readonly use: number }

/**
 * A frame-pointer check at a jump landing (rewrite.ts landingCheck): the landing's own labels (a
 * jump table names them), its site label, then cmpl lo,%ebp; jb f; cmpl hi,%ebp; jae f, followed
 * on the straight-line path by an exempt use of %ebp as the frame.
 */
export interface LandingCheckSite extends FpCheckSite {
  /** Items of the landing's own labels (not the rewriter's) right before the check. */
  readonly labels: number[];
}

export interface Sites {
  readonly fast: FastSite[];
  readonly checks: CheckSite[];
  readonly stackChecks: StackCheckSite[];
  readonly counts: CountSite[];
  /** Direct jumps between original code labels (targets not the rewriter's), with their function. */
  readonly jumps: Array<{ item: number; fnStart: number; fnEnd: number }>;
  /** `rep` string instructions inside chunk loops. */
  readonly strings: number[];
  /** `ret` instructions. */
  readonly rets: number[];
  readonly retChecks: RetCheckSite[];
  readonly fpChecks: FpCheckSite[];
  readonly landingChecks: LandingCheckSite[];
  /** Calls into the runtime that return (__svm_slow, __svm_call_xlate), in stubs. */
  readonly runtimeCalls: number[];
  /** Index of the `.section .svm_returns` directive (-1: none). */
  readonly returnsSection: number;
  /** Module data symbols (labels outside code). */
  readonly dataSyms: string[];
}

export function findSites(p: Program): Sites {
  const items = p.items;
  // Instructions per section, in order, and each one's position there.
  const bySec = new Map<string, number[]>();
  const pos = new Int32Array(items.length).fill(-1);
  const fnOf = new Int32Array(items.length).fill(-1);
  const fnEndOf = new Map<number, number>();
  const fnNames = new Set<string>();
  for (const it of items) {
    if (it.kind === 'directive' && it.name === '.type' && it.args[1]?.k === 'raw' && /function/.test(it.args[1].text) && it.args[0]?.k === 'raw') fnNames.add(it.args[0].text);
  }
  let curFn = -1;
  items.forEach((it, i) => {
    if (it.kind === 'label' && fnNames.has(it.name)) { curFn = i; fnEndOf.set(i, items.length); }
    if (it.kind === 'directive' && it.name === '.size' && curFn >= 0) fnEndOf.set(curFn, i);
    if (curFn >= 0 && i < (fnEndOf.get(curFn) ?? items.length)) fnOf[i] = curFn;
    if (it.kind !== 'insn') return;
    let l = bySec.get(it.section);
    if (!l) bySec.set(it.section, (l = []));
    pos[i] = l.length;
    l.push(i);
  });
  // Instructions some execution reaches: from every function entry (not `.cold` parts) and every
  // direct callee, along the CFG's edges (jumps, jump tables, fall-through; traps and noreturn
  // calls end paths).
  const cfg = buildCfg(p);
  const live = new Uint8Array(items.length);
  {
    const work: number[] = [];
    const seen = new Uint8Array(cfg.nodes.length);
    const push = (n: number): void => { if (n >= 0 && !seen[n]) { seen[n] = 1; work.push(n); } };
    for (const fn of cfg.functions) {
      if (fn.synthetic || /\.cold/.test(fn.name)) continue;
      for (let i = fn.start; i < fn.end; i++) if (cfg.nodeOfItem[i]! >= 0) { push(cfg.nodeOfItem[i]!); break; }
    }
    // And every indirect-transfer landing (.svm_targets): the rewritten jump tables are checked
    // `jmp *%r`, which the CFG does not follow, and any checked transfer may reach any landing.
    items.forEach((it, i) => {
      if (it.kind !== 'label' || !cfg.addressTaken.has(it.name)) return;
      for (let k = i + 1; k < items.length; k++) {
        if (items[k]!.section !== it.section) continue;
        if (cfg.nodeOfItem[k]! >= 0) { push(cfg.nodeOfItem[k]!); break; }
        if (items[k]!.kind === 'insn') break;
      }
    });
    while (work.length) {
      const n = work.pop()!;
      const node = cfg.nodes[n]!;
      live[node.item] = 1;
      for (const t of node.succ) push(t);
      push(node.callee);
    }
  }
  const dataSyms: string[] = [];
  for (const it of items) {
    if (it.kind === 'label' && /^(\.data|\.bss|\.rodata)/.test(it.section) && !it.name.startsWith('.L') && !/^\d/.test(it.name)) dataSyms.push(it.name);
  }
  const seq = (i: number, k: number): number => {
    const l = bySec.get(items[i]!.section)!;
    const j = pos[i]! + k;
    return j >= 0 && j < l.length ? l[j]! : -1;
  };
  const I = (i: number): Instruction | null => (i >= 0 && isInsn(items[i]) ? (items[i] as Instruction) : null);
  const fast: FastSite[] = [];
  const checks: CheckSite[] = [];
  const stackChecks: StackCheckSite[] = [];
  const counts: CountSite[] = [];
  const jumps: Sites['jumps'] = [];
  const strings: number[] = [];
  const rets: number[] = [];
  const retChecks: RetCheckSite[] = [];
  const fpChecks: FpCheckSite[] = [];
  const landingChecks: LandingCheckSite[] = [];
  const runtimeCalls: number[] = [];
  const returnsSection = items.findIndex((x) => x.kind === 'directive' && x.name === '.section' && x.args[0]?.k === 'raw' && x.args[0].text === '.svm_returns');
  /** Labels right before instruction i (same section), nearest first. */
  const labelsBefore = (i: number): string[] => {
    const out: string[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const x = items[k]!;
      if (x.section !== items[i]!.section || x.kind === 'comment') continue;
      if (x.kind !== 'label') break;
      out.push(x.name);
    }
    return out;
  };
  /**
   * The first exempt use of %ebp as the frame on the straight-line path after i, or -1. `follow`:
   * through direct jumps too (to an original code label); never past another check of %ebp.
   */
  const frameUseAfter = (i: number, follow = false): number => {
    for (let j = seq(i, 1), k = 0; j >= 0 && k < 40; j = seq(j, 1), k++) {
      const u = I(j)!;
      if (u.form.op === 'cmp' && regName(u.operands[1]) === 'ebp') return -1;
      if (follow && u.form.flow === 'jmp') {
        const t = targetName(u);
        const li = t && /^\.L\d/.test(t) ? items.findIndex((x) => x.kind === 'label' && x.name === t && x.section === u.section) : -1;
        let n = li + 1;
        while (n > 0 && n < items.length && !isInsn(items[n])) n++;
        if (li < 0 || n >= items.length) return -1;
        j = seq(n, -1);
        if (j < 0) return -1;
        continue;
      }
      const m = memOf(u);
      if (u.form.op !== 'lea' && m && m.base?.name === 'ebp' && !m.seg) return j;
      if (u.form.op === 'leave') return j;
      if (u.form.op === 'mov' && regName(u.operands[0]) === 'ebp' && regName(u.operands[1]) === 'esp') return j;
      const f = u.form.flow;
      if (f === 'call' || f === 'icall' || f === 'ret' || f === 'jmp' || f === 'ijmp') return -1;
      if (u.form.op === 'pop' && regName(u.operands[0]) === 'ebp') return -1;
    }
    return -1;
  };
  const labelBefore = (i: number): string | null => {
    for (let k = i - 1; k >= 0; k--) {
      const it = items[k]!;
      if (it.section !== items[i]!.section) continue;
      if (it.kind === 'label') return it.name;
      if (it.kind === 'insn' || (it.kind === 'directive' && !/^\.(p2align|balign|align|loc|cfi_)/.test(it.name))) return null;
    }
    return null;
  };
  items.forEach((it, i) => {
    if (!isInsn(it)) return;
    const op = it.form.op;
    if (op === 'xor' && memSym(memOf(it)) === '__svm_stlb' && it.operands[1]?.kind === 'reg') {
      const r1 = it.operands[1].reg.name, r2 = memOf(it)!.base?.name ?? '';
      const mov = I(seq(i, -3)), shr = I(seq(i, -2)), and = I(seq(i, -1)), cmp = I(seq(i, 1)), ja = I(seq(i, 2)), add = I(seq(i, 3));
      if (!mov || mov.form.op !== 'mov' || regName(mov.operands[0]) !== r1 || regName(mov.operands[1]) !== r2) return;
      if (!shr || shr.form.op !== 'shr' || !and || and.form.op !== 'and' || !cmp || cmp.form.op !== 'cmp' || !ja || ja.mnemonic !== 'ja' || !add || add.form.op !== 'add') return;
      const addIdx = seq(i, 3);
      const kLabel = items.findIndex((x, k) => k > addIdx && x.kind === 'label' && x.name.startsWith('.Lsvm_k'));
      if (kLabel < 0) return;
      const kName = (items[kLabel] as { name: string }).name;
      let use = -1;
      for (let k = 1, j = seq(addIdx, 1); k <= 2 && j >= 0; k++, j = seq(j, 1)) {
        const u = I(j)!;
        const m = memOf(u);
        if (m && m.base?.name === r1 && !m.index && !m.seg) { use = j; break; }
        if (u.form.op !== 'popf') break;
      }
      let lea = -1;
      for (let k = 1, j = seq(i, -4); k <= 3 && j >= 0; k++, j = seq(j, -1)) {
        const l = I(j)!;
        if (l.form.op === 'lea' && regName(l.operands[1]) === r1) { lea = j; break; }
        if (!(l.form.op === 'pushf' || (l.form.op === 'add' && /__svm_[fg]s_base/.test(memSym(memOf(l)) ?? '')))) break;
      }
      const fnStart = fnOf[i]!;
      fast.push({ mov: seq(i, -3), shr: seq(i, -2), and: seq(i, -1), xor: i, cmp: seq(i, 1), ja: seq(i, 2), add: addIdx, kLabel, r1, r2, kName, use, lea, fnStart, fnEnd: fnStart >= 0 ? fnEndOf.get(fnStart)! : -1 });
    } else if (op === 'sub' && immSym(it.operands[0]) === '__svm_vm_text') {
      const rt = regName(it.operands[1])!;
      const c = I(seq(i, 1)), jae = I(seq(i, 2)), bt = I(seq(i, 3)), jnc = I(seq(i, 4)), add = I(seq(i, 5));
      if (!c || !jae || !bt || !jnc || !add || bt.form.op !== 'bt' || add.form.op !== 'add') return;
      const kl = labelBefore(seq(i, 6));
      if (!kl) return;
      checks.push({ sub: i, cmp: seq(i, 1), jae: seq(i, 2), bt: seq(i, 3), jnc: seq(i, 4), add: seq(i, 5), kName: kl, rt });
    } else if (op === 'cmp' && memSym(memOf(it)) === '__svm_stack_lo') {
      const jb = I(seq(i, 1)), hi = I(seq(i, 2)), jae = I(seq(i, 3));
      if (!jb || !hi || !jae || memSym(memOf(hi)) !== '__svm_stack_hi') return;
      const sc = { cmpLo: i, jb: seq(i, 1), cmpHi: seq(i, 2), jae: seq(i, 3), r: regName(it.operands[1])! };
      // A frame-pointer check stands right after a return-site label (its own site label between).
      if (labelsBefore(i).some((l) => l.startsWith('.Lsvm_r'))) {
        const use = frameUseAfter(sc.jae);
        if (use >= 0) fpChecks.push({ ...sc, use });
      } else if (sc.r === 'ebp' && labelsBefore(i).some((l) => !l.startsWith('.Lsvm_'))) {
        // A landing check stands right after the landing's labels (its own site label between).
        const use = frameUseAfter(sc.jae, true);
        const labels: number[] = [];
        for (let k = i - 1; k >= 0; k--) {
          const x = items[k]!;
          if (x.section !== it.section || x.kind === 'comment') continue;
          if (x.kind !== 'label') break;
          if (!x.name.startsWith('.Lsvm_')) labels.push(k);
        }
        if (use >= 0) landingChecks.push({ ...sc, use, labels });
      } else stackChecks.push(sc);
    } else if (op === 'sub' && immSym(it.operands[0]) === '__svm_inst_text' && it.operands[1]?.kind === 'reg') {
      const r = regName(it.operands[1])!;
      const mov = I(seq(i, -1)), c = I(seq(i, 1)), jae = I(seq(i, 2)), bt = I(seq(i, 3)), jnc = I(seq(i, 4));
      if (!mov || mov.form.op !== 'mov' || memOf(mov)?.base?.name !== 'esp' || !c || !jae || !bt || bt.form.op !== 'bt' || !jnc || jnc.mnemonic !== 'jnc') return;
      let ret = seq(i, 5);
      while (ret >= 0 && I(ret)!.form.flow !== 'ret') { if (!/^pop/.test(I(ret)!.form.op)) return; ret = seq(ret, 1); }
      if (ret < 0) return;
      retChecks.push({ mov: seq(i, -1), sub: i, cmp: seq(i, 1), jae: seq(i, 2), bt: seq(i, 3), jnc: seq(i, 4), ret, r, oName: targetName(jae)! });
    } else if (it.form.flow === 'call' && (targetName(it) === '__svm_slow' || targetName(it) === '__svm_call_xlate')) {
      runtimeCalls.push(i);
    } else if (op === 'cmovcc' && it.mnemonic === 'cmova') {
      // Walk back to the addl $C of the same register.
      const rb = regName(it.operands[0])!;
      for (let k = 1, j = seq(i, -1); k <= 4 && j >= 0; k++, j = seq(j, -1)) {
        const a = I(j)!;
        if (a.form.op === 'add' && regName(a.operands[1]) === rb && immValue(a.operands[0]) !== null) { counts.push({ add: j, cmova: i, rb }); break; }
      }
    } else if ((it.form.flow === 'jmp' || it.form.flow === 'jcc') && it.mnemonic !== 'jecxz') {
      const t = targetName(it);
      const fnStart = fnOf[i]!;
      if (t && /^\.L\d/.test(t) && !it.section.includes('svm') && fnStart >= 0) jumps.push({ item: i, fnStart, fnEnd: fnEndOf.get(fnStart)! });
    } else if (it.form.implicitMem === 'string' && it.prefixes.some((x) => x.startsWith('rep'))) {
      strings.push(i);
    } else if (it.form.flow === 'ret' && !it.section.includes('svm')) {
      // Function returns (at the entry depth), not the stubs' trampoline returns.
      rets.push(i);
    }
  });
  return {
    fast: fast.filter((f) => live[f.xor] && live[f.add] && (f.use < 0 || live[f.use])),
    checks: checks.filter((c) => live[c.sub] && live[c.add]),
    stackChecks: stackChecks.filter((c) => live[c.cmpLo] && live[c.jae]),
    counts: counts.filter((c) => live[c.add] && live[c.cmova]),
    jumps: jumps.filter((j) => live[j.item]),
    strings: strings.filter((i) => live[i]!),
    rets: rets.filter((i) => live[i]!),
    retChecks: retChecks.filter((c) => live[c.mov] && live[c.ret]),
    fpChecks: fpChecks.filter((c) => live[c.cmpLo] && live[c.use]),
    landingChecks: landingChecks.filter((c) => live[c.cmpLo] && live[c.use]),
    runtimeCalls,
    returnsSection,
    dataSyms,
  };
}

// ---- edits ------------------------------------------------------------------------------------------

function edit(p: Program, changes: Array<{ at: number; del: number; ins: Item[] }>): Program {
  const items = p.items.slice();
  // Apply from the end so earlier indices stay valid.
  for (const c of [...changes].sort((a, b) => b.at - a.at)) items.splice(c.at, c.del, ...c.ins);
  return { file: p.file, items };
}

function replaceMemBase(i: Instruction, base: string): Instruction {
  const ops = i.operands.map((o) => (o.kind === 'mem' ? { ...o, base: regByName(base) } : o));
  return { ...i, operands: ops };
}

function regByName(name: string): MemOperand['base'] {
  return (parse('<r>', `\tmovl (%${name}), %eax\n`).items[0] as Instruction).operands[0]!.kind === 'mem'
    ? ((parse('<r>', `\tmovl (%${name}), %eax\n`).items[0] as Instruction).operands[0] as MemOperand).base
    : null;
}

/** Operand text for a spec (privileged forms only need something the assembler accepts). */
function operandText(s: OperandSpec, rng: Rng): string {
  switch (s.kind) {
    case 'reg': case 'regonly': return s.size === 8 ? '%al' : s.size === 16 ? '%ax' : '%eax';
    case 'rm': return rng.bool() ? (s.size === 8 ? '%bl' : s.size === 16 ? '%bx' : '%ebx') : '(%esp)';
    case 'mem': return '4(%esp)';
    case 'imm': return '$3';
    case 'fixed': return `%${s.fixed!.name}`;
    case 'creg': return rng.pick(['%cr0', '%cr3', '%cr4']);
    case 'dreg': return '%db7';
    case 'sreg': return rng.pick(['%ds', '%es', '%fs', '%ss']);
    case 'st': return '%st(1)';
    case 'xmm': return '%xmm0';
    default: return '$0';
  }
}

function privilegedText(rng: Rng): string | null {
  const f = rng.pick(PRIV_FORMS);
  const written = f.operands.filter((s) => s.value === undefined && !s.optional);
  const name = f.names.find((n) => /[lwb]$/.test(n) && n !== f.mnemonic) ?? f.mnemonic;
  const t = `${name}${written.length ? '\t' + written.map((s) => operandText(s, rng)).join(', ') : ''}`;
  try {
    const i = insnAt(t, { kind: 'comment', text: '', loc: { file: '', line: 0, col: 0 }, section: '.text' });
    return i.form.privilege !== null ? t : null;
  } catch {
    return null;
  }
}

const JA_UNSAFE = ['jb', 'jbe', 'jl', 'jle', 'jg', 'jge', 'js', 'jns', 'jo', 'jno', 'jp', 'jnp', 'je'];

export type Mutator = (p: Program, s: Sites, rng: Rng) => { detail: string; program: Program } | null;

/**
 * Later accesses through a fast path's result register %r1 (reuses of its translation, rewrite.ts
 * findReuse/availIn): followed from the fast path's first use along the straight line of items
 * (conditional jumps fall through; labels are crossed: the reuse is then cross-block), up to a call,
 * an unconditional transfer, the next fast path, or an instruction naming %r1 as a register.
 */
function reusesOf(p: Program, f: FastSite, leas: ReadonlySet<number>): Array<{ item: number; label: number }> {
  const out: Array<{ item: number; label: number }> = [];
  if (f.use < 0 || f.fnEnd < 0) return out;
  const sec = p.items[f.use]!.section;
  let label = -1;
  for (let i = f.use + 1; i < f.fnEnd; i++) {
    const it = p.items[i]!;
    if (it.section !== sec) continue;
    if (it.kind === 'label') { if (!it.name.startsWith('.Lsvm_')) label = i; continue; }
    if (!isInsn(it)) continue;
    if (leas.has(i)) break;
    const fl = it.form.flow;
    if (fl !== 'seq' && fl !== 'jcc') break;
    if (it.operands.some((o) => o.kind === 'reg' && GPR32_NAMES[o.reg.gpr] === f.r1)) break;
    const m = memOf(it);
    if (m && m.base && GPR32_NAMES[m.base.gpr] === f.r1 && !m.index && it.form.mem !== 'none') out.push({ item: i, label });
  }
  return out;
}

/** Kinds of unsafe edits, each with its mutator. */
export const MUTATORS: Record<string, Mutator> = {
  /**
   * Break a reused translation (preferably one reused across a label): %r1 is given an
   * untranslated address right before the reuse, or right after the label every path to the reuse
   * passes; or the reuse's displacement is moved past the 2-page window (disp + size > 4097, which
   * leaves the window for a translation near the end of its page).
   */
  'break-reuse': (p, s, rng) => {
    const f = rng.pick(s.fast);
    const leas = new Set(s.fast.map((x) => x.lea).filter((x) => x >= 0));
    const all = reusesOf(p, f, leas);
    if (!all.length) return null;
    const cross = all.filter((r) => r.label >= 0);
    const r = rng.pick(cross.length && rng.int(4) ? cross : all);
    const use = p.items[r.item] as Instruction;
    const which = rng.int(3);
    if (which === 2) {
      const size = Math.max(1, (use.form.operands.find((o) => o.kind === 'rm' || o.kind === 'mem')?.size ?? 32) / 8);
      const d = 4097 - size + 1 + rng.int(8192);
      const ops = use.operands.map((o) => (o.kind === 'mem' ? { ...o, disp: { k: 'num' as const, value: BigInt(d), text: String(d) } } : o));
      return { detail: `reuse '${text(use)}' (line ${use.loc.line}) at displacement ${d} of %${f.r1}`, program: edit(p, [{ at: r.item, del: 1, ins: [{ ...use, operands: ops }] }]) };
    }
    const bad = insnAt(rng.pick([`movl\t$4096, %${f.r1}`, `movl\t__svm_stlb, %${f.r1}`, `leal\t8192(%${f.r1}), %${f.r1}`]), use);
    const at = which === 1 && r.label >= 0 ? r.label + 1 : r.item;
    return { detail: `'${text(bad)}' before reuse '${text(use)}' (line ${use.loc.line})${at === r.item ? '' : ' after its label'}`, program: edit(p, [{ at, del: 0, ins: [bad] }]) };
  },
  /** Delete the fast path: the access runs on the untranslated effective address left by leal. */
  'drop-translation': (p, s, rng) => {
    const f = rng.pick(s.fast);
    if (f.use < 0) return null;
    const del = [f.mov, f.shr, f.and, f.xor, f.cmp, f.ja, f.add].sort((a, b) => a - b);
    return { detail: `fast path ${f.kName} deleted`, program: edit(p, del.map((at) => ({ at, del: 1, ins: [] }))) };
  },
  /** Put the original operand back into the access: untranslated dom0 (or absolute) address. */
  'restore-operand': (p, s, rng) => {
    const f = rng.pick(s.fast);
    if (f.use < 0 || f.lea < 0) return null;
    const lea = p.items[f.lea] as Instruction;
    const use = p.items[f.use] as Instruction;
    const m = memOf(lea)!;
    const um = memOf(use)!;
    const regs = [m.base?.name, m.index?.name].filter((x): x is string => !!x);
    // The registers of M still hold the original address parts at the access, and are program
    // registers (never stack pointers: no esp/ebp; never the scratch pair).
    if (regs.some((r) => r === f.r1 || r === f.r2 || r === 'esp' || r === 'ebp')) return null;
    const disp = um.disp ? constValue(um.disp) : 0n;
    if (disp === null) return null;
    const nd = disp === 0n ? m.disp : m.disp ? { k: 'bin' as const, op: '+' as const, l: m.disp, r: { k: 'num' as const, value: disp, text: String(disp) } } : um.disp;
    const ops = use.operands.map((o) => (o.kind === 'mem' ? { ...m, disp: nd ?? null, indirect: o.indirect } : o));
    return { detail: `access of ${f.kName} back on '${text(lea)}'`, program: edit(p, [{ at: f.use, del: 1, ins: [{ ...use, operands: ops }] }]) };
  },
  /** Access through the entry-offset register (a small integer, not a translation). */
  'swap-base': (p, s, rng) => {
    const f = rng.pick(s.fast);
    if (f.use < 0) return null;
    const use = p.items[f.use] as Instruction;
    if (use.operands.some((o) => o.kind === 'reg' && o.reg.gpr === regByName(f.r2)!.gpr && o.reg.size < 32)) return null;
    return { detail: `access of ${f.kName} through %${f.r2}`, program: edit(p, [{ at: f.use, del: 1, ins: [replaceMemBase(use, f.r2)] }]) };
  },
  /** Jump into the middle of a sequence: the miss edge, a check's failure edge, or an outside jump. */
  'retarget-jump': (p, s, rng) => {
    const which = rng.int(3);
    if (which === 0) {
      const f = rng.pick(s.fast);
      // Miss edge to the access: %r1 holds va ^ tag, which is not a mapped address.
      return { detail: `ja of ${f.kName} to ${f.kName}`, program: edit(p, [{ at: f.ja, del: 1, ins: [insnAt(`ja\t${f.kName}`, p.items[f.ja]!)] }]) };
    }
    if (which === 1 && s.checks.length) {
      const c = rng.pick(s.checks);
      const i = rng.bool() ? c.jae : c.jnc;
      // Unchecked text offset (out of text / not a target, and never rebased) reaches the transfer.
      const mn = (p.items[i] as Instruction).mnemonic;
      return { detail: `${mn} of check ${c.kName} to ${c.kName}`, program: edit(p, [{ at: i, del: 1, ins: [insnAt(`${mn}\t${c.kName}`, p.items[i]!)] }]) };
    }
    // An original jump of the same function lands on the access with %r1 = 0 (not a translation).
    const f = rng.pick(s.fast);
    if (f.use < 0 || f.fnStart < 0) return null;
    const js = s.jumps.filter((j) => j.fnStart === f.fnStart && p.items[j.item]!.section === p.items[f.use]!.section);
    if (!js.length) return null;
    const j = rng.pick(js);
    const J = p.items[j.item] as Instruction;
    return {
      detail: `'${text(J)}' (line ${J.loc.line}) to ${f.kName} with %${f.r1} = 0`,
      program: edit(p, [{ at: j.item, del: 1, ins: [insnAt(`movl\t$0, %${f.r1}`, J), insnAt(`${J.mnemonic}\t${f.kName}`, J)] }]),
    };
  },
  /** A new untranslated access right before a translated one. */
  'insert-access': (p, s, rng) => {
    const f = rng.pick(s.fast);
    const sym = s.dataSyms.length ? rng.pick(s.dataSyms) : 'jiffies';
    const r2 = f.r2, r1 = f.r1;
    const t = rng.pick([
      `movl (%${r2}), %${r2}`, `movl %eax, 4(%${r2})`, `incl (%${r2})`, `addl %${r2}, 8(%${r2})`,
      `movl 0x1000, %${r2}`, `movl %${r2}, 0x2000`, `movl %fs:0x14, %${r2}`, `movl %fs:(%${r1}), %${r2}`,
      `movl ${sym}, %${r2}`, `movl %${r2}, ${sym}+4`, `movl (%${r1},%${r2},1), %${r2}`, `movl 4096(%${r1}), %${r2}`,
      `movl -4(%${r1}), %${r2}`, `movl 0x20000(%esp), %${r2}`, `movl (%esp,%${r2},4), %${r2}`, `movb %al, -70000(%esp)`,
      `cmpxchg8b (%${r2})`, `movl %gs:(%${r2}), %${r2}`, `pushl (%${r2})`, `fldl (%${r2})`,
    ]);
    return { detail: `'${t}' inserted at ${f.kName}`, program: edit(p, [{ at: f.kLabel + 1, del: 0, ins: [insnAt(t, p.items[f.kLabel]!)] }]) };
  },
  /** A string instruction on untranslated %esi/%edi, or with DF set, or with an unbounded count. */
  'string': (p, s, rng) => {
    const which = rng.int(3);
    if (which === 0) {
      // At a plain access (not inside a string chunk loop, where %esi/%edi may be translated).
      const f = rng.pick(s.fast);
      if (f.lea < 0 || f.use < 0) return null;
      // %esi/%edi set to the entry offset in %r2 first: a small integer, no translation.
      const t = rng.pick(['rep movsb', 'rep stosl', 'stosb', 'lodsl', 'repe cmpsb', 'movsw']);
      const at = p.items[f.kLabel]!;
      return {
        detail: `'${t}' on %${f.r2} inserted at ${f.kName}`,
        program: edit(p, [{ at: f.kLabel + 1, del: 0, ins: [insnAt(`movl\t%${f.r2}, %esi`, at), insnAt(`movl\t%${f.r2}, %edi`, at), insnAt(t, at)] }]),
      };
    }
    if (!s.strings.length) return null;
    const at = rng.pick(s.strings);
    if (which === 1) return { detail: `std before '${text(p.items[at] as Instruction)}' (line ${p.items[at]!.loc.line})`, program: edit(p, [{ at, del: 0, ins: [insnAt('std', p.items[at]!)] }]) };
    // Count no longer bounded by one pointer's page (cmova dropped), or bounded too loosely.
    const c = rng.pick(s.counts);
    if (rng.bool()) return { detail: `cmova at line ${p.items[c.cmova]!.loc.line} dropped`, program: edit(p, [{ at: c.cmova, del: 1, ins: [] }]) };
    const a = p.items[c.add] as Instruction;
    const v = Number(immValue(a.operands[0])!) + 4096 + 4 * rng.int(2048);
    return { detail: `count bound constant ${v}`, program: edit(p, [{ at: c.add, del: 1, ins: [insnAt(`addl\t$${v}, %${c.rb}`, a)] }]) };
  },
  /** A privileged instruction from the table, where execution reaches it. */
  'privileged': (p, s, rng) => {
    const f = rng.pick(s.fast);
    const t = privilegedText(rng);
    if (!t) return null;
    return { detail: `'${t}' inserted at ${f.kName}`, program: edit(p, [{ at: f.kLabel + 1, del: 0, ins: [insnAt(t, p.items[f.kLabel]!)] }]) };
  },
  /** Weakened checks: the hit test, the tag compare, the entry index, the target and stack checks. */
  'weaken-check': (p, s, rng) => {
    const which = rng.int(8);
    const f = rng.pick(s.fast);
    switch (which) {
      case 0: { const j = rng.pick(JA_UNSAFE); return { detail: `ja of ${f.kName} -> ${j}`, program: edit(p, [{ at: f.ja, del: 1, ins: [insnAt(`${j}\t.Lsvm_m${f.kName.slice(7)}`, p.items[f.ja]!)] }]) }; }
      case 1: return { detail: `ja of ${f.kName} deleted`, program: edit(p, [{ at: f.ja, del: 1, ins: [] }]) };
      case 2: {
        const c = 0x1000 + rng.int(0x7ffff000);
        return { detail: `cmpl $${c} at ${f.kName}`, program: edit(p, [{ at: f.cmp, del: 1, ins: [insnAt(`cmpl\t$${c}, %${f.r1}`, p.items[f.cmp]!)] }]) };
      }
      case 3: {
        // Any other mask: the offset is not va's entry (or leaves the table).
        let m = 0x7ff8;
        while (m === 0x7ff8) m = rng.bool() ? (0x7ff8 | (1 << rng.int(20))) >>> 0 : (0x7ff8 & ~(8 << rng.int(12))) >>> 0;
        return { detail: `andl $${m} at ${f.kName}`, program: edit(p, [{ at: f.and, del: 1, ins: [insnAt(`andl\t$${m}, %${f.r2}`, p.items[f.and]!)] }]) };
      }
      case 4: {
        const sh = rng.pick([7, 8, 10, 11, 12]);
        return { detail: `shrl $${sh} at ${f.kName}`, program: edit(p, [{ at: f.shr, del: 1, ins: [insnAt(`shrl\t$${sh}, %${f.r2}`, p.items[f.shr]!)] }]) };
      }
      case 5: {
        if (!s.checks.length) return null;
        const c = rng.pick(s.checks);
        // Without the bit test any text offset is a target; without the bound the bit test reads past the bitmap.
        return rng.bool()
          ? { detail: `btl/jnc of ${c.kName} removed`, program: edit(p, [{ at: c.bt, del: 2, ins: [] }]) }
          : { detail: `cmpl/jae of ${c.kName} removed`, program: edit(p, [{ at: c.cmp, del: 2, ins: [] }]) };
      }
      case 6: {
        if (!s.stackChecks.length) return null;
        const c = rng.pick(s.stackChecks);
        return rng.bool()
          ? { detail: `stack lower bound check at line ${p.items[c.cmpLo]!.loc.line} removed`, program: edit(p, [{ at: c.cmpLo, del: 2, ins: [] }]) }
          : { detail: `stack upper bound check at line ${p.items[c.cmpHi]!.loc.line} removed`, program: edit(p, [{ at: c.cmpHi, del: 2, ins: [] }]) };
      }
      default: {
        // Translation of one value, xor/add with an entry of another.
        const other = GPR32_NAMES.filter((r) => r !== f.r1 && r !== f.r2 && r !== 'esp')[rng.int(5)]!;
        return { detail: `addl stlb+4(%${other}) at ${f.kName}`, program: edit(p, [{ at: f.add, del: 1, ins: [insnAt(`addl\t__svm_stlb+4(%${other}), %${f.r1}`, p.items[f.add]!)] }]) };
      }
    }
  },
  /** An indirect call through memory (the target is never checked). */
  'call-memory': (p, s, rng) => {
    const f = rng.pick(s.fast);
    const t = rng.pick(['call\t*8(%ebx)', 'call\t*(%eax)', 'jmp\t*4(%esp)', 'call\t*__svm_stlb', 'call\t*%eax', 'jmp\t*%edx']);
    return { detail: `'${t}' inserted at ${f.kName}`, program: edit(p, [{ at: f.kLabel + 1, del: 0, ins: [insnAt(t, p.items[f.kLabel]!)] }]) };
  },
  /**
   * The return-site check removed or weakened: the `ret` may then return through a word the
   * driver wrote (stack-checked stores reach return addresses) to any address.
   */
  'return-check': (p, s, rng) => {
    if (!s.retChecks.length) return null;
    const c = rng.pick(s.retChecks);
    const at = (i: number): Item => p.items[i]!;
    const line = p.items[c.ret]!.loc.line;
    switch (rng.int(9)) {
      case 0: return { detail: `return check at line ${line} deleted`, program: edit(p, [c.mov, c.sub, c.cmp, c.jae, c.bt, c.jnc].map((x) => ({ at: x, del: 1, ins: [] }))) };
      // Without the bit test any text offset passes; without the bound the bit test reads past the bitmap.
      case 1: return { detail: `btl/jnc of the return check at line ${line} deleted`, program: edit(p, [c.bt, c.jnc].map((x) => ({ at: x, del: 1, ins: [] }))) };
      case 2: return { detail: `cmpl/jae of the return check at line ${line} deleted`, program: edit(p, [c.cmp, c.jae].map((x) => ({ at: x, del: 1, ins: [] }))) };
      // The VM instance's text: in the hypervisor instance the offset of a hypervisor address is off the text.
      case 3: return { detail: `return check at line ${line} against __svm_vm_text`, program: edit(p, [{ at: c.sub, del: 1, ins: [insnAt(`subl	$__svm_vm_text, %${c.r}`, at(c.sub))] }]) };
      // The indirect-target bitmap: function entries and jump landings are no return sites.
      case 4: return { detail: `return check at line ${line} tests __svm_targets`, program: edit(p, [{ at: c.bt, del: 1, ins: [insnAt(`btl	%${c.r}, __svm_targets`, at(c.bt))] }]) };
      case 5: {
        const j = rng.pick(['jc', 'jz', 'jnz', 'js', 'jo']);
        return { detail: `jnc of the return check at line ${line} -> ${j}`, program: edit(p, [{ at: c.jnc, del: 1, ins: [insnAt(`${j}	.Lsvm_d${c.oName.slice(7)}`, at(c.jnc))] }]) };
      }
      // Another word checked than the one returned through.
      case 6: {
        const m = memOf(at(c.mov) as Instruction)!;
        const d = Number(m.disp ? constValue(m.disp) ?? 0n : 0n) + rng.pick([4, -4, 8]);
        return { detail: `return check at line ${line} reads ${d}(%esp)`, program: edit(p, [{ at: c.mov, del: 1, ins: [insnAt(`movl	${d}(%esp), %${c.r}`, at(c.mov))] }]) };
      }
      // The checked word overwritten between the check and the ret.
      case 7: {
        const t = rng.pick(['movl	%eax, (%esp)', 'movb	%dl, 2(%esp)', 'addl	%edx, (%esp)', 'incl	(%esp)']);
        return { detail: `'${t}' before the ret at line ${line}`, program: edit(p, [{ at: c.ret, del: 0, ins: [insnAt(t, at(c.ret))] }]) };
      }
      // Out of the text: returning by itself instead of through __svm_ret_out.
      default: {
        const o = p.items.findIndex((x) => x.kind === 'label' && x.name === c.oName);
        const k = p.items.findIndex((x, i) => i > o && x.kind === 'insn' && (x as Instruction).form.flow === 'call');
        if (o < 0 || k < 0 || targetName(p.items[k] as Instruction) !== '__svm_ret_out') return null;
        return { detail: `${c.oName} returns by itself (line ${line})`, program: edit(p, [{ at: k, del: 1, ins: [insnAt('ret', p.items[k]!)] }]) };
      }
    }
  },
  /**
   * Return sites any checked `ret` may reach that are unsafe to land on, and frame-pointer checks
   * removed or weakened before a use of %ebp as the frame (a `ret` landing after the call brings
   * any %ebp: a saved %ebp on the stack is writable like a return address); the same at jump
   * landings (any checked call or jump may enter one: the target bitmap is one set), and a
   * landing's label moved past its check.
   */
  'return-site': (p, s, rng) => {
    const which = rng.int(4);
    if (which === 3 && s.landingChecks.length) {
      const c = rng.pick(s.landingChecks);
      return frameCheckMutant(p, c, rng.int(4), rng);
    }
    const list = (label: string, at: Item): Item[] => {
      const d = parse('<m>', `	.section .svm_returns,"a",@progbits
	.long	${label}
`).items.find((x) => x.kind === 'directive' && x.name === '.long')!;
      return [{ ...d, loc: at.loc }];
    };
    if (which === 2 && s.fpChecks.length) return frameCheckMutant(p, rng.pick(s.fpChecks), rng.int(3), rng);
    if (s.returnsSection < 0) return null;
    if (which === 1 && s.runtimeCalls.length) {
      // Right after a call into the runtime: `popl %r` there takes any stack word as a translation
      // (or a checked target).
      const k = rng.pick(s.runtimeCalls);
      const name = '.Lsvm_zz_mut';
      return {
        detail: `return site after '${text(p.items[k] as Instruction)}'`,
        program: edit(p, [{ at: k + 1, del: 0, ins: [{ kind: 'label', name, loc: p.items[k]!.loc, section: p.items[k]!.section }] },
          { at: s.returnsSection + 1, del: 0, ins: list(name, p.items[s.returnsSection]!) }]),
      };
    }
    // At the access after a fast path: a `ret` there runs it on whatever %r1 holds.
    const f = rng.pick(s.fast);
    if (f.use < 0) return null;
    return { detail: `return site at ${f.kName}`, program: edit(p, [{ at: s.returnsSection + 1, del: 0, ins: list(f.kName, p.items[s.returnsSection]!) }]) };
  },
  /** %esp set to something the verifier cannot bound, or returns off the entry depth. */
  'stack-discipline': (p, s, rng) => {
    if (rng.bool(0.2) && s.rets.length) {
      const at = rng.pick(s.rets);
      const t = rng.pick(['addl\t$4, %esp', 'pushl\t%eax', 'movl\t%eax, (%esp)', 'subl\t$8, %esp']);
      return { detail: `'${t}' before ret at line ${p.items[at]!.loc.line}`, program: edit(p, [{ at, del: 0, ins: [insnAt(t, p.items[at]!)] }]) };
    }
    const f = rng.pick(s.fast);
    const t = rng.pick(['movl\t%eax, %esp', 'subl\t%eax, %esp', 'addl\t%ecx, %esp', 'andl\t$-16, %esp', 'popl\t%esp', 'xchgl\t%eax, %esp', 'leal\t(%eax), %esp', 'movl\t(%eax), %esp', 'leal\t0x20000(%esp), %esp', 'subl\t$0x20000, %esp']);
    return { detail: `'${t}' inserted at ${f.kName}`, program: edit(p, [{ at: f.kLabel + 1, del: 0, ins: [insnAt(t, p.items[f.kLabel]!)] }]) };
  },
};

export const MUTATOR_KINDS = Object.keys(MUTATORS);

/**
 * A frame-pointer check (after a return site, or at a jump landing) made useless: 0 deleted, 1 one
 * bound deleted, 2 another register checked; at a landing also 3: the landing's labels moved past
 * the check (a transfer through the table then skips it).
 */
export function frameCheckMutant(p: Program, c: FpCheckSite | LandingCheckSite, how: number, rng: Rng): { detail: string; program: Program } | null {
  const u = p.items[c.use] as Instruction;
  const landing = 'labels' in c;
  const what = `${landing ? 'at a jump landing ' : ''}before '${text(u)}' (line ${u.loc.line})`;
  const name = landing ? 'landing check' : 'frame-pointer check';
  switch (how) {
    case 0: return { detail: `${name} deleted ${what}`, program: edit(p, [c.cmpLo, c.jb, c.cmpHi, c.jae].map((x) => ({ at: x, del: 1, ins: [] }))) };
    case 1: return rng.bool()
      ? { detail: `${name}'s lower bound deleted ${what}`, program: edit(p, [c.cmpLo, c.jb].map((x) => ({ at: x, del: 1, ins: [] }))) }
      : { detail: `${name}'s upper bound deleted ${what}`, program: edit(p, [c.cmpHi, c.jae].map((x) => ({ at: x, del: 1, ins: [] }))) };
    case 2: {
      const r = rng.pick(['eax', 'ecx', 'edx', 'esp']);
      return {
        detail: `${name} of %${r} ${what}`,
        program: edit(p, [c.cmpLo, c.cmpHi].map((x) => ({ at: x, del: 1, ins: [insnAt(`cmpl	${x === c.cmpLo ? '__svm_stack_lo' : '__svm_stack_hi'}, %${r}`, p.items[x]!)] }))),
      };
    }
    default: {
      if (!landing || !c.labels.length) return null;
      const moved = c.labels.map((k) => p.items[k]!).reverse();
      return {
        detail: `landing label${moved.length > 1 ? 's' : ''} ${moved.map((x) => (x as { name: string }).name).join(', ')} moved past the check ${what}`,
        program: edit(p, [...c.labels.map((k) => ({ at: k, del: 1, ins: [] })), { at: c.jae + 1, del: 0, ins: moved }]),
      };
    }
  }
}

/** One mutant of kind `kind` (retrying sites), or null when the program has no site for it. */
export function mutate(p: Program, s: Sites, kind: string, rng: Rng): Mutant | null {
  if (!s.fast.length) return null;
  for (let tries = 0; tries < 50; tries++) {
    const m = MUTATORS[kind]!(p, s, rng);
    if (m) return { kind, detail: m.detail, program: m.program };
  }
  return null;
}
