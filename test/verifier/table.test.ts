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

describe('constant pages: accesses to sym + c (abi.ts "Constant pages")', () => {
  /** The delta of the page of the constant `x` in %r, as the rewriter emits it. */
  const page = (x: string, r = 'ecx'): string => `\tmovl\t$${x}, %${r}\n\tshrl\t$12, %${r}\n\tmovl\t__svm_delta(,%${r},4), %${r}\n`;
  const data = '\t.data\n\t.globl\tcounter\ncounter:\n\t.zero\t8192\n';
  /** A hand-written function with a data symbol `counter` and an undefined `jiffies`. */
  const fnp = (body: string): string => program(body, '', data);
  const seq = (r: string, x: string): RegExp => new RegExp(`\\tmovl\\t\\$${x.replace(/[+$]/g, '\\$&')}, %${r}\\n\\tshrl\\t\\$12, %${r}\\n\\tmovl\\t__svm_delta\\(,%${r},4\\), %${r}\\n`);

  // A load, a store, a read-modify-write, a store within reach of the rmw's constant (reused) and
  // the movzbl + movb pair of one byte (reused).
  const out = rw('\tmovl jiffies, %eax\n\tmovb %al, mask\n\taddl $1, counter+4\n\tmovl %eax, counter+4092\n\tmovzbl evtchn_upcall_mask, %edx\n\tmovb %al, evtchn_upcall_mask\n\tret');
  const esc = (x: string): string => x.replace(/[$+()]/g, '\\$&');

  it('loads, stores and read-modify-writes on 3 inserted instructions in one register, no leal, every access a listed site', () => {
    expect(out.split('.size')[0]).not.toMatch(/\tleal\t|__svm_stlb|pushl\t%e/);
    for (const [x, access] of [['jiffies', 'movl\tjiffies'], ['mask', 'movb\t%al, mask'], ['counter+4', 'addl\t$1, counter+4'], ['evtchn_upcall_mask', 'movzbl\tevtchn_upcall_mask']] as const) {
      expect(out).toMatch(new RegExp(`\\tmovl\\t\\$${esc(x)}, %(e..)\\n\\tshrl\\t\\$12, %\\1\\n\\tmovl\\t__svm_delta\\(,%\\1,4\\), %\\1\\n\\t${esc(access)}\\(%\\1\\)`));
    }
    // Reuse: counter+4092 (within reach of counter+4) and the byte's store insert nothing.
    expect(out).toMatch(/\taddl\t\$1, counter\+4\((%e..)\)\n\tmovl\t%eax, counter\+4092\(\1\)\n/);
    expect(out).toMatch(/\tmovzbl\tevtchn_upcall_mask\((%e..)\), %edx\n\tmovb\t%al, evtchn_upcall_mask\(\1\)\n/);
    expect(out.match(/__svm_delta/g)).toHaveLength(4);
    const { elf } = accepted(out);
    const sites = (elf.sets?.tableSites ?? []).filter((s) => s.base === -1);
    expect(sites).toHaveLength(6);
    // X - D: 0 where the access is at the translated constant; counter+4 - (counter+4092) for the reuse.
    expect(sites.map((s) => s.anchor)).toEqual([0, 0, 0, -4088, 0, 0]);
    // Where the relocated 32-bit displacement lies in the instruction (8b/88/83/89 modrm: 2; 0f b6 modrm: 3).
    expect(sites.map((s) => s.dispAt)).toEqual([2, 2, 2, 2, 3, 2]);
  });

  it('a load uses its own destination when no other register is free (no spill)', () => {
    const busy = rw('\tmovl jiffies, %eax\n\taddl %ecx, %eax\n\taddl %edx, %eax\n\tret');
    expect(busy).toMatch(/\tmovl\t\$jiffies, %eax\n\tshrl\t\$12, %eax\n\tmovl\t__svm_delta\(,%eax,4\), %eax\n\tmovl\tjiffies\(%eax\), %eax\n/);
    expect(busy.split('.size')[0]).not.toMatch(/pushl\t%e/);
    accepted(busy);
  });

  it('reuse is keyed on the symbol and limited to the reach, both sides; a written delta ends it', () => {
    const r = rw('\tmovl counter, %eax\n\tmovl counter+4092, %edx\n\tmovl counter-4096, %edx\n\tmovl counter+4093, %edx\n\tmovl counter-4097, %edx\n\tmovl other, %edx\n\tret');
    // counter (translated), +4092 and -4096 reused; +4093, -4097 and other each get their own.
    expect(r.match(/__svm_delta/g)).toHaveLength(4);
    for (const x of ['counter', 'counter+4093', 'counter-4097', 'other']) expect(r).toMatch(seq('e..', x));
    accepted(r);
    // jiffies twice with the delta register written in between: translated twice.
    const w = rw('\tmovl jiffies, %eax\n\tcall g\n\tmovl jiffies, %edx\n\taddl %edx, %eax\n\tret');
    expect(w.match(/\$jiffies/g)).toHaveLength(2);
    accepted(w);
  });

  it('with the flags live: the page load goes above the flag-setting run; a 64-bit counter (addl; adcl) reuses it', () => {
    const h = rw('\tcmpl $1, %eax\n\tmovl jiffies, %edx\n\tje 1f\n\tmovl %edx, %eax\n1:\tret');
    expect(h).toMatch(/\tmovl\t\$jiffies, (%e..)\n\tshrl\t\$12, \1\n\tmovl\t__svm_delta\(,\1,4\), \1\n\tcmpl\t\$1, %eax\n\tmovl\tjiffies\(\1\), %edx\n/);
    const w = rw('\taddl $1, %eax\n\taddl $1, counter\n\tadcl $0, counter+4\n\tret');
    expect(w).toMatch(/\taddl\t\$1, counter\((%e..)\)\n\tadcl\t\$0, counter\+4\(\1\)\n/);
    for (const x of [h, w]) {
      expect(x).not.toMatch(/pushfl/);
      accepted(x);
    }
  });

  it('per-cpu (%fs) and indexed globals keep the general form', () => {
    const g = rw('\tmovl %fs:cpu_var, %eax\n\tmovl tab(,%eax,4), %edx\n\tmovl %edx, %eax\n\tret');
    expect(g).toMatch(/\tleal\tcpu_var, (%e..)\n\taddl\t__svm_fs_base, \1\n/);
    expect(g).toMatch(/\tleal\ttab\(,%eax,4\), /);
    expect(g).not.toMatch(/\$cpu_var|\$tab/);
    accepted(g);
  });

  it('accepts the hand-written form at the reach limits and through a loop', () => {
    for (const a of ['counter+4092', 'counter-4096']) accepted(fnp(`${page('counter')}\tmovl\t${a}(%ecx), %eax\n\tret\n`));
    accepted(fnp(`${page('counter')}\tmovb\tcounter+4095(,%ecx,1), %al\n\tret\n`));
    accepted(fnp(`${page('4096')}\tmovl\t8188(%ecx), %eax\n\tret\n`));
    accepted(fnp(`${page('counter')}.L1:\n\tmovl\tcounter(%ecx), %eax\n\ttestl\t%eax, %eax\n\tjne\t.L1\n\tret\n`));
    // The same constant's delta on both arms of a join.
    accepted(fnp(`\ttestl\t%eax, %eax\n\tje\t.L2\n${page('counter')}\tjmp\t.L3\n.L2:\n${page('counter')}.L3:\n\tmovl\tcounter+8(%ecx), %eax\n\tret\n`));
    // A base register that holds the constant itself: the base form (a base site).
    const base = accepted(fnp(`\tmovl\t$4096, %eax\n\tmovl\t%eax, %ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n\tmovl\t8(%eax,%ecx), %eax\n\tret\n`));
    expect(base.elf.sets?.tableSites?.map((s) => [s.base, s.disp])).toEqual([[0, 8]]);
  });

  it('rejects a displacement out of reach of the constant, on either side and by size', () => {
    rejected(fnp(`${page('counter')}\tmovl\tcounter+4093(%ecx), %eax\n\tret\n`), /leaves the reach \[-4096, 4096\)/);
    rejected(fnp(`${page('counter')}\tmovl\tcounter-4097(%ecx), %eax\n\tret\n`), /leaves the reach/);
    rejected(fnp(`${page('counter')}\tmovw\tcounter+4095(%ecx), %ax\n\tret\n`), /leaves the reach/);
    // The wrong page: the rewriter's constant moved away from the access.
    rejected(mutate(out, '$counter+4,', '$counter+8192,'), /leaves the reach/);
  });

  it('rejects a displacement of another symbol, or a plain number against a symbol (the loader places them apart)', () => {
    rejected(mutate(out, '$jiffies,', '$other,'), /not of the constant's symbol/);
    rejected(fnp(`${page('counter')}\tmovl\t8(%ecx), %eax\n\tret\n`), /not a plain number/);
    rejected(fnp(`${page('4096')}\tmovl\tcounter(%ecx), %eax\n\tret\n`), /not of the constant's symbol/);
    // A constant through the stack keeps its symbol.
    rejected(fnp(`\tpushl\t$counter\n\tpopl\t%ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n\tmovl\t4096(%ecx), %eax\n\tret\n`), /not a plain number/);
    accepted(fnp(`\tpushl\t$counter\n\tpopl\t%ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n\tmovl\tcounter+4(%ecx), %eax\n\tret\n`));
    // Different constants on the two arms of a join.
    rejected(fnp(`\ttestl\t%eax, %eax\n\tje\t.L2\n${page('counter')}\tjmp\t.L3\n.L2:\n${page('counter+8192')}.L3:\n\tmovl\tcounter+8(%ecx), %eax\n\tret\n`), /untranslated access to symbol|not a translated/);
  });

  it('rejects the delta redefined before the access, scaled, with a base register, or used with a base', () => {
    rejected(mutate(out, /(\tmovl\tjiffies\((%e..)\))/, '\taddl\t$4096, $2\n$1'), /untranslated access to symbol 'jiffies'/);
    rejected(fnp(`${page('counter')}\tmovl\t%edx, %ecx\n\tmovl\tcounter(%ecx), %eax\n\tret\n`), /untranslated access to symbol|not a translated/);
    rejected(fnp(`${page('counter')}\tmovl\tcounter(,%ecx,4), %eax\n\tret\n`), /scaled by 4/);
    rejected(fnp(`${page('counter')}\tmovl\tcounter(%ebx,%ecx), %eax\n\tret\n`), /no other register/);
    rejected(fnp(`${page('counter')}\tmovl\t4(%ebx,%ecx), %eax\n\tret\n`), /no other register/);
    rejected(fnp(`${page('counter')}\tmovl\tcounter(%ecx,%ebx), %eax\n\tret\n`), /no other register/);
    rejected(fnp(`${page('counter')}\tbtl\t%eax, counter(%ecx)\n\tret\n`), /register bit offset/);
    // A runtime variable's address is no constant page.
    rejected(fnp(`${page('__svm_stack_lo')}\tmovl\t__svm_stack_lo(%ecx), %eax\n\tret\n`), /__svm_stack_lo|not a page number/);
  });
});

describe('constant pages: one constant per site', () => {
  it('rejects a site reached with different constants from different entries (the miss fills one page)', () => {
    const page = (x: string): string => `\tmovl\t$${x}, %ecx\n\tshrl\t$12, %ecx\n\tmovl\t__svm_delta(,%ecx,4), %ecx\n`;
    // .L5 is a jump landing no path of f reaches: entered on its own (strict), with its own constant.
    const body = `${page('counter')}\tjmp\t.Lj\n.L5:\n${page('counter+8')}.Lj:\n\tmovl\tcounter+8(%ecx), %eax\n\tret\n`;
    const extra = '\t.data\n\t.globl\tcounter\ncounter:\n\t.zero\t64\n\t.section\t.svm_targets,"a",@progbits\n\t.long\t.L5\n';
    rejected(program(body, '', extra), /different constants' pages on different entries/);
    // The same constant on both: one site, accepted.
    accepted(program(body.replace('$counter+8,', '$counter,'), '', extra));
  });
});
