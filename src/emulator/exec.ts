// Semantics of the instructions the block compiler does not inline: string instructions (with
// rep/repe/repne, DF, segment override, 16-bit addressing, page-chunked fast paths), cmpxchg8b,
// popf/pusha/popa/enter (32 and 16 bits), decimal adjust (daa ... aad), segment loads (mov, pop,
// lds ...), lar/lsl/verr/verw, far transfers (lret, iret, ljmp, lcall), port I/O,
// int/hlt/cpuid/rdtsc. Keyed by form.op; operand facts come from the decoded instruction and its
// form. Every memory access goes through the segment of the access (Cpu.linear).
//
// Contract (see codegen.ts `sync`): the CPU state is fully written back before the call (registers
// in cpu.r, lazy flags in cpu.lop/la/lb/lr/fb, cpu.eip = this instruction). A helper returns 0 to
// continue with the next instruction, or 1 to leave the block at cpu.eip. On a fault it sets
// cpu.flt (through the CPU's accessors or raise helpers), leaves cpu.eip at the instruction and
// changes no architectural state — except that string instructions keep the iterations they
// completed (esi/edi/ecx consistent, as the hardware does).

import type { Decoded } from '../isa/decoder.js';
import { AF, CF, DF, OF, PF, SF, ZF } from '../isa/flags.js';
import type { HelperTable, InsnHelper } from './codegen.js';
import type { Cpu } from './cpu.js';
import { K_ADD, K_SUB, lazyOp, materialize, PARITY } from './flags.js';
import { PAGE_MASK } from './memory.js';
import { defaultSegment, DS, ES, inspectSelector, SEG_FLAT, SS } from './segments.js';

const ECX = 1, ESI = 6, EDI = 7, EAX = 0, EDX = 2, ESP = 4, EBP = 5, CS_REG = 1;

function next(d: Decoded): number { return (d.address + d.length) | 0; }

function readSized(S: Cpu, size: number, a: number): number {
  return size === 8 ? S.rd8(a) : size === 16 ? S.rd16(a) : S.rd32(a);
}
function writeSized(S: Cpu, size: number, a: number, v: number): number {
  return size === 8 ? S.wr8(a, v) : size === 16 ? S.wr16(a, v) : S.wr32(a, v);
}
function accOf(S: Cpu, size: number): number {
  const v = S.r[EAX]!;
  return size === 8 ? v & 0xff : size === 16 ? v & 0xffff : v;
}
function setAcc(S: Cpu, size: number, v: number): void {
  const r = S.r;
  r[EAX] = size === 8 ? (r[EAX]! & -256) | v : size === 16 ? (r[EAX]! & -65536) | v : v;
}
/** Reads `size` bits at offset `off` of segment `seg` (segment checks, then the MMU; S.flt on a fault). */
function readSeg(S: Cpu, seg: number, size: number, off: number): number {
  const a = S.linear(seg, off, size / 8, false);
  return S.flt ? 0 : readSized(S, size, a);
}
/** Writes `size` bits at offset `off` of segment `seg`; 1 after a fault (as writeSized). */
function writeSeg(S: Cpu, seg: number, size: number, off: number, v: number): number {
  const a = S.linear(seg, off, size / 8, true);
  return S.flt ? 1 : writeSized(S, size, a, v);
}

/** Adds `step` to a pointer or count register: all 32 bits, or (16-bit addressing) the low 16 only. */
function bump(v: number, step: number, a16: boolean): number {
  return a16 ? (v & -65536) | ((v + step) & 0xffff) : (v + step) | 0;
}

/**
 * One string instruction, repeated under rep; a fault stops it with the completed iterations kept.
 * Under a 67 prefix (the form's asize 16) the pointers are %si/%di and the count %cx.
 */
