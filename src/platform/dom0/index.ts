// Owns the public surface of the modeled dom0 kernel (see kernel.ts for the API contract).
export * from './kernel.js';
export * from './memmap.js';
export { PageMap, PAGE_SIZE, type PageMapConfig } from './pages.js';
export { RangeAllocator, type Block, type FreeResult, type AllocatorStats } from './alloc.js';
export { MINI_ROUTINES as ROUTINES } from './mini/routines.js';
export { KernelOops, type RoutineSpec, type RoutineArgs } from './routine.js';
export { ABI_NAMES, abiOfImports, type AbiName, type KernelAbi } from './abi.js';
export { formatPrintf, type PrintfArgs } from './printf.js';
