// Runs a static i386 Linux executable (ELF32 EXEC: freestanding `_start` + `int $0x80`, or linked
// with a static C library) on the emulator: parses the ELF file, maps its PT_LOAD segments and a
// stack (argv, envp, auxv as the kernel lays them out) in a fresh user address space with the
// segments of a Linux user process, and serves its system calls (linux.ts).
//
// Bad input raises ElfError whose message names the offending field and value.

import { ESP } from '../isa/registers.js';
import { LinuxSyscalls } from './linux.js';
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
  /** Program headers: file offset, entry size, count (for the auxiliary vector). */
  readonly phoff: number;
  readonly phentsize: number;
  readonly phnum: number;
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
  return { entry, segments, phoff, phentsize, phnum };
}

export interface EmulateOptions {
  readonly maxInsns?: number;
  /** Receives what the program writes to fd 1 and 2, byte for byte. */
  readonly write?: (fd: 1 | 2, bytes: Uint8Array) => void;
  readonly argv?: readonly string[];
  readonly envp?: readonly string[];
  /** What readlink("/proc/self/exe") answers: an absolute path, as the kernel's is (glibc's static
   *  start-up asserts it begins with '/'). Default: argv[0] made absolute against '/'. */
  readonly exePath?: string;
  readonly machine?: Machine;
}

export interface EmulateResult {
  /** Exit status (exit/exit_group), or null when the run ended otherwise (see run). */
  readonly exitCode: number | null;
  readonly run: RunResult;
  readonly executed: number;
  /** Time to parse, load and set up the process (ms). */
  readonly startMs: number;
  /** Time running instructions (ms). */
  readonly wallMs: number;
  readonly machine: Machine;
  /** System calls answered -ENOSYS, by number. */
  readonly unknownSyscalls: ReadonlyMap<number, number>;
  /** System calls served, by name. */
  readonly syscalls: ReadonlyMap<string, number>;
}

const STACK_TOP = 0xbffff000;
const STACK_SIZE = 8 * 1024 * 1024;
const AT = { NULL: 0, PHDR: 3, PHENT: 4, PHNUM: 5, PAGESZ: 6, ENTRY: 9, UID: 11, EUID: 12, GID: 13, EGID: 14, PLATFORM: 15, HWCAP: 16, CLKTCK: 17, SECURE: 23, RANDOM: 25, EXECFN: 31 } as const;

/** Loads the executable into a new user address space of `machine`; returns the space and where the image ends. */
export function loadElfExec(machine: Machine, exe: ElfExecutable, bytes: Uint8Array, argv: readonly string[], envp: readonly string[] = []): { as: AddressSpace; imageEnd: number } {
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
  // Linux process stack: argc, argv[], NULL, envp[], NULL, auxv pairs, AT_NULL; the strings and
  // AT_RANDOM's 16 bytes above them.
  let sp = STACK_TOP;
  const put = (b: Uint8Array): number => { sp -= b.length; as.writeBytes(sp, b); return sp; };
  const str = (t: string): number => put(new TextEncoder().encode(t + '\0'));
  const argPtrs = argv.map(str), envPtrs = envp.map(str);
  const platform = str('i686');
  const random = put(Uint8Array.from({ length: 16 }, (_, k) => (k * 37 + 11) & 0xff));
  const execfn = argPtrs[0] ?? 0;
  sp &= ~15;
  // Program headers in memory: inside the PT_LOAD segment that maps their file offset.
  const phSeg = exe.segments.find((s) => s.offset <= exe.phoff && exe.phoff + exe.phnum * exe.phentsize <= s.offset + s.filesz);
  const phdr = phSeg ? phSeg.vaddr + (exe.phoff - phSeg.offset) : 0;
  const aux = [
    AT.PHDR, phdr, AT.PHENT, exe.phentsize, AT.PHNUM, exe.phnum, AT.PAGESZ, PAGE_SIZE, AT.ENTRY, exe.entry,
    AT.UID, 0, AT.EUID, 0, AT.GID, 0, AT.EGID, 0, AT.SECURE, 0, AT.CLKTCK, 100, AT.HWCAP, (1 << 4) | (1 << 8) | (1 << 15),
    AT.PLATFORM, platform, AT.RANDOM, random, AT.EXECFN, execfn, AT.NULL, 0,
  ];
  const words = [argv.length, ...argPtrs, 0, ...envPtrs, 0, ...aux];
  sp -= words.length * 4;
  sp &= ~15;
  words.forEach((w, i) => as.write32(sp + 4 * i, w));
  machine.cpu.r[ESP] = sp;
  const imageEnd = Math.max(...exe.segments.map((s) => s.vaddr + s.memsz));
  return { as, imageEnd };
}

/** `./t` -> `/t`, `a/b` -> `/a/b`, `/x/y` unchanged: the kernel never answers a relative path. */
function absoluteExePath(p: string): string {
  return p.startsWith('/') ? p : '/' + p.replace(/^(\.\/)+/, '');
}

/** Runs an executable image to completion (or budget / fault). */
export function emulateElf(bytes: Uint8Array, opts: EmulateOptions = {}): EmulateResult {
  const t0 = performance.now();
  const exe = parseElfExec(bytes);
  const machine = opts.machine ?? new Machine({ ramBytes: 256 * 1024 * 1024 });
  const argv = opts.argv ?? ['program'];
  const { as, imageEnd } = loadElfExec(machine, exe, bytes, argv, opts.envp ?? []);
  const cpu = machine.cpu;
  cpu.setAddressSpace(as);
  cpu.ring = 3;
  cpu.setupLinuxUser();
  const sys = new LinuxSyscalls(as, { write: opts.write ?? (() => {}), imageEnd, exePath: opts.exePath ?? absoluteExePath(argv[0] ?? 'program') });
  cpu.intHandler = sys;
  cpu.eip = exe.entry | 0;
  const t1 = performance.now();
  const run = cpu.run(opts.maxInsns ?? Infinity);
  const wallMs = performance.now() - t1;
  return {
    exitCode: run.reason === 'stop' ? sys.exitCode : null, run, executed: run.executed, startMs: t1 - t0, wallMs, machine,
    unknownSyscalls: sys.unknown, syscalls: sys.served,
  };
}
