// Public face of the instruction table: lookups derived from FORMS (by AT&T name, prefixes), and
// the count-dependent flag rules. Nothing here adds facts; it only indexes table.ts.

import { CF, OF } from './flags.js';
import { FORMS } from './table.js';
import type { Form } from './types.js';

export { FORMS } from './table.js';
export * from './types.js';
export * from './flags.js';
export * from './registers.js';

/** Parse candidates by AT&T spelling (lower case), in table order; decode-only encodings excluded. */
export const FORMS_BY_NAME: ReadonlyMap<string, readonly Form[]> = (() => {
  const m = new Map<string, Form[]>();
  for (const f of FORMS) {
    if (f.decodeOnly) continue;
    for (const n of f.names) {
      let l = m.get(n);
      if (!l) m.set(n, (l = []));
      if (!l.includes(f)) l.push(f);
    }
  }
  return m;
})();

/** Instruction prefixes as AT&T writes them, with their byte. */
export const PREFIX_BYTES: ReadonlyMap<string, number> = new Map([
  ['lock', 0xf0],
  ['rep', 0xf3], ['repe', 0xf3], ['repz', 0xf3],
  ['repne', 0xf2], ['repnz', 0xf2],
]);

/** Segment override prefix bytes by segment register number (es cs ss ds fs gs). */
export const SEGMENT_PREFIX = [0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65] as const;

/**
 * The form that an F3/F2 prefix turns `form` into, when the table has one with that mandatory
 * prefix and the same opcode (F3 90 `pause` is `rep; nop`). Undefined when there is none.
 */
export function mandatoryPrefixVariant(form: Form, prefix: 0xf2 | 0xf3): Form | undefined {
  return FORMS.find((f) => f.enc.prefix === prefix && f.op !== form.op && !f.decodeOnly &&
    f.enc.opcode.length === form.enc.opcode.length && f.enc.opcode.every((b, i) => b === form.enc.opcode[i]) &&
    f.enc.modrm === form.enc.modrm && f.operands.length === form.operands.length && f.size === form.size);
}

/**
 * Flags left undefined by this execution of `form`, given its masked shift/rotate count (SDM):
 * shifts: OF undefined unless count is 1, CF undefined for SHL/SHR when count >= operand size;
 * rotates: OF undefined unless count is 1; shld/shrd: OF undefined unless count is 1, and
 * everything undefined when count > operand size. A zero count changes no flag.
 */
export function undefinedFlags(form: Form, maskedCount?: number): number {
  const rule = form.flags.countRule;
  if (!rule || maskedCount === undefined) return form.flags.undef;
  if (maskedCount === 0) return 0;
  let u = form.flags.undef;
  if (maskedCount !== 1) u |= OF;
  if (rule === 'shift' && (form.op === 'shl' || form.op === 'shr') && maskedCount >= form.size) u |= CF;
  if (rule === 'shiftd' && maskedCount > form.size) u |= form.flags.write;
  return u;
}

/** Operand-size prefix or size suffix letter for a size in bits. */
export function sizeSuffix(size: number): string {
  return size === 8 ? 'b' : size === 16 ? 'w' : size === 32 ? 'l' : '';
}
