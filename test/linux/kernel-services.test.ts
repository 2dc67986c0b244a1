// The Linux 6.1 ABI's kernel services against what Linux does (src/platform/dom0/linux61/
// REFERENCE.md): the DMA API, interrupts, timers, work and delays, locks, preemption, per-cpu
// state, static calls, retpoline thunks and the stack protector, printing and strings, memory and
// module parameters; called through dom0's exports, and from module code where the calling
// convention or the CPU state is the point.

import { describe, expect, it } from 'vitest';
import {
  LINUX as K, SIZEOF, delayed_work, device, kernel_param, kparam_array, pci_dev, task_struct, work_struct,
} from '../../src/platform/linux/layout.generated.js';
import { readCString } from '../../src/platform/mem.js';
import { PERCPU, PERCPU_OFF } from '../../src/platform/dom0/memmap.js';
import type { Dom0Kernel } from '../../src/platform/dom0/index.js';
import { assembleModule } from '../platform/setup.js';
import { call, linuxPlatform } from './setup.js';

/** A module routine run as top-level code in `ctx`. */
function run(k: Dom0Kernel, sym: string, args: readonly number[] = [], ctx: 'process' | 'softirq' | 'hardirq' = 'process'): number {
  const r = k.runGuest(k.moduleSymbol(sym), args, ctx, ctx === 'process' ? 'process' : 'irq', sym);
  if (!r.ok) throw new Error(r.reason);
  return r.eax >>> 0;
}

/** A variadic routine: every argument on the stack (no regparm). */
const variadic = (k: Dom0Kernel, name: string, args: readonly number[]): number => call(k, name, [0, 0, 0, ...args]);

function cstr(k: Dom0Kernel, s: string): number {
  const va = k.kmallocHost(s.length + 1, 'kmalloc', 'test');
  k.mem.writeBytes(va, Uint8Array.from([...s].map((c) => c.charCodeAt(0)).concat([0])));
  return va;
}

describe('DMA API', () => {
  it('masks are truncated to the 32-bit dma_addr_t and must cover dom0 memory', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem, dev = k.pdev + pci_dev.dev;
    const mask = (): number => m.read32(m.read32(dev + device.dma_mask));
    expect(call(k, 'dma_set_mask', [dev, 0xffffffff, 0xffffffff])).toBe(0);
    expect(mask()).toBe(0xffffffff);
    expect(m.read32(m.read32(dev + device.dma_mask) + 4)).toBe(0);
    expect(call(k, 'dma_set_mask', [dev, 0xfff, 0]) | 0).toBe(-K.EIO);
    expect(mask()).toBe(0xffffffff);
    expect(call(k, 'dma_set_coherent_mask', [dev, 0xffffffff, 0])).toBe(0);
  });

  it('streaming maps: frame address plus offset; a mask it leaves is DMA_MAPPING_ERROR; a bad direction is a BUG', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem, dev = k.pdev + pci_dev.dev;
    const pg = call(k, '__alloc_pages', [K.GFP_KERNEL, 0, 0, 0]);
    const bus = call(k, 'dma_map_page_attrs', [dev, pg, 16, 100, K.DMA_TO_DEVICE, 0]);
    expect(bus).toBe(k.pages.pageToPhys(pg)! + 16);
    expect(k.dmaMappingCount).toBe(1);
    call(k, 'dma_sync_single_for_cpu', [dev, bus, 100, K.DMA_FROM_DEVICE]);
    expect(k.problems.some((x) => /different direction/.test(x))).toBe(true);
    call(k, 'dma_unmap_page_attrs', [dev, bus, 100, K.DMA_TO_DEVICE, 0]);
    expect(k.dmaMappingCount).toBe(0);
    // *dev->dma_mask below the frame: the address is not dma_capable
    const mp = m.read32(dev + device.dma_mask);
    m.write32(mp, 0xfff);
    expect(call(k, 'dma_map_page_attrs', [dev, pg, 0, 64, K.DMA_FROM_DEVICE, 0])).toBe(K.DMA_MAPPING_ERROR >>> 0);
    m.write32(mp, 0xffffffff);
    expect(() => call(k, 'dma_map_page_attrs', [dev, pg, 0, 64, 3, 0])).toThrow(/invalid DMA direction/);
  });

  it('coherent memory: zeroed pages, the handle their bus address; freed, nothing left', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem, dev = k.pdev + pci_dev.dev;
    const handle = k.kmallocHost(4, 'kmalloc', 't');
    const va = call(k, 'dma_alloc_attrs', [dev, 5000, handle, K.GFP_KERNEL, 0]);
    expect(va % 4096).toBe(0);
    expect(m.read32(handle)).toBe(k.pages.virtToPhys(va));
    expect([...m.readBytes(va, 5000)].every((b) => b === 0)).toBe(true);
    call(k, 'dma_free_attrs', [dev, 5000, va, m.read32(handle), 0]);
    k.kfreeHost(handle, ['kmalloc'], 't');
    expect(k.leaks()).toEqual([]);
  });
});

