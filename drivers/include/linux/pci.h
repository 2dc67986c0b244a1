/*
 * Mini kernel API (twindrivers): PCI devices and drivers.
 * Owns struct pci_dev (vendor/device ids, irq, BAR resources, the embedded
 * struct device holding the driver data), struct pci_device_id, struct
 * pci_driver and the PCI routines.  The kernel model owns every field of
 * pci_dev; the driver reads vendor/device/irq/bus/devfn and driver_data only
 * and gets BAR addresses through pci_resource_start/len.
 */
#ifndef _MINI_LINUX_PCI_H
#define _MINI_LINUX_PCI_H

#include <linux/types.h>
#include <linux/device.h>
#include <linux/dma-mapping.h>

struct pci_bus;
struct module;

#define PCI_ANY_ID (~0u)
#define PCI_VENDOR_ID_INTEL 0x8086

/* Configuration space offsets and bits */
#define PCI_COMMAND 0x04
#define PCI_COMMAND_IO 0x1
#define PCI_COMMAND_MEMORY 0x2
#define PCI_COMMAND_MASTER 0x4
#define PCI_REVISION_ID 0x08

#define DEVICE_COUNT_RESOURCE 12
#define IORESOURCE_MEM 0x00000200

struct resource {
	resource_size_t start;
	resource_size_t end; /* inclusive */
	const char *name;
	unsigned long flags;
	struct resource *parent, *sibling, *child;
};

struct pci_driver;

struct pci_dev {
	struct list_head global_list;
	struct list_head bus_list;
	struct pci_bus *bus;
	unsigned int devfn;
	unsigned short vendor;
	unsigned short device;
	unsigned short subsystem_vendor;
	unsigned short subsystem_device;
	unsigned int class; /* (base << 16) | (sub << 8) | prog-if */
	u8 hdr_type;
	struct pci_driver *driver;
	u64 dma_mask;
	struct device dev;
	unsigned int irq;
	struct resource resource[DEVICE_COUNT_RESOURCE];
	unsigned int enable_cnt;
	unsigned int is_busmaster;
};

struct pci_device_id {
	u32 vendor, device;
	u32 subvendor, subdevice;
	u32 class, class_mask;
	unsigned long driver_data;
};

struct pci_driver {
	struct list_head node;
	const char *name;
	const struct pci_device_id *id_table; /* ends with an all-zero entry */
	int (*probe)(struct pci_dev *dev, const struct pci_device_id *id);
	void (*remove)(struct pci_dev *dev);
	int (*suspend)(struct pci_dev *dev, u32 state);
	int (*resume)(struct pci_dev *dev);
	void (*shutdown)(struct pci_dev *dev);
};

/* Powers up the device and enables its BARs; 0 or -errno. */
int pci_enable_device(struct pci_dev *dev);
void pci_disable_device(struct pci_dev *dev);
/* Enables bus mastering (PCI_COMMAND_MASTER). */
void pci_set_master(struct pci_dev *dev);
/* Claims all BARs for res_name; 0 or -EBUSY. */
int pci_request_regions(struct pci_dev *dev, const char *res_name);
void pci_release_regions(struct pci_dev *dev);
/* 0 if the platform can do DMA with this mask (u64: %edx low, %ecx high). */
int pci_set_dma_mask(struct pci_dev *dev, u64 mask);
int pci_set_consistent_dma_mask(struct pci_dev *dev, u64 mask);
/* Bus address / length in bytes of BAR bar (0 if unused). */
resource_size_t pci_resource_start(struct pci_dev *dev, int bar);
resource_size_t pci_resource_len(struct pci_dev *dev, int bar);
/* Configuration-space reads; 0 on success (value stored through val). */
int pci_bus_read_config_byte(struct pci_bus *bus, unsigned int devfn, int where, u8 *val);
int pci_bus_read_config_word(struct pci_bus *bus, unsigned int devfn, int where, u16 *val);
/*
 * Registers drv and calls drv->probe(pdev, id) for each present device
 * matching drv->id_table; 0 or -errno.  owner may be NULL.
 */
int __pci_register_driver(struct pci_driver *drv, struct module *owner);
/* Calls drv->remove(pdev) for each bound device, then forgets drv. */
void pci_unregister_driver(struct pci_driver *drv);

static inline int pci_read_config_byte(struct pci_dev *dev, int where, u8 *val)
{
	return pci_bus_read_config_byte(dev->bus, dev->devfn, where, val);
}

static inline int pci_read_config_word(struct pci_dev *dev, int where, u16 *val)
{
	return pci_bus_read_config_word(dev->bus, dev->devfn, where, val);
}

static inline void *pci_get_drvdata(struct pci_dev *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void pci_set_drvdata(struct pci_dev *pdev, void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

static inline const char *pci_name(struct pci_dev *pdev)
{
	return pdev->dev.bus_id;
}

#define pci_register_driver(drv) __pci_register_driver((drv), NULL)

#endif /* _MINI_LINUX_PCI_H */
