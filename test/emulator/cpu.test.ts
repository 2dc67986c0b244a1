// CPU unit tests: flags of the arithmetic families (SDM values worked by hand), string
// instructions with rep/DF, atomics, precise faults as values, privilege, self-modifying code.
// The exhaustive comparison with the real CPU is difftest.test.ts.

import { describe, expect, it } from 'vitest';
import { AF, CF, DF, OF, PF, SF, ZF } from '../../src/isa/flags.js';
import { PTE_U } from '../../src/emulator/index.js';
import { CODE, DATA, rig, STACK_TOP } from './util.js';

const EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, ESI = 6, EDI = 7;
const ST = CF | PF | AF | ZF | SF | OF;

/** Runs `body`, then pushes EFLAGS into %ebx and halts; returns the rig. */
function flagsOf(body: string) {
  const r = rig(`${body}\n\tpushfl\n\tpopl %ebx\n\thlt`);
  const res = r.run();
  expect(res.reason).toBe('halt');
  return { eax: r.reg(EAX) >>> 0, edx: r.reg(EDX) >>> 0, flags: r.reg(EBX) & ST, r };
}

describe('arithmetic flags', () => {
  it('add: signed overflow, auxiliary carry, parity', () => {
    const x = flagsOf('movl $0x7fffffff, %eax\n\taddl $1, %eax');
    expect(x.eax).toBe(0x80000000);
    expect(x.flags).toBe(OF | SF | AF | PF);
    const y = flagsOf('movl $0xffffffff, %eax\n\taddl $1, %eax');
    expect(y.flags).toBe(CF | ZF | AF | PF);
  });
  it('sub / cmp: borrow and signed compare', () => {
    expect(flagsOf('xorl %eax, %eax\n\tsubl $1, %eax').flags).toBe(CF | SF | AF | PF);
    expect(flagsOf('movl $0x80000000, %eax\n\tcmpl $1, %eax').flags).toBe(OF | AF | PF);
    expect(flagsOf('movb $5, %al\n\tcmpb $5, %al').flags).toBe(ZF | PF);
  });
  it('adc / sbb consume the carry', () => {
    const a = flagsOf('movl $0xffffffff, %eax\n\tstc\n\tadcl $0, %eax');
    expect(a.eax).toBe(0);
    expect(a.flags & (CF | ZF)).toBe(CF | ZF);
    const s = flagsOf('xorl %eax, %eax\n\tstc\n\tsbbl $0, %eax');
    expect(s.eax).toBe(0xffffffff);
    expect(s.flags & (CF | SF)).toBe(CF | SF);
    expect(flagsOf('movw $0x7fff, %ax\n\tclc\n\tadcw $0, %ax').flags & OF).toBe(0);
  });
  it('inc / dec keep CF; overflow at the sign boundary', () => {
    const i = flagsOf('movl $0x7fffffff, %eax\n\tstc\n\tincl %eax');
    expect(i.flags & (CF | OF | SF)).toBe(CF | OF | SF);
    const d = flagsOf('movb $0x80, %al\n\tclc\n\tdecb %al');
    expect(d.eax & 0xff).toBe(0x7f);
    expect(d.flags & (CF | OF)).toBe(OF);
  });
  it('neg sets CF unless the operand is zero', () => {
    expect(flagsOf('xorl %eax, %eax\n\tnegl %eax').flags & CF).toBe(0);
    const n = flagsOf('movl $5, %eax\n\tnegl %eax');
    expect(n.eax).toBe(0xfffffffb);
    expect(n.flags & (CF | SF)).toBe(CF | SF);
    expect(flagsOf('movl $0x80000000, %eax\n\tnegl %eax').flags & OF).toBe(OF);
  });
  it('shifts and rotates: CF is the last bit out, OF for count 1, count 0 changes nothing', () => {
    const s = flagsOf('movl $0x80000001, %eax\n\tshll $1, %eax');
    expect(s.eax).toBe(2);
    expect(s.flags & (CF | OF | ZF)).toBe(CF | OF);
    expect(flagsOf('movl $3, %eax\n\tshrl $1, %eax').flags & CF).toBe(CF);
    const sar = flagsOf('movb $0x81, %al\n\tsarb $1, %al');
    expect(sar.eax & 0xff).toBe(0xc0);
    expect(sar.flags & (CF | OF | SF)).toBe(CF | SF);
    const keep = flagsOf('stc\n\tmovl $7, %eax\n\txorl %ecx, %ecx\n\tstc\n\tshll %cl, %eax');
    expect(keep.flags & CF).toBe(CF);
    const rol = flagsOf('movb $0x81, %al\n\trolb $1, %al');
    expect(rol.eax & 0xff).toBe(0x03);
    expect(rol.flags & (CF | OF)).toBe(CF | OF);
    const rcr = flagsOf('movl $1, %eax\n\tstc\n\trcrl $1, %eax');
    expect(rcr.eax).toBe(0x80000000);
    expect(rcr.flags & CF).toBe(CF);
    const shld = flagsOf('movl $0x80000000, %eax\n\tmovl $0xc0000000, %edx\n\tshldl $2, %edx, %eax');
    expect(shld.eax).toBe(3);
    expect(shld.flags & CF).toBe(0);
  });
  it('mul / imul: CF = OF = the high half matters', () => {
    const m = flagsOf('movl $0x10000, %eax\n\tmovl $0x10000, %ecx\n\tmull %ecx');
    expect([m.eax, m.edx]).toEqual([0, 1]);
    expect(m.flags & (CF | OF)).toBe(CF | OF);
    const i = flagsOf('movl $-3, %eax\n\tmovl $7, %ecx\n\timull %ecx');
    expect([i.eax, i.edx]).toEqual([0xffffffeb, 0xffffffff]);
    expect(i.flags & (CF | OF)).toBe(0);
    expect(flagsOf('movl $0x40000000, %eax\n\timull $4, %eax, %eax').flags & (CF | OF)).toBe(CF | OF);
  });
  it('div / idiv results and #DE as a value', () => {
    const d = flagsOf('movl $1, %edx\n\tmovl $0, %eax\n\tmovl $3, %ecx\n\tdivl %ecx');
    expect([d.eax, d.edx]).toEqual([0x55555555, 1]);
    const i = flagsOf('movl $-7, %eax\n\tcltd\n\tmovl $2, %ecx\n\tidivl %ecx');
    expect([i.eax, i.edx]).toEqual([0xfffffffd, 0xffffffff]);
    const z = rig('movl $1, %eax\n\txorl %ecx, %ecx\n\tdivl %ecx\n\thlt');
    const res = z.run();
    expect(res.reason).toBe('fault');
    expect(res.fault).toMatchObject({ fault: 'DE', eip: CODE + 7 });
    expect(z.reg(EAX)).toBe(1);
    const o = rig('movl $0x80000000, %eax\n\tcltd\n\tmovl $-1, %ecx\n\tidivl %ecx\n\thlt').run();
    expect(o.fault?.fault).toBe('DE');
  });
});

