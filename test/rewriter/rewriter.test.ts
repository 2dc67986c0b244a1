// Rewriter behaviour beyond the golden files: errors for what cannot be made safe, every corpus
// file and the sample driver rewriting and assembling, report consistency, the CLI.

import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AsmErrors } from '../../src/asm/diagnostics.js';
import type { Instruction } from '../../src/asm/ir.js';
import { memRefs } from '../../src/asm/memref.js';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { derived, rewrite } from '../../src/rewriter/rewrite.js';
import { corpusFiles, ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';
import { run } from '../support/cli.js';
import { exprSymbols } from '../../src/asm/expr.js';

const fn = (body: string): string => `\t.text\n\t.globl f\n\t.type f, @function\nf:\n${body}\n\tret\n\t.size f, .-f\n`;
function rewriteErrors(src: string, opts = {}): string {
  try { rewrite(parse('t.s', src), opts); } catch (e) { if (e instanceof AsmErrors) return e.message; throw e; }
  throw new Error('expected the rewrite to fail');
}
const dir = tempDir('rewriter');

describe('what cannot be made safe is an error', () => {
  it('privileged instructions name file:line:column', () => {
    expect(rewriteErrors(fn('\tcli'))).toMatch(/^t\.s:5:2: error: privileged instruction \(intflag\) 'cli'/);
    expect(rewriteErrors(fn('\tmovl %eax, %cr3'))).toMatch(/t\.s:5:2: error: privileged instruction \(ring0\)/);
    expect(rewriteErrors(fn('\twrmsr\n\tlgdt (%eax)\n\tint $0x80\n\tmovw %ax, %ds'))).toMatch(/t\.s:5:2.*\n.*t\.s:6:2.*\n.*t\.s:7:2.*\n.*t\.s:8:2.*segment/);
  });
  it('port I/O is an error unless routed through helpers', () => {
    expect(rewriteErrors(fn('\tinb (%dx), %al'))).toMatch(/port I\/O .*'inb'/);
    const r = rewrite(parse('t.s', fn('\toutb %al, (%dx)\n\tinl $0x70, %eax\n\trep; insw')), { portIo: 'helpers' });
    const calls = r.program.items.filter((i): i is Instruction => i.kind === 'insn' && i.form.op === 'call').map((i) => print({ file: '', items: [i] }).trim());
    expect(calls).toEqual(['call\t__svm_io_outb', 'call\t__svm_io_inl', 'call\t__svm_io_rep_insw']);
  });
  it('string instructions in a function that sets DF are rejected', () => {
    expect(rewriteErrors(fn('\tstd\n\trep movsb\n\tcld'))).toMatch(/t\.s:6:2: error: string instruction 'movsb' in a function that sets DF/);
  });
  it('already rewritten input is rejected', () => {
    expect(rewriteErrors(fn('.Lsvm_s0:\n\tnop'))).toMatch(/reserved prefix/);
  });
});

describe('every translated access goes through the stlb', () => {
  it('no untranslated non-stack memory operand remains in rewritten corpus code', () => {
    // Independent of the rewriter's bookkeeping: re-parse the output and check each memory operand
    // is stack-relative, a runtime symbol, or based on a register the preceding fast path produced.
    for (const f of [corpusFiles()[1]!, join(ROOT, 'drivers/e1000like/e1000like.s')]) {
      const out = print(rewrite(parse(f, readFileSync(f, 'utf8')), { portIo: 'helpers' }).program);
      const p = parse('out.s', out);
      let bare = 0;
      for (const it of p.items) {
        if (it.kind !== 'insn') continue;
        for (const r of memRefs(it, true)) {
          if (r.cls === 'stack') continue;
          const d = r.op.disp;
          const runtimeSym = d !== null && exprSymbols(d).some((x) => x.startsWith('__svm_'));
          const viaRegOnly = r.op.base && !r.op.index && !r.op.seg;
          if (!runtimeSym && !viaRegOnly && it.form.op !== 'lea') bare++;
        }
      }
      expect(bare, f).toBe(0);
    }
  });
});

describe('the Linux corpus and the sample driver rewrite and assemble', () => {
  const files = [...corpusFiles(), join(ROOT, 'drivers/e1000like/e1000like.s')];
  for (const f of files) {
    it(basename(f), () => {
      const r = rewrite(parse(f, readFileSync(f, 'utf8')), { portIo: 'helpers' });
      const out = join(dir, basename(f));
      writeFileSync(out, print(r.program));
      assemble(out, `${out}.o`);
      const t = r.report.total;
      // Report consistency: per-function counts add up; thesis bound on the fast path.
      const sum = r.report.functions.reduce((a, x) => a + x.before, 0);
      expect(sum).toBe(t.before);
      expect(t.translated).toBeGreaterThan(0);
      expect(derived(t).perAccess).toBeLessThanOrEqual(10);
      expect(t.after).toBeGreaterThan(t.before);
    });
  }
});

describe('twindrivers rewrite', () => {
  it('writes the output and a JSON report, and prints a summary', async () => {
    const out = join(dir, 'cli.s'), rep = join(dir, 'cli.json');
    const r = await run('rewrite', join(ROOT, 'test/golden/rewriter/reuse.s'), '-o', out, '--report', rep);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/accesses translated/);
    const j = JSON.parse(readFileSync(rep, 'utf8'));
    expect(j.total.translated).toBeGreaterThan(0);
    expect(j.functions[0].name).toBe('f');
    expect(readFileSync(out, 'utf8')).toMatch(/__svm_stlb/);
  });
  it('reports rewrite errors with locations and exits 1; bad options exit 2', async () => {
    const bad = join(dir, 'bad.s');
    writeFileSync(bad, fn('\thlt'));
    const r = await run('rewrite', bad, '-o', join(dir, 'bad.out.s'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.s:5:2: error: privileged instruction \(ring0\) 'hlt'/);
    expect((await run('rewrite', bad, '--port-io', 'maybe')).code).toBe(2);
  });
});
