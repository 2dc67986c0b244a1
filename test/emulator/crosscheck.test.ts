// Decoder cross-check: every instruction of every executable section of the assembled Linux
// corpus decodes to capstone's length and to the same instruction (see crosscheck.ts).

import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, tempDir } from '../support/paths.js';
import { assembleToObject, crossCheckSection, executableSections, openCapstone, type CrossCheckResult } from './crosscheck.js';

describe('decoder vs capstone on the corpus', () => {
  it('same lengths and same instructions, all executable sections of all five drivers', async () => {
    const cs = await openCapstone();
    const dir = tempDir('crosscheck');
    const res: CrossCheckResult = { instructions: 0, lengthMismatches: [], semanticMismatches: [] };
    let sections = 0;
    for (const f of corpusFiles()) {
      for (const s of executableSections(assembleToObject(f, dir, basename(f)))) {
        sections++;
        crossCheckSection(cs, s.bytes, `${basename(f)}:${s.name}`, res);
      }
    }
    expect(sections).toBeGreaterThan(5);
    expect(res.instructions).toBeGreaterThan(17000);
    expect(res.lengthMismatches).toEqual([]);
    expect(res.semanticMismatches).toEqual([]);
  }, 60_000);
});
