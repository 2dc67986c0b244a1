// Issue 18's static bar for the tag-free table (--svm table): at most 4.0 inserted instructions per
// translated access on the sample driver and every corpus file (pcnet32 calls through function
// pointer tables: those targets load through the table too, see indirect.ts).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { sampleDriverAsm } from '../../src/util/paths.js';
import { corpusFiles } from '../support/paths.js';

describe('tag-free table: inserted instructions per translated access', () => {
  for (const file of [sampleDriverAsm(), ...corpusFiles()]) {
    it(file.replace(/.*\//, ''), () => {
      const r = rewrite(parse(file, readFileSync(file, 'utf8')), { svm: 'table' });
      const t = r.report.total;
      expect(t.translated).toBeGreaterThan(0);
      expect(t.insertedForAccesses / t.translated).toBeLessThanOrEqual(4.0);
    });
  }
});
