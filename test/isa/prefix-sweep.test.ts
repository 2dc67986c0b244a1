// Prefix sweep: every encoding of the table (one instance per form: register, memory and 16-bit
// memory operands) under each prefix combination the CPU gives a meaning to (66, 67, F2, F3, a
// segment override, and their pairs). For each, the decoder either refuses or decodes exactly what
// capstone decodes: the same length, and for the forms whose size the prefix changes, a 16-bit
// operation where capstone shows one. Execution of the same prefixed forms against the real CPU is
// the differential test's (test/emulator/difftest).

import { describe, expect, it } from 'vitest';
import { decodeAt, isDecodeFailure, type DecodedOperand } from '../../src/isa/decoder.js';
import { encode } from '../../src/isa/encoder.js';
import { FORMS, gprOfSize, regByNum, type Form } from '../../src/isa/index.js';
import { openCapstone } from '../emulator/crosscheck.js';

const PREFIXES: readonly (readonly number[])[] = [
  [], [0x66], [0x67], [0xf3], [0xf2], [0x2e], [0x66, 0x67], [0x66, 0xf3], [0x67, 0xf3], [0xf2, 0x66],
];

/** One operand list per form (register operands where a register fits, else memory at (%ecx)). */
function instances(f: Form): DecodedOperand[][] {
  const out: DecodedOperand[][] = [];
  for (const memory of [false, true]) {
    let hasMem = false;
    const ops: DecodedOperand[] = f.operands.map((s): DecodedOperand => {
      switch (s.kind) {
        case 'fixed': return { kind: 'reg', reg: s.fixed! };
        case 'imm': return { kind: 'imm', value: s.value ?? 1 };
        case 'rel': return { kind: 'rel', target: 0x1010 };
        case 'moffs': hasMem = true; return { kind: 'mem', seg: -1, base: -1, index: -1, scale: 1, disp: s.encBytes === 2 ? 0x1234 : 0x12345678, dispOffset: -1, ...(s.encBytes === 2 ? { a16: true } : {}) };
        case 'mem': hasMem = true; return { kind: 'mem', seg: -1, base: 1, index: -1, scale: 1, disp: 8, dispOffset: -1 };
        case 'rm': if (memory) { hasMem = true; return { kind: 'mem', seg: -1, base: 1, index: -1, scale: 1, disp: 8, dispOffset: -1 }; } return { kind: 'reg', reg: gprOfSize(s.size, 2) };
        case 'reg': case 'regonly': return { kind: 'reg', reg: gprOfSize(s.size, 3) };
        case 'sreg': return { kind: 'reg', reg: regByNum('sreg', 3) };
        case 'creg': return { kind: 'reg', reg: regByNum('creg', 0) };
        case 'dreg': return { kind: 'reg', reg: regByNum('dreg', 1) };
        case 'st': return { kind: 'reg', reg: regByNum('st', 1) };
        case 'mmx': return { kind: 'reg', reg: regByNum('mmx', 1) };
        case 'xmm': return { kind: 'reg', reg: regByNum('xmm', 1) };
      }
    });
    if (!memory || hasMem) out.push(ops);
  }
  return out;
}

/**
 * Capstone shows a 16-bit operation: a w suffix, a 16-bit register, or (enter/leave, which capstone
 * spells the same in both sizes: the differential test checks those on the CPU) that mnemonic.
 */
function sixteen(mnemonic: string, opStr: string): boolean {
  const m = mnemonic.split(' ').pop()!;
  return /w$/.test(m) || m === 'enter' || m === 'leave' || /%([abcd]x|[sd]i|[bs]p)\b/.test(opStr);
}

describe('prefix sweep over every table encoding, against capstone', () => {
  it('each prefixed encoding is refused or decoded to capstone\'s length and operation size', async () => {
    const cs = await openCapstone();
    let decoded = 0, refused = 0, compared = 0;
    const problems: string[] = [];
    for (const f of FORMS) {
      if (f.asmOnly) continue;
      for (const ops of instances(f)) {
        let base: Uint8Array;
        try { base = encode(f, ops, { address: 0x1000 }); } catch { continue; }
        for (const p of PREFIXES) {
          const bytes = Uint8Array.from([...p, ...base, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90]);
          const d = decodeAt(bytes, 0, 0x1000);
          if (isDecodeFailure(d)) { refused++; continue; }
          decoded++;
          const hexs = [...bytes.subarray(0, d.length)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
          let theirs;
          try { theirs = cs.disasm(bytes, { address: 0x1000, count: 1 })[0]; } catch { theirs = undefined; }
          if (!theirs) continue; // capstone does not know it (salc, ud0 ...): ours is checked on the CPU
          // Capstone's ud1 is the old 2-byte one; the SDM's (and GNU as/objdump's, the reference) takes
          // a ModRM (0f b9 /r; test/emulator/encoder.test.ts assembles it with gas, the difftest runs it on the
          // CPU): the CPU raises #UD either way.
          if (d.form.op === 'ud1') continue;
          compared++;
          if (theirs.size !== d.length) problems.push(`${hexs}: ours ${d.form.mnemonic} (${d.length} bytes), capstone ${theirs.mnemonic} ${theirs.opStr} (${theirs.size} bytes)`);
          // A direct branch: the same target (capstone does not truncate it to 16 bits; below 64 KiB
          // both agree). Another 16-bit stack or transfer form: a w suffix or 16-bit registers.
          const rel = d.operands.find((o) => o.kind === 'rel');
          if (rel) {
            const t = /0x([0-9a-f]+)$/.exec(theirs.opStr);
            if (!t || parseInt(t[1]!, 16) !== rel.target) problems.push(`${hexs}: ours ${d.form.mnemonic} to 0x${rel.target.toString(16)}, capstone ${theirs.mnemonic} ${theirs.opStr}`);
          } else if (d.form.legacy && d.form.size === 16 && d.form.cls !== 'string' && !sixteen(theirs.mnemonic, theirs.opStr)) {
            problems.push(`${hexs}: ours ${d.form.mnemonic} (16-bit), capstone ${theirs.mnemonic} ${theirs.opStr}`);
          }
        }
      }
    }
    expect(problems.slice(0, 40)).toEqual([]);
    expect(decoded).toBeGreaterThan(3000);
    expect(refused).toBeGreaterThan(1000);
    expect(compared).toBeGreaterThan(decoded * 0.95);
  }, 60_000);
});
