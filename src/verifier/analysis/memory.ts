// Rule (a) of the analysis: the classes of memory access the verifier accepts — stack-relative
// (entry-esp + k within the guard, or a checked frame pointer), runtime absolute (reads of the
// ABI's variables, the stlb through a bounded entry offset, the bitmaps through a bounded text
// offset), translated (within the reach of a translation's window, or of a table delta: of a
// base's page, or of a constant's page with no other register), stack-checked — and string
// instructions on translated %esi/%edi with DF clear and a count bounded to the window; in an
// object of --svm segment, accesses on the confined %gs/%fs too (segment.ts).

import * as ISA from '../../isa/index.js';
import * as ABI from '../../svm-runtime/abi.js';
import type { InsnFacts } from '../code.js';
import * as C from '../code.js';
import * as D from './domain.js';
import { confinedOverride, stringOverride } from './segment.js';
import { State } from './state.js';
import type { TableSite } from './domain.js';

const { ECX, EDI, ESI, ESP, SREG_NAMES } = ISA;
const { PAGE_SIZE, TABLE_ENTRY_BYTES, TABLE_NO_BASE, TABLE_REACH_HI, TABLE_REACH_LO, TABLE_SHIFT, WINDOW_REACH } = ABI;
const {
  OP_REG, ROLE_DELTA, ROLE_FS_BASE, ROLE_GS_BASE, ROLE_NAMES, ROLE_NONE, ROLE_OTHER, ROLE_RETURNS, ROLE_STACK_HI, ROLE_STACK_LO,
  ROLE_STLB, ROLE_TARGETS, ROLE_VIF,
} = C;
const {
  C_STRING, CL_BAD, CL_RUNTIME, CL_STACK, CL_STKCHK, CL_TRANS, describe, hex, K_CNT, K_CONST, K_FPU, K_LIM, K_RXB, K_RXT, K_STACK, K_STKC,
  K_PGC, K_SHR, K_TDL, K_TDLC, K_TRANS, K_TXB, K_TXT, VW, M_DF, M_DFS, packFits, PAGE_MASK, reg32, RUNTIME_VAR_BYTES, STLB_BYTES, symKey, VERIFY_STACK_GUARD,
} = D;

export abstract class MemoryRules extends State {
  /** Kind and first param of the slot the last exact 4-byte stack write replaced (-1: none). */
  protected overwrittenKind = -1;
  /** The whole value of that slot (kind, id, params). */
  protected readonly overwritten = new Int32Array(VW);
  /** Proven table accesses by instruction (the miss handler's restartable faults). */
  readonly tableSites = new Map<number, TableSite>();

  // ---- memory rules (a) ---------------------------------------------------------------------------

