// Reproducers of unsafe rewriter outputs (test/verifier/repro/*.s, each with its explanation):
// the inputs are rewritten here and the rewritten outputs verified. A bit-string instruction on a
// stack operand was left unchecked (fixed: its word is now bounds-checked); the coarse
// indirect-target bitmap and stack-checked stores let the driver return through a word it chose
// (fixed: every ret checks its return address against the return-site bitmap; safe under --strict,
// and the unchecked shapes are what the verifier rejects), and enter a frame-pointer function's
// jump landing with any %ebp (fixed: checked at the landing; strict, now the default, rejects the
// unchecked shape).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { verifyProgram, type VerifyResult } from '../../src/verifier/index.js';
import { ROOT } from '../support/paths.js';

function rewritten(name: string): ReturnType<typeof parse> {
  const f = join(ROOT, 'test', 'verifier', 'repro', name);
  const out = print(rewrite(parse(f, readFileSync(f, 'utf8')), { portIo: 'helpers' }).program);
  return parse(`${f}.rewritten.s`, out);
}

const msgs = (r: VerifyResult): string => r.violations.map((v) => `${v.rule}: ${v.insn}: ${v.reason}`).join('\n');

/** The rewritten program with each return-site check before a `ret` of module text deleted. */
function unchecked(p: ReturnType<typeof parse>): ReturnType<typeof parse> {
  const items = p.items.slice();
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.kind !== 'insn' || it.form.flow !== 'ret' || it.section !== '.text') continue;
    // movl (%esp),%r; subl; cmpl; jae; btl; jnc .Lsvm_dN; ret (not a trampoline's ret)
    const prev = items.slice(0, i).reverse().find((x) => x.kind === 'insn');
    if (!prev || prev.kind !== 'insn' || prev.mnemonic !== 'jnc' || !print({ file: '', items: [prev] }).includes('.Lsvm_d')) continue;
    let k = i, n = 0;
    while (n < 6) { k--; if (items[k]!.kind === 'insn') n++; }
    items.splice(k, i - k);
  }
  return { file: p.file, items };
}

/** The rewritten program with the %ebp check right after each original (non-.Lsvm_) label deleted. */
function withoutLandingChecks(p: ReturnType<typeof parse>): ReturnType<typeof parse> {
  const items = p.items.slice();
  for (let i = items.length - 1; i >= 2; i--) {
    const it = items[i]!;
    if (it.kind !== 'insn' || it.mnemonic !== 'cmpl' || !print({ file: '', items: [it] }).includes('__svm_stack_lo, %ebp')) continue;
    const l1 = items[i - 1]!, l2 = items[i - 2]!;
    if (l1.kind !== 'label' || !l1.name.startsWith('.Lsvm_s') || l2.kind !== 'label' || l2.name.startsWith('.Lsvm_')) continue;
    items.splice(i, 4);
  }
  return { file: p.file, items };
}

describe('unsafe rewriter outputs', () => {
  it('bt-stack-bitstring.s (fixed): bts with a register bit offset on the stack is bounds-checked on the bit\'s word', () => {
    const p = rewritten('bt-stack-bitstring.s');
    const r = verifyProgram(p);
    expect(msgs(r)).toBe('');
    expect(r.counts.stackChecked).toBe(2);
    // The unfixed shape — the instruction left as it was — is what the verifier rejects.
    const raw = parse('raw.s', readFileSync(join(ROOT, 'test', 'verifier', 'repro', 'bt-stack-bitstring.s'), 'utf8'));
    expect(msgs(verifyProgram(raw))).toMatch(/memory: btsl %edx, \(%esp\): bit offset %edx is unbounded/);
  });
  it('jump-table-landing.s (fixed): a call landing on a jump-table case returns through a checked word (strict too)', () => {
    const p = rewritten('jump-table-landing.s');
    expect(msgs(verifyProgram(p))).toBe('');
    // Strict analyses each landing as an entry of its own: `.L3` entered by a call returns at depth
    // 4 (through the caller's next word), which the return-site check makes harmless.
    expect(msgs(verifyProgram(p, { strict: true }))).toBe('');
    expect(verifyProgram(p).counts.returns).toBe(5); // pick 3, pick_fp 2
    // The unfixed shape — the same rewrite with plain `ret`s — is what the verifier rejects.
    expect(msgs(verifyProgram(unchecked(p), { strict: true }))).toMatch(/indirect: ret: return through the word at stack depth 4 without the return-site check/);
  });
  it('jump-table-landing.s (fixed): a landing of a frame-pointer function checks %ebp before using it as the frame; strict is the default', () => {
    const p = rewritten('jump-table-landing.s');
    // The rewritten landings of pick_fp: both read %ebp (-8(%ebp), leave), both checked.
    const text = print(p);
    expect(text).toMatch(/\.L13:\n\.Lsvm_s\d+:\n\tcmpl\t__svm_stack_lo, %ebp\n\tjb\t\.Lsvm_f\d+\n\tcmpl\t__svm_stack_hi, %ebp\n\tjae\t\.Lsvm_f\d+\n\tmovl\t-8\(%ebp\), %eax/);
    expect(text).toMatch(/\.L12:\n\.Lsvm_s\d+:\n\tcmpl\t__svm_stack_lo, %ebp/);
    // The unfixed shape — landings without the check — passes only the original model.
    const bare = withoutLandingChecks(p);
    expect(msgs(verifyProgram(bare, { strict: false }))).toBe('');
    expect(msgs(verifyProgram(bare))).toMatch(/memory: movl -8\(%ebp\), %eax: %ebp may hold any value here/);
  });
  it('stack-indexed-store.s (fixed): a stack-checked store may overwrite the return address; the ret checks it (strict too)', () => {
    const p = rewritten('stack-indexed-store.s');
    expect(msgs(verifyProgram(p))).toBe('');
    expect(msgs(verifyProgram(p, { strict: true }))).toBe('');
    expect(msgs(verifyProgram(unchecked(p)))).toMatch(/indirect: ret: return through the word at stack depth 0 without the return-site check/);
  });
});
