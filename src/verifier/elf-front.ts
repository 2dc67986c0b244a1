// Machine-code front end of the verifier: an ELF32 relocatable object (src/loader/elf.ts) -> the
// Code stream of code.ts. Owns: linear decoding of every executable section of the module image
// (loader/image.ts: the sections and relocations the loader installs, whatever their names or
// types; its problems are violations here) with the table's decoder, the forms check (forms.ts),
// relocation binding (which 32-bit displacement/immediate field names which symbol — every
// relocation in code must patch exactly such a field, or the loader would change bytes the
// verifier decoded), direct targets (PC32 to undefined symbols = external; to defined code =
// instruction boundaries), symbols in code (each at an instruction boundary), entry points
// (STT_FUNC and global symbols, call targets), the side tables (`.svm_targets`: landings and
// function entries; `.svm_returns`: return sites — each entry one aligned R_386_32 naming an
// instruction boundary), regions (functions by address, `.cold` parts merged), text offsets of
// the image, and `section+offset` locations with original lines from `.svm_sites`.

import { SEGMENT_SECTION } from '../svm-runtime/segment.js';
import type { Decoded } from '../isa/decoder.js';
import * as DECODER from '../isa/decoder.js';
import * as REGS from '../isa/registers.js';
import type { ElfReloc, ElfSymbol, ObjectFile } from '../loader/elf.js';
import * as ELF from '../loader/elf.js';
import * as ABI from '../svm-runtime/abi.js';
import { planModule } from '../loader/image.js';
import type { Code, InsnFacts, VMem, VOp, Violation, Where } from './code.js';
import * as C from './code.js';
import { prefixProblem } from './forms.js';
import * as SITES from './sites.js';
import type { SiteInput } from './sites.js';

// Imported values as module-local bindings: hot paths then read plain constants and call plain
// functions even under loaders that compile imports to live-binding getters (vitest, tsx).
const { decode, isDecodeFailure, outsideFlatModel } = DECODER;
const { SREG_NAMES } = REGS;
const { R_386_32, R_386_PC32, SHN_ABS, SHN_COMMON, SHN_UNDEF, STB_GLOBAL, STB_WEAK, STT_FILE, STT_FUNC, STT_SECTION } = ELF;
const { NORETURN, RETURNS_SECTION, SITES_SECTION, STUB_SECTION, TARGETS_SECTION } = ABI;
const {
  immOp, isColdPart, isRuntimeNoreturn, makeFacts, MEM_OP, NEXT_DATA, OP_IMM, OP_MEM, OP_REG, REL_OP, regionName, regOp,
  ROLE_NAMES, ROLE_NONE, ROLE_OTHER, RUNTIME_ROLES, TGT_BAD, TGT_EXTERNAL, TGT_INTERNAL,
} = C;
const { siteLineAt } = SITES;

/** What a relocated field names. */
export interface FieldSym {
  readonly role: number;
  readonly sym: string;
}

const hex = (v: number): string => (v < 0 ? '-0x' + (-v).toString(16) : '0x' + v.toString(16));

/** Facts of a decoded instruction; `fieldSym(offset)` names the symbol relocating a field. */
export function decodedFacts(d: Decoded, fieldSym: (fieldOffset: number, fieldBytes: number) => FieldSym | null): InsnFacts {
  const form = d.form;
  const ops: VOp[] = [];
  let mem: VMem | null = null;
  let memIdx = -1;
  form.operands.forEach((spec, k) => {
    const o = d.operands[k]!;
    switch (o.kind) {
      case 'reg': ops.push(regOp(o.reg)); break;
      case 'imm': {
        const fs = spec.loc === 'imm' && d.immOffset >= 0 ? fieldSym(d.immOffset, spec.encBytes ?? 0) : null;
        ops.push(immOp(o.value, fs ? fs.role : ROLE_NONE, fs ? fs.sym : null));
        break;
      }
      case 'rel': ops.push(REL_OP); break;
      case 'mem': {
        const fs = o.dispOffset >= 0 ? fieldSym(o.dispOffset, (d.immOffset > o.dispOffset ? d.immOffset : d.length) - o.dispOffset) : null;
        mem = {
          seg: o.seg, base: o.base, index: o.index, scale: o.scale, disp: o.disp, role: fs ? fs.role : ROLE_NONE,
          sym: fs ? fs.sym : null, complex: false, size: spec.size / 8, dispAt: o.dispOffset,
        };
        memIdx = k;
        ops.push(MEM_OP);
        break;
      }
    }
  });
  const rep = d.rep !== 0 && form.rep !== 'none';
  return makeFacts(form, ops, mem, memIdx, rep, d.seg);
}

