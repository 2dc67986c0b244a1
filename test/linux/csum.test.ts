// Checksum offload as the driver advertises it (issue 16): a guest's frame whose TCP/UDP checksum
// field holds only the pseudo-header sum (NETTXF_csum_blank, Xen's io/netif.h) leaves the NIC with a
// correct checksum, asked of the NIC through the real e1000's context descriptor when its features
// say NETIF_F_HW_CSUM / NETIF_F_IP_CSUM, filled in software (skb_checksum_help) when they do not;
// a frame the backend cannot fill is refused. On receive, the driver's CHECKSUM_UNNECESSARY (the NIC
// validated the TCP/UDP checksum) reaches the guest as NETRXF_data_validated. Twin and split.

import { describe, expect, it } from 'vitest';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { NETRXF, NETTXF } from '../../src/platform/hypervisor/guest.js';
import { GUEST_MAP } from '../../src/platform/hypervisor/layout.js';
import { LINUX as K, net_device } from '../../src/platform/linux/layout.generated.js';
import { checkReceived, onesSum, RX_IP_CHECKED, RX_L4_CHECKED } from '../../src/platform/nic/i82540em/offload.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';

const TCP = 6, UDP = 17;
const PEER = new Uint8Array([0x02, 0, 0, 0, 0, 0x99]);

/**
 * An IPv4 TCP/UDP frame of `size` bytes (payload from `seed`), its IP header checksum filled; the L4
 * checksum field holds the pseudo-header sum (blank, as a stack with CHECKSUM_PARTIAL leaves it) or
 * the full checksum (complete), or a wrong one (bad). `ihl` words of IP header (options zeroed).
 */
function ipFrame(o: { dst: Uint8Array; src: Uint8Array; proto: number; size: number; seed: number; csum: 'blank' | 'complete' | 'bad'; ihl?: number }): Uint8Array {
  const f = new Uint8Array(o.size), ihl = (o.ihl ?? 5) * 4, l4 = 14 + ihl, l4len = o.size - l4;
  f.set(o.dst, 0); f.set(o.src, 6); f[12] = 0x08; f[13] = 0x00;
  f[14] = 0x40 | (ihl / 4); f[16] = (o.size - 14) >> 8; f[17] = (o.size - 14) & 0xff; f[22] = 64; f[23] = o.proto;
  f.set([10, 0, 0, 1, 10, 0, 0, 2], 26);
  let x = o.seed | 1;
  for (let i = l4; i < o.size; i++) { x = (x * 1103515245 + 12345) >>> 0; f[i] = x >>> 24; }
  const ipSum = ~onesSum(f, 14, l4) & 0xffff;
  f[24] = ipSum >> 8; f[25] = ipSum & 0xff;
  const field = l4 + (o.proto === TCP ? 16 : 6);
  if (o.proto === TCP) f[l4 + 12] = 0x50; else { f[l4 + 4] = l4len >> 8; f[l4 + 5] = l4len & 0xff; }
  f[field] = 0; f[field + 1] = 0;
  const pseudo = onesSum(f, 26, 34, o.proto + l4len);
  if (o.csum === 'blank') { f[field] = pseudo >> 8; f[field + 1] = pseudo & 0xff; return f; }
  let c = ~onesSum(f, l4, o.size, pseudo) & 0xffff;
  if (o.csum === 'bad') c ^= 0x0101;
  f[field] = c >> 8; f[field + 1] = c & 0xff;
  return f;
}

const valid = (f: Uint8Array): boolean => checkReceived(f, f.length, true, true) === (RX_IP_CHECKED | RX_L4_CHECKED);

/** A platform up after a short run of the real e1000; `features` edits dev->features first. */
function platform(config: 'twin' | 'split', clear = 0): PlatformHandle {
  let h: PlatformHandle | null = null;
  const r = runConfig({
    config, packets: 4, size: 200, guests: 2, objects: driverObjects('e1000'),
    onReady: (p) => {
      h = p;
      const dev = p.kernel.netdev;
      if (clear) p.kernel.mem.write32(dev + net_device.features, p.kernel.mem.read32(dev + net_device.features) & ~clear);
    },
  });
  expect(r.setupFailure).toBeUndefined();
  expect(r.safety).toEqual([]);
  return h!;
}

