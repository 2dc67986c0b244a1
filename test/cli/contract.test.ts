// The CLI's contract, for every command: bad input (missing, a directory, empty, binary, an ELF
// object, position-independent, x86-64 and Intel-syntax code) gets ONE line on stderr and the exit
// code of the table in src/cli/errors.ts (which README reproduces); no stack trace ever; extra
// arguments and unknown options are usage errors; output paths are checked before any work; and
// the CLI's start-up imports none of the modules that do the work.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_TABLE } from '../../src/cli/errors.js';
import { run } from '../support/cli.js';
import { ROOT, tempDir } from '../support/paths.js';

const dir = tempDir('contract');
const C = 'int g; int arr[8];\nextern int ext(int);\nint f(int x) { g += x; return arr[x & 7] + ext(x); }\n';
writeFileSync(join(dir, 't.c'), C);
const gcc = (out: string, ...flags: string[]): string => {
  execFileSync('gcc', ['-O2', '-S', ...flags, '-o', join(dir, out), join(dir, 't.c')]);
  return join(dir, out);
};

type Kind = 'missing' | 'directory' | 'empty' | 'binary' | 'object' | 'pic' | 'x86-64' | 'intel';
const KINDS: readonly Kind[] = ['missing', 'directory', 'empty', 'binary', 'object', 'pic', 'x86-64', 'intel'];

/** One input of each kind, named like assembly (`.s`), and as C (`.c`) where that means something. */
const S: Record<Kind, string> = (() => {
  const p = (n: string): string => join(dir, n);
  mkdirSync(p('directory.s'));
  mkdirSync(p('directory.c'));
  writeFileSync(p('empty.s'), '');
  writeFileSync(p('empty.c'), '\n \n');
  const bin = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) & 0xff);
  writeFileSync(p('binary.s'), bin);
  writeFileSync(p('binary.c'), bin);
  const plain = gcc('plain.s', '-m32', '-fno-pic');
  execFileSync('as', ['--32', '-o', p('object.o'), plain]);
  return {
    missing: p('missing.s'), directory: p('directory.s'), empty: p('empty.s'), binary: p('binary.s'), object: p('object.o'),
    pic: gcc('pic.s', '-m32', '-fpic'), 'x86-64': gcc('x86-64.s', '-m64'), intel: gcc('intel.s', '-m32', '-fno-pic', '-masm=intel'),
  };
})();
const CFILE: Partial<Record<Kind, string>> = { missing: join(dir, 'missing.c'), directory: join(dir, 'directory.c'), empty: join(dir, 'empty.c'), binary: join(dir, 'binary.c') };

interface Want { readonly code: number; readonly err?: RegExp }
const bad = (err: RegExp): Want => ({ code: EXIT.input, err });
/** What an assembly-reading command says about each kind. */
const ASM: Record<Kind, Want> = {
  missing: bad(/^twindrivers: error: cannot read '.*missing\.s': no such file$/),
  directory: bad(/^twindrivers: error: cannot read '.*directory\.s': is a directory$/),
  empty: bad(/^twindrivers: error: '.*empty\.s' is empty$/),
  binary: bad(/^twindrivers: error: '.*binary\.s' is a binary file, not assembly text$/),
  object: bad(/^twindrivers: error: '.*object\.o' is an ELF file \(binary\), not assembly text$/),
  pic: bad(/^.*pic\.s:\d+:\d+: error: position-independent or thread-local code \('(_GLOBAL_OFFSET_TABLE_|\w+@\w+)'\).*-fno-pic/),
  'x86-64': bad(/^.*x86-64\.s:\d+:\d+: error: '%r\w+' is an x86-64 register: twindrivers takes 32-bit code \(gcc -m32\)$/),
  intel: bad(/^.*intel\.s:\d+:\d+: error: Intel syntax \(\.intel_syntax\): twindrivers takes AT&T syntax/),
};

