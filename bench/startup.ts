// bench/startup: how long `twindrivers --help` takes before it does anything, side by side in one
// run with a bare `node` start and with a start that imports the whole toolkit (what a CLI that
// loads every command's modules up front pays). Each is a fresh node process, interleaved.
// Goal: --help costs little more than starting node (commands load their modules when they run).
// Run: npm run bench:startup   (REPS=N)

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const built = join(ROOT, '.bench-build', 'src');
const url = (f: string): string => pathToFileURL(join(built, f)).href;
const PEERS: readonly (readonly [string, string])[] = [
  ['node (nothing)', ''],
  ['twindrivers --help', `import(${JSON.stringify(url('cli/main.js'))}).then((m) => m.main(['node', 'twindrivers', '--help'], { stdout() {}, stderr() {} }))`],
  ['import every module', `import(${JSON.stringify(url('index.js'))})`],
];
const reps = Number(process.env.REPS ?? 15);
const times: number[][] = PEERS.map(() => []);
for (let r = 0; r < reps + 1; r++) {
  PEERS.forEach(([, code], k) => {
    const t = performance.now();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { stdio: 'ignore' });
    if (r > 0) times[k]!.push(performance.now() - t);
  });
}
const m = times.map(median);
console.log(table(['start', 'median ms', 'best ms', 'vs node'], PEERS.map(([name], k) => [name, fmt(m[k]!), fmt(Math.min(...times[k]!)), `${fmt(m[k]! / m[0]!, 2)}x`])));
console.log(`\n--help over a bare node start: +${fmt(m[1]! - m[0]!)} ms; importing every module: +${fmt(m[2]! - m[0]!)} ms ` +
  `(--help pays ${fmt((100 * (m[1]! - m[0]!)) / Math.max(1e-9, m[2]! - m[0]!), 0)}% of it)`);