/** Sends each frame from guest 1 with `flags`; the frames on the wire, in order. */
function send(h: PlatformHandle, frames: Uint8Array[], flags: number): { wire: Uint8Array[]; taken: boolean[] } {
  const wire: Uint8Array[] = [];
  h.tapWire((f) => wire.push(f));
  const taken = frames.map((f) => h.path.transmit(f, h.guests[0]!, flags));
  for (let i = 0; i < 3; i++) { h.path.service(); h.kernel.advance(1); }
  h.tapWire(null);
  return { wire, taken };
}

const SIZES = [1514, 333, 60, 97] as const;
const framesFor = (h: PlatformHandle, csum: 'blank' | 'complete'): Uint8Array[] =>
  SIZES.flatMap((size, i) => [TCP, UDP].map((proto) => ipFrame({ dst: PEER, src: h.guests[0]!.mac, proto, size, seed: i * 7 + proto, csum, ihl: i === 3 ? 7 : 5 })));
const CSUM_FEATURES = (1 << K.NETIF_F_IP_CSUM_BIT) | (1 << K.NETIF_F_HW_CSUM_BIT);
const hvWord = (h: PlatformHandle, sym: string): number => h.hypervisor!.region.view.read32(h.hypervisor!.image.sym(sym)) >>> 0;

describe('transmit checksum offload (NETTXF_csum_blank)', () => {
  for (const config of ['twin', 'split'] as const) {
    it(`${config}: the e1000 offers NETIF_F_HW_CSUM: the NIC fills each checksum (a context descriptor per frame); the wire carries correct ones`, () => {
      const h = platform(config);
      const features = h.kernel.mem.read32(h.kernel.netdev + net_device.features);
      expect(features & (1 << K.NETIF_F_HW_CSUM_BIT)).not.toBe(0);
      const frames = framesFor(h, 'blank');
      expect(frames.some(valid)).toBe(false); // blank: none would pass as it is
      const contexts = h.nic.counters.txContexts;
      const { wire, taken } = send(h, frames, NETTXF.csumBlank);
      expect(taken.every(Boolean)).toBe(true);
      expect(wire).toHaveLength(frames.length);
      for (const [i, f] of wire.entries()) {
        expect(valid(f), `frame ${i}`).toBe(true);
        // only the checksum field differs from what the guest sent
        const ihl = (frames[i]![14]! & 0xf) * 4, field = 14 + ihl + (frames[i]![23] === TCP ? 16 : 6);
        expect([...f.subarray(0, field)]).toEqual([...frames[i]!.subarray(0, field)]);
        expect([...f.subarray(field + 2)]).toEqual([...frames[i]!.subarray(field + 2)]);
      }
      expect(h.nic.counters.txContexts - contexts).toBeGreaterThanOrEqual(1);
      if (config === 'twin') { expect(hvWord(h, 'l61_tx_csum_nic')).toBe(frames.length); expect(hvWord(h, 'l61_tx_csum_sw')).toBe(0); }
      expect(h.safety.events).toEqual([]);
    }, 120_000);

    it(`${config}: without NETIF_F_IP_CSUM / HW_CSUM (also linear, without SG) the checksum is filled in software; no context descriptor`, () => {
      for (const clear of [CSUM_FEATURES, CSUM_FEATURES | (1 << K.NETIF_F_SG_BIT)]) {
        const h = platform(config, clear);
        const frames = framesFor(h, 'blank');
        const contexts = h.nic.counters.txContexts, g = h.guests[0]!;
        for (const [i, f] of frames.entries()) {
          const { wire } = send(h, [f], NETTXF.csumBlank);
          expect(wire).toHaveLength(1);
          expect(valid(wire[0]!), `frame ${i}`).toBe(true);
          // the guest's buffer still holds what it sent (blank): the field was filled in dom0's copy of the head
          const held = new Set<string>();
          for (let id = 0; id < GUEST_MAP.buffers; id++) held.add(g.space.readBytes(GUEST_MAP.txArea + id * GUEST_MAP.bufferBytes, f.length).join());
          expect(held.has(f.join()), `frame ${i} in guest memory`).toBe(true);
        }
        expect(h.nic.counters.txContexts).toBe(contexts);
        if (config === 'twin') { expect(hvWord(h, 'l61_tx_csum_sw')).toBe(frames.length); expect(hvWord(h, 'l61_tx_csum_nic')).toBe(0); }
        expect(h.safety.events).toEqual([]);
      }
    }, 120_000);

    it(`${config}: a complete frame without the flag goes out as it is (CHECKSUM_NONE); one the backend cannot fill is refused`, () => {
      const h = platform(config);
      const complete = framesFor(h, 'complete');
      const { wire } = send(h, complete, 0);
      expect(wire.map((f) => [...f])).toEqual(complete.map((f) => [...f]));
      // not IPv4, an IP fragment, an unknown protocol: nothing to fill
      const g = h.guests[0]!;
      const notIp = ipFrame({ dst: PEER, src: g.mac, proto: UDP, size: 128, seed: 1, csum: 'blank' }); notIp[13] = 0x06;
      const fragment = ipFrame({ dst: PEER, src: g.mac, proto: TCP, size: 128, seed: 2, csum: 'blank' }); fragment[20] = 0x20;
      const icmp = ipFrame({ dst: PEER, src: g.mac, proto: UDP, size: 128, seed: 3, csum: 'blank' }); icmp[23] = 1;
      const runt = ipFrame({ dst: PEER, src: g.mac, proto: TCP, size: 40, seed: 4, csum: 'blank' });
      const bad = send(h, [notIp, fragment, icmp, runt], NETTXF.csumBlank);
      expect(bad.wire).toEqual([]);
      if (config === 'twin') expect(bad.taken).toEqual([false, false, false, false]); // refused by the hypercall
      // and the path still moves frames afterwards
      expect(send(h, complete.slice(0, 2), NETTXF.csumBlank).wire).toHaveLength(2);
      expect(h.safety.events).toEqual([]);
    }, 120_000);
  }
});

