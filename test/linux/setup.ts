// Shared fixtures of the Linux 6.1 ABI tests: an emulated machine with the 82540EM on its bus and a
// dom0 kernel speaking Linux 6.1, the real e1000 as one module (its four committed units assembled
// and linked by the loader, into a temporary directory), and a way to call any exported kernel
// routine with its regparm arguments as driver code would.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Machine } from '../../src/emulator/index.js';
import type { ObjectFile } from '../../src/loader/elf.js';
import { linkModule } from '../../src/loader/module.js';
import { BUNDLED_DRIVERS } from '../../src/platform/bundled.js';
import { Dom0Kernel, NIC_IRQ, NIC_MMIO_BASE, type Dom0Options } from '../../src/platform/dom0/index.js';
import { E1000Nic, type E1000Options } from '../../src/platform/nic/index.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

export interface LinuxPlatform {
  readonly machine: Machine;
  readonly nic: E1000Nic;
  readonly kernel: Dom0Kernel;
  /** Frames the NIC put on the wire, in order. */
  readonly wire: Uint8Array[];
}

export function linuxPlatform(opts: { nic?: Partial<E1000Options>; dom0?: Partial<Dom0Options> } = {}): LinuxPlatform {
  const machine = new Machine({ ramBytes: 96 * 1024 * 1024 });
  const wire: Uint8Array[] = [];
  const nic = new E1000Nic({ bus: machine.bus, mmioBase: NIC_MMIO_BASE, irq: machine.bus.irq(NIC_IRQ), onTransmit: (f) => wire.push(f.slice()), ...opts.nic });
  const kernel = new Dom0Kernel(machine, { nic, abi: 'linux-6.1', ...opts.dom0 });
  return { machine, nic, kernel, wire };
}

const dir = tempDir('linux');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let e1000: ObjectFile | null = null;

/** The real e1000, its four units assembled as they are and linked as one module (the kernel's ld -r). */
export function e1000Module(): ObjectFile {
  if (!e1000) {
    const parts = BUNDLED_DRIVERS.e1000.parts.map((p) => {
      const out = join(dir, p.replace(/^.*\//, '').replace(/\.s$/, '.o'));
      return { file: out, bytes: new Uint8Array(assemble(join(ROOT, p), out)) };
    });
    e1000 = linkModule('e1000', parts).object;
  }
  return e1000;
}

/** Calls exported routine `name` (host hook or C) with regparm arguments, as top-level code in `ctx`; %eax unsigned. */
export function call(k: Dom0Kernel, name: string, args: readonly number[] = [], ctx: 'process' | 'softirq' | 'hardirq' = 'process'): number {
  const va = k.exports.get(name);
  if (va === undefined) throw new Error(`dom0 exports no ${name}`);
  const r = k.runGuest(va, args, ctx, ctx === 'process' ? 'process' : 'irq', name);
  if (!r.ok) throw new Error(r.reason);
  return r.eax >>> 0;
}

/** The e1000 loaded natively (original code) and probed: init returned 0. */
export function probedE1000(p: LinuxPlatform = linuxPlatform()): LinuxPlatform {
  p.kernel.loadModule(e1000Module());
  const r = p.kernel.initModule();
  if (!r.ok || r.value !== 0) throw new Error(`e1000 init failed: ${r.reason ?? r.value}\n${p.kernel.logText()}`);
  return p;
}

