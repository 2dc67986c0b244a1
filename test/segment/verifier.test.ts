// The verifier's rules for --svm segment (src/verifier/analysis/segment.ts): %gs/%fs accesses are
// confined whatever their address; every other override, an override on a string instruction, a
// write of a segment register and a far transfer are violations, as machine code and as assembly.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObject } from '../../src/loader/elf.js';
import { verifyObject } from '../../src/verifier/index.js';
import { tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';
import { program, reasons, verifyBoth } from '../verifier/snippets.js';

const dir = tempDir('segment-verify');
let seq = 0;

/** The object's verdict only (prefix statements like `gs rep movsl` are GNU as syntax the parser does not take). */
function objectVerdict(body: string): { ok: boolean; why: string } {
  const s = join(dir, `s${seq++}.s`);
  writeFileSync(s, program(body, '', MARKER));
  const r = verifyObject(parseObject(new Uint8Array(assemble(s, `${s}.o`)), `${s}.o`));
  return { ok: r.ok, why: reasons(r) };
}

/** The mode's marker section (svm-runtime/segment.ts SEGMENT_SECTION). */
const MARKER = '\t.section\t.svm_segment,"",@progbits\n\t.byte\t1\n';

function verdict(body: string, marked = true): { ok: boolean; why: string } {
  const { asm, elf } = verifyBoth(program(body, '', marked ? MARKER : ''));
  // The two front ends agree on every case.
  expect(asm.ok, `assembly vs object:\n${reasons(asm)}\n--\n${reasons(elf)}`).toBe(elf.ok);
  return { ok: elf.ok, why: reasons(elf) };
}

describe('verifier: confined segments (--svm segment)', () => {
  it('accepts %gs and %fs accesses whatever their base, index and displacement', () => {
    const ok = verdict(
      '\tmovl\t%gs:__svm_seg_neg+8(%eax,%ecx,4), %edx\n\tmovl\t%edx, %gs:__svm_seg_neg(%ebx)\n' +
      '\taddl\t$1, %gs:-4(%ebp)\n\tmovl\t%gs:0x12345678, %eax\n\tincl\t%fs:__preempt_count\n' +
      '\tmovl\t%fs:8(%esi), %eax\n\tpushl\t%gs:__svm_seg_neg(%edi)\n\tpopl\t%gs:__svm_seg_neg+4(%edi)\n\tret\n');
    expect(ok.ok, ok.why).toBe(true);
  });

  it('only in an object of the mode: elsewhere an override is an access the rewriter left untranslated', () => {
    for (const a of ['%gs:__svm_seg_neg+8(%eax)', '%fs:__preempt_count']) {
      const v = verdict(`\tmovl\t${a}, %edx\n\tret\n`, false);
      expect(v.ok).toBe(false);
      expect(v.why).toMatch(/segment override %[fg]s: on a memory access \(translated and stack accesses carry none\)/);
    }
  });

  it('forgets the stack slots after a confined write (the fault handler may complete it on the stack)', () => {
    // popfl is allowed only where it restores a pushfl slot unchanged: a confined read keeps the
    // slot, a confined write may have landed on it.
    expect(verdict('\tpushfl\n\tmovl\t%gs:(%ecx), %eax\n\tpopfl\n\tret\n').ok).toBe(true);
    const v = verdict('\tpushfl\n\tmovl\t%eax, %gs:(%ecx)\n\tpopfl\n\tret\n');
    expect(v.ok).toBe(false);
    expect(v.why).toMatch(/popfl/);
  });

  // %ebp base: %ss is its default segment, so even a %ds: override is encoded (GNU as drops a
  // prefix naming the default segment).
  for (const seg of ['es', 'cs', 'ss', 'ds']) {
    it(`refuses a %${seg}: override on a non-stack access`, () => {
      const v = verdict(`\tmovl\t%${seg}:${seg === 'ss' ? '8(%eax)' : '8(%ebp)'}, %edx\n\tret\n`);
      expect(v.ok).toBe(false);
      expect(v.why).toMatch(new RegExp(`%${seg}:.*only the confined %gs and %fs`));
    });
  }

  for (const s of ['gs rep movsl', 'fs lodsl', 'gs cmpsb', 'rep stosl']) {
    it(`refuses strings with a confined override or on untranslated pointers: ${s}`, () => {
      const v = objectVerdict(`\tcld\n\t${s}\n\tret\n`);
      expect(v.ok).toBe(false);
      if (s.includes('s ')) expect(v.why).toMatch(/on a string instruction/);
    });
  }

  for (const w of ['movw\t%ax, %gs', 'movl\t%eax, %fs', 'movw\t%ax, %ds', 'movw\t%ax, %es', 'popl\t%gs', 'popl\t%fs',
    'lgs\t(%eax), %ecx', 'lfs\t(%eax), %ecx', 'lds\t(%eax), %ecx', 'les\t(%eax), %ecx', 'lss\t(%eax), %ecx', 'movw\t(%eax), %gs']) {
    it(`refuses a segment register write: ${w}`, () => {
      const v = verdict(`\t${w}\n\tret\n`);
      expect(v.ok).toBe(false);
      expect(v.why).toMatch(/privileged/);
    });
  }

  for (const far of ['ljmp\t*(%eax)', 'lcall\t*(%eax)', 'lret', 'ljmp\t$0x10, $0', 'lcall\t$0x10, $0', 'iret']) {
    it(`refuses a far transfer: ${far}`, () => {
      const v = verdict(`\t${far}\n\tret\n`);
      expect(v.ok).toBe(false);
    });
  }
});

describe('verifier: mutants of the sample driver rewritten --svm segment', async () => {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('../../src/asm/parser.js');
  const { print } = await import('../../src/asm/printer.js');
  const { rewrite } = await import('../../src/rewriter/rewrite.js');
  const { verifyAssembly } = await import('../../src/verifier/assembly.js');
  const { sampleDriverAsm } = await import('../../src/util/paths.js');
  const f = sampleDriverAsm();
  const text = print(rewrite(parse(f, readFileSync(f, 'utf8')), { svm: 'segment' }).program);
  const verdictOf = (t: string): boolean => verifyAssembly(join(dir, `m${seq++}.s`), t).ok;
  const sites = [...text.matchAll(/%gs:__svm_seg_neg/g)].map((m) => m.index!);

  it('the genuine output verifies', () => {
    expect(sites.length).toBeGreaterThan(500);
    expect(verdictOf(text)).toBe(true);
  });

  // Each mutant changes one confined access (spread over the file) or drops the mode's marker.
  const pick = (k: number): number => sites[Math.floor((k * sites.length) / 6)]!;
  for (const [name, to] of [['%es', '%es:__svm_seg_neg'], ['%cs', '%cs:__svm_seg_neg'], ['%ss', '%ss:__svm_seg_neg']] as const) {
    it(`a confined access moved to ${name} is refused, wherever it is`, () => {
      for (let k = 0; k < 6; k += 2) {
        const at = pick(k);
        expect(verdictOf(text.slice(0, at) + to + text.slice(at + '%gs:__svm_seg_neg'.length))).toBe(false);
      }
    });
  }
  it('without its marker section the object is refused (its confined accesses are untranslated accesses then)', () => {
    const unmarked = text.replace(/\t\.section\t\.svm_segment[^\n]*\n\t\.byte\t1\n/, '');
    expect(unmarked).not.toBe(text);
    expect(verdictOf(unmarked)).toBe(false);
  });
  it('a segment register write or a far return inserted before a confined access is refused', () => {
    const line = text.lastIndexOf('\n', pick(3)) + 1;
    for (const ins of ['\tmovw\t%ax, %gs\n', '\tpopl\t%gs\n', '\tlgs\t(%eax), %ecx\n', '\tlret\n']) {
      expect(verdictOf(text.slice(0, line) + ins + text.slice(line))).toBe(false);
    }
  });
});
