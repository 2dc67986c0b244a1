// The ten hot kernel routines implemented in the hypervisor (thesis table 4.1): what the
// hypervisor instance of the driver calls per packet instead of upcalls. Each works on dom0 data
// only through explicit SVM translation (SvmMem), allocates sk_buffs from the hypervisor's pool,
// and charges a modeled instruction count (its cost in the hypervisor's share of the budget).
//
// Semantics follow the dom0 kernel's versions (drivers/e1000like/README.md) except where the
// hypervisor must differ: __netdev_alloc_skb takes pooled skbs; dev_kfree_skb_any returns pooled
// skbs to the pool and hands dom0's own skbs back to dom0; netif_rx delivers to the guests (by
// destination MAC) instead of dom0's stack; the DMA routines translate dom0 virtual addresses to
// machine addresses through dom0's page tables.

import type { HookContext, HookResult } from '../../emulator/hooks.js';
import { KCONST, NETDEV, SKB } from '../layout.generated.js';
import { hex8, MemAccessError, type MemAccess } from '../mem.js';
import { skbPull, skbReadPacket, skbSetDev, skbSetMacHeader, skbSetPktType } from '../skb.js';
import type { Dom0Kernel } from '../dom0/kernel.js';
import type { SkbPool } from './pool.js';

/** Table 4.1, in the order the upcall sweep (--upcalls K) moves them to dom0; netif_rx stays last. */
export const HOT_ROUTINES = [
  '_spin_unlock_irqrestore', '_spin_trylock', 'dma_unmap_page', 'dma_map_page', 'dma_unmap_single', 'dma_map_single',
  'eth_type_trans', 'dev_kfree_skb_any', '__netdev_alloc_skb', 'netif_rx',
] as const;
export type HotRoutine = (typeof HOT_ROUTINES)[number];

/** Modeled instructions per call (same order of magnitude as dom0's versions). */
const COST: Record<HotRoutine, number> = {
  __netdev_alloc_skb: 60, dev_kfree_skb_any: 40, netif_rx: 50, dma_map_single: 25, dma_map_page: 25,
  dma_unmap_single: 15, dma_unmap_page: 15, _spin_trylock: 10, _spin_unlock_irqrestore: 10, eth_type_trans: 30,
};

export interface HotDeps {
  /** dom0 data as the hypervisor reaches it (SvmMem under SVM; raw in the unprotected baseline). */
  readonly mem: MemAccess;
  readonly pool: SkbPool;
  readonly dom0: Dom0Kernel;
  /** A received frame (Ethernet header + payload) for the guests; the skb is freed afterwards. */
  readonly deliver: (frame: Uint8Array) => void;
  /** An skb dom0 allocated (not pooled) that the hypervisor is done with: back to dom0. */
  readonly handBack: (skb: number) => void;
}

/**
 * A run-time allocation fault (fault-injection campaigns): the `call`-th __netdev_alloc_skb after
 * it is armed returns NULL ('null', Rio's ALLOC) or hands out an skb that is at once back in the
 * pool while the driver keeps using it ('free-early', Rio's FREE: the next taker shares it).
 */
export interface AllocFault {
  readonly kind: 'null' | 'free-early';
  readonly call: number;
  seen: number;
  fired: boolean;
}

export class HotRoutines {
  readonly counts = new Map<string, number>();
  /** Instructions charged by the hot routines (the hypervisor's own work). */
  charged = 0;
  allocFault: AllocFault | null = null;

  constructor(private readonly d: HotDeps) {}

  /** Runs one routine as a hook handler; bad pointers become safety faults, never exceptions. */
  handler(name: HotRoutine): (ctx: HookContext) => HookResult {
    return (ctx) => {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      ctx.charge(COST[name]);
      this.charged += COST[name];
      try {
        return this.run(name, ctx);
      } catch (e) {
        if (e instanceof MemAccessError) return { kind: 'fault', reason: `svm-access: ${name}: ${e.message}` };
        throw e;
      }
    };
  }

