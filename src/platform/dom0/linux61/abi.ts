import type { KernelAbi } from '../abi.js';
import type { Dom0Kernel } from '../kernel.js';
export class Linux61Abi { constructor(_k: Dom0Kernel) { throw new Error('linux-6.1: not yet'); } }
export type _Check = KernelAbi;
