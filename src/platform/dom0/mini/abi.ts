// The mini kernel API's side of the dom0 model (../abi.ts KernelAbi): its kernel data (jiffies,
// the virtual interrupt mask, the per-cpu symbols, struct pci_dev of the NIC in 2.6.18 layout), the
// net device's entry points (dev_open, dev_close, hard_start_xmit with the retry policy of
// kernel.ts, SIOCETHTOOL through do_ioctl), timers (function(data)) and work (func(data)), the
// netdev watchdog, and 2.6.18 sk_buffs and pages as the platform builds and reads them.

import {
  DEVICE, IFREQ, KCONST, LIST_HEAD, NETDEV, PAGE, PCI_DEV, RESOURCE, SHINFO, SKB, TIMER_LIST, WORK_STRUCT,
} from '../../layout.generated.js';
import { hex8, readCString, write64 } from '../../mem.js';
import {
  initSkb, skbAddFrag, skbBufferBytes, skbDataSize, skbFrags, skbPutBytes, skbReadPacket, skbState,
} from '../../skb.js';
import { E1000_BAR_SIZE, PCI_CFG } from '../../nic/e1000.js';
import { HOT_ROUTINES } from '../../hypervisor/hot.js';
import { miniApiArity, type Arity } from '../../../upcall/arity.js';
import type {
  BuildSkbOptions, Callback, EntryResult, KernelAbi, NetdevOp, ReceivedFrame, TxResult,
} from '../abi.js';
import type { Dom0Kernel } from '../kernel.js';
import { KDATA, KERNEL_DATA, PERCPU, PERCPU_OFF } from '../memmap.js';
import { PAGE_SIZE } from '../pages.js';
import { KernelOops } from '../routine.js';
import { MINI_ROUTINES } from './routines.js';

export class MiniAbi implements KernelAbi {
  readonly name = 'mini' as const;
  static readonly HZ = KCONST.HZ;
  readonly hz = MiniAbi.HZ;
  readonly routines = MINI_ROUTINES;
  readonly cImage = 'dom0' as const;
  readonly hotRoutines: readonly string[] = HOT_ROUTINES;
  readonly hotCallsSymbol = 'hot_calls';
  hotSymbol(name: string): string { return name; }
  readonly cServices = [];
  readonly pdev = KERNEL_DATA + KDATA.pci_dev;

  constructor(private readonly k: Dom0Kernel) {}

  boot(): ReadonlyMap<string, number> {
    const k = this.k;
    k.mem.write32(PERCPU + PERCPU_OFF.this_cpu_off, PERCPU);
    k.mem.write32(PERCPU + PERCPU_OFF.cpu_number, 0);
    k.mem.write32(PERCPU + PERCPU_OFF.__preempt_count, 0);
    this.initPciDevice();
    return new Map([
      ['jiffies', KERNEL_DATA + KDATA.jiffies],
      ['evtchn_upcall_mask', KERNEL_DATA + KDATA.evtchn_upcall_mask],
      ['cpu_number', PERCPU_OFF.cpu_number],
      ['__preempt_count', PERCPU_OFF.__preempt_count],
    ]);
  }

  preemptDepth(): number { return this.k.mem.read32(PERCPU + PERCPU_OFF.__preempt_count) | 0; }

  moduleLoaded(): void {}

  enterContext(): number { return 0; }
  leaveContext(): void {}

