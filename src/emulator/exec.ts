// Semantics of the instructions the block compiler does not inline: string instructions (with
// rep/repe/repne, DF, segment override, page-chunked fast paths), cmpxchg8b, popf/pusha/popa/enter,
// segment loads, port I/O, int/hlt/cpuid/rdtsc. Keyed by form.op; operand facts come from the
// decoded instruction and its form.
//
// Contract (see codegen.ts `sync`): the CPU state is fully written back before the call (registers
// in cpu.r, lazy flags in cpu.lop/la/lb/lr/fb, cpu.eip = this instruction). A helper returns 0 to
// continue with the next instruction, or 1 to leave the block at cpu.eip. On a fault it sets
// cpu.flt (through the CPU's accessors or raise helpers), leaves cpu.eip at the instruction and
// changes no architectural state — except that string instructions keep the iterations they
// completed (esi/edi/ecx consistent, as the hardware does).

import type { Decoded } from '../isa/decoder.js';
import { DF } from '../isa/flags.js';
import type { HelperTable, InsnHelper } from './codegen.js';
import type { Cpu } from './cpu.js';
import { K_SUB, lazyOp, materialize } from './flags.js';
import { PAGE_MASK } from './memory.js';

const ECX = 1, ESI = 6, EDI = 7, EAX = 0, EDX = 2, ESP = 4, EBP = 5;

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
function segBase(S: Cpu, seg: number): number {
  return seg === 4 ? S.fsb : seg === 5 ? S.gsb : 0;
}

