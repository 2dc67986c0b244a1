// MMU (several address spaces, aliasing, permissions, TLB invalidation), bus (MMIO, ports, DMA,
// IRQ lines), host hooks (arguments, return values, address-space switches), budget, per-context
// counters and the trace.

import { describe, expect, it } from 'vitest';
import {
  GuestMemoryError, Machine, PTE_U, PTE_W, TraceRing, type AccessSize,
} from '../../src/emulator/index.js';
import { assemble, CODE, DATA, rig, STACK_TOP } from './util.js';

const EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4;

describe('address spaces', () => {
  it('one frame mapped in two spaces and at two addresses is one memory', () => {
    const m = new Machine({ ramBytes: 8 * 1024 * 1024 });
    const dom0 = m.createAddressSpace('dom0'), hv = m.createAddressSpace('hv');
    const f = m.mem.allocFrame();
    dom0.map(0x08000000, f);
    hv.map(0xc0100000, f);
    hv.map(0xc0200000, f, PTE_W);
    dom0.write32(0x08000010, 0xdeadbeef);
    expect(hv.read32(0xc0100010) >>> 0).toBe(0xdeadbeef);
    expect(hv.read32(0xc0200010) >>> 0).toBe(0xdeadbeef);
    expect(hv.translate(0xc0100010)).toEqual({ pa: f * 4096 + 0x10, pfn: f, flags: 1 | PTE_U | PTE_W });
    expect(dom0.translate(0xc0100000)).toBeNull();
    expect(() => dom0.read32(0xc0100000)).toThrow(GuestMemoryError);
    expect(() => dom0.read32(0xc0100000)).toThrow(/0xc0100000 is not mapped in address space 'dom0'/);
  });

  it('the CPU sees aliasing, switches spaces cheaply, and never uses a stale TLB entry', () => {
    const r = rig(`movl ${DATA}, %eax\n\thlt`);
    const { m, as } = r;
    as.write32(DATA, 1);
    r.run();
    expect(r.reg(EAX)).toBe(1);
    // Remap DATA to another frame: the TLB entry filled by the first run must not survive.
    const f2 = m.mem.allocFrame();
    as.map(DATA, f2, PTE_U | PTE_W);
    as.write32(DATA, 2);
    m.cpu.eip = CODE;
    r.run();
    expect(r.reg(EAX)).toBe(2);
    // Unmap: #PF.
    as.unmap(DATA);
    m.cpu.eip = CODE;
    expect(r.run().fault).toMatchObject({ fault: 'PF', addr: DATA, present: false });
    // Protect to supervisor-only: user code faults; supervisor code reads.
    as.map(DATA, f2, PTE_U | PTE_W);
    as.protect(DATA, 4096, PTE_W);
    m.cpu.ring = 3;
    m.cpu.eip = CODE;
    expect(r.run().fault).toMatchObject({ fault: 'PF', user: true, present: true });
    m.cpu.ring = 0;
    m.cpu.eip = CODE;
    expect(r.run().reason).toBe('halt');
  });

  it('write protection set after a fast-path write is honoured', () => {
    const r = rig(`movl $5, ${DATA}\n\thlt`);
    r.run();
    expect(r.as.read32(DATA)).toBe(5);
    r.as.protect(DATA, 4096, PTE_U);
    r.m.cpu.eip = CODE;
    expect(r.run().fault).toMatchObject({ fault: 'PF', access: 'w' });
  });
});

