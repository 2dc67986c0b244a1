// The rewrite of --svm segment (src/rewriter/sites/segment.ts): each class of memory operand and
// what it becomes; the output verifies (rewrite() runs the verifier in-process) and assembles.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';

function seg(body: string): { text: string; total: ReturnType<typeof rewrite>['report']['total'] } {
  const src = `\t.text\n\t.globl\tf\n\t.type\tf, @function\nf:\n${body}\tret\n\t.size\tf, .-f\n\t.data\nfoo:\n\t.long 0\n`;
  const r = rewrite(parse('seg.s', src), { svm: 'segment' });
  // Only f's body (before the inserted return check's label) matters here.
  return { text: print(r.program), total: r.report.total };
}

const lines = (t: string): string[] => t.split('\n').filter((l) => l.startsWith('\t') && !l.startsWith('\t.')).map((l) => l.trim().replace(/\s+/g, ' '));

describe('rewrite --svm segment', () => {
  it('rebases a constant displacement onto %gs with nothing inserted', () => {
    const r = seg('\tmovl\t8(%eax,%ecx,4), %edx\n\taddl\t%edx, (%ebx)\n\tmovl\t$5, -12(%esi)\n');
    const l = lines(r.text);
    expect(l).toContain('movl %gs:__svm_seg_neg+8(%eax,%ecx,4), %edx');
    expect(l).toContain('addl %edx, %gs:__svm_seg_neg(%ebx)');
    expect(l).toContain('movl $5, %gs:__svm_seg_neg-12(%esi)');
    expect(r.total.confined).toBe(3);
    expect(r.total.translated).toBe(0);
    expect(r.total.insertedForAccesses).toBe(0);
    expect(r.total.insertedForConfined).toBe(0);
  });

  it('puts a non-frame-pointer %ebp base on %gs explicitly (its default segment is the flat %ss)', () => {
    const l = lines(seg('\tmovl\t4(%ebp), %eax\n').text);
    expect(l).toContain('movl %gs:__svm_seg_neg+4(%ebp), %eax');
  });

  it('forms a symbolic address with one leal (a symbol and __svm_seg_neg share no relocation)', () => {
    const r = seg('\tmovl\tfoo+4, %eax\n\tincl\tfoo(,%edx,4)\n');
    const l = lines(r.text);
    const k = l.findIndex((x) => x.startsWith('leal foo+4,'));
    expect(k).toBeGreaterThanOrEqual(0);
    expect(l[k + 1]).toMatch(/^movl %gs:__svm_seg_neg\(%e[a-z]+\), %eax$/);
    expect(l.some((x) => /^leal foo\(,%edx,4\), %e[a-z]+$/.test(x))).toBe(true);
    expect(r.total.confined).toBe(2);
    expect(r.total.insertedForConfined).toBe(2);
  });

  it('leaves per-cpu %fs operands as they are and stack operands unchanged', () => {
    const l = lines(seg('\tincl\t%fs:__preempt_count\n\tmovl\t4(%esp), %eax\n').text);
    expect(l).toContain('incl %fs:__preempt_count');
    expect(l).toContain('movl 4(%esp), %eax');
  });

  it('keeps the stlb path where the operand may reach far from its address or names another segment', () => {
    const r = seg('\tbtsl\t%edx, (%eax)\n\tmovl\t%gs:8, %eax\n');
    expect(r.total.translated).toBe(2);
    expect(r.total.confined).toBe(0);
    expect(r.text).toContain('__svm_stlb');
  });

  it('the sample driver: every plain operand confined, far fewer inserted instructions than the stlb rewrite', async () => {
    const { readFileSync } = await import('node:fs');
    const { sampleDriverAsm } = await import('../../src/util/paths.js');
    const f = sampleDriverAsm();
    const p = parse(f, readFileSync(f, 'utf8'));
    const s = rewrite(p, { svm: 'segment' }).report.total;
    const t = rewrite(p).report.total;
    expect(s.confined).toBeGreaterThan(500);
    expect(s.translated).toBeLessThan(t.translated / 10);
    expect(s.after).toBeLessThan(t.after);
  });
});
