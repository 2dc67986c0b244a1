// Golden tests of the rewriter: each input in test/golden/rewriter/*.s (including cases that must
// not change) against its expected output *.s.out — regenerate with `npx vitest -u`. Every
// output must also assemble with GNU as --32.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { print } from '../../src/asm/printer.js';
import { rewrite } from '../../src/rewriter/rewrite.js';
import { ROOT, tempDir } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'rewriter');
const dir = tempDir('golden');

describe('rewriter golden outputs', () => {
  for (const f of readdirSync(GOLDEN).filter((x) => x.endsWith('.s')).sort()) {
    it(f, async () => {
      const src = join(GOLDEN, f);
      const out = print(rewrite(parse(`test/golden/rewriter/${f}`, readFileSync(src, 'utf8')), { annotate: true }).program);
      await expect(out).toMatchFileSnapshot(join(GOLDEN, `${f}.out`));
      const tmp = join(dir, f);
      writeFileSync(tmp, out);
      assemble(tmp, `${tmp}.o`);
    });
  }
});
