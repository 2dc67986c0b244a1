// Linux 6.1 locking, preemption and call-indirection of the dom0 model (reference: REFERENCE.md
// "Locks and per-cpu state", "Code"): queued spinlocks (lock word 0 = unlocked, the locked byte
// set; one CPU: a lock found held is a lockup), the irqsave variants on the CPU's own interrupt
// flag (as the driver's inline local_irq_save does), mutexes whose owner is the current task,
// the per-cpu preempt count with PREEMPT_NEED_RESCHED kept inverted in bit 31 (x86), the bottom
// half re-enable that runs pending softirqs, the static-call trampolines of cond_resched and
// preempt_schedule (nothing else is runnable on dom0's CPU), the retpoline thunks (machine code:
// `jmp *%reg`, what the kernel's alternatives patch them to without X86_FEATURE_RETPOLINE), and
// the stack protector's failure path.
//
// Modeled costs: _raw_spin_lock / _raw_spin_unlock 12, _raw_spin_lock_irqsave 16,
// _raw_spin_unlock_irqrestore 16, mutex_lock / mutex_unlock 20, __local_bh_enable_ip 15 (+ the
// softirqs it runs), __SCT__cond_resched 8, __SCT__preempt_schedule 8, thunks: their jmp.

import { LINUX as K, mutex, task_struct } from '../../linux/layout.generated.js';
import { hex8 } from '../../mem.js';
import { PERCPU, PERCPU_OFF } from '../memmap.js';
import type { Dom0Kernel } from '../kernel.js';
import { KernelOops, R, type RoutineArgs, type RoutineSpec } from '../routine.js';
import { lx } from './state.js';

const IF = K.X86_EFLAGS_IF;
export const PREEMPT_COUNT = PERCPU + PERCPU_OFF.__preempt_count;

export function preemptAdd(k: Dom0Kernel, n: number): void { k.mem.write32(PREEMPT_COUNT, (k.mem.read32(PREEMPT_COUNT) + n) >>> 0); }

function lock(k: Dom0Kernel, a: RoutineArgs, l: number): void {
  const v = k.mem.read32(l);
  if (v !== 0) throw new KernelOops(`BUG: spinlock lockup suspected: ${a.name} on 0x${hex8(l)} (${k.describeAddress(l)}), already held (value 0x${hex8(v)}): dom0 has one CPU`);
  k.mem.write32(l, 1);
}

function unlock(k: Dom0Kernel, a: RoutineArgs, l: number): void {
  if ((k.mem.read8(l)) === 0) k.warnOnce(`unlock:${l}`, `BUG: ${a.name}: spinlock 0x${hex8(l)} is not locked`);
  k.mem.write8(l, 0);
}

/** preempt_enable: the count back down; at zero with a reschedule pending, preempt_schedule (nothing to switch to). */
function preemptEnable(k: Dom0Kernel): void { preemptAdd(k, -1); }

export const SYNC_ROUTINES: readonly RoutineSpec[] = [
  R('_raw_spin_lock', 12, (k, a) => { preemptAdd(k, 1); lock(k, a, a.arg(0)); }, false, 1),
  R('_raw_spin_unlock', 12, (k, a) => { unlock(k, a, a.arg(0)); preemptEnable(k); }, false, 1),
  // unsigned long _raw_spin_lock_irqsave(raw_spinlock_t *lock): flags = EFLAGS, interrupts off
  R('_raw_spin_lock_irqsave', 16, (k, a) => {
    const flags = lx(k).irqSave();
    preemptAdd(k, 1);
    lock(k, a, a.arg(0));
    return flags;
  }, false, 1),
  R('_raw_spin_unlock_irqrestore', 16, (k, a) => {
    unlock(k, a, a.arg(0));
    lx(k).irqRestore(a.arg(1));
    preemptEnable(k);
  }, false, 2),
  // void mutex_lock(struct mutex *lock): owner = current; held by us again is a deadlock
  R('mutex_lock', 20, (k, a) => {
    const l = a.arg(0), cur = lx(k).currentTask;
    k.mightSleep(a.name);
    const owner = (k.mem.read32(l + mutex.owner) & ~7) >>> 0;
    if (owner === cur) throw new KernelOops(`BUG: mutex_lock: deadlock: mutex 0x${hex8(l)} is already held by this task`);
    if (owner !== 0) throw new KernelOops(`mutex_lock: mutex 0x${hex8(l)} is held by task 0x${hex8(owner)}, which cannot run: dom0 would wait for ever`);
    k.mem.write32(l + mutex.owner, cur);
  }, true, 1),
  R('mutex_unlock', 20, (k, a) => {
    const l = a.arg(0), cur = lx(k).currentTask;
    const owner = (k.mem.read32(l + mutex.owner) & ~7) >>> 0;
    if (owner !== cur) k.warnOnce(`mutex:${l}`, `WARNING: mutex_unlock: mutex 0x${hex8(l)} is not held by this task (owner 0x${hex8(owner)})`);
    k.mem.write32(l + mutex.owner, 0);
  }, false, 1),
  // void __local_bh_enable_ip(unsigned long ip, unsigned int cnt): count - (cnt - 1), pending softirqs run, then the last 1
  R('__local_bh_enable_ip', 15, (k, a) => {
    const cnt = a.arg(1);
    preemptAdd(k, -(cnt - 1));
    if (!lx(k).inInterrupt() && lx(k).softirqPending()) lx(k).doSoftirq();
    preemptAdd(k, -1);
  }, false, 2),
  // static_call(cond_resched)() with PREEMPT_DYNAMIC voluntary: __cond_resched, nothing else runnable: 0
  R('__SCT__cond_resched', 8, () => 0, false, 0),
  // static_call(preempt_schedule)(): reached when the count (need_resched folded in) hit zero: nothing to run
  R('__SCT__preempt_schedule', 8, (k) => { if (lx(k).preemptDepth() !== 0) k.warnOnce('preempt-sched', 'BUG: preempt_schedule with a non-zero preempt count'); }, false, 0),
  // The retpoline thunks: jmp *%reg (ff /4 with mod 11).
  { name: '__x86_indirect_thunk_edx', cost: 0, sleeps: false, impl: () => undefined, args: 0, code: [0xff, 0xe2] },
  { name: '__x86_indirect_thunk_ebx', cost: 0, sleeps: false, impl: () => undefined, args: 0, code: [0xff, 0xe3] },
  { name: '__x86_indirect_thunk_esi', cost: 0, sleeps: false, impl: () => undefined, args: 0, code: [0xff, 0xe6] },
  { name: '__x86_indirect_thunk_edi', cost: 0, sleeps: false, impl: () => undefined, args: 0, code: [0xff, 0xe7] },
  // void __stack_chk_fail(void): the canary of a frame was overwritten
  R('__stack_chk_fail', 0, (k, a) => {
    throw new KernelOops(`Kernel panic - not syncing: stack-protector: Kernel stack is corrupted in: ${k.describeAddress(a.returnAddress())}`);
  }, false, 0),
];

/** The task_struct fields the model keeps (current_task). */
export function bootTask(k: Dom0Kernel, t: number): void {
  k.mem.write32(t + task_struct.__state, K.TASK_RUNNING);
  k.mem.write32(t + task_struct.usage, 1);
  k.mem.write32(t + task_struct.pid, 1);
  k.mem.write32(t + task_struct.tgid, 1);
  k.mem.writeBytes(t + task_struct.comm, Uint8Array.from([...'modprobe'].map((c) => c.charCodeAt(0)).concat([0])));
  void IF;
}
