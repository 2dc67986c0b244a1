// The verifier's rules for the sequences of issue 14, on genuine rewriter output of small functions
// (accepted) and on that output with one step of a sequence removed or weakened (rejected, with
// the rule and reason), in assembly mode and in machine-code mode: the masked popf and the
// virtual interrupt flag, backward string chunks, variable frames (%esp set only from a checked
// register; an unchecked %esp where frames meet), and translated or string writes that may land
// on the running invocation's stack (no tracked slot or return address survives them).

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { program, reasons, verifyBoth } from './snippets.js';

const fn = (body: string): string => `\t.text\n\t.globl f\n\t.type f, @function\nf:\n${body}\n\t.size f, .-f\n`;
/** Genuine rewriter output (not verified by the rewrite: the tests do it in both modes). */
const rw = (body: string): string => print(rewrite(parse('t.s', fn(body)), { verify: false }).program);

function accepted(src: string): void {
  const { asm, elf } = verifyBoth(src);
  expect(reasons(asm)).toBe('');
  expect(reasons(elf)).toBe('');
}

function rejected(src: string, rule: string, reason: RegExp): void {
  const { asm, elf } = verifyBoth(src);
  expect(elf.ok, 'machine-code mode').toBe(false);
  const hit = asm.violations.find((v) => v.rule === rule && reason.test(v.reason));
  if (!hit) expect(reasons(asm)).toMatch(reason);
  expect(hit?.rule).toBe(rule);
}

/** `src` with `from` replaced by `to` (which must occur). */
function mutate(src: string, from: string | RegExp, to: string): string {
  const out = src.replace(from, to);
  expect(out, `no ${from} in the output`).not.toBe(src);
  return out;
}

