// bench/expansion: where the twin driver's extra instructions per packet come from. Runs the twin
// configuration with the CPU trace on and charges every executed instruction of the hypervisor
// instance's text to a category of the rewriter's output:
//   original     an instruction of the source (possibly on a translated/reused operand)
//   translation  the stlb fast path (leal + 7) of a translated access
//   slow stub    out-of-line stubs (.text.svm_stubs: slow path calls, return-out, faults)
//   stack check  bounds checks of stack-indexed accesses
//   return check the checked `ret` sequence;   fp check  %ebp checks at return sites
//   flag save    pushfl/popfl around inserted code
//   push/pop     spills around a site and the registers reserved per function (entry/exit)
//   remat        reloads of a borrowed register from its known slot/constant
//   string / indirect   chunked string instructions, checked indirect transfers
// How: the rewriter's Emitter is wrapped so original instructions are known by identity; every
// output instruction gets a label of its own (`__xp_N`, a local symbol: no code bytes), so the
// linked instance gives each one's address. The labelled object is not verified (it is the
// same code as the verified one, plus symbols).
// Run: npm run -s bench:expansion   (PACKETS=N; SITES=K also lists the K hottest translated accesses)

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from '../src/asm/parser.js';
import { print } from '../src/asm/printer.js';
import type { Instruction, Item } from '../src/asm/ir.js';
import { parseObject } from '../src/loader/elf.js';
import { assemble, driverObjects, type DriverObjects } from '../src/platform/driver-objects.js';
import { CTX } from '../src/platform/hypervisor/hypervisor.js';
import { runConfig } from '../src/platform/run.js';
import { Emitter } from '../src/rewriter/build.js';
import { rewrite } from '../src/rewriter/rewrite.js';
import { sampleDriverAsm } from '../src/util/paths.js';
import { fmt, table } from './util.js';

const packets = Number(process.env.PACKETS ?? 1000);
const size = Number(process.env.SIZE ?? 1514);

const originals = new WeakSet<object>();
const proto = Emitter.prototype as unknown as { reuse: (o: Instruction, ops: unknown) => Instruction; raw: (i: Item) => void };
const reuse0 = proto.reuse, raw0 = proto.raw;
proto.reuse = function (this: Emitter, o, ops) { const i = reuse0.call(this, o, ops); originals.add(i); return i; };
proto.raw = function (this: Emitter, i) { if (i.kind === 'insn') originals.add(i); raw0.call(this, i); };

const source = sampleDriverAsm();
const text = readFileSync(source, 'utf8');
const r = rewrite(parse(source, text), { portIo: 'helpers' });

/** Category of every output instruction, in output order. */
function categorize(items: readonly Item[]): string[] {
  const cats: string[] = [];
  // The site an inserted instruction belongs to: the last .Lsvm_s label, classified by its content.
  let siteKind = 'push/pop';
  const kindOfSite = (from: number): string => {
    for (let j = from + 1; j < items.length; j++) {
      const it = items[j]!;
      if (it.kind === 'label' && it.name.startsWith('.Lsvm_s')) break;
      if (it.kind !== 'insn') continue;
      if (originals.has(it)) {
        const f = it.form;
        if (f.implicitMem === 'string') return 'string';
        if (f.flow === 'icall' || f.flow === 'ijmp') return 'indirect';
        if (f.flow === 'ret') return 'return check';
        continue;
      }
      const t = print({ file: '', items: [it] });
      if (t.includes('__svm_returns')) return 'return check';
      if (t.includes('__svm_stlb')) return 'translation';
      if (t.includes('__svm_stack_lo')) return /%ebp/.test(t) && /cmpl/.test(t) ? 'fp check?' : 'stack check';
    }
    return 'other';
  };
  let lastOrig = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind === 'label' && it.name.startsWith('.Lsvm_s')) {
      siteKind = kindOfSite(i);
      if (siteKind === 'fp check?') siteKind = lastOrig ? 'fp check' : 'stack check';
    }
    if (it.kind === 'label' && !it.name.startsWith('.L')) siteKind = 'push/pop';
    if (it.kind !== 'insn') continue;
    if (it.section === '.text.svm_stubs') { cats.push('slow stub'); continue; }
    if (originals.has(it)) { cats.push('original'); lastOrig = it.form.flow === 'call'; continue; }
    lastOrig = false;
    const m = it.mnemonic;
    if (m === 'pushfl' || m === 'popfl') cats.push('flag save');
    else if ((m === 'pushl' || m === 'popl') && it.operands[0]?.kind === 'reg' && siteKind !== 'string') cats.push('push/pop');
    else if (m === 'movl' && siteKind === 'translation' && it.operands[0]?.kind !== 'reg' && !print({ file: '', items: [it] }).includes('__svm')) cats.push('remat');
    else cats.push(siteKind);
  }
  return cats;
}

