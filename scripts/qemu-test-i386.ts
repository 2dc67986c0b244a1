// Owns `npm run qemu-test-i386 -- <QEMU>/tests/tcg/i386`: builds QEMU's i386 CPU test program
// (test-i386.c, GPL-2.0, Fabrice Bellard) from a QEMU checkout the caller names, with this machine's
// gcc, statically, runs it natively and under `twindrivers emulate`, and compares the two outputs
// byte for byte. It fetches nothing and QEMU's code never enters this repository: the program is
// built in a temporary folder from a copy with the named skips below applied.
//
// The skips (each edit must match the source exactly once, else the script stops and names it):
//   TEST_SEGS          test_segs, test_code16: modify_ldt (LDT segments, 16-bit code segments)
//   test_floats        x87 (the emulator models no x87 state; the integer parts need none of it)
//   test_exceptions    signal handlers (#DE, #UD, #GP, #PF, #BR, #OF, I/O faults delivered as signals)
//   test_single_step   a SIGTRAP handler (EFLAGS.TF)
// Off by the program's own switches without an edit: TEST_VM86 (vm86 mode), TEST_SSE (gcc -m32 on
// i686 defines no __SSE__), TEST_P4_FLAGS.
//
// The native run gets READ_IMPLIES_EXEC (`setarch -X`): test_self_modifying_code calls code in
// .data, which QEMU's program assumes executable as old i386 kernels made it.
//
// Exit status: 0 when the outputs are equal, 1 when they differ or either run fails, 2 on bad input.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import { isMainModule } from './driver-toolchain.js';

/** The files of QEMU's tests/tcg/i386 the program is built from. */
export const QEMU_I386_FILES = ['test-i386.c', 'test-i386.h', 'test-i386-shift.h', 'test-i386-muldiv.h', 'test-i386-code16.S', 'test-i386-vm86.S'] as const;

export interface Skip {
  readonly name: string;
  readonly why: string;
  readonly from: string;
  readonly to: string;
}

/** Named skips, applied to a copy of test-i386.c (see the header). */
export const SKIPS: readonly Skip[] = [
  { name: 'TEST_SEGS', why: 'test_segs and test_code16 need modify_ldt', from: '\n#define TEST_SEGS\n', to: '\n/* twindrivers skip: TEST_SEGS (modify_ldt) */\n' },
  { name: 'test_floats', why: 'x87: the emulator models no x87 state', from: '\n    test_floats();\n', to: '\n    /* twindrivers skip: test_floats (x87) */\n' },
  { name: 'test_exceptions', why: 'needs signal handlers', from: '\n    test_exceptions();\n', to: '\n    /* twindrivers skip: test_exceptions (signals) */\n' },
  { name: 'test_single_step', why: 'needs a SIGTRAP handler', from: '\n    test_single_step();\n', to: '\n    /* twindrivers skip: test_single_step (signals) */\n' },
];

/** A failure with the script's exit status: 2 for bad input, 1 for a failed build or run. */
export class QemuTestError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) { super(message); this.name = 'QemuTestError'; }
}

/** test-i386.c with every skip applied; an edit that does not match exactly once is an error. */
export function applySkips(source: string, file = 'test-i386.c'): string {
  let out = source;
  for (const s of SKIPS) {
    const at = out.indexOf(s.from);
    if (at < 0 || out.indexOf(s.from, at + 1) >= 0) {
      throw new QemuTestError(`${file}: skip ${s.name}: expected ${JSON.stringify(s.from.trim())} exactly once, found it ${at < 0 ? 'nowhere' : 'more than once'}`, 2);
    }
    out = out.slice(0, at) + s.to + out.slice(at + s.from.length);
  }
  return out;
}

export interface BuildResult {
  readonly exe: string;
  /** The gcc command line, as run. */
  readonly command: readonly string[];
}

/** Builds the skipped copy statically with gcc -m32 into workDir. */
export function buildQemuTest(srcDir: string, workDir: string, opt = '-O2'): BuildResult {
  const missing = QEMU_I386_FILES.filter((f) => !existsSync(path.join(srcDir, f)));
  if (missing.length) throw new QemuTestError(`${srcDir}: not a QEMU tests/tcg/i386 folder (missing ${missing.join(', ')})`, 2);
  const copy = path.join(workDir, 'test-i386.c');
  writeFileSync(copy, applySkips(readFileSync(path.join(srcDir, 'test-i386.c'), 'latin1'), path.join(srcDir, 'test-i386.c')), 'latin1');
  const exe = path.join(workDir, 'test-i386');
  // QEMU's Makefile: -fno-pie (non-PIC calls into 16-bit code), the three sources, -lm.
  const command = ['gcc', '-m32', '-static', opt, '-fno-strict-aliasing', '-fno-pie', '-no-pie', '-I', srcDir, '-o', exe,
    copy, path.join(srcDir, 'test-i386-code16.S'), path.join(srcDir, 'test-i386-vm86.S'), '-lm'];
  try {
    execFileSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
    throw new QemuTestError(`gcc failed:\n${err.split('\n').filter((l) => /error/i.test(l)).slice(0, 10).join('\n')}`);
  }
  return { exe, command };
}

