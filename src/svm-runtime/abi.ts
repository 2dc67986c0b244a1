// The SVM ABI: the contract between rewritten code and the per-instance runtime: symbol names the loader binds,
// the stlb layout, and the shape of the inserted sequences. Rewriter, loader, SVM runtime, native
// test runtime and verifier all import these facts from here.
//
// stlb: 4096 entries x 8 bytes, indexed by bits 12..23 of the dom0 virtual address.
//   entry.tag    = dom0 page address (va & ~0xfff) of the cached translation
//   entry.mapped = hypervisor address of the start of a 2-page window mapping [tag, tag + 8 KiB)
// An empty entry i holds a tag whose index bits differ from i, so it never matches.
//
// Fast path for one memory operand M (8 inserted instructions, 2 scratch registers r1, r2):
//
//   leal   M, %r1                    # effective address (no access, no flags)
//   movl   %r1, %r2
//   shrl   $9, %r2
//   andl   $0x7ff8, %r2              # entry offset = ((va >> 12) & 0xfff) * 8
//   xorl   __svm_stlb(%r2), %r1      # va ^ tag: the page offset iff the tag matches
//   cmpl   $0xfff, %r1
//   ja     .Lsvm_slow_N              # miss or collision
//   addl   __svm_stlb+4(%r2), %r1    # mapped window + page offset
// .Lsvm_ok_N:
//   <the original instruction with M replaced by (%r1)>
//
// The slow stub (section .text.svm_stubs) recovers va, calls the runtime, and resumes:
//
// .Lsvm_slow_N:
//   xorl   __svm_stlb(%r2), %r1      # va again
//   pushl  $.Lsvm_site_N             # which access (for safety events)
//   pushl  %r1
//   call   __svm_slow                # fills the entry; returns the translation in the va slot;
//   popl   %r1                       #   preserves every register; aborts the invocation on a
//   leal   4(%esp), %esp             #   non-dom0 address (never returns then)
//   jmp    .Lsvm_ok_N
//
// Reuse: after a translation of B+c into T, an access at B+d with 0 <= d-c and d-c+size <= 4097
// may use (d-c)(T) while neither B nor T is redefined: the 2-page window covers it. B is the
// address's registers and symbol (base, index*scale, sym). The translated access itself may sit
// at low(%r1), 0 <= low, when B+c is an address the block accesses right after anyway. Reuse
// crosses labels only where every incoming edge holds T (rewrite.ts availIn), never a call.
// Windows stay put for a whole driver invocation: the runtime reclaims its window area only
// between invocations, and aborts an invocation that would need more (runtime.ts beginInvocation).
// Even a stale T could only map another dom0 page or nothing (a fault), never hypervisor memory.
//
// Tag-free translation (`svm: 'table'`, rewrite/stats/run --svm table; `--svm stlb` is the fast
// path above). One 32-bit word per 4 KiB page of the whole 32-bit space, __svm_delta[va >> 12]
// (1M entries, 4 MiB of hypervisor memory the driver can never reach: see the invariant), holds a
// delta such that va + delta is the hypervisor address of va. For an access disp(%b) with
// -PAGE_SIZE <= disp <= PAGE_SIZE - size (one scratch register %r, dead or spilled):
//
//   movl   4(%ebx), %eax                  # before
//
//   movl   %ebx, %ecx                     # after (%ecx dead here)
//   shrl   $12, %ecx                      # page number of the base (flags: pushfl/popfl if live)
//   movl   __svm_delta(,%ecx,4), %ecx     # delta of the base's page
//   movl   4(%ebx,%ecx), %eax             # the original instruction on base + disp + delta
//
// Any other operand M (index, symbol, far displacement, %fs/%gs) first forms its address:
//   leal M, %r1 [; addl __svm_fs_base, %r1]; movl %r1,%r2; shrl $12,%r2;
//   movl __svm_delta(,%r2,4),%r2; <insn on (%r1,%r2)>
//
// Windows: an entry is filled for one dom0 page P (the base's page) and maps the 3-page window
// [W - PAGE, W + 2 PAGE) with delta = W - P: its middle page is P, its outer pages P - 1 and P + 1
// when those are dom0's (else they stay unmapped). Reach: base in P and disp in [-PAGE, PAGE - size]
// put every byte of the access in [P - PAGE, P + 2 PAGE), i.e. in the window (TABLE_REACH_LO/HI).
// An entry no miss filled is a guard delta, GUARD - P: the access lands in TABLE_GUARD_PAGES
// unmapped pages of hypervisor space and page-faults. That fault is the miss: the hypervisor's
// fault handler accepts it only at a verified table site (ModuleSets.tableSites: instruction,
// base and delta registers, displacement, as the verifier proved them), recomputes the dom0
// address b + disp from the registers (a fault is precise: the instruction changed nothing),
// checks it is dom0's (mapped in dom0's space to a frame dom0 owns, never the hypervisor region),
// fills the entry of b's page (or maps a missing outer page of its window), writes the new delta
// into %r and restarts the instruction; anything else is an 'svm-access' safety event (abort).
// The running invocation's stack gets identity entries (delta 0: its pages are where they are,
// the stack guards around it are unmapped), as in "Stack windows".
//
// Constant pages. An access whose address is a constant, symbol + c with no register and no segment
// override (a kernel global: `movl jiffies,%eax`, `addl $1,counter+4`), takes the page of the
// constant X = sym + c itself, in ONE register (for a load, its destination when the instruction
// does not read it), 3 inserted:
//
//   movl   jiffies, %eax                  # before
//
//   movl   $jiffies, %eax                 # after: X, relocated by the loader like the access
//   shrl   $12, %eax                      # k = X >> 12, the constant's page
//   movl   __svm_delta(,%eax,4), %eax     # delta of page k
//   movl   jiffies(%eax), %eax            # the original instruction on D + delta, D = jiffies
//
// %r depends on no register: it stays the delta of page k until %r itself is written, so a later
// access `sym+d` of `size` bytes within reach of X reuses it with nothing inserted
// (`movzbl evtchn_upcall_mask,%eax ... movb %dl,evtchn_upcall_mask`).
// Reach: with P = k * PAGE the page start, the window of k is [P - PAGE, P + 2 PAGE), so an
// access at D is in it iff D - P in [-PAGE, 2 PAGE - size]. D and X are relocated against the
// same symbol (the verifier requires it: R_386_32 fields of one symbol), so D - X = d - c exactly,
// and X - P = X & 0xfff in [0, PAGE). Neither the rewriter nor the verifier knows X & 0xfff before
// the loader binds the symbol; for every value of it the access is in the window iff
//   D - X in [-PAGE, PAGE + 1 - size]  (lowest X - P: 0; highest: PAGE - 1),
// and the rule both use is the base's, D - X in [TABLE_REACH_LO, TABLE_REACH_HI - size], within it:
// X plays the base's part (a base b in page P with disp = D - b). A plain number X (no symbol) is
// the same rule with the page known.
// The miss of such a site has no base register to read: the site records `anchor` = X - D (the
// difference of the two addends) and `dispAt`, where the instruction's 32-bit displacement field
// (the relocated D) lies; the handler reads D from the installed text (which the driver cannot
// write), checks D as the dom0 address accessed and X as the base (never the hypervisor region,
// or both in the running stack), fills the entry of X's page and restarts with %r refilled.
// A wrong X would be a wrong page, and %r then the delta of a page a later reuse is not within
// reach of: that is why the page is the recorded constant's, never re-derived from %r or the fault,
// and why the verifier refuses a site its passes prove with different constants. A plain-number
// D has no relocation: dispAt is -1 and D is the site's disp.
// An %fs/%gs per-cpu access keeps the general form (its address needs the segment base).
//
// Safety invariant: every entry is a guard delta or the delta of a window whose mapped pages are
// dom0 frames (or the running driver stack); the table is written only by the miss handler (the
// verifier refuses any write to __svm_delta and any read not indexed by a page number), and its
// own pages, like all of the hypervisor region, have guard deltas forever. Entries and windows
// are never changed under running driver code except by the miss (which only fills); windows are
// reclaimed between invocations. Reuse: %r keeps the delta of %b's page while neither register is
// redefined, so a later disp2(%b) within reach is just disp2(%b,%r) (no inserted instruction).
// The rewriter keeps deltas alive longer without any new rule for the verifier (each is an
// ordinary instruction the verifier checks as it is): after `movl %b,%c` the delta serves %c too
// (one value id); a register borrowed from a stack slot or constant is reloaded only where the
// original code needs it, and an original `movl slot,%r` over a held delta moves down to there
// (rewriter/sites/scratch.ts settle, sinkLoad); with the flags live, a register-only instruction
// that set them moves below the delta load instead of a pushfl/popfl (sites/table.ts flagSetter),
// and two flag saves with only flag-neutral code and no memory write between them become one (a
// write between could land on the saved word through a stack window: the verifier refuses the
// popfl then).
//
// Return-site control-flow integrity. Stack-relative accesses are exempt and stack-indexed ones
// are only bounded to the driver stack, so a driver can overwrite its own return addresses and
// saved %ebp. Every `ret` of the module text therefore checks the word it returns through:
//
//   ret                                     # before
//
// .Lsvm_sN:                                 # after (%r: a register dead at the ret, normally %ecx;
//   [pushl %r] [pushfl]                     #   %ecx spilled when a caller in the file keeps it live
//                                           #   across the call (gcc -fipa-ra); flags saved if live)
//   movl   4*w(%esp), %r                    # the return address (w = words pushed just above)
//   subl   $__svm_inst_text, %r             # offset in THIS instance's text
//   cmpl   $__svm_text_size, %r
//   jae    .Lsvm_oN                         # leaves the instance's text: the runtime decides
//   btl    %r, __svm_returns
//   jnc    .Lsvm_dN                         # not a return site: abort
//   [popfl] [popl %r]
//   ret
//
// .Lsvm_oN:  [popfl] [popl %r]; pushl $.Lsvm_sN; call __svm_ret_out        (stub section)
// .Lsvm_dN:  addl $__svm_inst_text,%r; pushl $.Lsvm_sN; pushl %r; call __svm_bad_return
//
// Invariant: a `ret` of module text reaches a return site (an address right after a call in the
// module text that can return through a module `ret`, listed in .svm_returns) or the runtime.
// Return sites are listed for direct calls to module labels, indirect calls and the rewriter's
// trampoline calls; NEVER after a call into the runtime (its return resumes the middle of an
// inserted sequence, e.g. `popl %r1` after __svm_slow would take any stack word as a translation).
// __svm_ret_out gets (site) above the return address: the hypervisor instance may leave its text
// only to the address its invocation came from (the hypervisor's call), anything else is a safety
// event; the VM instance (dom0's own) may return to any dom0 code. Both pop the site and the stub's
// return address and then return through the checked word.
//
// A return site may thus be reached by ANY module `ret` whose return address was overwritten: code
// after a return site must be safe with every register but %esp arbitrary (DF is clear: a checked
// `ret` runs only with DF clear). In a function that made %ebp its frame pointer, where %ebp may be
// read before it is restored, the return site checks %ebp before any exempt disp(%ebp) access,
// `leave` or `movl %ebp,%esp` can use it (no flags saved: the ABI leaves them undefined after a call):
//
//   call   f                                # before: ... -8(%ebp) ...
//
//   call   f                                # after
// .Lsvm_rN:                                 # listed in .svm_returns
// .Lsvm_sN:
//   cmpl   __svm_stack_lo, %ebp
//   jb     .Lsvm_fN
//   cmpl   __svm_stack_hi, %ebp
//   jae    .Lsvm_fN                         # .Lsvm_fN: pushl $.Lsvm_sN; pushl %ebp; call __svm_stack_fault
//   ... -8(%ebp) ...                        # within the stack +- the guard on every path
//
// Jump landings. `.svm_targets` is one bitmap for every `call *` and `jmp *` of the module: a
// corrupted function pointer or another function's jump table may enter a jump-table case (any
// address-taken label that is no function entry) with any register values. In a frame-pointer
// function, a landing from which %ebp may be read before it is redefined checks it the same way
// (flags saved around the check only if live into the case), under the label the table names:
//
//   .L5:                                    # .L4: .long .L5 (a jump table)
//   .Lsvm_sN:
//     [pushfl]
//     cmpl   __svm_stack_lo, %ebp
//     jb     .Lsvm_fN
//     cmpl   __svm_stack_hi, %ebp
//     jae    .Lsvm_fN
//     [popfl]
//     ... -208(%ebp) ...                    # within the stack +- the guard, however .L5 was entered
//
// The verifier's default (strict) analysis enters every landing also on its own with %ebp unknown.

