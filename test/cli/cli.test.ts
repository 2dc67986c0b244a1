// The CLI in-process: commands, output, exit codes, and diagnostics for bad input.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/cli.js';
import { corpusFiles, tempDir } from '../support/paths.js';

const dir = tempDir('cli');

describe('twindrivers print / parse', () => {
  it('--help lists the commands', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/print/);
    expect(r.out).toMatch(/parse/);
  });
  it('print writes the program back', async () => {
    const f = join(dir, 'a.s');
    writeFileSync(f, 'f:\n\tmovl 4(%esp), %eax # load\n\tret\n');
    const r = await run('print', f);
    expect(r.code).toBe(0);
    expect(r.out).toBe('f:\n\tmovl\t4(%esp), %eax\t# load\n\tret\n');
    const o = join(dir, 'b.s');
    expect((await run('print', f, '-o', o)).code).toBe(0);
  });
  it('parse --stats reports per-file memory-reference fractions', async () => {
    const r = await run('parse', '--stats', ...corpusFiles());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/e100\.s\s+\d+/);
    expect(r.out).toMatch(/TOTAL/);
  });
  it('parse --stats --json gives per-function numbers that add up', async () => {
    const r = await run('parse', '--stats', '--json', '--functions', corpusFiles()[1]!);
    const [st] = JSON.parse(r.out);
    const sum = st.functions.reduce((a: number, f: { instructions: number }) => a + f.instructions, 0);
    expect(sum).toBe(st.total.instructions);
    expect(st.total.memory).toBe(st.total.stack + st.total.other);
  });
  it('bad input: parse errors name file:line:column and exit 1', async () => {
    const f = join(dir, 'bad.s');
    writeFileSync(f, '\tmovl %eax, %ebx\n\tmovl %eax,\n');
    const r = await run('print', f);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.s:2:\d+: error: expected an operand/);
  });
  it('bad input: missing file and bad arguments', async () => {
    const r = await run('print', join(dir, 'nope.s'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*nope\.s.*no such file/);
    const u = await run('print');
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/missing required argument/);
    const v = await run('frob');
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/unknown command/);
  });
});
