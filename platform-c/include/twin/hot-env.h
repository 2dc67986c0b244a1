/*
 * twindrivers platform C: what a place provides to the hot kernel routines.
 *
 * The ten routines of thesis table 4.1 are written once per kernel ABI (platform-c/hot/<abi>/)
 * and compiled once per place they run in: dom0's kernel (platform-c/dom0/env.c) and the
 * hypervisor (platform-c/hv/env.c).  They reach dom0 data only through D() and everything that
 * differs between the places (where skbs come from and go to, how a dom0 address becomes a bus
 * address, what invalid input does) through the env_* functions below.  A second kernel ABI
 * (e.g. Linux 6.1's struct layouts) adds platform-c/hot/<abi>/hot.c against this same interface.
 *
 * Invariants a place guarantees:
 *  - D(p) returns an address through which this place may access the dom0 object at p and the
 *    4096 bytes after it (dom0: p itself; hypervisor: its SVM window, which maps two pages), or
 *    does not return (the hypervisor aborts the driver invocation: safety event);
 *  - env_input_error() reports a value read from dom0 memory that is invalid: dom0 oopses or
 *    warns as Linux would (and returns only for survivable misuse), the hypervisor aborts the
 *    driver invocation (never returns).
 */
#ifndef _TWIN_HOT_ENV_H
#define _TWIN_HOT_ENV_H

#include <twin/abi.h>
#include <linux/skbuff.h>
#include <linux/netdevice.h>
#include <linux/mm.h>

/* The place: D() (its view of dom0 object p, see above) and its inline helpers. */
#if defined(TWIN_PLACE_HV)
#include <twin/place-hv.h>
#elif defined(TWIN_PLACE_DOM0)
#include <twin/place-dom0.h>
#else
#error "compile the hot routines for a place: -DTWIN_PLACE_HV or -DTWIN_PLACE_DOM0"
#endif

/* A fresh data buffer for an skb of `length` bytes: the skb struct (dom0 address), its buffer
 * head and linear size.  NULL when none is available. */
struct sk_buff *env_skb_alloc(u32 length, u8 **head, u32 *size);
/* Called after the shared initialisation of an skb env_skb_alloc returned. */
void env_skb_ready(struct sk_buff *skb, struct sk_buff *s);
/* Drops the caller's reference to skb (any context). */
void env_skb_free(struct sk_buff *skb);
/* A received skb whose MAC header eth_type_trans set: to this place's network stack. */
int env_rx(struct sk_buff *skb);
/* Bus address of dom0 bytes [va, va + size) (physically contiguous RAM dom0 owns). */
u32 env_virt_to_bus(u32 va, u32 size);
/* Bus address of bytes [offset, offset + size) of a dom0 struct page. */
u32 env_page_to_bus(u32 page, u32 offset, u32 size);
/* dom0's virtual interrupt mask byte, as this place reaches it. */
volatile u8 *env_irq_mask(void);
/* Invalid input (see above); code: BUG_* or WARN_* of twin/abi.h. */
void env_input_error(u32 code, u32 value, const char *why);
/* Survivable misuse (dom0 logs it; the hypervisor counts it). */
void env_warn(u32 code, u32 value);

#endif /* _TWIN_HOT_ENV_H */
