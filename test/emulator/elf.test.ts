// The static-ELF runner and `twindrivers emulate`: the benchmark workloads (built with gcc at test
// time, with a smaller pass count) print the same checksum as natively; bad files get clear errors.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emulateElf, parseElfExec } from '../../src/emulator/index.js';
import { tempDir, WORKLOADS } from '../support/paths.js';
import { main } from '../../src/cli/main.js';

const dir = tempDir('emu-elf');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await main(['node', 'twindrivers', ...args], { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

function build(name: string, src: string, defs: string[] = []): string {
  const exe = join(dir, name);
  execFileSync('gcc', ['-m32', '-O2', '-nostdlib', '-static', '-fno-pie', '-no-pie', '-fno-stack-protector', ...defs, '-o', exe, src], { stdio: ['ignore', 'ignore', 'pipe'] });
  return exe;
}

const crc = build('crc20', join(WORKLOADS, 'crc.c'), ['-DITERS=20']);
const mix = build('mix', join(WORKLOADS, 'mix.c'));

describe('emulateElf', () => {
  it('crc (20 passes) and mix print the native checksums', () => {
    for (const exe of [crc, mix]) {
      const native = execFileSync(exe, { encoding: 'utf8' });
      let out = '';
      const res = emulateElf(new Uint8Array(readFileSync(exe)), { write: (_fd, b) => { out += Buffer.from(b).toString(); } });
      expect(res.exitCode).toBe(0);
      expect(out).toBe(native);
      expect(res.executed).toBeGreaterThan(1_000_000);
    }
  });
  it('exit status, stderr and unknown system calls (-ENOSYS)', () => {
    const src = join(dir, 'sys.c');
    writeFileSync(src, `
static int sys(int n, int a, int b, int c) { int r; __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory"); return r; }
void _start(void) { int r = sys(20, 0, 0, 0); sys(4, 2, (int)"err\\n", 4); sys(1, r == -38 ? 7 : 1, 0, 0); for (;;) {} }`);
    const exe = build('sys', src);
    const chunks: string[] = [];
    const res = emulateElf(new Uint8Array(readFileSync(exe)), { write: (fd, b) => { chunks.push(`${fd}:${Buffer.from(b).toString()}`); } });
    expect(res.exitCode).toBe(7);
    expect(chunks).toEqual(['2:err\n']);
  });
});

describe('twindrivers emulate', () => {
  it('prints the program output and exits with its status; --stats reports MIPS', async () => {
    const r = await run('emulate', '--stats', crc);
    expect(r.code).toBe(0);
    expect(r.out).toBe(execFileSync(crc, { encoding: 'utf8' }));
    expect(r.err).toMatch(/^\d+ instructions, [\d.]+ s, [\d.]+ MIPS\n$/);
  });
  it('--max-insns stops a run with exit 124', async () => {
    const r = await run('emulate', '--max-insns', '1000', mix);
    expect(r.code).toBe(124);
    expect(r.err).toMatch(/stopped after 1000 instructions/);
    expect((await run('emulate', '--max-insns', 'x', mix)).code).toBe(2);
  });
  it('bad input names the offending value and exits 1', async () => {
    const text = join(dir, 'text');
    writeFileSync(text, 'hello world, not an ELF file at all........................................');
    const a = await run('emulate', text);
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/not an ELF file \(magic 68 65 6c 6c, expected 7f 45 4c 46\)/);
    const elf = readFileSync(crc);
    const c64 = Buffer.from(elf); c64[4] = 2;
    writeFileSync(join(dir, 'c64'), c64);
    expect((await run('emulate', join(dir, 'c64'))).err).toMatch(/wrong ELF class 2 \(ELFCLASS64\); expected 1/);
    const arm = Buffer.from(elf); arm.writeUInt16LE(40, 18);
    writeFileSync(join(dir, 'arm'), arm);
    expect((await run('emulate', join(dir, 'arm'))).err).toMatch(/wrong ELF machine 40; expected 3 \(EM_386\)/);
    writeFileSync(join(dir, 'trunc'), elf.subarray(0, 30));
    expect((await run('emulate', join(dir, 'trunc'))).err).toMatch(/truncated ELF file/);
    const rel = Buffer.from(elf); rel.writeUInt16LE(1, 16);
    expect(() => parseElfExec(new Uint8Array(rel))).toThrow(/wrong ELF type 1 \(ET_REL\)/);
    const missing = await run('emulate', join(dir, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read .*nope.*no such file/);
  });
  it('a faulting program exits 139 with the fault on stderr', async () => {
    const src = join(dir, 'segv.c');
    writeFileSync(src, 'void _start(void) { *(volatile int *)16 = 1; for (;;) {} }');
    const r = await run('emulate', build('segv', src));
    expect(r.code).toBe(139);
    expect(r.err).toMatch(/#PF at eip 0x[0-9a-f]+: write to 0x10 \(not present, user\)/);
  });
});
