// Assembly front end of the verifier: a parsed Program (src/asm) -> the Code stream of code.ts.
// Owns: which items are code (instructions and constant `.byte` runs in executable sections,
// decoded by the table's decoder), label resolution (src/asm/labels.ts), fall-through, entry
// points, landings (`.svm_targets`), return sites (`.svm_returns`), regions (functions, `.cold` parts merged) and source
// locations (file:line:col, and the original line from `.svm_sites`).
//
// Invariant: everything the analysis reads comes from the IR and the instruction table; nothing
// here is specific to the rewriter's output beyond the ABI's section and symbol names.

import { SEGMENT_SECTION } from '../svm-runtime/segment.js';
import type { Expr } from '../asm/expr.js';
import * as EXPR from '../asm/expr.js';
import * as FUNCS from '../asm/functions.js';
import type { Directive, Instruction, Item, MemOperand, Operand, Program } from '../asm/ir.js';
import * as LABELS from '../asm/labels.js';
import * as PRINTER from '../asm/printer.js';
import * as EFFECTS from '../isa/effects.js';
import * as DECODER from '../isa/decoder.js';
import * as ABI from '../svm-runtime/abi.js';
import type { Code, InsnFacts, VMem, VOp, Violation, Where } from './code.js';
import * as C from './code.js';
import * as ELF_FRONT from './elf-front.js';
import * as SITES from './sites.js';
import type { SiteInput } from './sites.js';

// Imported values as module-local bindings: hot paths then read plain constants and call plain
// functions even under loaders that compile imports to live-binding getters (vitest, tsx).
const { constValue, exprSymbols, printExpr, symbolPlusConst } = EXPR;
const { executableSections } = FUNCS;
const { LabelTable } = LABELS;
const { printInstruction } = PRINTER;
const { textualSpecs } = EFFECTS;
const { decodeAt, isDecodeFailure, outsideFlatModel } = DECODER;
const { NORETURN, RETURNS_SECTION, SITES_SECTION, STUB_SECTION, TARGETS_SECTION } = ABI;
const {
  immOp, isColdPart, isRuntimeNoreturn, makeFacts, MEM_OP, NEXT_DATA, NO_OP, OP_IMM, REL_OP, regionName, regOp, ROLE_NONE,
  ROLE_OTHER, RUNTIME_ROLES, TGT_BAD, TGT_EXTERNAL, TGT_INTERNAL,
} = C;
const { decodedFacts, formatDecoded } = ELF_FRONT;
const { siteLineAt } = SITES;

const FACTS = new WeakMap<Instruction, InsnFacts>();

/** Directives that emit nothing into the current section (or only padding code); also `.cfi_*`. */
const NO_BYTES: ReadonlySet<string> = new Set([
  '.p2align', '.p2alignw', '.p2alignl', '.balign', '.balignw', '.balignl', '.align', '.loc', '.file', '.size', '.type',
  '.globl', '.global', '.local', '.weak', '.hidden', '.protected', '.internal', '.extern', '.set', '.equ', '.equiv', '=',
  '.section', '.pushsection', '.popsection', '.previous', '.text', '.data', '.bss', '.ident', '.loc_mark_labels',
  '.symver', '.weakref', '.gnu_attribute', '.addrsig', '.addrsig_sym', '.end', '.arch', '.version', '.code32',
  '.att_syntax', '.comm', '.lcomm', '.subsection', '.reloc', '.linkonce', '.nops',
]);

function int32(v: bigint): number {
  return Number(BigInt.asIntN(32, v));
}

function exprValue(e: Expr): { value: number; role: number; sym: string | null; complex: boolean } {
  const c = constValue(e);
  if (c !== null) return { value: int32(c), role: ROLE_NONE, sym: null, complex: false };
  const sp = symbolPlusConst(e);
  if (sp && sp.sym && !sp.reloc) return { value: int32(sp.addend), role: RUNTIME_ROLES.get(sp.sym) ?? ROLE_OTHER, sym: sp.sym, complex: false };
  return { value: 0, role: ROLE_OTHER, sym: printExpr(e), complex: true };
}

