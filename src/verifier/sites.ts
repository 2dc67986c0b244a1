// Attribution of instructions to rewriter sites for messages: which original source line an
// inserted instruction stands for, from the `.svm_sites` table (`.long site_label, line`). Owns
// only that mapping; it never affects a verdict.
//
// A site's inline extent runs from its label to the next site label, a region or section change,
// an unconditional transfer (inclusive) or 64 instructions. Stub code (out of line) belongs to the
// site whose label its `pushl $site` names: each stub runs from the instruction after an
// unconditional transfer or noreturn call to the next one.

import type { InsnFacts } from './code.js';
import * as C from './code.js';

const { SEM_CALL, SEM_JMP, SEM_JMPIND, SEM_RET, SEM_STOP } = C;

const MAX_SITE_INSNS = 64;

export interface SiteInput {
  readonly facts: readonly InsnFacts[];
  /** Section number of each instruction. */
  readonly section: ArrayLike<number>;
  readonly region: ArrayLike<number>;
  /** Site start instruction -> source line. */
  readonly siteStarts: ReadonlyMap<number, number>;
  /** Instructions `pushl $site` -> the source line of that site (in stubs). */
  readonly sitePushes: ReadonlyMap<number, number>;
  /** Section number of the stub section, or -1. */
  readonly stubSection: number;
  /** Calls that do not return (they end a stub). */
  readonly noreturnCall: (i: number) => boolean;
}

/** Source line of the site instruction k belongs to, or 0. */
export function siteLineAt(inp: SiteInput, k: number): number {
  const n = inp.facts.length;
  const ends = (i: number): boolean => {
    const s = inp.facts[i]!.sem;
    return s === SEM_JMP || s === SEM_JMPIND || s === SEM_RET || s === SEM_STOP || (s === SEM_CALL && inp.noreturnCall(i));
  };
  const sec = inp.section[k]!;
  if (sec === inp.stubSection) {
    let a = k;
    while (a > 0 && inp.section[a - 1] === sec && !ends(a - 1)) a--;
    for (let i = a; i < n && inp.section[i] === sec; i++) {
      const l = inp.sitePushes.get(i);
      if (l !== undefined) return l;
      if (ends(i)) break;
    }
    return 0;
  }
  for (let i = k, steps = 0; i >= 0 && steps < MAX_SITE_INSNS; i--, steps++) {
    if (inp.section[i] !== sec || inp.region[i] !== inp.region[k]) return 0;
    if (i < k && ends(i)) return 0;
    const l = inp.siteStarts.get(i);
    if (l !== undefined) return l;
  }
  return 0;
}
