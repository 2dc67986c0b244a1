// Terminal summaries of fault campaigns: the full one `twindrivers inject` prints (outcomes per
// fault type, most severe first, what contained the contained faults, the corrupted faults split
// by domain and writer — the split that shows what SVM prevents —, how they were caught, the worst
// faults), and the compact side-by-side table `demo` and `bench:inject` print for several
// campaigns (twin beside the unprotected baseline).

import { breachesSvm, DOMAINS, OUTCOMES, RUNTIME_FAULT_TYPES, VIA_NAMES, VIAS, type CampaignResult, type CampaignSummary, type FaultRecord } from '../inject/types.js';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** One line naming a fault's site. */
export function siteLine(r: FaultRecord): string {
  const s = r.site;
  if (s.kind === 'code') return `${s.function} ${s.file ? `${s.file.replace(/^.*\//, '')}:` : 'line '}${s.line}: ${s.original.trim()} -> ${s.mutated.map((m) => m.trim()).join('; ') || '(deleted)'}`;
  const parts = [
    s.routine && `${s.routine}${s.call !== undefined ? ` call ${s.call}` : ''}`,
    s.at ?? (s.field && `${s.field}${s.bit !== undefined ? ` bit ${s.bit}` : ''}`),
    s.atPacket !== undefined && `before packet ${s.atPacket}`,
    s.store !== undefined && `at store ${s.store}`,
  ].filter(Boolean);
  return parts.join(', ') || 'run time';
}

/** The full summary of one campaign. */
export function renderCampaign(r: CampaignResult): string {
  const s = r.summary;
  const n = r.records.length;
  const w = 17;
  const lines = [
    `campaign: ${n} faults on the ${r.target === 'twin' ? 'twin (rewritten driver under SVM)' : 'unprotected baseline (original driver in the hypervisor)'}, seed ${r.seed}, ${r.packetsPerFault} packets each way per fault${r.iommu ? ', IOMMU on' : ''}`,
    '',
    `${pad('type', 10)}${OUTCOMES.map((o) => lpad(o, w)).join('')}${lpad('activated', 11)}`,
  ];
  for (const t of r.types) {
    const c = s.byType[t];
    if (!c) continue;
    const act = r.records.filter((x) => x.type === t && x.activated).length;
    lines.push(`${pad(t, 10)}${OUTCOMES.map((o) => lpad(String(c[o]), w)).join('')}${lpad(String(act), 11)}`);
  }
  for (const t of r.skippedTypes) {
    const runtime = (RUNTIME_FAULT_TYPES as readonly string[]).includes(t);
    lines.push(`${pad(t, 10)}${runtime ? 'not injected: run-time faults act on the sample driver\'s structures (its rings, pool and allocation calls), not this driver\'s' : `no site: ${r.sites === 'executed' ? 'the workload runs no instruction this type applies to (--sites all widens the choice)' : 'no instruction in the driver this type applies to'}`}`);
  }
  lines.push(`${pad('total', 10)}${OUTCOMES.map((o) => lpad(String(s.total[o]), w)).join('')}${lpad(String(s.activated), 11)}`);
  lines.push(`${pad('activated', 10)}${OUTCOMES.map((o) => lpad(String(s.activatedTotal[o]), w)).join('')}${lpad('', 11)}`);
  lines.push('');
  const det = Object.entries(s.detections).sort((a, b) => b[1] - a[1]);
  lines.push(`contained by: ${det.length ? det.map(([k, v]) => `${k} ${v}`).join(', ') : 'nothing'}`);
  lines.push(`corrupted: ${s.total.corrupted} faults (${pct(s.activatedTotal.corrupted, s.activated)} of the ${s.activated} activated), by domain and writer (a fault counts in every cell it wrote):`);
  lines.push(...corruptionMatrix(s).map((l) => `  ${l}`));
  lines.push(`  first write ${VIAS.map((v) => `${VIA_NAMES[v]} ${s.corruptedVia[v]}`).join(', ')}; the driver's code storing from the hypervisor instance in ${s.corruptedByInstance.hv} faults, ` +
    `from the VM instance in dom0 in ${s.corruptedByInstance.vm}; caught by the write watch ${s.caughtBy.watch}, by checksums ${s.caughtBy.checksum}`);
  lines.push(`SVM's guarantee — no hypervisor or guest memory changed by the driver's code (or a routine on its pointer): ${s.svmBreaches ? `broken by ${s.svmBreaches} faults` : 'held (0 faults)'}. ` +
    `dom0, the driver's own domain, and DMA${r.iommu ? '' : ' without an IOMMU'} are outside SVM's reach (as in the thesis)${s.corruptedVia.dma && !r.iommu ? '; --iommu confines DMA to dom0' : ''}.`);
  lines.push(`system-failure (the hypervisor crashed or hung): ${s.total['system-failure']}; hypervisor crashes ${s.systemFailures.crash}, hangs ${s.systemFailures.hang} (whatever the outcome)`);
  lines.push(`emulator failures: ${s.total['emulator-failure']}`);
  // The worst faults, most severe first: every tool failure, then corruption of hypervisor or guest
  // memory by the driver's code, other corruption, system failures.
  const rank = (x: FaultRecord): number => (x.outcome === 'emulator-failure' ? 0 : x.outcome === 'corrupted' ? (breachesSvm(x.corruption) ? 1 : 2) : 3);
  const worst = r.records.filter((x) => x.outcome === 'corrupted' || x.outcome === 'emulator-failure' || x.outcome === 'system-failure')
    .sort((a, b) => rank(a) - rank(b) || a.index - b.index).slice(0, 6);
  for (const x of worst) lines.push(`  #${x.index} ${x.type} ${x.outcome}: ${siteLine(x)}\n      ${x.detail}`);
  lines.push(`host time ${r.hostSeconds.toFixed(1)} s (${r.faultsPerSecond.toFixed(1)} faults/s)`);
  return lines.join('\n') + '\n';
}


/** Corrupted faults per domain (rows) and writer (columns), with a total per row. */
export function corruptionMatrix(s: CampaignSummary): string[] {
  const w = VIAS.map((v) => Math.max(8, VIA_NAMES[v].length + 2));
  const rows = DOMAINS.map((d) => `${pad(d, 12)}${VIAS.map((v, i) => lpad(String(s.corruptedBy[d][v]), w[i]!)).join('')}${lpad(String(s.corruptedIn[d]), 6)}`);
  return [`${pad('', 12)}${VIAS.map((v, i) => lpad(VIA_NAMES[v], w[i]!)).join('')}${lpad('any', 6)}`, ...rows];
}

/**
 * Campaigns side by side: one row each, outcome counts (most severe first), the share of activated
 * faults corrupted, and the corrupted faults split as SVM sees them: hypervisor or guest memory by
 * the driver's code (what SVM prevents), dom0 by the driver's code, anything by DMA.
 */
export function campaignTable(cs: readonly CampaignResult[]): string[] {
  const split = [
    ['hv+guest by code', (s: CampaignSummary) => s.svmBreaches], ['dom0 by code', (s: CampaignSummary) => s.dom0ByDriver], ['by DMA', (s: CampaignSummary) => s.byDma],
  ] as const;
  const head = `${pad('campaign', 18)}${lpad('faults', 7)}${lpad('activated', 10)}${OUTCOMES.map((o) => lpad(o, o.length + 2)).join('')}${lpad('corrupted/activated', 21)}` +
    split.map(([n]) => lpad(n, n.length + 2)).join('');
  return [head, ...cs.map((c) => {
    const t = c.summary.total;
    return `${pad(`${c.target}${c.iommu ? ' + IOMMU' : ''}`, 18)}${lpad(String(c.records.length), 7)}${lpad(String(c.summary.activated), 10)}${OUTCOMES.map((o) => lpad(String(t[o]), o.length + 2)).join('')}` +
      `${lpad(pct(c.summary.activatedTotal.corrupted, c.summary.activated), 21)}${split.map(([n, f]) => lpad(String(f(c.summary)), n.length + 2)).join('')}`;
  })];
}
