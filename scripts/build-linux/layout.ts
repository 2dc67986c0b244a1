// Owns the two generated modules of `npm run build:linux`: the kernel layouts
// (src/platform/linux/layout.generated.ts, from drivers/linux/probe/kernel-layout.c) and the
// e1000 hardware constants (src/platform/linux/e1000-hw.generated.ts, from every numeric
// object-like macro of the tree's e1000_hw.h). Both probes are compiled inside the kernel tree
// with the e1000 objects' flags; this module turns the `#@linux ...` marker lines gcc prints
// into TypeScript.
// Invariant: every number in the generated modules is an immediate gcc printed; this file only
// parses and formats them (a malformed or duplicated marker is an error, never skipped).

export interface StructLayout {
  readonly name: string;
  readonly size: number;
  readonly align: number;
  /** Member path (`a` or `a.b` for members of a named anonymous-type member) → offset. */
  readonly offsets: Map<string, number>;
  /** Member → sizeof the member (a flexible array member: one element). */
  readonly widths: Map<string, number>;
  readonly flexible: Set<string>;
  /** Bit-field → first byte holding it and its little-endian 32-bit mask from that byte. */
  readonly bits: Map<string, { byte: number; mask: number }>;
}

export interface KernelLayout {
  readonly structs: Map<string, StructLayout>;
  readonly types: Map<string, number>;
  readonly constants: Map<string, { value: number; unsigned: boolean }>;
}

const MARKER = /^#@linux (\S+)((?: \S+)+?)\s*(?:#.*)?$/;

function num(raw: string, where: string): number {
  if (!/^-?\d+$/.test(raw)) throw new Error(`${where}: '${raw}' is not an integer`);
  return Number(raw);
}

const u32 = (v: number): number => Number(BigInt.asUintN(32, BigInt(v)));

/** Parses the probe's assembly; `source` names it in errors. */
export function parseMarkers(asm: string, source: string): KernelLayout {
  const structs = new Map<string, StructLayout>();
  const types = new Map<string, number>();
  const constants = new Map<string, { value: number; unsigned: boolean }>();
  const lines = asm.split('\n');
  const need = (name: string, where: string): StructLayout => {
    const s = structs.get(name);
    if (!s) throw new Error(`${where}: member of struct ${name} before its 'struct' marker`);
    return s;
  };
  const once = <V>(map: Map<string, V>, key: string, value: V, where: string): void => {
    if (map.has(key)) throw new Error(`${where}: duplicate ${key}`);
    map.set(key, value);
  };
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]!.trim());
    if (!m) continue;
    const where = `${source}:${i + 1}`;
    const kind = m[1]!;
    const f = m[2]!.trim().split(' ');
    const want = (n: number): void => { if (f.length !== n) throw new Error(`${where}: '${kind}' marker needs ${n} fields, got '${f.join(' ')}'`); };
    switch (kind) {
      case 'struct':
        want(3);
        once(structs, f[0]!, { name: f[0]!, size: num(f[1]!, where), align: num(f[2]!, where), offsets: new Map(), widths: new Map(), flexible: new Set(), bits: new Map() }, where);
        break;
      case 'off': want(3); once(need(f[0]!, where).offsets, f[1]!, num(f[2]!, where), where); break;
      case 'width': want(3); once(need(f[0]!, where).widths, f[1]!, num(f[2]!, where), where); break;
      case 'flex': {
        want(3);
        const s = need(f[0]!, where);
        once(s.widths, f[1]!, num(f[2]!, where), where);
        s.flexible.add(f[1]!);
        break;
      }
      case 'bit': {
        want(4);
        const byte = num(f[2]!, where), mask = u32(num(f[3]!, where));
        const s = need(f[0]!, where);
        if (mask === 0 || byte >= s.size) throw new Error(`${where}: bit-field ${f[0]}.${f[1]} not found within 16 bytes of its anchor`);
        once(s.bits, f[1]!, { byte, mask }, where);
        break;
      }
      case 'type': want(2); once(types, f[0]!, num(f[1]!, where), where); break;
      case 'const': want(2); once(constants, f[0]!, { value: num(f[1]!, where), unsigned: false }, where); break;
      case 'uconst': want(2); once(constants, f[0]!, { value: u32(num(f[1]!, where)), unsigned: true }, where); break;
      default: throw new Error(`${where}: unknown marker kind '${kind}'`);
    }
  }
  if (structs.size === 0 && constants.size === 0) throw new Error(`${source}: no #@linux markers (did the probe compile?)`);
  return { structs, types, constants };
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (k: string): string => (IDENT.test(k) ? k : `'${k}'`);
const hex = (v: number): string => '0x' + v.toString(16).toUpperCase().padStart(v > 0xffff ? 8 : 4, '0');
const ctz = (v: number): number => 31 - Math.clz32(v & -v);
const popcount = (v: number): number => { let n = 0; for (let x = v >>> 0; x; x >>>= 1) n += x & 1; return n; };

export interface RenderContext {
  /** What built the module, one line each (package version, config, gcc). */
  readonly provenance: readonly string[];
}

function header(ctx: RenderContext, what: string[]): string[] {
  return [
    '// generated by scripts/build-linux.ts (`npm run build:linux`) — do not edit',
    ...what.map((l) => `// ${l}`),
    ...ctx.provenance.map((l) => `// ${l}`),
    '',
  ];
}

