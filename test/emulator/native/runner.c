/* Differential-test runner: executes batches of single-instruction cases on the real CPU.
 *
 * Freestanding 32-bit Linux program (no libc): build with
 *   gcc -m32 -nostdlib -static -fno-pie -no-pie -O1 -fno-stack-protector -o runner runner.c
 * Reads a batch from stdin, writes one result record per case to stdout (formats below, shared
 * with test/emulator/difftest/format.ts). For each case it fills the data buffer (xorshift32 from
 * the case seed, then up to two patches), copies the instruction bytes to the code page followed
 * by a jump back (fall-through landing), loads EFLAGS (popfl) and all eight registers, and jumps to
 * the instruction. A branch to CODE_BASE+PAD_OFF lands on a second jump back (taken landing).
 * SIGFPE/SIGSEGV/SIGILL/SIGTRAP/SIGBUS are caught on an alternate stack (rt_sigaction with raw
 * int $0x80 syscalls); the handler reports the fault and the registers at the fault.
 *
 * Input:  "TDDT" u32 count, then count records of 136 bytes:
 *         u32 regs[8]; u32 eflags; u32 seed; 2 x {u16 off; u8 len; u8 pad; u8 bytes[8]}; u8 len;
 *         u8 code[64] (one instruction, or a block of several)
 * Output: "TDDR" u16 sel[6] (es cs ss ds fs gs), then per case 64 bytes:
 *         u32 regs[8]; u32 eflags; u32 landing (0 fall, 1 taken, 2 fault or trap); u32 fault (0 none,
 *         1 DE, 2 SEGV, 3 ILL, 4 TRAP, 5 BUS); u32 hash (FNV-1a over the buffer's 32-bit words);
 *         u32 trapno (exception vector); u32 err (error code); u32 eip (where it stopped);
 *         u32 cr2 (page-fault address); u16 sel[4] (es ds fs gs after the case)
 * A case may load data segment registers: the landing code reaches memory through %ss only, saves
 * the selectors, and reloads the runner's.
 */

typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

#define CODE_BASE 0x30000000u
#define PAD_OFF 0x80u
#define DATA_BASE 0x40000000u
#define DATA_SIZE 8192u
#define IN_REC 136u
#define OUT_REC 72u
#define MAX_CASES 200000u