describe('interrupts', () => {
  it('request_threaded_irq checks its arguments and sharing; free_irq returns the name; enable/disable depth', () => {
    const { kernel: k } = linuxPlatform(), irq = k.irqNumber;
    const h = k.routineAddress('synchronize_irq'), a = cstr(k, 'a'), b = cstr(k, 'b');
    expect(call(k, 'request_threaded_irq', [irq, h, 0, K.IRQF_SHARED, a, 0]) | 0).toBe(-K.EINVAL); // shared needs dev_id
    expect(call(k, 'request_threaded_irq', [irq, 0, 0, 0, a, 1]) | 0).toBe(-K.EINVAL);
    expect(call(k, 'request_threaded_irq', [irq, h, 0, 0, a, 1])).toBe(0);
    expect(call(k, 'request_threaded_irq', [irq, h, 0, 0, b, 2]) | 0).toBe(-K.EBUSY);
    expect(k.log.some((e) => e.text === `genirq: Flags mismatch irq ${irq}. 00000000 (b) vs. 00000000 (a)`)).toBe(true);
    expect(call(k, 'disable_hardirq', [irq]) & 0xff).toBe(1);
    call(k, 'enable_irq', [irq]);
    call(k, 'enable_irq', [irq]);
    expect(k.problems.some((x) => x === `WARNING: Unbalanced enable for IRQ ${irq}`)).toBe(true);
    expect(call(k, 'free_irq', [irq, 1])).toBe(a);
    expect(call(k, 'free_irq', [irq, 1])).toBe(0);
    expect(k.problems.some((x) => x === `WARNING: Trying to free already-free IRQ ${irq}`)).toBe(true);
    expect(k.irqActions).toEqual([]);
  });
});

