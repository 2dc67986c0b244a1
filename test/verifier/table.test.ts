// The verifier's rules for the tag-free translation (abi.ts "Tag-free translation"): genuine
// rewriter output of small functions with `svm: 'table'` verifies in assembly and machine-code
// mode and lists its table sites (the miss handler's restartable faults); each step of the
// sequence removed, weakened or moved is rejected with its rule and reason.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { program, reasons, verifyBoth } from './snippets.js';

const fn = (body: string): string => `\t.text\n\t.globl f\n\t.type f, @function\nf:\n${body}\n\t.size f, .-f\n`;
const rw = (body: string): string => print(rewrite(parse('t.s', fn(body)), { verify: false, svm: 'table' }).program);

function accepted(src: string): ReturnType<typeof verifyBoth> {
  const both = verifyBoth(src);
  expect(reasons(both.asm)).toBe('');
  expect(reasons(both.elf)).toBe('');
  return both;
}

function rejected(src: string, reason: RegExp): void {
  const { asm, elf } = verifyBoth(src);
  expect(elf.ok, 'machine-code mode').toBe(false);
  const hit = asm.violations.find((v) => v.rule === 'memory' && reason.test(v.reason));
  if (!hit) expect(reasons(asm)).toMatch(reason);
}

function mutate(src: string, from: string | RegExp, to: string): string {
  const out = src.replace(from, to);
  expect(out, `no ${from} in the output`).not.toBe(src);
  return out;
}

