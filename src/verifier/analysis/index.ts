// The verifier's analysis core: abstract interpretation over a Code stream (code.ts), the same for
// assembly and machine code. It owns the abstract domain, the transfer function of every
// instruction, the path-sensitive branch refinements, the join, the fixpoint, and the rules:
//   (a) memory accesses: stack-relative (a register holding entry-esp + k, |k + disp| within the
//       guard) | runtime absolute (reads of abi.ts variables; the stlb through a bounded entry
//       offset; the target bitmap through a bounded text offset) | translated (a register holding
//       a translation, 0 <= disp, disp + size <= WINDOW_REACH) | table (disp(%b,%d) with %d the
//       __svm_delta entry of %b's page, -PAGE <= disp, disp + size <= PAGE: listed as a table site,
//       the only faults the miss may restart; __svm_delta read only as movl __svm_delta(,%r,4) of
//       a page number %r = X >> 12) | stack-checked | none (lea, nop);
//       string instructions on translated %esi/%edi with DF clear and a count bounded so that
//       off + n * elem <= 2 pages for every page offset off (derived: see limitFits)
//   (b) indirect transfers only through checked targets, never through memory; `ret` returns
//       through a word whose return-site check held on every path (abi.ts: text offset in this
//       instance bounded, return-site bit set; else the runtime's __svm_ret_out), at the entry
//       depth with DF clear, or jumps to a checked target left in its slot; a checked jump lands
//       on its function's jump landings, or leaves with the frame gone (return address intact)
//   (b'') the target bitmap is one set: any checked call or jump may reach any jump landing, so
//       (strict, the default) every landing is also analysed as an entry of its own, %ebp an
//       unchecked frame pointer (FPU) there: usable as one only after a stack check at the landing
//   (b') return sites (`.svm_returns`) only right after a call that is not into the runtime; any
//       checked `ret` may reach one, so after such a call every register but %esp is unknown
//       (callee-saved ones included), and a frame pointer (stack address in a callee-saved
//       register) is usable as a stack base only once checked against __svm_stack_lo/hi again
//       (FPU below); a return site no call reaches is analysed as a landing (pass 2')
//   (c) no privileged instruction (popf only when it restores a slot saved by pushf)
//   (c') every instruction is verified, reachable or not: code no entry, landing or return site
//       reaches (dead code) is analysed from a hostile state, so dead unsafe code is a violation
//   (b*) a root the target bitmap lists (a function whose address is taken, a jump landing) may
//       be reached by a checked jump from any frame: the word at its depth 0 is then no return
//       address of its own, so it may not transfer out of the module by a tail jump (an external
//       routine would return through that word unchecked); calls to dom0 routines that "never
//       return" are analysed as returning (dom0 is not trusted to keep that promise)
//   (d) a jump into the middle of an inserted sequence joins a state in which the facts it needs
//       are gone; paths that meet with different stack depths are a violation; direct targets are
//       instruction boundaries (the front ends check that)
//   (e) %esp only moves by constants (push/pop/call/ret/leave/enter/add/sub/lea/mov of a stack
//       address), within the guard
//
// Abstract domain, per block entry (one dense Int32Array of S ints):
//   8 registers, each a value [kind, id, p1..p4]: `id` names the value (a definition site, a
//     block's phi, or -1 = anonymous); kind + params is what is known about it, possibly relative
//     to other values by id. The kinds are the proof steps of the inserted sequences:
//       fast path   SHR(X,9) -> ENTRY(X) ; X ^ stlb[E] = XV(X,E) -(cmp $0xfff; ja not taken)-> HIT
//                   -(addl stlb+4(E))-> TRANS(X); the slow stub restores X (xor again) and the
//                   runtime writes TRANS(X) into the pushed slot
//       strings     PGOFF(X) -> NEGPG -> LIMRAW(X,C) -> LIM(X,C,s) -(cmova)-> CNT; TRANS(X) - X =
//                   DELTA(X); X + DELTA(X) = TRANS(X) (the pointer moved into the window)
//       targets     v - vm_text = TXO -(cmp text_size; jae not taken)-> TXB -(bt; jnc not taken)-> TXT
//                   -(add inst_text)-> CHK; call_xlate writes CHK into the pushed slot
//       returns     X := the word at (%esp) (the slot keeps X's id); X - inst_text = RXO(X) -(cmp
//                   text_size; jae not taken)-> RXB(X) -(bt __svm_returns; jnc not taken)-> RXT(X),
//                   and the slot holding X becomes RETOK: a checked return address, until written
//       frame ptr   STACK(k) in a callee-saved register across a call with a return site -> FPU(k):
//                   entry+k on the path of the call's own return, anything on others; the stack
//                   check (lo/hi bits, as STKC) makes it usable as a stack base: disp(%r) is then
//                   within the guard of entry+k AND of a stack address; `leave` / `movl %r,%esp`
//                   restart the frame from there (slots forgotten); a jump landing entered on its
//                   own starts with %ebp FPU(0) unchecked (k = 0: the frame restarts at %ebp)
//       table       X -(movl %X,%r; shrl $12)-> SHR(X,12) -(movl __svm_delta(,%r,4),%r)-> TDL(X);
//                   kill-on-def drops TDL(X) when X's register is redefined; a constant X = sym + c
//                   (CONST with its symbol, also through a push/pop) -(shrl $12)-> PGC(c, sym)
//                   -(movl __svm_delta(,%r,4),%d)-> TDLC(c, sym): depends on no register, dropped
//                   only when %d is written; D(%d) is allowed for D of the same symbol (or both
//                   plain numbers) within reach of c (memory.ts tableConstAccess); the sites of
//                   every pass must agree on the constant (else a violation: the miss fills it)
//       stack       STACK(k); STKC (lo/hi bits, set on the branch edges); FLAGS (a pushf image)
//                   CONST, AND (bounded), and NONE
//   the flags fact: which comparison the last flag-writing instruction made, of which value ids;
//     a conditional jump refines the values with those ids on each edge (path sensitivity).
//   K stack slots [depth, value]: pushed values, saved flags, what the runtime wrote.
//   misc: reachable, DF known clear, return address intact, depth conflict at this join.
//
// Ids: a value id denotes one dynamic value, "the value its site computed last"; when a site
// computes a new one, facts about the old value under that id are dropped (kill-on-def). A join
// keeps a fact when it holds on both sides about matching values (held by the same register on
// both sides, or named by the same id); registers whose ids differ get the block's phi ids.
// Fixpoint: extended blocks (a conditional jump's fall-through stays in the block), each edge keeps
// its latest state and a block's entry is the join of its edges' (an early visit's state does not
// linger under stale names), worklist in reverse postorder, a block that keeps changing is widened.
// The verdict is what each block's last run found; only blocks with violations run again to say
// where. After a violation that leaves the stack depth unknown, the analysis keeps the old depth so
// that one finding is reported once, not as a cascade.//
// The passes, in order (analyze below):
//   1. entries   function entries, global symbols and call targets (front end's roots), with a
//                call's state. Its verdict and counts are the module's.
//   2. landings  (strict, the default) every jump landing entered on its own; after 1 because it
//                is a second look at code 1 already ran, from the weaker state a foreign jump gives.
//   2'. unreached return sites (and, not strict, landings) 1 and 2 did not reach, which the runtime
//                can still enter: each as a landing in a pass of its own (unreachedRoots); after 2
//                because "unreached" is what 1 and 2 left.
//   3. dead      what no pass above ran, from a hostile state, up to where it meets code they
//                ran (which has its own verdict); after them because "dead" is what they left.
//                Alignment padding last, up to code the other dead roots reached (deadCode).
//   4. checks    facts of the module as a whole: return sites only right after a call that is
//                not into the runtime (rule b').
// Each pass has its own block graph and fixpoint (fixpoint.ts), so that a root's frame is never
// confused with another's; their findings are merged by instruction.

