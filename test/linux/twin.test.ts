// The real Linux 6.1 e1000 as twin drivers (issue 16): the hypervisor's packet path for Linux 6.1
// skbs (platform-c/hv/net61.c, hot/linux61/env-hv.c) and dom0's (netback61.c). The VM instance
// probes, opens and links in dom0; the hypervisor instance transmits (ndo_start_xmit through
// netdev_ops) and receives (its interrupt handler, then NAPI polls run by the hypervisor); guests'
// frames are SG or linear skbs as the driver's features say; what the hypervisor hands back is
// freed by dom0; nothing leaks; and a driver lacking what the platform needs is named.

import { describe, expect, it } from 'vitest';
import { driverLacks } from '../../src/platform/contract.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { LINUX as K, SIZEOF, net_device, net_device_ops } from '../../src/platform/linux/layout.generated.js';
import { runConfig, type PlatformHandle, type RunOptions, type RunReport } from '../../src/platform/run.js';
import { linuxPlatform, probedE1000 } from './setup.js';

const POOL = 64;

/** A run of the real e1000 (small pool, so that every pooled object is reused several times). */
function run(o: Partial<RunOptions> & Pick<RunOptions, 'config'>): { r: RunReport; h: PlatformHandle } {
  let h: PlatformHandle | null = null;
  const r = runConfig({ packets: 96, size: 1514, guests: 2, poolSkbs: POOL, objects: driverObjects('e1000'), ...o, onReady: (x) => { h = x; o.onReady?.(x); } });
  if (!h) throw new Error(`no platform: ${r.setupFailure}`);
  return { r, h };
}

function expectClean(r: RunReport, packets: number): void {
  expect(r.setupFailure).toBeUndefined();
  expect(r.safety).toEqual([]);
  expect(r.problems).toEqual([]);
  for (const d of [r.tx!, r.rx!]) expect(d.sink).toMatchObject({ ok: packets, lost: 0, corrupt: 0, duplicate: 0, outOfOrder: 0 });
}

const hvWord = (h: PlatformHandle, sym: string): number => h.hypervisor!.region.view.read32(h.hypervisor!.image.sym(sym)) >>> 0;

