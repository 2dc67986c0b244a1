// Attacks found while attacking the new trusted base (besides the classes):
//  - decode-cache poisoning: a verifier that remembers decoded instructions across objects must not
//    remember a verdict that depended on a relocation it never consumed;
//  - a function whose address is taken, or a jump landing, reached by a checked jump from another
//    frame, tail-jumping to a dom0 routine that then returns through a word of that frame;
//  - a layout whose stack guard is smaller than the verifier's stack bound, or filled later;
//  - the verdict on one function moving with the functions around it;
//  - the runtime's bitmaps being anything but the verdict's sets.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/emulator/machine.js';
import { LoaderError, parseObject } from '../../src/loader/elf.js';
import { bindTwin } from '../../src/loader/twin.js';
import { HypervisorRegion } from '../../src/svm-runtime/region.js';
import { SafetyLog } from '../../src/svm-runtime/runtime.js';
import { textBitmap } from '../../src/svm-runtime/sets.js';
import { STACK_GUARD_BYTES } from '../../src/svm-runtime/abi.js';
import { verifyObject } from '../../src/verifier/index.js';
import { ROOT } from '../support/paths.js';
import { program, targetCheck } from '../verifier/snippets.js';
import { reasonsOf, verifySource } from './support.js';

describe('decode-cache poisoning across objects', () => {
  it('a relocation on opcode bytes is rejected every time, not only before the instruction is cached', () => {
    // `movl $1, %eax` (5 bytes, cacheable) with a runtime-symbol relocation on its opcode: the
    // loader would add __svm_stlb's address into the opcode byte — another instruction runs.
    const src = program('.Lx:\tmovl\t$1, %eax\n\t.reloc\t.Lx, R_386_32, __svm_stlb\n\tret\n');
    const first = verifySource(src, 'poison');
    const bytes = new Uint8Array(readFileSync(first.obj.file));
    for (let k = 0; k < 3; k++) {
      const again = verifyObject(parseObject(bytes, `again${k}.o`));
      expect(reasonsOf(again)).toMatch(/\.text\+0x0: code: a relocation patches bytes that are not a 32-bit displacement or immediate field/);
    }
  });
});

describe('tail transfers out of code a foreign checked jump can reach', () => {
  // A dispatch `jmp *%r` in another function's frame (depth -12) may land on any bitmap entry; a
  // tail jump from there to a kernel routine would make that routine return through a word of
  // the foreign frame, which no return-site check guards.
  it('an address-taken function that tail-jumps to a dom0 routine: rejected', () => {
    const { r } = verifySource(program('\tmovl\t$1, %eax\n\tret\n', '', '\t.type\tg, @function\ng:\n\tjmp\tkfree\n\t.size\tg, .-g\n\t.section\t.svm_targets,"a",@progbits\n\t.long\tg\n'));
    expect(reasonsOf(r)).toMatch(/<g>: stack: tail jump to 'kfree': the return address it would return through may have been overwritten/);
  });
  it('the same function, not address-taken (only called): accepted — the word at its depth 0 is its caller\'s return address', () => {
    const { r } = verifySource(program('\tcall\tg\n\tret\n', '', '\t.type\tg, @function\ng:\n\tjmp\tkfree\n\t.size\tg, .-g\n\t.section\t.svm_returns,"a",@progbits\n\t.long\t.Lf0\n').replace('\tcall\tg\n', '\tcall\tg\n.Lf0:\n'));
    expect(reasonsOf(r)).toBe('');
  });
  it('a jump-table case that tail-jumps out: rejected (landings are entered from any frame)', () => {
    const tc = targetCheck(5, 'eax');
    const body = `\tmovl\t4(%esp), %eax\n${tc.inline}\tjmp\t*%eax\n.Lcase:\n\tjmp\tkfree\n`;
    const { r } = verifySource(program(body, tc.stub, '\t.section\t.svm_targets,"a",@progbits\n\t.long\t.Lcase\n'));
    expect(reasonsOf(r)).toMatch(/tail jump to 'kfree'/);
  });
});

