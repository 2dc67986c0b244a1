// Transfer functions of the data instructions (after the memory rules have classified the
// explicit access): moves, lea, add/sub, shr, and, neg, xor, cmp, bt, cmov, xchg, and the
// table-effects fallback for everything else. These carry the proof steps of the inserted
// sequences (fast path: shr -> and -> xor stlb -> cmp/ja -> add stlb+4; strings; target and
// return-site checks) as value kinds (domain.ts).

import * as ISA from '../../isa/index.js';
import * as ABI from '../../svm-runtime/abi.js';
import type { InsnFacts } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import { MemoryRules } from './memory.js';

const { DF, ESP } = ISA;
const { OP_IMM, OP_MEM, OP_REG, ROLE_DELTA, ROLE_INST_TEXT, ROLE_NONE, ROLE_OTHER, ROLE_STACK_HI, ROLE_STACK_LO, ROLE_STLB, ROLE_TARGETS, ROLE_RETURNS, ROLE_VM_TEXT } = C;
const {
  CC_A, CL_RUNTIME, CL_STACK, describe, ENTRY_MASK, ENTRY_SHIFT, F_BT, F_CMPI, F_CMPM, F_CMPRR, F_NONE, F_OFF, K_CHK, K_CNT, K_CONST, K_DELTA,
  K_ENTRY, K_FPU, K_HIT, K_TDL, K_STKC, K_LIM, K_LIMRAW, K_NEGPG, K_NONE, K_PGOFF, K_RXO, K_SHR, K_STACK, K_TRANS, K_TXO, K_TXT, K_XV, K_AND,
  K_BLIMRAW, constParams, K_FLAGS, K_NSR, K_PGC, K_SAFEFL, K_STATUS, K_TDLC, M_DF, M_DFS, PACK_BACK, PACK_MAX_C, packLim, PAGE_MASK, STATUS_FLAGS, VERIFY_STACK_GUARD, VW,
} = D;
const { TABLE_SHIFT } = ABI;

export abstract class DataOps extends MemoryRules {
  protected generic(i: number, f: InsnFacts): void {
    let w = f.wmask;
    if (w & (1 << ESP)) {
      this.bad(i, 'stack', `'${f.form.mnemonic}' writes %esp in a way the verifier cannot follow (a variable frame sets %esp from a register checked against the stack bounds: abi.ts "Variable frames")`);
      this.espUnknown();
      w &= ~(1 << ESP);
    }
    for (let r = 0; w; r++, w >>= 1) if (w & 1) this.def(r, i);
    if (f.form.flags.write !== 0) this.cur[F_OFF] = F_NONE;
    if (f.form.flags.write & DF) { this.cur[M_DF] = 0; this.cur[M_DFS] = 0; }
  }

  /**
   * %esp := register r + disp (a register copy or lea): a stack address of known origin keeps its
   * frame; a frame pointer or stack pointer checked against the stack bounds (FPU or STKC with both
   * bits) starts a frame at it; anything else leaves %esp unchecked.
   */
  protected espFrom(i: number, r: number, disp: number): void {
    const k = this.kind(r);
    if (k === K_STACK) { if (r !== ESP || this.espUse(i, "a copy of %esp into %esp")) this.setEsp(i, this.p(r, 1) + disp, this.p(r, 2)); return; }
    if (k === K_FPU && this.p(r, 2) === 3) {
      // The frame restarts at a checked stack address, origin+k on the call's own return path.
      // What was known about its slots is not, but FPU facts (saved frame pointers: anything
      // unless checked) hold of whatever the words are.
      this.forgetSlotsButFpu();
      this.setEsp(i, this.p(r, 1) + disp, this.p(r, 3));
      return;
    }
    if (k === K_STKC && this.p(r, 1) === 3 && r !== ESP) {
      if (this.id(r) < 0) this.name(r, i);
      this.setEsp(i, disp, this.id(r));
      return;
    }
    this.bad(i, 'stack', `%esp loaded with a value that is not a known stack address${describe(k, 0)}`);
    this.espUnknown();
  }

  protected isReg32(f: InsnFacts, k: number): boolean {
    const o = f.ops[k]!;
    return o.k === OP_REG && o.reg!.cls === 'r32';
  }

