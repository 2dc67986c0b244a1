// Resolution of an AT&T instruction (mnemonic, prefixes, operands as written) to its Form in the
// instruction table, the way GNU as picks a template: by name, operand count, operand kinds and
// register sizes. An operand size that no register pins down and no suffix gives is an error, as
// in GNU as; so is a prefix the form does not allow.

import { FORMS, FORMS_BY_NAME, mandatoryPrefixVariant, PREFIX_BYTES, type Form, type OperandSpec } from '../isa/index.js';
import { AsmError } from './diagnostics.js';
import type { MemOperand, Operand, SourceLoc } from './ir.js';

/** An operand as parsed, before the form decides whether a bare expression is memory or a jump target. */
export type ParsedOperand = Operand;

function regFits(spec: OperandSpec, o: ParsedOperand): boolean {
  if (o.kind !== 'reg') return false;
  const r = o.reg;
  switch (spec.kind) {
    case 'reg': case 'rm': case 'regonly':
      return (r.cls === 'r8' || r.cls === 'r16' || r.cls === 'r32') && r.size === spec.size;
    case 'fixed': return r === spec.fixed;
    case 'sreg': return r.cls === 'sreg';
    case 'creg': return r.cls === 'creg';
    case 'dreg': return r.cls === 'dreg';
    case 'st': return r.cls === 'st' && (!spec.fixed || r === spec.fixed);
    case 'mmx': return r.cls === 'mmx';
    case 'xmm': return r.cls === 'xmm';
    default: return false;
  }
}

function isBareExpr(o: ParsedOperand): o is MemOperand {
  return o.kind === 'mem' && !o.base && !o.index && !o.seg && !o.indirect && o.disp !== null;
}

/** `(%dx)` written for the port operand of in/out. */
function isDxPort(o: ParsedOperand): boolean {
  return o.kind === 'mem' && o.base?.name === 'dx' && !o.index && !o.disp && !o.seg;
}

function operandFits(form: Form, spec: OperandSpec, o: ParsedOperand): boolean {
  const indirectForm = form.flow === 'ijmp' || form.flow === 'icall';
  const ind = (o.kind === 'reg' || o.kind === 'mem') && o.indirect;
  if (ind !== (indirectForm && (spec.kind === 'rm' || spec.kind === 'mem'))) return false;
  switch (spec.kind) {
    case 'imm': return o.kind === 'imm';
    case 'rel': return o.kind === 'target' || isBareExpr(o);
    case 'mem': case 'moffs': return o.kind === 'mem';
    case 'rm': return o.kind === 'mem' || regFits(spec, o);
    case 'fixed': return regFits(spec, o) || (spec.fixed?.name === 'dx' && isDxPort(o));
    default: return regFits(spec, o);
  }
}

// Per form: the operands AT&T text writes (implicit constants never are), and those it must write.
const WRITTEN: readonly OperandSpec[][] = FORMS.map((f) => f.operands.filter((s) => s.value === undefined));
const REQUIRED: readonly OperandSpec[][] = WRITTEN.map((w) => w.filter((s) => !s.optional));

/** Mnemonics whose candidate forms all have one operand size: the first match is the answer. */
const UNIFORM: ReadonlySet<string> = new Set(
  [...FORMS_BY_NAME].filter(([, fs]) => fs.every((f) => f.size === fs[0]!.size)).map(([n]) => n),
);

/** Specs that the text must supply, for `count` written operands; null when the count cannot match. */
function writtenSpecs(form: Form, count: number): OperandSpec[] | null {
  const written = WRITTEN[form.id]!;
  if (written.length === count) return written;
  const required = REQUIRED[form.id]!;
  if (required.length === count) return required;
  return null;
}

export interface Matched {
  readonly form: Form;
  readonly operands: readonly Operand[];
}

const NO_PREFIXES: readonly string[] = Object.freeze([]);
export { NO_PREFIXES };

