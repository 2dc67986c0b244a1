// Renders a ReportData as one self-contained HTML document: inline CSS, inline SVG charts (svg.ts),
// tables, no scripts and no external resources, readable offline and printable.
//
// Invariants: the document is a function of the ReportData alone; every piece of text from the
// data (function names, file names, campaign details ...) goes through esc(); every section is
// present even when its data was not collected (it then says why).

import type { CampaignResult, FaultRecord, Outcome } from '../inject/types.js';
import { DOMAINS, OUTCOMES, VIA_NAMES, VIAS, type Via } from '../inject/types.js';
import { siteLine } from './campaign-text.js';
import type { ConfigName, DirectionResult } from '../platform/run.js';
import { barChart, esc, PALETTE, tornadoChart, type Series } from './svg.js';
import {
  CLASS_INFO, INSN_CLASSES, type ConfigRun, type FunctionProfile, type FunctionStatic, type ReportData,
} from './types.js';

/** Section ids in document order (tests check each is present). */
export const SECTIONS = ['summary', 'static', 'classes', 'functions', 'dynamic', 'profiles', 'configs', 'costs', 'sweep', 'campaigns', 'method'] as const;

/** One distinct colour per outcome (Okabe-Ito): harm in warm and dark colours, containment in blue. */
export const OUTCOME_COLORS: Readonly<Record<Outcome, string>> = {
  corrupted: '#D55E00', 'system-failure': '#000000', wrong: '#E69F00', contained: '#0072B2', 'no-effect': '#009E73', 'emulator-failure': '#CC79A7',
};
const DOMAIN_COLORS = { driver: PALETTE[0], dom0: PALETTE[1], hypervisor: PALETTE[2], guest: PALETTE[3] } as const;
const CONFIG_COLORS: Readonly<Partial<Record<ConfigName, string>>> = { native: PALETTE[6], 'xen-dom0': PALETTE[4], dom0: PALETTE[1], split: PALETTE[3], twin: PALETTE[0] };
/** Functions shown in the per-function static chart (the table lists all). */
const CHART_FUNCTIONS = 25;
/** Fault records listed per campaign (most severe outcomes first). */
const LISTED_RECORDS = 25;

const int = (v: number): string => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '–');
const fix = (v: number, d = 1): string => (Number.isFinite(v) ? v.toFixed(d) : '–');
const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '–');
const ratio = (v: number | null): string => (v === null || !Number.isFinite(v) ? '–' : `×${v.toFixed(2)}`);

function table(head: readonly string[], rows: readonly (readonly string[])[], opts: { numericFrom?: number; caption?: string; className?: string } = {}): string {
  const from = opts.numericFrom ?? 1;
  const th = head.map((h, i) => `<th${i >= from ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${i >= from ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${opts.className ? ` class="${opts.className}"` : ''}>${opts.caption ? `<caption>${opts.caption}</caption>` : ''}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const figure = (svg: string, caption: string): string => `<figure>${svg}<figcaption>${caption}</figcaption></figure>`;
const section = (id: string, title: string, body: string): string => `<section id="${id}"><h2>${esc(title)}</h2>\n${body}\n</section>`;
const note = (text: string): string => `<p class="note">${text}</p>`;

// ---- sections --------------------------------------------------------------------------------

function summary(d: ReportData): string {
  const t = d.static.total;
  const items: Array<[string, string]> = [
    ['Static expansion (inline)', `${int(t.before)} → ${int(t.after)} instructions, ${ratio(t.expansion)}; +${int(t.stub)} out-of-line stub instructions`],
    ['Translated accesses', `${int(t.translated)} (${fix(t.perAccess, 2)} inline instructions inserted each); ${int(t.reused)} reused a translation; ${int(t.stackExempt)} stack-relative exempt`],
    ['Memory references (original)', `${pct(d.static.references.memory, d.static.references.instructions)} of instructions reference memory; ${pct(d.static.references.other, d.static.references.instructions)} need translation`],
  ];
  if (d.dynamic) {
    for (const dir of ['tx', 'rx'] as const) {
      const e = d.dynamic[dir];
      const n = e.perConfig.native?.driver, tw = e.perConfig.twin?.driver;
      if (n !== undefined && tw !== undefined) items.push([`Dynamic expansion ${dir.toUpperCase()}`, `${fix(n)} → ${fix(tw)} driver instructions per packet (twin vs native ${ratio(e.twinVsNative)}; dom0 vs native ${ratio(e.dom0VsNative)})`]);
    }
  } else items.push(['Dynamic expansion', esc(d.dynamicNote ?? 'not collected')]);
  for (const c of d.campaigns) {
    const s = c.summary.total;
    const total = OUTCOMES.reduce((a, o) => a + s[o], 0);
    const cs = c.summary;
    items.push([`Campaign (${c.target}, seed ${c.seed})`, `${int(total)} faults (${int(cs.activated)} activated): ${OUTCOMES.map((o) => `${esc(o)} ${int(s[o])}`).join(', ')}; ` +
      `corrupted ${pct(cs.activatedTotal.corrupted, cs.activated)} of the activated faults — hypervisor or guest memory by the driver's code ${int(cs.svmBreaches)}, dom0 by its code ${int(cs.dom0ByDriver)}, by DMA ${int(cs.byDma)}`]);
  }
  if (!d.campaigns.length) items.push(['Fault campaigns', 'none included']);
  return section('summary', 'Summary', `<dl class="kv">${items.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`);
}

