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
import { PTE_P } from '../../emulator/mmu.js';
import { KCONST, NETDEV, SKB } from '../layout.generated.js';
import { hex8, MemAccessError, type MemAccess } from '../mem.js';
import { SkbError, skbPull, skbReadPacketInto, skbSetDev, skbSetMacHeader, skbSetPktType } from '../skb.js';
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
  /**
   * Where frames and dom0's skbs go: methods of a long-lived class, not per-machine closures (the
   * hot routines' optimised code, shared by every machine, would deoptimise when a closure it
   * inlined dies with its machine).
   */
  readonly host: HotHost;
}

export interface HotHost {
  /**
   * A received frame (Ethernet header + payload) for the guests; the skb is freed afterwards. The
   * frame is netif_rx's staging buffer: valid only during the call (copy what you keep).
   */
  deliverFrame(frame: Uint8Array): void;
  /** An skb dom0 allocated (not pooled) that the hypervisor is done with: back to dom0. */
  handBack(skb: number): void;
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
  /** Calls per routine (by HOT_ROUTINES index). */
  private readonly calls = new Float64Array(HOT_ROUTINES.length);
  /** Instructions charged by the hot routines (the hypervisor's own work). */
  charged = 0;
  allocFault: AllocFault | null = null;
  /** Scratch of eth_type_trans (no routine runs guest code, so none is re-entered while in use). */
  private readonly ethHeader = new Uint8Array(KCONST.ETH_HLEN);
  private readonly ownAddr = new Uint8Array(KCONST.ETH_ALEN);
  /** netif_rx: a fragment's (page, offset) as a dom0 address, and the frame buffer for its body. */
  private readonly fragVa = (page: number, off: number): number => {
    const va = this.d.dom0.pages.pageToVirt(page);
    if (va === null) throw new MemAccessError(page, 'r', this.d.mem.name, 'not a struct page');
    return va + off;
  };
  private rxHead = 0;
  private rxFrame: Uint8Array | null = null;
  private rxBuf = new Uint8Array(2048);
  private readonly rxAlloc = (n: number): Uint8Array => {
    const need = this.rxHead + n;
    if (need > this.rxBuf.length) this.rxBuf = new Uint8Array(need);
    return (this.rxFrame = this.rxBuf.subarray(0, need));
  };

  constructor(private readonly d: HotDeps) {}

  /** Calls per routine, for the routines called at least once. */
  get counts(): ReadonlyMap<string, number> {
    const m = new Map<string, number>();
    HOT_ROUTINES.forEach((name, k) => { if (this.calls[k]) m.set(name, this.calls[k]!); });
    return m;
  }

  /**
   * Runs one routine as a hook handler; bad pointers become safety faults, never exceptions. (A
   * bound method, not a closure: every machine's handlers run the same optimised code.)
   */
  handler(name: HotRoutine): (ctx: HookContext) => HookResult {
    return this.call.bind(this, HOT_ROUTINES.indexOf(name));
  }

  private call(k: number, ctx: HookContext): HookResult {
    const name = HOT_ROUTINES[k]!, cost = COST[name];
    this.calls[k]!++;
    ctx.charge(cost);
    this.charged += cost;
    try {
      return this.run(name, ctx);
    } catch (e) {
      if (e instanceof MemAccessError) return { kind: 'fault', reason: `svm-access: ${name}: ${e.message}` };
      // An sk_buff the driver handed over that breaks an invariant (corrupt fragments, lengths):
      // untrusted dom0 data, refused like a bad pointer — the invocation is aborted.
      if (e instanceof SkbError) return { kind: 'fault', reason: `${name}: bad sk_buff: ${e.message}` };
      throw e;
    }
  }

