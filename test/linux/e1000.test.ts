// The real Linux 6.1 e1000 (the committed gcc output of its four units, linked as one module) on the
// modeled dom0 speaking Linux 6.1, against the 82540EM model: its initcall registers the PCI
// driver, whose probe runs to register_netdev (the original code natively, and the rewritten
// driver's VM instance); open, link-up by its watchdog work, transmit and NAPI receive; close and
// removal leave nothing behind.

import { describe, expect, it } from 'vitest';
import { finishVm, prepareVm } from '../../src/loader/twin.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { net_device, netdev_queue, pci_dev } from '../../src/platform/linux/layout.generated.js';
import { readCString } from '../../src/platform/mem.js';
import { writeTestFrame, TEST_ETHERTYPE } from '../../src/platform/nic/wire.js';
import { SafetyLog } from '../../src/svm-runtime/runtime.js';
import { e1000Module, linuxPlatform, probedE1000 } from './setup.js';

const PEER = Uint8Array.from([2, 0, 0, 0, 10, 1]);

describe('the e1000 probe on the modeled Linux 6.1 dom0', () => {
  it('runs natively to register_netdev: eth0 with the EEPROM MAC, both BARs claimed, NAPI listed', () => {
    const p = probedE1000(linuxPlatform({ nic: { mac: [0x52, 0x54, 0x00, 0x12, 0x34, 0x56] } }));
    const k = p.kernel, m = k.mem, dev = k.netdev;
    expect(dev).not.toBe(0);
    expect(readCString(m, dev + net_device.name, 16)).toBe('eth0');
    expect([...m.readBytes(m.read32(dev + net_device.dev_addr), 6)]).toEqual([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);
    expect([...m.readBytes(dev + net_device.perm_addr, 6)]).toEqual([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);
    expect(m.read32(k.pdev + pci_dev.driver)).not.toBe(0);
    expect(m.read32(k.pdev + pci_dev.enable_cnt)).toBe(1);
    expect(p.nic.pciCommand & 0x7).toBe(0x7); // I/O, memory, bus master: need_ioport on the 82540EM
    expect(k.log.some((e) => e.text === 'e1000 0000:00:03.0 eth0: (PCI:33MHz:32-bit) 52:54:00:12:34:56')).toBe(true);
    expect(k.log.some((e) => e.text.endsWith('eth0: Intel(R) PRO/1000 Network Connection'))).toBe(true);
    // carrier off until the link is up (probe calls netif_carrier_off after registering)
    expect(k.carrierOk()).toBe(false);
    expect(k.problems).toEqual([]);
  });

  it('runs the rewritten driver\'s VM instance (identity stlb) to register_netdev', () => {
    const objects = driverObjects('e1000');
    const p = linuxPlatform(), k = p.kernel, safety = new SafetyLog();
    const prep = prepareVm(p.machine, objects.rewritten, { space: k.space, moduleBase: 0xe0000000, runtime: { dataBase: 0xcf000000, hookBase: 0xcf800000 }, fsBase: k.fsBase }, safety);
    finishVm(prep, k.loadModule(objects.rewritten, 0xe0000000, { runtime: { resolve: prep.resolve } }));
    const r = k.initModule();
    // Calls between its parts (e1000_main -> e1000_hw) return through checked module `ret`s.
    expect(r, k.logText()).toMatchObject({ ok: true, value: 0 });
    expect(readCString(k.mem, k.netdev + net_device.name, 16)).toBe('eth0');
    expect(safety.events).toEqual([]);
  });
});

describe('the e1000 on the modeled dom0, natively', () => {
  it('opens, links up, transmits and receives through NAPI; close and removal leave nothing', () => {
    const p = probedE1000(), k = p.kernel, m = k.mem;
    const o = k.open();
    expect(o).toMatchObject({ ok: true, value: 0 });
    expect(m.read32(k.netdev + net_device.flags) & 1).toBe(1); // IFF_UP
    for (let ms = 0; ms < 100 && !k.carrierOk(); ms++) k.advance(1);
    expect(k.carrierOk()).toBe(true);
    expect(k.log.some((e) => /NIC Link is Up 1000 Mbps Full Duplex/.test(e.text))).toBe(true);

    const frame = new Uint8Array(600);
    for (let i = 0; i < 20; i++) {
      writeTestFrame({ dst: PEER, src: p.nic.mac, stream: 1, seq: i, size: frame.length }, frame);
      const skb = k.buildSkb(frame);
      const t = k.transmit(skb);
      if (t.status !== 'ok') { k.freeSkb(skb); throw new Error(JSON.stringify(t)); }
    }
    k.advance(2);
    expect(p.wire.length).toBe(20);
    expect(p.wire[7]!.subarray(0, 6)).toEqual(PEER);
    const q = m.read32(k.netdev + net_device._tx);
    expect(m.read32(q + netdev_queue.trans_start)).not.toBe(0);

    for (let i = 0; i < 20; i++) {
      writeTestFrame({ dst: p.nic.mac, src: PEER, stream: 100, seq: i, size: frame.length }, frame);
      expect(p.nic.deliver(frame)).toBe('accepted');
    }
    k.serviceInterrupts();
    const got = k.takeReceived();
    expect(got.length).toBe(20);
    expect(got[3]!.bytes.length).toBe(frame.length);
    expect(got[3]!.protocol).toBe(((TEST_ETHERTYPE & 0xff) << 8) | (TEST_ETHERTYPE >> 8)); // __be16 as stored
    expect(got[3]!.pktType).toBe(0); // PACKET_HOST
    expect(k.counters.irqHandled).toBeGreaterThan(0);

    expect(k.close()).toMatchObject({ ok: true, value: 0 });
    expect(k.removeModule()).toMatchObject({ ok: true });
    expect(k.leaks()).toEqual([]);
    expect(k.problems).toEqual([]);
    expect(k.oops).toBeNull();
  });

  it('module parameters reach the driver as parse_args sets them (e1000.TxDescriptors)', () => {
    const p = linuxPlatform(), k = p.kernel;
    k.loadModule(e1000Module(), undefined, { params: { 'e1000.TxDescriptors': '128', 'e1000.NoSuchParam': '1' } });
    expect(k.initModule()).toMatchObject({ ok: true, value: 0 });
    expect(k.log.some((e) => e.text === "Unknown parameter `e1000.NoSuchParam'")).toBe(true);
    expect(k.log.some((e) => /Transmit Descriptors set to 128/.test(e.text))).toBe(true);
  });
});
