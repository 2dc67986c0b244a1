// The Linux 6.1 ABI's hot routines (the counterparts of thesis table 4.1), in upcall-sweep order
// (platform-c/hot/linux61/hot.c l61_hot_names[]: the receive hand-off last). Chosen by calls per
// packet measured on the real e1000 (test/linux/hotset.test.ts measures them again): every kernel
// routine the driver calls at least once per HOT_THRESHOLD_PACKETS packets, transmitting or
// receiving, in the native configuration after bring-up. The thesis's 2.6.18 spin locks are not
// among them: the 6.1 e1000's transmit and clean paths take no kernel lock per packet.
export const LINUX61_HOT_ROUTINES: readonly string[] = [
  'dma_unmap_page_attrs', 'dma_map_page_attrs', 'is_vmalloc_addr', 'dql_completed', 'napi_complete_done', 'napi_schedule_prep',
  '__napi_schedule', 'skb_put', 'eth_type_trans', 'napi_consume_skb', 'napi_build_skb', '__netdev_alloc_frag_align', 'napi_gro_receive',
];

/** Argument words of each hot routine (its 6.1 prototype; regparm words first): what an upcall stub copies. */
export const LINUX61_HOT_ARGS: Readonly<Record<string, number>> = {
  // (dev, addr, size, dir, attrs) and (dev, page, offset, size, dir, attrs)
  dma_unmap_page_attrs: 5, dma_map_page_attrs: 6, is_vmalloc_addr: 1, dql_completed: 2, napi_complete_done: 2,
  napi_schedule_prep: 1, __napi_schedule: 1, skb_put: 2, eth_type_trans: 2, napi_consume_skb: 2, napi_build_skb: 2,
  __netdev_alloc_frag_align: 2, napi_gro_receive: 2,
};

/** A routine is hot when the driver calls it at least once per this many packets in one direction. */
export const HOT_THRESHOLD_PACKETS = 100;
