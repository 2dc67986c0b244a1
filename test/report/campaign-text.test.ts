// Campaign summaries outside the HTML (src/report/campaign-text.ts, campaign.ts): the corrupted
// faults split by domain and writer in the terminal, the side-by-side table's SVM columns, and
// campaign files refused when the split is missing or malformed.

import { describe, expect, it } from 'vitest';
import { parseCampaignJson } from '../../src/report/campaign.js';
import { campaignTable, corruptionMatrix, renderCampaign } from '../../src/report/campaign-text.js';
import { campaign } from './fixtures.js';

describe('campaign summaries', () => {
  it('split the corrupted faults by domain (rows) and writer (columns)', () => {
    const m = corruptionMatrix(campaign('unprotected').summary);
    expect(m[0]).toMatch(/^\s+the driver's code\s+a routine for it\s+DMA\s+checksums only\s+any$/);
    expect(m.slice(1).map((l) => l.trim().split(/\s+/))).toEqual([
      ['hypervisor', '1', '0', '0', '0', '1'],
      ['guest', '0', '0', '0', '0', '0'],
      ['dom0', '0', '0', '1', '0', '1'],
    ]);
    expect(renderCampaign(campaign('twin'))).toMatch(/SVM's guarantee .*: held \(0 faults\)/);
    expect(renderCampaign(campaign('unprotected'))).toMatch(/SVM's guarantee .*: broken by 1 faults/);
  });

  it('the side-by-side table puts what SVM prevents beside what is outside its reach', () => {
    const [head, twin, base] = campaignTable([campaign('twin'), campaign('unprotected')]);
    expect(head).toMatch(/hv\+guest by code\s+dom0 by code\s+by DMA$/);
    expect(twin).toMatch(/^twin\s.*\s0\s+0\s+1$/);
    expect(base).toMatch(/^unprotected\s.*\s1\s+0\s+1$/);
  });

  it('a campaign file without the split, or with a bad count in it, is refused naming the field', () => {
    const c = campaign('twin');
    const without = { ...c, summary: { ...c.summary, corruptedBy: undefined } };
    expect(() => parseCampaignJson(JSON.stringify(without), 'c.json')).toThrow(/'summary\.corruptedBy' must be an object/);
    const bad = { ...c, summary: { ...c.summary, corruptedBy: { ...c.summary.corruptedBy, guest: { ...c.summary.corruptedBy.guest, dma: -1 } } } };
    expect(() => parseCampaignJson(JSON.stringify(bad), 'c.json')).toThrow(/'summary\.corruptedBy\.guest\.dma' must be a non-negative number, got -1/);
    expect(() => parseCampaignJson(JSON.stringify({ ...c, summary: { ...c.summary, byDma: 'x' } }), 'c.json')).toThrow(/'summary\.byDma'/);
    expect(parseCampaignJson(JSON.stringify([c, campaign('unprotected')]), 'c.json')).toHaveLength(2);
  });
});

describe('the worst faults', () => {
  it('are listed most severe first: hypervisor or guest memory written by the driver\'s code before other corruption and system failures', () => {
    const text = renderCampaign(campaign('unprotected'));
    const listed = [...text.matchAll(/^ {2}#(\d+) \S+ (\S+):/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(listed).toEqual([[0, 'corrupted'], [4, 'corrupted'], [1, 'system-failure']]);
  });
});
