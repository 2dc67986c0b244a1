// The tag-free translation under attack (abi.ts "Tag-free translation"): driver code rewritten with
// --svm table that points a translated access at hypervisor memory — the runtime data, the page
// table of deltas itself, the driver stack's guard — page-faults on a guard delta; the miss refuses
// it ('svm-access'), the driver is aborted, nothing of the hypervisor or the guests changed and
// every table entry is one the miss made. The genuine table-mode driver moves every packet.

import { describe, expect, it } from 'vitest';
import { HV_MAP } from '../../src/platform/hypervisor/layout.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { attackDriver, expectHypervisorIntact, expectStopped, once, watchedRun } from './support.js';

const TABLE = { svm: 'table' } as const;
/** At the transmit entry: %ecx := address, then a read or write through it (translated by the rewrite). */
const at = (name: string, address: number, write = false) => attackDriver(name, (s) => once(s, '\tmovl\t%eax, -48(%ebp)\t# skb, %sfp\n',
  `\tmovl\t%eax, -48(%ebp)\t# skb, %sfp\n\tmovl\t$${address}, %ecx\n\t${write ? 'movl\t%eax, 8(%ecx)' : 'movl\t8(%ecx), %ecx'}\n`), TABLE);

describe('tag-free translation: accesses outside dom0 are refused by the miss', () => {
  it('the genuine driver under --svm table moves every packet, misses restarted, the table audited clean', () => {
    const w = watchedRun(driverObjects(undefined, { portIo: 'helpers', svm: 'table' }));
    expect(w.report.safety).toEqual([]);
    for (const d of ['tx', 'rx'] as const) expect(w.report[d]!.sink.ok).toBe(w.report[d]!.packets);
    const rt = w.handle!.hypervisor!.inst!.hvRuntime;
    expect(rt.table!.stats.misses).toBeGreaterThan(0);
    expect(rt.table!.audit()).toEqual([]);
    expectHypervisorIntact(w.handle!);
  });

  const cases: Array<[string, number, boolean, RegExp]> = [
    ['read of the runtime data', HV_MAP.runtimeData, false, /hypervisor memory/],
    ['read of the delta table itself', HV_MAP.svmTable + 4 * 0x400, false, /hypervisor memory/],
    ['write into the delta table', HV_MAP.svmTable, true, /hypervisor memory/],
    ['write below the driver stack (its guard)', HV_MAP.stackLo - 0x100, true, /hypervisor memory/],
    ['read of an address dom0 does not map', 0x00001000, false, /not mapped in dom0/],
  ];
  for (const [what, address, write, detail] of cases) {
    it(`${what} (0x${address.toString(16)}): svm-access, aborted, nothing changed`, () => {
      const w = watchedRun(at(`table-${address.toString(16)}`, address, write));
      expectStopped(w, 'svm-access');
      expect(w.report.safety[0]!.detail).toMatch(detail);
      expect(w.handle!.hypervisor!.inst!.hvRuntime.table!.audit()).toEqual([]);
    });
  }
});
