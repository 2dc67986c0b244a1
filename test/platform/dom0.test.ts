// The dom0 kernel model with small assembled modules: exported symbols, the printf subset, kernel
// misuse reported without stopping (double free, redzone, sleeping in softirq, unhandled interrupt),
// and oopses that stop the run with a clear reason (bad pointer to a routine, driver fault, lockup).

import { describe, expect, it } from 'vitest';
import { KCONST, TIMER_LIST } from '../../src/platform/layout.generated.js';
import { KERNEL_TEXT, ROUTINES } from '../../src/platform/dom0/index.js';
import { HOT_ROUTINES } from '../../src/platform/hypervisor/hot.js';
import { readCString } from '../../src/platform/mem.js';
import { assembleModule, e1000likeObject, makePlatform } from './setup.js';

const EMPTY_CLEANUP = '\t.globl cleanup_module\ncleanup_module:\n\tret\n';

function moduleWith(name: string, body: string, dom0: Parameters<typeof makePlatform>[0] = {}) {
  const p = makePlatform(dom0);
  p.kernel.loadModule(assembleModule(name, body));
  return p;
}

describe('dom0 kernel: symbols', () => {
  it('exports every routine and data symbol the driver imports, routines at 16-byte kernel-text slots', () => {
    const { kernel: k } = makePlatform();
    const imports = [...new Set(e1000likeObject().symbols.filter((s) => s.shndx === 0 && s.name).map((s) => s.name))];
    expect(imports.length).toBe(64);
    for (const n of imports) expect(k.exports.has(n), n).toBe(true);
    // 50 host routines at kernel-text slots; the ten hot routines are dom0's C (platform-c/hot).
    expect(ROUTINES.length).toBe(50);
    ROUTINES.forEach((r, i) => expect(k.exports.get(r.name)).toBe(KERNEL_TEXT + 16 * i));
    for (const h of HOT_ROUTINES) expect(k.exports.get(h), h).toBe(k.c.sym(h));
    expect(k.describeAddress(k.exports.get('netif_rx')!)).toBe('netif_rx+0x0 [dom0 C]');
    expect(k.exports.get('cpu_number')! + k.fsBase).toBe(k.fsBase + 0x10);
    expect(k.describeAddress(k.routineAddress('kfree'))).toBe('kfree');
  });
});

describe('dom0 kernel: printk, sprintf, strlcpy', () => {
  it('formats %s %d %u %x %02x %lu %p %c, width, left-justify, %llu, %% with all arguments on the stack', () => {
    const { kernel: k } = moduleWith('fmt', `
\t.section .rodata
fmt:\t.asciz "<3>%s %d %u %x %02x %lu %p %c|%5d|%-4s|%llu|%%\\n"
fmt2:\t.asciz "%04x:%s"
str:\t.asciz "hi"
\t.bss
buf:\t.space 64
buf2:\t.space 64
\t.data
ret1:\t.long 0
ret2:\t.long 0
ret3:\t.long 0
\t.text
\t.globl init_module
init_module:
\tpushl $1
\tpushl $2
\tpushl $str
\tpushl $42
\tpushl $90
\tpushl $0xc0ffee
\tpushl $7
\tpushl $5
\tpushl $0xbeef
\tpushl $4000000000
\tpushl $-5
\tpushl $str
\tpushl $fmt
\tcall printk
\taddl $52, %esp
\tmovl %eax, ret1
\tpushl $str
\tpushl $0x1a
\tpushl $fmt2
\tpushl $buf
\tcall sprintf
\taddl $16, %esp
\tmovl %eax, ret2
\tmovl $buf2, %eax
\tmovl $buf, %edx
\tmovl $5, %ecx
\tcall strlcpy
\tmovl %eax, ret3
\txorl %eax, %eax
\tret
${EMPTY_CLEANUP}`);
    expect(k.initModule()).toMatchObject({ ok: true, value: 0 });
    const line = k.log.find((e) => e.source === 'printk')!;
    expect(line.level).toBe(3);
    expect(line.text).toBe('hi -5 4000000000 beef 05 7 00c0ffee Z|   42|hi  |4294967298|%');
    expect(k.mem.read32(k.moduleSymbol('ret1'))).toBe(line.text.length + 4);
    expect(readCString(k.mem, k.moduleSymbol('buf'))).toBe('001a:hi');
    expect(k.mem.read32(k.moduleSymbol('ret2'))).toBe(7);
    expect(readCString(k.mem, k.moduleSymbol('buf2'))).toBe('001a');
    expect(k.mem.read32(k.moduleSymbol('ret3'))).toBe(7);
    expect(k.callCounts.get('printk')).toBe(1);
  });
});

