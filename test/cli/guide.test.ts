// docs/drivers.md walks a driver of one's own through every command: the walk-through runs as
// written (in a folder of its own, from a copy of the sample driver) and every command exits 0.

import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { ROOT, tempDir } from '../support/paths.js';

describe('docs/drivers.md', () => {
  it('the walk-through runs as written', async () => {
    const doc = readFileSync(join(ROOT, 'docs', 'drivers.md'), 'utf8');
    const block = /## Your own driver through every command[\s\S]*?```sh\n([\s\S]*?)```/.exec(doc)![1]!;
    const lines = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter(Boolean);
    expect(lines[0]).toBe('cp drivers/e1000like/e1000like.c mynic.c; cp drivers/e1000like/e1000like.h .');
    const dir = tempDir('guide');
    copyFileSync(join(ROOT, 'drivers/e1000like/e1000like.c'), join(dir, 'mynic.c'));
    copyFileSync(join(ROOT, 'drivers/e1000like/e1000like.h'), join(dir, 'e1000like.h'));
    const commands = lines.slice(1);
    expect(commands.every((l) => l.startsWith('twindrivers '))).toBe(true);
    expect(new Set(commands.map((l) => l.split(/\s+/)[1]))).toEqual(new Set(['cc', 'parse', 'rewrite', 'verify', 'listing', 'stats', 'run', 'inject']));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const l of commands) {
        const r = await run(...l.split(/\s+/).slice(1));
        expect(r.code, `${l}\n${r.err}`).toBe(0);
      }
    } finally {
      process.chdir(cwd);
    }
    for (const f of ['mynic.s', 'mynic.hv.s', 'mynic.lst']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(readFileSync(join(dir, 'mynic.lst'), 'utf8')).toMatch(/^mynic\.s:\d+:\t/m);
  });
});
