// The listing engineers read: a relocatable object shown like `objdump -dr` — per executable
// section, symbol headers, then address, bytes (7 per line), instruction, and the relocations
// below the instruction they patch — with each original source line above the code it became and
// every SVM check named (from the runtime symbol it uses, and the side tables .svm_sites,
// .svm_targets and .svm_returns):
//
//   e1000like.s:2207:	movl	12(%eax), %edx
//     a4:	8d 48 0c             	leal	12(%eax), %ecx
//     ...
//     b1:	33 8a 00 00 00 00    	xorl	__svm_stlb(%edx), %ecx	# stlb lookup
//   			b3: R_386_32	__svm_stlb
//
// Source lines come from marker labels: before assembling, a local label is put before the first
// instruction of every source line (labels emit no bytes and no relocation, so the code is the
// object's byte for byte); the assembled object's symbol table gives their addresses. A viewer
// only: nothing here decides what is safe (that is the verifier's job).

import { addConst, num, sym, type Expr } from '../asm/expr.js';
import type { Instruction, Item, Label, Operand, Program } from '../asm/ir.js';
import { print, printInstruction } from '../asm/printer.js';
import { decodeAt, isDecodeFailure, type Decoded } from '../isa/decoder.js';
import { decodedToInstruction } from '../isa/disasm.js';
import { parseObject, R_386_32, R_386_PC32, SHN_UNDEF, STT_FILE, STT_SECTION, type ElfReloc, type ElfSymbol, type ObjectFile } from '../loader/elf.js';
import { assemble } from '../platform/driver-objects.js';
import { rewrite, type RewriteOptions } from '../rewriter/rewrite.js';
import { RETURNS_SECTION, SITES_SECTION, SYM, TARGETS_SECTION } from '../svm-runtime/abi.js';

/** What each runtime symbol of the SVM ABI checks, named on the instruction that uses it. */
export const CHECK_NAMES: Readonly<Record<keyof typeof SYM, string>> = {
  stlb: 'stlb lookup',
  slow: 'stlb miss: slow path (fills the entry; aborts on a non-dom0 address)',
  fsBase: '%fs base (per-cpu area)',
  gsBase: '%gs base',
  vmText: 'VM instance text (function pointers)',
  textSize: 'within the module text?',
  instText: "offset in this instance's text",
  targets: 'indirect-target bitmap check',
  callXlate: 'indirect transfer out of the module: routine, upcall stub or abort',
  badTarget: 'abort: not an indirect target',
  stackLo: 'stack bounds check (low)',
  stackHi: 'stack bounds check (high)',
  stackFault: 'abort: outside the driver stack',
  returns: 'return-site bitmap check',
  retOut: 'return out of the instance: runtime check',
  badReturn: 'abort: not a return site',
  vif: "the instance's virtual interrupt flag",
  delta: 'page delta (tag-free table; a miss is the access\'s page fault)',
};

const CHECK_BY_SYMBOL = new Map(Object.entries(SYM).map(([k, name]) => [name as string, CHECK_NAMES[k as keyof typeof SYM]]));

const MARKER = '__twindrivers_src_';

/** Source line of each marker label put in by markLines. */
export type Markers = ReadonlyMap<string, number>;

/**
 * `p` with a marker label before the first instruction of each run of instructions that come from
 * one source line (the rewriter keeps the original instruction's location on what it emits).
 */
export function markLines(p: Program): { program: Program; markers: Markers } {
  const items: Item[] = [];
  const markers = new Map<string, number>();
  let last = '';
  for (const it of p.items) {
    if (it.kind === 'insn') {
      const key = `${it.section}\0${it.loc.file}\0${it.loc.line}`;
      if (key !== last) {
        const name = `${MARKER}${markers.size}`;
        markers.set(name, it.loc.file === p.file ? it.loc.line : 0);
        items.push({ kind: 'label', name, section: it.section, loc: it.loc } satisfies Label);
        last = key;
      }
    }
    items.push(it);
  }
  return { program: { file: p.file, items }, markers };
}

export interface BuiltListingObject {
  readonly object: ObjectFile;
  /** The object file's bytes (with the marker labels in its symbol table). */
  readonly bytes: Uint8Array;
  readonly markers: Markers;
}

/** Rewrites (unless `original`), marks and assembles (GNU as --32) a parsed driver. */
export function buildListingObject(p: Program, opts: RewriteOptions & { readonly original?: boolean } = {}): BuiltListingObject {
  const { original, ...ro } = opts;
  const code = original ? p : rewrite(p, ro).program;
  const { program, markers } = markLines(code);
  const name = (p.file.split('/').pop() ?? 'driver').replace(/\.s$/, '') + (original ? '.listing' : '.svm.listing');
  const bytes = assemble(name, print(program));
  return { object: parseObject(bytes, `${name}.o`), bytes, markers };
}

