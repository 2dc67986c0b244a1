// Option values and option rules shared by commands: integer ranges, choices, options that exclude
// each other or apply only with another option's value. Every violation is a usage error (exit 2)
// naming the option and the offending value.

import type { Command } from 'commander';
import { usage } from './errors.js';

/** Parser for an integer option in [min, max] (decimal digits only: no `1e3`, no `-1`, no `0x10`). */
export function intOption(name: string, min: number, max: number): (v: string) => number {
  return (v: string): number => {
    const n = /^\s*[0-9]+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) throw usage(`${name} must be an integer in ${min}..${max}, got '${v}'`);
    return n;
  };
}

/** Checks a string option against its allowed values. */
/** `--svm <mode>` of rewrite, stats and run (abi.ts SvmMode). */
export const SVM_HELP = "how non-stack accesses are made safe: 'stlb' (default: the thesis-style tagged fast path), 'table' (tag-free page-delta table, the miss a page fault) or 'segment' (on confined x86 segments)";

export function choice<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw usage(`${name} must be one of ${allowed.join(', ')}, got '${v}'`);
  return v as T;
}

/** True when the user wrote the option (not its default). `key` is commander's camelCase name. */
export function given(cmd: Command, key: string): boolean {
  const src = cmd.getOptionValueSource(key);
  return src === 'cli' || src === 'env';
}

const flag = (key: string): string => '--' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** Usage error when `key` was given while `applies` is false; `when` says where it applies. */
export function onlyWhen(cmd: Command, key: string, applies: boolean, when: string): void {
  if (!applies && given(cmd, key)) throw usage(`${flag(key)} applies only ${when}`);
}

/** Usage error when more than one of `keys` was given. */
export function exclusive(cmd: Command, ...keys: string[]): void {
  const set = keys.filter((k) => given(cmd, k));
  if (set.length > 1) throw usage(`${set.map(flag).join(' and ')} exclude each other`);
}