describe('string instructions', () => {
  it('rep movsb forward and backward, rep stosl, counts and pointers', () => {
    const r = rig(`movl $${DATA}, %esi\n\tmovl $${DATA + 0x100}, %edi\n\tmovl $5, %ecx\n\trep movsb\n\tstd\n\tmovl $${DATA + 4}, %esi\n\tmovl $${DATA + 0x204}, %edi\n\tmovl $5, %ecx\n\trep movsb\n\tcld\n\tmovl $${DATA + 0x300}, %edi\n\tmovl $0x11223344, %eax\n\tmovl $3, %ecx\n\trep stosl\n\thlt`);
    r.as.writeBytes(DATA, [1, 2, 3, 4, 5, 6]);
    expect(r.run().reason).toBe('halt');
    expect([...r.as.readBytes(DATA + 0x100, 6)]).toEqual([1, 2, 3, 4, 5, 0]);
    expect([...r.as.readBytes(DATA + 0x200, 5)]).toEqual([1, 2, 3, 4, 5]);
    expect(r.as.read32(DATA + 0x308) >>> 0).toBe(0x11223344);
    expect(r.reg(EDI) >>> 0).toBe(DATA + 0x30c);
    expect(r.reg(ECX)).toBe(0);
  });
  it('repe cmpsb stops at the first difference; rep with %ecx = 0 does nothing', () => {
    const r = rig(`movl $${DATA}, %esi\n\tmovl $${DATA + 0x10}, %edi\n\tmovl $8, %ecx\n\trepe cmpsb\n\tpushfl\n\tpopl %ebx\n\txorl %ecx, %ecx\n\tmovl $${DATA + 0x20}, %edi\n\trep stosb\n\thlt`);
    r.as.writeBytes(DATA, [1, 2, 3, 4]);
    r.as.writeBytes(DATA + 0x10, [1, 2, 9, 4]);
    r.as.write8(DATA + 0x20, 0x77);
    expect(r.run().reason).toBe('halt');
    expect(r.reg(ECX)).toBe(0);
    expect(r.as.read8(DATA + 0x20)).toBe(0x77);
    expect(r.reg(EBX) & ZF).toBe(0);
    expect(r.reg(EBX) & CF).toBe(CF);
  });
  it('a fault part-way leaves %esi/%edi/%ecx at the failing element', () => {
    const r = rig(`movl $${DATA + 0x10000 - 8}, %esi\n\tmovl $${DATA}, %edi\n\tmovl $4, %ecx\n\trep movsl\n\thlt`);
    const res = r.run();
    expect(res.fault).toMatchObject({ fault: 'PF', addr: DATA + 0x10000, access: 'r' });
    expect(r.reg(ECX)).toBe(2);
    expect(r.reg(ESI) >>> 0).toBe(DATA + 0x10000);
    expect(r.reg(EDI) >>> 0).toBe(DATA + 8);
  });
  it('DF comes from the flags: lodsw backwards', () => {
    const r = rig(`std\n\tmovl $${DATA + 2}, %esi\n\tlodsw\n\thlt`);
    r.as.write16(DATA + 2, 0xbeef);
    r.run();
    expect(r.reg(EAX) & 0xffff).toBe(0xbeef);
    expect(r.reg(ESI) >>> 0).toBe(DATA);
    expect(r.m.cpu.getFlags() & DF).toBe(DF);
  });
});