describe('receive checksum status (NETRXF_data_validated)', () => {
  for (const config of ['twin', 'split'] as const) {
    it(`${config}: a TCP/UDP frame the NIC validated is data_validated for the guest; a bad or unchecked one is not`, () => {
      const h = platform(config);
      const g = h.guests[1]!;
      g.clearReceived();
      const mk = (proto: number, size: number, csum: 'complete' | 'bad', seed: number): Uint8Array => ipFrame({ dst: g.mac, src: PEER, proto, size, seed, csum });
      const other = mk(UDP, 200, 'complete', 9); other[13] = 0x06; // not IPv4: the NIC checks nothing
      const cases: [Uint8Array, number][] = [
        [mk(TCP, 1514, 'complete', 1), NETRXF.dataValidated], [mk(UDP, 100, 'complete', 2), NETRXF.dataValidated],
        [mk(TCP, 400, 'bad', 3), 0], [mk(UDP, 1000, 'bad', 4), 0], [other, 0], [mk(TCP, 64, 'complete', 5), NETRXF.dataValidated],
      ];
      for (const [f] of cases) expect(h.nic.deliver(f)).toBe('accepted');
      for (let i = 0; i < 4; i++) { h.path.service(); h.kernel.advance(1); }
      expect(g.received.map((f) => [...f])).toEqual(cases.map(([f]) => [...f]));
      expect(g.receivedFlags).toEqual(cases.map(([, flags]) => flags));
      expect(h.safety.events).toEqual([]);
    }, 120_000);
  }
});

describe('the sample driver (mini API) has no checksum offload', () => {
  it('twin and split: a NETTXF_csum_blank frame is refused, never put on the wire with a blank checksum; complete frames still go', () => {
    for (const config of ['twin', 'split'] as const) {
      let h: PlatformHandle | null = null;
      const r = runConfig({ config, packets: 4, size: 200, guests: 1, onReady: (p) => { h = p; } });
      expect(r.setupFailure).toBeUndefined();
      const p = h!, g = p.guests[0]!;
      const blank = ipFrame({ dst: PEER, src: g.mac, proto: UDP, size: 300, seed: 5, csum: 'blank' });
      const refused = send(p, [blank], NETTXF.csumBlank);
      expect(refused.wire).toEqual([]);
      if (config === 'twin') expect(refused.taken).toEqual([false]);
      const complete = ipFrame({ dst: PEER, src: g.mac, proto: TCP, size: 300, seed: 6, csum: 'complete' });
      expect(send(p, [complete], 0).wire.map((f) => [...f])).toEqual([[...complete]]);
      expect(p.safety.events).toEqual([]);
    }
  }, 120_000);
});
