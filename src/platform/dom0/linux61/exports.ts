// The names the Linux 6.1 ABI exports to modules (routines, hot routines, data symbols).
export const LINUX61_EXPORTS: ReadonlySet<string> = new Set<string>();