static u32 sys3(u32 nr, u32 a, u32 b, u32 c) {
  u32 r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
  return r;
}
static u32 sys6(u32 nr, u32 a, u32 b, u32 c, u32 d, u32 e, u32 f) {
  u32 r;
  u32 blk[2] = { e, f };
  u32 *pb = blk;
  /* edi and ebp (the fifth and sixth arguments) are loaded from blk; ebp is saved around the call. */
  __asm__ volatile("push %%ebp\n\tmovl 4(%%edi), %%ebp\n\tmovl (%%edi), %%edi\n\tint $0x80\n\tpop %%ebp"
                   : "=a"(r), "+D"(pb) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");
  return r;
}
static void sys_exit(int c) { sys3(1, (u32)c, 0, 0); for (;;) {} }

static u8 inbuf[MAX_CASES * IN_REC + 8];
static u8 outbuf[65536];
static u32 outlen;
static u8 altstack[65536];

/* Case state shared with the assembly trampolines. */
u32 case_regs[8];
u32 case_eflags;
u32 out_regs[8];
u32 out_eflags;
u32 out_landing;
u32 out_fault;
u32 out_trapno, out_err, out_eip, out_cr2;
u16 out_sel[4];
u16 run_sel[4];
u32 saved_esp;
u32 code_entry = CODE_BASE;

static void flush(void) {
  u32 done = 0;
  while (done < outlen) {
    u32 n = sys3(4, 1, (u32)(outbuf + done), outlen - done);
    if ((int)n <= 0) sys_exit(3);
    done += n;
  }
  outlen = 0;
}
static void put(const void *p, u32 n) {
  const u8 *s = p;
  if (outlen + n > sizeof outbuf) flush();
  for (u32 i = 0; i < n; i++) outbuf[outlen++] = s[i];
}

extern void run_case(void);
__asm__(
  ".text\n"
  ".globl run_case\n"
  "run_case:\n"
  "  pushal\n"
  "  movl %esp, saved_esp\n"
  "  pushl case_eflags\n"
  "  popfl\n"
  "  movl case_regs+0, %eax\n"
  "  movl case_regs+4, %ecx\n"
  "  movl case_regs+8, %edx\n"
  "  movl case_regs+12, %ebx\n"
  "  movl case_regs+20, %ebp\n"
  "  movl case_regs+24, %esi\n"
  "  movl case_regs+28, %edi\n"
  "  movl case_regs+16, %esp\n"
  "  jmp *code_entry\n"
  ".globl after_fall\n"
  "after_fall:\n"
  "  movl $0, %ss:out_landing\n"
  "  jmp save_state\n"
  ".globl after_taken\n"
  "after_taken:\n"
  "  movl $1, %ss:out_landing\n"
  "save_state:\n"
  "  movl %eax, %ss:out_regs+0\n"
  "  movl %ecx, %ss:out_regs+4\n"
  "  movl %edx, %ss:out_regs+8\n"
  "  movl %ebx, %ss:out_regs+12\n"
  "  movl %esp, %ss:out_regs+16\n"
  "  movl %ebp, %ss:out_regs+20\n"
  "  movl %esi, %ss:out_regs+24\n"
  "  movl %edi, %ss:out_regs+28\n"
  "  movw %es, %ss:out_sel+0\n"
  "  movw %ds, %ss:out_sel+2\n"
  "  movw %fs, %ss:out_sel+4\n"
  "  movw %gs, %ss:out_sel+6\n"
  "  movw %ss:run_sel+0, %es\n"
  "  movw %ss:run_sel+2, %ds\n"
  "  movw %ss:run_sel+4, %fs\n"
  "  movw %ss:run_sel+6, %gs\n"
  "  movl saved_esp, %esp\n"
  "  pushfl\n"
  "  popl out_eflags\n"
  "  cld\n"
  "  popal\n"
  "  ret\n"
  ".globl back_to_runner\n"
  "back_to_runner:\n"
  "  movw %ss:run_sel+0, %es\n"
  "  movw %ss:run_sel+2, %ds\n"
  "  movw %ss:run_sel+4, %fs\n"
  "  movw %ss:run_sel+6, %gs\n"
  "  movl saved_esp, %esp\n"
  "  cld\n"
  "  popal\n"
  "  ret\n");
extern void after_fall(void), after_taken(void), back_to_runner(void);

/* i386 ucontext: uc_mcontext.gregs start at byte 20; order GS FS ES DS EDI ESI EBP ESP EBX EDX ECX EAX TRAPNO ERR EIP CS EFL UESP SS. */
static void on_signal(int sig, void *info, void *uc) {
  u32 *g = (u32 *)((u8 *)uc + 20);
  (void)info;
  out_regs[7] = g[4]; out_regs[6] = g[5]; out_regs[5] = g[6]; out_regs[4] = g[7];
  out_regs[3] = g[8]; out_regs[2] = g[9]; out_regs[1] = g[10]; out_regs[0] = g[11];
  out_eflags = g[16];
  out_landing = 2;
  out_trapno = g[12]; out_err = g[13]; out_eip = g[14];
  out_cr2 = *(u32 *)((u8 *)uc + 20 + 19 * 4 + 8); /* mcontext: gregs[19], fpregs, oldmask, cr2 */
  out_sel[0] = g[2]; out_sel[1] = g[3]; out_sel[2] = g[1]; out_sel[3] = g[0];
  out_fault = sig == 8 ? 1 : sig == 11 ? 2 : sig == 4 ? 3 : sig == 5 ? 4 : sig == 7 ? 5 : 6;
  __asm__ volatile("jmp back_to_runner");
}

struct ksigaction { void *handler; u32 flags; void *restorer; u32 mask[2]; };

static void install(int sig) {
  struct ksigaction sa;
  sa.handler = (void *)on_signal;
  sa.flags = 4 /* SA_SIGINFO */ | 0x40000000 /* SA_NODEFER */ | 0x08000000 /* SA_ONSTACK */;
  sa.restorer = 0;
  sa.mask[0] = 0; sa.mask[1] = 0;
  if (sys6(174, (u32)sig, (u32)&sa, 0, 8, 0, 0) != 0) sys_exit(4);
}

static u32 rd32(const u8 *p) { return p[0] | (p[1] << 8) | (p[2] << 16) | ((u32)p[3] << 24); }

void _start(void) {
  u32 got = 0;
  for (;;) {
    u32 n = sys3(3, 0, (u32)(inbuf + got), sizeof inbuf - got);
    if ((int)n < 0) sys_exit(5);
    if (n == 0) break;
    got += n;
    if (got == sizeof inbuf) sys_exit(6);
  }
  if (got < 8 || inbuf[0] != 'T' || inbuf[1] != 'D' || inbuf[2] != 'D' || inbuf[3] != 'T') sys_exit(7);
  u32 count = rd32(inbuf + 4);
  if (got < 8 + count * IN_REC) sys_exit(8);
  /* mmap2(addr, len, prot, flags, fd, pgoff): RWX code page and RW data buffer at fixed addresses. */
  if (sys6(192, CODE_BASE, 4096, 7, 0x32 /* PRIVATE|FIXED|ANON */, (u32)-1, 0) != CODE_BASE) sys_exit(9);
  if (sys6(192, DATA_BASE, DATA_SIZE, 3, 0x32, (u32)-1, 0) != DATA_BASE) sys_exit(10);
  u32 ss[3] = { (u32)altstack, 0, sizeof altstack };
  if (sys3(186, (u32)ss, 0, 0) != 0) sys_exit(11);
  install(8); install(11); install(4); install(5); install(7);
  u16 sel[6];
  __asm__ volatile("movw %%es, %0" : "=m"(sel[0])); __asm__ volatile("movw %%cs, %0" : "=m"(sel[1]));
  __asm__ volatile("movw %%ss, %0" : "=m"(sel[2])); __asm__ volatile("movw %%ds, %0" : "=m"(sel[3]));
  __asm__ volatile("movw %%fs, %0" : "=m"(sel[4])); __asm__ volatile("movw %%gs, %0" : "=m"(sel[5]));
  put("TDDR", 4);
  put(sel, 12);
  run_sel[0] = sel[0]; run_sel[1] = sel[3]; run_sel[2] = sel[4]; run_sel[3] = sel[5];
  u8 *code = (u8 *)CODE_BASE;
  u32 *data = (u32 *)DATA_BASE;
  for (u32 c = 0; c < count; c++) {
    const u8 *rec = inbuf + 8 + c * IN_REC;
    for (int i = 0; i < 8; i++) case_regs[i] = rd32(rec + 4 * i);
    case_eflags = rd32(rec + 32);
    u32 x = rd32(rec + 36);
    for (u32 i = 0; i < DATA_SIZE / 4; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; data[i] = x; }
    for (int p = 0; p < 2; p++) {
      const u8 *pt = rec + 40 + 12 * p;
      u32 off = pt[0] | (pt[1] << 8), len = pt[2];
      for (u32 i = 0; i < len; i++) ((u8 *)DATA_BASE)[off + i] = pt[4 + i];
    }
    u32 len = rec[64];
    for (u32 i = 0; i < len; i++) code[i] = rec[65 + i];
    out_trapno = 0; out_err = 0; out_cr2 = 0;
    u32 rel = (u32)after_fall - (CODE_BASE + len + 5);
    code[len] = 0xe9; code[len + 1] = rel; code[len + 2] = rel >> 8; code[len + 3] = rel >> 16; code[len + 4] = rel >> 24;
    rel = (u32)after_taken - (CODE_BASE + PAD_OFF + 5);
    code[PAD_OFF] = 0xe9; code[PAD_OFF + 1] = rel; code[PAD_OFF + 2] = rel >> 8; code[PAD_OFF + 3] = rel >> 16; code[PAD_OFF + 4] = rel >> 24;
    out_fault = 0;
    run_case();
    if (out_landing == 0) out_eip = CODE_BASE + len;
    if (out_landing == 1) out_eip = CODE_BASE + PAD_OFF;
    u32 h = 2166136261u;
    for (u32 i = 0; i < DATA_SIZE / 4; i++) { h ^= data[i]; h *= 16777619u; }
    put(out_regs, 32);
    put(&out_eflags, 4);
    put(&out_landing, 4);
    put(&out_fault, 4);
    put(&h, 4);
    put(&out_trapno, 4);
    put(&out_err, 4);
    put(&out_eip, 4);
    put(&out_cr2, 4);
    put(out_sel, 8);
  }
  flush();
  sys_exit(0);
}