/** Facts of a parsed instruction (cached: IR instructions are immutable). */
export function insnFacts(insn: Instruction): InsnFacts {
  let f = FACTS.get(insn);
  if (f) return f;
  const form = insn.form;
  const specs = textualSpecs(form, insn.operands.length);
  const ops: VOp[] = [];
  let mem: VMem | null = null;
  let memIdx = -1;
  form.operands.forEach((spec, k) => {
    if (spec.value !== undefined) { ops.push(immOp(spec.value, ROLE_NONE, null)); return; }
    const pos = specs.indexOf(spec);
    const o = pos >= 0 ? insn.operands[pos] : undefined;
    if (!o) { ops.push(spec.fixed ? regOp(spec.fixed) : NO_OP); return; }
    if (spec.kind === 'fixed') { ops.push(regOp(spec.fixed!)); return; }
    switch (o.kind) {
      case 'reg': ops.push(regOp(o.reg)); break;
      case 'imm': {
        const v = exprValue(o.expr);
        ops.push(immOp(v.value, v.role, v.sym));
        break;
      }
      case 'target': ops.push(REL_OP); break;
      case 'mem': {
        mem = memOf(o, spec.size / 8);
        memIdx = k;
        ops.push(MEM_OP);
        break;
      }
    }
  });
  const rep = form.rep !== 'none' && insn.prefixes.some((p) => p.startsWith('rep'));
  f = makeFacts(form, ops, mem, memIdx, rep, -1);
  FACTS.set(insn, f);
  return f;
}

function memOf(o: MemOperand, size: number): VMem {
  let disp = 0, role = ROLE_NONE, sym: string | null = null, complex = false;
  if (o.disp) ({ value: disp, role, sym, complex } = exprValue(o.disp));
  return {
    seg: o.seg ? o.seg.num : -1, base: o.base ? o.base.gpr : -1, index: o.index ? o.index.gpr : -1, scale: o.scale,
    disp, role, sym, complex, size,
  };
}

/** Emits bytes that are not code: anything but padding (alignment, or `.skip n, 0x90` nops). */
function isDataDirective(d: Directive): boolean {
  if (NO_BYTES.has(d.name) || d.name.startsWith('.cfi_')) return false;
  if ((d.name === '.skip' || d.name === '.space') && d.args.length === 2) {
    const fill = d.args[1]!;
    if (fill.k === 'expr' && constValue(fill.e) === NOP_BYTE) return false;
  }
  return true;
}

/** The one-byte nop GNU as pads code with (`.skip n, 0x90` in the kernel's alternatives). */
const NOP_BYTE = 0x90n;

function constBytes(d: Directive): Uint8Array | null {
  if (d.name !== '.byte' || !d.args.every((a) => a.k === 'expr' && constValue(a.e) !== null)) return null;
  return Uint8Array.from(d.args.map((a) => (a.k === 'expr' ? Number(constValue(a.e)! & 0xffn) : 0)));
}

