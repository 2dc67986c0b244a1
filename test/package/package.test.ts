// The npm package as a user gets it: `npm pack` of the package's inputs (copied, so the working
// dist/ is not touched), installed into a project of its own. A strict TypeScript file importing
// { rewrite, verify } from 'twindrivers' type-checks against the shipped .d.ts (and a wrong use
// does not); the library and the bin run from the installed package; the package holds LICENSE,
// no source maps, no test inputs.

import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/paths.js';

const INPUTS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE', 'bin', 'src', 'drivers'];
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const work = tempDir('package');
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'twindrivers');
let files: string[] = [];

/** Long child processes run asynchronously: the test worker must keep answering vitest meanwhile. */
const exec = promisify(execFile);

const tsc = async (project: string): Promise<{ code: number; out: string }> => {
  try {
    return { code: 0, out: (await exec(process.execPath, [TSC, '-p', project], { cwd: consumer, encoding: 'utf8' })).stdout };
  } catch (e) {
    const x = e as { code: number; stdout: string };
    return { code: x.code, out: x.stdout };
  }
};

const tsconfig = (...files: string[]): string => JSON.stringify({
  compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
  files,
});

beforeAll(async () => {
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const f of INPUTS) cpSync(join(ROOT, f), join(stage, f), { recursive: true, filter: (s) => !s.endsWith('.o') });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const packed = JSON.parse((await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: stage, encoding: 'utf8', maxBuffer: 64 << 20 })).stdout) as { filename: string; files: { path: string }[] }[];
  files = packed[0]!.files.map((f) => f.path);
  mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed[0]!.filename), '-C', join(consumer, 'node_modules')]);
  renameSync(join(consumer, 'node_modules', 'package'), installed);
  // The runtime dependencies and Node's types, as `npm install` would have put them.
  const deps = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  for (const dep of deps) symlinkSync(join(ROOT, 'node_modules', dep), join(consumer, 'node_modules', dep), 'dir');
  for (const t of readdirSync(join(ROOT, 'node_modules', '@types'))) symlinkSync(join(ROOT, 'node_modules', '@types', t), join(consumer, 'node_modules', '@types', t), 'dir');
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module", "private": true }\n');
}, 180_000);

describe('the npm package', () => {
  it('ships the built library with its declarations and LICENSE, and no source maps or test inputs', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/twindrivers.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'drivers/e1000like/e1000like.s', 'drivers/include/linux/netdevice.h']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /^(test|bench|scripts|src)\//.test(f) || f.endsWith('.o'))).toEqual([]);
    expect(readFileSync(join(installed, 'dist', 'index.js'), 'utf8')).not.toMatch(/sourceMappingURL/);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('a strict TypeScript file importing { rewrite, verify } type-checks, and README\'s example; a wrong use does not', async () => {
    writeFileSync(join(consumer, 'ok.ts'), `
import { readFileSync } from 'node:fs';
import { rewrite, verify, parse, print, type RewriteResult, type VerifyResult } from 'twindrivers';
const file: string = process.argv[2] ?? 'driver.s';
const result: RewriteResult = rewrite(parse(file, readFileSync(file, 'utf8')), { annotate: true });
const checked: VerifyResult = verify(result.program);
const translated: number = result.report.total.translated;
const text: string = print(result.program);
console.log(checked.ok, translated, text.length, checked.violations.map((v) => v.rule));
`);
    writeFileSync(join(consumer, 'bad.ts'), `
import { rewrite, verify } from 'twindrivers';
const n: number = rewrite({ file: 'x', items: [] }).report.file;
verify('not a program');
`);
    // README's example must type-check as it is.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    writeFileSync(join(consumer, 'readme.ts'), /## Library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!);
    // One run for all files (tsc loads the declarations once): errors in bad.ts only, exactly these.
    writeFileSync(join(consumer, 'tsconfig.json'), tsconfig('ok.ts', 'readme.ts', 'bad.ts'));
    const r = await tsc('tsconfig.json');
    expect(r.code).not.toBe(0);
    const errors = r.out.split('\n').filter((l) => /error TS/.test(l)).map((l) => l.replace(/: error (TS\d+):.*/, ' $1'));
    expect(errors).toEqual(['bad.ts(3,7) TS2322', 'bad.ts(4,8) TS2345']);
  });

  it('runs from the installed package: the library, and the bin on the bundled driver', () => {
    writeFileSync(join(consumer, 'run.mjs'), `
import { assemble, parse, parseObject, print, rewrite, verify } from 'twindrivers';
const src = '\\t.text\\n\\t.globl\\tf\\n\\t.type\\tf, @function\\nf:\\n\\tmovl\\t4(%eax), %eax\\n\\tret\\n\\t.size\\tf, .-f\\n';
const r = rewrite(parse('f.s', src));
const obj = parseObject(assemble('f.svm', print(r.program)), 'f.svm.o');
console.log(JSON.stringify({ translated: r.report.total.translated, ok: verify(obj).ok, unsafe: verify(parseObject(assemble('f', src), 'f.o')).ok }));
`);
    const out = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: consumer, encoding: 'utf8' }));
    expect(out).toEqual({ translated: 1, ok: true, unsafe: false });
    const bin = join(installed, 'bin', 'twindrivers.js');
    const stats = execFileSync(process.execPath, [bin, 'stats', '--no-dynamic'], { cwd: consumer, encoding: 'utf8' });
    expect(stats).toMatch(/^e1000like\.s: static expansion/);
    const flags = execFileSync(process.execPath, [bin, 'cc', '--print-flags'], { cwd: consumer, encoding: 'utf8' });
    expect(flags).toContain(`-I node_modules/twindrivers/drivers/include`);
  });
});
