// The Linux 6.1 ABI of the dom0 model (../abi.ts KernelAbi): its kernel data (linux61/kdata.ts:
// the PCI bus and device, current_task, the kmalloc caches, the data symbols, the per-cpu
// variables with PREEMPT_NEED_RESCHED folded into __preempt_count), the module hooks (the
// __bug_table's WARN sites resume after their ud2 as report_bug does; module parameters), the
// execution contexts as Linux keeps them (HARDIRQ_OFFSET / SOFTIRQ_OFFSET in the preempt count,
// the CPU's interrupt flag), the softirqs (NET_RX: net_rx_action over softnet_data's poll list
// with netdev_budget and the NAPI weight; NET_TX: the completion queue), the net device's entry
// points as the core calls them (dev_open, __dev_close_many, dev_hard_start_xmit under the
// queue's xmit lock, dev_watchdog, the ethtool_ops the core calls) and the network stack's side
// of received skbs (netif_receive_skb: the C queue of platform-c/hot/linux61/env-dom0.c, which
// the platform drains). The hot routines are C (platform-c/hot/linux61, l61_ symbols in dom0's
// image); the host's routines call that C where Linux's share code with them (callC).
//
// Transmit policy: as kernel.ts states for every ABI (a stopped queue — the driver's DRV_XOFF or
// BQL's STACK_XOFF — is given pending interrupts first; NETDEV_TX_BUSY is retried once after them).

import {
  LINUX as K, SIZEOF, bug_entry, ethtool_drvinfo, ethtool_ops, ethtool_value, napi_struct, net_device, net_device_ops, netdev_queue,
  pci_dev, sk_buff, sk_buff_head, skb_shared_info, softnet_data, timer_list, work_struct,
} from '../../linux/layout.generated.js';
import { frags, packetBytes, setFrag, skb as S, skbReserve } from '../../linux/skb.js';
import { PTE_W } from '../../../emulator/mmu.js';
import type { ObjectFile } from '../../../loader/elf.js';
import type { LinkedInstance } from '../../../loader/link.js';
import { hex8, readCString } from '../../mem.js';
import type { BuildSkbOptions, Callback, EntryResult, KernelAbi, NetdevOp, ReceivedFrame, TxResult } from '../abi.js';
import type { Dom0Kernel, ExecContext } from '../kernel.js';
import { PERCPU, PERCPU_OFF, KDATA, KERNEL_DATA } from '../memmap.js';
import { PAGE_SIZE } from '../pages.js';
import { KernelOops, type RoutineArgs } from '../routine.js';
import { at, initList, LD, LINUX_DATA, LINUX_DATA_SIZE, listDelInit, listEntries, PAGE_OFFSET } from './kdata.js';
import { allocSkb, dropSkb, freeSkb, napiAllocSkb } from './skbuff.js';
import { NAPIF, sd } from './napi.js';
import { LINUX61_HOT_ARGS, LINUX61_HOT_ROUTINES } from './hot.js';
import type { Arity } from '../../../upcall/arity.js';
import { FRAG_CACHES } from './pages.js';
import { callC, callFailure } from '../../pv/ccall.js';
import { setState, txQueue, xmitStopped } from './netdev.js';
import { allocPages, putPage } from './pages.js';
import { bootPciDevice } from './pci.js';
import { applyParams, bootParamOps } from './params.js';
import { bootTask, preemptAdd, PREEMPT_COUNT } from './sync.js';
import { LINUX61_ROUTINES } from './routines.js';

const IF = K.X86_EFLAGS_IF;
const RESCHED = 0x80000000;
/** netdev_budget and netdev_budget_usecs (2000 us: 2 jiffies at HZ 1000). */
const NETDEV_BUDGET = 300, BUDGET_JIFFIES = 2;
/** __do_softirq restarts at most this often before it leaves the rest to ksoftirqd. */
const MAX_SOFTIRQ_RESTART = 10;
/** The kmalloc caches' object sizes by index (kmalloc_index: 1 and 2 are the 96- and 192-byte caches). */
const KMALLOC_SIZES = [0, 96, 192, ...Array.from({ length: K.KMALLOC_SHIFT_HIGH - 2 }, (_, i) => 8 << i)];

const bit = (n: number): number => 1 << n;

export class Linux61Abi implements KernelAbi {
  readonly name = 'linux-6.1' as const;
  static readonly HZ = K.HZ;
  readonly hz = Linux61Abi.HZ;
  readonly routines = LINUX61_ROUTINES;
  readonly cImage = 'dom0' as const;
  readonly hotRoutines: readonly string[] = LINUX61_HOT_ROUTINES;
  readonly hotCallsSymbol = 'l61_hot_calls';
  hotSymbol(name: string): string { return `l61_${name}`; }