  private initPciDevice(): void {
    const k = this.k, m = k.mem, p = this.pdev;
    m.write32(k.pciBus, 0); // bus number 0
    m.write32(p + PCI_DEV.global_list, p + PCI_DEV.global_list);
    m.write32(p + PCI_DEV.global_list + LIST_HEAD.prev, p + PCI_DEV.global_list);
    m.write32(p + PCI_DEV.bus_list, p + PCI_DEV.bus_list);
    m.write32(p + PCI_DEV.bus_list + LIST_HEAD.prev, p + PCI_DEV.bus_list);
    m.write32(p + PCI_DEV.bus, k.pciBus);
    m.write32(p + PCI_DEV.devfn, k.devfn);
    const cfg = (off: number, size: 1 | 2): number => k.nic.configRead(off, size);
    m.write16(p + PCI_DEV.vendor, cfg(PCI_CFG.VENDOR_ID, 2));
    m.write16(p + PCI_DEV.device, cfg(PCI_CFG.DEVICE_ID, 2));
    m.write16(p + PCI_DEV.subsystem_vendor, cfg(PCI_CFG.SUBSYSTEM_VENDOR_ID, 2));
    m.write16(p + PCI_DEV.subsystem_device, cfg(PCI_CFG.SUBSYSTEM_ID, 2));
    m.write32(p + PCI_DEV.class, (cfg(PCI_CFG.CLASS, 1) << 16) | (cfg(PCI_CFG.SUBCLASS, 1) << 8) | cfg(PCI_CFG.PROG_IF, 1));
    m.write8(p + PCI_DEV.hdr_type, cfg(PCI_CFG.HEADER_TYPE, 1));
    write64(m, p + PCI_DEV.dma_mask, 0xffffffffn);
    const busId = k.pciName;
    const strings = KERNEL_DATA + KDATA.strings;
    const bytes = new Uint8Array(busId.length + 1);
    for (let i = 0; i < busId.length; i++) bytes[i] = busId.charCodeAt(i);
    m.writeBytes(p + PCI_DEV.dev + DEVICE.bus_id, bytes);
    m.writeBytes(strings, bytes);
    m.write32(p + PCI_DEV.dev + DEVICE.dma_mask, p + PCI_DEV.dma_mask);
    write64(m, p + PCI_DEV.dev + DEVICE.coherent_dma_mask, 0xffffffffn);
    m.write32(p + PCI_DEV.irq, k.irqNumber);
    const r0 = p + PCI_DEV.resource;
    m.write32(r0 + RESOURCE.start, k.mmioBase);
    m.write32(r0 + RESOURCE.end, k.mmioBase + E1000_BAR_SIZE - 1);
    m.write32(r0 + RESOURCE.name, strings);
    m.write32(r0 + RESOURCE.flags, 0x200); // IORESOURCE_MEM
  }

  // ==== time and deferred work ====================================================================

  timerCall(t: number): Callback {
    const m = this.k.mem;
    return { fn: m.read32(t + TIMER_LIST.function), args: [m.read32(t + TIMER_LIST.data)] };
  }

  timerDetached(t: number): void { this.k.mem.write32(t + TIMER_LIST.entry + LIST_HEAD.next, 0); }

  workCall(w: number): Callback {
    const m = this.k.mem;
    m.write32(w + WORK_STRUCT.pending, m.read32(w + WORK_STRUCT.pending) & ~1); // cleared before func runs
    return { fn: m.read32(w + WORK_STRUCT.func), args: [m.read32(w + WORK_STRUCT.data)] };
  }

  runSoftirqs(): void {}

  watchdog(): void {
    const k = this.k;
    for (const [dev, info] of k.netdevs) {
      if (!info.registered || k.oops) continue;
      const st = k.mem.read32(dev + NETDEV.state);
      const timeo = k.mem.read32(dev + NETDEV.watchdog_timeo) | 0;
      const j = k.jiffies;
      if (timeo <= 0 || ((j - info.lastWatchdog) | 0) < timeo) continue;
      info.lastWatchdog = j;
      const running = (st & (1 << KCONST.__LINK_STATE_START)) !== 0, carrier = (st & (1 << KCONST.__LINK_STATE_NOCARRIER)) === 0;
      const stopped = (st & (1 << KCONST.__LINK_STATE_XOFF)) !== 0;
      const trans = k.mem.read32(dev + NETDEV.trans_start);
      if (running && carrier && stopped && ((j - (trans + timeo)) | 0) > 0) {
        const fn = k.mem.read32(dev + NETDEV.tx_timeout);
        if (!fn) continue;
        k.counters.txTimeouts++;
        k.logLine(4, 'kernel', `NETDEV WATCHDOG: ${readCString(k.mem, dev + NETDEV.name, 16)}: transmit timed out`);
        if (!k.runGuest(fn, [dev], 'softirq', 'irq', 'tx_timeout').ok) return;
      }
    }
  }

  // ==== the net device ============================================================================

  netdev(): number {
    const k = this.k;
    for (const [dev, info] of k.netdevs) if (info.registered) return dev;
    return k.mem.read32(this.pdev + PCI_DEV.driver_data);
  }