  protected mov(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (this.isReg32(f, 1)) {
      const d = dst.gpr;
      if (d === ESP) {
        if (src.k === OP_REG && src.gpr >= 0) { this.espFrom(i, src.gpr, 0); return; }
        if (src.k === OP_MEM && cl === CL_RUNTIME && f.mem!.role === ROLE_STACK_HI && f.mem!.base < 0 && f.mem!.index < 0 && f.mem!.disp === 0) {
          // %esp := the top of the driver stack (the esp-check's fault path, sites/frame.ts): a
          // stack address, the origin of a new frame.
          this.setEsp(i, 0, i * 8 + ESP);
          return;
        }
        this.bad(i, 'stack', '%esp loaded with a value that is not a known stack address');
        this.espUnknown();
        return;
      }
      if (src.k === OP_REG && src.reg!.cls === 'r32') { this.copyReg(d, src.gpr, i); return; }
      if (src.k === OP_IMM) { this.def(d, i); this.setKind(d, K_CONST, ...constParams(src)); return; }
      if (src.k === OP_MEM && cl === CL_RUNTIME && f.mem!.role === ROLE_DELTA) {
        // movl __svm_delta(,%r,4),%d: the delta of the page of the value %r was shifted from,
        // or of the constant's page (abi.ts "Constant pages").
        const ix = f.mem!.index, x = this.p(ix, 1);
        const pgc = this.kind(ix) === K_PGC, key = this.p(ix, 2);
        this.def(d, i);
        if (pgc) this.setKind(d, K_TDLC, x, key);
        else this.setKind(d, K_TDL, x);
        return;
      }
      if (src.k === OP_MEM && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4) {
        const so = this.slotAt(this.lastStackOff);
        // The slot and d hold the same value, under d's id: a check of d's value is one of the slot's.
        if (so >= 0) { this.loadSlot(d, so, i); this.cur[so + 2] = this.id(d); return; }
        this.def(d, i);
        this.recordSlot(this.lastStackOff, d);
        return;
      }
      this.def(d, i);
      return;
    }
    if (dst.k === OP_MEM && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4) {
      if (src.k === OP_REG && src.reg!.cls === 'r32') this.storeSlot(this.lastStackOff, src.gpr * VW, 0);
      else if (src.k === OP_IMM) this.storeSlotKind(this.lastStackOff, this.born(i, 0), K_CONST, ...constParams(src));
      return;
    }
    this.generic(i, f);
  }

  protected lea(i: number, f: InsnFacts): void {
    const m = f.mem!;
    if (!this.isReg32(f, 1)) { this.generic(i, f); return; }
    const d = f.ops[1]!.gpr;
    let stack = false, k = 0, copyFrom = -1;
    if (m.base >= 0 && m.index < 0 && m.role === ROLE_NONE && !m.complex && m.seg < 0) {
      // lea (%r), %d is a copy whatever %r holds (the same value, so the same id on every visit).
      if (m.disp === 0) copyFrom = m.base;
      else if (this.kind(m.base) === K_STACK) { stack = true; k = this.p(m.base, 1) + m.disp; }
    }
    if (d === ESP) {
      if (copyFrom >= 0) { this.espFrom(i, copyFrom, 0); return; }
      if (stack) {
        if (m.base === ESP && !this.espUse(i, "'lea' of %esp into %esp")) return;
        this.setEsp(i, k, this.p(m.base, 2));
        return;
      }
      if (m.base >= 0 && m.index < 0 && m.role === ROLE_NONE && !m.complex && m.seg < 0 && m.disp > -VERIFY_STACK_GUARD && m.disp < VERIFY_STACK_GUARD) {
        // As `movl %ebp, %esp` (a frame pointer checked where a return may have replaced it), then disp.
        this.espFrom(i, m.base, m.disp);
        return;
      }
      this.bad(i, 'stack', '%esp set by lea to an address that is not a known stack address');
      this.espUnknown();
      return;
    }
    if (stack) { this.def(d, i); this.setKind(d, K_STACK, k, this.p(m.base, 2)); return; }
    if (copyFrom >= 0) { this.copyReg(d, copyFrom, i); return; }
    this.def(d, i);
  }

