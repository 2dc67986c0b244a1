// The module image of a relocatable object: which sections are loaded, where each lands relative
// to the image start, and which relocations patch them — ONE reading that the loader (link.ts)
// and the verifier (src/verifier/elf-front.ts) share, so that the bytes the verifier checks are,
// relocation for relocation, the bytes the loader maps executable.
//
// Layout (both instances, any base that is page-aligned):
//
//   image start (text start)                                     text end
//   | exec section | pad | exec section | ... | data section | ... |
//   every SHF_ALLOC|SHF_EXECINSTR section, in section order,     then every other SHF_ALLOC section
//   whatever its name or type: the module text                   (the VM instance only)
//
// Each section at its alignment (a power of two, at most a page) from the image start: a section's
// offset from the text start is the same in every instance (the hypervisor's constant code offset).
//
// What an object must not contain, because two readers could take it differently (each a problem
// naming the section and offset; the loader refuses the object, the verifier rejects it):
//   - an executable section without contents (SHT_NOBITS): laid out as code, nothing to decode;
//   - relocation fields that overlap (several relocations at one offset, or 4-byte fields that
//     share bytes): the loader would add both, a reader keeping one would see another value;
//   - a relocation type the loader does not apply, or one in a section without contents;
//   - a relocation against a symbol in a section that is not loaded;
//   - loaded sections whose file contents overlap; an alignment that is not a power of two or
//     exceeds a page (the instances' layouts could then differ).

import {
  LoaderError, R_386_32, R_386_PC32, SHN_ABS, SHN_COMMON, SHN_UNDEF, type ElfReloc, type ElfSection, type ObjectFile,
} from './elf.js';

export const PAGE_BYTES = 4096;
/** Bytes a relocation patches (R_386_32 and R_386_PC32 alike). */
export const RELOC_FIELD_BYTES = 4;

export interface PlacedSection {
  readonly section: ElfSection;
  /** Offset from the image (= text) start. */
  readonly offset: number;
}

export interface PlanProblem {
  readonly section: string;
  readonly offset: number;
  readonly reason: string;
}

export interface ModulePlan {
  readonly file: string;
  /** Every loaded executable section, in layout order: the module text. */
  readonly text: readonly PlacedSection[];
  /** Every other loaded section (the VM instance places them after the text). */
  readonly data: readonly PlacedSection[];
  /** Bytes from the text start to the end of the last executable section. */
  readonly textSize: number;
  /** Bytes from the image start to the end of the last loaded section. */
  readonly size: number;
  /** Offset from the image start of each loaded section, by section index. */
  readonly offsets: ReadonlyMap<number, number>;
  /** Relocations of each loaded section, sorted by offset (fields disjoint when there is no problem). */
  readonly relocs: ReadonlyMap<number, readonly ElfReloc[]>;
  /** Why the object could be read two ways (empty for a well-formed object). */
  readonly problems: readonly PlanProblem[];
}

const isPow2 = (x: number): boolean => x > 0 && (x & (x - 1)) === 0;
const alignUp = (x: number, a: number): number => Math.ceil(x / a) * a;
const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;

const PLANS = new WeakMap<ObjectFile, ModulePlan>();

/** The image of `obj` (computed once per object). */
export function planModule(obj: ObjectFile): ModulePlan {
  let p = PLANS.get(obj);
  if (!p) PLANS.set(obj, (p = computePlan(obj)));
  return p;
}

/** The image of `obj`, or a LoaderError listing what makes it ambiguous. */
export function requirePlan(obj: ObjectFile): ModulePlan {
  const p = planModule(obj);
  if (p.problems.length) {
    throw new LoaderError(`${obj.file}: the object can be read more than one way, refused:\n  ${p.problems.slice(0, 20).map(formatProblem).join('\n  ')}`);
  }
  return p;
}

export function formatProblem(x: PlanProblem): string {
  return `${x.section}+${hex(x.offset)}: ${x.reason}`;
}

