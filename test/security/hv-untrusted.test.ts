// Issue 13, deliverable 7: everything the hypervisor reads from dom0 memory (and from a guest's) is
// untrusted input. Each attack corrupts what the hypervisor's C reads while it serves the driver
// — sk_buff fields (nr_frags in the tens of thousands, lengths, fragment pages and shared info
// pointing into the hypervisor, a self-looping frag_list), a lock word, the net device's xmit
// pointer, the pooled skbs' own fields, a guest's request and ring indices — and checks the
// class of outcome: a safety event that aborts the driver (or a refused request), never a host
// exception or an emulator failure, the hypervisor running on, and no byte of hypervisor or guest
// memory the driver may not write changed. A host exception inside a primitive serving the driver
// becomes a safety event too.

import { describe, expect, it } from 'vitest';
import type { PhysicalMemory } from '../../src/emulator/memory.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { GUEST_MAP, PV_MAP } from '../../src/platform/hypervisor/layout.js';
import { ADAPTER, BUFFER_INFO, NETDEV, RX_RING, SHINFO, SKB, TX_RING } from '../../src/platform/layout.generated.js';
import { runConfig, type PlatformHandle, type RunReport } from '../../src/platform/run.js';
import type { SafetyKind } from '../../src/svm-runtime/runtime.js';

const objects = driverObjects(undefined, { portIo: 'helpers' });
const PACKETS = 40;
const AT = 8;
/** An address in the hypervisor's own C image (its text): what an attacker would aim at. */
const HV_ADDR = 0xfc800000;

function frameHash(mem: PhysicalMemory, pfn: number): number {
  const slot = mem.frameSlot[pfn]!;
  if (slot < 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < 1024; i++) h = Math.imul(h ^ mem.i32[slot * 1024 + i]!, 0x01000193);
  return h >>> 0;
}

interface Outcome {
  readonly r: RunReport;
  readonly h: PlatformHandle;
  readonly changedFrames: number[];
}

/** A twin run with `corrupt` applied before packet AT of `dir` (or at onReady). */
function attack(dir: 'tx' | 'rx' | 'ready', corrupt: (h: PlatformHandle) => void): Outcome {
  let h: PlatformHandle | null = null;
  let base: Map<number, number> | null = null;
  const r = runConfig({
    config: 'twin', packets: PACKETS, size: 1514, objects, guests: 2,
    onReady: (handle) => {
      h = handle;
      base = new Map(handle.hypervisor!.protectedFrames().map((p) => [p, frameHash(handle.machine.mem, p)]));
      if (dir === 'ready') corrupt(handle);
    },
    onPacket: (d, i) => { if (d === dir && i === AT) corrupt(h!); },
  });
  const handle = h as PlatformHandle | null;
  expect(handle).not.toBeNull();
  const mem = handle!.machine.mem;
  const changedFrames = [...base!].filter(([p, x]) => frameHash(mem, p) !== x).map(([p]) => p);
  return { r, h: handle!, changedFrames };
}

/** The class: the driver was aborted by a safety event of `kind`; the hypervisor survived intact. */
function contained(o: Outcome, kind: SafetyKind, detail: RegExp): void {
  const hv = o.h.hypervisor!;
  expect(o.r.safety.map((e) => e.kind), JSON.stringify(o.r.safety)).toContain(kind);
  const e = o.r.safety.find((x) => x.kind === kind)!;
  expect(e.instance).toBe('hv');
  expect(e.detail).toMatch(detail);
  expect(hv.failed).not.toBeNull();
  expect(hv.hostErrors).toEqual([]);
  expect(hv.crashed).toBeNull();
  expect(o.r.hypervisorCrash).toBeUndefined();
  intact(o);
}

function intact(o: Outcome): void {
  const hv = o.h.hypervisor!;
  expect(o.changedFrames).toEqual([]);
  expect(hv.inst!.hvRuntime.auditStlb()).toEqual([]);
  for (const g of hv.guests) expect(g.corruptedPages()).toEqual([]);
  // The hypervisor still serves hypercalls after the driver died: a guest's transmit is refused cleanly.
  const g = hv.guests[0]!;
  expect(g.transmit(new Uint8Array(60))).toBe('down');
}

/** Every skb posted on the driver's RX ring, and a writer for its fields. */
function rxSkbs(h: PlatformHandle): number[] {
  const m = h.kernel.mem, ring = h.kernel.adapter + ADAPTER.rx_ring;
  const info = m.read32(ring + RX_RING.buffer_info), n = m.read32(ring + RX_RING.count);
  const out: number[] = [];
  for (let i = 0; i < n; i++) { const skb = m.read32(info + i * BUFFER_INFO.size + BUFFER_INFO.skb); if (skb) out.push(skb); }
  expect(out.length).toBeGreaterThan(100);
  return out;
}

