// collectReport / collectStatic on the bundled sample driver (and one corpus driver with port I/O):
// per-class and per-function figures add up to the rewriter's totals, the per-function profiles
// add up to the CPU's counts, every run verifies its frames, and the data survives JSON.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { classifyRewrite, collectReport, collectStatic } from '../../src/report/collect.js';
import { renderHtml } from '../../src/report/html.js';
import { INSN_CLASSES, type ReportData, type StaticExpansion } from '../../src/report/types.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { NORETURN } from '../../src/svm-runtime/abi.js';
import { sampleDriverAsm } from '../../src/util/paths.js';
import { CORPUS_DIR } from '../support/paths.js';
import { campaign } from './fixtures.js';

const PACKETS = 64;

function checkSums(s: StaticExpansion): void {
  const sum = (k: 'instructions' | 'inserted' | 'stub'): number => INSN_CLASSES.reduce((a, c) => a + s.classes[c][k], 0);
  expect(sum('instructions')).toBe(s.total.before);
  expect(sum('inserted')).toBe(s.total.after - s.total.before);
  expect(sum('stub')).toBe(s.total.stub);
  for (const f of s.functions) {
    const fs = (k: 'instructions' | 'inserted' | 'stub'): number => INSN_CLASSES.reduce((a, c) => a + f.classes[c][k], 0);
    expect(fs('instructions'), f.name).toBe(f.before);
    expect(fs('inserted'), f.name).toBe(f.after - f.before);
    expect(fs('stub'), f.name).toBe(f.stub);
  }
  expect(s.functions.reduce((a, f) => a + f.stub, 0)).toBe(s.total.stub);
  expect(s.functions.reduce((a, f) => a + f.before, 0)).toBe(s.total.before);
  // Class counts against the rewriter's own counters.
  expect(s.classes.reused.instructions).toBe(s.total.reused);
  expect(s.classes.string.instructions).toBe(s.total.stringSites);
  expect(s.classes.indirect.instructions).toBe(s.total.indirectSites);
  expect(s.classes['port-io'].instructions).toBe(s.total.portIoSites);
  expect(s.classes.reserved.instructions).toBe(0);
  // Return-site CFI: one checked return per ret; a frame-pointer check stands for no instruction.
  expect(s.classes.return.instructions).toBe(s.total.returnChecks);
  expect(s.classes.return.inserted + s.classes['frame-check'].inserted).toBe(s.total.insertedForReturns);
  expect(s.classes['frame-check'].instructions).toBe(0);
  expect(s.classes['frame-check'].stub).toBe(3 * s.total.fpChecks);
}

describe('static expansion', () => {
  it('sample driver: classes and functions add up to the rewrite report', () => {
    const s = collectStatic(sampleDriverAsm());
    checkSums(s);
    expect(s.total.translated).toBeGreaterThan(100);
    expect(s.classes.translated.inserted / s.classes.translated.instructions).toBeGreaterThan(5);
    expect(s.classes['stack-exempt'].inserted).toBe(0);
    // The only insertion at an instruction without memory: the trap after a call of a dom0 routine
    // that "never returns" (the rewriter does not trust that promise).
    const noreturn = readFileSync(sampleDriverAsm(), 'utf8').split('\n').filter((l) => /^\s*call\s+(\w+)/.test(l) && NORETURN.has(/call\s+(\w+)/.exec(l)![1]!)).length;
    expect(s.classes['no-memory'].inserted).toBe(noreturn);
    expect(s.functions.some((f) => f.name.startsWith('<'))).toBe(false);
  });

  it('every memory operand the rewriter counted is classified the same way', () => {
    const file = sampleDriverAsm();
    const p = parse(file, readFileSync(file, 'utf8'));
    const r = rewrite(p, { portIo: 'helpers' });
    const recs = classifyRewrite(p, r);
    const access = (k: string): number => recs.filter((x) => x.access === k).length;
    expect(access('translated')).toBe(r.report.total.translated);
    expect(access('reused')).toBe(r.report.total.reused);
    expect(access('stack-exempt')).toBe(r.report.total.stackExempt);
    expect(access('stack-checked')).toBe(r.report.total.stackChecked);
    // Entry pushes (line 0: at the function label) are exactly the reserved registers.
    const entry = recs.filter((x) => x.cls === 'reserved' && x.line === 0).reduce((a, x) => a + x.inserted, 0);
    expect(entry).toBe(r.report.total.reserved);
  });

  it('a corpus driver with port I/O adds up too', () => {
    const s = collectStatic(join(CORPUS_DIR, 'ne2k-pci.s'));
    checkSums(s);
    expect(s.classes['port-io'].instructions).toBeGreaterThan(0);
  });
});

