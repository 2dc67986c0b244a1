// Scheduling around inserted code under --svm table (sites/scratch.ts settle/sinkLoad,
// sites/table.ts flagSetter/reopenFlagSave, sites/reuse.ts copiedTranslations): each keeps a
// translation alive or avoids a flag save, and the output still verifies (rewrite() verifies in
// process and throws otherwise). The kernel-idiom suite runs real gcc output through the same
// code natively (test/kernel).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { ROOT } from '../support/paths.js';

const DIR = join(ROOT, 'test', 'rewriter', 'sched');

/** The rewritten body of f, one instruction per line, without comments. */
function body(file: string, src?: string, reuse = true): string[] {
  const text = src ?? readFileSync(join(DIR, file), 'utf8');
  const out = print(rewrite(parse(file, text), { svm: 'table', reuse }).program);
  const lines = out.split('\n').map((l) => l.replace(/\s*#.*$/, '').trim().replace(/\s+/g, ' ')).filter((l) => l && !l.startsWith('.'));
  return lines.slice(lines.indexOf('f:') + 1);
}
const deltas = (b: string[]): number => b.filter((l) => l.includes('__svm_delta(')).length;
const at = (b: string[], s: string, from = 0): number => b.indexOf(s, from);

describe('lazy reloads and sunk stack loads keep a table delta alive', () => {
  it('a borrowed register is reloaded once, where the original code reads it, not after each site', () => {
    const b = body('lazy-reload.s');
    expect(deltas(b)).toBe(1);
    expect(b.filter((l) => l === 'movl 12(%ebp), %ecx')).toHaveLength(2);
    const reload = b.lastIndexOf('movl 12(%ebp), %ecx');
    expect(reload).toBeGreaterThan(at(b, 'movl %eax, 12(%edx,%ecx)'));
    expect(reload).toBe(at(b, 'addl %ecx, %eax') - 1);
    // Without reuse every access translates again.
    expect(deltas(body('lazy-reload.s', undefined, false))).toBe(3);
  });

  it('an original `movl slot,%r` over a held delta moves below the accesses that use the delta', () => {
    const b = body('sink-load.s');
    expect(deltas(b)).toBe(1);
    const load = b.lastIndexOf('movl 24(%ebp), %edi');
    expect(load).toBeGreaterThan(at(b, 'movl %esi, 12(%edx,%edi)'));
    expect(load).toBeLessThan(at(b, 'addl %edi, %eax'));
  });

  it('a sunk load whose value dies before any use is dropped; one read in between stops it', () => {
    const dead = readFileSync(join(DIR, 'sink-load.s'), 'utf8').replace('\taddl %edi, %eax\n', '\tmovl $7, %edi\n\taddl %edi, %eax\n');
    const b = body('sink-dead.s', dead);
    expect(b.filter((l) => l === 'movl 24(%ebp), %edi')).toHaveLength(1);
    const read = readFileSync(join(DIR, 'sink-load.s'), 'utf8').replace('\tmovl %esi, 12(%edx)\n', '\tmovl %edi, 16(%edx)\n\tmovl %esi, 12(%edx)\n');
    const r = body('sink-read.s', read);
    const load = at(r, 'movl 24(%ebp), %edi', at(r, 'movl 28(%ebp), %ebx'));
    const store = r.findIndex((l) => l.startsWith('movl %edi, 16(%edx,'));
    expect(load).toBeGreaterThan(0);
    expect(load).toBeLessThan(store);
    expect(r[store]).not.toBe('movl %edi, 16(%edx,%edi)');
    expect(deltas(r)).toBe(2);
  });

  it('after movl %b,%c the delta of %b\'s page serves accesses off %c, also once %b is redefined', () => {
    const b = body('copy.s');
    expect(deltas(b)).toBe(1);
    expect(b).toContain('movl 8(%esi,%eax), %eax');
  });
});

describe('a spilled register that holds a delta', () => {
  it('stays pushed for the next access off the same base: one push/pop, one delta load', () => {
    const b = body('spill-reopen.s');
    expect(deltas(b)).toBe(1);
    const push = at(b, 'pushl %eax'), pop = at(b, 'popl %eax');
    expect(b.filter((l) => l === 'pushl %eax')).toHaveLength(1);
    expect(push).toBeLessThan(at(b, 'movl %edi, 336(%edx,%eax)'));
    expect(pop).toBe(at(b, 'movl %esi, 344(%edx,%eax)') + 1);
  });

  it('not when the code between reads that register (it holds the delta, not its value)', () => {
    const src = readFileSync(join(DIR, 'spill-reopen.s'), 'utf8').replace('\tmovl %esi, 344(%edx)\n', '\tmovl %eax, 340(%edx)\n\tmovl %esi, 344(%edx)\n');
    const b = body('spill-read.s', src);
    expect(b).not.toContain('movl %eax, 340(%edx,%eax)');
    expect(b.filter((l) => l.startsWith('popl %e') && l !== 'popl %edi' && l !== 'popl %esi' && l !== 'popl %ebx' && l !== 'popl %ebp').length).toBeGreaterThanOrEqual(2);
  });
});

describe('live flags across a delta load', () => {
  it('the register-only instruction that set them moves below the delta load: no pushfl/popfl', () => {
    const b = body('flag-setter.s');
    expect(b.some((l) => l === 'pushfl' || l === 'popfl')).toBe(false);
    const setter = at(b, 'andb $2, %cl');
    expect(setter).toBeGreaterThan(b.findIndex((l) => l.includes('__svm_delta(')));
    expect(setter).toBe(b.findIndex((l) => l.startsWith('movl 4(%edx,')) - 1);
  });

  it('not when the code in between reads what it set, nor when it touches memory: the flags are saved', () => {
    const reads = readFileSync(join(DIR, 'flag-setter.s'), 'utf8').replace('\tmovl %eax, 16(%esp)\n', '\tmovl %eax, 16(%esp)\n\tmovl %ecx, 20(%esp)\n');
    const b = body('flag-reads.s', reads);
    expect(b).toContain('pushfl');
    expect(at(b, 'andb $2, %cl')).toBeLessThan(at(b, 'pushfl'));
    const memory = readFileSync(join(DIR, 'flag-setter.s'), 'utf8').replace('\tandb $2, %cl\n', '\tandb $2, 24(%esp)\n');
    expect(body('flag-mem.s', memory)).toContain('pushfl');
  });
});

describe('an indirect jump with the flags live at its targets', () => {
  // cmpl $1,%eax; jmp *.Ltab(,%eax,4): the targets read the comparison (sete/setb).
  for (const svm of ['stlb', 'table'] as const) {
    it(`saves them before its target is fetched (--svm ${svm}: the fetch writes flags)`, () => {
      const src = readFileSync(join(DIR, 'ijmp-flags.s'), 'utf8');
      const out = print(rewrite(parse('ijmp-flags.s', src), { svm }).program);
      const b = out.split('\n').map((l) => l.replace(/\s*#.*$/, '').trim().replace(/\s+/g, ' ')).filter((l) => l && !l.startsWith('#'));
      const push = b.indexOf('pushfl');
      expect(push).toBeGreaterThan(b.indexOf('cmpl $1, %eax'));
      expect(push).toBeLessThan(b.findIndex((l) => l.startsWith('leal .Ltab(,%eax,4)')));
      // Nothing between the compare and the pushfl writes the flags.
      expect(b.slice(b.indexOf('cmpl $1, %eax') + 1, push).every((l) => l.endsWith(':'))).toBe(true);
      // Through an %esp slot with no register free (%eax is live at the targets): the trampoline;
      // the slot is one word further up for each of the target slot, the spill and the flags.
      const slot = print(rewrite(parse('ijmp-slot.s', src.replace('jmp *.Ltab(,%eax,4)', 'jmp *8(%esp)')), { svm }).program);
      expect(slot).toMatch(/leal\t-4\(%esp\), %esp\n\tpushl\t%eax\n\tpushfl\n\tleal\t20\(%esp\), %eax\n\tmovl\t\(%eax\), %eax\n/);
    });
  }
});
