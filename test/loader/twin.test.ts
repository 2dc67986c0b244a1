// Issue 6: one rewritten module bound as two instances, the SVM runtime (stlb hit, miss,
// collision, straddling access, windows), upcalls with 0..6 arguments and a 64-bit result, every
// safety-event path (return-site CFI and the frame-pointer check included), and both instances
// computing the same results on the same dom0 data.

import { beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, verifyObject } from '../../src/verifier/index.js';
import { twinRig, HV_STACK, type TwinRig } from '../support/twin.js';

let rig: TwinRig;
beforeAll(() => { rig = twinRig(); });

const u32 = (x: number) => x >>> 0;

describe('two instances of one module', () => {
  it('the hypervisor instance is code only, at a constant offset, and runs in a guest context', () => {
    expect(rig.twin.hv.images.every((i) => i.exec)).toBe(true);
    expect(rig.twin.hvAddress('sum_list') - rig.twin.vmAddress('sum_list')).toBe(rig.twin.codeOffset);
    // Its text is not visible to the guest's user mode and not mapped in dom0's module area.
    expect(rig.guest.translate(rig.twin.hvAddress('sum_list'))!.flags & 4).toBe(0);
  });
  it('both instances compute the same results on the same dom0 data', () => {
    const nodes = rig.twin.vmAddress('nodes');
    for (let i = 0; i < 10; i++) {
      rig.dom0.write32(nodes + 8 * i, i * 11);
      rig.dom0.write32(nodes + 8 * i + 4, i < 9 ? nodes + 8 * (i + 1) : 0);
    }
    for (const [fn, args] of [['sum_list', [nodes]], ['fill_table', [3]], ['call_module_fp', [21]], ['name_len', [2]], ['stack_index', [5]]] as const) {
      const a = rig.call('vm', fn, [...args]);
      const b = rig.call('hv', fn, [...args]);
      expect(a.reason, fn).toBe('return');
      expect(b.reason, fn).toBe('return');
      expect(u32(b.eax), fn).toBe(u32(a.eax));
    }
    expect(rig.safety.events).toEqual([]);
    // The hypervisor instance's data accesses went through windows, not dom0 addresses.
    expect(rig.twin.hvRuntime.stats.windows).toBeGreaterThan(3);
    expect(rig.twin.hvRuntime.stats.fills).toBeGreaterThan(3);
  });
  it('writes by the hypervisor instance land in dom0 memory', () => {
    rig.call('hv', 'fill_table', [5]);
    const table = rig.twin.vmAddress('table');
    expect(rig.dom0.read32(table + 4 * 97)).toBe(97 * 5);
  });
});

describe('stlb behaviour', () => {
  it('a second run hits: no new fills for the same pages', () => {
    rig.call('hv', 'fill_table', [1]);
    const before = rig.twin.hvRuntime.stats.slowCalls;
    rig.call('hv', 'fill_table', [2]);
    expect(rig.twin.hvRuntime.stats.slowCalls).toBe(before);
  });
  it('a collision (same index bits, another page) is refilled from the chain', () => {
    // Two dom0 pages 16 MiB apart share stlb index bits 12..23.
    const a = 0xc4000000, b = 0xc5000000;
    rig.dom0.mapNew(a, 4096);
    rig.dom0.mapNew(b, 4096);
    rig.dom0.write32(a, 40);
    rig.dom0.write32(b, 2);
    const c0 = rig.twin.hvRuntime.stats.collisions;
    const w0 = rig.twin.hvRuntime.stats.windows;
    expect(rig.call('hv', 'collide', [a, b]).eax).toBe(82);
    // The entry now holds b's page; a's next lookup misses and is refilled from the chain (no
    // new window), and so is b's after it.
    expect(rig.call('hv', 'collide', [a, b]).eax).toBe(82);
    expect(rig.twin.hvRuntime.stats.collisions).toBeGreaterThanOrEqual(c0 + 2);
    expect(rig.twin.hvRuntime.stats.windows).toBe(w0 + 2);
  });
  it('an access straddling two dom0 pages reads both (the 2-page window)', () => {
    const p = 0xc6000000;
    rig.dom0.mapNew(p, 8192);
    rig.dom0.writeBytes(p + 4094, [0x11, 0x22, 0x33, 0x44]);
    const r = rig.call('hv', 'straddle', [p]);
    expect(r.reason).toBe('return');
    expect(u32(r.eax)).toBe(0x44332211);
  });
});

