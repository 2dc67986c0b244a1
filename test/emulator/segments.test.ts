// Segmentation: descriptors round-trip through their 8-byte form; segment loads apply the CPU's
// checks; every access through a confined segment (the API a domain's segments are set up with)
// is checked against its base, limit, direction and type, in generated code (blocks) and in the
// helpers (string instructions, pusha), while flat segments add nothing (segment mode key 0).

import { describe, expect, it } from 'vitest';
import {
  checkLoad, decodeDescriptor, DescriptorTable, encodeDescriptor, flatSegment, isLoadFault, linuxUserGdt,
  type SegmentDescriptor,
} from '../../src/emulator/segments.js';
import { DATA, rig } from './util.js';

const DS = 3, SS = 2, ES = 0, FS = 4;
const data = (base: number, limit: number, extra: Partial<SegmentDescriptor> = {}): SegmentDescriptor =>
  ({ base, limit, type: 3, codeData: true, dpl: 3, present: true, big: true, ...extra });

describe('descriptors and tables', () => {
  it('encode/decode round-trip, byte and page granularity', () => {
    for (const d of [data(0x12345678, 0xabcde), data(0, 0xffffffff, { granular: true }), flatSegment(true, 3), data(0xfff00000, 0x1fff, { type: 7, big: false, dpl: 0 })]) {
      const [lo, hi] = encodeDescriptor(d);
      const back = decodeDescriptor(lo, hi);
      expect({ ...back, granular: undefined }).toEqual({ ...d, granular: undefined });
    }
    expect(() => encodeDescriptor(data(0, 0x123456))).toThrow(/4 KiB pages/);
  });
  it('segment loads: null, table bounds, type, privilege, presence', () => {
    const gdt = linuxUserGdt();
    gdt.set(20, data(0, 0xfff, { present: false }));
    gdt.set(21, { ...flatSegment(true, 3), type: 8 }); // execute-only code
    const load = (seg: number, sel: number) => { const r = checkLoad(seg, sel, 3, gdt, null); return isLoadFault(r) ? `${r.fault}(${r.code.toString(16)})` : r === null ? 'null' : 'ok'; };
    expect(load(DS, 0)).toBe('null');
    expect(load(SS, 0)).toBe('GP(0)');
    expect(load(DS, 0x2b)).toBe('ok');
    expect(load(DS, 0x23)).toBe('ok'); // readable code into a data segment register
    expect(load(SS, 0x23)).toBe('GP(20)');
    expect(load(DS, 0x18)).toBe('GP(18)'); // kernel data, DPL 0 < CPL 3
    expect(load(DS, 0x0f)).toBe('GP(c)'); // LDT selector, no LDT
    expect(load(DS, 0x400)).toBe('GP(400)'); // beyond the GDT
    expect(load(DS, 20 * 8 + 3)).toBe('NP(a0)');
    expect(load(SS, 20 * 8 + 3)).toBe('SS(a0)');
    expect(load(DS, 21 * 8 + 3)).toBe('GP(a8)');
  });
});

describe('confined segments (Cpu.setSegment)', () => {
  const run = (src: string, setup: (cpu: ReturnType<typeof rig>['m']['cpu']) => void) => {
    const r = rig(src, { ring: 3 });
    const cpu = r.m.cpu;
    cpu.gdt = new DescriptorTable(8);
    setup(cpu);
    return { r, res: r.run() };
  };
  it('flat segments cost nothing: segment mode key 0', () => {
    const { r } = run('movl $1, %eax\n\thlt', () => {});
    expect(r.m.cpu.segKey).toBe(0);
  });
  it('a based, limited data segment: in-limit accesses land at base + offset, the limit faults with #GP', () => {
    const { r, res } = run('movl $0x11223344, %ds:0x100\n\tmovl %ds:0x100, %ebx\n\tmovl $5, %ds:0xffd\n\thlt', (cpu) => cpu.setSegment(DS, 0x33, data(DATA, 0xfff)));
    expect(r.as.read32(DATA + 0x100)).toBe(0x11223344);
    expect(r.reg(3)).toBe(0x11223344);
    expect(res.fault).toMatchObject({ fault: 'GP', code: 0 });
    expect(r.as.read32(DATA + 0xffc)).toBe(0); // nothing of the faulting store happened
  });
  it('a stack segment limit faults with #SS; %ebp-based operands use %ss', () => {
    const { res } = run('movl $0x200, %ebp\n\tmovl (%ebp), %eax\n\thlt', (cpu) => { cpu.setSegment(SS, 0x33, data(DATA, 0x1ff)); });
    expect(res.fault).toMatchObject({ fault: 'SS', code: 0 });
  });
  it('expand-down: offsets above the limit are valid, the rest fault', () => {
    const { r, res } = run('movl $7, %ds:0x2000\n\tmovl %ds:0x2000, %ecx\n\tmovl $1, %ds:0x0800\n\thlt', (cpu) => cpu.setSegment(DS, 0x33, data(DATA - 0x1000, 0x0fff, { type: 7 })));
    expect(r.reg(1)).toBe(7);
    expect(res.fault).toMatchObject({ fault: 'GP' });
  });
  it('a read-only segment: reads pass, a write faults; a null %fs faults', () => {
    const ro = run('movl %ds:8, %eax\n\tmovl %eax, %ds:8\n\thlt', (cpu) => cpu.setSegment(DS, 0x33, data(DATA, 0xffff, { type: 1 })));
    expect(ro.res.fault).toMatchObject({ fault: 'GP' });
    const nul = run('movl %fs:0, %eax\n\thlt', (cpu) => cpu.setSegment(FS, 0, null));
    expect(nul.res.fault).toMatchObject({ fault: 'GP', code: 0 });
  });
  it('string instructions: source through %ds, destination through %es, each checked', () => {
    const src = 'movl $0x10, %esi\n\tmovl $0x20, %edi\n\tmovl $4, %ecx\n\trep movsl\n\tmovl $0x7ff0, %edi\n\tmovl $8, %ecx\n\trep stosl\n\thlt';
    const { r, res } = run(src, (cpu) => {
      r0Fill(cpu);
      cpu.setSegment(DS, 0x33, data(DATA, 0xfff));
      cpu.setSegment(ES, 0x3b, data(DATA + 0x1000, 0x7fff));
    });
    expect(r.as.read32(DATA + 0x1000 + 0x20)).toBe(r.as.read32(DATA + 0x10));
    expect(res.fault).toMatchObject({ fault: 'GP' });
    expect(r.reg(1)).toBe(4); // 4 stores fit below the %es limit, then the fault
  });
});

function r0Fill(cpu: { r: Int32Array }): void { cpu.r[0] = 0x5a5a5a5a; }