function stringOp(S: Cpu, d: Decoded): number {
  const f = d.form;
  const size = f.size;
  const bytes = size / 8;
  const r = S.r;
  const rep = d.rep !== 0;
  const a16 = f.enc.asize === 16;
  const pm = a16 ? 0xffff : -1;
  const step = (S.fb & DF) ? -bytes : bytes;
  // The source is %ds:(%esi) unless overridden, the destination always %es:(%edi).
  const srcSeg = d.seg >= 0 ? d.seg : DS;
  const op = f.op;
  if (rep && (r[ECX]! & pm) === 0) return 0;
  if ((op === 'ins' || op === 'outs') && S.ring !== 0) return S.gp(`${f.mnemonic}: port I/O in an unprivileged context`, 0);
  // Fast bulk paths: forward movs and stos within pages of RAM.
  if (rep && !a16 && step > 0 && (op === 'movs' || op === 'stos') && ((S.segKey >> (2 * srcSeg)) & 3) === SEG_FLAT && ((S.segKey >> (2 * ES)) & 3) === SEG_FLAT) {
    const st = bulkForward(S, op, size, 0);
    if (st !== 0) return st;
    if (r[ECX] === 0) return 0;
  }
  for (;;) {
    const esi = r[ESI]! & pm, edi = r[EDI]! & pm;
    switch (op) {
      case 'movs': {
        const v = readSeg(S, srcSeg, size, esi);
        if (S.flt) return 1;
        writeSeg(S, ES, size, edi, v);
        if (S.flt) return 1;
        r[ESI] = bump(r[ESI]!, step, a16); r[EDI] = bump(r[EDI]!, step, a16);
        break;
      }
      case 'stos': {
        writeSeg(S, ES, size, edi, accOf(S, size));
        if (S.flt) return 1;
        r[EDI] = bump(r[EDI]!, step, a16);
        break;
      }
      case 'lods': {
        const v = readSeg(S, srcSeg, size, esi);
        if (S.flt) return 1;
        setAcc(S, size, v);
        r[ESI] = bump(r[ESI]!, step, a16);
        break;
      }
      case 'cmps': case 'scas': {
        // The CPU reads [%edi] first (which one faults when both would, checked natively).
        const b = readSeg(S, ES, size, edi);
        if (S.flt) return 1;
        const a = op === 'cmps' ? readSeg(S, srcSeg, size, esi) : accOf(S, size);
        if (S.flt) return 1;
        const m = size === 32 ? -1 : (1 << size) - 1;
        S.fb = materialize(S.lop, S.la, S.lb, S.lr, S.fb);
        S.lop = lazyOp(K_SUB, size); S.la = a; S.lb = b; S.lr = size === 32 ? (a - b) | 0 : (a - b) & m;
        if (op === 'cmps') r[ESI] = bump(r[ESI]!, step, a16);
        r[EDI] = bump(r[EDI]!, step, a16);
        break;
      }
      case 'ins': {
        const v = S.bus.portIn(r[EDX]! & 0xffff, bytes as 1 | 2 | 4);
        writeSeg(S, ES, size, edi, v);
        if (S.flt) return 1;
        r[EDI] = bump(r[EDI]!, step, a16);
        break;
      }
      case 'outs': {
        const v = readSeg(S, srcSeg, size, esi);
        if (S.flt) return 1;
        S.bus.portOut(r[EDX]! & 0xffff, bytes as 1 | 2 | 4, v);
        r[ESI] = bump(r[ESI]!, step, a16);
        break;
      }
      default:
        throw new Error(`internal: string op ${op}`);
    }
    if (!rep) return 0;
    r[ECX] = bump(r[ECX]!, -1, a16);
    if ((r[ECX]! & pm) === 0) return 0;
    if (f.rep === 'repcc') {
      const zf = S.lr === 0; // the last comparison is lazy SUB: ZF = (result == 0)
      if (d.rep === 0xf3 ? !zf : zf) return 0;
    }
  }
}

/**
 * rep movs / rep stos with DF=0, page chunk by page chunk on RAM. Leaves the remaining iterations
 * (element crossing a page, MMIO, overlapping copies, faults) to the element loop.
 */