  adapter(): number { const d = this.netdev(); return d ? d + NETDEV.priv_offset : 0; }

  private state(): number { const d = this.netdev(); return d ? this.k.mem.read32(d + NETDEV.state) : 0; }
  queueStopped(): boolean { return (this.state() & (1 << KCONST.__LINK_STATE_XOFF)) !== 0; }
  carrierOk(): boolean { return (this.state() & (1 << KCONST.__LINK_STATE_NOCARRIER)) === 0; }
  running(): boolean { return (this.state() & (1 << KCONST.__LINK_STATE_START)) !== 0; }
  deviceBound(): boolean { return this.k.mem.read32(this.pdev + PCI_DEV.driver) !== 0; }

  /** dev_open: sets __LINK_STATE_START, calls ->open (START cleared again on failure). */
  open(): EntryResult {
    const k = this.k;
    const dev = k.requireNetdev();
    const state = dev + NETDEV.state;
    k.mem.write32(state, k.mem.read32(state) | (1 << KCONST.__LINK_STATE_START));
    const r = k.entry(k.mem.read32(dev + NETDEV.open), [dev], 'process', 'netdev->open');
    if (r.ok && r.value !== 0) k.mem.write32(state, k.mem.read32(state) & ~(1 << KCONST.__LINK_STATE_START));
    if (r.ok && r.value === 0) k.mem.write32(dev + NETDEV.flags, k.mem.read32(dev + NETDEV.flags) | KCONST.IFF_UP);
    return r;
  }

  /** dev_close: clears __LINK_STATE_START, calls ->stop. */
  close(): EntryResult {
    const k = this.k;
    const dev = k.requireNetdev();
    const state = dev + NETDEV.state;
    k.mem.write32(state, k.mem.read32(state) & ~(1 << KCONST.__LINK_STATE_START));
    k.mem.write32(dev + NETDEV.flags, k.mem.read32(dev + NETDEV.flags) & ~KCONST.IFF_UP);
    return k.entry(k.mem.read32(dev + NETDEV.stop), [dev], 'process', 'netdev->stop');
  }

  /** hard_start_xmit(skb, netdev) with the retry policy of kernel.ts. The skb is consumed only on 'ok'. */
  transmit(skb: number): TxResult {
    const k = this.k;
    const dev = this.netdev();
    if (!dev || !this.running()) return { status: 'down', attempts: 0 };
    if (this.queueStopped()) {
      if (k.autoInterrupts) k.serviceInterrupts();
      if (this.queueStopped()) { k.counters.txStopped++; return { status: 'stopped', attempts: 0 }; }
    }
    const xmit = k.mem.read32(dev + NETDEV.hard_start_xmit);
    let locked = 0, busy = 0, attempts = 0;
    for (;;) {
      attempts++;
      const r = k.runGuest(xmit, [skb, dev], 'softirq', 'process', 'hard_start_xmit');
      if (!r.ok) return { status: 'oops', attempts, reason: r.reason };
      const v = r.eax | 0;
      if (v === KCONST.NETDEV_TX_OK) {
        k.counters.txOk++;
        if (k.autoInterrupts) k.serviceInterrupts();
        return { status: 'ok', attempts };
      }
      if (v === KCONST.NETDEV_TX_LOCKED) {
        k.counters.txLocked++;
        if (++locked > k.lockedRetries) return { status: 'locked', attempts };
        continue;
      }
      if (v === KCONST.NETDEV_TX_BUSY) {
        k.counters.txBusy++;
        if (k.autoInterrupts) k.serviceInterrupts();
        if (++busy > 1 || this.queueStopped()) return { status: 'busy', attempts };
        continue;
      }
      k.warn(`hard_start_xmit returned ${v}`);
      return { status: 'error', attempts, reason: `hard_start_xmit returned ${v}` };
    }
  }

