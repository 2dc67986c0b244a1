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
// may use (d-c)(T) while neither B nor T is redefined: the 2-page window covers it.

export const STLB_ENTRIES = 4096;
export const STLB_ENTRY_BYTES = 8;
export const PAGE_SIZE = 4096;
/** Bytes past a translated address that its 2-page window is guaranteed to cover (see Reuse). */
export const WINDOW_REACH = PAGE_SIZE + 1;

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
} as const;

export const STUB_SECTION = '.text.svm_stubs';
/** Side table: `.long site_label, source_line` for every inserted check (read by the loader). */
export const SITES_SECTION = '.svm_sites';
/** Side table: `.long label` for every address-taken code label (valid indirect targets). */
export const TARGETS_SECTION = '.svm_targets';

/** Calls that never return: liveness and the CFG stop there. */
export const NORETURN = new Set([
  '__stack_chk_fail', 'panic', 'do_exit', 'BUG', '__ubsan_handle_builtin_unreachable', 'abort', 'skb_over_panic',
  'skb_under_panic', 'rest_init', 'machine_halt',
]);
