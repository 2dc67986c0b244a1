// The Linux i386 system-call layer of `emulate` (int $0x80; numbers from arch/x86/entry/syscalls/
// syscall_32.tbl): what a static glibc program needs from start-up to exit_group. It owns the
// process's memory calls (brk, mmap2, munmap, mprotect: anonymous memory only), its TLS segment
// (set_thread_area fills one of the GDT's TLS slots; glibc then loads %gs with it), identity and
// time (deterministic: the clock advances with executed instructions), and output to fds 1 and 2
// (raw bytes). Every other call answers -ENOSYS and is counted (`unknown`).
//
// Deliberately absent: signals (rt_sigaction/rt_sigprocmask succeed, no signal is ever delivered;
// a fault stops the run), files (open fails with ENOENT, stdin reads end of file), threads.

import { EAX, EBP, EBX, ECX, EDI, EDX, ESI } from '../isa/registers.js';
import type { Cpu, IntHandler } from './cpu.js';
import { PAGE_SIZE } from './memory.js';
import { PTE_U, PTE_W, type AddressSpace } from './mmu.js';
import { LINUX_TLS_ENTRIES, LINUX_TLS_FIRST, TYPE_ACCESSED, TYPE_EXPAND_DOWN, TYPE_WRITABLE } from './segments.js';

const ENOENT = 2, EBADF = 9, ENOMEM = 12, EFAULT = 14, EINVAL = 22, ENOTTY = 25, ESPIPE = 29, ENOSYS = 38, ESRCH = 3, ENODEV = 19;

/** Names of the calls served (for --stats and messages). */
const NAMES: Readonly<Record<number, string>> = {
  1: 'exit', 3: 'read', 4: 'write', 5: 'open', 6: 'close', 13: 'time', 19: 'lseek', 20: 'getpid', 24: 'getuid', 33: 'access',
  37: 'kill', 45: 'brk', 47: 'getgid', 49: 'geteuid', 50: 'getegid', 54: 'ioctl', 78: 'gettimeofday', 85: 'readlink', 91: 'munmap',
  122: 'uname', 125: 'mprotect', 140: '_llseek', 146: 'writev', 174: 'rt_sigaction', 175: 'rt_sigprocmask', 191: 'ugetrlimit',
  192: 'mmap2', 195: 'stat64', 197: 'fstat64', 199: 'getuid32', 200: 'getgid32', 201: 'geteuid32', 202: 'getegid32', 224: 'gettid',
  238: 'tkill', 240: 'futex', 243: 'set_thread_area', 252: 'exit_group', 258: 'set_tid_address', 265: 'clock_gettime',
  270: 'tgkill', 295: 'openat', 311: 'set_robust_list', 340: 'prlimit64', 355: 'getrandom', 383: 'statx', 386: 'rseq',
  403: 'clock_gettime64',
};

/** Where anonymous mmap2 memory goes: downwards from here (below the stack). */
const MMAP_TOP = 0xb0000000;
const PID = 1000;
/** Seconds since the epoch at instruction 0 (the clock then advances 1 ns per instruction). */
const EPOCH = 1_700_000_000;

export interface LinuxProcessOptions {
  /** Receives what the program writes to fds 1 and 2, byte for byte. */
  readonly write: (fd: 1 | 2, bytes: Uint8Array) => void;
  /** First byte after the program image (the break starts at the next page). */
  readonly imageEnd: number;
  /** What readlink("/proc/self/exe") answers. */
  readonly exePath: string;
}

export class LinuxSyscalls implements IntHandler {
  exitCode: number | null = null;
  /** Calls answered -ENOSYS, by number. */
  readonly unknown = new Map<number, number>();
  /** Calls served, by name. */
  readonly served = new Map<string, number>();
  private brkStart: number;
  private brkEnd: number;
  private mmapNext = MMAP_TOP;
  private random = 0x2545f491;

  constructor(private readonly as: AddressSpace, private readonly opts: LinuxProcessOptions) {
    this.brkStart = this.brkEnd = Math.ceil(opts.imageEnd / PAGE_SIZE) * PAGE_SIZE;
  }

  accepts(vector: number): boolean { return vector === 0x80; }

  interrupt(_vector: number, cpu: Cpu): { stop?: string } | void {
    const r = cpu.r;
    const nr = r[EAX]!;
    const name = NAMES[nr];
    if (name === undefined) {
      this.unknown.set(nr, (this.unknown.get(nr) ?? 0) + 1);
      r[EAX] = -ENOSYS;
      return;
    }
    this.served.set(name, (this.served.get(name) ?? 0) + 1);
    const a = [r[EBX]!, r[ECX]!, r[EDX]!, r[ESI]!, r[EDI]!, r[EBP]!];
    let res: number;
    try {
      const out = this.call(nr, a, cpu);
      if (typeof out === 'object') return out;
      res = out;
    } catch {
      res = -EFAULT; // a host-side access to an unmapped user address
    }
    r[EAX] = res | 0;
  }

