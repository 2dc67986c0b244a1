# Reproducer (rewriter): a bit-string instruction with a register bit offset on a stack operand.
# `btsl %edx, (%esp)` writes the bit at (%esp) + 4*(%edx >> 5): anywhere within 256 MiB of the
# stack, not only the word at (%esp). The rewriter classifies the operand as stack-relative
# (classifyMem looks at the operand, not at the bit offset) and leaves the instruction as it is;
# with %edx taken from dom0 data (a bit number from a descriptor), the hypervisor instance sets
# a bit at an address dom0 chooses. Kernel C produces this shape from test_bit/__set_bit on a
# bitmap local (DECLARE_BITMAP on the stack). The verifier rejected the rewritten output (rule a).
# Fixed: the rewriter now folds the bit offset into the address and bounds-checks the bit's word
# against the driver stack (memref.ts classifyAccess; rewrite.ts stackChecked).
	.text
	.globl	mark
	.type	mark, @function
mark:
	subl	$8, %esp
	movl	$0, (%esp)
	movl	$0, 4(%esp)
	btsl	%edx, (%esp)
	btl	%eax, 4(%esp)
	sbbl	%eax, %eax
	addl	$8, %esp
	ret
	.size	mark, .-mark