const items = r.program.items;
const cats = categorize(items);
const labelled: Item[] = [];
let k = 0;
for (const it of items) {
  if (it.kind === 'insn') labelled.push({ kind: 'label', name: `__xp_${k++}`, loc: it.loc, section: it.section });
  labelled.push(it);
}
const asmText = print({ file: r.program.file, items: labelled });
const name = basename(source, '.s');
const base = driverObjects(source, { portIo: 'helpers' });
const bytes = assemble(`${name}.xp`, asmText);
const objects: DriverObjects = { ...base, rewritten: parseObject(bytes, `${name}.xp.o`), rewrittenAsm: asmText, rewrittenBytes: bytes };

/** One direction of the twin run with the trace on: executions per address of the instance's text. */
function traceRun(direction: 'tx' | 'rx'): { counts: Map<number, number>; addrOf: ReadonlyMap<string, number>; report: ReturnType<typeof runConfig> } {
  const counts = new Map<number, number>();
  let addrOf: ReadonlyMap<string, number> = new Map();
  const report = runConfig({
    config: 'twin', packets, size, objects, guests: 1, verify: 'off', direction,
    onReady: (h) => {
      const inst = h.hypervisor!.inst!.hv;
      addrOf = inst.symbols;
      const lo = inst.textStart, hi = inst.textStart + inst.textSize;
      h.machine.cpu.trace = (e) => { if (e.eip >= lo && e.eip < hi) counts.set(e.eip, (counts.get(e.eip) ?? 0) + 1); };
    },
  });
  return { counts, addrOf, report };
}

const rows: (string | number)[][] = [];
const perDir: Record<string, Map<string, number>> = {};
for (const direction of ['tx', 'rx'] as const) {
  const { counts, addrOf, report: rep } = traceRun(direction);
  const d = rep[direction]!;
  if (d.sink.ok !== d.packets) throw new Error(`${direction}: ${d.sink.ok}/${d.packets} verified`);
  const byCat = new Map<string, number>();
  let total = 0;
  for (let j = 0; j < k; j++) {
    const a = addrOf.get(`__xp_${j}`);
    if (a === undefined) throw new Error(`no address for __xp_${j}`);
    const c = counts.get(a) ?? 0;
    byCat.set(cats[j]!, (byCat.get(cats[j]!) ?? 0) + c);
    total += c;
  }
  byCat.set('total', total);
  byCat.set('drv insn (run.ts)', d.insnsPerPacket.driver * packets);
  perDir[direction] = byCat;
}
const order = ['original', 'translation', 'slow stub', 'stack check', 'return check', 'fp check', 'flag save', 'push/pop', 'remat', 'string', 'indirect', 'other', 'total', 'drv insn (run.ts)'];
for (const c of order) rows.push([c, fmt((perDir.tx!.get(c) ?? 0) / packets, 1), fmt((perDir.rx!.get(c) ?? 0) / packets, 1)]);
console.log(`twin, ${packets} packets per direction, ${size}-byte frames: executed instructions of the hypervisor instance's text per packet, by rewriter category`);
console.log(table(['category', 'TX', 'RX'], rows));
if (process.env.SITES) {
  // The hottest translated accesses (fast-path leal executions per packet), with their source line.
  const lines = readFileSync(source, 'utf8').split('\n');
  for (const direction of ['tx', 'rx'] as const) {
    const { counts, addrOf } = traceRun(direction);
    const hot: Array<[number, string]> = [];
    let j = 0;
    for (const it of labelled) {
      if (it.kind !== 'insn') continue;
      const idx = j++;
      if (cats[idx] === 'translation' && it.mnemonic === 'leal') {
        const c = counts.get(addrOf.get(`__xp_${idx}`)!) ?? 0;
        if (c) hot.push([c / packets, `${it.loc.line}: ${lines[it.loc.line - 1]!.trim()}`]);
      }
    }
    hot.sort((a, b) => b[0] - a[0]);
    console.log(`${direction}: ${hot.length} translation sites executed`);
    for (const [c, l] of hot.slice(0, Number(process.env.SITES))) console.log(`  ${fmt(c, 2)}  ${l}`);
  }
}
