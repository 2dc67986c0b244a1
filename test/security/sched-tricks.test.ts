// Attack class: what the rewriter's scheduling now keeps on the stack across a table access.
// The rewriter (untrusted) merges two flag saves into one pushfl ... popfl and keeps a spilled
// register pushed across the next access (sites/flags.ts, sites/table.ts reopenSpill); it does so
// only when nothing in between writes memory, because under --svm table the running invocation's
// stack pages have identity entries: a translated write can reach the saved word. A driver that
// writes that code itself (it controls its object) must not get a driver-chosen word into EFLAGS
// (IF, IOPL, DF, TF) by popf, nor a driver-chosen value accepted as a checked code address by
// pop: the verifier forgets stack slots at any table write. Each attack is assembled and verified
// as the machine code the loader installs (the gate), beside its control without the write.

import { describe, expect, it } from 'vitest';
import { program, targetCheck } from '../verifier/snippets.js';
import { reasonsOf, verifySource } from './support.js';

/** The word at (%esp) through the table (%ecx := %esp, %edx := its page's delta), then `op` on it. */
const throughTable = (op: string): string =>
  '\tmovl\t%esp, %ecx\n\tmovl\t%ecx, %edx\n\tshrl\t$12, %edx\n\tmovl\t__svm_delta(,%edx,4), %edx\n' + `\t${op}\n`;

describe('a saved word on the stack and a table write to it', () => {
  it('pushfl; <table read of the saved word>; popfl verifies (the merged flag save the rewriter emits)', () => {
    const { r } = verifySource(program(`\tpushfl\n${throughTable('movl\t(%ecx,%edx), %eax')}\tpopfl\n\tret\n`), 'flags-read');
    expect(reasonsOf(r)).toBe('');
  });

  it('pushfl; <table write of 0x4700 (IF, IOPL 3, TF) over it>; popfl: the popf is refused', () => {
    const { r } = verifySource(program(`\tpushfl\n${throughTable('movl\t$0x4700, (%ecx,%edx)')}\tpopfl\n\tret\n`), 'flags-write');
    expect(r.ok).toBe(false);
    expect(reasonsOf(r)).toMatch(/popfl[\s\S]*neither a pushf slot restored unchanged nor masked/);
  });

  const tc = targetCheck(1, 'eax');
  /** A checked code address pushed, `between`, popped and called. */
  const checkedCall = (between: string): string =>
    program(`\tmovl\t4(%esp), %eax\n${tc.inline}\tpushl\t%eax\n${between}\tpopl\t%eax\n\tcall\t*%eax\n\tret\n`, tc.stub);

  it('a checked target pushed and popped around a table read is still a checked target', () => {
    const { r } = verifySource(checkedCall(throughTable('movl\t(%ecx,%edx), %ebx')), 'target-read');
    expect(reasonsOf(r)).toBe('');
  });

  it('overwritten through the table in between (a kept spill\'s slot): the call through it is refused', () => {
    const { r } = verifySource(checkedCall(throughTable('movl\t%ebx, (%ecx,%edx)')), 'target-write');
    expect(r.ok).toBe(false);
    expect(reasonsOf(r)).toMatch(/indirect: call through %eax, which is not a checked target here/);
  });
});