describe('the interrupt flag', () => {
  const irq = rw('\tpushfl\n\tpopl %eax\n\tcli\n\tincl %edx\n\tpushl %eax\n\tpopfl\n\tsti\n\tret');
  it('the rewritten cli/sti/pushf/popf verify', () => accepted(irq));
  it('popf of a word whose IF (or other system bits) the mask keeps is privileged', () => {
    rejected(mutate(irq, '$2261, (%esp)', '$2773, (%esp)'), 'privileged', /neither a pushf slot restored unchanged nor masked/);
    rejected(mutate(irq, '$-2262, %ecx', '$-1, %ecx'), 'privileged', /neither a pushf slot/);
    rejected(mutate(irq, /\torl\t%ecx, 4\(%esp\)\n/, ''), 'privileged', /neither a pushf slot/);
    rejected(mutate(irq, /\tandl\t\$2261, \(%esp\)\n/, ''), 'privileged', /neither a pushf slot/);
    rejected(program('\tpushl\t%eax\n\tpopfl\n\tret\n'), 'privileged', /neither a pushf slot/);
  });
  it('__svm_vif is one byte written directly, nothing around it', () => {
    accepted(program('\tmovb\t$1, __svm_vif\n\tsete\t__svm_vif\n\tcmpb\t$0, __svm_vif\n\tret\n'));
    rejected(program('\tmovl\t$1, __svm_vif\n\tret\n'), 'memory', /1-byte variable/);
    rejected(program('\tmovb\t$1, __svm_vif+1\n\tret\n'), 'memory', /1-byte variable/);
    rejected(program('\tmovb\t$1, __svm_vif(%eax)\n\tret\n'), 'memory', /1-byte variable/);
    rejected(program('\tmovl\t$1, __svm_stack_hi\n\tret\n'), 'memory', /writes the runtime's __svm_stack_hi/);
    rejected(program('\tcli\n\tret\n'), 'privileged', /privileged instruction 'cli'/);
  });
});

describe('backward strings', () => {
  const back = rw('\tstd\n\trep movsl\n\tcld\n\tret');
  it('the rewritten backward chunk loop verifies', () => accepted(back));
  it('a bound of two elements below the pointer, a forward bound under std, or a chunk run with DF unknown is refused', () => {
    rejected(mutate(back, /addl\t\$1, (%e..)\n/, 'addl\t$2, $1\n'), 'memory', /going down \(DF set/);
    rejected(mutate(back, /\tcld\n/, ''), 'memory', /return where DF is not known to be clear/);
  });
});

describe('variable frames', () => {
  const vla = rw('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tleal 0(,%eax,4), %edx\n\tsubl %edx, %esp\n\tmovl %esp, %ebx\n\tmovl $1, (%ebx)\n' +
    '\tmovl %ebx, %eax\n\tcall g\n\tmovl -4(%ebp), %ebx\n\tleave\n\tret');
  it('a checked new stack pointer verifies', () => accepted(vla));
  it('%esp set without the check, or with one bound, is refused', () => {
    rejected(mutate(vla, /\tcmpl\t__svm_stack_hi, %eax\n\tjae\t\.Lsvm_f0\n/, ''), 'stack', /%esp loaded with a value that is not a known stack address/);
    rejected(mutate(vla, /\tcmpl\t__svm_stack_lo, %eax\n\tjb\t\.Lsvm_f0\n/, ''), 'stack', /not a known stack address/);
    rejected(fn('\tsubl\t%eax, %esp\n\tret'), 'stack', /decreased by a variable amount/);
    rejected(fn('\tandl\t$-16, %esp\n\tret'), 'stack', /writes %esp in a way the verifier cannot follow/);
  });
  // The stack grows by a variable amount every iteration (never restored in the loop): the
  // header joins the entry frame with the frame each allocation started.
  const loop = rw('\tpushl %ebp\n\tmovl %esp, %ebp\n\tpushl %ebx\n\tmovl %eax, %ebx\n.L2:\n\tcall g\n\tsubl %ebx, %esp\n' +
    '\tdecl %ebx\n\tjne .L2\n\tmovl -4(%ebp), %ebx\n\tleave\n\tret');
  it('where frames meet, %esp is checked before its first use', () => {
    accepted(loop);
    rejected(mutate(loop, /(\.L2:\n\.Lsvm_s\d+:\n)\tcmpl\t__svm_stack_lo, %esp\n\tjb\t\.Lsvm_f\d+\n\tcmpl\t__svm_stack_hi, %esp\n\tjae\t\.Lsvm_f\d+\n/, '$1'),
      'stack', /a call with %esp unchecked: paths with different frames meet/);
  });
});

describe('writes through a translation may land on the running invocation\'s stack', () => {
  it('a flags slot a string chunk may have written is not restored by a plain popf', () => {
    const s = rw('\tcmpl %eax, %edx\n\trep movsb\n\tja 1f\n\tmovl $1, %eax\n1:\n\tret');
    accepted(s);
    // The flags slot restored without the mask: the chunk's writes may have changed it.
    rejected(mutate(s, /\tandl\t\$2261, \(%esp\)\n\tpushfl\n\tmovl\t\(%esp\), (%e..)\n\tandl\t\$-2262, %e..\n\torl\t%e.., 4\(%esp\)\n\tleal\t4\(%esp\), %esp\n/, ''),
      'privileged', /neither a pushf slot/);
  });
  it('a tail jump after a translated write or a call is refused (the return address may have been written)', () => {
    rejected(rw('\tmovl %edx, (%eax)\n\tjmp external_routine'), 'stack', /return address it would return through may have been overwritten/);
    rejected(rw('\tcall g\n\tjmp external_routine'), 'stack', /may have been overwritten/);
  });
});

/** Linux's arch_static_branch (jump_label.h): a 5-byte nop the kernel patches into `jmp label`. */
const staticKey = (label: string): string => `1:\t.byte 0x3e,0x8d,0x74,0x26,0x00\n\t.pushsection __jump_table, "aw"\n\t.balign 4\n` +
  `\t.long 1b - .\n\t.long ${label} - .\n\t.long key - .\n\t.popsection\n`;

describe('a call only the kernel\'s code patching reaches (a static key\'s asm goto branch)', () => {
  // gcc's shape of `if (static_branch_unlikely(&key)) x = g(x) / x = fp(x);` in a frame-pointer
  // function: the branch is entered only by a patched nop (never in the hypervisor instance), yet
  // the call's return site is listed, so a checked `ret` from any frame may land there and run
  // on into the function's live code, at another depth (an argument pushed) and with another
  // frame pointer than the function's own paths: it is verified in a frame of its own.
  const src = (call: string): string => `\t.text
\t.globl g
\t.type g, @function
g:
\tleal 1(%eax), %eax
\tret
\t.size g, .-g
\t.globl f
\t.type f, @function
f:
\tpushl %ebp
\tmovl %esp, %ebp
\tpushl %ebx
\tsubl $8, %esp
\tmovl %eax, -8(%ebp)
\tmovl %edx, -12(%ebp)
${staticKey('.L3')}.L2:
\tmovl -8(%ebp), %eax
\tmovl -4(%ebp), %ebx
\tleave
\tret
.L3:
\tpushl %eax
\t${call}
\taddl $4, %esp
\tmovl %eax, -8(%ebp)
\tjmp .L2
\t.size f, .-f
\t.data
key:
\t.long 0
`;
  const rewritten = (call: string): string => print(rewrite(parse('t.s', src(call)), { verify: false }).program);
  it('its return site, entered on its own, verifies in its own frame (module call and indirect call)', () => {
    accepted(rewritten('call g'));
    accepted(rewritten('call *-12(%ebp)'));
    // The rewrite verifies itself (it used to refuse: %ebp "not a translated address" in f's live code).
    expect(() => rewrite(parse('t.s', src('call g')))).not.toThrow();
  });
  it('the return site is still verified: without the %ebp check after the call it is rejected', () => {
    const out = rewritten('call g');
    const site = /(\.Lsvm_r\d+:\n)(?:\.Lsvm_s\d+:\n)?\tcmpl\t__svm_stack_lo, %ebp\n\tjb\t\.Lsvm_f\d+\n\tcmpl\t__svm_stack_hi, %ebp\n\tjae\t\.Lsvm_f\d+\n/;
    expect(out).toMatch(site);
    rejected(mutate(out, site, '$1'), 'memory', /%ebp may hold any value here/);
  });
});

describe('alignment padding in dead code (machine code only: the assembly has none)', () => {
  // gcc's shape of a tracepoint's static-key branch that sets up its own frame (virtio_net's
  // trace_xdp_exception): the branch and everything after its `ret` is dead; GNU as pads before
  // .L3 with `xchg %ax,%ax` / `lea 0(%esi,%eiz),%esi`, which runs into .L3 like a root entered
  // from any frame, where the dead path from .L1 arrives at another depth with a frame pointer.
  const src = (after = ''): string => `\t.text
\t.globl f
\t.type f, @function
f:
${staticKey('.L1')}\tret
\t.p2align 4,,10
\t.p2align 3
.L1:
\tpushl %ebp
\tmovl %esp, %ebp
\tsubl $8, %esp
\tmovl %ebx, -4(%ebp)
\ttestl %eax, %eax
\tje .L3
.L2:
\tmovl -4(%ebp), %ebx
\tmovl %ebp, %esp
\tpopl %ebp
\tret
\t.p2align 4,,10
\t.p2align 3
.L3:
\tcall dom0_routine
\tjmp .L2
${after}\t.size f, .-f
\t.data
key:
\t.long 0
`;
  const rewritten = (after?: string): string => print(rewrite(parse('t.s', src(after)), { verify: false }).program);
  it('padding runs into dead code another dead root verifies: the same verdict as the assembly\'s', () => {
    const out = rewritten();
    expect(out).toMatch(/\.p2align\t4,,10\n\t\.p2align\t3\n\.L3:/);
    accepted(out);
  });
  it('padding that runs into code nothing else reaches is still verified from any frame', () => {
    // After the last ret: a nop, then an untranslated load no other root reaches.
    rejected(`${rewritten().replace(/\t\.size\tf, \.-f\n/, '\tnop\n\tmovl (%eax), %ebx\n\tud2\n\t.size\tf, .-f\n')}`, 'memory', /not a translated address.*unreachable/);
  });
});
