// Where things live for the paravirtualised platform: the hypervisor region's map (its own code
// and data written in C, the driver's hypervisor instance, SVM windows, stacks), the PV
// domains' fixed addresses (hypercall page, service hooks, netfront image and buffers), and the
// counter contexts each domain's instructions are charged to.

/** Counter contexts (Cpu.counters index) per domain of the cost model. */
export const CTX = { dom0: 0, driver: 1, hypervisor: 2, guest: 3, dom0Kernel: 4 } as const;

/** The hypervisor region and what lives in it. */
export const HV_MAP = {
  start: 0xfc000000, end: 0xffff0000,
  /** The driver instance's SVM runtime data (variables, target and return bitmaps) and its hooks. */
  runtimeData: 0xfc000000, runtimeHooks: 0xfc100000,
  /** Host primitives of the hypervisor's C (__hw_*, __dbg_*), 16 bytes apart. */
  hwHooks: 0xfc180000,
  stubs: 0xfc200000, maxStubs: 4096,
  /** The hypervisor's own data besides its C image (domain structures, frame tables ...): contents only it changes. */
  coreData: 0xfc300000, coreDataPages: 16,
  /** The driver's hypervisor instance text. */
  text: 0xfc400000,
  /** The hypervisor's C image (platform-c/hv): text, then its data (stlb, pool, guests, heap). */
  cImage: 0xfc800000, cImageEnd: 0xfce00000,
  /** Guests' grant tables, one page per guest id (mapped by HC_GNT_SETUP). */
  gntArea: 0xfce00000,
  /** The hypervisor's copy mapping (map_domain_page) for grant copies. */
  mapcache: 0xfcf00000,
  windows: 0xfd000000, windowsEnd: 0xff000000,
  /** The driver's own stack (the hypervisor instance runs on it: thesis §4.1.2), guard pages around. */
  stackLo: 0xff010000, stackHi: 0xff020000,
  /**
   * The hypervisor's own per-CPU stack: its top holds the hypercall's frames and `cpu_info` (as in
   * Xen: the interrupted guest's registers, the current vCPU); its C code runs below them. The
   * unprotected baseline runs the driver on it, below the C code's frames; the twin never does.
   */
  xenStackLo: 0xff040000, xenStackHi: 0xff048000, xenFrameBytes: 320,
  /** The tag-free translation (svm-runtime/table.ts): 4 MiB table, 3 guard pages, 3-page windows. */
  svmTable: 0xff400000, svmTableGuard: 0xff800000, svmTableWindows: 0xff810000, svmTableWindowsEnd: 0xffe00000,
  /** dom0 stack for upcalls (in dom0's space, below its module area). */
  dom0UpcallStack: 0xcfe00000, dom0UpcallStackSize: 0x10000,
  /** Protection 'none' only: direct map of the RAM frames below directMapFrames at directMap + pa. */
  directMap: 0x80000000, directMapFrames: 0x10000,
} as const;

/** Fixed addresses in every PV domain's address space (dom0 and the guests). */
export const PV_MAP = {
  /** The hypercall page: a call here traps into the hypervisor (platform-c/include/twin/abi.h). */
  hypercallPage: 0xc0ff0000,
} as const;

/** A guest's address space. */
export const GUEST_MAP = {
  /** Receive buffers: 256 x 2 KiB the hypervisor or netback copies frames into. */
  rxArea: 0x40000000,
  /** Transmit buffers of the guest's stack: 256 x 2 KiB. */
  txArea: 0x40100000,
  buffers: 256, bufferBytes: 2048,
  /** The guest's own kernel memory (not modeled beyond its contents): a fixed pattern nobody else may change. */
  kernelArea: 0xc0000000, kernelPages: 16,
  /** netfront (platform-c/guest) and its kernel stack. */
  netfront: 0xc0200000, stackLo: 0xc0300000, stackHi: 0xc0304000,
  /** Guest services the C calls (__svc_guest_*), 16 bytes apart. */
  svcHooks: 0xc0fe0000,
} as const;

/** dom0's kernel C (platform-c/dom0) and its service hooks. */
export const DOM0_C_MAP = {
  image: 0xc0c00000, imageEnd: 0xc0f00000,
  /** Kernel services the C calls (__svc_*, __dbg_*, __hw_pte), 16 bytes apart. */
  svcHooks: 0xc0f0c000,
  /** netback's pages for grant mappings (split), virtual addresses in dom0's lowmem heap. */
  netbackPages: 256,
} as const;