describe('atomics', () => {
  it('cmpxchg succeeds and fails; xadd; cmpxchg8b', () => {
    const r = rig(`movl $5, %eax\n\tmovl $9, %ecx\n\tlock cmpxchgl %ecx, ${DATA}\n\tmovl $7, %eax\n\tlock cmpxchgl %ecx, ${DATA + 4}\n\tmovl %eax, %esi\n\tmovl $10, %edx\n\tlock xaddl %edx, ${DATA + 8}\n\tmovl %edx, %edi\n\tmovl $1, %eax\n\tmovl $2, %edx\n\tmovl $3, %ebx\n\tmovl $4, %ecx\n\tlock cmpxchg8b ${DATA + 16}\n\thlt`);
    r.as.write32(DATA, 5); r.as.write32(DATA + 4, 6); r.as.write32(DATA + 8, 100);
    r.as.write32(DATA + 16, 1); r.as.write32(DATA + 20, 2);
    expect(r.run().reason).toBe('halt');
    expect(r.as.read32(DATA)).toBe(9);
    expect(r.as.read32(DATA + 4)).toBe(6);
    expect(r.reg(ESI)).toBe(6);
    expect(r.as.read32(DATA + 8)).toBe(110);
    expect(r.reg(EDI)).toBe(100);
    expect([r.as.read32(DATA + 16), r.as.read32(DATA + 20)]).toEqual([3, 4]);
    expect(r.m.cpu.getFlags() & ZF).toBe(ZF);
  });
});