describe('timers, work and delays', () => {
  const WORK = `
\t.data
\t.globl count, dw
count:\t.long 0
dw:\t.zero ${SIZEOF.delayed_work}
\t.text
\t.globl fn
fn:\tincl count
\tret
`;

  it('delayed work fires after its delay through delayed_work_timer_fn; pending work is not queued twice; cancel takes it back', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    k.loadModule(assembleModule('work', WORK));
    const dw = k.moduleSymbol('dw'), count = (): number => m.read32(k.moduleSymbol('count'));
    m.write32(dw + delayed_work.work + work_struct.func, k.moduleSymbol('fn'));
    call(k, 'init_timer_key', [dw + delayed_work.timer, k.routineAddress('delayed_work_timer_fn'), K.TIMER_IRQSAFE, 0, 0]);
    const wq = m.read32(k.exports.get('system_wq')!);
    expect(call(k, 'queue_delayed_work_on', [K.NR_CPUS, wq, dw, 10]) & 0xff).toBe(1);
    expect(call(k, 'queue_delayed_work_on', [K.NR_CPUS, wq, dw, 10]) & 0xff).toBe(0);
    k.advance(9);
    expect(count()).toBe(0);
    k.advance(2); // HZ 1000: 10 jiffies are 10 ms
    expect(count()).toBe(1);
    expect(m.read32(dw + work_struct.data) & K.WORK_STRUCT_PENDING).toBe(0);
    expect(call(k, 'queue_delayed_work_on', [K.NR_CPUS, wq, dw, 5]) & 0xff).toBe(1);
    expect(call(k, 'cancel_delayed_work_sync', [dw]) & 0xff).toBe(1);
    k.advance(20);
    expect(count()).toBe(1);
    expect(call(k, 'cancel_delayed_work_sync', [dw]) & 0xff).toBe(0);
    // plain work runs when the worker gets the CPU
    expect(call(k, 'queue_work_on', [K.NR_CPUS, wq, dw]) & 0xff).toBe(1);
    k.advance(1);
    expect(count()).toBe(2);
  });

  it('msleep sleeps msecs_to_jiffies + 1 jiffies at least; udelay and usleep_range pass their time', () => {
    const { kernel: k } = linuxPlatform();
    let t = k.nowUs, j = k.jiffies;
    call(k, 'msleep', [10]);
    expect(k.nowUs - t).toBeGreaterThanOrEqual(10_000);
    expect((k.jiffies - j) >>> 0).toBeGreaterThanOrEqual(11);
    t = k.nowUs;
    call(k, '__const_udelay', [10 * 0x10c7]);
    expect(k.nowUs - t).toBe(10);
    t = k.nowUs;
    call(k, 'usleep_range_state', [100, 200, K.TASK_UNINTERRUPTIBLE]);
    expect(k.nowUs - t).toBeGreaterThanOrEqual(100);
    call(k, 'msleep', [1], 'softirq');
    expect(k.problems.some((x) => /sleeping function called from invalid context: msleep in softirq/.test(x))).toBe(true);
  });
});