/** Builds the Code stream of a parsed (rewritten) assembly program. */
export function asmCode(p: Program): Code {
  const items = p.items;
  const N = items.length;
  const labels = new LabelTable(p);
  const violations: Violation[] = [];
  const facts: InsnFacts[] = [];
  const itemOf: number[] = [];
  const decodedText = new Map<number, string>();
  const insnOfItem = new Int32Array(N).fill(-1);
  // Section numbers: items of one section share the name string, so one lookup per change.
  const secNames: string[] = [];
  const secExec: boolean[] = [];
  const secOfItem = new Int32Array(N);
  {
    // Which sections are code (src/asm/functions.ts decides, from the section directives and
    // the section names: given just those items, it answers for the whole program).
    const ids = new Map<string, number>();
    const deciding: Item[] = [];
    let last: string | null = null, lastId = -1;
    for (let i = 0; i < N; i++) {
      const it = items[i]!;
      const sec = it.section;
      if (sec !== last) {
        let id = ids.get(sec);
        if (id === undefined) { ids.set(sec, (id = secNames.length)); secNames.push(sec); deciding.push(it); }
        last = sec; lastId = id;
      }
      if (it.kind === 'directive' && (it.name === '.section' || it.name === '.pushsection')) deciding.push(it);
      secOfItem[i] = lastId;
    }
    const exec = executableSections({ file: p.file, items: deciding });
    for (const name of secNames) secExec.push(exec.has(name));
  }
  const nsec = secNames.length;
  const secOf: number[] = [];
  const next: number[] = [];
  /** Last code item per section, and whether data followed it. */
  const lastIn = new Int32Array(nsec).fill(-1);
  const dataAfter = new Uint8Array(nsec);

  const addInsn = (f: InsnFacts, item: number, s: number): void => {
    const idx = facts.length;
    facts.push(f);
    itemOf.push(item);
    next.push(-1);
    secOf.push(s);
    const prev = lastIn[s]!;
    if (prev >= 0) next[prev] = dataAfter[s] ? NEXT_DATA : idx;
    lastIn[s] = idx;
    dataAfter[s] = 0;
    if (insnOfItem[item]! < 0) insnOfItem[item] = idx;
  };
  // Code items in source order; the code a label names: the first code item after it in its
  // section (-1 when data comes first).
  const codeAfter = new Int32Array(N).fill(-1);
  const pendingLabels: number[][] = Array.from({ length: nsec }, () => []);
  const settle = (s: number, to: number): void => {
    const l = pendingLabels[s]!;
    for (const li of l) codeAfter[li] = to;
    l.length = 0;
  };
  const fnNames = new Set<string>();
  const defined = new Set<string>();
  const aliases = new Map<string, string>();
  const globals = new Set<string>();
  for (let i = 0; i < N; i++) {
    const it = items[i]!;
    const s = secOfItem[i]!;
    if (it.kind === 'label') {
      if (secExec[s]) pendingLabels[s]!.push(i);
      continue;
    }
    if (it.kind === 'directive') {
      switch (it.name) {
        case '.type':
          if (it.args.length === 2 && /function/.test(argText(it.args[1]) ?? '')) { const nm = argText(it.args[0]); if (nm) fnNames.add(nm); }
          break;
        case '.set': case '.equ': case '.equiv': case '=':
          if (it.args.length === 2) {
            const nm = argText(it.args[0]);
            if (nm) {
              defined.add(nm);
              const a = it.args[1]!;
              if (a.k === 'expr' && a.e.k === 'sym') aliases.set(nm, a.e.name);
            }
          }
          break;
        case '.comm': case '.lcomm': { const nm = argText(it.args[0]); if (nm) defined.add(nm); break; }
        case '.globl': case '.global': case '.weak':
          for (const a of it.args) { const nm = argText(a); if (nm) globals.add(nm); }
          break;
      }
    }
    if (!secExec[s]) continue;
    if (it.kind === 'insn') {
      settle(s, facts.length);
      addInsn(insnFacts(it), i, s);
      continue;
    }
    if (it.kind !== 'directive') continue;
    const bytes = constBytes(it);
    if (bytes) {
      settle(s, facts.length);
      let off = 0;
      while (off < bytes.length) {
        const d = decodeAt(bytes, off, off);
        if (isDecodeFailure(d) || outsideFlatModel(d) !== null) {
          const unmodelled = isDecodeFailure(d) ? `bytes in code do not decode: ${d.reason}` : outsideFlatModel(d)!;
          violations.push({ ...locWhere(it), rule: 'code', reason: unmodelled });
          dataAfter[s] = 1;
          if (lastIn[s]! >= 0) next[lastIn[s]!] = NEXT_DATA;
          break;
        }
        const f = decodedFacts(d, () => null);
        decodedText.set(facts.length, formatDecoded(d, f, () => null));
        addInsn(f, i, s);
        off += d.length;
      }
      continue;
    }
    if (isDataDirective(it)) {
      settle(s, -1);
      dataAfter[s] = 1;
      if (lastIn[s]! >= 0) next[lastIn[s]!] = NEXT_DATA;
    }
  }
  const n = facts.length;
  const labelInsn = (name: string, from: number): number => {
    const li = labels.resolve(name, from);
    return li < 0 ? -2 : codeAfter[li]!;
  };
  // Labels and assignments the module defines (labels.has: named labels).
  for (const name of RUNTIME_ROLES.keys()) if (labels.has(name)) defined.add(name);
  for (const name of defined) {
    if (RUNTIME_ROLES.has(name)) violations.push({ ...fileWhereOf(p), rule: 'code', reason: `the module defines the runtime symbol '${name}' (the loader must bind it)` });
  }

  // Direct targets.
  const tgtKind = new Uint8Array(n);
  const tgt = new Int32Array(n).fill(-1);
  const tgtName: (string | null)[] = new Array<string | null>(n).fill(null);
  const tgtRole = new Int8Array(n);
  const callTargets: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!facts[k]!.ops.includes(REL_OP)) continue;
    const it = items[itemOf[k]!]!;
    if (it.kind !== 'insn') continue;
    let t: Operand | undefined;
    for (const o of it.operands) if (o.kind === 'target') { t = o; break; }
    if (!t || t.kind !== 'target') continue;
    const sp = symbolPlusConst(t.expr);
    if (!sp || !sp.sym || sp.reloc) { tgtKind[k] = TGT_BAD; tgtName[k] = `'${printExpr(t.expr)}' is not a label`; continue; }
    let name = sp.sym;
    for (let hops = 0; aliases.has(name) && hops < 8; hops++) name = aliases.get(name)!;
    const ti = labelInsn(name, itemOf[k]!);
    if (ti >= 0 && sp.addend === 0n) {
      tgtKind[k] = TGT_INTERNAL; tgt[k] = ti;
      if (facts[k]!.form.flow === 'call') callTargets.push(ti);
    } else if (ti === -2 && !defined.has(name) && !labels.has(name)) {
      if (sp.addend !== 0n) { tgtKind[k] = TGT_BAD; tgtName[k] = `'${printExpr(t.expr)}' lands inside external '${name}'`; continue; }
      tgtKind[k] = TGT_EXTERNAL; tgtName[k] = name; tgtRole[k] = RUNTIME_ROLES.get(name) ?? ROLE_OTHER;
    } else {
      tgtKind[k] = TGT_BAD;
      tgtName[k] = sp.addend !== 0n ? `'${printExpr(t.expr)}' is not an instruction boundary` : `'${name}' does not name code`;
    }
  }

  // Functions (gcc's `.type f,@function`, `f:` ... `.size f`; `.cold` parts share their parent's
  // region), other code in per-section regions; entry points.
  const region = new Int32Array(n).fill(-1);
  const regionIds = new Map<string, number>();
  const regionId = (name: string): number => {
    let r = regionIds.get(name);
    if (r === undefined) regionIds.set(name, (r = regionIds.size));
    return r;
  };
  const roots: number[] = [];
  const entries: number[] = [];
  let functions = 0;
  {
    const open = new Int32Array(nsec).fill(-1);
    const secRegion = new Int32Array(nsec).fill(-1);
    const openName: (string | null)[] = new Array<string | null>(nsec).fill(null);
    for (let i = 0; i < N; i++) {
      const it = items[i]!;
      const s = secOfItem[i]!;
      if (it.kind === 'label' && fnNames.has(it.name) && secExec[s]) {
        functions++;
        open[s] = regionId(regionName(it.name));
        openName[s] = it.name;
        if (!isColdPart(it.name)) { const e = codeAfter[i]!; if (e >= 0) { roots.push(e); entries.push(e); } }
      } else if (it.kind === 'directive' && it.name === '.size' && argText(it.args[0]) === openName[s]) {
        open[s] = -1; openName[s] = null;
      }
      const k = insnOfItem[i]!;
      if (k < 0) continue;
      let rid = open[s]!;
      if (rid < 0) { rid = secRegion[s]!; if (rid < 0) secRegion[s] = rid = regionId(`<${secNames[s]}>`); }
      for (let j = k; j < n && itemOf[j] === i; j++) region[j] = rid;
    }
  }
  for (const g of globals) {
    const e = labelInsn(g, 0);
    if (e >= 0) { roots.push(e); entries.push(e); }
  }
  roots.push(...callTargets);

  // Indirect-transfer landings (`.svm_targets`), return sites (`.svm_returns`) and sites
  // (`.svm_sites`, for messages).
  const jumpLandings: number[] = [];
  const targets: number[] = [];
  const returnSites: number[] = [];
  const siteStarts = new Map<number, number>();
  const siteLineByLabel = new Map<string, number>();
  const targetsSec = secNames.indexOf(TARGETS_SECTION), sitesSec = secNames.indexOf(SITES_SECTION);
  const returnsSec = secNames.indexOf(RETURNS_SECTION);
  for (let i = 0; i < N; i++) {
    const sn = secOfItem[i]!;
    if (sn !== targetsSec && sn !== sitesSec && sn !== returnsSec) continue;
    const it = items[i]!;
    if (it.kind !== 'directive') continue;
    if (it.section === RETURNS_SECTION) {
      if (it.name !== '.long' && it.name !== '.int') continue;
      for (const a of it.args) {
        if (a.k !== 'expr') continue;
        const sp = symbolPlusConst(a.e);
        const e = sp?.sym && sp.addend === 0n ? labelInsn(sp.sym, i) : -1;
        if (e < 0) {
          violations.push({ ...locWhere(it), rule: 'control', reason: `return site '${printExpr(a.e)}' is not an instruction of this module` });
          continue;
        }
        returnSites.push(e);
      }
    } else if (it.section === TARGETS_SECTION) {
      if (it.name !== '.long' && it.name !== '.int') continue;
      for (const a of it.args) {
        if (a.k !== 'expr') continue;
        const sp = symbolPlusConst(a.e);
        const name = sp?.sym ?? null;
        const e = name && sp!.addend === 0n ? labelInsn(name, i) : -1;
        if (e < 0) {
          violations.push({ ...locWhere(it), rule: 'control', reason: `indirect-transfer target '${printExpr(a.e)}' is not an instruction of this module` });
          continue;
        }
        targets.push(e);
        if (fnNames.has(name!) || globals.has(name!)) { roots.push(e); entries.push(e); } else jumpLandings.push(e);
      }
    } else if (it.name === '.long' && it.args.length === 2) {
      const [a, b] = it.args;
      if (a?.k !== 'expr' || b?.k !== 'expr') continue;
      const line = constValue(b.e);
      const names = exprSymbols(a.e);
      if (line === null || names.length !== 1) continue;
      siteLineByLabel.set(names[0]!, Number(line));
      const e = labelInsn(names[0]!, i);
      if (e >= 0) siteStarts.set(e, Number(line));
    }
  }
  let siteInput: SiteInput | null = null;
  const siteLine = (k: number): number => {
    if (!siteInput) {
      const sitePushes = new Map<number, number>();
      const stub = secNames.indexOf(STUB_SECTION);
      for (let j = 0; j < n; j++) {
        const f = facts[j]!;
        if (secOf[j] !== stub || f.form.op !== 'push' || f.ops[0]!.k !== OP_IMM || !f.ops[0]!.sym) continue;
        const l = siteLineByLabel.get(f.ops[0]!.sym);
        if (l !== undefined) sitePushes.set(j, l);
      }
      siteInput = {
        facts, section: secOf, region, siteStarts, sitePushes, stubSection: stub,
        noreturnCall: (j) => tgtKind[j] === TGT_EXTERNAL && (isRuntimeNoreturn(tgtRole[j]!) || NORETURN.has(tgtName[j]!)),
      };
    }
    return siteLineAt(siteInput, k);
  };

  return {
    mode: 'asm', file: p.file, facts, next: Int32Array.from(next), tgtKind, tgt, tgtName, tgtRole,
    roots: [...new Set(roots)], jumpLandings: [...new Set(jumpLandings)], returnSites: [...new Set(returnSites)], region,
    confined: p.items.some((it) => it.section === SEGMENT_SECTION),
    targets: [...new Set(targets)], entries: [...new Set(entries)], textOffset: null, textSize: 0,
    regionCount: regionIds.size, functions, codeBytes: 0, violations,
    where: (k) => {
      const w = locWhere(items[itemOf[k]!]!);
      const l = siteLine(k);
      return l ? { ...w, siteLine: l } : w;
    },
    fileWhere: () => fileWhereOf(p),
    text: (k) => {
      const it = items[itemOf[k]!]!;
      return it.kind === 'insn' ? printInstruction(it).trim().replace(/\s+/g, ' ') : decodedText.get(k) ?? '?';
    },
  };
}

function argText(a: Directive['args'][number] | undefined): string | null {
  if (!a) return null;
  if (a.k === 'raw' || a.k === 'str') return a.text.replace(/"/g, '');
  if (a.k === 'expr' && a.e.k === 'sym') return a.e.name;
  return null;
}

function locWhere(it: Item): Where {
  const l = it.loc;
  return { where: `${l.file}:${l.line}:${l.col}`, file: l.file, line: l.line, col: l.col };
}

function fileWhereOf(p: Program): Where {
  return { where: p.file, file: p.file };
}
