// How many argument words each kernel routine takes, read from the prototypes of the mini kernel
// API the sample driver is compiled against (drivers/include): the upcall stub copies registers
// and stack words to dom0 and refuses an argument that points into the hypervisor stack — only
// words that ARE arguments (the words above the arguments are the driver's frames, which hold
// stack pointers). Under -mregparm=3 the first three words travel in %eax, %edx, %ecx and the
// rest on the stack (a u64 takes two words); variadic routines take every argument on the stack.
// A routine the headers do not declare is unknown: the stub then checks every word it copies.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';

export interface Arity {
  /** Words of the declared parameters. */
  readonly words: number;
  readonly variadic: boolean;
}

let cache: ReadonlyMap<string, Arity> | null = null;

/** Words of one parameter declaration. */
function paramWords(p: string): number {
  return !p.includes('*') && /\b(u64|s64|__u64|__s64|__le64|long\s+long)\b/.test(p) ? 2 : 1;
}

/** Parses the function prototypes of C header text (comments and bodies of inline functions skipped). */
export function prototypesOf(text: string): Map<string, Arity> {
  const out = new Map<string, Arity>();
  let src = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ').replace(/^\s*#.*(\\\n.*)*$/gm, ' ');
  // Drop bodies ({ ... } at any depth): what remains are declarations.
  for (let prev = ''; prev !== src;) { prev = src; src = src.replace(/\{[^{}]*\}/g, ';'); }
  for (const decl of src.split(';')) {
    const m = /\b([A-Za-z_]\w*)\s*\(([^()]*)\)\s*(__attribute__\s*\(\(.*\)\)\s*)?$/.exec(decl.replace(/\s+/g, ' ').trim());
    if (!m || /\(\s*\*/.test(decl) || /\btypedef\b/.test(decl)) continue;
    const params = m[2]!.split(',').map((x) => x.trim()).filter((x) => x && x !== 'void');
    const variadic = params.includes('...');
    out.set(m[1]!, { words: params.filter((x) => x !== '...').reduce((a, p) => a + paramWords(p), 0), variadic });
  }
  return out;
}

/** The argument words of every routine the mini kernel API declares. */
export function miniApiArity(): ReadonlyMap<string, Arity> {
  if (cache) return cache;
  const m = new Map<string, Arity>();
  const root = join(projectRoot(), 'drivers', 'include');
  for (const sub of readdirSync(root)) {
    for (const f of readdirSync(join(root, sub))) if (f.endsWith('.h')) for (const [n, a] of prototypesOf(readFileSync(join(root, sub, f), 'utf8'))) m.set(n, a);
  }
  cache = m;
  return m;
}