describe('the real e1000 as twin drivers', () => {
  it('twin: the VM instance probes and links in dom0; the hypervisor instance transmits (SG, the guest\'s page by DMA) and polls NAPI; nothing leaks', () => {
    const { r, h } = run({ config: 'twin' });
    expectClean(r, 96);
    expect(r.bringUp).toMatchObject({ device: 'eth0' });
    expect(r.hypervisorInstance!.hotRoutines).toHaveLength(13);
    const hv = h.hypervisor!;
    expect(hv.stats.xmitOk).toBe(96);
    // the e1000 advertises NETIF_F_SG: 96 bytes in the head, the rest a fragment bound to the guest's frame
    expect(hvWord(h, 'l61_tx_sg')).toBe(96);
    expect(hvWord(h, 'l61_tx_linear')).toBe(0);
    expect(hv.stats.copyBytes).toBe(96 * 96 + 96 * 1514); // TX heads, RX frames into the guests' buffers
    expect(hvWord(h, 'l61_napi_polls')).toBeGreaterThan(0);
    expect(hv.hot.counts.get('napi_gro_receive')).toBe(96);
    // every frame through a pool of 64 structs: reused, and all back once dom0 dropped what it held
    expect(hv.poolAvailable()).toBe(2 * POOL - hvOut(h));
    // dom0 never polled NAPI for frames that were the guests': its stack got none
    expect(h.kernel.takeReceived()).toEqual([]);
  }, 120_000);

  it('a driver without NETIF_F_SG gets linear skbs: the whole frame copied into the head', () => {
    const { r, h } = run({
      config: 'twin', packets: 48,
      onReady: (p) => { const dev = p.kernel.netdev; p.kernel.mem.write32(dev + net_device.features, p.kernel.mem.read32(dev + net_device.features) & ~(1 << K.NETIF_F_SG_BIT)); },
    });
    expectClean(r, 48);
    expect(hvWord(h, 'l61_tx_linear')).toBe(48);
    expect(hvWord(h, 'l61_tx_sg')).toBe(0);
  }, 120_000);

  it('short frames (copybreak: __napi_alloc_skb upcalled, dom0\'s skbs) reach the guests and go back to dom0', () => {
    const { r, h } = run({ config: 'twin', packets: 64, size: 60 });
    expectClean(r, 64);
    expect(hvWord(h, 'l61_handed_back')).toBeGreaterThanOrEqual(64);
    expect(r.upcalls.__napi_alloc_skb).toBe(64);
  }, 120_000);

  it('the upcall sweep\'s far end (every hot routine but the hand-off in dom0) moves every frame, the pool intact', () => {
    const { r, h } = run({ config: 'twin', packets: 64, upcalls: 12 });
    expectClean(r, 64);
    expect(r.upcallsForced).toHaveLength(12);
    expect(r.upcalls.napi_build_skb).toBe(64);
    expect(h.hypervisor!.poolAvailable()).toBe(2 * POOL - hvOut(h));
  }, 120_000);

  it('split (dom0\'s netback with 6.1 skbs) and the unprotected baseline move every frame', () => {
    for (const config of ['split', 'unprotected'] as const) expectClean(run({ config, packets: 48 }).r, 48);
  }, 120_000);

  it('closes in dom0 after the hypervisor ran it; a pooled skb dom0 frees only drops its reference (the reference trick) and is reclaimed', () => {
    const { r, h } = run({ config: 'twin', packets: 48, guests: 1 });
    expectClean(r, 48);
    const hv = h.hypervisor!, k = h.kernel;
    const before = hv.poolAvailable();
    // a struct and head fragment of the pool, built as napi_build_skb builds one in the hypervisor
    const frag = hv.callHv('l61env_frag_alloc', [2048, 0xffffffff]) >>> 0, skb = hv.callHv('l61_napi_build_skb', [frag, 2048]) >>> 0;
    expect(hv.poolUsers(skb)).toBe(2);
    k.freeSkbHost(skb, 'test: dom0 frees a pooled skb');
    expect(hv.poolUsers(skb)).toBe(1); // dom0 dropped the driver's reference; the struct is not dom0's to free
    expect(k.heap.blockAt(skb)?.kind).toBe('skb');
    expect(hv.poolAvailable()).toBe(before); // reclaimed: struct and fragment back in the pool
    expect(k.close()).toMatchObject({ ok: true, value: 0 });
    expect(k.oops).toBeNull();
    expect(k.problems).toEqual([]);
  }, 120_000);
});

/** Receive fragments the driver's ring still holds (posted to the NIC): out of the pool by design. */
function hvOut(h: PlatformHandle): number {
  const hv = h.hypervisor!, v = hv.region.view, out = hv.image.sym('l61_frag_out');
  let n = 0;
  for (let i = 0; i < POOL; i++) n += v.read8(out + i);
  return n;
}

describe('the platform\'s contract with a driver', () => {
  it('names what an opened driver lacks for a configuration, and nothing for one that has it', () => {
    const p = probedE1000(linuxPlatform()), k = p.kernel, m = k.mem;
    expect(k.open()).toMatchObject({ ok: true, value: 0 });
    for (const c of ['native', 'dom0', 'split', 'twin', 'unprotected'] as const) expect(driverLacks(k, c)).toBeNull();
    // the same net device with its ops copied, one entry cleared at a time
    const dev = k.netdev, ops = m.read32(dev + net_device.netdev_ops);
    const copy = k.kmallocHost(SIZEOF.net_device_ops, 'kmalloc', 'test ops');
    m.writeBytes(copy, m.readBytes(ops, SIZEOF.net_device_ops));
    m.write32(dev + net_device.netdev_ops, copy);
    m.write32(copy + net_device_ops.ndo_set_rx_mode, 0);
    expect(driverLacks(k, 'native')).toBeNull();
    expect(driverLacks(k, 'twin')).toMatch(/no netdev_ops->ndo_set_rx_mode: .*promiscuous/);
    m.write32(copy + net_device_ops.ndo_start_xmit, 0);
    expect(driverLacks(k, 'native')).toMatch(/no netdev_ops->ndo_start_xmit: the platform has no way to hand it a frame/);
    m.write32(dev + net_device.netdev_ops, ops);
  });
});