  /**
   * Classifies the explicit memory operand of instruction i; reports a violation when it fits no
   * allowed class. `depthAdj`: %esp moves before the address is formed (pop M).
   */
  protected access(i: number, f: InsnFacts, write: boolean, depthAdj: number): number {
    const m = f.mem!;
    const size = m.size || 1;
    this.overwrittenKind = -1;
    if (m.seg >= 0) {
      // --svm segment: %gs/%fs are the confined segments (segment.ts), any address within them.
      const why = confinedOverride(m.seg, this.code.confined);
      if (why !== null) return this.bad(i, 'memory', why);
      if (write) this.stackWriteAnywhere();
      return CL_TRANS;
    }
    if (m.complex) return this.bad(i, 'memory', 'displacement is not a constant or symbol+constant');
    // The table delta of a constant's page: only D(%d) / D(,%d,1), whatever else the operand names.
    if (m.base >= 0 && this.kind(m.base) === K_TDLC) return this.tableConstAccess(i, f, m.base, write);
    if (m.index >= 0 && this.kind(m.index) === K_TDLC) return this.tableConstAccess(i, f, m.index, write);
    if (m.role > 0) return this.runtimeAccess(i, f, m.role, write);
    if (m.role === ROLE_OTHER) return this.bad(i, 'memory', `untranslated access to symbol '${m.sym}'`);
    if (m.base < 0) return this.bad(i, 'memory', m.index >= 0 ? `untranslated indexed access (%${reg32(m.index)} without a base)` : `untranslated access to absolute address ${hex(m.disp)}`);
    // Bytes reached: bt* with a register bit offset reaches base + size * (offset >> log2(bits)).
    let extent = size;
    if (f.form.bitBase && f.ops[0]!.k === OP_REG) {
      const bound = this.bound(f.ops[0]!.gpr);
      if (bound < 0) return this.bad(i, 'memory', `bit offset %${f.ops[0]!.reg!.name} is unbounded: '${f.form.mnemonic}' can reach 256 MiB either side of its operand`);
      extent = size * (Math.floor(bound / (size * 8)) + 1);
    }
    const b = m.base;
    const k = this.kind(b);
    // A table access is one whatever its base holds (a stack address too: the miss decides at run time).
    if (m.index >= 0 && this.kind(m.index) === K_TDL) return this.tableAccess(i, b, m.index, m.scale, m.disp, extent, write);
    if (b === ESP && k !== K_STACK) { this.espUse(i, 'an %esp-relative access'); return CL_BAD; }
    if (k === K_STACK) {
      if (m.index >= 0) return this.bad(i, 'memory', `stack access with index %${reg32(m.index)} is not bounds-checked`);
      const off = this.p(b, 1) + m.disp + (b === ESP ? depthAdj : 0);
      if (off <= -VERIFY_STACK_GUARD || off + extent > VERIFY_STACK_GUARD) {
        return this.bad(i, 'memory', `stack access at ${this.p(b, 2) ? 'checked-esp' : 'entry-esp'}${off >= 0 ? '+' : ''}${off} is beyond the ${VERIFY_STACK_GUARD}-byte guard`);
      }
      if (b !== ESP && (!this.depthKnown() || this.p(b, 2) !== this.origin())) {
        // A stack address of another origin than %esp's (a frame pointer across a variable frame):
        // within the guard of a stack address, but no slot of the current frame is known to be it.
        if (write) this.stackWriteAnywhere();
        this.lastStackOff = off;
        this.lastStackExact = false;
        return CL_STACK;
      }
      if (write) {
        // What the write replaces, for the transfer functions that build on it (and/or of a
        // flags word: stack-ops.ts popf).
        const so = extent === 4 ? this.slotAt(off) : -1;
        this.overwrittenKind = so >= 0 ? this.cur[so + 1]! : -1;
        if (so >= 0) this.overwritten.set(this.cur.subarray(so + 1, so + 1 + VW));
        this.stackWrite(off, extent);
      }
      this.lastStackOff = off;
      this.lastStackExact = true;
      return CL_STACK;
    }
    if (k === K_FPU) {
      // A frame pointer across a call with a return site: entry+k on the call's own return path,
      // a stack address (once checked) on every path; disp(%r) must be within the guard of both.
      if (this.p(b, 2) !== 3) return this.bad(i, 'memory', `%${reg32(b)} may hold any value here: a return into this function may have replaced it, and it was not checked against the stack after the call (or at the jump landing, which any indirect transfer may reach)`);
      if (m.index >= 0) return this.bad(i, 'memory', `stack access with index %${reg32(m.index)} is not bounds-checked`);
      const off = this.p(b, 1) + m.disp;
      if (off <= -VERIFY_STACK_GUARD || off + extent > VERIFY_STACK_GUARD || m.disp <= -VERIFY_STACK_GUARD || m.disp + extent > VERIFY_STACK_GUARD) {
        return this.bad(i, 'memory', `stack access at ${m.disp}(%${reg32(b)}) is beyond the ${VERIFY_STACK_GUARD}-byte guard`);
      }
      if (write) { this.stackWrite(off, extent); this.stackWriteAnywhere(); }
      this.lastStackOff = off;
      this.lastStackExact = false;
      return CL_STACK;
    }
    if (m.index >= 0) return this.bad(i, 'memory', `indexed access (%${reg32(b)},%${reg32(m.index)}) is not translated`);
    if (k === K_TRANS) {
      if (m.disp < 0 || m.disp + extent > WINDOW_REACH) {
        return this.bad(i, 'memory', `displacement ${m.disp} of ${extent} bytes leaves the ${WINDOW_REACH}-byte reach of the translation in %${reg32(b)}`);
      }
      // A translation may be of the running invocation's own stack (an identity window, abi.ts
      // "Stack windows"): the write may land on any word of it, tracked slots and the return
      // address included.
      if (write) this.stackWriteAnywhere();
      return CL_TRANS;
    }
    if (k === K_STKC && this.p(b, 1) === 3) {
      if (m.disp !== 0 || extent !== size) return this.bad(i, 'memory', 'stack-checked access with a displacement or bit offset');
      if (write) this.stackWriteAnywhere();
      return CL_STKCHK;
    }
    return this.bad(i, 'memory', `%${reg32(b)} is not a translated address here${describe(k, this.p(b, 1))}`);
  }

