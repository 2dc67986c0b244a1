// The Linux 6.1 ABI from the hypervisor instance (deliverable 5 of issue 15): the real e1000's
// hypervisor instance bound next to its VM instance (the verifier gate off to keep these binds
// quick: the gate's verdict on the e1000 is checked where it runs, test/linux/twin.test.ts and
// `verify --driver e1000`), every kernel routine it imports reachable —
// the hot set as the hypervisor's C (platform-c/hot/linux61, the same source as dom0's), every
// other routine through an upcall stub that copies the routine's declared argument words — and
// the upcall sweep moving the first K hot routines to stubs. The hypervisor's C, run on dom0's
// data, computes what dom0's C computes.

import { describe, expect, it } from 'vitest';
import { Machine } from '../../src/emulator/index.js';
import { finishVm, prepareVm } from '../../src/loader/twin.js';
import { Dom0Kernel, NIC_IRQ, NIC_MMIO_BASE } from '../../src/platform/dom0/index.js';
import { LINUX61_HOT_ROUTINES } from '../../src/platform/dom0/linux61/hot.js';
import { driverObjects, undefinedSymbols } from '../../src/platform/driver-objects.js';
import { Hypervisor } from '../../src/platform/hypervisor/hypervisor.js';
import { CTX } from '../../src/platform/hypervisor/layout.js';
import { linux61PoolStats } from '../../src/platform/hypervisor/linux61.js';
import { LINUX as K, SIZEOF, dql, net_device, sk_buff } from '../../src/platform/linux/layout.generated.js';
import { skb as S } from '../../src/platform/linux/skb.js';
import { E1000Nic } from '../../src/platform/nic/index.js';
import { SafetyLog } from '../../src/svm-runtime/runtime.js';
import { call } from './setup.js';

const MODULE_BASE = 0xe0000000;

function bound(forcedUpcalls = 0) {
  const objects = driverObjects('e1000');
  const machine = new Machine({ ramBytes: 192 * 1024 * 1024 });
  const nic = new E1000Nic({ bus: machine.bus, mmioBase: NIC_MMIO_BASE, irq: machine.bus.irq(NIC_IRQ) });
  const k = new Dom0Kernel(machine, { nic, abi: 'linux-6.1', autoInterrupts: false, context: CTX.dom0, cContext: CTX.dom0Kernel, xen: true });
  const safety = new SafetyLog();
  const hv = new Hypervisor(machine, k, { guests: 0, safety, forcedUpcalls, protection: 'svm', mode: 'twin', verify: 'off', poolSkbs: 64 });
  const prep = prepareVm(machine, objects.rewritten, { space: k.space, moduleBase: MODULE_BASE, runtime: { dataBase: 0xcf000000, hookBase: 0xcf800000 }, fsBase: k.fsBase }, safety);
  const vm = k.loadModule(objects.rewritten, MODULE_BASE, { runtime: { resolve: prep.resolve } });
  finishVm(prep, vm);
  hv.attach(objects.rewritten, vm);
  return { k, hv, objects };
}

describe('the Linux 6.1 ABI from the hypervisor instance', () => {
  it('binds the e1000\'s hypervisor instance: hot routines to the C, every other routine to an upcall stub of its arity', () => {
    const { k, hv, objects } = bound();
    const imports = undefinedSymbols(objects.original).filter((n) => k.routineExports.has(n));
    for (const name of LINUX61_HOT_ROUTINES) expect(hv.hotAddrs.get(name), name).toBe(hv.image.sym(`l61_${name}`));
    const stubs = new Map(hv.inst!.upcalls.all.map((s) => [s.name, s]));
    for (const name of imports) {
      if (LINUX61_HOT_ROUTINES.includes(name)) continue;
      expect(stubs.get(name)?.dom0Address, name).toBe(k.routineExports.get(name));
    }
    // every routine dom0 exports has a stub (stlb_call's table), with the routine's declared words
    expect(k.abi.arity('dma_map_page_attrs')).toEqual({ words: 6, variadic: false });
    expect(k.abi.arity('netdev_info')).toEqual({ words: 0, variadic: true });
    expect(k.abi.arity('pci_read_config_word')).toEqual({ words: 3, variadic: false });
    expect(linux61PoolStats(hv)).toMatchObject({ skbs: 64, frags: 64, exhausted: 0 });
  });

  it('the upcall sweep: with K forced, the first K hot routines are upcall stubs and the rest stay C; the receive hand-off stays', () => {
    for (const K_ of [0, 5, LINUX61_HOT_ROUTINES.length - 1]) {
      const { hv } = bound(K_);
      LINUX61_HOT_ROUTINES.forEach((name, i) => {
        if (i < K_) expect(hv.hotAddrs.has(name), name).toBe(false);
        else expect(hv.hotAddrs.get(name), name).toBe(hv.image.sym(`l61_${name}`));
      });
      expect(hv.hotAddrs.has('napi_gro_receive')).toBe(true);
    }
  });

  it('the hypervisor\'s C computes what dom0\'s computes on dom0\'s data (eth_type_trans, skb_put, NAPI scheduling, BQL)', () => {
    const { k, hv } = bound();
    const m = k.mem;
    const dev = call(k, 'alloc_etherdev_mqs', [0, 1, 1]);
    m.writeBytes(m.read32(dev + net_device.dev_addr), Uint8Array.from([2, 1, 2, 3, 4, 5]));
    const frame = [255, 255, 255, 255, 255, 255, 2, 9, 9, 9, 9, 9, 0x08, 0x06, ...new Array<number>(46).fill(7)];
    const results = (['dom0', 'hv'] as const).map((place) => {
      const run = (name: string, args: number[]): number => (place === 'dom0' ? call(k, name, args) : hv.callHv(`l61_${name}`, args)) >>> 0;
      const s = call(k, '__alloc_skb', [128, K.GFP_ATOMIC, 0, 0xffffffff]);
      const at = run('skb_put', [s, frame.length]);
      m.writeBytes(at, Uint8Array.from(frame));
      const proto = run('eth_type_trans', [s, dev]);
      const napi = k.kmallocHost(SIZEOF.napi_struct, 'kmalloc', 'napi', { zero: true });
      const prep = [run('napi_schedule_prep', [napi]) & 0xff, run('napi_schedule_prep', [napi]) & 0xff, m.read32(napi)];
      const dq = k.kmallocHost(SIZEOF.dql, 'kmalloc', 'dql', { zero: true });
      m.write32(dq + dql.max_limit, K.DQL_MAX_LIMIT);
      m.write32(dq + dql.num_queued, 3000);
      run('dql_completed', [dq, 1000]);
      const q = [dql.limit, dql.adj_limit, dql.num_completed, dql.prev_ovlimit, dql.prev_num_queued].map((o) => m.read32(dq + o));
      return { proto, len: S.len(m, s), dataOff: S.data(m, s) - S.head(m, s), pkt: S.pktType(m, s), mac: m.read16(s + sk_buff.mac_header), prep, q };
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[0]!.proto).toBe(0x0608);
    expect(results[0]!.pkt).toBe(K.PACKET_BROADCAST);
  });
});
