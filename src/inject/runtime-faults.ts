// Run-time faults of a campaign (issue 17): what each does to the running system, when it fires,
// and how its plan is drawn so that it reaches state in use.
//
//   ALLOC  the k-th __netdev_alloc_skb of the hypervisor instance (counted from traffic start)
//          returns NULL; FREE: its skb goes back to the pool at once while the driver keeps it.
//          k is drawn among the refills whose ring slot the NIC uses again within the workload
//          (k <= refills - ring slots: the workload wraps the receive ring).
//   DATA   a bit of driver data the data path lives on flips before a packet: ring indices and
//          pointers, or a slot's buffer pointer — a slot in use (receive: the next ones the NIC
//          fills and the driver cleans; transmit: the ones in flight).
//   STACK  a bit of the driver's live stack (between %esp and the invocation's entry) flips at the
//          k-th store the hypervisor instance makes to its stack: mid-invocation.
//   HEAP   a bit of one of the driver's live heap objects (protect.ts: its adapter, rings, buffer
//          arrays, sk_buffs and their data) flips before a packet; the kind of object is drawn
//          first, so that the few objects the driver's state lives in are hit as often as buffers.
//   DMA    the k-th value the driver stores into a DMA descriptor field (a receive or transmit
//          buffer address, a transmit length) is stored with a bit flipped: the NIC then writes or
//          reads elsewhere. Receive addresses are drawn among stores whose slot the NIC uses again
//          within the workload.
// Store-timed faults see the driver's stores through the write watch (ProtectedMemory.trigger).
// Every fault records whether it fired and, once it did, exactly where (`at`).

import { CTX } from '../platform/hypervisor/hypervisor.js';
import { ADAPTER, BUFFER_INFO, RX_DESC, RX_RING, TX_DESC, TX_RING } from '../platform/layout.generated.js';
import type { PlatformHandle } from '../platform/run.js';
import type { Rng } from './mutate.js';
import type { ProtectedMemory } from './protect.js';
import type { RuntimeFaultType, RuntimeSite } from './types.js';

type Ring = 'tx' | 'rx';

/** DATA targets: fields of the driver's rings; `slot` ones are per slot (picked among slots in use). */
export const DATA_FIELDS: ReadonlyArray<{ readonly name: string; readonly ring: Ring; readonly slot: boolean; readonly at: (h: PlatformHandle, slot: number) => number }> = (() => {
  const ring = (h: PlatformHandle, r: Ring): number => h.kernel.adapter + (r === 'tx' ? ADAPTER.tx_ring : ADAPTER.rx_ring);
  const field = (r: Ring, f: 'desc' | 'buffer_info' | 'next_to_use' | 'next_to_clean'): number => (r === 'tx' ? TX_RING[f] : RX_RING[f]);
  const info = (h: PlatformHandle, r: Ring, slot: number): number => h.kernel.mem.read32(ring(h, r) + field(r, 'buffer_info')) + slot * BUFFER_INFO.size;
  const desc = (h: PlatformHandle, r: Ring, slot: number): number => h.kernel.mem.read32(ring(h, r) + field(r, 'desc')) + slot * 16;
  const whole = (r: Ring, f: 'desc' | 'buffer_info' | 'next_to_use' | 'next_to_clean') =>
    ({ name: `${r}_ring.${f}`, ring: r, slot: false, at: (h: PlatformHandle) => ring(h, r) + field(r, f) }) as const;
  return [
    whole('tx', 'next_to_use'), whole('tx', 'next_to_clean'), whole('rx', 'next_to_use'), whole('rx', 'next_to_clean'),
    whole('tx', 'desc'), whole('rx', 'desc'), whole('tx', 'buffer_info'), whole('rx', 'buffer_info'),
    { name: 'tx_buffer_info[i].skb', ring: 'tx', slot: true, at: (h, s) => info(h, 'tx', s) + BUFFER_INFO.skb },
    { name: 'tx_buffer_info[i].dma', ring: 'tx', slot: true, at: (h, s) => info(h, 'tx', s) + BUFFER_INFO.dma },
    { name: 'rx_buffer_info[i].skb', ring: 'rx', slot: true, at: (h, s) => info(h, 'rx', s) + BUFFER_INFO.skb },
    { name: 'rx_buffer_info[i].dma', ring: 'rx', slot: true, at: (h, s) => info(h, 'rx', s) + BUFFER_INFO.dma },
    { name: 'tx_desc[i].buffer_addr', ring: 'tx', slot: true, at: (h, s) => desc(h, 'tx', s) },
    { name: 'rx_desc[i].buffer_addr', ring: 'rx', slot: true, at: (h, s) => desc(h, 'rx', s) },
  ];
})();