  /**
   * disp(%b,%d) with %d the table delta of %b's page (abi.ts "Tag-free translation"): the access
   * is within b's 3-page window when disp is in [TABLE_REACH_LO, TABLE_REACH_HI - extent]. It may
   * fault (a miss): the handler restarts it with %d refilled, so it must be this exact form.
   */
  private tableAccess(i: number, b: number, d: number, scale: number, disp: number, extent: number, write: boolean): number {
    const x = this.p(d, 1);
    if (scale !== 1) return this.bad(i, 'memory', `table delta %${reg32(d)} scaled by ${scale}: the access must be disp(%base,%delta,1)`);
    const of = this.kind(d) === K_TDLC ? this.holdsConstantOf(b, d) : x >= 0 && this.id(b) === x;
    if (!of || b === ESP) return this.bad(i, 'memory', `%${reg32(d)} is not the table delta of %${reg32(b)}'s page here${describe(K_TDL, 0)}`);
    if (disp < TABLE_REACH_LO || disp + extent > TABLE_REACH_HI) {
      return this.bad(i, 'memory', `displacement ${disp} of ${extent} bytes leaves the reach [${TABLE_REACH_LO}, ${TABLE_REACH_HI}) of the table window of %${reg32(b)}`);
    }
    // A table window may be the running invocation's own stack (identity entries).
    if (write) this.stackWriteAnywhere();
    if (!this.tableSites.has(i)) this.tableSites.set(i, { i, base: b, delta: d, disp });
    return CL_TRANS;
  }

  /** Does %b hold the constant X (value, role, symbol) whose page %d (K_TDLC) holds the delta of? */
  private holdsConstantOf(b: number, d: number): boolean {
    if (this.kind(b) !== K_CONST || this.p(b, 1) !== this.p(d, 1)) return false;
    const key = this.p(d, 2);
    return key === 0 ? this.p(b, 2) === ROLE_NONE : this.p(b, 2) === ROLE_OTHER && this.p(b, 3) === key;
  }

