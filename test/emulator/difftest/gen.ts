// Random single-instruction cases for the differential test, over every executable form of the
// instruction table (round-robin, so each form gets its share), encoded with src/isa/encoder.ts.
//
// What is generated: random register operands (all eight GPRs, high byte registers), immediates
// biased to edge values, memory operands with every addressing shape (disp-only, base, base+disp8,
// SIB with scale, %esp base) aimed into the data buffer, segment overrides (es/ss/ds; cs on reads),
// lock on memory forms, random EFLAGS and DF, rep/repe/repne with counts 0..20, shift/rotate counts
// 0..31 (and larger, masked), bt with memory bit offsets, div operands that avoid #DE except in a
// dedicated 5% of division cases, branch targets on a "taken" landing pad.
//
// Prefixes the CPU decodes: 16-bit operand size (the table's 16-bit forms, and a 66 on forms that
// ignore it), 16-bit addressing (67: ModRM memory operands with %bx/%bp/%si/%di, the addr16 string,
// jcxz, loopw, xlat and moffs forms; and a 67 on forms without addressing), segment overrides on
// forms without memory operands, and rep/repne on non-string one-byte-map forms. Below 64 KiB
// nothing is mapped natively (mmap_min_addr), so every 16-bit access and every branch to a target
// truncated to 16 bits faults: the test checks the vector, the faulting address and the state.
//
// Blocks (nextBlock): 2..6 instructions run through the block compiler (not single-stepped): the
// first any case, the rest on the same registers with absolute memory operands and no patched
// data; a conditional branch inside is a side exit to the taken landing. A flag one instruction
// leaves undefined must not be read by a later one (table facts), so the comparison masks only
// the flags still undefined at the end.
//
// Segment loads (mov/pop %sreg, lds ... lss) get selectors from SELECTORS; every segment override
// is generated (the emulator runs with the GDT of a Linux 32-bit process, as the runner does).
//
// Not generated (documented limits): int $n (a real system call natively), cpuid/rdtsc (model- and
// time-dependent), 16-bit shld/shrd counts above 16 (undefined result), TF/AC in popped flags
// (they trap or check alignment natively); forms the emulator does not execute (Form.exec false:
// x87, SSE, far transfers, lar/lsl/verr/verw, system forms) are outside the test.

import type { DecodedOperand } from '../../../src/isa/decoder.js';
import { encode } from '../../../src/isa/encoder.js';
import { FORMS, gprOfSize, regByNum, undefinedFlags, type Form, type OperandSpec } from '../../../src/isa/index.js';
import { Rng } from '../../support/rng.js';
import { CODE_BASE, DATA_BASE, DATA_SIZE, fillBuffer, MAX_CODE, PAD, type CaseInput, type Patch } from './format.js';

/** Ops left out of the differential test (see the header). */
export const EXCLUDED_OPS: ReadonlySet<string> = new Set(['int', 'cpuid', 'rdtsc']);

/**
 * Selectors a segment load is given: the process's data and code segments (0x2b, 0x23, 0x33), the
 * null selector, an RPL variant, an empty TLS slot (0x63), a kernel segment (0x18), an LDT selector
 * (no LDT: #GP) and one beyond the GDT. Never 0x7b (its limit is the CPU number).
 */
const SELECTORS = [0x2b, 0x2b, 0x23, 0x33, 0, 3, 0x28, 0x63, 0x18, 0x0f, 0x1f8];
/**
 * Targets of far transfers: mostly the process's code segment, else a data segment, null, kernel
 * code (DPL 0), an LDT selector, one beyond the GDT. Never 0x33: the CPU would switch to 64-bit mode.
 */
const FAR_SELECTORS = [0x23, 0x23, 0x23, 0x2b, 0, 0x10, 0x08, 0x0f, 0x1f8, 0x20];

export const DIFF_FORMS: readonly Form[] = FORMS.filter((f) => f.exec && !f.asmOnly && !EXCLUDED_OPS.has(f.op));