/** AT&T-like text of a decoded instruction (for messages); `relText` names a direct target. */
export function formatDecoded(d: Decoded, f: InsnFacts, relText: (d: Decoded) => string | null): string {
  const { form, ops, mem, rep } = f;
  const parts: string[] = [];
  form.operands.forEach((spec, k) => {
    if (spec.value !== undefined) return;
    const o = ops[k]!;
    if (o.k === OP_REG) parts.push(`%${o.reg!.name}`);
    else if (o.k === OP_IMM) parts.push(o.sym ? `$${o.sym}${o.imm ? (o.imm > 0 ? '+' : '') + o.imm : ''}` : `$${hex(o.imm)}`);
    else if (o.k === OP_MEM && mem) {
      let s = mem.seg >= 0 ? `%${SREG_NAMES[mem.seg]}:` : '';
      if (mem.sym) s += mem.sym + (mem.disp ? (mem.disp > 0 ? '+' : '') + mem.disp : '');
      else if (mem.disp || (mem.base < 0 && mem.index < 0)) s += hex(mem.disp);
      if (mem.base >= 0 || mem.index >= 0) {
        s += '(' + (mem.base >= 0 ? `%${GPR[mem.base]}` : '') + (mem.index >= 0 ? `,%${GPR[mem.index]},${mem.scale}` : '') + ')';
      }
      parts.push((form.flow === 'icall' || form.flow === 'ijmp' ? '*' : '') + s);
    } else if (o.k === OP_REG) parts.push('');
    else parts.push(relText(d) ?? '?');
  });
  if ((form.flow === 'icall' || form.flow === 'ijmp') && ops[0]?.k === OP_REG) parts[0] = '*' + parts[0];
  const pre = (d.lock ? 'lock ' : '') + (rep ? (d.rep === 0xf2 ? 'repne ' : 'rep ') : '');
  return `${pre}${form.mnemonic}${parts.length ? ' ' + parts.join(', ') : ''}`;
}

const GPR = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'];

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

interface SecCode {
  readonly index: number;
  readonly name: string;
  /** Instruction index at each offset (-1: not an instruction start). */
  readonly at: Int32Array;
}

/**
 * Decoded instructions by their bytes (x86 decoding is prefix-determined: bytes that once decoded
 * as a k-byte instruction always do). Only relocation-free instructions of up to 6 bytes enter.
 */
interface Cached {
  readonly facts: InsnFacts;
  readonly length: number;
  /** Offset and size of an unrelocated rel (direct branch) field, or -1. */
  readonly relOff: number;
  readonly relBytes: number;
  /** A direct call or jump to a runtime routine (its PC32 relocation is part of the key): role. */
  readonly extRole: number;
}
/**
 * Open-addressing table. Key: lo = bytes 0..3, hi = bytes 4..6 | length << 24, x = the relocation
 * the instruction carries (field offset << 16 | type << 8 | runtime role; 0 for none) — only
 * relocations against runtime symbols, whose meaning is the same in every object.
 */
const CACHE_BITS = 15;
const CACHE_SIZE = 1 << CACHE_BITS;
const MAX_CACHED = 7;
/** Key part of a PC32 relocation against any symbol but a runtime one (a direct call or jump). */
const PC32_ANY = (2 << 8) | 0xff;
const cacheLo = new Int32Array(CACHE_SIZE);
const cacheHi = new Int32Array(CACHE_SIZE).fill(-1);
const cacheX = new Int32Array(CACHE_SIZE);
const cacheVal: (Cached | undefined)[] = new Array<Cached | undefined>(CACHE_SIZE);
let cacheCount = 0;

