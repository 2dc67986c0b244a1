// The hypervisor's preallocated pool of dom0 sk_buffs and fragment pages (thesis §4.2.3): taken by
// the hypervisor's __netdev_alloc_skb and by the guest transmit path, returned by its
// dev_kfree_skb_any and after a received packet was copied to a guest.
//
// Reference trick: a pooled skb carries one extra reference (users = 2 while out, 1 + 1), so a dom0
// routine that frees it (the VM instance cleaning a ring, or an upcall) only drops that reference
// and never returns the memory to dom0's allocator; the pool sees users == 1 and takes it back.

import { KCONST, SKB } from '../layout.generated.js';
import type { MemAccess } from '../mem.js';
import { initSkb, skbBufferBytes, skbDataSize } from '../skb.js';
import type { Dom0Kernel } from '../dom0/kernel.js';

export interface PoolPage {
  readonly page: number;
  readonly va: number;
  readonly pa: number;
}

interface PoolSkb {
  readonly skb: number;
  readonly head: number;
  readonly size: number;
  out: boolean;
  /** Fragment pages attached while out (returned with the skb). */
  pages: PoolPage[];
}

export class SkbPool {
  private readonly byAddr = new Map<number, PoolSkb>();
  private readonly free: PoolSkb[] = [];
  private readonly freePages: PoolPage[] = [];
  readonly stats = { taken: 0, returned: 0, reclaimed: 0, exhausted: 0, pagesTaken: 0 };

  /**
   * `count` skbs able to hold `length` bytes each (dom0 heap memory, allocated through dom0's own
   * skb allocator) and `pages` fragment pages.
   */
  constructor(private readonly dom0: Dom0Kernel, count: number, readonly length: number, pages: number) {
    for (let i = 0; i < count; i++) {
      const skb = dom0.allocSkbHost(length, 0, 'hypervisor skb pool');
      if (!skb) throw new Error(`dom0 heap exhausted after ${i} pool skbs`);
      const e: PoolSkb = { skb, head: dom0.mem.read32(skb + SKB.head), size: skbDataSize(length), out: false, pages: [] };
      dom0.mem.write32(skb + SKB.users, 2);
      this.byAddr.set(skb, e);
      this.free.push(e);
    }
    for (let i = 0; i < pages; i++) {
      const p = dom0.allocPage('hypervisor page pool');
      if (!p) throw new Error(`dom0 heap exhausted after ${i} pool pages`);
      this.freePages.push(p);
    }
  }

  isPool(skb: number): boolean {
    return this.byAddr.has(skb >>> 0);
  }

  get available(): number {
    return this.free.length;
  }

  /**
   * A fresh pooled skb for `len` bytes (reinitialised through `mem`: empty, data = head + 16,
   * no fragments, users = 2), or 0 when the pool is exhausted.
   */
  take(mem: MemAccess, len: number, dev: number): number {
    if (len > this.length) return 0;
    let e = this.free.pop();
    if (!e) { this.reclaim(mem); e = this.free.pop(); }
    if (!e) { this.stats.exhausted++; return 0; }
    initSkb(mem, e.skb, e.head, e.size, { reserve: KCONST.NET_SKB_PAD, dev });
    mem.write32(e.skb + SKB.users, 2);
    e.out = true;
    this.stats.taken++;
    return e.skb;
  }

  /** Returns a pooled skb (and its fragment pages) to the pool; false if it is not one. */
  give(skb: number): boolean {
    const e = this.byAddr.get(skb >>> 0);
    if (!e) return false;
    if (e.out) {
      e.out = false;
      this.free.push(e);
      for (const p of e.pages) this.freePages.push(p);
      e.pages = [];
      this.stats.returned++;
    }
    return true;
  }

  /** A fragment page for a pooled skb (returned with it). */
  takePage(skb: number): PoolPage | null {
    const e = this.byAddr.get(skb >>> 0);
    const p = this.freePages.pop();
    if (!e || !p) { if (p) this.freePages.push(p); return null; }
    e.pages.push(p);
    this.stats.pagesTaken++;
    return p;
  }

  /** Pooled skbs dom0 dropped its reference to (users back at 1) return to the pool. */
  private reclaim(mem: MemAccess): void {
    for (const e of this.byAddr.values()) {
      if (e.out && (mem.read32(e.skb + SKB.users) | 0) === 1) {
        this.give(e.skb);
        this.stats.reclaimed++;
      }
    }
  }

  /** Gives every pooled skb and page back to dom0's allocator (at shutdown). */
  release(): void {
    for (const e of this.byAddr.values()) {
      this.dom0.mem.write32(e.skb + SKB.users, 1);
      this.dom0.freeSkbHost(e.skb, 'hypervisor pool release');
      for (const p of e.pages) this.freePages.push(p);
    }
    for (const p of this.freePages) this.dom0.putPage(p.page, 'hypervisor pool release');
    this.byAddr.clear();
    this.free.length = 0;
    this.freePages.length = 0;
  }

  /** Bytes of dom0 memory the pool holds (for reports). */
  get bytes(): number {
    return this.byAddr.size * (SKB.size + skbBufferBytes(skbDataSize(this.length))) + this.freePages.length * 4096;
  }
}