export interface GenCase extends CaseInput {
  /** Run through the block compiler (a block of several instructions), not single-stepped. */
  readonly block: boolean;
  readonly form: Form;
  readonly operands: readonly DecodedOperand[];
  /** Flags the table leaves undefined for this execution. */
  readonly undef: number;
  readonly text: string;
}

const ESP = 4, EBP = 5, ECX = 1, ESI = 6, EDI = 7, EAX = 0, EDX = 2, EBX = 3;

/** The registers a block's later instructions run on, and where each is placed. */
interface SeqState { readonly regs: readonly number[]; readonly address: number }
const STACK_LO = DATA_BASE + 6144, STACK_HI = DATA_BASE + 7168;
const MEM_LO = DATA_BASE + 2048, MEM_HI = DATA_BASE + 5120;

const EDGE32 = [0, 1, 2, -1, -2, 0x7fffffff, -0x80000000, 0x80, 0x7f, 0xff, 0x100, 0xffff, 0x8000, 0x10000, 31, 32, 33];

export class CaseGenerator {
  private readonly rng: Rng;
  private k = 0;
  private order: Form[] = [];
  private readonly words = new Int32Array(DATA_SIZE / 4);

  constructor(seed: number, readonly forms: readonly Form[] = DIFF_FORMS) {
    this.rng = new Rng(seed);
  }

  /** Next case: forms are visited in shuffled rounds. */
  next(): GenCase {
    if (this.k >= this.order.length) {
      this.order = [...this.forms];
      for (let i = this.order.length - 1; i > 0; i--) {
        const j = this.rng.int(i + 1);
        [this.order[i], this.order[j]] = [this.order[j]!, this.order[i]!];
      }
      this.k = 0;
    }
    const form = this.order[this.k++]!;
    for (let attempt = 0; ; attempt++) {
      const c = this.tryCase(form, attempt >= 30);
      if (c) return c;
    }
  }

  private val32(): number {
    const r = this.rng;
    const p = r.next();
    if (p < 0.2) return r.pick(EDGE32) | 0;
    if (p < 0.35) return r.int(256);
    return r.u32() | 0;
  }

  private imm(spec: OperandSpec, form: Form, index: number): number {
    const r = this.rng;
    const nb = spec.encBytes ?? 4;
    if (form.cls === 'shift' && index === 0) return r.bool(0.9) ? r.int(32) : r.int(256);
    if (form.op === 'enter') return index === 0 ? (r.bool(0.5) ? r.int(64) : r.int(65536)) : (r.bool(0.7) ? r.int(5) : r.int(256));
    if ((form.op === 'bt' || form.op === 'bts' || form.op === 'btr' || form.op === 'btc')) return r.int(256);
    const v = this.val32();
    if (nb === 1) return spec.signExt ? (v << 24) >> 24 : v & 0xff;
    if (nb === 2) return spec.signExt ? (v << 16) >> 16 : v & 0xffff;
    return v | 0;
  }

  /**
   * Next case: a block of 2..6 instructions through the block compiler (see the header), or a
   * single instruction when no block could be made.
   */
  nextBlock(): GenCase {
    const r = this.rng;
    const first = this.next();
    if (first.form.flow !== 'seq' && !(first.form.op === 'jcc')) return first;
    const n = 1 + r.int(5);
    const parts: GenCase[] = [first];
    let code = [...first.code];
    // Flags left undefined and not rewritten since (no later instruction may read them), and every
    // flag any instruction leaves undefined (the block may stop early at a fault or side exit).
    let undef = first.undef, undefAny = first.undef;
    const seq: SeqState = { regs: first.regs, address: CODE_BASE + code.length };
    // Once %esp holds another value than the generator gave it (the first instruction wrote it),
    // no stack access follows: it could land in the native runner's own memory.
    const espWritten = first.operands.some((o, k) => o.kind === 'reg' && o.reg.gpr === ESP && first.form.operands[k]!.role !== 'r');
    const forms = espWritten ? this.seqForms.filter((f) => f.implicitMem === 'none') : this.seqForms;
    for (let k = 0; k < n; k++) {
      let c: GenCase | null = null;
      for (let attempt = 0; attempt < 20 && !c; attempt++) c = this.tryCase(r.pick(forms), false, { ...seq, address: CODE_BASE + code.length });
      if (!c || code.length + c.code.length > MAX_CODE) break;
      if (c.form.flags.read & undef) break;
      // A shift or rotate by a masked count of 0 writes no flag.
      const kill = this.countOf(c.form, c.operands, c.regs) === 0 ? 0 : c.form.flags.write & ~c.undef;
      undef = (undef & ~kill) | c.undef;
      undefAny |= c.undef;
      parts.push(c);
      code = [...code, ...c.code];
    }
    if (parts.length === 1) return first;
    return {
      ...first, block: true, code: Uint8Array.from(code), undef: undefAny,
      text: parts.map((p) => p.text).join('; '),
    };
  }

