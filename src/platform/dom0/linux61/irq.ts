// Linux 6.1 interrupt routines of the dom0 model (reference: REFERENCE.md "IRQ"): request_threaded_irq
// with the argument and sharing checks of kernel/irq/manage.c (the irqaction is the core's
// record; a line's first handler starts it, which clears its disable depth), free_irq returning
// the name the handler was registered with, the disable depth of disable_hardirq / enable_irq
// (a disabled line is not serviced), and synchronize_irq (nothing to wait for on one CPU outside
// the handler; from the handler itself it would deadlock).
//
// Modeled costs: request_threaded_irq 300, free_irq 200, synchronize_irq 8, disable_hardirq 20,
// enable_irq 20.

import { LINUX as K } from '../../linux/layout.generated.js';
import { hex8, readCString } from '../../mem.js';
import type { Dom0Kernel } from '../kernel.js';
import { R, type RoutineSpec } from '../routine.js';

/** The model's interrupt lines (irq_to_desc finds a descriptor for these). */
const NR_IRQS = 256;
const IRQF_COND_SUSPEND = 1 << 18, IRQF_NO_AUTOEN = 1 << 19;

function desc(irq: number): boolean { return irq < NR_IRQS; }

export const IRQ_ROUTINES: readonly RoutineSpec[] = [
  // int request_threaded_irq(unsigned int irq, irq_handler_t handler, irq_handler_t thread_fn,
  //                          unsigned long irqflags, const char *devname, void *dev_id)
  R('request_threaded_irq', 300, (k, a) => {
    const irq = a.arg(0), handler = a.arg(1), threadFn = a.arg(2), flags = a.arg(3), name = a.arg(4), devId = a.arg(5);
    k.mightSleep(a.name);
    if (irq === (K.IRQ_NOTCONNECTED >>> 0)) return -107; // -ENOTCONN
    const shared = (flags & K.IRQF_SHARED) !== 0;
    if ((shared && !devId) || (shared && flags & IRQF_NO_AUTOEN) || (!shared && flags & IRQF_COND_SUSPEND) ||
      (!(flags & K.IRQF_NO_SUSPEND) && flags & IRQF_COND_SUSPEND)) return -K.EINVAL;
    if (!desc(irq)) return -K.EINVAL;
    if (!handler && !threadFn) return -K.EINVAL;
    const old = k.irqActions.filter((x) => x.irq === irq);
    if (old.length) {
      const o = old[0]!;
      if (!(o.flags & flags & K.IRQF_SHARED) || (o.flags & K.IRQF_TRIGGER_MASK) !== (flags & K.IRQF_TRIGGER_MASK) ||
        (o.flags & K.IRQF_PERCPU) !== (flags & K.IRQF_PERCPU)) {
        if (!(flags & K.IRQF_PROBE_SHARED)) {
          k.logLine(3, 'kernel', `genirq: Flags mismatch irq ${irq}. ${hex8(flags)} (${name ? readCString(k.mem, name, 64) : ''}) vs. ${hex8(o.flags)} (${o.name})`);
        }
        return -K.EBUSY;
      }
    } else if (!(flags & IRQF_NO_AUTOEN)) {
      k.irqDisableDepth.set(irq, 0); // irq_startup
    } else {
      k.irqDisableDepth.set(irq, 1);
    }
    k.irqActions.push({ irq, handler, flags, name: name ? readCString(k.mem, name, 64) : '', devId, threadFn, nameVa: name });
    return 0;
  }, true, 6),
  // const void *free_irq(unsigned int irq, void *dev_id): the devname it was requested with, or NULL
  R('free_irq', 200, (k, a) => {
    const irq = a.arg(0), devId = a.arg(1);
    k.mightSleep(a.name);
    if (!desc(irq)) return 0;
    const i = k.irqActions.findIndex((x) => x.irq === irq && x.devId === devId);
    if (i < 0) { k.warn(`WARNING: Trying to free already-free IRQ ${irq}`); return 0; }
    if (k.inIrq) k.warn(`BUG: free_irq: IRQ ${irq} freed from its own handler (synchronize_irq would deadlock)`);
    const [act] = k.irqActions.splice(i, 1);
    return act!.nameVa ?? 0;
  }, true, 2),
  R('synchronize_irq', 8, (k, a) => {
    if (k.inIrq) k.warn(`BUG: synchronize_irq(${a.arg(0)}) from an interrupt handler (would deadlock)`);
  }, true, 1),
  // bool disable_hardirq(unsigned int irq): depth + 1; true (no threaded handler is active)
  R('disable_hardirq', 20, (k, a) => {
    const irq = a.arg(0);
    if (!desc(irq)) return 0;
    k.irqDisableDepth.set(irq, (k.irqDisableDepth.get(irq) ?? 0) + 1);
    return 1;
  }, false, 1),
  R('enable_irq', 20, (k, a) => {
    const irq = a.arg(0);
    if (!desc(irq)) return;
    if (!k.irqActions.some((x) => x.irq === irq) && (k.irqDisableDepth.get(irq) ?? 0) === 0) {
      k.warn(`WARNING: enable_irq before setup/request_irq: irq ${irq}`);
      return;
    }
    const d = k.irqDisableDepth.get(irq) ?? 0;
    if (d === 0) { k.warn(`WARNING: Unbalanced enable for IRQ ${irq}`); return; }
    k.irqDisableDepth.set(irq, d - 1);
  }, false, 1),
];
