// One driver module from several relocatable objects, as the kernel builds one: kbuild links a
// driver's objects (the e1000's e1000_main.o, e1000_hw.o, e1000_ethtool.o, e1000_param.o) into
// one with `ld -r`, and so does this: GNU ld, the reference toolchain, joins the parts into ONE
// ELF relocatable object — sections of the same name concatenated in part order, a part's
// references to another part's global symbols resolved, the kernel's symbols left undefined.
//
// Trusted-base invariant: nothing downstream knows a module had parts. The verifier checks the
// joined object and the loader installs exactly that object (image.ts reads it once for both), so
// a part can neither bring code the verifier does not see nor change what it saw. ld is not
// trusted: what it writes is parsed and checked like any object (elf.ts, image.ts).
//
// A module of one part is that part's object, unchanged (no ld run).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoaderError, parseObject, type ObjectFile } from './elf.js';

export interface ModulePart {
  /** Name for diagnostics (a path, or `<name>.o` of assembled text). */
  readonly file: string;
  /** The part's ELF32 relocatable object. */
  readonly bytes: Uint8Array;
}

export interface LinkedModule {
  readonly bytes: Uint8Array;
  readonly object: ObjectFile;
}

/** ld's messages as one line each (first few), without the tool's own path prefix. */
function ldMessages(err: string, parts: readonly ModulePart[], paths: readonly string[]): string {
  let s = err;
  paths.forEach((p, i) => { s = s.split(p).join(parts[i]!.file); });
  return s.split('\n').map((l) => l.replace(/^\S*\bld(\.bfd)?: /, '').trim()).filter(Boolean).slice(0, 4).join('; ');
}

/**
 * Joins `parts` into module `name` (`ld -m elf_i386 -r`). Each part is first checked as an object
 * (a malformed part is named, not left to ld); a symbol two parts define is a LoaderError naming it.
 */
export function linkModule(name: string, parts: readonly ModulePart[]): LinkedModule {
  if (parts.length === 0) throw new LoaderError(`${name}: a module needs at least one object`);
  const objects = parts.map((p) => parseObject(p.bytes, p.file));
  if (parts.length === 1) return { bytes: parts[0]!.bytes, object: objects[0]! };
  const defined = new Map<string, string>();
  objects.forEach((o, i) => {
    for (const s of o.symbols) {
      if (!s.name || s.bind === 0 || s.shndx === 0 || s.shndx === 0xfff2) continue; // locals, undefined, common
      const other = defined.get(s.name);
      if (other !== undefined && s.bind !== 2) throw new LoaderError(`${name}: symbol '${s.name}' is defined by both ${other} and ${parts[i]!.file}`);
      if (s.bind !== 2) defined.set(s.name, parts[i]!.file);
    }
  });
  const dir = mkdtempSync(join(tmpdir(), 'twindrivers-module-'));
  try {
    const paths = parts.map((p, i) => {
      const f = join(dir, `part${i}.o`);
      writeFileSync(f, p.bytes);
      return f;
    });
    const out = join(dir, 'module.o');
    try {
      execFileSync('ld', ['-m', 'elf_i386', '-r', '-o', out, ...paths], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    } catch (e) {
      const err = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
      throw new LoaderError(`${name}: ld -r could not link the module: ${ldMessages(err, parts, paths)}`);
    }
    const bytes = new Uint8Array(readFileSync(out));
    return { bytes, object: parseObject(bytes, `${name}.o`) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
