// Public API of the emulator: an i386 machine (CPU with block compiler and lazy flags, MMU with one
// page table per address space, physical memory, bus with MMIO/ports/DMA/IRQ lines, host hooks)
// and the static-ELF runner behind `twindrivers emulate`.

export { Machine, CALL_RETURN_VA, type MachineOptions, type CallOptions, type CallResult } from './machine.js';
export { Cpu, TraceRing, type Block, type IntHandler, type TraceEvent, type TraceSink } from './cpu.js';
export { AddressSpace, Tlb, PTE_P, PTE_W, PTE_U, PTE_PWU, type Translation } from './mmu.js';
export { PhysicalMemory, PAGE_SIZE, PAGE_SHIFT, PAGE_MASK, type PhysicalMemoryOptions } from './memory.js';
export { Bus, IrqLine, type AccessSize, type MmioHandler, type PortHandler } from './bus.js';
export { HookContext, type HookAction, type HookHandler, type HookOptions, type HookResult } from './hooks.js';
export { GuestMemoryError, formatFault, type Access, type Fault, type RunResult, type StopReason } from './types.js';
export {
  ElfError, emulateElf, loadElfExec, parseElfExec, type ElfExecutable, type ElfSegment, type EmulateOptions, type EmulateResult,
} from './elf-exec.js';