  /** From each routine's declared argument words (routine.ts `args`) and the hot routines' prototypes. */
  arity(name: string): Arity | undefined {
    if (!this.arities) {
      this.arities = new Map();
      for (const r of LINUX61_ROUTINES) if (r.args !== undefined) this.arities.set(r.name, r.args === 'variadic' ? { words: 0, variadic: true } : { words: r.args, variadic: false });
      for (const [n, w] of Object.entries(LINUX61_HOT_ARGS)) this.arities.set(n, { words: w, variadic: false });
    }
    return this.arities.get(name);
  }
  private arities: Map<string, Arity> | null = null;
  readonly cServices = [];
  readonly pdev = at(LD.pci_dev);
  readonly currentTask = at(LD.task);
  readonly emptyString = at(LD.strings) + 0xfff;
  readonly groMaxHead = K.GRO_MAX_HEAD;

  /** kmalloc cache identities: address -> object size. */
  readonly caches = new Map<number, { size: number; type: number }>();
  /** BARs claimed by pci_request_selected_regions, with the owner's name. */
  readonly regions = new Map<number, string>();
  /** net_device -> the address kvzalloc returned (dev->padded before it). */
  readonly netdevAllocs = new Map<number, number>();
  /** Listed NAPI contexts -> their device. */
  readonly napis = new Map<number, number>();
  nextNapiId = K.NR_CPUS + 1;
  /** Head pages of __alloc_pages blocks -> order. */
  readonly pageOrders = new Map<number, number>();
  /** WARN sites of loaded modules: ud2 address -> bug_entry address. */
  private readonly bugSites = new Map<number, number>();
  private ratelimitStart = 0;
  private ratelimitCount = 0;

  constructor(private readonly k: Dom0Kernel) {}

  // ==== boot ======================================================================================

  boot(): ReadonlyMap<string, number> {
    const k = this.k, m = k.mem;
    k.space.mapNew(LINUX_DATA, LINUX_DATA_SIZE, PTE_W);
    // per-cpu
    m.write32(PERCPU + PERCPU_OFF.this_cpu_off, PERCPU);
    m.write32(PERCPU + PERCPU_OFF.cpu_number, 0);
    m.write32(PREEMPT_COUNT, RESCHED); // PREEMPT_ENABLED: nothing pending, nothing disabled
    m.write32(PERCPU + PERCPU_OFF.current_task, this.currentTask);
    m.write32(PERCPU + PERCPU_OFF.__stack_chk_guard, 0x7a3e5c00);
    const s = sd();
    initList(m, s + softnet_data.poll_list);
    for (const q of ['process_queue', 'input_pkt_queue'] as const) { m.write32(s + softnet_data[q] + sk_buff_head.next, s + softnet_data[q]); m.write32(s + softnet_data[q] + sk_buff_head.prev, s + softnet_data[q]); }
    m.write32(s + softnet_data.output_queue_tailp, s + softnet_data.output_queue);
    bootTask(k, this.currentTask);
    // data symbols
    const memMapSym = (this.k.pages.memMapVa - ((this.k.pages.lowmemVa - PAGE_OFFSET) / PAGE_SIZE) * SIZEOF.page) >>> 0;
    m.write32(at(LD.mem_map), memMapSym);
    m.write32(at(LD.system_state), K.SYSTEM_RUNNING);
    m.write32(at(LD.__default_kernel_pte_mask), 0xffffffff);
    m.write32(at(LD.system_wq), at(LD.wq));
    for (let t = 0; t < K.NR_KMALLOC_TYPES; t++) {
      for (let i = 1; i <= K.KMALLOC_SHIFT_HIGH; i++) {
        const c = at(LD.caches) + 16 * (t * (K.KMALLOC_SHIFT_HIGH + 1) + i);
        m.write32(at(LD.kmalloc_caches) + 4 * (t * (K.KMALLOC_SHIFT_HIGH + 1) + i), c);
        this.caches.set(c, { size: KMALLOC_SIZES[i]!, type: t });
      }
    }
    bootParamOps(k);
    bootPciDevice(k);
    const boot = callC(k.machine, k.c.sym('l61_dom0_boot'), [
      k.vmallocArea.base, k.vmallocArea.base + k.vmallocArea.size, KERNEL_DATA + KDATA.jiffies, sd(), PERCPU + PERCPU_OFF.softirq_pending, FRAG_CACHES.napi, FRAG_CACHES.netdev,
      k.pages.memMapVa, k.pages.lowmemVa, k.pages.frames,
    ], { space: k.space, esp: 0xc0f40000 + 0x4000, context: k.context });
    if (boot.run.reason !== 'return') throw new Error(`l61_dom0_boot failed: ${callFailure(boot)}`);
    return new Map([
      ['jiffies', KERNEL_DATA + KDATA.jiffies], ['mem_map', at(LD.mem_map)], ['kmalloc_caches', at(LD.kmalloc_caches)],
      ['system_wq', at(LD.system_wq)], ['system_state', at(LD.system_state)], ['__default_kernel_pte_mask', at(LD.__default_kernel_pte_mask)],
      ['param_ops_int', at(LD.param_ops_int)], ['param_ops_uint', at(LD.param_ops_uint)], ['param_array_ops', at(LD.param_array_ops)],
      ['evtchn_upcall_mask', KERNEL_DATA + KDATA.evtchn_upcall_mask],
      ...(['__preempt_count', 'cpu_number', 'current_task', 'softnet_data', '__stack_chk_guard', 'this_cpu_off'] as const).map((n) => [n, PERCPU_OFF[n]] as [string, number]),
    ]);
  }