describe('dom0 kernel: misuse is reported, the run continues', () => {
  it('double free', () => {
    const { kernel: k } = moduleWith('dfree', `
\t.text
\t.globl init_module
init_module:
\tpushl %ebx
\tmovl $100, %eax
\tmovl $${KCONST.GFP_KERNEL}, %edx
\tcall __kmalloc
\tmovl %eax, %ebx
\tcall kfree
\tmovl %ebx, %eax
\tcall kfree
\tmovl $77, %eax
\tpopl %ebx
\tret
${EMPTY_CLEANUP}`);
    expect(k.initModule()).toMatchObject({ ok: true, value: 77 });
    expect(k.problems.length).toBe(1);
    expect(k.problems[0]).toMatch(/kfree: double free: 0x[0-9a-f]+ \(kmalloc\) was already freed/);
    expect(k.logText()).toMatch(/<3>kernel: BUG: kfree: double free/);
    expect(k.counters.badFrees).toBe(1);
    expect(k.oops).toBeNull();
    expect(k.removeModule().ok).toBe(true);
    expect(k.leaks()).toEqual([]);
  });

  it('redzone overwrite and an invalid free', () => {
    const { kernel: k } = moduleWith('redzone', `
\t.text
\t.globl init_module
init_module:
\tmovl $16, %eax
\tmovl $${KCONST.GFP_ATOMIC}, %edx
\tcall __kmalloc
\tmovb $1, 16(%eax)
\tpushl %eax
\tcall kfree
\tpopl %eax
\taddl $4, %eax
\tcall kfree
\txorl %eax, %eax
\tret
${EMPTY_CLEANUP}`);
    expect(k.initModule().ok).toBe(true);
    expect(k.problems[0]).toMatch(/redzone after the 16-byte kmalloc block/);
    expect(k.problems[1]).toMatch(/invalid free/);
    expect(k.heap.check()).toEqual([]);
  });

  it('timer in softirq context: runs on time with its data and %fs per-cpu access; sleeping there is reported', () => {
    const { kernel: k } = moduleWith('timer', `
\t.bss
t:\t.space ${TIMER_LIST.size}
\t.data
count:\t.long 0
seen:\t.long 0
cpu:\t.long -1
\t.text
\t.globl init_module
init_module:
\tmovl $t, %eax
\tcall init_timer
\tmovl $fn, t+${TIMER_LIST.function}
\tmovl $42, t+${TIMER_LIST.data}
\tmovl jiffies, %edx
\taddl $10, %edx
\tmovl $t, %eax
\tcall mod_timer
\tret
fn:
\tincl count
\tmovl %eax, seen
\tincl %fs:__preempt_count
\tmovl %fs:cpu_number, %ecx
\tmovl %ecx, cpu
\tdecl %fs:__preempt_count
\tmovl $1, %eax
\tcall msleep
\tret
\t.globl cleanup_module
cleanup_module:
\tmovl $t, %eax
\tcall del_timer_sync
\tret
`);
    expect(k.initModule()).toMatchObject({ ok: true, value: 0 });
    const count = k.moduleSymbol('count');
    k.advance(36);
    expect(k.mem.read32(count)).toBe(0);
    k.advance(8);
    expect(k.mem.read32(count)).toBe(1);
    expect(k.mem.read32(k.moduleSymbol('seen'))).toBe(42);
    expect(k.mem.read32(k.moduleSymbol('cpu'))).toBe(0);
    expect(k.preemptCount).toBe(0);
    expect(k.problems).toEqual(['BUG: sleeping function called from invalid context: msleep in softirq context (irq mask 0, preempt count 0)']);
    k.advance(100);
    expect(k.mem.read32(count)).toBe(1);
    expect(k.removeModule().ok).toBe(true);
    expect(k.leaks()).toEqual([]);
  });

  it('an interrupt nobody handles is reported and not serviced forever; a masked dom0 gets none', () => {
    const { kernel: k, nic } = moduleWith('irq', `
\t.section .rodata
name:\t.asciz "test"
\t.data
calls:\t.long 0
\t.text
\t.globl init_module
init_module:
\tpushl $0x1234
\tpushl $name
\tmovl $11, %eax
\tmovl $handler, %edx
\tmovl $${KCONST.IRQF_SHARED}, %ecx
\tcall request_irq
\taddl $8, %esp
\tret
handler:
\tincl calls
\tcmpl $0x1234, %edx
\tjne 1f
\tcmpb $1, evtchn_upcall_mask
\tjne 1f
\txorl %eax, %eax
\tret
1:\tud2
\t.globl cleanup_module
cleanup_module:
\tmovl $11, %eax
\tmovl $0x1234, %edx
\tcall free_irq
\tret
`);
    expect(k.initModule()).toMatchObject({ ok: true, value: 0 });
    nic.configWrite(4, 2, 2);
    nic.write(0xd0, 4, 4); // IMS = LSC
    nic.write(0xc8, 4, 4); // ICS = LSC: line up
    k.irqMask = 1;
    expect(k.serviceInterrupts()).toMatchObject({ ok: true, calls: 0 });
    k.irqMask = 0;
    expect(k.serviceInterrupts()).toMatchObject({ ok: true, calls: 3, handled: 0 });
    expect(k.mem.read32(k.moduleSymbol('calls'))).toBe(3);
    expect(k.problems[0]).toMatch(/irq 11: nobody cared/);
    expect(k.irqMask).toBe(0);
    expect(k.removeModule().ok).toBe(true);
    expect(k.leaks()).toEqual([]);
  });
});

