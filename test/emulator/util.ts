// Test helpers: assemble AT&T snippets with GNU as, load them into a fresh machine, run them.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Machine, PTE_U, PTE_W, type AddressSpace, type RunResult } from '../../src/emulator/index.js';
import { tempDir } from '../support/paths.js';
import { executableSections } from './crosscheck.js';

const dir = tempDir('emu-test');
let n = 0;

/** Machine code of AT&T source (the .text section of `as --32`). */
export function assemble(src: string): Uint8Array {
  const s = join(dir, `t${n}.s`), o = join(dir, `t${n++}.o`);
  writeFileSync(s, `\t.text\n${src}\n`);
  execFileSync('as', ['--32', '-o', o, s], { stdio: ['ignore', 'ignore', 'pipe'] });
  return executableSections(new Uint8Array(readFileSync(o))).find((x) => x.name === '.text')!.bytes;
}

export const CODE = 0x01000000;
export const STACK_TOP = 0x02000000;
export const DATA = 0x03000000;

export interface Rig {
  readonly m: Machine;
  readonly as: AddressSpace;
  run(maxInsns?: number): RunResult;
  reg(n: number): number;
}

/** Code at CODE (ring 0 unless told), a 64 KiB stack below STACK_TOP, 64 KiB of data at DATA. */
export function rig(src: string, opts: { ring?: 0 | 3; machine?: Machine } = {}): Rig {
  const m = opts.machine ?? new Machine({ ramBytes: 64 * 1024 * 1024 });
  const as = m.createAddressSpace('test');
  const code = assemble(src);
  as.mapNew(CODE, Math.max(code.length, 1), PTE_U);
  as.writeBytes(CODE, code);
  as.mapNew(STACK_TOP - 0x10000, 0x10000, PTE_U | PTE_W);
  as.mapNew(DATA, 0x10000, PTE_U | PTE_W);
  const cpu = m.cpu;
  cpu.setAddressSpace(as);
  cpu.ring = opts.ring ?? 0;
  cpu.r[4] = STACK_TOP - 16;
  cpu.eip = CODE;
  return { m, as, run: (max = 1e6) => cpu.run(max), reg: (k) => cpu.r[k]! };
}
