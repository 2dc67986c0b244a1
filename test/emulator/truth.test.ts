// The kernel-of-truth program (truth/truth.c: every user-mode integer instruction class over edge
// operands, printing results and the SDM-defined flags), built statically with this machine's gcc
// and glibc, run natively and under `twindrivers emulate`: the two outputs must be equal byte for
// byte, and the emulated run must need no unknown system call. What the program leaves out, and
// why, is named in its header (signals, modify_ldt, x87/SSE, cpuid/rdtsc).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT, tempDir } from '../support/paths.js';

describe('kernel of truth: native vs emulate', () => {
  it('static glibc build: byte-identical output, exit 0, no -ENOSYS', async () => {
    const exe = join(tempDir('truth'), 'truth');
    execFileSync('gcc', ['-m32', '-O1', '-static', '-fno-pie', '-no-pie', '-o', exe, join(ROOT, 'test', 'emulator', 'truth', 'truth.c')], { stdio: ['ignore', 'ignore', 'pipe'] });
    const native = execFileSync(exe, { maxBuffer: 1 << 26 });
    const chunks: Buffer[] = [];
    let err = '';
    const io = {
      stdout: (s: string) => { chunks.push(Buffer.from(s, 'latin1')); },
      stderr: (s: string) => { err += s; },
      stdoutBytes: (b: Uint8Array) => { chunks.push(Buffer.from(b)); },
    };
    const code = await main(['node', 'twindrivers', 'emulate', '--stats', exe], io);
    const emulated = Buffer.concat(chunks);
    expect(code, err).toBe(0);
    expect(native.length).toBeGreaterThan(1_000_000);
    expect(emulated.equals(native), `first difference at byte ${[...emulated].findIndex((b, i) => b !== native[i])}`).toBe(true);
    expect(err).toMatch(/unknown system calls \(-ENOSYS\): 0\n/);
  }, 120_000);
});
