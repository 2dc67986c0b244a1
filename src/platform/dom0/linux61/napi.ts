// Linux 6.1 NAPI and byte queue limits of the dom0 model (reference: REFERENCE.md "NAPI", "BQL"):
// the napi_struct state machine (SCHED, MISSED, DISABLE, NPSVC, LISTED) exactly as net/core/dev.c
// updates it, the per-cpu softnet_data poll list the softirq walks (abi.ts netRxAction), and GRO as
// Linux does it for frames whose protocol has no GRO handler (every frame is GRO_NORMAL and goes to
// the stack unmerged). The per-packet routines — napi_schedule_prep, __napi_schedule,
// napi_complete_done, napi_gro_receive, dql_completed — are hot: C (platform-c/hot/linux61),
// which these host routines call where Linux's would.
//
// Modeled costs: netif_napi_add_weight 150, napi_enable 20, napi_disable 40, napi_get_frags 40
// (+ the skb), napi_gro_frags 80 (+ eth_type_trans and napi_gro_receive), dql_reset 20.

import { LINUX as K, napi_struct, net_device, sk_buff, softnet_data } from '../../linux/layout.generated.js';
import { hex8, readCString } from '../../mem.js';
import { PERCPU, PERCPU_OFF } from '../memmap.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineSpec } from '../routine.js';
import { initList, listAddTail } from './kdata.js';
import { dqlReset } from './netdev.js';
import { lx } from './state.js';

const S = (b: number): number => 1 << b;
export const NAPIF = {
  SCHED: S(K.NAPI_STATE_SCHED), MISSED: S(K.NAPI_STATE_MISSED), DISABLE: S(K.NAPI_STATE_DISABLE), NPSVC: S(K.NAPI_STATE_NPSVC),
  LISTED: S(K.NAPI_STATE_LISTED), NO_BUSY_POLL: S(K.NAPI_STATE_NO_BUSY_POLL), IN_BUSY_POLL: S(K.NAPI_STATE_IN_BUSY_POLL),
  PREFER_BUSY_POLL: S(K.NAPI_STATE_PREFER_BUSY_POLL), THREADED: S(K.NAPI_STATE_THREADED), SCHED_THREADED: S(K.NAPI_STATE_SCHED_THREADED),
} as const;
/** MIN_NAPI_ID: NR_CPUS + 1 (ids below are CPU numbers for busy polling). */
const MIN_NAPI_ID = K.NR_CPUS + 1;
export const sd = (): number => PERCPU + PERCPU_OFF.softnet_data;

const state = (k: Dom0Kernel, n: number): number => k.mem.read32(n + napi_struct.state);
const setNapiState = (k: Dom0Kernel, n: number, v: number): void => k.mem.write32(n + napi_struct.state, v >>> 0);

