// The HTML report and its SVG charts: one self-contained document (no external resources, no
// scripts), every section present, one <svg> per chart, all text escaped.

import { beforeAll, describe, expect, it } from 'vitest';
import { collectReport } from '../../src/report/collect.js';
import { OUTCOME_COLORS, renderHtml, SECTIONS } from '../../src/report/html.js';
import { OUTCOMES } from '../../src/inject/types.js';
import { barChart, esc, niceTicks, tornadoChart } from '../../src/report/svg.js';
import type { ReportData } from '../../src/report/types.js';
import { campaign } from './fixtures.js';

const EVIL = 'f<&>"\'x';

/** Static data of the sample with one function renamed to something that needs escaping. */
function evilData(base: ReportData): ReportData {
  const [first, ...rest] = base.static.functions;
  return { ...base, static: { ...base.static, functions: [{ ...first!, name: EVIL, before: 100, after: 900 }, ...rest] } };
}

function checkSelfContained(html: string): void {
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).not.toMatch(/https?:/i);
  expect(html).not.toMatch(/\ssrc\s*=/i);
  expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
  expect(html).toMatch(/<meta charset="utf-8">/);
  // Every chart is a figure holding exactly one inline <svg>.
  const figures = html.match(/<figure>/g)?.length ?? 0;
  expect(figures).toBeGreaterThan(0);
  expect(html.match(/<svg /g)?.length).toBe(figures);
  expect(html.match(/<\/svg>/g)?.length).toBe(figures);
  for (const s of SECTIONS) expect(html, s).toContain(`<section id="${s}">`);
}

