// Locations of test inputs. Everything a test or bench reads lives in the repository: the Linux
// corpus under test/fixtures/linux-6.1-i386 (GPL-2.0 test inputs, see its README), the emulator
// workloads under bench/workloads.

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root: the nearest folder upward holding this package's package.json (works from .bench-build too). */
export const ROOT = ((): string => {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(d, 'package.json');
    if (existsSync(pj) && /"name":\s*"twindrivers"/.test(readFileSync(pj, 'utf8'))) return d;
    const up = dirname(d);
    if (up === d) throw new Error('cannot find the twindrivers project root');
    d = up;
  }
})();
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const CORPUS_DIR = join(FIXTURES, 'linux-6.1-i386');
export const WORKLOADS = join(ROOT, 'bench', 'workloads');

/** The five corpus files; fails loudly (never skips) when the corpus is missing. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(`corpus not found at ${CORPUS_DIR}`);
  }
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.s')).sort().map((f) => join(CORPUS_DIR, f));
  if (files.length !== 5) throw new Error(`expected 5 corpus files in ${CORPUS_DIR}, found ${files.length}`);
  return files;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `twindrivers-${prefix}-`));
}
