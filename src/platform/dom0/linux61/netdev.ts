// Linux 6.1 net device routines of the dom0 model (reference: REFERENCE.md "Net devices"):
// alloc_etherdev_mqs builds a real struct net_device (ether_setup, the device address list with
// dev->dev_addr in its first entry, uc/mc lists, tx queues with their dql, the 32-byte aligned
// private area), register_netdev names and indexes it and settles its features through the
// driver's ndo_fix_features / ndo_set_features as __netdev_update_features does, carrier and
// queue state, device address changes, and the ethtool helpers the driver calls. There is no
// qdisc layer: the platform's stack (abi.ts transmit) is the queue discipline, so "schedule the
// queue" is a wake-up the platform sees (onQueueWake) and the qdisc pointers stay NULL.
//
// Modeled costs: alloc_etherdev_mqs 600, register_netdev 800, unregister_netdev 600, free_netdev
// 200, netif_carrier_on/off 30, netif_device_attach/detach 20, netif_schedule_queue and
// netif_tx_wake_queue 15, dev_addr_mod 40, eth_validate_addr 10, net_ratelimit 15, the ethtool
// link-mode conversions 20, ethtool_op_get_ts_info 15.

import {
  LINUX as K, SIZEOF, dql, ethtool_ts_info, net_device, net_device_ops, netdev_hw_addr, netdev_hw_addr_list, netdev_queue,
} from '../../linux/layout.generated.js';
import { hex8, readCString } from '../../mem.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { at, F, initList, latin1, LD, listAddTail, read64, write64 } from './kdata.js';
import { caller } from './mem.js';
import { lx } from './state.js';

const bit = (n: number): number => 1 << n;
const PRESENT = bit(K.__LINK_STATE_PRESENT), START = bit(K.__LINK_STATE_START), NOCARRIER = bit(K.__LINK_STATE_NOCARRIER);
const DRV_XOFF = bit(K.__QUEUE_STATE_DRV_XOFF), STACK_XOFF = bit(K.__QUEUE_STATE_STACK_XOFF);

/** dev->_tx[i]. */
export function txQueue(k: Dom0Kernel, dev: number, i = 0): number {
  return k.mem.read32(dev + net_device._tx) + i * SIZEOF.netdev_queue;
}

export function setState(k: Dom0Kernel, va: number, set: number, clear: number): number {
  const old = k.mem.read32(va);
  k.mem.write32(va, (old | set) & ~clear);
  return old;
}

/** netif_xmit_stopped: the driver or the stack stopped the queue. */
export const xmitStopped = (k: Dom0Kernel, txq: number): boolean => (k.mem.read32(txq + netdev_queue.state) & (DRV_XOFF | STACK_XOFF)) !== 0;

/** dql_reset plus the limits dql_init sets. */
export function dqlInit(k: Dom0Kernel, q: number, holdTime: number): void {
  const m = k.mem;
  for (let o = 0; o < SIZEOF.dql; o += 4) m.write32(q + o, 0);
  m.write32(q + dql.max_limit, K.DQL_MAX_LIMIT >>> 0);
  m.write32(q + dql.min_limit, 0);
  m.write32(q + dql.slack_hold_time, holdTime);
  dqlReset(k, q);
}

/** dql_reset: limit = min_limit, no slack, counters zero, slack timer restarted. */
export function dqlReset(k: Dom0Kernel, q: number): void {
  const m = k.mem;
  m.write32(q + dql.limit, m.read32(q + dql.min_limit));
  m.write32(q + dql.num_queued, 0);
  m.write32(q + dql.num_completed, 0);
  m.write32(q + dql.last_obj_cnt, 0);
  m.write32(q + dql.prev_num_queued, 0);
  m.write32(q + dql.prev_last_obj_cnt, 0);
  m.write32(q + dql.prev_ovlimit, 0);
  m.write32(q + dql.lowest_slack, 0xffffffff);
  m.write32(q + dql.slack_start_time, k.jiffies);
}

function hwAddrListInit(k: Dom0Kernel, list: number): void {
  initList(k.mem, list + netdev_hw_addr_list.list);
  k.mem.write32(list + netdev_hw_addr_list.count, 0);
  k.mem.write32(list + netdev_hw_addr_list.tree, 0);
}

