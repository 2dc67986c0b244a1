// The hypervisor instance of the sample driver on the platform (twin configuration), with the
// hypervisor's C runtime (platform-c/hv): the running invocation's stack gets identity stlb
// entries only while it runs (the same rule as the native runtime, twin/svm-stack.h); a dom0
// routine gets a pointer into that stack only through a bounce buffer when the platform knows its
// extent (strlcpy), and is refused by name and argument otherwise (sprintf); the driver's
// virtual interrupt flag defers its interrupt handler; the port-I/O helpers reach the NIC's I/O
// BAR and nothing else.

import { beforeAll, describe, expect, it } from 'vitest';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { HV_MAP } from '../../src/platform/hypervisor/layout.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';
import { PAGE_SIZE, STLB_ENTRY_BYTES, SYM } from '../../src/svm-runtime/abi.js';

let h: PlatformHandle;
beforeAll(() => {
  runConfig({ config: 'twin', packets: 4, size: 200, objects: driverObjects(undefined), direction: 'tx', onReady: (x) => { h = x; } });
}, 120_000);

const hvOf = () => h.hypervisor!;

describe('the running invocation\'s stack in the C slow path', () => {
  it('an address of the driver stack translates to itself only while an invocation runs, and its entry is dropped after', () => {
    const hv = hvOf();
    const va = HV_MAP.stackHi - 3 * PAGE_SIZE + 0x123;
    expect(hv.callHv('svm_translate_host', [va])).toBe(0);
    hv.callHv('svm_stack_enter', []);
    expect(hv.callHv('svm_translate_host', [va]) >>> 0).toBe(va >>> 0);
    // Neither the guard above the stack, nor the hypervisor's own stack, nor its data.
    expect(hv.callHv('svm_translate_host', [HV_MAP.stackHi + 16])).toBe(0);
    expect(hv.callHv('svm_translate_host', [HV_MAP.xenStackHi - 64])).toBe(0);
    expect(hv.callHv('svm_translate_host', [HV_MAP.cImage + 0x100])).toBe(0);
    const stlb = hv.image.sym('__svm_stlb') + ((va >>> 12) & 0xfff) * STLB_ENTRY_BYTES;
    expect(hv.region.view.read32(stlb) >>> 0).toBe((va & ~0xfff) >>> 0);
    expect(hv.region.view.read32(stlb + 4) >>> 0).toBe((va & ~0xfff) >>> 0);
    hv.callHv('svm_stack_leave', []);
    expect(((hv.region.view.read32(stlb) >>> 12) & 0xfff)).not.toBe((va >>> 12) & 0xfff);
    expect(hv.callHv('svm_translate_host', [va])).toBe(0);
    expect(hv.inst!.hvRuntime.auditStlb()).toEqual([]);
  });
});

describe('the sample driver\'s memset of a local and its upcalls with pointers into the stack', () => {
  it('the ethtool GDRVINFO path in the hypervisor instance: the local is cleared and filled, copy_from_user and strlcpy bounced, sprintf refused by name', () => {
    const hv = hvOf();
    // do_ioctl(netdev, &ifr, SIOCETHTOOL): gcc inlines the ethtool dispatch into e1000like_ioctl.
    const e0 = hv.inst!.hvRuntime.entryFor(h.module.symbols.get('e1000like_ioctl')!);
    expect(e0).toHaveProperty('va');
    const va = (e0 as { va: number }).va;
    const user = h.kernel.allocPage('test user buffer')!.va;
    h.kernel.mem.write32(user, 3); // ETHTOOL_GDRVINFO
    const ifr = user + 0x800;
    h.kernel.mem.write32(ifr + 16, user); // ifr.ifr_data (drivers/e1000like/README.md)
    const up = hv.inst!.upcalls;
    const before = up.counts.get('strlcpy') ?? 0, cfu = up.counts.get('copy_from_user') ?? 0;
    const events = hv.opts.safety.events.length;
    hv.callHv('svm_stack_enter', []);
    const r = hv.invoke(hv.space, va, { 0: h.kernel.netdev, 2: ifr, 1: 0x8946 /* SIOCETHTOOL */ }, 'ethtool ioctl', HV_MAP.xenStackHi - 512);
    hv.callHv('svm_stack_leave', []);
    hv.failed = null;
    hv.region.view.write32(hv.image.sym('hv_driver_dead'), 0);
    // copy_from_user(&ethcmd, ...) bounced; memset(&info) ran on the stack window, get_drvinfo
    // wrote the local through a pointer, two strlcpy(info->driver, ...) bounced;
    // sprintf(info->fw_version, ...) has no extent the platform knows: refused by routine and argument.
    expect(up.counts.get('copy_from_user')! - cfu).toBe(1);
    expect(up.counts.get('strlcpy')! - before).toBe(2);
    expect(up.copied).toBeGreaterThan(0);
    expect(r.ok).toBe(false);
    const e = hv.opts.safety.events.slice(events).find((x) => x.kind === 'upcall-pointer');
    expect(e?.detail).toMatch(/argument 1 \(stack word 0\) of dom0 routine sprintf is 0xff01[0-9a-f]{4}, a pointer into the hypervisor stack: sprintf is not known to access only \[p, p\+n\)/);
  });
});

