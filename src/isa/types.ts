// Types of the instruction table (see table.ts). A Form is one encoding of one instruction with
// fixed operand kinds and sizes; it carries every fact any part of twindrivers needs about it.

import type { Register } from './registers.js';

/** How an instruction uses an operand. `none`: the operand is named but not accessed (lea's
 * address, nop's memory operand, a prefetch hint's address). */
export type Role = 'r' | 'w' | 'rw' | 'none';

export type OperandKind =
  | 'reg'    // general register of `size` (ModRM.reg, or the low 3 opcode bits for `+r` forms)
  | 'rm'     // general register or memory (ModRM.rm)
  | 'mem'    // memory only (ModRM.rm with mod != 3)
  | 'regonly'// register only in the ModRM.rm field (mod == 3)
  | 'imm'    // immediate
  | 'rel'    // pc-relative branch target (direct jump/call)
  | 'moffs'  // absolute address encoded in the instruction (mov A0..A3)
  | 'fixed'  // one specific register, not encoded (accumulator forms, %cl counts, %dx ports)
  | 'sreg' | 'creg' | 'dreg' | 'st' | 'mmx' | 'xmm';

/** Where an operand is encoded. */
export type OperandLoc = 'modrm.reg' | 'modrm.rm' | 'opcode' | 'imm' | 'imm2' | 'rel' | 'moffs' | 'implicit';

export interface OperandSpec {
  readonly kind: OperandKind;
  /** Value size in bits (for memory: the size accessed; 0 when unsized, e.g. lea's address). */
  readonly size: number;
  readonly role: Role;
  readonly loc: OperandLoc;
  /** For `fixed`: the register. */
  readonly fixed?: Register;
  /** For imm/rel/moffs: bytes in the encoding. */
  readonly encBytes?: number;
  /** For imm: sign-extend the encoded value to `size` (83 /digit ib, 6A, 6B ...). */
  readonly signExt?: boolean;
  /** For implicit constant operands (the 1 of D0/D1 shifts): its value. Never written in AT&T text. */
  readonly value?: number;
  /** May be left out of the AT&T text (shift count 1, shld's %cl). */
  readonly optional?: boolean;
}

export type MemAccess = 'none' | 'r' | 'w' | 'rw';

/** Control flow after the instruction. */
export type Flow =
  | 'seq'      // falls through
  | 'jmp'      // direct unconditional jump
  | 'jcc'      // direct conditional jump (incl. loop/jecxz)
  | 'ijmp'     // indirect jump through register or memory
  | 'call'     // direct call
  | 'icall'    // indirect call
  | 'ret'      // near return
  | 'iret'     // interrupt return / far return
  | 'trap'     // ud2, int3, int n, into: raises an exception (does not fall through normally)
  | 'halt';    // hlt

/** Implicit memory traffic that is not an explicit operand. */
export type ImplicitMem =
  | 'none'
  | 'push'      // writes below %esp (push, call, pushf, enter)
  | 'pop'       // reads at %esp (pop, ret, popf, leave via %ebp)
  | 'string';   // [%ds:%esi] and/or [%es:%edi], see `stringIo`

/** Why an instruction may not run in the hypervisor instance. */
export type Privilege =
  | 'ring0'     // architecturally privileged (CPL 0): lgdt, mov %cr, wrmsr, invlpg, hlt, ...
  | 'io'        // port I/O (IOPL-sensitive): in/out/ins/outs
  | 'intflag'   // changes or reveals the interrupt flag / IOPL: cli, sti, popf, iret
  | 'segment'   // loads a segment register or transfers far: mov %sreg, pop %ds, lds, ljmp, lret
  | 'trapgate'  // enters a gate the driver does not own: int n, int3, into, sysenter, syscall
  | 'sysinfo';  // reads system tables/state a driver has no business with: sgdt, sidt, sldt, str, smsw

export type InsnClass =
  | 'alu' | 'shift' | 'muldiv' | 'move' | 'convert' | 'bit' | 'string' | 'stack' | 'branch'
  | 'call' | 'flag' | 'atomic' | 'nop' | 'barrier' | 'io' | 'system' | 'x87' | 'simd';

export interface Encoding {
  /** Mandatory prefix (0x66 selects 16-bit operands; 0xF3/0xF2/0x66 are SSE mandatory prefixes). */
  readonly prefix?: 0x66 | 0xf2 | 0xf3;
  /** A 66 operand-size prefix as well as an F2/F3 mandatory `prefix` (popcntw = 66 F3 0F B8 /r). */
  readonly o16?: boolean;
  /**
   * Address size of the form's implicit addressing (string instructions, jecxz/jcxz, loop, xlat,
   * moffs): 16 needs a 67 prefix (%si/%di/%cx/%bx, 16-bit offsets), 32 needs none. Absent: the form
   * has no implicit addressing, and a 67 prefix changes only how an explicit ModRM memory operand
   * is decoded (16-bit addressing: Decoded.a16), or nothing.
   */
  readonly asize?: 16 | 32;
  /** Opcode bytes (for `+r` forms: the base opcode, low 3 bits zero). */
  readonly opcode: readonly number[];
  /** ModRM: '/r', '/digit' (0..7) in reg, or absent. */
  readonly modrm?: 'r' | number;
  /** Required ModRM.mod: 'mem' (mod != 3) or 'reg' (mod == 3). */
  readonly mod?: 'mem' | 'reg';
  /** ModRM.rm value fixed by the opcode (e.g. 0F AE F8 sfence: mod=3 reg=7 rm=0). */
  readonly rm?: number;
  /** Register number in the low 3 bits of the last opcode byte. */
  readonly plusReg?: boolean;
}

