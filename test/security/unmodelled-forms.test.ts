// Attack class (verifier side): bytes the CPU decodes differently from the model. A prefix that the
// decoded form gives no meaning to changes what the CPU runs — `66 c3` pops 2 bytes, `66 e8`
// truncates EIP to 16 bits, `66 9c` pushes 2 bytes — so whatever the shared decoder makes of such
// bytes, the verifier refuses every form it does not model exactly (src/verifier/forms.ts). The
// decoder's own prefix handling is tested apart (test/security/prefix*.test.ts, src/isa).

import { describe, expect, it } from 'vitest';
import { program } from '../verifier/snippets.js';
import { reasonsOf, verifySource } from './support.js';

// A prefix the form gives no meaning to, or a 16-bit (legacy) form outside the flat model.
const REFUSED = /operand-size prefix|repeat prefix|segment override|both repeat prefixes|two different segment overrides|do not decode|legacy form/;

describe('prefixes a decoded form gives no meaning to', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['66 9c (pushf of 2 bytes)', '0x66, 0x9c'],
    ['66 61 (popa of 16-bit registers)', '0x66, 0x61'],
    ['66 c9 (leave popping 2 bytes)', '0x66, 0xc9'],
    ['66 c3 (ret popping 2 bytes)', '0x66, 0xc3'],
    ['66 e8 rel16 (call truncating EIP)', '0x66, 0xe8, 0, 0'],
    ['66 e9 rel16 (jmp truncating EIP)', '0x66, 0xe9, 0, 0'],
    ['66 c8 (enter with 16-bit frame)', '0x66, 0xc8, 0x10, 0, 0'],
    ['f3 on a mov (a repeat prefix with no meaning)', '0xf3, 0x89, 0xc0'],
    ['2e on a jmp (segment override with no memory operand)', '0x2e, 0xeb, 0x00'],
    ['3e on a je (branch hint)', '0x3e, 0x74, 0x00'],
    ['f2 f3 on movsb (both repeat prefixes)', '0xf2, 0xf3, 0xa4'],
    ['26 64 on a load (two segment overrides)', '0x26, 0x64, 0x8b, 0x00'],
  ];
  it('66 0f a0 (push %fs, 2 bytes): modelled exactly, so the return is found at the wrong depth', () => {
    const { r } = verifySource(program(`\tmovl\t$1, %eax\n\t.byte\t0x66, 0x0f, 0xa0\n\tret\n`));
    expect(r.ok).toBe(false);
    expect(reasonsOf(r)).toMatch(/return/);
  });
  for (const [what, bytes] of cases) {
    it(`${what}: rejected`, () => {
      const { r } = verifySource(program(`\tmovl\t$1, %eax\n\t.byte\t${bytes}\n\tret\n`));
      expect(r.ok).toBe(false);
      expect(reasonsOf(r)).toMatch(REFUSED);
    });
  }
  it('the prefixed forms genuine code uses still verify: 16-bit nops of as padding, rep ret, pause', () => {
    const bytes = ['0x66, 0x90', '0x66, 0x0f, 0x1f, 0x44, 0, 0', '0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0', '0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0', '0xf3, 0x90'];
    const { r } = verifySource(program(`\tmovl\t$1, %eax\n${bytes.map((b) => `\t.byte\t${b}\n`).join('')}\tret\n`));
    expect(reasonsOf(r)).toBe('');
  });
});
