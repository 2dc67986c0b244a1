// SPDX-License-Identifier: MIT
/*
 * The driver-facing ABI of the hypervisor: how it calls the hypervisor instance of the driver
 * (thesis §4.3.2: the entry points and the parameters each expects are handed over at load).
 * Every transfer from hypervisor code into the instance goes through enter() and from there
 * through the host's single checked gate (__hw_enter_driver: the target, a VM-instance code
 * address taken from dom0 memory, must be a verified entry of the instance).
 *
 *   transmit   netdev->hard_start_xmit(skb, netdev)     (pointer read from dom0's net device)
 *              Linux 6.1: netdev->netdev_ops->ndo_start_xmit(skb, netdev)
 *   interrupt  handler(irq, dev_id)                      (what the driver gave request_irq)
 *   NAPI poll  napi->poll(napi, weight)                  (Linux 6.1: what netif_napi_add_weight got)
 *
 * SVM windows are reclaimed only here, between invocations (svm.c): once half the window area
 * is used, the first invocation of a nest flushes before the driver runs.
 *
 * One invocation at a time runs on the driver stack (the host enters at its top): the window
 * that gives the running invocation's stack identity stlb entries opens here and closes when it
 * returns or is aborted (svm.c, twin/svm-stack.h). An entry while one runs (a dom0 routine the
 * driver upcalled making a hypercall that would run the driver again) is refused: it would run
 * over the running invocation's frames.
 */
#include <twin/hv.h>
#include <linux61/layout.h>

u32 hv_invocations, hv_aborts, hv_nested_refused;

static u64 enter(u32 kind, u32 fn, u32 a0, u32 a1, u32 a2)
{
	u64 r;

	if (svm_invocations) {
		hv_nested_refused++;
		return 1ULL << 32;
	}
	if (svm_invocations++ == 0 && svm_next_window_used() > svm_window_area() / 2)
		svm_flush();
	hv_invocations++;
	svm_stack_enter();
	r = __hw_enter_driver(kind, fn, a0, a1, a2);
	svm_stack_leave();
	svm_invocations--;
	if (r >> 32) {
		hv_aborts++;
		hv_driver_dead = 1;
	}
	return r;
}

/* 0: the driver returned (*ret = its result); -1: it was aborted or cannot be invoked. */
int driver_xmit(struct sk_buff *skb, struct net_device *dev, int *ret)
{
	struct net_device *d = svm_try((u32)dev);
	u64 r;

	if (!d) {
		__hw_report(SAFETY_SVM_ACCESS, (u32)dev, "xmit: the net device is not dom0 memory");
		hv_driver_dead = 1;
		return -1;
	}
	r = enter(ENTRY_XMIT, (u32)d->hard_start_xmit, (u32)skb, (u32)dev, 0);
	*ret = (int)(u32)r;
	return r >> 32 ? -1 : 0;
}

int driver_irq(int *ret)
{
	u64 r = enter(ENTRY_IRQ, dom0.irq_handler, dom0.irq, dom0.irq_dev, 0);

	*ret = (int)(u32)r;
	return r >> 32 ? -1 : 0;
}

/* Linux 6.1: netdev->netdev_ops->ndo_start_xmit(skb, netdev); as driver_xmit. */
int driver_xmit_l61(u32 skb, u32 dev, int *ret)
{
	u8 *d = svm_try(dev), *ops;
	u64 r;

	ops = d ? svm_try(*(u32 *)(d + L_OFF_net_device_netdev_ops)) : NULL;
	if (!ops) {
		__hw_report(SAFETY_SVM_ACCESS, dev, "xmit: the net device or its netdev_ops is not dom0 memory");
		hv_driver_dead = 1;
		return -1;
	}
	r = enter(ENTRY_XMIT, *(u32 *)(ops + L_OFF_net_device_ops_ndo_start_xmit), skb, dev, 0);
	*ret = (int)(u32)r;
	return r >> 32 ? -1 : 0;
}

/* Linux 6.1: napi->poll(napi, weight), the poll pointer read from dom0's napi_struct; as driver_irq. */
int driver_poll(u32 napi, u32 weight, int *ret)
{
	u8 *n = svm_try(napi);
	u64 r;

	if (!n) {
		__hw_report(SAFETY_SVM_ACCESS, napi, "NAPI poll: the napi_struct is not dom0 memory");
		hv_driver_dead = 1;
		return -1;
	}
	r = enter(ENTRY_POLL, *(u32 *)(n + L_OFF_napi_struct_poll), napi, weight, 0);
	*ret = (int)(u32)r;
	return r >> 32 ? -1 : 0;
}
