// The Linux 6.1 ABI's PCI core and net device routines against what Linux does
// (src/platform/dom0/linux61/REFERENCE.md "PCI", "Net devices"), called as driver code calls them.

import { describe, expect, it } from 'vitest';
import {
  LINUX as K, SIZEOF, dev_pm_info, device, dql, net_device, netdev_queue, pci_dev, pci_driver, pci_device_id,
} from '../../src/platform/linux/layout.generated.js';
import { readCString } from '../../src/platform/mem.js';
import { assembleModule } from '../platform/setup.js';
import { call, linuxPlatform } from './setup.js';

const F64 = (bit: number): bigint => 1n << BigInt(bit);
const read64 = (m: { read32(va: number): number }, va: number): bigint => BigInt(m.read32(va)) | (BigInt(m.read32(va + 4)) << 32n);

describe('PCI core', () => {
  it('the 82540EM as enumeration leaves it: ids, class, both BARs as resources, the PM capability, wakeup capable', () => {
    const { kernel: k, nic } = linuxPlatform(), m = k.mem, p = k.pdev;
    expect(m.read16(p + pci_dev.vendor)).toBe(0x8086);
    expect(m.read16(p + pci_dev.device)).toBe(0x100e);
    expect(m.read32(p + pci_dev.class)).toBe(0x020000);
    const res = (i: number, f: 'start' | 'end' | 'flags'): number => m.read32(p + pci_dev.resource + i * SIZEOF.resource + ({ start: 0, end: 4, flags: 12 } as const)[f]);
    expect([res(0, 'start'), res(0, 'end')]).toEqual([k.mmioBase, k.mmioBase + 0x1ffff]);
    expect(res(0, 'flags') & (K.IORESOURCE_MEM | K.IORESOURCE_IO)).toBe(K.IORESOURCE_MEM);
    expect([res(1, 'start'), res(1, 'end')]).toEqual([nic.ioBase, nic.ioBase + 0x3f]);
    expect(res(1, 'flags') & (K.IORESOURCE_MEM | K.IORESOURCE_IO)).toBe(K.IORESOURCE_IO);
    expect(m.read8(p + pci_dev.pm_cap)).toBe(0xdc);
    expect(readCString(m, m.read32(p + pci_dev.dev), 32)).toBe('0000:00:03.0');
    expect(call(k, 'pci_select_bars', [p, K.IORESOURCE_MEM])).toBe(1);
    expect(call(k, 'pci_select_bars', [p, K.IORESOURCE_MEM | K.IORESOURCE_IO])).toBe(3);
    expect(readCString(m, call(k, 'dev_driver_string', [p + pci_dev.dev]), 8)).toBe('');
  });

  it('enable counts; the first sets the decoding the flags ask for; disable clears bus mastering only at 0', () => {
    const { kernel: k, nic } = linuxPlatform(), m = k.mem, p = k.pdev;
    expect(call(k, 'pci_enable_device_mem', [p])).toBe(0);
    expect(nic.pciCommand & 3).toBe(K.PCI_COMMAND_MEMORY);
    expect(call(k, 'pci_enable_device', [p])).toBe(0); // second: counted only
    expect(nic.pciCommand & 3).toBe(K.PCI_COMMAND_MEMORY);
    expect(m.read32(p + pci_dev.enable_cnt)).toBe(2);
    call(k, 'pci_set_master', [p]);
    expect(nic.pciCommand & K.PCI_COMMAND_MASTER).toBe(K.PCI_COMMAND_MASTER);
    call(k, 'pci_disable_device', [p]);
    expect(nic.pciCommand & K.PCI_COMMAND_MASTER).toBe(K.PCI_COMMAND_MASTER);
    call(k, 'pci_disable_device', [p]);
    expect(nic.pciCommand & (K.PCI_COMMAND_MASTER | K.PCI_COMMAND_MEMORY)).toBe(K.PCI_COMMAND_MEMORY);
    call(k, 'pci_disable_device', [p]);
    expect(k.problems.some((x) => /disabling already-disabled device/.test(x))).toBe(true);
  });

  it('regions are reserved per BAR; a second reservation is -EBUSY and takes nothing', () => {
    const { kernel: k } = linuxPlatform(), p = k.pdev;
    const name = k.kmallocHost(8, 'kmalloc', 't');
    k.mem.writeBytes(name, Uint8Array.from([0x65, 0x31, 0]));
    expect(call(k, 'pci_request_selected_regions', [p, 1, name])).toBe(0);
    expect(call(k, 'pci_request_selected_regions', [p, 3, name]) | 0).toBe(-K.EBUSY);
    call(k, 'pci_release_selected_regions', [p, 1]);
    expect(call(k, 'pci_request_selected_regions', [p, 3, name])).toBe(0);
    call(k, 'pci_release_selected_regions', [p, 3]);
    call(k, 'pci_release_selected_regions', [p, 2]);
    expect(k.problems.some((x) => /Trying to free nonexistent resource <BAR 1/.test(x))).toBe(true);
  });

  it('pci_ioremap_bar maps the memory BAR (the device answers through it) and refuses the I/O BAR', () => {
    const { kernel: k, nic } = linuxPlatform();
    call(k, 'pci_enable_device', [k.pdev]);
    const va = call(k, 'pci_ioremap_bar', [k.pdev, 0]);
    expect(va).not.toBe(0);
    expect(k.mem.read32(va + 8)).toBe(nic.read(8, 4)); // STATUS
    expect(call(k, 'pci_ioremap_bar', [k.pdev, 1])).toBe(0);
    expect(k.log.some((e) => /can't ioremap BAR 1/.test(e.text))).toBe(true);
    call(k, 'iounmap', [va]);
    call(k, 'iounmap', [0]); // NULL: nothing
    call(k, 'iounmap', [va]);
    expect(k.problems.filter((x) => /iounmap: bad address/.test(x)).length).toBe(1);
  });

  it('config reads, MWI, PCI-X (absent), power states and wake-up', () => {
    const { kernel: k, nic } = linuxPlatform(), m = k.mem, p = k.pdev;
    const val = k.kmallocHost(4, 'kmalloc', 't');
    expect(call(k, 'pci_read_config_word', [p, 0, val])).toBe(0);
    expect(m.read16(val)).toBe(0x8086);
    expect(call(k, 'pci_read_config_word', [p, 3, val])).toBe(K.PCIBIOS_BAD_REGISTER_NUMBER);
    expect(call(k, 'pci_set_mwi', [p])).toBe(0);
    expect(nic.pciCommand & K.PCI_COMMAND_INVALIDATE).toBe(K.PCI_COMMAND_INVALIDATE);
    call(k, 'pci_clear_mwi', [p]);
    expect(nic.pciCommand & K.PCI_COMMAND_INVALIDATE).toBe(0);
    expect(call(k, 'pcix_get_mmrbc', [p]) | 0).toBe(-K.EINVAL);
    expect(call(k, 'pcix_set_mmrbc', [p, 2048]) | 0).toBe(-K.EINVAL);
    expect(call(k, 'pci_set_power_state', [p, K.PCI_D1]) | 0).toBe(-K.EIO); // no D1 support
    expect(call(k, 'pci_set_power_state', [p, K.PCI_D3hot])).toBe(0);
    expect(nic.configRead(0xdc + K.PCI_PM_CTRL, 2) & 3).toBe(3);
    expect(m.read32(p + pci_dev.current_state)).toBe(K.PCI_D3hot);
    expect(call(k, 'pci_set_power_state', [p, K.PCI_D0])).toBe(0);
    expect(m.read32(p + pci_dev.current_state)).toBe(K.PCI_D0);
    // wake-up needs a wakeup source; then PME# enabled, disabled again
    expect(call(k, 'pci_enable_wake', [p, K.PCI_D3hot, 1]) | 0).toBe(-K.EINVAL);
    expect(call(k, 'device_set_wakeup_enable', [p + pci_dev.dev, 1])).toBe(0);
    expect(m.read32(p + pci_dev.dev + device.power + dev_pm_info.wakeup)).not.toBe(0);
    expect(call(k, 'device_set_wakeup_enable', [p + pci_dev.dev, 1]) | 0).toBe(-K.EEXIST);
    expect(call(k, 'pci_wake_from_d3', [p, 1])).toBe(0);
    expect(nic.configRead(0xdc + K.PCI_PM_CTRL, 2) & K.PCI_PM_CTRL_PME_ENABLE).toBe(K.PCI_PM_CTRL_PME_ENABLE);
    expect(call(k, 'pci_enable_wake', [p, K.PCI_D3cold, 0])).toBe(0);
    expect(nic.configRead(0xdc + K.PCI_PM_CTRL, 2) & K.PCI_PM_CTRL_PME_ENABLE).toBe(0);
  });

  it('__pci_register_driver probes the device whose id matches (a positive probe return warns); a failed probe unbinds', () => {
    const d = pci_driver, id = pci_device_id;
    const mod = (ret: number, vendor: number) => assembleModule(`pcidrv${ret}_${vendor}`, `
\t.data
\t.globl probed
probed:\t.long 0, 0, 0
drv:\t.zero ${SIZEOF.pci_driver}
ids:\t.zero ${SIZEOF.pci_device_id * 2}
name:\t.asciz "tdrv"
\t.text
probe:\tmovl %eax, probed
\tmovl %edx, probed+4
\tincl probed+8
\tmovl $${ret}, %eax
\tret
\t.globl init_module
init_module:
\tmovl $name, drv+${d.name}
\tmovl $ids, drv+${d.id_table}
\tmovl $probe, drv+${d.probe}
\tmovl $${vendor}, ids+${id.vendor}
\tmovl $${K.PCI_ANY_ID >>> 0}, ids+${id.device}
\tmovl $${K.PCI_ANY_ID >>> 0}, ids+${id.subvendor}
\tmovl $${K.PCI_ANY_ID >>> 0}, ids+${id.subdevice}
\tmovl $drv, %eax
\txorl %edx, %edx
\tmovl $name, %ecx
\tcall __pci_register_driver
\tret
`);
    for (const [ret, vendor, probes, bound] of [[0, 0x8086, 1, true], [-K.ENOMEM, 0x8086, 1, false], [0, 0x10ec, 0, false], [5, 0x8086, 1, true]] as const) {
      const { kernel: k } = linuxPlatform();
      k.loadModule(mod(ret, vendor));
      expect(k.initModule()).toMatchObject({ ok: true, value: 0 });
      const probed = k.moduleSymbol('probed');
      expect(k.mem.read32(probed + 8)).toBe(probes);
      if (probes) expect(k.mem.read32(probed)).toBe(k.pdev);
      expect(k.mem.read32(k.pdev + pci_dev.driver) !== 0).toBe(bound);
      if (ret < 0) expect(k.log.some((e) => e.text === `tdrv: probe of 0000:00:03.0 failed with error ${ret}`)).toBe(true);
      if (ret > 0) expect(k.log.some((e) => /Driver probe function unexpectedly returned 5/.test(e.text))).toBe(true);
      if (bound) expect(readCString(k.mem, call(k, 'dev_driver_string', [k.pdev + pci_dev.dev]), 8)).toBe('tdrv');
    }
  });
});

describe('net devices', () => {
  function opsStruct(k: ReturnType<typeof linuxPlatform>['kernel']): number {
    return k.kmallocHost(SIZEOF.net_device_ops, 'kmalloc', 'ops', { zero: true });
  }

  it('alloc_etherdev_mqs builds an Ethernet net_device with its private area, address list and tx queues', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    expect(call(k, 'alloc_etherdev_mqs', [100, 0, 1])).toBe(0);
    expect(k.log.some((e) => /Unable to allocate device with zero queues/.test(e.text))).toBe(true);
    const dev = call(k, 'alloc_etherdev_mqs', [100, 1, 1]);
    expect(dev % K.NETDEV_ALIGN).toBe(0);
    expect(readCString(m, dev + net_device.name, 16)).toBe('eth%d');
    expect([m.read32(dev + net_device.mtu), m.read32(dev + net_device.min_mtu), m.read32(dev + net_device.max_mtu)]).toEqual([1500, K.ETH_MIN_MTU, 1500]);
    expect([m.read16(dev + net_device.type), m.read8(dev + net_device.addr_len), m.read16(dev + net_device.hard_header_len)]).toEqual([K.ARPHRD_ETHER, 6, 14]);
    expect(m.read32(dev + net_device.flags)).toBe(K.IFF_BROADCAST | K.IFF_MULTICAST);
    expect(m.read32(dev + net_device.tx_queue_len)).toBe(1000);
    expect([...m.readBytes(dev + net_device.broadcast, 6)]).toEqual([255, 255, 255, 255, 255, 255]);
    const da = m.read32(dev + net_device.dev_addr);
    expect([...m.readBytes(da, 6)]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(m.read32(dev + net_device.dev_addrs)).toBe(da - 20); // the list's first entry holds it (netdev_hw_addr.addr)
    const q = m.read32(dev + net_device._tx);
    expect(m.read32(q + netdev_queue.dev)).toBe(dev);
    expect(m.read32(q + netdev_queue.xmit_lock_owner) | 0).toBe(-1);
    expect(m.read32(q + netdev_queue.dql + dql.max_limit)).toBe(K.DQL_MAX_LIMIT);
    expect(m.read32(q + netdev_queue.dql + dql.slack_hold_time)).toBe(K.HZ);
    expect(m.read8(dev + net_device.reg_state)).toBe(K.NETREG_UNINITIALIZED);
    expect(m.read32(dev + net_device.ethtool_ops)).not.toBe(0);
    // the private area: 100 writable bytes after the aligned struct
    const priv = dev + Math.ceil(SIZEOF.net_device / K.NETDEV_ALIGN) * K.NETDEV_ALIGN;
    m.writeBytes(priv, new Uint8Array(100).fill(7));
    call(k, 'free_netdev', [dev]);
    expect(k.problems).toEqual([]);
    expect(k.leaks()).toEqual([]);
  });

  it('register_netdev names, indexes and sets up features; twice is a BUG; free while registered is a BUG', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const devs = [0, 1].map(() => {
      const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
      m.write32(dev + net_device.netdev_ops, opsStruct(k));
      m.write32(dev + net_device.hw_features, 1 << K.NETIF_F_SG_BIT);
      expect(call(k, 'register_netdev', [dev])).toBe(0);
      return dev;
    });
    expect(devs.map((d) => readCString(m, d + net_device.name, 16))).toEqual(['eth0', 'eth1']);
    expect(devs.map((d) => m.read32(d + net_device.ifindex))).toEqual([2, 3]);
    const d = devs[0]!;
    expect(m.read32(d + net_device.state) & (1 << K.__LINK_STATE_PRESENT)).not.toBe(0);
    const hw = read64(m, d + net_device.hw_features), f = read64(m, d + net_device.features);
    expect(hw & (F64(K.NETIF_F_GSO_BIT) | F64(K.NETIF_F_GRO_BIT) | F64(K.NETIF_F_NOCACHE_COPY_BIT))).toBe(F64(K.NETIF_F_GSO_BIT) | F64(K.NETIF_F_GRO_BIT) | F64(K.NETIF_F_NOCACHE_COPY_BIT));
    // SG was only offered (hw_features), not wanted: netdev_fix_features drops GSO ("Software GSO depends on SG")
    expect(read64(m, d + net_device.wanted_features)).toBe(F64(K.NETIF_F_GSO_BIT) | F64(K.NETIF_F_GRO_BIT));
    expect(f).toBe(F64(K.NETIF_F_GRO_BIT));
    // a VLAN filter without both vid ops is refused
    const bad = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    m.write32(bad + net_device.netdev_ops, opsStruct(k));
    m.write32(bad + net_device.features, 1 << K.NETIF_F_HW_VLAN_CTAG_FILTER_BIT);
    expect(call(k, 'register_netdev', [bad]) | 0).toBe(-K.EINVAL);
    expect(() => call(k, 'register_netdev', [d])).toThrow(/already registered/);
  });

  it('free_netdev of a registered device is a BUG', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    m.write32(dev + net_device.netdev_ops, opsStruct(k));
    call(k, 'register_netdev', [dev]);
    expect(() => call(k, 'free_netdev', [dev])).toThrow(/free_netdev: eth0 is still registered/);
  });

  it('carrier, device presence and queue wake-ups as state bits; counts only for a registered device', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    call(k, 'netif_carrier_off', [dev]);
    expect(m.read32(dev + net_device.state) & (1 << K.__LINK_STATE_NOCARRIER)).not.toBe(0);
    expect(m.read32(dev + net_device.carrier_down_count)).toBe(0); // not registered yet
    m.write32(dev + net_device.netdev_ops, opsStruct(k));
    call(k, 'register_netdev', [dev]);
    call(k, 'netif_carrier_on', [dev]);
    call(k, 'netif_carrier_on', [dev]);
    expect(m.read32(dev + net_device.carrier_up_count)).toBe(1);
    let wakes = 0;
    k.onQueueWake = () => { wakes++; };
    const q = m.read32(dev + net_device._tx);
    call(k, 'netif_tx_wake_queue', [q]);
    expect(wakes).toBe(0); // was not stopped
    m.write32(q + netdev_queue.state, 1 << K.__QUEUE_STATE_DRV_XOFF);
    call(k, 'netif_tx_wake_queue', [q]);
    expect([wakes, m.read32(q + netdev_queue.state)]).toEqual([1, 0]);
    m.write32(q + netdev_queue.state, 1 << K.__QUEUE_STATE_STACK_XOFF);
    call(k, 'netif_schedule_queue', [q]);
    expect(wakes).toBe(1); // stopped by the stack: not scheduled
    // detach / attach of a running device stop and wake its queues
    m.write32(dev + net_device.state, m.read32(dev + net_device.state) | (1 << K.__LINK_STATE_START));
    m.write32(q + netdev_queue.state, 0);
    call(k, 'netif_device_detach', [dev]);
    expect(m.read32(q + netdev_queue.state)).toBe(1 << K.__QUEUE_STATE_DRV_XOFF);
    call(k, 'netif_device_attach', [dev]);
    expect(m.read32(q + netdev_queue.state)).toBe(0);
  });

  it('dev_addr_mod, eth_validate_addr, net_ratelimit, the ethtool helpers', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    expect(call(k, 'eth_validate_addr', [dev]) | 0).toBe(-K.EADDRNOTAVAIL); // all zero
    const buf = k.kmallocHost(64, 'kmalloc', 't', { zero: true });
    m.writeBytes(buf, Uint8Array.from([0x02, 1, 2, 3, 4, 5]));
    call(k, 'dev_addr_mod', [dev, 0, buf, 6]);
    expect([...m.readBytes(m.read32(dev + net_device.dev_addr), 6)]).toEqual([2, 1, 2, 3, 4, 5]);
    expect([...m.readBytes(dev + net_device.dev_addr_shadow, 6)]).toEqual([2, 1, 2, 3, 4, 5]);
    expect(call(k, 'eth_validate_addr', [dev])).toBe(0);
    m.write8(m.read32(dev + net_device.dev_addr), 0x03); // multicast
    expect(call(k, 'eth_validate_addr', [dev]) | 0).toBe(-K.EADDRNOTAVAIL);
    const limits = Array.from({ length: 12 }, () => call(k, 'net_ratelimit'));
    expect(limits).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
    k.passTime(5_000_000);
    expect(call(k, 'net_ratelimit')).toBe(1);
    call(k, 'ethtool_convert_legacy_u32_to_link_mode', [buf, 0x2f]);
    expect([m.read32(buf), m.read32(buf + 4), m.read32(buf + 8)]).toEqual([0x2f, 0, 0]);
    expect(call(k, 'ethtool_convert_link_mode_to_legacy_u32', [buf + 32, buf])).toBe(1);
    m.write32(buf + 4, 1);
    expect(call(k, 'ethtool_convert_link_mode_to_legacy_u32', [buf + 32, buf])).toBe(0);
    expect(m.read32(buf + 32)).toBe(0x2f);
    expect(call(k, 'ethtool_op_get_ts_info', [dev, buf])).toBe(0);
    expect(m.read32(buf + 4) | 0).not.toBe(0);
  });
});


