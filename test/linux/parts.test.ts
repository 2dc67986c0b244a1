// A module of several parts (the kernel's ld -r of a driver's units): a call from one part to a
// function another part defines returns through that function's checked `ret`, so its return site
// must be listed like a call within the part (RewriteOptions.moduleSymbols, which driverObjects and
// `rewrite` with several inputs pass); a call to a dom0 routine stays unlisted. Before this, the
// real e1000's VM instance stopped at its first e1000_main -> e1000_hw return (bad-return).

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/asm/parser.js';
import { definedSymbols } from '../../src/platform/driver-objects.js';
import { rewrite } from '../../src/rewriter/rewrite.js';

const PART_A = `\t.text
\t.globl caller
\t.type caller, @function
caller:
\tpushl %ebp
\tmovl %esp, %ebp
\tcall in_other_part
\tmovl 8(%ebp), %eax
\tcall kernel_routine
\tmovl 8(%ebp), %edx
\tpopl %ebp
\tret
\t.size caller, .-caller
`;
const PART_B = `\t.text
\t.globl in_other_part
\t.type in_other_part, @function
in_other_part:
\tmovl $1, %eax
\tret
\t.size in_other_part, .-in_other_part
`;

describe('modules of several parts', () => {
  it('lists the return site of a call into another part, not of a call to a kernel routine', () => {
    const a = parse('a.s', PART_A), b = parse('b.s', PART_B);
    const symbols = definedSymbols([a, b], []);
    expect([...symbols].sort()).toEqual(['caller', 'in_other_part']);
    const alone = rewrite(a, { verify: false }).report.total.returnSites;
    const linked = rewrite(a, { verify: false, moduleSymbols: symbols });
    expect(alone).toBe(0);
    expect(linked.report.total.returnSites).toBe(1);
    // the listed site follows the call into the other part, with %ebp checked before it is read
    const text = linked.program.items.map((it) => (it.kind === 'label' ? `${it.name}:` : it.kind === 'insn' ? it.mnemonic : '')).filter(Boolean);
    const at = text.indexOf('call');
    expect(text[at + 1]).toMatch(/^\.Lsvm_r\d+:$/);
  });
});