  private call(nr: number, a: number[], cpu: Cpu): number | { stop: string } {
    const as = this.as;
    switch (nr) {
      case 1: case 252:
        this.exitCode = a[0]! & 0xff;
        return { stop: `exit ${this.exitCode}` };
      case 3: return a[0] === 0 ? 0 : -EBADF;
      case 4: return this.output(a[0]!, [[a[1]!, a[2]! >>> 0]]);
      case 146: { // writev(fd, iov, count)
        const parts: [number, number][] = [];
        for (let k = 0; k < (a[2]! >>> 0) && k < 1024; k++) parts.push([as.read32(a[1]! + 8 * k), as.read32(a[1]! + 8 * k + 4) >>> 0]);
        return this.output(a[0]!, parts);
      }
      case 5: case 295: case 33: case 195: return -ENOENT;
      case 6: return a[0]! >>> 0 < 3 ? 0 : -EBADF;
      case 19: case 140: return -ESPIPE;
      case 54: return -ENOTTY; // no terminal: output is fully buffered, as into a pipe
      case 20: case 224: return PID;
      case 24: case 47: case 49: case 50: case 199: case 200: case 201: case 202: return 0;
      case 37: case 238: case 270: return { stop: `killed itself with signal ${nr === 270 ? a[2] : a[1]}` };
      case 174: case 175: return 0;
      case 240: return -ENOSYS; // futex: single-threaded, nothing ever waits
      case 386: return -ENOSYS; // rseq: as a kernel without it (glibc carries on)
      case 311: return 0;
      case 258: return PID;
      case 45: return this.brk(a[0]! >>> 0);
      case 192: return this.mmap2(a[0]! >>> 0, a[1]! >>> 0, a[2]!, a[3]!);
      case 91: {
        const start = a[0]! >>> 0, len = a[1]! >>> 0;
        if (start % PAGE_SIZE !== 0 || len === 0) return -EINVAL;
        for (let p = start; p < start + len; p += PAGE_SIZE) as.unmap(p);
        return 0;
      }
      case 125: {
        const start = a[0]! >>> 0, len = a[1]! >>> 0;
        if (start % PAGE_SIZE !== 0) return -EINVAL;
        if (len) as.protect(start, len, PTE_U | (a[2]! & 2 ? PTE_W : 0));
        return 0;
      }
      case 243: return this.setThreadArea(a[0]! >>> 0, cpu);
      case 191: case 340: { // ugetrlimit(resource, rlim) / prlimit64(pid, resource, new, old)
        const resource = nr === 191 ? a[0]! : a[1]!;
        const out = nr === 191 ? a[1]! : a[3]!;
        const lim = resource === 3 ? 8 * 1024 * 1024 : 0xffffffff; // RLIMIT_STACK 8 MiB, others unlimited
        if (out) {
          if (nr === 191) { as.write32(out, lim); as.write32(out + 4, 0xffffffff); } else {
            as.write32(out, lim); as.write32(out + 4, lim === 0xffffffff ? 0xffffffff : 0); as.write32(out + 8, 0xffffffff); as.write32(out + 12, 0xffffffff);
          }
        }
        return 0;
      }
      case 85: { // readlink(path, buf, size)
        if (readString(as, a[0]!) !== '/proc/self/exe') return -ENOENT;
        const b = new TextEncoder().encode(this.opts.exePath).subarray(0, a[2]! >>> 0);
        as.writeBytes(a[1]!, b);
        return b.length;
      }
      case 355: { // getrandom(buf, len, flags): deterministic (a run repeats exactly)
        const len = Math.min(a[1]! >>> 0, 1 << 20);
        const b = new Uint8Array(len);
        for (let k = 0; k < len; k++) { this.random ^= this.random << 13; this.random ^= this.random >>> 17; this.random ^= this.random << 5; b[k] = this.random & 0xff; }
        as.writeBytes(a[0]!, b);
        return len;
      }
      case 197: return a[0]! >>> 0 < 3 ? (this.stat64(a[1]!), 0) : -EBADF;
      case 383: { // statx(dirfd, path, flags, mask, buf): only the standard fds (AT_EMPTY_PATH)
        if (!(a[2]! & 0x1000) || a[0]! >>> 0 >= 3) return -ENOENT;
        const buf = a[4]!;
        as.writeBytes(buf, new Uint8Array(256));
        as.write32(buf, 0x7ff); // stx_mask: basic stats
        as.write32(buf + 4, 4096); // stx_blksize
        as.writeBytes(buf + 28, Uint8Array.of(0x80, 0x11)); // stx_mode (u16 at 28): S_IFIFO | 0600
        return 0;
      }
      case 122: { // uname(buf): six fields of 65 bytes
        const fields = ['Linux', 'twindrivers', '6.1.0', '#1 SMP', 'i686', '(none)'];
        fields.forEach((f, k) => { const b = new Uint8Array(65); b.set(new TextEncoder().encode(f)); as.writeBytes(a[0]! + 65 * k, b); });
        return 0;
      }
      case 13: { const t = EPOCH + Math.floor(cpu.insnTotal / 1e9); if (a[0]) as.write32(a[0]!, t); return t; }
      case 78: { // gettimeofday(tv, tz)
        const ns = cpu.insnTotal;
        if (a[0]) { as.write32(a[0]!, EPOCH + Math.floor(ns / 1e9)); as.write32(a[0]! + 4, Math.floor((ns % 1e9) / 1000)); }
        return 0;
      }
      case 265: case 403: { // clock_gettime(clock, ts): 32-bit or 64-bit timespec
        const ns = cpu.insnTotal;
        const sec = (a[0] === 0 ? EPOCH : 0) + Math.floor(ns / 1e9), nsec = ns % 1e9;
        if (nr === 265) { as.write32(a[1]!, sec); as.write32(a[1]! + 4, nsec); } else {
          as.write32(a[1]!, sec); as.write32(a[1]! + 4, 0); as.write32(a[1]! + 8, nsec); as.write32(a[1]! + 12, 0);
        }
        return 0;
      }
      default:
        return -ENOSYS;
    }
  }