describe('faults are values and precise', () => {
  it('#PF on a read names the address and access; registers stay', () => {
    const r = rig('movl $0x12345678, %ebx\n\tmovl (%ebx), %eax\n\thlt');
    r.m.cpu.r[EAX] = 42;
    const res = r.run();
    expect(res.reason).toBe('fault');
    expect(res.fault).toMatchObject({ fault: 'PF', addr: 0x12345678, access: 'r', present: false, eip: CODE + 5 });
    expect(r.reg(EAX)).toBe(42);
    expect(res.executed).toBe(1);
  });
  it('#PF on a write to a read-only page leaves memory, flags and %esp as they were', () => {
    const r = rig(`movl $${DATA}, %ebx\n\tstc\n\taddl $1, (%ebx)\n\thlt`);
    r.as.protect(DATA, 4096, PTE_U);
    r.as.write32(DATA, 7);
    const res = r.run();
    expect(res.fault).toMatchObject({ fault: 'PF', addr: DATA, access: 'w', present: true });
    expect(r.as.read32(DATA)).toBe(7);
    expect(r.m.cpu.getFlags() & CF).toBe(CF);
    const low = STACK_TOP - 0x10000;
    const p = rig(`movl $${low}, %esp\n\tpushl $1\n\thlt`);
    expect(p.run().fault).toMatchObject({ fault: 'PF', access: 'w', addr: low - 4 });
    expect(p.reg(ESP) >>> 0).toBe(low);
  });
  it('#PF on execution of an unmapped address; #UD on undefined opcodes and ud2', () => {
    const r = rig('movl $0x5000000, %eax\n\tcall *%eax');
    const res = r.run();
    expect(res.fault).toMatchObject({ fault: 'PF', access: 'x', addr: 0x5000000, eip: 0x5000000 });
    expect(rig('ud2').run().fault).toMatchObject({ fault: 'UD', eip: CODE });
    const bad = rig('nop');
    bad.as.writeBytes(CODE, [0x0f, 0xff]);
    expect(bad.run().fault?.fault).toBe('UD');
  });
  it('#GP for privileged and I/O forms in an unprivileged context; hlt halts in ring 0', () => {
    for (const src of ['cli', 'sti', 'hlt', 'inb $0x60, %al', 'outl %eax, %dx', 'rep insb', 'movw %ax, %ds']) {
      const res = rig(`nop\n\t${src}\n\tnop`, { ring: 3 }).run();
      expect(res.fault, src).toMatchObject({ fault: 'GP', eip: CODE + 1 });
    }
    const h = rig('nop\n\thlt\n\tnop').run();
    expect(h).toMatchObject({ reason: 'halt', executed: 2 });
    expect(rig('int3').run().fault?.fault).toBe('BP');
    expect(rig('int $0x80', { ring: 3 }).run().fault).toMatchObject({ fault: 'GP', code: 0x80 * 8 + 2 });
  });
  it('user code cannot touch supervisor pages', () => {
    const r = rig(`movl ${DATA}, %eax\n\thlt`, { ring: 3 });
    r.as.protect(DATA, 4096, 0x2);
    expect(r.run().fault).toMatchObject({ fault: 'PF', access: 'r', user: true, present: true });
  });
  it('popf in ring 3 keeps IF (architectural CPL > IOPL rule), ring 0 may clear it', () => {
    const u = rig('pushl $0x2\n\tpopfl\n\tpushfl\n\tpopl %eax\n\tnop', { ring: 3 });
    u.run(5);
    expect(u.reg(EAX) & 0x200).toBe(0x200);
    const k = rig('pushl $0x2\n\tpopfl\n\tpushfl\n\tpopl %eax\n\thlt');
    k.run();
    expect(k.reg(EAX) & 0x200).toBe(0);
  });
  it('TF: popf setting it traps (#DB) after the instruction that follows, reported at the next one', () => {
    const r = rig('pushl $0x302\n\tpopfl\n\tincl %eax\n\tincl %eax\n\tincl %eax', { ring: 3 });
    r.m.cpu.r[EAX] = 0;
    const res = r.run();
    expect(res.fault).toMatchObject({ fault: 'DB', eip: CODE + 5 + 1 + 1 }); // pushl $imm32, popfl, incl
    expect(r.reg(EAX)).toBe(1);
    // Running on from there single-steps: one instruction, then the next #DB.
    expect(r.run().fault).toMatchObject({ fault: 'DB', eip: CODE + 5 + 1 + 1 + 1 });
    expect(r.reg(EAX)).toBe(2);
  });
});