function staticSection(d: ReportData): string {
  const s = d.static;
  const t = s.total;
  const body = [
    `<p>The SVM rewrite of <code>${esc(s.file)}</code> (port I/O: ${esc(s.rewriteOptions.portIo)}): ${int(t.before)} original instructions become ${int(t.after)} inline instructions (${ratio(t.expansion)}) plus ${int(t.stub)} instructions in out-of-line stubs (slow paths, target checks, faults).</p>`,
    table(['', 'count'], [
      ['memory operands translated through the stlb', int(t.translated)],
      ['inline instructions inserted per translated access', fix(t.perAccess, 2)],
      ['accesses that reused a translation', int(t.reused)],
      ['stack-relative operands left as they are', int(t.stackExempt)],
      ['stack-indexed operands bounds-checked', int(t.stackChecked)],
      ['sites that spilled registers (registers spilled)', `${int(t.spillSites)} (${int(t.spills)})`],
      ['sites that rematerialised borrowed registers', int(t.rematSites)],
      ['callee-saved registers reserved per function (total)', int(t.reserved)],
      ['sites that saved EFLAGS', int(t.flagSaves)],
      ['string instruction sites', int(t.stringSites)],
      ['indirect call/jump sites', int(t.indirectSites)],
      ['port I/O sites through helpers', int(t.portIoSites)],
    ]),
  ];
  return section('static', 'Static expansion', body.join('\n'));
}

function classesSection(d: ReportData): string {
  const s = d.static;
  const before = s.total.before;
  const rows = INSN_CLASSES.map((c) => {
    const k = s.classes[c];
    return [`<span title="${esc(CLASS_INFO[c].description)}">${esc(CLASS_INFO[c].label)}</span>`, int(k.instructions), pct(k.instructions, before), int(k.inserted),
      k.instructions ? fix(k.inserted / k.instructions, 2) : '–', int(k.stub)];
  });
  const sum = INSN_CLASSES.reduce((a, c) => ({ i: a.i + s.classes[c].instructions, n: a.n + s.classes[c].inserted, st: a.st + s.classes[c].stub }), { i: 0, n: 0, st: 0 });
  rows.push(['<b>total</b>', int(sum.i), pct(sum.i, before), int(sum.n), sum.i ? fix(sum.n / sum.i, 2) : '–', int(sum.st)]);
  const shown = INSN_CLASSES.filter((c) => s.classes[c].inserted > 0 || s.classes[c].stub > 0);
  const chart = barChart({
    title: 'Instructions added per instruction class', unit: 'instructions', stacked: true,
    categories: shown.map((c) => CLASS_INFO[c].label),
    series: [
      { name: 'inserted inline', values: shown.map((c) => s.classes[c].inserted), color: PALETTE[0] },
      { name: 'out-of-line stubs', values: shown.map((c) => s.classes[c].stub), color: PALETTE[1] },
    ],
  });
  const defs = `<dl class="defs">${INSN_CLASSES.map((c) => `<dt>${esc(CLASS_INFO[c].label)}</dt><dd>${esc(CLASS_INFO[c].description)}</dd>`).join('')}</dl>`;
  return section('classes', 'Static expansion per instruction class', [
    '<p>Each original instruction falls in one class by what the rewriter did with it. <em>Inserted</em> is the inline instructions emitted for the class minus the originals; stubs are out of line and run only on a slow path or a failed check.</p>',
    table(['class', 'instructions', 'share', 'inserted inline', 'inserted per instruction', 'stub instructions'], rows),
    s.total.translated > s.classes.translated.instructions
      ? `<p>The rewriter's ${int(s.total.translated)} translated accesses include the memory operands of ${int(s.total.translated - s.classes.translated.instructions)} indirect transfers, counted here in their own class.</p>` : '',
    figure(chart, 'Inline and out-of-line instructions added, by class of the original instruction.'),
    defs,
  ].join('\n'));
}

function functionsSection(d: ReportData): string {
  const fns = [...d.static.functions].sort((a, b) => b.expansion - a.expansion || b.after - a.after);
  const rows = fns.map((f: FunctionStatic) => [`<code>${esc(f.name)}</code>`, int(f.before), int(f.after), ratio(f.expansion), int(f.stub), int(f.translated), int(f.reused),
    int(f.stackExempt), int(f.stackChecked), int(f.stringSites), int(f.indirectSites), int(f.spills), int(f.reserved)]);
  const top = [...d.static.functions].sort((a, b) => b.after - b.before - (a.after - a.before) || a.name.localeCompare(b.name)).slice(0, CHART_FUNCTIONS);
  const chart = barChart({
    title: `Instructions per function: the ${top.length} with the most inserted`, unit: 'instructions', stacked: true,
    categories: top.map((f) => f.name),
    series: [
      { name: 'original', values: top.map((f) => f.before), color: PALETTE[6] },
      { name: 'inserted inline', values: top.map((f) => f.after - f.before), color: PALETTE[0] },
      { name: 'out-of-line stubs', values: top.map((f) => f.stub), color: PALETTE[1] },
    ],
  });
  return section('functions', 'Static expansion per function', [
    figure(chart, 'Original instructions, inline instructions added and stub instructions per function.'),
    `<p>All ${fns.length} functions, by inline expansion (after / before). Stubs are attributed to the function whose sites they serve.</p>`,
    table(['function', 'before', 'after', 'expansion', 'stubs', 'translated', 'reused', 'stack-exempt', 'stack-checked', 'string', 'indirect', 'spills', 'reserved'], rows),
  ].join('\n'));
}

