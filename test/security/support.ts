// Shared rig of the adversarial suite: attack drivers made from the sample driver's real gcc output
// (an edit of its assembly, then the genuine rewrite and `as --32`), platform runs of the twin
// configuration with a watch on what must never change, and small hand-written modules against
// the SVM ABI (test/verifier/snippets.ts) verified after `as --32`.
//
// "Nothing changed" is checked three ways: every protected hypervisor frame hashes as it did when
// the platform came up (before any packet, i.e. before the attack's first transfer at run time);
// the hypervisor's own data and its stack frames still hold the patterns it wrote at boot (so an
// attack that fires during bring-up is covered too); no guest page differs from its shadow and the
// stlb holds only what the slow path put there.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseObject, type ObjectFile } from '../../src/loader/elf.js';
import { driverObjects, type DriverObjects } from '../../src/platform/driver-objects.js';
import { HV_MAP } from '../../src/platform/hypervisor/hypervisor.js';
import { runConfig, type PlatformHandle, type RunOptions, type RunReport } from '../../src/platform/run.js';
import { verifyObject, type VerifyResult } from '../../src/verifier/index.js';
import type { RewriteOptions } from '../../src/rewriter/counters.js';
import { ROOT } from '../support/paths.js';
import { assemble } from '../support/toolchain.js';

const dir = mkdtempSync(join(tmpdir(), 'twindrivers-attack-'));
let seq = 0;

/** The sample driver's gcc output, edited by `edit` (which must change it), rewritten and assembled. */
export function attackDriver(name: string, edit: (asm: string) => string, ropts: RewriteOptions = {}): DriverObjects {
  const src = readFileSync(join(ROOT, 'drivers/e1000like/e1000like.s'), 'utf8');
  const text = edit(src);
  expect(text, `${name}: the edit applies`).not.toBe(src);
  const d = join(dir, `${name}-${seq++}`);
  writeFileSync(`${d}.s`, text);
  return driverObjects(`${d}.s`, ropts);
}

/** Replaces the one occurrence of `from` (which must exist exactly once). */
export function once(text: string, from: string, to: string): string {
  const k = text.indexOf(from);
  expect(k, `'${from}' occurs`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, k + 1), `'${from}' occurs once`).toBe(-1);
  return text.slice(0, k) + to + text.slice(k + from.length);
}

export interface Watched {
  readonly report: RunReport;
  readonly handle: PlatformHandle | null;
  /** Protected hypervisor frames whose contents changed after the platform came up. */
  readonly hvFramesChanged: number;
}

function frameHash(h: PlatformHandle, pfn: number): number {
  const mem = h.machine.mem;
  const slot = mem.frameSlot[pfn]!;
  if (slot < 0) return 0;
  let x = 0x811c9dc5;
  for (let i = 0; i < 1024; i++) x = Math.imul(x ^ mem.i32[slot * 1024 + i]!, 0x01000193);
  return x >>> 0;
}

/** A twin run (TX and RX) with `attack` applied once the platform is up. */
export function watchedRun(objects: DriverObjects, attack?: (h: PlatformHandle) => void, opts: Partial<RunOptions> = {}): Watched {
  let handle: PlatformHandle | null = null;
  let baseline: Map<number, number> | null = null;
  const report = runConfig({
    config: 'twin', packets: 6, size: 300, guests: 2, objects, ...opts,
    onReady: (h) => {
      handle = h;
      baseline = new Map(h.hypervisor!.protectedFrames().map((p) => [p, frameHash(h, p)]));
      attack?.(h);
    },
  });
  const h = handle as PlatformHandle | null;
  const changed = h && baseline ? [...(baseline as Map<number, number>)].filter(([p, x]) => frameHash(h, p) !== x).length : 0;
  return { report, handle: h, hvFramesChanged: changed };
}

/**
 * The attack was stopped: a safety event of `kind` (the first one), the driver aborted, the
 * hypervisor still serving (no host exception), and nothing of the hypervisor's or another
 * domain's memory changed.
 */
export function expectStopped(w: Watched, kind: string): void {
  const hv = w.handle?.hypervisor;
  expect(w.report.refused, 'the gate accepted the driver (the attack is at run time)').toBeUndefined();
  expect(w.report.safety[0]?.kind, JSON.stringify(w.report.safety[0])).toBe(kind);
  expect(w.report.safety.every((e) => e.instance === 'hv')).toBe(true);
  expect(hv, 'the platform came up').toBeTruthy();
  expect(hv!.failed, 'the driver was aborted').toBeTruthy();
  expect(hv!.hostErrors).toEqual([]);
  expect(w.hvFramesChanged, 'protected hypervisor frames changed').toBe(0);
  expectHypervisorIntact(w.handle!);
}

/** What the hypervisor wrote at boot is still there; no guest page or stlb entry was forged. */
export function expectHypervisorIntact(h: PlatformHandle): void {
  const hv = h.hypervisor!;
  const core = hv.region.view.readBytes(HV_MAP.coreData, HV_MAP.coreDataPages * 4096);
  let bad = -1;
  for (let i = 0; i < core.length && bad < 0; i++) if (core[i] !== ((i * 197 + (i >>> 10) * 7 + 0x5a) & 0xff)) bad = i;
  expect(bad, 'hypervisor core data').toBe(-1);
  const frames = hv.region.view.readBytes(HV_MAP.xenStackHi - HV_MAP.xenFrameBytes, HV_MAP.xenFrameBytes);
  for (let i = 0; i < frames.length; i++) if (frames[i] !== ((i * 73 + 0x11) & 0xff)) bad = i;
  expect(bad, 'hypervisor stack frames and cpu_info').toBe(-1);
  for (const g of hv.guests) expect(g.corruptedPages(), `guest ${g.id}`).toEqual([]);
  expect(hv.inst?.hvRuntime.auditStlb() ?? []).toEqual([]);
}

/** Assembles `src` with `as --32` and verifies the object (the loader's gate). */
export function verifySource(src: string, name = 'attack'): { obj: ObjectFile; r: VerifyResult } {
  const s = join(dir, `${name}-${seq++}.s`);
  writeFileSync(s, src);
  const o = s.replace(/\.s$/, '.o');
  const obj = parseObject(new Uint8Array(assemble(s, o)), o);
  return { obj, r: verifyObject(obj) };
}

export function reasonsOf(r: VerifyResult): string {
  return r.violations.map((v) => `${v.where}: ${v.rule}: ${v.reason}`).join('\n');
}

export { dir as attackDir };