function bulkForward(S: Cpu, op: string, size: number, srcBase: number): number {
  const r = S.r;
  const bytes = size / 8;
  const mem = S.mem;
  while (r[ECX] !== 0) {
    const edi = r[EDI]!;
    const esi = (r[ESI]! + srcBase) | 0;
    const dstRoom = 4096 - (edi & PAGE_MASK);
    let n = Math.min(r[ECX]! >>> 0, Math.floor(dstRoom / bytes));
    if (op === 'movs') n = Math.min(n, Math.floor((4096 - (esi & PAGE_MASK)) / bytes));
    if (n === 0) return 0;
    const hd = S.hostFor(edi, true);
    if (hd < 0) { S.flt = null; S.brk = 0; return 0; } // let the element loop raise the fault precisely
    if (op === 'movs') {
      const hs = S.hostFor(esi, false);
      if (hs < 0) { S.flt = null; S.brk = 0; return 0; }
      const len = n * bytes;
      if (hd > hs && hd < hs + len) return 0; // forward overlap replicates: element loop
      mem.u8.copyWithin(hd, hs, hs + len);
      if (mem.codeSlots[hd >>> 12] && mem.noteWrite(hd >>> 12, hd & PAGE_MASK, len, S)) S.brk = 1; // ends the block after this instruction
      r[ESI] = (r[ESI]! + len) | 0;
    } else {
      const len = n * bytes;
      const v = r[EAX]!;
      if (size === 8) mem.u8.fill(v & 0xff, hd, hd + len);
      else if (size === 32 && (hd & 3) === 0) mem.i32.fill(v, hd >> 2, (hd >> 2) + n);
      else for (let k = 0; k < len; k++) mem.u8[hd + k] = (v >>> (8 * (k % bytes))) & 0xff;
      if (mem.codeSlots[hd >>> 12] && mem.noteWrite(hd >>> 12, hd & PAGE_MASK, len, S)) S.brk = 1; // ends the block after this instruction
    }
    r[EDI] = (edi + n * bytes) | 0;
    r[ECX] = (r[ECX]! - n) | 0;
  }
  return 0;
}

/** Linear address of the explicit memory operand i for an access of `size` bytes. */
function memOperandAddr(S: Cpu, d: Decoded, i: number, size: number, write: boolean): number {
  const o = d.operands[i]!;
  if (o.kind !== 'mem') throw new Error('internal: memory operand expected');
  let a = o.disp;
  if (o.base >= 0) a += S.r[o.base]!;
  if (o.index >= 0) a += S.r[o.index]! * o.scale;
  if (o.a16) a &= 0xffff;
  return S.linear(defaultSegment(o), a | 0, size, write);
}

function operandValue(S: Cpu, d: Decoded, i: number, size: number): number {
  const o = d.operands[i]!;
  switch (o.kind) {
    case 'imm': return size === 32 ? o.value | 0 : o.value & ((1 << size) - 1);
    case 'reg': {
      const v = S.r[o.reg.gpr]!;
      if (o.reg.size === 32) return v;
      if (o.reg.size === 16) return v & 0xffff;
      return o.reg.high ? (v >> 8) & 0xff : v & 0xff;
    }
    default: throw new Error(`internal: operand ${o.kind}`);
  }
}

/**
 * Decimal adjust instructions on %al/%ah (SDM vol. 2 "DAA", "DAS", "AAA", "AAS", "AAM", "AAD").
 * The flags the SDM leaves undefined are set as Intel processors set them (measured exhaustively
 * on this project's machine; test/emulator/truth/truth.c prints them), never kept from before:
 *   daa/das  OF = 0
 *   aaa/aas  OF = 0; SF, ZF, PF of the final %al (low digit only)
 *   aam      OF = AF = CF = 0
 *   aad      every flag as `addb` of %al and (%ah * base) mod 256:  aad $10 on 0x0909 -> 0x63, AF=1
 */
