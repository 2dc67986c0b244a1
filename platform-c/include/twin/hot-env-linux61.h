/*
 * twindrivers platform C: what a place provides to the Linux 6.1 hot routines
 * (platform-c/hot/linux61/hot.c), the 6.1 counterpart of twin/hot-env.h.
 *
 * The routines are written once and compiled once per place (-DTWIN_PLACE_DOM0, -DTWIN_PLACE_HV),
 * like the mini API's.  They reach dom0 data only through D() (twin/place-*.h) and the field
 * accessors below, whose offsets are the kernel's (linux61/layout.h, generated from the probe
 * compiled in the Linux tree: no offset is typed by hand).  Their symbols carry the prefix l61_
 * (L61(name)) so that both ABIs' hot routines can live in one image; the host exports them under
 * the kernel's names (hot_names[]).
 *
 * What differs between the places is l61env_* (platform-c/hot/linux61/env-dom0.c, env-hv.c) and
 * the ABI-neutral env_* of twin/hot-env.h's places (bus addresses, invalid input).
 * Invariants a place guarantees: those of twin/hot-env.h for D() and env_input_error().
 */
#ifndef _TWIN_HOT_ENV_LINUX61_H
#define _TWIN_HOT_ENV_LINUX61_H

#include <twin/abi.h>
#include <linux61/layout.h>

#if defined(TWIN_PLACE_HV)
#include <twin/place-hv.h>
#elif defined(TWIN_PLACE_DOM0)
#include <twin/place-dom0.h>
#else
#error "compile the hot routines for a place: -DTWIN_PLACE_HV or -DTWIN_PLACE_DOM0"
#endif

#define L61(name) l61_##name

