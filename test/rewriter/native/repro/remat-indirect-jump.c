/*
 * repro/remat-indirect-jump.c — rewriter bug: a register borrowed as scratch for an indirect
 * JUMP's target check is "rematerialized" after the jump, where the code is unreachable.
 *
 * gcc compiles the computed goto below to
 *     movl labels.0(,%eax,4), %ebx ; movl $1, %eax ; jmp *%ebx
 * with %eax (i = 1) live at every label. The rewriter picks %eax as the target-check register
 * because it knows %eax == $1 (remat.ts), and emits
 *     movl %ebx, %eax ; subl $__svm_vm_text, %eax ; ... ; addl $__svm_inst_text, %eax
 *     jmp *%eax
 *     movl $1, %eax            <- never executed
 * so at the landing label %eax holds the code address instead of 1. Here the interpreter then
 * stops at once: expected `interp=311e465a` (original), actual `interp=0000a5a2` (rewritten);
 * in a larger interpreter `code[i - 1]` read code + text address - 1 and the slow path refused it
 * (exit 42, "address outside the dom0 region"). Expected: both builds print the same. A register can be rematerialized
 * after an instruction only if control falls through it; for jmp it must not be borrowed (use a
 * free register or the stack-slot form of indirectViaStack).
 */
#include "svm_native.h"

u32 interp(const u8 *code, u32 n);

#ifdef SVM_MODULE
u32 interp(const u8 *code, u32 n)
{
	static const void *const labels[] = { &&op_add, &&op_mul, &&op_xor, &&op_shift, &&op_end };
	u32 acc = 7, i = 0;
#define NEXT() do { if (i >= n) goto *labels[4]; goto *labels[code[i++] & 3]; } while (0)
	NEXT();
op_add:
	acc += code[i - 1];
	NEXT();
op_mul:
	acc *= 3;
	NEXT();
op_xor:
	acc ^= 0xa5a5;
	NEXT();
op_shift:
	acc = (acc << 1) | (acc >> 31);
	NEXT();
op_end:
	return acc;
}
#else
int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *code = rt_alloc(64, 1);
	for (u32 i = 0; i < 64; i++) code[i] = (u8)rnd();
	out_kv("interp", M(interp, code, 64));
	return 0;
}
#endif