describe('the stack guard is checked, not assumed', () => {
  const objPath = (): string => {
    const { obj } = verifySource(program('\tmovl\t$1, %eax\n\tret\n'), 'guard');
    return obj.file;
  };
  function bind(opts: { stackLo: number; stackHi: number; extraPage?: number; regionEnd?: number; windowBase?: number; dataBase?: number }): void {
    const machine = new Machine();
    const dom0 = machine.createAddressSpace('dom0');
    const region = new HypervisorRegion(machine, 0xfc000000, opts.regionEnd ?? 0xffff0000);
    region.addSpace(dom0);
    region.allocate(opts.stackLo, opts.stackHi - opts.stackLo);
    if (opts.extraPage !== undefined) region.allocate(opts.extraPage, 4096);
    const obj = parseObject(new Uint8Array(readFileSync(objPath())), 'guard.o');
    bindTwin(machine, obj, {
      safety: new SafetyLog(),
      dom0: { space: dom0, exports: new Map(), moduleBase: 0xd0000000, runtime: { dataBase: 0xc0800000, hookBase: 0xc0f80000 }, fsBase: 0, upcallStackTop: 0xc8020000, context: 1, ownsFrame: () => true },
      hv: { region, textBase: 0xfc400000, runtime: { dataBase: opts.dataBase ?? 0xfc000000, hookBase: 0xfc100000 }, windowBase: opts.windowBase ?? 0xfd000000, windowLimit: 0xfd100000, stubBase: 0xfc200000, maxStubs: 16, stack: { lo: opts.stackLo, hi: opts.stackHi }, hotRoutines: new Map() },
      verify: (o) => ({ violations: verifyObject(o).violations.map((v) => v.reason), sets: verifyObject(o).sets! }),
    });
  }
  it(`the verifier's bound and the guard are one constant (${STACK_GUARD_BYTES} bytes)`, () => {
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000 })).not.toThrow();
  });
  it('a page mapped inside the guard below the stack: the loader refuses to bind', () => {
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, extraPage: 0xff010000 - STACK_GUARD_BYTES })).toThrow(LoaderError);
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, extraPage: 0xff00f000 })).toThrow(/stack guard \[0xff000000, 0xff010000\) has a page mapped at 0xff00f000/);
  });
  it('a page mapped inside the guard above the stack: refused', () => {
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, extraPage: 0xff02f000 })).toThrow(/stack guard \[0xff020000, 0xff030000\)/);
  });
  it('a guard that leaves the hypervisor region (a guest could map it): refused', () => {
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, regionEnd: 0xff028000 })).toThrow(/leaves the hypervisor region/);
  });
  it('text or runtime data that would grow into the windows, the hooks, or pages already mapped: refused', () => {
    // The window allocator would later map dom0 pages over the driver's text; the bitmaps would
    // replace the hypervisor's own pages.
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, windowBase: 0xfc400000 })).toThrow(/the module text \[0xfc400000, 0xfc401000\) overlaps the window area/);
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, dataBase: 0xfc0f8000 })).toThrow(/the runtime data .* overlaps the runtime hooks/);
    expect(() => bind({ stackLo: 0xff010000, stackHi: 0xff020000, extraPage: 0xfc400000 })).toThrow(/the module text .* would map over the page at 0xfc400000/);
  });
  it('nothing can be mapped into a reserved guard later, nor over a mapped page', () => {
    const machine = new Machine();
    const region = new HypervisorRegion(machine, 0xfc000000, 0xffff0000);
    region.addSpace(machine.createAddressSpace('x'));
    region.allocate(0xff010000, 0x10000);
    expect(region.reserveGuards({ lo: 0xff010000, hi: 0xff020000 }, STACK_GUARD_BYTES)).toBeNull();
    expect(() => region.allocate(0xff008000, 4096)).toThrow(/lies in a stack guard/);
    expect(() => region.allocate(0xff02f000, 4096)).toThrow(/lies in a stack guard/);
    expect(() => region.allocate(0xff011000, 4096)).toThrow(/is mapped already/);
  });
});

describe('the verdict on a function does not depend on unrelated functions', () => {
  // `victim` has one unsafe store; around it, the rewriter's genuine output of functions with jump
  // tables, function pointers, landings and return sites (test/golden/rewriter/indirect.s.out).
  const victim = program('\tmovl\t$1, %eax\n\tmovl\t%eax, 8(%ebx)\n\tret\n').replace(/\bf\b/g, 'victim');
  const others = readFileSync(join(ROOT, 'test/golden/rewriter/indirect.s.out'), 'utf8');
  const verdict = (src: string): string[] => verifySource(src, 'alone').r.violations
    .filter((v) => v.function?.startsWith('victim')).map((v) => `${v.function}: ${v.rule}: ${v.reason}`);
  it('alone, first, or last in a file of other functions: the same findings at the same place', () => {
    const alone = verdict(victim);
    expect(alone).toEqual(['victim+0x5: memory: %ebx is not a translated address here']);
    expect(verdict(`${victim}\n${others}`)).toEqual(alone);
    expect(verdict(`${others}\n${victim}`)).toEqual(alone);
  });
});

describe('the runtime installs the verdict\'s sets, bit for bit', () => {
  it('target and return-site bitmaps in hypervisor memory are the verified sets, nothing more', async () => {
    const { buildModule, twinRig } = await import('../support/twin.js');
    const path = buildModule(join(ROOT, 'test/fixtures/twin/module.c'));
    const rig = twinRig(path);
    const sets = verifyObject(rig.obj).sets!;
    expect(sets.targets.length).toBeGreaterThan(0);
    expect(sets.returns.length).toBeGreaterThan(3);
    const rt = rig.twin.hvRuntime;
    const b = rt.resolve('__svm_targets', { vmTextStart: 0, textSize: sets.textSize, instTextStart: 0, fsBase: 0, gsBase: 0 })!;
    const rb = rt.resolve('__svm_returns', { vmTextStart: 0, textSize: sets.textSize, instTextStart: 0, fsBase: 0, gsBase: 0 })!;
    const want = (l: readonly number[]): Uint8Array => textBitmap(l, sets.textSize);
    expect(Buffer.from(rig.region.view.readBytes(b, want(sets.targets).length)).equals(Buffer.from(want(sets.targets)))).toBe(true);
    expect(Buffer.from(rig.region.view.readBytes(rb, want(sets.returns).length)).equals(Buffer.from(want(sets.returns)))).toBe(true);
    // The entry check accepts exactly the entries.
    const vm = rig.twin.vm;
    for (let off = 0; off < sets.textSize; off++) {
      const e = rt.entryFor(vm.textStart + off);
      expect('va' in e, `offset 0x${off.toString(16)}`).toBe(sets.entries.includes(off));
    }
  });
});
