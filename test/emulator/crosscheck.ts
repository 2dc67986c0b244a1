// Decoder cross-check against capstone: every instruction of every executable section of the
// assembled corpus must decode to the same length as capstone says, and to the same instruction:
// ours goes Decoded -> IR (src/isa/disasm.ts) -> printer -> parser, capstone's AT&T text goes
// through a small normalisation table -> parser, and the two parsed instructions must agree on
// form.op and operands (registers, numbers compared modulo the operand size).
//
// Capstone spelling quirks normalised here (each with why):
// - `calll`/`jmpl`/`retl`/`leavel` ... : capstone adds an `l` suffix GNU as does not need -> dropped.
// - explicit string operands (`rep movsl (%esi), %es:(%edi)`, `stosl %eax, %es:(%edi)`) -> dropped;
//   the implicit operands are the form's. A segment override on the source is kept as a prefix check.
// - `%eiz` index (SIB with no index) -> removed.
// - `nop` for 66 90 / `xchg %ax, %ax` -> both are the 16-bit xchg of %ax with itself, a no-op.
// - `repe`/`repne`/`rep` on non-string forms (`rep ret`, `repz ret`) -> prefix dropped on both sides.
// - `shrl $1, %edx` for the D1 (shift-by-one) encoding: capstone writes the implicit 1 -> a `$1`
//   count is dropped on both sides (D1 /x and C1 /x ib 1 are the same operation).
// - `shl`/`sal` and `sete`/`setz` style aliases are resolved by the parser to the same form.op.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/asm/parser.js';
import { printInstruction } from '../../src/asm/printer.js';
import type { Instruction, Operand } from '../../src/asm/ir.js';
import { constValue } from '../../src/asm/expr.js';
import { decodeAt, isDecodeFailure, type Decoded } from '../../src/isa/decoder.js';
import { decodedToInstruction } from '../../src/isa/disasm.js';

export interface CapstoneInsn { size: number; mnemonic: string; opStr: string }
export interface Capstone { disasm(data: Uint8Array, options?: { address?: number; count?: number }): CapstoneInsn[] }

interface CapstoneModule {
  loadCapstone(): Promise<void>;
  Capstone: new (arch: number, mode: number) => Capstone & { setOption(opt: number, value: unknown): number };
  Const: Record<'CS_ARCH_X86' | 'CS_MODE_32' | 'CS_OPT_SYNTAX' | 'CS_OPT_SYNTAX_ATT', number>;
}

export async function openCapstone(): Promise<Capstone> {
  // capstone-wasm's typings do not resolve under NodeNext "exports"; its API is typed above.
  const name = 'capstone-wasm';
  const cs = (await import(name)) as CapstoneModule;
  await cs.loadCapstone();
  const c = new cs.Capstone(cs.Const.CS_ARCH_X86, cs.Const.CS_MODE_32);
  c.setOption(cs.Const.CS_OPT_SYNTAX, cs.Const.CS_OPT_SYNTAX_ATT);
  return c;
}

/** Executable sections (SHF_EXECINSTR) of an ELF32 relocatable object. */
export function executableSections(obj: Uint8Array): { name: string; bytes: Uint8Array }[] {
  const dv = new DataView(obj.buffer, obj.byteOffset, obj.byteLength);
  const shoff = dv.getUint32(32, true), shentsize = dv.getUint16(46, true), shnum = dv.getUint16(48, true), shstrndx = dv.getUint16(50, true);
  const sh = (i: number) => {
    const o = shoff + i * shentsize;
    return { name: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), flags: dv.getUint32(o + 8, true), offset: dv.getUint32(o + 16, true), size: dv.getUint32(o + 20, true) };
  };
  const strtab = sh(shstrndx);
  const nameAt = (n: number) => {
    let s = '';
    for (let k = strtab.offset + n; obj[k] !== 0; k++) s += String.fromCharCode(obj[k]!);
    return s;
  };
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 1; i < shnum; i++) {
    const s = sh(i);
    if (s.type === 1 && (s.flags & 4) && s.size > 0) out.push({ name: nameAt(s.name), bytes: obj.subarray(s.offset, s.offset + s.size) });
  }
  return out;
}

export function assembleToObject(src: string, dir: string, name: string): Uint8Array {
  const o = join(dir, name + '.o');
  execFileSync('as', ['--32', '-o', o, src], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Uint8Array(readFileSync(o));
}

const STRING_MNEMONIC = /^(rep[a-z]* )?(movs|cmps|stos|lods|scas|ins|outs)[bwl]$/;

/** Capstone text made parseable by our parser (see the table in the header). */
export function normaliseCapstone(mnemonic: string, opStr: string): string {
  let m = mnemonic.trim();
  let ops = opStr.trim();
  const words = m.split(/\s+/);
  let prefixes = words.slice(0, -1).filter((w) => w !== 'notrack');
  m = words[words.length - 1]!;
  if (/^(call|jmp|ret|leave|lret|ljmp|lcall|enter|push|pop)l$/.test(m) && !['pushl', 'popl'].includes(m)) m = m.slice(0, -1);
  if (m === 'calll' || m === 'jmpl') m = m.slice(0, -1);
  if (STRING_MNEMONIC.test(m)) ops = '';
  if (!/^(movs|cmps|stos|lods|scas|ins|outs)[bwl]$/.test(m)) prefixes = prefixes.filter((p) => p === 'lock');
  ops = ops.replace(/,\s*%eiz(,\d)?\)/, ')');
  if (m === 'nop' && !ops) { m = 'xchgw'; ops = '%ax, %ax'; }
  ops = dropShiftByOne(m, ops);
  return `${prefixes.length ? prefixes.join(' ') + ' ' : ''}${m}${ops ? '\t' + ops : ''}`;
}

