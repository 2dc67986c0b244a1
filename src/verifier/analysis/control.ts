// Transfer functions of control flow, and the per-instruction dispatch (step): conditional jumps
// with path-sensitive refinement (the checks of the inserted sequences take effect on the edge
// where they held), direct and checked indirect jumps, tail transfers, calls (into the runtime,
// to the module, to externals; a listed return site makes the callee-saved registers unknown), and
// `ret` through a return-site-checked word or a checked trampoline slot.

import * as ISA from '../../isa/index.js';
import type { InsnFacts } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import { StackOps } from './stack-ops.js';

const { EAX, ECX, EDX, ESP } = ISA;
const {
  isRuntimeNoreturn, isRuntimeRoutine, OP_IMM, OP_REG, ROLE_CALL_XLATE, ROLE_NAMES, ROLE_NONE, ROLE_RETURNS, ROLE_SLOW, ROLE_TEXT_SIZE,
  SEM_ADD, SEM_AND, SEM_BT, SEM_CALL, SEM_CALLIND, SEM_CLD, SEM_CMOV, SEM_CMP, SEM_ENTER, SEM_JCC, SEM_JMP, SEM_JMPIND, SEM_LEA,
  SEM_LEAVE, SEM_MOV, SEM_NEG, SEM_POP, SEM_POPA, SEM_POPF, SEM_PUSH, SEM_PUSHA, SEM_PUSHF, SEM_PUSHSEG, SEM_RET, SEM_SHR,
  SEM_OR, SEM_STD, SEM_STOP, SEM_STRING, SEM_SUB, SEM_XCHG, SEM_XOR, TGT_BAD, TGT_EXTERNAL, TGT_INTERNAL,
} = C;
const {
  B_DF, B_FLAGS, B_MEM, B_MEMW, B_PRIV, C_INDIRECT, C_RETURNS, CALLEE_SAVED, CC_AE, CC_B, CC_BE, CC_E, CL_NONE, describe, F_BT,
  F_CMPI, F_CMPM, F_CMPRR, F_NONE, F_OFF, K_CHK, K_FPU, K_HIT, K_RETOK, K_RXB, K_RXO, K_RXT, K_STACK, K_STKC, K_TRANS, K_TXB,
  K_TXO, K_TXT, K_XV, M_DF, M_DFS, M_REACH, M_RET, NSLOT, PAGE_MASK, reg32, SL_OFF, SLOT_EMPTY, SW, VERIFY_STACK_GUARD, VW,
} = D;

export abstract class Control extends StackOps {
  /** Flow along an edge into the block starting at instruction `to` (the fixpoint's business). */
  protected abstract edge(to: number, st: Int32Array, e: number): void;
  /** A checked indirect jump: it may land on any jump landing of its region. */
  protected abstract landings(i: number, st: Int32Array): void;

  // ---- the transfer function ---------------------------------------------------------------------

  protected step(i: number): void {
    const f = this.code.facts[i]!;
    const cur = this.cur;
    const sem = this.sems[i]!;
    const bits = this.bits[i]!;
    if (bits & B_PRIV) this.bad(i, 'privileged', `privileged instruction '${f.form.mnemonic}' (${f.form.privilege})`);
    // Explicit memory operand.
    let cl = CL_NONE;
    if (bits & B_MEM) {
      if (sem === SEM_CALLIND || sem === SEM_JMPIND) {
        this.bad(i, 'indirect', `indirect ${sem === SEM_CALLIND ? 'call' : 'jump'} through memory (load the target into a register and check it)`);
      } else {
        cl = this.access(i, f, (bits & B_MEMW) !== 0, sem === SEM_POP ? f.form.size / 8 : 0);
        if (cl > 0) this.rc[cl]!++;
      }
    }
    switch (sem) {
      case SEM_MOV: this.mov(i, f, cl); break;
      case SEM_LEA: this.lea(i, f); break;
      case SEM_ADD: case SEM_SUB: this.addSub(i, f, sem === SEM_ADD); break;
      case SEM_SHR: this.shr(i, f); break;
      case SEM_AND: this.and(i, f, cl); break;
      case SEM_OR: this.or(i, f, cl); break;
      case SEM_NEG: this.neg(i, f); break;
      case SEM_XOR: this.xor(i, f); break;
      case SEM_CMP: this.generic(i, f); this.cmp(f); return;
      case SEM_BT: this.generic(i, f); this.bt(f); return;
      case SEM_CMOV: this.cmov(i, f); break;
      case SEM_XCHG: this.xchg(i, f, cl); break;
      case SEM_PUSH: this.push(i, f, cl); break;
      case SEM_PUSHSEG: this.pushAnon(i, f.form.stackBytes); break;
      case SEM_PUSHF: this.pushf(i, f); break;
      case SEM_PUSHA: this.pushAnon(i, f.form.stackBytes); break;
      case SEM_POP: this.pop(i, f, cl); break;
      case SEM_POPF: this.popf(i, f); break;
      case SEM_POPA: this.popa(i, f); break;
      case SEM_LEAVE: this.leave(i, f); break;
      case SEM_ENTER: this.enter(i, f); break;
      case SEM_CLD: cur[M_DF] = 1; cur[M_DFS] = 0; break;
      case SEM_STD: cur[M_DF] = 0; cur[M_DFS] = 1; break;
      case SEM_STRING: this.string(i, f); this.generic(i, f); break;
      case SEM_JCC: this.generic(i, f); this.jcc(i, f); return;
      case SEM_JMP: this.jmp(i); return;
      case SEM_JMPIND: this.jmpInd(i, f); return;
      case SEM_CALL: this.call(i, f); return;
      case SEM_CALLIND: this.callInd(i, f); return;
      case SEM_RET: this.ret(i, f); return;
      case SEM_STOP: cur[M_REACH] = 0; return;
      default: this.generic(i, f);
    }
    if (bits & B_FLAGS) cur[F_OFF] = F_NONE;
    if (bits & B_DF) { cur[M_DF] = 0; cur[M_DFS] = 0; }
  }


