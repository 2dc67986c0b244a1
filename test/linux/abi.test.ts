// The real e1000 against the Linux 6.1 ABI as a whole: every symbol the linked module imports (its
// `nm -u`) is a dom0 export of that ABI and of no other, so the loader picks the ABI from the
// imports; the routines are declared with their argument counts (the upcall stubs' arity); the
// retpoline thunks are code, not hooks; the C's generated layouts are current.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abiExports, abiOfImports } from '../../src/platform/dom0/abi.js';
import { LINUX61_ROUTINES } from '../../src/platform/dom0/linux61/routines.js';
import { driverObjects, undefinedSymbols } from '../../src/platform/driver-objects.js';
import { C_LAYOUT, renderCLayout } from '../../scripts/gen-linux-c-layout.js';
import { ROOT, tempDir } from '../support/paths.js';
import { e1000Module, linuxPlatform } from './setup.js';

describe('the Linux 6.1 ABI of dom0', () => {
  it('exports every symbol the linked e1000 imports (all 147 of nm -u), retpoline thunks and the stack protector among them', () => {
    const imports = undefinedSymbols(e1000Module());
    const dir = tempDir('abi'), f = join(dir, 'e1000.o');
    writeFileSync(f, driverObjects('e1000').originalBytes);
    const nm = execFileSync('nm', ['-u', f], { encoding: 'utf8' }).split('\n').map((l) => l.trim().replace(/^U\s+/, '')).filter(Boolean).sort();
    expect(imports).toEqual(nm);
    expect(imports.length).toBe(147);
    for (const n of ['__x86_indirect_thunk_edx', '__stack_chk_fail', '__stack_chk_guard', 'current_task', '__preempt_count', '__SCT__cond_resched', 'dql_completed', 'napi_gro_receive'])
      expect(imports).toContain(n);
    const linux = abiExports().get('linux-6.1')!;
    expect(imports.filter((n) => !linux.has(n))).toEqual([]);
    expect(abiOfImports('e1000', imports)).toBe('linux-6.1');
    expect(abiOfImports('e1000like', undefinedSymbols(driverObjects('e1000like').original))).toBe('mini');
    expect(() => abiOfImports('x', ['napi_gro_receive', 'netif_rx'])).toThrow(/no kernel ABI of dom0 exports.*closest/);
  });

  it('declares each routine\'s argument count (the upcall stubs copy that many), and the thunks are jmp *%reg', () => {
    for (const r of LINUX61_ROUTINES) expect(r.args, r.name).toBeDefined();
    const k = linuxPlatform().kernel;
    for (const [reg, modrm] of [['edx', 0xe2], ['ebx', 0xe3], ['esi', 0xe6], ['edi', 0xe7]] as const) {
      const va = k.exports.get(`__x86_indirect_thunk_${reg}`)!;
      expect([...k.mem.readBytes(va, 2)]).toEqual([0xff, modrm]);
    }
  });

  it('the C layouts (platform-c/include/linux61/layout.h) are the probe\'s, regenerated', () => {
    expect(readFileSync(join(ROOT, C_LAYOUT), 'utf8')).toBe(renderCLayout());
  });
});
