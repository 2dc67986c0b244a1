// Runs a freestanding static i386 Linux executable (ELF32 EXEC, `_start`, `int $0x80`) on the
// emulator: parses the ELF file, maps its PT_LOAD segments and a stack in a fresh user address
// space, and serves write(1/2), exit and exit_group; every other system call returns -ENOSYS.
//
// Bad input raises ElfError whose message names the offending field and value.

import { EAX, EBX, ECX, EDX, ESP } from '../isa/registers.js';
import type { Cpu, IntHandler } from './cpu.js';
import { Machine } from './machine.js';
import { PAGE_SIZE } from './memory.js';
import { PTE_U, PTE_W, type AddressSpace } from './mmu.js';
import type { RunResult } from './types.js';

export class ElfError extends Error {
  constructor(message: string) { super(message); this.name = 'ElfError'; }
}

export interface ElfSegment {
  readonly vaddr: number;
  readonly memsz: number;
  readonly filesz: number;
  readonly offset: number;
  readonly writable: boolean;
  readonly executable: boolean;
}

export interface ElfExecutable {
  readonly entry: number;
  readonly segments: readonly ElfSegment[];
}

const PT_LOAD = 1;
const PF_X = 1, PF_W = 2;

/** Parses the header and program headers of an ELF32 little-endian i386 executable. */
export function parseElfExec(bytes: Uint8Array): ElfExecutable {
  const need = (n: number, what: string): void => {
    if (bytes.length < n) throw new ElfError(`truncated ELF file: ${what} needs ${n} bytes, file has ${bytes.length}`);
  };
  need(4, 'the ELF magic');
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    const magic = [...bytes.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new ElfError(`not an ELF file (magic ${magic}, expected 7f 45 4c 46)`);
  }
  need(52, 'the ELF32 header');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[4] !== 1) throw new ElfError(`wrong ELF class ${bytes[4]} (${bytes[4] === 2 ? 'ELFCLASS64' : 'unknown'}); expected 1 (ELFCLASS32)`);
  if (bytes[5] !== 1) throw new ElfError(`wrong ELF data encoding ${bytes[5]}; expected 1 (little-endian)`);
  const type = dv.getUint16(16, true);
  if (type !== 2) throw new ElfError(`wrong ELF type ${type} (${({ 1: 'ET_REL', 3: 'ET_DYN', 4: 'ET_CORE' } as Record<number, string>)[type] ?? 'unknown'}); expected 2 (ET_EXEC, a static executable)`);
  const machine = dv.getUint16(18, true);
  if (machine !== 3) throw new ElfError(`wrong ELF machine ${machine}${machine === 62 ? ' (EM_X86_64)' : ''}; expected 3 (EM_386)`);
  const entry = dv.getUint32(24, true);
  const phoff = dv.getUint32(28, true);
  const phentsize = dv.getUint16(42, true);
  const phnum = dv.getUint16(44, true);
  if (phnum === 0) throw new ElfError('ELF file has no program headers (e_phnum 0)');
  if (phentsize < 32) throw new ElfError(`bad program header size e_phentsize ${phentsize}; expected 32`);
  need(phoff + phnum * phentsize, `${phnum} program headers at offset ${phoff}`);
  const segments: ElfSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = phoff + i * phentsize;
    if (dv.getUint32(o, true) !== PT_LOAD) continue;
    const seg = {
      offset: dv.getUint32(o + 4, true), vaddr: dv.getUint32(o + 8, true), filesz: dv.getUint32(o + 16, true),
      memsz: dv.getUint32(o + 20, true), writable: (dv.getUint32(o + 24, true) & PF_W) !== 0, executable: (dv.getUint32(o + 24, true) & PF_X) !== 0,
    };
    if (seg.filesz > seg.memsz) throw new ElfError(`program header ${i}: p_filesz ${seg.filesz} exceeds p_memsz ${seg.memsz}`);
    need(seg.offset + seg.filesz, `segment ${i} (offset ${seg.offset}, size ${seg.filesz})`);
    if (seg.vaddr + seg.memsz > 0xc0000000) throw new ElfError(`program header ${i}: segment at 0x${seg.vaddr.toString(16)} reaches kernel space`);
    segments.push(seg);
  }
  if (segments.length === 0) throw new ElfError('ELF file has no PT_LOAD segment');
  return { entry, segments };
}