  /** Table effects only: every register written gets a new, unknown value. */
  // ---- control flow -------------------------------------------------------------------------------

  protected jcc(i: number, f: InsnFacts): void {
    const code = this.code;
    const cc = f.form.cc;
    const tmp = this.tmp;
    const tk = code.tgtKind[i]!;
    if (tk === TGT_INTERNAL) {
      tmp.set(this.cur);
      if (cc !== undefined) this.refine(tmp, cc);
      this.edge(code.tgt[i]!, tmp, this.takenEdge[i]!);
    } else if (tk === TGT_EXTERNAL) {
      this.tailCall(i);
    } else if (tk === TGT_BAD) {
      this.bad(i, 'control', `jump target ${code.tgtName[i]}`);
    }
    if (cc !== undefined) this.refine(this.cur, cc ^ 1);
  }

  /** The state on an edge where condition `cc` holds. */
  protected refine(st: Int32Array, cc: number): void {
    const fk = st[F_OFF]!;
    if (fk === F_NONE || fk === F_CMPRR) return;
    const id = st[F_OFF + 1]!;
    let from = -1, to = -1, bit = 0;
    if (fk === F_CMPI) {
      const c = st[F_OFF + 2]! >>> 0, role = st[F_OFF + 3]!;
      if (role === ROLE_NONE) {
        // value <= le (unsigned) on this edge
        const le = cc === CC_B ? c - 1 : cc === CC_BE || cc === CC_E ? c : -1;
        if (le >= 0 && le <= PAGE_MASK) { from = K_XV; to = K_HIT; }
      } else if (role === ROLE_TEXT_SIZE && st[F_OFF + 2] === 0 && cc === CC_B) { from = K_TXO; to = K_TXB; }
    } else if (fk === F_CMPM) {
      if (st[F_OFF + 2] === 1 && cc === CC_AE) bit = 1;
      else if (st[F_OFF + 2] === 2 && cc === CC_B) bit = 2;
    } else if (fk === F_BT) {
      // Each bitmap proves its own kind of target: a set bit of one is no bit of the other.
      if (cc === CC_B) {
        if (st[F_OFF + 2] === ROLE_RETURNS) { from = K_RXB; to = K_RXT; } else { from = K_TXB; to = K_TXT; }
      }
    }
    if (from < 0 && !bit) return;
    for (let r = 0; r < 8; r++) {
      const o = r * VW;
      if (st[o + 1] !== id) continue;
      if (bit) {
        if (st[o] === K_STKC && r === ESP) {
          // The stack pointer checked against both bounds: the origin of a frame (abi.ts "Variable frames").
          st[o + 2]! |= bit;
          if (st[o + 2] === 3) this.rebaseEsp(st, id);
        } else if (st[o] === K_STKC) st[o + 2]! |= bit;
        else if (st[o] === K_FPU) st[o + 3]! |= bit;
        else if (st[o] === K_STACK) continue; // entry+k already: a stack address that stays exact
        else { st[o] = K_STKC; st[o + 2] = bit; st[o + 3] = 0; st[o + 4] = 0; st[o + 5] = 0; }
      } else if (st[o] === from || (from === K_TXO && st[o] === K_RXO)) {
        st[o] = st[o] === K_RXO ? K_RXB : to;
        if (to === K_RXT) this.returnChecked(st, st[o + 2]!);
      }
    }
  }