describe('code coherence', () => {
  it('a guest store into the next instruction of its own block takes effect at once', () => {
    // The movb rewrites the immediate of the following movl before it runs.
    const r = rig(`movb $0x42, ${CODE + 8}\n\tmovl $0x11, %eax\n\thlt`);
    r.as.protect(CODE, 4096, PTE_U | 0x2);
    expect(r.run().reason).toBe('halt');
    expect(r.reg(EAX)).toBe(0x42);
  });
  it('host writes to code (the fault injector) invalidate compiled blocks', () => {
    const r = rig('movl $1, %eax\n\thlt');
    r.run();
    expect(r.reg(EAX)).toBe(1);
    r.as.write8(CODE + 1, 2);
    r.m.cpu.eip = CODE;
    r.run();
    expect(r.reg(EAX)).toBe(2);
  });
  it('remapping a code page runs the new frame, not stale blocks', () => {
    const r = rig('movl $1, %eax\n\thlt');
    r.run();
    const other = r.m.mem.allocFrame();
    r.as.map(CODE, other, PTE_U);
    r.as.writeBytes(CODE, [0xb8, 3, 0, 0, 0, 0xf4]);
    r.m.cpu.eip = CODE;
    r.run();
    expect(r.reg(EAX)).toBe(3);
  });
});

describe('code coherence through helpers', () => {
  it('rep movsb copying over the following instruction takes effect at once, counts stay exact', () => {
    // Copy "movl $0x42, %eax" (5 bytes) over the "movl $0x11, %eax" that follows the rep movsb.
    const r = rig(`movl $${DATA}, %esi\n\tmovl $${CODE + 17}, %edi\n\tmovl $5, %ecx\n\trep movsb\n\tmovl $0x11, %eax\n\thlt`);
    r.as.protect(CODE, 4096, PTE_U | 0x2);
    r.as.writeBytes(DATA, [0xb8, 0x42, 0, 0, 0]);
    expect(r.run()).toMatchObject({ reason: 'halt', executed: 6 });
    expect(r.reg(EAX)).toBe(0x42);
  });
});

