// scripts/qemu-test-i386.ts: QEMU's i386 CPU test program, built from a QEMU checkout the caller
// names, natively vs `twindrivers emulate`. The repository holds none of QEMU's code, so the full
// comparison runs only when QEMU_TCG_I386 names a QEMU tree's tests/tcg/i386 folder; the skip
// edits and the comparison's verdicts are tested on synthetic input always.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySkips, buildQemuTest, compareOutputs, QemuTestError, runEmulated, runNative, SKIPS } from '../../scripts/qemu-test-i386.js';

/** The lines of a test-i386.c the skips edit, in the program's own layout. */
const SHAPE = '#if !defined(__x86_64__)\n//#define TEST_VM86\n#define TEST_SEGS\n#endif\n#ifdef TEST_SEGS\nint main(void)\n{\n' +
  '    test_floats();\n    test_xchg();\n    test_exceptions();\n    test_self_modifying_code();\n    test_single_step();\n}\n';

describe('qemu-test-i386 skips', () => {
  it('each named skip removes its call or switch and nothing else', () => {
    const out = applySkips(SHAPE);
    expect(out).not.toMatch(/#define TEST_SEGS|test_floats\(\)|test_exceptions\(\)|test_single_step\(\)/);
    expect(out).toContain('#ifdef TEST_SEGS\n');
    expect(out).toContain('    test_xchg();\n    /* twindrivers skip: test_exceptions (signals) */\n    test_self_modifying_code();');
    for (const s of SKIPS) expect(out).toContain(`twindrivers skip: ${s.name}`);
  });

  it('a skip that does not match exactly once stops the build, naming the skip', () => {
    expect(() => applySkips(SHAPE.replace('    test_floats();\n', ''), 'x/test-i386.c')).toThrow(/x\/test-i386\.c: skip test_floats: .*found it nowhere/);
    expect(() => applySkips(SHAPE + '    test_single_step();\n')).toThrow(/skip test_single_step: .*more than once/);
    expect(() => applySkips('')).toThrow(QemuTestError);
  });

  it('a folder without the program is bad input (exit 2) naming the missing files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twd-noqemu-'));
    expect(() => buildQemuTest(dir, dir)).toThrow(/not a QEMU tests\/tcg\/i386 folder \(missing test-i386\.c, test-i386\.h/);
    try { buildQemuTest(dir, dir); } catch (e) { expect((e as QemuTestError).exitCode).toBe(2); }
  });
});

describe('qemu-test-i386 comparison', () => {
  it('line counts, the first differing byte and line, and the differing lines', () => {
    const a = Buffer.from('x 1\ny 2\nz 3\n'), b = Buffer.from('x 1\ny 9\nz 3\n');
    expect(compareOutputs(a, Buffer.from(a))).toMatchObject({ equal: true, nativeLines: 3, emulatedLines: 3, verdict: 'identical', diffs: [] });
    const c = compareOutputs(a, b);
    expect(c.equal).toBe(false);
    expect(c.verdict).toBe('differ: byte 7, line 2');
    expect(c.diffs).toEqual(['2: native   y 2\n2: emulated y 9']);
    expect(compareOutputs(a, a.subarray(0, 4)).verdict).toBe('EOF on the emulated output after byte 4');
  });
});

const qemuDir = process.env.QEMU_TCG_I386;
describe.skipIf(!qemuDir)('QEMU test-i386 (QEMU_TCG_I386 set)', () => {
  it('emulated output equals the native run byte for byte', async () => {
    const { exe } = buildQemuTest(qemuDir!, mkdtempSync(join(tmpdir(), 'twd-qemu-i386-')));
    const emu = await runEmulated(exe);
    expect(emu.code, emu.stats).toBe(0);
    const c = compareOutputs(runNative(exe), emu.out);
    expect(c.verdict, c.diffs.join('\n')).toBe('identical');
    expect(emu.stats).toMatch(/unknown system calls \(-ENOSYS\): 0\n/);
  }, 180_000);
});
