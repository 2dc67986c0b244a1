// The cost model's arithmetic: each measured count lands in its category with its parameter, the
// interrupt entry in dom0's category natively and in Xen's on the hypervisor; every parameter has
// a source and a kind; overrides are checked.

import { describe, expect, it } from 'vitest';
import { COST_KIND, COST_SOURCES, cyclesPerPacket, DEFAULT_COST, emptyMeasured, parseCostOverrides } from '../../src/platform/cost.js';

describe('cost model', () => {
  it('cycles per packet = instructions x cpi + bytes x copyPerByte + events x their cost, by category', () => {
    const m = emptyMeasured();
    Object.assign(m, { packets: 2, driverInsns: 100, dom0Insns: 40, hypervisorInsns: 60, guestInsns: 20 });
    m.copyBytes = { dom0: 10, hypervisor: 200, guest: 4 };
    m.events = { hypercallTraps: 2, domainSwitches: 4, eventUpcalls: 6, physIrqs: 8, tlbFlushes: 10, upcalls: 1 };
    const p = { cpuHz: 1, cpi: 2, copyPerByte: 3, hypercallTrap: 5, domainSwitch: 7, eventUpcall: 11, irqEntry: 13, tlbFlush: 17 };
    const xen = cyclesPerPacket({ ...m, onXen: true }, p);
    expect(xen.driver).toBe((100 * 2) / 2);
    expect(xen.dom0).toBe((40 * 2 + 10 * 3) / 2);
    expect(xen.domU).toBe((20 * 2 + 4 * 3) / 2);
    expect(xen.xen).toBe((60 * 2 + 200 * 3 + 2 * 5 + 4 * 7 + 6 * 11 + 10 * 17 + 8 * 13) / 2);
    expect(xen.total).toBe(xen.driver + xen.dom0 + xen.domU + xen.xen);
    const native = cyclesPerPacket({ ...m, onXen: false }, p);
    expect(native.dom0 - xen.dom0).toBe((8 * 13) / 2);
    expect(xen.xen - native.xen).toBe((8 * 13) / 2);
  });

  it('every parameter names a source and a kind; the clock and the copy cost come from the thesis', () => {
    for (const k of Object.keys(DEFAULT_COST) as (keyof typeof DEFAULT_COST)[]) {
      expect(COST_SOURCES[k], k).toMatch(/thesis|estimate|xen-io-measurements/);
      expect(COST_KIND[k], k).toBe(/^thesis/.test(COST_SOURCES[k]) ? 'measured' : 'estimate');
    }
  });

  it('overrides: known names, non-negative numbers', () => {
    expect(parseCostOverrides('cpi=1.2,domainSwitch=0')).toEqual({ cpi: 1.2, domainSwitch: 0 });
    expect(() => parseCostOverrides('upcall=1')).toThrow(/unknown cost parameter 'upcall'/);
    expect(() => parseCostOverrides('cpi=-1')).toThrow(/non-negative/);
  });
});
