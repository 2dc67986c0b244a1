// Owns the native run of the driver: links the object assembled from the committed
// e1000like.s with e1000like-harness.c (mock dom0 kernel + trapping e1000-like NIC model)
// into a freestanding i386 program and runs it on the host CPU.  It checks that the driver
// really works against the hardware contract of DESIGN.md section 4 and the kernel routine
// semantics of drivers/e1000like/README.md.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  E1000LIKE,
  PROJECT_ROOT,
  assemble,
  gccM32Works,
  projectPath,
} from '../../scripts/driver-toolchain.js';

const HARNESS = 'test/drivers/e1000like-harness.c';
const HARNESS_CFLAGS = [
  '-m32',
  '-O1',
  '-mregparm=3',
  '-ffreestanding',
  '-fno-builtin',
  '-fno-pic',
  '-fno-stack-protector',
  '-fno-asynchronous-unwind-tables',
  '-Wall',
  '-Werror',
  '-I',
  'drivers/include',
  '-I',
  'drivers/e1000like',
];
/** Exit status the harness uses when the host lacks 32-bit syscalls, TLS or signals. */
const EXIT_ENV = 77;

const gccOk = gccM32Works();
const SKIP_NOTE = gccOk ? '' : ' [SKIPPED: `gcc -m32` cannot compile on this machine]';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twindrivers-native-'));

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('e1000like native run', () => {
  it.skipIf(!gccOk)(`runs probe/open/xmit/irq/rx/ethtool/close/remove${SKIP_NOTE}`, (ctx) => {
    const driverObject = path.join(dir, 'e1000like.o');
    const harnessObject = path.join(dir, 'harness.o');
    const program = path.join(dir, 'e1000like-native');
    assemble(projectPath(E1000LIKE.asm), driverObject);
    execFileSync('gcc', [...HARNESS_CFLAGS, '-c', HARNESS, '-o', harnessObject], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    execFileSync(
      'gcc',
      ['-m32', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-o', program, driverObject, harnessObject],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );

    const run = spawnSync(program, [], { encoding: 'utf8', timeout: 8_000 });
    if (run.status === EXIT_ENV) {
      ctx.skip(`host cannot run the freestanding i386 harness: ${run.stdout.trim()}`);
      return;
    }
    expect(run.error, String(run.error)).toBeUndefined();
    expect(run.signal, run.stdout).toBeNull();
    expect(run.stdout).toContain('HARNESS: all checks passed');
    expect(run.status, run.stdout).toBe(0);
  }, 10_000);
});
