// `twindrivers inject` in-process: the campaign as text and as JSON (one record per fault, every
// type represented, deterministic per seed), and diagnostics naming the offending value.

import { describe, expect, it } from 'vitest';
import type { CampaignResult } from '../../src/inject/types.js';
import { FAULT_TYPES, OUTCOMES } from '../../src/inject/types.js';
import { run } from '../support/cli.js';

describe('twindrivers inject', () => {
  it('--json: one record per fault over every type; the same seed gives the same records', async () => {
    const args = ['inject', '--faults', '20', '--seed', '9', '--packets', '32', '--json'];
    const r = await run(...args);
    expect(r.code, r.err).toBe(0);
    const c = JSON.parse(r.out) as CampaignResult;
    expect(c).toMatchObject({ version: 2, target: 'twin', seed: 9, packetsPerFault: 32, iommu: false });
    expect(c.records.map((x) => x.index)).toEqual([...Array(20).keys()]);
    for (const x of c.records) expect(OUTCOMES).toContain(x.outcome);
    expect(new Set(c.records.map((x) => x.type)).size).toBeGreaterThanOrEqual(FAULT_TYPES.length - 1);
    expect(c.summary.total['emulator-failure']).toBe(0);
    const again = JSON.parse((await run(...args)).out) as CampaignResult;
    expect(again.records.map(({ hostMs: _, ...x }) => x)).toEqual(c.records.map(({ hostMs: _, ...x }) => x));
  });

  it('text: outcomes per type for the unprotected baseline, restricted to the types asked for', async () => {
    const r = await run('inject', '--faults', '4', '--types', 'ptr,data', '--target', 'unprotected', '--packets', '32');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^campaign: 4 faults on the unprotected baseline/);
    expect(r.out).toMatch(/^PTR\s+\d/m);
    expect(r.out).toMatch(/^DATA\s+\d/m);
    expect(r.out).not.toMatch(/^TEXT\s/m);
    expect(r.out).toMatch(/^type\s+corrupted\s+system-failure\s+wrong\s+contained\s+no-effect\s+emulator-failure\s+activated$/m);
    expect(r.out).toMatch(/^system-failure \(the hypervisor crashed or hung\): \d+; hypervisor crashes \d+, hangs \d+/m);
    expect(r.out).toMatch(/^corrupted: \d+ faults \((?:[\d.]+%|–) of the \d+ activated\), by domain and writer/m);
    // The split by domain (rows) and writer (columns): what SVM prevents reads at a glance.
    expect(r.out).toMatch(/^\s+the driver's code\s+a routine for it\s+DMA\s+checksums only\s+any$/m);
    for (const d of ['hypervisor', 'guest', 'dom0']) expect(r.out).toMatch(new RegExp(`^  ${d}\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$`, 'm'));
    expect(r.out).toMatch(/^SVM's guarantee — no hypervisor or guest memory changed by the driver's code \(or a routine on its pointer\): (held \(0 faults\)|broken by \d+ faults)\./m);
    expect(r.out).not.toMatch(/detected/);
  });

  it('--jsonl: a record per line as faults finish, then the summary', async () => {
    const r = await run('inject', '--faults', '3', '--types', 'alloc', '--packets', '16', '--jsonl');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((l) => l.type)).toEqual(['ALLOC', 'ALLOC', 'ALLOC']);
    expect(lines[3]).toMatchObject({ version: 2, target: 'twin' });
    expect(lines[3]!.records).toBeUndefined();
  });

  it('bad arguments name the offending value and exit with 2', async () => {
    for (const [args, msg] of [
      [['--faults', '0'], /--faults must be an integer in 1\.\.\d+, got '0'/],
      [['--faults', '3x'], /--faults .*got '3x'/],
      [['--faults', '2', '--target', 'dom0'], /--target must be one of twin, unprotected, got 'dom0'/],
      [['--faults', '2', '--types', 'TEXT,BOGUS'], /unknown fault type 'BOGUS'/],
      [['--faults', '2', '--sites', 'some'], /--sites must be one of executed, all, got 'some'/],
      [['--faults', '2', '--seed', '-1'], /--seed .*got '-1'/],
      [[], /required option '--faults <n>' not specified/],
      [['--faults', '2', '--json', '--jsonl'], /--json and --jsonl exclude each other/],
    ] as const) {
      const r = await run('inject', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(msg);
    }
  });
});
