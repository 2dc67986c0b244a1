// Block compiler: turns a run of decoded instructions (a basic block, extended along the
// fall-through of its conditional branches) into one specialised JS function, built with
// `new Function` once per distinct source text in the process (cpu.ts). Semantics are chosen by `form.op`; operand
// kinds, sizes and roles come from the decoded operands and the form; flag reads/writes for the
// in-block flag liveness come from the table. Complex or rare operations call the TS helpers of
// exec.ts with the architectural state synchronised (see `sync`).
//
// Generated-code invariants:
// - GPRs live in locals r0..r7 and the lazy flags in lop/la/lb/lr/fb for the whole block; they are
//   written back at the single exit after the labelled block `B`.
// - Every instruction performs all its memory reads, then its memory writes, and only then assigns
//   registers and flags. A faulting access leaves the locals as they were before the instruction
//   (precise faults): the slow path sets S.flt and the code leaves with nx = this eip, S.cnt =
//   instructions completed.
// - A write that hits a page holding decoded code (only possible on the slow path) ends the block
//   after the current instruction (self-modifying code sees its change at the next instruction).
// - Values are size-normalised: 8/16-bit unsigned masked, 32-bit int32.
// - A conditional branch before the last instruction is a side exit: taken, the block leaves with
//   nx = target and S.cnt = instructions run (every exit of such a block sets S.cnt); every flag
//   is live there (flagNeeds), as at the block's end. A block with a side exit never loops.
// - Registers, memory views and TLBs are read from S: the function closes over no machine state.

import type { Decoded, DecodedOperand } from '../isa/decoder.js';
import { CF, DF, OSZAPC, ZF } from '../isa/flags.js';
import type { Register } from '../isa/registers.js';
import type { Form } from '../isa/types.js';
import { K_ADC, K_ADD, K_DEC, K_INC, K_LOGIC, K_SAR, K_SBB, K_SHL, K_SHR, K_SUB, lazyOp, STATUS_MASK } from './flags.js';
import { tlbIndexExpr } from './mmu.js';
import { CS, defaultSegment, DS, FS, SEG_CHECKED, SEG_FLAT, SS } from './segments.js';

/** A TS helper for one instruction: 0 = go on; otherwise leave the block with nx = S.eip. */
export type InsnHelper = (S: never, d: Decoded) => number;

export interface BlockSource {
  readonly body: string;
  /** Helper functions and their decoded instructions, passed as the block's HF[i] / HD[i]. */
  readonly helpers: readonly InsnHelper[];
  readonly helperArgs: readonly Decoded[];
  readonly loop: boolean;
  /**
   * The block continues past conditional branches (along their fall-through) and leaves early
   * when one is taken: every exit then sets S.cnt to the instructions it ran.
   */
  readonly exits: boolean;
}

/** Per-op entries of exec.ts used through `sync`. */
export interface HelperTable {
  readonly [op: string]: InsnHelper | undefined;
}

/** Flows whose code assigns nx itself (the others fall through when they complete). */
const SETS_NEXT: ReadonlySet<string> = new Set(['jmp', 'jcc', 'ijmp', 'call', 'icall', 'ret', 'iret']);

type Known = { kind: number; size: number } | 'eager' | null;

const MASK: Record<number, number> = { 8: 0xff, 16: 0xffff };

function norm(size: number, e: string): string {
  return size === 32 ? `((${e}) | 0)` : `((${e}) & ${MASK[size]})`;
}
function lit(size: number, v: number): string {
  const x = size === 32 ? v | 0 : v & MASK[size]!;
  return x < 0 ? `(${x})` : String(x);
}
function sext(size: number, e: string): string {
  return size === 32 ? e : `((${e} << ${32 - size}) >> ${32 - size})`;
}
function signBitSet(size: number, e: string): string {
  return size === 32 ? `(${e} < 0)` : `((${e} << ${32 - size}) < 0)`;
}

export class BlockCompiler {
  private out: string[] = [];
  private tmpN = 0;
  private usedRegs = 0;
  private defRegs = 0;
  private usesFlags = false;
  private defFlags = false;
  private usesMem = false;
  private known: Known = null;
  private k = 0;
  private eip = 0;
  private next = 0;
  private hasStore = false;
  private readonly helpers: InsnHelper[] = [];
  private readonly helperArgs: Decoded[] = [];
  private loop = false;
  private n = 0;
  private isLast = false;
  /** The block has side exits (conditional branches before its last instruction). */
  private exits = false;
  /** Bytes and direction of the current instruction's explicit memory access (segment checks). */
  private memSize = 4;
  private memWrite = false;
  private usesSegBase = false;

  /**
   * `segKey`: the CPU's segment modes (Cpu.segKey) the code is specialised on: a FLAT segment adds
   * nothing to an offset, a BASED one its base (S.segBase), a CHECKED one goes through S.lin.
   */
  constructor(private readonly table: HelperTable, private readonly segKey = 0) {}