/* Field access at place address b (D() of the object) by struct and member name. */
#define L8(b, s, m) (*(volatile u8 *)((u8 *)(b) + L_OFF_##s##_##m))
#define L16(b, s, m) (*(volatile u16 *)((u8 *)(b) + L_OFF_##s##_##m))
#define L32(b, s, m) (*(volatile u32 *)((u8 *)(b) + L_OFF_##s##_##m))
#define LBIT(b, s, f) ((L8v((u8 *)(b) + L_BIT_##s##_##f##_BYTE) & L_BIT_##s##_##f##_MASK) >> L_BIT_##s##_##f##_SHIFT)
#define LBIT_SET(b, s, f, v)                                                              \
	(L8v((u8 *)(b) + L_BIT_##s##_##f##_BYTE) =                                        \
		 (L8v((u8 *)(b) + L_BIT_##s##_##f##_BYTE) & ~L_BIT_##s##_##f##_MASK) |     \
		 (((v) << L_BIT_##s##_##f##_SHIFT) & L_BIT_##s##_##f##_MASK))
#define L8v(p) (*(volatile u8 *)(p))

/* Error codes of the Linux 6.1 routines (dom0: kernel-c.ts names them; hypervisor: a safety event). */
#define BUG_L61_DMA_DIR 0x201       /* dma_*: not a valid DMA direction */
#define BUG_L61_SKB_OVER 0x202      /* skb_put past skb->end (skb_over_panic) */
#define BUG_L61_SHORT_ETH 0x203     /* eth_type_trans: the Ethernet header is not in the linear part */
#define BUG_L61_NR_FRAGS 0x204      /* an skb's nr_frags above MAX_SKB_FRAGS */
#define BUG_L61_NOT_SKB 0x205       /* not an skb the place handed out */
#define BUG_L61_DQL 0x206           /* dql_completed: more completed than queued */
#define BUG_L61_FRAG 0x207          /* napi_build_skb: a frag_size of 0 (a kmalloc head) */
#define WARN_L61_SKB_USERS 0x301    /* refcount_t underflow of skb->users */
#define WARN_L61_NAPI_NOT_SCHED 0x302 /* napi_complete_done of a context that is not scheduled */
#define WARN_L61_DMA_NO_MASK 0x303  /* a device without dma_mask */
#define WARN_L61_DMA_OVERFLOW 0x304 /* a mapping beyond the device's DMA mask */
#define WARN_L61_DESTRUCTOR 0x305   /* the hypervisor met an skb destructor it will not call */

/* This place's facts (set at boot by the host: l61_dom0_boot / l61_hv_boot). */
struct l61_place {
	u32 vmalloc_start, vmalloc_end;	/* is_vmalloc_addr */
	u32 jiffies;			/* dom0 address of jiffies */
	u32 softnet;			/* dom0 address of this CPU's softnet_data */
	u32 softirq_pending;		/* dom0 address of this CPU's pending softirq bits */
	u32 frag_cache;			/* dom0 address of the page_frag_cache of __netdev_alloc_frag_align */
	u32 frag_cache_irq;		/* ... the one used in hard-irq context or with interrupts off */
	u32 mem_map, lowmem, frames;	/* dom0's mem_map (the array), its linear map, frames */
};
extern struct l61_place l61_place;

/* The hot routines a place's own code calls too (hot.c). */
int L61(napi_complete_done)(u32 n, int work_done);
void L61(build_skb_around)(u32 skb, u32 data, u32 frag_size);
void L61(frame_skb)(u32 skb, u32 frag, u32 frag_size, const u8 *frame, u32 size, u32 head, u32 page, u32 frag_off, u32 dev);
/* A NETTXF_csum_blank frame's checksum: 1 asked of the NIC (CHECKSUM_PARTIAL), 0 filled in software, < 0 not fillable. */
int L61(frame_csum)(u32 skb, const u8 *frame, u32 size, u32 features);
int L61(csum_l4)(const u8 *frame, u32 size, u32 head);
/* An skb whose last reference was dropped: freed here (L61(free_skb)), or handed back to dom0. */
void l61env_skb_free(u32 skb);
void L61(free_skb)(u32 skb);
/* The skb->users at which a put frees it (1 as in Linux; a place's pooled skbs may carry one more). */
int l61env_last_ref(u32 skb);
/* napi_build_skb built skb on a struct of l61env_skb_struct_alloc (the place may add its reference). */
void l61env_skb_built(u32 skb);
/* A struct sk_buff (dom0 address) for napi_build_skb, or 0. */
u32 l61env_skb_struct_alloc(void);
/* Frees one: it came from l61env_skb_struct_alloc (or dom0's allocator). */
void l61env_skb_struct_free(u32 skb);
/* __netdev_alloc_frag_align's buffer of fragsz bytes (already SKB_DATA_ALIGNed), or 0. */
u32 l61env_frag_alloc(u32 fragsz, u32 align_mask);
/* The buffer of a head fragment, freed (page_frag_free). */
void l61env_frag_free(u32 va);
/* A kmalloc'ed skb head, freed. */
void l61env_head_free(u32 va);
/* put_page of a fragment's page. */
void l61env_put_page(u32 page);
/* netif_receive_skb: the skb to this place's network stack (a GRO_NORMAL frame). */
void l61env_rx(u32 skb);
/* local_irq_save / local_irq_restore as this place keeps dom0's interrupt flag. */
u32 l61env_irq_save(void);
void l61env_irq_restore(u32 flags);
/* A destructor of an skb being freed (dom0 calls it; the hypervisor refuses to). */
void l61env_destructor(u32 fn, u32 skb);
/* dom0's virtual interrupt mask byte, as this place reaches it (twin/hot-env.h's places). */
volatile u8 *env_irq_mask(void);
/* Bus address of [page + offset, + size) of a dom0 struct page (twin/hot-env.h's places). */
u32 env_page_to_bus(u32 page, u32 offset, u32 size);
/* Invalid input (see twin/hot-env.h). */
void env_input_error(u32 code, u32 value, const char *why);
void env_warn(u32 code, u32 value);

#endif /* _TWIN_HOT_ENV_LINUX61_H */