function dynamicSection(d: ReportData): string {
  const dyn = d.dynamic;
  if (!dyn) return section('dynamic', 'Dynamic expansion', note(`Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const rows: string[][] = [];
  const cats: string[] = [];
  const values = { driver: [] as number[], dom0: [] as number[], hypervisor: [] as number[], guest: [] as number[] };
  for (const dir of ['tx', 'rx'] as const) {
    const e = dyn[dir];
    for (const [cfg, p] of Object.entries(e.perConfig) as Array<[ConfigName, NonNullable<(typeof e.perConfig)[ConfigName]>]>) {
      const native = e.perConfig.native?.driver;
      const beside = d.sample?.[dir].perConfig[cfg]?.driver;
      rows.push([`${dir.toUpperCase()} ${esc(cfg)}`, fix(p.driver), native ? ratio(p.driver / native) : '–', fix(p.dom0), fix(p.hypervisor), fix(p.guest), ...(d.sample ? [beside !== undefined ? fix(beside) : '–'] : [])]);
      cats.push(`${dir.toUpperCase()} ${cfg}`);
      for (const k of ['driver', 'dom0', 'hypervisor', 'guest'] as const) values[k].push(p[k]);
    }
  }
  const chart = barChart({
    title: 'Instructions per packet by domain', unit: 'instructions per packet', stacked: true, categories: cats,
    series: (['driver', 'dom0', 'hypervisor', 'guest'] as const).map((k) => ({ name: k, values: values[k], color: DOMAIN_COLORS[k] })),
  });
  return section('dynamic', 'Dynamic expansion', [
    `<p>Instructions executed per packet, ${int(dyn.packets)} packets per direction of ${int(dyn.size)}-byte frames. <em>driver</em> is the driver's own code (original in native, xen-dom0 and split, rewritten in dom0 and twin); <em>dom0</em> is dom0's kernel C on the packet path (the hot routines, netback) plus the charges of its modeled services (the slab allocator); <em>hypervisor</em> is the hypervisor's C (hot routines, SVM slow path, pool, the guests' interface, grants, events); <em>guest</em> is the guests' netfront. All but the modeled services are executed code.</p>`,
    ...(d.sample ? ['<p>The last column is the bundled sample driver\'s own instructions per packet in the same configuration, packets and frame size, beside this driver\'s.</p>'] : []),
    table(['run', 'driver', 'driver vs native', 'dom0', 'hypervisor', 'guest', ...(d.sample ? ['sample driver'] : [])], rows),
    figure(chart, 'Instructions per packet per domain, by configuration and direction.'),
  ].join('\n'));
}

