/*
 * Mini kernel API (twindrivers): generic device.
 * Owns struct device: the handle the DMA API takes (&pci_dev->dev) and the
 * home of the driver-data pointer (pci_set_drvdata).
 */
#ifndef _MINI_LINUX_DEVICE_H
#define _MINI_LINUX_DEVICE_H

#include <linux/types.h>

#define BUS_ID_SIZE 20

struct device {
	struct device *parent;
	char bus_id[BUS_ID_SIZE]; /* e.g. "0000:00:03.0"; NUL-terminated */
	void *driver_data;
	u64 *dma_mask;
	u64 coherent_dma_mask;
	void (*release)(struct device *dev);
};

static inline void *dev_get_drvdata(struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

#endif /* _MINI_LINUX_DEVICE_H */