/** DMA targets: a descriptor field the driver writes; its byte offset in the descriptor and width in bits. */
export const DMA_FIELDS = {
  'rx_desc.buffer_addr': { ring: 'rx', offset: RX_DESC.buffer_addr, bits: 32 },
  'tx_desc.buffer_addr': { ring: 'tx', offset: TX_DESC.buffer_addr, bits: 32 },
  'tx_desc.length': { ring: 'tx', offset: TX_DESC.length, bits: 16 },
} as const satisfies Record<string, { ring: Ring; offset: number; bits: number }>;
export type DmaField = keyof typeof DMA_FIELDS;
const DMA_FIELD_NAMES = Object.keys(DMA_FIELDS) as DmaField[];

/** Slots ahead of the receive ring's next_to_clean a DATA fault may pick (the NIC fills them next). */
const RX_LIVE_SLOTS = 32;

export type RuntimeSpec =
  | { readonly index: number; readonly type: 'ALLOC' | 'FREE'; readonly call: number }
  | { readonly index: number; readonly type: 'DATA'; readonly field: string; readonly pick: number; readonly bit: number; readonly atPacket: number }
  | { readonly index: number; readonly type: 'STACK'; readonly store: number; readonly pick: number; readonly bit: number }
  | { readonly index: number; readonly type: 'HEAP'; readonly direction: Ring; readonly atPacket: number; readonly pick: number; readonly pickByte: number; readonly bit: number }
  | { readonly index: number; readonly type: 'DMA'; readonly field: DmaField; readonly store: number; readonly bit: number };

/** What the fault-free profile run counted (the ranges faults are drawn from). */
export interface ProfileCounts {
  /** __netdev_alloc_skb calls of the hypervisor instance during traffic. */
  readonly allocCalls: number;
  readonly rxSlots: number;
  /** Stores of the hypervisor instance to its stack during traffic. */
  readonly stackStores: number;
  /** Stores of the driver to each DMA descriptor field during traffic. */
  readonly descStores: Readonly<Record<DmaField, number>>;
}

/** A run-time fault's plan, drawn from `r` (deterministic). */
export function planRuntime(type: RuntimeFaultType, index: number, r: Rng, counts: ProfileCounts, packets: number): RuntimeSpec {
  const upTo = (n: number): number => 1 + r.int(Math.max(1, Math.floor(n)));
  switch (type) {
    case 'ALLOC': case 'FREE':
      return { index, type, call: upTo(counts.allocCalls - counts.rxSlots) };
    case 'DATA': {
      const f = DATA_FIELDS[r.int(DATA_FIELDS.length)]!;
      return { index, type, field: f.name, pick: r.next(), bit: r.int(32), atPacket: r.int(packets) };
    }
    case 'STACK':
      return { index, type, store: upTo(counts.stackStores), pick: r.next(), bit: r.int(8) };
    case 'HEAP':
      return { index, type, direction: r.int(2) ? 'rx' : 'tx', atPacket: r.int(packets), pick: r.next(), pickByte: r.next(), bit: r.int(8) };
    case 'DMA': {
      const field = DMA_FIELD_NAMES[r.int(DMA_FIELD_NAMES.length)]!;
      const f = DMA_FIELDS[field];
      const stores = counts.descStores[field] - (f.ring === 'rx' ? counts.rxSlots : 0);
      return { index, type, field, store: upTo(stores), bit: r.int(f.bits) };
    }
  }
}

export function runtimeSite(s: RuntimeSpec): RuntimeSite {
  switch (s.type) {
    case 'ALLOC': case 'FREE': return { kind: 'runtime', routine: '__netdev_alloc_skb', call: s.call };
    case 'DATA': return { kind: 'runtime', field: s.field, bit: s.bit, atPacket: s.atPacket };
    case 'STACK': return { kind: 'runtime', field: 'driver stack', bit: s.bit, store: s.store };
    case 'HEAP': return { kind: 'runtime', field: 'driver heap object', bit: s.bit, atPacket: s.atPacket };
    case 'DMA': return { kind: 'runtime', field: s.field, bit: s.bit, store: s.store };
  }
}

