// The Linux 6.1 ABI's packet-path routines against what Linux does (src/platform/dom0/linux61/
// REFERENCE.md "sk_buffs", "Pages", "NAPI", "BQL"): skb allocation, growth and freeing, page
// fragments, eth_type_trans, the NAPI state machine with the softirq that polls, GRO's hand-off
// and the byte queue limits. The hot ones are the C of platform-c/hot/linux61, called here
// through dom0's exports exactly as the driver calls them.

import { describe, expect, it } from 'vitest';
import {
  LINUX as K, SIZEOF, dql, napi_struct, net_device, sk_buff, skb_shared_info, softnet_data,
} from '../../src/platform/linux/layout.generated.js';
import { skb as S, frags, setFrag, skbHeadAlign, skbTruesize, skbWithOverhead, SHINFO_ALIGNED } from '../../src/platform/linux/skb.js';
import { kmallocRoundup } from '../../src/platform/dom0/linux61/skbuff.js';
import { NAPIF, sd } from '../../src/platform/dom0/linux61/napi.js';
import { lx } from '../../src/platform/dom0/linux61/state.js';
import type { Dom0Kernel } from '../../src/platform/dom0/index.js';
import { assembleModule } from '../platform/setup.js';
import { call, linuxPlatform } from './setup.js';

const MAC = [0x02, 0x11, 0x22, 0x33, 0x44, 0x55];

function etherdev(k: Dom0Kernel): number {
  const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
  k.mem.writeBytes(k.mem.read32(dev + net_device.dev_addr), Uint8Array.from(MAC));
  return dev;
}

function putBytes(k: Dom0Kernel, skb: number, bytes: number[] | Uint8Array): void {
  const at = call(k, 'skb_put', [skb, bytes.length]);
  k.mem.writeBytes(at, Uint8Array.from(bytes));
}

const frame = (dst: number[], proto: number, payload = 46): number[] => [...dst, ...MAC.map((b) => b ^ 1), proto >> 8, proto & 0xff, ...new Array<number>(payload).fill(0xab)];