import type { Code, Rule, Violation } from '../code.js';
import * as C from '../code.js';
import type { AnalysisResult, TableSite, VerifyOptions } from './domain.js';
import { Analyzer, type PassResult } from './fixpoint.js';

export type { AnalysisResult, Counts, TableSite, VerifyOptions } from './domain.js';
export { describeState, ENTRY_MASK, ENTRY_SHIFT, setTraceHook, STLB_BYTES, VERIFY_STACK_GUARD, WINDOW_BYTES } from './domain.js';

const { isRuntimeNoreturn, OP_MEM, OP_REG, ROLE_NAMES, ROLE_NONE, SEM_CALL, SEM_CALLIND, SEM_JMP, SEM_JMPIND, SEM_RET, SEM_STOP, TGT_EXTERNAL, TGT_INTERNAL } = C;

interface Finding { readonly i: number; readonly rule: Rule; readonly reason: string }

export function analyze(code: Code, opts: VerifyOptions = {}): AnalysisResult {
  const strict = opts.strict ?? true;
  const max = opts.maxViolations ?? 1000;
  const listed = new Uint8Array(code.facts.length);
  for (const t of code.targets) listed[t] = 1;
  // 1. entries: a listed function may be reached by a checked jump from any frame (strict).
  const entries = new Analyzer(code, code.roots, opts, 'entries').run((r) => strict && listed[r] === 1);
  const passes: PassResult[] = [entries];
  const live = Uint8Array.from(entries.stepped);
  // 2. landings, entered on their own from any frame.
  if (strict && code.jumpLandings.length) {
    const l = new Analyzer(code, code.jumpLandings, opts, 'landings').run(() => true);
    passes.push(l);
    for (let i = 0; i < live.length; i++) live[i]! |= l.stepped[i]!;
  }
  // 2'. what the bitmaps admit but no path of 1 or 2 reached, each entered on its own.
  passes.push(...unreachedRoots(code, opts, live, strict));
  // 3. dead code, from a hostile state, up to live code.
  passes.push(...deadCode(code, opts, live));
  // 4. checks of the whole module.
  const found: Finding[] = checkReturnSites(code);
  let quiet = false;
  for (const p of passes) {
    // A dead-code finding says so: nothing reaches it today, but the bytes are mapped executable.
    found.push(...(p.mode === 'dead' ? p.found.map((x) => ({ ...x, reason: `${x.reason} (in unreachable code)` })) : p.found));
    quiet ||= p.quiet;
  }
  const seen = new Set<string>();
  const unique = found.filter((x) => { const k = `${x.i}\u0000${x.rule}\u0000${x.reason}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => a.i - b.i);
  if (quiet && !unique.length && !code.violations.length) unique.push({ i: 0, rule: 'stack', reason: 'the stack depth became unknown' });
  const out: Violation[] = [...code.violations];
  for (const x of unique) {
    if (out.length >= max) break;
    out.push({ ...code.where(x.i), rule: x.rule, reason: x.reason, insn: code.text(x.i) });
  }
  // Table sites of every pass (a module with a violation is refused, so each was proven on every path).
  const tableSites = new Map<number, TableSite>();
  for (const p of passes) {
    for (const [i, t] of p.tableSites) {
      const had = tableSites.get(i);
      // A constant-page site's page is its state's constant: one per instruction, or no restart is right.
      if (had && had.anchor !== t.anchor && out.length < max) {
        out.push({ ...code.where(i), rule: 'memory', reason: `table access proven with the delta of different constants' pages on different entries (anchors ${had.anchor} and ${t.anchor}): its miss could fill the wrong page`, insn: code.text(i) });
      }
      tableSites.set(i, t);
    }
  }
  return { violations: out.slice(0, max), counts: entries.counts, tableSites: [...tableSites.values()].sort((a, b) => a.i - b.i) };
}