/** A run-time fault armed on one platform run. */
export class RuntimeFault {
  fired = false;
  /** Where it landed. */
  at: string | undefined;
  private h: PlatformHandle | null = null;
  private readonly alloc: { kind: 'null' | 'free-early'; call: number; seen: number; fired: boolean } | null;

  constructor(readonly spec: RuntimeSpec) {
    this.alloc = spec.type === 'ALLOC' || spec.type === 'FREE' ? { kind: spec.type === 'ALLOC' ? 'null' : 'free-early', call: spec.call, seen: 0, fired: false } : null;
  }

  /** Traffic is about to start. */
  ready(h: PlatformHandle, protect: ProtectedMemory): void {
    this.h = h;
    const s = this.spec, hv = h.hypervisor!;
    if (this.alloc) hv.hot.allocFault = this.alloc;
    else if (s.type === 'STACK') {
      let seen = 0;
      protect.trigger(stackFrames(h), () => {
        if (h.machine.cpu.codeContext !== CTX.driver || ++seen !== s.store) return;
        protect.stopTrigger();
        const cpu = h.machine.cpu, esp = cpu.r[4]! >>> 0, top = hv.invocationTop;
        if (esp >= top) return;
        const va = esp + Math.floor(s.pick * (top - esp));
        const t = cpu.addressSpace.translate(va);
        if (!t) return;
        flipPhys(h, t.pa, 1, s.bit);
        this.fire(`stack byte at 0x${va.toString(16)} (%esp+${va - esp}) bit ${s.bit}`);
      });
    } else if (s.type === 'DMA') {
      const f = DMA_FIELDS[s.field];
      const ring = descRing(h, f.ring);
      let seen = 0;
      protect.trigger(ring.frames, (pfn, offset, length) => {
        const rel = pfn * 4096 + offset - ring.pa;
        if (rel < 0 || rel >= ring.bytes) return;
        const at = f.offset - (rel % 16);
        if (at < 0 || at >= length) return;
        if (++seen !== s.store) return;
        protect.stopTrigger();
        const slot = Math.floor(rel / 16), pa = ring.pa + slot * 16 + f.offset;
        const before = readPhys(h, pa, f.bits / 8);
        flipPhys(h, pa, f.bits / 8, s.bit);
        this.fire(`${f.ring}_desc[${slot}].${s.field.split('.')[1]} 0x${before.toString(16)} -> 0x${readPhys(h, pa, f.bits / 8).toString(16)}`);
      });
    }
  }

  /** Packet `i` of direction `dir` is about to be offered. */
  packet(dir: Ring, i: number, protect: ProtectedMemory): void {
    const s = this.spec, h = this.h;
    if (!h || this.fired) return;
    const mem = h.kernel.mem;
    if (s.type === 'DATA') {
      const f = DATA_FIELDS.find((x) => x.name === s.field)!;
      if (f.ring !== dir || i !== s.atPacket) return;
      const slot = f.slot ? liveSlot(h, f.ring, s.pick) : 0;
      const va = f.at(h, slot);
      mem.write32(va, (mem.read32(va) ^ (1 << s.bit)) >>> 0);
      this.fire(`${f.name.replace('[i]', `[${slot}]`)} bit ${s.bit}`);
    } else if (s.type === 'HEAP') {
      if (dir !== s.direction || i !== s.atPacket) return;
      // A kind of object first (the adapter, the rings, the buffer arrays, sk_buffs, their data,
      // pages), then one of that kind: hundreds of buffers do not drown the few objects the
      // driver's state lives in.
      const byKind = new Map<string, Array<{ addr: number; size: number; kind: string }>>();
      for (const o of protect.driverObjects()) (byKind.get(o.kind) ?? byKind.set(o.kind, []).get(o.kind)!).push(o);
      const kinds = [...byKind.keys()].sort();
      if (!kinds.length) return;
      const k = Math.min(kinds.length - 1, Math.floor(s.pick * kinds.length));
      const objs = byKind.get(kinds[k]!)!;
      const o = objs[Math.min(objs.length - 1, Math.floor((s.pick * kinds.length - k) * objs.length))]!;
      const off = Math.min(o.size - 1, Math.floor(s.pickByte * o.size));
      mem.write8(o.addr + off, mem.read8(o.addr + off) ^ (1 << s.bit));
      this.fire(`${o.kind} block at 0x${o.addr.toString(16)}, byte ${off} bit ${s.bit}`);
    }
  }

