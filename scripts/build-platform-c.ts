// Owns `npm run build:platform-c`: compiles the platform's C (platform-c/: the hypervisor, dom0's
// kernel code, the guests' netfront; units in src/platform/pv/units.ts) with the i386 kernel
// flags into committed assembly next to each source, exactly like the sample driver (it reuses
// scripts/build-drivers.ts's build and check). `--check` rebuilds into a temporary directory and
// exits 1 if any committed .s differs from what gcc produces now.
// Invariant: every committed platform-c .s is byte-for-byte gcc's output for its C on this
// toolchain; the images the platform loads (src/platform/pv/images.ts) are assembled from them.

import { PLATFORM_UNITS } from '../src/platform/pv/units.js';
import { main } from './build-drivers.js';
import { isMainModule, type DriverSpec } from './driver-toolchain.js';

/** The units as the driver build sees them (objects next to the assembly, git-ignored). */
export const PLATFORM_SPECS: readonly DriverSpec[] = PLATFORM_UNITS.map((u) => ({
  name: u.asm.replace(/^.*\//, '').replace(/\.s$/, ''), source: u.source, asm: u.asm, object: u.asm.replace(/\.s$/, '.o'), cflags: u.cflags,
}));

if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2), PLATFORM_SPECS);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
