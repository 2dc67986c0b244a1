// Protected memory's rules at their edges: what the driver's code may store into under SVM and what
// it may not, byte by byte. The twin's virtual interrupt flag (abi.ts __svm_vif, the C's svm_vif) is
// the driver's own state in the hypervisor's data: its rewritten cli/sti/popf store there; the byte
// beside it is the hypervisor's.

import { beforeAll, describe, expect, it } from 'vitest';
import { ProtectedMemory } from '../../src/inject/protect.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { CTX } from '../../src/platform/hypervisor/hypervisor.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';

let h: PlatformHandle;
let pm: ProtectedMemory;
beforeAll(() => {
  runConfig({
    config: 'twin', packets: 2, size: 200, objects: driverObjects(undefined), direction: 'tx',
    onLoaded: (x) => { pm = new ProtectedMemory(x); }, onReady: (x) => { h = x; },
  });
}, 120_000);

/** A store of `length` bytes at hypervisor address `va` as if made by the driver's code (the hypervisor instance). */
function driverStore(va: number, length: number): void {
  const hv = h.hypervisor!, cpu = h.machine.cpu;
  const t = hv.region.view.translate(va)!;
  const saved = cpu.context;
  cpu.context = CTX.driver;
  try { pm.written(t.pfn, va & 0xfff, length, cpu); } finally { cpu.context = saved; }
}

describe('the hypervisor instance\'s virtual interrupt flag', () => {
  it('a store into svm_vif is the driver\'s own; a store that reaches past it, or the byte before it, is hypervisor corruption', () => {
    const vif = h.hypervisor!.image.sym('svm_vif');
    expect(h.machine.cpu.codeContext).toBe(h.machine.cpu.context); // outside a block: the CPU's context
    const before = pm.total;
    driverStore(vif, 1);
    expect(pm.total).toBe(before);
    driverStore(vif, 2);
    expect(pm.total).toBe(before + 1);
    driverStore(vif - 1, 1);
    expect(pm.total).toBe(before + 2);
    expect(pm.counts.hypervisor.cpu).toBe(2);
    expect(pm.violations.at(-1)!.where).toMatch(/hypervisor C data page/);
  });
});