describe('bus', () => {
  it('MMIO handlers get size and offset; reads return their values', () => {
    const m = new Machine({ ramBytes: 8 * 1024 * 1024 });
    const log: string[] = [];
    const regs = new Map<number, number>([[0x8, 0x80080783]]);
    m.bus.mapMmio(0xfebc0000, 0x20000, {
      read: (off: number, size: AccessSize) => { log.push(`r${size}@${off.toString(16)}`); return regs.get(off) ?? 0; },
      write: (off: number, size: AccessSize, v: number) => { log.push(`w${size}@${off.toString(16)}=${v.toString(16)}`); },
    });
    const r = rig(`movl 0xf0000008, %eax\n\tmovl $0x1234, %ecx\n\tmovw %cx, 0xf0000102\n\tmovb $7, 0xf0003818\n\tmovl 0xf0000009, %ebx\n\thlt`, { machine: m });
    r.as.mapPhys(0xf0000000, 0xfebc0000, 0x20000, PTE_W);
    expect(r.run().reason).toBe('halt');
    expect(r.reg(EAX) >>> 0).toBe(0x80080783);
    expect(log).toEqual(['r4@8', 'w2@102=1234', 'w1@3818=7', 'r4@9']);
  });
  it('I/O ports from ring 0, DMA to RAM, interrupt lines with a level', () => {
    const m = new Machine({ ramBytes: 8 * 1024 * 1024 });
    const out: number[] = [];
    m.bus.mapPorts(0x3f8, 8, { read: () => 0x60, write: (_o, _s, v) => { out.push(v); } });
    const r = rig('movw $0x3f8, %dx\n\tmovb $0x41, %al\n\toutb %al, %dx\n\tinb %dx, %al\n\thlt', { machine: m });
    r.run();
    expect(out).toEqual([0x41]);
    expect(r.reg(EAX) & 0xff).toBe(0x60);
    const pa = r.as.translate(DATA)!.pa;
    m.bus.dmaWrite(pa + 4, Uint8Array.from([1, 2, 3]));
    expect([...r.as.readBytes(DATA + 4, 3)]).toEqual([1, 2, 3]);
    expect([...m.bus.dmaRead(pa + 5, 2)]).toEqual([2, 3]);
    const line = m.bus.irq(11);
    const seen: boolean[] = [];
    line.onChange = (l) => seen.push(l);
    line.raise(); line.raise();
    expect(line.level).toBe(true);
    line.lower();
    expect(line.level).toBe(false);
    expect(seen).toEqual([true, false]);
    expect(line.raisedCount).toBe(1);
    expect(() => m.bus.mapMmio(pa, 4096, { read: () => 0, write: () => {} })).toThrow(/already RAM/);
  });
});

