// Owns check (a) of issue 4: the committed e1000like.s is exactly what gcc produces now from
// the committed C with the kernel flags, and it embeds no absolute path of this machine.

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDriver } from '../../scripts/build-drivers.js';
import { E1000LIKE, PROJECT_ROOT, gccM32Works, projectPath } from '../../scripts/driver-toolchain.js';
import { KERNEL_CFLAGS } from '../../scripts/kernel-flags.js';

const gccOk = gccM32Works();
const SKIP_NOTE = gccOk ? '' : ' [SKIPPED: `gcc -m32` cannot compile on this machine]';

describe('e1000like assembly build', () => {
  it('uses exactly the i386 kernel flags of DESIGN.md section 5', () => {
    expect(KERNEL_CFLAGS.join(' ')).toBe(
      '-m32 -O2 -mregparm=3 -freg-struct-return -fno-pic -mpreferred-stack-boundary=2 ' +
        '-march=i686 -ffreestanding -fno-omit-frame-pointer -fno-optimize-sibling-calls ' +
        '-fno-stack-protector -fno-asynchronous-unwind-tables -fno-strict-aliasing -fno-common ' +
        '-mno-sse -mno-mmx -msoft-float -fno-delete-null-pointer-checks -fverbose-asm -S',
    );
  });

  it.skipIf(!gccOk)(`committed .s equals a fresh gcc build${SKIP_NOTE}`, () => {
    const result = checkDriver(E1000LIKE);
    expect(result.upToDate, result.message).toBe(true);
  }, 10_000);

  it('committed .s embeds no absolute path', () => {
    const asm = fs.readFileSync(projectPath(E1000LIKE.asm), 'utf8');
    expect(asm.includes(PROJECT_ROOT)).toBe(false);
    expect(asm).not.toMatch(/\/work\//);
    expect(asm).toMatch(/^\t\.file\t"e1000like\.c"$/m);
  });
});
