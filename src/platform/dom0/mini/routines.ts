// The sample driver's mini kernel API (drivers/e1000like/README.md "Kernel routines"; reference:
// test/drivers/e1000like-harness.c, 2.6.18 semantics and layouts): the semantics of the routines
// it imports other than the ten hot ones of thesis table 4.1, each as a host hook of the dom0
// kernel model (their order here is their kernel-text slot order), and the instruction count each
// one charges to the cost model. The ten hot routines are C, executed in dom0 (platform-c/hot/mini,
// kernel-c.ts). Conventions and failure rules: ../routine.ts.
//
// Modeled costs (instructions charged with ctx.charge; small, plausible numbers for a 2.6.18 i386
// kernel, chosen once and documented here; "+x/B" = extra per byte, "+x/pg" per page):
//   netif_start/stop/wake_queue, netif_carrier_on/off, ethtool_op_get_link            10
//   _spin_lock_irqsave 14, synchronize_irq 8
//   init_timer 10, mod_timer 40, del_timer_sync 35, schedule_work 30, flush_scheduled_work 40
//   __kmalloc 80, kzalloc 80 +1/16B, kfree 60, vmalloc 400 +120/pg, vfree 300 +60/pg
//   dma_alloc_coherent 300 +1/16B, dma_free_coherent 200, __ioremap 400 +40/pg, iounmap 250
//   printk 250 +5/B, sprintf 120 +5/B, strlcpy 20 +1/4B, copy_from_user / copy_to_user 25 +1/4B
//   msleep 150, __const_udelay 20, request_irq 300, free_irq 200
//   PCI: config reads 60, enable/disable 120, set_master 40, request/release_regions 150,
//        set_(consistent_)dma_mask 30, resource_start/len 12, (un)register_driver 500
//   alloc_etherdev 350, register_netdev 600, unregister_netdev 500, free_netdev 150,
//   ethtool_op_get_perm_addr 30, skb_over_panic 100

import {
  ETHTOOL_PERM_ADDR, KCONST, NETDEV, PCI_DEV, PCI_DEVICE_ID, PCI_DRIVER, RESOURCE, SKB, TIMER_LIST, WORK_STRUCT, LIST_HEAD,
  DEVICE,
} from '../../layout.generated.js';
import { PTE_W } from '../../../emulator/mmu.js';
import { hex8, MemAccessError, readCString, write64 } from '../../mem.js';
import { formatPrintf } from '../printf.js';
import { E1000_BAR_SIZE, PCI_CFG, PCI_COMMAND_MASTER, PCI_COMMAND_MEMORY } from '../../nic/e1000.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';

const XOFF = 1 << KCONST.__LINK_STATE_XOFF;
const START = 1 << KCONST.__LINK_STATE_START;
const PRESENT = 1 << KCONST.__LINK_STATE_PRESENT;
const NOCARRIER = 1 << KCONST.__LINK_STATE_NOCARRIER;
const GFP_WAIT = 0x10;
const PCIBIOS_DEVICE_NOT_FOUND = 0x86;
const PCIBIOS_BAD_REGISTER_NUMBER = 0x87;
const ETOOSMALL = 525;
const EEXIST = 17;
const ZERO_SIZE = 0;

function gfpCheck(k: Dom0Kernel, a: RoutineArgs, gfp: number): void {
  if ((gfp & GFP_WAIT) !== 0) k.mightSleep(`${a.name}(GFP_KERNEL)`);
}

function caller(k: Dom0Kernel, a: RoutineArgs): string { return `${a.name} from ${k.describeAddress(a.returnAddress())}`; }

