// The driver module a platform run loads, from its parts: the bundled drivers by name (`e1000like`,
// the sample driver; `e1000`, the Linux 6.1 e1000's four compilation units) or the files a user
// gives. Each assembly part is assembled as it is (the original) and rewritten, printed and
// assembled (the SVM version), both with GNU as --32; an object part (`.o`, or any ELF file) is
// taken as it is in both versions (the rewriter takes assembly; the verifier checks whatever the
// hypervisor instance would run, parts given as objects included). The parts of each version are
// joined into one module by the loader (src/loader/module.ts, `ld -r`, as kbuild links a driver's
// objects). Results are cached per parts' contents for the life of the process.

import type { SvmMode } from '../svm-runtime/abi.js';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Program } from '../asm/ir.js';
import { parse } from '../asm/parser.js';
import { print } from '../asm/printer.js';
import { parseObject, type ObjectFile } from '../loader/elf.js';
import { linkModule } from '../loader/module.js';
import { addCounters, emptyCounters, rewrite, type RewriteOptions, type RewriteReport } from '../rewriter/rewrite.js';
import { projectRoot, sampleDriverAsm } from '../util/paths.js';
import { abiOfImports, type AbiName } from './dom0/abi.js';
import { BUNDLED_DRIVERS, isBundledName, type BundledDriver } from './bundled.js';

export { BUNDLED_DRIVERS, BUNDLED_NAMES, isBundledName, type BundledDriver } from './bundled.js';

/** What a module is made of: a bundled driver or files. */
export interface DriverSpec {
  /** Module name (a bundled name, or the first part's base name). */
  readonly name: string;
  /** Absolute or user-given paths of the parts, in link order. */
  readonly parts: readonly string[];
  readonly bundled: BundledDriver | null;
}

/** The module `args` names: one bundled name, or one or more files (default: the sample driver). */
export function driverSpec(args?: string | readonly string[] | DriverSpec): DriverSpec {
  if (args !== undefined && typeof args === 'object' && !Array.isArray(args)) return args as DriverSpec;
  const list: readonly string[] = args === undefined ? ['e1000like'] : typeof args === 'string' ? [args] : (args as readonly string[]);
  if (list.length === 0) return driverSpec('e1000like');
  if (list.length === 1 && isBundledName(list[0]!)) {
    const b = list[0]!;
    return { name: b, parts: BUNDLED_DRIVERS[b].parts.map((p) => join(projectRoot(), p)), bundled: b };
  }
  const named = list.find(isBundledName);
  if (named) throw new DriverError(`the bundled driver '${named}' cannot be combined with other parts (${list.filter((x) => x !== named).join(', ')})`);
  const sample = list.length === 1 && list[0] === sampleDriverAsm();
  return { name: basename(list[0]!).replace(/\.[^.]*$/, ''), parts: [...list], bundled: sample ? 'e1000like' : null };
}

export interface DriverPart {
  readonly source: string;
  readonly kind: 'asm' | 'object';
  /** Rewrite report of an assembly part (null for an object part). */
  readonly report: RewriteReport | null;
  /** Rewritten assembly text (what was assembled); '' for an object part. */
  readonly rewrittenAsm: string;
}

export interface DriverObjects {
  /** The module's name for messages: a bundled name, or the single file's path, or `a.s+b.s...`. */
  readonly source: string;
  readonly spec: DriverSpec;
  readonly parts: readonly DriverPart[];
  /** How the rewritten version's memory operands are made safe (RewriteOptions.svm). */
  readonly svm: SvmMode;
  /** The kernel ABI whose exports the module's imports are (dom0 speaks it). */
  readonly abi: AbiName;
  readonly original: ObjectFile;
  readonly rewritten: ObjectFile;
  /** Rewrite report of the module (functions of every assembly part; totals summed). */
  readonly report: RewriteReport;
  /** Rewritten assembly text of a one-part module (every part's, concatenated, otherwise). */
  readonly rewrittenAsm: string;
  readonly originalBytes: Uint8Array;
  readonly rewrittenBytes: Uint8Array;
}

/** The driver given cannot be built or brought up on the platform (the message names the driver and why). */
export class DriverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriverError';
  }
}

const cache = new Map<string, DriverObjects>();
let dir: string | null = null;

