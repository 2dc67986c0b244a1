// Owns the shared fixtures of the platform tests: an emulated machine with the NIC on its bus and
// the dom0 kernel model, and the sample driver object assembled from the committed e1000like.s
// (into a temporary directory, so the git-ignored drivers/e1000like/e1000like.o is never touched).

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { Machine } from '../../src/emulator/index.js';
import { parseObject, type ObjectFile } from '../../src/loader/elf.js';
import { Dom0Kernel, NIC_IRQ, NIC_MMIO_BASE, type Dom0Options } from '../../src/platform/dom0/index.js';
import { E1000Nic, type E1000Options } from '../../src/platform/nic/index.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

export interface Platform {
  readonly machine: Machine;
  readonly nic: E1000Nic;
  readonly kernel: Dom0Kernel;
  /** Frames the NIC put on the wire, in order. */
  readonly wire: Uint8Array[];
}

export function makePlatform(opts: { nic?: Partial<E1000Options>; dom0?: Partial<Dom0Options> } = {}): Platform {
  const machine = new Machine({ ramBytes: 128 * 1024 * 1024 });
  const wire: Uint8Array[] = [];
  const nic = new E1000Nic({ bus: machine.bus, mmioBase: NIC_MMIO_BASE, irq: machine.bus.irq(NIC_IRQ), onTransmit: (f) => wire.push(f), ...opts.nic });
  const kernel = new Dom0Kernel(machine, { nic, ...opts.dom0 });
  return { machine, nic, kernel, wire };
}

const dirs: string[] = [];
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
function scratch(prefix: string): string {
  const d = tempDir(prefix);
  dirs.push(d);
  return d;
}

let driverObject: ObjectFile | null = null;

/** The unrewritten sample driver, assembled once per test file. */
export function e1000likeObject(): ObjectFile {
  if (!driverObject) {
    const out = join(scratch('platform'), 'e1000like.o');
    const bytes = assemble(join(ROOT, 'drivers/e1000like/e1000like.s'), out);
    driverObject = parseObject(new Uint8Array(bytes), 'e1000like.o');
  }
  return driverObject;
}

/** Assembles a small i386 module from source text. */
export function assembleModule(name: string, source: string): ObjectFile {
  const dir = scratch('platform-mod');
  const src = join(dir, `${name}.s`);
  writeFileSync(src, source);
  const obj = join(dir, `${name}.o`);
  assemble(src, obj);
  return parseObject(new Uint8Array(readFileSync(obj)), `${name}.o`);
}
