// The verifier's rules one by one, on small hand-written rewritten snippets: each case accepted or
// rejected (with the rule and reason expected) in assembly mode, and the same verdict in
// machine-code mode on the `as --32` output.

import { describe, expect, it } from 'vitest';
import { checkedRet, fastPath, program, reasons, stackCheck, stringLoop, targetCheck, verifyBoth } from './snippets.js';

function accepted(src: string): void {
  const { asm, elf } = verifyBoth(src);
  expect(reasons(asm)).toBe('');
  expect(reasons(elf)).toBe('');
  expect(asm.ok && elf.ok).toBe(true);
}

function rejected(src: string, rule: string, reason: RegExp): void {
  const { asm, elf } = verifyBoth(src);
  expect(asm.ok).toBe(false);
  expect(elf.ok).toBe(false);
  const hit = asm.violations.find((v) => v.rule === rule && reason.test(v.reason));
  if (!hit) expect(reasons(asm)).toMatch(reason);
  expect(hit?.rule).toBe(rule);
}

const fp0 = fastPath(0, 'ecx', 'edx', '4(%eax)');

describe('verifier: accepted code', () => {
  it('stack-relative accesses through %esp and a frame pointer, push/pop/sub/add/leave', () => {
    accepted(program('\tpushl\t%ebp\n\tmovl\t%esp, %ebp\n\tpushl\t%ebx\n\tsubl\t$8, %esp\n\tmovl\t8(%ebp), %eax\n\tmovl\t%eax, -8(%ebp)\n' +
      '\tmovl\t4(%esp), %ecx\n\taddl\t$8, %esp\n\tpopl\t%ebx\n\tleave\n\tret\n'));
  });
  it('a stack address copied to another register is still stack-relative', () => {
    accepted(program('\tleal\t-8(%esp), %eax\n\tmovl\t4(%eax), %ecx\n\tret\n'));
  });
  it('a translated access, and accesses that reuse the translation within its reach', () => {
    accepted(program(`${fp0.inline}\tmovl\t(%ecx), %eax\n\tmovl\t%eax, 4093(%ecx)\n\tmovb\t$1, 4096(%ecx)\n\tret\n`, fp0.stub));
  });
  it('runtime variables read directly, the stlb through a bounded entry offset', () => {
    accepted(program('\tmovl\t__svm_fs_base, %eax\n\taddl\t__svm_gs_base, %eax\n\tandl\t$8184, %edx\n\tmovl\t__svm_stlb+4(%edx), %ecx\n\tret\n'));
  });
  it('a stack-checked access', () => {
    const sc = stackCheck(0, 'ecx');
    accepted(program(`\tleal\t12(%esp,%eax,4), %ecx\n${sc.inline}\tmovl\t%edx, (%ecx)\n\tret\n`, sc.stub));
  });
  it('flags saved around an inserted sequence and restored by popf', () => {
    const fp = fastPath(0, 'ecx', 'edx');
    accepted(program(`\tleal\t8(%eax), %ecx\n\tpushfl\n${fp.inline}\tpopfl\n\tmovl\t(%ecx), %ebx\n\tjne\t1f\n1:\tret\n`, fp.stub));
  });
  it('an indirect call through a checked target, and a call into the runtime helpers', () => {
    const tc = targetCheck(0, 'ebx');
    accepted(program(`\tpushl\t%ebx\n\tmovl\t%eax, %ebx\n${tc.inline}\tcall\t*%ebx\n\tcall\t__svm_io_inb\n\tpopl\t%ebx\n\tret\n`, tc.stub));
  });
  it('the no-free-register trampoline: ret to a checked target left in its slot', () => {
    const tc = targetCheck(0, 'ebx');
    accepted(program('\tcall\t.Lsvm_c0\n\tret\n', `.Lsvm_c0:\n\tleal\t-4(%esp), %esp\n\tpushl\t%ebx\n\tmovl\t%eax, %ebx\n${tc.inline}` +
      '\tmovl\t%ebx, 4(%esp)\n\tpopl\t%ebx\n\tret\n' + tc.stub));
  });
  it('a jump table: checked indirect jump to the cases listed in .svm_targets', () => {
    const fp = fastPath(1, 'eax', 'ecx', '.L4(,%eax,4)');
    const tc = targetCheck(0, 'eax');
    accepted(program(`\tpushl\t%ebx\n\tcmpl\t$1, %eax\n\tja\t.L9\n${fp.inline}\tmovl\t(%eax), %eax\n${tc.inline}\tjmp\t*%eax\n` +
      '.L5:\n\tmovl\t$1, %eax\n\tpopl\t%ebx\n\tret\n.L9:\n\tpopl\t%ebx\n\tret\n', fp.stub + tc.stub,
      '\t.section\t.rodata\n.L4:\n\t.long\t.L5\n\t.long\t.L9\n\t.section\t.svm_targets,"a",@progbits\n\t.long\t.L5\n\t.long\t.L9\n'));
  });
  it('returns through the return-site check, whatever was written to the return address', () => {
    accepted(program('\tmovl\t%eax, (%esp)\n\tret\n'));
    const sc = stackCheck(0, 'ecx');
    accepted(program(`\tleal\t12(%esp,%eax,4), %ecx\n${sc.inline}\tmovl\t%edx, (%ecx)\n\tret\n`, sc.stub));
  });
  it('a return site after a module call: the frame pointer is checked before it is used again, in a loop too', () => {
    const sc = stackCheck(1, 'ebp');
    const g = '\t.type\tg, @function\ng:\n\tmovl\t$1, %eax\n\tret\n\t.size\tg, .-g\n';
    accepted(program('\tpushl\t%ebp\n\tmovl\t%esp, %ebp\n\tsubl\t$8, %esp\n\tmovl\t%eax, -4(%ebp)\n' +
      `1:\n\tcall\tg\n.Lsvm_r1:\n${sc.inline}\taddl\t-4(%ebp), %eax\n\tmovl\t%eax, -8(%ebp)\n\ttestl\t%eax, %eax\n\tjne\t1b\n\tleave\n\tret\n`,
    sc.stub, `${g.replace('\tret\n', checkedRet(50).inline)}\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lsvm_r1\n`
      + `\t.section\t.text.svm_stubs,"ax",@progbits\n${checkedRet(50).stub}`));
    // Without uses of %ebp after it, a return site needs no check (popl %ebp restores it).
    accepted(program('\tpushl\t%ebp\n\tmovl\t%esp, %ebp\n\tcall\tg\n.Lsvm_r1:\n\tpopl\t%ebp\n\tret\n', '',
      `${g.replace('\tret\n', checkedRet(50).inline)}\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lsvm_r1\n`
      + `\t.section\t.text.svm_stubs,"ax",@progbits\n${checkedRet(50).stub}`));
  });
  it('string instructions in the chunk loop: translated %edi, count bounded by its page', () => {
    const s4 = stringLoop(0, 'stosl', 4), s1 = stringLoop(10, 'stosb', 1);
    accepted(program(`${s4.inline}${s1.inline}\tret\n`, s4.stub + s1.stub));
  });
});

