// Thin wrappers over the reference toolchain (gcc -m32, GNU as --32) for tests and benchmarks.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function assemble(srcPath: string, objPath: string): Buffer {
  execFileSync('as', ['--32', '-o', objPath, srcPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  return readFileSync(objPath);
}

export function gccS(cPath: string, outPath: string, flags: readonly string[]): void {
  execFileSync('gcc', ['-m32', ...flags, '-S', '-o', outPath, cPath], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** `readelf` view of what an object contains: section headers and contents, relocations, symbols. */
export function objectSummary(objPath: string, dir: string): string {
  void dir;
  const sections = execFileSync('readelf', ['-W', '-S', objPath], { encoding: 'utf8' });
  const names = [...sections.matchAll(/^\s*\[\s*\d+\]\s+(\S+)/gm)].map((m) => m[1]!).filter((n) => n !== 'NULL');
  let out = sections.replace(/^.*There are.*$/m, '');
  out += execFileSync('readelf', ['-W', '-r', '-s', objPath], { encoding: 'utf8' });
  for (const n of names) {
    try { out += execFileSync('readelf', ['-W', '-x', n, objPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch { /* NOBITS */ }
  }
  return out.replaceAll(objPath, 'OBJ');
}

export function objPath(dir: string, name: string): string {
  return join(dir, name);
}
