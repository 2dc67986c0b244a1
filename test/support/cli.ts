// Runs the twindrivers CLI in-process, capturing output and the exit code.

import { main } from '../../src/cli/main.js';

export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await main(['node', 'twindrivers', ...args], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}
