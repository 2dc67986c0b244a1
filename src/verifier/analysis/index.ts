// The verifier's analysis core: abstract interpretation over a Code stream (code.ts), the same for
// assembly and machine code. It owns the abstract domain, the transfer function of every
// instruction, the path-sensitive branch refinements, the join, the fixpoint, and the rules:
//   (a) memory accesses: stack-relative (a register holding entry-esp + k, |k + disp| within the
//       guard) | runtime absolute (reads of abi.ts variables; the stlb through a bounded entry
//       offset; the target bitmap through a bounded text offset) | translated (a register holding
//       a translation, 0 <= disp, disp + size <= WINDOW_REACH) | stack-checked | none (lea, nop);
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
//       (FPU below); a return site no call reaches is analysed as an entry with nothing known
//   (c) no privileged instruction (popf only when it restores a slot saved by pushf)
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
// that one finding is reported once, not as a cascade.
import type { Code, Violation } from '../code.js';
import type { AnalysisResult, VerifyOptions } from './domain.js';
import { Analyzer } from './fixpoint.js';

export type { AnalysisResult, Counts, VerifyOptions } from './domain.js';
export { describeState, ENTRY_MASK, ENTRY_SHIFT, setTraceHook, STLB_BYTES, VERIFY_STACK_GUARD, WINDOW_BYTES } from './domain.js';

export function analyze(code: Code, opts: VerifyOptions = {}): AnalysisResult {
  const a = new Analyzer(code, code.roots, opts, 'entries').run();
  if (opts.strict === false || !code.jumpLandings.length) return a;
  // Strict: every jump landing entered on its own (a checked call or tail jump may reach it), in a
  // separate analysis, so that its frame is not confused with its function's.
  const b = new Analyzer(code, code.jumpLandings, opts, 'landings').run();
  const key = (v: Violation): string => `${v.where}\u0000${v.rule}\u0000${v.reason}`;
  const seen = new Set(a.violations.map(key));
  const out = [...a.violations];
  for (const v of b.violations) if (!seen.has(key(v))) { seen.add(key(v)); out.push(v); }
  return { violations: out.slice(0, opts.maxViolations ?? 1000), counts: a.counts };
}