/** One string instruction, repeated under rep; a fault stops it with the completed iterations kept. */
function stringOp(S: Cpu, d: Decoded): number {
  const f = d.form;
  const size = f.size;
  const bytes = size / 8;
  const r = S.r;
  const rep = d.rep !== 0;
  const step = (S.fb & DF) ? -bytes : bytes;
  const srcBase = segBase(S, d.seg);
  const op = f.op;
  if (rep && r[ECX] === 0) return 0;
  if ((op === 'ins' || op === 'outs') && S.ring !== 0) return S.gp(`${f.mnemonic}: port I/O in an unprivileged context`, 0);
  // Fast bulk paths: forward movs and stos within pages of RAM.
  if (rep && step > 0 && (op === 'movs' || op === 'stos')) {
    const st = bulkForward(S, op, size, srcBase);
    if (st !== 0) return st;
    if (r[ECX] === 0) return 0;
  }
  for (;;) {
    const esi = r[ESI]!, edi = r[EDI]!;
    switch (op) {
      case 'movs': {
        const v = readSized(S, size, (esi + srcBase) | 0);
        if (S.flt) return 1;
        writeSized(S, size, edi, v);
        if (S.flt) return 1;
        r[ESI] = (esi + step) | 0; r[EDI] = (edi + step) | 0;
        break;
      }
      case 'stos': {
        writeSized(S, size, edi, accOf(S, size));
        if (S.flt) return 1;
        r[EDI] = (edi + step) | 0;
        break;
      }
      case 'lods': {
        const v = readSized(S, size, (esi + srcBase) | 0);
        if (S.flt) return 1;
        setAcc(S, size, v);
        r[ESI] = (esi + step) | 0;
        break;
      }
      case 'cmps': case 'scas': {
        const a = op === 'cmps' ? readSized(S, size, (esi + srcBase) | 0) : accOf(S, size);
        if (S.flt) return 1;
        const b = readSized(S, size, edi);
        if (S.flt) return 1;
        const m = size === 32 ? -1 : (1 << size) - 1;
        S.fb = materialize(S.lop, S.la, S.lb, S.lr, S.fb);
        S.lop = lazyOp(K_SUB, size); S.la = a; S.lb = b; S.lr = size === 32 ? (a - b) | 0 : (a - b) & m;
        if (op === 'cmps') r[ESI] = (esi + step) | 0;
        r[EDI] = (edi + step) | 0;
        break;
      }
      case 'ins': {
        const v = S.bus.portIn(r[EDX]! & 0xffff, bytes as 1 | 2 | 4);
        writeSized(S, size, edi, v);
        if (S.flt) return 1;
        r[EDI] = (edi + step) | 0;
        break;
      }
      case 'outs': {
        const v = readSized(S, size, (esi + srcBase) | 0);
        if (S.flt) return 1;
        S.bus.portOut(r[EDX]! & 0xffff, bytes as 1 | 2 | 4, v);
        r[ESI] = (esi + step) | 0;
        break;
      }
      default:
        throw new Error(`internal: string op ${op}`);
    }
    if (!rep) return 0;
    r[ECX] = (r[ECX]! - 1) | 0;
    if (r[ECX] === 0) return 0;
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

function memOperandAddr(S: Cpu, d: Decoded, i: number): number {
  const o = d.operands[i]!;
  if (o.kind !== 'mem') throw new Error('internal: memory operand expected');
  let a = o.disp;
  if (o.base >= 0) a += S.r[o.base]!;
  if (o.index >= 0) a += S.r[o.index]! * o.scale;
  return (a + segBase(S, o.seg)) | 0;
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

const POPF_MASK_USER = 0x244dd5; // CF PF AF ZF SF TF DF OF NT AC ID
const POPF_MASK_RING0 = 0x247fd5; // ... plus IF and IOPL

const helpers: Record<string, InsnHelper> = {
  movs: stringOp as InsnHelper, cmps: stringOp as InsnHelper, stos: stringOp as InsnHelper,
  lods: stringOp as InsnHelper, scas: stringOp as InsnHelper, ins: stringOp as InsnHelper, outs: stringOp as InsnHelper,

  cmpxchg8b: ((S: Cpu, d: Decoded) => {
    const a = memOperandAddr(S, d, 0);
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

  popf: ((S: Cpu, _d: Decoded) => {
    const v = S.rd32(S.r[ESP]!); if (S.flt) return 1;
    const mask = S.ring === 0 ? POPF_MASK_RING0 : POPF_MASK_USER;
    S.fb = ((S.fb & ~mask) | (v & mask) | 2) & ~0x10000;
    S.lop = 0;
    S.r[ESP] = (S.r[ESP]! + 4) | 0;
    return 0;
  }) as InsnHelper,

  pusha: ((S: Cpu, _d: Decoded) => {
    const r = S.r;
    const sp = r[ESP]!;
    if (!S.probeWrite((sp - 32) | 0, 32)) return 1;
    const vals = [r[0]!, r[1]!, r[2]!, r[3]!, sp, r[5]!, r[6]!, r[7]!];
    for (let k = 0; k < 8; k++) S.wr32((sp - 4 * (k + 1)) | 0, vals[k]!);
    r[ESP] = (sp - 32) | 0;
    return 0;
  }) as InsnHelper,

  popa: ((S: Cpu, _d: Decoded) => {
    const r = S.r;
    const sp = r[ESP]!;
    const v: number[] = [];
    for (let k = 0; k < 8; k++) { v.push(S.rd32((sp + 4 * k) | 0)); if (S.flt) return 1; }
    r[7] = v[0]!; r[6] = v[1]!; r[5] = v[2]!; r[3] = v[4]!; r[2] = v[5]!; r[1] = v[6]!; r[0] = v[7]!;
    r[ESP] = (sp + 32) | 0;
    return 0;
  }) as InsnHelper,

  enter: ((S: Cpu, d: Decoded) => {
    const r = S.r;
    const alloc = operandValue(S, d, 0, 16);
    const level = operandValue(S, d, 1, 8) & 31;
    let sp = r[ESP]!;
    let bp = r[EBP]!;
    // All reads and writes first; registers change only when everything succeeded.
    const pushes: number[] = [bp];
    const frame = (sp - 4) | 0;
    if (level > 0) {
      for (let i = 1; i < level; i++) {
        bp = (bp - 4) | 0;
        pushes.push(S.rd32(bp)); if (S.flt) return 1;
      }
      pushes.push(frame);
    }
    if (!S.probeWrite((sp - 4 * pushes.length) | 0, 4 * pushes.length)) return 1;
    for (const v of pushes) { sp = (sp - 4) | 0; S.wr32(sp, v); }
    // "ENTER causes a page fault whenever a write using the final value of the stack pointer
    // would do so" (SDM vol. 2, ENTER). The real CPU (checked natively) has already stored the
    // pushes then; only the registers stay unchanged.
    const finalSp = (sp - alloc) | 0;
    if (!S.probeWrite(finalSp, 4)) return 1;
    r[EBP] = frame;
    r[ESP] = finalSp;
    return 0;
  }) as InsnHelper,

  popseg: ((S: Cpu, d: Decoded) => {
    const o = d.operands[0]!;
    if (o.kind !== 'reg') throw new Error('internal: popseg');
    const v = S.rd32(S.r[ESP]!); if (S.flt) return 1;
    S.loadSegment(o.reg.num, v & 0xffff);
    S.r[ESP] = (S.r[ESP]! + 4) | 0;
    return 0;
  }) as InsnHelper,

  movtoseg: ((S: Cpu, d: Decoded) => {
    const src = d.operands[0]!, dst = d.operands[1]!;
    if (dst.kind !== 'reg') throw new Error('internal: movtoseg');
    let v: number;
    if (src.kind === 'mem') { v = S.rd16(memOperandAddr(S, d, 0)); if (S.flt) return 1; }
    else v = operandValue(S, d, 0, 16);
    S.loadSegment(dst.reg.num, v & 0xffff);
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
