// Modules of several parts (deliverable 3 of issue 15): the loader joins the e1000's four units as
// kbuild's ld -r does, a symbol two parts define is refused by name, and the CLI's --driver takes
// a bundled name or the parts of one module, with the contract's diagnostics and exit codes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { LoaderError } from '../../src/loader/elf.js';
import { linkModule } from '../../src/loader/module.js';
import { undefinedSymbols } from '../../src/platform/driver-objects.js';
import { run } from '../support/cli.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';
import { e1000Module } from './setup.js';

const dir = tempDir('module');
const PARTS = ['e1000_main', 'e1000_hw', 'e1000_ethtool', 'e1000_param'].map((p) => join(ROOT, 'drivers/linux/e1000', `${p}.s`));

function part(name: string, text: string): { file: string; bytes: Uint8Array } {
  const s = join(dir, `${name}.s`), o = join(dir, `${name}.o`);
  writeFileSync(s, text);
  return { file: `${name}.o`, bytes: new Uint8Array(assemble(s, o)) };
}

describe('linking a module of several parts', () => {
  it('resolves the parts\' references to each other and leaves only the kernel\'s symbols undefined', () => {
    const a = part('a', '\t.text\n\t.globl f\nf:\tcall g\n\tcall printk\n\tret\n');
    const b = part('b', '\t.text\n\t.globl g\ng:\tmovl $1, %eax\n\tret\n');
    const mod = linkModule('ab', [a, b]);
    expect(undefinedSymbols(mod.object)).toEqual(['printk']);
    expect(mod.object.symbols.filter((s) => s.name === 'f' || s.name === 'g').map((s) => s.name).sort()).toEqual(['f', 'g']);
    // the e1000: the four units' cross-references resolved (e1000_main calls e1000_hw's routines)
    const e = undefinedSymbols(e1000Module());
    expect(e).not.toContain('e1000_reset_hw');
    expect(e).not.toContain('e1000_check_options');
  });

  it('refuses a symbol two parts define, naming it and both parts; one part is the object unchanged', () => {
    const a = part('a2', '\t.text\n\t.globl f\nf:\tret\n');
    const b = part('b2', '\t.text\n\t.globl f\nf:\tret\n');
    expect(() => linkModule('dup', [a, b])).toThrow(LoaderError);
    expect(() => linkModule('dup', [a, b])).toThrow("dup: symbol 'f' is defined by both a2.o and b2.o");
    expect(linkModule('one', [a]).bytes).toBe(a.bytes);
    expect(() => linkModule('none', [])).toThrow(/at least one object/);
  });
});

describe('--driver', () => {
  it('stats --driver e1000 prints the real e1000\'s static expansion; its four parts given as files give the same', async () => {
    const r = await run('stats', '--driver', 'e1000', '--no-dynamic');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^e1000: static expansion .* \(x2\.\d\d\)/); // calls between parts list their return sites
    const parts = await run('stats', '--no-dynamic', ...PARTS.flatMap((p) => ['--driver', p]));
    expect(parts.code, parts.err).toBe(0);
    const num = (s: string): string | undefined => /static expansion (\d[\d,]*) -> (\d[\d,]*)/.exec(s)?.[0];
    // The input is fixed (18,081 instructions); the rewritten count follows the rewriter.
    expect(num(r.out)).toMatch(/^static expansion 18,081 -> (\d{2},\d{3})$/);
    expect(num(parts.out)).toBe(num(r.out));
  }, 120_000);

  it('run --driver e1000 moves packets both ways natively', async () => {
    const r = await run('run', '--driver', 'e1000', '--config', 'native', '--packets', '40');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/TX: 40\/40 packets verified/);
    expect(r.out).toMatch(/RX: 40\/40 packets verified/);
  }, 120_000);

  it('usage errors: a bundled name with other parts, a name that is neither; --upcalls beyond the ABI\'s hot routines', async () => {
    const both = await run('run', '--config', 'native', '--driver', 'e1000', '--driver', PARTS[0]!, '--packets', '1');
    expect([both.code, both.err.trim()]).toEqual([EXIT.usage, 'twindrivers: error: e1000 is a bundled driver: it cannot be combined with other parts']);
    const none = await run('stats', '--driver', 'e1001');
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toMatch(/^twindrivers: error: 'e1001' is neither a bundled driver \(e1000like, e1000\) nor a file\n$/);
    // Linux 6.1 has thirteen hot routines (0..12 may go through upcalls), the mini API ten.
    const many = await run('run', '--driver', 'e1000', '--config', 'twin', '--packets', '1', '--upcalls', '13');
    expect([many.code, many.err.trim()]).toEqual([EXIT.usage, 'twindrivers: error: --upcalls 13: the linux-6.1 kernel ABI has 13 hot routines, so 0..12 can go through upcalls']);
  }, 120_000);
});