/** struct net_device of `dev` as alloc_netdev_mqs(sizeof_priv, "eth%d", NET_NAME_UNKNOWN, ether_setup, txqs, rxqs) leaves it. */
function allocEtherdev(k: Dom0Kernel, a: RoutineArgs, priv: number, txqs: number, rxqs: number): number {
  if (txqs < 1) { k.logLine(3, 'kernel', 'alloc_netdev: Unable to allocate device with zero queues'); return 0; }
  if (rxqs < 1) { k.logLine(3, 'kernel', 'alloc_netdev: Unable to allocate device with zero RX queues'); return 0; }
  const A = K.NETDEV_ALIGN;
  let size = SIZEOF.net_device;
  if (priv) size = Math.ceil(size / A) * A + priv;
  size += A - 1;
  k.mightSleep(a.name);
  const p = k.kmallocHost(size, 'netdev', caller(k, a), { zero: true });
  if (!p) return 0;
  const dev = Math.ceil(p / A) * A, m = k.mem;
  m.write16(dev + net_device.padded, dev - p);
  // dev_addr_init: one zeroed NETDEV_HW_ADDR_T_LAN entry; dev->dev_addr points into it.
  hwAddrListInit(k, dev + net_device.dev_addrs);
  const ha = k.kmallocHost(SIZEOF.netdev_hw_addr, 'kmalloc', 'dev_addr_init', { zero: true });
  if (!ha) { k.kfreeHost(p, ['netdev'], a.name); return 0; }
  m.write8(ha + netdev_hw_addr.type, K.NETDEV_HW_ADDR_T_LAN);
  m.write32(ha + netdev_hw_addr.refcount, 1);
  listAddTail(m, ha + netdev_hw_addr.list, dev + net_device.dev_addrs + netdev_hw_addr_list.list);
  m.write32(dev + net_device.dev_addrs + netdev_hw_addr_list.count, 1);
  m.write32(dev + net_device.dev_addr, ha + netdev_hw_addr.addr);
  hwAddrListInit(k, dev + net_device.mc);
  hwAddrListInit(k, dev + net_device.uc);
  m.write32(dev + net_device.gso_max_size, K.GSO_LEGACY_MAX_SIZE);
  m.write16(dev + net_device.gso_max_segs, K.GSO_MAX_SEGS);
  m.write32(dev + net_device.gro_max_size, K.GRO_LEGACY_MAX_SIZE);
  m.write32(dev + net_device.tso_max_size, K.TSO_LEGACY_MAX_SIZE);
  m.write16(dev + net_device.tso_max_segs, K.TSO_MAX_SEGS);
  m.write8(dev + net_device.upper_level, 1);
  m.write8(dev + net_device.lower_level, 1);
  for (const l of ['napi_list', 'unreg_list', 'close_list', 'link_watch_list', 'adj_list.upper', 'adj_list.lower', 'ptype_all', 'ptype_specific', 'net_notifier_list'] as const) {
    initList(m, dev + net_device[l]);
  }
  m.write32(dev + net_device.priv_flags, K.IFF_XMIT_DST_RELEASE | K.IFF_XMIT_DST_RELEASE_PERM);
  // ether_setup
  m.write32(dev + net_device.header_ops, at(LD.eth_header_ops));
  m.write16(dev + net_device.type, K.ARPHRD_ETHER);
  m.write16(dev + net_device.hard_header_len, K.ETH_HLEN);
  m.write8(dev + net_device.min_header_len, K.ETH_HLEN);
  m.write32(dev + net_device.mtu, K.ETH_DATA_LEN);
  m.write32(dev + net_device.min_mtu, K.ETH_MIN_MTU);
  m.write32(dev + net_device.max_mtu, K.ETH_DATA_LEN);
  m.write8(dev + net_device.addr_len, K.ETH_ALEN);
  m.write32(dev + net_device.tx_queue_len, K.DEFAULT_TX_QUEUE_LEN);
  m.write32(dev + net_device.flags, K.IFF_BROADCAST | K.IFF_MULTICAST);
  m.write32(dev + net_device.priv_flags, m.read32(dev + net_device.priv_flags) | K.IFF_TX_SKB_SHARING);
  m.writeBytes(dev + net_device.broadcast, new Uint8Array(K.ETH_ALEN).fill(0xff));
  // tx queues (netdev_init_one_queue), rx queues (never touched by drivers: their own zeroed area)
  m.write32(dev + net_device.num_tx_queues, txqs);
  m.write32(dev + net_device.real_num_tx_queues, txqs);
  // The queues are the net device's (the driver's object: BQL's inline code updates them), tagged as it is.
  const tx = k.kmallocHost(txqs * SIZEOF.netdev_queue, 'kmalloc', `netif_alloc_netdev_queues for ${caller(k, a)}`, { zero: true, align: 32 });
  if (!tx) return 0;
  m.write32(dev + net_device._tx, tx);
  for (let i = 0; i < txqs; i++) {
    const q = tx + i * SIZEOF.netdev_queue;
    m.write32(q + netdev_queue.dev, dev);
    m.write32(q + netdev_queue.xmit_lock_owner, 0xffffffff);
    dqlInit(k, q + netdev_queue.dql, K.HZ);
  }
  m.write32(dev + net_device.num_rx_queues, rxqs);
  m.write32(dev + net_device.real_num_rx_queues, rxqs);
  m.writeBytes(dev + net_device.name, latin1('eth%d\0'));
  m.write8(dev + net_device.name_assign_type, K.NET_NAME_UNKNOWN);
  m.write32(dev + net_device.group, K.INIT_NETDEV_GROUP);
  m.write32(dev + net_device.ethtool_ops, at(LD.default_ethtool_ops));
  m.write8(dev + net_device.reg_state, K.NETREG_UNINITIALIZED);
  k.netdevs.set(dev, { registered: false, ifindex: 0, lastWatchdog: k.jiffies });
  lx(k).netdevAllocs.set(dev, p);
  return dev;
}