  /**
   * Calls C function `name` of dom0's image (a hot routine by its kernel name, or an l61_ helper):
   * nested from a routine on the current stack, else as a top-level entry (its failure is dom0's oops).
   */
  callC(name: string, args: readonly number[]): number {
    const k = this.k;
    const va = k.c.sym(this.hotRoutines.includes(name) ? this.hotSymbol(name) : name);
    if (!k.idle) return k.callback(va, args, k.execContext, name);
    const r = k.runGuest(va, args, 'process', 'process', name);
    return r.ok ? r.eax : 0;
  }

  /** The object size of the kmalloc cache at index i (kmalloc_size). */
  kmallocCacheSize(i: number): number { return KMALLOC_SIZES[i] ?? 0; }

  // ==== contexts ==================================================================================

  preemptDepth(): number { return (this.k.mem.read32(PREEMPT_COUNT) & ~RESCHED) | 0; }

  enterContext(ctx: ExecContext, from: ExecContext, top: boolean): number {
    const cpu = this.k.machine.cpu;
    if (top) cpu.setFlags(ctx === 'hardirq' ? cpu.getFlags() & ~IF : cpu.getFlags() | IF);
    const add = ctx === from ? 0 : ctx === 'hardirq' ? K.HARDIRQ_OFFSET : ctx === 'softirq' ? K.SOFTIRQ_OFFSET : 0;
    if (add) preemptAdd(this.k, add);
    return add;
  }

  leaveContext(add: number): void { if (add) preemptAdd(this.k, -add); }

  /** local_irq_save: EFLAGS, then interrupts off. */
  irqSave(): number {
    const cpu = this.k.machine.cpu, f = cpu.getFlags();
    cpu.setFlags(f & ~IF);
    return f;
  }

  /** local_irq_restore(flags): the interrupt flag as it was. */
  irqRestore(flags: number): void {
    const cpu = this.k.machine.cpu;
    cpu.setFlags(flags & IF ? cpu.getFlags() | IF : cpu.getFlags() & ~IF);
  }

  irqsEnabled(): boolean { return (this.k.machine.cpu.getFlags() & IF) !== 0; }

  /** in_interrupt(): hardirq, softirq or NMI counts (or bottom halves disabled) are non-zero. */
  inInterrupt(): boolean { return (this.k.mem.read32(PREEMPT_COUNT) & (K.HARDIRQ_OFFSET * 0xf + K.SOFTIRQ_OFFSET * 0xff + K.NMI_OFFSET * 0xf)) !== 0 || this.k.execContext !== 'process'; }

  // ==== softirqs ==================================================================================

  private get pendingVa(): number { return PERCPU + PERCPU_OFF.softirq_pending; }
  softirqPending(): number { return this.k.mem.read32(this.pendingVa); }
  raiseSoftirq(nr: number): void { this.k.mem.write32(this.pendingVa, this.softirqPending() | bit(nr)); }

  /** __do_softirq: pending softirqs run (NET_TX, then NET_RX), restarting while more were raised. */
  doSoftirq(): void {
    for (let round = 0; round < MAX_SOFTIRQ_RESTART && this.softirqPending() && !this.k.oops; round++) {
      const p = this.softirqPending();
      this.k.mem.write32(this.pendingVa, 0);
      if (p & bit(K.NET_TX_SOFTIRQ)) this.netTxAction();
      if (p & bit(K.NET_RX_SOFTIRQ)) this.netRxAction();
    }
  }

  runSoftirqs(): void { if (this.softirqPending()) this.doSoftirq(); }

  /** net_tx_action: the completion queue's skbs freed (the qdisc side is the platform's). */
  private netTxAction(): void {
    const k = this.k, q = sd() + softnet_data.completion_queue;
    let skb = k.mem.read32(q);
    k.mem.write32(q, 0);
    while (skb && !k.oops) {
      const next = k.mem.read32(skb + sk_buff.next);
      this.inSoftirq(() => freeSkb(k, skb)); // __dev_kfree_skb_irq took the last reference
      skb = next;
    }
  }

  private inSoftirq(f: () => void): void {
    const add = this.enterContext('softirq', this.k.execContext, false);
    try { f(); } finally { this.leaveContext(add); }
  }

