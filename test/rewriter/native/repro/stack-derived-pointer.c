/*
 * repro/stack-derived-pointer.c — rewriter limitation with wrong semantics: a pointer into the
 * stack that gcc derives into another register is translated like heap data, and the slow path
 * refuses it (the stack is not dom0 memory), so a correct function aborts.
 *
 * gcc (kernel flags) strength-reduces `tmp[n - 1 - i] = buf[i]` over a local array into
 *     leal -272(%ebp,%ebx,4), %edx      # &tmp[n] - 4*... : a stack address in %edx
 *   .L22:
 *     movl (%esi,%eax,4), %ecx
 *     subl $4, %edx
 *     movl %ecx, 4(%edx)                 # a store to the local array, through %edx
 * classifyMem() sees base %edx (not %esp/%ebp), so the rewriter emits the stlb fast path; the
 * stack address misses, __svm_slow gets va = 0xffxxxxxx (the driver stack) and must refuse it:
 * expected `rev=...` lines equal to the original's and exit 0; actual: exit 42, "slow path:
 * address outside the dom0 region: ffxxxxxx" at the `movl %ecx, 4(%edx)` site.
 * A fix needs the rewriter to track registers derived from %esp/%ebp (lea/add/sub/mov chains)
 * and bounds-check them against the stack like stack-indexed operands, instead of translating.
 */
#include "svm_native.h"

u32 reverse_words(u32 *buf, u32 n);

#ifdef SVM_MODULE
u32 reverse_words(u32 *buf, u32 n)
{
	u32 tmp[64];
	u32 s = 0;
	if (n > 64) n = 64;
	for (u32 i = 0; i < n; i++) tmp[n - 1 - i] = buf[i];
	for (u32 i = 0; i < n; i++) {
		buf[i] = tmp[i] ^ i;
		s += tmp[(i * 7) % n];
	}
	return s;
}
#else
int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u32 *buf = rt_alloc(64 * 4, 4);
	for (u32 k = 0; k < 10; k++) {
		u32 n = 1 + rnd_below(64);
		for (u32 i = 0; i < n; i++) buf[i] = rnd();
		out_kv("rev", M(reverse_words, buf, n));
	}
	return 0;
}
#endif
