// The loader's gate (issues 6 and 9): a hypervisor instance whose object does not verify is never
// bound — here the rewritten driver with one untranslated store slipped into its transmit path.

import { describe, expect, it } from 'vitest';
import { parseObject } from '../../src/loader/elf.js';
import { assemble, driverObjects } from '../../src/platform/driver-objects.js';
import { runConfig } from '../../src/platform/run.js';

describe('the loader refuses a hypervisor instance that does not verify', () => {
  const objects = driverObjects();
  const tampered = objects.rewrittenAsm.replace(/^e1000like_xmit_frame:\n/m, (m) => `${m}\tmovl\t%eax, 8(%edx)\n`);

  it('the untranslated store is caught at load time, before any driver code runs', () => {
    expect(tampered).not.toBe(objects.rewrittenAsm);
    const bad = parseObject(assemble('tampered', tampered), 'tampered.o');
    const r = runConfig({ config: 'twin', packets: 8, size: 60, objects: { ...objects, rewritten: bad } });
    expect(r.setupFailure).toMatch(/does not verify/);
    expect(r.refused).toMatch(/movl %eax, 0x8\(%edx\).*not a translated address/);
    expect(r.tx).toBeUndefined();
  });

  it('the clean rewritten driver passes the same gate', () => {
    const r = runConfig({ config: 'twin', packets: 8, size: 60, objects });
    expect(r.refused).toBeUndefined();
    expect(r.tx!.sink.ok).toBe(8);
  });
});
