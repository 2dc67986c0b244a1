// The ten hot kernel routines (thesis table 4.1) as the host sees them: their names in the order of
// the upcall sweep, and their call counts, read from a C image's hot_calls[] (the routines
// themselves are C: platform-c/hot/mini/hot.c, compiled for dom0 and for the hypervisor).

import type { AddressSpace } from '../../emulator/mmu.js';
import type { AbiName } from '../dom0/abi.js';
import { LINUX61_HOT_ROUTINES } from '../dom0/linux61/hot.js';
import { readCString, SpaceMem } from '../mem.js';
import type { PlacedImage } from '../pv/images.js';

/** Table 4.1, in the order the upcall sweep (--upcalls K) moves them to dom0; netif_rx stays last. */
export const HOT_ROUTINES = [
  '_spin_unlock_irqrestore', '_spin_trylock', 'dma_unmap_page', 'dma_map_page', 'dma_unmap_single', 'dma_map_single',
  'eth_type_trans', 'dev_kfree_skb_any', '__netdev_alloc_skb', 'netif_rx',
] as const;
export type HotRoutine = (typeof HOT_ROUTINES)[number];

/**
 * The hot routines of a kernel ABI, in upcall-sweep order (the last one, the receive hand-off,
 * always stays in the hypervisor): the mini API's are table 4.1's; Linux 6.1's were chosen by
 * calls per packet measured on the real e1000 (src/platform/dom0/linux61/hot.ts).
 */
export function hotRoutinesOf(abi: AbiName): readonly string[] {
  return abi === 'mini' ? HOT_ROUTINES : LINUX61_HOT_ROUTINES;
}

/** The C image's own list of its routines (hot_names[]), which must be HOT_ROUTINES. */
export function imageHotNames(view: AddressSpace, image: PlacedImage): string[] {
  const mem = new SpaceMem(view);
  const at = image.sym('hot_names');
  return HOT_ROUTINES.map((_, i) => readCString(mem, view.read32(at + 4 * i) >>> 0, 64));
}

/**
 * A run-time allocation fault (fault-injection campaigns): the `call`-th __netdev_alloc_skb after
 * it is armed returns NULL ('null', Rio's ALLOC) or hands out an skb that is at once back in the
 * pool while the driver keeps using it ('free-early', Rio's FREE: the next taker shares it).
 * `seen` and `fired` are copied back from the hypervisor's C (platform-c/hv/env.c hv_alloc_fault).
 */
export interface AllocFault {
  readonly kind: 'null' | 'free-early';
  readonly call: number;
  seen: number;
  fired: boolean;
}

/** Call counts of a C image's hot routines, and (hypervisor) its allocation fault. */
export class HotCounts {
  private fault: AllocFault | null = null;

  constructor(private readonly view: AddressSpace, private readonly image: PlacedImage, private readonly abi: AbiName = 'mini') {}

  /** Calls per routine of the kernel ABI's hot set, for the routines called at least once. */
  get counts(): ReadonlyMap<string, number> {
    const m = new Map<string, number>();
    const at = this.image.sym(this.abi === 'mini' ? 'hot_calls' : 'l61_hot_calls');
    hotRoutinesOf(this.abi).forEach((name, k) => { const n = this.view.read32(at + 4 * k) >>> 0; if (n) m.set(name, n); });
    return m;
  }

  get allocFault(): AllocFault | null {
    const f = this.fault;
    if (f) {
      const at = this.image.sym('hv_alloc_fault');
      f.seen = this.view.read32(at + 8) >>> 0;
      f.fired = this.view.read32(at + 12) !== 0;
    }
    return f;
  }

  /** Arms (or, with null, disarms) the hypervisor's allocation fault. */
  set allocFault(f: AllocFault | null) {
    this.fault = f;
    const at = this.image.sym('hv_alloc_fault');
    this.view.write32(at, f ? (f.kind === 'null' ? 1 : 2) : 0);
    this.view.write32(at + 4, f?.call ?? 0);
    this.view.write32(at + 8, f?.seen ?? 0);
    this.view.write32(at + 12, f?.fired ? 1 : 0);
  }
}
