// Port I/O through checked runtime helpers: the helper behaves as the instruction (same registers
// in and out, flags preserved) after checking that the port belongs to the device's I/O BARs (the
// hypervisor's policy: any other port aborts the driver); ins/outs helpers translate %edi/%esi
// themselves:
//   inb (%dx),%al      -> call __svm_io_inb
//   outl %eax,$0x70    -> pushl %edx; movl $0x70,%edx; call __svm_io_outl; popl %edx
//   rep insw           -> call __svm_io_rep_insw

import type { Instruction } from '../../asm/ir.js';
import { EDX } from '../../isa/registers.js';
import type { Ctx } from '../context.js';
import { Emitter, reg, target } from './ops.js';
import { markPrecise } from './tables.js';

const IO_HELPER: Record<string, string> = { in: '__svm_io_in', out: '__svm_io_out' };
const SIZE_SUFFIX: Record<number, string> = { 8: 'b', 16: 'w', 32: 'l' };

export function portIo(cx: Ctx, em: Emitter, insn: Instruction, held: number[]): void {
  const form = insn.form;
  const rep = insn.prefixes.some((p) => p.startsWith('rep')) ? 'rep_' : '';
  const helper = form.implicitMem === 'string'
    ? `__svm_io_${rep}${form.op}${SIZE_SUFFIX[form.size]}`
    : `${IO_HELPER[form.op]}${SIZE_SUFFIX[form.size]}`;
  markPrecise(cx, em, held);
  const immPort = insn.operands.find((o) => o.kind === 'imm');
  if (immPort) {
    em.insn('pushl', reg(EDX));
    em.insn('movl', immPort, reg(EDX));
    em.insn('call', target(helper));
    em.insn('popl', reg(EDX));
  } else {
    em.insn('call', target(helper));
  }
}
