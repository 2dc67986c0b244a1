// bench/expansion: where the twin driver's extra instructions per packet come from. Runs the twin
// configuration with the CPU trace on and charges every executed instruction of the hypervisor
// instance's text to a category of the rewriter's output:
//   original     an instruction of the source (possibly on a translated/reused operand)
//   translation  the translation of an access: the stlb fast path (leal + 7, --svm stlb) or the
//                tag-free table's movl/shrl/movl (--svm table, abi.ts)
//   slow stub    out-of-line stubs (.text.svm_stubs: slow path calls, return-out, faults)
//   stack check  bounds checks of stack-indexed accesses
//   return check the checked `ret` sequence;   fp check  %ebp checks at return sites
//   flag save    pushfl/popfl around inserted code
//   push/pop     spills around a site and the registers reserved per function (entry/exit)
//   remat        reloads of a borrowed register from its known slot/constant
//   string / indirect   chunked string instructions, checked indirect transfers
// How: the rewriter's Emitter is wrapped so original instructions are known by identity; every
// output instruction's executions come from a traced run (bench/trace.ts).
// Both modes run side by side (table first, then stlb), each beside the unprotected driver (the
// original code in the hypervisor, config 'unprotected'): twin / unprotected executed driver
// instructions per packet, TX and RX, is the dynamic figure (stats --json
// dynamic.{tx,rx}.twinVsUnprotected). Table misses (page faults restarted) are counted apart.
// Run: npm run -s bench:expansion   (PACKETS=N; SVM=table|stlb one mode; SITES=K also lists the K
// hottest translated accesses)

import { readFileSync } from 'node:fs';
import { parse } from '../src/asm/parser.js';
import { print } from '../src/asm/printer.js';
import type { Item } from '../src/asm/ir.js';
import { rewrite } from '../src/rewriter/rewrite.js';
import { driverObjects } from '../src/platform/driver-objects.js';
import { runConfig } from '../src/platform/run.js';
import type { SvmMode } from '../src/svm-runtime/abi.js';
import { sampleDriverAsm } from '../src/util/paths.js';
import { labelled as labelAll, originals, trackOriginals, traceRun } from './trace.js';
import { fmt, table } from './util.js';

const packets = Number(process.env.PACKETS ?? 1000);
const size = Number(process.env.SIZE ?? 1514);

trackOriginals();

const source = sampleDriverAsm();
const text = readFileSync(source, 'utf8');
const modes = (process.env.SVM ? [process.env.SVM] : ['table', 'stlb']) as SvmMode[];

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
      if (t.includes('__svm_stlb') || t.includes('__svm_delta')) return 'translation';
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
    else if (m === 'movl' && siteKind === 'translation' && it.operands[0]?.kind !== 'reg' && !print({ file: '', items: [it] }).includes('__svm') && !pageOfConstant(items, i)) cats.push('remat');
    else cats.push(siteKind);
  }
  return cats;
}

/** `movl $X, %r` followed by `shrl $12, %r`: the constant-page translation's first step (abi.ts "Constant pages"), no reload. */
function pageOfConstant(items: readonly Item[], i: number): boolean {
  const it = items[i], next = items[i + 1];
  if (it?.kind !== 'insn' || next?.kind !== 'insn' || it.operands[0]?.kind !== 'imm' || next.mnemonic !== 'shrl') return false;
  const dst = it.operands[1], shifted = next.operands[1];
  return dst?.kind === 'reg' && shifted?.kind === 'reg' && dst.reg === shifted.reg;
}

/** Executed driver instructions per packet of the unprotected driver (the original in the hypervisor). */
function unprotected(direction: 'tx' | 'rx'): number {
  const rep = runConfig({ config: 'unprotected', packets, size, objects: driverObjects(source, { portIo: 'helpers' }), guests: 1, direction, verify: 'off' });
  return rep[direction]!.insnsPerPacket.driver;
}

const base = { tx: unprotected('tx'), rx: unprotected('rx') };
const order = ['original', 'translation', 'slow stub', 'stack check', 'return check', 'fp check', 'flag save', 'push/pop', 'remat', 'string', 'indirect', 'other', 'total'];
const columns: Array<{ mode: SvmMode; perDir: Record<string, Map<string, number>>; misses: Record<string, number> }> = [];
for (const mode of modes) {
  const r = rewrite(parse(source, text), { portIo: 'helpers', svm: mode });
  const cats = categorize(r.program.items);
  const lab = labelAll(source, r.program, { portIo: 'helpers', svm: mode });
  const perDir: Record<string, Map<string, number>> = {};
  const misses: Record<string, number> = {};
  for (const direction of ['tx', 'rx'] as const) {
    const { exec, report: rep, tableMisses } = traceRun(lab, direction, packets, size, mode === 'table');
    const byCat = new Map<string, number>();
    let total = 0;
    for (let j = 0; j < lab.count; j++) {
      const c = exec(j);
      byCat.set(cats[j]!, (byCat.get(cats[j]!) ?? 0) + c);
      total += c;
    }
    byCat.set('total', total);
    byCat.set('drv insn (run.ts)', rep[direction]!.insnsPerPacket.driver * packets);
    perDir[direction] = byCat;
    misses[direction] = tableMisses;
  }
  columns.push({ mode, perDir, misses });
  if (process.env.SITES) hottest(mode, lab, cats);
}
const per = (c: typeof columns[number], d: 'tx' | 'rx', k: string): number => (c.perDir[d]!.get(k) ?? 0) / packets;
const rows: (string | number)[][] = order.map((k) => [k, ...columns.flatMap((c) => [fmt(per(c, 'tx', k), 1), fmt(per(c, 'rx', k), 1)])]);
rows.push(['drv insn (run.ts)', ...columns.flatMap((c) => [fmt(per(c, 'tx', 'drv insn (run.ts)'), 1), fmt(per(c, 'rx', 'drv insn (run.ts)'), 1)])]);
rows.push(['unprotected', ...columns.flatMap(() => [fmt(base.tx, 1), fmt(base.rx, 1)])]);
rows.push(['twin / unprotected', ...columns.flatMap((c) => [`x${fmt(per(c, 'tx', 'drv insn (run.ts)') / base.tx, 2)}`, `x${fmt(per(c, 'rx', 'drv insn (run.ts)') / base.rx, 2)}`])]);
rows.push(['table misses (runs)', ...columns.flatMap((c) => [String(c.misses.tx), String(c.misses.rx)])]);
console.log(`twin, ${packets} packets per direction, ${size}-byte frames: executed instructions of the hypervisor instance's text per packet, by rewriter category`);
console.log(table(['category', ...columns.flatMap((c) => [`${c.mode} TX`, `${c.mode} RX`])], rows));

