// bench/emulator: the two emulator workloads (bench/workloads crc.c and mix.c, built here
// with gcc) run natively, under qemu-i386 (installed with apt-get when missing and we are root;
// skipped otherwise) and in our emulator, interleaved in one run. Prints MIPS (instruction counts
// from our own counter: rep string instructions count once) and the slowdown against native.
// Goal: >= 150 MIPS on both workloads in the emulator.
// Run: npm run bench:emulator   (compiled with tsc, as the CLI runs). REPS=n for more repetitions.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emulateElf } from '../src/emulator/index.js';
import { tempDir, WORKLOADS } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const dir = tempDir('bench-emu');
const reps = Number(process.env.REPS ?? 3);

function build(name: string): string {
  const exe = join(dir, name);
  execFileSync('gcc', ['-m32', '-O2', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-fno-stack-protector', '-o', exe, join(WORKLOADS, `${name}.c`)]);
  return exe;
}

function haveQemu(): boolean {
  if (spawnSync('qemu-i386', ['--version']).status === 0) return true;
  if (process.getuid?.() !== 0) { console.log('qemu-i386 not found and not root: skipping qemu'); return false; }
  console.log('qemu-i386 not found: apt-get install -y qemu-user ...');
  spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const r = spawnSync('apt-get', ['install', '-y', 'qemu-user'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0 || spawnSync('qemu-i386', ['--version']).status !== 0) { console.log('could not install qemu-user: skipping qemu'); return false; }
  return true;
}

function timeProcess(cmd: string, args: string[]): { ms: number; out: string } {
  const t = performance.now();
  const out = execFileSync(cmd, args, { encoding: 'utf8' });
  return { ms: performance.now() - t, out };
}

const qemu = haveQemu();
const workloads = ['crc', 'mix'].map((name) => ({ name, exe: build(name) }));
const rows: (string | number)[][] = [];
let allOk = true;
for (const w of workloads) {
  const bytes = new Uint8Array(readFileSync(w.exe));
  const nat: number[] = [], qem: number[] = [], emu: number[] = [];
  let insns = 0;
  let expected = '';
  let emuOut = '';
  for (let r = 0; r < reps; r++) {
    const n = timeProcess(w.exe, []);
    nat.push(n.ms);
    expected = n.out;
    if (qemu) qem.push(timeProcess('qemu-i386', [w.exe]).ms);
    let out = '';
    const res = emulateElf(bytes, { write: (_fd, b) => { out += Buffer.from(b).toString(); } });
    emu.push(res.wallMs);
    insns = res.executed;
    emuOut = out;
  }
  const ok = emuOut === expected;
  allOk &&= ok;
  const mips = (ms: number) => insns / ms / 1000;
  const e = median(emu), nt = median(nat), q = qemu ? median(qem) : NaN;
  rows.push([w.name, insns, fmt(mips(nt), 0), qemu ? fmt(mips(q), 0) : '-', fmt(mips(e), 1), fmt(e / nt, 1), qemu ? fmt(e / q, 1) : '-', ok ? expected.trim() : `MISMATCH ${emuOut.trim()} vs ${expected.trim()}`]);
}
console.log(`emulator workloads, median of ${reps} interleaved runs (native and qemu times include process start)`);
console.log(table(['workload', 'insns', 'native MIPS', 'qemu MIPS', 'emu MIPS', 'emu/native', 'emu/qemu', 'checksum'], rows));
console.log('\ngoal: >= 150 MIPS in the emulator on both (interpreter peers: Bochs 110/72, v86 interpreter 80/78 MIPS)');
if (!allOk) process.exitCode = 1;
