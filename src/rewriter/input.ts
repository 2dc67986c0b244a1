// The rewriter's first pass: refuse what cannot be made safe, before any analysis or output, and
// normalise what real kernel builds write differently from what they mean.
//
// Refused (an AsmError at the first place that shows it, with the fix):
//   - position-independent code (`memcpy@PLT`, `@GOTOFF`, `_GLOBAL_OFFSET_TABLE_`): compile with
//     -fno-pic (src/toolchain/input.ts checkAbsoluteCode, shared with the CLI);
//   - 64-bit or 16-bit code (`.code64`, `.code16`): compile with -m32;
//   - labels in the rewriter's reserved `.Lsvm_` namespace (already rewritten input);
//   - an unknown `.cold`-style split: gcc's `foo.cold` shares the frame of `foo` and is entered
//     only by jumps from `foo`; a `.cold` part whose parent is not in the file, that is called,
//     or that another function jumps into would be analysed with a frame it does not have.
// Normalised (same meaning, the form the rest of the pipeline knows), retpolines of kernels built
// with -mindirect-branch=thunk-extern (Linux CONFIG_RETPOLINE) and return thunks:
//   call __x86_indirect_thunk_ebx   ->  call *%ebx      (then checked like any indirect call)
//   jmp  __x86_indirect_thunk_eax   ->  jmp *%eax
//   jmp  __x86_return_thunk         ->  ret             (then checked like any ret)
// The thunk is dom0's code: left as a call, the loader would bind it to an upcall stub, which would
// run the transfer in dom0 unchecked. The rewritten code transfers through a plain register after
// the target check (retpoline mitigation inside the hypervisor instance would be a thunk of the
// hypervisor's own; see abi.ts).
// And a direct transfer written as bytes in code (a static_call trampoline of a module that defines
// tracepoints, arch/x86/include/asm/static_call.h), the same bytes and relocation as the
// instruction, which the analyses and the rewrite then see:
//   .byte 0xe9; .long __traceiter_x - (. + 4)   ->  jmp __traceiter_x
//   .byte 0xe8; .long f - (. + 4)               ->  call f
// (its `.byte 0x0f, 0xb9, 0xcc` signature decodes as the trap `ud1 %esp, %ecx`).

import { AsmError, AsmErrors } from '../asm/diagnostics.js';
import { constValue, symbolPlusConst, type Expr } from '../asm/expr.js';
import { executableSections, findFunctions } from '../asm/functions.js';
import type { Directive, Instruction, Item, Program } from '../asm/ir.js';
import { LabelTable } from '../asm/labels.js';
import { REGISTERS } from '../isa/registers.js';
import { FORMS } from '../isa/table.js';
import { checkAbsoluteCode } from '../toolchain/input.js';
import { Emitter, indirect, reg, target } from './build.js';

const THUNK = /^__x86_indirect_thunk_(e(?:ax|bx|cx|dx|si|di|bp))$/;
const RETURN_THUNK = '__x86_return_thunk';
const COLD = /^(.*)\.cold(\.\d+)?$/;

/** Checks the input and returns it normalised (a new Program; the input is not changed). */
export function normalizeInput(p: Program): Program {
  const errors: AsmError[] = [];
  try {
    checkAbsoluteCode(p);
  } catch (e) {
    if (e instanceof AsmError) throw new AsmErrors([e]);
    throw e;
  }
  for (const it of p.items) {
    if (it.kind === 'directive' && (it.name === '.code64' || it.name === '.code16' || it.name === '.code16gcc')) {
      errors.push(new AsmError(it.loc, `${it.name}: twindrivers takes 32-bit code (compile with gcc -m32)`));
    } else if (it.kind === 'label' && it.name.startsWith('.Lsvm_')) {
      errors.push(new AsmError(it.loc, `label '${it.name}' uses the rewriter's reserved prefix: is this file already rewritten?`));
    }
  }
  errors.push(...coldSplits(p));
  if (errors.length) throw new AsmErrors(errors);
  let changed = false;
  const exec = executableSections(p);
  const items: Item[] = [];
  p.items.forEach((it, i) => {
    if (it.kind === 'directive' && exec.has(it.section) && it.name === '.long' && bytesTransfer(p.items[i - 1], it)) return;
    const n = it.kind === 'insn' ? thunkFree(it) : it.kind === 'directive' && exec.has(it.section) ? bytesTransfer(it, p.items[i + 1]) ?? it : it;
    if (n !== it) changed = true;
    items.push(n);
  });
  return changed ? { file: p.file, items } : p;
}

/**
 * One-byte opcodes of the direct jump and call with a 4-byte displacement, from the instruction
 * table (the only forms whose whole encoding is one opcode byte and a rel32): opcode -> mnemonic.
 */
