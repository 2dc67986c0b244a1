// Owns check (c) of issue 4: the e1000like object (assembled from the committed .s) imports at
// least 40 distinct kernel routines, including all ten hot routines of the thesis.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E1000LIKE,
  HOT_ROUTINES,
  MIN_KERNEL_ROUTINES,
  assemble,
  projectPath,
} from '../../scripts/driver-toolchain.js';
import { reportRoutines } from '../../scripts/list-kernel-routines.js';

let dir = '';
let objectPath = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twindrivers-routines-'));
  objectPath = path.join(dir, 'e1000like.o');
  assemble(projectPath(E1000LIKE.asm), objectPath);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('e1000like kernel routines', () => {
  it(`references at least ${MIN_KERNEL_ROUTINES} routines including the ten hot ones`, () => {
    const report = reportRoutines(objectPath);
    expect(report.routines.length).toBeGreaterThanOrEqual(MIN_KERNEL_ROUTINES);
    expect(report.missingHot).toEqual([]);
    for (const name of HOT_ROUTINES) expect(report.routines).toContain(name);
    expect(report.ok).toBe(true);
  });

  it('imports only the known kernel data symbols besides routines', () => {
    const report = reportRoutines(objectPath);
    expect(report.dataSymbols).toEqual(['__preempt_count', 'cpu_number', 'evtchn_upcall_mask', 'jiffies']);
    expect(report.routines).not.toContain('memcpy');
    expect(report.routines).not.toContain('memset');
  });
});
