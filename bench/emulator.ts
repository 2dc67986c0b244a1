// bench/emulator: the emulator workloads (bench/workloads crc.c and mix.c, built here with gcc)
// run natively, under qemu-i386 (Debian's qemu-user, installed with apt-get when missing and we are
// root; the table says so when it is not there) and in our emulator, interleaved in one run.
// Start-up is measured on its own (a program that exits at once: process start for native and
// qemu; parse, load and process set-up for ours) and left out of the MIPS; the table shows what
// share of each run it was (the workloads are long enough that it stays under 10%). Instruction
// counts are our emulator's (rep string instructions count once), the same for all three.
// Goal: >= 150 MIPS in the emulator on both workloads.
// Run: npm run bench:emulator   (compiled with tsc, as the CLI runs). REPS=n for more repetitions.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emulateElf } from '../src/emulator/index.js';
import { tempDir, WORKLOADS } from '../test/support/paths.js';
import { fmt, median, table } from './util.js';

const dir = tempDir('bench-emu');
const reps = Number(process.env.REPS ?? 3);

function build(name: string, src: string, defs: string[] = []): string {
  const exe = join(dir, name);
  execFileSync('gcc', ['-m32', '-O2', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-fno-stack-protector', ...defs, '-o', exe, src]);
  return exe;
}

function haveQemu(): string {
  if (spawnSync('qemu-i386', ['--version']).status === 0) return '';
  if (process.getuid?.() !== 0) return 'qemu-i386 is missing (Debian package qemu-user) and we are not root to install it';
  console.log('qemu-i386 not found: apt-get install -y qemu-user ...');
  spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const r = spawnSync('apt-get', ['install', '-y', 'qemu-user'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0 || spawnSync('qemu-i386', ['--version']).status !== 0) return 'qemu-i386 is missing: apt-get install qemu-user failed';
  return '';
}

function timeProcess(cmd: string, args: string[]): { ms: number; out: string } {
  const t = performance.now();
  const out = execFileSync(cmd, args, { encoding: 'utf8' });
  return { ms: performance.now() - t, out };
}

const qemuMissing = haveQemu();
const qemu = qemuMissing === '';
const nullSrc = join(dir, 'null.c');
writeFileSync(nullSrc, 'void _start(void) { __asm__ volatile("int $0x80" : : "a"(1), "b"(0)); }\n');
const nullExe = build('null', nullSrc);
const nullBytes = new Uint8Array(readFileSync(nullExe));
// Start-up of each runner: a program that exits at once.
const start = { native: [] as number[], qemu: [] as number[], emu: [] as number[] };
for (let r = 0; r < Math.max(reps, 5); r++) {
  start.native.push(timeProcess(nullExe, []).ms);
  if (qemu) start.qemu.push(timeProcess('qemu-i386', [nullExe]).ms);
  const t = performance.now();
  emulateElf(nullBytes);
  start.emu.push(performance.now() - t);
}
const s0 = { native: median(start.native), qemu: qemu ? median(start.qemu) : NaN, emu: median(start.emu) };

// Long enough that start-up stays under 10% of every run.
const workloads = [
  { name: 'crc', exe: build('crc', join(WORKLOADS, 'crc.c'), ['-DITERS=3000']) },
  { name: 'mix', exe: build('mix', join(WORKLOADS, 'mix.c'), ['-DITERS=4500000']) },
];
const rows: (string | number)[][] = [];
let allOk = true;
for (const w of workloads) {
  const bytes = new Uint8Array(readFileSync(w.exe));
  const nat: number[] = [], qem: number[] = [], emu: number[] = [];
  let insns = 0, expected = '', emuOut = '';
  for (let r = 0; r < reps; r++) {
    const n = timeProcess(w.exe, []);
    nat.push(n.ms);
    expected = n.out;
    if (qemu) qem.push(timeProcess('qemu-i386', [w.exe]).ms);
    let out = '';
    const t = performance.now();
    const res = emulateElf(bytes, { write: (_fd, b) => { out += Buffer.from(b).toString('latin1'); } });
    emu.push(performance.now() - t);
    insns = res.executed;
    emuOut = out;
  }
  const ok = emuOut === expected;
  allOk &&= ok;
  const e = median(emu), nt = median(nat), q = qemu ? median(qem) : NaN;
  const mips = (ms: number, startMs: number) => insns / Math.max(ms - startMs, 1e-3) / 1000;
  const share = (ms: number, startMs: number) => `${fmt((100 * startMs) / ms, 1)}%`;
  rows.push([
    w.name, insns, fmt(mips(nt, s0.native), 0), qemu ? fmt(mips(q, s0.qemu), 0) : '-', fmt(mips(e, s0.emu), 1),
    fmt((e - s0.emu) / (nt - s0.native), 1), qemu ? fmt((e - s0.emu) / (q - s0.qemu), 2) : '-',
    `${share(nt, s0.native)} / ${qemu ? share(q, s0.qemu) : '-'} / ${share(e, s0.emu)}`,
    ok ? expected.trim() : `MISMATCH ${emuOut.trim()} vs ${expected.trim()}`,
  ]);
}
console.log(`emulator workloads, median of ${reps} interleaved runs; MIPS exclude start-up`);
console.log(`start-up (a program that exits at once): native ${fmt(s0.native, 1)} ms, qemu-i386 ${qemu ? `${fmt(s0.qemu, 1)} ms` : '-'}, emulator ${fmt(s0.emu, 1)} ms`);
if (!qemu) console.log(`qemu-i386: NOT MEASURED: ${qemuMissing}`);
console.log(table(['workload', 'insns', 'native MIPS', 'qemu MIPS', 'emu MIPS', 'emu/native', 'emu/qemu', 'start-up share n/q/e', 'checksum'], rows));
console.log('\ngoal: >= 150 MIPS in the emulator on both (interpreter peers: Bochs 110/72, v86 interpreter 80/78 MIPS)');
if (!allOk) process.exitCode = 1;