/**
 * Pass 2': a return site whose call no path reaches (code only the kernel's runtime patching would
 * enter: a static key's `asm goto` branch holding a call), and without `strict` a landing no jump
 * reaches, are still entered by any checked `ret` / indirect transfer, from any frame: each is
 * analysed as a landing entered on its own (nothing known, %ebp an unchecked frame pointer, the
 * word at depth 0 no return address) through everything it reaches, live code included, in a
 * graph of its own. Seeded into pass 1's graph instead, its frame (depth 0 at the root) would
 * meet the function's at another depth and with another frame pointer where it runs into live
 * code: the join would say neither, and the function's own verdict would depend on code that
 * never runs. A root a previous root of this pass reaches is covered by that run.
 */
function unreachedRoots(code: Code, opts: VerifyOptions, live: Uint8Array, strict: boolean): PassResult[] {
  const roots = [...code.returnSites, ...(strict ? [] : code.jumpLandings)].filter((r) => !live[r]).sort((a, b) => a - b);
  const out: PassResult[] = [];
  for (const r of roots) {
    if (live[r]) continue;
    const p = new Analyzer(code, [r], opts, 'landings').run(() => true);
    out.push(p);
    for (let i = 0; i < live.length; i++) live[i]! |= p.stepped[i]!;
  }
  return out;
}

/**
 * Pass 3: every instruction no earlier pass ran, verified from a hostile state (nothing known,
 * the word at depth 0 not a return address). Roots: dead instructions no dead instruction flows
 * into; a dead cycle with no such root is entered at its first instruction.
 */