function requirePdev(k: Dom0Kernel, a: RoutineArgs, p: number): void {
  if (p !== k.pdev) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(p)} is not a PCI device`);
}

function netdevInfo(k: Dom0Kernel, a: RoutineArgs, dev: number, fatal: boolean): ReturnType<Dom0Kernel['netdevs']['get']> {
  const info = k.netdevs.get(dev);
  if (!info && fatal) throw new KernelOops(`BUG: ${a.name}: 0x${hex8(dev)} is not a net device from alloc_etherdev`);
  return info;
}

function setState(k: Dom0Kernel, dev: number, set: number, clear: number): number {
  const at = dev + NETDEV.state;
  const old = k.mem.read32(at);
  k.mem.write32(at, (old | set) & ~clear);
  return old;
}

function printfArgs(a: RoutineArgs, first: number): { next(): number } {
  let i = first;
  return { next: () => a.stack(i++) };
}

function fmt(k: Dom0Kernel, a: RoutineArgs, fmtVa: number, first: number): string {
  if (fmtVa === 0) throw new KernelOops(`BUG: ${a.name}: NULL format`);
  return formatPrintf(readCString(k.mem, fmtVa, 4096), printfArgs(a, first), (va, max) => readCString(k.mem, va, max));
}

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}

/** Copies n bytes page chunk by page chunk; returns bytes copied before the `user` side faulted. */
function userCopy(k: Dom0Kernel, to: number, from: number, n: number, userIsSource: boolean): number {
  let done = 0;
  while (done < n) {
    const s = (from + done) >>> 0, d = (to + done) >>> 0;
    const chunk = Math.min(n - done, 4096 - (s & 4095), 4096 - (d & 4095));
    let bytes: Uint8Array;
    try { bytes = k.mem.readBytes(s, chunk); } catch (e) { if (userIsSource && e instanceof MemAccessError) return done; throw e; }
    try { k.mem.writeBytes(d, bytes); } catch (e) { if (!userIsSource && e instanceof MemAccessError) return done; throw e; }
    done += chunk;
  }
  return done;
}

export const MINI_ROUTINES: readonly RoutineSpec[] = [
  // ---- skb and network stack ----
  R('skb_over_panic', 100, (k, a) => {
    const skb = a.arg(0), len = a.sarg(1), here = a.arg(2);
    const m = k.mem;
    const dev = m.read32(skb + SKB.dev);
    k.logLine(0, 'kernel', `skb_over_panic: text:${hex8(here)} len:${m.read32(skb + SKB.len)} put:${len} head:${hex8(m.read32(skb + SKB.head))} data:${hex8(m.read32(skb + SKB.data))} tail:${hex8(m.read32(skb + SKB.tail))} end:${hex8(m.read32(skb + SKB.end))} dev:${dev ? readCString(m, dev + NETDEV.name, 16) : '<NULL>'}`);
    throw new KernelOops(`kernel BUG: skb_over_panic (skb_put of ${len} bytes past the end) at ${k.describeAddress(here)}`);
  }),
  R('alloc_etherdev', 350, (k, a) => {
    const priv = a.sarg(0);
    if (priv < 0 || priv > 1 << 20) return 0;
    const dev = k.kmallocHost(NETDEV.priv_offset + priv, 'netdev', caller(k, a), { zero: true, align: NETDEV.priv_align });
    if (!dev) return 0;
    const m = k.mem;
    m.writeBytes(dev + NETDEV.name, latin1('eth%d\0'));
    m.write32(dev + NETDEV.mtu, 1500);
    m.write16(dev + NETDEV.type, 1);
    m.write8(dev + NETDEV.addr_len, KCONST.ETH_ALEN);
    m.write16(dev + NETDEV.hard_header_len, KCONST.ETH_HLEN);
    m.writeBytes(dev + NETDEV.broadcast, new Uint8Array(KCONST.ETH_ALEN).fill(0xff));
    m.write32(dev + NETDEV.flags, KCONST.IFF_BROADCAST | KCONST.IFF_MULTICAST);
    m.write32(dev + NETDEV.tx_queue_len, 1000);
    m.write32(dev + NETDEV.state, PRESENT | NOCARRIER);
    m.write32(dev + NETDEV.priv, dev + NETDEV.priv_offset);
    k.netdevs.set(dev, { registered: false, ifindex: 0, lastWatchdog: k.jiffies });
    return dev;
  }, true),
  R('register_netdev', 600, (k, a) => {
    const dev = a.arg(0);
    const info = netdevInfo(k, a, dev, false);
    if (!info) { k.warn(`BUG: ${a.name}: 0x${hex8(dev)} was not allocated by alloc_etherdev`); return -KCONST.EINVAL; }
    if (info.registered) return -EEXIST;
    let name = readCString(k.mem, dev + NETDEV.name, NETDEV.name_len);
    if (name.includes('%d')) {
      const used = new Set<string>();
      for (const [d, i] of k.netdevs) if (i.registered) used.add(readCString(k.mem, d + NETDEV.name, NETDEV.name_len));
      let n = 0;
      while (used.has(name.replace('%d', String(n)))) n++;
      name = name.replace('%d', String(n));
      k.mem.writeBytes(dev + NETDEV.name, latin1(`${name}\0`));
    }
    info.ifindex = k.nextIfindex++;
    k.mem.write32(dev + NETDEV.ifindex, info.ifindex);
    info.registered = true;
    info.lastWatchdog = k.jiffies;
    setState(k, dev, PRESENT, 0);
    k.logLine(6, 'kernel', `register_netdev: ${name} (ifindex ${info.ifindex})`);
    return 0;
  }, true),
  R('unregister_netdev', 500, (k, a) => {
    const dev = a.arg(0);
    const info = netdevInfo(k, a, dev, true)!;
    if (!info.registered) { k.warn(`BUG: ${a.name}: 0x${hex8(dev)} is not registered`); return; }
    if (k.mem.read32(dev + NETDEV.state) & START) {
      setState(k, dev, 0, START);
      const stop = k.mem.read32(dev + NETDEV.stop);
      if (stop) k.callback(stop, [dev], 'process', 'netdev->stop (unregister_netdev)');
    }
    info.registered = false;
    k.logLine(6, 'kernel', `unregister_netdev: ${readCString(k.mem, dev + NETDEV.name, NETDEV.name_len)}`);
  }, true),
  R('free_netdev', 150, (k, a) => {
    const dev = a.arg(0);
    const info = k.netdevs.get(dev);
    if (info?.registered) { k.warn(`BUG: ${a.name}: 0x${hex8(dev)} is still registered (leaked)`); return; }
    k.netdevs.delete(dev);
    k.kfreeHost(dev, ['netdev'], a.name);
  }, true),
  R('netif_start_queue', 10, (k, a) => { setState(k, a.arg(0), 0, XOFF); }),
  R('netif_stop_queue', 10, (k, a) => { setState(k, a.arg(0), XOFF, 0); }),
  R('netif_wake_queue', 10, (k, a) => {
    const dev = a.arg(0);
    if (setState(k, dev, 0, XOFF) & XOFF) {
      k.counters.queueWakes++;
      k.onQueueWake?.(dev);
    }
  }),
  R('netif_carrier_on', 10, (k, a) => { setState(k, a.arg(0), 0, NOCARRIER); }),
  R('netif_carrier_off', 10, (k, a) => { setState(k, a.arg(0), NOCARRIER, 0); }),
  R('ethtool_op_get_link', 10, (k, a) => (k.mem.read32(a.arg(0) + NETDEV.state) & NOCARRIER ? 0 : 1)),
  R('ethtool_op_get_perm_addr', 30, (k, a) => {
    const dev = a.arg(0), ep = a.arg(1), data = a.arg(2);
    const len = k.mem.read8(dev + NETDEV.addr_len);
    const room = k.mem.read32(ep + ETHTOOL_PERM_ADDR.addr_size);
    k.mem.write32(ep + ETHTOOL_PERM_ADDR.addr_size, len);
    if (room < len) return -ETOOSMALL;
    k.mem.writeBytes(data, k.mem.readBytes(dev + NETDEV.perm_addr, len));
    return 0;
  }),

  // ---- DMA ----
  R('dma_alloc_coherent', 300, (k, a) => {
    const size = a.arg(1), handle = a.arg(2), gfp = a.arg(3);
    gfpCheck(k, a, gfp);
    return k.coherentAllocHost(size, handle, caller(k, a), (n) => a.charge(n));
  }),
  R('dma_free_coherent', 200, (k, a) => {
    k.coherentFreeHost(a.arg(2), a.arg(1), a.arg(3), a.name);
  }, true),

  // ---- locks and interrupts ----
  R('_spin_lock_irqsave', 14, (k, a) => {
    const lock = a.arg(0);
    const flags = k.irqMask;
    k.irqMask = 1;
    const v = k.mem.read32(lock);
    if (v === 1) { k.mem.write32(lock, 0); return flags; }
    if (v === 0) throw new KernelOops(`BUG: spinlock lockup: ${a.name} on 0x${hex8(lock)}, already held on this CPU`);
    throw new KernelOops(`BUG: spinlock bad magic: ${a.name} on 0x${hex8(lock)} holding 0x${hex8(v)}`);
  }),
  R('request_irq', 300, (k, a) => {
    const irq = a.arg(0), handler = a.arg(1), flags = a.arg(2), name = a.arg(3), devId = a.arg(4);
    if (handler === 0 || irq >= 256) return -KCONST.EINVAL;
    const same = k.irqActions.filter((x) => x.irq === irq);
    const shared = (flags & KCONST.IRQF_SHARED) !== 0;
    if (same.length > 0 && (!shared || same.some((x) => (x.flags & KCONST.IRQF_SHARED) === 0))) return -KCONST.EBUSY;
    k.irqActions.push({ irq, handler, flags, name: name ? readCString(k.mem, name, 64) : '', devId });
    return 0;
  }, true),
  R('free_irq', 200, (k, a) => {
    const irq = a.arg(0), devId = a.arg(1);
    const i = k.irqActions.findIndex((x) => x.irq === irq && x.devId === devId);
    if (i < 0) { k.warn(`Trying to free already-free IRQ ${irq} (dev_id 0x${hex8(devId)})`); return; }
    if (k.inIrq) k.warn(`BUG: ${a.name}: IRQ ${irq} freed from its own handler (would deadlock)`);
    k.irqActions.splice(i, 1);
  }, true),
  R('synchronize_irq', 8, (k, a) => {
    if (k.inIrq) k.warn(`BUG: ${a.name}(${a.arg(0)}) from an interrupt handler (would deadlock)`);
  }, true),

  // ---- PCI ----
  R('__pci_register_driver', 500, (k, a) => {
    const drv = a.arg(0);
    const m = k.mem;
    const ids = m.read32(drv + PCI_DRIVER.id_table), probe = m.read32(drv + PCI_DRIVER.probe);
    const namePtr = m.read32(drv + PCI_DRIVER.name);
    const name = namePtr ? readCString(m, namePtr, 64) : '?';
    k.pciDrivers.add(drv);
    const p = k.pdev;
    if (m.read32(p + PCI_DEV.driver) !== 0 || ids === 0) return 0;
    const vendor = m.read16(p + PCI_DEV.vendor), device = m.read16(p + PCI_DEV.device);
    const subv = m.read16(p + PCI_DEV.subsystem_vendor), subd = m.read16(p + PCI_DEV.subsystem_device);
    const cls = m.read32(p + PCI_DEV.class);
    const ANY = 0xffffffff;
    for (let i = 0; i < 256; i++) {
      const id = ids + i * PCI_DEVICE_ID.size;
      const iv = m.read32(id + PCI_DEVICE_ID.vendor), idv = m.read32(id + PCI_DEVICE_ID.device);
      const isv = m.read32(id + PCI_DEVICE_ID.subvendor), isd = m.read32(id + PCI_DEVICE_ID.subdevice);
      const icls = m.read32(id + PCI_DEVICE_ID.class), imask = m.read32(id + PCI_DEVICE_ID.class_mask);
      if (!iv && !isv && !imask) break;
      const match = (iv === ANY || iv === vendor) && (idv === ANY || idv === device) && (isv === ANY || isv === subv) &&
        (isd === ANY || isd === subd) && ((icls ^ cls) & imask) === 0;
      if (!match) continue;
      m.write32(p + PCI_DEV.driver, drv);
      const ret = k.callback(probe, [p, id], 'process', `${name} probe`) | 0;
      if (ret < 0) {
        m.write32(p + PCI_DEV.driver, 0);
        k.logLine(4, 'kernel', `${name}: probe of ${readCString(m, p + PCI_DEV.dev + DEVICE.bus_id, 20)} failed with error ${ret}`);
      }
      break;
    }
    return 0;
  }, true),
  R('pci_unregister_driver', 500, (k, a) => {
    const drv = a.arg(0);
    if (!k.pciDrivers.has(drv)) k.warn(`BUG: ${a.name}: driver 0x${hex8(drv)} was not registered`);
    const p = k.pdev;
    if (k.mem.read32(p + PCI_DEV.driver) === drv) {
      const remove = k.mem.read32(drv + PCI_DRIVER.remove);
      if (remove) k.callback(remove, [p], 'process', 'pci_driver->remove');
      k.mem.write32(p + PCI_DEV.driver, 0);
    }
    k.pciDrivers.delete(drv);
  }, true),
  R('pci_enable_device', 120, (k, a) => {
    const p = a.arg(0);
    requirePdev(k, a, p);
    const n = k.mem.read32(p + PCI_DEV.enable_cnt);
    k.mem.write32(p + PCI_DEV.enable_cnt, n + 1);
    if (n === 0) k.nic.configWrite(PCI_CFG.COMMAND, 2, k.nic.pciCommand | PCI_COMMAND_MEMORY);
    return 0;
  }, true),
  R('pci_disable_device', 120, (k, a) => {
    const p = a.arg(0);
    requirePdev(k, a, p);
    const n = k.mem.read32(p + PCI_DEV.enable_cnt);
    if (n === 0) { k.warn(`${a.name}: disabling an already disabled device`); return; }
    k.mem.write32(p + PCI_DEV.enable_cnt, n - 1);
    if (n === 1) {
      k.nic.configWrite(PCI_CFG.COMMAND, 2, k.nic.pciCommand & ~(PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER));
      k.mem.write32(p + PCI_DEV.is_busmaster, 0);
    }
  }),
  R('pci_set_master', 40, (k, a) => {
    const p = a.arg(0);
    requirePdev(k, a, p);
    k.nic.configWrite(PCI_CFG.COMMAND, 2, k.nic.pciCommand | PCI_COMMAND_MASTER);
    k.mem.write32(p + PCI_DEV.is_busmaster, 1);
  }),
  R('pci_request_regions', 150, (k, a) => {
    const p = a.arg(0), name = a.arg(1);
    requirePdev(k, a, p);
    if (k.regionsClaimed !== null) return -KCONST.EBUSY;
    k.regionsClaimed = name ? readCString(k.mem, name, 64) : '?';
    return 0;
  }, true),
  R('pci_release_regions', 150, (k, a) => {
    requirePdev(k, a, a.arg(0));
    if (k.regionsClaimed === null) k.warn(`${a.name}: regions were not claimed`);
    k.regionsClaimed = null;
  }),
  R('pci_set_dma_mask', 30, (k, a) => {
    const p = a.arg(0), lo = a.arg(1), hi = a.arg(2);
    requirePdev(k, a, p);
    if (hi === 0 && lo !== 0xffffffff) return -KCONST.EIO;
    write64(k.mem, p + PCI_DEV.dma_mask, (BigInt(hi) << 32n) | BigInt(lo));
    return 0;
  }),
  R('pci_set_consistent_dma_mask', 30, (k, a) => {
    const p = a.arg(0), lo = a.arg(1), hi = a.arg(2);
    requirePdev(k, a, p);
    if (hi === 0 && lo !== 0xffffffff) return -KCONST.EIO;
    write64(k.mem, p + PCI_DEV.dev + DEVICE.coherent_dma_mask, (BigInt(hi) << 32n) | BigInt(lo));
    return 0;
  }),
  R('pci_resource_start', 12, (k, a) => {
    const p = a.arg(0), bar = a.sarg(1);
    if (bar < 0 || bar >= PCI_DEV.resource_count) return 0;
    return k.mem.read32(p + PCI_DEV.resource + bar * RESOURCE.size + RESOURCE.start);
  }),
  R('pci_resource_len', 12, (k, a) => {
    const p = a.arg(0), bar = a.sarg(1);
    if (bar < 0 || bar >= PCI_DEV.resource_count) return 0;
    const r = p + PCI_DEV.resource + bar * RESOURCE.size;
    const start = k.mem.read32(r + RESOURCE.start), end = k.mem.read32(r + RESOURCE.end);
    return start || end ? (end - start + 1) >>> 0 : 0;
  }),
  R('pci_bus_read_config_byte', 60, (k, a) => {
    const bus = a.arg(0), devfn = a.arg(1), where = a.arg(2), val = a.arg(3);
    if (bus !== k.pciBus || devfn !== k.devfn || where > 255) { k.mem.write8(val, 0xff); return where > 255 ? PCIBIOS_BAD_REGISTER_NUMBER : PCIBIOS_DEVICE_NOT_FOUND; }
    k.mem.write8(val, k.nic.configRead(where, 1));
    return 0;
  }),
  R('pci_bus_read_config_word', 60, (k, a) => {
    const bus = a.arg(0), devfn = a.arg(1), where = a.arg(2), val = a.arg(3);
    if (where & 1 || where > 254) return PCIBIOS_BAD_REGISTER_NUMBER;
    if (bus !== k.pciBus || devfn !== k.devfn) { k.mem.write16(val, 0xffff); return PCIBIOS_DEVICE_NOT_FOUND; }
    k.mem.write16(val, k.nic.configRead(where, 2));
    return 0;
  }),

  // ---- MMIO ----
  R('__ioremap', 400, (k, a) => {
    const phys = a.arg(0), size = a.arg(1);
    if (size === 0 || phys < k.mmioBase || phys + size > k.mmioBase + E1000_BAR_SIZE) {
      k.warn(`${a.name}: 0x${hex8(phys)}+0x${size.toString(16)} is not device memory`);
      return 0;
    }
    return k.ioremapHost(phys, size, caller(k, a), (n) => a.charge(n));
  }, true),
  R('iounmap', 250, (k, a) => {
    const addr = a.arg(0);
    k.iounmapHost(addr, `${a.name}: 0x${hex8(addr)} was not returned by ioremap`);
  }, true),

  // ---- time and deferred work ----
  R('init_timer', 10, (k, a) => {
    const t = a.arg(0);
    if (k.timers.has(t)) { k.warn(`BUG: ${a.name}: timer 0x${hex8(t)} re-initialised while pending`); k.timers.delete(t); }
    k.mem.write32(t + TIMER_LIST.entry + LIST_HEAD.next, 0);
    k.mem.write32(t + TIMER_LIST.base, 0);
  }),
  R('mod_timer', 40, (k, a) => {
    const t = a.arg(0), expires = a.arg(1);
    const was = k.timers.has(t);
    k.mem.write32(t + TIMER_LIST.expires, expires);
    k.mem.write32(t + TIMER_LIST.entry + LIST_HEAD.next, t + TIMER_LIST.entry);
    k.timers.delete(t);
    k.timers.set(t, expires);
    return was ? 1 : 0;
  }),
  R('del_timer_sync', 35, (k, a) => {
    const t = a.arg(0);
    if (k.runningTimer === t) k.warn(`BUG: ${a.name}: timer 0x${hex8(t)} deleted synchronously from its own callback (would deadlock)`);
    const was = k.timers.delete(t);
    k.mem.write32(t + TIMER_LIST.entry + LIST_HEAD.next, 0);
    return was ? 1 : 0;
  }, true),
  R('schedule_work', 30, (k, a) => {
    const w = a.arg(0);
    const p = k.mem.read32(w + WORK_STRUCT.pending);
    if (p & 1) return 0;
    k.mem.write32(w + WORK_STRUCT.pending, p | 1);
    k.workQueue.push(w);
    return 1;
  }),
  R('flush_scheduled_work', 40, (k, a) => {
    if (k.inWork) { k.warn(`BUG: ${a.name} called from a work item (would deadlock)`); return; }
    k.drainWork();
  }, true),
  R('msleep', 150, (k, a) => { k.sleepMs(a.arg(0)); }, true),
  R('__const_udelay', 20, (k, a) => { k.passTime(Math.ceil(a.arg(0) / 0x10c7)); }),

  // ---- memory ----
  R('__kmalloc', 80, (k, a) => {
    const size = a.arg(0), gfp = a.arg(1);
    gfpCheck(k, a, gfp);
    return k.kmallocHost(size === 0 ? ZERO_SIZE : size, 'kmalloc', caller(k, a));
  }),
  R('kzalloc', 80, (k, a) => {
    const size = a.arg(0), gfp = a.arg(1);
    gfpCheck(k, a, gfp);
    a.charge(size / 16);
    return k.kmallocHost(size, 'kmalloc', caller(k, a), { zero: true });
  }),
  R('kfree', 60, (k, a) => {
    const p = a.arg(0);
    if (p !== 0) k.kfreeHost(p, ['kmalloc'], a.name);
  }),
  R('vmalloc', 400, (k, a) => k.vmallocHost(a.arg(0), 0x5a, caller(k, a), (n) => a.charge(n)), true),
  R('vfree', 300, (k, a) => {
    const va = a.arg(0);
    if (va !== 0) k.vfreeHost(va, a.name, (n) => a.charge(n), `BUG: ${a.name}: 0x${hex8(va)} (${k.describeAddress(va)}) was not returned by vmalloc`);
  }, true),

  // ---- misc ----
  R('printk', 250, (k, a) => {
    let text = fmt(k, a, a.stack(0), 1);
    let level = 4;
    const m = /^<([0-7])>/.exec(text);
    if (m) { level = Number(m[1]); text = text.slice(3); }
    a.charge(5 * text.length);
    k.logLine(level, 'printk', text);
    return text.length + (m ? 3 : 0);
  }),
  R('sprintf', 120, (k, a) => {
    const buf = a.stack(0);
    const text = fmt(k, a, a.stack(1), 2);
    k.mem.writeBytes(buf, latin1(`${text}\0`));
    a.charge(5 * text.length);
    return text.length;
  }),
  R('strlcpy', 20, (k, a) => {
    const dst = a.arg(0), src = a.arg(1), size = a.arg(2);
    const s = readCString(k.mem, src, 1 << 20);
    if (size > 0) {
      const n = Math.min(s.length, size - 1);
      k.mem.writeBytes(dst, latin1(`${s.slice(0, n)}\0`));
    }
    a.charge(s.length / 4);
    return s.length;
  }),
  R('copy_from_user', 25, (k, a) => {
    const to = a.arg(0), from = a.arg(1), n = a.arg(2);
    a.charge(n / 4);
    const done = userCopy(k, to, from, n, true);
    if (done < n) k.mem.writeBytes(to + done, new Uint8Array(n - done)); // the uncopied tail is zeroed
    return n - done;
  }, true),
  R('copy_to_user', 25, (k, a) => {
    const to = a.arg(0), from = a.arg(1), n = a.arg(2);
    a.charge(n / 4);
    return n - userCopy(k, to, from, n, false);
  }, true),
];