describe('dom0 kernel: oops', () => {
  it('a routine handed a bad pointer oopses: logged, run stopped, later entries refused', () => {
    const { kernel: k } = moduleWith('badptr', `
\t.text
\t.globl init_module
init_module:
\tpushl $1
\txorl %eax, %eax
\tmovl $0x12345678, %edx
\tmovl $64, %ecx
\tcall dma_map_single
\taddl $4, %esp
\tmovl $99, %eax
\tret
${EMPTY_CLEANUP}`);
    const r = k.initModule();
    expect(r.ok).toBe(false);
    // dma_map_single is dom0's C: its BUG names the address and the C function that found it.
    expect(r.reason).toMatch(/BUG: dma_map: 0x12345678 is not mapped dom0 RAM/);
    expect(k.oops).toBe(r.reason);
    expect(k.logText()).toMatch(/<0>kernel: Oops: BUG: dma_map: 0x12345678.*called from env_virt_to_bus\+0x[0-9a-f]+ \[dom0 C\]/);
    expect(k.removeModule()).toMatchObject({ ok: false, reason: expect.stringMatching(/^dom0 is dead/) });
    expect(k.advance(10).ok).toBe(false);
  });

  it('a fault in driver code names the instruction and the symbol', () => {
    const { kernel: k } = moduleWith('nullderef', `
\t.text
\t.globl init_module
init_module:
\tnop
\txorl %eax, %eax
\tmovl 8(%eax), %eax
\tret
${EMPTY_CLEANUP}`);
    const r = k.initModule();
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/#PF .*read of 0x8 \(not present\) in init_module\+0x3 \[nullderef\] \(init_module\)/);
  });

  it('a callback that never returns is a soft lockup', () => {
    const { kernel: k } = moduleWith('spin', `
\t.text
\t.globl init_module
init_module:
1:\tjmp 1b
${EMPTY_CLEANUP}`, { dom0: { maxInsnsPerEntry: 100_000 } });
    const r = k.initModule();
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/soft lockup: init_module ran 100000 instructions/);
  });

  it('a recursive spinlock on one CPU is a lockup oops', () => {
    const { kernel: k } = moduleWith('lock', `
\t.data
lock:\t.long 1
\t.text
\t.globl init_module
init_module:
\tmovl $lock, %eax
\tcall _spin_lock_irqsave
\tmovl $lock, %eax
\tcall _spin_lock_irqsave
\tret
${EMPTY_CLEANUP}`);
    const r = k.initModule();
    expect(r.reason).toMatch(/spinlock lockup: _spin_lock_irqsave/);
  });
});
