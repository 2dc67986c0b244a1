// Fault campaigns on a module of several parts (issue 16): the real e1000's four units, code faults
// drawn from every part the workload executes (sites numbered across the parts), the faulty part
// rewritten with the module's other functions known and relinked with the clean parts; under SVM
// no fault may write hypervisor or guest memory through the driver's code. Run-time faults act on
// the sample driver's structures: named as skipped here.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Label } from '../../src/asm/ir.js';
import { contextFrom, planCampaign, prepareCampaign, runCampaignSync, runFault, seedOf } from '../../src/inject/campaign.js';
import { locate } from '../../src/inject/context.js';
import { BUNDLED_DRIVERS } from '../../src/platform/bundled.js';
import { ROOT } from '../support/paths.js';

const PARTS = BUNDLED_DRIVERS.e1000.parts.map((p) => join(ROOT, p));

describe('a campaign on the real e1000 (four parts)', () => {
  it('draws code faults from several parts, runs them on the twin with 0 corruptions under SVM, and names the run-time types it skips', () => {
    const ctx = prepareCampaign({ parts: PARTS, workload: { packets: 64 } });
    expect(ctx.programs).toHaveLength(4);
    // the hypervisor instance runs e1000_main's packet path; with --sites all, every part has sites
    expect(new Set([...ctx.executed].map((i) => locate(ctx, i).part))).toEqual(new Set([0]));
    const all = contextFrom({ ...seedOf(ctx), sites: 'all' }, ctx.programs, ctx.clean);
    const nops = all.candidates.get('NOP')!;
    expect(new Set(nops.map((i) => locate(all, i).part))).toEqual(new Set([0, 1, 2, 3]));
    // a fault in another part than the first: that part rewritten and relinked with the clean ones
    const fnOf = (i: number): string => {
      const at = locate(all, i);
      const l = at.program.items.slice(0, at.local).reverse().find((it): it is Label => it.kind === 'label' && !it.name.startsWith('.'));
      return l?.name ?? '';
    };
    const inHw = nops.find((i) => locate(all, i).part === 1 && /e1000_read_phy_reg|e1000_check_for_link/.test(fnOf(i)))!;
    const hw = runFault(all, { index: 0, type: 'NOP', item: inHw, rngSeed: 7 }, 'twin');
    expect(hw.outcome).not.toBe('emulator-failure');
    expect(hw.site).toMatchObject({ kind: 'code', file: PARTS[1] });
    const plan = planCampaign(ctx, 20, 3);
    expect(plan.skipped).toEqual(expect.arrayContaining(['FREE', 'ALLOC', 'DATA', 'STACK', 'HEAP', 'DMA']));
    const res = runCampaignSync({ faults: 3, seed: 3, target: 'twin', types: ['NOP', 'BRANCH', 'DST'], context: ctx });
    expect(res.records).toHaveLength(3);
    expect(res.summary.total['emulator-failure']).toBe(0);
    expect(res.summary.svmBreaches).toBe(0);
    expect(res.summary.total['system-failure']).toBe(0);
    expect(res.summary.total.corrupted).toBe(0);
    for (const r of res.records) expect(r.site.kind === 'code' && r.site.file).toMatch(/e1000_(main|hw|ethtool|param)\.s$/);
  }, 300_000);
});
