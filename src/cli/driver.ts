// The `--driver` option of the commands that run or measure a driver: a bundled driver by name
// (src/platform/bundled.ts) or one or more files that together form one module (`--driver a.s
// --driver b.s`: assembly parts, or `.o`/ELF objects taken as they are). Every part is checked
// before any work starts, with the diagnostics every command gives for the same bad file.

import { existsSync } from 'node:fs';
import { BUNDLED_NAMES, isBundledName } from '../platform/bundled.js';
import type { DriverSpec } from '../platform/driver-objects.js';
import { usage } from './errors.js';
import { readAssembly } from './input.js';
import { isElf, readBinary } from './io.js';

export const DRIVER_FLAGS = '--driver <name|file>';
export const DRIVER_HELP = `the driver: a bundled one (${BUNDLED_NAMES.join(', ')}) or a .s/.o file; repeat for a module of several files (default: e1000like)`;

/** commander's collector for a repeatable option. */
export const collect = (v: string, prev: string[]): string[] => [...prev, v];

/**
 * The module `values` name, every part read and checked (assembly parsed, objects parsed as ELF;
 * with `objects: false` every part must be assembly); undefined when none was given (the
 * commands' default, the sample driver).
 */
export async function readDriver(values: readonly string[], opts: { readonly objects?: boolean } = {}): Promise<DriverSpec | undefined> {
  if (values.length === 0) return undefined;
  const named = values.filter(isBundledName);
  if (named.length && values.length > 1) throw usage(`${named[0]} is a bundled driver: it cannot be combined with other parts`);
  for (const v of values) {
    if (isBundledName(v)) continue;
    if (!existsSync(v) && !/[./\\]/.test(v)) throw usage(`'${v}' is neither a bundled driver (${BUNDLED_NAMES.join(', ')}) nor a file`);
    const bytes = readBinary(v);
    if (opts.objects !== false && (isElf(bytes) || /\.o$/.test(v))) {
      const { parseObject } = await import('../loader/elf.js');
      parseObject(bytes, v);
    } else {
      await readAssembly(v);
    }
  }
  const { driverSpec } = await import('../platform/driver-objects.js');
  return driverSpec(values);
}