interface Cmd {
  readonly argv: (kind: Kind) => string[];
  readonly want: Partial<Record<Kind, Want>>;
}
const notElf = bad(/^twindrivers: error: .*: not an ELF file \(magic [0-9a-f ]+, expected 7f 45 4c 46\)$/);
const notC = bad(/^twindrivers: error: '.*' is not a C file \(\.c\)/);
const notJson = bad(/^twindrivers: error: .*: not valid JSON/);
const COMMANDS: Record<string, Cmd> = {
  print: { argv: (k) => ['print', S[k]], want: { pic: { code: EXIT.ok } } },
  parse: { argv: (k) => ['parse', S[k]], want: { pic: { code: EXIT.ok } } },
  rewrite: { argv: (k) => ['rewrite', S[k]], want: {} },
  verify: { argv: (k) => ['verify', S[k]], want: { binary: bad(/binary file, not an ELF object or assembly text$/), object: { code: EXIT.failed } } },
  listing: { argv: (k) => ['listing', S[k]], want: { binary: bad(/binary file, not assembly text or an ELF object$/), object: { code: EXIT.ok } } },
  stats: { argv: (k) => ['stats', S[k]], want: {} },
  // An object is a module part the platform takes as it is; this one imports a symbol no dom0 ABI exports.
  run: { argv: (k) => ['run', '--config', 'twin', '--driver', S[k]], want: { object: bad(/^twindrivers: error: object: the module imports 1 symbol no kernel ABI of dom0 exports \(closest: mini, which lacks ext\)$/) } },
  inject: { argv: (k) => ['inject', '--faults', '1', '--driver', S[k]], want: {} },
  emulate: {
    argv: (k) => ['emulate', S[k]],
    want: { binary: notElf, pic: notElf, 'x86-64': notElf, intel: notElf, object: bad(/wrong ELF type 1 \(ET_REL\)/) },
  },
  cc: { argv: (k) => ['cc', CFILE[k] ?? S[k], '-o', join(dir, 'cc-out.s')], want: {
    missing: bad(/cannot read '.*missing\.c': no such file$/), directory: bad(/cannot read '.*directory\.c': is a directory$/),
    empty: bad(/'.*empty\.c' is empty$/), binary: bad(/'.*binary\.c' is a binary file, not C source$/),
    object: notC, pic: notC, 'x86-64': notC, intel: notC,
  } },
  report: { argv: (k) => ['report', '--json', '--campaign', S[k]], want: {
    binary: bad(/binary file, not JSON from `twindrivers inject --json`$/), object: bad(/ELF file \(binary\), not JSON/), pic: notJson, 'x86-64': notJson, intel: notJson,
  } },
};

/** No stack trace, no internal error; an error is exactly one line on stderr and nothing on stdout. */
function expectContract(r: { code: number; out: string; err: string }, want: Want, what: string): void {
  expect(r.err, what).not.toMatch(/\n\s+at |internal error/);
  expect(r.code, `${what}: ${r.err}`).toBe(want.code);
  if (want.err) {
    expect(r.err, what).toMatch(/^[^\n]+\n$/);
    expect(r.err.trimEnd(), what).toMatch(want.err);
    expect(r.out, what).toBe('');
  }
}

describe('bad input: one line, the documented exit code, for every command', () => {
  for (const [name, cmd] of Object.entries(COMMANDS)) {
    it(name, async () => {
      for (const k of KINDS) {
        const argv = cmd.argv(k);
        expectContract(await run(...argv), cmd.want[k] ?? ASM[k], argv.join(' '));
      }
    });
  }
});

