// The tag-free translation under attack (abi.ts "Tag-free translation"): driver code rewritten with
// --svm table that points a translated access at hypervisor memory — the runtime data, the page
// table of deltas itself, the driver stack's guard — page-faults on a guard delta; the miss refuses
// it ('svm-access'), the driver is aborted, nothing of the hypervisor or the guests changed and
// every table entry is one the miss made. The genuine table-mode driver moves every packet.
// Constant pages (no base register): an absolute address in the hypervisor region is refused the
// same way, and the miss fills the recorded constant's page, never a window for a region page.

import { describe, expect, it } from 'vitest';
import { HV_MAP } from '../../src/platform/hypervisor/layout.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { attackDriver, expectHypervisorIntact, expectStopped, once, watchedRun } from './support.js';
import { DeltaTable, guardDelta, type TableHost } from '../../src/svm-runtime/table.js';
import type { Cpu } from '../../src/emulator/cpu.js';
import type { Fault } from '../../src/emulator/types.js';

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
    // jiffies and evtchn_upcall_mask: constant-page sites, whose page is the recorded constant's.
    expect(rt.table!.stats.constMisses).toBeGreaterThan(0);
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

describe('tag-free translation: constant pages (abi.ts "Constant pages") under attack', () => {
  /** At the transmit entry: a read or write of a constant address (the rewriter's constant-page form). */
  const atConst = (name: string, address: number, write: boolean) => attackDriver(name, (s) => once(s, '\tmovl\t%eax, -48(%ebp)\t# skb, %sfp\n',
    `\tmovl\t%eax, -48(%ebp)\t# skb, %sfp\n\t${write ? `movl\t%eax, ${address + 8}` : `movl\t${address + 8}, %ecx`}\n`), TABLE);
  const cases: Array<[string, number, boolean, RegExp]> = [
    ['read of the runtime data', HV_MAP.runtimeData, false, /hypervisor memory/],
    ['write into the delta table', HV_MAP.svmTable, true, /hypervisor memory/],
    ['read of an address dom0 does not map', 0x00001000, false, /not mapped in dom0/],
  ];
  for (const [what, address, write, detail] of cases) {
    it(`${what} at the constant 0x${(address + 8).toString(16)}: svm-access, aborted, nothing changed`, () => {
      const w = watchedRun(atConst(`table-const-${address.toString(16)}`, address, write));
      expectStopped(w, 'svm-access');
      expect(w.report.safety[0]!.detail).toMatch(detail);
      expect(w.handle!.hypervisor!.inst!.hvRuntime.table!.audit()).toEqual([]);
    });
  }

  // The miss itself, on a hand-made site: the page filled is the recorded constant's (never the
  // accessed address's, nor one derived from the delta register), and a constant in the
  // hypervisor region gets no window even when the address accessed is dom0's.
  const PAGE = 4096, GUARD = 0xff000000, REGION = 0xfc000000, TEXT = 0xfd000000;
  function table(dom0Pages: number[]): { t: DeltaTable; entry: (p: number) => number; mapped: Map<number, number>; text: DataView } {
    const store = new Map<number, number>(); // table entries by page
    const mapped = new Map<number, number>(); // window slot -> pfn
    const text = new DataView(new ArrayBuffer(64));
    const view = {
      writeBytes: (va: number, b: Uint8Array) => { const dv = new DataView(b.buffer, b.byteOffset, b.byteLength); for (let p = 0; p < b.length / 4; p++) store.set(p, dv.getUint32(p * 4, true)); void va; },
      read32: (va: number) => (va >= TEXT && va < TEXT + 64 ? text.getUint32(va - TEXT, true) : store.get((va - REGION) / 4)!),
      write32: (va: number, v: number) => { store.set((va - REGION) / 4, v >>> 0); },
    };
    const region = {
      contains: (va: number) => (va >>> 0) >= REGION, mappedIn: () => null, allocate: () => {}, view,
      mapPage: (va: number, pfn: number) => { mapped.set(va, pfn); }, unmapPage: (va: number) => { mapped.delete(va); },
    };
    const dom0 = { translate: (va: number) => (dom0Pages.includes(va >>> 12) ? { pa: 0, pfn: 0x100 + (va >>> 12), flags: 7 } : null) };
    const t = new DeltaTable({ region, dom0, dom0OwnsFrame: () => true, stack: () => null, text: () => ({ start: TEXT, size: 64 }) } as unknown as TableHost,
      { base: REGION, guard: GUARD, windowBase: 0xfe000000, windowLimit: 0xfe100000 });
    return { t, entry: (p) => view.read32(REGION + 4 * p), mapped, text };
  }
  const cpu = { r: new Int32Array(8) } as unknown as Cpu;
  const fault = (off: number): Fault => ({ fault: 'PF', addr: 0, access: 'r', user: false, present: false, eip: TEXT + off });

  it('fills the page of the site\'s constant X = D + anchor, D read from the installed instruction', () => {
    const { t, entry, mapped, text } = table([0x801, 0x802]);
    // movl counter+0x10(%ecx),%eax with %ecx the delta of counter's page: X = 0x00801ff8, D = X + 0x10 (the next page).
    t.bind([{ offset: 8, base: -1, delta: 1, disp: 0x10, anchor: -0x10, dispAt: 2 }]);
    text.setUint32(10, 0x00802008, true);
    expect(t.miss(cpu, fault(8))).toEqual({ retry: true });
    const w = (entry(0x801) + 0x801 * PAGE) >>> 0;
    expect(cpu.r[1]! >>> 0).toBe(entry(0x801));
    expect(entry(0x802)).toBe(guardDelta(GUARD, 0x802));
    // The window of X's page maps it and the next one (D's), so D + delta is dom0's 0x802 frame.
    expect(mapped.get(w)).toBe(0x901);
    expect(mapped.get(w + PAGE)).toBe(0x902);
  });

  it('refuses a constant in the hypervisor region though the address accessed is dom0\'s: no window, no entry', () => {
    const { t, entry, mapped, text } = table([(REGION >>> 12) - 1]);
    // X = REGION + 8 (the runtime's first page), D = REGION - 8 (dom0's last page below it).
    t.bind([{ offset: 8, base: -1, delta: 1, disp: -8, anchor: 16, dispAt: 2 }]);
    text.setUint32(10, REGION - 8, true);
    const r = t.miss(cpu, fault(8));
    expect(r).toMatchObject({ event: expect.stringMatching(/its constant 0xfc000008 is hypervisor memory/) });
    expect(entry(REGION >>> 12)).toBe(guardDelta(GUARD, REGION >>> 12));
    expect(mapped.size).toBe(0);
    // A plain-number site (no relocation: dispAt -1) reads D from the site itself.
    t.bind([{ offset: 8, base: -1, delta: 1, disp: REGION + 0x100, anchor: 0, dispAt: -1 }]);
    expect(t.miss(cpu, fault(8))).toMatchObject({ event: expect.stringMatching(/^0xfc000100: hypervisor memory/) });
    expect(mapped.size).toBe(0);
  });
});
