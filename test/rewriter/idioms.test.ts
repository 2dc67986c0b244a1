// Rewriter behaviour for the idioms of real kernel code (issue 14), beyond the golden files:
// refusals before any output (PIC, 64-bit code, unknown .cold splits, output the verifier would
// reject), retpoline thunks as the indirect transfers they are, traps after dom0 routines that
// "never return", the virtual interrupt flag, backward string chunks, variable frames (a stack
// pointer set only from a checked register, checked again where frames meet), the stack-slot
// call trampoline, direct transfers written as bytes (static_call trampolines); every accepted
// output is verified (rewrite() does it in-process).

import { describe, expect, it } from 'vitest';
import { AsmErrors } from '../../src/asm/diagnostics.js';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseObject, type ObjectFile } from '../../src/loader/elf.js';
import { formatViolations, verifyObject, verifyProgram } from '../../src/verifier/index.js';
import { assemble } from '../support/toolchain.js';

const fn = (body: string, name = 'f'): string => `\t.text\n\t.globl ${name}\n\t.type ${name}, @function\n${name}:\n${body}\n\t.size ${name}, .-${name}\n`;
const out = (src: string, opts = {}): string[] =>
  print(rewrite(parse('t.s', src), opts).program).split('\n').map((l) => l.replace(/\s*#.*$/, '').trim()).filter(Boolean);
function errors(src: string, opts = {}): string {
  try { rewrite(parse('t.s', src), opts); } catch (e) { if (e instanceof AsmErrors) return e.message; throw e; }
  throw new Error('expected the rewrite to fail');
}
/** The lines of the rewritten output from the first line matching `from`, `n` lines. */
const window = (lines: string[], from: string | RegExp, n: number): string[] => {
  const i = lines.findIndex((l) => (typeof from === 'string' ? l === from : from.test(l)));
  expect(i, `no line ${from}`).toBeGreaterThanOrEqual(0);
  return lines.slice(i, i + n);
};

describe('refused before any output', () => {
  it('position-independent code, with the hint', () => {
    expect(errors(fn('\tcall\tmemcpy@PLT\n\tret'))).toMatch(/t\.s:5:2: error: position-independent .*'memcpy@PLT'.*-fno-pic/);
    expect(errors(fn('\tmovl\tfoo@GOTOFF(%ebx), %eax\n\tret'))).toMatch(/-fno-pic/);
  });
  it('64-bit and 16-bit code', () => {
    // The parser refuses the directive; the CLI says it first with the hint (src/toolchain/input.ts).
    expect(() => parse('t.s', `\t.code64\n${fn('\tret')}`)).toThrow(/t\.s:1:2: error: directive \.code64: only 32-bit code/);
    expect(() => parse('t.s', '\tmovq %rdi, %rax\n')).toThrow(/unknown register '%rdi'/);
  });
  it('unknown .cold-style splits: a missing parent, a call into a cold part, a jump from another function', () => {
    const cold = (name: string, body = '\tud2'): string => `\t.section\t.text.unlikely\n\t.type ${name}, @function\n${name}:\n${body}\n\t.size ${name}, .-${name}\n`;
    expect(errors(`${fn('\tret', 'f')}${cold('g.cold')}`)).toMatch(/unknown \.cold-style split 'g\.cold': its function 'g' is not in this file/);
    expect(errors(`${fn('\tcall f.cold\n\tret', 'f')}${cold('f.cold')}`)).toMatch(/call into the \.cold part 'f\.cold'/);
    expect(errors(`${fn('\tret', 'f')}${fn('\tjmp f.cold', 'g')}${cold('f.cold', '\tjmp .Lback\n.Lback:\n\tud2')}`)).toMatch(/jump from 'g' into 'f\.cold', the \.cold part of another function/);
    // gcc's own split: f jumps to f.cold, which jumps back: accepted.
    expect(out(`${fn('\ttestl %eax, %eax\n\tjne f.cold\n.Lret:\n\tret', 'f')}${cold('f.cold', '\tjmp .Lret')}`).length).toBeGreaterThan(5);
  });
  it('output the verifier would reject is an error naming the original instruction', () => {
    expect(errors(fn('\tmovl 4(%esp), %eax\n\tret $4'))).toMatch(/t\.s:6:2: error: the rewritten code would not verify: stack violation at 'ret \$4': .*pops the caller's arguments.*a rewriter bug/);
  });
});

describe('retpolines and dom0 routines that never return', () => {
  it('call/jmp __x86_indirect_thunk_REG are the checked indirect transfers through REG', () => {
    for (const reg of ['eax', 'ebx', 'ecx', 'edx', 'esi', 'edi']) {
      const l = out(fn(`\tpushl %ebx\n\tpushl %esi\n\tpushl %edi\n\tcall\t__x86_indirect_thunk_${reg}\n\tpopl %edi\n\tpopl %esi\n\tpopl %ebx\n\tret`));
      expect(l.some((x) => x.includes('__x86_indirect_thunk'))).toBe(false);
      // The target register copied, checked against the target bitmap, called through.
      const copy = l.find((x) => x.startsWith(`movl\t%${reg}, %e`))!;
      const rt = copy.split(', ')[1]!;
      expect(l).toContain(`subl\t$__svm_vm_text, ${rt}`);
      expect(l).toContain(`btl\t${rt}, __svm_targets`);
      expect(l).toContain(`call\t*${rt}`);
    }
    const j = out(fn('\tjmp\t__x86_indirect_thunk_edx'));
    expect(j.some((x) => x.includes('__x86_indirect_thunk'))).toBe(false);
    expect(j.some((x) => x.includes('__svm_targets'))).toBe(true);
    const r = out(fn('\tmovl $1, %eax\n\tjmp\t__x86_return_thunk'));
    expect(r).toContain('btl\t%ecx, __svm_returns');
    expect(r).toContain('ret');
  });
  it('a call of a noreturn dom0 routine is followed by a trap', () => {
    const l = out(fn('\ttestl %eax, %eax\n\tje 1f\n\tcall\t__stack_chk_fail\n1:\n\tret'));
    expect(window(l, 'call\t__stack_chk_fail', 2)).toEqual(['call\t__stack_chk_fail', 'ud2']);
  });
});

describe('the interrupt flag: operations on the instance\'s virtual one', () => {
  it('cli, sti, pushf, popf', () => {
    const l = out(fn('\tpushfl\n\tpopl %eax\n\tcli\n\tincl %edx\n\tpushl %eax\n\tpopfl\n\tsti\n\tret'));
    expect(l).toContain('movb\t$1, __svm_vif');
    expect(l).toContain('movb\t$0, __svm_vif');
    expect(window(l, 'pushfl', 6)).toEqual(['pushfl', 'orl\t$512, (%esp)', 'cmpb\t$0, __svm_vif', 'je\t.Lsvm_i0', 'andl\t$-513, (%esp)', '.Lsvm_i0:']);
    expect(window(l, 'testl\t$512, (%esp)', 9)).toEqual([
      'testl\t$512, (%esp)', 'sete\t__svm_vif', 'andl\t$2261, (%esp)', 'pushfl', 'movl\t(%esp), %ecx', 'andl\t$-2262, %ecx',
      'orl\t%ecx, 4(%esp)', 'leal\t4(%esp), %esp', 'popfl',
    ]);
    expect(l.some((x) => x === 'cli' || x === 'sti')).toBe(false);
  });
  it('flags live after pushf are kept; popf with every register live borrows one on the stack', () => {
    const l = out(fn('\tcmpl %eax, %edx\n\tpushfl\n\tja 1f\n\tpopl %ecx\n\tret\n1:\n\tpopl %ecx\n\tret'));
    expect(window(l, /^pushfl$/, 3)).toEqual(['pushfl', 'pushfl', 'orl\t$512, 4(%esp)']);
    // Every register read after the popf (%eax..%edi into the result): one is pushed around the mask.
    const all = '\taddl %ecx, %eax\n\taddl %edx, %eax\n\taddl %ebx, %eax\n\taddl %esi, %eax\n\taddl %edi, %eax\n\taddl %ebp, %eax\n';
    const p = out(fn(`\tpushl %eax\n\tpopfl\n${all}\tret`));
    const i = p.indexOf('pushl\t%eax');
    expect(p[i + 1]).toMatch(/^pushl\t%e..$/);
    expect(p[i + 2]).toBe('testl\t$512, 4(%esp)');
  });
});

describe('string instructions with DF set: backward chunks', () => {
  it('std; rep movsb; cld bounds each chunk by the elements from the pointer down to its page start', () => {
    const l = out(fn('\tstd\n\trep movsb\n\tcld\n\tret'));
    const i = l.findIndex((x) => /^andl\t\$4095, %e..$/.test(x));
    const r = l[i]!.split(', ')[1]!;
    expect(l.slice(i - 1, i + 3)).toEqual([`movl\t%esi, ${r}`, `andl\t$4095, ${r}`, `addl\t$1, ${r}`, expect.stringMatching(new RegExp(`^cmpl\\t\\${r}, `))]);
    const w = out(fn('\tstd\n\trep movsl\n\tcld\n\tret'));
    const k = w.findIndex((x) => /^andl\t\$4095, %e..$/.test(x));
    const q = w[k]!.split(', ')[1]!;
    expect(w.slice(k, k + 3)).toEqual([`andl\t$4095, ${q}`, `shrl\t$2, ${q}`, `addl\t$1, ${q}`]);
  });
  it('a string instruction where paths disagree on DF is refused', () => {
    expect(errors(fn('\ttestl %eax, %eax\n\tje 1f\n\tstd\n1:\n\trep stosb\n\tcld\n\tret'))).toMatch(/direction flag may be set or clear/);
  });
});

describe('variable frames: %esp only ever a checked stack address', () => {
  const vla = fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tleal 0(,%eax,4), %edx\n\tsubl %edx, %esp\n\tmovl %esp, %ebx\n\tmovl $1, (%ebx)\n' +
    '\tmovl %ebx, %eax\n\tcall g\n\tmovl -4(%ebp), %ebx\n\tleave\n\tret');
  it('subl %reg,%esp: the new value computed in a register, checked, then moved to %esp', () => {
    const l = out(vla);
    expect(window(l, /^leal\t\(%esp\), %e..$/, 7)).toEqual([
      expect.stringMatching(/^leal\t\(%esp\), %(e..)$/), expect.stringMatching(/^subl\t%edx, %e..$/), expect.stringMatching(/^\.Lsvm_s\d+:$/),
      expect.stringMatching(/^cmpl\t__svm_stack_lo, %e..$/), expect.stringMatching(/^jb\t/), expect.stringMatching(/^cmpl\t__svm_stack_hi, %e..$/), expect.stringMatching(/^jae\t/),
    ]);
    expect(l.some((x) => x === 'subl\t%edx, %esp')).toBe(false);
  });
  it('andl $-16,%esp, a reload of a saved %esp, a register copy, and a join of frames are checked', () => {
    const al = out(fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tandl $-16, %esp\n\tsubl $16, %esp\n\tmovl %eax, (%esp)\n\tleave\n\tret'));
    expect(al.some((x) => x === 'andl\t$-16, %esp')).toBe(false);
    expect(al.some((x) => /^andl\t\$-16, %e.x$/.test(x))).toBe(true);
    const reload = out(fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tsubl $8, %esp\n\tmovl %esp, -4(%ebp)\n\tsubl %eax, %esp\n\tmovl -4(%ebp), %esp\n\tleave\n\tret'));
    expect(window(reload, /^movl\t-4\(%ebp\), %e..$/, 2)[1]).toMatch(/^\.Lsvm_s\d+:$/);
    const loop = out(fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tmovl %eax, %ebx\n.L2:\n\tcall g\n\tmovl %esp, %ecx\n\tsubl %ebx, %esp\n\tmovl %ecx, %esp\n' +
      '\tdecl %ebx\n\tjne .L2\n\tmovl -4(%ebp), %ebx\n\tleave\n\tret'));
    // The loop's header joins the entry frame and the frame restarted by `movl %ecx,%esp`: %esp itself is checked before the call.
    expect(window(loop, '.L2:', 6)).toEqual([
      '.L2:', expect.stringMatching(/^\.Lsvm_s\d+:$/), 'cmpl\t__svm_stack_lo, %esp', expect.stringMatching(/^jb\t/), 'cmpl\t__svm_stack_hi, %esp', expect.stringMatching(/^jae\t/),
    ]);
  });
  it('every such output verifies', () => {
    expect(verifyProgram(rewrite(parse('t.s', vla)).program).ok).toBe(true);
  });
});

describe('the trampoline of an indirect call through a stack slot', () => {
  it('reaches the caller\'s slot from %esp and verifies', () => {
    // Every register live at the call: the trampoline is used; the target is 12(%ebp).
    const src = fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tpushl %esi\n\tpushl %edi\n\tmovl 8(%ebp), %eax\n\tmovl 16(%ebp), %edx\n\tmovl 20(%ebp), %ecx\n' +
      '\tmovl %eax, %ebx\n\tmovl %edx, %esi\n\tmovl %ecx, %edi\n\tcall *12(%ebp)\n\taddl %ebx, %eax\n\taddl %esi, %eax\n\taddl %edi, %eax\n\tpopl %edi\n\tpopl %esi\n\tpopl %ebx\n\tpopl %ebp\n\tret');
    const l = out(src);
    expect(l.some((x) => /^call\t\.Lsvm_c\d+$/.test(x))).toBe(true);
    // depth at the call 16, %ebp set at depth 4: 12(%ebp) is 24(%esp) at the call, +8 in the trampoline.
    expect(l.some((x) => x === 'leal\t32(%esp), %eax' || x === 'leal\t36(%esp), %eax')).toBe(true);
  });
});

describe('direct transfers written as bytes (static_call trampolines of a module defining tracepoints)', () => {
  // arch/x86/include/asm/static_call.h: `.byte 0xe9; .long func - (. + 4)` then the signature
  // `.byte 0x0f, 0xb9, 0xcc` (ud1 %esp,%ecx) that the kernel's patching checks.
  const tramp = (name: string, to: string, disp = '(. + 4)'): string => `\t.pushsection .static_call.text, "ax"\n.align 4\n.globl ${name}\n${name}:\n` +
    `.byte 0xe9; .long ${to} - ${disp}\n.byte 0x0f, 0xb9, 0xcc\n.type ${name}, @function\n.size ${name}, . - ${name}\n.popsection\n`;
  const src = (disp?: string): string => tramp('__SCT__tp_func_x', '__traceiter_x', disp) + tramp('__SCT__tp_func_y', 'dom0_routine', disp) +
    fn('\tmovl 4(%eax), %eax\n\tret', '__traceiter_x') +
    fn('\tpushl %ebp\n\tmovl %esp, %ebp\n\tcall __SCT__tp_func_x\n\t.byte 0xe8; .long __SCT__tp_func_y - (. + 4)\n\tmovl -4(%ebp), %eax\n\tleave\n\tret');
  const dir = mkdtempSync(join(tmpdir(), 'twd-sct-'));
  const object = (name: string, text: string): ObjectFile => {
    writeFileSync(join(dir, `${name}.s`), text);
    return parseObject(assemble(join(dir, `${name}.s`), join(dir, `${name}.o`)), `${name}.o`);
  };
  it('are the jmp/call they encode: rewritten and verified, the trampoline bytes and relocation unchanged', () => {
    const l = out(src());
    expect(l).toContain('jmp\t__traceiter_x');
    expect(l).toContain('jmp\tdom0_routine');
    expect(l).toContain('call\t__SCT__tp_func_y');
    expect(l.some((x) => /\.long\t\S+-\(\.\+4\)/.test(x))).toBe(false);
    const orig = object('orig', src());
    const rewritten = object('rewritten', print(rewrite(parse('t.s', src())).program));
    const sct = (o: ObjectFile) => {
      const sec = o.sections.find((x) => x.name === '.static_call.text')!;
      return { bytes: [...sec.data], relocs: o.relocs.get(sec.index)!.map((r) => [r.offset, r.type]) };
    };
    expect(sct(rewritten)).toEqual(sct(orig));
    expect(sct(orig).bytes.slice(0, 8)).toEqual([0xe9, 0xfc, 0xff, 0xff, 0xff, 0x0f, 0xb9, 0xcc]);
    // The machine-code verdict (the loader's gate) decodes the signature as the trap it is.
    const v = verifyObject(rewritten);
    expect(formatViolations(v)).toBe('');
  });
  it('bytes that are not exactly such a transfer stay data, and the rewrite refuses its output', () => {
    expect(errors(src('(. + 5)'))).toMatch(/would not verify: code violation: bytes in code do not decode/);
  });
});