  compile(insns: readonly Decoded[], allowLoop: boolean): BlockSource {
    this.n = insns.length;
    const last = insns[insns.length - 1]!;
    const start = insns[0]!.address;
    const lf = last.form;
    const tgt = last.operands[0];
    for (let k = 0; k < insns.length - 1; k++) if (isSideExit(insns[k]!)) this.exits = true;
    // A block that loops on itself runs whole iterations: none with a side exit.
    this.loop = allowLoop && !this.exits && lf.exec && (lf.flow === 'jcc' || lf.flow === 'jmp') && tgt?.kind === 'rel' && tgt.target === start;
    const needed = flagNeeds(insns, this.table);
    for (let k = 0; k < insns.length; k++) {
      const d = insns[k]!;
      this.k = k;
      this.isLast = k === insns.length - 1;
      this.eip = d.address | 0;
      this.next = (d.address + d.length) | 0;
      this.hasStore = false;
      this.out.push(`{ // ${d.form.mnemonic} @${hex(d.address)}`);
      const isLast = k === insns.length - 1;
      this.insn(d, needed[k]!, isLast);
      if (this.hasStore) this.out.push(`if (sm !== 0) { nx = ${this.next}; S.cnt = ${this.cnt(k + 1)}; break B; }`);
      this.out.push('}');
      if (isLast && !SETS_NEXT.has(d.form.flow)) this.out.push(`nx = ${this.next};`);
    }
    // With side exits, every way out says how many instructions ran (S.cnt); this is the last one.
    if (this.exits) this.out.push(`S.cnt = ${insns.length};`);
    const regs: string[] = [];
    const all = this.usedRegs | this.defRegs;
    for (let g = 0; g < 8; g++) if (all & (1 << g)) regs.push(`r${g} = R[${g}]`);
    const head: string[] = [];
    // Machine state comes from S (never from the closure): one function serves every CPU.
    if (all !== 0) head.push('const R = S.r;');
    if (this.usesMem) head.push('const M8 = S.m8, M16 = S.m16, M32 = S.m32;');
    if (regs.length) head.push(`let ${regs.join(', ')};`);
    if (this.usesFlags || this.defFlags) head.push('let lop = S.lop, la = S.la, lb = S.lb, lr = S.lr, fb = S.fb;');
    if (this.usesMem) head.push('const tr = S.tr, tw = S.tw, th = S.th;');
    if (this.usesSegBase) head.push('const SB = S.segBase;');
    head.push('let nx = 0, sm = 0;');
    if (this.loop) head.push('let it = 0;');
    const tail: string[] = [];
    for (let g = 0; g < 8; g++) if (this.defRegs & (1 << g)) tail.push(`R[${g}] = r${g};`);
    if (this.defFlags) tail.push('S.lop = lop; S.la = la; S.lb = lb; S.lr = lr; S.fb = fb;');
    if (this.loop) tail.push('S.iters = it;');
    tail.push('return nx;');
    const body = this.loop ? `B: for (;;) {\n${this.out.join('\n')}\n}` : `B: {\n${this.out.join('\n')}\n}`;
    return {
      body: `${head.join('\n')}\n${body}\n${tail.join('\n')}`,
      helpers: this.helpers,
      helperArgs: this.helperArgs,
      loop: this.loop,
      exits: this.exits,
    };
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private emit(s: string): void { this.out.push(s); }
  private tmp(p = 't'): string { return `${p}${this.tmpN++}`; }
  private cnt(k: number): string { return this.loop ? `it * ${this.n} + ${k}` : String(k); }
  /** Leave the block because the current instruction faulted (S.flt already set). */
  private faultExit(): string { return `{ nx = ${this.eip}; S.cnt = ${this.cnt(this.k)}; break B; }`; }
  private raise(call: string): void { this.emit(`${call}; ${this.faultExit()}`); }

  private useReg(g: number): void { this.usedRegs |= 1 << g; }
  private defReg(g: number): void { this.defRegs |= 1 << g; }
  private useFlags(): void { this.usesFlags = true; }
  private defFlagsNow(): void { this.usesFlags = true; this.defFlags = true; }

  private regVal(r: Register): string {
    const g = r.gpr;
    this.useReg(g);
    if (r.size === 32) return `r${g}`;
    if (r.size === 16) return `(r${g} & 65535)`;
    return r.high ? `((r${g} >> 8) & 255)` : `(r${g} & 255)`;
  }

  /** Statement assigning a normalised value to a register. */
  private regSet(r: Register, v: string): string {
    const g = r.gpr;
    this.useReg(g);
    this.defReg(g);
    if (r.size === 32) return `r${g} = ${v};`;
    if (r.size === 16) return `r${g} = (r${g} & -65536) | ${v};`;
    return r.high ? `r${g} = (r${g} & -65281) | (${v} << 8);` : `r${g} = (r${g} & -256) | ${v};`;
  }

  private gpr(g: number, size: number): string {
    this.useReg(g);
    return size === 32 ? `r${g}` : size === 16 ? `(r${g} & 65535)` : `(r${g} & 255)`;
  }

  /** Offset (effective address within the segment), int32. `espAs` substitutes the value of %esp. */
  private ea(m: Extract<DecodedOperand, { kind: 'mem' }>, espAs?: string): string {
    const parts: string[] = [];
    const regName = (g: number): string => {
      if (g === 4 && espAs) return espAs;
      this.useReg(g);
      return `r${g}`;
    };
    if (m.base >= 0) parts.push(regName(m.base));
    if (m.index >= 0) {
      const s = m.scale === 1 ? 0 : m.scale === 2 ? 1 : m.scale === 4 ? 2 : 3;
      parts.push(s ? `(${regName(m.index)} << ${s})` : regName(m.index));
    }
    if (m.disp !== 0 || parts.length === 0) parts.push(String(m.disp | 0));
    if (m.a16) {
      // 16-bit addressing: the offset wraps at 64 KiB before the segment base is added.
      const off = parts.length === 1 && /^-?\d+$/.test(parts[0]!) ? String(Number(parts[0]) & 65535) : `((${parts.join(' + ')}) & 65535)`;
      parts.length = 0;
      parts.push(off);
    }
    return parts.length === 1 && /^-?\d+$/.test(parts[0]!) ? parts[0]! : `((${parts.join(' + ')}) | 0)`;
  }

  /**
   * Emits the linear address of a `size`-byte access at offset `off` through `seg` (as the CPU's
   * segment mode says: see the constructor); returns its variable. A CHECKED segment's limit or
   * type violation leaves the block with the fault.
   */
  private linear(seg: number, off: string, size: number, write: boolean): string {
    const a = this.tmp('a');
    // A write through %cs always faults (code segments are not writable): checked whatever the mode.
    const mode = seg === CS && write ? SEG_CHECKED : (this.segKey >> (2 * seg)) & 3;
    // %fs and %gs always add their base (Cpu.updateSegKey); the others only in BASED mode.
    if (mode === SEG_FLAT && seg < FS) this.emit(`const ${a} = ${off};`);
    else if (mode !== SEG_CHECKED) { this.usesSegBase = true; this.emit(`const ${a} = (${off} + SB[${seg}]) | 0;`); }
    else this.emit(`const ${a} = S.lin(${seg}, ${off}, ${size}, ${write}); if (S.flt !== null) ${this.faultExit()}`);
    return a;
  }

  /** Address of a stack access at offset `off` (through %ss). */
  private stackAddr(off: string, size: number, write: boolean): string {
    return this.linear(SS, off, size / 8, write);
  }

  /** Emits a load of `size` bits at address variable `a`; returns the value variable. */
  private load(size: number, a: string): string {
    this.usesMem = true;
    const v = this.tmp('v'), t = this.tmp();
    if (size === 8) {
      this.emit(`let ${v}; { const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tr[i] === ${t}) ${v} = M8[th[i] + (${a} & 4095)]; else { ${v} = S.rd8(${a}); if (S.flt !== null) ${this.faultExit()} } }`);
    } else if (size === 16) {
      this.emit(`let ${v}; { const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tr[i] === ${t} && (${a} & 1) === 0) ${v} = M16[(th[i] + (${a} & 4095)) >> 1]; else { ${v} = S.rd16(${a}); if (S.flt !== null) ${this.faultExit()} } }`);
    } else {
      this.emit(`let ${v}; { const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tr[i] === ${t} && (${a} & 3) === 0) ${v} = M32[(th[i] + (${a} & 4095)) >> 2]; else { ${v} = S.rd32(${a}); if (S.flt !== null) ${this.faultExit()} } }`);
    }
    return v;
  }

  /** Emits a store; a fault leaves the block, a code-page hit ends it after this instruction. */
  private store(size: number, a: string, v: string): void {
    this.usesMem = true;
    this.hasStore = true;
    const t = this.tmp();
    const slow = `{ const s = S.wr${size}(${a}, ${v}); if (s !== 0) { if (s === 1) ${this.faultExit()} sm = 1; } }`;
    if (size === 8) this.emit(`{ const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tw[i] === ${t}) M8[th[i] + (${a} & 4095)] = ${v}; else ${slow} }`);
    else if (size === 16) this.emit(`{ const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tw[i] === ${t} && (${a} & 1) === 0) M16[(th[i] + (${a} & 4095)) >> 1] = ${v}; else ${slow} }`);
    else this.emit(`{ const ${t} = ${a} >>> 12, i = ${tlbIndexExpr(t)}; if (tw[i] === ${t} && (${a} & 3) === 0) M32[(th[i] + (${a} & 4095)) >> 2] = ${v}; else ${slow} }`);
  }

  /** Address variable for the instruction's explicit memory operand (size and direction: memSize/memWrite). */
  private addr(o: DecodedOperand, espAs?: string): string {
    if (o.kind !== 'mem') throw new Error('internal: not a memory operand');
    return this.linear(defaultSegment(o), this.ea(o, espAs), this.memSize, this.memWrite);
  }

  /** Reads an operand (emitting a load for memory); returns a normalised expression. */
  private read(o: DecodedOperand, size: number, a?: string): string {
    switch (o.kind) {
      case 'reg': return this.regVal(o.reg);
      case 'imm': return lit(size, o.value);
      case 'mem': return this.load(size, a ?? this.addr(o));
      case 'rel': return lit(32, o.target);
    }
  }

  /** Writes an operand: memory now (store), register as a returned statement for the commit phase. */
  private write(o: DecodedOperand, size: number, v: string, a?: string): string {
    if (o.kind === 'mem') { this.store(size, a ?? this.addr(o), v); return ''; }
    if (o.kind === 'reg') return this.regSet(o.reg, v);
    throw new Error(`internal: cannot write operand ${o.kind}`);
  }

  private lazy(kind: number, size: number, a: string, b: string, r: string): string {
    this.defFlagsNow();
    this.known = { kind, size };
    return `lop = ${lazyOp(kind, size)}; la = ${a}; lb = ${b}; lr = ${r};`;
  }

  /** Makes fb hold every flag (lop = 0). */
  private materialize(): string {
    this.defFlagsNow();
    if (this.known === 'eager') return '';
    this.known = 'eager';
    return 'fb = MAT(lop, la, lb, lr, fb); lop = 0;';
  }

  private condExpr(cc: number): string {
    this.useFlags();
    const neg = (cc & 1) === 1;
    const base = cc & ~1;
    const kn = this.known;
    let e: string | null = null;
    if (kn === 'eager') {
      switch (base) {
        case 0: e = '(fb & 2048) !== 0'; break;
        case 2: e = '(fb & 1) !== 0'; break;
        case 4: e = '(fb & 64) !== 0'; break;
        case 6: e = '(fb & 65) !== 0'; break;
        case 8: e = '(fb & 128) !== 0'; break;
        case 10: e = '(fb & 4) !== 0'; break;
        case 12: e = '((fb >> 7) & 1) !== ((fb >> 11) & 1)'; break;
        case 14: e = '((fb & 64) !== 0 || ((fb >> 7) & 1) !== ((fb >> 11) & 1))'; break;
      }
    } else if (kn) {
      const s = kn.size;
      const sh = 32 - s;
      const sa = s === 32 ? 'la' : `(la << ${sh})`, sb = s === 32 ? 'lb' : `(lb << ${sh})`;
      const ua = s === 32 ? '(la >>> 0)' : 'la', ub = s === 32 ? '(lb >>> 0)' : 'lb';
      const sf = signBitSet(s, 'lr');
      if (base === 4) e = 'lr === 0';
      else if (base === 8) e = sf;
      else if (kn.kind === K_SUB) {
        switch (base) {
          case 2: e = `${ua} < ${ub}`; break;
          case 6: e = `${ua} <= ${ub}`; break;
          case 12: e = `${sa} < ${sb}`; break;
          case 14: e = `${sa} <= ${sb}`; break;
        }
      } else if (kn.kind === K_LOGIC) {
        switch (base) {
          case 0: e = 'false'; break;
          case 2: e = 'false'; break;
          case 6: e = 'lr === 0'; break;
          case 12: e = sf; break;
          case 14: e = `(lr === 0 || ${sf})`; break;
        }
      } else if (kn.kind === K_ADD && s === 32 && base === 2) {
        e = '(lr >>> 0) < (la >>> 0)';
      }
    }
    if (e === null) return `C(${cc}, lop, la, lb, lr, fb)`;
    return neg ? `!(${e})` : `(${e})`;
  }

  /** Calls the TS helper for `d` with the state synchronised; leaves the block when it says so. */
  private sync(d: Decoded, helper: InsnHelper | undefined): void {
    if (!helper) throw new Error(`internal: no helper for ${d.form.op}`);
    const j = this.helpers.length;
    this.helpers.push(helper);
    this.helperArgs.push(d);
    this.usedRegs = 0xff;
    this.defRegs = 0xff;
    this.defFlagsNow();
    this.known = null;
    this.usesMem = true;
    const regsOut = [0, 1, 2, 3, 4, 5, 6, 7].map((g) => `R[${g}] = r${g};`).join(' ');
    const regsIn = [0, 1, 2, 3, 4, 5, 6, 7].map((g) => `r${g} = R[${g}];`).join(' ');
    this.emit(`S.eip = ${this.eip}; ${regsOut} S.lop = lop; S.la = la; S.lb = lb; S.lr = lr; S.fb = fb;`);
    this.emit(`const st = HF[${j}](S, HD[${j}]);`);
    this.emit(`${regsIn} lop = S.lop; la = S.la; lb = S.lb; lr = S.lr; fb = S.fb;`);
    this.emit(`if (st !== 0) { nx = S.eip; S.cnt = S.flt !== null ? ${this.cnt(this.k)} : ${this.cnt(this.k + 1)}; S.brk = 1; break B; }`);
    // A helper store that reached decoded code (S.brk set) ends the block after this instruction.
    this.emit(`if (S.brk !== 0) { nx = ${this.next}; S.cnt = ${this.cnt(this.k + 1)}; break B; }`);
  }

  /** Runtime ring check for privileged forms (the table's privilege class). */
  private privCheck(f: Form): void {
    this.emit(`if (S.ring !== 0) { S.gp(${JSON.stringify(`${f.mnemonic}: privileged (${f.privilege}) in an unprivileged context`)}, 0); ${this.faultExit()} }`);
  }

  /** Block terminator: taken/not-taken targets; in a loop block, the taken edge to the start loops. */
  private branch(condition: string, target: number, fall: number): void {
    if (!this.isLast) {
      // A side exit (isSideExit): taken leaves the block after this instruction, else fall through.
      this.emit(`if (${condition}) { nx = ${target}; S.cnt = ${this.k + 1}; break B; }`);
      return;
    }
    if (this.loop) {
      this.emit(`it++; if (${condition}) { if (it < lim) continue; nx = ${target}; } else nx = ${fall}; break;`);
    } else if (condition === 'true') this.emit(`nx = ${target};`);
    else this.emit(`nx = ${condition} ? ${target} : ${fall};`);
  }

  // ---- semantics, by form.op ---------------------------------------------------------------

  private insn(d: Decoded, flagsNeeded: boolean, _isLast: boolean): void {
    const f = d.form;
    const ops = d.operands;
    const size = f.size;
    if (!f.exec) {
      // Privileged in ring 3 raises #GP before anything else (SDM: CPL > 0 checks come first).
      if (f.privilege === 'ring0' || f.privilege === 'io') this.privCheck(f);
      this.raise(`S.ud(${JSON.stringify(`${f.mnemonic} (${f.cls}) is recognised but not executed by the emulator`)})`);
      return;
    }
    const helper = this.table[f.op];
    const ms = f.operands.find((o) => o.kind === 'rm' || o.kind === 'mem' || o.kind === 'moffs');
    this.memSize = ms && ms.size ? ms.size / 8 : 1;
    this.memWrite = f.mem === 'w' || f.mem === 'rw';
    switch (f.op) {
      case 'add': case 'or': case 'adc': case 'sbb': case 'and': case 'sub': case 'xor': case 'cmp': case 'test': {
        const [src, dst] = [ops[0]!, ops[1]!];
        const writes = f.op !== 'cmp' && f.op !== 'test';
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const av = this.read(dst, size, a0);
        const bv = this.read(src, size);
        const a = this.tmp('x'), b = this.tmp('y'), r = this.tmp('w');
        this.emit(`const ${a} = ${av}, ${b} = ${bv};`);
        let pre = '';
        let rexpr: string;
        switch (f.op) {
          case 'add': rexpr = norm(size, `${a} + ${b}`); break;
          case 'sub': case 'cmp': rexpr = norm(size, `${a} - ${b}`); break;
          case 'and': case 'test': rexpr = `(${a} & ${b})`; break;
          case 'or': rexpr = `(${a} | ${b})`; break;
          case 'xor': rexpr = `(${a} ^ ${b})`; break;
          case 'adc': pre = this.materialize(); rexpr = norm(size, `${a} + ${b} + (fb & 1)`); break;
          default: pre = this.materialize(); rexpr = norm(size, `${a} - ${b} - (fb & 1)`); break;
        }
        if (pre) this.emit(pre);
        this.emit(`const ${r} = ${rexpr};`);
        const commit = writes ? this.write(dst, size, r, a0) : '';
        if (flagsNeeded || f.op === 'adc' || f.op === 'sbb') {
          const kind = { add: K_ADD, sub: K_SUB, cmp: K_SUB, adc: K_ADC, sbb: K_SBB }[f.op as 'add'] ?? K_LOGIC;
          this.emit(this.lazy(kind, size, a, b, r));
        }
        this.emit(commit);
        return;
      }
      case 'inc': case 'dec': {
        const dst = ops[0]!;
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const a = this.tmp('x'), r = this.tmp('w');
        this.emit(`const ${a} = ${this.read(dst, size, a0)};`);
        this.emit(`const ${r} = ${norm(size, `${a} ${f.op === 'inc' ? '+' : '-'} 1`)};`);
        const commit = this.write(dst, size, r, a0);
        if (flagsNeeded) {
          this.emit(this.materialize());
          this.emit(this.lazy(f.op === 'inc' ? K_INC : K_DEC, size, a, '1', r));
        }
        this.emit(commit);
        return;
      }
      case 'not': case 'neg': {
        const dst = ops[0]!;
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const a = this.tmp('x'), r = this.tmp('w');
        this.emit(`const ${a} = ${this.read(dst, size, a0)};`);
        this.emit(`const ${r} = ${norm(size, f.op === 'not' ? `~${a}` : `-${a}`)};`);
        const commit = this.write(dst, size, r, a0);
        if (f.op === 'neg' && flagsNeeded) this.emit(this.lazy(K_SUB, size, '0', a, r));
        this.emit(commit);
        return;
      }
      case 'mul': case 'imul1': {
        const b = this.tmp('y');
        this.emit(`const ${b} = ${this.read(ops[0]!, size)};`);
        const signed = f.op === 'imul1';
        const ov = this.tmp('o'), lo = this.tmp('l');
        if (size === 8) {
          const p = this.tmp('p');
          this.emit(signed ? `const ${p} = ${sext(8, this.gpr(0, 8))} * ${sext(8, b)};` : `const ${p} = ${this.gpr(0, 8)} * ${b};`);
          this.emit(`const ${lo} = ${p} & 255, ${ov} = ${signed ? `${p} !== ${sext(8, lo)}` : `${p} > 255`};`);
          this.emit(`r0 = (r0 & -65536) | (${p} & 65535);`); this.defReg(0);
        } else if (size === 16) {
          const p = this.tmp('p');
          this.emit(signed ? `const ${p} = ${sext(16, this.gpr(0, 16))} * ${sext(16, b)};` : `const ${p} = ${this.gpr(0, 16)} * ${b};`);
          this.emit(`const ${lo} = ${p} & 65535, ${ov} = ${signed ? `${p} !== ${sext(16, lo)}` : `${p} > 65535`};`);
          this.emit(`r0 = (r0 & -65536) | ${lo}; r2 = (r2 & -65536) | ((${p} >>> 16) & 65535);`);
          this.useReg(2); this.defReg(0); this.defReg(2);
        } else {
          this.useReg(0); this.useReg(2);
          this.emit(`const ${lo} = Math.imul(r0, ${b}), hi = ${signed ? 'MHS' : 'MHU'}(r0, ${b});`);
          this.emit(`const ${ov} = ${signed ? `hi !== (${lo} >> 31)` : 'hi !== 0'};`);
          this.emit(`r0 = ${lo}; r2 = hi;`);
          this.defReg(0); this.defReg(2);
        }
        if (flagsNeeded) { this.defFlagsNow(); this.known = 'eager'; this.emit(`fb = MF(${size}, ${lo}, ${ov}, fb); lop = 0;`); }
        return;
      }
      case 'imul': case 'imul3': {
        const src = f.op === 'imul' ? ops[0]! : ops[1]!;
        const dst = f.op === 'imul' ? ops[1]! : ops[2]!;
        const a = this.tmp('x'), b = this.tmp('y'), r = this.tmp('w'), ov = this.tmp('o');
        this.emit(`const ${a} = ${this.read(src, size)}, ${b} = ${f.op === 'imul' ? this.read(dst, size) : this.read(ops[0]!, size)};`);
        if (size === 32) {
          this.emit(`const ${r} = Math.imul(${a}, ${b}), ${ov} = (${a} * ${b}) !== ${r};`);
        } else {
          const p = this.tmp('p');
          this.emit(`const ${p} = ${sext(16, a)} * ${sext(16, b)}, ${r} = ${p} & 65535, ${ov} = ${p} !== ${sext(16, r)};`);
        }
        if (flagsNeeded) { this.defFlagsNow(); this.known = 'eager'; this.emit(`fb = MF(${size}, ${r}, ${ov}, fb); lop = 0;`); }
        this.emit(this.write(dst, size, r));
        return;
      }
      case 'div': case 'idiv': {
        const b = this.tmp('y');
        this.emit(`const ${b} = ${this.read(ops[0]!, size)};`);
        const fn = f.op === 'div' ? 'DU' : 'DS';
        const hi = size === 8 ? '((r0 >> 8) & 255)' : this.gpr(2, size);
        const lo = this.gpr(0, size);
        this.useReg(0);
        this.emit(`if (!${fn}(${size}, ${hi}, ${lo}, ${b})) { S.de(); ${this.faultExit()} }`);
        if (size === 8) { this.emit('r0 = (r0 & -65536) | (OUT.hi << 8) | OUT.r;'); this.defReg(0); }
        else if (size === 16) { this.emit('r0 = (r0 & -65536) | OUT.r; r2 = (r2 & -65536) | OUT.hi;'); this.defReg(0); this.defReg(2); }
        else { this.emit('r0 = OUT.r; r2 = OUT.hi;'); this.defReg(0); this.defReg(2); }
        return;
      }
      case 'rol': case 'ror': case 'shl': case 'shr': case 'sar': case 'rcl': case 'rcr': {
        const [cnt, dst] = [ops[0]!, ops[1]!];
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const a = this.tmp('x');
        this.emit(`const ${a} = ${this.read(dst, size, a0)};`);
        const constCount = cnt.kind === 'imm' ? cnt.value & 31 : -1;
        if (constCount === 0) return;
        const c = this.tmp('c');
        this.emit(`const ${c} = ${constCount >= 0 ? constCount : `${this.regVal(cnt.kind === 'reg' ? cnt.reg : (() => { throw new Error('internal: shift count'); })())} & 31`};`);
        if (constCount < 0) this.emit(`if (${c} !== 0) {`);
        const r = this.tmp('w');
        const m = size === 32 ? '' : ` & ${MASK[size]}`;
        let flags = '';
        let lazyKind = 0;
        switch (f.op) {
          case 'shl':
            this.emit(`const ${r} = ${size === 32 ? `${a} << ${c}` : `(${a} << ${c})${m}`};`);
            lazyKind = K_SHL;
            break;
          case 'shr':
            this.emit(`const ${r} = ${size === 32 ? `(${a} >>> ${c}) | 0` : `${a} >>> ${c}`};`);
            lazyKind = K_SHR;
            break;
          case 'sar':
            this.emit(`const ${r} = ${size === 32 ? `${a} >> ${c}` : `(${sext(size, a)} >> ${c})${m}`};`);
            lazyKind = K_SAR;
            break;
          case 'rol': case 'ror': {
            const left = f.op === 'rol';
            if (size === 32) this.emit(`const ${r} = ${left ? `(${a} << ${c}) | (${a} >>> (32 - ${c}))` : `(${a} >>> ${c}) | (${a} << (32 - ${c}))`};`);
            else {
              const cc = this.tmp('c');
              this.emit(`const ${cc} = ${c} & ${size - 1};`);
              this.emit(`const ${r} = (${left ? `(${a} << ${cc}) | (${a} >>> (${size} - ${cc}))` : `(${a} >>> ${cc}) | (${a} << (${size} - ${cc}))`})${m};`);
            }
            if (flagsNeeded) flags = `fb = ${left ? 'ROLF' : 'RORF'}(${size}, ${a}, ${r}, MAT(lop, la, lb, lr, fb), ${constCount > 1 && dst.kind !== 'mem'}); lop = 0;`;
            break;
          }
          default: // rcl, rcr: need CF in; flags always produced
            this.emit(`${f.op === 'rcl' ? 'RCL' : 'RCR'}(${size}, ${a}, ${c}, MAT(lop, la, lb, lr, fb));`);
            this.emit(`const ${r} = OUT.r, nf = OUT.f;`);
            flags = 'fb = nf; lop = 0;';
        }
        const commit = this.write(dst, size, r, a0);
        if (lazyKind && flagsNeeded) {
          this.emit(this.lazy(lazyKind, size, a, c, r));
          if (constCount < 0) this.known = null;
        } else if (flags) {
          this.defFlagsNow();
          this.emit(flags);
          this.known = constCount > 0 ? 'eager' : null;
        }
        this.emit(commit);
        if (constCount < 0) this.emit('}');
        return;
      }
      case 'shld': case 'shrd': {
        const [cnt, src, dst] = [ops[0]!, ops[1]!, ops[2]!];
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const a = this.tmp('x'), b = this.tmp('y');
        this.emit(`const ${a} = ${this.read(dst, size, a0)}, ${b} = ${this.read(src, size)};`);
        const constCount = cnt.kind === 'imm' ? cnt.value & 31 : -1;
        if (constCount === 0) return;
        const c = this.tmp('c');
        this.emit(`const ${c} = ${constCount >= 0 ? constCount : `(r1 & 31)`};`);
        this.useReg(1);
        if (constCount < 0) this.emit(`if (${c} !== 0) {`);
        this.emit(`SD(${f.op === 'shld'}, ${size}, ${a}, ${b}, ${c}, fb);`);
        const r = this.tmp('w');
        this.emit(`const ${r} = OUT.r, nf = OUT.f;`);
        const commit = this.write(dst, size, r, a0);
        if (flagsNeeded) { this.defFlagsNow(); this.emit('fb = nf; lop = 0;'); }
        this.emit(commit);
        if (constCount < 0) this.emit('}');
        this.known = flagsNeeded ? (constCount > 0 ? 'eager' : null) : this.known;
        return;
      }
      case 'mov': {
        const v = this.tmp('v');
        this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        this.emit(this.write(ops[1]!, size, v));
        return;
      }
      case 'movzx': case 'movsx': {
        const ss = f.operands[0]!.size;
        const v = this.tmp('v');
        this.emit(`const ${v} = ${this.read(ops[0]!, ss)};`);
        let e = v;
        if (f.op === 'movsx' && ss < size) e = norm(size, sext(ss, v));
        this.emit(this.write(ops[1]!, size, e));
        return;
      }
      case 'movfromseg': {
        const sr = ops[0]!;
        if (sr.kind !== 'reg') throw new Error('internal: movfromseg');
        const dst = ops[1]!;
        // A 32-bit register destination gets the selector zero-extended (SDM "MOV"), a 16-bit one
        // (66) only its low half; memory always 16 bits.
        this.emit(this.write(dst, dst.kind === 'reg' ? dst.reg.size : 16, `S.sel[${sr.reg.num}]`));
        return;
      }
      case 'lea': {
        const m = ops[0]!;
        if (m.kind !== 'mem') throw new Error('internal: lea');
        this.emit(this.write(ops[1]!, size, size === 32 ? this.ea(m) : `(${this.ea(m)} & 65535)`));
        return;
      }
      case 'xchg': {
        const [x, y] = [ops[0]!, ops[1]!];
        const ax = x.kind === 'mem' ? this.addr(x) : undefined;
        const ay = y.kind === 'mem' ? this.addr(y) : undefined;
        const vx = this.tmp('v'), vy = this.tmp('v');
        this.emit(`const ${vx} = ${this.read(x, size, ax)}, ${vy} = ${this.read(y, size, ay)};`);
        const c1 = this.write(y, size, vx, ay);
        const c2 = this.write(x, size, vy, ax);
        this.emit(c1 + ' ' + c2);
        return;
      }
      case 'xadd': {
        const [src, dst] = [ops[0]!, ops[1]!];
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const a = this.tmp('x'), b = this.tmp('y'), r = this.tmp('w');
        this.emit(`const ${a} = ${this.read(dst, size, a0)}, ${b} = ${this.read(src, size)};`);
        this.emit(`const ${r} = ${norm(size, `${a} + ${b}`)};`);
        if (dst.kind === 'mem') this.store(size, a0!, r);
        if (flagsNeeded) this.emit(this.lazy(K_ADD, size, a, b, r));
        // SRC <- DEST, then DEST <- TEMP (the destination wins when both are one register).
        this.emit(this.write(src, size, a));
        if (dst.kind === 'reg') this.emit(this.write(dst, size, r));
        return;
      }
      case 'cmpxchg': {
        const [src, dst] = [ops[0]!, ops[1]!];
        const acc = f.implicitRead[0]!;
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const dv = this.tmp('x'), sv = this.tmp('y'), av = this.tmp('z'), r = this.tmp('w');
        this.emit(`const ${dv} = ${this.read(dst, size, a0)}, ${sv} = ${this.read(src, size)}, ${av} = ${this.regVal(acc)};`);
        this.emit(`const ${r} = ${norm(size, `${av} - ${dv}`)};`);
        // The destination is always written: with SRC when equal, with its own value otherwise.
        if (dst.kind === 'mem') this.store(size, a0!, `(${av} === ${dv} ? ${sv} : ${dv})`);
        if (flagsNeeded) this.emit(this.lazy(K_SUB, size, av, dv, r));
        const setDst = dst.kind === 'reg' ? this.regSet(dst.reg, sv) : '';
        this.emit(`if (${av} === ${dv}) { ${setDst} } else { ${this.regSet(acc, dv)} }`);
        return;
      }
      case 'bswap': {
        const dst = ops[0]!;
        const a = this.tmp('x');
        this.emit(`const ${a} = ${this.read(dst, 32)};`);
        this.emit(this.write(dst, 32, `((${a} >>> 24) | ((${a} >> 8) & 0xff00) | ((${a} << 8) & 0xff0000) | (${a} << 24))`));
        return;
      }
      case 'cbw': this.emit(this.regSet(f.implicitWrite[0]!, `(${sext(8, this.gpr(0, 8))} & 65535)`)); return;
      case 'cwde': this.emit(this.regSet(f.implicitWrite[0]!, sext(16, this.gpr(0, 16)))); return;
      case 'cwd': this.emit(this.regSet(f.implicitWrite[0]!, `((r0 & 32768) !== 0 ? 65535 : 0)`)); this.useReg(0); return;
      case 'cdq': this.useReg(0); this.emit(this.regSet(f.implicitWrite[0]!, '(r0 >> 31)')); return;
      case 'setcc': {
        this.emit(this.write(ops[0]!, 8, `(${this.condExpr(f.cc!)} ? 1 : 0)`));
        return;
      }
      case 'cmovcc': {
        const v = this.tmp('v');
        this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        this.emit(`if (${this.condExpr(f.cc!)}) { ${this.write(ops[1]!, size, v)} }`);
        return;
      }
      case 'jcc': this.branch(this.condExpr(f.cc!), relTarget(ops[0]!), this.next); return;
      case 'jecxz': {
        // The count register is %ecx, or %cx under a 67 prefix (the form's implicit read).
        this.useReg(1);
        this.branch(f.implicitRead[0]!.size === 16 ? '(r1 & 65535) === 0' : 'r1 === 0', relTarget(ops[0]!), this.next);
        return;
      }
      case 'loop': case 'loope': case 'loopne': {
        const cx16 = f.implicitRead[0]!.size === 16;
        let c = cx16 ? '(r1 & 65535) !== 0' : 'r1 !== 0';
        if (f.op !== 'loop') {
          const z = this.tmp('z');
          this.emit(`const ${z} = ${this.condExpr(4)};`);
          c = `${c} && ${f.op === 'loope' ? z : `!${z}`}`;
        }
        this.useReg(1); this.defReg(1);
        this.emit(cx16 ? 'r1 = (r1 & -65536) | ((r1 - 1) & 65535);' : 'r1 = (r1 - 1) | 0;');
        this.branch(c, relTarget(ops[0]!), this.next);
        return;
      }
      case 'bt': case 'bts': case 'btr': case 'btc': {
        const [off, base] = [ops[0]!, ops[1]!];
        let a0: string | undefined;
        let bit: string;
        const ob = this.tmp('b');
        if (off.kind === 'imm') {
          bit = String(off.value & (size - 1));
          if (base.kind === 'mem') a0 = this.addr(base);
        } else {
          const ov = this.read(off, size);
          this.emit(`const ${ob} = ${ov};`);
          bit = `(${ob} & ${size - 1})`;
          if (base.kind === 'mem') {
            // Bit-string addressing (SDM "BT"): the operand is at ea + (size/8) * (offset >> log2(size)),
            // offset signed; with 16-bit addressing the sum wraps at 64 KiB (checked natively).
            const a = this.tmp('a');
            const shift = size === 32 ? 5 : 4;
            const disp = `((${sext(size, ob)} >> ${shift}) << ${size === 32 ? 2 : 1})`;
            this.emit(`const ${a} = ${base.a16 ? `((${this.ea(base)} + ${disp}) & 65535)` : `(${this.ea(base)} + ${disp}) | 0`};`);
            a0 = this.linear(defaultSegment(base), a, size / 8, f.op !== 'bt');
          }
        }
        const v = this.tmp('v'), cf = this.tmp('c');
        this.emit(`const ${v} = ${this.read(base, size, a0)};`);
        this.emit(`const ${cf} = (${v} >>> ${bit}) & 1;`);
        if (f.op !== 'bt') {
          const nv = f.op === 'bts' ? `(${v} | (1 << ${bit}))` : f.op === 'btr' ? `(${v} & ~(1 << ${bit}))` : `(${v} ^ (1 << ${bit}))`;
          this.emit(this.write(base, size, norm(size, nv), a0));
        }
        if (flagsNeeded) this.emit(`${this.materialize()} fb = (fb & ~1) | ${cf};`);
        return;
      }
      case 'bsf': case 'bsr': {
        const v = this.tmp('v');
        this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        const idx = f.op === 'bsf' ? `(31 - Math.clz32(${v} & -${v}))` : `(31 - Math.clz32(${v}))`;
        const upd = flagsNeeded ? `${this.materialize()} fb = BSF(${v}, ${idx}, fb);` : '';
        // Zero source: destination unchanged (what the hardware does; the SDM says undefined).
        this.emit(`${upd} if (${v} !== 0) { ${this.write(ops[1]!, size, idx)} }`);
        return;
      }
      case 'tzcnt': case 'lzcnt': case 'popcnt': {
        const v = this.tmp('v'), r = this.tmp('w');
        this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        if (f.op === 'tzcnt') this.emit(`const ${r} = ${v} === 0 ? ${size} : 31 - Math.clz32(${v} & -${v});`);
        else if (f.op === 'lzcnt') this.emit(`const ${r} = Math.clz32(${v}) - ${32 - size};`);
        else this.emit(`const ${r} = POPC(${v});`);
        if (flagsNeeded) {
          this.defFlagsNow(); this.known = 'eager';
          if (f.op === 'popcnt') this.emit(`fb = (fb & ~${STATUS_MASK}) | (${v} === 0 ? ${ZF} : 0); lop = 0;`);
          else this.emit(`fb = (fb & ~${STATUS_MASK}) | (${v} === 0 ? ${CF} : 0) | (${r} === 0 ? ${ZF} : 0); lop = 0;`);
        }
        this.emit(this.write(ops[1]!, size, r));
        return;
      }
      case 'push': case 'pushseg': {
        const bytes = size / 8;
        const v = this.tmp('v');
        if (f.op === 'pushseg') {
          const sr = ops[0]!;
          if (sr.kind !== 'reg') throw new Error('internal: pushseg');
          this.emit(`const ${v} = S.sel[${sr.reg.num}];`);
        } else this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        const sp = this.tmp('s');
        this.useReg(4);
        this.emit(`const ${sp} = (r4 - ${bytes}) | 0;`);
        // push %sreg: a 16-bit move into the 4-byte slot (what recent Intel CPUs do; the SDM also
        // allows a zero-extended 32-bit write, as AMD CPUs do); pushw %sreg fills its 2-byte slot.
        this.store(f.op === 'pushseg' ? 16 : size, this.stackAddr(sp, size, true), v);
        this.defReg(4);
        this.emit(`r4 = ${sp};`);
        return;
      }
      case 'pop': {
        const bytes = size / 8;
        this.useReg(4);
        const v = this.load(size, this.stackAddr('r4', size, false));
        const sp = this.tmp('s');
        this.emit(`const ${sp} = (r4 + ${bytes}) | 0;`);
        const dst = ops[0]!;
        if (dst.kind === 'mem') {
          // The destination address uses %esp after the increment (SDM "POP").
          const a = this.addr(dst, sp);
          this.store(size, a, v);
          this.defReg(4);
          this.emit(`r4 = ${sp};`);
        } else {
          this.defReg(4);
          this.emit(`r4 = ${sp}; ${this.write(dst, size, v)}`);
        }
        return;
      }
      case 'pushf': {
        const sp = this.tmp('s');
        this.useReg(4); this.useFlags();
        this.emit(`const ${sp} = (r4 - ${size / 8}) | 0;`);
        // RF and VM read as 0; pushfw stores the low 16 bits.
        this.store(size, this.stackAddr(sp, size, true), size === 32 ? `(MAT(lop, la, lb, lr, fb) & 0xfcffff)` : `(MAT(lop, la, lb, lr, fb) & 0xffff)`);
        this.defReg(4);
        this.emit(`r4 = ${sp};`);
        return;
      }
      case 'leave': {
        // %esp = %ebp, then pop %ebp (leavew: pop %bp, the upper half of %ebp stays).
        this.useReg(5);
        const v = this.load(size, this.stackAddr('r5', size, false));
        this.defReg(4); this.defReg(5);
        this.emit(`r4 = (r5 + ${size / 8}) | 0; ${size === 32 ? `r5 = ${v};` : `r5 = (r5 & -65536) | ${v};`}`);
        return;
      }
      case 'jmp': this.branch('true', relTarget(ops[0]!), this.next); return;
      case 'jmpind': {
        const v = this.tmp('v');
        this.emit(`const ${v} = ${this.read(ops[0]!, size)};`);
        this.emit(`nx = ${v};`);
        return;
      }
      case 'call': case 'callind': {
        // callw pushes a 2-byte return address and truncates EIP to 16 bits.
        const w = size === 16 ? 16 : 32;
        const v = this.tmp('v');
        this.emit(`const ${v} = ${f.op === 'call' ? relTarget(ops[0]!) : this.read(ops[0]!, w)};`);
        const sp = this.tmp('s');
        this.useReg(4);
        this.emit(`const ${sp} = (r4 - ${w / 8}) | 0;`);
        this.store(w, this.stackAddr(sp, w, true), String(w === 16 ? this.next & 0xffff : this.next | 0));
        this.defReg(4);
        this.emit(`r4 = ${sp}; nx = ${v};`);
        return;
      }
      case 'ret': case 'retn': {
        const w = size === 16 ? 16 : 32;
        this.useReg(4);
        const v = this.load(w, this.stackAddr('r4', w, false));
        const extra = f.op === 'retn' ? (ops[0] as { value: number }).value & 0xffff : 0;
        this.defReg(4);
        this.emit(`r4 = (r4 + ${w / 8 + extra}) | 0; nx = ${v};`);
        return;
      }
      case 'lahf': {
        this.useFlags();
        this.emit(this.regSet(f.implicitWrite[0]!, `((MAT(lop, la, lb, lr, fb) & 0xd5) | 2)`));
        return;
      }
      case 'sahf': {
        const ah = this.regVal(f.implicitRead[0]!);
        this.emit(`${this.materialize()} fb = (fb & ~0xd5) | (${ah} & 0xd5);`);
        return;
      }
      case 'clc': case 'stc': case 'cmc':
        this.emit(`${this.materialize()} fb = ${f.op === 'clc' ? 'fb & ~1' : f.op === 'stc' ? 'fb | 1' : 'fb ^ 1'};`);
        return;
      case 'cld': case 'std':
        this.defFlagsNow();
        this.emit(`fb = ${f.op === 'cld' ? `fb & ~${DF}` : `fb | ${DF}`};`);
        return;
      case 'cli': case 'sti':
        this.privCheck(f);
        this.defFlagsNow();
        this.emit(`fb = ${f.op === 'cli' ? 'fb & ~512' : 'fb | 512'};`);
        return;
      case 'nop': case 'pause': case 'lfence': case 'mfence': case 'sfence': case 'prefetch': case 'fwait':
        return;
      case 'salc':
        this.useFlags();
        this.emit(this.regSet(f.implicitWrite[0]!, `((${this.condExpr(2)}) ? 255 : 0)`));
        return;
      case 'xlat': {
        // %al = [%ebx + %al] (%bx under 67), %ds unless overridden.
        const base = f.implicitRead[0]!;
        const a = this.tmp('a');
        const off = base.size === 16 ? `((${this.regVal(base)} + ${this.gpr(0, 8)}) & 65535)` : `((r3 + ${this.gpr(0, 8)}) | 0)`;
        this.useReg(3);
        this.emit(`const ${a} = ${off};`);
        const v = this.load(8, this.linear(d.seg >= 0 ? d.seg : DS, a, 1, false));
        this.emit(this.regSet(f.implicitWrite[0]!, v));
        return;
      }
      case 'into':
        this.useFlags();
        this.emit(`if (${this.condExpr(0)}) { S.trap('OF'); ${this.faultExit()} }`);
        return;
      case 'int1':
        this.raise("S.trap('DB')");
        return;
      case 'bound': {
        // #BR unless lower <= index <= upper, signed, the bounds at [m] and [m + size/8].
        const idx = this.tmp('x');
        this.emit(`const ${idx} = ${sext(size, this.read(ops[0]!, size))};`);
        const a = this.addr(ops[1]!);
        const lo = this.load(size, a);
        const a2 = this.tmp('a');
        this.emit(`const ${a2} = (${a} + ${size / 8}) | 0;`);
        const hi = this.load(size, a2);
        this.emit(`if (${idx} < ${sext(size, lo)} || ${idx} > ${sext(size, hi)}) { S.trap('BR'); ${this.faultExit()} }`);
        return;
      }
      case 'arpl': {
        // RPL of the destination selector raised to the source's; ZF says whether it changed.
        const [src, dst] = [ops[0]!, ops[1]!];
        // A memory destination is read, and written only when the RPL changes (a read-only
        // segment or page faults only then, checked natively).
        this.memWrite = false;
        const a0 = dst.kind === 'mem' ? this.addr(dst) : undefined;
        const dv = this.tmp('x'), sv = this.tmp('y'), ch = this.tmp('c');
        this.emit(`const ${dv} = ${this.read(dst, 16, a0)}, ${sv} = ${this.read(src, 16)};`);
        this.emit(`const ${ch} = (${dv} & 3) < (${sv} & 3);`);
        if (dst.kind === 'mem') {
          this.emit(`if (${ch}) {`);
          this.memWrite = true;
          this.emit(this.write(dst, 16, `((${dv} & 65532) | (${sv} & 3))`));
          this.emit('}');
        }
        this.emit(`${this.materialize()} fb = (fb & ~${ZF}) | (${ch} ? ${ZF} : 0);`);
        if (dst.kind === 'reg') this.emit(`if (${ch}) { ${this.regSet(dst.reg, `((${dv} & 65532) | (${sv} & 3))`)} }`);
        return;
      }
      case 'clflush': {
        const a = this.addr(ops[0]!);
        this.emit(`if (S.probe(${a}) !== 0) ${this.faultExit()}`);
        return;
      }
      case 'ud1':
      case 'ud2':
        this.raise(`S.ud("${f.op}")`);
        return;
      case 'int3':
        this.raise('S.bp()');
        return;
      case 'in': case 'out': case 'hlt':
        this.privCheck(f);
        this.sync(d, helper);
        return;
      default:
        // Segment loads are not privileged: their checks are the descriptor's (Cpu.loadSegment).
        if (f.privilege === 'io' || f.privilege === 'ring0') this.privCheck(f);
        this.sync(d, helper);
    }
  }
}

function relTarget(o: DecodedOperand): number {
  if (o.kind !== 'rel') throw new Error('internal: expected a branch target');
  return o.target | 0;
}

function hex(n: number): string { return (n >>> 0).toString(16); }

/**
 * In-block flag liveness: needed[k] is true when a flag instruction k writes may be observed later:
 * read by a later instruction, live at the block exit (every status flag is), or visible at a later
 * instruction that may fault (faults are precise, so EFLAGS must be exact there too). Reads and
 * writes come from the table; count-dependent forms kill flags only for a non-zero constant count.
 */
export function flagNeeds(insns: readonly Decoded[], table: HelperTable): boolean[] {
  const needed = new Array<boolean>(insns.length).fill(false);
  let live = OSZAPC;
  for (let k = insns.length - 1; k >= 0; k--) {
    const d = insns[k]!;
    const f = d.form;
    const fe = f.flags;
    // Every flag is live where the block may be left: its end and each side exit.
    if (k < insns.length - 1 && isSideExit(d)) live = OSZAPC;
    needed[k] = (live & fe.write) !== 0;
    let kill = fe.write;
    if (fe.countRule) {
      const c = d.operands[0]!;
      if (!(c.kind === 'imm' && (c.value & 31) !== 0)) kill = 0;
    }
    if (f.rep !== 'none' && d.rep) kill = 0; // a zero count writes nothing
    if (f.op === 'div' || f.op === 'idiv') kill = 0; // flags are left as they were
    live = (live & ~kill) | fe.read | (fe.write & ~kill);
    if (mayFault(d, table)) live = OSZAPC;
  }
  return needed;
}

/**
 * A conditional branch a block may continue past (cpu.ts decodes on along its fall-through): a
 * plain Jcc with a direct target. Other conditional forms (jecxz, loop*) still end the block.
 */
export function isSideExit(d: Decoded): boolean {
  const f = d.form;
  return f.exec && f.op === 'jcc' && f.flow === 'jcc' && d.operands[0]?.kind === 'rel';
}

/** Can the instruction stop the block before completing (fault, helper exit)? */
function mayFault(d: Decoded, table: HelperTable): boolean {
  const f = d.form;
  if (!f.exec || f.privilege !== null || f.implicitMem !== 'none') return true;
  if (f.op === 'div' || f.op === 'idiv' || f.op === 'ud1' || f.op === 'ud2' || f.op === 'int3') return true;
  if (table[f.op] !== undefined) return true;
  // Faults without an explicit memory operand: xlat's implicit read, the #OF/#BR/#DB traps.
  if (f.op === 'xlat' || f.op === 'into' || f.op === 'int1' || f.op === 'bound') return true;
  if (f.op === 'lea' || f.op === 'nop' || f.op === 'prefetch') return false;
  return d.operands.some((o) => o.kind === 'mem');
}
