// Transfer functions of the stack instructions: push (of a register, a constant, a stack word),
// pushf/popf (popf only restores a slot pushf saved), pop, pusha/popa, leave, enter (level 0).
// %esp only moves by the form's constant (Form.stackBytes) and stays within the guard.

import * as ISA from '../../isa/index.js';
import type { InsnFacts } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import { DataOps } from './data-ops.js';

const { EBP, ESP } = ISA;
const { OP_IMM, OP_MEM, OP_REG } = C;
const { C_FLAGS, CL_STACK, constParams, describe, F_NONE, F_OFF, K_CONST, K_FLAGS, K_FPU, K_SAFEFL, K_STACK, K_STKC, M_DF, M_DFS, VW } = D;

export abstract class StackOps extends DataOps {
  protected pushDepth(i: number, bytes: number): boolean {
    if (!this.espUse(i, 'a push')) return false;
    this.setDepth(i, this.depth() - bytes);
    if (!this.depthKnown()) return false;
    this.stackWrite(this.depth(), bytes);
    return true;
  }

  protected push(i: number, f: InsnFacts, cl: number): void {
    const src = f.ops[0]!;
    const bytes = f.form.stackBytes;
    if (bytes !== 4) { this.pushAnon(i, bytes); return; }
    let vo = -1;
    let stackSlot = -1;
    if (src.k === OP_REG && src.reg!.cls === 'r32') {
      if (src.gpr === ESP) {
        const d = this.depth(), o = this.origin();
        if (!this.pushDepth(i, 4)) return;
        this.storeSlotKind(this.depth(), this.born(i, 0), K_STACK, d);
        this.cur[this.slotAt(this.depth()) + 4] = o;
        return;
      }
      vo = src.gpr * VW;
    } else if (src.k === OP_MEM && cl === CL_STACK && this.lastStackExact) stackSlot = this.slotAt(this.lastStackOff);
    if (stackSlot >= 0) { this.tmp.set(this.cur.subarray(stackSlot + 1, stackSlot + 1 + VW)); }
    if (!this.pushDepth(i, 4)) return;
    if (src.k === OP_IMM) { this.storeSlotKind(this.depth(), this.born(i, 0), K_CONST, ...constParams(src)); return; }
    if (stackSlot >= 0) {
      this.storeSlot(this.depth(), -1, 0);
      const o = this.slotAt(this.depth());
      this.cur.set(this.tmp.subarray(0, VW), o + 1);
      return;
    }
    this.storeSlot(this.depth(), vo, this.born(i, 0));
  }

  protected pushAnon(i: number, bytes: number): void {
    this.pushDepth(i, bytes);
  }

  protected pushf(i: number, f: InsnFacts): void {
    const df = this.cur[M_DF]! | (this.cur[M_DFS]! << 1);
    if (!this.pushDepth(i, f.form.stackBytes)) return;
    this.storeSlotKind(this.depth(), this.born(i, 1), K_FLAGS, df);
  }

  protected pop(i: number, f: InsnFacts, cl: number): void {
    const dst = f.ops[0]!;
    const bytes = f.form.stackBytes;
    if (!this.espUse(i, 'a pop')) {
      if (dst.k === OP_REG && dst.gpr >= 0 && dst.gpr !== ESP) this.def(dst.gpr, i);
      return;
    }
    const d = this.depth();
    if (dst.k === OP_REG && dst.reg!.cls === 'r32') {
      if (dst.gpr === ESP) {
        // popl %esp of a slot holding a checked stack address (sites/frame.ts, no free register):
        // a frame starts there.
        const so = this.slotAt(d);
        if (so >= 0 && this.cur[so + 1] === K_STKC && this.cur[so + 3] === 3) {
          this.setEsp(i, 0, this.cur[so + 2]! >= 0 ? this.cur[so + 2]! : i * 8 + ESP);
          return;
        }
        this.bad(i, 'stack', '%esp popped from the stack');
        this.espUnknown();
        return;
      }
      const so = this.slotAt(d);
      if (so >= 0) this.loadSlot(dst.gpr, so, i);
      else this.def(dst.gpr, i);
      this.setDepth(i, d + bytes);
      return;
    }
    if (dst.k === OP_REG && dst.gpr >= 0) this.def(dst.gpr, i);
    // pop M: the memory write was classified (and any stack slot it hit forgotten) by access().
    void cl;
    this.setDepth(i, d + bytes);
  }

  protected popf(i: number, f: InsnFacts): void {
    const cur = this.cur;
    if (!this.espUse(i, 'popf')) return;
    const d = this.depth();
    const so = this.slotAt(d);
    if (so < 0 || (cur[so + 1] !== K_FLAGS && cur[so + 1] !== K_SAFEFL)) {
      this.bad(i, 'privileged', "privileged instruction 'popfl' (intflag): the word it pops is neither a pushf slot restored unchanged nor masked to its status flags (abi.ts) on every path");
      cur[M_DF] = 0; cur[M_DFS] = 0;
    } else {
      // Both kinds carry the real flags' other bits: only the status flags (and DF as saved) change.
      cur[M_DF] = cur[so + 3]! & 1;
      cur[M_DFS] = (cur[so + 3]! >> 1) & 1;
      this.rc[C_FLAGS]!++;
    }
    cur[F_OFF] = F_NONE;
    this.setDepth(i, d + f.form.stackBytes);
  }

  protected popa(i: number, f: InsnFacts): void {
    this.espUse(i, 'popa');
    for (let r = 0; r < 8; r++) if (r !== ESP) this.def(r, i);
    if (this.depthKnown()) this.setDepth(i, this.depth() + f.form.stackBytes);
  }

  protected leave(i: number, f: InsnFacts): void {
    if ((this.kind(EBP) === K_FPU && this.p(EBP, 2) === 3) || (this.kind(EBP) === K_STKC && this.p(EBP, 1) === 3)) {
      // %esp := a checked stack address (the frame restarts there), %ebp := the word it held.
      this.espFrom(i, EBP, 0);
      this.def(EBP, i);
      if (this.depthKnown()) this.setDepth(i, this.depth() + f.form.stackBytes);
      return;
    }
    if (this.kind(EBP) !== K_STACK) {
      this.bad(i, 'stack', `'leave' with %ebp not a known stack address${describe(this.kind(EBP), 0)}`);
      this.espUnknown();
      this.def(EBP, i);
      return;
    }
    const k = this.p(EBP, 1);
    this.setEsp(i, k, this.p(EBP, 2));
    if (!this.depthKnown()) return;
    const so = this.slotAt(k);
    if (so >= 0) this.loadSlot(EBP, so, i);
    else this.def(EBP, i);
    this.setDepth(i, k + f.form.stackBytes);
  }

  protected enter(i: number, f: InsnFacts): void {
    const size = f.ops[0]!.imm & 0xffff, level = f.ops[1]!.imm & 0xff;
    if (level !== 0) { this.bad(i, 'stack', `'enter' with nesting level ${level}`); this.espUnknown(); this.def(EBP, i); return; }
    if (!this.pushDepth(i, f.form.stackBytes)) return;
    this.storeSlot(this.depth(), EBP * VW, 0);
    this.def(EBP, i);
    this.setKind(EBP, K_STACK, this.depth(), this.origin());
    this.setDepth(i, this.depth() - size);
  }

}
