// The drivers that come with twindrivers, by name: their parts (project-relative, in link order)
// and the kernel ABI they are written against. A constant table (the CLI reads it at start-up).

export const BUNDLED_DRIVERS = {
  e1000like: { parts: ['drivers/e1000like/e1000like.s'], abi: 'mini', what: 'the sample e1000-like driver (mini kernel API)' },
  e1000: {
    parts: ['drivers/linux/e1000/e1000_main.s', 'drivers/linux/e1000/e1000_hw.s', 'drivers/linux/e1000/e1000_ethtool.s', 'drivers/linux/e1000/e1000_param.s'],
    abi: 'linux-6.1', what: 'the Linux 6.1 e1000 driver (four units linked as one module)',
  },
} as const;

export type BundledDriver = keyof typeof BUNDLED_DRIVERS;
export const BUNDLED_NAMES = Object.keys(BUNDLED_DRIVERS) as BundledDriver[];

export function isBundledName(s: string): s is BundledDriver {
  return Object.prototype.hasOwnProperty.call(BUNDLED_DRIVERS, s);
}
