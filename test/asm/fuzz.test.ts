// Fuzzing the front end with mutated corpus lines (fixed seeds): the parser either succeeds or
// throws its own diagnostics (AsmErrors with file:line:col), never anything else; and whatever it
// accepts prints to text that parses again and prints identically.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AsmErrors } from '../../src/asm/diagnostics.js';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { corpusFiles } from '../support/paths.js';
import { Rng } from '../support/rng.js';

const SYNTAX = ['%', '$', '(', ')', ',', ':', ';', '#', '"', "'", '*', '-', '+', '.', '0', '1', 'f', 'b', '\\', '/', '@', ' ', '\t', 'x', '<', '>', '|', '!', '~', '='];

function mutate(line: string, rng: Rng): string {
  let s = line;
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const pos = rng.int(s.length + 1);
    switch (rng.int(7)) {
      case 0: s = s.slice(0, pos) + s.slice(pos + 1); break;
      case 1: s = s.slice(0, pos) + rng.pick(SYNTAX) + s.slice(pos); break;
      case 2: s = s.slice(0, pos); break;
      case 3: { const j = rng.int(s.length + 1); s = s.slice(0, pos) + s.slice(j, j + 1 + rng.int(6)) + s.slice(pos); break; }
      case 4: s = s.slice(0, pos) + String.fromCharCode(rng.int(128)) + s.slice(pos + 1); break;
      case 5: s = s.replace(/%e(ax|bx|cx|dx|si|di|sp|bp)/, () => rng.pick(['%al', '%ax', '%cr0', '%fs', '%st(1)', '%xmm0', '%bogus', '(%eax)', '$1']));
        break;
      default: s = s.replace(/[lbw]\t/, () => rng.pick(['\t', 'q\t', 'l\t', 'b\t'])); break;
    }
  }
  return s;
}

describe('parser fuzzing on mutated corpus lines', () => {
  const lines = corpusFiles().flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((l) => l.trim() && !l.startsWith('#'));
  for (const seed of Array.from({ length: Number(process.env.FUZZ_SEEDS ?? 4) }, (_, i) => i + 1)) {
    it(`seed ${seed}: 1500 mutated snippets, only diagnostics`, () => {
      const rng = new Rng(seed);
      let accepted = 0, rejected = 0;
      for (let c = 0; c < 1500; c++) {
        const start = rng.int(lines.length - 4);
        const snippet = lines.slice(start, start + 4);
        const k = rng.int(snippet.length);
        snippet[k] = mutate(snippet[k]!, rng);
        const src = snippet.join('\n');
        let p;
        try {
          p = parse('fuzz.s', src);
        } catch (e) {
          if (!(e instanceof AsmErrors)) throw new Error(`non-diagnostic exception on ${JSON.stringify(src)}: ${e}`);
          for (const d of e.errors) expect(d.message).toMatch(/^fuzz\.s:\d+:\d+: error: /);
          rejected++;
          continue;
        }
        accepted++;
        const once = print(p);
        let twice: string;
        try {
          twice = print(parse('again.s', once));
        } catch (e) {
          throw new Error(`printed output does not parse again:\n${src}\n---\n${once}\n${e}`);
        }
        expect(twice).toBe(once);
      }
      expect(accepted).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(100);
    });
  }
});
