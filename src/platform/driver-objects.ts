// The driver objects a platform run loads: the original (gcc output assembled as it is) and the
// rewritten one (SVM rewrite, printed, assembled), both with GNU as --32 (the reference toolchain),
// cached per source text for the life of the process.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from '../asm/parser.js';
import { print } from '../asm/printer.js';
import { parseObject, type ObjectFile } from '../loader/elf.js';
import { rewrite, type RewriteOptions, type RewriteReport } from '../rewriter/rewrite.js';
import { sampleDriverAsm } from '../util/paths.js';

export interface DriverObjects {
  readonly source: string;
  readonly original: ObjectFile;
  readonly rewritten: ObjectFile;
  readonly report: RewriteReport;
  /** Rewritten assembly text (what was assembled). */
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

export function driverObjects(source: string = sampleDriverAsm(), opts: RewriteOptions = {}): DriverObjects {
  const text = readFileSync(source, 'utf8');
  const key = createHash('sha256').update(text).update(JSON.stringify(opts)).digest('hex').slice(0, 16);
  const hit = cache.get(key);
  if (hit) return hit;
  const name = basename(source, '.s');
  const r = rewrite(parse(source, text), opts);
  const rewrittenAsm = print(r.program);
  const originalBytes = assemble(`${name}-${key}.orig`, text);
  const rewrittenBytes = assemble(`${name}-${key}.svm`, rewrittenAsm);
  const objs: DriverObjects = {
    source, report: r.report, rewrittenAsm, originalBytes, rewrittenBytes,
    original: parseObject(originalBytes, `${name}.o`),
    rewritten: parseObject(rewrittenBytes, `${name}.svm.o`),
  };
  cache.set(key, objs);
  return objs;
}