export interface ListingOptions {
  readonly markers?: Markers;
  /** The source the markers' lines refer to. */
  readonly source?: { readonly file: string; readonly text: string };
}

const hex = (n: number): string => (n >>> 0).toString(16);
const u32 = (b: Uint8Array, o: number): number => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

const RELOC_NAMES: Readonly<Record<number, string>> = { [R_386_32]: 'R_386_32', [R_386_PC32]: 'R_386_PC32' };

function symName(obj: ObjectFile, s: ElfSymbol): string {
  return s.type === STT_SECTION ? (obj.sections[s.shndx]?.name ?? '?') : s.name;
}

/** Section index and offset each word of a side table names (R_386_32 entries), with the word after it for `.svm_sites`. */
function tableEntries(obj: ObjectFile, name: string, stride: number): { sec: number; off: number; extra: number }[] {
  const out: { sec: number; off: number; extra: number }[] = [];
  for (const sec of obj.sections) {
    if (sec.name !== name) continue;
    const rel = new Map((obj.relocs.get(sec.index) ?? []).map((r) => [r.offset, r]));
    for (let o = 0; o + stride <= sec.data.length; o += stride) {
      const r = rel.get(o);
      const s = r && r.type === R_386_32 ? obj.symbols[r.symbol] : undefined;
      if (!s || s.shndx === SHN_UNDEF || s.shndx >= 0xff00) continue;
      out.push({ sec: s.shndx, off: (s.value + u32(sec.data, o)) >>> 0, extra: stride > 4 ? u32(sec.data, o + 4) : 0 });
    }
  }
  return out;
}

/** A constant as the listing shows it: hex beyond 9, like objdump. */
const shown = (v: number): Expr => num(v, Math.abs(v) > 9 ? `${v < 0 ? '-' : ''}0x${hex(Math.abs(v))}` : String(v));

/** Symbol-relative addresses: `name+0xoff` for any section offset, from the object's named symbols. */
class Labels {
  private readonly bySec = new Map<number, { v: number; n: string }[]>();
  constructor(private readonly obj: ObjectFile) {
    for (const s of obj.symbols) {
      if (s.type === STT_SECTION || s.type === STT_FILE || !s.name || s.name.startsWith(MARKER) || s.shndx === SHN_UNDEF || s.shndx >= 0xff00) continue;
      const l = this.bySec.get(s.shndx) ?? [];
      l.push({ v: s.value, n: s.name });
      this.bySec.set(s.shndx, l);
    }
    for (const l of this.bySec.values()) l.sort((a, b) => a.v - b.v);
  }
  /** `f+0x1c`, or `.text+0x1c` when no symbol precedes the offset. */
  at(sec: number, off: number): string {
    let best: { v: number; n: string } | undefined;
    for (const x of this.bySec.get(sec) ?? []) if (x.v <= off) best = x; else break;
    const plus = (n: number): string => (n ? `+0x${hex(n)}` : '');
    return best ? `${best.n}${plus(off - best.v)}` : `${this.obj.sections[sec]?.name ?? '?'}${plus(off)}`;
  }
  /** A relocation's symbol plus addend as an expression: `foo+4`, or `.text+0x2a <f+0x2a>` for a section symbol. */
  expr(s: ElfSymbol, addend: number): Expr {
    if (s.type !== STT_SECTION) return addConst(sym(s.name), addend);
    const base = `${this.obj.sections[s.shndx]?.name ?? '?'}${addend ? `+0x${hex(addend)}` : ''}`;
    return sym(this.bySec.has(s.shndx) ? `${base} <${this.at(s.shndx, addend)}>` : base);
  }
}

/** The instruction with relocated fields shown as their symbols (`__svm_stlb(%edx)`, `call foo`). */
function symbolic(obj: ObjectFile, labels: Labels, sec: number, d: Decoded, insn: Instruction, relocs: ReadonlyMap<number, ElfReloc>, at: number): Instruction {
  const target = (r: ElfReloc | undefined, inPlace: number, pcRel: boolean): Expr | null =>
    r ? labels.expr(obj.symbols[r.symbol]!, (pcRel ? inPlace + 4 : inPlace) | 0) : null;
  const ops: Operand[] = [];
  let k = 0;
  d.form.operands.forEach((spec, i) => {
    if (spec.value !== undefined) return;
    const op = insn.operands[k++]!;
    const dop = d.operands[i]!;
    if (op.kind === 'mem' && dop.kind === 'mem') {
      const e = dop.dispOffset >= 0 ? target(relocs.get(at + dop.dispOffset), dop.disp, false) : null;
      ops.push({ ...op, disp: e ?? (op.disp ? shown(dop.disp) : null) });
    } else if (op.kind === 'imm' && dop.kind === 'imm') {
      const e = d.immOffset >= 0 ? target(relocs.get(at + d.immOffset), dop.value, false) : null;
      ops.push({ ...op, expr: e ?? shown(dop.value) });
    } else if (op.kind === 'target' && dop.kind === 'rel') {
      const r = d.immOffset >= 0 ? relocs.get(at + d.immOffset) : undefined;
      const e = r ? target(r, dop.target - (d.address + d.length), true) : null;
      ops.push({ ...op, expr: e ?? sym(`0x${hex(dop.target)} <${labels.at(sec, dop.target)}>`) });
    } else ops.push(op);
  });
  return { ...insn, operands: ops };
}

