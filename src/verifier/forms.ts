// Which decoded instructions the verifier models exactly (machine-code front end). The shared
// decoder picks a table form for the opcode; prefixes the form does not give meaning to are where
// the CPU and a model could part: the CPU runs `66 9c` as a 16-bit pushf (2 bytes), `66 e9` as a
// jump that truncates EIP to 16 bits, `66 c3` as a 2-byte return. Whatever prefix the decoded form
// does not account for is refused here, whatever the decoder made of it (src/isa decodes these as
// the CPU does or reports them unknown; this check does not depend on that):
//
//   66 (operand size)   only on a form whose encoding carries it (16-bit forms, SSE 66 forms)
//   F2/F3 (repeat)      only where the form gives it meaning (string forms, mandatory-prefix
//                       forms such as pause/tzcnt/popcnt), and `rep ret` (F3 C3: a ret)
//   segment override    only on a form with an explicit memory operand or a string form (the
//                       analysis then refuses overrides on accesses, rule a)
//   one prefix group    never two different prefixes of one group (F2 with F3, two overrides):
//                       the SDM leaves their effect undefined; a repeated identical one is as one
//   67 (address size), lock misuse   already refused by the decoder

import type { Decoded } from '../isa/decoder.js';

const SEG = new Set([0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65]);

/** Why instruction `d`, whose bytes start at `bytes[off]`, is not modelled exactly; null when it is. */
export function prefixProblem(bytes: Uint8Array, off: number, d: Decoded): string | null {
  let rep = 0, seg = 0, p66 = false;
  const form = d.form;
  for (let k = 0; k < d.length; k++) {
    const b = bytes[off + k]!;
    if (b === 0x66) p66 = true;
    else if (b === 0xf0) continue;
    else if (b === 0xf2 || b === 0xf3) {
      if (rep && rep !== b) return 'both repeat prefixes (f2 and f3): the CPU\'s choice between them is undefined';
      rep = b;
    } else if (SEG.has(b)) {
      if (seg && seg !== b) return 'two different segment overrides';
      seg = b;
    } else break;
  }
  if (p66 && form.enc.prefix !== 0x66) {
    return `operand-size prefix (66) on '${form.mnemonic}', a form the table has no 16-bit encoding of: the CPU would run another instruction`;
  }
  if (rep && form.enc.prefix !== rep && form.rep === 'none' && form.op !== 'ret') {
    return `repeat prefix (${rep.toString(16)}) on '${form.mnemonic}', which gives it no meaning`;
  }
  const memory = d.operands.some((o) => o.kind === 'mem') || form.implicitMem === 'string';
  if (seg && !memory) return `segment override (${seg.toString(16)}) on '${form.mnemonic}', which has no memory operand`;
  return null;
}