  protected addSub(i: number, f: InsnFacts, add: boolean): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1)) { this.generic(i, f); return; }
    const d = dst.gpr;
    const cur = this.cur;
    const pureImm = src.k === OP_IMM && src.role === ROLE_NONE;
    if (d === ESP) {
      if (pureImm) {
        if (this.espUse(i, `'${f.form.mnemonic} $${src.imm}' of %esp`)) this.setDepth(i, this.depth() + (add ? src.imm : -src.imm));
        return;
      }
      this.bad(i, 'stack', `%esp ${add ? 'increased' : 'decreased'} by ${src.k === OP_IMM ? 'a non-constant' : 'a variable'} amount (a variable frame sets %esp from a register checked against the stack bounds: abi.ts "Variable frames")`);
      this.espUnknown();
      return;
    }
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
    let nk = K_NONE, n1 = 0, n2 = 0;
    if (pureImm) {
      const c = add ? src.imm : -src.imm;
      if (k === K_STACK) { nk = K_STACK; n1 = p1 + c; n2 = p2; }
      else if (k === K_NEGPG) { nk = K_LIMRAW; n1 = p1; n2 = c; }
      // Backward string bounds: ((X & page mask) >>> s) + c (sites/string.ts with DF set).
      else if (k === K_PGOFF && c >= 0 && c < PACK_MAX_C) { nk = K_LIM; n1 = p1; n2 = PACK_BACK | packLim(c, 0); }
      else if (k === K_BLIMRAW && c >= 0 && c < PACK_MAX_C) { nk = K_LIM; n1 = p1; n2 = PACK_BACK | packLim(c, p2); }
      else if (k === K_LIMRAW && Math.abs(p2 + c) < PACK_MAX_C) { nk = K_LIMRAW; n1 = p1; n2 = p2 + c; }
    } else if (src.k === OP_IMM) {
      if (!add && src.role === ROLE_VM_TEXT && src.imm === 0) nk = K_TXO;
      else if (add && src.role === ROLE_INST_TEXT && src.imm === 0 && k === K_TXT) nk = K_CHK;
      // A return address (this instance's code address) as an offset in this instance's text.
      else if (!add && src.role === ROLE_INST_TEXT && src.imm === 0 && idd >= 0) { nk = K_RXO; n1 = idd; }
    } else if (src.k === OP_REG && src.reg!.cls === 'r32') {
      const s = src.gpr;
      if (s === d && !add) { this.def(d, i); this.setKind(d, K_CONST, 0, ROLE_NONE); return; }
      if (!add && k === K_TRANS && p1 >= 0 && this.id(s) === p1) { nk = K_DELTA; n1 = p1; }
      else if (add && this.kind(s) === K_DELTA && idd >= 0 && this.p(s, 1) === idd) { nk = K_TRANS; n1 = idd; }
      else if (add && k === K_DELTA && this.id(s) >= 0 && this.id(s) === p1) { nk = K_TRANS; n1 = p1; }
    } else if (src.k === OP_MEM && add) {
      // addl __svm_stlb+4(%e), %T on the hit path: the mapped window of the matched entry.
      const m = f.mem!;
      if (m.role === ROLE_STLB && m.disp === 4 && m.base >= 0 && m.index < 0 && k === K_HIT &&
        this.id(m.base) === p2 && this.kind(m.base) === K_ENTRY && this.p(m.base, 1) === p1) { nk = K_TRANS; n1 = p1; }
    }
    this.def(d, i);
    if (nk !== K_NONE) this.setKind(d, nk, n1, n2);
    cur[F_OFF] = F_NONE;
  }

  protected shr(i: number, f: InsnFacts): void {
    const cnt = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1) || cnt.k !== OP_IMM || cnt.role !== ROLE_NONE || dst.gpr === ESP) { this.generic(i, f); return; }
    const d = dst.gpr;
    const s = cnt.imm & 31;
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2), p3 = this.p(d, 3);
    this.def(d, i);
    if (s === 0) { this.generic(i, f); return; }
    // The page of a constant sym + c (plain or relocated, never a runtime symbol's).
    if (k === K_CONST && s === TABLE_SHIFT && (p2 === ROLE_NONE || (p2 === ROLE_OTHER && p3 > 0))) this.setKind(d, K_PGC, p1, p3);
    else if (k === K_LIMRAW && p2 >= PAGE_MASK && p2 < PACK_MAX_C) this.setKind(d, K_LIM, p1, packLim(p2, s));
    else if (k === K_PGOFF) this.setKind(d, K_BLIMRAW, p1, s);
    else if (idd >= 0) this.setKind(d, K_SHR, idd, s);
  }

  protected and(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (dst.k === OP_MEM && src.k === OP_IMM && src.role === ROLE_NONE && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4 &&
      ((src.imm >>> 0) & ~STATUS_FLAGS) === 0) {
      // andl $status, k(%esp): the word keeps status flags only (a popf operand: intflag.ts).
      this.generic(i, f);
      this.storeSlotKind(this.lastStackOff, this.born(i, 0), K_STATUS);
      return;
    }
    if (!this.isReg32(f, 1) || src.k !== OP_IMM || src.role !== ROLE_NONE) { this.generic(i, f); return; }
    const d = dst.gpr;
    if (d === ESP) { this.generic(i, f); return; }
    const mask = src.imm >>> 0;
    const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
    this.def(d, i);
    if (k === K_FLAGS && mask === (~STATUS_FLAGS >>> 0)) this.setKind(d, K_NSR, p1);
    else if (k === K_SHR && p2 === ENTRY_SHIFT && mask === ENTRY_MASK) this.setKind(d, K_ENTRY, p1, mask);
    else if (mask === PAGE_MASK && idd >= 0) this.setKind(d, K_PGOFF, idd);
    else if (mask < 0x80000000) this.setKind(d, K_AND, mask);
  }

  /**
   * orl %r, k(%esp) with %r a real flags image without its status flags and the slot a word with
   * status flags only: the slot now holds a word popf may load (its other bits are the real ones).
   */
  protected or(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    const slotWas = this.overwrittenKind;
    if (dst.k === OP_MEM && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4 && src.k === OP_REG && src.reg!.cls === 'r32' &&
      slotWas === K_STATUS && this.kind(src.gpr) === K_NSR) {
      const df = this.p(src.gpr, 1);
      this.generic(i, f);
      this.storeSlotKind(this.lastStackOff, this.born(i, 0), K_SAFEFL, df);
      return;
    }
    this.generic(i, f);
  }

  protected neg(i: number, f: InsnFacts): void {
    if (!this.isReg32(f, 0) || f.ops[0]!.gpr === ESP) { this.generic(i, f); return; }
    const d = f.ops[0]!.gpr;
    const k = this.kind(d), p1 = this.p(d, 1);
    this.def(d, i);
    if (k === K_PGOFF) this.setKind(d, K_NEGPG, p1);
  }

  protected xor(i: number, f: InsnFacts): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    if (!this.isReg32(f, 1) || dst.gpr === ESP) { this.generic(i, f); return; }
    const d = dst.gpr;
    if (src.k === OP_REG && src.gpr === d) { this.def(d, i); this.setKind(d, K_CONST, 0, ROLE_NONE); return; }
    const m = f.mem;
    if (src.k === OP_MEM && m && m.role === ROLE_STLB && m.disp === 0 && m.base >= 0 && m.index < 0) {
      const e = m.base;
      const k = this.kind(d), idd = this.id(d), p1 = this.p(d, 1), p2 = this.p(d, 2);
      if (this.kind(e) === K_ENTRY) {
        const x = this.p(e, 1);
        if (k === K_XV && p2 === this.id(e) && p1 === x) {
          // (va ^ tag) ^ tag: the value va again (the slow stub recovers it).
          const o = d * VW;
          this.cur[o] = K_NONE; this.cur[o + 1] = x; this.cur[o + 2] = 0; this.cur[o + 3] = 0; this.cur[o + 4] = 0; this.cur[o + 5] = 0;
          return;
        }
        if (idd >= 0 && idd === x) {
          const eid = this.id(e);
          this.def(d, i);
          this.setKind(d, K_XV, x, eid);
          return;
        }
      }
    }
    this.def(d, i);
  }

  protected cmp(f: InsnFacts): void {
    const cur = this.cur;
    const src = f.ops[0]!;
    cur[F_OFF] = F_NONE;
    if (!this.isReg32(f, 1)) return;
    const a = f.ops[1]!.gpr;
    const ida = this.id(a);
    if (ida < 0) return;
    if (src.k === OP_IMM) { cur[F_OFF] = F_CMPI; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = src.imm; cur[F_OFF + 3] = src.role; return; }
    const m = f.mem;
    if (src.k === OP_MEM && m && (m.role === ROLE_STACK_LO || m.role === ROLE_STACK_HI) && m.base < 0 && m.index < 0 && m.disp === 0) {
      cur[F_OFF] = F_CMPM; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = m.role === ROLE_STACK_LO ? 1 : 2; return;
    }
    if (src.k === OP_REG && src.reg!.cls === 'r32' && this.id(src.gpr) >= 0) {
      cur[F_OFF] = F_CMPRR; cur[F_OFF + 1] = ida; cur[F_OFF + 2] = this.id(src.gpr);
    }
  }

  protected bt(f: InsnFacts): void {
    const cur = this.cur;
    cur[F_OFF] = F_NONE;
    const m = f.mem, off = f.ops[0]!;
    if (m && (m.role === ROLE_TARGETS || m.role === ROLE_RETURNS) && off.k === OP_REG && off.reg!.cls === 'r32' && this.id(off.gpr) >= 0) {
      cur[F_OFF] = F_BT; cur[F_OFF + 1] = this.id(off.gpr); cur[F_OFF + 2] = m.role; cur[F_OFF + 3] = 0;
    }
  }

  /** LIM bounds of a register's value: pairs (X, pack). */
  protected bounds(r: number, out: number[]): void {
    const k = this.kind(r);
    if (k === K_LIM) out.push(this.p(r, 1), this.p(r, 2));
    else if (k === K_LIMRAW && this.p(r, 2) >= PAGE_MASK && this.p(r, 2) < PACK_MAX_C) out.push(this.p(r, 1), packLim(this.p(r, 2), 0));
    else if (k === K_CNT) {
      out.push(this.p(r, 1), this.p(r, 2));
      if (this.p(r, 3) >= 0) out.push(this.p(r, 3), this.p(r, 4));
    }
  }

  protected readonly bnd: number[] = [];

  protected cmov(i: number, f: InsnFacts): void {
    const src = f.ops[0]!, dst = f.ops[1]!;
    const cur = this.cur;
    if (this.isReg32(f, 1) && src.k === OP_REG && src.reg!.cls === 'r32' && f.form.cc === CC_A && cur[F_OFF] === F_CMPRR &&
      cur[F_OFF + 1] === this.id(dst.gpr) && cur[F_OFF + 2] === this.id(src.gpr) && dst.gpr !== ESP) {
      // cmpl %b,%a; cmova %b,%a: a := min_unsigned(a, b) — bounded by every bound of a or b.
      const bnd = this.bnd;
      bnd.length = 0;
      this.bounds(src.gpr, bnd);
      this.bounds(dst.gpr, bnd);
      this.def(dst.gpr, i);
      if (bnd.length >= 2) {
        let x2 = -1, c2 = 0;
        for (let k = 2; k < bnd.length; k += 2) if (bnd[k] !== bnd[0]) { x2 = bnd[k]!; c2 = bnd[k + 1]!; break; }
        this.setKind(dst.gpr, K_CNT, bnd[0]!, bnd[1]!, x2, c2);
      }
      return;
    }
    this.generic(i, f);
  }

  protected xchg(i: number, f: InsnFacts, cl: number): void {
    const a = f.ops[0]!, b = f.ops[1]!;
    const r = a.k === OP_REG ? a : b, m = a.k === OP_MEM ? a : b;
    if (r.k === OP_REG && m.k === OP_MEM && r.reg!.cls === 'r32' && r.gpr !== ESP && cl === CL_STACK && this.lastStackExact && f.mem!.size === 4) {
      // xchgl %r, k(%esp): the slot gets %r's value, %r the slot's (known if it was tracked).
      const had = this.overwrittenKind >= 0;
      this.tmp.set(this.overwritten.subarray(0, VW));
      this.storeSlot(this.lastStackOff, r.gpr * VW, this.born(i, 0));
      this.def(r.gpr, i);
      if (had) { this.cur.set(this.tmp.subarray(0, VW), r.gpr * VW); this.name(r.gpr, i); }
      return;
    }
    if (a.k === OP_REG && b.k === OP_REG && a.reg === b.reg) return; // xchg %ax,%ax: a no-op
    if (a.k === OP_REG && b.k === OP_REG && a.reg!.cls === 'r32' && b.reg!.cls === 'r32' && a.gpr !== ESP && b.gpr !== ESP) {
      const t = this.tmp;
      t.set(this.cur.subarray(a.gpr * VW, a.gpr * VW + VW));
      this.copyReg(a.gpr, b.gpr, i);
      this.cur.set(t.subarray(0, VW), b.gpr * VW);
      return;
    }
    this.generic(i, f);
  }

}