/** GNU as --32 on `text`; the object bytes, or an Error carrying as's first messages. */
export function assemble(name: string, text: string): Uint8Array {
  dir ??= mkdtempSync(join(tmpdir(), 'twindrivers-objs-'));
  const s = join(dir, `${name}.s`), o = join(dir, `${name}.o`);
  writeFileSync(s, text);
  try {
    execFileSync('as', ['--32', '-o', o, s], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = (e as { stderr?: Buffer }).stderr?.toString() ?? String(e);
    throw new DriverError(`as --32 failed on ${name}: ${err.split('\n').slice(0, 5).join('\n')}`);
  }
  return new Uint8Array(readFileSync(o));
}

const isElfBytes = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;

/** The module report of several parts: every function, totals summed. */
function moduleReport(name: string, reports: readonly RewriteReport[]): RewriteReport {
  if (reports.length === 1) return reports[0]!;
  const total = emptyCounters();
  for (const r of reports) addCounters(total, r.total);
  return { file: name, functions: reports.flatMap((r) => r.functions), total };
}

/**
 * The original and rewritten module of `source` (a bundled name, files, or a spec; default: the
 * sample driver), each part rewritten with `opts` (the bundled e1000 always routes its port I/O
 * through the checked helpers: its e1000_io_write is an `outl`).
 */
export function driverObjects(source?: string | readonly string[] | DriverSpec, opts: RewriteOptions = {}): DriverObjects {
  const spec = driverSpec(source);
  const ropts: RewriteOptions = spec.bundled === 'e1000' ? { ...opts, portIo: 'helpers' } : opts;
  const contents = spec.parts.map((p) => {
    if (!existsSync(p)) throw new DriverError(`cannot read '${p}': no such file`);
    return new Uint8Array(readFileSync(p));
  });
  const h = createHash('sha256');
  for (const c of contents) h.update(c).update('\0');
  const key = h.update(JSON.stringify(ropts)).digest('hex').slice(0, 16);
  const hit = cache.get(key);
  if (hit) return hit;
  const parts: DriverPart[] = [];
  const orig: { file: string; bytes: Uint8Array }[] = [];
  const svm: { file: string; bytes: Uint8Array }[] = [];
  const programs = spec.parts.map((source, i) => (isElfBytes(contents[i]!) ? null : parse(source, Buffer.from(contents[i]!).toString('utf8'))));
  // A call from one part to a function of another is a call into the module (its return site listed).
  const moduleSymbols = spec.parts.length > 1 ? definedSymbols(programs, contents) : undefined;
  spec.parts.forEach((source, i) => {
    const bytes = contents[i]!;
    const name = basename(source).replace(/\.[^.]*$/, '');
    const program = programs[i];
    if (!program) {
      parts.push({ source, kind: 'object', report: null, rewrittenAsm: '' });
      orig.push({ file: source, bytes });
      svm.push({ file: source, bytes });
      return;
    }
    const text = Buffer.from(bytes).toString('utf8');
    const r = rewrite(program, moduleSymbols ? { ...ropts, moduleSymbols } : ropts);
    const rewrittenAsm = print(r.program);
    parts.push({ source, kind: 'asm', report: r.report, rewrittenAsm });
    orig.push({ file: `${name}.o`, bytes: assemble(`${name}-${key}-${i}.orig`, text) });
    svm.push({ file: `${name}.svm.o`, bytes: assemble(`${name}-${key}-${i}.svm`, rewrittenAsm) });
  });
  const original = linkModule(spec.name, orig);
  const rewritten = linkModule(`${spec.name}.svm`, svm);
  const reports = parts.flatMap((p) => (p.report ? [p.report] : []));
  const display = spec.bundled && spec.parts.length > 1 ? spec.name : spec.parts.join('+');
  const objs: DriverObjects = {
    source: display, spec, parts, abi: abiOfImports(spec.name, undefinedSymbols(original.object)),
    report: reports.length ? moduleReport(display, reports) : { file: display, functions: [], total: emptyCounters() },
    rewrittenAsm: parts.map((p) => p.rewrittenAsm).join('\n'), svm: ropts.svm ?? 'stlb',
    originalBytes: original.bytes, rewrittenBytes: rewritten.bytes, original: original.object, rewritten: rewritten.object,
  };
  cache.set(key, objs);
  return objs;
}

/** Names the parts of a module define: labels of assembly parts, defined symbols of object parts. */
export function definedSymbols(programs: readonly (Program | null)[], contents: readonly Uint8Array[]): Set<string> {
  const out = new Set<string>();
  programs.forEach((p, i) => {
    if (p) { for (const it of p.items) if (it.kind === 'label' && !it.name.startsWith('.L')) out.add(it.name); return; }
    for (const s of parseObject(contents[i]!, 'part').symbols) if (s.shndx !== 0 && s.name) out.add(s.name);
  });
  return out;
}

/** Names the object imports (undefined symbols it references). */
export function undefinedSymbols(obj: ObjectFile): string[] {
  return [...new Set(obj.symbols.filter((s) => s.shndx === 0 && s.name).map((s) => s.name))].sort();
}
