// Owns the gcc command line of the Linux i386 kernel (DESIGN.md section 5) used to compile
// drivers, plus the flags the project adds on top of it. `twindrivers cc`, `npm run
// build:drivers` and the tests all read these; there is no other copy.
// Invariant: KERNEL_CFLAGS is exactly the flag list of the design brief, in its order;
// anything project-specific (warnings, include path) lives in DRIVER_EXTRA_CFLAGS.

/** The real i386 kernel compile flags, ending with -S (emit assembly). */
export const KERNEL_CFLAGS: readonly string[] = Object.freeze([
  '-m32',
  '-O2',
  '-mregparm=3',
  '-freg-struct-return',
  '-fno-pic',
  '-mpreferred-stack-boundary=2',
  '-march=i686',
  '-ffreestanding',
  '-fno-omit-frame-pointer',
  '-fno-optimize-sibling-calls',
  '-fno-stack-protector',
  '-fno-asynchronous-unwind-tables',
  '-fno-strict-aliasing',
  '-fno-common',
  '-mno-sse',
  '-mno-mmx',
  '-msoft-float',
  '-fno-delete-null-pointer-checks',
  '-fverbose-asm',
  '-S',
]);

/** Mini kernel API include directory, relative to the package root. */
export const DRIVER_INCLUDE_DIR = 'drivers/include';

/** Project additions: strict warnings. */
export const DRIVER_WARNING_CFLAGS: readonly string[] = Object.freeze(['-Wall', '-Werror']);

/** Project additions: strict warnings and the mini kernel API headers (package-relative). */
export const DRIVER_EXTRA_CFLAGS: readonly string[] = Object.freeze([...DRIVER_WARNING_CFLAGS, '-I', DRIVER_INCLUDE_DIR]);

/** Every flag a driver is compiled with, the include path given as `includeDir`. */
export function driverCflags(includeDir: string = DRIVER_INCLUDE_DIR): string[] {
  return [...KERNEL_CFLAGS, ...DRIVER_WARNING_CFLAGS, '-I', includeDir];
}