  /**
   * net_rx_action: the poll list taken, each NAPI context's poll(napi, weight) run while it is
   * scheduled, within netdev_budget; a context that used its whole weight is polled again later
   * (requeued and NET_RX raised). With `only`, just that context (napi_disable's wait).
   */
  netRxAction(only?: number): void {
    const k = this.k, m = k.mem, head = sd() + softnet_data.poll_list;
    let budget = NETDEV_BUDGET;
    const limit = (k.jiffies + BUDGET_JIFFIES) >>> 0;
    const list = listEntries(m, head).map((e) => e - napi_struct.poll_list).filter((n) => only === undefined || n === only);
    for (const n of list) listDelInit(m, n + napi_struct.poll_list);
    const repoll: number[] = [];
    while (list.length && !k.oops) {
      const n = list.shift()!;
      const weight = m.read32(n + napi_struct.weight) | 0;
      let work = 0;
      if (m.read32(n + napi_struct.state) & NAPIF.SCHED) {
        const r = k.runGuest(m.read32(n + napi_struct.poll), [n, weight], 'softirq', 'irq', `napi poll 0x${hex8(n)}`);
        if (!r.ok) return;
        work = r.eax | 0;
      }
      if (work > weight) k.warnOnce(`napi-weight:${n}`, `NAPI poll function ${k.describeAddress(m.read32(n + napi_struct.poll))} returned ${work}, exceeding its budget of ${weight}.`);
      if (work >= weight) {
        if (m.read32(n + napi_struct.state) & NAPIF.DISABLE) this.callC('napi_complete_done', [n, work]);
        else if (m.read32(n + napi_struct.poll_list) !== n + napi_struct.poll_list) k.warnOnce('napi-resched', `${readCString(m, m.read32(n + napi_struct.dev) + net_device.name, 16)}: Budget exhausted after napi rescheduled`);
        else repoll.push(n);
      }
      budget -= work;
      if (budget <= 0 || ((k.jiffies - limit) | 0) >= 0) break;
    }
    for (const n of [...list, ...repoll]) {
      const e = n + napi_struct.poll_list;
      const prev = m.read32(head + 4);
      m.write32(e, head); m.write32(e + 4, prev); m.write32(prev, e); m.write32(head + 4, e);
    }
    if (m.read32(head) !== head) this.raiseSoftirq(K.NET_RX_SOFTIRQ);
  }

  // ==== modules ===================================================================================

  moduleLoaded(inst: LinkedInstance, _obj: ObjectFile, params: Readonly<Record<string, string>>): void {
    const bugs = inst.images.find((im) => im.name === '__bug_table');
    if (bugs) {
      for (let o = 0; o + SIZEOF.bug_entry <= bugs.bytes.length; o += SIZEOF.bug_entry) {
        const entry = bugs.address + o, addr = this.k.mem.read32(entry + bug_entry.bug_addr);
        this.bugSites.set(addr, entry);
        this.k.machine.hook(this.k.space, addr, (ctx) => this.reportBug(addr, ctx.cpu), { name: `__bug_table ${hex8(addr)}` });
      }
    }
    applyParams(this.k, inst, params);
  }

  /** report_bug at a ud2 of the bug table: a WARN logs and resumes after the ud2; a BUG is an oops. */
  private reportBug(addr: number, cpu: Dom0Kernel['machine']['cpu']): import('../../../emulator/hooks.js').HookResult {
    const k = this.k, m = k.mem, e = this.bugSites.get(addr)!;
    const file = readCString(m, m.read32(e + bug_entry.file), 128), line = m.read16(e + bug_entry.line), flags = m.read16(e + bug_entry.flags);
    if (!(flags & K.BUGFLAG_WARNING)) return k.oopsAction(`kernel BUG at ${file}:${line}!`, addr);
    if (!(flags & K.BUGFLAG_ONCE) || !(flags & K.BUGFLAG_DONE)) {
      if (flags & K.BUGFLAG_ONCE) m.write16(e + bug_entry.flags, flags | K.BUGFLAG_DONE);
      k.logLine(K.LOGLEVEL_WARNING, 'kernel', `WARNING: CPU: 0 PID: 1 at ${file}:${line} ${k.describeAddress(addr)}`);
      k.problems.push(`WARNING at ${file}:${line} (${k.describeAddress(addr)})`);
    }
    cpu.eip = (addr + 2) | 0;
    return { kind: 'continue' };
  }

  // ==== time and deferred work ====================================================================

  timerCall(t: number): Callback { return { fn: this.k.mem.read32(t + timer_list.function), args: [t] }; }
  /** detach_timer: entry.pprev = NULL (not pending). */
  timerDetached(t: number): void { this.k.mem.write32(t + timer_list.entry + 4, 0); }

  workCall(w: number): Callback {
    const m = this.k.mem;
    m.write32(w + work_struct.data, m.read32(w + work_struct.data) & ~K.WORK_STRUCT_PENDING); // set_work_pool_and_clear_pending
    return { fn: m.read32(w + work_struct.func), args: [w] };
  }