function netdevOf(k: Dom0Kernel, a: RoutineArgs, dev: number): void {
  if (!k.netdevs.has(dev)) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(dev)} is not a net device from alloc_etherdev`);
}

const features = (k: Dom0Kernel, dev: number, f: 'features' | 'hw_features' | 'wanted_features' | 'vlan_features' | 'mpls_features' | 'hw_enc_features'): bigint =>
  read64(k.mem, dev + net_device[f]);
const setFeatures = (k: Dom0Kernel, dev: number, f: 'features' | 'hw_features' | 'wanted_features' | 'vlan_features' | 'mpls_features' | 'hw_enc_features', v: bigint): void =>
  write64(k.mem, dev + net_device[f], v & 0xffffffffffffffffn);

const ALL_TSO = F(K.NETIF_F_TSO_BIT) | F(K.NETIF_F_TSO6_BIT) | F(K.NETIF_F_TSO_ECN_BIT) | F(K.NETIF_F_TSO_MANGLEID_BIT);

/** netdev_fix_features: the dependencies the core enforces whatever the driver said. */
function fixFeatures(k: Dom0Kernel, dev: number, f: bigint): bigint {
  const name = readCString(k.mem, dev + net_device.name, 16);
  if ((f & F(K.NETIF_F_HW_CSUM_BIT)) && (f & (F(K.NETIF_F_IP_CSUM_BIT) | F(K.NETIF_F_IPV6_CSUM_BIT)))) {
    k.logLine(4, 'kernel', `${name}: mixed HW and IP checksum settings.`);
    f &= ~(F(K.NETIF_F_IP_CSUM_BIT) | F(K.NETIF_F_IPV6_CSUM_BIT));
  }
  if ((f & ALL_TSO) && !(f & F(K.NETIF_F_SG_BIT))) f &= ~ALL_TSO;
  if ((f & F(K.NETIF_F_TSO_BIT)) && !(f & F(K.NETIF_F_HW_CSUM_BIT)) && !(f & F(K.NETIF_F_IP_CSUM_BIT))) f &= ~(F(K.NETIF_F_TSO_BIT) | F(K.NETIF_F_TSO_ECN_BIT));
  if ((f & F(K.NETIF_F_TSO6_BIT)) && !(f & F(K.NETIF_F_HW_CSUM_BIT)) && !(f & F(K.NETIF_F_IPV6_CSUM_BIT))) f &= ~F(K.NETIF_F_TSO6_BIT);
  if ((f & F(K.NETIF_F_TSO_MANGLEID_BIT)) && !(f & F(K.NETIF_F_TSO_BIT))) f &= ~F(K.NETIF_F_TSO_MANGLEID_BIT);
  if ((f & ALL_TSO) === F(K.NETIF_F_TSO_ECN_BIT)) f &= ~F(K.NETIF_F_TSO_ECN_BIT);
  if ((f & F(K.NETIF_F_GSO_BIT)) && !(f & F(K.NETIF_F_SG_BIT))) f &= ~F(K.NETIF_F_GSO_BIT);
  const partial = read64(k.mem, dev + net_device.gso_partial_features);
  if ((f & partial) && !(f & F(K.NETIF_F_GSO_PARTIAL_BIT))) f &= ~partial;
  if (!(f & F(K.NETIF_F_RXCSUM_BIT)) && (f & F(K.NETIF_F_GRO_HW_BIT))) f &= ~F(K.NETIF_F_GRO_HW_BIT);
  if (f & F(K.NETIF_F_RXFCS_BIT)) f &= ~(F(K.NETIF_F_LRO_BIT) | F(K.NETIF_F_GRO_HW_BIT));
  if ((f & F(K.NETIF_F_GRO_HW_BIT)) && (f & F(K.NETIF_F_LRO_BIT))) f &= ~F(K.NETIF_F_LRO_BIT);
  if ((f & F(K.NETIF_F_HW_TLS_TX_BIT)) && !(f & F(K.NETIF_F_HW_CSUM_BIT)) &&
    (f & (F(K.NETIF_F_IP_CSUM_BIT) | F(K.NETIF_F_IPV6_CSUM_BIT))) !== (F(K.NETIF_F_IP_CSUM_BIT) | F(K.NETIF_F_IPV6_CSUM_BIT))) f &= ~F(K.NETIF_F_HW_TLS_TX_BIT);
  return f;
}

/** __netdev_update_features: wanted features through ndo_fix_features and the core's rules; ndo_set_features when they change. */
export function updateFeatures(k: Dom0Kernel, dev: number): void {
  const m = k.mem, ops = m.read32(dev + net_device.netdev_ops);
  let f = (features(k, dev, 'features') & ~features(k, dev, 'hw_features')) | features(k, dev, 'wanted_features');
  const lo = (v: bigint): number => Number(v & 0xffffffffn), hi = (v: bigint): number => Number(v >> 32n);
  const fix = m.read32(ops + net_device_ops.ndo_fix_features);
  if (fix) {
    const r = k.callback64(fix, [dev, lo(f), hi(f)], 'process', 'ndo_fix_features');
    f = (BigInt(r.edx >>> 0) << 32n) | BigInt(r.eax >>> 0);
  }
  f = fixFeatures(k, dev, f);
  if (f === features(k, dev, 'features')) return;
  const set = m.read32(ops + net_device_ops.ndo_set_features);
  const err = set ? k.callback(set, [dev, lo(f), hi(f)], 'process', 'ndo_set_features') | 0 : 0;
  if (err < 0) {
    k.logLine(3, 'kernel', `${readCString(m, dev + net_device.name, 16)}: set_features() failed (${err})`);
    return;
  }
  setFeatures(k, dev, 'features', f);
}

/** register_netdevice (under the RTNL): name, index, features, PRESENT, the device listed. */
function registerNetdev(k: Dom0Kernel, a: RoutineArgs, dev: number): number {
  const m = k.mem, info = k.netdevs.get(dev);
  if (!info) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(dev)} was not allocated by alloc_etherdev`);
  if (m.read8(dev + net_device.reg_state) !== K.NETREG_UNINITIALIZED) throw new KernelOops(`kernel BUG: ${a.name}: 0x${hex8(dev)} is already registered (reg_state ${m.read8(dev + net_device.reg_state)})`);
  const ops = m.read32(dev + net_device.netdev_ops);
  if (!ops) throw new KernelOops(`BUG: ${a.name}: dev->netdev_ops is NULL`);
  // dev_get_valid_name: "%d" takes the first free unit number; a taken name is -EEXIST.
  let name = readCString(m, dev + net_device.name, K.IFNAMSIZ);
  const used = new Set<string>();
  for (const [d, i] of k.netdevs) if (i.registered) used.add(readCString(m, d + net_device.name, K.IFNAMSIZ));
  if (!name || name.includes('/') || name.includes(':') || /\s/.test(name) || name.length >= K.IFNAMSIZ) return -K.EINVAL;
  if (name.includes('%d')) {
    let n = 0;
    while (used.has(name.replace('%d', String(n)))) n++;
    name = name.replace('%d', String(n));
    m.writeBytes(dev + net_device.name, latin1(`${name}\0`));
  } else if (used.has(name)) return -K.EEXIST;
  const init = m.read32(ops + net_device_ops.ndo_init);
  if (init) {
    const r = k.callback(init, [dev], 'process', 'ndo_init') | 0;
    if (r) return r > 0 ? -K.EIO : r;
  }
  const vlanFilter = F(K.NETIF_F_HW_VLAN_CTAG_FILTER_BIT);
  if (((features(k, dev, 'hw_features') | features(k, dev, 'features')) & vlanFilter) &&
    (!m.read32(ops + net_device_ops.ndo_vlan_rx_add_vid) || !m.read32(ops + net_device_ops.ndo_vlan_rx_kill_vid))) {
    k.warn(`WARNING: ${name}: Buggy VLAN acceleration in driver!`);
    return -K.EINVAL;
  }
  info.ifindex = k.nextIfindex++;
  m.write32(dev + net_device.ifindex, info.ifindex);
  const soft = F(K.NETIF_F_GSO_BIT) | F(K.NETIF_F_GRO_BIT), softOff = F(K.NETIF_F_GRO_FRAGLIST_BIT) | F(K.NETIF_F_GRO_UDP_FWD_BIT);
  setFeatures(k, dev, 'hw_features', features(k, dev, 'hw_features') | soft | softOff);
  setFeatures(k, dev, 'features', features(k, dev, 'features') | soft);
  setFeatures(k, dev, 'wanted_features', features(k, dev, 'features') & features(k, dev, 'hw_features'));
  if (!(m.read32(dev + net_device.flags) & K.IFF_LOOPBACK)) setFeatures(k, dev, 'hw_features', features(k, dev, 'hw_features') | F(K.NETIF_F_NOCACHE_COPY_BIT));
  const tso = F(K.NETIF_F_TSO_BIT), mangle = F(K.NETIF_F_TSO_MANGLEID_BIT);
  for (const f of ['hw_features', 'vlan_features', 'mpls_features', 'hw_enc_features'] as const) if (features(k, dev, f) & tso) setFeatures(k, dev, f, features(k, dev, f) | mangle);
  setFeatures(k, dev, 'vlan_features', features(k, dev, 'vlan_features') | F(K.NETIF_F_HIGHDMA_BIT));
  setFeatures(k, dev, 'hw_enc_features', features(k, dev, 'hw_enc_features') | F(K.NETIF_F_SG_BIT) | F(K.NETIF_F_GSO_PARTIAL_BIT));
  setFeatures(k, dev, 'mpls_features', features(k, dev, 'mpls_features') | F(K.NETIF_F_SG_BIT));
  m.write8(dev + net_device.reg_state, K.NETREG_REGISTERED);
  info.registered = true;
  updateFeatures(k, dev);
  setState(k, dev + net_device.state, PRESENT, 0);
  info.lastWatchdog = k.jiffies;
  if (m.read8(dev + net_device.addr_assign_type) === K.NET_ADDR_PERM) {
    const len = m.read8(dev + net_device.addr_len);
    m.writeBytes(dev + net_device.perm_addr, m.readBytes(m.read32(dev + net_device.dev_addr), len));
  }
  k.logLine(6, 'kernel', `register_netdev: ${name} (ifindex ${info.ifindex})`);
  return 0;
}

