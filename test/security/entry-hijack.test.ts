// Attack class: entries the verifier never modelled. The hypervisor calls into the hypervisor
// instance through pointers the driver controls — netdev->hard_start_xmit in dom0 memory, the
// interrupt handler the driver registered with request_irq — so the driver (which runs in dom0 at
// probe time, and whose data lives in dom0) can aim them anywhere: into the middle of an
// instruction, at a jump-table case, at a return site, at dead code, outside the module, at
// hypervisor memory. Every such transfer must be refused at the moment of the call (a 'bad-entry'
// safety event, the driver aborted, the hypervisor serving on) with nothing of the hypervisor's or
// another domain's memory changed; a verified entry must still work.

import { beforeAll, describe, expect, it } from 'vitest';
import { driverObjects, type DriverObjects } from '../../src/platform/driver-objects.js';
import { HV_MAP } from '../../src/platform/hypervisor/hypervisor.js';
import type { PlatformHandle } from '../../src/platform/run.js';
import { NETDEV } from '../../src/platform/layout.generated.js';
import { verifyObject } from '../../src/verifier/index.js';
import { attackDriver, expectStopped, once, watchedRun } from './support.js';

let clean: DriverObjects;
let offsets: { landing: number; ret: number; entries: Set<number> };
beforeAll(() => {
  clean = driverObjects();
  const sets = verifyObject(clean.rewritten).sets!;
  const entries = new Set(sets.entries);
  offsets = { landing: sets.targets.find((t) => !entries.has(t))!, ret: sets.returns[0]!, entries };
});

/** Where each kind of bad target lies, as dom0 would hold the pointer (VM-instance addresses). */
const TARGETS: ReadonlyArray<[string, (h: PlatformHandle) => number]> = [
  ['the middle of an instruction (xmit + 1)', (h) => h.module.symbols.get('e1000like_xmit_frame')! + 1],
  ['a jump-table case (in the target bitmap, no entry)', (h) => h.module.textStart + offsets.landing],
  ['a return site', (h) => h.module.textStart + offsets.ret],
  ['one past the module text', (h) => h.module.textStart + h.module.textSize],
  ['a dom0 kernel routine', (h) => h.kernel.exports.get('printk')!],
  ['hypervisor memory', () => HV_MAP.coreData],
  ['NULL', () => 0],
];

describe('entry hijack through netdev->hard_start_xmit (dom0 memory, read at each transmit)', () => {
  it('the landing and return-site targets exist and are not entries', () => {
    expect(offsets.entries.has(offsets.landing)).toBe(false);
    expect(offsets.entries.has(offsets.ret)).toBe(false);
  });
  for (const [what, target] of TARGETS) {
    it(`${what}: refused at the call, nothing changed`, () => {
      const w = watchedRun(clean, (h) => h.kernel.mem.write32(h.kernel.netdev + NETDEV.hard_start_xmit, target(h)), { direction: 'tx' });
      expectStopped(w, 'bad-entry');
      expect(w.report.tx!.sink.ok).toBe(0);
    });
  }
  it('the driver itself stores a mid-instruction xmit pointer at probe (gcc output edited): refused', () => {
    const evil = attackDriver('xmit-plus-1', (s) => once(s, 'movl\t$e1000like_xmit_frame, %eax', 'movl\t$e1000like_xmit_frame+1, %eax'));
    // The module itself verifies: the pointer is data; the transfer is what is refused.
    expect(verifyObject(evil.rewritten).ok).toBe(true);
    const w = watchedRun(evil, undefined, { direction: 'tx' });
    expectStopped(w, 'bad-entry');
    expect(w.report.safety[0]!.detail).toMatch(/xmit: 0x[0-9a-f]+ \(text offset 0x[0-9a-f]+\) is not a verified entry/);
  });
  it('another function (a verified entry, proven from any state) is no escape: whatever it does stays in dom0', () => {
    // e1000like_get_stats(netdev) as xmit: a wrong function, but one the verifier proved from an
    // entry with nothing known — no safety event is needed, and none of the protected memory moves.
    const w = watchedRun(clean, (h) => h.kernel.mem.write32(h.kernel.netdev + NETDEV.hard_start_xmit, h.module.symbols.get('e1000like_get_stats')!), { direction: 'tx' });
    expect(w.report.safety.filter((e) => e.kind === 'bad-entry')).toEqual([]);
    expect(w.hvFramesChanged).toBe(0);
    expect(w.handle!.hypervisor!.hostErrors).toEqual([]);
  });
});

describe('entry hijack through the interrupt handler (registered by the driver with request_irq)', () => {
  for (const [what, target] of TARGETS.filter(([w]) => !/NULL|one past/.test(w))) {
    it(`${what}: refused at the call, nothing changed`, () => {
      const w = watchedRun(clean, (h) => {
        const a = h.kernel.irqActions.find((x) => x.irq === h.kernel.irqNumber)!;
        a.handler = target(h);
      }, { direction: 'rx' });
      expectStopped(w, 'bad-entry');
      expect(w.report.safety[0]!.detail).toMatch(/^interrupt handler: /);
    });
  }
  it('the driver registers a handler two bytes into its real one (gcc output edited): refused during bring-up', () => {
    const evil = attackDriver('intr-plus-2', (s) => once(s, 'movl\t$e1000like_intr, %edx', 'movl\t$e1000like_intr+2, %edx'));
    expect(verifyObject(evil.rewritten).ok).toBe(true);
    const w = watchedRun(evil, undefined, { direction: 'rx' });
    // The first interrupt (link up) already goes through the check: the run may stop at bring-up.
    expect(w.report.safety[0]?.kind).toBe('bad-entry');
    expect(w.report.safety.every((e) => e.kind === 'bad-entry')).toBe(true);
    expect(w.report.rx?.sink.ok ?? 0).toBe(0);
  });
});
