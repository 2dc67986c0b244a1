// SPDX-License-Identifier: MIT
/*
 * The hypervisor core: what the host tells it at boot (frame owners, dom0's layout, guests, the
 * driver's interrupt registration), the hypercall dispatcher, physical interrupts, and counters.
 * Every hypercall argument comes from a domain and is validated here or in the handler.
 *
 * Boot order (src/platform/hypervisor/hypervisor.ts): svm_init, hv_set_owner (per range),
 * hv_set_dom0, hv_add_guest (per guest), pool_add (per pooled skb), svm_xlate_add (per kernel
 * routine), then hv_set_netdev / hv_set_irq once the driver registered them with dom0.
 */
#include <twin/hv.h>
#include <twin/lib.h>
#include <twin/hv-linux61.h>

struct place_stats place_stats;
struct hv_stats hv_stats;
u8 frame_owner[MAX_FRAMES];
struct dom0_info dom0;
struct guest guests[MAX_GUESTS + 1];
/* Set when a driver invocation was aborted or the driver's data proved unusable: never invoked again. */
u32 hv_driver_dead;
/* Guests with queued packets or completions (the scheduler resumes them). */
u8 hv_guest_work[MAX_GUESTS + 1];
/* Region pages where the hypervisor maps guests' grant tables and its copy source/target. */
u32 hv_gnt_area, hv_mapcache;
/* dom0's grant-mapping area (netback's pages) and the PTEs they had before a grant map. */
#define GNT_MAP_PAGES 512
u32 hv_gnt_map_base;
u32 hv_gnt_orig[GNT_MAP_PAGES];

int dom0_owns(u32 pfn)
{
	if (pfn < MAX_FRAMES)
		return frame_owner[pfn] == OWNER_DOM0;
	return pfn >= dom0.iomem_lo && pfn < dom0.iomem_hi;
}

int guest_owns(u32 domid, u32 pfn)
{
	return domid >= 1 && domid <= MAX_GUESTS && pfn < MAX_FRAMES && frame_owner[pfn] == domid;
}

void hv_set_owner(u32 first, u32 count, u32 owner)
{
	u32 p;

	for (p = first; p < first + count && p < MAX_FRAMES; p++)
		frame_owner[p] = owner;
}

void hv_set_dom0(u32 mem_map, u32 first_pfn, u32 frames, u32 lowmem, u32 upcall_mask, u32 iomem_lo, u32 iomem_hi)
{
	dom0.mem_map = mem_map;
	dom0.first_pfn = first_pfn;
	dom0.frames = frames;
	dom0.lowmem = lowmem;
	dom0.upcall_mask = upcall_mask;
	dom0.iomem_lo = iomem_lo;
	dom0.iomem_hi = iomem_hi;
}

void hv_set_dom0_p2m(u32 p2m)
{
	dom0.p2m = p2m;
}

void hv_set_areas(u32 gnt_area, u32 mapcache, u32 gnt_map_base)
{
	hv_gnt_area = gnt_area;
	hv_mapcache = mapcache;
	hv_gnt_map_base = gnt_map_base;
}

void hv_set_netdev(u32 netdev)
{
	dom0.netdev = netdev;
}

void hv_set_irq(u32 irq, u32 handler, u32 dev)
{
	dom0.irq = irq;
	dom0.irq_handler = handler;
	dom0.irq_dev = dev;
}

int hv_add_guest(u32 id, u32 mac_lo, u32 mac_hi)
{
	struct guest *g;

	if (id < 1 || id > MAX_GUESTS)
		return -1;
	g = &guests[id];
	g->id = id;
	*(u32 *)g->mac = mac_lo;
	*(u16 *)(g->mac + 4) = mac_hi;
	g->present = 1;
	return 0;
}

struct guest *guest_by_id(u32 id)
{
	if (id < 1 || id > MAX_GUESTS || !guests[id].present)
		return NULL;
	return &guests[id];
}

/*
 * Checks that the current domain `g` may access [va, va + len) (one page at most): below the
 * hypervisor, present (and writable when asked), in a frame g owns.  Returns that frame.
 */
u32 guest_page(const struct guest *g, u32 va, u32 len, int write)
{
	u32 pte;

	if (len == 0 || len > PAGE_SIZE - (va & ~PAGE_MASK) || va >= HV_REGION_START)
		return 0;
	pte = __hw_pte(g->id, va);
	if (!(pte & PTE_P) || (write && !(pte & PTE_W)) || !guest_owns(g->id, pte >> PAGE_SHIFT))
		return 0;
	return pte >> PAGE_SHIFT;
}

/* A physical interrupt: delivered to dom0 as an event (xen-dom0 and split configurations). */
void hv_do_irq(u32 irq)
{
	hv_stats.irq_calls++;
	__hw_notify(DOMID_DOM0);
}

int net_setup(struct guest *g, u32 tx, u32 rx, u32 gnttab);
int net_tx(struct guest *g, u32 req);
void hv_guest_resume(u32 id);
int gnt_setup(struct guest *g, u32 gnttab);
int gnt_map(u32 domid, u32 gref, u32 va);
int gnt_unmap(u32 va);
int gnt_copy(u32 domid, u32 gref_off, u32 src, u32 len);

/* Hypercall from domain `caller` (0: dom0).  Arguments are the caller's, unchecked so far. */
int hv_hypercall(u32 caller, u32 nr, u32 a1, u32 a2, u32 a3, u32 a4)
{
	struct guest *g = caller ? guest_by_id(caller) : NULL;

	hv_stats.hypercalls++;
	switch (nr) {
	case HC_NET_SETUP:
		return g ? net_setup(g, a1, a2, a3) : HC_EINVAL;
	case HC_NET_TX:
		return g ? (hv_l61 ? l61_net_tx(g, a1) : net_tx(g, a1)) : HC_EINVAL;
	case HC_NET_POLL:
		if (!g)
			return HC_EINVAL;
		hv_guest_resume(caller);
		return HC_OK;
	case HC_GNT_SETUP:
		return g ? gnt_setup(g, a1) : HC_EINVAL;
	case HC_EVTCHN_SEND:
		if (caller == DOMID_DOM0 ? !guest_by_id(a1) : a1 != DOMID_DOM0)
			return HC_EINVAL;
		__hw_notify(a1);
		return HC_OK;
	case HC_GNT_MAP:
		return caller == DOMID_DOM0 ? gnt_map(a1, a2, a3) : HC_EINVAL;
	case HC_GNT_UNMAP:
		return caller == DOMID_DOM0 ? gnt_unmap(a1) : HC_EINVAL;
	case HC_GNT_COPY:
		return caller == DOMID_DOM0 ? gnt_copy(a1, a2, a3, a4) : HC_EINVAL;
	case HC_IRQ_EOI:
		return caller == DOMID_DOM0 && a1 == dom0.irq ? HC_OK : HC_EINVAL;
	}
	return HC_EINVAL;
}
