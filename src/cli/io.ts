// Files in and out of commands, with errors that name the path: an input is read whole and must be
// a non-empty regular file (assembly text must also be text); an output path is checked before any
// work starts (its folder exists, it is not a folder), so a long run never ends in ENOENT.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}

/** The bytes of a non-empty file. */
export function readBinary(path: string): Uint8Array {
  let b: Buffer;
  try {
    if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    b = readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read '${path}': ${why(e)}`);
  }
  if (b.length === 0) throw new CliError(`'${path}' is empty`);
  return new Uint8Array(b);
}

export const isElf = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46;

/**
 * Bytes as text, or the reason they are not: an ELF file, NUL bytes or invalid UTF-8 make a binary
 * file; only white space makes an empty one.
 */
export function asText(path: string, bytes: Uint8Array, what: string): string {
  const binary = (kind: string): CliError => new CliError(`'${path}' is ${kind}, not ${what}`);
  if (isElf(bytes)) throw binary('an ELF file (binary)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary('a binary file');
  }
  if (text.includes('\0')) throw binary('a binary file');
  if (text.trim() === '') throw new CliError(`'${path}' is empty`);
  return text;
}

/** A text file (assembly, C, JSON): not missing, not a folder, not empty, not binary. */
export function readText(path: string, what = 'assembly text'): string {
  return asText(path, readBinary(path), what);
}

/** Fails now if `path` cannot be written later: its folder must exist, and it must not be a folder. */
export function checkOutput(path: string, option = '-o'): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`${option}: cannot write '${path}': no such directory '${dirname(path)}'`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliError(`${option}: cannot write '${path}': is a directory`);
}

export function writeText(path: string, text: string | Uint8Array): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(`cannot write '${path}': ${why(e)}`);
  }
}
