// Owns the gcc command line of the Linux i386 kernel (DESIGN.md section 5) used to
// compile drivers, plus the extra flags the sample drivers add on top of it.
// Invariant: KERNEL_CFLAGS is exactly the flag list of the design brief, in its order;
// anything project-specific (warnings, include path) lives in DRIVER_EXTRA_CFLAGS.

/** The real i386 kernel compile flags, ending with -S (emit assembly). */
export const KERNEL_CFLAGS: string[] = [
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
];

/** Mini kernel API include directory, relative to the project root. */
export const DRIVER_INCLUDE_DIR = 'drivers/include';

/** Project additions: strict warnings and the mini kernel API headers. */
export const DRIVER_EXTRA_CFLAGS: string[] = [
  '-Wall',
  '-Werror',
  '-I',
  DRIVER_INCLUDE_DIR,
];