describe('verifier: rejected code, rule (a) memory accesses', () => {
  it('an untranslated access through a register', () => {
    rejected(program('\tmovl\t(%eax), %eax\n\tret\n'), 'memory', /%eax is not a translated address/);
  });
  it('absolute and symbolic addresses, and segment overrides', () => {
    rejected(program('\tmovl\t0x1000, %eax\n\tret\n'), 'memory', /absolute address 0x1000/);
    rejected(program('\tmovl\tcounter, %eax\n\tret\n', '', '\t.data\ncounter:\n\t.long\t0\n'), 'memory', /symbol 'counter'/);
    rejected(program('\tmovl\t%fs:0x14, %eax\n\tret\n'), 'memory', /segment override %fs/);
    rejected(program(`${fp0.inline}\tmovl\t%fs:(%ecx), %eax\n\tret\n`, fp0.stub), 'memory', /segment override/);
  });
  it('an access outside the translation window', () => {
    rejected(program(`${fp0.inline}\tmovl\t4094(%ecx), %eax\n\tret\n`, fp0.stub), 'memory', /reach of the translation/);
    rejected(program(`${fp0.inline}\tmovl\t-4(%ecx), %eax\n\tret\n`, fp0.stub), 'memory', /reach of the translation/);
    rejected(program(`${fp0.inline}\tmovl\t(%ecx,%ebx,1), %eax\n\tret\n`, fp0.stub), 'memory', /indexed access/);
  });
  it('weakened fast paths: wrong entry, no hit test, wrong test, translation of another entry', () => {
    const weak = (from: string, to: string): string => program(`${fp0.inline.replace(from, to)}\tmovl\t(%ecx), %eax\n\tret\n`, fp0.stub);
    rejected(weak('andl\t$32760', 'andl\t$16376'), 'memory', /not a translated address/);
    rejected(weak('shrl\t$9', 'shrl\t$10'), 'memory', /not a translated address/);
    rejected(weak('\tja\t.Lsvm_m0\n', ''), 'memory', /not a translated address/);
    rejected(weak('\tja\t.Lsvm_m0\n', '\tjb\t.Lsvm_m0\n'), 'memory', /not a translated address/);
    rejected(weak('cmpl\t$4095', 'cmpl\t$8191'), 'memory', /not a translated address/);
    rejected(weak('addl\t__svm_stlb+4(%edx)', 'addl\t__svm_stlb+4(%ebx)'), 'memory', /bounded stlb entry offset/);
    rejected(weak('andl\t$32760', 'andl\t$65528'), 'memory', /reach .* bytes into the 32768-byte stlb/);
  });
  it('runtime memory: an unbounded stlb offset, a write, a bitmap read off a check', () => {
    rejected(program('\tmovl\t__svm_stlb(%eax), %ecx\n\tret\n'), 'memory', /not a bounded stlb entry offset/);
    rejected(program('\tmovl\t%eax, __svm_fs_base\n\tret\n'), 'memory', /writes the runtime's __svm_fs_base/);
    rejected(program('\tbtl\t%eax, __svm_targets\n\tret\n'), 'indirect', /not a bounded text offset/);
  });
  it('stack accesses with an index or beyond the guard', () => {
    rejected(program('\tmovl\t(%esp,%eax,4), %ecx\n\tret\n'), 'memory', /index %eax is not bounds-checked/);
    rejected(program('\tmovl\t70000(%esp), %eax\n\tret\n'), 'memory', /beyond the 65536-byte guard/);
    const sc = stackCheck(0, 'ecx');
    rejected(program(`\tleal\t12(%esp,%eax,4), %ecx\n${sc.inline.replace(/\tcmpl\t__svm_stack_hi[^\n]*\n\tjae[^\n]*\n/, '')}\tmovl\t%edx, (%ecx)\n\tret\n`, sc.stub),
      'memory', /stack check is incomplete/);
  });
  it('string instructions: untranslated, DF set, count not bounded', () => {
    rejected(program('\tmovl\t$16, %ecx\n\trep movsb\n\tret\n'), 'memory', /%esi is not a translated address/);
    const noBound = stringLoop(0, 'stosl', 4, { noCmova: true });
    rejected(program(`${noBound.inline}\tret\n`, noBound.stub), 'memory', /count %ecx is not bounded/);
    const loose = stringLoop(0, 'stosl', 4, { c: 8200 });
    rejected(program(`${loose.inline}\tret\n`, loose.stub), 'memory', /count %ecx is not bounded/);
    const std = stringLoop(0, 'stosl', 4, { std: true });
    // A bound for the forward direction under std: the chunk would run down out of the window.
    rejected(program(`${std.inline}\tcld\n\tret\n`, std.stub), 'memory', /not bounded to the window of %edi going down \(DF set/);
  });
});

describe('verifier: rejected code, rule (b) indirect transfers', () => {
  it('unchecked register targets and targets in memory', () => {
    rejected(program('\tcall\t*%eax\n\tret\n'), 'indirect', /call through %eax, which is not a checked target/);
    rejected(program('\tcall\t*8(%ebx)\n\tret\n'), 'indirect', /through memory/);
    rejected(program('\tjmp\t*%eax\n'), 'indirect', /jump through %eax/);
  });
  it('a target check without its bit test or its bound', () => {
    const tc = targetCheck(0, 'ebx');
    rejected(program(`\tmovl\t%eax, %ebx\n${tc.inline.replace(/\tbtl[^\n]*\n\tjnc[^\n]*\n/, '')}\tcall\t*%ebx\n\tret\n`, tc.stub), 'indirect', /not a checked target/);
    rejected(program(`\tmovl\t%eax, %ebx\n${tc.inline.replace(/\tcmpl[^\n]*\n\tjae[^\n]*\n/, '')}\tcall\t*%ebx\n\tret\n`, tc.stub), 'indirect', /not a bounded text offset/);
  });
  it('returns: without the return-site check, off the entry depth, with DF set, ret $n', () => {
    rejected(program('\tret\t# raw\n'), 'indirect', /without the return-site check/);
    rejected(program('\tmovl\t%eax, (%esp)\n\tret\t# raw\n'), 'indirect', /without the return-site check/);
    rejected(program('\tpushl\t%eax\n\tret\n'), 'indirect', /return at stack depth -4 \(not the entry depth\)/);
    rejected(program('\tstd\n\tret\n'), 'memory', /return where DF is not known to be clear/);
    rejected(program('\tret\t$4\n'), 'stack', /pops the caller's arguments/);
  });
  it('weakened return-site checks', () => {
    const weak = (from: RegExp | string, to: string, extra = ''): string => {
      const c = checkedRet(0);
      return program(`${extra}${c.inline.replace(from, to).replace(/\tret\n$/, '\tret\t# raw\n')}`, c.stub);
    };
    // No bit test: any text offset; no bound: the bit test reads past the bitmap.
    rejected(weak(/\tbtl[^\n]*\n\tjnc[^\n]*\n/, ''), 'indirect', /without the return-site check/);
    rejected(weak(/\tcmpl[^\n]*\n\tjae[^\n]*\n/, ''), 'indirect', /not a bounded text offset/);
    // The other instance's text, the other bitmap, the inverted test.
    rejected(weak('subl\t$__svm_inst_text', 'subl\t$__svm_vm_text'), 'indirect', /without the return-site check/);
    rejected(weak('btl\t%ecx, __svm_returns', 'btl\t%ecx, __svm_targets'), 'indirect', /without the return-site check/);
    rejected(weak('jnc\t', 'jc\t'), 'indirect', /without the return-site check/);
    rejected(weak('jae\t', 'jb\t'), 'indirect', /not a bounded text offset|without the return-site check/);
    // A different word checked, or the checked word overwritten before the ret.
    rejected(weak('movl\t(%esp), %ecx', 'movl\t4(%esp), %ecx'), 'indirect', /without the return-site check/);
    rejected(weak('\tret\n', '\tmovl\t%eax, (%esp)\n\tret\n'), 'indirect', /without the return-site check/);
    rejected(weak('\tret\n', '\tmovb\t%al, 3(%esp)\n\tret\n'), 'indirect', /without the return-site check/);
    // The out-of-text exit of the check returning by itself instead of through the runtime.
    const c = checkedRet(0);
    rejected(program(c.inline.replace(/\tret\n$/, '\tret\t# raw\n'), c.stub.replace('\tpushl\t$.Lsvm_s0\n\tcall\t__svm_ret_out\n', '\tret\n')), 'indirect', /without the return-site check/);
  });
  it('return sites: only right after a call that is not into the runtime', () => {
    const fp = fastPath(0, 'ecx', 'edx', '(%eax)');
    // After __svm_slow: a ret there would take any stack word as the translation.
    const after = fp.stub.replace('\tcall\t__svm_slow\n', '\tcall\t__svm_slow\n.Lsvm_r9:\n');
    rejected(program(`${fp.inline}\tmovl\t(%ecx), %eax\n\tret\n`, after, '\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lsvm_r9\n'),
      'control', /after a call into the runtime's __svm_slow/);
    rejected(program('\tmovl\t$1, %eax\n.Lsvm_r9:\n\tret\n', '', '\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lsvm_r9\n'),
      'control', /does not follow a call/);
    const { asm, elf } = verifyBoth(program('\tmovl\t$1, %eax\n\tret\n', '', '\t.section\t.svm_returns,"a",@progbits\n\t.long\tf+1\n'));
    expect(reasons(asm)).toMatch(/control: return site 'f\+1' is not an instruction of this module/);
    expect(reasons(elf)).toMatch(/control: return-site entry is not an instruction boundary/);
  });
});

describe('verifier: rejected code, rule (c) privileged instructions', () => {
  for (const insn of ['cli', 'sti', 'hlt', 'outb\t%al, $0x80', 'inl\t(%dx), %eax', 'wrmsr', 'lgdt\t(%esp)', 'movl\t%eax, %cr3', 'movw\t%ax, %ds', 'int\t$0x80', 'invlpg\t(%eax)']) {
    it(`'${insn}'`, () => rejected(program(`\t${insn}\n\tret\n`), 'privileged', /privileged instruction/));
  }
  it('popf of a slot pushf did not save, and privileged code that is never reached', () => {
    rejected(program('\tpushl\t%eax\n\tpopfl\n\tret\n'), 'privileged', /neither a pushf slot restored unchanged nor masked to its status flags/);
    rejected(program('\tret\n\tcli\n\tret\n'), 'privileged', /unreachable code/);
  });
});

describe('verifier: rejected code, rule (d) control flow', () => {
  it('a jump into the middle of a sequence', () => {
    rejected(program(`\ttestl\t%eax, %eax\n\tjne\t.Lsvm_k0\n${fp0.inline}\tmovl\t(%ecx), %eax\n\tret\n`, fp0.stub), 'memory', /not a translated address/);
  });
  it('direct targets that are not code or not instruction boundaries', () => {
    rejected(program('\tjmp\t.Ld\n', '', '\t.data\n.Ld:\n\t.long\t0\n'), 'control', /does not name code/);
    rejected(program('\tjmp\t1f+1\n1:\tmovl\t$1, %eax\n\tret\n'), 'control', /not an instruction boundary/);
  });
  it('paths that disagree on the stack depth', () => {
    rejected(program('\ttestl\t%eax, %eax\n\tje\t1f\n\tpushl\t%eax\n1:\tmovl\t(%esp), %eax\n\tret\n'), 'control', /disagree on the stack depth/);
  });
  it('calls and jumps to the runtime that are no routines; data in code', () => {
    rejected(program('\tcall\t__svm_stlb\n\tret\n'), 'control', /runtime variable/);
    rejected(program('\tmovl\t%eax, %ebx\n\t.long\t0\n'), 'control', /falls through into data/);
  });
  it('a module defining a runtime symbol', () => {
    rejected(program('\tret\n', '', '\t.data\n\t.globl\t__svm_stlb\n__svm_stlb:\n\t.long\t0\n'), 'code', /defines the runtime symbol '__svm_stlb'/);
  });
});

describe('verifier: rejected code, a frame pointer after a return site', () => {
  const g = `\t.type\tg, @function\ng:\n\tmovl\t$1, %eax\n${checkedRet(50).inline}\t.size\tg, .-g\n`;
  const fpFn = (afterCall: string, stubs = ''): string => program(`\tpushl\t%ebp\n\tmovl\t%esp, %ebp\n\tsubl\t$8, %esp\n\tcall\tg\n.Lsvm_r1:\n${afterCall}`,
    stubs, `${g}\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lsvm_r1\n\t.section\t.text.svm_stubs,"ax",@progbits\n${checkedRet(50).stub}`);
  it('%ebp used as a stack base, by leave, or copied to %esp without the check', () => {
    rejected(fpFn('\tmovl\t-4(%ebp), %eax\n\tleave\n\tret\n'), 'memory', /%ebp may hold any value here/);
    rejected(fpFn('\tleave\n\tret\n'), 'stack', /'leave' with %ebp not a known stack address \(a frame pointer a return into this function may have replaced/);
    rejected(fpFn('\tmovl\t%ebp, %esp\n\tpopl\t%ebp\n\tret\n'), 'stack', /%esp loaded with a value that is not a known stack address/);
  });
  it('a half check', () => {
    const sc = stackCheck(1, 'ebp');
    rejected(fpFn(`${sc.inline.replace(/\tcmpl\t__svm_stack_hi[^\n]*\n\tjae[^\n]*\n/, '')}\tmovl\t-4(%ebp), %eax\n\tleave\n\tret\n`, sc.stub), 'memory', /%ebp may hold any value here/);
    rejected(fpFn(`${sc.inline.replace(/\tcmpl\t__svm_stack_lo[^\n]*\n\tjb[^\n]*\n/, '')}\tmovl\t-4(%ebp), %eax\n\tleave\n\tret\n`, sc.stub), 'memory', /%ebp may hold any value here/);
  });
  it('a tail jump after a return site (its target would return through an unchecked word)', () => {
    rejected(fpFn('\taddl\t$8, %esp\n\tpopl\t%ebp\n\tjmp\texternal_routine\n'), 'stack', /may have been overwritten/);
  });
});

describe('verifier: rejected code, rule (e) the stack pointer', () => {
  for (const insn of ['movl\t%eax, %esp', 'subl\t%eax, %esp', 'andl\t$-16, %esp', 'popl\t%esp', 'leal\t(%eax), %esp', 'xchgl\t%eax, %esp', 'addl\t$__svm_stlb, %esp']) {
    it(`'${insn}'`, () => rejected(program(`\t${insn}\n\tret\n`), 'stack', /%esp/));
  }
  it('the stack leaving the guard; a tail jump with a frame left', () => {
    rejected(program('\tsubl\t$0x20000, %esp\n\taddl\t$0x20000, %esp\n\tret\n'), 'stack', /leaves the 65536-byte guard/);
    rejected(program('\tpushl\t%ebx\n\tjmp\texternal_routine\n'), 'stack', /tail jump to 'external_routine'/);
  });
});

describe('verifier: code the front ends cannot vouch for', () => {
  it('bytes that do not decode', () => {
    rejected(program('\tnop\n\t.byte\t0x0f, 0xff\n\tret\n'), 'code', /do not decode/);
  });
  it('a relocation that patches bytes other than a displacement or immediate field (machine code)', () => {
    // As assembly, the `.long` is data in code; as machine code, its relocation lands inside the
    // instructions its bytes decode as, which the loader would change after verification.
    const { asm, elf } = verifyBoth(program('\tmovl\t%eax, %ebx\n\t.long\tf\n\tret\n'));
    expect(reasons(asm)).toMatch(/control: execution falls through into data/);
    expect(reasons(elf)).toMatch(/code: a relocation patches bytes that are not a 32-bit displacement or immediate field/);
  });
  it('an indirect-transfer target that is not an instruction boundary', () => {
    const { asm, elf } = verifyBoth(program('\tmovl\t$1, %eax\n2:\tret\n', '', '\t.section\t.svm_targets,"a",@progbits\n\t.long\tf+1\n'));
    expect(reasons(asm)).toMatch(/control: indirect-transfer target 'f\+1' is not an instruction of this module/);
    expect(reasons(elf)).toMatch(/control: indirect-transfer target entry is not an instruction boundary/);
  });
});

describe('verifier: strict mode', () => {
  it('a stack-checked store before a checked return is accepted under --strict; before a tail jump it is not, in either mode', () => {
    const sc = stackCheck(0, 'ecx');
    const src = program(`\tleal\t12(%esp,%eax,4), %ecx\n${sc.inline}\tmovl\t%edx, (%ecx)\n\tret\n`, sc.stub);
    const strict = verifyBoth(src, { strict: true });
    expect(reasons(strict.asm) + reasons(strict.elf)).toBe('');
    const tail = program(`\tleal\t12(%esp,%eax,4), %ecx\n${sc.inline}\tmovl\t%edx, (%ecx)\n\tjmp\texternal_routine\n`, sc.stub);
    expect(reasons(verifyBoth(tail).asm)).toMatch(/tail jump to 'external_routine': the return address it would return through may have been overwritten/);
  });
  it('a jump landing entered on its own: its checked return may be at any depth, its frame is not its function\'s', () => {
    const fp = fastPath(1, 'eax', 'ecx', '.L4(,%eax,4)');
    const tc = targetCheck(0, 'eax');
    const src = program(`\tpushl\t%ebx\n\tcmpl\t$1, %eax\n\tja\t.L9\n${fp.inline}\tmovl\t(%eax), %eax\n${tc.inline}\tjmp\t*%eax\n` +
      '.L5:\n\tmovl\t$1, %eax\n\tpopl\t%ebx\n\tret\n.L9:\n\tpopl\t%ebx\n\tret\n', fp.stub + tc.stub,
    '\t.section\t.rodata\n.L4:\n\t.long\t.L5\n\t.long\t.L9\n\t.section\t.svm_targets,"a",@progbits\n\t.long\t.L5\n\t.long\t.L9\n');
    const strict = verifyBoth(src, { strict: true });
    expect(reasons(strict.asm) + reasons(strict.elf)).toBe('');
    // A landing of a frame-pointer function uses %ebp as its function's frame: entered on its own,
    // %ebp is whatever the caller left there.
    const fpProgram = (check: string, stub: string): string => program('\tpushl\t%ebp\n\tmovl\t%esp, %ebp\n\tcmpl\t$1, %eax\n\tja\t.L9\n' +
      `${fp.inline}\tmovl\t(%eax), %eax\n${tc.inline}\tjmp\t*%eax\n.L5:\n${check}\tmovl\t8(%ebp), %eax\n\tpopl\t%ebp\n\tret\n.L9:\n\tpopl\t%ebp\n\tret\n`,
    fp.stub + tc.stub + stub, '\t.section\t.rodata\n.L4:\n\t.long\t.L5\n\t.long\t.L9\n\t.section\t.svm_targets,"a",@progbits\n\t.long\t.L5\n\t.long\t.L9\n');
    const fpSrc = fpProgram('', '');
    expect(reasons(verifyBoth(fpSrc, { strict: false }).asm)).toBe('');
    expect(reasons(verifyBoth(fpSrc).asm)).toMatch(/memory: %ebp may hold any value here: .*or at the jump landing, which any indirect transfer may reach/);
    // With %ebp checked against the stack at the landing (the rewriter's landing check), any entry
    // uses it within the guard of a stack address; `popl %ebp; ret` leaves at any depth, checked.
    const sc = stackCheck(7, 'ebp');
    const checked = fpProgram(`.Lsvm_s7:\n${sc.inline}`, sc.stub);
    const ok = verifyBoth(checked);
    expect(reasons(ok.asm) + reasons(ok.elf)).toBe('');
    // A half check is no check.
    const half = checked.replace('\tcmpl\t__svm_stack_hi, %ebp\n\tjae\t.Lsvm_f7\n', '');
    expect(reasons(verifyBoth(half).asm)).toMatch(/memory: %ebp may hold any value here/);
  });
});