describe('locks, preemption, per-cpu state and code', () => {
  const CODE = `
\t.data
\t.globl out, lk, mx
out:\t.zero 64
lk:\t.long 0
mx:\t.zero ${SIZEOF.mutex}
\t.text
target:\tmovl %eax, out+8
\tmovl $7, %eax
\tret
\t.globl thunk
thunk:\tmovl $target, %edx
\tmovl $0x1234, %eax
\tcall __x86_indirect_thunk_edx
\taddl $1, %eax
\tret
\t.globl percpu
percpu:\tmovl %fs:__stack_chk_guard, %eax
\tmovl %eax, out
\tmovl %fs:current_task, %eax
\tmovl %eax, out+4
\tmovl %fs:cpu_number, %eax
\tret
\t.globl smash
smash:\tcall __stack_chk_fail
\tret
\t.globl irqsave
irqsave:\tmovl $lk, %eax
\tcall _raw_spin_lock_irqsave
\tmovl %eax, out+16
\tpushfl
\tpopl out+20
\tmovl %fs:__preempt_count, %ecx
\tmovl %ecx, out+24
\tmovl lk, %ecx
\tmovl %ecx, out+28
\tmovl %eax, %edx
\tmovl $lk, %eax
\tcall _raw_spin_unlock_irqrestore
\tpushfl
\tpopl out+32
\tmovl %fs:__preempt_count, %ecx
\tmovl %ecx, out+36
\tmovl lk, %ecx
\tmovl %ecx, out+40
\tret
\t.globl twice
twice:\tmovl $lk, %eax
\tcall _raw_spin_lock
\tmovl $lk, %eax
\tcall _raw_spin_lock
\tret
\t.globl resched
resched:\tcall __SCT__cond_resched
\tret
`;

  function setup() {
    const p = linuxPlatform(), k = p.kernel;
    k.loadModule(assembleModule('code', CODE));
    const out = (o: number): number => k.mem.read32(k.moduleSymbol('out') + o);
    return { k, out };
  }

  it('a retpoline thunk is jmp *%reg: the target runs with its arguments and returns to the caller', () => {
    const { k, out } = setup();
    expect(run(k, 'thunk')).toBe(8);
    expect(out(8)).toBe(0x1234);
  });

  it('per-cpu: the stack canary, current_task (modprobe, pid 1), cpu 0; __stack_chk_fail panics naming the frame', () => {
    const { k, out } = setup();
    expect(run(k, 'percpu')).toBe(0);
    expect(out(0)).toBe(k.mem.read32(PERCPU + PERCPU_OFF.__stack_chk_guard));
    expect(out(0)).not.toBe(0);
    expect(readCString(k.mem, out(4) + task_struct.comm, 16)).toBe('modprobe');
    expect(k.mem.read32(out(4) + task_struct.pid)).toBe(1);
    expect(() => run(k, 'smash')).toThrow(/Kernel panic - not syncing: stack-protector: Kernel stack is corrupted in: .*smash/);
  });

  it('spin_lock_irqsave: flags with IF, interrupts off, preempt count up, the lock word taken; restore undoes all', () => {
    const { k, out } = setup();
    run(k, 'irqsave');
    expect(out(16) & K.X86_EFLAGS_IF).toBe(K.X86_EFLAGS_IF);
    expect(out(20) & K.X86_EFLAGS_IF).toBe(0);
    expect((out(24) & 0x7fffffff) >>> 0).toBe(1);
    expect(out(24) & K.PREEMPT_NEED_RESCHED).not.toBe(0); // inverted: no reschedule pending
    expect(out(28)).toBe(1);
    expect(out(32) & K.X86_EFLAGS_IF).toBe(K.X86_EFLAGS_IF);
    expect([(out(36) & 0x7fffffff) >>> 0, out(40)]).toEqual([0, 0]);
    expect(k.preemptCount).toBe(0);
  });

  it('a spinlock taken twice on one CPU is a lockup; mutexes: owner is current, twice a deadlock, unlock by another warns', () => {
    const { k } = setup();
    expect(() => run(k, 'twice')).toThrow(/spinlock lockup suspected/);
    const { k: k2 } = setup();
    const mx = k2.moduleSymbol('mx');
    call(k2, 'mutex_lock', [mx]);
    expect((k2.mem.read32(mx) & ~7) >>> 0).toBe(k2.mem.read32(PERCPU + PERCPU_OFF.current_task));
    call(k2, 'mutex_unlock', [mx]);
    call(k2, 'mutex_unlock', [mx]);
    expect(k2.problems.some((x) => /mutex_unlock: mutex .* is not held by this task/.test(x))).toBe(true);
    call(k2, 'mutex_lock', [mx]);
    expect(() => call(k2, 'mutex_lock', [mx])).toThrow(/deadlock/);
  });

  it('static calls: cond_resched returns 0 (nothing else to run); __local_bh_enable_ip runs pending softirqs', () => {
    const { k } = setup();
    expect(run(k, 'resched')).toBe(0);
    const pc = PERCPU + PERCPU_OFF.__preempt_count;
    k.mem.write32(pc, k.mem.read32(pc) + K.SOFTIRQ_DISABLE_OFFSET);
    const s = call(k, '__alloc_skb', [64, K.GFP_ATOMIC, 0, 0xffffffff]);
    call(k, '__dev_kfree_skb_any', [s, 0], 'hardirq'); // queued for NET_TX
    expect(k.heap.blockAt(s)?.kind).toBe('skb');
    call(k, '__local_bh_enable_ip', [0, K.SOFTIRQ_DISABLE_OFFSET]);
    expect(k.heap.blockAt(s)).toBeUndefined();
    expect(k.preemptCount).toBe(0);
  });
});