  private output(fd: number, parts: [number, number][]): number {
    if (fd !== 1 && fd !== 2) return -EBADF;
    let n = 0;
    for (const [buf, len] of parts) {
      const data = this.as.readBytes(buf, Math.min(len, 1 << 24));
      this.opts.write(fd, data);
      n += data.length;
    }
    return n;
  }

  private brk(want: number): number {
    if (want <= this.brkStart) return this.brkEnd;
    const end = Math.ceil(want / PAGE_SIZE) * PAGE_SIZE;
    if (end > this.mmapNext) return this.brkEnd;
    for (let p = this.brkEnd; p < end; p += PAGE_SIZE) if (!this.as.translate(p)) this.as.mapNew(p, PAGE_SIZE, PTE_U | PTE_W);
    this.brkEnd = want;
    return want;
  }

  private mmap2(addr: number, len: number, prot: number, flags: number): number {
    const MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20;
    if (!(flags & MAP_ANONYMOUS)) return -ENODEV; // no files
    if (len === 0) return -EINVAL;
    const size = Math.ceil(len / PAGE_SIZE) * PAGE_SIZE;
    let at: number;
    if (flags & MAP_FIXED) {
      if (addr % PAGE_SIZE !== 0) return -EINVAL;
      at = addr;
      for (let p = at; p < at + size; p += PAGE_SIZE) this.as.unmap(p);
    } else {
      at = this.mmapNext - size;
      if (at < this.brkEnd + PAGE_SIZE) return -ENOMEM;
      this.mmapNext = at;
    }
    this.as.mapNew(at, size, PTE_U | (prot & 2 ? PTE_W : 0));
    return at;
  }

  /**
   * set_thread_area(struct user_desc *): fills TLS slot entry_number (or the first free one, written
   * back, for -1) with the described data segment: base, limit (in pages when limit_in_pages),
   * 32-bit, expand-down when contents is 1, read-only when read_exec_only.
   */
  private setThreadArea(u: number, cpu: Cpu): number {
    const gdt = cpu.gdt;
    if (!gdt) return -ENOSYS;
    let entry = this.as.read32(u) | 0;
    const base = this.as.read32(u + 4) >>> 0, limit = this.as.read32(u + 8) >>> 0, flags = this.as.read32(u + 12);
    if (entry === -1) {
      for (let k = LINUX_TLS_FIRST; k < LINUX_TLS_FIRST + LINUX_TLS_ENTRIES && entry === -1; k++) if (!gdt.get(k)) entry = k;
      if (entry === -1) return -ESRCH;
      this.as.write32(u, entry);
    }
    if (entry < LINUX_TLS_FIRST || entry >= LINUX_TLS_FIRST + LINUX_TLS_ENTRIES) return -EINVAL;
    const seg32 = flags & 1, contents = (flags >> 1) & 3, readOnly = (flags >> 3) & 1, pages = (flags >> 4) & 1, notPresent = (flags >> 5) & 1;
    if (contents === 3) return -EINVAL; // code segments are not allowed here
    if (base === 0 && limit === 0 && readOnly && notPresent) { gdt.set(entry, null); return 0; } // LDT_empty
    gdt.set(entry, {
      base, limit: pages ? ((limit << 12) | 0xfff) >>> 0 : limit, granular: pages === 1, codeData: true, dpl: 3,
      type: TYPE_ACCESSED | (readOnly ? 0 : TYPE_WRITABLE) | (contents === 1 ? TYPE_EXPAND_DOWN : 0),
      present: !notPresent, big: seg32 === 1,
    });
    return 0;
  }

  private stat64(buf: number): void {
    // struct stat64 (96 bytes): st_mode (u32 at 16) a FIFO, st_blksize (at 56) 4096.
    this.as.writeBytes(buf, new Uint8Array(96));
    this.as.write32(buf + 16, 0o10600);
    this.as.write32(buf + 56, 4096);
  }
}

function readString(as: AddressSpace, at: number): string {
  let s = '';
  for (let k = 0; k < 4096; k++) {
    const b = as.readBytes(at + k, 1)[0]!;
    if (b === 0) break;
    s += String.fromCharCode(b);
  }
  return s;
}