describe('blocks with side exits (conditional branches inside a block)', () => {
  // cmp sets the flags, je/jb leave early when taken, the code after them is the fall-through.
  const src = [
    'movl $5, %eax',
    'cmpl $5, %eax', // ZF=1, CF=0
    'je 1f',
    'movl $0x11, %ebx', // skipped when taken
    'hlt',
    '1: pushfl', // the flags the branch saw, after a side exit
    'popl %ecx',
    'cmpl $9, %eax', // CF=1
    'jb 2f',
    'movl $0x22, %edx',
    'hlt',
    '2: movl $0x33, %edx',
    'hlt',
  ].join('\n\t');

  it('a taken side exit runs exactly the instructions before it; flags reach the target', () => {
    const r = rig(src);
    const res = r.run();
    // movl cmpl je | pushfl popl cmpl jb | movl hlt (hlt counts as executed)
    expect(res).toMatchObject({ reason: 'halt', executed: 9 });
    expect(r.reg(EBX)).toBe(0);
    expect(r.reg(ECX) & (ZF | CF)).toBe(ZF);
    expect(r.reg(EDX)).toBe(0x33);
    expect(r.m.cpu.counters[0]).toBe(9);
  });

  it('not taken: the block runs on along the fall-through', () => {
    const r = rig(src.replace('movl $5, %eax', 'movl $6, %eax'));
    expect(r.run()).toMatchObject({ reason: 'halt', executed: 5 });
    expect(r.reg(EBX)).toBe(0x11);
  });

  it('instruction budgets stay exact inside such blocks', () => {
    for (let budget = 1; budget <= 9; budget++) {
      const r = rig(src);
      const res = r.run(budget);
      expect(res.executed, `budget ${budget}`).toBe(budget < 9 ? budget : 9);
      if (budget < 9) expect(res.reason).toBe('budget');
    }
  });

  it('a loop whose body has a side exit counts every instruction (no whole-iteration shortcut)', () => {
    // 10 iterations of: decl; cmpl $3; je out (taken in iteration 7); jmp back.
    const r = rig('movl $10, %ecx\n1:\tdecl %ecx\n\tcmpl $3, %ecx\n\tje 2f\n\tjmp 1b\n2:\thlt');
    expect(r.run()).toMatchObject({ reason: 'halt', executed: 1 + 7 * 4 - 1 + 1 });
    expect(r.reg(ECX)).toBe(3);
  });
});

describe('TLB', () => {
  it('pages 16 MiB apart (the same low page bits) both stay fast and read their own frames', () => {
    const r = rig(`movl $${DATA}, %esi\n\tmovl $${DATA + 0x1000000}, %edi\n\tmovl $3, %ecx\n1:\tmovl (%esi), %eax\n\taddl (%edi), %eax\n\tdecl %ecx\n\tjnz 1b\n\thlt`);
    r.as.mapNew(DATA + 0x1000000, 0x1000, PTE_U | 0x2);
    r.as.write32(DATA, 0x100);
    r.as.write32(DATA + 0x1000000, 0x23);
    expect(r.run().reason).toBe('halt');
    expect(r.reg(EAX)).toBe(0x123);
  });
});

describe('compiled blocks are shared between machines', () => {
  it('the same code in a second machine runs the same function objects, with its own state', () => {
    const code = 'movl $7, %eax\n\taddl %eax, %eax\n\tmovl %eax, (%esi)\n\thlt';
    const a = rig(code), b = rig(code);
    a.m.cpu.r[ESI] = DATA; b.m.cpu.r[ESI] = DATA + 4;
    expect(a.run().reason).toBe('halt');
    expect(b.run().reason).toBe('halt');
    expect(a.as.read32(DATA)).toBe(14);
    expect(b.as.read32(DATA + 4)).toBe(14);
    expect(b.as.read32(DATA)).toBe(0);
    const fnOf = (x: typeof a): unknown => (x.as.blocks.get(CODE | 0) as unknown as { fn: unknown }).fn;
    expect(fnOf(b)).toBe(fnOf(a));
  });
});

