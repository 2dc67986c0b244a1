// The segment mode of SVM (`--svm segment`, issue 19): the contract between rewritten code, the
// loader, the verifier and the hypervisor. x86-32 segment limits confine the hypervisor instance's
// data accesses to one mirrored dom0 region, as Vx32 and Native Client confined their sandboxes:
//
//   dom0 (cooperating, src/platform/hypervisor/segment-region.ts): everything the driver touches on
//   its packet path lies in one region [R, R + size) of dom0's address space;
//   hypervisor: maps that region once, contiguously, at M (the mirror), and runs the hypervisor
//   instance with
//     %gs = base M,                    limit size - 1       (the confined data segment)
//     %fs = base M + (fsBase - R),     limit PERCPU - 1     (dom0's per-cpu area, when in the region)
//   both expand-up writable data; a segment whose area is not in the region is a null selector
//   (every access through it faults). %ds, %es, %ss stay flat: the stack, the runtime's variables,
//   the stlb windows and the hypervisor's C (hot routines, the runtime's stubs) use them unchanged,
//   so no segment register changes on any transition between the driver and the hypervisor.
//
// Rewrite of a non-stack memory operand (sites/segment.ts): no inserted instruction, only a %gs
// override and the displacement rebased by -R (the loader binds __svm_seg_neg = -R mod 2^32 in the
// hypervisor instance, 0 in the VM instance, whose %gs is flat):
//
//   movl 8(%eax,%ecx,4), %edx      ->  movl %gs:__svm_seg_neg+8(%eax,%ecx,4), %edx
//   movl foo+8(%eax), %edx         ->  leal foo+8(%eax), %r; movl %gs:__svm_seg_neg(%r), %edx
//                                      (a symbol and __svm_seg_neg cannot share one relocation)
//   incl %fs:__preempt_count       ->  unchanged (per-cpu offsets are %fs offsets already)
//
// The offset v - R of a dom0 address v wraps past the limit when v < R and exceeds it when
// v >= R + size: the CPU raises #GP. A mirror page that is absent (dom0 had not mapped it when the
// hypervisor made the mirror) raises #PF. The hypervisor's fault handler (segment-fault.ts)
// completes that one access through the stlb slow path — v = offset + R (or + fsBase), translated
// (a dom0 page's window, or the running invocation's own stack), the instruction run once with the
// faulting segment's base moved so that the same offset lands on the translation — and resumes;
// it aborts the driver on an address the slow path refuses (hypervisor memory, another domain's).
// Correctness never depends on every address being in the region; safety never depends on it
// either: an offset within the limit is a mirror address, i.e. dom0 memory.
//
// Invariant the verifier relies on (verifier/analysis/segment.ts): whenever the hypervisor
// instance runs, %gs and %fs are the confined segments above (or null), and the code never writes
// a segment register, never makes a far transfer, and overrides no segment but %gs and %fs.
// Strings keep the stlb chunk loop (their %es:%edi destination takes no override).

/**
 * A rewritten file of this mode says so with a (non-allocated) section of this name; the verifier
 * accepts confined accesses only in such an object (elsewhere an override means an access the
 * rewriter left untranslated). Not a security boundary: the hypervisor confines %gs/%fs for every
 * invocation of any hypervisor instance, marked or not.
 */
export const SEGMENT_SECTION = '.svm_segment';

/** Symbol the loader binds to -R (hypervisor instance) or 0 (VM instance). */
export const SEG_NEG = '__svm_seg_neg';

/** Segment registers (ModRM sreg numbering, as emulator/segments.ts). */
export const SEG_FS = 4, SEG_GS = 5;
