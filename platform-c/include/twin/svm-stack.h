/* SPDX-License-Identifier: MIT */
/*
 * The SVM slow path's rule for pointers into the driver's own stack (src/svm-runtime/abi.ts
 * "Stack windows"), ONE source for the hypervisor's slow path (platform-c/hv/svm.c) and the
 * native runtime of the differential tests (test/rewriter/native/runtime.c).
 *
 * While a driver invocation runs, an address inside its stack [lo, hi) gets an identity stlb
 * entry: the page is already mapped at its own address in the hypervisor, so tag = page and
 * mapped = page; the entry's 2-page window [page, page + 8 KiB) then covers the next stack page
 * or the unmapped guard above the stack (hi is page aligned, the loader keeps the guard unmapped):
 * never anything else. Only the running invocation's stack: the window opens when the hypervisor
 * enters the driver and closes when it returns, which drops every entry the window made (their
 * indexes are recorded: the stack's pages have distinct indexes, so at most SVM_STACK_MAX_PAGES).
 * Nothing else gets such an entry: not another invocation's stack (one invocation at a time runs
 * on the driver stack), not the upcall stack (dom0's), not hypervisor data.
 *
 * Depends on nothing but an stlb of (tag, mapped) pairs of unsigned ints.
 */
#ifndef _TWIN_SVM_STACK_H
#define _TWIN_SVM_STACK_H

#define SVM_STACK_MAX_PAGES 64 /* a driver stack of at most 256 KiB */

struct svm_stack_window {
	unsigned int lo, hi;	/* the driver stack, page aligned */
	unsigned int open;	/* an invocation runs on it */
	unsigned int n;		/* entries made while open */
	unsigned int index[SVM_STACK_MAX_PAGES];
	unsigned int fills;	/* identity entries made (statistics) */
};

/* Sets the driver stack; 0, or -1 when it is not page aligned or too large for the record. */
static inline int svm_stack_setup(struct svm_stack_window *w, unsigned int lo, unsigned int hi)
{
	if ((lo & 0xfff) || (hi & 0xfff) || hi <= lo || (hi - lo) >> 12 > SVM_STACK_MAX_PAGES)
		return -1;
	w->lo = lo;
	w->hi = hi;
	w->open = 0;
	w->n = 0;
	return 0;
}

/* va lies in the stack of the invocation that is running now. */
static inline int svm_stack_covers(const struct svm_stack_window *w, unsigned int va)
{
	return w->open && va - w->lo < w->hi - w->lo;
}

/* The identity entry for va's page (svm_stack_covers(w, va) must hold); returns the translation, va. */
static inline unsigned int svm_stack_fill(struct svm_stack_window *w, unsigned int *stlb, unsigned int va)
{
	unsigned int page = va & ~0xfffU, i = (va >> 12) & 0xfffU, k;

	stlb[2 * i] = page;
	stlb[2 * i + 1] = page;
	for (k = 0; k < w->n && w->index[k] != i; k++)
		;
	if (k == w->n && w->n < SVM_STACK_MAX_PAGES)
		w->index[w->n++] = i;
	w->fills++;
	return va;
}

/* Opens the window (the hypervisor enters the driver). */
static inline void svm_stack_open(struct svm_stack_window *w)
{
	w->open = w->hi > w->lo;
}

/* Closes it (the invocation ended): every entry still naming a stack page is emptied. */
static inline void svm_stack_close(struct svm_stack_window *w, unsigned int *stlb)
{
	unsigned int k, i;

	for (k = 0; k < w->n; k++) {
		i = w->index[k];
		if (stlb[2 * i] - w->lo < w->hi - w->lo) {
			/* Empty: a tag whose index bits differ from i never matches. */
			stlb[2 * i] = (i ^ 0x800U) << 12;
			stlb[2 * i + 1] = 0;
		}
	}
	w->n = 0;
	w->open = 0;
}

#endif /* _TWIN_SVM_STACK_H */
