// The platform's contract with a driver (issue 16): what a configuration needs the driver to have
// registered, checked when the platform has brought it up (dom0 ran init_module, probe, ndo_open
// and ndo_set_rx_mode), so that a run stops with a message naming what is missing instead of moving
// 0 of N packets. What the platform honours in return lives where it acts: the hypervisor builds
// SG or linear skbs from dev->features (platform-c/hv/net61.c, dom0/netback61.c); a guest's
// NETTXF_csum_blank frame gets CHECKSUM_PARTIAL when the features hold NETIF_F_IP_CSUM or
// NETIF_F_HW_CSUM, else its checksum filled in software (hot/linux61/hot.c frame_csum); the
// driver's CHECKSUM_UNNECESSARY reaches the guest as NETRXF_data_validated; NAPI polls or the
// interrupt handler run as the driver registered.
//
//   every configuration   a transmit entry (netdev_ops->ndo_start_xmit; the mini API's
//                         hard_start_xmit) and an interrupt handler once the device is open
//   guests                a receive mode entry (ndo_set_rx_mode; set_multicast_list): the NIC
//                         must take the guests' MACs (promiscuous)
//   through the hypervisor, Linux 6.1
//                         a NAPI context: the hypervisor's receive path runs NAPI polls

import type { Dom0Kernel } from './dom0/kernel.js';
import { NETDEV } from './layout.generated.js';
import { net_device, net_device_ops } from './linux/layout.generated.js';
import { lx } from './dom0/linux61/state.js';
import { VIA_HYPERVISOR, WITH_GUESTS, type ConfigName } from './configs.js';

/** A driver entry of the registered net device (0: none), by the ABI's name for it. */
function entry(k: Dom0Kernel, op: 'xmit' | 'rxMode'): number {
  const m = k.mem, dev = k.netdev;
  if (k.abi.name === 'linux-6.1') {
    const ops = m.read32(dev + net_device.netdev_ops);
    return ops ? m.read32(ops + net_device_ops[op === 'xmit' ? 'ndo_start_xmit' : 'ndo_set_rx_mode']) : 0;
  }
  return m.read32(dev + (op === 'xmit' ? NETDEV.hard_start_xmit : NETDEV.set_multicast_list));
}

/** What the opened driver lacks for `config` (a message naming it), or null. */
export function driverLacks(k: Dom0Kernel, config: ConfigName): string | null {
  const name = k.abi.name === 'linux-6.1' ? { xmit: 'netdev_ops->ndo_start_xmit', rxMode: 'netdev_ops->ndo_set_rx_mode' } : { xmit: 'hard_start_xmit', rxMode: 'set_multicast_list' };
  if (!entry(k, 'xmit')) return `the driver's net device has no ${name.xmit}: the platform has no way to hand it a frame`;
  if (!k.irqActions.some((a) => a.irq === k.irqNumber)) return `the driver registered no handler for its interrupt (request_irq on IRQ ${k.irqNumber}) by the end of ndo_open: nothing would take the NIC's frames`;
  if (WITH_GUESTS.includes(config) && !entry(k, 'rxMode')) return `the driver's net device has no ${name.rxMode}: the platform cannot open the NIC to the guests' MAC addresses (promiscuous mode)`;
  if (VIA_HYPERVISOR.includes(config) && k.abi.name === 'linux-6.1' && lx(k).napis.size === 0) return 'the driver registered no NAPI context (netif_napi_add): the hypervisor\'s Linux 6.1 receive path runs NAPI polls';
  return null;
}