describe('decodings are shared between machines (the same bytes at the same address)', () => {
  // Every rig puts its code at CODE: a decoding kept from one machine meets other bytes, hooks and
  // mappings in the next. Each run must be what decoding afresh gives.
  const fnOf = (x: ReturnType<typeof rig>): unknown => (x.as.blocks.get(CODE | 0) as unknown as { fn: unknown }).fn;

  it('other bytes at the same address are decoded afresh', () => {
    const a = rig('movl $1, %eax\n\taddl $2, %eax\n\thlt');
    const b = rig('movl $1, %eax\n\taddl $5, %eax\n\thlt');
    expect(a.run()).toMatchObject({ reason: 'halt', executed: 3 });
    expect(b.run()).toMatchObject({ reason: 'halt', executed: 3 });
    expect(a.reg(EAX)).toBe(3);
    expect(b.reg(EAX)).toBe(6);
    // A longer block whose first instructions are the same bytes.
    const c = rig('movl $1, %eax\n\taddl $2, %eax\n\taddl $4, %eax\n\thlt');
    expect(c.run()).toMatchObject({ reason: 'halt', executed: 4 });
    expect(c.reg(EAX)).toBe(7);
    const d = rig('movl $1, %eax\n\taddl $2, %eax\n\thlt');
    d.run();
    expect(fnOf(d)).toBe(fnOf(a));
  });

  it('a hook inside a kept block ends the block there; a hook that ended it must still be there', () => {
    const src = 'movl $1, %eax\n\tmovl $2, %ebx\n\tmovl $3, %ecx\n\thlt';
    const a = rig(src);
    expect(a.run()).toMatchObject({ reason: 'halt', executed: 4 });
    // Same bytes, a hook on the third instruction (CODE + 10): the handler runs instead of it.
    const b = rig(src);
    b.m.hook(b.as, CODE + 10, (ctx) => { ctx.cpu.eip = CODE + 15; return { kind: 'continue' }; });
    expect(b.run()).toMatchObject({ reason: 'halt', executed: 3 });
    expect(b.reg(ECX)).toBe(0);
    // A machine without the hook runs the whole block again (not the one that ended at the hook).
    const c = rig(src);
    expect(c.run()).toMatchObject({ reason: 'halt', executed: 4 });
    expect(c.reg(ECX)).toBe(3);
    const blockLength = (x: ReturnType<typeof rig>): number => (x.as.blocks.get(CODE | 0) as unknown as { n: number }).n;
    expect([blockLength(a), blockLength(b), blockLength(c)]).toEqual([4, 2, 4]);
  });

  it('a fault while checking a kept decoding is the fault decoding afresh raises', () => {
    const a = rig('movl $1, %eax\n\thlt');
    a.run();
    const b = rig('movl $1, %eax\n\thlt');
    b.as.unmap(CODE);
    expect(b.run().fault).toMatchObject({ fault: 'PF', addr: CODE, access: 'x' });
    // Code that now runs across a page end: its second page is missing in the next machine.
    const tail = CODE + 4096 - 3;
    const c = rig('hlt');
    c.as.mapNew(CODE + 4096, 4096, PTE_U);
    c.as.writeBytes(tail, [0xb8, 1, 0, 0, 0, 0xf4]); // movl $1, %eax; hlt
    c.m.cpu.eip = tail;
    expect(c.run()).toMatchObject({ reason: 'halt', executed: 2 });
    const d = rig('hlt');
    d.as.writeBytes(tail, [0xb8, 1, 0]);
    d.m.cpu.eip = tail;
    expect(d.run().fault).toMatchObject({ fault: 'PF', addr: CODE + 4096, access: 'x' });
  });
});

describe('the block after a hook is chained to it', () => {
  it('code at a return site changed after it was chained runs the new code', () => {
    // A hooked routine called twice from one site; between the calls the host rewrites the
    // instruction after the call site.
    const callee = 0x04000000;
    const r = rig(`movl $0, %ebx\n\tmovl $${callee}, %esi\n1:\tcall *%esi\n\taddl $1, %ebx\n\tcmpl $2, %ebx\n\tjb 1b\n\thlt`);
    let calls = 0;
    r.m.hook(r.as, callee, () => {
      if (++calls === 2) r.as.writeBytes(CODE + 12, [0x83, 0xc3, 0x05]); // addl $1 -> addl $5, %ebx
    });
    expect(r.run()).toMatchObject({ reason: 'halt' });
    expect(calls).toBe(2);
    expect(r.reg(EBX)).toBe(6);
  });
});