  /**
   * D(%d) or D(,%d,1), nothing else in the operand, with %d the table delta of the page of the
   * constant X = sym + c (K_TDLC, abi.ts "Constant pages"): allowed iff D is of the same symbol
   * (or both plain numbers), so the loader moves both alike, and D - X is in [TABLE_REACH_LO,
   * TABLE_REACH_HI - size]: every byte is then in the 3-page window of X's page whatever X & 0xfff
   * the loader gives. A table site (base TABLE_NO_BASE): the miss restarts it with the page of
   * X = D + anchor, D read from the installed instruction's displacement field at dispAt.
   */
  private tableConstAccess(i: number, f: InsnFacts, d: number, write: boolean): number {
    const m = f.mem!;
    const size = m.size || 1;
    const what = `%${reg32(d)} holds the table delta of a constant's page`;
    const bitReg = f.form.bitBase && f.ops[0]!.k === OP_REG;
    // disp(%b,%d,1) with %b holding that very constant: the base form (a base site).
    if (m.base >= 0 && m.index === d && m.role === ROLE_NONE && !bitReg && this.holdsConstantOf(m.base, d)) return this.tableAccess(i, m.base, d, m.scale, m.disp, size, write);
    if (m.base >= 0 && m.index >= 0) return this.bad(i, 'memory', `${what}: the access must be D(%${reg32(d)}) with no other register, not (%${reg32(m.base)},%${reg32(m.index)})`);
    if (m.index >= 0 && m.scale !== 1) return this.bad(i, 'memory', `${what}, scaled by ${m.scale}: the access must be D(%${reg32(d)}) or D(,%${reg32(d)},1)`);
    if (bitReg) return this.bad(i, 'memory', `${what}: '${f.form.mnemonic}' with a register bit offset reaches past its operand`);
    const key = m.role === ROLE_NONE ? 0 : m.role === ROLE_OTHER && m.sym !== null ? symKey(m.sym) : -1;
    const c = this.p(d, 1);
    if (key !== this.p(d, 2)) {
      return this.bad(i, 'memory', `${what}, and the displacement ${m.sym ?? hex(m.disp)} is not ${m.sym === null ? 'a plain number as that constant is' : 'of the constant\'s symbol'}: the loader may place the two apart`);
    }
    const off = m.disp - c;
    if (off < TABLE_REACH_LO || off + size > TABLE_REACH_HI) {
      return this.bad(i, 'memory', `displacement ${off} of ${size} bytes from the constant whose page %${reg32(d)} holds the delta of leaves the reach [${TABLE_REACH_LO}, ${TABLE_REACH_HI})`);
    }
    if (write) this.stackWriteAnywhere();
    // The latest run of the block is its settled state: the site's anchor is that state's. A
    // plain-number D is the site's disp (no relocation: dispAt -1); a symbol's is a 32-bit field.
    this.tableSites.set(i, { i, base: TABLE_NO_BASE, delta: d, disp: m.disp, anchor: c - m.disp, dispAt: key === 0 ? -1 : m.dispAt ?? -1 });
    return CL_TRANS;
  }

  protected runtimeAccess(i: number, f: InsnFacts, role: number, write: boolean): number {
    const m = f.mem!;
    const name = ROLE_NAMES[role]!;
    const size = m.size || 1;
    if (role === ROLE_VIF) {
      // The virtual interrupt flag: one byte the code may read and write (intflag.ts), nothing around it.
      if (m.base >= 0 || m.index >= 0 || m.disp !== 0 || size !== 1) return this.bad(i, 'memory', `${name} is a 1-byte variable: only a direct byte access is allowed`);
      return CL_RUNTIME;
    }
    if (write) return this.bad(i, 'memory', `writes the runtime's ${name}`);
    switch (role) {
      case ROLE_STLB: {
        if (m.index >= 0 || m.base < 0) return this.bad(i, 'memory', `${name} access needs a base register holding a bounded entry offset`);
        const bound = this.bound(m.base);
        if (bound < 0) return this.bad(i, 'memory', `%${reg32(m.base)} is not a bounded stlb entry offset${describe(this.kind(m.base), 0)}`);
        if (m.disp < 0 || bound + m.disp + size > STLB_BYTES) return this.bad(i, 'memory', `${name}+${m.disp}(%${reg32(m.base)}) can reach ${bound + m.disp + size} bytes into the ${STLB_BYTES}-byte stlb`);
        return CL_RUNTIME;
      }
      case ROLE_DELTA: {
        // movl __svm_delta(,%r,4),%d with %r = X >> 12: one entry of the 1M-entry table.
        const ix = m.index;
        if (m.base >= 0 || ix < 0 || m.scale !== TABLE_ENTRY_BYTES || m.disp !== 0 || size !== TABLE_ENTRY_BYTES || f.form.op !== 'mov') {
          return this.bad(i, 'memory', `${name} may only be read by 'movl ${name}(,%r,4), %d'`);
        }
        if (this.kind(ix) === K_PGC) return CL_RUNTIME; // the page of a constant: any 32-bit value >>> 12 is < TABLE_ENTRIES
        if (this.kind(ix) !== K_SHR || this.p(ix, 2) !== TABLE_SHIFT) return this.bad(i, 'memory', `%${reg32(ix)} is not a page number (no 'shrl $${TABLE_SHIFT}' of an address on this path)${describe(this.kind(ix), this.p(ix, 1))}`);
        return CL_RUNTIME;
      }
      case ROLE_FS_BASE: case ROLE_GS_BASE: case ROLE_STACK_LO: case ROLE_STACK_HI:
        if (m.base >= 0 || m.index >= 0 || m.disp < 0 || m.disp + size > RUNTIME_VAR_BYTES) return this.bad(i, 'memory', `${name} is a ${RUNTIME_VAR_BYTES}-byte variable: only a direct read is allowed`);
        return CL_RUNTIME;
      case ROLE_TARGETS: case ROLE_RETURNS: {
        const off = f.ops[0]!;
        if (f.form.op !== 'bt' || !f.form.bitBase || off.k !== OP_REG || m.base >= 0 || m.index >= 0 || m.disp !== 0) return this.bad(i, 'memory', `${name} may only be read by 'btl %r, ${name}'`);
        const k = this.kind(off.gpr);
        if (k !== K_TXB && k !== K_TXT && k !== K_RXB && k !== K_RXT) return this.bad(i, 'indirect', `bit offset %${reg32(off.gpr)} is not a bounded text offset (no 'cmpl $__svm_text_size; jae' on this path)`);
        return CL_RUNTIME;
      }
      default:
        return this.bad(i, 'memory', `'${name}' is not a runtime variable that code may read`);
    }
  }