function bcdHelpers(): Record<string, InsnHelper> {
  const szp = (al: number, f: number): number => (f & ~(ZF | SF | PF)) | (al === 0 ? ZF : 0) | (al & 0x80 ? SF : 0) | PARITY[al]!;
  const flagsOf = (S: Cpu): number => materialize(S.lop, S.la, S.lb, S.lr, S.fb);
  const setAx = (S: Cpu, ax: number): void => { S.r[EAX] = (S.r[EAX]! & -65536) | (ax & 0xffff); };
  const adjust = (S: Cpu, sub: boolean): number => {
    const f = flagsOf(S);
    const old = S.r[EAX]! & 0xff, oldCf = f & CF;
    let al = old, cf = 0, af = 0;
    if ((al & 0x0f) > 9 || (f & AF)) {
      const t = sub ? al - 6 : al + 6;
      cf = oldCf | (t < 0 || t > 0xff ? CF : 0);
      al = t & 0xff; af = AF;
    }
    // DAA clears CF when the high digit needs no adjustment; DAS keeps the low digit's borrow.
    if (old > 0x99 || oldCf) { al = (sub ? al - 0x60 : al + 0x60) & 0xff; cf = CF; } else if (!sub) cf = 0;
    S.r[EAX] = (S.r[EAX]! & -256) | al;
    S.fb = szp(al, (f & ~(CF | AF | OF)) | cf | af); S.lop = 0;
    return 0;
  };
  const ascii = (S: Cpu, sub: boolean): number => {
    const f = flagsOf(S);
    let ax = S.r[EAX]! & 0xffff;
    let cfaf = 0;
    if ((ax & 0x0f) > 9 || (f & AF)) {
      ax = sub ? ax - 0x106 : ax + 0x106; // AX +- 6, then AH +- 1 (SDM, current processors)
      cfaf = CF | AF;
    }
    setAx(S, (ax & 0xff0f));
    S.fb = szp(ax & 0x0f, (f & ~(CF | AF | OF)) | cfaf); S.lop = 0;
    return 0;
  };
  return {
    daa: ((S: Cpu) => adjust(S, false)) as InsnHelper,
    das: ((S: Cpu) => adjust(S, true)) as InsnHelper,
    aaa: ((S: Cpu) => ascii(S, false)) as InsnHelper,
    aas: ((S: Cpu) => ascii(S, true)) as InsnHelper,
    aam: ((S: Cpu, d: Decoded) => {
      const base = operandValue(S, d, 0, 8);
      if (base === 0) return S.de();
      const al = S.r[EAX]! & 0xff;
      const lo = al % base;
      setAx(S, (Math.floor(al / base) << 8) | lo);
      S.fb = szp(lo, flagsOf(S) & ~(OF | AF | CF)); S.lop = 0;
      return 0;
    }) as InsnHelper,
    aad: ((S: Cpu, d: Decoded) => {
      const base = operandValue(S, d, 0, 8);
      const ax = S.r[EAX]!;
      const lo = ax & 0xff, prod = (((ax >> 8) & 0xff) * base) & 0xff, al = (lo + prod) & 0xff;
      setAx(S, al);
      S.fb = materialize(lazyOp(K_ADD, 8), lo, prod, al, flagsOf(S)); S.lop = 0;
      return 0;
    }) as InsnHelper,
  };
}

/**
 * Far transfers at the current privilege (SDM vol. 2 "JMP", "CALL", "RET", "IRET", protected mode):
 * the target must be a present code segment the CPU may enter without a gate or a privilege change
 * (non-conforming: DPL = CPL and RPL <= CPL; conforming: DPL <= CPL), the offset within its limit.
 * The emulator runs flat 32-bit code segments only: a 64-bit (L) or non-flat code segment is
 * refused with #UD rather than run wrongly. On success S.eip is the target and 1 is returned.
 */
