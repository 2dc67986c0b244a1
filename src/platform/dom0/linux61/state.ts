// How a Linux 6.1 routine reaches its ABI's state (the Linux61Abi instance of the kernel).

import type { Dom0Kernel } from '../kernel.js';
import type { Linux61Abi } from './abi.js';

export function lx(k: Dom0Kernel): Linux61Abi {
  if (k.abi.name !== 'linux-6.1') throw new Error(`a Linux 6.1 routine ran in a ${k.abi.name} kernel`);
  return k.abi as unknown as Linux61Abi;
}