describe('printing and strings', () => {
  it('printk levels, dev_ and netdev_ prefixes, %pM and %pV', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    variadic(k, '_printk', [cstr(k, '\u00013e1000: %s %d\n'), cstr(k, 'x'), -5]);
    expect(k.log.at(-1)).toMatchObject({ level: 3, text: 'e1000: x -5' });
    variadic(k, '_printk', [cstr(k, 'no level\n')]);
    expect(k.log.at(-1)).toMatchObject({ level: K.LOGLEVEL_WARNING, text: 'no level' });
    const mac = k.kmallocHost(6, 'kmalloc', 't');
    m.writeBytes(mac, Uint8Array.from([0x52, 0x54, 0, 0x12, 0x34, 0x56]));
    variadic(k, '_dev_info', [k.pdev + pci_dev.dev, cstr(k, '%pM\n'), mac]);
    expect(k.log.at(-1)).toMatchObject({ level: K.LOGLEVEL_INFO, text: ' 0000:00:03.0: 52:54:00:12:34:56' }); // no driver bound yet
    const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    variadic(k, 'netdev_err', [dev, cstr(k, 'ring %u\n'), 3]);
    expect(k.log.at(-1)).toMatchObject({ level: K.LOGLEVEL_ERR, text: '(unnamed net_device) (uninitialized): ring 3' });
  });

  it('strscpy: the length, or -E2BIG truncated and terminated; strncpy pads with NULs; strchr finds the terminator', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dst = k.kmallocHost(16, 'kmalloc', 't'), src = cstr(k, 'e1000e');
    m.writeBytes(dst, new Uint8Array(16).fill(0x55));
    expect(call(k, 'strscpy', [dst, src, 16])).toBe(6);
    expect(readCString(m, dst, 16)).toBe('e1000e');
    expect(call(k, 'strscpy', [dst, src, 4]) | 0).toBe(-K.E2BIG);
    expect([...m.readBytes(dst, 4)]).toEqual([0x65, 0x31, 0x30, 0]);
    expect(call(k, 'strscpy', [dst, src, 0]) | 0).toBe(-K.E2BIG);
    m.writeBytes(dst, new Uint8Array(16).fill(0x55));
    call(k, 'strncpy', [dst, src, 10]);
    expect([...m.readBytes(dst, 11)]).toEqual([0x65, 0x31, 0x30, 0x30, 0x30, 0x65, 0, 0, 0, 0, 0x55]);
    expect(call(k, 'strchr', [src, 0x30])).toBe(src + 2);
    expect(call(k, 'strchr', [src, 0])).toBe(src + 6);
    expect(call(k, 'strchr', [src, 0x7a])).toBe(0);
    const bits = k.kmallocHost(8, 'kmalloc', 't');
    m.write32(bits, 0x00000100); m.write32(bits + 4, 0x00000003);
    expect(call(k, '_find_next_bit', [bits, 64, 0])).toBe(8);
    expect(call(k, '_find_next_bit', [bits, 64, 9])).toBe(32);
    expect(call(k, '_find_next_bit', [bits, 33, 34])).toBe(33);
  });
});

describe('memory', () => {
  it('kmalloc(0) is ZERO_SIZE_PTR; kfree of NULL and of it is nothing; __GFP_ZERO zeroes; a double kfree is reported', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    expect(call(k, '__kmalloc', [0, K.GFP_KERNEL])).toBe(16);
    call(k, 'kfree', [0]);
    call(k, 'kfree', [16]);
    const p = call(k, '__kmalloc', [100, K.GFP_KERNEL | K.__GFP_ZERO]);
    expect([...m.readBytes(p, 100)].every((b) => b === 0)).toBe(true);
    call(k, 'kfree', [p]);
    expect(k.problems).toEqual([]);
    call(k, 'kfree', [p]);
    expect(k.problems.length).toBe(1);
    call(k, '__kmalloc', [32, K.GFP_KERNEL], 'softirq');
    expect(k.problems.some((x) => /sleeping function called from invalid context: __kmalloc/.test(x))).toBe(true);
  });

  it('vzalloc: zeroed, page aligned, a vmalloc address (is_vmalloc_addr) until vfree', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const v = call(k, 'vzalloc', [10000]);
    expect(v % 4096).toBe(0);
    expect([...m.readBytes(v, 10000)].every((b) => b === 0)).toBe(true);
    expect(call(k, 'is_vmalloc_addr', [v + 9999]) & 0xff).toBe(1);
    expect(call(k, 'is_vmalloc_addr', [k.pdev]) & 0xff).toBe(0);
    call(k, 'vfree', [v]);
    expect(k.leaks()).toEqual([]);
    const pg = call(k, '__alloc_pages', [K.GFP_KERNEL, 0, 0, 0]);
    expect(call(k, 'page_address', [pg])).toBe(k.pages.pageToVirt(pg));
  });
});