  private run(name: HotRoutine, ctx: HookContext): HookResult {
    const m = this.d.mem;
    switch (name) {
      case '__netdev_alloc_skb': {
        const dev = arg(ctx, 0), len = arg(ctx, 1);
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
        const skb = arg(ctx, 0);
        if (skb === 0) return;
        this.free(skb);
        return;
      }
      case 'netif_rx': {
        const skb = arg(ctx, 0);
        // The frame from the MAC header (set by eth_type_trans) to the end of the data.
        const mac = m.read32(skb + SKB.mac), data = m.read32(skb + SKB.data), len = m.read32(skb + SKB.len);
        const head = data - mac;
        if (head < 0 || head > 64) return { kind: 'fault', reason: `netif_rx: skb 0x${hex8(skb)} has no MAC header before its data` };
        // The frame is read straight into the staging buffer: the body (as skbReadPacket reads
        // it), then the MAC header in front of it.
        this.rxHead = head;
        skbReadPacketInto(m, skb, this.fragVa, this.rxAlloc, head);
        const frame = this.rxFrame!;
        this.rxFrame = null;
        m.readInto(mac, frame, 0, head);
        this.d.host.deliverFrame(frame);
        this.free(skb);
        ctx.charge(len >> 3);
        this.charged += len >> 3;
        return KCONST.NET_RX_SUCCESS;
      }
      case 'dma_map_single': {
        const ptr = arg(ctx, 1), size = arg(ctx, 2), dir = arg(ctx, 3);
        const bus = this.busAddress(ptr, size);
        if (bus === null) return { kind: 'fault', reason: `dma_map_single: [0x${hex8(ptr)}, +${size}) is not contiguous dom0 RAM` };
        this.d.dom0.dmaMapped(bus, size, dir, 'single', 'hypervisor');
        return bus;
      }
      case 'dma_map_page': {
        const page = arg(ctx, 1), offset = arg(ctx, 2), size = arg(ctx, 3), dir = arg(ctx, 4);
        const va = this.d.dom0.pages.pageToVirt(page);
        const bus = va === null ? null : this.busAddress(va + offset, size);
        if (bus === null) return { kind: 'fault', reason: `dma_map_page: 0x${hex8(page)}+${offset} is not a dom0 page` };
        this.d.dom0.dmaMapped(bus, size, dir, 'page', 'hypervisor');
        return bus;
      }
      case 'dma_unmap_single': case 'dma_unmap_page': {
        const bus = arg(ctx, 1), size = arg(ctx, 2), dir = arg(ctx, 3);
        this.d.dom0.dmaUnmapped(bus, size, dir, name === 'dma_unmap_single' ? 'single' : 'page', 'hypervisor');
        return;
      }
      case '_spin_trylock': {
        const lock = arg(ctx, 0);
        const v = m.read32(lock);
        if (v === 1) { m.write32(lock, 0); return 1; }
        return 0;
      }
      case '_spin_unlock_irqrestore': {
        const lock = arg(ctx, 0), flags = arg(ctx, 1);
        m.write32(lock, 1);
        // dom0's virtual interrupt flag, in shared data.
        m.write8(this.d.dom0.exports.get('evtchn_upcall_mask')!, flags & 0xff);
        return;
      }
      case 'eth_type_trans': {
        const skb = arg(ctx, 0), dev = arg(ctx, 1);
        const data = m.read32(skb + SKB.data);
        const hdr = this.ethHeader;
        m.readInto(data, hdr, 0, KCONST.ETH_HLEN);
        skbSetMacHeader(m, skb, data);
        if (skbPull(m, skb, KCONST.ETH_HLEN) === null) return { kind: 'fault', reason: `eth_type_trans: skb 0x${hex8(skb)} shorter than an Ethernet header` };
        skbSetDev(m, skb, dev);
        let type: number;
        if (hdr[0]! & 1) type = hdr.subarray(0, 6).every((x) => x === 0xff) ? KCONST.PACKET_BROADCAST : KCONST.PACKET_MULTICAST;
        else {
          const own = this.ownAddr;
          m.readInto(dev + NETDEV.dev_addr, own, 0, KCONST.ETH_ALEN);
          type = own.every((x, i) => x === hdr[i]) ? KCONST.PACKET_HOST : KCONST.PACKET_OTHERHOST;
        }
        skbSetPktType(m, skb, type);
        return hdr[12]! | (hdr[13]! << 8);
      }
    }
  }

  private free(skb: number): void {
    if (this.d.pool.give(skb)) return;
    this.d.host.handBack(skb);
  }

  /** Machine address of [va, va+size) when it is physically contiguous dom0 RAM. */
  private busAddress(va: number, size: number): number | null {
    const sp = this.d.dom0.space;
    const e0 = sp.pte(va >>> 0);
    if (!(e0 & PTE_P)) return null;
    const pfn0 = e0 >>> 12;
    const last = (va + Math.max(1, size) - 1) >>> 0;
    for (let p = (va >>> 12) + 1; p <= last >>> 12; p++) {
      const e = sp.pte((p << 12) >>> 0);
      if (!(e & PTE_P) || e >>> 12 !== pfn0 + (p - (va >>> 12))) return null;
    }
    return ((pfn0 << 12) | (va & 0xfff)) >>> 0;
  }
}

/** i-th argument of a routine, unsigned. */
function arg(ctx: HookContext, i: number): number { return ctx.arg(i) >>> 0; }