  /** Forms a block may continue with: no branches but Jcc, no strings, nothing that needs patched data. */
  private seqFormsCache: Form[] | null = null;
  private get seqForms(): Form[] {
    return (this.seqFormsCache ??= this.forms.filter((f) => (f.flow === 'seq' || f.op === 'jcc') && f.implicitMem !== 'string' &&
    !['popf', 'pushseg', 'enter', 'leave', 'popa', 'iret', 'xlat'].includes(f.op)));
  }

  private tryCase(form: Form, allowDE: boolean, seq?: SeqState): GenCase | null {
    const r = this.rng;
    const regs = seq ? [...seq.regs] : Array.from({ length: 8 }, () => this.val32());
    if (!seq) regs[ESP] = (STACK_LO + 4 * r.int((STACK_HI - STACK_LO) / 4)) | 0;
    if (!seq && (r.bool(0.5) || form.op === 'leave' || form.op === 'enter')) regs[EBP] = (MEM_LO + 4 * r.int(256) + 512) | 0;
    const pinned = new Set<number>([ESP]);
    if (form.op === 'leave' || form.op === 'enter') pinned.add(EBP);
    const seed = r.u32() | 1;
    const patches: Patch[] = [];
    let eflags = (r.u32() & 0x8d5) | 0x202;
    if (r.bool(0.3)) eflags |= 0x400;
    const ops: DecodedOperand[] = [];
    let memOp: Extract<DecodedOperand, { kind: 'mem' }> | null = null;
    let memSpecIndex = -1;
    const isString = form.cls === 'string' || form.op === 'ins' || form.op === 'outs';
    const isIndirect = form.op === 'jmpind' || form.op === 'callind';
    // 1. operand shapes
    for (let i = 0; i < form.operands.length; i++) {
      const s = form.operands[i]!;
      switch (s.kind) {
        case 'fixed': ops.push({ kind: 'reg', reg: s.fixed! }); break;
        case 'imm':
          ops.push({ kind: 'imm', value: s.value !== undefined ? s.value : this.imm(s, form, i) });
          break;
        case 'rel': ops.push({ kind: 'rel', target: PAD }); break;
        case 'sreg': ops.push({ kind: 'reg', reg: regByNum('sreg', r.int(6)) }); break;
        case 'reg': case 'regonly': ops.push({ kind: 'reg', reg: gprOfSize(s.size, this.pickReg(s.size, isIndirect || seq ? [ESP] : [])) }); break;
        case 'rm': {
          const wantMem = form.enc.mod === 'mem' || (form.enc.mod !== 'reg' && r.bool(0.5));
          if (wantMem) { memSpecIndex = i; ops.push({ kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: 0, dispOffset: -1 }); }
          else ops.push({ kind: 'reg', reg: gprOfSize(s.size, this.pickReg(s.size, isIndirect || seq ? [ESP] : [])) });
          break;
        }
        case 'mem': memSpecIndex = i; ops.push({ kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: 0, dispOffset: -1 }); break;
        case 'moffs': memSpecIndex = i; ops.push({ kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: 0, dispOffset: -1 }); break;
        default: return null;
      }
    }
    // 2. register constraints of the form
    if (isString) {
      const span = 4 * 24;
      regs[ESI] = (MEM_LO + span + r.int(MEM_HI - MEM_LO - 2 * span)) | 0;
      regs[EDI] = r.bool(0.2) ? regs[ESI]! : (MEM_LO + span + r.int(MEM_HI - MEM_LO - 2 * span)) | 0;
      if (r.bool(0.5)) { regs[ESI] = regs[ESI]! & ~3; regs[EDI] = regs[EDI]! & ~3; }
      pinned.add(ESI).add(EDI);
    }
    const rep = isString && form.rep !== 'none' && r.bool(0.7) ? (form.rep === 'repcc' ? r.pick([0xf3, 0xf2] as const) : r.bool(0.9) ? 0xf3 : 0xf2) : undefined;
    if (rep) { regs[ECX] = r.bool(0.3) ? r.int(3) : r.int(21); pinned.add(ECX); }
    if (form.op === 'loop' || form.op === 'loope' || form.op === 'loopne' || form.op === 'jecxz') { regs[ECX] = r.bool(0.5) ? r.int(3) : this.val32(); pinned.add(ECX); }
    if (form.op === 'scas' && r.bool(0.5)) pinned.add(EAX); // set below to the memory at %edi
    // xlat reads [%ebx + %al]: into the buffer (its 16-bit form faults below 64 KiB anyway).
    if (form.op === 'xlat') { regs[EBX] = (MEM_LO + r.int(MEM_HI - MEM_LO - 256)) | 0; pinned.add(EBX); }
    // Indirect branch through a register: the register holds the landing pad.
    if (isIndirect && ops[0]!.kind === 'reg') {
      const g = ops[0]!.reg.gpr;
      if (pinned.has(g)) return null;
      regs[g] = PAD; pinned.add(g);
    }
    // Bit offset register of bt with a memory operand: stay inside the buffer.
    const bitBaseMem = form.bitBase && memSpecIndex >= 0 && ops[0]!.kind === 'reg';
    if (bitBaseMem) {
      const g = (ops[0] as { reg: { gpr: number } }).reg.gpr;
      if (pinned.has(g)) return null;
      regs[g] = r.int(16384) - 8192; pinned.add(g);
    }
    // 3. the memory operand: pick an addressing shape, then solve register values for the target
    if (memOp === null && memSpecIndex >= 0) {
      const spec = form.operands[memSpecIndex]!;
      const target = (MEM_LO + r.int(MEM_HI - MEM_LO - 8)) & (r.bool(0.6) ? ~3 : ~0);
      let m: Extract<DecodedOperand, { kind: 'mem' }>;
      // 16-bit addressing: the moffs16 forms, or a 67 prefix on a ModRM operand (never in blocks).
      const a16 = spec.kind === 'moffs' ? spec.encBytes === 2 : !seq && form.enc.asize === undefined && r.bool(0.12);
      if (a16 && spec.kind === 'moffs') m = { kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: r.int(65536), dispOffset: -1, a16: true };
      else if (a16) {
        const [base, index] = r.pick([[3, 6], [3, 7], [5, 6], [5, 7], [6, -1], [7, -1], [5, -1], [3, -1], [-1, -1]] as const);
        m = { kind: 'mem', seg: -1, base, index, scale: 1, disp: r.pick([0, r.int(256) - 128, r.int(65536) - 32768]), dispOffset: -1, a16: true };
      } else if (spec.kind === 'moffs') m = { kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: target, dispOffset: -1 };
      else if (seq) m = { kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: target, dispOffset: -1 };
      else {
        const shape = r.int(6);
        let base = -1, index = -1, scale = 1, disp = 0;
        if (shape === 0) { disp = target; }
        else {
          base = r.int(8);
          if (shape >= 3) { index = r.int(8); if (index === ESP) index = -1; scale = r.pick([1, 2, 4, 8]); }
          if (shape === 5) base = -1;
          disp = r.pick([0, 0, r.int(256) - 128, this.val32()]);
          if (base === EBP && disp === 0 && r.bool(0.5)) disp = 4;
        }
        // Solve: base + index*scale + disp = target, with pinned registers fixed.
        let idxVal = 0;
        if (index >= 0) {
          if (pinned.has(index)) idxVal = regs[index]!;
          else if (index === base) idxVal = 0;
          else { idxVal = r.int(64) - 32; regs[index] = idxVal; pinned.add(index); }
        }
        if (base >= 0) {
          if (pinned.has(base) || base === index) {
            const bv = base === index ? (pinned.has(base) ? regs[base]! : (regs[base] = r.int(64) - 32)) : regs[base]!;
            if (base === index) idxVal = bv;
            disp = (target - bv - idxVal * scale) | 0;
            pinned.add(base);
          } else {
            regs[base] = (target - disp - idxVal * scale) | 0;
            pinned.add(base);
          }
        } else if (index >= 0) disp = (target - idxVal * scale) | 0;
        else disp = target;
        m = { kind: 'mem', seg: -1, base, index, scale, disp, dispOffset: -1 };
      }
      // Segment override: any (a write through %cs, an access through the null %fs/%gs: #GP).
      if (r.bool(0.25)) m = { ...m, seg: r.int(6) };
      memOp = m;
      ops[memSpecIndex] = m;
    }
    // 4. values that depend on memory: return addresses, indirect targets, popped flags
    const ea = memOp ? this.effAddr(memOp, regs) : 0;
    const sp = regs[ESP]! >>> 0;
    if (isIndirect && memOp) patches.push({ off: ea - DATA_BASE, bytes: le(PAD, 4) });
    // A return to the taken landing, or to the fall-through one (patched once the length is known).
    const retFall = (form.op === 'ret' || form.op === 'retn') && r.bool(0.5);
    if (form.op === 'ret' || form.op === 'retn') patches.push({ off: sp - DATA_BASE, bytes: le(PAD, 4) });
    // `push %sreg` with a 32-bit operand size: the SDM lets the CPU write the selector zero-extended
    // (AMD) or with a 16-bit move leaving the slot's upper half unchanged (recent Intel Core and
    // Atom). A slot whose upper half is already 0 makes both architecturally equal.
    if (form.op === 'pushseg') patches.push({ off: ((sp - 4) >>> 0) - DATA_BASE + 2, bytes: [0, 0] });
    if (form.op === 'popf') patches.push({ off: sp - DATA_BASE, bytes: le(((r.u32() & 0x204dd5 & ~0x100) | 2) >>> 0, 4) });
    if (form.op === 'cmpxchg8b' && r.bool(0.5)) patches.push({ off: ea - DATA_BASE, bytes: [...le(regs[EAX]!, 4), ...le(regs[EDX]!, 4)] });
    if (form.op === 'cmpxchg' && r.bool(0.5)) {
      const size = form.size;
      if (memOp) patches.push({ off: ea - DATA_BASE, bytes: le(regs[EAX]!, size / 8) });
      else if (ops[1]!.kind === 'reg') {
        const g = ops[1]!.reg;
        if (g.gpr !== EAX && !(g.size === 8 && g.high) && !pinned.has(g.gpr)) regs[g.gpr] = regs[EAX]!;
      }
    }
    if (['bsf', 'bsr', 'tzcnt', 'lzcnt', 'popcnt'].includes(form.op) && r.bool(0.2)) {
      if (memOp) patches.push({ off: ea - DATA_BASE, bytes: [0, 0, 0, 0] });
      else if (ops[0]!.kind === 'reg' && !pinned.has(ops[0]!.reg.gpr)) regs[ops[0]!.reg.gpr] = 0;
    }
    if (form.cls === 'shift' && ops[0]!.kind === 'reg' && !pinned.has(ECX)) {
      regs[ECX] = (regs[ECX]! & ~0xff) | (r.bool(0.9) ? r.int(32) : r.int(256));
    }
    if ((form.op === 'shld' || form.op === 'shrd') && form.size === 16) {
      // Counts above 16 give an undefined result for 16-bit operands: keep them out.
      if (ops[0]!.kind === 'imm' && (ops[0]!.value & 31) > 16) ops[0] = { kind: 'imm', value: ops[0]!.value & 15 };
      if (ops[0]!.kind === 'reg' && (regs[ECX]! & 31) > 16) regs[ECX] = regs[ECX]! & ~16;
    }
    // Segment loads: a selector from SELECTORS in the source register, memory word or stack slot.
    if (form.op === 'ljmpdir' || form.op === 'lcalldir') {
      ops[0] = { kind: 'imm', value: r.pick(FAR_SELECTORS) };
      ops[1] = { kind: 'imm', value: form.size === 16 ? PAD & 0xffff : PAD };
    }
    if ((form.op === 'ljmp' || form.op === 'lcall') && memOp) patches.push({ off: ea - DATA_BASE, bytes: [...le(PAD, form.size / 8), ...le(r.pick(FAR_SELECTORS), 2)] });
    if (form.op === 'lret' || form.op === 'iret') {
      const n = form.size / 8;
      patches.push({ off: sp - DATA_BASE, bytes: [...le(PAD, n), ...le(r.pick(FAR_SELECTORS), n)] });
      if (form.op === 'iret') patches.push({ off: sp + 2 * n - DATA_BASE, bytes: le(((r.u32() & 0x200dd5 & ~0x100) | 2) >>> 0, n) });
    }
    if (form.op === 'lfar' && memOp) patches.push({ off: ea - DATA_BASE + form.size / 8, bytes: le(r.pick(SELECTORS), 2) });
    if (form.op === 'movtoseg' || form.op === 'popseg' || ['lar', 'lsl', 'verr', 'verw'].includes(form.op)) {
      const sel = r.pick(SELECTORS);
      if (form.op === 'popseg') patches.push({ off: sp - DATA_BASE, bytes: le(sel, 4) });
      else if (memOp) patches.push({ off: ea - DATA_BASE, bytes: le(sel, 2) });
      else if (ops[0]!.kind === 'reg') {
        const g = ops[0]!.reg.gpr;
        if (pinned.has(g)) return null;
        regs[g] = (regs[g]! & -65536) | sel;
      }
    }
    // 5. buffer contents known to the generator (scas hits, division operands)
    fillBuffer(seed, patches, this.words);
    if (form.op === 'scas' && pinned.has(EAX)) regs[EAX] = this.load(regs[EDI]! >>> 0, 4);
    if (form.op === 'div' || form.op === 'idiv') {
      const de = this.divides(form, ops[0]!, memOp ? ea : 0, regs);
      if (de && !allowDE && r.bool(0.95)) return null;
    }
    // Patches of memory outside the buffer (16-bit addresses, which fault anyway) are dropped.
    for (let k = patches.length - 1; k >= 0; k--) {
      const p = patches[k]!;
      if (p.off < 0 || p.off + p.bytes.length > DATA_SIZE) patches.splice(k, 1);
    }
    if (seq && (patches.length > 0 || regs.some((v, g) => v !== seq.regs[g]))) return null;
    // 6. encode, with the prefixes the CPU ignores on this form now and then
    const lock = form.lockable && memOp !== null && form.mem === 'rw' && r.bool(0.4);
    const extra = this.ignoredPrefixes(form, memOp !== null);
    const address = seq ? seq.address : CODE_BASE;
    let code: Uint8Array;
    try {
      code = encode(form, ops, { address: address + extra.length, lock, ...(rep ? { rep } : {}), ...(isString && memOp === null && r.bool(0.15) && (form.stringIo?.src ?? 'none') !== 'none' ? { seg: r.pick([0, 2, 3]) } : {}) });
    } catch {
      return null;
    }
    code = Uint8Array.from([...extra, ...code]);
    if (retFall) patches[0] = { off: patches[0]!.off, bytes: le(CODE_BASE + code.length, 4) };
    const cnt = this.countOf(form, ops, regs);
    const undef = undefinedFlags(form, cnt);
    const text = `${extra.length ? `{${extra.map((b) => b.toString(16)).join(' ')}} ` : ''}${describe(form, ops, rep, lock)}`;
    return { block: false, form, operands: ops, regs: seq ? seq.regs : regs, eflags, seed, patches, code, undef, text };
  }

