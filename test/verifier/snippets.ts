// Hand-written rewritten-code snippets for the verifier's rule tests: the ABI's inserted sequences
// (abi.ts: fast path and slow stub, target check, stack check, string chunk loop, return-site
// check) as text, and a helper that verifies a snippet in assembly mode and, after `as --32`, in
// machine-code mode.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/asm/parser.js';
import { parseObject } from '../../src/loader/elf.js';
import { verifyObject, verifyProgram, type VerifyOptions, type VerifyResult } from '../../src/verifier/index.js';
import { tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

/** The stlb fast path translating the address in %r1 (leal M,%r1 first when M is given). */
export function fastPath(id: number, r1: string, r2: string, m?: string): { inline: string; stub: string } {
  return {
    inline: `${m ? `\tleal\t${m}, %${r1}\n` : ''}\tmovl\t%${r1}, %${r2}\n\tshrl\t$9, %${r2}\n\tandl\t$32760, %${r2}\n` +
      `\txorl\t__svm_stlb(%${r2}), %${r1}\n\tcmpl\t$4095, %${r1}\n\tja\t.Lsvm_m${id}\n\taddl\t__svm_stlb+4(%${r2}), %${r1}\n.Lsvm_k${id}:\n`,
    stub: `.Lsvm_m${id}:\n\txorl\t__svm_stlb(%${r2}), %${r1}\n\tpushl\t$.Lsvm_s${id}\n\tpushl\t%${r1}\n\tcall\t__svm_slow\n` +
      `\tpopl\t%${r1}\n\tleal\t4(%esp), %esp\n\tjmp\t.Lsvm_k${id}\n`,
  };
}

/** The indirect-target check of %rt (a VM code address) into this instance's text. */
export function targetCheck(id: number, rt: string): { inline: string; stub: string } {
  return {
    inline: `\tsubl\t$__svm_vm_text, %${rt}\n\tcmpl\t$__svm_text_size, %${rt}\n\tjae\t.Lsvm_x${id}\n\tbtl\t%${rt}, __svm_targets\n` +
      `\tjnc\t.Lsvm_b${id}\n\taddl\t$__svm_inst_text, %${rt}\n.Lsvm_k${id}:\n`,
    stub: `.Lsvm_x${id}:\n\taddl\t$__svm_vm_text, %${rt}\n\tpushl\t$.Lsvm_s${id}\n\tpushl\t%${rt}\n\tcall\t__svm_call_xlate\n` +
      `\tpopl\t%${rt}\n\tleal\t4(%esp), %esp\n\tjmp\t.Lsvm_k${id}\n` +
      `.Lsvm_b${id}:\n\taddl\t$__svm_vm_text, %${rt}\n\tpushl\t$.Lsvm_s${id}\n\tpushl\t%${rt}\n\tcall\t__svm_bad_target\n`,
  };
}

/** The stack bounds check of the address in %r. */
export function stackCheck(id: number, r: string): { inline: string; stub: string } {
  return {
    inline: `\tcmpl\t__svm_stack_lo, %${r}\n\tjb\t.Lsvm_f${id}\n\tcmpl\t__svm_stack_hi, %${r}\n\tjae\t.Lsvm_f${id}\n`,
    stub: `.Lsvm_f${id}:\n\tpushl\t$.Lsvm_s${id}\n\tpushl\t%${r}\n\tcall\t__svm_stack_fault\n`,
  };
}

/** The return-site check of the word at (%esp) in %r, then the `ret` (abi.ts). */
export function checkedRet(id: number, r = 'ecx'): { inline: string; stub: string } {
  return {
    inline: `.Lsvm_s${id}:\n\tmovl\t(%esp), %${r}\n\tsubl\t$__svm_inst_text, %${r}\n\tcmpl\t$__svm_text_size, %${r}\n\tjae\t.Lsvm_o${id}\n` +
      `\tbtl\t%${r}, __svm_returns\n\tjnc\t.Lsvm_d${id}\n\tret\n`,
    stub: `.Lsvm_o${id}:\n\tpushl\t$.Lsvm_s${id}\n\tcall\t__svm_ret_out\n` +
      `.Lsvm_d${id}:\n\taddl\t$__svm_inst_text, %${r}\n\tpushl\t$.Lsvm_s${id}\n\tpushl\t%${r}\n\tcall\t__svm_bad_return\n`,
  };
}

/**
 * `rep stos{b,l}` on translated %edi as the rewriter's chunk loop: scratch %edx, %ebx (spilled),
 * count bounded by the page of %edi. `opts.noCmova` drops the bound, `opts.c` changes its constant.
 */
export function stringLoop(id: number, insn: string, elem: 1 | 4, opts: { noCmova?: boolean; c?: number; std?: boolean } = {}): { inline: string; stub: string } {
  const fp = fastPath(id + 1, 'edx', 'ebx');
  const c = opts.c ?? 4096 + elem - 1;
  const inline = `\tpushl\t%edx\n\tpushl\t%ebx\n.Lsvm_t${id}:\n\ttestl\t%ecx, %ecx\n\tje\t.Lsvm_e${id}\n\tmovl\t%ecx, %edx\n` +
    `\tmovl\t%edi, %ebx\n\tandl\t$4095, %ebx\n\tnegl\t%ebx\n\taddl\t$${c}, %ebx\n${elem === 4 ? '\tshrl\t$2, %ebx\n' : ''}` +
    `\tcmpl\t%ebx, %edx\n${opts.noCmova ? '' : '\tcmova\t%ebx, %edx\n'}\tsubl\t%edx, %ecx\n\tpushl\t%ecx\n\tmovl\t%edx, %ecx\n` +
    `\tmovl\t%edi, %edx\n${fp.inline}\tsubl\t%edi, %edx\n\taddl\t%edx, %edi\n\tpushl\t%edx\n${opts.std ? '\tstd\n' : ''}\trep ${insn}\n` +
    `\tpopl\t%edx\n\tsubl\t%edx, %edi\n\tpopl\t%ecx\n\tjmp\t.Lsvm_t${id}\n.Lsvm_e${id}:\n\tpopl\t%ebx\n\tpopl\t%edx\n`;
  return { inline, stub: fp.stub };
}

/**
 * A file with function f (body as given; it must end in a transfer) and the stub section. Every
 * `\tret\n` line of the body becomes the rewriter's checked return (checkedRet); write
 * `\tret\t# raw\n` for a return without the check.
 */
export function program(body: string, stubs = '', extra = ''): string {
  let k = 900;
  const retStubs: string[] = [];
  const b = body.replace(/\tret\n/g, () => {
    const c = checkedRet(k++);
    retStubs.push(c.stub);
    return `\n${c.inline}`;
  });
  const allStubs = stubs + retStubs.join('');
  return `\t.text\n\t.globl\tf\n\t.type\tf, @function\nf:\n${b}\t.size\tf, .-f\n${extra}` +
    (allStubs ? `\t.section\t.text.svm_stubs,"ax",@progbits\n${allStubs}` : '');
}

const dir = tempDir('verify-rules');
let seq = 0;

export interface Both {
  readonly asm: VerifyResult;
  readonly elf: VerifyResult;
}

/** Verifies a snippet as assembly and, assembled with `as --32`, as machine code. */
export function verifyBoth(src: string, opts: VerifyOptions = {}): Both {
  const name = `case${seq++}`;
  const s = join(dir, `${name}.s`);
  writeFileSync(s, src);
  const asm = verifyProgram(parse(s, src), opts);
  const obj = assemble(s, join(dir, `${name}.o`));
  const elf = verifyObject(parseObject(new Uint8Array(obj), join(dir, `${name}.o`)), opts);
  return { asm, elf };
}

export function reasons(r: VerifyResult): string {
  return r.violations.map((v) => `${v.rule}: ${v.reason}`).join('\n');
}