export interface EmulateOptions {
  readonly maxInsns?: number;
  /** Receives what the program writes to fd 1 and 2. */
  readonly write?: (fd: 1 | 2, bytes: Uint8Array) => void;
  readonly argv?: readonly string[];
  readonly machine?: Machine;
}

export interface EmulateResult {
  /** Exit status (exit/exit_group), or null when the run ended otherwise (see run). */
  readonly exitCode: number | null;
  readonly run: RunResult;
  readonly executed: number;
  readonly wallMs: number;
  readonly machine: Machine;
}

const STACK_TOP = 0xbffff000;
const STACK_SIZE = 1024 * 1024;
const ENOSYS = 38;

/** Loads the executable into a new user address space of `machine`; returns the space. */
export function loadElfExec(machine: Machine, exe: ElfExecutable, bytes: Uint8Array, argv: readonly string[]): AddressSpace {
  const as = machine.createAddressSpace('user');
  for (const s of exe.segments) {
    if (s.memsz === 0) continue;
    const first = s.vaddr - (s.vaddr % PAGE_SIZE);
    const len = s.vaddr + s.memsz - first;
    for (let va = first; va < first + len; va += PAGE_SIZE) {
      const existing = as.translate(va);
      if (existing) as.map(va, existing.pfn, existing.flags | (s.writable ? PTE_W : 0));
      else as.map(va, machine.mem.allocFrame(), PTE_U | (s.writable ? PTE_W : 0));
    }
    as.writeBytes(s.vaddr, bytes.subarray(s.offset, s.offset + s.filesz));
  }
  as.mapNew(STACK_TOP - STACK_SIZE, STACK_SIZE + PAGE_SIZE, PTE_U | PTE_W);
  // Linux process stack: argc, argv[], NULL, envp[] (empty), NULL, auxv AT_NULL.
  let sp = STACK_TOP;
  const ptrs: number[] = [];
  for (const a of argv) {
    const b = new TextEncoder().encode(a + '\0');
    sp -= b.length;
    as.writeBytes(sp, b);
    ptrs.push(sp);
  }
  sp &= ~15;
  const words = [argv.length, ...ptrs, 0, 0, 0, 0];
  sp -= words.length * 4;
  words.forEach((w, i) => as.write32(sp + 4 * i, w));
  machine.cpu.r[ESP] = sp;
  return as;
}

/** The Linux i386 system calls a freestanding program needs. */
class LinuxSyscalls implements IntHandler {
  constructor(private readonly as: AddressSpace, private readonly write: (fd: 1 | 2, b: Uint8Array) => void) {}
  exitCode: number | null = null;
  accepts(vector: number): boolean { return vector === 0x80; }
  interrupt(_vector: number, cpu: Cpu): { stop?: string } | void {
    const r = cpu.r;
    const nr = r[EAX]!;
    switch (nr) {
      case 1: case 252: // exit, exit_group
        this.exitCode = r[EBX]! & 0xff;
        return { stop: `exit ${this.exitCode}` };
      case 4: { // write(fd, buf, count)
        const fd = r[EBX]!, buf = r[ECX]!, n = r[EDX]! >>> 0;
        if (fd !== 1 && fd !== 2) { r[EAX] = -9; return; } // EBADF
        let data: Uint8Array;
        try { data = this.as.readBytes(buf, Math.min(n, 1 << 24)); } catch { r[EAX] = -14; return; } // EFAULT
        this.write(fd, data);
        r[EAX] = data.length;
        return;
      }
      default:
        r[EAX] = -ENOSYS;
    }
  }
}

/** Runs an executable image to completion (or budget / fault). */
export function emulateElf(bytes: Uint8Array, opts: EmulateOptions = {}): EmulateResult {
  const exe = parseElfExec(bytes);
  const machine = opts.machine ?? new Machine({ ramBytes: 256 * 1024 * 1024 });
  const as = loadElfExec(machine, exe, bytes, opts.argv ?? ['program']);
  const cpu = machine.cpu;
  cpu.setAddressSpace(as);
  cpu.ring = 3;
  const sys = new LinuxSyscalls(as, opts.write ?? (() => {}));
  cpu.intHandler = sys;
  cpu.eip = exe.entry | 0;
  const t0 = performance.now();
  const run = cpu.run(opts.maxInsns ?? Infinity);
  const wallMs = performance.now() - t0;
  return { exitCode: run.reason === 'stop' ? sys.exitCode : null, run, executed: run.executed, wallMs, machine };
}