  /**
   * %esp (in state st) passed the stack check: from here it is origin + 0 for a new origin, the id
   * of the checked value; slots of the old frame are forgotten and the return address is no longer
   * known to be at depth 0 (tail transfers are refused; returns are checked anyway).
   */
  protected rebaseEsp(st: Int32Array, id: number): void {
    const o = ESP * VW;
    st[o] = K_STACK; st[o + 1] = -1; st[o + 2] = 0; st[o + 3] = id; st[o + 4] = 0; st[o + 5] = 0;
    for (let k = 0; k < NSLOT; k++) st[SL_OFF + k * SW] = SLOT_EMPTY;
    st[M_RET] = 0;
  }

  /** The return-site check of value X held: stack slots holding X hold a checked return address. */
  protected returnChecked(st: Int32Array, x: number): void {
    if (x < 0) return;
    for (let k = 0; k < NSLOT; k++) {
      const so = SL_OFF + k * SW;
      if (st[so] === SLOT_EMPTY || st[so + 2] !== x) continue;
      st[so + 1] = K_RETOK; st[so + 3] = 0; st[so + 4] = 0; st[so + 5] = 0; st[so + 6] = 0;
    }
  }

  protected jmp(i: number): void {
    const code = this.code;
    const tk = code.tgtKind[i]!;
    if (tk === TGT_INTERNAL) this.edge(code.tgt[i]!, this.cur, this.takenEdge[i]!);
    else if (tk === TGT_EXTERNAL) this.tailCall(i);
    else this.bad(i, 'control', `jump target ${code.tgtName[i]}`);
    this.cur[M_REACH] = 0;
  }

  /** A jump out of the module: the target returns to our caller, so the frame must be gone. */
  protected tailCall(i: number): void {
    const code = this.code;
    const role = code.tgtRole[i]!;
    if (role > 0) { this.bad(i, 'control', `jump to the runtime's ${ROLE_NAMES[role]}`); return; }
    if (!this.depthKnown() || this.depth() !== 0 || this.origin() !== 0) {
      this.bad(i, 'stack', `tail jump to '${code.tgtName[i]}' with the stack not back at the entry depth (depth ${this.depthKnown() && this.origin() === 0 ? this.depth() : 'unknown'})`);
    } else if (!this.cur[M_RET]) {
      this.bad(i, 'stack', `tail jump to '${code.tgtName[i]}': the return address it would return through may have been overwritten (a stack-checked write, or a return into this function)`);
    }
  }

  protected jmpInd(i: number, f: InsnFacts): void {
    const op = f.ops[0]!;
    if (op.k === OP_REG) {
      if (this.kind(op.gpr) === K_CHK) {
        this.rc[C_INDIRECT]!++;
        this.checkedJump(i);
      } else this.bad(i, 'indirect', `jump through %${reg32(op.gpr)}, which is not a checked target here${describe(this.kind(op.gpr), 0)}`);
    }
    this.cur[M_REACH] = 0;
  }

  /**
   * A checked indirect jump (through a register, or `ret` to a checked slot) at the current depth:
   * a jump-table dispatch lands on its function's landings; any other one is a tail transfer,
   * whose target will return to our caller: the frame must be gone and the return address intact.
   */
  protected checkedJump(i: number): void {
    if (this.landingsByRegion.has(this.code.region[i]!)) { this.landings(i, this.cur); return; }
    if (!this.depthKnown() || this.depth() !== 0 || this.origin() !== 0 || !this.cur[M_RET]) {
      this.bad(i, 'indirect', `indirect jump out of a frame (stack depth ${this.depth()}): its target would return through a word of this frame`);
    }
  }

  /**
   * Effects of a call that returns: caller-saved registers and the frame's slots are unknown — but
   * a slot that held a stack address origin+k (a saved frame pointer, the DRAP pointer of a
   * realigned frame) becomes FPU(k): origin+k if nothing wrote it, anything otherwise, so usable
   * only once checked against the stack again (as a frame pointer register after a return site).
   */
  protected callClobber(i: number): void {
    this.def(EAX, i); this.def(ECX, i); this.def(EDX, i);
    const cur = this.cur;
    this.slotsMayBeWritten();
    cur[F_OFF] = F_NONE;
    cur[M_DF] = 1;
    cur[M_DFS] = 0;
    // A callee handed a pointer into this frame (through the stack window, or an upcall's
    // copy-out) may write any word of it, the return address included.
    cur[M_RET] = 0;
  }

