// Linux 6.1 NAPI and byte queue limits of the dom0 model (reference: REFERENCE.md "NAPI", "BQL"):
// the napi_struct state machine (SCHED, MISSED, DISABLE, NPSVC, LISTED) exactly as net/core/dev.c
// updates it, the per-cpu softnet_data poll list the softirq walks (abi.ts netRxAction), GRO as
// Linux does it for frames whose protocol has no GRO handler (every frame is GRO_NORMAL and goes to
// the stack unmerged), and lib/dynamic_queue_limits.c's dql_completed and dql_reset.
//
// Modeled costs: netif_napi_add_weight 150, napi_enable 20, napi_disable 40, napi_schedule_prep
// 15, __napi_schedule 25, napi_complete_done 40, napi_gro_receive 60, napi_get_frags 40 (+ the
// skb), napi_gro_frags 80, dql_completed 60, dql_reset 20.

import { LINUX as K, dql, napi_struct, net_device, sk_buff, softnet_data } from '../../linux/layout.generated.js';
import { hex8, readCString } from '../../mem.js';
import { PERCPU, PERCPU_OFF } from '../memmap.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineSpec } from '../routine.js';
import { initList, listAddTail, listDelInit, listEmpty } from './kdata.js';
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

/** ____napi_schedule: onto this CPU's poll list, NET_RX_SOFTIRQ raised. */
export function napiScheduleIrqoff(k: Dom0Kernel, n: number): void {
  listAddTail(k.mem, n + napi_struct.poll_list, sd() + softnet_data.poll_list);
  lx(k).raiseSoftirq(K.NET_RX_SOFTIRQ);
}

/** napi_schedule_prep: SCHED taken (true), or MISSED noted when it already was (false); DISABLE refuses. */
export function napiSchedulePrep(k: Dom0Kernel, n: number): boolean {
  const val = state(k, n);
  if (val & NAPIF.DISABLE) return false;
  setNapiState(k, n, val | NAPIF.SCHED | (val & NAPIF.SCHED ? NAPIF.MISSED : 0));
  return (val & NAPIF.SCHED) === 0;
}

/** napi_complete_done: false while NPSVC / busy polling or when MISSED re-schedules it; true when polling ended. */
export function napiCompleteDone(k: Dom0Kernel, n: number): boolean {
  const m = k.mem;
  if (state(k, n) & (NAPIF.NPSVC | NAPIF.IN_BUSY_POLL)) return false;
  if (!listEmpty(m, n + napi_struct.poll_list)) listDelInit(m, n + napi_struct.poll_list);
  const val = state(k, n);
  if (!(val & NAPIF.SCHED)) k.warnOnce(`napi-complete:${n}`, `WARNING: napi_complete_done: napi 0x${hex8(n)} is not scheduled`);
  setNapiState(k, n, (val & ~(NAPIF.MISSED | NAPIF.SCHED | NAPIF.SCHED_THREADED | NAPIF.PREFER_BUSY_POLL)) | (val & NAPIF.MISSED ? NAPIF.SCHED : 0));
  if (val & NAPIF.MISSED) {
    napiScheduleIrqoff(k, n);
    return false;
  }
  return true;
}

/** POSDIFF(a, b): a - b when positive (as signed differences), else 0. */
const posdiff = (a: number, b: number): number => (((a - b) | 0) > 0 ? (a - b) >>> 0 : 0);
const afterEq = (a: number, b: number): boolean => ((a - b) | 0) >= 0;

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
  R('napi_schedule_prep', 15, (k, a) => (napiSchedulePrep(k, a.arg(0)) ? 1 : 0), false, 1),
  R('__napi_schedule', 25, (k, a) => { napiScheduleIrqoff(k, a.arg(0)); }, false, 1),
  R('napi_complete_done', 40, (k, a) => (napiCompleteDone(k, a.arg(0)) ? 1 : 0), false, 2),
  // gro_result_t napi_gro_receive(struct napi_struct *napi, struct sk_buff *skb): no GRO handler merges our frames: GRO_NORMAL
  R('napi_gro_receive', 60, (k, a) => {
    const n = a.arg(0), skb = a.arg(1);
    const id = k.mem.read32(n + napi_struct.napi_id);
    if (id >= MIN_NAPI_ID) k.mem.write32(skb + sk_buff.napi_id, id);
    lx(k).receiveSkb(skb);
    return K.GRO_NORMAL;
  }, false, 2),
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
    lx(k).ethTypeTrans(skb, k.mem.read32(skb + sk_buff.dev));
    lx(k).receiveSkb(skb);
    return K.GRO_NORMAL;
  }, false, 1),
  // void dql_completed(struct dql *dql, unsigned int count): lib/dynamic_queue_limits.c, step for step
  R('dql_completed', 60, (k, a) => {
    const q = a.arg(0), count = a.arg(1), m = k.mem;
    const r = (f: keyof typeof dql): number => m.read32(q + dql[f]) >>> 0;
    const numQueued = r('num_queued'), numCompleted = r('num_completed');
    if (count > ((numQueued - numCompleted) >>> 0)) throw new KernelOops(`kernel BUG at lib/dynamic_queue_limits.c: dql_completed: ${count} completed, only ${(numQueued - numCompleted) >>> 0} queued`);
    const completed = (numCompleted + count) >>> 0;
    let limit = r('limit');
    let ovlimit = posdiff((numQueued - numCompleted) >>> 0, limit);
    const inprogress = (numQueued - completed) >>> 0;
    const prevInprogress = (r('prev_num_queued') - numCompleted) >>> 0;
    const allPrevCompleted = afterEq(completed, r('prev_num_queued'));
    if ((ovlimit && !inprogress) || (r('prev_ovlimit') && allPrevCompleted)) {
      limit = (limit + posdiff(completed, r('prev_num_queued')) + r('prev_ovlimit')) >>> 0;
      m.write32(q + dql.slack_start_time, k.jiffies);
      m.write32(q + dql.lowest_slack, 0xffffffff);
    } else if (inprogress && prevInprogress && !allPrevCompleted) {
      let slack = posdiff((limit + r('prev_ovlimit')) >>> 0, (2 * ((completed - numCompleted) >>> 0)) >>> 0);
      const slackLast = r('prev_ovlimit') ? posdiff(r('prev_last_obj_cnt'), r('prev_ovlimit')) : 0;
      slack = Math.max(slack, slackLast);
      if (slack < r('lowest_slack')) m.write32(q + dql.lowest_slack, slack);
      if (((k.jiffies - ((r('slack_start_time') + r('slack_hold_time')) >>> 0)) | 0) > 0) {
        limit = posdiff(limit, r('lowest_slack'));
        m.write32(q + dql.slack_start_time, k.jiffies);
        m.write32(q + dql.lowest_slack, 0xffffffff);
      }
    }
    limit = Math.min(Math.max(limit, r('min_limit')), r('max_limit'));
    if (limit !== r('limit')) { m.write32(q + dql.limit, limit); ovlimit = 0; }
    m.write32(q + dql.adj_limit, (limit + completed) >>> 0);
    m.write32(q + dql.prev_ovlimit, ovlimit);
    m.write32(q + dql.prev_last_obj_cnt, r('last_obj_cnt'));
    m.write32(q + dql.num_completed, completed);
    m.write32(q + dql.prev_num_queued, numQueued);
  }, false, 2),
  R('dql_reset', 20, (k, a) => { dqlReset(k, a.arg(0)); }, false, 1),
];
