// `twindrivers verify` in-process: OK output with counts, violation lines (where, rule, source
// line, instruction, reason), --json, exit codes 0 / 3 (violation) / 1 (bad input), and bad input.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { print } from '../../src/asm/printer.js';
import { run } from '../support/cli.js';
import { genuineOutputs, verifyTempDir } from './corpus.js';
import { insnAt, findSites } from './mutators.js';
import { program } from './snippets.js';

const dir = verifyTempDir;
const g = genuineOutputs().find((x) => x.name === 'ne2k-pci.s')!;

/** The genuine output with its first translated access put back on an untranslated register. */
function mutantPath(): string {
  const sites = findSites(g.program);
  const f = sites.fast.find((x) => x.use >= 0)!;
  const use = g.program.items[f.use]!;
  const items = g.program.items.slice();
  items.splice(f.use, 1, insnAt(`movl\t(%${f.r2}), %eax`, use));
  const path = join(dir, 'cli-mutant.s');
  writeFileSync(path, print({ file: path, items }));
  return path;
}

describe('twindrivers verify', () => {
  it('prints OK with counts for a genuine object and for its assembly, exit 0', async () => {
    const r = await run('verify', g.objPath(), g.asmPath);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ne2k-pci\.o: OK: 20 functions, \d+ instructions \(\d+ reachable\), \d+ bytes of code; accesses proven: \d+ stack-relative, \d+ translated/);
    expect(lines[1]).toMatch(/ne2k-pci\.s: OK: 20 functions/);
  });
  it('prints each violation with file:line:col, rule, source line, instruction and reason; exit 3', async () => {
    const r = await run('verify', mutantPath());
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/cli-mutant\.s:\d+:\d+: memory violation \[source line \d+\]: 'movl \(%e[a-d]x\), %eax': %e[a-d]x is not a translated address here/);
    expect(r.out).toMatch(/cli-mutant\.s: FAILED: 1 violation\n$/);
  });
  it('machine-code violations name section+offset and the function', async () => {
    const s = join(dir, 'cli-cli.s');
    writeFileSync(s, program('\tnop\n\tcli\n\tret\n'));
    const o = s.replace(/\.s$/, '.o');
    const { assemble } = await import('../support/toolchain.js');
    assemble(s, o);
    const r = await run('verify', o);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^\.text\+0x1 <f\+0x1>: privileged violation: 'cli': privileged instruction 'cli' \(intflag\)$/m);
  });
  it('--json gives the result as data', async () => {
    const r = await run('verify', '--json', mutantPath());
    expect(r.code).toBe(3);
    const j = JSON.parse(r.out).files[0];
    expect(j.ok).toBe(false);
    expect(j.mode).toBe('asm');
    expect(j.violations[0]).toMatchObject({ rule: 'memory', file: expect.stringMatching(/cli-mutant\.s$/), line: expect.any(Number), siteLine: expect.any(Number) });
    const ok = JSON.parse((await run('verify', '--json', g.objPath())).out).files[0];
    expect(ok).toMatchObject({ ok: true, mode: 'elf', violations: [] });
    expect(ok.counts.translated).toBeGreaterThan(10);
  });
  it('bad input: not ELF, truncated ELF, missing file, unparsable assembly: diagnostic, exit 1', async () => {
    const notElf = join(dir, 'not-elf.o');
    writeFileSync(notElf, 'this is not an object file, it is text\n'.repeat(4));
    let r = await run('verify', notElf);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not-elf\.o: not an ELF file \(magic 74 68 69 73\)/);
    const trunc = join(dir, 'truncated.o');
    writeFileSync(trunc, readFileSync(g.objPath()).subarray(0, 200));
    r = await run('verify', trunc);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/truncated\.o: section header table .* runs past the end of the file/);
    r = await run('verify', join(dir, 'nope.s'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*nope\.s.*no such file/);
    const bad = join(dir, 'bad.s');
    writeFileSync(bad, '\tmovl %eax,\n');
    r = await run('verify', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.s:1:\d+: error: expected an operand/);
    r = await run('verify');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument/);
  });
  it('several files: an input that cannot be verified wins over a violation', async () => {
    const r = await run('verify', g.objPath(), mutantPath(), join(dir, 'nope.s'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/OK/);
    expect(r.out).toMatch(/FAILED/);
  });
});
