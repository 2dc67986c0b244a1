// `twindrivers listing`: addresses, bytes and relocations are exactly what GNU objdump -dr shows for
// the same object (the rewritten sample driver, every section, every instruction); source lines sit
// above the code they became; checks are named; the code is the rewritten object `run` loads.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { buildListingObject, CHECK_NAMES, listObject } from '../../src/listing/listing.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { sampleDriverAsm } from '../../src/util/paths.js';
import { run } from '../support/cli.js';
import { tempDir } from '../support/paths.js';

const dir = tempDir('listing');

/** Per section: `addr: bytes` lines and `off: type sym` relocation lines, in order. */
function skeleton(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] | null = null;
  for (const line of text.split('\n')) {
    const s = /^Disassembly of section (\S+):$/.exec(line);
    if (s) { out.set(s[1]!, (cur = [])); continue; }
    if (!cur) continue;
    const i = /^ *([0-9a-f]+):\t((?:[0-9a-f]{2} )+)/.exec(line);
    if (i) { cur.push(`${i[1]}: ${i[2]!.trim()}`); continue; }
    const r = /^\t\t\t([0-9a-f]+): (R_386_\w+)\t(\S+)/.exec(line);
    if (r) cur.push(`${r[1]}: ${r[2]} ${r[3]}`);
  }
  return out;
}

describe('twindrivers listing', () => {
  const text = readFileSync(sampleDriverAsm(), 'utf8');
  const built = buildListingObject(parse(sampleDriverAsm(), text));
  const listing = listObject(built.object, { markers: built.markers, source: { file: sampleDriverAsm(), text } });

  it('addresses, bytes and relocations equal objdump -dr of the same object', () => {
    const o = join(dir, 'e1000like.svm.o');
    writeFileSync(o, built.bytes);
    const ref = skeleton(execFileSync('objdump', ['-dr', '-z', o], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const ours = skeleton(listing);
    expect([...ours.keys()]).toEqual([...ref.keys()]);
    for (const [sec, lines] of ref) {
      expect(lines.length, sec).toBeGreaterThan(10);
      expect(ours.get(sec), sec).toEqual(lines);
    }
  });

  it('is the code run loads: every section equals the rewritten object driverObjects assembles', () => {
    const real = driverObjects(sampleDriverAsm()).rewritten;
    for (const s of real.sections.filter((x) => x.alloc)) {
      const mine = built.object.sections.find((x) => x.name === s.name);
      expect(mine && Buffer.from(mine.data).equals(Buffer.from(s.data)), s.name).toBe(true);
    }
  });

  it('puts each source line above its code and names the checks', () => {
    const lines = listing.split('\n');
    const src = text.split('\n');
    const headers = lines.filter((l) => /^e1000like\.s:\d+:\t/.test(l));
    expect(headers.length).toBeGreaterThan(1000);
    for (const h of headers.slice(0, 200)) {
      const [, n, body] = /^e1000like\.s:(\d+):\t(.*)$/.exec(h)!;
      expect(src[Number(n) - 1]!.trim()).toBe(body!.trim());
    }
    // A translated access: its source line, then the stlb fast path, then the access on the translation.
    const i = lines.findIndex((l) => /^e1000like\.s:\d+:\tmovl\t\d+\(%eax\), %e[a-d]x/.test(l));
    expect(i).toBeGreaterThan(0);
    const block = lines.slice(i + 1, i + 16).join('\n');
    expect(block).toMatch(/leal\t0x[0-9a-f]+\(%eax\), %e\w\w\t# check site of line \d+ \(\.svm_sites\)/);
    expect(block).toMatch(/xorl\t__svm_stlb\(%e\w\w\), %e\w\w\t# stlb lookup\n\t\t\t[0-9a-f]+: R_386_32\t__svm_stlb/);
    for (const name of [CHECK_NAMES.stlb, CHECK_NAMES.slow, CHECK_NAMES.returns, CHECK_NAMES.targets, CHECK_NAMES.badReturn]) {
      expect(listing, name).toContain(`# ${name}`);
    }
    expect(listing).toMatch(/# return site \(\.svm_returns\)/);
    expect(listing).toMatch(/# indirect target \(\.svm_targets\)/);
  });

  it('lists an object as it is, and the original code with --original', async () => {
    const o = join(dir, 'e1000like.o');
    writeFileSync(o, driverObjects(sampleDriverAsm()).originalBytes);
    const r = await run('listing', o);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Disassembly of section \.text:/);
    expect(r.out).not.toMatch(/__svm_/);
    const ref = skeleton(execFileSync('objdump', ['-dr', '-z', o], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    expect(skeleton(r.out).get('.text')).toEqual(ref.get('.text'));
    const orig = await run('listing', '--original', sampleDriverAsm());
    expect(orig.code, orig.err).toBe(0);
    expect(orig.out).toMatch(/^e1000like\.s:\d+:\t/m);
    expect(orig.out).not.toMatch(/__svm_stlb/);
    expect((await run('listing', o, '--original')).code).toBe(2);
  });
});