  /**
   * Prefix bytes this form's decoding ignores (Form.o16Ignored for 66; 67 without any addressing;
   * a segment override without a memory operand; F2/F3 on a one-byte-map form they do not repeat).
   */
  private ignoredPrefixes(form: Form, hasMem: boolean): number[] {
    const r = this.rng;
    const out: number[] = [];
    if (form.o16Ignored && !form.enc.o16 && form.enc.prefix !== 0x66 && r.bool(0.08)) out.push(0x66);
    if (!hasMem && form.enc.asize === undefined && r.bool(0.08)) out.push(0x67);
    if (!hasMem && form.implicitMem !== 'string' && form.op !== 'xlat' && r.bool(0.08)) out.push(r.pick([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65]));
    if (form.rep === 'none' && form.enc.prefix === undefined && form.enc.opcode.length === 1 && r.bool(0.08)) out.push(r.pick([0xf2, 0xf3]));
    return out;
  }

  private pickReg(size: number, avoid: number[]): number {
    for (;;) {
      const n = this.rng.int(8);
      const g = size === 8 ? n & 3 : n;
      if (!avoid.includes(g)) return n;
    }
  }

  private effAddr(m: Extract<DecodedOperand, { kind: 'mem' }>, regs: number[]): number {
    let a = m.disp;
    if (m.base >= 0) a += regs[m.base]!;
    if (m.index >= 0) a += regs[m.index]! * m.scale;
    return m.a16 ? a & 0xffff : a >>> 0;
  }