  /** dev_watchdog of every running device with carrier: a queue stopped past watchdog_timeo times out. */
  watchdog(): void {
    const k = this.k, m = k.mem;
    for (const [dev, info] of k.netdevs) {
      if (!info.registered || k.oops) continue;
      const st = m.read32(dev + net_device.state);
      if (!(st & bit(K.__LINK_STATE_PRESENT)) || !(st & bit(K.__LINK_STATE_START)) || st & bit(K.__LINK_STATE_NOCARRIER)) continue;
      const timeo = m.read32(dev + net_device.watchdog_timeo) | 0 || 5 * K.HZ;
      const j = k.jiffies;
      if (((j - info.lastWatchdog) | 0) < timeo) continue;
      info.lastWatchdog = j;
      const n = m.read32(dev + net_device.num_tx_queues);
      for (let i = 0; i < n; i++) {
        const q = txQueue(k, dev, i);
        if (!xmitStopped(k, q)) continue;
        const trans = m.read32(q + netdev_queue.trans_start);
        if (((j - ((trans + timeo) >>> 0)) | 0) <= 0) continue;
        const fn = m.read32(m.read32(dev + net_device.netdev_ops) + net_device_ops.ndo_tx_timeout);
        if (!fn) break;
        k.counters.txTimeouts++;
        m.write32(q + netdev_queue.trans_timeout, m.read32(q + netdev_queue.trans_timeout) + 1);
        k.logLine(2, 'kernel', `NETDEV WATCHDOG: ${readCString(m, dev + net_device.name, 16)}: CPU: 0: transmit queue ${i} timed out ${j - trans} ms`);
        k.runGuest(fn, [dev, i], 'softirq', 'irq', 'ndo_tx_timeout');
        break;
      }
    }
  }

  /** linkwatch_fire_event: on carrier, dev_activate starts the netdev watchdog. */
  linkEvent(dev: number): void {
    const info = this.k.netdevs.get(dev);
    if (info && !(this.k.mem.read32(dev + net_device.state) & bit(K.__LINK_STATE_NOCARRIER))) info.lastWatchdog = this.k.jiffies;
  }

  /** __netif_schedule: the qdisc (the platform's stack) may transmit again. */
  queueScheduled(txq: number): void {
    const k = this.k;
    k.counters.queueWakes++;
    k.onQueueWake?.(k.mem.read32(txq + netdev_queue.dev));
  }

  /** netif_napi_del of every context of a device (free_netdev). */
  napiDelAll(dev: number): void {
    for (const [n, d] of [...this.napis]) {
      if (d !== dev) continue;
      listDelInit(this.k.mem, n + napi_struct.dev_list);
      this.k.mem.write32(n + napi_struct.state, this.k.mem.read32(n + napi_struct.state) & ~NAPIF.LISTED);
      this.napis.delete(n);
    }
  }

  /** __ratelimit(&net_ratelimit_state): 10 messages per 5 s. */
  ratelimit(): boolean {
    const j = this.k.jiffies;
    if (this.ratelimitStart === 0 || ((j - this.ratelimitStart) | 0) >= 5 * K.HZ) { this.ratelimitStart = j || 1; this.ratelimitCount = 0; }
    return ++this.ratelimitCount <= 10;
  }

  // ==== the net device ============================================================================

  netdev(): number {
    for (const [dev, info] of this.k.netdevs) if (info.registered) return dev;
    return 0;
  }

  adapter(): number { const d = this.netdev(); return d ? d + Math.ceil(SIZEOF.net_device / K.NETDEV_ALIGN) * K.NETDEV_ALIGN : 0; }

  private state(): number { const d = this.netdev(); return d ? this.k.mem.read32(d + net_device.state) : 0; }
  queueStopped(): boolean { const d = this.netdev(); return d ? xmitStopped(this.k, txQueue(this.k, d)) : false; }
  carrierOk(): boolean { return (this.state() & bit(K.__LINK_STATE_NOCARRIER)) === 0; }
  running(): boolean { return (this.state() & bit(K.__LINK_STATE_START)) !== 0; }
  deviceBound(): boolean { return this.k.mem.read32(this.pdev + pci_dev.driver) !== 0; }

  private ops(dev: number, op: keyof typeof net_device_ops): number { return this.k.mem.read32(this.k.mem.read32(dev + net_device.netdev_ops) + net_device_ops[op]); }

  /** dev_open: PRESENT required, START set, ndo_validate_addr, ndo_open; then IFF_UP and ndo_set_rx_mode. */
  open(): EntryResult {
    const k = this.k, m = k.mem, dev = k.requireNetdev();
    if (m.read32(dev + net_device.flags) & K.IFF_UP) return { ok: true, value: 0, executed: 0 };
    if (!(m.read32(dev + net_device.state) & bit(K.__LINK_STATE_PRESENT))) return { ok: true, value: -K.ENODEV, executed: 0 };
    setState(k, dev + net_device.state, bit(K.__LINK_STATE_START), 0);
    let r: EntryResult = { ok: true, value: 0, executed: 0 };
    const validate = this.ops(dev, 'ndo_validate_addr');
    if (validate) r = k.entry(validate, [dev], 'process', 'ndo_validate_addr');
    if (r.ok && r.value === 0 && this.ops(dev, 'ndo_open')) {
      const o = k.entry(this.ops(dev, 'ndo_open'), [dev], 'process', 'ndo_open');
      r = { ...o, executed: o.executed + r.executed };
    }
    if (!r.ok) return r;
    if (r.value !== 0) { setState(k, dev + net_device.state, 0, bit(K.__LINK_STATE_START)); return r; }
    m.write32(dev + net_device.flags, m.read32(dev + net_device.flags) | K.IFF_UP);
    const rx = this.ops(dev, 'ndo_set_rx_mode');
    if (rx) {
      const s = k.entry(rx, [dev], 'process', 'ndo_set_rx_mode');
      if (!s.ok) return s;
    }
    this.linkEvent(dev);
    return r;
  }

