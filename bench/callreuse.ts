// bench/callreuse: how much translation reuse across calls could save, measured before building it.
// Reuse ends at every call today (abi.ts, Reuse). The idea under study keeps a translation T of
// base B+c in a callee-saved register across the call and re-confines it afterwards
// (`andl $mask,%r; orl $base,%r`: 2 instructions instead of the 8 of a fast path). This counts,
// per packet, the executed fast paths (their `leal`) of accesses whose address parts B were
// translated earlier in the same activation and reached the access across a call, with B in
// callee-saved registers or a symbol (so the call cannot change B). Two upper bounds:
//   any register   T is assumed to be held somewhere across everything (only writes of B, `ret`,
//                  indirect jumps and raw bytes end it; loops iterate to a fixpoint);
//   callee-saved   as above, but every call crossed must leave a callee-saved register to hold T:
//                  one dead across the call, or one the function never touches (reservable).
// `in reach`: the access lies at d-c in [0, WINDOW_REACH - size] of the first translation; other
// accesses would need the earlier translation made at a lower displacement.
// Run: npm run -s bench:callreuse   (PACKETS=N, SIZE=bytes; SITES=1 lists the sites)

import { readFileSync } from 'node:fs';
import { symbolPlusConst } from '../src/asm/expr.js';
import type { MemOperand } from '../src/asm/ir.js';
import { classifyAccess } from '../src/asm/memref.js';
import { parse } from '../src/asm/parser.js';
import { insnEffects } from '../src/isa/effects.js';
import { EBP, EBX, EDI, ESI } from '../src/isa/registers.js';
import { buildCfg } from '../src/rewriter/cfg.js';
import { computeLiveness } from '../src/rewriter/liveness.js';
import { isStackBased, memOperandIndex, rewrite } from '../src/rewriter/rewrite.js';
import { stackFacts } from '../src/rewriter/stack.js';
import { STUB_SECTION, WINDOW_REACH } from '../src/svm-runtime/abi.js';
import { sampleDriverAsm } from '../src/util/paths.js';
import { labelled, originals, trackOriginals, traceRun } from './trace.js';
import { fmt, table } from './util.js';

const packets = Number(process.env.PACKETS ?? 300);
const size = Number(process.env.SIZE ?? 1514);
const source = sampleDriverAsm();
const prog = parse(source, readFileSync(source, 'utf8'));
const cfg = buildCfg(prog);
const sf = stackFacts(cfg);
const live = computeLiveness(cfg);
const bit = (r: number): number => 1 << r;

interface Key { base: number; index: number; scale: number; sym: string; disp: bigint }
interface Held extends Key { crossed: boolean }
function addrKey(m: MemOperand): Key | null {
  if (m.seg) return null;
  const sp = m.disp ? symbolPlusConst(m.disp) : { sym: null, addend: 0n };
  if (!sp || sp.reloc) return null;
  if (!m.base && !m.index && !sp.sym) return null;
  return { base: m.base?.gpr ?? -1, index: m.index?.gpr ?? -1, scale: m.index ? m.scale : 1, sym: sp.sym ?? '', disp: sp.addend };
}
const sameParts = (a: Key, b: Key): boolean => a.base === b.base && a.index === b.index && a.scale === b.scale && a.sym === b.sym;
const same = (a: Key, b: Key): boolean => sameParts(a, b) && a.disp === b.disp;
const regsOf = (t: Key): number => (t.base >= 0 ? bit(t.base) : 0) | (t.index >= 0 ? bit(t.index) : 0);
const inReach = (t: Key, k: Key, bytes: number): boolean => k.disp - t.disp >= 0n && k.disp - t.disp + BigInt(bytes) <= BigInt(WINDOW_REACH);

const preds: number[][] = cfg.nodes.map(() => []);
cfg.nodes.forEach((nd, k) => { for (const t of nd.succ) preds[t]!.push(k); });
// Nodes entered from outside the CFG: after a global, address-taken or numeric label; no predecessors.
const open = new Set<number>();
let pending: string[] = [];
prog.items.forEach((it, i) => {
  if (it.kind === 'label') { pending.push(it.name); return; }
  const n = cfg.nodeOfItem[i]!;
  if (n < 0) return;
  if (pending.some((l) => !l.startsWith('.L') || cfg.addressTaken.has(l)) || !preds[n]!.length) open.add(n);
  pending = [];
});
// Registers each function touches (an untouched callee-saved one could be reserved at entry).
const touched = new Map<unknown, number>();
for (const node of cfg.nodes) {
  if (!node.insn || !node.fn) continue;
  const fx = insnEffects(node.insn);
  let t = fx.regRead | fx.regKill | fx.regPartial;
  for (const o of node.insn.operands) if (o.kind === 'mem') t |= (o.base ? bit(o.base.gpr) : 0) | (o.index ? bit(o.index.gpr) : 0);
  touched.set(node.fn, (touched.get(node.fn) ?? 0) | t);
}