describe('tag-free table translation', () => {
  // Two accesses off %eax (the second reuses the delta), one indexed (general form), one with flags live.
  const body = '\tmovl 4(%eax), %edx\n\taddl -8(%eax), %edx\n\tmovl %edx, x(,%ecx,4)\n\tcmpl $1, %edx\n\tmovl 12(%eax), %edx\n\tje 1f\n\tmovl %edx, %eax\n1:\tret';
  const out = rw(body);

  it('emits the 3-instruction sequence, reuses the delta, and verifies with its table sites listed', () => {
    expect(out).toMatch(/\tmovl\t%eax, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tmovl\t4\(%eax,\1\), %edx\n\taddl\t-8\(%eax,\1\), %edx\n/);
    expect(out).not.toMatch(/__svm_stlb|__svm_slow/);
    const { elf } = accepted(out);
    const sites = elf.sets?.tableSites ?? [];
    // 4(%eax), -8(%eax) (reused), (%r1,%r2) of x(,%ecx,4), 12(%eax): every access is a listed site.
    expect(sites.map((s) => s.disp)).toEqual([4, -8, 0, 12]);
    expect(new Set(sites.map((s) => s.base)).has(0)).toBe(true);
    expect(sites.every((s) => s.delta !== s.base)).toBe(true);
  });

  it('loads the delta above the flag-setting run instead of saving the flags', () => {
    // cmpl sets the flags je reads: the delta load goes above it, with no pushfl/popfl.
    expect(out).toMatch(/\tmovl\t%eax, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tcmpl\t\$1, %edx\n(#.*\n)?\tmovl\t12\(%eax,\1\), %edx\n/);
    expect(out).not.toMatch(/pushfl/);
  });

  // The run may read the flags it does not set last (sbbl); the hoist stops where flags are live.
  const run = rw('\tcmpl $1, %eax\n\tsbbl %ecx, %ecx\n\tmovl 12(%eax), %eax\n\tjne 1f\n\taddl %ecx, %eax\n1:\tret');
  it('hoists across a flag reader to the point where the flags are dead, and verifies', () => {
    expect(run).toMatch(/\tmovl\t%eax, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tcmpl\t\$1, %eax\n\tsbbl\t%ecx, %ecx\n(#.*\n)?\tmovl\t12\(%eax,\1\), %eax\n/);
    expect(run).not.toMatch(/pushfl/);
    accepted(run);
  });

  it('saves live flags when the run writes the base (no hoist)', () => {
    const own = rw('\tmovl 4(%eax), %edx\n\taddl $4, %eax\n\tmovl 12(%eax), %edx\n\tje 1f\n\tmovl %edx, %eax\n1:\tret');
    expect(own).toMatch(/\taddl\t\$4, %eax\n(#.*\n)?(\.Lsvm_s\d+:\n)?\tpushfl\n\tmovl\t%eax, (%e..)\n\tshrl\t\$12, \3\n\tmovl\t__svm_delta\(,\3,4\), \3\n\tpopfl\n/);
    accepted(own);
  });

  it('rejects a hoisted delta whose base or delta register the run then changes', () => {
    rejected(mutate(run, /(\tsbbl\t%ecx, %ecx\n)/, '$1\taddl\t$4096, %eax\n'), /not the table delta of %eax's page/);
    const d = /movl\t__svm_delta\(,(%e..),4\)/.exec(run)![1]!;
    rejected(mutate(run, /(\tsbbl\t%ecx, %ecx\n)/, `$1\tmovl\t%ecx, ${d}\n`), /not the table delta of %eax's page|is not translated/);
  });

  it('a far displacement, a symbol and a segment go through leal first', () => {
    const far = rw('\tmovl 8192(%eax), %edx\n\tmovl %fs:y, %ecx\n\tmovl %ecx, (%edx)\n\tret');
    expect(far).toMatch(/leal\t8192\(%eax\), (%e..)\n\tmovl\t\1, (%e..)\n\tshrl\t\$12, \2\n/);
    expect(far).toMatch(/addl\t__svm_fs_base, %e..\n/);
    accepted(far);
  });

  it('rejects a shift that is not the page shift, or none', () => {
    rejected(mutate(out, '$12,', '$11,'), /not a page number/);
    rejected(mutate(out, /\tshrl\t\$12, %e..\n/, ''), /not a page number/);
  });

  it('rejects any other read of the table, and every write', () => {
    rejected(mutate(out, /__svm_delta\(,(%e..),4\)/, '__svm_delta(,$1,2)'), /may only be read by/);
    rejected(mutate(out, /__svm_delta\(,(%e..),4\)/, '__svm_delta+4(,$1,4)'), /may only be read by/);
    rejected(program('\tmovl\t%eax, __svm_delta\n\tret\n'), /writes the runtime's __svm_delta/);
    rejected(program('\tmovl\t__svm_delta(,%eax,4), %ecx\n\tret\n'), /not a page number/);
    rejected(program('\tshrl\t$12, %eax\n\taddl\t%eax, __svm_delta(,%eax,4)\n\tret\n'), /writes the runtime's __svm_delta/);
  });

  it('rejects an access whose base is not the value the delta was taken of', () => {
    // The base redefined between the table load and the access.
    rejected(mutate(out, /(\tmovl\t4\(%eax,%e..\), %edx\n)/, '\taddl\t$8192, %eax\n$1'), /not the table delta of %eax's page/);
    // Another register as the base.
    rejected(mutate(out, /4\(%eax,(%e..)\)/, '4(%esi,$1)'), /not the table delta of %esi's page/);
    // The delta scaled, or used as the base on its own.
    rejected(mutate(out, /4\(%eax,(%e..)\)/, '4(%eax,$1,2)'), /scaled by 2/);
    rejected(mutate(out, /4\(%eax,(%e..)\)/, '4($1)'), /not a translated address/);
  });

  it('rejects a displacement beyond the 3-page window', () => {
    rejected(mutate(out, /\t4\(%eax,(%e..)\)/, '\t4093($eax,$1)'.replace('$eax', '%eax')), /leaves the reach \[-4096, 4096\)/);
    rejected(mutate(out, /-8\(%eax,(%e..)\)/, '-4097(%eax,$1)'), /leaves the reach/);
  });

  it('kill-on-def: a delta does not survive a redefinition of its base in a loop', () => {
    const loop = '\tmovl\t%eax, %ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n.L1:\n\tmovl\t(%eax,%ecx), %eax\n\ttestl\t%eax, %eax\n\tjne\t.L1\n\tret\n';
    rejected(program(loop), /not the table delta of %eax's page/);
    accepted(program('\tmovl\t%eax, %ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n.L1:\n\tmovl\t(%eax,%ecx), %edx\n\ttestl\t%edx, %edx\n\tjne\t.L1\n\tret\n'));
  });
});

describe('indirect transfers through memory on the table', () => {
  // disp(%b) within reach: one register (never %b); an indexed target: leal and a second register.
  const calls = rw('\tpushl %ebx\n\tmovl %eax, %ebx\n\tcall *12(%ebx)\n\tcall *x(,%ebx,4)\n\tpopl %ebx\n\tret');
  // Every register live at the call: the target is loaded in the stack trampoline.
  const tramp = rw('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tpushl %esi\n\tpushl %edi\n\tmovl 8(%ebp), %eax\n\tmovl 16(%ebp), %edx\n\tmovl 20(%ebp), %ecx\n' +
    '\tmovl 24(%ebp), %ebx\n\tmovl %edx, %esi\n\tmovl %ecx, %edi\n\tcall *12(%ebx)\n\taddl %ebx, %eax\n\taddl %esi, %eax\n\taddl %edi, %eax\n\tpopl %edi\n\tpopl %esi\n\tpopl %ebx\n\tpopl %ebp\n\tret');
  const jump = rw('\tmovl 4(%eax), %ecx\n\tjmp *8(%ecx)');

  it('loads the target through the delta (no stlb), and every form verifies with the load as a table site', () => {
    expect(calls).toMatch(/\tmovl\t%ebx, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tmovl\t12\(%ebx,\1\), \1\n\tsubl\t\$__svm_vm_text, \1\n/);
    expect(calls).toMatch(/\tleal\tx\(,%ebx,4\), (%e..)\n\tmovl\t\1, (%e..)\n\tshrl\t\$12, \2\n\tmovl\t__svm_delta\(,\2,4\), \2\n\tmovl\t\(\1,\2\), \1\n/);
    expect(tramp).toMatch(/call\t\.Lsvm_c\d+\n/);
    expect(tramp).toMatch(/\tmovl\t%ebx, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tmovl\t12\(%ebx,\1\), \1\n/);
    for (const src of [calls, tramp, jump]) {
      expect(src).not.toMatch(/__svm_stlb|__svm_slow/);
      const { elf } = accepted(src);
      expect((elf.sets?.tableSites ?? []).length).toBeGreaterThan(0);
    }
    expect(accepted(calls).elf.sets?.tableSites?.map((s) => s.disp)).toEqual([12, 0]);
  });

  it('rejects a target load whose delta is not of its base\'s page, or beyond reach', () => {
    rejected(mutate(calls, /12\(%ebx,(%e..)\)/, '12(%ecx,$1)'), /not the table delta of %ecx's page/);
    rejected(mutate(calls, /\tmovl\t(%e..), (%e..)\n(\tshrl\t\$12, \2\n)/, '\tmovl\t$1, $2\n\taddl\t$4096, $2\n$3'), /not the table delta/);
    rejected(mutate(calls, /12\(%ebx,(%e..)\)/, '4096(%ebx,$1)'), /leaves the reach/);
    rejected(mutate(tramp, /12\(%ebx,(%e..)\)/, '12($1)'), /not a translated address/);
  });
});
