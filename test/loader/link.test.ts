// The loader's relocation against GNU ld as the oracle: the same object, sections at the same
// addresses (a generated linker script), externals defined identically — section bytes must match.
// Plus: malformed objects are diagnosed, and the two-instance binding policy.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { LoaderError, parseObject, R_386_32 } from '../../src/loader/elf.js';
import { link, sectionWords } from '../../src/loader/link.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

const dir = tempDir('loader');

function rewrittenObject(src: string, name: string): string {
  const s = join(dir, `${name}.s`);
  writeFileSync(s, print(rewrite(parse(src, readFileSync(src, 'utf8')), { portIo: 'helpers' }).program));
  assemble(s, join(dir, `${name}.o`));
  return join(dir, `${name}.o`);
}

/** Deterministic fake address per external name. */
function fakeAddr(name: string): number {
  let h = 0x811c9dc5;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return (0xc1000000 + (h & 0xfffff0)) >>> 0;
}

describe('relocation matches GNU ld', () => {
  it('the rewritten sample driver, VM instance layout', () => {
    const objPath = rewrittenObject(join(ROOT, 'drivers/e1000like/e1000like.s'), 'e1000like');
    const obj = parseObject(new Uint8Array(readFileSync(objPath)), objPath);
    const ext = { resolve: (n: string) => fakeAddr(n) };
    const inst = link(obj, { kind: 'vm', base: 0x10000000, externals: ext, runtime: ext });
    expect(inst.images.length).toBeGreaterThan(3);
    const undef = [...new Set(obj.symbols.filter((s) => s.shndx === 0 && s.name).map((s) => s.name))];
    const script = ['SECTIONS {', ...inst.images.map((im) => `  ${im.name} 0x${im.address.toString(16)} : { *(${im.name}) }`), '  /DISCARD/ : { *(*) }', '}'].join('\n');
    writeFileSync(join(dir, 'vm.ld'), script);
    const out = join(dir, 'vm.elf');
    execFileSync('ld', ['-m', 'elf_i386', '-T', join(dir, 'vm.ld'), '--noinhibit-exec', '-o', out, objPath,
      ...undef.flatMap((n) => ['--defsym', `${n}=0x${fakeAddr(n).toString(16)}`])], { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const im of inst.images) {
      if (im.bytes.length === 0 || /bss/.test(im.name)) continue;
      const bin = join(dir, `sec.bin`);
      execFileSync('objcopy', ['-O', 'binary', '-j', im.name, out, bin]);
      expect(Buffer.from(im.bytes).equals(readFileSync(bin)), im.name).toBe(true);
    }
  });
});

describe('two-instance binding', () => {
  // Direct call to a kernel routine, a function pointer table in data, a jump table.
  const src = join(dir, 'binding.s');
  writeFileSync(src, readFileSync(join(ROOT, 'test/golden/rewriter/indirect.s'), 'utf8') +
    '\t.text\n\t.globl k\n\t.type k, @function\nk:\n\tcall h\n\tmovl $kfree, %eax\n\tret\n\t.size k, .-k\n');
  const objPath = rewrittenObject(src, 'binding');
  const obj = parseObject(new Uint8Array(readFileSync(objPath)), objPath);
  const calls: string[] = [];
  const vm = link(obj, { kind: 'vm', base: 0x10000000, externals: { resolve: (n) => fakeAddr(n) }, runtime: { resolve: (n) => fakeAddr(`vm:${n}`) } });
  const hv = link(obj, {
    kind: 'hv', base: 0xf0100000, vm,
    externals: { resolve: (n, use) => { calls.push(`${n}/${use}`); return use === 'call' ? 0xf0ff0000 : fakeAddr(n); } },
    runtime: { resolve: (n) => fakeAddr(`hv:${n}`) },
  });
  it('the hypervisor instance holds code only, at a constant offset from the VM text', () => {
    expect(hv.images.every((i) => i.exec)).toBe(true);
    expect(vm.images.some((i) => !i.exec)).toBe(true);
    const off = hv.textStart - vm.textStart;
    for (const [idx, a] of hv.placed) expect(a - vm.placed.get(idx)!).toBe(off);
    expect(hv.symbols.get('f')! - vm.symbols.get('f')!).toBe(off);
  });
  it('absolute references resolve to VM addresses, calls to kernel routines to hypervisor routines', () => {
    // Jump table and target table are data: VM addresses of code.
    expect(sectionWords(vm, '.svm_targets')).toContain(vm.symbols.get('f'));
    expect(calls).toContain('h/call');
    // Runtime symbols are per instance.
    const text = hv.images.find((i) => i.name === '.text')!;
    const words = new DataView(text.bytes.buffer);
    const hvStlb = fakeAddr('hv:__svm_stlb');
    let found = false;
    for (let o = 0; o + 4 <= text.bytes.length; o++) if (words.getUint32(o, true) === hvStlb) found = true;
    expect(found).toBe(true);
  });
  it('unresolved symbols and bad objects are clear errors', () => {
    expect(() => link(obj, { kind: 'vm', base: 0, externals: { resolve: () => undefined }, runtime: { resolve: () => 1 } }))
      .toThrow(/undefined symbol 'h' referenced from \.text\+0x[0-9a-f]+ cannot be resolved for the VM instance/);
    const bytes = new Uint8Array(readFileSync(objPath));
    expect(() => parseObject(bytes.subarray(0, 40), 'x.o')).toThrow(/not an ELF file/);
    const bad = Uint8Array.from(bytes); bad[4] = 2;
    expect(() => parseObject(bad, 'x.o')).toThrow(/ELF class 2 is not ELFCLASS32/);
    const trunc = bytes.subarray(0, bytes.length - 200);
    expect(() => parseObject(trunc, 'x.o')).toThrow(LoaderError);
    // An unsupported relocation type in a REL section.
    const o2 = parseObject(bytes, 'x.o');
    const rel = o2.sections.find((s) => s.type === 9)!;
    const patched = Uint8Array.from(bytes);
    const relOff = findSectionOffset(bytes, rel.index);
    patched[relOff + 4] = 10; // R_386_GOTPC
    expect(() => parseObject(patched, 'x.o')).toThrow(/unsupported relocation type 10 in section \.text at offset 0x/);
    void R_386_32;
  });
});

function findSectionOffset(b: Uint8Array, idx: number): number {
  const dv = new DataView(b.buffer, b.byteOffset);
  const shoff = dv.getUint32(32, true);
  return dv.getUint32(shoff + idx * 40 + 16, true);
}
