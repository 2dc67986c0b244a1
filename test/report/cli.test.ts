// `twindrivers stats` and `twindrivers report` in-process: output shapes, the HTML file, campaign
// input, and diagnostics naming the offending value for bad arguments.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import type { Ctx } from '../../src/cli/main.js';
import type { ReportData } from '../../src/report/types.js';
import { run } from '../support/cli.js';
import { tempDir } from '../support/paths.js';
import { campaign } from './fixtures.js';

const dir = tempDir('report-cli');

describe('twindrivers stats', () => {
  it('--json prints ReportData with static and dynamic figures', async () => {
    const r = await run('stats', '--json', '--packets', '64');
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out) as ReportData;
    expect(d.version).toBe(1);
    expect(d.driver.bundledSample).toBe(true);
    expect(d.static.total.before).toBeGreaterThan(1000);
    expect(Object.keys(d.static.classes)).toContain('translated');
    expect(d.configs.map((c) => c.config)).toEqual(['native', 'dom0', 'twin', 'unprotected']);
    expect(d.dynamic!.packets).toBe(64);
    expect(d.dynamic!.tx.twinVsNative).toBeGreaterThan(1);
    // The thesis-style stlb path (the default): executed twin instructions well above the unprotected driver's.
    expect(d.static.rewriteOptions.svm).toBe('stlb');
    for (const dir of ['tx', 'rx'] as const) expect(d.dynamic![dir].twinVsUnprotected).toBeGreaterThan(2);
    for (const dir of ['tx', 'rx'] as const) expect(d.dynamic![dir].twinTableMissesPerPacket).toBe(0);
    expect(d.static.nonStack.accesses).toBe(d.static.classes.translated.instructions + d.static.classes.reused.instructions +
      d.static.classes.string.instructions + d.static.classes['stack-checked'].instructions);
    expect(d.dynamic!.profiles!.length).toBe(6);
    expect(d.upcallSweep).toBeNull();
    expect(d.campaigns).toEqual([]);
  });

  it('--svm table: the tag-free path, every packet delivered, fewer executed instructions and fewer inserted per access', async () => {
    const r = await run('stats', '--json', '--svm', 'table', '--packets', '32');
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out) as ReportData;
    expect(d.static.rewriteOptions.svm).toBe('table');
    expect(d.static.total.perAccess).toBeLessThan(4);
    expect(d.static.nonStack.perAccess).toBeLessThan(d.static.total.perAccess + 1);
    for (const dir of ['tx', 'rx'] as const) {
      expect(d.dynamic![dir].twinVsUnprotected).toBeGreaterThan(1);
      expect(d.dynamic![dir].twinVsUnprotected).toBeLessThan(2);
      // The misses (page faults, in no instruction count) are reported beside: a cold table misses.
      expect(d.dynamic![dir].twinTableMissesPerPacket).toBeGreaterThan(0);
    }
    expect(d.configs.every((c) => !c.safetyEvents)).toBe(true);
    const bad = await run('stats', '--svm', 'tags', '--no-dynamic');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--svm must be one of stlb, table, segment, got 'tags'/);
  });

  it('text: totals, class table, worst functions; static only with --no-dynamic', async () => {
    const r = await run('stats', '--no-dynamic');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/e1000like\.s: static expansion [\d,]+ -> [\d,]+ inline instructions \(x\d+\.\d\d\)/);
    expect(r.out).toMatch(/inline instructions inserted per access/);
    expect(r.out).toMatch(/translated access\s+\d+/);
    expect(r.out).toMatch(/worst functions/);
    expect(r.out).toMatch(/dynamic: not measured: dynamic runs were not requested/);
  });

  it('another .s file gets static figures and says why there are no dynamic ones', async () => {
    const f = join(dir, 'tiny.s');
    writeFileSync(f, '\t.text\n\t.globl f\n\t.type f, @function\nf:\n\tmovl 4(%esp), %eax\n\tmovl (%eax), %eax\n\tret\n\t.size f, .-f\n');
    const r = await run('stats', f);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/tiny\.s: static expansion 3 -> \d+/);
    expect(r.out).toMatch(/dynamic: not measured: the platform cannot bring .*tiny\.s up: the driver defines no init_module/);
  });

  it('bad arguments name the offending value and exit non-zero', async () => {
    for (const [args, msg] of [
      [['--packets', 'abc'], /--packets .*got 'abc'/],
      [['--packets', '0'], /--packets .*got '0'/],
      [['--size', '59'], /--size .*got '59'/],
      [['--size', '1e3'], /--size .*got '1e3'/],
      [[join(dir, 'missing.s')], /cannot read '.*missing\.s': no such file/],
    ] as const) {
      const r = await run('stats', ...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err).toMatch(msg);
    }
  });
});

