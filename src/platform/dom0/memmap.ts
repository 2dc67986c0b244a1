// Owns the dom0 memory map: the virtual ranges of the modeled dom0 kernel and where the kernel's own
// data lives inside them. Physical placement is not fixed here: dom0 RAM is one run of consecutive
// frames the emulator hands out at boot (PhysicalMemory.allocFrames), and the NIC BAR is wherever the
// platform maps it (default NIC_MMIO_BASE).
//
// dom0 virtual (all supervisor pages; nothing below 0xC0000000 is mapped in dom0):
//   0xC0F00000 +0x1000     kernel text: one 16-byte slot per kernel routine (host hooks); the page
//                          holds ud2 so that an unhooked slot faults instead of running
//   0xC0F10000 +0x4000     kernel data: jiffies, evtchn_upcall_mask, the PCI bus/device structs
//   0xC0F20000 +0x1000     per-cpu area of CPU 0; %fs base (fsBase) = this address; per-cpu symbols
//                          are offsets into it (PERCPU_OFF)
//   0xC0F40000 +0x4000     process-context kernel stack (unmapped guard pages on both sides)
//   0xC0F50000 +0x4000     interrupt / softirq stack (unmapped guard pages on both sides)
//   0xC0F60000 +0x10000    the Linux 6.1 ABI's kernel data (linux61/kdata.ts; mapped by that ABI only)
//   0xC1000000 +RAM        lowmem: dom0 RAM mapped linearly (va = LOWMEM + (pfn - firstPfn) * 4096);
//                          the first frames hold mem_map (one struct page per RAM frame), the rest
//                          is the kernel heap (kmalloc, sk_buffs, coherent DMA memory, pages)
//   0xD0000000 ..0xD8000000 vmalloc area (page-granular, one unmapped guard page after each area)
//   0xD8000000 ..0xE0000000 ioremap area (device BARs)
//   0xE0000000 ..0xF0000000 module area (loadModule's default base)

export const KERNEL_TEXT = 0xc0f00000;
export const KERNEL_TEXT_SIZE = 0x1000;
export const ROUTINE_STRIDE = 16;

export const KERNEL_DATA = 0xc0f10000;
export const KERNEL_DATA_SIZE = 0x4000;
/** Offsets of kernel data objects inside KERNEL_DATA. */
export const KDATA = {
  jiffies: 0x000,
  evtchn_upcall_mask: 0x040,
  pci_bus: 0x100,
  pci_dev: 0x200,
  strings: 0x800,
} as const;

export const PERCPU = 0xc0f20000;
export const PERCPU_SIZE = 0x1000;
/** Per-cpu symbol values: offsets from the %fs base. Offset 0 holds the area's own address (this_cpu_off). */
export const PERCPU_OFF = {
  this_cpu_off: 0x00,
  cpu_number: 0x10,
  __preempt_count: 0x14,
  // Linux 6.1 ABI (linux61/): its per-cpu symbols and the model's per-cpu state in dom0 memory.
  current_task: 0x18,
  __stack_chk_guard: 0x1c,
  /** irq_stat.__softirq_pending (raise_softirq's bits). */
  softirq_pending: 0x20,
  softnet_data: 0x40,
  /** struct page_frag_cache netdev_alloc_cache; napi_alloc_cache.page, then .page_small. */
  netdev_alloc_cache: 0x200,
  napi_alloc_cache: 0x220,
} as const;

export const PROCESS_STACK = 0xc0f40000;
export const IRQ_STACK = 0xc0f50000;
export const STACK_SIZE = 0x4000;

export const LOWMEM = 0xc1000000;
/** Upper bound of lowmem (the vmalloc area starts at VMALLOC_START). */
export const LOWMEM_LIMIT = 0xd0000000;
export const DEFAULT_DOM0_RAM = 16 * 1024 * 1024;

export const VMALLOC_START = 0xd0000000;
export const VMALLOC_END = 0xd8000000;
export const IOREMAP_START = 0xd8000000;
export const IOREMAP_END = 0xe0000000;
export const MODULE_AREA = 0xe0000000;
export const MODULE_AREA_END = 0xf0000000;

/** Physical address at which the platform maps the NIC's BAR0 unless told otherwise. */
export const NIC_MMIO_BASE = 0xfebc0000;
/** Legacy interrupt line of the NIC unless told otherwise. */
export const NIC_IRQ = 11;
