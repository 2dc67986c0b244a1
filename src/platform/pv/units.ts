// The platform's C units (platform-c/): which committed assembly files make up which image. The
// build script (scripts/build-platform-c.ts) compiles each unit's C into its .s with the kernel
// flags; the loader (images.ts) assembles the .s files of an image and links them into one
// relocatable object. The hot routines of each kernel ABI (platform-c/hot/<abi>/hot.c) are one
// source compiled once per place they run in (-DTWIN_PLACE_HV, -DTWIN_PLACE_DOM0); the Linux 6.1
// ABI's carry the l61_ prefix, so both ABIs' routines live in the same images, each with its
// place's environment (hot/linux61/env-<place>.c).

export type ImageName = 'hv' | 'dom0' | 'guest';

export interface PlatformUnit {
  readonly image: ImageName;
  /** Project-relative paths. */
  readonly source: string;
  readonly asm: string;
  /** gcc arguments beyond the kernel flags and the mini kernel API include path. */
  readonly cflags: readonly string[];
}

const INCLUDE = ['-I', 'platform-c/include'];

function unit(image: ImageName, source: string, place: 'HV' | 'DOM0' | null, asm = source.replace(/\.c$/, '.s')): PlatformUnit {
  return Object.freeze({ image, source: `platform-c/${source}`, asm: `platform-c/${asm}`, cflags: [...INCLUDE, ...(place ? [`-DTWIN_PLACE_${place}`] : [])] });
}

/** Every unit, by image. */
export const PLATFORM_UNITS: readonly PlatformUnit[] = Object.freeze([
  ...['svm', 'pool', 'core', 'net', 'net61', 'grant', 'driver', 'env'].map((f) => unit('hv', `hv/${f}.c`, 'HV')),
  unit('hv', 'hot/mini/hot.c', 'HV', 'hot/mini/hot.hv.s'),
  unit('hv', 'hot/linux61/hot.c', 'HV', 'hot/linux61/hot.hv.s'),
  unit('hv', 'hot/linux61/env-hv.c', 'HV'),
  ...['env', 'netback', 'netback61'].map((f) => unit('dom0', `dom0/${f}.c`, 'DOM0')),
  unit('dom0', 'hot/mini/hot.c', 'DOM0', 'hot/mini/hot.dom0.s'),
  unit('dom0', 'hot/linux61/hot.c', 'DOM0', 'hot/linux61/hot.dom0.s'),
  unit('dom0', 'hot/linux61/env-dom0.c', 'DOM0'),
  unit('guest', 'guest/netfront.c', null),
]);