/** The object's executable sections as `objdump -dr` lays them out, with source lines and checks. */
export function listObject(obj: ObjectFile, opts: ListingOptions = {}): string {
  const out: string[] = [];
  const srcLines = opts.source ? opts.source.text.split('\n') : [];
  const srcName = opts.source ? opts.source.file.split('/').pop()! : '';
  const sites = new Map(tableEntries(obj, SITES_SECTION, 8).map((e) => [`${e.sec}:${e.off}`, e.extra]));
  const targets = new Set(tableEntries(obj, TARGETS_SECTION, 4).map((e) => `${e.sec}:${e.off}`));
  const returns = new Set(tableEntries(obj, RETURNS_SECTION, 4).map((e) => `${e.sec}:${e.off}`));
  const labels = new Labels(obj);
  for (const sec of obj.sections) {
    if (!sec.exec || sec.size === 0 || sec.nobits) continue;
    const markerAt = new Map<number, number>();
    const headers = new Map<number, string[]>();
    for (const s of obj.symbols) {
      if (s.shndx !== sec.index || s.type === STT_SECTION || s.type === STT_FILE || !s.name) continue;
      const line = opts.markers?.get(s.name);
      if (line !== undefined) markerAt.set(s.value, line);
      else if (!s.name.startsWith(MARKER)) headers.set(s.value, [...(headers.get(s.value) ?? []), s.name]);
    }
    const relocs = new Map((obj.relocs.get(sec.index) ?? []).map((r) => [r.offset, r]));
    const width = Math.max(4, hex(sec.size).length);
    out.push('', `Disassembly of section ${sec.name}:`);
    let line = -1;
    for (let off = 0; off < sec.size;) {
      for (const n of headers.get(off) ?? []) out.push('', `${off.toString(16).padStart(8, '0')} <${n}>:`);
      const mark = markerAt.get(off);
      if (mark !== undefined && mark !== line) {
        line = mark;
        const text = line > 0 ? (srcLines[line - 1] ?? '').replace(/^\s+/, '') : '';
        out.push(line > 0 ? `${srcName}:${line}:\t${text}` : '(inserted by the rewriter)');
      }
      const d = decodeAt(sec.data, off, off);
      const len = Math.max(1, Math.min(d.length, sec.size - off));
      let text: string;
      const notes: string[] = [];
      if (isDecodeFailure(d)) text = '(bad)';
      else {
        const insn = symbolic(obj, labels, sec.index, d, decodedToInstruction(d, sec.name), relocs, off);
        text = printInstruction(insn).replace(/^\t/, '');
        for (let k = off; k < off + len; k++) {
          const r = relocs.get(k);
          const check = r ? CHECK_BY_SYMBOL.get(obj.symbols[r.symbol]?.name ?? '') : undefined;
          if (check && !notes.includes(check)) notes.push(check);
        }
      }
      const key = `${sec.index}:${off}`;
      const siteLine = sites.get(key);
      if (siteLine !== undefined) notes.unshift(`check site of line ${siteLine} (.svm_sites)`);
      if (targets.has(key)) notes.unshift('indirect target (.svm_targets)');
      if (returns.has(key)) notes.unshift('return site (.svm_returns)');
      for (let k = 0; k < len; k += 7) {
        const bytes = [...sec.data.subarray(off + k, off + Math.min(len, k + 7))].map((b) => b.toString(16).padStart(2, '0')).join(' ');
        const addr = `${hex(off + k).padStart(width)}:\t`;
        out.push(k === 0 ? `${addr}${(bytes + ' ').padEnd(21)}\t${text}${notes.length ? `\t# ${notes.join('; ')}` : ''}` : `${addr}${bytes} `);
      }
      for (let k = off; k < off + len; k++) {
        const r = relocs.get(k);
        if (r) out.push(`\t\t\t${hex(k)}: ${RELOC_NAMES[r.type] ?? `R_386_${r.type}`}\t${symName(obj, obj.symbols[r.symbol]!)}`);
      }
      off += len;
    }
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}
