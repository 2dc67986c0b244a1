// Placement and relocation of one relocatable object as one instance (DESIGN.md §3, thesis §4.3.2).
// Pure: produces relocated section images and symbol addresses; the caller writes them into the
// emulated machine. Which sections load, where, and which relocations apply come from image.ts,
// the reading the verifier shares; this file only decides what each symbol is worth per instance.
//
// Binding policy (the same rewritten object serves both instances):
//   VM instance   every allocated section placed in dom0 memory; undefined symbols from the dom0
//                 kernel's exports; `__svm_*` from the VM instance's runtime (identity stlb).
//   hypervisor    only executable sections placed (same layout, constant offset from the VM text);
//                 a PC-relative reference to module code -> this instance's copy; every absolute
//                 reference (data, and code addresses that may escape into shared data such as
//                 function pointers and jump tables) -> the VM instance's address; a PC-relative
//                 call to a kernel routine -> hypervisor implementation or numbered upcall stub;
//                 `__svm_*` -> the hypervisor instance's runtime.

import {
  LoaderError, R_386_PC32, SHN_ABS, SHN_COMMON, SHN_UNDEF, STT_SECTION, type ElfSection, type ElfSymbol, type ObjectFile,
} from './elf.js';
import { PAGE_BYTES, relocate, requirePlan } from './image.js';

export type InstanceKind = 'vm' | 'hv';

export interface Image {
  readonly name: string;
  readonly address: number;
  /** Relocated contents (zero-filled for NOBITS). */
  readonly bytes: Uint8Array;
  readonly exec: boolean;
  readonly write: boolean;
}

/** How undefined symbols resolve for an instance. `kind` tells how the symbol is referenced. */
export interface ExternalResolver {
  /** Address for an undefined symbol, or undefined when it cannot be resolved. */
  resolve(name: string, use: 'call' | 'address'): number | undefined;
}

export interface LinkedInstance {
  readonly kind: InstanceKind;
  readonly images: readonly Image[];
  /** Where each section landed in this instance (hypervisor: executable sections only). */
  readonly placed: ReadonlyMap<number, number>;
  /** Addresses of the module's defined symbols as this instance sees them. */
  readonly symbols: ReadonlyMap<string, number>;
  /** Module text range of this instance: [start, start + size). */
  readonly textStart: number;
  readonly textSize: number;
  /** Common symbols allocated by this instance (VM only). */
  readonly commons: ReadonlyMap<string, number>;
}

const align = (x: number, a: number): number => Math.ceil(x / a) * a;

/**
 * Where each section of `obj` lands from `base` (image.ts: executable sections first, the module
 * text, then the others); `include` selects the sections an instance places. `base` must be
 * page-aligned so that every instance keeps the same offsets from its text start.
 */
export function layout(obj: ObjectFile, base: number, include: (s: ElfSection) => boolean): { placed: Map<number, number>; end: number; textStart: number; textEnd: number } {
  const plan = requirePlan(obj);
  if (base % PAGE_BYTES) throw new LoaderError(`${obj.file}: module base 0x${(base >>> 0).toString(16)} is not page-aligned`);
  const placed = new Map<number, number>();
  let end = base;
  for (const p of [...plan.text, ...plan.data]) {
    if (!include(p.section)) continue;
    placed.set(p.section.index, base + p.offset);
    end = base + p.offset + p.section.size;
  }
  return { placed, end, textStart: base, textEnd: base + plan.textSize };
}

export interface LinkOptions {
  readonly kind: InstanceKind;
  /** Where this instance's sections start (the VM instance: dom0 address; hypervisor: its text). */
  readonly base: number;
  readonly externals: ExternalResolver;
  /** Runtime symbols (`__svm_*`) of this instance. */
  readonly runtime: ExternalResolver;
  /** For the hypervisor instance: the VM instance it shares data with. */
  readonly vm?: LinkedInstance;
}