  // ---- string instructions ----------------------------------------------------------------------

  protected string(i: number, f: InsnFacts): void {
    const form = f.form;
    const io = form.stringIo!;
    const elem = form.size / 8;
    if (f.seg >= 0) { this.bad(i, 'memory', stringOverride(f.seg)); return; }
    const backward = this.cur[M_DFS] === 1;
    if (!this.cur[M_DF] && !backward) { this.bad(i, 'memory', 'string instruction where DF is not known (clear or set: the chunk bound depends on the direction)'); return; }
    let ok = true;
    for (const [use, ptr] of [[io.src !== 'none', ESI], [io.dst !== 'none', EDI]] as const) {
      if (!use) continue;
      if (this.kind(ptr) !== K_TRANS) {
        ok = false;
        this.bad(i, 'memory', `%${reg32(ptr)} is not a translated address here${describe(this.kind(ptr), 0)}`);
        continue;
      }
      if (!f.rep) continue;
      const x = this.p(ptr, 1);
      if (!this.countFits(x, elem, backward)) {
        ok = false;
        this.bad(i, 'memory', backward
          ? `count %ecx is not bounded to the window of %${reg32(ptr)} going down (DF set: needs min(%ecx, ((ptr & ${PAGE_MASK}) >> ${Math.log2(elem)}) + 1) of the same pointer)`
          : `count %ecx is not bounded to the window of %${reg32(ptr)} (needs min(%ecx, (${PAGE_SIZE + elem - 1} - (ptr & ${PAGE_MASK})) >> ${Math.log2(elem)}) of the same pointer)`);
      }
    }
    if (ok) this.rc[C_STRING]!++;
    // A string write through a translation may land on the running invocation's stack.
    if (io.dst === 'w' || io.dst === 'rw') this.stackWriteAnywhere();
  }

  protected countFits(x: number, elem: number, backward: boolean): boolean {
    const k = this.kind(ECX);
    if (k === K_CONST && this.p(ECX, 2) === ROLE_NONE) {
      const n = this.p(ECX, 1) >>> 0;
      // A constant count: forward within the window's reach; backward only one element (the
      // pointer may be at the start of its page).
      return backward ? n <= 1 : n * elem <= WINDOW_REACH;
    }
    if (x < 0) return false;
    const check = (bx: number, pack: number): boolean => bx === x && packFits(pack, elem, backward);
    if (k === K_LIM) return check(this.p(ECX, 1), this.p(ECX, 2));
    if (k === K_CNT) return check(this.p(ECX, 1), this.p(ECX, 2)) || (this.p(ECX, 3) >= 0 && check(this.p(ECX, 3), this.p(ECX, 4)));
    return false;
  }

}