  /**
   * SIOCETHTOOL through netdev->do_ioctl: the request is copied into a dom0 buffer of
   * max(request, replyBytes) bytes, ifr.ifr_data points at it; returns do_ioctl's value and the
   * buffer afterwards (both buffers are freed).
   */
  ethtool(request: Uint8Array, replyBytes: number): { result: EntryResult; reply: Uint8Array } {
    const k = this.k;
    const dev = k.requireNetdev();
    const n = Math.max(request.length, replyBytes, 4);
    const buf = k.kmallocHost(n, 'kmalloc', 'ethtool request');
    const ifr = k.kmallocHost(IFREQ.size, 'kmalloc', 'ifreq');
    if (!buf || !ifr) throw new Error('dom0 heap exhausted');
    k.mem.writeBytes(buf, new Uint8Array(n));
    k.mem.writeBytes(buf, request);
    k.mem.writeBytes(ifr, new Uint8Array(IFREQ.size));
    k.mem.writeBytes(ifr + IFREQ.ifr_name, k.mem.readBytes(dev + NETDEV.name, 16));
    k.mem.write32(ifr + IFREQ.ifr_data, buf);
    const result = k.entry(k.mem.read32(dev + NETDEV.do_ioctl), [dev, ifr, KCONST.SIOCETHTOOL], 'process', 'do_ioctl');
    const reply = k.oops ? new Uint8Array(0) : k.mem.readBytes(buf, n);
    if (!k.oops) { k.kfreeHost(buf, ['kmalloc'], 'ethtool'); k.kfreeHost(ifr, ['kmalloc'], 'ethtool'); }
    return { result, reply };
  }

  callNetdevOp(op: NetdevOp, args: readonly number[]): EntryResult {
    const k = this.k;
    const dev = k.requireNetdev();
    return k.entry(k.mem.read32(dev + NETDEV[op]), [dev, ...args], 'process', `netdev->${op}`);
  }

  promiscuous(): EntryResult {
    const k = this.k, dev = k.requireNetdev();
    k.mem.write32(dev + NETDEV.flags, k.mem.read32(dev + NETDEV.flags) | KCONST.IFF_PROMISC);
    return this.callNetdevOp('set_multicast_list', []);
  }

  // ==== sk_buffs and pages ========================================================================

  /** The skb allocator behind __netdev_alloc_skb. */
  allocSkbHost(length: number, dev: number, tag: string): number {
    const k = this.k;
    const size = skbDataSize(length);
    const skb = k.kmallocHost(SKB.size, 'skb', tag);
    if (!skb) return 0;
    const data = k.kmallocHost(skbBufferBytes(size), 'skbdata', tag, { align: 32 });
    if (!data) { k.kfreeHost(skb, ['skb'], tag); return 0; }
    initSkb(k.mem, skb, data, size, { reserve: KCONST.NET_SKB_PAD, dev });
    k.counters.skbsAllocated++;
    return skb;
  }

  /** dev_kfree_skb_any semantics: drop a reference; the last frees fragments, data and struct. */
  freeSkbHost(skb: number, routine: string): void {
    const k = this.k;
    const b = k.heap.blockAt(skb);
    if (!b || b.kind !== 'skb') {
      const r = k.heap.release(skb, ['skb']);
      k.counters.badFrees++;
      k.warn(`BUG: ${routine}: ${r.ok ? 'internal' : `${r.error}: ${r.detail}`}`);
      return;
    }
    const users = k.mem.read32(skb + SKB.users) | 0;
    if (users <= 0) { k.counters.badFrees++; k.warn(`BUG: ${routine}: skb 0x${hex8(skb)} has users ${users}`); return; }
    if (users > 1) { k.mem.write32(skb + SKB.users, users - 1); return; }
    const head = k.mem.read32(skb + SKB.head);
    const end = k.mem.read32(skb + SKB.end);
    const hb = k.heap.blockAt(head);
    if (hb?.kind === 'skbdata' && end >= head && end + SHINFO.size <= head + hb.size) {
      for (const f of skbFrags(k.mem, skb)) this.putPage(f.page, routine);
      k.kfreeHost(head, ['skbdata'], routine);
    } else {
      k.counters.badFrees++;
      k.warn(`BUG: ${routine}: skb 0x${hex8(skb)} head 0x${hex8(head)} / end 0x${hex8(end)} do not describe a data buffer`);
    }
    k.kfreeHost(skb, ['skb'], routine);
    k.counters.skbsFreed++;
  }

