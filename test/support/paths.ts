// Locations of test inputs. The Linux corpus lives beside the checkout (../shared), as the design
// brief describes; TWINDRIVERS_SHARED overrides that location.

import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
export const SHARED = process.env.TWINDRIVERS_SHARED ?? resolve(ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED, 'corpus', 'linux-6.1-i386');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The five corpus files; fails loudly (never skips) when the corpus is missing. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(`corpus not found at ${CORPUS_DIR} (set TWINDRIVERS_SHARED to the folder holding corpus/)`);
  }
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.s')).sort().map((f) => join(CORPUS_DIR, f));
  if (files.length !== 5) throw new Error(`expected 5 corpus files in ${CORPUS_DIR}, found ${files.length}`);
  return files;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `twindrivers-${prefix}-`));
}