function deadCode(code: Code, opts: VerifyOptions, live: Uint8Array): PassResult[] {
  const n = code.facts.length;
  const flowsIn = new Uint8Array(n);
  let any = false;
  for (let j = 0; j < n; j++) {
    if (live[j]) continue;
    any = true;
    const sem = code.facts[j]!.sem;
    const ends = sem === SEM_JMP || sem === SEM_JMPIND || sem === SEM_RET || sem === SEM_STOP ||
      (sem === SEM_CALL && code.tgtKind[j] === TGT_EXTERNAL && isRuntimeNoreturn(code.tgtRole[j]!));
    const nx = code.next[j]!;
    if (!ends && nx >= 0) flowsIn[nx] = 1;
    if (code.tgtKind[j] === TGT_INTERNAL) flowsIn[code.tgt[j]!] = 1;
  }
  if (!any) return [];
  // Alignment padding (GNU as fills `.p2align` after a transfer with instructions that change
  // nothing: nop, xchg %ax,%ax, lea 0(%esi,%eiz),%esi) is a root nothing enters that runs into the
  // code after it. Where that code is dead too, the padding's hostile frame would meet the frame of
  // the dead path that reaches it (a static key's branch: another depth, a frame pointer): the
  // other dead roots run first, and padding is then analysed up to code they reached, as every
  // dead root is up to live code (the assembly front end never sees padding: its verdict agrees).
  const pad = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (live[i] || flowsIn[i] || !changesNothing(code.facts[i]!)) continue;
    for (let j = i; j >= 0 && !live[j] && changesNothing(code.facts[j]!) && !pad[j]; j = code.next[j]!) pad[j] = 1;
  }
  const out: PassResult[] = [];
  let seen = live;
  for (const padding of [false, true]) {
    const roots: number[] = [];
    for (let i = 0; i < n; i++) if (!seen[i] && !flowsIn[i] && pad[i] === (padding ? 1 : 0)) roots.push(i);
    for (;;) {
      const p = new Analyzer(code, roots, opts, 'dead', seen).run(() => true);
      const left = p.stepped.findIndex((s, i) => !s && !seen[i] && (padding || !pad[i]));
      if (left < 0 || roots.includes(left)) {
        out.push(p);
        seen = Uint8Array.from(seen, (x, i) => x | p.stepped[i]!);
        break;
      }
      roots.push(left);
    }
  }
  return out;
}

/** An instruction that changes nothing (the forms of padding): no memory access, register or flag changed. */
function changesNothing(f: C.InsnFacts): boolean {
  if (f.form.flow !== 'seq' || f.form.flags.write || f.form.privilege || f.form.implicitMem !== 'none') return false;
  if (f.form.cls === 'nop') return f.wmask === 0;
  const [a, b] = f.ops;
  if ((f.form.op === 'xchg' || f.form.op === 'mov') && a?.k === OP_REG && b?.k === OP_REG) return a.reg === b.reg;
  const m = f.mem;
  return f.form.op === 'lea' && f.form.size === 32 && b?.k === OP_REG && m !== null && m.base === b.gpr && m.index < 0 && m.disp === 0 &&
    m.seg < 0 && m.role === ROLE_NONE && m.sym === null && !m.complex;
}

/**
 * Pass 4 (rule b'): a return site's bit lets any checked `ret` land there: it must be the address
 * right after a call (the call's own return lands there anyway), and not after a call into the
 * runtime, whose return resumes an inserted sequence halfway (after __svm_slow: any stack word as
 * a translation).
 */
function checkReturnSites(code: Code): Finding[] {
  const out: Finding[] = [];
  const n = code.facts.length;
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (code.next[i]! >= 0) prev[code.next[i]!] = i;
  for (const r of code.returnSites) {
    const c = prev[r]!;
    const sem = c >= 0 ? code.facts[c]!.sem : -1;
    if (sem !== SEM_CALL && sem !== SEM_CALLIND) {
      out.push({ i: r, rule: 'control', reason: 'return site (.svm_returns) that does not follow a call: any checked ret could land here' });
    } else if (sem === SEM_CALL && code.tgtKind[c] === TGT_EXTERNAL && code.tgtRole[c]! > 0) {
      out.push({ i: r, rule: 'control', reason: `return site (.svm_returns) after a call into the runtime's ${ROLE_NAMES[code.tgtRole[c]!]}: a checked ret could resume the inserted sequence there` });
    }
  }
  return out;
}
