// bench/trace: executions per rewriter output instruction in a twin run, and which output
// instructions are the original's (shared by bench/expansion
// and bench/callreuse). Every output instruction gets a label of its own (`__xp_N`, a local symbol:
// no code bytes), so the linked hypervisor instance gives each one's address; a traced run counts
// executions per address of the instance's text. The labelled object is not verified (it is the
// same code as the verified one, plus symbols).

import { basename } from 'node:path';
import { print } from '../src/asm/printer.js';
import type { Instruction, Item, Program } from '../src/asm/ir.js';
import { parseObject } from '../src/loader/elf.js';
import { assemble, driverObjects, type DriverObjects } from '../src/platform/driver-objects.js';
import { runConfig } from '../src/platform/run.js';
import { Emitter } from '../src/rewriter/build.js';
import type { RewriteOptions } from '../src/rewriter/counters.js';

/** Output instructions that are the original's (possibly on a translated operand), by identity. */
export const originals = new WeakSet<object>();

/** Wraps the rewriter's Emitter so that `originals` learns them (call before rewriting). */
export function trackOriginals(): void {
  const proto = Emitter.prototype as unknown as { reuse: (o: Instruction, ops: unknown) => Instruction; raw: (i: Item) => void };
  const reuse0 = proto.reuse, raw0 = proto.raw;
  proto.reuse = function (this: Emitter, o, ops) { const i = reuse0.call(this, o, ops); originals.add(i); return i; };
  proto.raw = function (this: Emitter, i) { if (i.kind === 'insn') originals.add(i); raw0.call(this, i); };
}

export interface Labelled {
  /** The output items with `__xp_N` before the N-th instruction. */
  readonly items: Item[];
  /** Number of output instructions. */
  readonly count: number;
  readonly objects: DriverObjects;
}

/** Labels every instruction of the rewritten `program` of driver `source` and links the objects. */
export function labelled(source: string, program: Program, ropts: RewriteOptions = { portIo: 'helpers' }): Labelled {
  const items: Item[] = [];
  let count = 0;
  for (const it of program.items) {
    if (it.kind === 'insn') items.push({ kind: 'label', name: `__xp_${count++}`, loc: it.loc, section: it.section });
    items.push(it);
  }
  const asmText = print({ file: program.file, items });
  const name = basename(source, '.s');
  const base = driverObjects(source, ropts);
  const bytes = assemble(`${name}.xp`, asmText);
  return { items, count, objects: { ...base, rewritten: parseObject(bytes, `${name}.xp.o`), rewrittenAsm: asmText, rewrittenBytes: bytes } };
}

export interface Trace {
  /** Executions of output instruction N (the N-th instruction of `Labelled.items`). */
  readonly exec: (n: number) => number;
  readonly report: ReturnType<typeof runConfig>;
  /** Page faults of table accesses the runtime filled and restarted (--svm table). */
  readonly tableMisses: number;
}

/**
 * One direction of the twin run with the trace on; throws unless every packet verified. The gate
 * is off unless `gate` (table-mode code needs the verdict: its table sites are the verifier's).
 */
export function traceRun(l: Labelled, direction: 'tx' | 'rx', packets: number, size: number, gate = false): Trace {
  const counts = new Map<number, number>();
  let addrOf: ReadonlyMap<string, number> = new Map();
  let table = null as { readonly stats: { readonly misses: number } } | null;
  const report = runConfig({
    config: 'twin', packets, size, objects: l.objects, guests: 1, ...(gate ? {} : { verify: 'off' as const }), direction,
    onReady: (h) => {
      const inst = h.hypervisor!.inst!.hv;
      table = h.hypervisor!.inst!.hvRuntime.table;
      addrOf = inst.symbols;
      const lo = inst.textStart, hi = inst.textStart + inst.textSize;
      h.machine.cpu.trace = (e) => { if (e.eip >= lo && e.eip < hi) counts.set(e.eip, (counts.get(e.eip) ?? 0) + 1); };
    },
  });
  const d = report[direction]!;
  if (d.sink.ok !== d.packets) throw new Error(`${direction}: ${d.sink.ok}/${d.packets} verified`);
  const exec = (n: number): number => {
    const a = addrOf.get(`__xp_${n}`);
    if (a === undefined) throw new Error(`no address for __xp_${n}`);
    return counts.get(a) ?? 0;
  };
  return { exec, report, tableMisses: table?.stats.misses ?? 0 };
}