/**
 * The stack guard: the verifier proves every stack-relative access of a driver frame within this
 * many bytes of the frame's entry %esp (and %esp itself within it, a call's push included), and the
 * loader refuses to bind a hypervisor instance unless this many bytes below and above its stack
 * are unmapped hypervisor space (region.ts reserveGuards). One constant, so the two cannot drift:
 * a frame entered inside the stack then reaches the stack or a guard page, never anything else.
 */
export const STACK_GUARD_BYTES = 0x10000;

export const STLB_ENTRIES = 4096;
export const STLB_ENTRY_BYTES = 8;
export const PAGE_SIZE = 4096;
/** Bytes past a translated address that its 2-page window is guaranteed to cover (see Reuse). */
export const WINDOW_REACH = PAGE_SIZE + 1;

/**
 * How the rewriter makes non-stack accesses safe: the thesis-style stlb fast path, the tag-free
 * table, or the confined segments (segment.ts).
 */
export type SvmMode = 'stlb' | 'table' | 'segment';
export const SVM_MODES: readonly SvmMode[] = ['stlb', 'table', 'segment'];
/** Tag-free table: one 4-byte delta per 4 KiB page of the 32-bit space. */
export const TABLE_ENTRIES = 1 << 20;
export const TABLE_ENTRY_BYTES = 4;
export const TABLE_SHIFT = 12;
/** Displacements disp(%b) the table path translates on b's entry: [LO, HI - size] (3-page windows). */
export const TABLE_REACH_LO = -PAGE_SIZE;
export const TABLE_REACH_HI = PAGE_SIZE;
/** TableSite base of a constant-page site (abi.ts "Constant pages"): no base register. */
export const TABLE_NO_BASE = -1;
/** Pages of a table window (the base's page and one either side) and of the guard a guard delta lands in. */
export const TABLE_WINDOW_PAGES = 3;
export const TABLE_GUARD_PAGES = 3;

