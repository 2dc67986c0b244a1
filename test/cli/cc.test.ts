// `twindrivers cc`: gcc -m32 -S with the kernel flags and the mini kernel API headers, from ONE
// definition (src/toolchain/kernel-flags.ts) that the driver build script uses too.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToAsm } from '../../scripts/driver-toolchain.js';
import { KERNEL_CFLAGS } from '../../src/toolchain/kernel-flags.js';
import { run } from '../support/cli.js';
import { ROOT, tempDir } from '../support/paths.js';

const dir = tempDir('cc');
const SAMPLE = 'drivers/e1000like/e1000like.c';

describe('twindrivers cc', () => {
  it('--print-flags: the kernel flags, the warnings and the include path, one line', async () => {
    const r = await run('cc', '--print-flags', '-D', 'DEBUG=1');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`${KERNEL_CFLAGS.join(' ')} -Wall -Werror -I drivers/include -DDEBUG=1\n`);
  });

  it('compiles the bundled driver exactly as npm run build:drivers does', async () => {
    const out = join(dir, 'e1000like.s');
    const r = await run('cc', SAMPLE, '-o', out);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(compileToAsm(SAMPLE));
  });

  it('writes FILE.s in the current folder by default; -D and -I reach gcc; - is standard output', async () => {
    writeFileSync(join(dir, 'mine.h'), '#define VALUE 1234567\n');
    writeFileSync(join(dir, 'mine.c'), '#include <linux/types.h>\n#include "mine.h"\nu32 value(void) { return VALUE + EXTRA; }\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run('cc', 'mine.c', '-D', 'EXTRA=1', '-I', dir);
      expect(r.code, r.err).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(ROOT, 'mine.s'))).toBe(false);
    const s = readFileSync(join(dir, 'mine.s'), 'utf8');
    expect(s).toMatch(/movl\t\$1234568, %eax/);
    const std = await run('cc', join(dir, 'mine.c'), '-D', 'EXTRA=1', '-I', dir, '-o', '-');
    expect(std.out).toMatch(/movl\t\$1234568, %eax/);
  });

  it("a compile error: gcc's diagnostics at file:line:col, exit 1, no output file", async () => {
    const c = join(dir, 'broken.c');
    writeFileSync(c, 'int f(void) { return 1 }\n');
    const out = join(dir, 'broken.s');
    const r = await run('cc', c, '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.c:1:\d+: error: expected ';'/);
    expect(r.err).toMatch(/twindrivers: error: gcc could not compile '.*broken\.c'/);
    expect(existsSync(out)).toBe(false);
    const w = join(dir, 'warn.c');
    writeFileSync(w, 'int f(void) { int unused; return 1; }\n');
    expect((await run('cc', w, '-o', join(dir, 'warn.s'))).code).toBe(1);
  });
});
