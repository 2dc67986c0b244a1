// Label lookup over a Program: named labels, numeric local labels (`1:` referenced as `1b`/`1f`,
// resolved by textual order as GNU as does), and the code item a label names.

import type { Program } from './ir.js';

export class LabelTable {
  private readonly named = new Map<string, number>();
  private readonly numeric = new Map<string, number[]>();

  constructor(readonly program: Program) {
    program.items.forEach((it, i) => {
      if (it.kind !== 'label') return;
      if (/^\d+$/.test(it.name)) {
        let l = this.numeric.get(it.name);
        if (!l) this.numeric.set(it.name, (l = []));
        l.push(i);
      } else if (!this.named.has(it.name)) {
        this.named.set(it.name, i);
      }
    });
  }

  /** Item index of the label `name` as referenced from item `from` (handles `1b`/`1f`), or -1. */
  resolve(name: string, from: number): number {
    const c0 = name.charCodeAt(0);
    if (!(c0 >= 48 && c0 <= 57)) return this.named.get(name) ?? -1;
    const m = /^(\d+)([bf])$/.exec(name);
    if (!m) return this.named.get(name) ?? -1;
    const defs = this.numeric.get(m[1]!);
    if (!defs) return -1;
    if (m[2] === 'b') {
      // The most recent definition at or before the reference (a label on the same line counts).
      let best = -1;
      for (const d of defs) if (d <= from) best = d;
      return best;
    }
    for (const d of defs) if (d > from) return d;
    return -1;
  }

  has(name: string): boolean {
    return this.named.has(name);
  }

  /** Names of all labels defined in the program (numeric ones once). */
  names(): IterableIterator<string> {
    return this.named.keys();
  }
}