/** Per-instance symbols the loader binds (values differ between the VM and hypervisor instance). */
export const SYM = {
  /** The stlb table (hypervisor memory for the hypervisor instance; identity for the VM one). */
  stlb: '__svm_stlb',
  /** Slow path: (va, site) on the stack -> translation in the va slot. */
  slow: '__svm_slow',
  /** Base address of %fs (per-cpu area) as seen by dom0: a 32-bit variable. */
  fsBase: '__svm_fs_base',
  /** Base address of %gs: a 32-bit variable. */
  gsBase: '__svm_gs_base',
  /** Address of the VM instance's text (where function pointers in shared data point). */
  vmText: '__svm_vm_text',
  /** Size in bytes of the module text. */
  textSize: '__svm_text_size',
  /** Address of this instance's text. */
  instText: '__svm_inst_text',
  /** Bitmap over text offsets: 1 where an indirect transfer may land. */
  targets: '__svm_targets',
  /** Indirect transfer to a non-module address: (target, site) -> routine or stub address, or abort. */
  callXlate: '__svm_call_xlate',
  /** Indirect transfer into module text at a non-target offset: (target, site), never returns. */
  badTarget: '__svm_bad_target',
  /** Lowest and one-past-highest address of the current driver stack (32-bit variables). */
  stackLo: '__svm_stack_lo',
  stackHi: '__svm_stack_hi',
  /** Stack-checked access outside the stack: (address, site), never returns. */
  stackFault: '__svm_stack_fault',
  /** Bitmap over text offsets: 1 at a return site (right after a call, listed in .svm_returns). */
  returns: '__svm_returns',
  /**
   * A checked `ret` whose return address leaves this instance's text: (site) pushed above the
   * return address. Returns out of the instance (through that address) when the instance may go
   * there; aborts the invocation otherwise. Never returns to the module.
   */
  retOut: '__svm_ret_out',
  /** A checked `ret` to module text that is not a return site: (address, site), never returns. */
  badReturn: '__svm_bad_return',
  /**
   * The instance's virtual interrupt flag: one byte, 0 = interrupts enabled, 1 = masked (the
   * encoding of dom0's `evtchn_upcall_mask`, which the VM instance's is bound to). The only
   * runtime variable rewritten code may write (one byte, `movb $imm8` or `setcc`).
   */
  vif: '__svm_vif',
  /** The tag-free translation table (1M deltas, hypervisor memory; zeros for the VM instance). */
  delta: '__svm_delta',
} as const;

export const STUB_SECTION = '.text.svm_stubs';
/** Side table: `.long site_label, source_line` for every inserted check (read by the loader). */
export const SITES_SECTION = '.svm_sites';
/** Side table: `.long label` for every address-taken code label (valid indirect targets). */
export const TARGETS_SECTION = '.svm_targets';
/** Side table: `.long label` for every return site (the address right after a listed call). */
export const RETURNS_SECTION = '.svm_returns';

/** Calls that never return: liveness and the CFG stop there. */
export const NORETURN = new Set([
  '__stack_chk_fail', 'panic', 'do_exit', 'BUG', '__ubsan_handle_builtin_unreachable', 'abort', 'skb_over_panic',
  'skb_under_panic', 'rest_init', 'machine_halt',
]);