function hottest(mode: SvmMode, lab: ReturnType<typeof labelAll>, cats: string[]): void {
  // The hottest translated accesses (first instruction of each translation), with their source line.
  const lines = text.split('\n');
  for (const direction of ['tx', 'rx'] as const) {
    const { exec } = traceRun(lab, direction, packets, size, mode === 'table');
    const hot: Array<[number, string]> = [];
    let j = 0, prev = '';
    for (const it of lab.items) {
      if (it.kind !== 'insn') continue;
      const idx = j++;
      if (cats[idx] === 'translation' && prev !== 'translation') {
        const c = exec(idx);
        if (c) hot.push([c / packets, `${it.loc.line}: ${lines[it.loc.line - 1]!.trim()}`]);
      }
      prev = cats[idx]!;
    }
    hot.sort((a, b) => b[0] - a[0]);
    console.log(`${mode} ${direction}: ${hot.length} translation sites executed`);
    for (const [c, l] of hot.slice(0, Number(process.env.SITES))) console.log(`  ${fmt(c, 2)}  ${l}`);
  }
}

// Side by side (issue 19): the driver's executed instructions per packet (run.ts counters) of the
// unprotected original and of the twin on the default path, --svm stlb and --svm segment, by
// category, and the accesses --svm segment's fault handler completed per packet (outside the
// cooperating dom0's region). SIDE=stlb,table,segment picks the modes (default: all three).
{
  const modes = (process.env.SIDE ?? 'stlb,table,segment').split(',') as SvmMode[];
  const base = driverObjects(source, { portIo: 'helpers' });
  const unprot = runConfig({ config: 'unprotected', packets, size, objects: base, guests: 1 });
  const cols: Array<{ name: string; cat: Record<string, Map<string, number>>; drv: Record<'tx' | 'rx', number>; faults: Record<'tx' | 'rx', number> | null }> = [];
  for (const svm of modes) {
    const rw = rewrite(parse(source, text), { portIo: 'helpers', svm });
    const cs = categorize(rw.program.items);
    const l0 = labelAll(source, rw.program);
    const l = { ...l0, objects: { ...l0.objects, svm } };
    const cat: Record<string, Map<string, number>> = {};
    const drv = { tx: 0, rx: 0 }, faults = { tx: 0, rx: 0 };
    for (const direction of ['tx', 'rx'] as const) {
      const { exec, report: rep } = traceRun(l, direction, packets, size, svm === 'table');
      const m = new Map<string, number>();
      let total = 0;
      for (let j = 0; j < l.count; j++) { const c = exec(j); m.set(cs[j]!, (m.get(cs[j]!) ?? 0) + c); total += c; }
      m.set('total', total);
      cat[direction] = m;
      drv[direction] = rep[direction]!.insnsPerPacket.driver;
      // The fault handler's completions, in an untraced run of the same packets.
      let seg: { completed: { gs: number; fs: number } } | null = null;
      runConfig({ config: 'twin', packets, size, objects: l.objects, guests: 1, ...(svm === 'table' ? {} : { verify: 'off' as const }), direction, onReady: (h) => { seg = h.hypervisor!.segment; } });
      const done = seg as { completed: { gs: number; fs: number } } | null;
      faults[direction] = done ? (done.completed.gs + done.completed.fs) / packets : 0;
    }
    cols.push({ name: `--svm ${svm}`, cat, drv, faults: svm === 'segment' ? faults : null });
  }
  const u = { tx: unprot.tx!.insnsPerPacket.driver, rx: unprot.rx!.insnsPerPacket.driver };
  const head = ['category', ...cols.flatMap((c) => [`${c.name} TX`, `${c.name} RX`])];
  const rows2: (string | number)[][] = order.filter((c) => c !== 'drv insn (run.ts)').map((c) => [c, ...cols.flatMap((col) => [fmt((col.cat.tx!.get(c) ?? 0) / packets, 1), fmt((col.cat.rx!.get(c) ?? 0) / packets, 1)])]);
  rows2.push(['drv insn (run.ts)', ...cols.flatMap((c) => [fmt(c.drv.tx, 1), fmt(c.drv.rx, 1)])]);
  rows2.push(['twin / unprotected', ...cols.flatMap((c) => [`${fmt(c.drv.tx / u.tx, 3)}x`, `${fmt(c.drv.rx / u.rx, 3)}x`])]);
  rows2.push(['fault-completed / pkt', ...cols.flatMap((c) => (c.faults ? [fmt(c.faults.tx, 3), fmt(c.faults.rx, 3)] : ['-', '-']))]);
  console.log(`\nside by side, same packets: unprotected original TX ${fmt(u.tx, 1)}, RX ${fmt(u.rx, 1)} driver instructions per packet; the twin per mode, by category (per packet)`);
  console.log(table(head, rows2));
}