  private load(addr: number, bytes: number): number {
    const off = addr - DATA_BASE;
    if (off < 0 || off + bytes > DATA_SIZE) return 0;
    const b = new Uint8Array(this.words.buffer);
    let v = 0;
    for (let i = 0; i < bytes; i++) v |= b[off + i]! << (8 * i);
    return v | 0;
  }

  /** Would this division raise #DE? */
  private divides(form: Form, src: DecodedOperand, ea: number, regs: number[]): boolean {
    const size = form.size;
    let d: number;
    if (src.kind === 'mem') d = this.load(ea, size / 8);
    else if (src.kind === 'reg') {
      const v = regs[src.reg.gpr]!;
      d = size === 32 ? v : size === 16 ? v & 0xffff : src.reg.high ? (v >> 8) & 0xff : v & 0xff;
    } else return false;
    const mask = size === 32 ? 0xffffffffn : BigInt((1 << size) - 1);
    const ud = BigInt(d >>> 0) & mask;
    if (ud === 0n) return true;
    const lo = size === 8 ? BigInt(regs[EAX]! & 0xffff) : BigInt(regs[EAX]! >>> 0) & mask;
    const hi = size === 8 ? 0n : BigInt(regs[EDX]! >>> 0) & mask;
    const n = size === 8 ? lo : (hi << BigInt(size)) | lo;
    if (form.op === 'div') return n / ud > mask;
    const sn = BigInt.asIntN(size * 2, n), sd = BigInt.asIntN(size, ud);
    const q = sn / sd;
    const lim = 1n << BigInt(size - 1);
    return q >= lim || q < -lim;
  }

