// `verify FILE.s`: the verdict on rewritten assembly is the verdict on the object GNU `as --32`
// makes of it — the bytes the loader would get — never the assembly front end's own reading.
// What `as` does with directives (`.p2align N,FILL` fill bytes in code, `.subsection` reordering,
// `.reloc` into code, symbols set mid-instruction, `.byte` runs) is then what is judged. The text
// is parsed first, for the project's own diagnostics and so that each violation the object check
// finds can be given back its source location (file:line:col), where one can be found:
//
//   object violation at .text+0x4a  ->  the nearest symbol at or before it in an object assembled
//   with local labels kept (`as -L`: .L labels become symbols), say .L17 at .text+0x40, and the
//   k-th instruction after it (k counted by decoding 0x40..0x4a)  ->  the k-th instruction after
//   the label `.L17:` in the source, in the same section, if no data or directive that emits bytes
//   comes between and the two instructions are the same operation. Otherwise the violation keeps
//   its `section+offset <function>` location.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Item, Program } from '../asm/ir.js';
import { parse } from '../asm/parser.js';
import { decodeAt, isDecodeFailure } from '../isa/decoder.js';
import { parseObject, SHN_UNDEF, STT_FILE, STT_SECTION, type ObjectFile } from '../loader/elf.js';
import type { Violation } from './code.js';
import { verifyObject, type VerifyOptions, type VerifyResult } from './index.js';

/** Directives that emit no bytes into the section they stand in. */
const SILENT = /^\.(cfi_.*|loc|type|size|globl|global|local|weak|hidden|file|ident)$/;

/** `as --32` could not make an object of the text (its messages, with the input's name). */
export class AssemblyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssemblyError';
  }
}

/** Verifies assembly text by verifying what `as --32` makes of it. */
export function verifyAssembly(path: string, text: string, opts: VerifyOptions = {}): VerifyResult {
  const program = parse(path, text);
  const dir = mkdtempSync(join(tmpdir(), 'twindrivers-verify-'));
  try {
    const obj = parseObject(runAs(path, text, dir, []), path);
    const r = verifyObject(obj, opts);
    const located = r.ok ? r.violations : locate(program, parseObject(runAs(path, text, dir, ['-L']), path), r.violations);
    return { ...r, file: path, mode: 'asm', violations: located };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runAs(path: string, text: string, dir: string, extra: readonly string[]): Uint8Array {
  const s = join(dir, basename(path).replace(/[^\w.-]/g, '_') || 'input.s'), o = `${s}.o`;
  writeFileSync(s, text);
  try {
    execFileSync('as', ['--32', ...extra, '-o', o, s], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = (e as { stderr?: Buffer; code?: string }).code === 'ENOENT'
      ? 'GNU as is needed to verify assembly (as --32 was not found)'
      : ((e as { stderr?: Buffer }).stderr?.toString() ?? String(e)).split(s).join(path).trim().split('\n').slice(0, 10).join('\n');
    throw new AssemblyError(`${path}: as --32 refused the text:\n${err}`);
  }
  return new Uint8Array(readFileSync(o));
}

/** The object's violations, each with its source location where the mapping above finds one. */
function locate(p: Program, obj: ObjectFile, vs: readonly Violation[]): Violation[] {
  const labels = new Map<string, number>();
  p.items.forEach((it, k) => { if (it.kind === 'label' && !labels.has(it.name)) labels.set(it.name, k); });
  return vs.map((v) => {
    if (v.section === undefined || v.offset === undefined) return v;
    const item = sourceItem(p, obj, labels, v.section, v.offset);
    if (!item) return v;
    const l = item.loc;
    return { ...v, where: `${l.file}:${l.line}:${l.col}`, file: l.file, line: l.line, col: l.col };
  });
}

function sourceItem(p: Program, obj: ObjectFile, labels: ReadonlyMap<string, number>, section: string, offset: number): Item | null {
  const sec = obj.sections.find((s) => s.name === section);
  if (!sec || sec.nobits) return null;
  let best: { name: string; value: number } | null = null;
  for (const s of obj.symbols) {
    if (s.shndx !== sec.index || s.shndx === SHN_UNDEF || s.type === STT_SECTION || s.type === STT_FILE || !labels.has(s.name)) continue;
    if (s.value <= offset && (!best || s.value > best.value)) best = { name: s.name, value: s.value };
  }
  if (!best) return null;
  // The instructions from the symbol to the offset, as the object holds them.
  const ops: string[] = [];
  for (let at = best.value; at <= offset;) {
    const d = decodeAt(sec.data, at, at);
    if (isDecodeFailure(d)) return null;
    ops.push(d.form.op);
    if (at === offset) break;
    at += d.length;
    if (at > offset) return null;
  }
  // The same count of instructions after the label in the source, nothing else emitting bytes.
  let k = 0;
  for (let i = labels.get(best.name)! + 1; i < p.items.length; i++) {
    const it = p.items[i]!;
    if (it.section !== section) return null;
    if (it.kind === 'label' || it.kind === 'comment' || (it.kind === 'directive' && SILENT.test(it.name))) continue;
    if (it.kind !== 'insn') return null;
    if (it.form.op !== ops[k]) return null;
    if (++k === ops.length) return it;
  }
  return null;
}