describe('hooks', () => {
  it('a call to a hooked address runs the handler with its arguments and returns its value', () => {
    const r = rig(`pushl $20\n\tmovl $1, %eax\n\tmovl $2, %edx\n\tmovl $3, %ecx\n\tmovl $0x4000000, %esi\n\tcall *%esi\n\taddl $4, %esp\n\tmovl %eax, %ebx\n\thlt`);
    const seen: number[] = [];
    r.m.hook(r.as, 0x4000000, (ctx) => { seen.push(ctx.arg(0), ctx.arg(1), ctx.arg(2), ctx.arg(3)); return 99; }, { name: 'kernel_fn' });
    const res = r.run();
    expect(res.reason).toBe('halt');
    expect(seen).toEqual([1, 2, 3, 20]);
    expect(r.reg(EBX)).toBe(99);
    expect(r.reg(ESP) >>> 0).toBe(STACK_TOP - 16);
    expect(r.m.cpu.hookCalls).toBe(1);
  });
  it('ret $n, stop and fault actions; a hook placed after compilation still fires', () => {
    const r = rig('pushl $7\n\tcall 1f\n\tmovl %eax, %ebx\n\thlt\n1:\tmovl $1, %eax\n\tret $4');
    r.run();
    expect(r.reg(EBX)).toBe(1);
    const callee = CODE + assemble('pushl $7\n\tcall 1f\n\tmovl %eax, %ebx\n\thlt\n1:').length;
    r.m.hook(r.as, callee, () => ({ kind: 'return', eax: 5, popBytes: 4 }));
    r.m.cpu.eip = CODE; r.m.cpu.r[ESP] = STACK_TOP - 16;
    expect(r.run().reason).toBe('halt');
    expect([r.reg(EBX), r.reg(ESP) >>> 0]).toEqual([5, STACK_TOP - 16]);
    r.m.hook(r.as, callee, () => ({ kind: 'fault', reason: 'svm: access outside dom0' }));
    r.m.cpu.eip = CODE;
    expect(r.run().fault).toMatchObject({ fault: 'HOOK', reason: 'svm: access outside dom0', eip: callee });
    r.m.hook(r.as, callee, () => ({ kind: 'stop', detail: 'enough' }));
    r.m.cpu.eip = CODE;
    expect(r.run()).toMatchObject({ reason: 'stop', detail: 'enough' });
  });
  it('an upcall: a hypervisor hook runs a dom0 routine in another address space and comes back', () => {
    const m = new Machine({ ramBytes: 16 * 1024 * 1024 });
    // dom0: a routine that doubles its regparm argument and bumps a counter in dom0 memory.
    const dom0 = m.createAddressSpace('dom0');
    const d0code = assemble(`addl %eax, %eax\n\tincl ${DATA}\n\tret`);
    dom0.mapNew(0x08000000, 4096, PTE_U); dom0.writeBytes(0x08000000, d0code);
    dom0.mapNew(DATA, 4096, PTE_U | PTE_W);
    dom0.mapNew(0x0a000000, 0x4000, PTE_U | PTE_W);
    const r = rig('movl $21, %eax\n\tmovl $0x4000000, %esi\n\tcall *%esi\n\tmovl %eax, %ebx\n\thlt', { machine: m });
    r.m.cpu.context = 1;
    m.hook(r.as, 0x4000000, (ctx) => {
      const res = m.call(dom0, 0x08000000, { regs: { 0: ctx.arg(0) }, esp: 0x0a004000, context: 0 });
      expect(res.run.reason).toBe('return');
      expect(m.cpu.addressSpace).toBe(r.as);
      return res.eax;
    });
    expect(r.run().reason).toBe('halt');
    expect(r.reg(EBX)).toBe(42);
    expect(dom0.read32(DATA)).toBe(1);
    expect(m.cpu.counters[0]).toBe(3);
    expect(m.cpu.counters[1]).toBe(5);
  });
});

describe('budget, counters, trace', () => {
  it('the budget stops exactly, also inside a loop, and the run resumes', () => {
    const r = rig('movl $1000, %ecx\n1:\taddl $1, %eax\n\tdecl %ecx\n\tjnz 1b\n\thlt');
    const a = r.run(100);
    expect(a).toMatchObject({ reason: 'budget', executed: 100 });
    expect(r.reg(EAX)).toBe(33);
    const b = r.run();
    expect(b).toMatchObject({ reason: 'halt', executed: 1 + 3000 - 99 + 1 - 1 });
    expect(r.reg(EAX)).toBe(1000);
    expect(r.m.cpu.insnTotal).toBe(3002);
  });
  it('counters are kept per context index', () => {
    const r = rig('nop\n\tnop\n\tnop\n\thlt');
    r.m.cpu.context = 5;
    r.run(2);
    r.m.cpu.context = 6;
    r.run();
    expect([r.m.cpu.counters[5], r.m.cpu.counters[6]]).toEqual([2, 2]);
  });
  it('the trace reports every instruction, and only when enabled', () => {
    const r = rig('movl $3, %ecx\n1:\tloop 1b\n\thlt');
    const ring = new TraceRing(16);
    r.m.cpu.trace = ring.sink;
    r.run();
    expect(ring.events().map((e) => e.mnemonic)).toEqual(['movl', 'loop', 'loop', 'loop', 'hlt']);
    expect(ring.events()[1]).toMatchObject({ eip: CODE + 5, space: 'test' });
    r.m.cpu.trace = null;
  });
  it('a watchdog budget stops an infinite loop', () => {
    expect(rig('1:\tjmp 1b').run(1_000_000)).toMatchObject({ reason: 'budget', executed: 1_000_000 });
    void [ECX, EDX];
  });
});
