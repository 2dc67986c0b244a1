// Linux 6.1 timers, work and delays of the dom0 model (reference: REFERENCE.md "Timers and work",
// "Delays"): timer_list initialisation (init_timer_key: not pending, function, flags with the
// CPU), the workqueue API over the core's queue with the PENDING bit in work->data exactly where
// Linux keeps it (queue_work_on and queue_delayed_work_on refuse an already pending item;
// delayed work arms its timer, whose function delayed_work_timer_fn queues the work when it
// fires), cancel_*_sync (pending state and timer taken back; from the item's own function it
// would wait for itself), and the delays (time passes without running anything, as in
// udelay's busy wait; sleeps advance emulated time).
//
// Modeled costs: init_timer_key 10, delayed_work_timer_fn 30, queue_work_on 40,
// queue_delayed_work_on 50, cancel_work_sync / cancel_delayed_work_sync 60, msleep 150,
// msleep_interruptible 150, usleep_range_state 100, __const_udelay / __udelay 20.

import { LINUX as K, delayed_work, timer_list, work_struct } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import type { Dom0Kernel } from '../kernel.js';
import { R, type RoutineArgs, type RoutineSpec } from '../routine.js';

const PENDING = K.WORK_STRUCT_PENDING;

/** test_and_set_bit(WORK_STRUCT_PENDING_BIT, work_data_bits(work)): true when it was already set. */
function testAndSetPending(k: Dom0Kernel, w: number): boolean {
  const d = k.mem.read32(w + work_struct.data);
  k.mem.write32(w + work_struct.data, d | PENDING);
  return (d & PENDING) !== 0;
}

/** __queue_work: onto the (one) worker pool's list. */
function queueWork(k: Dom0Kernel, w: number): void {
  if (!k.workQueue.includes(w)) k.workQueue.push(w);
}

/** timer_pending: entry.pprev is not NULL. */
export const timerPending = (k: Dom0Kernel, t: number): boolean => k.mem.read32(t + timer_list.entry + 4) !== 0;

/** add_timer: armed at timer->expires; pending (pprev set to a non-NULL marker: the model's wheel holds it). */
export function addTimer(k: Dom0Kernel, t: number, expires: number): void {
  k.mem.write32(t + timer_list.expires, expires);
  k.mem.write32(t + timer_list.entry + 4, t + timer_list.entry);
  k.timers.delete(t);
  k.timers.set(t, expires);
}

/** del_timer: disarmed; true when it was pending. */
export function delTimer(k: Dom0Kernel, t: number): boolean {
  const was = k.timers.delete(t);
  k.mem.write32(t + timer_list.entry + 4, 0);
  return was;
}

/** __cancel_work_timer: pending state, queue entry and (delayed) timer taken back; true when it was pending. */
function cancelWork(k: Dom0Kernel, a: RoutineArgs, w: number, dwork: boolean): boolean {
  k.mightSleep(a.name);
  let was = false;
  if (dwork && delTimer(k, w + delayed_work.timer)) was = true;
  const i = k.workQueue.indexOf(w);
  if (i >= 0) { k.workQueue.splice(i, 1); was = true; }
  const d = k.mem.read32(w + work_struct.data);
  if (d & PENDING) was = true;
  k.mem.write32(w + work_struct.data, d & ~PENDING);
  if (k.runningWork === w) k.warn(`BUG: ${a.name}: work 0x${hex8(w)} cancelled synchronously from its own function (would wait for itself)`);
  return was;
}

export const TIME_ROUTINES: readonly RoutineSpec[] = [
  // void init_timer_key(struct timer_list *timer, void (*func)(struct timer_list *), unsigned int flags, const char *name, struct lock_class_key *key)
  R('init_timer_key', 10, (k, a) => {
    const t = a.arg(0);
    if (k.timers.has(t)) { k.warn(`BUG: init_timer_key: timer 0x${hex8(t)} re-initialised while pending`); k.timers.delete(t); }
    k.mem.write32(t + timer_list.entry + 4, 0);
    k.mem.write32(t + timer_list.function, a.arg(1));
    k.mem.write32(t + timer_list.flags, (a.arg(2) & ~K.TIMER_CPUMASK) | 0 /* this CPU */);
  }, false, 5),
  // void delayed_work_timer_fn(struct timer_list *t): the timer of a delayed work fired: queue the work
  R('delayed_work_timer_fn', 30, (k, a) => { queueWork(k, a.arg(0) - delayed_work.timer); }, false, 1),
  // bool queue_work_on(int cpu, struct workqueue_struct *wq, struct work_struct *work)
  R('queue_work_on', 40, (k, a) => {
    const w = a.arg(2);
    if (testAndSetPending(k, w)) return 0;
    queueWork(k, w);
    return 1;
  }, false, 3),
  // bool queue_delayed_work_on(int cpu, struct workqueue_struct *wq, struct delayed_work *dwork, unsigned long delay)
  R('queue_delayed_work_on', 50, (k, a) => {
    const cpu = a.arg(0), wq = a.arg(1), dw = a.arg(2), delay = a.arg(3), m = k.mem;
    if (testAndSetPending(k, dw)) return 0;
    const t = dw + delayed_work.timer;
    if (m.read32(t + timer_list.function) !== k.routineAddress('delayed_work_timer_fn')) k.warnOnce(`dwork-fn:${dw}`, `WARNING: queue_delayed_work_on: work 0x${hex8(dw)}'s timer function is not delayed_work_timer_fn`);
    if (timerPending(k, t)) k.warnOnce(`dwork-pending:${dw}`, `WARNING: queue_delayed_work_on: work 0x${hex8(dw)}'s timer is already pending`);
    m.write32(dw + delayed_work.wq, wq);
    m.write32(dw + delayed_work.cpu, cpu);
    if (delay === 0) queueWork(k, dw);
    else addTimer(k, t, (k.jiffies + delay) >>> 0);
    return 1;
  }, false, 4),
  R('cancel_work_sync', 60, (k, a) => (cancelWork(k, a, a.arg(0), false) ? 1 : 0), true, 1),
  R('cancel_delayed_work_sync', 60, (k, a) => (cancelWork(k, a, a.arg(0), true) ? 1 : 0), true, 1),
  R('msleep', 150, (k, a) => { k.sleepMs(a.arg(0)); }, true, 1),
  // unsigned long msleep_interruptible(unsigned int msecs): the time left when a signal cut it short (none here: 0)
  R('msleep_interruptible', 150, (k, a) => { k.sleepMs(a.arg(0)); return 0; }, true, 1),
  // void usleep_range_state(unsigned long min, unsigned long max, unsigned int state)
  R('usleep_range_state', 100, (k, a) => { k.passTime(Math.max(a.arg(0), 1)); }, true, 3),
  // __const_udelay(xloops): xloops = usecs * 0x10c7 (2^32 / 10^6, rounded up)
  R('__const_udelay', 20, (k, a) => { k.passTime(Math.ceil(a.arg(0) / 0x10c7)); }, false, 1),
  R('__udelay', 20, (k, a) => { k.passTime(a.arg(0)); }, false, 1),
];