function slotOf(lo: number, hi: number, x: number): number {
  return Math.imul(lo ^ Math.imul(hi ^ x, 0x9e3779b1), 0x85ebca6b) >>> (32 - CACHE_BITS);
}

function cacheGet(lo: number, hi: number, x: number): Cached | undefined {
  for (let h = slotOf(lo, hi, x); ; h = (h + 1) & (CACHE_SIZE - 1)) {
    const k = cacheHi[h]!;
    if (k === -1) return undefined;
    if (k === hi && cacheLo[h] === lo && cacheX[h] === x) return cacheVal[h];
  }
}

/** Lengths cached per first byte (bit 1) and per first two bytes (bits 2..7): the lengths worth probing. */
const lens1 = new Uint8Array(256);
const lens2 = new Uint8Array(65536);

function cachePut(lo: number, hi: number, x: number, v: Cached): void {
  if (cacheCount >= CACHE_SIZE >> 1) return;
  if (v.length === 1) lens1[lo & 0xff]! |= 2;
  else lens2[lo & 0xffff]! |= 1 << v.length;
  let h = slotOf(lo, hi, x);
  while (cacheHi[h] !== -1) h = (h + 1) & (CACHE_SIZE - 1);
  cacheLo[h] = lo; cacheHi[h] = hi; cacheX[h] = x; cacheVal[h] = v;
  cacheCount++;
}