  /**
   * After a call whose return site is listed: any checked `ret` may land there, so nothing is known
   * of the callee-saved registers either; a stack address k among them becomes FPU(k) (entry+k
   * only on the call's own return path); the word at depth 0 is no longer known to be ours.
   */
  protected hostile(i: number): void {
    if (!this.retSite[this.code.next[i]!]) return;
    for (const r of CALLEE_SAVED) {
      const k = this.kind(r), p1 = this.p(r, 1), p2 = this.p(r, 2), p3 = this.p(r, 3);
      this.def(r, i);
      // A stack address origin+k: FPU(k) of that origin (its frame, if a check says it is a stack address).
      if (k === K_STACK) this.setKind(r, K_FPU, p1, 0, p2);
      else if (k === K_FPU) this.setKind(r, K_FPU, p1, 0, p3);
    }
    this.cur[M_RET] = 0;
  }

  protected callDepth(i: number, f: InsnFacts): boolean {
    if (!this.espUse(i, 'a call')) return false;
    if (this.depth() - f.form.stackBytes <= -VERIFY_STACK_GUARD) { this.bad(i, 'stack', 'call beyond the stack guard'); return false; }
    return true;
  }

  protected call(i: number, f: InsnFacts): void {
    const code = this.code;
    const cur = this.cur;
    const tk = code.tgtKind[i]!;
    this.callDepth(i, f);
    if (tk === TGT_BAD) { this.bad(i, 'control', `call target ${code.tgtName[i]}`); this.callClobber(i); return; }
    if (tk === TGT_EXTERNAL) {
      const role = code.tgtRole[i]!;
      if (role > 0) {
        if (!isRuntimeRoutine(role)) { this.bad(i, 'control', `call to the runtime variable ${code.tgtName[i]}`); this.callClobber(i); return; }
        if (isRuntimeNoreturn(role)) { cur[M_REACH] = 0; return; }
        // __svm_slow / __svm_call_xlate: every register preserved; the slot on top of the stack
        // (the argument) is replaced by the translation / the checked target.
        cur[F_OFF] = F_NONE;
        if (!this.depthKnown()) return;
        const d = this.depth();
        const so = this.slotAt(d);
        const x = so >= 0 ? cur[so + 2]! : -1;
        if (role === ROLE_SLOW) {
          this.storeSlotKind(d, this.born(i, 2), K_TRANS, 0);
          cur[this.slotAt(d) + 3] = x;
        } else if (role === ROLE_CALL_XLATE) this.storeSlotKind(d, this.born(i, 2), K_CHK);
        return;
      }
      // A dom0 routine "that never returns" (abi.ts NORETURN) is not trusted to keep that promise:
      // its call is analysed as any other, so the code after it is verified too.
    }
    this.callClobber(i);
    this.hostile(i);
  }

  protected callInd(i: number, f: InsnFacts): void {
    const op = f.ops[0]!;
    this.callDepth(i, f);
    if (op.k === OP_REG) {
      if (this.kind(op.gpr) === K_CHK) this.rc[C_INDIRECT]!++;
      else this.bad(i, 'indirect', `call through %${reg32(op.gpr)}, which is not a checked target here${describe(this.kind(op.gpr), 0)}`);
    }
    this.callClobber(i);
    this.hostile(i);
  }

  protected ret(i: number, f: InsnFacts): void {
    const cur = this.cur;
    cur[M_REACH] = 0;
    if (f.ops.length && f.ops[0]!.k === OP_IMM && f.ops[0]!.imm !== 0) {
      this.bad(i, 'stack', `'ret $${f.ops[0]!.imm}' pops the caller's arguments: the caller's stack depth would be wrong`);
      return;
    }
    if (!this.espUse(i, 'ret')) return;
    const d = this.depth();
    const so = this.slotAt(d);
    if (so >= 0 && cur[so + 1] === K_RETOK) {
      // A return through a checked word: to a return site or out through the runtime. Its caller
      // (or whichever return site it reaches) assumes DF clear.
      if ((d !== 0 || this.origin() !== 0) && !this.anyDepth) this.bad(i, 'indirect', this.origin() !== 0 ? 'return in a frame restarted at a checked %esp (not the entry frame: restore %esp from the frame pointer first)' : `return at stack depth ${d} (not the entry depth)`);
      else if (!cur[M_DF]) this.bad(i, 'memory', 'return where DF is not known to be clear (a return site assumes it is)');
      else this.rc[C_RETURNS]!++;
      return;
    }
    if (so >= 0 && cur[so + 1] === K_CHK) {
      // The trampoline: a checked target in the top slot; `ret` jumps there, one slot up.
      this.rc[C_INDIRECT]!++;
      cur[M_REACH] = 1;
      this.setDepth(i, d + f.form.stackBytes);
      this.checkedJump(i);
      cur[M_REACH] = 0;
      return;
    }
    this.bad(i, 'indirect', `return through the word at stack depth ${d} without the return-site check (movl (%esp),%r; subl $__svm_inst_text,%r; cmpl $__svm_text_size,%r; jae; btl %r,__svm_returns; jnc) on every path`);
  }

}
