// The Linux 6.1 hot set is measured, not chosen: the real e1000 runs natively in dom0 (the
// platform's native configuration, after bring-up), transmitting, then receiving; every kernel
// routine it calls at least once per HOT_THRESHOLD_PACKETS packets in either direction is hot.
// That set must be exactly LINUX61_HOT_ROUTINES, which must be the C's l61_hot_names[] in the same
// order (platform-c/hot/linux61/hot.c: the upcall sweep's order).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abiExports } from '../../src/platform/dom0/abi.js';
import { HOT_THRESHOLD_PACKETS, LINUX61_HOT_ROUTINES } from '../../src/platform/dom0/linux61/hot.js';
import { driverObjects } from '../../src/platform/driver-objects.js';
import { runConfig, type PlatformHandle } from '../../src/platform/run.js';
import { ROOT } from '../support/paths.js';

const PACKETS = 300;

function callsPerPacket(direction: 'tx' | 'rx'): Map<string, number> {
  let h: PlatformHandle | null = null;
  let before = new Map<string, number>();
  const r = runConfig({
    config: 'native', packets: PACKETS, size: 1514, direction, objects: driverObjects('e1000'),
    onReady: (x) => { h = x; before = new Map(x.kernel.callCounts); },
  });
  expect(r[direction]!.sink.ok).toBe(PACKETS);
  const after = (h as unknown as PlatformHandle).kernel.callCounts;
  // Kernel routines only (not the C's services to the host, such as the DMA bookkeeping hooks).
  const exported = abiExports().get('linux-6.1')!;
  return new Map([...after].filter(([n]) => exported.has(n)).map(([n, c]) => [n, (c - (before.get(n) ?? 0)) / PACKETS] as const).filter(([, v]) => v > 0));
}

describe('the Linux 6.1 hot set', () => {
  it('is every routine the e1000 calls at least once per 100 packets, transmitting or receiving', () => {
    const tx = callsPerPacket('tx'), rx = callsPerPacket('rx');
    const hot = new Set<string>();
    for (const m of [tx, rx]) for (const [n, v] of m) if (v >= 1 / HOT_THRESHOLD_PACKETS) hot.add(n);
    expect([...hot].sort()).toEqual([...LINUX61_HOT_ROUTINES].sort());
    // what makes them hot: the transmit path maps and unmaps, the receive path builds and hands off
    expect(tx.get('dma_map_page_attrs')).toBeGreaterThanOrEqual(1);
    expect(rx.get('napi_gro_receive')).toBeCloseTo(1, 1);
    expect(rx.get('eth_type_trans')).toBeCloseTo(1, 1);
  }, 120_000);

  it('is the C\'s l61_hot_names[], in the upcall sweep\'s order', () => {
    const src = readFileSync(join(ROOT, 'platform-c/hot/linux61/hot.c'), 'utf8');
    const body = /l61_hot_names\[[^\]]*\]\s*=\s*\{([^}]*)\}/.exec(src)![1]!;
    expect([...body.matchAll(/"([^"]+)"/g)].map((m) => m[1])).toEqual([...LINUX61_HOT_ROUTINES]);
  });
});