describe('HTML report', () => {
  let staticOnly: ReportData;
  beforeAll(() => { staticOnly = collectReport({ dynamic: false }); });

  it('static-only data: self-contained, every section present, says what was not collected', () => {
    const html = renderHtml(staticOnly);
    checkSelfContained(html);
    expect(html).toContain('No fault campaign was included');
    expect(html).toMatch(/id="dynamic">.*Not collected: dynamic runs were not requested/s);
    expect(html).toContain('e1000like_xmit_frame');
  });

  it('escapes function names, campaign text and file names', () => {
    const d = { ...evilData(staticOnly), driver: { file: '/tmp/<drv>&.s', bundledSample: false }, campaigns: [campaign('twin'), campaign('unprotected')] };
    const html = renderHtml(d);
    checkSelfContained(html);
    expect(html).not.toContain(EVIL);
    expect(html).toContain(esc(EVIL));
    expect(html).not.toContain('<script>');
    expect(html).toContain('hypervisor frame 0x1234 changed &lt;script&gt;');
    expect(html).toContain('0xfc000010 is not dom0 memory &lt;&amp;&gt;');
    expect(html).toContain('/tmp/&lt;drv&gt;&amp;.s');
    expect(html).not.toContain('No fault campaign was included');
    // Two campaigns: a comparison chart, the twin beside the baseline per type, one chart per campaign.
    expect(html).toContain('Outcomes per campaign');
    expect(html).toContain('Twin beside the unprotected baseline (seeds 7 and 7)');
    expect(html.match(/Outcomes per fault type/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('e1000like_xmit_frame line 812');
  });

  it('campaigns: the five outcome classes in severity order, each in its own colour, twin and baseline side by side', () => {
    const all = renderHtml({ ...staticOnly, campaigns: [campaign('twin'), campaign('unprotected')] });
    const html = all.slice(all.indexOf('<section id="campaigns">'));
    const legend = [...html.matchAll(/<rect x="[\d.]+" y="\d+" width="12" height="12" fill="(#[0-9A-F]{6})"\/><text [^>]*>([a-z-]+)<\/text>/g)];
    const first = legend.slice(0, OUTCOMES.length);
    expect(first.map((m) => m[2])).toEqual([...OUTCOMES]);
    expect(new Set(first.map((m) => m[1])).size).toBe(OUTCOMES.length);
    for (const m of first) expect(m[1]).toBe(OUTCOME_COLORS[m[2] as keyof typeof OUTCOME_COLORS]);
    // Pairs per type in the side-by-side chart: the twin's bar above the baseline's.
    const side = html.slice(html.indexOf('Twin beside the unprotected baseline'));
    expect(side.indexOf('PTR · twin')).toBeLessThan(side.indexOf('PTR · unprotected'));
    expect(side).toContain('WHILE1 · unprotected — system-failure: 1');
    expect(side).toContain('WHILE1 · twin — contained: 1');
    // The campaign tables: contained by what, corrupted where and how.
    expect(html).toMatch(/<th>contained by<\/th>.*watchdog/s);
    expect(html).toMatch(/<th>corrupted faults in<\/th><th class="num">by the driver&#39;s code<\/th>/);
    // Corruption split by domain and writer, twin beside the baseline: the baseline's driver code
    // wrote the hypervisor, the twin's did not; DMA into dom0 appears in both (outside SVM's reach).
    const split = html.slice(html.indexOf('Corrupted faults by domain and writer, twin beside the baseline'));
    expect(split).toContain('hypervisor · unprotected — the driver&#39;s code: 1');
    expect(split).not.toContain('hypervisor · twin —');
    expect(split).toContain('dom0 · twin — DMA: 1');
    expect(split).toContain('dom0 · unprotected — DMA: 1');
    expect(split).toMatch(/twin: 0 faults, baseline: 1/);
    expect(html).not.toContain('detected');
  });
});

describe('SVG charts', () => {
  it('a stacked chart has axes, a legend, labels and a rect per non-zero segment', () => {
    const svg = barChart({
      title: 'T <1>', unit: 'u&v', stacked: true, categories: ['a<b', 'c'],
      series: [{ name: 's&1', values: [1, 2] }, { name: 's2', values: [0, 3] }],
    });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('<title>T &lt;1&gt;</title>');
    expect(svg).toContain('a&lt;b');
    expect(svg).toContain('s&amp;1');
    expect(svg).toContain('u&amp;v');
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBe(3);
    expect(svg).toMatch(/>5<\/text>/); // the stacked total of 'c'
  });

  it('grouped bars print every value; bad values draw nothing and print a dash', () => {
    const svg = barChart({ title: 't', unit: 'u', categories: ['x'], series: [{ name: 'a', values: [NaN] }, { name: 'b', values: [4] }] });
    expect(svg).toContain('>–</text>');
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBe(1);
    expect(svg).not.toContain('NaN');
  });

  it('ticks cover the maximum with a round step', () => {
    expect(niceTicks(8079)).toEqual([0, 2000, 4000, 6000, 8000, 10000]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1, 5, true)).toEqual([0, 1]);
    expect(niceTicks(12, 5, true)).toEqual([0, 5, 10, 15]);
  });
});

describe('tornado chart', () => {
  it('two bars per parameter from the centre line, escaped labels, ticks only inside the axis, the reference dashed', () => {
    const svg = tornadoChart({
      title: 'R <1>', base: 2, unit: 'ratio', reference: { value: 2.4, label: 'thesis' },
      rows: [{ label: 'cpi&x', halved: 3.5, doubled: 1.2 }, { label: 'b', halved: 1.9, doubled: 2.3 }],
    });
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('<title>R &lt;1&gt;</title>');
    expect(svg).toContain('cpi&amp;x');
    expect(svg.match(/<rect [^>]*><title>/g)?.length).toBe(4);
    expect(svg).toMatch(/stroke-dasharray="4 3"/);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    for (const m of svg.matchAll(/ x="(-?[\d.]+)"/g)) expect(Number(m[1])).toBeLessThanOrEqual(width);
    // Axis ticks label their own position: none is drawn outside [min, max] of the values shown.
    const ticks = [...svg.matchAll(/fill="#444">([\d.]+)<\/text>/g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t >= 1 && t <= 3.7).toBe(true);
  });
});
