// The kernel compile flags live in src/toolchain/kernel-flags.ts (one definition for the scripts,
// the tests and `twindrivers cc`); this re-export keeps the scripts' import path.
export { DRIVER_EXTRA_CFLAGS, DRIVER_INCLUDE_DIR, KERNEL_CFLAGS } from '../src/toolchain/kernel-flags.js';