const BYTE_OPS: ReadonlyMap<bigint, string> = new Map(FORMS
  .filter((f) => (f.flow === 'jmp' || f.flow === 'call') && !f.legacy && !f.enc.prefix && f.enc.opcode.length === 1 &&
    f.operands.length === 1 && f.operands[0]!.kind === 'rel' && f.operands[0]!.encBytes === 4)
  .map((f) => [BigInt(f.enc.opcode[0]!), f.names[0]!] as const));

/** `.byte 0xe9` (0xe8) then `.long T - (. + 4)`: the `jmp T` (`call T`) they encode, or null. */
function bytesTransfer(op: Item | undefined, disp: Item | undefined): Instruction | null {
  if (op?.kind !== 'directive' || disp?.kind !== 'directive' || op.name !== '.byte' || disp.name !== '.long' || op.section !== disp.section) return null;
  const o = oneExpr(op), d = oneExpr(disp);
  const mnemonic = o ? BYTE_OPS.get(constValue(o) ?? -1n) : undefined;
  if (!mnemonic || !d) return null;
  // T - (. + 4): the displacement of a transfer to T from the end of the 4 bytes at `.`.
  const strip = (e: Expr): Expr => (e.k === 'paren' ? strip(e.e) : e);
  const e = strip(d);
  if (e.k !== 'bin' || e.op !== '-') return null;
  const t = symbolPlusConst(e.l), end = strip(e.r);
  if (!t?.sym || t.sym === '.' || t.addend !== 0n || t.reloc || end.k !== 'bin' || end.op !== '+') return null;
  const dot = strip(end.l), four = strip(end.r);
  if (dot.k !== 'sym' || dot.name !== '.' || constValue(four) !== 4n) return null;
  const out: Item[] = [];
  new Emitter(out, op.loc, op.section).insn(mnemonic, target(t.sym));
  return { ...(out[0] as Instruction), comment: disp.comment };
}

function oneExpr(d: Directive): Expr | null {
  const a = d.args.length === 1 ? d.args[0]! : null;
  return a && a.k === 'expr' ? a.e : null;
}

/** A call or jump through a retpoline thunk as the indirect transfer it stands for (or the instruction itself). */
function thunkFree(insn: Instruction): Instruction {
  const flow = insn.form.flow;
  if ((flow !== 'call' && flow !== 'jmp') || insn.prefixes.length) return insn;
  const t = insn.operands[0];
  const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
  if (!sp || !sp.sym || sp.addend !== 0n || sp.reloc) return insn;
  const out: Item[] = [];
  const em = new Emitter(out, insn.loc, insn.section);
  const m = THUNK.exec(sp.sym);
  if (m) em.insn(flow === 'call' ? 'call' : 'jmp', indirect(reg(REGISTERS.get(m[1]!)!)));
  else if (sp.sym === RETURN_THUNK && flow === 'jmp') em.insn('ret');
  else return insn;
  const n = out[0] as Instruction;
  return { ...n, comment: insn.comment };
}

/**
 * `.cold` parts of this file that are not gcc's split of a function of this file: a part whose
 * parent function is missing, or whose code is reached by a call or by a jump from any function
 * but its parent (and itself).
 */
function coldSplits(p: Program): AsmError[] {
  const fns = findFunctions(p);
  const byName = new Map(fns.map((f) => [f.name, f]));
  const exec = executableSections(p);
  const labels = new LabelTable(p);
  // Which function's range each item lies in (its own section only).
  const owner = new Array<string | undefined>(p.items.length);
  for (const f of fns) for (let i = f.start; i < f.end; i++) if (p.items[i]!.section === f.section) owner[i] = f.name;
  const errors: AsmError[] = [];
  const parentOf = (name: string | undefined): string | undefined => (name ? COLD.exec(name)?.[1] ?? name : undefined);
  for (const f of fns) {
    const m = COLD.exec(f.name);
    if (!m || f.synthetic) continue;
    const parent = byName.get(m[1]!);
    if (!parent || parent.synthetic) {
      errors.push(new AsmError(p.items[f.start]!.loc, `unknown .cold-style split '${f.name}': its function '${m[1]}' is not in this file, so the frame it runs in is unknown`));
    }
  }
  p.items.forEach((it, i) => {
    if (it.kind !== 'insn' || !exec.has(it.section)) return;
    const flow = it.form.flow;
    if (flow !== 'jmp' && flow !== 'jcc' && flow !== 'call') return;
    const t = it.operands[0];
    const sp = t && t.kind === 'target' ? symbolPlusConst(t.expr) : null;
    if (!sp || !sp.sym) return;
    const li = labels.resolve(sp.sym, i);
    if (li < 0) return;
    const target = owner[li];
    if (!target || !COLD.test(target)) return;
    const from = parentOf(owner[i]);
    if (flow === 'call') {
      errors.push(new AsmError(it.loc, `call into the .cold part '${target}': a .cold part shares its function's frame and is only jumped to`));
    } else if (from !== parentOf(target)) {
      errors.push(new AsmError(it.loc, `jump from '${owner[i] ?? it.section}' into '${target}', the .cold part of another function: unknown .cold-style split`));
    }
  });
  return errors;
}
