/*
 * Mini kernel API (twindrivers): BUG()/BUG_ON().
 * Owns the trap idiom of the i386 kernel: a `ud2` (emitted as
 * `.byte 0x0f, 0x0b` under local label 1) plus a 12-byte entry in the
 * __bug_table section { .long trap address, .long file string,
 * .word line, .word flags } padded with `.org 2b+12`.  The label 1 names the
 * trapping instruction: a rewriter must keep it naming that instruction.
 * The dom0 kernel model treats reaching the trap as a fatal driver error and
 * may look the address up in __bug_table to report file:line.
 */
#ifndef _MINI_ASM_BUG_H
#define _MINI_ASM_BUG_H

struct bug_entry {
	unsigned long bug_addr;
	const char *file;
	unsigned short line;
	unsigned short flags;
};

_Static_assert(sizeof(struct bug_entry) == 12, "bug_entry is 12 bytes");

#define BUG()                                                               \
	do {                                                                \
		__asm__ __volatile__("1:\t.byte 0x0f, 0x0b\n"               \
				     ".pushsection __bug_table,\"aw\"\n"     \
				     "2:\t.long 1b\n"                        \
				     "\t.long %c0\n"                         \
				     "\t.word %c1\n"                         \
				     "\t.word 0\n"                           \
				     "\t.org 2b+%c2\n"                       \
				     ".popsection"                           \
				     :                                       \
				     : "i"(__FILE__), "i"(__LINE__),         \
				       "i"(sizeof(struct bug_entry)));       \
		__builtin_unreachable();                                    \
	} while (0)

#define BUG_ON(cond)                    \
	do {                            \
		if (unlikely(cond))     \
			BUG();          \
	} while (0)

#endif /* _MINI_ASM_BUG_H */
