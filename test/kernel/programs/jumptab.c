/*
 * jumptab.c — dense switches (gcc's jump tables: jmp *.L4(,%eax,4) with a table in .rodata), a
 * protocol state machine, a bytecode interpreter with a local operand stack, and case bodies that
 * use frame locals through pointers.
 */
#include "klib.h"

u32 classify(u32 v);
u32 interp(const u8 *code, u32 n, u32 arg);
u32 fsm(const u8 *in, u32 n);

#ifdef SVM_MODULE

u32 classify(u32 v)
{
	switch (v % 13) {
	case 0: return v + 1;
	case 1: return v ^ 0xdead;
	case 2: return v * 3;
	case 3: return v >> 3;
	case 4: return ~v;
	case 5: return v - 77;
	case 6: return v << 2;
	case 7: return v & 0xff00ff;
	case 8: return v | 0x1001;
	case 9: return v / 7;
	case 10: return v % 1000;
	case 11: return v * v;
	default: return 42;
	}
}

static noinline void push(u32 *stack, u32 *sp, u32 v) { if (*sp < 32) stack[(*sp)++] = v; }
static noinline u32 pop(u32 *stack, u32 *sp) { return *sp ? stack[--*sp] : 0; }

u32 interp(const u8 *code, u32 n, u32 arg)
{
	u32 stack[32], sp = 0, acc = arg;
	for (u32 pc = 0; pc < n; pc++) {
		switch (code[pc] & 15) {
		case 0: push(stack, &sp, acc); break;
		case 1: acc = pop(stack, &sp); break;
		case 2: acc += pop(stack, &sp); break;
		case 3: acc *= code[pc] | 1; break;
		case 4: acc ^= (u32)code[pc] << 8; break;
		case 5: push(stack, &sp, acc >> 1); break;
		case 6: acc = classify(acc); break;
		case 7: if (acc & 1) pc++; break;
		case 8: acc -= pop(stack, &sp); break;
		case 9: { u32 a = pop(stack, &sp), b = pop(stack, &sp); push(stack, &sp, a); push(stack, &sp, b); break; }
		case 10: acc = acc << 3 | acc >> 29; break;
		case 11: acc += sp; break;
		default: acc += 1;
		}
	}
	while (sp) acc = acc * 31 + pop(stack, &sp);
	return acc;
}

enum st { IDLE, HDR, LEN, BODY, CSUM, DONE, ERR };

u32 fsm(const u8 *in, u32 n)
{
	enum st s = IDLE;
	u32 len = 0, got = 0, sum = 0, frames = 0, errs = 0;
	for (u32 i = 0; i < n; i++) {
		u8 c = in[i];
		switch (s) {
		case IDLE: if (c == 0x7e) s = HDR; break;
		case HDR: s = c < 0x80 ? LEN : ERR; break;
		case LEN: len = c & 31; got = 0; sum = 0; s = len ? BODY : CSUM; break;
		case BODY: sum += c; if (++got == len) s = CSUM; break;
		case CSUM: if ((u8)sum == c) frames++; else errs++; s = DONE; break;
		case DONE: s = c == 0x7e ? HDR : IDLE; break;
		case ERR: errs++; s = IDLE; break;
		}
	}
	return frames << 16 | errs;
}

#else

int main(int argc, char **argv)
{
	(void)argc; (void)argv;
	u8 *code = rt_alloc(4096, 1);
	for (u32 i = 0; i < 4096; i++) code[i] = (u8)rnd();
	for (u32 k = 0; k < 100; k++) out_kv("cls", M(classify, rnd()));
	for (u32 k = 0; k < 60; k++) out_kv("int", M(interp, code + rnd_below(2048), rnd_below(2048), rnd()));
	for (u32 k = 0; k < 30; k++) out_kv("fsm", M(fsm, code + rnd_below(1024), rnd_below(3000)));
	return 0;
}
#endif