/** Source line -> 'in reach' | 'other disp' for accesses that re-translate a base held across a call. */
function analyze(calleeSavedOnly: boolean): Map<number, string> {
  const hits = new Map<number, string>();
  const out: Array<Held[] | undefined> = cfg.nodes.map(() => undefined);
  const transfer = (n: number, s0: Held[], record: boolean): Held[] => {
    const node = cfg.nodes[n]!;
    const insn = node.insn;
    if (!insn) return [];
    const f = insn.form;
    if (f.flow === 'ret' || f.flow === 'ijmp' || f.privilege) return [];
    const fp = node.fn?.framePointer ?? false;
    let s = s0;
    const mi = memOperandIndex(insn);
    let gen: Key | null = null;
    if (mi >= 0 && f.implicitMem !== 'string' && f.flow !== 'icall') {
      const m = insn.operands[mi] as MemOperand;
      const derived = m.base && !m.seg && (sf.derived[n]! & bit(m.base.gpr)) !== 0;
      const k = addrKey(m);
      if (k && classifyAccess(insn, m, fp) !== 'stack' && !isStackBased(m, fp) && !derived) {
        const bytes = Math.max(1, (f.operands.find((o) => o.kind === 'rm' || o.kind === 'mem' || o.kind === 'moffs')?.size ?? 32) / 8);
        const crossed = s.filter((e) => sameParts(e, k) && e.crossed);
        const today = s.some((e) => sameParts(e, k) && !e.crossed && inReach(e, k, bytes));
        if (record && !today && crossed.length) hits.set(insn.loc.line, crossed.some((e) => inReach(e, k, bytes)) ? 'in reach' : 'other disp');
        gen = k;
      }
    }
    const fx = insnEffects(insn);
    const w = fx.regKill | fx.regPartial;
    if (f.flow === 'call' || f.flow === 'icall') {
      const cs = bit(EBX) | bit(ESI) | bit(EDI) | (fp ? 0 : bit(EBP));
      const free = cs & ((~live.liveOut[n]! & ~live.liveIn[n]!) | ~(touched.get(node.fn) ?? -1));
      s = calleeSavedOnly && !free ? [] : s.filter((e) => !(regsOf(e) & ~cs)).map((e) => ({ ...e, crossed: true }));
    } else s = s.filter((e) => !(w & regsOf(e)));
    if (gen && !(w & regsOf(gen)) && !s.some((e) => same(e, gen!))) s = [...s, { ...gen, crossed: false }];
    return s;
  };
  const meet = (n: number): Held[] => {
    if (open.has(n)) return [];
    let acc: Held[] | null = null;
    for (const p of preds[n]!) {
      const o = out[p];
      if (!o) continue; // not computed yet: optimistic (fixpoint below)
      acc = acc === null ? o : acc.filter((e) => o.some((u) => same(u, e))).map((e) => ({ ...e, crossed: e.crossed || o.some((u) => same(u, e) && u.crossed) }));
    }
    return acc ?? [];
  };
  const eq = (a: Held[] | undefined, b: Held[]): boolean => !!a && a.length === b.length && a.every((e) => b.some((u) => same(u, e) && u.crossed === e.crossed));
  for (let changed = true, rounds = 0; changed && rounds < 100; rounds++) {
    changed = false;
    for (let n = 0; n < cfg.nodes.length; n++) {
      const o = transfer(n, meet(n), false);
      if (!eq(out[n], o)) { out[n] = o; changed = true; }
    }
  }
  for (let n = 0; n < cfg.nodes.length; n++) transfer(n, meet(n), true);
  return hits;
}

trackOriginals();
const r = rewrite(prog, { portIo: 'helpers' });
const lab = labelled(source, r.program);
// The fast path's `leal` (first inline leal of a translated site) per source line, and which
// output instructions are inserted (not the original's: fast paths, stubs, checks, spills).
const sitesLeal = new Map<number, number>();
const inserted: number[] = [];
let j = 0, inSite = false;
for (const it of lab.items) {
  if (it.kind === 'label' && it.name.startsWith('.Lsvm_s')) inSite = true;
  if (it.kind !== 'insn') continue;
  const n = j++;
  if (!originals.has(it)) inserted.push(n);
  if (inSite && it.mnemonic === 'leal' && it.section !== STUB_SECTION && !sitesLeal.has(it.loc.line)) sitesLeal.set(it.loc.line, n);
  if (inSite && it.mnemonic === 'leal') inSite = false;
}
const bounds = { 'any register': analyze(false), 'callee-saved': analyze(true) };
const lines = readFileSync(source, 'utf8').split('\n');
const rows: (string | number)[][] = [];
for (const direction of ['tx', 'rx'] as const) {
  const { exec } = traceRun(lab, direction, packets, size);
  let ins = 0;
  for (const n of inserted) ins += exec(n);
  ins /= packets;
  for (const [name, hits] of Object.entries(bounds)) {
    let any = 0, reach = 0;
    const listed: string[] = [];
    for (const [line, kind] of hits) {
      const n = sitesLeal.get(line);
      const c = n === undefined ? 0 : exec(n) / packets;
      if (!c) continue;
      any += c;
      if (kind === 'in reach') reach += c;
      listed.push(`    ${fmt(c, 2)}  ${kind.padEnd(10)} ${line}: ${lines[line - 1]!.trim().slice(0, 80)}`);
    }
    rows.push([direction.toUpperCase(), name, fmt(any, 2), fmt(reach, 2), fmt(6 * any, 1), fmt(ins, 1), `${fmt((600 * any) / ins, 1)}%`]);
    if (process.env.SITES) console.log(`${direction} / ${name}:\n${listed.join('\n')}`);
  }
}
console.log(`twin, ${packets} packets per direction, ${size}-byte frames: re-translations of a base held across a call, per packet (upper bounds)`);
console.log(table(['dir', 'holder', 're-translations', 'in reach', 'saving (x6)', 'inserted', 'saving/inserted'], rows));
