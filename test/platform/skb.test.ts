// sk_buff helpers over a MemAccess (dom0 memory of a Dom0Kernel): init, reserve/put/push/pull, page
// fragments, reading the whole packet, invariants, the panics, and the struct page mapping.

import { describe, expect, it } from 'vitest';
import { KCONST, PAGE, SHINFO, SKB } from '../../src/platform/layout.generated.js';
import {
  checkSkb, initSkb, SkbError, skbAddFrag, skbBufferBytes, skbDataSize, skbHeadlen, skbPull, skbPush, skbPut, skbPutBytes,
  skbReadPacket, skbReserve, skbSetPktType, skbState,
} from '../../src/platform/skb.js';
import { makePlatform } from './setup.js';

function bytes(n: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (seed + i * 31) & 0xff);
}

describe('skb helpers', () => {
  const { kernel: k } = makePlatform();
  const m = k.mem;
  const frag = (page: number, off: number): number | null => { const v = k.pages.pageToVirt(page); return v === null ? null : v + off; };

  function fresh(len: number): { skb: number; head: number; size: number } {
    const size = skbDataSize(len);
    const skb = k.kmallocHost(SKB.size, 'skb', 'test');
    const head = k.kmallocHost(skbBufferBytes(size), 'skbdata', 'test', { align: 32 });
    initSkb(m, skb, head, size, { reserve: KCONST.NET_SKB_PAD, dev: 0x1234 });
    return { skb, head, size };
  }

  it('initialises like __netdev_alloc_skb: data = tail = head + 16, users 1, empty shared info at end', () => {
    const { skb, head, size } = fresh(100);
    expect(size).toBe(128);
    const s = skbState(m, skb);
    expect(s).toMatchObject({ head, data: head + 16, tail: head + 16, end: head + size, len: 0, dataLen: 0, users: 1, dev: 0x1234, dataref: 1, nrFrags: 0 });
    expect(s.truesize).toBe(size + SKB.size);
    expect(checkSkb(m, skb)).toEqual([]);
  });

  it('reserve, put, push, pull keep len = tail - data + data_len', () => {
    const { skb, head } = fresh(200);
    skbReserve(m, skb, 2);
    const at = skbPutBytes(m, skb, bytes(150, 1));
    expect(at).toBe(head + 18);
    expect(skbPush(m, skb, 4)).toBe(head + 14);
    expect(skbState(m, skb).len).toBe(154);
    expect(skbPull(m, skb, 18)).toBe(head + 32);
    expect(skbPull(m, skb, 1000)).toBeNull();
    expect(skbHeadlen(m, skb)).toBe(136);
    expect(checkSkb(m, skb)).toEqual([]);
    expect(() => skbReserve(m, skb, 1)).toThrow(SkbError);
    expect(() => skbPut(m, skb, 1000)).toThrow(/skb_over_panic/);
    expect(() => skbPush(m, skb, 1000)).toThrow(/skb_under_panic/);
    expect(checkSkb(m, skb)).toEqual([]);
  });

  it('page fragments: attach, read the whole packet in order, invariants', () => {
    const { skb } = fresh(96);
    const head = bytes(96, 5), f1 = bytes(700, 9), f2 = bytes(1200, 13);
    skbPutBytes(m, skb, head);
    const p1 = k.allocPage()!, p2 = k.allocPage()!;
    m.writeBytes(p1.va + 100, f1);
    m.writeBytes(p2.va + 3000, f2.subarray(0, 1096));
    skbAddFrag(m, skb, p1.page, 100, 700);
    skbAddFrag(m, skb, p2.page, 3000, 1096);
    const s = skbState(m, skb);
    expect(s).toMatchObject({ len: 96 + 700 + 1096, dataLen: 1796, nrFrags: 2 });
    expect(s.frags[1]).toEqual({ page: p2.page, offset: 3000, size: 1096 });
    const all = skbReadPacket(m, skb, frag);
    expect([...all]).toEqual([...head, ...f1, ...f2.subarray(0, 1096)]);
    expect(checkSkb(m, skb)).toEqual([]);
    expect(() => skbPut(m, skb, 1)).toThrow(/fragments/);
    m.write32(skb + SKB.data_len, 5);
    expect(checkSkb(m, skb).join()).toMatch(/len .* != /);
  });

  it('a fragment page that is not a struct page is rejected', () => {
    const { skb } = fresh(10);
    skbAddFrag(m, skb, k.pages.memMapVa + 4, 0, 10);
    expect(() => skbReadPacket(m, skb, frag)).toThrow(/not a page/);
  });

  it('pkt_type lives in its bit-field without disturbing neighbours', () => {
    const { skb } = fresh(10);
    m.write8(skb + SKB.flags2, 0xf8);
    skbSetPktType(m, skb, KCONST.PACKET_OTHERHOST);
    expect(m.read8(skb + SKB.flags2)).toBe(0xfb);
    expect(skbState(m, skb).pktType).toBe(KCONST.PACKET_OTHERHOST);
  });

  it('struct page <-> frame mapping is one mem_map of 32-byte entries over dom0 RAM', () => {
    const pm = k.pages;
    const p = k.allocPage()!;
    expect((p.page - pm.memMapVa) % PAGE.size).toBe(0);
    expect(pm.pageToPhys(p.page)).toBe(p.pa);
    expect(pm.pageToVirt(p.page)).toBe(p.va);
    expect(pm.virtToPage(p.va + 123)).toBe(p.page);
    expect(pm.physToPage(p.pa)).toBe(p.page);
    expect(k.space.translate(p.va)!.pa).toBe(p.pa);
    expect(pm.pageToPhys(p.page + 1)).toBeNull();
    expect(pm.pageToPhys(pm.memMapVa + pm.memMapBytes)).toBeNull();
    expect(m.read32(p.page + PAGE._count)).toBe(1);
    expect(SHINFO.frags + KCONST.MAX_SKB_FRAGS * 12).toBeLessThanOrEqual(SHINFO.size);
  });
});