describe('usage errors: exit 2, one line', () => {
  const good = gcc('good.s', '-m32', '-fno-pic');
  const usage = { code: EXIT.usage, err: /^twindrivers: error: / };
  it('extra arguments and unknown options, for every command', async () => {
    const base: Record<string, string[]> = {
      demo: ['demo'], cc: ['cc', join(dir, 't.c')], print: ['print', good], parse: ['parse', good], rewrite: ['rewrite', good], verify: ['verify', good],
      listing: ['listing', good], run: ['run', '--config', 'native'], inject: ['inject', '--faults', '1'], stats: ['stats', good],
      report: ['report'], emulate: ['emulate', join(dir, 'object.o')],
    };
    for (const argv of Object.values(base)) {
      // parse, verify, rewrite and stats take many files; emulate passes what follows the program on to it.
      const variadic = ['parse', 'verify', 'rewrite', 'stats', 'emulate'].includes(argv[0]!);
      if (!variadic) expectContract(await run(...argv, 'extra'), { code: EXIT.usage, err: /too many arguments/ }, `${argv.join(' ')} extra`);
      expectContract(await run(...argv, '--no-such-option'), { code: EXIT.usage, err: /unknown option '--no-such-option'/ }, argv.join(' '));
    }
    expectContract(await run('frob'), { code: EXIT.usage, err: /unknown command 'frob'/ }, 'frob');
  });
  it('options that do not apply', async () => {
    for (const argv of [
      ['run', '--config', 'native', '--guests', '2'], ['run', '--config', 'dom0', '--upcalls', '1'],
      ['stats', good, '--no-dynamic', '--packets', '10'], ['stats', '--no-dynamic', '--size', '60'],
      ['report', '--campaign', 'x.json', '--faults', '3'], ['report', '--faults', '0', '--seed', '2'],
      ['demo', '--faults', '0', '--seed', '2'], ['inject', '--faults', '1', '--json', '--jsonl'],
      ['listing', join(dir, 'object.o'), '--original'], ['listing', good, '--original', '--port-io', 'helpers'],
      ['parse', good, '--functions'], ['cc', '--print-flags', join(dir, 't.c')], ['cc'],
    ]) expectContract(await run(...argv), usage, argv.join(' '));
  });
});

describe('output paths are checked before any work', () => {
  it('a folder that does not exist or an output that is a folder: exit 1, even when the input is bad too', async () => {
    const nowhere = join(dir, 'no-such-dir', 'out');
    const want = (opt: string): Want => bad(new RegExp(`^twindrivers: error: ${opt}: cannot write '.*(no-such-dir.*': no such directory|directory\\.s': is a directory)`));
    for (const [argv, opt] of [
      [['rewrite', S.binary, '-o', nowhere], '-o'], [['rewrite', S.binary, '--report', nowhere], '--report'], [['print', S.binary, '-o', S.directory], '-o'],
      [['listing', S.binary, '-o', nowhere], '-o'], [['cc', CFILE.binary!, '-o', nowhere], '-o'], [['report', '--campaign', S.binary, '-o', nowhere], '-o'],
    ] as const) expectContract(await run(...argv), want(opt), argv.join(' '));
  });
});

describe('verify --json', () => {
  it('has one shape for one file and for several', async () => {
    const good = gcc('v.s', '-m32', '-fno-pic');
    const one = JSON.parse((await run('verify', '--json', good)).out);
    const two = JSON.parse((await run('verify', '--json', good, S.missing)).out);
    for (const j of [one, two]) expect(Object.keys(j).sort()).toEqual(['files', 'ok']);
    expect(one.files).toHaveLength(1);
    expect(two.files).toHaveLength(2);
    expect(two.files[1]).toMatchObject({ ok: false, error: [expect.stringMatching(/no such file/)] });
  });
});

describe('exit codes', () => {
  it('README shows the table the code follows', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `?(\d+|\*)`? \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(EXIT_TABLE.map(([c, m]) => [c, m]));
  });
});

describe('start-up', () => {
  /** Modules the CLI may load before a command runs: its own, and constant tables. */
  const LIGHT = new Set(['src/asm/diagnostics.ts', 'src/util/paths.ts', 'src/platform/configs.ts', 'src/platform/bundled.ts', 'src/inject/types.ts', 'src/report/types.ts']);
  it('imports nothing that does the work until a command runs', () => {
    const seen = new Set<string>();
    const todo = ['src/cli/main.ts'];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const text = readFileSync(join(ROOT, f), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'(\.[^']+)'/gms)) {
        todo.push(relative(ROOT, normalize(join(ROOT, dirname(f), m[1]!.replace(/\.js$/, '.ts')))));
      }
    }
    const heavy = [...seen].filter((f) => !f.startsWith('src/cli/') && !LIGHT.has(f));
    expect(heavy).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
  });
});