/** Builds the Code stream of an ELF32 relocatable object. */
export function elfCode(obj: ObjectFile): Code {
  const violations: Violation[] = [];
  const facts: InsnFacts[] = [];
  const secOf: number[] = [];
  const offOf: number[] = [];
  const next: number[] = [];
  const tgtKindL: number[] = [];
  const tgtNameL: (string | null)[] = [];
  const tgtRoleL: number[] = [];
  /** Internal targets to resolve once every section is decoded: [insn, section, offset]. */
  const pendingTargets: number[] = [];
  const codeSecs = new Map<number, SecCode>();
  const syms = obj.symbols;
  const symName = (s: ElfSymbol): string => (s.type === STT_SECTION ? obj.sections[s.shndx]?.name ?? '?' : s.name);
  const secWhere = (sec: number, off: number): Where => {
    const name = obj.sections[sec]?.name ?? `#${sec}`;
    return { where: `${name}+0x${off.toString(16)}`, section: name, offset: off };
  };
  /** Relocations of each section by offset (several at one offset are a plan problem, reported). */
  const relMaps = new Map<number, Map<number, ElfReloc>>();
  const relMap = (sec: number): Map<number, ElfReloc> => {
    let m = relMaps.get(sec);
    if (!m) {
      m = new Map();
      for (const r of obj.relocs.get(sec) ?? []) m.set(r.offset, r);
      relMaps.set(sec, m);
    }
    return m;
  };
  // The image the loader installs (loader/image.ts): its executable sections are the code, its
  // relocations the fields; whatever could be read two ways is a violation here and a refusal there.
  const plan = planModule(obj);
  for (const x of plan.problems) violations.push({ where: `${x.section}+0x${x.offset.toString(16)}`, section: x.section, offset: x.offset, rule: 'code', reason: x.reason });

  // Runtime names must stay undefined: the loader binds them per instance.
  for (const s of syms) {
    if (s.shndx !== SHN_UNDEF && s.type !== STT_SECTION && RUNTIME_ROLES.has(s.name)) {
      violations.push({ where: obj.file, file: obj.file, rule: 'code', reason: `the module defines the runtime symbol '${s.name}' (the loader must bind it)` });
    }
  }
  // A field's symbol names exactly one symbol-table entry: where two entries read alike (two
  // sections of one name, a local and an undefined symbol of one name) each gets its index, so
  // that facts relating two fields of "one symbol" (the table's constant pages) mean one address.
  const nameUses = new Map<string, number>();
  const symIndex = new Map<ElfSymbol, number>();
  syms.forEach((s, k) => { symIndex.set(s, k); nameUses.set(symName(s), (nameUses.get(symName(s)) ?? 0) + 1); });
  const fieldSymOf = (s: ElfSymbol): FieldSym => ({
    role: s.shndx === SHN_UNDEF ? RUNTIME_ROLES.get(s.name) ?? ROLE_OTHER : ROLE_OTHER,
    sym: nameUses.get(symName(s))! > 1 ? `${symName(s)}#${symIndex.get(s)}` : symName(s),
  });

  let codeBytes = 0;
  for (const { section: sec } of plan.text) {
    codeBytes += sec.size;
    const bytes = sec.data;
    const len = bytes.length;
    const at = new Int32Array(len + 1).fill(-1);
    codeSecs.set(sec.index, { index: sec.index, name: sec.name, at });
    if (sec.nobits) continue; // a plan problem: no bytes to decode
    const relocs = plan.relocs.get(sec.index) ?? [];
    const relAt = new Map<number, number>();
    for (let k = 0; k < relocs.length; k++) relAt.set(relocs[k]!.offset, k);
    const used = new Uint8Array(relocs.length);
    /** Cache key part of each relocation: type << 8 | runtime role; -1 when not cacheable. */
    const relKeys = new Int32Array(relocs.length);
    relocs.forEach((r, k) => {
      const sy = syms[r.symbol]!;
      const role = sy.shndx === SHN_UNDEF ? RUNTIME_ROLES.get(sy.name) : undefined;
      relKeys[k] = role !== undefined ? (r.type << 8) | role : r.type === R_386_PC32 ? PC32_ANY : -1;
    });
    let nextRel = 0;
    let base = 0;
    const read = (k: number): number => (base + k < len ? bytes[base + k]! : -1);
    let prev = -1;
    for (let off = 0; off < len;) {
      while (nextRel < relocs.length && relocs[nextRel]!.offset < off) nextRel++;
      const relFrom = nextRel < relocs.length ? relocs[nextRel]!.offset : 0x7fffffff;
      const idx = facts.length;
      // Cached decode: the longest run of bytes before the next relocation, up to 6.
      // Cached decode: the instruction's bytes, and the one runtime relocation it may carry.
      let hit: Cached | undefined;
      let lo = 0, hi = 0, x = 0;
      let maxK = Math.min(MAX_CACHED, len - off);
      const relKey = relFrom < off + maxK ? relKeys[nextRel]! : 0;
      if (relKey < 0) maxK = Math.min(maxK, relFrom - off);
      else if (relKey > 0) {
        const after = nextRel + 1 < relocs.length ? relocs[nextRel + 1]!.offset : 0x7fffffff;
        maxK = Math.min(maxK, after - off);
      }
      const probe = maxK >= 2 ? lens1[bytes[off]!]! | lens2[bytes[off]! | (bytes[off + 1]! << 8)]! : lens1[bytes[off]!]!;
      for (let k = 1; k <= maxK; k++) {
        const b = bytes[off + k - 1]!;
        if (k <= 4) lo |= b << (8 * (k - 1)); else hi |= b << (8 * (k - 5));
        if (!((probe >> k) & 1)) continue;
        // A relocated field must lie inside the candidate instruction.
        if (relKey > 0) {
          if (off + k < relFrom + 4) { if (off + k <= relFrom) { hit = cacheGet(lo, hi | (k << 24), 0); if (hit) break; } continue; }
          x = ((relFrom - off) << 16) | relKey;
        }
        hit = cacheGet(lo, hi | (k << 24), x);
        if (hit) break;
      }
      let f: InsnFacts;
      let length: number;
      let tk = 0, tname: string | null = null, trole = 0;
      /** A direct branch whose rel field (at fo, nb bytes, instruction length L) a PC32 relocation names. */
      const relocatedTarget = (k: number, fo: number, nb: number, L: number): void => {
        const r = relocs[k]!;
        const sy = syms[r.symbol]!;
        const field = u32(bytes, off + fo) | 0;
        const toEnd = L - fo;
        if (r.type !== R_386_PC32) { tk = TGT_BAD; tname = 'an absolute relocation on a branch displacement'; }
        else if (sy.shndx === SHN_UNDEF) {
          if (field + toEnd !== 0 || nb !== toEnd) { tk = TGT_BAD; tname = `lands inside external '${sy.name}'`; }
          else { tk = TGT_EXTERNAL; tname = sy.name; trole = RUNTIME_ROLES.get(sy.name) ?? ROLE_OTHER; }
        } else if (sy.shndx === SHN_ABS || sy.shndx === SHN_COMMON || !obj.sections[sy.shndx]?.exec) {
          tk = TGT_BAD; tname = `'${symName(sy)}' is not code`;
        } else {
          tk = TGT_INTERNAL;
          pendingTargets.push(idx, sy.shndx, sy.value + field + toEnd);
        }
      };
      if (hit) {
        f = hit.facts;
        length = hit.length;
        if (relFrom < off + length) used[nextRel] = 1;
        if (hit.extRole > 0) { tk = TGT_EXTERNAL; tname = ROLE_NAMES[hit.extRole]!; trole = hit.extRole; }
        else if (hit.relOff >= 0 && relFrom === off + hit.relOff) relocatedTarget(nextRel, hit.relOff, hit.relBytes, length);
        else if (hit.relOff >= 0) {
          const o = off + hit.relOff;
          const v = hit.relBytes === 1 ? (bytes[o]! << 24) >> 24 : (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24));
          tk = TGT_INTERNAL;
          pendingTargets.push(idx, sec.index, off + length + v);
        }
      } else {
        base = off;
        const d = decode(read, off);
        if (isDecodeFailure(d) || outsideFlatModel(d) !== null) {
          const unmodelled = isDecodeFailure(d) ? `bytes do not decode: ${d.reason}` : outsideFlatModel(d)!;
          violations.push({ ...secWhere(sec.index, off), rule: 'code', reason: unmodelled });
          if (prev >= 0) next[prev] = NEXT_DATA;
          prev = -1;
          off += d.length;
          continue;
        }
        length = d.length;
        let fieldBad: string | null = null;
        const fieldSym = (fo: number, nb: number): FieldSym | null => {
          const k = relAt.get(base + fo);
          if (k === undefined) return null;
          used[k] = 1;
          const r = relocs[k]!;
          if (r.type !== R_386_32) { fieldBad = 'a PC-relative relocation patches a data field'; return null; }
          if (nb !== 4) { fieldBad = `a 32-bit relocation patches a ${nb}-byte field`; return null; }
          return fieldSymOf(syms[r.symbol]!);
        };
        // Direct targets: rel32 may be relocated (PC32); rel8 never is.
        const relSpec = d.form.operands.findIndex((sp) => sp.loc === 'rel');
        let relOff = -1, relBytes = 0;
        if (relSpec >= 0) {
          relBytes = d.form.operands[relSpec]!.encBytes ?? 4;
          relOff = d.immOffset;
          const k = relAt.get(off + d.immOffset);
          if (k !== undefined) {
            used[k] = 1;
              relocatedTarget(k, d.immOffset, relBytes, d.length);
          } else {
            tk = TGT_INTERNAL;
            pendingTargets.push(idx, sec.index, (d.operands[relSpec] as { target: number }).target);
          }
        }
        f = decodedFacts(d, fieldSym);
        if (fieldBad) violations.push({ ...secWhere(sec.index, off), rule: 'code', reason: fieldBad });
        const unmodelled = prefixProblem(bytes, off, d);
        if (unmodelled) violations.push({ ...secWhere(sec.index, off), rule: 'code', reason: unmodelled });
        // Cacheable: at most one relocation, against a runtime symbol, and no violation found.
        if (length <= MAX_CACHED && !fieldBad && !unmodelled && tk !== TGT_BAD) {
          let kx = 0, ok = true;
          const end = off + length;
          for (let j = nextRel; j < relocs.length && relocs[j]!.offset < end; j++) {
            const rk = relKeys[j]!;
            // Only a relocation the decode consumed as a field: a hit marks it used unchecked.
            if (kx || rk <= 0 || !used[j]) { ok = false; break; }
            // A branch to a symbol other than a runtime routine: the facts are the target's business.
            if (rk === PC32_ANY && (relocs[j]!.offset - off !== relOff || tk === TGT_BAD)) { ok = false; break; }
            kx = ((relocs[j]!.offset - off) << 16) | rk;
          }
          if (ok) {
            let klo = 0, khi = 0;
            for (let k = 0; k < length; k++) {
              if (k < 4) klo |= bytes[off + k]! << (8 * k); else khi |= bytes[off + k]! << (8 * (k - 4));
            }
            const anyTarget = (kx & 0xffff) === PC32_ANY;
            cachePut(klo, khi | (length << 24), kx, {
              facts: f, length, relOff: kx && !anyTarget ? -1 : relOff, relBytes, extRole: tk === TGT_EXTERNAL && !anyTarget ? trole : 0,
            });
          }
        }
      }
      facts.push(f);
      secOf.push(sec.index);
      offOf.push(off);
      next.push(-1);
      tgtKindL.push(tk); tgtNameL.push(tname); tgtRoleL.push(trole);
      at[off] = idx;
      if (prev >= 0) next[prev] = idx;
      prev = idx;
      off += length;
    }
    relocs.forEach((r, k) => {
      if (!used[k]) {
        violations.push({ ...secWhere(sec.index, r.offset), rule: 'code', reason: 'a relocation patches bytes that are not a 32-bit displacement or immediate field of a decoded instruction' });
      }
    });
  }
  const n = facts.length;
  const tgtKind = Uint8Array.from(tgtKindL);
  const tgt = new Int32Array(n).fill(-1);
  const tgtName = tgtNameL;
  const tgtRole = Int8Array.from(tgtRoleL);
  const insnAt = (sec: number, off: number): number => {
    const c = codeSecs.get(sec);
    return c && off >= 0 && off < c.at.length ? c.at[off]! : -1;
  };
  const callTargets: number[] = [];
  for (let p = 0; p < pendingTargets.length; p += 3) {
    const i = pendingTargets[p]!, sec = pendingTargets[p + 1]!, off = pendingTargets[p + 2]!;
    const t = insnAt(sec, off);
    if (t < 0) {
      tgtKind[i] = TGT_BAD;
      tgtName[i] = `${obj.sections[sec]?.name ?? '?'}+0x${(off >>> 0).toString(16)} is not an instruction boundary`;
      continue;
    }
    tgt[i] = t;
    if (facts[i]!.form.flow === 'call') callTargets.push(t);
  }

  // Functions, regions, entry points.
  const region = new Int32Array(n).fill(-1);
  const regionIds = new Map<string, number>();
  const regionId = (name: string): number => {
    let r = regionIds.get(name);
    if (r === undefined) regionIds.set(name, (r = regionIds.size));
    return r;
  };
  const roots: number[] = [];
  /** Function entries: where the hypervisor may enter (ModuleSets.entries). */
  const entries: number[] = [];
  const fnAt = new Set<number>();
  const bySec = new Map<number, ElfSymbol[]>();
  for (const s of syms) {
    if (s.shndx === SHN_UNDEF || s.shndx >= 0xff00 || !codeSecs.has(s.shndx) || s.type === STT_SECTION || s.type === STT_FILE) continue;
    const e = insnAt(s.shndx, s.value);
    // A symbol in code names an instruction (or the section's end): a name that starts inside an
    // instruction would let anything that takes it (a function pointer, a table) name bytes the
    // linear decoding never saw as an instruction start.
    if (e < 0 && s.value !== obj.sections[s.shndx]!.size) {
      violations.push({ ...secWhere(s.shndx, s.value), rule: 'control', reason: `symbol '${s.name}' is not at an instruction boundary` });
      continue;
    }
    if (s.type === STT_FUNC) {
      let l = bySec.get(s.shndx);
      if (!l) bySec.set(s.shndx, (l = []));
      l.push(s);
      if (e >= 0) fnAt.add(e);
      if (e >= 0 && !isColdPart(s.name)) { roots.push(e); entries.push(e); }
    }
    if ((s.bind === STB_GLOBAL || s.bind === STB_WEAK) && e >= 0) { roots.push(e); entries.push(e); fnAt.add(e); }
  }
  let functions = 0;
  for (const [sec, list] of bySec) {
    list.sort((a, b) => a.value - b.value);
    const c = codeSecs.get(sec)!;
    let k = 0;
    let cur = regionId(`<${c.name}>`);
    let lastAddr = -1;
    for (const sy of list) if (sy.value !== lastAddr) { functions++; lastAddr = sy.value; }
    for (let off = 0; off < c.at.length; off++) {
      while (k < list.length && list[k]!.value <= off) cur = regionId(regionName(list[k++]!.name));
      const i = c.at[off]!;
      if (i >= 0) region[i] = cur;
    }
  }
  /**
   * `name` or `name+0xoff` of the function symbol at or before a section offset (bySec, sorted
   * above), for reports: a violation in machine code reads `.text+0x490 <e1000like_open+0x10>`.
   */
  const functionAt = (sec: number, off: number): string | null => {
    const l = bySec.get(sec);
    if (!l) return null;
    let lo = 0, hi = l.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (l[mid]!.value <= off) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return null;
    const f = l[best]!;
    return off === f.value ? f.name : `${f.name}+0x${(off - f.value).toString(16)}`;
  };
  for (const [sec, c] of codeSecs) {
    if (bySec.has(sec)) continue;
    const rid = regionId(`<${c.name}>`);
    for (let off = 0; off < c.at.length; off++) if (c.at[off]! >= 0) region[c.at[off]!] = rid;
  }
  roots.push(...callTargets);

  const relocTarget = (secIdx: number, o: number): [number, number] | null => {
    const r = relMap(secIdx).get(o);
    if (!r || r.type !== R_386_32) return null;
    const sy = syms[r.symbol]!;
    if (sy.shndx === SHN_UNDEF || sy.shndx >= 0xff00) return null;
    return [sy.shndx, (sy.value + u32(obj.sections[secIdx]!.data, o)) >>> 0];
  };
  /**
   * The instructions a side table lists: every word one aligned R_386_32 relocation naming an
   * instruction boundary of the module text (the runtime's bitmap holds exactly these).
   */
  const readTable = (name: string, what: string): number[] => {
    const out: number[] = [];
    for (const sec of obj.sections) {
      if (sec.name !== name) continue;
      const bad = (o: number, reason: string): void => { violations.push({ ...secWhere(sec.index, o), rule: 'control', reason: `${what} ${reason}` }); };
      if (sec.nobits && sec.size) bad(0, 'table is a section without contents (SHT_NOBITS)');
      if (sec.data.length % 4) bad(sec.data.length & ~3, `table size (${sec.data.length} bytes) is not a whole number of 4-byte entries`);
      const perWord = new Map<number, number>();
      for (const r of obj.relocs.get(sec.index) ?? []) {
        if (r.type !== R_386_32 || r.offset % 4) bad(r.offset, `table relocation is not one aligned R_386_32 (type ${r.type} at offset 0x${r.offset.toString(16)})`);
        perWord.set(r.offset & ~3, (perWord.get(r.offset & ~3) ?? 0) + 1);
      }
      for (let o = 0; o + 4 <= sec.data.length; o += 4) {
        if ((perWord.get(o) ?? 0) > 1) { bad(o, 'entry is patched by several relocations'); continue; }
        const t = relocTarget(sec.index, o);
        const e = t ? insnAt(t[0], t[1]) : -1;
        if (e < 0) { bad(o, 'entry is not an instruction boundary of this module'); continue; }
        out.push(e);
      }
    }
    return out;
  };
  // `.svm_targets`: function entries are entered by calls, the others are jump landings.
  const targets = readTable(TARGETS_SECTION, 'indirect-transfer target');
  const jumpLandings: number[] = [];
  for (const e of targets) {
    if (fnAt.has(e)) { roots.push(e); entries.push(e); } else jumpLandings.push(e);
  }
  // `.svm_returns` (what precedes each entry is the analysis's business).
  const returnSites = readTable(RETURNS_SECTION, 'return-site');

  // Sites, for messages.
  const siteStarts = new Map<number, number>();
  const siteByAddr = new Map<number, number>();
  const addrKey = (sec: number, off: number): number => sec * 0x100000000 + off;
  for (const sec of obj.sections) {
    if (sec.name !== SITES_SECTION) continue;
    for (let o = 0; o + 8 <= sec.data.length; o += 8) {
      const t = relocTarget(sec.index, o);
      if (!t) continue;
      const line = u32(sec.data, o + 4);
      siteByAddr.set(addrKey(t[0], t[1]), line);
      const e = insnAt(t[0], t[1]);
      if (e >= 0) siteStarts.set(e, line);
    }
  }
  const sitePushes = new Map<number, number>();
  const stubSec = obj.sections.find((x) => x.name === STUB_SECTION);
  const stubIdx = stubSec && codeSecs.has(stubSec.index) ? stubSec.index : -1;
  if (stubIdx >= 0) {
    for (let i = 0; i < n; i++) {
      const f = facts[i]!;
      if (secOf[i] !== stubIdx || f.form.op !== 'push' || f.ops[0]!.k !== OP_IMM || !f.ops[0]!.sym) continue;
      // pushl $imm32: the immediate is the last 4 bytes.
      const fieldAt = offOf[i]! + (i + 1 < n && secOf[i + 1] === stubIdx ? offOf[i + 1]! : stubSec!.size) - offOf[i]! - 4;
      const t = relocTarget(stubIdx, fieldAt);
      const line = t ? siteByAddr.get(addrKey(t[0], t[1])) : undefined;
      if (line !== undefined) sitePushes.set(i, line);
    }
  }
  const siteInput: SiteInput = {
    facts, section: secOf, region, siteStarts, sitePushes, stubSection: stubIdx,
    noreturnCall: (k) => tgtKind[k] === TGT_EXTERNAL && (isRuntimeNoreturn(tgtRole[k]!) || NORETURN.has(tgtName[k]!)),
  };
  const siteLine = (i: number): number => siteLineAt(siteInput, i);

  const textOffset = new Int32Array(n);
  for (let i = 0; i < n; i++) textOffset[i] = plan.offsets.get(secOf[i]!)! + offOf[i]!;

  const text = (i: number): string => {
    const sec = obj.sections[secOf[i]!]!;
    const off = offOf[i]!;
    const d = decode((k) => (off + k < sec.data.length ? sec.data[off + k]! : -1), off);
    if (isDecodeFailure(d)) return '?';
    const rm = relMap(sec.index);
    const f = decodedFacts(d, (fo) => {
      const r = rm.get(off + fo);
      return r && r.type === R_386_32 ? fieldSymOf(syms[r.symbol]!) : null;
    });
    return formatDecoded(d, f, (dd) => {
      if (tgtKind[i] === TGT_EXTERNAL) return tgtName[i]!;
      if (tgt[i]! >= 0) return `${obj.sections[secOf[tgt[i]!]!]!.name}+0x${offOf[tgt[i]!]!.toString(16)}`;
      const rel = dd.operands.find((o) => o.kind === 'rel') as { target: number } | undefined;
      return rel ? `${sec.name}+0x${(rel.target >>> 0).toString(16)}` : null;
    });
  };

  return {
    mode: 'elf', file: obj.file, facts, next: Int32Array.from(next), tgtKind, tgt, tgtName, tgtRole,
    roots: [...new Set(roots)], jumpLandings: [...new Set(jumpLandings)], returnSites: [...new Set(returnSites)], region,
    confined: obj.sections.some((s) => s.name === SEGMENT_SECTION),
    targets: [...new Set(targets)], entries: [...new Set(entries)], textOffset, textSize: plan.textSize,
    regionCount: regionIds.size, functions, codeBytes, violations,
    where: (i) => {
      const w = secWhere(secOf[i]!, offOf[i]!);
      const fn = functionAt(secOf[i]!, offOf[i]!);
      const named = fn ? { ...w, where: `${w.where} <${fn}>`, function: fn } : w;
      const l = siteLine(i);
      return l ? { ...named, siteLine: l } : named;
    },
    fileWhere: () => ({ where: obj.file, file: obj.file }),
    text,
  };
}