export const NETDEV_ROUTINES: readonly RoutineSpec[] = [
  // struct net_device *alloc_etherdev_mqs(int sizeof_priv, unsigned int txqs, unsigned int rxqs)
  R('alloc_etherdev_mqs', 600, (k, a) => allocEtherdev(k, a, a.sarg(0), a.arg(1), a.arg(2)), true, 3),
  R('register_netdev', 800, (k, a) => registerNetdev(k, a, a.arg(0)), true, 1),
  R('unregister_netdev', 600, (k, a) => {
    const dev = a.arg(0), m = k.mem;
    netdevOf(k, a, dev);
    const info = k.netdevs.get(dev)!;
    if (m.read8(dev + net_device.reg_state) === K.NETREG_UNINITIALIZED) {
      k.warn(`WARNING: unregister_netdevice: device ${readCString(m, dev + net_device.name, 16)}/0x${hex8(dev)} never was registered`);
      return;
    }
    if (m.read32(dev + net_device.flags) & K.IFF_UP) lx(k).devClose(dev);
    m.write8(dev + net_device.reg_state, K.NETREG_UNREGISTERED);
    info.registered = false;
    k.logLine(6, 'kernel', `unregister_netdev: ${readCString(m, dev + net_device.name, 16)}`);
  }, true, 1),
  R('free_netdev', 200, (k, a) => {
    const dev = a.arg(0), m = k.mem;
    netdevOf(k, a, dev);
    k.mightSleep(a.name);
    const st = m.read8(dev + net_device.reg_state);
    if (st !== K.NETREG_UNINITIALIZED && st !== K.NETREG_UNREGISTERED) throw new KernelOops(`kernel BUG: free_netdev: ${readCString(m, dev + net_device.name, 16)} is still registered (reg_state ${st})`);
    lx(k).napiDelAll(dev);
    const ha = m.read32(dev + net_device.dev_addr) - netdev_hw_addr.addr;
    k.kfreeHost(ha, ['kmalloc'], a.name);
    k.kfreeHost(m.read32(dev + net_device._tx), ['kmalloc'], a.name);
    k.netdevs.delete(dev);
    const p = lx(k).netdevAllocs.get(dev)!;
    lx(k).netdevAllocs.delete(dev);
    k.kfreeHost(p, ['netdev'], a.name);
  }, true, 1),
  R('netif_carrier_on', 30, (k, a) => {
    const dev = a.arg(0);
    if (setState(k, dev + net_device.state, 0, NOCARRIER) & NOCARRIER) {
      if (k.mem.read8(dev + net_device.reg_state) === K.NETREG_UNINITIALIZED) return;
      k.mem.write32(dev + net_device.carrier_up_count, k.mem.read32(dev + net_device.carrier_up_count) + 1);
      lx(k).linkEvent(dev);
    }
  }, false, 1),
  R('netif_carrier_off', 30, (k, a) => {
    const dev = a.arg(0);
    if (!(setState(k, dev + net_device.state, NOCARRIER, 0) & NOCARRIER)) {
      if (k.mem.read8(dev + net_device.reg_state) === K.NETREG_UNINITIALIZED) return;
      k.mem.write32(dev + net_device.carrier_down_count, k.mem.read32(dev + net_device.carrier_down_count) + 1);
      lx(k).linkEvent(dev);
    }
  }, false, 1),
  R('netif_device_detach', 20, (k, a) => {
    const dev = a.arg(0);
    if ((setState(k, dev + net_device.state, 0, PRESENT) & PRESENT) && (k.mem.read32(dev + net_device.state) & START)) {
      const n = k.mem.read32(dev + net_device.num_tx_queues);
      for (let i = 0; i < n; i++) setState(k, txQueue(k, dev, i) + netdev_queue.state, DRV_XOFF, 0);
    }
  }, false, 1),
  R('netif_device_attach', 20, (k, a) => {
    const dev = a.arg(0);
    if (!(setState(k, dev + net_device.state, PRESENT, 0) & PRESENT) && (k.mem.read32(dev + net_device.state) & START)) {
      const n = k.mem.read32(dev + net_device.num_tx_queues);
      for (let i = 0; i < n; i++) wakeQueue(k, txQueue(k, dev, i));
      k.netdevs.get(dev)!.lastWatchdog = k.jiffies;
    }
  }, false, 1),
  // void netif_schedule_queue(struct netdev_queue *txq): the qdisc runs again unless the queue is stopped
  R('netif_schedule_queue', 15, (k, a) => { if (!xmitStopped(k, a.arg(0))) lx(k).queueScheduled(a.arg(0)); }, false, 1),
  R('netif_tx_wake_queue', 15, (k, a) => { wakeQueue(k, a.arg(0)); }, false, 1),
  // void dev_addr_mod(struct net_device *dev, unsigned int offset, const void *addr, size_t len)
  R('dev_addr_mod', 40, (k, a) => {
    const dev = a.arg(0), off = a.arg(1), addr = a.arg(2), len = a.arg(3), m = k.mem;
    const da = m.read32(dev + net_device.dev_addr);
    if (off + len > K.MAX_ADDR_LEN) throw new KernelOops(`BUG: dev_addr_mod: ${off}+${len} past MAX_ADDR_LEN`);
    const shadow = m.readBytes(dev + net_device.dev_addr_shadow, K.MAX_ADDR_LEN), cur = m.readBytes(da, K.MAX_ADDR_LEN);
    if (shadow.some((b, i) => b !== cur[i])) k.warnOnce(`addr-check:${dev}`, `WARNING: ${readCString(m, dev + net_device.name, 16)}: Current addr differs from the shadow (dev_addr written directly)`);
    const bytes = m.readBytes(addr, len);
    m.writeBytes(da + off, bytes);
    m.writeBytes(dev + net_device.dev_addr_shadow + off, bytes);
  }, false, 4),
  R('eth_validate_addr', 10, (k, a) => (validEther(k.mem.readBytes(k.mem.read32(a.arg(0) + net_device.dev_addr), 6)) ? 0 : -K.EADDRNOTAVAIL), false, 1),
  R('net_ratelimit', 15, (k) => (lx(k).ratelimit() ? 1 : 0), false, 0),
  // void ethtool_convert_legacy_u32_to_link_mode(unsigned long *dst, u32 legacy_u32)
  R('ethtool_convert_legacy_u32_to_link_mode', 20, (k, a) => {
    const dst = a.arg(0);
    for (let i = 0; i < Math.ceil(K.__ETHTOOL_LINK_MODE_MASK_NBITS / 32); i++) k.mem.write32(dst + 4 * i, 0);
    k.mem.write32(dst, a.arg(1));
  }, false, 2),
  // bool ethtool_convert_link_mode_to_legacy_u32(u32 *legacy_u32, const unsigned long *src)
  R('ethtool_convert_link_mode_to_legacy_u32', 20, (k, a) => {
    const out = a.arg(0), src = a.arg(1);
    let ok = 1;
    for (let i = 1; i < Math.ceil(K.__ETHTOOL_LINK_MODE_MASK_NBITS / 32); i++) if (k.mem.read32(src + 4 * i)) ok = 0;
    k.mem.write32(out, k.mem.read32(src));
    return ok;
  }, false, 2),
  // int ethtool_op_get_ts_info(struct net_device *dev, struct ethtool_ts_info *info): software timestamps only
  R('ethtool_op_get_ts_info', 15, (k, a) => {
    const info = a.arg(1);
    k.mem.write32(info + ethtool_ts_info.so_timestamping, K.SOF_TIMESTAMPING_TX_SOFTWARE | K.SOF_TIMESTAMPING_RX_SOFTWARE | K.SOF_TIMESTAMPING_SOFTWARE);
    k.mem.write32(info + ethtool_ts_info.phc_index, 0xffffffff);
    return 0;
  }, false, 2),
];

/** netif_tx_wake_queue: DRV_XOFF cleared; if it was set, the queue's qdisc is scheduled (the platform may send again). */
export function wakeQueue(k: Dom0Kernel, txq: number): void {
  if (setState(k, txq + netdev_queue.state, 0, DRV_XOFF) & DRV_XOFF) lx(k).queueScheduled(txq);
}

/** is_valid_ether_addr: not multicast (which covers broadcast) and not all zero. */
export function validEther(b: Uint8Array): boolean {
  return (b[0]! & 1) === 0 && b.some((x) => x !== 0);
}