describe('sk_buffs', () => {
  it('__alloc_skb: a kmalloc head rounded up to its bucket, the shared info at its end, one user, headers unset', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const s = call(k, '__alloc_skb', [100, K.GFP_KERNEL, 0, 0xffffffff]);
    const head = S.head(m, s), size = kmallocRoundup(skbHeadAlign(100)) - SHINFO_ALIGNED;
    expect(k.heap.blockAt(head)?.requested).toBe(kmallocRoundup(skbHeadAlign(100)));
    expect([S.data(m, s), S.tail(m, s), S.end(m, s)]).toEqual([head, head, head + size]);
    expect([S.len(m, s), S.dataLen(m, s), S.users(m, s)]).toEqual([0, 0, 1]);
    expect(m.read32(s + sk_buff.truesize)).toBe(skbTruesize(size));
    expect([m.read16(s + sk_buff.mac_header), m.read16(s + sk_buff.transport_header)]).toEqual([0xffff, 0xffff]);
    expect(m.read32(S.shinfo(m, s) + skb_shared_info.dataref)).toBe(1);
    expect(S.nrFrags(m, s)).toBe(0);
    // skb_put: the old tail back, len and tail moved; past the end is skb_over_panic
    expect(call(k, 'skb_put', [s, 60])).toBe(head);
    expect([S.len(m, s), S.tail(m, s)]).toEqual([60, head + 60]);
    call(k, 'consume_skb', [s]);
    expect(k.leaks()).toEqual([]);
    const t = call(k, '__alloc_skb', [64, K.GFP_ATOMIC, 0, 0xffffffff]);
    expect(() => call(k, 'skb_put', [t, size + 1])).toThrow(/skb_over_panic/);
  });

  it('references: the last consume frees; hard-irq frees go through the completion queue to NET_TX', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const s = call(k, '__alloc_skb', [200, K.GFP_ATOMIC, 0, 0xffffffff]);
    m.write32(s + sk_buff.users, 2);
    call(k, 'consume_skb', [s]);
    expect(k.heap.blockAt(s)?.kind).toBe('skb');
    expect(S.users(m, s)).toBe(1);
    call(k, 'kfree_skb_reason', [s, K.SKB_DROP_REASON_NOT_SPECIFIED]);
    expect(k.heap.blockAt(s)).toBeUndefined();
    const q = call(k, '__alloc_skb', [200, K.GFP_ATOMIC, 0, 0xffffffff]);
    call(k, '__dev_kfree_skb_any', [q, 0], 'hardirq');
    expect(m.read32(sd() + softnet_data.completion_queue)).toBe(q);
    expect(lx(k).softirqPending() & (1 << K.NET_TX_SOFTIRQ)).not.toBe(0);
    expect(k.heap.blockAt(q)?.kind).toBe('skb');
    lx(k).doSoftirq();
    expect(k.heap.blockAt(q)).toBeUndefined();
    // in process context with interrupts on: freed at once
    const r = call(k, '__alloc_skb', [200, K.GFP_ATOMIC, 0, 0xffffffff]);
    call(k, '__dev_kfree_skb_any', [r, 0]);
    expect(k.heap.blockAt(r)).toBeUndefined();
    expect(k.leaks()).toEqual([]);
    call(k, 'consume_skb', [0]); // NULL: nothing
    expect(k.problems).toEqual([]);
  });

  it('trim, pad, copy_bits and expand_head keep the data and the accounting Linux keeps', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const s = call(k, '__alloc_skb', [128, K.GFP_KERNEL, 0, 0xffffffff]);
    putBytes(k, s, Array.from({ length: 100 }, (_, i) => i));
    call(k, 'skb_trim', [s, 80]);
    expect([S.len(m, s), S.tail(m, s) - S.data(m, s)]).toEqual([80, 80]);
    call(k, 'skb_trim', [s, 90]); // longer: nothing
    expect(S.len(m, s)).toBe(80);
    m.writeBytes(S.data(m, s) + 80, new Uint8Array(8).fill(0xee));
    expect(call(k, '__skb_pad', [s, 8, 1])).toBe(0);
    expect([...m.readBytes(S.data(m, s) + 80, 8)]).toEqual(new Array(8).fill(0)); // zeroed, len unchanged
    expect(S.len(m, s)).toBe(80);
    const buf = k.kmallocHost(64, 'kmalloc', 't');
    expect(call(k, 'skb_copy_bits', [s, 10, buf, 20])).toBe(0);
    expect([...m.readBytes(buf, 20)]).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
    expect(call(k, 'skb_copy_bits', [s, 70, buf, 20]) | 0).toBe(-K.EFAULT);
    const oldHead = S.head(m, s), headroom = S.data(m, s) - oldHead;
    expect(call(k, 'pskb_expand_head', [s, 32, 0, K.GFP_ATOMIC])).toBe(0);
    expect(S.head(m, s)).not.toBe(oldHead);
    expect(S.data(m, s) - S.head(m, s)).toBe(headroom + 32);
    expect([...m.readBytes(S.data(m, s), 80)]).toEqual(Array.from({ length: 80 }, (_, i) => i));
    m.write32(s + sk_buff.users, 2);
    expect(() => call(k, 'pskb_expand_head', [s, 32, 0, K.GFP_ATOMIC])).toThrow(/pskb_expand_head of a shared skb/);
  });

  it('page fragments: __pskb_pull_tail moves fragment bytes into the head and drops emptied pages; ___pskb_trim cuts fragments', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const s = call(k, '__alloc_skb', [256, K.GFP_KERNEL, 0, 0xffffffff]);
    putBytes(k, s, [1, 2, 3, 4]);
    const pages = [0, 1].map(() => { const pg = call(k, '__alloc_pages', [K.GFP_ATOMIC, 0, 0, 0]); m.writeBytes(call(k, 'page_address', [pg]), Uint8Array.from({ length: 64 }, (_, i) => 0x40 + i)); return pg; });
    setFrag(m, s, 0, { page: pages[0]!, off: 0, len: 10 });
    setFrag(m, s, 1, { page: pages[1]!, off: 8, len: 30 });
    m.write8(S.shinfo(m, s) + skb_shared_info.nr_frags, 2);
    m.write32(s + sk_buff.len, 44);
    m.write32(s + sk_buff.data_len, 40);
    expect(call(k, '__pskb_pull_tail', [s, 14])).toBe(S.tail(m, s));
    expect([S.len(m, s), S.dataLen(m, s), S.headlen(m, s)]).toEqual([44, 26, 18]);
    expect([...m.readBytes(S.data(m, s), 18)]).toEqual([1, 2, 3, 4, ...Array.from({ length: 10 }, (_, i) => 0x40 + i), 0x48, 0x49, 0x4a, 0x4b]);
    expect(frags(m, s)).toEqual([{ page: pages[1], off: 12, len: 26 }]);
    expect(k.heap.blockAt(call(k, 'page_address', [pages[1]!]))?.kind).toBe('page');
    expect(call(k, '___pskb_trim', [s, 20])).toBe(0);
    expect([S.len(m, s), S.dataLen(m, s)]).toEqual([20, 2]);
    expect(frags(m, s)).toEqual([{ page: pages[1], off: 12, len: 2 }]);
    call(k, 'kfree_skb_reason', [s, K.SKB_DROP_REASON_NOT_SPECIFIED]);
    expect(k.leaks()).toEqual([]); // both pages' last references went with the skb or the pull
  });

  it('NAPI allocation: small heads from the 1 KiB fragments, larger from the page-fragment cache; napi_build_skb around a fragment', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dev = etherdev(k), napi = k.kmallocHost(SIZEOF.napi_struct, 'kmalloc', 'napi', { zero: true });
    m.write32(napi + napi_struct.dev, dev);
    const small = call(k, '__napi_alloc_skb', [napi, 200, K.GFP_ATOMIC]);
    expect(S.headFrag(m, small)).toBe(true);
    expect(S.end(m, small) - S.head(m, small)).toBe(skbWithOverhead(1024));
    expect(S.data(m, small) - S.head(m, small)).toBe(K.NET_SKB_PAD + K.NET_IP_ALIGN);
    expect(m.read32(small + sk_buff.dev)).toBe(dev);
    const big = call(k, '__napi_alloc_skb', [napi, 1600, K.GFP_ATOMIC]);
    expect(S.headFrag(m, big)).toBe(true);
    expect(S.end(m, big) - S.head(m, big)).toBe(skbWithOverhead(skbHeadAlign(1600 + K.NET_SKB_PAD + K.NET_IP_ALIGN)));
    // two allocations from one cache share its page, holding a reference each
    const frag = call(k, '__netdev_alloc_frag_align', [2048, 0xffffffff]);
    const frag2 = call(k, '__netdev_alloc_frag_align', [2048, 0xffffffff]);
    expect(frag2 >>> 12 === frag >>> 12 || frag2 >>> 15 === frag >>> 15).toBe(true);
    const b = call(k, 'napi_build_skb', [frag, 2048]);
    expect([S.head(m, b), S.data(m, b), S.len(m, b), S.headFrag(m, b)]).toEqual([frag, frag, 0, true]);
    expect(m.read32(b + sk_buff.truesize)).toBe(skbTruesize(2048 - SHINFO_ALIGNED));
    for (const x of [small, big, b]) call(k, 'napi_consume_skb', [x, 64], 'softirq');
    call(k, 'page_frag_free', [frag2]);
    call(k, 'free_netdev', [dev]);
    k.kfreeHost(napi, ['kmalloc'], 'test');
    expect(k.leaks()).toEqual([]); // the caches' own pages are the kernel's
  });

  it('eth_type_trans: MAC header set, pulled, packet type from the destination, protocol from the type field or 802.3', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dev = etherdev(k);
    const cases: Array<[number[], number, number, number]> = [
      [MAC, 0x0800, K.PACKET_HOST, 0x0008],
      [[255, 255, 255, 255, 255, 255], 0x0806, K.PACKET_BROADCAST, 0x0608],
      [[0x01, 0x00, 0x5e, 0, 0, 1], 0x86dd, K.PACKET_MULTICAST, 0xdd86],
      [[0x02, 9, 9, 9, 9, 9], 0x88b5, K.PACKET_OTHERHOST, 0xb588],
      [MAC, 46, K.PACKET_HOST, 0x0400], // 802.2 LLC: htons(ETH_P_802_2)
    ];
    for (const [dst, proto, type, be] of cases) {
      const s = call(k, '__alloc_skb', [128, K.GFP_ATOMIC, 0, 0xffffffff]);
      putBytes(k, s, frame(dst, proto));
      const data = S.data(m, s);
      expect(call(k, 'eth_type_trans', [s, dev])).toBe(be);
      expect([S.pktType(m, s), S.data(m, s), S.len(m, s), S.macHeader(m, s), m.read32(s + sk_buff.dev)]).toEqual([type, data + 14, 46, data, dev]);
      call(k, 'consume_skb', [s]);
    }
    // raw 802.3 (IPX): 0xFFFF after the header gives htons(ETH_P_802_3)
    const s = call(k, '__alloc_skb', [128, K.GFP_ATOMIC, 0, 0xffffffff]);
    const raw = frame(MAC, 46); raw[14] = 0xff; raw[15] = 0xff;
    putBytes(k, s, raw);
    expect(call(k, 'eth_type_trans', [s, dev])).toBe(0x0100);
  });
});