export const NAPI_ROUTINES: readonly RoutineSpec[] = [
  // void netif_napi_add_weight(struct net_device *dev, struct napi_struct *napi, int (*poll)(struct napi_struct *, int), int weight)
  R('netif_napi_add_weight', 150, (k, a) => {
    const dev = a.arg(0), n = a.arg(1), poll = a.arg(2), weight = a.sarg(3), m = k.mem;
    if (state(k, n) & NAPIF.LISTED) { k.warn(`WARNING: netif_napi_add_weight: napi 0x${hex8(n)} is already listed`); return; }
    setNapiState(k, n, state(k, n) | NAPIF.LISTED);
    initList(m, n + napi_struct.poll_list);
    m.write32(n + napi_struct.napi_hash_node, 0);
    m.write32(n + napi_struct.napi_hash_node + 4, 0);
    m.write32(n + napi_struct.gro_bitmask, 0);
    m.write32(n + napi_struct.skb, 0);
    initList(m, n + napi_struct.rx_list);
    m.write32(n + napi_struct.rx_count, 0);
    m.write32(n + napi_struct.poll, poll);
    if (weight > K.NAPI_POLL_WEIGHT) k.logLine(3, 'kernel', `${readCString(m, dev + net_device.name, 16)}: netif_napi_add_weight() called with weight ${weight}`);
    m.write32(n + napi_struct.weight, weight);
    m.write32(n + napi_struct.dev, dev);
    m.write32(n + napi_struct.poll_owner, 0xffffffff);
    setNapiState(k, n, state(k, n) | NAPIF.SCHED | NAPIF.NPSVC);
    listAddTail(m, n + napi_struct.dev_list, dev + net_device.napi_list);
    if (!(state(k, n) & NAPIF.NO_BUSY_POLL)) m.write32(n + napi_struct.napi_id, lx(k).nextNapiId++);
    lx(k).napis.set(n, dev);
  }, false, 4),
  R('napi_enable', 20, (k, a) => {
    const n = a.arg(0), val = state(k, n);
    if (!(val & NAPIF.SCHED)) throw new KernelOops(`kernel BUG: napi_enable: napi 0x${hex8(n)} is not disabled (state 0x${val.toString(16)})`);
    setNapiState(k, n, val & ~(NAPIF.SCHED | NAPIF.NPSVC));
  }, false, 1),
  // void napi_disable(struct napi_struct *n): waits for a scheduled poll to finish (which cannot run meanwhile on one CPU)
  R('napi_disable', 40, (k, a) => {
    const n = a.arg(0);
    k.mightSleep(a.name);
    setNapiState(k, n, state(k, n) | NAPIF.DISABLE);
    let val = state(k, n);
    if (val & (NAPIF.SCHED | NAPIF.NPSVC)) {
      // A scheduled poll runs its softirq before napi_disable's sleep ends (usleep_range lets it).
      lx(k).netRxAction(n);
      val = state(k, n);
      if (val & (NAPIF.SCHED | NAPIF.NPSVC)) throw new KernelOops(`napi_disable: napi 0x${hex8(n)} stays scheduled (its poll never completes): the caller would wait for ever`);
    }
    setNapiState(k, n, ((val | NAPIF.SCHED | NAPIF.NPSVC) & ~(NAPIF.THREADED | NAPIF.PREFER_BUSY_POLL) & ~NAPIF.DISABLE));
  }, true, 1),
  // struct sk_buff *napi_get_frags(struct napi_struct *napi): napi->skb, allocated (GRO_MAX_HEAD) when there is none
  R('napi_get_frags', 40, (k, a) => {
    const n = a.arg(0);
    let skb = k.mem.read32(n + napi_struct.skb);
    if (!skb) {
      skb = lx(k).napiAllocSkb(a, n, lx(k).groMaxHead, K.GFP_ATOMIC);
      if (skb) {
        k.mem.write32(n + napi_struct.skb, skb);
        const id = k.mem.read32(n + napi_struct.napi_id);
        if (id >= MIN_NAPI_ID) k.mem.write32(skb + sk_buff.napi_id, id);
      }
    }
    return skb;
  }, false, 1),
  // gro_result_t napi_gro_frags(struct napi_struct *napi): napi->skb's Ethernet header pulled from frag 0, eth_type_trans, to the stack
  R('napi_gro_frags', 80, (k, a) => {
    const n = a.arg(0), skb = k.mem.read32(n + napi_struct.skb);
    if (!skb) throw new KernelOops('BUG: napi_gro_frags: napi->skb is NULL (napi_get_frags was not called)');
    k.mem.write32(n + napi_struct.skb, 0);
    lx(k).pullFromFrag0(skb, K.ETH_HLEN);
    k.mem.write16(skb + sk_buff.protocol, lx(k).callC('eth_type_trans', [skb, k.mem.read32(skb + sk_buff.dev)]));
    return lx(k).callC('napi_gro_receive', [n, skb]);
  }, false, 1),
  R('dql_reset', 20, (k, a) => { dqlReset(k, a.arg(0)); }, false, 1),
];