function farHelpers(): Record<string, InsnHelper> {
  const SS_ = SS;
  /** Checks and loads CS for a transfer to sel:off; 0 (done, S.eip set) or 1 after a fault. */
  const enter = (S: Cpu, sel: number, off: number, ret: boolean): number => {
    const cpl = S.ring, rpl = sel & 3, code = sel & 0xfffc;
    if ((sel & 0xfffc) === 0 && (sel & 4) === 0) return S.gp('far transfer to the null selector', 0);
    const table = sel & 4 ? S.ldt : S.gdt;
    const index = sel >>> 3;
    if (!table || index >= table.entries) return S.gp(`far transfer: selector 0x${sel.toString(16)} outside the table`, code);
    const d = table.get(index);
    if (!d || !d.codeData || (d.type & 8) === 0) return S.gp(`far transfer: selector 0x${sel.toString(16)} is not a code segment`, code);
    const conforming = (d.type & 4) !== 0;
    if (ret ? rpl !== cpl || (conforming ? d.dpl > rpl : d.dpl !== rpl) : conforming ? d.dpl > cpl : d.dpl !== cpl || rpl > cpl) {
      return S.gp(`far transfer: selector 0x${sel.toString(16)} (DPL ${d.dpl}, RPL ${rpl}) at CPL ${cpl} needs a privilege change`, code);
    }
    if (!d.present) return S.segFault('NP', `code segment 0x${sel.toString(16)} not present`, code);
    if ((off >>> 0) > d.limit) return S.gp(`far transfer: offset 0x${(off >>> 0).toString(16)} beyond the code segment limit`, 0);
    if (d.long || !d.big || d.base !== 0 || d.limit >>> 0 !== 0xffffffff) return S.ud(`far transfer to code segment 0x${sel.toString(16)}: only flat 32-bit code segments are emulated`);
    S.setSegment(CS_REG, (sel & 0xfffc) | cpl, d);
    S.eip = off | 0;
    return 0;
  };
  const pop = (S: Cpu, n: number, k: number): number => readSeg(S, SS_, 8 * n, (S.r[ESP]! + n * k) | 0);
  return {
    lret: ((S: Cpu, d: Decoded) => {
      const n = d.form.size / 8;
      const off = pop(S, n, 0); if (S.flt) return 1;
      const sel = pop(S, n, 1) & 0xffff; if (S.flt) return 1;
      if (enter(S, sel, off, true)) return 1;
      const extra = d.operands.length ? operandValue(S, d, 0, 16) : 0;
      S.r[ESP] = (S.r[ESP]! + 2 * n + extra) | 0;
      return 1;
    }) as InsnHelper,
    iret: ((S: Cpu, d: Decoded) => {
      const n = d.form.size / 8;
      if (S.fb & 0x4000) return S.ud('iret with NT set (a task return) is not emulated');
      const off = pop(S, n, 0); if (S.flt) return 1;
      const sel = pop(S, n, 1) & 0xffff; if (S.flt) return 1;
      const fl = pop(S, n, 2); if (S.flt) return 1;
      if (enter(S, sel, off, true)) return 1;
      // What popf may change at this privilege (IF and IOPL only in ring 0), RF cleared.
      const mask = (S.ring === 0 ? POPF_MASK_RING0 : POPF_MASK_USER) & (n === 4 ? -1 : 0xffff);
      S.fb = ((materialize(S.lop, S.la, S.lb, S.lr, S.fb) & ~mask) | (fl & mask) | 2) & ~0x10000; S.lop = 0;
      S.r[ESP] = (S.r[ESP]! + 3 * n) | 0;
      return 1;
    }) as InsnHelper,
    ljmpdir: ((S: Cpu, d: Decoded) => enter(S, operandValue(S, d, 0, 16), operandValue(S, d, 1, d.form.size), false) || 1) as InsnHelper,
    ljmp: ((S: Cpu, d: Decoded) => {
      const n = d.form.size / 8;
      const a = memOperandAddr(S, d, 0, n + 2, false); if (S.flt) return 1;
      const off = readSized(S, 8 * n, a); if (S.flt) return 1;
      const sel = S.rd16((a + n) | 0); if (S.flt) return 1;
      return enter(S, sel, off, false) || 1;
    }) as InsnHelper,
    lcalldir: ((S: Cpu, d: Decoded) => farCall(S, d, operandValue(S, d, 0, 16), operandValue(S, d, 1, d.form.size))) as InsnHelper,
    lcall: ((S: Cpu, d: Decoded) => {
      const n = d.form.size / 8;
      const a = memOperandAddr(S, d, 0, n + 2, false); if (S.flt) return 1;
      const off = readSized(S, 8 * n, a); if (S.flt) return 1;
      const sel = S.rd16((a + n) | 0); if (S.flt) return 1;
      return farCall(S, d, sel, off);
    }) as InsnHelper,
  };
  /** Pushes CS and the return offset (checked before the transfer), then enters sel:off. */
  function farCall(S: Cpu, d: Decoded, sel: number, off: number): number {
    const n = d.form.size / 8;
    const sp = S.r[ESP]!, cs = S.sel[CS_REG]!, ret = (d.address + d.length) & (n === 4 ? -1 : 0xffff);
    const eip = S.eip;
    if (enter(S, sel, off, false)) return 1;
    const target = S.eip;
    // The pushes fault like any push: the CPU then leaves CS:EIP as they were.
    if (writeSeg(S, SS_, 8 * n, (sp - n) | 0, cs) === 1 || writeSeg(S, SS_, 8 * n, (sp - 2 * n) | 0, ret) === 1) {
      S.setSegment(CS_REG, cs, S.gdt?.get(cs >>> 3) ?? null);
      S.eip = eip;
      return 1;
    }
    S.r[ESP] = (sp - 2 * n) | 0;
    S.eip = target;
    return 1;
  }
}