export function link(obj: ObjectFile, opts: LinkOptions): LinkedInstance {
  const hv = opts.kind === 'hv';
  if (hv && !opts.vm) throw new LoaderError(`${obj.file}: binding the hypervisor instance needs the VM instance`);
  const { placed, end, textStart, textEnd } = layout(obj, opts.base, (s) => !hv || s.exec);
  // The hypervisor text keeps the VM layout exactly: a constant code offset between instances.
  if (hv) {
    const vm = opts.vm!;
    for (const [idx, a] of placed) {
      const vmA = vm.placed.get(idx);
      if (vmA === undefined || vmA - vm.textStart !== a - textStart) {
        throw new LoaderError(`${obj.file}: section ${obj.sections[idx]!.name} would not keep its VM-instance offset in the hypervisor text`);
      }
    }
  }
  // Commons (global `.comm` without -fno-common) live with the data, in the VM instance.
  const commons = new Map<string, number>();
  let commonAt = align(end, 16);
  if (!hv) {
    for (const sym of obj.symbols) {
      if (sym.shndx !== SHN_COMMON) continue;
      commonAt = align(commonAt, Math.max(1, sym.value));
      commons.set(sym.name, commonAt);
      commonAt += sym.size;
    }
  }
  const vmAddr = (sym: ElfSymbol): number | undefined => {
    const vm = hv ? opts.vm! : null;
    if (sym.shndx === SHN_COMMON) return vm ? vm.commons.get(sym.name) : commons.get(sym.name);
    const secAddr = vm ? vm.placed.get(sym.shndx) : placed.get(sym.shndx);
    return secAddr === undefined ? undefined : secAddr + sym.value;
  };
  const symbolValue = (sym: ElfSymbol, type: number, where: string): number => {
    if (sym.shndx === SHN_ABS) return sym.value;
    if (sym.shndx === SHN_UNDEF) {
      const use = type === R_386_PC32 ? 'call' : 'address';
      const v = sym.name.startsWith('__svm_') ? opts.runtime.resolve(sym.name, use) : opts.externals.resolve(sym.name, use);
      if (v === undefined) {
        throw new LoaderError(`${obj.file}: undefined symbol '${sym.name}' referenced ${where} cannot be resolved for the ${hv ? 'hypervisor' : 'VM'} instance`);
      }
      return v;
    }
    const section = obj.sections[sym.shndx];
    if (!section) throw new LoaderError(`${obj.file}: symbol '${sym.name}' in section ${sym.shndx}, which does not exist`);
    // PC-relative references to code stay inside this instance; everything else is a VM address.
    if (hv && type === R_386_PC32 && section.exec) return placed.get(sym.shndx)! + sym.value;
    const v = vmAddr(sym);
    if (v === undefined) throw new LoaderError(`${obj.file}: symbol '${sym.name || section.name}' referenced ${where} lies in section ${section.name}, which is not loaded`);
    if (hv && type === R_386_PC32 && !section.exec) {
      throw new LoaderError(`${obj.file}: PC-relative reference ${where} to data symbol '${sym.name || section.name}' (position-independent code is not supported)`);
    }
    return v;
  };

  const plan = requirePlan(obj);
  const images: Image[] = [];
  for (const [idx, address] of placed) {
    const s = obj.sections[idx]!;
    const bytes = relocate(plan, s, address, (r) => symbolValue(obj.symbols[r.symbol]!, r.type, `from ${s.name}+0x${r.offset.toString(16)}`));
    images.push({ name: s.name, address, bytes, exec: s.exec, write: s.write });
  }
  const symbols = new Map<string, number>();
  for (const sym of obj.symbols) {
    if (!sym.name || sym.type === STT_SECTION || sym.shndx === SHN_UNDEF) continue;
    if (sym.shndx === SHN_ABS) { symbols.set(sym.name, sym.value); continue; }
    const section = obj.sections[sym.shndx];
    if (hv && section?.exec) symbols.set(sym.name, placed.get(sym.shndx)! + sym.value);
    else { const v = vmAddr(sym); if (v !== undefined) symbols.set(sym.name, v); }
  }
  return { kind: opts.kind, images, placed, symbols, textStart, textSize: textEnd - textStart, commons };
}

/** Reads the 32-bit words of a loaded section image (the rewriter's side tables). */
export function sectionWords(inst: LinkedInstance, name: string): number[] {
  const img = inst.images.find((i) => i.name === name);
  if (!img) return [];
  const dv = new DataView(img.bytes.buffer, img.bytes.byteOffset, img.bytes.byteLength);
  const out: number[] = [];
  for (let o = 0; o + 4 <= img.bytes.length; o += 4) out.push(dv.getUint32(o, true));
  return out;
}
