// Fault-campaign input for reports: the JSON `twindrivers inject --json` prints (one
// CampaignResult, or an array of them, e.g. twin + unprotected), checked field by field so a
// malformed file is rejected with a message naming the file, the field and the offending value.
// Only the fields the report reads are checked; extra fields pass through untouched.

import { CAMPAIGN_VERSION, DETECTIONS, DOMAINS, FAULT_TYPES, OUTCOMES, SYSTEM_FAILURES, TARGETS, VIAS, type CampaignResult } from '../inject/types.js';

export class CampaignFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CampaignFormatError';
  }
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
};

function fail(where: string, field: string, want: string, got: unknown): never {
  throw new CampaignFormatError(`${where}: '${field}' must be ${want}, got ${show(got)}`);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function outcomeCounts(where: string, field: string, v: unknown): void {
  counts(where, field, v, OUTCOMES);
}

function counts(where: string, field: string, v: unknown, keys: readonly string[]): void {
  if (!isObj(v)) fail(where, field, `an object of counts {${keys.join(', ')}}`, v);
  for (const k of keys) if (!isCount(v[k])) fail(where, `${field}.${k}`, 'a non-negative number', v[k]);
}

/** Throws CampaignFormatError unless `c` has the shape of a CampaignResult (version CAMPAIGN_VERSION). */
export function validateCampaign(c: unknown, where: string): asserts c is CampaignResult {
  if (!isObj(c)) fail(where, '(campaign)', 'an object', c);
  if (c.version !== CAMPAIGN_VERSION) fail(where, 'version', `${CAMPAIGN_VERSION} (older campaign files name other outcome classes: run the campaign again)`, c.version);
  if (!(TARGETS as readonly unknown[]).includes(c.target)) fail(where, 'target', `one of ${TARGETS.join(', ')}`, c.target);
  for (const f of ['seed', 'packetsPerFault', 'hostSeconds', 'faultsPerSecond'] as const) if (!isCount(c[f])) fail(where, f, 'a non-negative number', c[f]);
  if (typeof c.iommu !== 'boolean') fail(where, 'iommu', 'true or false', c.iommu);
  if (!Array.isArray(c.types)) fail(where, 'types', 'an array of fault types', c.types);
  c.types.forEach((t, i) => { if (!(FAULT_TYPES as readonly unknown[]).includes(t)) fail(where, `types[${i}]`, `one of ${FAULT_TYPES.join(', ')}`, t); });
  if (!Array.isArray(c.skippedTypes)) fail(where, 'skippedTypes', 'an array of fault types', c.skippedTypes);
  c.skippedTypes.forEach((t, i) => { if (!(FAULT_TYPES as readonly unknown[]).includes(t)) fail(where, `skippedTypes[${i}]`, `one of ${FAULT_TYPES.join(', ')}`, t); });
  if (c.sites !== 'executed' && c.sites !== 'all') fail(where, 'sites', "'executed' or 'all'", c.sites);
  if (!Array.isArray(c.records)) fail(where, 'records', 'an array of fault records', c.records);
  c.records.forEach((r: unknown, i) => {
    const f = `records[${i}]`;
    if (!isObj(r)) fail(where, f, 'an object', r);
    if (!(FAULT_TYPES as readonly unknown[]).includes(r.type)) fail(where, `${f}.type`, `one of ${FAULT_TYPES.join(', ')}`, r.type);
    if (!(OUTCOMES as readonly unknown[]).includes(r.outcome)) fail(where, `${f}.outcome`, `one of ${OUTCOMES.join(', ')}`, r.outcome);
    if (r.detection !== undefined && !(DETECTIONS as readonly unknown[]).includes(r.detection)) fail(where, `${f}.detection`, `one of ${DETECTIONS.join(', ')}`, r.detection);
    if (r.systemFailure !== undefined && !(SYSTEM_FAILURES as readonly unknown[]).includes(r.systemFailure)) fail(where, `${f}.systemFailure`, `one of ${SYSTEM_FAILURES.join(', ')}`, r.systemFailure);
    if (typeof r.detail !== 'string') fail(where, `${f}.detail`, 'a string', r.detail);
    if (typeof r.description !== 'string') fail(where, `${f}.description`, 'a string', r.description);
    if (typeof r.activated !== 'boolean') fail(where, `${f}.activated`, 'true or false', r.activated);
    if (!isObj(r.site)) fail(where, `${f}.site`, 'an object', r.site);
  });
  const s = c.summary;
  if (!isObj(s)) fail(where, 'summary', 'an object', s);
  outcomeCounts(where, 'summary.total', s.total);
  outcomeCounts(where, 'summary.activatedTotal', s.activatedTotal);
  if (!isObj(s.byType)) fail(where, 'summary.byType', 'an object', s.byType);
  for (const [t, v] of Object.entries(s.byType)) outcomeCounts(where, `summary.byType.${t}`, v);
  if (!isObj(s.detections)) fail(where, 'summary.detections', 'an object', s.detections);
  for (const [d, v] of Object.entries(s.detections)) if (!isCount(v)) fail(where, `summary.detections.${d}`, 'a non-negative number', v);
  counts(where, 'summary.corruptedVia', s.corruptedVia, VIAS);
  counts(where, 'summary.corruptedIn', s.corruptedIn, DOMAINS);
  if (!isObj(s.corruptedBy)) fail(where, 'summary.corruptedBy', `an object {${DOMAINS.join(', ')}} of counts per writer`, s.corruptedBy);
  for (const d of DOMAINS) counts(where, `summary.corruptedBy.${d}`, s.corruptedBy[d], VIAS);
  counts(where, 'summary.caughtBy', s.caughtBy, ['watch', 'checksum']);
  counts(where, 'summary.corruptedByInstance', s.corruptedByInstance, ['hv', 'vm']);
  counts(where, 'summary.systemFailures', s.systemFailures, SYSTEM_FAILURES);
  if (!isCount(s.activated)) fail(where, 'summary.activated', 'a non-negative number', s.activated);
  for (const f of ['svmBreaches', 'dom0ByDriver', 'byDma'] as const) if (!isCount(s[f])) fail(where, `summary.${f}`, 'a non-negative number', s[f]);
}

/** Campaigns from the text of a campaign JSON file (one object or an array); `source` names it in errors. */
export function parseCampaignJson(text: string, source: string): CampaignResult[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new CampaignFormatError(`${source}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(v) ? v : [v];
  if (!list.length) throw new CampaignFormatError(`${source}: the array holds no campaign`);
  list.forEach((c, i) => validateCampaign(c, Array.isArray(v) ? `${source}: campaign ${i + 1}` : source));
  return list as CampaignResult[];
}
