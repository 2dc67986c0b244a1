// Fault campaigns on the twin under --svm segment (the mode reaches the faulty rewrites and the
// workers' contexts): the guarantee holds as in the default mode — no hypervisor or guest memory
// written by the driver, no system failure, no emulator failure — and a wild pointer the slow path
// refuses is contained as an svm-access at its instruction.

import { beforeAll, describe, expect, it } from 'vitest';
import { prepareCampaign, runCampaignSync, seedOf, type CampaignContext } from '../../src/inject/campaign.js';

let ctx: CampaignContext;
beforeAll(() => { ctx = prepareCampaign({ svm: 'segment', workload: { packets: 96 } }); });

describe('campaigns under --svm segment', () => {
  it('the context carries the mode: its clean driver and its seed (for worker threads)', () => {
    expect(ctx.clean.svm).toBe('segment');
    expect(seedOf(ctx).svm).toBe('segment');
    expect(ctx.clean.rewrittenAsm).toContain('%gs:__svm_seg_neg');
  });

  it('a short twin campaign: no SVM breach, no system or emulator failure; refused wild pointers are svm-access', () => {
    const r = runCampaignSync({ faults: 8, seed: 3, target: 'twin', context: ctx, types: ['PTR', 'DST', 'TEXT', 'INTERFACE'] });
    expect(r.records).toHaveLength(8);
    expect(r.summary.svmBreaches).toBe(0);
    expect(r.summary.total['system-failure']).toBe(0);
    expect(r.summary.total['emulator-failure']).toBe(0);
    for (const rec of r.records) {
      if (rec.outcome === 'contained' && /confined access/.test(rec.detail)) expect(rec.detection).toBe('svm-access');
    }
  });
});