function computePlan(obj: ObjectFile): ModulePlan {
  const problems: PlanProblem[] = [];
  const loaded = obj.sections.filter((s) => s.alloc);
  const exec = loaded.filter((s) => s.exec);
  const rest = loaded.filter((s) => !s.exec);
  for (const s of loaded) {
    if (!isPow2(s.align) || s.align > PAGE_BYTES) problems.push({ section: s.name, offset: 0, reason: `alignment ${s.align} is not a power of two of at most ${PAGE_BYTES}` });
    if (s.exec && s.nobits && s.size > 0) problems.push({ section: s.name, offset: 0, reason: `executable section without contents (SHT_NOBITS, ${s.size} bytes): laid out as code, it has no bytes to verify` });
  }
  const offsets = new Map<number, number>();
  let at = 0;
  const place = (list: readonly ElfSection[]): PlacedSection[] => list.map((s) => {
    at = alignUp(at, isPow2(s.align) && s.align <= PAGE_BYTES ? s.align : PAGE_BYTES);
    const p = { section: s, offset: at };
    offsets.set(s.index, at);
    at += s.size;
    return p;
  });
  const text = place(exec);
  const textSize = at;
  const data = place(rest);
  // Loaded sections' file contents must be disjoint.
  const withBytes = loaded.filter((s) => !s.nobits && s.size > 0).map((s) => ({ s, from: s.fileOffset }))
    .sort((a, b) => a.from - b.from);
  for (let k = 1; k < withBytes.length; k++) {
    const a = withBytes[k - 1]!, b = withBytes[k]!;
    if (b.from < a.from + a.s.size) problems.push({ section: b.s.name, offset: 0, reason: `its contents overlap those of section ${a.s.name} in the file` });
  }
  const relocs = new Map<number, readonly ElfReloc[]>();
  for (const s of loaded) {
    const list = [...(obj.relocs.get(s.index) ?? [])].sort((a, b) => a.offset - b.offset);
    if (!list.length) continue;
    relocs.set(s.index, list);
    if (s.nobits) { problems.push({ section: s.name, offset: list[0]!.offset, reason: 'relocation in a section without contents (SHT_NOBITS)' }); continue; }
    let prevEnd = -1, prevOff = -1;
    for (const r of list) {
      if (r.type !== R_386_32 && r.type !== R_386_PC32) problems.push({ section: s.name, offset: r.offset, reason: `relocation type ${r.type} is not one the loader applies (R_386_32, R_386_PC32)` });
      if (r.offset < prevEnd) {
        problems.push({
          section: s.name, offset: r.offset,
          reason: r.offset === prevOff ? 'several relocations at one offset (the loader would apply each, a reader keeping one would see another value)'
            : `relocation field overlaps the one at ${s.name}+${hex(prevOff)}`,
        });
      }
      if (r.offset + RELOC_FIELD_BYTES > s.size) problems.push({ section: s.name, offset: r.offset, reason: `relocation field runs past the end of the section (${s.size} bytes)` });
      const sym = obj.symbols[r.symbol];
      if (sym && sym.shndx !== SHN_UNDEF && sym.shndx !== SHN_ABS && sym.shndx !== SHN_COMMON && !obj.sections[sym.shndx]?.alloc) {
        problems.push({ section: s.name, offset: r.offset, reason: `relocation against '${sym.name || obj.sections[sym.shndx]?.name || `section ${sym.shndx}`}', which is in no loaded section` });
      }
      prevEnd = Math.max(prevEnd, r.offset + RELOC_FIELD_BYTES);
      prevOff = r.offset;
    }
  }
  return { file: obj.file, text, data, textSize, size: at, offsets, relocs, problems };
}

/**
 * The relocated bytes of loaded section `s` at `address`: every relocation of the plan applied in
 * offset order, R_386_32 as S + A, R_386_PC32 as S + A - P (`value` gives S for a relocation).
 */
export function relocate(plan: ModulePlan, s: ElfSection, address: number, value: (r: ElfReloc) => number): Uint8Array {
  const bytes = s.nobits ? new Uint8Array(s.size) : Uint8Array.from(s.data);
  const dv = new DataView(bytes.buffer);
  for (const r of plan.relocs.get(s.index) ?? []) {
    const S = value(r);
    const A = dv.getUint32(r.offset, true);
    const v = r.type === R_386_32 ? S + A : S + A - (address + r.offset);
    dv.setUint32(r.offset, v >>> 0, true);
  }
  return bytes;
}
