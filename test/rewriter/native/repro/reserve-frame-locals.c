/*
 * repro/reserve-frame-locals.c — rewriter bug: callee-saved register reservation moves
 * frame-pointer LOCAL slots (negative %ebp displacements) by the entry pushes.
 *
 * gcc (kernel flags) compiles hash_insert with a frame pointer and saves %ebx/%esi in locals:
 *     pushl %ebp; movl %esp,%ebp; subl $8,%esp; movl %ebx,-8(%ebp); ... movl %esi,-4(%ebp)
 *     ... movl -8(%ebp),%ebx; movl -4(%ebp),%esi; movl %ebp,%esp; popl %ebp; ret
 * The rewriter reserves %edi (pushl %edi at the function label, before `pushl %ebp`) and adds 4 to
 * EVERY %ebp displacement (adjustForReservation), giving `movl %esi,0(%ebp)`: the saved %ebp is
 * overwritten, and the caller's %ebp is corrupted on return. Only displacements that reach above
 * the entry pushes (>= 4(%ebp): return address, arguments; for %esp bases, those at or above the
 * entry %esp) may move; locals below the saved %ebp must not.
 * Expected: both builds print "ok"; actual (rewritten): the caller's frame pointer is wrong after
 * the call (checked below, exit 1), or a crash.
 */
#include "svm_native.h"

struct item { u32 key; struct item *hnext; };
void hash_insert(struct item **tab, u32 nb, struct item *it);

#ifdef SVM_MODULE
void hash_insert(struct item **tab, u32 nb, struct item *it)
{
	struct item **b = &tab[(it->key * 2654435761u) % nb];
	it->hnext = *b;
	*b = it;
}
#else
int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	struct item **tab = rt_alloc(4 * 7, 4);
	struct item *it = rt_alloc(sizeof(*it), 4);
	for (int i = 0; i < 7; i++) tab[i] = NULL;
	it->key = 12345;
	u32 fp_before, fp_after;
	__asm__ __volatile__("movl %%ebp, %0" : "=r"(fp_before));
	MV(hash_insert, tab, 7, it);
	__asm__ __volatile__("movl %%ebp, %0" : "=r"(fp_after));
	CHECK(fp_before == fp_after);
	CHECK(tab[(12345u * 2654435761u) % 7] == it);
	out_str("ok\n");
	return 0;
}
#endif
