// The static-ELF runner and `twindrivers emulate`: the benchmark workloads (built with gcc at test
// time, with a smaller pass count) print the same checksum as natively; bad files get clear errors.

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
void _start(void) { int r = sys(999, 0, 0, 0); sys(4, 2, (int)"err\\n", 4); sys(1, r == -38 ? 7 : 1, 0, 0); for (;;) {} }`);
    const exe = build('sys', src);
    const chunks: string[] = [];
    const res = emulateElf(new Uint8Array(readFileSync(exe)), { write: (fd, b) => { chunks.push(`${fd}:${Buffer.from(b).toString()}`); } });
    expect(res.exitCode).toBe(7);
    expect(chunks).toEqual(['2:err\n']);
    expect([...res.unknownSyscalls]).toEqual([[999, 1]]);
  });
  it('binary output is passed on byte for byte (every byte value, no UTF-8 decoding)', async () => {
    const src = join(dir, 'bytes.c');
    writeFileSync(src, `
static int sys(int n, int a, int b, int c) { int r; __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory"); return r; }
static unsigned char buf[256];
void _start(void) { for (int i = 0; i < 256; i++) buf[i] = (unsigned char)(255 - i); sys(4, 1, (int)buf, 256); sys(252, 0, 0, 0); for (;;) {} }`);
    const exe = build('bytes', src);
    const expected = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    let got = new Uint8Array(0);
    const res = emulateElf(new Uint8Array(readFileSync(exe)), { write: (_fd, b) => { got = Uint8Array.from([...got, ...b]); } });
    expect(res.exitCode).toBe(0);
    expect(Buffer.from(got).equals(Buffer.from(expected))).toBe(true);
    // Through the CLI: a string-only io gets one latin1 character per byte.
    const r = await run('emulate', exe);
    expect(Buffer.from(r.out, 'latin1').equals(Buffer.from(expected))).toBe(true);
  });
});

describe('static glibc programs', () => {
  const glibc = (name: string, code: string): string => {
    const src = join(dir, `${name}.c`);
    writeFileSync(src, code);
    const exe = join(dir, name);
    execFileSync('gcc', ['-m32', '-O2', '-static', '-o', exe, src], { stdio: ['ignore', 'ignore', 'pipe'] });
    return exe;
  };
  it('printf, malloc, TLS errno, argv and exit status as natively; no unknown system call', () => {
    const exe = glibc('libc', `#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
static __thread int tls = 7;
int main(int argc, char **argv) {
  char *p = malloc(100000); memset(p, 'x', 99999); p[99999] = 0;
  errno = 0; strtol("99999999999999999999", 0, 10);
  printf("argc %d %s len %zu errno %d tls %d %s\\n", argc, argv[1], strlen(p), errno == ERANGE, tls++, tls == 8 ? "ok" : "bad");
  for (int i = 0; i < 3; i++) { void *q = malloc(1 << (16 + i)); printf("%d %s\\n", i, q ? "ok" : "null"); free(q); }
  fprintf(stderr, "to stderr\\n");
  return 3;
}`);
    const native = spawnSync(exe, ['arg1'], { encoding: 'latin1' });
    let out = '', err = '';
    const res = emulateElf(new Uint8Array(readFileSync(exe)), { argv: [exe, 'arg1'], write: (fd, b) => { if (fd === 1) out += Buffer.from(b).toString('latin1'); else err += Buffer.from(b).toString('latin1'); } });
    expect(res.run.fault).toBeUndefined();
    expect(res.exitCode).toBe(native.status);
    expect(out).toBe(native.stdout);
    expect(err).toBe(native.stderr);
    expect([...res.unknownSyscalls]).toEqual([]);
    expect(res.syscalls.get('set_thread_area')).toBe(1);
  });

  it('/proc/self/exe reads as an absolute path, also when the program is named relatively', async () => {
    // glibc's static start-up asserts the link starts with '/' (_dl_get_origin) and aborts otherwise.
    const exe = glibc('exe', `#include <stdio.h>
#include <unistd.h>
int main(void) { char b[4096]; ssize_t n = readlink("/proc/self/exe", b, sizeof b); printf("%.*s\\n", (int)n, b); return 0; }`);
    const rel = relative(process.cwd(), exe);
    expect(rel.startsWith('/')).toBe(false);
    const native = spawnSync(rel, { encoding: 'latin1' });
    expect((await run('emulate', rel)).out).toBe(native.stdout);
    let out = '';
    const res = emulateElf(new Uint8Array(readFileSync(exe)), { argv: ['./exe'], write: (_fd, b) => { out += Buffer.from(b).toString('latin1'); } });
    expect(res.exitCode).toBe(0);
    expect(out).toBe('/exe\n');
  });
});

describe('twindrivers emulate', () => {
  it('prints the program output and exits with its status; --stats reports MIPS', async () => {
    const r = await run('emulate', '--stats', crc);
    expect(r.code).toBe(0);
    expect(r.out).toBe(execFileSync(crc, { encoding: 'utf8' }));
    expect(r.err).toMatch(/^\d+ instructions, [\d.]+ s, [\d.]+ MIPS \(start-up [\d.]+ s\)\nunknown system calls \(-ENOSYS\): 0\n$/);
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