  /** __dev_close_many: START cleared, ndo_stop, IFF_UP cleared. */
  devClose(dev: number): EntryResult {
    const k = this.k, m = k.mem;
    setState(k, dev + net_device.state, 0, bit(K.__LINK_STATE_START));
    const stop = this.ops(dev, 'ndo_stop');
    const r = !stop ? { ok: true, value: 0, executed: 0 } : k.idle ? k.entry(stop, [dev], 'process', 'ndo_stop')
      : { ok: true, value: k.callback(stop, [dev], 'process', 'ndo_stop'), executed: 0 };
    m.write32(dev + net_device.flags, m.read32(dev + net_device.flags) & ~K.IFF_UP);
    return r;
  }

  close(): EntryResult {
    const dev = this.k.requireNetdev();
    if (!(this.k.mem.read32(dev + net_device.flags) & K.IFF_UP)) return { ok: true, value: 0, executed: 0 };
    return this.devClose(dev);
  }

  /** dev_hard_start_xmit: ndo_start_xmit(skb, dev) under the queue's xmit lock, bottom halves off; the retry policy of the header. */
  transmit(skb: number): TxResult {
    const k = this.k, m = k.mem;
    const dev = this.netdev();
    if (!dev || !this.running()) return { status: 'down', attempts: 0 };
    const q = txQueue(k, dev);
    if (this.queueStopped()) {
      if (k.autoInterrupts) k.serviceInterrupts();
      if (this.queueStopped()) { k.counters.txStopped++; return { status: 'stopped', attempts: 0 }; }
    }
    m.write32(skb + sk_buff.dev, dev);
    m.write16(skb + sk_buff.queue_mapping, 0);
    const xmit = this.ops(dev, 'ndo_start_xmit');
    let busy = 0, attempts = 0;
    for (;;) {
      attempts++;
      m.write8(sd() + softnet_data['xmit.more'], 0);
      m.write32(q + netdev_queue.xmit_lock_owner, 0);
      preemptAdd(k, K.SOFTIRQ_DISABLE_OFFSET);
      const r = k.runGuest(xmit, [skb, dev], 'process', 'process', 'ndo_start_xmit');
      if (!k.oops) preemptAdd(k, -K.SOFTIRQ_DISABLE_OFFSET);
      m.write32(q + netdev_queue.xmit_lock_owner, 0xffffffff);
      if (!r.ok) return { status: 'oops', attempts, reason: r.reason };
      const v = r.eax | 0;
      if (v === K.NETDEV_TX_OK) {
        m.write32(q + netdev_queue.trans_start, k.jiffies);
        k.counters.txOk++;
        k.runSoftirqs();
        if (k.autoInterrupts) k.serviceInterrupts();
        return { status: 'ok', attempts };
      }
      if (v === K.NETDEV_TX_BUSY) {
        k.counters.txBusy++;
        if (k.autoInterrupts) k.serviceInterrupts();
        if (++busy > 1 || this.queueStopped()) return { status: 'busy', attempts };
        continue;
      }
      k.warn(`ndo_start_xmit returned ${v}`);
      return { status: 'error', attempts, reason: `ndo_start_xmit returned ${v}` };
    }
  }

  /**
   * SIOCETHTOOL as dev_ethtool dispatches it to the driver's ethtool_ops: ETHTOOL_GDRVINFO (get_drvinfo,
   * then the counts) and ETHTOOL_GLINK (get_link). Other commands are refused (-EOPNOTSUPP, named).
   */
  ethtool(request: Uint8Array, replyBytes: number): { result: EntryResult; reply: Uint8Array } {
    const k = this.k, m = k.mem, dev = k.requireNetdev();
    const cmd = request[0]! | (request[1]! << 8) | (request[2]! << 16) | (request[3]! << 24);
    const ops = m.read32(dev + net_device.ethtool_ops);
    const n = Math.max(request.length, replyBytes, SIZEOF.ethtool_drvinfo);
    const buf = k.kmallocHost(n, 'kmalloc', 'ethtool request', { zero: true });
    m.writeBytes(buf, request);
    let result: EntryResult;
    if (cmd === 3 /* ETHTOOL_GDRVINFO */ && m.read32(ops + ethtool_ops.get_drvinfo)) {
      result = k.entry(m.read32(ops + ethtool_ops.get_drvinfo), [dev, buf], 'process', 'ethtool get_drvinfo');
      m.write32(buf + ethtool_drvinfo.cmd, cmd);
    } else if (cmd === 10 /* ETHTOOL_GLINK */) {
      const get = m.read32(ops + ethtool_ops.get_link);
      result = get ? k.entry(get, [dev], 'process', 'ethtool get_link') : { ok: true, value: 0, executed: 0 };
      if (result.ok) { m.write32(buf + ethtool_value.data, result.value ? 1 : 0); result = { ...result, value: 0 }; }
    } else {
      k.warnOnce(`ethtool:${cmd}`, `ethtool: command 0x${cmd.toString(16)} is not modeled by dom0's ethtool core`);
      result = { ok: true, value: -K.EOPNOTSUPP, executed: 0 };
    }
    const reply = k.oops ? new Uint8Array(0) : m.readBytes(buf, n);
    if (!k.oops) k.kfreeHost(buf, ['kmalloc'], 'ethtool');
    return { result, reply };
  }

