// Where the installed package lives (for its bundled inputs: the sample driver's assembly).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The folder holding twindrivers' package.json (works from src/, dist/ and .bench-build/). */
export function projectRoot(): string {
  if (root) return root;
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(d, 'package.json');
    if (existsSync(pj) && /"name":\s*"twindrivers"/.test(readFileSync(pj, 'utf8'))) return (root = d);
    const up = dirname(d);
    if (up === d) throw new Error('cannot find the twindrivers package root');
    d = up;
  }
}

/** The bundled sample driver's gcc output. */
export function sampleDriverAsm(): string {
  return join(projectRoot(), 'drivers', 'e1000like', 'e1000like.s');
}