export function matchForm(mnemonic: string, prefixes: readonly string[], ops: ParsedOperand[], loc: SourceLoc): Matched {
  const cands = FORMS_BY_NAME.get(mnemonic);
  if (!cands) throw new AsmError(loc, `unknown instruction mnemonic '${mnemonic}'`);
  let form: Form | null = null;
  let specs: OperandSpec[] | null = null;
  // Whether matching candidates disagree on operand size (no register pins it down).
  let mixedSizes = false;
  const uniform = UNIFORM.has(mnemonic);
  for (const f of cands) {
    const sp = writtenSpecs(f, ops.length);
    if (!sp) continue;
    let ok = true;
    for (let i = 0; i < sp.length && ok; i++) ok = operandFits(f, sp[i]!, ops[i]!);
    if (!ok) continue;
    if (!form) {
      form = f;
      specs = sp;
      if (uniform) break;
    } else if (f.size !== form.size) mixedSizes = true;
  }
  if (!form || !specs) {
    const counts = [...new Set(cands.map((f) => f.operands.filter((s) => s.value === undefined).length))].sort();
    if (!counts.includes(ops.length) && !cands.some((f) => writtenSpecs(f, ops.length))) {
      throw new AsmError(loc, `'${mnemonic}' takes ${counts.join(' or ')} operand(s), got ${ops.length}`);
    }
    throw new AsmError(loc, `invalid operands for '${mnemonic}': expected ${describeForms(cands)}`);
  }
  if (mixedSizes) {
    // Stack operations default to 32-bit operands when nothing else says (GNU as in 32-bit mode).
    if (!(form.cls === 'stack' && form.implicitMem !== 'none')) {
      throw new AsmError(loc, `ambiguous operand size for '${mnemonic}': no register gives it; write a size suffix (e.g. '${mnemonic}l')`);
    }
    for (const f of cands) {
      const sp = writtenSpecs(f, ops.length);
      if (f.size === 32 && sp && sp.every((s, i) => operandFits(f, s, ops[i]!))) { form = f; specs = sp; break; }
    }
  }
  // Operands are converted in place: a bare expression becomes a jump target where the form says so.
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i]!;
    const sp = specs[i]!;
    if (o.kind !== 'mem') continue;
    if (sp.kind === 'rel') { ops[i] = { kind: 'target', expr: o.disp! }; continue; }
    if (sp.kind === 'fixed') continue;
    if ((o.base && o.base.cls !== 'r32') || (o.index && o.index.cls !== 'r32')) {
      throw new AsmError(loc, `only 32-bit base and index registers are supported in memory operands`);
    }
  }
  if (prefixes.length) form = checkPrefixes(form, prefixes, ops, mnemonic, loc);
  return { form, operands: ops };
}

function checkPrefixes(form: Form, prefixes: readonly string[], operands: readonly Operand[], mnemonic: string, loc: SourceLoc): Form {
  for (const p of prefixes) {
    const byte = PREFIX_BYTES.get(p);
    if (byte === undefined) throw new AsmError(loc, `unknown prefix '${p}'`);
    if (p === 'lock') {
      const memDst = operands.some((o) => o.kind === 'mem');
      if (!form.lockable || !memDst) {
        throw new AsmError(loc, `'lock' is not allowed with '${mnemonic}'${form.lockable ? ' without a memory destination' : ''}`);
      }
      continue;
    }
    if (form.rep === 'rep' && (p === 'rep' || p === 'repe' || p === 'repz')) continue;
    if (form.rep === 'repcc') continue;
    const variant = mandatoryPrefixVariant(form, byte as 0xf2 | 0xf3);
    if (variant) { form = variant; continue; }
    throw new AsmError(loc, `'${p}' is not allowed with '${mnemonic}'`);
  }
  return form;
}

function describeSpec(s: OperandSpec): string {
  switch (s.kind) {
    case 'reg': return `r${s.size}`;
    case 'rm': return `r/m${s.size}`;
    case 'mem': return s.size ? `m${s.size}` : 'mem';
    case 'regonly': return `r${s.size}`;
    case 'imm': return `imm${s.size}`;
    case 'rel': return 'label';
    case 'moffs': return `moffs${s.size}`;
    case 'fixed': return `%${s.fixed!.name}`;
    default: return s.kind;
  }
}

function describeForms(forms: readonly Form[]): string {
  const seen = new Set<string>();
  for (const f of forms) {
    if (f.asmOnly) continue;
    const ind = f.flow === 'ijmp' || f.flow === 'icall' ? '*' : '';
    const d = f.operands.filter((s) => s.value === undefined).map((s) => (s.kind === 'rm' || s.kind === 'mem' ? ind : '') + describeSpec(s)).join(', ');
    seen.add(d || '(no operands)');
    if (seen.size >= 6) break;
  }
  return [...seen].join(' | ');
}