  private run(name: HotRoutine, ctx: HookContext): HookResult {
    const m = this.d.mem;
    const a = (i: number): number => ctx.arg(i) >>> 0;
    switch (name) {
      case '__netdev_alloc_skb': {
        const dev = a(0), len = a(1);
        const f = this.allocFault;
        if (f && !f.fired && ++f.seen === f.call) {
          f.fired = true;
          if (f.kind === 'null') return 0;
          const skb = this.d.pool.take(m, len, dev);
          if (skb) this.d.pool.give(skb);
          return skb;
        }
        return this.d.pool.take(m, len, dev);
      }
      case 'dev_kfree_skb_any': {
        const skb = a(0);
        if (skb === 0) return;
        this.free(skb);
        return;
      }
      case 'netif_rx': {
        const skb = a(0);
        // The frame from the MAC header (set by eth_type_trans) to the end of the data.
        const mac = m.read32(skb + SKB.mac), data = m.read32(skb + SKB.data), len = m.read32(skb + SKB.len);
        const head = data - mac;
        if (head < 0 || head > 64) return { kind: 'fault', reason: `netif_rx: skb 0x${hex8(skb)} has no MAC header before its data` };
        const body = skbReadPacket(m, skb, (page, off) => {
          const va = this.d.dom0.pages.pageToVirt(page);
          if (va === null) throw new MemAccessError(page, 'r', m.name, 'not a struct page');
          return va + off;
        });
        const frame = new Uint8Array(head + len);
        frame.set(m.readBytes(mac, head), 0);
        frame.set(body, head);
        this.d.deliver(frame);
        this.free(skb);
        ctx.charge(len >> 3);
        this.charged += len >> 3;
        return KCONST.NET_RX_SUCCESS;
      }
      case 'dma_map_single': {
        const ptr = a(1), size = a(2), dir = a(3);
        const bus = this.busAddress(ptr, size);
        if (bus === null) return { kind: 'fault', reason: `dma_map_single: [0x${hex8(ptr)}, +${size}) is not contiguous dom0 RAM` };
        this.d.dom0.dmaMapped(bus, size, dir, 'single', 'hypervisor');
        return bus;
      }
      case 'dma_map_page': {
        const page = a(1), offset = a(2), size = a(3), dir = a(4);
        const va = this.d.dom0.pages.pageToVirt(page);
        const bus = va === null ? null : this.busAddress(va + offset, size);
        if (bus === null) return { kind: 'fault', reason: `dma_map_page: 0x${hex8(page)}+${offset} is not a dom0 page` };
        this.d.dom0.dmaMapped(bus, size, dir, 'page', 'hypervisor');
        return bus;
      }
      case 'dma_unmap_single': case 'dma_unmap_page': {
        const bus = a(1), size = a(2), dir = a(3);
        this.d.dom0.dmaUnmapped(bus, size, dir, name === 'dma_unmap_single' ? 'single' : 'page', 'hypervisor');
        return;
      }
      case '_spin_trylock': {
        const lock = a(0);
        const v = m.read32(lock);
        if (v === 1) { m.write32(lock, 0); return 1; }
        return 0;
      }
      case '_spin_unlock_irqrestore': {
        const lock = a(0), flags = a(1);
        m.write32(lock, 1);
        // dom0's virtual interrupt flag, in shared data.
        m.write8(this.d.dom0.exports.get('evtchn_upcall_mask')!, flags & 0xff);
        return;
      }
      case 'eth_type_trans': {
        const skb = a(0), dev = a(1);
        const data = m.read32(skb + SKB.data);
        const hdr = m.readBytes(data, KCONST.ETH_HLEN);
        skbSetMacHeader(m, skb, data);
        if (skbPull(m, skb, KCONST.ETH_HLEN) === null) return { kind: 'fault', reason: `eth_type_trans: skb 0x${hex8(skb)} shorter than an Ethernet header` };
        skbSetDev(m, skb, dev);
        let type: number;
        if (hdr[0]! & 1) type = hdr.subarray(0, 6).every((x) => x === 0xff) ? KCONST.PACKET_BROADCAST : KCONST.PACKET_MULTICAST;
        else {
          const own = m.readBytes(dev + NETDEV.dev_addr, KCONST.ETH_ALEN);
          type = own.every((x, i) => x === hdr[i]) ? KCONST.PACKET_HOST : KCONST.PACKET_OTHERHOST;
        }
        skbSetPktType(m, skb, type);
        return hdr[12]! | (hdr[13]! << 8);
      }
    }
  }

  private free(skb: number): void {
    if (this.d.pool.give(skb)) return;
    this.d.handBack(skb);
  }

  /** Machine address of [va, va+size) when it is physically contiguous dom0 RAM. */
  private busAddress(va: number, size: number): number | null {
    const sp = this.d.dom0.space;
    const t0 = sp.translate(va >>> 0);
    if (!t0) return null;
    const last = (va + Math.max(1, size) - 1) >>> 0;
    for (let p = (va >>> 12) + 1; p <= last >>> 12; p++) {
      const t = sp.translate((p << 12) >>> 0);
      if (!t || t.pfn !== t0.pfn + (p - (va >>> 12))) return null;
    }
    return t0.pa;
  }
}
