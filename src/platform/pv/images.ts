// The platform's C images as relocatable objects: the committed assembly of an image's units
// (units.ts) assembled with GNU as --32 and joined with GNU ld -r (both reference tools), parsed
// once per process. Placing an image (link at a base, resolve its primitives) is the caller's:
// the hypervisor installs its image in its region, dom0 in its kernel space, each guest in its own.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseObject, type ObjectFile } from '../../loader/elf.js';
import { link, type LinkedInstance } from '../../loader/link.js';
import { projectRoot } from '../../util/paths.js';
import { PLATFORM_UNITS, type ImageName } from './units.js';

const cache = new Map<ImageName, ObjectFile>();
let dir: string | null = null;

function tool(cmd: string, args: readonly string[]): void {
  try {
    execFileSync(cmd, [...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.split('\n').slice(0, 5).join('\n')}`);
  }
}

/** The relocatable object of one image (its units assembled and joined with ld -r). */
export function platformImage(name: ImageName): ObjectFile {
  const hit = cache.get(name);
  if (hit) return hit;
  dir ??= mkdtempSync(join(tmpdir(), 'twindrivers-platform-c-'));
  const objects = PLATFORM_UNITS.filter((u) => u.image === name).map((u, i) => {
    const o = join(dir!, `${name}-${i}.o`);
    tool('as', ['--32', '-o', o, join(projectRoot(), u.asm)]);
    return o;
  });
  const out = join(dir, `${name}.o`);
  tool('ld', ['-m', 'elf_i386', '-r', '-o', out, ...objects]);
  const obj = parseObject(new Uint8Array(readFileSync(out)), `platform-c ${name} image`);
  cache.set(name, obj);
  return obj;
}

/** A linked image: its sections' images and its symbols (local ones too). */
export interface PlacedImage {
  readonly name: ImageName;
  readonly inst: LinkedInstance;
  /** [start, end) of everything it occupies (page-aligned end). */
  readonly start: number;
  readonly end: number;
  /** Address of a symbol of the image (throws when it has none). */
  sym(name: string): number;
}

/** Links image `name` at `base`; undefined symbols (primitives) come from `resolve`. */
export function placeImage(name: ImageName, base: number, resolve: (symbol: string) => number | undefined): PlacedImage {
  const inst = link(platformImage(name), {
    kind: 'vm', base, externals: { resolve: (s) => resolve(s) }, runtime: { resolve: (s) => resolve(s) },
  });
  let end = base;
  for (const im of inst.images) end = Math.max(end, im.address + im.bytes.length);
  end = Math.ceil(end / 4096) * 4096;
  return {
    name, inst, start: base, end,
    sym(s: string): number {
      const a = inst.symbols.get(s);
      if (a === undefined) throw new Error(`platform-c ${name} image has no symbol '${s}'`);
      return a >>> 0;
    },
  };
}