describe('window reclamation', () => {
  // A list with one node per dom0 page: sum_list touches one new page per node.
  const listOnPages = (base: number, n: number): number => {
    rig.dom0.mapNew(base, n * 4096);
    for (let i = 0; i < n; i++) {
      rig.dom0.write32(base + 4096 * i, 1);
      rig.dom0.write32(base + 4096 * i + 4, i < n - 1 ? base + 4096 * (i + 1) : 0);
    }
    return base;
  };
  it('windows are reclaimed between invocations: many invocations over more pages than the area holds all compute right', () => {
    // The rig's area holds 85 windows (1 MiB of 3-page windows): 4 x 40 pages needs reclaiming.
    const f0 = rig.twin.hvRuntime.stats.flushes;
    for (let k = 0; k < 4; k++) {
      const r = rig.call('hv', 'sum_list', [listOnPages(0xc8000000 + k * 0x100000, 40)]);
      expect(r.reason).toBe('return');
      expect(r.eax).toBe(40);
    }
    expect(rig.twin.hvRuntime.stats.flushes).toBeGreaterThan(f0);
    expect(rig.safety.events).toEqual([]);
  });
  it('an invocation that needs more windows than the area holds is aborted, never served by moving windows under it', () => {
    const f0 = rig.twin.hvRuntime.stats.flushes;
    const r = rig.call('hv', 'sum_list', [listOnPages(0xc9000000, 120)]);
    expect(r.reason).not.toBe('return');
    const e = rig.safety.events.pop()!;
    expect(e.kind).toBe('svm-access');
    expect(e.detail).toMatch(/window area \(85 windows\) is exhausted within one driver invocation/);
    // At most the reclaim at its start: nothing was flushed while it ran.
    expect(rig.twin.hvRuntime.stats.flushes).toBeLessThanOrEqual(f0 + 1);
    // The next invocation starts with the area reclaimed and runs.
    const ok = rig.call('hv', 'sum_list', [listOnPages(0xca000000, 30)]);
    expect(ok.reason).toBe('return');
    expect(ok.eax).toBe(30);
    expect(rig.safety.events).toEqual([]);
  });
});

describe('upcalls', () => {
  it('0 and 6 arguments, a 64-bit result; the routine runs in dom0', () => {
    rig.kernelCalls.length = 0;
    expect(rig.call('hv', 'up0').eax).toBe(0);
    expect(rig.call('hv', 'up6', [10]).eax).toBe(10 + 11 + 12 + 13 + 14 + 15);
    const r = rig.call('hv', 'up64', [7]);
    expect([r.eax, r.edx]).toEqual([21, 0x1234]);
    expect(rig.kernelCalls).toEqual(['k_zero@dom0', 'k_add6@dom0', 'k_u64@dom0']);
    expect(rig.twin.upcalls.counts.get('k_add6')).toBe(1);
    // The VM instance calls the same routines directly.
    expect(rig.call('vm', 'up6', [1]).eax).toBe(21);
  });
  it('a function pointer to a kernel routine goes through stlb_call to its upcall stub', () => {
    expect(rig.call('hv', 'call_kernel_fp', [8]).eax).toBe(16);
    expect(rig.call('vm', 'call_kernel_fp', [8]).eax).toBe(16);
  });
});

