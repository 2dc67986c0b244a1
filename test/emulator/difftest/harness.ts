// Both sides of the differential test: the native runner (built with gcc at test time, one process
// per batch) and the emulator (one machine, one address space laid out like the runner's), and the
// comparison that masks exactly the flags the table leaves undefined.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, PTE_U, PTE_W, type AddressSpace, type Fault } from '../../../src/emulator/index.js';
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

const FAULT_CODE: Record<Fault['fault'], number> = { DE: 1, PF: 2, GP: 2, UD: 3, BP: 4, HOOK: 6 };

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
    selectors.forEach((s, i) => { cpu.sel[i] = s; });
  }

  run(c: GenCase): CaseOutput {
    const cpu = this.machine.cpu;
    fillBuffer(c.seed, c.patches, this.data);
    this.space.writeBytes(CODE_BASE, c.code);
    cpu.r.set(c.regs.map((v) => v | 0));
    cpu.setFlags(c.eflags);
    cpu.eip = CODE_BASE;
    const res = cpu.run(1);
    let landing = 9, fault = 0;
    if (res.reason === 'budget') {
      const e = cpu.pc;
      landing = e === ((CODE_BASE + c.code.length) >>> 0) ? 0 : e === PAD ? 1 : 9;
    } else if (res.reason === 'fault') {
      fault = FAULT_CODE[res.fault!.fault];
      landing = res.fault!.fault === 'BP' ? 3 : 2;
    }
    return { regs: Array.from(cpu.r, (v) => v >>> 0), eflags: cpu.getFlags() >>> 0, landing, fault, hash: hashBuffer(this.data) };
  }
}

export interface Mismatch {
  readonly index: number;
  readonly c: GenCase;
  readonly native: CaseOutput;
  readonly emu: CaseOutput;
  readonly what: string;
}

/** Differences outside the flags the table leaves undefined; '' when equal. */
export function compare(c: GenCase, n: CaseOutput, e: CaseOutput): string {
  const diffs: string[] = [];
  if (n.fault !== e.fault) diffs.push(`fault native ${n.fault} emulator ${e.fault}`);
  if (n.landing !== e.landing) diffs.push(`landing native ${n.landing} emulator ${e.landing}`);
  const names = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];
  for (let i = 0; i < 8; i++) if (n.regs[i] !== e.regs[i]) diffs.push(`${names[i]} native ${hex(n.regs[i]!)} emulator ${hex(e.regs[i]!)}`);
  // Undefined flags are masked; RF (set in signal contexts) is not architectural state here.
  const mask = ~(c.undef | 0x10000) >>> 0;
  if (((n.eflags ^ e.eflags) & mask) !== 0) diffs.push(`eflags native ${hex(n.eflags)} emulator ${hex(e.eflags)} (differ ${hex((n.eflags ^ e.eflags) & mask)})`);
  if (n.hash !== e.hash) diffs.push('memory differs');
  return diffs.join('; ');
}

function hex(v: number): string { return '0x' + (v >>> 0).toString(16); }

export function describeMismatch(m: Mismatch): string {
  const c = m.c;
  return `${c.text}  [${[...c.code].map((b) => b.toString(16).padStart(2, '0')).join(' ')}]  regs ${c.regs.map(hex).join(' ')} eflags ${hex(c.eflags)}\n    ${m.what}`;
}