describe('the driver\'s virtual interrupt flag', () => {
  it('the hypervisor defers the interrupt handler while the instance has its interrupts (virtually) masked', () => {
    const hv = hvOf();
    hv.failed = null;
    hv.region.view.write32(hv.image.sym('hv_driver_dead'), 0);
    const vif = hv.image.sym('svm_vif');
    expect(hv.inst!.hvRuntime.resolve(SYM.vif, { vmTextStart: 0, textSize: 0, instTextStart: 0, fsBase: 0, gsBase: 0 })).toBe(vif);
    h.nic.irq.set(true);
    const deferred = hv.stats.irqDeferred, calls = hv.stats.irqCalls;
    hv.region.view.write8(vif, 1);
    expect(hv.inst!.hvRuntime.vifMasked()).toBe(true);
    expect(hv.callHv('hv_softirq', [4])).toBe(0);
    expect(hv.stats.irqDeferred).toBe(deferred + 1);
    hv.region.view.write8(vif, 0);
    expect(hv.callHv('hv_softirq', [1])).toBe(1);
    expect(hv.stats.irqCalls).toBe(calls + 1);
  });
});

describe('port I/O helpers: the NIC\'s I/O BAR and nothing else', () => {
  it('an access inside the BAR reaches the device, one outside is a port-io safety event', () => {
    const hv = hvOf();
    const rt = hv.inst!.hvRuntime;
    const b = { vmTextStart: 0, textSize: 0, instTextStart: 0, fsBase: 0, gsBase: 0 };
    const inl = rt.resolve('__svm_io_inl', b)!, outb = rt.resolve('__svm_io_outb', b)!;
    const io = h.nic.ioBase;
    const m = h.machine;
    h.nic.configWrite(0x04, 2, h.nic.pciCommand | 1); // I/O space decoding on
    const events = hv.opts.safety.events.length;
    // IOADDR (offset 0) selects a register, IODATA (offset 4) reads it: STATUS at 0x8.
    m.call(hv.space, rt.resolve('__svm_io_outl', b)!, { regs: { 0: 0x8, 2: io }, esp: HV_MAP.stackHi - 64, ring: 0 });
    const r = m.call(hv.space, inl, { regs: { 2: io + 4 }, esp: HV_MAP.stackHi - 64, ring: 0 });
    expect(r.run.reason).toBe('return');
    expect(r.eax >>> 0).toBe(h.nic.peek(0x8) >>> 0);
    const bad = m.call(hv.space, outb, { regs: { 0: 0xff, 2: 0x80 }, esp: HV_MAP.stackHi - 64, ring: 0 });
    expect(bad.run.reason).not.toBe('return');
    const e = hv.opts.safety.events.slice(events).find((x) => x.kind === 'port-io');
    expect(e?.detail).toMatch(/outb on port 0x80 outside the device's I\/O BARs \(0x[0-9a-f]+\+64\)/);
    // A 32-bit access straddling the BAR's end is outside too.
    const edge = m.call(hv.space, inl, { regs: { 2: io + 62 }, esp: HV_MAP.stackHi - 64, ring: 0 });
    expect(edge.run.reason).not.toBe('return');
  });
});
