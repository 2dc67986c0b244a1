// Integration: the UNREWRITTEN sample driver (assembled from the committed e1000like.s) loaded into
// the modeled dom0 kernel on the emulated machine with the NIC model: probe, open, link-up through
// timers, 1,000 transmitted frames (some with page fragments) and 1,000 received frames for several
// destination MACs, every payload verified, watchdog statistics, ethtool through do_ioctl, link
// loss, close and remove with no leak. Prints (does not assert) instructions per packet.

import { describe, expect, it } from 'vitest';
import {
  ADAPTER, ETHTOOL_DRVINFO, ETHTOOL_EEPROM, ETHTOOL_PERM_ADDR, ETHTOOL_REGS, ETHTOOL_STATS, ETHTOOL_VALUE, E1000_BITS, HW_STATS, KCONST, NETDEV, NETDEV_STATS,
} from '../../src/platform/layout.generated.js';
import { read64, readCString } from '../../src/platform/mem.js';
import { macString, mixedSizes, TrafficGenerator, WireSink } from '../../src/platform/nic/index.js';
import { e1000likeObject, makePlatform } from './setup.js';

const TX_FRAMES = 1000;
const PEER = [0x02, 0x00, 0x00, 0x00, 0x0a, 0x01];
const GUEST = [0x02, 0x00, 0x00, 0x00, 0x00, 0x02];
const BROADCAST = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff];