describe('progress', () => {
  it('goes to stderr only when it is a terminal', () => {
    let err = '';
    const ctx = (tty: boolean): Ctx => ({ io: { stdout: () => undefined, stderr: (s) => { err += s; }, isTTY: () => tty }, exitCode: 0 });
    const off = progressLine(ctx(false).io);
    expect(off.progress).toBeUndefined();
    off.done();
    expect(err).toBe('');
    const on = progressLine(ctx(true).io);
    on.progress!('twin (3 upcalls)', 256, 2000);
    on.done();
    expect(err).toBe('\r\x1b[K  twin (3 upcalls): 256/2000 packets\r\x1b[K');
  });
});

describe('twindrivers report', () => {
  it('-o writes a self-contained HTML file with the campaigns given', async () => {
    const c = join(dir, 'campaigns.json');
    writeFileSync(c, JSON.stringify([campaign('twin'), campaign('unprotected')]));
    const out = join(dir, 'r.html');
    const r = await run('report', '-o', out, '--packets', '64', '--campaign', c);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ KiB\\): static x\\d+\\.\\d\\d .*TX twin/native x\\d+\\.\\d\\d.*2 campaigns \\(twin, unprotected\\)`));
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/https?:|\ssrc\s*=|<script/i);
    expect(html).toContain('Upcall sweep');
    expect(html).toContain('Campaign 2: unprotected');
    expect(r.err).toBe(''); // not a terminal: no progress
  });

  it('without --campaign, runs a fault campaign on the twin and on the unprotected baseline', async () => {
    const out = join(dir, 'r2.html');
    const r = await run('report', '-o', out, '--packets', '64', '--faults', '14', '--seed', '3');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/2 campaigns \(twin, unprotected\)/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Campaign 1: twin');
    expect(html).toContain('Campaign 2: unprotected');
  });

  it('bad arguments name the offending value and exit non-zero before any run', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 1, "target": ');
    const wrongTarget = join(dir, 'target.json');
    writeFileSync(wrongTarget, JSON.stringify({ ...campaign('twin'), target: 'dom7' }));
    const wrongOutcome = join(dir, 'outcome.json');
    const c = campaign('twin');
    writeFileSync(wrongOutcome, JSON.stringify([c, { ...c, records: [{ ...c.records[0], outcome: 'exploded' }] }]));
    const sub = join(dir, 'a-dir');
    mkdirSync(sub, { recursive: true });
    for (const [args, msg] of [
      [['--packets', 'many'], /--packets .*got 'many'/],
      [['--packets', '-5'], /--packets .*got '-5'/],
      [['--faults', 'x'], /--faults .*got 'x'/],
      [['--campaign', join(dir, 'nope.json')], /cannot read '.*nope\.json': no such file/],
      [['--campaign', bad], /bad\.json: not valid JSON/],
      [['--campaign', wrongTarget], /target\.json: 'target' must be one of twin, unprotected, got "dom7"/],
      [['--campaign', wrongOutcome], /outcome\.json: campaign 2: 'records\[0\]\.outcome' must be one of .*got "exploded"/],
      [['-o', join(dir, 'no-such-dir', 'r.html')], /cannot write '.*no-such-dir.*r\.html': no such directory/],
      [['-o', sub], /cannot write '.*a-dir': is a directory/],
    ] as const) {
      const r = await run('report', ...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err, args.join(' ')).toMatch(msg);
      expect(r.out).toBe('');
    }
  });
});