  private countOf(form: Form, ops: readonly DecodedOperand[], regs: readonly number[]): number | undefined {
    if (!form.flags.countRule) return undefined;
    const c = ops[0]!;
    if (c.kind === 'imm') return c.value & 31;
    return regs[ECX]! & 31;
  }
}

function le(v: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (v >>> (8 * i)) & 0xff);
}

function describe(form: Form, ops: readonly DecodedOperand[], rep: number | undefined, lock: boolean): string {
  const o = ops.map((x) => {
    switch (x.kind) {
      case 'reg': return `%${x.reg.name}`;
      case 'imm': return `$${x.value}`;
      case 'rel': return `0x${(x.target >>> 0).toString(16)}`;
      case 'mem': return `${x.seg >= 0 ? ['%es', '%cs', '%ss', '%ds', '%fs', '%gs'][x.seg] + ':' : ''}${x.disp}(${x.base >= 0 ? '%' + gprOfSize(32, x.base).name : ''}${x.index >= 0 ? ',%' + gprOfSize(32, x.index).name + ',' + x.scale : ''})`;
    }
  });
  return `${lock ? 'lock ' : ''}${rep === 0xf3 ? 'rep ' : rep === 0xf2 ? 'repne ' : ''}${form.mnemonic} ${o.join(', ')}`;
}