describe('NAPI and the softirq', () => {
  const POLL = `
\t.data
\t.globl polls, seen, ret, completed
polls:\t.long 0
seen:\t.long 0
ret:\t.long 3
completed:\t.long 0
\t.text
\t.globl poll
poll:\tincl polls
\tmovl %edx, seen
\tmovl ret, %edx
\tcall napi_complete_done
\tmovzbl %al, %eax
\tmovl %eax, completed
\tmovl ret, %eax
\tret
`;

  function setup() {
    const p = linuxPlatform(), k = p.kernel, m = k.mem;
    k.loadModule(assembleModule('napipoll', POLL));
    const dev = etherdev(k), napi = k.kmallocHost(SIZEOF.napi_struct, 'kmalloc', 'napi', { zero: true });
    call(k, 'netif_napi_add_weight', [dev, napi, k.moduleSymbol('poll'), 64]);
    const st = (): number => m.read32(napi + napi_struct.state);
    const sym = (n: string): number => m.read32(k.moduleSymbol(n));
    return { k, m, dev, napi, st, sym };
  }

  it('netif_napi_add_weight lists a disabled context; napi_enable clears SCHED and NPSVC; twice is a BUG', () => {
    const { k, m, dev, napi, st } = setup();
    expect(st()).toBe(NAPIF.LISTED | NAPIF.SCHED | NAPIF.NPSVC);
    expect([m.read32(napi + napi_struct.weight), m.read32(napi + napi_struct.dev)]).toEqual([64, dev]);
    expect(m.read32(napi + napi_struct.napi_id)).toBeGreaterThan(K.NR_CPUS);
    expect(m.read32(dev + net_device.napi_list)).toBe(napi + napi_struct.dev_list);
    expect(call(k, 'napi_schedule_prep', [napi]) & 0xff).toBe(0); // disabled contexts are SCHED: not scheduled (MISSED noted)
    call(k, 'napi_enable', [napi]);
    expect(st()).toBe(NAPIF.LISTED | NAPIF.MISSED);
    expect(() => call(k, 'napi_enable', [napi])).toThrow(/napi_enable/);
  });

  it('schedule_prep + __napi_schedule queue the poll on NET_RX; the softirq polls with the weight; complete clears SCHED', () => {
    const { k, m, napi, st, sym } = setup();
    call(k, 'napi_enable', [napi]);
    expect(call(k, 'napi_schedule_prep', [napi]) & 0xff).toBe(1);
    expect(call(k, 'napi_schedule_prep', [napi]) & 0xff).toBe(0); // already scheduled: MISSED
    expect(st() & (NAPIF.SCHED | NAPIF.MISSED)).toBe(NAPIF.SCHED | NAPIF.MISSED);
    call(k, '__napi_schedule', [napi], 'hardirq');
    expect(m.read32(sd() + softnet_data.poll_list)).toBe(napi + napi_struct.poll_list);
    expect(lx(k).softirqPending() & (1 << K.NET_RX_SOFTIRQ)).not.toBe(0);
    lx(k).doSoftirq();
    // MISSED: the first completion reschedules (false), the second poll completes
    expect([sym('polls'), sym('seen'), sym('completed')]).toEqual([2, 64, 1]);
    expect(st() & (NAPIF.SCHED | NAPIF.MISSED)).toBe(0);
    expect(m.read32(sd() + softnet_data.poll_list)).toBe(sd() + softnet_data.poll_list);
    expect(k.problems).toEqual([]);
  });

  it('napi_disable waits for a scheduled poll and leaves the context SCHED|NPSVC; napi_complete_done then refuses', () => {
    const { k, napi, st, sym } = setup();
    call(k, 'napi_enable', [napi]);
    call(k, 'napi_schedule_prep', [napi]);
    call(k, '__napi_schedule', [napi]);
    call(k, 'napi_disable', [napi]);
    expect(sym('polls')).toBe(1);
    expect(st()).toBe(NAPIF.LISTED | NAPIF.SCHED | NAPIF.NPSVC);
    expect(call(k, 'napi_complete_done', [napi, 0]) & 0xff).toBe(0);
    // from atomic context it would sleep
    call(k, 'napi_enable', [napi]);
    call(k, 'napi_disable', [napi], 'softirq');
    expect(k.problems.some((x) => /sleeping function called from invalid context.*napi_disable/.test(x))).toBe(true);
  });

  it('napi_gro_receive: a frame no GRO handler merges is GRO_NORMAL, marked with the NAPI id, and reaches the stack', () => {
    const { k, m, dev, napi } = setup();
    call(k, 'napi_enable', [napi]);
    const s = call(k, '__napi_alloc_skb', [napi, 60, K.GFP_ATOMIC]);
    putBytes(k, s, frame(MAC, 0x88b5));
    m.write16(s + sk_buff.protocol, call(k, 'eth_type_trans', [s, dev]));
    expect(call(k, 'napi_gro_receive', [napi, s], 'softirq')).toBe(K.GRO_NORMAL);
    expect(m.read32(s + sk_buff.napi_id)).toBe(m.read32(napi + napi_struct.napi_id));
    const got = lx(k).takeReceived();
    expect(got.length).toBe(1);
    expect([...got[0]!.bytes]).toEqual(frame(MAC, 0x88b5));
    expect([got[0]!.protocol, got[0]!.pktType]).toEqual([0xb588, K.PACKET_HOST]);
  });
});

