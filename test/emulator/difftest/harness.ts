// Both sides of the differential test: the native runner (built with gcc at test time, one process
// per batch) and the emulator (one machine, one address space laid out like the runner's), and the
// comparison that masks exactly the flags the table leaves undefined.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, PTE_U, PTE_W, type AddressSpace, type Fault } from '../../../src/emulator/index.js';
import { FAULT_VECTOR, isTrap } from '../../../src/emulator/types.js';
import { decodeAt, isDecodeFailure } from '../../../src/isa/decoder.js';
import { ROOT } from '../../support/paths.js';
import {
  CODE_BASE, DATA_BASE, DATA_SIZE, decodeResults, encodeBatch, fillBuffer, hashBuffer, PAD, type CaseOutput,
} from './format.js';
import type { GenCase } from './gen.js';

const RUNNER_SRC = join(ROOT, 'test', 'emulator', 'native', 'runner.c');

/** Builds the native runner (cached in node_modules/.cache by source mtime). */
export function buildRunner(): string {
  const dir = join(ROOT, 'node_modules', '.cache', 'twindrivers-difftest');
  mkdirSync(dir, { recursive: true });
  const exe = join(dir, 'runner');
  if (!existsSync(exe) || statSync(exe).mtimeMs < statSync(RUNNER_SRC).mtimeMs) {
    execFileSync('gcc', ['-m32', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-O1', '-fno-stack-protector', '-o', exe, RUNNER_SRC], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  return exe;
}

export function runNative(exe: string, cases: readonly GenCase[]): { selectors: number[]; results: CaseOutput[] } {
  const out = execFileSync(exe, [], { input: encodeBatch(cases), maxBuffer: 1 << 30 });
  return decodeResults(out, cases.length);
}

/** The signal Linux sends for each exception (the runner's fault code: 1 FPE, 2 SEGV, 3 ILL, 4 TRAP, 5 BUS). */
const FAULT_CODE: Record<Fault['fault'], number> = { DE: 1, PF: 2, GP: 2, OF: 2, BR: 2, TS: 2, UD: 3, BP: 4, DB: 4, SS: 5, NP: 5, AC: 5, HOOK: 6 };

export class EmulatorSide {
  readonly machine = new Machine({ ramBytes: 16 * 1024 * 1024 });
  readonly space: AddressSpace;
  private readonly data: Int32Array;

  constructor(selectors: readonly number[]) {
    const m = this.machine;
    this.space = m.createAddressSpace('difftest');
    this.space.mapNew(CODE_BASE, 4096, PTE_U | PTE_W);
    const pfn = this.space.mapNew(DATA_BASE, DATA_SIZE, PTE_U | PTE_W);
    const host = m.mem.hostOffset(pfn * 4096);
    // mapNew gives consecutive frames; their host slots are consecutive too (fresh machine).
    if (m.mem.hostOffset((pfn + 1) * 4096) !== host + 4096) throw new Error('internal: data frames not contiguous on the host');
    this.data = new Int32Array(m.mem.buffer, host, DATA_SIZE / 4);
    const cpu = m.cpu;
    cpu.setAddressSpace(this.space);
    cpu.ring = 3;
    cpu.singleStep = true;
    // The segments of a 32-bit process on x86-64 Linux: the same selectors as the native runner's.
    cpu.setupLinuxUser();
    selectors.forEach((s, i) => { if (cpu.sel[i] !== s) throw new Error(`native runner's %${['es', 'cs', 'ss', 'ds', 'fs', 'gs'][i]} is 0x${s.toString(16)}, the emulator's Linux layout 0x${cpu.sel[i]!.toString(16)}`); });
  }

  run(c: GenCase): CaseOutput {
    const cpu = this.machine.cpu;
    fillBuffer(c.seed, c.patches, this.data);
    this.space.writeBytes(CODE_BASE, c.code);
    cpu.setupLinuxUser(cpu.gdt ?? undefined);
    cpu.r.set(c.regs.map((v) => v | 0));
    cpu.setFlags(c.eflags);
    cpu.eip = CODE_BASE;
    const end = (CODE_BASE + c.code.length) >>> 0;
    let res;
    if (c.block) {
      // A block through the block compiler: stop where the native runner's landing jumps are.
      cpu.singleStep = false;
      const m = this.machine;
      const stop = (): { kind: 'stop'; detail: string } => ({ kind: 'stop', detail: 'landing' });
      m.hook(this.space, end, stop, { name: 'fall' });
      m.hook(this.space, PAD, stop, { name: 'taken' });
      res = cpu.run(10_000);
      m.unhook(this.space, end);
      m.unhook(this.space, PAD);
    } else {
      cpu.singleStep = true;
      res = cpu.run(1);
      // A transfer to neither landing (a 16-bit truncated target): the next fetch faults there.
      if (res.reason === 'budget' && cpu.pc !== end && cpu.pc !== PAD) res = cpu.run(1);
    }
    let landing = 9, fault = 0, trapno = 0, err = 0, cr2 = 0, eip = cpu.pc;
    if (res.reason === 'budget' || res.reason === 'stop') {
      landing = eip === end ? 0 : eip === PAD ? 1 : 9;
    } else if (res.reason === 'fault') {
      const f = res.fault!;
      fault = FAULT_CODE[f.fault];
      trapno = FAULT_VECTOR[f.fault];
      landing = 2;
      eip = f.eip;
      if (f.fault === 'GP' || f.fault === 'SS' || f.fault === 'NP' || f.fault === 'TS' || f.fault === 'AC') err = f.code;
      if (f.fault === 'PF') cr2 = f.addr;
      if (isTrap(f)) {
        // The CPU reports a trap after the instruction.
        const d = decodeAt(this.space.readBytes(f.eip, 16), 0, f.eip);
        if (!isDecodeFailure(d)) eip = (f.eip + d.length) >>> 0;
      }
    }
    const sel = [0, 3, 4, 5].map((i) => cpu.sel[i]!);
    return { regs: Array.from(cpu.r, (v) => v >>> 0), eflags: cpu.getFlags() >>> 0, landing, fault, hash: hashBuffer(this.data), trapno, err, eip, cr2, sel };
  }
}

export interface Mismatch {
  readonly index: number;
  readonly c: GenCase;
  readonly native: CaseOutput;
  readonly emu: CaseOutput;
  readonly what: string;
}

/** Differences outside the flags the table leaves undefined (allFlags: in every flag); '' when equal. */
export function compare(c: GenCase, n: CaseOutput, e: CaseOutput, allFlags = false): string {
  const diffs: string[] = [];
  if (n.fault !== e.fault) diffs.push(`fault native ${n.fault} emulator ${e.fault}`);
  if (n.landing !== e.landing) diffs.push(`landing native ${n.landing} emulator ${e.landing}`);
  if (n.landing === 2 && n.trapno !== e.trapno) diffs.push(`exception vector native ${n.trapno} emulator ${e.trapno}`);
  if (n.eip !== e.eip) diffs.push(`eip native ${hex(n.eip)} emulator ${hex(e.eip)}`);
  if (n.landing === 2 && n.trapno === 14 && n.cr2 !== e.cr2) diffs.push(`#PF address native ${hex(n.cr2)} emulator ${hex(e.cr2)}`);
  // Error codes of the exceptions the emulator gives one (a #PF's bits are the kernel's business).
  if (n.landing === 2 && [10, 11, 12, 13, 17].includes(n.trapno) && n.err !== e.err) diffs.push(`error code native ${hex(n.err)} emulator ${hex(e.err)}`);
  const names = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
  for (let i = 0; i < 8; i++) if (n.regs[i] !== e.regs[i]) diffs.push(`${names[i]} native ${hex(n.regs[i]!)} emulator ${hex(e.regs[i]!)}`);
  // Undefined flags are masked unless allFlags (the emulator sets them as Intel processors do, see
  // src/emulator/flags.ts); RF (set in signal contexts) is not architectural state here.
  const mask = ~((allFlags ? 0 : c.undef) | 0x10000) >>> 0;
  if (((n.eflags ^ e.eflags) & mask) !== 0) diffs.push(`eflags native ${hex(n.eflags)} emulator ${hex(e.eflags)} (differ ${hex((n.eflags ^ e.eflags) & mask)})`);
  if (n.hash !== e.hash) diffs.push('memory differs');
  if (n.sel.join() !== e.sel.join()) diffs.push(`es/ds/fs/gs native ${n.sel.map(hex).join('/')} emulator ${e.sel.map(hex).join('/')}`);
  return diffs.join('; ');
}

function hex(v: number): string { return '0x' + (v >>> 0).toString(16); }

export function describeMismatch(m: Mismatch): string {
  const c = m.c;
  return `${c.text}  [${[...c.code].map((b) => b.toString(16).padStart(2, '0')).join(' ')}]  regs ${c.regs.map(hex).join(' ')} eflags ${hex(c.eflags)}\n    ${m.what}`;
}