/** lar, lsl, verr, verw: ZF says whether the selector passed; lar/lsl then write what they found. */
function selectorHelpers(): Record<string, InsnHelper> {
  const run = (S: Cpu, d: Decoded): number => {
    const op = d.form.op as 'lar' | 'lsl' | 'verr' | 'verw';
    const src = d.operands[0]!;
    let sel: number;
    if (src.kind === 'mem') { const a = memOperandAddr(S, d, 0, 2, false); if (S.flt) return 1; sel = S.rd16(a); if (S.flt) return 1; } else sel = operandValue(S, d, 0, 16);
    const r = inspectSelector(op, sel, S.ring, S.gdt, S.ldt);
    S.fb = (materialize(S.lop, S.la, S.lb, S.lr, S.fb) & ~ZF) | (r.ok ? ZF : 0); S.lop = 0;
    const dst = d.operands[1];
    if (r.ok && dst && dst.kind === 'reg') S.r[dst.reg.gpr] = dst.reg.size === 32 ? r.value | 0 : (S.r[dst.reg.gpr]! & -65536) | (r.value & 0xffff);
    return 0;
  };
  return { lar: run as InsnHelper, lsl: run as InsnHelper, verr: run as InsnHelper, verw: run as InsnHelper };
}

const POPF_MASK_USER = 0x244dd5; // CF PF AF ZF SF TF DF OF NT AC ID
const POPF_MASK_RING0 = 0x247fd5; // ... plus IF and IOPL

