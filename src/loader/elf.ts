// ELF32 relocatable objects as `as --32` writes them: the container (header, section table) through
// `elfy`, the symbol table and REL relocations parsed here, everything validated. A malformed or
// unsupported object is a LoaderError naming the file, section and offset — never a crash.

import elfy from 'elfy';

export class LoaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoaderError';
  }
}

export const R_386_NONE = 0;
export const R_386_32 = 1;
export const R_386_PC32 = 2;

export const SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8, SHT_REL = 9, SHT_GROUP = 17;
export const SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;
export const SHN_UNDEF = 0, SHN_ABS = 0xfff1, SHN_COMMON = 0xfff2;
export const STT_NOTYPE = 0, STT_OBJECT = 1, STT_FUNC = 2, STT_SECTION = 3, STT_FILE = 4;
export const STB_LOCAL = 0, STB_GLOBAL = 1, STB_WEAK = 2;

export interface ElfSection {
  readonly index: number;
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly size: number;
  readonly align: number;
  /** Offset of the contents in the file (sh_offset). */
  readonly fileOffset: number;
  /** Contents (empty for NOBITS). */
  readonly data: Uint8Array;
  readonly link: number;
  readonly info: number;
  readonly alloc: boolean;
  readonly write: boolean;
  readonly exec: boolean;
  readonly nobits: boolean;
}

export interface ElfSymbol {
  readonly index: number;
  readonly name: string;
  readonly value: number;
  readonly size: number;
  readonly type: number;
  readonly bind: number;
  /** Section index, or SHN_UNDEF / SHN_ABS / SHN_COMMON. */
  readonly shndx: number;
}

export interface ElfReloc {
  /** Offset within the section being relocated. */
  readonly offset: number;
  readonly type: number;
  readonly symbol: number;
}

export interface ObjectFile {
  readonly file: string;
  readonly sections: readonly ElfSection[];
  readonly symbols: readonly ElfSymbol[];
  /** Relocations by the index of the section they apply to. */
  readonly relocs: ReadonlyMap<number, readonly ElfReloc[]>;
}

function u16(b: Uint8Array, o: number): number { return b[o]! | (b[o + 1]! << 8); }
function u32(b: Uint8Array, o: number): number { return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0; }

function cstr(b: Uint8Array, o: number, what: string, file: string): string {
  if (o >= b.length) throw new LoaderError(`${file}: ${what} name offset ${o} is outside its string table (${b.length} bytes)`);
  let e = o;
  while (e < b.length && b[e] !== 0) e++;
  if (e >= b.length) throw new LoaderError(`${file}: ${what} name at offset ${o} is not NUL-terminated`);
  return Buffer.from(b.subarray(o, e)).toString('latin1');
}