describe('byte queue limits', () => {
  it('dql_completed: a starved queue grows its limit by what completed; more than queued is a BUG; dql_reset clears', () => {
    const { kernel: k } = linuxPlatform(), m = k.mem;
    const dq = k.kmallocHost(SIZEOF.dql, 'kmalloc', 'dql', { zero: true });
    m.write32(dq + dql.max_limit, K.DQL_MAX_LIMIT);
    m.write32(dq + dql.slack_hold_time, K.HZ);
    call(k, 'dql_reset', [dq]);
    expect([m.read32(dq + dql.limit), m.read32(dq + dql.num_queued), m.read32(dq + dql.lowest_slack)]).toEqual([0, 0, 0xffffffff]);
    // dql_queued (inline in the driver): 1000 bytes in one object
    m.write32(dq + dql.num_queued, 1000);
    m.write32(dq + dql.last_obj_cnt, 1000);
    call(k, 'dql_completed', [dq, 1000]);
    // over the limit (0) and nothing in flight: starved; limit += completed - prev_num_queued
    expect([m.read32(dq + dql.limit), m.read32(dq + dql.adj_limit), m.read32(dq + dql.num_completed), m.read32(dq + dql.prev_num_queued), m.read32(dq + dql.prev_ovlimit)])
      .toEqual([1000, 2000, 1000, 1000, 0]);
    expect(m.read32(dq + dql.slack_start_time)).toBe(k.jiffies);
    expect(() => call(k, 'dql_completed', [dq, 1])).toThrow(/kernel BUG at lib\/dynamic_queue_limits/);
  });
});