  buildSkb(frame: Uint8Array, opts: BuildSkbOptions): number {
    const k = this.k;
    const frags = opts.fragSizes ?? [];
    const headLen = opts.headLen ?? frame.length - frags.reduce((a, b) => a + b, 0);
    const fragTotal = frame.length - headLen;
    if (headLen < 0 || frags.reduce((a, b) => a + b, 0) !== fragTotal) throw new Error('buildSkb: headLen + fragment sizes must equal the frame length');
    const skb = k.allocSkb(headLen);
    skbPutBytes(k.mem, skb, frame.subarray(0, headLen));
    let at = headLen;
    const off0 = opts.fragOffset ?? 64;
    for (const size of frags) {
      let left = size;
      while (left > 0) {
        const off = Math.min(off0, PAGE_SIZE - 1);
        const n = Math.min(left, PAGE_SIZE - off);
        const pg = this.allocPage('skb fragment');
        if (!pg) throw new Error('dom0 heap exhausted');
        k.mem.writeBytes(pg.va + off, frame.subarray(at, at + n));
        skbAddFrag(k.mem, skb, pg.page, off, n);
        at += n;
        left -= n;
      }
    }
    return skb;
  }

  skbBytes(skb: number): Uint8Array {
    const k = this.k;
    return skbReadPacket(k.mem, skb, (page, off) => { const v = k.pages.pageToVirt(page); return v === null ? null : v + off; });
  }

  get receivedCount(): number { return this.k.c.backlogLength; }

  /** Drains the stack's receive queue: each frame from its MAC header, then the skb is freed. */
  takeReceived(): ReceivedFrame[] {
    const k = this.k;
    const out: ReceivedFrame[] = [];
    for (let skb = k.c.dequeueBacklog(); skb; skb = k.c.dequeueBacklog()) {
      if (k.heap.blockAt(skb)?.kind !== 'skb') { k.warn(`BUG: netif_rx: 0x${hex8(skb)} is not an skb`); continue; }
      const st = skbState(k.mem, skb);
      const hdrLen = st.mac && st.mac <= st.data && st.data - st.mac <= 64 ? st.data - st.mac : 0;
      const header = hdrLen ? k.mem.readBytes(st.mac, hdrLen) : new Uint8Array(0);
      const payload = this.skbBytes(skb);
      const bytes = new Uint8Array(header.length + payload.length);
      bytes.set(header, 0);
      bytes.set(payload, header.length);
      out.push({ bytes, protocol: st.protocol, pktType: st.pktType });
      this.freeSkbHost(skb, 'network stack');
    }
    return out;
  }

  /** A fresh page (page->_count = 1). */
  allocPage(tag: string): { page: number; va: number; pa: number } | null {
    const k = this.k;
    const va = k.pagesHost(PAGE_SIZE, 'page', tag);
    if (!va) return null;
    const page = k.pages.virtToPage(va)!;
    k.mem.writeBytes(page, new Uint8Array(PAGE.size));
    k.mem.write32(page + PAGE._count, 1);
    return { page, va, pa: k.pages.virtToPhys(va)! };
  }

  allocPages(): number { throw new KernelOops('BUG: __svc_alloc_pages: the mini kernel API has no __alloc_pages'); }

  /** put_page: drops a reference; the last one frees a page allocated by allocPage. */
  putPage(page: number, routine: string): void {
    const k = this.k;
    const va = k.pages.pageToVirt(page);
    if (va === null) throw new KernelOops(`BUG: ${routine}: 0x${hex8(page)} is not a struct page`);
    const count = k.mem.read32(page + PAGE._count) | 0;
    if (count <= 0) { k.warn(`BUG: ${routine}: put_page on page 0x${hex8(page)} with count ${count}`); return; }
    k.mem.write32(page + PAGE._count, count - 1);
    if (count === 1 && k.heap.blockAt(va)?.kind === 'page') k.kfreeHost(va, ['page'], routine);
  }

  kernelHeld(): boolean { return false; }

  /** The mini API's prototypes (drivers/include), as the upcall stubs have always read them. */
  arity(name: string): Arity | undefined { return miniApiArity().get(name); }

  leaks(out: string[]): void {
    const k = this.k;
    if (k.regionsClaimed !== null) out.push(`pci: regions still claimed by ${k.regionsClaimed}`);
    const enable = k.mem.read32(this.pdev + PCI_DEV.enable_cnt);
    if (enable !== 0) out.push(`pci: device enable count ${enable}`);
    if (k.mem.read32(this.pdev + PCI_DEV.driver)) out.push('pci: device still bound to a driver');
  }
}