function u32s(bytes: Uint8Array): DataView { return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
function cstr(bytes: Uint8Array, off: number, max: number): string {
  let s = '';
  for (let i = 0; i < max && bytes[off + i]; i++) s += String.fromCharCode(bytes[off + i]!);
  return s;
}

describe('e1000like on the modeled dom0 kernel (native, unrewritten)', () => {
  it('probe, open, 1000 TX + 1000 RX verified, watchdog stats, ethtool, close, remove without leaks', () => {
    const { machine, nic, kernel: k, wire } = makePlatform();
    const cpu = machine.cpu;
    const m = k.mem;
    k.loadModule(e1000likeObject());

    // ---- probe ----
    const init = k.initModule();
    expect(init, k.logText()).toMatchObject({ ok: true, value: 0 });
    const dev = k.netdev;
    expect(dev).not.toBe(0);
    expect(readCString(m, dev + NETDEV.name, 16)).toBe('eth0');
    expect([...m.readBytes(dev + NETDEV.dev_addr, 6)]).toEqual([...nic.mac]);
    expect(k.logText()).toContain(`MAC ${macString(nic.mac)}`);
    expect(k.carrierOk()).toBe(false);
    expect(k.queueStopped()).toBe(true);
    expect(nic.pciCommand & 0x6).toBe(0x6);

    // ---- open; the LSC interrupt arms the watchdog, which brings the carrier up ----
    expect(k.open()).toMatchObject({ ok: true, value: 0 });
    expect(nic.rxRing.tail).toBe(255);
    expect(nic.interruptMask).toBe(E1000_BITS.IMS_ENABLE_MASK);
    expect(k.advance(8).ok).toBe(true);
    expect(k.carrierOk()).toBe(true);
    expect(k.queueStopped()).toBe(false);
    expect(k.logText()).toContain('link up, 1000 Mb/s, full duplex');

    // ---- transmit 1000 frames of mixed sizes; every third with page fragments ----
    const txSink = new WireSink();
    txSink.expect(1, TX_FRAMES);
    const txGen = new TrafficGenerator([{ id: 1, dst: PEER, src: nic.mac, sizes: mixedSizes(TX_FRAMES, 7), rate: 1e6, count: TX_FRAMES }]);
    let withFrags = 0, retries = 0;
    const txStart = cpu.counters[k.context]!, txKernel0 = k.counters.kernelInsns;
    const callsBefore = new Map(k.callCounts);
    for (let i = 0; i < TX_FRAMES; i++) {
      const frame = txGen.frame(1, i);
      let skb: number;
      if (i % 3 === 0 && frame.length > 200) {
        const rest = frame.length - 96;
        const a = Math.floor(rest / 3), b = Math.floor(rest / 3);
        skb = k.buildSkb(frame, { headLen: 96, fragSizes: [a, b, rest - a - b], fragOffset: 100 + (i % 7) * 13 });
        withFrags++;
      } else skb = k.buildSkb(frame);
      for (let tries = 0; ; tries++) {
        const r = k.transmit(skb);
        if (r.status === 'ok') break;
        expect(['busy', 'stopped', 'locked'], `${r.status} ${r.reason ?? ''}`).toContain(r.status);
        expect(tries).toBeLessThan(100);
        retries++;
        k.advance(1);
      }
      if (i % 50 === 49) k.advance(1);
    }
    k.serviceInterrupts();
    const txInsns = cpu.counters[k.context]! - txStart, txKernel = k.counters.kernelInsns - txKernel0;
    const txCalls = new Map([...k.callCounts].map(([n, c]) => [n, c - (callsBefore.get(n) ?? 0)]));
    for (const f of wire) txSink.receive(f);
    const tx = txSink.report();
    expect(tx.problems).toEqual([]);
    expect(tx).toMatchObject({ ok: TX_FRAMES, corrupt: 0, duplicate: 0, lost: 0, foreign: 0 });
    expect(withFrags).toBeGreaterThan(250);
    expect(nic.counters.txFrames).toBe(TX_FRAMES);
    expect(m.read32(dev + NETDEV.stats + NETDEV_STATS.tx_packets)).toBe(TX_FRAMES);
    expect(m.read32(dev + NETDEV.stats + NETDEV_STATS.tx_bytes)).toBe(tx.bytes);
    expect(k.dmaMappingCount).toBe(255); // only the posted RX buffers remain mapped

    // ---- receive 1000 frames: own MAC, broadcast, and a guest MAC (promiscuous mode) ----
    m.write32(dev + NETDEV.flags, m.read32(dev + NETDEV.flags) | KCONST.IFF_PROMISC);
    expect(k.callNetdevOp('set_multicast_list').ok).toBe(true);
    expect(nic.registers().RCTL & E1000_BITS.RCTL_UPE).toBeTruthy();
    const t0 = k.nowUs;
    const rxGen = new TrafficGenerator([
      { id: 10, dst: nic.mac, sizes: mixedSizes(500, 3), rate: 40_000, count: 500, startUs: t0 },
      { id: 11, dst: BROADCAST, sizes: mixedSizes(200, 4), rate: 16_000, count: 200, startUs: t0 },
      { id: 12, dst: GUEST, sizes: mixedSizes(300, 5), rate: 24_000, count: 300, startUs: t0 },
    ]);
    const rxSink = new WireSink();
    rxSink.expect(10, 500); rxSink.expect(11, 200); rxSink.expect(12, 300);
    const pktTypes = new Map<number, Set<number>>();
    const outcomes = new Map<string, number>();
    const rxStart = cpu.counters[k.context]!, rxKernel0 = k.counters.kernelInsns;
    let rxTaken = 0;
    for (let guard = 0; !rxGen.done && guard < 10_000; guard++) {
      for (const f of rxGen.due(k.nowUs)) {
        const o = nic.deliver(f.bytes);
        outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
      }
      k.serviceInterrupts();
      for (const r of k.takeReceived()) {
        rxTaken++;
        rxSink.receive(r.bytes);
        const stream = r.bytes[18]! | (r.bytes[19]! << 8);
        if (!pktTypes.has(stream)) pktTypes.set(stream, new Set());
        pktTypes.get(stream)!.add(r.pktType);
        expect(r.protocol).toBe(0xb588); // 0x88B5 as stored, read little-endian
      }
      k.advance(1);
    }
    k.serviceInterrupts();
    for (const r of k.takeReceived()) { rxTaken++; rxSink.receive(r.bytes); }
    const rxInsns = cpu.counters[k.context]! - rxStart, rxKernel = k.counters.kernelInsns - rxKernel0;
    const rx = rxSink.report();
    expect(rx.problems).toEqual([]);
    expect(rx).toMatchObject({ ok: 1000, corrupt: 0, duplicate: 0, lost: 0, foreign: 0 });
    expect([...outcomes]).toEqual([['accepted', 1000]]);
    expect(rxTaken).toBe(1000);
    expect(pktTypes.get(10)).toEqual(new Set([KCONST.PACKET_HOST]));
    expect(pktTypes.get(11)).toEqual(new Set([KCONST.PACKET_BROADCAST]));
    expect(pktTypes.get(12)).toEqual(new Set([KCONST.PACKET_OTHERHOST]));
    expect(m.read32(dev + NETDEV.stats + NETDEV_STATS.rx_packets)).toBe(1000);
    const adapter = k.adapter;
    expect(m.read32(adapter + ADAPTER.rx_copybreak)).toBeGreaterThan(0);
    expect(nic.counters.rxMissed).toBe(0);

    // ---- watchdog statistics: GPRC/GPTC accumulate into hw_stats every 2 s ----
    const wdBefore = m.read32(adapter + ADAPTER.watchdog_count);
    expect(k.advance(2 * 1000 + 10).ok).toBe(true);
    expect(m.read32(adapter + ADAPTER.watchdog_count)).toBeGreaterThan(wdBefore);
    expect(read64(m, adapter + ADAPTER.hw_stats + HW_STATS.gprc)).toBe(BigInt(nic.counters.rxFrames));
    expect(read64(m, adapter + ADAPTER.hw_stats + HW_STATS.gptc)).toBe(BigInt(nic.counters.txFrames));
    expect(nic.peek(0x4074)).toBe(0);
    expect(k.preemptCount).toBe(0);
    expect(k.irqMask).toBe(0);

    // ---- ethtool through do_ioctl ----
    const drvReq = new Uint8Array(ETHTOOL_DRVINFO.size);
    u32s(drvReq).setUint32(ETHTOOL_DRVINFO.cmd, KCONST.ETHTOOL_GDRVINFO, true);
    const drv = k.ethtool(drvReq);
    expect(drv.result).toMatchObject({ ok: true, value: 0 });
    expect(cstr(drv.reply, ETHTOOL_DRVINFO.driver, 32)).toBe('e1000like');
    expect(cstr(drv.reply, ETHTOOL_DRVINFO.version, 32)).toBe('0.1.0');
    expect(cstr(drv.reply, ETHTOOL_DRVINFO.fw_version, 32)).toBe('1.35-4');
    expect(cstr(drv.reply, ETHTOOL_DRVINFO.bus_info, 32)).toBe('0000:00:03.0');
    expect(u32s(drv.reply).getUint32(ETHTOOL_DRVINFO.n_stats, true)).toBe(17);
    expect(u32s(drv.reply).getUint32(ETHTOOL_DRVINFO.regdump_len, true)).toBe(64);

    const regsReq = new Uint8Array(ETHTOOL_REGS.size + 64);
    u32s(regsReq).setUint32(ETHTOOL_REGS.cmd, KCONST.ETHTOOL_GREGS, true);
    u32s(regsReq).setUint32(ETHTOOL_REGS.len, 64, true);
    const regs = k.ethtool(regsReq);
    expect(regs.result).toMatchObject({ ok: true, value: 0 });
    const rv = u32s(regs.reply);
    expect(rv.getUint32(ETHTOOL_REGS.len, true)).toBe(64);
    const dump = (i: number): number => rv.getUint32(ETHTOOL_REGS.data + 4 * i, true);
    expect(dump(1) & E1000_BITS.STATUS_LU).toBeTruthy(); // STATUS
    expect(dump(12)).toBe(E1000_BITS.IMS_ENABLE_MASK); // IMS
    expect(dump(4)).toBe(256 * 16); // RDLEN
    expect(dump(13)).toBe(0x33221100); // RAL0

    const statsReq = new Uint8Array(ETHTOOL_STATS.size + 17 * 8);
    u32s(statsReq).setUint32(ETHTOOL_STATS.cmd, KCONST.ETHTOOL_GSTATS, true);
    const stats = k.ethtool(statsReq);
    expect(stats.result).toMatchObject({ ok: true, value: 0 });
    const sv = u32s(stats.reply);
    expect(sv.getUint32(ETHTOOL_STATS.n_stats, true)).toBe(17);
    const stat = (i: number): bigint => sv.getBigUint64(ETHTOOL_STATS.data + 8 * i, true);
    expect(stat(0)).toBe(1000n); // rx_packets
    expect(stat(1)).toBe(BigInt(TX_FRAMES)); // tx_packets
    expect(stat(7)).toBe(BigInt(nic.counters.rxFrames)); // hw_good_rx_packets
    expect(stat(8)).toBe(BigInt(nic.counters.txFrames)); // hw_good_tx_packets

    const perm = new Uint8Array(ETHTOOL_PERM_ADDR.size + 32);
    u32s(perm).setUint32(ETHTOOL_PERM_ADDR.cmd, KCONST.ETHTOOL_GPERMADDR, true);
    u32s(perm).setUint32(ETHTOOL_PERM_ADDR.addr_size, 32, true);
    const pa = k.ethtool(perm);
    expect(pa.result.value).toBe(0);
    expect(u32s(pa.reply).getUint32(ETHTOOL_PERM_ADDR.addr_size, true)).toBe(6);
    expect([...pa.reply.subarray(ETHTOOL_PERM_ADDR.data, ETHTOOL_PERM_ADDR.data + 6)]).toEqual([...nic.mac]);
    expect(k.callCounts.get('ethtool_op_get_perm_addr')).toBe(1);

    const ee = new Uint8Array(ETHTOOL_EEPROM.size + 12);
    u32s(ee).setUint32(ETHTOOL_EEPROM.cmd, KCONST.ETHTOOL_GEEPROM, true);
    u32s(ee).setUint32(ETHTOOL_EEPROM.offset, 0, true);
    u32s(ee).setUint32(ETHTOOL_EEPROM.len, 12, true);
    const eer = k.ethtool(ee);
    expect(eer.result.value).toBe(0);
    expect(u32s(eer.reply).getUint32(ETHTOOL_EEPROM.magic, true)).toBe((0x100e << 16 | 0x8086) >>> 0);
    expect([...eer.reply.subarray(ETHTOOL_EEPROM.data, ETHTOOL_EEPROM.data + 6)]).toEqual([...nic.mac]);
    expect(u32s(eer.reply).getUint16(ETHTOOL_EEPROM.data + 10, true)).toBe(0x1234);

    const link = new Uint8Array(ETHTOOL_VALUE.size);
    u32s(link).setUint32(ETHTOOL_VALUE.cmd, KCONST.ETHTOOL_GLINK, true);
    const gl = k.ethtool(link);
    expect(gl.result.value).toBe(0);
    expect(u32s(gl.reply).getUint32(ETHTOOL_VALUE.data, true)).toBe(1);

    // ---- link loss and recovery ----
    nic.setLink(false);
    k.advance(10);
    expect(k.carrierOk()).toBe(false);
    expect(k.queueStopped()).toBe(true);
    nic.setLink(true);
    k.advance(10);
    expect(k.carrierOk()).toBe(true);
    expect(k.queueStopped()).toBe(false);

    // ---- close and remove: nothing left behind ----
    expect(k.close()).toMatchObject({ ok: true, value: 0 });
    expect(k.dmaMappingCount).toBe(0);
    expect(k.removeModule().ok).toBe(true);
    expect(k.leaks()).toEqual([]);
    expect(k.heap.check()).toEqual([]);
    expect(k.heap.stats().blocksLive).toBe(0);
    expect(k.problems).toEqual([]);
    expect(k.oops).toBeNull();
    expect(nic.errors).toEqual([]);
    expect(nic.pciCommand & 0x6).toBe(0);

    const hot = ['__netdev_alloc_skb', 'dev_kfree_skb_any', 'netif_rx', 'dma_map_single', 'dma_map_page', 'dma_unmap_single',
      'dma_unmap_page', '_spin_trylock', '_spin_unlock_irqrestore', 'eth_type_trans'];
    for (const h of hot) expect(k.callCounts.get(h) ?? 0, h).toBeGreaterThan(0);
    console.log([
      `native e1000like on the emulated machine (dom0 context ${k.context}, kernel routines charged as modeled):`,
      `  TX: ${(txInsns / TX_FRAMES).toFixed(1)} instructions/packet = driver ${((txInsns - txKernel) / TX_FRAMES).toFixed(1)} + modeled kernel ${(txKernel / TX_FRAMES).toFixed(1)} (xmit + TX-completion interrupts; ${retries} retries, ${withFrags} frames with fragments)`,
      `  RX: ${(rxInsns / 1000).toFixed(1)} instructions/packet = driver ${((rxInsns - rxKernel) / 1000).toFixed(1)} + modeled kernel ${(rxKernel / 1000).toFixed(1)} (interrupt handler, RX clean + refill, netif_rx)`,
      `  TX kernel calls/packet: ${hot.map((h) => `${h} ${((txCalls.get(h) ?? 0) / TX_FRAMES).toFixed(2)}`).join(', ')}`,
      `  ${k.counters.irqCalls} interrupts, ${k.counters.timersRun} timer runs, ${nic.counters.resets} device resets, ${k.log.length} log lines`,
    ].join('\n'));
  });

  it('transmit policy: LOCKED retried then handed back, ring full stops the queue, tx_timeout resets and recovers', () => {
    const { nic, kernel: k, wire } = makePlatform();
    const m = k.mem;
    k.loadModule(e1000likeObject());
    expect(k.initModule().value).toBe(0);
    expect(k.open().value).toBe(0);
    k.advance(8);
    const adapter = k.adapter;
    const gen = new TrafficGenerator([{ id: 5, dst: PEER, src: nic.mac, sizes: [1000], rate: 1e6, count: 1000 }]);
    let seq = 0;

    // another CPU holds the TX lock: retried lockedRetries times, then the skb comes back
    m.write32(adapter + ADAPTER.tx_lock, 0);
    const skb = k.buildSkb(gen.frame(5, seq++));
    expect(k.transmit(skb)).toEqual({ status: 'locked', attempts: 5 });
    expect(k.counters.txLocked).toBe(5);
    expect(k.irqMask).toBe(0);
    m.write32(adapter + ADAPTER.tx_lock, 1);
    expect(k.transmit(skb).status).toBe('ok');
    expect(wire.length).toBe(1);

    // the device stops mastering the bus: nothing completes, the ring fills, the queue stops
    nic.configWrite(4, 2, nic.pciCommand & ~4);
    let sent = 0;
    let last: number;
    for (;;) {
      last = k.buildSkb(gen.frame(5, seq++));
      const r = k.transmit(last);
      if (r.status !== 'ok') { expect(r.status).toBe('stopped'); break; }
      sent++;
    }
    expect(sent).toBe(255 - (KCONST.MAX_SKB_FRAGS + 2) + 1);
    expect(k.queueStopped()).toBe(true);
    k.freeSkb(last);

    // the netdev watchdog sees the queue stopped past watchdog_timeo: tx_timeout -> reset task
    expect(k.advance(11_000).ok).toBe(true);
    expect(k.counters.txTimeouts).toBeGreaterThanOrEqual(1);
    expect(k.logText()).toContain('NETDEV WATCHDOG: eth0: transmit timed out');
    expect(k.counters.worksRun).toBeGreaterThanOrEqual(1);
    expect(m.read32(adapter + ADAPTER.tx_timeout_count)).toBeGreaterThanOrEqual(1);
    expect(k.dmaMappingCount).toBe(255); // the stuck frames were unmapped and freed by the reset

    nic.configWrite(4, 2, nic.pciCommand | 4);
    k.advance(10);
    expect(k.queueStopped()).toBe(false);
    expect(k.transmit(k.buildSkb(gen.frame(5, seq++))).status).toBe('ok');
    expect(wire.length).toBe(2);
    expect(k.close().value).toBe(0);
    expect(k.removeModule().ok).toBe(true);
    expect(k.leaks()).toEqual([]);
    expect(k.problems).toEqual([]);
  });
});