const helpers: Record<string, InsnHelper> = {
  movs: stringOp as InsnHelper, cmps: stringOp as InsnHelper, stos: stringOp as InsnHelper,
  lods: stringOp as InsnHelper, scas: stringOp as InsnHelper, ins: stringOp as InsnHelper, outs: stringOp as InsnHelper,

  cmpxchg8b: ((S: Cpu, d: Decoded) => {
    const a = memOperandAddr(S, d, 0, 8, true); if (S.flt) return 1;
    const lo = S.rd32(a); if (S.flt) return 1;
    const hi = S.rd32((a + 4) | 0); if (S.flt) return 1;
    if (!S.probeWrite(a, 8)) return 1;
    const r = S.r;
    S.fb = materialize(S.lop, S.la, S.lb, S.lr, S.fb); S.lop = 0;
    if (lo === r[EAX] && hi === r[EDX]) {
      S.wr32(a, r[3]!); S.wr32((a + 4) | 0, r[ECX]!);
      S.fb |= 0x40;
    } else {
      // The destination is written back with its own value (SDM "CMPXCHG8B").
      S.wr32(a, lo); S.wr32((a + 4) | 0, hi);
      r[EAX] = lo; r[EDX] = hi;
      S.fb &= ~0x40;
    }
    return 0;
  }) as InsnHelper,

  popf: ((S: Cpu, d: Decoded) => {
    // popfw replaces the low 16 bits only (AC, ID ... stay).
    const size = d.form.size;
    const v = readSeg(S, SS, size, S.r[ESP]!); if (S.flt) return 1;
    const mask = (S.ring === 0 ? POPF_MASK_RING0 : POPF_MASK_USER) & (size === 32 ? -1 : 0xffff);
    const tf = S.fb & 0x100;
    S.fb = ((materialize(S.lop, S.la, S.lb, S.lr, S.fb) & ~mask) | (v & mask) | 2) & ~0x10000;
    S.lop = 0;
    S.r[ESP] = (S.r[ESP]! + size / 8) | 0;
    // TF set: the block ends here, so that the run loop single-steps from the next instruction.
    if ((S.fb & 0x100) !== tf) S.brk = 1;
    return 0;
  }) as InsnHelper,

  pusha: ((S: Cpu, d: Decoded) => {
    // Pushes eax ecx edx ebx, the original esp, ebp esi edi (their low halves for pushaw).
    const r = S.r;
    const n = d.form.size / 8;
    const sp = r[ESP]!;
    // One push after the other: a fault leaves the pushes before it in memory (as the CPU does,
    // checked natively) and the registers unchanged.
    const vals = [r[0]!, r[1]!, r[2]!, r[3]!, sp, r[5]!, r[6]!, r[7]!];
    for (let k = 0; k < 8; k++) if (writeSeg(S, SS, 8 * n, (sp - n * (k + 1)) | 0, vals[k]! & (n === 4 ? -1 : 0xffff)) === 1) return 1;
    r[ESP] = (sp - 8 * n) | 0;
    return 0;
  }) as InsnHelper,

  popa: ((S: Cpu, d: Decoded) => {
    // Pops edi esi ebp, skips the saved esp, then ebx edx ecx eax (popaw: their low halves).
    const r = S.r;
    const n = d.form.size / 8;
    const sp = r[ESP]!;
    const v: number[] = [];
    for (let k = 0; k < 8; k++) { v.push(readSeg(S, SS, 8 * n, (sp + n * k) | 0)); if (S.flt) return 1; }
    const set = (g: number, x: number): void => { r[g] = n === 4 ? x : (r[g]! & -65536) | x; };
    set(7, v[0]!); set(6, v[1]!); set(5, v[2]!); set(3, v[4]!); set(2, v[5]!); set(1, v[6]!); set(0, v[7]!);
    r[ESP] = (sp + 8 * n) | 0;
    return 0;
  }) as InsnHelper,

  enter: ((S: Cpu, d: Decoded) => {
    // SDM "ENTER", in its order: push %ebp; FrameTemp = %esp; for i = 1 .. level-1 push the word
    // at %ebp - i*n (read after the previous pushes: they may overlap it); push FrameTemp; then
    // %ebp = FrameTemp (enterw: %bp only), %esp -= size. n is 4, or 2 for enterw.
    const r = S.r;
    const n = d.form.size / 8;
    const alloc = operandValue(S, d, 0, 16);
    const level = operandValue(S, d, 1, 8) & 31;
    let sp = r[ESP]!;
    let bp = r[EBP]!;
    // Pushes one after the other, as pusha (a fault keeps the ones before it).
    const mask = n === 4 ? -1 : 0xffff;
    sp = (sp - n) | 0; if (writeSeg(S, SS, 8 * n, sp, bp & mask) === 1) return 1;
    const frame = sp;
    if (level > 0) {
      for (let i = 1; i < level; i++) {
        bp = (bp - n) | 0;
        const v = readSeg(S, SS, 8 * n, bp); if (S.flt) return 1;
        sp = (sp - n) | 0; if (writeSeg(S, SS, 8 * n, sp, v) === 1) return 1;
      }
      sp = (sp - n) | 0; if (writeSeg(S, SS, 8 * n, sp, frame & mask) === 1) return 1;
    }
    // "ENTER causes a page fault whenever a write using the final value of the stack pointer
    // would do so" (SDM vol. 2, ENTER). The real CPU (checked natively) has already stored the
    // pushes then; only the registers stay unchanged.
    const finalSp = (sp - alloc) | 0;
    if (!S.probeWrite(finalSp, n)) return 1;
    r[EBP] = n === 4 ? frame : (r[EBP]! & -65536) | (frame & 0xffff);
    r[ESP] = finalSp;
    return 0;
  }) as InsnHelper,

  ...bcdHelpers(),

  popseg: ((S: Cpu, d: Decoded) => {
    const o = d.operands[0]!;
    if (o.kind !== 'reg') throw new Error('internal: popseg');
    const n = d.form.size / 8;
    const v = readSeg(S, SS, 8 * n, S.r[ESP]!); if (S.flt) return 1;
    if (S.loadSegment(o.reg.num, v & 0xffff)) return 1;
    S.r[ESP] = (S.r[ESP]! + n) | 0;
    return 0;
  }) as InsnHelper,

  movtoseg: ((S: Cpu, d: Decoded) => {
    const src = d.operands[0]!, dst = d.operands[1]!;
    if (dst.kind !== 'reg') throw new Error('internal: movtoseg');
    if (dst.reg.num === CS_REG) return S.ud('mov to %cs');
    let v: number;
    if (src.kind === 'mem') { const a = memOperandAddr(S, d, 0, 2, false); if (S.flt) return 1; v = S.rd16(a); if (S.flt) return 1; }
    else v = operandValue(S, d, 0, 16);
    return S.loadSegment(dst.reg.num, v & 0xffff);
  }) as InsnHelper,

  ...selectorHelpers(),
  ...farHelpers(),

  lfar: ((S: Cpu, d: Decoded) => {
    // lds/les/lfs/lgs/lss: offset then selector from memory; the segment load's checks decide.
    const n = d.form.size / 8;
    const a = memOperandAddr(S, d, 0, n + 2, false); if (S.flt) return 1;
    const off = readSized(S, 8 * n, a); if (S.flt) return 1;
    const sel = S.rd16((a + n) | 0); if (S.flt) return 1;
    if (S.loadSegment(d.form.implicitWrite[0]!.num, sel)) return 1;
    const dst = d.operands[1]!;
    if (dst.kind !== 'reg') throw new Error('internal: lfar');
    S.r[dst.reg.gpr] = n === 4 ? off : (S.r[dst.reg.gpr]! & -65536) | off;
    return 0;
  }) as InsnHelper,

  in: ((S: Cpu, d: Decoded) => {
    const size = d.form.size;
    const port = d.operands[0]!.kind === 'imm' ? operandValue(S, d, 0, 8) : S.r[EDX]! & 0xffff;
    setAcc(S, size, S.bus.portIn(port, (size / 8) as 1 | 2 | 4) & (size === 32 ? -1 : (1 << size) - 1));
    return 0;
  }) as InsnHelper,

  out: ((S: Cpu, d: Decoded) => {
    const size = d.form.size;
    const port = d.operands[1]!.kind === 'imm' ? operandValue(S, d, 1, 8) : S.r[EDX]! & 0xffff;
    S.bus.portOut(port, (size / 8) as 1 | 2 | 4, accOf(S, size));
    return 0;
  }) as InsnHelper,

  hlt: ((S: Cpu, d: Decoded) => {
    S.eip = next(d);
    S.requestStop('halt', 'hlt');
    return 1;
  }) as InsnHelper,

  int: ((S: Cpu, d: Decoded) => {
    const vector = operandValue(S, d, 0, 8);
    const h = S.intHandler;
    if (!h || !h.accepts(vector)) return S.gp(`int $0x${vector.toString(16)}: no handler for this vector`, vector * 8 + 2);
    S.eip = next(d);
    const res = h.interrupt(vector, S);
    if (res && res.stop !== undefined) { S.requestStop('stop', res.stop); return 1; }
    return S.eip !== next(d) ? 1 : 0;
  }) as InsnHelper,

  cpuid: ((S: Cpu, _d: Decoded) => {
    const r = S.r;
    const leaf = r[EAX]!;
    if (leaf === 0) {
      // "TwinDriversCPU": a made-up vendor with one standard leaf.
      r[EAX] = 1; r[3] = 0x6e697754; r[EDX] = 0x76697244; r[ECX] = 0x55504372;
    } else if (leaf === 1) {
      r[EAX] = 0x6f1; r[3] = 0; r[ECX] = 1 << 23 /* popcnt */; r[EDX] = (1 << 4) | (1 << 8) | (1 << 15); // tsc cx8 cmov
    } else { r[EAX] = 0; r[3] = 0; r[ECX] = 0; r[EDX] = 0; }
    return 0;
  }) as InsnHelper,

  rdtsc: ((S: Cpu, _d: Decoded) => {
    const t = S.timeStamp();
    S.r[EAX] = t % 2 ** 32 | 0;
    S.r[EDX] = Math.floor(t / 2 ** 32) | 0;
    return 0;
  }) as InsnHelper,
};

/** The helper table the block compiler consults (ops absent here are generated inline). */
export const EXEC_HELPERS: HelperTable = helpers;