describe('safety events', () => {
  const last = () => rig.safety.events[rig.safety.events.length - 1]!;
  it('access to hypervisor memory', () => {
    // Above the driver's stack and the hypervisor's stub area: hypervisor memory the driver never owns.
    for (const a of [HV_STACK.hi + 16, 0xfc200000 + 8]) {
      const r = rig.call('hv', 'load_at', [a]);
      expect(r.reason).toBe('fault');
      expect(last()).toMatchObject({ kind: 'svm-access', instance: 'hv', address: a });
      expect(last().detail).toMatch(/hypervisor memory/);
      expect(last().line).toBeGreaterThan(0);
    }
  });
  it('the running invocation\'s own stack is addressable (a pointer to a local)', () => {
    const r = rig.call('hv', 'load_at', [HV_STACK.hi - 4096 + 16]);
    expect(r.reason).toBe('return');
  });
  it('access to an unmapped dom0 address and to another domain\'s frame', () => {
    expect(rig.call('hv', 'load_at', [0xc7000000]).reason).toBe('fault');
    expect(last().detail).toMatch(/not mapped in dom0/);
    rig.dom0.map(0xc7800000, rig.guestFrame);
    expect(rig.call('hv', 'load_at', [0xc7800000]).reason).toBe('fault');
    expect(last().detail).toMatch(/which dom0 does not own/);
  });
  it('indirect call into the middle of module code, and to a non-code address', () => {
    rig.dom0.write32(rig.twin.vmAddress('fp_bad'), rig.twin.vmAddress('sum_list') + 3);
    expect(rig.call('hv', 'call_bad_fp', [1]).reason).toBe('fault');
    expect(last().kind).toBe('bad-target');
    rig.dom0.write32(rig.twin.vmAddress('fp_bad'), 0xc1234560);
    expect(rig.call('hv', 'call_bad_fp', [1]).reason).toBe('fault');
    expect(last().kind).toBe('indirect-target');
  });
  it('stack-indexed access outside the driver stack', () => {
    expect(rig.call('hv', 'stack_index', [0x1000000]).reason).toBe('fault');
    expect(last().kind).toBe('stack-bounds');
  });
  // smash(i, v) stores buf[i] = v, buf at -16(%ebp): i = 4 is its saved %ebp, i = 5 its return
  // address (gcc -O2 with the kernel flags: pushl %ebp; movl %esp,%ebp; subl $16,%esp).
  it('a stack store over its own return address: the ret is aborted (bad-return), not taken', () => {
    // The module verifies: a store anywhere in the driver stack is allowed, the return is checked.
    expect(formatViolations(verifyObject(rig.obj))).toBe('');
    const intoText = rig.twin.hvAddress('sum_list');
    expect(rig.call('hv', 'smash', [5, intoText]).reason).toBe('fault');
    expect(last()).toMatchObject({ kind: 'bad-return', instance: 'hv', address: intoText });
    expect(last().detail).toMatch(/not a return site/);
    expect(last().line).toBeGreaterThan(0);
    // Out of the instance's text: only back to the hypervisor's call (not to a dom0 routine, not
    // into hypervisor memory).
    for (const out of [0xc0f00000, HV_STACK.lo + 64]) {
      expect(rig.call('hv', 'smash', [5, out]).reason).toBe('fault');
      expect(last()).toMatchObject({ kind: 'bad-return', instance: 'hv', address: out });
      expect(last().detail).toMatch(/not where the invocation came from/);
    }
    // The VM instance checks its returns into module text the same way.
    expect(rig.call('vm', 'smash', [5, rig.twin.vmAddress('sum_list')]).reason).toBe('fault');
    expect(last()).toMatchObject({ kind: 'bad-return', instance: 'vm', address: rig.twin.vmAddress('sum_list') });
    // In the buffer, and over the saved %ebp of a function whose caller is the hypervisor: returns.
    const events = rig.safety.events.length;
    expect(rig.call('hv', 'smash', [1, 9]).reason).toBe('return');
    expect(rig.call('hv', 'smash', [4, 0xdead0000]).reason).toBe('return');
    expect(rig.safety.events.length).toBe(events);
  });
  it('a stack store over a saved %ebp: the caller checks %ebp at the return site, before it uses its frame', () => {
    expect(rig.call('hv', 'smash_caller', [1, 9]).eax).toBe(7);
    for (const ebp of [0xc0000000, HV_STACK.hi + 0x1000]) {
      expect(rig.call('hv', 'smash_caller', [4, ebp]).reason).toBe('fault');
      expect(last()).toMatchObject({ kind: 'stack-bounds', instance: 'hv', address: ebp });
    }
  });
  it('a pointer into the hypervisor stack passed to a dom0 routine', () => {
    expect(rig.call('hv', 'up_stack_pointer').reason).toBe('fault');
    expect(last().kind).toBe('upcall-pointer');
    // In the VM instance the same call is ordinary (dom0's own stack).
    expect(rig.call('vm', 'up_stack_pointer').eax).toBe(10);
  });
});