/** The twin in every SVM mode beside the unprotected original (issues 18 and 19). */
function modesSection(d: ReportData): string {
  const m = d.svmModes;
  if (!m || !m.length) return section('modes', 'SVM modes side by side', note(d.dynamic ? 'Not collected (needs the twin and unprotected configurations).' : `Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const u = d.svmBaseline?.tx, ur = d.svmBaseline?.rx;
  const rows = [
    ['unprotected (original)', u !== undefined ? fix(u) : '–', '×1.00', ur !== undefined ? fix(ur) : '–', '×1.00', '–', '–'],
    ...m.map((r) => [`twin --svm ${esc(r.mode)}`, r.tx ? fix(r.tx.driver) : '–', ratio(r.tx?.vsUnprotected ?? null), r.rx ? fix(r.rx.driver) : '–', ratio(r.rx?.vsUnprotected ?? null),
      r.mode === 'segment' ? fix(r.completedPerPacket, 3) : '–', int(r.safetyEvents)]),
  ];
  return section('modes', 'SVM modes side by side', [
    '<p>Driver instructions executed per packet by the twin in each SVM mode, beside the unprotected original on the same path (same packets and frame size): <em>stlb</em> is the thesis-style tagged fast path, <em>table</em> the tag-free page-delta table whose miss is a page fault, <em>segment</em> the confined x86 segments with a cooperating dom0 (accesses outside its region are completed by the fault handler: counted per packet).</p>',
    table(['run', 'TX driver', 'TX vs unprotected', 'RX driver', 'RX vs unprotected', 'fault-completed / packet', 'safety events'], rows),
  ].join('\n'));
}

function profilesSection(d: ReportData): string {
  const profiles = d.dynamic?.profiles;
  if (!profiles || !profiles.length) return section('profiles', 'Dynamic expansion per function', note(d.dynamic ? 'Per-function profiles were not collected.' : `Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const parts: string[] = [`<p>Driver instructions executed per packet in each function, counted by tracing every instruction of separate runs of ${int(profiles[0]!.packets)} packets per direction. <code>${esc('<svm stubs>')}</code> are the rewriter's out-of-line stubs (slow paths and checks). The CPU counter row is the same runs' driver count from the per-domain counters: it also includes instructions charged by modeled runtime routines the driver calls (in dom0, the VM instance's SVM slow path and call translation), which the trace does not see.</p>`];
  for (const dir of ['tx', 'rx'] as const) {
    const ps = profiles.filter((p) => p.direction === dir);
    if (!ps.length) continue;
    const names = new Set<string>();
    for (const p of ps) for (const n of Object.keys(p.perFunction)) names.add(n);
    const get = (p: FunctionProfile | undefined, n: string): number => p?.perFunction[n] ?? 0;
    const native = ps.find((p) => p.config === 'native');
    const twin = ps.find((p) => p.config === 'twin') ?? ps.find((p) => p.config === 'dom0');
    const order = [...names].sort((a, b) => get(twin, b) - get(twin, a) || get(native, b) - get(native, a) || a.localeCompare(b));
    const rows = order.map((n) => [`<code>${esc(n)}</code>`, ...ps.map((p) => fix(get(p, n))), native && twin && get(native, n) > 0 ? ratio(get(twin, n) / get(native, n)) : '–']);
    rows.push(['<b>traced total</b>', ...ps.map((p) => fix(p.traced)), native && twin && native.traced > 0 ? ratio(twin.traced / native.traced) : '–']);
    rows.push(['CPU counter (same runs)', ...ps.map((p) => fix(p.counted)), '']);
    parts.push(`<h3>${dir.toUpperCase()}</h3>`);
    parts.push(figure(barChart({
      title: `Driver instructions per packet per function, ${dir.toUpperCase()}`, unit: 'instructions per packet', categories: order,
      series: ps.map((p) => ({ name: p.config, values: order.map((n) => get(p, n)), color: CONFIG_COLORS[p.config] ?? PALETTE[5] })),
    }), `Instructions per packet in each driver function, ${dir.toUpperCase()}, by configuration.`));
    parts.push(table(['function', ...ps.map((p) => esc(p.config)), twin ? `${esc(twin.config)} vs native` : 'vs native'], rows));
  }
  return section('profiles', 'Dynamic expansion per function', parts.join('\n'));
}

function dirRow(label: string, r: ConfigRun, d: DirectionResult): string[] {
  const c = d.cycles;
  return [label, `${int(d.sink.ok)}/${int(d.packets)}`, `${int(d.sink.lost)}/${int(d.sink.corrupt)}/${int(d.sink.duplicate)}`, fix(d.insnsPerPacket.driver), fix(d.insnsPerPacket.dom0),
    fix(d.insnsPerPacket.hypervisor), fix(d.insnsPerPacket.guest), fix(d.upcallsPerPacket, 3), int(c.dom0), int(c.domU), int(c.xen), int(c.driver), int(c.total),
    int(d.modeledPps), fix((d.modeledPps * r.size * 8) / 1e6), int(d.hostPps)];
}
const DIR_HEAD = ['run', 'verified', 'lost/corrupt/dup', 'driver insns', 'dom0 insns', 'hv insns', 'guest insns', 'upcalls', 'cyc dom0', 'cyc domU', 'cyc Xen', 'cyc driver', 'cyc total', 'modeled pps', 'modeled Mb/s', 'host pps'];

function configsSection(d: ReportData): string {
  if (!d.configs.length) return section('configs', 'Packet results per configuration', note(`Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const rows: string[][] = [];
  const cats: string[] = [];
  const cyc = { dom0: [] as number[], domU: [] as number[], xen: [] as number[], driver: [] as number[] };
  const problems: string[] = [];
  for (const r of d.configs) {
    if (r.setupFailure) problems.push(`${esc(r.config)}: setup failed: ${esc(r.setupFailure)}`);
    if (r.safetyEvents) problems.push(`${esc(r.config)}: ${int(r.safetyEvents)} safety events (${r.safety.slice(0, 3).map((e) => esc(`${e.kind}: ${e.detail}`)).join('; ')})`);
    for (const dir of ['tx', 'rx'] as const) {
      const x = r[dir];
      if (!x) continue;
      rows.push(dirRow(`${esc(r.config)} ${dir.toUpperCase()}`, r, x));
      cats.push(`${r.config} ${dir.toUpperCase()}`);
      for (const k of ['dom0', 'domU', 'xen', 'driver'] as const) cyc[k].push(x.cycles[k]);
    }
  }
  const chart = barChart({
    title: 'Modeled cycles per packet by category', unit: 'cycles per packet', stacked: true, categories: cats,
    series: [
      { name: 'driver', values: cyc.driver, color: DOMAIN_COLORS.driver }, { name: 'dom0', values: cyc.dom0, color: DOMAIN_COLORS.dom0 },
      { name: 'Xen', values: cyc.xen, color: DOMAIN_COLORS.hypervisor }, { name: 'domU', values: cyc.domU, color: DOMAIN_COLORS.guest },
    ],
  });
  const first = d.configs[0]!;
  return section('configs', 'Packet results per configuration', [
    `<p>${int(d.dynamic?.packets ?? 0)} packets per direction of ${int(first.size)}-byte frames in each configuration, every frame verified end to end on the wire. Cycles come from the cost model (see <a href="#method">method</a>); modeled packet rates are CPU-bound (the model has no wire limit) and modeled Mb/s counts frame bytes at that rate; host pps is how fast the emulation ran.</p>`,
    table(DIR_HEAD, rows),
    figure(chart, 'Modeled cycles per packet by category (thesis figs. 4.6/4.7 categories).'),
    problems.length ? `<ul class="problems">${problems.map((p) => `<li>${p}</li>`).join('')}</ul>` : '<p>No setup failures and no safety events.</p>',
  ].join('\n'));
}

/** Per packet: what a run measured (instructions, bytes, events), the model's inputs besides its parameters. */
function measuredRows(d: ReportData): string[][] {
  const rows: string[][] = [];
  for (const r of d.configs) {
    for (const dir of ['tx', 'rx'] as const) {
      const x = r[dir];
      if (!x) continue;
      const m = x.measured, n = Math.max(1, m.packets), e = m.events;
      rows.push([`${esc(r.config)} ${dir.toUpperCase()}`, fix(m.driverInsns / n), fix((m.dom0Insns - m.dom0ModeledInsns) / n), fix(m.dom0ModeledInsns / n), fix(m.hypervisorInsns / n), fix(m.guestInsns / n),
        fix((m.copyBytes.dom0 + m.copyBytes.hypervisor + m.copyBytes.guest) / n), fix(e.hypercallTraps / n, 2), fix(e.domainSwitches / n, 2), fix(e.eventUpcalls / n, 2), fix(e.physIrqs / n, 2), fix(e.tlbFlushes / n, 2)]);
    }
  }
  return rows;
}

function costsSection(d: ReportData): string {
  const sv = d.sensitivity;
  if (!sv || !d.costModel) return section('costs', 'Costs: measured, assumed, and how the headline ratios depend on them', note(d.dynamic ? 'The configurations the headline ratios compare were not all run.' : `Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const parts: string[] = [
    '<p>Cycles per packet = executed instructions per domain × cpi + bytes copied × copyPerByte + counted events × their per-event cost. What the emulated machine <b>measured</b> in these runs (per packet):</p>',
    table(['run', 'driver insns', 'dom0 C insns', 'dom0 modeled insns', 'hv insns', 'guest insns', 'bytes copied', 'traps', 'domain switches', 'event upcalls', 'interrupts', 'TLB flushes'], measuredRows(d)),
    '<p>What the model <b>assumes</b> (its parameters): measurements of the thesis&#39;s testbed or estimates, each with its source. Thesis throughputs are <em>not</em> inputs; they are what the ratios below are compared with.</p>',
    table(['parameter', 'value', 'kind', 'source'], (Object.keys(d.costModel.params) as Array<keyof typeof d.costModel.params>).map((k) => [esc(k), esc(String(d.costModel!.params[k])), esc(d.costModel!.kinds[k]), esc(d.costModel!.sources[k])]), { numericFrom: 1 }),
    `<p>Calibration points: ${sv.calibratedOn.map(esc).join('; ')}. Every other thesis figure is a prediction.</p>`,
    '<p>What the modeled path does not include, and the thesis\'s cycles do: the TCP/IP stacks that send and receive (netperf in dom0 or in the guest, with their copies to and from user space), dom0\'s bridge and netfilter between the driver and netback, and dom0\'s slab allocator beyond its charged calls. Packets start and end at the network interface of the domain (dom0\'s <code>netif_rx</code> backlog, a guest\'s netfront). Ratios whose configurations differ by work outside that path (receive into dom0 vs into a guest) are therefore not the thesis\'s.</p>',
    '<p>Headline ratios (throughput of the first configuration over the second, CPU-bound: the second&#39;s cycles per packet over the first&#39;s). Each tornado row re-evaluates the same measured counts with one parameter halved and doubled; the clock (cpuHz) scales every configuration alike and moves no ratio.</p>',
    table(['ratio', 'thesis', 'model', 'lowest (parameter)', 'highest (parameter)', 'thesis source'], sv.headlines.map((h) => {
      const all = h.rows.flatMap((r) => [{ v: r.halved, p: `${r.param} ÷2` }, { v: r.doubled, p: `${r.param} ×2` }]);
      const lo = all.reduce((a, b) => (b.v < a.v ? b : a)), hi = all.reduce((a, b) => (b.v > a.v ? b : a));
      return [esc(h.label), fix(h.thesis, 2), fix(h.value, 2), `${fix(lo.v, 2)} (${esc(lo.p)})`, `${fix(hi.v, 2)} (${esc(hi.p)})`, esc(h.thesisSource)];
    }), { numericFrom: 1 }),
  ];
  for (const h of sv.headlines) {
    parts.push(figure(tornadoChart({
      title: `${h.label}: sensitivity to each cost parameter`, base: h.value, unit: `${h.label} (throughput ratio)`,
      reference: { value: h.thesis, label: 'thesis' },
      rows: h.rows.map((r) => ({ label: `${r.param} (${r.value})`, halved: r.halved, doubled: r.doubled })),
    }), `${esc(h.label)}: the model's ratio (solid line), the thesis's (dashed), and the ratio with each parameter halved (blue) or doubled (vermilion).`));
  }
  return section('costs', 'Costs: measured, assumed, and how the headline ratios depend on them', parts.join('\n'));
}

function sweepSection(d: ReportData): string {
  const sw = d.upcallSweep;
  if (!sw) return section('sweep', 'Upcall sweep', note(d.dynamic ? 'The upcall sweep was not run.' : `Not collected: ${esc(d.dynamicNote ?? 'no runs')}.`));
  const label = (r: ConfigRun): string => `K=${r.upcallsForced.length}${r.upcallsForced.length ? ` (+${r.upcallsForced[r.upcallsForced.length - 1]})` : ''}`;
  const rows: string[][] = [];
  for (const r of sw.points) for (const dir of ['tx', 'rx'] as const) { const x = r[dir]; if (x) rows.push(dirRow(`${esc(label(r))} ${dir.toUpperCase()}`, r, x)); }
  const mbps = (r: ConfigRun, dir: 'tx' | 'rx'): number => { const x = r[dir]; return x ? (x.modeledPps * r.size * 8) / 1e6 : NaN; };
  const series: Series[] = (['tx', 'rx'] as const).filter((dir) => sw.points.some((p) => p[dir])).map((dir, i) => ({ name: dir.toUpperCase(), values: sw.points.map((p) => mbps(p, dir)), color: PALETTE[i === 0 ? 0 : 5] }));
  const chart = barChart({ title: 'Modeled throughput vs hot routines moved to upcalls (twin)', unit: 'modeled Mb/s (frame bytes)', categories: sw.points.map(label), series });
  const cyc = barChart({
    title: 'Modeled cycles per packet vs upcalls (twin, TX)', unit: 'cycles per packet', stacked: true, categories: sw.points.map(label),
    series: ([['driver', 'driver'], ['dom0', 'dom0'], ['xen', 'Xen'], ['domU', 'domU']] as const).map(([k, n], i) => ({ name: n, values: sw.points.map((p) => p.tx?.cycles[k] ?? NaN), color: [DOMAIN_COLORS.driver, DOMAIN_COLORS.dom0, DOMAIN_COLORS.hypervisor, DOMAIN_COLORS.guest][i]! })),
  });
  return section('sweep', 'Upcall sweep', [
    `<p>Twin configuration with the first K of the ten hot routines routed through upcalls to dom0 instead of their hypervisor implementations (thesis fig. 4.9); ${int(sw.packets)} packets per direction of ${int(sw.size)}-byte frames per point. The routine named is the one added at that K.</p>`,
    figure(chart, 'Modeled throughput per K, TX and RX.'),
    figure(cyc, 'Modeled cycles per packet per K on transmit, by category.'),
    table(DIR_HEAD, rows),
  ].join('\n'));
}

function campaignBlock(c: CampaignResult, i: number): string {
  const s = c.summary;
  const types = Object.keys(s.byType);
  const rows = types.map((t) => {
    const oc = s.byType[t]!;
    const n = OUTCOMES.reduce((a, o) => a + oc[o], 0);
    return [esc(t), ...OUTCOMES.map((o) => int(oc[o])), int(n)];
  });
  const total = OUTCOMES.reduce((a, o) => a + s.total[o], 0);
  rows.push(['<b>total</b>', ...OUTCOMES.map((o) => int(s.total[o])), int(total)]);
  const chart = barChart({
    title: `Outcomes per fault type — ${c.target} (seed ${c.seed})`, unit: 'faults', stacked: true, integer: true, categories: types,
    series: OUTCOMES.map((o) => ({ name: o, values: types.map((t) => s.byType[t]![o]), color: OUTCOME_COLORS[o] })),
  });
  const det = Object.entries(s.detections);
  const severity = (r: FaultRecord): number => OUTCOMES.indexOf(r.outcome);
  const listed = [...c.records].filter((r) => r.outcome !== 'no-effect').sort((a, b) => severity(a) - severity(b) || a.index - b.index).slice(0, LISTED_RECORDS);
  return [
    `<h3>Campaign ${i + 1}: ${esc(c.target)}</h3>`,
    `<p>Seed ${esc(String(c.seed))}; ${int(c.records.length)} fault records of types ${c.types.filter((t) => !c.skippedTypes.includes(t)).map(esc).join(', ')}; code fault sites: ${c.sites === 'executed' ? 'instructions the workload executes' : 'all driver code'}; ${int(c.packetsPerFault)} packets per fault; IOMMU ${c.iommu ? 'on' : 'off'}; ${int(s.activated)} faults activated; ${fix(c.hostSeconds)} host seconds (${fix(c.faultsPerSecond, 2)} faults/s).${c.skippedTypes.length ? ` Not injected (no site, or run-time faults on a driver other than the sample): ${c.skippedTypes.map(esc).join(', ')}.` : ''}</p>`,
    figure(chart, `Outcome of each fault, per fault type (${esc(c.target)}).`),
    table(['fault type', ...OUTCOMES.map(esc), 'total'], rows),
    det.length ? table(['contained by', 'faults'], det.map(([k, v]) => [esc(k), int(v)])) : '<p>No fault was contained.</p>',
    table(['corrupted faults in', ...VIAS.map((v) => `by ${esc(VIA_NAMES[v])}`), 'any'],
      DOMAINS.map((d) => [esc(d), ...VIAS.map((v) => int(s.corruptedBy[d][v])), int(s.corruptedIn[d])]),
      { caption: 'Corrupted faults by domain and writer (a fault counts in every cell it wrote)', className: 'corruption' }),
    `<p>Corrupted: ${int(s.total.corrupted)} faults, ${pct(s.activatedTotal.corrupted, s.activated)} of the ${int(s.activated)} activated ones. ` +
      `SVM's guarantee (no hypervisor or guest memory changed by the driver's code or a routine on its pointer): ${s.svmBreaches ? `<b>broken by ${int(s.svmBreaches)} faults</b>` : 'held'}; ` +
      `dom0 outside the driver's objects changed by its code: ${int(s.dom0ByDriver)} faults; by DMA${c.iommu ? '' : ' without an IOMMU'}: ${int(s.byDma)} (both outside SVM's reach, as in the thesis). ` +
      `The driver's code stored from the hypervisor instance in ${int(s.corruptedByInstance.hv)} faults and from the VM instance in dom0 in ${int(s.corruptedByInstance.vm)}; ` +
      `the write watch caught ${int(s.caughtBy.watch)}, the checksums ${int(s.caughtBy.checksum)}. The hypervisor crashed in ${int(s.systemFailures.crash)} faults and hung in ${int(s.systemFailures.hang)} (whatever their outcome).</p>`,
    listed.length ? table(['#', 'type', 'site', 'outcome', 'detection', 'detail'], listed.map((r) => [int(r.index), esc(r.type), `<code>${esc(siteLine(r))}</code>`, esc(r.outcome), esc(r.detection ?? r.systemFailure ?? ''), esc(r.detail)]),
      { numericFrom: 99, caption: `Faults with an effect, most severe first (at most ${LISTED_RECORDS})`, className: 'records' }) : '<p>No fault had an effect.</p>',
  ].join('\n');
}

/**
 * The twin beside the unprotected baseline, fault type by fault type (two bars per type, same
 * colours): what SVM changes at a glance. Drawn for the first twin campaign and the first
 * unprotected one (the same seed when there is one).
 */
function sideBySide(cs: readonly CampaignResult[]): string | null {
  const twin = cs.find((c) => c.target === 'twin');
  const base = cs.find((c) => c.target === 'unprotected' && c.seed === twin?.seed) ?? cs.find((c) => c.target === 'unprotected');
  if (!twin || !base) return null;
  const types = [...new Set([...Object.keys(twin.summary.byType), ...Object.keys(base.summary.byType)])];
  const cats: string[] = [];
  const rows: Array<CampaignResult['summary']['total'] | undefined> = [];
  for (const t of ['all', ...types]) {
    for (const c of [twin, base]) {
      cats.push(`${t} · ${c.target}`);
      rows.push(t === 'all' ? c.summary.total : c.summary.byType[t]);
    }
  }
  return figure(barChart({
    title: `Twin beside the unprotected baseline (seeds ${twin.seed} and ${base.seed})`, unit: 'faults', stacked: true, integer: true, categories: cats,
    series: OUTCOMES.map((o) => ({ name: o, values: rows.map((r) => r?.[o] ?? 0), color: OUTCOME_COLORS[o] })),
  }), 'Outcomes per fault type, the twin (rewritten driver under SVM) on the upper bar of each pair and the unprotected baseline (the original driver in the hypervisor) below it; "all" is every fault.') +
    '\n' + corruptionPair(twin, base);
}

/** Writers' colours in the corruption chart: the driver's own stores in the colour of `corrupted`. */
const VIA_COLORS: Readonly<Record<Via, string>> = { cpu: OUTCOME_COLORS.corrupted, routine: PALETTE[3], dma: PALETTE[4], unattributed: PALETTE[6] };

/** Corrupted faults per domain and writer, the twin beside the baseline: SVM's guarantee at a glance. */
function corruptionPair(twin: CampaignResult, base: CampaignResult): string {
  const cats: string[] = [];
  const cells: Array<Readonly<Record<Via, number>>> = [];
  for (const d of DOMAINS) for (const c of [twin, base]) { cats.push(`${d} · ${c.target}`); cells.push(c.summary.corruptedBy[d]); }
  return figure(barChart({
    title: 'Corrupted faults by domain and writer, twin beside the baseline', unit: 'faults', stacked: true, integer: true, categories: cats,
    series: VIAS.map((v) => ({ name: VIA_NAMES[v], values: cells.map((x) => x[v]), color: VIA_COLORS[v] })),
  }), `Faults that changed protected memory, per domain (the twin on the upper bar of each pair) and per writer. Under SVM the driver's code never reaches hypervisor or guest memory (twin: ${twin.summary.svmBreaches} faults, baseline: ${base.summary.svmBreaches}); dom0, the driver's own domain, and DMA without an IOMMU are outside SVM's reach, as in the thesis.`);
}

function campaignsSection(d: ReportData): string {
  if (!d.campaigns.length) {
    return section('campaigns', 'Fault-injection campaigns', note('No fault campaign was included. Run <code>twindrivers inject --json &gt; campaign.json</code> and pass <code>--campaign campaign.json</code> to include one.'));
  }
  const parts: string[] = [];
  if (d.campaigns.length > 1) {
    const cats = d.campaigns.map((c, i) => `${i + 1}: ${c.target}${c.iommu ? ' + IOMMU' : ''} (seed ${c.seed})`);
    parts.push(figure(barChart({
      title: 'Outcomes per campaign', unit: 'faults', stacked: true, integer: true, categories: cats,
      series: OUTCOMES.map((o) => ({ name: o, values: d.campaigns.map((c) => c.summary.total[o]), color: OUTCOME_COLORS[o] })),
    }), 'Outcomes of all faults, per campaign, most severe first.'));
  }
  const pair = sideBySide(d.campaigns);
  if (pair) parts.push(pair);
  d.campaigns.forEach((c, i) => parts.push(campaignBlock(c, i)));
  return section('campaigns', 'Fault-injection campaigns', parts.join('\n'));
}

function methodSection(d: ReportData): string {
  const parts: string[] = [
    '<p>Static figures come from the rewriter: each original instruction is classified by what the rewriter emitted for it (every emitted instruction carries the location of the original it stands for). Dynamic figures come from the emulated machine: per-domain instruction counters, and for the per-function profiles an instruction trace mapped to the driver\'s symbols.</p>',
  ];
  if (d.costModel) {
    const p = d.costModel.params;
    parts.push(table(['cost parameter', 'value', 'kind', 'source'], (Object.keys(p) as Array<keyof typeof p>).map((k) => [esc(k), esc(String(p[k])), esc(d.costModel!.kinds[k]), esc(d.costModel!.sources[k])]), { numericFrom: 1 }));
  }
  if (d.campaigns.length) {
    parts.push('<p>Fault campaigns rank each fault\'s harm, most severe first: <code>corrupted</code> (hypervisor memory, another guest\'s, or dom0 outside the driver\'s objects changed), <code>system-failure</code> (the hypervisor crashed or hung), <code>wrong</code> (packets lost or damaged, dom0 died or misbehaved), <code>contained</code> (a check aborted the driver and the system went on) and <code>no-effect</code>. ' +
      'Protected memory is write-watched from before the driver\'s first instruction; each store is charged to the code that made it (the driver\'s code in either instance, a kernel routine running inside the driver\'s call, or nobody\'s: the hypervisor\'s, dom0\'s and the guests\' own work), DMA to the driver that programmed the NIC, and checksums are compared after the run as a second check. ' +
      'SVM\'s guarantee covers hypervisor and guest memory against the driver\'s code; dom0 (the driver\'s own domain) and DMA without an IOMMU are outside its reach, as in the thesis, and are shown apart.</p>');
  }
  parts.push(table(['phase', 'host seconds'], d.timing.map((t) => [esc(t.phase), fix(t.seconds, 2)])));
  return section('method', 'Method and cost model', parts.join('\n'));
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#1a1a1a;line-height:1.45}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #0072B2;padding-bottom:.15em;margin-top:2em}h3{margin-top:1.5em}
nav ol{columns:2;padding-left:1.2em}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}
table{border-collapse:collapse;margin:.8em 0;font-size:.88em}th,td{border:1px solid #ccc;padding:.25em .55em;vertical-align:top}
th{background:#eef3f8;text-align:left}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding:.3em 0}tbody tr:nth-child(even){background:#fafafa}
table.records td:last-child{max-width:28em}
figure{margin:1em 0;overflow-x:auto}figcaption{font-size:.85em;color:#555}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1.2em}dl.kv dt{font-weight:600}dl.kv dd{margin:0}
dl.defs dt{font-weight:600;margin-top:.4em}dl.defs dd{margin-left:1.5em;color:#333}
.note{background:#fff8e1;border-left:4px solid #E69F00;padding:.5em .8em}.meta{color:#555}
@media print{body{max-width:none}figure{break-inside:avoid}}
`;

/** The report as one self-contained HTML document. */
export function renderHtml(d: ReportData): string {
  const titles: Record<(typeof SECTIONS)[number], string> = {
    summary: 'Summary', static: 'Static expansion', classes: 'Per instruction class', functions: 'Per function', dynamic: 'Dynamic expansion',
    profiles: 'Dynamic expansion per function', configs: 'Packet results per configuration', costs: 'Costs and sensitivity', sweep: 'Upcall sweep', campaigns: 'Fault-injection campaigns', method: 'Method and cost model',
  };
  const file = d.driver.file.replace(/^.*\//, '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`twindrivers report — ${file}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<header><h1>TwinDrivers report</h1><p class="meta">Driver <code>${esc(d.driver.file)}</code>${d.driver.bundledSample ? ' (the bundled sample)' : ''}; generated ${esc(d.generatedAt)} by twindrivers.</p>`,
    `<nav><ol>${SECTIONS.map((s) => `<li><a href="#${s}">${esc(titles[s])}</a></li>`).join('')}</ol></nav></header>`,
    '<main>',
    summary(d), staticSection(d), classesSection(d), functionsSection(d), dynamicSection(d), modesSection(d), profilesSection(d), configsSection(d), costsSection(d), sweepSection(d), campaignsSection(d), methodSection(d),
    '</main></body></html>',
    '',
  ].join('\n');
}