  callNetdevOp(op: NetdevOp, args: readonly number[]): EntryResult {
    const k = this.k, dev = k.requireNetdev();
    const ndo = ({ get_stats: 'ndo_get_stats', tx_timeout: 'ndo_tx_timeout', change_mtu: 'ndo_change_mtu', set_mac_address: 'ndo_set_mac_address', set_multicast_list: 'ndo_set_rx_mode' } as const)[op];
    const fn = this.ops(dev, ndo);
    if (!fn) return { ok: true, value: -K.EOPNOTSUPP, executed: 0 };
    return k.entry(fn, [dev, ...args], 'process', ndo);
  }

  /** dev_set_promiscuity(dev, 1): promiscuity counted, IFF_PROMISC, ndo_change_rx_flags, then the rx mode. */
  promiscuous(): EntryResult {
    const k = this.k, m = k.mem, dev = k.requireNetdev();
    const n = m.read32(dev + net_device.promiscuity);
    m.write32(dev + net_device.promiscuity, n + 1);
    if (n !== 0) return { ok: true, value: 0, executed: 0 };
    m.write32(dev + net_device.flags, m.read32(dev + net_device.flags) | K.IFF_PROMISC);
    const change = this.ops(dev, 'ndo_change_rx_flags');
    if (change) { const r = k.entry(change, [dev, K.IFF_PROMISC], 'process', 'ndo_change_rx_flags'); if (!r.ok) return r; }
    return this.callNetdevOp('set_multicast_list', []);
  }

  // ==== sk_buffs and pages ========================================================================

  /** __netdev_alloc_skb(dev, length, GFP_ATOMIC) as the stack uses it: NET_SKB_PAD of headroom. */
  allocSkbHost(length: number, dev: number, tag: string): number {
    const skb = allocSkb(this.k, length + K.NET_SKB_PAD, K.GFP_ATOMIC, tag);
    if (!skb) return 0;
    skbReserve(this.k.mem, skb, K.NET_SKB_PAD);
    this.k.mem.write32(skb + sk_buff.dev, dev);
    return skb;
  }

  freeSkbHost(skb: number, routine: string): void { dropSkb(this.k, skb, routine); }

  /** An skb as the stack hands it to a driver: MAC and network headers set, protocol from the frame, CHECKSUM_NONE. */
  buildSkb(frame: Uint8Array, opts: BuildSkbOptions): number {
    const k = this.k, m = k.mem;
    const fragSizes = opts.fragSizes ?? [];
    const headLen = opts.headLen ?? frame.length - fragSizes.reduce((a, b) => a + b, 0);
    if (headLen < K.ETH_HLEN || fragSizes.reduce((a, b) => a + b, 0) !== frame.length - headLen) throw new Error('buildSkb: headLen (>= 14) + fragment sizes must equal the frame length');
    const skb = k.allocSkb(headLen);
    const data = S.data(m, skb);
    m.writeBytes(data, frame.subarray(0, headLen));
    m.write32(skb + sk_buff.tail, data + headLen);
    m.write32(skb + sk_buff.len, frame.length);
    m.write32(skb + sk_buff.data_len, frame.length - headLen);
    m.write16(skb + sk_buff.mac_header, (data - S.head(m, skb)) >>> 0);
    m.write16(skb + sk_buff.network_header, (data + K.ETH_HLEN - S.head(m, skb)) >>> 0);
    m.write16(skb + sk_buff.protocol, frame[12]! | (frame[13]! << 8));
    let at = headLen, i = 0;
    const off0 = opts.fragOffset ?? 64;
    for (const size of fragSizes) {
      let left = size;
      while (left > 0) {
        const off = Math.min(off0, PAGE_SIZE - 1), n = Math.min(left, PAGE_SIZE - off);
        const p = allocPages(k, 0, K.GFP_ATOMIC, 'skb fragment');
        if (!p) throw new Error('dom0 heap exhausted');
        m.writeBytes(k.pages.pageToVirt(p)! + off, frame.subarray(at, at + n));
        setFrag(m, skb, i++, { page: p, off, len: n });
        m.write32(skb + sk_buff.truesize, m.read32(skb + sk_buff.truesize) + PAGE_SIZE);
        at += n;
        left -= n;
      }
    }
    m.write8(S.shinfo(m, skb) + skb_shared_info.nr_frags, i);
    return skb;
  }

