// Owns `npm run build:linux`: the real Linux 6.1 e1000 driver as test input. In a kernel tree
// outside the repository (--tree DIR, $TWINDRIVERS_LINUX_TREE, or the system temp directory)
// unpacked from Debian's linux-source-6.1 tarball, it runs the unchanged
// `make ARCH=i386 defconfig` and `make ARCH=i386 prepare`, then kbuild's
// `make ARCH=i386 drivers/net/ethernet/intel/e1000/<unit>.s` for the four units (the kernel's own
// flags, the machine's gcc), and compiles the two layout probes there with the same flags.
// Outputs (all committed): drivers/linux/e1000/<unit>.s, src/platform/linux/layout.generated.ts,
// src/platform/linux/e1000-hw.generated.ts. `--check` builds the same in the tree and exits 1
// if any committed file differs (2 for a failed build: no tarball, compile error, bad option).
// Invariant: the committed files are byte-for-byte what the build printed (no post-processing
// of the .s); the generated modules hold only numbers gcc computed.

import fs from 'node:fs';
import path from 'node:path';
import { firstDifference, isMainModule, PROJECT_ROOT } from './driver-toolchain.js';
import {
  BuildError, compileProbe, configValue, configure, DEFAULT_TARBALL, DEFAULT_TREE, E1000_DIR, E1000_UNITS,
  ensureTree, gccVersion, kernelVersion, makeAssembly, sourcePackageVersion, TREE_ENV, type TreeOptions,
} from './build-linux/kernel-tree.js';
import { e1000HwProbe, numericMacros, parseMarkers, renderE1000Hw, renderKernelLayout, type RenderContext } from './build-linux/layout.js';

export const LINUX_E1000_DIR = 'drivers/linux/e1000';
export const KERNEL_PROBE = 'drivers/linux/probe/kernel-layout.c';
export const LAYOUT_MODULE = 'src/platform/linux/layout.generated.ts';
export const E1000_HW_MODULE = 'src/platform/linux/e1000-hw.generated.ts';

/** Project-relative path → content the build produced. */
export type Outputs = Map<string, string>;

/** Builds everything in the tree; returns the outputs (nothing is written to the project). */
export function buildLinux(opts: TreeOptions): Outputs {
  ensureTree(opts, PROJECT_ROOT);
  configure(opts);
  if (configValue(opts.tree, 'CONFIG_E1000') !== 'y') throw new BuildError('defconfig no longer builds the e1000 in (CONFIG_E1000 is not y)');
  const out: Outputs = new Map();
  const asm = makeAssembly(opts, E1000_UNITS.map((u) => `${E1000_DIR}/${u}.s`));
  for (const u of E1000_UNITS) out.set(`${LINUX_E1000_DIR}/${u}.s`, asm.get(`${E1000_DIR}/${u}.s`)!);

  const ctx: RenderContext = {
    provenance: [
      `Built from Debian ${describeSource(opts.tree)}, \`make ARCH=i386 defconfig\`, with ${gccVersion()}.`,
      'Regenerate: `npm run build:linux`; check: `npm run build:linux -- --check`.',
    ],
  };
  opts.log(`probe ${KERNEL_PROBE}`);
  const kernelProbe = fs.readFileSync(path.join(PROJECT_ROOT, KERNEL_PROBE), 'utf8');
  out.set(LAYOUT_MODULE, renderKernelLayout(parseMarkers(compileProbe(opts, 'twindrivers_kernel_layout', kernelProbe), KERNEL_PROBE), ctx));

  opts.log(`probe ${E1000_DIR}/e1000_hw.h`);
  const names = numericMacros(fs.readFileSync(path.join(opts.tree, E1000_DIR, 'e1000_hw.h'), 'utf8'));
  const hwAsm = compileProbe(opts, 'twindrivers_e1000_hw', e1000HwProbe(names));
  out.set(E1000_HW_MODULE, renderE1000Hw(parseMarkers(hwAsm, `${E1000_DIR}/e1000_hw.h probe`), ctx));
  return out;
}

function describeSource(tree: string): string {
  const pkg = sourcePackageVersion();
  return `linux-source-6.1${pkg ? ` ${pkg}` : ''} (Linux ${kernelVersion(tree)})`;
}

/** Compares outputs with the committed files; returns one message per stale or missing file. */
export function compareWithCommitted(outputs: Outputs): string[] {
  const problems: string[] = [];
  for (const [rel, fresh] of outputs) {
    const file = path.join(PROJECT_ROOT, rel);
    if (!fs.existsSync(file)) { problems.push(`${rel} is missing`); continue; }
    const diff = firstDifference(fs.readFileSync(file, 'utf8'), fresh);
    if (diff) problems.push(`${rel} differs from the build (first difference at line ${diff.line}):\n  committed: ${diff.expected}\n  built:     ${diff.actual}`);
  }
  return problems;
}

interface Cli { check: boolean; tree: string; tarball: string; jobs: number; quiet: boolean }

function parseArgs(argv: readonly string[]): Cli {
  const cli: Cli = { check: false, tree: process.env[TREE_ENV] || DEFAULT_TREE, tarball: DEFAULT_TARBALL, jobs: 2, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new BuildError(`${a} needs a value`);
      return v;
    };
    if (a === '--check') cli.check = true;
    else if (a === '--quiet') cli.quiet = true;
    else if (a === '--tree') cli.tree = path.resolve(value());
    else if (a === '--tarball') cli.tarball = path.resolve(value());
    else if (a === '--jobs') {
      const v = value();
      cli.jobs = Number(v);
      if (!Number.isInteger(cli.jobs) || cli.jobs < 1) throw new BuildError(`--jobs needs a positive integer, got '${v}'`);
    } else throw new BuildError(`unknown option '${a}' (options: --check, --tree DIR, --tarball FILE, --jobs N, --quiet)`);
  }
  return cli;
}

function main(argv: readonly string[]): number {
  const cli = parseArgs(argv);
  const started = Date.now();
  const log = cli.quiet ? (): void => {} : (line: string): void => console.log(line);
  const outputs = buildLinux({ tree: cli.tree, tarball: cli.tarball, jobs: cli.jobs, log });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (cli.check) {
    const problems = compareWithCommitted(outputs);
    for (const p of problems) console.error(p);
    if (problems.length) {
      console.error('Run `npm run build:linux` and commit the result.');
      return 1;
    }
    console.log(`${outputs.size} committed files are what the build produces (${seconds} s)`);
    return 0;
  }
  for (const [rel, text] of outputs) {
    const file = path.join(PROJECT_ROOT, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    log(`wrote ${rel} (${text.length} bytes)`);
  }
  log(`build:linux done in ${seconds} s`);
  return 0;
}

if (isMainModule(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`build:linux: ${(error as Error).message}`);
    process.exitCode = error instanceof BuildError ? 2 : 1;
  }
}
