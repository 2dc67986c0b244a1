// Prefixed encodings as an attacker writes them: bytes that a decoder which ignored the 66/67
// prefixes (or a repeat prefix in the 0F map) would read as a harmless 32-bit form, while the CPU
// runs a 16-bit stack, control-transfer or addressing form with another length, another stack
// movement or another target. Each attack sits in a function that is otherwise the rewriter's
// checked shape, reachable (in line) and dead (after the return); the verifier must reject the
// object (machine code, `verifyObject`) and the assembly (`.byte` in code) at the attack's bytes.

import { describe, expect, it } from 'vitest';
import { decodeAt, isDecodeFailure } from '../../src/isa/decoder.js';
import { program, reasons, verifyBoth } from '../verifier/snippets.js';

/** Attack bytes: what a prefix-blind decoder would see, and what the CPU runs. */
const ATTACKS: readonly { bytes: string; blind: string; cpu: string }[] = [
  { bytes: '66 9c', blind: 'pushfl (4 bytes)', cpu: 'pushfw: 2 bytes pushed' },
  { bytes: '66 9d', blind: 'popfl', cpu: 'popfw: 2 bytes popped' },
  { bytes: '66 60', blind: 'pushal (32 bytes)', cpu: 'pushaw: 16 bytes' },
  { bytes: '66 61', blind: 'popal', cpu: 'popaw: 16 bytes, upper halves kept' },
  { bytes: '66 c8 08 00 00', blind: 'enter $8, $0', cpu: 'enterw: %bp set, %ebp upper half kept' },
  { bytes: '66 c9', blind: 'leave', cpu: 'leavew: pops %bp only' },
  { bytes: '66 c3', blind: 'ret', cpu: 'retw: pops 2 bytes, EIP truncated to 16 bits' },
  { bytes: '66 c2 04 00', blind: 'ret $4', cpu: 'retw $4' },
  { bytes: '66 e8 00 00', blind: 'call rel32 (5 bytes + 1)', cpu: 'callw rel16: 4 bytes long, pushes 2 bytes' },
  { bytes: '66 e9 00 00', blind: 'jmp rel32', cpu: 'jmpw rel16: another length and a truncated target' },
  { bytes: '66 eb 00', blind: 'jmp rel8', cpu: 'jmpw rel8: target truncated to 16 bits' },
  { bytes: '66 74 00', blind: 'je rel8', cpu: 'jew: target truncated to 16 bits' },
  { bytes: '66 0f 84 00 00', blind: 'je rel32', cpu: 'jew rel16: another length' },
  { bytes: '66 ff d0', blind: 'call *%eax', cpu: 'callw *%ax' },
  { bytes: '66 ff e0', blind: 'jmp *%eax', cpu: 'jmpw *%ax' },
  { bytes: '66 e3 00', blind: 'jecxz', cpu: 'jecxz with a 16-bit target' },
  { bytes: '67 e3 00', blind: 'jecxz', cpu: 'jcxz: tests %cx' },
  { bytes: '67 e2 00', blind: 'loop', cpu: 'loopw: counts in %cx' },
  { bytes: '67 a4', blind: 'movsb (%esi), (%edi)', cpu: 'addr16 movsb: (%si), (%di)' },
  { bytes: '67 f3 ab', blind: 'rep stosl', cpu: 'addr16 rep stosl: %di, count %cx' },
  { bytes: '67 8b 00', blind: 'movl (%eax), %eax', cpu: 'movl (%bx,%si), %eax' },
  { bytes: '67 89 46 00', blind: 'movl %eax, 0(%esi)', cpu: 'movl %eax, 0(%bp): another length and base' },
  { bytes: '67 a1 00 10', blind: 'movl 0x....1000, %eax (4-byte moffs)', cpu: 'moffs16: 2-byte offset' },
  { bytes: '67 8d 00', blind: 'leal (%eax), %eax', cpu: 'leal (%bx,%si), %eax: 16-bit wrap' },
  { bytes: 'd7', blind: 'a one-byte no-memory instruction', cpu: 'xlat: reads [%ebx + %al]' },
  { bytes: '67 d7', blind: 'xlat', cpu: 'xlat (%bx)' },
  { bytes: '66 0f c8', blind: 'bswap %eax', cpu: 'bswap with a 16-bit operand (undefined)' },
  { bytes: '66 0f ae 38', blind: 'clflush (%eax)', cpu: 'clflushopt' },
  { bytes: 'f3 0f af c0', blind: 'imull %eax, %eax', cpu: 'an F3-selected 0F-map instruction' },
  { bytes: 'f2 f3 a4', blind: 'rep movsb', cpu: 'conflicting repeat prefixes' },
  { bytes: '26 2e 8b 00', blind: 'movl %es:(%eax)', cpu: 'conflicting segment overrides' },
];

const toBytes = (s: string): number[] => s.split(' ').map((x) => parseInt(x, 16));
const dotByte = (s: string): string => `\t.byte\t${toBytes(s).map((b) => `0x${b.toString(16)}`).join(', ')}\n`;

describe('prefixed encodings are decoded as the CPU runs them, or refused', () => {
  it('none of the attack bytes decodes to a form of the 32-bit flat model', () => {
    for (const a of ATTACKS) {
      const b = Uint8Array.from([...toBytes(a.bytes), 0, 0, 0, 0, 0, 0, 0, 0]);
      const d = decodeAt(b, 0, 0);
      // Refused, or decoded as the legacy form the CPU runs (which the verifier rejects).
      if (!isDecodeFailure(d)) {
        expect(d.form.legacy || d.a16, `${a.bytes} decoded as ${d.form.mnemonic}`).toBe(true);
        expect(d.length, `${a.bytes}: length`).toBe(toBytes(a.bytes).length);
      }
    }
  });

  for (const a of ATTACKS) {
    it(`${a.bytes} (${a.cpu}; a prefix-blind reading: ${a.blind}) is rejected in line and as dead code`, () => {
      for (const src of [program(`${dotByte(a.bytes)}\tret\n`), program(`\tret\n${dotByte(a.bytes)}`)]) {
        const { asm, elf } = verifyBoth(src);
        const hit = (r: typeof elf): boolean => r.violations.some((v) => v.rule === 'code' && /legacy form|address-size prefix|do not decode/.test(v.reason));
        expect(elf.ok, reasons(elf)).toBe(false);
        expect(hit(elf), reasons(elf)).toBe(true);
        expect(asm.ok, reasons(asm)).toBe(false);
        expect(hit(asm), reasons(asm)).toBe(true);
      }
    });
  }

  it('control: the same function without the attack bytes verifies', () => {
    const { asm, elf } = verifyBoth(program('\tret\n'));
    expect(reasons(elf)).toBe('');
    expect(reasons(asm)).toBe('');
  });
});