  skbBytes(skb: number): Uint8Array {
    return packetBytes(this.k.mem, skb, (p) => this.k.pages.pageToVirt(p));
  }

  private backlog(name: 'head' | 'tail' | 'qlen' | 'dropped'): number { return this.k.c.sym(`l61_backlog_${name}`); }

  get receivedCount(): number { return this.k.mem.read32(this.backlog('qlen')); }
  get rxDropped(): number { return this.k.mem.read32(this.backlog('dropped')); }

  /** The stack's consumer: skbs off the C queue, each frame from its MAC header, then freed. */
  takeReceived(): ReceivedFrame[] {
    const k = this.k, m = k.mem, out: ReceivedFrame[] = [];
    for (let skb = m.read32(this.backlog('head')); skb && !k.oops; skb = m.read32(this.backlog('head'))) {
      const next = m.read32(skb + sk_buff.next);
      m.write32(this.backlog('head'), next);
      if (!next) m.write32(this.backlog('tail'), 0);
      m.write32(this.backlog('qlen'), m.read32(this.backlog('qlen')) - 1);
      m.write32(skb + sk_buff.next, 0);
      if (k.heap.blockAt(skb)?.kind !== 'skb') { k.warn(`BUG: netif_receive_skb: 0x${hex8(skb)} is not an skb`); continue; }
      const mac = S.macHeader(m, skb), data = S.data(m, skb);
      const hdr = mac !== null && mac <= data && data - mac <= 64 ? m.readBytes(mac, data - mac) : new Uint8Array(0);
      const payload = this.skbBytes(skb);
      const bytes = new Uint8Array(hdr.length + payload.length);
      bytes.set(hdr, 0);
      bytes.set(payload, hdr.length);
      out.push({ bytes, protocol: S.protocol(m, skb), pktType: S.pktType(m, skb) });
      dropSkb(k, skb, 'network stack');
    }
    return out;
  }

  /** __napi_alloc_skb for a NAPI context. */
  napiAllocSkb(a: RoutineArgs, napi: number, len: number, gfp: number): number {
    return napiAllocSkb(this.k, a, this.k.mem.read32(napi + napi_struct.dev), len, gfp);
  }

  /** gro_pull_from_frag0: `n` bytes of fragment 0 into the linear part (napi_frags_skb). */
  pullFromFrag0(skb: number, n: number): void {
    const k = this.k, m = k.mem, f = frags(m, skb)[0];
    if (!f || f.len < n) throw new KernelOops(`BUG: napi_gro_frags: skb 0x${hex8(skb)} has no ${n}-byte first fragment`);
    if (((S.end(m, skb) - S.tail(m, skb)) | 0) < n) throw new KernelOops(`BUG: napi_gro_frags: skb 0x${hex8(skb)} has no tailroom for the header`);
    m.writeBytes(S.tail(m, skb), m.readBytes(k.pages.pageToVirt(f.page)! + f.off, n));
    m.write32(skb + sk_buff.tail, S.tail(m, skb) + n);
    m.write32(skb + sk_buff.data_len, S.dataLen(m, skb) - n);
    setFrag(m, skb, 0, { ...f, off: f.off + n, len: f.len - n });
  }

  allocPage(tag: string): { page: number; va: number; pa: number } | null {
    const p = allocPages(this.k, 0, K.GFP_ATOMIC, tag);
    if (!p) return null;
    const va = this.k.pages.pageToVirt(p)!;
    return { page: p, va, pa: this.k.pages.virtToPhys(va)! };
  }

  putPage(page: number, routine: string): void { putPage(this.k, page, routine); }

  allocPages(order: number, gfp: number, tag: string): number { return allocPages(this.k, order, gfp, tag); }

  /** page_address of any (lowmem) page: its linear address. */
  pageVirt(p: number, routine: string): number {
    const va = this.k.pages.pageToVirt(p);
    if (va === null) throw new KernelOops(`BUG: ${routine}: 0x${hex8(p)} is not a struct page`);
    return va;
  }

  /** The pages the per-cpu page_frag caches hold (page_frag_cache.va): the kernel's, like Linux's. */
  kernelHeld(va: number): boolean {
    const m = this.k.mem;
    return [FRAG_CACHES.napi, FRAG_CACHES.netdev, FRAG_CACHES.napiSmall].some((c) => {
      const cv = m.read32(c);
      return cv !== 0 && (cv & ~0xfff) >>> 0 === (va & ~0xfff) >>> 0;
    });
  }

  leaks(out: string[]): void {
    const k = this.k, m = k.mem, p = this.pdev;
    for (const [bar, who] of this.regions) out.push(`pci: BAR ${bar} still claimed by ${who}`);
    const enable = m.read32(p + pci_dev.enable_cnt);
    if (enable !== 0) out.push(`pci: device enable count ${enable}`);
    if (m.read32(p + pci_dev.driver)) out.push('pci: device still bound to a driver');
    for (const [n] of this.napis) out.push(`napi: 0x${hex8(n)} still listed`);
  }
}