/** Parses and validates an ELF32 i386 relocatable object. */
export function parseObject(bytes: Uint8Array, file: string): ObjectFile {
  if (bytes.length < 52) throw new LoaderError(`${file}: not an ELF file (${bytes.length} bytes, shorter than an ELF32 header)`);
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    throw new LoaderError(`${file}: not an ELF file (magic ${[...bytes.subarray(0, 4)].map((x) => x.toString(16).padStart(2, '0')).join(' ')})`);
  }
  if (bytes[4] !== 1) throw new LoaderError(`${file}: ELF class ${bytes[4]} is not ELFCLASS32 (1)`);
  if (bytes[5] !== 1) throw new LoaderError(`${file}: ELF data encoding ${bytes[5]} is not little-endian (1)`);
  const type = u16(bytes, 16);
  if (type !== 1) throw new LoaderError(`${file}: ELF type ${type} is not ET_REL (1): the loader binds relocatable objects`);
  const machine = u16(bytes, 18);
  if (machine !== 3) throw new LoaderError(`${file}: ELF machine ${machine} is not EM_386 (3)`);
  const shoff = u32(bytes, 32), shentsize = u16(bytes, 46), shnum = u16(bytes, 48), shstrndx = u16(bytes, 50);
  if (shentsize !== 40) throw new LoaderError(`${file}: section header size ${shentsize} is not 40`);
  if (shoff + shnum * 40 > bytes.length) throw new LoaderError(`${file}: section header table (offset ${shoff}, ${shnum} entries) runs past the end of the file (${bytes.length} bytes)`);
  if (shstrndx >= shnum) throw new LoaderError(`${file}: section name table index ${shstrndx} out of range (${shnum} sections)`);
  // Every section's contents must lie inside the file before elfy slices them.
  for (let i = 0; i < shnum; i++) {
    const h = shoff + i * 40;
    const st = u32(bytes, h + 4), off = u32(bytes, h + 16), size = u32(bytes, h + 20);
    if (st !== SHT_NOBITS && st !== 0 && off + size > bytes.length) {
      throw new LoaderError(`${file}: section ${i} contents (offset ${off}, size ${size}) run past the end of the file (${bytes.length} bytes)`);
    }
  }
  let parsed: { body: { sections: Array<{ name: string; type: string | number; flags: unknown; addralign: number; size: number; data: Buffer; link: number; info: number }> } };
  try {
    parsed = elfy.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw new LoaderError(`${file}: malformed ELF container: ${(e as Error).message}`);
  }
  const raw = parsed.body.sections;
  const sections: ElfSection[] = raw.map((s, index) => {
    const h = shoff + index * 40;
    const stype = u32(bytes, h + 4);
    const flags = u32(bytes, h + 8);
    const nobits = stype === SHT_NOBITS;
    return {
      index, name: String(s.name ?? ''), type: stype, flags, size: s.size, align: Math.max(1, s.addralign || 1), fileOffset: u32(bytes, h + 16),
      data: nobits ? new Uint8Array(0) : new Uint8Array(s.data), link: s.link, info: s.info,
      alloc: (flags & SHF_ALLOC) !== 0, write: (flags & SHF_WRITE) !== 0, exec: (flags & SHF_EXECINSTR) !== 0, nobits,
    };
  });
  const symtab = sections.find((s) => s.type === SHT_SYMTAB);
  const symbols: ElfSymbol[] = [];
  if (symtab) {
    if (symtab.link >= sections.length) throw new LoaderError(`${file}: ${symtab.name} links to string table ${symtab.link}, out of range`);
    const strtab = sections[symtab.link]!.data;
    if (symtab.data.length % 16) throw new LoaderError(`${file}: ${symtab.name} size ${symtab.data.length} is not a multiple of 16`);
    for (let i = 0; i < symtab.data.length / 16; i++) {
      const o = i * 16;
      const d = symtab.data;
      const info = d[o + 12]!;
      const shndx = u16(d, o + 14);
      if (shndx !== SHN_UNDEF && shndx < 0xff00 && shndx >= sections.length) {
        throw new LoaderError(`${file}: symbol ${i} refers to section ${shndx}, out of range (${sections.length} sections)`);
      }
      symbols.push({ index: i, name: cstr(strtab, u32(d, o), `symbol ${i}`, file), value: u32(d, o + 4), size: u32(d, o + 8), type: info & 15, bind: info >> 4, shndx });
    }
  }
  const relocs = new Map<number, ElfReloc[]>();
  for (const s of sections) {
    if (s.type === 4) throw new LoaderError(`${file}: section ${s.name} holds RELA relocations; i386 objects use REL`);
    if (s.type !== SHT_REL) continue;
    const target = sections[s.info];
    if (!target) throw new LoaderError(`${file}: relocation section ${s.name} applies to section ${s.info}, out of range`);
    if (s.data.length % 8) throw new LoaderError(`${file}: relocation section ${s.name} size ${s.data.length} is not a multiple of 8`);
    // One relocation table per section: a second one would be a second, partial reading of it.
    if (relocs.has(target.index)) throw new LoaderError(`${file}: two relocation sections apply to section ${target.name} (the second is ${s.name})`);
    const list: ElfReloc[] = [];
    for (let o = 0; o < s.data.length; o += 8) {
      const offset = u32(s.data, o), info = u32(s.data, o + 4);
      const type = info & 0xff, symbol = info >>> 8;
      if (type !== R_386_32 && type !== R_386_PC32) {
        throw new LoaderError(`${file}: unsupported relocation type ${type} in section ${target.name} at offset 0x${offset.toString(16)} (only R_386_32 and R_386_PC32)`);
      }
      if (symbol >= symbols.length) throw new LoaderError(`${file}: relocation in ${target.name} at offset 0x${offset.toString(16)} names symbol ${symbol}, out of range`);
      if (offset + 4 > target.size) throw new LoaderError(`${file}: relocation in ${target.name} at offset 0x${offset.toString(16)} lies outside the section (${target.size} bytes)`);
      list.push({ offset, type, symbol });
    }
    relocs.set(target.index, list);
  }
  return { file, sections, symbols, relocs };
}