const SHIFT = /^(shl|shr|sar|sal|rol|ror|rcl|rcr)[bwl]?$/;
function dropShiftByOne(m: string, ops: string): string {
  return SHIFT.test(m) ? ops.replace(/^\$(1|0x1),\s*/, '') : ops;
}

function oursText(d: Decoded): string {
  const i = decodedToInstruction(d);
  const isString = d.form.cls === 'string' || d.form.op === 'ins' || d.form.op === 'outs';
  const fixed = { ...i, prefixes: isString ? i.prefixes : i.prefixes.filter((p) => p === 'lock') };
  if (d.form.op === 'nop' && d.form.operands.length === 0) return 'xchgw\t%ax, %ax';
  const text = printInstruction(fixed).trim();
  const tab = text.indexOf('\t');
  return tab < 0 ? text : text.slice(0, tab + 1) + dropShiftByOne(d.form.mnemonic, text.slice(tab + 1));
}

function parseOne(text: string): Instruction {
  const p = parse('<x>', text + '\n', { failFast: true });
  const insn = p.items.find((it) => it.kind === 'insn');
  if (!insn || insn.kind !== 'insn') throw new Error(`no instruction in '${text}'`);
  return insn;
}

function numOf(e: Parameters<typeof constValue>[0] | null): bigint | null {
  if (e === null) return 0n;
  return constValue(e);
}

function sameOperand(a: Operand, b: Operand, size: number): boolean {
  const mod = (v: bigint | null, bits: number) => (v === null ? null : BigInt.asUintN(bits, v));
  if (a.kind !== b.kind) {
    // A bare number is a jump target for branches and memory otherwise; compare the numbers.
    const na = a.kind === 'target' ? numOf(a.expr) : a.kind === 'mem' && !a.base && !a.index ? numOf(a.disp) : null;
    const nb = b.kind === 'target' ? numOf(b.expr) : b.kind === 'mem' && !b.base && !b.index ? numOf(b.disp) : null;
    return na !== null && mod(na, 32) === mod(nb, 32);
  }
  switch (a.kind) {
    case 'reg': return b.kind === 'reg' && a.reg === b.reg;
    case 'imm': return b.kind === 'imm' && mod(numOf(a.expr), size || 32) === mod(numOf(b.expr), size || 32);
    case 'target': return b.kind === 'target' && mod(numOf(a.expr), 32) === mod(numOf(b.expr), 32);
    case 'mem': {
      if (b.kind !== 'mem') return false;
      const segA = a.seg?.name ?? null, segB = b.seg?.name ?? null;
      return segA === segB && a.base === b.base && a.index === b.index && (a.index ? a.scale === b.scale : true) &&
        mod(numOf(a.disp), 32) === mod(numOf(b.disp), 32);
    }
  }
}

export interface CrossCheckResult {
  instructions: number;
  lengthMismatches: string[];
  semanticMismatches: string[];
}

/** Linear sweep of one section with both decoders. */
export function crossCheckSection(cs: Capstone, bytes: Uint8Array, label: string, res: CrossCheckResult): void {
  const capst = cs.disasm(bytes, { address: 0 });
  const byOffset = new Map<number, CapstoneInsn>();
  let off = 0;
  for (const c of capst) { byOffset.set(off, c); off += c.size; }
  let pos = 0;
  while (pos < bytes.length) {
    const c = byOffset.get(pos);
    const d = decodeAt(bytes, pos, pos);
    if (!c) {
      // Capstone stopped (data it cannot decode): resynchronise on its next decode from here.
      const rest = cs.disasm(bytes.subarray(pos), { address: pos, count: 1 });
      if (rest.length === 0) { res.lengthMismatches.push(`${label}+0x${pos.toString(16)}: capstone cannot decode`); return; }
      let o2 = pos;
      for (const x of cs.disasm(bytes.subarray(pos), { address: pos })) { byOffset.set(o2, x); o2 += x.size; }
      continue;
    }
    res.instructions++;
    if (isDecodeFailure(d)) {
      res.lengthMismatches.push(`${label}+0x${pos.toString(16)}: ours: ${d.reason}; capstone: ${c.mnemonic} ${c.opStr} (${c.size} bytes)`);
      pos += c.size;
      continue;
    }
    if (d.length !== c.size) {
      res.lengthMismatches.push(`${label}+0x${pos.toString(16)}: length ours ${d.length} (${d.form.mnemonic}) capstone ${c.size} (${c.mnemonic} ${c.opStr})`);
      pos += c.size;
      continue;
    }
    const ours = oursText(d);
    const theirs = normaliseCapstone(c.mnemonic, c.opStr);
    try {
      const a = parseOne(ours), b = parseOne(theirs);
      const same = a.form.op === b.form.op && a.operands.length === b.operands.length &&
        a.operands.every((o, k) => sameOperand(o, b.operands[k]!, a.form.size));
      if (!same) res.semanticMismatches.push(`${label}+0x${pos.toString(16)}: ours '${ours}' (${a.form.op}) capstone '${c.mnemonic} ${c.opStr}' -> '${theirs}' (${b.form.op})`);
    } catch (e) {
      res.semanticMismatches.push(`${label}+0x${pos.toString(16)}: ours '${ours}' capstone '${c.mnemonic} ${c.opStr}' -> '${theirs}': ${(e as Error).message.split('\n')[0]}`);
    }
    pos += c.size;
  }
}
