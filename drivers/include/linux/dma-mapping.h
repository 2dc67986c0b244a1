/*
 * Mini kernel API (twindrivers): streaming and coherent DMA mappings.
 * Owns the DMA direction constants and the (out-of-line, as in a Xen dom0)
 * mapping routines.  A dma_addr_t is the 32-bit bus address the NIC uses.
 * Hot routines (implemented in the hypervisor too): dma_map_single,
 * dma_map_page, dma_unmap_single, dma_unmap_page.
 */
#ifndef _MINI_LINUX_DMA_MAPPING_H
#define _MINI_LINUX_DMA_MAPPING_H

#include <linux/types.h>
#include <linux/device.h>
#include <linux/mm.h>

enum dma_data_direction {
	DMA_BIDIRECTIONAL = 0,
	DMA_TO_DEVICE = 1,
	DMA_FROM_DEVICE = 2,
	DMA_NONE = 3,
};

#define DMA_32BIT_MASK 0x00000000ffffffffULL

/* Bus address of [ptr, ptr+size) (kernel virtual, physically contiguous). */
dma_addr_t dma_map_single(struct device *dev, void *ptr, size_t size,
			  enum dma_data_direction dir);
/* Ends a dma_map_single mapping (same size and dir). */
void dma_unmap_single(struct device *dev, dma_addr_t addr, size_t size,
		      enum dma_data_direction dir);
/* Bus address of bytes [offset, offset+size) of page. */
dma_addr_t dma_map_page(struct device *dev, struct page *page, unsigned long offset,
			size_t size, enum dma_data_direction dir);
/* Ends a dma_map_page mapping (same size and dir). */
void dma_unmap_page(struct device *dev, dma_addr_t addr, size_t size,
		    enum dma_data_direction dir);
/*
 * Allocates size bytes of zeroed, page-aligned memory visible to CPU and
 * device alike; returns the kernel virtual address and stores the bus address
 * in *dma_handle; NULL on failure.
 */
void *dma_alloc_coherent(struct device *dev, size_t size, dma_addr_t *dma_handle,
			 gfp_t flag);
void dma_free_coherent(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t dma_handle);

#endif /* _MINI_LINUX_DMA_MAPPING_H */