describe('module parameters', () => {
  function param(k: Dom0Kernel, arg: number): number {
    const kp = k.kmallocHost(SIZEOF.kernel_param, 'kmalloc', 'kp', { zero: true });
    k.mem.write32(kp + kernel_param.name, cstr(k, 'Speed'));
    k.mem.write32(kp + kernel_param.arg, arg);
    return kp;
  }

  it('int and uint: kstrto* with base 0, -EINVAL and -ERANGE; get prints the value and a newline', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const v = k.kmallocHost(4, 'kmalloc', 'v'), kp = param(k, v), buf = k.kmallocHost(64, 'kmalloc', 'b');
    expect(call(k, 'param_set_int', [cstr(k, '0x10'), kp])).toBe(0);
    expect(m.read32(v)).toBe(16);
    expect(call(k, 'param_set_int', [cstr(k, '-010\n'), kp])).toBe(0);
    expect(m.read32(v) | 0).toBe(-8);
    expect(call(k, 'param_get_int', [buf, kp])).toBe(3);
    expect(readCString(m, buf, 8)).toBe('-8\n');
    expect(call(k, 'param_set_int', [cstr(k, '12a'), kp]) | 0).toBe(-K.EINVAL);
    expect(call(k, 'param_set_int', [cstr(k, '3000000000'), kp]) | 0).toBe(-K.ERANGE);
    expect(call(k, 'param_set_uint', [cstr(k, '3000000000'), kp])).toBe(0);
    expect(call(k, 'param_set_uint', [cstr(k, '-1'), kp]) | 0).toBe(-K.EINVAL);
  });

  it('arrays: elements set in turn, *num counting them; element max + 1 is refused after the first max', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const elems = k.kmallocHost(12, 'kmalloc', 'e', { zero: true }), num = k.kmallocHost(4, 'kmalloc', 'n', { zero: true });
    const arr = k.kmallocHost(SIZEOF.kparam_array, 'kmalloc', 'arr', { zero: true });
    m.write32(arr + kparam_array.max, 3);
    m.write32(arr + kparam_array.elemsize, 4);
    m.write32(arr + kparam_array.num, num);
    m.write32(arr + kparam_array.ops, k.exports.get('param_ops_int')!);
    m.write32(arr + kparam_array.elem, elems);
    const kp = param(k, arr), buf = k.kmallocHost(64, 'kmalloc', 'b');
    expect(call(k, 'param_array_set', [cstr(k, '1,-2,3'), kp])).toBe(0);
    expect([m.read32(elems), m.read32(elems + 4) | 0, m.read32(elems + 8), m.read32(num)]).toEqual([1, -2, 3, 3]);
    expect(call(k, 'param_array_get', [buf, kp])).toBe(7);
    expect(readCString(m, buf, 16)).toBe('1,-2,3\n');
    expect(call(k, 'param_array_set', [cstr(k, '4,x'), kp]) | 0).toBe(-K.EINVAL);
    expect([m.read32(elems), m.read32(num)]).toEqual([4, 1]);
    expect(call(k, 'param_array_set', [cstr(k, '5,6,7,8'), kp]) | 0).toBe(-K.EINVAL);
    expect([m.read32(elems + 8), m.read32(num)]).toEqual([7, 3]);
    expect(k.log.some((e) => e.text === 'Speed: can only take 3 arguments')).toBe(true);
  });
});
