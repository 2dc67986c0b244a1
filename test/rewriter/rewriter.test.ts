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
    expect(rewriteErrors(fn('\thlt'))).toMatch(/^t\.s:5:2: error: privileged instruction \(ring0\) 'hlt'/);
    expect(rewriteErrors(fn('\tiret'))).toMatch(/^t\.s:5:2: error: privileged instruction \(intflag\) 'iret'/);
    expect(rewriteErrors(fn('\tmovl %eax, %cr3'))).toMatch(/t\.s:5:2: error: privileged instruction \(ring0\)/);
    expect(rewriteErrors(fn('\twrmsr\n\tlgdt (%eax)\n\tint $0x80\n\tmovw %ax, %ds'))).toMatch(/t\.s:5:2.*\n.*t\.s:6:2.*\n.*t\.s:7:2.*\n.*t\.s:8:2.*segment/);
  });
  it('port I/O goes through the checked helpers by default, and is an error with portIo error', () => {
    expect(rewriteErrors(fn('\tinb (%dx), %al'), { portIo: 'error' })).toMatch(/port I\/O .*'inb'/);
    const r = rewrite(parse('t.s', fn('\toutb %al, (%dx)\n\tinl $0x70, %eax\n\trep; insw')));
    const calls = r.program.items.filter((i): i is Instruction => i.kind === 'insn' && i.form.op === 'call').map((i) => print({ file: '', items: [i] }).trim());
    expect(calls.filter((c) => c.includes('__svm_io_'))).toEqual(['call\t__svm_io_outb', 'call\t__svm_io_inl', 'call\t__svm_io_rep_insw']);
  });
  it('a string instruction where DF may be set or clear is rejected', () => {
    expect(rewriteErrors(fn('\ttestl %eax, %eax\n\tje 1f\n\tstd\n1:\n\trep movsb\n\tcld'))).toMatch(/t\.s:9:2: error: string instruction 'movsb' where the direction flag may be set or clear/);
  });
  it('already rewritten input is rejected', () => {
    expect(rewriteErrors(fn('.Lsvm_s0:\n\tnop'))).toMatch(/reserved prefix/);
  });
});

describe('return-site control-flow integrity', () => {
  const lines = (src: string): string[] => print(rewrite(parse('t.s', src), { verify: false }).program).split('\n').map((l) => l.replace(/\s*#.*$/, '').trim()).filter(Boolean);
  it('every ret, `ret $n` included, checks its return address with one free register and no spill', () => {
    const src = '\t.text\n\t.globl g\n\t.type g, @function\ng:\n\tmovl 4(%esp), %eax\n\tret $4\n\t.size g, .-g\n';
    // `ret $4` pops the caller's arguments, which the verifier refuses: the form is checked here.
    const r = rewrite(parse('t.s', src), { verify: false });
    const out = lines(src);
    const at = out.indexOf('ret\t$4');
    expect(out.slice(at - 6, at + 1)).toEqual([
      'movl\t(%esp), %ecx', 'subl\t$__svm_inst_text, %ecx', 'cmpl\t$__svm_text_size, %ecx', 'jae\t.Lsvm_o0',
      'btl\t%ecx, __svm_returns', 'jnc\t.Lsvm_d0', 'ret\t$4',
    ]);
    expect(out).toContain('call\t__svm_ret_out');
    expect(out).toContain('call\t__svm_bad_return');
    expect(r.report.total).toMatchObject({ returnChecks: 1, returnSites: 0, fpChecks: 0, insertedForReturns: 6, spills: 0 });
  });
  it('return sites after module and indirect calls only; %ebp checked after them in a frame-pointer function where it is read again', () => {
    const f = join(ROOT, 'test/golden/rewriter/returns.s');
    const r = rewrite(parse(f, readFileSync(f, 'utf8')));
    // 4 rets; calls: leaf x3 and *%edx listed, kernel_routine not; %ebp read after all but the last.
    expect(r.report.total).toMatchObject({ returnChecks: 3, returnSites: 4, fpChecks: 3, insertedForReturns: 3 * 6 + 3 * 4 });
    const out = print(r.program);
    expect(out).toMatch(/call\tkernel_routine\n\tmovl\t%eax, -4\(%ebp\)/);
    expect(out).toMatch(/call\tleaf\n\.Lsvm_r\d+:\n\taddl\t\$8, %esp\n\tpopl\t%ebp/);
  });
  it('a callee whose caller keeps %ecx across the call (gcc -fipa-ra) spills it around its return check', () => {
    const src = '\t.text\n\t.type g, @function\ng:\n\tleal 1(%eax), %eax\n\tret\n\t.size g, .-g\n' +
      '\t.globl f\n\t.type f, @function\nf:\n\tmovl $5, %ecx\n\tcall g\n\taddl %ecx, %eax\n\tret\n\t.size f, .-f\n';
    const out = lines(src);
    const g = out.slice(out.indexOf('g:'), out.indexOf('.size\tg, .-g'));
    expect(g.filter((l) => !l.endsWith(':'))).toEqual([
      'leal\t1(%eax), %eax', 'pushl\t%ecx', 'movl\t4(%esp), %ecx', 'subl\t$__svm_inst_text, %ecx', 'cmpl\t$__svm_text_size, %ecx',
      'jae\t.Lsvm_o0', 'btl\t%ecx, __svm_returns', 'jnc\t.Lsvm_d0', 'popl\t%ecx', 'ret',
    ]);
    // The stub restores %ecx before handing the return address to the runtime.
    expect(out.slice(out.indexOf('.Lsvm_o0:'), out.indexOf('.Lsvm_o0:') + 4)).toEqual(['.Lsvm_o0:', 'popl\t%ecx', 'pushl\t$.Lsvm_s0', 'call\t__svm_ret_out']);
    // f's own ret: %ecx is dead there (f is called from outside this file only).
    const f = out.slice(out.indexOf('f:'));
    expect(f).toContain('movl\t(%esp), %ecx');
  });
  it('in the corpus, every return site follows a call that is not into the runtime or an external routine', () => {
    for (const f of [...corpusFiles(), join(ROOT, 'drivers/e1000like/e1000like.s')]) {
      const p = rewrite(parse(f, readFileSync(f, 'utf8')), { portIo: 'helpers' }).program;
      const listed = new Set<string>();
      for (const it of p.items) {
        if (it.kind === 'directive' && it.section === '.svm_returns' && it.name === '.long') for (const a of it.args) if (a.k === 'expr') listed.add(exprSymbols(a.e)[0]!);
      }
      expect(listed.size, f).toBeGreaterThan(0);
      const labels = new Set(p.items.filter((x) => x.kind === 'label').map((x) => (x as { name: string }).name));
      p.items.forEach((it, k) => {
        if (it.kind !== 'label' || !listed.has(it.name)) return;
        listed.delete(it.name);
        const prev = p.items.slice(0, k).reverse().find((x) => x.kind === 'insn' && x.section === it.section) as Instruction;
        expect(prev.form.flow === 'call' || prev.form.flow === 'icall', `${f}: ${it.name}`).toBe(true);
        const t = prev.operands[0];
        const callee = t?.kind === 'target' ? exprSymbols(t.expr)[0] : undefined;
        if (callee) expect(labels.has(callee) && !callee.startsWith('__svm_'), `${f}: ${it.name} after call ${callee}`).toBe(true);
      });
      expect([...listed], f).toEqual([]);
    }
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
