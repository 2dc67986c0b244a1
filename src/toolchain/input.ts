// What assembly the toolkit takes: gcc -m32 output of kernel code — i386, AT&T syntax, absolute
// (non-PIC) code. Input that is none of these is told so in ONE diagnostic at the first place
// that shows it, with the fix, instead of a cascade of parse errors or a loader failure later:
//
//   x64.s:9:8: error: '%rbx' is an x86-64 register: twindrivers takes 32-bit code (gcc -m32)
//   intel.s:2:2: error: Intel syntax (.intel_syntax): twindrivers takes AT&T syntax (drop -masm=intel)
//   pic.s:15:2: error: position-independent code ('_GLOBAL_OFFSET_TABLE_'): ... compile with -fno-pic
//
// checkI386Text runs on the text before parsing; checkAbsoluteCode on the parsed program.

import { AsmError } from '../asm/diagnostics.js';
import type { Expr } from '../asm/expr.js';
import type { Program } from '../asm/ir.js';

/** x86-64-only registers (GNU as AT&T names). */
const X86_64_REG = /%(r(?:[abcd]x|[sd]i|[sb]p|ip|(?:[89]|1[0-5])[dwb]?)|[sd]il|[sb]pl)\b/;
const CODE64 = /^\s*\.code64\b/;
const INTEL = /^\s*\.intel_syntax\b/;

/** A line without comments and string literals (so `.string "%rdx"` is no register). */
function codeOf(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"/g, (s) => ' '.repeat(s.length)).replace(/(#|\/\/).*$/, '').replace(/\/\*.*?\*\//g, (s) => ' '.repeat(s.length));
}

/** Throws an AsmError at the first sign of x86-64 code or Intel syntax. */
export function checkI386Text(file: string, text: string): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const code = codeOf(lines[i]!);
    const at = (col: number, msg: string): AsmError => new AsmError({ file, line: i + 1, col: col + 1 }, msg);
    let m = INTEL.exec(code);
    if (m) throw at(code.indexOf('.'), 'Intel syntax (.intel_syntax): twindrivers takes AT&T syntax, gcc\'s default (drop -masm=intel)');
    m = CODE64.exec(code);
    if (m) throw at(code.indexOf('.'), '.code64: twindrivers takes 32-bit code (gcc -m32)');
    m = X86_64_REG.exec(code);
    if (m) throw at(m.index, `'%${m[1]}' is an x86-64 register: twindrivers takes 32-bit code (gcc -m32)`);
  }
}

const GOT_SYMBOL = '_GLOBAL_OFFSET_TABLE_';

function relocatedSymbol(e: Expr | null | undefined): string | null {
  if (!e) return null;
  switch (e.k) {
    case 'sym': return e.reloc ? `${e.name}@${e.reloc}` : e.name === GOT_SYMBOL ? e.name : null;
    case 'paren': return relocatedSymbol(e.e);
    case 'un': return relocatedSymbol(e.arg);
    case 'bin': return relocatedSymbol(e.l) ?? relocatedSymbol(e.r);
    case 'num': return null;
  }
}

/**
 * Throws an AsmError at the first use of a GOT/PLT/TLS relocation operator (`sym@GOT`, `@PLT`,
 * `@GOTOFF`, `@NTPOFF`...) or of `_GLOBAL_OFFSET_TABLE_`: such code needs relocations the loader
 * does not implement (it links R_386_32 and R_386_PC32, as the kernel's module loader on i386).
 */
export function checkAbsoluteCode(p: Program): void {
  for (const it of p.items) {
    let found: string | null = null;
    if (it.kind === 'insn') {
      for (const o of it.operands) {
        found = o.kind === 'imm' || o.kind === 'target' ? relocatedSymbol(o.expr) : o.kind === 'mem' ? relocatedSymbol(o.disp) : null;
        if (found) break;
      }
    } else if (it.kind === 'directive') {
      for (const a of it.args) if (a.k === 'expr' && (found = relocatedSymbol(a.e))) break;
    }
    if (found) {
      throw new AsmError(it.loc, `position-independent or thread-local code ('${found}'): the loader links absolute code only (R_386_32, R_386_PC32); compile with -fno-pic as the kernel does (twindrivers cc)`);
    }
  }
}
