// The headline comparisons of the thesis and how each moves with each cost parameter (the tornado
// chart's data). A headline ratio is a throughput ratio of two configurations, CPU-bound: the
// baseline's cycles per packet over the compared one's. Every configuration's measured counts
// (instructions per domain, bytes copied, events) stay as they were measured; only the cost model
// is re-evaluated with one parameter halved or doubled at a time, so no run is repeated.

import { COST_KIND, COST_SOURCES, cyclesPerPacket, type CostParams, type Measured } from '../platform/cost.js';
import type { ConfigName } from '../platform/run.js';
import type { ConfigRun } from './types.js';

/** A thesis figure the report compares with (reference only: never an input of the model). */
export interface Headline {
  readonly id: string;
  readonly label: string;
  readonly direction: 'tx' | 'rx';
  /** Throughput of `config` relative to `baseline`: cycles(baseline) / cycles(config). */
  readonly config: ConfigName;
  readonly baseline: ConfigName;
  readonly thesis: number;
  readonly thesisSource: string;
}

export const HEADLINES: readonly Headline[] = [
  { id: 'tx-twin-split', label: 'TX twin / split', direction: 'tx', config: 'twin', baseline: 'split', thesis: 2.41, thesisSource: 'thesis §4.4.2, fig. 4.4: 3902 vs 1619 Mb/s' },
  { id: 'rx-twin-split', label: 'RX twin / split', direction: 'rx', config: 'twin', baseline: 'split', thesis: 2.17, thesisSource: 'thesis §4.4.2, fig. 4.5: 2022 vs 928 Mb/s' },
  { id: 'tx-twin-dom0', label: 'TX twin / dom0', direction: 'tx', config: 'twin', baseline: 'xen-dom0', thesis: 3902 / 4683, thesisSource: 'thesis §4.4.2, fig. 4.4: 3902 vs 4683 Mb/s' },
  { id: 'rx-twin-dom0', label: 'RX twin / dom0', direction: 'rx', config: 'twin', baseline: 'xen-dom0', thesis: 2022 / 2839, thesisSource: 'thesis §4.4.2, fig. 4.5: 2022 vs 2839 Mb/s' },
];

/** Parameters whose change moves a ratio (the clock scales every configuration alike). */
export const SENSITIVE: readonly (keyof CostParams)[] = ['cpi', 'copyPerByte', 'hypercallTrap', 'domainSwitch', 'eventUpcall', 'irqEntry', 'tlbFlush'];

export interface SensitivityRow {
  readonly param: keyof CostParams;
  readonly value: number;
  readonly halved: number;
  readonly doubled: number;
}

export interface HeadlineResult extends Headline {
  /** The ratio with the cost model's parameters as run. */
  readonly value: number;
  /** One row per parameter, largest swing first. */
  readonly rows: readonly SensitivityRow[];
}

export interface Sensitivity {
  readonly params: CostParams;
  readonly headlines: readonly HeadlineResult[];
  /** Which parameters are measurements (of the thesis's testbed) and which are estimates. */
  readonly kinds: Readonly<Record<keyof CostParams, 'measured' | 'estimate'>>;
  readonly sources: Readonly<Record<keyof CostParams, string>>;
  /** Thesis numbers used to set a parameter (the model is calibrated on them, it does not predict them). */
  readonly calibratedOn: readonly string[];
}

function ratio(a: Measured, b: Measured, p: CostParams): number {
  return cyclesPerPacket(b, p).total / Math.max(1e-9, cyclesPerPacket(a, p).total);
}

/** The headlines the given runs allow (both configurations present), with their sensitivities. */
export function sensitivity(configs: readonly ConfigRun[], params: CostParams): Sensitivity {
  const measured = (c: ConfigName, dir: 'tx' | 'rx'): Measured | undefined => configs.find((r) => r.config === c && r.upcallsForced.length === 0)?.[dir]?.measured;
  const headlines: HeadlineResult[] = [];
  for (const h of HEADLINES) {
    const a = measured(h.config, h.direction), b = measured(h.baseline, h.direction);
    if (!a || !b) continue;
    const rows = SENSITIVE.map((param) => ({
      param, value: params[param],
      halved: ratio(a, b, { ...params, [param]: params[param] / 2 }),
      doubled: ratio(a, b, { ...params, [param]: params[param] * 2 }),
    }));
    const base = ratio(a, b, params);
    rows.sort((x, y) => Math.abs(y.doubled - y.halved) - Math.abs(x.doubled - x.halved) || x.param.localeCompare(y.param));
    headlines.push({ ...h, value: base, rows });
  }
  return {
    params, headlines, kinds: COST_KIND, sources: COST_SOURCES,
    calibratedOn: ['copyPerByte: the thesis\'s receive profile (§4.4.2, 3525 cycles to copy a received packet into the guest), a breakdown behind fig. 4.7; the RX ratios depend on it (see their bars) and are not independent predictions of it'],
  };
}