/** The kernel layout module. */
export function renderKernelLayout(layout: KernelLayout, ctx: RenderContext): string {
  const out = header(ctx, [
    'Layouts of the Linux 6.1 i386 structures, from drivers/linux/probe/kernel-layout.c compiled',
    'inside the kernel tree with the e1000 objects\' flags. For each struct NAME:',
    '  NAME          member → byte offset (`a.b`: member b of the anonymous-type member a)',
    '  NAME_sizes    member → sizeof the member in bytes (flexible array member: one element)',
    '  NAME_bits     bit-field → { byte, mask, shift, width }: the field is (LE u32 at byte & mask) >>> shift',
    'SIZEOF / ALIGNOF: every probed struct and typedef; LINUX: kernel constants by their C names.',
  ]);
  const sizeof: string[] = [], alignof: string[] = [];
  for (const s of layout.structs.values()) {
    out.push(`/** struct ${s.name}: ${s.size} bytes, aligned to ${s.align}. */`, `export const ${s.name} = {`);
    for (const [m, off] of s.offsets) out.push(`  ${key(m)}: ${off},`);
    out.push('} as const;', `export const ${s.name}_sizes = {`);
    for (const [m, w] of s.widths) out.push(`  ${key(m)}: ${w},${s.flexible.has(m) ? ' // flexible array: element size' : ''}`);
    out.push('} as const;');
    if (s.bits.size) {
      out.push(`export const ${s.name}_bits = {`);
      for (const [m, b] of s.bits) out.push(`  ${key(m)}: { byte: ${b.byte}, mask: ${hex(b.mask)}, shift: ${ctz(b.mask)}, width: ${popcount(b.mask)} },`);
      out.push('} as const;');
    }
    out.push('');
    sizeof.push(`  ${key(s.name)}: ${s.size},`);
    alignof.push(`  ${key(s.name)}: ${s.align},`);
  }
  for (const [t, size] of layout.types) sizeof.push(`  ${key(t)}: ${size},`);
  const flexible = [...layout.structs.values()].filter((s) => s.flexible.size)
    .map((s) => `  ${key(s.name)}: [${[...s.flexible].map((m) => `'${m}'`).join(', ')}],`);
  out.push('/** Flexible array members (their NAME_sizes entry is one element), by struct. */', 'export const FLEXIBLE = {', ...flexible, '} as const;', '');
  out.push('/** sizeof of every probed struct (by struct name) and typedef. */', 'export const SIZEOF = {', ...sizeof, '} as const;', '');
  out.push('/** __alignof__ of every probed struct. */', 'export const ALIGNOF = {', ...alignof, '} as const;', '');
  out.push('/** Kernel constants (enums, #defines, expressions) by their C names. */', 'export const LINUX = {');
  for (const [k, c] of layout.constants) out.push(`  ${key(k)}: ${c.unsigned ? hex(c.value) : String(c.value)},`);
  out.push('} as const;', '');
  return out.join('\n');
}

/** The e1000 hardware constants module. */
export function renderE1000Hw(layout: KernelLayout, ctx: RenderContext): string {
  const out = header(ctx, [
    'Every numeric object-like macro of the Linux 6.1 e1000 driver\'s e1000_hw.h (register offsets,',
    'register and descriptor bits, EEPROM words, PHY registers and ids), by its C name, as gcc',
    'evaluates it (unsigned 32-bit).',
  ]);
  out.push('export const E1000_HW = {');
  for (const [k, c] of layout.constants) out.push(`  ${key(k)}: ${hex(c.value)},`);
  out.push('} as const;', '');
  return out.join('\n');
}

// ---- the e1000_hw.h probe ------------------------------------------------------------------

const C_TYPE_WORDS = new Set(['unsigned', 'signed', 'long', 'int', 'short', 'char', 'u8', 'u16', 'u32', 'u64', 's8', 's16', 's32', 's64', 'UL', 'ULL']);

/**
 * Object-like macros of a header whose body is an integer expression: numbers, operators, C
 * integer types (casts) and other such macros or function-like macros of the header (a body
 * that reaches a variable, e.g. `hw->...`, is left out, as is everything that uses it).
 */
export function numericMacros(headerText: string): string[] {
  const joined = headerText.replace(/\\\r?\n/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const bodies = new Map<string, string>();
  const functionLike = new Set<string>();
  for (const line of joined.split('\n')) {
    const m = /^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(\(?)(.*)$/.exec(line);
    if (!m) continue;
    if (m[2]) { functionLike.add(m[1]!); continue; }
    const body = m[3]!.replace(/\/\/.*$/, '').trim();
    if (body && !bodies.has(m[1]!)) bodies.set(m[1]!, body);
  }
  const verdict = new Map<string, boolean>();
  const numeric = (name: string, depth: number): boolean => {
    const known = verdict.get(name);
    if (known !== undefined) return known;
    const body = bodies.get(name);
    let ok = body !== undefined && depth < 32 && /^[\w\s()|&~<>+\-*,]+$/.test(body) && !body.includes('->') && /\d|[A-Z]/.test(body);
    if (ok) {
      for (const id of body!.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? []) {
        if (C_TYPE_WORDS.has(id) || functionLike.has(id)) continue;
        if (!numeric(id, depth + 1)) { ok = false; break; }
      }
    }
    verdict.set(name, ok);
    return ok;
  };
  return [...bodies.keys()].filter((n) => numeric(n, 0));
}

/** C source that prints every name as an unsigned constant marker. */
export function e1000HwProbe(names: readonly string[]): string {
  return [
    '// generated by scripts/build-linux.ts: every numeric macro of e1000_hw.h, evaluated by gcc',
    '#include "e1000.h"',
    'void twindrivers_e1000_hw(void);',
    'void twindrivers_e1000_hw(void)',
    '{',
    ...names.map((n) => `\t__asm__ __volatile__("\\n#@linux uconst ${n} %c0" : : "i"((unsigned long)(${n})));`),
    '}',
    '',
  ].join('\n');
}