describe('collectReport on the sample driver', () => {
  let d: ReportData;
  beforeAll(() => { d = collectReport({ packets: PACKETS, campaigns: [campaign('twin')], modes: true }); });

  it('runs every configuration with all frames verified', () => {
    expect(d.configs.map((c) => c.config)).toEqual(['native', 'xen-dom0', 'dom0', 'split', 'twin']);
    for (const c of d.configs) {
      expect(c.setupFailure).toBeUndefined();
      for (const x of [c.tx!, c.rx!]) {
        expect(x.sink.ok).toBe(PACKETS);
        expect(x.sink.lost + x.sink.corrupt + x.sink.duplicate).toBe(0);
      }
    }
    expect(d.costModel?.params.cpi).toBeGreaterThan(0);
  });

  it('the twin in every SVM mode beside the unprotected original: each moves every frame without a safety event, table and segment execute fewer driver instructions than the stlb', () => {
    const m = d.svmModes!;
    expect(m.map((r) => r.mode)).toEqual(['stlb', 'table', 'segment']);
    expect(d.svmBaseline!.tx).toBeGreaterThan(0);
    const stlbRun = d.configs.find((c) => c.config === 'twin')!;
    for (const r of m) {
      expect(r.safetyEvents, r.mode).toBe(0);
      for (const dir of ['tx', 'rx'] as const) {
        expect(r[dir]!.vsUnprotected!, `${r.mode} ${dir}`).toBeCloseTo(r[dir]!.driver / d.svmBaseline![dir]!, 6);
        expect(r[dir]!.vsUnprotected!, `${r.mode} ${dir}`).toBeGreaterThanOrEqual(1);
      }
    }
    const [stlb, table, segment] = m;
    expect(stlb!.tx!.driver).toBeCloseTo(stlbRun.tx!.insnsPerPacket.driver, 6);
    for (const dir of ['tx', 'rx'] as const) {
      expect(table![dir]!.driver).toBeLessThan(stlb![dir]!.driver);
      expect(segment![dir]!.driver).toBeLessThan(table![dir]!.driver);
    }
    expect(renderHtml(d)).toContain('twin --svm segment');
  });

  it('dynamic expansion comes from the configuration runs', () => {
    const dyn = d.dynamic!;
    for (const dir of ['tx', 'rx'] as const) {
      const e = dyn[dir];
      const run = (c: string) => d.configs.find((x) => x.config === c)![dir]!;
      expect(e.perConfig.native!.driver).toBe(run('native').insnsPerPacket.driver);
      expect(e.twinVsNative).toBeCloseTo(run('twin').insnsPerPacket.driver / run('native').insnsPerPacket.driver, 12);
      expect(e.twinVsNative!).toBeGreaterThan(1);
    }
  });

  it('per-function profiles add up to the traced and counted driver instructions', () => {
    const ps = d.dynamic!.profiles!;
    expect(ps.map((p) => `${p.config} ${p.direction}`)).toEqual(['native tx', 'native rx', 'dom0 tx', 'dom0 rx', 'twin tx', 'twin rx']);
    for (const p of ps) {
      const sum = Object.values(p.perFunction).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(p.traced, 9);
      // The counter also includes work charged by modeled runtime routines (never less).
      expect(p.traced).toBeLessThanOrEqual(p.counted + 1e-9);
      if (p.config === 'native') expect(p.traced).toBeCloseTo(p.counted, 9);
      expect(p.perFunction['<outside the driver>']).toBeUndefined();
    }
    const native = ps.find((p) => p.config === 'native' && p.direction === 'tx')!;
    expect(native.perFunction['e1000like_xmit_frame']).toBeGreaterThan(0);
    expect(native.perFunction['<svm stubs>']).toBeUndefined();
  });

  it('the upcall sweep moves one more hot routine per point', () => {
    const pts = d.upcallSweep!.points;
    expect(pts.map((p) => p.upcallsForced.length)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pts[0]).toBe(d.configs.find((c) => c.config === 'twin'));
    for (const p of pts) expect(p.tx!.sink.ok).toBe(PACKETS);
    expect(pts[9]!.tx!.upcallsPerPacket).toBeGreaterThan(pts[0]!.tx!.upcallsPerPacket);
    expect(pts[9]!.tx!.cycles.total).toBeGreaterThan(pts[0]!.tx!.cycles.total);
  });

  it('headline ratios with each parameter halved and doubled (tornado data), from the runs as measured', () => {
    const sv = d.sensitivity!;
    expect(sv.headlines.map((h) => h.id)).toEqual(['tx-twin-split', 'rx-twin-split', 'tx-twin-dom0', 'rx-twin-dom0']);
    const twin = d.configs.find((c) => c.config === 'twin')!, split = d.configs.find((c) => c.config === 'split')!;
    const tx = sv.headlines[0]!;
    expect(tx.value).toBeCloseTo(split.tx!.cycles.total / twin.tx!.cycles.total, 9);
    expect(tx.rows.map((r) => r.param).sort()).toEqual(['copyPerByte', 'cpi', 'domainSwitch', 'eventUpcall', 'hypercallTrap', 'irqEntry', 'tlbFlush']);
    for (const h of sv.headlines) {
      // Largest swing first; a parameter that only split pays (domain switches, TLB flushes)
      // moves the twin/split ratio up when doubled and down when halved.
      const swings = h.rows.map((r) => Math.abs(r.doubled - r.halved));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
      if (h.baseline === 'split') {
        const ds = h.rows.find((r) => r.param === 'domainSwitch')!;
        expect(ds.halved).toBeLessThan(h.value);
        expect(ds.doubled).toBeGreaterThan(h.value);
      }
    }
    // Every parameter names its source and says whether it is measured or an estimate.
    const cm = d.costModel!;
    for (const k of Object.keys(cm.params) as (keyof typeof cm.params)[]) {
      expect(cm.sources[k].length, k).toBeGreaterThan(10);
      expect(['measured', 'estimate']).toContain(cm.kinds[k]);
    }
    const html = renderHtml(d);
    expect(html.match(/sensitivity to each cost parameter<\/title>/g)?.length).toBe(4);
    expect(html).toMatch(/What the emulated machine <b>measured<\/b>/);
    expect(html).toMatch(/What the model <b>assumes<\/b>/);
    expect(html).toMatch(/Calibration points: copyPerByte/);
  });

  it('round-trips through JSON and renders the same HTML from it', () => {
    const back = JSON.parse(JSON.stringify(d)) as ReportData;
    expect(back).toEqual(d);
    expect(renderHtml(back)).toBe(renderHtml(d));
    expect(back.campaigns[0]!.target).toBe('twin');
  });
});
