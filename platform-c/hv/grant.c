// SPDX-License-Identifier: MIT
/*
 * Grant operations of the split configuration (Xen's grant tables, simplified): a guest grants
 * dom0 access to its pages through its grant table; dom0's netback maps a granted page into its
 * own address space for transmit (the body of the frame is then DMAed from the guest's page) and
 * asks the hypervisor to copy received frames into granted buffers.
 *
 * A guest registers its table once (HC_GNT_SETUP, in its context); the hypervisor maps the
 * table's frame at hv_gnt_area + id pages, so that dom0's hypercalls can read the guest's
 * grants.  Every entry is copied before use; a grant must name dom0, a page of the granting
 * guest and, for a copy into it, writable access.
 */
#include <twin/hv.h>
#include <twin/lib.h>

extern u32 hv_gnt_area, hv_mapcache, hv_gnt_map_base;
extern u32 hv_gnt_orig[];
#define GNT_MAP_PAGES 512
u32 gnt_maps, gnt_unmaps, gnt_copies;

int gnt_setup(struct guest *g, u32 gnttab)
{
	u32 mfn;

	if (gnttab & ~PAGE_MASK)
		return HC_EINVAL;
	mfn = guest_page(g, gnttab, PAGE_SIZE, 0);
	if (!mfn || __hw_set_pte(DOMID_XEN, hv_gnt_area + g->id * PAGE_SIZE, mfn << PAGE_SHIFT | PTE_P))
		return HC_EFAULT;
	g->gnttab = (struct grant_entry *)gnttab;
	return HC_OK;
}

/* The machine frame a guest's grant gives dom0 (write: for writing), 0 if none. */
static u32 granted_frame(u32 domid, u32 gref, int write, int *readonly)
{
	struct guest *g = guest_by_id(domid);
	struct grant_entry e;
	u32 pte;

	if (!g || !g->gnttab || gref >= NR_GRANTS)
		return 0;
	e = ((struct grant_entry *)(hv_gnt_area + domid * PAGE_SIZE))[gref];
	if (!(e.flags & GTF_permit_access) || e.domid != DOMID_DOM0 || (e.frame & ~PAGE_MASK) ||
	    e.frame >= HV_REGION_START || (write && (e.flags & GTF_readonly)))
		return 0;
	pte = __hw_pte(domid, e.frame);
	if (!(pte & PTE_P) || !guest_owns(domid, pte >> PAGE_SHIFT))
		return 0;
	*readonly = !(e.flags & GTF_readonly) && (pte & PTE_W) ? 0 : 1;
	return pte >> PAGE_SHIFT;
}

/* Maps a granted page at dom0 va (netback's area); returns the frame (dom0 updates its p2m). */
int gnt_map(u32 domid, u32 gref, u32 va)
{
	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE, mfn;
	int ro;

	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || hv_gnt_orig[slot])
		return HC_EINVAL;
	mfn = granted_frame(domid, gref, 0, &ro);
	if (!mfn)
		return HC_EFAULT;
	hv_gnt_orig[slot] = __hw_pte(DOMID_DOM0, va);
	if (!hv_gnt_orig[slot] || __hw_set_pte(DOMID_DOM0, va, mfn << PAGE_SHIFT | PTE_P | (ro ? 0 : PTE_W))) {
		hv_gnt_orig[slot] = 0;
		return HC_EFAULT;
	}
	gnt_maps++;
	return mfn;
}

int gnt_unmap(u32 va)
{
	u32 slot = (va - hv_gnt_map_base) / PAGE_SIZE;

	if (va < hv_gnt_map_base || slot >= GNT_MAP_PAGES || (va & ~PAGE_MASK) || !hv_gnt_orig[slot])
		return HC_EINVAL;
	__hw_set_pte(DOMID_DOM0, va, hv_gnt_orig[slot]);
	hv_gnt_orig[slot] = 0;
	__hw_tlb_flush(DOMID_DOM0);
	gnt_unmaps++;
	return HC_OK;
}

/* Copies len bytes of dom0 memory at src into a guest's granted buffer (gref | offset << 16). */
int gnt_copy(u32 domid, u32 gref_off, u32 src, u32 len)
{
	u32 gref = gref_off & 0xffff, off = gref_off >> 16, mfn;
	void *from;
	int ro;

	if (len == 0 || off >= PAGE_SIZE || len > PAGE_SIZE - off)
		return HC_EINVAL;
	mfn = granted_frame(domid, gref, 1, &ro);
	if (!mfn || ro)
		return HC_EFAULT;
	from = svm_try(src);
	if (!from)
		return HC_EFAULT;
	if (__hw_set_pte(DOMID_XEN, hv_mapcache, mfn << PAGE_SHIFT | PTE_P | PTE_W))
		return HC_EFAULT;
	copy((void *)(hv_mapcache + off), from, len);
	gnt_copies++;
	return HC_OK;
}
