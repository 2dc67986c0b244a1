// Owns the Linux 6.1 kernel tree that `npm run build:linux` builds in: finding Debian's
// linux-source-6.1 tarball, unpacking it into a directory OUTSIDE the repository, configuring
// it with the unchanged `make ARCH=i386 defconfig` + `make ARCH=i386 prepare`, and running
// kbuild's single-target rule `make ARCH=i386 <dir>/<file>.s` (the kernel's own flags, the
// machine's gcc).
// Invariants: the tree is never inside the project (refused), and nothing that names its path
// reaches a committed file: kbuild runs from the tree root on tree-relative paths (so the .s
// holds only paths like drivers/net/...), and the caller copies outputs by content.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Debian's package and the tarball it installs. */
export const SOURCE_PACKAGE = 'linux-source-6.1';
export const DEFAULT_TARBALL = path.join(path.sep, 'usr', 'src', `${SOURCE_PACKAGE}.tar.xz`);
/** Default tree: the system temporary directory (never the project). */
export const DEFAULT_TREE = path.join(os.tmpdir(), 'twindrivers-linux-6.1');
/** Environment variable that overrides DEFAULT_TREE (the --tree option wins over it). */
export const TREE_ENV = 'TWINDRIVERS_LINUX_TREE';

/** The e1000 driver's directory in the tree and its four compilation units. */
export const E1000_DIR = 'drivers/net/ethernet/intel/e1000';
export const E1000_UNITS = ['e1000_main', 'e1000_hw', 'e1000_ethtool', 'e1000_param'] as const;

const MAKE_ENV: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C', ARCH: 'i386' };
delete MAKE_ENV.KCFLAGS;
delete MAKE_ENV.KCPPFLAGS;
delete MAKE_ENV.CROSS_COMPILE;

export class BuildError extends Error {}

export interface TreeOptions {
  readonly tree: string;
  readonly tarball: string;
  readonly jobs: number;
  readonly log: (line: string) => void;
}

function run(cmd: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(cmd, [...args], { cwd, env: MAKE_ENV, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stderr?: string | Buffer; stdout?: string | Buffer; message: string };
    const out = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new BuildError(`${cmd} ${args.join(' ')} failed (in ${cwd}):\n${out || e.message}`);
  }
}

/** Version of the installed source package (dpkg), or undefined when dpkg does not know it. */
export function sourcePackageVersion(): string | undefined {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', SOURCE_PACKAGE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `make kernelversion` of the tree (e.g. 6.1.192). */
export function kernelVersion(tree: string): string {
  return run('make', ['-s', 'kernelversion'], tree).trim();
}

/** First line of `gcc --version`. */
export function gccVersion(): string {
  return run('gcc', ['--version'], os.tmpdir()).split('\n')[0] ?? 'unknown gcc';
}

function refuseInside(tree: string, projectRoot: string): void {
  const rel = path.relative(projectRoot, tree);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new BuildError(`the kernel tree ${tree} must be outside the repository (${projectRoot}); pass --tree DIR or set ${TREE_ENV}`);
  }
}

const STAMP = '.twindrivers-source';

/**
 * Makes `opts.tree` hold the unpacked tarball (top directory stripped). A stamp records which
 * tarball (size and mtime) was unpacked; a different tarball unpacks afresh.
 */
export function ensureTree(opts: TreeOptions, projectRoot: string): void {
  refuseInside(path.resolve(opts.tree), projectRoot);
  if (!fs.existsSync(opts.tarball)) {
    throw new BuildError(`${opts.tarball} not found: install Debian's kernel source with \`apt-get install -y ${SOURCE_PACKAGE}\` (or pass --tarball FILE)`);
  }
  const st = fs.statSync(opts.tarball);
  const stamp = `${path.basename(opts.tarball)} ${st.size} ${Math.floor(st.mtimeMs)}\n`;
  const stampPath = path.join(opts.tree, STAMP);
  if (fs.existsSync(stampPath) && fs.readFileSync(stampPath, 'utf8') === stamp && fs.existsSync(path.join(opts.tree, 'Makefile'))) return;
  opts.log(`unpacking ${opts.tarball} into ${opts.tree}`);
  fs.rmSync(opts.tree, { recursive: true, force: true });
  fs.mkdirSync(opts.tree, { recursive: true });
  run('tar', ['-xf', opts.tarball, '-C', opts.tree, '--strip-components=1'], opts.tree);
  fs.writeFileSync(stampPath, stamp);
}

/** `make ARCH=i386 defconfig` and `make ARCH=i386 prepare` (both incremental in make's sense). */
export function configure(opts: TreeOptions): void {
  opts.log('make ARCH=i386 defconfig');
  run('make', ['ARCH=i386', 'defconfig'], opts.tree);
  opts.log('make ARCH=i386 prepare');
  run('make', ['ARCH=i386', `-j${opts.jobs}`, 'prepare'], opts.tree);
}

/** kbuild's single-target `.s` rule for tree-relative targets; returns each output's text. */
export function makeAssembly(opts: TreeOptions, targets: readonly string[]): Map<string, string> {
  for (const t of targets) fs.rmSync(path.join(opts.tree, t), { force: true });
  opts.log(`make ARCH=i386 ${targets.join(' ')}`);
  run('make', ['ARCH=i386', `-j${opts.jobs}`, ...targets], opts.tree);
  const out = new Map<string, string>();
  for (const t of targets) out.set(t, fs.readFileSync(path.join(opts.tree, t), 'utf8'));
  return out;
}

/** Value of a CONFIG_ option in the tree's .config ('y', 'm', a string, or undefined). */
export function configValue(tree: string, option: string): string | undefined {
  const text = fs.readFileSync(path.join(tree, '.config'), 'utf8');
  const m = new RegExp(`^${option}=(.*)$`, 'm').exec(text);
  return m?.[1];
}

/** Writes a probe source next to the e1000 sources, builds its .s, removes both; returns the .s text. */
export function compileProbe(opts: TreeOptions, name: string, source: string): string {
  const c = path.join(opts.tree, E1000_DIR, `${name}.c`);
  fs.writeFileSync(c, source);
  try {
    return makeAssembly(opts, [`${E1000_DIR}/${name}.s`]).get(`${E1000_DIR}/${name}.s`)!;
  } finally {
    for (const f of [c, path.join(opts.tree, E1000_DIR, `${name}.s`), path.join(opts.tree, E1000_DIR, `.${name}.s.cmd`)]) fs.rmSync(f, { force: true });
  }
}