  /** Whether the fault fired (ALLOC/FREE: the allocation was reached). */
  get activated(): boolean { return this.alloc ? this.alloc.fired : this.fired; }

  private fire(at: string): void { this.fired = true; this.at = at; }
}

/**
 * Counts, in a fault-free run from traffic start, what run-time faults are drawn from: the
 * hypervisor instance's stack stores and the driver's stores to each descriptor field.
 */
export function countStores(h: PlatformHandle, protect: ProtectedMemory): () => Omit<ProfileCounts, 'allocCalls' | 'rxSlots'> {
  const descStores: Record<DmaField, number> = { 'rx_desc.buffer_addr': 0, 'tx_desc.buffer_addr': 0, 'tx_desc.length': 0 };
  let stackStores = 0;
  const stack = new Set(stackFrames(h));
  const rings = { rx: descRing(h, 'rx'), tx: descRing(h, 'tx') };
  protect.trigger([...stack, ...rings.rx.frames, ...rings.tx.frames], (pfn, offset, length) => {
    if (stack.has(pfn)) { if (h.machine.cpu.codeContext === CTX.driver) stackStores++; return; }
    for (const field of DMA_FIELD_NAMES) {
      const f = DMA_FIELDS[field], ring = rings[f.ring];
      const rel = pfn * 4096 + offset - ring.pa;
      if (rel < 0 || rel >= ring.bytes) continue;
      const at = f.offset - (rel % 16);
      if (at >= 0 && at < length) descStores[field]++;
    }
  });
  return () => ({ stackStores, descStores: { ...descStores } });
}

/** Frames of the stack the hypervisor instance runs on. */
function stackFrames(h: PlatformHandle): number[] {
  const hv = h.hypervisor!, st = hv.driverStack, out: number[] = [];
  for (let va = st.lo; va < st.hi; va += 4096) { const t = hv.region.view.translate(va); if (t) out.push(t.pfn); }
  return out;
}

/** A descriptor ring: its physical start, size and frames (coherent DMA memory: contiguous). */
function descRing(h: PlatformHandle, r: Ring): { pa: number; bytes: number; frames: number[] } {
  const k = h.kernel, ring = k.adapter + (r === 'tx' ? ADAPTER.tx_ring : ADAPTER.rx_ring);
  const va = k.mem.read32(ring + (r === 'tx' ? TX_RING.desc : RX_RING.desc));
  const bytes = 16 * k.mem.read32(ring + (r === 'tx' ? TX_RING.count : RX_RING.count));
  const frames: number[] = [];
  for (let a = va & ~0xfff; a < va + bytes; a += 4096) { const t = k.space.translate(a >>> 0); if (t) frames.push(t.pfn); }
  return { pa: k.space.translate(va)?.pa ?? 0, bytes, frames };
}

/** A slot in use: receive, among the next ones the NIC fills; transmit, among those in flight. */
function liveSlot(h: PlatformHandle, r: Ring, pick: number): number {
  const mem = h.kernel.mem, ring = h.kernel.adapter + (r === 'tx' ? ADAPTER.tx_ring : ADAPTER.rx_ring);
  const count = Math.max(1, mem.read32(ring + (r === 'tx' ? TX_RING.count : RX_RING.count)));
  const ntc = mem.read32(ring + (r === 'tx' ? TX_RING.next_to_clean : RX_RING.next_to_clean)) % count;
  const ntu = mem.read32(ring + (r === 'tx' ? TX_RING.next_to_use : RX_RING.next_to_use)) % count;
  const live = r === 'rx' ? RX_LIVE_SLOTS : Math.max(1, (ntu - ntc + count) % count);
  return (ntc + Math.floor(pick * live)) % count;
}

function readPhys(h: PlatformHandle, pa: number, bytes: number): number {
  const b = h.machine.mem.readPhysRam(pa, bytes);
  let v = 0;
  for (let i = bytes - 1; i >= 0; i--) v = v * 256 + b[i]!;
  return v;
}

/** Flips bit `bit` of the little-endian value of `bytes` bytes at physical `pa` (a host write: nobody's store). */
function flipPhys(h: PlatformHandle, pa: number, bytes: number, bit: number): void {
  const b = h.machine.mem.readPhysRam(pa, bytes);
  b[bit >> 3]! ^= 1 << (bit & 7);
  h.machine.mem.writePhysRam(pa, b);
}
