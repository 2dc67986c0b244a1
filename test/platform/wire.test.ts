// The wire: test frames are deterministic and self-verifying, the generator honours rates in emulated
// time across streams, the sink classifies ok / corrupt / duplicate / foreign and counts losses.

import { describe, expect, it } from 'vitest';
import { buildTestFrame, mixedSizes, parseTestFrame, TrafficGenerator, WireSink } from '../../src/platform/nic/wire.js';

const A = [0x02, 0, 0, 0, 0, 1], B = [0x02, 0, 0, 0, 0, 2];

describe('wire', () => {
  it('test frames verify, and any flipped byte is caught', () => {
    const f = buildTestFrame({ dst: A, src: B, stream: 3, seq: 77, size: 200 });
    expect(parseTestFrame(f)).toEqual({ ok: true, stream: 3, seq: 77, size: 200 });
    expect(buildTestFrame({ dst: A, src: B, stream: 3, seq: 77, size: 200 })).toEqual(f);
    for (const i of [0, 7, 13, 20, 25, 29, 30, 150, 199]) {
      const g = f.slice();
      g[i] ^= 0x10;
      expect(parseTestFrame(g).ok, `byte ${i}`).toBe(false);
    }
    const padded = new Uint8Array(260); padded.set(f);
    expect(parseTestFrame(padded).ok).toBe(true);
    padded[250] = 1;
    expect(parseTestFrame(padded).ok).toBe(false);
    expect(parseTestFrame(f.subarray(0, 150)).ok).toBe(false);
  });

  it('the generator emits each frame once, in time order, at each stream rate', () => {
    const g = new TrafficGenerator([
      { id: 1, dst: A, sizes: [60, 1514], rate: 1000, count: 10 },
      { id: 2, dst: B, sizes: mixedSizes(5), rate: 250, count: 5, startUs: 500 },
    ]);
    expect(g.total).toBe(15);
    expect(g.due(0).map((f) => [f.stream, f.seq])).toEqual([[1, 0]]);
    const next = g.due(4000);
    expect(next.map((f) => f.timeUs)).toEqual([500, 1000, 2000, 3000, 4000]);
    expect(next.filter((f) => f.stream === 2).map((f) => f.seq)).toEqual([0]);
    expect(next[1]!.bytes.length).toBe(1514);
    expect(g.nextTimeUs()).toBe(4500);
    g.due(1e9);
    expect(g.done).toBe(true);
    expect(g.due(1e9)).toEqual([]);
  });

  it('mixed sizes cover both extremes and stay in range', () => {
    const s = mixedSizes(1000, 9);
    expect(Math.min(...s)).toBe(60);
    expect(Math.max(...s)).toBe(1514);
    expect(new Set(s).size).toBeGreaterThan(500);
  });

  it('the sink counts ok, corrupt, duplicate, foreign, lost and reordering', () => {
    const sink = new WireSink();
    sink.expect(1, 5);
    const f = (seq: number): Uint8Array => buildTestFrame({ dst: A, src: B, stream: 1, seq, size: 64 });
    expect(sink.receive(f(0))).toBe('ok');
    expect(sink.receive(f(2))).toBe('ok');
    expect(sink.receive(f(1))).toBe('ok');
    expect(sink.receive(f(2))).toBe('duplicate');
    const bad = f(3); bad[40] ^= 1;
    expect(sink.receive(bad)).toBe('corrupt');
    const arp = new Uint8Array(60); arp[12] = 0x08; arp[13] = 0x06;
    expect(sink.receive(arp)).toBe('foreign');
    const r = sink.report();
    expect(r).toMatchObject({ ok: 3, corrupt: 1, duplicate: 1, foreign: 1, lost: 2, outOfOrder: 1 });
    expect(r.streams[0]).toMatchObject({ stream: 1, expected: 5, received: 3, lost: 2 });
    expect(r.problems.length).toBe(3);
  });
});
