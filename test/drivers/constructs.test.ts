// Owns check (d) of issue 4: the committed e1000like.s contains the kernel idioms the rewriter
// must handle (jump table, string instructions, locked bit ops with .smp_locks, %fs per-cpu
// accesses, indirect calls through memory and through a register, a __bug_table entry).

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { E1000LIKE, projectPath } from '../../scripts/driver-toolchain.js';

const asm = fs.readFileSync(projectPath(E1000LIKE.asm), 'utf8');
const lines = asm.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim());

function count(re: RegExp): number {
  return lines.filter((line) => re.test(line)).length;
}

describe('e1000like.s kernel constructs', () => {
  it('has a jump table dispatch', () => {
    expect(count(/^jmp\s+\*\.L\w+\(,%e[a-z]{2},4\)$/)).toBeGreaterThanOrEqual(1);
  });

  it('has rep movs and rep stos', () => {
    expect(count(/^rep\s*;?\s*movs[bwl]$/)).toBeGreaterThanOrEqual(2);
    expect(count(/^rep\s*;?\s*stos[bwl]$/)).toBeGreaterThanOrEqual(2);
  });

  it('has lock-prefixed bit operations registered in .smp_locks', () => {
    expect(count(/^lock\s*;?\s*bt[sr]l\s/)).toBeGreaterThanOrEqual(2);
    expect(asm).toMatch(/\.pushsection \.smp_locks,"a"\n\.balign 4\n\.long 671f - \.\n\.popsection\n671:\n\s*lock; bt[sr]l/);
  });

  it('has %fs-relative per-cpu accesses', () => {
    expect(count(/%fs:__preempt_count/)).toBeGreaterThanOrEqual(2);
    expect(count(/^movl\s+%fs:cpu_number,\s*%e[a-z]{2}$/)).toBe(1);
  });

  it('has indirect calls through memory and through a register', () => {
    expect(count(/^call\s+\*-?\d*\(%e[a-z]{2}\)$/)).toBeGreaterThanOrEqual(1);
    expect(count(/^call\s+\*%e[a-z]{2}$/)).toBeGreaterThanOrEqual(1);
  });

  it('has a BUG trap with a __bug_table entry', () => {
    expect(asm).toMatch(/1:\s*\.byte 0x0f, 0x0b\n\.pushsection __bug_table,"aw"\n2:\s*\.long 1b/);
  });

  it('calls the hot routines directly by name', () => {
    for (const name of ['_spin_trylock', '_spin_unlock_irqrestore', 'dma_map_single', 'netif_rx']) {
      expect(count(new RegExp(`^call\\s+${name}$`))).toBeGreaterThanOrEqual(1);
    }
  });
});
