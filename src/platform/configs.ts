// The platform's configurations by name, and which of them route guests' packets through the
// hypervisor or carry guests at all (run.ts runs them). A module of constants only, so the CLI can
// list and check configurations without loading the platform.

export const CONFIGS = ['native', 'xen-dom0', 'dom0', 'split', 'twin', 'unprotected'] as const;
export type ConfigName = (typeof CONFIGS)[number];

/** Configurations whose guests' packets go through a hypervisor instance of the driver. */
export const VIA_HYPERVISOR: readonly ConfigName[] = ['twin', 'unprotected'];
/** Configurations with guest domains (native and dom0 move dom0's own packets). */
export const WITH_GUESTS: readonly ConfigName[] = ['split', 'twin', 'unprotected'];