describe('the hypervisor treats what it reads from dom0 as untrusted (received skbs)', () => {
  it('nr_frags in the tens of thousands', () => {
    const o = attack('rx', (h) => { for (const skb of rxSkbs(h)) h.kernel.mem.write16(h.kernel.mem.read32(skb + SKB.end) + SHINFO.nr_frags, 40000); });
    contained(o, 'hv-input', /nr_frags larger than MAX_SKB_FRAGS/);
    expect(o.r.rx!.sink.ok).toBeLessThan(PACKETS);
  });

  it('a fragment whose page points into the hypervisor', () => {
    const o = attack('rx', (h) => {
      const m = h.kernel.mem;
      for (const skb of rxSkbs(h)) {
        const sh = m.read32(skb + SKB.end);
        m.write16(sh + SHINFO.nr_frags, 1);
        m.write32(sh + SHINFO.frags, HV_ADDR);
        m.write32(sh + SHINFO.frags + 8, 64);
      }
    });
    contained(o, 'hv-input', /fragment page is not a dom0 struct page/);
  });

  it('skb_shinfo (skb->end) pointing into the hypervisor', () => {
    const o = attack('rx', (h) => { for (const skb of rxSkbs(h)) h.kernel.mem.write32(skb + SKB.end, HV_ADDR + 0x10000); });
    contained(o, 'hv-input', /skb_shinfo is not dom0 memory/);
  });

  it('a length far beyond any buffer', () => {
    const o = attack('rx', (h) => { for (const skb of rxSkbs(h)) h.kernel.mem.write32(skb + SKB.len, 0x10000000); });
    contained(o, 'hv-input', /frame longer than a guest buffer/);
  });

  it('skb->data pointing into the hypervisor', () => {
    const o = attack('rx', (h) => { for (const skb of rxSkbs(h)) h.kernel.mem.write32(skb + SKB.data, HV_ADDR); });
    contained(o, 'svm-access', /is hypervisor memory/);
  });

  it('a frag_list looping on itself with data_len claiming it: refused, no walk, no hang', () => {
    const o = attack('rx', (h) => {
      const m = h.kernel.mem;
      for (const skb of rxSkbs(h)) {
        m.write32(m.read32(skb + SKB.end) + SHINFO.frag_list, skb);
        m.write32(skb + SKB.data_len, 100);
      }
    });
    contained(o, 'hv-input', /fragments do not hold data_len bytes/);
    expect(o.r.safety.some((e) => e.kind === 'watchdog')).toBe(false);
  });
});

describe('the hypervisor treats what it reads from dom0 as untrusted (transmit)', () => {
  it('the net device\'s hard_start_xmit pointing into the hypervisor is no entry', () => {
    const o = attack('tx', (h) => h.kernel.mem.write32(h.kernel.netdev + NETDEV.hard_start_xmit, HV_ADDR));
    contained(o, 'bad-entry', /xmit: 0xfc800000 is not module text/);
    expect(o.r.tx!.sink.ok).toBe(AT);
  });

  it('a lock word no spinlock holds (the hypervisor\'s _spin_trylock)', () => {
    const o = attack('tx', (h) => h.kernel.mem.write32(h.kernel.adapter + ADAPTER.tx_ring + TX_RING.tx_lock, 0x12345678));
    contained(o, 'hv-input', /spinlock bad magic/);
  });

  it('the pooled skbs\' own fields rewritten by dom0: the pool keeps its own record, every packet still verified', () => {
    const o = attack('ready', (h) => {
      const m = h.kernel.mem;
      for (const skb of h.hypervisor!.poolSkbs()) {
        for (const f of [SKB.head, SKB.data, SKB.tail, SKB.end]) m.write32(skb + f, HV_ADDR);
        m.write32(skb + SKB.len, 0xffffffff);
      }
    });
    expect(o.r.safety).toEqual([]);
    expect(o.r.tx!.sink.ok).toBe(PACKETS);
    expect(o.r.rx!.sink.ok).toBe(PACKETS);
    expect(o.changedFrames).toEqual([]);
  });
});

describe('host exceptions while serving the driver are safety events', () => {
  it('a primitive whose host side throws (dom0\'s DMA bookkeeping) aborts the driver, not the emulator', () => {
    const o = attack('tx', (h) => { h.kernel.dmaMapped = () => { throw new TypeError('bookkeeping exploded'); }; });
    contained(o, 'hv-input', /__dbg_dma_map: host code serving the driver failed: bookkeeping exploded/);
  });

  it('host code of the hypervisor\'s softirq failing (dom0 freeing handed-back skbs) is a safety event too', () => {
    const o = attack('rx', (h) => { h.kernel.freeSkbHost = () => { throw new RangeError('allocator exploded'); }; });
    contained(o, 'hv-input', /softirq: host code serving the driver failed: allocator exploded/);
  });
});

describe('a guest\'s requests and rings are untrusted too', () => {
  it('bogus transmit requests are refused; ring indices far ahead are clamped; the hypervisor is unharmed', () => {
    const o = attack('ready', (h) => {
      const hv = h.hypervisor!, g = hv.guests[0]!, sp = g.space;
      const req = GUEST_MAP.txArea + 255 * GUEST_MAP.bufferBytes;
      const hypercall = (nr: number, a1: number): number => h.machine.call(sp, PV_MAP.hypercallPage, { regs: { 0: nr, 2: a1, 1: 0 }, stackArgs: [0, 0], esp: GUEST_MAP.stackHi - 16, ring: 0, context: 3 }).eax | 0;
      // {gref, offset, id, size}: too long, leaving the page, an unknown grant, a request in hypervisor memory.
      for (const [gref, offset, size, want] of [[128, 0, 5000, -22], [128, 4000, 200, -22], [9999, 0, 100, -14]] as const) {
        sp.write16(req, gref); sp.write16(req + 2, offset); sp.write16(req + 4, 7); sp.write16(req + 6, size);
        expect(hypercall(2, req), `${gref}/${offset}/${size}`).toBe(want);
      }
      expect(hypercall(2, HV_ADDR)).toBe(-14);
      // The RX producer a million requests ahead of what one ring holds.
      sp.write32(g.sym('rx_ring'), 1_000_000);
    });
    expect(o.r.safety).toEqual([]);
    expect(o.h.hypervisor!.failed).toBeNull();
    expect(o.r.tx!.sink.ok).toBe(PACKETS);
    expect(o.changedFrames).toEqual([]);
  });
});
