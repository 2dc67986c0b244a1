// Assembly inputs of commands: read (io.ts), checked to be what the toolkit takes (i386, AT&T,
// absolute code: src/toolchain/input.ts) and parsed, so every command says the same thing about
// the same bad file. The parser loads only when a command reads assembly.

import type { Program } from '../asm/ir.js';
import { readText } from './io.js';

export interface AssemblyInput {
  readonly path: string;
  readonly text: string;
  readonly program: Program;
}

/**
 * Reads, checks and parses `path`. `pic: true` accepts position-independent code (print and parse
 * round-trip any i386 AT&T assembly; the rewriter, verifier, loader and platform need absolute code).
 */
export async function readAssembly(path: string, opts: { readonly pic?: boolean } = {}): Promise<AssemblyInput> {
  const text = readText(path);
  const [{ checkI386Text, checkAbsoluteCode }, { parse }] = await Promise.all([import('../toolchain/input.js'), import('../asm/parser.js')]);
  checkI386Text(path, text);
  const program = parse(path, text);
  if (!opts.pic) checkAbsoluteCode(program);
  return { path, text, program };
}