export interface FlagEffect {
  /** Flags read (jcc/setcc conditions, adc/sbb carry, string DF, pushf). */
  readonly read: number;
  /** Flags written (defined or undefined). */
  readonly write: number;
  /** Subset of `write` the SDM leaves undefined (always, for this form). */
  readonly undef: number;
  /**
   * Count-dependent flag rule of shifts and rotates (SDM): a masked count of 0 leaves all flags
   * unchanged (so liveness must treat `write` as a may-write), and OF is defined only for count 1.
   */
  readonly countRule?: 'shift' | 'rotate' | 'shiftd';
}

export interface Form {
  /** Dense index into FORMS. */
  readonly id: number;
  /** Semantic operation: the emulator's dispatch key and the verifier's/rewriter's notion of "what it does". */
  readonly op: string;
  /** Canonical AT&T mnemonic (what objdump prints, suffixed where AT&T needs a size). */
  readonly mnemonic: string;
  /** Every AT&T spelling GNU as accepts for this form. */
  readonly names: readonly string[];
  /** Operation size in bits (0 when none). */
  readonly size: number;
  /** Explicit operands in AT&T order (source first, destination last). */
  readonly operands: readonly OperandSpec[];
  readonly implicitRead: readonly Register[];
  readonly implicitWrite: readonly Register[];
  readonly flags: FlagEffect;
  /** Access through the explicit memory operand (the `rm`/`mem`/`moffs` one), if any. */
  readonly mem: MemAccess;
  readonly implicitMem: ImplicitMem;
  /**
   * Bytes the form's implicit stack access moves %esp by, as a magnitude: pushed (implicitMem
   * 'push': %esp decreases) or popped ('pop': %esp increases); 0 for every other form. Only the
   * fixed part: enter's frame size and `ret $n`'s extra bytes come from operands, and leave first
   * reloads %esp from %ebp.
   */
  readonly stackBytes: number;
  /** For string forms: which of [%esi] (src) and [%edi] (dst) are read/written. */
  readonly stringIo?: { readonly src: MemAccess; readonly dst: MemAccess };
  readonly flow: Flow;
  readonly privilege: Privilege | null;
  /** `lock` allowed (memory-destination RMW forms; xchg with memory is implicitly locked). */
  readonly lockable: boolean;
  /** Which repeat prefixes have meaning: 'rep' (movs/stos/lods/ins/outs), 'repcc' (cmps/scas). */
  readonly rep: 'none' | 'rep' | 'repcc';
  /** Condition code for jcc/setcc/cmovcc. */
  readonly cc?: number;
  readonly cls: InsnClass;
  /** The emulator executes it (false: recognized only — x87, SSE, far transfers, mode switches). */
  readonly exec: boolean;
  readonly enc: Encoding;
  /**
   * Alternative encoding of a form the parser selects (short accumulator/imm8/+r/rel8/moffs forms,
   * 82 /digit): the decoder produces it, the parser never picks it for AT&T text.
   */
  readonly decodeOnly: boolean;
  /** AT&T spelling with operands in another order (`testl (%eax),%ebx`): parsed, never decoded. */
  readonly asmOnly: boolean;
  /**
   * Bit-string addressing (bt/bts/btr/btc with a register bit offset and a memory operand): the
   * byte accessed is `ea + 4*(offset >> 5)` (signed), not `ea` itself (SDM vol. 2 "BT").
   */
  readonly bitBase: boolean;
  /**
   * The CPU runs this form unchanged under a 66 operand-size prefix (byte operations, forms with
   * no operand the prefix sizes). Otherwise a 66 prefix selects the form's 16-bit sibling (an
   * encoding with `prefix: 0x66` or `o16`), and without one the decoder refuses the bytes.
   */
  readonly o16Ignored: boolean;
  /**
   * A form outside the 32-bit flat model the assembly IR, the rewriter and the verifier work in:
   * 16-bit operand size on a stack-frame or control-transfer instruction (pushfw, enterw, retw,
   * jmpw ...), 16-bit implicit addressing (jcxz, addr16 movsb ...), or an implicit memory access
   * no operand describes (xlat). The CPU runs it and so does the emulator; the parser never
   * produces it (decode-only) and the verifier rejects it.
   */
  readonly legacy: boolean;
}
