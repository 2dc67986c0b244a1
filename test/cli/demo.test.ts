// `twindrivers demo`, the README's main job, end to end on the bundled driver (small sizes): the
// rewrite verifies, every configuration moves every packet, the campaigns run on the twin and the
// unprotected baseline without corrupting anything under SVM, and the summary says so.

import { describe, expect, it } from 'vitest';
import type { DemoResult } from '../../src/cli/commands/demo.js';
import { CONFIGS } from '../../src/platform/run.js';
import { run } from '../support/cli.js';

describe('twindrivers demo', () => {
  it('--json: rewrite, verify, every configuration, both campaigns, no problem', async () => {
    const r = await run('demo', '--packets', '200', '--faults', '14', '--json');
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out) as DemoResult;
    expect(d.problems).toEqual([]);
    expect(d.verify).toMatchObject({ ok: true, violations: 0 });
    expect(d.rewrite.translated).toBeGreaterThan(100);
    expect(d.runs.map((x) => x.config)).toEqual([...CONFIGS]);
    for (const x of d.runs) {
      expect(x.tx!.sink.ok, x.config).toBe(200);
      expect(x.rx!.sink.ok, x.config).toBe(200);
      expect(x.safety).toEqual([]);
    }
    expect(d.campaigns.map((c) => c.target)).toEqual(['twin', 'unprotected']);
    expect(d.campaigns[0]!.summary.svmBreaches).toBe(0);
    expect(d.campaigns[0]!.summary.total['system-failure']).toBe(0);
  });

  it('text summary: expansion, packets, campaigns, safety line', async () => {
    const r = await run('demo', '--packets', '64', '--faults', '0');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^rewrite +[\d,]+ instructions -> [\d,]+ inline \(x\d\.\d\d\)/m);
    expect(r.out).toMatch(/^verify +OK/m);
    expect(r.out).toMatch(/^twin +64\/64 +64\/64/m);
    expect(r.out).toMatch(/^safety +no safety event in any clean run/m);
    expect(r.out).not.toMatch(/^campaign /m);
    expect(r.err).toBe('');
  });

  it('bad arguments exit with 2 and name the value', async () => {
    const r = await run('demo', '--packets', 'lots');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--packets .*got 'lots'/);
  });
});
