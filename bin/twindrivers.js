#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm ci`/`npm run build` via the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

// A reader that stops early (`twindrivers listing x.s | head`) closes the pipe: stop quietly.
for (const s of [process.stdout, process.stderr]) {
  s.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
}

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(built)) {
  process.stderr.write('twindrivers: dist/ is missing; run `npm run build` (npm ci does this through `prepare`).\n');
  process.exit(70);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv);