/** The program's output on this machine's CPU (READ_IMPLIES_EXEC, see the header). */
export function runNative(exe: string): Buffer {
  const r = spawnSync('setarch', [os.machine(), '-X', exe], { maxBuffer: 1 << 28 });
  if (r.error) throw new QemuTestError(`native run: ${r.error.message}`);
  if (r.status !== 0) throw new QemuTestError(`native run: exit ${r.status ?? `signal ${r.signal}`}`);
  return r.stdout;
}

/** The program's output under `twindrivers emulate`, with its exit status and --stats line. */
export async function runEmulated(exe: string): Promise<{ out: Buffer; code: number; stats: string }> {
  const chunks: Buffer[] = [];
  let stats = '';
  const code = await main(['node', 'twindrivers', 'emulate', '--stats', exe], {
    stdout: (s) => { chunks.push(Buffer.from(s, 'latin1')); },
    stderr: (s) => { stats += s; },
    stdoutBytes: (b) => { chunks.push(Buffer.from(b)); },
  });
  return { out: Buffer.concat(chunks), code, stats };
}

export interface Comparison {
  readonly equal: boolean;
  readonly nativeLines: number;
  readonly emulatedLines: number;
  /** `cmp`'s verdict: "identical" or where the first difference is. */
  readonly verdict: string;
  /** Up to `max` differing line pairs (by line number; the outputs are line-aligned records). */
  readonly diffs: readonly string[];
}

export function compareOutputs(native: Buffer, emulated: Buffer, max = 20): Comparison {
  const lines = (b: Buffer): string[] => b.toString('latin1').split('\n');
  const count = (b: Buffer): number => b.reduce((n, c) => n + (c === 10 ? 1 : 0), 0);
  const n = lines(native), e = lines(emulated);
  let verdict = 'identical';
  if (!native.equals(emulated)) {
    let i = 0;
    while (i < native.length && i < emulated.length && native[i] === emulated[i]) i++;
    const line = native.subarray(0, i).reduce((k, c) => k + (c === 10 ? 1 : 0), 1);
    verdict = i === native.length || i === emulated.length ? `EOF on the ${i === native.length ? 'native' : 'emulated'} output after byte ${i}` : `differ: byte ${i + 1}, line ${line}`;
  }
  const diffs: string[] = [];
  for (let k = 0; k < Math.max(n.length, e.length) && diffs.length < max; k++) {
    if (n[k] !== e[k]) diffs.push(`${k + 1}: native   ${n[k] ?? '<none>'}\n${k + 1}: emulated ${e[k] ?? '<none>'}`);
  }
  return { equal: verdict === 'identical', nativeLines: count(native), emulatedLines: count(emulated), verdict, diffs };
}

async function cli(argv: string[]): Promise<number> {
  const args = argv.filter((a) => !a.startsWith('-O'));
  const opt = argv.find((a) => /^-O[0-3s]$/.test(a)) ?? '-O2';
  if (args.length !== 1) {
    process.stderr.write('usage: npm run qemu-test-i386 -- <QEMU source tree>/tests/tcg/i386 [-O0|-O1|-O2|-O3|-Os]\n');
    return 2;
  }
  const srcDir = path.resolve(args[0]!);
  const work = mkdtempSync(path.join(os.tmpdir(), 'twd-qemu-i386-'));
  try {
    const { exe, command } = buildQemuTest(srcDir, work, opt);
    process.stdout.write(`build: ${command.join(' ')}\n`);
    for (const s of SKIPS) process.stdout.write(`skip: ${s.name} (${s.why})\n`);
    const native = runNative(exe);
    const emu = await runEmulated(exe);
    process.stdout.write(emu.stats);
    if (emu.code !== 0) process.stdout.write(`emulated run: exit ${emu.code}\n`);
    const c = compareOutputs(native, emu.out);
    process.stdout.write(`lines: native ${c.nativeLines}, emulated ${c.emulatedLines}\ncmp: ${c.verdict}\n`);
    for (const d of c.diffs) process.stdout.write(`${d}\n`);
    writeFileSync(path.join(work, 'native.txt'), native);
    writeFileSync(path.join(work, 'emulated.txt'), emu.out);
    process.stdout.write(`outputs kept in ${work} (native.txt, emulated.txt)\n`);
    return c.equal && emu.code === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof QemuTestError) { process.stderr.write(`qemu-test-i386: ${e.message}\n`); return e.exitCode; }
    throw e;
  }
}

if (isMainModule(import.meta.url)) process.exitCode = await cli(process.argv.slice(2));
