// Rematerialization facts: at each code node, which GPRs are known to equal a 32-bit stack slot
// (a constant %esp/%ebp displacement) or a constant. A live register with such a fact can serve as
// scratch for inserted code and be reloaded with one `movl` afterwards instead of push/pop.
//
// Forward must-analysis (intersection at joins). Facts appear on `movl slot,%r`, `movl %r,slot`
// and `movl $c,%r`; they die when the register is written, when an overlapping slot is written,
// when %esp moves (for %esp-based slots), and at calls for %eax/%ecx/%edx. Stack slots are assumed
// not to be written through pointers unless the function takes the address of a stack location
// (then any non-stack memory write kills every slot fact).

import { constValue, printExpr, type Expr } from '../asm/expr.js';
import type { MemOperand } from '../asm/ir.js';
import { insnEffects } from '../isa/effects.js';
import { EAX, EBP, ECX, EDX, ESP } from '../isa/registers.js';
import type { Cfg } from './cfg.js';

export type Fact =
  | { readonly kind: 'slot'; readonly base: number; readonly disp: bigint }
  | { readonly kind: 'const'; readonly value: Expr; readonly key: string };

export type Facts = ReadonlyArray<Fact | null>;

const NONE: Facts = [null, null, null, null, null, null, null, null];

function same(a: Fact | null, b: Fact | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'slot' && b.kind === 'slot') return a.base === b.base && a.disp === b.disp;
  if (a.kind === 'const' && b.kind === 'const') return a.key === b.key;
  return false;
}

function slotOf(o: MemOperand, fp: boolean): { base: number; disp: bigint } | null {
  if (o.seg || o.index || !o.base) return null;
  const b = o.base.gpr;
  if (!(b === ESP || (fp && b === EBP))) return null;
  const d = o.disp ? constValue(o.disp) : 0n;
  return d === null ? null : { base: b, disp: d };
}

/** Facts at the entry and at the exit of every node. */
export function rematFacts(cfg: Cfg): { in: Facts[]; out: Facts[] } {
  const n = cfg.nodes.length;
  const preds: number[][] = Array.from({ length: n }, () => []);
  cfg.nodes.forEach((node, i) => { for (const s of node.succ) preds[s]!.push(i); });
  // Functions that take the address of a stack location may write slots through pointers.
  const addrTaken = new Set<unknown>();
  for (const node of cfg.nodes) {
    const insn = node.insn;
    if (insn?.form.op === 'lea' && insn.operands[0]?.kind === 'mem') {
      const m = insn.operands[0];
      if (m.base && (m.base.gpr === ESP || (node.fn?.framePointer && m.base.gpr === EBP))) addrTaken.add(node.fn);
    }
  }
  const transfer = (i: number, inF: Facts): Facts => {
    const node = cfg.nodes[i]!;
    const insn = node.insn;
    if (!insn) return inF;
    const fp = node.fn?.framePointer ?? false;
    const f = inF.slice();
    const fx = insnEffects(insn);
    // Memory written by the instruction.
    const memOp = insn.operands.find((o): o is MemOperand => o.kind === 'mem');
    const writesMem = insn.form.mem === 'w' || insn.form.mem === 'rw' || (insn.form.stringIo?.dst ?? 'none') !== 'none';
    if (writesMem) {
      const slot = memOp ? slotOf(memOp, fp) : null;
      const stackBased = memOp?.base && !memOp.seg && (memOp.base.gpr === ESP || (fp && memOp.base.gpr === EBP));
      if (slot) {
        const size = BigInt(Math.max(1, (insn.form.size || 32) / 8));
        for (let r = 0; r < 8; r++) {
          const x = f[r];
          if (x?.kind === 'slot' && x.base === slot.base && x.disp < slot.disp + size && slot.disp < x.disp + 4n) f[r] = null;
        }
      } else if (stackBased || addrTaken.has(node.fn)) {
        // A variable stack offset, or a pointer that may reach an address-taken stack location.
        for (let r = 0; r < 8; r++) if (f[r]?.kind === 'slot') f[r] = null;
      }
    }
    const flow = insn.form.flow;
    if (flow === 'call' || flow === 'icall') { f[EAX] = f[ECX] = f[EDX] = null; }
    // %esp moves: %esp-based facts no longer name the same slot.
    if ((fx.regKill | fx.regPartial) & (1 << ESP)) for (let r = 0; r < 8; r++) { const x = f[r]; if (x?.kind === 'slot' && x.base === ESP) f[r] = null; }
    if ((fx.regKill | fx.regPartial) & (1 << EBP)) for (let r = 0; r < 8; r++) { const x = f[r]; if (x?.kind === 'slot' && x.base === EBP) f[r] = null; }
    for (let r = 0; r < 8; r++) if ((fx.regKill | fx.regPartial) & (1 << r)) f[r] = null;
    // New facts from 32-bit moves.
    if (insn.form.op === 'mov' && insn.form.size === 32 && insn.prefixes.length === 0) {
      const [src, dst] = insn.operands as [import('../asm/ir.js').Operand, import('../asm/ir.js').Operand];
      if (dst.kind === 'reg' && src.kind === 'mem') {
        const s = slotOf(src, fp);
        if (s && dst.reg.gpr !== s.base) f[dst.reg.gpr] = { kind: 'slot', ...s };
      } else if (dst.kind === 'mem' && src.kind === 'reg') {
        const s = slotOf(dst, fp);
        if (s && src.reg.gpr !== ESP) f[src.reg.gpr] = { kind: 'slot', ...s };
      } else if (dst.kind === 'reg' && src.kind === 'imm') {
        f[dst.reg.gpr] = { kind: 'const', value: src.expr, key: printExpr(src.expr) };
      }
    }
    return f;
  };
  const entryOf = (i: number): boolean => preds[i]!.length === 0;
  const inF: Facts[] = new Array(n).fill(null);
  const outF: Facts[] = new Array(n).fill(null);
  const work: number[] = [];
  for (let i = n - 1; i >= 0; i--) work.push(i);
  const queued = new Uint8Array(n).fill(1);
  while (work.length) {
    const i = work.pop()!;
    queued[i] = 0;
    let m: Array<Fact | null> | null = null;
    if (entryOf(i)) m = NONE.slice();
    for (const p of preds[i]!) {
      const o = outF[p];
      if (!o) continue; // not computed yet: optimistic (must-analysis converges from above)
      if (!m) m = o.slice();
      else for (let r = 0; r < 8; r++) if (!same(m[r]!, o[r]!)) m[r] = null;
    }
    if (!m) m = NONE.slice();
    inF[i] = m;
    const o = transfer(i, m);
    const prev = outF[i];
    if (!prev || o.some((x, r) => !same(x, prev[r]!))) {
      outF[i] = o;
      for (const s of cfg.nodes[i]!.succ) if (!queued[s]) { queued[s] = 1; work.push(s); }
    }
  }
  return { in: inF.map((x) => x ?? NONE), out: outF.map((x) => x ?? NONE) };
}

export function sameFact(a: Fact | null, b: Fact | null): boolean {
  return same(a, b);
}
